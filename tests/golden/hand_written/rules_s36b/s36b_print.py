"""Print the rules_s36b reports as PDFs (gen.py only), as the national 决算 software exports them. The canvas is
rules_s33c/minipdf.py, the page handling (portrait, landscape MediaBox, a portrait MediaBox turned by /Rotate 90) is
rules_s35d/s35d_print.Pdf's, the text, paragraphs and the document's order (cover, 目录, 说明, tables, 名词解释) are
rules_s34c / rules_s33c's: all imported. What this adds, per table (doc["print"]: "all" and per table key "tabs"):
  size     "P" | "L" (landscape MediaBox) | "R" (landscape in a portrait MediaBox, /Rotate 90); a "P" table too
           wide for a portrait page goes on a landscape MediaBox;
  lanci    a 栏次 row under the header ("栏次" in the name column, 1 2 3 … in the money columns);
  unit     "title" (the unit right of the title on its line), "under" (编制单位 left, unit right on one line under
           the title), "own" (the unit alone on a line under the title, 编制单位 under it); unit_fmt ("金额单位：{u}");
  hrules   horizontal rules only (no vertical lines); cont (the mark over a continued page: "续表", "（续表）");
  repeat   the header (and 栏次) again on a continued page (default True); template: an empty table printed as its
           header, 栏次 and a 合计 row with every cell blank, its note under it; name_w, font, pad, rowpad.
Footers "第 {n} 页 共 {N} 页" (the document is drawn twice: the first time to count its pages). Nothing here reads
the parser."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _f in ("rules_s33c", "rules_s34c", "rules_s35d"):
    sys.path.insert(0, str(HERE.parent / _f))
from minipdf import stringWidth  # noqa: E402
from s33c_print import cut, front, head_cells, label_of  # noqa: E402
from s34c_lib import Col  # noqa: E402
from s34c_print import LAND, PORT, Sub  # noqa: E402
from s35d_print import Pdf as PagedPdf  # noqa: E402

NAMES = ("name", "lname", "rname")


class Pdf(PagedPdf):
    def __init__(self, path, doc, total=None):
        super().__init__(path, doc)
        self.total, self.pr = total, doc["print"]

    def footer(self):
        self.c.setFont("STSong-Light", 9)
        f = self.pr.get("footer", "第 {n} 页 共 {N} 页")
        self.c.drawCentredString(self.size[0] / 2, 28, f.format(n=self.page, N=self.total or 99))

    def opt(self, t):
        return dict(self.pr.get("all", {}), **self.pr.get("tabs", {}).get(t.key, {}))

    # ------------------------------------------------------------------------------------ geometry
    @staticmethod
    def heads(t):
        if t.kind != "two":
            return t.cols
        return [Col(("收入" if c.head[0] == "L" else "支出", *c.head[1:]), c.key, c.kind) for c in t.cols]

    def widths(self, t, o, fs):
        out = []
        for j, c in enumerate(t.cols):
            cells = [r["cells"][j] for r in t.rows] + [c.head[-1] if c.kind not in NAMES else ""]
            w = max(stringWidth(x, None, fs) for x in cells)
            if c.kind == "name":
                w = min(w, o.get("name_w", 14) * fs)
            elif c.kind in ("lname", "rname"):
                w = min(w, o.get("side_w", 16) * fs)
            elif c.kind == "money":
                w = max(w, 4 * fs) + o.get("pad", 8) - 8
            out.append(w + 8)
        return out

    # ------------------------------------------------------------------------------------ drawing
    def rules(self, x0, widths, top, h, o):
        c = self.c
        c.setLineWidth(0.5)
        c.line(x0, top - h, x0 + sum(widths), top - h)
        if not o.get("hrules"):
            x = x0
            for w in [0] + widths:
                x += w
                c.line(x, top, x, top - h)

    def head(self, cols, x0, widths, fs, o):
        c, sub = self.c, Sub.__new__(Sub)
        sub.cols = cols
        rows = head_cells(sub)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        nl = 1
        for cells in rows:
            for j, k, text in cells:
                nl = max(nl, len(cut(text, max(1, int((xs[k + 1] - xs[j] - 4) // fs)))))
        rh = nl * (fs + 2) + 7
        top = self.y
        c.setLineWidth(0.5 if not o.get("hrules") else 1)
        c.line(x0, top, xs[-1], top)
        c.setLineWidth(0.5)
        c.setFont("STSong-Light", fs)
        for r, cells in enumerate(rows):
            for j, k, text in cells:
                deeper = any(len(cols[q].head) > r + 1 for q in range(j, k + 1))
                y_top = top - r * rh
                y_bot = y_top - (1 if deeper else len(rows) - r) * rh
                pieces = cut(text, max(1, int((xs[k + 1] - xs[j] - 4) // fs)))
                y0 = (y_top + y_bot) / 2 + (len(pieces) - 1) * (fs + 2) / 2 - fs / 2 + 1
                for q, piece in enumerate(pieces):
                    c.drawCentredString((xs[j] + xs[k + 1]) / 2, y0 - q * (fs + 2), piece)
                if deeper or not o.get("hrules"):
                    c.line(xs[j], y_bot, xs[k + 1], y_bot)
                if not o.get("hrules"):
                    c.line(xs[j], y_top, xs[j], y_bot)
                    c.line(xs[k + 1], y_top, xs[k + 1], y_bot)
        self.y = top - len(rows) * rh
        c.line(x0, self.y, xs[-1], self.y)
        if o.get("lanci"):
            cells, n = [], 0
            for col in cols:
                if col.kind == "money":
                    n += 1
                    cells.append(str(n))
                else:
                    cells.append("栏次" if col.kind in NAMES else "")
            self.line(cols, cells, x0, widths, fs, o, centre=True)

    def line(self, cols, cells, x0, widths, fs, o, centre=False):
        lh = fs + 3
        pieces = [
            cut(x, max(1, int((w - 6) // fs))) if col.kind in NAMES and x else [x]
            for col, x, w in zip(cols, cells, widths)
        ]
        h = max(len(p) for p in pieces) * lh + 4 + o.get("rowpad", 2)
        if self.y - h < 50:
            return False
        top, x = self.y, x0
        self.c.setFont("STSong-Light", fs)
        for col, p, w in zip(cols, pieces, widths):
            for k, piece in enumerate(p):
                if not piece:
                    continue
                yy = top - 2 - fs - k * lh + 1
                if centre or col.kind in ("lno", "rno"):
                    self.c.drawCentredString(x + w / 2, yy, piece)
                elif col.kind == "money":
                    self.c.drawRightString(x + w - 3, yy, piece)
                else:
                    self.c.drawString(x + 3, yy, piece)
            x += w
        self.rules(x0, widths, top, h, o)
        self.y = top - h
        return True

    def unit_lines(self, t, o, x0, total, first):
        u = o.get("unit_fmt", "单位：{u}").format(u=t.unit)
        org = f"编制单位：{self.doc['org']}"
        self.c.setFont("STSong-Light", 9)
        if not first:
            self.c.drawRightString(x0 + total, self.y, u)
            self.y -= 12
            return
        pos = o.get("unit", "under")
        if pos == "title":
            self.c.drawRightString(x0 + total, self.y + 21, u)
            self.c.drawString(x0, self.y, org)
        elif pos == "own":
            self.c.drawRightString(x0 + total, self.y, u)
            self.y -= 12
            self.c.drawString(x0, self.y, org)
        else:
            self.c.drawString(x0, self.y, org)
            self.c.drawRightString(x0 + total, self.y, u)
        self.y -= 12

    def table(self, n, t):
        o = self.opt(t)
        fs = o.get("font", 8)
        kind = o.get("size", "P")
        if kind == "P" and t.kind not in ("empty",) and sum(self.widths(t, o, fs)) > PORT[0] - 30:
            kind = "L"  # too wide for a portrait page: a landscape one
        size = PORT if kind == "P" else LAND
        if kind != "P":
            self._reopen(size, kind == "R")
        if t.kind == "empty" and o.get("template"):
            cols = [
                Col(("项目", "科目编码"), None, "code"),
                Col(("项目", "科目名称"), None, "name"),
                Col(("本年支出", "合计"), "total"),
                Col(("本年支出", "基本支出"), "basic"),
                Col(("本年支出", "项目支出"), "project"),
            ]
            rows = [dict(cells=["", "合计", "", "", ""])]
            widths = [60, 150, 80, 80, 80]
        elif t.kind == "empty":
            cols, rows, widths = [], [], [420]
        else:
            cols, rows, widths = self.heads(t), t.rows, self.widths(t, o, fs)
        total = sum(widths)
        assert total <= size[0] - 30, (t.title, total)
        x0 = (size[0] - total) / 2
        self.text(label_of(self.doc, n), 10, x=x0)
        self.text(t.title, 15, centre=True)
        self.unit_lines(t, o, x0, total, True)
        if t.kind == "empty" and not o.get("template"):
            self.y -= 30
            self.text(t.empty, 11, centre=True)
            return
        self.head(cols, x0, widths, fs, o)
        for r in rows:
            if not self.line(cols, r["cells"], x0, widths, fs, o):
                self.new_page(self.size, self.turned)
                if o.get("cont", "续表"):
                    self.text(o.get("cont", "续表"), 10, x=x0)
                self.unit_lines(t, o, x0, total, False)
                if o.get("repeat", True):
                    self.head(cols, x0, widths, fs, o)
                else:
                    self.c.line(x0, self.y, x0 + total, self.y)
                assert self.line(cols, r["cells"], x0, widths, fs, o)
        if t.kind == "empty":
            self.y -= 14
            self.text("注：" + t.empty, 9, x=x0)


def _draw(path, doc, tabs, narrative, total):
    p = Pdf(path, doc, total)
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
    if p.turned:
        p.c.restoreState()
    p.c.showPage()
    return p


def write_pdf(path, doc, tabs, narrative):
    pages = _draw(path, doc, tabs, narrative, None).page
    _draw(path, doc, tabs, narrative, pages).c.save()
