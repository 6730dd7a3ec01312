"""Draw the three Excel-export-style final accounts of excel_finals/ from the cells typed in excel_finals_data.py:
every cell its own text object, figures right-aligned with thousands separators, grid lines as one short
segment per cell edge (thicker outer border in A and C; B has no horizontal rules inside the body),
tables over two pages (A: header repeated, B: not repeated, C: header and 栏次 row repeated), footers
"第 n 页 共 N 页". Run with the reportlab venv:  /tmp/rlvenv/bin/python gen.py  (then pdftotext -layout)."""

import os
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import excel_finals_data as DT  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
W, H = landscape(A4)
FS = 8


def num(s):
    return D(s.replace(",", "")) if s else D(0)


# ------------------------------------------------------------------ identities (to the cent)
def check_identities(d):
    def coded(rows, ncols, total_first=True):
        by = {c: [num(v) for v in vs] for c, n, vs in rows}
        tot = by.pop("")
        codes = list(by)
        for i in range(ncols):
            assert sum(by[c][i] for c in codes if len(c) == 3) == tot[i], ("合计", i)
            for p in codes:
                if len(p) < 7:
                    kids = [c for c in codes if len(c) == len(p) + 2 and c.startswith(p)]
                    assert sum(by[c][i] for c in kids) == by[p][i], (p, i)
        return by, tot

    inc, inct = coded(getattr(DT, d + "_INC"), 7)
    exp, expt = coded(getattr(DT, d + "_EXP"), 6)
    gb, gbt = coded(getattr(DT, d + "_GB"), len(DT.GB_COLS[d]))
    for by in (inc, exp):
        for c, vs in list(by.items()) + [("", inct if by is inc else expt)]:
            assert vs[0] == sum(vs[1:]), (d, c)
    off = 2 if d == "B" else 0
    for c, vs in list(gb.items()) + [("", gbt)]:
        assert vs[off] == vs[off + 1] + vs[off + 2], (d, c)
    si, so, sb = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "BOTTOM"))
    fi, fo, fb = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "BOTTOM"))
    assert sum(num(v) for v in si.values()) == num(sb[0][1]) == inct[0]
    assert sum(num(v) for v in so.values()) == num(sb[0][3]) == expt[0]
    assert (
        num(si["一、一般公共预算财政拨款收入"])
        == inct[1]
        == num(fi["一、一般公共预算财政拨款"])
        == num(fb[0][1])
    )
    for lab, v in si.items():
        col = {"五、事业收入": 3, "八、其他收入": 6, "一、一般公共预算财政拨款收入": 1}[lab]
        assert num(v) == inct[col]
    for name, (t, d1, b, d2) in (("sum", (sb[0][1], sb[2][1], sb[3][1], None)),):
        pass
    assert num(sb[0][1]) + num(sb[1][1]) + num(sb[2][1]) == num(sb[3][1])
    assert num(sb[0][3]) + num(sb[1][3]) + num(sb[2][3]) == num(sb[3][3]) == num(sb[3][1])
    assert num(fb[0][1]) + num(fb[1][1]) == num(fb[2][1]) == num(fb[2][3][0])
    for row in fb:
        vs = [num(x) for x in row[3]]
        assert vs[0] == sum(vs[1:])
    assert num(fb[0][3][0]) + num(fb[1][3][0]) == num(fb[2][3][0])
    assert sum(num(v[0]) for v in fo.values()) == num(fb[0][3][0]) == gbt[off]
    names = {lab.split("、")[1]: lab for lab in DT.CLASSES}
    for c in [c for c in exp if len(c) == 3]:
        lab = names[dict((x[0], x[1]) for x in getattr(DT, d + "_EXP"))[c]]
        assert num(so[lab]) == exp[c][0] and num(fo[lab][0]) == gb[c][off], (d, c)
    blocks, tots = getattr(DT, d + "_ECON_BLOCKS"), getattr(DT, d + "_ECON_TOTALS")
    ec = {c: num(v) for b in blocks for c, n, v in b}
    for p in [c for c in ec if len(c) == 3]:
        assert sum(v for c, v in ec.items() if len(c) == 5 and c.startswith(p)) == ec[p], p
    assert ec["301"] + ec["303"] == num(tots[0][1])
    assert sum(ec.get(k, 0) for k in ("302", "307", "310", "312", "399")) == num(tots[1][1])
    assert num(tots[0][1]) + num(tots[1][1]) == gbt[off + 1]
    for vals in getattr(DT, d + "_SANGONG"):
        t, o, v, vp, vo, r = (num(x) for x in vals)
        assert t == o + v + r and v == vp + vo
    assert ec["30217"] == num(getattr(DT, d + "_SANGONG")[1][5])
    assert ec["30231"] == num(getattr(DT, d + "_SANGONG")[1][4])


