"""Compare parse_document output on wh_2023_final.pdf (drawn by wh_gen.py from the hand-typed wh_data.py) and
on its pdftotext renditions (.txt plain, .layout.txt) with the hand-typed values.
wh_2023_final_hrules.pdf is the same report with every table drawn with horizontal rules only (ALL_H=1).
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_wh.py [-v]"""

import sys
from collections import Counter
from decimal import Decimal as D
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from wh_data import *  # hand-typed figures (万元)
from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

VERBOSE = "-v" in sys.argv
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))  # 万元 -> 元
A, B = "actual", "budget"
exp = []


def add(t, row, cols, vals, phase=A):
    for c, v in zip(cols, vals, strict=True):
        if v is not None:
            exp.append((t, row, c, phase, W(v), v == "0.00"))


IS, FS = "income_expenditure_summary", "fiscal_summary"
for lab, _, v in SUMMARY_INCOME:
    add(IS, compact(lab), ["income"], [v])
for lab, v in SUMMARY_EXP.items():
    add(IS, compact(lab), ["expenditure"], [v])
for il, iv, el, ev in SUMMARY_BOTTOM:
    if il == "总计":  # the two 总计 cells share the row label
        add(IS, "总计", ["income", "expenditure"], [iv, ev])
        continue
    add(IS, compact(il), ["income"], [iv])
    add(IS, compact(el), ["expenditure"], [ev])
for t, rows, cols in (
    ("income_by_function", INC, INC_COLS),
    ("expenditure_by_function", EXP, EXP_COLS),
    ("general_budget_by_function", GP, FLOW_COLS),
    ("government_fund", GF, FLOW_COLS),
    ("state_capital", SC, SC_COLS),
):
    for row, vals in rows:
        add(t, row, cols, vals)
for lab, _, v in FISCAL_INCOME:
    add(FS, compact(lab), ["income"], [v])
for lab, vals in FISCAL_EXP.items():
    add(FS, compact(lab), FISCAL_COLS, vals)
for il, iv, el, ev in FISCAL_BOTTOM:
    if il == "总计":
        add(FS, "总计", ["income"] + FISCAL_COLS, [iv] + ev)
        continue
    add(FS, compact(il), ["income"], [iv])
    if el:
        add(FS, compact(el), FISCAL_COLS, ev)
EB = "general_budget_basic_by_economic"
for code, name, v in ECON_PERSONNEL + ECON_PUBLIC + ECON_PUBLIC2:
    add(EB, code, ["total"], [v])
for lab, v in ECON_TOTALS:
    add(EB, compact(lab), ["total"], [v])
add("sangong", None, SANGONG_COLS, SANGONG_BUDGET, B)
add("sangong", None, SANGONG_COLS, SANGONG_ACTUAL, A)

e, zero_keys = {}, set()
for t, row, c, p, v, z in exp:
    assert (t, row, c, p) not in e, (t, row, c, p)
    e[(t, row, c, p)] = v
    if z:
        zero_keys.add((t, row, c, p))

# ---------------- my own identities (all must hold exactly) ----------------
g = lambda t, r, c, p=A: e.get((t, r, c, p), D(0))
for t, rows, cols in (
    ("income_by_function", INC, INC_COLS),
    ("expenditure_by_function", EXP, EXP_COLS),
    ("general_budget_by_function", GP, FLOW_COLS),
    ("government_fund", GF, FLOW_COLS),
    ("state_capital", SC, SC_COLS),
):
    codes = [r for r, _ in rows if r != "合计"]
    for c in cols:
        assert sum(g(t, x, c) for x in codes if len(x) == 3) == g(t, "合计", c), (t, c)
        for p in codes:
            if len(p) < 7:
                kids = [x for x in codes if len(x) == len(p) + 2 and x.startswith(p)]
                assert kids and sum(g(t, x, c) for x in kids) == g(t, p, c), (t, p, c)
    for row in codes + ["合计"]:
        if cols is FLOW_COLS:
            b, i, s, ba, pr, en = (g(t, row, c) for c in cols)
            assert b + i - s == en and ba + pr == s, (t, row)
        else:
            assert g(t, row, "total") == sum(g(t, row, c) for c in cols[1:]), (t, row)
GPt, GFt, SCt = "general_budget_by_function", "government_fund", "state_capital"
# income table 财政拨款 = Σ fund incomes; expenditure = fund spending + non-fiscal spending
for code, _ in INC:
    assert g("income_by_function", code, "fiscal_appropriation") == g(GPt, code, "income") + g(
        GFt, code, "income"
    ) + (g(SCt, code, "total")), code
