"""Expected (rules_s33e_data.py: every table figure and the 说明's claims, typed from the data the documents are
written from) vs what the parser gives, per input (../review_check.py for the table figures; the claims paired
as rules_s33d/check.py pairs them: a claim not recorded is LOST, a recorded claim no expected claim takes is
SPURIOUS, a claim paired by its figures but differing in kind, code, subject, a figure or the scope is WRONG).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s33e/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s33e_data import EXPECTED  # noqa: E402

from dagster_project.parser import parse_document  # noqa: E402

norm = review_check.norm
FACTOR = review_check.FACTOR
MONEY = (
    ("budget", "budget_yuan"),
    ("actual", "actual_yuan"),
    ("amount", "amount_yuan"),
    ("prior", "prior_yuan"),
    ("change", "change_yuan"),
)
KEYS = [k for k, _ in MONEY] + ["rate"]


def num(text):
    return None if text is None else D(str(text).replace(",", ""))


def figures(claim, factor):
    out = {k: (None if getattr(claim, a) is None else getattr(claim, a) / factor) for k, a in MONEY}
    out["rate"] = None if claim.stated_rate is None else (claim.stated_rate * 100).normalize()
    return out


def fmt(x):
    return "-" if x is None else f"{x.normalize():f}"


def compare(spec, claim, factor):
    kind, code, name, scope, want = spec
    have = figures(claim, factor)
    problems = []
    if claim.claim_kind != kind.rstrip("?"):
        problems.append(f"kind {claim.claim_kind}")
    problems += [
        f"{k} {fmt(have[k])}"
        for k in KEYS
        if (want[k] is None) != (have[k] is None) or (want[k] is not None and want[k] != have[k])
    ]
    if claim.subject_code != code:
        problems.append(f"code {claim.subject_code}")
    if name and norm(name) not in norm(claim.subject_name):
        problems.append(f"name {claim.subject_name!r}")
    if kind.rstrip("?") == "execution" and claim.fund_scope not in (scope, None):
        problems.append(f"fund_scope {claim.fund_scope}")
    return problems


def show_want(spec):
    kind, code, name, _scope, want = spec
    return f"claim {kind} code={code or '-'} name~{name or '-'} " + " ".join(
        f"{k}={fmt(want[k])}" for k in KEYS if want[k] is not None
    )


def show(claim, factor):
    f = figures(claim, factor)
    return (
        f"{claim.claim_kind} code={claim.subject_code or '-'} name={claim.subject_name!r} "
        + " ".join(f"{k}={fmt(f[k])}" for k in KEYS if f[k] is not None)
        + f" (line {claim.source_line}) | {claim.sentence[:60]}"
    )


def claim_rows(r, exp):
    factor = FACTOR[exp["unit"]]
    claims = list(r.claims)
    specs = [(k, c, n, s, {key: num(f.get(key)) for key in KEYS}) for k, c, n, s, f in exp["claims"]]
    used, pairs = set(), {}
    for how in ("full", "figures"):
        for n, spec in enumerate(specs):
            if n in pairs:
                continue
            best = None
            for i, cl in enumerate(claims):
                if i in used:
                    continue
                problems = compare(spec, cl, factor)
                have = figures(cl, factor)
                if how == "full":
                    if problems:
                        continue
                    score = (1,)
                else:
                    shared = [
                        k
                        for k in KEYS
                        if spec[4][k] is not None and spec[4][k] == have[k] and spec[4][k] != 0
                    ]
                    if not shared:
                        continue
                    score = (len(shared), cl.claim_kind == spec[0].rstrip("?"))
                if best is None or score > best[0]:
                    best = (score, i)
            if best is not None:
                pairs[n] = best[1]
                used.add(best[1])
    rows = []
    for n, spec in enumerate(specs):
        if n not in pairs:
            rows.append(("OK" if spec[0].endswith("?") else "LOST", show_want(spec), "no claim recorded"))
            continue
        cl = claims[pairs[n]]
        problems = compare(spec, cl, factor)
        rows.append(
            (
                "WRONG" if problems else "OK",
                show_want(spec),
                ("; ".join(problems) + ": " if problems else "") + show(cl, factor),
            )
        )
    for i, cl in enumerate(claims):
        if i not in used:
            rows.append(("SPURIOUS", "claim -", show(cl, factor)))
    return rows


def own_check(name, exp):
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    r = parse_document((HERE / name).read_bytes(), name)
    return rows + claim_rows(r, exp), diags


check = own_check  # (the name tests/test_hand_written_reports.py calls)
ORDER = review_check.ORDER

if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, own_check)
