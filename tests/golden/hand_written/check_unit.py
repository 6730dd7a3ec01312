"""Compare parse_document output with values typed by hand for unit_2023_final.txt.
Run from the repository: .venv/bin/python tests/golden/hand_written/check_unit.py"""

from collections import Counter
from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

path = Path(__file__).with_name("unit_2023_final.txt")
r = parse_document(path.read_bytes(), "unit_2023_final.txt", "d")
Y = lambda s: D(s.replace(",", "")).quantize(D("0.01"))  # 元
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))  # 万元 -> 元
A, B = "actual", "budget"
exp = []  # (table, row, col, phase, yuan, is_printed_zero)


def add(t, row, cols, vals, phase=A, conv=Y):
    for c, v in zip(cols, vals):
        if v is not None:
            exp.append((t, row, c, phase, conv(v), v == "0.00"))


# 表1 收入支出决算总表 (元)
T = "income_expenditure_summary"
for lab, v in [
    ("一、一般公共预算财政拨款收入", "32,064,452.86"),
    ("四、上级补助收入", "0.00"),
    ("五、事业收入", "188,202,418.60"),
    ("六、经营收入", "2,415,300.00"),
    ("八、其他收入", "1,208,645.37"),
    ("本年收入合计", "223,890,816.83"),
    ("使用非财政拨款结余（含专用结余）", "0.00"),
    ("年初结转和结余", "6,358,420.15"),
    ("总计", "230,249,236.98"),
]:
    add(T, compact(lab), ["income"], [v])
for lab, v in [
    ("八、社会保障和就业支出", "11,030,582.60"),
    ("九、卫生健康支出", "192,293,172.09"),
    ("十九、住房保障支出", "7,078,316.00"),
    ("本年支出合计", "210,402,070.69"),
    ("年末结转和结余", "19,847,166.29"),
    ("总计", "230,249,236.98"),
]:
    add(T, compact(lab), ["expenditure"], [v])

# 表2 收入决算表
ic = [
    "total",
    "fiscal_appropriation",
    "upper_grant",
    "business",
    "operating_income",
    "affiliated_remit",
    "other_income",
]
hosp = ["198,536,363.97", "8,560,000.00", None, "186,352,418.60", "2,415,300.00", None, "1,208,645.37"]
for row, vals in [
    (
        "合计",
        ["223,890,816.83", "32,064,452.86", "0.00", "188,202,418.60", "2,415,300.00", "0.00", "1,208,645.37"],
    ),
    (
        "210",
        ["205,781,918.23", "15,805,554.26", None, "186,352,418.60", "2,415,300.00", None, "1,208,645.37"],
    ),
    ("21002", hosp),
    ("2100202", hosp),
    ("21004", ["4,381,340.50", "4,381,340.50"]),
    ("2100408", ["3,254,800.00", "3,254,800.00"]),
    ("2100409", ["1,126,540.50", "1,126,540.50"]),
    ("21011", ["2,864,213.76", "2,864,213.76"]),
    ("2101102", ["2,864,213.76", "2,864,213.76"]),
    ("208", ["11,030,582.60", "9,180,582.60", None, "1,850,000.00"]),
    ("20805", ["11,030,582.60", "9,180,582.60", None, "1,850,000.00"]),
    ("2080505", ["7,970,388.40", "6,120,388.40", None, "1,850,000.00"]),
    ("2080506", ["3,060,194.20", "3,060,194.20"]),
    ("221", ["7,078,316.00", "7,078,316.00"]),
    ("22102", ["7,078,316.00", "7,078,316.00"]),
    ("2210201", ["5,832,716.00", "5,832,716.00"]),
    ("2210203", ["1,245,600.00", "1,245,600.00"]),
]:
    add("income_by_function", row, ic, vals)

# 表3 支出决算表
ec = ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"]
h3 = ["185,087,617.83", "158,420,365.28", "24,380,512.40", None, "2,286,740.15"]
pension = [
    ("208", ["11,030,582.60", "11,030,582.60"]),
    ("20805", ["11,030,582.60", "11,030,582.60"]),
    ("2080505", ["7,970,388.40", "7,970,388.40"]),
    ("2080506", ["3,060,194.20", "3,060,194.20"]),
]
housing = [
    ("221", ["7,078,316.00", "7,078,316.00"]),
    ("22102", ["7,078,316.00", "7,078,316.00"]),
    ("2210201", ["5,832,716.00", "5,832,716.00"]),
    ("2210203", ["1,245,600.00", "1,245,600.00"]),
]
for row, vals in (
    [
        ("合计", ["210,402,070.69", "179,393,477.64", "28,721,852.90", "0.00", "2,286,740.15", "0.00"]),
        ("210", ["192,293,172.09", "161,284,579.04", "28,721,852.90", None, "2,286,740.15"]),
        ("21002", h3),
        ("2100202", h3),
        ("21004", ["4,341,340.50", None, "4,341,340.50"]),
        ("2100408", ["3,254,800.00", None, "3,254,800.00"]),
        ("2100409", ["1,086,540.50", None, "1,086,540.50"]),
        ("21011", ["2,864,213.76", "2,864,213.76"]),
        ("2101102", ["2,864,213.76", "2,864,213.76"]),
    ]
    + pension
    + housing
):
    add("expenditure_by_function", row, ec, vals)

