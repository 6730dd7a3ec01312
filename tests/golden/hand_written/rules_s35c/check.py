"""Expected (rules_s35c_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them (exact readings first), the 说明's claims as rules_s34c/check.py reviews them (copied:
kind, code and every stated figure in 万元), and the units' rows as rules_s32f/check.py reviews them (copied): not
loaded and said by a diagnostic of their table speaking of units: OK; SAID when only a warn / error of that table
names them or the table; LOST when nothing does (loaded: SPURIOUS / WRONG in the figures' review already).
Also prints each document's parse time (time.perf_counter around parse_document, the median of 5 runs) with -t.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s35c/check.py [-v] [-t] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import statistics
import sys
import time
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s35c_data", None)
from rules_s35c_data import BUILT, EXPECTED  # noqa: E402

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
    for i, c in enumerate(claims):
        if i not in used:
            out.append(("SPURIOUS", "-", show_claim(c)))
    return out


def units_review(r, name, exp):
    norm = review_check.norm
    out = []
    for table, unit, n in exp["unit_rows"]:
        tag = f"{table} unit rows of {unit} ({n}) not loaded, said"
        if any(a.table_key == table and norm(unit) in norm(a.row_label) for a in r.amounts):
            continue  # SPURIOUS (or WRONG) in the figures' review
        of_table = [d for d in r.diagnostics if d.table_key == table]
        code = next((u[0] for u in BUILT[name][0]["units"] if u[1] == unit), None)

        def names(d):
            text = d.message + " " + (d.observed or "")
            return norm(unit) in norm(text) or (code is not None and code in text)

        as_units = [
            d.check_name
            for d in of_table
            if ("unit" in d.check_name or "unit" in d.message) and (names(d) or "unit" in d.check_name)
        ]
        said = [d.check_name for d in of_table if d.severity in ("warn", "error")]
        if as_units:
            out.append(("OK", tag, f"said as units' rows: {','.join(sorted(set(as_units)))}"))
        elif said:
            out.append(("SAID", tag, f"its table named, not as a unit's: {','.join(sorted(set(said)))}"))
        else:
            out.append(("LOST", tag, "no diagnostic of its table"))
    return out


def extra(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    return claims_review(r, exp) + units_review(r, name, exp)


def parse_time(name, runs=5):
    data = (HERE / name).read_bytes()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        review_check.parse_document(data, name)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def check(name, exp):
    """The figures' rows (../review_check.py) and the claims' (extra), as one input's rows."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    return rows + extra(name, exp), diags


if __name__ == "__main__":
    timing = "-t" in sys.argv
    sys.argv = [a for a in sys.argv if a != "-t"]
    review_check.main(HERE, EXPECTED, check)
    if timing:
        for name in EXPECTED:
            print(f"parse time {name}: {parse_time(name):.3f} s (median of 5)")
