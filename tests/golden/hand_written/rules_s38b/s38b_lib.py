"""The rules_s38b builder: a Shanghai district 部门决算 (the 9-table template of corpus/real/sh_putuo_czj_2024_final,
万元, codes printed split 类 / 款 / 项, no 行次) built from the leaves typed in rules_s38b_data.py, every printed table
re-added at build time (asserts, so a typing slip fails loudly):
- per 项: 收入 total = 财政拨款 + 事业 + 其他; 支出 total = 基本 + 项目; 类 = Σ 款 = Σ 项, 合计 = Σ 类 in every table;
- 收入支出决算总表: each 类 row = the 支出决算表's 类 total, 本年收入合计 = the 收入决算表's 合计, 总计 both sides equal;
- 财政拨款收入支出决算总表: 本年收入合计 = Σ funds, 类 rows = the 财政拨款 spending, 总计 both sides equal;
- 一般公共预算财政拨款支出决算表 = the 一般公共预算 part of the 支出决算表; 基本支出决算表 人员经费 + 公用经费 = its 基本支出;
- 三公: 合计 = 出国 + 车 (购置 + 运行) + 接待 for 预算数 and 决算数; 政府性基金表 年末 = 年初 + 收入 - 支出;
- the 说明's figures are computed from the same values the tables print (never typed twice).
Printed strings only; printing is s38b_print.py's, the expected rows and claims rules_s38b_data.py's."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0.00")

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "2050299": "其他普通教育支出",
    "20503": "职业教育",
    "2050302": "中等职业教育",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "2050803": "培训支出",
    "20509": "教育费附加安排的支出",
    "2050901": "农村中小学校舍建设",
    "2050999": "其他教育费附加安排的支出",
    "20599": "其他教育支出",
    "2059999": "其他教育支出",
    "206": "科学技术支出",
    "20607": "科学技术普及",
    "2060702": "科普活动",
    "207": "文化旅游体育与传媒支出",
    "20703": "体育",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080202": "一般行政管理事务",
    "2080206": "社会组织管理",
    "2080208": "基层政权建设和社区治理",
    "2080299": "其他民政管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "2080599": "其他行政事业单位养老支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "2080805": "义务兵优待",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "2081005": "社会福利事业单位",
    "20811": "残疾人事业",
    "2081104": "残疾人康复",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "20899": "其他社会保障和就业支出",
    "2089999": "其他社会保障和就业支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100202": "中医（民族）医院",
    "2100206": "妇幼保健医院",
    "2100299": "其他公立医院支出",
    "21003": "基层医疗卫生机构",
    "2100302": "乡镇卫生院",
    "2100399": "其他基层医疗卫生机构支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100402": "卫生监督机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "21099": "其他卫生健康支出",
    "2109999": "其他卫生健康支出",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21299": "其他城乡社区支出",
    "2129999": "其他城乡社区支出",
    "213": "农林水支出",
    "21302": "林业和草原",
    "2130205": "森林资源培育",
    "2130234": "林业草原防灾减灾",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22407": "自然灾害救灾及恢复重建支出",
    "2240703": "自然灾害救灾补助",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
}

# the 收入支出决算总表 / 财政拨款收入支出决算总表 list of 类 (the template prints every 类, money or not)
CLASSES = [
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探工业信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("219", "援助其他地区支出"),
    ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("223", "国有资本经营预算支出"),
    ("224", "灾害防治及应急管理支出"),
    ("229", "其他支出"),
    ("231", "债务还本支出"),
    ("232", "债务付息支出"),
    ("234", "抗疫特别国债安排的支出"),
]
CN = [
    "一二三四五六七八九十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
    "二十二",
    "二十三",
    "二十四",
    "二十五",
    "二十六",
]
CN = list(CN[0]) + CN[1:]

# the 基本支出决算表's economic items (the template prints every one, money or not)
ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30114": "医疗费",
    "30199": "其他工资福利支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30303": "退职（役）费",
    "30304": "抚恤金",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30308": "助学金",
    "30309": "奖励金",
    "30310": "个人农业生产补贴",
    "30311": "代缴社会保险费",
    "30399": "其他对个人和家庭的补助",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30203": "咨询费",
    "30204": "手续费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30208": "取暖费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30212": "因公出国（境）费用",
    "30213": "维修（护）费",
    "30214": "租赁费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
    "30224": "被装购置费",
    "30225": "专用燃料费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30240": "税金及附加费用",
    "30299": "其他商品和服务支出",
    "310": "资本性支出",
    "31001": "房屋建筑物购建",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
    "31013": "公务用车购置",
    "31019": "其他交通工具购置",
    "31021": "文物和陈列品购置",
    "31022": "无形资产购置",
    "31099": "其他资本性支出",
}
LEFT_ECON = [c for c in ECON if c[:3] in ("301", "303")]
RIGHT_ECON = [c for c in ECON if c[:3] in ("302", "310")]


def d(s):
    return D(str(s).replace(",", "")) if s not in (None, "") else Z


def fmt(x, zero=""):
    """A table cell: 1,234.56; a zero prints the doc's zero ("" blank)."""
    if x == 0:
        return zero
    return f"{x:,.2f}"


