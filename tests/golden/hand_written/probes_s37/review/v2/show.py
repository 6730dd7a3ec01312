"""Print what a parser reads from probe files (claims, document, amounts of small tables, warn diagnostics).
Usage: python show.py ROOT file...   (ROOT = /work/main or /tmp/base37)"""

import sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from dagster_project.parser import parse_document  # noqa: E402

full = "--all" in sys.argv
for name in [a for a in sys.argv[2:] if a != "--all"]:
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
    )
    for t in r.tables:
        print("  table", t.table_key, "|", t.table_title, "| unit", t.amount_unit, "| empty", t.is_empty)
    for a in r.amounts:
        if full or a.table_key.startswith(("procurement", "sangong", "project", "performance", "operating")):
            print(
                "   amt",
                a.table_key,
                "|",
                a.row_label,
                a.subject_code,
                "|",
                a.column_key,
                a.phase,
                a.amount_yuan,
            )
    for c in r.claims:
        print(
            "  claim",
            c.claim_kind,
            "|",
            c.subject_code,
            c.subject_name,
            "| amt",
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
            c.sentence[:50],
        )
    for x in r.diagnostics:
        if x.severity in ("warn", "error"):
            print("  diag", x.severity, x.check_name, (x.message or "")[:160])
