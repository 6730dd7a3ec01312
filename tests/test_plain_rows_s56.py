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
    said = [d for d in result.diagnostics if d.table_key == BASIC and d.check_name == "unplaced_amounts"]
    return cells, said


def test_figures_before_a_wrapped_rows_code_are_its_own():
    # xj1 一般公共预算财政拨款基本支出决算表 (合计 | 人员经费 | 公用经费, the 合计 row first), lines
    # 1282-1298, one item a line: "30107 / 绩效工资 / 68.20 / 68.20 / 48.62 / 48.62 / 30108 /
    # 机关事业单位基本养老保险 / 缴费 / 42.18 / 30109 …". 30108's own figures are the 48.62 pair before
    # its code (its name wraps around them); the 42.18 after it is the 合计 row's 公用经费 (447.80 -
    # 405.62), moved down the page. 30108 had been loaded with a total of 42.18, silently, and 30107's
    # three figures refused.
    cells, said = _basic("xj1_xinjiang_tianshan_mzj_2023_final.txt")
    assert cells["30107"]["total"] == Decimal("682000.00")
    assert cells["30108"]["total"] == Decimal("486200.00")
    assert any("'30108'" in d.message and "42.18" in d.message for d in said)
    # the rows around them read as before (30109 职业年金缴费 19.46, line 1300; 302's total 42.18, its own)
    assert cells["30109"]["total"] == Decimal("194600.00")
    assert cells["302"]["total"] == Decimal("421800.00")


def test_the_same_in_yuan_without_separators():
    # tj1 表6 (元), lines 816-834: "30107 / 绩效工资 / 1864300.00 / 1864300.00 / 962480.00 / 962480.00 /
    # 30108 / 机关事业单位基本养老保 / 险缴费 / 1149200.00": 1149200.00 is the 合计's 公用经费; 30108's
    # total is 962480.00.
    cells, said = _basic("tj1_tianjin_heping_sjj_2025_dept_budget.txt")
    assert cells["30107"]["total"] == Decimal("1864300.00")
    assert cells["30108"]["total"] == Decimal("962480.00")
    assert any("'30108'" in d.message and "1149200.00" in d.message for d in said)


def test_a_continuation_pages_rows_printed_apart_from_the_header_are_no_table():
    # xz1 部门收入总表, plain text lines 332-350: the header's last words at the page's foot ("事业收入" /
    # "其他收入"), then "续表" on a line of its own, then the next page's "01 / 合计 / 住房公积金 / 152.48 /
    # 152.48 / 6,541.42 / 6,541.42". "其他收入" + "续表" had been read as a title ("其他收入续表"), a table
    # income_by_function_2 the report does not have, its 合计 loaded as 152.48 (the 合计 is 6,541.42).
    name = "xz1_xizang_chengguan_nyncj_2024_dept_budget.txt"
    result = parse_document((RULES_S56 / name).read_bytes(), name)
    assert [t.table_key for t in result.tables][:3] == [
        "income_expenditure_summary",
        "income_by_function",
        "expenditure_by_function",
    ]
    assert not [a for a in result.amounts if a.table_key.endswith("_2")]
    said = [d for d in result.diagnostics if d.check_name == "table_continuation_apart"]
    assert [(d.source_line, d.observed) for d in said] == [(336, "其他收入")]
    # and the narrative after the tables reads as before (the page's lines are no sentence of it)
    assert not [c for c in result.claims if "续表" in c.sentence]


def test_the_same_in_a_shanghai_budget_keeps_its_first_pages():
    # rules_s38a s4 (上海市杨浦区民政局 2020, plain text): three tables' 续表 pages under header words
    # ("收入预算" / "续表", lines 486-488 …) had been three tables of their own (income_by_function_2 …);
    # the first pages' rows are read as before, and the 说明's 三公 sentence is not run into the pages' text.
    folder = Path(__file__).parent / "golden" / "hand_written" / "rules_s38a"
    name = "s4_shanghai_yangpu_mzj_2020_dept_budget.txt"
    result = parse_document((folder / name).read_bytes(), name)
    assert not [t for t in result.tables if t.table_key.endswith("_2")]
    assert sorted(
        d.source_line for d in result.diagnostics if d.check_name == "table_continuation_apart"
    ) == [
        486,
        872,
        1298,
    ]
    sangong = [c for c in result.claims if c.subject_name == "“三公”经费预算数"]
    assert sangong and sangong[0].sentence.startswith("其他相关情况说明一、2020年“三公”经费预算情况说明")


def test_a_row_named_by_the_headers_words_is_no_row():
    # rules_s38a s4, plain text lines 474-488 (the page's foot, the header's cells printed among the
    # rows): "合计 / 社会保障和就业支出 / 02 / 210 / 功能分类科目名称 / 项 / 208 / 收入预算 / 续表". "210"
    # with the header's words "功能分类科目名称" / "项" and the class code "208" had been loaded as row 210
    # with a total of 208.00 in three tables (210 卫生健康支出's total is 1,348,600).
    folder = Path(__file__).parent / "golden" / "hand_written" / "rules_s38a"
    name = "s4_shanghai_yangpu_mzj_2020_dept_budget.txt"
    result = parse_document((folder / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.subject_code == "210"]
    said = [
        (d.table_key, d.source_line)
        for d in result.diagnostics
        if d.check_name == "rows_unreadable" and "功能分类科目名称" in d.message
    ]
    assert said == [
        ("income_by_function", 479),
        ("expenditure_by_function", 865),
        ("general_budget_by_function", 1291),
    ]


def test_figures_before_a_wrapped_rows_code_with_nothing_after_it():
    # bt1 (兵团 石河子市第一中学 2024 单位预算) 一般公共预算基本支出表, plain text lines 790-816: "30107 /
    # 绩效工资 / 1,462.80 / 1,462.80 / 312.48 / 312.48 / 30108 / 机关事业单位基本养老 / 保险缴费 / 30109 …":
    # the 312.48 pair is 30108's (its name wrapped around it), nothing printed after its code. Both rows had
    # been said (30107's four figures do not add up).
    cells, said = _basic("bt1_bingtuan_shihezi_yizhong_2024_unit_budget.txt")
    assert cells["30107"]["total"] == Decimal("14628000.00")
    assert cells["30108"]["total"] == Decimal("3124800.00")
    assert not [d for d in said if "30108" in d.message]


def test_a_procurement_totals_label_among_the_headers_words():
    # rules_s56b gx1 政府采购预算表, plain text lines 1117-1135: "采购项目 / 采购品目 / 数量 / 合计 (line
    # 1128) / 预算金额 / 767.00 (line 1131) / 一、货物 / 120.60 / …": the 合计's label printed among the
    # header's words, its figure the table's first, after "预算金额". It had been dropped without a word
    # (767.00 = 120.60 + 560.00 + 86.40).
    name = "gx1_guangxi_qixing_jyj_2024_dept_budget.txt"
    folder = Path(__file__).parent / "golden" / "hand_written" / "rules_s56b"
    result = parse_document((folder / name).read_bytes(), name)
    cells = {a.row_label: a.amount_yuan for a in result.amounts if a.table_key == "procurement"}
    assert cells["合计"] == Decimal("7670000.00")
    assert cells["一、货物"] == Decimal("1206000.00")
