"""Print what the parser (root given as argv[1]) reads from probe files."""

import sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from dagster_project.parser import parse_document  # noqa: E402

for name in sys.argv[2:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    d = r.document
    print("=====", root, p.name, "|", d.unit_name, d.fiscal_year, d.scope)
    for t in r.tables:
        print(
            "  table",
            t.table_key,
            "|",
            t.table_label,
            "| unit",
            t.amount_unit,
            "| empty",
            t.is_empty,
            t.empty_reason,
        )
    for a in r.amounts:
        print(
            "   ",
            a.table_key,
            "|",
            a.row_label,
            "|",
            a.subject_code,
            "|",
            a.column_key,
            a.phase,
            a.amount_yuan,
            "T" if a.is_total_row else "",
            "| L",
            a.source_line,
        )
    for li in r.line_items:
        print(
            "   LI",
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
        )
    for c in r.claims:
        print(
            "   CL",
            c.claim_kind,
            c.subject_code,
            c.subject_name,
            c.budget_yuan,
            c.actual_yuan,
            c.amount_yuan,
            c.prior_yuan,
            c.change_yuan,
            c.stated_rate,
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print("  diag", x.severity, x.check_name, (x.message or "")[:200])
