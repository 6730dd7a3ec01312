"""Expected narrative claims (rules_s33d_data.py, typed by hand) vs the claims the parser records, per input.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s33d/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)

Every claim kind is reviewed (totals, execution, sangong_execution, year_on_year, operating_costs,
procurement_total). An expected claim is paired with a recorded one by its figures: first a claim equal in
every respect, then the recorded claim (of any kind) sharing a stated figure with it (a figure of 0 pairs
only within its kind), preferring one sharing its main figure (actual for execution / sangong_execution,
else amount), then the most figures shared, the expected kind, code and subject. Per expected claim:
  OK          kind, code, subject piece, every figure (a figure the sentence does not state must be None),
              the rate, and for an execution claim its fund_scope; "OK≡" when None is recorded where
              general_budget is expected (the warehouse reads None as general_budget)
  WRONG       paired by its figures, but the kind, code, subject, a figure, the rate or the scope differs
  MISSING     no recorded claim shares a figure with it (an expected kind ending in "?" is optional: OK)
Per sentence listed as not_claims (a piece of it and a figure it prints), and per recorded claim left
unpaired:
  UNEXPECTED  recorded as a claim (the warehouse would compare it with this report's tables)
An input's status is its worst line's (WRONG > MISSING > UNEXPECTED > OK)."""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[3])), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402

sys.modules.pop("rules_s33d_data", None)
from rules_s33d_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "MISSING", "UNEXPECTED")
FACTOR = {"元": D(1), "万元": D(10000)}
MONEY = (
    ("budget", "budget_yuan"),
    ("actual", "actual_yuan"),
    ("amount", "amount_yuan"),
    ("prior", "prior_yuan"),
    ("change", "change_yuan"),
)
KEYS = [k for k, _ in MONEY] + ["rate"]


def norm(text):
    return compact(text or "").replace("（", "(").replace("）", ")")


def num(text):
    return None if text is None else D(str(text).replace(",", ""))


def figures(claim, factor):
    out = {k: (None if getattr(claim, a) is None else getattr(claim, a) / factor) for k, a in MONEY}
    out["rate"] = None if claim.stated_rate is None else claim.stated_rate * 100
    return out


def main_key(kind):
    return "actual" if kind.rstrip("?") in ("execution", "sangong_execution") else "amount"


def fmt(value):
    return "-" if value is None else f"{value.normalize():f}"


def compare(spec, claim, factor):
    kind, code, name, scope, want = spec
    have = figures(claim, factor)
    differs = [k for k in KEYS if want[k] != have[k]]
    problems = []
    if claim.claim_kind != kind.rstrip("?"):
        problems.append(f"kind {claim.claim_kind}")
    problems += [f"{k} {fmt(have[k])}" for k in differs]
    if claim.subject_code != code:
        problems.append(f"code {claim.subject_code}")
    if name and norm(name) not in norm(claim.subject_name):
        problems.append(f"name {claim.subject_name!r}")
    equivalent = False
    if kind.rstrip("?") == "execution":
        equivalent = scope == "general_budget" and claim.fund_scope is None
        if claim.fund_scope != scope and not equivalent:
            problems.append(f"fund_scope {claim.fund_scope}")
    return problems, equivalent


def show_want(spec):
    kind, code, name, scope, want = spec
    figs = " ".join(f"{k}={fmt(want[k])}" for k in KEYS if want[k] is not None)
    sc = f" scope={scope}" if kind.rstrip("?") == "execution" else ""
    return f"{kind} code={code or '-'} name~{name or '-'} {figs}{sc}"


