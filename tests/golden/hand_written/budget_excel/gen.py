"""Draw the three Excel-export-style 2025 部门预算 of budget_excel/ from the cells typed in budget_excel_data.py: every cell
its own text object (figures right-aligned, names left-aligned and indented with spaces), grid lines as one
segment per cell edge, portrait pages with landscape ones for the wide tables, codes in one column (A, C) or
split 类|款|项 (B), blank / "0.00" / "-" for nothing, 合计 rows at the top (A, C) or the bottom (B), a table
over two pages with the header repeated (A 支出预算表, C 基本支出表) and without (B 一般公共预算支出表).
Every identity is asserted before drawing.

Run with a reportlab venv:  /tmp/rlvenv/bin/python gen.py [A|B|C]  then  pdftotext -layout x.pdf x.layout.txt
"""

import os
import sys
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import budget_excel_data as DT  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
PORTRAIT, LAND = A4, landscape(A4)
FS = 8


def num(s):
    return Decimal(s.replace(",", "")) if s else Decimal(0)


# ------------------------------------------------------------------ identities (to the cent)
def check_coded(rows, parts=None, label=""):
    """类 = Σ 款 = Σ 项, 合计 = Σ 类 in every column; parts(vals) -> (total, [parts]) row identity."""
    by = {c: [num(v) for v in vs] for c, _, vs in rows}
    tot = by.pop("")
    for i in range(len(tot)):
        assert sum(v[i] for c, v in by.items() if len(c) == 3) == tot[i], (label, "合计", i)
        for p in by:
            kids = [c for c in by if len(c) == len(p) + 2 and c.startswith(p)]
            if kids:
                assert sum(by[c][i] for c in kids) == by[p][i], (label, p, i)
    for c, v in [*by.items(), ("", tot)]:
        if parts:
            t, ps = parts(v)
            assert t == sum(ps), (label, c)
    return by, tot


