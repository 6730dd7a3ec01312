"""Figures and table writers for the reports of rules_s29a (see gen.py).

A document's money is given by its functional 项 (leaves), each split by source and kind:
    (gb_b, gb_p, gf_p, sy_b, sy_p)
    gb = 一般公共预算财政拨款, gf = 政府性基金预算财政拨款, sy = 事业收入 or 其他收入 (doc["sy_label"]);
    _b = 基本支出, _p = 项目支出.
Every table is summed here from the leaves, so every identity holds to the printed figures; the
misstatements planted on purpose are written into the narratives (rules_s29a_docs.py) and listed there.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0")
C = D("0.01")

CLASS_LIST = [
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
]
CN = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
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

FUNC = {
    "206": "科学技术支出",
    "20603": "应用研究",
    "2060399": "其他应用研究支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "20709": "旅游发展基金支出",
    "2070901": "宣传促销",
    "2070904": "地方旅游开发项目",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296010": "用于文化事业的彩票公益金支出",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30217": "公务接待费",
    "30228": "工会经费",
    "30231": "公务用车运行维护费",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30305": "生活补助",
}


def d(x) -> D:
    return D(str(x).replace(",", ""))


def fmt(x) -> str:
    return f"{d(x):,.2f}"


def r2(x) -> D:
    return d(x).quantize(C, rounding=ROUND_HALF_UP)


def wan(x, unit) -> D:
    """An amount of the document's unit as 万元, rounded to two decimals (what a narrative prints)."""
    return r2(d(x) / 10000) if unit == "元" else r2(x)


def pct(a, b) -> str:
    return f"{r2(d(a) * 100 / d(b))}"


def leaves(**kw):
    return {code: tuple(d(x) for x in v) for code, v in kw.items()}


GB_B, GB_P, GF_P, SY_B, SY_P = range(5)
PARTS = {
    "all": lambda v: v[0] + v[1] + v[2] + v[3] + v[4],
    "basic": lambda v: v[0] + v[3],
    "project": lambda v: v[1] + v[2] + v[4],
    "gb": lambda v: v[0] + v[1],
    "gb_b": lambda v: v[0],
    "gb_p": lambda v: v[1],
    "gf": lambda v: v[2],
    "fiscal": lambda v: v[0] + v[1] + v[2],
    "fiscal_b": lambda v: v[0],
    "fiscal_p": lambda v: v[1] + v[2],
    "sy": lambda v: v[3] + v[4],
}


class Money:
    """Sums of one document's leaves by code (类, 款, 项) and part."""

    def __init__(self, L):
        self.L = L
        self.codes = []
        for code in L:
            for c in (code[:3], code[:5], code):
                if c not in self.codes:
                    self.codes.append(c)

    def t(self, part, code=None) -> D:
        f = PARTS[part]
        if code is None:
            return sum((f(v) for v in self.L.values()), Z)
        return sum((f(v) for k, v in self.L.items() if k.startswith(code)), Z)

    def codes_with(self, part):
        return [c for c in self.codes if self.t(part, c) != 0]

    def classes_with(self, part):
        return [c for c in self.codes_with(part) if len(c) == 3]


def split(total, shares):
    """total split by shares (dict code -> fraction) to cents; the last code takes the remainder."""
    out, left = {}, d(total)
    items = list(shares.items())
    for code, share in items[:-1]:
        v = r2(d(total) * d(share))
        out[code] = v
        left -= v
    out[items[-1][0]] = left
    return out


def economic(m: Money, reception, vehicle_op):
    """The 一般公共预算 basic expenditure by economic code: the social-insurance and housing 款 are the
    functional leaves' own, the rest of the basic money split in fixed shares."""
    gb_b = {k: v[GB_B] for k, v in m.L.items()}
    e = {
        "30108": sum((v for k, v in gb_b.items() if k == "2080505"), Z),
        "30109": sum((v for k, v in gb_b.items() if k == "2080506"), Z),
        "30110": sum((v for k, v in gb_b.items() if k.startswith("21011")), Z),
        "30113": sum((v for k, v in gb_b.items() if k == "2210201"), Z),
    }
    rest = m.t("gb_b") - sum(e.values())
    rest_after = rest - d(reception) - d(vehicle_op)
    s = split(
        rest_after,
        {
            "30101": "0.30",
            "30102": "0.24",
            "30199": "0.02",
            "30201": "0.05",
            "30205": "0.01",
            "30206": "0.03",
            "30211": "0.02",
            "30213": "0.03",
            "30228": "0.02",
            "30299": "0.04",
            "30305": "0.01",
            "30107": "rest",
        },
    )
    e.update(s)
    e["30217"] = d(reception)
    e["30231"] = d(vehicle_op)
    order = {
        "301": ["30101", "30102", "30107", "30108", "30109", "30110", "30113", "30199"],
        "302": ["30201", "30205", "30206", "30211", "30213", "30217", "30228", "30231", "30299"],
        "303": ["30305"],
    }
    out = {}
    for cls, kids in order.items():
        kids = [k for k in kids if e.get(k, Z) != 0]
        out[cls] = sum((e[k] for k in kids), Z)
        for k in kids:
            out[k] = e[k]
    assert sum(v for k, v in out.items() if len(k) == 3) == m.t("gb_b")
    return out


