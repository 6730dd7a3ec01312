"""Expected (rules_s28f_data.py, typed by hand) vs what the parser gives, per input: the figures and the exact
set of tables as ../review_check.py checks them, and besides (this review's theme: which document, which
tables):
- document: each field of exp["meta"] (unit_name with brackets folded); a field that differs is WRONG;
- tables: their keys in document order (WRONG when the order differs), each table's is_empty as expected
  (WRONG), and a table printing no unit line (unit "万元?"): amount_unit None with a warn diagnostic naming
  the table, or the unit its identities give, is fine; another unit, or None unsaid, is WRONG (its figures
  are checked in the unit the identities give).
Statuses as review_check's: WRONG > SPURIOUS > LOST > SAID > OK.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s28f/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s28f_data import EXPECTED  # noqa: E402

from dagster_project.parser import parse_document  # noqa: E402  (review_check put the root on the path)

ORDER = review_check.ORDER


def fold(text):
    return None if text is None else review_check.norm(text)


def check(name, exp):
    spec = copy.deepcopy(exp)
    inferred = {}
    for t in spec["tables"]:
        if t["unit"] and t["unit"].endswith("?"):
            t["unit"] = t["unit"].rstrip("?")
            inferred[t["table"]] = t["unit"]
    rows, diags = review_check.check(HERE, name, spec)
    r = parse_document((HERE / name).read_bytes(), name)
    tables = {t.table_key: t for t in r.tables}
    out = []
    shown = {}
    for a in r.amounts:
        shown.setdefault(review_check.show(a), a)
    expected_keys = {t["table"] for t in exp["tables"]}
    unchecked = 0
    for status, want, have in rows:
        if status == "SPURIOUS":
            a = shown.get(have)
            # a figure of an expected table that no sampled figure took is not checked, unless it is no money
            # the table prints (a year, a page or row number: an integer without separators)
            if (
                a is not None
                and a.table_key in expected_keys
                and not re.fullmatch(r"\d{1,4}", a.amount_raw.strip())
            ):
                unchecked += 1
                continue
            if a is not None:
                have += f" raw={a.amount_raw!r}"
        key = want.removeprefix("unit of ").split(" ")[0]
        if status == "WRONG" and want.startswith("unit of ") and key in inferred:
            continue  # judged below
        if status == "WRONG" and want.startswith("tables "):
            want = "tables (as a set) " + want.removeprefix("tables ")
        out.append((status, want, have))
    for key, unit in inferred.items():
        t = tables.get(key)
        if t is None:
            continue
        said = [
            d.check_name
            for d in r.diagnostics
            if d.severity in ("warn", "error") and d.table_key == key and "unit" in d.check_name
        ]
        if t.amount_unit == unit or (t.amount_unit is None and said):
            out.append(
                (
                    "OK",
                    f"unit of {key}: none printed ({unit} by the identities)",
                    f"unit {t.amount_unit}, said: {said}",
                )
            )
        else:
            out.append(
                (
                    "WRONG",
                    f"unit of {key}: none printed ({unit} by the identities)",
                    f"unit {t.amount_unit}, said: {said}",
                )
            )
    order = [t.table_key for t in r.tables]
    if order != exp["only_tables"]:
        out.append(("WRONG", f"table order {exp['only_tables']}", f"order {order}"))
    else:
        out.append(("OK", "table order", str(order)))
    for t in exp["tables"]:
        got = tables.get(t["table"])
        if got is None or t.get("empty") is None:
            continue
        status = "OK" if got.is_empty == t["empty"] else "WRONG"
        out.append(
            (
                status,
                f"{t['table']} empty={t['empty']}",
                f"is_empty={got.is_empty} reason={got.empty_reason!r}",
            )
        )
    out.append(("OK", "figures of expected tables not sampled (not checked)", str(unchecked)))
    d = r.document
    for field, want in exp["meta"].items():
        have = getattr(d, field)
        same = fold(have) == fold(want) if field == "unit_name" else have == want
        out.append(("OK" if same else "WRONG", f"document {field} = {want!r}", f"{have!r}"))
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
        print(f"{worst:8} {name}  [{exp['note']}]  " + " ".join(f"{s}={n}" for s, n in counts.items() if n))
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
