"""Session 55's silent misreadings of plain text (tests/golden/hand_written/probes_s55/, made up in the shape
of the real texts that showed them: rules_s35f's Henan OCR budget, rules_s42b's and rules_s38c's Jiangsu
budgets). A figure whose point is lost after its thousands separators ("3,600,00000") and a code with a
letter for a digit ("2130l26") are said, never read into the row above; a table stating itself empty is
empty beside lone figures set out of order. Expected values typed from the texts as printed."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import parse_amount, spoiled_figure

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s55"


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result) -> dict[tuple[str, str], Decimal]:
    return {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts}


def _unreadable(result) -> dict[int, str]:
    return {d.source_line: d.observed for d in result.diagnostics if d.check_name == "figure_unreadable"}


def test_a_point_lost_after_thousands_separators_is_a_spoiled_figure():
    assert spoiled_figure("3,600,00000") and parse_amount("3,600,00000") is None
    assert spoiled_figure("1,264,24000")
    assert not spoiled_figure("3,600,000.00") and not spoiled_figure("360000000")


def test_a_lost_point_and_a_misread_code_below_it_are_said_not_loaded_on_the_row_above():
    # "2130122 农业生产发展 3,600,000.00 3,600,00000" / "2130l26 农村社会事业 2,350,000.00 2,350,000.00":
    # before, the first row's name ran on over both lines and took 2,350,000.00, the next row's figure.
    result = _parse("lost_point_then_misread_code.txt")
    cells = _cells(result)
    assert not [key for key in cells if key[0].startswith("2130122")]
    assert not [key for key in cells if "农村社会事业" in key[0]]
    assert _unreadable(result) == {10: "3,600,00000", 11: "2130l26"}
    # the rows around them are read as printed
    assert cells[("2130101 行政运行", "total")] == Decimal("6040000.00")
    assert cells[("2130153 农田建设", "total")] == Decimal("500000.00")
    assert cells[("合计", "project")] == Decimal("6450000.00")


def test_a_misread_code_is_no_piece_of_the_name_of_a_row_printing_no_figures():
    # "2130122 农业生产发展" (no figure) / "2130l26 农村社会事业 2,350,000.00 2,350,000.00": the figures are
    # the misread row's, which is said; 2130122 takes none of them.
    result = _parse("misread_code_below_a_row_without_figures.txt")
    cells = _cells(result)
    assert not [key for key in cells if key[0].startswith("2130122")]
    assert Decimal("2350000.00") not in cells.values()
    assert _unreadable(result) == {11: "2130l26"}
    assert cells[("2130153 农田建设", "total")] == Decimal("4100000.00")


def test_a_table_stating_itself_empty_beside_lone_figures_is_empty():
    # plain text of a 政府性基金 table: "合" / "计" / "此表为空" / "9" (the page's number) / "金" / "额" /
    # "160.00" (a cell of another table set out of order): the table states it is empty; before, 160.00 (or
    # the page's 9, in the real Jiangsu texts) loaded as its 合计.
    result = _parse("stated_empty_beside_a_stray_figure.txt")
    tables = {t.table_key: t for t in result.tables}
    assert tables["government_fund"].is_empty and tables["government_fund"].empty_reason == "此表为空"
    assert not [a for a in result.amounts if a.table_key == "government_fund"]
    # the 三公 table above is read as printed
    assert _cells(result)[("合计", "total")] == Decimal("580000.00")


def test_a_note_on_rows_without_figures_empties_no_table():
    # "注：本表无数据的科目不列示。" under a filled table: a note about rows, no statement that it is empty
    result = _parse("filled_table_with_a_note.txt")
    assert not result.tables[0].is_empty
    assert _cells(result)[("2120801 征地和拆迁补偿支出", "total")] == Decimal("1600000.00")


REVIEW = PROBES / "review"  # the review's probes against the rules above (expected values typed from them)


def _review(name: str):
    return parse_document((REVIEW / name).read_bytes(), name)


def test_a_statement_after_a_tables_figures_empties_no_table():
    # "58.00 12.00 36.00 10.00" / "此表为空。" / "九、政府性基金…": the next table's statement, set before its
    # title, says nothing of the 三公 table above (before the review, its figures were dropped unsaid)
    result = _review("r3_sangong_two_lines_then_fund_statement.txt")
    tables = {t.table_key: t for t in result.tables}
    assert not tables["sangong"].is_empty
    assert {(a.row_label, a.amount_yuan) for a in result.amounts if a.table_key == "sangong"} == {
        ("合计", Decimal("580000.00")),
        ("因公出国（境）费", Decimal("120000.00")),
        ("公务用车购置及运行费", Decimal("360000.00")),
        ("公务接待费", Decimal("100000.00")),
    }
    # a table printed a cell a line whose figures stand before "此表为空" (the next table's) keeps them,
    # and the statement is no piece of its last row's name
    cells = _cells(_review("r3_fund_filled_cells_then_empty_capital.txt"))
    assert cells[("2120801 征地和拆迁补偿支出", "total")] == Decimal("1600000.00")
    # nor does a note wrapped over two lines ("注：本表无数据" / "的科目不列示。") empty the table above it
    result = _review("r3_fund_cells_note_wrapped.txt")
    assert not result.tables[0].is_empty
    assert _cells(result)[("2296002 用于社会福利的彩票公益金支出", "total")] == Decimal("855000.00")


def test_a_stated_empty_tables_stray_figure_is_said():
    result = _parse("stated_empty_beside_a_stray_figure.txt")
    said = [d for d in result.diagnostics if d.table_key == "government_fund"]
    # (the page's 9 is no such figure)
    assert [(d.check_name, d.observed) for d in said] == [("unplaced_amounts", "160.00")]


def test_a_wrapped_names_words_are_no_misread_code():
    # "2050201 学前教育 幼儿园教学设备采购" / "2O0套 600,000.00": three characters, the name's words
    cells = _cells(_review("r2_project_name_wrapped_number.txt"))
    assert [v for (label, _c), v in cells.items() if label.startswith("2050201")] == [Decimal("600000.00")]
    # "质量管理体系（" / "2020ISO）认证复审 30,000.00": letters for most of a code are no misread digits
    cells = _cells(_review("r2_project_name_wrapped_iso2.txt"))
    assert [v for (label, _c), v in cells.items() if label.startswith("2013899")] == [Decimal("30000.00")]


def test_a_misread_code_row_takes_its_own_wrapped_name_and_figures():
    # "2130122 农业生产发展" / "2130l26 农村社会" / "事业 2,350,000.00 2,350,000.00": the name's end and the
    # figures are the misread row's, said with it; no row "事业", nothing for 2130122
    result = _review("r2_misread_wrapped_below_row_without_figures.txt")
    cells = _cells(result)
    assert not [key for key in cells if key[0].startswith("2130122") or key[0] == "事业"]
    assert Decimal("2350000.00") not in cells.values()
    assert _unreadable(result) == {11: "2130l26"}
    # economic codes alike: "30l01 基本工资 500,000.00 …" under "301 工资福利支出" (no figures) is said, and
    # 301 takes none of its figures
    result = _review("r2_economic_misread_no_class_figures.txt")
    assert not [a for a in result.amounts if a.subject_code == "301"]
    assert _unreadable(result) == {8: "30l01", 12: "3O205"}


def test_a_fund_flow_rows_figures_keep_the_flow_where_layout_sets_them_off_their_names():
    # pdftotext -layout of a 政府性基金 收入支出决算表 (rules_s55's Qinghai final): "本年支出" over "合计" and
    # "项目支出", "36.00 36.00 36.00" per row with the first figure right of "本年收入", nearer "合计" by
    # position: placed by the flow (年初 + 收入 − 支出 = 年末, 小计 = 基本 + 项目) on the columns printed,
    # nearest their names: 本年收入, 合计 (本年支出), 项目支出. Before: total | "expenditure" | project.
    result = _parse("fund_flow_layout_group_label.layout.txt")
    got = {
        (a.row_label, a.column_key): a.amount_yuan for a in result.amounts if a.table_key == "government_fund"
    }
    for label in ("229 其他支出", "2296002 用于社会福利的彩票公益金支出", "合计"):
        assert {key: got.get((label, key)) for key in ("income", "total", "project")} == dict.fromkeys(
            ("income", "total", "project"), Decimal("360000.00")
        )
    assert not [key for key in got if key[1] not in ("income", "total", "project")]


def test_a_figure_standing_under_no_columns_name_goes_where_its_family_adds_up():
    # pdftotext -layout of a final's 一般公共预算财政拨款支出决算表 over two pages (rules_s55's Heilongjiang
    # report): page 1 "221 住房保障支出 82.36 82.36" under 基本支出; page 2, its header again on a grid of its
    # own, "22102 住房改革支出 82.36 82.36" with the second figure between 基本支出 and 项目支出, nearer the
    # latter. The 类's basic is its 款's and 项's: basic (before: project, silently).
    cells = _cells(_parse("continuation_page_figure_between_columns.layout.txt"))
    for label in ("221 住房保障支出", "22102 住房改革支出", "2210201 住房公积金"):
        assert cells[(label, "basic")] == Decimal("823600.00")
        assert (label, "project") not in cells
    # the rows whose figures stand under their columns' names are read as they stand
    assert cells[("2130504 农村基础设施建设", "project")] == Decimal("5200000.00")
    assert cells[("2101101 行政单位医疗", "basic")] == Decimal("283400.00")


REVIEW2 = PROBES / "review2"  # the second review's probes against the layout rules (typed from them)


def test_a_misprinted_parent_moves_no_figure_of_its_children():
    # 213 prints 1,505.00 under 基本支出 where its 项 print 1,500.00 basic and 5.00 project, and the 合计's
    # 基本支出 1,600.00 does not hold with it: the 类 is the misprint; 21305 / 2130504 stay 项目支出, as
    # printed
    def cells(name):
        result = parse_document((REVIEW2 / name).read_bytes(), name)
        return {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts}, result

    got, result = cells("R1_misprinted_parent_child_weak.layout.txt")
    assert got[("2130504 农村基础设施建设", "project")] == Decimal("50000.00")
    assert got[("21305 巩固脱贫攻坚成果衔接乡村振兴", "project")] == Decimal("50000.00")
    assert "column_by_identities" not in {d.check_name for d in result.diagnostics}
    # a misprinted 合计 (182.36 basic, no project) moves none of the 类 221 branch printed under 项目支出
    got, _result = cells("R6_total_row_misprint_cascade.layout.txt")
    for label in ("221 住房保障支出", "22102 住房改革支出", "2210201 住房公积金"):
        assert got[(label, "project")] == Decimal("823600.00") and (label, "basic") not in got
    # a fund's flow row printing its 本年支出 合计 without the split ("50.00 50.00": 本年收入, 合计) stands
    # as its positions place it: no 年末结转 made up
    got, _result = cells("F6_flow_row_total_unsplit_equal.layout.txt")
    assert got[("229 其他支出", "income")] == got[("229 其他支出", "total")] == Decimal("500000.00")
    assert not [key for key in got if key[1] == "carryover_end"]


def test_a_moved_figure_is_said():
    result = _parse("continuation_page_figure_between_columns.layout.txt")
    moved = {d.source_line: d.observed for d in result.diagnostics if d.check_name == "column_by_identities"}
    assert sorted(moved.values()) == ["82.36", "82.36"]


def test_a_unit_printed_after_codes_alone_on_their_lines_is_the_tables():
    # plain text printing a cell a line: "政府性基金预算支出表" / "编制单位：…" / "科目编码" / "229" / … /
    # "单位：万元" (rules_s55's 内蒙古 budget): the codes alone on their lines are no figures, so the
    # unit is read before the first one (before: warned amount_unit_missing, the unit inherited from the
    # other tables)
    name = "nm1_neimenggu_etuokeqi_jyj_2023_dept_budget.txt"
    path = PROBES.parent / "rules_s55" / name
    result = parse_document(path.read_bytes(), name)
    fund = next(t for t in result.tables if t.table_key == "government_fund")
    assert fund.amount_unit == "万元"
    assert not [d for d in result.diagnostics if d.check_name == "amount_unit_missing"]
