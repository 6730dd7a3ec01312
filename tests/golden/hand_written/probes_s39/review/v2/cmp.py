"""Run a probe through HEAD (/work/main) and base (/tmp/base39b); print amounts of chosen tables + diagnostics."""

import pathlib
import subprocess
import sys

CODE = r"""
import sys, pathlib
sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
p = pathlib.Path(sys.argv[2])
r = parse_document(p.read_bytes(), p.name)
keys = set(sys.argv[3].split(",")) if sys.argv[3] else None
print("DOC", r.document.unit_name, r.document.fiscal_year, r.document.scope)
for t in r.tables:
    if keys is None or t.table_key in keys:
        print(f"TABLE {t.table_key} [{t.table_label}] unit={t.amount_unit} empty={t.is_empty} {t.empty_reason or ''}")
for a in r.amounts:
    if keys is None or a.table_key in keys:
        print(f"  {a.table_key} | {a.row_label} | {a.column_key} | {a.phase} | {a.amount_yuan/10000 if a.amount_yuan is not None else None}")
for d in r.diagnostics:
    if d.severity != "debug" and (keys is None or getattr(d, "table_key", None) in keys or getattr(d, "table_key", None) is None):
        print(f"  [{d.severity}] {d.check_name}: {d.message[:260]}")
"""
probe = str(pathlib.Path(sys.argv[1]).resolve())
keys = sys.argv[2] if len(sys.argv) > 2 else ""
outs = {}
for name, root in (("HEAD", str(pathlib.Path(__file__).resolve().parents[6])), ("BASE", "/tmp/base39b")):
    out = subprocess.run(
        [sys.executable, "-c", CODE, root, probe, keys], capture_output=True, text=True, cwd=root
    )
    outs[name] = out.stdout + out.stderr
if outs["HEAD"] == outs["BASE"]:
    print("== SAME ==\n" + outs["HEAD"])
else:
    import difflib

    print("== HEAD ==\n" + outs["HEAD"])
    print("== DIFF base->head ==")
    print(
        "\n".join(
            difflib.unified_diff(
                outs["BASE"].splitlines(), outs["HEAD"].splitlines(), "base", "head", lineterm="", n=0
            )
        )
    )
