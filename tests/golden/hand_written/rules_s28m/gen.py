"""Write the rules_s28m inputs: one- or two-table PDFs of the main tables (支出决算表 / 一般公共预算支出表 by
functional code, 收支总表, 基本支出表 by economic code, 三公) drawn the ways PDF producers (WPS, Excel, Word,
report generators such as FineReport) really draw them, each input built around one drawing habit not in
pdf_rules/, rules_s25b/, rules_s27e/, expenditure_pdfs/ nor rules_s28a/:

- m03 / m04: Excel merged cells in the body: a split-code 类 cell ("208") and 款 cell ("05") merged down over
  their rows; a pivot-table layout whose 类 and 款 NAME cells are merged down over their 款 / 项 rows (the
  name printed once, centred in the tall cell); the horizontal rules stop at the merged cell's border.
- m05: every glyph its own text object at an explicit position (WPS / report generators), figures' glyphs
  written right to left.
- m06: header cells merged across columns and rows at once (项目 2x2, 基本支出 over 小计 | 人员经费 | 公用经费).
- m07: rules drawn as thin filled rectangles, one per cell side (Excel through a PDF printer).
- m08: two tables side by side on one landscape sheet (a booklet printed two pages a sheet).
- m09: a table continued on the next page without its header or any title.
- m10: a landscape page (MediaBox wider than tall, no /Rotate) between portrait pages.
- m11: figures set smaller (7.5pt) than the labels (10pt), wrapped names, horizontal rules only.
- m12: a 三公 table whose footnote (same font, counts of cars and receptions) is a row inside its frame.
- m13: a generator drawing the full grid, then white-filled rectangles masking the rules inside merged cells
  (header groups, the 合计 label distributed over the code and name columns).
- m14: 合计 the last row, an Excel thick rule above it and a double rule below.
- m15 / m16: negative figures printed "-12.50" and "(12.50)".
- m01 / m02: controls (plain ruled grids).

Drawn with rules_s27e/minipdf.py (STSong-Light, not embedded; ASCII glyphs half an em wide): extra drawing
(filled rules, white masks, glyph-by-glyph text) goes through its public calls here. The figures are typed
here per input; the expectations are typed separately in rules_s28m_data.py.
Run: /work/main/.venv/bin/python gen.py (writes the PDFs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "rules_s27e")]  # its minipdf.py
from minipdf import MiniCanvas, stringWidth  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
PRODUCER = "rules_s28m gen.py"


def sw(text, size):
    return stringWidth(text, None, size)


def cell_of(value):
    """(lines, options) of a cell value: None/"" (blank), a str, a list of str (wrapped lines), or a dict
    with text (str or list) and options align / valign / indent / rs / cs / size."""
    if value is None or value == "":
        return [], {}
    if isinstance(value, dict):
        text = value.get("text", "")
        return ([text] if isinstance(text, str) else list(text)), value
    if isinstance(value, str):
        return [value], {}
    return list(value), {}


def is_figure(text):
    t = text.replace(",", "").replace(".", "").replace("-", "").replace("(", "").replace(")", "")
    return t.isdigit()


SPAN = "SPAN"  # a body cell covered by a merged cell above or to the left


class Table:
    """cols: [(width in points, body align 'l'/'r'/'c')]; head: header cells (row, col, rowspan, colspan,
    value) over head_rows rows (head_h: lines per header row); body: rows, one value per column (None blank,
    SPAN covered by a merged cell; a dict value may carry rs / cs to merge). size: the labels' font size;
    fig_size: the figures' (default the labels'); row_h: a fixed body row height in points."""

    def __init__(self, cols, head, body, head_rows, head_h=None, size=9, fig_size=None, row_h=None, pad=6):
        self.cols, self.head, self.body = cols, head, body
        self.head_rows = head_rows
        self.head_h = head_h or [1] * head_rows
        self.size, self.fig_size = size, fig_size or size
        self.row_h, self.pad = row_h, pad
        self.lead = size + 3
        self.xs = [0.0]
        for w, _a in cols:
            self.xs.append(self.xs[-1] + w)

    @property
    def width(self):
        return self.xs[-1]

    def cells(self):
        """[(row index, col, rowspan, colspan, value, align, is_header)] over header rows then body rows."""
        out = [(r, c, rs, cs, v, "c", True) for (r, c, rs, cs, v) in self.head]
        for k, row in enumerate(self.body):
            for n, v in enumerate(row):
                if v is SPAN:
                    continue
                _lines, o = cell_of(v)
                out.append((self.head_rows + k, n, o.get("rs", 1), o.get("cs", 1), v, self.cols[n][1], False))
        return out

    def heights(self):
        hs = [h * self.lead + self.pad for h in self.head_h]
        for k, row in enumerate(self.body):
            if self.row_h:
                hs.append(self.row_h)
                continue
            n = 1
            for v in row:
                if v is SPAN:
                    continue
                lines, o = cell_of(v)
                if o.get("rs", 1) == 1:
                    n = max(n, len(lines))
            hs.append(n * self.lead + self.pad)
        return hs


def put_text(c, text, x, y, size, glyphs=False):
    c.setFont("F", size)
    if not glyphs:
        c.drawString(x, y, text)
        return
    # each glyph its own text object at its own position; a figure's glyphs written right to left
    xs, at = [], x
    for ch in text:
        xs.append((at, ch))
        at += sw(ch, size)
    if is_figure(text):
        xs.reverse()
    for at, ch in xs:
        c.drawString(round(at, 2), round(y, 2), ch)


def draw_table(
    c,
    t,
    x0,
    ytop,
    rules="grid",
    rule_kind="line",
    lw=0.5,
    glyphs=False,
    thick_above_last=None,
    double_below_last=False,
    mask=False,
):
    """Draw a Table with its top-left corner at (x0, ytop); returns the bottom y.
    rules: 'grid' (every cell's four sides, as segments of its own), 'hrules' (full-width rules under the
    header and under every body row), 'none'; rule_kind: 'line' (stroked) or 'fill' (thin filled rectangles);
    mask: draw every column and row line across the whole table, then white rectangles over merged cells
    (the inner rules hidden), as report generators paint merged cells."""
    hs = t.heights()
    tops = [ytop]
    for h in hs:
        tops.append(tops[-1] - h)
    xs = [x0 + x for x in t.xs]
    cells = t.cells()
    nrows = len(hs)

    def seg(xa, ya, xb, yb, width=lw):
        if rule_kind == "fill":
            c.setFillGray(0)
            if ya == yb:
                c.rect(xa - width / 2, ya - width / 2, xb - xa + width, width, stroke=0, fill=1)
            else:
                lo, hi = min(ya, yb), max(ya, yb)
                c.rect(xa - width / 2, lo - width / 2, width, hi - lo + width, stroke=0, fill=1)
        else:
            c.setLineWidth(width)
            c.line(xa, ya, xb, yb)

    if mask:
        for x in xs:
            seg(x, tops[0], x, tops[-1])
        for y in tops:
            seg(xs[0], y, xs[-1], y)
        c.setFillGray(1)
        for r, col, rs, cs, _v, _a, _h in cells:
            if rs > 1 or cs > 1:
                xa, xb = xs[col] + lw, xs[col + cs] - lw
                ya, yb = tops[r + rs] + lw, tops[r] - lw
                c.rect(xa, ya, xb - xa, yb - ya, stroke=0, fill=1)
        c.setFillGray(0)
    elif rules == "grid":
        done = set()
        covered = set()
        for r, col, rs, cs, _v, _a, _h in cells:
            for rr in range(r, r + rs):
                for cc in range(col, col + cs):
                    covered.add((rr, cc))
        rects = [(r, col, rs, cs) for r, col, rs, cs, *_x in cells]
        rects += [
            (r, col, 1, 1)
            for r in range(t.head_rows, nrows)
            for col in range(len(t.cols))
            if (r, col) not in covered
        ]
        for r, col, rs, cs in rects:
            xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
            for s in ((xa, yt, xb, yt), (xa, yb, xb, yb), (xa, yb, xa, yt), (xb, yb, xb, yt)):
                key = tuple(round(v, 2) for v in s)
                if key not in done:
                    done.add(key)
                    width = lw
                    if thick_above_last and s[1] == s[3] and abs(s[1] - tops[nrows - 1]) < 0.01:
                        width = thick_above_last
                    seg(*s, width=width)
    elif rules == "hrules":
        seg(xs[0], tops[0], xs[-1], tops[0])
        for k in range(t.head_rows, nrows + 1):
            width = thick_above_last if (thick_above_last and k == nrows - 1) else lw
            seg(xs[0], tops[k], xs[-1], tops[k], width)
    if double_below_last:
        seg(xs[0], tops[-1] - 2.25, xs[-1], tops[-1] - 2.25, 0.75)

    for r, col, rs, cs, value, align, is_header in cells:
        lines, o = cell_of(value)
        if not lines:
            continue
        xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
        figs = not is_header and all(is_figure(s) for s in lines)
        size = o.get("size", t.fig_size if figs else t.size)
        lead = size + 3
        va = o.get("valign", "centre")
        n = len(lines)
        if va == "top":
            first = yt - t.pad / 2 - 0.88 * size
        elif va == "bottom":
            first = yb + t.pad / 2 + (n - 1) * lead + 0.12 * size
        else:
            first = (yt + yb) / 2 + (n - 1) * lead / 2 - 0.38 * size
        al = o.get("align", align)
        for j, text in enumerate(lines):
            y = first - j * lead
            w = sw(text, size)
            if al == "d":  # distributed over the cell (Excel's 分散对齐)
                k = len(text)
                step = (xb - xa - 8 - sw(text[-1], size)) / max(1, k - 1)
                for i, ch in enumerate(text):
                    put_text(c, ch, xa + 4 + i * step, y, size, glyphs)
                continue
            if al == "l":
                x = xa + 3 + o.get("indent", 0) * size
            elif al == "r":
                x = xb - 3 - w
            else:
                x = (xa + xb - w) / 2
            put_text(c, text, x, y, size, glyphs)
    return tops[-1]


class Doc:
    def __init__(self, name, size=PORT):
        self.c = MiniCanvas(os.path.join(HERE, name), pagesize=size, producer=PRODUCER)
        self.size = size
        self.started = False
        self.page_no = 0

    def page(self, size=None, number=None):
        if self.started:
            self.c.showPage()
        self.started = True
        self.size = size or self.size
        self.c.setPageSize(self.size)
        self.page_no += 1
        if number is not None:
            self.c.setFont("F", 9)
            self.c.drawCentredString(self.size[0] / 2, 24, f"-{number}-")
        return self.size

    def text(self, x, y, text, size=9, where="l", width=0, glyphs=False):
        if where == "c":
            x = x + (width - sw(text, size)) / 2
        elif where == "r":
            x = x + width - sw(text, size)
        put_text(self.c, text, x, y, size, glyphs)

    def title_block(self, x0, width, y, lines, glyphs=False):
        """lines: (text, size, 'c'/'l'/'r') or ((left, right), size, 'lr'); returns the y under them."""
        for text, size, where in lines:
            y -= size
            if where == "lr":
                self.text(x0, y, text[0], size, "l", width, glyphs)
                self.text(x0, y, text[1], size, "r", width, glyphs)
            else:
                self.text(x0, y, text, size, where, width, glyphs)
            y -= 7
        return y - 2

    def save(self):
        self.c.save()


def final_block(unit, year, n_table, title, form):
    return [
        (f"{unit}{year}年度部门决算", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        *([(form, 9, "r")] if form else []),
        ((f"编制单位：{unit}", "单位：万元"), 9, "lr"),
    ]


def budget_block(unit, year, n_table, title):
    return [
        (f"{unit}{year}年部门预算", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        ((f"部门名称：{unit}", "单位：万元"), 9, "lr"),
    ]


def one_table(name, size, block, table, x0=None, number=5, note=None, **kw):
    d = Doc(name, size)
    W, H = d.page(size, number)
    x0 = (W - table.width) / 2 if x0 is None else x0
    y = d.title_block(x0, table.width, H - 40, block)
    y = draw_table(d.c, table, x0, y, **kw)
    if note:
        d.text(x0, y - 14, note, 9)
    d.save()


# ------------------------------------------------------------------------------------------ column sets
def exp_cols(name_w=150, fig_w=62, six=True):
    """支出决算表: 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 (| 上缴上级 | 经营 | 对附属单位补助)."""
    figs = 6 if six else 3
    cols = [(54, "l"), (name_w, "l")] + [(fig_w, "r")] * figs
    names = [
        "本年支出合计",
        "基本支出",
        "项目支出",
        ["上缴上级", "支出"],
        "经营支出",
        ["对附属单位", "补助支出"],
    ]
    head = [(0, 0, 1, 1, ["支出功能分类", "科目编码"]), (0, 1, 1, 1, "科目名称")]
    head += [(0, 2 + k, 1, 1, names[k]) for k in range(figs)]
    return cols, head


def tbp_cols(name_w=160, fig_w=72, word=("合计", "基本支出", "项目支出")):
    cols = [(54, "l"), (name_w, "l")] + [(fig_w, "r")] * 3
    head = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称")] + [
        (0, 2 + k, 1, 1, w) for k, w in enumerate(word)
    ]
    return cols, head


def row(code, name, *figs, n=8):
    r = [code, name, *figs]
    return r + [None] * (n - len(r))


TOTAL = {"text": "合计", "align": "c"}


# ------------------------------------------------------------------------------------------------ m01
def m01():
    """Control: 支出决算表, ruled grid (stroked lines), 合计 first, one-line cells."""
    cols, head = exp_cols()
    body = [
        row(None, TOTAL, "1,586.42", "1,102.87", "483.55"),
        row("204", "公共安全支出", "1,312.38", "828.83", "483.55"),
        row("20406", "司法", "1,312.38", "828.83", "483.55"),
        row("2040601", "行政运行", "828.83", "828.83"),
        row("2040604", "基层司法业务", "215.60", None, "215.60"),
        row("2040607", "法律援助", "146.95", None, "146.95"),
        row("2040610", "社区矫正", "121.00", None, "121.00"),
        row("208", "社会保障和就业支出", "156.24", "156.24"),
        row("20805", "行政事业单位养老支出", "156.24", "156.24"),
        row("2080505", "机关事业单位基本养老保险缴费支出", "104.16", "104.16"),
        row("2080506", "机关事业单位职业年金缴费支出", "52.08", "52.08"),
        row("210", "卫生健康支出", "57.60", "57.60"),
        row("21011", "行政事业单位医疗", "57.60", "57.60"),
        row("2101101", "行政单位医疗", "57.60", "57.60"),
        row("221", "住房保障支出", "60.20", "60.20"),
        row("22102", "住房改革支出", "60.20", "60.20"),
        row("2210201", "住房公积金", "60.20", "60.20"),
    ]
    t = Table(cols, head, body, head_rows=1, head_h=[2])
    one_table(
        "m01_control_grid_expenditure.pdf",
        LAND,
        final_block("浏阳市司法局", 2023, "表3", "支出决算表", "公开03表"),
        t,
        number=6,
        note="注：本表反映部门本年度各项支出情况。",
    )


# ------------------------------------------------------------------------------------------------ m02
def econ_cols(name_w=170, fig_w=78):
    cols = [(54, "l"), (name_w, "l")] + [(fig_w, "r")] * 3
    head = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "人员经费"),
        (0, 4, 1, 1, "公用经费"),
    ]
    return cols, head


def m02():
    """Control: 一般公共预算基本支出表 (budget), ruled grid, 合计 first."""
    cols, head = econ_cols()
    body = [
        [None, TOTAL, "489.40", "430.66", "58.74"],
        ["301", "工资福利支出", "412.36", "412.36", None],
        ["30101", "基本工资", "108.24", "108.24", None],
        ["30102", "津贴补贴", "96.60", "96.60", None],
        ["30103", "奖金", "9.02", "9.02", None],
        ["30107", "绩效工资", "72.18", "72.18", None],
        ["30108", "机关事业单位基本养老保险缴费", "46.52", "46.52", None],
        ["30109", "职业年金缴费", "23.26", "23.26", None],
        ["30110", "职工基本医疗保险缴费", "22.14", "22.14", None],
        ["30113", "住房公积金", "34.40", "34.40", None],
        ["302", "商品和服务支出", "58.74", None, "58.74"],
        ["30201", "办公费", "12.60", None, "12.60"],
        ["30205", "水费", "2.40", None, "2.40"],
        ["30206", "电费", "8.80", None, "8.80"],
        ["30207", "邮电费", "3.64", None, "3.64"],
        ["30211", "差旅费", "7.50", None, "7.50"],
        ["30228", "工会经费", "8.20", None, "8.20"],
        ["30231", "公务用车运行维护费", "9.60", None, "9.60"],
        ["30239", "其他交通费用", "6.00", None, "6.00"],
        ["303", "对个人和家庭的补助", "18.30", "18.30", None],
        ["30302", "退休费", "15.30", "15.30", None],
        ["30309", "奖励金", "3.00", "3.00", None],
    ]
    t = Table(cols, head, body, head_rows=1)
    one_table(
        "m02_control_grid_basic_budget.pdf",
        PORT,
        budget_block("醴陵市档案馆", 2025, "表6", "一般公共预算基本支出表"),
        t,
        number=8,
    )


# ------------------------------------------------------------------------------------------------ m03
def m03():
    """一般公共预算支出表 (budget), Excel grid, code in 类 | 款 | 项 columns; the 类 cell merged down over the
    类 row and all its 款 / 项 rows, the 款 cell over the 款 row and its 项 rows (each code printed once,
    centred in its tall cell); 合计 first, merged over the four code / name columns."""
    cols = [(28, "c"), (28, "c"), (28, "c"), (180, "l"), (76, "r"), (76, "r"), (76, "r")]
    head = [
        (0, 0, 1, 3, "科目编码"),
        (0, 3, 2, 1, "科目名称"),
        (0, 4, 2, 1, "合计"),
        (0, 5, 2, 1, "基本支出"),
        (0, 6, 2, 1, "项目支出"),
        (1, 0, 1, 1, "类"),
        (1, 1, 1, 1, "款"),
        (1, 2, 1, 1, "项"),
    ]
    S = SPAN

    def m(text, rs):
        return {"text": text, "rs": rs, "align": "c"}

    body = [
        [{"text": "合计", "cs": 4, "align": "c"}, S, S, S, "1,596.57", "1,216.57", "380.00"],
        [m("201", 5), None, None, "一般公共服务支出", "1,248.60", "868.60", "380.00"],
        [S, m("03", 4), None, "政府办公厅（室）及相关机构事务", "1,248.60", "868.60", "380.00"],
        [S, S, "01", "行政运行", "868.60", "868.60", None],
        [S, S, "02", "一般行政管理事务", "300.00", None, "300.00"],
        [S, S, "99", "其他政府办公厅（室）及相关机构事务支出", "80.00", None, "80.00"],
        [m("208", 4), None, None, "社会保障和就业支出", "186.42", "186.42", None],
        [S, m("05", 3), None, "行政事业单位养老支出", "186.42", "186.42", None],
        [S, S, "05", "机关事业单位基本养老保险缴费支出", "124.28", "124.28", None],
        [S, S, "06", "机关事业单位职业年金缴费支出", "62.14", "62.14", None],
        [m("210", 4), None, None, "卫生健康支出", "68.35", "68.35", None],
        [S, m("11", 3), None, "行政事业单位医疗", "68.35", "68.35", None],
        [S, S, "01", "行政单位医疗", "52.15", "52.15", None],
        [S, S, "03", "公务员医疗补助", "16.20", "16.20", None],
        [m("221", 3), None, None, "住房保障支出", "93.20", "93.20", None],
        [S, m("02", 2), None, "住房改革支出", "93.20", "93.20", None],
        [S, S, "01", "住房公积金", "93.20", "93.20", None],
    ]
    t = Table(cols, head, body, head_rows=2)
    one_table(
        "m03_grid_merged_split_code_cells.pdf",
        PORT,
        budget_block("长沙县人民政府办公室", 2025, "表5", "一般公共预算支出表"),
        t,
        number=7,
    )


# ------------------------------------------------------------------------------------------------ m04
def m04():
    """一般公共预算财政拨款支出决算表 (final, older one-block form), an Excel pivot layout: 科目编码 | 类 | 款 |
    项 | 合计 | 基本支出 | 项目支出; the 类 name cell merged down over the 类 row and its 款 and 项 rows, the 款
    name cell over the 款 row and its 项 rows (each name printed once, centred); the 项 name in its own row."""
    cols = [(54, "l"), (96, "c"), (104, "c"), (168, "l"), (80, "r"), (80, "r"), (80, "r")]
    head = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 1, 3, "科目名称"),
        (0, 4, 2, 1, "合计"),
        (0, 5, 2, 1, "基本支出"),
        (0, 6, 2, 1, "项目支出"),
        (1, 1, 1, 1, "类"),
        (1, 2, 1, 1, "款"),
        (1, 3, 1, 1, "项"),
    ]
    S = SPAN

    def m(text, rs):
        return {"text": text, "rs": rs, "align": "c"}

    body = [
        [{"text": "合计", "cs": 4, "align": "c"}, S, S, S, "2,634.27", "833.82", "1,800.45"],
        ["208", m("社会保障和就业支出", 6), None, None, "160.20", "160.20", None],
        ["20805", S, m("行政事业单位养老支出", 3), None, "147.60", "147.60", None],
        ["2080505", S, S, "机关事业单位基本养老保险缴费支出", "98.40", "98.40", None],
        ["2080506", S, S, "机关事业单位职业年金缴费支出", "49.20", "49.20", None],
        ["20808", S, m("抚恤", 2), None, "12.60", "12.60", None],
        ["2080801", S, S, "死亡抚恤", "12.60", "12.60", None],
        ["213", m("农林水支出", 6), None, None, "2,401.27", "600.82", "1,800.45"],
        ["21301", S, m("农业农村", 5), None, "2,401.27", "600.82", "1,800.45"],
        ["2130101", S, S, "行政运行", "386.52", "386.52", None],
        ["2130104", S, S, "事业运行", "214.30", "214.30", None],
        ["2130122", S, S, "农业生产发展", "520.00", None, "520.00"],
        ["2130153", S, S, "农田建设", "1,280.45", None, "1,280.45"],
        ["221", m("住房保障支出", 3), None, None, "72.80", "72.80", None],
        ["22102", S, m("住房改革支出", 2), None, "72.80", "72.80", None],
        ["2210201", S, S, "住房公积金", "72.80", "72.80", None],
    ]
    t = Table(cols, head, body, head_rows=2)
    one_table(
        "m04_grid_pivot_merged_name_cells.pdf",
        LAND,
        final_block("宁乡市农业农村局", 2022, "表5", "一般公共预算财政拨款支出决算表", "公开05表"),
        t,
        number=9,
    )


# ------------------------------------------------------------------------------------------------ m05
def m05():
    """部门收支总表 (budget) drawn glyph by glyph (every character its own text object at its own position,
    figures' glyphs written right to left), title block too; ruled grid."""
    cols = [(200, "l"), (86, "r"), (170, "l"), (86, "r")]
    head = [
        (0, 0, 1, 2, "收入"),
        (0, 2, 1, 2, "支出"),
        (1, 0, 1, 1, "项目"),
        (1, 1, 1, 1, "预算数"),
        (1, 2, 1, 1, "项目"),
        (1, 3, 1, 1, "预算数"),
    ]
    body = [
        ["一、一般公共预算拨款收入", "3,862.40", "一、教育支出", "4,126.85"],
        ["二、政府性基金预算拨款收入", "500.00", "二、社会保障和就业支出", "412.30"],
        ["三、国有资本经营预算拨款收入", None, "三、卫生健康支出", "118.45"],
        ["四、财政专户管理资金收入", "268.00", "四、住房保障支出", "180.40"],
        ["五、事业收入", "45.00", None, None],
        ["六、上级补助收入", None, None, None],
        ["七、附属单位上缴收入", None, None, None],
        ["八、事业单位经营收入", None, None, None],
        ["九、其他收入", "12.60", None, None],
        [
            {"text": "本年收入合计", "align": "c"},
            "4,688.00",
            {"text": "本年支出合计", "align": "c"},
            "4,838.00",
        ],
        ["上年结转结余", "150.00", "结转下年", None],
        [{"text": "收入总计", "align": "c"}, "4,838.00", {"text": "支出总计", "align": "c"}, "4,838.00"],
    ]
    t = Table(cols, head, body, head_rows=2)
    d = Doc("m05_glyph_by_glyph_summary.pdf", PORT)
    W, H = d.page(PORT)
    x0 = (W - t.width) / 2
    y = d.title_block(
        x0, t.width, H - 40, budget_block("浏阳市教育局", 2025, "表1", "部门收支总表"), glyphs=True
    )
    draw_table(d.c, t, x0, y, glyphs=True)
    d.text(W / 2 - 10, 24, "-3-", 9, glyphs=True)
    d.save()


# ------------------------------------------------------------------------------------------------ m06
def m06():
    """一般公共预算支出表 (budget) whose header merges across columns and rows at once: 项目 (2 columns x 2
    rows) over 科目编码 | 科目名称, 合计 and 项目支出 three rows tall, 基本支出 over 小计 | 人员经费 | 公用经费
    (two rows tall each)."""
    cols = [(54, "l"), (168, "l"), (64, "r"), (64, "r"), (64, "r"), (64, "r"), (64, "r")]
    head = [
        (0, 0, 2, 2, "项目"),
        (0, 2, 3, 1, "合计"),
        (0, 3, 1, 3, "基本支出"),
        (0, 6, 3, 1, "项目支出"),
        (1, 3, 2, 1, "小计"),
        (1, 4, 2, 1, "人员经费"),
        (1, 5, 2, 1, "公用经费"),
        (2, 0, 1, 1, "科目编码"),
        (2, 1, 1, 1, "科目名称"),
    ]
    body = [
        [None, TOTAL, "1,234.47", "694.47", "610.27", "84.20", "540.00"],
        ["207", "文化旅游体育与传媒支出", "1,026.55", "486.55", "402.35", "84.20", "540.00"],
        ["20701", "文化和旅游", "1,026.55", "486.55", "402.35", "84.20", "540.00"],
        ["2070101", "行政运行", "326.75", "326.75", "270.15", "56.60", None],
        ["2070104", "图书馆", "159.80", "159.80", "132.20", "27.60", None],
        ["2070109", "群众文化", "120.00", None, None, None, "120.00"],
        ["2070111", "文化创作与保护", "420.00", None, None, None, "420.00"],
        ["208", "社会保障和就业支出", "138.62", "138.62", "138.62", None, None],
        ["20805", "行政事业单位养老支出", "138.62", "138.62", "138.62", None, None],
        ["2080505", "机关事业单位基本养老保险缴费支出", "92.40", "92.40", "92.40", None, None],
        ["2080506", "机关事业单位职业年金缴费支出", "46.22", "46.22", "46.22", None, None],
        ["221", "住房保障支出", "69.30", "69.30", "69.30", None, None],
        ["22102", "住房改革支出", "69.30", "69.30", "69.30", None, None],
        ["2210201", "住房公积金", "69.30", "69.30", "69.30", None, None],
    ]
    t = Table(cols, head, body, head_rows=3)
    one_table(
        "m06_grid_header_merged_both_ways.pdf",
        PORT,
        budget_block("韶山市文化旅游广电体育局", 2025, "表5", "一般公共预算支出表"),
        t,
        number=7,
    )


# ------------------------------------------------------------------------------------------------ m07
def m07():
    """一般公共预算财政拨款支出决算表 (final, one block 本年支出 over 小计 | 基本支出 | 项目支出), its rules drawn
    as thin filled rectangles (0.6pt), one per side of every cell, as Excel prints borders through a PDF
    printer; names wrapped in a narrow column."""
    cols = [(54, "l"), (128, "l"), (76, "r"), (76, "r"), (76, "r")]
    head = [
        (0, 0, 2, 1, ["支出功能分类", "科目编码"]),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 1, 3, "本年支出"),
        (1, 2, 1, 1, "小计"),
        (1, 3, 1, 1, "基本支出"),
        (1, 4, 1, 1, "项目支出"),
    ]
    body = [
        [None, TOTAL, "650.58", "372.98", "277.60"],
        ["208", "社会保障和就业支出", "54.72", "54.72", None],
        ["20805", "行政事业单位养老支出", "54.72", "54.72", None],
        ["2080505", ["机关事业单位基本养老保", "险缴费支出"], "36.48", "36.48", None],
        ["2080506", ["机关事业单位职业年金缴", "费支出"], "18.24", "18.24", None],
        ["210", "卫生健康支出", "21.36", "21.36", None],
        ["21011", "行政事业单位医疗", "21.36", "21.36", None],
        ["2101101", "行政单位医疗", "21.36", "21.36", None],
        ["221", "住房保障支出", "28.50", "28.50", None],
        ["22102", "住房改革支出", "28.50", "28.50", None],
        ["2210201", "住房公积金", "28.50", "28.50", None],
        ["224", ["灾害防治及应急管理支", "出"], "546.00", "268.40", "277.60"],
        ["22401", "应急管理事务", "486.00", "268.40", "217.60"],
        ["2240101", "行政运行", "268.40", "268.40", None],
        ["2240106", "安全监管", "85.00", None, "85.00"],
        ["2240108", "应急救援", "132.60", None, "132.60"],
        ["22406", "自然灾害防治", "60.00", None, "60.00"],
        ["2240601", "地质灾害防治", "60.00", None, "60.00"],
    ]
    t = Table(cols, head, body, head_rows=2)
    one_table(
        "m07_grid_filled_rect_rules.pdf",
        PORT,
        final_block("攸县应急管理局", 2023, "表5", "一般公共预算财政拨款支出决算表", "公开05表"),
        t,
        number=8,
        rule_kind="fill",
        lw=0.6,
    )


