"""Expected (rules_s34e_data.py, typed by hand) vs what the parser gives, per input:
- the 9 main tables' figures as ../review_check.py reviews them (check_exact_first), and the main tables' keys
  (WRONG when the parser's non-performance tables are not exactly main_keys);
- the self-evaluation claims (claim_kind 'project_execution') as rules_s28k/check.py reviews them (copied): paired
  by project name, else 执行数, else budget; OK when name, budget, actual, rate (and its printed decimals) and unit
  are as expected, WRONG when paired but a field differs, LOST / SAID when not recorded (SAID: a warn diagnostic
  names the project or its table's title);
- the 说明's claims as rules_s33c/check.py reviews them (copied): OK when a recorded claim of that kind and code
  carries every stated figure (万元), WRONG when one shares the main figure but differs, LOST when none;
SPURIOUS: an amount no expected figure took (a performance table's figure loaded as money says so), a
project_execution claim no expected one took, any other claim no expected one took.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s34e/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s34e_data", None)
from rules_s34e_data import EXPECTED  # noqa: E402

from dagster_project.parser.tokens import compact  # noqa: E402

ORDER = review_check.ORDER
FACTOR = {"元": D(1), "万元": D(10000)}
WHOLE = "整体:"
_FOLD = str.maketrans({"（": "(", "）": ")", "“": '"', "”": '"', "：": ":"})


def norm(text):
    return compact(text or "").translate(_FOLD)


def num(text):
    return D(text.replace(",", ""))


def base_key(key):
    head, _, tail = key.rpartition("_")
    return head if tail.isdigit() else key


# ------------------------------------------------------------------------------ self-evaluation (rules_s28k's)
def name_ok(project, claim):
    if project.startswith(WHOLE):
        return norm(project[len(WHOLE) :]) in norm(claim.subject_name) and "整体" in (
            claim.subject_name or ""
        )
    return norm(claim.subject_name) == norm(project)


def show_pe(c):
    def f(v):
        return "-" if v is None else f"{v.normalize():f}"

    return (
        f"name={c.subject_name!r} budget={f(c.budget_yuan)} actual={f(c.actual_yuan)} rate={f(c.stated_rate)} "
        f"({c.rate_decimals} dec) unit={c.amount_unit} (line {c.source_line})"
    )


def selfeval_review(r, specs):
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    got = [c for c in r.claims if c.claim_kind == "project_execution"]
    used, pairs, rows = set(), {}, []
    for how in ("name", "actual", "budget"):
        for n, (project, budget, actual, _rate, unit, _title) in enumerate(specs):
            if n in pairs:
                continue
            f = FACTOR[unit]
            for i, c in enumerate(got):
                if i not in used and (
                    (how == "name" and name_ok(project, c))
                    or (how == "actual" and c.actual_yuan == num(actual) * f)
                    or (how == "budget" and c.budget_yuan == num(budget) * f)
                ):
                    pairs[n] = i
                    used.add(i)
                    break
    for n, (project, budget, actual, rate, unit, title) in enumerate(specs):
        f = FACTOR[unit]
        tag = f"self-evaluation {project} budget={budget} actual={actual} rate={rate} {unit}"
        if n not in pairs:
            key = norm(project[len(WHOLE) :] if project.startswith(WHOLE) else project)
            said = sorted(
                {d.check_name for d in warns if key in norm(d.message) or norm(title) in norm(d.message)}
            )
            rows.append(("SAID" if said else "LOST", tag, f"not recorded; said: {','.join(said) or '-'}"))
            continue
        c = got[pairs[n]]
        problems = []
        if not name_ok(project, c):
            problems.append("name")
        if c.budget_yuan != num(budget) * f:
            problems.append("budget")
        if c.actual_yuan != num(actual) * f:
            problems.append("actual")
        if c.stated_rate is None or c.stated_rate * 100 != num(rate):
            problems.append("rate")
        elif c.rate_decimals != len(rate.partition(".")[2]):
            problems.append("rate_decimals")
        if c.amount_unit != unit:
            problems.append("unit")
        rows.append(
            ("WRONG" if problems else "OK", tag, ("/".join(problems) + ": " if problems else "") + show_pe(c))
        )
    for i, c in enumerate(got):
        if i not in used:
            rows.append(("SPURIOUS", "-", "self-evaluation claim nobody expected: " + show_pe(c)))
    return rows


# ------------------------------------------------------------------------------ 说明 claims (rules_s33c's)
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
    claims = [c for c in r.claims if c.claim_kind != "project_execution"]
    used, out = set(), []
    for kind, code, figs in exp["claims"]:
        want = {k: D(v) for k, v in figs.items()}
        tag = f"claim {kind} {code or '-'} " + " ".join(f"{k}={v}" for k, v in figs.items())
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


def check(name, exp):
    """One input's rows: the main tables' figures, their keys, the self-evaluation claims, the 说明's claims."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    bad = {v.replace(",", "") for v in exp["not_money"]}
    rows = [
        (s, w, ("a performance table's figure loaded: " if s == "SPURIOUS" and _raw_in(h, bad) else "") + h)
        for s, w, h in rows
    ]
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    keys = sorted(t.table_key for t in r.tables if base_key(t.table_key) != "performance")
    if keys != exp["main_keys"]:
        rows.append(("WRONG", f"main tables {exp['main_keys']}", f"tables: {keys}"))
    perf = [t for t in r.tables if base_key(t.table_key) == "performance"]
    diags.insert(
        0, "performance tables: " + ", ".join(f"{t.table_key}({t.table_title},{t.amount_unit})" for t in perf)
    )
    return rows + selfeval_review(r, exp["selfeval"]) + claims_review(r, exp), diags


def _raw_in(have, bad):
    import re

    m = re.search(r"yuan=(-?[\d.]+)", have)
    if not m:
        return False
    v = D(m.group(1))
    return any(v in (num(b), num(b) * 10000) for b in bad)


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
