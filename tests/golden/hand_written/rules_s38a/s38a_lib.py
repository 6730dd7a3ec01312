"""The rules_s38a builder: the nine tables of a Shanghai district 部门预算 / 单位预算 (as corpus/real/sh_putuo_sfj_2026_*
print them) built from the figures typed in rules_s38a_data.py, every identity re-added from the PRINTED strings at
build time (a typing slip fails at import), the expectations (../review_check.py's format) read from the printed
strings, and the 说明 (编制说明 + 其他相关情况说明) with its claims.

Typed per document (rules_s38a_data.py):
- leaves: per functional 项 "code key=value …", key <fund>_<kind>: fund gp 一般公共预算 / gf 政府性基金 / biz 事业收入 /
  ops 事业单位经营收入 / oth 其他收入, kind pe 人员经费 / pu 公用经费 (基本支出) / p 项目支出; in the document's unit;
- econ: the 一般公共预算 基本支出 by economic 款 (301xx / 303xx personnel, 302xx / 310xx public);
- sangong (出国, 接待, 购置, 运行) in 万元, the 机关运行经费 in 万元 (typed; = the 公用经费 rounded, checked);
- prior: per fiscal 项 (the 说明's 财政拨款支出主要内容) the 上年预算执行数 in 万元, its use and its reason;
- last: last year's 财政拨款 / 一般公共预算 / 政府性基金 budget (万元), the 三公 items' last year figures.

Printed tables (key: columns):
 1 财务收支预算总表 income_expenditure_summary: income rows (一、财政拨款收入 / 1、一般公共预算 / 2、政府性基金预算 /
   3、国有资本经营预算 / 二、事业收入 / 三、事业单位经营收入 / 四、其他收入 / 收入总计: income); expenditure rows per 类
   (部门: expenditure; 单位: expenditure | expenditure_personnel | expenditure_public_funds | expenditure_project);
 2 收入预算总表 income_by_function: total | fiscal_appropriation | business | operating_income | other_income;
 3 支出预算总表 expenditure_by_function: total | basic | project;
 4 财政拨款收支预算总表 fiscal_summary: income rows per fund; 类 rows: expenditure | expenditure_general_public |
   expenditure_government_fund | expenditure_state_capital;
 5 一般公共预算支出功能分类预算表 general_budget_by_function: total | basic | project (gp);
 6 政府性基金预算支出功能分类预算表 government_fund: total | basic | project (gf), or "无" + 注 (empty);
 7 国有资本经营预算支出功能分类预算表 state_capital: always empty ("无" + 注);
 8 一般公共预算基本支出部门预算经济分类预算表 general_budget_basic_by_economic: total | personnel | public_funds;
 9 “三公”经费和机关运行经费预算表 sangong (万元, one row "*"): total | outbound | reception | vehicle |
   vehicle_purchase | vehicle_operation | operating_costs."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal as D

Z = D(0)
FUNDS = ("gp", "gf", "biz", "ops", "oth")
KINDS = ("pe", "pu", "p")

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "20129": "群众团体事务",
    "2012999": "其他群众团体事务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
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
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070199": "其他文化和旅游支出",
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
    "2080599": "其他行政事业单位养老支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "2081005": "社会福利事业单位",
    "20811": "残疾人事业",
    "2081107": "残疾人生活和护理补贴",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100202": "中医（民族）医院",
    "2100203": "传染病医院",
    "2100205": "精神病医院",
    "2100206": "妇幼保健医院",
    "2100299": "其他公立医院支出",
    "21003": "基层医疗卫生机构",
    "2100301": "城市社区卫生机构",
    "2100399": "其他基层医疗卫生机构支出",
    "21004": "公共卫生",
    "2100402": "卫生监督机构",
    "2100403": "妇幼保健机构",
    "2100405": "应急救治机构",
    "2100410": "突发公共卫生事件应急处理",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "2100799": "其他计划生育事务支出",
    "21013": "医疗救助",
    "2101301": "城乡医疗救助",
    "21016": "老龄卫生健康事务",
    "2101601": "老龄卫生健康事务",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100499": "其他公共卫生支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21302": "林业和草原",
    "2130205": "森林资源培育",
    "2130209": "森林生态效益补偿",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
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
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30213": "维修(护)费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30305": "生活补助",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
}
PERSONNEL_ECON = ("301", "303")
CN = "一二三四五六七八九十"
WAN = D("10000")


def d(s):
    return D(str(s).replace(",", ""))


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def money(x, style):
    """A figure as the table prints it: style "comma" 1,234.50 / "plain" 1234.50 / "int" (an integer without
    decimals when whole: 12,604,173, the corpus's mixed cells); zeros per style "zero" ("0.00", "0", "" blank)."""
    if x == 0:
        return style.get("zero", "0.00")
    s = f"{q2(x):,.2f}" if style.get("num", "comma") in ("comma", "int") else f"{q2(x):.2f}"
    if style.get("num") == "int" and s.endswith(".00"):
        s = s[:-3]
    return s


def wan(x, unit):
    """万元 of a figure in the document's unit (rounded to 2 decimals)."""
    return q2(x / WAN) if unit == "元" else q2(x)


def wtxt(x, strip=False):
    if x == 0:
        return "0"
    s = f"{q2(x):.2f}"
    if strip:
        s = s.rstrip("0").rstrip(".") if "." in s else s
    return s


@dataclass
class Tab:
    key: str
    title: str
    unit: str
    kind: str  # "func" (类 款 项 columns) / "econ" (类 款) / "summary" / "fiscal" / "sangong" / "empty"
    head: list  # money column headers (list of header paths)
    keys: list  # column keys of the money columns
    rows: list = field(
        default_factory=list
    )  # func / econ: [code, name, *cells]; summary: [lname, lval, rname, *rvals]
    note: str = ""
    empty: bool = False


NAMES = dict(FUNC)  # the names of the document being built (a year's own names: doc["names"])


class Model:
    def __init__(self, doc):
        self.doc = doc
        NAMES.clear()
        NAMES.update(FUNC, **doc.get("names", {}))
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            code, *kv = line.split()
            assert code in FUNC and len(code) == 7 and code[:5] in FUNC and code[:3] in FUNC, code
            vals = {}
            for x in kv:
                k, v = x.split("=")
                f, kind = k.split("_")
                assert f in FUNDS and kind in KINDS, (code, k)
                vals[(f, kind)] = d(v)
            self.leaf[code] = vals

    def t(self, funds, kinds=KINDS, code=""):
        return sum(
            (
                v
                for c, vals in self.leaf.items()
                if c.startswith(code)
                for (f, k), v in vals.items()
                if f in funds and k in kinds
            ),
            Z,
        )

    def codes(self, funds):
        out = set()
        for c, vals in self.leaf.items():
            if any(f in funds and v != 0 for (f, _k), v in vals.items()):
                out |= {c[:3], c[:5], c}
        return sorted(out)

    def klasses(self, funds):
        return [c for c in self.codes(funds) if len(c) == 3]


def func_table(m, key, title, unit, funds, cols, style):
    """cols: [(header, key, funds, kinds)]."""
    t = Tab(key, title, unit, "func", [h for h, *_ in cols], [k for _h, k, *_ in cols])
    codes = m.codes(funds)
    if not codes:
        t.empty = True
        return t
    for c in codes:
        t.rows.append([c, NAMES[c]] + [money(m.t(f, ks, c), style) for _h, _k, f, ks in cols])
    t.rows.append(["", "合计"] + [money(m.t(f, ks), style) for _h, _k, f, ks in cols])
    return t


def readd_func(name, t, groups):
    """Row = Σ parts (groups: [(total index, [part indexes])]); 类 = Σ 款 = Σ 项; 合计 = Σ 类 — from the printed strings."""
    if t.empty:
        return
    body = {r[0]: [d(x or 0) for x in r[2:]] for r in t.rows}
    for c, vals in body.items():
        for tot, parts in groups:
            assert vals[tot] == sum(vals[p] for p in parts), (name, t.title, c)
        step = {"": 3, 3: 5, 5: 7}.get(len(c) if c else "")
        if step is None:
            continue
        kids = [k for k in body if k and len(k) == step and k.startswith(c)]
        for i in range(len(vals)):
            assert sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)


