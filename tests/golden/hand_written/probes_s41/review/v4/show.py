# (v4 review) show.py ROOT PROBE [amounts|claims|all]: one parse through the parser at ROOT
import pathlib
import sys

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document  # noqa: E402

p = pathlib.Path(sys.argv[2])
what = sys.argv[3] if len(sys.argv) > 3 else "all"
r = parse_document(p.read_bytes(), p.name)
d = r.document
print("DOC", d.unit_name, d.fiscal_year, d.scope)
if what in ("all", "tables"):
    for t in r.tables:
        print("TABLE", t.table_key, t.table_label, t.amount_unit, t.is_empty, t.empty_reason)
if what in ("all", "amounts"):
    for a in r.amounts:
        print("AMT", a.table_key, a.subject_code, a.row_label, a.column_key, a.phase, a.amount_yuan)
if what in ("all", "claims"):
    for c in r.claims:
        print(
            "CLAIM",
            c.claim_kind,
            c.subject_code,
            c.subject_name,
            c.amount_yuan,
            c.budget_yuan,
            c.actual_yuan,
            "|",
            (c.sentence or "")[:70],
        )
for x in r.diagnostics:
    if x.severity != "info":
        print("DIAG", x.severity, x.check_name, x.message[:160])