# ------------------------------------------------------------------------------------------------ m08
def m08():
    """Two tables side by side on one landscape sheet (a booklet printed two pages a sheet): 表5 一般公共预算支出表
    left, 表6 一般公共预算基本支出表 right, their titles and rows level with each other; ruled grids."""
    left_cols = [(44, "l"), (148, "l"), (58, "r"), (58, "r"), (58, "r")]
    left_head = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    left = Table(
        left_cols,
        left_head,
        [
            [None, TOTAL, "565.24", "445.24", "120.00"],
            ["208", "社会保障和就业支出", "505.92", "385.92", "120.00"],
            ["20802", "民政管理事务", "432.48", "312.48", "120.00"],
            ["2080201", "行政运行", "312.48", "312.48", None],
            ["2080208", "基层政权建设和社区治理", "120.00", None, "120.00"],
            ["20805", "行政事业单位养老支出", "73.44", "73.44", None],
            ["2080505", "机关事业单位基本养老保险缴费支出", "48.96", "48.96", None],
            ["2080506", "机关事业单位职业年金缴费支出", "24.48", "24.48", None],
            ["210", "卫生健康支出", "22.60", "22.60", None],
            ["21011", "行政事业单位医疗", "22.60", "22.60", None],
            ["2101101", "行政单位医疗", "22.60", "22.60", None],
            ["221", "住房保障支出", "36.72", "36.72", None],
            ["22102", "住房改革支出", "36.72", "36.72", None],
            ["2210201", "住房公积金", "36.72", "36.72", None],
        ],
        head_rows=1,
    )
    right_cols = [(40, "l"), (132, "l"), (58, "r"), (58, "r"), (58, "r")]
    right_head = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "人员经费"),
        (0, 4, 1, 1, "公用经费"),
    ]
    right = Table(
        right_cols,
        right_head,
        [
            [None, TOTAL, "445.24", "385.76", "59.48"],
            ["301", "工资福利支出", "375.76", "375.76", None],
            ["30101", "基本工资", "96.30", "96.30", None],
            ["30102", "津贴补贴", "84.20", "84.20", None],
            ["30107", "绩效工资", "62.50", "62.50", None],
            ["30108", "机关事业单位基本养老保险缴费", "48.96", "48.96", None],
            ["30109", "职业年金缴费", "24.48", "24.48", None],
            ["30110", "职工基本医疗保险缴费", "22.60", "22.60", None],
            ["30113", "住房公积金", "36.72", "36.72", None],
            ["302", "商品和服务支出", "59.48", None, "59.48"],
            ["30201", "办公费", "14.20", None, "14.20"],
            ["30211", "差旅费", "9.80", None, "9.80"],
            ["30228", "工会经费", "7.52", None, "7.52"],
            ["30229", "福利费", "4.96", None, "4.96"],
            ["30239", "其他交通费用", "23.00", None, "23.00"],
            ["303", "对个人和家庭的补助", "10.00", "10.00", None],
            ["30305", "生活补助", "10.00", "10.00", None],
        ],
        head_rows=1,
    )
    unit = "南岳区民政局"
    d = Doc("m08_two_tables_side_by_side.pdf", LAND)
    W, H = d.page(LAND)
    xl, xr = 24, 24 + left.width + 30
    for x0, t, n_table, title, number in (
        (xl, left, "表5", "一般公共预算支出表", "-7-"),
        (xr, right, "表6", "一般公共预算基本支出表", "-8-"),
    ):
        y = d.title_block(x0, t.width, H - 30, budget_block(unit, 2025, n_table, title))
        draw_table(d.c, t, x0, y)
        d.text(x0, 22, number, 9, "c", t.width)
    d.save()