def build(name, doc):
    m = Model(doc)
    unit, st, dept = doc["unit"], doc["style"], doc["scope"] == "部门"
    y = doc["year"]
    pre = f"{y}年部门" if dept else f"{y}年预算单位"
    tabs = []
    allf = FUNDS
    fisc = ("gp", "gf")
    sty = lambda k: dict(st, **st.get(k, {}))  # noqa: E731

    # 1 财务收支预算总表
    s1 = sty("summary")
    kl = m.klasses(allf)
    inc = [
        ("一、财政拨款收入", m.t(fisc)),
        ("1、一般公共预算", m.t(("gp",))),
        ("2、政府性基金预算", m.t(("gf",))),
        ("3、国有资本经营预算", Z),
        ("二、事业收入", m.t(("biz",))),
        ("三、事业单位经营收入", m.t(("ops",))),
        ("四、其他收入", m.t(("oth",))),
    ]
    if dept:
        cols1 = [("expenditure", allf, KINDS)]
        head1 = [("本年支出", "预算数")]
    else:
        cols1 = [
            ("expenditure", allf, KINDS),
            ("expenditure_personnel", allf, ("pe",)),
            ("expenditure_public_funds", allf, ("pu",)),
            ("expenditure_project", allf, ("p",)),
        ]
        head1 = [("合计",), ("基本支出", "人员经费"), ("基本支出", "公用经费"), ("项目支出",)]
    t1 = Tab(
        "income_expenditure_summary", pre + "财务收支预算总表", unit, "summary", head1, [c[0] for c in cols1]
    )
    n = max(len(inc), len(kl))
    for i in range(n):
        left = [inc[i][0], money(inc[i][1], s1)] if i < len(inc) else ["", ""]
        right = (
            [f"{CN[i]}、{NAMES[kl[i]]}"] + [money(m.t(f, ks, kl[i]), s1) for _k, f, ks in cols1]
            if i < len(kl)
            else [""] + [""] * len(cols1)
        )
        t1.rows.append(left + right)
    t1.rows.append(
        ["收入总计", money(m.t(allf), s1), "支出总计"] + [money(m.t(f, ks), s1) for _k, f, ks in cols1]
    )
    tabs.append(t1)
    # re-add: 财政拨款 = 一般 + 基金 + 国资; 收入总计 = 一 + 二 + 三 + 四; 支出 类 = Σ parts; 支出总计 = Σ 类 = 收入总计
    v = [d(r[1] or 0) for r in t1.rows[: len(inc)]]
    assert v[0] == v[1] + v[2] + v[3] and d(t1.rows[-1][1]) == v[0] + v[4] + v[5] + v[6], name
    if not dept:
        for r in t1.rows:
            if r[2]:
                assert d(r[3] or 0) == sum(d(x or 0) for x in r[4:7]), (name, r)
    for j in range(len(cols1)):
        assert d(t1.rows[-1][3 + j] or 0) == sum(d(r[3 + j] or 0) for r in t1.rows[:-1] if r[2]), name
    assert d(t1.rows[-1][1]) == d(t1.rows[-1][3]), name

    # 2 收入预算总表
    c2 = [
        ("合计", "total", allf, KINDS),
        ("财政拨款收入", "fiscal_appropriation", fisc, KINDS),
        ("事业收入", "business", ("biz",), KINDS),
        ("事业单位经营收入", "operating_income", ("ops",), KINDS),
        ("其他收入", "other_income", ("oth",), KINDS),
    ]
    t2 = func_table(m, "income_by_function", pre + "收入预算总表", unit, allf, c2, sty("income"))
    readd_func(name, t2, [(0, [1, 2, 3, 4])])
    t2.group = "收入预算"
    tabs.append(t2)
    # 3 支出预算总表
    c3 = [
        ("合计", "total", allf, KINDS),
        ("基本支出", "basic", allf, ("pe", "pu")),
        ("项目支出", "project", allf, ("p",)),
    ]
    t3 = func_table(m, "expenditure_by_function", pre + "支出预算总表", unit, allf, c3, sty("expense"))
    readd_func(name, t3, [(0, [1, 2])])
    t3.group = "支出预算"
    tabs.append(t3)
    assert d(t3.rows[-1][2]) == d(t2.rows[-1][2]) == d(t1.rows[-1][3]), name
    # 4 财政拨款收支预算总表
    s4 = sty("fiscal")
    kf = m.klasses(fisc)
    finc = [
        ("一、一般公共预算", m.t(("gp",))),
        ("二、政府性基金预算", m.t(("gf",))),
        ("三、国有资本经营预算", Z),
    ]
    cols4 = [
        ("expenditure", fisc),
        ("expenditure_general_public", ("gp",)),
        ("expenditure_government_fund", ("gf",)),
    ]
    t4 = Tab(
        "fiscal_summary",
        pre + "财政拨款收支预算总表",
        unit,
        "fiscal",
        [("合计",), ("一般公共预算",), ("政府性基金预算",), ("国有资本经营预算",)],
        [
            "expenditure",
            "expenditure_general_public",
            "expenditure_government_fund",
            "expenditure_state_capital",
        ],
    )
    z4 = s4.get("fund_zero", s4.get("zero", "0.00"))
    for i in range(max(len(finc), len(kf))):
        left = [finc[i][0], money(finc[i][1], s4)] if i < len(finc) else ["", ""]
        if i < len(kf):
            vals = [m.t(f, KINDS, kf[i]) for _k, f in cols4]
            right = [f"{CN[i]}、{NAMES[kf[i]]}"] + [money(x, s4) if x else z4 for x in vals] + [z4]
        else:
            right = [""] * 5
        t4.rows.append(left + right)
    tot4 = [m.t(f) for _k, f in cols4]
    t4.rows.append(
        ["收入总计", money(m.t(fisc), s4), "支出总计"] + [money(x, s4) if x else z4 for x in tot4] + [z4]
    )
    for r in t4.rows:
        if r[2]:
            assert d(r[3] or 0) == sum(d(x or 0) for x in r[4:7]), (name, r)
    for j in range(4):
        assert d(t4.rows[-1][3 + j] or 0) == sum(d(r[3 + j] or 0) for r in t4.rows[:-1] if r[2]), name
    assert d(t4.rows[-1][1]) == d(t4.rows[-1][3]) == sum(d(r[1] or 0) for r in t4.rows[:-1]), name
    tabs.append(t4)
    # 5 一般公共预算 / 6 政府性基金 / 7 国有资本经营
    for key, ttl, funds, grp in (
        ("general_budget_by_function", "一般公共预算支出功能分类预算表", ("gp",), "一般公共预算支出"),
        ("government_fund", "政府性基金预算支出功能分类预算表", ("gf",), "政府性基金预算支出"),
        ("state_capital", "国有资本经营预算支出功能分类预算表", (), "国有资本经营预算支出"),
    ):
        c = [
            ("合计", "total", funds, KINDS),
            ("基本支出", "basic", funds, ("pe", "pu")),
            ("项目支出", "project", funds, ("p",)),
        ]
        t = func_table(m, key, pre + ttl, unit, funds, c, sty("gp" if key != "government_fund" else "gf"))
        readd_func(name, t, [(0, [1, 2])])
        t.group = grp
        if t.empty:
            who = "本部门" if dept else "本单位"
            t.note = f"注:{who}{y}年无{grp[:-2]}财政拨款安排的预算，故本表为空表。"
        tabs.append(t)
    # the 类 rows of 4 = those of 5 and 6
    gb = {r[0]: d(r[2]) for r in tabs[4].rows if len(r[0]) == 3}
    gf = {r[0]: d(r[2]) for r in tabs[5].rows if len(r[0]) == 3}
    for i, c in enumerate(kf):
        assert d(t4.rows[i][4] or 0) == gb.get(c, Z) and d(t4.rows[i][5] or 0) == gf.get(c, Z), (name, c)
    # 8 基本支出 by economic 款
    s8 = sty("econ")
    econ = {k: d(v) for k, v in doc["econ"].items() if v is not None}
    for k, v in doc["econ"].items():  # one 款 per group typed None: the rest of its group's total
        if v is None:
            grp = k[:3] in PERSONNEL_ECON
            have = sum((x for c, x in econ.items() if (c[:3] in PERSONNEL_ECON) == grp), Z)
            econ[k] = m.t(("gp",), ("pe",) if grp else ("pu",)) - have
            assert econ[k] > 0, (name, k)
    t8 = Tab(
        "general_budget_basic_by_economic",
        pre + "一般公共预算基本支出部门预算经济分类预算表",
        unit,
        "econ",
        [("合计",), ("人员经费",), ("公用经费",)],
        ["total", "personnel", "public_funds"],
    )
    t8.group = "一般公共预算基本支出"
    per = lambda c: c[:3] in PERSONNEL_ECON  # noqa: E731
    for k in sorted({c[:3] for c in econ}):
        kids = [c for c in sorted(econ) if c.startswith(k)]
        tot = sum(econ[c] for c in kids)
        t8.rows.append(
            [k, ECON[k], money(tot, s8), money(tot if per(k) else Z, s8), money(Z if per(k) else tot, s8)]
        )
        for c in kids:
            t8.rows.append(
                [
                    c,
                    ECON[c],
                    money(econ[c], s8),
                    money(econ[c] if per(c) else Z, s8),
                    money(Z if per(c) else econ[c], s8),
                ]
            )
    pe_, pu_ = (
        sum((v for c, v in econ.items() if per(c)), Z),
        sum((v for c, v in econ.items() if not per(c)), Z),
    )
    t8.rows.append(["", "合计", money(pe_ + pu_, s8), money(pe_, s8), money(pu_, s8)])
    assert pe_ == m.t(("gp",), ("pe",)) and pu_ == m.t(("gp",), ("pu",)), (
        name,
        pe_,
        pu_,
        m.t(("gp",), ("pe",)),
        m.t(("gp",), ("pu",)),
    )
    for r in t8.rows:
        assert d(r[2] or 0) == d(r[3] or 0) + d(r[4] or 0), (name, r)
    assert d(t8.rows[-1][2]) == d(tabs[4].rows[-1][3]), name  # = the 一般公共预算 basic
    tabs.append(t8)
    # 9 三公 (万元)
    o, r_, b, run = (d(x) for x in doc["sangong"])
    ops = d(doc["operating_costs"])
    if doc.get("ops_is_public", True):
        assert ops == wan(pu_, unit), (name, ops, wan(pu_, unit))
    sg = [o + r_ + b + run, o, r_, b + run, b, run, ops]
    ss = dict(st, **st.get("sangong", {}), num="plain")
    t9 = Tab(
        "sangong",
        (f"{y}年部门“三公”经费和机关运行经费预算表" if dept else f"{y}年单位“三公”经费和机关运行经费预算表"),
        "万元",
        "sangong",
        [],
        [
            "total",
            "outbound",
            "reception",
            "vehicle",
            "vehicle_purchase",
            "vehicle_operation",
            "operating_costs",
        ],
        [[money(x, ss) for x in sg]],
    )
    assert d(t9.rows[0][0]) == sum(d(x) for x in t9.rows[0][1:4]) and d(t9.rows[0][3]) == d(
        t9.rows[0][4]
    ) + d(t9.rows[0][5]), name
    assert wan(econ.get("30217", Z), unit) <= r_ + D("0.01") or not doc.get("check_reception", True), name
    tabs.append(t9)
    info = dict(m=m, inc=inc, sg=sg, pu=pu_, pe=pe_)
    text, claims, not_claims = narrative(doc, tabs, info)
    return tabs, info, text, claims, not_claims


