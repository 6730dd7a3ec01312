"""Print what the parser reads from probe files: tables, amounts, line items, warn diagnostics."""

import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from dagster_project.parser import parse_document  # noqa: E402

for name in sys.argv[1:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    d = r.document
    print("=====", p.name, "|", d.doc_kind, d.unit_name, d.fiscal_year, d.parse_status)
    for t in r.tables:
        print(
            "  table",
            t.table_key,
            "|",
            t.table_title,
            "| unit",
            t.amount_unit,
            "| empty",
            t.is_empty,
            t.empty_reason,
            "| rows",
            t.row_count,
        )
    for a in r.amounts:
        print(
            "   ",
            a.table_key,
            "|",
            a.row_label,
            "|",
            a.subject_code,
            a.subject_name,
            "| paired",
            getattr(a, "paired_code", None),
            "|",
            a.column_key,
            a.phase,
            a.amount_yuan,
            "| L",
            a.source_line,
        )
    for li in r.line_items:
        print(
            "   LI",
            li.table_key,
            li.functional_code,
            li.functional_name,
            "|",
            li.economic_government_code,
            li.economic_government_name,
            "|",
            li.economic_department_code,
            li.economic_department_name,
            "|",
            li.project_name,
            "|",
            li.expenditure_type,
            li.amount_raw,
            li.amount_unit,
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print("  diag", x.severity, x.check_name, (x.message or "")[:260])
