"""Compare parse_document output with values typed by hand for bj_2022_final.txt.
Run from the repository: .venv/bin/python tests/golden/hand_written/check_bj_final.py"""

from collections import Counter
from decimal import Decimal as D
from itertools import combinations
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

path = Path(__file__).with_name("bj_2022_final.txt")
r = parse_document(path.read_text(encoding="utf-8").encode(), "bj_2022_final.txt", "d")
Y = lambda s: D(s.replace(",", "")).quantize(D("0.01"))
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))
A, B = "actual", "budget"
exp = {}  # (table, row, col, phase) -> yuan
amb_rows = set()  # (table,row) whose printed figures fit >1 placement by the row identities alone


def add(t, row, cols, vals, phase=A, conv=Y):
    for c, v in zip(cols, vals):
        if v is not None:
            k = (t, row, c, phase)
            assert k not in exp, k
            exp[k] = conv(v)


# 表1 收入支出决算表
T = "income_expenditure_summary"
for lab, v in [
    ("一、一般公共预算财政拨款收入", "76,107,142.48"),
    ("二、政府性基金预算财政拨款收入", "15,700,000.00"),
    ("八、其他收入", "650,000.00"),
    ("本年收入合计", "92,457,142.48"),
    ("年初结转和结余", "3,270,000.00"),
    ("收入总计", "95,727,142.48"),
]:
    add(T, compact(lab), ["income"], [v])