# ------------------------------------------------------------------------------------------------ m09
def m09():
    """支出决算表 (final, six part columns) over two landscape pages: page 1 ends with the 款 21302, its six 项
    open page 2, which goes straight on with the grid (no title, no 续表, no header); rows 26pt tall."""
    cols, head = exp_cols(name_w=176, fig_w=72)
    body1 = [
        row(None, TOTAL, "3,084.89", "884.89", "2,200.00"),
        row("208", "社会保障和就业支出", "102.10", "102.10"),
        row("20805", "行政事业单位养老支出", "93.60", "93.60"),
        row("2080505", "机关事业单位基本养老保险缴费支出", "62.40", "62.40"),
        row("2080506", "机关事业单位职业年金缴费支出", "31.20", "31.20"),
        row("20808", "抚恤", "8.50", "8.50"),
        row("2080801", "死亡抚恤", "8.50", "8.50"),
        row("210", "卫生健康支出", "30.94", "30.94"),
        row("21011", "行政事业单位医疗", "30.94", "30.94"),
        row("2101101", "行政单位医疗", "18.64", "18.64"),
        row("2101102", "事业单位医疗", "12.30", "12.30"),
        row("213", "农林水支出", "2,899.05", "699.05", "2,200.00"),
        row("21302", "林业和草原", "2,899.05", "699.05", "2,200.00"),
    ]
    body2 = [
        row("2130201", "行政运行", "286.70", "286.70"),
        row("2130204", "事业机构", "412.35", "412.35"),
        row("2130205", "森林资源培育", "650.00", None, "650.00"),
        row("2130209", "森林生态效益补偿", "1,248.60", None, "1,248.60"),
        row("2130211", "动植物保护", "86.00", None, "86.00"),
        row("2130234", "林业草原防灾减灾", "215.40", None, "215.40"),
        row("221", "住房保障支出", "52.80", "52.80"),
        row("22102", "住房改革支出", "52.80", "52.80"),
        row("2210201", "住房公积金", "52.80", "52.80"),
    ]
    t1 = Table(cols, head, body1, head_rows=1, head_h=[2], row_h=26)
    t2 = Table(cols, [], body2, head_rows=0, row_h=26)
    d = Doc("m09_two_pages_no_header_again.pdf", LAND)
    W, H = d.page(LAND, 6)
    x0 = (W - t1.width) / 2
    y = d.title_block(
        x0, t1.width, H - 30, final_block("炎陵县林业局", 2023, "表3", "支出决算表", "公开03表")
    )
    draw_table(d.c, t1, x0, y)
    d.page(LAND, 7)
    y = draw_table(d.c, t2, x0, H - 40)
    d.text(x0, y - 14, "注：本表反映部门本年度各项支出情况。", 9)
    d.save()


