"""Print what the parser reads from probe inputs: amounts, diagnostics, tables.
Run from /work/main: .venv/bin/python tests/golden/hand_written/probes_s37/r6/show.py FILE..."""

import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from dagster_project.parser import parse_document

for name in sys.argv[1:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    print("==", p.name, r.metadata if "-m" in sys.argv else "")
    for t in r.tables:
        print("  table", getattr(t, "table_key", t))
    for a in r.amounts:
        print(
            f"  {a.table_key:28} {a.subject_code or '-':8} {a.row_label[:18]:18} {a.column_key:22} {a.phase:7} {a.amount_yuan:>14} L{a.source_line}"
        )
    for d in r.diagnostics:
        print(
            "  DIAG",
            d.severity if hasattr(d, "severity") else "",
            getattr(d, "code", ""),
            str(getattr(d, "message", d))[:300],
        )
    for c in r.claims:
        print(
            "  CLAIM",
            c.claim_kind,
            c.subject_code,
            c.amount_yuan,
            c.budget_yuan,
            c.actual_yuan,
            c.sentence[:50],
        )
