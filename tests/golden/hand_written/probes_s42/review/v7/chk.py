"""chk.py ROOT FILE...: per file, coded rows whose label is not 'code name' per FILE's .expect.json."""

import json
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document

for name in sys.argv[2:]:
    p = Path(name)
    exp = json.load(open(str(p).replace(".layout.txt", ".expect.json").replace(".pdf", ".expect.json")))
    r = parse_document(p.read_bytes(), p.name)
    got = {}
    for a in r.amounts:
        if a.subject_code:
            got.setdefault(a.subject_code, set()).add(a.row_label)
    bad = [
        f"{c}:{'/'.join(sorted(got.get(c, {'<none>'})))}"
        for c, n in exp.items()
        if got.get(c, {"<none>"}) != {f"{c} {n}"}
    ]
    extra = sorted(set(got) - set(exp))
    warn = [d.check_name for d in r.diagnostics if d.severity != "info"]
    print(f"{p.name}: {len(bad)} bad extra={extra} warn={warn} :: " + " | ".join(bad))
