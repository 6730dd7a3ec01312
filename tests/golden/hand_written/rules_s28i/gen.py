"""Write the rules_s28i inputs: the small tables every report has, as provinces print them — the “三公”经费
table, the 机关运行经费 table and the 政府采购 table — each input built around one difficulty (layouts not in
sangong_pdfs/ nor rules_s27b/).

One table model renders both kinds of input (as rules_s28a/gen.py, with header cells spanning rows):
- ``*.layout.txt`` as `pdftotext -layout` prints a drawn table: a page column is one character column (9pt
  type: an ASCII glyph one column wide on the page, a CJK glyph two); every cell starts at its page column
  (left-aligned text one column inside its cell, figures right-aligned one column inside its right border,
  centred text centred), but a CJK character is written as one character, so a line is padded with spaces
  up to the next cell's column; a cell that would start before the line's end is pushed one space after it.
  A cell taller than a line (a header cell spanning header rows, a tall body row) prints its text on
  half-line slots (top, centred or bottom aligned): pieces on different slots are different text lines.
- ``*.pdf`` drawn with minipdf (STSong-Light, not embedded; reportlab's canvas API, from rules_s27e): one
  layout column is 4.5pt; ruled as a grid (every cell's rectangle), by horizontal rules only, or not at all.
- ``*.txt`` (plain pdftotext: cells one space apart, blank cells dropped) typed directly.

The figures are typed here per input; the expectations are typed separately in rules_s28i_data.py.
Run: /work/main/.venv/bin/python gen.py (writes the inputs here)."""

import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "rules_s27e")]  # its minipdf.py
from minipdf import MiniCanvas  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
U = 4.5  # points per layout column
SIZE = 9
LEAD = 11.5
PAD = 5