# ------------------------------------------------------------------------------------------------ m10
def m10():
    """收入支出决算总表 (final) on a landscape page (MediaBox 842 x 595, no /Rotate) after two portrait pages
    (cover, contents) and before a portrait page of notes; ruled grid, no 行次."""
    unit = "茶陵县市场监督管理局"
    cols = [(210, "l"), (90, "r"), (210, "l"), (90, "r")]
    head = [
        (0, 0, 1, 2, "收入"),
        (0, 2, 1, 2, "支出"),
        (1, 0, 1, 1, "项目"),
        (1, 1, 1, 1, "决算数"),
        (1, 2, 1, 1, "项目"),
        (1, 3, 1, 1, "决算数"),
    ]
    body = [
        ["一、一般公共预算财政拨款收入", "2,486.30", "一、一般公共服务支出", "2,108.62"],
        ["二、政府性基金预算财政拨款收入", None, "八、社会保障和就业支出", "246.18"],
        ["三、国有资本经营预算财政拨款收入", None, "九、卫生健康支出", "92.35"],
        ["四、上级补助收入", None, "十九、住房保障支出", "108.20"],
        ["五、事业收入", "36.50", None, None],
        ["六、经营收入", None, None, None],
        ["七、附属单位上缴收入", None, None, None],
        ["八、其他收入", "4.20", None, None],
        ["本年收入合计", "2,527.00", "本年支出合计", "2,555.35"],
        ["使用非财政拨款结余（含专用结余）", None, "结余分配", None],
        ["年初结转和结余", "86.40", "年末结转和结余", "58.05"],
        [{"text": "总计", "align": "c"}, "2,613.40", {"text": "总计", "align": "c"}, "2,613.40"],
    ]
    t = Table(cols, head, body, head_rows=2)
    d = Doc("m10_landscape_page_among_portrait.pdf", PORT)
    W, H = d.page(PORT)
    d.text(0, H - 300, unit, 22, "c", W)
    d.text(0, H - 340, "2023年度部门决算", 22, "c", W)
    d.text(0, H - 600, "二〇二四年九月", 14, "c", W)
    W, H = d.page(PORT, 1)
    d.text(0, H - 80, "目    录", 16, "c", W)
    for k, line in enumerate(
        [
            "第一部分 部门概况",
            "第二部分 2023年度部门决算表",
            "第三部分 2023年度部门决算情况说明",
            "第四部分 名词解释",
        ]
    ):
        d.text(90, H - 130 - 26 * k, line, 12)
    W, H = d.page(LAND, 2)
    x0 = (W - t.width) / 2
    y = d.title_block(x0, t.width, H - 34, final_block(unit, 2023, "表1", "收入支出决算总表", "公开01表"))
    draw_table(d.c, t, x0, y)
    W, H = d.page(PORT, 3)
    d.text(60, H - 80, "第四部分 名词解释", 14)
    d.text(60, H - 110, "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。", 11)
    d.text(60, H - 132, "二、事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。", 11)
    d.save()


