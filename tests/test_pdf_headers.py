"""Header cells of PDF tables drawn without vertical rules (rules_s31c b2, b3): a group's label centred over
its columns stands between them, on their line or above, and right-aligned figures reach under it. Small
PDFs drawn here with the reviews' PDF writer; the expected cells are typed from what each PDF shows."""

from __future__ import annotations

import sys
from decimal import Decimal

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests" / "golden" / "hand_written" / "rules_s27e"))
from minipdf import MiniCanvas, stringWidth

SIZE = 9


def _pdf(
    path,
    title: str,
    header: list[tuple[float, float, str]],
    rows: list[tuple[str, str, list]],
    rules: tuple[float, ...] = (),
) -> bytes:
    """A one-page PDF: the title, the unit, header words at (x centre, y, text), then rows of code, name
    and figures right-aligned at the given right edges ((right edge, text) pairs); horizontal rules across
    the table at the heights ``rules`` give, no other rule."""
    canvas = MiniCanvas(str(path), pagesize=(595.2756, 841.8898), producer="test_pdf_headers")
    canvas.setLineWidth(0.5)
    for y in rules:
        canvas.line(50, y, 560, y)
    canvas.setFont("F", SIZE)
    canvas.drawString(60, 800, "某区民政局2025年部门预算")
    canvas.drawString(200, 770, title)
    canvas.drawString(460, 750, "单位：万元")
    for centre, y, text in header:
        canvas.drawString(centre - stringWidth(text, None, SIZE) / 2, y, text)
    y = 690.0
    for code, name, figures in rows:
        if code:
            canvas.drawString(60, y, code)
        canvas.drawString(110, y, name)
        for right, text in figures:
            canvas.drawString(right - stringWidth(text, None, SIZE), y, text)
        y -= 16
    canvas.save()
    return path.read_bytes()


def _cells(data: bytes, name: str, table_key: str) -> dict:
    result = parse_document(data, name, "d")
    return {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }


BASIC_ROWS = [
    ("", "合计", [(350, "333.00"), (446, "300.00"), (542, "33.00")]),
    ("301", "工资福利支出", [(350, "300.00"), (446, "300.00")]),
    ("30101", "基本工资", [(350, "200.00"), (446, "200.00")]),
    ("30102", "津贴补贴", [(350, "100.00"), (446, "100.00")]),
    ("302", "商品和服务支出", [(350, "33.00"), (542, "33.00")]),
    ("30201", "办公费", [(350, "33.00"), (542, "33.00")]),
]

WAN = Decimal(10000)
BASIC_EXPECTED = {
    ("合计", "total"): 333 * WAN,
    ("合计", "personnel"): 300 * WAN,
    ("合计", "public_funds"): 33 * WAN,
    **{
        (code, key): v * WAN
        for code, v in (("301", 300), ("30101", 200), ("30102", 100))
        for key in ("total", "personnel")
    },
    **{(code, key): 33 * WAN for code in ("302", "30201") for key in ("total", "public_funds")},
}


def test_a_groups_label_above_and_between_its_columns_names_none_of_them(tmp_path):
    # 基本支出 centred over 人员经费 | 公用经费, a line above them, meeting neither; the 人员经费 figures,
    # right-aligned, reach under it (b3): they were loaded as 基本支出
    header = [
        (100, 725, "部门经济分类科目编码"),
        (304, 725, "合计"),
        (448, 735, "基本支出"),
        (400, 715, "人员经费"),
        (496, 715, "公用经费"),
    ]
    data = _pdf(tmp_path / "a.pdf", "一般公共预算基本支出表", header, BASIC_ROWS)
    assert _cells(data, "a.pdf", "general_budget_basic_by_economic") == BASIC_EXPECTED


def test_a_groups_label_on_its_columns_line_between_them_names_none_of_them(tmp_path):
    # no rule apart the header's levels: 基本支出 falls on the line of 人员经费 and 公用经费 (b2)
    header = [
        (100, 720, "部门经济分类科目编码"),
        (304, 720, "合计"),
        (448, 720, "基本支出"),
        (400, 720, "人员经费"),
        (496, 720, "公用经费"),
    ]
    data = _pdf(tmp_path / "b.pdf", "一般公共预算基本支出表", header, BASIC_ROWS)
    assert _cells(data, "b.pdf", "general_budget_basic_by_economic") == BASIC_EXPECTED


def test_figures_under_a_label_over_all_the_columns_take_their_nearest_column(tmp_path):
    # "2025年预算数" over 合计 | 基本支出 | 项目支出; the 基本支出 figures, right-aligned, stand under the
    # group label and right of their own name (b3): taken for the 合计's, two totals, the row unread
    header = [
        (100, 725, "科目编码"),
        (180, 725, "科目名称"),
        (380, 735, "2025年预算数"),
        (283, 715, "合计"),
        (379, 715, "基本支出"),
        (475, 715, "项目支出"),
    ]
    rows = [
        ("", "合计", [(328, "300.00"), (424, "200.00"), (520, "100.00")]),
        ("208", "社会保障和就业支出", [(328, "300.00"), (424, "200.00"), (520, "100.00")]),
        ("20802", "民政管理事务", [(328, "300.00"), (424, "200.00"), (520, "100.00")]),
        ("2080201", "行政运行", [(328, "200.00"), (424, "200.00")]),
        ("2080208", "基层政权建设和社区治理", [(328, "100.00"), (520, "100.00")]),
    ]
    data = _pdf(tmp_path / "c.pdf", "一般公共预算支出表", header, rows)
    cells = _cells(data, "c.pdf", "general_budget_by_function")
    assert cells[("2080201", "basic")] == 200 * WAN
    assert cells[("2080208", "project")] == 100 * WAN
    assert cells[("合计", "basic")] == 200 * WAN
    assert len(cells) == 13


