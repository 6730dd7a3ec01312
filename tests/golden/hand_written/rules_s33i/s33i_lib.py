"""Tables, 说明 and expectations of the rules_s33i reports (copied from rules_s33c/s33c_lib.py, plus project_table()). Everything
printed is built here from the figures typed in rules_s33i_data.py; nothing reads the parser.

A report's money is typed as
- leaves: functional 项 -> {"<fund>_<kind>": amount}; funds gp 一般公共预算, gf 政府性基金, biz 事业收入, oth 其他收入,
  cof 财政拨款结转 (a budget's 上年结转 of 一般公共预算 money, spent on projects), cou 单位资金结转; kinds pe 人员经费,
  pu 公用经费 (both 基本支出), p 项目支出; a final account's leaves also carry cb / ce: the 一般公共预算 财政拨款
  年初 / 年末结转和结余 of the 项 (its income = spending + ce - cb);
- econ: the 一般公共预算 基本支出 by economic 款; 30101 and 30201 are the rests of 人员经费 (301 + 303) and 公用经费
  (302 + 310), so the 基本支出表 adds up to the gp basic money by construction;
- proj_econ (only where the summary prints its expenditure side by economic class): the project money of every
  fund by economic 类, 302 the rest;
- the summary's other columns: prior (上年预算数 of each printed item, by the item's plain name), yb / adj (a final
  account's 年初预算数 / 调整预算数 of each item);
- sangong (出国, 购置, 运行, 接待), for a final account also sangong_budget.

Every printed table is a Tab of printed strings; its expectations are read from those strings (Tab.exp); identities()
re-adds the printed strings (row sums, 类 = Σ 款 = Σ 项, 合计 = Σ 类, both sides of the summaries, across tables), so
a typo in the data fails at import."""

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
GB, EB, SG, GF = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
)
I, E = "income", "expenditure"
PROJ = "project_expenditure"
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"
FUNDS = ("gp", "gf", "biz", "oth", "cof", "cou")
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
]

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013812": "药品事务",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040610": "社区矫正",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "206": "科学技术支出",
    "20604": "技术研究与开发",
    "2060499": "其他技术研究与开发支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "20702": "文物",
    "2070204": "文物保护",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "211": "节能环保支出",
    "21103": "污染防治",
    "2110302": "水体",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130153": "农田建设",
    "21303": "水利",
    "2130301": "行政运行",
    "2130305": "水利工程建设",
    "2130311": "水资源节约管理与保护",
    "21366": "大中型水库库区基金安排的支出",
    "2136601": "基础设施建设和经济发展",
    "21369": "国家重大水利工程建设基金安排的支出",
    "2136902": "南水北调工程建设",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140106": "公路养护",
    "2140110": "公路和运输安全",
    "2140112": "公路运输管理",
    "21460": "车辆通行费安排的支出",
    "2146001": "公路还贷",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200106": "自然资源利用与保护",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240106": "安全监管",
    "2240108": "应急救援",
    "2240109": "应急管理",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "2296004": "用于教育事业的彩票公益金支出",
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
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
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
    "31003": "专用设备购置",
    "312": "对企业补助",
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


def want(s):
    """A printed cell's expectation: None for a blank, 'x?' for a zero printed."""
    if not s:
        return None
    return s + "?" if d(s) == 0 else s


@dataclass
class Col:
    head: tuple  # header path: ("合计",) or ("支出", "一般公共预算")
    kind: str  # "code" | "name" | "money" | "rowno"
    key: str | None = None  # the expected column key of a money column (None: must not load)


@dataclass
class Tab:
    key: str
    title: str | None  # None: the second part of a table printed in two (its first part's title)
    unit: str
    cols: list
    rows: list  # lists of printed cell strings, one per column
    exp: list = field(default_factory=list)  # [(code, label, {col: value})]
    kind: str = "plain"  # "coded" | "econ" | "two" | "stacked" | "sangong" | "empty"
    cont: str = ""  # a second part's heading ("续表") or "" (its own header only)
    break_at: int | None = None  # the row the table goes on to the next page at
    empty: str = ""  # the statement of an empty table
    landscape: bool = False
    sides: list = field(default_factory=list)  # two-sided: [(label col, [(money col, key)])]
    wrap: dict = field(default_factory=dict)  # project table: row -> (name pieces, the figures' line)
    name_col: int | None = None
    groups: list = field(default_factory=list)  # project table: (sum row, [its project rows])


class Money:
    def __init__(self, doc):
        self.doc = doc
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            code, *parts = line.split()
            assert code in FUNC and code[:5] in FUNC and code[:3] in FUNC, code
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in parts)}
            for k in self.leaf[code]:
                if k in ("cb", "ce"):
                    continue
                f, kind = k.split("_")
                assert f in FUNDS and kind in ("pe", "pu", "p"), k
        for pr in doc.get("proj", {}).get("rows", []):
            if pr[0] != "P":
                continue
            code = pr[1]
            assert code in FUNC and code[:5] in FUNC and code[:3] in FUNC, code
            leaf = self.leaf.setdefault(code, {})
            for f, a in pmoney(pr[3]).items():
                if f in FUNDS:
                    leaf[f + "_p"] = leaf.get(f + "_p", Z) + a

    def t(self, funds=FUNDS, kinds=("pe", "pu", "p"), code=""):
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

    def carry(self, which, code=""):
        return sum((p.get(which, Z) for c, p in self.leaf.items() if c.startswith(code)), Z)

    def codes(self, funds=FUNDS, kinds=("pe", "pu", "p")):
        out = set()
        for c in self.leaf:
            if self.t(funds, kinds, c) != 0 or (funds == ("gp",) and self.carry("ce", c)):
                out |= {c[:3], c[:5], c}
        return sorted(out)

    def classes(self, funds=FUNDS):
        return [c for c in self.codes(funds) if len(c) == 3]


