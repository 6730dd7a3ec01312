"""Tables, 说明 and expectations of the rules_s34f reports (2014-2018 templates). Everything printed is built here from
the figures typed in rules_s34f_data.py; nothing reads the parser. The Tab / Col objects have the attributes
rules_s33i/s33i_print.py prints (gen.py imports that printer), the rest is this set's own.

A report's money is typed as
- leaves: functional 项 -> {"<fund>_<kind>": amount}. Budget funds: gp 公共财政 / 一般公共预算 拨款, gf 政府性基金,
  biz 事业收入, oth 其他收入, co 上年结转 (公共财政 money carried from last year, spent on projects); kinds pe 人员经费,
  pu 公用经费 (both 基本支出), p 项目支出. Final funds: gp, gf (财政拨款) and nf (the unit's other money), kinds pe, pu,
  p and o (经营支出, nf only); a final leaf also carries its income i_up 上级补助 / i_biz 事业 / i_op 经营 / i_oth 其他
  and cb / ce, the 公共财政 财政拨款 年初 / 年末结转和结余 of the 项 (its 财政拨款收入 = gp + gf spending + ce - cb);
- econ: the 公共财政 基本支出 by economic 款; 30101 and 30201 are the rests of 人员经费 (301 + 303) and 公用经费 (302 +
  310), so the 基本支出表 adds up to the gp basic money by construction;
- projects (proj rows): each project's money by fund, added to its 项's leaf as <fund>_p;
- sangong (出国, 购置, 运行, 接待); sangong_prior (a budget's 上年预算数); sangong_budget (a final's 预算数);
- a final's doc-level begin (年初结转和结余), fund (用事业基金弥补收支差额), dist (结余分配 by its three parts), and
  end_parts (年末结转和结余's 基本支出结转 and 项目支出结转和结余; 经营结余 the rest).

Every printed table is a Tab of printed strings; its expectations are read from those strings; identities()
re-adds the printed strings, so a typo in the data fails at import."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D(0)
IS, INC, EXP, FS, GB, EB, SG, GF, PROJ = (
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "fiscal_summary",
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "project_expenditure",
)
I, E = "income", "expenditure"
EGP, EGF = "expenditure_general_public", "expenditure_government_fund"
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] + [f"十{c}" for c in "一二三四五六七八九"]
CN += ["二十", "二十一", "二十二", "二十三"]

# 2014-2018 functional names (the years' 政府收支分类科目)
FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "20129": "群众团体事务",
    "2012902": "一般行政管理事务",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "法律援助",
    "2040610": "社区矫正",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "207": "文化体育与传媒支出",
    "20701": "文化",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "20702": "文物",
    "2070204": "文物保护",
    "2070205": "博物馆",
    "20703": "体育",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权和社区建设",
    "20805": "行政事业单位离退休",
    "2080501": "归口管理的行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "2081902": "农村最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "210": "医疗卫生与计划生育支出",
    "21001": "医疗卫生与计划生育管理事务",
    "2100101": "行政运行",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生专项",
    "21005": "医疗保障",
    "2100501": "行政单位医疗",
    "2100502": "事业单位医疗",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130119": "防灾救灾",
    "2130122": "农业生产支持补贴",
    "2130135": "农业资源保护修复与利用",
    "21366": "大中型水库库区基金安排的支出",
    "2136601": "基础设施建设和经济发展",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22904": "其他政府性基金支出",
    "2290402": "其他地方自行试点项目收益专项债券收入安排的支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "2296004": "用于教育事业的彩票公益金支出",
}
# The 类 list of the 2014-2018 final-account template, printed whole (行次 beside every line)
CLASSES = [
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "医疗卫生与计划生育支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("220", "国土海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("229", "其他支出"),
]

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30104": "社会保障缴费",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30208": "取暖费",
    "30211": "差旅费",
    "30212": "因公出国（境）费用",
    "30213": "维修（护）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30304": "抚恤金",
    "30305": "生活补助",
    "30307": "医疗费",
    "30309": "奖励金",
    "30311": "住房公积金",
    "30312": "提租补贴",
    "30313": "购房补贴",
    "30399": "其他对个人和家庭的补助支出",
    "310": "其他资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
}
# from 2018 (30113 住房公积金 under 301, 30311 gone, 310 资本性支出)
ECON_2018 = dict(
    ECON,
    **{
        "30110": "职工基本医疗保险缴费",
        "30112": "其他社会保障缴费",
        "30113": "住房公积金",
        "30307": "医疗费补助",
        "30399": "其他对个人和家庭的补助",
        "310": "资本性支出",
    },
)
for _c in ("30104", "30311", "30312", "30313"):
    ECON_2018.pop(_c)
PERSONNEL = ("301", "303")


def d(s) -> D:
    return D(str(s).replace(",", ""))


def fmt(x: D, zero: str = "", sep: bool = True) -> str:
    if x == 0:
        return zero
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def want(s):
    """A printed cell's expectation: None for a blank, 'x?' for a zero printed."""
    if not s or s == "-":
        return None
    return s + "?" if d(s) == 0 else s


def gpin(word):
    """The income line of the 一般公共预算 money: 一般公共预算拨款, 公共财政拨款."""
    return word if word.endswith("拨款") else word + "拨款"


def wan(x: D, unit: str) -> str:
    v = x / 10000 if unit == "元" else x
    return f"{v.quantize(D('0.01'), ROUND_HALF_UP)}"


@dataclass
class Col:
    head: tuple
    kind: str  # "code" | "name" | "money" | "rowno" | "text"
    key: str | None = None


