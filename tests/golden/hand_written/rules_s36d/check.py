"""Expected (rules_s36d_data.py, typed by hand) vs what the parser gives, per input:
- every table's figures as ../review_check.py reviews them (check_exact_first);
- the 说明's claims, reviewed as rules_s33d/check.py reviews them (copied, its statuses named as review_check's): an
  expected claim is paired with a recorded one equal in every respect, else with the recorded claim (of any kind)
  sharing a stated figure with it (a figure of 0 pairs only within its kind), preferring its main figure (actual for
  execution / sangong_execution, else amount), then the most figures shared, the kind, code and name. Figures in 元
  (a rate in percent, a change signed); a figure the sentence does not state must be None.
    OK        kind, code, name piece, every figure, the rate and (execution) the fund_scope as expected ("OK≡": None
              recorded where general_budget is expected, which the warehouse reads as general_budget)
    WRONG     paired, but something differs (listed)
    LOST      no recorded claim shares a figure with it (an expected kind ending in "?" is optional: OK)
    SPURIOUS  a recorded claim carrying a not_claims sentence's figure, or one no expected claim took.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s36d/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s36d_data", None)
from rules_s36d_data import EXPECTED  # noqa: E402

from dagster_project.parser.tokens import compact  # noqa: E402

ORDER = review_check.ORDER
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


def figures(claim):
    out = {k: getattr(claim, a) for k, a in MONEY}
    out["rate"] = None if claim.stated_rate is None else claim.stated_rate * 100
    return out


def main_key(kind):
    return "actual" if kind.rstrip("?") in ("execution", "sangong_execution") else "amount"


def fmt(value):
    return "-" if value is None else f"{value.normalize():f}"


def compare(spec, claim):
    kind, code, name, scope, want = spec
    have = figures(claim)
    problems = []
    if claim.claim_kind != kind.rstrip("?"):
        problems.append(f"kind {claim.claim_kind}")
    problems += [f"{k} {fmt(have[k])}" for k in KEYS if want[k] != have[k]]
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
    return f"claim {kind} code={code or '-'} name~{name or '-'} {figs}"


def show(claim):
    f = figures(claim)
    figs = " ".join(f"{k}={fmt(f[k])}" for k in KEYS if f[k] is not None)
    sc = f" scope={claim.fund_scope}" if claim.claim_kind == "execution" else ""
    return (
        f"{claim.claim_kind} code={claim.subject_code or '-'} name={claim.subject_name!r} {figs}{sc} "
        f"(line {claim.source_line}) | {claim.sentence[:70]}"
    )


def claims_review(r, exp):
    claims = [c for c in r.claims if c.claim_kind != "project_execution"]
    specs = [
        (k, code, nm, sc, {key: figs.get(key) for key in KEYS}) for k, code, nm, sc, figs in exp["claims"]
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
                problems, _eq = compare(spec, cl)
                have = figures(cl)
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
                ("OK" if optional else "LOST", show_want(spec), "optional, not recorded" if optional else "-")
            )
            continue
        cl = claims[pairs[n]]
        problems, equivalent = compare(spec, cl)
        status = "WRONG" if problems else "OK"
        note = "; ".join(problems) + " | " if problems else ("OK≡ " if equivalent else "")
        rows.append((status, show_want(spec), note + show(cl)))
    for piece, figure, why in exp["not_claims"]:
        targets = {figure, figure * 10000}
        hit = [
            i
            for i, cl in enumerate(claims)
            if i not in used
            and norm(piece) in norm(cl.sentence)
            and any(
                v is not None and abs(v) in targets | ({figure} if k == "rate" else set())
                for k, v in figures(cl).items()
            )
        ]
        label = f"NOT a claim: {figure} in “{piece}” ({why})"
        if hit:
            used.update(hit)
            rows.append(("SPURIOUS", label, " // ".join(show(claims[i]) for i in hit)))
        else:
            rows.append(("OK", label, "not recorded"))
    for i, cl in enumerate(claims):
        if i not in used:
            rows.append(("SPURIOUS", "-", "claim nobody expected: " + show(cl)))
    return rows


def check(name, exp):
    """One input's rows: the tables' figures (check_exact_first), then the 说明's claims."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    return rows + claims_review(r, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