def check_identities(d):
    g = lambda k: getattr(DT, f"{d}_{k}")  # noqa: E731
    inc, inct = check_coded(g("INC"), lambda v: (v[0], v[1:]), "INC")
    exp, expt = check_coded(g("EXP"), lambda v: (v[0], v[1:]), "EXP")
    gb, gbt = check_coded(g("GB"), lambda v: (v[0], v[1:]), "GB")
    econ, econt = check_coded(g("ECON"), lambda v: (v[0], v[1:]), "ECON")
    assert inct[0] == expt[0]
    for c in exp:
        assert inc[c][0] == exp[c][0], c
    # the 一般公共预算 column of the income table is the 一般公共预算 table's total
    for c in gb:
        assert gb[c][0] == inc[c][2], c
    assert gbt[0] == inct[2]
    basic_gb = gbt[1] if d != "C" else gbt[1] + gbt[2]
    assert econt[0] == basic_gb
    if d == "C":
        assert econt[1] == gbt[1] and econt[2] == gbt[2]
    # economic: 类 = Σ 款 (codes of 5 digits under 3)
    for p in [c for c in econ if len(c) == 3]:
        assert sum(v[0] for c, v in econ.items() if len(c) == 5 and c.startswith(p)) == econ[p][0], p
    assert econ["301"][0] + econ["303"][0] == econt[1]
    assert econ["302"][0] + econ["310"][0] == econt[2]
    t, o, v, vp, vo, r = (num(x) for x in g("SANGONG"))
    assert t == o + v + r and v == vp + vo
    assert econ["30231"][0] == vo and econ["30217"][0] == r
    if g("GF"):
        gf, gft = check_coded(g("GF"), lambda v: (v[0], v[1:]), "GF")
        assert gft[0] == inct[3]
    else:
        assert inct[3] == 0
    proj = [(n, [num(x) for x in vs]) for n, vs in g("PROJ")]
    ptot = proj[0][1]
    for i in range(len(ptot)):
        assert sum(vs[i] for _, vs in proj[1:]) == ptot[i], ("PROJ", i)
    for n, vs in proj:
        assert vs[0] == sum(vs[1:]), n
    assert ptot[0] == expt[2]
    cols = DT.PROJ_COLS[d]
    assert ptot[cols.index("general_public")] == gbt[-1]
    # summaries
    s = {lab: num(v) for lab, v, _, _ in g("SUM") if lab}
    s.update({lab: num(v) for _, _, lab, v in g("SUM") if lab})
    classes = {n: exp[c][0] for c, n, _ in g("EXP") if len(c) == 3}
    out = {lab: v for lab, v in s.items() if any(lab.endswith(n) for n in classes)}
    assert sorted(out.values()) == sorted(classes.values())
    assert sum(out.values()) == expt[0] == s["支出总计"] == s["收入总计"]
    if d == "C":
        items = ["（一）一般公共预算拨款", "（二）政府性基金预算拨款", "（四）事业收入", "（五）其他收入"]
        assert s["一、本年收入"] == sum(s[k] for k in items)
        assert s["一、本年收入"] + s["二、上年结转"] == s["收入总计"]
        assert s["一、本年支出"] + s["二、年末结转"] == s["支出总计"]
        assert s["（一）一般公共预算拨款"] == inct[2] and s["（四）事业收入"] == inct[4]
    else:
        items = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "四、事业收入", "六、其他收入"]
        assert s["本年收入合计"] == sum(s[k] for k in items)
        assert s["本年收入合计"] + s["上年结转"] == s["收入总计"]
        assert s["本年支出合计"] + s["年末结转"] == s["支出总计"]
        assert s["一、一般公共预算拨款收入"] == inct[2] and s["四、事业收入"] == inct[4]
        assert s["上年结转"] == inct[1] and s["六、其他收入"] == inct[5]
    fin = {lab: num(v) for lab, v, _, _ in g("FS") if lab}
    fout = {lab: [num(x) for x in vs] for _, _, lab, vs in g("FS")}
    for lab, vs in fout.items():
        assert vs[0] == vs[1] + vs[2], lab
    gbclasses = {n: gb[c][0] for c, n, _ in g("GB") if len(c) == 3}
    for lab, vs in fout.items():
        hit = [n for n in gbclasses if lab.endswith(n)]
        if hit:
            assert vs[1] == gbclasses[hit[0]], lab
    assert (
        fout["支出总计"][1] == gbt[0] == sum(fout[k][1] for k in fout if any(k.endswith(n) for n in classes))
    )
    assert fout["支出总计"][0] == sum(fout[k][0] for k in fout if any(k.endswith(n) for n in classes))
    assert fin["收入总计"] == fout["支出总计"][0]


# ------------------------------------------------------------------ drawing
class Doc:
    def __init__(self, d):
        meta = DT.DOCS[d]
        self.d = d
        self.path = os.path.join(HERE, meta["name"] + ".pdf")
        self.org, self.unit = meta["org"], meta["unit"]
        self.pages = []  # (pagesize, callable)
        self.form = 0

    def save(self):
        c = canvas.Canvas(self.path, pagesize=PORTRAIT)
        n = len(self.pages)
        for i, (size, draw) in enumerate(self.pages, 1):
            c.setPageSize(size)
            draw(c, size)
            if self.d == "B":
                c.setFont(F, 9)
                c.drawCentredString(size[0] / 2, 22, f"第{i}页，共{n}页")
            c.showPage()
        c.save()


def seg(c, x0, y0, x1, y1, w=0.5):
    c.setLineWidth(w)
    c.line(x0, y0, x1, y1)


def cell_text(c, text, x0, x1, ytop, h, align, size=FS):
    """one text object per line of a cell; a text wider than its cell wraps inside it"""
    if not text:
        return
    width = x1 - x0 - 5
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur.strip():
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    lh = size + 2
    y = ytop - (h - len(lines) * lh) / 2 - size * 0.85
    for ln in lines:
        c.setFont(F, size)
        if align == "r":
            c.drawRightString(x1 - 3, y, ln)
        elif align == "c":
            c.drawCentredString((x0 + x1) / 2, y, ln)
        else:
            c.drawString(x0 + 3, y, ln)
        y -= lh