@dataclass
class Tab:
    key: str
    title: str | None
    unit: str
    cols: list
    rows: list
    exp: list = field(default_factory=list)
    kind: str = "plain"
    cont: str = ""
    break_at: int | None = None
    empty: str = ""
    landscape: bool = False
    wrap: dict = field(default_factory=dict)
    name_col: int | None = None
    check: list = field(default_factory=list)  # identities: [(kind, payload)]


class Money:
    def __init__(self, doc):
        self.leaf = {}
        names = doc["func"]
        for line in doc["leaves"].strip().splitlines():
            code, *parts = line.split()
            assert code in names and code[:5] in names and code[:3] in names, code
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in parts)}
        for pr in doc.get("proj", {}).get("rows", []):
            if pr[0] == "P":
                leaf = self.leaf.setdefault(pr[1], {})
                assert pr[1] in names, pr[1]
                for k, v in pmoney(pr[3]).items():
                    leaf[k + "_p"] = leaf.get(k + "_p", Z) + v

    def t(self, funds, kinds=("pe", "pu", "p", "o"), code=""):
        funds = (funds,) if isinstance(funds, str) else funds
        kinds = (kinds,) if isinstance(kinds, str) else kinds
        return sum(
            (
                v
                for c, p in self.leaf.items()
                if c.startswith(code)
                for k, v in p.items()
                if "_" in k and k.split("_")[0] in funds and k.split("_")[1] in kinds
            ),
            Z,
        )

    def k(self, key, code=""):
        return sum((p.get(key, Z) for c, p in self.leaf.items() if c.startswith(code)), Z)

    def codes(self, test):
        out = set()
        for c in self.leaf:
            if test(c):
                out |= {c[:3], c[:5], c}
        return sorted(out)


def pmoney(spec):
    out = {}
    for p in spec.split():
        k, v = p.split("=")
        out[k] = d(v)
    return out


