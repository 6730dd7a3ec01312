import sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from dagster_project.parser import parse_document

p = Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
for a in r.amounts:
    print("A", a.table_key, a.row_label, a.subject_code, a.column_key, a.phase, a.amount_yuan, a.is_total_row)
for t in r.tables:
    print("T", t.table_key, t.table_label, t.amount_unit, t.is_empty)
for d in r.diagnostics:
    print("D", d.severity, d.check_name, d.message[:200])
