"""Compare parse_document on cy_2024_budget.pdf (+ its pdftotext renditions) with the figures typed by hand in
cy_data.py (the PDF drawn with reportlab by cy_gen.py, the texts made by poppler's pdftotext).
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_cy.py [-v]"""

import sys
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cy_data import *
from dagster_project.parser import parse_document
from dagster_project.parser.tokens import compact

HERE = Path(__file__).parent
VERBOSE = "-v" in sys.argv
B = "budget"
CLASS_LABEL = {
    "201": "一般公共服务支出",
    "205": "教育支出",
    "208": "社会保障和就业支出",
    "210": "卫生健康支出",
    "221": "住房保障支出",
}

# ---- expected amounts: (table, ident, allowed column keys, 元) ----------------------------------------------
E = []
add = lambda t, ident, cols, v: E.append((t, ident, set(cols) if cols else None, D(v)))
IS = "income_expenditure_summary"
add(IS, "L:一般公共预算财政拨款收入", {"income"}, TOT["gp"])
add(IS, "L:事业收入", {"income"}, TOT["biz"])
for code, lab in CLASS_LABEL.items():
    add(IS, "L:" + lab, {"expenditure"}, FUNC[code]["total"])
for lab in ("本年收入合计", "收入总计"):
    add(IS, "L:" + lab, {"income"}, TOT["total"])
for lab in ("本年支出合计", "支出总计"):
    add(IS, "L:" + lab, {"expenditure"}, TOT["total"])
for code in ["TOTAL"] + CODES:
    f = TOT if code == "TOTAL" else FUNC[code]
    add("income_by_function", code, {"total"}, f["total"])
    add("income_by_function", code, {"general_public", "fiscal_appropriation"}, f["gp"])
    if f["biz"]:
        add("income_by_function", code, {"business"}, f["biz"])
    for col in ("total", "basic", "project"):
        if f[col]:
            add("expenditure_by_function", code, {col}, f[col])
    for col, k in (("total", "gp"), ("basic", "basic"), ("project", "gp_project")):
        if f[k]:
            add("general_budget_by_function", code, {col}, f[k])
FS = "fiscal_summary"
add(FS, "L:本年收入", {"income"}, TOT["gp"])
add(FS, "L:一般公共预算财政拨款", {"income"}, TOT["gp"])
add(FS, "L:收入总计", {"income"}, TOT["gp"])
for lab, v in [("本年支出", TOT["gp"]), ("支出总计", TOT["gp"])] + [
    (l, FUNC[c]["gp"]) for c, l in CLASS_LABEL.items()
]:
    add(FS, "L:" + lab, {"expenditure"}, v)
    add(FS, "L:" + lab, {"expenditure_general_public"}, v)
EB = "general_budget_basic_by_economic"
for (dep, g), v in ECON.items():
    add(EB, f"E:{dep}/{g}", {"total"}, v)
    add(EB, f"E:{dep}/{g}", {"public_funds" if dep.startswith("302") else "personnel"}, v)
for cls, v in ECON_CLASS.items():
    add(EB, cls, {"total"}, v)
    add(EB, cls, {"public_funds" if cls == "302" else "personnel"}, v)
add(EB, "TOTAL", {"total"}, TOT["basic"])
add(EB, "TOTAL", {"personnel"}, PERSONNEL)
add(EB, "TOTAL", {"public_funds"}, PUBLIC)
for k, v in SANGONG.items():
    add("sangong", "ANY", {"total", "grand_total"} if k == "total" else {k}, v * W)
add("procurement", "TOTAL", {"total", "amount"}, PROC_TOTAL * W)
for cat in ("货物", "工程", "服务"):
    add("procurement", "L:" + cat, None, PROC_CAT[cat] * W)


def ident_ok(a, ident):
    if ident == "ANY":
        return True
    if ident == "TOTAL":
        return a.is_total_row
    if ident.startswith("L:"):
        return ident[2:] in compact((a.row_label or "") + "|" + (a.subject_name or ""))
    if ident.startswith("E:"):
        dep, g = ident[2:].split("/")
        return a.subject_code == dep and a.paired_code == g and not a.is_total_row
    return a.subject_code == ident and not a.is_total_row


