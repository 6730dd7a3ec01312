# (v3 review) amounts.py ROOT PROBE [TABLE_KEY_PREFIX]: one parse through the parser at ROOT
import sys

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
import pathlib

p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
pre = sys.argv[3] if len(sys.argv) > 3 else ""
for a in r.amounts:
    if a.table_key.startswith(pre):
        print("AMT", a.table_key, repr(a.row_label), a.subject_code, a.column_key, a.phase, a.amount_yuan)
for t in r.tables:
    print("TAB", t.table_key, t.table_label, t.is_empty, t.empty_reason)
for d in r.diagnostics:
    if d.severity != "info":
        print("DIAG", d.severity, d.check_name, d.message[:150])
