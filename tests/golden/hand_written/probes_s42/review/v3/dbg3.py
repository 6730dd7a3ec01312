"""dbg3.py ROOT FILE: for each coded table, each row's name cell and the edge _ended_on_its_line measures against."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
from dagster_project.parser import functional as F

orig = F.rows_of
done = set()


def wrapped(table, code_kind, unit_name=None):
    out = orig(table, code_kind, unit_name)
    if id(table) in done:
        return out
    done.add(id(table))
    edge = max(cells[n].x1 for cells, n in F._name_cells(table, code_kind))
    print(
        "TABLE",
        table.table_key,
        "edge",
        edge,
        "unit",
        F._unit(table, code_kind),
        "widest",
        F._widest_piece(table, code_kind, True),
    )
    for line in table.body:
        r = F.table_row(table, line, code_kind)
        found = F._name_cell(r)
        if r.code:
            print("  ", r.code, repr(r.label), found and (found[0][found[1]].x0, found[0][found[1]].x1))
    return out


F.rows_of = wrapped
p = Path(sys.argv[2])
parse_document(p.read_bytes(), p.name)
