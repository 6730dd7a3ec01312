"""Print a rules_s35c document (gen.py only): plain pdftotext text (a row a line, blank cells dropped, header cells
one a line), pdftotext -layout text (each word at the CHARACTER index of its column) or a PDF (ruled rows, drawn with
../rules_s33c/minipdf.py). Long tables run over pages: the header repeated on each page (after "续表" where the doc
says so), a page footer, a row's wrapped name split over the page break where the doc says so."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "rules_s33c"))
from minipdf import A4, MiniCanvas, landscape  # noqa: E402


def pieces(text, n):
    return [text[i : i + n] for i in range(0, len(text), n)] or [""]


def para_lines(text, n=40):
    out = []
    while text:
        cut = min(n, len(text))
        while cut < len(text) and text[cut] in "，。；、）：%0123456789.,":
            cut += 1
        out.append(text[:cut])
        text = text[cut:]
    return out


class Layout:
    """Column geometry of a table in characters: name columns wrap at their width."""

    def __init__(self, t, doc):
        mw = 15 if t.unit == "元" else 11
        self.w = []
        for j, k in enumerate(t.kinds):
            if k == "money":
                self.w.append(mw)
            elif k == "code":
                self.w.append(8)
            elif k == "name":
                self.w.append(doc.get("namew", 16) if t.kind != "two" else 16)
            else:
                self.w.append(doc.get("textw", 12))
        self.gap = 2

    def x(self, j):
        return sum(self.w[:j]) + self.gap * j


def row_lines(t, r, doc):
    """The row's cells as printed lines: name / text cells wrapped at their width; figures on the first line."""
    lay = Layout(t, doc)
    cols = []
    for j, cell in enumerate(r.cells):
        if t.kinds[j] in ("name", "text") and cell:
            cols.append(pieces(cell, lay.w[j]))
        else:
            cols.append([cell])
    n = max(len(c) for c in cols)
    return [[c[i] if i < len(c) else "" for c in cols] for i in range(n)]


def paginate(t, doc, first_room):
    """[(lines)] per page: every row's lines; a row split over a page break only where doc['split_rows']."""
    rpp = doc.get("rpp", 40)
    pages, cur, room = [], [], first_room
    for r in t.rows:
        ls = row_lines(t, r, doc)
        if len(ls) > room and not (doc.get("split_rows") and len(ls) > 1 and room >= 1):
            pages.append(cur)
            cur, room = [], rpp
        for line in ls:
            if room <= 0:
                pages.append(cur)
                cur, room = [], rpp
            cur.append(line)
            room -= 1
    pages.append(cur)
    return pages


def head_lines_layout(t, doc):
    lay = Layout(t, doc)
    parts = [h.split("\n") for h in t.heads]
    n = max(len(p) for p in parts)
    out = []
    for i in range(n):
        cells = []
        for j, p in enumerate(parts):
            k = i - (n - len(p))
            if 0 <= k < len(p):
                cells.append((p[k], lay.x(j), lay.w[j]))
        out.append(place(cells, centre=True))
    return out


