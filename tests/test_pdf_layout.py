"""Rows of a ruled PDF table (dagster_project/parser/layout.py, ``lines_from_pdf``), on small PDFs drawn here
the way Excel draws its grids: every cell its own four sides, a merged cell one box over the rows it spans
(the rules of the rows stop at its sides). The expected rows are typed from what each PDF shows."""

from __future__ import annotations

import sys
from decimal import Decimal

from dagster_project.parser.layout import lines_from_pdf

from .conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests" / "golden" / "hand_written" / "rules_s27e"))
from minipdf import MiniCanvas, stringWidth

SIZE = 9
LEAD = SIZE + 3
# 类 | 款 | 项 | 科目名称 | 合计
COLUMNS = [50.0, 78.0, 106.0, 134.0, 314.0, 390.0]


def _grid_pdf(path, rows: list[tuple[float, list]]) -> bytes:
    """A one-page PDF of a grid under a header row: rows of (height, cells), a cell None (blank and boxed
    alone), the string "SPAN" (covered by a merged cell above: no box of its own), or (lines, rowspan) (its
    text lines, centred in a box over that many rows, the name column left-aligned, the others centred)."""
    canvas = MiniCanvas(str(path), pagesize=(595.2756, 841.8898), producer="test_pdf_layout")
    canvas.setLineWidth(0.5)
    canvas.setFont("F", SIZE)
    header = (18.0, [(["类"], 1), (["款"], 1), (["项"], 1), (["科目名称"], 1), (["合计"], 1)])
    tops = [720.0]
    for height, _cells in [header, *rows]:
        tops.append(tops[-1] - height)
    for r, (_height, cells) in enumerate([header, *rows]):
        for c, cell in enumerate(cells):
            if cell == "SPAN":
                continue
            lines, span = cell if cell is not None else ([], 1)
            left, right, top, bottom = COLUMNS[c], COLUMNS[c + 1], tops[r], tops[r + span]
            for x0, y0, x1, y1 in ((left, top, right, top), (left, bottom, right, bottom)):
                canvas.line(x0, y0, x1, y1)
            for x in (left, right):
                canvas.line(x, bottom, x, top)
            first = (top + bottom) / 2 + (len(lines) - 1) * LEAD / 2 - 0.38 * SIZE
            for n, text in enumerate(lines):
                width = stringWidth(text, None, SIZE)
                x = left + 3 if c == 3 and r > 0 else (left + right - width) / 2
                if c == 4 and r > 0:
                    x = right - 3 - width
                canvas.drawString(x, first - n * LEAD, text)
    canvas.save()
    return path.read_bytes()


def _rows(data: bytes) -> list[list[str]]:
    lines, _pages, _undrawn = lines_from_pdf(data)
    return [[segment.text for segment in line.segments] for line in lines]


def test_text_of_a_cell_merged_down_over_several_rows_belongs_to_the_top_row(tmp_path):
    # The 类 cell '208' is merged down over the 类 row, the 款 row and the 项 row, printed once centred in
    # it (level with the 款 row); the 款 cell '05' over the 款 row and the 项 row (centred on the rule
    # between them, which stops at its sides). Each belongs to the top row of its cell.
    rows = [
        (18.0, [(["208"], 3), None, None, (["社会保障和就业支出"], 1), (["186.42"], 1)]),
        (18.0, ["SPAN", (["05"], 2), None, (["行政事业单位养老支出"], 1), (["186.42"], 1)]),
        (18.0, ["SPAN", "SPAN", (["05"], 1), (["机关事业单位基本养老保险缴费支出"], 1), (["186.42"], 1)]),
    ]
    assert _rows(_grid_pdf(tmp_path / "merged.pdf", rows)) == [
        ["类", "款", "项", "科目名称", "合计"],
        ["208", "社会保障和就业支出", "186.42"],
        ["05", "行政事业单位养老支出", "186.42"],
        ["05", "机关事业单位基本养老保险缴费支出", "186.42"],
    ]