# ------------------------------------------------------------------------------------------------ m11
def m11():
    """一般公共预算支出表 (budget), horizontal rules only: labels 10pt, figures 7.5pt (a smaller number style),
    both centred in their rows; long names wrapped over two lines in a narrow name column."""
    cols = [(58, "l"), (126, "l"), (82, "r"), (82, "r"), (82, "r")]
    head = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    body = [
        [None, TOTAL, "1,438.90", "932.40", "506.50"],
        ["208", "社会保障和就业支出", "126.54", "126.54", None],
        ["20805", "行政事业单位养老支出", "126.54", "126.54", None],
        ["2080505", ["机关事业单位基本养老", "保险缴费支出"], "84.36", "84.36", None],
        ["2080506", ["机关事业单位职业年金", "缴费支出"], "42.18", "42.18", None],
        ["210", "卫生健康支出", "48.00", "48.00", None],
        ["21011", "行政事业单位医疗", "48.00", "48.00", None],
        ["2101101", "行政单位医疗", "28.40", "28.40", None],
        ["2101102", "事业单位医疗", "19.60", "19.60", None],
        ["220", ["自然资源海洋气象等支", "出"], "1,187.44", "680.94", "506.50"],
        ["22001", "自然资源事务", "1,187.44", "680.94", "506.50"],
        ["2200101", "行政运行", "412.60", "412.60", None],
        ["2200104", ["自然资源规划及管理"], "180.00", None, "180.00"],
        ["2200106", ["自然资源利用与保护"], "96.50", None, "96.50"],
        ["2200109", ["自然资源调查与确权登", "记"], "230.00", None, "230.00"],
        ["2200150", "事业运行", "268.34", "268.34", None],
        ["221", "住房保障支出", "76.92", "76.92", None],
        ["22102", "住房改革支出", "76.92", "76.92", None],
        ["2210201", "住房公积金", "76.92", "76.92", None],
    ]
    t = Table(cols, head, body, head_rows=1, size=10, fig_size=7.5)
    one_table(
        "m11_hrules_figures_smaller_than_labels.pdf",
        PORT,
        budget_block("攸县自然资源局", 2025, "表5", "一般公共预算支出表"),
        t,
        number=7,
        rules="hrules",
    )