def expectations(tabs):
    out = []
    for t in tabs:
        rows = []
        if t.kind in ("func", "econ") and not t.empty:
            for r in t.rows:
                vals = {k: want(x) for k, x in zip(t.keys, r[2:]) if want(x)}
                rows.append((r[0] or None, r[1], vals))
        elif t.kind in ("summary", "fiscal"):
            for r in t.rows:
                if r[0]:
                    rows.append((None, r[0], {"income": want(r[1])}))
            for r in t.rows:
                if r[2]:
                    vals = {k: want(x) for k, x in zip(t.keys, r[3:]) if want(x)}
                    rows.append((None, r[2], vals))
        elif t.kind == "sangong":
            rows.append((None, "*", {k: want(x) for k, x in zip(t.keys, t.rows[0]) if want(x)}))
        out.append(dict(table=t.key, unit=t.unit, rows=[r for r in rows if r[2]] if rows else []))
    # the 三公 row "*" last (it would take another table's total column first)
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return out


def want(x):
    """The expectation of a printed cell: "" blank (none), a zero "0.00?" (loading it or not is fine)."""
    if x in ("", None):
        return None
    v = d(x)
    return f"{x}?" if v == 0 else x


def pct(cur, prior):
    return q2((cur - prior) / prior * 100)


def narrative(doc, tabs, info):
    """The 说明 as the Putuo reports word it; claims (kind, code, figures in 万元 / percent) in document order."""
    m, unit, y, org = info["m"], doc["unit"], doc["year"], doc["org"]
    dept = doc["scope"] == "部门"
    strip = doc["style"].get("strip", False)
    W = lambda x: wtxt(wan(x, unit), strip)  # noqa: E731
    claims, not_claims = [], []
    last = {k: d(v) for k, v in doc["last"].items()}
    fis, gp, gf = m.t(("gp", "gf")), m.t(("gp",)), m.t(("gf",))
    tot = m.t(FUNDS)
    ly = y - 1
    ref = doc.get("ref", f"{ly}年预算")

    def chg(cur, prior, what=ref):
        c = wan(cur, unit) - prior
        if c == 0:
            return f"与{what}持平"
        return f"比{what}{'增加' if c > 0 else '减少'}{wtxt(abs(c), strip)}万元"

    p = []
    p.append(
        f"{y}年，{org}收入预算{W(tot)}万元，其中：财政拨款收入{W(fis)}万元，{chg(fis, last['fiscal'])}；"
        f"事业收入{W(m.t(('biz',)))}万元；事业单位经营收入{W(m.t(('ops',)))}万元；其他收入{W(m.t(('oth',)))}万元。"
    )
    claims.append(("year_on_year", None, {"amount": str(wan(fis, unit))}))
    if m.t(("biz",)):
        not_claims.append(
            (f"事业收入{W(m.t(('biz',)))}万元", str(wan(m.t(("biz",)), unit)), "an amount with no change")
        )
    p.append(
        f"支出预算{W(tot)}万元，其中：财政拨款支出预算{W(fis)}万元，{chg(fis, last['fiscal'])}。财政拨款支出预算中，"
        f"一般公共预算拨款支出预算{W(gp)}万元，{chg(gp, last['gp'])}；政府性基金拨款支出预算{W(gf)}万元，"
        f"{chg(gf, last['gf'])}；国有资本经营预算拨款支出预算0万元，与{ref}持平。"
    )
    claims += [
        ("year_on_year", None, {"amount": str(wan(fis, unit))}),
        ("year_on_year", None, {"amount": str(wan(gp, unit))}),
        ("year_on_year", None, {"amount": str(wan(gf, unit))}),
        ("year_on_year", None, {"amount": "0"}),
    ]
    p.append(
        f"财政拨款收入支出{'增加' if wan(fis, unit) > last['fiscal'] else '减少'}的主要原因是{doc['why']}。"
    )
    p.append("财政拨款支出主要内容如下：")
    for i, (code, (prior, use, why)) in enumerate(doc["prior"].items(), 1):
        cur = m.t(("gp", "gf"), KINDS, code)
        cw = wan(cur, unit)
        prior = d(prior)
        r = pct(cw, prior)
        p.append(
            f"{i}、{NAMES[code[:3]]}（{code[:3]}类）{NAMES[code[:5]]}（{code[3:5]}款）{NAMES[code]}（{code[5:]}项）"
            f"{wtxt(cw, strip)}万元。主要用于：{use}。{ly}年当年预算执行数为{wtxt(prior, strip)}万元，{y}年预算安排"
            f"{wtxt(cw, strip)}万元，"
            + (
                f"与{ly}年预算执行数持平"
                if r == 0
                else f"比{ly}年预算执行数{'增加' if r > 0 else '减少'}{abs(r)}%"
            )
            + f"。主要原因是：{why}。"
        )
        # “与上年预算执行数持平” states no rate: the claim carries its amount only
        claims.append(
            ("year_on_year", code, {"amount": str(cw), "rate": str(r)} if r else {"amount": str(cw)})
        )
    if doc.get("narr") == "b":
        p, claims = narrative_b(doc, info, W, strip), []
        claims = p.pop()
    notes = p
    # 其他相关情况说明
    sg = info["sg"]
    ls = [d(x) for x in doc["sangong_last"]]  # last year's 出国, 接待, 购置, 运行
    lsg = [sum(ls), ls[0], ls[1], ls[2] + ls[3], ls[2], ls[3]]

    def c2(cur, prior):
        c = cur - prior
        if c == 0:
            return f"与{ly}年预算数持平"
        return f"比{ly}年预算数{'增加' if c > 0 else '减少'}{wtxt(abs(c), strip)}万元"

    o = []
    if doc.get("narr") == "b":
        # “三公” as one paragraph; the 车's parts in brackets without their change (no claims); 机关运行经费
        # with its change and rate
        o.append(f"一、{y}年“三公”经费预算情况说明")
        o.append(
            f"{y}年“三公”经费预算数为{wtxt(sg[0], strip)}万元，{c2(sg[0], lsg[0])}，主要原因是{doc['sg_why'][1]}。其中："
            f"因公出国（境）费{wtxt(sg[1], strip)}万元，{c2(sg[1], lsg[1])}；公务用车购置及运行费{wtxt(sg[3], strip)}万元，"
            f"{c2(sg[3], lsg[3])}（其中：公务用车购置费{wtxt(sg[4], strip)}万元，公务用车运行费{wtxt(sg[5], strip)}万元）；"
            f"公务接待费{wtxt(sg[2], strip)}万元，{c2(sg[2], lsg[2])}。"
        )
        claims += [("year_on_year", None, {"amount": str(x)}) for x in (sg[0], sg[1], sg[3], sg[2])]
        not_claims.append(
            (f"公务用车购置费{wtxt(sg[4], strip)}万元", str(sg[4]), "a part in brackets, no change")
        )
        o.append("二、机关运行经费预算")
        who = doc.get("ops_who", org)
        ol = d(doc["ops_last"])
        r = pct(sg[6], ol)
        o.append(
            f"{y}年{who}财政拨款的机关运行经费预算为{wtxt(sg[6], strip)}万元，比{ly}年预算"
            f"{'增加' if r > 0 else '减少'}{wtxt(abs(sg[6] - ol), strip)}万元，{'增长' if r > 0 else '下降'}{abs(r)}%，"
            f"主要原因是{doc['ops_why']}。"
        )
        claims.append(("operating_costs", None, {"amount": str(sg[6])}))
        claims.append(("year_on_year", None, {"amount": str(sg[6]), "rate": str(r)}))
        return _rest(doc, o, claims, not_claims, notes, y, ly, org, dept, strip)
    o.append(f"一、{y}年“三公”经费预算情况说明")
    o.append(f"{y}年“三公”经费预算数为{wtxt(sg[0], strip)}万元，{c2(sg[0], lsg[0])}。其中：")
    o.append(
        f"（一）因公出国（境）费{wtxt(sg[1], strip)}万元，{c2(sg[1], lsg[1])}，主要原因是{doc['sg_why'][0]}。"
    )
    o.append(
        f"（二）公务用车购置及运行费{wtxt(sg[3], strip)}万元，{c2(sg[3], lsg[3])}。其中：公务用车购置费{wtxt(sg[4], strip)}"
        f"万元，{c2(sg[4], lsg[4])}，主要原因是{doc['sg_why'][1]}；公务用车运行费{wtxt(sg[5], strip)}万元，"
        f"{c2(sg[5], lsg[5])}，主要原因是{doc['sg_why'][2]}。"
    )
    o.append(f"（三）公务接待费{wtxt(sg[2], strip)}万元，{c2(sg[2], lsg[2])}，主要原因是{doc['sg_why'][3]}。")
    claims += [("year_on_year", None, {"amount": str(x)}) for x in (sg[0], sg[1], sg[3], sg[4], sg[5], sg[2])]
    o.append("二、机关运行经费预算")
    who = doc.get("ops_who", org)
    o.append(f"{y}年{who}财政拨款的机关运行经费预算为{wtxt(sg[6], strip)}万元。")
    claims.append(("operating_costs", None, {"amount": str(sg[6])}))
    return _rest(doc, o, claims, not_claims, notes, y, ly, org, dept, strip)