def persons_public(econ):
    persons = econ.get("301", Z) + econ.get("303", Z)
    public = econ.get("302", Z)
    return persons, public


def sangong_row(s):
    veh = d(s["purchase"]) + d(s["operation"])
    return [
        d(s["outbound"]) + veh + d(s["reception"]),
        d(s["outbound"]),
        veh,
        d(s["purchase"]),
        d(s["operation"]),
        d(s["reception"]),
    ]


def sangong(outbound, purchase, operation, reception):
    return dict(outbound=d(outbound), purchase=d(purchase), operation=d(operation), reception=d(reception))


def cells(values, blank=False):
    """Figures of one row; with blank=True a zero is a blank cell (dropped in pdftotext output)."""
    return " ".join(fmt(v) for v in values if not (blank and d(v) == 0))


# ---------------------------------------------------------------------------------------------------------
# Final account, national template (公开01表 … 公开09表), every cell printed (0.00 for none)
# ---------------------------------------------------------------------------------------------------------
def final_national(doc):
    m, unit, u = Money(doc["leaves"]), doc["unit"], doc["money_unit"]
    head = f"{doc.get('org_label', '编制单位')}：{unit} 单位：{u}"
    z = "0.00"
    sy_business = doc["sy_label"] == "事业收入"
    out = []
    # 1 收入支出决算总表
    rn = doc.get("row_numbers", False)

    def no(i):
        return [str(i)] if rn else []

    out += [
        "收入支出决算总表",
        "公开01表",
        head,
        "收入 支出",
        "项目 行次 金额 项目 行次 金额" if rn else "项目 金额 项目 金额",
    ]
    left = [
        ("一、一般公共预算财政拨款收入", m.t("gb")),
        ("二、政府性基金预算财政拨款收入", m.t("gf")),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", m.t("sy") if sy_business else Z),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", Z if sy_business else m.t("sy")),
    ]
    right = [(f"{CN[i]}、{FUNC[c]}", m.t("all", c)) for i, c in enumerate(m.classes_with("all"))]
    n_left = len(left)
    for i in range(max(len(left), len(right))):
        cells_ = []
        if i < len(left):
            cells_ += [left[i][0], *no(i + 1), fmt(left[i][1])]
        else:
            cells_ += no(i + 1)
        if i < len(right):
            cells_ += [right[i][0], *no(30 + i + 1), fmt(right[i][1])]
        out.append(" ".join(cells_))
    tot = m.t("all")
    out += [
        " ".join(["本年收入合计", *no(n_left + 1), fmt(tot), "本年支出合计", *no(60), fmt(tot)]),
        " ".join(["使用非财政拨款结余", *no(n_left + 2), z, "结余分配", *no(61), z]),
        " ".join(["年初结转和结余", *no(n_left + 3), z, "年末结转和结余", *no(62), z]),
        " ".join(["总计", *no(n_left + 4), fmt(tot), "总计", *no(63), fmt(tot)]),
        "注：本表反映部门本年度的总收支和年末结转结余情况。",
        "",
    ]
    # 2 收入决算表
    out += [
        "收入决算表",
        "公开02表",
        head,
        "科目编码 科目名称 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入",
    ]

    def income_row(label, code=None):
        fiscal, sy = m.t("fiscal", code), m.t("sy", code)
        biz, oth = (sy, Z) if sy_business else (Z, sy)
        return f"{label} {fmt(fiscal + sy)} {fmt(fiscal)} {z} {fmt(biz)} {z} {z} {fmt(oth)}"

    out.append(income_row("合计"))
    for c in m.codes:
        out.append(income_row(f"{c} {FUNC[c]}", c))
    out += ["注：本表反映部门本年度取得的各项收入情况。", ""]
    # 3 支出决算表
    out += [
        "支出决算表",
        "公开03表",
        head,
        "科目编码 科目名称 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出",
        f"合计 {fmt(tot)} {fmt(m.t('basic'))} {fmt(m.t('project'))} {z} {z} {z}",
    ]
    for c in m.codes:
        out.append(
            f"{c} {FUNC[c]} {fmt(m.t('all', c))} {fmt(m.t('basic', c))} {fmt(m.t('project', c))} {z} {z} {z}"
        )
    out += ["注：本表反映部门本年度各项支出情况。", ""]
    # 4 财政拨款收入支出决算总表
    out += [
        "财政拨款收入支出决算总表",
        "公开04表",
        head,
        "收入 支出",
        ("项目 行次 金额 项目 行次 " if rn else "项目 金额 项目 ")
        + "合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款",
    ]
    left = [
        ("一、一般公共预算财政拨款", m.t("gb")),
        ("二、政府性基金预算财政拨款", m.t("gf")),
        ("三、国有资本经营预算财政拨款", Z),
    ]
    right = [
        (f"{CN[i]}、{FUNC[c]}", m.t("fiscal", c), m.t("gb", c), m.t("gf", c))
        for i, c in enumerate(m.classes_with("fiscal"))
    ]
    for i in range(max(len(left), len(right))):
        cells_ = []
        if i < len(left):
            cells_ += [left[i][0], *no(i + 1), fmt(left[i][1])]
        else:
            cells_ += no(i + 1)
        if i < len(right):
            name, a, b, c_ = right[i]
            cells_ += [name, *no(30 + i + 1), fmt(a), fmt(b), fmt(c_), z]
        out.append(" ".join(cells_))
    ft, gbt, gft = m.t("fiscal"), m.t("gb"), m.t("gf")
    out += [
        " ".join(["本年收入合计", *no(4), fmt(ft), "本年支出合计", *no(60), fmt(ft), fmt(gbt), fmt(gft), z]),
        " ".join(["年初财政拨款结转和结余", *no(5), z, "年末财政拨款结转和结余", *no(61), z, z, z, z]),
        " ".join(["总计", *no(6), fmt(ft), "总计", *no(62), fmt(ft), fmt(gbt), fmt(gft), z]),
        "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
        "",
    ]
    # 5 一般公共预算财政拨款支出决算表
    gb_codes = m.codes_with("gb")
    if doc.get("gb_two_phase"):
        bm = Money(doc["gb_budget_leaves"])
        out += [
            "一般公共预算财政拨款支出决算表",
            "公开05表",
            head,
            "科目编码 科目名称 年初预算数 决算数",
            "小计 基本支出 项目支出",
            f"合计 {fmt(bm.t('gb'))} {fmt(m.t('gb'))} {fmt(m.t('gb_b'))} {fmt(m.t('gb_p'))}",
        ]
        for c in gb_codes:
            out.append(
                f"{c} {FUNC[c]} {fmt(bm.t('gb', c))} {fmt(m.t('gb', c))} {fmt(m.t('gb_b', c))} {fmt(m.t('gb_p', c))}"
            )
    else:
        out += [
            "一般公共预算财政拨款支出决算表",
            "公开05表",
            head,
            "科目编码 科目名称 本年支出合计 基本支出 项目支出",
            f"合计 {fmt(m.t('gb'))} {fmt(m.t('gb_b'))} {fmt(m.t('gb_p'))}",
        ]
        for c in gb_codes:
            out.append(f"{c} {FUNC[c]} {fmt(m.t('gb', c))} {fmt(m.t('gb_b', c))} {fmt(m.t('gb_p', c))}")
    out += ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", ""]
    # 6 基本支出 by economic code
    sg_a = doc["sangong"]["actual"]
    econ = economic(m, sg_a["reception"], sg_a["operation"])
    persons, public = persons_public(econ)
    out += [
        "一般公共预算财政拨款基本支出决算表",
        "公开06表",
        head,
        "科目编码 科目名称 本年基本支出合计 人员经费 公用经费",
        f"合计 {fmt(persons + public)} {fmt(persons)} {fmt(public)}",
    ]
    for c, v in econ.items():
        pub = c[:3] == "302"
        out.append(f"{c} {ECON[c]} {fmt(v)} {fmt(Z if pub else v)} {fmt(v if pub else Z)}")
    out += ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", ""]
    # 7 三公
    b, a = sangong_row(doc["sangong"]["budget"]), sangong_row(sg_a)
    out += [
        "财政拨款“三公”经费支出决算表",
        "公开07表",
        head,
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费",
        "预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数",
        " ".join(f"{fmt(x)} {fmt(y)}" for x, y in zip(b, a)),
        "注：本表反映部门本年度“三公”经费支出预算及决算情况。预算数为“三公”经费年初预算数。",
        "",
    ]
    # 8 政府性基金
    out += [
        "政府性基金预算财政拨款收入支出决算表",
        "公开08表",
        head,
        "科目编码 科目名称 年初结转和结余 本年收入 本年支出 年末结转和结余",
        "小计 基本支出 项目支出",
    ]
    if m.t("gf"):
        out.append(f"合计 {z} {fmt(m.t('gf'))} {fmt(m.t('gf'))} {z} {fmt(m.t('gf'))} {z}")
        for c in m.codes_with("gf"):
            g = m.t("gf", c)
            out.append(f"{c} {FUNC[c]} {z} {fmt(g)} {fmt(g)} {z} {fmt(g)} {z}")
        out.append("注：本表反映部门本年度政府性基金预算财政拨款收支及年初、年末结转结余情况。")
    else:
        out.append(f"注：本{doc['scope']}{doc['year']}年度无政府性基金预算财政拨款收入和支出，故本表无数据。")
    out += [
        "",
        "国有资本经营预算财政拨款支出决算表",
        "公开09表",
        head,
        "科目编码 科目名称 本年支出合计 基本支出 项目支出",
        f"注：本{doc['scope']}{doc['year']}年度无国有资本经营预算财政拨款支出，故本表无数据。",
        "",
    ]
    return out, econ