def dw(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell_of(value):
    """(lines, options) of a cell value: None/"" (blank), a str, a list of str (wrapped lines), or a dict
    with text (str or list) and options align / valign / indent."""
    if value is None or value == "":
        return [], {}
    if isinstance(value, dict):
        text = value["text"]
        return ([text] if isinstance(text, str) else list(text)), value
    if isinstance(value, str):
        return [value], {}
    return list(value), {}


class Grid:
    """A drawn table. cols: [(width in layout columns, body align 'l'/'r'/'c')]; head: header cells
    (row, col, rowspan, colspan, value) over head_rows rows of one line each (head_h: lines per header row);
    body: rows, each a list of one value per column (None: blank); a row's height is its tallest cell's
    lines, or ``tall`` lines for every body row; valign: the body cells' default vertical alignment."""

    def __init__(self, cols, head, body, head_rows, head_h=None, valign="centre", tall=1):
        self.cols, self.head, self.body = cols, head, body
        self.head_rows = head_rows
        self.head_h = head_h or [1] * head_rows
        self.valign, self.tall = valign, tall
        self.edges = [0]
        for w, _a in cols:
            self.edges.append(self.edges[-1] + w)

    @property
    def width(self):
        return self.edges[-1]

    def start(self, text, first, span, align, indent=0):
        a, b = self.edges[first], self.edges[first + span]
        if align == "l":
            return a + 1 + indent
        if align == "r":
            return b - 1 - dw(text)
        return a + max(0, (b - a - dw(text)) // 2)

    def rows(self):
        """[(row top line, row height in lines, [(col, colspan, rowspan, value, align, valign)])] for the
        header rows then the body rows (a header cell belongs to its first row)."""
        out, top = [], 0
        for r in range(self.head_rows):
            cells = [(c, cs, rs, v, "c", "centre") for (rr, c, rs, cs, v) in self.head if rr == r]
            out.append((top, self.head_h[r], cells, r))
            top += self.head_h[r]
        for row in self.body:
            cells = [
                (n, 1, 1, v, self.cols[n][1], self.valign) for n, v in enumerate(row) if v not in (None, "")
            ]
            h = max([len(cell_of(cell[3])[0]) for cell in cells] + [self.tall])
            out.append((top, h, cells, None))
            top += h
        return out

    def heights(self):
        """Lines of each header row and body row (for spans)."""
        return [h for _t, h, _c, _r in self.rows()]

    def pieces(self):
        """[(half-line slot, start column, text)] of every cell."""
        rows = self.rows()
        hs = [h for _t, h, _c, _r in rows]
        out = []
        for k, (top, h, cells, _r) in enumerate(rows):
            for col, cs, rs, value, align, valign in cells:
                lines, opts = cell_of(value)
                height = sum(hs[k : k + rs])
                va = opts.get("valign", valign)
                n = len(lines)
                base = 2 * top + (0 if va == "top" else 2 * (height - n) if va == "bottom" else height - n)
                for j, text in enumerate(lines):
                    at = self.start(text, col, cs, opts.get("align", align), opts.get("indent", 0))
                    out.append((base + 2 * j, at, text))
        return out


# ------------------------------------------------------------------------------------------------ layout
def compose(pieces):
    out = ""
    for col, text in sorted(pieces):
        if col > len(out):
            out += " " * (col - len(out))
        elif out:
            out += " "
        out += text
    return out.rstrip()


def grid_lines(grid, indent=2):
    placed = grid.pieces()
    lines = []
    for s in sorted({s for s, _c, _t in placed}):
        lines.append(compose([(indent + c, t) for ss, c, t in placed if ss == s]))
    return lines


def write_layout(name, pages, width=100):
    """pages: lists of items: a str (a line as is), ("c", text) centred in width, ("r", text) right-aligned,
    ("lr", left, right) one line, Grid (its lines)."""
    out = []
    for n, page in enumerate(pages):
        if n:
            out.append("\f")
        for item in page:
            if isinstance(item, Grid):
                out.extend(grid_lines(item))
            elif isinstance(item, str):
                out.append(item)
            elif item[0] == "c":
                out.append(" " * max(0, (width - dw(item[1])) // 2) + item[1])
            elif item[0] == "r":
                out.append(" " * max(0, width - dw(item[1])) + item[1])
            else:  # ("lr", left, right)
                out.append("  " + item[1] + " " * max(2, width - 2 - dw(item[1]) - dw(item[2])) + item[2])
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).replace("\n\f\n", "\n\f") + "\n")


# --------------------------------------------------------------------------------------------------- PDF
def draw_pdf(name, pages):
    """pages: (size, x0, items): items as write_layout's (a str is drawn at the left), with (size, item) to set
    a text line's size; Grid items carry their rules in .rules ('grid' / 'hrules' / 'none')."""
    c = MiniCanvas(os.path.join(HERE, name), pagesize=pages[0][0], producer="rules_s28i gen.py")
    for n, (size, x0, items) in enumerate(pages):
        if n:
            c.showPage()
            c.setPageSize(size)
        W, H = size
        y = H - 48
        width = max([g.width for g in items if isinstance(g, Grid)] + [60]) * U
        for item in items:
            fs = 9
            if isinstance(item, tuple) and isinstance(item[0], (int, float)):
                fs, item = item
            if isinstance(item, Grid):
                y = draw_grid(c, item, x0, y - 4)
                y -= 14
                continue
            c.setFont("F", fs)
            if isinstance(item, str):
                c.drawString(x0, y - fs, item)
            elif item[0] == "c":
                c.drawCentredString(x0 + width / 2, y - fs, item[1])
            elif item[0] == "r":
                c.drawRightString(x0 + width, y - fs, item[1])
            else:
                c.drawString(x0, y - fs, item[1])
                c.drawRightString(x0 + width, y - fs, item[2])
            y -= fs + 7
        c.setFont("F", 9)
        c.drawCentredString(W / 2, 26, f"- {n + 1} -")
    c.save()


def draw_grid(c, grid, x0, ytop):
    rules = getattr(grid, "rules", "grid")
    rows = grid.rows()
    hs = [h for _t, h, _c, _r in rows]
    tops = [ytop]
    for h in hs:
        tops.append(tops[-1] - (h * LEAD + PAD))
    xs = [x0 + e * U for e in grid.edges]
    c.setLineWidth(0.5)
    for k, (_top, _h, cells, _r) in enumerate(rows):
        for col, cs, rs, value, align, valign in cells:
            y0, y1 = tops[k], tops[k + rs]
            if rules == "grid":
                c.rect(xs[col], y1, xs[col + cs] - xs[col], y0 - y1)
            lines, opts = cell_of(value)
            va = opts.get("valign", valign)
            n = len(lines)
            block = n * LEAD
            if va == "top":
                first = y0 - PAD / 2 - 8.5
            elif va == "bottom":
                first = y1 + PAD / 2 + block - 8.5
            else:
                first = (y0 + y1) / 2 + block / 2 - 8.5
            c.setFont("F", SIZE)
            for j, text in enumerate(lines):
                at = grid.start(text, col, cs, opts.get("align", align), opts.get("indent", 0))
                c.drawString(x0 + at * U, first - j * LEAD, text)
        if rules == "grid":
            # the blank body cells are drawn too (a grid ruled as a whole)
            if _r is None:
                filled = {col for col, *_x in cells}
                for col in range(len(grid.cols)):
                    if col not in filled:
                        c.rect(xs[col], tops[k + 1], xs[col + 1] - xs[col], tops[k] - tops[k + 1])
        elif rules == "hrules":
            if k == 0:
                c.line(xs[0], tops[0], xs[-1], tops[0])
            if _r is None or k == grid.head_rows - 1:
                c.line(xs[0], tops[k + 1], xs[-1], tops[k + 1])
    return tops[-1]


def ruled(grid, rules):
    grid.rules = rules
    return grid


# ------------------------------------------------------------------------------------------ shared parts
def sg_head(
    first=0,
    group="公务用车购置及运行费",
    parts=("小计", "购置费", "运行费"),
    top=0,
    names=("合计", "因公出国（境）费", "公务接待费"),
):
    """合计 | 出国 | group (小计 | 购置 | 运行) | 接待 as header cells from column ``first``, rows top, top+1."""
    total, outbound, reception = names
    k = len(parts)
    return [
        (top, first, 2, 1, total),
        (top, first + 1, 2, 1, outbound),
        (top, first + 2, 1, k, group),
        *[(top + 1, first + 2 + j, 1, 1, p) for j, p in enumerate(parts)],
        (top, first + 2 + k, 2, 1, reception),
    ]


def budget_cover(unit, year):
    return [unit, f"{year}年部门预算", "", f"第二部分 {unit}{year}年部门预算表", ""]


def final_cover(unit, year):
    return [unit, f"{year}年度部门决算", "", f"第二部分 {unit}{year}年度部门决算表", ""]


def footer(n):
    return ["", " " * 48 + f"- {n} -"]


# ---------------------------------------------------------------------------------------------- c01
def c01():
    """Control: a budget's three small tables in layout text: 三公 one row (the vehicle group over all three
    of its columns), 机关运行经费 by economic code, 政府采购 with the categories as columns and unit rows."""
    unit = "汉寿县自然资源局"
    sg = Grid(
        [(12, "r"), (18, "r"), (12, "r"), (12, "r"), (12, "r"), (14, "r")],
        sg_head(),
        [["31.20", "2.00", "21.70", "8.00", "13.70", "7.50"]],
        head_rows=2,
    )
    oc = Grid(
        [(12, "l"), (34, "l"), (18, "r")],
        [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "金额")],
        [
            [None, {"text": "合计", "align": "c"}, "96.80"],
            ["302", "商品和服务支出", "96.80"],
            ["30201", "办公费", "18.00"],
            ["30205", "水费", "3.20"],
            ["30206", "电费", "9.60"],
            ["30211", "差旅费", "12.00"],
            ["30213", "维修（护）费", "6.00"],
            ["30228", "工会经费", "8.40"],
            ["30229", "福利费", "5.60"],
            ["30231", "公务用车运行维护费", "13.70"],
            ["30239", "其他交通费用", "20.30"],
        ],
        head_rows=1,
    )
    pr = Grid(
        [(30, "l"), (14, "r"), (14, "r"), (14, "r"), (14, "r")],
        [
            (0, 0, 1, 1, "单位名称"),
            (0, 1, 1, 1, "合计"),
            (0, 2, 1, 1, "货物"),
            (0, 3, 1, 1, "工程"),
            (0, 4, 1, 1, "服务"),
        ],
        [
            [{"text": "合计", "align": "c"}, "58.40", "22.40", "0.00", "36.00"],
            ["汉寿县自然资源局", "58.40", "22.40", "0.00", "36.00"],
        ],
        head_rows=1,
    )
    write_layout(
        "c01_control_layout_budget_three_tables.layout.txt",
        [
            [*budget_cover(unit, 2025)],
            [
                ("c", "表7"),
                ("c", "一般公共预算“三公”经费支出表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                sg,
                *footer(9),
            ],
            [
                ("c", "表8"),
                ("c", "机关运行经费预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                oc,
                *footer(10),
            ],
            [
                ("c", "表9"),
                ("c", "政府采购预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                pr,
                *footer(11),
            ],
        ],
    )


# ---------------------------------------------------------------------------------------------- c02
def c02():
    """Control: a budget's 三公 table in a ruled PDF with a row per year (2024年预算数 / 2025年预算数 / 增减额)
    beside a 项目 column; then 政府采购 with the categories as rows and their items below."""
    unit = "桃江县文化旅游广电体育局"
    sg = ruled(
        Grid(
            [(20, "l"), (14, "r"), (18, "r"), (14, "r"), (14, "r"), (14, "r"), (14, "r")],
            [(0, 0, 2, 1, "项目")] + sg_head(first=1),
            [
                ["2024年预算数", "26.00", "1.50", "17.50", "6.00", "11.50", "7.00"],
                ["2025年预算数", "23.80", "0.00", "16.30", "4.80", "11.50", "7.50"],
                ["增减额", "-2.20", "-1.50", "-1.20", "-1.20", "0.00", "0.50"],
            ],
            head_rows=2,
        ),
        "grid",
    )
    pr = ruled(
        Grid(
            [(30, "l"), (30, "l"), (18, "r")],
            [(0, 0, 1, 1, "采购项目"), (0, 1, 1, 1, "采购品目"), (0, 2, 1, 1, "金额")],
            [
                [{"text": "合计", "align": "c"}, None, "45.00"],
                ["一、货物", None, "15.00"],
                ["办公设备购置", "台式计算机", "9.00"],
                ["办公设备购置", "打印机", "6.00"],
                ["二、工程", None, "0.00"],
                ["三、服务", None, "30.00"],
                ["机关物业管理", "物业管理服务", "30.00"],
            ],
            head_rows=1,
        ),
        "grid",
    )
    draw_pdf(
        "c02_control_pdf_grid_year_rows.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2025年部门预算")), "", (9, ("c", "公开（预算）"))]),
            (
                LAND,
                60,
                [
                    (14, ("c", "2025年一般公共预算“三公”经费支出预算表")),
                    ("lr", f"部门名称：{unit}", "单位：万元"),
                    sg,
                ],
            ),
            (PORT, 60, [(14, ("c", "2025年政府采购预算表")), ("lr", f"部门名称：{unit}", "单位：万元"), pr]),
        ],
    )