# 收支总表
cls = {
    "208": "八、社会保障和就业支出",
    "210": "九、卫生健康支出",
    "212": "十一、城乡社区支出",
    "221": "十九、住房保障支出",
    "223": "二十一、国有资本经营预算支出",
}
for code, lab in cls.items():
    assert g(IS, compact(lab), "expenditure") == g("expenditure_by_function", code, "total")
    assert g(FS, compact(lab), "expenditure_general_public") == g(GPt, code, "total")
    assert g(FS, compact(lab), "expenditure_government_fund") == g(GFt, code, "total")
    assert g(FS, compact(lab), "expenditure_state_capital") == g(SCt, code, "total")
    assert g(FS, compact(lab), "expenditure") == sum(g(FS, compact(lab), c) for c in FISCAL_COLS[1:])
assert g(IS, "本年支出合计", "expenditure") == g("expenditure_by_function", "合计", "total")
assert (
    g(IS, "本年收入合计", "income")
    == g("income_by_function", "合计", "total")
    == sum(g(IS, compact(l), "income") for l, _, _ in SUMMARY_INCOME)
)
assert sum(g(IS, compact(l), "expenditure") for l in SUMMARY_EXP) == g(IS, "本年支出合计", "expenditure")
for (lab, _, _), col in zip(SUMMARY_INCOME[3:], INC_COLS[2:]):
    assert g(IS, compact(lab), "income") == g("income_by_function", "合计", col)
for (lab, _, _), (flab, _, _), t, c in zip(
    SUMMARY_INCOME[:3], FISCAL_INCOME, (GPt, GFt, SCt), ("income", "income", "total")
):
    assert g(IS, compact(lab), "income") == g(FS, compact(flab), "income") == g(t, "合计", c)
assert g(IS, "总计", "income") == g(IS, "本年收入合计", "income") + g(
    IS, compact("使用非财政拨款结余（含专用结余）"), "income"
) + g(IS, "年初结转和结余", "income")
assert (
    g(IS, "总计", "expenditure")
    == g(IS, "本年支出合计", "expenditure")
    + g(IS, "结余分配", "expenditure")
    + g(IS, "年末结转和结余", "expenditure")
    == g(IS, "总计", "income")
)
assert (
    g(FS, "本年收入合计", "income")
    == g("income_by_function", "合计", "fiscal_appropriation")
    == sum(g(FS, compact(l), "income") for l, _, _ in FISCAL_INCOME)
)
for c, t in zip(FISCAL_COLS[1:], (GPt, GFt, SCt)):
    assert g(FS, "本年支出合计", c) == g(t, "合计", "total")
    assert g(FS, "年末财政拨款结转和结余", c) == g(t, "合计", "carryover_end")
    assert g(FS, "总计", c) == g(FS, "本年支出合计", c) + g(FS, "年末财政拨款结转和结余", c)
for c in ("本年支出合计", "年末财政拨款结转和结余", "总计"):
    assert g(FS, c, "expenditure") == sum(g(FS, c, x) for x in FISCAL_COLS[1:])
assert g(FS, "一般公共预算财政拨款", "income") == g(GPt, "合计", "carryover_begin")
assert g(FS, "政府性基金预算财政拨款", "income") == g(GFt, "合计", "carryover_begin")
assert g(FS, "年初财政拨款结转和结余", "income") == g(FS, "一般公共预算财政拨款", "income") + g(
    FS, "政府性基金预算财政拨款", "income"
)
assert (
    g(FS, "总计", "income")
    == g(FS, "本年收入合计", "income") + g(FS, "年初财政拨款结转和结余", "income")
    == g(FS, "总计", "expenditure")
)
# fiscal spending <= department spending per code; basic: 支出表 basic ⊇ GP basic
for code, _ in EXP:
    assert g("expenditure_by_function", code, "total") >= g(GPt, code, "total") + g(GFt, code, "total") + g(
        SCt, code, "total"
    )
# non-fiscal carry-over consistent
assert g(IS, "年初结转和结余", "income") - g(FS, "年初财政拨款结转和结余", "income") + (
    g(IS, "本年收入合计", "income") - g(FS, "本年收入合计", "income")
) + g(IS, compact("使用非财政拨款结余（含专用结余）"), "income") - (
    g(IS, "本年支出合计", "expenditure") - g(FS, "本年支出合计", "expenditure")
) - g(IS, "结余分配", "expenditure") == (
    g(IS, "年末结转和结余", "expenditure") - g(FS, "年末财政拨款结转和结余", "expenditure")
)
# 基本支出表
for blk in (ECON_PERSONNEL, ECON_PUBLIC, ECON_PUBLIC2):
    for code, _, _ in blk:
        if len(code) == 3:
            kids = [k for k, _, _ in blk if len(k) == 5 and k.startswith(code)]
            if kids:
                assert sum(g(EB, k, "total") for k in kids) == g(EB, code, "total"), code
