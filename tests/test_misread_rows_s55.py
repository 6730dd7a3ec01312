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
