"""Run each probe of this folder through the parser as it is (/work/main) and as it was before session 39
(/tmp/base39, if present) and print amounts, table emptiness and warnings of the tables the probes are about."""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
KEYS = "sangong,general_budget_by_function,income_by_function"
CODE = r"""
import sys, pathlib
sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
p = pathlib.Path(sys.argv[2]); keys = sys.argv[3].split(",")
r = parse_document(p.read_bytes(), p.name)
for t in r.tables:
    if t.table_key in keys:
        print(f"TABLE {t.table_key} empty={t.is_empty} {t.empty_reason or ''}")
for a in r.amounts:
    if a.table_key in keys:
        print(f"{a.table_key} | {a.row_label} | {a.column_key} | {a.phase} | {a.amount_yuan}")
for d in r.diagnostics:
    if getattr(d, "table_key", None) in keys and d.severity == "warn":
        print(f"  {d.check_name}: {d.message[:140]}")
"""
for probe in sorted(HERE.glob("*.txt")):
    for name, root in (("now", str(HERE.parents[5])), ("base", "/tmp/base39")):
        if not pathlib.Path(root).exists():
            continue
        out = subprocess.run(
            [sys.executable, "-c", CODE, root, str(probe), KEYS], capture_output=True, text=True
        )
        print(f"== {probe.name} [{name}]\n{out.stdout}{out.stderr}")