def show(claim, factor):
    f = figures(claim, factor)
    figs = " ".join(f"{k}={fmt(f[k])}" for k in KEYS if f[k] is not None)
    sc = f" scope={claim.fund_scope}" if claim.claim_kind == "execution" else ""
    return (
        f"{claim.claim_kind} code={claim.subject_code or '-'} name={claim.subject_name!r} {figs}{sc} "
        f"(line {claim.source_line}) | {claim.sentence[:70]}"
    )


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    factor = FACTOR[exp["unit"]]
    claims = list(r.claims)
    specs = [
        (kind, code, nm, scope, {k: num(figs.get(k)) for k in KEYS})
        for kind, code, nm, scope, figs in exp["claims"]
    ]
    used, pairs = set(), {}
    for how in ("full", "figures"):
        for n, spec in enumerate(specs):
            if n in pairs:
                continue
            kind, code, nm, _scope, want = spec
            key = main_key(kind)
            best = None
            for i, cl in enumerate(claims):
                if i in used:
                    continue
                problems, _eq = compare(spec, cl, factor)
                have = figures(cl, factor)
                same_kind = cl.claim_kind == kind.rstrip("?")
                if how == "full":
                    if problems:
                        continue
                    score = (1,)
                else:
                    shared = [k for k in KEYS if want[k] is not None and want[k] == have[k] and want[k] != 0]
                    main_same = want[key] is not None and want[key] == have[key]
                    if not shared and not (same_kind and main_same):
                        continue
                    hits = sum(1 for k in KEYS if want[k] is not None and want[k] == have[k])
                    name_ok = not nm or norm(nm) in norm(cl.subject_name)
                    score = (key in shared or main_same, hits, same_kind, cl.subject_code == code, name_ok)
                if best is None or score > best[0]:
                    best = (score, i)
            if best is not None:
                pairs[n] = best[1]
                used.add(best[1])
    rows = []
    for n, spec in enumerate(specs):
        if n not in pairs:
            optional = spec[0].endswith("?")
            rows.append(
                (
                    "OK" if optional else "MISSING",
                    show_want(spec),
                    "optional, not recorded" if optional else "-",
                    "",
                )
            )
            continue
        cl = claims[pairs[n]]
        problems, equivalent = compare(spec, cl, factor)
        status = "WRONG" if problems else ("OK≡" if equivalent else "OK")
        rows.append(
            (
                status,
                show_want(spec),
                ("; ".join(problems) + " | " if problems else "") + show(cl, factor),
                "",
            )
        )
    for piece, figure, why in exp.get("not_claims", []):
        want = num(figure)
        hit = [
            i
            for i, cl in enumerate(claims)
            if i not in used
            and norm(piece) in norm(cl.sentence)
            and any(v is not None and abs(v) == want for v in figures(cl, factor).values())
        ]
        label = f"NOT a claim: {figure} in “{piece}”"
        if hit:
            used.update(hit)
            rows.append(("UNEXPECTED", label, " // ".join(show(claims[i], factor) for i in hit), why))
        else:
            rows.append(("OK", label, "not recorded", why))
    for i, cl in enumerate(claims):
        if i not in used:
            rows.append(("UNEXPECTED", "-", show(cl, factor), "no expected claim"))
    return rows, r


def main():
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    docs, lines, by_kind = {}, {}, {}
    for name, exp in EXPECTED.items():
        if only and not any(o in name for o in only):
            continue
        rows, _r = check(name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        docs[worst] = docs.get(worst, 0) + 1
        counts = {}
        for status, want, _got, _why in rows:
            counts[status] = counts.get(status, 0) + 1
            lines[status] = lines.get(status, 0) + 1
            kind = want.split()[0] if not want.startswith(("NOT", "-")) else "not_claims/unpaired"
            by_kind.setdefault(kind.rstrip("?"), {}).setdefault(status, 0)
            by_kind[kind.rstrip("?")][status] += 1
        print(f"{worst:10} {name}  [{exp['note']}]  " + " ".join(f"{s}={n}" for s, n in counts.items()))
        for status, want, got, why in rows:
            if status not in ("OK", "OK≡") or verbose:
                print(f"   {status:10} expected {want}\n              got      {got}")
                if why:
                    print(f"              why      {why}")
    print("summary: inputs " + ", ".join(f"{k}={v}" for k, v in docs.items()))
    print("lines: " + ", ".join(f"{k}={v}" for k, v in sorted(lines.items())))
    for kind, counts in sorted(by_kind.items()):
        print(f"  {kind:34} " + " ".join(f"{s}={n}" for s, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
