"""Page numbers and figures printed like codes, in pdftotext text.

pdftotext opens every page after the first with a form feed and prints a page's number as a lone line
near its end (at times before the page's last cell). A lone short number elsewhere, or one that does not
run with the pages, is a cell: "0" and "150" in a table printed a cell per line, "208" a class code at the
top of a page. Whole-元 figures without thousands separators look like codes ("1464678" like a 项 code).
The expected values below were typed from the texts as written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document
from dagster_project.parser.functional import is_noise
from dagster_project.parser.layout import is_page_line, lines_from_text

from .conftest import CORPUS_DIR, requires_corpus


def _marked(text: str) -> list[str]:
    return [line.text for line in lines_from_text(text) if line.page_number]


def test_page_numbers_run_with_the_pages():
    text = "封面\n\f目录\n正文一\n1\n\f正文二\n支出合计\n2\n17,996.68\n\f正文三\n3\n\f"
    assert _marked(text) == ["1", "2", "3"]
    # the figure after the page number is a cell, and so is a lone figure that runs with nothing
    lines = lines_from_text(text)
    assert not any(is_noise(line) for line in lines if line.text == "17,996.68")


def test_lone_figures_and_codes_at_page_edges_are_not_page_numbers():
    # no page prints its number: "0" ends page 1, "208" opens page 2, "150" ends page 2
    text = "表一 某表\n合计\n0\n\f208\n社会保障和就业支出\n150\n\f其他\n"
    lines = lines_from_text(text)
    assert _marked(text) == []
    assert not any(is_noise(line) for line in lines if line.text in ("0", "208", "150"))
    # dashed numbers run with the pages too, from the first numbered page on
    assert _marked("封面\n\f甲\n- 1 -\n\f乙\n- 2 -\n\f") == ["- 1 -", "- 2 -"]


def test_text_without_page_breaks_keeps_the_old_rule():
    # Without form feeds nothing tells a page number from a figure: a lone short number is left out.
    (line,) = [ln for ln in lines_from_text("甲\n12\n乙\n") if ln.text == "12"]
    assert line.page_number is None and is_noise(line)


CELL_PER_LINE = """北京市某区某局2021年部门预算
表三 一般公共预算支出表
部门：北京市某区某局
单位：元
科目编码
科目名称
合计
基本支出
项目支出
合计
1464678
1464678
0
208
社会保障和就业支出
1464678
1464678
0
1
\f20805
行政事业单位养老支出
1464678
1464678
0
2080505
机关事业单位基本养老保险缴费支出
1464678
1464678
0
2
\f"""


def _table(result, table_key: str) -> dict[tuple[str, str], Decimal]:
    return {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }


def test_a_cell_per_line_table_in_whole_yuan_over_two_pages():
    result = parse_document(CELL_PER_LINE.encode(), "cell_per_line.txt")
    assert [d.message for d in result.diagnostics if d.severity != "info"] == []
    figures = {"total": Decimal("1464678.00"), "basic": Decimal("1464678.00"), "project": Decimal("0.00")}
    rows = ("合计", "208", "20805", "2080505")
    expected = {(row, column): value for row in rows for column, value in figures.items()}
    assert _table(result, "general_budget_by_function") == expected


WRAPPED = """北京市某区某局2024年部门预算
表二 支出预算总表
部门：北京市某区某局
单位：元
功能分类科目编码
科目名称
合计
基本支出
项目支出
合计 2762569 2068659 693910
208 社会保障和就业支出 2068659 2068659
208 05
行政事
业单位养老支出
2068659 2068659
208 05 02 事业单位离退休 181590 181590
208 05 05 机关事业单位基本养老保险缴费支出 1876347 1876347
208 05 06
机关事业单位
职业年金缴费支出
10722 10722
212 城乡社区支出 693910 693910
212 01
城乡社区管理事务
693910 693910
212 01 99 其他城乡社区管理事务支出 693910 693910
"""


def test_figures_under_a_wrapped_name_that_read_like_codes():
    # "2068659 2068659" and "10722 10722" open with what could be a 项 and a 款 code; they are the figures
    # of the row whose name wrapped above them.
    result = parse_document(WRAPPED.encode(), "wrapped.txt")
    assert [d.message for d in result.diagnostics if d.severity != "info"] == []
    rows = {
        "合计": ("2762569", "2068659", "693910"),
        "208": ("2068659", "2068659", None),
        "20805": ("2068659", "2068659", None),
        "2080502": ("181590", "181590", None),
        "2080505": ("1876347", "1876347", None),
        "2080506": ("10722", "10722", None),
        "212": ("693910", None, "693910"),
        "21201": ("693910", None, "693910"),
        "2120199": ("693910", None, "693910"),
    }
    expected = {
        (row, column): Decimal(value).quantize(Decimal("0.01"))
        for row, values in rows.items()
        for column, value in zip(("total", "basic", "project"), values, strict=True)
        if value is not None
    }
    assert _table(result, "expenditure_by_function") == expected


FOOTER_BETWEEN_NAME_AND_FIGURES = """北京市某区某局2024年部门预算
表二 支出预算总表
单位：万元
功能分类科目编码 科目名称 合计 基本支出 项目支出
合计 120.00 100.00 20.00
201 一般公共服务支出 120.00 100.00 20.00
20101 人大事务
第 1 页 共 3 页
120.00 100.00 20.00
2010101 行政运行 120.00 100.00 20.00
"""


def test_a_footer_that_says_it_is_one_is_never_a_name_or_a_figure():
    # "第 1 页 共 3 页" between a wrapped row's name and its figures (a page break inside the row's band, as
    # some producers print it) neither lengthens the name nor blocks the figures below it.
    result = parse_document(FOOTER_BETWEEN_NAME_AND_FIGURES.encode(), "footer.txt")
    assert [d.message for d in result.diagnostics if d.severity != "info"] == []
    names = {a.subject_code: a.subject_name for a in result.amounts if a.subject_code}
    assert names == {"201": "一般公共服务支出", "20101": "人大事务", "2010101": "行政运行"}
    assert _table(result, "expenditure_by_function")[("20101", "basic")] == Decimal("1000000.00")
    for footer in ("第3页", "第 3 页 共 20 页", "共20页 第3页", "3/20", "- 3/20 -"):
        (line,) = lines_from_text(f"甲\n{footer}\n乙\n")[1:2]
        assert is_page_line(line), footer
    (line,) = lines_from_text("甲\n第三部分\n乙\n")[1:2]
    assert not is_page_line(line)


@requires_corpus
@pytest.mark.parametrize(
    "name",
    [
        f"sh_putuo_sfj_2026_{scope}_budget{suffix}"
        for scope in ("dept", "unit")
        for suffix in (".pdf", ".layout.txt")
    ],
)
def test_a_header_printed_again_on_the_next_page_is_no_piece_of_a_name(name):
    # The 一般公共预算支出功能分类预算表 of both sfj budgets runs on to a second page after "208 05 99
    # 其他行政事业单位养老支出 6440.00 / 6160.00" and prints its header (项目 / 一般公共预算支出 /
    # 功能分类科目编码 / 功能分类科目名称 合计 基本支出 项目支出 / 类 款 项) again there, as read in the
    # layout text.
    result = parse_document((CORPUS_DIR / name).read_bytes(), name)
    names = {
        a.subject_name
        for a in result.amounts
        if a.table_key == "general_budget_by_function" and a.subject_code == "2080599"
    }
    assert names == {"其他行政事业单位养老支出"}


_LAYOUT_HEAD = (
    "某某县民政局2023年度部门决算                                                          单位：元\n\n"
    "表5\n"
    "                              一般公共预算财政拨款支出决算表\n"
    "编制单位：某某县民政局\n"
    "  科目编码           科目名称                   合计            基本支出          项目支出\n"
    "合计                                       3,000.00        2,000.00        1,000.00\n"
    "208        社会保障和就业支出                  3,000.00        2,000.00        1,000.00\n"
)


def _labels(text: str) -> dict[str, str]:
    result = parse_document(text.encode(), "head.layout.txt")
    return {a.subject_code: a.row_label for a in result.amounts if a.column_key == "total" and a.subject_code}


@pytest.mark.parametrize(
    "head", ["部门决算信息公开", "部门决算公开", "某某县民政局2023年部门决算公开  金额单位：元"]
)
def test_a_running_head_atop_a_page_is_no_piece_of_the_name_below_it(head):
    # A running head naming the report's kind only, or the unit's title with the unit beside it.
    text = (
        _LAYOUT_HEAD
        + "20805      行政事业单位养老支出                3,000.00        2,000.00        1,000.00\n"
        + "2080505    机关事业单位基本养老                1,000.00        1,000.00\n"
        + "           保险缴费支出\n\n"
        + "                                     第 6 页\n\f"
        + head
        + "\n2080506    机关事业单位职业年金                2,000.00        1,000.00        1,000.00\n"
        + "           缴费支出\n"
    )
    assert _labels(text)["2080506"] == "2080506 机关事业单位职业年金缴费支出"
    assert _labels(text)["2080505"] == "2080505 机关事业单位基本养老保险缴费支出"


def test_a_name_indented_by_level_that_fills_its_cell_runs_on_below_its_own_line():
    # 款 names indented two columns, 项 names four: an indented name ends as far right as the 款's, so the
    # piece below it is its own, not the next row's first.
    text = (
        _LAYOUT_HEAD
        + "20805        行政事业单位养老支出              3,000.00        2,000.00        1,000.00\n"
        + "2080505        机关事业单位基本养              1,000.00        1,000.00\n"
        + "               老保险缴费支出\n"
        + "2080506        机关事业单位职业年              2,000.00        1,000.00        1,000.00\n"
        + "               金缴费支出\n"
    )
    assert _labels(text) == {
        "208": "208 社会保障和就业支出",
        "20805": "20805 行政事业单位养老支出",
        "2080505": "2080505 机关事业单位基本养老保险缴费支出",
        "2080506": "2080506 机关事业单位职业年金缴费支出",
    }


def test_a_tables_own_unit_line_sets_no_unit_for_the_tables_after_it():
    # "报表单位：万元" is the 三公 table's own; the table after the next prints no unit and is read in 元
    # (the unit the others state), said, not in 万元.
    text = (
        "某某县文化馆2023年度单位决算\n\n第 4 页\n"
        "表4 一般公共预算财政拨款“三公”经费支出决算表\n报表单位：万元\n项目 预算数 决算数\n合计 3.00 2.50\n"
        "公务用车购置及运行费 2.00 1.50\n公务接待费 1.00 1.00\n\n第 5 页\n"
        "表5 一般公共预算财政拨款支出决算表\n单位：元\n科目编码 科目名称 合计 基本支出 项目支出\n"
        "合计 1,234,567.89 1,000,000.00 234,567.89\n"
        "207 文化旅游体育与传媒支出 1,234,567.89 1,000,000.00 234,567.89\n\n"
        "第 6 页\n表6 一般公共预算财政拨款基本支出决算表\n科目编码 科目名称 决算数\n合计 1,000,000.00\n"
        "301 工资福利支出 1,000,000.00\n"
    )
    result = parse_document(text.encode(), "units.txt")
    basic = [
        a
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic" and a.row_label == "合计"
    ]
    assert [a.amount_yuan for a in basic] == [Decimal("1000000.00")]
    assert any(d.check_name == "amount_unit_missing" for d in result.diagnostics)