def pmoney(spec):
    """A project's money "gp=120.00 biz=5.00 ygp=100.00" -> {fund: D} (y<fund>: its 年初预算)."""
    out = {}
    for p in spec.split():
        k, v = p.split("=")
        assert k in FUNDS or (k[:1] == "y" and k[1:] in FUNDS), k
        out[k] = d(v)
    return out


def econ_full(doc, m):
    e = {k: d(v) for k, v in doc["econ"].items()}
    e["30101"] = m.t("gp", "pe") - sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
    e["30201"] = m.t("gp", "pu") - sum((v for k, v in e.items() if k[:3] not in PERSONNEL), Z)
    assert e["30101"] > 0 and e["30201"] > 0, (doc["org"], e["30101"], e["30201"])
    return e


# ============================================================================================== tables
def number(i, style, sub=False):
    """An item's number as printed: 一、 / （一） / 1. / none."""
    if style == "none":
        return ""
    if sub and style == "paren":
        return f"{i + 1}."
    if style == "dot" and not sub:
        return f"{i + 1}."
    if style == "paren" or sub:
        return f"（{CN[i]}）"
    return f"{CN[i]}、"


def coded_table(key, title, unit, m, cols, value_fn, z, codes, total_label="合计", total_last=False):
    tcols = [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + cols
    tot = ["", total_label] + [fmt(v, z) for v in value_fn("")]
    body = [[c, FUNC[c]] + [fmt(v, z) for v in value_fn(c)] for c in codes]
    rows = body + [tot] if total_last else [tot] + body
    exp = []
    for r in rows:
        vals = {c.key: want(r[j + 2]) for j, c in enumerate(cols) if c.key and want(r[j + 2])}
        if vals:
            exp.append((r[0] or None, r[1], vals))
    return Tab(key, title, unit, tcols, rows, exp, kind="coded")


def side_exp(rows, sides):
    """Expectations of a summary's rows: per side its label column and (money column, key)s."""
    exp = []
    for r in rows:
        for lab, money in sides:
            if not r[lab]:
                continue
            vals = {k: want(r[j]) for j, k in money if k and want(r[j])}
            if vals:
                exp.append((None, r[lab], vals))
    return exp


def pair(left, right, nl, nr):
    """Two sides' rows side by side: left [(label, [cells])], right [(label, [cells])]."""
    rows = []
    for i in range(max(len(left), len(right))):
        ll, lv = left[i] if i < len(left) else ("", [""] * nl)
        rl, rv = right[i] if i < len(right) else ("", [""] * nr)
        rows.append([ll, *lv, rl, *rv])
    return rows


def build(doc):
    m = Money(doc)
    st = doc["style"]
    u, y = doc["unit"], doc["year"]
    z = st.get("zero", "")
    final = doc["kind"] == "final_account"
    num = st.get("num", "cn")

    def f(x):
        return fmt(x, z)

    tabs = []
    classes = m.classes()
    spend = m.t()
    # ---------------------------------------------------------------- the two summaries' items
    if final:
        fin_in = m.t("gp") + m.carry("ce") - m.carry("cb")
        inc_items = [
            ("一般公共预算财政拨款收入", m.t("gp") + m.carry("ce") - m.carry("cb")),
            ("政府性基金预算财政拨款收入", m.t("gf")),
            ("国有资本经营预算财政拨款收入", Z),
            ("上级补助收入", Z),
            ("事业收入", m.t("biz")),
            ("经营收入", Z),
            ("附属单位上缴收入", Z),
            ("其他收入", m.t("oth")),
        ]
        income_total = fin_in + m.t("gf") + m.t("biz") + m.t("oth")
        carry_in = [("年初结转和结余", m.carry("cb"))]
        carry_out = [("年末结转和结余", m.carry("ce"))]
        in_total_label, out_total_label = "本年收入合计", "本年支出合计"
        grand_labels = ("总计", "总计")
    else:
        if st.get("template") == "2024":
            unit_parts = [
                ("事业收入", m.t("biz")),
                ("事业单位经营收入", Z),
                ("上级补助收入", Z),
                ("附属单位上缴收入", Z),
                ("其他收入", m.t("oth")),
            ]
            inc_items = [
                ("一般公共预算拨款收入", m.t("gp")),
                ("政府性基金预算拨款收入", m.t("gf")),
                ("国有资本经营预算拨款收入", Z),
                ("财政专户管理资金收入", Z),
                ("单位资金", m.t(("biz", "oth")), unit_parts),
            ]
            carry_in = [
                (
                    "上年结转结余",
                    m.t(("cof", "cou")),
                    [("财政拨款结转", m.t("cof")), ("单位资金结转", m.t("cou"))],
                )
            ]
        else:
            inc_items = [
                ("一般公共预算拨款收入", m.t("gp")),
                ("政府性基金预算拨款收入", m.t("gf")),
                ("国有资本经营预算拨款收入", Z),
                ("事业收入", m.t("biz")),
                ("事业单位经营收入", Z),
                ("其他收入", m.t("oth")),
            ]
            carry_in = [("上年结转", m.t(("cof", "cou")))]
        income_total = m.t(("gp", "gf", "biz", "oth"))
        carry_out = [("结转下年", Z)]
        in_total_label, out_total_label = "本年收入合计", "本年支出合计"
        grand_labels = ("收入总计", "支出总计")
    grand = income_total + sum((x[1] for x in carry_in), Z)
    assert grand == spend + sum((x[1] for x in carry_out), Z), (doc["org"], grand, spend)

    # the expenditure items: functional 类, or economic 类 (st["exp_econ"])
    if st.get("exp_econ"):
        e = econ_full(doc, m)
        pe = {k: d(v) for k, v in doc["proj_econ"].items()}
        pe["302"] = m.t(kinds="p") - sum(pe.values(), Z)
        assert pe["302"] > 0
        assert m.t(("biz", "oth", "cou", "gf", "cof"), ("pe", "pu")) == 0  # basic money is gp only here
        ecls = {}
        for k, v in e.items():
            ecls[k[:3]] = ecls.get(k[:3], Z) + v
        for k, v in pe.items():
            ecls[k] = ecls.get(k, Z) + v
        exp_items = [(ECON[c], ecls[c]) for c in sorted(ecls)]
    else:
        exp_items = [(FUNC[c], m.t(code=c)) for c in classes]

    # ---------------------------------------------------------------- 收支总表 (its shape: st["summary"])
    shape = st["summary"]
    other = st.get("other")  # None | "prior" | "three"
    prior = doc.get("prior", {})
    yb, adj = doc.get("yb", {}), doc.get("adj", {})

    def extra(name, value, side):
        """The other figures printed before the item's own: [cells], [keys] (one value per column)."""
        if other == "prior":
            return [f(d(prior[name])) if name in prior else ""], [None]
        if other == "three":
            b, a = yb.get(name), adj.get(name)
            return [f(d(b)) if b is not None else "", f(d(a)) if a is not None else ""], [
                f"{side}@budget",
                None,
            ]
        return [], []

    def totals_of(items, which):
        """Σ of the other columns over the printed items (prior / yb / adj)."""
        src = {"prior": prior, "yb": yb, "adj": adj}[which]
        return sum((d(src[n]) for n in items if n in src), Z)

    def ext_total(names, label, own, side):
        if other == "prior":
            return [f(totals_of(names, "prior"))], [None]
        if other == "three":
            return [f(totals_of(names, "yb")), f(totals_of(names, "adj"))], [f"{side}@budget", None]
        return [], []

    top_labels, sub_labels = set(), set()

    def listed(items, side, style):
        """[(label, [cells])] of the items (with their sub-items), numbered."""
        out = []
        for i, it in enumerate(items):
            name, value = it[0], it[1]
            cells, _k = extra(name, value, side)
            out.append((number(i, style) + name, cells + [f(value)]))
            top_labels.add(out[-1][0])
            for j, (sn, sv) in enumerate(it[2] if len(it) > 2 else []):
                c2, _k = extra(sn, sv, side)
                out.append((number(j, style, sub=True) + sn, c2 + [f(sv)]))
                sub_labels.add(out[-1][0])
        return out

    inc_style = st.get("inc_num", num)
    exp_style = st.get("exp_num", num)
    left = listed(inc_items, I, inc_style)
    right = listed(exp_items, E, exp_style)
    inc_names = [x[0] for x in inc_items]
    exp_names = [x[0] for x in exp_items]
    lt = (in_total_label, ext_total(inc_names, in_total_label, income_total, I)[0] + [f(income_total)])
    rt = (out_total_label, ext_total(exp_names, out_total_label, spend, E)[0] + [f(spend)])
    n_other = len(extra("x", Z, I)[0])
    lcarry, rcarry = [], []
    for it in carry_in:
        lcarry.append((it[0], [""] * n_other + [f(it[1])]))
        for j, (sn, sv) in enumerate(it[2] if len(it) > 2 else []):
            lcarry.append((number(j, "cn", sub=True) + sn, [""] * n_other + [f(sv)]))
    for name, v in carry_out:
        rcarry.append((name, [""] * n_other + [f(v)]))
    gl = (grand_labels[0], ext_total(inc_names, "", grand, I)[0] + [f(grand)])
    gr = (grand_labels[1], ext_total(exp_names, "", grand, E)[0] + [f(grand)])
    if other == "prior":  # the 上年 carryover figure printed as typed
        pc = prior.get("carry")
        if pc:
            lcarry[0] = (lcarry[0][0], [f(d(pc))] + lcarry[0][1][1:])
            gl = (gl[0], [f(totals_of(inc_names, "prior") + d(pc)), gl[1][1]])
            gr = (gr[0], [f(totals_of(exp_names, "prior") + d(prior.get("carry_out", "0")))] + [gr[1][1]])
    ekeys = extra("x", Z, I)[1]
    fig_head = st.get("fig_head", "本年决算数" if final else "预算数")
    if other == "prior":
        heads = [f"{y - 1}年预算数", f"{y}年预算数"] if st.get("year_heads") else ["上年预算数", "本年预算数"]
    elif other == "three":
        heads = ["年初预算数", "调整预算数", "决算数"]
    else:
        heads = [fig_head]
    rowno = st.get("rowno", False)
    tab_title = st.get("is_title", "收入支出决算总表" if final else "部门收支总表")

    if shape in ("two", "run_on"):
        in_rows = left + [lt] + lcarry + [gl]
        if st.get("totals_aligned", True):
            # 本年收入合计 and 本年支出合计 on one line, the carryovers and 总计 below them
            pad = max(len(left), len(right))
            lrows = left + [("", [""] * (n_other + 1))] * (pad - len(left)) + [lt] + lcarry + [gl]
            rrows = right + [("", [""] * (n_other + 1))] * (pad - len(right)) + [rt] + rcarry
            rrows += [("", [""] * (n_other + 1))] * (len(lrows) - 1 - len(rrows)) + [gr]
        else:
            lrows, rrows = in_rows, right + [rt] + rcarry + [gr]
        rows = pair(lrows, rrows, n_other + 1, n_other + 1)
        cols = [Col(("收入", "项目"), "name")]
        k = 1
        sides = []
        money_l = []
        for h, key in zip(heads, ekeys + [I]):
            cols.append(Col(("收入", h), "money", key))
            money_l.append((k, key))
            k += 1
        sides.append((0, money_l))
        cols.append(Col(("支出", "项目"), "name"))
        lab_r = k
        k += 1
        money_r = []
        for h, key in zip(heads, [x.replace("income", "expenditure") if x else x for x in ekeys] + [E]):
            cols.append(Col(("支出", h), "money", key))
            money_r.append((k, key))
            k += 1
        sides.append((lab_r, money_r))
        t = Tab(IS, tab_title, u, cols, rows, side_exp(rows, sides), kind="two", sides=sides)
        if shape == "run_on":
            t.break_at = st["break_at"]
        tabs.append(t)
    elif shape == "stacked":
        rows, exp = [], []
        order = [(x, I) for x in left + [lt] + lcarry + [gl]] + [(x, E) for x in right + [rt] + rcarry + [gr]]
        for i, ((lab, cells), side) in enumerate(order):
            r = [lab] + ([str(i + 1)] if rowno else []) + cells
            rows.append(r)
            keys = [k.replace("income", side) if k else k for k in ekeys] + [side]
            vals = {k: want(v) for k, v in zip(keys, cells) if k and want(v)}
            if vals:
                exp.append((None, lab, vals))
        cols = [Col(("项目",), "name")] + ([Col(("行次",), "rowno")] if rowno else [])
        cols += [Col((h,), "money", None) for h in heads]
        tabs.append(Tab(IS, tab_title, u, cols, rows, exp, kind="stacked"))
    elif shape == "split":
        # 收入 on one page, 支出 on the next, each its own table under the one title
        lrows = [[a, *b] for a, b in left + [lt] + lcarry + [gl]]
        rrows = [[a, *b] for a, b in right + [rt] + rcarry + [gr]]
        lcols = [Col(("收入", "项目"), "name")] + [
            Col(("收入", h), "money", k) for h, k in zip(heads, ekeys + [I])
        ]
        rk = [x.replace("income", "expenditure") if x else x for x in ekeys] + [E]
        rcols = [Col(("支出", "项目"), "name")] + [Col(("支出", h), "money", k) for h, k in zip(heads, rk)]
        ls = [(0, [(j + 1, k) for j, k in enumerate(ekeys + [I])])]
        rs = [(0, [(j + 1, k) for j, k in enumerate(rk)])]
        tabs.append(Tab(IS, tab_title, u, lcols, lrows, side_exp(lrows, ls), kind="two", sides=ls))
        tabs.append(
            Tab(IS, None, u, rcols, rrows, side_exp(rrows, rs), kind="two", sides=rs, cont=st.get("cont", ""))
        )
    else:
        raise ValueError(shape)

    # ---------------------------------------------------------------- 收入表
    if final:
        inc_cols = [
            (("本年收入合计",), "total", None),
            (("财政拨款收入",), "fiscal_appropriation", "fin"),
            (("事业收入",), "business", "biz"),
            (("其他收入",), "other_income", "oth"),
        ]

        def inc_val(c, which):
            fin = m.t(("gp", "gf"), code=c) + m.carry("ce", c) - m.carry("cb", c)
            if which == "fin":
                return fin
            if which is None:
                return fin + m.t(("biz", "oth"), code=c)
            return m.t(which, code=c)

        cols = [Col(h, "money", k) for h, k, _w in inc_cols]
        tabs.append(
            coded_table(
                INC,
                "收入决算表",
                u,
                m,
                cols,
                lambda c: [inc_val(c, w) for _h, _k, w in inc_cols],
                z,
                m.codes(),
            )
        )
    else:
        inc_cols = [(("合计",), "total", FUNDS)]
        if m.t(("cof", "cou")):
            inc_cols.append((("上年结转结余",), "carryover_begin", ("cof", "cou")))
        inc_cols += [
            (("一般公共预算拨款收入",), "general_public", "gp"),
            (("政府性基金预算拨款收入",), "government_fund", "gf"),
            (("事业收入",), "business", "biz"),
            (("其他收入",), "other_income", "oth"),
        ]
        cols = [Col(h, "money", k) for h, k, _w in inc_cols]
        tabs.append(
            coded_table(
                INC,
                st.get("inc_title", "部门收入总表"),
                u,
                m,
                cols,
                lambda c: [m.t(w, code=c) for _h, _k, w in inc_cols],
                z,
                m.codes(),
            )
        )
    # ---------------------------------------------------------------- 支出表
    ex = [
        (("合计",), "total", ("pe", "pu", "p")),
        (("基本支出",), "basic", ("pe", "pu")),
        (("项目支出",), "project", "p"),
    ]
    cols = [Col(h, "money", k) for h, k, _ in ex]
    tabs.append(
        coded_table(
            EXP,
            "支出决算表" if final else st.get("exp_title", "部门支出总表"),
            u,
            m,
            cols,
            lambda c: [m.t(FUNDS, kk, c) for _h, _k, kk in ex],
            z,
            m.codes(),
        )
    )

    # ---------------------------------------------------------------- 财政拨款收支总表
    fshape = st["fiscal"]
    fiscal_codes = m.classes(("gp", "gf", "cof"))
    if final:
        fin_items = [
            ("一般公共预算财政拨款", m.t("gp") + m.carry("ce") - m.carry("cb")),
            ("政府性基金预算财政拨款", m.t("gf")),
            ("国有资本经营预算财政拨款", Z),
        ]
        fin_total = fin_items[0][1] + fin_items[1][1]
        fcarry_in = [("年初财政拨款结转和结余", m.carry("cb"))]
        fcarry_out = ("年末财政拨款结转和结余", m.carry("ce"))
        fgl, fgr = "总计", "总计"
        ftitle = "财政拨款收入支出决算总表"
    else:
        fin_items = [
            ("一般公共预算拨款收入", m.t("gp")),
            ("政府性基金预算拨款收入", m.t("gf")),
            ("国有资本经营预算拨款收入", Z),
        ]
        fin_total = m.t(("gp", "gf"))
        fcarry_in = [("上年结转", m.t("cof"))]
        fcarry_out = ("结转下年", Z)
        fgl, fgr = "收入总计", "支出总计"
        ftitle = st.get("fs_title", "财政拨款收支总表")
    fgrand = fin_total + fcarry_in[0][1]

    def four(c=""):
        gpx = m.t(("gp", "cof"), code=c)
        gfx = m.t("gf", code=c)
        return [f(gpx + gfx), f(gpx), f(gfx), f(Z)]

    fnum = st.get("fs_num", num)
    fleft = [(number(i, fnum) + n, [f(v)]) for i, (n, v) in enumerate(fin_items)]
    fright = [(number(i, fnum) + FUNC[c], four(c)) for i, c in enumerate(fiscal_codes)]
    top_labels.update(lab for lab, _c in fleft + fright)
    tot4 = four()
    end4 = [f(fcarry_out[1]), f(fcarry_out[1]), f(Z), f(Z)]
    grand4 = [f(fgrand), f(m.t(("gp", "cof")) + fcarry_out[1]), f(m.t("gf")), f(Z)]
    if fshape in ("two4", "run_on4", "split4"):
        pad = max(len(fleft), len(fright))
        lrows = fleft + [("", [""])] * (pad - len(fleft))
        lrows += (
            [("本年收入合计", [f(fin_total)])] + [(n, [f(v)]) for n, v in fcarry_in] + [(fgl, [f(fgrand)])]
        )
        rrows = fright + [("", [""] * 4)] * (pad - len(fright))
        rrows += [("本年支出合计", tot4), (fcarry_out[0], end4), (fgr, grand4)]
        fk = [E, EGP, EGF, ESC]
        fh = (
            ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
            if final
            else ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
        )
        lab_in = "收入"
        if fshape == "split4":
            lr = [[a, *b] for a, b in lrows if a]
            rr = [[a, *b] for a, b in rrows if a]
            lcols = [Col((lab_in, "项目"), "name"), Col((lab_in, "金额" if final else "预算数"), "money", I)]
            rcols = [Col(("支出", "项目"), "name")] + [Col(("支出", h), "money", k) for h, k in zip(fh, fk)]
            ls = [(0, [(1, I)])]
            rs = [(0, [(j + 1, k) for j, k in enumerate(fk)])]
            tabs.append(Tab(FS, ftitle, u, lcols, lr, side_exp(lr, ls), kind="two", sides=ls))
            tabs.append(
                Tab(
                    FS,
                    None,
                    u,
                    rcols,
                    rr,
                    side_exp(rr, rs),
                    kind="two",
                    sides=rs,
                    cont=st.get("fs_cont", "续表"),
                )
            )
        else:
            rows = pair(lrows, rrows, 1, 4)
            cols = [Col((lab_in, "项目"), "name"), Col((lab_in, "金额" if final else "预算数"), "money", I)]
            cols += [Col(("支出", "项目"), "name")] + [Col(("支出", h), "money", k) for h, k in zip(fh, fk)]
            sides = [(0, [(1, I)]), (2, [(3 + j, k) for j, k in enumerate(fk)])]
            t = Tab(FS, ftitle, u, cols, rows, side_exp(rows, sides), kind="two", sides=sides, landscape=True)
            if fshape == "run_on4":
                t.break_at = st["fs_break_at"]
            tabs.append(t)
    elif fshape == "stacked":
        rows, exp = [], []
        order = [(x, I) for x in fleft + [("本年收入合计", [f(fin_total)])]]
        order += [((n, [f(v)]), I) for n, v in fcarry_in] + [((fgl, [f(fgrand)]), I)]
        order += [((lab, [cells[0]]), E) for lab, cells in fright]
        order += [(("本年支出合计", [tot4[0]]), E), ((fcarry_out[0], [end4[0]]), E), ((fgr, [grand4[0]]), E)]
        rowno = st.get("fs_rowno", False)
        for i, ((lab, cells), side) in enumerate(order):
            rows.append([lab] + ([str(i + 1)] if rowno else []) + cells)
            if want(cells[0]):
                exp.append((None, lab, {side: want(cells[0])}))
        cols = [Col(("项目",), "name")] + ([Col(("行次",), "rowno")] if rowno else [])
        cols += [Col(("决算数" if final else "预算数",), "money", None)]
        tabs.append(Tab(FS, ftitle, u, cols, rows, exp, kind="stacked"))
    else:
        raise ValueError(fshape)

    # ---------------------------------------------------------------- 一般公共预算支出表
    gx = [
        (("合计",), "total", ("pe", "pu", "p")),
        (("基本支出",), "basic", ("pe", "pu")),
        (("项目支出",), "project", "p"),
    ]
    cols = [Col(h, "money", k) for h, k, _ in gx]
    tabs.append(
        coded_table(
            GB,
            "一般公共预算财政拨款支出决算表" if final else st.get("gb_title", "一般公共预算支出表"),
            u,
            m,
            cols,
            lambda c: [m.t("gp", kk, c) for _h, _k, kk in gx],
            z,
            m.codes("gp"),
        )
    )
    # ---------------------------------------------------------------- 基本支出表 (by economic code)
    e = econ_full(doc, m)
    ecodes = sorted(set(e) | {k[:3] for k in e})
    rows = []
    tot = [Z, Z, Z]
    for c in ecodes:
        v = e[c] if len(c) == 5 else sum((x for k, x in e.items() if k[:3] == c), Z)
        pers = v if c[:3] in PERSONNEL else Z
        rows.append([c, ECON[c], f(v), f(pers), f(v - pers)])
        if len(c) == 3:
            tot = [tot[0] + v, tot[1] + pers, tot[2] + v - pers]
    rows.insert(0, ["", "合计", *(f(x) for x in tot)])
    cols = [
        Col(("部门经济分类科目编码",), "code"),
        Col(("部门经济分类科目名称",), "name"),
        Col(("合计",), "money", "total"),
        Col(("人员经费",), "money", "personnel"),
        Col(("公用经费",), "money", "public_funds"),
    ]
    exp = []
    for r in rows:
        vals = {c.key: want(r[j]) for j, c in enumerate(cols) if c.key and want(r[j])}
        exp.append((r[0] or None, r[1], vals))
    tabs.append(
        Tab(
            EB,
            "一般公共预算财政拨款基本支出决算表" if final else "一般公共预算基本支出表",
            u,
            cols,
            rows,
            exp,
            kind="econ",
        )
    )

    # ---------------------------------------------------------------- 三公
    def sg(vals):
        o, p, r, j = (d(x) for x in vals)
        return [o + p + r + j, o, p + r, p, r, j]

    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    heads = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
    ]
    heads += [("公务用车购置及运行费", "公务用车运行费"), ("公务接待费",)]
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
    tabs.append(
        Tab(
            SG,
            "“三公”经费支出决算表" if final else "“三公”经费支出预算表",
            u,
            cols,
            [row],
            exp,
            kind="sangong",
            landscape=final,
        )
    )
    # ---------------------------------------------------------------- 政府性基金
    gtitle = "政府性基金预算财政拨款收入支出决算表" if final else "政府性基金预算支出表"
    if m.t("gf"):
        cols = [Col(h, "money", k) for h, k, _ in gx]
        tabs.append(
            coded_table(
                GF, gtitle, u, m, cols, lambda c: [m.t("gf", kk, c) for _h, _k, kk in gx], z, m.codes("gf")
            )
        )
    else:
        tabs.append(
            Tab(
                GF,
                gtitle,
                u,
                [],
                [],
                [],
                kind="empty",
                empty=f"本部门{y}年度无政府性基金预算财政拨款收入支出，故本表无数据。",
            )
        )
    if final:
        tabs.append(
            Tab(
                "state_capital",
                "国有资本经营预算财政拨款支出决算表",
                u,
                [],
                [],
                [],
                kind="empty",
                empty=f"本部门{y}年度无国有资本经营预算财政拨款支出，此表为空表。",
            )
        )
    if doc.get("proj"):
        tabs.append(project_table(doc, m, f))
    info = dict(
        top=top_labels,
        sub=sub_labels,
        m=m,
        e=e,
        grand=grand,
        spend=spend,
        income_total=income_total,
        fin_total=fin_total,
        fgrand=fgrand,
    )
    return tabs, info


