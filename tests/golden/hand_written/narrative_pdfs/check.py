"""Runs parse_document on the four drawn reports of this folder, each as the PDF itself, as its
pdftotext -layout text and as its plain pdftotext text, and compares the narrative claims with the
hand-typed expectations of narrative_data.py: right / wrong (a claim of the kind found with another value or
subject) / missed / spurious, per document and rendition.
Run: cd /work/main && .venv/bin/python tests/golden/hand_written/narrative_pdfs/check.py"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))
sys.path.insert(0, str(HERE))

from dagster_project.parser import parse_document  # noqa: E402
from narrative_data import CLAIMS, NOT_CLAIMS  # noqa: E402

FIELDS = dict(budget="budget_yuan", actual="actual_yuan", amount="amount_yuan", change="change_yuan")
FIELDS["rate"] = "stated_rate"
NARRATIVE_CHECKS = ("stated_change_mismatch", "comparison_word_contradicts")
RENDITIONS = (("pdf", ".pdf"), ("layout", ".layout.txt"), ("plain", ".txt"))
_FOLD = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "“": "", "”": "", '"': ""})


def norm(s):
    return re.sub(r"\s+", "", s or "").translate(_FOLD)


def key_field(f):
    return next((k for k in ("actual", "amount", "change") if f.get(k) is not None), None)


def describe(c):
    return (
        f"line {c.source_line} p{c.source_page} {c.claim_kind} code={c.subject_code} "
        f"name={c.subject_name!r} B={c.budget_yuan} A={c.actual_yuan} amt={c.amount_yuan} "
        f"chg={c.change_yuan} rate={c.stated_rate}"
    )


def check(doc, res):
    claims = list(res.claims)
    used, counts, out = set(), dict(right=0, wrong=0, missed=0, spurious=0), []
    for kind, code, name, f in CLAIMS[doc]:
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
        if not cands:  # the key figure itself wrong: the same kind and subject
            cands = [
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.claim_kind == kind
                and ((code and c.subject_code == code) or (name and name in norm(c.subject_name)))
            ]
        if not cands:  # neither figure nor subject read: the same kind with the other stated figures
            cands = [
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.claim_kind == kind
                and any(getattr(c, FIELDS[k]) == v for k, v in f.items() if k != kf and v)
            ]
        want = ", ".join(f"{k}={v}" for k, v in f.items())
        if not cands:
            counts["missed"] += 1
            out.append(f"  MISSED: {kind} {code or ''} {name or ''} {want}")
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
            out.append(f"  WRONG {describe(c)}: " + "; ".join(errs) + f"\n      | {c.sentence[:110]}")
        else:
            counts["right"] += 1
    for i, c in enumerate(claims):
        if i not in used:
            counts["spurious"] += 1
            note = [n for n in NOT_CLAIMS.get(doc, []) if norm(n) in norm(c.sentence)]
            out.append(f"  SPURIOUS {describe(c)}" + (f" [sentence holds no-claim {note}]" if note else ""))
            out.append(f"      | {c.sentence[:110]}")
    return counts, out


def main():
    totals = {}
    for doc in CLAIMS:
        for rendition, suffix in RENDITIONS:
            name = doc + suffix
            res = parse_document((HERE / name).read_bytes(), name)
            counts, out = check(doc, res)
            d = res.document
            print(
                f"\n=== {name}: {d.doc_kind} {d.fiscal_year} {d.unit_name} tables="
                f"{[t.table_key for t in res.tables]} claims={len(res.claims)} expected={len(CLAIMS[doc])}"
            )
            for line in out:
                print(line)
            for g in res.diagnostics:
                if g.severity in ("warn", "error") and g.check_name in NARRATIVE_CHECKS:
                    print(f"  DIAG {g.severity} {g.check_name} line {g.source_line}: {g.message[:120]}")
            others = sorted({g.check_name for g in res.diagnostics if g.severity in ("warn", "error")})
            print(f"  (warn/error checks: {[x for x in others if x not in NARRATIVE_CHECKS]})")
            print(f"  counts: {counts}")
            for k, v in counts.items():
                totals.setdefault(rendition, {}).setdefault(k, 0)
                totals[rendition][k] += v
    print("\nTOTAL per rendition:")
    for rendition, counts in totals.items():
        print(f"  {rendition}: {counts}")


if __name__ == "__main__":
    main()
