"""Dump one parse as sorted lines: python dump.py ROOT FILE [acTd]"""

import sys
from pathlib import Path

root, path = sys.argv[1], Path(sys.argv[2])
what = sys.argv[3] if len(sys.argv) > 3 else "acTd"
sys.path.insert(0, root)
from dagster_project.parser import parse_document

r = parse_document(path.read_bytes(), path.name)
out = []
if "a" in what:
    for a in r.amounts:
        out.append(
            f"A {a.table_key} | {a.row_label} | {a.subject_code} | {a.column_key} | {a.phase} | {a.amount_yuan / 10000 if a.amount_yuan is not None else None}"
        )
if "c" in what:
    for c in r.claims:
        out.append(
            f"C {c.claim_kind} | {c.subject_code} | {c.subject_name} | b={c.budget_yuan} a={c.actual_yuan} amt={c.amount_yuan}"
        )
if "T" in what:
    for t in r.tables:
        out.append(f"T {t.table_key} | empty={t.is_empty} {t.empty_reason}")
if "d" in what:
    for d in r.diagnostics:
        out.append(f"D {d.severity} {d.check_name} {d.message[:160]}")
if "m" in what:
    out.append(f"M {r.document}")
print("\n".join(out))
