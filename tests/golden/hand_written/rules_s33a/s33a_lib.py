"""Tables, text and expectations of the rules_s33a reports (2024-2026 部门预算 templates and their less common
tables). Everything printed is built here from the figures typed in rules_s33a_data.py; nothing reads the parser.

A report's money is typed as
- leaves: functional 项 -> {"<fund>_<kind>": amount} for the BASIC money (kind pe 人员经费 / pu 公用经费); funds gp
  一般公共预算, gf 政府性基金, sc 国有资本经营, sa 财政专户管理资金, biz 事业收入, op 事业单位经营收入, up 上级补助收入,
  af 附属单位上缴收入, oth 其他收入, co 上年结转结余 (a source, not this year's income);
- projects: (category, name, unit, functional code, {fund: amount}, 是否政府采购[, project code]): their sums by code and
  fund are the leaves' project money (kind p), so every table by function agrees with the project table by
  construction;
- econ: the 一般公共预算 基本支出 by economic 款; 30101 (personnel) and 30201 (public) are typed as the rests, so the
  基本支出表 adds up to the gp basic money by construction;
- sangong (出国, 购置, 运行, 接待), procurement [(category, [(item, 品目编码, qty, amount)])], services [(project, content,
  amount)], performance texts.

Every printed table is a Tab of printed strings; identities() re-adds the printed strings (rows, 类 = Σ 款 = Σ 项,
合计 = Σ 类, both sides of the two-sided tables, across tables), so a typo in the data fails at import."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D(0)
IS, INC, EXP, FS = (
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "fiscal_summary",
)
GB, EB, SG, GF, SC = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "state_capital",
)
# 财政专户管理资金预算表: no key in the parser's vocabulary; typed with a key of its own (as rules_s28j typed
# "unit_funds"): its figures are 财政专户 money by function, neither the 部门支出总表's nor a second copy of it.
FSA = "fiscal_special_account"
PROJ, PR, PS, PERF = "project_expenditure", "procurement", "purchase_services", "performance"
I, E = "income", "expenditure"
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"
FUNDS = ("gp", "gf", "sc", "sa", "biz", "op", "up", "af", "oth", "co")
FISCAL = ("gp", "gf", "sc")
UNIT_FUNDS = ("biz", "op", "up", "af", "oth")
FUND_NAME = {
    "gp": "一般公共预算拨款",
    "gf": "政府性基金预算拨款",
    "sc": "国有资本经营预算拨款",
    "sa": "财政专户管理资金",
    "biz": "事业收入",
    "op": "事业单位经营收入",
    "up": "上级补助收入",
    "af": "附属单位上缴收入",
    "oth": "其他收入",
    "co": "上年结转结余",
}
CN = "一二三四五六七八九十"

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013804": "市场主体管理",
    "2013812": "药品事务",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "20199": "其他一般公共服务支出",
    "2019999": "其他一般公共服务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20503": "职业教育",
    "2050302": "中等职业教育",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "2080299": "其他民政管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出",
    "2120802": "土地开发支出",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "2200150": "事业运行",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "223": "国有资本经营预算支出",
    "22301": "解决历史遗留问题及改革成本支出",
    "2230105": "国有企业退休人员社会化管理补助支出",
    "22302": "国有企业资本金注入",
    "2230201": "国有经济结构调整支出",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
}
ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
PERSONNEL = ("301", "303")


def d(s) -> D:
    return D(str(s).replace(",", ""))


def fmt(x: D, zero: str = "") -> str:
    if x == 0:
        return zero
    return f"{x:,.2f}"


def wan(x: D, unit: str) -> str:
    """A figure of the tables' unit as the 说明 prints it in 万元."""
    v = x / 10000 if unit == "元" else x
    return f"{v.quantize(D('0.01'), ROUND_HALF_UP):,.2f}"


@dataclass
class Col:
    head: tuple  # header path: ("合计",) or ("单位资金", "事业收入")
    kind: str  # "code" | "name" | "text" | "money"
    key: str | None = None  # the expected column key of a money column (None: must not load)
    width: float = 0  # PDF width in points (0: from the text)
    wrap: int = 0  # wrap the cell's text at this many characters (text/name columns)


@dataclass
class Tab:
    key: str | None  # the expected table key (None: a table of no money kind)
    title: str
    unit: str
    cols: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # lists of printed cell strings
    # how a row is expected: [(code col, label col, money cols, subject-name col)] (several for two-sided)
    segs: list = field(default_factory=list)
    label: str | None = None
    empty: tuple | None = None  # (style, text): "text" header + statement, "zero" header + 合计 0.00 + note,
    # "header_note" header + note below, "next_page" header, the note on the next page, "only" statement only
    notes: list = field(default_factory=list)
    kind: str = "plain"  # "plain" | "two" | "econ" | "perf" | "coded"
    prefix: str = ""  # the year and unit printed before the title
    landscape: bool = False


