"""Runs the parser on the six hand-written final accounts of this folder and compares its claims,
self-evaluation figures and 一般公共预算财政拨款支出决算表 amounts with the hand-typed expectations of
selfeval_data.py. Prints per document: claims right / wrong (which field) / missed / spurious; self-evaluation
figures right / wrong / missed / spurious; fiscal-table cells; amounts loaded from performance tables; and the
warn/error diagnostics.
Run: cd /work/main && .venv/bin/python tests/golden/hand_written/selfeval_claims/check_selfeval_claims.py"""

import re
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))
sys.path.insert(0, str(HERE))

from dagster_project.parser import parse_document  # noqa: E402
from selfeval_data import CLAIMS, FISCAL, NOT_CLAIMS, NOT_VALUES, SELFEVAL, UNIT, WHOLE, W  # noqa: E402

FIELDS = dict(
    budget="budget_yuan",
    actual="actual_yuan",
    amount="amount_yuan",
    change="change_yuan",
    prior="prior_yuan",
    rate="stated_rate",
)
_FOLD = str.maketrans(
    {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "％": "%", "“": "", "”": "", '"': ""}
)


def norm(s):
    return re.sub(r"\s+", "", (s or "")).translate(_FOLD)


def key_field(f):
    for k in ("actual", "amount", "change"):
        if f.get(k) is not None:
            return k
    return None


def check_claims(doc, res):
    claims = [c for c in res.claims if c.claim_kind != "project_execution"]
    used, counts = set(), dict(expected=0, right=0, wrong=0, missed=0, spurious=0, adj_missed=0)
    out = []
    for item in CLAIMS[doc]:
        kind, code, name, f = item[:4]
        tag = item[4] if len(item) > 4 else ""
        counts["expected"] += tag != "opt"
        kf = key_field(f)
        cands = [
            i
            for i, c in enumerate(claims)
            if i not in used and c.claim_kind == kind and (kf is None or getattr(c, FIELDS[kf]) == f[kf])
        ]
        if code:
            cands = [i for i in cands if claims[i].subject_code == code] or cands
        if name:
            cands = [i for i in cands if name in norm(claims[i].subject_name)] or cands
        if kf and not cands:  # the key field itself wrong: the same kind and subject
            cands = [
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.claim_kind == kind
                and ((code and c.subject_code == code) or (name and name in norm(c.subject_name)))
            ]
        if not cands:
            if tag != "opt":
                counts["missed"] += 1
                counts["adj_missed"] += tag == "adj"
            out.append(
                f"  MISSED{'[' + tag + ']' if tag else ''}: {kind} {code or ''} {name or ''} "
                + ", ".join(f"{k}={v}" for k, v in f.items())
            )
            continue
        i = cands[0]
        used.add(i)
        c = claims[i]
        errs = [
            f"{k}: got {getattr(c, FIELDS[k])} want {v}" for k, v in f.items() if getattr(c, FIELDS[k]) != v
        ]
        if code and c.subject_code != code:
            errs.append(f"code: got {c.subject_code} want {code}")
        if name and name not in norm(c.subject_name):
            errs.append(f"name: got {c.subject_name!r} want ~{name!r}")
        if errs:
            counts["wrong"] += 1
            out.append(
                f"  WRONG{'[' + tag + ']' if tag else ''} line {c.source_line} {kind} {c.subject_name!r}: "
                + "; ".join(errs)
            )
        else:
            counts["right"] += tag != "opt"
    for i, c in enumerate(claims):
        if i not in used:
            counts["spurious"] += 1
            out.append(
                f"  SPURIOUS line {c.source_line} {c.claim_kind} code={c.subject_code} name={c.subject_name!r} "
                f"B={c.budget_yuan} A={c.actual_yuan} amt={c.amount_yuan} chg={c.change_yuan} "
                f"rate={c.stated_rate} | {c.sentence[:60]}"
            )
    for needle, kinds in NOT_CLAIMS.get(doc, []):
        bad = [c for c in claims if c.claim_kind in kinds and norm(needle) in norm(c.sentence)]
        if bad:
            counts.setdefault("not_claim_violated", 0)
            counts["not_claim_violated"] += 1
            out.append(f"  NOT-A-CLAIM VIOLATED {needle}: {[(c.claim_kind, c.subject_name) for c in bad]}")
    for kind, field, value, why in NOT_VALUES.get(doc, []):
        bad = [c for c in claims if c.claim_kind == kind and getattr(c, FIELDS[field]) in (value, -value)]
        if bad:
            counts["not_claim_violated"] = counts.get("not_claim_violated", 0) + 1
            out.append(
                f"  NOT-A-CLAIM VIOLATED {why}: {[(c.claim_kind, c.subject_name, c.source_line) for c in bad]}"
            )
    return counts, out


