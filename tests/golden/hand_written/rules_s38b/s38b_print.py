"""Draw a rules_s38b report as a PDF laid out like corpus/real/sh_putuo_czj_2024_final.pdf (A4; the wide tables on
landscape pages; each table on a new page, a long one running on to the next page WITHOUT its header; codes in
three cells 类 / 款 / 项; a long name wrapped in its cell with the row's codes and figures centred on the cell; the
合计 row's figures drawn a little above its label, as the ONLYOFFICE export places them), with ../rules_s33c's
minipdf.py (imported). The .txt and .layout.txt renditions are the real pdftotext's output of these PDFs (gen.py).
Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
from minipdf import MiniCanvas  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)


def em(text):
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def wrap(text, n):
    """Pieces of at most n ems."""
    out, cur = [], ""
    for ch in text:
        if em(cur + ch) > n:
            out.append(cur)
            cur = ""
        cur += ch
    return out + ([cur] if cur else [])


class Pdf:
    def __init__(self, path, doc):
        self.c = MiniCanvas(path, PORT, producer="ONLYOFFICE/8.0.1.31")
        self.doc = doc
        self.size = PORT
        self.started = False
        self.pageno = 0

    # page handling
    def page(self, size=PORT):
        if self.started:
            self.footer()
            self.c.showPage()
        self.started = True
        self.size = size
        self.c.setPageSize(size)
        self.pageno += 1

    def footer(self):
        if self.doc.get("pageno"):
            self.put(self.size[0] / 2, self.size[1] - 40, f"- {self.pageno} -", 9, "c")

    def put(self, x, ytop, text, size=10.5, align="l"):
        """Text whose top is ytop points below the page's top edge."""
        self.c.setFont("STSong-Light", size)
        y = self.size[1] - ytop - size * 0.88
        if align == "r":
            self.c.drawRightString(x, y, text)
        elif align == "c":
            self.c.drawCentredString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def hline(self, x0, x1, ytop):
        self.c.setLineWidth(0.5)
        self.c.line(x0, self.size[1] - ytop, x1, self.size[1] - ytop)

    def save(self):
        self.footer()
        self.c.save()

    # flowing text (portrait)
    def flow_start(self):
        self.page(PORT)
        self.y = 90

    def need(self, h):
        if self.y + h > 770:
            self.page(PORT)
            self.y = 80

    def heading(self, text, size=12, x=90, gap=26):
        self.need(gap)
        self.put(x, self.y, text, size)
        self.y += gap

    def para(self, text, size=10.5, indent=2, width=39):
        lines = wrap(" " * 0 + text, width - indent)
        first = lines[0]
        rest = "".join(lines[1:])
        lines = [first] + wrap(rest, width) if rest else [first]
        for i in range(1, len(lines)):  # no line begins with a closing mark: it stays on the line before
            while lines[i] and lines[i][0] in "，。、；：）”％%":
                lines[i - 1] += lines[i][0]
                lines[i] = lines[i][1:]
        lines = [ln for ln in lines if ln]
        for i, ln in enumerate(lines):
            self.need(16)
            self.put(90 + (indent * size if i == 0 else 0), self.y, ln, size)
            self.y += 16.5
        self.y += 8