# ============================================================================================ 项目支出表
PKEY = {"gp": "general_public", "gf": "government_fund", "fa": "fiscal_appropriation", "un": "unit_funds"}
PSEL = {
    "all": ("gp", "gf", "biz", "oth", "cof", "cou"),
    "gp": ("gp", "cof"),
    "gf": ("gf",),
    "fa": ("gp", "gf", "cof"),
    "un": ("biz", "oth", "cou"),
    "sa": (),
}


def project_table(doc, m, f):
    """The project table: doc["proj"] = dict(title, cols, rows, total="first"|"last").
    cols: (header path, what): what "code" 功能科目编码, "subject" 科目名称, "name" 项目名称, "text:<k>" the project's
    text k, "l1" the 一级项目 column (printed on its group's first row), "m:<sel>[:b]" money of the funds sel (all, gp,
    gf, fa = 财政拨款, un = 单位资金 / 其他资金, sa = 财政专户: none), ":b" the 年初预算 phase.
    rows: ("H", text) a heading printing no figure; ("S", text) a heading printing the sums of the projects under it
    (up to the next H / S / L1); ("L1", name) a 一级项目 row printing its 二级 projects' sums; ("P", code, name, money,
    {text k: v}, figures' line) a project, its name's pieces split by "/" (the figures' line: the piece printed
    beside the figures; len(pieces) = a line of its own below them)."""
    pj = doc["proj"]
    u = doc["unit"]
    final = doc["kind"] == "final_account"
    cols = []
    kinds = []
    for head, what in pj["cols"]:
        head = head if isinstance(head, tuple) else (head,)
        if what.startswith("m:"):
            sel, ph = (what[2:] + ":").split(":")[:2]
            key = "total" if sel == "all" else ("fiscal_special_account" if sel == "sa" else PKEY[sel])
            key += "@budget" if (ph == "b" and final) else ""
            cols.append(Col(head, "money", key))
            kinds.append(("m", sel, ph == "b"))
        else:
            kind = {"code": "code", "name": "name"}.get(what, "text")
            cols.append(Col(head, kind))
            kinds.append((what,))
    name_col = next(j for j, k in enumerate(kinds) if k[0] == "name")
    code_col = next((j for j, k in enumerate(kinds) if k[0] == "code"), None)
    subj = any(k[0] == "subject" for k in kinds)

    def vals(money):
        out = []
        for k in kinds:
            if k[0] == "m":
                _m, sel, b = k
                out.append(
                    sum(
                        (
                            v
                            for fu, v in money.items()
                            if fu.startswith("y") == b and (fu[1:] if b else fu) in PSEL[sel]
                        ),
                        Z,
                    )
                )
        return out

    nmon = sum(1 for k in kinds if k[0] == "m")
    rows, wrap, groups, exp = [], {}, [], []
    projects = []
    cur = None
    l1_first = {}
    for pr in pj["rows"]:
        if pr[0] == "H":
            cur = None
            r = [""] * len(cols)
            r[pj.get("head_col", 0)] = pr[1]
            rows.append(r)
        elif pr[0] in ("S", "L1"):
            r = [""] * len(cols)
            if pr[0] == "L1" and any(k[0] == "l1" for k in kinds):
                cur = (None, [])
                groups.append(cur)
                l1_first[len(rows)] = pr[1]
                continue
            r[pj.get("head_col", 0) if pr[0] == "S" else name_col] = pr[1]
            rows.append(r)
            cur = (len(rows) - 1, [])
            groups.append(cur)
        else:
            _p, code, name, money, texts, *fl = pr
            mon = pmoney(money)
            pieces = name.split("/")
            r = []
            for k in kinds:
                if k[0] == "m":
                    r.append("")
                elif k[0] == "code":
                    r.append(code)
                elif k[0] == "subject":
                    r.append(FUNC[code])
                elif k[0] == "name":
                    r.append("".join(pieces))
                elif k[0] == "l1":
                    r.append("")
                else:
                    r.append(texts.get(k[0][5:], ""))
            v = vals(mon)
            mi = 0
            for j, k in enumerate(kinds):
                if k[0] == "m":
                    r[j] = f(v[mi])
                    mi += 1
            rows.append(r)
            if len(pieces) > 1 or (fl and fl[0]):
                wrap[len(rows) - 1] = (pieces, fl[0] if fl else 0)
            projects.append((len(rows) - 1, v))
            if cur is not None:
                cur[1].append((len(rows) - 1, v))
    for i, name in l1_first.items():  # the 一级项目 column: its name on its group's first row
        j = next(j for j, k in enumerate(kinds) if k[0] == "l1")
        rows[i][j] = name
    mcols = [j for j, k in enumerate(kinds) if k[0] == "m"]
    for row_i, members in groups:
        if row_i is None:
            continue
        tot = [sum((v[q] for _i, v in members), Z) for q in range(nmon)]
        for q, j in enumerate(mcols):
            rows[row_i][j] = f(tot[q])
    tot = [sum((v[q] for _i, v in projects), Z) for q in range(nmon)]
    trow = [""] * len(cols)
    trow[pj.get("total_col", 0)] = pj.get("total_label", "合计")
    for q, j in enumerate(mcols):
        trow[j] = f(tot[q])
    if pj.get("total", "first") == "first":
        rows.insert(0, trow)
        wrap = {i + 1: w for i, w in wrap.items()}
        groups = [(None if a is None else a + 1, [(i + 1, v) for i, v in b]) for a, b in groups]
        projects = [(i + 1, v) for i, v in projects]
    else:
        rows.append(trow)
    pset = {i for i, _v in projects}
    for i, r in enumerate(rows):
        vals_ = {cols[j].key: want(r[j]) for j in mcols if want(r[j])}
        if not vals_:
            continue
        if i in pset:
            e = (r[code_col] if code_col is not None else None, r[name_col], vals_)
            if subj:
                e = e + (FUNC[r[code_col]],)
        else:
            lab = next(x for x in r if x)
            e = (None, lab, vals_)
        exp.append(e)
    t = Tab(PROJ, pj["title"], u, cols, rows, exp, kind="proj", landscape=pj.get("landscape", True))
    t.wrap, t.name_col, t.groups = wrap, name_col, groups
    t.projects = projects
    t.kinds = kinds
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
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))  # the 三公 row "*" last
    return out


