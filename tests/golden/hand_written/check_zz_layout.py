"""Compare parse_document output with the figures typed by hand (data.py) for zz_2024_final.layout.txt.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_zz_layout.py"""

import sys
from collections import Counter
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from zz_layout_data import *  # noqa: E402,F403  (hand-typed figures)
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402

path = Path(__file__).with_name("zz_2024_final.layout.txt")
r = parse_document(path.read_bytes(), "zz_2024_final.layout.txt", "d")
Y = lambda s: D(s.replace(",", "")).quantize(D("0.01"))
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))
A, B = "actual", "budget"
exp = []


def add(t, row, cols, vals, phase=A):
    for c, v in zip(cols, vals):
        if v is not None:
            exp.append((t, row, c, phase, Y(v), v == "0.00"))


T = "income_expenditure_summary"
for lab, _n, v in SUM_IN + SUM_IN_TAIL:
    if lab and v:
        add(T, compact(lab), ["income"], [v])
for lab, v in SUM_OUT:
    if v:
        add(T, compact(lab), ["expenditure"], [v])
for lab, _n, v in SUM_OUT_TAIL:
    if lab and v:
        add(T, compact(lab), ["expenditure"], [v])
for row, vals in INCOME.items():
    add("income_by_function", row, INCOME_COLS, vals)
for row, vals in EXP.items():
    add("expenditure_by_function", row, EXP_COLS, vals)
T = "fiscal_summary"
for lab, _n, v in FS_IN + FS_IN_TAIL:
    if lab and v:
        add(T, compact(lab), ["income"], [v])
for lab, v in FS_OUT.items():
    add(T, compact(lab), ["expenditure", "expenditure_general_public"], [v, v])
for lab, _n, v in FS_OUT_TAIL:
    if lab and v:
        add(T, compact(lab), ["expenditure", "expenditure_general_public"], [v, v])
for row, vals in GP.items():
    add("general_budget_by_function", row, GP_COLS, vals)
t6 = "general_budget_basic_by_economic"
for code, _name, v in PERS + PUB_A + PUB_B:
    add(t6, code, ["total"], [v])
add(t6, "人员经费合计", ["total"], [PERS_TOTAL])
add(t6, "公用经费合计", ["total"], [PUB_TOTAL])
add("sangong", None, SG_COLS, SG_BUDGET, B)
add("sangong", None, SG_COLS, SG_ACTUAL, A)

# ---- my own identities (to the fen)
e = {}
for t, row, c, p, v, z in exp:
    assert (t, row, c, p) not in e, (t, row, c, p)
    e[(t, row, c, p)] = v
zero_keys = {(t, row, c, p) for t, row, c, p, v, z in exp if z}
g = lambda t, row, c, p=A: e.get((t, row, c, p), D(0))
kids = lambda code: (
    [k for k in ORDER if len(k) == len(code) + 2 and k.startswith(code)]
    if len(code) > 3
    else [k for k in ORDER if len(k) == 5 and k.startswith(code)]
)
for t, cols in (
    ("income_by_function", INCOME_COLS),
    ("expenditure_by_function", EXP_COLS),
    ("general_budget_by_function", GP_COLS),
):
    for c in cols:
        assert g(t, "合计", c) == sum(g(t, k, c) for k in ORDER if len(k) == 3), (t, c)
        for k in ORDER:
            if len(k) < 7:
                assert g(t, k, c) == sum(g(t, x, c) for x in kids(k)), (t, k, c)
    for row in INCOME if t == "income_by_function" else EXP if t == "expenditure_by_function" else GP:
        assert g(t, row, "total") == sum(g(t, row, c) for c in cols[1:]), (t, row)
S = "income_expenditure_summary"
assert g(S, "本年支出合计", "expenditure") == g("expenditure_by_function", "合计", "total")
assert g(S, "本年收入合计", "income") == g("income_by_function", "合计", "total")
assert g(S, "一、一般公共预算财政拨款收入", "income") == g(
    "income_by_function", "合计", "fiscal_appropriation"
)
assert g(S, "八、其他收入", "income") == g("income_by_function", "合计", "other_income")
assert g(S, "本年收入合计", "income") == g(S, "一、一般公共预算财政拨款收入", "income") + g(
    S, "八、其他收入", "income"
)
assert (
    g(S, "总计", "income")
    == g(S, "本年收入合计", "income") + g(S, "年初结转和结余", "income")
    == g(S, "总计", "expenditure")
)
assert g(S, "总计", "expenditure") == g(S, "本年支出合计", "expenditure") + g(
    S, "年末结转和结余", "expenditure"
)
assert g(S, "本年支出合计", "expenditure") == sum(Y(v) for _l, v in SUM_OUT if v)
for (lab, v), code in zip([x for x in SUM_OUT if x[1]], ["201", "205", "208", "210", "221"]):
    assert Y(v) == g("expenditure_by_function", code, "total")
F = "fiscal_summary"
for (lab, v), code in zip(FS_OUT.items(), ["201", "205", "208", "210", "221"]):
    assert Y(v) == g("general_budget_by_function", code, "total")
