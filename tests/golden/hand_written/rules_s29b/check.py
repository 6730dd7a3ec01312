"""Expected execution claims and their fund_scope (expected.py, typed by hand) vs the claims the parser records.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s29b/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)

Claims are matched by their budget and actual (in 万元 as printed); when several recorded claims carry the
same two figures, the one with the expected code is taken. Per expected claim:
  OK          an 'execution' claim with its budget, actual, code, fund_scope and (when given) a subject
              keeping the expected piece; "OK≡" when None is recorded where general_budget is expected
              (the warehouse reads None as general_budget)
  WRONG       matched, but the fund_scope, the code or the subject differs (listed)
  MISSING     no recorded claim carries its budget and actual
Per sentence that must not be an execution claim (not_claims), and per recorded execution claim left
unmatched:
  UNEXPECTED  recorded as an execution claim (with the fund_scope the warehouse would compare it under)
An input's status is its worst line's (WRONG > MISSING > UNEXPECTED > OK)."""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[3])), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402

sys.modules.pop("expected", None)  # another review folder's, imported before in the same process
from expected import EXPECTED  # noqa: E402

ORDER = ("WRONG", "MISSING", "UNEXPECTED")
WAN = D(10000)


def wan(text):
    return D(text.replace(",", ""))


def fig(yuan):
    return None if yuan is None else yuan / WAN


def money(yuan):
    return "-" if yuan is None else f"{yuan / WAN:,.2f}"


def norm(text):
    return compact(text or "").replace("（", "(").replace("）", ")")


def show(cl):
    return (
        f"{cl.claim_kind} code={cl.subject_code or '-'} scope={cl.fund_scope} "
        f"budget={money(cl.budget_yuan)} actual={money(cl.actual_yuan)} name={cl.subject_name!r} (line {cl.source_line})"
    )


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    claims = [cl for cl in r.claims if cl.claim_kind == "execution"]
    used = set()
    rows = []
    for code, budget, actual, scope, piece, why in exp["claims"]:
        want = (wan(budget), wan(actual))
        same = [
            i
            for i, cl in enumerate(claims)
            if i not in used and (fig(cl.budget_yuan), fig(cl.actual_yuan)) == want
        ]
        same.sort(key=lambda i: claims[i].subject_code != code)
        label = f"{code or 'whole'} {budget}/{actual} scope={scope}"
        if not same:
            rows.append(("MISSING", label, "no execution claim with these figures", why))
            continue
        used.add(same[0])
        cl = claims[same[0]]
        problems = []
        equivalent = scope == "general_budget" and cl.fund_scope is None
        if cl.fund_scope != scope and not equivalent:
            problems.append(f"fund_scope {cl.fund_scope}")
        if cl.subject_code != code:
            problems.append(f"code {cl.subject_code}")
        if piece and norm(piece) not in norm(cl.subject_name):
            problems.append(f"name {cl.subject_name!r}")
        status = "WRONG" if problems else ("OK≡" if equivalent else "OK")
        rows.append((status, label, ("; ".join(problems) + " | " if problems else "") + show(cl), why))
    for budget, actual, why in exp.get("not_claims", []):
        want = (wan(budget), wan(actual))
        hit = [
            i
            for i, cl in enumerate(claims)
            if i not in used and (fig(cl.budget_yuan), fig(cl.actual_yuan)) == want
        ]
        label = f"NOT an execution claim {budget}/{actual}"
        if hit:
            used.update(hit)
            rows.append(("UNEXPECTED", label, show(claims[hit[0]]), why))
        else:
            rows.append(("OK", label, "not recorded", why))
    for i, cl in enumerate(claims):
        if i not in used:
            rows.append(("UNEXPECTED", "-", show(cl), "no expected claim has these figures"))
    return rows, r.diagnostics


def main():
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    docs = {}
    lines = {"OK": 0, "OK≡": 0, "WRONG": 0, "MISSING": 0, "UNEXPECTED": 0}
    for name, exp in EXPECTED.items():
        if only and not any(o in name for o in only):
            continue
        rows, _diagnostics = check(name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        docs[worst] = docs.get(worst, 0) + 1
        counts = {}
        for row in rows:
            counts[row[0]] = counts.get(row[0], 0) + 1
            lines[row[0]] += 1
        print(f"{worst:10} {name}  [{exp['note']}]  " + " ".join(f"{s}={n}" for s, n in counts.items()))
        for status, label, got, why in rows:
            if status not in ("OK", "OK≡") or verbose:
                print(
                    f"   {status:10} expected {label}\n              got      {got}\n              why      {why}"
                )
            elif status == "OK≡":
                print(f"   {status:10} expected {label}  (recorded None)")
    print(
        "summary: inputs "
        + ", ".join(f"{k}={v}" for k, v in docs.items())
        + " | lines "
        + ", ".join(f"{k}={v}" for k, v in lines.items())
    )


if __name__ == "__main__":
    main()
