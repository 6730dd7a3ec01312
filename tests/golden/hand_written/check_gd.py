"""Compare parse_document output with values typed by hand for gd_2023_final.txt.
Run from the repository: .venv/bin/python tests/golden/hand_written/check_gd.py"""

from collections import Counter
from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

text = Path(__file__).with_name("gd_2023_final.txt").read_text(encoding="utf-8")
r = parse_document(text.encode(), "gd_2023_final.txt", "d")
W = lambda s: (D(s) * 10000).quantize(D("0.01"))  # 万元 -> 元
A, B = "actual", "budget"
exp = []  # (table_key, row, column_key, phase, 元)


def add(t, row, cols, vals, phase=A):
    for c, v in zip(cols, vals):
        if v is not None:
            exp.append((t, row, c, phase, W(v)))


# 表一 收入支出决算总表 (no 行次 column)
inc_s = [
    ("一、一般公共预算财政拨款收入", "2666.25"),
    ("四、上级补助收入", "113.00"),
    ("五、事业收入", "60.00"),
    ("六、经营收入", "20.50"),
    ("八、其他收入", "3.65"),
    ("本年收入合计", "2863.40"),
    ("年初结转和结余", "41.30"),
    ("总计", "2904.70"),
]
exp_s = [
    ("八、社会保障和就业支出", "135.07"),
    ("十二、农林水支出", "2633.10"),
    ("十九、住房保障支出", "72.08"),
    ("本年支出合计", "2840.25"),
    ("年末结转和结余", "64.45"),
    ("总计", "2904.70"),
]
for lab, v in inc_s:
    add("income_expenditure_summary", lab, ["income"], [v])
for lab, v in exp_s:
    add("income_expenditure_summary", lab, ["expenditure"], [v])

# 表二 收入决算表
ic = [
    "total",
    "fiscal_appropriation",
    "upper_grant",
    "business",
    "operating_income",
    "affiliated_remit",
    "other_income",
]
inc = [
    ("合计", ["2863.40", "2666.25", "113.00", "60.00", "20.50", "0.00", "3.65"]),
    ("208", ["135.07", "135.07"]),
    ("20805", ["135.07", "135.07"]),
    ("2080505", ["96.48", "96.48"]),
    ("2080506", ["38.59", "38.59"]),
    ("213", ["2656.25", "2459.10", "113.00", "60.00", "20.50", None, "3.65"]),
    ("21301", ["2223.45", "2026.30", "113.00", "60.00", "20.50", None, "3.65"]),
    ("2130101", ["612.35", "612.35"]),
    ("2130104", ["352.55", "268.40", None, "60.00", "20.50", None, "3.65"]),
    ("2130122", ["1258.55", "1145.55", "113.00"]),
    ("21305", ["432.80", "432.80"]),
    ("2130599", ["432.80", "432.80"]),
    ("221", ["72.08", "72.08"]),
    ("22102", ["72.08", "72.08"]),
    ("2210201", ["57.88", "57.88"]),
    ("2210203", ["14.20", "14.20"]),
]
for row, vals in inc:
    add("income_by_function", row, ic, vals)

# 表三 支出决算表
ec = ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"]
common208_221 = [
    ("208", ["135.07", "135.07"]),
    ("20805", ["135.07", "135.07"]),
    ("2080505", ["96.48", "96.48"]),
    ("2080506", ["38.59", "38.59"]),
    ("2130101", ["612.35", "612.35"]),
    ("221", ["72.08", "72.08"]),
    ("22102", ["72.08", "72.08"]),
    ("2210201", ["57.88", "57.88"]),
    ("2210203", ["14.20", "14.20"]),
]
expd = [
    ("合计", ["2840.25", "1135.90", "1648.75", "12.00", "18.60", "25.00"]),
    ("213", ["2633.10", "928.75", "1648.75", "12.00", "18.60", "25.00"]),
    ("21301", ["2253.10", "928.75", "1268.75", "12.00", "18.60", "25.00"]),
    ("2130104", ["347.00", "316.40", None, "12.00", "18.60"]),
    ("2130122", ["1293.75", None, "1268.75", None, None, "25.00"]),
    ("21305", ["380.00", None, "380.00"]),
    ("2130599", ["380.00", None, "380.00"]),
] + common208_221
for row, vals in expd:
    add("expenditure_by_function", row, ec, vals)

# 表五 一般公共预算财政拨款支出决算表
gc = ["total", "basic", "project"]
gen = [
    ("合计", ["2648.65", "1087.90", "1560.75"]),
    ("213", ["2441.50", "880.75", "1560.75"]),
    ("21301", ["2061.50", "880.75", "1180.75"]),
    ("2130104", ["268.40", "268.40"]),
    ("2130122", ["1180.75", None, "1180.75"]),
    ("21305", ["380.00", None, "380.00"]),
    ("2130599", ["380.00", None, "380.00"]),
] + common208_221
for row, vals in gen:
    add("general_budget_by_function", row, gc, vals)