assert g(F, "本年支出合计", "expenditure") == g("general_budget_by_function", "合计", "total")
assert g(F, "本年收入合计", "income") == g("income_by_function", "合计", "fiscal_appropriation")
assert (
    g(F, "总计", "income")
    == g(F, "本年收入合计", "income") + g(F, "年初财政拨款结转和结余", "income")
    == g(F, "总计", "expenditure")
)
assert g(F, "总计", "expenditure") == g(F, "本年支出合计", "expenditure") + g(
    F, "年末财政拨款结转和结余", "expenditure"
)
for blk in (PERS, PUB_A + PUB_B):
    for code, _n, v in blk:
        if len(code) == 3:
            assert g(t6, code, "total") == sum(
                g(t6, k, "total") for k, _x, _y in blk if len(k) == 5 and k[:3] == code
            ), code
assert g(t6, "人员经费合计", "total") == g(t6, "301", "total") + g(t6, "303", "total")
assert g(t6, "公用经费合计", "total") == sum(g(t6, k, "total") for k in ("302", "307", "310", "399"))
assert g(t6, "人员经费合计", "total") + g(t6, "公用经费合计", "total") == g(
    "general_budget_by_function", "合计", "basic"
)
for p in (A, B):
    s = lambda c: g("sangong", None, c, p)
    assert s("total") == s("outbound") + s("vehicle") + s("reception") and s("vehicle") == s(
        "vehicle_purchase"
    ) + s("vehicle_operation")
assert g("sangong", None, "vehicle_operation") == g(t6, "30231", "total") and g(
    "sangong", None, "reception"
) == g(t6, "30217", "total")
# cross-table: fiscal income by row = GP expenditure by row except carry-over rows
assert g("income_by_function", "合计", "fiscal_appropriation") + g(F, "年初财政拨款结转和结余", "income") - g(
    F, "年末财政拨款结转和结余", "expenditure"
) == g("general_budget_by_function", "合计", "total")


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
matched, wrong, missing, used = 0, [], [], set()
for key in e:
    if key in got:
        used.add(key)
        vals = [a.amount_yuan for a in got[key]]
        if vals == [e[key]]:
            matched += 1
        else:
            wrong.append((key, str(e[key]), [(a.amount_raw, a.source_line) for a in got[key]]))
    else:
        missing.append(key)
spurious = [
    (k, [(a.amount_raw, a.source_line, a.row_label, a.column_label) for a in v])
    for k, v in got.items()
    if k not in used
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
for a in r.amounts:
    if (
        a.subject_code in NAMES
        and a.classification == "functional"
        and compact(a.subject_name or "") != compact(NAMES[a.subject_code])
    ):
        print("  NAME", a.table_key, a.subject_code, repr(a.subject_name), "expected", NAMES[a.subject_code])
for t in r.tables:
    if t.amount_unit != "元":
        print("  UNIT", t.table_key, t.amount_unit, "want 元")

d = r.document
meta_exp = dict(
    doc_kind="final_account",
    scope="department",
    unit_name="郑州市统计局",
    fiscal_year=2024,
    province=None,  # 河南省 is never printed, only 郑州市
    city="郑州市",
    district=None,
    parse_status="parsed",
    table_count=9,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=Y("42,329,453.46"),
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
    C("total_income_expenditure", amount="4249.34"),
    C("total_income_expenditure", amount="4249.34"),
    C("year_on_year", subj="收、支总计", change="312.46", rate="0.0794"),
    C("total_income", amount="4212.51"),
    C("total_expenditure", amount="4232.95"),
    C("fiscal_total_income_expenditure", amount="4222.95"),
    C("fiscal_total_income_expenditure", amount="4222.95"),
    C("year_on_year", subj="财政拨款收、支总计", change="298.64", rate="0.0761"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="296.18", rate="0.0756"),
    C("execution", subj="一般公共预算财政拨款支出", budget="3985.60", actual="4212.95", rate="1.0570"),
    C("execution", subj="201", budget="3150.00", actual="3380.00", rate="1.0730"),
    C("execution", subj="205", budget="20.00", actual="18.62", rate="0.9310"),
    C("execution", subj="208", budget="466.80", actual="468.98", rate="1.0047"),
    C("execution", subj="210", budget="130.50", actual="131.11", rate="1.0047"),
    C("execution", subj="221", budget="218.30", actual="214.23", rate="0.9814"),
    C("sangong_execution", subj="三公", budget="18.60", actual="15.84", rate="0.8518"),
    C("year_on_year", subj="三公", change="-1.26", rate="-0.0737"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="15.00", actual="13.26", rate="0.8841"),
    C("sangong_execution", subj="公务用车购置费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车运行维护费", budget="15.00", actual="13.26", rate="0.8841"),
    C("sangong_execution", subj="公务接待费", budget="3.60", actual="2.58", rate="0.7172"),
    C("operating_costs", amount="296.59"),
    C("year_on_year", subj="机关运行经费", change="-8.42", rate="-0.0276"),
    C("procurement_total", amount="612.38"),
]


def fits(c, x, strict_subj=True):
    if c.claim_kind != x["kind"]:
        return False
    if strict_subj and x["subj"] and x["subj"] != c.subject_code and x["subj"] not in (c.subject_name or ""):
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
print("DIAGNOSTICS")
for dg in r.diagnostics:
    print(
        " ",
        dg.severity,
        dg.check_name,
        dg.table_key,
        dg.source_line,
        (dg.observed or "")[:70],
        "|",
        dg.message[:200],
    )
