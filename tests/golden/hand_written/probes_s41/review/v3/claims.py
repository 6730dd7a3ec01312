# (v3 review) claims.py ROOT PROBE: the claims of one parse through the parser at ROOT
import sys
import pathlib

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
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
        (c.sentence or "")[:60],
    )
for d in r.diagnostics:
    if d.severity != "info":
        print("DIAG", d.severity, d.check_name, d.message[:150])
