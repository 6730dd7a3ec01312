import sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from dagster_project.parser import parse_document

p = Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
d = r.document
print("DOC", d.unit_name, d.scope, d.fiscal_year)
for c in r.claims:
    print(
        "C",
        c.claim_kind,
        c.subject_code,
        c.subject_name,
        c.budget_yuan,
        c.actual_yuan,
        c.amount_yuan,
        c.prior_yuan,
        c.change_yuan,
        c.stated_rate,
        "|",
        (c.sentence or "")[:70],
    )
for x in r.diagnostics:
    print("D", x.severity, x.check_name, x.message[:160])
