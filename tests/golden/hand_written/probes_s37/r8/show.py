"""Print what the parser reads from probe files: tables, amounts, claims, warn/info diagnostics."""

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
        )
    for a in r.amounts:
        if a.table_key.startswith(("sangong", "procurement", "operating")):
            print(
                "   ",
                a.table_key,
                "|",
                a.row_label,
                "|",
                a.column_key,
                a.phase,
                a.amount_yuan,
                "| L",
                a.source_line,
            )
    for c in r.claims:
        if (
            c.claim_kind in ("project_execution",)
            or "sangong" in str(c.claim_kind)
            or "procure" in str(c.claim_kind)
        ):
            print("   CLAIM", c)
    for x in r.diagnostics:
        if x.severity in ("warn", "error") or x.check_name in (
            "comparison_columns_not_loaded",
            "unit_rows_not_loaded",
            "sangong_sub_item",
            "counts_not_loaded",
        ):
            print("  diag", x.severity, x.check_name, (x.message or "")[:300])
