"""Draw small table PDFs for the r6 probes with rules_s33i's minipdf.MiniCanvas (imported: STSong-Light, not
embedded, one text object per drawString). A table is given by its column edges, its header cells (row, first
column, last column, text, rows spanned) and its body rows; options say which rules are drawn."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "rules_s33i"))
from minipdf import A4, MiniCanvas, landscape, stringWidth  # noqa: E402,F401


class Doc:
    def __init__(self, path, size=A4, producer="Microsoft Excel"):
        self.c = MiniCanvas(path, pagesize=size, producer=producer)
        self.size = size
        self.y = size[1] - 60
        self.page = 1

    def text(self, s, size=10.5, x=None, centre=False, dy=None):
        self.c.setFont("STSong-Light", size)
        if centre:
            self.c.drawCentredString(self.size[0] / 2, self.y - size, s)
        else:
            self.c.drawString(x if x is not None else 56, self.y - size, s)
        self.y -= dy if dy is not None else size + 8

    def new_page(self, size=None, rotate=0, footer=True):
        if footer:
            self.c.setFont("STSong-Light", 9)
            self.c.drawCentredString(self.size[0] / 2, 30, f"- {self.page} -")
        self.c.showPage()
        self.page += 1
        if size:
            self.c.setPageSize(size)
            self.size = size
        if rotate:
            self.c.setPageRotation(rotate)
        self.y = self.size[1] - 60

    def save(self):
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(self.size[0] / 2, 30, f"- {self.page} -")
        self.c.save()

    def table(
        self,
        xs,
        head,
        rows,
        fs=9,
        head_h=18,
        row_h=18,
        kinds=None,
        vrules="all",
        hrules=True,
        fig_fs=None,
        align="r",
        pad=3,
        rowfs=None,
        spread=(),
        head_rules=False,
    ):
        """xs: column edges; head: [(row, j0, j1, text, span)] (text may hold "\n"); rows: [[cell per column]];
        kinds: per column "t" (text, left) or "m" (money); vrules: "all", "head" (header only), "frame"
        (body: outer frame only), "none", or a list of column edges ruled in the body; spread: header texts
        drawn with distributed alignment (each character its own string, spread over the cell less 6 pt
        each side, as Excel's 分散对齐 draws them)."""
        c = self.c
        nhead = max((r + s for r, _a, _b, _t, s in head), default=0)
        top = self.y
        c.setLineWidth(0.5)
        # header cells
        for r, j0, j1, text, span in head:
            x0, x1 = xs[j0], xs[j1 + 1]
            y1 = top - r * head_h
            y0 = y1 - span * head_h
            parts = text.split("\n")
            c.setFont("STSong-Light", fs)
            mid = (y0 + y1) / 2
            for k, part in enumerate(parts):
                yy = mid + (len(parts) / 2 - k - 1) * (fs + 2) + 2
                if part in spread and len(part) > 1:
                    step = (x1 - x0 - 12 - fs) / (len(part) - 1)
                    for q, ch in enumerate(part):
                        c.drawString(x0 + 6 + q * step, yy, ch)
                else:
                    c.drawCentredString((x0 + x1) / 2, yy, part)
            if vrules == "none" and head_rules:  # a header band ruled above and below only (三线表)
                c.line(xs[0], top, xs[-1], top)
                c.line(xs[0], top - nhead * head_h, xs[-1], top - nhead * head_h)
            if vrules != "none":
                c.line(x0, y0, x1, y0)
                c.line(x0, y1, x1, y1)
                c.line(x0, y0, x0, y1)
                c.line(x1, y0, x1, y1)
        y = top - nhead * head_h
        for cells in rows:
            lines = max(len(str(cell).split("\n")) for cell in cells)
            h = max(row_h, lines * (fs + 2) + 6)
            for j, cell in enumerate(cells):
                if not cell:
                    continue
                kind = kinds[j] if kinds else ("m" if j >= 2 else "t")
                size = (fig_fs or fs) if kind == "m" else fs
                if isinstance(cell, tuple):
                    cell, size = cell
                c.setFont("STSong-Light", size)
                base = y - h / 2 - size * 0.35
                if "\n" in cell:  # a wrapped text cell: its lines centred in the row, one under the other
                    parts = cell.split("\n")
                    for k, part in enumerate(parts):
                        yy = base + ((len(parts) - 1) / 2 - k) * (fs + 2)
                        c.drawString(xs[j] + pad, yy, part)
                    continue
                if kind == "m":
                    if align == "r":
                        c.drawRightString(xs[j + 1] - pad, base, cell)
                    elif align == "c":
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, base, cell)
                    else:
                        c.drawString(xs[j] + pad, base, cell)
                else:
                    c.drawString(xs[j] + pad, base, cell)
            if hrules:
                c.line(xs[0], y - h, xs[-1], y - h)
            if vrules == "all":
                for x in xs:
                    c.line(x, y, x, y - h)
            elif vrules == "frame":
                c.line(xs[0], y, xs[0], y - h)
                c.line(xs[-1], y, xs[-1], y - h)
            elif isinstance(vrules, (list, tuple)):  # the body's rules at these column edges only
                for k in vrules:
                    c.line(xs[k], y, xs[k], y - h)
            y -= h
        self.y = y - 10