def txt(x):
    """A 说明 figure: 1234.56 (no thousands separators, as the family's 说明 prints them)."""
    return f"{x:.2f}"


def rate(part, whole):
    if not whole:
        return Z
    return (D(part) / D(whole) * 100).quantize(D("0.01"), ROUND_HALF_UP)


@dataclass
class Leaf:
    code: str
    name: str
    gpb: D = Z  # 一般公共预算财政拨款 spent, 基本
    gpp: D = Z  # … 项目
    gfp: D = Z  # 政府性基金 spent (项目)
    nb: D = Z  # non-fiscal money spent, 基本
    np: D = Z  # … 项目
    biz: D = Z  # 事业收入 of the year
    oth: D = Z  # 其他收入 of the year
    fdg: D = Z  # 一般公共预算 income - spending (the year's change of its carry-over)
    gfcb: D = Z  # 政府性基金 carried in
    fdf: D = Z  # 政府性基金 income - spending
    yb: D | None = None  # 年初预算 (一般公共预算), None: printed as not budgeted
    use: str = ""
    why: str = ""

    @property
    def gp(self):
        return self.gpb + self.gpp

    @property
    def exp(self):
        return self.gpb + self.gpp + self.gfp + self.nb + self.np

    @property
    def fiscal_in(self):
        return self.gp + self.fdg + self.gfp + self.fdf

    @property
    def inc(self):
        return self.fiscal_in + self.biz + self.oth


def L(code, name=None, **kw):
    name = name or FUNC[code]
    assert FUNC.get(code, name) == name, (code, name)
    return Leaf(
        code,
        name,
        **{k: (v if k in ("use", "why") else (None if v is None else d(v))) for k, v in kw.items()},
    )


@dataclass
class Tab:
    key: str
    title: str
    cols: list  # [(header lines, column key)]
    rows: list  # [(code or None, name, [cell strings])]
    note: str = ""
    empty: bool = False
    exp: list = field(default_factory=list)  # [(code, name, {col: value})]


def expected_rows(t, skip_blank=True):
    out = []
    for code, name, cells in t.rows:
        vals = {k: c for (_h, k), c in zip(t.cols, cells) if c != "" and k}
        if vals:
            out.append((code, name, vals))
    return out


def sum_tree(leaves, val):
    """{code: Σ val} for every 类 / 款 / 项 code the leaves make, and None: the 合计."""
    out = {None: Z}
    for lf in leaves:
        v = val(lf)
        out[None] += v
        for k in (lf.code[:3], lf.code[:5], lf.code):
            out[k] = out.get(k, Z) + v
    return out


def func_rows(leaves, cols, pick, zero=""):
    """Printed rows (合计 first, then 类 / 款 / 项 in code order) of a functional table over the leaves pick() keeps."""
    kept = [lf for lf in leaves if pick(lf)]
    sums = [sum_tree(kept, fn) for _h, _k, fn in cols]
    codes = sorted({k for lf in kept for k in (lf.code[:3], lf.code[:5], lf.code)})
    names = {lf.code: lf.name for lf in kept}
    rows = [(None, "合计", [fmt(s[None], zero) for s in sums])]
    for c in codes:
        rows.append((c, names.get(c) or FUNC[c], [fmt(s[c], zero) for s in sums]))
    # re-add: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 on the printed strings
    for j in range(len(cols)):
        col = {c: d(r[2][j]) for r in rows for c in [r[0]]}
        assert col[None] == sum(v for c, v in col.items() if c and len(c) == 3), ("合计", j)
        for c in col:
            if c and len(c) < 7:
                kids = [k for k in col if k and len(k) == len(c) + 2 and k.startswith(c)]
                assert col[c] == sum(col[k] for k in kids), (c, j)
    return rows


