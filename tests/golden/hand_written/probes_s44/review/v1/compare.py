"""Parse each probe (pdf, -layout, plain) with BASE (/work/main) and NEW (/work/w44) and compare with the
figures drawn (gen.py).  Run: /work/w44/.venv/bin/python compare.py [probe-name-prefix ...]"""

import json
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
        'amounts': [[a.table_key, a.subject_code, a.column_key, a.phase, str(a.amount_yuan)] for a in r.amounts],
        'diags': [[d.check_name, d.table_key, d.message] for d in r.diagnostics],
    }
print(json.dumps(out, ensure_ascii=False))
"""

K3 = ("total", "basic", "project")


def own(figs, keys, phase, rows=gen.ROWS):
    exp = set()
    for (code, _n), row in zip(rows, figs):
        for k, f in zip(keys, row):
            if f:
                exp.add((code or None, k, phase, str(Decimal(f.replace(",", "")))))
    return exp


E = {
    "p01": own(gen.OWN, K3, "budget"),
    "p02": own(gen.OWN, K3, "actual"),
    "p03": own(gen.OWN, K3, "budget"),
    "p04": own(gen.OWN, K3, "budget"),
    "p05": own(gen.OWN, K3, "budget"),
    "p06": own(gen.THIRD, K3, "budget") | own(gen.OWN, K3, "actual"),
    "p07": own(gen.OWN, K3, "actual"),
    "p08": own(gen.OWN, K3, "actual"),
    "p09": own(gen.OWN, K3, "actual"),
    "p10": own(gen.OWN, K3, "actual"),
    "p11": own(gen.OWN, K3, "actual"),
    "p12": own(gen.OWN, K3, "budget"),
    "p13": own(gen.OTHER, K3, "budget") | own(gen.OWN, K3, "actual"),
    "p14": own(gen.OTHER, K3, "budget") | own(gen.OWN, K3, "actual"),
    "p15": own(gen.OTHER, K3, "budget") | own(gen.OWN, K3, "actual"),
    "p16": own(gen.ECON_OWN, ("total", "personnel", "public_funds"), "budget", gen.ECON_ROWS),
    "p17": own(gen.OWN, K3, "budget"),
    "p18": own(gen.OTHER, K3, "budget"),
    "p19": own(gen.OWN, K3, "budget"),
    "p20": own(gen.OWN, K3, "actual"),
    "p21": own(gen.OWN, K3, "budget"),
}
E.update(
    {
        "p22": own(gen.OWN, K3, "budget"),
        "p23": own(gen.OWN, K3, "budget"),
        "p24": own(gen.THIRD, K3, "budget") | own(gen.OWN, K3, "actual"),
        "p25": own(gen.OWN, K3, "budget"),
        "p26": own(gen.OWN, K3, "budget"),
        "p27": own(gen.THIRD, K3, "budget"),
        "p28": own(gen.OWN, K3, "actual"),
        "p29": own(gen.THIRD, K3, "budget") | own(gen.OWN, K3, "actual"),
        "p30": own(gen.OWN, K3, "budget"),
        "p31": own(gen.THIRD, K3, "budget"),
        "p32": own(gen.THIRD, K3, "budget"),
        "p33": own(gen.THIRD, K3, "budget"),
        "p34": own(gen.THIRD, K3, "budget"),
        "p35": own(gen.OTHER, K3, "budget") | own(gen.OWN, K3, "actual"),
        "p36": own(gen.THIRD, K3, "budget"),
        "p37": own(gen.OTHER, K3, "budget") | own(gen.OWN, K3, "actual"),
    }
)


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


def verdict(exp, got):
    loaded = {(a[1], a[2], a[3], a[4]) for a in got["amounts"]}
    missing, extra = exp - loaded, loaded - exp
    return missing, extra


def summary(got):
    by = {}
    for t, code, k, ph, v in got["amounts"]:
        by.setdefault((t, k, ph), []).append(f"{code or '合计'}={v}")
    diags = {}
    for name, t, msg in got["diags"]:
        diags.setdefault((name, t), []).append(msg)
    return by, diags


def main():
    prefixes = sys.argv[1:]
    names = [n for n in gen.PROBES if not prefixes or any(n.startswith(p) for p in prefixes)]
    files = [f"{n}{ext}" for n in names for ext in (".pdf", ".layout.txt", ".plain.txt")]
    res = parse(files)
    lines = []
    for f in files:
        exp = E[f[:3]]
        row = [f]
        for tag in CHECKOUTS:
            got = res[tag][f]
            missing, extra = verdict(exp, got)
            row.append(
                f"{tag}: {'OK' if not missing and not extra else f'missing {len(missing)} extra {len(extra)}'}"
            )
        lines.append("  |  ".join(row))
        for tag in CHECKOUTS:
            got = res[tag][f]
            missing, extra = verdict(exp, got)
            if missing or extra or "-v" in os.environ.get("V", ""):
                by, diags = summary(got)
                lines.append(f"    {tag} kind={got['kind']} year={got['year']}")
                for key, vals in sorted(by.items()):
                    lines.append(f"      {key}: {' '.join(vals)}")
                for key, msgs in sorted(diags.items(), key=str):
                    lines.append(f"      ! {key[0]} [{key[1]}] x{len(msgs)}: {msgs[0][:230]}")
                if extra:
                    lines.append(f"      EXTRA: {sorted(extra, key=str)[:6]}")
                if missing:
                    lines.append(f"      MISSING: {sorted(missing, key=str)[:6]}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
