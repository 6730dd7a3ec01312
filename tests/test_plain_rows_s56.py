"""Session 56: a row of a plain `pdftotext` text whose wrapped name sits around its figures, so that the
figures come out before its code (rules_s56 FINDINGS 3). Expected values are typed from reading the texts
(line numbers in the comments); each test failed before the session's change."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

RULES_S56 = Path(__file__).parent / "golden" / "hand_written" / "rules_s56"
BASIC = "general_budget_basic_by_economic"


def _basic(name: str):
    result = parse_document((RULES_S56 / name).read_bytes(), name)
    cells = {}
    for a in result.amounts:
        if a.table_key == BASIC:
            cells.setdefault(a.subject_code, {})[a.column_key] = a.amount_yuan
    said = [d for d in result.diagnostics if d.table_key == BASIC and d.check_name == "rows_unreadable"]
    return cells, said


def test_figures_before_a_wrapped_rows_code_make_the_figure_after_it_anothers():
    # xj1 一般公共预算财政拨款基本支出决算表 (合计 | 人员经费 | 公用经费, the 合计 row first), lines
    # 1282-1298, one item a line: "30107 / 绩效工资 / 68.20 / 68.20 / 48.62 / 48.62 / 30108 /
    # 机关事业单位基本养老保险 / 缴费 / 42.18 / 30109 …". 30108's own figures are the 48.62 pair before
    # its code (its name wraps around them); the 42.18 after it is the 合计 row's 公用经费 (447.80 -
    # 405.62), moved down the page. 30108 had been loaded with a total of 42.18, silently.
    cells, said = _basic("xj1_xinjiang_tianshan_mzj_2023_final.txt")
    assert "30108" not in cells
    assert any("'30108'" in d.message and "42.18" in d.message for d in said)
    # the rows around it read as before (30109 职业年金缴费 19.46, line 1300; 302's total 42.18, its own)
    assert cells["30109"]["total"] == Decimal("194600.00")
    assert cells["302"]["total"] == Decimal("421800.00")


def test_the_same_in_yuan_without_separators():
    # tj1 表6 (元), lines 816-834: "30107 / 绩效工资 / 1864300.00 / 1864300.00 / 962480.00 / 962480.00 /
    # 30108 / 机关事业单位基本养老保 / 险缴费 / 1149200.00": 1149200.00 is the 合计's 公用经费; 30108's
    # total is 962480.00.
    cells, said = _basic("tj1_tianjin_heping_sjj_2025_dept_budget.txt")
    assert "30108" not in cells
    assert any("'30108'" in d.message and "1149200.00" in d.message for d in said)
