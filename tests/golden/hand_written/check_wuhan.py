"""Compare parse_document output with the values typed by hand for wuhan_2020_final.txt.
Run from the repository: .venv/bin/python tests/golden/hand_written/check_wuhan.py"""

from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

path = Path(__file__).with_name("wuhan_2020_final.txt")
r = parse_document(open(path, "rb").read(), "wuhan_2020_final.txt", "d")
W = lambda s: (D(s) * 10000).quantize(D("0.01"))  # 万元 -> 元
A, B = "actual", "budget"
exp = []  # (table_key, row, column_key, phase, 元)


def add(t, row, cols, vals, phase=A):
    for c, v in zip(cols, vals):
        if v is not None:
            exp.append((t, row, c, phase, W(v)))


# 表1 收入支出决算总表
for lab, v in [
    ("一、一般公共预算财政拨款收入", "1141.11"),
    ("四、上级补助收入", "58.20"),
    ("八、其他收入", "3.15"),
    ("本年收入合计", "1202.46"),
    ("年初结转和结余", "5.00"),
    ("总计", "1207.46"),
]:
    add("income_expenditure_summary", lab, ["income"], [v])
for lab, v in [
    ("一、一般公共服务支出", "992.74"),
    ("八、社会保障和就业支出", "132.28"),
    ("十九、住房保障支出", "64.14"),
    ("本年支出合计", "1189.16"),
    ("年末结转和结余", "18.30"),
    ("总计", "1207.46"),
]:
    add("income_expenditure_summary", lab, ["expenditure"], [v])
# 表2 收入决算表: total, 财政拨款, 上级补助, 其他收入
ic = ["total", "fiscal_appropriation", "upper_grant", "other_income"]
for row, vals in [
    ("合计", ["1202.46", "1141.11", "58.20", "3.15"]),
    ("201", ["1006.04", "944.69", "58.20", "3.15"]),
    ("20105", ["1006.04", "944.69", "58.20", "3.15"]),
    ("2010501", ["612.48", "612.48", None, None]),
    ("2010502", ["85.36", "82.21", None, "3.15"]),
    ("2010507", ["250.00", "250.00", None, None]),
    ("2010508", ["58.20", None, "58.20", None]),
    ("208", ["132.28", "132.28"]),
    ("20805", ["132.28", "132.28"]),
    ("2080501", ["36.52", "36.52"]),
    ("2080505", ["68.40", "68.40"]),
    ("2080506", ["27.36", "27.36"]),
    ("221", ["64.14", "64.14"]),
    ("22102", ["64.14", "64.14"]),
    ("2210201", ["51.30", "51.30"]),
    ("2210203", ["12.84", "12.84"]),
]:
    add("income_by_function", row, ic, vals)
# 表3 支出决算表 and 表5 一般公共预算财政拨款支出决算表: total, basic, project
ec = ["total", "basic", "project"]
common = [
    ("208", ["132.28", "132.28"]),
    ("20805", ["132.28", "132.28"]),
    ("2080501", ["36.52", "36.52"]),
    ("2080505", ["68.40", "68.40"]),
    ("2080506", ["27.36", "27.36"]),
    ("221", ["64.14", "64.14"]),
    ("22102", ["64.14", "64.14"]),
    ("2210201", ["51.30", "51.30"]),
    ("2210203", ["12.84", "12.84"]),
]
for row, vals in [
    ("合计", ["1189.16", "808.90", "380.26"]),
    ("201", ["992.74", "612.48", "380.26"]),
    ("20105", ["992.74", "612.48", "380.26"]),
    ("2010501", ["612.48", "612.48", None]),
    ("2010502", ["85.36", None, "85.36"]),
    ("2010507", ["236.70", None, "236.70"]),
    ("2010508", ["58.20", None, "58.20"]),
] + common:
    add("expenditure_by_function", row, ec, vals)
for row, vals in [
    ("合计", ["1127.81", "808.90", "318.91"]),
    ("201", ["931.39", "612.48", "318.91"]),
    ("20105", ["931.39", "612.48", "318.91"]),
    ("2010501", ["612.48", "612.48", None]),
    ("2010502", ["82.21", None, "82.21"]),
    ("2010507", ["236.70", None, "236.70"]),
] + common:
    add("general_budget_by_function", row, ec, vals)
# 表4 财政拨款收入支出决算总表
for lab, v in [
    ("一、一般公共预算财政拨款", "1141.11"),
    ("本年收入合计", "1141.11"),
    ("年初财政拨款结转和结余", "5.00"),
    ("一般公共预算财政拨款", "5.00"),
    ("总计", "1146.11"),
]:
    add("fiscal_summary", lab, ["income"], [v])
for lab, v in [
    ("一、一般公共服务支出", "931.39"),
    ("八、社会保障和就业支出", "132.28"),
    ("十九、住房保障支出", "64.14"),
    ("本年支出合计", "1127.81"),
    ("年末财政拨款结转和结余", "18.30"),
    ("总计", "1146.11"),
]:
    add("fiscal_summary", lab, ["expenditure", "expenditure_general_public"], [v, v])
# 表6 基本支出 by economic code
econ = {
    "301": "567.14",
    "30101": "168.24",
    "30102": "142.56",
    "30103": "56.30",
    "30108": "68.40",
    "30109": "27.36",
    "30110": "30.12",
    "30112": "4.26",
    "30113": "51.30",
    "30199": "18.60",
    "303": "51.46",
    "30302": "36.52",
    "30305": "2.10",
    "30399": "12.84",
    "302": "169.70",
    "30201": "22.40",
    "30202": "6.85",
    "30205": "2.30",
    "30206": "9.60",
    "30207": "5.20",
    "30209": "28.50",
    "30211": "4.36",
    "30213": "7.80",
    "30215": "1.20",
    "30216": "2.45",
    "30217": "0.86",
    "30226": "12.60",
    "30228": "9.18",
    "30229": "8.40",
    "30231": "6.32",
    "30239": "35.28",
    "30299": "6.40",
    "310": "20.60",
    "31002": "14.60",
    "31007": "6.00",
}
for code, v in econ.items():
    add("general_budget_basic_by_economic", code, ["total"], [v])