def front(p, doc):
    u, y = doc["unit"], doc["year"]
    p.page(PORT)
    p.put(PORT[0] / 2, 300, u, 22, "c")
    p.put(PORT[0] / 2, 350, f"{y}年度部门决算", 22, "c")
    p.flow_start()
    p.put(PORT[0] / 2, p.y, "目 录", 16, "c")
    p.y += 40
    toc = (
        [
            ("h", f"第一部分 {u}概况"),
            ("i", "一、主要职能"),
            ("i", "二、部门决算单位构成"),
            ("h", f"第二部分 {u}{y}年度部门决算表"),
        ]
        + [
            ("i", f"{n}、{t}")
            for n, t in zip(
                "一二三四五六七八九",
                [
                    "收入支出决算总表",
                    "收入决算表",
                    "支出决算表",
                    "财政拨款收入支出决算总表",
                    "一般公共预算财政拨款支出决算表",
                    "一般公共预算财政拨款基本支出决算表",
                    "财政拨款“三公”经费支出决算表",
                    "政府性基金预算财政拨款收入支出决算表",
                    "国有资本经营预算财政拨款收入支出决算表",
                ],
            )
        ]
        + [
            ("h", f"第三部分 {u}{y}年度部门决算情况说明"),
        ]
        + [
            ("i", t)
            for t in [
                "一、收入支出决算总体情况说明",
                "二、收入决算情况说明",
                "三、支出决算情况说明",
                "四、财政拨款收入支出决算总体情况说明",
                "五、一般公共预算财政拨款支出决算情况说明",
                "六、一般公共预算财政拨款基本支出决算情况说明",
                "七、财政拨款“三公”经费支出决算情况说明",
                "八、政府性基金预算财政拨款收入支出决算情况说明",
                "九、国有资本经营预算财政拨款收入支出决算情况说明",
                "十、预算绩效管理情况",
                "十一、其他重要事项说明",
            ]
        ]
        + [("h", "第四部分 名词解释")]
    )
    for kind, t in toc:
        p.need(22)
        p.put(90 if kind == "h" else 96, p.y, t, 11)
        p.y += 24 if kind == "h" else 21
    p.flow_start()
    p.put(PORT[0] / 2, p.y, f"第一部分    {u}概况", 14, "c")
    p.y += 40
    p.heading("一、主要职能")
    for t in doc["duties"]:
        p.para(t)
    p.heading("二、部门决算单位构成")
    p.para(
        f"从预算单位构成看，{u}部门决算包括：{u}本级决算、下属行政事业单位决算。纳入{u} {y} 年度部门决算编制范围的单位包括："
    )
    p.need(20)
    p.put(110, p.y, "序号", 10.5)
    p.put(160, p.y, "单位名称", 10.5)
    p.put(420, p.y, "备注", 10.5)
    p.y += 18
    for i, (name, note) in enumerate(doc["units"], 1):
        p.need(18)
        p.put(125, p.y, str(i), 10.5, "r")
        p.put(160, p.y, name, 10.5)
        p.put(420, p.y, note, 10.5)
        p.y += 18


def title(p, t, w, unit_y, first_part=None):
    if first_part:
        p.put(90, 99, first_part, 12)
    p.put(w / 2, 100 if not first_part else 205, t, 16, "c")


def summary_table(p, doc, t):
    u, y = doc["unit"], doc["year"]
    p.page(PORT)
    p.put(90, 99, f"第二部分 {u}{y}年度部门决算表", 12)
    p.put(PORT[0] / 2, 205, t.title, 16, "c")
    p.put(550, 238, "单位：万元", 10, "r")
    p.put(176, 269.6, "收入", 10, "c")
    p.put(434, 269.6, "支出", 10, "c")
    p.put(132, 285.3, "项目", 10, "c")
    p.put(270, 285.3, "决算数", 10, "c")
    p.put(390, 285.3, "项目", 10, "c")
    p.put(522, 285.3, "决算数", 10, "c")
    yy = 301.8
    for ln, lv, rn, rv in t.body:
        if yy > 770:
            p.page(PORT)
            yy = 80
        big = ln in ("本年收入合计", "总计")
        p.put(110.8 if ln == "本年收入合计" else 44.8, yy, ln, 10)
        p.put(368.9 if rn == "本年支出合计" else 319.4, yy, rn, 10)
        if lv:
            p.put(294.9, yy - (1.5 if big else 0), lv, 10.5, "r")
        if rv:
            p.put(536.5, yy, rv, 10.5, "r")
        yy += 17.25


