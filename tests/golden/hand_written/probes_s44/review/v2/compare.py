"""Parse each v2 probe (pdf, -layout, plain) with BASE (/work/main) and NEW (/work/w44) and compare with the
figures drawn (gen.py EXPECTED; None: no expectation typed, the results are listed to read).
Run: /work/w44/.venv/bin/python compare.py [probe-name-prefix ...] > results.txt"""

import json
import re
import os
import subprocess
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PY = os.environ.get("REVIEW_PY", "/work/w44/.venv/bin/python")
CHECKOUTS = {
    "BASE": os.environ.get("REVIEW_BASE", "/work/main"),
    "NEW": os.environ.get("REVIEW_NEW", "/work/w44c"),
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
        out = subprocess.run([PY, "-c", RUN, *files], env=env, capture_output=True, text=True, cwd=HERE)
        if out.returncode:
            print(out.stderr[-3000:])
            raise SystemExit(1)
        res[tag] = json.loads(out.stdout)
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
        rows = gen.PROBES[name][5]
        all_values = {norm(c) for row in rows for c in row if re.fullmatch(r"-?[\d,]+\.\d\d", c or "")}
        own_values = {norm(v) for v in exp.values()} if exp else set()
        other_values = all_values - own_values
        expset = {(k[0], k[1], k[2], norm(v)) for k, v in exp.items()} if exp else None
        row = [f]
        for tag in CHECKOUTS:
            got = res[tag][f]
            loaded = {(a[1], a[2], a[3], norm(a[4])) for a in got["amounts"]}
            if expset is None:
                row.append(f"{tag}: {len(loaded)} loaded")
                continue
            missing, extra = expset - loaded, loaded - expset
            other = {e for e in extra if e[3] in other_values}
            row.append(
                f"{tag}: "
                + (
                    "OK"
                    if not missing and not extra
                    else f"missing {len(missing)} extra {len(extra)} (other-values {len(other)})"
                )
            )
        lines.append("  |  ".join(row))
        for tag in CHECKOUTS:
            got = res[tag][f]
            loaded = {(a[1], a[2], a[3], norm(a[4])) for a in got["amounts"]}
            lines.append(f"    {tag} kind={got['kind']} year={got['year']}")
            by = {}
            for t, rid, k, ph, v in got["amounts"]:
                by.setdefault((t, k, ph), []).append(f"{rid}={v}")
            for key, vals in sorted(by.items(), key=str):
                lines.append(f"      {key}: {' '.join(vals)}")
            diags = {}
            for dn, t, msg in got["diags"]:
                diags.setdefault((dn, t), []).append(msg)
            for key, msgs in sorted(diags.items(), key=str):
                lines.append(f"      ! {key[0]} [{key[1]}] x{len(msgs)}: {msgs[0][:260]}")
            if expset is not None:
                missing, extra = expset - loaded, loaded - expset
                if extra:
                    lines.append(f"      EXTRA: {sorted(extra, key=str)[:8]}")
                if missing:
                    lines.append(f"      MISSING: {sorted(missing, key=str)[:8]}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
