"""Print what the parser reads from probe files: document, tables, amounts, warn diagnostics."""

import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from dagster_project.parser import parse_document  # noqa: E402

for name in sys.argv[1:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    d = r.document
    print("=====", p.name)
    print(
        "doc:",
        d.doc_kind,
        d.scope,
        d.unit_name,
        "| sup:",
        d.supervising_department,
        "| year:",
        d.fiscal_year,
        "| region:",
        d.province,
        d.city,
        d.district,
        "| status:",
        d.parse_status,
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
            c.amount_yuan,
            c.budget_yuan,
            c.actual_yuan,
            c.amount_unit,
            "|",
            c.sentence[:60],
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print("  diag", x.severity, x.check_name, (x.message or "")[:200])
