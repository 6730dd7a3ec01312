import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import dagster_project.parser.columns as C

orig = C.column_spans


def spy(table, rows):
    out = orig(table, rows)
    print("LEAF_ALL", table.table_key if hasattr(table, "table_key") else "", table.cache.get(("leaf_all",)))
    return out


C.column_spans = spy
import dagster_project.parser as P

for m in list(sys.modules.values()):
    if getattr(m, "column_spans", None) is orig and m is not C:
        m.column_spans = spy
p = Path(sys.argv[2])
r = P.parse_document(p.read_bytes(), p.name)
