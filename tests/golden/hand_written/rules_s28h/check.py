"""Expected detail lines (rules_s28h_data.py, typed by hand) vs the parser's r.line_items, per input.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s28h/check.py [-v] [file …]
(PARSER_ROOT=/path/to/checkout runs it against another checkout of the parser.)

An expected line is matched to a read line on its three codes and its amount (among lines not yet taken; the
same project name first, then the nearest in order); failing that, to a read line of the same amount and at
least one of its codes, or of the same three codes (another amount). Per expected line:
- OK: matched, and every field is as printed: the three codes, their names (a name "?x" may be x or None),
  the project name (white space and full-width forms aside), the type, the amount in yuan;
- WRONG: matched, a field differs (code / name / project / type / amount are named);
- LOST: not read, and no warn/error diagnostic names its table (by key or by title words) or its figure;
- SAID: not read, a warn/error diagnostic names its table or its figure.
SPURIOUS: a read line no expected line took (a 小计 / 合计 / heading taken for a line).
An input's status is its worst line's (WRONG > SPURIOUS > LOST > SAID > OK)."""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[3])), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402
from rules_s28h_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "SAID")
FACTOR = {"元": D(1), "万元": D(10000)}
FIELDS = ("functional_code", "economic_government_code", "economic_department_code")


def norm(text):
    return compact(text or "")


def yuan(value, unit):
    return D(value.replace(",", "")) * FACTOR[unit]


def show(i):
    return (
        f"{i.table_key} f={i.functional_code} {i.functional_name!r} g={i.economic_government_code} "
        f"{i.economic_government_name!r} d={i.economic_department_code} {i.economic_department_name!r} "
        f"project={i.project_name!r} type={i.expenditure_type} yuan={i.amount_yuan} (line {i.source_line})"
    )


def name_ok(got, want):
    if want is None:
        return got is None
    if want.startswith("?"):
        return got is None or norm(got) == norm(want[1:])
    return norm(got) == norm(want)


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    unit = exp["unit"]
    items = list(r.line_items)
    taken = set()
    title_keys = {t.table_key for t in r.tables if norm(exp["title"]) in norm(t.table_title)}
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    out = []
    for n, (f, fn, g, gn, d, dn, project, kind, amount) in enumerate(exp["lines"]):
        want = yuan(amount, unit)
        codes = (f, g, d)
        tag = f"{f} {g} {d} {project or '-'} {kind} {amount}"
        free = [(k, i) for k, i in enumerate(items) if k not in taken]

        def same_codes(i):
            return tuple(getattr(i, c) for c in FIELDS) == codes

        def rank(pair):
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
                    or norm(exp["title"]) in norm(x.message)
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
            if not name_ok(got, wanted):
                problems.append(label)
        if norm(i.project_name) != norm(project) or (project is None) != (i.project_name is None):
            problems.append("project")
        if i.expenditure_type != kind:
            problems.append("type")
        if i.amount_yuan != want:
            problems.append("amount")
        status = "WRONG" if problems else "OK"
        out.append((status, tag, ("/".join(problems) + ": " if problems else "") + show(i)))
    for k, i in enumerate(items):
        if k not in taken:
            out.append(("SPURIOUS", "-", show(i)))
    diags = [f"{x.severity} {x.check_name} [{x.table_key}]: {x.message[:170]}" for x in r.diagnostics]
    return out, diags


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
        print(f"{worst:8} {name}  [{exp['note']}]  " + " ".join(f"{s}={c}" for s, c in counts.items() if c))
        for status, want, have in rows:
            if status != "OK" or verbose:
                print(f"   {status:8} expected {want}\n            got      {have}")
        if worst != "OK" or verbose:
            for line in diags[:8]:
                print(f"   diag     {line}")
            if len(diags) > 8:
                print(f"   diag     … {len(diags) - 8} more")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
