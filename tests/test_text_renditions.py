"""Every rendition of a real report (the PDF, `pdftotext -layout`, plain `pdftotext`) is read without an
internal error, and a plain-text rendition never loads a figure its PDF contradicts: a table whose rows
or columns the text does not keep is reported and left out, never read into the wrong cells.

The PDF's figures are the reference here because they come with positions (and their cells are checked
against hand-typed goldens in test_corpus_golden); the expectations about which tables the plain texts
cannot keep were read from the texts: sh_putuo_czj_2024_final.txt prints its codes split over lines
("201" / "06" / "01") and runs its tables column by column, the two sh_putuo_sfj texts print the codes
split over lines (the dept budget's tables are rebuilt from their cells' order, test_streams.py; the unit
budget's figures break the identities, so they are not), and every plain 三公 table of the corpus prints
header words after its figures."""

from __future__ import annotations

import pytest

from dagster_project.parser import parse_document

from .conftest import CORPUS_DIR, requires_corpus

STEMS = [
    "js_jcy_2017_dept_budget",
    "js_jcy_2019_dept_budget",
    "sh_putuo_czj_2024_final",
    "sh_putuo_czj_2024_final_INJECTED_ERRORS",
    "sh_putuo_sfj_2026_dept_budget",
    "sh_putuo_sfj_2026_unit_budget",
]
RENDITIONS = [f"{stem}{suffix}" for stem in STEMS for suffix in (".pdf", ".layout.txt", ".txt")]


def _parse(name: str):
    path = CORPUS_DIR / name
    return parse_document(path.read_bytes(), name)


def _row(result, table_key: str, **match) -> dict[str, str]:
    """A row's figures by column (yuan, as text), the row picked by its fields (subject_code, row_label)."""
    return {
        a.column_key: str(a.amount_yuan)
        for a in result.amounts
        if a.table_key == table_key and all(getattr(a, field) == value for field, value in match.items())
    }