add("general_budget_basic_by_economic", "人员经费合计", ["total"], ["618.60"])
add("general_budget_basic_by_economic", "公用经费合计", ["total"], ["190.30"])
# 表7 三公: six budget then six actual
sc = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
add("sangong", None, sc, ["8.50", "0.00", "7.00", "0.00", "7.00", "1.50"], B)
add("sangong", None, sc, ["7.18", "0.00", "6.32", "0.00", "6.32", "0.86"], A)

# identities of my own numbers (sanity)
e = {(t, r_, c, p): v for t, r_, c, p, v in exp}
assert sum(W(econ[k]) for k in ("301", "303")) == W("618.60") and sum(
    W(econ[k]) for k in ("302", "310")
) == W("190.30")
assert sum(W(v) for k, v in econ.items() if len(k) == 5 and k[:3] == "301") == W("567.14")
assert sum(W(v) for k, v in econ.items() if len(k) == 5 and k[:3] == "302") == W("169.70")


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
        if e[key] in vals and len(vals) == 1:
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
    f"AMOUNTS expected={len(e)} matched={matched} wrong={len(wrong)} missing={len(missing)} spurious={n_sp}"
)
for w in wrong:
    print("  WRONG", w)
from collections import Counter

print("  missing by table/column:", dict(Counter((k[0], k[2], k[3]) for k in missing)))
for s in spurious:
    print("  SPURIOUS", s)

# names: wrapped names must be whole
names = {
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "30108": "机关事业单位基本养老保险缴费",
}
for a in r.amounts:
    if a.subject_code in names and a.subject_name != names[a.subject_code]:
        print("  NAME", a.table_key, a.subject_code, repr(a.subject_name), "expected", names[a.subject_code])

# metadata
d = r.document
meta_exp = dict(
    doc_kind="final_account",
    scope="department",
    unit_name="武汉市江岸区统计局",
    fiscal_year=2020,
    city="武汉市",
    district="江岸区",
    supervising_department=None,
    parse_status="parsed",
    table_count=9,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=W("1189.16"),
)
for k, v in meta_exp.items():
    print(
        ("  ok  " if getattr(d, k) == v else "  META MISMATCH ")
        + f"{k}: got {getattr(d, k)!r} expected {v!r}"
    )
print("  province:", d.province, "(湖北省 is not printed anywhere; None acceptable)")

# tables
print("TABLES", [(t.table_key, t.is_empty, t.row_count) for t in r.tables])

# claims: (kind, subject test, budget, actual, rate, amount, change)
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
    C("total_income_expenditure", amount="1207.46"),
    C("total_income_expenditure", amount="1207.46"),
    C("year_on_year", subj="收、支总计", change="235.62", rate="0.242"),
    C("total_income", amount="1202.46"),
    C("year_on_year", subj="本年收入合计", change="236.15", rate="0.244"),
    C("total_expenditure", amount="1189.16"),
    C("year_on_year", subj="本年支出合计", change="224.53", rate="0.233"),
    C("fiscal_total_income_expenditure", amount="1146.11"),
    C("year_on_year", subj="财政拨款收、支总计", change="213.40", rate="0.229"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="205.36", rate="0.223"),
    C("execution", subj="一般公共预算财政拨款支出", budget="920.10", actual="1127.81", rate="1.226"),
    C("execution", subj="201", budget="725.60", actual="931.39", rate="1.284"),
    C("execution", subj="2010507", budget="20.00", actual="236.70", rate="11.835"),
    C("execution", subj="208", budget="128.50", actual="132.28", rate="1.029"),
    C("execution", subj="221", budget="66.00", actual="64.14", rate="0.972"),
    C("sangong_execution", subj="三公", budget="8.50", actual="7.18", rate="0.845"),
    C("year_on_year", subj="三公", change="-1.64", rate="-0.186"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="7.00", actual="6.32", rate="0.903"),
    C("sangong_execution", subj="公务用车购置费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车运行维护费", budget="7.00", actual="6.32", rate="0.903"),
    C("sangong_execution", subj="公务接待费", budget="1.50", actual="0.86", rate="0.573"),
    C("operating_costs", amount="190.30"),
    C("year_on_year", subj="机关运行经费", change="-12.50", rate="-0.062"),
    C("procurement_total", amount="28.60"),
]


def fits(c, x):
    if c.claim_kind != x["kind"]:
        return False
    if x["subj"] and x["subj"] != c.subject_code and x["subj"] not in (c.subject_name or ""):
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
cm, cmiss = 0, []
for x in exp_claims:
    hit = next((c for c in left if fits(c, x)), None)
    if hit:
        left.remove(hit)
        cm += 1
    else:
        cmiss.append(x)
print(f"CLAIMS expected={len(exp_claims)} matched={cm} missing={len(cmiss)} unexpected={len(left)}")
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
    )
long = [c for c in r.claims if len(c.sentence) > 200]
for c in long:
    print("  OVERLONG SENTENCE", c.claim_kind, c.source_line, len(c.sentence), c.sentence[:40], "…")
print("DIAGNOSTICS")
for g in r.diagnostics:
    print(" ", g.severity, g.check_name, g.table_key, g.source_line, (g.observed or "")[:60])
