"""Print a probe's 三公 amounts, claims and relevant diagnostics, from the parser at ROOT (argv[1])."""

import sys
from pathlib import Path

root, path = sys.argv[1], Path(sys.argv[2])
what = sys.argv[3] if len(sys.argv) > 3 else "all"
sys.path.insert(0, root)
from dagster_project.parser import parse_document  # noqa: E402

r = parse_document(path.read_bytes(), path.name)
print("doc:", r.document.fiscal_year, r.document.unit_name)
if what in ("all", "sangong"):
    for a in r.amounts:
        if "sangong" in a.table_key or a.table_key.startswith("三公"):
            print(" A", a.table_key, a.column_key, a.phase, a.amount_yuan, a.row_label, "line", a.source_line)
if what in ("all", "claims"):
    for c in r.claims:
        print(
            " C",
            c.claim_kind,
            c.subject_name,
            "amt",
            c.amount_yuan,
            "bud",
            c.budget_yuan,
            "act",
            c.actual_yuan,
            "prior",
            c.prior_yuan,
            "chg",
            c.change_yuan,
            "rate",
            c.stated_rate,
            "|",
            c.sentence[:70],
        )
for d in r.diagnostics:
    if d.severity != "debug":
        print(" D", d.severity, d.check_name, d.message[:220])
