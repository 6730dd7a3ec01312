"""Session 41's table rules, from the review set rules_s41b (plain pdftotext of Jiangsu reports drawn as PDFs;
expected values typed from the texts as printed; each test failed before the session's change)."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

RULES_S41B = Path(__file__).parent / "golden" / "hand_written" / "rules_s41b"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((RULES_S41B / name).read_bytes(), name)


def test_rows_printing_more_figures_than_the_header_names_are_not_placed_under_it():
    # b2's 一般公共预算支出预算表 as plain text prints its header "科目编码 / 单位：万元 / 科目名称 / 基本支出
    # / 合计" (项目支出 and 单位预留机动经费 lost) and rows of four figures a line each ("合计 / 200,558.46 /
    # 102,318.46 / 97,940.00 / 300.00"); "2040219 / 信息化建设 / 38,600.00 / 38,600.00" is 合计 and 项目支出,
    # and was read as 基本支出 (and so pinned in the 支出预算总表 too)
    result = _parse("b2_jiangsu_gat_2021_dept_budget.txt")
    said = [
        d
        for d in result.diagnostics
        if d.check_name == "rows_unreadable" and d.table_key == "general_budget_by_function"
    ]
    assert (
        len(said) == 1
        and "7 of its rows print more figures (up to 5) than its header names columns (2)" in said[0].message
    )
    assert not [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    for code in ("2040219", "2040220", "2040221"):
        assert not [a for a in result.amounts if a.subject_code == code and a.column_key == "basic"]
    # the 支出预算总表's own rows placed for sure stay: "20402 / 公安 / 152,286.90 / 56,786.90 / 95,200.00 /
    # 300.00"
    police = {
        a.column_key: a.amount_yuan
        for a in result.amounts
        if a.table_key == "expenditure_by_function" and a.subject_code == "20402"
    }
    assert police == {
        "total": Decimal("152286.90") * WAN,
        "basic": Decimal("56786.90") * WAN,
        "project": Decimal("95200.00") * WAN,
        "reserve": Decimal("300.00") * WAN,
    }


def test_column_numbers_among_the_header_words_are_no_figures():
    # f1's 收入决算表: "合计 / 本年收入合计 财政拨款收入 上级补助收入 / 3 / 事业收入 / 附属单位上缴 / 收入 /
    # 经营收入 / 1 / 2 / 4 / 2,686,166.88 / …": the 栏次 "3" was the 合计's total (3.00)
    result = _parse("f1_jiangsu_wjw_2019_final.txt")
    totals = [a for a in result.amounts if a.table_key == "income_by_function" and a.row_label == "合计"]
    assert all(a.amount_yuan != Decimal(3) * WAN for a in totals)
    assert all(a.amount_yuan == Decimal("2686166.88") * WAN for a in totals if a.column_key == "total")


def test_a_page_number_after_the_tables_note_is_no_figure():
    # f2's 基本支出决算表: "公用经费 / 合计 / 注：本表反映… / 15 / 物业管理费 / 6,827.60 / …": the page's
    # number 15 was the 合计's (15.00)
    result = _parse("f2_jiangsu_sthjt_2023_final.txt")
    basic = [a for a in result.amounts if a.table_key == "general_budget_basic_by_economic"]
    assert basic  # the table is read
    assert all(a.amount_yuan != Decimal(15) * WAN for a in basic)


RULES_S41C = Path(__file__).parent / "golden" / "hand_written" / "rules_s41c"


def test_classes_printed_by_their_names_only_take_the_code_of_the_national_classification():
    # sd1 (Shandong, 元): "          社会保障和就业支出           27015486.00        10352186.00
    # 16663300.00" / "20805      行政事业单位养老支出             982346.00          982346.00" / …: the first
    # 类 row was taken into the header (silently lost), the others loaded without a code
    for extension in (".pdf", ".layout.txt"):
        name = "sd1_shandong_yantai_tyjrswj_2020_dept_budget" + extension
        result = parse_document((RULES_S41C / name).read_bytes(), name)
        spending = {
            (a.subject_code, a.column_key): a.amount_yuan
            for a in result.amounts
            if a.table_key == "expenditure_by_function" and a.subject_code in ("208", "210", "221")
        }
        assert spending == {
            ("208", "total"): Decimal("27015486.00"),
            ("208", "basic"): Decimal("10352186.00"),
            ("208", "project"): Decimal("16663300.00"),
            ("210", "total"): Decimal("312860.00"),
            ("210", "basic"): Decimal("312860.00"),
            ("221", "total"): Decimal("768240.00"),
            ("221", "basic"): Decimal("768240.00"),
        }, name
        assert not [
            a
            for a in result.amounts
            if a.table_key == "expenditure_by_function" and a.subject_code is None and not a.is_total_row
        ]


def test_a_summary_item_printing_every_column_fills_them_in_order():
    # hn1's 财政拨款收入支出决算总表 (-layout): "二、政府性基金预算财政拨款 0.00 二、社会保障和就业支出 623.81
    # 623.81 0.00"; the short 623.81, right-aligned under 一般公共预算财政拨款, stands partly under
    # "政府性基金预算财政拨 / 款" and was loaded as 政府性基金 (its 0.00 said as a second figure of that cell)
    name = "hn1_hunan_tianxin_pzjjd_2023_final.layout.txt"
    result = parse_document((RULES_S41C / name).read_bytes(), name)
    row = {
        a.column_key: a.amount_yuan
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.row_label == "二、社会保障和就业支出"
    }
    assert row == {
        "expenditure": Decimal("623.81") * WAN,
        "expenditure_general_public": Decimal("623.81") * WAN,
        "expenditure_government_fund": Decimal(0),
    }
    assert not [
        d for d in result.diagnostics if d.check_name == "duplicate_cells" and d.table_key == "fiscal_summary"
    ]


def test_the_next_blocks_code_after_a_figure_is_no_figure_where_one_block_name_came_late():
    # s1 / s2 / hn1 plain: the 基本支出决算表's header "人员经费 / 科目编码 / 科目名称 / 301 / … / 公用经费 /
    # 决算数 / 科目编码 / 决算数 / …" (the second block's 科目名称 printed after the first figure), rows
    # "214.95 30201": 30201 (the next block's code) was loaded as 30,201.00 万元
    for name in (
        "s1_sichuan_pujiang_nyncj_2022_final.txt",
        "s2_sichuan_jiange_mzj_2022_final.txt",
        "hn1_hunan_tianxin_pzjjd_2023_final.txt",
    ):
        result = parse_document((RULES_S41C / name).read_bytes(), name)
        basic = [a for a in result.amounts if a.table_key == "general_budget_basic_by_economic"]
        assert basic, name
        assert all("." in a.amount_raw for a in basic), [
            a.amount_raw for a in basic if "." not in a.amount_raw
        ]


def test_a_sangong_header_name_wrapped_before_its_ji_is_the_vehicle_group():
    # s1 layout's 三公 决算表: "公务用车购置" / "及运行费" (the vehicle group's name wrapped in its cell) was
    # read as 运行费 by its tail, so 运行费 stood twice and the row was said; the row "15.00 0.00 12.00 0.00
    # 12.00 3.00 11.66 0.00 9.80 0.00 9.80 1.86" under 合计 | 出国 | 购置及运行 | 购置 | 运行 | 接待, 预算数
    # then 决算数
    name = "s1_sichuan_pujiang_nyncj_2022_final.layout.txt"
    result = parse_document((RULES_S41C / name).read_bytes(), name)
    sangong = {(a.phase, a.column_key): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    figures = (
        "15.00",
        "0.00",
        "12.00",
        "0.00",
        "12.00",
        "3.00",
        "11.66",
        "0.00",
        "9.80",
        "0.00",
        "9.80",
        "1.86",
    )
    items = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")
    expected = {
        (phase, item): Decimal(figures[6 * half + n]) * WAN
        for half, phase in enumerate(("budget", "actual"))
        for n, item in enumerate(items)
    }
    assert sangong == expected


def test_names_wrapped_around_their_codes_line_on_a_table_whose_header_is_printed_again():
    # s2 layout's 收入决算表: "              机关事业单位基本养老保" / "2080505    286,420.00    286,420.00" /
    # "险缴费支出"; the header printed again on page 7 ("科目编码 科目名称 本年收入合计 财政拨款收入
    # 其他收入", 24 characters) counted as the widest name piece, so no first piece filled the cell and each
    # went to the row above
    name = "s2_sichuan_jiange_mzj_2022_final.layout.txt"
    result = parse_document((RULES_S41C / name).read_bytes(), name)
    names = {a.subject_code: a.subject_name for a in result.amounts if a.table_key == "income_by_function"}
    assert names["20805"] == "行政事业单位养老支出"
    assert names["2080505"] == "机关事业单位基本养老保险缴费支出"
    assert names["2080506"] == "机关事业单位职业年金缴费支出"
    assert names["2082102"] == "农村特困人员救助供养支出"
    assert names["2296002"] == "用于社会福利的彩票公益金支出"
