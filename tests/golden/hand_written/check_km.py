"""Compare parse_document output on the reviewer's PDF (km_2023_final.pdf, drawn with reportlab from the
figures typed in km_data.py) and its pdftotext renditions (km_2023_final.txt, .layout.txt, made by poppler's
pdftotext) with the hand-typed values.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_km.py [-v]"""

import sys
from collections import Counter
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from km_data import *  # hand-typed figures (万元)
from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

HERE = Path(__file__).parent
PDF = HERE / "km_2023_final.pdf"
VERBOSE = "-v" in sys.argv
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))  # 万元 -> 元
A, B = "actual", "budget"
exp = []  # (table, row, col, phase, yuan, printed_zero)


def add(t, row, cols, vals, phase=A):
    for c, v in zip(cols, vals):
        if v is not None:
            exp.append((t, row, c, phase, W(v), v == "0.00"))


# 表1
T = "income_expenditure_summary"
for lab, _, v in SUMMARY_INCOME:
    add(T, compact(lab), ["income"], [v])
for lab, v in SUMMARY_EXP.items():
    add(T, compact(lab), ["expenditure"], [v])
for il, iv, el, ev in SUMMARY_BOTTOM:
    add(T, compact(il), ["income"], [iv])
    add(T, compact(el), ["expenditure"], [ev])
# 表2, 表3, 表5
for t, rows, cols in (
    ("income_by_function", INC, INC_COLS),
    ("expenditure_by_function", EXP, EXP_COLS),
    ("general_budget_by_function", GB, GB_COLS),
):
    for row, vals in rows:
        add(t, row, cols, vals)
# 表4
T = "fiscal_summary"
for lab, _, v in FISCAL_INCOME:
    add(T, compact(lab), ["income"], [v])
for lab, v in FISCAL_EXP.items():
    add(T, compact(lab), ["expenditure", "expenditure_general_public"], [v, v])
for il, iv, el, ev in FISCAL_BOTTOM:
    add(T, compact(il), ["income"], [iv])
    if el:
        add(T, compact(el), ["expenditure", "expenditure_general_public"], [ev, ev])
# 表6
T = "general_budget_basic_by_economic"
for code, name, v in ECON_PERSONNEL + ECON_PUBLIC + ECON_PUBLIC2:
    add(T, code, ["total"], [v])
for lab, v in ECON_TOTALS:
    add(T, compact(lab), ["total"], [v])
# 表7
add("sangong", None, SANGONG_COLS, SANGONG_BUDGET, B)
add("sangong", None, SANGONG_COLS, SANGONG_ACTUAL, A)

e = {}
for t, row, c, p, v, z in exp:
    assert (t, row, c, p) not in e, (t, row, c, p)
    e[(t, row, c, p)] = v
zero_keys = {(t, row, c, p) for t, row, c, p, v, z in exp if z}

# --- my own identities ---
S = lambda t, rows, c: sum(e.get((t, x, c, A), D(0)) for x in rows)
for t, cols in (
    ("income_by_function", INC_COLS),
    ("expenditure_by_function", EXP_COLS),
    ("general_budget_by_function", GB_COLS),
):
    codes = {k[1] for k in e if k[0] == t and k[1] != "合计"}
    for c in cols:
        assert S(t, [x for x in codes if len(x) == 3], c) == e.get((t, "合计", c, A), D(0)), (t, c)
        for p in codes:
            if len(p) < 7:
                kids = [x for x in codes if len(x) == len(p) + 2 and x.startswith(p)]
                assert S(t, kids, c) == e.get((t, p, c, A), D(0)), (t, p, c)
    for row in codes | {"合计"}:
        assert e[(t, row, "total", A)] == sum(e.get((t, row, c, A), D(0)) for c in cols[1:]), (t, row)
g = lambda t, r, c: e.get((t, r, c, A), D(0))
cls = {
    "201": "一、一般公共服务支出",
    "205": "五、教育支出",
    "208": "八、社会保障和就业支出",
    "209": None,
    "210": "九、卫生健康支出",
    "221": "十九、住房保障支出",
}
for code, lab in cls.items():
    if lab:
        assert g("income_expenditure_summary", compact(lab), "expenditure") == g(
            "expenditure_by_function", code, "total"
        )
        assert g("fiscal_summary", compact(lab), "expenditure") == g(
            "general_budget_by_function", code, "total"
        )
