"""Small table-drawing engine for synthetic two-sided summary tables."""

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
PORTRAIT, LAND = A4, landscape(A4)


def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines


class Doc:
    def __init__(self, path, cover, size=LAND):
        self.c = canvas.Canvas(path, pagesize=PORTRAIT)
        self.page = 1
        c = self.c
        c.setFont(F, 22)
        c.drawCentredString(PORTRAIT[0] / 2, PORTRAIT[1] - 250, cover)
        c.setFont(F, 12)
        c.drawCentredString(PORTRAIT[0] / 2, PORTRAIT[1] - 290, "目  录")
        self.size = size

    def new_page(self, size=None):
        c = self.c
        c.setFont(F, 9)
        c.drawCentredString(self.size[0] / 2 if self.page > 1 else PORTRAIT[0] / 2, 24, f"- {self.page} -")
        c.showPage()
        self.page += 1
        if size:
            self.size = size
        c.setPageSize(self.size)

    def finish(self):
        c = self.c
        c.setFont(F, 9)
        c.drawCentredString(self.size[0] / 2, 24, f"- {self.page} -")
        c.save()


def draw_title(doc, title, unit, org=None, y=None):
    c = doc.c
    W, H = doc.size
    y = H - 50 if y is None else y
    c.setFont(F, 15)
    c.drawCentredString(W / 2, y, title)
    c.setFont(F, 9)
    if org:
        c.drawString(40, y - 24, org)
    c.drawRightString(W - 40, y - 24, unit)
    return y - 34


def draw_table(
    doc,
    ytop,
    widths,
    header,
    rows,
    style="grid",
    valign="center",
    fvalign=None,
    size=9,
    x0=40,
    minh=18,
    aligns=None,
    lead=None,
):
    """header: list of (row, col, rowspan, colspan, text) with header row height 18 each (nrows from max).
    rows: list of lists of cell text (None/'' blank). aligns: per column 'L','R','C'.
    style: grid | none | hrules (rule under each row) | three (top, under header, bottom).
    valign: label vertical alignment (center/top); fvalign: figures' (defaults to valign)."""
    c = doc.c
    fvalign = fvalign or valign
    lead = lead or size * 1.3
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    nh = max(r + rs for r, _c, rs, _cs, _t in header) if header else 0
    hh = 20
    c.setLineWidth(0.6)
    # header
    for r, col, rs, cs, text in header:
        bx0, bx1 = xs[col], xs[col + cs]
        by1 = ytop - r * hh
        by0 = ytop - (r + rs) * hh
        lines = wrap(text, bx1 - bx0 - 4, size)
        lh = size * 1.15
        top = (by0 + by1) / 2 + len(lines) * lh / 2 - size * 0.9
        c.setFont(F, size)
        for i, ln in enumerate(lines):
            c.drawCentredString((bx0 + bx1) / 2, top - i * lh, ln)
        if style == "grid":
            c.rect(bx0, by0, bx1 - bx0, by1 - by0)
    y = ytop - nh * hh
    if style in ("hrules", "three"):
        c.line(xs[0], ytop, xs[-1], ytop)
        c.line(xs[0], y, xs[-1], y)
    for row in rows:
        cells = []
        nlines = 1
        for i, t in enumerate(row):
            t = "" if t is None else str(t)
            al = aligns[i] if aligns else "L"
            ls = wrap(t, widths[i] - 6, size) if t else []
            cells.append((ls, al))
            nlines = max(nlines, len(ls))
        h = max(minh, nlines * lead + 6)
        for i, (ls, al) in enumerate(cells):
            if not ls:
                continue
            isfig = al == "R"
            va = fvalign if isfig else valign
            if va == "center":
                top = y - h / 2 + len(ls) * lead / 2 - size * 0.95
            else:
                top = y - 3 - size * 0.95
            c.setFont(F, size)
            for k, ln in enumerate(ls):
                yy = top - k * lead
                if al == "R":
                    c.drawRightString(xs[i + 1] - 3, yy, ln)
                elif al == "C":
                    c.drawCentredString((xs[i] + xs[i + 1]) / 2, yy, ln)
                else:
                    c.drawString(xs[i] + 3, yy, ln)
        if style == "grid":
            for i in range(len(widths)):
                c.rect(xs[i], y - h, widths[i], h)
        elif style == "hrules":
            c.line(xs[0], y - h, xs[-1], y - h)
        y -= h
    if style == "three":
        c.line(xs[0], y, xs[-1], y)
    return y