# ------------------------------------------------------------------ drawing
class Doc:
    def __init__(self, path, org, unit, thick, body_hrules):
        self.path, self.org, self.unit = path, org, unit
        self.thick, self.body_hrules = thick, body_hrules
        self.pages = []  # callables drawing one page each

    def save(self):
        c = canvas.Canvas(self.path, pagesize=(W, H))
        n = len(self.pages)
        for i, draw in enumerate(self.pages, 1):
            draw(c)
            c.setFont(F, 9)
            c.drawCentredString(W / 2, 22, f"第 {i} 页 共 {n} 页")
            c.showPage()
        c.save()


def seg(c, x0, y0, x1, y1, w):
    c.setLineWidth(w)
    c.line(x0, y0, x1, y1)


def cell_text(c, text, x0, x1, ytop, h, align, size=FS):
    """one text object per line of a cell (Excel wraps a long header inside its cell)"""
    if text is None or text == "":
        return
    width = x1 - x0 - 4
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur:
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


def grid_cells(c, cells, xs, doc, top, bottom, body_top):
    """cells: (x0, x1, ytop, ybot); each edge drawn as its own short segment"""
    left, right = xs[0], xs[-1]
    for x0, x1, yt, yb in cells:
        for a, b, cc, d in ((x0, yt, x1, yt), (x0, yb, x1, yb)):
            outer = abs(b - top) < 0.01 or abs(b - bottom) < 0.01
            inner_body = b < body_top - 0.01 and not outer
            if inner_body and not doc.body_hrules:
                continue
            seg(c, a, b, cc, d, 1.2 if (outer and doc.thick) else 0.4)
        for x in (x0, x1):
            outer = abs(x - left) < 0.01 or abs(x - right) < 0.01
            seg(c, x, yt, x, yb, 1.2 if (outer and doc.thick) else 0.4)


def table_pages(doc, title, code, widths, header, rows, split=None, repeat=True, note_rows=None):
    """header: [(row, col, rowspan, colspan, text)], header row heights implied (hh each);
    rows: [[(text, align) per column or None]] or merged ('span', col0, ncols, text, align) entries."""
    x0 = (W - sum(widths)) / 2
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    nh = max(r + rs for r, _, rs, _, _ in header)
    hh, rh = 22, 14
    chunks = [rows] if not split else [rows[:split], rows[split:]]

    def page(chunk, first):
        def draw(c):
            y = H - 40
            if first:
                c.setFont(F, 16)
                c.drawCentredString(W / 2, y, title)
                c.setFont(F, 9)
                c.drawRightString(xs[-1], y + 14, code)
                y -= 24
                c.drawString(xs[0], y, f"编制单位：{doc.org}")
                c.drawRightString(
                    xs[-1], y, f"金额单位：{doc.unit}" if doc.unit == "万元" else f"单位：{doc.unit}"
                )
                y -= 8
            else:
                y -= 10
            top = y
            cells = []
            if first or repeat:
                for r, col, rs, cs, text in header:
                    yt, yb = top - r * hh, top - (r + rs) * hh
                    cells.append((xs[col], xs[col + cs], yt, yb))
                    cell_text(c, text, xs[col], xs[col + cs], yt, yt - yb, "c")
                y = top - nh * hh
            body_top = y
            for row in chunk:
                yt, yb = y, y - rh
                col = 0
                for item in row:
                    if item is None:
                        col += 1
                        continue
                    if item[0] == "span":
                        _, c0, n, text, al = item
                        cells.append((xs[c0], xs[c0 + n], yt, yb))
                        cell_text(c, text, xs[c0], xs[c0 + n], yt, rh, al)
                        col = c0 + n
                    else:
                        text, al = item
                        cells.append((xs[col], xs[col + 1], yt, yb))
                        cell_text(c, text, xs[col], xs[col + 1], yt, rh, al)
                        col += 1
                y = yb
            grid_cells(c, cells, xs, doc, top, y, body_top)

        return draw

    for i, ch in enumerate(chunks):
        doc.pages.append(page(ch, i == 0))