# ============================================================================================== tables
def coded(key, title, unit, names, cols, fn, codes, z, total="合计", last=False, total_label_col=1):
    """A table by code: 科目编码 | 科目名称 | money columns; fn(code or "") -> values."""
    tcols = [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + cols
    tot = ["", total] + [fmt(v, z) for v in fn("")]
    body = [[c, names[c]] + [fmt(v, z) for v in fn(c)] for c in codes]
    rows = body + [tot] if last else [tot] + body
    exp = []
    for r in rows:
        vals = {c.key: want(r[j + 2]) for j, c in enumerate(cols) if c.key and want(r[j + 2])}
        if vals:
            exp.append((r[0] or None, r[1], vals))
    return Tab(key, title, unit, tcols, rows, exp, kind="coded")


def two_sided(
    key, title, unit, left, right, lhead, rheads, rkeys, rowno=False, lkey=I, landscape=False, filler=False
):
    """A two-sided summary: left [(label, value str)], right [(label, [value strs])], the sides' rows paired as
    given (padding is the caller's); with rowno a 行次 beside every item, the right side numbered on."""
    n = max(len(left), len(right))
    left = left + [("", "")] * (n - len(left))
    right = right + [("", [""] * len(rheads))] * (n - len(right))
    cols = [Col(("收入", "项目"), "name")]
    if rowno:
        cols.append(Col(("收入", "行次"), "rowno"))
    cols.append(Col(("收入", lhead), "money", lkey))
    cols.append(Col(("支出", "项目"), "name"))
    if rowno:
        cols.append(Col(("支出", "行次"), "rowno"))
    cols += [Col(("支出", h), "money", k) for h, k in zip(rheads, rkeys)]
    rows, exp = [], []
    for i, ((ll, lv), (rl, rv)) in enumerate(zip(left, right)):
        r = [ll] + ([str(i + 1) if ll or filler else ""] if rowno else []) + [lv, rl]
        r += ([str(n + i + 1) if rl or filler else ""] if rowno else []) + list(rv)
        rows.append(r)
        if ll and want(lv):
            exp.append((None, ll, {lkey: want(lv)}))
        vals = {k: want(v) for k, v in zip(rkeys, rv) if want(v)}
        if rl and vals:
            exp.append((None, rl, vals))
    return Tab(key, title, unit, cols, rows, exp, kind="two", landscape=landscape)


def pad_to(items, n, width=1):
    blank = ("", "" if width == 1 else [""] * width)
    return items + [blank] * (n - len(items))


def build(doc):
    m = Money(doc)
    st = doc["style"]
    u = doc["unit"]
    z = st.get("zero", "")
    sep = st.get("sep", True)
    names = doc["func"]
    final = doc["kind"] == "final_account"
    ti = doc["titles"]
    gpw = st.get("gp_word", "一般公共预算")  # 公共财政拨款 (2014) / 公共财政预算 / 公共预算 / 一般公共预算

    def f(x):
        return fmt(x, z, sep)

    tabs = []
    info = {"m": m}
    allk = ("pe", "pu", "p", "o")
    # ------------------------------------------------------------------------ 收支总表
    if final:
        fin_in = m.t(("gp", "gf")) + m.k("ce") - m.k("cb")
        inc = {
            "fin": fin_in,
            "gp": m.t("gp") + m.k("ce") - m.k("cb"),
            "gf": m.t("gf"),
            "up": m.k("i_up"),
            "biz": m.k("i_biz"),
            "op": m.k("i_op"),
            "oth": m.k("i_oth"),
        }
        income = fin_in + inc["up"] + inc["biz"] + inc["op"] + inc["oth"]
        spend = m.t(("gp", "gf", "nf"))
        begin, fund = d(doc["begin"]), d(doc.get("fund", "0"))
        dist_parts = [d(x) for x in doc.get("dist", ("0", "0", "0"))]
        dist = sum(dist_parts, Z)
        grand = income + fund + begin
        end = grand - spend - dist
        ep = [d(x) for x in doc["end_parts"]]
        ep.append(end - sum(ep, Z))
        assert ep[-1] >= 0 and begin >= m.k("cb"), (doc["org"], ep, begin)
        left = [(lab, f(inc[k]) if k else "") for lab, k in st["ies_left"]]
        left += [
            ("本年收入合计", f(income)),
            ("用事业基金弥补收支差额", f(fund)),
            ("年初结转和结余", f(begin)),
        ]
        spend_of = lambda c: m.t(("gp", "gf", "nf"), allk, c)  # noqa: E731
        if st.get("all_classes"):
            right = [(f"{CN[i]}、{n}", f(spend_of(c))) for i, (c, n) in enumerate(CLASSES)]
        else:
            cls = [c for c in m.codes(lambda c: spend_of(c) != 0) if len(c) == 3]
            right = [(f"{CN[i]}、{names[c]}", f(spend_of(c))) for i, c in enumerate(cls)]
        n = max(len(left) - 3, len(right))
        left = pad_to(left[:-3], n) + left[-3:]
        right = pad_to(right, n) + [("本年支出合计", f(spend))]
        right += [("结余分配", f(dist))]
        right += [
            (lab, f(v))
            for lab, v in zip(("其中：交纳所得税", "提取职工福利基金", "转入事业基金"), dist_parts)
        ]
        right += [("年末结转和结余", f(end))]
        right += [(lab, f(v)) for lab, v in zip(("其中：基本支出结转", "项目支出结转和结余", "经营结余"), ep)]
        left = pad_to(left, len(right)) + [("总计", f(grand))]
        right += [("总计", f(grand))]
        t = two_sided(
            IS,
            ti[IS],
            u,
            left,
            [(a, [b]) for a, b in right],
            "金额",
            ["金额"],
            [E],
            st.get("rowno"),
            filler=st.get("filler", False),
        )
        tabs.append(t)
        info.update(income=income, spend=spend, grand=grand, end=end, fin=fin_in)
    else:
        income = m.t(("gp", "gf", "biz", "oth"))
        carry = m.t("co")
        spend = income + carry
        vals = {
            "gp": m.t("gp"),
            "gf": m.t("gf"),
            "biz": m.t("biz"),
            "oth": m.t("oth"),
            "fin": m.t(("gp", "gf")),
        }
        left = [(lab, f(vals[k])) for lab, k in st["ies_left"]]
        spend_of = lambda c: m.t(("gp", "gf", "biz", "oth", "co"), allk, c)  # noqa: E731
        cls = [c for c in m.codes(lambda c: spend_of(c) != 0) if len(c) == 3]
        if st.get("all_classes"):
            fr = [(f"{CN[i]}、{n}", f(spend_of(c))) for i, (c, n) in enumerate(CLASSES)]
        else:
            fr = [(f"{CN[i]}、{names[c]}", f(spend_of(c))) for i, c in enumerate(cls)]
        if st.get("use_side"):  # 功能分类 | 支出用途 side by side (js_jcy_2017's 收支预算总表)
            bf = ("gp", "gf", "biz", "oth", "co")
            use = [("一、基本支出", f(m.t(bf, ("pe", "pu")))), ("二、项目支出", f(m.t(bf, "p")))]
            n = max(len(left), len(fr))
            left = pad_to(left, n) + [
                ("本年收入合计", f(income)),
                ("上年结转", f(carry)),
                ("收入总计", f(spend)),
            ]
            fr = pad_to(fr, n) + [("本年支出合计", f(spend)), ("结转下年", ""), ("支出总计", f(spend))]
            use = pad_to(use, len(fr))
            cols = [Col(("收入", "项目"), "name"), Col(("收入", "金额"), "money", I)]
            cols += [
                Col(("支出", "功能分类", "功能科目名称"), "name"),
                Col(("支出", "功能分类", "金额"), "money", E),
            ]
            cols += [
                Col(("支出", "支出用途", "项目名称"), "name"),
                Col(("支出", "支出用途", "金额"), "money", E),
            ]
            rows, exp = [], []
            for (ll, lv), (fl, fv), (ul, uv) in zip(left, fr, use):
                rows.append([ll, lv, fl, fv, ul, uv])
                for lab, v, key in ((ll, lv, I), (fl, fv, E), (ul, uv, E)):
                    if lab and want(v):
                        exp.append((None, lab, {key: want(v)}))
            tabs.append(Tab(IS, ti[IS], u, cols, rows, exp, kind="two", landscape=True))
        else:
            n = max(len(left), len(fr))
            left = pad_to(left, n) + [
                ("本年收入合计", f(income)),
                ("上年结转", f(carry)),
                ("收入总计", f(spend)),
            ]
            fr = pad_to(fr, n) + [("本年支出合计", f(spend)), ("结转下年", ""), ("支出总计", f(spend))]
            h = st.get("amount_head", "预算数")
            tabs.append(two_sided(IS, ti[IS], u, left, [(a, [b]) for a, b in fr], h, [h], [E]))
        info.update(income=income, spend=spend, grand=spend, carry=carry)
    # ------------------------------------------------------------------------ 收入表
    if final:
        icols = [
            (
                ("本年收入合计",),
                "total",
                lambda c: fin(c) + m.k("i_up", c) + m.k("i_biz", c) + m.k("i_op", c) + m.k("i_oth", c),
            ),
            (("财政拨款收入",), "fiscal_appropriation", lambda c: fin(c)),
            (("上级补助收入",), "upper_grant", lambda c: m.k("i_up", c)),
            (("事业收入",), "business", lambda c: m.k("i_biz", c)),
            (("经营收入",), "operating_income", lambda c: m.k("i_op", c)),
            (("附属单位上缴收入",), "affiliated_remit", lambda c: Z),
            (("其他收入",), "other_income", lambda c: m.k("i_oth", c)),
        ]

        def fin(c):
            return m.t(("gp", "gf"), allk, c) + m.k("ce", c) - m.k("cb", c)

        def has_inc(c):
            return any(fn(c) for _h, _k, fn in icols)

        codes = m.codes(has_inc)
    else:
        icols = [(("合计",), "total", lambda c: m.t(("gp", "gf", "biz", "oth", "co"), allk, c))]
        if m.t("co"):
            icols.append((("上年结转",), "carryover_begin", lambda c: m.t("co", allk, c)))
        icols += [
            ((st.get("inc_gp", gpin(gpw)),), "general_public", lambda c: m.t("gp", allk, c)),
            ((st.get("inc_gf", "政府性基金预算拨款"),), "government_fund", lambda c: m.t("gf", allk, c)),
            (("事业收入",), "business", lambda c: m.t("biz", allk, c)),
            (("其他收入",), "other_income", lambda c: m.t("oth", allk, c)),
        ]
        codes = m.codes(lambda c: True)
    cols = [Col(h, "money", k) for h, k, _fn in icols]
    tabs.append(coded(INC, ti[INC], u, names, cols, lambda c: [fn(c) for _h, _k, fn in icols], codes, z))
    # ------------------------------------------------------------------------ 支出表
    funds = ("gp", "gf", "nf") if final else ("gp", "gf", "biz", "oth", "co")
    ecols = [
        (("合计",), "total", allk),
        (("基本支出",), "basic", ("pe", "pu")),
        (("项目支出",), "project", "p"),
    ]
    if final and m.t("nf", "o"):
        ecols.append((("经营支出",), "operating", "o"))
    cols = [Col(h, "money", k) for h, k, _ in ecols]
    codes = m.codes(lambda c: m.t(funds, allk, c) != 0)
    tabs.append(
        coded(EXP, ti[EXP], u, names, cols, lambda c: [m.t(funds, kk, c) for _h, _k, kk in ecols], codes, z)
    )
    # ------------------------------------------------------------------------ 财政拨款收支总表
    fcodes = [c for c in m.codes(lambda c: m.t(("gp", "gf", "co"), allk, c) != 0) if len(c) == 3]
    fh = st["fs_heads"]

    def three(c=""):
        a, b = m.t(("gp", "co"), allk, c), m.t("gf", allk, c)
        return [f(a + b), f(a), f(b)]

    fright = [(f"{CN[i]}、{names[c]}", three(c)) for i, c in enumerate(fcodes)]
    if final:
        gpi, gfi = m.t("gp") + m.k("ce") - m.k("cb"), m.t("gf")
        cb, ce = m.k("cb"), m.k("ce")
        fleft = [(st["fs_left"][0], f(gpi)), (st["fs_left"][1], f(gfi))]
        n = max(len(fleft), len(fright))
        fleft = pad_to(fleft, n) + [("本年收入合计", f(gpi + gfi)), ("年初财政拨款结转和结余", f(cb))]
        fleft += [(st["fs_left"][2], f(cb)), (st["fs_left"][3], "")]
        fright = pad_to(fright, n, 3) + [("本年支出合计", three())]
        fright += [("年末财政拨款结转和结余", [f(ce), f(ce), ""]), ("", ["", "", ""]), ("", ["", "", ""])]
        fleft += [("总计", f(gpi + gfi + cb))]
        fright += [("总计", [f(gpi + gfi + cb), f(m.t("gp") + ce), f(gfi)])]
        lh = "金额"
    else:
        fleft = [(st["fs_left"][0], f(m.t("gp"))), (st["fs_left"][1], f(m.t("gf")))]
        n = max(len(fleft), len(fright))
        fleft = pad_to(fleft, n) + [("本年收入合计", f(m.t(("gp", "gf")))), ("上年结转", f(m.t("co")))]
        fleft += [("收入总计", f(m.t(("gp", "gf", "co"))))]
        fright = pad_to(fright, n, 3) + [
            ("本年支出合计", three()),
            ("结转下年", ["", "", ""]),
            ("支出总计", three()),
        ]
        lh = "预算数"
    tabs.append(
        two_sided(
            FS,
            ti[FS],
            u,
            fleft,
            fright,
            lh,
            fh,
            [E, EGP, EGF],
            st.get("rowno"),
            landscape=True,
            filler=st.get("filler", False),
        )
    )
    # ------------------------------------------------------------------------ 公共财政 支出表
    gx = [
        (("合计",), "total", ("pe", "pu", "p")),
        (("基本支出",), "basic", ("pe", "pu")),
        (("项目支出",), "project", "p"),
    ]
    gfunds = ("gp", "co")
    cols = [Col(h, "money", k) for h, k, _ in gx]
    codes = m.codes(lambda c: m.t(gfunds, allk, c) != 0)
    tabs.append(
        coded(GB, ti[GB], u, names, cols, lambda c: [m.t(gfunds, kk, c) for _h, _k, kk in gx], codes, z)
    )
    # ------------------------------------------------------------------------ 基本支出表
    econ_names = doc.get("econ_names", ECON)
    e = {k: d(v) for k, v in doc["econ"].items()}
    e["30101"] = m.t("gp", "pe") - sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
    e["30201"] = m.t("gp", "pu") - sum((v for k, v in e.items() if k[:3] not in PERSONNEL), Z)
    assert e["30101"] > 0 and e["30201"] > 0, (doc["org"], e["30101"], e["30201"])
    cls = {}
    for k, v in e.items():
        cls[k[:3]] = cls.get(k[:3], Z) + v
    info["econ"] = e
    if st.get("econ_blocks"):

        def items(which):
            out = []
            for c3 in sorted(cls):
                if (c3 in PERSONNEL) == which:
                    out.append((c3, econ_names[c3], f(cls[c3])))
                    out += [(k, econ_names[k], f(e[k])) for k in sorted(e) if k[:3] == c3]
            return out

        pl, pr = items(True), items(False)
        n = max(len(pl), len(pr))
        pl += [("", "", "")] * (n - len(pl))
        pr += [("", "", "")] * (n - len(pr))
        pers = sum((v for c, v in cls.items() if c in PERSONNEL), Z)
        rows = [[*a, *b] for a, b in zip(pl, pr)]
        rows.append(["", "人员经费合计", f(pers), "", "公用经费合计", f(sum(cls.values(), Z) - pers)])
        bh = st.get("block_head", "决算数")
        cols = [
            Col(("人员经费", "科目编码"), "code"),
            Col(("人员经费", "科目名称"), "name"),
            Col(("人员经费", bh), "money", "total"),
            Col(("公用经费", "科目编码"), "code"),
            Col(("公用经费", "科目名称"), "name"),
            Col(("公用经费", bh), "money", "total"),
        ]
        exp = []
        for r in rows:
            for a in (0, 3):
                if r[a + 1] and want(r[a + 2]):
                    exp.append((r[a] or None, r[a + 1], {"total": want(r[a + 2])}))
        tabs.append(Tab(EB, ti[EB], u, cols, rows, exp, kind="blocks", landscape=True))
    else:
        rows = []
        tot = [Z, Z, Z]
        for c in sorted(set(e) | set(cls)):
            v = e[c] if len(c) == 5 else cls[c]
            pers = v if c[:3] in PERSONNEL else Z
            rows.append([c, econ_names[c], f(v), f(pers), f(v - pers)])
            if len(c) == 3:
                tot = [tot[0] + v, tot[1] + pers, tot[2] + v - pers]
        rows.insert(0, ["", "合计", *(f(x) for x in tot)])
        cols = [
            Col(("科目编码",), "code"),
            Col(("科目名称",), "name"),
            Col(("合计",), "money", "total"),
            Col(("人员经费",), "money", "personnel"),
            Col(("公用经费",), "money", "public_funds"),
        ]
        exp = []
        for r in rows:
            vals = {c.key: want(r[j]) for j, c in enumerate(cols) if c.key and want(r[j])}
            exp.append((r[0] or None, r[1], vals))
        tabs.append(Tab(EB, ti[EB], u, cols, rows, exp, kind="econ"))
    # ------------------------------------------------------------------------ 三公
    zf = (lambda x: fmt(x, st["sg_zero"], sep)) if st.get("sg_zero") else f
    tabs.append(sangong(doc, zf, u, final))
    # ------------------------------------------------------------------------ 政府性基金
    if final:
        gcols = [
            (("年初结转和结余",), "carryover_begin", lambda c: Z),
            (("本年收入",), "income", lambda c: m.t("gf", allk, c)),
            (("本年支出", "小计"), "total", lambda c: m.t("gf", allk, c)),
            (("本年支出", "基本支出"), "basic", lambda c: m.t("gf", ("pe", "pu"), c)),
            (("本年支出", "项目支出"), "project", lambda c: m.t("gf", "p", c)),
            (("年末结转和结余",), "carryover_end", lambda c: Z),
        ]
    else:
        gcols = [
            (("合计",), "total", lambda c: m.t("gf", allk, c)),
            (("基本支出",), "basic", lambda c: m.t("gf", ("pe", "pu"), c)),
            (("项目支出",), "project", lambda c: m.t("gf", "p", c)),
        ]
    if m.t("gf"):
        cols = [Col(h, "money", k) for h, k, _fn in gcols]
        codes = m.codes(lambda c: m.t("gf", allk, c) != 0)
        tabs.append(coded(GF, ti[GF], u, names, cols, lambda c: [fn(c) for _h, _k, fn in gcols], codes, z))
    else:
        tabs.append(Tab(GF, ti[GF], u, [], [], [], kind="empty", empty=st["gf_empty"]))
    # ------------------------------------------------------------------------ 项目支出表
    if doc.get("proj"):
        tabs.append(project_table(doc, f, u))
    for t in tabs:
        if t.key in st.get("breaks", {}):
            t.break_at = st["breaks"][t.key]
    info["spend"] = spend
    return tabs, info


def sangong(doc, f, u, final):
    st = doc["style"]

    def sg(vals):
        o, p, r, j = (d(x) for x in vals)
        return [o + p + r + j, o, p + r, p, r, j]

    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    title = doc["titles"][SG]
    if st.get("sg_rows"):  # items in rows: 项目 | <columns>
        labels = st["sg_rows"]
        colspec = st[
            "sg_cols"
        ]  # [(head, which, key-suffix or None)], which: "prior" | "own" | "budget" | "change"
        series = {"own": sg(doc["sangong"])}
        if "sangong_prior" in doc:
            series["prior"] = sg(doc["sangong_prior"])
            series["change"] = [a - b for a, b in zip(series["own"], series["prior"])]
        if "sangong_budget" in doc:
            series["budget"] = sg(doc["sangong_budget"])
        cols = [Col(("项目",), "name")] + [Col((h,), "money", None) for h, _w, _s in colspec]
        rows, exp = [], []
        for i, lab in enumerate(labels):
            r = [lab]
            vals = {}
            for h, w, suffix in colspec:
                v = series[w][i]
                cell = f(v)
                if w == "change" and v < 0:
                    cell = "-" + f(-v)
                r.append(cell)
                if suffix is not None and want(cell):
                    vals[keys[i] + suffix] = want(cell)
            rows.append(r)
            if vals:
                exp.append((None, lab, vals))
        for lab, cells in st.get("sg_counts", []):  # 公务用车保有量（辆） etc.: counts, no money
            rows.append([lab] + list(cells))
        return Tab(SG, title, u, cols, rows, exp, kind="sangong_rows")
    heads = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
        ("公务用车购置及运行费", "公务用车运行维护费"),
        ("公务接待费",),
    ]
    if final:
        b, a = sg(doc["sangong_budget"]), sg(doc["sangong"])
        cols = [Col(("预算数",) + h, "money", k + "@budget") for h, k in zip(heads, keys)]
        cols += [Col(("决算数",) + h, "money", k) for h, k in zip(heads, keys)]
        row = [f(x) for x in b + a]
    else:
        a = sg(doc["sangong"])
        cols = [Col(h, "money", k) for h, k in zip(heads, keys)]
        row = [f(x) for x in a]
    exp = [(None, "*", {c.key: want(v) for c, v in zip(cols, row) if want(v)})]
    return Tab(SG, title, u, cols, [row], exp, kind="sangong", landscape=final)


