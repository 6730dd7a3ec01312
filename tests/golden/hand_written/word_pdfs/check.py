"""Compare the parser's reading of the four Word/WPS-style budget PDFs of word_pdfs/ (drawn by gen.py: labels
in per-character runs or split mid-word, rules as filled rectangles in A, headers merged over 2-3 rows,
indented names, tables over pages with the header repeated, blank cells, one side-by-side economic table,
three empty government-fund tables) and their `pdftotext -layout` texts with the cells typed in data.py.

Run from /work/main:  .venv/bin/python tests/golden/hand_written/word_pdfs/check.py [doc-letter] [-v]
Per document and rendition: expected, right, wrong (expected key read with another value), missed,
spurious (read, not expected, non-zero; zeros read for blank cells are counted apart), and the
warn/error diagnostics."""

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

import word_pdfs_data as DT  # noqa: E402
from dagster_project.parser import parse_document  # noqa: E402

DOCS = {
    "A": "a_gd_dfz_2025_budget",
    "B": "b_js_sh_nyncj_2025_budget",
    "C": "c_sx_tjj_2025_budget",
    "D": "d_fj_yt_wjj_2025_budget",
    "A2": "a2_gd_dfz_2025_budget",  # A with figures, codes and "2025" in Times-Roman runs
    "A3": "a3_gd_dfz_2025_budget",  # A with its header cells shaded (filled rectangles)
}
EMPTY_GF = {"A", "A2", "A3", "B", "C"}
VERBOSE = "-v" in sys.argv


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def yuan(v):
    return (Decimal(v.replace(",", "")) * 10000).quantize(Decimal("0.01"))


def base(tk):
    return re.sub(r"_\d+$", "", tk)


def expected(d):
    """[(table_key, row, column_key, phase, yuan)] from data.py."""
    d = d[0]
    ex = []

    def add(t, row, col, v):
        if v is not None:
            ex.append((t, norm(row), col, "budget", yuan(v)))

    si, so, st = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "TOT"))
    for lab, v in si:
        add("income_expenditure_summary", lab, "income", v)
    for lab, v in so:
        add("income_expenditure_summary", lab, "expenditure", v)
    for a, av, b, bv in st:
        add("income_expenditure_summary", a, "income", av)
        add("income_expenditure_summary", b, "expenditure", bv)
    fi, fo, ft = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "TOT"))
    fcols = ["expenditure", "expenditure_general_public", "expenditure_government_fund"]
    for lab, v in fi:
        add("fiscal_summary", lab, "income", v)
    for lab, *vs in fo:
        for c, v in zip(fcols, vs):
            add("fiscal_summary", lab, c, v)
    for a, av, b, *vs in ft:
        add("fiscal_summary", a, "income", av)
        for c, v in zip(fcols, vs):
            add("fiscal_summary", b, c, v)
    for t, rows, cols in (
        ("income_by_function", getattr(DT, d + "_INC"), DT.INC_COLS[d]),
        ("expenditure_by_function", getattr(DT, d + "_EXP"), DT.EXP_COLS[d]),
        ("general_budget_by_function", getattr(DT, d + "_GB"), DT.GB_COLS[d]),
    ):
        for code, name, vals in rows:
            for c, v in zip(cols, vals):
                add(t, code or name, c, v)
    if d == "B":
        for blk, col in zip(DT.B_ECON_BLOCKS, ("personnel", "public_funds")):
            for code, name, v in blk:
                add("general_budget_basic_by_economic", code, col, v)
        for (lab, v), col in zip(DT.B_ECON_TOTALS, ("personnel", "public_funds")):
            add("general_budget_basic_by_economic", lab, col, v)
    else:
        for code, name, vals in getattr(DT, d + "_ECON"):
            for c, v in zip(("total", "personnel", "public_funds"), vals):
                add("general_budget_basic_by_economic", code or name, c, v)
    for c, v in zip(DT.SANGONG_COLS, getattr(DT, d + "_SANGONG")):
        add("sangong", "", c, v)
    if getattr(DT, d + "_GF"):
        for code, name, vals in DT.D_GF:
            for c, v in zip(("total", "basic", "project"), vals):
                add("government_fund", code or name, c, v)
    return ex


# a side-by-side block's one amount column: under 人员经费 / 公用经费, read as that or as the row's total
ALIASES = {
    ("B", "general_budget_basic_by_economic"): {
        "personnel": ("total", "amount"),
        "public_funds": ("total", "amount"),
    }
}


def got_key(a):
    t = base(a.table_key)
    if t == "sangong":
        return (t, "", a.column_key, a.phase)
    return (t, a.subject_code or norm(a.row_label), a.column_key, a.phase)


