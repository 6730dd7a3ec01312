"""Compare the parser's reading of the three Excel-export-style final accounts of excel_finals/ (drawn by
gen.py from excel_finals_data.py: per-cell text objects, per-cell-edge rule segments, "0.00" zeros in some tables and
blanks in others, a "-12.50", tables over two pages with and without the header repeated, 行次 columns and a
栏次 row, 年初预算数 | 调整预算数 | 决算数 in B's 一般公共预算 table, 元 in B) and their `pdftotext -layout`
texts with the cells typed in excel_finals_data.py.

Run from /work/main:  .venv/bin/python tests/golden/hand_written/excel_finals/check.py [A|B|C] [-v]
Per document and rendition: expected (printed zeros apart), right, wrong (expected key read with another
value, or the value read under another row/column/phase of the table), missed, spurious (read, not
expected, non-zero; zeros read for blank cells counted apart), and the warn/error diagnostics."""

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

import excel_finals_data as DT  # noqa: E402
from dagster_project.parser import parse_document  # noqa: E402

VERBOSE = "-v" in sys.argv
ONLY = [a for a in sys.argv[1:] if not a.startswith("-")]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def base(tk):
    return re.sub(r"_\d+$", "", tk)


def expected(d):
    """[(table, row, column, phase, yuan, printed_zero)] and the 调整预算数 cells [(row, yuan)]."""
    mult = Decimal(10000) if DT.DOCS[d]["unit"] == "万元" else Decimal(1)
    z = DT.ZERO[d]
    ex = []

    def add(t, row, col, v, zero, phase="actual"):
        if v is None and not zero:
            return
        y = (Decimal((v or "0").replace(",", "")) * mult).quantize(Decimal("0.01"))
        ex.append((t, norm(row), col, phase, y, v is None or y == 0))

    T = "income_expenditure_summary"
    si, so, sb = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "BOTTOM"))
    for lab in DT.SUM_INCOME_LABELS:
        add(T, lab, "income", si.get(lab), z["summary"])
    for lab in DT.CLASSES:
        add(T, lab, "expenditure", so.get(lab), z["summary"])
    for il, iv, el, ev in sb:
        add(T, il, "income", iv, z["summary"])
        add(T, el, "expenditure", ev, z["summary"])
    T = "fiscal_summary"
    fi, fo, fb = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "BOTTOM"))
    for lab in DT.FS_INCOME_LABELS:
        add(T, lab, "income", fi.get(lab), z["fiscal"])
    for lab in DT.CLASSES:
        for c, v in zip(DT.FS_COLS, fo.get(lab, [None] * 4)):
            add(T, lab, c, v, z["fiscal"])
    for il, iv, el, evs in fb:
        add(T, il, "income", iv, z["fiscal"])
        for c, v in zip(DT.FS_COLS, evs):
            add(T, el, c, v, z["fiscal"])
    adjusted = []
    for t, rows, cols, zz in (
        ("income_by_function", getattr(DT, d + "_INC"), DT.INC_COLS, z["inc"]),
        ("expenditure_by_function", getattr(DT, d + "_EXP"), DT.EXP_COLS, z["exp"]),
        ("general_budget_by_function", getattr(DT, d + "_GB"), DT.GB_COLS[d], z["gb"]),
    ):
        for code, name, vals in rows:
            for c, v in zip(cols, vals):
                if c == "budget_adjusted":
                    adjusted.append(
                        (code or name, (Decimal(v.replace(",", "")) * mult).quantize(Decimal("0.01")))
                    )
                elif c == "budget_initial":
                    add(t, code or name, c, v, zz, "budget")
                else:
                    add(t, code or name, c, v, zz)
    T = "general_budget_basic_by_economic"
    for blk in getattr(DT, d + "_ECON_BLOCKS"):
        for code, name, v in blk:
            add(T, code, "total", v, False)
    for lab, v in getattr(DT, d + "_ECON_TOTALS"):
        add(T, lab, "total", v, False)
    bud, act = getattr(DT, d + "_SANGONG")
    for c, v in zip(DT.SANGONG_COLS, bud):
        add("sangong", "", c, v, True, "budget")
    for c, v in zip(DT.SANGONG_COLS, act):
        add("sangong", "", c, v, True)
    return ex, adjusted