# ---------------------------------------------------------------------------------------------------------
# Budget report, plain tables (Hunan / Jiangsu), every cell printed
# ---------------------------------------------------------------------------------------------------------
def budget_plain(doc):
    m, unit, u, y = Money(doc["leaves"]), doc["unit"], doc["money_unit"], doc["year"]
    z = "0.00"
    sy_business = doc["sy_label"] == "事业收入"
    T = doc["titles"]  # list of 8 titles with their numbering
    head = f"{doc.get('org_label', '单位名称')}：{unit} 单位：{u}"
    out = []
    out += [T[0], head, "收入 支出", "项目 预算数 项目 预算数"]
    left = [
        ("一、一般公共预算拨款收入", m.t("gb")),
        ("二、政府性基金预算拨款收入", m.t("gf")),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、事业收入", m.t("sy") if sy_business else Z),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", Z if sy_business else m.t("sy")),
    ]
    right = [(f"{CN[i]}、{FUNC[c]}", m.t("all", c)) for i, c in enumerate(m.classes_with("all"))]
    for i in range(max(len(left), len(right))):
        cells_ = []
        if i < len(left):
            cells_ += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            cells_ += [right[i][0], fmt(right[i][1])]
        out.append(" ".join(cells_))
    tot = m.t("all")
    out += [
        f"本年收入合计 {fmt(tot)} 本年支出合计 {fmt(tot)}",
        f"上年结转 {z} 结转下年 {z}",
        f"收入总计 {fmt(tot)} 支出总计 {fmt(tot)}",
        "",
    ]
    out += [
        T[1],
        head,
        "科目编码 科目名称 合计 上年结转 一般公共预算拨款收入 政府性基金预算拨款收入 国有资本经营预算拨款收入 事业收入 事业单位经营收入 其他收入",
    ]

    def inc(label, code=None):
        sy = m.t("sy", code)
        biz, oth = (sy, Z) if sy_business else (Z, sy)
        return (
            f"{label} {fmt(m.t('all', code))} {z} {fmt(m.t('gb', code))} {fmt(m.t('gf', code))} {z} "
            f"{fmt(biz)} {z} {fmt(oth)}"
        )

    out.append(inc("合计"))
    for c in m.codes:
        out.append(inc(f"{c} {FUNC[c]}", c))
    out.append("")
    out += [
        T[2],
        head,
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(tot)} {fmt(m.t('basic'))} {fmt(m.t('project'))}",
    ]
    for c in m.codes:
        out.append(f"{c} {FUNC[c]} {fmt(m.t('all', c))} {fmt(m.t('basic', c))} {fmt(m.t('project', c))}")
    out.append("")
    out += [T[3], head, "收入 支出", "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算"]
    left = [
        ("一、一般公共预算拨款收入", m.t("gb")),
        ("二、政府性基金预算拨款收入", m.t("gf")),
        ("三、国有资本经营预算拨款收入", Z),
    ]
    right = [
        (f"{CN[i]}、{FUNC[c]}", m.t("fiscal", c), m.t("gb", c), m.t("gf", c))
        for i, c in enumerate(m.classes_with("fiscal"))
    ]
    for i in range(max(len(left), len(right))):
        cells_ = []
        if i < len(left):
            cells_ += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            name, a, b, c_ = right[i]
            cells_ += [name, fmt(a), fmt(b), fmt(c_), z]
        out.append(" ".join(cells_))
    ft, gbt, gft = m.t("fiscal"), m.t("gb"), m.t("gf")
    out += [
        f"本年收入合计 {fmt(ft)} 本年支出合计 {fmt(ft)} {fmt(gbt)} {fmt(gft)} {z}",
        f"上年结转 {z} 结转下年 {z} {z} {z} {z}",
        f"收入总计 {fmt(ft)} 支出总计 {fmt(ft)} {fmt(gbt)} {fmt(gft)} {z}",
        "",
    ]
    out += [
        T[4],
        head,
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(gbt)} {fmt(m.t('gb_b'))} {fmt(m.t('gb_p'))}",
    ]
    for c in m.codes_with("gb"):
        out.append(f"{c} {FUNC[c]} {fmt(m.t('gb', c))} {fmt(m.t('gb_b', c))} {fmt(m.t('gb_p', c))}")
    out.append("")
    sg = doc["sangong"]["budget"]
    econ = economic(m, sg["reception"], sg["operation"])
    persons, public = persons_public(econ)
    out += [
        T[5],
        head,
        "科目编码 科目名称 合计 人员经费 公用经费",
        f"合计 {fmt(persons + public)} {fmt(persons)} {fmt(public)}",
    ]
    for c, v in econ.items():
        pub = c[:3] == "302"
        out.append(f"{c} {ECON[c]} {fmt(v)} {fmt(Z if pub else v)} {fmt(v if pub else Z)}")
    out.append("")
    s = sangong_row(sg)
    out += [
        T[6],
        head,
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费",
        " ".join(fmt(x) for x in s),
        "",
        T[7],
        head,
        "科目编码 科目名称 合计 基本支出 项目支出",
    ]
    if gft:
        out.append(f"合计 {fmt(gft)} {z} {fmt(gft)}")
        for c in m.codes_with("gf"):
            out.append(f"{c} {FUNC[c]} {fmt(m.t('gf', c))} {z} {fmt(m.t('gf', c))}")
    else:
        out.append(f"注：本{doc['scope']}{y}年无政府性基金预算拨款安排的支出，故本表无数据。")
    out.append("")
    return out, econ