# 表四 财政拨款收入支出决算总表
for lab, v in [
    ("一、一般公共预算财政拨款", "2666.25"),
    ("本年收入合计", "2666.25"),
    ("年初财政拨款结转和结余", "35.20"),
    ("一般公共预算财政拨款", "35.20"),
    ("总计", "2701.45"),
]:
    add("fiscal_summary", lab, ["income"], [v])
for lab, v in [
    ("八、社会保障和就业支出", "135.07"),
    ("十二、农林水支出", "2441.50"),
    ("十九、住房保障支出", "72.08"),
    ("本年支出合计", "2648.65"),
    ("年末财政拨款结转和结余", "52.80"),
    ("总计", "2701.45"),
]:
    add("fiscal_summary", lab, ["expenditure", "expenditure_general_public"], [v, v])

# 表六 基本支出 (two blocks: 人员经费 | 公用经费)
econ = {
    "301": "896.22",
    "30101": "268.56",
    "30102": "196.32",
    "30103": "42.18",
    "30107": "112.40",
    "30108": "96.48",
    "30109": "38.59",
    "30110": "52.36",
    "30112": "6.85",
    "30113": "57.88",
    "30199": "24.60",
    "303": "55.85",
    "30302": "38.45",
    "30305": "3.20",
    "30399": "14.20",
    "302": "126.43",
    "30201": "18.36",
    "30205": "3.12",
    "30206": "11.48",
    "30207": "4.65",
    "30211": "9.84",
    "30213": "6.20",
    "30215": "2.10",
    "30216": "3.60",
    "30217": "1.26",
    "30226": "14.30",
    "30228": "12.46",
    "30229": "8.90",
    "30231": "9.38",
    "30239": "15.60",
    "30299": "5.18",
    "310": "9.40",
    "31002": "6.40",
    "31007": "3.00",
}
for code, v in econ.items():
    add("general_budget_basic_by_economic", code, ["total"], [v])
add("general_budget_basic_by_economic", "人员经费合计", ["total"], ["952.07"])
add("general_budget_basic_by_economic", "公用经费合计", ["total"], ["135.83"])

# 表七 三公 (vertical: one row per item, columns 年初预算数 | 决算数)
sc = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
add("sangong", None, sc, ["39.80", "0.00", "38.00", "28.00", "10.00", "1.80"], B)
add("sangong", None, sc, ["38.14", "0.00", "36.88", "27.50", "9.38", "1.26"], A)

# ---- sanity: identities of my own numbers
S = lambda xs: sum(W(x) for x in xs)
for t, rows, cols in (("inc", inc, ic), ("exp", expd + common208_221, ec), ("gen", gen, gc)):
    for row, vals in rows:
        v = [x for x in vals[1:]]
        assert W(vals[0]) == S([x for x in v if x]), (t, row)
assert S(["96.48", "38.59"]) == W("135.07")
assert S(["612.35", "352.55", "1258.55"]) == W("2223.45")
assert S(["612.35", "347.00", "1293.75"]) == W("2253.10")
assert S(["612.35", "268.40", "1180.75"]) == W("2061.50")
assert S(["135.07", "2656.25", "72.08"]) == W("2863.40")
assert S(["135.07", "2633.10", "72.08"]) == W("2840.25")
assert S(["135.07", "2441.50", "72.08"]) == W("2648.65")
assert S(["2863.40", "41.30"]) == S(["2840.25", "64.45"]) == W("2904.70")
assert S(["2666.25", "35.20"]) == S(["2648.65", "52.80"]) == W("2701.45")
assert S(["2666.25", "113.00", "60.00", "20.50", "3.65"]) == W("2863.40")
assert S([econ[k] for k in ("301", "303")]) == W("952.07")
assert S([econ[k] for k in ("302", "310")]) == W("135.83")
assert W("952.07") + W("135.83") == W("1087.90")
for cls in ("301", "302", "303", "310"):
    assert S([v for k, v in econ.items() if len(k) == 5 and k[:3] == cls]) == W(econ[cls]), cls
assert S(["27.50", "9.38"]) == W("36.88") and S(["36.88", "1.26"]) == W("38.14")
assert S(["28.00", "10.00"]) == W("38.00") and S(["38.00", "1.80"]) == W("39.80")
e = {(t, r_, c, p): v for t, r_, c, p, v in exp}
assert len(e) == len(exp), "duplicate expected keys"


def rowkey(a):
    if a.table_key == "sangong":
        return None
    if a.subject_code:
        return a.subject_code
    return compact(a.row_label)


