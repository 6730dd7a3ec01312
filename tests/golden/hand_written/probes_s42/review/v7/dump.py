"""dump.py ROOT FILE: amounts (table, code, label, column, yuan), claims' count, tables, diagnostics."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

p = Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
d = r.document
print("DOC", d.unit_name, d.fiscal_year, d.scope)
for a in r.amounts:
    print("A", a.table_key, a.subject_code, a.row_label, a.column_key, a.phase, a.amount_yuan, a.is_total_row)
for t in r.tables:
    print("T", t.table_key, t.amount_unit, t.is_empty)
for x in r.diagnostics:
    print("D", x.severity, x.check_name, x.message[:150])
