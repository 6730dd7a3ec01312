"""Column assignment in plain text (pdftotext without -layout): blank cells are dropped, so the columns of
a row's figures are decided by the table's identities and by other tables, or reported as ambiguous.
The expected placements below are worked out by hand from the identities, not by running the parser."""

from __future__ import annotations

from decimal import Decimal

from dagster_project.parser import parse_document

HEADER_6 = """支出决算表
单位：万元
项目
科目编码
科目名称
本年支出合计
基本支出
项目支出
上缴上级支出
经营支出
对附属单位补助支出
"""


HEADER_3 = """某区民政局2023年部门预算
支出预算表
单位：万元
科目编码
科目名称
合计
基本支出
项目支出
"""


def _cells(text: str, table_key: str) -> dict[tuple[str, str], Decimal]:
    result = parse_document(text.encode("utf-8"), "report.txt")
    return {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }, result


def test_six_columns_with_blanks_dropped_are_placed_by_the_identities():
    # 208 prints three parts that only remit/operating/subsidy can take (201 fills basic and project);
    # 2080506 must hold the subsidy 5.00; the blank basic/project of 20805 forbid its children those columns.
    text = (
        "某区财政局2023年度部门决算\n"
        + HEADER_6
        + """合计 160.00 100.00 30.00 10.00 15.00 5.00
201 一般公共服务支出 130.00 100.00 30.00
20106 财政事务 130.00 100.00 30.00
2010601 行政运行 100.00 100.00
2010602 一般行政管理事务 30.00 30.00
208 社会保障和就业支出 30.00 10.00 15.00 5.00
20805 行政事业单位养老支出 30.00 10.00 15.00 5.00
2080505 机关事业单位基本养老
保险缴费支出 12.00 4.00 8.00
2080506
机关事业单位职业年金缴费支出
18.00 6.00 7.00 5.00
"""
    )
    cells, result = _cells(text, "expenditure_by_function")
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    yuan = Decimal("10000")
    assert cells[("2010601", "basic")] == 100 * yuan
    assert cells[("2010602", "project")] == 30 * yuan
    assert cells[("208", "remit_upper")] == 10 * yuan
    assert cells[("208", "operating")] == 15 * yuan
    assert cells[("208", "subsidy_affiliated")] == 5 * yuan
    assert cells[("2080505", "remit_upper")] == 4 * yuan
    assert cells[("2080505", "operating")] == 8 * yuan
    assert cells[("2080506", "remit_upper")] == 6 * yuan
    assert cells[("2080506", "operating")] == 7 * yuan
    assert cells[("2080506", "subsidy_affiliated")] == 5 * yuan
    assert ("2080505", "basic") not in cells and ("2010601", "project") not in cells
    # names wrapped over lines are whole again
    names = {a.subject_code: a.subject_name for a in result.amounts if a.subject_code}
    assert names["2080505"] == "机关事业单位基本养老保险缴费支出"
    assert names["2080506"] == "机关事业单位职业年金缴费支出"


AMBIGUOUS = """某区司法局2023年部门预算
一般公共预算支出预算表
单位：万元
功能分类科目编码
科目名称
合计
基本支出
项目支出
合计 100.00 100.00
204 公共安全支出 100.00 100.00
20406 司法 100.00 100.00
2040601 行政运行 100.00 100.00
"""