def check_amounts(r, out):
    used, st, probs = set(), dict(expected=len(E), matched=0, missing=0, wrong=0), []
    # exact matches first, so a near candidate does not steal another's cell
    pending = []
    for e in E:
        tk, ident, cols, want = e
        hit = [
            i
            for i, a in enumerate(r.amounts)
            if i not in used
            and a.table_key == tk
            and ident_ok(a, ident)
            and a.amount_yuan == want
            and (cols is None or a.column_key in cols)
            and a.phase == B
        ]
        if hit:
            used.add(hit[0])
            st["matched"] += 1
        else:
            pending.append(e)
    for tk, ident, cols, want in pending:
        cands = [
            i for i, a in enumerate(r.amounts) if i not in used and a.table_key == tk and ident_ok(a, ident)
        ]
        same_amt = [i for i in cands if r.amounts[i].amount_yuan == want]
        same_col = [i for i in cands if cols is None or r.amounts[i].column_key in cols]
        if same_amt or same_col:
            i = (same_amt or same_col)[0]
            a = r.amounts[i]
            used.add(i)
            st["wrong"] += 1
            probs.append(
                f"WRONG {tk} {ident} want {cols} {want}: got col={a.column_key} {a.amount_yuan} "
                f"phase={a.phase} line {a.source_line} [{a.row_label}]"
            )
        else:
            st["missing"] += 1
            probs.append(f"MISSING {tk} {ident} {cols} {want}")
    sp = [a for i, a in enumerate(r.amounts) if i not in used]
    st["spurious"] = len(sp)
    out.append(f"  AMOUNTS {st}")
    out += ["    " + p for p in probs]
    for a in sp:
        out.append(
            f"    SPURIOUS {a.table_key} {a.subject_code} [{a.row_label}] {a.column_key} {a.amount_raw} "
            f"{a.amount_yuan} line {a.source_line}"
        )
    return st


# ---- expected line items --------------------------------------------------------------------------------
L = [(f, g, dep, name, "project", D(v)) for f, g, dep, name, v, fund in PROJECTS]
assert sum(x[5] for x in L) == TOT["project"]


def check_lines(r, out):
    got = [
        (
            i.functional_code,
            i.economic_government_code,
            i.economic_department_code,
            compact(i.project_name or "") or None,
            i.expenditure_type,
            i.amount_yuan,
        )
        for i in r.line_items
    ]
    rem, m, miss = list(got), 0, []
    for e in L:
        e = e[:3] + (compact(e[3]),) + e[4:]
        if e in rem:
            rem.remove(e)
            m += 1
        else:
            miss.append(e)
    out.append(f"  LINE ITEMS expected={len(L)} matched={m} missing/wrong={len(miss)} spurious={len(rem)}")
    out += [f"    EXPECTED {e}" for e in miss] + [f"    GOT      {g}" for g in rem]
    names = {
        (i.functional_code, i.functional_name, i.economic_government_name, i.economic_department_name)
        for i in r.line_items
    }
    for f, fn, gn, dn in sorted(names, key=str):
        exp = [(FUNC_NAMES.get(f), GOV.get(p[1]), DEPT.get(p[2])) for p in PROJECTS if p[0] == f]
        if (fn, gn, dn) not in exp:
            out.append(f"    LINE NAMES {f} got {(fn, gn, dn)}")
    return dict(expected=len(L), matched=m, missing=len(miss), spurious=len(rem))


# ---- expected claims: (kind, code, amount 万元, change 万元, rate %) ------------------------------------------
C = [
    ("total_income_expenditure", None, N_TOTAL, None, None),
    ("year_on_year", None, N_TOTAL, N_TOTAL_CHG, N_TOTAL_RATE),
    ("fiscal_total_income_expenditure", None, N_GP, None, None),
    ("year_on_year", None, N_GP, N_FISCAL_CHG, N_FISCAL_RATE),
]
C += [("year_on_year", code, v, ch, rate) for code, v, prior, ch, rate in N_CLASSES]
C += [("year_on_year", None, v, ch, rate) for item, v, ch, rate in N_SANGONG]
C += [
    ("operating_costs", None, N_OPER, None, None),
    ("year_on_year", None, N_OPER, N_OPER_CHG, N_OPER_RATE),
    ("procurement_total", None, N_PROC, None, None),
]


def cl_ok(c, e):
    kind, code, amt, chg, rate = e
    return (
        c.claim_kind == kind
        and (code is None or c.subject_code == code)
        and c.amount_yuan == amt * W
        and (chg is None or c.change_yuan == chg * W)
        and (rate is None or c.stated_rate == rate / 100)
    )