def expected_min(m):
    ex = []

    def add(t, row, col, v):
        if v is not None:
            ex.append((t, norm(row), col, "budget", yuan(v)))

    if m == "m1":
        for code, name, vals in DT.M1_GB:
            for c, v in zip(DT.M1_COLS, vals):
                add("general_budget_by_function", code or name, c, v)
    elif m == "m2":
        for code, name, vals in DT.M2_ECON:
            for c, v in zip(DT.M2_COLS, vals):
                add("general_budget_basic_by_economic", code or name, c, v)
    else:
        for c, v in zip(DT.SANGONG_COLS, DT.M3_SANGONG[m]):
            add("sangong", "", c, v)
    return ex


MINS = {
    "m1": "m1_gb_basic_subtotal",
    "m2": "m2_econ_group_header",
    "m3a": "m3a_sangong_2row",
    "m3b": "m3b_sangong_2row",
    "m3c": "m3c_sangong_2row",
}


def run(d, suffix):
    name = (DOCS.get(d) or MINS[d]) + suffix
    r = parse_document(open(os.path.join(HERE, name), "rb").read(), name)
    got = defaultdict(list)
    for a in r.amounts:
        got[got_key(a)].append(a)
    exp = expected(d) if d in DOCS else expected_min(d)
    used = set()
    right, wrong, missed = [], [], []
    for t, row, col, ph, v in exp:
        keys = [(t, row, col, ph)] + [(t, row, al, ph) for al in ALIASES.get((d, t), {}).get(col, ())]
        hits = [(k, i, a) for k in keys for i, a in enumerate(got.get(k, [])) if (k, i) not in used]
        good = [h for h in hits if h[2].amount_yuan == v]
        if good:
            used.add(good[0][:2])
            right.append((t, row, col))
        elif hits:
            used.add(hits[0][:2])
            a = hits[0][2]
            wrong.append(
                f"{t}|{row}|{col}: expected {v} got {a.amount_yuan} ({a.amount_raw!r}, line {a.source_line})"
            )
        else:
            where = [
                f"{k[1]}|{k[2]}|{k[3]}"
                for k, lst in got.items()
                if k[0] == t
                for a in lst
                if a.amount_yuan == v
            ]
            missed.append(f"{t}|{row}|{col}={v}" + (f"  (value read under {where[:3]})" if where else ""))
    spurious, zeros = [], []
    for k, lst in got.items():
        for i, a in enumerate(lst):
            if (k, i) in used:
                continue
            s = f"{a.table_key}|{k[1]}|{k[2]}|{k[3]}={a.amount_yuan} ({a.amount_raw!r}, line {a.source_line})"
            (zeros if a.amount_yuan == 0 else spurious).append(s)
    diags = [x for x in r.diagnostics if x.severity in ("warn", "error")]
    empties = {t.table_key: t.is_empty for t in r.tables if base(t.table_key) == "government_fund"}
    gf_note = ""
    if d in EMPTY_GF and not any(empties.values()):
        gf_note = f"  government_fund not marked empty: {empties}"
    print(
        f"== {name}: expected {len(exp)} right {len(right)} wrong {len(wrong)} missed {len(missed)} "
        f"spurious {len(spurious)} (zeros {len(zeros)}) diags(warn/error) {len(diags)}"
    )
    if gf_note:
        print(gf_note)
    lim = None if VERBOSE else 25
    for s in wrong[:lim]:
        print("  WRONG   ", s)
    for s in missed[:lim]:
        print("  MISSED  ", s)
    if lim and len(missed) > lim:
        print(f"  ... {len(missed) - lim} more missed")
    for s in spurious[:lim]:
        print("  SPURIOUS", s)
    if VERBOSE:
        for s in zeros:
            print("  ZERO    ", s)
        print("  tables:", [(t.table_key, t.table_title, t.amount_unit, t.is_empty) for t in r.tables])
    for x in diags:
        print(f"  DIAG {x.severity} {x.check_name} [{x.table_key}] {x.message[:220]}")
    return (name, len(exp), len(right), len(wrong), len(missed), len(spurious), len(zeros), len(diags))


if __name__ == "__main__":
    sel = [a for a in sys.argv[1:] if not a.startswith("-")] or list(DOCS) + list(MINS)
    res = [run(d, sfx) for sfx in (".pdf", ".layout.txt") for d in sel]
    print("\nname | expected | right | wrong | missed | spurious | zeros | diags")
    for x in res:
        print(" | ".join(map(str, x)))
