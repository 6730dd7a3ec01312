"""Print what a parser (base /tmp/base37 or main /work/main) reads from probe files."""

import sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from dagster_project.parser import parse_document  # noqa: E402

for name in sys.argv[2:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    d = r.document
    print(
        "doc:",
        d.doc_kind,
        d.scope,
        d.unit_name,
        "| sup:",
        getattr(d, "supervising_department", None),
        "| region:",
        d.province,
        d.city,
        d.district,
        "| year:",
        d.fiscal_year,
    )
    for t in r.tables:
        print(
            "  table",
            t.table_key,
            "|",
            t.table_title,
            "| label",
            t.table_label,
            "| unit",
            t.amount_unit,
            "| empty",
            t.is_empty,
            t.empty_reason,
            "| rows",
            t.row_count,
        )
    for a in r.amounts:
        print("   ", a.table_key, "|", a.row_label, a.subject_code, "|", a.column_key, a.phase, a.amount_yuan)
    for c in r.claims:
        print(
            "  claim",
            c.claim_kind,
            c.subject_code,
            c.amount_yuan,
            c.budget_yuan,
            c.actual_yuan,
            "|",
            c.sentence[:50],
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print("  diag", x.severity, x.check_name, (x.message or "")[:160])