def test_a_name_wrapped_in_one_tall_row_is_no_merged_cell(tmp_path):
    # Control: a row twice as tall whose name wraps over two lines, every column of it one tall cell (no
    # rule stops at a side of any): the row is read whole, as before, and the rows around it stay apart.
    rows = [
        (18.0, [(["210"], 1), (["11"], 1), None, (["行政事业单位医疗"], 1), (["68.35"], 1)]),
        (30.0, [None, None, (["01"], 1), (["行政单位医疗和公务员", "医疗补助"], 1), (["52.15"], 1)]),
        (18.0, [None, None, (["03"], 1), (["公务员医疗补助"], 1), (["16.20"], 1)]),
    ]
    assert _rows(_grid_pdf(tmp_path / "wrapped.pdf", rows)) == [
        ["类", "款", "项", "科目名称", "合计"],
        ["210", "11", "行政事业单位医疗", "68.35"],
        ["01", "行政单位医疗和公务员医疗补助", "52.15"],
        ["03", "公务员医疗补助", "16.20"],
    ]


def _title_over_unit_pdf(path) -> bytes:
    """A page of a 部门决算's 表5 whose title, set large and centred over a narrow table, is printed across
    its unit line ("金额单位：万元", set small on the title's baseline, right-aligned at the table's edge:
    the title's last characters stand over its first, as rules_s36b's Hebei final prints them), then the
    table's header and rows, ruled."""
    canvas = MiniCanvas(str(path), pagesize=(595.2756, 841.8898), producer="test_pdf_layout")
    canvas.setLineWidth(0.5)
    canvas.setFont("F", 9)
    canvas.drawString(COLUMNS[0], 760, "表5")
    canvas.setFont("F", 16)
    canvas.drawCentredString(250, 740, "一般公共预算财政拨款支出决算表")
    canvas.setFont("F", 9)
    canvas.drawRightString(COLUMNS[-1], 740, "金额单位：万元")
    rows = [
        ["类", "款", "项", "科目名称", "合计"],
        ["", "", "", "合计", "186.42"],
        ["208", "", "", "社会保障和就业支出", "186.42"],
        ["208", "05", "", "行政事业单位养老支出", "186.42"],
        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "186.42"],
    ]
    top = 720.0
    for cells in rows:
        for c, text in enumerate(cells):
            left, right = COLUMNS[c], COLUMNS[c + 1]
            canvas.line(left, top, right, top)
            canvas.line(left, top - 18, right, top - 18)
            canvas.line(left, top - 18, left, top)
            canvas.line(right, top - 18, right, top)
            if text:
                canvas.drawString(left + 3, top - 12.4, text)
        top -= 18
    canvas.save()
    return path.read_bytes()


def test_a_title_printed_across_its_unit_line_is_two_lines(tmp_path):
    # The title's glyphs and the unit line's overlap in height by more than half the unit's (one line by that
    # measure alone), and the unit line stands under the title's last characters: read as one line, their
    # characters interleaved by x ("一般公共预算财政拨款支出决金算额单表位：万元"), the table's title was lost
    # and its rows read as the table above's. Two texts printed across each other are two lines.
    rows = _rows(_title_over_unit_pdf(tmp_path / "title.pdf"))
    assert rows[:3] == [["表5"], ["一般公共预算财政拨款支出决算表"], ["金额单位：万元"]]
    assert rows[4] == ["合计", "186.42"]


def test_a_table_titled_across_its_unit_line_is_read(tmp_path):
    from dagster_project.parser import parse_document

    result = parse_document(_title_over_unit_pdf(tmp_path / "title.pdf"), "title.pdf")
    assert [(t.table_label, t.table_key, t.amount_unit) for t in result.tables] == [
        ("表5", "general_budget_by_function", "万元")
    ]
    assert sorted((a.subject_code or "", a.column_key, a.amount_yuan) for a in result.amounts) == [
        ("", "total", Decimal("1864200.00")),
        ("208", "total", Decimal("1864200.00")),
        ("20805", "total", Decimal("1864200.00")),
        ("2080505", "total", Decimal("1864200.00")),
    ]
