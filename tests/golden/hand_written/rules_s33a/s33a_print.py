"""Print the rules_s33a reports: as pdftotext -layout text (cells at absolute columns, a CJK character one column
wide but two wide in the page's geometry, as pdftotext places them) and as PDFs drawn with minipdf.py (copied from
rules_s27e, STSong-Light not embedded) with a full grid, header cells spanning rows and columns, wrapped text
cells set at the cell's vertical centre. The printed strings are s33a_lib's Tab cells; nothing here reads the
parser."""

from __future__ import annotations

import os

from minipdf import MiniCanvas, stringWidth

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)


def dw(text):
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def cut(text, n):
    """Pieces of at most n display columns / 2 (n CJK characters)."""
    if not n or dw(text) <= 2 * n:
        return [text]
    out, cur = [], ""
    for ch in text:
        if dw(cur + ch) > 2 * n:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


def cell_lines(t, j, text):
    return cut(text, t.cols[j].wrap) if t.cols[j].kind in ("name", "text") else [text]


def table_parts(doc, i, t):
    """(label, title) as printed."""
    st = doc["style"]
    title = t.title
    if st.get("prefix") == "year":
        title = f"{doc['year']}年{title}"
    elif st.get("prefix"):
        title = f"{doc['org']}{doc['year']}年{title}"
    return st["label"](i), title


