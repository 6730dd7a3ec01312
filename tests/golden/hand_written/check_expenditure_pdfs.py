"""Compare the parser's reading of the coded tables (支出表, 收入表, 一般公共预算支出表, 基本支出表 by economic
code) in the PDFs of expenditure_pdfs/ (drawn by its gen.py: ruled, unruled, horizontal rules only; codes
in one column or in 类 | 款 | 项 columns with the parents blank; names wrapped and indented; tables over
pages with and without their header; two or three economic blocks side by side) with the expected amounts.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_expenditure_pdfs.py [name] [-v]"""

import glob
import json
import sys
from pathlib import Path
from decimal import Decimal as D

from dagster_project.parser import parse_document
from dagster_project.parser.vocabulary import base_table_key

OUT = str(Path(__file__).parent / "expenditure_pdfs")
SCOPE = {
    "income_by_function",
    "expenditure_by_function",
    "general_budget_by_function",
    "general_budget_basic_by_economic",
}
verbose = "-v" in sys.argv
filt = [a for a in sys.argv[1:] if not a.startswith("-")] if __name__ == "__main__" else []


def key_of(a):
    label = a.subject_code or (a.row_label or "").replace(" ", "").replace("\u3000", "")
    return (base_table_key(a.table_key), label, a.column_key, a.phase)


def check(suffix):
    """(name, expected, matched, wrong, missing, spurious) of each document read from its rendition."""
    summary = []
    for exp_path in sorted(glob.glob(f"{OUT}/*.expected.json")):
        name = exp_path.split("/")[-1].replace(".expected.json", "")
        if filt and not any(f in name for f in filt):
            continue
        expected = {}
        for tk, label, col, phase, amt in json.load(open(exp_path)):
            expected[(tk, label, col, phase)] = D(amt)
        r = parse_document(open(f"{OUT}/{name}{suffix}", "rb").read(), name + suffix)
        got = {}
        dup = []
        for a in r.amounts:
            if base_table_key(a.table_key) not in SCOPE:
                continue
            k = key_of(a)
            if k in got and got[k][0] != a.amount_yuan:
                dup.append((k, got[k][0], a.amount_yuan))
            got.setdefault(k, (a.amount_yuan, a.amount_raw, a.source_line, a.table_key))
        matched, wrong, missing, spurious = [], [], [], []
        for k, v in expected.items():
            if k not in got:
                missing.append((k, v))
            elif got[k][0] != v:
                wrong.append((k, v, got[k]))
            else:
                matched.append(k)
        for k, g in got.items():
            if k not in expected and g[0] != 0:
                spurious.append((k, g))
        print(
            f"=== {name}: expected {len(expected)} matched {len(matched)} wrong {len(wrong)} "
            f"missing {len(missing)} spurious {len(spurious)} dup-conflicts {len(dup)}"
        )
        summary.append((name, len(expected), len(matched), len(wrong), len(missing), len(spurious)))
        for k, v, g in wrong:
            print("  WRONG   ", k, "expected", v, "got", g[0], repr(g[1]), "|", g[2])
        for k, v in missing[: None if verbose else 40]:
            print("  MISSING ", k, v)
        if len(missing) > 40 and not verbose:
            print(f"  ... {len(missing) - 40} more missing")
        for k, g in spurious:
            print("  SPURIOUS", k, g[0], repr(g[1]), "|", g[2])
        for k, a, b in dup:
            print("  DUPCONFLICT", k, a, b)
        from collections import Counter

        print("  tables:", dict(Counter(a.table_key for a in r.amounts)))
        for d in r.diagnostics:
            print("  DIAG", d.check_name, d.table_key, "|", d.message[:240])
    return summary


summary = check(".pdf")
# The same drawings through `pdftotext -layout` (expenditure_pdfs/*.layout.txt).
summary_layout = check(".layout.txt")

print()
print("name expected matched wrong missing spurious")
for s in summary:
    print(*s)
