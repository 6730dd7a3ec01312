"""The inputs a reviewer built to make session 35's rules load a figure wrongly (tests/golden/hand_written/
probes_s35/: a code cell before the money, a row's number under 序号, a unit's word beside a project's name,
count columns): expected values typed from the inputs as printed."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s35"


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str], Decimal]:
    return {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts if a.table_key == table_key}


def test_a_figure_after_the_subject_name_is_money_where_a_name_column_stands_before_the_money():
    # 项目名称 | 功能科目编码 | 功能科目名称 | 合计 | …: "道路运输安全监管 2140112 公路运输管理 245 232.5
    # 12.5" prints 245 under 合计 (a figure of Excel's General format, no decimals), not a code.
    cells = _cells(_parse("code_then_subject_name_general_format.txt"), "project_expenditure")
    assert cells[("2140112 道路运输安全监管", "total")] == Decimal("2450000.00")
    assert cells[("2140112 道路运输安全监管", "general_public")] == Decimal("2325000.00")
    assert cells[("2140112 道路运输安全监管", "unit_funds")] == Decimal("125000.00")


def test_the_total_row_prints_no_code_before_its_figures():
    # "合计 213 200.5 0 12.5" under 项目名称 | 单位名称 | 功能科目编码 | 合计: 213 is the 合计, no 类 code.
    result = _parse("total_row_code_shaped_figure.txt")
    cells = _cells(result, "project_expenditure")
    assert cells[("合计", "total")] == Decimal("2130000.00")
    assert not [a for a in result.amounts if a.subject_code == "213"]
    assert cells[("2010301 机关日常运转保障专项经费", "total")] == Decimal("1205000.00")


def test_two_code_columns_before_the_money_are_both_codes():
    # 项目名称 | 功能科目编码 | 经济科目编码 | 合计 | 一般公共预算 | 其他资金: "桥梁定期检测 2140106 30227
    # 138.00 126.00 12.00"; the economic code 30227 is no figure (before: 302,270,000.00 元 under 合计).
    cells = _cells(_parse("two_code_columns_before_money.txt"), "project_expenditure")
    assert cells[("2140106 桥梁定期检测", "total")] == Decimal("1380000.00")
    assert cells[("2140106 桥梁定期检测", "unit_funds")] == Decimal("120000.00")
    assert cells[("2140112 道路运输安全监管", "total")] == Decimal("245000.00")
    assert max(cells.values()) == Decimal("5485000.00")  # the 合计


def test_a_line_of_figures_below_a_numbered_name_keeps_its_first_figure():
    # "2 国省干线公路养护及桥梁定期检测" / "86 80 6": 86 is the row's total, no row number.
    cells = _cells(_parse("numbered_rows_figure_line.txt"), "project_expenditure")
    assert cells[("国省干线公路养护及桥梁定期检测", "total")] == Decimal("860000.00")
    assert cells[("农村公路日常养护", "total")] == Decimal("1260000.00")


def test_row_numbers_of_three_digits_before_codes_are_taken_off():
    # "100 2080299 其他民政管理事务支出 12.00 12.00 0.00" under 序号 | 科目编码: the row 2080299, never a
    # code 100.
    result = _parse("row_numbers_of_three_digits.txt")
    by_code = {a.subject_code for a in result.amounts}
    assert {"2080299", "2080501", "2080505", "2080506"} <= by_code
    assert not {"100", "101", "102", "103"} & by_code
    cells = _cells(result, "general_budget_by_function")
    assert cells[("2080299 其他民政管理事务支出", "total")] == Decimal("120000.00")


def test_the_small_firms_share_of_procurement_is_no_phase_of_it():
    # 采购预算数 | 实际采购金额 | 授予中小企业合同金额 | 合同数（份）: budget and actual per category; the
    # share awarded to small firms (520,000.00 of 772,600.00) and the counts are not the categories' figures.
    result = _parse("procurement_small_firms_column.txt")
    got = {(a.row_label, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "procurement"}
    assert got == {
        ("合计", "budget"): Decimal("800000.00"),
        ("合计", "actual"): Decimal("772600.00"),
        ("一、货物", "budget"): Decimal("300000.00"),
        ("一、货物", "actual"): Decimal("286400.00"),
        ("三、服务", "budget"): Decimal("500000.00"),
        ("三、服务", "actual"): Decimal("486200.00"),
    }
    assert "procurement_total_vs_categories" not in {d.check_name for d in result.diagnostics}


def test_a_name_piece_filling_its_column_after_a_unit_piece_begins_the_next_name():
    # "划研究总院" ends the unit's name above; "防汛抗旱应急度汛物资储备及防汛指", as wide as the names'
    # column, begins the next project's (its figures on the line below).
    cells = _cells(_parse("unit_piece_then_name_piece.txt"), "project_expenditure")
    assert cells[("2130310 防汛抗旱应急度汛物资储备及防汛指挥系统运行维护经费", "total")] == Decimal(
        "1587400.00"
    )
    assert cells[("2240703 安全生产监管执法", "total")] == Decimal("5180600.00")
    assert cells[("2240106 地质灾害防治专项资金", "total")] == Decimal("4131200.00")


def test_counts_under_a_sangong_table_are_never_money():
    # 出国人数 / 人次 / 购置数（辆） / 保有量（辆） / 接待次数 beside the money: 42 receptions and 386 people
    # are counts; neither is loaded as 公务接待费.
    result = _parse("sangong_count_words.layout.txt")
    values = {a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    assert values.isdisjoint({Decimal("42.00"), Decimal("386.00"), Decimal("8.00")})
    assert {(a.column_key, a.amount_yuan) for a in result.amounts if a.table_key == "sangong"} >= {
        ("total", Decimal("114600.00")),
    }


def test_a_completion_rate_after_two_blocks_of_budget_and_actual_is_set_apart():
    # 年初预算数 (小计 基本支出 项目支出) | 决算数 (小计 基本支出 项目支出) | 完成率（%）: 107.32 is 740.53
    # over 690.00; the six figures before it are the two blocks'.
    result = _parse("completion_rate_after_two_blocks.txt")
    got = {
        (a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
    }
    assert got[("2040604 基层司法业务", "project", "budget")] == Decimal("1700000.00")
    assert got[("2040604 基层司法业务", "project", "actual")] == Decimal("1754800.00")
    assert got[("合计", "total", "actual")] == Decimal("7405300.00")
    assert Decimal("1073200.00") not in got.values()  # the 107.32 (%)


def test_a_part_equal_to_a_share_is_money_where_the_row_adds_up_with_it():
    # 合计 | 基本支出 | 项目支出 | 对附属单位补助支出 | 占比（%）, the 合计 row's 占比 blank: "合计 1,540.00
    # 940.00 500.00 100.00" adds up with its 100.00, a part (1,540 / 1,540 is 100% only by the way).
    cells = _cells(_parse("share_blank_on_total_row.txt"), "expenditure_by_function")
    assert cells[("合计", "subsidy_affiliated")] == Decimal("1000000.00")
    assert cells[("合计", "project")] == Decimal("5000000.00")
    assert cells[("2130104 事业运行", "subsidy_affiliated")] == Decimal("1000000.00")


def test_a_part_that_reads_as_the_share_of_the_total_is_money_where_the_row_adds_up_with_it():
    # "2140112 公路运输管理 161.80 100.00 61.80" (占比 blank): 61.80 is 161.80 / 1,000.00 by the way; the row
    # adds up with it as its 项目支出.
    cells = _cells(_parse("share_blank_part_like_a_share.txt"), "expenditure_by_function")
    assert cells[("2140112 公路运输管理", "project")] == Decimal("618000.00")
    assert cells[("2140112 公路运输管理", "basic")] == Decimal("1000000.00")
    assert cells[("214 交通运输支出", "total")] == Decimal("9018000.00")


def test_a_markdown_table_is_read_cell_by_cell_not_by_its_bars_positions():
    # "| 2100000 | 行政运行 | 138,000.00 | 138,000.00 |  |  |  |  |": the bars stand where each row's cells
    # end, no columns; its 基本支出 is never read under 上缴上级支出 by the bars' characters (before the
    # fix: 138,000.00 and 508,000.00 under remit_upper).
    result = _parse("markdown_table_unaligned_bars.txt")
    got = {(a.row_label, a.column_key) for a in result.amounts if a.table_key == "expenditure_by_function"}
    assert ("2100000 行政运行", "total") in got
    assert not [key for key in got if key[1] == "remit_upper"]


def test_a_total_row_printed_a_cell_a_line_after_the_header_printed_again_is_the_total():
    # 续表 / the header a cell a line / "合计" / 87,511,404.00 / 34,214,604.00 / 53,296,800.00: the total row,
    # not a word of the header; 2210201's figures stay its own.
    cells = _cells(_parse("total_row_after_header_printed_again.txt"), "expenditure_by_function")
    assert cells[("合计", "total")] == Decimal("87511404.00")
    assert cells[("合计", "project")] == Decimal("53296800.00")
    assert cells[("2210201 住房公积金", "total")] == Decimal("3264200.00")


def test_an_integer_without_separators_beside_decimals_is_a_figure_where_the_row_adds_up():
    # "2120106 工程建设管理 2,572,000.00 2486000 86,000.00": 2,572,000 = 2,486,000 + 86,000 as printed, so
    # 2486000 is the figure it reads as (a point lost would be said only where the row adds up with it).
    result = _parse("integer_without_separators_beside_decimals.txt")
    cells = _cells(result, "income_by_function")
    assert cells[("2120106 工程建设管理", "general_public")] == Decimal("2486000.00")
    assert "figure_unreadable" not in {d.check_name for d in result.diagnostics}


def test_code_parts_whose_levels_several_readings_fit_are_said_not_guessed():
    # Plain rows printing their own level's code part only, where more than one reading keeps every sum:
    # a 款 printed without 项 followed by a 款 of its total ("27 … 10.00" / "05 … 10.00" / "05 … 10.00"), a
    # small 项 within the rounding of its 款 (0.01 万元), a +30 / -30 pair of 项, a part of four digits
    # ("0501"): no row is given a code its reading cannot tell (before: 2082705, 20102, 20104, 2080527).
    for name, wrong in (
        ("code_parts_leaf_kuan_then_equal_kuan.txt", {"2082705", "20805"}),
        ("code_parts_small_item_within_rounding.txt", {"20102"}),
        ("code_parts_negative_pair.txt", {"20102", "2010203", "20104", "2010405"}),
        ("code_parts_four_digits.txt", {"2080527"}),
    ):
        result = _parse(name)
        codes = {a.subject_code for a in result.amounts}
        assert not codes & wrong, name
        assert {len(code) for code in codes if code} == {3}, name  # only the 类 rows printed whole
        assert "code_parts_alone" in {d.check_name for d in result.diagnostics}, name
