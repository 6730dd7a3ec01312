"""Draw four 2025 部门预算 PDFs as a Word / WPS export draws them (reportlab, CID font STSong-Light):

- labels drawn in many small runs: in some cells each character is its own run at its own x (normal
  advance), in others the text is two runs split mid-word; figures one run each, right-aligned;
- header cells merged over 2-3 rows; codes of 类/款/项 in one column, names indented with full-width spaces;
- tables running over pages with the header rows repeated;
- blank cells left empty; form number and 单位：万元 on the line under the title;
- document A draws its ruled lines as thin filled rectangles (0.5 pt), the others as stroked lines.

Figures come from data.py (typed by hand); every identity is asserted here before drawing.
Run: .venv/bin/python tests/golden/hand_written/word_pdfs/gen.py  (then pdftotext -layout each PDF)."""

import os
import sys
from decimal import Decimal as Dec

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import word_pdfs_data as DT  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
OUT = os.path.dirname(os.path.abspath(__file__))
PAGE = landscape(A4)
TOP, BOTTOM = 500, 50
FS = 9  # body font size


def n(v):
    return Dec(0) if v is None else Dec(v.replace(",", ""))


# ------------------------------------------------------------------------------------------- identities
def check_coded(rows, parts_of=None, label=""):
    """rows: (code, name, [vals]); 合计 first. parts_of(vals) -> (total, [parts]) row identity."""
    tot = rows[0][2]
    body = rows[1:]
    ncol = len(tot)
    for code, name, vals in rows:
        if parts_of:
            t, ps = parts_of(vals)
            assert n(t) == sum(n(p) for p in ps), (label, code, vals)
    for i in range(ncol):
        assert n(tot[i]) == sum(n(v[i]) for c, _, v in body if len(c) == 3), (label, "合计", i)
        for c, _, v in body:
            if len(c) in (3, 5):
                kids = [w for cc, _, w in body if len(cc) == len(c) + 2 and cc.startswith(c)]
                if kids:
                    assert n(v[i]) == sum(n(w[i]) for w in kids), (label, c, i)