# ---------------------------------------------------------------------------------------------- c03
def c03():
    lines = [
        "益阳市档案馆",
        "2024年度部门决算",
        "",
        "第二部分 益阳市档案馆2024年度部门决算表",
        "表7",
        "一般公共预算财政拨款“三公”经费支出决算表",
        "公开07表",
        "编制单位：益阳市档案馆 单位：万元",
        "项目 预算数 决算数",
        "合计 12.00 10.86",
        "1.因公出国（境）费 0.00 0.00",
        "2.公务用车购置及运行维护费 8.00 7.42",
        "（1）公务用车购置费 0.00 0.00",
        "（2）公务用车运行维护费 8.00 7.42",
        "3.公务接待费 4.00 3.44",
        "注：本表反映部门本年度“三公”经费支出预决算情况。",
        "-9-",
        "表8",
        "机关运行经费支出决算表",
        "编制单位：益阳市档案馆 单位：万元",
        "项目 决算数",
        "机关运行经费 64.35",
        "-10-",
    ]
    with open(os.path.join(HERE, "c03_control_plain_final_items_rows.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------- s04
def s04():
    """Final account, layout: 预算数 | 决算数 blocks of four columns each, no 公务用车 group and no 购置
    column (合计 | 因公出国（境）费 | 公务用车运行维护费 | 公务接待费); 出国 0.00 in both blocks."""
    unit = "安化县林业局"
    items = ["合计", "因公出国（境）费", "公务用车运行维护费", "公务接待费"]
    widths = [12, 18, 20, 14]
    head = [(0, 0, 1, 4, "预算数"), (0, 4, 1, 4, "决算数")]
    head += [(1, k, 1, 1, items[k % 4]) for k in range(8)]
    sg = Grid(
        [(w, "r") for w in widths * 2],
        head,
        [["15.00", "0.00", "9.00", "6.00", "13.62", "0.00", "8.74", "4.88"]],
        head_rows=2,
    )
    write_layout(
        "s04_layout_final_no_purchase_column_zero_outbound.layout.txt",
        [
            [*final_cover(unit, 2024)],
            [
                ("c", "表7"),
                ("c", "一般公共预算财政拨款“三公”经费支出决算表"),
                ("r", "公开07表"),
                ("lr", f"编制单位：{unit}", "单位：万元"),
                sg,
                "  注：本单位无公务用车购置，2024年度无因公出国（境）费支出。",
                *footer(11),
            ],
        ],
        width=130,
    )


# ---------------------------------------------------------------------------------------------- s05
def s05():
    """Budget, PDF without rules: the vehicle group prints only 小计 | 运行费 (no 购置 column); 出国 blank."""
    unit = "沅江市司法局"
    sg = ruled(
        Grid(
            [(14, "r"), (20, "r"), (14, "r"), (16, "r"), (16, "r")],
            sg_head(parts=("小计", "运行费")),
            [["18.40", None, "12.40", "12.40", "6.00"]],
            head_rows=2,
        ),
        "none",
    )
    draw_pdf(
        "s05_pdf_unruled_group_operation_only.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2025年部门预算"))]),
            (
                PORT,
                60,
                [
                    (14, ("c", "一般公共预算“三公”经费支出预算表")),
                    ("lr", f"部门名称：{unit}", "单位：万元"),
                    sg,
                    "注：2025年本部门无公务用车购置和因公出国（境）费预算。",
                ],
            ),
        ],
    )