def _rest(doc, o, claims, not_claims, notes, y, ly, org, dept, strip):
    """其他相关情况说明 三 to 五 (政府采购, 绩效, 国有资产) and 七、项目经费情况说明."""
    o.append("三、政府采购预算情况")
    pr = [d(x) for x in doc["procurement"]]
    scope = "本部门" if dept else "本单位"
    o.append(
        f"{y}年度{scope}政府采购预算{wtxt(sum(pr), strip)}万元，其中：政府采购货物预算{wtxt(pr[0], strip)}万元、"
        f"政府采购工程预算{wtxt(pr[1], strip)}万元、政府采购服务预算{wtxt(pr[2], strip)}万元。"
    )
    claims.append(("procurement_total", None, {"amount": str(sum(pr))}))
    o.append("四、绩效目标设置情况")
    np_, pf = doc["perf"]
    o.append(f"{y}年度，{scope}编报绩效目标的项目共{np_}个，涉及项目预算资金{pf}万元。")
    not_claims.append((f"涉及项目预算资金{pf}", pf, "绩效 funds"))
    o.append("五、国有资产占有使用情况")
    cars = doc["cars"]
    o.append(
        f"截至{ly}年8月31日，{org}共有车辆{sum(cars)}辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车"
        f"{cars[0]}辆、应急保障用车{cars[1]}辆、执法执勤用车{cars[2]}辆、特种专业技术用车{cars[3]}辆、离退休干部用车0辆、"
        f"其他用车{cars[4]}辆；单价100万元（含）以上设备（不含车辆）{doc['equip']}台（套）。"
    )
    o.append(
        f"{y}年{'部门' if dept else '单位'}预算安排购置车辆{doc['buy_cars']}辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、"
        f"机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车{doc['buy_cars']}辆、离退休干部用车0辆、其他用车0辆；"
        f"{'部门' if dept else '单位'}预算安排购置单价100万元（含）以上设备（不含车辆）{doc['buy_equip']}台（套）。"
    )
    not_claims.append(("共有车辆", str(sum(cars)), "a count of cars"))
    # 七、项目经费情况说明 (普陀's 部门预算): a page per project; its 年度预算安排 is no claim (no change stated)
    projects = []
    for pj in doc.get("projects", []):
        projects.append(pj)
        not_claims.append((f"{pj['amount']}万元", pj["amount"], "a project's budget, no change stated"))
    return dict(notes=notes, other=o, projects=projects), claims, not_claims