for lab, v in [
    ("八、社会保障和就业支出", "5,717,606.40"),
    ("十一、城乡社区支出", "16,000,000.00"),
    ("十二、农林水支出", "71,739,536.08"),
    ("本年支出合计", "93,457,142.48"),
    ("年末结转和结余", "2,270,000.00"),
    ("支出总计", "95,727,142.48"),
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
same2 = lambda v: [v, v]
for row, vals in [
    ("合计", ["92,457,142.48", "91,807,142.48", "0.00", "0.00", "0.00", "0.00", "650,000.00"]),
    ("208", same2("5,717,606.40")),
    ("20805", same2("5,717,606.40")),
    ("2080501", same2("1,286,400.00")),
    ("2080505", same2("2,954,137.60")),
    ("2080506", same2("1,477,068.80")),
    ("212", same2("15,700,000.00")),
    ("21208", same2("15,700,000.00")),
    ("2120803", same2("12,500,000.00")),
    ("2120899", same2("3,200,000.00")),
    ("213", ["71,039,536.08", "70,389,536.08", None, None, None, None, "650,000.00"]),
    ("21302", ["71,039,536.08", "70,389,536.08", None, None, None, None, "650,000.00"]),
    ("2130201", same2("18,456,320.48")),
    ("2130204", ["10,523,215.60", "9,873,215.60", None, None, None, None, "650,000.00"]),
    ("2130205", same2("36,800,000.00")),
    ("2130209", same2("5,260,000.00")),
]:
    add("income_by_function", row, ic, vals)

# 表3 支出决算表
ec = ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"]
bas = lambda v: [v, v]
prj = lambda v: [v, None, v]
for row, vals in [
    ("合计", ["93,457,142.48", "32,797,142.48", "60,660,000.00", "0.00", "0.00", "0.00"]),
    ("208", bas("5,717,606.40")),
    ("20805", bas("5,717,606.40")),
    ("2080501", bas("1,286,400.00")),
    ("2080505", bas("2,954,137.60")),
    ("2080506", bas("1,477,068.80")),
    ("212", prj("16,000,000.00")),
    ("21208", prj("16,000,000.00")),
    ("2120803", prj("13,100,000.00")),
    ("2120899", prj("2,900,000.00")),
    ("213", ["71,739,536.08", "27,079,536.08", "44,660,000.00"]),
    ("21302", ["71,739,536.08", "27,079,536.08", "44,660,000.00"]),
    ("2130201", bas("18,456,320.48")),
    ("2130204", ["10,573,215.60", "8,623,215.60", "1,950,000.00"]),
    ("2130205", prj("37,450,000.00")),
    ("2130209", prj("5,260,000.00")),
]:
    add("expenditure_by_function", row, ec, vals)

# 表4 财政拨款收入支出决算表
T = "fiscal_summary"
for lab, v in [
    ("一、一般公共预算财政拨款", "76,107,142.48"),
    ("二、政府性基金预算财政拨款", "15,700,000.00"),
    ("本年收入合计", "91,807,142.48"),
    ("年初财政拨款结转和结余", "3,270,000.00"),
    ("一般公共预算财政拨款", "2,470,000.00"),
    ("政府性基金预算财政拨款", "800,000.00"),
    ("收入总计", "95,077,142.48"),
]:
    add(T, compact(lab), ["income"], [v])
fc = ["expenditure", "expenditure_general_public", "expenditure_government_fund"]
for lab, vals in [
    ("八、社会保障和就业支出", ["5,717,606.40", "5,717,606.40", None]),
    ("十一、城乡社区支出", ["16,000,000.00", None, "16,000,000.00"]),
    ("十二、农林水支出", ["71,089,536.08", "71,089,536.08", None]),
    ("本年支出合计", ["92,807,142.48", "76,807,142.48", "16,000,000.00"]),
    ("年末财政拨款结转和结余", ["2,270,000.00", "1,770,000.00", "500,000.00"]),
    ("支出总计", ["95,077,142.48", "78,577,142.48", "16,500,000.00"]),
]:
    add(T, compact(lab), fc, vals)

# 表5 / 表7 flow tables: begin, income, total, basic, project, end
flc = ["carryover_begin", "income", "total", "basic", "project", "carryover_end"]
GP = {
    "合计": [
        "2,470,000.00",
        "76,107,142.48",
        "76,807,142.48",
        "32,797,142.48",
        "44,010,000.00",
        "1,770,000.00",
    ],
    "208": [None, "5,717,606.40", "5,717,606.40", "5,717,606.40", None, None],
    "20805": [None, "5,717,606.40", "5,717,606.40", "5,717,606.40", None, None],
    "2080501": [None, "1,286,400.00", "1,286,400.00", "1,286,400.00", None, None],
    "2080505": [None, "2,954,137.60", "2,954,137.60", "2,954,137.60", None, None],
    "2080506": [None, "1,477,068.80", "1,477,068.80", "1,477,068.80", None, None],
    "213": [
        "2,470,000.00",
        "70,389,536.08",
        "71,089,536.08",
        "27,079,536.08",
        "44,010,000.00",
        "1,770,000.00",
    ],
    "21302": [
        "2,470,000.00",
        "70,389,536.08",
        "71,089,536.08",
        "27,079,536.08",
        "44,010,000.00",
        "1,770,000.00",
    ],
    "2130201": [None, "18,456,320.48", "18,456,320.48", "18,456,320.48", None, None],
    "2130204": ["120,000.00", "9,873,215.60", "9,923,215.60", "8,623,215.60", "1,300,000.00", "70,000.00"],
    "2130205": ["2,350,000.00", "36,800,000.00", "37,450,000.00", None, "37,450,000.00", "1,700,000.00"],
    "2130209": [None, "5,260,000.00", "5,260,000.00", None, "5,260,000.00", None],
}
GF = {
    "合计": ["800,000.00", "15,700,000.00", "16,000,000.00", "0.00", "16,000,000.00", "500,000.00"],
    "212": ["800,000.00", "15,700,000.00", "16,000,000.00", None, "16,000,000.00", "500,000.00"],
    "21208": ["800,000.00", "15,700,000.00", "16,000,000.00", None, "16,000,000.00", "500,000.00"],
    "2120803": ["800,000.00", "12,500,000.00", "13,100,000.00", None, "13,100,000.00", "200,000.00"],
    "2120899": [None, "3,200,000.00", "2,900,000.00", None, "2,900,000.00", "300,000.00"],
}


def fits(vals):  # my own count of placements of the printed figures (blank cells dropped)
    printed = [Y(v) for v in vals if v is not None]
    n = 0
    for ch in combinations(range(6), len(printed)):
        x = dict.fromkeys(range(6), D(0)) | dict(zip(ch, printed))
        n += x[0] + x[1] - x[2] - x[5] == 0 and x[3] + x[4] == x[2]
    return n


for t, tab in (("general_budget_by_function", GP), ("government_fund", GF)):
    for row, vals in tab.items():
        add(t, row, flc, vals)
        if fits(vals) > 1:
            amb_rows.add((t, row))

# 表6 基本支出 (side-by-side blocks: column 'total' each)
t6 = "general_budget_basic_by_economic"
pers = {
    "301": "26,386,922.80",
    "30101": "5,862,400.00",
    "30102": "7,315,620.00",
    "30103": "1,180,000.00",
    "30107": "3,420,000.00",
    "30108": "2,954,137.60",
    "30109": "1,477,068.80",
    "30110": "1,563,480.00",
    "30112": "86,512.40",
    "30113": "2,215,704.00",
    "30199": "312,000.00",
    "303": "1,347,000.00",
    "30302": "1,286,400.00",
    "30305": "48,000.00",
    "30309": "12,600.00",
}
pub = {
    "302": "4,876,819.68",
    "30201": "426,500.00",
    "30205": "268,300.00",
    "30206": "512,460.00",
    "30207": "96,800.00",
    "30211": "138,200.00",
    "30213": "685,400.00",
    "30215": "42,000.00",
    "30216": "68,500.00",
    "30217": "8,460.00",
    "30226": "312,000.00",
    "30228": "356,210.00",
    "30229": "246,800.00",
    "30231": "286,520.00",
    "30239": "520,600.00",
    "30299": "908,069.68",
    "310": "186,400.00",
    "31002": "186,400.00",
}
for k, v in {**pers, **pub}.items():
    add(t6, k, ["total"], [v])
add(t6, "人员经费合计", ["total"], ["27,733,922.80"])
add(t6, "公用经费合计", ["total"], ["5,063,219.68"])

# 表9 三公 (元)
sc = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
add("sangong", None, sc, ["332,000.00", "0.00", "320,000.00", "0.00", "320,000.00", "12,000.00"], B)
add("sangong", None, sc, ["294,980.00", "0.00", "286,520.00", "0.00", "286,520.00", "8,460.00"], A)

# 表10 政府采购
for lab, v in (
    ("合计", "8,642,300.00"),
    ("货物", "1,296,400.00"),
    ("工程", "4,850,000.00"),
    ("服务", "2,495,900.00"),
):
    add("procurement", lab, ["total"], [v])

# ---- my own identities
g = lambda t, row, c, p=A: exp.get((t, row, c, p), D(0))
for t, cols, kids in (
    (
        "income_by_function",
        ic,
        {
            "合计": ["208", "212", "213"],
            "208": ["20805"],
            "20805": ["2080501", "2080505", "2080506"],
            "212": ["21208"],
            "21208": ["2120803", "2120899"],
            "213": ["21302"],
            "21302": ["2130201", "2130204", "2130205", "2130209"],
        },
    ),
    ("expenditure_by_function", ec, None),
    ("general_budget_by_function", flc, None),
):
    kids = kids or {
        "合计": ["208", "212", "213"] if t != "general_budget_by_function" else ["208", "213"],
        "208": ["20805"],
        "20805": ["2080501", "2080505", "2080506"],
        "212": ["21208"],
        "21208": ["2120803", "2120899"],
        "213": ["21302"],
        "21302": ["2130201", "2130204", "2130205", "2130209"],
    }
    for par, ch in kids.items():
        if t == "general_budget_by_function" and par.startswith("212"):
            continue
        for c in cols:
            assert g(t, par, c) == sum(g(t, x, c) for x in ch), (t, par, c)
for row in {k[1] for k in exp if k[0] == "income_by_function"}:
    assert g("income_by_function", row, "total") == sum(g("income_by_function", row, c) for c in ic[1:])
for row in {k[1] for k in exp if k[0] == "expenditure_by_function"}:
    assert g("expenditure_by_function", row, "total") == sum(
        g("expenditure_by_function", row, c) for c in ec[1:]
    )
for t, tab in (("general_budget_by_function", GP), ("government_fund", GF)):
    for row in tab:
        b, i, s, ba, p, e = (g(t, row, c) for c in flc)
        assert b + i - s == e and ba + p == s, (t, row)
for c in flc:
    assert (
        g("government_fund", "合计", c)
        == g("government_fund", "21208", c)
        == sum(g("government_fund", x, c) for x in ("2120803", "2120899"))
    )
assert sum(Y(v) for k, v in pers.items() if len(k) == 5 and k.startswith("301")) == Y(pers["301"])
assert sum(Y(v) for k, v in pers.items() if len(k) == 5 and k.startswith("303")) == Y(pers["303"])
assert sum(Y(v) for k, v in pub.items() if len(k) == 5 and k.startswith("302")) == Y(pub["302"])
assert Y(pers["301"]) + Y(pers["303"]) == g(t6, "人员经费合计", "total")
assert Y(pub["302"]) + Y(pub["310"]) == g(t6, "公用经费合计", "total")
assert g(t6, "人员经费合计", "total") + g(t6, "公用经费合计", "total") == g(
    "general_budget_by_function", "合计", "basic"
)
assert g("general_budget_by_function", "合计", "basic") == g("expenditure_by_function", "合计", "basic")
for c in ("income", "total", "carryover_begin", "carryover_end"):
    pass
assert g("fiscal_summary", "本年支出合计", "expenditure_general_public") == g(
    "general_budget_by_function", "合计", "total"
)
assert g("fiscal_summary", "本年支出合计", "expenditure_government_fund") == g(
    "government_fund", "合计", "total"
)
assert g("fiscal_summary", "本年收入合计", "income") == g(
    "income_by_function", "合计", "fiscal_appropriation"
)
assert g("income_expenditure_summary", "支出总计", "expenditure") == g(
    "income_expenditure_summary", "收入总计", "income"
)
assert g("income_expenditure_summary", "本年支出合计", "expenditure") == g(
    "expenditure_by_function", "合计", "total"
)
for p in (A, B):
    s = lambda c: g("sangong", None, c, p)
    assert s("total") == s("outbound") + s("vehicle") + s("reception") and s("vehicle") == s(
        "vehicle_purchase"
    ) + s("vehicle_operation")
assert g("sangong", None, "vehicle_operation") == Y(pub["30231"]) and g("sangong", None, "reception") == Y(
    pub["30217"]
)

# ---- compare


def rowkey(a):
    if a.table_key == "sangong":
        return None
    if a.subject_code:
        return a.subject_code
    return compact(a.row_label)


def colkey(a):
    return "total" if a.table_key == "sangong" and a.column_key == "grand_total" else a.column_key


got = {}
for a in r.amounts:
    got.setdefault((a.table_key, rowkey(a), colkey(a), a.phase), []).append(a)
amb_lines = {(x.table_key, x.source_line) for x in r.diagnostics if x.check_name == "ambiguous_columns"}
matched, wrong, missing, missing_amb = 0, [], [], []
used = set()
for key in exp:
    if key in got:
        used.add(key)
        vals = [a.amount_yuan for a in got[key]]
        if vals == [exp[key]]:
            matched += 1
        else:
            wrong.append((key, str(exp[key]), [(a.amount_raw, a.source_line) for a in got[key]]))
    elif (key[0], key[1]) in amb_rows:
        missing_amb.append(key)
    else:
        missing.append(key)
spurious = [
    (k, [(a.amount_raw, a.source_line, a.row_label) for a in v]) for k, v in got.items() if k not in used
]
print(
    f"AMOUNTS expected={len(exp)} matched={matched} wrong={len(wrong)} missing={len(missing)} "
    f"missing-in-inherently-ambiguous-flow-rows={len(missing_amb)} spurious={sum(len(v) for _, v in spurious)}"
)
for w in wrong:
    print("  WRONG", w)
print("  missing by table/column:", dict(Counter((k[0], k[2]) for k in missing)))
for k in missing:
    print("  MISSING", k, exp[k])
print("  inherently ambiguous flow rows (missing):", sorted({(k[0], k[1]) for k in missing_amb}))
for s in spurious:
    print("  SPURIOUS", s)

FN = {
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21302": "林业和草原",
    "2130201": "行政运行",
    "2130204": "事业机构",
    "2130205": "森林资源培育",
    "2130209": "森林生态效益补偿",
    "30108": "机关事业单位基本养老保险缴费",
    "30213": "维修（护）费",
    "30231": "公务用车运行维护费",
    "30299": "其他商品和服务支出",
    "31002": "办公设备购置",
    "303": "对个人和家庭的补助",
}
badn = {
    (a.table_key, a.subject_code, a.subject_name)
    for a in r.amounts
    if a.subject_code in FN and compact(a.subject_name or "") != compact(FN[a.subject_code])
}
for b in sorted(badn):
    print("  NAME", b, "want", FN[b[1]])
for t in r.tables:
    if t.amount_unit != "元" and not t.is_empty:
        print("  UNIT", t.table_key, t.amount_unit)

d = r.document
meta = dict(
    doc_kind="final_account",
    scope="department",
    unit_name="北京市朝阳区园林绿化局",
    fiscal_year=2022,
    province="北京市",
    city="北京市",
    district="朝阳区",
    parse_status="parsed",
    table_count=10,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=Y("93,457,142.48"),
)
for k, v in meta.items():
    ok = getattr(d, k) == v
    print(("  ok  " if ok else "  META MISMATCH ") + f"{k}: got {getattr(d, k)!r} expected {v!r}")
TABLES = [
    ("income_expenditure_summary", False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    ("fiscal_summary", False),
    ("general_budget_by_function", False),
    ("general_budget_basic_by_economic", False),
    ("government_fund", False),
    ("state_capital", True),
    ("sangong", False),
    ("procurement", False),
]
gt = [(t.table_key, t.is_empty) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"  TABLES got {gt}")

# ---- claims
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
    C("total_income_expenditure", amount="9572.71"),
    C("total_income_expenditure", amount="9572.71"),
    C("year_on_year", subj="收、支总计", change="659.25", rate="0.0740"),
    C("total_income", amount="9245.71"),
    C("year_on_year", subj="本年收入合计", change="612.30", rate="0.0709"),
    C("total_expenditure", amount="9345.71"),
    C("year_on_year", subj="本年支出合计", change="635.16", rate="0.0729"),
    C("fiscal_total_income_expenditure", amount="9507.71"),
    C("fiscal_total_income_expenditure", amount="9507.71"),
    C("year_on_year", subj="财政拨款收、支总计", change="612.34", rate="0.0688"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="318.56", rate="0.0433"),
    C("execution", subj="一般公共预算财政拨款支出", budget="7420.00", actual="7680.71", rate="1.0351"),
    C("execution", subj="213", budget="6850.00", actual="7108.95", rate="1.0378"),
    C("execution", subj="2130205", budget="3500.00", actual="3745.00", rate="1.0700"),
    C("execution", subj="208", budget="570.00", actual="571.76", rate="1.0031"),
    C("execution", subj="2120803", budget="1200.00", actual="1310.00", rate="1.0917"),
    C("year_on_year", subj="三公", change="-2.12", rate="-0.0670"),
    C("sangong_execution", subj="三公", budget="33.20", actual="29.50", rate="0.8885"),
    C("year_on_year", subj="因公出国", amount="0", change="0"),
    C("year_on_year", subj="公务用车购置及运行费", amount="28.65", change="-1.68", rate="-0.0554"),
    C("year_on_year", subj="公务接待费", amount="0.85", change="-0.44", rate="-0.3411"),
    C("sangong_execution", subj="公务接待费", budget="1.20", actual="0.85", rate="0.7050"),
    C("operating_costs", amount="506.32"),
    C("year_on_year", subj="机关运行经费", change="12.46", rate="0.0252"),
    C("procurement_total", amount="864.23"),
]


def fit(c, x, strict=True):
    if c.claim_kind != x["kind"]:
        return False
    if strict and x["subj"] and x["subj"] != c.subject_code and x["subj"] not in (c.subject_name or ""):
        return False
    for f, v in (
        ("budget", c.budget_yuan),
        ("actual", c.actual_yuan),
        ("rate", c.stated_rate),
        ("amount", c.amount_yuan),
        ("change", c.change_yuan),
    ):
        if x[f] is not None and x[f] != v:
            return False
    return True


left = list(r.claims)
cm, cmiss, loose = 0, [], []
for x in exp_claims:
    h = next((c for c in left if fit(c, x)), None)
    if h:
        left.remove(h)
        cm += 1
    else:
        cmiss.append(x)
for x in list(cmiss):
    h = next((c for c in left if fit(c, x, False)), None)
    if h:
        left.remove(h)
        cmiss.remove(x)
        loose.append((x, h))
print(
    f"CLAIMS expected={len(exp_claims)} matched={cm} wrong-subject={len(loose)} missing={len(cmiss)} unexpected={len(left)}"
)
for x, c in loose:
    print(
        "  WRONG SUBJECT", x["kind"], x["subj"], "got", c.subject_code, c.subject_name, "line", c.source_line
    )
for x in cmiss:
    print("  MISSING CLAIM", {k: str(v) for k, v in x.items() if v is not None})
for c in left:
    print(
        "  UNEXPECTED",
        c.claim_kind,
        c.subject_code,
        c.subject_name,
        c.amount_yuan,
        c.budget_yuan,
        c.actual_yuan,
        c.change_yuan,
        c.stated_rate,
        "line",
        c.source_line,
        "|",
        c.sentence[:60],
    )
print("DIAGNOSTICS", len(r.diagnostics))
for x in r.diagnostics:
    print(
        "  ",
        x.severity,
        x.check_name,
        x.table_key,
        x.source_line,
        (x.observed or "")[:70],
        "|",
        (x.message or "")[:110],
    )
