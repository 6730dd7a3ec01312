"""Expected income_by_function figures (万元) of the v4 probes, typed from gen.py's rows, against a parser.
Run from a checkout: /work/main/.venv/bin/python check.py [ROOT]  (ROOT: the checkout to import, default /work/main).
Per probe: the figures right / wrong (loaded under another column) / missing, with the rows said."""

import os
import sys
from decimal import Decimal
from pathlib import Path

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/main"
sys.path.insert(0, ROOT)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dagster_project.parser import parse_document  # noqa: E402
from gen import BUDGET8, P1_ROWS, P1B_ROWS, P2_ITEMS, rows_of  # noqa: E402

K7 = [
    "total",
    "fiscal_appropriation",
    "upper_grant",
    "business",
    "operating_income",
    "affiliated_remit",
    "other_income",
]
K8 = [
    "total",
    "fiscal_appropriation",
    "business",
    "operating_income",
    "other_income",
    "upper_grant",
    "affiliated_remit",
    "business_fund",
]
assert len(K8) == len(BUDGET8)


def expected(rows, keys):
    out = {}
    for code, name, cells in rows:
        label = name if code is None else f"{code} {name}"
        for key, v in zip(keys, cells):
            if v is not None:
                out[(label, key)] = Decimal(f"{v:.2f}") * 10000
    return out


PROBES = {
    "p1_final_income_squeezed_run_business_as_upper_grant.layout.txt": expected(P1_ROWS, K7),
    "p1b_final_income_squeezed_run_small_figures.layout.txt": expected(P1B_ROWS, K7),
    "p2_budget_income_glued_run_other_as_affiliated.layout.txt": expected(
        rows_of(P2_ITEMS, [("205", "教育支出"), ("20502", "普通教育")]), K8
    ),
}
for name, exp in PROBES.items():
    for ext in (".layout.txt", ".pdf"):
        f = Path(HERE) / name.replace(".layout.txt", ext)
        r = parse_document(f.read_bytes(), f.name)
        got = {
            (a.row_label.replace("(", "（").replace(")", "）"), a.column_key): Decimal(a.amount_yuan)
            for a in r.amounts
            if a.table_key == "income_by_function"
        }
        right = [k for k in exp if got.get(k) == exp[k]]
        wrong = [(k, got[k]) for k in got if exp.get(k) != got[k]]
        missing = [k for k in exp if k not in got]
        print(f"{f.name}: right {len(right)}, WRONG {len(wrong)}, missing {len(missing)}")
        for (label, key), v in wrong:
            print(f"   WRONG {label} {key} = {v / 10000:,.2f}")
