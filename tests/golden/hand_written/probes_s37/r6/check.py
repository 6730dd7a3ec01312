"""Expected (typed in gen.py's rows, by hand) vs what the parser gives, per r6 probe: each expected figure
(table, code or label, column, phase) OK / LOST / WRONG, and any figure of the table not expected (SPURIOUS).
Run from /work/main: .venv/bin/python tests/golden/hand_written/probes_s37/r6/check.py [-v]"""

import os
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), "/work/main"]
os.environ["R6_NO_WRITE"] = "1"
import gen  # noqa: E402
from dagster_project.parser import parse_document  # noqa: E402


def want(rows, keys, label_col=1, phases=None, key_col=0):
    """{(code or label, column key, phase): yuan} from typed rows (万元), keys per figure column (None: a
    column not loaded by design, as a comparison)."""
    out = {}
    for row in rows:
        code, label, figs = row[key_col], row[label_col], row[max(key_col, label_col) + 1 :]
        for n, (key, v) in enumerate(zip(keys, figs)):
            if key and v:
                phase = phases[n] if phases else "budget"
                out[(code or label, key, phase)] = D(v.replace(",", "")) * 10000
    return out


GB = ["total", "basic", "project"]
EXPECTED = {
    "pdf_body_frame_only.pdf": ("general_budget_by_function", want(gen.GB_ROWS, GB)),
    "pdf_body_figures_block_unruled.pdf": ("general_budget_by_function", want(gen.GB_ROWS, GB)),
    "spread_header_total.layout.txt": ("general_budget_by_function", want(gen.GB_ROWS, GB)),
    "pdf_spread_header_unruled.pdf": ("general_budget_by_function", want(gen.GB_ROWS, GB)),
    # (上年预算数, 增减额, 增减率 compare: not loaded by design; the year's own 本年预算数 is the total)
    "change_rate_one_space.layout.txt": (
        "general_budget_by_function",
        want(gen.CH_ROWS, [None, "total", None, None]),
    ),
    "project_code_label_wrapped.layout.txt": (
        "project_expenditure",
        want(gen.PJ_ROWS, ["total", "general_public", "government_fund"], 0, key_col=1),
    ),
    "pdf_project_code_label_wrapped.pdf": (
        "project_expenditure",
        want(gen.PJ_ROWS, ["total", "general_public", "government_fund"], 0, key_col=1),
    ),
    "phase_groups_nianchu_yusuan.layout.txt": (
        "general_budget_by_function",
        want(gen.PH_ROWS, GB + GB, phases=["budget"] * 3 + ["actual"] * 3),
    ),
    "phase_groups_zhixingshu.layout.txt": (
        "general_budget_by_function",
        want(gen.PH_ROWS, GB + GB, phases=["budget"] * 3 + ["actual"] * 3),
    ),
    "pdf_header_band_group_merged_income.pdf": (
        "income_by_function",
        want(gen.INC_ROWS, ["total", "general_public", "government_fund", "business", "other"]),
    ),
    "pdf_header_band_group_merged_basic.pdf": (
        "general_budget_by_function",
        want(gen.GB5_ROWS, ["total", "basic", "personnel", "public_funds", "project"]),
    ),
    "pdf_grid_row_name_six_lines.pdf": (
        "project_expenditure",
        want(gen.TALL_ROWS, ["total", "general_public", "government_fund"], 0, key_col=1),
    ),
}


def main():
    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(EXPECTED)
    for name in names:
        table, expected = EXPECTED[name]
        r = parse_document((HERE / name).read_bytes(), name)
        got = {}
        for a in r.amounts:
            if a.table_key == table:
                got[(a.subject_code or a.row_label, a.column_key, a.phase)] = a.amount_yuan
        lost = [k for k in expected if k not in got]
        wrong = [k for k in expected if k in got and got[k] != expected[k]]
        spurious = [k for k in got if k not in expected]
        labels = {a.subject_code: a.row_label for a in r.amounts if a.table_key == table and a.subject_code}
        ok = len(expected) - len(lost) - len(wrong)
        print(
            f"{name}: {ok}/{len(expected)} OK, {len(lost)} LOST, {len(wrong)} WRONG, {len(spurious)} SPURIOUS"
        )
        if verbose:
            for k in lost:
                print("   LOST", k, expected[k])
            for k in wrong:
                print("   WRONG", k, expected[k], "got", got[k])
            for k in spurious:
                print("   SPURIOUS", k, got[k])
            print("   LABELS", labels)
            for d in r.diagnostics[:4]:
                print("   DIAG", d.severity, str(d.message)[:220])


if __name__ == "__main__":
    main()
