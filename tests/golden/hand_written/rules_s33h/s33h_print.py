"""(copied from rules_s33c/s33c_print.py; adds: a row printed one cell a line in plain text (style cells="lines"),
an empty table printed with its header, a bare 合计 row and a note (kind "empty_head").)
Print the rules_s33h reports: as plain pdftotext text (one header cell a line, a row's cells on one line with
its blank cells dropped, as the seed documents show), as pdftotext -layout text (cells at absolute columns, a CJK
character one column wide), and as PDFs drawn with minipdf.py (copied from rules_s27e, STSong-Light not embedded)
with a full grid. Adapted from rules_s33a/s33a_print.py (copied, not imported). The printed strings are
s33c_lib's Tab cells; nothing here reads the parser."""

from __future__ import annotations

from minipdf import MiniCanvas, stringWidth

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)


def dw(text):
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def cut(text, n):
    """Pieces of at most n CJK characters."""
    if not n or dw(text) <= 2 * n:
        return [text]
    out, cur = [], ""
    for ch in text:
        if dw(cur + ch) > 2 * n:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


def label_of(doc, i):
    lf = doc["style"].get("label", "表{n}")
    cn = "一二三四五六七八九十"
    return lf.format(n=i + 1, nn=f"{i + 1:02d}", cn=cn[i] if i < 10 else str(i + 1))


def numbered(tabs):
    """(table number or None for a second part, tab)."""
    out, n = [], -1
    for t in tabs:
        if t.title is not None:
            n += 1
        out.append((n if t.title is not None else None, t))
    return out


def head_cells(t):
    """Header cells per header row: [(first col, last col, text)] merging equal paths."""
    h = max(len(c.head) for c in t.cols)
    rows = []
    for r in range(h):
        cells = []
        j = 0
        while j < len(t.cols):
            p = t.cols[j].head
            if len(p) > r:
                k = j
                while (
                    k + 1 < len(t.cols)
                    and len(t.cols[k + 1].head) > r
                    and t.cols[k + 1].head[: r + 1] == p[: r + 1]
                ):
                    k += 1
                cells.append((j, k, p[r]))
                j = k + 1
            else:
                j += 1
        rows.append(cells)
    return rows