def check_claims(r, out):
    left, m, miss = list(r.claims), 0, []
    for e in C:
        h = next((c for c in left if cl_ok(c, e)), None)
        if h:
            left.remove(h)
            m += 1
        else:
            miss.append(e)
    out.append(
        f"  CLAIMS expected={len(C)} matched={m} missing/wrong={len(miss)} unmatched-parser-claims={len(left)}"
    )
    out += [f"    EXPECTED {e}" for e in miss]
    for c in left:
        out.append(
            f"    GOT {c.claim_kind} {c.subject_code} {c.subject_name} amt={c.amount_yuan} chg={c.change_yuan} "
            f"rate={c.stated_rate} | {c.sentence[:60]}"
        )
    return dict(expected=len(C), matched=m, missing=len(miss), spurious=len(left))


TABLES = [
    ("income_expenditure_summary", False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    ("fiscal_summary", False),
    ("general_budget_by_function", False),
    ("general_budget_basic_by_economic", False),
    ("government_fund", True),
    ("state_capital", True),
    ("line_items", False),
    ("transfer", True),
    ("sangong", False),
    ("procurement", False),
    ("performance", False),
]
UNITS = {"line_items": "元"}


def check(name, data, filename):
    r = parse_document(data, filename, "d")
    out = [f"[{name}]"]
    sa, sl, sc = check_amounts(r, out), check_lines(r, out), check_claims(r, out)
    bad = set()
    for a in r.amounts:
        if (
            a.classification == "functional"
            and a.subject_code in FUNC_NAMES
            and a.subject_name != compact(FUNC_NAMES[a.subject_code])
        ):
            bad.add((a.table_key, a.subject_code, a.subject_name))
        if a.table_key == EB and a.subject_code in DEPT and not a.is_total_row:
            want = (compact(DEPT[a.subject_code]), a.paired_code and compact(GOV.get(a.paired_code, "?")))
            if (a.subject_name, a.paired_name and compact(a.paired_name)) != want or (
                len(a.subject_code) == 5
            ) != bool(a.paired_code):
                bad.add((a.table_key, a.subject_code, a.subject_name, a.paired_code, a.paired_name))
    out.append(f"  NAMES wrong: {len(bad)}")
    out += [f"    NAME {b}" for b in sorted(bad, key=str)]
    doc = r.document
    META = dict(
        doc_kind="budget",
        scope="department",
        unit_name=UNIT,
        fiscal_year=2024,
        province="北京市",
        district="朝阳区",
        parse_status="parsed",
        table_count=13,
        main_table_key="expenditure_by_function",
        total_expenditure_yuan=TOT["total"],
    )
    for k, v in META.items():
        if getattr(doc, k) != v:
            out.append(f"  META {k}={getattr(doc, k)!r} want {v!r}")
    gt = [(t.table_key, t.is_empty) for t in r.tables]
    if gt != TABLES:
        out.append(f"  TABLES {gt}")
    for t in r.tables:
        if t.amount_unit != UNITS.get(t.table_key, "万元") and not t.is_empty:
            out.append(f"  UNIT {t.table_key} {t.amount_unit}")
    out.append(f"  DIAGNOSTICS {len(r.diagnostics)}")
    for x in r.diagnostics:
        out.append(f"    {x.severity} {x.check_name} {x.table_key} line {x.source_line}: {x.message[:150]}")
    summary = (
        f"[{name}] amounts {sa['matched']}/{sa['expected']} matched, wrong {sa['wrong']}, missing {sa['missing']}, "
        f"spurious {sa['spurious']} | lines {sl['matched']}/{sl['expected']}, missing/wrong {sl['missing']}, "
        f"spurious {sl['spurious']} | claims {sc['matched']}/{sc['expected']}, missing {sc['missing']}, "
        f"unmatched {sc['spurious']} | wrong names {len(bad)} | diagnostics {len(r.diagnostics)}"
    )
    stats = dict(amounts=sa, lines=sl, claims=sc, wrong_names=len(bad), result=r)
    return summary, out, stats


results = {}
for name, f in (
    ("pdf", "cy_2024_budget.pdf"),
    ("text", "cy_2024_budget.txt"),
    ("layout", "cy_2024_budget.layout.txt"),
):
    summary, out, results[name] = check(name, (HERE / f).read_bytes(), f)
    print("\n".join(out) if VERBOSE else "\n".join(line for line in out if not line.startswith("    ")))
    print(summary)
