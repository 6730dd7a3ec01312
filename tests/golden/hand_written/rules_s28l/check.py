"""Expected narrative claims (rules_s28l_data.py, typed by hand) vs the claims the parser records, per input.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s28l/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)

A recorded claim is the expected one when it has its kind and at least one of its stated figures (or, with
no figure in common, its kind and subject); claims that match in every respect are paired first, then those
sharing a figure, then those sharing the subject only, so a half-read claim never takes another's place. Per expected claim:
  OK        kind, subject (name piece and code) and every figure as expected (a figure the sentence does not
            state must be None)
  WRONG     paired, but a figure, the code or the name differs (listed)
  LOST      no recorded claim of its kind carries any of its figures
Per recorded claim left unpaired:
  SPURIOUS  one of its figures is a trap of the input (a count, a share, a year, a phone or document number,
            the prior year's total)
  EXTRA     another claim the sentence does not state (e.g. one claim recorded twice, split in two)
Per planted misstatement (warns): OK when the narrative diagnostic is raised as often as expected, LOST when
fewer times; a narrative diagnostic nobody planted is EXTRA.
An input's status is its worst line's (WRONG > SPURIOUS > LOST > EXTRA > OK)."""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[3])), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402
from rules_s28l_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "EXTRA")
FACTOR = {"元": D(1), "万元": D(10000)}
MONEY = (
    ("budget", "budget_yuan"),
    ("actual", "actual_yuan"),
    ("amount", "amount_yuan"),
    ("prior", "prior_yuan"),
    ("change", "change_yuan"),
)
KEYS = [k for k, _ in MONEY] + ["rate"]
# Diagnostics about the narrative's own statements (the ones a planted misstatement must raise).
NARRATIVE_WARNS = ("stated_change_mismatch", "comparison_word_contradicts")


def norm(text):
    return compact(text or "").replace("（", "(").replace("）", ")")


def figures(claim, factor):
    """The claim's figures in the input's unit, its rate in percent (None where not recorded)."""
    out = {k: (None if getattr(claim, a) is None else getattr(claim, a) / factor) for k, a in MONEY}
    out["rate"] = None if claim.stated_rate is None else claim.stated_rate * 100
    return out


def wanted(spec):
    return {k: (None if spec.get(k) is None else D(spec[k])) for k in KEYS}


def compare(exp, claim, factor):
    """(figures equal, stated figures equal, name ok, code ok) of a recorded claim against an expected one."""
    _kind, code, name, spec = exp
    want, have = wanted(spec), figures(claim, factor)
    equal = [k for k in KEYS if want[k] == have[k]]
    hits = [k for k in equal if want[k] is not None]
    name_ok = name is None or norm(name) in norm(claim.subject_name)
    code_ok = claim.subject_code == code
    return equal, hits, name_ok, code_ok


def fmt(v):
    return "-" if v is None else f"{v.normalize():f}"


def show_want(exp):
    kind, code, name, spec = exp
    figs = " ".join(f"{k}={spec[k]}" for k in KEYS if spec.get(k) is not None)
    return f"{kind} code={code or '-'} name~{name or '-'} {figs}"


def show(claim, factor):
    f = figures(claim, factor)
    figs = " ".join(f"{k}={fmt(f[k])}" for k in KEYS if f[k] is not None)
    return (
        f"{claim.claim_kind} code={claim.subject_code or '-'} name={claim.subject_name!r} {figs} "
        f"(line {claim.source_line}) | {claim.sentence[:60]}"
    )


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    factor = FACTOR[exp["unit"]]
    claims = list(r.claims)
    used = set()
    pairs = {}  # expected index -> claim index
    specs = exp["claims"]
    # pass 1: claims that match in every respect; pass 2: the best match sharing a stated figure; pass 3:
    # a claim of the kind and subject sharing none
    for how in ("full", "figure", "subject"):
        for n, spec in enumerate(specs):
            if n in pairs:
                continue
            kind = spec[0].rstrip("?")
            best = None
            for i, cl in enumerate(claims):
                if i in used or cl.claim_kind != kind:
                    continue
                equal, hits, name_ok, code_ok = compare(spec, cl, factor)
                full = len(equal) == len(KEYS) and name_ok and code_ok
                if how == "full" and not full:
                    continue
                if how == "figure" and not hits:
                    continue
                if how == "subject" and not (spec[2] and name_ok):
                    continue
                score = (len(hits), name_ok, code_ok, len(equal))
                if best is None or score > best[0]:
                    best = (score, i)
            if best is not None:
                pairs[n] = best[1]
                used.add(best[1])
    rows = []
    for n, spec in enumerate(specs):
        optional = spec[0].endswith("?")
        if n not in pairs:
            rows.append(
                ("OK" if optional else "LOST", show_want(spec), "optional, not recorded" if optional else "-")
            )
            continue
        cl = claims[pairs[n]]
        equal, _hits, name_ok, code_ok = compare(spec, cl, factor)
        problems = [k for k in KEYS if k not in equal]
        if not code_ok:
            problems.append("code")
        if not name_ok:
            problems.append("name")
        status = "WRONG" if problems else "OK"
        rows.append(
            (status, show_want(spec), ("/".join(problems) + ": " if problems else "") + show(cl, factor))
        )
    trap_values = {D(v): what for v, what in exp.get("traps", {}).items()}
    for i, cl in enumerate(claims):
        if i in used:
            continue
        f = figures(cl, factor)
        hit = sorted(
            {
                f"{fmt(v)} ({trap_values[abs(v)]})"
                for v in f.values()
                if v is not None and abs(v) in trap_values
            }
        )
        rows.append(
            (
                "SPURIOUS" if hit else "EXTRA",
                "-",
                ("trap " + ", ".join(hit) + ": " if hit else "") + show(cl, factor),
            )
        )
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    planted = dict(exp.get("warns", []))
    for check_name in sorted(set(planted) | {d.check_name for d in warns if d.check_name in NARRATIVE_WARNS}):
        got = [d for d in warns if d.check_name == check_name]
        want = planted.get(check_name, 0)
        status = "OK" if len(got) == want else "LOST" if len(got) < want else "EXTRA"
        rows.append(
            (
                status,
                f"diagnostic {check_name} x{want}",
                f"x{len(got)}: " + " / ".join(d.message[:90] for d in got),
            )
        )
    diags = [f"{d.severity} {d.check_name} [{d.table_key}]: {d.message[:150]}" for d in r.diagnostics]
    return rows, diags


def main():
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    totals = {}
    for name, exp in EXPECTED.items():
        if only and not any(o in name for o in only):
            continue
        rows, diags = check(name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        counts = {s: sum(row[0] == s for row in rows) for s in ("OK", *ORDER)}
        print(f"{worst:8} {name}  [{exp['note']}]  " + " ".join(f"{s}={n}" for s, n in counts.items() if n))
        for status, want, have in rows:
            if status != "OK" or verbose:
                print(f"   {status:8} expected {want}\n            got      {have}")
        if verbose:
            for d in diags:
                print(f"   diag     {d}")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