def check_all():
    for d in "ABCD":
        gb, ex, inc = getattr(DT, d + "_GB"), getattr(DT, d + "_EXP"), getattr(DT, d + "_INC")
        gcols = DT.GB_COLS[d]

        def gparts(v, gcols=gcols):
            k = {c: x for c, x in zip(gcols, v)}
            if "basic" in k and "personnel" in k:
                assert n(k["basic"]) == n(k["personnel"]) + n(k["public_funds"])
            parts = [k.get("personnel"), k.get("public_funds")] if "personnel" in k else [k["basic"]]
            return k["total"], parts + [k["project"]]

        check_coded(gb, gparts, d + " GB")
        check_coded(ex, lambda v: (v[0], v[1:]), d + " EXP")
        check_coded(inc, lambda v: (v[0], v[1:]), d + " INC")
        assert [r[2][0] for r in ex] == [r[2][0] for r in inc], d  # same row totals
        # summaries
        si, so, st = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "TOT"))
        assert n(st[0][1]) == sum(n(v) for _, v in si), d
        assert n(st[0][3]) == sum(n(v) for _, v in so), d
        assert n(st[0][3]) == n(ex[0][2][0]), d
        assert n(st[2][1]) == n(st[0][1]) + n(st[1][1]) == n(st[2][3]) == n(st[0][3]) + n(st[1][3]), d
        fi, fo, ft = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "TOT"))
        assert n(ft[0][1]) == sum(n(v) for _, v in fi), d
        for j in (3, 4, 5):
            assert n(ft[0][j]) == sum(n(r[j - 2]) for r in fo), (d, j)
            assert n(ft[2][j]) == n(ft[0][j]) + n(ft[1][j]), (d, j)
        for r in fo:
            assert n(r[1]) == n(r[2]) + n(r[3]), (d, r)
        assert n(ft[2][1]) == n(ft[0][1]) + n(ft[1][1]) == n(ft[2][3]), d
        assert n(ft[2][4]) == n(gb[0][2][0]), d  # 一般公共预算 spending = GB 合计
        # economic: 人员经费 / 公用经费 = GB's personnel / public
        k = dict(zip(gcols, gb[0][2]))
        if d == "B":
            b1, b2 = DT.B_ECON_BLOCKS
            for blk in (b1, b2):
                for c, _, v in blk:
                    if len(c) == 3:
                        assert n(v) == sum(n(w) for cc, _, w in blk if len(cc) == 5 and cc[:3] == c), c
            assert n(DT.B_ECON_TOTALS[0][1]) == sum(n(v) for c, _, v in b1 if len(c) == 3)
            assert n(DT.B_ECON_TOTALS[1][1]) == sum(n(v) for c, _, v in b2 if len(c) == 3)
            assert n(DT.B_ECON_TOTALS[0][1]) == n(k["personnel"])
            assert n(DT.B_ECON_TOTALS[1][1]) == n(k["public_funds"])
        else:
            ec = getattr(DT, d + "_ECON")
            check_coded_econ(ec, d)
            pers = sum(n(v[0]) for c, _, v in ec if c in ("301", "303"))
            pub = sum(n(v[0]) for c, _, v in ec if c in ("302", "310"))
            if "personnel" in k:
                assert pers == n(k["personnel"]) and pub == n(k["public_funds"]), d
            else:
                assert pers + pub == n(k["basic"]), d
        sg = dict(zip(DT.SANGONG_COLS, getattr(DT, d + "_SANGONG")))
        assert n(sg["total"]) == n(sg["outbound"]) + n(sg["vehicle"]) + n(sg["reception"]), d
        assert n(sg["vehicle"]) == n(sg["vehicle_purchase"]) + n(sg["vehicle_operation"]), d
    gf = DT.D_GF
    check_coded(gf, lambda v: (v[0], v[1:]), "D GF")
    assert n(gf[0][2][0]) == n(DT.D_FS_TOT[0][5])


def check_coded_econ(ec, d):
    tot = ec[0][2]
    for c, _, v in ec:
        assert n(v[0]) == n(v[1]) + n(v[2]), (d, c)
    for i in range(3):
        assert n(tot[i]) == sum(n(v[i]) for c, _, v in ec if len(c) == 3), (d, i)
        for c, _, v in ec:
            if len(c) == 3:
                assert n(v[i]) == sum(n(w[i]) for cc, _, w in ec if len(cc) == 5 and cc[:3] == c), (d, c)