# 表5 一般公共预算财政拨款支出决算表
gc = ["total", "basic", "project"]
for row, vals in (
    [
        ("210", ["15,615,554.26", "6,064,213.76", "9,551,340.50"]),
        ("21002", ["8,410,000.00", "3,200,000.00", "5,210,000.00"]),
        ("2100202", ["8,410,000.00", "3,200,000.00", "5,210,000.00"]),
        ("21004", ["4,341,340.50", None, "4,341,340.50"]),
        ("2100408", ["3,254,800.00", None, "3,254,800.00"]),
        ("2100409", ["1,086,540.50", None, "1,086,540.50"]),
        ("21011", ["2,864,213.76", "2,864,213.76"]),
        ("2101102", ["2,864,213.76", "2,864,213.76", "0.00"]),
        ("208", ["9,180,582.60", "9,180,582.60"]),
        ("20805", ["9,180,582.60", "9,180,582.60"]),
        ("2080505", ["6,120,388.40", "6,120,388.40"]),
        ("2080506", ["3,060,194.20", "3,060,194.20"]),
    ]
    + housing
    + [("合计", ["31,874,452.86", "22,323,112.36", "9,551,340.50"])]
):
    add("general_budget_by_function", row, gc, vals)

# 表4 财政拨款收入支出决算总表
T = "fiscal_summary"
for lab, v in [
    ("一、一般公共预算财政拨款", "32,064,452.86"),
    ("本年收入合计", "32,064,452.86"),
    ("年初财政拨款结转和结余", "120,000.00"),
    ("一般公共预算财政拨款", "120,000.00"),
    ("总计", "32,184,452.86"),
]:
    add(T, compact(lab), ["income"], [v])
for lab, v in [
    ("八、社会保障和就业支出", "9,180,582.60"),
    ("九、卫生健康支出", "15,615,554.26"),
    ("十九、住房保障支出", "7,078,316.00"),
    ("本年支出合计", "31,874,452.86"),
    ("年末财政拨款结转和结余", "310,000.00"),
    ("总计", "32,184,452.86"),
]:
    add(T, compact(lab), ["expenditure", "expenditure_general_public"], [v, v])

# 表6 基本支出 by economic code: one block, columns 合计 / 人员经费 / 公用经费
bc = ["total", "personnel", "public_funds"]
pers = {
    "301": "20,277,512.36",
    "30101": "1,420,000.00",
    "30107": "980,000.00",
    "30108": "6,120,388.40",
    "30109": "3,060,194.20",
    "30110": "2,864,213.76",
    "30113": "5,832,716.00",
    "303": "1,245,600.00",
    "30399": "1,245,600.00",
}
pub = {
    "302": "800,000.00",
    "30201": "120,000.00",
    "30205": "86,500.00",
    "30206": "213,400.00",
    "30211": "35,600.00",
    "30217": "8,600.00",
    "30228": "96,000.00",
    "30231": "48,200.00",
    "30299": "191,700.00",
}
add("general_budget_basic_by_economic", "合计", bc, ["22,323,112.36", "21,523,112.36", "800,000.00"])
for k, v in pers.items():
    add("general_budget_basic_by_economic", k, bc, [v, v, None])
for k, v in pub.items():
    add("general_budget_basic_by_economic", k, bc, [v, None, v])

# 表7 三公 (万元), Shanghai interleaved, outbound blank
sc = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
add("sangong", None, sc, ["6.20", None, "5.00", "0.00", "5.00", "1.20"], B, W)
add("sangong", None, sc, ["5.68", None, "4.82", "0.00", "4.82", "0.86"], A, W)

# sanity: my own identities
e = {}
for t, row, c, p, v, z in exp:
    assert (t, row, c, p) not in e, (t, row, c, p)
    e[(t, row, c, p)] = v