# ------------------------------------------------------------------------------------------------ m12
def m12():
    """一般公共预算财政拨款“三公”经费支出决算表 (final, national form: 预算数 and 决算数 of 合计 | 因公出国（境）费 |
    公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费); under the figures a footnote row inside the
    table's frame, merged over all twelve columns, in the table's font: counts of cars and receptions."""
    cols = [(60, "r")] * 12
    head = []
    for k, word in ((0, "预算数"), (6, "决算数")):
        head += [
            (0, k, 1, 6, word),
            (1, k, 2, 1, "合计"),
            (1, k + 1, 2, 1, ["因公出国", "（境）费"]),
            (1, k + 2, 1, 3, "公务用车购置及运行费"),
            (2, k + 2, 1, 1, "小计"),
            (2, k + 3, 1, 1, ["公务用车", "购置费"]),
            (2, k + 4, 1, 1, ["公务用车", "运行费"]),
            (1, k + 5, 2, 1, "公务接待费"),
        ]
    S = SPAN
    note = {
        "text": [
            "注：本单位2023年度无因公出国（境）支出，未购置公务用车；年末公务用车保有量5辆，国内公务接待38批次",
            "216人次。",
        ],
        "cs": 12,
        "align": "l",
    }
    body = [
        [
            "38.00",
            "0.00",
            "28.00",
            "0.00",
            "28.00",
            "10.00",
            "33.46",
            "0.00",
            "25.12",
            "0.00",
            "25.12",
            "8.34",
        ],
        [note] + [S] * 11,
    ]
    t = Table(cols, head, body, head_rows=3, head_h=[1, 2, 2])
    one_table(
        "m12_sangong_footnote_row_inside_frame.pdf",
        LAND,
        final_block("醴陵市交通运输局", 2023, "表7", "一般公共预算财政拨款“三公”经费支出决算表", "公开07表"),
        t,
        number=10,
    )


