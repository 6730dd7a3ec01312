"""Print the rules_s34d reports (gen.py only): as plain pdftotext text (one header cell a line, a row's cells on one
line, blank cells dropped), as pdftotext -layout text (each word at the character index of its column, a CJK
character one column), and as PDFs drawn with rules_s33c's minipdf.py (imported, not copied). The page model:
cover, 目录 (one or two pages), 说明 pages, one table a page, 名词解释; a table's label, title (its prefix, its
wrap), 编制单位 line as doc["style"] says. The printed strings are s34d_lib's Tab cells; nothing reads the parser."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "rules_s33c"))
from minipdf import MiniCanvas, stringWidth  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
CN = "一二三四五六七八九十"


def dw(text):
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def head_cells(t):
    """Header cells per header row: [(first col, last col, text)], equal paths merged."""
    h = max(len(p) for p in t.heads)
    rows = []
    for r in range(h):
        cells, j = [], 0
        while j < len(t.heads):
            p = t.heads[j]
            if len(p) > r:
                k = j
                while (
                    k + 1 < len(t.heads) and len(t.heads[k + 1]) > r and t.heads[k + 1][: r + 1] == p[: r + 1]
                ):
                    k += 1
                cells.append((j, k, p[r]))
                j = k + 1
            else:
                j += 1
        rows.append(cells)
    return rows


def title_lines(doc, t):
    """The lines printing a table's label and title, as the report's style puts them."""
    st = doc["style"]
    label = st.get("label", "表{n}").format(n=t.no, cn=CN[t.no - 1])
    title = st.get("prefixes", {}).get(t.key, st.get("prefix", "")) + t.title
    wrap = st.get("wrap", {}).get(t.key)
    pos = st.get("label_pos", "above")
    if pos == "before":
        title = label + ("" if label.endswith("、") else " ") + title
    elif pos == "after":
        title = title + label
    lines = [title[:wrap], title[wrap:]] if wrap else [title]
    return ([label] if pos == "above" else []) + lines


def toc_entries(doc, tabs):
    """(text, anchor): anchor 'n<i>' a 说明 page, 't<no>' a table, 'g' the 名词解释, None none."""
    out = []
    for text, anchor in doc["toc"]:
        if text == "{tables}":
            st = doc["style"]
            for t in tabs:
                label = st.get("label", "表{n}").format(n=t.no, cn=CN[t.no - 1])
                title = st.get("prefixes", {}).get(t.key, st.get("prefix", "")) + t.title
                pos = st.get("label_pos", "above")
                s = (
                    f"{title}{label}"
                    if pos == "after"
                    else label + ("" if label.endswith("、") else " ") + title
                )
                out.append(("    " + s, f"t{t.no}"))
        else:
            out.append((text, anchor))
    return out


def pages_of(doc, tabs):
    """[(kind, payload)] per page: cover | toc(i) | narr(i) | table(t, with_title) | gloss; a table whose title
    sits at the bottom of the page before is ('table', t, False) and the page before carries ('title', t)."""
    pages = [[("cover",)]]
    ntoc = 2 if doc["style"].get("toc_split") else 1
    for i in range(ntoc):
        pages.append([("toc", i)])
    for i in range(len(doc["narr"])):
        pages.append([("narr", i)])
    apart = doc["style"].get("apart", ())
    for t in tabs:
        if t.key in apart:
            pages[-1].append(("title", t))
            pages.append([("body", t)])
        else:
            pages.append([("title", t), ("body", t)])
    pages.append([("gloss",)])
    anchors = {}
    for n, page in enumerate(pages):
        for item in page:
            if item[0] == "narr":
                anchors[f"n{item[1]}"] = n
            elif item[0] == "title":
                anchors[f"t{item[1].no}"] = n
            elif item[0] == "gloss":
                anchors["g"] = n
    return pages, anchors


def toc_line(text, page, st, layout, width=90):
    if page is None or not st.get("toc_pages", True):
        return text
    if st.get("toc_dots", True):
        n = max(4, (width - dw(text) - 4) // 2)
        return f"{text}{'…' * n}{page}"
    return f"{text}{' ' * max(2, width - len(text) - 4)}{page}" if layout else f"{text} {page}"


# ============================================================================================ text
class Text:
    def __init__(self, doc, layout):
        self.doc, self.layout, self.lines = doc, layout, []
        self.width = 96

    def centre(self, text, width=None):
        if not self.layout:
            self.lines.append(text.strip())
            return
        width = width or self.width
        self.lines.append(" " * max(0, (width - dw(text)) // 2) + text)

    def para(self, text, heading):
        if heading:
            self.lines.append(text)
            return
        w = 46
        s = ("    " if self.layout else "") + text
        while s:
            self.lines.append(s[:w])
            s = s[w:]

    def geometry(self, t):
        widths = []
        for j in range(len(t.heads)):
            w = max(min(dw(p), 16) for p in t.heads[j])
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
                pos = x + max(0, (w - len(text)) // 2)
            else:
                pos = x
            pos = max(pos, len(out) + (1 if out else 0))
            out += " " * (pos - len(out)) + text
        return out.rstrip()

    def title(self, t):
        xs = self.geometry(t)
        full = max(xs[-1], 60)
        st = self.doc["style"]
        for line in title_lines(self.doc, t):
            if st.get("label_pos", "above") == "above" and line == title_lines(self.doc, t)[0]:
                self.lines.append(line)
            else:
                self.centre(line, full)
        org = st.get("org_line", "编制单位：{org}")
        left = org.format(org=self.doc["org"]) if org else ""
        unit = f"单位：{t.unit}"
        if self.layout:
            self.lines.append(left + " " * max(2, full - dw(left) - dw(unit)) + unit)
        else:
            self.lines += [x for x in (left, unit) if x]

    def body(self, t):
        xs = self.geometry(t)
        for cells in head_cells(t):
            if not self.layout:
                self.lines += [text for _j, _k, text in cells]
                continue
            self.lines.append(
                self.place([(xs[j], xs[k + 1] - xs[j], text, "centre") for j, k, text in cells])
            )
        if t.empty is not None:
            self.lines.append("")
            self.lines.append(t.empty)
            return
        for r in t.rows:
            if not self.layout:
                line = " ".join(x for x in r if x)
            else:
                line = self.place(
                    [
                        (
                            xs[j],
                            xs[j + 1] - xs[j],
                            r[j],
                            "right" if t.kinds[j] in ("money", "rowno") else "left",
                        )
                        for j in range(len(r))
                    ]
                )
            if line:
                self.lines.append(line)


def write_text(path, docs, layout):
    """docs: [(doc, tabs)] printed one after another (a file holding two reports)."""
    out = []
    for doc, tabs in docs:
        out += render_text(doc, tabs, layout)
    Path(path).write_text("\n".join(out).replace("\n\f\n", "\n\f"), encoding="utf-8")


def render_text(doc, tabs, layout):
    tx = Text(doc, layout)
    pages, anchors = pages_of(doc, tabs)
    st = doc["style"]
    toc = toc_entries(doc, tabs)
    split = st.get("toc_split")
    for n, page in enumerate(pages):
        if n > 0 and st.get("running"):  # a running page header atop every page but the cover
            tx.lines.append((" " * 50 if layout else "") + st["running"])
        for item in page:
            kind = item[0]
            if kind == "cover":
                for text in doc["cover"]:
                    tx.lines += ["", ""]
                    tx.centre(text, 80)
            elif kind == "toc":
                part = toc if not split else (toc[:split] if item[1] == 0 else toc[split:])
                if item[1] == 0:
                    tx.centre(st.get("toc_head", "目  录"), 80)
                    tx.lines.append("")
                for text, anchor in part:
                    tx.lines.append(toc_line(text, anchors.get(anchor), st, layout))
            elif kind == "narr":
                for text, heading in doc["narr"][item[1]]:
                    tx.para(text, heading)
            elif kind == "title":
                if item is not page[0]:
                    tx.lines += ["", ""]
                tx.title(item[1])
            elif kind == "body":
                tx.body(item[1])
            elif kind == "gloss":
                tx.centre("名词解释", 80)
                for text in doc["gloss"]:
                    tx.para(text, False)
        if n > 0 and st.get("footer"):
            tx.lines.append("")
            tx.lines.append((" " * 44 if layout else "") + st["footer"].format(n=n))
        tx.lines.append("\f")
    return tx.lines


# ============================================================================================ PDF
class Pdf:
    def __init__(self, path, doc):
        self.doc = doc
        self.c = MiniCanvas(path, PORT, producer="rules_s34d gen.py")
        self.size = PORT
        self.page = 0
        self.y = 0

    def new_page(self, size=PORT):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - 56

    def footer(self, n):
        foot = self.doc["style"].get("footer")
        if foot and n > 0:
            self.c.setFont("STSong-Light", 9)
            self.c.drawCentredString(self.size[0] / 2, 30, foot.format(n=n))

    def text(self, s, size=10.5, x=None, centre=False):
        self.c.setFont("STSong-Light", size)
        if centre:
            self.c.drawCentredString(self.size[0] / 2, self.y, s)
        else:
            self.c.drawString(x if x is not None else 56, self.y, s)
        self.y -= size + 7

    def para(self, s, heading):
        size = 10.5
        n = int((self.size[0] - 112) // size)
        first = True
        while s:
            ind = 0 if heading or not first else 2
            piece, s = s[: n - ind], s[n - ind :]
            self.text(piece, size, x=56 + ind * size)
            first = False

    def widths(self, t, fs):
        out = []
        for j in range(len(t.heads)):
            w = max(min(stringWidth(p, None, fs), 7 * fs) for p in t.heads[j])
            for r in t.rows:
                w = max(w, stringWidth(r[j], None, fs))
            out.append(w + 10)
        return out

    def geometry(self, t):
        fs = 8.5
        widths = self.widths(t, fs)
        avail = self.size[0] - 72
        if sum(widths) > avail:
            widths = [w * avail / sum(widths) for w in widths]
        x0 = (self.size[0] - sum(widths)) / 2
        return fs, widths, x0

    def title(self, t):
        fs, widths, x0 = self.geometry(t)
        st = self.doc["style"]
        lines = title_lines(self.doc, t)
        for i, line in enumerate(lines):
            if i == 0 and st.get("label_pos", "above") == "above":
                self.text(line, 10, x=x0)
            else:
                self.text(line, 15, centre=True)
        org = st.get("org_line", "编制单位：{org}")
        self.c.setFont("STSong-Light", 9)
        if org:
            self.c.drawString(x0, self.y, org.format(org=self.doc["org"]))
        self.c.drawRightString(x0 + sum(widths), self.y, f"单位：{t.unit}")
        self.y -= 10

    def body(self, t):
        fs, widths, x0 = self.geometry(t)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        c = self.c
        rows = head_cells(t)
        rh = 2 * (fs + 2) + 7
        top = self.y
        c.setLineWidth(0.5)
        c.line(x0, top, xs[-1], top)
        c.setFont("STSong-Light", fs)
        for r, cells in enumerate(rows):
            for j, k, text in cells:
                deeper = any(len(t.heads[q]) > r + 1 for q in range(j, k + 1))
                span = 1 if deeper else len(rows) - r
                y_top = top - r * rh
                y_bot = y_top - span * rh
                per = max(1, int((xs[k + 1] - xs[j] - 4) // fs))
                pieces = [text[i : i + per] for i in range(0, len(text), per)]
                y0 = (y_top + y_bot) / 2 + (len(pieces) - 1) * (fs + 2) / 2 - fs / 2 + 1
                for q, piece in enumerate(pieces):
                    c.drawCentredString((xs[j] + xs[k + 1]) / 2, y0 - q * (fs + 2), piece)
                c.line(xs[j], y_bot, xs[k + 1], y_bot)
                c.line(xs[j], y_top, xs[j], y_bot)
                c.line(xs[k + 1], y_top, xs[k + 1], y_bot)
        self.y = top - len(rows) * rh
        if t.empty is not None:
            self.y -= 24
            self.text(t.empty, 10.5, x=x0)
            return
        h = fs + 9
        for r in t.rows:
            top = self.y
            c.setFont("STSong-Light", fs)
            for j, cell in enumerate(r):
                yy = top - (h - fs) / 2 - fs + 1.5
                if cell:
                    if t.kinds[j] in ("money", "rowno"):
                        c.drawRightString(xs[j + 1] - 3, yy, cell)
                    else:
                        c.drawString(xs[j] + 3, yy, cell)
            c.line(x0, top - h, xs[-1], top - h)
            for x in xs:
                c.line(x, top, x, top - h)
            self.y = top - h


def write_pdf(path, doc, tabs):
    p = Pdf(path, doc)
    pages, anchors = pages_of(doc, tabs)
    st = doc["style"]
    toc = toc_entries(doc, tabs)
    split = st.get("toc_split")
    wide = set(st.get("landscape", ()))
    for n, page in enumerate(pages):
        body = next((i[1] for i in page if i[0] == "body"), None)
        p.new_page(LAND if body is not None and body.key in wide else PORT)
        for item in page:
            kind = item[0]
            if kind == "cover":
                for i, text in enumerate(doc["cover"]):
                    p.y = 620 - 48 * i
                    p.text(text, 24 if i < len(doc["cover"]) - 1 else 18, centre=True)
            elif kind == "toc":
                part = toc if not split else (toc[:split] if item[1] == 0 else toc[split:])
                if item[1] == 0:
                    p.text(st.get("toc_head", "目  录"), 16, centre=True)
                for text, anchor in part:
                    pg = anchors.get(anchor)
                    s = text.strip()
                    x = 80 if text.startswith(" ") else 56
                    p.c.setFont("STSong-Light", 10.5)
                    p.c.drawString(x, p.y, s)
                    if pg is not None and st.get("toc_pages", True):
                        if st.get("toc_dots", True):
                            left = x + stringWidth(s, None, 10.5) + 4
                            right = p.size[0] - 80
                            n_dots = int((right - left) // 10.5)
                            p.c.drawString(left, p.y, "…" * n_dots)
                        p.c.drawRightString(p.size[0] - 60, p.y, str(pg))
                    p.y -= 18
            elif kind == "narr":
                for text, heading in doc["narr"][item[1]]:
                    p.para(text, heading)
            elif kind == "title":
                if item is not page[0]:
                    p.y = min(p.y - 30, 150)
                p.title(item[1])
            elif kind == "body":
                p.body(item[1])
            elif kind == "gloss":
                p.text("名词解释", 16, centre=True)
                for text in doc["gloss"]:
                    p.para(text, False)
        p.footer(n)
    p.c.showPage()
    p.c.save()
