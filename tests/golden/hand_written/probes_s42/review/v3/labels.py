"""labels.py ROOT FILE: one line per (table, code): the row label read (first amount's), for comparing."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

p = Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
seen = {}
for a in r.amounts:
    seen.setdefault((a.table_key, a.subject_code, a.row_label), []).append(f"{a.column_key}={a.amount_yuan}")
for (t, c, l), v in seen.items():
    print(t, c, l, " ".join(v))
for d in r.diagnostics:
    if d.severity != "info":
        print("D", d.severity, d.check_name, d.message[:150])