def build(doc):
    """The tables (Tab) of a document, its figures F (for the 说明), all re-added."""
    leaves = doc["leaves"]
    z = doc.get("zero", "")
    codes = [lf.code for lf in leaves]
    assert codes == sorted(codes) and len(set(codes)) == len(codes), doc["file"]
    for lf in leaves:
        for k in ("gpb", "gpp", "gfp", "nb", "np"):
            assert getattr(lf, k) >= 0, (lf.code, k)
    year = doc["year"]
    classes = [c for c in CLASSES if year >= 2020 or c[0] != "234"]
    F = {}
    tabs = []

    # 二、收入决算表
    inc_cols = [
        (("本年收入合计",), "total", lambda lf: lf.inc),
        (("财政拨款收入",), "fiscal_appropriation", lambda lf: lf.fiscal_in),
        (("上级补助收入",), "upper_grant", lambda lf: Z),
        (("事业收入",), "business", lambda lf: lf.biz),
        (("经营收入",), "operating_income", lambda lf: Z),
        (("附属单位上缴收入",), "affiliated_remit", lambda lf: Z),
        (("其他收入",), "other_income", lambda lf: lf.oth),
    ]
    inc = Tab(
        "income_by_function",
        "收入决算表",
        [(h, k) for h, k, _ in inc_cols],
        func_rows(leaves, inc_cols, lambda lf: lf.inc or lf.exp, z),
    )
    for _c, _n, cells in inc.rows:
        v = [d(x) for x in cells]
        assert v[0] == sum(v[1:]), (doc["file"], "收入决算表", _c)
    # 三、支出决算表
    exp_cols = [
        (("本年支出合计",), "total", lambda lf: lf.exp),
        (("基本支出",), "basic", lambda lf: lf.gpb + lf.nb),
        (("项目支出",), "project", lambda lf: lf.gpp + lf.gfp + lf.np),
        (("上缴上级支出",), "remit_upper", lambda lf: Z),
        (("经营支出",), "operating", lambda lf: Z),
        (("对附属单位补助支出",), "subsidy_affiliated", lambda lf: Z),
    ]
    exp = Tab(
        "expenditure_by_function",
        "支出决算表",
        [(h, k) for h, k, _ in exp_cols],
        func_rows(leaves, exp_cols, lambda lf: lf.inc or lf.exp, z),
    )
    for _c, _n, cells in exp.rows:
        v = [d(x) for x in cells]
        assert v[0] == sum(v[1:]), (doc["file"], "支出决算表", _c)

    inc_total = d(inc.rows[0][2][0])
    exp_total = d(exp.rows[0][2][0])
    gp_in = sum((lf.gp + lf.fdg for lf in leaves), Z)
    gf_in = sum((lf.gfp + lf.fdf for lf in leaves), Z)
    biz = sum((lf.biz for lf in leaves), Z)
    oth = sum((lf.oth for lf in leaves), Z)
    assert inc_total == gp_in + gf_in + biz + oth
    cb = d(doc["cb"])
    ce = cb + inc_total - exp_total
    assert ce >= 0, (doc["file"], ce)
    grand = cb + inc_total
    F.update(
        inc_total=inc_total,
        exp_total=exp_total,
        gp_in=gp_in,
        gf_in=gf_in,
        biz=biz,
        oth=oth,
        cb=cb,
        ce=ce,
        grand=grand,
        fiscal_in=gp_in + gf_in,
    )
    F["basic"] = d(exp.rows[0][2][1])
    F["project"] = d(exp.rows[0][2][2])

    # 一、收入支出决算总表
    cls_exp = sum_tree(leaves, lambda lf: lf.exp)
    left = [
        ("一、一般公共预算财政拨款收入", gp_in),
        ("二、政府性基金预算财政拨款收入", gf_in),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", biz),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", oth),
    ]
    right = [(f"{CN[i]}、{n}", cls_exp.get(c, Z)) for i, (c, n) in enumerate(classes)]
    n = max(len(left), len(right))
    body = []
    for i in range(n):
        lname, lval = left[i] if i < len(left) else ("", None)
        rname, rval = right[i] if i < len(right) else ("", None)
        body.append((lname, "" if lval is None else fmt(lval), rname, "" if rval is None else fmt(rval)))
    body += [
        ("本年收入合计", fmt(inc_total), "本年支出合计", fmt(exp_total)),
        ("使用非财政拨款结余（含专用结余）", "", "结余分配", ""),
        ("年初结转和结余", fmt(cb), "年末结转和结余", fmt(ce)),
        ("总计", fmt(grand), "总计", fmt(ce + exp_total)),
    ]
    assert sum(d(r[3]) for r in body[:n]) == exp_total and sum(d(r[1]) for r in body[:n]) == inc_total
    assert grand == ce + exp_total
    summ = Tab(
        "income_expenditure_summary",
        "收入支出决算总表",
        [(("收入", "决算数"), "income"), (("支出", "决算数"), "expenditure")],
        [],
    )
    summ.body = body
    summ.exp = [(None, r[0], {"income": r[1]}) for r in body if r[1]] + [
        (None, r[2], {"expenditure": r[3]}) for r in body if r[3]
    ]

    # 四、财政拨款收入支出决算总表
    f_exp = sum_tree(leaves, lambda lf: lf.gp + lf.gfp)
    f_gp = sum_tree(leaves, lambda lf: lf.gp)
    f_gf = sum_tree(leaves, lambda lf: lf.gfp)
    fcb_gp = d(doc.get("fcb_gp", 0))
    fcb_gf = sum((lf.gfcb for lf in leaves), Z)
    fce_gp = fcb_gp + sum((lf.fdg for lf in leaves), Z)
    fce_gf = fcb_gf + sum((lf.fdf for lf in leaves), Z)
    assert fce_gp >= 0 and fce_gf >= 0
    fz = doc.get("fs_zero", "")
    fleft = [
        ("一、一般公共预算财政拨款", fmt(gp_in, fz)),
        ("二、政府性基金预算财政拨款", fmt(gf_in, fz)),
        ("三、国有资本经营预算财政拨款", fz),
    ]
    fright = [
        (f"{CN[i]}、{nm}", [fmt(f_exp.get(c, Z), fz), fmt(f_gp.get(c, Z), fz), fmt(f_gf.get(c, Z), fz), fz])
        for i, (c, nm) in enumerate(classes)
    ]
    fbody = []
    for i in range(len(fright)):
        ln, lv = fleft[i] if i < len(fleft) else ("", "")
        fbody.append((ln, lv, fright[i][0], fright[i][1]))
    f_total = fcb_gp + fcb_gf + gp_in + gf_in
    fexp_total = f_exp[None]
    fbody += [
        (
            "本年收入合计",
            fmt(gp_in + gf_in),
            "本年支出合计",
            [fmt(fexp_total), fmt(f_gp[None], fz), fmt(f_gf[None], fz), fz],
        ),
        (
            "年初财政拨款结转和结余",
            fmt(fcb_gp + fcb_gf, fz),
            "年末财政拨款结转和结余",
            [fmt(fce_gp + fce_gf, fz), fmt(fce_gp, fz), fmt(fce_gf, fz), fz],
        ),
        ("一、一般公共预算财政拨款", fmt(fcb_gp, fz), "", ["", "", "", ""]),
        ("二、政府性基金预算财政拨款", fmt(fcb_gf, fz), "", ["", "", "", ""]),
        ("三、国有资本经营预算财政拨款", fz, "", ["", "", "", ""]),
        (
            "总计",
            fmt(f_total),
            "总计",
            [
                fmt(fce_gp + fce_gf + fexp_total),
                fmt(fce_gp + f_gp[None], fz),
                fmt(fce_gf + f_gf[None], fz),
                fz,
            ],
        ),
    ]
    assert f_total == fce_gp + fce_gf + fexp_total
    for r in fbody:
        v = [d(x) for x in r[3]]
        assert v[0] == v[1] + v[2] + v[3], r
    fs = Tab("fiscal_summary", "财政拨款收入支出决算总表", [], [])
    fs.body = fbody
    keys = [
        "expenditure",
        "expenditure_general_public",
        "expenditure_government_fund",
        "expenditure_state_capital",
    ]
    fs.exp = [(None, r[0], {"income": r[1]}) for r in fbody if r[1]]
    for r in fbody:
        vals = {k: c for k, c in zip(keys, r[3]) if c}
        if vals:
            fs.exp.append((None, r[2], vals))
    F.update(
        f_total=f_total, fcb_gp=fcb_gp, fcb_gf=fcb_gf, fce_gp=fce_gp, fce_gf=fce_gf, f_gp=f_gp, f_gf=f_gf
    )

    # 五、一般公共预算财政拨款支出决算表 (合计 printed last, as the family prints it)
    gb_cols = [
        (("合计",), "total", lambda lf: lf.gp),
        (("基本支出",), "basic", lambda lf: lf.gpb),
        (("项目支出",), "project", lambda lf: lf.gpp),
    ]
    gbrows = func_rows(leaves, gb_cols, lambda lf: lf.gp, z)
    gb = Tab(
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表",
        [(h, k) for h, k, _ in gb_cols],
        gbrows[1:] + gbrows[:1],
    )
    for _c, _n, cells in gb.rows:
        v = [d(x) for x in cells]
        assert v[0] == v[1] + v[2]
    F["gp"] = d(gbrows[0][2][0])
    F["gp_basic"] = d(gbrows[0][2][1])
    F["gp_project"] = d(gbrows[0][2][2])
    assert F["gp"] == f_gp[None]

    # 六、一般公共预算财政拨款基本支出决算表
    econ = {c: d(v) for c, v in doc["econ"].items()}
    for c in econ:
        assert c in ECON and len(c) == 5, c
    for cls in ("301", "302", "303", "310"):
        econ[cls] = sum((v for c, v in econ.items() if len(c) == 5 and c.startswith(cls)), Z)
    personnel = econ["301"] + econ["303"]
    public = econ["302"] + econ["310"]
    assert personnel + public == F["gp_basic"], (doc["file"], personnel + public, F["gp_basic"])
    eb = Tab("general_budget_basic_by_economic", "一般公共预算财政拨款基本支出决算表", [], [])
    eb.left = [(c, ECON[c], fmt(econ.get(c, Z))) for c in LEFT_ECON]
    eb.right = [(c, ECON[c], fmt(econ.get(c, Z))) for c in RIGHT_ECON]
    eb.totals = (fmt(personnel), fmt(public))
    eb.exp = [(c, n, {"total": v}) for c, n, v in eb.left + eb.right if v] + [
        (None, "人员经费合计", {"total": fmt(personnel)}),
        (None, "公用经费合计", {"total": fmt(public)}),
    ]
    F.update(econ=econ, personnel=personnel, public=public)

    # 七、三公
    sg = {k: (d(b), d(a)) for k, (b, a) in doc["sangong"].items()}
    veh = tuple(sg["vehicle_purchase"][i] + sg["vehicle_operation"][i] for i in (0, 1))
    tot = tuple(sg["outbound"][i] + veh[i] + sg["reception"][i] for i in (0, 1))
    order = [
        ("total", tot),
        ("outbound", sg["outbound"]),
        ("vehicle", veh),
        ("vehicle_purchase", sg["vehicle_purchase"]),
        ("vehicle_operation", sg["vehicle_operation"]),
        ("reception", sg["reception"]),
    ]
    sz = doc.get("sg_zero", "")
    cells = []
    for _k, (b, a) in order:
        cells += [fmt(b, sz), fmt(a, sz)]
    st = Tab("sangong", "财政拨款“三公”经费支出决算表", [], [])
    st.cells = cells
    vals = {}
    for k, (b, a) in order:
        if fmt(b, sz):
            vals[f"{k}@budget"] = fmt(b, sz)
        if fmt(a, sz):
            vals[k] = fmt(a, sz)
    st.exp = [(None, "*", vals)] if vals else []
    st.empty = not vals
    F["sangong"] = dict(order)
    # the 三公 actuals are 一般公共预算 basic money of 302 items (出国 30212, 接待 30217, 运行 30231, 购置 31013)
    assert sg["outbound"][1] <= econ.get("30212", Z) + F["gp_project"]

    # 八、政府性基金
    gcols = [
        (("年初结转和结余",), "carryover_begin", lambda lf: lf.gfcb),
        (("本年收入",), "income", lambda lf: lf.gfp + lf.fdf),
        (("本年支出", "小计"), "total", lambda lf: lf.gfp),
        (("本年支出", "基本支出"), "basic", lambda lf: Z),
        (("本年支出", "项目支出"), "project", lambda lf: lf.gfp),
        (("年末结转和结余",), "carryover_end", lambda lf: lf.gfcb + lf.fdf),
    ]
    has_gf = any(lf.gfp or lf.gfcb or lf.fdf for lf in leaves)
    gf = Tab(
        "government_fund",
        "政府性基金预算财政拨款收入支出决算表",
        [(h, k) for h, k, _ in gcols],
        func_rows(leaves, gcols, lambda lf: lf.gfp or lf.gfcb or lf.fdf)
        if has_gf
        else [(None, "合计", [""] * 6)],
    )
    for _c, _n, cl in gf.rows:
        v = [d(x) for x in cl]
        assert v[5] == v[0] + v[1] - v[2] and v[2] == v[3] + v[4]
    gf.empty = not has_gf
    gf.note = "" if has_gf else doc.get("gf_note", "")
    sc = Tab("state_capital", "国有资本经营预算财政拨款收入支出决算表", gf.cols, [(None, "合计", [""] * 6)])
    sc.empty = True
    sc.note = doc.get("sc_note", "")
    if has_gf:
        F["gf_rows"] = gf.rows
    for t in (inc, exp, gb, gf, sc):
        t.exp = expected_rows(t) if not t.exp else t.exp
    tabs = [summ, inc, exp, fs, gb, eb, st, gf, sc]
    F["classes_gp"] = [(c, n, f_gp[c]) for c, n in classes if f_gp.get(c)]
    F["leaves"] = leaves
    return tabs, F


