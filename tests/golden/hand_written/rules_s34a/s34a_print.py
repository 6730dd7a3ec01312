"""Print the rules_s34a reports with their print noise: rules_s33c's printer (../rules_s33c/s33c_print.py,
imported, not copied; gen.py only) with, per report (doc["noise"]):
- running: a running header (the unit's name and the report's title) atop every page after the 目录;
- footer: the page number's form ("- {n} -", "第 {n} 页", "第{n}页 共{t}页");
- unit_pos / unit_word: where the amount unit stands ("std": 编制单位 left, unit right on one line; "title_right": at
  the right end of the title line; "below_title": alone on the line below the title; "above_header": alone at the
  right on the line above the header, 编制单位 on its own line before it) and how it reads ("单位：{u}",
  "金额单位：{u}", "单位:{u}");
- breaks: {table key: (row, cont)}: the table goes on to the next page before that row, the page's footer and
  running header between, its header printed again under cont ("续表", "（续）" after the title, or nothing);
- watermark: (word, {table key: row}): the word alone on a line between two rows;
- notes: {table key: [lines]}: footnotes under the table (figures in them are no cells).
The money cells are s34a_lib.printed()'s (number forms, zero marks); nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_print  # noqa: E402
from s33c_print import LAND, PORT, Pdf, Text, dw, front, label_of  # noqa: E402

TOTAL = "\x00TOTAL\x00"


def unit_text(noise, unit):
    return noise.get("unit_word", "单位：{u}").format(u=unit)


class NText(Text):
    def __init__(self, doc, layout):
        super().__init__(doc, layout)
        self.noise = doc["noise"]

    def foot(self):
        f = self.noise.get("footer", "- {n} -").format(n=self.page, t=TOTAL)
        self.lines.append("")
        self.lines.append((" " * 60 if self.layout else "") + f)

    def new_page(self):
        if self.lines:
            self.foot()
            self.lines.append("\f")
        self.page += 1
        run = self.noise.get("running")
        if run and self.page >= 3:
            self.lines.append((" " * (self.width - len(run)) if self.layout else "") + run)
            self.lines.append("")

    def table(self, n, t):
        doc, nz = self.doc, self.noise
        label = label_of(doc, n)
        xs = self.geometry(t)
        full = max(xs[-1] if xs else 80, 80)
        title = t.title
        unit = unit_text(nz, t.unit)
        org = f"编制单位：{doc['org']}"
        pos = nz.get("unit_pos", "std")
        self.lines.append(label)
        if pos == "title_right" and self.layout:
            at = max(0, (full - dw(title)) // 2)
            line = " " * at + title
            self.lines.append(line + " " * max(4, full - len(line) - len(unit)) + unit)
        else:
            self.centre(title, full)
            if pos == "title_right":
                self.lines.append(unit)
        if pos == "std":
            if self.layout:
                self.lines.append(org + " " * max(2, full - len(org) - len(unit)) + unit)
            else:
                self.lines += [org, unit]
        elif pos == "below_title":
            self.centre(unit, full)
            self.lines.append(org)
        elif pos == "above_header":
            self.lines.append(org)
            self.lines.append((" " * (full - len(unit)) if self.layout else "") + unit)
        else:
            self.lines.append(org)
        if t.kind == "empty":
            self.lines.append("")
            self.centre(t.empty, full)
            return
        self.body(t, start=0)
        for line in nz.get("notes", {}).get(t.key, []):
            self.lines.append(line)

    def body(self, t, start):
        nz = self.noise
        xs = self.geometry(t)
        self.header(t, xs)
        brk = nz.get("breaks", {}).get(t.key)
        wm = nz.get("watermark")
        for i, r in enumerate(t.rows):
            if brk and i == brk[0]:
                self.new_page()
                if brk[1] == "（续）":
                    self.centre(t.title + "（续）", xs[-1])
                elif brk[1]:
                    self.centre(brk[1], xs[-1])
                self.header(t, xs)
            if wm and wm[1].get(t.key) == i:
                self.centre(wm[0], xs[-1])
            self.row(t, xs, r)


def write_text(path, doc, tabs, narrative, layout):
    tx = NText(doc, layout)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.centre(text, 80) if what in ("cover", "date", "toc_head", "part") else tx.lines.append(text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.foot()
    text = "\n".join(tx.lines).replace("\n\f\n", "\n\f").replace(TOTAL, str(tx.page))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


class NPdf(Pdf):
    def __init__(self, path, doc, total):
        super().__init__(path, doc)
        self.noise = doc["noise"]
        self.total = total

    def new_page(self, size=PORT):
        super().new_page(size)
        run = self.noise.get("running")
        if run and self.page >= 3:
            self.c.setFont("STSong-Light", 9)
            self.c.drawRightString(size[0] - 40, size[1] - 30, run)
            self.c.line(40, size[1] - 34, size[0] - 40, size[1] - 34)

    def footer(self):
        foot = self.noise.get("footer", "第 {n} 页").format(n=self.page, t=self.total)
        self.c.setFont("STSong-Light", 9)
        self.c.drawCentredString(self.size[0] / 2, 28, foot)

    def table(self, n, t):
        doc, nz = self.doc, self.noise
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
        unit = unit_text(nz, t.unit)
        org = f"编制单位：{doc['org']}"
        pos = nz.get("unit_pos", "std")
        self.text(label_of(doc, n), 10, x=x0)
        if pos == "title_right":
            self.c.setFont("STSong-Light", 9)
            self.c.drawRightString(x0 + total, self.y, unit)
        self.text(t.title, 15, centre=True)
        self.c.setFont("STSong-Light", 9)
        if pos == "std":
            self.c.drawString(x0, self.y, org)
            self.c.drawRightString(x0 + total, self.y, unit)
        elif pos == "below_title":
            self.text(unit, 9, centre=True)
            self.c.drawString(x0, self.y, org)
        elif pos == "above_header":
            self.text(org, 9, x=x0)
            self.c.drawRightString(x0 + total, self.y, unit)
        else:
            self.c.drawString(x0, self.y, org)
        self.y -= 8
        if t.kind == "empty":
            self.y -= 30
            self.text(t.empty, 11, centre=True)
            return
        self.head(t, x0, widths, fs)
        brk = nz.get("breaks", {}).get(t.key)
        wm = nz.get("watermark")
        for i, r in enumerate(t.rows):
            h = fs + 9
            if (brk and i == brk[0]) or self.y - h < 60:
                self.new_page(size)
                cont = brk[1] if brk and i == brk[0] else ""
                if cont == "（续）":
                    self.text(t.title + "（续）", 12, centre=True)
                elif cont:
                    self.text(cont, 10, x=x0)
                self.head(t, x0, widths, fs)
            if wm and wm[1].get(t.key) == i:
                self.c.setFillGray(0.6)
                self.c.setFont("STSong-Light", 11)
                self.c.drawCentredString(size[0] / 2, self.y - 13, wm[0])
                self.c.setFillGray(0)
                self.c.setLineWidth(0.5)
                self.c.line(x0, self.y - 18, x0 + total, self.y - 18)
                for x in [x0] + [x0 + sum(widths[: k + 1]) for k in range(len(widths))]:
                    self.c.line(x, self.y, x, self.y - 18)
                self.y -= 18
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
        self.y -= 6
        for line in nz.get("notes", {}).get(t.key, []):
            self.text(line, 9, x=x0)
        self.y -= 8


def _draw(path, doc, tabs, narrative, total):
    p = NPdf(path, doc, total)
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
    return p.page


def write_pdf(path, doc, tabs, narrative):
    """Drawn twice: the first time to count the pages ("共{t}页")."""
    n = _draw(path + ".tmp", doc, tabs, narrative, 0)
    os.remove(path + ".tmp")
    _draw(path, doc, tabs, narrative, n)


_ = s33c_print
