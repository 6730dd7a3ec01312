"""Tables, 说明 and expectations of the rules_s33h reports (copied from rules_s33c/s33c_lib.py and extended: the fund
FLOW tables, 国有资本经营 money, per-fund 年初 / 年末结转和结余). Everything printed is built here from the figures typed
in rules_s33h_data.py; nothing reads the parser.

Added to s33c's model: funds sc (国有资本经营) and cgf (a budget's 政府性基金 上年结转 spent); a final account's leaves
carry gcb / gce (政府性基金 年初 / 年末结转和结余) and scb / sce (国有资本经营) beside cb / ce (一般公共预算); a fund's
本年收入 = spending + 年末 − 年初 (a negative 年末 is money over-spent). flow_table() prints a fund's 收入支出 table;
unique_flow() proves that a plain text's flow rows, blank cells dropped, fit one placement only.

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
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"
FUNDS = ("gp", "gf", "sc", "biz", "oth", "cof", "cgf", "cou")
CARRY = {"gp": ("cb", "ce"), "gf": ("gcb", "gce"), "sc": ("scb", "sce")}
CARRY_KEYS = ("cb", "ce", "gcb", "gce", "scb", "sce")
SC = "state_capital"
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
    "20809": "退役安置",
    "2080901": "军队移交政府的离退休人员安置",
    "2080902": "军队移交政府离退休干部管理机构",
    "2080999": "其他退役安置支出",
    "20828": "退役军人管理事务",
    "2082801": "行政运行",
    "2082804": "拥军优属",
    "2082850": "事业运行",
    "2120801": "征地和拆迁补偿支出",
    "2120802": "土地开发支出",
    "2120804": "农村基础设施建设支出",
    "2120102": "一般行政管理事务",
    "2296006": "用于残疾人事业的彩票公益金支出",
    "215": "资源勘探工业信息等支出",
    "21505": "工业和信息产业监管",
    "2150501": "行政运行",
    "2150599": "其他工业和信息产业监管支出",
    "21508": "支持中小企业发展和管理支出",
    "2150805": "中小企业发展专项",
    "223": "国有资本经营预算支出",
    "22301": "解决历史遗留问题及改革成本支出",
    "2230105": "国有企业退休人员社会化管理补助支出",
    "22302": "国有企业资本金注入",
    "2230299": "其他国有企业资本金注入",
    "2081001": "儿童福利",
    "2081005": "社会福利事业单位",
    "20811": "残疾人事业",
    "2081199": "其他残疾人事业支出",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
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


class Money:
    def __init__(self, doc):
        self.doc = doc
        self.names = doc.get("names", {})
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            code, *parts = line.split()
            assert code in FUNC and code[:5] in FUNC and code[:3] in FUNC, code
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in parts)}
            for k in self.leaf[code]:
                if k in CARRY_KEYS:
                    continue
                f, kind = k.split("_")
                assert f in FUNDS and kind in ("pe", "pu", "p"), k

    def name(self, c):
        return self.names.get(c, FUNC[c])

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
        which = (which,) if isinstance(which, str) else which
        return sum((p.get(w, Z) for c, p in self.leaf.items() if c.startswith(code) for w in which), Z)

    def finc(self, fund, code=""):
        """A final account's 本年收入 of a fiscal fund: its spending + 年末 − 年初 结转和结余."""
        cb, ce = CARRY[fund]
        return self.t(fund, code=code) + self.carry(ce, code) - self.carry(cb, code)

    def fin_income(self, code=""):
        return sum((self.finc(f, code) for f in CARRY), Z)

    def codes(self, funds=FUNDS, kinds=("pe", "pu", "p"), carry=(), pred=None):
        out = set()
        for c in self.leaf:
            hit = self.t(funds, kinds, c) != 0 or any(self.carry(k, c) for k in carry)
            if pred is not None:
                hit = pred(c)
            if hit:
                out |= {c[:3], c[:5], c}
        return sorted(out)

    def classes(self, funds=FUNDS):
        return [c for c in self.codes(funds) if len(c) == 3]


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