# ============================================================================================ identities
def identities(name, doc, tabs, info):
    """Re-add every printed table from its printed strings."""

    def v(s):
        return d(s) if s else Z

    by = {}
    for t in tabs:
        by.setdefault(t.key, []).append(t)
    final = doc["kind"] == "final_account"
    for t in tabs:
        if t.kind == "coded":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            for c, vals in body.items():
                assert vals[0] == sum(vals[1:]), (name, t.title, c)  # total = Σ parts
                c = c or ""
                step = {0: 3, 3: 5, 5: 7}.get(len(c))
                kids = [k for k in body if k and len(k) == step and k.startswith(c)]
                if kids:
                    for i in range(len(vals)):
                        assert sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)
        if t.kind == "econ":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            for c, vals in body.items():
                assert vals[0] == vals[1] + vals[2], (name, c)
                kids = [k for k in body if k and len(k) == (3 if c is None else 5) and k.startswith(c or "")]
                if kids and (c is None or len(c) == 3):
                    for i in range(3):
                        assert sum(body[k][i] for k in kids) == vals[i], (name, "econ", c, i)
        if t.kind == "sangong":
            vals = [v(x) for x in t.rows[0]]
            for blk in (vals[:6], vals[6:]):
                if blk:
                    tot, o, car, b_, r, j = blk
                    assert tot == o + car + j and car == b_ + r, name
        if t.kind == "proj":
            mcols = [j for j, k in enumerate(t.kinds) if k[0] == "m"]
            for r in t.rows:  # a row's total = Σ its parts, per phase
                for b in (False, True):
                    js = [j for j in mcols if t.kinds[j][2] == b]
                    if len(js) > 1 and t.kinds[js[0]][1] == "all":
                        assert v(r[js[0]]) == sum(v(r[j]) for j in js[1:]), (name, r)
            tot = next(r for r in t.rows if "合计" in r or "总计" in r)
            for j in mcols:
                assert v(tot[j]) == sum(v(t.rows[i][j]) for i, _x in t.projects), (name, "proj total", j)
                for gi, members in t.groups:
                    if gi is not None:
                        assert v(t.rows[gi][j]) == sum(v(t.rows[i][j]) for i, _x in members), (name, gi)
            acts = [j for j in mcols if t.kinds[j][1] == "all" and not t.kinds[j][2]]
            if acts:  # the projects' actual total = the 支出表's 项目支出
                exp_t0 = next(x for x in tabs if x.key == EXP)
                assert v(tot[acts[0]]) == v(exp_t0.rows[0][4]), (name, "proj = 支出表 项目支出")
    # the summaries: re-add each side from the printed labels
    for key in (IS, FS):
        parts = by[key]
        sides = []  # [(label, [values])] per side
        for t in parts:
            if t.kind == "stacked":
                money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
                rows = [(r[0], [v(r[j]) for j in money]) for r in t.rows]
                cut = next(i for i, (lab, _x) in enumerate(rows) if "总计" in lab) + 1
                sides += [rows[:cut], rows[cut:]]
            else:
                for lab, money in t.sides:
                    sides.append([(r[lab], [v(r[j]) for j, _k in money]) for r in t.rows if r[lab]])
        for rows in sides:
            n = len(rows[0][1])
            top = [x for lab, x in rows if lab in info["top"]]
            tot_row = next(x for lab, x in rows if lab in ("本年收入合计", "本年支出合计"))
            for i in range(n):
                assert sum(x[i] for x in top) == tot_row[i], (name, key, i, rows[0][0])
            if key == IS and not final and doc["style"].get("template") == "2024":
                unit = next((x for lab, x in rows if lab.endswith("单位资金")), None)
                us = [x for lab, x in rows if lab in info["sub"] and "结转" not in lab]
                if unit is not None:
                    assert [sum(x[i] for x in us) for i in range(n)] == unit, name
            carry = [
                x
                for lab, x in rows
                if lab
                in (
                    "上年结转结余",
                    "上年结转",
                    "年初结转和结余",
                    "年初财政拨款结转和结余",
                    "结转下年",
                    "年末结转和结余",
                    "年末财政拨款结转和结余",
                )
            ]
            grand = next(x for lab, x in rows if "总计" in lab)
            assert [tot_row[i] + sum(c[i] for c in carry) for i in range(n)] == grand, (name, key, rows[0][0])
        if len(sides) == 2 and len(sides[0][0][1]) == len(sides[1][0][1]):
            g = [next(x for lab, x in rows if "总计" in lab) for rows in sides]
            assert g[0] == g[1], (name, key, g)
        grands = [next(x for lab, x in rows if "总计" in lab) for rows in sides]
        own = [x[0] if len(x) == 4 else x[-1] for x in grands]
        assert len(set(own)) == 1, (name, key, own)
        if key == FS:
            for rows in sides:
                for lab, x in rows:
                    if len(x) == 4:
                        assert x[0] == x[1] + x[2] + x[3], (name, lab)
    # across tables
    exp_t = next(t for t in tabs if t.key == EXP)
    inc_t = next(t for t in tabs if t.key == INC)
    gb_t = next(t for t in tabs if t.key == GB)
    eb_t = next(t for t in tabs if t.key == EB)
    assert v(exp_t.rows[0][2]) == info["spend"], name
    assert v(inc_t.rows[0][2]) == (info["income_total"] if final else info["grand"]), name
    assert v(gb_t.rows[0][3]) == v(eb_t.rows[0][2]), (name, "basic = 基本支出表")
    return True


