"""v1 compare.py plus the round-3 code (46d10c8, git archive to /tmp/r3_43)."""

"""Parse a probe with BASE (/tmp/base43) and NEW (/work/w43) and print both results side by side.
Usage: /work/main/.venv/bin/python compare.py FILE [--lines] [--table KEY]"""

import json
import os
import subprocess
import sys

PY = "/work/main/.venv/bin/python"
CHILD = r"""
import json, sys
from dagster_project.parser import parse_document
p = sys.argv[1]
r = parse_document(open(p, "rb").read(), p)
out = {"amounts": [[a.table_key, a.row_label, a.subject_code, a.column_key, a.phase, str(a.amount_yuan), a.source_line] for a in r.amounts],
       "diags": [[d.check_name, d.table_key, d.source_line, d.message[:300]] for d in r.diagnostics],
       "tables": [[t.table_label, t.table_key, getattr(t, "title", None), t.amount_unit] for t in r.tables]}
if p.endswith(".pdf") and "--lines" in sys.argv:
    from dagster_project.parser.layout import lines_from_pdf
    lines, _, _ = lines_from_pdf(open(p, "rb").read())
    out["lines"] = [[l.number, [s.text for s in l.segments]] for l in lines]
print(json.dumps(out, ensure_ascii=False))
"""


def run(root, path, lines):
    res = subprocess.run(
        [PY, "-c", CHILD, path] + (["--lines"] if lines else []),
        env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd="/tmp",
    )
    if res.returncode:
        print(res.stderr[-3000:])
        raise SystemExit(1)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main():
    path = os.path.abspath(sys.argv[1])
    lines = "--lines" in sys.argv
    base, new = run("/tmp/base43", path, lines), run("/work/w43", path, lines)
    r3 = run("/tmp/r3_43", path, lines)
    print("===== R3 (46d10c8) amounts:", len(r3["amounts"]), "diags:", [d[0] for d in r3["diags"]])
    s3 = {tuple(a) for a in r3["amounts"]}
    sn3 = {tuple(a) for a in new["amounts"]}
    print("===== only R3 vs NEW:", len(s3 - sn3), " only NEW vs R3:", len(sn3 - s3))
    for name, r in (("BASE", base), ("NEW", new)):
        print(f"===== {name}")
        print("tables:", r["tables"])
        if lines:
            for n, segs in r["lines"]:
                print("  L", n, segs)
        for a in r["amounts"]:
            print("  A", a)
        for d in r["diags"]:
            print("  D", d)
    sa = {tuple(a) for a in base["amounts"]}
    sn = {tuple(a) for a in new["amounts"]}
    print("===== only BASE:", len(sa - sn))
    for a in sorted(sa - sn):
        print("  -", a)
    print("===== only NEW:", len(sn - sa))
    for a in sorted(sn - sa):
        print("  +", a)


if __name__ == "__main__":
    main()