def place(cells, centre=False, kinds=None):
    out = ""
    for i, (text, x, w) in enumerate(cells):
        if not text:
            continue
        if kinds and kinds[i] == "money":
            x = x + w - len(text)
        elif centre:
            x = x + max(0, (w - len(text)) // 2)
        need = len(out) + (1 if out else 0)
        x = max(x, need)
        out = out.ljust(x) + text
    return out.rstrip()


def table_text(t, doc, layout):
    """Lines of a table (with \f page breaks)."""
    lay = Layout(t, doc)
    width = lay.x(len(t.kinds))
    out = ["\f", t.title.center(width // 2 + len(t.title)).rstrip() if layout else t.title]
    out.append((" " * max(0, width - 8) + f"单位：{t.unit}") if layout else f"单位：{t.unit}")
    if not t.rows:
        out.append(f"注：{doc['org']}{doc['year']}年无政府性基金预算财政拨款收支，故本表无数据。")
        return out
    heads = head_lines_layout(t, doc) if layout else [x for h in t.heads for x in [h.replace("\n", "")]]
    pages = paginate(t, doc, doc.get("rpp", 40) - 4)
    for p, lines in enumerate(pages):
        if p:
            out.append(foot(doc, layout, width))
            out.append("\f")
            if doc.get("cont") == "续表":
                out.append("续表" if not layout else " " * (width - 4) + "续表")
            elif doc.get("cont") == "title":
                out.append(f"{t.title}（续）")
        out += heads
        for line in lines:
            if layout:
                out.append(place([(c, lay.x(j), lay.w[j]) for j, c in enumerate(line)], kinds=t.kinds))
            else:
                out.append(" ".join(c for c in line if c))
    out.append(foot(doc, layout, width))
    return out


def foot(doc, layout, width):
    doc["_page"] = doc.get("_page", 4) + 1
    s = doc.get("footer", "第 {n} 页").format(n=doc["_page"])
    return s.center(width // 2 + len(s)).rstrip() if layout else s


def doc_lines(doc, tabs, text, layout):
    u = doc["org"]
    cover = [
        f"{u}",
        f"{doc['year']}年{'部门决算' if doc['kind'] == 'final_account' else '部门预算'}",
        "",
        doc["date"],
        "\f",
        "目  录",
    ]
    cover += [
        "第一部分 部门概况",
        "第二部分 " + ("部门决算情况说明" if doc["kind"] == "final_account" else "部门预算情况说明"),
        "第三部分 名词解释",
        "第四部分 附表",
    ]
    cover += [f"  {i + 1}.{t.title}" for i, t in enumerate(tabs)]
    out = cover + ["\f"]
    n = 0
    for s, head in text:
        for line in [s] if head else para_lines(s, 40 if not layout else 38):
            out.append(line if head or layout is False else "  " + line)
            n += 1
            if n % 42 == 0:
                out += ["\f"]
    for t in tabs:
        out += table_text(t, doc, layout)
    return out


def write_text(path, doc, tabs, text):
    lines = doc_lines(doc, tabs, text, path.endswith(".layout.txt"))
    s = "\n".join(lines).replace("\n\f\n", "\n\f")
    Path(path).write_text(s.lstrip("\n") + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------- PDF
class Pdf:
    def __init__(self, path, doc):
        self.doc = doc
        self.c = MiniCanvas(path, A4, producer="rules_s35c gen.py")
        self.size = A4
        self.page = 0
        self.y = A4[1] - 60

    def new_page(self, size=A4):
        if self.page:
            self.c.setFont("STSong-Light", 9)
            self.c.drawCentredString(
                self.size[0] / 2, 28, self.doc.get("footer", "- {n} -").format(n=self.page)
            )
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - 60

    def line(self, text, fs=10.5, x=60, centre=False):
        if self.y < 70:
            self.new_page(self.size)
        self.c.setFont("STSong-Light", fs)
        if centre:
            self.c.drawCentredString(self.size[0] / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= fs + 7

    def table(self, t):
        size = landscape(A4) if len(t.kinds) > 6 else A4
        self.new_page(size)
        self.line(t.title, 14, centre=True)
        self.c.setFont("STSong-Light", 9)
        self.c.drawRightString(size[0] - 40, self.y, f"单位：{t.unit}")
        self.y -= 14
        if not t.rows:
            self.line(
                f"注：{self.doc['org']}{self.doc['year']}年无政府性基金预算财政拨款收支，故本表无数据。", 9
            )
            return
        fs = 7.5
        lay = Layout(t, self.doc)
        ws = [w * fs * 1.0 + 8 for w in lay.w]
        k = min(1.0, (size[0] - 70) / sum(ws))
        ws = [w * k for w in ws]
        x0 = (size[0] - sum(ws)) / 2
        xs = [x0]
        for w in ws:
            xs.append(xs[-1] + w)
        lh = fs + 3
        c = self.c

        def head():
            parts = [h.split("\n") for h in t.heads]
            n = max(len(p) for p in parts)
            h = n * lh + 6
            c.setFont("STSong-Light", fs)
            for j, p in enumerate(parts):
                c.rect(xs[j], self.y - h, ws[j], h)
                top = self.y - (h - len(p) * lh) / 2
                for i, s in enumerate(p):
                    c.drawCentredString((xs[j] + xs[j + 1]) / 2, top - (i + 1) * lh + 2, s)
            self.y -= h

        c.setLineWidth(0.5)
        head()
        for r in t.rows:
            ls = row_lines(t, r, self.doc)
            h = len(ls) * lh + 4
            split = self.doc.get("split_rows") and len(ls) > 1 and self.y - lh - 4 > 50 > self.y - h
            if self.y - h < 50 and not split:
                self.new_page(size)
                if self.doc.get("cont") == "续表":
                    self.c.setFont("STSong-Light", 9)
                    self.c.drawRightString(size[0] - 40, self.y, "续表")
                    self.y -= 14
                head()
            chunks = [ls]
            if split:
                fit = int((self.y - 50 - 4) // lh)
                chunks = [ls[:fit], ls[fit:]]
            for ci, chunk in enumerate(chunks):
                if ci:
                    self.new_page(size)
                    head()
                h = len(chunk) * lh + 4
                c.setFont("STSong-Light", fs)
                for j in range(len(t.kinds)):
                    c.rect(xs[j], self.y - h, ws[j], h)
                for i, line in enumerate(chunk):
                    y = self.y - (i + 1) * lh + 1
                    for j, s in enumerate(line):
                        if not s:
                            continue
                        if t.kinds[j] == "money":
                            c.drawRightString(xs[j + 1] - 3, y, s)
                        else:
                            c.drawString(xs[j] + 3, y, s)
                self.y -= h

    def save(self):
        self.new_page()
        self.c.save()


def write_pdf(path, doc, tabs, text):
    p = Pdf(path, doc)
    p.new_page()
    p.y -= 200
    p.line(doc["org"], 22, centre=True)
    p.line(f"{doc['year']}年{'部门决算' if doc['kind'] == 'final_account' else '部门预算'}", 22, centre=True)
    p.y -= 200
    p.line(doc["date"], 14, centre=True)
    p.new_page()
    p.line("目  录", 16, centre=True)
    for s in ["第一部分 部门概况", "第二部分 情况说明", "第三部分 名词解释", "第四部分 附表"] + [
        f"{i + 1}.{t.title}" for i, t in enumerate(tabs)
    ]:
        p.line(s, 10.5)
    p.new_page()
    for s, head in text:
        if head:
            p.line(s, 12 if s.startswith("第") else 10.5)
        else:
            for i, piece in enumerate(para_lines(s, 38)):
                p.line(piece, 10.5, x=60 + (21 if i == 0 else 0))
    for t in tabs:
        p.table(t)
    p.save()
