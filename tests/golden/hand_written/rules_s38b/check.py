"""Expected (rules_s38b_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them (check_exact_first), the 说明's claims (review_check.claims_review), and besides:
each table's is_empty as expected (WRONG; an empty table whose amount_unit is None is fine), the document's
doc_kind / scope / fiscal_year / unit_name (WRONG when another). Statuses as review_check's.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s38b/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s38b_data", None)
from rules_s38b_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def rate_only(rows, wanted):
    """The claims expected by their rate alone (a year_on_year sentence printing a change and its rate, not the
    year's amount; review_check.claims_review wants an amount or actual): OK when a claim of that kind carries
    the rate (taking back the SPURIOUS line claims_review gave it), else LOST. {"change": 0}: a "…与上年度持平"
    sentence, no figure: OK when a claim of that kind carries no money figure and no rate (its change_yuan 0)."""
    out = list(rows)
    for kind, code, figs in wanted:
        head = f"{kind} code={code or '-'} "
        if "rate" in figs:
            want = review_check.D(figs["rate"]).normalize()
            tag = f"claim {kind} rate={figs['rate']}"
            fits = lambda h: h.startswith(head) and f" rate={want:f} " in h  # noqa: E731
        else:
            tag = f"claim {kind} change=0 (持平)"
            fits = lambda h: h.startswith(head + " (line")  # noqa: E731
        hit = next(
            (i for i, (s, w, h) in enumerate(out) if s == "SPURIOUS" and w == "-" and fits(h)),
            None,
        )
        if hit is None:
            out.append(("LOST", tag, "not recorded"))
        else:
            out[hit] = ("OK", tag, out[hit][2])
    return out


def check(name, exp):
    by_rate = [c for c in exp["claims"] if not {"amount", "actual"} & set(c[2])]
    exp = dict(exp, claims=[c for c in exp["claims"] if c not in by_rate])
    rows, diags = review_check.check_with_claims(HERE, name, exp)
    rows = rate_only(rows, by_rate)
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    tables = {t.table_key: t for t in r.tables}
    empty = {t["table"] for t in exp["tables"] if t.get("empty")}
    out = []
    for status, want, have in rows:
        if status == "WRONG" and want.startswith("unit of "):
            key = want.removeprefix("unit of ").split(" ")[0]
            if key in empty and key in tables and tables[key].amount_unit is None:
                status, have = "OK", "unit None (empty table)"
        out.append((status, want, have))
    for t in exp["tables"]:
        got = tables.get(t["table"])
        if got is not None:
            out.append(
                (
                    "OK" if got.is_empty == t["empty"] else "WRONG",
                    f"{t['table']} empty={t['empty']}",
                    f"is_empty={got.is_empty} reason={got.empty_reason!r}",
                )
            )
    d = r.document
    for field, want in exp["meta"].items():
        have = getattr(d, field)
        same = review_check.norm(have) == review_check.norm(want) if field == "unit_name" else have == want
        out.append(("OK" if same else "WRONG", f"document {field} = {want!r}", repr(have)))
    return out, diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
