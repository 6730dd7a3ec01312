"""Compare the parser's reading of the three Excel-export-style 2025 部门预算 of budget_excel/ (drawn by gen.py
from budget_excel_data.py: per-cell text objects, codes in one column or split 类|款|项, names indented with ASCII or
full-width spaces, blank / "0.00" / "-" for nothing, 合计 rows at the top or the bottom, tables over two pages
with and without the header repeated, landscape pages, 万元 and 元, an empty 政府性基金 table, wrapped project
names) and their `pdftotext -layout` texts with the cells typed in budget_excel_data.py.

Run from /work/main:  .venv/bin/python tests/golden/hand_written/budget_excel/check.py [A|B|C] [-v]
Per document and rendition: expected (printed zeros apart), right, wrong (expected key read with another
value, or the value read under another row/column/phase of the table), missed, spurious (read, not
expected, non-zero; zeros read for blank or "-" cells counted apart), and the warn/error diagnostics.
"""

import os
import re
import sys
import unicodedata
from collections import defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import budget_excel_data as DT  # noqa: E402
from dagster_project.parser import parse_document  # noqa: E402

VERBOSE = "-v" in sys.argv
ONLY = [a for a in sys.argv[1:] if not a.startswith("-")]
TABLES = [
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "fiscal_summary",
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "project_expenditure",
]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def base(tk):
    return re.sub(r"_\d+$", "", tk)


def expected(d):
    """[(table, row, column, phase, yuan, printed_zero)]; B prints "0.00" for nothing (expected zeros),
    A a blank and C a "-" (nothing expected)."""
    mult = Decimal(10000) if DT.DOCS[d]["unit"] == "万元" else Decimal(1)
    zero = d == "B"
    ex = []

    def add(t, row, col, v):
        if v is None and not zero:
            return
        y = (Decimal((v or "0").replace(",", "")) * mult).quantize(Decimal("0.01"))
        ex.append((t, norm(row), col, "budget", y, y == 0))

    g = lambda k: getattr(DT, f"{d}_{k}")  # noqa: E731
    for il, iv, el, ev in g("SUM"):
        if il:
            add("income_expenditure_summary", il, "income", iv)
        if el:
            add("income_expenditure_summary", el, "expenditure", ev)
    for il, iv, el, evs in g("FS"):
        if il:
            add("fiscal_summary", il, "income", iv)
        for c, v in zip(DT.FS_COLS, evs, strict=True):
            add("fiscal_summary", el, c, v)
    coded = [
        ("income_by_function", g("INC"), DT.INC_COLS),
        ("expenditure_by_function", g("EXP"), DT.EXP_COLS),
        ("general_budget_by_function", g("GB"), DT.GB_COLS[d]),
        ("general_budget_basic_by_economic", g("ECON"), DT.ECON_COLS),
    ]
    if g("GF"):
        coded.append(("government_fund", g("GF"), DT.GF_COLS))
    for t, rows, cols in coded:
        for code, name, vals in rows:
            for c, v in zip(cols, vals, strict=True):
                add(t, code or name, c, v)
    for c, v in zip(DT.SANGONG_COLS, g("SANGONG"), strict=True):
        add("sangong", "", c, v)
    for name, vals in g("PROJ"):
        for c, v in zip(DT.PROJ_COLS[d], vals, strict=True):
            add("project_expenditure", name, c, v)
    return ex


# other column keys accepted for an expected one (names of the same column, not other columns)
ALIASES = {
    ("fiscal_summary", "expenditure"): ("total",),
    ("fiscal_summary", "expenditure_general_public"): ("general_public",),
    ("fiscal_summary", "expenditure_government_fund"): ("government_fund",),
    ("sangong", "total"): ("grand_total",),
    ("project_expenditure", "general_public"): ("fiscal_appropriation",),
}


def got_key(a):
    t = base(a.table_key)
    if t == "sangong":
        return (t, "", a.column_key, a.phase)
    row = a.subject_code or norm(a.row_label)
    if t == "project_expenditure" or not a.subject_code:
        row = norm(a.row_label)
    return (t, row, a.column_key, a.phase)