IS = "income_expenditure_summary"
assert g(IS, "本年支出合计", "expenditure") == g("expenditure_by_function", "合计", "total")
assert g(IS, "本年收入合计", "income") == g("income_by_function", "合计", "total")
for col, lab in (
    ("fiscal_appropriation", "一、一般公共预算财政拨款收入"),
    ("business", "五、事业收入"),
    ("other_income", "八、其他收入"),
):
    assert g("income_by_function", "合计", col) == g(IS, compact(lab), "income")
assert g(IS, "总计", "income") == g(IS, "本年收入合计", "income") + g(IS, "年初结转和结余", "income")
assert g(IS, "总计", "expenditure") == g(IS, "本年支出合计", "expenditure") + g(
    IS, "年末结转和结余", "expenditure"
)
FS = "fiscal_summary"
assert g(FS, "本年收入合计", "income") == g("income_by_function", "合计", "fiscal_appropriation")
assert g(FS, "本年支出合计", "expenditure") == g("general_budget_by_function", "合计", "total")
assert g(FS, "总计", "income") == g(FS, "本年收入合计", "income") + g(FS, "年初财政拨款结转和结余", "income")
assert g(FS, "总计", "expenditure") == g(FS, "本年支出合计", "expenditure") + g(
    FS, "年末财政拨款结转和结余", "expenditure"
)
EB = "general_budget_basic_by_economic"
assert g(EB, "人员经费合计", "total") == g(EB, "301", "total") + g(EB, "303", "total")
assert g(EB, "公用经费合计", "total") == sum(g(EB, k, "total") for k in ("302", "307", "310", "312", "399"))
assert g(EB, "人员经费合计", "total") + g(EB, "公用经费合计", "total") == g(
    "general_budget_by_function", "合计", "basic"
)
for p in (A, B):
    s = lambda c: e.get(("sangong", None, c, p), D(0))
    assert s("total") == s("outbound") + s("vehicle") + s("reception") and s("vehicle") == s(
        "vehicle_purchase"
    ) + s("vehicle_operation")
assert e[("sangong", None, "reception", A)] == g(EB, "30217", "total")
assert e[("sangong", None, "vehicle_operation", A)] == g(EB, "30231", "total")

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
    C("total_income_expenditure", amount="4030.88"),
    C("total_income_expenditure", amount="4030.88"),
    C("year_on_year", subj="收、支总计", change="250.36", rate="0.0662"),
    C("total_income", amount="3905.48"),
    C("year_on_year", subj="本年收入合计", change="203.32", rate="0.0549"),
    C("total_expenditure", amount="3885.68"),
    C("year_on_year", subj="本年支出合计", change="230.56", rate="0.0631"),
    C("fiscal_total_income_expenditure", amount="3862.78"),
    C("fiscal_total_income_expenditure", amount="3862.78"),
    C("year_on_year", subj="财政拨款收、支总计", change="252.38", rate="0.0699"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="223.43", rate="0.0622"),
    C("execution", subj="一般公共预算财政拨款支出", budget="3705.00", actual="3813.68", rate="1.0293"),
    C("execution", subj="201", budget="2750.00", actual="2868.57", rate="1.0431"),
    C("execution", subj="205", budget="40.00", actual="36.80", rate="0.9200"),
    C("execution", subj="208", budget="505.00", actual="497.82", rate="0.9858"),
    C("execution", subj="210", budget="150.00", actual="151.23", rate="1.0082"),
    C("execution", subj="221", budget="260.00", actual="259.26", rate="0.9972"),
    C("sangong_execution", subj="三公", budget="28.50", actual="18.28", rate="0.6414"),
    C("year_on_year", subj="三公", change="-3.37", rate="-0.1557"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="18.00", actual="14.86", rate="0.8256"),
    C("sangong_execution", subj="公务用车购置费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车运行维护费", budget="18.00", actual="14.86", rate="0.8256"),
    C("sangong_execution", subj="公务接待费", budget="10.50", actual="3.42", rate="0.3257"),
    C("operating_costs", amount="612.48"),
    C("year_on_year", subj="机关运行经费", change="-25.30", rate="-0.0397"),
    C("procurement_total", amount="286.40"),
]
# narrative = tables
assert exp_claims[0]["amount"] == g(IS, "总计", "income") and exp_claims[3]["amount"] == g(
    IS, "本年收入合计", "income"
)
assert exp_claims[5]["amount"] == g(IS, "本年支出合计", "expenditure") and exp_claims[7]["amount"] == g(
    FS, "总计", "income"
)
assert exp_claims[11]["actual"] == g("general_budget_by_function", "合计", "total")
for x in exp_claims:
    if x["kind"] == "execution" and x["subj"].isdigit():
        assert x["actual"] == g("general_budget_by_function", x["subj"], "total")
    if x["rate"] is not None and x["budget"]:
        assert (x["actual"] / x["budget"]).quantize(D("0.0001")) == x["rate"], x
