"""Compare the parser's reading of 三公 / 机关运行经费 / 政府采购 tables in the PDFs of sangong_pdfs/ (drawn by its
gen.py and gen_x.py: one-row budgets, 12-column 预算数 | 决算数 blocks, 预算数 | 决算数 under each item, the
national items-as-rows template with its 统计数 block, 栏次, year blocks) and their pdftotext -layout texts with
the amounts typed in sangong_pdfs/expected.json.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_sangong_pdfs.py [-v]"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

D = Path(__file__).parent / "sangong_pdfs"
FAM = ("sangong", "operating_costs", "procurement")
VERBOSE = "-v" in sys.argv and __name__ == "__main__"
exp_all = json.load(open(D / "expected.json"))


def base(k):
    return re.sub(r"_\d+$", "", k)


KEEP_SUFFIX = False


def key_of(a):
    tk = a.table_key if KEEP_SUFFIX else base(a.table_key)
    if base(tk) == "sangong":
        return (tk, a.column_key, a.phase)
    if base(tk) == "procurement":
        lab = re.sub(r"\s", "", a.row_label or "")
        row = next(
            (w for w in ("货物", "工程", "服务") if w in lab), "合计" if re.search("合计|总计", lab) else lab
        )
        return (tk, row, a.column_key, a.phase)
    lab = re.sub(r"\s", "", a.row_label or "")
    row = a.subject_code or ("合计" if re.search("合计|总计", lab) else lab)
    return (tk, row, a.column_key, a.phase)


def fits(ek, lk):
    return len(ek) == len(lk) and all(e == "*" or e == l for e, l in zip(ek, lk))


summary = []
for doc, exp in exp_all.items():
    for ext in (".pdf", ".layout.txt"):
        p = next(D.glob(doc + "_*" + ext)) if not (D / (doc + ext)).exists() else D / (doc + ext)
        r = parse_document(p.read_bytes(), p.name)
        loaded = [a for a in r.amounts if base(a.table_key) in FAM]
        KEEP_SUFFIX = any("_2|" in k for k in exp)
        used = set()
        res = {"matched": [], "wrong": [], "missing": [], "spurious": [], "zero_extra": []}
        for eks, ev in exp.items():
            ek = tuple(eks.split("|"))
            hits = [i for i, a in enumerate(loaded) if fits(ek, key_of(a))]
            good = [i for i in hits if loaded[i].amount_yuan == Decimal(ev)]
            if good:
                res["matched"].append(eks)
                used.update(hits if all(loaded[i].amount_yuan == Decimal(ev) for i in hits) else good)
                bad = [i for i in hits if loaded[i].amount_yuan != Decimal(ev)]
                for i in bad:
                    res["wrong"].append(
                        f"{eks}: also loaded {loaded[i].amount_yuan} ({loaded[i].amount_raw!r})"
                    )
                used.update(hits)
            elif hits:
                res["wrong"].append(
                    f"{eks}: expected {ev}, loaded "
                    + ", ".join(f"{loaded[i].amount_yuan} ({loaded[i].amount_raw!r})" for i in hits)
                )
                used.update(hits)
            else:
                res["missing"].append(f"{eks}={ev}")
        for i, a in enumerate(loaded):
            if i in used:
                continue
            s = f"{a.table_key}|{a.row_label!r}|{a.subject_code}|{a.column_key}|{a.phase}={a.amount_yuan} raw={a.amount_raw!r}"
            (res["zero_extra"] if a.amount_yuan == 0 else res["spurious"]).append(s)
        diags = [d for d in r.diagnostics if d.table_key is None or base(d.table_key) in FAM]
        print(
            f"=== {p.name}: expected {len(exp)} matched {len(res['matched'])} wrong {len(res['wrong'])} "
            f"missing {len(res['missing'])} spurious {len(res['spurious'])} zero_extra {len(res['zero_extra'])} diags {len(diags)}"
        )
        summary.append(
            (
                p.name,
                len(exp),
                len(res["matched"]),
                len(res["wrong"]),
                len(res["missing"]),
                len(res["spurious"]),
                len(res["zero_extra"]),
                len(diags),
            )
        )
        for k in ("wrong", "missing", "spurious") + (("zero_extra",) if VERBOSE else ()):
            for s in res[k]:
                print(f"   {k.upper()}: {s}")
        for d in diags:
            print(
                f"   DIAG {d.check_name} [{d.table_key}] {d.message[:260]} | observed={getattr(d, 'observed', None)!r}"
            )
        if VERBOSE:
            tabs = getattr(r, "tables", None)
            if tabs:
                print("   tables:", [(t.table_key, getattr(t, "title", "")) for t in tabs])
            for a in loaded:
                print(
                    f"   L {a.table_key}|{a.row_label!r}|{a.subject_code}|{a.column_key}|{a.phase}={a.amount_yuan} raw={a.amount_raw!r}"
                )
print()
print(f"{'file':45s} exp match wrong miss spur zero diag")
for row in summary:
    print(f"{row[0]:45s} " + " ".join(f"{x:4d}" for x in row[1:]))
