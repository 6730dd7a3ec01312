"""Expected (rules_s25b_data.py, typed by hand) vs what the parser reads from each PDF drawn by gen.py.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s25b/check.py [-v] [name …]

Per expected figure: OK (read under its row, code, column, phase and table, with its value); WRONG (read
with another value, code, table or phase under its row and column, or its value read under another row or
column); LOST (not read, no warn/error diagnostic names its row, code or table); SAID (not read, a warn/error
diagnostic does). SPURIOUS: a figure read that no expected figure took. An input's status is its worst
line's (WRONG > SPURIOUS > LOST > SAID > OK)."""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402
from rules_s25b_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "SAID")
FACTOR = {"元": D(1), "万元": D(10000)}


def norm(text):
    return compact(text or "").replace("（", "(").replace("）", ")")


def label_is(label, name):
    """Whether a row label is the expected row's: its name (exact for totals), after its code if printed."""
    if name is None:
        return True
    lab, name = norm(label), norm(name)
    if name in ("合计", "总计"):
        return lab == name
    return any((k == 0 or lab[:k].isdigit()) and lab[k:] == name for k in (0, 3, 5, 7))


def yuan(value, factor):
    return (D(value.replace(",", "")) * factor).quantize(D("0.01"))


def show(a):
    return (
        f"{a.table_key} code={a.subject_code} label={a.row_label!r} col={a.column_key} "
        f"phase={a.phase} yuan={a.amount_yuan} (line {a.source_line})"
    )


def expected_cells(exp):
    """[(table, code, name, column_key, phase, yuan)] of an input."""
    factor = FACTOR[exp["unit"]]
    out = []
    groups = [(exp["table"], code, name, cols) for code, name, cols in exp["rows"]]
    groups += list(exp.get("extra", ()))
    for table, code, name, cols in groups:
        for col, value in cols.items():
            col, phase = col if isinstance(col, tuple) else (col, exp["phase"])
            out.append((table, code, name, col, phase, yuan(value, factor)))
    return out


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    cells = expected_cells(exp)
    taken, out = set(), []
    status = [None] * len(cells)
    found = [None] * len(cells)

    def same_row(a, table, code, row_name):
        return (
            a.table_key == table
            and label_is(a.row_label, row_name)
            and (code is None or a.subject_code == code)
        )

    def same_col(a, col):
        return col == "*" or a.column_key == col

    # 1. exact readings
    for n, (table, code, row_name, col, phase, value) in enumerate(cells):
        for a in r.amounts:
            if id(a) in taken:
                continue
            if (
                same_row(a, table, code, row_name)
                and same_col(a, col)
                and a.phase == phase
                and a.amount_yuan == value
                and (a.subject_code == code or (code is None and not a.subject_code) or row_name is None)
            ):
                taken.add(id(a))
                status[n], found[n] = "OK", a
                break
    # 2. its row and column read otherwise, or its value read elsewhere
    for n, (table, code, row_name, col, phase, value) in enumerate(cells):
        if status[n]:
            continue
        loose = [
            a
            for a in r.amounts
            if id(a) not in taken
            and (label_is(a.row_label, row_name) or (code and a.subject_code == code))
            and same_col(a, col)
            and (a.phase == phase or a.amount_yuan == value)
        ]
        if not loose:
            loose = [a for a in r.amounts if id(a) not in taken and a.amount_yuan == value]
        if loose:
            a = loose[0]
            taken.add(id(a))
            status[n], found[n] = "WRONG", a
            continue
        said = [
            d.check_name
            for d in warns
            if (row_name and norm(row_name) in norm(d.message))
            or (code and code in (d.message or ""))
            or (code and code in ((d.source_line and str(d.source_line)) or ""))
            or d.table_key == table
        ]
        status[n] = "SAID" if said else "LOST"
        found[n] = ",".join(sorted(set(said)))
    for n, (table, code, row_name, col, phase, value) in enumerate(cells):
        tag = f"{table} {code or '-'} {row_name or '*'} / {col} ({phase}) = {value}"
        if status[n] in ("OK", "WRONG"):
            out.append((status[n], tag, show(found[n])))
        else:
            out.append((status[n], tag, f"not read; said: {found[n]}"))
    factor = FACTOR[exp["unit"]]
    notes = {yuan(v, factor) for v in exp.get("not_loaded", ())} | {D(v) for v in exp.get("not_loaded", ())}
    for a in r.amounts:
        if id(a) not in taken:
            flag = " (a printed note/marker number)" if a.amount_yuan in notes else ""
            out.append(("SPURIOUS", "-", show(a) + flag))
    diags = [f"{d.severity} {d.check_name} [{d.table_key}]: {(d.message or '')[:170]}" for d in r.diagnostics]
    tables = [(t.table_key, getattr(t, "amount_unit", None)) for t in r.tables]
    return out, diags, tables, r


def main():
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    totals = {}
    for name, exp in EXPECTED.items():
        if only and not any(o in name for o in only):
            continue
        rows, diags, tables, _r = check(name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        counts = {s: sum(row[0] == s for row in rows) for s in ("OK", *ORDER)}
        print(f"{worst:8} {name}  " + " ".join(f"{s}={n}" for s, n in counts.items() if n))
        print(f"         [{exp['note']}]")
        for status, want, have in rows:
            if status != "OK" or verbose:
                print(f"   {status:8} expected {want}\n            got      {have}")
        if worst != "OK" or verbose:
            print(f"   tables   {tables}")
            for d in diags:
                print(f"   diag     {d}")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