# ------------------------------------------------------------------------------------------- drawing
class Doc:
    def __init__(self, path, rules="line", title_mode="whole"):
        self.c = canvas.Canvas(path, pagesize=PAGE)
        self.c.setTitle(os.path.basename(path))
        self.c.setAuthor("Microsoft® Word 2016")
        self.c.setCreator("Microsoft® Word 2016")
        self.rules = rules
        self.title_mode = title_mode
        self.page = 0

    # a Word export draws each run as its own text object
    latin = None  # a Latin font for ASCII (figures, codes, "2025"): Word's mixed-font runs

    def segments(self, s):
        out = []
        for ch in s:
            f = self.latin if (self.latin and ord(ch) < 128) else F
            if out and out[-1][0] == f:
                out[-1][1] += ch
            else:
                out.append([f, ch])
        return out

    def run(self, x, y, s, size=FS):
        for f, seg in self.segments(s):  # one run per font change
            self.c.setFont(f, size)
            self.c.drawString(x, y, seg)
            x += pdfmetrics.stringWidth(seg, f, size)

    def text(self, x, y, s, mode="whole", size=FS):
        if not s:
            return
        if mode == "chars":
            for ch in s:
                self.run(x, y, ch, size)
                x += self.width(ch, size)
        elif mode == "split" and len(s) > 1:
            k = len(s) // 2
            self.run(x, y, s[:k], size)
            self.run(x + self.width(s[:k], size), y, s[k:], size)
        else:
            self.run(x, y, s, size)

    def width(self, s, size=FS):
        return sum(pdfmetrics.stringWidth(seg, f, size) for f, seg in self.segments(s))

    def hline(self, x0, x1, y):
        if self.rules == "rect":
            self.c.rect(x0, y - 0.25, x1 - x0, 0.5, fill=1, stroke=0)
        else:
            self.c.setLineWidth(0.5)
            self.c.line(x0, y, x1, y)

    def vline(self, x, y0, y1):
        if self.rules == "rect":
            self.c.rect(x - 0.25, y0, 0.5, y1 - y0, fill=1, stroke=0)
        else:
            self.c.setLineWidth(0.5)
            self.c.line(x, y0, x, y1)

    def new_page(self):
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1

    def footer(self):
        s = f"- {self.page} -"
        self.run(PAGE[0] / 2 - self.width(s) / 2, 22, s)

    def cover(self, title, unit_line):
        self.new_page()
        self.text(PAGE[0] / 2 - self.width(title, 24) / 2, 380, title, "whole", 24)
        self.text(PAGE[0] / 2 - self.width(unit_line, 14) / 2, 330, unit_line, "whole", 14)

    def title(self, title, form, unit="单位：万元", form_above=False):
        """Title centred; the line under it: form number at the left, 单位：万元 at the right."""
        self.new_page()
        x0, x1 = 40, PAGE[0] - 40
        self.text(PAGE[0] / 2 - self.width(title, 16) / 2, 545, title, self.title_mode, 16)
        self.text(x0, 522, form, "whole", FS)
        self.text(x1 - self.width(unit), 522, unit, "split" if self.title_mode != "whole" else "whole")
        return 515

    def finish(self):
        self.footer()
        self.c.save()


def cell_text(doc, x0, x1, ytop, h, s, align, mode):
    """One cell: s may hold '\n' (lines). align L/R/C; figures (align R) are always one run."""
    lines = s.split("\n")
    lh = FS + 2
    y = ytop - (h - len(lines) * lh) / 2 - FS + 1
    for ln in lines:
        w = doc.width(ln)
        if align == "R":
            doc.run(x1 - 3 - w, y, ln)
        elif align == "C":
            doc.text((x0 + x1) / 2 - w / 2, y, ln, mode)
        else:
            doc.text(x0 + 3, y, ln, mode)
        y -= lh


class Table:
    """cols: widths; header: [(r, c, rowspan, colspan, text)] over hrows rows of height hh;
    rows: lists of cell strings; aligns per column; mode_of(i, j) -> run mode of a label cell."""

    def __init__(self, doc, cols, header, hrows, aligns, mode_of, x0=None, rh=18, hh=None, head_mode="whole"):
        hh = hh or (24 if any("\n" in h[4] for h in header) else 18)
        self.d, self.cols, self.header, self.hrows = doc, cols, header, hrows
        self.aligns, self.mode_of, self.rh, self.hh, self.head_mode = aligns, mode_of, rh, hh, head_mode
        w = sum(cols)
        self.x0 = x0 if x0 is not None else (PAGE[0] - w) / 2
        self.xs = [self.x0]
        for c in cols:
            self.xs.append(self.xs[-1] + c)

    def draw_header(self, ytop):
        d = self.d
        for r, c, rs, cs, s in self.header:
            x0, x1 = self.xs[c], self.xs[c + cs]
            yt, yb = ytop - r * self.hh, ytop - (r + rs) * self.hh
            if getattr(d, "shade", False):  # header cell shading: a filled rectangle the cell's size
                d.c.setFillGray(0.85)
                d.c.rect(x0, yb, x1 - x0, yt - yb, fill=1, stroke=0)
                d.c.setFillGray(0)
            d.hline(x0, x1, yt)
            d.hline(x0, x1, yb)
            d.vline(x0, yb, yt)
            d.vline(x1, yb, yt)
            cell_text(d, x0, x1, yt, yt - yb, s, "C", self.head_mode)
        return ytop - self.hrows * self.hh

    def draw(self, ytop, rows, spans=None, new_page_title=None):
        """spans: {row index: text} for a row whose one cell spans all columns (an empty table's note)."""
        d = self.d
        y = self.draw_header(ytop)
        for i, row in enumerate(rows):
            if y - self.rh < BOTTOM:
                d.new_page()
                y = self.draw_header(545)
            yb = y - self.rh
            d.hline(self.xs[0], self.xs[-1], y)
            d.hline(self.xs[0], self.xs[-1], yb)
            if spans and i in spans:
                d.vline(self.xs[0], yb, y)
                d.vline(self.xs[-1], yb, y)
                cell_text(d, self.xs[0], self.xs[-1], y, self.rh, spans[i], "C", "whole")
            else:
                for x in self.xs:
                    d.vline(x, yb, y)
                for j, s in enumerate(row):
                    if s:
                        cell_text(
                            d, self.xs[j], self.xs[j + 1], y, self.rh, s, self.aligns[j], self.mode_of(i, j)
                        )
            y = yb
        return y