def project_table(doc, f, u):
    """项目支出表: a 合计 row first, then "S" sum rows (一、行政事业类项目 …) over their projects, or a 项目类别 column."""
    pj = doc["proj"]
    kinds = pj["cols"]  # [(head, kind)]: kind "code" | "subject" | "name" | "class" | "m:<fund>|all"
    cols = []
    for h, k in kinds:
        if k.startswith("m:"):
            cols.append(Col((h,), "money", pj["keys"][k[2:]]))
        else:
            cols.append(Col((h,), {"code": "code", "name": "name"}.get(k, "text")))
    mj = [j for j, (_h, k) in enumerate(kinds) if k.startswith("m:")]
    name_col = next(j for j, (_h, k) in enumerate(kinds) if k == "name")
    code_col = next((j for j, (_h, k) in enumerate(kinds) if k == "code"), None)

    def vals(mon):
        out = []
        for _h, k in kinds:
            if k.startswith("m:"):
                w = k[2:]
                out.append(sum(mon.values(), Z) if w == "all" else mon.get(w, Z))
        return out

    rows, projects, groups, cur = [], [], [], None
    for pr in pj["rows"]:
        if pr[0] == "S":
            r = [""] * len(kinds)
            r[pj.get("sum_col", name_col)] = pr[1]
            rows.append(r)
            cur = (len(rows) - 1, [])
            groups.append(cur)
            continue
        _p, code, name, money, cls = pr
        v = vals(pmoney(money))
        r = []
        for _h, k in kinds:
            r.append(
                {"code": code, "subject": doc["func"][code], "name": name, "class": cls}.get(k, "")
                if not k.startswith("m:")
                else ""
            )
        for q, j in enumerate(mj):
            r[j] = f(v[q])
        rows.append(r)
        projects.append((len(rows) - 1, v))
        if cur is not None:
            cur[1].append(v)
    for gi, members in groups:
        for q, j in enumerate(mj):
            rows[gi][j] = f(sum((v[q] for v in members), Z))
    trow = [""] * len(kinds)
    trow[pj.get("sum_col", name_col)] = "合计"
    for q, j in enumerate(mj):
        trow[j] = f(sum((v[q] for _i, v in projects), Z))
    rows.insert(0, trow)
    pset = {i + 1 for i, _v in projects}
    exp = []
    for i, r in enumerate(rows):
        vv = {cols[j].key: want(r[j]) for j in mj if cols[j].key and want(r[j])}
        if not vv:
            continue
        if i in pset:
            exp.append((r[code_col] if code_col is not None else None, r[name_col], vv))
        else:
            exp.append((None, next(x for x in r if x), vv))
    t = Tab(PROJ, pj["title"], u, cols, rows, exp, kind="proj", landscape=True)
    t.name_col = name_col
    t.groups = [(gi + 1, len(members)) for gi, members in groups]
    return t