# other column keys accepted for an expected one
ALIASES = {
    ("general_budget_basic_by_economic", "total"): ("amount", "personnel", "public_funds"),
    ("general_budget_by_function", "budget_initial"): ("total", "amount"),
}


def got_key(a):
    t = base(a.table_key)
    if t == "sangong":
        return (t, "", a.column_key, a.phase)
    return (t, a.subject_code or norm(a.row_label), a.column_key, a.phase)


def run(d, suffix):
    name = DT.DOCS[d]["name"] + suffix
    r = parse_document(open(os.path.join(HERE, name), "rb").read(), name)
    got = defaultdict(list)
    for a in r.amounts:
        got[got_key(a)].append(a)
    exp, adjusted = expected(d)
    used = set()
    right, wrong, missed, missed_zero = [], [], [], []
    pending = []
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
    # 调整预算数 (B): tolerated when read as a budget figure under a column of its own, wrong as the actual
    adj_ok, adj_bad = [], []
    for row, v in adjusted:
        for k, lst in got.items():
            if k[0] != "general_budget_by_function" or k[1] != norm(row):
                continue
            for i, a in enumerate(lst):
                if (k, i) not in used and a.amount_yuan == v:
                    used.add((k, i))
                    s = f"调整预算数 {row}={v} read as {k[2]}|{k[3]} (line {a.source_line})"
                    (adj_ok if k[3] == "budget" else adj_bad).append(s)
                    break
    spurious, zeros = [], []
    for k, lst in got.items():
        for i, a in enumerate(lst):
            if (k, i) in used:
                continue
            s = f"{a.table_key}|{k[1]}|{k[2]}|{k[3]}={a.amount_yuan} ({a.amount_raw!r}, line {a.source_line})"
            (zeros if a.amount_yuan == 0 else spurious).append(s)
    wrong += adj_bad
    diags = [x for x in r.diagnostics if x.severity in ("warn", "error")]
    nz = sum(1 for e in exp if e[5])
    print(
        f"== {name}: expected {len(exp)} (printed zeros {nz}) right {len(right)} wrong {len(wrong)} "
        f"missed {len(missed)} (+ printed zeros missed {len(missed_zero)}) spurious {len(spurious)} "
        f"(zeros {len(zeros)}) diags(warn/error) {len(diags)}"
    )
    tables = {t.table_key: (t.is_empty, t.amount_unit) for t in r.tables}
    for tk in ("government_fund", "state_capital"):
        if not any(base(k) == tk and v[0] for k, v in tables.items()):
            print(f"  {tk} not marked empty: {[(k, v) for k, v in tables.items() if base(k) == tk]}")
    if r.document.doc_kind != "final_account":
        print("  doc_kind", r.document.doc_kind)
    lim = None if VERBOSE else 25
    for s in wrong[:lim]:
        print("  WRONG   ", s)
    for s in missed[:lim]:
        print("  MISSED  ", s)
    if missed_zero:
        print("  MISSED ZEROS", len(missed_zero), missed_zero[: (None if VERBOSE else 6)])
    for s in spurious[:lim]:
        print("  SPURIOUS", s)
    if adj_ok:
        print(f"  调整预算数 read as budget under a column of its own: {len(adj_ok)}", adj_ok[:1])
    for x in diags[: (None if VERBOSE else 12)]:
        print(f"  DIAG {x.severity} {x.check_name} {x.table_key} | {x.message[:200]}")
    return (name, len(exp), len(right), len(wrong), len(missed), len(missed_zero), len(spurious), len(diags))


if __name__ == "__main__":
    rows = []
    for d in ONLY or list(DT.DOCS):
        for suffix in (".pdf", ".layout.txt"):
            rows.append(run(d, suffix))
            print()
    print("name expected right wrong missed missed-zeros spurious diags")
    for r in rows:
        print(*r)
