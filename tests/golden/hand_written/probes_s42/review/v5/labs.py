import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

for f in sys.argv[2:]:
    p = Path(f)
    r = parse_document(p.read_bytes(), p.name)
    for a in r.amounts:
        print(p.name, a.table_key, a.subject_code, a.row_label, a.column_key, a.amount_yuan)
