"""Draw the rules_s33g reports as PDFs (minipdf.py, copied from rules_s33c and extended; STSong-Light not
embedded). Adapted from rules_s33c/s33c_print.py (copied, not imported): cover, 目录, 说明, every table, 名词解释.
The printed strings are s33g_lib's Tab cells; nothing here reads the parser. What this printer adds (the doc's
style): landscape table pages as a wide MediaBox (land="wide") or as a portrait MediaBox turned by /Rotate 90 with
the content drawn through a "0 1 -1 0 w 0 cm" turn (land="rotate"); header cells in a smaller font than the body
(head_font); every glyph its own Tm/Tj (glyphs); negative figures as "(12.00)" (neg="paren", the typed value is
-12.00) or as typed ("-12.00"); a table run over several pages at given rows with its header repeated, and on every
table page a running header and the page number drawn INSIDE the table's frame (frame_run); a table printed as
two halves side by side on one landscape page (Tab.halves: the first half of its rows left, the rest right, the
columns repeated)."""

from __future__ import annotations

import copy

import minipdf
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
    out, n = [], -1
    for t in tabs:
        if t.title is not None:
            n += 1
        out.append((n if t.title is not None else None, t))
    return out


def head_cells(t):
    """Header cells per header row: [(first col, last col, text)] merging equal adjacent paths."""
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
                    and not (t.halves and k + 1 == len(t.cols) // 2)
                ):
                    k += 1
                cells.append((j, k, p[r]))
                j = k + 1
            else:
                j += 1
        rows.append(cells)
    return rows


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


def shown(cell, doc):
    """A printed cell as drawn: a negative figure in parentheses where the style says so."""
    if doc["style"].get("neg") == "paren" and cell.startswith("-"):
        return f"({cell[1:]})"
    return cell


def as_halves(t):
    """The table as two halves side by side: columns repeated, rows i and h + i on one line."""
    h = (len(t.rows) + 1) // 2
    left, right = t.rows[:h], t.rows[h:]
    blank = [""] * len(t.cols)
    out = copy.copy(t)
    out.cols = list(t.cols) + [copy.copy(c) for c in t.cols]
    out.rows = [a + (right[i] if i < len(right) else blank) for i, a in enumerate(left)]
    out.halves = True
    return out


class Pdf:
    def __init__(self, path, doc):
        self.doc = doc
        st = doc["style"]
        minipdf.GLYPHS["on"] = bool(st.get("glyphs"))
        self.c = MiniCanvas(path, PORT, producer=st.get("producer", "rules_s33g gen.py"))
        self.size = PORT
        self.turned = False
        self.page = 0
        self.y = 0
        self.fresh = False
        self.own_footer = False  # the page number was drawn inside the table's frame

    def new_page(self, size=PORT):
        if self.page and self.fresh:  # nothing drawn yet: the page takes the new size instead
            self.c.ops, self.c.rotate = [], 0
            self.page -= 1
        elif self.page:
            if not self.own_footer:
                self.footer()
            if self.turned:
                self.c.restoreState()
            self.c.showPage()
        self.page += 1
        self.fresh = True
        self.own_footer = False
        self.size = size
        self.turned = size == LAND and self.doc["style"].get("land") == "rotate"
        if self.turned:
            self.c.setPageSize(PORT)
            self.c.setPageRotation(90)
            self.c.saveState()
            self.c.transform(0, 1, -1, 0, PORT[0], 0)
        else:
            self.c.setPageSize(size)
        self.y = size[1] - 50

    def footer(self):
        foot = self.doc["style"].get("footer", "第 {n} 页").format(n=self.page)
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(self.size[0] / 2, 28, foot)

    def end(self):
        if not self.own_footer:
            self.footer()
        if self.turned:
            self.c.restoreState()
        self.c.showPage()
        self.c.save()

    def text(self, s, size=10.5, x=None, centre=False):
        self.fresh = False
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

    # ------------------------------------------------------------------ tables
    def table(self, n, t):
        doc, st = self.doc, self.doc["style"]
        fs = st.get("font", 8.5)
        hf = st.get("head_font", fs)
        if t.halves:
            t = as_halves(t)

        size = LAND if t.landscape else PORT
        if self.size != size or self.turned != (size == LAND and st.get("land") == "rotate"):
            self.new_page(size)
        widths = self.widths(t, fs, hf) if t.cols else [300]
        total = sum(widths)
        avail = size[0] - 72
        if total > avail:
            widths = [w * avail / total for w in widths]
            total = avail
        x0 = (size[0] - total) / 2
        self.fresh = False
        frame = st.get("frame_run") and t.kind != "empty"
        run_head = f"{doc['org']}{doc['year']}年度{'部门决算' if doc['kind'] == 'final_account' else '部门预算'}公开表"
        page_top = self.y + 14
        if frame:
            self.run_header(x0, total, run_head, label_of(doc, n) if n is not None else "")
            page_top = self.y + 32
        if t.title is None:
            if t.cont:
                self.text(t.cont, 10, x=x0)
        else:
            label = label_of(doc, n)
            if st.get("label_above", True):
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
        self.head(t, x0, widths, hf)
        for i, r in enumerate(t.rows):
            h = fs + 9
            if i in t.breaks or self.y - h < (84 if frame else 60):
                if frame:
                    self.page_row(x0, total, page_top)
                self.new_page(size)
                self.fresh = False
                if frame:
                    self.run_header(x0, total, run_head + "（续）", label_of(doc, n) if n is not None else "")
                    page_top = self.y + 32
                self.head(t, x0, widths, hf)
            top = self.y
            x = x0
            self.c.setFont("STSong-Light", fs)
            for j, cell in enumerate(r):
                w = widths[j]
                yy = top - (h - fs) / 2 - fs + 1.5
                cell = shown(cell, doc) if t.cols[j].kind == "money" else cell
                if cell:
                    if t.cols[j].kind in ("money", "rowno"):
                        self.c.drawRightString(x + w - 3, yy, cell)
                    else:
                        self.c.drawString(x + 3, yy, cell)
                x += w
            self.grid_row(x0, widths, top, h)
            self.y = top - h
        if frame:
            self.page_row(x0, total, page_top)
        self.y -= 14

    def run_header(self, x0, total, text, label):
        """The running header drawn inside the table's frame, at the top of every page of the table."""
        c = self.c
        c.setFont("STSong-Light", 8)
        c.drawString(x0 + 4, self.y - 2, text)
        if label:
            c.drawRightString(x0 + total - 4, self.y - 2, label)
        self.y -= 22

    def page_row(self, x0, total, page_top):
        """The page number in a strip closing the table's frame, and the frame around the page's table."""
        c = self.c
        h = 16
        top = self.y
        c.setFont("STSong-Light", 8)
        c.drawRightString(x0 + total - 4, top - 11, f"第 {self.page} 页")
        c.setLineWidth(0.8)
        c.rect(x0 - 4, top - h, total + 8, page_top - (top - h))
        self.y = top - h
        self.own_footer = True

    def widths(self, t, fs, hf):
        out = []
        for j, c in enumerate(t.cols):
            w = max(min(stringWidth(p, None, hf), 7 * hf) for p in c.head)
            for r in t.rows:
                w = max(w, stringWidth(shown(r[j], self.doc), None, fs))
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
    p.end()
