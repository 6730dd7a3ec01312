"""Draw the rules_s40a reports on ../rules_s39a/s39a_print.py (itself on ../rules_s38a/s38a_print.py and
../rules_s38b/s38b_print.py, rules_s33c's minipdf underneath; all imported), with what the s38 / s39 sets did not draw:
- budgets, doc style codes="full": the older Shanghai template's ONE 科目编码 column printing the whole code (207,
  20701, 2070101) instead of the 类 | 款 | 项 cells;
- budgets, doc "tables_only": the tables the year's template prints (2018: eight, no 国有资本经营 table);
- finals, doc "total_last": the 收入决算表 / 支出决算表 with their 合计 row LAST (the corpus prints it first).
gen.py runs the real pdftotext over the PDFs for the .txt / .layout.txt renditions."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s39a")]
import s39a_print  # noqa: E402
from s38a_print import BOT, LM, RM  # noqa: E402
import s38a_print  # noqa: E402
import s38b_print  # noqa: E402
from s38b_print import LAND, wrap  # noqa: E402

CODEW = 58


class Doc40(s39a_print.Doc39):
    def full(self, t):
        return self.doc["style"].get("codes") == "full" and t.kind in ("func", "econ") and not t.empty

    def coded(self, t):
        if not self.full(t):
            return super().coded(t)
        st = self.doc["style"]
        fs = st.get("fs", 9)
        namew = st.get("namew", 190)
        x = [LM + 10, LM + 10 + CODEW, LM + 10 + CODEW + namew]
        nm = len(t.keys)
        mw = min(130, (RM - 10 - x[-1]) / nm)
        for _ in range(nm):
            x.append(x[-1] + mw)
        rows = list(t.rows)
        while True:
            top = self.y
            self.full_head(t, x, top, fs)
            head = [(x[2], top, top - 54), ("h", x[2], x[-1], top - 18), (x[1], top - 18, top - 54)]
            head += [(xx, top - 18, top - 54) for xx in x[3:-1]]
            y, hl = top - 54, [top, top - 54]
            while rows and y - self.row_h(rows[0], namew, fs) >= BOT + 10:
                r = rows.pop(0)
                h = self.row_h(r, namew, fs)
                self.full_row(r, x, y, h, fs)
                y -= h
                hl.append(y)
            self.grid(x, top, y, hl, head)
            if not rows:
                self.y = y - 20
                return
            self.new_page()
            self.title_block(t, cont=True)

    def full_head(self, t, x, top, fs):
        self.cell("项目", x[0], x[2], top - 13, fs)
        self.cell(t.group, x[2], x[-1], top - 13, fs)
        self.cell("科目编码", x[0], x[1], top - 40, fs)
        self.cell("科目名称", x[1], x[2], top - 40, fs)
        for j, h in enumerate(t.head):
            h = h if isinstance(h, str) else h[-1]
            self.cell(h, x[2 + j], x[3 + j], top - 40, fs)
        self.c.setLineWidth(0.5)
        self.c.line(x[0], top - 18, x[-1], top - 18)

    def full_row(self, r, x, y, h, fs):
        code, name = r[0], r[1]
        namew = x[2] - x[1]
        self.cell(code, x[0], x[1], y - h / 2 - 3, fs, "l")
        if name == "合计":
            self.cell(name, x[0], x[2], y - h / 2 - 3, fs)
        elif h > self.doc["style"].get("rowh", 18):
            n = 0
            while s38a_print.sw(name[: n + 1], fs) <= namew - 6:
                n += 1
            self.cell(name[:n], x[1], x[2], y - h / 2 + 2, fs, "l")
            self.cell(name[n:], x[1], x[2], y - h / 2 - 9, fs, "l")
        else:
            self.cell(name, x[1], x[2], y - h / 2 - 3, fs, "l")
        for j, v in enumerate(r[2:]):
            self.cell(v, x[2 + j], x[3 + j], y - h / 2 - 3, fs, "r")


def write_budget_pdf(path, doc, tabs, text):
    keep = doc.get("tables_only")
    tabs = [t for t in tabs if not keep or t.key in keep]
    old = s38a_print.Doc
    s38a_print.Doc = Doc40
    try:
        s38a_print.write_pdf(path, doc, tabs, text)
    finally:
        s38a_print.Doc = old


def func_table_last(p, doc, t, rights, name_w=12, lift=0, lift_cols=(), head_w=5):
    """s39a's func_table_final (further pages with the column header again or not: doc "repeat_head"); with doc
    "total_last" the 收入 / 支出决算表's 合计 row drawn AFTER the 项 rows, its label and figures on one line."""
    if not (doc.get("total_last") and t.key in ("income_by_function", "expenditure_by_function")):
        return s39a_print.func_table_final(p, doc, t, rights, name_w, lift, lift_cols, head_w)
    repeat = list(doc.get("repeat_head", ())) or [False]
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134.4, "单位：万元", 10, "r")
    s39a_print._func_head(p, t, rights, 0, head_w)
    yy, n_page = 246.0, 0
    for code, name, cells in [r for r in t.rows if r[0]] + [r for r in t.rows if not r[0]]:
        lines = wrap(name, name_w) if code else [name]
        h = 17.25 if len(lines) == 1 else 17.25 + 15.5 * (len(lines) - 1)
        if yy + h > 545:
            p.page(LAND)
            again = repeat[min(n_page, len(repeat) - 1)]
            n_page += 1
            if again:
                s39a_print._func_head(p, t, rights, 110, head_w)
                yy = 136.0
            else:
                yy = 72.0
        mid = yy + 15.5 * (len(lines) - 1) / 2
        if code is None:
            p.put(267.8, yy + 2, name, 10.5, "c")
            for cell, r in zip(cells, rights):
                if cell:
                    p.put(r, yy + 2, cell, 10.5, "r")
            yy += 17.25
            continue
        for x, part in zip((72.0, 123.0, 163.6), (code[:3], code[3:5], code[5:7])):
            if part:
                p.put(x, mid, part, 10.5)
        for i, ln in enumerate(lines):
            p.put(195.2, yy + 15.5 * i, ln, 11)
        for cell, r in zip(cells, rights):
            if cell:
                p.put(r, mid, cell, 10.5, "r")
        yy += h


def write_final_pdf(path, doc, tabs, paras, glossary):
    old = s38b_print.func_table
    s38b_print.func_table = func_table_last
    try:
        s38b_print.write_pdf(path, doc, tabs, paras, glossary)
    finally:
        s38b_print.func_table = old
