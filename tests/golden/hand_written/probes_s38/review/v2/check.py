"""Run each probe of this folder through the parser as it is (/work/main) and as it was before session 38
(/tmp/base38, if present) and print the amounts of the table the probe is about, side by side."""

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
for a in r.amounts:
    print(f"{a.table_key} | {a.row_label} | {a.column_key} | {a.amount_yuan} | total_row={a.is_total_row}")
"""
for probe in sorted(HERE.glob("*.txt")):
    for name, root in (("now", "/work/main"), ("base", "/tmp/base38")):
        if not pathlib.Path(root).exists():
            continue
        out = subprocess.run([sys.executable, "-c", CODE, root, str(probe)], capture_output=True, text=True)
        print(f"== {probe.name} [{name}]\n{out.stdout}{out.stderr}")
