"""Run each probe of this folder (or the files named) through the parser as it is (/work/main) and as it was
before session 41 (/tmp/base41, if present); print the tables, amounts and warnings of the coded tables."""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
CODE = r"""
import sys, pathlib
sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
for t in r.tables:
    print(f"TABLE {t.table_key} [{t.table_label}] unit={t.amount_unit} empty={t.is_empty} {t.empty_reason or ''}")
for a in r.amounts:
    print(f"  {a.table_key} | {a.subject_code} | {a.row_label} | {a.column_key} | {a.phase} | {a.amount_yuan}")
for d in r.diagnostics:
    if d.severity != "info":
        print(f"  !{d.severity} {d.check_name} [{getattr(d, 'table_key', '')}]: {d.message[:220]}")
"""
probes = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("*.txt"))
for probe in probes:
    for name, root in (("now", str(HERE.parents[5])), ("base", "/tmp/base41")):
        if not pathlib.Path(root).exists():
            continue
        out = subprocess.run([sys.executable, "-c", CODE, root, str(probe)], capture_output=True, text=True)
        print(f"== {probe.name} [{name}]\n{out.stdout}{out.stderr}")
