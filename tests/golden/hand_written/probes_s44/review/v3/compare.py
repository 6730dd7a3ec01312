"""Parse each v3 probe (pdf, -layout, plain) with BASE (/tmp/base44, 8921b24) and NEW (/work/w44, f2e4fd9);
list per file the amounts only in BASE / only in NEW, the verdict against gen.EXPECTED where typed, and every
amount and diagnostic. Run: /work/w44/.venv/bin/python compare.py [prefix ...] > results.txt"""

import json
import os
import subprocess
import sys
from decimal import Decimal

HERE = os.environ.get("REVIEW_PROBES") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PY = os.environ.get("REVIEW_PY", "/work/w44/.venv/bin/python")
CHECKOUTS = {
    "BASE": os.environ.get("REVIEW_BASE", "/tmp/base44"),
    "NEW": os.environ.get("REVIEW_NEW", "/work/w44"),
}
RUN = r"""
import json, sys
from dagster_project.parser import parse_document
out = {}
for p in sys.argv[1:]:
    r = parse_document(open(p, 'rb').read(), p)
    out[p] = {
        'kind': r.document.doc_kind, 'year': r.document.fiscal_year,
        'amounts': [[a.table_key, a.subject_code or a.row_label, a.column_key, a.phase, str(a.amount_yuan)]
                    for a in r.amounts],
        'diags': [[d.check_name, d.table_key, d.message] for d in r.diagnostics],
    }
print(json.dumps(out, ensure_ascii=False))
"""


def norm(v):
    return str(Decimal(v.replace(",", "")).quantize(Decimal("0.01")))


def parse(files):
    res = {}
    for tag, co in CHECKOUTS.items():
        env = dict(os.environ, PYTHONPATH=co)
        # (cwd /tmp: python -c puts the cwd first on sys.path)
        out = subprocess.run(
            [PY, "-c", RUN, *[os.path.join(HERE, f) for f in files]],
            env=env,
            capture_output=True,
            text=True,
            cwd="/tmp",
        )
        if out.returncode:
            print(out.stderr[-3000:])
            raise SystemExit(1)
        res[tag] = {os.path.basename(k): v for k, v in json.loads(out.stdout).items()}
    return res


def main():
    prefixes = sys.argv[1:]
    names = [n for n in gen.PROBES if not prefixes or any(n.startswith(p) for p in prefixes)]
    files = [f"{n}{ext}" for n in names for ext in (".pdf", ".layout.txt", ".plain.txt")]
    res = parse(files)
    lines = []
    for f in files:
        name = f.split(".")[0]
        exp = gen.EXPECTED[name]
        expset = {(k[0], k[1], k[2], norm(v)) for k, v in exp.items()} if exp else None
        got = {t: {(a[1], a[2], a[3], norm(a[4])) for a in res[t][f]["amounts"]} for t in CHECKOUTS}
        head = [f]
        for t in CHECKOUTS:
            if expset is None:
                head.append(f"{t}: {len(got[t])} loaded")
            else:
                m, e = expset - got[t], got[t] - expset
                head.append(f"{t}: " + ("OK" if not m and not e else f"missing {len(m)} extra {len(e)}"))
        same = got["BASE"] == got["NEW"]
        head.append("same amounts" if same else "AMOUNTS DIFFER")
        lines.append("  |  ".join(head))
        if not same:
            for a in sorted(got["BASE"] - got["NEW"], key=str):
                lines.append(f"    only BASE: {a}")
            for a in sorted(got["NEW"] - got["BASE"], key=str):
                lines.append(f"    only NEW:  {a}")
        for t in CHECKOUTS:
            g = res[t][f]
            lines.append(f"    {t} kind={g['kind']} year={g['year']}")
            by = {}
            for tk, rid, k, ph, v in g["amounts"]:
                by.setdefault((tk, k, ph), []).append(f"{rid}={v}")
            for key, vals in sorted(by.items(), key=str):
                lines.append(f"      {key}: {' '.join(vals)}")
            diags = {}
            for dn, tk, msg in g["diags"]:
                diags.setdefault((dn, tk), []).append(msg)
            for key, msgs in sorted(diags.items(), key=str):
                lines.append(f"      ! {key[0]} [{key[1]}] x{len(msgs)}: {msgs[0][:300]}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