assert g(EB, "人员经费合计", "total") == g(EB, "301", "total") + g(EB, "303", "total")
assert g(EB, "公用经费合计", "total") == sum(g(EB, k, "total") for k in ("302", "307", "310", "312", "399"))
assert g(EB, "人员经费合计", "total") + g(EB, "公用经费合计", "total") == g(GPt, "合计", "basic")
assert g(EB, "30108", "total") == g(GPt, "2080505", "total") and g(EB, "30109", "total") == g(
    GPt, "2080506", "total"
)
assert g(EB, "30110", "total") == g(GPt, "21011", "total") and g(EB, "30113", "total") == g(
    GPt, "2210201", "total"
)
assert g(EB, "30302", "total") == g(GPt, "2080501", "total")
for p in (A, B):
    s = lambda c: g("sangong", None, c, p)
    assert s("total") == s("outbound") + s("vehicle") + s("reception") and s("vehicle") == s(
        "vehicle_purchase"
    ) + s("vehicle_operation")
assert g("sangong", None, "reception") == g(EB, "30217", "total") and g(
    "sangong", None, "vehicle_operation"
) == g(EB, "30231", "total")

# ---------------- narrative claims ----------------
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
    C("total_income_expenditure", amount="7446.33"),
    C("total_income_expenditure", amount="7446.33"),
    C("year_on_year", subj="收、支总计", change="612.45", rate="0.0896"),
    C("total_income", amount="6941.33"),
    C("year_on_year", subj="本年收入合计", change="580.21", rate="0.0912"),
    C("total_expenditure", amount="6986.63"),
    C("year_on_year", subj="本年支出合计", change="655.18", rate="0.1035"),
    C("fiscal_total_income_expenditure", amount="7199.43"),
    C("fiscal_total_income_expenditure", amount="7199.43"),
    C("year_on_year", subj="财政拨款收、支总计", change="598.03", rate="0.0906"),
    C("year_on_year", subj="一般公共预算财政拨款支出", change="210.45", rate="0.0484"),
    C("execution", subj="一般公共预算财政拨款支出", budget="4348.00", actual="4560.33", rate="1.0488"),
    C("execution", subj="208", budget="340.00", actual="342.48", rate="1.0073"),
    C("execution", subj="210", budget="108.00", actual="105.05", rate="0.9727"),
    C("execution", subj="212", budget="2400.00", actual="2589.50", rate="1.0790"),
    C("execution", subj="221", budget="1500.00", actual="1523.30", rate="1.0155"),
    C("execution", subj="2120803", budget="1600.00", actual="1950.00", rate="1.2188"),
    C("sangong_execution", subj="三公", budget="18.00", actual="12.00", rate="0.6667"),
    C("year_on_year", subj="三公", change="-1.50", rate="-0.1111"),
    C("sangong_execution", subj="因公出国(境)费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车购置及运行费", budget="14.00", actual="9.84", rate="0.7029"),
    C("sangong_execution", subj="公务用车购置费", budget="0.00", actual="0.00"),
    C("sangong_execution", subj="公务用车运行维护费", budget="14.00", actual="9.84", rate="0.7029"),
    C("sangong_execution", subj="公务接待费", budget="4.00", actual="2.16", rate="0.5400"),
    C("operating_costs", amount="260.20"),
    C("year_on_year", subj="机关运行经费", change="-8.60", rate="-0.0320"),
    C("procurement_total", amount="1286.40"),
]
# narrative = tables
assert exp_claims[0]["amount"] == g(IS, "总计", "income") and exp_claims[3]["amount"] == g(
    IS, "本年收入合计", "income"
)
assert exp_claims[5]["amount"] == g(IS, "本年支出合计", "expenditure") and exp_claims[7]["amount"] == g(
    FS, "总计", "income"
)
assert exp_claims[11]["actual"] == g(GPt, "合计", "total")
for x in exp_claims:
    if x["kind"] == "execution" and x["subj"].isdigit():
        t = GFt if x["subj"].startswith("21208") else GPt
        assert x["actual"] == g(t, x["subj"], "total")
    if x["rate"] is not None and x["budget"]:
        assert (x["actual"] / x["budget"]).quantize(D("0.0001")) == x["rate"], x
