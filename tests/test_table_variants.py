"""Tables printed as other producers print them (found by an adversarial review). Every expected amount is
typed from the text of its test."""

import re
from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

EXPENDITURE = """某区民政局2023年部门决算
支出决算表
单位：万元
科目编码
科目名称
合计
基本支出
项目支出
合计 100.00 90.00 10.00
201 一般公共服务支出 100.00 90.00 10.00
20106 财政事务 100.00 90.00 10.00
2010601 行政运行 100.00 90.00 10.00
"""

# The 12 cells of EXPENDITURE, in yuan: (code or label, column) -> amount.
EXPECTED = {
    (code, column): Decimal(value)
    for code in ("合计", "201", "20106", "2010601")
    for column, value in (("total", "1000000.00"), ("basic", "900000.00"), ("project", "100000.00"))
}


def _parse(text: str):
    return parse_document(text.encode("utf-8"), "variant.txt", "d")


def _cells(result, table_key: str = "expenditure_by_function") -> dict:
    return {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }


def test_a_dash_in_an_empty_cell_keeps_the_figures_in_their_columns():
    result = _parse(
        """某区民政局2023年部门预算
一般公共预算基本支出预算表
单位：万元
科目编码
科目名称
合计
人员经费
公用经费
合计 110.00 80.00 30.00
301 工资福利支出 80.00 80.00 -
30101 基本工资 80.00 80.00 —
302 商品和服务支出 30.00 - 30.00
30201 办公费 30.00 － 30.00
"""
    )
    cells = _cells(result, "general_budget_basic_by_economic")
    assert cells[("301", "personnel")] == cells[("30101", "personnel")] == Decimal("800000.00")
    assert cells[("302", "public_funds")] == cells[("30201", "public_funds")] == Decimal("300000.00")
    assert cells[("302", "personnel")] == Decimal(0)  # the dash: an empty cell, nothing spent
    names = {a.subject_code: a.subject_name for a in result.amounts}
    assert (names["302"], names["30201"]) == ("商品和服务支出", "办公费")
    assert not [d for d in result.diagnostics if d.severity != "info"]


def test_the_title_of_a_table_kind_not_read_ends_the_table_before_it():
    result = _parse(
        EXPENDITURE
        + """国有资产占用情况表
单位：万元
项目
资产总额
房屋
车辆
合计 500.00 300.00 200.00
房屋 300.00 300.00
车辆 200.00 200.00
"""
    )
    assert _cells(result) == EXPECTED
    assert {a.subject_name for a in result.amounts if a.subject_code == "2010601"} == {"行政运行"}
    [note] = [d for d in result.diagnostics if d.check_name == "table_not_read"]
    assert (note.severity, note.source_line, note.observed) == ("info", 13, "国有资产占用情况表")


def test_an_empty_table_phrase_in_a_note_of_a_filled_table_empties_nothing():
    result = _parse(EXPENDITURE + "注：本表无数据的科目不列示。\n")
    assert _cells(result) == EXPECTED
    assert not any(t.is_empty for t in result.tables)
    # An empty table says so and prints nothing else: still empty.
    empty = _parse(EXPENDITURE.split("合计 100.00")[0] + "合计\n注：本单位无此项支出，故本表无数据。\n")
    assert [t.is_empty for t in empty.tables] == [True]


def test_a_continuation_title_with_rows_right_after_it_continues_the_table():
    result = _parse(
        EXPENDITURE.replace("合计 100.00 90.00 10.00", "合计 130.00 110.00 20.00")
        .replace("201 一般公共服务支出 100.00 90.00 10.00", "201 一般公共服务支出 130.00 110.00 20.00")
        .replace("20106 财政事务 100.00 90.00 10.00", "20106 财政事务 130.00 110.00 20.00")
        + "\f支出决算表（续）\n2010602 一般行政管理事务 30.00 20.00 10.00\n"
    )
    cells = _cells(result)
    assert cells[("2010602", "total")] == Decimal("300000.00")
    assert cells[("2010602", "basic")] == Decimal("200000.00")
    assert cells[("2010601", "project")] == Decimal("100000.00")
    assert len(cells) == 15


def test_a_typeset_minus_sign_is_a_negative_figure():
    result = _parse(
        EXPENDITURE.replace("2010601 行政运行 100.00 90.00 10.00", "2010601 行政运行 70.00 58.00 12.00")
        + "2010602 一般行政管理事务 30.00 32.00 −2.00\n"
    )
    cells = _cells(result)
    assert (cells[("2010602", "basic")], cells[("2010602", "project")]) == (
        Decimal("320000.00"),
        Decimal("-20000.00"),
    )


def test_the_amount_unit_with_more_printed_after_it_or_in_the_amount_header_cell():
    for unit_line in (
        "单位：万元 编制部门：某区民政局",
        "编制部门：某区民政局 单位：万元 第1页",
        "单位：人民币万元",
    ):
        result = _parse(EXPENDITURE.replace("单位：万元", unit_line))
        assert [t.amount_unit for t in result.tables] == ["万元"], unit_line
        assert _cells(result) == EXPECTED
    header_cell = """某区民政局2023年部门预算
支出预算表
科目编码
科目名称
金额（万元）
合计 100.00
201 一般公共服务支出 100.00
"""
    result = _parse(header_cell)
    assert [t.amount_unit for t in result.tables] == ["万元"]
    assert _cells(result)[("201", "total")] == Decimal("1000000.00")
    # An organisation whose name starts with 元 is not the unit 元.
    assert [
        t.amount_unit for t in _parse(EXPENDITURE.replace("单位：万元", "单位：元氏县民政局")).tables
    ] == [None]


def test_a_group_label_above_the_total_is_not_run_into_it():
    """Shanghai's template: 一般公共预算支出 over 合计 / 基本支出 / 项目支出, each cell a line of plain text
    (read run together, 一般公共预算支出合计 held a 支出合计 that swallowed the 合计)."""
    result = _parse(
        EXPENDITURE.replace("支出决算表", "一般公共预算支出预算表").replace(
            "合计\n基本支出", "一般公共预算支出\n合计\n基本支出"
        )
    )
    assert _cells(result, "general_budget_by_function") == EXPECTED
    assert not [d for d in result.diagnostics if d.severity != "info"]


def test_a_header_printing_the_total_last_reads_each_rows_last_figure_as_its_total():
    result = _parse(
        EXPENDITURE.replace("合计\n基本支出\n项目支出", "基本支出\n项目支出\n合计").replace(
            "100.00 90.00 10.00", "90.00 10.00 100.00"
        )
    )
    assert _cells(result) == EXPECTED


def test_codes_printed_as_their_own_levels_part_only_are_completed_where_the_sums_tell():
    """類/款/项 columns with the parents left blank, in plain text: "06 财政事务" after 201 is 20106 and "01
    行政运行" 2010601 (a 款's 项 follow it until they add up to it; session 35 reads them so, where every
    identity holds under the reading)."""
    result = _parse(
        EXPENDITURE.replace("20106 财政事务", "06 财政事务").replace("2010601 行政运行", "01 行政运行")
    )
    assert _cells(result) == EXPECTED
    assert "code_parts_alone" not in {d.check_name for d in result.diagnostics}


def test_codes_printed_as_their_own_levels_part_only_are_said_where_the_sums_do_not_tell():
    """A "99" printing 0.00 after a 款 whose 项 add up to it: the next 项 (2010699) or a new 款 (20199), the
    text does not say: the parts are said, not loaded."""
    text = EXPENDITURE.replace("20106 财政事务", "06 财政事务").replace("2010601 行政运行", "01 行政运行")
    result = _parse(
        text.replace("01 行政运行 100.00 90.00 10.00\n", "01 行政运行 100.00 90.00 10.00\n99 其他 0.00\n")
    )
    assert _cells(result) == {k: v for k, v in EXPECTED.items() if k[0] in ("合计", "201")}
    [diagnostic] = [d for d in result.diagnostics if d.check_name == "code_parts_alone"]
    assert (diagnostic.severity, diagnostic.source_line) == ("warn", 11)


THREE_BLOCKS = """某某市某某局2023年度部门决算
一般公共预算财政拨款基本支出决算表
单位：万元
人员经费 公用经费
科目编码 科目名称 决算数 科目编码 科目名称 决算数 科目编码 科目名称 决算数
301 工资福利支出 500.00 302 商品和服务支出 100.00 310 资本性支出 20.00
30101 基本工资 200.00 30201 办公费 40.00 31002 办公设备购置 20.00
30102 津贴补贴 300.00 30202 印刷费 60.00 399 其他支出 0.00
301 01 基本工资 200.00 302 01 办公费 40.00
"""


def test_side_by_side_economic_blocks_in_plain_text_are_split_at_their_codes():
    """The national template's 表6 (domain.md): three blocks of (code, name, amount) on each line of plain
    text (before, a line was one block: 301 got 20.00 and the other codes were glued into its name)."""
    result = _parse(THREE_BLOCKS.rsplit("301 01", 1)[0])
    assert _cells(result, "general_budget_basic_by_economic") == {
        ("301", "total"): Decimal("5000000.00"),
        ("302", "total"): Decimal("1000000.00"),
        ("310", "total"): Decimal("200000.00"),
        ("30101", "total"): Decimal("2000000.00"),
        ("30201", "total"): Decimal("400000.00"),
        ("31002", "total"): Decimal("200000.00"),
        ("30102", "total"): Decimal("3000000.00"),
        ("30202", "total"): Decimal("600000.00"),
        ("399", "total"): Decimal("0.00"),
    }
    names = {a.subject_code: a.subject_name for a in result.amounts}
    assert (names["301"], names["31002"]) == ("工资福利支出", "办公设备购置")
    # Codes printed split ("301 01") start no block at their part; a whole 元 figure of code shape ends one.
    split = _parse(
        THREE_BLOCKS.replace("单位：万元", "单位：元")
        .replace("30101 基本工资 200.00 30201 办公费 40.00", "301 01 基本工资 30500 302 01 办公费 50100")
        .rsplit("301 01 基本工资 200.00", 1)[0]
    )
    cells = _cells(split, "general_budget_basic_by_economic")
    assert (cells[("30101", "total")], cells[("30201", "total")]) == (
        Decimal("30500.00"),
        Decimal("50100.00"),
    )


def test_a_group_label_holding_two_column_words_over_the_total_is_no_column():
    """The national template's 一般公共预算基本支出表: 本年一般公共预算基本支出 over 合计 / 人员经费 /
    公用经费 (the group cell holds both 一般公共预算 and 基本支出; read as two columns, the parts were
    lost)."""
    result = _parse(
        """某某市某某局2024年部门预算
一般公共预算基本支出预算表
单位：元
部门预算支出经济分类科目 本年一般公共预算基本支出
科目编码 科目名称 合计 人员经费 公用经费
合计 670 550 120
301 工资福利支出 550 550
30101 基本工资 550 550
302 商品和服务支出 120 120
30201 办公费 120 120
"""
    )
    cells = _cells(result, "general_budget_basic_by_economic")
    assert (cells[("合计", "personnel")], cells[("合计", "public_funds")]) == (
        Decimal("550.00"),
        Decimal("120.00"),
    )
    assert (cells[("30101", "personnel")], cells[("30201", "public_funds")]) == (
        Decimal("550.00"),
        Decimal("120.00"),
    )
    assert not [d for d in result.diagnostics if d.severity != "info"]


def _summary_cells(result, table_key: str = "fiscal_summary") -> list[tuple]:
    return [(a.row_label, a.column_key, a.amount_yuan) for a in result.amounts if a.table_key == table_key]


def test_an_expenditure_side_of_several_columns_in_plain_text():
    """The national budget template's 财政拨款收支总表: 合计 / 一般公共预算 / 政府性基金预算 on the
    expenditure side (before, every figure was keyed expenditure: three totals for one item)."""
    result = _parse(
        """某某市某某局2024年部门预算
表4 财政拨款收支总表
单位：万元
收入 支出
项目 预算数 项目 合计 一般公共预算 政府性基金预算
一、一般公共预算 1,000.00 一、一般公共服务支出 800.00 800.00
二、政府性基金预算 50.00 二、城乡社区支出 250.00 200.00 50.00
收入总计 1,050.00 支出总计 1,050.00 1,000.00 50.00
"""
    )
    assert _summary_cells(result) == [
        ("一、一般公共预算", "income", Decimal("10000000.00")),
        ("一、一般公共服务支出", "expenditure", Decimal("8000000.00")),
        # 800.00 800.00: 合计 and one part; 支出总计's 政府性基金 50.00 is 城乡社区支出's, so 一般公共预算
        ("一、一般公共服务支出", "expenditure_general_public", Decimal("8000000.00")),
        ("二、政府性基金预算", "income", Decimal("500000.00")),
        ("二、城乡社区支出", "expenditure", Decimal("2500000.00")),
        ("二、城乡社区支出", "expenditure_general_public", Decimal("2000000.00")),
        ("二、城乡社区支出", "expenditure_government_fund", Decimal("500000.00")),
        ("收入总计", "income", Decimal("10500000.00")),
        ("支出总计", "expenditure", Decimal("10500000.00")),
        ("支出总计", "expenditure_general_public", Decimal("10000000.00")),
        ("支出总计", "expenditure_government_fund", Decimal("500000.00")),
    ]
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    # Without the column totals, which of the two columns the part is is not printed: reported.
    alone = _parse(
        """某某市某某局2024年部门预算
表4 财政拨款收支总表
单位：万元
收入 支出
项目 预算数 项目 合计 一般公共预算 政府性基金预算
一、一般公共预算 1,000.00 一、一般公共服务支出 800.00 800.00
二、政府性基金预算 50.00 二、城乡社区支出 250.00 200.00 50.00
"""
    )
    [diagnostic] = [d for d in alone.diagnostics if d.check_name == "ambiguous_columns"]
    assert diagnostic.source_line == 6