# ------------------------------------------------------------------------------------------- tables
INDENT = {3: "", 5: "\u3000", 7: "\u3000\u3000"}


def coded_rows(rows):
    out = []
    for code, name, vals in rows:
        lab = name if code else "合\u3000\u3000计"
        out.append([code, INDENT.get(len(code), "") + lab] + [v or "" for v in vals])
    return out


def modes_cycle(kinds, whole_cols=(0,)):
    """label cells: cycle through the kinds by row; code columns (whole_cols) stay one run."""
    return lambda i, j: "whole" if j in whole_cols else kinds[i % len(kinds)]


def summary_table(doc, d, title, form, modes):
    si, so, st = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "TOT"))
    y = doc.title(title, form)
    hdr = [
        (0, 0, 1, 2, "收\u3000\u3000入"),
        (0, 2, 1, 2, "支\u3000\u3000出"),
        (1, 0, 1, 1, "项\u3000\u3000目"),
        (1, 1, 1, 1, "预算数"),
        (1, 2, 1, 1, "项\u3000\u3000目"),
        (1, 3, 1, 1, "预算数"),
    ]
    t = Table(doc, [250, 110, 250, 110], hdr, 2, ["L", "R", "L", "R"], modes_cycle(modes, ()))
    n_ = max(len(si), len(so))
    rows = []
    for i in range(n_):
        a = si[i] if i < len(si) else ("", None)
        b = so[i] if i < len(so) else ("", None)
        rows.append([a[0], a[1] or "", b[0], b[1] or ""])
    for a, av, b, bv in st:
        rows.append([a, av or "", b, bv or ""])
    t.draw(y, rows)


def fiscal_table(doc, d, title, form, modes, three_rows=False, head_first=False):
    fi, fo, ft = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "TOT"))
    y = doc.title(title, form)
    if three_rows:
        hdr = [
            (0, 0, 1, 2, "收\u3000\u3000入"),
            (0, 2, 1, 4, "支\u3000\u3000出"),
            (1, 0, 2, 1, "项\u3000\u3000目"),
            (1, 1, 2, 1, "预算数"),
            (1, 2, 2, 1, "项\u3000\u3000目"),
            (1, 3, 1, 3, "预算数"),
            (2, 3, 1, 1, "合计"),
            (2, 4, 1, 1, "一般公共预算"),
            (2, 5, 1, 1, "政府性基金预算"),
        ]
        hrows = 3
    else:
        hdr = [
            (0, 0, 1, 2, "收\u3000\u3000入"),
            (0, 2, 1, 4, "支\u3000\u3000出"),
            (1, 0, 1, 1, "项\u3000\u3000目"),
            (1, 1, 1, 1, "预算数"),
            (1, 2, 1, 1, "项\u3000\u3000目"),
            (1, 3, 1, 1, "合计"),
            (1, 4, 1, 1, "一般公共预算"),
            (1, 5, 1, 1, "政府性基金预算"),
        ]
        hrows = 2
    t = Table(
        doc, [200, 90, 200, 90, 90, 90], hdr, hrows, ["L", "R", "L", "R", "R", "R"], modes_cycle(modes, ())
    )
    rows = []
    tot = [[a, av or "", b, bv or "", g or "", f or ""] for a, av, b, bv, g, f in ft]
    if head_first:
        rows.append(tot.pop(0))
    for i in range(max(len(fi), len(fo))):
        a = fi[i] if i < len(fi) else ("", None)
        b = fo[i] if i < len(fo) else ("", None, None, None)
        rows.append([a[0], a[1] or ""] + [b[0]] + [v or "" for v in b[1:]])
    rows += tot
    t.draw(y, rows)