# ---------------------------------------------------------------------------------------------- s06
def s06():
    """Final account, PDF with horizontal rules only: rows 年初预算数 / 决算数 under the items, 0.00 in every
    column of both."""
    unit = "南县气象服务中心"
    sg = ruled(
        Grid(
            [(18, "l"), (14, "r"), (18, "r"), (14, "r"), (14, "r"), (14, "r"), (14, "r")],
            [(0, 0, 2, 1, "项目")]
            + sg_head(first=1, parts=("小计", "购置费", "运行维护费"), group="公务用车购置及运行维护费"),
            [
                ["年初预算数", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"],
                ["决算数", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"],
            ],
            head_rows=2,
        ),
        "hrules",
    )
    draw_pdf(
        "s06_pdf_hrules_final_all_zero.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2024年度部门决算"))]),
            (
                LAND,
                60,
                [
                    (9, ("r", "公开07表")),
                    (14, ("c", "一般公共预算财政拨款“三公”经费支出决算表")),
                    ("lr", f"编制单位：{unit}", "单位：万元"),
                    sg,
                    "注：本单位2024年度无一般公共预算财政拨款“三公”经费预算和支出。",
                ],
            ),
        ],
    )


# ---------------------------------------------------------------------------------------------- s07
def s07():
    """Budget, layout, a 万元 report (narrative, 机关运行经费, 政府采购 in 万元) whose 三公 table alone is in 元."""
    unit = "临湘市人力资源和社会保障局"
    oc = Grid(
        [(30, "l"), (20, "r")],
        [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "2025年预算数")],
        [["机关运行经费", "128.60"]],
        head_rows=1,
    )
    sg = Grid(
        [(14, "r"), (18, "r"), (14, "r"), (14, "r"), (14, "r"), (14, "r")],
        sg_head(),
        [["286,000.00", "50,000.00", "180,000.00", "0.00", "180,000.00", "56,000.00"]],
        head_rows=2,
    )
    pr = Grid(
        [(20, "l"), (14, "r"), (14, "r"), (14, "r"), (14, "r")],
        [
            (0, 0, 1, 1, "项目"),
            (0, 1, 1, 1, "合计"),
            (0, 2, 1, 1, "货物"),
            (0, 3, 1, 1, "工程"),
            (0, 4, 1, 1, "服务"),
        ],
        [[{"text": "合计", "align": "c"}, "73.20", "33.20", "0.00", "40.00"]],
        head_rows=1,
    )
    write_layout(
        "s07_layout_yuan_sangong_in_wanyuan_report.layout.txt",
        [
            [
                *budget_cover(unit, 2025),
                "  2025年本部门一般公共预算“三公”经费预算28.60万元，机关运行经费预算128.60万元，政府采购预算73.20万元。",
            ],
            [
                ("c", "表7"),
                ("c", "机关运行经费预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                oc,
                *footer(9),
            ],
            [
                ("c", "表8"),
                ("c", "一般公共预算“三公”经费支出预算表"),
                ("lr", f"部门名称：{unit}", "单位：元"),
                sg,
                *footer(10),
            ],
            [
                ("c", "表9"),
                ("c", "政府采购预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                pr,
                *footer(11),
            ],
        ],
    )


# ---------------------------------------------------------------------------------------------- s08
def s08():
    """Budget, ruled PDF: the items named 因公出国（境）经费, 公务用车购置及运行维护费 over 小计 | 公务用车购置 |
    公务用车运行维护 (购置 without 费)."""
    unit = "华容县交通运输局"
    sg = ruled(
        Grid(
            [(14, "r"), (20, "r"), (14, "r"), (16, "r"), (18, "r"), (14, "r")],
            sg_head(
                group="公务用车购置及运行维护费",
                parts=("小计", "公务用车购置", "公务用车运行维护"),
                names=("合计", "因公出国（境）经费", "公务接待费"),
            ),
            [["42.00", "6.00", "28.00", "15.00", "13.00", "8.00"]],
            head_rows=2,
        ),
        "grid",
    )
    draw_pdf(
        "s08_pdf_grid_item_names_without_fei.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2025年部门预算"))]),
            (
                PORT,
                50,
                [
                    (14, ("c", "一般公共预算“三公”经费支出预算表")),
                    ("lr", f"部门名称：{unit}", "单位：万元"),
                    sg,
                ],
            ),
        ],
    )