def coded_table(
    key, title, unit, m, cols, value_fn, z, codes, total_label="合计", total_last=False, kind="coded"
):
    tcols = [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + cols
    tot = ["", total_label] + [fmt(v, z) for v in value_fn("")]
    body = [[c, m.name(c)] + [fmt(v, z) for v in value_fn(c)] for c in codes]
    rows = body + [tot] if total_last else [tot] + body
    exp = []
    for r in rows:
        vals = {c.key: want(r[j + 2]) for j, c in enumerate(cols) if c.key and want(r[j + 2])}
        if vals:
            exp.append((r[0] or None, r[1], vals))
    return Tab(key, title, unit, tcols, rows, exp, kind=kind)


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


def flow_columns(final, st):
    sub = st.get("flow_sub", "小计")
    if final:
        return [
            Col(("年初结转和结余",), "money", "carryover_begin"),
            Col(("本年收入",), "money", "income"),
            Col(("本年支出", sub), "money", "total"),
            Col(("本年支出", "基本支出"), "money", "basic"),
            Col(("本年支出", "项目支出"), "money", "project"),
            Col(("年末结转和结余",), "money", "carryover_end"),
        ]
    return [
        Col((st.get("carry_head", "上年结转"),), "money", "carryover_begin"),
        Col(("本年收入",), "money", "income"),
        Col(("本年支出", sub), "money", "total"),
        Col(("本年支出", "基本支出"), "money", "basic"),
        Col(("本年支出", "项目支出"), "money", "project"),
    ]


def flow_table(key, title, unit, m, fund, z, st, final, carried):
    """A fund's 收入支出 table: a final account's 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余,
    or a budget's 上年结转 | 本年收入 | 本年支出 (合计 | 基本 | 项目), the 上年结转 money spent being the fund `carried`."""
    cols = flow_columns(final, st)
    last = st.get("flow_total_last", False)
    if final:
        cb, ce = CARRY[fund]

        def vals(c):
            return [
                m.carry(cb, c),
                m.finc(fund, c),
                m.t(fund, code=c),
                m.t(fund, ("pe", "pu"), c),
                m.t(fund, "p", c),
                m.carry(ce, c),
            ]

        codes = m.codes((fund,), carry=(cb, ce))
    else:
        both = (fund, carried) if carried else (fund,)

        def vals(c):
            return [
                m.t(carried, code=c) if carried else Z,
                m.t(fund, code=c),
                m.t(both, code=c),
                m.t(both, ("pe", "pu"), c),
                m.t(both, "p", c),
            ]

        codes = m.codes(both)
    return coded_table(key, title, unit, m, cols, vals, z, codes, total_last=last, kind="flow")


def empty_table(key, title, unit, st, final, words):
    """An empty table: its statement alone, or (st["empty_head"]) its header and a 合计 row without figures, then
    the statement as a note."""
    if st.get("empty_head"):
        tcols = [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + flow_columns(final, st)
        return Tab(
            key,
            title,
            unit,
            tcols,
            [["", "合计"] + [""] * (len(tcols) - 2)],
            [],
            kind="empty_head",
            empty="注：" + words,
        )
    return Tab(key, title, unit, [], [], [], kind="empty", empty=words)


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
        fin_in = m.fin_income()
        inc_items = [
            ("一般公共预算财政拨款收入", m.finc("gp")),
            ("政府性基金预算财政拨款收入", m.finc("gf")),
            ("国有资本经营预算财政拨款收入", m.finc("sc")),
            ("上级补助收入", Z),
            ("事业收入", m.t("biz")),
            ("经营收入", Z),
            ("附属单位上缴收入", Z),
            ("其他收入", m.t("oth")),
        ]
        income_total = fin_in + m.t("biz") + m.t("oth")
        carry_in = [("年初结转和结余", m.carry(("cb", "gcb", "scb")))]
        carry_out = [("年末结转和结余", m.carry(("ce", "gce", "sce")))]
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
                ("国有资本经营预算拨款收入", m.t("sc")),
                ("财政专户管理资金收入", Z),
                ("单位资金", m.t(("biz", "oth")), unit_parts),
            ]
            carry_in = [
                (
                    "上年结转结余",
                    m.t(("cof", "cgf", "cou")),
                    [("财政拨款结转", m.t(("cof", "cgf"))), ("单位资金结转", m.t("cou"))],
                )
            ]
        else:
            inc_items = [
                ("一般公共预算拨款收入", m.t("gp")),
                ("政府性基金预算拨款收入", m.t("gf")),
                ("国有资本经营预算拨款收入", m.t("sc")),
                ("事业收入", m.t("biz")),
                ("事业单位经营收入", Z),
                ("其他收入", m.t("oth")),
            ]
            carry_in = [("上年结转", m.t(("cof", "cgf", "cou")))]
        income_total = m.t(("gp", "gf", "sc", "biz", "oth"))
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
        exp_items = [(m.name(c), m.t(code=c)) for c in classes]

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
            fin = m.fin_income(c)
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
                m.codes(pred=lambda c: inc_val(c, None) != 0),
            )
        )
    else:
        inc_cols = [(("合计",), "total", FUNDS)]
        if m.t(("cof", "cgf", "cou")):
            inc_cols.append((("上年结转",), "carryover_begin", ("cof", "cgf", "cou")))
        inc_cols += [
            (("一般公共预算拨款收入",), "general_public", "gp"),
            (("政府性基金预算拨款收入",), "government_fund", "gf"),
        ]
        if m.t("sc"):
            inc_cols.append((("国有资本经营预算拨款收入",), "state_capital", "sc"))
        inc_cols += [
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
    fiscal_codes = m.classes(("gp", "gf", "sc", "cof", "cgf"))
    if final:
        fin_items = [
            ("一般公共预算财政拨款", m.finc("gp")),
            ("政府性基金预算财政拨款", m.finc("gf")),
            ("国有资本经营预算财政拨款", m.finc("sc")),
        ]
        fin_total = m.fin_income()
        fcarry_in = [("年初财政拨款结转和结余", m.carry(("cb", "gcb", "scb")))]
        fcarry_out = ("年末财政拨款结转和结余", m.carry(("ce", "gce", "sce")))
        fgl, fgr = "总计", "总计"
        ftitle = "财政拨款收入支出决算总表"
    else:
        fin_items = [
            ("一般公共预算拨款收入", m.t("gp")),
            ("政府性基金预算拨款收入", m.t("gf")),
            ("国有资本经营预算拨款收入", m.t("sc")),
        ]
        fin_total = m.t(("gp", "gf", "sc"))
        fcarry_in = [("上年结转", m.t(("cof", "cgf")))]
        fcarry_out = ("结转下年", Z)
        fgl, fgr = "收入总计", "支出总计"
        ftitle = st.get("fs_title", "财政拨款收支总表")
    fgrand = fin_total + fcarry_in[0][1]

    def four(c=""):
        gpx = m.t(("gp", "cof"), code=c)
        gfx = m.t(("gf", "cgf"), code=c)
        scx = m.t("sc", code=c)
        return [f(gpx + gfx + scx), f(gpx), f(gfx), f(scx)]

    fnum = st.get("fs_num", num)
    fleft = [(number(i, fnum) + n, [f(v)]) for i, (n, v) in enumerate(fin_items)]
    fright = [(number(i, fnum) + m.name(c), four(c)) for i, c in enumerate(fiscal_codes)]
    top_labels.update(lab for lab, _c in fleft + fright)
    tot4 = four()
    ends = [m.carry(CARRY[x][1]) for x in ("gp", "gf", "sc")] if final else [Z, Z, Z]
    end4 = [f(fcarry_out[1])] + [f(x) for x in ends]
    grand4 = [
        f(fgrand),
        f(m.t(("gp", "cof")) + ends[0]),
        f(m.t(("gf", "cgf")) + ends[1]),
        f(m.t("sc") + ends[2]),
    ]
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

    # ---------------------------------------------------------------- 一般公共预算支出表 (or its flow)
    gx = [
        (("合计",), "total", ("pe", "pu", "p")),
        (("基本支出",), "basic", ("pe", "pu")),
        (("项目支出",), "project", "p"),
    ]
    if st.get("gb_flow"):
        tabs.append(
            flow_table(
                GB,
                "一般公共预算财政拨款收入支出决算表" if final else st.get("gb_title", "一般公共预算支出表"),
                u,
                m,
                "gp",
                z,
                st,
                final,
                "cof",
            )
        )
    else:
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
    # ---------------------------------------------------------------- 政府性基金, 国有资本经营
    gtitle = st.get("gf_title", "政府性基金预算财政拨款收入支出决算表" if final else "政府性基金预算支出表")
    if m.t(("gf", "cgf")) or m.carry(("gcb", "gce")):
        if final or st.get("gf_flow"):
            tabs.append(flow_table(GF, gtitle, u, m, "gf", z, st, final, "cgf"))
        else:
            cols = [Col(h, "money", k) for h, k, _ in gx]
            tabs.append(
                coded_table(
                    GF,
                    gtitle,
                    u,
                    m,
                    cols,
                    lambda c: [m.t("gf", kk, c) for _h, _k, kk in gx],
                    z,
                    m.codes("gf"),
                )
            )
    else:
        tabs.append(
            empty_table(
                GF, gtitle, u, st, final, f"本部门{y}年度无政府性基金预算财政拨款收入支出，故本表无数据。"
            )
        )
    stitle = st.get(
        "sc_title", "国有资本经营预算财政拨款收入支出决算表" if final else "国有资本经营预算支出表"
    )
    if m.t("sc") or m.carry(("scb", "sce")):
        if final or st.get("sc_flow"):
            tabs.append(flow_table(SC, stitle, u, m, "sc", z, st, final, None))
        else:
            cols = [Col(h, "money", k) for h, k, _ in gx]
            tabs.append(
                coded_table(
                    SC,
                    stitle,
                    u,
                    m,
                    cols,
                    lambda c: [m.t("sc", kk, c) for _h, _k, kk in gx],
                    z,
                    m.codes("sc"),
                )
            )
    elif final or st.get("sc_table"):
        tabs.append(
            empty_table(
                SC, stitle, u, st, final, f"本部门{y}年度无国有资本经营预算财政拨款收入支出，此表为空表。"
            )
        )
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


# ============================================================================================ expectations
def expectations(tabs):
    specs = {}
    for t in tabs:
        if t.kind in ("empty", "empty_head"):
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
        if t.kind == "flow":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            for c, vals in body.items():
                if final:
                    b_, i_, s_, ba, pr, e_ = vals
                    assert b_ + i_ - s_ == e_ and s_ == ba + pr, (name, t.title, c)
                else:
                    b_, i_, s_, ba, pr = vals
                    assert b_ + i_ == s_ == ba + pr, (name, t.title, c)
                c = c or ""
                step = {0: 3, 3: 5, 5: 7}.get(len(c))
                kids = [k for k in body if k and len(k) == step and k.startswith(c)]
                assert kids or len(c) == 7, (name, t.title, c)
                for i in range(len(vals)):
                    if kids:
                        assert sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)
            if name.endswith(".txt") and not name.endswith(".layout.txt"):
                exp_t = next(x for x in tabs if x.key == EXP)
                pins = {r[0]: [v(x) for x in r[2:5]] for r in exp_t.rows if r[0]}
                unique_flow(name, t, final, pins)
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

    def tot(t):
        return next(r for r in t.rows if not r[0])

    assert v(tot(exp_t)[2]) == info["spend"], name
    assert v(tot(inc_t)[2]) == (info["income_total"] if final else info["grand"]), name
    assert v(tot(gb_t)[5 if gb_t.kind == "flow" else 3]) == v(tot(eb_t)[2]), (name, "basic = 基本支出表")
    # each fund's flow table's 合计 = the 财政拨款总表's figures of the fund
    m = info["m"]
    for t in tabs:
        if t.kind != "flow":
            continue
        fund = {GB: "gp", GF: "gf", SC: "sc"}[t.key]
        r = [v(x) for x in tot(t)[2:]]
        if final:
            cb, ce = CARRY[fund]
            assert r == [
                m.carry(cb),
                m.finc(fund),
                m.t(fund),
                m.t(fund, ("pe", "pu")),
                m.t(fund, "p"),
                m.carry(ce),
            ]
        else:
            assert r[1] == m.t(fund) and r[2] == m.t(
                {"gp": ("gp", "cof"), "gf": ("gf", "cgf"), "sc": ("sc",)}[fund]
            )
    return True


