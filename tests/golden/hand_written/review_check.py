"""The reviews' check (rules_s25a/, rules_s25c/, rules_s26/: each folder's check.py runs it on its
inputs with its rules_*_data.py): expected values, typed by hand, vs what the parser gives, per input.
(PARSER_ROOT=/tmp/base runs it against another checkout of the parser, e.g. the code before a session.)

Per expected figure: OK (read under its table, code, row name, column and phase, with its value); WRONG
(read, but under another code / row name / table / column / phase, or with another value); LOST (not read,
and no warn/error diagnostic names its row, its code or its table); SAID (not read, a warn/error diagnostic
names the row, its code, or its table as a whole). SPURIOUS: a figure read that no expected figure took.
An input's status is its worst line's (WRONG > SPURIOUS > LOST > SAID > OK).

A row's 4th element, where given, is the subject_name its amounts must carry (else WRONG: subject_name).
A value ending in "?" is a dash cell: not loading it is fine (OK), loading another value is WRONG.
only_tables: the exact set of table keys the document must give. A table key "a|b" accepts either.

Row names are checked as well as codes: a coded row's label must be its code and its whole printed name
(a code's name is what the warehouse keeps for it), a named row's label must begin with its name."""

import os
import re
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.environ.get("PARSER_ROOT", str(HERE.parents[2]))]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import compact  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "SAID")
FACTOR = {"元": D(1), "万元": D(10000)}


def norm(text):
    return compact(text or "").replace("（", "(").replace("）", ")")


def bare(label):
    """A label without its leading code (a year, "2024年预算数", is no code)."""
    return re.sub(r"^\d{3,7}(?!\d|年)", "", norm(label))


def yuan(value, unit):
    return D(value.replace(",", "")) * FACTOR[unit]


def row_matches(a, code, name):
    if name == "*":
        return True
    if code is not None and a.subject_code == code:
        return True
    if code is None and name in ("合计", "总计"):
        return norm(a.row_label) == name
    return bare(a.row_label).startswith(norm(name)) if code is None else bare(a.row_label) == norm(name)


def label_ok(a, code, name):
    if name == "*":
        return True
    if code is None:
        return (
            norm(a.row_label) == name
            if name in ("合计", "总计")
            else norm(a.row_label).startswith(norm(name))
        )
    return norm(a.row_label) in (code + norm(name), norm(name))


def show(a):
    return (
        f"{a.table_key} code={a.subject_code} label={a.row_label!r} col={a.column_key} "
        f"phase={a.phase} yuan={a.amount_yuan} subj={a.subject_name!r} (line {a.source_line})"
    )


def check(folder, name, exp):
    r = parse_document((folder / name).read_bytes(), name)
    own_phase = "actual" if exp["kind"] == "final_account" else "budget"
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    taken = set()
    out = []
    for spec in exp["tables"]:
        unit = spec["unit"]
        present = {t.table_key for t in r.tables}
        choices = spec["table"].split("|")
        table = next((c for c in choices if c in present), choices[0])
        for code, row_name, cols, *sname in spec["rows"]:
            for col, value in cols.items():
                key, _, phase = col.partition("@")
                phase = phase or own_phase
                optional = value.endswith("?")
                value = value.rstrip("?")
                want = yuan(value, unit)
                tag = f"{table} {code or '-'} {row_name} / {col} = {value}"
                free = [a for a in r.amounts if id(a) not in taken and row_matches(a, code, row_name)]
                same_col = [a for a in free if a.column_key == key and a.phase == phase]
                # the best reading: the expected table first, then the right value, then the right label
                same_col.sort(
                    key=lambda a: (
                        a.table_key != table,
                        a.amount_yuan != want,
                        not label_ok(a, code, row_name),
                    )
                )
                found = (
                    same_col[:1] or [a for a in free if a.table_key == table and a.amount_yuan == want][:1]
                )
                if not found and optional:
                    out.append(("OK", tag, "dash cell not loaded"))
                    continue
                if not found:
                    said = sorted(
                        {
                            d.check_name
                            for d in warns
                            if (row_name != "*" and norm(row_name) in norm(d.message))
                            or (code is not None and code in d.message)
                            or (d.table_key == table and "row '" not in d.message)
                        }
                    )
                    out.append(("SAID" if said else "LOST", tag, f"not read; said: {','.join(said)}"))
                    continue
                a = found[0]
                taken.add(id(a))
                problems = []
                if a.amount_yuan != want:
                    problems.append("value")
                if (code is not None and a.subject_code != code) or (code is None and a.subject_code):
                    problems.append("code")
                if not label_ok(a, code, row_name):
                    problems.append("label")
                if a.table_key != table:
                    problems.append("table")
                if a.column_key != key:
                    problems.append("column")
                if a.phase != phase:
                    problems.append("phase")
                if sname and norm(a.subject_name) != norm(sname[0]):
                    problems.append(f"subject_name {a.subject_name!r}")
                status = "WRONG" if problems else "OK"
                out.append((status, tag, ("/".join(problems) + ": " if problems else "") + show(a)))
        tables = {t.table_key: t for t in r.tables}
        if table not in tables:
            out.append(("WRONG", f"table {table}", f"tables: {sorted(tables)}"))
        elif tables[table].amount_unit != unit:
            out.append(("WRONG", f"unit of {table} {unit}", f"unit {tables[table].amount_unit}"))
    if exp.get("only_tables") is not None:
        keys = sorted(t.table_key for t in r.tables)
        if keys != sorted(exp["only_tables"]):
            out.append(("WRONG", f"tables {exp['only_tables']}", f"tables: {keys}"))
    for a in r.amounts:
        if id(a) not in taken:
            out.append(("SPURIOUS", "-", show(a)))
    diags = [f"{d.severity} {d.check_name} [{d.table_key}]: {d.message[:170]}" for d in r.diagnostics]
    return out, diags


