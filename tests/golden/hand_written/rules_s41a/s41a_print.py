"""Draw the rules_s41a reports on ../rules_s40a/s40a_print.py (itself on the s39a / s38a / s38b printers and rules_s33c's
minipdf, all imported). Added here:
- budgets: a 项目支出预算表 by project (项目类别 | 项目名称 wrapped over up to three lines in its cell | 合计 | 一般公共预算 |
  政府性基金 | 其他收入) and 项目支出绩效目标表 pages (项目名称, 主管部门, 实施单位, 项目资金 年度资金总额 / 财政拨款 /
  其他资金, 年度总体目标, then 一级 / 二级 / 三级指标 | 指标值 rows), ruled as the other tables;
- finals: a 单位决算 (doc "kind_word" 单位) prints 单位决算 where the 部门决算 template prints 部门决算 (cover, 目录,
  part titles, 单位构成), by patching s38b_print's front / summary_table source text.
gen.py runs the real pdftotext over the PDFs for the .txt / .layout.txt renditions."""

from __future__ import annotations

import inspect
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s40a")]
import s40a_print  # noqa: E402
import s38a_print  # noqa: E402
import s38b_print  # noqa: E402
from s38a_print import LM, RM, sw  # noqa: E402


def _lines(text, width, fs):
    out, cur = [], ""
    for ch in text:
        if sw(cur + ch, fs) > width - 6:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


class Doc41(s40a_print.Doc40):
    def table(self, t):
        if t.kind == "proj":
            self.new_page()
            self.title_block(t)
            return self.projects(t)
        if t.kind == "perf":
            self.new_page()
            self.title_block(t)
            return self.perf(t)
        return super().table(t)

    def projects(self, t):
        fs = 9
        x = [LM + 10, LM + 100, LM + 330]
        for _ in t.keys:
            x.append(x[-1] + 100)
        top = self.y
        self.cell("项目类别", x[0], x[1], top - 31, fs)
        self.cell("项目名称", x[1], x[2], top - 31, fs)
        self.cell(t.group, x[2], x[-1], top - 13, fs)
        for j, h in enumerate(t.head):
            self.cell(h, x[2 + j], x[3 + j], top - 31, fs)
        y = top - 40
        hl = [top, y]
        for r in t.rows:
            lines = _lines(r[1], x[2] - x[1], fs)
            h = 18 + 11 * (len(lines) - 1)
            if r[1] == "合计":
                self.cell("合计", x[0], x[2], y - h / 2 - 3, fs)
            else:
                self.cell(r[0], x[0], x[1], y - h / 2 - 3, fs)
                for i, ln in enumerate(lines):
                    self.cell(ln, x[1], x[2], y - h / 2 - 3 + 5.5 * (len(lines) - 1) - 11 * i, fs, "l")
            for j, v in enumerate(r[2:]):
                self.cell(v, x[2 + j], x[3 + j], y - h / 2 - 3, fs, "r")
            y -= h
            hl.append(y)
        head = [(x[1], top, top - 40), (x[2], top, top - 40), ("h", x[2], x[-1], top - 18)]
        head += [(xx, top - 18, top - 40) for xx in x[3:-1]]
        self.grid(x, top, y, hl, head)
        self.y = y - 20

    def perf(self, t):
        pt, fs = t.perf, 9
        x = [LM + 10, LM + 130, LM + 260, LM + 520, RM - 10]
        top = self.y
        y = top
        hl = [top]
        segs = []

        def row(cells, h=20):
            nonlocal y
            for text, a, b, al in cells:
                self.cell(text, x[a], x[b], y - h / 2 - 3, fs, al)
                segs.extend((x[a], y, y - h) for _ in [0] if a > 0)
            y -= h
            hl.append(y)

        row([("项目名称", 0, 1, "c"), (pt["name"], 1, 4, "l")])
        row(
            [
                ("主管部门", 0, 1, "c"),
                (self.doc["org"], 1, 2, "l"),
                ("实施单位", 2, 3, "c"),
                (pt["unit"], 3, 4, "l"),
            ]
        )
        row(
            [
                ("项目资金（万元）", 0, 1, "c"),
                ("年度资金总额：" + pt["amount"], 1, 2, "l"),
                ("其中：财政拨款 " + pt["fiscal"], 2, 3, "l"),
                ("其他资金 " + pt["other"], 3, 4, "l"),
            ]
        )
        goal = _lines(pt["goal"], x[4] - x[1], fs)
        h = 18 + 11 * (len(goal) - 1)
        self.cell("年度总体目标", x[0], x[1], y - h / 2 - 3, fs)
        for i, ln in enumerate(goal):
            self.cell(ln, x[1], x[4], y - 12 - 11 * i, fs, "l")
        segs.append((x[1], y, y - h))
        y -= h
        hl.append(y)
        row(
            [("一级指标", 0, 1, "c"), ("二级指标", 1, 2, "c"), ("三级指标", 2, 3, "c"), ("指标值", 3, 4, "c")]
        )
        for a, b, c, v in pt["ind"]:
            row([(a, 0, 1, "c"), (b, 1, 2, "c"), (c, 2, 3, "l"), (v, 3, 4, "c")])
        c = self.c
        c.setLineWidth(0.5)
        for yy in hl:
            c.line(x[0], yy, x[-1], yy)
        c.line(x[0], top, x[0], y)
        c.line(x[-1], top, x[-1], y)
        for xx, y0, y1 in segs:
            c.line(xx, y0, xx, y1)
        self.y = y - 20


def write_budget_pdf(path, doc, tabs, text):
    old = s38a_print.Doc
    s38a_print.Doc = Doc41
    try:
        s38a_print.write_pdf(path, doc, tabs, text)
    finally:
        s38a_print.Doc = old


def _unit_version(fn):
    src = inspect.getsource(fn)
    assert "部门决算" in src
    g = dict(vars(s38b_print))
    exec(compile(src.replace("部门决算", "单位决算"), "<s38b_print 单位决算>", "exec"), g)
    return g[fn.__name__]


_UNIT = {n: _unit_version(getattr(s38b_print, n)) for n in ("front", "summary_table")}


def write_final_pdf(path, doc, tabs, paras, glossary):
    if doc.get("kind_word", "部门") == "部门":
        return s40a_print.write_final_pdf(path, doc, tabs, paras, glossary)
    old = {n: getattr(s38b_print, n) for n in _UNIT}
    for n, f in _UNIT.items():
        setattr(s38b_print, n, f)
    try:
        s40a_print.write_final_pdf(path, doc, tabs, paras, glossary)
    finally:
        for n, f in old.items():
            setattr(s38b_print, n, f)