# ------------------------------------------------------------------------------------------------ m13
def m13():
    """支出决算表 (final) as a report generator paints it: every column rule and row rule drawn across the
    whole table, then white rectangles over the merged cells (项目 over 科目编码 | 科目名称, the two-row
    header cells, 合计 distributed over the code and name columns), the hidden rules still in the file."""
    cols = [(64, "l"), (160, "l")] + [(66, "r")] * 6
    names = [
        ["本年支出", "合计"],
        "基本支出",
        "项目支出",
        ["上缴上级", "支出"],
        "经营支出",
        ["对附属单位", "补助支出"],
    ]
    head = [(0, 0, 1, 2, "项目")] + [(0, 2 + k, 2, 1, n) for k, n in enumerate(names)]
    head += [(1, 0, 1, 1, ["支出功能分类", "科目编码"]), (1, 1, 1, 1, "科目名称")]
    S = SPAN
    body = [
        [{"text": "合计", "cs": 2, "align": "d"}, S, "1,611.60", "1,096.60", "515.00", None, None, None],
        row("208", "社会保障和就业支出", "1,466.00", "951.00", "515.00"),
        row("20801", "人力资源和社会保障管理事务", "952.46", "797.46", "155.00"),
        row("2080101", "行政运行", "486.30", "486.30"),
        row("2080106", "就业管理事务", "120.00", None, "120.00"),
        row("2080109", "社会保险经办机构", "212.46", "212.46"),
        row("2080111", "公共就业服务和职业技能鉴定机构", "98.70", "98.70"),
        row("2080112", "劳动人事争议调解仲裁", "35.00", None, "35.00"),
        row("20805", "行政事业单位养老支出", "153.54", "153.54"),
        row("2080505", "机关事业单位基本养老保险缴费支出", "102.36", "102.36"),
        row("2080506", "机关事业单位职业年金缴费支出", "51.18", "51.18"),
        row("20807", "就业补助", "360.00", None, "360.00"),
        row("2080705", "公益性岗位补贴", "360.00", None, "360.00"),
        row("210", "卫生健康支出", "61.00", "61.00"),
        row("21011", "行政事业单位医疗", "61.00", "61.00"),
        row("2101101", "行政单位医疗", "36.20", "36.20"),
        row("2101102", "事业单位医疗", "24.80", "24.80"),
        row("221", "住房保障支出", "84.60", "84.60"),
        row("22102", "住房改革支出", "84.60", "84.60"),
        row("2210201", "住房公积金", "84.60", "84.60"),
    ]
    t = Table(cols, head, body, head_rows=2, head_h=[1, 2])
    one_table(
        "m13_full_grid_white_masks.pdf",
        LAND,
        final_block("茶陵县人力资源和社会保障局", 2023, "表3", "支出决算表", "公开03表"),
        t,
        number=6,
        mask=True,
    )