got = {}
for a in r.amounts:
    got.setdefault((a.table_key, rowkey(a), a.column_key, a.phase), []).append(a)
matched, wrong, missing, used = 0, [], [], set()
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
print(
    f"AMOUNTS expected={len(e)} matched={matched} wrong={len(wrong)} missing={len(missing)} "
    f"spurious={sum(len(v) for _, v in spurious)}"
)
for w in wrong:
    print("  WRONG", w)
print("  missing by table/column:", dict(Counter((k[0], k[2], k[3]) for k in missing)))
for k in missing:
    print("  MISSING", k, e[k])
for s in spurious:
    print("  SPURIOUS", s)

names = {
    "2080505": "机关事业单位基本养老保险缴费支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
    "30108": "机关事业单位基本养老保险缴费",
}
for a in r.amounts:
    if a.subject_code in names and a.subject_name != names[a.subject_code]:
        print("  NAME", a.table_key, a.subject_code, repr(a.subject_name), "line", a.source_line)
units = Counter((a.table_key, a.amount_unit) for a in r.amounts)
print("  units:", dict(units))

d = r.document
meta_exp = dict(
    doc_kind="final_account",
    scope="department",
    unit_name="英德市农业农村局",
    fiscal_year=2023,
    supervising_department=None,
    parse_status="parsed",
    table_count=9,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=W("2840.25"),
)
for k, v in meta_exp.items():
    print(
        ("  ok  " if getattr(d, k) == v else "  META MISMATCH ")
        + f"{k}: got {getattr(d, k)!r} expected {v!r}"
    )
print("  region (not printed beyond 英德市; info):", d.province, d.city, d.district)
print("TABLES", [(t.table_key, t.amount_unit, t.is_empty, t.empty_reason, t.row_count) for t in r.tables])
for t in r.tables:
    if t.table_key in ("government_fund", "state_capital") and not t.is_empty:
        print("  EMPTY-TABLE NOT MARKED", t.table_key)

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
    C("total_income_expenditure", amount="2904.70"),
    C("year_on_year", subj="收、支总计", change="312.46", rate="0.1205"),
    C("total_income", amount="2863.40"),
    C("year_on_year", subj="本年收入合计", change="298.15", rate="0.1162"),
    C("total_expenditure", amount="2840.25"),
    C("year_on_year", subj="本年支出合计", change="286.90", rate="0.1124"),
    C("fiscal_total_income_expenditure", amount="2701.45"),
    C("year_on_year", subj="财政拨款收、支总计", change="270.33", rate="0.1112"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="265.48", rate="0.1114"),
    C("execution", subj="一般公共预算财政拨款支出", budget="2320.60", actual="2648.65", rate="1.1414"),
    C("execution", subj="2080505", budget="98.20", actual="96.48", rate="0.9825"),
    C("execution", subj="2080506", budget="39.28", actual="38.59", rate="0.9824"),
    C("execution", subj="2130101", budget="596.80", actual="612.35", rate="1.0261"),
    C("execution", subj="2130104", budget="270.00", actual="268.40", rate="0.9941"),
    C("execution", subj="2130122", budget="842.00", actual="1180.75", rate="1.4023"),
    C("execution", subj="2130599", budget="400.00", actual="380.00", rate="0.9500"),
    C("execution", subj="2210201", budget="58.60", actual="57.88", rate="0.9877"),
    C("execution", subj="2210203", budget="15.72", actual="14.20", rate="0.9033"),
    C("sangong_execution", subj="三公", budget="39.80", actual="38.14", rate="0.9583"),
    C("year_on_year", subj="三公", change="-4.26", rate="-0.1005"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="38.00", actual="36.88", rate="0.9705"),
    C("sangong_execution", subj="公务用车购置费", budget="28.00", actual="27.50", rate="0.9821"),
    C("sangong_execution", subj="公务用车运行维护费", budget="10.00", actual="9.38", rate="0.9380"),
    C("sangong_execution", subj="公务接待费", budget="1.80", actual="1.26", rate="0.7000"),
    C("operating_costs", amount="135.83"),
    C("year_on_year", subj="机关运行经费", change="-8.42", rate="-0.0584"),
    C("procurement_total", amount="486.30"),
]
# sanity of my own claims: stated rates are what the stated figures give
for x in exp_claims:
    if x["budget"] and x["actual"] and x["rate"] is not None:
        assert (x["actual"] / x["budget"]).quantize(D("0.0001")) == x["rate"], x


def fits(c, x, strict=True):
    if c.claim_kind != x["kind"]:
        return False
    if strict and x["subj"] and x["subj"] != c.subject_code and x["subj"] not in (c.subject_name or ""):
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
for x in list(cmiss):
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