def cell_lines(text, x0, x1, size=FS):
    if not text:
        return 1
    width, n, cur = x1 - x0 - 5, 1, ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur.strip():
            n += 1
            cur = ch
        else:
            cur += ch
    return n


def table_pages(doc, title, widths, header, rows, size=PORTRAIT, split=None, repeat=True, hh=20):
    """header: [(row, col, rowspan, colspan, text)]; rows: lists of (text, align) per column, or
    ('span', col0, ncols, text, align) items. A row's height grows with its wrapped cells."""
    doc.form += 1
    form = f"表{doc.form}"
    pw, ph = size
    x0 = (pw - sum(widths)) / 2
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    nh = max(r + rs for r, _, rs, _, _ in header)
    chunks = [rows] if not split else [rows[:split], rows[split:]]

    def row_items(row):
        col, out = 0, []
        for item in row:
            if item is None:
                col += 1
                continue
            if item[0] == "span":
                _, c0, n, text, al = item
                out.append((c0, c0 + n, text, al))
                col = c0 + n
            else:
                out.append((col, col + 1, item[0], item[1]))
                col += 1
        return out

    def page(chunk, first):
        def draw(c, size):
            y = size[1] - 36
            if first:
                c.setFont(F, 9)
                c.drawString(xs[0], y, form)
                y -= 20
                c.setFont(F, 15)
                c.drawCentredString(size[0] / 2, y, title)
                y -= 20
                c.setFont(F, 9)
                if doc.d == "B":
                    c.drawString(xs[0], y, f"单位名称：{doc.org}")
                    c.drawRightString(xs[-1], y, f"单位：{doc.unit}")
                elif doc.d == "A":
                    c.drawString(xs[0], y, f"编制单位：{doc.org}")
                    c.drawRightString(xs[-1], y, f"单位：{doc.unit}")
                else:
                    c.drawRightString(xs[-1], y, f"单位：{doc.unit}")
                y -= 8
            top = y
            if first or repeat:
                for r, col, rs, cs, text in header:
                    yt, yb = top - r * hh, top - (r + rs) * hh
                    for a, b, cc, dd in (
                        (xs[col], yt, xs[col + cs], yt),
                        (xs[col], yb, xs[col + cs], yb),
                        (xs[col], yt, xs[col], yb),
                        (xs[col + cs], yt, xs[col + cs], yb),
                    ):
                        seg(c, a, b, cc, dd)
                    cell_text(c, text, xs[col], xs[col + cs], yt, yt - yb, "c")
                y = top - nh * hh
            for row in chunk:
                items = row_items(row)
                n = max(cell_lines(t, xs[a], xs[b]) for a, b, t, _ in items)
                rh = max(16, n * (FS + 2) + 6)
                yt, yb = y, y - rh
                for a, b, text, al in items:
                    seg(c, xs[a], yt, xs[b], yt)
                    seg(c, xs[a], yb, xs[b], yb)
                    seg(c, xs[a], yt, xs[a], yb)
                    seg(c, xs[b], yt, xs[b], yb)
                    cell_text(c, text, xs[a], xs[b], yt, rh, al)
                y = yb

        return draw

    for i, ch in enumerate(chunks):
        doc.pages.append((size, page(ch, i == 0)))


def amt(doc, v):
    return (DT.NOTHING[doc.d] if v is None else v, "r")


def indent(doc, code, name):
    level = {3: 0, 5: 1, 7: 2}.get(len(code), 0)
    if doc.d == "A":
        return "  " * level + name
    if doc.d == "C":
        return "　" * level + name
    return name


def code_cells(doc, code, econ=False):
    """B prints codes split: 类 | 款 | 项 (economic: 类 | 款), each cell with its own segment."""
    if doc.d != "B":
        return [(code, "l")]
    n = 2 if econ else 3
    parts = [code[:3], code[3:5], code[5:7]][:n]
    return [(p, "c") for p in parts]