def coded_table(doc, title, form, heads, hrows, widths, rows, modes, empty=None):
    y = doc.title(title, form)
    ncol = len(widths)
    aligns = ["L", "L"] + ["R"] * (ncol - 2)
    t = Table(doc, widths, heads, hrows, aligns, modes_cycle(modes), head_mode=doc.head_mode)
    if empty:
        t.draw(y, [[""] * ncol], spans={0: empty})
    else:
        t.draw(y, coded_rows(rows))


def sangong_table(doc, d, title, form):
    y = doc.title(title, form)
    hdr = [
        (0, 0, 2, 1, "合计"),
        (0, 1, 2, 1, "因公出国（境）费"),
        (0, 2, 1, 3, "公务用车购置及运行费"),
        (0, 5, 2, 1, "公务接待费"),
        (1, 2, 1, 1, "小计"),
        (1, 3, 1, 1, "公务用车购置费"),
        (1, 4, 1, 1, "公务用车运行费"),
    ]
    t = Table(doc, [110] * 6, hdr, 2, ["R"] * 6, lambda i, j: "whole", head_mode=doc.head_mode)
    t.draw(y, [[v or "" for v in getattr(DT, d + "_SANGONG")]])


# ------------------------------------------------------------------------------------------- documents
def doc_A(latin=None, suffix="", shade=False):
    """广东省地方志办公室 (provincial): rules as filled rectangles, 表1.., titles one run, labels per char.
    latin: the variant a2 draws ASCII (figures, codes, 2025) in Times-Roman, as Word's mixed-font runs;
    shade: the variant a3 shades the header cells (filled grey rectangles the cells' size)."""
    doc = Doc(f"{OUT}/a{suffix}_gd_dfz_2025_budget.pdf", rules="rect")
    doc.latin = latin
    doc.shade = shade
    doc.head_mode = "chars"
    doc.cover("广东省地方志办公室2025年部门预算", "广东省地方志办公室")
    M = ["chars", "split", "whole"]
    summary_table(doc, "A", "广东省地方志办公室2025年部门收支总表", "表1", M)
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 1, 4, "本年收入"),
        (1, 3, 1, 1, "一般公共预算\n拨款收入"),
        (1, 4, 1, 1, "政府性基金预算\n拨款收入"),
        (1, 5, 1, 1, "事业收入"),
        (1, 6, 1, 1, "其他收入"),
    ]
    coded_table(
        doc,
        "广东省地方志办公室2025年部门收入总表",
        "表2",
        heads,
        2,
        [70, 230, 85, 95, 95, 85, 85],
        DT.A_INC,
        M,
    )
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    coded_table(
        doc, "广东省地方志办公室2025年部门支出总表", "表3", heads, 1, [70, 260, 110, 110, 110], DT.A_EXP, M
    )
    fiscal_table(doc, "A", "广东省地方志办公室2025年财政拨款收支总表", "表4", M)
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 1, 2, "基本支出"),
        (0, 5, 2, 1, "项目支出"),
        (1, 3, 1, 1, "人员经费"),
        (1, 4, 1, 1, "公用经费"),
    ]
    coded_table(
        doc,
        "广东省地方志办公室2025年一般公共预算支出表",
        "表5",
        heads,
        2,
        [70, 250, 95, 95, 95, 95],
        DT.A_GB,
        M,
    )
    heads = [
        (0, 0, 2, 1, "经济分类\n科目编码"),
        (0, 1, 2, 1, "经济分类科目名称"),
        (0, 2, 1, 3, "本年一般公共预算基本支出"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "人员经费"),
        (1, 4, 1, 1, "公用经费"),
    ]
    econ = [(c, ("\u3000" if len(c) == 5 else "") + nm if c else nm, v) for c, nm, v in DT.A_ECON]
    coded_table(
        doc,
        "广东省地方志办公室2025年一般公共预算基本支出表",
        "表6",
        heads,
        2,
        [80, 250, 110, 110, 110],
        econ,
        M,
    )
    sangong_table(doc, "A", "广东省地方志办公室2025年一般公共预算“三公”经费支出表", "表7")
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 1, 3, "本年政府性基金预算支出"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "基本支出"),
        (1, 4, 1, 1, "项目支出"),
    ]
    coded_table(
        doc,
        "广东省地方志办公室2025年政府性基金预算支出表",
        "表8",
        heads,
        2,
        [80, 250, 110, 110, 110],
        None,
        M,
        empty="本表无数据",
    )
    doc.finish()