def amt(v, zero):
    if v is None:
        return ("0.00" if zero else "", "r")
    return (v, "r")


def summary_table(d, doc, z):
    si, so, sb = (getattr(DT, f"{d}_SUM_{k}") for k in ("IN", "OUT", "BOTTOM"))
    lanci = d == "C"
    header = [
        (0, 0, 1, 3, "收入"),
        (0, 3, 1, 3, "支出"),
        (1, 0, 1, 1, "项目"),
        (1, 1, 1, 1, "行次"),
        (1, 2, 1, 1, "金额"),
        (1, 3, 1, 1, "项目"),
        (1, 4, 1, 1, "行次"),
        (1, 5, 1, 1, "金额"),
    ]
    if lanci:
        header += [
            (2, 0, 1, 1, "栏次"),
            (2, 1, 1, 1, ""),
            (2, 2, 1, 1, "1"),
            (2, 3, 1, 1, "栏次"),
            (2, 4, 1, 1, ""),
            (2, 5, 1, 1, "2"),
        ]
    n = len(DT.CLASSES)
    rows = []
    for i, cls in enumerate(DT.CLASSES):
        if i < len(DT.SUM_INCOME_LABELS):
            lab = DT.SUM_INCOME_LABELS[i]
            left = [(lab, "l"), (str(i + 1), "c"), amt(si.get(lab), z)]
        else:
            left = [("", "l"), (str(i + 1), "c"), ("", "r")]
        rows.append(left + [(cls, "l"), (str(n + 4 + i + 1), "c"), amt(so.get(cls), z)])
    for j, (il, iv, el, ev) in enumerate(sb):
        rows.append(
            [
                (il, "c" if "计" in il else "l"),
                (str(n + j + 1), "c"),
                amt(iv, z),
                (el, "c" if "计" in el else "l"),
                (str(2 * n + 4 + j + 1), "c"),
                amt(ev, z),
            ]
        )
    table_pages(doc, "收入支出决算总表", "财决01表", [200, 34, 100, 230, 34, 100], header, rows)


def fiscal_table(d, doc, z):
    fi, fo, fb = (getattr(DT, f"{d}_FS_{k}") for k in ("IN", "OUT", "BOTTOM"))
    header = [
        (0, 0, 1, 3, "收入"),
        (0, 3, 1, 6, "支出"),
        (1, 0, 1, 1, "项目"),
        (1, 1, 1, 1, "行次"),
        (1, 2, 1, 1, "金额"),
        (1, 3, 1, 1, "项目"),
        (1, 4, 1, 1, "行次"),
        (1, 5, 1, 1, "合计"),
        (1, 6, 1, 1, "一般公共预算财政拨款"),
        (1, 7, 1, 1, "政府性基金预算财政拨款"),
        (1, 8, 1, 1, "国有资本经营预算财政拨款"),
    ]
    if d == "C":
        header += [
            (2, 0, 1, 1, "栏次"),
            (2, 1, 1, 1, ""),
            (2, 2, 1, 1, "1"),
            (2, 3, 1, 1, "栏次"),
            (2, 4, 1, 1, ""),
            (2, 5, 1, 1, "2"),
            (2, 6, 1, 1, "3"),
            (2, 7, 1, 1, "4"),
            (2, 8, 1, 1, "5"),
        ]
    n = len(DT.CLASSES)
    rows = []
    for i, cls in enumerate(DT.CLASSES):
        if i < len(DT.FS_INCOME_LABELS):
            lab = DT.FS_INCOME_LABELS[i]
            left = [(lab, "l"), (str(i + 1), "c"), amt(fi.get(lab), z)]
        else:
            left = [("", "l"), (str(i + 1), "c"), ("", "r")]
        vals = fo.get(cls, [None] * 4)
        rows.append(left + [(cls, "l"), (str(n + 3 + i + 1), "c")] + [amt(v, z) for v in vals])
    for j, (il, iv, el, evs) in enumerate(fb):
        rows.append(
            [
                (il, "c" if "计" in il else "l"),
                (str(n + j + 1), "c"),
                amt(iv, z),
                (el, "c" if "计" in el else "l"),
                (str(2 * n + 3 + j + 1), "c"),
            ]
            + [amt(v, z) for v in evs]
        )
    table_pages(
        doc, "财政拨款收入支出决算总表", "财决04表", [150, 30, 78, 170, 30, 78, 78, 78, 78], header, rows
    )


