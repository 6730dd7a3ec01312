"""Expected (rules_s35h_data.py, typed by hand) vs what the parser gives, per input:
- every table's figures as ../review_check.py reviews them (check_exact_first), and the tables' keys (WRONG when the
  parser's tables are not exactly main_keys, the empty 政府性基金 / 国有资本 tables included);
- the 说明's claims as rules_s34e/check.py reviews them (copied): OK when a recorded claim of that kind and code carries
  every stated figure (万元), WRONG when one shares the main figure but differs, LOST when none;
SPURIOUS: an amount no expected figure took, a claim no expected one took.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s35h/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s35h_data", None)
from rules_s35h_data import EXPECTED  # noqa: E402

from dagster_project.parser.tokens import compact  # noqa: E402

ORDER = review_check.ORDER
FACTOR = {"元": D(1), "万元": D(10000)}
WHOLE = "整体:"
_FOLD = str.maketrans({"（": "(", "）": ")", "“": '"', "”": '"', "：": ":"})


def norm(text):
    return compact(text or "").translate(_FOLD)


def num(text):
    return D(text.replace(",", ""))


def base_key(key):
    head, _, tail = key.rpartition("_")
    return head if tail.isdigit() else key


# ------------------------------------------------------------------------------ 说明 claims (rules_s33c's)
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
    claims = [c for c in r.claims if c.claim_kind != "project_execution"]
    used, out = set(), []
    for kind, code, figs in exp["claims"]:
        want = {k: D(v) for k, v in figs.items()}
        tag = f"claim {kind} {code or '-'} " + " ".join(f"{k}={v}" for k, v in figs.items())
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
    for i, c in enumerate(claims):
        if i not in used:
            out.append(("SPURIOUS", "-", show_claim(c)))
    return out


def check(name, exp):
    """One input's rows: the tables' figures (check_exact_first), their keys, the 说明's claims."""
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    keys = sorted(t.table_key for t in r.tables)
    if keys != exp["main_keys"]:
        rows.append(("WRONG", f"tables {exp['main_keys']}", f"tables: {keys}"))
    return rows + claims_review(r, exp), diags


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
