"""Draw the rules_s39a reports: the budgets with ../rules_s38a/s38a_print.py, the finals with
../rules_s38b/s38b_print.py (both imported, rules_s33c's minipdf underneath), with two additions the s38 sets did
not draw:
- budgets: a long coded table going on over two or three pages where EACH further page has its own way of going
  on (doc style "cont" a list: "header" the column header again, "title" the title with （续） and the header,
  "xubiao" 续表 and the header, "none" the rows alone), as real district reports mix them;
- finals: the 收入决算表 / 支出决算表 running on over pages with the column header repeated on some further pages
  and not on others (doc "repeat_head": one flag per further page).
gen.py runs the real pdftotext over the PDFs for the .txt / .layout.txt renditions."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s38a"), os.path.join(HERE, "..", "rules_s38b")]
import s38a_print  # noqa: E402
import s38b_print  # noqa: E402
from s38a_print import BOT  # noqa: E402
from s38b_print import LAND, wrap  # noqa: E402


class Doc39(s38a_print.Doc):
    def coded(self, t):
        st = self.doc["style"]
        conts = st.get("cont", "header")
        conts = [conts] if isinstance(conts, str) else list(conts)
        if t.empty:
            return super().coded(t)
        fs = st.get("fs", 9)
        ncode = 3 if t.kind == "func" else 2
        namew = st.get("namew", 190)
        x = [s38a_print.LM + 10]
        for _ in range(ncode):
            x.append(x[-1] + 30)
        x.append(x[-1] + namew)
        nm = len(t.keys)
        mw = min(130, (s38a_print.RM - 10 - x[-1]) / nm)
        for _ in range(nm):
            x.append(x[-1] + mw)
        rows = list(t.rows)
        page_i, head_on = 0, True
        while True:
            top = self.y
            if head_on:
                self.coded_head(t, x, ncode, top, fs)
                y, hl, head = top - 54, [top, top - 54], self.coded_rules(x, ncode, top)
            else:
                y, hl, head = top, [top], None
            while rows and y - self.row_h(rows[0], namew, fs) >= BOT + 10:
                r = rows.pop(0)
                h = self.row_h(r, namew, fs)
                self.coded_row(r, x, ncode, y, h, fs)
                y -= h
                hl.append(y)
            self.grid(x, top, y, hl, head)
            if not rows:
                self.y = y - 20
                return
            mode = conts[min(page_i, len(conts) - 1)]
            page_i += 1
            self.new_page()
            head_on = mode != "none"
            if mode == "title":
                self.title_block(t, cont=True)
            elif mode == "xubiao":
                self.c.setFont("F", 10)
                self.c.drawString(s38a_print.LM, self.y, "续表")
                self.y -= 14


def write_budget_pdf(path, doc, tabs, text):
    s38a_print.Doc = Doc39
    try:
        s38a_print.write_pdf(path, doc, tabs, text)
    finally:
        s38a_print.Doc = _DOC38


_DOC38 = s38a_print.Doc
_FUNC38 = s38b_print.func_table


def _func_head(p, t, rights, dy, head_w):
    """The 收入 / 支出决算表 column header as s38b_print draws it, dy points higher."""
    p.put(206, 168 - dy, "项目", 10, "c")
    p.put(128, 185.6 - dy, "支出功能分类", 10, "c")
    p.put(128, 202.9 - dy, "科目编码", 10, "c")
    for x, ch in ((81.7, "类"), (123, "款"), (163.6, "项")):
        p.put(x, 219.6 - dy, ch, 10)
    p.put(267.8, 194.2 - dy, "科目名称", 10, "c")
    for (head, _k), r in zip(t.cols, rights):
        lines = wrap(head[-1], head_w)
        top = 185 - 7.75 * (len(lines) - 1)
        for i, ln in enumerate(lines):
            p.put(r - 22, top + 15.5 * i - dy, ln, 10, "c")


def func_table_final(p, doc, t, rights, name_w=12, lift=0, lift_cols=(), head_w=5):
    """s38b_print.func_table, each further page with the column header again or not (doc "repeat_head")."""
    repeat = list(doc.get("repeat_head", ()))
    if not repeat:
        return _FUNC38(p, doc, t, rights, name_w, lift, lift_cols, head_w)
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134.4, "单位：万元", 10, "r")
    _func_head(p, t, rights, 0, head_w)
    yy = 246.0
    n_page = 0
    first_cls = next(c for c, _n, _v in t.rows if c)[:3]
    for code, name, cells in t.rows:
        lines = wrap(name, name_w) if code else [name]
        h = 17.25 if len(lines) == 1 else 17.25 + 15.5 * (len(lines) - 1)
        if yy + h > 545:
            p.page(LAND)
            again = repeat[min(n_page, len(repeat) - 1)]
            n_page += 1
            if again:
                _func_head(p, t, rights, 110, head_w)
                yy = 136.0
            else:
                yy = 72.0
        mid = yy + 15.5 * (len(lines) - 1) / 2
        if code is None:
            p.put(267.8, yy + 8, name, 10.5, "c")
            for j, (cell, r) in enumerate(zip(cells, rights)):
                if cell:
                    p.put(r, yy - 6 - (lift if j in lift_cols else 0), cell, 10.5, "r")
            yy += 17.25 + 8
            continue
        for x, part in zip((72.0, 123.0, 163.6), (code[:3], code[3:5], code[5:7])):
            if part:
                p.put(x, mid, part, 10.5)
        for i, ln in enumerate(lines):
            p.put(195.2, yy + 15.5 * i, ln, 11)
        lifted = lift and code.startswith(first_cls)
        for j, (cell, r) in enumerate(zip(cells, rights)):
            if cell:
                p.put(r, mid - (lift if lifted and j in lift_cols else 0), cell, 10.5, "r")
        yy += h


def write_final_pdf(path, doc, tabs, paras, glossary):
    s38b_print.func_table = func_table_final
    try:
        s38b_print.write_pdf(path, doc, tabs, paras, glossary)
    finally:
        s38b_print.func_table = _FUNC38