def coded_table(doc, title, code, heads, rows, z, lanci, split=None, repeat=True, top=None):
    ncol = len(rows[0][2])
    widths = [62, 200] + [min(74, 520 / ncol)] * ncol
    if top:  # custom two-row header
        header = top
    else:
        header = [(0, 0, 1, 2, "项目")] + [(0, 2 + i, 2, 1, h) for i, h in enumerate(heads)]
        header += [(1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")]
    if lanci:
        header = header + [(2, 0, 1, 2, "栏次")] + [(2, 2 + i, 1, 1, str(i + 1)) for i in range(ncol)]
    body = []
    for c, n, vs in rows:
        if not c:
            body.append([("span", 0, 2, "合计", "c")] + [amt(v, z) for v in vs])
        else:
            body.append([(c, "l"), (n, "l")] + [amt(v, z) for v in vs])
    table_pages(doc, title, code, widths, header, body, split=split, repeat=repeat)


def econ_table(d, doc):
    blocks, tots = getattr(DT, d + "_ECON_BLOCKS"), getattr(DT, d + "_ECON_TOTALS")
    widths = [46, 150, 68] * 3
    header = [(0, 0, 1, 3, "人员经费"), (0, 3, 1, 6, "公用经费")]
    for b in range(3):
        header += [
            (1, 3 * b, 1, 1, "科目编码"),
            (1, 3 * b + 1, 1, 1, "科目名称"),
            (1, 3 * b + 2, 1, 1, "决算数"),
        ]
    n = max(len(b) for b in blocks)
    rows = []
    for i in range(n):
        row = []
        for b in blocks:
            if i < len(b):
                c, nm, v = b[i]
                row += [(c, "l"), (nm, "l"), (v, "r")]
            else:
                row += [("", "l"), ("", "l"), ("", "r")]
        rows.append(row)
    rows.append(
        [
            ("span", 0, 2, tots[0][0], "c"),
            (tots[0][1], "r"),
            ("span", 3, 5, tots[1][0], "c"),
            (tots[1][1], "r"),
        ]
    )
    table_pages(doc, "一般公共预算财政拨款基本支出决算表", "财决06表", widths, header, rows)


def sangong_table(d, doc):
    bud, act = getattr(DT, d + "_SANGONG")
    header = [(0, 0, 1, 6, "预算数"), (0, 6, 1, 6, "决算数")]
    for k in (0, 6):
        header += [
            (1, k, 2, 1, "合计"),
            (1, k + 1, 2, 1, "因公出国（境）费"),
            (1, k + 2, 1, 3, "公务用车购置及运行费"),
            (1, k + 5, 2, 1, "公务接待费"),
            (2, k + 2, 1, 1, "小计"),
            (2, k + 3, 1, 1, "公务用车购置费"),
            (2, k + 4, 1, 1, "公务用车运行费"),
        ]
    rows = [[(v, "r") for v in bud + act]]
    table_pages(doc, "一般公共预算财政拨款“三公”经费支出决算表", "财决07表", [64] * 12, header, rows)


def empty_tables(doc):
    h = [
        (0, 0, 1, 2, "项目"),
        (0, 2, 2, 1, "年初结转和结余"),
        (0, 3, 2, 1, "本年收入"),
        (0, 4, 1, 3, "本年支出"),
        (0, 7, 2, 1, "年末结转和结余"),
        (1, 0, 1, 1, "科目编码"),
        (1, 1, 1, 1, "科目名称"),
        (1, 4, 1, 1, "小计"),
        (1, 5, 1, 1, "基本支出"),
        (1, 6, 1, 1, "项目支出"),
    ]
    rows = [
        [("span", 0, 2, "合计", "c")] + [("", "r")] * 6,
        [
            (
                "span",
                0,
                8,
                "注：本单位无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",
                "l",
            )
        ],
    ]
    table_pages(doc, "政府性基金预算财政拨款收入支出决算表", "财决08表", [62, 220] + [80] * 6, h, rows)
    h = [
        (0, 0, 1, 2, "项目"),
        (0, 2, 1, 3, "本年支出"),
        (1, 0, 1, 1, "科目编码"),
        (1, 1, 1, 1, "科目名称"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "基本支出"),
        (1, 4, 1, 1, "项目支出"),
    ]
    rows = [
        [("span", 0, 2, "合计", "c")] + [("", "r")] * 3,
        [("span", 0, 5, "注：本单位无国有资本经营预算财政拨款支出，故本表无数据。", "l")],
    ]
    table_pages(doc, "国有资本经营预算财政拨款支出决算表", "财决09表", [62, 260] + [100] * 3, h, rows)


INC_HEADS = [
    "本年收入合计",
    "财政拨款收入",
    "上级补助收入",
    "事业收入",
    "经营收入",
    "附属单位上缴收入",
    "其他收入",
]
EXP_HEADS = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]


def build(d):
    meta = DT.DOCS[d]
    z = DT.ZERO[d]
    check_identities(d)
    doc = Doc(
        os.path.join(HERE, meta["name"] + ".pdf"),
        meta["org"],
        meta["unit"],
        thick=d != "B",
        body_hrules=d != "B",
    )
    summary_table(d, doc, z["summary"])
    lanci = d == "C"
    coded_table(
        doc,
        "收入决算表",
        "财决02表",
        INC_HEADS,
        getattr(DT, d + "_INC"),
        z["inc"],
        lanci,
        split=12 if d == "C" else None,
        repeat=True,
    )
    coded_table(
        doc,
        "支出决算表",
        "财决03表",
        EXP_HEADS,
        getattr(DT, d + "_EXP"),
        z["exp"],
        lanci,
        split=12 if d in "AB" else None,
        repeat=(d == "A"),
    )
    fiscal_table(d, doc, z["fiscal"])
    if d == "B":
        top = [
            (0, 0, 1, 2, "项目"),
            (0, 2, 2, 1, "年初预算数"),
            (0, 3, 2, 1, "调整预算数"),
            (0, 4, 1, 3, "决算数"),
            (1, 0, 1, 1, "科目编码"),
            (1, 1, 1, 1, "科目名称"),
            (1, 4, 1, 1, "小计"),
            (1, 5, 1, 1, "基本支出"),
            (1, 6, 1, 1, "项目支出"),
        ]
    else:
        top = [
            (0, 0, 1, 2, "项目"),
            (0, 2, 1, 3, "本年支出"),
            (1, 0, 1, 1, "科目编码"),
            (1, 1, 1, 1, "科目名称"),
            (1, 2, 1, 1, "小计"),
            (1, 3, 1, 1, "基本支出"),
            (1, 4, 1, 1, "项目支出"),
        ]
    coded_table(
        doc,
        "一般公共预算财政拨款支出决算表",
        "财决05表",
        None,
        getattr(DT, d + "_GB"),
        z["gb"],
        lanci,
        top=top,
    )
    econ_table(d, doc)
    sangong_table(d, doc)
    empty_tables(doc)
    doc.save()
    print(meta["name"], len(doc.pages), "pages")


if __name__ == "__main__":
    for d in sys.argv[1:] or ["A", "B", "C"]:
        build(d)