# ---------------------------------------------------------------------------------------------------------
# Beijing: final account (收入支出决算表 … as bj_2022_final prints them: wrapped headers, blank cells
# dropped except in the 合计 rows of the coded tables) and budget report (表一 … as xicheng_2021_budget)
# ---------------------------------------------------------------------------------------------------------
BJ_CLASSES_BUDGET = [n for c, n in CLASS_LIST if c not in ("223", "231", "232")]
GOV_ECON = {
    "301": ("501", "机关工资福利支出"),
    "30101": ("50101", "工资奖金津补贴"),
    "30102": ("50101", "工资奖金津补贴"),
    "30107": ("50101", "工资奖金津补贴"),
    "30108": ("50102", "社会保障缴费"),
    "30109": ("50102", "社会保障缴费"),
    "30110": ("50102", "社会保障缴费"),
    "30113": ("50103", "住房公积金"),
    "30199": ("50199", "其他工资福利支出"),
    "302": ("502", "机关商品和服务支出"),
    "30201": ("50201", "办公经费"),
    "30205": ("50201", "办公经费"),
    "30206": ("50201", "办公经费"),
    "30211": ("50201", "办公经费"),
    "30213": ("50209", "维修（护）费"),
    "30217": ("50206", "公务接待费"),
    "30228": ("50299", "其他商品和服务支出"),
    "30231": ("50208", "公务用车运行维护费"),
    "30299": ("50299", "其他商品和服务支出"),
    "303": ("509", "对个人和家庭的补助"),
    "30305": ("50901", "社会福利和救助"),
}