# ============================================================================================ the 说明
def narrative(doc, tabs, info):
    """The 说明: [(text, is_heading)] and the claims it states [(kind, code, figures in 万元 as printed)]."""
    y, org, u = doc["year"], doc["org"], doc["unit"]
    m, _e = info["m"], info["e"]

    def W(x):  # noqa: N802
        return wan(x, u)

    def n(x):
        return W(x).replace(",", "")

    def rate(a, b):
        return str((a / b * 100).quantize(D("0.01"), ROUND_HALF_UP))

    final = doc["kind"] == "final_account"
    out, claims = [], []
    out.append(("第一部分 部门概况", True))
    out.append(("一、主要职能", True))
    out.append((doc["profile"], False))
    out.append(("二、部门预算单位构成", True) if not final else ("二、部门决算单位构成", True))
    out.append(
        (
            f"纳入本部门{y}年度{'决算' if final else '预算'}编制范围的单位共{doc['n_units']}个，包括本级及所属单位。",
            False,
        )
    )
    if final:
        grand = info["grand"]
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(grand)}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(grand)}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(info['income_total'])}万元，其中：财政拨款收入"
                f"{W(info['fin_total'])}万元，其他资金{W(info['income_total'] - info['fin_total'])}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(info["income_total"])}))
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(info['spend'])}万元，其中：基本支出{W(m.t(kinds=('pe', 'pu')))}万元，项目支出"
                f"{W(m.t(kinds='p'))}万元。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        bud, gp = d(doc["gp_budget"]), m.t("gp")
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数大于年初预算数的主要原因是年中追加了项目资金。"
                if gp > bud
                else f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数小于年初预算数的主要原因是厉行节约、压减一般性支出。",
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        b = [sum(d(x) for x in doc["sangong_budget"]), d(doc["sangong_budget"][0])]
        a = [sum(d(x) for x in doc["sangong"])]
        sv = [d(x) for x in doc["sangong"]]
        out.append(("五、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(b[0])}万元，支出决算为{W(a[0])}万元，完成年初预算的"
                f"{rate(a[0], b[0])}%。其中：因公出国（境）费支出决算为{W(sv[0])}万元；公务用车购置及运行费支出决算为"
                f"{W(sv[1] + sv[2])}万元；公务接待费支出决算为{W(sv[3])}万元。",
                False,
            )
        )
        claims.append(
            ("sangong_execution", None, {"budget": n(b[0]), "actual": n(a[0]), "rate": rate(a[0], b[0])})
        )
        out.append(("六、政府性基金预算财政拨款收入支出决算情况说明", True))
        if m.t("gf"):
            out.append((f"{y}年度政府性基金预算财政拨款支出{W(m.t('gf'))}万元，全部为项目支出。", False))
        else:
            out.append((f"本部门{y}年度没有政府性基金预算财政拨款收入支出。", False))
    else:
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(info['grand'])}万元。",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"支出预算中，基本支出{W(m.t(kinds=('pe', 'pu')))}万元，占{rate(m.t(kinds=('pe', 'pu')), info['spend'])}%；"
                f"项目支出{W(m.t(kinds='p'))}万元，占{rate(m.t(kinds='p'), info['spend'])}%。",
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算支出{W(m.t('gp'))}万元，其中：基本支出{W(m.t('gp', ('pe', 'pu')))}万元，项目支出"
                f"{W(m.t('gp', 'p'))}万元。",
                False,
            )
        )
        sv = [d(x) for x in doc["sangong"]]
        out.append(("四、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sum(sv))}万元，其中：因公出国（境）费{W(sv[0])}万元，公务用车购置及运行费"
                f"{W(sv[1] + sv[2])}万元（公务用车运行费{W(sv[2])}万元），公务接待费{W(sv[3])}万元。",
                False,
            )
        )
        out.append(("五、政府性基金预算支出情况说明", True))
        out.append(
            (
                f"{y}年政府性基金预算支出{W(m.t('gf'))}万元，全部为项目支出。"
                if m.t("gf")
                else f"本部门{y}年无政府性基金预算支出。",
                False,
            )
        )
    out.append(("第四部分 名词解释", True))
    out.append(("一、财政拨款收入：指本级财政当年拨付的资金。", False))
    out.append(("二、事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。", False))
    out.append(("三、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。", False))
    out.append(("四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False))
    out.append(("五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False))
    out.append(
        ("六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", False)
    )
    return out, claims