def narrative_b(doc, info, W, strip):
    """The 编制说明 in the wording of 上海's 市级 template some districts use: totals with their change and rate,
    the 财政拨款 with its change and rate, and each 项 as “类（类）款（款）项（项）”科目 with its change against
    last year's budget (typed as prior) and rate. The last element returned: the claims."""
    m, unit, y, org = info["m"], doc["unit"], doc["year"], doc["org"]
    ly = y - 1
    last = {k: d(v) for k, v in doc["last"].items()}
    tot, fis = m.t(FUNDS), m.t(("gp", "gf"))
    claims = []

    def ch(cur, prior):
        c = wan(cur, unit) - prior
        r = pct(wan(cur, unit), prior)
        if c == 0:
            return f"与{ly}年预算持平", None
        return (
            f"比{ly}年预算{'增加' if c > 0 else '减少'}{wtxt(abs(c), strip)}万元，{'增长' if c > 0 else '下降'}{abs(r)}%",
            r,
        )

    p = []
    t1, r1 = ch(tot, last["total"])
    p.append(
        f"{org}所有收入和支出均纳入部门预算管理。收入预算总额{W(tot)}万元，{t1}；支出预算总额{W(tot)}万元，{t1}。"
    )
    claims += [("year_on_year", None, {"amount": str(wan(tot, unit)), "rate": str(r1)})] * 2
    t2, r2 = ch(fis, last["fiscal"])
    p.append(f"其中，财政拨款收入预算{W(fis)}万元，{t2}；财政拨款支出预算{W(fis)}万元，{t2}。")
    claims += [("year_on_year", None, {"amount": str(wan(fis, unit)), "rate": str(r2)})] * 2
    p.append(f"财政拨款支出预算增加（减少）的主要原因是{doc['why']}。财政拨款支出主要内容如下：")
    for i, (code, (prior, use, why)) in enumerate(doc["prior"].items()):
        cur = m.t(("gp", "gf"), KINDS, code)
        cw = wan(cur, unit)
        prior = d(prior)
        c = cw - prior
        r = pct(cw, prior)
        chg = (
            f"与{ly}年预算持平"
            if c == 0
            else f"比{ly}年预算{'增加' if c > 0 else '减少'}{wtxt(abs(c), strip)}万元，{'增长' if c > 0 else '下降'}{abs(r)}%"
        )
        p.append(
            f"（{CN[i] if i < 10 else '十' + CN[i - 10]}）“{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）”科目"
            f"{wtxt(cw, strip)}万元，{chg}，主要用于{use}，主要原因是{why}。"
        )
        claims.append(
            ("year_on_year", code, {"amount": str(cw), "rate": str(r)} if c else {"amount": str(cw)})
        )
    p.append(claims)
    return p