def test_income_items_printed_alone_that_do_not_say_income():
    """The income side runs longer than the expenditure side: its items alone on their lines name a fund
    or a carry-over, not 收入 (before, they were read as expenditure)."""
    result = _parse(
        """某区某某局2026年部门预算
2026年部门财政拨款收支预算总表
单位：元
财政拨款收入 财政拨款支出
项目 预算数 项目 预算数
一、一般公共预算 1,000.00 一、公共安全支出 1,000.00
二、政府性基金预算 50.00
三、国有资本经营预算 0.00
年初结转 20.00
收入总计 1,070.00 支出总计 1,070.00
"""
    )
    sides = {label: key for label, key, _ in _summary_cells(result)}
    assert [sides[item] for item in ("二、政府性基金预算", "三、国有资本经营预算", "年初结转")] == [
        "income"
    ] * 3


def test_a_three_level_sangong_header_printed_line_by_line_nests_its_columns():
    """Plain text prints the header of several levels line by line; each line opening with 小计 is the
    columns under the group it names (before, 公务接待费 was taken for the vehicle group: 4 of 6 figures in
    the wrong column, and 7 of 9 in Jiangsu's form with 会议费 / 培训费)."""
    vehicle = _parse(
        """某某市某某局2024年部门预算
“三公”经费支出预算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 购置费 运行费
10.00 1.00 6.00 4.00 2.00 3.00
"""
    )
    assert _cells(vehicle, "sangong") == {
        ("合计", "total"): Decimal("100000.00"),
        ("因公出国（境）费", "outbound"): Decimal("10000.00"),
        ("公务用车购置及运行费", "vehicle"): Decimal("60000.00"),
        ("公务用车购置费", "vehicle_purchase"): Decimal("40000.00"),
        ("公务用车运行费", "vehicle_operation"): Decimal("20000.00"),
        ("公务接待费", "reception"): Decimal("30000.00"),
    }
    jiangsu = _parse(
        """江苏省某某局2017年部门预算
一般公共预算“三公”经费、会议费、培训费支出预算表
单位：万元
合计 “三公”经费 会议费 培训费
小计 因公出国（境）费 公务用车购置及运行维护费 公务接待费
小计 公务用车购置费 公务用车运行维护费
1,452.35 584.35 110.00 317.80 50.00 267.80 156.55 168.00 700.00
"""
    )
    cells = {column: amount for (_label, column), amount in _cells(jiangsu, "sangong").items()}
    assert cells == {
        "table_total": Decimal("14523500.00"),
        "total": Decimal("5843500.00"),
        "outbound": Decimal("1100000.00"),
        "vehicle": Decimal("3178000.00"),
        "vehicle_purchase": Decimal("500000.00"),
        "vehicle_operation": Decimal("2678000.00"),
        "reception": Decimal("1565500.00"),
        "meeting": Decimal("1680000.00"),
        "training": Decimal("7000000.00"),
    }


SANGONG_ROWS = """某某市某某局2024年部门预算
“三公”经费支出预算表
单位：万元
项目 {columns}
合计 12.50 10.30 -2.20
1.因公出国（境）费 2.00 0.00 -2.00
2.公务用车购置及运行费 8.00 8.10 0.10
其中：公务用车购置费 0.00 0.00 0.00
公务用车运行费 8.00 8.10 0.10
3.公务接待费 2.50 2.20 -0.30
"""


