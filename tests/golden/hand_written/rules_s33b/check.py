"""Expected (rules_s33b_data.py, typed by hand) vs what the parser gives, per input (../review_check.py), plus a
few narrative claims: per expected (kind, figures) a recorded claim of that kind with those figures is OK; one
of that kind sharing no figure, or none, is LOST (SAID when a warn names the kind); a claim of that kind
sharing one figure but differing in another is WRONG. Claims not typed here are not reviewed.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s33b/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser, e.g. the code before the session.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s33b_data import BUILT, EXPECTED  # noqa: E402

ORDER = review_check.ORDER
FIELDS = {"amount": "amount_yuan", "budget": "budget_yuan", "actual": "actual_yuan", "rate": "rate"}


def figure(c, key):
    """A recorded claim's figure: money in yuan, the rate in percent."""
    if key == "rate":
        return None if c.stated_rate is None else c.stated_rate * 100
    return getattr(c, FIELDS[key])


def claims(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    unit = BUILT[name][0]["fmt"].unit
    f = review_check.FACTOR[unit]
    out = []
    taken = set()
    for kind, figs in exp["claims"]:
        want = {k: D(v) * (f if k != "rate" else 1) for k, v in figs.items()}
        tag = f"claim {kind} " + " ".join(f"{k}={v}" for k, v in figs.items()) + f" {unit}"
        same = [c for c in r.claims if c.claim_kind == kind and id(c) not in taken]
        exact = [c for c in same if all(figure(c, k) == v for k, v in want.items())]
        if exact:
            taken.add(id(exact[0]))
            out.append(("OK", tag, f"line {exact[0].source_line}"))
            continue
        near = [c for c in same if any(figure(c, k) == v for k, v in want.items())]
        if near:
            c = near[0]
            taken.add(id(c))
            got = " ".join(f"{k}={figure(c, k)}" for k in want)
            out.append(("WRONG", tag, f"{got} (line {c.source_line})"))
            continue
        seen = " | ".join(f"{getattr(c, 'amount_yuan', None)} (line {c.source_line})" for c in same) or "-"
        out.append(("LOST", tag, f"not recorded; that kind recorded: {seen}"))
    return out


def check(name, exp):
    """The figures' rows (../review_check.py) and this set's own (claims), as one input's rows."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    return rows + claims(name, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
