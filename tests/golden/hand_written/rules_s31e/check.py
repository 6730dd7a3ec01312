"""Expected (rules_s31e_data.py, typed by hand) vs what the parser gives, per input (../review_check.py), plus
the document's metadata (unit_name, doc_kind, fiscal_year, scope: WRONG when another) and the self-evaluation
claims (project_execution, paired by project name: OK; WRONG when budget / actual / rate differ; LOST when
not recorded and no warn names the project, SAID when one does; SPURIOUS: a recorded one no expected took).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s31e/check.py [-v] [file …]"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s31e_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def extra(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    out = []
    for field, want in exp["meta"].items():
        got = getattr(r.document, field)
        out.append(("OK" if got == want else "WRONG", f"meta {field} = {want}", f"{got}"))
    got = [c for c in r.claims if c.claim_kind == "project_execution"]
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    taken = set()
    for project, budget, actual, rate, unit in exp["claims"]:
        want = f"claim {project} budget={budget} actual={actual} rate={rate}% {unit}"
        c = next(
            (c for c in got if review_check.norm(c.subject_name) == project and id(c) not in taken), None
        )
        if c is None:
            said = [d.check_name for d in warns if project in review_check.norm(d.message)]
            out.append(("SAID" if said else "LOST", want, f"not recorded; said: {','.join(said) or '-'}"))
            continue
        taken.add(id(c))
        f = review_check.FACTOR[unit]
        problems = [
            k
            for k, ok in (
                ("budget", c.budget_yuan == D(budget) * f),
                ("actual", c.actual_yuan == D(actual) * f),
                ("rate", c.stated_rate is not None and c.stated_rate * 100 == D(rate)),
            )
            if not ok
        ]
        shown = f"budget={c.budget_yuan} actual={c.actual_yuan} rate={c.stated_rate} (line {c.source_line})"
        out.append(
            ("WRONG" if problems else "OK", want, ("/".join(problems) + ": " if problems else "") + shown)
        )
    for c in got:
        if id(c) not in taken:
            out.append(
                ("SPURIOUS", "-", f"claim {c.subject_name!r} budget={c.budget_yuan} actual={c.actual_yuan}")
            )
    return out


def check(name, exp):
    rows, diags = review_check.check(HERE, name, exp)
    return rows + extra(name, exp), diags


if __name__ == "__main__":
    review_check.check = lambda folder, name, exp, _c=review_check.check: (
        _c(folder, name, exp)[0] + extra(name, exp),
        _c(folder, name, exp)[1],
    )
    review_check.main(HERE, EXPECTED)
