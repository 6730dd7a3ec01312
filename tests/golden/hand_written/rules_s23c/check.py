"""Expected (rules_s23c_data.py, typed by hand) vs what the parser gives, per input.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23c/check.py > …/check_output.txt

OK (right), WRONG (read, other value), LOST (expected, not read). An input's status is its worst line's."""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from rules_s23c_data import EXPECTED  # noqa: E402

ORDER = ("WRONG", "LOST")
WAN = D(10000)


def norm(name):
    return None if name is None else name.replace("（", "(").replace("）", ")").replace(" ", "")


def wan(yuan):
    return None if yuan is None else f"{yuan / WAN:.2f}"


def check_meta(exp, doc):
    out = []
    for field, want in exp.items():
        have = getattr(doc, field)
        same = norm(have) == norm(want) if field == "unit_name" else have == want
        status = "OK" if same else "LOST" if have is None else "WRONG"
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
            f"'{c.subject_name}' amount={wan(c.amount_yuan)} change={wan(c.change_yuan)} | {c.sentence[:60]}"
        )
        ok = wan(c.amount_yuan) == (None if amount is None else f"{D(amount):.2f}") and wan(
            c.change_yuan
        ) == (None if change is None else f"{D(change):.2f}")
        out.append(("OK" if ok else "LOST" if c.amount_yuan is None else "WRONG", want, have))
    return out


def main():
    totals = {}
    for name, exp in EXPECTED.items():
        r = parse_document((HERE / name).read_bytes(), name)
        rows = check_meta(exp["meta"], r.document) if "meta" in exp else check_claims(exp["claims"], r.claims)
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