def _bj_two_sided(left, right_rows):
    """left: [(label, amount or None)], right_rows: [(label, [amounts])] → lines, blanks dropped."""
    out = []
    for i in range(max(len(left), len(right_rows))):
        cells_ = []
        if i < len(left):
            label, v = left[i]
            cells_.append(label)
            if v:
                cells_.append(fmt(v))
        if i < len(right_rows):
            label, vs = right_rows[i]
            cells_.append(label)
            cells_ += [fmt(v) for v in vs if v]
        out.append(" ".join(cells_))
    return out


def final_beijing(doc):
    m, unit, u, y = Money(doc["leaves"]), doc["unit"], doc["money_unit"], doc["year"]
    carry = {k: d(v) for k, v in doc.get("gf_carry", {}).items()}

    def carry_t(code=None):
        return sum((v for k, v in carry.items() if code is None or k.startswith(code)), Z)

    def gf_income(code=None):
        return m.t("gf", code) - carry_t(code)

    head = f"编制部门：{unit} 单位：{u}"
    sy_business = doc["sy_label"] == "事业收入"
    n = 0
    out = []

    def title(t):
        nonlocal n
        n += 1
        return [t, f"公开{n:02d}表", head]

    # 收入支出决算表
    out += title("收入支出决算表") + ["收入 支出", "项目 金额 项目 金额"]
    left = [
        ("一、一般公共预算财政拨款收入", m.t("gb")),
        ("二、政府性基金预算财政拨款收入", gf_income()),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", m.t("sy") if sy_business else Z),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", Z if sy_business else m.t("sy")),
    ]
    right = [(f"{CN[i]}、{name}", [m.t("all", c)]) for i, (c, name) in enumerate(CLASS_LIST)]
    out += _bj_two_sided(left, right)
    income = m.t("all") - carry_t()
    out += [
        f"本年收入合计 {fmt(income)} 本年支出合计 {fmt(m.t('all'))}",
        "使用非财政拨款结余 结余分配",
        f"年初结转和结余 {fmt(carry_t())} 年末结转和结余" if carry else "年初结转和结余 年末结转和结余",
        f"收入总计 {fmt(m.t('all'))} 支出总计 {fmt(m.t('all'))}",
        "注：本表反映部门本年度的总收支和年末结转结余情况。",
    ]
    # 收入决算表
    out += title("收入决算表") + [
        "项目",
        "本年收入合",
        "计",
        "财政拨款收",
        "入",
        "上级补助收",
        "入",
        "事业收入",
        "经营收入",
        "附属单位上",
        "缴收入",
        "其他收入",
        "科目编码",
        "科目名称",
    ]
    sy_t = m.t("sy")
    out.append(
        f"合计 {fmt(income)} {fmt(m.t('gb') + gf_income())} 0.00 {fmt(sy_t if sy_business else Z)} 0.00 0.00 "
        f"{fmt(Z if sy_business else sy_t)}"
    )
    for c in m.codes:
        fi = m.t("gb", c) + gf_income(c)
        out.append(f"{c} {FUNC[c]} " + cells([fi + m.t("sy", c), fi, m.t("sy", c)], blank=True))
    out.append("注：本表反映部门本年度取得的各项收入情况。")
    # 支出决算表
    out += title("支出决算表") + [
        "项目",
        "本年支出合",
        "计",
        "基本支出",
        "项目支出",
        "上缴上级支",
        "出",
        "经营支出",
        "对附属单位",
        "补助支出",
        "科目编码",
        "科目名称",
        f"合计 {fmt(m.t('all'))} {fmt(m.t('basic'))} {fmt(m.t('project'))} 0.00 0.00 0.00",
    ]
    for c in m.codes:
        out.append(f"{c} {FUNC[c]} " + cells([m.t("all", c), m.t("basic", c), m.t("project", c)], blank=True))
    out.append("注：本表反映部门本年度各项支出情况。")
    # 财政拨款收入支出决算表
    out += title("财政拨款收入支出决算表") + [
        "收入",
        "支出",
        "项目",
        "金额",
        "项目",
        "合计",
        "一般公共预算财",
        "政拨款",
        "政府性基金预算",
        "财政拨款",
        "国有资本经营预",
        "算财政拨款",
    ]
    left = [
        ("一、一般公共预算财政拨款", m.t("gb")),
        ("二、政府性基金预算财政拨款", gf_income()),
        ("三、国有资本经营预算财政拨款", Z),
    ]
    right = [
        (f"{CN[i]}、{name}", [m.t("fiscal", c), m.t("gb", c), m.t("gf", c)])
        for i, (c, name) in enumerate(CLASS_LIST)
    ]
    out += _bj_two_sided(left, right)
    fin = m.t("gb") + gf_income()
    out += [
        f"本年收入合计 {fmt(fin)} 本年支出合计 {cells([m.t('fiscal'), m.t('gb'), m.t('gf')], blank=True)}",
        (
            f"年初财政拨款结转和结余 {fmt(carry_t())} 年末财政拨款结转和结余"
            if carry
            else "年初财政拨款结转和结余 年末财政拨款结转和结余"
        ),
        "一般公共预算财政拨款",
        f"政府性基金预算财政拨款 {fmt(carry_t())}" if carry else "政府性基金预算财政拨款",
        "国有资本经营预算财政拨款",
        f"收入总计 {fmt(m.t('fiscal'))} 支出总计 {cells([m.t('fiscal'), m.t('gb'), m.t('gf')], blank=True)}",
        "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ]
    # 财政拨款支出决算表 (by functional code; printed by some years' reports)
    if doc.get("fiscal_table"):
        out += title("财政拨款支出决算表") + [
            "项目",
            "本年支出合",
            "计",
            "基本支出",
            "项目支出",
            "科目编码",
            "科目名称",
            f"合计 {fmt(m.t('fiscal'))} {fmt(m.t('fiscal_b'))} {fmt(m.t('fiscal_p'))}",
        ]
        for c in m.codes_with("fiscal"):
            out.append(
                f"{c} {FUNC[c]} "
                + cells([m.t("fiscal", c), m.t("fiscal_b", c), m.t("fiscal_p", c)], blank=True)
            )
        out.append(
            "注：本表反映部门本年度财政拨款（一般公共预算财政拨款和政府性基金预算财政拨款）实际支出情况。"
        )
    # 一般公共预算财政拨款收入支出决算表
    out += title("一般公共预算财政拨款收入支出决算表") + [
        "项目",
        "年初结转和",
        "结余",
        "本年收入",
        "本年支出",
        "年末结转和",
        "结余",
        "科目编码",
        "科目名称",
        "小计",
        "基本支出",
        "项目支出",
        f"合计 0.00 {fmt(m.t('gb'))} {fmt(m.t('gb'))} {fmt(m.t('gb_b'))} {fmt(m.t('gb_p'))} 0.00",
    ]
    for c in m.codes_with("gb"):
        g = m.t("gb", c)
        out.append(f"{c} {FUNC[c]} " + cells([g, g, m.t("gb_b", c), m.t("gb_p", c)], blank=True))
    out.append("注：本表反映部门本年度一般公共预算财政拨款收支及年初、年末结转结余情况。")
    # 一般公共预算财政拨款基本支出决算表 (side-by-side blocks)
    sg_a = doc["sangong"]["actual"]
    econ = economic(m, sg_a["reception"], sg_a["operation"])
    persons, public = persons_public(econ)
    out += title("一般公共预算财政拨款基本支出决算表") + [
        "人员经费 公用经费",
        "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
    ]
    lp = [c for c in econ if c[:3] in ("301", "303")]
    rp = [c for c in econ if c[:3] == "302"]
    for i in range(max(len(lp), len(rp))):
        cells_ = []
        if i < len(lp):
            cells_ += [lp[i], ECON[lp[i]], fmt(econ[lp[i]])]
        if i < len(rp):
            cells_ += [rp[i], ECON[rp[i]], fmt(econ[rp[i]])]
        out.append(" ".join(cells_))
    out += [
        f"人员经费合计 {fmt(persons)} 公用经费合计 {fmt(public)}",
        "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    ]
    # 政府性基金预算财政拨款收入支出决算表
    out += title("政府性基金预算财政拨款收入支出决算表") + [
        "项目",
        "年初结转和",
        "结余",
        "本年收入",
        "本年支出",
        "年末结转和",
        "结余",
        "科目编码",
        "科目名称",
        "小计",
        "基本支出",
        "项目支出",
    ]
    if m.t("gf"):
        out.append(f"合计 {fmt(carry_t())} {fmt(gf_income())} {fmt(m.t('gf'))} 0.00 {fmt(m.t('gf'))} 0.00")
        for c in m.codes_with("gf"):
            g = m.t("gf", c)
            out.append(f"{c} {FUNC[c]} " + cells([carry_t(c), gf_income(c), g, g], blank=True))
        out.append("注：本表反映部门本年度政府性基金预算财政拨款收支及年初、年末结转结余情况。")
    else:
        out += ["合计", f"注：本部门{y}年度无政府性基金预算财政拨款收入支出，本表无数据。"]
    out += title("国有资本经营预算财政拨款收入支出决算表") + [
        "项目",
        "年初结转和",
        "结余",
        "本年收入",
        "本年支出",
        "年末结转和",
        "结余",
        "科目编码",
        "科目名称",
        "小计",
        "基本支出",
        "项目支出",
        "合计",
        f"注：本部门{y}年度无国有资本经营预算财政拨款收入支出，本表无数据。",
    ]
    # 三公
    b, a = sangong_row(doc["sangong"]["budget"]), sangong_row(sg_a)
    out += title("财政拨款“三公”经费支出决算表") + [
        "项目",
        "预算数",
        "决算数",
        f"合计 {fmt(b[0])} {fmt(a[0])}",
        f"1.因公出国（境）费 {fmt(b[1])} {fmt(a[1])}",
        "2.公务用车购置及运行费",
        f"{fmt(b[2])} {fmt(a[2])}",
        f"（1）公务用车购置费 {fmt(b[3])} {fmt(a[3])}",
        f"（2）公务用车运行费 {fmt(b[4])} {fmt(a[4])}",
        f"3.公务接待费 {fmt(b[5])} {fmt(a[5])}",
        "注：本表反映部门本年度“三公”经费支出预算及决算情况。其中，预算数为“三公”经费年初预算数，",
        "决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
    ]
    titles = [ln for i, ln in enumerate(out) if i + 1 < len(out) and out[i + 1].startswith("公开")]
    return out, econ, titles


def budget_beijing(doc):
    m, unit, u, y = Money(doc["leaves"]), doc["unit"], doc["money_unit"], doc["year"]
    head = f"单位：{unit} 单位：{u}"
    sy_business = doc["sy_label"] == "事业收入"
    out = []
    out += ["表一", f"{y}年部门收支总体情况表", head, "收 入 支 出", "项 目 预算数 项 目 预算数"]
    left = [
        ("一、一般公共预算财政拨款收入", m.t("gb")),
        ("二、政府性基金预算财政拨款收入", m.t("gf")),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、事业收入", m.t("sy") if sy_business else Z),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", Z if sy_business else m.t("sy")),
    ]
    name_to_code = {n: c for c, n in CLASS_LIST}
    right = [
        (f"{CN[i]}、{name}", [m.t("all", name_to_code[name])]) for i, name in enumerate(BJ_CLASSES_BUDGET)
    ]
    out += _bj_two_sided(left, right)
    tot = m.t("all")
    out += [
        f"本年收入合计 {fmt(tot)} 本年支出合计 {fmt(tot)}",
        "上年结转结余 结转下年",
        f"收入总计 {fmt(tot)} 支出总计 {fmt(tot)}",
        "",
        "表二",
        f"{y}年部门收入情况表",
        head,
        "科目编码",
        "科目名称",
        "合计",
        "上年结转",
        "一般公共预算",
        "财政拨款收入",
        "政府性基金预",
        "算财政拨款收",
        "入",
        "国有资本经营",
        "预算财政拨款",
        "收入",
        "事业收入",
        "事业单位经营",
        "收入",
        "其他收入",
    ]
    sy = m.t("sy")
    out.append(
        f"合计 {fmt(tot)} 0.00 {fmt(m.t('gb'))} {fmt(m.t('gf'))} 0.00 {fmt(sy if sy_business else Z)} 0.00 "
        f"{fmt(Z if sy_business else sy)}"
    )
    for c in m.codes:
        out.append(
            f"{c} {FUNC[c]} " + cells([m.t("all", c), m.t("gb", c), m.t("gf", c), m.t("sy", c)], blank=True)
        )
    out += [
        "",
        "表三",
        f"{y}年部门支出情况表",
        head,
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(tot)} {fmt(m.t('basic'))} {fmt(m.t('project'))}",
    ]
    for c in m.codes:
        out.append(f"{c} {FUNC[c]} " + cells([m.t("all", c), m.t("basic", c), m.t("project", c)], blank=True))
    ft, gbt, gft = m.t("fiscal"), m.t("gb"), m.t("gf")
    out += [
        "",
        "表四",
        f"{y}年财政拨款收支总体情况表",
        head,
        "收 入 支 出",
        "项 目 预算数 项 目 合计 一般公共预算 政府性基金预 国有资本经营",
        "财政拨款 算财政拨款 预算财政拨款",
    ]
    left = [
        ("一、本年收入", ft),
        ("（一）一般公共预算财政拨款", gbt),
        ("（二）政府性基金预算财政拨款", gft),
        ("（三）国有资本经营预算财政拨款", Z),
        ("二、上年结转", Z),
        ("（一）一般公共预算财政拨款", Z),
        ("（二）政府性基金预算财政拨款", Z),
        ("（三）国有资本经营预算财政拨款", Z),
    ]
    right = [("一、本年支出", [ft, gbt, gft])] + [
        (
            f"（{CN[i]}）{name}",
            [m.t("fiscal", name_to_code[name]), m.t("gb", name_to_code[name]), m.t("gf", name_to_code[name])],
        )
        for i, name in enumerate(BJ_CLASSES_BUDGET)
    ]
    out += _bj_two_sided(left, right)
    out += [
        "二、结转下年",
        f"收入总计 {fmt(ft)} 支出总计 {cells([ft, gbt, gft], blank=True)}",
        "",
        "表五",
        f"{y}年一般公共预算财政拨款支出情况表",
        head,
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(gbt)} {fmt(m.t('gb_b'))} {fmt(m.t('gb_p'))}",
    ]
    for c in m.codes_with("gb"):
        out.append(f"{c} {FUNC[c]} " + cells([m.t("gb", c), m.t("gb_b", c), m.t("gb_p", c)], blank=True))
    sg = doc["sangong"]["budget"]
    econ = economic(m, sg["reception"], sg["operation"])
    persons, public = persons_public(econ)
    out += [
        "",
        "表六",
        f"{y}年一般公共预算财政拨款基本支出情况表",
        head,
        "部门预算支出经济分类科目 政府预算支出经济分类科目",
        "科目编码 科目名称 科目编码 科目名称 合计 人员经费 公用经费",
        f"合计 {fmt(persons + public)} {fmt(persons)} {fmt(public)}",
    ]
    for c, v in econ.items():
        gc, gn = GOV_ECON[c]
        out.append(f"{c} {ECON[c]} {gc} {gn} {fmt(v)} {fmt(v)}")
    out += [
        "",
        "表七",
        f"{y}年政府性基金预算财政拨款支出情况表",
        head,
        "科目编码 科目名称 本年政府性基金预算财政拨款支出",
        "合计 基本支出 项目支出",
        f"合计 {fmt(gft)} {fmt(gft)}",
    ]
    for c in m.codes_with("gf"):
        out.append(f"{c} {FUNC[c]} {fmt(m.t('gf', c))} {fmt(m.t('gf', c))}")
    out += [
        "",
        "表八",
        f"{y}年国有资本经营预算财政拨款支出情况表",
        head,
        "科目编码 科目名称 本年国有资本经营预算财政拨款支出",
        "合计 基本支出 项目支出",
        "合计",
        f"注：{unit}{y}年没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。",
        "",
    ]
    s = sangong_row(sg)
    out += [
        "表九",
        f"{y}年“三公”经费预算表",
        head,
        f"{y}年“三公”经费财政拨款预算数",
        "合计",
        "因公出国（境）",
        "费",
        "公务用车购置及运行费",
        "公务接待费",
        "小计",
        "公务用车购置费",
        "公务用车运行维护费",
        " ".join(fmt(x) for x in s),
        "",
    ]
    return out, econ
