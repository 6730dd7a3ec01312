"""Build the rules_s33f reports' tables from the figures typed in rules_s33f_data.py, read the expectations off
the printed strings, and re-add every printed table (identities) so a typo fails at import.

Typed per report: functional 项 leaves "code key=value …" (gp_b / gp_p 一般公共预算 basic / project, gf_p 政府性
基金 project, biz_b 事业收入 basic, oth_b 其他收入 basic, co_p 上年结转 project (budgets)), the 一般公共预算 basic
by economic 款, the 三公 (出国, 购置, 运行, 接待; a final's 年初预算 too), and the print style: how a zero is printed
in each family of tables ("0.00", "0", "-", "—", "无" or blank ""), whether the summary lists every 类 of the
template (zeros included) or only the unit's own, and how each empty table is printed:
  ("header",)            the header and nothing under it;
  ("zero", z)            the header and a 合计 row printing z in every money cell ("0.00", "-", "—", "无", "");
  ("inside", text)       the header, then the statement as a row of the table;
  ("title", text)        the statement right under the title, no header, no unit line;
  ("omit", None)         no table at all (the 说明 says why);
each with an optional note printed under it ("注：…")."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0")

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120199": "其他城乡社区管理事务支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130104": "事业运行",
    "2130135": "农业资源保护修复与利用",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
}
# 2019: 款 20805 was 行政事业单位离退休 (it became 行政事业单位养老支出 in 2020)
FUNC_2019 = dict(FUNC, **{"20805": "行政事业单位离退休"})

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30211": "差旅费",
    "30228": "工会经费",
    "30229": "福利费",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
}
PERSONNEL = ("301", "303")

# the 类 a summary lists when it prints the template's every one (zeros included)
ALL_CLASSES = [
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
    ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("224", "灾害防治及应急管理支出"),
    ("227", "预备费"),
    ("229", "其他支出"),
]
CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    n = i + 1
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def d(s) -> D:
    return D(str(s).replace(",", ""))


def fmt(x: D, zero: str = "") -> str:
    return zero if x == 0 else f"{x:,.2f}"


def wan(x: D, unit: str) -> str:
    """A figure of the tables' unit as the 说明 prints it in 万元."""
    v = x / 10000 if unit == "元" else x
    return f"{v.quantize(D('0.01'), ROUND_HALF_UP):,.2f}"


def want(s):
    """A printed cell's expectation: None for a blank, 'x?' for a zero printed (0.00, 0, -, —, 无)."""
    if not s:
        return None
    if s in ("-", "—", "无"):
        return "0.00?"
    return s + "?" if d(s) == 0 else s


def val(s) -> D:
    return Z if s in ("", "-", "—", "无") else d(s)


@dataclass
class Col:
    head: tuple  # header path
    kind: str  # "code" | "name" | "money" | "rowno"
    key: str | None = None  # the column key of a money column


@dataclass
class Tab:
    key: str
    title: str
    unit: str
    cols: list
    rows: list  # printed cells per row
    kind: str = "coded"  # "coded" | "two" | "sangong" | "labelled"
    empty: tuple | None = None
    note: str = ""
    landscape: bool = False
    exp_rows: list = field(default_factory=list)  # (code, label, {col: value}) for "two"


class Money:
    """The typed leaves: {code: {key: D}}."""

    def __init__(self, leaves: str):
        self.leaf = {}
        for line in leaves.strip().splitlines():
            code, *pairs = line.split()
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in pairs)}

    def t(self, keys, code=""):
        keys = (keys,) if isinstance(keys, str) else keys
        return sum((v.get(k, Z) for c, v in self.leaf.items() if c.startswith(code) for k in keys), Z)

    def codes(self, keys):
        keys = (keys,) if isinstance(keys, str) else keys
        out = set()
        for c, v in self.leaf.items():
            if any(v.get(k, Z) for k in keys):
                out |= {c[:3], c[:5], c}
        return sorted(out)


BASIC = ("gp_b", "biz_b", "oth_b")
PROJECT = ("gp_p", "gf_p", "co_p")
ALL = BASIC + PROJECT
GP = ("gp_b", "gp_p")


