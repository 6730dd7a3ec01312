"""Expected (rules_s32f_data.py, typed by hand) vs what the parser gives, per input (../review_check.py), plus:
- meta: unit_name, doc_kind, fiscal_year, scope of the document (WRONG when another);
- the units' rows (unit_rows): not loaded and said as units' rows by a diagnostic of that table (any severity; its
  check name or message speaks of units, "unit", and it names the unit, its unit code, or is a check of units'
  rows): OK; SAID when only a warn / error of that table names the row or the table (said, not as a unit's); LOST
  when nothing of that table does (dropped in silence). Loaded, its figures are SPURIOUS (or WRONG) in the main
  check already (no line here);
- claims of kinds total_income_expenditure / total_income / total_expenditure: the department's expected ones OK when
  recorded with the stated figure, else LOST (SAID when a warn names the figure); a unit's stated figure (unit_claims)
  is OK unrecorded or recorded with the unit's name as its subject, WRONG recorded as the department's; any other
  recorded claim of those kinds is SPURIOUS (a second report's, a unit's under no name).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32f/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s32f_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER
KINDS = ("total_income_expenditure", "total_income", "total_expenditure")


def _claim_yuan(c):
    return next((v for v in (c.amount_yuan, c.actual_yuan, c.budget_yuan) if v is not None), None)


def extra(name, exp):
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    norm = review_check.norm
    out = []
    for field, want in exp["meta"].items():
        got = getattr(r.document, field)
        out.append(("OK" if got == want else "WRONG", f"meta {field} = {want}", f"{got}"))
    # the units' rows: not loaded, and said
    for table, unit, n in exp["unit_rows"]:
        code = next((u["code"] for u in _units(name) if u["name"] == unit), None)
        tag = f"{table} unit rows of {unit} ({n}) not loaded, said"
        loaded = [a for a in r.amounts if a.table_key == table and norm(unit) in norm(a.row_label)]
        if loaded:
            continue  # SPURIOUS (or WRONG) in the main check
        of_table = [d for d in r.diagnostics if d.table_key == table]

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
            named = any(names(d) for d in of_table if d.severity in ("warn", "error"))
            out.append(
                (
                    "SAID",
                    tag,
                    f"{'its row named' if named else 'its table named'}, not as a unit's: {','.join(sorted(set(said)))}",
                )
            )
        else:
            out.append(("LOST", tag, "no diagnostic of its table"))
    # claims
    got = [c for c in r.claims if c.claim_kind in KINDS]
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    taken = set()
    for kind, figure in exp["claims"]:
        want = D(figure.replace(",", "")) * 10000
        tag = f"claim {kind} = {figure} 万元"
        c = next(
            (c for c in got if id(c) not in taken and c.claim_kind == kind and _claim_yuan(c) == want), None
        )
        if c is None:
            said = [d.check_name for d in warns if figure in d.message]
            near = [f"{c.claim_kind}={_claim_yuan(c)}" for c in got if c.claim_kind == kind]
            out.append(
                ("SAID" if said else "LOST", tag, f"not recorded (recorded: {', '.join(near) or '-'})")
            )
            continue
        taken.add(id(c))
        out.append(("OK", tag, f"line {c.source_line}"))
    for kind, figure, unit in exp["unit_claims"]:
        want = D(figure.replace(",", "")) * 10000
        tag = f"unit claim {kind} = {figure} 万元 of {unit}"
        c = next(
            (c for c in got if id(c) not in taken and c.claim_kind == kind and _claim_yuan(c) == want), None
        )
        if c is None:
            out.append(("OK", tag, "not recorded"))
            continue
        taken.add(id(c))
        own = c.subject_name and norm(unit) in norm(c.subject_name)
        out.append(
            (
                "OK" if own else "WRONG",
                tag,
                f"recorded with subject {c.subject_name!r} (line {c.source_line})"
                + ("" if own else ": a unit's figure as the department's"),
            )
        )
    for c in got:
        if id(c) not in taken:
            out.append(
                (
                    "SPURIOUS",
                    "-",
                    f"claim {c.claim_kind} {_claim_yuan(c)} subject={c.subject_name!r} (line {c.source_line}): "
                    f"{c.sentence[:60]}",
                )
            )
    return out


def _units(name):
    from rules_s32f_data import BUILT

    return BUILT[name][0]["units"]


def check(name, exp):
    # (exact readings matched first: the tables by code and by unit print the same 合计 labels)
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    return rows + extra(name, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