assert sum(x["budget"] for x in exp_claims[12:16]) == exp_claims[11]["budget"]
assert exp_claims[17]["actual"] == g("sangong", None, "total") and exp_claims[17]["budget"] == g(
    "sangong", None, "total", B
)
assert exp_claims[24]["amount"] == g(EB, "公用经费合计", "total")
# stated in the narrative but with no claim kind in the parser (not counted): 政府性基金 年初260.00/收入2120.00/
# 支出2235.00/年末145.00 (= GF 合计 row), 年末结转和结余456.20/财政拨款356.10/211.10/145.00, 基本支出1932.73,
# 人员经费1672.53, 公用经费260.20, 国有资本经营48.00.
assert [g(GFt, "合计", c) for c in ("carryover_begin", "income", "total", "carryover_end")] == [
    W(x) for x in ("260.00", "2120.00", "2235.00", "145.00")
]
assert g(IS, "年末结转和结余", "expenditure") == W("456.20") and g(
    FS, "年末财政拨款结转和结余", "expenditure"
) == W("356.10")

TABLES = [
    (IS, False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    (FS, False),
    (GPt, False),
    (EB, False),
    (GFt, False),
    (SCt, False),
    ("sangong", False),
]
META = dict(
    doc_kind="final_account",
    scope="department",
    unit_name=UNIT,
    fiscal_year=2023,
    city="成都市",
    district="武侯区",
    parse_status="parsed",
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=W("6986.63"),
)


# rows whose printed figures (blank cells dropped) fit more than one placement by the flow identities alone
def flow_fits(vals):
    printed = [W(v) for v in vals if v is not None]
    n = 0
    for ch in combinations(range(6), len(printed)):
        x = dict.fromkeys(range(6), D(0)) | dict(zip(ch, printed))
        n += x[0] + x[1] - x[2] - x[5] == 0 and x[3] + x[4] == x[2]
    return n


amb_rows = {(t, r) for t, rows in ((GPt, GP), (GFt, GF)) for r, v in rows if flow_fits(v) > 1}


def rowkey(a):
    if a.table_key == "sangong":
        return None
    return a.subject_code or compact(a.row_label)


def colkey(a):
    return "total" if a.table_key == "sangong" and a.column_key == "grand_total" else a.column_key


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
    out, got = [], {}
    for a in r.amounts:
        got.setdefault((a.table_key, rowkey(a), colkey(a), a.phase), []).append(a)
    matched, wrong, missing, missing_amb, used = 0, [], [], [], set()
    for key in e:
        if key in got:
            used.add(key)
            if [a.amount_yuan for a in got[key]] == [e[key]]:
                matched += 1
            else:
                wrong.append((key, str(e[key]), [(a.amount_raw, a.source_line) for a in got[key]]))
        elif (key[0], key[1]) in amb_rows and not filename.endswith(".pdf"):
            missing_amb.append(key)
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
        f"missing={len(missing)} (printed zeros {len([k for k in missing if k in zero_keys])}) "
        f"missing-in-inherently-ambiguous-flow-rows={len(missing_amb)} spurious={n_sp} | CLAIMS expected="
        f"{len(exp_claims)} matched={cm} wrong-subject={len(loose)} missing={len(cmiss)} unexpected={len(left)}"
    )
    out.append(head)
    for w in wrong:
        out.append(f"  WRONG {w}")
    out.append(f"  missing by table/column: {dict(Counter((k[0], k[2], k[3]) for k in missing))}")
    for k in missing:
        out.append(f"  MISSING {k} {e[k]}" + (" (printed 0.00)" if k in zero_keys else ""))
    if missing_amb:
        out.append(f"  ambiguous flow rows missing: {sorted({(k[0], k[1]) for k in missing_amb})}")
    for s in spurious:
        out.append(f"  SPURIOUS {s}")
    for x, c in loose:
        out.append(
            f"  WRONG SUBJECT {x['kind']} {x['subj']} got {c.subject_code} {c.subject_name} line {c.source_line}"
        )
    for x in cmiss:
        out.append(f"  MISSING CLAIM { {k: str(v) for k, v in x.items() if v is not None} }")
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
    for k, v in META.items():
        if getattr(r.document, k) != v:
            out.append(f"  META {k}: got {getattr(r.document, k)!r} expected {v!r}")
    for dg in r.diagnostics:
        if dg.severity != "info" or VERBOSE:
            out.append(
                f"  DIAG {dg.severity} {dg.check_name} {dg.table_key} line {dg.source_line}: {dg.message[:200]}"
            )
    stats = dict(
        matched=matched,
        wrong=len(wrong),
        missing=len(missing),
        spurious=n_sp,
        claims=cm,
        claims_missing=len(cmiss),
        loose=len(loose),
        unexpected=len(left),
        tables_ok=gt == TABLES,
    )
    return head, out, stats


heads, results = [], {}
FILES = ["wh_2023_final.pdf", "wh_2023_final_hrules.pdf", "wh_2023_final.txt", "wh_2023_final.layout.txt"]
for fn in FILES:
    head, out, results[fn] = check(fn, (HERE / fn).read_bytes(), fn)
    heads.append(head)
    print("\n".join(out))
    print()
print("\n".join(heads))
