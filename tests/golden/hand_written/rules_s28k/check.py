"""Expected self-evaluation claims and neighbour-table amounts (rules_s28k_data.py, typed by hand) vs what the
parser gives, per input.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s28k/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)

Per expected claim (claim_kind 'project_execution'), paired with a recorded one by its project name, else by
its 执行数, else by its budget:
  OK        name, budget, actual, rate (and its printed decimals) and unit as expected
  WRONG     paired, but a field differs (listed)
  LOST      not recorded, and no warn/error diagnostic names its project or its table's title
  SAID      not recorded, a warn/error diagnostic names its project or its table's title
Per expected neighbour amount (the 三公 table's figures): OK when read under its table, column and phase
with its value; WRONG when read with another value; LOST when not read (SAID when a diagnostic names its
table).
SPURIOUS: a recorded self-evaluation claim no expected claim took (a target table's, an indicator's), a
claim of another kind carrying a performance table's figure, or an amount no expected amount took (a figure
of a performance table loaded as money; the line says whether it is one of the input's not_money figures).
An input's status is its worst line's (WRONG > SPURIOUS > LOST > SAID > OK)."""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[3])), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402
from rules_s28k_data import EXPECTED, WHOLE  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "SAID")
FACTOR = {"元": D(1), "万元": D(10000)}
_FOLD = str.maketrans({"（": "(", "）": ")", "“": '"', "”": '"', "：": ":"})


def norm(text):
    return compact(text or "").translate(_FOLD)


def num(text):
    return D(text.replace(",", ""))


def base_key(key):
    head, _, tail = key.rpartition("_")
    return head if tail.isdigit() else key


def name_ok(project, claim):
    if project.startswith(WHOLE):
        dept = project[len(WHOLE) :]
        return norm(dept) in norm(claim.subject_name) and "整体" in (claim.subject_name or "")
    return norm(claim.subject_name) == norm(project)


def show_claim(c):
    def f(v):
        return "-" if v is None else f"{v.normalize():f}"

    return (
        f"{c.claim_kind} name={c.subject_name!r} budget={f(c.budget_yuan)} actual={f(c.actual_yuan)} "
        f"rate={f(c.stated_rate)} ({c.rate_decimals} dec) unit={c.amount_unit} (line {c.source_line})"
    )


def show_amount(a):
    return (
        f"{a.table_key} label={a.row_label!r} col={a.column_key} phase={a.phase} raw={a.amount_raw!r} "
        f"yuan={a.amount_yuan} (line {a.source_line})"
    )


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    rows = []
    # ------------------------------------------------------------------------------------------ claims
    got = [c for c in r.claims if c.claim_kind == "project_execution"]
    used = set()
    specs = exp["claims"]
    pairs = {}
    for how in ("name", "actual", "budget"):
        for n, (project, budget, actual, _rate, unit, _title) in enumerate(specs):
            if n in pairs:
                continue
            f = FACTOR[unit]
            for i, c in enumerate(got):
                if i in used:
                    continue
                if (
                    (how == "name" and name_ok(project, c))
                    or (how == "actual" and c.actual_yuan == num(actual) * f)
                    or (how == "budget" and c.budget_yuan == num(budget) * f)
                ):
                    pairs[n] = i
                    used.add(i)
                    break
    for n, (project, budget, actual, rate, unit, title) in enumerate(specs):
        f = FACTOR[unit]
        want = f"{project} budget={budget} actual={actual} rate={rate} {unit}"
        if n not in pairs:
            key = norm(project[len(WHOLE) :] if project.startswith(WHOLE) else project)
            said = sorted(
                {d.check_name for d in warns if key in norm(d.message) or norm(title) in norm(d.message)}
            )
            rows.append(("SAID" if said else "LOST", want, f"not recorded; said: {','.join(said) or '-'}"))
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
            (
                "WRONG" if problems else "OK",
                want,
                ("/".join(problems) + ": " if problems else "") + show_claim(c),
            )
        )
    bad = {num(v) for v in exp["not_money"] if "*" not in v}
    for i, c in enumerate(got):
        if i not in used:
            rows.append(("SPURIOUS", "-", "self-evaluation claim nobody expected: " + show_claim(c)))
    for c in r.claims:
        if c.claim_kind == "project_execution":
            continue
        figures = {v for v in (c.budget_yuan, c.actual_yuan, c.amount_yuan) if v is not None}
        hits = [v for v in figures if any(v in (b, b * 10000) for b in bad)]
        if hits:
            rows.append(("SPURIOUS", "-", f"claim carries a performance figure {hits}: " + show_claim(c)))
    # ----------------------------------------------------------------------------------------- amounts
    taken = set()
    for table, col, phase, value, unit in exp["amounts"]:
        want = num(value) * FACTOR[unit]
        tag = f"{table} {col}@{phase} = {value} {unit}"
        cands = [
            a
            for a in r.amounts
            if id(a) not in taken
            and base_key(a.table_key) == table
            and a.column_key == col
            and a.phase == phase
        ]
        cands.sort(key=lambda a: a.amount_yuan != want)
        if not cands:
            said = sorted({d.check_name for d in warns if base_key(d.table_key or "") == table})
            rows.append(("SAID" if said else "LOST", tag, f"not read; said: {','.join(said) or '-'}"))
            continue
        a = cands[0]
        taken.add(id(a))
        rows.append(("OK" if a.amount_yuan == want else "WRONG", tag, show_amount(a)))
    raws = {v.replace(",", "") for v in exp["not_money"]}
    for a in r.amounts:
        if id(a) in taken:
            continue
        raw = (a.amount_raw or "").replace(",", "").rstrip("%")
        what = "a performance table's figure" if raw in raws else "an amount nobody expected"
        rows.append(("SPURIOUS", "-", f"{what}: " + show_amount(a)))
    diags = [
        f"{d.severity} {d.check_name} [{d.table_key}] line {d.source_line}: {d.message[:170]}"
        for d in r.diagnostics
    ]
    tables = ", ".join(f"{t.table_key}({t.table_title},{t.amount_unit})" for t in r.tables)
    diags.insert(0, f"tables: {tables}")
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
