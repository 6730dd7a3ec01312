"""Draw a rules_s41c report as a PDF (../rules_s33c/minipdf.py imported: STSong-Light, one text object per cell): a
cover, a 目录, the 说明 on portrait pages, each table on new landscape pages under a full grid — title, the 编制单位 /
单位 line (doc style "unit_line": "both" 编制单位 left + 单位 right, "right" 单位 alone at the right, "title" 单位 in
brackets under the title), a one- or two-level header (a "group/sub" head spans its group), rows 16 pt high, names
indented by level (style "indent": "", "  " or "　"), names longer than the cell (style "name_w" em) wrapped over two
lines with the code and figures on the middle ("mid") or the first line ("top", style "fig_pos"); a table longer
than the page runs on to the next page with the header again or not (style "repeat_head") and "续表" (style
"cont"); an empty table prints its header, no rows, and its words under the grid (or only its words: style
"empty_head" False). The .txt / .layout.txt renditions are the real pdftotext's output of these PDFs (gen.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
from minipdf import MiniCanvas, stringWidth  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
LM, TOP, ROWH = 40.0, 60.0, 16.0


def em(text):
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def wrap_para(text, n):
    """Lines of at most n em; an ASCII run (a figure) is never cut."""
    out, cur, i = [], "", 0
    while i < len(text):
        j = i + 1
        if ord(text[i]) < 128:
            while j < len(text) and ord(text[j]) < 128:
                j += 1
        piece = text[i:j]
        if em(cur + piece) > n and cur:
            out.append(cur)
            cur = ""
        cur += piece
        i = j
    out += [cur] if cur else []
    for k in range(1, len(out)):  # no line opens with closing punctuation (it stays at the line before's end)
        while out[k] and out[k][0] in "。，；：、）%":
            out[k - 1] += out[k][0]
            out[k] = out[k][1:]
    return [ln for ln in out if ln]


def cut(text, n):
    out, cur = [], ""
    for ch in text:
        if em(cur + ch) > n:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


class Pdf:
    def __init__(self, path, doc):
        self.c = MiniCanvas(path, PORT, producer=doc["style"].get("producer", "WPS Office"))
        self.doc, self.st = doc, doc["style"]
        self.size, self.started, self.pageno = PORT, False, 0

    def page(self, size=PORT):
        if self.started:
            self.footer()
            self.c.showPage()
        self.started = True
        self.size = size
        self.c.setPageSize(size)
        self.pageno += 1
        self.y = TOP

    def footer(self):
        f = self.st.get("footer")
        if f:
            self.put(self.size[0] / 2, self.size[1] - 36, f.format(n=self.pageno), 9, "c")

    def put(self, x, ytop, text, size=10.5, align="l"):
        self.c.setFont("F", size)
        y = self.size[1] - ytop - size * 0.88
        if align == "r":
            self.c.drawRightString(x, y, text)
        elif align == "c":
            self.c.drawCentredString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def line(self, x0, y0, x1, y1):
        self.c.setLineWidth(0.5)
        self.c.line(x0, self.size[1] - y0, x1, self.size[1] - y1)

    # ---------------------------------------------------------------------------------------- text pages
    def para(self, text, heading=False, size=10.5):
        n = int((self.size[0] - 2 * 70) / size)
        lines = wrap_para(("" if heading else "　　") + text, n)
        for ln in lines:
            if self.y > self.size[1] - 80:
                self.page(PORT)
            self.put(70, self.y, ln, size)
            self.y += size * 1.75

    def front(self, paras, tabs):
        doc = self.doc
        self.page(PORT)
        self.put(self.size[0] / 2, 250, doc["org"], 20, "c")
        self.put(self.size[0] / 2, 290, doc["cover"], 22, "c")
        self.put(self.size[0] / 2, 600, doc["date"], 14, "c")
        self.page(PORT)
        self.put(self.size[0] / 2, 70, "目  录", 16, "c")
        self.y = 110
        for i, t in enumerate(tabs, 1):
            self.put(90, self.y, f"{self.label(i)}{t.title}", 11)
            self.y += 22
        self.page(PORT)
        for text, head in paras:
            self.para(text, head, 11 if head else 10.5)
            if head:
                self.y += 2

    def label(self, i):
        lab = self.st.get("label", "表{n}")
        return lab.format(n=i, cn=["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i - 1]) + " "

    # ---------------------------------------------------------------------------------------- tables
    def widths(self, t):
        fs = self.st.get("fs", 9)
        width = self.size[0] - 2 * LM
        if t.kind == "two":
            rowno = any(h.endswith("行次") for h in t.heads)
            nlab = sum(1 for k in t.keys if k is None) - (2 if rowno else 0)
            lab_w = 175.0 if not rowno else 160.0
            lab_w = 118.0 if nlab == 4 else lab_w
            fixed = nlab * lab_w + (2 * 28 if rowno else 0)
            nm = sum(1 for k in t.keys if k)
            mw = (width - fixed) / nm
            out = []
            for h, k in zip(t.heads, t.keys):
                out.append(mw if k else (28 if h.endswith("行次") else lab_w))
            return out
        if t.kind == "blocks":
            return [55, 175, 130.8, 55, 175, 130.8][: len(t.heads)]
        if t.kind == "one":
            return [width / len(t.heads)] * len(t.heads)
        namew = self.st.get("name_w", 16) * fs + 8
        out = []
        for h, k in zip(t.heads, t.keys):
            if k is None:
                out.append(namew if h == "科目名称" else (30 if h.startswith("科目编码/") else 58))
        nm = len(t.heads) - len(out)
        mw = min(110, (width - sum(out)) / nm)
        return out + [mw] * nm

    def head(self, t, xs, top):
        """A one- or two-level header; a cell's words wrapped to its width."""
        fs = self.st.get("fs", 9)
        two_level = any("/" in h for h in t.heads)

        def lines(text, j, k):
            return cut(text, max(2, int((xs[k] - xs[j] - 4) / fs)))

        subs = [lines(h.split("/", 1)[1], j, j + 1) for j, h in enumerate(t.heads) if "/" in h]
        nsub = max([len(x) for x in subs] + [1])
        gh = 18
        h = (
            gh + nsub * (fs + 3) + 6
            if two_level
            else max([len(lines(hd, j, j + 1)) for j, hd in enumerate(t.heads)] + [1]) * (fs + 3) + 10
        )
        self.line(xs[0], top, xs[-1], top)
        j = 0
        while j < len(t.heads):
            hd = t.heads[j]
            if "/" in hd:
                g = hd.split("/")[0]
                k = j
                while k < len(t.heads) and "/" in t.heads[k] and t.heads[k].split("/")[0] == g:
                    k += 1
                self.put((xs[j] + xs[k]) / 2, top + 5, g, fs, "c")
                self.line(xs[j], top + gh, xs[k], top + gh)
                for m in range(j, k):
                    for n, ln in enumerate(lines(t.heads[m].split("/", 1)[1], m, m + 1)):
                        self.put((xs[m] + xs[m + 1]) / 2, top + gh + 4 + n * (fs + 3), ln, fs, "c")
                    self.line(xs[m], top + (gh if m > j else 0), xs[m], top + h)
                j = k
            else:
                ls = lines(hd, j, j + 1)
                y0 = top + (h - len(ls) * (fs + 3)) / 2
                for n, ln in enumerate(ls):
                    self.put((xs[j] + xs[j + 1]) / 2, y0 + n * (fs + 3), ln, fs, "c")
                self.line(xs[j], top, xs[j], top + h)
                j += 1
        self.line(xs[-1], top, xs[-1], top + h)
        self.line(xs[0], top + h, xs[-1], top + h)
        return top + h

    def title(self, t, i, cont=False):
        st = self.st
        self.put(self.size[0] / 2, 40, (t.title + ("（续）" if cont else "")), 15, "c")
        if st.get("label_line", True) and not cont:
            self.put(LM, 22, self.label(i).strip(), 9)
        ul = st.get("unit_line", "both")
        y = 66
        if ul == "both":
            self.put(LM, y, f"编制单位：{self.doc['org']}", 9)
            self.put(self.size[0] - LM, y, f"单位：{t.unit}", 9, "r")
        elif ul == "right":
            self.put(self.size[0] - LM, y, f"单位：{t.unit}", 9, "r")
        else:
            self.put(self.size[0] / 2, y, f"（单位：{t.unit}）", 9, "c")
        return 82

    def table(self, t, i):
        st = self.st
        fs = st.get("fs", 9)
        self.page(LAND)
        top = self.title(t, i)
        if t.kind == "empty":
            if st.get("empty_head", True):
                eh = Tab0(
                    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [None, None, "a", "b", "c"]
                )
                ews = self.widths(eh)
                exs = [LM]
                for w in ews:
                    exs.append(exs[-1] + w)
                y = self.head(eh, exs, top)
                self.put(LM + 4, y + 10, t.empty, 10)
            else:
                self.put(self.size[0] / 2, top + 60, t.empty, 12, "c")
            return
        ws = self.widths(t)
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        y = self.head(t, xs, top)
        rows = list(t.rows)
        bottom = self.size[1] - 60
        pad = st.get("indent", "")
        namew = st.get("name_w", 16)
        fig_pos = st.get("fig_pos", "mid")
        while rows:
            r = rows[0]
            cells = list(r["cells"])
            lines = {}
            for j, (h, k) in enumerate(zip(t.heads, t.keys)):
                if k is None and (h == "科目名称" or h.endswith("/科目名称")) and cells[j]:
                    text = pad * max(0, r["level"] - 1) + cells[j] if t.kind == "coded" else cells[j]
                    lines[j] = cut(text, namew) if t.kind == "coded" else [text]
            nl = max([len(v) for v in lines.values()] + [1])
            h = ROWH * nl
            if y + h > bottom:
                self.page(LAND)
                if st.get("cont"):
                    self.put(self.size[0] / 2, 40, "续表", 12, "c")
                y = 64
                self.line(xs[0], y, xs[-1], y)
                if st.get("repeat_head", True):
                    y = self.head(t, xs, y)
            rows.pop(0)
            figy = y + (h - fs) / 2 if fig_pos == "mid" else y + (ROWH - fs) / 2
            for j, c in enumerate(cells):
                if not c:
                    continue
                if j in lines:
                    for m, ln in enumerate(lines[j]):
                        self.put(xs[j] + 3, y + (ROWH - fs) / 2 + m * ROWH, ln, fs)
                elif t.keys[j] is None:
                    hd = t.heads[j]
                    if hd.endswith("项目") and t.kind == "two":
                        self.put(xs[j] + 3, figy, c, fs)
                    elif c == "合计" or (c.endswith("合计") and t.kind == "blocks"):
                        self.put(
                            (xs[j] + xs[j + 1]) / 2 if t.kind != "blocks" else xs[j] + 3,
                            figy,
                            c,
                            fs,
                            "c" if t.kind != "blocks" else "l",
                        )
                    else:
                        self.put(
                            xs[j] + 3 if not hd.endswith("行次") else (xs[j] + xs[j + 1]) / 2,
                            figy,
                            c,
                            fs,
                            "l" if not hd.endswith("行次") else "c",
                        )
                else:
                    self.put(xs[j + 1] - 3, figy, c, fs, "r")
            for x in xs:
                self.line(x, y, x, y + h)
            y += h
            self.line(xs[0], y, xs[-1], y)
        if t.note:
            self.put(LM, y + 8, t.note, 9)

    def save(self):
        self.footer()
        self.c.save()


class Tab0:
    def __init__(self, heads, keys):
        self.heads, self.keys, self.kind = heads, keys, "coded"


def write_pdf(path, doc, tabs, paras):
    p = Pdf(path, doc)
    p.front(paras, tabs)
    for i, t in enumerate(tabs, 1):
        if not hasattr(t, "note"):
            t.note = ""
        p.table(t, i)
    p.save()


assert stringWidth
