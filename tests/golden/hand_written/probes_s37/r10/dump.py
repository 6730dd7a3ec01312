"""Dump what the parser reads from a file: document, tables, amounts, line items, claims, warn/error diagnostics."""

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
        d.status_message,
        "| main:",
        d.main_table_key,
        d.total_expenditure_yuan,
    )
    for t in r.tables:
        print(
            "TABLE",
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
            "| lines",
            t.title_line,
            t.last_line,
        )
        for a in r.amounts:
            if a.table_key == t.table_key:
                print(
                    "   ",
                    a.row_label,
                    "|",
                    a.subject_code,
                    a.subject_name,
                    "|",
                    a.column_key,
                    a.phase,
                    a.amount_raw,
                    a.amount_unit,
                    a.amount_yuan,
                    "| L",
                    a.source_line,
                )
    for li in r.line_items:
        print(
            "  LI",
            li.table_key,
            li.functional_code,
            li.economic_government_code,
            li.economic_department_code,
            li.project_name,
            li.expenditure_type,
            li.amount_raw,
            li.amount_unit,
            "| L",
            li.source_line,
        )
    for c in r.claims:
        print(
            "  CLAIM",
            c.claim_kind,
            c.subject_code,
            c.subject_name,
            "| b",
            c.budget_yuan,
            "| a",
            c.actual_yuan,
            "| rate",
            c.stated_rate,
            "| amt",
            c.amount_yuan,
            c.amount_unit,
            "| prior",
            c.prior_yuan,
            "| chg",
            c.change_yuan,
            "| fs",
            c.fund_scope,
            "| L",
            c.source_line,
            "|",
            c.sentence[:80],
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print(
                "  DIAG",
                x.severity,
                x.check_name,
                x.table_key,
                "L",
                x.source_line,
                "|",
                x.expected,
                "|",
                x.observed,
                "|",
                x.message[:160],
            )