# ============================================================================================ expectations
def expectations(tabs):
    specs = {}
    for t in tabs:
        if t.kind == "empty":
            continue
        s = specs.setdefault((t.key, t.unit), dict(table=t.key, unit=t.unit, rows=[]))
        s["rows"] += t.exp
    out = list(specs.values())
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return out


# ============================================================================================ identities
def identities(name, doc, tabs, info):
    """Re-add every printed table from its printed strings."""

    def v(s):
        return d(s) if s and s != "-" else Z

    by = {t.key: t for t in tabs}
    final = doc["kind"] == "final_account"
    for t in tabs:
        if t.kind == "coded":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            for c, vals in body.items():
                if t.key == GF and final:
                    assert vals[0] + vals[1] - vals[2] == vals[5] and vals[2] == vals[3] + vals[4], (name, c)
                else:
                    assert vals[0] == sum(vals[1:]), (name, t.key, c)
                step = {0: 3, 3: 5, 5: 7}.get(len(c or ""))
                kids = [k for k in body if k and len(k) == step and k.startswith(c or "")]
                if kids:
                    for i in range(len(vals)):
                        assert sum(body[k][i] for k in kids) == vals[i], (name, t.key, c, i)
        if t.kind == "econ":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            for c, vals in body.items():
                assert vals[0] == vals[1] + vals[2], (name, c)
                kids = [k for k in body if k and len(k) == (3 if c is None else 5) and k.startswith(c or "")]
                if kids and (c is None or len(c) == 3):
                    for i in range(3):
                        assert sum(body[k][i] for k in kids) == vals[i], (name, "econ", c, i)
        if t.kind == "blocks":
            for a in (0, 3):
                items = [(r[a], v(r[a + 2])) for r in t.rows if r[a]]
                for c, x in items:
                    if len(c) == 3:
                        assert x == sum((y for k, y in items if len(k) == 5 and k[:3] == c), Z), (name, c)
                tot = v(t.rows[-1][a + 2])
                assert tot == sum((y for k, y in items if len(k) == 3), Z), (name, "block total")
        if t.kind == "sangong":
            vals = [v(x) for x in t.rows[0]]
            for blk in (vals[:6], vals[6:]):
                if blk:
                    tot, o, car, b_, r, j = blk
                    assert tot == o + car + j and car == b_ + r, name
        if t.kind == "sangong_rows":
            for j in range(1, len(t.cols)):
                tot, o, car, b_, r, jd = (v(t.rows[i][j]) for i in range(6))
                assert tot == o + car + jd and car == b_ + r, (name, j)
        if t.kind == "proj":
            mj = [j for j, c in enumerate(t.cols) if c.kind == "money"]
            for r in t.rows:
                assert v(r[mj[0]]) == sum(v(r[j]) for j in mj[1:]), (name, r)
            proj_rows = [r for r in t.rows[1:] if r[t.name_col] and not r[t.name_col].endswith("项目")]
            for j in mj:
                assert v(t.rows[0][j]) == sum(v(r[j]) for r in proj_rows), (name, "proj total")
            for gi, n in t.groups:
                for j in mj:
                    assert v(t.rows[gi][j]) == sum(v(r[j]) for r in t.rows[gi + 1 : gi + 1 + n]), (name, gi)
            assert v(t.rows[0][mj[0]]) == v(by[EXP].rows[0][4]), (name, "proj = 支出表 项目支出")
    # the summaries: each side re-added from its printed labels
    for key in (IS, FS):
        t = by[key]
        money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
        labs = [j for j, c in enumerate(t.cols) if c.kind == "name"]
        sides = []
        for li, lab in enumerate(labs):
            mine = [j for j in money if j > lab and (li + 1 == len(labs) or j < labs[li + 1])]
            sides.append([(r[lab], [v(r[j]) for j in mine]) for r in t.rows if r[lab]])
        for rows in sides:
            labels = [lab for lab, _x in rows]
            if "本年收入合计" not in labels and "本年支出合计" not in labels:  # the 支出用途 part
                use = sum((x[0] for _lab, x in rows), Z)
                assert use == info["spend"], (name, "use side")
                continue
            tot_i = next(i for i, lab in enumerate(labels) if lab in ("本年收入合计", "本年支出合计"))
            items = [x for lab, x in rows[:tot_i] if not lab.startswith(("其中", "（"))]
            for i in range(len(rows[tot_i][1])):
                assert sum(x[i] for x in items) == rows[tot_i][1][i], (name, key, labels[0], i)
            after = rows[tot_i:]
            grand = after[-1][1]
            main = [
                x
                for lab, x in after[:-1]
                if not lab.startswith("其中")
                and lab
                not in (
                    "提取职工福利基金",
                    "转入事业基金",
                    "项目支出结转和结余",
                    "经营结余",
                    "一般公共预算财政拨款",
                    "政府性基金预算财政拨款",
                    "公共财政预算财政拨款",
                    "公共预算财政拨款",
                    "",
                )
            ]
            for i in range(len(grand)):
                assert sum(x[i] for x in main) == grand[i], (name, key, labels[0], i, main, grand)
        g = [rows[-1][1][0] for rows in sides if "总计" in rows[-1][0]]
        assert len(set(g)) == 1, (name, key, g)
    # across tables
    exp_t, inc_t, gb_t, eb_t = by[EXP], by[INC], by[GB], by[EB]
    assert v(exp_t.rows[0][2]) == info["spend"], name
    assert v(inc_t.rows[0][2]) == (info["income"] if final else info["spend"]), name
    eb_total = v(eb_t.rows[0][2]) if eb_t.kind == "econ" else v(eb_t.rows[-1][2]) + v(eb_t.rows[-1][5])
    assert v(gb_t.rows[0][3]) == eb_total, (name, "basic = 基本支出表")
    return True


