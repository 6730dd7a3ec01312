"""Expected (rules_s34d_data.py, typed by hand) vs what the parser gives, per input: the figures and the exact set
of tables as ../review_check.py checks them (check_exact_first), and besides (this review's theme: which document,
which tables):
- document: each field of exp["meta"] (unit_name with brackets folded to half width); a field that differs is WRONG;
- tables: their keys in document order (WRONG when the order differs: a 目录 entry or a second report's table made a
  table, or a table lost), each table's is_empty as expected (WRONG); an empty table whose amount_unit is None is
  fine (it prints no figure to scale), another unit than printed is WRONG;
- second_report (d8): a warn diagnostic second_report (SAID-worthy: OK when given, LOST when not);
- no_tables (d9): parse_status no_tables and an error diagnostic no_tables saying why (LOST when none); any table,
  figure, claim or line item loaded from it is SPURIOUS.
Statuses as review_check's: WRONG > SPURIOUS > LOST > SAID > OK.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s34d/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s34d_data", None)
from rules_s34d_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def fold(text):
    return None if text is None else review_check.norm(text)


def check(name, exp):
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    tables = {t.table_key: t for t in r.tables}
    empty = {t["table"] for t in exp["tables"] if t.get("empty")}
    out = []
    for row in rows:
        status, want, have = row
        if status == "WRONG" and want.startswith("unit of "):
            key = want.removeprefix("unit of ").split(" ")[0]
            if key in empty and key in tables and tables[key].amount_unit is None:
                out.append(("OK", want + " (empty table)", "unit None"))
                continue
        if status == "WRONG" and want.startswith("tables "):
            want = "tables (as a set) " + want.removeprefix("tables ")
        out.append((status, want, have))
    order = [t.table_key for t in r.tables]
    out.append(
        (
            "OK" if order == exp["only_tables"] else "WRONG",
            f"table order {exp['only_tables']}",
            f"order {order}",
        )
    )
    for t in exp["tables"]:
        got = tables.get(t["table"])
        if got is None:
            continue
        status = "OK" if got.is_empty == t["empty"] else "WRONG"
        out.append(
            (
                status,
                f"{t['table']} empty={t['empty']}",
                f"is_empty={got.is_empty} reason={got.empty_reason!r}",
            )
        )
    d = r.document
    for field, want in exp["meta"].items():
        have = getattr(d, field)
        same = fold(have) == fold(want) if field == "unit_name" else have == want
        out.append(("OK" if same else "WRONG", f"document {field} = {want!r}", f"{have!r}"))
    if exp.get("second_report"):
        said = [
            x for x in r.diagnostics if x.check_name == "second_report" and x.severity in ("warn", "error")
        ]
        out.append(
            (
                "OK" if said else "LOST",
                "diagnostic second_report (the file's second report said, not loaded)",
                "; ".join(f"line {x.source_line}: {x.message[:90]}" for x in said) if said else "none",
            )
        )
    if exp.get("no_tables"):
        said = [x for x in r.diagnostics if x.check_name == "no_tables" and x.severity in ("warn", "error")]
        out.append(
            (
                "OK" if said else "LOST",
                "diagnostic no_tables saying why",
                "; ".join(x.message[:160] for x in said) if said else "none",
            )
        )
        for c in r.claims:
            out.append(("SPURIOUS", "-", f"claim {c.claim_kind} {c.subject_name!r} (line {c.source_line})"))
        for i in r.line_items:
            out.append(
                ("SPURIOUS", "-", f"line item {i.project_name!r} {i.amount_yuan} (line {i.source_line})")
            )
    return out, diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