# ---------------------------------------------------------------------------------------------- s09
UNIT_ROWS_09 = [
    ["部门合计", "63.50", "8.00", "40.50", "12.00", "28.50", "15.00"],
    ["湘阴县住房和城乡建设局本级", "38.20", "8.00", "20.20", "12.00", "8.20", "10.00"],
    ["湘阴县城市管理综合执法大队", "17.30", None, "14.30", None, "14.30", "3.00"],
    ["湘阴县房屋征收服务中心", "8.00", None, "6.00", None, "6.00", "2.00"],
]


def s09():
    """Budget, layout: a 三公 row per unit under 单位名称 (部门合计 first, then the units)."""
    unit = "湘阴县住房和城乡建设局"
    sg = Grid(
        [(30, "l"), (12, "r"), (18, "r"), (12, "r"), (12, "r"), (12, "r"), (14, "r")],
        [(0, 0, 2, 1, "单位名称")] + sg_head(first=1),
        UNIT_ROWS_09,
        head_rows=2,
    )
    write_layout(
        "s09_layout_unit_rows_department_total.layout.txt",
        [
            [*budget_cover(unit, 2025)],
            [
                ("c", "表7"),
                ("c", "部门“三公”经费预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                sg,
                *footer(9),
            ],
        ],
        width=116,
    )


# ---------------------------------------------------------------------------------------------- s10
def s10():
    lines = [
        "岳阳县水利局",
        "2025年部门预算",
        "",
        "第二部分 岳阳县水利局2025年部门预算表",
        "表7",
        "部门“三公”经费预算表",
        "部门名称：岳阳县水利局 单位：万元",
        "单位名称 合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 购置费 运行费",
        "部门合计 44.60 3.00 31.60 10.00 21.60 10.00",
        "岳阳县水利局本级 29.40 3.00 19.40 10.00 9.40 7.00",
        "岳阳县水利水电工程质量监督站 15.20 12.20 12.20 3.00",
        "-9-",
    ]
    with open(os.path.join(HERE, "s10_plain_unit_rows_department_total.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------- s11
def s11():
    """Final account, layout: a header over three lines, the phase words (2023年度预算数 / 2023年度决算数) at
    the top, the items top-aligned in their two-line cells (on the vehicle group's line), 小计 | 购置费 |
    运行维护费 below; a 单位名称 column and the row named by the unit."""
    unit = "宁乡市统计局"
    widths = [10, 18, 10, 10, 12, 12]
    names = ["合计", "因公出国（境）费", None, None, None, "公务接待费"]
    head = [
        (0, 0, 3, 1, {"text": "单位名称", "valign": "top"}),
        (0, 1, 1, 6, "2023年度预算数"),
        (0, 7, 1, 6, "2023年度决算数"),
    ]
    for b in (1, 7):
        head += [
            (1, b, 2, 1, {"text": "合计", "valign": "top"}),
            (1, b + 1, 2, 1, {"text": "因公出国（境）费", "valign": "top"}),
            (1, b + 2, 1, 3, "公务用车购置及运行维护费"),
            (2, b + 2, 1, 1, "小计"),
            (2, b + 3, 1, 1, "购置费"),
            (2, b + 4, 1, 1, "运行维护费"),
            (1, b + 5, 2, 1, {"text": "公务接待费", "valign": "top"}),
        ]
    del names
    sg = Grid(
        [(16, "l")] + [(w, "r") for w in widths * 2],
        head,
        [
            [
                unit,
                "27.50",
                "3.00",
                "18.50",
                "0.00",
                "18.50",
                "6.00",
                "24.37",
                "2.46",
                "17.12",
                "0.00",
                "17.12",
                "4.79",
            ]
        ],
        head_rows=3,
    )
    write_layout(
        "s11_layout_three_line_header_phase_top.layout.txt",
        [
            [*final_cover(unit, 2023)],
            [
                ("c", "表7"),
                ("c", "一般公共预算财政拨款“三公”经费支出决算表"),
                ("lr", f"编制单位：{unit}", "单位：万元"),
                sg,
                *footer(12),
            ],
        ],
        width=164,
    )


# ---------------------------------------------------------------------------------------------- s12
def s12():
    """Final account, PDF without rules: items as rows (项目 | 预算数 | 决算数) beside a 统计数 block of counts;
    every row two lines tall, labels at the top of their cells, figures at the bottom (a line below)."""
    unit = "汨罗市审计局"
    T = {"valign": "top"}

    def lab(text):
        return {"text": text, **T}

    rows = [
        [lab("合计"), "52.80", "47.15", lab("1.公务用车购置数（辆）"), "1"],
        [lab("1.因公出国（境）费"), "5.00", "3.20", lab("2.公务用车保有量（辆）"), "6"],
        [lab("2.公务用车购置及运行维护费"), "36.00", "34.41", lab("3.国内公务接待批次（个）"), "42"],
        [lab("（1）公务用车购置费"), "20.00", "19.68", lab("4.国内公务接待人次（人）"), "365"],
        [lab("（2）公务用车运行维护费"), "16.00", "14.73", None, None],
        [lab("3.公务接待费"), "11.80", "9.54", None, None],
    ]
    sg = ruled(
        Grid(
            [(30, "l"), (14, "r"), (14, "r"), (30, "l"), (12, "r")],
            [
                (0, 0, 1, 1, "项目"),
                (0, 1, 1, 1, "预算数"),
                (0, 2, 1, 1, "决算数"),
                (0, 3, 1, 1, "项目"),
                (0, 4, 1, 1, "统计数"),
            ],
            rows,
            head_rows=1,
            valign="bottom",
            tall=2,
        ),
        "none",
    )
    draw_pdf(
        "s12_pdf_unruled_items_rows_figures_below_labels.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2024年度部门决算"))]),
            (
                PORT,
                50,
                [
                    (9, ("r", "公开07表")),
                    (14, ("c", "一般公共预算财政拨款“三公”经费支出决算表")),
                    ("lr", f"编制单位：{unit}", "单位：万元"),
                    sg,
                ],
            ),
        ],
    )