def code_header(doc, ncode, label="科目编码", name="科目名称"):
    if doc.d != "B":
        return [(0, 0, 2, 1, label), (0, 1, 2, 1, name)], 2
    heads = ["类", "款", "项"][:ncode]
    h = [(0, 0, 1, ncode, label), (0, ncode, 2, 1, name)]
    h += [(1, i, 1, 1, t) for i, t in enumerate(heads)]
    return h, ncode + 1


def coded_table(doc, title, heads, rows, size=PORTRAIT, split=None, repeat=True, econ=False, group=None):
    """heads: amount column headers; group: (first, n, text) a group header over amount columns."""
    ncode = 1 if doc.d != "B" else (2 if econ else 3)
    header, lead = code_header(doc, ncode)
    if doc.d == "B":
        header = [(r, c, rs, cs, t) for r, c, rs, cs, t in header]
    for i, h in enumerate(heads):
        if group and group[0] <= i < group[0] + group[1]:
            header.append((1, lead + i, 1, 1, h))
        else:
            header.append((0, lead + i, 2, 1, h))
    if group:
        header.append((0, lead + group[0], 1, group[1], group[2]))
    cw = 50 if doc.d == "B" else 58
    code_w = [cw] if doc.d != "B" else [30] * ncode
    avail = size[0] - 60 - sum(code_w)
    aw = min(92, (avail - 170) / len(heads))
    widths = [*code_w, avail - aw * len(heads), *([aw] * len(heads))]
    body = []
    for code, name, vs in rows:
        if not code:
            lab = "合计" if doc.d != "C" else "合　计"
            body.append([("span", 0, lead, lab, "c")] + [amt(doc, v) for v in vs])
        else:
            body.append(
                [*code_cells(doc, code, econ), (indent(doc, code, name), "l")] + [amt(doc, v) for v in vs]
            )
    if doc.d == "B":  # 合计 printed last
        body = body[1:] + body[:1]
    table_pages(doc, title, widths, header, body, size=size, split=split, repeat=repeat)


def summary_table(doc, title, rows):
    header = [
        (0, 0, 1, 2, "收入"),
        (0, 2, 1, 2, "支出"),
        (1, 0, 1, 1, "项目"),
        (1, 1, 1, 1, "预算数"),
        (1, 2, 1, 1, "项目"),
        (1, 3, 1, 1, "预算数"),
    ]
    body = []
    for il, iv, el, ev in rows:
        body.append(
            [
                (il, "c" if "总计" in il else "l"),
                amt(doc, iv) if il else ("", "r"),
                (el, "c" if "总计" in el else "l"),
                amt(doc, ev) if el else ("", "r"),
            ]
        )
    table_pages(doc, title, [170, 90, 170, 90], header, body)


def fiscal_table(doc, title, rows):
    header = [
        (0, 0, 1, 2, "收入"),
        (0, 2, 1, 4, "支出"),
        (1, 0, 2, 1, "项目"),
        (1, 1, 2, 1, "预算数"),
        (1, 2, 2, 1, "项目"),
        (1, 3, 2, 1, "合计"),
        (1, 4, 2, 1, "一般公共预算"),
        (1, 5, 2, 1, "政府性基金预算"),
    ]
    body = []
    for il, iv, el, evs in rows:
        body.append(
            [
                (il, "c" if "总计" in il else "l"),
                amt(doc, iv) if il else ("", "r"),
                (el, "c" if "总计" in el else "l"),
            ]
            + [amt(doc, v) for v in evs]
        )
    table_pages(doc, title, [140, 80, 160, 80, 80, 80], header, body, size=LAND)


def sangong_table(doc, title):
    header = [
        (0, 0, 2, 1, "合计"),
        (0, 1, 2, 1, "因公出国（境）费"),
        (0, 2, 1, 3, "公务用车购置及运行费"),
        (0, 5, 2, 1, "公务接待费"),
        (1, 2, 1, 1, "小计"),
        (1, 3, 1, 1, "公务用车购置费"),
        (1, 4, 1, 1, "公务用车运行费"),
    ]
    body = [[amt(doc, v) for v in getattr(DT, doc.d + "_SANGONG")]]
    table_pages(doc, title, [85] * 6, header, body)