def tree_codes(leaves):
    codes = set()
    for c in leaves:
        codes |= {c[:3], c[:5], c}
    return sorted(codes)


class Money:
    """The report's money by functional 项, fund and kind (pe, pu, p)."""

    def __init__(self, doc):
        self.doc = doc
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            code, *parts = line.split()
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in parts)}
        for pr in doc["projects"]:
            code, funds = pr[3], pr[4]
            for f, a in funds.items():
                leaf = self.leaf.setdefault(code, {})
                leaf[f + "_p"] = leaf.get(f + "_p", Z) + d(a)
        for c in self.leaf:
            assert c in FUNC and c[:5] in FUNC and c[:3] in FUNC, c
            for k in self.leaf[c]:
                f, kind = k.split("_")
                assert f in FUNDS and kind in ("pe", "pu", "p"), k

    def t(self, funds=FUNDS, kinds=("pe", "pu", "p"), code=""):
        if isinstance(funds, str):
            funds = (funds,)
        if isinstance(kinds, str):
            kinds = (kinds,)
        return sum(
            (
                v
                for c, p in self.leaf.items()
                if c.startswith(code)
                for k, v in p.items()
                if k.split("_")[0] in funds and k.split("_")[1] in kinds
            ),
            Z,
        )

    def codes(self, funds=FUNDS):
        return [c for c in tree_codes(self.leaf) if self.t(funds, code=c) != 0]

    def classes(self, funds=FUNDS):
        return [c for c in self.codes(funds) if len(c) == 3]


def econ_full(doc, m):
    e = {k: d(v) for k, v in doc["econ"].items()}
    pe = m.t("gp", "pe")
    pu = m.t("gp", "pu")
    e["30101"] = pe - sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
    e["30201"] = pu - sum((v for k, v in e.items() if k[:3] not in PERSONNEL), Z)
    assert e["30101"] > 0 and e["30201"] > 0, (doc["org"], e["30101"], e["30201"])
    return e


def money_cols(heads_keys):
    return [Col(h if isinstance(h, tuple) else (h,), "money", k) for h, k in heads_keys]


def coded_table(
    key, title, unit, m, cols, value_fn, doc, codes=None, total_label="合计", code_head="科目编码"
):
    """A table by functional code: 科目编码 | 科目名称 | money columns; value_fn(code) -> [D per column]."""
    z = doc["style"].get("zero", "")
    codes = codes if codes is not None else m.codes()
    tcols = [Col(("科目编码",) if code_head else ("科目",), "code"), Col(("科目名称",), "name")] + cols
    if not code_head:
        tcols = [Col(("功能分类科目编码",), "code"), Col(("功能分类科目名称",), "name")] + cols
    rows = [["", total_label] + [fmt(v, z) for v in value_fn("")]]
    rows += [[c, FUNC[c]] + [fmt(v, z) for v in value_fn(c)] for c in codes]
    n = len(tcols)
    return Tab(key, title, unit, tcols, rows, segs=[(0, 1, list(range(2, n)), None)], kind="coded")


def two_sided(left, right, n_right):
    rows = []
    for i in range(max(len(left), len(right))):
        ll, lv = left[i] if i < len(left) else ("", "")
        rl, rv = right[i] if i < len(right) else ("", [""] * n_right)
        rows.append([ll, lv, rl, *rv])
    return rows