zero_keys = {(t, row, c, p) for t, row, c, p, v, z in exp if z}
S = lambda t, rows, c: sum(e.get((t, x, c, A), D(0)) for x in rows)
for t, cols in (
    ("income_by_function", ic),
    ("expenditure_by_function", ec),
    ("general_budget_by_function", gc),
):
    for c in cols:
        assert S(t, ["210", "208", "221"], c) == e.get((t, "合计", c, A), D(0)), (t, c)
        assert S(t, ["21002", "21004", "21011"], c) == e.get((t, "210", c, A), D(0)), (t, c)
        assert S(t, ["2100408", "2100409"], c) == e.get((t, "21004", c, A), D(0)), (t, c)
        assert S(t, ["2080505", "2080506"], c) == e.get((t, "20805", c, A), D(0)), (t, c)
        assert S(t, ["2210201", "2210203"], c) == e.get((t, "22102", c, A), D(0)), (t, c)
    for row in {k[1] for k in e if k[0] == t}:
        assert e[(t, row, "total", A)] == sum(e.get((t, row, c, A), D(0)) for c in cols[1:]), (t, row)
t = "general_budget_basic_by_economic"
assert e[(t, "301", "total", A)] == sum(Y(v) for k, v in pers.items() if len(k) == 5 and k[:3] == "301")
assert e[(t, "302", "total", A)] == sum(Y(v) for k, v in pub.items() if len(k) == 5)
assert (
    e[(t, "合计", "total", A)]
    == e[(t, "301", "total", A)] + e[(t, "302", "total", A)] + e[(t, "303", "total", A)]
)
assert e[(t, "合计", "total", A)] == e[("general_budget_by_function", "合计", "basic", A)]
for p in (A, B):
    g = lambda c: e.get(("sangong", None, c, p), D(0))
    assert g("total") == g("outbound") + g("vehicle") + g("reception") and g("vehicle") == g(
        "vehicle_purchase"
    ) + g("vehicle_operation")


def rowkey(a):
    if a.table_key == "sangong":
        return None
    if a.subject_code:
        return a.subject_code
    return compact(a.row_label)


got = {}
for a in r.amounts:
    got.setdefault((a.table_key, rowkey(a), a.column_key, a.phase), []).append(a)
matched, wrong, missing = 0, [], []
used = set()
for key in e:
    if key in got:
        used.add(key)
        vals = [a.amount_yuan for a in got[key]]
        if vals == [e[key]]:
            matched += 1
        else:
            wrong.append((key, e[key], [(a.amount_raw, a.source_line) for a in got[key]]))
    else:
        missing.append(key)
spurious = [
    (k, [(a.amount_raw, a.source_line, a.row_label) for a in v]) for k, v in got.items() if k not in used
]
n_sp = sum(len(v) for _, v in spurious)
print(
    f"AMOUNTS expected={len(e)} (printed zeros {len(zero_keys)}) matched={matched} wrong={len(wrong)} "
    f"missing={len(missing)} (of which printed zeros {len([k for k in missing if k in zero_keys])}) spurious={n_sp}"
)
for w in wrong:
    print("  WRONG", w)
print("  missing by table/column:", dict(Counter((k[0], k[2], k[3]) for k in missing)))
for k in missing:
    print("  MISSING", k, e[k], "(printed 0.00)" if k in zero_keys else "")
for s in spurious:
    print("  SPURIOUS", s)

names = {
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "30108": "机关事业单位基本养老保险缴费",
    "2100202": "中医（民族）医院",
}
for a in r.amounts:
    if a.subject_code in names and compact(a.subject_name or "") != compact(names[a.subject_code]):
        print("  NAME", a.table_key, a.subject_code, repr(a.subject_name), "expected", names[a.subject_code])
units = {"sangong": "万元"}
for t in r.tables:
    want = units.get(t.table_key, "元")
    if t.amount_unit != want and not t.is_empty and t.table_key != "performance":
        print("  UNIT", t.table_key, t.amount_unit, "want", want)

d = r.document
meta_exp = dict(
    doc_kind="final_account",
    scope="unit",
    unit_name="上海市普陀区中医医院",
    fiscal_year=2023,
    province="上海市",
    city="上海市",
    district="普陀区",
    supervising_department="上海市普陀区卫生健康委员会",
    parse_status="parsed",
    table_count=10,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=Y("210,402,070.69"),
)
for k, v in meta_exp.items():
    print(
        ("  ok  " if getattr(d, k) == v else "  META MISMATCH ")
        + f"{k}: got {getattr(d, k)!r} expected {v!r}"
    )