def check_selfeval(doc, res):
    got = [c for c in res.claims if c.claim_kind == "project_execution"]
    used, counts, out = set(), dict(expected=0, right=0, wrong=0, missed=0, spurious=0), []
    for name, budget, actual, rate in SELFEVAL[doc]:
        counts["expected"] += 1
        names = (UNIT[doc], "整体") if name == WHOLE else (name,)

        def named(c):
            return any(n in norm(c.subject_name) for n in names)

        cands = [
            i
            for i, c in enumerate(got)
            if i not in used and c.actual_yuan == actual and c.budget_yuan == budget
        ]
        cands = [i for i in cands if named(got[i])] or cands
        cands = cands or [
            i for i, c in enumerate(got) if i not in used and (named(c) or c.actual_yuan == actual)
        ]
        if not cands:
            counts["missed"] += 1
            out.append(f"  SELFEVAL MISSED: {name} budget={budget} actual={actual} rate={rate}")
            continue
        i = cands[0]
        used.add(i)
        c = got[i]
        errs = [
            f"{k}: got {g} want {v}"
            for k, g, v in (
                ("budget", c.budget_yuan, budget),
                ("actual", c.actual_yuan, actual),
                ("rate", c.stated_rate, rate),
            )
            if g != v
        ]
        if not named(c):
            errs.append(f"name: got {c.subject_name!r} want ~{names}")
        if errs:
            counts["wrong"] += 1
            out.append(f"  SELFEVAL WRONG line {c.source_line} {name}: " + "; ".join(errs))
        else:
            counts["right"] += 1
    for i, c in enumerate(got):
        if i not in used:
            counts["spurious"] += 1
            out.append(
                f"  SELFEVAL SPURIOUS line {c.source_line} {c.subject_name!r} B={c.budget_yuan} "
                f"A={c.actual_yuan} rate={c.stated_rate}"
            )
    return counts, out


def check_fiscal(doc, res):
    cols = ("total", "basic", "project")
    got = {}
    for a in res.amounts:
        if a.table_key.startswith("general_budget_by_function"):
            got.setdefault((a.subject_code if not a.is_total_row else None, a.column_key), []).append(
                a.amount_yuan
            )
    counts, out = dict(right=0, wrong=0, missed=0, spurious=0), []
    want = {}
    for code, vals in FISCAL[doc].items():
        for col, v in zip(cols, vals, strict=True):
            if v is not None:
                want[(code, col)] = D(v) * W
    for k, v in want.items():
        g = got.get(k)
        if not g:
            counts["missed"] += 1
            out.append(f"  FISCAL MISSED {k} {v}")
        elif g != [v]:
            counts["wrong"] += 1
            out.append(f"  FISCAL WRONG {k} got {g} want {v}")
        else:
            counts["right"] += 1
    for k, g in got.items():
        if k not in want and any(x != 0 for x in g):
            counts["spurious"] += 1
            out.append(f"  FISCAL SPURIOUS {k} {g}")
    return counts, out


_PERF_LINE = re.compile(r"年度资金总额|当年财政拨款|上年结转|其他资金|指标|按收入性质|按支出性质|总分")


def check_perf_amounts(res, lines):
    spans = [(t.title_line, t.last_line) for t in res.tables if t.table_key.startswith("performance")]
    bad = [
        a
        for a in res.amounts
        if a.table_key.startswith("performance")
        or any(s <= a.source_line <= e for s, e in spans)
        or (0 < a.source_line <= len(lines) and _PERF_LINE.search(lines[a.source_line - 1]))
    ]
    return [
        f"  PERF AMOUNT line {a.source_line} {a.table_key} {a.row_label!r} {a.column_key} {a.amount_yuan}"
        for a in bad
    ]


def main():
    totals = {}
    for doc in CLAIMS:
        text = (HERE / doc).read_text(encoding="utf-8")
        res = parse_document(text.encode("utf-8"), doc)
        print(f"\n=== {doc}")
        c, out = check_claims(doc, res)
        s, sout = check_selfeval(doc, res)
        f, fout = check_fiscal(doc, res)
        pout = check_perf_amounts(res, text.split("\n"))
        for line in out + sout + fout + pout:
            print(line)
        for d in res.diagnostics:
            if d.severity in ("warn", "error"):
                print(f"  DIAG {d.severity} {d.check_name} line {d.source_line}: {d.message[:150]}")
        print(
            f"  claims: {c}\n  selfeval: {s}\n  fiscal table cells: {f}; amounts from performance tables: {len(pout)}"
        )
        for k, v in list(c.items()) + [("se_" + k, v) for k, v in s.items()]:
            totals[k] = totals.get(k, 0) + v
    print("\nTOTAL:", totals)


if __name__ == "__main__":
    main()
