"""Run each probe of this folder (or those named) through the parser as it is (/work/main) and as it was
before session 40 (/tmp/base40, if present); print tables, amounts and warnings, and the lines that differ."""

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
    print(f"TABLE {t.table_key} empty={t.is_empty} {t.empty_reason or ''}")
for a in r.amounts:
    print(f"{a.table_key} | {a.row_label} | {a.subject_code} | {a.column_key} | {a.phase} | {a.amount_yuan}")
for d in r.diagnostics:
    if d.severity == "warn":
        print(f"  WARN {d.check_name}: {d.message[:160]}")
"""
names = sys.argv[1:]
probes = [HERE / n for n in names] if names else sorted(p for p in HERE.iterdir() if p.suffix == ".txt")
for probe in probes:
    outs = {}
    for name, root in (("now", str(HERE.parents[5])), ("base", "/tmp/base40")):
        out = subprocess.run([sys.executable, "-c", CODE, root, str(probe)], capture_output=True, text=True)
        outs[name] = (out.stdout + out.stderr).splitlines()
    print(f"==== {probe.name} [now]")
    print("\n".join(outs["now"]))
    now, base = set(outs["now"]), set(outs["base"])
    print("---- only now:\n" + "\n".join(l for l in outs["now"] if l not in base))
    print("---- only base:\n" + "\n".join(l for l in outs["base"] if l not in now))