TABLES = [
    ("income_expenditure_summary", False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    ("fiscal_summary", False),
    ("general_budget_by_function", False),
    ("general_budget_basic_by_economic", False),
    ("sangong", False),
    ("government_fund", True),
    ("state_capital", True),
    ("performance", False),
]
gt = [(t.table_key, t.is_empty) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"  TABLES got {gt}")

C = lambda kind, subj=None, budget=None, actual=None, rate=None, amount=None, change=None: dict(
    kind=kind,
    subj=subj,
    budget=budget and W(budget),
    actual=actual and W(actual),
    rate=rate and D(rate),
    amount=amount and W(amount),
    change=change and W(change),
)
exp_claims = [
    C("total_income_expenditure", amount="23024.92"),
    C("total_income_expenditure", amount="23024.92"),
    C("year_on_year", subj="收、支总计", change="1438.55", rate="0.0666"),
    C("total_income", amount="22389.08"),
    C("year_on_year", subj="本年收入合计", change="1343.45", rate="0.0638"),
    C("total_expenditure", amount="21040.21"),
    C("year_on_year", subj="本年支出合计", change="881.29", rate="0.0437"),
    C("fiscal_total_income_expenditure", amount="3218.45"),
    C("fiscal_total_income_expenditure", amount="3218.45"),
    C("year_on_year", subj="财政拨款收、支总计", change="216.28", rate="0.0720"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="198.89", rate="0.0666"),
    C("execution", subj="一般公共预算财政拨款支出", budget="3050.00", actual="3187.45", rate="1.0451"),
    C("execution", subj="210", budget="1480.00", actual="1561.56", rate="1.0551"),
    C("execution", subj="208", budget="935.00", actual="918.06", rate="0.9819"),
    C("execution", subj="221", budget="635.00", actual="707.83", rate="1.1147"),
    C("sangong_execution", subj="三公", budget="6.20", actual="5.68", rate="0.9161"),
    C("year_on_year", subj="三公", change="-0.67", rate="-0.1055"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="5.00", actual="4.82", rate="0.9640"),
    C("sangong_execution", subj="公务用车购置费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车运行维护费", budget="5.00", actual="4.82", rate="0.9640"),
    C("sangong_execution", subj="公务接待费", budget="1.20", actual="0.86", rate="0.7167"),
    C("operating_costs", amount="80.00"),
    C("year_on_year", subj="机关运行经费", change="-3.56", rate="-0.0426"),
    C("procurement_total", amount="1286.45"),
    C("project_execution", subj="中医药传承创新发展专项", budget="521.00", actual="521.00", rate="1.0000"),
    C("project_execution", subj="重大公共卫生服务项目", budget="112.65", actual="108.65", rate="0.9645"),
]


def fits(c, x, strict_subj=True):
    if c.claim_kind != x["kind"]:
        return False
    if strict_subj and x["subj"] and x["subj"] != c.subject_code and x["subj"] not in (c.subject_name or ""):
        return False
    for f, g in (
        ("budget", c.budget_yuan),
        ("actual", c.actual_yuan),
        ("rate", c.stated_rate),
        ("amount", c.amount_yuan),
        ("change", c.change_yuan),
    ):
        if x[f] is not None and x[f] != g:
            return False
    return True


left = list(r.claims)
cm, cmiss, loose = 0, [], []
for x in exp_claims:
    hit = next((c for c in left if fits(c, x)), None)
    if hit:
        left.remove(hit)
        cm += 1
    else:
        cmiss.append(x)
for x in list(cmiss):  # same figures, other subject: a wrong claim rather than a missing one
    hit = next((c for c in left if fits(c, x, False)), None)
    if hit:
        left.remove(hit)
        cmiss.remove(x)
        loose.append((x, hit))
print(
    f"CLAIMS expected={len(exp_claims)} matched={cm} wrong-subject={len(loose)} missing={len(cmiss)} unexpected={len(left)}"
)
for x, c in loose:
    print(
        "  WRONG SUBJECT", x["kind"], x["subj"], "got", c.subject_code, c.subject_name, "line", c.source_line
    )
for x in cmiss:
    print("  MISSING CLAIM", {k: v for k, v in x.items() if v is not None})
for c in left:
    print(
        "  UNEXPECTED CLAIM",
        c.claim_kind,
        c.subject_code,
        c.subject_name,
        c.budget_yuan,
        c.actual_yuan,
        c.stated_rate,
        c.amount_yuan,
        c.change_yuan,
        "line",
        c.source_line,
        "|",
        c.sentence[:70],
    )
for c in r.claims:
    if len(c.sentence) > 200:
        print("  OVERLONG SENTENCE", c.claim_kind, c.source_line, len(c.sentence))
print("DIAGNOSTICS")
for g in r.diagnostics:
    print(
        " ",
        g.severity,
        g.check_name,
        g.table_key,
        g.source_line,
        (g.observed or "")[:70],
        "|",
        g.message[:160],
    )