# ============================================================================================ the 说明
def narrative(doc, tabs, info):
    y, org, u = doc["year"], doc["org"], doc["unit"]
    m = info["m"]
    st = doc["style"]
    gpw = st.get("gp_word", "一般公共预算")

    def W(x):  # noqa: N802
        return wan(x, u)

    def rate(a, b):
        return str((a / b * 100).quantize(D("0.01"), ROUND_HALF_UP))

    final = doc["kind"] == "final_account"
    out, claims = [], []
    out.append(("第一部分 部门概况", True))
    out.append(("一、主要职能", True))
    for p in doc["profile"]:
        out.append((p, False))
    out.append(("二、部门决算单位构成" if final else "二、部门预算单位构成", True))
    out.append((doc["units_text"], False))
    if final:
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(info['grand'])}万元。{doc['why'][0]}", False))
        claims.append(("total_income_expenditure", None, {"amount": W(info["grand"])}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(info['income'])}万元，其中：财政拨款收入{W(info['fin'])}万元，占"
                f"{rate(info['fin'], info['income'])}%；事业收入{W(m.k('i_biz'))}万元；其他收入"
                f"{W(m.k('i_oth'))}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": W(info["income"])}))
        out.append(("三、支出决算情况说明", True))
        basic = m.t(("gp", "gf", "nf"), ("pe", "pu"))
        proj = m.t(("gp", "gf", "nf"), "p")
        out.append(
            (
                f"本年支出合计{W(info['spend'])}万元，其中：基本支出{W(basic)}万元，占{rate(basic, info['spend'])}%；"
                f"项目支出{W(proj)}万元，占{rate(proj, info['spend'])}%。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": W(info["spend"])}))
        out.append(("四、财政拨款收入支出决算总体情况说明", True))
        ft = info["fin"] + m.k("cb")
        out.append((f"{y}年度财政拨款收入支出决算总计{W(ft)}万元。{doc['why'][1]}", False))
        claims.append(("fiscal_total_income_expenditure", None, {"amount": W(ft)}))
        out.append((f"五、{gpw}财政拨款支出决算情况说明", True))
        bud, gp = d(doc["gp_budget"]), m.t("gp")
        word = "大于" if gp > bud else "小于"
        out.append(
            (
                f"{y}年度{gpw}财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数{word}年初预算数的主要原因是{doc['why'][2]}",
                False,
            )
        )
        claims.append(("execution", None, {"budget": W(bud), "actual": W(gp), "rate": rate(gp, bud)}))
        b = sum(d(x) for x in doc["sangong_budget"])
        sv = [d(x) for x in doc["sangong"]]
        a = sum(sv)
        out.append(("六、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(b)}万元，支出决算为{W(a)}万元，完成年初预算的{rate(a, b)}%。"
                f"其中：因公出国（境）费支出决算为{W(sv[0])}万元；公务用车购置及运行费支出决算为{W(sv[1] + sv[2])}"
                f"万元；公务接待费支出决算为{W(sv[3])}万元。{doc['why'][3]}",
                False,
            )
        )
        claims.append(("sangong_execution", None, {"budget": W(b), "actual": W(a), "rate": rate(a, b)}))
        out.append(("七、政府性基金预算财政拨款支出决算情况说明", True))
        out.append(
            (f"{y}年度政府性基金预算财政拨款支出{W(m.t('gf'))}万元，全部为项目支出。", False)
            if m.t("gf")
            else (
                f"本部门{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。",
                False,
            )
        )
    else:
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(info['grand'])}万元。"
                f"{doc['why'][0]}",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": W(info["grand"])}))
        out.append(("二、收入预算情况说明", True))
        out.append(
            (
                f"{y}年本部门收入预算中，{gpin(gpw)}{W(m.t('gp'))}万元，政府性基金预算拨款{W(m.t('gf'))}万元，事业收入"
                f"{W(m.t('biz'))}万元，其他收入{W(m.t('oth'))}万元，上年结转{W(m.t('co'))}万元。",
                False,
            )
        )
        out.append(("三、支出预算情况说明", True))
        basic = m.t(("gp", "gf", "biz", "oth", "co"), ("pe", "pu"))
        proj = info["spend"] - basic
        out.append(
            (
                f"支出预算中，基本支出{W(basic)}万元，占{rate(basic, info['spend'])}%；项目支出{W(proj)}万元，占"
                f"{rate(proj, info['spend'])}%。{doc['why'][1]}",
                False,
            )
        )
        fin = m.t(("gp", "gf", "co"))
        out.append(("四、财政拨款收支预算总体情况说明", True))
        out.append((f"{y}年财政拨款收支总预算{W(fin)}万元。", False))
        claims.append(("fiscal_total_income_expenditure", None, {"amount": W(fin)}))
        out.append((f"五、{gpw}支出预算情况说明", True))
        out.append(
            (
                f"{y}年{gpw}支出{W(m.t(('gp', 'co')))}万元，其中：基本支出{W(m.t('gp', ('pe', 'pu')))}万元，项目支出"
                f"{W(m.t(('gp', 'co'), 'p'))}万元。{doc['why'][2]}",
                False,
            )
        )
        sv = [d(x) for x in doc["sangong"]]
        out.append(("六、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sum(sv))}万元，其中：因公出国（境）费{W(sv[0])}万元，公务用车购置及运行费"
                f"{W(sv[1] + sv[2])}万元，公务接待费{W(sv[3])}万元。{doc['why'][3]}",
                False,
            )
        )
        out.append(("七、政府性基金预算支出情况说明", True))
        out.append(
            (f"{y}年政府性基金预算支出{W(m.t('gf'))}万元，全部为项目支出。", False)
            if m.t("gf")
            else (f"本部门{y}年无政府性基金预算支出。", False)
        )
    cars = doc.get("cars", (4, 1))
    out.append(("八、国有资产占用情况说明" if final else "八、国有资产占用情况", True))
    out.append(
        (
            f"截至{y - 1 if not final else y}年12月31日，本部门共有车辆{cars[0]}辆，其中：一般公务用车{cars[0] - cars[1]}辆，"
            f"执法执勤用车{cars[1]}辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。",
            False,
        )
    )
    claims += doc.get("more_claims", [])
    out.append(("第四部分 名词解释", True))
    for i, (a, b) in enumerate(GLOSSARY):
        out.append((f"{CN[i]}、{a.replace('GPW', gpw)}：{b}", False))
    return out, claims


GLOSSARY = [
    ("财政拨款收入", "指区财政当年拨付的资金，包括GPW拨款和政府性基金预算拨款。".replace("GPW", "公共财政")),
    ("事业收入", "指事业单位开展专业业务活动及其辅助活动所取得的收入。"),
    ("其他收入", "指除上述“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。"),
    (
        "用事业基金弥补收支差额",
        "指事业单位在当年的财政拨款收入、事业收入、经营收入和其他收入不足以安排当年支出的情况下，使用以前年度积累的事业基金弥补本年度收支缺口的资金。",
    ),
    ("年初结转和结余", "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"),
    (
        "结余分配",
        "指事业单位按规定提取的职工福利基金、事业基金和缴纳的所得税，以及建设单位按规定应交回的基本建设竣工项目结余资金。",
    ),
    (
        "年末结转和结余",
        "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。",
    ),
    ("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
    (
        "项目支出",
        "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出，包括行政事业类项目和基本建设类项目。",
    ),
    (
        "“三公”经费",
        "指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    ),
    ("机关运行经费", "指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"),
]