def func_table(p, doc, t, rights, name_w=12, lift=0, lift_cols=(), head_w=5):
    """收入决算表 / 支出决算表 (landscape): codes 类 款 项, name wrapped at name_w ems, figures right-aligned at rights."""
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134.4, "单位：万元", 10, "r")
    p.put(206, 168, "项目", 10, "c")
    p.put(128, 185.6, "支出功能分类", 10, "c")
    p.put(128, 202.9, "科目编码", 10, "c")
    for x, ch in ((81.7, "类"), (123, "款"), (163.6, "项")):
        p.put(x, 219.6, ch, 10)
    p.put(267.8, 194.2, "科目名称", 10, "c")
    for (head, _k), r in zip(t.cols, rights):
        lines = wrap(head[-1], head_w)
        top = 185 - 7.75 * (len(lines) - 1)
        for i, ln in enumerate(lines):
            p.put(r - 22, top + 15.5 * i, ln, 10, "c")
    yy = 246.0
    first_cls = next(c for c, _n, _v in t.rows if c)[:3]
    for code, name, cells in t.rows:
        lines = wrap(name, name_w) if code else [name]
        h = 17.25 if len(lines) == 1 else 17.25 + 15.5 * (len(lines) - 1)
        if yy + h > 545:
            p.page(LAND)
            yy = 72.0
        mid = yy + 15.5 * (len(lines) - 1) / 2
        if code is None:  # 合计: the label low, the figures high
            p.put(267.8, yy + 8, name, 10.5, "c")
            for j, (cell, r) in enumerate(zip(cells, rights)):
                if cell:
                    p.put(r, yy - 6 - (lift if j in lift_cols else 0), cell, 10.5, "r")
            yy += 17.25 + 8
            continue
        parts = [code[:3], code[3:5], code[5:7]]
        for x, part in zip((72.0, 123.0, 163.6), parts):
            if part:
                p.put(x, mid, part, 10.5)
        for i, ln in enumerate(lines):
            p.put(195.2, yy + 15.5 * i, ln, 11)
        lifted = lift and code.startswith(first_cls)
        for j, (cell, r) in enumerate(zip(cells, rights)):
            if cell:
                p.put(r, mid - (lift if lifted and j in lift_cols else 0), cell, 10.5, "r")
        yy += h


def fiscal_table(p, doc, t):
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134, "单位：万元", 10, "r")
    p.put(120, 160, "收入", 10, "c")
    p.put(480, 160, "支出", 10, "c")
    p.put(100, 205, "项目", 10, "c")
    p.put(205, 205, "决算数", 10, "c")
    p.put(320, 205, "项目", 10, "c")
    rights = [440, 530, 620, 710]
    for r, head in zip(
        rights, ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    ):
        lines = wrap(head, 6)
        for i, ln in enumerate(lines):
            p.put(r - 30, 190 + 15.5 * i - 7.75 * (len(lines) - 1), ln, 10, "c")
    yy = 240.0
    for ln, lv, rn, rv in t.body:
        ll = wrap(ln, 12)
        rl = wrap(rn, 12)
        n = max(len(ll), len(rl))
        h = 17.25 + 15.5 * (n - 1)
        if yy + h > 550:
            p.page(LAND)
            yy = 72.0
        mid = yy + 15.5 * (n - 1) / 2
        for i, s in enumerate(ll):
            p.put(40 if ln not in ("本年收入合计", "总计") else 70, yy + 15.5 * i, s, 10.5)
        for i, s in enumerate(rl):
            p.put(250 if rn not in ("本年支出合计", "总计") else 285, yy + 15.5 * i, s, 10.5)
        if lv:
            p.put(235, mid, lv, 10.5, "r")
        for cell, r in zip(rv, rights):
            if cell:
                p.put(r, mid, cell, 10.5, "r")
        yy += h


