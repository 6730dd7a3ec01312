"""BASE (/tmp/base44) vs NEW (/work/w44) over the stored real-layout probes whose text names 上年 / 增减 / 调整预算
(rules_s*/*.txt and *.pdf). Lists per file the amounts only in BASE and only in NEW, and diagnostics that differ.
Run: /work/w44/.venv/bin/python compare_stored.py > stored_results.txt
(`compare_stored.py others`: every other hand-written folder but probes_s44 -> stored_results_others.txt)"""

import json
import os
import subprocess
import sys
import glob

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
        'amounts': [[a.table_key, a.subject_code or a.row_label, a.column_key, a.phase, str(a.amount_yuan), a.source_line]
                    for a in r.amounts],
        'diags': [[d.check_name, d.table_key] for d in r.diagnostics],
    }
print(json.dumps(out, ensure_ascii=False))
"""


def files():
    out = []
    if sys.argv[1:] == ["others"]:  # every other stored hand-written folder (not rules_s*, not probes_s44)
        txt = [
            f
            for f in sorted(glob.glob(f"{HW}/**/*.txt", recursive=True))
            if "/rules_s" not in f and "/probes_s44/" not in f
        ]
        pdf = [
            f
            for f in sorted(glob.glob(f"{HW}/**/*.pdf", recursive=True))
            if "/rules_s" not in f and "/probes_s44/" not in f
        ]
    else:
        txt, pdf = sorted(glob.glob(f"{HW}/rules_s*/*.txt")), sorted(glob.glob(f"{HW}/rules_s*/*.pdf"))
    for f in txt:
        t = open(f, encoding="utf-8", errors="replace").read()
        if any(w in t for w in ("上年", "增减", "调整预算")):
            out.append(f)
    for f in pdf:
        t = subprocess.run(["pdftotext", "-enc", "UTF-8", f, "-"], capture_output=True, text=True).stdout
        if any(w in t for w in ("上年", "增减", "调整预算")):
            out.append(f)
    return out


def main():
    fs = files()
    res = {}
    for tag, co in CHECKOUTS.items():
        env = dict(os.environ, PYTHONPATH=co)
        p = subprocess.run(["nice", PY, "-c", RUN, *fs], env=env, capture_output=True, text=True, cwd="/tmp")
        if p.returncode:
            print(p.stderr[-3000:])
            raise SystemExit(1)
        res[tag] = json.loads(p.stdout)
    ndiff = 0
    for f in fs:
        b, n = res["BASE"][f], res["NEW"][f]
        if "error" in b or "error" in n:
            print(f"{f[len(HW) + 1 :]}: error BASE={b.get('error')} NEW={n.get('error')}")
            continue
        bs = {tuple(a) for a in b["amounts"]}
        ns = {tuple(a) for a in n["amounts"]}
        from collections import Counter

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