def test_a_sangong_headers_levels_in_one_ruled_band_keep_the_vehicle_group_apart(tmp_path):
    """Horizontal rules only, none between the header's levels (b2): 合计 and 因公出国（境）费 centred
    over both levels join the group's name and the columns under it in one row, "公务用车购置及运行费" against
    "公务用车购置费". The group is no column; the 小计 under it is the vehicle subtotal."""
    header = [
        (85, 729, "合计"),
        (170, 729, "因公出国（境）费"),
        (351, 738, "公务用车购置及运行费"),
        (510, 729, "公务接待费"),
        (255, 720, "小计"),
        (351, 720, "公务用车购置费"),
        (425, 720, "公务用车运行费"),
    ]
    figures = [(124, "12.00"), (209, "0.00"), (295, "10.00"), (380, "0.00"), (465, "10.00"), (550, "2.00")]
    data = _pdf(
        tmp_path / "s.pdf", "一般公共预算“三公”经费支出表", header, [("", "", figures)], (748, 714, 680)
    )
    cells = {(a.column_key, a.amount_yuan) for a in parse_document(data, "s.pdf", "d").amounts}
    assert cells >= {
        ("total", 12 * WAN),
        ("vehicle", 10 * WAN),
        ("vehicle_operation", 10 * WAN),
        ("reception", 2 * WAN),
    }


def test_rules_a_white_mask_covers_are_no_rules(tmp_path):
    """A report generator draws the whole grid, then white rectangles over the merged header cells
    (rules_s31g f2, b3): 年初预算数 over 合计 | 基本支出 | 项目支出, 决算数 over the same. The hidden rules
    split the group labels, both blocks' figures fell under one set of columns, and no row was read."""
    canvas = MiniCanvas(str(tmp_path / "m.pdf"), pagesize=(595.2756, 841.8898), producer="test_pdf_headers")
    canvas.setLineWidth(0.5)
    xs = [50, 110, 200, 260, 320, 380, 440, 500, 560]
    ys = [740, 722, 704, 686, 668]  # header rows (two), then two rows of figures
    for x in xs:
        canvas.line(x, ys[-1], x, ys[0])
    for y in ys:
        canvas.line(xs[0], y, xs[-1], y)
    canvas.setFillGray(1)
    # merged: 科目编码 and 科目名称 over both header rows; each phase over its three columns
    for x0, x1, y0, y1 in (
        (50, 110, 704, 740),
        (110, 200, 704, 740),
        (200, 380, 722, 740),
        (380, 560, 722, 740),
    ):
        canvas.rect(x0 + 0.6, y0 + 0.6, x1 - x0 - 1.2, y1 - y0 - 1.2, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont("F", SIZE)
    canvas.drawString(60, 800, "某县交通运输局2022年度部门决算")
    canvas.drawString(200, 770, "一般公共预算财政拨款支出决算表")
    canvas.drawString(480, 750, "单位：万元")

    def centred(text, x0, x1, y):
        canvas.drawString((x0 + x1) / 2 - stringWidth(text, None, SIZE) / 2, y, text)

    centred("科目编码", 50, 110, 719)
    centred("科目名称", 110, 200, 719)
    centred("年初预算数", 200, 380, 728)
    centred("决算数", 380, 560, 728)
    for n, word in enumerate(["合计", "基本支出", "项目支出"] * 2):
        centred(word, xs[2 + n], xs[3 + n], 710)
    rows = [
        ("", "合计", ["300.00", "200.00", "100.00", "310.00", "205.00", "105.00"]),
        ("214", "交通运输支出", ["300.00", "200.00", "100.00", "310.00", "205.00", "105.00"]),
    ]
    for (code, name, figures), y in zip(rows, (692, 674), strict=True):
        if code:
            canvas.drawString(55, y, code)
        canvas.drawString(115, y, name)
        for n, figure in enumerate(figures):
            canvas.drawString(xs[3 + n] - 4 - stringWidth(figure, None, SIZE), y, figure)
    canvas.save()
    result = parse_document((tmp_path / "m.pdf").read_bytes(), "m.pdf", "d")
    cells = {(a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan for a in result.amounts}
    assert cells[("214", "total", "budget")] == 300 * WAN
    assert cells[("214", "project", "budget")] == 100 * WAN
    assert cells[("214", "basic", "actual")] == 205 * WAN
    assert cells[("合计", "total", "actual")] == 310 * WAN
    assert len(cells) == 12
