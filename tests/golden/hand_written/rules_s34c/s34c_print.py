"""Print the rules_s34c reports (gen.py only): pdftotext -layout text (each word at the CHARACTER index of its column, a
CJK character one column) and PDFs drawn with rules_s33c/minipdf.py. The document's order (cover, 目录, 说明, tables,
名词解释) and the helpers cut / dw / head_cells / label_of are rules_s33c/s33c_print.py's, imported. The printed strings
are s34c_lib's Tab cells; nothing here reads the parser.

Table options (Tab.opt, from the document's style): split = the index of the first money column printed on the next page
(a table too wide for one page), repeat = the code and name columns printed again beside the second part, cont = a line
above the second part ("续表"); wrap = how a name longer than name_w CJK characters is printed: "overflow" (whole, into
the first figure column), "first" (figures beside the first piece), "around" (figures between the pieces), "below"
(code and figures on a line, the name's pieces under it); gap = spaces between money columns (1 or 2)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "rules_s33c"))
from minipdf import MiniCanvas, stringWidth  # noqa: E402
from s33c_print import cut, dw, front, head_cells, label_of  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)


def parts_of(t):
    """[(column indexes, continued)] of a table: one part, or two when it is split."""
    n = len(t.cols)
    sp = t.opt.get("split")
    if not sp:
        return [(list(range(n)), False)]
    money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
    labels = [j for j in range(n) if t.cols[j].kind != "money"]
    first = labels + money[:sp]
    second = (labels if t.opt.get("repeat") else []) + money[sp:]
    return [(first, False), (second, True)]


class Sub:
    """A part of a table: its columns only."""

    def __init__(self, t, idx):
        self.cols = [t.cols[j] for j in idx]
        self.idx = idx


# ============================================================================================ layout text
class Text:
    def __init__(self, doc):
        self.doc, self.lines, self.page = doc, [], 0

    def new_page(self):
        if self.lines:
            self.lines.append("")
            self.lines.append(" " * 60 + self.doc["style"].get("footer", "- {n} -").format(n=self.page))
            self.lines.append("\f")
        self.page += 1

    def para(self, text, heading=False):
        if heading:
            self.lines.append(text)
            return
        s = "    " + text
        while s:
            self.lines.append(s[:44])
            s = s[44:]

    def centre(self, text, width):
        self.lines.append(" " * max(0, (width - dw(text)) // 2) + text)

    def widths(self, t, sub):
        st = self.doc["style"]
        gap = t.opt.get("gap", st.get("gap", 2))
        out = []
        for j in sub.idx:
            c = t.cols[j]
            cells = [r["cells"][j] for r in t.rows]
            if c.kind == "name":
                out.append(2 * st.get("name_w", 12) + 2)
            elif c.kind in ("lname", "rname"):
                out.append(max(dw(x) for x in cells) + 3)
            elif c.kind == "money":
                out.append(max([len(x) for x in cells] + [6]) + gap)
            else:
                out.append(max([len(x) for x in cells] + [dw(c.head[-1])]) + 2)
        xs = [0]
        for w in out:
            xs.append(xs[-1] + w)
        return xs

    @staticmethod
    def place(cells):
        out = ""
        for x, w, text, align in sorted(cells, key=lambda c: c[0]):
            if not text:
                continue
            pos = (
                x + w - len(text)
                if align == "right"
                else (x + max(0, (w - dw(text)) // 2) if align == "centre" else x)
            )
            pos = max(pos, len(out) + (1 if out else 0))
            out += " " * (pos - len(out)) + text
        return out.rstrip()

    def header(self, sub, xs):
        rows = head_cells(sub)
        depth = len(rows)
        spans, lines_at = [], [1] * depth
        for r, cells in enumerate(rows):
            for j, k, text in cells:
                deeper = any(len(sub.cols[q].head) > r + 1 for q in range(j, k + 1))
                pieces = cut(text, max(1, (xs[k + 1] - xs[j] - 1) // 2))
                spans.append((r, r + 1 if deeper else depth, j, k, pieces))
                if deeper:
                    lines_at[r] = max(lines_at[r], len(pieces))
        for r0, r1, _j, _k, pieces in spans:
            room = sum(lines_at[r0:r1])
            if len(pieces) > room:
                lines_at[r1 - 1] += len(pieces) - room
        start = [sum(lines_at[:r]) for r in range(depth)]
        grid = {}
        for r0, r1, j, k, pieces in spans:
            a, b = start[r0], start[r1 - 1] + lines_at[r1 - 1]
            top = a + (b - a - len(pieces)) // 2
            for q, piece in enumerate(pieces):
                grid.setdefault(top + q, []).append((xs[j], xs[k + 1] - xs[j], piece, "centre"))
        for q in range(sum(lines_at)):
            self.lines.append(self.place(grid.get(q, [])))

    def table(self, n, t):
        doc = self.doc
        parts = parts_of(t)
        for p, (idx, cont) in enumerate(parts):
            sub = Sub(t, idx)
            xs = self.widths(t, sub) if t.kind != "empty" else [0, 80]
            full = max(xs[-1], 60)
            if p:
                self.new_page()
                if t.opt.get("cont"):
                    self.lines.append(t.opt["cont"])
                if t.opt.get("cont_unit", True):
                    self.lines.append(" " * max(2, full - 6) + f"单位：{t.unit}")
            else:
                label = label_of(doc, n)
                self.lines.append(label)
                self.centre(t.title, full)
                left, unit = f"编制单位：{doc['org']}", f"单位：{t.unit}"
                self.lines.append(left + " " * max(2, full - dw(left) - dw(unit)) + unit)
            if t.kind == "empty":
                self.lines.append("")
                self.centre(t.empty, full)
                return
            if t.kind == "two":
                self.two(t, sub, xs)
                continue
            self.header(sub, xs)
            for r in t.rows:
                self.row(t, sub, xs, r)

    def two(self, t, sub, xs):
        hsub = Sub(t, sub.idx)
        hsub.cols = [
            type(c)(
                ("收入" if c.head[0] == "L" else "支出",)
                + (("项目",) if c.kind in ("lname", "rname") else c.head[1:])
            )
            for c in sub.cols
        ]
        self.header(hsub, xs)
        for r in t.rows:
            cells = []
            for q, j in enumerate(sub.idx):
                c = t.cols[j]
                cells.append(
                    (xs[q], xs[q + 1] - xs[q], r["cells"][j], "right" if c.kind == "money" else "left")
                )
            self.lines.append(self.place(cells))

    def row(self, t, sub, xs, r):
        st = self.doc["style"]
        mode = t.opt.get("wrap", st.get("wrap", "overflow"))
        nw = st.get("name_w", 12)
        nj = next((j for j, c in enumerate(t.cols) if c.kind == "name"), None)
        name = r["cells"][nj] if nj is not None else ""
        pieces = [name] if mode == "overflow" or dw(name) <= 2 * nw else cut(name, nw)
        name_q = sub.idx.index(nj) if nj in sub.idx else None
        main = []
        for q, j in enumerate(sub.idx):
            c = t.cols[j]
            if c.kind != "name":
                main.append(
                    (xs[q], xs[q + 1] - xs[q], r["cells"][j], "right" if c.kind == "money" else "left")
                )
        x, w = (xs[name_q], xs[name_q + 1] - xs[name_q]) if name_q is not None else (0, 0)

        def at(p):
            return [(x, w, p, "left")] if name_q is not None else []

        if len(pieces) == 1:
            self.lines.append(self.place(main + at(pieces[0])))
        elif mode == "first":
            self.lines.append(self.place(main + at(pieces[0])))
            self.lines += [self.place(at(p)) for p in pieces[1:]]
        elif mode == "below":
            self.lines.append(self.place(main))
            self.lines += [self.place(at(p)) for p in pieces]
        else:  # around
            self.lines.append(self.place(at(pieces[0])))
            if len(pieces) >= 3:
                self.lines.append(self.place(main + at(pieces[1])))
                rest = pieces[2:]
            else:
                self.lines.append(self.place(main))
                rest = pieces[1:]
            self.lines += [self.place(at(p)) for p in rest]


def write_text(path, doc, tabs, narrative):
    tx = Text(doc)
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
        self.c = MiniCanvas(path, PORT, producer="rules_s34c gen.py")
        self.size, self.page, self.y = PORT, 0, 0

    def new_page(self, size=PORT):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - 50

    def footer(self):
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(
            self.size[0] / 2, 28, self.doc["style"].get("footer", "第 {n} 页").format(n=self.page)
        )

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

    def widths(self, t, sub, fs):
        st = self.doc["style"]
        out = []
        for j in sub.idx:
            c = t.cols[j]
            cells = [r["cells"][j] for r in t.rows]
            if c.kind == "name":
                out.append(st.get("name_w", 12) * fs + 8)
            elif c.kind in ("lname", "rname"):
                out.append(max(stringWidth(x, None, fs) for x in cells) + 10)
            elif c.kind == "money":
                out.append(
                    max([stringWidth(x, None, fs) for x in cells] + [4 * fs])
                    + t.opt.get("pad", st.get("pad", 8))
                )
            else:
                out.append(
                    max([stringWidth(x, None, fs) for x in cells] + [stringWidth(c.head[-1], None, fs)]) + 8
                )
        return out

    def table(self, n, t):
        doc = self.doc
        fs = t.opt.get("font", doc["style"].get("font", 8))
        size = LAND if t.opt.get("landscape") else PORT
        for p, (idx, cont) in enumerate(parts_of(t)):
            sub = Sub(t, idx)
            self.new_page(size) if (p or self.size != size) else None
            if t.kind == "empty":
                widths = [400]
            elif t.kind == "two":
                widths = self.widths(t, sub, fs)
            else:
                widths = self.widths(t, sub, fs)
            total = sum(widths)
            x0 = (size[0] - total) / 2
            if p:
                if t.opt.get("cont"):
                    self.text(t.opt["cont"], 10, x=x0)
                self.c.setFont("STSong-Light", 9)
                self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
                self.y -= 12
            else:
                self.text(label_of(doc, n), 10, x=x0)
                self.text(t.title, 15, centre=True)
                self.c.setFont("STSong-Light", 9)
                self.c.drawString(x0, self.y, f"编制单位：{doc['org']}")
                self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
                self.y -= 10
            if t.kind == "empty":
                self.y -= 30
                self.text(t.empty, 11, centre=True)
                return
            if t.kind == "two":
                hsub = Sub(t, idx)
                hsub.cols = [
                    type(c)(
                        ("收入" if c.head[0] == "L" else "支出",)
                        + (("项目",) if c.kind in ("lname", "rname") else c.head[1:]),
                        c.key,
                        c.kind,
                    )
                    for c in sub.cols
                ]
                self.head(hsub, x0, widths, fs)
            else:
                self.head(sub, x0, widths, fs)
            for r in t.rows:
                self.row(t, sub, x0, widths, fs, r, size)
            self.y -= 14

    def row(self, t, sub, x0, widths, fs, r, size):
        st = self.doc["style"]
        mode = t.opt.get("wrap", st.get("wrap", "overflow"))
        nw = st.get("name_w", 12)
        name = next((r["cells"][j] for j, c in enumerate(t.cols) if c.kind == "name"), "")
        pieces = [name] if mode == "overflow" or dw(name) <= 2 * nw else cut(name, nw)
        lh = fs + 3
        h = len(pieces) * lh + 6
        if self.y - h < 50:
            self.new_page(size)
            self.head(sub, x0, widths, fs)
        top = self.y
        self.c.setFont("STSong-Light", fs)
        x = x0
        for q, j in enumerate(sub.idx):
            c, w, cell = t.cols[j], widths[q], r["cells"][j]
            if c.kind == "name":
                for k, piece in enumerate(pieces):
                    self.c.drawString(x + 3, top - 3 - fs - k * lh + 1, piece)
            elif cell:
                yy = top - 3 - fs + 1 if mode in ("first", "overflow") else top - h / 2 - fs / 2 + 1
                if c.kind == "money":
                    self.c.drawRightString(x + w - 3, yy, cell)
                else:
                    self.c.drawString(x + 3, yy, cell)
            x += w
        c = self.c
        c.setLineWidth(0.5)
        c.line(x0, top - h, x0 + sum(widths), top - h)
        if not st.get("hrules_only"):
            x = x0
            for w in [0] + widths:
                x += w
                c.line(x, top, x, top - h)
        self.y = top - h

    def head(self, sub, x0, widths, fs):
        c = self.c
        rows = head_cells(sub)
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
                deeper = any(len(sub.cols[q].head) > r + 1 for q in range(j, k + 1))
                span = 1 if deeper else len(rows) - r
                y_top = top - r * rh
                y_bot = y_top - span * rh
                cx = (xs[j] + xs[k + 1]) / 2
                pieces = cut(text, max(1, int((xs[k + 1] - xs[j] - 4) // fs)))
                y0 = (y_top + y_bot) / 2 + (len(pieces) - 1) * (fs + 2) / 2 - fs / 2 + 1
                for q, piece in enumerate(pieces):
                    c.drawCentredString(cx, y0 - q * (fs + 2), piece)
                c.line(xs[j], y_bot, xs[k + 1], y_bot)
                c.line(xs[j], y_top, xs[j], y_bot)
                c.line(xs[k + 1], y_top, xs[k + 1], y_bot)
        self.y = top - len(rows) * rh


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

    front(doc, tabs, narrative, emit_line, p.table, lambda: p.new_page(PORT), p.para)
    p.footer()
    p.c.showPage()
    p.c.save()
