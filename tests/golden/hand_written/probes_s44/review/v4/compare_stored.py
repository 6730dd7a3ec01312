"""BASE (/tmp/base44, 8921b24) vs NEW (/work/w44, faaa995) over every stored hand_written document (*.txt, *.pdf)
naming 决算 in its file name or its first lines, except probes_s43 / probes_s44. Lists per file the amounts only in
BASE / only in NEW (table_key, row, column_key, phase, amount) and diagnostics whose counts differ.
Run: /work/w44/.venv/bin/python compare_stored.py > stored_results.txt"""

import glob
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HW = "/work/w44/tests/golden/hand_written"
PY = "/work/w44/.venv/bin/python"
CHECKOUTS = {"BASE": "/tmp/base44", "NEW": "/work/w44"}
RUN = r"""
import json, sys
from dagster_project.parser import parse_document
out = {}
for p in sys.argv[1:]:
    try:
        r = parse_document(open(p, 'rb').read(), p)
    except Exception as e:
        out[p] = {'error': repr(e)}; continue
    out[p] = {
        'amounts': [[a.table_key, a.subject_code or a.row_label, a.column_key, a.phase, str(a.amount_yuan)]
                    for a in r.amounts],
        'diags': [[d.check_name, d.table_key] for d in r.diagnostics],
    }
print(json.dumps(out, ensure_ascii=False))
"""


def head_text(f):
    if f.endswith(".pdf"):
        return subprocess.run(
            ["pdftotext", "-l", "2", "-enc", "UTF-8", f, "-"], capture_output=True, text=True
        ).stdout[:3000]
    with open(f, encoding="utf-8", errors="replace") as fh:
        return fh.read(3000)


def files():
    out = []
    for f in sorted(
        glob.glob(f"{HW}/**/*.txt", recursive=True) + glob.glob(f"{HW}/**/*.pdf", recursive=True)
    ):
        if "/probes_s43/" in f or "/probes_s44/" in f:
            continue
        if (
            "决算" in os.path.basename(f)
            or "final" in os.path.basename(f).lower()
            or "决算" in "\n".join(head_text(f).splitlines()[:15])
        ):
            out.append(f)
    return out


def run(tag, chunk):
    env = dict(os.environ, PYTHONPATH=CHECKOUTS[tag])
    p = subprocess.run(["nice", PY, "-c", RUN, *chunk], env=env, capture_output=True, text=True, cwd="/tmp")
    if p.returncode:
        return {f: {"error": p.stderr[-500:]} for f in chunk}
    return json.loads(p.stdout)


def main():
    fs = files()
    print(f"# {len(fs)} files", file=sys.stderr)
    chunks = [fs[i : i + 40] for i in range(0, len(fs), 40)]
    res = {t: {} for t in CHECKOUTS}
    with ThreadPoolExecutor(2) as ex:
        futs = [(t, ex.submit(run, t, c)) for c in chunks for t in CHECKOUTS]
        for t, fu in futs:
            res[t].update(fu.result())
    ndiff = 0
    for f in fs:
        b, n = res["BASE"][f], res["NEW"][f]
        if "error" in b or "error" in n:
            print(f"{f[len(HW) + 1 :]}: error BASE={b.get('error')} NEW={n.get('error')}")
            continue
        bs, ns = {tuple(a) for a in b["amounts"]}, {tuple(a) for a in n["amounts"]}
        bd, nd = Counter(map(tuple, b["diags"])), Counter(map(tuple, n["diags"]))
        if bs == ns and bd == nd:
            continue
        ndiff += 1
        print(f"== {f[len(HW) + 1 :]}  (BASE {len(bs)} amounts, NEW {len(ns)})")
        for a in sorted(bs - ns, key=str):
            print(f"   only BASE: {a}")
        for a in sorted(ns - bs, key=str):
            print(f"   only NEW:  {a}")
        for d in sorted(set(bd) | set(nd), key=str):
            if bd[d] != nd[d]:
                print(f"   diag {d}: BASE x{bd[d]} NEW x{nd[d]}")
    print(f"# {len(fs)} files, {ndiff} differ")


if __name__ == "__main__":
    main()