# ============================================================================================ the 说明
def chg(now, prior):
    """(增加 / 减少 / 持平 wording, |change|, |rate|)."""
    c = D(now) - D(prior)
    if c == 0:
        return "持平", Z, Z
    r = rate(abs(c), prior)
    return ("增加" if c > 0 else "减少"), abs(c), r


def yoy(now, prior, what, year, why):
    word, c, r = chg(now, prior)
    if word == "持平":
        return f"与{year - 1}年度相比，{what}持平。", None
    up = "增长" if word == "增加" else "下降"
    return (
        f"与{year - 1}年度相比，{what}{word}{txt(c)}万元，{up}{r}%。主要原因：{why}",
        r if word == "增加" else -r,
    )


def amt(x, doc):
    """A 说明 figure as the document prints it: 2940.05 or, where the doc drops trailing zeros, 6.2."""
    s = txt(x)
    if doc.get("strip_zeros"):
        s = s.rstrip("0").rstrip(".") if "." in s else s
    return s


def narrative(doc, F):
    """[(style, text)] paragraphs of the 第三部分 and the claims they make: (kind, code, {figure: value})."""
    u, y = doc["unit"], doc["year"]
    P = []  # (style, text): h = heading, p = paragraph
    C = []
    A = lambda x: amt(x, doc)  # noqa: E731
    P.append(("part", f"第三部分 {u}{y}年度部门决算情况说明"))
    # 一
    P.append(("h", "一、收入支出决算总体情况说明"))
    s, r = yoy(F["grand"], d(doc["prior"]["grand"]), "收入支出总计", y, doc["why"]["grand"])
    P.append(("p", f"{u}{y}年度收入支出总计{A(F['grand'])}万元。{s}"))
    C.append(("total_income_expenditure", None, {"amount": F["grand"]}))
    C.append(("year_on_year", None, {"amount": F["grand"]} | ({"rate": r} if r is not None else {})))
    # 二
    P.append(("h", "二、收入决算情况说明"))
    parts = [("财政拨款收入", F["fiscal_in"]), ("事业收入", F["biz"]), ("其他收入", F["oth"])]
    body = "；".join(f"{n}{A(v)}万元，占{rate(v, F['inc_total'])}%" for n, v in parts if v)
    P.append(("p", f"本年收入合计{A(F['inc_total'])}万元，其中：{body}。"))
    C.append(("total_income", None, {"amount": F["inc_total"]}))
    # 三
    P.append(("h", "三、支出决算情况说明"))
    parts = [("基本支出", F["basic"]), ("项目支出", F["project"])]
    body = "；".join(f"{n}{A(v)}万元，占{rate(v, F['exp_total'])}%" for n, v in parts if v)
    P.append(("p", f"本年支出合计{A(F['exp_total'])}万元，其中：{body}。"))
    C.append(("total_expenditure", None, {"amount": F["exp_total"]}))
    # 四
    P.append(("h", "四、财政拨款收入支出决算总体情况说明"))
    s, r = yoy(F["f_total"], d(doc["prior"]["f_total"]), "财政拨款收入支出总计", y, doc["why"]["f_total"])
    P.append(("p", f"{u}{y}年度财政拨款收入支出总计{A(F['f_total'])}万元。{s}"))
    C.append(("fiscal_total_income_expenditure", None, {"amount": F["f_total"]}))
    C.append(("year_on_year", None, {"amount": F["f_total"]} | ({"rate": r} if r is not None else {})))
    # 五
    P.append(("h", "五、一般公共预算财政拨款支出决算情况说明"))
    P.append(("h2", "（一）一般公共预算财政拨款支出决算总体情况"))
    s, r = yoy(F["gp"], d(doc["prior"]["gp"]), "一般公共预算财政拨款支出", y, doc["why"]["gp"])
    P.append(
        (
            "p",
            f"一般公共预算财政拨款支出{A(F['gp'])}万元，占本年支出合计的{rate(F['gp'], F['exp_total'])}%。{s}",
        )
    )
    C.append(("year_on_year", None, {"amount": F["gp"]} | ({"rate": r} if r is not None else {})))
    P.append(("h2", "（二）一般公共预算财政拨款支出决算结构情况"))
    body = "；".join(f"{n}（类）{A(v)}万元，占{rate(v, F['gp'])}%" for _c, n, v in F["classes_gp"])
    P.append(("p", f"一般公共预算财政拨款支出{A(F['gp'])}万元，主要用于以下方面：{body}。"))
    P.append(("h2", "（三）一般公共预算财政拨款支出决算具体情况"))
    leaves = [lf for lf in F["leaves"] if lf.gp or lf.yb]
    yb_total = sum((lf.yb or Z for lf in leaves), Z)
    word = "小于" if F["gp"] < yb_total else "大于"
    P.append(
        (
            "p",
            f"一般公共预算财政拨款支出年初预算为{A(yb_total)}万元，支出决算为{A(F['gp'])}万元，完成年初预算的"
            f"{rate(F['gp'], yb_total)}%。决算数{word}预算数的主要原因：{doc['why']['exec']}其中：",
        )
    )
    C.append(("execution", None, {"budget": yb_total, "actual": F["gp"], "rate": rate(F["gp"], yb_total)}))
    sp = " " if doc.get("exec_spaces") else ""
    for i, lf in enumerate(leaves, 1):
        chain = f"{FUNC[lf.code[:3]]}（类）{FUNC[lf.code[:5]]}（款）{lf.name}（项）"
        b = lf.yb or Z
        act = lf.gp
        figs = {"budget": b, "actual": act}
        bud = "年初预算为0万元" if lf.yb is None else f"年初预算为{sp}{A(b)}{sp}万元"
        line = f"{i}、{chain}。主要用于：{lf.use}。{bud}，支出决算为{A(act)}万元"
        if doc.get("exec_rate") and b:
            line += f"，完成年初预算的{rate(act, b)}%"
            figs["rate"] = rate(act, b)
        if act == b:
            line += "。决算数与预算数基本持平。"
        else:
            line += f"。决算数{'小于' if act < b else '大于'}预算数的主要原因：{lf.why or doc['why']['leaf']}"
        P.append(("p", line))
        C.append(("execution", lf.code, figs))
    # 六
    P.append(("h", "六、一般公共预算财政拨款基本支出决算情况说明"))
    pe = [ECON[c] for c in LEFT_ECON if len(c) == 5 and F["econ"].get(c)]
    pu = [ECON[c] for c in RIGHT_ECON if len(c) == 5 and F["econ"].get(c)]
    P.append(
        (
            "p",
            f"一般公共预算财政拨款基本支出{A(F['gp_basic'])}万元。其中：人员经费{A(F['personnel'])}万元，主要包括："
            f"{'、'.join(pe)}；公用经费{A(F['public'])}万元，主要包括：{'、'.join(pu)}。",
        )
    )
    # 七
    P.append(("h", "七、财政拨款“三公”经费支出决算情况说明"))
    P.append(("h2", "（一）“三公”经费财政拨款支出决算总体情况说明。"))
    sg = F["sangong"]
    tb, ta = sg["total"]

    def done(a, b):
        return rate(a, b) if b else Z

    items = [
        ("因公出国（境）费", "outbound"),
        ("公务用车购置及运行维护费", "vehicle"),
        ("公务接待费", "reception"),
    ]
    one = (
        f"“三公”经费财政拨款支出年初预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成预算的{done(ta, tb)}%，其中："
        + "；".join(
            f"{n}{'' if k == 'outbound' else '支出'}决算为{A(sg[k][1])}万元，完成预算的{done(*sg[k][::-1])}%"
            for n, k in items
        )
        + f"。{y}年度“三公”经费支出决算数{'小于' if ta < tb else '大于'}预算数的主要原因：{doc['why']['sangong']}"
    )
    P.append(("p", one))
    C.append(("sangong_execution", None, {"budget": tb, "actual": ta, "rate": done(ta, tb)}))
    for n, k in items:
        C.append(("sangong_execution", None, {"actual": sg[k][1], "rate": done(*sg[k][::-1])}))
    pri = d(doc["prior"]["sangong"])
    word, c, r = chg(ta, pri)
    if word == "持平":
        P.append(("p", f"{y}年度“三公”经费财政拨款支出决算数与{y - 1}年度持平。"))
        C.append(("year_on_year", None, {"change": Z}))  # no figure in the sentence: a change of 0 (check.py)
    else:
        up = "增长" if word == "增加" else "下降"
        P.append(
            (
                "p",
                f"{y}年度“三公”经费财政拨款支出决算比{y - 1}年度{word}{A(c)}万元，{up}{r}%。"
                f"主要原因：{doc['why']['sangong_yoy']}",
            )
        )
        # a change and its rate, no amount of the year in the sentence: a claim checked by its rate (check.py)
        C.append(("year_on_year", None, {"rate": r if word == "增加" else -r}))
    P.append(("h2", "（二）“三公”经费财政拨款支出决算具体情况说明。"))
    sgt = doc["sangong_text"]
    P.append(("p", f"{y}年度因公出国（境）费支出{A(sg['outbound'][1])}万元。{sgt['outbound']}"))
    P.append(
        (
            "p",
            f"{y}年度公务用车购置及运行维护费支出{A(sg['vehicle'][1])}万元。其中：公务用车购置费"
            f"{A(sg['vehicle_purchase'][1])}万元，{sgt['purchase']}公务用车运行维护费{A(sg['vehicle_operation'][1])}万元，"
            f"{sgt['operation']}",
        )
    )
    P.append(("p", f"{y}年度公务接待费支出{A(sg['reception'][1])}万元。{sgt['reception']}"))
    # 八、九
    P.append(("h", "八、政府性基金预算财政拨款收入支出决算情况说明"))
    if F.get("gf_rows"):
        tot = F["gf_rows"][0][2]
        P.append(
            (
                "p",
                f"{u}{y}年度政府性基金预算财政拨款收入{A(d(tot[1]))}万元，支出{A(d(tot[2]))}万元，年末结转和结余"
                f"{A(d(tot[5]))}万元。主要用于：{doc['gf_use']}",
            )
        )
    else:
        P.append(("p", f"{u}{y}年度无政府性基金预算财政拨款收入和支出。"))
    P.append(("h", "九、国有资本经营预算财政拨款收入支出决算情况说明"))
    P.append(("p", f"{u}{y}年度无国有资本经营预算财政拨款收入和支出。"))
    # 十
    P.append(("h", "十、预算绩效管理情况"))
    pf = doc["perf"]
    P.append(
        (
            "p",
            f"{u}{y}年度预算绩效管理工作开展情况如下：{pf['intro']}全过程绩效管理实施情况跟踪：编报绩效目标的"
            f"{y}年度项目{pf['n']}个，涉及预算金额{pf['amt']}万元；绩效跟踪评价的{y}年度项目{pf['n']}个，涉及预算"
            f"金额{pf['amt']}万元；绩效自评的{y}年度项目{pf['n']}个，涉及预算金额{pf['amt']}万元，平均得分"
            f"{pf['score']}分（其中，绩效评级为“优”的项目{pf['you']}个；绩效评级为“良”的项目{pf['liang']}个；绩效评级为"
            f"“合格”的项目0个；绩效评级为“不合格”的项目0个）。",
        )
    )
    # 十一
    P.append(("h", "十一、其他重要事项的情况说明"))
    P.append(("h2", "（一）机关运行经费支出情况"))
    op = F["public"]
    s, r = yoy(op, d(doc["prior"]["opcost"]), "机关运行经费支出", y, doc["why"]["opcost"])
    word, c, r2 = chg(op, d(doc["prior"]["opcost"]))
    if word == "持平":
        P.append(("p", f"{y}年度{u}机关运行经费支出{A(op)}万元，与{y - 1}年度持平。"))
    else:
        up = "增长" if word == "增加" else "下降"
        P.append(
            (
                "p",
                f"{y}年度{u}机关运行经费支出{A(op)}万元，比{y - 1}年度{word}{A(c)}万元，{up}{r2}%。"
                f"主要原因是{doc['why']['opcost']}",
            )
        )
    C.append(("operating_costs", None, {"amount": op}))
    if word != "持平":
        C.append(("year_on_year", None, {"amount": op, "rate": r2 if word == "增加" else -r2}))
    P.append(("h2", "（二）政府采购支出情况"))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    ptot = pr["goods"] + pr["works"] + pr["services"]
    P.append(
        (
            "p",
            f"{u}{y}年度政府采购金额（以合同签订为准）为{A(ptot)}万元，其中：货物采购金额{A(pr['goods'])}万元、工程采购"
            f"金额{A(pr['works'])}万元、服务采购金额{A(pr['services'])}万元。",
        )
    )
    P.append(
        (
            "p",
            f"{y}年度本部门面向中小企业预留政府采购项目预算金额{A(pr['sme'])}万元，面向小微企业预留政府采购项目预算金额"
            f"{A(pr['micro'])}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{A(pr['sme'])}"
            f"万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额{A(pr['other_sme'])}万元。",
        )
    )
    C.append(("procurement_total", None, {"amount": ptot}))
    P.append(("h2", "（三）国有资产占有使用情况说明"))
    v = doc["vehicles"]
    kinds = [
        "部级领导干部用车",
        "主要领导干部用车",
        "机要通信用车",
        "应急保障用车",
        "执法执勤用车",
        "特种专业技术用车",
        "离退休干部用车",
        "其他用车",
    ]
    P.append(
        (
            "p",
            f"截至{y}年12月31日，{u}共有车辆{sum(v)}辆，其中："
            + "、".join(f"{k}{n}辆" for k, n in zip(kinds, v))
            + f"。单价100万元（含）以上设备（不含车辆）{doc['equip']}台（套）。",
        )
    )
    return P, C
