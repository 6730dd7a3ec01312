"""Expected (rules_s23b_data.py, typed by hand) vs what the parser gives, per input.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23b/check.py > …/check_output.txt

OK (right), WRONG (read, other value or field), SPURIOUS (a figure read that is not expected), LOST (neither
read nor said by a warn/error diagnostic), SAID (not read, a warn diagnostic of its table stands; OK where
the data module allows it). An input's status is its worst line's."""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from rules_s23b_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "SPURIOUS", "LOST", "FALSE", "SAID")
WAN = D(10000)


def norm(label):
    return (label or "").replace("(", "（").replace(")", "）").replace(":", "：").replace(" ", "")


def wan(yuan):
    return None if yuan is None else f"{yuan / WAN:.2f}"


def check_meta(exp, doc):
    out = []
    for field, want in exp.items():
        have = getattr(doc, field)
        status = "OK" if have == want else "LOST" if have is None else "WRONG"
        out.append((status, f"{field}={want!r}", f"{field}={have!r}"))
    return out


def check_claims(exp, found):
    out = []
    for kind, name, amount, change in exp:
        want = f"{kind} '{name}' amount={amount} change={change} (万元)"
        mine = [c for c in found if c.claim_kind == kind and name in (c.subject_name or "")]
        if not mine:
            listed = "; ".join(f"{c.claim_kind} '{c.subject_name}' {wan(c.amount_yuan)}" for c in found)
            out.append(("LOST", want, f"no such claim; claims: [{listed}]"))
            continue
        c = mine[0]
        have = (
            f"'{c.subject_name}' amount={wan(c.amount_yuan)} change={wan(c.change_yuan)} | {c.sentence[:50]}"
        )
        ok = wan(c.amount_yuan) == (None if amount is None else f"{D(amount):.2f}") and wan(
            c.change_yuan
        ) == (None if change is None else f"{D(change):.2f}")
        out.append(("OK" if ok else "LOST" if c.amount_yuan is None else "WRONG", want, have))
    return out


def check_table(exp, r):
    got = {}
    for a in r.amounts:
        if a.phase not in ("budget", "actual"):
            continue  # 调整 (adjusted) figures are not checked
        key = norm(a.row_label) if a.table_key == exp["table"] else f"{a.table_key}:{norm(a.row_label)}"
        got.setdefault((key, a.column_key, a.phase), []).append(a)
    warns = [d for d in r.diagnostics if d.severity in ("warn", "error")]
    out = []
    for (row, col, phase), value in exp["amounts"].items():
        tag = f"{row}/{col}/{phase}={value}"
        found = got.get((norm(row), col, phase))
        if found is None:
            if value == "0":
                continue
            if warns:
                said = ",".join(sorted({d.check_name for d in warns}))
                out.append(("OK" if row in exp["or_said"] else "SAID", tag, f"not read; said: {said}"))
            else:
                out.append(("LOST", tag, "not read, nothing said"))
            continue
        a = found[0]
        want = D(value) * WAN
        have = f"{a.amount_yuan / WAN:.2f} (raw {a.amount_raw!r}, line {a.source_line})"
        out.append(("OK" if a.amount_yuan == want and len(found) == 1 else "WRONG", tag, have))
    expected = {(norm(row), col, phase) for row, col, phase in exp["amounts"]}
    for key, found in got.items():
        if key not in expected:
            for a in found:
                out.append(
                    ("SPURIOUS", "-", f"{'/'.join(key)}={a.amount_yuan / WAN:.2f} (raw {a.amount_raw!r})")
                )
    return out


def main():
    totals = {}
    for name, exp in EXPECTED.items():
        r = parse_document((HERE / name).read_bytes(), name)
        if "meta" in exp:
            rows = check_meta(exp["meta"], r.document)
        elif "claims" in exp:
            rows = check_claims(exp["claims"], r.claims)
        else:
            rows = check_table(exp, r)
        worst = next((s for s in ORDER if any(row[0] == s for row in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        counts = " ".join(f"{s}={n}" for s in ("OK", *ORDER) if (n := sum(row[0] == s for row in rows)))
        print(f"{worst:8} {name}  [{exp['note']}]  {counts}")
        for status, want, have in rows:
            if status != "OK" or "-v" in sys.argv:
                print(f"   {status:8} expected {want}\n            got      {have}")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
