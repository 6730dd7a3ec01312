"""Wide tables and the shapes around them that session 34's rules read, and the inputs two reviewers built
to make those rules load a figure wrongly (tests/golden/hand_written/probes_s34/; expected values typed from
the inputs as printed)."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s34"


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str], Decimal]:
    return {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts if a.table_key == table_key}


def test_an_untitled_table_on_the_next_page_is_no_further_columns_of_the_table_above():
    # Page 2 prints 合计 | 基本支出 (小计 人员经费 公用经费) | 项目支出 with the codes of page 1 and no title:
    # a table of its own whose title is missing (its columns are page 1's again), said and not read; never
    # page 1's rows' further columns (合计 3,600,000.00 beside page 1's 5,000,000.00).
    result = _parse("untitled_table_next_page.layout.txt")
    cells = _cells(result, "expenditure_by_function")
    assert cells[("合计", "total")] == Decimal("5000000.00")
    assert cells[("204 公共安全支出", "total")] == Decimal("4000000.00")
    assert Decimal("3600000.00") not in cells.values()
    assert not [k for k in cells if k[1] in ("personnel", "public_funds")]
    assert "table_untitled" in {d.check_name for d in result.diagnostics}


def test_units_blocks_after_a_continuation_mark_are_set_apart():
    # "续表" then 其中：绍兴市交通运输局机关 and 其中：绍兴市公路与运输管理中心, each with the department's
    # codes again: the department's rows (214 9,000,000.00, 2140104 3,000,000.00) are the report's; the units'
    # (2140104 1,000,000.00 and 2,000,000.00) are said, not loaded.
    result = _parse("unit_blocks_after_continuation.layout.txt")
    cells = _cells(result, "expenditure_by_function")
    assert cells[("214 交通运输支出", "total")] == Decimal("9000000.00")
    assert cells[("2140104 公路建设", "total")] == Decimal("3000000.00")
    assert cells[("2140104 公路建设", "project")] == Decimal("3000000.00")
    totals = [
        a.amount_yuan for a in result.amounts if a.subject_code == "2140104" and a.column_key == "total"
    ]
    assert totals == [Decimal("3000000.00")]
    assert "unit_rows_not_loaded" in {d.check_name for d in result.diagnostics}


def test_a_project_table_continued_under_its_header_again_reads_every_project():
    # 续表 with the same header (its codes repeat page 1's, as projects' codes do): page 2's projects are rows
    # of the same table, 档案数字化 80.00, 临时救助资金 170.00, 居家养老服务 100.00 (政府性基金).
    result = _parse("project_table_continued.layout.txt")
    cells = _cells(result, "project_expenditure")
    wan = Decimal(10000)
    assert cells[("2080201 档案数字化", "general_public")] == 80 * wan
    assert cells[("2081901 临时救助资金", "total")] == 170 * wan
    assert cells[("2296002 居家养老服务", "government_fund")] == 100 * wan
    assert cells[("合计", "total")] == 1000 * wan
    assert not [d for d in result.diagnostics if d.severity == "error"]


def test_unit_funds_without_a_subtotal_beside_the_appropriations_group():
    # 财政拨款 over 小计 | 一般公共预算 | 政府性基金, 单位资金 over 事业收入 | 经营收入 | 其他收入 (no 小计 of
    # its own): 800,000.00 is the appropriations' 小计 (600,000.00 + 200,000.00), not 单位资金's.
    cells = _cells(_parse("unit_funds_beside_appropriation_group.layout.txt"), "income_by_function")
    assert cells[("合计", "fiscal_appropriation")] == Decimal("800000.00")
    assert cells[("合计", "business")] == Decimal("300000.00")
    assert ("合计", "unit_funds") not in cells
    assert cells[("21002 公立医院", "fiscal_appropriation")] == Decimal("500000.00")


def test_a_figure_glued_to_a_long_name_in_layout_text_stands_at_its_character():
    # "2080505 机关事业单位基本养老保险缴费支出1,386.48      1,386.48": the name runs into the 合计 column;
    # the glued figure is the row's total (it ends under 合计), the next its 基本支出.
    cells = _cells(_parse("figure_glued_to_name.layout.txt"), "general_budget_by_function")
    wan = Decimal(10000)
    assert cells[("2080505 机关事业单位基本养老保险缴费支出", "total")] == Decimal("1386.48") * wan
    assert cells[("2080505 机关事业单位基本养老保险缴费支出", "basic")] == Decimal("1386.48") * wan


def test_an_indicators_unit_is_not_the_funds_unit():
    # 单位：万元 over the self-evaluation table; an indicator further down names its own unit ("孕产妇人均补助
    # 标准（元）"): the funds row 126.00 | 126.00 stays in 万元.
    result = _parse("self_evaluation_indicator_unit.txt")
    [claim] = [c for c in result.claims if c.claim_kind == "project_execution"]
    assert (claim.budget_yuan, claim.actual_yuan, claim.amount_unit) == (
        Decimal("1260000.00"),
        Decimal("1260000.00"),
        "万元",
    )


def test_a_phases_header_a_cell_a_line_with_a_column_the_vocabulary_does_not_know():
    # 年初预算数 / 决算数 / 合计 / 财政拨款 / 自筹资金, a cell a line: 自筹资金 names no known column, so the
    # blocks cannot be read (the 120,000.00 of 实验室检测能力提升 may be 自筹资金's); said, parts not placed.
    result = _parse("phases_header_unknown_column.txt")
    parts = [
        a
        for a in result.amounts
        if a.table_key == "project_expenditure" and a.column_key not in ("total",) and "实验室" in a.row_label
    ]
    assert parts == []
    said = {d.check_name for d in result.diagnostics if d.table_key == "project_expenditure"}
    assert "columns_unknown" in said


def test_two_groups_subtotals_on_a_page_laid_out_further_left():
    # 基本支出 over 小计 | 人员经费 | 公用经费, 项目支出 over 小计 | 一般公共预算 | 政府性基金; page 2 laid
    # out ten characters further left: "205 01 99 其他教育管理事务支出 100.00 … 100.00 100.00" prints its
    # total, 项目支出's 小计 and 一般公共预算, never 基本支出's 小计 (the table's first group).
    cells = _cells(_parse("two_subtotals_next_page_shifted.layout.txt"), "expenditure_by_function")
    wan = Decimal(10000)
    assert cells[("2050199 其他教育管理事务支出", "project")] == 100 * wan
    assert cells[("2050199 其他教育管理事务支出", "general_public")] == 100 * wan
    assert ("2050199 其他教育管理事务支出", "basic") not in cells
    assert cells[("20502 普通教育", "project")] == 200 * wan
    assert cells[("2050101 行政运行", "basic")] == 600 * wan


def test_a_group_label_is_no_name_cut_short_above_its_parts():
    # "基本支出" centred over "人员经" / "费" | 公用经费: the group's label is not joined to 人员经费's first
    # piece; 行政运行's 500.00 is 人员经费, 100.00 公用经费.
    cells = _cells(_parse("group_label_over_wrapped_part.layout.txt"), "general_budget_by_function")
    wan = Decimal(10000)
    assert cells[("2050101 行政运行", "personnel")] == 500 * wan
    assert cells[("2050101 行政运行", "public_funds")] == 100 * wan
    assert ("2050101 行政运行", "basic") not in cells or cells[("2050101 行政运行", "basic")] == 600 * wan