def test_a_split_the_identities_leave_open_is_a_diagnostic_not_a_guess():
    cells, result = _cells(AMBIGUOUS, "general_budget_by_function")
    ambiguous = [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    assert len(ambiguous) == 4  # 合计, 204, 20406, 2040601: each could be basic or project
    assert all(d.expected == "基本支出 | 项目支出" for d in ambiguous)
    assert {k for k in cells if k[1] != "total"} == set()  # only the totals are loaded
    assert cells[("2040601", "total")] == Decimal("1000000.00")


def test_another_table_pins_the_split():
    # 一般公共预算支出表 basic = 基本支出表 total: the economic table's 合计 100.00 makes every row basic.
    text = (
        AMBIGUOUS
        + """一般公共预算基本支出预算表
单位：万元
科目编码
科目名称
合计
人员经费
公用经费
合计 100.00 80.00 20.00
301 工资福利支出 80.00 80.00
30101 基本工资 80.00 80.00
302 商品和服务支出 20.00 20.00
30201 办公费 20.00 20.00
"""
    )
    cells, result = _cells(text, "general_budget_by_function")
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    assert cells[("2040601", "basic")] == Decimal("1000000.00")
    assert cells[("合计", "basic")] == Decimal("1000000.00")
    economic = {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert economic[("301", "personnel")] == Decimal("800000.00")
    assert economic[("30201", "public_funds")] == Decimal("200000.00")


def test_two_sided_summary_with_row_numbers():
    text = """某区财政局2023年度部门决算
收入支出决算总表
单位：万元
项目
行次
金额
项目
行次
金额
一、一般公共预算财政拨款收入 1 142.57 一、社会保障和就业支出 32 23.09
二、政府性基金预算财政拨款收入 2 二、卫生健康支出 33 119.48
本年收入合计 30 142.57 本年支出合计 60 142.57
"""
    result = parse_document(text.encode("utf-8"), "report.txt")
    found = {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts}
    assert found == {
        ("一、一般公共预算财政拨款收入", "income"): Decimal("1425700.00"),
        ("一、社会保障和就业支出", "expenditure"): Decimal("230900.00"),
        ("二、卫生健康支出", "expenditure"): Decimal("1194800.00"),
        ("本年收入合计", "income"): Decimal("1425700.00"),
        ("本年支出合计", "expenditure"): Decimal("1425700.00"),
    }


def test_a_label_without_a_space_keeps_the_first_character_of_the_title():
    result = parse_document(
        AMBIGUOUS.replace("一般公共预算支出预算表", "表四一般公共预算支出预算表").encode(), "r.txt"
    )
    assert [(t.table_label, t.table_title, t.table_key) for t in result.tables] == [
        ("表四", "一般公共预算支出预算表", "general_budget_by_function")
    ]


SANGONG_ITEMS_HEADER = (
    "合计\n因公出国（境）费\n公务用车购置及运行费\n小计\n公务用车购置费\n公务用车运行费\n公务接待费\n"
)


def _sangong(text: str) -> tuple[dict[tuple[str, str], Decimal], list]:
    result = parse_document(text.encode("utf-8"), "report.txt")
    cells = {(a.column_key, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    return cells, [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]


def test_sangong_budget_and_actual_grouped_in_reading_order():
    # Twelve figures under 预算数 (six items) then 决算数 (six items): placed in that order; the 三公 合计
    # is the total (no 会议费/培训费 columns beside it).
    text = (
        "某局2024年度部门决算\n表7 财政拨款“三公”经费支出决算表\n单位：万元\n预算数\n"
        + SANGONG_ITEMS_HEADER
        + "决算数\n"
        + SANGONG_ITEMS_HEADER
        + "12.50 2.00 8.00 3.00 5.00 2.50 11.00 1.50 7.50 3.00 4.50 2.00\n"
    )
    cells, ambiguous = _sangong(text)
    assert not ambiguous
    wan = Decimal("10000")
    assert cells[("total", "budget")] == Decimal("12.50") * wan
    assert cells[("vehicle_operation", "budget")] == 5 * wan
    assert cells[("total", "actual")] == 11 * wan
    assert cells[("outbound", "actual")] == Decimal("1.50") * wan
    assert cells[("reception", "actual")] == 2 * wan
    assert len(cells) == 12


def test_sangong_interleaved_columns():
    # Each item carries 预算数 then 决算数 (the Shanghai order).
    header = "".join(
        f"{name}\n预算数\n决算数\n"
        for name in (
            "合计",
            "因公出国（境）费",
            "公务用车购置及运行费\n小计",
            "公务用车购置费",
            "公务用车运行费",
            "公务接待费",
        )
    )
    text = (
        "某局2024年度部门决算\n表七 财政拨款“三公”经费支出决算表\n单位：万元\n"
        + header
        + "10.00 9.00 0.00 0.00 7.00 6.50 0.00 0.00 7.00 6.50 3.00 2.50\n"
    )
    cells, ambiguous = _sangong(text)
    assert not ambiguous
    wan = Decimal("10000")
    assert cells[("total", "budget")] == 10 * wan and cells[("total", "actual")] == 9 * wan
    assert cells[("vehicle", "actual")] == Decimal("6.50") * wan
    assert cells[("vehicle_operation", "budget")] == 7 * wan
    assert cells[("reception", "actual")] == Decimal("2.50") * wan


def test_sangong_blank_vehicle_block_is_decided_by_the_identities():
    # 预算 only; the vehicle block is blank. 15.00 = 合计; 5.00 and 10.00 can only be 出国 and 接待: in the
    # vehicle columns they would break 车 = 购置 + 运行 (the others blank), or 合计 = 出国 + 车 + 接待.
    text = (
        "某局2024年部门预算\n表五 “三公”经费支出预算表\n单位：万元\n"
        + SANGONG_ITEMS_HEADER
        + "15.00 5.00 10.00\n"
    )
    cells, ambiguous = _sangong(text)
    assert not ambiguous
    wan = Decimal("10000")
    assert cells == {
        ("total", "budget"): 15 * wan,
        ("outbound", "budget"): 5 * wan,
        ("reception", "budget"): 10 * wan,
    }


def test_sangong_row_the_identities_cannot_decide_is_a_diagnostic():
    # 5.00 5.00: 合计 and one single item, 出国 or 接待 (both satisfy 合计 = 出国 + 车 + 接待): ambiguous,
    # only the total (first in every candidate) is loaded, and the diagnostic names both candidates.
    text = (
        "某局2024年部门预算\n表五 “三公”经费支出预算表\n单位：万元\n" + SANGONG_ITEMS_HEADER + "5.00 5.00\n"
    )
    cells, ambiguous = _sangong(text)
    assert cells == {("total", "budget"): Decimal("50000.00")}
    assert len(ambiguous) == 1
    assert "因公出国（境）费" in ambiguous[0].expected and "公务接待费" in ambiguous[0].expected


def test_every_cell_on_a_line_of_its_own_keeps_each_row_together():
    # As some producers' plain pdftotext prints (js_jcy's tables): code, name and each figure on lines of
    # their own, the 合计's figures right under the header. 208's project figure is blank (dropped), so
    # its two figures are total and basic; a name after a row's figures (其中…) closes the row, and the
    # figure under it belongs to no row: reported, not loaded.
    text = (
        HEADER_3
        + """300.00
200.00
100.00
201
一般公共服务支出
150.00
50.00
100.00
208
社会保障和就业支出
150.00
150.00
其中：离退休
20.00
"""
    )
    cells, result = _cells(text, "expenditure_by_function")
    assert cells == {
        ("合计", "total"): Decimal("3000000.00"),
        ("合计", "basic"): Decimal("2000000.00"),
        ("合计", "project"): Decimal("1000000.00"),
        ("201", "total"): Decimal("1500000.00"),
        ("201", "basic"): Decimal("500000.00"),
        ("201", "project"): Decimal("1000000.00"),
        ("208", "total"): Decimal("1500000.00"),
        ("208", "basic"): Decimal("1500000.00"),
    }
    [stray] = [d for d in result.diagnostics if d.check_name == "unplaced_amounts"]
    assert stray.observed == "20.00"


def _after_narrative(layout_table: str) -> str:
    """A layout-text table after 30 lines of narrative (runs of spaces, as pdftotext -layout prints), so
    that the document reads as layout text with positions."""
    return "\n".join(f"说明文字   第{i}段   内容" for i in range(30)) + layout_table


def test_a_code_alone_before_the_total_row_is_no_internal_error():
    # "20101" on a line of its own, then 合计 with its figures one per line: the parser must not fail on
    # the document (it did: a total row has no code to name in the out-of-order report).
    text = HEADER_3 + "201 一般公共服务支出 300.00 200.00 100.00\n20101\n合计\n300.00\n200.00\n100.00\n"
    cells, result = _cells(text, "expenditure_by_function")
    assert [d for d in result.diagnostics if d.check_name == "parser_exception"] == []
    assert cells[("合计", "total")] == Decimal("3000000.00")
    assert cells[("201", "total")] == Decimal("3000000.00")


def test_figures_gathered_from_lines_that_do_not_add_up_are_not_loaded():
    # A short table extracted column by column: codes, names, then the figures of several rows one per
    # line. 120.00 is no sum of 100.00 and 120.00, so the figures gathered below 20101 are not all its.
    text = HEADER_3 + "201\n20101\n一般公共服务支出\n人大事务\n120.00\n100.00\n120.00\n100.00\n20.00\n"
    cells, result = _cells(text, "expenditure_by_function")
    assert not [key for key in cells if key[0] == "20101"]
    assert any(d.check_name == "rows_unreadable" for d in result.diagnostics)


def test_integer_yuan_figures_of_code_shape_stay_figures_of_their_block():
    # Layout text of side-by-side economic blocks in integer 元: 50000 and 35000 look like economic codes
    # (5xxxx) but stand where the blocks' figures stand (no name follows them, and the row's blocks are
    # 3xx): 30102 津贴补贴 50000 and 30202 印刷费 35000 (its name wrapped onto the next line).
    text = _after_narrative(
        """
                       2026年一般公共预算基本支出部门预算经济分类预算表
编制单位：某单位                                                     单位：元
   科目编码     科目名称          金额         科目编码     科目名称         金额
   301          工资福利支出      90000        302          商品和服务支出    50000
   30101        基本工资          40000        30201        办公费           15000
   30102        津贴补贴          50000        30202                         35000
                                              印刷费
"""
    )
    result = parse_document(text.encode("utf-8"), "x.layout.txt")
    cells = {
        a.subject_code: a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert cells == {
        "301": Decimal("90000"),
        "302": Decimal("50000"),
        "30101": Decimal("40000"),
        "30201": Decimal("15000"),
        "30102": Decimal("50000"),
        "30202": Decimal("35000"),
    }


def test_a_layout_header_with_a_column_of_unknown_name_gives_no_column_order():
    # 本年预算 names no column the parser knows: a row printing two figures under three columns must not
    # be placed in the order of the two known ones (it was: basic 300, project 300).
    text = _after_narrative(
        """
                       2026年部门支出预算表
编制单位：某单位                                                     单位：元
     科目编码        科目名称            本年预算          基本支出          项目支出
     201      一般公共服务支出          500.00           300.00          200.00
     20101    人大事务                 300.00           300.00
"""
    )
    result = parse_document(text.encode("utf-8"), "x.layout.txt")
    placed = {
        (a.subject_code, a.column_key): a.amount_raw
        for a in result.amounts
        if a.table_key == "expenditure_by_function"
    }
    assert ("20101", "project") not in placed
    assert placed.get(("20101", "basic")) in (None, "300.00")


FLOW_TABLE = """武汉市某某局2020年度部门决算
表8
政府性基金预算财政拨款收入支出决算表
单位：万元
项目 年初结转和结余 本年收入 本年支出 年末结转和结余
科目编码 科目名称 小计 基本支出 项目支出
合计 12.00 40.00 45.50 3.00 42.50 6.50
229 其他支出 12.00 40.00 45.50 3.00 42.50 6.50
22960 彩票公益金安排的支出 12.00 40.00 45.50 3.00 42.50 6.50
2296002 用于社会福利的彩票公益金支出 12.00 20.00 25.50 3.00 22.50 6.50
2296003 用于体育事业的彩票公益金支出 20.00 20.00 20.00
"""


def test_a_fund_income_and_expenditure_table_is_read_as_a_flow():
    # 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余: the first figure
    # is the carry-over, not a row total. 合计: 12.00 + 40.00 − 45.50 = 6.50 and 45.50 = 3.00 + 42.50.
    result = parse_document(FLOW_TABLE.encode("utf-8"), "report.txt")
    cells = {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "government_fund"
    }
    expected_rows = {
        "合计": ("120000.00", "400000.00", "455000.00", "30000.00", "425000.00", "65000.00"),
        "229": ("120000.00", "400000.00", "455000.00", "30000.00", "425000.00", "65000.00"),
        "2296002": ("120000.00", "200000.00", "255000.00", "30000.00", "225000.00", "65000.00"),
    }
    keys = ("carryover_begin", "income", "total", "basic", "project", "carryover_end")
    for row, figures in expected_rows.items():
        assert {k: cells.get((row, k)) for k in keys} == {
            k: Decimal(v) for k, v in zip(keys, figures, strict=True)
        }
    # "20.00 20.00 20.00" with three columns blank fits 本年收入 = 小计 = 项目支出 (0 + 20 − 20 = 0), or
    # 基本支出, or 年初结转和结余 = 小计 = …; its parent 22960 less its sibling 2296002 settles it: 年初 0,
    # 本年收入 20.00, 小计 20.00, 基本 0, 项目 20.00, 年末 0.
    assert {k: cells.get(("2296003", k)) for k in keys} == {
        "carryover_begin": None,
        "income": Decimal("200000.00"),
        "total": Decimal("200000.00"),
        "basic": None,
        "project": Decimal("200000.00"),
        "carryover_end": None,
    }
    # Where the sums leave it open too (two such children under a parent printed alike), it is reported and
    # only its figure every placement puts in one column is loaded: the 本年支出 小计 (session 28; nothing
    # was loaded before).
    twins = FLOW_TABLE.split("合计 12.00")[0] + (
        "合计 40.00 40.00 40.00\n229 其他支出 40.00 40.00 40.00\n"
        "22960 彩票公益金安排的支出 40.00 40.00 40.00\n"
        "2296002 用于社会福利的彩票公益金支出 20.00 20.00 20.00\n"
        "2296003 用于体育事业的彩票公益金支出 20.00 20.00 20.00\n"
    )
    open_rows = parse_document(twins.encode("utf-8"), "report.txt")
    assert [
        (a.column_key, a.amount_yuan)
        for a in open_rows.amounts
        if a.table_key == "government_fund" and a.subject_code == "2296003"
    ] == [("total", Decimal("200000.00"))]
    assert any(d.check_name == "ambiguous_columns" and "2296003" in d.message for d in open_rows.diagnostics)


def test_a_general_budget_income_and_expenditure_table_is_the_general_budget_table():
    # Some provinces print 表5 as 一般公共预算财政拨款收入支出决算表 (by functional code, with carry-overs):
    # it is the 一般公共预算 table (its 小计 the 一般公共预算 expenditure), not the all-funds 支出决算表.
    text = FLOW_TABLE.replace(
        "表8\n政府性基金预算财政拨款收入支出决算表", "表5\n一般公共预算财政拨款收入支出决算表"
    )
    result = parse_document(text.encode("utf-8"), "report.txt")
    assert {t.table_key for t in result.tables} == {"general_budget_by_function"}
    totals = {a.subject_code: a.amount_yuan for a in result.amounts if a.column_key == "total"}
    assert totals == {
        None: Decimal("455000.00"),
        "229": Decimal("455000.00"),
        "22960": Decimal("455000.00"),
        "2296002": Decimal("255000.00"),
        "2296003": Decimal("200000.00"),  # placed by the column sums (above)
    }


SANGONG_ITEMS_AS_ROWS = """昆明市某某局2021年度部门决算
表9
“三公”经费、行政参公单位机关运行经费情况表
单位：万元
项目 预算数 决算数
一、“三公”经费支出 12.50 10.30
（一）因公出国（境）费 2.00 0.00
（二）公务用车购置及运行
费 8.00 8.10
1.公务用车购置费 0.00 0.00
2.公务用车运行维护费 8.00 8.10
（三）公务接待费 2.50 2.20
1.国内接待费 2.50 2.20
二、机关运行经费 30.00 28.76
三、公务用车保有量（辆） 3 3
四、国内公务接待批次（个） 12 10
"""


def test_三公_items_printed_as_rows_take_the_phase_columns_in_order():
    # The national final-account template prints the items as rows under 预算数 | 决算数. The wrapped
    # label "（二）公务用车购置及运行" / "费" is one row; 国内接待费 is a part of 公务接待费, not a second
    # 公务接待费; the rows counting cars and receptions are not money.
    result = parse_document(SANGONG_ITEMS_AS_ROWS.encode("utf-8"), "report.txt")
    cells = {(a.column_key, a.phase): str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert cells == {
        ("total", "budget"): "125000.00",
        ("total", "actual"): "103000.00",
        ("outbound", "budget"): "20000.00",
        ("outbound", "actual"): "0.00",
        ("vehicle", "budget"): "80000.00",
        ("vehicle", "actual"): "81000.00",
        ("vehicle_purchase", "budget"): "0.00",
        ("vehicle_purchase", "actual"): "0.00",
        ("vehicle_operation", "budget"): "80000.00",
        ("vehicle_operation", "actual"): "81000.00",
        ("reception", "budget"): "25000.00",
        ("reception", "actual"): "22000.00",
        ("operating_costs", "budget"): "300000.00",
        ("operating_costs", "actual"): "287600.00",
    }
    assert len([a for a in result.amounts if a.table_key == "sangong"]) == 14
    assert [d.check_name for d in result.diagnostics if d.severity != "info"] == []


def test_三公_items_as_rows_with_a_figure_missing_are_reported():
    # Plain text drops a blank cell: "（一）因公出国（境）费 2.00" under 预算数 | 决算数 could be either.
    text = SANGONG_ITEMS_AS_ROWS.replace("（一）因公出国（境）费 2.00 0.00", "（一）因公出国（境）费 2.00")
    result = parse_document(text.encode("utf-8"), "report.txt")
    assert not [a for a in result.amounts if a.column_key == "outbound"]
    assert any(d.check_name == "ambiguous_columns" and "因公出国" in d.message for d in result.diagnostics)


def test_三公_items_as_rows_in_layout_text_place_a_lone_figure_by_its_column():
    # pdftotext -layout starts each cell at its column (counted in characters): 预算数 at 30, 决算数 at 45.
    def line(label: str, budget: str = "", actual: str = "") -> str:
        return label.ljust(30) + budget.rjust(6) + " " * 9 + actual.rjust(6)

    text = "\n".join(
        [
            "昆明市某某局2021年度部门决算",
            # a contents page laid out in columns, as pdftotext -layout prints one (the text is told for
            # layout text by its many runs of spaces)
            *[f"表{n}      第{n}部分      第 {n} 页" for n in range(1, 26)],
            "表9",
            "“三公”经费、行政参公单位机关运行经费情况表",
            "单位：万元".rjust(60),
            "项目".ljust(30) + "预算数" + " " * 12 + "决算数",
            line("一、“三公”经费支出", "12.50", "10.30"),
            line("（一）因公出国（境）费", "", "2.00"),
            line("（二）公务用车购置及运行费", "12.50", "8.30"),
            line("（三）公务接待费", "0.00", "0.00"),
        ]
    )
    result = parse_document(text.encode("utf-8"), "report.layout.txt")
    cells = {(a.column_key, a.phase): str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert cells["outbound", "actual"] == "20000.00"
    assert ("outbound", "budget") not in cells
    assert cells["vehicle", "budget"] == "125000.00"


def test_三公_item_label_wrapped_before_an_item_word():
    # "（二）公务用车购置及" / "运行维护费 10.00 10.10": the first piece names nothing, so the second, though
    # it says 运行维护费, continues it: one row, 公务用车购置及运行维护费, not the 运行维护费 part.
    text = SANGONG_ITEMS_AS_ROWS.replace(
        "（二）公务用车购置及运行\n费 8.00 8.10\n1.公务用车购置费 0.00 0.00",
        "（二）公务用车购置及\n运行维护费 10.00 10.10\n1.公务用车购置费 2.00 2.00",
    )
    result = parse_document(text.encode("utf-8"), "report.txt")
    cells = {(a.column_key, a.phase): str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert cells["vehicle", "budget"] == "100000.00"
    assert cells["vehicle", "actual"] == "101000.00"
    assert cells["vehicle_operation", "budget"] == "80000.00"
    assert cells["vehicle_purchase", "actual"] == "20000.00"


def test_a_flow_table_under_an_unknown_header_is_reported_once_per_row():
    text = FLOW_TABLE.replace(
        "科目编码 科目名称 小计 基本支出 项目支出", "科目编码 科目名称 小计 人员经费 公用经费"
    )
    result = parse_document(text.encode("utf-8"), "report.txt")
    unknown = [d.source_line for d in result.diagnostics if d.check_name == "columns_unknown"]
    assert len(unknown) == len(set(unknown)) == 5
    assert not [a for a in result.amounts if a.table_key == "government_fund"]


def test_a_misprinted_rows_parts_are_placed_by_the_column_sums_its_total_loaded_as_printed():
    # 2013805 prints 263.70 and its one part 236.70 (a misprint: the row's own sum fails, and with it
    # every placement the solver tries). Its part's column is the one where the parent equals the children
    # (项目支出: 408.75 - 22.05 - 100.00 - 50.00 = 236.70); the total is loaded as printed, for the
    # warehouse to report (row_total_vs_parts). Before: the total alone was loaded, the part lost.
    text = """某局2023年部门决算
一般公共预算财政拨款支出决算表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 1,400.00 991.25 408.75
201 一般公共服务支出 1,400.00 991.25 408.75
20138 市场监督管理事务 1,400.00 991.25 408.75
2013801 行政运行 922.05 900.00 22.05
2013804 市场主体管理 148.90 48.90 100.00
2013805 市场秩序执法 263.70 236.70
2013812 药品事务 92.35 42.35 50.00
"""
    result = parse_document(text.encode(), "misprint.txt", "d")
    cells = {
        (a.subject_code, a.column_key): str(a.amount_yuan)
        for a in result.amounts
        if a.subject_code == "2013805"
    }
    assert cells == {("2013805", "total"): "2637000.00", ("2013805", "project"): "2367000.00"}
    # A row whose figures no column sum places either keeps its first figure, its total, and says so.
    result = parse_document(
        "某局2023年部门决算\n支出决算表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
        "合计 1,300.00 1,200.00 100.00\n201 一般公共服务支出 1,200.00 100.00\n".encode(),
        "no_fit.txt",
        "d",
    )
    assert {(a.subject_code, a.column_key) for a in result.amounts if a.subject_code} == {("201", "total")}
    [said] = [d for d in result.diagnostics if "201" in d.message]
    assert "no placement satisfies the identities" in said.message and "the row's total" in said.message


def _summary(text: str) -> tuple[dict[tuple[str, str, str], Decimal], list]:
    result = parse_document(text.encode("utf-8"), "report.txt")
    cells = {
        (a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "income_expenditure_summary"
    }
    return cells, [d for d in result.diagnostics if d.table_key == "income_expenditure_summary"]


TWO_PHASE = """某某县水利局
2023年度部门决算
收入支出决算总表
单位：万元
收入 支出
项目 年初预算数 决算数 项目 年初预算数 决算数
一、一般公共预算财政拨款收入 600.00 640.00 一、一般公共服务支出 100.00 96.00
二、事业收入 30.00 八、农林水支出 520.00 581.50
三、其他收入 4.50 九、住房保障支出 10.00
本年收入合计 600.00 674.50 本年支出合计 630.00 677.50
年初结转和结余 40.00 12.00 年末结转和结余 10.00 9.00
总计 640.00 686.50 总计 640.00 686.50
"""


def test_a_final_accounts_plain_summary_with_budget_and_actual_columns_on_each_side():
    # "年初预算数 决算数" after each 项目: both figures were loaded as the 决算数 (one cell, two values).
    # An item printing one figure is placed by the column sums: income 640 + 30 + 4.50 = 674.50 (决算),
    # so 30.00 and 4.50 are 决算数 (the 年初预算 600 is 一般公共预算's alone); expenditure 100 + 520 + 10
    # = 630 (年初预算), so 住房保障's 10.00 is its 年初预算 (决算 96 + 581.50 = 677.50).
    cells, said = _summary(TWO_PHASE)
    wan = Decimal(10000)
    assert cells == {
        ("一、一般公共预算财政拨款收入", "income", "budget"): 600 * wan,
        ("一、一般公共预算财政拨款收入", "income", "actual"): 640 * wan,
        ("一、一般公共服务支出", "expenditure", "budget"): 100 * wan,
        ("一、一般公共服务支出", "expenditure", "actual"): 96 * wan,
        ("二、事业收入", "income", "actual"): 30 * wan,
        ("八、农林水支出", "expenditure", "budget"): 520 * wan,
        ("八、农林水支出", "expenditure", "actual"): Decimal("581.50") * wan,
        ("三、其他收入", "income", "actual"): Decimal("4.50") * wan,
        ("九、住房保障支出", "expenditure", "budget"): 10 * wan,
        ("本年收入合计", "income", "budget"): 600 * wan,
        ("本年收入合计", "income", "actual"): Decimal("674.50") * wan,
        ("本年支出合计", "expenditure", "budget"): 630 * wan,
        ("本年支出合计", "expenditure", "actual"): Decimal("677.50") * wan,
        ("年初结转和结余", "income", "budget"): 40 * wan,
        ("年初结转和结余", "income", "actual"): 12 * wan,
        ("年末结转和结余", "expenditure", "budget"): 10 * wan,
        ("年末结转和结余", "expenditure", "actual"): 9 * wan,
        ("总计", "income", "budget"): 640 * wan,
        ("总计", "income", "actual"): Decimal("686.50") * wan,
        ("总计", "expenditure", "budget"): 640 * wan,
        ("总计", "expenditure", "actual"): Decimal("686.50") * wan,
    }
    assert said == []


def test_a_plain_summary_item_the_column_sums_do_not_place_is_said():
    # 二、事业收入 and 三、其他收入 print 5.00 each, one figure; the columns sum to 605 and 645 (600 and 640
    # besides): one is 年初预算, the other 决算, and which is not told, so neither is loaded.
    text = (
        TWO_PHASE.replace("二、事业收入 30.00", "二、事业收入 5.00")
        .replace("三、其他收入 4.50", "三、其他收入 5.00")
        .replace("600.00 674.50 本年支出合计", "605.00 645.00 本年支出合计")
    )
    cells, said = _summary(text)
    assert ("二、事业收入", "income", "actual") not in cells
    assert ("三、其他收入", "income", "actual") not in cells
    assert [d.check_name for d in said] == ["ambiguous_columns"]
    assert "二、事业收入" in said[0].message


def test_a_plain_budget_summary_printing_last_years_column_loads_this_years_only():
    # 上年预算数 | 本年预算数, header cells one per line: the 上年 figures were loaded as this year's.
    text = """某某县水利局
2024年部门预算
收支预算总表
单位：元
收入
支出
项目
上年预算数
本年预算数
项目
上年预算数
本年预算数
一、一般公共预算拨款收入 5,000,000.00 5,200,000.00 一、一般公共服务支出 1,000,000.00 1,100,000.00
二、事业收入 300,000.00 二、农林水支出 4,000,000.00 4,400,000.00
本年收入合计 5,000,000.00 5,500,000.00 本年支出合计 5,000,000.00 5,500,000.00
收入总计 5,000,000.00 5,500,000.00 支出总计 5,000,000.00 5,500,000.00
"""
    cells, said = _summary(text)
    assert cells == {
        ("一、一般公共预算拨款收入", "income", "budget"): Decimal("5200000.00"),
        ("一、一般公共服务支出", "expenditure", "budget"): Decimal("1100000.00"),
        ("二、事业收入", "income", "budget"): Decimal("300000.00"),
        ("二、农林水支出", "expenditure", "budget"): Decimal("4400000.00"),
        ("本年收入合计", "income", "budget"): Decimal("5500000.00"),
        ("本年支出合计", "expenditure", "budget"): Decimal("5500000.00"),
        ("收入总计", "income", "budget"): Decimal("5500000.00"),
        ("支出总计", "expenditure", "budget"): Decimal("5500000.00"),
    }
    assert [(d.check_name, "上年预算数" in d.message) for d in said] == [
        ("comparison_columns_not_loaded", True)
    ]


def test_a_blank_income_item_beside_an_expenditure_item_and_a_cut_label_in_plain_text():
    # "上年结转 结转下年 30.00": the two labels were joined into one income item holding 30.00; "出" on a
    # line of its own ends the cut label above it.
    text = """某某县水利局
2023年度部门决算
收入支出决算总表
单位：万元
项目 决算数 项目 决算数
一、一般公共预算财政拨款收入 500.00 一、一般公共服务支出 120.00
七、文化旅游体育与传媒支 350.00
出
本年收入合计 500.00 本年支出合计 470.00
上年结转 结转下年 30.00
总计 500.00 总计 500.00
"""
    cells, said = _summary(text)
    wan = Decimal(10000)
    assert cells == {
        ("一、一般公共预算财政拨款收入", "income", "actual"): 500 * wan,
        ("一、一般公共服务支出", "expenditure", "actual"): 120 * wan,
        ("七、文化旅游体育与传媒支出", "expenditure", "actual"): 350 * wan,
        ("本年收入合计", "income", "actual"): 500 * wan,
        ("本年支出合计", "expenditure", "actual"): 470 * wan,
        ("结转下年", "expenditure", "actual"): 30 * wan,
        ("总计", "income", "actual"): 500 * wan,
        ("总计", "expenditure", "actual"): 500 * wan,
    }
    assert said == []


def test_plain_text_typed_with_a_few_spaces_between_cells_is_not_read_by_position():
    # A short text whose cells are parted by three spaces (typed, not pdftotext -layout): blank cells are
    # dropped, so positions say nothing; it was read as layout text and 20101's 100.00 | 100.00 went to
    # 基本支出 | 项目支出 (no total).
    text = """某某镇人民政府
2025年部门预算
支出预算表
单位：万元
科目编码   科目名称   合计   基本支出   项目支出
合计   1,300.00   1,000.00   300.00
201   一般公共服务支出   1,100.00   800.00   300.00
20101   人大事务   100.00   100.00
2010101   行政运行   100.00   100.00
20103   政府办公厅（室）及相关机构事务   1,000.00   700.00   300.00
2010301   行政运行   700.00   700.00
2010350   事业运行   300.00   300.00
208   社会保障和就业支出   200.00   200.00
20805   行政事业单位养老支出   200.00   200.00
2080505   机关事业单位基本养老保险缴费支出   200.00   200.00
"""
    cells, _result = _cells(text, "expenditure_by_function")
    wan = Decimal(10000)
    assert cells[("20101", "total")] == cells[("20101", "basic")] == 100 * wan
    assert ("20101", "project") not in cells
    assert cells[("2010350", "total")] == cells[("2010350", "project")] == 300 * wan
    assert ("2010350", "basic") not in cells


def test_a_final_accounts_plain_summary_columns_by_their_phase_words():
    # 预算数 | 执行数 (执行数 is the account's own, actual): both were loaded as actual; three columns
    # (年初预算数 | 调整预算数 | 决算数) with blanks dropped cannot be told apart: said, not loaded; one
    # 预算数 column a side is the budget.
    head = "某某县水利局\n2024年度部门决算\n收入支出决算总表\n单位：万元\n收入 支出\n"
    rows = (
        "一、一般公共预算财政拨款收入 1,200.00 1,350.50 一、一般公共服务支出 900.00 1,010.30\n"
        "二、事业收入 80.00 80.00 二、农林水支出 380.00 420.20\n"
        "本年收入合计 1,280.00 1,430.50 本年支出合计 1,280.00 1,430.50\n"
    )
    cells, said = _summary(head + "项目 预算数 执行数 项目 预算数 执行数\n" + rows)
    wan = Decimal(10000)
    assert cells[("一、一般公共预算财政拨款收入", "income", "budget")] == 1200 * wan
    assert cells[("一、一般公共预算财政拨款收入", "income", "actual")] == Decimal("1350.50") * wan
    assert cells[("二、农林水支出", "expenditure", "actual")] == Decimal("420.20") * wan
    assert said == []
    three = rows.replace("1,200.00 1,350.50", "1,200.00 1,300.00 1,350.50")
    cells, said = _summary(
        head + "项目 年初预算数 调整预算数 决算数 项目 年初预算数 调整预算数 决算数\n" + three
    )
    # the item printing all three is read in order (调整预算数 not loaded); those printing two are said
    assert cells == {
        ("一、一般公共预算财政拨款收入", "income", "budget"): 1200 * wan,
        ("一、一般公共预算财政拨款收入", "income", "actual"): Decimal("1350.50") * wan,
    }
    assert sorted(d.check_name for d in said) == ["ambiguous_columns"] * 5 + ["comparison_columns_not_loaded"]
    one = (
        "一、一般公共预算财政拨款收入 1,200.00 一、一般公共服务支出 900.00\n"
        "本年收入合计 1,200.00 本年支出合计 900.00\n"
    )
    cells, _said = _summary(head + "项目 预算数 项目 预算数\n" + one)
    assert cells[("一、一般公共预算财政拨款收入", "income", "budget")] == 1200 * wan
    assert {phase for _label, _side, phase in cells} == {"budget"}


_OTHER_FUNDS_TABLE = """某某县文化广电旅游局
2025年部门预算
项目支出预算表
单位：万元
项目名称 合计 一般公共预算 政府性基金 {other}
合计 704.00 300.00 304.00 100.00
全民健身设施建设项目 304.00 304.00
2025年全域旅游宣传推广 150.00 100.00 50.00
文物安全防护工程 250.00 200.00 50.00
"""


def test_a_column_the_header_does_not_name_leaves_the_parts_unplaced():
    # 自筹资金 names no column the parser knows: the 合计 row prints four figures under three named
    # columns. Rows of three figures were placed by order ("…推广 150.00 100.00 50.00": 50.00 loaded as
    # 政府性基金, it is 自筹资金), silently. Now each row's total is loaded and its parts are said.
    text = _OTHER_FUNDS_TABLE.format(other="自筹资金")
    result = parse_document(text.encode("utf-8"), "report.txt")
    cells = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "project_expenditure"
    }
    wan = Decimal(10000)
    assert cells == {
        ("合计", "total"): 704 * wan,
        ("全民健身设施建设项目", "total"): 304 * wan,
        ("2025年全域旅游宣传推广", "total"): 150 * wan,
        ("文物安全防护工程", "total"): 250 * wan,
    }
    assert "columns_unknown" in {
        d.check_name for d in result.diagnostics if d.table_key == "project_expenditure"
    }


def test_other_funds_is_a_column_placed_by_the_tables_identities():
    # 其他资金 beside 财政拨款 funds is the money not appropriated (unit_funds). The same table: each
    # column's sum pins the rows: 一般公共预算 300.00 = 100.00 + 200.00, so 全民健身's 304.00 is 政府性基金
    # (304.00), and 其他资金 100.00 = 50.00 + 50.00.
    result = parse_document(_OTHER_FUNDS_TABLE.format(other="其他资金").encode("utf-8"), "report.txt")
    cells = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "project_expenditure"
    }
    wan = Decimal(10000)
    assert cells == {
        ("合计", "total"): 704 * wan,
        ("合计", "general_public"): 300 * wan,
        ("合计", "government_fund"): 304 * wan,
        ("合计", "unit_funds"): 100 * wan,
        ("全民健身设施建设项目", "total"): 304 * wan,
        ("全民健身设施建设项目", "government_fund"): 304 * wan,
        ("2025年全域旅游宣传推广", "total"): 150 * wan,
        ("2025年全域旅游宣传推广", "general_public"): 100 * wan,
        ("2025年全域旅游宣传推广", "unit_funds"): 50 * wan,
        ("文物安全防护工程", "total"): 250 * wan,
        ("文物安全防护工程", "general_public"): 200 * wan,
        ("文物安全防护工程", "unit_funds"): 50 * wan,
    }


def test_fund_parts_named_below_their_group_follow_the_group_in_a_plain_row():
    # "合计 财政拨款收入 事业收入" over "一般公共预算 政府性基金": a row prints 合计, 财政拨款, its fund
    # parts, then 事业收入. The header's reading order put 事业收入 second: 400.00 loaded as 事业收入.
    text = """某某县农业农村局
2025年部门预算
收入预算表
单位：万元
科目编码 科目名称 合计 财政拨款收入 事业收入
一般公共预算 政府性基金
合计 500.00 450.00 400.00 50.00 50.00
213 农林水支出 500.00 450.00 400.00 50.00 50.00
21301 农业农村 500.00 450.00 400.00 50.00 50.00
2130101 行政运行 300.00 300.00 300.00
2130104 事业运行 200.00 150.00 100.00 50.00 50.00
"""
    cells, _result = _cells(text, "income_by_function")
    wan = Decimal(10000)
    assert cells[("合计", "general_public")] == 400 * wan
    assert cells[("合计", "government_fund")] == 50 * wan
    assert cells[("合计", "business")] == 50 * wan
    assert cells[("2130101", "general_public")] == 300 * wan
    assert ("2130101", "business") not in cells


TWO_PHASES = """某县农业农村局2024年度部门决算
一般公共预算财政拨款支出决算表
单位：万元
科目编码 科目名称 年初预算数 决算数
小计 基本支出 项目支出
"""


def test_two_phases_a_budget_column_beside_the_actuals_block_placed_by_the_identities():
    # 年初预算数 one column, 决算数 over 小计 | 基本支出 | 项目支出: four columns, blanks dropped. Worked by
    # hand: 2130104 prints three figures: basic, since 21301's basic 100 is taken by it alone (2130106's 60
    # can only be project: 21301 project 70 = 60 + 10); 2130199 prints two: its 年初 cell is blank (21301's
    # budget 150 = 100 + 50 leaves it nothing), its actual 10.00 a project's (basic is used up).
    text = TWO_PHASES + (
        "合计 150.00 170.00 100.00 70.00\n"
        "213 农林水支出 150.00 170.00 100.00 70.00\n"
        "21301 农业农村 150.00 170.00 100.00 70.00\n"
        "2130104 事业运行 100.00 100.00 100.00\n"
        "2130106 科技转化与推广服务 50.00 60.00 60.00\n"
        "2130199 其他农业农村支出 10.00 10.00\n"
    )
    result = parse_document(text.encode("utf-8"), "report.txt")
    cells = {
        (a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
    }
    wan = Decimal(10000)
    expected = {}
    for code, budget, total, basic, project in [
        ("合计", 150, 170, 100, 70),
        ("213", 150, 170, 100, 70),
        ("21301", 150, 170, 100, 70),
        ("2130104", 100, 100, 100, None),
        ("2130106", 50, 60, None, 60),
        ("2130199", None, 10, None, 10),
    ]:
        for key, phase, value in [
            ("total", "budget", budget),
            ("total", "actual", total),
            ("basic", "actual", basic),
            ("project", "actual", project),
        ]:
            if value is not None:
                expected[(code, key, phase)] = value * wan
    assert cells == expected
    assert not [d for d in result.diagnostics if d.table_key == "general_budget_by_function"]


def test_two_phases_are_not_taken_where_a_row_printing_every_column_breaks_a_blocks_identity():
    # The same header, but the 合计 row's 决算 小计 (170.00) is not its 基本 + 项目 (100.00 + 60.00): the
    # header is not read as two blocks, and no figure is placed in a phase's part column.
    text = TWO_PHASES + (
        "合计 150.00 170.00 100.00 60.00\n"
        "213 农林水支出 150.00 170.00 100.00 60.00\n"
        "2130104 事业运行 100.00 100.00 100.00\n"
    )
    result = parse_document(text.encode("utf-8"), "report.txt")
    placed = {(a.column_key, a.phase) for a in result.amounts if a.table_key == "general_budget_by_function"}
    assert ("basic", "actual") not in placed and ("project", "actual") not in placed
    assert any(d.check_name == "columns_unknown" for d in result.diagnostics)


# A 支出决算表 whose 基本支出 / 项目支出 the table alone leaves open: every row prints its total and one part
# (上缴上级, 经营, 附属 blank), and no row's family settles which.
OPEN_EXPENDITURE = """某区市场监督管理局2023年度部门决算
支出决算表
单位：万元
项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出
科目编码 科目名称
合计 2,536.90 2,350.40 186.50
201 一般公共服务支出 2,536.90 2,350.40 186.50
20138 市场监督管理事务 2,536.90 2,350.40 186.50
2013801 行政运行 2,350.40 2,350.40
2013802 一般行政管理事务 186.50 186.50
"""


def _expenditure_parts(text: str) -> dict:
    cells, result = _cells(text, "expenditure_by_function")
    return {k: v for k, v in cells.items() if k[1] in ("basic", "project")}, result


def test_the_general_budget_tables_spending_pins_the_expenditure_tables_parts_whatever_comes_first():
    """A code printing the same 决算数 total in the 一般公共预算财政拨款支出决算表 is the same money: its
    parts there settle the 支出决算表's. Before, the pin was keyed by the row's first figure, which is the
    年初预算数 of the 2021+ form and the 年初结转 of the 收入支出 form, so it never met the 支出决算表."""
    wan = Decimal(10000)
    expected = {
        ("2013801", "basic"): Decimal("2350.40") * wan,
        ("2013802", "project"): Decimal("186.50") * wan,
        ("20138", "basic"): Decimal("2350.40") * wan,
        ("20138", "project"): Decimal("186.50") * wan,
        ("201", "basic"): Decimal("2350.40") * wan,
        ("201", "project"): Decimal("186.50") * wan,
        ("合计", "basic"): Decimal("2350.40") * wan,
        ("合计", "project"): Decimal("186.50") * wan,
    }
    alone, result = _expenditure_parts(OPEN_EXPENDITURE)
    assert alone == {}  # the table alone: said, not guessed
    assert {d.check_name for d in result.diagnostics if d.table_key == "expenditure_by_function"} == {
        "ambiguous_columns"
    }
    two_phases = """一般公共预算财政拨款支出决算表
单位：万元
项目 年初预算数 决算数
科目编码 科目名称 小计 基本支出 项目支出 小计 基本支出 项目支出
栏次 1 2 3 4 5 6
合计 2,500.00 2,300.00 200.00 2,536.90 2,350.40 186.50
201 一般公共服务支出 2,500.00 2,300.00 200.00 2,536.90 2,350.40 186.50
20138 市场监督管理事务 2,500.00 2,300.00 200.00 2,536.90 2,350.40 186.50
2013801 行政运行 2,300.00 2,300.00 2,350.40 2,350.40
2013802 一般行政管理事务 200.00 200.00 186.50 186.50
"""
    flow = """一般公共预算财政拨款支出决算表
单位：万元
项目 年初结转和结余 本年收入 本年支出 年末结转和结余
科目编码 科目名称 小计 基本支出 项目支出
合计 20.00 2,526.90 2,536.90 2,350.40 186.50 10.00
201 一般公共服务支出 20.00 2,526.90 2,536.90 2,350.40 186.50 10.00
20138 市场监督管理事务 20.00 2,526.90 2,536.90 2,350.40 186.50 10.00
2013801 行政运行 2,350.40 2,350.40 2,350.40
2013802 一般行政管理事务 20.00 176.50 186.50 186.50 10.00
"""
    for general_budget in (two_phases, flow):
        parts, result = _expenditure_parts(OPEN_EXPENDITURE + general_budget)
        assert parts == expected
        assert not [d for d in result.diagnostics if d.table_key == "expenditure_by_function"]
        # the 一般公共预算 table itself is read whole (the 栏次 line under the two phases' header included)
        read = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
        assert len(read) == 26  # 6 + 6 + 6 + 4 + 4 figures, and 6 + 6 + 6 + 3 + 5


def test_the_fiscal_summary_pins_a_funds_flow_table_and_the_expenditure_table_its_parts():
    """政府性基金预算财政拨款收入支出决算表 in plain text, "200.00 180.00 180.00 20.00": 200 fits 年初结转 or
    本年收入, 180 基本支出 or 项目支出. The 财政拨款收支总表 states the fund's 本年收入 200.00, no 年初结转,
    支出 180.00 and 年末 20.00; the 支出决算表 places 2296002's 180.00 under 项目支出 (its other rows fill
    基本支出): the flow is read whole."""
    text = """某区民政局2022年度部门决算
财政拨款收入支出决算总表
单位：万元
收入 支出
项目 行次 金额 项目 行次 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款
一、一般公共预算财政拨款 1 300.00 一、社会保障和就业支出 33 300.00 300.00
二、政府性基金预算财政拨款 2 200.00 二、其他支出 34 180.00 180.00
三、国有资本经营预算财政拨款 3
本年收入合计 27 500.00 本年支出合计 59 480.00 300.00 180.00
年初财政拨款结转和结余 28 年末财政拨款结转和结余 60 20.00 20.00
一般公共预算财政拨款 29
政府性基金预算财政拨款 30
总计 32 500.00 总计 64 500.00 300.00 200.00
支出决算表
单位：万元
项目 本年支出合计 基本支出 项目支出
科目编码 科目名称
合计 480.00 300.00 180.00
208 社会保障和就业支出 300.00 300.00
20802 民政管理事务 300.00 300.00
2080201 行政运行 300.00 300.00
229 其他支出 180.00 180.00
22960 彩票公益金安排的支出 180.00 180.00
2296002 用于社会福利的彩票公益金支出 180.00 180.00
政府性基金预算财政拨款收入支出决算表
单位：万元
项目 年初结转和 本年收入 本年支出 年末结转和
结余 小计 基本支出 项目支出 结余
科目编码 科目名称
合计 200.00 180.00 180.00 20.00
229 其他支出 200.00 180.00 180.00 20.00
22960 彩票公益金安排的支出 200.00 180.00 180.00 20.00
2296002 用于社会福利的彩票公益金支出 200.00 180.00 180.00 20.00
"""
    cells, result = _cells(text, "government_fund")
    wan = Decimal(10000)
    for code in ("合计", "229", "22960", "2296002"):
        assert {k[1]: v for k, v in cells.items() if k[0] == code} == {
            "income": 200 * wan,
            "total": 180 * wan,
            "project": 180 * wan,
            "carryover_end": 20 * wan,
        }
    assert not [d for d in result.diagnostics if d.table_key == "government_fund" and d.severity != "info"]


def test_last_years_column_before_the_years_subtotal_is_a_comparison_not_a_group():
    """The header "上年决算数 小计 基本支出 项目支出 增减额 增减率" on one line (rules_s31f f5): 上年决算数
    was taken for a group label over the 小计 after it, so no row fitted 增减 = 本年 - 上年; none was read."""
    text = """某区教育局2025年度部门决算
一般公共预算财政拨款支出决算表
单位：万元
科目编码 科目名称 上年决算数 小计 基本支出 项目支出 增减额 增减率
合计 472.60 486.30 486.30 0.00 13.70 2.90%
205 教育支出 472.60 486.30 486.30 0.00 13.70 2.90%
20501 教育管理事务 472.60 486.30 486.30 0.00 13.70 2.90%
2050101 行政运行 472.60 486.30 486.30 0.00 13.70 2.90%
"""
    cells, result = _cells(text, "general_budget_by_function")
    assert cells[("2050101", "total")] == Decimal("4863000.00")
    assert cells[("2050101", "basic")] == Decimal("4863000.00")
    assert ("2050101", "prior_year") not in cells
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]


# A 收支总表 printed one cell a line, row after row (pdftotext of a table drawn row by row): an income item,
# its figure, the expenditure item beside it, its figure; a blank cell is not printed ("上年结转").
SUMMARY_CELLS = [
    "某某县教育局2024年部门预算",
    "表一 收支预算总表",
    "单位：万元",
    *["收入", "支出", "项目", "金额", "项目", "金额"],
    *["一、一般公共预算拨款", "1,200.50", "一、教育支出", "1,250.50"],
    *["二、事业收入", "100.00", "二、社会保障和就业支出", "80.00"],
    *["三、其他收入", "50.00", "三、住房保障支出", "20.00"],
    *["本年收入合计", "1,350.50", "本年支出合计", "1,350.50"],
    *["上年结转", "结转下年"],
    *["收入总计", "1,350.50", "支出总计", "1,350.50"],
]


def test_a_summary_printed_one_cell_a_line_is_read_row_by_row_each_figure_on_its_own_line():
    result = parse_document(("\n".join(SUMMARY_CELLS) + "\n").encode(), "cells.txt")
    read = {(a.row_label, a.column_key): (a.amount_yuan, a.source_line) for a in result.amounts}
    assert read == {
        ("一、一般公共预算拨款", "income"): (Decimal("12005000.00"), 11),
        ("一、教育支出", "expenditure"): (Decimal("12505000.00"), 13),
        ("二、事业收入", "income"): (Decimal("1000000.00"), 15),
        ("二、社会保障和就业支出", "expenditure"): (Decimal("800000.00"), 17),
        ("三、其他收入", "income"): (Decimal("500000.00"), 19),
        ("三、住房保障支出", "expenditure"): (Decimal("200000.00"), 21),
        ("本年收入合计", "income"): (Decimal("13505000.00"), 23),
        ("本年支出合计", "expenditure"): (Decimal("13505000.00"), 25),
        ("收入总计", "income"): (Decimal("13505000.00"), 29),
        ("支出总计", "expenditure"): (Decimal("13505000.00"), 31),
    }


def test_a_summary_whose_cells_run_column_by_column_is_not_paired_with_other_items_figures():
    # The same table as text running column block by column block (the income labels, then their figures,
    # then the expenditure side): read as rows of cells, items would take other items' figures, which the
    # table's sums refuse; nothing is loaded and the table is said.
    labels_in = ["一、一般公共预算拨款", "二、事业收入", "三、其他收入", "本年收入合计"]
    labels_out = ["一、教育支出", "二、社会保障和就业支出", "三、住房保障支出", "本年支出合计"]
    scrambled = [
        *SUMMARY_CELLS[:9],
        labels_in[0],
        *["1,200.50", "100.00"],
        *labels_in[1:],
        *["50.00", "1,350.50", "1,250.50"],
        *labels_out,
        *["80.00", "20.00", "1,350.50"],
        *["收入总计", "支出总计", "1,350.50", "1,350.50"],
    ]
    result = parse_document(("\n".join(scrambled) + "\n").encode(), "scrambled.txt")
    assert [a for a in result.amounts if a.table_key == "income_expenditure_summary"] == []
    assert any(d.check_name == "table_unread" for d in result.diagnostics)
