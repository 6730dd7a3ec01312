"""Draw a rules_s38a report as a PDF laid out as the Shanghai district budgets of corpus/real/sh_putuo_sfj_2026_*
(A4 landscape; a cover, 目录, 主要职能, 机构设置, 名词解释, 编制说明, the nine tables each from a new page with its title,
编制部门 / 编制单位 left and 单位 right, a ruled grid, codes in 类 | 款 | 项 columns, long tables continued on the next
page under their column header again (or the title again, or nothing: doc style "cont"), then 其他相关情况说明),
with rules_s33c's minimal PDF writer (imported). gen.py runs pdftotext over it for the .txt / .layout.txt."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s33c"))
from minipdf import MiniCanvas, stringWidth  # noqa: E402

W, H = 842.0, 595.0
LM, RM, TOP, BOT = 40.0, 802.0, 555.0, 40.0
GLOSSARY = [
    "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、"
    "政府性基金预算财政拨款和国有资本经营预算财政拨款。",
    "（二）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "（三）事业单位经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "（四）其他收入：指除上述“财政拨款收入”、“事业收入”、“事业单位经营收入”等以外的收入。",
    "（五）基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，"
    "包括人员经费和公用经费两部分。",
    "（六）项目支出预算：是区级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本"
    "支出之外编制的年度支出计划。",
    "（七）“三公”经费：是与区级财政有经费领拨关系的部门及其下属预算单位使用区级财政拨款安排的因公出国（境）费、公务用车"
    "购置及运行费、公务接待费。",
    "（八）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
]


def sw(s, fs):
    return stringWidth(s, None, fs)


class Doc:
    def __init__(self, path, doc):
        self.c = MiniCanvas(path, pagesize=(W, H), producer="rules_s38a gen.py")
        self.doc = doc
        self.y = TOP
        self.page = 0
        self.started = False

    # pages and text
    def new_page(self):
        if self.started:
            self.footer()
            self.c.showPage()
        self.started = True
        self.page += 1
        self.y = TOP

    def footer(self):
        f = self.doc["style"].get("footer")
        if f and self.page > 2:
            self.c.setFont("F", 9)
            self.c.drawCentredString(W / 2, 22, f.format(n=self.page - 2))

    def line(self, s, fs=10.5, x=None, centre=False, right=None):
        if self.y < BOT + fs:
            self.new_page()
        self.c.setFont("F", fs)
        if centre:
            self.c.drawCentredString(W / 2, self.y, s)
        elif right is not None:
            self.c.drawRightString(right, self.y, s)
        else:
            self.c.drawString(LM + 20 if x is None else x, self.y, s)

    def para(self, s, fs=10.5, indent=True):
        width = RM - LM - 40
        first = True
        while s:
            x = LM + 20 + (2 * fs if indent and first else 0)
            avail = RM - 20 - x
            n = 0
            while n < len(s) and sw(s[: n + 1], fs) <= avail:
                n += 1
            if n < len(s) and s[n] in "，。；：、）”":  # no line starts with a closing mark: carry it on
                n += 1
            num = "0123456789.%"
            while (
                0 < n < len(s) and s[n] in num and s[n - 1] in num
            ):  # a number is never cut (Word wraps it whole)
                n -= 1
            if self.y < BOT + fs:
                self.new_page()
            self.c.setFont("F", fs)
            self.c.drawString(x, self.y, s[:n])
            s = s[n:]
            self.y -= fs * 1.6
            first = False
        del width

    def heading(self, s, fs=14):
        self.y -= 6
        self.line(s, fs, centre=True)
        self.y -= fs * 2

    # tables
    def title_block(self, t, cont=False):
        d = self.doc
        self.c.setFont("F", 14)
        self.c.drawCentredString(W / 2, self.y, t.title + ("（续）" if cont else ""))
        self.y -= 22
        self.c.setFont("F", 9.5)
        who = "编制部门" if d["scope"] == "部门" else "编制单位"
        self.c.drawString(LM, self.y, f"{who}：{d['org']}")
        lab = (
            "单位:{u}" if t.kind == "sangong" else d["style"].get("unit_label", "单位：{u}")
        )  # 普陀's 三公: ASCII colon
        self.c.drawRightString(RM, self.y, lab.format(u=t.unit))
        self.y -= 10

    def grid(self, xs, top, bottom, hlines, head=None):
        """Rules as Excel prints merged cells: the outer frame full height; inside the header only the
        segments of ``head`` ((x, y_top, y_bottom) verticals, (x0, x1, y) horizontals), so no rule cuts a
        label spanning several columns; below the header every column rule."""
        c = self.c
        c.setLineWidth(0.5)
        hb = hlines[1] if head is not None and len(hlines) > 1 else top
        for x in xs:
            if x in (xs[0], xs[-1]):
                c.line(x, top, x, bottom)
            else:
                c.line(x, hb, x, bottom)
        for y in hlines:
            c.line(xs[0], y, xs[-1], y)
        for seg in head or []:
            if (
                len(seg) == 3
                and isinstance(seg[0], (int, float))
                and seg[1] > seg[2]
                and seg[0] not in (xs[0],)
            ):
                c.line(seg[0], seg[1], seg[0], seg[2])
        for seg in head or []:
            if len(seg) == 4:
                c.line(seg[1], seg[3], seg[2], seg[3])

    def cell(self, text, x0, x1, y, fs, align="c"):
        self.c.setFont("F", fs)
        if not text:
            return
        if align == "r":
            self.c.drawRightString(x1 - 3, y, text)
        elif align == "l":
            self.c.drawString(x0 + 3, y, text)
        else:
            self.c.drawCentredString((x0 + x1) / 2, y, text)

    def table(self, t):
        self.new_page()
        self.title_block(t)
        if t.kind in ("func", "econ"):
            self.coded(t)
        elif t.kind == "summary":
            self.two_sided(t, "本年收入", "本年支出")
        elif t.kind == "fiscal":
            self.two_sided(t, "财政拨款收入", "财政拨款支出")
        elif t.kind == "sangong":
            self.sangong(t)

    def coded(self, t):
        st = self.doc["style"]
        fs = st.get("fs", 9)
        ncode = 3 if t.kind == "func" else 2
        namew = st.get("namew", 190)
        cw = 30
        x = [LM + 10]
        for _ in range(ncode):
            x.append(x[-1] + cw)
        x.append(x[-1] + namew)
        nm = len(t.keys)
        mw = min(130, (RM - 10 - x[-1]) / nm)
        for _ in range(nm):
            x.append(x[-1] + mw)
        cont = st.get("cont", "header")
        rows = list(t.rows) if not t.empty else None
        first = True
        while True:
            top = self.y
            self.coded_head(t, x, ncode, top, fs)
            y = top - 54
            if rows is None:  # an empty table: 无, blank rows, 合计, the note
                hl = [top, top - 54]
                self.cell("无", x[0], x[ncode], y - 13, fs, "l")
                y -= 18
                for _ in range(3):
                    hl.append(y)
                    y -= 18
                hl.append(y)
                self.cell("合计", x[ncode], x[ncode + 1], y - 13, fs)
                y -= 18
                hl.append(y)
                self.grid(x, top, y, hl, self.coded_rules(x, ncode, top))
                self.c.setFont("F", 9)
                self.c.drawString(LM + 10, y - 14, t.note)
                self.y = y - 30
                return
            hl = [top, top - 54]
            head = self.coded_rules(x, ncode, top)
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
            first = False
            self.new_page()
            sc = st.get("cont_scale")
            if sc:  # the further page printed at another scale (Excel's fit-to-page per page, as 普陀's 经济分类 page 2)
                x = [LM + (xi - LM) * sc - st.get("cont_shift", 0) for xi in x]
                namew = x[ncode + 1] - x[ncode]
            if cont == "title":
                self.title_block(t, cont=True)
            elif cont == "xubiao":
                self.c.setFont("F", 10)
                self.c.drawString(LM, self.y, "续表")
                self.y -= 14
            elif cont == "none":  # rows go on with no header at all
                while rows:
                    while rows and self.y - self.row_h(rows[0], namew, fs) >= BOT + 10:
                        r = rows.pop(0)
                        h = self.row_h(r, namew, fs)
                        self.coded_row(r, x, ncode, self.y, h, fs)
                        self.grid(x, self.y, self.y - h, [self.y, self.y - h])
                        self.y -= h
                    if rows:
                        self.new_page()
                self.y -= 20
                return
        del first

    def coded_rules(self, x, ncode, top):
        """The header's inner rules: 项目 | the money group over its first line; the money columns apart below
        it; 编码 over 类 款 项, these apart below it; the name column apart."""
        hb = top - 54
        out = [(x[ncode + 1], top, hb), ("h", x[ncode + 1], x[-1], top - 18), ("h", x[0], x[ncode], top - 36)]
        out += [(xx, top - 18, hb) for xx in x[ncode + 2 : -1]]
        out += [(xx, top - 36, hb) for xx in x[1:ncode]] + [(x[ncode], top - 18, hb)]
        out.append(("h", x[0], x[ncode], top - 18))
        return out

    def row_h(self, r, namew, fs):
        h = self.doc["style"].get("rowh", 18)
        return h + 8 if sw(r[1], fs) > namew - 6 else h

    def coded_row(self, r, x, ncode, y, h, fs):
        code, name = r[0], r[1]
        st = self.doc["style"]
        parts = [code[:3], code[3:5], code[5:7]][:ncode] if code else []
        for i, p in enumerate(parts):
            if st.get("codes") == "once" and i < len(parts) - 1 and len(code) > 3 + 2 * i:
                continue  # merged parent cells: only the row's own part
            self.cell(p, x[i], x[i + 1], y - h / 2 - 3, fs, "l")
        namew = x[ncode + 1] - x[ncode]
        if name == "合计":
            self.cell(name, x[ncode], x[ncode + 1], y - h / 2 - 3, fs)
        elif h > self.doc["style"].get("rowh", 18):  # wrap the name in its cell
            n = 0
            while sw(name[: n + 1], fs) <= namew - 6:
                n += 1
            self.cell(name[:n], x[ncode], x[ncode + 1], y - h / 2 + 2, fs, "l")
            self.cell(name[n:], x[ncode], x[ncode + 1], y - h / 2 - 9, fs, "l")
        else:
            self.cell(name, x[ncode], x[ncode + 1], y - h / 2 - 3, fs, "l")
        for j, v in enumerate(r[2:]):
            self.cell(v, x[ncode + 1 + j], x[ncode + 2 + j], y - h / 2 - 3, fs, "r")

    def coded_head(self, t, x, ncode, top, fs):
        c = self.c
        mid = (x[ncode + 1] + x[-1]) / 2
        self.cell("项目", x[0], x[ncode + 1], top - 13, fs)
        c.setFont("F", fs)
        c.drawCentredString(mid, top - 13, t.group)
        lab = "功能分类科目编码" if t.kind == "func" else "经济分类科目编码"
        self.cell(lab, x[0], x[ncode], top - 31, fs)
        self.cell(
            "功能分类科目名称" if t.kind == "func" else "经济分类科目名称",
            x[ncode],
            x[ncode + 1],
            top - 40,
            fs,
        )
        for i, k in enumerate(["类", "款", "项"][:ncode]):
            self.cell(k, x[i], x[i + 1], top - 49, fs)
        for j, h in enumerate(t.head):
            h = h if isinstance(h, str) else h[-1]
            x0, x1 = x[ncode + 1 + j], x[ncode + 2 + j]
            if sw(h, fs) > x1 - x0 - 4:  # a long header in two lines
                self.cell(h[:4], x0, x1, top - 33, fs)
                self.cell(h[4:], x0, x1, top - 45, fs)
            else:
                self.cell(h, x0, x1, top - 40, fs)
        c.setLineWidth(0.5)
        c.line(x[0], top - 18, x[-1], top - 18)
        c.line(x[0], top - 36, x[ncode], top - 36)

    def two_sided(self, t, lt, rt):
        fs = self.doc["style"].get("fs", 9)
        nr = len(t.keys) if t.kind == "fiscal" or len(t.keys) > 1 else 1
        x = [LM + 10, LM + 170, LM + 270, LM + 440]
        mw = min(110, (RM - 10 - x[-1]) / nr)
        for _ in range(nr):
            x.append(x[-1] + mw)
        top = self.y
        self.cell(lt, x[0], x[2], top - 13, fs)
        self.cell(rt, x[2], x[-1], top - 13, fs)
        hy = top - 33 if t.kind == "summary" and nr > 1 else top - 40
        self.cell("项目", x[0], x[1], hy, fs)
        self.cell("预算数", x[1], x[2], hy, fs)
        self.cell("项目", x[2], x[3], hy, fs)
        if t.kind == "summary" and nr == 1:
            self.cell("预算数", x[3], x[4], top - 40, fs)
        elif (
            t.kind == "summary"
        ):  # as 普陀's 单位 table: 基本支出 on the 项目 line, 合计 12pt below, its parts 12pt lower
            self.cell("预算数", x[3], x[-1], top - 21, fs)
            self.cell("合计", x[3], x[4], top - 45, fs)
            self.cell("基本支出", x[4], x[6], top - 33, fs)
            self.cell("人员经费", x[4], x[5], top - 57, fs)
            self.cell("公用经费", x[5], x[6], top - 57, fs)
            self.cell("项目支出", x[6], x[7], top - 45, fs)
        else:
            for j, h in enumerate(t.head):
                self.cell(h[-1], x[3 + j], x[4 + j], top - 40, fs)
        hh = 64 if t.kind == "summary" and nr > 1 else 54
        y = top - hh
        hl = [top, top - 18, top - hh]
        body, last = t.rows[:-1], t.rows[-1]
        for r in body + [["", "", ""] + [""] * nr] * self.doc["style"].get("blank_rows", 3):
            self.cell(r[0], x[0], x[1], y - 12, fs, "l")
            self.cell(r[1], x[1], x[2], y - 12, fs, "r")
            self.cell(r[2], x[2], x[3], y - 12, fs, "l")
            for j, v in enumerate(r[3 : 3 + nr]):
                self.cell(v, x[3 + j], x[4 + j], y - 12, fs, "r")
            y -= 18
            hl.append(y)
        self.cell(last[0], x[0], x[1], y - 12, fs)
        self.cell(last[1], x[1], x[2], y - 12, fs, "r")
        self.cell(last[2], x[2], x[3], y - 12, fs)
        for j, v in enumerate(last[3 : 3 + nr]):
            self.cell(v, x[3 + j], x[4 + j], y - 12, fs, "r")
        y -= 18
        hl.append(y)
        head = [
            (x[2], top, top - hh),
            ("h", x[0], x[-1], top - 18),
            (x[1], top - 18, top - hh),
            (x[3], top - 18, top - hh),
        ]
        if t.kind == "summary" and nr > 1:
            head += [
                ("h", x[3], x[-1], top - 27),
                (x[4], top - 27, top - hh),
                (x[6], top - 27, top - hh),
                ("h", x[4], x[6], top - 39),
                (x[5], top - 39, top - hh),
            ]
        else:
            head += [(xx, top - 18, top - hh) for xx in x[4:-1]]
        self.grid(x, top, y, [top, top - hh] + hl[3:], head)
        self.y = y - 20

    def sangong(self, t):
        fs = self.doc["style"].get("fs", 9)
        x = [LM + 10]
        for w in (105, 105, 105, 105, 105, 105, 117):
            x.append(x[-1] + w)
        top = self.y
        # as 普陀's: the title row, 机关运行经费预算 / 数 over two lines, 公务用车购置及运行费 above its three parts, 合计 /
        # 出国 / 接待 centred over their merged cells, the parts' names below, the figures well below the header
        self.cell("“三公”经费预算数", x[0], x[6], top - 13, fs)
        self.cell("机关运行经费预算", x[6], x[7], top - 37, fs)
        self.cell("公务用车购置及运行费", x[3], x[6], top - 45, fs)
        self.cell("数", x[6], x[7], top - 53, fs)
        self.cell("合计", x[0], x[1], top - 61, fs)
        self.cell("因公出国(境)费", x[1], x[2], top - 61, fs)
        self.cell("公务接待费", x[2], x[3], top - 61, fs)
        self.cell("小计", x[3], x[4], top - 77, fs)
        self.cell("购置费", x[4], x[5], top - 77, fs)
        self.cell("运行费", x[5], x[6], top - 77, fs)
        y = top - 90
        for j, v in enumerate(t.rows[0]):
            self.cell(v, x[j], x[j + 1], y - 30, fs, "r")
        y -= 48
        head = [
            ("h", x[0], x[6], top - 20),
            (x[6], top, top - 90),
            (x[1], top - 20, top - 90),
            (x[2], top - 20, top - 90),
            (x[3], top - 20, top - 90),
            ("h", x[3], x[6], top - 66),
            (x[4], top - 66, top - 90),
            (x[5], top - 66, top - 90),
        ]
        self.grid(x, top, y, [top, top - 90, y], head)
        self.y = y - 20

    def save(self):
        self.footer()
        self.c.showPage()
        self.c.save()


def write_pdf(path, doc, tabs, text):
    p = Doc(path, doc)
    dept = doc["scope"] == "部门"
    y = doc["year"]
    kind = "部门" if dept else "单位"
    p.new_page()
    p.y = 400
    p.line(f"{doc['district']}{y}年区级{kind}预算", 22, centre=True)
    p.y = 300
    p.line(f"{'预算主管部门' if dept else '预算单位'}：{doc['org']}", 14, x=250)
    p.new_page()
    p.heading("目 录", 14)
    toc = [
        f"一、{kind}主要职能",
        f"二、{kind}机构设置",
        "三、名词解释",
        f"四、{kind}预算编制说明",
        f"五、{kind}预算表",
    ]
    for s in toc:
        p.line(s, 11, x=LM + 40)
        p.y -= 17
    for i, t in enumerate(tabs, 1):
        p.line(f"{i}. {t.title}", 11, x=LM + 60)
        p.y -= 17
    p.line("六、其他相关情况说明", 11, x=LM + 40)
    p.new_page()
    p.heading(f"{doc['org']}主要职能")
    for s in doc["duties"]:
        p.para(s)
    p.new_page()
    p.heading(f"{doc['org']}机构设置")
    for s in doc["setup"]:
        p.para(s)
    p.new_page()
    p.heading("名词解释")
    for s in GLOSSARY:
        p.para(s, indent=False)
    p.new_page()
    p.heading(f"{y}年{kind}预算编制说明")
    for s in text["notes"]:
        p.para(s)
    for t in tabs:
        p.table(t)
    p.new_page()
    p.heading("其他相关情况说明")
    for s in text["other"]:
        p.para(s, indent=s[:2] not in ("一、", "二、", "三、", "四、", "五、"))
    for pj in text.get("projects", []):  # 七、项目经费情况说明, a page per project as 普陀's
        p.new_page()
        p.heading(f"{pj['name']}经费情况说明")
        for head, body in (
            ("一、项目概述", pj["overview"]),
            ("二、立项依据", pj["basis"]),
            ("三、实施主体", doc["org"]),
            ("四、实施方案", pj["plan"]),
            ("五、实施周期", f"{y}年1月1日-{y}年12月31日"),
            ("六、年度预算安排", f"{pj['amount']}万元"),
            ("七、绩效目标", pj["goal"]),
        ):
            p.para(head, indent=False)
            for b in body if isinstance(body, list) else [body]:
                p.para(b, indent=False)
    p.save()