# ------------------------------------------------------------------------------------------------ m14
def m14():
    """一般公共预算基本支出表 (budget), ruled grid, 合计 the last row: an Excel thick rule (2.25pt) above it and
    a double rule under it."""
    cols, head = econ_cols(name_w=176, fig_w=80)
    body = [
        ["301", "工资福利支出", "270.66", "270.66", None],
        ["30101", "基本工资", "62.40", "62.40", None],
        ["30102", "津贴补贴", "58.32", "58.32", None],
        ["30103", "奖金", "5.20", "5.20", None],
        ["30107", "绩效工资", "40.16", "40.16", None],
        ["30108", "机关事业单位基本养老保险缴费", "36.48", "36.48", None],
        ["30109", "职业年金缴费", "18.24", "18.24", None],
        ["30110", "职工基本医疗保险缴费", "21.36", "21.36", None],
        ["30113", "住房公积金", "28.50", "28.50", None],
        ["302", "商品和服务支出", "42.32", None, "42.32"],
        ["30201", "办公费", "9.60", None, "9.60"],
        ["30207", "邮电费", "2.72", None, "2.72"],
        ["30211", "差旅费", "6.40", None, "6.40"],
        ["30213", "维修（护）费", "3.00", None, "3.00"],
        ["30228", "工会经费", "4.60", None, "4.60"],
        ["30231", "公务用车运行维护费", "16.00", None, "16.00"],
        ["310", "资本性支出", "6.80", None, "6.80"],
        ["31002", "办公设备购置", "6.80", None, "6.80"],
        [None, TOTAL, "319.78", "270.66", "49.12"],
    ]
    t = Table(cols, head, body, head_rows=1)
    one_table(
        "m14_total_last_thick_rule_above.pdf",
        PORT,
        budget_block("攸县应急管理局", 2025, "表6", "一般公共预算基本支出表"),
        t,
        number=8,
        thick_above_last=2.25,
        double_below_last=True,
    )


# ------------------------------------------------------------------------------------------------ m15
def m15():
    """支出决算表 (final), ruled grid: two 项 print negative figures with a minus ("-12.50", "-3.60": prior
    years' spending recovered), their 款 and 类 net of them."""
    cols, head = exp_cols()
    body = [
        row(None, TOTAL, "328.86", "291.36", "37.50"),
        row("201", "一般公共服务支出", "269.10", "231.60", "37.50"),
        row("20126", "档案事务", "269.10", "231.60", "37.50"),
        row("2012601", "行政运行", "186.40", "186.40"),
        row("2012604", "档案馆", "95.20", "45.20", "50.00"),
        row("2012699", "其他档案事务支出", "-12.50", None, "-12.50"),
        row("208", "社会保障和就业支出", "38.64", "38.64"),
        row("20805", "行政事业单位养老支出", "42.24", "42.24"),
        row("2080505", "机关事业单位基本养老保险缴费支出", "28.16", "28.16"),
        row("2080506", "机关事业单位职业年金缴费支出", "14.08", "14.08"),
        row("20899", "其他社会保障和就业支出", "-3.60", "-3.60"),
        row("2089999", "其他社会保障和就业支出", "-3.60", "-3.60"),
        row("221", "住房保障支出", "21.12", "21.12"),
        row("22102", "住房改革支出", "21.12", "21.12"),
        row("2210201", "住房公积金", "21.12", "21.12"),
    ]
    t = Table(cols, head, body, head_rows=1, head_h=[2])
    one_table(
        "m15_grid_negative_minus.pdf",
        LAND,
        final_block("湘潭县档案馆", 2023, "表3", "支出决算表", "公开03表"),
        t,
        number=6,
    )


# ------------------------------------------------------------------------------------------------ m16
def m16():
    """一般公共预算财政拨款支出决算表 (final, one block), horizontal rules only: a 项 and its 款 print the negative
    项目支出 as an accountant does, "(12.50)"."""
    cols = [(54, "l"), (176, "l"), (80, "r"), (80, "r"), (80, "r")]
    head = [
        (0, 0, 2, 1, ["支出功能分类", "科目编码"]),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 1, 3, "本年支出"),
        (1, 2, 1, 1, "小计"),
        (1, 3, 1, 1, "基本支出"),
        (1, 4, 1, 1, "项目支出"),
    ]
    body = [
        [None, TOTAL, "448.30", "220.80", "227.50"],
        ["206", "科学技术支出", "395.80", "168.30", "227.50"],
        ["20601", "科学技术管理事务", "155.80", "168.30", "(12.50)"],
        ["2060101", "行政运行", "168.30", "168.30", None],
        ["2060199", "其他科学技术管理事务支出", "(12.50)", None, "(12.50)"],
        ["20604", "技术研究与开发", "240.00", None, "240.00"],
        ["2060499", "其他技术研究与开发支出", "240.00", None, "240.00"],
        ["208", "社会保障和就业支出", "33.60", "33.60", None],
        ["20805", "行政事业单位养老支出", "33.60", "33.60", None],
        ["2080505", "机关事业单位基本养老保险缴费支出", "22.40", "22.40", None],
        ["2080506", "机关事业单位职业年金缴费支出", "11.20", "11.20", None],
        ["221", "住房保障支出", "18.90", "18.90", None],
        ["22102", "住房改革支出", "18.90", "18.90", None],
        ["2210201", "住房公积金", "18.90", "18.90", None],
    ]
    t = Table(cols, head, body, head_rows=2)
    one_table(
        "m16_hrules_negative_parentheses.pdf",
        PORT,
        final_block("湘潭县科学技术局", 2023, "表5", "一般公共预算财政拨款支出决算表", "公开05表"),
        t,
        number=8,
        rules="hrules",
    )


def main():
    for make in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16):
        make()


if __name__ == "__main__":
    main()