def test_sangong_rows_under_columns_of_another_year_or_a_difference_load_the_reports_own_column():
    """Only the 2024 budget column is the 2024 budget report's (before, 2023年决算数 was loaded as its actual,
    or two 预算数 columns lost the table)."""
    expected = {
        ("合计", "budget"): Decimal("103000.00"),
        ("1.因公出国(境)费", "budget"): Decimal("0.00"),
        ("2.公务用车购置及运行费", "budget"): Decimal("81000.00"),
        ("其中:公务用车购置费", "budget"): Decimal("0.00"),
        ("公务用车运行费", "budget"): Decimal("81000.00"),
        ("3.公务接待费", "budget"): Decimal("22000.00"),
    }
    for columns in (
        "2023年决算数 2024年预算数 增减",
        "2023年预算数 2024年预算数 增减",
        "上年预算数 预算数 增减",
    ):
        result = _parse(SANGONG_ROWS.format(columns=columns))
        cells = {(a.row_label, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
        assert cells == expected, columns
    # A final account's 预算数 | 决算数 | 决算数比预算数增减: both phases, not the difference.
    final = _parse(
        SANGONG_ROWS.format(columns="预算数 决算数 决算数比预算数增减")
        .replace("2024年部门预算", "2023年度部门决算")
        .replace("支出预算表", "支出决算表")
    )
    phases = sorted({a.phase for a in final.amounts if a.table_key == "sangong"})
    assert phases == ["actual", "budget"]
    assert not [a for a in final.amounts if a.amount_yuan < 0]


SANGONG_YEAR_ROWS = """某县交通运输局{year}年部门{kind}
表7 一般公共预算“三公”经费支出{kind}表
单位：万元
公务用车购置及运行费
项目 合计 因公出国（境）费 公务接待费
小计 购置费 运行费
{first} 20.00 0.00 14.00 0.00 14.00 6.00
{second} 18.50 0.00 12.00 0.00 12.00 6.50
增减额 -1.50 0.00 -2.00 0.00 -2.00 0.50
"""


SANGONG_YEAR_ROWS_LAYOUT = """某县交通运输局2023年部门决算
                        表7 一般公共预算“三公”经费支出决算表
                                                                                    单位：万元
                                                  公务用车购置及运行费
    项目                  合计      因公出国（境）费                                          公务接待费
                                                  小计        购置费         运行费
  2023年预算数             20.00          0.00       14.00        0.00       14.00        6.00
  2023年决算数             18.50          0.00       12.00        0.00       12.00        6.50
  增减额                  -1.50          0.00       -2.00        0.00       -2.00        0.50
"""


def test_sangong_items_as_columns_with_a_row_per_year_load_the_reports_own_rows():
    """The items as columns and one row per year or phase, then their difference: each row's label gives
    its phase and year. Before, the year rows were taken for header lines (they print 预算数) and the
    增减额 row was loaded as the year's figures (layout text) or the table was lost (plain text)."""
    last_year = {
        "total": "200000.00",
        "outbound": "0.00",
        "vehicle": "140000.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "140000.00",
        "reception": "60000.00",
    }
    this_year = {
        "total": "185000.00",
        "outbound": "0.00",
        "vehicle": "120000.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "120000.00",
        "reception": "65000.00",
    }

    def read(text):
        result = _parse(text)
        return result, {
            (a.row_label, a.column_key, a.phase): a.amount_yuan
            for a in result.amounts
            if a.table_key == "sangong"
        }

    # A 2024 budget: the 2024年预算数 row only; 2023's and the difference are said.
    result, cells = read(
        SANGONG_YEAR_ROWS.format(year=2024, kind="预算", first="2023年预算数", second="2024年预算数")
    )
    assert cells == {("2024年预算数", k, "budget"): Decimal(v) for k, v in this_year.items()}
    said = [d.observed for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert said == ["20.00 0.00 14.00 0.00 14.00 6.00", "-1.50 0.00 -2.00 0.00 -2.00 0.50"]
    # The same as layout text (pdftotext -layout), a 2023 final account's: each figure under its item.
    _result, cells = read(SANGONG_YEAR_ROWS_LAYOUT)
    assert cells == {
        **{("2023年预算数", k, "budget"): Decimal(v) for k, v in last_year.items()},
        **{("2023年决算数", k, "actual"): Decimal(v) for k, v in this_year.items()},
    }
    # A 2023 final account printing its year's budget and actual rows: both, each with its own phase.
    _result, cells = read(
        SANGONG_YEAR_ROWS.format(year=2023, kind="决算", first="2023年预算数", second="2023年决算数")
    )
    assert cells == {
        **{("2023年预算数", k, "budget"): Decimal(v) for k, v in last_year.items()},
        **{("2023年决算数", k, "actual"): Decimal(v) for k, v in this_year.items()},
    }
    # Rows naming years while the report's own year is not printed: which row is its own cannot be told.
    result, cells = read(
        SANGONG_YEAR_ROWS.format(year="", kind="预算", first="2023年预算数", second="2024年预算数")
    )
    assert cells == {}
    assert sum(d.check_name == "unplaced_amount" for d in result.diagnostics) == 2


def test_a_table_titled_by_function_printing_economic_codes_is_by_economic_code():
    """部门支出总表 printed twice in one budget, the second time by economic code (经济分类科目编码): its
    rows are economic subjects, read with their codes and placed by their hierarchy, never functional rows
    without codes (before, 301 工资福利支出 was a label, and its one figure beside the total left open)."""
    text = """某县人力资源和社会保障局2024年部门预算
部门支出总表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 1,250.00 950.00 300.00
208 社会保障和就业支出 1,250.00 950.00 300.00
20801 人力资源和社会保障管理事务 1,250.00 950.00 300.00
2080101 行政运行 950.00 950.00
2080109 社会保险经办机构 300.00 300.00
部门支出总表
单位：万元
经济分类科目编码 科目名称 合计 基本支出 项目支出
合计 1,250.00 950.00 300.00
301 工资福利支出 800.00 800.00
30101 基本工资 500.00 500.00
30102 津贴补贴 300.00 300.00
302 商品和服务支出 450.00 150.00 300.00
30201 办公费 150.00 150.00
30227 委托业务费 300.00 300.00
"""
    result = _parse(text)
    economic = {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "expenditure_by_economic"
    }
    assert economic == {
        ("合计", "total"): Decimal("12500000.00"),
        ("合计", "basic"): Decimal("9500000.00"),
        ("合计", "project"): Decimal("3000000.00"),
        ("301", "total"): Decimal("8000000.00"),
        ("301", "basic"): Decimal("8000000.00"),
        ("30101", "total"): Decimal("5000000.00"),
        ("30101", "basic"): Decimal("5000000.00"),
        ("30102", "total"): Decimal("3000000.00"),
        ("30102", "basic"): Decimal("3000000.00"),
        ("302", "total"): Decimal("4500000.00"),
        ("302", "basic"): Decimal("1500000.00"),
        ("302", "project"): Decimal("3000000.00"),
        ("30201", "total"): Decimal("1500000.00"),
        ("30201", "basic"): Decimal("1500000.00"),
        ("30227", "total"): Decimal("3000000.00"),
        ("30227", "project"): Decimal("3000000.00"),
    }
    assert {
        a.classification
        for a in result.amounts
        if a.table_key == "expenditure_by_economic" and a.subject_code
    } == {"economic_department"}
    functional = {a.subject_code for a in result.amounts if a.table_key == "expenditure_by_function"}
    assert functional == {None, "208", "20801", "2080101", "2080109"}
    assert not [d for d in result.diagnostics if d.severity != "info"]


BASIC_TABLE = """单位：万元
科目编码
科目名称
合计
人员经费
公用经费
合计 90.00 80.00 10.00
301 工资福利支出 80.00 80.00
302 商品和服务支出 10.00 10.00
"""


def test_a_title_wrapped_over_two_lines_whose_second_line_is_a_title_of_its_own():
    """'一般公共预算基本' / '支出预算表' is the 一般公共预算基本支出预算表, not a 支出预算表 (before, it was
    merged into the table above and its rows lost their codes)."""
    for title in ("表2\n一般公共预算基本\n支出预算表\n", "表2 一般公共预算财政拨款\n基本支出决算表\n"):
        result = _parse(EXPENDITURE + title + BASIC_TABLE)
        assert [(t.table_key, t.table_label) for t in result.tables] == [
            ("expenditure_by_function", None),
            ("general_budget_basic_by_economic", "表2"),
        ], title
        assert _cells(result) == EXPECTED  # the table above keeps its rows and names
        assert {a.subject_name for a in result.amounts if a.subject_code == "2010601"} == {"行政运行"}
    # A row label of the table above, on the page before a title that starts a page, is not the title's.
    result = _parse(EXPENDITURE + "国有资本经营预算\n\f一般公共预算基本支出决算表\n" + BASIC_TABLE)
    keys = [t.table_key for t in result.tables]
    assert keys == ["expenditure_by_function", "general_budget_basic_by_economic"]


def test_procurement_categories_printed_as_columns():
    """合计 / 货物 / 工程 / 服务 as columns (before: 'prints 4 amounts where one is expected', nothing
    loaded)."""
    result = _parse(
        """某某区司法局2021年部门预算
政府采购预算表
单位：万元
单位名称 合计 货物 工程 服务
合计 1,486.42 3.66 36.44 1,446.32
某某区司法局 1,486.42 3.66 36.44 1,446.32
"""
    )
    assert [(a.row_label, a.is_total_row, a.amount_yuan) for a in result.amounts] == [
        ("合计", True, Decimal("14864200.00")),
        ("货物", False, Decimal("36600.00")),
        ("工程", False, Decimal("364400.00")),
        ("服务", False, Decimal("14463200.00")),
    ]
    assert not [d for d in result.diagnostics if d.severity != "info"]


def test_a_form_number_under_the_title_is_no_title_and_column_numbers_are_no_figures():
    """Wuhan's tables print 公开0N表 under each title and 栏次 numbers under their headers (before: every
    table lost as a table-of-contents entry; 栏次 1 2 3 read as figures of an empty table)."""
    result = _parse(
        EXPENDITURE.replace("支出决算表\n", "支出决算表\n公开03表\n")
        + """国有资本经营预算财政拨款支出决算表
公开09表
部门：武汉市江岸区统计局 单位：万元
项目
本年支出
科目编码
科目名称
合计
基本支出
项目支出
栏次 1 2 3
合计
注：本部门2020年度没有国有资本经营预算财政拨款支出，本表无数据。
"""
    )
    assert [(t.table_key, t.is_empty) for t in result.tables] == [
        ("expenditure_by_function", False),
        ("state_capital", True),
    ]
    assert _cells(result) == EXPECTED
    assert [t.empty_reason for t in result.tables][1].startswith("注:本部门2020年度没有国有资本经营")
    assert not [d for d in result.diagnostics if d.severity != "info"]


WUHAN_FISCAL_SUMMARY = """某某市某某局2020年度部门决算
财政拨款收入支出决算总表
公开04表
部门：武汉市江岸区统计局 单位：万元
收入 支出
项目
行次
金额
项目
行次
合计
一般公共预算
财政拨款
政府性基金预算
财政拨款
国有资本经营
预算财政拨款
栏次 1 栏次 2 3 4 5
一、一般公共预算财政拨款 1 1,141.11 一、一般公共服务支出 33 931.39 931.39
二、政府性基金预算财政拨款 2 二、外交支出 34
三、国有资本经营预算财政拨款 3 三、国防支出 35
本年收入合计 27 1,141.11 本年支出合计 59 1,127.81 1,127.81
年初财政拨款结转和结余 28 5.00 年末财政拨款结转和结余 60 18.30 18.30
一般公共预算财政拨款 29 5.00 61
政府性基金预算财政拨款 30 62
国有资本经营预算财政拨款 31 63
总计 32 1,146.11 总计 64 1,146.11 1,146.11
"""


def test_a_fiscal_summary_with_row_numbers_and_fund_columns_in_plain_text():
    """The 行次 of a blank item beside a figure ('… 29 5.00 61') is no amount; header cells broken over
    lines ('一般公共预算' / '财政拨款') are one column; funds whose income prints nothing spend nothing, so
    '931.39 931.39' is 合计 and 一般公共预算 (before: 61, 62, 63 loaded as 万元, and every part dropped)."""
    cells = _summary_cells(_parse(WUHAN_FISCAL_SUMMARY))
    assert ("一、一般公共服务支出", "expenditure_general_public", Decimal("9313900.00")) in cells
    assert ("总计", "expenditure_general_public", Decimal("11461100.00")) in cells
    assert ("一般公共预算财政拨款", "income", Decimal("50000.00")) in cells
    assert not [
        c for c in cells if c[2] in (Decimal("610000.00"), Decimal("620000.00"), Decimal("630000.00"))
    ]
    assert not [c for c in cells if c[0].startswith("栏次")]
    assert len(cells) == 13  # every figure printed: 1 + 2 + 1 + 2 + 1 + 2 + 1 + 1 + 2


def test_a_label_alone_above_a_title_is_the_titles_not_the_last_rows_name():
    result = _parse(EXPENDITURE + "- 3 -\n\f表三\n一般公共预算基本支出预算表\n" + BASIC_TABLE)
    assert [(t.table_key, t.table_label) for t in result.tables] == [
        ("expenditure_by_function", None),
        ("general_budget_basic_by_economic", "表三"),
    ]
    assert {a.subject_name for a in result.amounts if a.subject_code == "2010601"} == {"行政运行"}


def test_a_funds_appropriation_header_cell_broken_over_lines_is_one_column():
    from dagster_project.parser.layout import lines_from_text
    from dagster_project.parser.tables import header_labels_in_order

    header = "合计\n上年结转\n一般公共预算\n财政拨款收入\n政府性基金预\n算财政拨款收\n入\n"
    header += "国有资本经营\n预算财政拨款\n收入\n事业收入\n其他收入"
    assert header_labels_in_order(lines_from_text(header)) == [
        "合计",
        "上年结转",
        "一般公共预算",
        "政府性基金",
        "国有资本经营",
        "事业收入",
        "其他收入",
    ]


def test_what_a_review_of_this_sessions_rules_found_they_must_not_do():
    """A code-shaped 元 figure is no code where the line has its code already; a title with 专户 / 资金 is no
    收支总表; 三公 columns of two years in a report whose own year is unknown are reported, not loaded."""
    from dagster_project.parser.tables import classify_title

    detail = _parse(
        """北京市西城区示例局2021年部门预算
表九 部门预算明细表
单位：元
功能分类科目编码 功能分类科目名称 政府预算支出经济分类科目编码 名称
部门预算支出经济分类科目编码 名称 支出类型 金额
2010101 行政运行 50101 工资奖金津补贴 30101 基本工资 基本支出 1500000 1500000
"""
    )
    assert detail.line_items == []
    assert [d.check_name for d in detail.diagnostics if d.severity == "warn"] == ["unplaced_amounts"]
    assert classify_title("财政专户管理资金收入支出决算表") != "income_expenditure_summary"
    unknown_year = _parse(
        SANGONG_ROWS.format(columns="2023年决算数 2024年预算数 增减").replace("2024年部门预算", "部门预算")
    )
    assert not [a for a in unknown_year.amounts if a.table_key == "sangong"]
    assert "columns_unknown" in {d.check_name for d in unknown_year.diagnostics}


# 2024年执行数 | 2025年预算数 (合计 基本支出 项目支出) | 增减额 增减%, as central departments print it; blank
# cells dropped. 2010199 is new (no 2024 figure): its 增减 equals its total and no 增减% is printed.
COMPARED = """某某局2025年部门预算
一般公共预算财政拨款支出表
单位：万元
科目编码
科目名称
2024年
执行数
2025年预算数
2025年预算数比2024年执行数
增减
合计
基本支出
项目支出
增减额
增减%
合计 500.00 530.00 400.00 130.00 30.00 6.00%
201 一般公共服务支出 500.00 530.00 400.00 130.00 30.00 6.00%
20101 人大事务 500.00 530.00 400.00 130.00 30.00 6.00%
2010101 行政运行 420.00 400.00 400.00 -20.00 -4.76%
2010102 一般行政管理事务 80.00 100.00 100.00 20.00 25.00%
2010199 其他人大事务支出 30.00 30.00 30.00
"""

COMPARED_OWN = {
    ("合计", "total"): "5300000.00",
    ("合计", "basic"): "4000000.00",
    ("合计", "project"): "1300000.00",
    ("201", "total"): "5300000.00",
    ("201", "basic"): "4000000.00",
    ("201", "project"): "1300000.00",
    ("20101", "total"): "5300000.00",
    ("20101", "basic"): "4000000.00",
    ("20101", "project"): "1300000.00",
    ("2010101", "total"): "4000000.00",
    ("2010101", "basic"): "4000000.00",
    ("2010102", "total"): "1000000.00",
    ("2010102", "project"): "1000000.00",
    ("2010199", "total"): "300000.00",
    ("2010199", "project"): "300000.00",
}


def test_columns_comparing_with_another_year_are_told_apart_and_not_loaded():
    # Before: a trailing "-4.76%" left the row without figures, and the table was read as empty.
    result = _parse(COMPARED)
    cells = {key: str(value) for key, value in _cells(result, "general_budget_by_function").items()}
    assert cells == COMPARED_OWN
    [said] = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert said.severity == "info"
    assert not [d for d in result.diagnostics if d.severity != "info"]


PRIOR_ONLY = """某某局2025年部门预算
一般公共预算财政拨款支出表
单位：万元
科目编码
科目名称
2024年执行数
2025年预算数
合计
基本支出
项目支出
合计 500.00 530.00 400.00 130.00
201 一般公共服务支出 500.00 530.00 400.00 130.00
20101 人大事务 500.00 530.00 400.00 130.00
2010101 行政运行 400.00 400.00 400.00
2010102 一般行政管理事务 75.00 100.00 100.00
2010199 其他人大事务支出 25.00 30.00 30.00
"""


def test_a_prior_year_column_alone_or_a_bare_change_rate_is_never_read_as_this_years():
    # Without the 增减 columns, "400.00 400.00 400.00" was read as total, basic, project in order.
    cells = {
        key: str(value) for key, value in _cells(_parse(PRIOR_ONLY), "general_budget_by_function").items()
    }
    assert cells == COMPARED_OWN
    # 增减% printed without its sign (the header carries it): the last figure when 增减 / 上年 gives it.
    bare_rate = re.sub(r"(\d)%", r"\1", COMPARED)
    cells = {
        key: str(value) for key, value in _cells(_parse(bare_rate), "general_budget_by_function").items()
    }
    assert cells == COMPARED_OWN
    # A new row under a prior-year column alone ("30.00 30.00": 上年 and 本年, or 本年 and a part?) is said.
    new_row = PRIOR_ONLY.replace(
        "2010199 其他人大事务支出 25.00 30.00 30.00", "2010199 其他人大事务支出 30.00 30.00"
    )
    result = _parse(new_row)
    assert ("2010199", "total") not in _cells(result, "general_budget_by_function")
    assert any(d.check_name == "ambiguous_columns" and "2010199" in d.message for d in result.diagnostics)


def test_a_sangong_table_printing_last_years_block_beside_this_years_loads_this_years():
    # "2024年预算数" and "2025年预算数" each over the same six columns: one column named twice per phase
    # before; now the block of the report's year is its figures, the other year's block is said.
    text = "\n".join(
        [
            "某某局2025年部门预算",
            "一般公共预算“三公”经费支出表",
            "单位：万元",
            "2024年预算数",
            "2025年预算数",
            *["合计", "因公出国", "（境）费", "公务用车购置及运行费", "公务接", "待费"] * 2,
            *["小计", "公务用车", "购置费", "公务用车", "运行费"] * 2,
            "128.00 52.00 66.20 28.00 38.20 9.80 90.00 45.00 36.40 0.00 36.40 8.60",
        ]
    )
    result = _parse(text)
    cells = {(a.column_key, a.phase): str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert cells == {
        ("total", "budget"): "900000.00",
        ("outbound", "budget"): "450000.00",
        ("vehicle", "budget"): "364000.00",
        ("vehicle_purchase", "budget"): "0.00",
        ("vehicle_operation", "budget"): "364000.00",
        ("reception", "budget"): "86000.00",
    }
    [said] = [d for d in result.diagnostics if d.table_key == "sangong"]
    assert (said.check_name, said.observed) == (
        "comparison_columns_not_loaded",
        "128.00 52.00 66.20 28.00 38.20 9.80",
    )


def test_a_project_name_wrapped_over_lines_keeps_its_figures_below_or_beside_its_last_piece():
    # Plain text of a 项目支出表 (no codes): a long name runs over two lines and its figures follow on a
    # line of their own, or on its last piece's line. Before, the figures of the first kind were gathered
    # into the 合计 row and the table was not loaded.
    text = """某某局2025年部门预算
项目支出表
单位：元
项目名称
合计
一般公共预算
拨款
上年结转
合计 46,962,000.00 45,462,000.00 1,500,000.00
机关履职综合保障项目 12,456,000.00 12,456,000.00
国家重点档案保护与开发——珍贵历
史档案抢救修复及数字化
22,800,000.00 22,800,000.00
档案信息化建设与电子档案单套制
试点 10,462,000.00 8,962,000.00 1,500,000.00
档案干部教育培训 1,244,000.00 1,244,000.00
"""
    result = _parse(text)
    cells = {key: str(value) for key, value in _cells(result, "project_expenditure").items()}
    assert cells == {
        ("合计", "total"): "46962000.00",
        ("合计", "general_public"): "45462000.00",
        ("合计", "carryover_begin"): "1500000.00",
        ("机关履职综合保障项目", "total"): "12456000.00",
        ("机关履职综合保障项目", "general_public"): "12456000.00",
        ("国家重点档案保护与开发——珍贵历史档案抢救修复及数字化", "total"): "22800000.00",
        ("国家重点档案保护与开发——珍贵历史档案抢救修复及数字化", "general_public"): "22800000.00",
        ("档案信息化建设与电子档案单套制试点", "total"): "10462000.00",
        ("档案信息化建设与电子档案单套制试点", "general_public"): "8962000.00",
        ("档案信息化建设与电子档案单套制试点", "carryover_begin"): "1500000.00",
        ("档案干部教育培训", "total"): "1244000.00",
        ("档案干部教育培训", "general_public"): "1244000.00",
    }
    assert not [d for d in result.diagnostics if d.severity != "info"]


def test_a_header_printed_again_without_a_form_feed_is_no_piece_of_the_name_above():
    text = """某区民政局2023年部门决算
支出决算表
单位：万元
科目编码
科目名称
合计
基本支出
项目支出
合计 100.00 90.00 10.00
208 社会保障和就业支出 100.00 90.00 10.00
20805 行政事业单位养老支出 100.00 90.00 10.00
2080506 机关事业单位职业年金缴费
支出
90.00 90.00
科目编码
科目名称
合计
基本支出
项目支出
2080599 其他行政事业单位养老支出 10.00 10.00
"""
    result = _parse(text)
    names = {a.subject_code: a.subject_name for a in result.amounts if a.subject_code}
    assert names["2080506"] == "机关事业单位职业年金缴费支出"
    assert _cells(result)[("2080599", "project")] == Decimal("100000.00")


def test_summary_figures_on_a_line_of_their_own_in_plain_text_are_said():
    # Whose "5.00" is (二、其他收入 or the expenditure side) is lost with the positions: not loaded, said.
    text = """某区民政局2023年部门决算
收入支出决算总表
单位：万元
项目 决算数 项目 决算数
一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 105.00
二、其他收入
5.00
本年收入合计 105.00 本年支出合计 105.00
"""
    result = _parse(text)
    loaded = {
        (a.row_label, a.amount_raw) for a in result.amounts if a.table_key == "income_expenditure_summary"
    }
    assert ("本年收入合计", "105.00") in loaded and not any(raw == "5.00" for _label, raw in loaded)
    [said] = [d for d in result.diagnostics if d.check_name == "unplaced_amount"]
    assert said.observed == "5.00"


def test_a_subtotal_under_each_class_is_that_class_and_never_the_tables_total():
    # 类 rows printed without figures, each family closed by a 小计; the 合计 printed last. Before, the
    # first 小计 was the document's total expenditure (10,500,000.00), silently.
    text = """某县农业农村局
2023年度部门决算
支出决算表
编制单位：某县农业农村局 单位：元
科目编码 科目名称 本年支出合计 基本支出 项目支出
213 农林水支出
21301 农业农村 10,500,000.00 6,500,000.00 4,000,000.00
2130101 行政运行 6,500,000.00 6,500,000.00
2130122 农业生产发展 4,000,000.00 4,000,000.00
小计 10,500,000.00 6,500,000.00 4,000,000.00
208 社会保障和就业支出
20805 行政事业单位养老支出 1,245,678.90 1,245,678.90
2080505 机关事业单位基本养老保险缴费支出 845,678.90 845,678.90
2080506 机关事业单位职业年金缴费支出 400,000.00 400,000.00
小计 1,245,678.90 1,245,678.90
221 住房保障支出
22102 住房改革支出 600,000.00 600,000.00
2210201 住房公积金 600,000.00 600,000.00
小计 600,000.00 600,000.00
合计 12,345,678.90 8,345,678.90 4,000,000.00
"""
    result = _parse(text)
    cells = _cells(result)
    assert result.document.total_expenditure_yuan == Decimal("12345678.90")
    assert cells[("213", "total")] == Decimal("10500000.00")
    assert cells[("208", "basic")] == Decimal("1245678.90")
    assert cells[("2080506", "basic")] == Decimal("400000.00")
    assert cells[("221", "basic")] == Decimal("600000.00")
    assert not any(label == "小计" for label, _column in cells)
    assert len(cells) == 27
    assert not result.diagnostics


def test_an_amount_unit_stated_in_a_note_or_once_above_a_group_of_tables():
    # Before: both tables read as 元 (with amount_unit_missing), 10,000 times too small.
    text = """某区审计局
2024年部门预算
表二 一般公共预算“三公”经费支出表
编制单位：某区审计局
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行费
4.60 0.00 3.20 0.00 3.20 1.40
注：金额单位为万元。
以下各表金额单位：万元
表四 部门支出总表
编制单位：某区审计局
科目编码 科目名称 合计 基本支出 项目支出
合计 80.00 80.00
201 一般公共服务支出 80.00 80.00
"""
    result = _parse(text)
    assert [(t.table_key, t.amount_unit) for t in result.tables] == [
        ("sangong", "万元"),
        ("expenditure_by_function", "万元"),
    ]
    assert _cells(result)[("201", "total")] == Decimal("800000.00")
    sangong = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    assert sangong["total"] == Decimal("46000.00")


def test_a_table_without_its_title_ends_the_table_above_and_is_said():
    # The title was an image: only its form number, unit line, header and rows remain. Before, its rows
    # were read as more rows of 支出决算表 (every code twice, with other figures).
    text = """某区司法局
2023年度部门决算
支出决算表
公开03表
编制单位：某区司法局 单位：元
科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 5,300,000.00 4,100,000.00 1,200,000.00
204 公共安全支出 5,300,000.00 4,100,000.00 1,200,000.00
20406 司法 5,300,000.00 4,100,000.00 1,200,000.00
2040601 行政运行 4,100,000.00 4,100,000.00
2040604 基层司法业务 1,200,000.00 1,200,000.00
注：本表反映部门本年度各项支出情况。
3
公开05表
编制单位：某区司法局 单位：元
科目编码 科目名称 合计 基本支出 项目支出
合计 4,950,000.00 4,100,000.00 850,000.00
204 公共安全支出 4,950,000.00 4,100,000.00 850,000.00
20406 司法 4,950,000.00 4,100,000.00 850,000.00
2040601 行政运行 4,100,000.00 4,100,000.00
2040604 基层司法业务 850,000.00 850,000.00
"""
    result = _parse(text)
    cells = _cells(result)
    assert cells[("合计", "total")] == Decimal("5300000.00")
    assert cells[("2040604", "project")] == Decimal("1200000.00")
    assert len(cells) == 13
    [said] = [d for d in result.diagnostics if d.check_name == "table_untitled"]
    assert (said.severity, said.source_line, said.observed) == ("warn", 14, "公开05表")


def test_a_second_report_in_the_same_file_is_said_and_not_mixed_in():
    # A department's report followed by its unit's: before, the unit's tables were loaded into the
    # department's document as expenditure_by_function_2 …, silently.
    department = """某县文化和旅游局
2023年部门预算
一、部门支出总表
编制单位：某县文化和旅游局 单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 560.00 360.00 200.00
207 文化旅游体育与传媒支出 560.00 360.00 200.00
"""
    unit = """某县图书馆
2023年单位预算
一、单位支出总表
编制单位：某县图书馆 单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 340.00 140.00 200.00
207 文化旅游体育与传媒支出 340.00 140.00 200.00
"""
    result = _parse(department + unit)
    assert result.document.unit_name == "某县文化和旅游局"
    assert [t.table_key for t in result.tables] == ["expenditure_by_function"]
    assert _cells(result)[("合计", "total")] == Decimal("5600000.00")
    [said] = [d for d in result.diagnostics if d.check_name == "second_report"]
    assert (said.source_line, said.observed) == (8, "某县图书馆")
    # A running page header repeating the report's own name is no second report.
    header = "某县文化和旅游局2023年部门预算\n"
    result = _parse(department + header + "207 文化旅游体育与传媒支出 560.00 360.00 200.00\n")
    assert not [d for d in result.diagnostics if d.check_name == "second_report"]
    # The same body's report of the next year, or its final account, after it in one file (rules_s31e e05):
    # before, its tables were loaded as expenditure_by_function_2 … of this one.
    for cover in ("某县文化和旅游局\n2024年部门预算\n", "2023年度部门决算\n"):
        result = _parse(department + cover + department.split("\n", 2)[2])
        assert [t.table_key for t in result.tables] == ["expenditure_by_function"]
        [said] = [d for d in result.diagnostics if d.check_name == "second_report"]
        assert said.source_line == 8


def test_a_contents_entry_followed_by_the_narrative_is_no_table():
    # The contents' last entry, then the narrative, whose sentences name 项目 and 预算数 within a few lines.
    # Before, the entry became an empty 政府性基金 table holding the narrative: its claims were lost.
    text = """某市生态环境局
2024年部门预算
目 录
附表1 部门支出总表
附表2 政府性基金预算支出表
1
一、部门主要职能
负责全市生态环境监督管理。
二、2024年部门预算情况说明
2024年收入总计1,000.00万元、支出总计1,000.00万元。支出包括：基本支出700.00万元，项目支出300.00万元。
2
附表1
部门支出总表
编制单位：某市生态环境局 单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 1,000.00 700.00 300.00
211 节能环保支出 1,000.00 700.00 300.00
附表2
政府性基金预算支出表
编制单位：某市生态环境局 单位：万元
科目编码 科目名称 合计 基本支出 项目支出
注：本部门无政府性基金预算拨款，故本表无数据。
"""
    result = _parse(text)
    assert [(t.table_key, t.is_empty) for t in result.tables] == [
        ("expenditure_by_function", False),
        ("government_fund", True),
    ]
    totals = [c for c in result.claims if c.claim_kind == "total_income_expenditure"]
    assert [c.amount_yuan for c in totals] == [Decimal("10000000.00"), Decimal("10000000.00")]


def test_a_continuation_mark_at_a_pages_top_is_no_piece_of_a_name():
    text = """某局2023年部门决算
支出决算表
单位：元
科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 1,000,000.00 1,000,000.00
208 社会保障和就业支出 1,000,000.00 1,000,000.00
20805 行政事业单位养老支出 1,000,000.00 1,000,000.00
2080505 机关事业单位基本养老保险缴费支出 700,000.00 700,000.00
2080506 机关事业单位职业年金缴费支出
4
续表
300,000.00 300,000.00
"""
    names = {a.subject_code: a.subject_name for a in _parse(text).amounts if a.subject_code}
    assert names["2080506"] == "机关事业单位职业年金缴费支出"


def test_a_purchase_services_table_is_listed_and_said_not_loaded():
    # 政府购买服务预算表: found with no rows and nothing said before.
    text = """某某县文化广电旅游局
2025年部门预算
政府购买服务预算表
单位：万元
项目名称 购买服务内容 合计 财政拨款
合计 60.00 60.00
文化惠民演出 演出服务 60.00 60.00
"""
    result = parse_document(text.encode("utf-8"), "report.txt")
    said = [d for d in result.diagnostics if d.table_key == "purchase_services"]
    assert [(d.check_name, d.severity) for d in said] == [("table_not_read", "info")]


def test_a_project_table_printing_functional_codes_is_a_project_table():
    # 项目支出预算表 with 科目编码 | 科目名称 | 项目名称: it was read as expenditure by function (its projects
    # the unit's whole expenditure), and two projects under one code collided (one figure kept, silently).
    text = """某某区住房和城乡建设局
2025年部门预算
2025年项目支出预算表
单位：元
科目编码 科目名称 项目名称 合计 财政拨款
合计 4,800,000.00 4,800,000.00
2120201 城乡社区规划与管理 城市更新规划编制项目 1,200,000.00 1,200,000.00
2120399 其他城乡社区公共设施支出 老旧小区改造配套设施建设 1,000,000.00 1,000,000.00
2120399 其他城乡社区公共设施支出 市政道路养护 2,600,000.00 2,600,000.00
"""
    result = parse_document(text.encode("utf-8"), "report.txt")
    assert [t.table_key for t in result.tables] == ["project_expenditure"]
    totals = sorted(
        a.amount_yuan for a in result.amounts if a.column_key == "total" and a.subject_code == "2120399"
    )
    assert totals == [Decimal("1000000.00"), Decimal("2600000.00")]
    assert not [d for d in result.diagnostics if d.check_name == "duplicate_cells"]


def test_a_project_names_last_piece_below_its_figures_closing_its_bracket_is_its_own():
    # "公共文化服务体系建设补助资金（乡镇综合 206.55" / "文化站免费开放）": the piece was joined to the next
    # project's name ("文化站免费开放）2025年全域旅游宣传推广"), both names wrong.
    text = """某某县文化广电旅游局
2025年部门预算
项目支出预算表
单位：万元
项目名称 合计
合计 356.55
公共文化服务体系建设补助资金（乡镇综合 206.55
文化站免费开放）
2025年全域旅游宣传推广 150.00
"""
    result = parse_document(text.encode("utf-8"), "report.txt")
    names = [a.row_label for a in result.amounts if a.table_key == "project_expenditure"]
    assert names == ["合计", "公共文化服务体系建设补助资金(乡镇综合文化站免费开放)", "2025年全域旅游宣传推广"]


# Projects named after a service's number (the 12345 hotline, 120 ambulance, 110 police), in a project table
# whose header names no code column: the number opens the name, it is no functional code.
HOTLINE_PROJECTS = """某市应急管理局
2024年部门预算
项目支出预算表
单位：万元
项目名称 合计 一般公共预算拨款 其他收入
12345政务服务便民热线运维经费 600.00 600.00 0.00
120急救指挥调度系统运维 250.00 200.00 50.00
110接处警平台升级改造 180.00 180.00 0.00
合计 1,030.00 980.00 50.00
"""

HOTLINE_EXPECTED = {
    ("12345政务服务便民热线运维经费", "total"): Decimal("6000000.00"),
    ("12345政务服务便民热线运维经费", "general_public"): Decimal("6000000.00"),
    ("12345政务服务便民热线运维经费", "other_income"): Decimal("0.00"),
    ("120急救指挥调度系统运维", "total"): Decimal("2500000.00"),
    ("120急救指挥调度系统运维", "general_public"): Decimal("2000000.00"),
    ("120急救指挥调度系统运维", "other_income"): Decimal("500000.00"),
    ("110接处警平台升级改造", "total"): Decimal("1800000.00"),
    ("110接处警平台升级改造", "general_public"): Decimal("1800000.00"),
    ("110接处警平台升级改造", "other_income"): Decimal("0.00"),
    ("合计", "total"): Decimal("10300000.00"),
    ("合计", "general_public"): Decimal("9800000.00"),
    ("合计", "other_income"): Decimal("500000.00"),
}


def test_a_number_opening_a_project_name_is_the_name_where_no_code_column_is_printed():
    result = _parse(HOTLINE_PROJECTS)
    projects = [a for a in result.amounts if a.table_key == "project_expenditure"]
    assert {(a.row_label, a.column_key): a.amount_yuan for a in projects} == HOTLINE_EXPECTED
    assert all(a.subject_code is None for a in projects)


def test_a_project_table_with_a_code_column_keeps_its_codes():
    result = _parse(
        """某市应急管理局
2024年部门预算
项目支出预算表
单位：万元
功能科目编码 项目名称 合计 一般公共预算拨款 其他收入
2240106 安全监管专项 300.00 250.00 50.00
2240108 应急救援能力建设 120.00 120.00 0.00
合计 420.00 370.00 50.00
"""
    )
    projects = [a for a in result.amounts if a.table_key == "project_expenditure"]
    assert {(a.subject_code, a.row_label, a.column_key): a.amount_yuan for a in projects} == {
        ("2240106", "2240106 安全监管专项", "total"): Decimal("3000000.00"),
        ("2240106", "2240106 安全监管专项", "general_public"): Decimal("2500000.00"),
        ("2240106", "2240106 安全监管专项", "other_income"): Decimal("500000.00"),
        ("2240108", "2240108 应急救援能力建设", "total"): Decimal("1200000.00"),
        ("2240108", "2240108 应急救援能力建设", "general_public"): Decimal("1200000.00"),
        ("2240108", "2240108 应急救援能力建设", "other_income"): Decimal("0.00"),
        (None, "合计", "total"): Decimal("4200000.00"),
        (None, "合计", "general_public"): Decimal("3700000.00"),
        (None, "合计", "other_income"): Decimal("500000.00"),
    }


def test_a_project_tables_labels_name_projects_not_the_codes_subjects():
    """Beside its code, a project table prints the project's name: it is no name of the subject 2010350
    (事业运行 in the table by function), where dim_subject_code and the narrative's subject names come from.
    A transfer table printed by code (213 / 21305 / 2130505) names its subjects."""
    result = _parse(
        """某市人民政府办公室
2025年部门预算
表1 一般公共预算支出表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
201 一般公共服务支出 300.00 120.00 180.00
20103 政府办公厅（室）及相关机构事务 300.00 120.00 180.00
2010301 行政运行 120.00 120.00
2010350 事业运行 180.00 180.00
合计 300.00 120.00 180.00
表2 项目支出预算表
单位：万元
科目编码 项目名称 金额
2010350 政务信息化平台运维项目经费及配套服务 180.00
合计 180.00
表3 专项转移支付预算表
单位：万元
项目名称 金额
213 农林水支出 800.00
21305 巩固脱贫攻坚成果衔接乡村振兴 800.00
2130505 生产发展 800.00
合计 800.00
"""
    )
    [project] = [a for a in result.amounts if a.table_key == "project_expenditure" and a.subject_code]
    assert (project.subject_code, project.row_label, project.amount_yuan) == (
        "2010350",
        "2010350 政务信息化平台运维项目经费及配套服务",
        Decimal("1800000.00"),
    )
    assert project.subject_name is None
    names = {(a.table_key, a.subject_code): a.subject_name for a in result.amounts if a.subject_code}
    assert names[("general_budget_by_function", "2010350")] == "事业运行"
    assert {code: name for (table, code), name in names.items() if table == "transfer"} == {
        "213": "农林水支出",
        "21305": "巩固脱贫攻坚成果衔接乡村振兴",
        "2130505": "生产发展",
    }


CODE_AFTER_NAME = """某市人民政府办公室
2025年部门预算
项目支出预算表
单位：万元
项目名称 科目编码 科目名称 合计 财政拨款
12345政务服务便民热线运维经费 2010399 其他政府办公厅（室）及相关机构事务支出 600.00 600.00
政务信息化平台运维 2010350 事业运行 180.00 180.00
合计 780.00 780.00
"""

CODE_AFTER_NAME_LAYOUT = """                         某市人民政府办公室
                            2025年部门预算
                           项目支出预算表
                                                                               单位：万元
  项目名称                        科目编码    科目名称                                 合计      财政拨款
  12345政务服务便民热线运维经费   2010399     其他政府办公厅（室）及相关机构事务支出   600.00      600.00
  政务信息化平台运维              2010350     事业运行                                 180.00      180.00
  合计                                                                                 780.00      780.00
"""


def test_a_project_tables_code_printed_after_the_projects_name_is_the_rows_code():
    """项目名称 | 科目编码 | 科目名称: each row's code is the code standing after the project's name (before,
    the row had no code and its label ran name, code and subject name together); the name after the code
    is the subject's. The same in plain and in layout text."""
    for name, text in (("plain.txt", CODE_AFTER_NAME), ("layout.layout.txt", CODE_AFTER_NAME_LAYOUT)):
        result = parse_document(text.encode("utf-8"), name, "d")
        projects = [a for a in result.amounts if a.table_key == "project_expenditure"]
        hotline = "2010399 12345政务服务便民热线运维经费"
        assert {(a.subject_code, a.row_label, a.column_key): a.amount_yuan for a in projects} == {
            ("2010399", hotline, "total"): Decimal("6000000.00"),
            ("2010399", hotline, "fiscal_appropriation"): Decimal("6000000.00"),
            ("2010350", "2010350 政务信息化平台运维", "total"): Decimal("1800000.00"),
            ("2010350", "2010350 政务信息化平台运维", "fiscal_appropriation"): Decimal("1800000.00"),
            (None, "合计", "total"): Decimal("7800000.00"),
            (None, "合计", "fiscal_appropriation"): Decimal("7800000.00"),
        }, name
        names = {a.subject_code: a.subject_name for a in projects if a.subject_code}
        assert names == {"2010399": "其他政府办公厅(室)及相关机构事务支出", "2010350": "事业运行"}, name


WIDE_SHEET = """江城市教育局2024年部门决算
表2 收入决算表
单位：万元
科目编码 科目名称 合计 财政拨款收入 上级补助收入
合计 1,618.45 1,488.75 36.00
205 教育支出 1,418.45 1,288.75 36.00
2050101 行政运行 1,418.45 1,288.75 36.00
210 卫生健康支出 200.00 200.00
2101101 行政单位医疗 200.00 200.00
表2 收入决算表
单位：万元
科目编码 科目名称 事业收入 经营收入 其他收入
合计 60.30 33.40
205 教育支出 60.30 33.40
2050101 行政运行 60.30 33.40
"""


def test_a_wide_sheet_printed_page_by_page_is_one_table_its_further_columns_no_totals():
    """A wide sheet printed by columns: the title, the code and name columns again, and three further
    figure columns (事业收入 | 经营收入 | 其他收入, blanks dropped). Its rows are read under their own header
    as the same table (one report table from the first title to the last line); they print no total, so no
    figure of theirs is a total (before: the header's words ran into 2101101's name, 60.30 was refused as a
    second total). Plain text leaves which two of the three columns open: said, not loaded."""
    result = _parse(WIDE_SHEET)
    [table] = result.tables
    assert (table.table_key, table.title_line, table.last_line) == ("income_by_function", 2, 15)
    cells = {(a.subject_code or a.row_label, a.column_key): a.amount_yuan for a in result.amounts}
    assert cells == {
        ("合计", "total"): Decimal("16184500.00"),
        ("合计", "fiscal_appropriation"): Decimal("14887500.00"),
        ("合计", "upper_grant"): Decimal("360000.00"),
        ("205", "total"): Decimal("14184500.00"),
        ("205", "fiscal_appropriation"): Decimal("12887500.00"),
        ("205", "upper_grant"): Decimal("360000.00"),
        ("2050101", "total"): Decimal("14184500.00"),
        ("2050101", "fiscal_appropriation"): Decimal("12887500.00"),
        ("2050101", "upper_grant"): Decimal("360000.00"),
        ("210", "total"): Decimal("2000000.00"),
        ("210", "fiscal_appropriation"): Decimal("2000000.00"),
        ("2101101", "total"): Decimal("2000000.00"),
        ("2101101", "fiscal_appropriation"): Decimal("2000000.00"),
    }
    assert {a.row_label for a in result.amounts if a.subject_code == "2101101"} == {"2101101 行政单位医疗"}
    said = [d for d in result.diagnostics if d.check_name == "ambiguous_columns" and d.source_line >= 12]
    assert sorted(d.source_line for d in said) == [13, 14, 15]
    assert all("nothing was loaded" in d.message for d in said)


PROJECT_PIECES_PLAIN = """某县交通运输局2024年部门预算
表8 项目支出预算表
单位：万元
项目名称 科目编码 科目名称 合计 财政拨款
农村公路安全生命防护 2140106 公路养护 500.00 500.00
工程
交通运输综合执法能力建设 2140199 其他公路水路运输支出 260.00 260.00
公路桥梁定期检测 2140106 公路养护 45.00 45.00
国省干线 2140106 公路养护 100.00 100.00
养护
合计 905.00 905.00
"""

PROJECT_PIECES_LAYOUT = """某县交通运输局2024年部门预算
                                        表8 项目支出预算表
                                                                                       单位：万元
  项目名称                      科目编码      科目名称                  合计        财政拨款    备注
  公路桥梁定期检测                  2140106   公路养护               45.00       45.00    省级补助
  农村公路安全生命防护                                                                  资金配套
  工程                        2140106   公路养护              500.00      500.00
  交通执法能力建设                  2140199   其他公路水路运输支出        260.00      260.00
  合计                                                    805.00      805.00
"""


PROJECT_FIRST_ROW_CENTRED = """某县水利局2024年部门预算
                                        表8 项目支出预算表
                                                                                       单位：万元
  项目名称                            科目编码        科目名称            合计          财政拨款
  智慧水利平台建设
  （一期）                            2130399     其他水利支出      180.00        180.00
  河道保洁                            2130306     水利工程运行       60.00         60.00
                                              与维护
  合计                                                      240.00        240.00
"""


def test_a_project_name_wrapped_onto_a_line_of_its_own_stays_with_its_row_in_a_coded_project_table():
    """项目名称 | 科目编码 | 科目名称: a piece of a project's name on a line of its own was dropped when the
    next row printed a code ("工程" after its row, "养护" before the total, the first piece "农村公路安全
    生命防护" above its tall cell's line). A short piece is the row above's tail, a long one the next row's
    head; a remark's piece right of the figures ("资金配套") is no name's."""
    plain = _parse(PROJECT_PIECES_PLAIN)
    labels = {(a.subject_code, a.row_label) for a in plain.amounts if a.table_key == "project_expenditure"}
    assert labels == {
        ("2140106", "2140106 农村公路安全生命防护工程"),
        ("2140199", "2140199 交通运输综合执法能力建设"),
        ("2140106", "2140106 公路桥梁定期检测"),
        ("2140106", "2140106 国省干线养护"),
        (None, "合计"),
    }
    layout = _parse(PROJECT_PIECES_LAYOUT)
    cells = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in layout.amounts
        if a.table_key == "project_expenditure"
    }
    assert cells == {
        ("2140106 公路桥梁定期检测", "total"): Decimal("450000.00"),
        ("2140106 公路桥梁定期检测", "fiscal_appropriation"): Decimal("450000.00"),
        ("2140106 农村公路安全生命防护工程", "total"): Decimal("5000000.00"),
        ("2140106 农村公路安全生命防护工程", "fiscal_appropriation"): Decimal("5000000.00"),
        ("2140199 交通执法能力建设", "total"): Decimal("2600000.00"),
        ("2140199 交通执法能力建设", "fiscal_appropriation"): Decimal("2600000.00"),
        ("合计", "total"): Decimal("8050000.00"),
        ("合计", "fiscal_appropriation"): Decimal("8050000.00"),
    }
    # A piece as wide as its column may end the name above or begin the next: nothing in this table tells
    # (no name's end printed below its row), so it is taken as the next row's, and said.
    said = [d.observed for d in layout.diagnostics if d.check_name == "name_pieces_ambiguous"]
    assert said == ["农村公路安全生命防护"]
    # The first row's first piece right under the header (its tall cell centring code and figures) was
    # taken for a header line: "（一期）" alone was the project's name.
    first = _parse(PROJECT_FIRST_ROW_CENTRED)
    labels = {(a.row_label, a.amount_yuan) for a in first.amounts if a.column_key == "total"}
    assert labels == {
        ("2130399 智慧水利平台建设(一期)", Decimal("1800000.00")),
        ("2130306 河道保洁", Decimal("600000.00")),
        ("合计", Decimal("2400000.00")),
    }


SANGONG_GROUP_RIGHT_OF_SUBTOTAL = """某县水利局2024年部门预算
                              表3 支出总表
                                                                            单位：万元
  科目编码      科目名称                                合计            基本支出            项目支出
            合计                              820.00          600.00          220.00
  213       农林水支出                           820.00          600.00          220.00
  21303     水利                              820.00          600.00          220.00
  2130301   行政运行                            600.00          600.00
  2130306   水利工程运行与维护                       220.00                          220.00

                      表7 一般公共预算“三公”经费支出预算表
                                                                                  单位：万元
                                                       公务用车购置及运行费
  项目                    合计      因公出国（境）费                                                公务接待费
                                                   小计      购置费            运行费
                        31.20           2.00      25.00    10.00          15.00         4.20
"""


def test_a_sangong_subtotal_under_a_vehicle_group_name_centred_right_of_it_is_the_vehicle_subtotal():
    """pdftotext -layout centres "公务用车购置及运行费" over 购置费 and 运行费, right of its 小计: the 小计
    column followed by 购置费 and 运行费 is the vehicle subtotal (it was said, unplaced_amount, unloaded)."""
    result = _parse(SANGONG_GROUP_RIGHT_OF_SUBTOTAL)
    cells = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    assert cells == {
        "total": Decimal("312000.00"),
        "outbound": Decimal("20000.00"),
        "vehicle": Decimal("250000.00"),
        "vehicle_purchase": Decimal("100000.00"),
        "vehicle_operation": Decimal("150000.00"),
        "reception": Decimal("42000.00"),
    }
    assert not [d for d in result.diagnostics if d.check_name == "unplaced_amount"]


PROJECT_PIECES_BETWEEN_ROWS = """某省某县水利局
2024年部门预算
表8 项目支出预算表
单位：万元
项目名称 科目编码 科目名称 合计 财政拨款 备注
中小河流治理重点县综合 2130306 水利工程运行与维护 320.00 320.00
整治
水资源节约保护与监测能
力提升 2130311 水资源节约管理与保护 80.00 80.00 省级补助资金
配套
- 8 -
\f某县水利局2024年部门预算
山洪灾害防治非工程措施 2130399 其他水利支出 50.00 50.00
合计 450.00 450.00
"""


def test_pieces_between_two_project_rows_split_at_the_last_short_one_and_page_headers_and_remarks_stay_out():
    """Plain text, tall cells: between two rows, "整治" (short) ends the row above and
    "水资源节约保护与监测能" (its column's width) opens the next; "配套" after a row printing a remark goes
    on with the remark, not the name; the running header atop page 2 (the unit's name without its
    province, and the title) is no name's piece. Before, all three went into names or were lost."""
    result = _parse(PROJECT_PIECES_BETWEEN_ROWS)
    labels = {(a.row_label, a.amount_yuan) for a in result.amounts if a.column_key == "total"}
    assert labels == {
        ("2130306 中小河流治理重点县综合整治", Decimal("3200000.00")),
        ("2130311 水资源节约保护与监测能力提升", Decimal("800000.00")),
        ("2130399 山洪灾害防治非工程措施", Decimal("500000.00")),
        ("合计", Decimal("4500000.00")),
    }


SUBJECT_BEFORE_PROJECT = """某县交通运输局2024年部门预算
表8 项目支出预算表
单位：万元
科目编码 科目名称 项目名称 合计 财政拨款
2140106 公路养护 农村公路安全生命防护工程 500.00 500.00
2140199 其他公路水路运输支出 交通运输综合执法能力建设 260.00 260.00
2140106 公路养护 公路桥梁定期检测 45.00 45.00
合计 805.00 805.00
"""


def test_a_project_table_printing_the_subjects_name_before_the_projects_keeps_them_apart():
    """科目编码 | 科目名称 | 项目名称: the word after the code is the subject's name, the rest the project's
    (the label was "公路养护农村公路安全生命防护工程" and the subject's name was lost)."""
    result = _parse(SUBJECT_BEFORE_PROJECT)
    rows = {
        (a.subject_code, a.row_label, a.subject_name, a.amount_yuan)
        for a in result.amounts
        if a.column_key == "total"
    }
    assert rows == {
        ("2140106", "2140106 农村公路安全生命防护工程", "公路养护", Decimal("5000000.00")),
        ("2140199", "2140199 交通运输综合执法能力建设", "其他公路水路运输支出", Decimal("2600000.00")),
        ("2140106", "2140106 公路桥梁定期检测", "公路养护", Decimal("450000.00")),
        (None, "合计", None, Decimal("8050000.00")),
    }


CODE_LINE_WITHOUT_NAME = """某县水利局2024年部门预算
表8 项目支出预算表
单位：万元
项目名称 科目编码 科目名称 合计 财政拨款
中小河流治理重点县综合 2130306 水利工程运行与维护 320.00 320.00
整治
水资源节约保护与监测能
力提升
2130311 水资源节约管理与保护 80.00 80.00
合计 400.00 400.00
"""


def test_a_code_line_printing_no_project_name_takes_the_name_printed_above_it():
    """项目名称 | 科目编码 | 科目名称, a tall cell printing its code, subject and figures on a line of their
    own under the project's name: the line was not read as a coded row (the code and subject loaded as a
    label of their own), and the name above it is its own, after the row above's "整治"."""
    result = _parse(CODE_LINE_WITHOUT_NAME)
    rows = {
        (a.subject_code, a.row_label, a.subject_name, a.amount_yuan)
        for a in result.amounts
        if a.column_key == "total"
    }
    assert rows == {
        ("2130306", "2130306 中小河流治理重点县综合整治", "水利工程运行与维护", Decimal("3200000.00")),
        ("2130311", "2130311 水资源节约保护与监测能力提升", "水资源节约管理与保护", Decimal("800000.00")),
        (None, "合计", None, Decimal("4000000.00")),
    }
    # A line opening with a 7-digit number and a name but no name printed above it is no such row: a
    # project's number ("2024001 县级配套资金"), not a code, its "工程" above the end of the row before.
    numbered = _parse(
        CODE_LINE_WITHOUT_NAME.replace(
            "力提升\n2130311 水资源节约管理与保护", "力提升 2130311 水资源节约管理与保护"
        ).replace("合计 400.00 400.00", "2024001 县级配套资金 50.00 50.00\n合计 450.00 450.00")
    )
    rows = {(a.subject_code, a.row_label) for a in numbered.amounts if a.column_key == "total"}
    assert rows == {
        ("2130306", "2130306 中小河流治理重点县综合整治"),
        ("2130311", "2130311 水资源节约保护与监测能力提升"),
        (None, "2024001 县级配套资金"),
        (None, "合计"),
    }


SUBJECT_WORDS_AGAINST_THE_FUNCTION_TABLE = """某县交通运输局2024年部门预算
表3 部门支出总表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 305.00 0.00 305.00
214 交通运输支出 305.00 0.00 305.00
21401 公路水路运输 305.00 0.00 305.00
2140106 公路养护 195.00 0.00 195.00
2140199 其他公路水路运输支出 110.00 0.00 110.00
表8 项目支出预算表
单位：万元
科目编码 科目名称 项目名称 合计 财政拨款
2140106 公路养护 公路桥梁定期检测 45.00 45.00
2140106 养护机械 购置 150.00 150.00
2140199 其他 公路水路运输支出 交通战备经费 110.00 110.00
合计 305.00 305.00
"""


def test_the_subjects_word_in_a_plain_project_table_is_checked_against_the_names_printed_by_function():
    """科目编码 | 科目名称 | 项目名称 in plain text: the word after the code is the subject's name, unless the
    document names the code otherwise (its 部门支出总表): a word that is a piece of that name ("其他") is
    joined up to it, a word that is no part of it ("养护机械", a row printing no subject's name) is the
    project's. (Read without that check: subject "其他", project "公路水路运输支出交通战备经费"; subject
    "养护机械", project "购置".)"""
    result = _parse(SUBJECT_WORDS_AGAINST_THE_FUNCTION_TABLE)
    rows = {
        (a.subject_code, a.row_label, a.subject_name)
        for a in result.amounts
        if a.table_key == "project_expenditure" and a.column_key == "total"
    }
    assert rows == {
        ("2140106", "2140106 公路桥梁定期检测", "公路养护"),
        ("2140106", "2140106 养护机械购置", None),
        ("2140199", "2140199 交通战备经费", "其他公路水路运输支出"),
        (None, "合计", None),
    }


TWO_BLOCKS_SPLIT_CODES = """上海市某局2025年度部门决算
一般公共预算财政拨款基本支出决算表
单位：万元
人员经费 公用经费
经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数
类 款 类 款
301 工资福利支出 2,857.05 302 商品和服务支出 401.93
301 01 基本工资 1,000.00 302 01 办公费 92.11
301 02 津贴补贴 1,857.05 302 99 其他商品和服务支出 309.82
303 对个人和家庭的补助 91.97 310 资本性支出 14.43
303 01 退休费 91.97 310 99 其他资本性支出 13.94
310 02 大型修缮 0.49
人员经费合计 2,949.02 公用经费合计 416.36
"""


def test_two_blocks_whose_codes_are_printed_in_类_and_款_columns_split_at_a_款_part_that_reads_as_a_figure():
    """Plain text of two side-by-side blocks, each code printed in 类 | 款 columns ("302 99"): a 款 part
    such as 99 reads as a figure on its own, and the second block was not split off (30102 got 309.82, the
    second block's figure, and 30301 got 13.94, silently). The values are the table's own."""
    cells = _cells(_parse(TWO_BLOCKS_SPLIT_CODES), "general_budget_basic_by_economic")
    assert cells == {
        ("301", "total"): Decimal("28570500.00"),
        ("30101", "total"): Decimal("10000000.00"),
        ("30102", "total"): Decimal("18570500.00"),
        ("302", "total"): Decimal("4019300.00"),
        ("30201", "total"): Decimal("921100.00"),
        ("30299", "total"): Decimal("3098200.00"),
        ("303", "total"): Decimal("919700.00"),
        ("30301", "total"): Decimal("919700.00"),
        ("310", "total"): Decimal("144300.00"),
        ("31099", "total"): Decimal("139400.00"),
        ("31002", "total"): Decimal("4900.00"),
        ("人员经费合计", "total"): Decimal("29490200.00"),
        ("公用经费合计", "total"): Decimal("4163600.00"),
    }


def test_a_block_holding_a_figure_inside_its_name_is_said_not_loaded():
    """Where a line's blocks still cannot be told apart (a figure printed against the next block's code,
    "1,857.05302 99"), the block read holds the other block's figure and code inside its name: its last
    figure is not its own, so it is said, never loaded."""
    result = _parse(TWO_BLOCKS_SPLIT_CODES.replace("津贴补贴 1,857.05 302 99", "津贴补贴 1,857.05302 99"))
    cells = _cells(result, "general_budget_basic_by_economic")
    assert ("30102", "total") not in cells and ("30299", "total") not in cells
    assert [d.check_name for d in result.diagnostics if "30102" in d.message] == ["rows_unreadable"]


def test_a_codes_last_part_printed_against_its_name_and_a_code_glued_to_its_name_start_their_rows():
    """Shanghai's text renditions print "301 01基本工资" (the 款 part against the name) and a block's code
    glued to its name ("30299其他商品和服务支出"): each is the row's code, and the rows' columns follow from
    the 合计 (人员经费 4,300,000 = 301 + 303; 公用经费 600,000 = 302)."""
    text = """上海市某区2026年区级单位预算
2026年预算单位一般公共预算基本支出部门预算经济分类预算表
编制单位：上海市某区某街道办事处（本级） 单位：元
项目 一般公共预算基本支出
经济分类科目编码
部门经济分类科目名称 合计 人员经费 公用经费
类 款
301 工资福利支出    4,000,000    4,000,000
301 01基本工资     1,500,000     1,500,000
301 02津贴补贴     2,500,000     2,500,000
302 商品和服务支出     600,000     600,000
302 01办公费       200,000       200,000
30299其他商品和服务支出       400,000       400,000
303 对个人和家庭的补助     300,000     300,000
303 01离休费
303 02退休费     300,000     300,000
合计    4,900,000    4,300,000     600,000
"""
    result = _parse(text)
    expected = {("合计", "total"): 4900000, ("合计", "personnel"): 4300000, ("合计", "public_funds"): 600000}
    for code, value, part in [
        ("301", 4000000, "personnel"),
        ("30101", 1500000, "personnel"),
        ("30102", 2500000, "personnel"),
        ("302", 600000, "public_funds"),
        ("30201", 200000, "public_funds"),
        ("30299", 400000, "public_funds"),
        ("303", 300000, "personnel"),
        ("30302", 300000, "personnel"),
    ]:
        expected[(code, "total")] = expected[(code, part)] = value
    cells = _cells(result, "general_budget_basic_by_economic")
    assert cells == {key: Decimal(value) for key, value in expected.items()}
    names = {a.subject_code: a.subject_name for a in result.amounts}
    assert (names["30101"], names["30299"]) == ("基本工资", "其他商品和服务支出")


# Texts of reviewer-drawn PDFs as other extractors give them (pdfplumber, PyMuPDF, pypdf), cut to the rows
# that show a difficulty; the expected readings are typed from the snippets.
OTHER_EXTRACTORS = Path(__file__).parent / "golden" / "hand_written" / "other_extractors"


def test_side_by_side_blocks_whose_code_and_name_stand_in_one_cell_split_there():
    """ "1,610.13 302 商品和服务支出": the next block's code and name in one cell (a space apart) start that
    block; the blocks were read as one, each row's last figure under the first block's code (301 got 252.00)
    and nothing was said."""
    text = (OTHER_EXTRACTORS / "three_blocks_one_space_apart.layout.txt").read_text(encoding="utf-8")
    cells = _cells(_parse(text), "general_budget_basic_by_economic")
    assert cells == {
        (code, "total"): Decimal(value) * 10000
        for code, value in [
            ("301", "1610.13"),
            ("302", "252.00"),
            ("30101", "420.36"),
            ("30201", "38.50"),
            ("310", "8.20"),
            ("30102", "356.20"),
            ("31002", "8.20"),
            ("30103", "68.40"),
            ("30205", "4.20"),
            ("30206", "16.80"),
            ("30107", "228.60"),
            ("30207", "6.30"),
        ]
    }


def test_a_page_break_after_text_on_a_line_ends_that_line():
    """Pages joined with a form feed by an extractor whose pages end without a newline ("总计 2,946.25
    2,946.25\\f收入决算表"): the next page's title was glued to the last row, so the 收入决算表's rows were
    read into the 收支总表 (as expenditure items, 2080599's figure among them)."""
    text = (OTHER_EXTRACTORS / "pages_joined_by_form_feed.txt").read_text(encoding="utf-8")
    assert "2,946.25\f收入决算表" in text
    result = _parse(text)
    assert [t.table_key for t in result.tables] == ["income_expenditure_summary", "income_by_function"]
    summary = _cells(result, "income_expenditure_summary")
    assert summary[("总计", "expenditure")] == Decimal("29462500.00")
    assert not any(code.startswith("20") for code, _column in summary)
    income = _cells(result, "income_by_function")
    assert (income[("合计", "total")], income[("201", "fiscal_appropriation")]) == (
        Decimal("29462500.00"),
        Decimal("21066600.00"),
    )
    total = next(a for a in result.amounts if a.table_key == "income_by_function" and a.row_label == "合计")
    assert total.source_line == 11  # its line in the file: provenance is kept


def test_row_numbers_a_layout_text_places_under_no_header_cell_are_no_amounts():
    """PyMuPDF's sorted text lays a 收支总表 out with spaces that do not stand where the page prints its
    cells: the 行次 (1 … 8, 31 … 41) fell under no header cell and were loaded as the items' amounts (19
    cells), the amounts said as duplicates. In a table of figures printed with decimals a bare small
    integer is a row number."""
    path = OTHER_EXTRACTORS / "summary_row_numbers_spaces_not_positions.layout.txt"
    result = _parse(path.read_text(encoding="utf-8"))
    cells = _cells(result, "income_expenditure_summary")
    wan = Decimal(10000)
    assert cells == {
        ("一、一般公共预算财政拨款收入", "income"): Decimal("4616.43") * wan,
        ("二、政府性基金预算财政拨款收入", "income"): Decimal("2120.00") * wan,
        ("三、国有资本经营预算财政拨款收入", "income"): Decimal("48.00") * wan,
        ("四、上级补助收入", "income"): Decimal("50.00") * wan,
        ("五、事业收入", "income"): Decimal("86.40") * wan,
        ("六、经营收入", "income"): Decimal("12.30") * wan,
        ("七、附属单位上缴收入", "income"): Decimal("5.00") * wan,
        ("八、其他收入", "income"): Decimal("3.20") * wan,
        ("八、社会保障和就业支出", "expenditure"): Decimal("342.48") * wan,
        ("九、卫生健康支出", "expenditure"): Decimal("105.05") * wan,
        ("十一、城乡社区支出", "expenditure"): Decimal("4917.80") * wan,
    }


def test_a_class_code_alone_above_its_items_parts_is_no_row_of_the_items_figures():
    """pdfplumber's plain text of a table whose 类 cell is merged down over its rows: "208" alone, then
    "05 05 机关事业单位…". The 类 took the 项's figures (208 = 124.28); the parts on the name line are the
    code's."""
    text = (OTHER_EXTRACTORS / "merged_class_code_alone_plain.txt").read_text(encoding="utf-8")
    cells = _cells(_parse(text), "general_budget_by_function")
    assert (cells[("2080505", "total")], cells[("2101101", "total")]) == (
        Decimal("1242800.00"),
        Decimal("521500.00"),
    )
    assert ("208", "total") not in cells and ("210", "total") not in cells


def test_two_rows_glued_on_one_line_load_neither_row_under_the_other():
    """pypdf's text runs a row into the next one ("…职业年金缴费支出 80.38 80.38208 05 99 其他…"): 2080506 was
    loaded with 2080599's 0.94. Figures run into a figure or a code inside a name: the row is said."""
    result = _parse((OTHER_EXTRACTORS / "two_rows_glued_on_one_line.txt").read_text(encoding="utf-8"))
    cells = _cells(result)
    assert ("2080506", "total") not in cells
    assert cells[("2080505", "total")] == Decimal("1607500.00")
    assert any(d.check_name == "rows_unreadable" and "2080506" in d.message for d in result.diagnostics)


def test_a_header_label_wrapped_around_the_line_of_the_others_leaves_the_column_order_unknown():
    """pdfplumber's plain text of a 支出决算表 whose 对附属单位补助支出 cell wraps: "对附属单位补助支" above
    the line of the other labels, "出" below it. Read in order, every part shifted one column (its 基本支出
    loaded as 对附属单位补助), and the 一般公共预算 table's rows were then settled against those figures.
    Where the label's column stands the text does not say: only the totals are loaded, and that is said."""
    text = (OTHER_EXTRACTORS / "header_label_wrapped_around_its_line.txt").read_text(encoding="utf-8")
    result = _parse(text)
    main = _cells(result)
    assert {column for _row, column in main} == {"total"}
    assert main[("合计", "total")] == Decimal("29773700.00")
    assert any(
        d.check_name == "columns_unknown" and "对附属单位补助支出" in d.message for d in result.diagnostics
    )
    general = _cells(result, "general_budget_by_function")
    assert ("205", "basic") not in general and ("2050803", "basic") not in general


def test_the_codes_of_two_blocks_on_a_line_of_their_own_are_no_figures():
    """pdfplumber's plain text of a Shanghai 基本支出 table prints each row's codes on a line of their own
    ("301 302", "301 01 302"), names and figures on others: the second block's class code 302 was loaded as
    the first block's figure (301 = 302.00, 30101 = 302.00). It is a code; the figures whose codes are on
    another line are said, not placed."""
    path = OTHER_EXTRACTORS / "economic_codes_of_two_blocks_on_their_own_line.txt"
    result = _parse(path.read_text(encoding="utf-8"))
    assert _cells(result, "general_budget_basic_by_economic") == {}
    assert [d.check_name for d in result.diagnostics] == ["unplaced_amount", "unplaced_amount"]


def test_a_name_opening_with_a_number_is_no_part_of_its_code():
    """A code's last part printed against the name ("301 01基本工资") is the code's; a whole 款 code before a
    name opening with a count or a year ("21301 10万亩…", "213 2024年…") keeps its code and name (the rule
    built 2130110 and 2132024 from them)."""
    text = (
        "某县农业农村局2024年部门预算\n项目支出预算表\n单位：万元\n科目编码 项目名称 金额\n"
        "21301 10万亩高标准农田建设 100.00\n213 2024年农村人居环境整治 200.00\n合计 300.00\n"
    )
    result = _parse(text)
    rows = {(a.subject_code, a.row_label) for a in result.amounts if a.subject_code}
    assert rows == {("21301", "21301 10万亩高标准农田建设"), ("213", "213 2024年农村人居环境整治")}


def test_pieces_of_a_line_parted_by_a_page_break_are_told_apart():
    """Both pieces of a line parted by a form feed keep its number: a table continued on the next page is
    still one table, and a section heading glued after a table's last row is the narrative's."""
    continued = _parse(
        "某县某局2024年度部门决算\n支出决算表\n单位：万元\n科目编码 科目名称 本年支出合计 基本支出 项目支出\n"
        "合计 500.00 400.00 100.00\n213 农林水支出 500.00 400.00 100.00\n"
        "21301 农业农村 500.00 400.00 100.00\n"
        "2130101 行政运行 200.00 200.00\f支出决算表（续）\n单位：万元\n"
        "科目编码 科目名称 本年支出合计 基本支出 项目支出\n2130102 一般行政管理事务 300.00 200.00 100.00\n"
    )
    assert [t.table_key for t in continued.tables] == ["expenditure_by_function"]
    assert _cells(continued)[("2130101", "basic")] == Decimal("2000000.00")
    heading = _parse(
        "某县某局2024年度部门决算\n一般公共预算财政拨款支出决算表\n单位：万元\n"
        "科目编码 科目名称 本年支出合计 基本支出 项目支出\n合计 300.00 200.00 100.00\n"
        "2130101 行政运行 300.00 200.00 100.00\f三、一般公共预算财政拨款支出决算情况说明\n"
        "2130101行政运行：年初预算为250.00万元，支出决算为280.00万元，完成年初预算的112%。\n"
    )
    [claim] = [c for c in heading.claims if c.claim_kind == "execution"]
    assert (claim.subject_code, claim.fund_scope) == ("2130101", "general_budget")


def test_a_header_row_whose_cells_wrap_line_by_line_keeps_every_column():
    """pdftotext prints the first pieces of a header row's cells, then the rest of those that wrapped:
    "一般公共预 政府性基金预" / "算拨款收入 算拨款收入" (rules_s31b d01). The 一般公共预算 column was
    lost, and the 收入总表's rows were all said."""
    result = _parse(
        """某县农业农村局2024年部门预算
表2 部门收入总表
单位：万元
科目编码 科目名称 合计 一般公共预 政府性基金预 事业收入
算拨款收入 算拨款收入
合计 360.00 200.00 100.00 60.00
212 城乡社区支出 100.00 100.00
21208 国有土地使用权出让收入安排的支出 100.00 100.00
213 农林水支出 260.00 200.00 60.00
21301 农业农村 260.00 200.00 60.00
2130101 行政运行 260.00 200.00 60.00
"""
    )
    cells = _cells(result, "income_by_function")
    wan = Decimal(10000)
    assert cells[("合计", "general_public")] == 200 * wan
    assert cells[("合计", "government_fund")] == 100 * wan
    assert cells[("合计", "business")] == 60 * wan
    assert cells[("2130101", "general_public")] == 200 * wan
    assert cells[("2130101", "business")] == 60 * wan
    assert cells[("21208", "government_fund")] == 100 * wan


def test_a_header_naming_two_years_figures_takes_the_later_years_for_the_reports_own():
    """ "2022年预算数 2023年预算数 增减变化情况" over "合计 基本支出 项目支出 增减额 增减%" in a 2023 budget
    (rules_s31b d07): the 2022 column compares, it is not loaded."""
    result = _parse(
        """某区退役军人事务局2023年部门预算
表2 一般公共预算财政拨款支出预算表
单位：万元
科目编码 科目名称 2022年预算数 2023年预算数 增减变化情况
合计 基本支出 项目支出 增减额 增减%
208 社会保障和就业支出 170.00 190.00 100.00 90.00 20.00 11.76
20828 退役军人管理事务 170.00 190.00 100.00 90.00 20.00 11.76
2082801 行政运行 90.00 100.00 100.00 10.00 11.11
2082850 事业运行 80.00 90.00 90.00 10.00 12.50
"""
    )
    wan = Decimal(10000)
    assert _cells(result, "general_budget_by_function") == {
        ("208", "total"): 190 * wan,
        ("208", "basic"): 100 * wan,
        ("208", "project"): 90 * wan,
        ("20828", "total"): 190 * wan,
        ("20828", "basic"): 100 * wan,
        ("20828", "project"): 90 * wan,
        ("2082801", "total"): 100 * wan,
        ("2082801", "basic"): 100 * wan,
        ("2082850", "total"): 90 * wan,
        ("2082850", "project"): 90 * wan,
    }


def test_the_header_printed_again_under_a_running_page_header_is_no_name():
    """Page 10 opens with the report's running header, then the column header again (rules_s31b d06): the
    header was read as the end of the last name of page 9."""
    result = _parse(
        """桂林市某某区教育局2026年部门预算
附表1-5 一般公共预算支出表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 300.00 250.00 50.00
205 教育支出 300.00 250.00 50.00
20508 进修及培训 50.00 50.00
- 9 -
\f桂林市某某区教育局2026年部门预算
科目编码 科目名称 合计 基本支出 项目支出
2050803 培训支出 50.00 50.00
20502 普通教育 250.00 250.00
2050202 小学教育 250.00 250.00
"""
    )
    names = {a.subject_code: a.subject_name for a in result.amounts if a.subject_code}
    assert names["20508"] == "进修及培训"
    assert names["2050803"] == "培训支出"


def test_a_title_wrapped_after_a_form_label_is_one_title_and_no_narrative():
    """ "预算公开表07 一般公共预算“三公”经费" / "支出预算表" (rules_s31b d04): the second line alone is no
    三公 title. A form label alone above a title ("公开02表") is the title's, not the narrative's."""
    result = _parse(
        """某区卫生健康局2024年部门预算
预算公开表07 一般公共预算“三公”经费
支出预算表
单位：万元
项目 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行维护费
2024年预算数 16.50 0.00 12.00 0.00 12.00 4.50
公开08表
政府性基金预算支出表
单位：万元
科目编码 科目名称 合计
本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。
第三部分 情况说明
2024年“三公”经费预算数为16.50万元。
"""
    )
    assert [t.table_key for t in result.tables] == ["sangong", "government_fund"]
    wan = Decimal(10000)
    assert _cells(result, "sangong")[("2024年预算数", "total")] == Decimal("16.50") * wan
    assert all("公开08表" not in c.sentence for c in result.claims)


def test_a_fund_the_fiscal_summary_shows_nothing_of_takes_no_figure_in_a_project_table():
    """The 财政拨款收支总表 spends 一般公共预算 only (its 一般公共预算 column is the 合计); the 项目支出表's
    政府性基金 column, blank throughout, takes none of the figures that fit it as well (rules_s31b d04)."""
    text = """某区卫生健康局2024年部门预算
预算公开表04 财政拨款收支预算总表
单位：万元
收入 支出
项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算
一、本年收入 300.00 一、本年支出 300.00 300.00
（一）一般公共预算拨款 300.00 （一）卫生健康支出 300.00 300.00
（二）政府性基金预算拨款
收入总计 300.00 支出总计 300.00 300.00
预算公开表08 部门项目支出预算表
单位：万元
项目名称 合计 一般公共预算 政府性基金
合计 100.00 100.00
卫生健康信息化系统运维经费 65.00 65.00
重大传染病防控经费 35.00 35.00
"""
    result = _parse(text)
    wan = Decimal(10000)
    parts = {k: v for k, v in _cells(result, "project_expenditure").items() if k[1] != "total"}
    assert parts == {
        ("合计", "general_public"): 100 * wan,
        ("卫生健康信息化系统运维经费", "general_public"): 65 * wan,
        ("重大传染病防控经费", "general_public"): 35 * wan,
    }
    # where the summary spends from both funds, the table's own identities leave the rows open: said
    both = (
        text.replace("（一）卫生健康支出 300.00 300.00", "（一）卫生健康支出 300.00 200.00 100.00")
        .replace("一、本年支出 300.00 300.00", "一、本年支出 300.00 200.00 100.00")
        .replace("支出总计 300.00 300.00", "支出总计 300.00 200.00 100.00")
    )
    open_result = _parse(both)
    assert not {k for k in _cells(open_result, "project_expenditure") if k[1] != "total"}
    assert any(d.check_name == "ambiguous_columns" for d in open_result.diagnostics)


def test_a_sangong_table_ending_its_page_before_the_reports_running_title():
    """The 三公 table ends a page; the next page opens with the report's title as a running header, then a
    section heading (rules_s31d d07): the title was taken for header words after the figures, and the
    table was not loaded."""
    result = _parse(
        """苏州市某某局2023年度部门决算
表7 一般公共预算财政拨款“三公”经费支出决算表
编制单位：苏州市某某局 单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费
26.00 0.00 19.00 0.00 19.00 7.00 21.80 0.00 16.60 0.00 16.60 5.20
注：本表反映“三公”经费财政拨款支出情况。
- 2 -
\f苏州市某某局2023年度部门决算
第三部分 2023年度部门决算情况说明
"""
    )
    cells = {(a.column_key, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    wan = Decimal(10000)
    assert cells[("total", "budget")] == 26 * wan
    assert cells[("total", "actual")] == Decimal("21.80") * wan
    assert cells[("reception", "actual")] == Decimal("5.20") * wan
    assert cells[("vehicle_operation", "actual")] == Decimal("16.60") * wan


def test_a_final_accounts_procurement_table_printing_the_categories_under_plan_and_actual():
    """The national final-account 政府采购情况表: 政府采购计划金额 | 政府采购实际金额, each over 合计 货物
    工程 服务, one 合计 row (rules_s31e e09, e10). Before, the categories named twice made no columns, and
    the row was said."""
    result = _parse(
        """某县档案馆2023年度单位决算
政府采购情况表
单位：万元
单位名称 政府采购计划金额 政府采购实际金额
合计 货物 工程 服务 合计 货物 工程 服务
合计 118.40 86.40 0.00 32.00 112.75 82.15 0.00 30.60
"""
    )
    cells = {(a.row_label, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "procurement"}
    wan = Decimal(10000)
    assert cells == {
        ("合计", "budget"): Decimal("118.40") * wan,
        ("货物", "budget"): Decimal("86.40") * wan,
        ("工程", "budget"): Decimal("0.00"),
        ("服务", "budget"): Decimal("32.00") * wan,
        ("合计", "actual"): Decimal("112.75") * wan,
        ("货物", "actual"): Decimal("82.15") * wan,
        ("工程", "actual"): Decimal("0.00"),
        ("服务", "actual"): Decimal("30.60") * wan,
    }
    assert not [d for d in result.diagnostics if d.severity != "info"]


def test_a_sangong_row_read_under_one_phase_twice_loads_none_of_its_figures():
    """pypdf prints the 三公 header's items and phases out of order (rules_s31c f2, other_extractors_s31/):
    both blocks were read under 决算数, and the first block's figures were kept as the actuals, silently
    wrong. Two figures of one line under one item and phase: none of the line's figures is loaded."""
    path = Path(__file__).parent / "golden/hand_written/other_extractors_s31"
    data = (path / "pypdf_f2_sangong_scrambled_header_phase_shift.txt").read_bytes()
    result = parse_document(data, "pypdf.txt", "d")
    assert [a for a in result.amounts if a.table_key == "sangong"] == []
    [said] = [d for d in result.diagnostics if d.check_name == "duplicate_cells"]
    assert "none of the line's figures is loaded" in said.message


def test_a_total_both_sides_print_alone_after_the_expenditure_sides_is_the_incomes():
    """A final account's income side runs on below the expenditure side: its 总计 stands alone on the last
    line, after the expenditure's (rules_s31f f1, f3, f5). It was read as the expenditure's."""
    result = _parse(
        """某区应急管理局2022年度部门决算
表1
收入支出决算总表
编制单位：某区应急管理局 单位：万元
收入 支出
项目 决算数 项目 决算数
一、一般公共预算财政拨款收入 1,666.05 一、社会保障和就业支出 166.07
二、政府性基金预算财政拨款收入 0.00 二、灾害防治及应急管理支出 1,528.28
三、其他收入 0.00 本年支出合计 1,694.35
本年收入合计 1,666.05 年末结转和结余 16.70
年初结转和结余 45.00 总计 1,711.05
总计 1,711.05
"""
    )
    totals = sorted(
        (a.column_key, a.source_line)
        for a in result.amounts
        if a.table_key == "income_expenditure_summary" and a.row_label == "总计"
    )
    assert totals == [("expenditure", 11), ("income", 12)]


def test_an_attachment_label_above_a_title_is_the_titles_not_the_last_rows_name():
    """The label "附件3" opens the next table's page, above its title (rules_s31f f3): it was read as the
    end of the last row's name on the page before ("住房公积金附件3")."""
    result = _parse(
        """某某中心2020年度单位决算
附件2
收入决算表
单位：元
科目编码 科目名称 本年收入合计 财政拨款收入
合计 239,436.00 239,436.00
221 住房保障支出 239,436.00 239,436.00
22102 住房改革支出 239,436.00 239,436.00
2210201 住房公积金 239,436.00 239,436.00
— 5 —
\f附件3
支出决算表
单位：元
科目编码 科目名称 本年支出合计 基本支出
合计 239,436.00 239,436.00
221 住房保障支出 239,436.00 239,436.00
"""
    )
    names = {a.subject_name for a in result.amounts if a.subject_code == "2210201"}
    assert names == {"住房公积金"}
    assert [t.table_label for t in result.tables] == ["附件2", "附件3"]


def test_a_sides_total_beside_an_item_of_the_other_side_printing_no_figure():
    """ "八、其他收入 总计 1,221.66": the income item prints no figure, the expenditure side's 总计 stands
    beside it (rules_s31i f1-f5). It was glued to the item, an income "八、其他收入总计" of 1,221.66."""
    result = _parse(
        """某区林业局2022年度部门决算
收入支出决算总表
单位：万元
收入 支出
项目 决算数 项目 决算数
一、一般公共预算财政拨款收入 1,048.06 一、农林水支出 1,144.56
二、其他收入 115.40 本年支出合计 1,144.56
三、经营收入 年末结转和结余 77.10
四、附属单位上缴收入 总计 1,221.66
本年收入合计 1,163.46
年初结转和结余 58.20
总计 1,221.66
"""
    )
    cells = sorted(
        (a.row_label, a.column_key, a.source_line)
        for a in result.amounts
        if a.table_key == "income_expenditure_summary" and "总计" in a.row_label
    )
    assert cells == [("总计", "expenditure", 9), ("总计", "income", 12)]


def test_a_funds_appropriation_in_one_header_cell_is_that_funds_column_in_the_years_phase():
    """The cells "一般公共预算财政拨款 政府性基金预算财政拨款" of a final account's 收入决算表 (rules_s31i
    f2, f3, f5): each one fund's column (no 财政拨款 column of its own), the 预算 in its name no phase."""
    result = _parse(
        """某区文化局2021年度部门决算
收入决算表
单位：万元
科目编码 科目名称 本年收入合计 一般公共预算财政拨款 政府性基金预算财政拨款 其他收入
合计 1,016.70 800.70 200.00 16.00
207 文化旅游体育与传媒支出 816.70 800.70 16.00
20701 文化和旅游 816.70 800.70 16.00
229 其他支出 200.00 200.00
22960 彩票公益金安排的支出 200.00 200.00
"""
    )
    cells = {(a.subject_code or a.row_label, a.column_key, a.phase) for a in result.amounts}
    assert ("合计", "general_public", "actual") in cells
    assert ("22960", "government_fund", "actual") in cells
    assert ("20701", "other_income", "actual") in cells
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]


def test_the_personnel_groups_sum_as_a_one_column_basic_tables_first_row():
    """A 基本支出决算表 listing both groups in one column, each opening with its sum, 合计 last (rules_s31i
    f3): "人员经费合计 707.46" right under the header was read as a header line, silently."""
    result = _parse(
        """某区文化局2021年度部门决算
一般公共预算财政拨款基本支出决算表
单位：万元
经济分类科目编码 科目名称 决算数
人员经费合计 707.46
301 工资福利支出 707.46
30101 基本工资 707.46
公用经费合计 297.44
302 商品和服务支出 297.44
30201 办公费 297.44
合计 1,004.90
"""
    )
    labels = {a.row_label: a.amount_yuan for a in result.amounts if a.subject_code is None}
    assert labels["人员经费合计"] == Decimal("7074600.00")
    assert labels["公用经费合计"] == Decimal("2974400.00")


def test_a_title_printed_after_the_unit_on_its_line():
    """The line "单位：万元 收入支出决算总表 公开01表": the unit at the page's left on the title's line
    (rules_s31j f1, b1). The whole line was taken for the unit's, and no table of the report was read."""
    result = _parse(
        """某县民政局2021年度部门决算
单位：万元 支出决算表 公开03表
科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 100.00 90.00 10.00
208 社会保障和就业支出 100.00 90.00 10.00
"""
    )
    assert [(t.table_key, t.amount_unit) for t in result.tables] == [("expenditure_by_function", "万元")]
    assert _cells(result)[("208", "basic")] == Decimal("900000.00")


def test_a_plan_of_the_years_after_the_reports_is_not_taken_for_its_budget():
    """Review of the session's rules: "2024年预算数 2025年预算数" in a 2024 budget is a plan of the year
    after, not last year's figures beside this year's; the rule naming the earlier year the comparison
    would have loaded the 2025 figures as the 2024 budget. Only a header whose later year is the report's
    is so read."""
    text = """某区商务局{year}年部门预算
表5 一般公共预算支出表
单位：万元
科目编码 科目名称 2024年预算数 2025年预算数
201 一般公共服务支出 606.52 667.17
20113 商贸事务 606.52 667.17
2011301 行政运行 606.52 667.17
"""
    plan = _cells(_parse(text.format(year=2024)), "general_budget_by_function")
    assert Decimal("6671700.00") not in plan.values()
    later = _cells(_parse(text.format(year=2025)), "general_budget_by_function")
    assert later[("2011301", "total")] == Decimal("6671700.00")