def coded(key, title, unit, names, codes, cols, fn, zero, total_first=True):
    """A table by functional (or economic) code: 合计 then 类/款/项 rows; fn(code) -> values per money column."""
    head = [Col(("科目编码",), "code"), Col(("科目名称",), "name")]
    rows = [[c, names[c]] + [fmt(x, zero) for x in fn(c)] for c in codes]
    tot = ["", "合计"] + [fmt(x, zero) for x in fn("")]
    rows = [tot] + rows if total_first else rows + [tot]
    return Tab(key, title, unit, head + cols, rows)


def money_cols(*pairs):
    return [Col(h if isinstance(h, tuple) else (h,), "money", k) for h, k in pairs]


def build(doc):
    """Every table of the report as printed strings (Tab), and the figures the 说明 states (info)."""
    y, u, st = doc["year"], doc["unit"], doc["style"]
    final = doc["kind"] == "final_account"
    names = FUNC_2019 if y <= 2019 else FUNC
    m = Money(doc["leaves"])
    zf, zs, zg = st.get("zero_fn", ""), st.get("zero_sum", ""), st.get("zero_sg", "0.00")
    titles = doc["titles"]
    tabs = []
    spend = m.t(ALL)
    income = m.t(("gp_b", "gp_p", "gf_p", "biz_b", "oth_b"))
    carry = m.t("co_p")
    econ = {k: d(v) for k, v in doc["econ"].items()}
    basic_gp = m.t("gp_b")
    assert sum(econ.values(), Z) == basic_gp, (doc["org"], "econ = gp basic", sum(econ.values()), basic_gp)
    info = dict(m=m, spend=spend, income=income, carry=carry, grand=income + carry, econ=econ)

    def classes_rows(fiscal):
        """(label, values) per 类 of the summary's expenditure side."""
        keys = GP + ("gf_p",) if fiscal else ALL
        own = [c for c in m.codes(keys) if len(c) == 3]
        listed = ALL_CLASSES if st.get("classes") == "all" else [(c, names[c]) for c in own]
        return [(f"{cn(i)}、{n}", c) for i, (c, n) in enumerate(listed)]

    # ---- 1. 收支总表
    if final:
        inc_items = [
            ("一、一般公共预算财政拨款收入", m.t(GP)),
            ("二、政府性基金预算财政拨款收入", m.t("gf_p")),
            ("三、国有资本经营预算财政拨款收入", Z),
            ("四、上级补助收入", Z),
            ("五、事业收入", m.t("biz_b")),
            ("六、经营收入", Z),
            ("七、附属单位上缴收入", Z),
            ("八、其他收入", m.t("oth_b")),
        ]
        tail_l = [("本年收入合计", income), ("年初结转和结余", Z), ("总计", income)]
        tail_r = [("本年支出合计", spend), ("年末结转和结余", Z), ("总计", spend)]
    else:
        if y >= 2024:
            inc_items = [
                ("一、一般公共预算拨款收入", m.t(GP)),
                ("二、政府性基金预算拨款收入", m.t("gf_p")),
                ("三、国有资本经营预算拨款收入", Z),
                ("四、财政专户管理资金收入", Z),
                ("五、单位资金", m.t(("biz_b", "oth_b"))),
                ("（一）事业收入", m.t("biz_b")),
                ("（二）事业单位经营收入", Z),
                ("（三）上级补助收入", Z),
                ("（四）附属单位上缴收入", Z),
                ("（五）其他收入", m.t("oth_b")),
            ]
        else:
            inc_items = [
                ("一、一般公共预算拨款收入", m.t(GP)),
                ("二、政府性基金预算拨款收入", m.t("gf_p")),
                ("三、国有资本经营预算拨款收入", Z),
                ("四、事业收入", m.t("biz_b")),
                ("五、事业单位经营收入", Z),
                ("六、其他收入", m.t("oth_b")),
            ]
        tail_l = [("本年收入合计", income), ("上年结转", carry), ("收入总计", income + carry)]
        tail_r = [("本年支出合计", spend), ("结转下年", Z), ("支出总计", spend)]
    exp_items = [(lab, m.t(ALL, c)) for lab, c in classes_rows(False)]
    rowno = st.get("rowno", False) and final
    left = inc_items + [("", None)] * max(0, len(exp_items) - len(inc_items))
    right = exp_items + [("", None)] * max(0, len(inc_items) - len(exp_items))
    left, right = left + tail_l, right + tail_r
    phase_head = "决算数" if final else "预算数"
    if rowno:
        cols = [
            Col(("收入", "项目"), "name"),
            Col(("收入", "行次"), "rowno"),
            Col(("收入", "金额"), "money", "income"),
            Col(("支出", "项目"), "name"),
            Col(("支出", "行次"), "rowno"),
            Col(("支出", "金额"), "money", "expenditure"),
        ]
    else:
        cols = [
            Col(("收入", "项目"), "name"),
            Col(("收入", phase_head), "money", "income"),
            Col(("支出", "项目"), "name"),
            Col(("支出", phase_head), "money", "expenditure"),
        ]
    rows, exp = [], []
    for i, ((ll, lv), (rl, rv)) in enumerate(zip(left, right)):
        lz = fmt(lv, zs) if lv is not None else ""
        rz = fmt(rv, zs) if rv is not None else ""
        if rowno:
            rows.append([ll, str(i + 1) if ll else "", lz, rl, str(i + 1 + len(left)) if rl else "", rz])
        else:
            rows.append([ll, lz, rl, rz])
        if ll and want(lz):
            exp.append((None, ll, {"income": want(lz)}))
        if rl and want(rz):
            exp.append((None, rl, {"expenditure": want(rz)}))
    tabs.append(Tab("income_expenditure_summary", titles[0], u, cols, rows, kind="two", exp_rows=exp))

    # ---- 2. 收入表
    if final:
        cols = money_cols(
            ("合计", "total"),
            ("财政拨款收入", "fiscal_appropriation"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
            ("其他收入", "other_income"),
        )

        def inc(c):
            return [
                m.t(("gp_b", "gp_p", "gf_p", "biz_b", "oth_b"), c),
                m.t(("gp_b", "gp_p", "gf_p"), c),
                Z,
                m.t("biz_b", c),
                Z,
                Z,
                m.t("oth_b", c),
            ]
    else:
        cols = money_cols(
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算拨款收入", "general_public"),
            ("政府性基金预算拨款收入", "government_fund"),
            ("事业收入", "business"),
            ("其他收入", "other_income"),
        )

        def inc(c):
            return [m.t(ALL, c), m.t("co_p", c), m.t(GP, c), m.t("gf_p", c), m.t("biz_b", c), m.t("oth_b", c)]

    tabs.append(coded("income_by_function", titles[1], u, names, m.codes(ALL), cols, inc, zf))
    tabs[-1].landscape = True

    # ---- 3. 支出表
    if final:
        cols = money_cols(
            ("合计", "total"),
            ("基本支出", "basic"),
            ("项目支出", "project"),
            ("上缴上级支出", "remit_upper"),
            ("经营支出", "operating"),
            ("对附属单位补助支出", "subsidy_affiliated"),
        )

        def ex(c):
            return [m.t(ALL, c), m.t(BASIC, c), m.t(PROJECT, c), Z, Z, Z]
    else:
        cols = money_cols(("合计", "total"), ("基本支出", "basic"), ("项目支出", "project"))

        def ex(c):
            return [m.t(ALL, c), m.t(BASIC, c), m.t(PROJECT, c)]

    tabs.append(coded("expenditure_by_function", titles[2], u, names, m.codes(ALL), cols, ex, zf))

    # ---- 4. 财政拨款收支总表
    fin_inc = m.t(GP + ("gf_p",))
    if final:
        li = [
            ("一、一般公共预算财政拨款", m.t(GP)),
            ("二、政府性基金预算财政拨款", m.t("gf_p")),
            ("三、国有资本经营预算财政拨款", Z),
        ]
        lt = [("本年收入合计", fin_inc), ("年初财政拨款结转和结余", Z), ("总计", fin_inc)]
        rt = ["本年支出合计", "年末财政拨款结转和结余", "总计"]
    else:
        li = [
            ("一、一般公共预算拨款收入", m.t(GP)),
            ("二、政府性基金预算拨款收入", m.t("gf_p")),
            ("三、国有资本经营预算拨款收入", Z),
        ]
        lt = [("本年收入合计", fin_inc), ("上年结转", Z), ("收入总计", fin_inc)]
        rt = ["本年支出合计", "结转下年", "支出总计"]
    ri = [(lab, [m.t(GP + ("gf_p",), c), m.t(GP, c), m.t("gf_p", c), Z]) for lab, c in classes_rows(True)]
    tot = [fin_inc, m.t(GP), m.t("gf_p"), Z]
    rtv = [(rt[0], tot), (rt[1], [Z] * 4), (rt[2], tot)]
    n = max(len(li), len(ri))
    left = li + [("", None)] * (n - len(li)) + lt
    right = ri + [("", None)] * (n - len(ri)) + rtv
    fk = [
        "expenditure",
        "expenditure_general_public",
        "expenditure_government_fund",
        "expenditure_state_capital",
    ]
    cols = [
        Col(("收入", "项目"), "name"),
        Col(("收入", phase_head), "money", "income"),
        Col(("支出", "项目"), "name"),
        Col(("支出", phase_head, "合计"), "money", fk[0]),
        Col(("支出", phase_head, "一般公共预算"), "money", fk[1]),
        Col(("支出", phase_head, "政府性基金预算"), "money", fk[2]),
        Col(("支出", phase_head, "国有资本经营预算"), "money", fk[3]),
    ]
    rows, exp = [], []
    for (ll, lv), (rl, rv) in zip(left, right):
        lz = fmt(lv, zs) if lv is not None else ""
        rz = [fmt(x, zs) for x in rv] if rv is not None else ["", "", "", ""]
        rows.append([ll, lz, rl, *rz])
        if ll and want(lz):
            exp.append((None, ll, {"income": want(lz)}))
        if rl:
            c = {k: want(s) for k, s in zip(fk, rz) if want(s)}
            if c:
                exp.append((None, rl, c))
    tabs.append(Tab("fiscal_summary", titles[3], u, cols, rows, kind="two", exp_rows=exp, landscape=True))

    # ---- 5. 一般公共预算支出表
    cols = money_cols(("合计", "total"), ("基本支出", "basic"), ("项目支出", "project"))
    tabs.append(
        coded(
            "general_budget_by_function",
            titles[4],
            u,
            names,
            m.codes(GP),
            cols,
            lambda c: [m.t(GP, c), m.t("gp_b", c), m.t("gp_p", c)],
            zf,
        )
    )

    # ---- 6. 一般公共预算基本支出表
    ecodes = sorted(set(econ) | {c[:3] for c in econ})

    def eb(c):
        tot = sum((v for k, v in econ.items() if k.startswith(c)), Z)
        pers = sum((v for k, v in econ.items() if k.startswith(c) and k[:3] in PERSONNEL), Z)
        return [tot, pers, tot - pers]

    cols = money_cols(("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds"))
    t = coded("general_budget_basic_by_economic", titles[5], u, ECON, ecodes, cols, eb, zf)
    t.cols[0] = Col(("经济分类科目编码",), "code")
    t.cols[1] = Col(("经济分类科目名称",), "name")
    tabs.append(t)

    # ---- 7. 三公
    sg = [d(x) for x in doc["sangong"]]

    def six(v):
        o, p, r, j = v
        return [o + p + r + j, o, p + r, p, r, j]

    keys6 = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    heads6 = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
        ("公务用车购置及运行费", "公务用车运行费"),
        ("公务接待费",),
    ]
    if final:
        sb = [d(x) for x in doc["sangong_budget"]]
        cols = [Col(("预算数",) + h, "money", k + "@budget") for h, k in zip(heads6, keys6)]
        cols += [Col(("决算数",) + h, "money", k) for h, k in zip(heads6, keys6)]
        cells = [fmt(x, zg) for x in six(sb) + six(sg)]
        info["sangong_budget"] = six(sb)
    else:
        cols = [Col(h, "money", k) for h, k in zip(heads6, keys6)]
        cells = [fmt(x, zg) for x in six(sg)]
    info["sangong"] = six(sg)
    t = Tab(
        "sangong", titles[6], st.get("sg_unit", u), cols, [cells], kind="sangong", note=st.get("sg_note", "")
    )
    t.landscape = final
    tabs.append(t)

    # ---- 8, 9. 政府性基金, 国有资本经营 (and a 项目支出表 where the template has one)
    def fund(key, title, keys, how):
        if final:
            cols = money_cols(
                ("年初结转和结余", "carryover_begin"),
                ("本年收入", "income"),
                (("本年支出", "小计"), "total"),
                (("本年支出", "基本支出"), "basic"),
                (("本年支出", "项目支出"), "project"),
                ("年末结转和结余", "carryover_end"),
            )

            def fn(c):
                x = m.t(keys, c)
                return [Z, x, x, Z, x, Z]
        else:
            cols = money_cols(("合计", "total"), ("基本支出", "basic"), ("项目支出", "project"))

            def fn(c):
                return [m.t(keys, c), Z, m.t(keys, c)]

        if how is None:
            return coded(key, title, u, names, m.codes(keys), cols, fn, zf)
        t = Tab(key, title, u, [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + cols, [])
        t.empty = how[:2]
        t.note = how[2] if len(how) > 2 else ""
        if how[0] == "zero":
            t.rows = [["", "合计"] + [how[1]] * len(cols)]
        return t

    gf_how = doc["empty"].get("government_fund")
    assert (gf_how is None) == bool(m.t("gf_p")), (doc["org"], "an empty 政府性基金 table has no money")
    tabs.append(fund("government_fund", titles[7], ("gf_p",), gf_how))
    tabs.append(fund("state_capital", titles[8], ("sc_p",), doc["empty"]["state_capital"]))
    if len(titles) > 9:
        how = doc["empty"]["project_expenditure"]
        cols = [Col(("项目名称",), "name")] + money_cols(
            ("合计", "total"), ("一般公共预算", "general_public"), ("政府性基金预算", "government_fund")
        )
        t = Tab("project_expenditure", titles[9], u, cols, [], kind="labelled")
        t.empty, t.note = how[:2], (how[2] if len(how) > 2 else "")
        if how[0] == "zero":
            t.rows = [["合计"] + [how[1]] * 3]
        assert m.t(PROJECT) == 0, "a report with projects prints them"
        tabs.append(t)
    return [t for t in tabs if not (t.empty and t.empty[0] == "omit")], info


def expectations(tabs):
    specs, empty = [], []
    for t in tabs:
        if t.empty:
            empty.append(t.key)
            if t.empty[0] == "title":
                continue  # no header, no unit line: the table is expected (only_tables) and empty
            rows = []
            if t.empty[0] == "zero" and want(t.empty[1]):
                rows.append((None, "合计", {c.key: want(t.empty[1]) for c in t.cols if c.kind == "money"}))
            specs.append(dict(table=t.key, unit=t.unit, rows=rows))
            continue
        if t.kind == "two":
            specs.append(dict(table=t.key, unit=t.unit, rows=list(t.exp_rows)))
            continue
        if t.kind == "sangong":
            cells = {c.key: want(s) for c, s in zip(t.cols, t.rows[0]) if want(s)}
            specs.append(dict(table=t.key, unit=t.unit, rows=[(None, "*", cells)] if cells else []))
            continue
        rows = []
        for r in t.rows:
            code = r[0] or None
            cols = {c.key: want(s) for c, s in zip(t.cols, r) if c.kind == "money" and want(s)}
            if cols:
                rows.append((code, r[1], cols))
        specs.append(dict(table=t.key, unit=t.unit, rows=rows))
    return specs, empty


def identities(name, doc, tabs, info):
    """Re-add every printed table from its printed strings."""
    by = {t.key: t for t in tabs}
    final = doc["kind"] == "final_account"

    def money(t, r):
        return [val(s) for c, s in zip(t.cols, r) if c.kind == "money"]

    tot = {}
    for t in tabs:
        if t.kind != "coded" or t.empty:
            continue
        rows = {r[0]: money(t, r) for r in t.rows if r[0]}
        total = next(money(t, r) for r in t.rows if r[1] == "合计")
        tot[t.key] = total
        parts = {
            "income_by_function": lambda v: v[0] == sum(v[1:], Z),
            "expenditure_by_function": lambda v: v[0] == sum(v[1:], Z),
            "general_budget_by_function": lambda v: v[0] == v[1] + v[2],
            "general_budget_basic_by_economic": lambda v: v[0] == v[1] + v[2],
            "government_fund": (lambda v: v[2] == v[3] + v[4] and v[0] + v[1] - v[2] == v[5])
            if final
            else (lambda v: v[0] == v[1] + v[2]),
        }[t.key]
        for c, v in list(rows.items()) + [("合计", total)]:
            assert parts(v), (name, t.key, c, v)
        for c, v in rows.items():
            kids = [k for k in rows if k.startswith(c) and len(k) == len(c) + 2]
            if kids:
                for i in range(len(v)):
                    assert v[i] == sum((rows[k][i] for k in kids), Z), (name, t.key, c, i)
        for i in range(len(total)):
            assert total[i] == sum((v[i] for c, v in rows.items() if len(c) == 3), Z), (name, t.key, i)

    def sides(t):
        """{label: values} of each side of a two-sided summary."""
        names = [j for j, c in enumerate(t.cols) if c.kind == "name"]
        left, right = {}, {}
        for r in t.rows:
            for side, j0 in ((left, names[0]), (right, names[1])):
                if r[j0]:
                    j1 = names[1] if j0 == names[0] else len(t.cols)
                    vals = [val(r[j]) for j in range(j0 + 1, j1) if t.cols[j].kind == "money"]
                    side.setdefault(r[j0], []).append(vals)
        return left, right

    s = by["income_expenditure_summary"]
    left, right = sides(s)
    li = [v[0][0] for lab, v in left.items() if lab[:2] in [c + "、" for c in CN] or lab[:1] == "十"]
    subs = sum((v[0][0] for lab, v in left.items() if lab.startswith("（")), Z)
    assert subs == left.get("五、单位资金", [[subs]])[0][0], name
    ri = [v[0][0] for lab, v in right.items() if "、" in lab]
    assert left["本年收入合计"][0][0] == sum(li, Z), name
    assert right["本年支出合计"][0][0] == sum(ri, Z) == tot["expenditure_by_function"][0], name
    if final:
        assert left["本年收入合计"][0][0] == tot["income_by_function"][0], name
        assert left["总计"][0][0] == left["本年收入合计"][0][0] + left["年初结转和结余"][0][0], name
        assert right["总计"][0][0] == right["本年支出合计"][0][0] + right["年末结转和结余"][0][0], name
        assert left["总计"][0][0] == right["总计"][0][0], name
    else:
        assert left["本年收入合计"][0][0] + left["上年结转"][0][0] == tot["income_by_function"][0], name
        assert left["收入总计"][0][0] == left["本年收入合计"][0][0] + left["上年结转"][0][0], name
        assert left["收入总计"][0][0] == right["支出总计"][0][0], name
    f = by["fiscal_summary"]
    fl, fr = sides(f)
    for lab, vs in fr.items():
        for v in vs:
            assert v[0] == v[1] + v[2] + v[3], (name, lab)
    cls = [v[0] for lab, v in fr.items() if "、" in lab]
    spent = fr["本年支出合计"][0]
    for i in range(4):
        assert spent[i] == sum((v[i] for v in cls), Z), (name, "fiscal", i)
    assert spent[1] == tot["general_budget_by_function"][0], name
    fin_in = sum((v[0][0] for lab, v in fl.items() if "、" in lab), Z)
    assert fl["本年收入合计"][0][0] == fin_in, name
    gbt = tot["general_budget_by_function"]
    assert gbt[1] == tot["general_budget_basic_by_economic"][0], (name, "basic")
    gf = tot.get("government_fund")
    assert spent[2] == (gf[2] if final and gf else gf[0] if gf else 0), (name, "GF")
    sg = [val(x) for x in by["sangong"].rows[0]]
    for b in range(0, len(sg), 6):
        t_, o, car, p, r, j = sg[b : b + 6]
        assert t_ == o + car + j and car == p + r, (name, "三公")