def _cells(result) -> dict[tuple, object]:
    return {
        (a.table_key, a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
    }


@requires_corpus
@pytest.mark.parametrize("name", RENDITIONS)
def test_every_rendition_is_read_without_an_internal_error(name):
    result = _parse(name)
    assert [d.message for d in result.diagnostics if d.check_name == "parser_exception"] == []
    assert result.document.parse_status == "parsed"
    assert result.tables  # the tables are found by their titles whatever the rendition


@requires_corpus
@pytest.mark.parametrize("stem", STEMS)
def test_plain_text_never_contradicts_the_pdf(stem):
    pdf = _cells(_parse(f"{stem}.pdf"))
    text = _cells(_parse(f"{stem}.txt"))
    contradicted = {key: (value, pdf[key]) for key, value in text.items() if key in pdf and pdf[key] != value}
    assert contradicted == {}


@requires_corpus
@pytest.mark.parametrize(
    ("stem", "unreadable"),
    [
        (
            "sh_putuo_czj_2024_final",
            {
                "收入决算表",
                "支出决算表",
                "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表",
            },
        ),
        # (sh_putuo_sfj_2026_unit_budget: the 支出预算总表 prints 64,840,547.00 under 行政运行's 项目支出, so
        # its streams of cells make no table whose identities hold; the dept budget's are rebuilt from
        # them, test_streams.py)
        (
            "sh_putuo_sfj_2026_unit_budget",
            {
                "2026年预算单位收入预算总表",
                "2026年预算单位支出预算总表",
                "2026年预算单位一般公共预算支出功能分类预算表",
                "2026年预算单位一般公共预算基本支出部门预算经济分类预算表",
            },
        ),
    ],
)
def test_tables_whose_rows_the_text_loses_are_reported_not_read(stem, unreadable):
    result = _parse(f"{stem}.txt")
    titles = {t.table_key: t.table_title for t in result.tables}
    reported = {
        titles[d.table_key]
        for d in result.diagnostics
        if d.check_name in ("rows_unreadable", "columns_unknown")
    }
    assert unreadable <= reported
    loaded = {titles[a.table_key] for a in result.amounts}
    assert not loaded & unreadable


@requires_corpus
def test_codes_printed_one_after_another_are_reported_not_paired_by_guess():
    # js_jcy_2019_dept_budget.txt, 一般公共预算基本支出预算表 after the page number 18: "30103" / "30108" /
    # "奖金" / "180.14" / "机关事业单位基本养老保险" / "缴费" / "1,064.46" (the PDF pairs 30103 奖金 180.14).
    result = _parse("js_jcy_2019_dept_budget.txt")
    [finding] = [d for d in result.diagnostics if d.check_name == "rows_out_of_order"]
    assert "30103, 30108" in finding.message
    basic = {a.subject_code for a in result.amounts if a.table_key == "general_budget_basic_by_economic"}
    assert {"30101", "30102", "30109"} <= basic
    assert not basic & {"30103", "30108"}


@requires_corpus
def test_a_row_printed_one_figure_per_line_keeps_all_its_figures():
    # js_jcy_2019_dept_budget.txt, 支出预算总表: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 over
    # "24169.74" / "15844.04" / "4335.30" / "3990.4", one per line (万元).
    result = _parse("js_jcy_2019_dept_budget.txt")
    assert _row(result, "expenditure_by_function", row_label="合计") == {
        "total": "241697400.00",
        "basic": "158440400.00",
        "project": "43353000.00",
        "reserve": "39904000.00",
    }


@requires_corpus
@pytest.mark.parametrize(
    "stem",
    [
        "js_jcy_2017_dept_budget",
        "js_jcy_2019_dept_budget",
        "sh_putuo_czj_2024_final",
        "sh_putuo_czj_2024_final_INJECTED_ERRORS",
        # `pdftotext -layout` lays each page out on its own grid: rows of the sfj budgets' later pages sit
        # columns left of the first page's header.
        "sh_putuo_sfj_2026_dept_budget",
        "sh_putuo_sfj_2026_unit_budget",
    ],
)
def test_layout_text_never_contradicts_the_pdf(stem):
    pdf = _cells(_parse(f"{stem}.pdf"))
    text = _cells(_parse(f"{stem}.layout.txt"))
    contradicted = {key: (value, pdf[key]) for key, value in text.items() if key in pdf and pdf[key] != value}
    assert contradicted == {}
    # Nor does it put a figure of a row the PDF reads under a column the PDF leaves empty in that row.
    rows = {(table, row, phase) for table, row, _column, phase in pdf}
    other_column = {
        key: value for key, value in text.items() if key not in pdf and (key[0], key[1], key[3]) in rows
    }
    assert other_column == {}


@requires_corpus
@pytest.mark.parametrize(
    ("stem", "share"),
    [
        # Read from the layout texts: the cells the PDF reads that the layout text also reads, at least.
        ("sh_putuo_czj_2024_final", 1.00),
        ("sh_putuo_czj_2024_final_INJECTED_ERRORS", 1.00),
        ("sh_putuo_sfj_2026_dept_budget", 1.00),
        ("sh_putuo_sfj_2026_unit_budget", 1.00),
        # (the 三公 table's vehicle columns: the PDF reads their header cells of three lines whole,
        # "公务用车购置费", the layout text "车购置费", its first piece standing on the line of another
        # header row; the figures are the same)
        ("js_jcy_2017_dept_budget", 0.98),
    ],
)
def test_layout_text_reads_most_of_what_the_pdf_reads(stem, share):
    pdf = _cells(_parse(f"{stem}.pdf"))
    text = _cells(_parse(f"{stem}.layout.txt"))
    assert len(pdf.keys() & text.keys()) >= share * len(pdf)


@requires_corpus
def test_layout_columns_stand_where_pdftotext_starts_them():
    # sh_putuo_czj_2024_final.layout.txt, 收入决算表 line 179: "201 一般公共服务支出 2,112.86 2,106.66 6.20"
    # (万元). pdftotext starts each cell at its column on the page but writes a CJK character one column
    # wide: counted in display width (two per CJK character), 6.20 stood under 经营收入; counted in
    # characters, it stands under 其他收入, as the PDF has it. 本年收入合计 is printed "本年收入合" / "计".
    result = _parse("sh_putuo_czj_2024_final.layout.txt")
    assert _row(result, "income_by_function", subject_code="201") == {
        "total": "21128600.00",
        "fiscal_appropriation": "21066600.00",
        "other_income": "62000.00",
    }
    # Line 203, on the table's second page, whose grid stands eight columns left of the first page's:
    # "221 02 03 购房补贴 258.50 258.50" is the total and 财政拨款收入, not two figures under one column.
    assert _row(result, "income_by_function", subject_code="2210203") == {
        "total": "2585000.00",
        "fiscal_appropriation": "2585000.00",
    }


@requires_corpus
def test_layout_header_names_one_space_apart_are_two_columns():
    # sh_putuo_czj_2024_final.layout.txt, 一般公共预算财政拨款支出决算表: the header prints "合计" and
    # "基本支出 项目支出" (one space apart, so one run); line 315 "201 06 02 一般行政管理事务 10.00 10.00"
    # prints its second figure in the column of 603.14 (项目支出) of line 312.
    result = _parse("sh_putuo_czj_2024_final.layout.txt")
    assert _row(result, "general_budget_by_function", subject_code="2010602") == {
        "total": "100000.00",
        "project": "100000.00",
    }


@requires_corpus
def test_layout_figure_and_label_one_space_apart_are_two_cells():
    # sh_putuo_sfj_2026_unit_budget.layout.txt line 111 (元): "一、财政拨款收入 86,959,408.34 一、公共安全支出
    # 79,189,400.34 12,604,173 1,744,680 64,840,547", the income figure one space before the expenditure
    # label; line 122: "支出总计 86,959,408.34 20,374,181 1,744,680 64,840,547".
    result = _parse("sh_putuo_sfj_2026_unit_budget.layout.txt")
    table = "income_expenditure_summary"
    assert _row(result, table, row_label="一、财政拨款收入") == {"income": "86959408.34"}
    assert _row(result, table, row_label="一、公共安全支出") == {
        "expenditure": "79189400.34",
        "expenditure_personnel": "12604173.00",
        "expenditure_public_funds": "1744680.00",
        "expenditure_project": "64840547.00",
    }
    assert _row(result, table, row_label="支出总计") == {
        "expenditure": "86959408.34",
        "expenditure_personnel": "20374181.00",
        "expenditure_public_funds": "1744680.00",
        "expenditure_project": "64840547.00",
    }


@requires_corpus
def test_a_layout_三公_row_off_its_header_is_placed_by_the_identities():
    # js_jcy_2017_dept_budget.layout.txt line 627 (万元): "1,452.35 584.35 110.00 317.80 50.00 267.80
    # 156.55 168.00 700.00" stands left of its header, so 267.80 and 156.55 both stand under 运行维护费.
    # The header's nine columns left to right: 合计, 小计 (三公), 因公出国（境）费, 小计 (公务用车), 车购置费,
    # 运行维护费, 接待费, 会议费, 培训费; in that order the figures keep 1,452.35 = 584.35 + 168.00 + 700.00,
    # 584.35 = 110.00 + 317.80 + 156.55 and 317.80 = 50.00 + 267.80, and the narrative agrees:
    # "公务用车运行维护费预算支出267.8万元".
    result = _parse("js_jcy_2017_dept_budget.layout.txt")
    figures = {a.column_key: str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert figures == {
        "table_total": "14523500.00",
        "total": "5843500.00",
        "outbound": "1100000.00",
        "vehicle": "3178000.00",
        "vehicle_purchase": "500000.00",
        "vehicle_operation": "2678000.00",
        "reception": "1565500.00",
        "meeting": "1680000.00",
        "training": "7000000.00",
    }


@requires_corpus
def test_a_layout_三公_row_the_identities_leave_open_is_placed_by_its_positions():
    # js_jcy_2019_dept_budget.layout.txt line 572 (万元): "1276.7 418.26 80 237 237 101.26 158.44 700", eight
    # figures under nine columns: 237 = 0 + 237 whether 车购置费 or 运行维护费 is the blank one. The row is
    # not shifted against its header: each figure stands under its own column's header cell, the second 237
    # under "公务用车运 / 行维护费" and clear of "公务用车购 / 置费" (as the PDF's cells have it).
    result = _parse("js_jcy_2019_dept_budget.layout.txt")
    figures = {a.column_key: str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert figures == {
        "table_total": "12767000.00",
        "total": "4182600.00",
        "outbound": "800000.00",
        "vehicle": "2370000.00",
        "vehicle_operation": "2370000.00",
        "reception": "1012600.00",
        "meeting": "1584400.00",
        "training": "7000000.00",
    }
    assert not [d for d in result.diagnostics if d.table_key == "sangong"]


@requires_corpus
def test_a_layout_三公_figure_between_two_columns_is_reported_not_read():
    # The same row with the second 237 moved three columns left, between 置费 and 行维护费 and under
    # neither: its sums leave both open and its position decides nothing. The figures every placement
    # puts in the same column are loaded (1276.7 = 418.26 + 158.44 + 700, 418.26 = 80 + 237 + 101.26),
    # the second 237 (购置费 or 运行维护费) is not.
    lines = (CORPUS_DIR / "js_jcy_2019_dept_budget.layout.txt").read_text(encoding="utf-8").split("\n")
    row = lines[571]
    at = row.index("237", row.index("237") + 3)
    assert row[at - 3 : at] == "   "
    lines[571] = row[: at - 3] + "237   " + row[at + 3 :]
    result = parse_document("\n".join(lines).encode("utf-8"), "shifted.layout.txt")
    assert any(d.check_name == "ambiguous_columns" and d.source_line == 572 for d in result.diagnostics)
    assert {a.column_key: a.amount_raw for a in result.amounts if a.table_key == "sangong"} == {
        "table_total": "1276.7",
        "total": "418.26",
        "outbound": "80",
        "vehicle": "237",
        "reception": "101.26",
        "meeting": "158.44",
        "training": "700",
    }


@requires_corpus
def test_a_layout_三公_header_with_a_wrapped_column_name():
    # sh_putuo_sfj_2026_unit_budget.layout.txt line 315 (万元): "10.71 0.00 0.73 9.98 0.00 9.98 184.59" under
    # 合计 / 因公出国(境)费 / 公务接待费 / 小计 · 购置费 · 运行费 (under 公务用车购置及运行费) /
    # 机关运行经费预算 "数" (wrapped); 10.71 = 0.00 + 0.73 + 9.98 and 9.98 = 0.00 + 9.98.
    result = _parse("sh_putuo_sfj_2026_unit_budget.layout.txt")
    figures = {a.column_key: str(a.amount_yuan) for a in result.amounts if a.table_key == "sangong"}
    assert figures == {
        "total": "107100.00",
        "outbound": "0.00",
        "reception": "7300.00",
        "vehicle": "99800.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "99800.00",
        "operating_costs": "1845900.00",
    }


@requires_corpus
def test_a_full_layout_row_off_its_header_takes_the_columns_in_order():
    # sh_putuo_sfj_2026_dept_budget.layout.txt, 部门支出预算总表 on its second page: "210 卫生健康支出
    # 1149678.00 1149678.00 0.00" stands left of the first page's 合计 / 基本支出 / 项目支出; the row prints
    # all three and 1149678.00 = 1149678.00 + 0.00, so they are total, basic and project (元).
    result = _parse("sh_putuo_sfj_2026_dept_budget.layout.txt")
    assert _row(result, "expenditure_by_function", subject_code="210") == {
        "total": "1149678.00",
        "basic": "1149678.00",
        "project": "0.00",
    }


@requires_corpus
def test_a_table_none_of_whose_figures_could_be_placed_is_reported():
    # js_jcy_2019_dept_budget.txt prints its two-sided 收支预算总表 a cell per line (24,169.74 / 15,844.04 …
    # among the labels of both sides): no row is read, and the table says so instead of vanishing.
    result = _parse("js_jcy_2019_dept_budget.txt")
    titles = {t.table_key: t.table_title for t in result.tables}
    unread = {titles[d.table_key] for d in result.diagnostics if d.check_name == "table_unread"}
    assert "收支预算总表" in unread
    assert not [a for a in result.amounts if a.table_key == "income_expenditure_summary"]


@requires_corpus
def test_side_by_side_blocks_printed_over_bands_of_lines_are_read_row_by_row():
    # sh_putuo_czj_2024_final.layout.txt, 一般公共预算财政拨款基本支出决算表: each row is a band of lines,
    # its figures above its codes ("262.33 … 21.21" / "301 01 … 302" / "基本工资 … 01 办公费", lines
    # 344-346), the bands parted by blank lines. Before, its 25 figure lines were "beside no economic code".
    result = _parse("sh_putuo_czj_2024_final.layout.txt")
    basic = {
        (a.subject_code or a.row_label, a.subject_name): (str(a.amount_yuan), a.source_line)
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert basic[("30101", "基本工资")] == ("2623300.00", 344)
    assert basic[("30201", "办公费")] == ("212100.00", 344)
    assert basic[("30102", "津贴补贴")] == ("12385800.00", 348)
    assert basic[("30202", "印刷费")] == ("76100.00", 349)
    assert basic[("人员经费合计", None)] == ("21522600.00", 477)
    assert len(basic) == 29
    assert not [d for d in result.diagnostics if d.table_key == "general_budget_basic_by_economic"]


@requires_corpus
def test_summary_figures_printed_a_line_above_their_items_are_theirs():
    # sh_putuo_czj_2024_final.layout.txt, 财政拨款收入支出决算总表, lines 295-296: "2,940.05 … 2,940.05" over
    # "本年收入合计 … 本年支出合计 … 2,940.05" (万元): pdftotext centres the figures in a taller row.
    result = _parse("sh_putuo_czj_2024_final.layout.txt")
    totals = {
        (a.row_label, a.column_key): (str(a.amount_yuan), a.source_line)
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.row_label in ("本年收入合计", "本年支出合计")
    }
    assert totals == {
        ("本年收入合计", "income"): ("29400500.00", 295),
        ("本年支出合计", "expenditure"): ("29400500.00", 295),
        ("本年支出合计", "expenditure_general_public"): ("29400500.00", 296),
    }
    # Lines 258-259: the first row's figure above it was read as a header line (2,940.05 lost).
    first = [
        (str(a.amount_yuan), a.source_line)
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.row_label == "一、一般公共预算财政拨款"
    ]
    assert ("29400500.00", 258) in first


@requires_corpus
def test_summary_labels_wrapped_around_their_figures_are_whole():
    # js_jcy_2017_dept_budget.layout.txt, 收支预算总表 (万元), lines 228-233: "1.一般公共预" / "17,981.68
    # 二、外交支出 … 二、项目支出 5,533.00" / "算", and "三、单位预留机" / "三、国防支出 … 140.20" / "动经费".
    # Before, 17,981.68 was dropped without a word and 140.20 was loaded as 三、国防支出's.
    result = _parse("js_jcy_2017_dept_budget.layout.txt")
    summary = {
        (a.row_label, a.column_key): (str(a.amount_yuan), a.source_line)
        for a in result.amounts
        if a.table_key == "income_expenditure_summary" and 226 <= a.source_line <= 238
    }
    assert summary == {
        ("一、财政拨款", "income"): ("179816800.00", 226),
        ("一、基本支出", "expenditure"): ("123234800.00", 226),
        ("1.一般公共预算", "income"): ("179816800.00", 229),
        ("二、项目支出", "expenditure"): ("55330000.00", 229),
        ("三、单位预留机动经费", "expenditure"): ("1402000.00", 232),
        ("四、公共安全支出", "expenditure"): ("136563400.00", 235),
        ("三、其他资金", "income"): ("150000.00", 238),
    }