# ============================================================================================ layout text
class Text:
    def __init__(self, doc):
        self.doc, self.lines, self.page = doc, [], 0
        self.width = doc["style"].get("text_width", 150)

    def new_page(self):
        if self.lines:
            self.lines.append("")
            foot = self.doc["style"].get("footer", "第 {n} 页")
            self.lines.append(" " * 60 + foot.format(n=self.page))
            self.lines.append("\f")
        self.page += 1

    def para(self, text, heading=False):
        if heading:
            self.lines.append(text)
            return
        w = 46
        s = "    " + text
        while s:
            self.lines.append(s[:w])
            s = s[w:]

    def centre(self, text, width=None):
        width = width or self.width
        self.lines.append(" " * max(0, (width - dw(text)) // 2) + text)

    def table(self, i, t):
        doc, st = self.doc, self.doc["style"]
        label, title = table_parts(doc, i, t)
        xs, widths = self.geometry(t)
        full = xs[-1]
        if st.get("label_where") == "above":
            self.lines.append(label)
            self.centre(title, full)
        elif st.get("label_where") == "right":
            self.centre(title, full)
            self.lines.append(" " * (full - dw(label)) + label)
        else:
            self.centre(f"{label} {title}", full)
        left = f"编制单位：{doc['org']}" if st.get("org_line", True) else ""
        unit = f"单位：{t.unit}"
        self.lines.append(left + " " * max(2, full - dw(left) - dw(unit)) + unit)
        if t.empty and t.empty[0] == "only":
            self.lines.append("")
            self.centre(t.empty[1], full)
            return
        self.header(t, xs)
        for r in t.rows:
            self.row(t, xs, r)
        if t.empty:
            style, text = t.empty
            if style == "next_page":
                self.new_page()
                self.lines.append(text)
            elif style in ("text",):
                self.centre(text, full)
            elif text:
                self.lines.append(text)
        for n in t.notes:
            self.lines.append(n)

    def geometry(self, t):
        widths = []
        for j, c in enumerate(t.cols):
            w = max(min(dw(p), 16) for p in c.head)
            for r in t.rows:
                for piece in cell_lines(t, j, r[j]):
                    w = max(w, dw(piece))
            widths.append(w + 3)
        xs = [0]
        for w in widths:
            xs.append(xs[-1] + w)
        return xs, widths

    def place(self, cells):
        """cells: (start, display width, text, align) -> a line; a CJK char takes 1 column, pushed right when it
        would touch the text before it."""
        out = ""
        for x, w, text, align in sorted(cells):
            if not text:
                continue
            if align == "right":
                pos = x + w - 1 - len(text)
            elif align == "centre":
                pos = x + max(0, (w - dw(text)) // 2)
            else:
                pos = x
            pos = max(pos, len(out) + (1 if out else 0))
            out += " " * (pos - len(out)) + text
        return out.rstrip()

    def header(self, t, xs):
        h = max(len(c.head) for c in t.cols)
        for r in range(h):
            grid = {}
            j = 0
            while j < len(t.cols):
                p = t.cols[j].head
                if len(p) > r:
                    k = j
                    while (
                        k + 1 < len(t.cols)
                        and t.cols[k + 1].head[: r + 1] == p[: r + 1]
                        and len(t.cols[k + 1].head) > r
                    ):
                        k += 1
                    for q, piece in enumerate(cut(p[r], max(1, (xs[k + 1] - xs[j] - 2) // 2))):
                        grid.setdefault(q, []).append((xs[j], xs[k + 1] - xs[j], piece, "centre"))
                    j = k + 1
                else:
                    j += 1
            for q in sorted(grid):
                self.lines.append(self.place(grid[q]))

    def row(self, t, xs, r):
        pieces = [cell_lines(t, j, r[j]) for j in range(len(t.cols))]
        n = max(len(p) for p in pieces)
        valign = self.doc["style"].get("valign", "top")
        grid = [[] for _ in range(n if valign == "top" or n == 1 else n + 1)]
        for j, ps in enumerate(pieces):
            c = t.cols[j]
            align = (
                "right"
                if c.kind == "money"
                else ("centre" if c.kind == "text" and len(r[j]) <= 2 else "left")
            )
            if valign == "top" or n == 1:
                for k, p in enumerate(ps):
                    grid[k].append((xs[j], xs[j + 1] - xs[j], p, align))
            elif len(ps) == 1:
                grid[n // 2].append((xs[j], xs[j + 1] - xs[j], ps[0], align))
            else:  # a wrapped cell at the centre: its pieces around the single-line cells' line
                k0 = (n + 1 - len(ps)) // 2 if len(ps) < n else 0
                for k, p in enumerate(ps):
                    at = k0 + k
                    if len(ps) == n and at >= n // 2:
                        at += 1
                    grid[at].append((xs[j], xs[j + 1] - xs[j], p, align))
        for cells in grid:
            line = self.place(cells)
            if line:
                self.lines.append(line)


def write_text(path, doc, tabs, narrative):
    tx = Text(doc)
    tx.new_page()
    tx.lines += ["", "", ""]
    tx.centre(doc["org"], 80)
    tx.centre(f"{doc['year']}年部门预算", 80)
    tx.lines += ["", "", ""]
    tx.centre(doc["date"], 80)
    tx.new_page()
    tx.centre("目  录", 80)
    for text, heading in narrative:
        if heading and text.startswith("第"):
            tx.lines.append(text)
            if text.startswith("第三部分"):
                for i, t in enumerate(tabs):
                    label, title = table_parts(doc, i, t)
                    tx.lines.append(f"    {label} {title}")
    tx.new_page()
    for text, heading in narrative:
        if text.startswith("第三部分"):
            tx.lines.append(text)
            for i, t in enumerate(tabs):
                tx.new_page()
                tx.table(i, t)
            tx.new_page()
            continue
        tx.para(text, heading)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(x for x in tx.lines if True).replace("\n\f\n", "\n\f"))


# ============================================================================================ PDF
class Pdf:
    def __init__(self, path, doc):
        self.doc = doc
        self.c = MiniCanvas(path, PORT, producer="rules_s33a gen.py")
        self.size = PORT
        self.page = 0
        self.y = 0

    def new_page(self, size=PORT):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - 50

    def footer(self):
        foot = self.doc["style"].get("footer", "第 {n} 页").format(n=self.page)
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(self.size[0] / 2, 28, foot)

    def text(self, s, size=10.5, x=None, centre=False):
        self.c.setFont("STSong-Light", size)
        if centre:
            self.c.drawCentredString(self.size[0] / 2, self.y, s)
        else:
            self.c.drawString(x if x is not None else 56, self.y, s)
        self.y -= size + 6

    def para(self, s, heading=False):
        size = 10.5
        n = int((self.size[0] - 112) // size)
        first = True
        while s:
            if self.y < 70:
                self.new_page(self.size)
            ind = 0 if heading or not first else 2
            piece, s = s[: n - ind], s[n - ind :]
            self.text(piece, size, x=56 + ind * size)
            first = False

    def table(self, i, t):
        doc, st = self.doc, self.doc["style"]
        fs = st.get("font", 8)
        label, title = table_parts(doc, i, t)
        size = LAND if t.landscape else PORT
        self.new_page(size)
        widths = self.widths(t, fs)
        total = sum(widths)
        avail = size[0] - 72
        if total > avail:
            widths = [w * avail / total for w in widths]
            total = avail
        x0 = (size[0] - total) / 2
        if st.get("label_where") == "above":
            self.text(label, 10, x=x0)
            self.text(title, 15, centre=True)
        else:
            self.text(f"{label} {title}" if label else title, 15, centre=True)
        self.c.setFont("STSong-Light", 9)
        self.c.drawString(x0, self.y, f"编制单位：{doc['org']}")
        self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
        self.y -= 8
        if t.empty and t.empty[0] == "only":
            self.y -= 30
            self.text(t.empty[1], 11, centre=True)
            return
        self.head(t, x0, widths, fs)
        for r in t.rows:
            pieces = [
                cut(r[j], self.chars(t, j, widths, fs)) if t.cols[j].kind in ("name", "text") else [r[j]]
                for j in range(len(t.cols))
            ]
            n = max(len(p) for p in pieces)
            h = n * (fs + 3) + 6
            if self.y - h < 60:
                self.new_page(size)
                self.head(t, x0, widths, fs)
            top = self.y
            x = x0
            self.c.setFont("STSong-Light", fs)
            for j, ps in enumerate(pieces):
                w = widths[j]
                k = len(ps)
                first = top - (h - k * (fs + 3)) / 2 - fs
                for q, p in enumerate(ps):
                    yy = first - q * (fs + 3)
                    if t.cols[j].kind == "money":
                        self.c.drawRightString(x + w - 3, yy, p)
                    else:
                        self.c.drawString(x + 3, yy, p)
                x += w
            self.grid_row(x0, widths, top, h)
            self.y = top - h
        self.y -= 14
        if t.empty:
            style, text = t.empty
            if style == "next_page":
                self.new_page(size)
                self.text(text, 10.5, x=x0)
            elif style == "text":
                self.text(text, 10.5, centre=True)
            elif text:
                self.text(text, 10, x=x0)

    def chars(self, t, j, widths, fs):
        return max(2, int((widths[j] - 6) // fs))

    def widths(self, t, fs):
        out = []
        for j, c in enumerate(t.cols):
            w = max(min(stringWidth(p, None, fs), 6 * fs) for p in c.head)
            for r in t.rows:
                for p in cell_lines(t, j, r[j]):
                    w = max(w, stringWidth(p, None, fs))
            out.append(w + 8)
        return out

    def grid_row(self, x0, widths, top, h):
        c = self.c
        c.setLineWidth(0.5)
        total = sum(widths)
        c.line(x0, top - h, x0 + total, top - h)
        x = x0
        for w in [0] + widths:
            x += w
            c.line(x, top, x, top - h)

    def head(self, t, x0, widths, fs):
        c = self.c
        hrows = max(len(col.head) for col in t.cols)
        xs0 = [x0]
        for w in widths:
            xs0.append(xs0[-1] + w)
        nl = 1
        for j, col in enumerate(t.cols):
            for q in col.head:
                nl = max(nl, len(cut(q, max(1, int((widths[j] - 4) // fs)))))
        rh = nl * (fs + 2) + 7
        top = self.y
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        c.setLineWidth(0.5)
        c.line(x0, top, xs[-1], top)
        c.setFont("STSong-Light", fs)
        for r in range(hrows):
            j = 0
            while j < len(t.cols):
                p = t.cols[j].head
                if len(p) <= r:
                    j += 1
                    continue
                k = j
                while (
                    k + 1 < len(t.cols)
                    and len(t.cols[k + 1].head) > r
                    and t.cols[k + 1].head[: r + 1] == p[: r + 1]
                ):
                    k += 1
                span_rows = 1 if len(p) > r + 1 else hrows - r
                y_top = top - r * rh
                y_bot = y_top - span_rows * rh
                cx = (xs[j] + xs[k + 1]) / 2
                pieces = cut(p[r], max(1, int((xs[k + 1] - xs[j] - 4) // fs)))
                y0 = (y_top + y_bot) / 2 + (len(pieces) - 1) * (fs + 2) / 2 - fs / 2 + 1
                for q, piece in enumerate(pieces):
                    c.drawCentredString(cx, y0 - q * (fs + 2), piece)
                c.line(xs[j], y_bot, xs[k + 1], y_bot)
                c.line(xs[j], y_top, xs[j], y_bot)
                c.line(xs[k + 1], y_top, xs[k + 1], y_bot)
                j = k + 1
        self.y = top - hrows * rh


def write_pdf(path, doc, tabs, narrative):
    p = Pdf(path, doc)
    p.new_page()
    p.y = 600
    p.text(doc["org"], 22, centre=True)
    p.y -= 10
    p.text(f"{doc['year']}年部门预算", 22, centre=True)
    p.y = 200
    p.text(doc["date"], 14, centre=True)
    p.new_page()
    p.text("目  录", 16, centre=True)
    for text, heading in narrative:
        if heading and text.startswith("第"):
            p.text(text, 11)
            if text.startswith("第三部分"):
                for i, t in enumerate(tabs):
                    label, title = table_parts(doc, i, t)
                    p.text(f"{label} {title}", 10.5, x=80)
    p.new_page()
    for text, heading in narrative:
        if text.startswith("第三部分"):
            p.new_page()
            p.text(text, 14, centre=True)
            for i, t in enumerate(tabs):
                p.table(i, t)
            p.new_page()
            continue
        p.para(text, heading)
    p.footer()
    p.c.showPage()
    p.c.save()
    assert os.path.exists(path)
