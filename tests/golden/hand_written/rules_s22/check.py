"""Expected (rules_s22_data.py, typed by hand) vs what the parser gives, per input.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s22/check.py"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[3]), str(HERE)]
from dagster_project.parser import parse_document  # noqa: E402
from rules_s22_data import CLAIM_KINDS, EXPECTED  # noqa: E402

W = D(10000)


def yuan(v):
    return None if v is None else D(v) * W


def rate(v):
    return None if v is None else D(v) / 100


def check_claims(exp, claims):
    out = []
    for kind, wanted in exp.items():
        got = [c for c in claims if c.claim_kind == kind]
        for n, (code, name, f) in enumerate(wanted):
            want = (
                f"{kind} {code or ''} {name} b={f['budget']} a={f['actual']} r={f['rate']} amt={f['amount']}"
            )
            if n >= len(got):
                out.append(("LOST", want, "-"))
                continue
            c = got[n]
            have = (
                f"{kind} {c.subject_code or ''} {c.subject_name} b={c.budget_yuan and c.budget_yuan / W} "
                f"a={c.actual_yuan and c.actual_yuan / W} r={c.stated_rate} "
                f"amt={c.amount_yuan and c.amount_yuan / W}"
            )
            ok = c.subject_code in (None, code) if code is None else c.subject_code == code
            ok &= bool(
                name == ""
                or (c.subject_name and name in c.subject_name.replace("(", "（").replace(")", "）"))
            )
            ok &= all(
                getattr(c, attr) == conv(f[key])
                or (
                    f[key] is None
                    and key != "rate"
                    and key != "budget"
                    and key != "actual"
                    and key != "amount"
                )
                for key, attr, conv in (
                    ("budget", "budget_yuan", yuan),
                    ("actual", "actual_yuan", yuan),
                    ("rate", "stated_rate", rate),
                    ("amount", "amount_yuan", yuan),
                )
                if not (key == "amount" and f[key] is None)
            )
            out.append(("OK" if ok else "WRONG", want, have))
        for c in got[len(wanted) :]:
            out.append(
                (
                    "SPURIOUS",
                    "-",
                    f"{kind} {c.subject_code} {c.subject_name} b={c.budget_yuan} "
                    f"a={c.actual_yuan} r={c.stated_rate} amt={c.amount_yuan} | {c.sentence[:50]}",
                )
            )
    return out


def check_amounts(exp, amounts, diagnostics, or_said=False, ignore=()):
    said = any(d.severity in ("warn", "error") for d in diagnostics)
    got = {}
    for a in amounts:
        got[((a.subject_code or a.row_label).replace("(", "（").replace(")", "）"), a.column_key)] = (
            a.amount_yuan / W
        )
    if exp == "SAID":
        if not got and said:
            return [("OK", "said, nothing loaded", "said, nothing loaded")]
        return [
            (
                "SPURIOUS" if got else "LOST",
                "said, nothing loaded",
                f"{len(got)} loaded: {sorted((k, str(v)) for k, v in got.items())[:6]}; said={said}",
            )
        ]
    if or_said and not got and said:
        return [("OK", "said, or as printed", "said, nothing loaded")]
    out = []
    for key, v in exp.items():
        if key not in got:
            out.append(("LOST", f"{key}={v}", f"- (said={said})"))
        else:
            out.append(("OK" if got[key] == D(v) else "WRONG", f"{key}={v}", f"{key}={got[key]}"))
    for key, v in got.items():
        if key not in exp and key[1] not in ignore:
            out.append(("SPURIOUS", "-", f"{key}={v}"))
    return out


def main():
    totals = {}
    for name, exp in EXPECTED.items():
        r = parse_document((HERE / name).read_bytes(), name)
        rows = []
        if "claims" in exp:
            rows += check_claims(exp["claims"], [c for c in r.claims if c.claim_kind in CLAIM_KINDS])
        if "amounts" in exp:
            rows += check_amounts(
                exp["amounts"],
                r.amounts,
                r.diagnostics,
                exp.get("or_said", False),
                exp.get("ignore_columns", ()),
            )
        worst = next((s for s in ("WRONG", "SPURIOUS", "LOST") if any(r_[0] == s for r_ in rows)), "OK")
        totals[worst] = totals.get(worst, 0) + 1
        print(f"== {name}: {worst}")
        for status, want, have in rows:
            if status != "OK" or "-v" in sys.argv:
                print(f"   {status:8} expected {want}\n            got      {have}")
    print("inputs:", totals)


if __name__ == "__main__":
    main()