def run(d, suffix):
    name = DT.DOCS[d]["name"] + suffix
    with open(os.path.join(HERE, name), "rb") as fh:
        r = parse_document(fh.read(), name)
    got = defaultdict(list)
    for a in r.amounts:
        got[got_key(a)].append(a)
    exp = expected(d)
    used = set()
    right, wrong, missed, missed_zero, pending = [], [], [], [], []
    for t, row, col, ph, v, zero in exp:
        keys = [(t, row, col, ph)] + [(t, row, al, ph) for al in ALIASES.get((t, col), ())]
        hits = [(k, i, a) for k in keys for i, a in enumerate(got.get(k, [])) if (k, i) not in used]
        good = [h for h in hits if h[2].amount_yuan == v]
        if good:
            used.add(good[0][:2])
            right.append((t, row, col, ph))
        elif hits:
            used.add(hits[0][:2])
            a = hits[0][2]
            wrong.append(
                f"{t}|{row}|{col}|{ph}: expected {v} got {a.amount_yuan} ({a.amount_raw!r}, line {a.source_line})"
            )
        else:
            pending.append((t, row, col, ph, v, zero))
    # an expected cell not read at its key: its value read under another row/column/phase of the table?
    for t, row, col, ph, v, zero in pending:
        hit = None
        if not zero:
            hit = next(
                (
                    (k, i, a)
                    for k, lst in got.items()
                    if k[0] == t
                    for i, a in enumerate(lst)
                    if (k, i) not in used and a.amount_yuan == v
                ),
                None,
            )
        if hit:
            used.add(hit[:2])
            k, a = hit[0], hit[2]
            wrong.append(
                f"{t}|{row}|{col}|{ph}={v} read as {k[1]}|{k[2]}|{k[3]} ({a.amount_raw!r}, line {a.source_line})"
            )
        elif zero:
            missed_zero.append(f"{t}|{row}|{col}|{ph}")
        else:
            missed.append(f"{t}|{row}|{col}|{ph}={v}")
    spurious, zeros = [], []
    for k, lst in got.items():
        for i, a in enumerate(lst):
            if (k, i) in used:
                continue
            s = f"{a.table_key}|{k[1]}|{k[2]}|{k[3]}={a.amount_yuan} ({a.amount_raw!r}, line {a.source_line})"
            (zeros if a.amount_yuan == 0 else spurious).append(s)
    diags = [x for x in r.diagnostics if x.severity in ("warn", "error")]
    nz = sum(1 for e in exp if e[5])
    print(
        f"== {name}: expected {len(exp)} (printed zeros {nz}) right {len(right)} wrong {len(wrong)} "
        f"missed {len(missed)} (+ printed zeros missed {len(missed_zero)}) spurious {len(spurious)} "
        f"(zeros {len(zeros)}) diags(warn/error) {len(diags)}"
    )
    doc = r.document
    if (doc.doc_kind, doc.fiscal_year, doc.unit_name) != ("budget", 2025, DT.DOCS[d]["org"]):
        print(f"  document: {doc.doc_kind} {doc.fiscal_year} {doc.unit_name}")
    tables = {t.table_key: t for t in r.tables}
    found = [base(k) for k in tables]
    for tk in TABLES:
        if found.count(tk) != 1:
            print(f"  table {tk}: found {found.count(tk)} times")
    for k, t in tables.items():
        if base(k) in TABLES and t.amount_unit != DT.DOCS[d]["unit"]:
            print(f"  table {k} amount_unit {t.amount_unit!r}")
    gf_empty = any(t.is_empty for k, t in tables.items() if base(k) == "government_fund")
    if gf_empty != (getattr(DT, d + "_GF") is None):
        print(f"  government_fund is_empty={gf_empty}")
    lim = None if VERBOSE else 30
    for s in wrong[:lim]:
        print("  WRONG   ", s)
    for s in missed[:lim]:
        print("  MISSED  ", s)
    if lim and len(missed) > lim:
        print(f"  ... {len(missed) - lim} more missed")
    if missed_zero:
        print("  MISSED ZEROS", len(missed_zero), missed_zero[: (None if VERBOSE else 6)])
    for s in spurious[:lim]:
        print("  SPURIOUS", s)
    if VERBOSE:
        for s in zeros:
            print("  ZERO    ", s)
    for x in diags[: (None if VERBOSE else 15)]:
        print(f"  DIAG {x.severity} {x.check_name} {x.table_key} | {x.message[:220]}")
    if not VERBOSE and len(diags) > 15:
        print(f"  ... {len(diags) - 15} more diagnostics")
    return (name, len(exp), len(right), len(wrong), len(missed), len(missed_zero), len(spurious), len(diags))


if __name__ == "__main__":
    res = []
    for d in ONLY or list(DT.DOCS):
        for suffix in (".pdf", ".layout.txt"):
            res.append(run(d, suffix))
            print()
    print("name expected right wrong missed missed-zeros spurious diags")
    for x in res:
        print(*x)