def doc_B():
    """泗洪县农业农村局 (county, Jiangsu): stroked grid, 表一.., titles in two runs, econ blocks side by side."""
    doc = Doc(f"{OUT}/b_js_sh_nyncj_2025_budget.pdf", rules="line", title_mode="split")
    doc.head_mode = "split"
    doc.cover("泗洪县农业农村局2025年部门预算", "泗洪县农业农村局")
    M = ["split", "whole", "chars", "whole"]
    summary_table(doc, "B", "泗洪县农业农村局2025年部门收支总表", "表一", M)
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "上年结转"),
        (0, 4, 1, 1, "一般公共预算\n拨款收入"),
        (0, 5, 1, 1, "政府性基金预算\n拨款收入"),
        (0, 6, 1, 1, "事业收入"),
        (0, 7, 1, 1, "其他收入"),
    ]
    coded_table(
        doc,
        "泗洪县农业农村局2025年部门收入总表",
        "表二",
        heads,
        1,
        [60, 220, 80, 70, 80, 85, 70, 70],
        DT.B_INC,
        M,
    )
    doc.title_rows = None
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
        (0, 5, 1, 1, "事业单位\n经营支出"),
        (0, 6, 1, 1, "上缴上级\n支出"),
        (0, 7, 1, 1, "对附属单位\n补助支出"),
    ]
    coded_table(
        doc,
        "泗洪县农业农村局2025年部门支出总表",
        "表三",
        heads,
        1,
        [60, 220, 80, 75, 80, 70, 70, 80],
        DT.B_EXP,
        M,
    )
    fiscal_table(doc, "B", "泗洪县农业农村局2025年财政拨款收支总表", "表四", M)
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 1, 3, "基本支出"),
        (0, 6, 2, 1, "项目支出"),
        (1, 3, 1, 1, "小计"),
        (1, 4, 1, 1, "人员经费"),
        (1, 5, 1, 1, "公用经费"),
    ]
    coded_table(
        doc,
        "泗洪县农业农村局2025年一般公共预算支出表",
        "表五",
        heads,
        2,
        [60, 240, 85, 85, 85, 85, 85],
        DT.B_GB,
        M,
    )
    # 基本支出表: two blocks side by side
    y = doc.title("泗洪县农业农村局2025年一般公共预算基本支出表", "表六")
    hdr = [
        (0, 0, 1, 3, "人员经费"),
        (0, 3, 1, 3, "公用经费"),
        (1, 0, 1, 1, "科目编码"),
        (1, 1, 1, 1, "科目名称"),
        (1, 2, 1, 1, "金额"),
        (1, 3, 1, 1, "科目编码"),
        (1, 4, 1, 1, "科目名称"),
        (1, 5, 1, 1, "金额"),
    ]
    t = Table(
        doc,
        [60, 200, 85, 60, 200, 85],
        hdr,
        2,
        ["L", "L", "R", "L", "L", "R"],
        modes_cycle(M, (0, 3)),
        head_mode="split",
    )
    b1, b2 = DT.B_ECON_BLOCKS
    rows = []
    for i in range(max(len(b1), len(b2))):
        r = []
        for b in (b1, b2):
            if i < len(b):
                c, nm, v = b[i]
                r += [c, ("\u3000" if len(c) == 5 else "") + nm, v or ""]
            else:
                r += ["", "", ""]
        rows.append(r)
    (l1, v1), (l2, v2) = DT.B_ECON_TOTALS
    rows.append(["", l1, v1, "", l2, v2])
    t.draw(y, rows)
    sangong_table(doc, "B", "泗洪县农业农村局2025年一般公共预算“三公”经费支出表", "表七")
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    coded_table(
        doc,
        "泗洪县农业农村局2025年政府性基金预算支出表",
        "表八",
        heads,
        1,
        [80, 250, 110, 110, 110],
        None,
        M,
        empty="本部门无政府性基金预算",
    )
    doc.finish()