assert (
    sum(x["budget"] for x in exp_claims if x["kind"] == "execution" and x["subj"].isdigit())
    == exp_claims[11]["budget"]
)
assert (
    exp_claims[17]["actual"] == e[("sangong", None, "total", A)]
    and exp_claims[17]["budget"] == e[("sangong", None, "total", B)]
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
]
META = dict(
    doc_kind="final_account",
    scope="department",
    unit_name=UNIT,
    fiscal_year=2023,
    province=None,
    city="昆明市",
    parse_status="parsed",
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=W("3885.68"),
)


def rowkey(a):
    if a.table_key == "sangong":
        return None
    return a.subject_code or compact(a.row_label)


def fits(c, x, strict=True):
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


def check(name, data, filename):
    r = parse_document(data, filename, "d")
    out = []
    got = {}
    for a in r.amounts:
        got.setdefault((a.table_key, rowkey(a), a.column_key, a.phase), []).append(a)
    matched, wrong, missing, used = 0, [], [], set()
    for key in e:
        if key in got:
            used.add(key)
            if [a.amount_yuan for a in got[key]] == [e[key]]:
                matched += 1
            else:
                wrong.append((key, e[key], [(a.amount_raw, a.source_line) for a in got[key]]))
        else:
            missing.append(key)
    spurious = [
        (k, [(a.amount_raw, a.source_line, a.row_label, a.column_label) for a in v])
        for k, v in got.items()
        if k not in used
    ]
    n_sp = sum(len(v) for _, v in spurious)
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
    head = (
        f"[{name}] AMOUNTS expected={len(e)} (printed zeros {len(zero_keys)}) matched={matched} wrong={len(wrong)} "
        f"missing={len(missing)} (printed zeros {len([k for k in missing if k in zero_keys])}) spurious={n_sp} | "
        f"CLAIMS expected={len(exp_claims)} matched={cm} wrong-subject={len(loose)} missing={len(cmiss)} unexpected={len(left)}"
    )
    out.append(head)
    for w in wrong:
        out.append(f"  WRONG {w}")
    out.append(f"  missing by table/column: {dict(Counter((k[0], k[2], k[3]) for k in missing))}")
    for k in missing:
        out.append(f"  MISSING {k} {e[k]}" + (" (printed 0.00)" if k in zero_keys else ""))
    for s in spurious:
        out.append(f"  SPURIOUS {s}")
    for x, c in loose:
        out.append(
            f"  WRONG SUBJECT {x['kind']} {x['subj']} got {c.subject_code} {c.subject_name} line {c.source_line}"
        )
    for x in cmiss:
        out.append(f"  MISSING CLAIM { {k: v for k, v in x.items() if v is not None} }")
    for c in left:
        out.append(
            f"  UNEXPECTED CLAIM {c.claim_kind} {c.subject_code} {c.subject_name} b={c.budget_yuan} a={c.actual_yuan} "
            f"r={c.stated_rate} amt={c.amount_yuan} chg={c.change_yuan} line {c.source_line}: {c.sentence[:60]}"
        )
    gt = [(t.table_key, t.is_empty) for t in r.tables]
    out.append("  TABLES ok" if gt == TABLES else f"  TABLES got {gt}")
    for t in r.tables:
        if t.amount_unit != "万元" and not t.is_empty:
            out.append(f"  UNIT {t.table_key} {t.amount_unit}")
    d = r.document
    for k, v in META.items():
        if getattr(d, k) != v:
            out.append(f"  META {k}: got {getattr(d, k)!r} expected {v!r}")
    for dg in r.diagnostics:
        if dg.severity != "info" or VERBOSE:
            out.append(
                f"  DIAG {dg.severity} {dg.check_name} {dg.table_key} line {dg.source_line}: {dg.message[:160]}"
            )
    stats = dict(
        matched=matched,
        wrong=len(wrong),
        missing=len(missing),
        spurious=n_sp,
        claims=cm,
        claims_missing=len(cmiss) + len(loose),
        unexpected_claims=len(left),
        tables_ok=gt == TABLES,
        result=r,
    )
    return head, out, stats


RENDITIONS = [
    (PDF.name, PDF),
    ("km_2023_final.txt", HERE / "km_2023_final.txt"),
    ("km_2023_final.layout.txt", HERE / "km_2023_final.layout.txt"),
]
results = {}
for name, path in RENDITIONS:
    head, out, stats = check(name, path.read_bytes(), name)
    results[name] = stats
    print("\n".join(out))
    print()