def unique_flow(name, t, final, pins):
    """Plain text drops blank cells: the printed figures of every row of a flow table must fit ONE placement on the
    columns that keeps the row's identities and every parent = Σ children column sum (so a reader can tell). A
    code's 支出决算表 / 部门支出总表 row (pins: total, basic, project) of the same total as the placement's 本年支出
    fixes its 基本支出 / 项目支出 (a fund's project money printed alone fits either column by the row's sums)."""
    from itertools import combinations, product

    n = len(t.cols) - 2
    rows = [(r[0] or None, [d(x) for x in r[2:] if x], [d(x) if x else Z for x in r[2:]]) for r in t.rows]

    def ok(x):
        if final:
            return x[0] + x[1] - x[2] == x[5] and x[2] == x[3] + x[4]
        return x[0] + x[1] == x[2] == x[3] + x[4]

    cands = []
    for code, vals, truth in rows:
        cs = []
        for chosen in combinations(range(n), len(vals)):
            x = [Z] * n
            for j, val in zip(chosen, vals):
                x[j] = val
            pin = pins.get(code)
            if pin and x[2] == pin[0] and (x[3], x[4]) != (pin[1], pin[2]):
                continue
            if ok(x):
                cs.append(x)
        assert truth in cs, (name, t.title, code)
        cands.append(cs)
    codes = [c for c, _v, _t in rows]
    fams = []
    for i, c in enumerate(codes):
        step = {None: 3, 3: 5, 5: 7}.get(len(c) if c else None)
        kids = [j for j, k in enumerate(codes) if k and len(k) == step and k.startswith(c or "")]
        if kids:
            fams.append((i, kids))
    # arc consistency over the families (parent, its children): keep the placements that some choice of the others'
    # placements sums with; every row must end with one
    changed = True
    while changed:
        changed = False
        for i, kids in fams:
            members = [i] + kids
            keep = {m_: set() for m_ in members}
            for combo in product(*(range(len(cands[m_])) for m_ in members)):
                pv = cands[i][combo[0]]
                if all(pv[q] == sum(cands[j][k][q] for j, k in zip(kids, combo[1:])) for q in range(n)):
                    for m_, k in zip(members, combo):
                        keep[m_].add(k)
            for m_ in members:
                if len(keep[m_]) < len(cands[m_]):
                    cands[m_] = [cands[m_][k] for k in sorted(keep[m_])]
                    changed = True
    open_rows = [c for c, cs in zip(codes, cands) if len(cs) != 1]
    assert not open_rows, (name, t.title, "rows open to more than one placement", open_rows)
    for (code, _v, truth), cs in zip(rows, cands):
        assert cs == [truth], (name, t.title, code)


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
        for head, fund, word in (
            ("六、政府性基金预算财政拨款收入支出决算情况说明", "gf", "政府性基金预算"),
            ("七、国有资本经营预算财政拨款收入支出决算情况说明", "sc", "国有资本经营预算"),
        ):
            out.append((head, True))
            cb, ce = CARRY[fund]
            if m.t(fund) or m.carry((cb, ce)):
                end = m.carry(ce)
                out.append(
                    (
                        f"{y}年度{word}财政拨款年初结转和结余{W(m.carry(cb))}万元，本年收入{W(m.finc(fund))}万元，本年支出"
                        f"{W(m.t(fund))}万元，年末结转和结余{W(end)}万元"
                        + ("（本年支出超过可用资金，年末为负数，系提前支付的工程款）。" if end < 0 else "。"),
                        False,
                    )
                )
            else:
                out.append((f"本部门{y}年度没有{word}财政拨款收入支出。", False))
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
        gfa = m.t(("gf", "cgf"))
        out.append(
            (
                f"{y}年政府性基金预算支出{W(gfa)}万元，其中：使用上年结转{W(m.t('cgf'))}万元，本年收入安排"
                f"{W(m.t('gf'))}万元。"
                if gfa
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