def gf_table(doc, title):
    rows = getattr(DT, doc.d + "_GF")
    if rows:
        coded_table(doc, title, ["合计", "基本支出", "项目支出"], rows)
        return
    header = [(0, 0, 2, 1, "科目编码"), (0, 1, 2, 1, "科目名称")]
    header += [(0, 2, 1, 3, "本年政府性基金预算支出")]
    header += [(1, 2, 1, 1, "合计"), (1, 3, 1, 1, "基本支出"), (1, 4, 1, 1, "项目支出")]
    body = [[("span", 0, 5, "本单位无政府性基金预算收支，此表为空。", "l")]]
    table_pages(doc, title, [58, 200, 80, 80, 80], header, body)


def project_table(doc, title):
    heads = DT.PROJ_HEADS[doc.d]
    rows = getattr(DT, doc.d + "_PROJ")
    size = LAND if doc.d == "B" else PORTRAIT
    nw = 150 if doc.d != "B" else 220
    aw = 70 if doc.d != "B" else 80
    header = [(0, 0, 2, 1, "项目名称")] + [(0, 1 + i, 2, 1, h) for i, h in enumerate(heads)]
    body = []
    for name, vs in rows:
        al = "c" if name == "合计" else "l"
        body.append([(name, al)] + [amt(doc, v) for v in vs])
    if doc.d == "B":
        body = body[1:] + body[:1]
    table_pages(doc, title, [nw] + [aw] * len(heads), header, body, size=size)


def cover(doc):
    def draw(c, size):
        c.setFont(F, 26)
        c.drawCentredString(size[0] / 2, size[1] - 250, doc.org)
        c.drawCentredString(size[0] / 2, size[1] - 300, "2025年部门预算")

    doc.pages.append((PORTRAIT, draw))


def build(d):
    check_identities(d)
    doc = Doc(d)
    cover(doc)
    pre = {"A": f"{doc.org}2025年", "B": "", "C": "2025年部门"}[d]
    g = lambda k: getattr(DT, f"{d}_{k}")  # noqa: E731
    summary_table(doc, f"{pre}收支预算总表", g("SUM"))
    inc_heads = ["合计", "上年结转", "一般公共预算拨款", "政府性基金", "事业收入", "其他收入"]
    coded_table(
        doc,
        f"{pre}收入预算表",
        inc_heads,
        g("INC"),
        size=LAND,
        group=(2, 4, "本年收入") if d == "B" else None,
    )
    coded_table(
        doc,
        f"{pre}支出预算表",
        ["合计", "基本支出", "项目支出"],
        g("EXP"),
        split=10 if d == "A" else None,
        repeat=True,
    )
    fiscal_table(doc, f"{pre}财政拨款收支预算总表", g("FS"))
    if d == "C":
        coded_table(
            doc,
            f"{pre}一般公共预算支出预算表",
            ["合计", "人员经费", "公用经费", "项目支出"],
            g("GB"),
            group=(1, 2, "基本支出"),
        )
    else:
        coded_table(
            doc,
            f"{pre}一般公共预算支出预算表",
            ["合计", "基本支出", "项目支出"],
            g("GB"),
            split=12 if d == "B" else None,
            repeat=False,
        )
    coded_table(
        doc,
        f"{pre}一般公共预算基本支出预算表",
        ["合计", "人员经费", "公用经费"],
        g("ECON"),
        econ=True,
        split=16 if d == "C" else None,
        repeat=True,
    )
    sangong_table(doc, f"{pre}一般公共预算“三公”经费支出预算表")
    gf_table(doc, f"{pre}政府性基金预算支出预算表")
    project_table(doc, f"{pre}项目支出预算表")
    doc.save()
    print(os.path.basename(doc.path), len(doc.pages), "pages")


if __name__ == "__main__":
    for d in sys.argv[1:] or list(DT.DOCS):
        build(d)
