"""Expected (rules_s23_data.py, typed by hand) vs what the parser gives, per input.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23/check.py [-v]

Per figure: OK (read, right value), WRONG (read, other value, other unit or other row's name), SPURIOUS (read,
not expected), LOST (neither read nor mentioned by a warn/error diagnostic of its table), SAID (not read, a
warn/error diagnostic of its table stands; OK where the data module allows it for that column). FALSE: a
warn diagnostic that states something the input contradicts. An input's status is its worst line's."""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from dagster_project.parser.tokens import UNIT_FACTORS  # noqa: E402
from rules_s23_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "FALSE", "SAID")


def norm(label):
    return (label or "").replace("(", "（").replace(")", "）").replace(":", "：").replace(" ", "")


def check_claims(exp, claims):
    out = []
    for kind, name, amount, rate in exp["claims"]:
        want = f"{kind} '{name}' amount={amount}万元 rate={rate}"
        found = [c for c in claims if c.claim_kind == kind and name in (c.subject_name or "")]
        if not found:
            out.append(("LOST", want, f"no {kind} claim naming '{name}' ({len(claims)} claims in all)"))
            continue
        c = found[0]
        have = f"amount={c.amount_yuan} rate={c.stated_rate} | {c.sentence[:40]}"
        ok = c.amount_yuan == D(amount) * UNIT_FACTORS["万元"] and c.stated_rate == D(rate)
        out.append(("OK" if ok else "WRONG", want, have))
    return out


def check(name, exp):
    r = parse_document((HERE / name).read_bytes(), name)
    factor = UNIT_FACTORS[exp["unit"]]
    got = {}
    for a in r.amounts:
        key = a.subject_code or norm(a.row_label)
        if a.table_key != exp["table"]:
            key = f"{a.table_key}:{key}"
        got.setdefault((key, a.column_key, a.phase), []).append(a)
    warns = [
        d for d in r.diagnostics if d.severity in ("warn", "error") and d.table_key in (exp["table"], None)
    ]

    def said(row):
        """The warn/error diagnostics naming the row ("row '2013801 …'") or the whole table (naming none)."""
        return ",".join(
            sorted({d.check_name for d in warns if f"'{row}" in d.message or "row '" not in d.message})
        )

    out = []
    expected = {(norm(row), col, phase) for row, col, phase in exp["amounts"]}
    for (row, col, phase), value in exp["amounts"].items():
        want = D(value) * factor
        found = got.get((norm(row), col, phase))
        tag = f"{row}/{col}/{phase}={value}"
        if found is None:
            if value == "0":
                continue  # a blank or a mark for nothing, left unread
            if said(row):
                status = "OK" if col in exp["or_said"] else "SAID"
                out.append((status, tag, f"not read; said: {said(row)}"))
            else:
                out.append(("LOST", tag, "not read, nothing said"))
            continue
        a = found[0]
        have = f"{a.amount_yuan / factor:f} (raw {a.amount_raw!r}, line {a.source_line})"
        status = "OK" if a.amount_yuan == want and len(found) == 1 else "WRONG"
        if status == "WRONG" and said(row):
            have += f"; said: {said(row)}"
        out.append((status, tag, have))
    for (row, col, phase), found in got.items():
        if (row, col, phase) in expected or any(
            row.startswith(i) or i in (col, phase) for i in exp["ignore"]
        ):
            continue
        for a in found:
            out.append(
                (
                    "SPURIOUS",
                    "-",
                    f"{row}/{col}/{phase}={a.amount_yuan / factor:f} (raw {a.amount_raw!r}, line {a.source_line})",
                )
            )
    for d in warns:
        if d.check_name in exp["false"]:
            out.append(("FALSE", "no such diagnostic", f"{d.check_name}: {d.message[:150]}"))
    if exp["claims"]:
        out += check_claims(exp, r.claims)
    tables = {t.table_key: t for t in r.tables}
    table = tables.get(exp["table"])
    if table is None:
        out.append(("LOST", f"table {exp['table']}", f"tables: {sorted(tables)}"))
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