def doc_C():
    """陕西省统计局 (provincial): stroked grid, 公开01表.., titles drawn per character, 3-row header."""
    doc = Doc(f"{OUT}/c_sx_tjj_2025_budget.pdf", rules="line", title_mode="chars")
    doc.head_mode = "chars"
    doc.cover("陕西省统计局2025年部门预算", "陕西省统计局")
    M = ["whole", "chars", "split"]
    summary_table(doc, "C", "陕西省统计局2025年部门收支总表", "公开01表", M)
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 1, 5, "本年收入"),
        (1, 3, 1, 1, "一般公共预算\n拨款收入"),
        (1, 4, 1, 1, "政府性基金预算\n拨款收入"),
        (1, 5, 1, 1, "国有资本经营\n预算拨款收入"),
        (1, 6, 1, 1, "事业收入"),
        (1, 7, 1, 1, "其他收入"),
    ]
    coded_table(
        doc,
        "陕西省统计局2025年部门收入总表",
        "公开02表",
        heads,
        2,
        [60, 200, 80, 80, 85, 85, 70, 70],
        DT.C_INC,
        M,
    )
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    coded_table(
        doc, "陕西省统计局2025年部门支出总表", "公开03表", heads, 1, [70, 260, 110, 110, 110], DT.C_EXP, M
    )
    fiscal_table(
        doc, "C", "陕西省统计局2025年财政拨款收支总表", "公开04表", M, three_rows=True, head_first=True
    )
    heads = [
        (0, 0, 3, 1, "科目编码"),
        (0, 1, 3, 1, "科目名称"),
        (0, 2, 1, 4, "本年一般公共预算支出"),
        (1, 2, 2, 1, "合计"),
        (1, 3, 1, 2, "基本支出"),
        (1, 5, 2, 1, "项目支出"),
        (2, 3, 1, 1, "人员经费"),
        (2, 4, 1, 1, "公用经费"),
    ]
    coded_table(
        doc,
        "陕西省统计局2025年一般公共预算支出表",
        "公开05表",
        heads,
        3,
        [70, 250, 95, 95, 95, 95],
        DT.C_GB,
        M,
    )
    heads = [
        (0, 0, 2, 1, "部门经济分类\n科目编码"),
        (0, 1, 2, 1, "部门经济分类科目名称"),
        (0, 2, 1, 3, "一般公共预算基本支出"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "人员经费"),
        (1, 4, 1, 1, "公用经费"),
    ]
    econ = [(c, ("\u3000" if len(c) == 5 else "") + nm if c else nm, v) for c, nm, v in DT.C_ECON]
    coded_table(
        doc,
        "陕西省统计局2025年一般公共预算基本支出表",
        "公开06表",
        heads,
        2,
        [90, 250, 110, 110, 110],
        econ,
        M,
    )
    sangong_table(doc, "C", "陕西省统计局2025年一般公共预算“三公”经费支出表", "公开07表")
    heads = [
        (0, 0, 1, 1, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 2, 1, 1, "合计"),
        (0, 3, 1, 1, "基本支出"),
        (0, 4, 1, 1, "项目支出"),
    ]
    y = doc.title("陕西省统计局2025年政府性基金预算支出表", "公开08表")
    t = Table(
        doc, [80, 250, 110, 110, 110], heads, 1, ["L", "L", "R", "R", "R"], modes_cycle(M), head_mode="chars"
    )
    y = t.draw(y, [["", "合\u3000\u3000计", "", "", ""]])
    doc.text(t.x0, y - 16, "注：本部门2025年无政府性基金预算，本表无数据。", "split")
    doc.finish()