def gb_table(p, doc, t):
    p.page(PORT)
    p.put(PORT[0] / 2, 100, t.title, 16, "c")
    p.put(540, 132, "单位：万元", 10, "r")
    p.put(150, 150, "项目", 10, "c")
    p.put(75, 166, "支出功能分类", 10, "c")
    p.put(75, 182, "科目编码", 10, "c")
    p.put(200, 182, "科目名称", 10, "c")
    for x, ch in ((40, "类"), (82, "款"), (108, "项")):
        p.put(x, 198, ch, 10)
    rights = [360, 440, 515]
    for r, (head, _k) in zip(rights, t.cols):
        p.put(r - 22, 182, head[0], 10, "c")
    yy = 216.0
    for code, name, cells in t.rows:
        lines = wrap(name, 16) if code else [name]
        h = 17.25 + 14 * (len(lines) - 1)
        if yy + h > 790:
            p.page(PORT)
            yy = 72.0
        if code:
            for x, part in zip((40, 82, 108), (code[:3], code[3:5], code[5:7])):
                if part:
                    p.put(x, yy, part, 10)
        for i, ln in enumerate(lines):
            p.put(126 if code else 200, yy + 14 * i, ln, 10)
        for cell, r in zip(cells, rights):
            if cell:
                p.put(r, yy, cell, 10, "r")
        yy += h


def econ_table(p, doc, t, skew=4.0):
    """skew: the codes (and figures) drawn skew points above the name, the right block's 款 code skew below it (the
    corpus's cells: codes top-aligned, names centred), so pdftotext prints a code line with the figures and the
    name on the line below; skew=0: one line per row."""
    numdy = -1.5 * skew
    p.page(PORT)
    p.put(PORT[0] / 2, 100, t.title, 16, "c")
    p.put(540, 132, "单位：万元", 10, "r")
    for x0 in (40, 300):
        p.put(x0, 150, "经济分类", 10)
        p.put(x0, 164, "科目编码", 10)
        p.put(x0 + 75, 172, "科目名称", 10)
        p.put(x0 + 190, 172, "决算数", 10)
        p.put(x0 + 25, 180, "款", 10)
        p.put(x0, 188, "类", 10)
    yy = 210.0
    n = max(len(t.left), len(t.right))
    for i in range(n):
        a = t.left[i] if i < len(t.left) else None
        b = t.right[i] if i < len(t.right) else None
        la = wrap(a[1], 9) if a else []
        lb = wrap(b[1], 9) if b else []
        k = max(len(la), len(lb), 1)
        h = 17.25 + 15.5 * (k - 1)
        if yy + h > 790:
            p.page(PORT)
            yy = 72.0
        for x0, cell, lines, side in ((40, a, la, 0), (300, b, lb, 1)):
            if not cell:
                continue
            code, _name, val = cell
            top = yy - skew  # the codes a little above the name, the 款 code below on the right block
            p.put(x0, top, code[:3], 10)
            if len(code) == 5:
                p.put(x0 + 25, top + (2 * skew if side else 0), code[3:], 10)
            for j, ln in enumerate(lines):
                p.put(x0 + 48, yy + 15.5 * j + (skew if len(lines) == 1 else 0), ln, 10)
            if val:
                p.put(x0 + 220, yy + numdy, val, 10, "r")
        yy += h
    if yy + 20 > 790:
        p.page(PORT)
        yy = 72.0
    p.put(88, yy + 4, "人员经费合计", 10)
    p.put(348, yy + 4, "公用经费合计", 10)
    p.put(260, yy - 4, t.totals[0], 10, "r")
    p.put(520, yy - 4, t.totals[1], 10, "r")