# ============================================================================================ text
class Text:
    def __init__(self, doc, layout):
        self.doc, self.layout, self.lines, self.page = doc, layout, [], 0
        self.width = 130

    def new_page(self):
        if self.lines:
            self.lines.append("")
            foot = self.doc["style"].get("footer", "- {n} -").format(n=self.page)
            self.lines.append((" " * 60 if self.layout else "") + foot)
            self.lines.append("\f")
        self.page += 1

    def para(self, text, heading=False):
        if heading:
            self.lines.append(text)
            return
        w = 44
        s = ("    " if self.layout else "") + text
        while s:
            self.lines.append(s[:w])
            s = s[w:]

    def centre(self, text, width=None):
        if not self.layout:
            self.lines.append(text)
            return
        width = width or self.width
        self.lines.append(" " * max(0, (width - dw(text)) // 2) + text)

    def table(self, n, t):
        doc = self.doc
        if t.title is None:
            if t.cont:
                self.centre(t.cont, 80)
            self.body(t, start=0)
            return
        label = label_of(doc, n)
        xs = self.geometry(t)
        full = xs[-1] if xs else 80
        if doc["style"].get("label_above", True):
            self.lines.append(label)
            self.centre(t.title, full)
        else:
            self.centre(f"{label} {t.title}", full)
        left = f"编制单位：{doc['org']}"
        unit = f"单位：{t.unit}"
        if self.layout:
            self.lines.append(left + " " * max(2, full - dw(left) - dw(unit)) + unit)
        else:
            self.lines += [left, unit]
        if t.kind == "empty":
            self.lines.append("")
            self.centre(t.empty, full)
            return
        self.body(t, start=0)
        if t.kind == "empty_head":
            self.lines.append(t.empty)

    def body(self, t, start):
        xs = self.geometry(t)
        self.header(t, xs)
        for i, r in enumerate(t.rows):
            if t.break_at is not None and i == t.break_at:
                self.new_page()
                if self.doc["style"].get("repeat_head", True):
                    self.header(t, xs)
            self.row(t, xs, r)

    def geometry(self, t):
        if not t.cols:
            return []
        widths = []
        for j, c in enumerate(t.cols):
            w = max(min(dw(p), 16) for p in c.head)
            for r in t.rows:
                w = max(w, dw(r[j]))
            widths.append(w + 3)
        xs = [0]
        for w in widths:
            xs.append(xs[-1] + w)
        return xs

    def place(self, cells):
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
        for cells in head_cells(t):
            if not self.layout:
                self.lines += [text for _j, _k, text in cells]
                continue
            grid = {}
            for j, k, text in cells:
                for q, piece in enumerate(cut(text, max(1, (xs[k + 1] - xs[j] - 2) // 2))):
                    grid.setdefault(q, []).append((xs[j], xs[k + 1] - xs[j], piece, "centre"))
            for q in sorted(grid):
                self.lines.append(self.place(grid[q]))

    def row(self, t, xs, r):
        if not self.layout and self.doc["style"].get("cells") == "lines":
            self.lines += [x for x in r if x]
            return
        if not self.layout:
            line = " ".join(x for x in r if x)
            if line:
                self.lines.append(line)
            return
        cells = []
        for j, c in enumerate(t.cols):
            align = "right" if c.kind in ("money", "rowno") else "left"
            cells.append((xs[j], xs[j + 1] - xs[j], r[j], align))
        line = self.place(cells)
        if line:
            self.lines.append(line)


def front(doc, tabs, narrative, emit_line, emit_table, new_page, para):
    """The report's order: cover, 目录, 说明, the tables, 名词解释."""
    final = doc["kind"] == "final_account"
    y = doc["year"]
    kind = "部门决算" if final else "部门预算"
    part3 = f"第三部分 {y}年度部门决算表" if final else f"第三部分 {y}年部门预算表"
    emit_line(doc["org"], "cover")
    emit_line(f"{y}年度{kind}" if final else f"{y}年{kind}", "cover")
    emit_line(doc["date"], "date")
    new_page()
    emit_line("目  录", "toc_head")
    for text, heading in narrative:
        if heading and text.startswith("第"):
            if text.startswith("第四部分"):
                emit_line(part3, "toc")
                for n, t in numbered(tabs):
                    if n is not None:
                        emit_line(f"    {label_of(doc, n)} {t.title}", "toc")
            emit_line(text, "toc")
    new_page()
    for text, heading in narrative:
        if text.startswith("第四部分"):
            new_page()
            emit_line(part3, "part")
            for n, t in numbered(tabs):
                new_page()
                emit_table(n, t)
            new_page()
        para(text, heading)


def write_text(path, doc, tabs, narrative, layout):
    tx = Text(doc, layout)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.centre(text, 80) if what in ("cover", "date", "toc_head", "part") else tx.lines.append(text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(tx.lines).replace("\n\f\n", "\n\f"))


# ============================================================================================ PDF
class Pdf:
    def __init__(self, path, doc):
        self.doc = doc
        self.c = MiniCanvas(path, PORT, producer="rules_s33h gen.py")
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

    def table(self, n, t):
        doc = self.doc
        fs = doc["style"].get("font", 8.5)
        size = LAND if t.landscape else PORT
        if self.size != size:
            self.new_page(size)
        widths = self.widths(t, fs) if t.cols else [300]
        total = sum(widths)
        avail = size[0] - 72
        if total > avail:
            widths = [w * avail / total for w in widths]
            total = avail
        x0 = (size[0] - total) / 2
        if t.title is None:
            if t.cont:
                self.text(t.cont, 10, x=x0)
        else:
            label = label_of(doc, n)
            if doc["style"].get("label_above", True):
                self.text(label, 10, x=x0)
                self.text(t.title, 15, centre=True)
            else:
                self.text(f"{label} {t.title}", 15, centre=True)
            self.c.setFont("STSong-Light", 9)
            self.c.drawString(x0, self.y, f"编制单位：{doc['org']}")
            self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
            self.y -= 8
        if t.kind == "empty":
            self.y -= 30
            self.text(t.empty, 11, centre=True)
            return
        self.head(t, x0, widths, fs)
        for i, r in enumerate(t.rows):
            h = fs + 9
            if (t.break_at is not None and i == t.break_at) or self.y - h < 60:
                self.new_page(size)
                self.head(t, x0, widths, fs)
            top = self.y
            x = x0
            self.c.setFont("STSong-Light", fs)
            for j, cell in enumerate(r):
                w = widths[j]
                yy = top - (h - fs) / 2 - fs + 1.5
                if cell:
                    if t.cols[j].kind in ("money", "rowno"):
                        self.c.drawRightString(x + w - 3, yy, cell)
                    else:
                        self.c.drawString(x + 3, yy, cell)
                x += w
            self.grid_row(x0, widths, top, h)
            self.y = top - h
        self.y -= 14
        if t.kind == "empty_head":
            self.text(t.empty, 9, x=x0)

    def widths(self, t, fs):
        out = []
        for j, c in enumerate(t.cols):
            w = max(min(stringWidth(p, None, fs), 7 * fs) for p in c.head)
            for r in t.rows:
                w = max(w, stringWidth(r[j], None, fs))
            out.append(w + 8)
        return out

    def grid_row(self, x0, widths, top, h):
        c = self.c
        c.setLineWidth(0.5)
        c.line(x0, top - h, x0 + sum(widths), top - h)
        x = x0
        for w in [0] + widths:
            x += w
            c.line(x, top, x, top - h)

    def head(self, t, x0, widths, fs):
        c = self.c
        rows = head_cells(t)
        hrows = len(rows)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        nl = 1
        for cells in rows:
            for j, k, text in cells:
                nl = max(nl, len(cut(text, max(1, int((xs[k + 1] - xs[j] - 4) // fs)))))
        rh = nl * (fs + 2) + 7
        top = self.y
        c.setLineWidth(0.5)
        c.line(x0, top, xs[-1], top)
        c.setFont("STSong-Light", fs)
        for r, cells in enumerate(rows):
            for j, k, text in cells:
                deeper = any(len(t.cols[q].head) > r + 1 for q in range(j, k + 1))
                span_rows = 1 if deeper else hrows - r
                y_top = top - r * rh
                y_bot = y_top - span_rows * rh
                cx = (xs[j] + xs[k + 1]) / 2
                pieces = cut(text, max(1, int((xs[k + 1] - xs[j] - 4) // fs)))
                y0 = (y_top + y_bot) / 2 + (len(pieces) - 1) * (fs + 2) / 2 - fs / 2 + 1
                for q, piece in enumerate(pieces):
                    c.drawCentredString(cx, y0 - q * (fs + 2), piece)
                c.line(xs[j], y_bot, xs[k + 1], y_bot)
                c.line(xs[j], y_top, xs[j], y_bot)
                c.line(xs[k + 1], y_top, xs[k + 1], y_bot)
        self.y = top - hrows * rh


def write_pdf(path, doc, tabs, narrative):
    p = Pdf(path, doc)
    p.new_page()
    state = {"cover": 0}

    def emit_line(text, what):
        if what == "cover":
            p.y = 600 - 50 * state["cover"]
            state["cover"] += 1
            p.text(text, 22, centre=True)
        elif what == "date":
            p.y = 200
            p.text(text, 14, centre=True)
        elif what in ("toc_head", "part"):
            p.text(text, 16, centre=True)
        else:
            p.text(text.strip(), 10.5, x=80 if text.startswith(" ") else 56)

    def new_page():
        p.new_page(PORT)

    front(doc, tabs, narrative, emit_line, p.table, new_page, p.para)
    p.footer()
    p.c.showPage()
    p.c.save()
