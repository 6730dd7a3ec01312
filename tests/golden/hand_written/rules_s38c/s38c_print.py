"""Draw the rules_s38c reports as PDFs laid out like the Jiangsu provincial 部门预算 (js_jcy_2017 / 2019 of the
corpus): A4 portrait, the 说明 in a large body font about 30 characters a line, tables flowing several a page
under their number ("公开 01 表" / "表1" / "一、" in the title), the 部门 and 单位 line, a full grid, names
wrapped inside their cell with the row's figures vertically centred (as Word and WPS print them), header rows
with merged cells, a long table going on to the next page with its header repeated. The PDFs are drawn with
rules_s33c's minipdf (imported, not copied: STSong-Light, not embedded); gen.py then runs the real pdftotext
on them. Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
from minipdf import A4, MiniCanvas, stringWidth  # noqa: E402

F = "STSong-Light"
BOTTOM = 60


def wrap(text, width, fs):
    """Pieces of text no wider than width points (CJK one em, ASCII half an em)."""
    if not text:
        return [""]
    out, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, F, fs) > width and cur:
            out.append(cur)
            cur = ""
        cur += ch
    return out + [cur]


class Printer:
    def __init__(self, path, doc):
        self.doc = doc
        self.c = MiniCanvas(path, A4, producer=doc.get("producer", "WPS Office"))
        self.page = 0
        self.y = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.y = A4[1] - 60

    def footer(self):
        if self.page < 2:
            return
        fmt_ = self.doc.get("footer", "{n}")
        self.c.setFont(F, 10)
        self.c.drawCentredString(A4[0] / 2, 34, fmt_.format(n=self.page))

    def text(self, s, size, x=None, centre=False, gap=8):
        if self.y - size < BOTTOM:
            self.new_page()
        self.c.setFont(F, size)
        if centre:
            self.c.drawCentredString(A4[0] / 2, self.y - size, s)
        else:
            self.c.drawString(x if x is not None else 70, self.y - size, s)
        self.y -= size + gap

    def para(self, s, heading=False, size=14):
        width = A4[0] - 140
        first = True
        rest = s
        while rest:
            ind = 0 if (heading or not first) else 2 * size
            pieces = wrap(rest, width - ind, size)
            piece = pieces[0]
            rest = rest[len(piece) :]
            self.text(piece, size, x=70 + ind, gap=9)
            first = False

    # ------------------------------------------------------------------ tables
    def table(self, t, org):
        fs = 8 if len(t.widths) >= 7 else 9
        total = sum(t.widths)
        x0 = (A4[0] - total) / 2
        xs = [x0]
        for w in t.widths:
            xs.append(xs[-1] + w)
        hh = self.head_height(t, xs, fs)
        if self.y - (80 + hh + 3 * (fs + 9)) < BOTTOM:
            self.new_page()
        if t.label:
            self.text(t.label, 10.5, x=x0, gap=10)
        self.text(t.title, 15, centre=True, gap=12)
        self.c.setFont(F, 9.5)
        self.c.drawString(x0, self.y - 9.5, f"{t.org_word}{org}")
        self.c.drawRightString(xs[-1], self.y - 9.5, f"单位：{t.unit}")
        self.y -= 16
        self.head(t, xs, fs, hh)
        tops = []
        for i, r in enumerate(t.rows):
            lines = []
            for j, cell in enumerate(r):
                lines.append(wrap(cell, t.widths[j] - 6, fs) if t.aligns[j] == "l" else [cell])
            h = max(len(ls) for ls in lines) * (fs + 3) + 7
            if self.y - h < BOTTOM:
                self.new_page()
                if t.repeat_head:
                    self.head(t, xs, fs, hh)
                else:
                    self.c.setLineWidth(0.5)
                    self.c.line(xs[0], self.y, xs[-1], self.y)
            top = self.y
            tops.append((top, h))
            self.c.setFont(F, fs)
            for j, ls in enumerate(lines):
                mid = top - h / 2
                y0 = mid + (len(ls) - 1) * (fs + 3) / 2 - fs / 2 + 1
                for q, piece in enumerate(ls):
                    yy = y0 - q * (fs + 3)
                    if not piece:
                        continue
                    if t.aligns[j] == "r":
                        self.c.drawRightString(xs[j + 1] - 3, yy, piece)
                    elif t.aligns[j] == "c":
                        self.c.drawCentredString((xs[j] + xs[j + 1]) / 2, yy, piece)
                    else:
                        self.c.drawString(xs[j] + 3, yy, piece)
            covered = {(col, rr) for col, r0, r1, _tx in t.spans for rr in range(r0, r1)}
            self.c.setLineWidth(0.5)
            for j in range(len(t.widths)):
                if (j, i) not in covered:
                    self.c.line(xs[j], top - h, xs[j + 1], top - h)
            for x in xs:
                self.c.line(x, top, x, top - h)
            self.y = top - h
        for col, r0, r1, text in t.spans:
            top = tops[r0][0]
            bot = tops[r1][0] - tops[r1][1]
            ls = wrap(text, t.widths[col] - 6, fs)
            y0 = (top + bot) / 2 + (len(ls) - 1) * (fs + 3) / 2 - fs / 2 + 1
            self.c.setFont(F, fs)
            for q, piece in enumerate(ls):
                self.c.drawCentredString((xs[col] + xs[col + 1]) / 2, y0 - q * (fs + 3), piece)
        if t.empty:
            h = 40
            if self.y - h < BOTTOM:
                self.new_page()
            self.c.setFont(F, 10)
            self.c.drawString(xs[0] + 10, self.y - 22, t.empty)
            self.c.setLineWidth(0.5)
            self.c.line(xs[0], self.y - h, xs[-1], self.y - h)
            for x in (xs[0], xs[-1]):
                self.c.line(x, self.y, x, self.y - h)
            self.y -= h
        self.y -= 6
        if t.note:
            for piece in wrap(t.note, total, 9):
                self.text(piece, 9, x=x0, gap=4)
        self.y -= 22

    def head_height(self, t, xs, fs):
        rh = fs + 9
        for text, r0, r1, c0, c1 in t.head:
            n = len(wrap(text, xs[c1 + 1] - xs[c0] - 6, fs))
            rh = max(rh, (n * (fs + 3) + 7) / (r1 - r0 + 1))
        return rh * t.head_rows

    def head(self, t, xs, fs, hh):
        rh = hh / t.head_rows
        top = self.y
        c = self.c
        c.setLineWidth(0.5)
        c.line(xs[0], top, xs[-1], top)
        c.setFont(F, fs)
        for text, r0, r1, c0, c1 in t.head:
            yt, yb = top - r0 * rh, top - (r1 + 1) * rh
            ls = wrap(text, xs[c1 + 1] - xs[c0] - 6, fs)
            y0 = (yt + yb) / 2 + (len(ls) - 1) * (fs + 3) / 2 - fs / 2 + 1
            for q, piece in enumerate(ls):
                c.drawCentredString((xs[c0] + xs[c1 + 1]) / 2, y0 - q * (fs + 3), piece)
            c.line(xs[c0], yb, xs[c1 + 1], yb)
            c.line(xs[c0], yt, xs[c0], yb)
            c.line(xs[c1 + 1], yt, xs[c1 + 1], yb)
        self.y = top - hh

    def save(self):
        self.footer()
        self.c.showPage()
        self.c.save()


def write_pdf(path, doc, tabs, paras, front, glossary):
    p = Printer(path, doc)
    p.y = 560
    p.text(doc["org"], 26, centre=True, gap=30)
    p.text(doc.get("cover", f"{doc['year']}年度部门预算公开"), 22, centre=True)
    p.new_page()
    p.text("目        录", 16, centre=True, gap=14)
    for kind, s in front["toc"]:
        p.text(s, 12, x=90 if kind == "part" else 110, gap=7)
    p.new_page()
    for kind, s in front["paras"]:
        if kind == "h":
            p.para(s, heading=True)
        elif kind == "part":
            p.text(s, 16, centre=True, gap=14)
        else:
            p.para(s)
    p.new_page()
    p.text(f"第二部分 {doc['year']}年度部门预算表", 16, centre=True, gap=18)
    for t in tabs:
        p.table(t, doc["org"])
    p.new_page()
    for kind, s in paras:
        if kind == "h" and s.startswith("第三部分"):
            p.text(s, 16, centre=True, gap=14)
        else:
            p.para(s, heading=kind == "h")
    p.text("第四部分 名词解释", 16, centre=True, gap=14)
    for s in glossary:
        p.para(s)
    p.save()