def _given_exactly(r, spec, row, col, value, own_phase):
    """Whether the parser gives this expected figure exactly (its table, code or label, column, phase, value)."""
    code, name = row[0], row[1]
    key, _, phase = col.partition("@")
    want = yuan(value.rstrip("?"), spec["unit"])
    return any(
        a.table_key == spec["table"]
        and a.column_key == key
        and a.phase == (phase or own_phase)
        and a.amount_yuan == want
        and (a.subject_code == code if code else row_matches(a, None, name))
        for a in r.amounts
    )


def check_exact_first(folder, name, exp):
    """``check`` with the expected figures the parser gives exactly matched first, then the rest (the
    tables the parser read first, the 三公 row "*" last): an unread table's figures do not take the
    readings of another table printing the same labels (two summaries, every 合计 row) from their own."""
    r = parse_document((folder / name).read_bytes(), name)
    own_phase = "actual" if exp["kind"] == "final_account" else "budget"
    have = {a.table_key for a in r.amounts}
    first, rest = [], []
    for t in exp["tables"]:
        a, b = [], []
        for row in t["rows"]:
            for col, value in row[2].items():
                one = (row[0], row[1], {col: value}, *row[3:])
                (a if _given_exactly(r, t, row, col, value, own_phase) else b).append(one)
        first.append(dict(t, rows=a))
        rest.append(dict(t, rows=b))
    rest.sort(key=lambda t: (t["table"] not in have, any(row[1] == "*" for row in t["rows"])))
    rows, diags = check(folder, name, dict(exp, tables=first + rest))
    seen = set()
    out = []
    for row in rows:  # a table's presence and unit are checked once per pass: keep one line
        if row[1].startswith(("table ", "unit of ")):
            if row[1] in seen:
                continue
            seen.add(row[1])
        out.append(row)
    return out, diags


# The 说明's claims of a review's input: (kind, code, {figure: value in 万元 or percent}) per expected claim, and
# not_claims (a piece of a 说明 sentence and a count or area it prints). OK when a recorded claim of that kind
# carries every figure, WRONG when one shares the main figure but differs, LOST when none; per not_claims entry
# SPURIOUS when a recorded claim whose sentence holds the piece carries that number (as 万元, 元 or a rate), else
# OK; SPURIOUS: any other recorded claim no expected one took. (As rules_s32c / s33c / s35a reviewed them.)
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
            and norm(piece) in norm(c.sentence)
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


def check_with_claims(folder, name, exp):
    """One input's rows: its figures' (``check_exact_first``) and its claims' (``claims_review``)."""
    rows, diags = check_exact_first(folder, name, exp)
    return rows + claims_review(parse_document((folder / name).read_bytes(), name), exp), diags


def main(folder, expected, own_check=None):
    """Print each input's status and its lines that are not OK (all with -v). ``own_check(name, exp)``: a
    set's check adding rows of its own (claims, line items) to the figures'."""
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    totals = {}
    for name, exp in expected.items():
        if only and not any(o in name for o in only):
            continue
        rows, diags = own_check(name, exp) if own_check else check(folder, name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        counts = {s: sum(row[0] == s for row in rows) for s in ("OK", *ORDER)}
        print(f"{worst:8} {name}  [{exp['note']}]  " + " ".join(f"{s}={n}" for s, n in counts.items() if n))
        if exp.get("not_loaded"):
            print(f"   (must not load: {exp['not_loaded']})")
        for status, want, have in rows:
            if status != "OK" or verbose:
                print(f"   {status:8} expected {want}\n            got      {have}")
        if worst != "OK" or verbose:
            for d in diags[:6]:
                print(f"   diag     {d}")
            if len(diags) > 6:
                print(f"   diag     … {len(diags) - 6} more")
    print("inputs:", totals)
