"""(v1 review of session 41) Run one probe through the base parser (/tmp/base41) and HEAD (/work/main) and print both.
Usage: python3 check.py PROBE [MODE]  MODE letters: c claims, a amounts, T tables, d diagnostics (i: with info).
"""

import sys
import subprocess

# usage: cmp.py file  -> prints claims / amounts / tables / diags from base and main
code = r"""
import sys, pathlib
sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
mode = sys.argv[3]
if 'c' in mode:
    for c in r.claims:
        if c.claim_kind in ('execution', 'year_on_year', 'sangong_execution') or 'x' in mode:
            print('CLAIM', c.claim_kind, c.subject_code, c.subject_name, c.budget_yuan, c.actual_yuan, c.amount_yuan, c.stated_rate, c.fund_scope, '|', (c.sentence or '')[:70])
if 'a' in mode:
    for a in r.amounts:
        if 't' not in mode or a.table_key.startswith(sys.argv[4] if len(sys.argv)>4 else ''):
            print('AMT', a.table_key, a.row_label, a.subject_code, a.column_key, a.phase, a.amount_yuan)
if 'T' in mode:
    for t in r.tables: print('TAB', t.table_key, t.table_label, t.is_empty, t.empty_reason)
if 'd' in mode:
    for d in r.diagnostics:
        if d.severity != 'info' or 'i' in mode: print('DIAG', d.severity, d.check_name, d.message[:160])
"""
import os

f = os.path.abspath(sys.argv[1])
mode = sys.argv[2] if len(sys.argv) > 2 else "caTd"
extra = sys.argv[3:]
for name, root in (("BASE", "/tmp/base41"), ("MAIN", "/work/main")):
    out = subprocess.run(
        ["/work/main/.venv/bin/python", "-c", code, root, f, mode, *extra],
        capture_output=True,
        text=True,
        cwd=root,
    )
    print(f"===== {name}")
    print(out.stdout, out.stderr[-2000:])
