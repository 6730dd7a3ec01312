"""Expected (rules_s35b_data.py, typed by hand) vs what the parser gives, per input: every printed figure of the 9
main tables as ../review_check.py reviews them (check_exact_first: OK / WRONG / LOST / SAID / SPURIOUS), a
misprinted figure expected AS PRINTED, a row printed twice expected once. Then, as diagnostic lines (no status),
BROKEN: for each identity the print breaks (rules_s35b_data.BROKEN), the warn/error diagnostics that name its row
(code or label) in its table, or '-' when none does — so an engineer sees which misprints the parser reports.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s35b/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s35b_data", None)
from rules_s35b_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER
TABLE = {
    "支出表": "expenditure_by_function",
    "收入表": "income_by_function",
    "一般公共预算支出表": "general_budget_by_function",
    "基本支出表": "general_budget_basic_by_economic",
}


def mentions(entry, diags):
    """The warn/error diagnostics naming a BROKEN entry's row (its code or label) in its table."""
    words = entry.lstrip("≈ ").split(":")[0].split()
    table = words[1] if words[0] == "cross" else words[0]
    table = TABLE.get(table, table)
    rows = [
        w
        for w in words[1:]
        if re.fullmatch(r"\d{3,7}|合计|总计|本年收入合计|本年支出合计|收入总计|支出总计", w)
    ]
    hit = []
    for d in diags:
        if d.severity not in ("warn", "error"):
            continue
        same = d.table_key == table or (table == "sangong" and "三公" in d.message)
        if same and (not rows or any(r in d.message for r in rows) or table == "sangong"):
            hit.append(d.check_name)
    return sorted(set(hit))


def check(name, exp):
    rows, diags = review_check.check_exact_first(HERE, name, exp)
    r = review_check.parse_document((HERE / name).read_bytes(), name)
    said = [f"BROKEN {b} <- {','.join(mentions(b, r.diagnostics)) or '-'}" for b in exp["broken"]]
    return rows, diags + said


def broken_summary():
    """Per input: how many BROKEN entries (misprints, rounding) a diagnostic mentions."""
    for name, exp in EXPECTED.items():
        r = review_check.parse_document((HERE / name).read_bytes(), name)
        for b in exp["broken"]:
            print(
                f"{name[:2]} {'said' if mentions(b, r.diagnostics) else '----'} {b}  <- "
                f"{','.join(mentions(b, r.diagnostics)) or '-'}"
            )


if __name__ == "__main__":
    if "--broken" in sys.argv:
        broken_summary()
    else:
        review_check.main(HERE, EXPECTED, check)
