"""Draw the rules_s25b PDFs (a minimal PDF writer in reportlab's canvas API; CID font STSong-Light) from the cells typed in rules_s25b_data.py.
Each PDF is built to make one general rule of the PDF reading (dagster_project/parser/layout.py) misfire
in a way real producers draw tables. Run: /work/main/.venv/bin/python gen.py (writes the PDFs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# reportlab is not installed on this machine (and nothing may be installed): a minimal PDF writer with the
# subset of reportlab's canvas API used here. Text in the CID font STSong-Light (not embedded, UniGB-UCS2-H,
# as reportlab's built-in CID font writes it); rules and fills as path objects.
A4 = (595.2756, 841.8898)


def landscape(size):
    return (max(size), min(size))


def _num(v):
    return ("%.3f" % v).rstrip("0").rstrip(".")


def stringWidth(text, _font, size):  # noqa: N802 (reportlab's name)
    return sum((0.5 if ord(ch) < 128 else 1.0) for ch in text) * size


class _Path:
    def __init__(self):
        self.ops = []

    def moveTo(self, x, y):  # noqa: N802
        self.ops.append(f"{_num(x)} {_num(y)} m")

    def lineTo(self, x, y):  # noqa: N802
        self.ops.append(f"{_num(x)} {_num(y)} l")


class MiniCanvas:
    def __init__(self, path, pagesize=None):
        self.path = path
        self.pages = []  # (size, rotate, stream)
        self.size, self.rotate, self.ops = pagesize or A4, 0, []
        self.font_size = 10

    # page
    def setPageSize(self, size):  # noqa: N802
        self.size = size

    def setPageRotation(self, rotate):  # noqa: N802
        self.rotate = rotate

    def showPage(self):  # noqa: N802
        self.pages.append((self.size, self.rotate, "\n".join(self.ops)))
        self.ops, self.rotate = [], 0

    # state
    def saveState(self):  # noqa: N802
        self.ops.append("q")

    def restoreState(self):  # noqa: N802
        self.ops.append("Q")

    def transform(self, a, b, c, d, e, f):
        self.ops.append(" ".join(_num(v) for v in (a, b, c, d, e, f)) + " cm")

    def setFillGray(self, g):  # noqa: N802
        self.ops.append(f"{_num(g)} g")

    def setLineWidth(self, w):  # noqa: N802
        self.ops.append(f"{_num(w)} w")

    def setFont(self, _name, size):  # noqa: N802
        self.font_size = size

    # text: one text object per call
    def drawString(self, x, y, text):  # noqa: N802
        hexed = text.encode("utf-16-be").hex().upper()
        self.ops.append(f"BT /F1 {_num(self.font_size)} Tf 1 0 0 1 {_num(x)} {_num(y)} Tm <{hexed}> Tj ET")

    def drawRightString(self, x, y, text):  # noqa: N802
        self.drawString(x - stringWidth(text, None, self.font_size), y, text)

    def drawCentredString(self, x, y, text):  # noqa: N802
        self.drawString(x - stringWidth(text, None, self.font_size) / 2, y, text)

    # paths
    def line(self, x0, y0, x1, y1):
        self.ops.append(f"{_num(x0)} {_num(y0)} m {_num(x1)} {_num(y1)} l S")

    def rect(self, x, y, w, h, stroke=1, fill=0):
        op = "B" if stroke and fill else ("f" if fill else "S")
        self.ops.append(f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re {op}")

    def beginPath(self):  # noqa: N802
        return _Path()

    def drawPath(self, p, stroke=1, fill=0):  # noqa: N802
        self.ops.append(" ".join(p.ops) + (" S" if stroke else " n"))

    def save(self):
        if self.ops or not self.pages:
            self.showPage()
        objs = {}
        objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
        objs[3] = (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            "/DescendantFonts [4 0 R] >>"
        )
        objs[4] = (
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            "/FontDescriptor 5 0 R /DW 1000 /W [1 95 500 814 939 500 7712 7712 500 7716 7716 500] >>"
        )
        objs[5] = (
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        )
        kids = []
        n = 6
        streams = {}
        for size, rotate, stream in self.pages:
            page, content = n, n + 1
            n += 2
            kids.append(page)
            rot = f" /Rotate {rotate}" if rotate else ""
            objs[page] = (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_num(size[0])} {_num(size[1])}]{rot} "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>"
            )
            streams[content] = stream.encode("latin-1")
        objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for i in range(1, n):
            offsets[i] = len(out)
            if i in streams:
                data = streams[i]
                out += (
                    f"{i} 0 obj\n<< /Length {len(data)} >>\nstream\n".encode()
                    + data
                    + b"\nendstream\nendobj\n"
                )
            else:
                out += f"{i} 0 obj\n{objs[i]}\nendobj\n".encode()
        xref = len(out)
        out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
        for i in range(1, n):
            out += f"{offsets[i]:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {n} /Root 1 0 R /Info << /Producer (rules_s25b gen.py) >> >>\n".encode()
        out += f"startxref\n{xref}\n%%EOF\n".encode()
        with open(self.path, "wb") as fh:
            fh.write(bytes(out))


class canvas:  # noqa: N801 (as reportlab's module is used: canvas.Canvas)
    Canvas = MiniCanvas


class pdfmetrics:  # noqa: N801
    stringWidth = staticmethod(stringWidth)  # noqa: N815


import rules_s25b_data as DT  # noqa: E402

F = "STSong-Light"
PORT, LAND = A4, landscape(A4)


def sw(text, size):
    return pdfmetrics.stringWidth(text, F, size)


def wrap(text, width, size):
    """Break a cell's text where it no longer fits (Word's emergency break inside a word)."""
    lines, cur = [], ""
    for ch in text:
        if cur and sw(cur + ch, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + ([cur] if cur else [])


class Doc:
    def __init__(self, name, unit, year=2024, kind="部门决算", cover=True):
        self.c = canvas.Canvas(os.path.join(HERE, name), pagesize=PORT)
        self.unit, self.page, self.size = unit, 0, PORT
        self.footer_fmt = "- {n} -"
        self.running = None
        if cover:
            self.new_page(PORT)
            self.c.setFont(F, 26)
            self.c.drawCentredString(PORT[0] / 2, 560, f"{unit}{year}年{kind}")
            self.c.setFont(F, 14)
            self.c.drawCentredString(PORT[0] / 2, 500, f"编制单位：{unit}")
            self.c.drawCentredString(PORT[0] / 2, 470, f"{year + 1}年8月")

    def new_page(self, size=LAND, rotate=0):
        if self.page:
            self.finish_page()
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        if rotate:
            self.c.setPageRotation(rotate)
            # draw in the shown (landscape) space: shown (X, Y) -> page (Y, H - X) for /Rotate 270
            self.c.transform(0, -1, 1, 0, 0, size[1])
            self.size = (size[1], size[0])
        if self.running and self.page > 1:
            self.c.setFont(F, 8)
            w, h = self.size
            self.c.drawString(40, h - 22, self.running[0])
            self.c.drawRightString(w - 40, h - 22, self.running[1].format(n=self.page))
            self.c.setLineWidth(0.4)
            self.c.line(40, h - 26, w - 40, h - 26)

    def finish_page(self):
        if self.page > 1 and self.footer_fmt:
            self.c.setFont(F, 9)
            self.c.drawCentredString(
                self.size[0] / 2, 22, self.footer_fmt.format(n=self.page, total="{total}")
            )

    def title(self, text, x0, x1, y, unit="万元", unit_line=True):
        c = self.c
        c.setFont(F, 15)
        c.drawCentredString((x0 + x1) / 2, y, text)
        y -= 22
        if unit_line:
            c.setFont(F, 9)
            c.drawString(x0, y, f"编制单位：{self.unit}")
            c.drawRightString(x1, y, f"单位：{unit}")
            y -= 7
        return y

    def save(self):
        self.finish_page()
        self.c.save()


def cols(left, widths):
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


def put(c, x0, x1, y, text, align, size, bold=False):
    c.setFont(F, size)
    for dx in (0, 0.3) if bold else (0,):
        if align == "L":
            c.drawString(x0 + 3 + dx, y, text)
        elif align == "R":
            c.drawRightString(x1 - 3 + dx, y, text)
        else:
            c.drawCentredString((x0 + x1) / 2 + dx, y, text)


def draw_table(
    doc,
    xs,
    ytop,
    header,
    header_rows,
    body,
    *,
    mode="lines",
    size=9,
    row_h=18,
    header_h=17,
    aligns=None,
    wrap_cols=(1,),
    fig_wrap=False,
    hook=None,
    bold_rows=(),
):
    """header: (row, col, rowspan, colspan, text) cells; body: rows of strings (a row of one string is a note
    row spanning the table). mode: lines | onepath | rowpath | threeline | zebra."""
    c = doc.c
    n = len(xs) - 1
    aligns = aligns or (["C", "L"] + ["R"] * (n - 2))
    segs = []  # (group, x0, y0, x1, y1)
    fills = []
    # header
    hb = ytop - header_rows * header_h
    if mode == "zebra":
        fills.append((xs[0], hb, xs[-1] - xs[0], ytop - hb, 0.82))
    for r, col, rs, cs, text in header:
        x0, x1 = xs[col], xs[col + cs]
        yt, yb = ytop - r * header_h, ytop - (r + rs) * header_h
        lines = text.split("\n")
        yy = (yt + yb) / 2 - size / 2 + 1.5 + (len(lines) - 1) * (size + 2) / 2
        for line in lines:
            put(c, x0, x1, yy, line, "C", size)
            yy -= size + 2
        for s in ((x0, yt, x1, yt), (x0, yb, x1, yb), (x0, yb, x0, yt), (x1, yb, x1, yt)):
            segs.append(("h",) + s)
    y = hb
    for k, row in enumerate(body):
        note = len(row) == 1
        cells = []
        for i, v in enumerate(row):
            x0, x1 = (xs[0], xs[-1]) if note else (xs[i], xs[i + 1])
            if note:
                lines = wrap(v, x1 - x0 - 8, size - 1)
            elif i in wrap_cols or (fig_wrap and i >= 2):
                lines = (
                    [piece for part in v.split("\n") for piece in wrap(part, x1 - x0 - 6, size)] if v else []
                )
            else:
                lines = v.split("\n") if v else []
            cells.append((x0, x1, lines))
        nl = max([len(lines) for _x0, _x1, lines in cells] + [1])
        h = max(row_h, nl * (size + 3) + 6)
        yb = y - h
        if mode == "zebra" and k % 2 == 1:
            fills.append((xs[0], yb, xs[-1] - xs[0], h, 0.93))
        for i, (x0, x1, lines) in enumerate(cells):
            if hook and hook(c, k, i, row[i], x0, x1, yb, h):
                continue
            fsize = size - 1 if note else size
            yy = yb + h / 2 - fsize / 2 + 1.5 + (len(lines) - 1) * (fsize + 3) / 2
            for line in lines:
                put(c, x0, x1, yy, line, "L" if note else aligns[i], fsize, bold=k in bold_rows)
                yy -= fsize + 3
        g = f"r{k}"
        segs.append((g, xs[0], yb, xs[-1], yb))
        segs.append((g, xs[0], y, xs[-1], y))
        for x in [xs[0], xs[-1]] if note else xs:
            segs.append((g, x, yb, x, y))
        y = yb
    # fills under (drawn after the text in the file is fine for reading; real producers draw them first,
    # so draw them on a canvas state before? reportlab paints in order: draw fills first by re-ordering)
    return y, segs, fills


def paint(doc, segs, fills, mode, xs, ytop, hb, ybottom):
    c = doc.c
    c.saveState()
    for x, y, w, h, grey in fills:
        c.setFillGray(grey)
        c.rect(x, y, w, h, stroke=0, fill=1)
    c.restoreState()
    c.setLineWidth(0.5)
    if mode == "lines":
        seen = set()
        for _g, x0, y0, x1, y1 in segs:
            key = (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1))
            if key not in seen:
                seen.add(key)
                c.line(x0, y0, x1, y1)
    elif mode in ("onepath", "rowpath"):
        groups = {}
        for g, *s in segs:
            groups.setdefault("all" if mode == "onepath" else g, []).append(s)
        for items in groups.values():
            p = c.beginPath()
            for x0, y0, x1, y1 in items:
                p.moveTo(x0, y0)
                p.lineTo(x1, y1)
            c.drawPath(p, stroke=1, fill=0)
    elif mode == "threeline":
        c.setLineWidth(1.0)
        c.line(xs[0], ytop, xs[-1], ytop)
        c.line(xs[0], ybottom, xs[-1], ybottom)
        c.setLineWidth(0.5)
        c.line(xs[0], hb, xs[-1], hb)


def table(doc, xs, ytop, header, header_rows, body, mode="lines", **kw):
    # fills must be painted before the text: draw into a form of the same page order by painting fills
    # first (computed from a dry layout), then the text and rules.
    if mode == "zebra":
        c = doc.c
        real = c
        # dry run on a throwaway canvas to get the fills
        import io  # noqa: F401

        doc.c = canvas.Canvas(io.BytesIO(), pagesize=doc.size)
        pdfmetrics  # noqa: B018
        _y, _segs, fills = draw_table(doc, xs, ytop, header, header_rows, body, mode=mode, **kw)
        doc.c = real
        paint(doc, [], fills, "none", xs, ytop, 0, 0)
    y, segs, fills = draw_table(doc, xs, ytop, header, header_rows, body, mode=mode, **kw)
    hb = ytop - header_rows * kw.get("header_h", 17)
    paint(doc, segs, [] if mode == "zebra" else fills, mode, xs, ytop, hb, y)
    return y


def body_rows(rows):
    return [[code, name, *cells] for code, name, *cells in rows]


EXP_HEAD = [
    (0, 0, 1, 1, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 2, 1, 1, "合计"),
    (0, 3, 1, 1, "基本支出"),
    (0, 4, 1, 1, "项目支出"),
]
EXP_XS = cols(50, [62, 104, 120, 120, 120])  # portrait: names of 10 characters a line at 9pt


def expenditure_doc(name, unit, mode, number="表3", **kw):
    d = Doc(name, unit)
    d.new_page(PORT)
    y = d.title(f"{number} 支出决算表", EXP_XS[0], EXP_XS[-1], PORT[1] - 60)
    table(d, EXP_XS, y, EXP_HEAD, 1, body_rows(DT.EXP), mode=mode, **kw)
    d.save()


# ---- g01 / g02 / g09: grids stroked as one path / a path per row / zebra stripes, names wrapped
def g01():
    expenditure_doc("g01_one_path_grid.pdf", "江城市教育局", "onepath", aligns=["C", "L", "R", "R", "R"])


def g02():
    expenditure_doc("g02_row_path_grid.pdf", "江城市西湖区教育局", "rowpath")


def g09():
    expenditure_doc("g09_zebra_stripes.pdf", "江城市东湖区教育局", "zebra")


# ---- g03: 元 figures wrapping inside narrow ruled cells
def g03():
    d = Doc("g03_figure_wraps_in_cell.pdf", "江城市南湖区教育局")
    d.new_page(PORT)
    xs = cols(60, [58, 150, 58, 58, 58])
    y = d.title("表3 支出决算表", xs[0], xs[-1], PORT[1] - 60, unit="元")
    table(d, xs, y, EXP_HEAD, 1, body_rows(DT.EXP_YUAN), mode="lines", size=8.5, fig_wrap=True)
    d.save()


# ---- g04: superscript note markers after figures, a small note under the table
MARKS = {(4, 4): "1", (6, 4): "*", (0, 2): "2"}  # (body row, column) -> marker


def g04():
    d = Doc("g04_superscript_markers.pdf", "江城市北湖区教育局")
    d.new_page(PORT)
    y = d.title("表3 支出决算表", EXP_XS[0], EXP_XS[-1], PORT[1] - 60)

    def hook(c, k, i, v, x0, x1, yb, h):
        mark = MARKS.get((k, i))
        if not mark:
            return False
        total = sw(v, 9) + sw(mark, 5)
        start = x1 - 3 - total
        base = yb + h / 2 - 9 / 2 + 1.5
        c.setFont(F, 9)
        c.drawString(start, base, v)
        c.setFont(F, 5)
        c.drawString(start + sw(v, 9), base + 3.5, mark)
        return True

    y = table(d, EXP_XS, y, EXP_HEAD, 1, body_rows(DT.EXP), hook=hook)
    d.c.setFont(F, 7.5)
    d.c.drawString(
        EXP_XS[0],
        y - 11,
        "注：1.含上年结转资金12.50万元；2.合计不含2024年追加的非财政拨款资金；*为教育费附加安排的项目。",
    )
    d.save()


# ---- g05: 三线表, fake-bold 合计 and 类 rows
def g05():
    d = Doc("g05_fake_bold_rows.pdf", "江城市教育局")
    d.new_page(PORT)
    y = d.title("表3 支出决算表", EXP_XS[0], EXP_XS[-1], PORT[1] - 60)
    bold = {k for k, row in enumerate(DT.EXP) if len(row[0]) <= 3}
    table(d, EXP_XS, y, EXP_HEAD, 1, body_rows(DT.EXP), mode="threeline", bold_rows=bold)
    d.save()


# ---- g06: grid over two pages, the header repeated, one row broken by the page
def g06():
    d = Doc("g06_row_split_over_pages.pdf", "江城市教育局")
    d.footer_fmt = "第 {n} 页 共 3 页"
    d.new_page(PORT)
    rows = body_rows(DT.EXP)
    split = next(k for k, r in enumerate(rows) if r[0] == "2080505")
    first = rows[:split] + [["2080505", "机关事业单位基本养老保险缴", "", "", ""]]
    second = [["", "费支出", "120.00", "120.00", ""]] + rows[split + 1 :]
    top = PORT[1] - 60 - 22 - 7
    # page 1: the table starts low (a narrative paragraph above it)
    d.c.setFont(F, 10.5)
    y0 = PORT[1] - 60
    for line in (
        "三、支出决算情况说明",
        "2024年度支出决算1,542.75万元，其中：基本支出1,203.15万元，占78.0%；项目支出339.60万元，占22.0%。",
    ):
        d.c.drawString(60, y0, line)
        y0 -= 20
    y0 -= 460
    y = d.title("表3 支出决算表", EXP_XS[0], EXP_XS[-1], y0)
    table(d, EXP_XS, y, EXP_HEAD, 1, first, row_h=18, wrap_cols=())
    d.new_page(PORT)
    table(d, EXP_XS, top + 29, EXP_HEAD, 1, second, wrap_cols=())
    d.new_page(PORT)
    d.c.setFont(F, 10.5)
    d.c.drawString(60, PORT[1] - 60, "四、一般公共预算财政拨款支出决算情况说明（略）")
    d.save()


# ---- g07: two tables side by side
def g07():
    d = Doc("g07_tables_side_by_side.pdf", "江城市教育局")
    d.new_page(LAND)
    W, H = LAND
    lx = cols(40, [200, 80, 80])
    rx = cols(460, [200, 120])
    y = d.title("表7 “三公”经费支出决算表", lx[0], lx[-1], H - 60)
    d.title("表8 机关运行经费支出决算表", rx[0], rx[-1], H - 60)
    head = [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "预算数"), (0, 2, 1, 1, "决算数")]
    body = [[name, budget, actual] for name, _k, budget, actual in DT.SANGONG]
    table(d, lx, y, head, 1, body, row_h=18, aligns=["L", "R", "R"], wrap_cols=())
    rhead = [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "决算数")]
    rbody = [[name, v] for name, v in DT.OPERATING]
    table(d, rx, y, rhead, 1, rbody, row_h=30, aligns=["L", "R"], wrap_cols=())
    d.save()


# ---- g08: a three-level header
def g08():
    d = Doc("g08_three_level_header.pdf", "江城市教育局")
    d.new_page(LAND)
    xs = cols(30, [60, 160] + [76] * 7)
    y = d.title("表5 一般公共预算财政拨款支出决算表", xs[0], xs[-1], LAND[1] - 50)
    head = [
        (0, 0, 3, 1, "科目编码"),
        (0, 1, 3, 1, "科目名称"),
        (0, 2, 1, 3, "年初预算数"),
        (1, 2, 2, 1, "合计"),
        (1, 3, 2, 1, "基本支出"),
        (1, 4, 2, 1, "项目支出"),
        (0, 5, 1, 4, "决算数"),
        (1, 5, 2, 1, "合计"),
        (1, 6, 1, 2, "基本支出"),
        (2, 6, 1, 1, "人员经费"),
        (2, 7, 1, 1, "公用经费"),
        (1, 8, 2, 1, "项目支出"),
    ]
    table(d, xs, y, head, 3, body_rows(DT.GB), header_h=16, row_h=17, wrap_cols=())
    d.save()


# ---- g10: a running header with the year and numbers, a note row inside the grid
def g10():
    d = Doc("g10_note_row_running_header.pdf", "江城市教育局")
    d.running = ("江城市教育局2024年度部门决算", "公开03表  第 {n} 页")
    d.footer_fmt = None
    d.new_page(PORT)
    d.c.setFont(F, 10.5)
    d.c.drawString(60, PORT[1] - 60, "第一部分 部门概况（略）")
    d.new_page(PORT)
    y = d.title("表3 支出决算表", EXP_XS[0], EXP_XS[-1], PORT[1] - 60)
    body = body_rows(DT.EXP) + [
        ["注：1.本表含上年结转资金12.50万元；2.其中2050199其他教育管理事务支出含年中追加30.00万元。"]
    ]
    table(d, EXP_XS, y, EXP_HEAD, 1, body)
    d.save()


# ---- g11: 收入决算表, 三线表, 合计 centred, parts right-aligned
INC_HEAD = [
    (0, 0, 1, 1, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 2, 1, 1, "合计"),
    (0, 3, 1, 1, "财政拨款收入"),
    (0, 4, 1, 1, "上级补助收入"),
    (0, 5, 1, 1, "事业收入"),
    (0, 6, 1, 1, "经营收入"),
    (0, 7, 1, 1, "其他收入"),
]


def g11():
    d = Doc("g11_centred_and_right.pdf", "江城市教育局")
    d.new_page(LAND)
    xs = cols(30, [64, 176] + [92] * 6)
    y = d.title("表2 收入决算表", xs[0], xs[-1], LAND[1] - 50)
    table(
        d,
        xs,
        y,
        INC_HEAD,
        1,
        body_rows(DT.INC),
        mode="threeline",
        aligns=["L", "L", "C", "R", "R", "R", "R", "R"],
        wrap_cols=(),
    )
    d.save()


# ---- g12: a landscape table page stored portrait with /Rotate 270
def g12():
    d = Doc("g12_rotate270_landscape.pdf", "江城市教育局")
    d.new_page(PORT, rotate=270)
    W, H = d.size
    xs = cols(120, [70, 230, 120, 120, 120])
    y = d.title("表3 支出决算表", xs[0], xs[-1], H - 50)
    table(d, xs, y, EXP_HEAD, 1, body_rows(DT.EXP), wrap_cols=())
    d.save()


# ---- g13: a wide sheet printed over two pages by columns (Excel print titles: rows 1-4, columns A:B)
def g13():
    d = Doc("g13_wide_table_split_by_columns.pdf", "江城市教育局")
    xs = cols(50, [62, 180, 100, 100, 100])
    rows = body_rows(DT.INC)
    for part in (slice(2, 5), slice(5, 8)):
        d.new_page(PORT)
        y = d.title("表2 收入决算表", xs[0], EXP_XS[-1] + 50, PORT[1] - 60)
        head = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称")] + [
            (0, 2 + i, 1, 1, h[4]) for i, h in enumerate(INC_HEAD[part])
        ]
        body = [r[:2] + r[part] for r in rows]
        table(d, xs, y, head, 1, body, wrap_cols=())
    d.save()


if __name__ == "__main__":
    only = sys.argv[1:]
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13):
        if not only or f.__name__ in only:
            f()
            print("drew", f.__name__)
