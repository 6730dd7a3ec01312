"""check.py ROOT FILE...: per file, the coded rows whose label (code + name) is not the expected one
(v3gen.SUBJECTS or the file's EXPECT module), and figures off."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

sys.path.insert(1, str(Path(__file__).parent))
import os
import v3gen

if os.environ.get("SUBJ_FROM"):  # a generator module defining the list (e.g. gen_f2)
    __import__(os.environ["SUBJ_FROM"])
SUBJECTS = getattr(v3gen, os.environ.get("SUBJ", "SUBJECTS"))

exp = {c: n for c, n, _ in SUBJECTS if c}
figs = {c: f for c, n, f in SUBJECTS if c}
for name in sys.argv[2:]:
    p = Path(name)
    r = parse_document(p.read_bytes(), p.name)
    got, bad = {}, []
    for a in r.amounts:
        if a.subject_code:
            got.setdefault(a.subject_code, set()).add(a.row_label)
    for c, n in exp.items():
        labs = got.get(c, {"<none>"})
        if labs != {f"{c} {n}"}:
            bad.append(f"{c}:{'/'.join(sorted(labs))}")
    tot = sum(1 for a in r.amounts if a.column_key == "total" and a.subject_code)
    warn = [d.check_name for d in r.diagnostics if d.severity != "info"]
    print(f"{p.name}: {len(bad)} bad, {tot} totals, warn={warn} :: " + " | ".join(bad))
