"""Expected (rules_s36g_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them, plus the 说明's claims (kind, code and every stated figure in 万元), reviewed as
rules_s32c/check.py reviews them (copied): OK when a recorded claim of that kind carries them all, WRONG when one
shares the main figure but differs, LOST when none; then per not_claims entry (a piece of a 说明 sentence and a count
or area it prints, as rules_s33d's): SPURIOUS when a recorded claim whose sentence holds the piece carries that
number (as 万元, 元 or a rate), else OK; SPURIOUS: any other recorded claim no expected one took.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s36g/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s36g_data", None)
from rules_s36g_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


MONEY = (("budget", "budget_yuan"), ("actual", "actual_yuan"), ("amount", "amount_yuan"))


def claim_figures(c):
    out = {k: (None if getattr(c, a) is None else getattr(c, a) / 10000) for k, a in MONEY}
    out["rate"] = None if c.stated_rate is None else c.stated_rate * 100
    return out


def show_claim(c):
    f = claim_figures(c)
    figs = " ".join(f"{k}={v.normalize():f}" for k, v in f.items() if v is not None)
    return f"{c.claim_kind} code={c.subject_code or '-'} {figs} (line {c.source_line}) | {c.sentence[:60]}"


def claims_review(r, exp):
    claims = list(r.claims)
    used = set()
    out = []
    for kind, code, figs in exp.get("claims", []):
        want = {k: D(v) for k, v in figs.items()}
        tag = f"claim {kind} " + " ".join(f"{k}={v}" for k, v in figs.items())
        main = "actual" if "actual" in want else "amount"

        def agrees(c):
            have = claim_figures(c)
            return (
                c.claim_kind == kind and c.subject_code == code and all(have[k] == v for k, v in want.items())
            )

        hit = next((i for i, c in enumerate(claims) if i not in used and agrees(c)), None)
        if hit is not None:
            used.add(hit)
            out.append(("OK", tag, show_claim(claims[hit])))
            continue
        near = [
            i
            for i, c in enumerate(claims)
            if i not in used and claim_figures(c)[main] is not None and claim_figures(c)[main] == want[main]
        ]
        near.sort(key=lambda i: claims[i].claim_kind != kind)
        if near:
            used.add(near[0])
            out.append(("WRONG", tag, show_claim(claims[near[0]])))
        else:
            out.append(("LOST", tag, "not recorded"))
    for piece, figure, why in exp.get("not_claims", []):
        n = D(figure)
        hit = [
            i
            for i, c in enumerate(claims)
            if i not in used
            and review_check.norm(piece) in review_check.norm(c.sentence)
            and any(
                x is not None and n in (abs(x), abs(x) * 10000)
                for x in (*claim_figures(c).values(), *(getattr(c, a) for a in ("prior_yuan", "change_yuan")))
            )
        ]
        used.update(hit)
        tag = f"NOT a claim: {figure} in “{piece}” ({why})"
        out.append(
            ("SPURIOUS", tag, " // ".join(show_claim(claims[i]) for i in hit)) if hit else ("OK", tag, "-")
        )
    for i, c in enumerate(claims):
        if i not in used:
            out.append(("SPURIOUS", "-", show_claim(c)))
    return out


def extra(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    return claims_review(r, exp)


def check(name, exp):
    """The figures' rows (../review_check.py) and the claims' (extra), as one input's rows."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    return rows + extra(name, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