def sangong_table(p, doc, t):
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134, "单位：万元", 10, "r")
    xs = [95 + 58 * i for i in range(12)]  # right edges
    p.put((xs[0] + xs[-1]) / 2 - 20, 160, "财政拨款“三公”经费", 10, "c")
    p.put((xs[0] + xs[1]) / 2 - 20, 190, "合计", 10, "c")
    p.put((xs[2] + xs[3]) / 2 - 20, 190, "因公出国（境）费", 10, "c")
    p.put((xs[4] + xs[9]) / 2 - 20, 178, "公务用车购置及运行费", 10, "c")
    p.put((xs[10] + xs[11]) / 2 - 20, 190, "公务接待费", 10, "c")
    p.put((xs[4] + xs[5]) / 2 - 20, 198, "小计", 10, "c")
    p.put((xs[6] + xs[7]) / 2 - 20, 206, "公务用车购置费", 10, "c")
    p.put((xs[8] + xs[9]) / 2 - 20, 198, "公务用车运行费", 10, "c")
    for i, x in enumerate(xs):
        p.put(x - 4, 232, "预算数" if i % 2 == 0 else "决算数", 10, "r")
    for x, cell in zip(xs, t.cells):
        if cell:
            p.put(x, 258, cell, 10.5, "r")


def fund_table(p, doc, t):
    p.page(LAND)
    p.put(LAND[0] / 2, 100, t.title, 16, "c")
    p.put(770, 134, "单位：万元", 10, "r")
    p.put(150, 160, "项目", 10, "c")
    p.put(110, 176, "支出功能分类", 10, "c")
    p.put(110, 192, "科目编码", 10, "c")
    p.put(230, 192, "科目名称", 10, "c")
    for x, ch in ((60, "类"), (100, "款"), (140, "项")):
        p.put(x, 210, ch, 10)
    rights = [410, 480, 550, 620, 690, 770]
    p.put(550 - 30 + 35, 168, "本年支出", 10, "c")
    for r, (head, _k) in zip(rights, t.cols):
        lines = wrap(head[-1], 5)
        for i, ln in enumerate(lines):
            p.put(r - 25, 192 + 15.5 * i - 7.75 * (len(lines) - 1), ln, 10, "c")
    yy = 232.0
    for code, name, cells in t.rows:
        lines = wrap(name, 11) if code else [name]
        h = 17.25 + 15.5 * (len(lines) - 1)
        mid = yy + 15.5 * (len(lines) - 1) / 2
        if code:
            for x, part in zip((60, 100, 140), (code[:3], code[3:5], code[5:7])):
                if part:
                    p.put(x, mid, part, 10.5)
        for i, ln in enumerate(lines):
            p.put(170 if code else 200, yy + 15.5 * i, ln, 10.5)
        for cell, r in zip(cells, rights):
            if cell:
                p.put(r, mid, cell, 10.5, "r")
        yy += h
    if t.empty:
        yy += 60
    if t.note:
        p.put(60, yy + 12, t.note, 10.5)


def write_pdf(path, doc, tabs, paras, glossary):
    p = Pdf(path, doc)
    front(p, doc)
    T = {t.key: t for t in tabs}
    summary_table(p, doc, T["income_expenditure_summary"])
    func_table(p, doc, T["income_by_function"], [410, 482, 548, 618, 678, 732, 792])
    func_table(
        p,
        doc,
        T["expenditure_by_function"],
        [431, 503, 560, 620, 675, 745],
        lift=doc.get("lift", 0),
        lift_cols=(1, 2),
    )
    fiscal_table(p, doc, T["fiscal_summary"])
    gb_table(p, doc, T["general_budget_by_function"])
    econ_table(p, doc, T["general_budget_basic_by_economic"], skew=doc.get("econ_skew", 4.0))
    sangong_table(p, doc, T["sangong"])
    fund_table(p, doc, T["government_fund"])
    fund_table(p, doc, T["state_capital"])
    p.flow_start()
    for style, text in paras:
        if style == "part":
            p.put(PORT[0] / 2, p.y, text, 14, "c")
            p.y += 40
        elif style == "h":
            p.heading("  " + text, 11.5, gap=24)
        elif style == "h2":
            p.heading("  " + text, 10.5, gap=22)
        else:
            p.para(text)
    p.flow_start()
    p.put(PORT[0] / 2, p.y, "第四部分 名词解释", 14, "c")
    p.y += 40
    for g in glossary:
        p.para(g)
    p.save()
