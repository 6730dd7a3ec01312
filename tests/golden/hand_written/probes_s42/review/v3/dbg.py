"""dbg.py ROOT FILE: each coded table's header's last line and body lines as table_row reads them."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
from dagster_project.parser import functional as F

orig = F.rows_of


def wrapped(table, code_kind, unit_name=None):
    rows, strays = orig(table, code_kind, unit_name)
    print("TABLE", table.table_key, "header[-1]:", repr(table.header[-1].text if table.header else None))
    for line in table.body:
        r = F.table_row(table, line, code_kind)
        print("   ", repr(r.code), repr(r.label), len(r.amounts), "|", line.text.strip()[:60])
    print(
        "  first_row_head:",
        F._first_row_head(table, table.body, code_kind) if hasattr(F, "_first_row_head") else "-",
    )
    for r in rows:
        print("  ROW", r.code, r.label)
    return rows, strays


F.rows_of = wrapped

for mod in list(sys.modules.values()):
    if (
        getattr(mod, "__name__", "").startswith("dagster_project.parser")
        and getattr(mod, "rows_of", None) is orig
    ):
        mod.rows_of = wrapped
p = Path(sys.argv[2])
parse_document(p.read_bytes(), p.name)
