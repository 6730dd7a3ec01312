"""Print a rules_s34e document (gen.py only): plain pdftotext text (one table row a line, blank cells dropped,
a header's cells one a line), pdftotext -layout text (each word at the CHARACTER index of its column, a tall
cell's text centred on its rows) or a PDF (ruled grid, drawn with ../rules_s33c/minipdf.py). Every printed
string comes from s34e_lib's grids and the data's paragraphs; nothing here reads the parser."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "rules_s33c"))
from minipdf import A4, MiniCanvas, stringWidth  # noqa: E402

WRAP = 38


def wrap(text, n=WRAP, indent=0):
    """Lines of at most n characters, never breaking inside a figure."""
    out, first = [], True
    while text:
        width = n - (indent if first else 0)
        if len(text) <= width:
            out.append((" " * indent if first else "") + text)
            break
        cut = width
        while cut > 1 and re.match(r"[\d.,%]", text[cut]) and re.match(r"[\d.,]", text[cut - 1]):
            cut -= 1
        while cut < len(text) and text[cut] in "，。；、）：%":
            cut += 1  # no punctuation opens a line (as Chinese typesetting does)
        out.append((" " * indent if first else "") + text[:cut])
        text, first = text[cut:], False
    return out


def place(rows, ncols):
    """(row, col, cell) of every cell of rows whose cells may span columns and rows."""
    taken = set()
    out = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            for dr in range(cell[2]):
                for dc in range(cell[1]):
                    taken.add((r + dr, c + dc))
            c += cell[1]
        assert c <= ncols, (row, c, ncols)
    return out


# ---------------------------------------------------------------------------------------------- plain
def plain_grid(g, merged_first=True):
    lines = []
    for row in g.head:
        for cell in row:
            lines += [x for x in cell[0].split("\n") if x]
    for row in g.body:
        parts = [cell[0].split("\n") for cell in row if cell[0]]
        h = max((len(p) for p in parts), default=0)
        for i in range(h):
            words = [p[i] for p in parts if i < len(p) and p[i]]
            if words:
                lines.append(" ".join(words))
    return lines


# ---------------------------------------------------------------------------------------------- layout
def layout_grid(g, left=0, gap=3):
    rows = g.head + g.body
    placed = place(rows, g.ncols)
    width = [0] * g.ncols
    for _r, c, cell in placed:
        if cell[1] == 1:
            width[c] = max(width[c], max((len(x) for x in cell[0].split("\n")), default=0))
    for _r, c, cell in placed:
        need = max((len(x) for x in cell[0].split("\n")), default=0)
        have = sum(width[c : c + cell[1]]) + gap * (cell[1] - 1)
        if need > have:
            width[c + cell[1] - 1] += need - have
    xs = [left]
    for w in width:
        xs.append(xs[-1] + w + gap)
    height = [1] * len(rows)
    for r, _c, cell in placed:
        if cell[2] == 1:
            height[r] = max(height[r], len(cell[0].split("\n")))
    ys = [0]
    for h in height:
        ys.append(ys[-1] + 2 * h)
    items = {}
    for r, c, cell in placed:
        if not cell[0]:
            continue
        texts = cell[0].split("\n")
        span_h = (ys[r + cell[2]] - ys[r]) // 2
        y = ys[r] + span_h - len(texts)  # centred, in half lines
        x0, x1 = xs[c], xs[c + cell[1]] - gap
        for i, t in enumerate(texts):
            align = cell[3] or "l"
            if align == "r":
                x = x1 - len(t)
            elif align == "c":
                x = x0 + max(0, (x1 - x0 - len(t)) // 2)
            else:
                x = x0
            items.setdefault(y + 2 * i, []).append((x, t))
    out = []
    for y in sorted(items):
        line = ""
        for x, t in sorted(items[y]):
            if len(line) >= x:
                line = line.rstrip() + " " if line.strip() else line
                x = len(line)
            line = line.ljust(x) + t
        out.append(line.rstrip())
    return out


# ---------------------------------------------------------------------------------------------- text documents
class Text:
    def __init__(self, doc):
        self.doc, self.lines, self.page = doc, [], 1
        self.layout = doc["format"] == "layout"

    def new_page(self):
        self.lines += ["", self.doc.get("footer", "- {n} -").format(n=self.page), "\f"]
        self.page += 1

    def heading(self, text, centre=False):
        self.lines.append((" " * (24 if centre else 2) + text) if self.layout else text)

    def para(self, text):
        if self.layout:
            self.lines += wrap(text, WRAP, 2)
        else:
            self.lines += wrap(text, WRAP)

    def grid(self, g, titles):
        self.new_page()
        for t in titles:
            self.heading(t, centre=True)
        for p in g.pre:
            self.lines.append(p.rjust(70) if (self.layout and p.startswith("单位：")) else p)
        if g.empty:
            self.lines += ["", g.empty]
            return
        self.lines += layout_grid(g) if self.layout else plain_grid(g)

    def text(self):
        return "\n".join(self.lines).replace("\n\f\n", "\n\f") + "\n"


# ---------------------------------------------------------------------------------------------- PDF
class Pdf:
    def __init__(self, path, doc):
        self.doc, self.c = doc, MiniCanvas(path, A4, producer="rules_s34e gen.py")
        self.page, self.y = 1, A4[1] - 60

    def new_page(self):
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(A4[0] / 2, 30, self.doc.get("footer", "- {n} -").format(n=self.page))
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - 60

    def line(self, text, size=10.5, x=60, centre=False):
        if self.y < 70:
            self.new_page()
        self.c.setFont("STSong-Light", size)
        if centre:
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= size + 7

    def heading(self, text, centre=False):
        self.line(text, 12 if centre else 10.5, centre=centre)

    def para(self, text):
        for i, piece in enumerate(wrap(text, WRAP, 2)):
            self.line(piece.strip(), x=60 + (21 if i == 0 else 0))

    def grid(self, g, titles):
        self.new_page()
        for t in titles:
            self.line(t, 14, centre=True)
        for p in g.pre:
            if p.startswith("单位："):
                self.y += 17
                self.c.setFont("STSong-Light", 9)
                self.c.drawRightString(A4[0] - 50, self.y, p)
                self.y -= 17
            else:
                self.line(p, 9)
        if g.empty:
            self.line(g.empty)
            return
        rows = g.head + g.body
        placed = place(rows, g.ncols)
        fs = 8.0
        width = [0.0] * g.ncols
        for _r, c, cell in placed:
            if cell[1] == 1:
                width[c] = max(width[c], max(stringWidth(x, None, fs) for x in cell[0].split("\n")) + 6)
        for _r, c, cell in placed:
            need = max(stringWidth(x, None, fs) for x in cell[0].split("\n")) + 6
            have = sum(width[c : c + cell[1]])
            if need > have:
                width[c + cell[1] - 1] += need - have
        avail = A4[0] - 80
        if sum(width) > avail:
            k = avail / sum(width)
            width = [w * k for w in width]
            fs *= k
        lh = fs + 2.5
        height = [0.0] * len(rows)
        for r, _c, cell in placed:
            if cell[2] == 1:
                height[r] = max(height[r], len(cell[0].split("\n")) * lh + 5)
        x0 = (A4[0] - sum(width)) / 2
        xs = [x0]
        for w in width:
            xs.append(xs[-1] + w)
        ys = [self.y]
        for h in height:
            ys.append(ys[-1] - h)
        c = self.c
        c.setLineWidth(0.5)
        c.setFont("STSong-Light", fs)
        for r, col, cell in placed:
            xa, xb = xs[col], xs[col + cell[1]]
            ya, yb = ys[r], ys[r + cell[2]]
            c.rect(xa, yb, xb - xa, ya - yb)
            texts = [t for t in cell[0].split("\n")]
            if not cell[0]:
                continue
            top = (ya + yb) / 2 + len(texts) * lh / 2
            for i, t in enumerate(texts):
                y = top - (i + 1) * lh + 2
                align = cell[3] or "l"
                if align == "r":
                    c.drawRightString(xb - 3, y, t)
                elif align == "c":
                    c.drawCentredString((xa + xb) / 2, y, t)
                else:
                    c.drawString(xa + 3, y, t)
        self.y = ys[-1] - 20

    def save(self):
        self.new_page()
        self.c.save()


def write(path, doc, items):
    """items: ("h", text) a heading, ("hc", text) a centred one, ("p", text) a paragraph, ("page",) a new page,
    ("grid", grid, [title lines])."""
    out = Pdf(str(path), doc) if doc["format"] == "pdf" else Text(doc)
    for it in items:
        if it[0] == "h":
            out.heading(it[1])
        elif it[0] == "hc":
            out.heading(it[1], centre=True)
        elif it[0] == "p":
            out.para(it[1])
        elif it[0] == "page":
            out.new_page()
        elif it[0] == "grid":
            out.grid(it[1], it[2])
    if doc["format"] == "pdf":
        out.save()
    else:
        out.new_page()
        Path(path).write_text(out.text(), encoding="utf-8")