def build(doc):
    m = Money(doc)
    st = doc["style"]
    u, _y, _org = doc["unit"], doc["year"], doc["org"]
    z = st.get("zero", "")
    tabs = []

    def f(x):
        return fmt(x, z)

    # ---- 部门收支总表 (2024+ template: 单位资金 with its parts as rows)
    left = [
        ("一、一般公共预算拨款收入", f(m.t("gp"))),
        ("二、政府性基金预算拨款收入", f(m.t("gf"))),
        ("三、国有资本经营预算拨款收入", f(m.t("sc"))),
        ("四、财政专户管理资金收入", f(m.t("sa"))),
        ("五、单位资金", f(m.t(UNIT_FUNDS))),
        ("（一）事业收入", f(m.t("biz"))),
        ("（二）事业单位经营收入", f(m.t("op"))),
        ("（三）上级补助收入", f(m.t("up"))),
        ("（四）附属单位上缴收入", f(m.t("af"))),
        ("（五）其他收入", f(m.t("oth"))),
    ]
    this_year = tuple(x for x in FUNDS if x != "co")
    right = [(f"{CN[i]}、{FUNC[c]}", [f(m.t(code=c))]) for i, c in enumerate(m.classes())]
    rows = two_sided(left, right, 1)
    rows += [
        ["本年收入合计", f(m.t(this_year)), "本年支出合计", f(m.t())],
        ["上年结转结余", f(m.t("co")), "结转下年", f(Z)],
        ["收入总计", f(m.t()), "支出总计", f(m.t())],
    ]
    cols = [
        Col(("收入", "项目"), "name"),
        Col(("收入", "预算数"), "money", I),
        Col(("支出", "项目"), "name"),
        Col(("支出", "预算数"), "money", E),
    ]
    tabs.append(
        Tab(IS, "部门收支总表", u, cols, rows, segs=[(None, 0, [1], None), (None, 2, [3], None)], kind="two")
    )

    # ---- 部门收入总表
    inc = [("合计", "total", FUNDS), ("上年结转结余", "carryover_begin", "co")]
    inc += [
        (FUND_NAME[x] + ("收入" if x in FISCAL + ("sa",) else ""), k, x)
        for x, k in (
            ("gp", "general_public"),
            ("gf", "government_fund"),
            ("sc", "state_capital"),
            ("sa", "fiscal_special_account"),
        )
    ]
    if st.get("unit_funds_one"):
        inc.append(("单位资金", "unit_funds", UNIT_FUNDS))
    else:
        inc += [
            (("单位资金", FUND_NAME[x]), k, x)
            for x, k in (
                ("biz", "business"),
                ("op", "operating_income"),
                ("up", "upper_grant"),
                ("af", "affiliated_remit"),
                ("oth", "other_income"),
            )
        ]
    cols = [Col(h if isinstance(h, tuple) else (h,), "money", k) for h, k, _f in inc]
    t = coded_table(INC, "部门收入总表", u, m, cols, lambda c: [m.t(fl, code=c) for _h, _k, fl in inc], doc)
    t.landscape = True
    tabs.append(t)

    # ---- 部门支出总表
    if st.get("exp_split"):
        ex = [
            (("合计",), "total", ("pe", "pu", "p")),
            (("基本支出", "人员经费"), "personnel", "pe"),
            (("基本支出", "公用经费"), "public_funds", "pu"),
            (("项目支出",), "project", "p"),
        ]
    else:
        ex = [
            (("合计",), "total", ("pe", "pu", "p")),
            (("基本支出",), "basic", ("pe", "pu")),
            (("项目支出",), "project", "p"),
        ]
    cols = [Col(h, "money", k) for h, k, _ in ex]
    tabs.append(
        coded_table(EXP, "部门支出总表", u, m, cols, lambda c: [m.t(FUNDS, kk, c) for _h, _k, kk in ex], doc)
    )

    # ---- 财政拨款收支总表
    def four(c=""):
        return [f(m.t(FISCAL, code=c)), f(m.t("gp", code=c)), f(m.t("gf", code=c)), f(m.t("sc", code=c))]

    left = [
        ("一、一般公共预算拨款收入", f(m.t("gp"))),
        ("二、政府性基金预算拨款收入", f(m.t("gf"))),
        ("三、国有资本经营预算拨款收入", f(m.t("sc"))),
    ]
    right = [(f"{CN[i]}、{FUNC[c]}", four(c)) for i, c in enumerate(m.classes(FISCAL))]
    rows = two_sided(left, right, 4)
    rows += [
        ["本年收入合计", f(m.t(FISCAL)), "本年支出合计", *four()],
        ["上年结转", f(Z), "结转下年", f(Z), f(Z), f(Z), f(Z)],
        ["收入总计", f(m.t(FISCAL)), "支出总计", *four()],
    ]
    cols = [
        Col(("收入", "项目"), "name"),
        Col(("收入", "预算数"), "money", I),
        Col(("支出", "项目"), "name"),
        Col(("支出", "合计"), "money", E),
        Col(("支出", "一般公共预算"), "money", EGP),
        Col(("支出", "政府性基金预算"), "money", EGF),
        Col(("支出", "国有资本经营预算"), "money", ESC),
    ]
    tabs.append(
        Tab(
            FS,
            "财政拨款收支总表",
            u,
            cols,
            rows,
            segs=[(None, 0, [1], None), (None, 2, [3, 4, 5, 6], None)],
            kind="two",
            landscape=True,
        )
    )

    # ---- 一般公共预算支出表
    if st.get("gb_split"):
        gx = [
            (("合计",), "total", ("pe", "pu", "p")),
            (("基本支出", "人员经费"), "personnel", "pe"),
            (("基本支出", "公用经费"), "public_funds", "pu"),
            (("项目支出",), "project", "p"),
        ]
    else:
        gx = [
            (("合计",), "total", ("pe", "pu", "p")),
            (("基本支出",), "basic", ("pe", "pu")),
            (("项目支出",), "project", "p"),
        ]
    cols = [Col(h, "money", k) for h, k, _ in gx]
    tabs.append(
        coded_table(
            GB,
            "一般公共预算支出表",
            u,
            m,
            cols,
            lambda c: [m.t("gp", kk, c) for _h, _k, kk in gx],
            doc,
            codes=m.codes("gp"),
        )
    )

    # ---- 一般公共预算基本支出表 (部门经济分类)
    e = econ_full(doc, m)
    ecodes = sorted(set(e) | {k[:3] for k in e})

    def ev(c=""):
        tot = sum((v for k, v in e.items() if k.startswith(c)), Z)
        p = sum((v for k, v in e.items() if k.startswith(c) and k[:3] in PERSONNEL), Z)
        return [f(tot), f(p), f(tot - p)]

    rows = [["", "合计", *ev()]] + [[c, ECON[c], *ev(c)] for c in ecodes]
    cols = [
        Col(("部门经济分类科目编码",), "code"),
        Col(("部门经济分类科目名称",), "name"),
        Col(("合计",), "money", "total"),
        Col(("人员经费",), "money", "personnel"),
        Col(("公用经费",), "money", "public_funds"),
    ]
    tabs.append(Tab(EB, "一般公共预算基本支出表", u, cols, rows, segs=[(0, 1, [2, 3, 4], None)], kind="econ"))

    # ---- 三公
    o, pu_, op_, r = (d(x) for x in doc["sangong"])
    sv = [o + pu_ + op_ + r, o, pu_ + op_, pu_, op_, r]
    cols = [
        Col(("合计",), "money", "total"),
        Col(("因公出国（境）费",), "money", "outbound"),
        Col(("公务用车购置及运行费", "小计"), "money", "vehicle"),
        Col(("公务用车购置及运行费", "公务用车购置费"), "money", "vehicle_purchase"),
        Col(("公务用车购置及运行费", "公务用车运行费"), "money", "vehicle_operation"),
        Col(("公务接待费",), "money", "reception"),
    ]
    tabs.append(
        Tab(
            SG,
            "一般公共预算“三公”经费支出表",
            u,
            cols,
            [[fmt(x, "0.00") for x in sv]],
            segs=[(None, None, list(range(6)), None)],
            kind="sangong",
        )
    )

    # ---- fund tables by function: 政府性基金, 国有资本经营, 财政专户管理资金
    def fund_table(key, title, fund):
        cols = [
            Col(("合计",), "money", "total"),
            Col(("基本支出",), "money", "basic"),
            Col(("项目支出",), "money", "project"),
        ]
        if m.t(fund) == 0:
            t = Tab(
                key, title, u, [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + cols, [], segs=[]
            )
            t.empty = doc["empty"][key]
            if t.empty[0] == "zero":
                t.rows = [["", "合计", "0.00", "0.00", "0.00"]]
            return t
        return coded_table(
            key,
            title,
            u,
            m,
            cols,
            lambda c: [m.t(fund, code=c), m.t(fund, ("pe", "pu"), c), m.t(fund, "p", c)],
            doc,
            codes=m.codes(fund),
        )

    tabs.append(fund_table(GF, doc.get("gf_title", "政府性基金预算支出表"), "gf"))
    tabs.append(fund_table(SC, doc.get("sc_title", "国有资本经营预算支出表"), "sc"))
    if m.t("sa") or FSA in doc["empty"]:
        tabs.append(fund_table(FSA, doc.get("sa_title", "财政专户管理资金预算表"), "sa"))

    # ---- 部门项目支出预算表: text columns beside the money
    pfunds = [x for x in ("gp", "gf", "sc", "sa") if any(x in p[4] for p in doc["projects"])]
    ufunds = any(x in p[4] for p in doc["projects"] for x in UNIT_FUNDS + ("co",))
    pt = st.get("proj_text", ("项目类别", "项目名称", "单位名称"))
    cols = []
    for h in pt:
        cols.append(
            Col(
                (h,),
                "name" if h == "项目名称" else ("code" if h == "功能科目编码" else "text"),
                wrap=st.get("proj_wrap", 0) if h == "项目名称" else 0,
            )
        )
    nmoney0 = len(cols)
    cols.append(Col(("合计",), "money", "total"))
    pkeys = {
        "gp": "general_public",
        "gf": "government_fund",
        "sc": "state_capital",
        "sa": "fiscal_special_account",
    }
    for x in pfunds:
        cols.append(Col((FUND_NAME[x],), "money", pkeys[x]))
    if ufunds:
        cols.append(Col(("单位资金",), "money", "unit_funds"))
    if st.get("proj_procure", True):
        cols.append(Col(("是否政府采购",), "text"))

    def pvals(funds):
        out = [sum((d(a) for a in funds.values()), Z)] + [d(funds.get(x, 0)) for x in pfunds]
        if ufunds:
            out.append(sum((d(a) for k, a in funds.items() if k in UNIT_FUNDS + ("co",)), Z))
        return out

    allv = [pvals(p[4]) for p in doc["projects"]]
    tot = [sum(col, Z) for col in zip(*allv)]
    rows = []
    name_i = pt.index("项目名称")
    code_i = pt.index("功能科目编码") if "功能科目编码" in pt else None
    for p, vals in zip(doc["projects"], allv):
        cat, name, unit_, code, _funds, proc = p[:6]
        texts = {
            "项目类别": cat,
            "项目名称": name,
            "单位名称": unit_,
            "项目单位": unit_,
            "功能科目编码": code,
            "项目编码": p[6] if len(p) > 6 else "",
            "功能科目名称": FUNC[code],
        }
        row = [texts[h] for h in pt] + [f(v) for v in vals]
        if st.get("proj_procure", True):
            row.append(proc)
        rows.append(row)
    total_row = [""] * len(pt)
    total_row[0] = "合计"
    total_row += [f(v) for v in tot] + ([""] if st.get("proj_procure", True) else [])
    rows = [total_row] + rows if st.get("proj_total_first", True) else rows + [total_row]
    mon = list(range(nmoney0, nmoney0 + len(tot)))
    t = Tab(
        PROJ,
        doc.get("proj_title", "部门项目支出预算表"),
        u,
        cols,
        rows,
        segs=[(code_i, name_i, mon, None)],
        kind="proj",
        landscape=True,
    )
    t.total_label_col = 0
    tabs.append(t)

    # ---- 政府采购预算表 (品目: 货物 / 工程 / 服务 over their items)
    prc = doc["procurement"]
    rows = []
    total = sum((d(a) for _c, items in prc for *_x, a in items), Z)
    rows.append(["合计", "", "", "", f(total)])
    for i, (cat, items) in enumerate(prc):
        s = sum((d(a) for *_x, a in items), Z)
        rows.append([f"{CN[i]}、{cat}", "", "", "", fmt(s, "0.00")])
        for item, pm, qty, a in items:
            rows.append([item, pm, qty, "", f(d(a))])
    cols = [
        Col(("采购项目",), "name", wrap=st.get("proc_wrap", 0)),
        Col(("采购品目",), "text"),
        Col(("数量",), "text"),
        Col(("采购方式",), "text"),
        Col(("预算金额",), "money", "total"),
    ]
    for r in rows[1:]:
        if r[0][1:2] != "、":
            r[3] = "公开招标" if d(r[4]) >= 100 * (10000 if u == "元" else 1) else "询价"
    t = Tab(PR, doc.get("proc_title", "政府采购预算表"), u, cols, rows, kind="procurement")
    t.cat_rows = [0] + [i for i, r in enumerate(rows) if r[0][1:2] == "、"]
    tabs.append(t)

    # ---- 政府购买服务预算表 (figures kept as text by the parser's design: none expected)
    if doc.get("services"):
        rows = [["合计", "", "", f(sum((d(a) for *_x, a in doc["services"]), Z))]]
        rows += [[p, cat, content, f(d(a))] for p, cat, content, a in doc["services"]]
        cols = [
            Col(("项目名称",), "name", wrap=14),
            Col(("购买服务目录",), "text", wrap=10),
            Col(("购买服务内容",), "text", wrap=16),
            Col(("金额",), "money", None),
        ]
        tabs.append(
            Tab(PS, doc.get("ps_title", "政府购买服务预算表"), u, cols, rows, kind="ps", landscape=True)
        )

    # ---- 绩效目标表 (texts; no figure may be loaded)
    marks = {"{total_w}": wan(m.t(), u), "{fiscal_w}": wan(m.t(FISCAL), u)}
    for title, rows in doc["perf"]:
        rows = [[marks.get(x, x) for x in r] for r in rows]
        cols = [
            Col(("一级指标",), "text"),
            Col(("二级指标",), "text"),
            Col(("三级指标",), "text", wrap=16),
            Col(("指标值",), "text"),
        ]
        t = Tab(PERF, title, u, cols, rows, kind="perf")
        tabs.append(t)
    # keys as the parser numbers a second table of a kind
    seen = {}
    for t in tabs:
        if t.key:
            seen[t.key] = seen.get(t.key, 0) + 1
            if seen[t.key] > 1:
                t.key = f"{t.key}_{seen[t.key]}"
    return m, e, tabs


# ------------------------------------------------------------------------------------------ expectations
def want(s):
    if not s:
        return None
    if s.replace(",", "") in ("0", "0.00", "-"):
        return "0.00?"
    return s


def expectations(tabs):
    specs = []
    for t in tabs:
        if t.key is None or t.key.startswith((PERF, PS)):
            continue
        rows = []
        if t.empty:
            if t.empty[0] == "zero":
                rows.append((None, "合计", {c.key: "0.00?" for c in t.cols if c.kind == "money"}))
            specs.append(dict(table=t.key, unit=t.unit, rows=rows))
            continue
        if t.kind == "sangong":
            rows.append((None, "*", {c.key: want(v) for c, v in zip(t.cols, t.rows[0]) if want(v)}))
        elif t.kind == "procurement":
            for i in t.cat_rows:
                r = t.rows[i]
                rows.append((None, r[0], {"total": want(r[4])}))
        else:
            for r in t.rows:
                for code_i, name_i, mon, sname_i in t.segs:
                    name = r[name_i]
                    if not name:
                        if t.kind == "proj" and r[0] == "合计":
                            name = "合计"
                        else:
                            continue
                    code = r[code_i] if code_i is not None and r[code_i] and name != "合计" else None
                    cols = {t.cols[j].key: want(r[j]) for j in mon if t.cols[j].key and want(r[j])}
                    if t.kind == "proj" and r[0] == "合计":
                        cols = {t.cols[j].key: want(r[j]) for j in mon if want(r[j])}
                    if cols:
                        rows.append((code, name, cols))
        specs.append(dict(table=t.key, unit=t.unit, rows=rows))
    specs.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return specs


def not_loaded(tabs):
    out = []
    for t in tabs:
        if t.key and t.key.startswith(PERF):
            vals = [r[3] for r in t.rows if any(ch.isdigit() for ch in r[3])]
            out.append(f"{t.title}: {' '.join(vals[:8])}")
        elif t.key and t.key.startswith(PS):
            out.append(f"{t.title}: {' '.join(r[3] for r in t.rows[:4])} …")
        elif t.kind == "procurement":
            out.append(
                f"{t.title} items: {' '.join(r[4] for i, r in enumerate(t.rows) if i not in t.cat_rows)}"
            )
        elif t.kind == "proj":
            for j, c in enumerate(t.cols):
                if c.head[0] == "项目编码":
                    out.append(f"{t.title} 项目编码: {t.rows[1][j]} …")
    return " | ".join(out)


# ------------------------------------------------------------------------------------------ identities
def identities(name, doc, m, e, tabs):
    """Re-add every printed table from its printed strings."""
    by = {t.key: t for t in tabs}

    def v(s):
        return d(s) if s not in ("", "-") else Z

    def col_of(t, key):
        return next(j for j, c in enumerate(t.cols) if c.key == key)

    for t in tabs:
        if t.empty or t.kind in ("perf", "sangong"):
            continue
        if t.kind in ("coded", "econ"):
            body = t.rows[1:]
            codes = {r[0]: r for r in body}
            for j, c in enumerate(t.cols):
                if c.kind != "money":
                    continue
                tops = [r for r in body if len(r[0]) == 3]
                assert sum((v(r[j]) for r in tops), Z) == v(t.rows[0][j]), (name, t.title, c.head)
                for code, r in codes.items():
                    kids = [
                        x
                        for k, x in codes.items()
                        if k != code and k.startswith(code) and len(k) == len(code) + 2
                    ]
                    if kids:
                        assert sum((v(x[j]) for x in kids), Z) == v(r[j]), (name, t.title, code, c.head)
            mons = [j for j, c in enumerate(t.cols) if c.kind == "money"]
            for r in t.rows:
                keys = {t.cols[j].key: v(r[j]) for j in mons}
                if t.key == INC:
                    assert keys["total"] == sum((x for k, x in keys.items() if k != "total"), Z), (name, r)
                elif t.kind == "econ":
                    assert keys["total"] == keys["personnel"] + keys["public_funds"], (name, r)
                else:
                    assert keys["total"] == sum((x for k, x in keys.items() if k != "total"), Z), (
                        name,
                        t.title,
                        r,
                    )
        if t.kind == "two":
            left = [v(r[1]) for r in t.rows if r[0][:2] in [c + "、" for c in CN]]
            ly = next(r for r in t.rows if r[0] == "本年收入合计")
            assert sum(left, Z) == v(ly[1]), (name, t.title)
            if t.key == IS:
                parts = [v(r[1]) for r in t.rows if r[0].startswith("（")]
                unit_funds = next(r for r in t.rows if r[0] == "五、单位资金")
                assert sum(parts, Z) == v(unit_funds[1]), name
            right = [r for r in t.rows if r[2][:2] in [c + "、" for c in CN]]
            ry = next(r for r in t.rows if r[2] == "本年支出合计")
            for j in range(3, len(t.cols)):
                assert sum((v(r[j]) for r in right), Z) == v(ry[j]), (name, t.title, j)
            for r in t.rows:
                if len(t.cols) > 4 and r[2]:
                    assert v(r[3]) == sum((v(x) for x in r[4:]), Z), (name, r)
            gi = next(r for r in t.rows if r[0] == "收入总计")
            co = next(r for r in t.rows if r[0].startswith("上年结转"))
            assert v(gi[1]) == v(ly[1]) + v(co[1]) == v(gi[3]), (name, t.title)
        if t.kind == "proj":
            mons = [j for j, c in enumerate(t.cols) if c.kind == "money"]
            body = [r for r in t.rows if r[0] != "合计"]
            tr = next(r for r in t.rows if r[0] == "合计")
            for j in mons:
                assert sum((v(r[j]) for r in body), Z) == v(tr[j]), (name, "proj col", j)
            for r in t.rows:
                assert v(r[mons[0]]) == sum((v(r[j]) for j in mons[1:]), Z), (name, r)
        if t.kind == "procurement":
            cats = [t.rows[i] for i in t.cat_rows[1:]]
            assert sum((v(r[4]) for r in cats), Z) == v(t.rows[0][4]), name
            for a, b in zip(t.cat_rows[1:], t.cat_rows[2:] + [len(t.rows)]):
                assert sum((v(r[4]) for r in t.rows[a + 1 : b]), Z) == v(t.rows[a][4]), (name, t.rows[a][0])

    # across tables
    def tot(t, key):
        row = next((r for r in t.rows if r[0] == "合计"), t.rows[0])
        return v(row[col_of(t, key)])

    isr = {r[2]: r for r in by[IS].rows if r[2]}
    assert v(isr["本年支出合计"][3]) == tot(by[EXP], "total") == tot(by[INC], "total"), name
    fsr = {r[2]: r for r in by[FS].rows if r[2]}
    gbt = tot(by[GB], "total")
    assert v(fsr["本年支出合计"][4]) == gbt, name
    eb = by[EB]
    assert tot(eb, "total") == gbt - tot(by[GB], "project"), name
    if PROJ in by:
        assert tot(by[PROJ], "total") == tot(by[EXP], "project"), name
    for key, fund in ((GF, "gf"), (SC, "sc"), (FSA, "sa")):
        if key in by and not by[key].empty:
            assert tot(by[key], "total") == m.t(fund), name
            by_class = {r[0]: v(r[2]) for r in by[key].rows if len(r[0]) == 3}
            if key != FSA:
                j = {GF: 5, SC: 6}[key]
                for r in by[FS].rows:
                    if r[2][:2] in [c + "、" for c in CN]:
                        c = next(k for k in FUNC if len(k) == 3 and FUNC[k] == r[2][2:])
                        assert by_class.get(c, Z) == v(r[j]), (name, key, c)
    sg = by[SG].rows[0]
    s = [v(x) for x in sg]
    assert s[0] == s[1] + s[2] + s[5] and s[2] == s[3] + s[4], name


# ------------------------------------------------------------------------------------------ narrative
def narrative(doc, m, e, tabs):
    """The 说明: [(text, is_heading)] and its claims [(kind, code, {figure: value in 万元 as printed})]."""
    y, org, u = doc["year"], doc["org"], doc["unit"]

    def W(x):  # noqa: N802
        return wan(x, u)

    def n(x):
        return W(x).replace(",", "")

    out, claims = [], []
    out.append((f"第一部分 {org}概况", True))
    out.append(("一、主要职能", True))
    out.append((doc["duty"], False))
    out.append(("二、部门预算单位构成", True))
    out.append((f"纳入{org}{y}年部门预算编制范围的单位共{doc.get('units', 1)}个，其中：行政单位1个。", False))
    out.append((f"第二部分 {org}{y}年部门预算情况说明", True))
    out.append(("一、收支预算总体情况", True))
    tot = m.t()
    parts = "，".join(
        f"{FUND_NAME[x]}{'收入' if x in FISCAL + ('sa',) else ''}{W(m.t(x))}万元" for x in FUNDS if m.t(x)
    )
    out.append(
        (
            f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(tot)}万元。收入包括{parts}。",
            False,
        )
    )
    claims.append(("total_income_expenditure", None, {"amount": n(tot)}))
    out.append(("二、财政拨款收支预算总体情况", True))
    fis = m.t(FISCAL)
    out.append((f"{y}年财政拨款收支总预算{W(fis)}万元，其中一般公共预算拨款{W(m.t('gp'))}万元。", False))
    claims.append(("fiscal_total_income_expenditure", None, {"amount": n(fis)}))
    out.append(("三、一般公共预算支出情况", True))
    out.append(
        (
            f"{y}年一般公共预算支出{W(m.t('gp'))}万元，其中：基本支出{W(m.t('gp', ('pe', 'pu')))}万元，项目支出"
            f"{W(m.t('gp', 'p'))}万元。",
            False,
        )
    )
    out.append(("四、一般公共预算基本支出情况", True))
    pe = sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
    out.append(
        (
            f"{y}年一般公共预算基本支出{W(m.t('gp', ('pe', 'pu')))}万元，其中：人员经费{W(pe)}万元，主要包括基本工资、津贴补贴、"
            f"奖金、绩效工资、社会保障缴费、住房公积金等；公用经费{W(m.t('gp', ('pe', 'pu')) - pe)}万元，主要包括办公费、水电费、"
            "差旅费、维修（护）费、工会经费、福利费等。",
            False,
        )
    )
    o, pu_, op_, r = (d(x) for x in doc["sangong"])
    out.append(("五、“三公”经费预算情况", True))
    out.append(
        (
            f"{y}年“三公”经费预算{W(o + pu_ + op_ + r)}万元，其中：因公出国（境）费{W(o)}万元，公务用车购置及运行费"
            f"{W(pu_ + op_)}万元（其中公务用车购置费{W(pu_)}万元，公务用车运行费{W(op_)}万元），公务接待费{W(r)}万元。",
            False,
        )
    )
    out.append(("六、政府性基金预算和国有资本经营预算支出情况", True))
    if m.t("gf"):
        out.append((f"{y}年政府性基金预算拨款支出{W(m.t('gf'))}万元，全部为项目支出。", False))
    else:
        out.append((f"本部门{y}年无政府性基金预算拨款安排的支出。", False))
    if m.t("sc"):
        out.append((f"{y}年国有资本经营预算拨款支出{W(m.t('sc'))}万元。", False))
    else:
        out.append((f"本部门{y}年无国有资本经营预算拨款安排的支出。", False))
    if m.t("sa"):
        out.append(("七、财政专户管理资金预算情况", True))
        out.append(
            (
                f"{y}年财政专户管理资金安排支出{W(m.t('sa'))}万元，主要为纳入财政专户管理的学费、保育教育费等收入安排的支出。",
                False,
            )
        )
    out.append(("八、其他重要事项的情况说明", True))
    ops = sum((p.get("gp_pu", Z) for c, p in m.leaf.items() if FUNC[c] == "行政运行"), Z)
    out.append(
        (
            f"（一）机关运行经费：{y}年本部门机关运行经费预算{W(ops)}万元，主要保障机关日常办公、水电、邮电、差旅等支出。",
            False,
        )
    )
    claims.append(("operating_costs", None, {"amount": n(ops)}))
    proc = sum((d(a) for _c, items in doc["procurement"] for *_x, a in items), Z)
    cats = "，".join(
        f"政府采购{c}预算{W(sum((d(a) for *_x, a in items), Z))}万元" for c, items in doc["procurement"]
    )
    out.append((f"（二）政府采购情况：{y}年本部门政府采购预算总额{W(proc)}万元，其中：{cats}。", False))
    claims.append(("procurement_total", None, {"amount": n(proc)}))
    if doc.get("services"):
        sum((d(a) for *_x, a in doc["services"]), Z)
        out.append(
            (f"（三）政府购买服务情况：{y}年本部门安排政府购买服务项目{len(doc['services'])}个。", False)
        )
    out.append(
        (f"（四）国有资产占有使用情况：截至{y - 1}年12月31日，本部门共有车辆{doc.get('cars', 2)}辆。", False)
    )
    out.append(("（五）预算绩效管理情况：本部门全部项目均编制了绩效目标，绩效目标表见公开表格。", False))
    out.append((f"第三部分 {org}{y}年部门预算公开表", True))
    out.append(("第四部分 名词解释", True))
    out.append(
        (
            "一、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。",
            False,
        )
    )
    out.append(("二、财政专户管理资金收入：指缴入财政专户、实行专项管理的教育收费等资金。", False))
    out.append(
        (
            "三、单位资金：指除财政拨款收入和财政专户管理资金以外的收入，包括事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入和其他收入。",
            False,
        )
    )
    out.append(("四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False))
    out.append(("五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False))
    out.append(
        (
            "六、“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
            False,
        )
    )
    out.append(
        (
            "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项公用经费。",
            False,
        )
    )
    return out, claims
