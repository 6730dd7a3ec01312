"""Print what differs between the parser now (/work/main) and before session 41 (/tmp/base41) on the files named:
amounts only one side loads, and warnings only one side gives."""

import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
CODE = r"""
import sys, pathlib, json
sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
print(json.dumps({
 "amounts": [f"{a.table_key} | {a.subject_code} | {a.row_label} | {a.column_key} | {a.phase} | {a.amount_yuan}" for a in r.amounts],
 "warns": [f"{d.check_name} [{getattr(d, 'table_key', '')}]: {d.message[:200]}" for d in r.diagnostics if d.severity != "info"],
 "tables": [f"{t.table_key} empty={t.is_empty}" for t in r.tables]}))
"""
for probe in map(pathlib.Path, sys.argv[1:]):
    res = {}
    for name, root in (("now", str(HERE.parents[5])), ("base", "/tmp/base41")):
        out = subprocess.run([sys.executable, "-c", CODE, root, str(probe)], capture_output=True, text=True)
        res[name] = (
            json.loads(out.stdout)
            if out.stdout
            else {"amounts": [], "warns": [out.stderr[-500:]], "tables": []}
        )
    print(f"== {probe.name}: now {len(res['now']['amounts'])} amounts, base {len(res['base']['amounts'])}")
    for k in ("tables", "amounts", "warns"):
        for x in res["now"][k]:
            if x not in res["base"][k]:
                print(f"  +now {k}: {x}")
        for x in res["base"][k]:
            if x not in res["now"][k]:
                print(f"  -base {k}: {x}")
