"""Draw the four reports of narrative_data.py as PDFs: justified paragraphs (first-line indent two
characters), a running header on every page after the first (A and D with a rule under it), a page number
"- n -" at each page's foot, one small grid table. Wrap "char" breaks anywhere (inside figures, as WPS
does); "word" keeps a figure with its % whole (as Word does). Closing punctuation hangs at a line's end.
Then writes pdftotext -layout and plain renditions beside each PDF.
Run: /tmp/rlvenv/bin/python gen.py"""

import os
import re
import subprocess
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import narrative_data as DT  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
PW, PH = A4
LEFT, RIGHT, TOP, BOTTOM = 78, PW - 78, PH - 78, 78
FS, LEAD = 12, 22
HANG = set("，。；：、）”％%")


def width(s, size=FS):
    return pdfmetrics.stringWidth(s, F, size)


def tokens(text, wrap):
    if wrap == "char":
        return list(text)
    return re.findall(r"[\d,.]+%?|.", text)


def wrap_paragraph(text, wrap, avail, indent):
    """[(text, justify, page_after)] lines of a paragraph."""
    lines, cur, page_after, first = [], "", False, True

    def room():
        return avail - (indent if first else 0)

    for tok in tokens(text, wrap):
        if tok in "|^":
            if tok == "^":
                page_after = True
                continue
            lines.append([cur, width(cur) >= 0.9 * room(), page_after])
            cur, page_after, first = "", False, False
            continue
        if width(cur + tok) > room() and cur and tok not in HANG:
            lines.append([cur, True, page_after])
            cur, page_after, first = tok, False, False
        else:
            cur += tok
    lines.append([cur, False, page_after])
    return lines


class Doc:
    def __init__(self, name, spec):
        self.name, self.spec = name, spec
        self.c = canvas.Canvas(os.path.join(HERE, name + ".pdf"), pagesize=A4)
        self.page = 1
        self.y = TOP
        self.started = False

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.started = False

    def header(self):
        if self.page > 1 and not self.started:
            self.c.setFont(F, 9)
            self.c.drawCentredString(PW / 2, PH - 50, self.spec["header"])
            if self.spec["rule"]:
                self.c.setLineWidth(0.5)
                self.c.line(LEFT, PH - 55, RIGHT, PH - 55)
        self.started = True

    def footer(self):
        self.c.setFont(F, 10)
        self.c.drawCentredString(PW / 2, 40, f"- {self.page} -")

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()
        self.header()

    def line(self, text, x, justify, avail):
        t = self.c.beginText()
        t.setFont(F, FS)
        t.setTextOrigin(x, self.y - FS)
        if justify and len(text) > 1:
            t.setCharSpace((avail - width(text)) / (len(text) - 1))
        t.textOut(text)
        self.c.drawText(t)
        self.y -= LEAD

    def title(self, text):
        self.need(40)
        self.c.setFont(F, 22)
        self.c.drawCentredString(PW / 2, self.y - 22, text)
        self.y -= 40

    def heading(self, text):
        self.need(LEAD)
        self.line(text, LEFT + 2 * FS, False, 0)

    def paragraph(self, text):
        avail = RIGHT - LEFT
        for i, (ln, justify, page_after) in enumerate(wrap_paragraph(text, self.spec["wrap"], avail, 2 * FS)):
            self.need(LEAD)
            indent = 2 * FS if i == 0 else 0
            self.line(ln, LEFT + indent, justify, avail - indent)
            if page_after:
                self.new_page()

    def table(self, key):
        title, rows = DT.TABLES[key]
        check_table(rows)
        self.need(60)
        self.c.setFont(F, 16)
        self.c.drawCentredString(PW / 2, self.y - 16, title)
        self.y -= 30
        widths = [62, 180, 72, 72, 72]
        x0 = (PW - sum(widths)) / 2
        xs = [x0]
        for wd in widths:
            xs.append(xs[-1] + wd)
        self.c.setFont(F, 9)
        self.c.drawString(xs[0], self.y - 9, f"部门：{self.spec['unit']}")
        self.c.drawRightString(xs[-1], self.y - 9, "单位：万元")
        self.y -= 16
        rh = 18
        body = [("科目编码", "科目名称", "合计", "基本支出", "项目支出")] + rows
        top = self.y
        for n, row in enumerate(body):
            yt = top - n * rh
            for i, cell in enumerate(row):
                if not cell:
                    continue
                yy = yt - rh + 5
                if n == 0 or (i == 1 and row[0] == ""):
                    self.c.drawCentredString((xs[i] + xs[i + 1]) / 2, yy, cell)
                elif i >= 2:
                    self.c.drawRightString(xs[i + 1] - 3, yy, cell)
                else:
                    self.c.drawString(xs[i] + 3, yy, cell)
        bottom = top - len(body) * rh
        self.c.setLineWidth(0.5)
        for n in range(len(body) + 1):
            self.c.line(xs[0], top - n * rh, xs[-1], top - n * rh)
        for x in xs:
            self.c.line(x, top, x, bottom)
        self.y = bottom - 10

    def save(self):
        self.footer()
        self.c.save()


def num(s):
    return D(s.replace(",", "")) if s else D(0)


def check_table(rows):
    by = {code: [num(v) for v in vals] for code, _n, *vals in rows}
    total = by.pop("")
    for i in range(3):
        assert sum(v[i] for c, v in by.items() if len(c) == 3) == total[i], i
        for p in by:
            kids = [c for c in by if len(c) == len(p) + 2 and c.startswith(p)]
            if kids:
                assert sum(by[c][i] for c in kids) == by[p][i], (p, i)
    for vals in [total, *by.values()]:
        assert vals[0] == vals[1] + vals[2]


def main():
    for name, spec in DT.DOCS.items():
        doc = Doc(name, spec)
        for block in spec["blocks"]:
            kind = block[0]
            if kind == "title":
                doc.title(block[1])
            elif kind == "h":
                doc.heading(block[1])
            elif kind == "p":
                doc.paragraph(block[1])
            elif kind == "page":
                doc.new_page()
            elif kind == "table":
                doc.table(block[1])
        doc.save()
        pdf = os.path.join(HERE, name + ".pdf")
        subprocess.run(["pdftotext", "-layout", pdf, os.path.join(HERE, name + ".layout.txt")], check=True)
        subprocess.run(["pdftotext", pdf, os.path.join(HERE, name + ".txt")], check=True)


if __name__ == "__main__":
    main()
