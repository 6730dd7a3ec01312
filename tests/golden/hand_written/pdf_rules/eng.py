"""Minimal drawing engine for review PDFs (reportlab)."""

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
LAND = landscape(A4)
PORT = A4


def cell_text(c, x0, x1, y, s, align, size):
    if not s:
        return
    c.setFont(F, size)
    if align == "L":
        c.drawString(x0 + 3, y, s)
    elif align == "R":
        c.drawRightString(x1 - 3, y, s)
    else:
        c.drawCentredString((x0 + x1) / 2, y, s)


class Doc:
    def __init__(self, path, title=None, sub=None):
        self.c = canvas.Canvas(path, pagesize=PORT)
        self.page = 0
        self.size = PORT
        if title:
            self.new_page(PORT)
            self.c.setFont(F, 24)
            self.c.drawCentredString(PORT[0] / 2, 560, title)
            if sub:
                self.c.setFont(F, 14)
                self.c.drawCentredString(PORT[0] / 2, 520, sub)

    def new_page(self, size=LAND):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)

    def footer(self):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 20, f"- {self.page} -")

    def save(self):
        self.footer()
        self.c.save()


def table(
    doc,
    xs,
    header_rows,
    body,
    *,
    rules="grid",
    size=9,
    row_h=18,
    y=None,
    aligns=None,
    title=None,
    unit="万元",
    header_row_h=16,
    raw_header=None,
    hrule_every=1,
    cell_draw=None,
):
    """xs: column boundaries; header_rows: list of rows, each a list of (text, span) or text per column;
    body: list of rows (list of str, one per column, '' blank). rules: grid | under | none | box.
    aligns: per column 'L'|'C'|'R'."""
    c = doc.c
    W, H = doc.size
    if y is None:
        y = H - 40
    if title:
        c.setFont(F, 16)
        c.drawCentredString(W / 2, y, title)
        y -= 22
        c.setFont(F, 9)
        c.drawRightString(xs[-1], y, "单位：" + unit)
        y -= 8
    n = len(xs) - 1
    aligns = aligns or (["L", "L"] + ["R"] * (n - 2))
    top = y
    c.setLineWidth(0.5)
    # header
    for hr in header_rows:
        i = 0
        for item in hr:
            txt, span = item if isinstance(item, tuple) else (item, 1)
            lines = txt.split("\n") if txt else []
            yy = y - header_row_h / 2 - size / 2 + 1 + (len(lines) - 1) * (size + 2) / 2
            for l in lines:
                cell_text(c, xs[i], xs[i + span], yy, l, "C", size)
                yy -= size + 2
            if rules == "grid":
                c.line(xs[i], y, xs[i], y - header_row_h)
            i += span
        if rules == "grid":
            c.line(xs[-1], y, xs[-1], y - header_row_h)
        y -= header_row_h * max(
            1,
            max(
                (len(((it if isinstance(it, tuple) else (it, 1))[0] or "").split("\n")) for it in hr),
                default=1,
            )
            if False
            else 1,
        )
        if rules in ("grid",):
            c.line(xs[0], y, xs[-1], y)
    if rules != "none":
        c.line(xs[0], top, xs[-1], top)
        c.line(xs[0], y, xs[-1], y)
    # body
    for k, row in enumerate(body):
        nl = max(len(v.split("\n")) for v in row)
        h = max(row_h, nl * (size + 3) + 6)
        ybot = y - h
        for i, v in enumerate(row):
            if cell_draw and cell_draw(c, k, i, v, xs[i], xs[i + 1], ybot, h):
                continue
            lines = v.split("\n") if v else []
            yy = ybot + h / 2 - size / 2 + 1 + (len(lines) - 1) * (size + 3) / 2
            for l in lines:
                cell_text(c, xs[i], xs[i + 1], yy, l, aligns[i], size)
                yy -= size + 3
        if rules == "grid":
            for x in xs:
                c.line(x, y, x, ybot)
            c.line(xs[0], ybot, xs[-1], ybot)
        elif rules == "frame":
            c.line(xs[0], y, xs[0], ybot)
            c.line(xs[-1], y, xs[-1], ybot)
            c.line(xs[0], ybot, xs[-1], ybot)
        elif rules == "under" and (k + 1) % hrule_every == 0:
            c.line(xs[0], ybot, xs[-1], ybot)
        y = ybot
    if rules == "under":
        c.line(xs[0], y, xs[-1], y)
    return y


def cols(left, widths):
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs
