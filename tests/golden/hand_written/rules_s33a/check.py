"""Expected (rules_s33a_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them, plus
- the 项目支出预算明细表's lines (r.line_items), matched as rules_s28h/check.py matches them: on the three codes and the
  amount (the same project name first, then the nearest in order), failing that on the amount and one code, or on
  the three codes; OK when every field is as printed (codes, their names, the project name, the type, the amount),
  WRONG when a field differs (named), LOST / SAID when not read (SAID: a warn/error names the detail table or the
  figure), SPURIOUS: a read line no expected line took;
- the 说明's claims (kind, code and every stated figure in 万元): OK when a recorded claim of that kind carries
  them all, WRONG when one of that kind (or of any kind) shares the main figure but differs, LOST when none;
  SPURIOUS: a recorded claim no expected one took.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s33a/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s33a_data", None)
from rules_s33a_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER
FIELDS = ("functional_code", "economic_government_code", "economic_department_code")
norm = review_check.norm


def show_line(i):
    return (
        f"{i.table_key} f={i.functional_code} {i.functional_name!r} g={i.economic_government_code} "
        f"{i.economic_government_name!r} d={i.economic_department_code} {i.economic_department_name!r} "
        f"project={i.project_name!r} type={i.expenditure_type} yuan={i.amount_yuan} (line {i.source_line})"
    )


def lines_review(r, exp):
    spec = exp.get("lines")
    if not spec:
        return [("SPURIOUS", "-", show_line(i)) for i in r.line_items]
    unit = spec["unit"]
    items = list(r.line_items)
    taken = set()
    title_keys = {t.table_key for t in r.tables if norm(spec["title"]) in norm(t.table_title)}
    warns = [x for x in r.diagnostics if x.severity in ("warn", "error")]
    out = []
    for n, (f, fn, g, gn, dc, dn, project, kind, amount) in enumerate(spec["lines"]):
        want = review_check.yuan(amount, unit)
        codes = (f, g, dc)
        tag = f"line {f} {g or '-'} {dc} {project} {amount}"
        free = [(k, i) for k, i in enumerate(items) if k not in taken]

        def same_codes(i):
            return tuple(getattr(i, c) for c in FIELDS) == codes

        def rank(pair, n=n, project=project):
            k, i = pair
            return (norm(i.project_name) != norm(project), abs(k - n))

        exact = sorted([p for p in free if same_codes(p[1]) and p[1].amount_yuan == want], key=rank)
        near = sorted(
            [
                p
                for p in free
                if p[1].amount_yuan == want and any(getattr(p[1], c) == v for c, v in zip(FIELDS, codes))
            ],
            key=rank,
        )
        other = sorted([p for p in free if same_codes(p[1])], key=rank)
        found = (exact or near or other)[:1]
        if not found:
            raw = amount.replace(",", "")
            said = sorted(
                {
                    x.check_name
                    for x in warns
                    if x.table_key in title_keys
                    or norm(spec["title"]) in norm(x.message)
                    or raw in (x.message + (x.observed or "")).replace(",", "")
                }
            )
            out.append(("SAID" if said else "LOST", tag, f"not read; said: {','.join(said) or '-'}"))
            continue
        k, i = found[0]
        taken.add(k)
        problems = [c.split("_")[-2] + " code" for c, v in zip(FIELDS, codes) if getattr(i, c) != v]
        for label, got, wanted in (
            ("functional name", i.functional_name, fn),
            ("government name", i.economic_government_name, gn),
            ("department name", i.economic_department_name, dn),
        ):
            if (wanted is None and got is not None) or (wanted is not None and norm(got) != norm(wanted)):
                problems.append(label)
        if norm(i.project_name) != norm(project):
            problems.append("project")
        if i.expenditure_type != kind:
            problems.append("type")
        if i.amount_yuan != want:
            problems.append("amount")
        out.append(
            (
                "WRONG" if problems else "OK",
                tag,
                ("/".join(problems) + ": " if problems else "") + show_line(i),
            )
        )
    for k, i in enumerate(items):
        if k not in taken:
            out.append(("SPURIOUS", "-", show_line(i)))
    return out


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


def extra(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    return lines_review(r, exp) + claims_review(r, exp)


def check(name, exp):
    """The figures' rows (../review_check.py) and this set's own (extra), as one input's rows."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    return rows + extra(name, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