def doc_D():
    """永泰县卫生健康局 (county, Fujian): stroked grid, 表1.., government fund money, 科目 group header."""
    doc = Doc(f"{OUT}/d_fj_yt_wjj_2025_budget.pdf", rules="line", title_mode="whole")
    doc.head_mode = "whole"
    doc.cover("永泰县卫生健康局2025年部门预算", "永泰县卫生健康局")
    M = ["chars", "chars", "whole", "split"]
    summary_table(doc, "D", "永泰县卫生健康局2025年部门收支总表", "表1", M)
    heads = [
        (0, 0, 1, 2, "科目"),
        (1, 0, 1, 1, "编码"),
        (1, 1, 1, 1, "名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 2, 1, "一般公共预算\n拨款收入"),
        (0, 4, 2, 1, "政府性基金预算\n拨款收入"),
        (0, 5, 2, 1, "其他收入"),
    ]
    coded_table(
        doc, "永泰县卫生健康局2025年部门收入总表", "表2", heads, 2, [70, 250, 100, 100, 100, 100], DT.D_INC, M
    )
    heads = [
        (0, 0, 1, 2, "科目"),
        (1, 0, 1, 1, "编码"),
        (1, 1, 1, 1, "名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 2, 1, "基本支出"),
        (0, 4, 2, 1, "项目支出"),
    ]
    coded_table(
        doc, "永泰县卫生健康局2025年部门支出总表", "表3", heads, 2, [70, 260, 110, 110, 110], DT.D_EXP, M
    )
    fiscal_table(doc, "D", "永泰县卫生健康局2025年财政拨款收支总表", "表4", M)
    coded_table(
        doc, "永泰县卫生健康局2025年一般公共预算支出表", "表5", heads, 2, [70, 260, 110, 110, 110], DT.D_GB, M
    )
    h6 = [
        (0, 0, 2, 1, "经济科目编码"),
        (0, 1, 2, 1, "经济科目名称"),
        (0, 2, 1, 3, "基本支出"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "人员经费"),
        (1, 4, 1, 1, "公用经费"),
    ]
    econ = [(c, ("\u3000" if len(c) == 5 else "") + nm if c else nm, v) for c, nm, v in DT.D_ECON]
    coded_table(
        doc, "永泰县卫生健康局2025年一般公共预算基本支出表", "表6", h6, 2, [90, 250, 110, 110, 110], econ, M
    )
    sangong_table(doc, "D", "永泰县卫生健康局2025年一般公共预算“三公”经费支出表", "表7")
    coded_table(
        doc,
        "永泰县卫生健康局2025年政府性基金预算支出表",
        "表8",
        heads,
        2,
        [70, 260, 110, 110, 110],
        DT.D_GF,
        M,
    )
    doc.finish()


if __name__ == "__main__":
    check_all()
    doc_A()
    doc_A("Times-Roman", "2")
    doc_A(None, "3", shade=True)
    doc_B()
    doc_C()
    doc_D()
    print("ok")
