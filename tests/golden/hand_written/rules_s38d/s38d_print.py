"""Draw the rules_s38d reports as PDFs the way Jiangsu provincial departments publish their 部门决算 (a Word front part:
cover, 目录, 部门概况; the tables exported from the 决算 software: title, 公开NN表, 部门： and 金额单位：, a ruled grid
with multi-row headers and a 栏次 row, cells wrapped and centred vertically, long tables run on over pages with or
without the header again, page numbers at the foot; the 说明 and 名词解释 as Word paragraphs), with rules_s33c's
minipdf.py (imported). gen.py then makes .txt / .layout.txt with the real pdftotext."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s33c"))
import minipdf  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)


def tw(text, size):
    return minipdf.stringWidth(text, None, size)


def wrap(text, width, size):
    """Cut ``text`` into lines of at most ``width`` points; ASCII runs (figures) are not cut."""
    tokens, cur = [], ""
    for ch in text:
        if ord(ch) < 128 and ch != " ":
            cur += ch
        else:
            if cur:
                tokens.append(cur)
                cur = ""
            tokens.append(ch)
    if cur:
        tokens.append(cur)
    lines, line = [], ""
    for t in tokens:
        if line and tw(line + t, size) > width:
            # (no line opens with a closing punctuation: it stays on the line before, as Word does)
            if t in "，。；：、）”%" and tw(line + t, size) <= width + size:
                line += t
                continue
            lines.append(line)
            line = t.lstrip()
        else:
            line += t
    if line:
        lines.append(line)
    return lines or [""]


class Doc:
    def __init__(self, path, style):
        self.c = minipdf.MiniCanvas(path, PORT, producer="Microsoft® Word 2016")
        self.style = style
        self.page = 0
        self.size = PORT
        self.y = None

    # pages
    def new_page(self, size=PORT):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - 60

    def footer(self):
        self.c.setFont("F", 10.5)
        form = self.style.get("footer", "{n}")
        self.c.drawCentredString(self.size[0] / 2, 36, form.format(n=self.page))

    def text(self, x, y, s, size, how="left"):
        self.c.setFont("F", size)
        if how == "left":
            self.c.drawString(x, y, s)
        elif how == "right":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawCentredString(x, y, s)

    # Word parts
    def cover(self, org, year):
        self.new_page()
        self.text(self.size[0] / 2, 600, org, 26, "c")
        self.text(self.size[0] / 2, 540, f"{year}年度部门决算", 22, "c")
        self.text(self.size[0] / 2, 200, self.style.get("date", f"{year + 1}年7月"), 16, "c")

    def para(self, s, size=12, indent=2, heading=False, center=False):
        left, right = 72, self.size[0] - 72
        if center:
            if self.y < 90:
                self.new_page()
            self.text(self.size[0] / 2, self.y, s, size + 4, "c")
            self.y -= size * 2.6
            return
        first = " " * 0
        lines = wrap(("\u3000" * indent if indent else "") + first + s, right - left, size)
        for ln in lines:
            if self.y < 80:
                self.new_page()
            self.text(left, self.y, ln, size)
            self.y -= size * 1.75
        if heading:
            self.y -= 2

    # tables
    def table(self, t, org, unit):
        st = self.style
        land = t.key in st.get("land", ())
        size = LAND if land else PORT
        if self.page == 0 or st.get("table_page", True) or self.y < 260 or self.size != size:
            self.new_page(size)
        fs = st.get("font", 9)
        spec = HEADS[t.kind](t, st)
        widths = spec["widths"]
        W = sum(widths)
        x0 = (self.size[0] - W) / 2
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        # title block
        if t.label and st.get("label_above", True):
            self.text(xs[0], self.y, t.label, 10.5)
            self.y -= 22
        self.text(self.size[0] / 2, self.y, t.title, 16, "c")
        if t.label and not st.get("label_above", True):
            self.text(xs[-1], self.y - 20, t.label, 9, "right")
            self.y -= 8
        self.y -= 24
        self.text(xs[0], self.y, st.get("org_word", "部门：") + org, 9)
        self.text(xs[-1], self.y, st.get("unit_word", "金额单位：") + unit, 9, "right")
        self.y -= 8

        def header():
            nh = spec["nhead"]
            hh = spec.get("hh", 18)
            top = self.y
            self.c.setLineWidth(0.5)
            for r0, r1, c0, c1, text in spec["cells"]:
                ya, yb = top - r0 * hh, top - r1 * hh
                xa, xb = xs[c0], xs[c1]
                self.c.rect(xa, yb, xb - xa, ya - yb)
                lines = wrap(text, xb - xa - 4, fs)
                mid = (ya + yb) / 2 + (len(lines) - 1) * fs * 0.6 - fs * 0.35
                for k, ln in enumerate(lines):
                    self.text((xa + xb) / 2, mid - k * fs * 1.2, ln, fs, "c")
            self.y = top - nh * hh

        header()
        lh = fs * 1.25
        aligns = spec["aligns"]
        for row in spec["rows"]:
            cells = [wrap(s, widths[i] - 6, fs) if s else [""] for i, s in enumerate(row)]
            n = max(len(c) for c in cells)
            h = max(spec.get("rh", 16), n * lh + 5)
            if self.y - h < 60:
                self.new_page(size)
                self.y -= 10
                if st.get("repeat_header", False):
                    header()
            ya, yb = self.y, self.y - h
            for i, c in enumerate(cells):
                xa, xb = xs[i], xs[i + 1]
                self.c.rect(xa, yb, xb - xa, h)
                mid = (ya + yb) / 2 + (len(c) - 1) * lh / 2 - fs * 0.35
                for k, ln in enumerate(c):
                    yy = mid - k * lh
                    if aligns[i] == "r":
                        self.text(xb - 3, yy, ln, fs, "right")
                    elif aligns[i] == "c":
                        self.text((xa + xb) / 2, yy, ln, fs, "c")
                    else:
                        self.text(xa + 3, yy, ln, fs)
            self.y = yb
        if getattr(t, "empty", None):
            self.y -= 18
            for ln in wrap(t.empty, W, 10.5):
                self.text(xs[0] + 10, self.y, ln, 10.5)
                self.y -= 16
        if t.note and st.get("notes", True):
            self.y -= 14
            for ln in wrap(t.note, W, 9):
                if self.y < 60:
                    self.new_page(size)
                self.text(xs[0], self.y, ln, 9)
                self.y -= 13
        self.y -= 30

    def save(self):
        self.footer()
        self.c.save()


def _money_cols(cols, first, nhead):
    return [(0, nhead - 1, first + i, first + i + 1, name) for i, (name, _k) in enumerate(cols)]


def head_two(t, st):
    cells = [
        (0, 1, 0, 3, "收入"),
        (0, 1, 3, 6, "支出"),
        (1, 2, 0, 1, "项目"),
        (1, 2, 1, 2, "行次"),
        (1, 2, 2, 3, "金额"),
        (1, 2, 3, 4, "项目"),
        (1, 2, 4, 5, "行次"),
        (1, 2, 5, 6, "金额"),
    ]
    rows = [["栏次", "", "1", "栏次", "", "2"]] + t.rows
    return dict(
        nhead=2,
        cells=cells,
        widths=st.get("w_two", [148, 26, 66, 160, 26, 66]),
        aligns=["l", "c", "r", "l", "c", "r"],
        rows=rows,
    )


def head_coded(t, st):
    split = st.get("split_codes", False)
    nm = len(t.cols)
    wname = st.get("w_name", 150)
    wm = st.get("w_money", 58)
    if split:
        cells = [
            (0, 1, 0, 4, "项目"),
            (1, 2, 0, 3, "科目编码"),
            (1, 3, 3, 4, "科目名称"),
            (2, 3, 0, 1, "类"),
            (2, 3, 1, 2, "款"),
            (2, 3, 2, 3, "项"),
        ]
        cells += [(0, 3, 4 + i, 5 + i, name) for i, (name, _k) in enumerate(t.cols)]
        widths = [26, 20, 20, wname] + [wm] * nm
        rows = [["栏次", "", "", ""] + [str(i + 1) for i in range(nm)]]
        for r in t.rows:
            code = r[0]
            parts = [code[:3], code[3:5], code[5:7]] if code else ["", "", ""]
            rows.append(parts + [r[1]] + r[2:])
        aligns = ["c", "c", "c", "l"] + ["r"] * nm
        return dict(nhead=3, cells=cells, widths=widths, aligns=aligns, rows=rows)
    cells = [(0, 1, 0, 2, "项目"), (1, 3, 0, 1, "科目编码"), (1, 3, 1, 2, "科目名称")]
    cells += [(0, 3, 2 + i, 3 + i, name) for i, (name, _k) in enumerate(t.cols)]
    widths = [st.get("w_code", 50), wname] + [wm] * nm
    rows = [["栏次", ""] + [str(i + 1) for i in range(nm)]] + [list(r) for r in t.rows]
    return dict(nhead=3, cells=cells, widths=widths, aligns=["l", "l"] + ["r"] * nm, rows=rows)


def head_fiscal(t, st):
    cells = [
        (0, 1, 0, 3, "收入"),
        (0, 1, 3, 9, "支出"),
        (1, 3, 0, 1, "项目"),
        (1, 3, 1, 2, "行次"),
        (1, 3, 2, 3, "金额"),
        (1, 3, 3, 4, "项目"),
        (1, 3, 4, 5, "行次"),
        (1, 3, 5, 6, "合计"),
        (1, 3, 6, 7, "一般公共预算财政拨款"),
        (1, 3, 7, 8, "政府性基金预算财政拨款"),
        (1, 3, 8, 9, "国有资本经营预算财政拨款"),
    ]
    rows = [["栏次", "", "1", "栏次", "", "2", "3", "4", "5"]] + t.rows
    return dict(
        nhead=3,
        cells=cells,
        widths=st.get("w_fiscal", [130, 24, 60, 150, 24, 62, 62, 62, 62]),
        aligns=["l", "c", "r", "l", "c", "r", "r", "r", "r"],
        rows=rows,
    )


def head_econ(t, st):
    cells = [(0, 1, 0, 3, "人员经费"), (0, 1, 3, 9, "公用经费")]
    for b in range(3):
        cells += [
            (1, 2, 3 * b, 3 * b + 1, "科目编码"),
            (1, 2, 3 * b + 1, 3 * b + 2, "科目名称"),
            (1, 2, 3 * b + 2, 3 * b + 3, "决算数"),
        ]
    w = st.get("w_econ", [34, 96, 52])
    return dict(nhead=2, cells=cells, widths=w * 3, aligns=["l", "l", "r"] * 3, rows=t.rows, hh=20)


def head_sangong(t, st):
    if st.get("sg_rows"):
        names = [
            "合计",
            "1．因公出国（境）费",
            "2．公务用车购置及运行费",
            "其中：（1）公务用车购置费",
            "（2）公务用车运行费",
            "3．公务接待费",
        ]
        r = t.rows[0]
        rows = [[names[i], r[i], r[6 + i]] for i in range(6)]
        cells = [(0, 1, 0, 1, "项目"), (0, 1, 1, 2, "预算数"), (0, 1, 2, 3, "决算数")]
        return dict(nhead=1, cells=cells, widths=[200, 110, 110], aligns=["l", "r", "r"], rows=rows, rh=20)
    lab = st.get("sg_label", True)
    o = 1 if lab else 0
    cells = [(0, 1, o, o + 6, "预算数"), (0, 1, o + 6, o + 12, "决算数")]
    for h in (o, o + 6):
        cells += [
            (1, 3, h, h + 1, "合计"),
            (1, 3, h + 1, h + 2, "因公出国（境）费"),
            (1, 2, h + 2, h + 5, "公务用车购置及运行费"),
            (2, 3, h + 2, h + 3, "小计"),
            (2, 3, h + 3, h + 4, "公务用车购置费"),
            (2, 3, h + 4, h + 5, "公务用车运行费"),
            (1, 3, h + 5, h + 6, "公务接待费"),
        ]
    rows = [[str(i + 1) for i in range(12)], t.rows[0]]
    if lab:
        cells.append((0, 3, 0, 1, "项目"))
        rows = [["栏次"] + rows[0], ["金额"] + rows[1]]
    w = st.get("w_sg", 58)
    return dict(
        nhead=3,
        cells=cells,
        widths=([40] if lab else []) + [w] * 12,
        aligns=(["c"] if lab else []) + ["r"] * 12,
        rows=rows,
        hh=22,
        rh=20,
    )


def head_gf(t, st):
    cells = [
        (0, 1, 0, 2, "项目"),
        (1, 3, 0, 1, "科目编码"),
        (1, 3, 1, 2, "科目名称"),
        (0, 3, 2, 3, "年初结转和结余"),
        (0, 3, 3, 4, "本年收入"),
        (0, 1, 4, 7, "本年支出"),
        (1, 3, 4, 5, "小计"),
        (1, 3, 5, 6, "基本支出"),
        (1, 3, 6, 7, "项目支出"),
        (0, 3, 7, 8, "年末结转和结余"),
    ]
    rows = [["栏次", "", "1", "2", "3", "4", "5", "6"]] + (t.rows or [["", "合计", "", "", "", "", "", ""]])
    return dict(
        nhead=3,
        cells=cells,
        widths=[52, 150, 56, 56, 56, 56, 56, 56],
        aligns=["l", "l"] + ["r"] * 6,
        rows=rows,
    )


def head_sc(t, st):
    cells = [
        (0, 1, 0, 2, "项目"),
        (1, 3, 0, 1, "科目编码"),
        (1, 3, 1, 2, "科目名称"),
        (0, 3, 2, 3, "本年支出合计"),
        (0, 3, 3, 4, "基本支出"),
        (0, 3, 4, 5, "项目支出"),
    ]
    rows = [["栏次", "", "1", "2", "3"], ["", "合计", "", "", ""]]
    return dict(
        nhead=3, cells=cells, widths=[60, 200, 80, 80, 80], aligns=["l", "l", "r", "r", "r"], rows=rows
    )


HEADS = dict(
    two=head_two,
    coded=head_coded,
    fiscal=head_fiscal,
    econ=head_econ,
    sangong=head_sangong,
    gf=head_gf,
    sc=head_sc,
)


def write_pdf(path, doc, tabs, parts):
    """parts: the front and back text as (kind, text) with kind "h" (centred part heading), "s" (section
    heading), "p" (paragraph), "page" (a new page), "tables" (the nine tables here)."""
    st = doc["style"]
    out = Doc(path, st)
    out.cover(doc["org"], doc["year"])
    for kind, s in parts:
        if kind == "page":
            out.new_page()
        elif kind == "h":
            out.para(s, 14, 0, center=True)
        elif kind == "s":
            out.para(s, 12, 1, heading=True)
        elif kind == "toc":
            out.para(s, 12, 1)
        elif kind == "p":
            out.para(s, 12, 2)
        elif kind == "tables":
            for t in tabs:
                out.table(t, doc["org"], doc["unit"])
            out.new_page()
    out.save()