# ---------------------------------------------------------------------------------------------- s13
def s13():
    """Final account, ruled PDF: 政府采购 by category as rows with 预算数 | 执行数 columns."""
    unit = "平江县教育局"
    pr = ruled(
        Grid(
            [(30, "l"), (18, "r"), (18, "r")],
            [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "预算数"), (0, 2, 1, 1, "执行数")],
            [
                [{"text": "合计", "align": "c"}, "86.00", "79.35"],
                ["一、货物", "26.00", "24.10"],
                ["二、工程", "40.00", "38.50"],
                ["三、服务", "20.00", "16.75"],
            ],
            head_rows=1,
        ),
        "grid",
    )
    draw_pdf(
        "s13_pdf_grid_procurement_budget_execution.pdf",
        [
            (PORT, 60, [(16, ("c", f"{unit}2024年度部门决算"))]),
            (PORT, 80, [(14, ("c", "政府采购支出情况表")), ("lr", f"编制单位：{unit}", "单位：万元"), pr]),
        ],
    )


# ---------------------------------------------------------------------------------------------- s14
def s14():
    """Budget, layout: the 机关运行经费 table prints a sentence (本单位无机关运行经费) instead of figures,
    between a 三公 table and a 政府采购 table that print theirs."""
    unit = "岳阳市第一中学"
    sg = Grid(
        [(12, "r"), (18, "r"), (12, "r"), (12, "r"), (12, "r"), (14, "r")],
        sg_head(),
        [["9.60", "0.00", "6.00", "0.00", "6.00", "3.60"]],
        head_rows=2,
    )
    oc = Grid(
        [(30, "l"), (30, "r")],
        [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "2025年预算数")],
        [[{"text": "本单位为公益二类事业单位，2025年无机关运行经费。", "align": "l"}, None]],
        head_rows=1,
    )
    pr = Grid(
        [(30, "l"), (18, "r")],
        [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "金额")],
        [
            [{"text": "合计", "align": "c"}, "24.00"],
            ["一、货物", "14.00"],
            ["二、工程", "0.00"],
            ["三、服务", "10.00"],
        ],
        head_rows=1,
    )
    write_layout(
        "s14_layout_operating_costs_sentence.layout.txt",
        [
            [*budget_cover(unit, 2025)],
            [
                ("c", "表8"),
                ("c", "一般公共预算“三公”经费支出表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                sg,
                *footer(10),
            ],
            [
                ("c", "表9"),
                ("c", "机关运行经费预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                oc,
                *footer(11),
            ],
            [
                ("c", "表10"),
                ("c", "政府采购预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                pr,
                *footer(12),
            ],
        ],
    )


# ---------------------------------------------------------------------------------------------- s15
def s15():
    """Budget, layout: 政府采购 by unit rows with the categories as columns and a 其中：政府购买服务 column
    after 服务 (a part of 服务, no category)."""
    unit = "临澧县卫生健康局"
    pr = Grid(
        [(30, "l"), (14, "r"), (14, "r"), (14, "r"), (14, "r"), (16, "r")],
        [
            (0, 0, 1, 1, "单位名称"),
            (0, 1, 1, 1, "合计"),
            (0, 2, 1, 1, "货物"),
            (0, 3, 1, 1, "工程"),
            (0, 4, 1, 1, "服务"),
            (0, 5, 1, 1, ["其中：政府", "购买服务"]),
        ],
        [
            [{"text": "合计", "align": "c"}, "125.60", "45.60", "30.00", "50.00", "32.00"],
            ["临澧县卫生健康局本级", "95.60", "35.60", "30.00", "30.00", "20.00"],
            ["临澧县疾病预防控制中心", "30.00", "10.00", None, "20.00", "12.00"],
        ],
        head_rows=1,
        head_h=[2],
    )
    write_layout(
        "s15_layout_procurement_units_purchase_services_column.layout.txt",
        [
            [*budget_cover(unit, 2025)],
            [
                ("c", "表11"),
                ("c", "政府采购预算表"),
                ("lr", f"部门名称：{unit}", "单位：万元"),
                pr,
                *footer(13),
            ],
        ],
    )


# ---------------------------------------------------------------------------------------------- s16
def s16():
    lines = [
        "石门县统计局",
        "2025年部门预算",
        "",
        "第二部分 石门县统计局2025年部门预算表",
        "表7",
        "一般公共预算“三公”经费支出表",
        "部门名称：石门县统计局 单位：万元",
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 购置费 运行费",
        "14.50 8.50 8.50 6.00",
        "-9-",
        "表8",
        "机关运行经费预算表",
        "部门名称：石门县统计局 单位：万元",
        "项目 金额",
        "机关运行经费 45.20",
        "-10-",
    ]
    with open(os.path.join(HERE, "s16_plain_blank_purchase_open.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    for make in (c01, c02, c03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16):
        make()


if __name__ == "__main__":
    main()
