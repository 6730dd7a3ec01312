"""Expected (tokens_s23_data.py, typed by hand) vs what the parser gives, per input.
Run from /work/main: .venv/bin/python tests/golden/hand_written/tokens_s23/check.py [-v]

Per figure: OK (read, right value), WRONG (read, other value or other unit), SPURIOUS (read, not expected),
LOST (neither read nor mentioned by a warn/error diagnostic of its table), SAID (not read, a warn/error
diagnostic of its table stands; OK where the data module allows it for that row)."""

import re
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import UNIT_FACTORS  # noqa: E402
from tokens_s23_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "SAID")
# No name in these tables holds a figure: a subject name that does is a figure read into the label.
FIGURE_IN_NAME = re.compile(r"\d[\d,]*\.\d|\d{5,}")


def norm(label):
    return label.replace("(", "（").replace(")", "）").replace(" ", "")


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    factor = UNIT_FACTORS[exp["unit"]]
    got = {}
    for a in r.amounts:
        key = a.subject_code or norm(a.row_label)
        if a.table_key != exp["table"]:
            key = f"{a.table_key}:{key}"
        got.setdefault((key, a.column_key), []).append(a)
    warns = [
        d for d in r.diagnostics if d.severity in ("warn", "error") and d.table_key in (exp["table"], None)
    ]

    def said(row):
        """The warn/error diagnostics naming the row ("row '2013801 …'") or the whole table (naming none)."""
        return ",".join(
            sorted({d.check_name for d in warns if f"'{row}" in d.message or "row '" not in d.message})
        )

    out = []
    for (row, col), value in exp["amounts"].items():
        want = D(value) * factor
        found = got.get((norm(row), col))
        if found is None:
            if D(value) == 0 and value == "0":
                continue  # a mark for nothing, left unread
            if said(row):
                status = "OK" if row in exp["or_said"] else "SAID"
                out.append((status, f"{row}/{col}={value}", f"not read; said: {said(row)}"))
            else:
                out.append(("LOST", f"{row}/{col}={value}", "not read, nothing said"))
            continue
        a = found[0]
        have = f"{row}/{col}={a.amount_yuan / factor:f} (raw {a.amount_raw!r}, line {a.source_line})"
        status = "OK" if a.amount_yuan == want and len(found) == 1 else "WRONG"
        if status == "WRONG" and said(row):
            have += f"; said: {said(row)}"
        out.append((status, f"{row}/{col}={value}", have))
    for (row, col), found in got.items():
        if (row, col) in {(norm(k), c) for k, c in exp["amounts"]} or col in exp["ignore"]:
            continue
        for a in found:
            out.append(
                (
                    "SPURIOUS",
                    "-",
                    f"{row}/{col}={a.amount_yuan / factor:f} (raw {a.amount_raw!r}, line {a.source_line})",
                )
            )
    for code, label in sorted({(a.subject_code, a.subject_name) for a in r.amounts if a.subject_name}):
        if FIGURE_IN_NAME.search(label):
            out.append(("WRONG", f"name of {code} without figures", f"name {label!r}"))
    tables = {t.table_key: t for t in r.tables}
    table = tables.get(exp["table"])
    crash = next((d.message for d in r.diagnostics if d.check_name == "document_unreadable"), None)
    if table is None:
        out.append(("LOST", f"table {exp['table']}", f"tables: {sorted(tables)}; {crash or ''}"))
    elif table.amount_unit != exp["unit"]:
        out.append(("WRONG", f"unit {exp['unit']}", f"unit {table.amount_unit}"))
    return out


def main():
    totals = {}
    verbose = "-v" in sys.argv
    for name, exp in EXPECTED.items():
        rows = check(name, exp)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        counts = {s: sum(row[0] == s for row in rows) for s in ("OK", *ORDER)}
        summary = " ".join(f"{s}={n}" for s, n in counts.items() if n)
        print(f"{worst:8} {name}  [{exp['note']}]  {summary}")
        for status, want, have in rows:
            if status != "OK" or verbose:
                print(f"   {status:8} expected {want}\n            got      {have}")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
