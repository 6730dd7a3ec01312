"""(Adapted from km_gen.py.) Draw the synthetic 2023 部门决算 of 成都市武侯区住房和城乡建设局 as a PDF
(wh_2023_final.pdf), from the figures typed in wh_data.py; with ALL_H=1, every table with horizontal rules
only (wh_2023_final_hrules.pdf). Kept to show how the PDFs were made; not run by the tests (it needs
reportlab and the WenQuanYi font): `pip install reportlab` in a scratch environment, then
`OUT=wh_2023_final.pdf python wh_gen.py` here, and `pdftotext [-layout]` for the text renditions."""

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from wh_data import *

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
import os

OUT = os.environ.get("OUT", "wh_2023_final.pdf")
PAD = float(os.environ.get("PAD", "3"))  # right padding of right-aligned figures
PORTRAIT, LAND = A4, landscape(A4)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    whole, dec = v.split(".")
    return f"{int(whole):,}.{dec}"


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=PORTRAIT)
        self.page = 1
        self.size = PORTRAIT

    def new_page(self, size):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 28, f"- {self.page} -")  # page number at the foot
        self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)

    def finish(self):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 28, f"- {self.page} -")
        self.c.save()


def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines


def cell_text(c, text, x, y, w, h, align, size=9):
    """Text in a cell, wrapped to its width, the block vertically centred; align L/R/C."""
    if text is None or text == "":
        return
    lines = wrap(str(text), w - 6, size)
    lead = size * 1.25
    c.setFont(F, size)
    top = y + h / 2 + (len(lines) * lead) / 2 - size * 0.95
    for i, ln in enumerate(lines):
        yy = top - i * lead
        if align == "R":
            c.drawRightString(x + w - PAD, yy, ln)
        elif align == "C":
            c.drawCentredString(x + w / 2, yy, ln)
        else:
            c.drawString(x + 3, yy, ln)


def cell_text_top(c, text, x, y, w, h, align, size=9):
    """Unruled Excel export: first line on the row's baseline, the rest spill below."""
    if not text:
        return
    lines = wrap(str(text), w - 6, size)
    c.setFont(F, size)
    for i, ln in enumerate(lines):
        yy = y + h - size * 1.2 - i * size * 1.25
        if align == "R":
            c.drawRightString(x + w - 3, yy, ln)
        else:
            c.drawString(x + 3, yy, ln)


def table(doc, x0, y, colw, header, hrow_h, rows, aligns, ruled=True, bottom=50, top_y=None, size=9):
    if os.environ.get("ALL_H") and ruled is True:
        ruled = "h"  # variant: every table with horizontal rules only
    """header: list of (row, col, rowspan, colspan, text); rows: list of (cells, height) where a cell is
    text/None or ("span", n, text, align). Repeats the header after a page break. Returns the y below."""
    c = doc.c
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)

    def draw_header(y):
        ys = [y]
        for h in hrow_h:
            ys.append(ys[-1] - h)
        for r, col, rs, cs, text in header:
            x, w = xs[col], xs[col + cs] - xs[col]
            ytop, ybot = ys[r], ys[r + rs]
            if ruled == "h":
                c.setLineWidth(0.5)
                c.line(x, ytop, x + w, ytop)
                c.line(x, ybot, x + w, ybot)
            elif ruled:
                c.setLineWidth(0.5)
                c.rect(x, ybot, w, ytop - ybot, stroke=1, fill=0)
            cell_text(c, text, x, ybot, w, ytop - ybot, "C", size)
        return ys[-1]

    y = draw_header(y)
    for cells, h in rows:
        if y - h < bottom:
            doc.new_page(doc.size)
            y = draw_header(top_y or doc.size[1] - 60)
        col = 0
        edges = [xs[0]]
        for cell in cells:
            if isinstance(cell, tuple) and cell and cell[0] == "span":
                _, n, text, al = cell
            else:
                n, text, al = 1, cell, aligns[col]
            x, w = xs[col], xs[col + n] - xs[col]
            if ruled:
                cell_text(c, fmt(text) if al == "R" else text, x, y - h, w, h, al, size)
            else:
                cell_text_top(c, fmt(text) if al == "R" else text, x, y - h, w, h, al, size)
            col += n
            edges.append(xs[col])
        if ruled:
            c.setLineWidth(0.5)
            c.line(xs[0], y - h, xs[-1], y - h)
            if ruled != "h":
                for e in edges:
                    c.line(e, y, e, y - h)
        y -= h
    return y


def title_block(doc, title, number, y=None, left=None):
    c = doc.c
    W, H = doc.size
    y = y or H - 50
    c.setFont(F, 16)
    c.drawCentredString(W / 2, y, title)
    c.setFont(F, 9)
    c.drawRightString(W - 40, y - 16, number)
    c.drawString(40, y - 30, left or f"部门：{UNIT}")
    c.drawRightString(W - 40, y - 30, "单位：万元")
    return y - 38


def paragraph(doc, y, text, size=10.5, indent=True, x=60):
    c = doc.c
    W = doc.size[0]
    lines = wrap(("　　" if indent else "") + text, W - 2 * x, size)
    c.setFont(F, size)
    for ln in lines:
        if y < 60:
            doc.new_page(PORTRAIT)
            c.setFont(F, size)
            y = doc.size[1] - 60
        c.drawString(x, y, ln)
        y -= size * 1.7
    return y


def heading(doc, y, text, size=12):
    if y < 90:
        doc.new_page(PORTRAIT)
        y = doc.size[1] - 60
    doc.c.setFont(F, size)
    doc.c.drawString(60, y, text)
    return y - size * 1.9


# ----------------------------------------------------------------------------------------------------------
doc = Doc()
c = doc.c
W, H = PORTRAIT
c.setFont(F, 24)
c.drawCentredString(W / 2, H - 260, UNIT)
c.drawCentredString(W / 2, H - 310, "2023年度部门决算")
c.setFont(F, 14)
c.drawCentredString(W / 2, 160, "二〇二四年八月")

doc.new_page(PORTRAIT)
y = H - 70
y = heading(doc, y, f"第一部分  {UNIT}概况", 14)
y = heading(doc, y, "一、部门主要职责")
y = paragraph(
    doc,
    y,
    "（一）贯彻执行国家、省、市关于住房和城乡建设的方针政策和法律法规，拟订全区住房和城乡建设政策措施并组织实施。"
    "（二）负责全区城市更新、老旧小区改造和城市基础设施建设管理工作。（三）负责全区住房保障和房地产市场监督管理。"
    "（四）完成区委、区政府交办的其他任务。",
)
y = heading(doc, y, "二、部门决算单位构成")
y = paragraph(
    doc,
    y,
    "纳入本部门2023年度部门决算编制范围的单位共3个，包括：成都市武侯区住房和城乡建设局（本级）、"
    "成都市武侯区城市建设服务中心、成都市武侯区物业管理服务中心。其中行政单位1个，其他事业单位2个。",
)

# --- 表1 收入支出决算总表 ----------------------------------------------------------------------------
doc.new_page(LAND)
c.setFont(F, 13)
c.drawString(40, LAND[1] - 30, f"第二部分  {UNIT}2023年度部门决算表")
y = title_block(doc, "收入支出决算总表", "公开01表", LAND[1] - 52)
colw = [190, 34, 92, 236, 34, 92]
header = [
    (0, 0, 1, 3, "收入"),
    (0, 3, 1, 3, "支出"),
    (1, 0, 1, 1, "项目"),
    (1, 1, 1, 1, "行次"),
    (1, 2, 1, 1, "金额"),
    (1, 3, 1, 1, "项目"),
    (1, 4, 1, 1, "行次"),
    (1, 5, 1, 1, "金额"),
    (2, 0, 1, 1, "栏次"),
    (2, 1, 1, 1, ""),
    (2, 2, 1, 1, "1"),
    (2, 3, 1, 1, "栏次"),
    (2, 4, 1, 1, ""),
    (2, 5, 1, 1, "2"),
]
rows = []
for i, lab in enumerate(SUMMARY_EXP_CLASSES):
    inc = SUMMARY_INCOME[i] if i < len(SUMMARY_INCOME) else ("", i + 1, None)
    rows.append(([inc[0], inc[1], inc[2], lab, 31 + i, SUMMARY_EXP.get(lab)], 13))
for j, (il, iv, el, ev) in enumerate(SUMMARY_BOTTOM):
    if il == "总计":
        rows.append(([("span", 1, "总计", "C"), 26 + j, iv, ("span", 1, "总计", "C"), 56 + j, ev], 13))
    else:
        rows.append(([il, 26 + j, iv, el, 56 + j, ev], 13))
y = table(doc, 40, y, colw, header, [15, 15, 13], rows, ["L", "C", "R", "L", "C", "R"], size=8.5)
c.setFont(F, 8.5)
c.drawString(40, y - 12, "注：本表反映部门本年度的总收支和年末结转结余情况。")

# --- 表2 收入决算表 (split code columns, multi-level header) -----------------------------------------
doc.new_page(LAND)
y = title_block(doc, "收入决算表", "公开02表")
colw = [30, 26, 26, 128, 76, 76, 62, 66, 62, 70, 60]
header = [
    (0, 0, 1, 4, "项目"),
    (0, 4, 3, 1, "本年收入合计"),
    (0, 5, 3, 1, "财政拨款收入"),
    (0, 6, 3, 1, "上级补助收入"),
    (0, 7, 3, 1, "事业收入"),
    (0, 8, 3, 1, "经营收入"),
    (0, 9, 3, 1, "附属单位上缴收入"),
    (0, 10, 3, 1, "其他收入"),
    (1, 0, 1, 3, "支出功能分类科目编码"),
    (1, 3, 2, 1, "科目名称"),
    (2, 0, 1, 1, "类"),
    (2, 1, 1, 1, "款"),
    (2, 2, 1, 1, "项"),
    (3, 0, 1, 4, "栏次"),
    *[(3, 4 + i, 1, 1, str(i + 1)) for i in range(7)],
]
rows = []
for code, vals in INC:
    if code == "合计":
        rows.append(([("span", 4, "合计", "C"), *vals], 15))
        continue
    parts = [code[:3], code[3:5] if len(code) > 3 else "", code[5:] if len(code) > 5 else ""]
    name = NAMES[code]
    h = 24 if pdfmetrics.stringWidth(name, F, 9) > 122 else 15
    rows.append(([*parts, name, *vals], h))
y = table(doc, 30, y, colw, header, [16, 24, 16, 14], rows, ["C", "C", "C", "L"] + ["R"] * 7, bottom=40)
c.setFont(F, 9)
c.drawString(30, y - 12, "注：本表反映部门本年度取得的各项收入情况。")

# --- 表3 支出决算表 (runs over a page break, header repeated) -----------------------------------------
doc.new_page(LAND)
y = title_block(doc, "支出决算表", "公开03表")
colw = [62, 200, 86, 86, 86, 72, 66, 86]
header = [
    (0, 0, 1, 2, "项目"),
    (0, 2, 2, 1, "本年支出合计"),
    (0, 3, 2, 1, "基本支出"),
    (0, 4, 2, 1, "项目支出"),
    (0, 5, 2, 1, "上缴上级支出"),
    (0, 6, 2, 1, "经营支出"),
    (0, 7, 2, 1, "对附属单位补助支出"),
    (1, 0, 1, 1, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (2, 0, 1, 2, "栏次"),
    *[(2, 2 + i, 1, 1, str(i + 1)) for i in range(6)],
]
rows = []
for code, vals in EXP:
    if code == "合计":
        rows.append(([("span", 2, "合计", "C"), *vals], 20))
    else:
        rows.append(([code, NAMES[code], *vals], 20))
y = table(doc, 40, y, colw, header, [18, 18, 14], rows, ["L", "L"] + ["R"] * 6, bottom=60)
c.setFont(F, 9)
c.drawString(40, y - 12, "注：本表反映部门本年度各项支出情况。")

# --- 表4 财政拨款收入支出决算总表 (four fund columns on the expenditure side) -------------------------
doc.new_page(LAND)
y = title_block(doc, "财政拨款收入支出决算总表", "公开04表")
colw = [138, 26, 66, 166, 26, 70, 84, 84, 84]
header = [
    (0, 0, 1, 3, "收入"),
    (0, 3, 1, 6, "支出"),
    (1, 0, 2, 1, "项目"),
    (1, 1, 2, 1, "行次"),
    (1, 2, 2, 1, "金额"),
    (1, 3, 2, 1, "项目"),
    (1, 4, 2, 1, "行次"),
    (1, 5, 2, 1, "合计"),
    (1, 6, 2, 1, "一般公共预算财政拨款"),
    (1, 7, 2, 1, "政府性基金预算财政拨款"),
    (1, 8, 2, 1, "国有资本经营预算财政拨款"),
    (3, 0, 1, 1, "栏次"),
    (3, 1, 1, 1, ""),
    (3, 2, 1, 1, "1"),
    (3, 3, 1, 1, "栏次"),
    (3, 4, 1, 1, ""),
    (3, 5, 1, 1, "2"),
    (3, 6, 1, 1, "3"),
    (3, 7, 1, 1, "4"),
    (3, 8, 1, 1, "5"),
]
rows = []
for i, lab in enumerate(SUMMARY_EXP_CLASSES):
    inc = FISCAL_INCOME[i] if i < len(FISCAL_INCOME) else ("", i + 1, None)
    v = FISCAL_EXP.get(lab) or [None] * 4
    rows.append(([inc[0], inc[1], inc[2], lab, 31 + i, *v], 12.5))
for j, (il, iv, el, ev) in enumerate(FISCAL_BOTTOM):
    if il == "总计":
        il, el = ("span", 1, "总计", "C"), ("span", 1, "总计", "C")
    rows.append(([il, 26 + j, iv, el, 56 + j, *(ev or [None] * 4)], 12.5))
y = table(
    doc, 30, y, colw, header, [14, 13, 13, 12], rows, ["L", "C", "R", "L", "C", "R", "R", "R", "R"], size=8
)
c.setFont(F, 8)
c.drawString(
    30,
    y - 11,
    "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
)

FLOW_HEADER = [
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
    (2, 0, 1, 2, "栏次"),
    *[(2, 2 + i, 1, 1, str(i + 1)) for i in range(6)],
]


def flow_rows(data, h=16, namew=170):
    rows = []
    for code, vals in data:
        if code == "合计":
            rows.append(([("span", 2, "合计", "C"), *vals], h))
        else:
            name = NAMES[code]
            hh = 26 if pdfmetrics.stringWidth(name, F, 9) > namew - 6 else h
            rows.append(([code, name, *vals], hh))
    return rows


# --- 表5 一般公共预算财政拨款收入支出决算表 (FLOW, horizontal rules only) -----------------------------
doc.new_page(LAND)
y = title_block(doc, "一般公共预算财政拨款收入支出决算表", "公开05表")
colw = [64, 170, 86, 86, 86, 86, 86, 86]
total_row = GP[0]
y = table(
    doc,
    50,
    y,
    colw,
    FLOW_HEADER,
    [18, 18, 14],
    flow_rows(GP[1:] + [total_row]),
    ["L", "L"] + ["R"] * 6,
    ruled="h",
    bottom=40,
)
c.setFont(F, 9)
c.drawString(50, y - 12, "注：本表反映部门本年度一般公共预算财政拨款收支及年初、年末结转结余情况。")

# --- 表6 一般公共预算财政拨款基本支出决算表 (three side-by-side economic blocks) ----------------------
doc.new_page(LAND)
y = title_block(doc, "一般公共预算财政拨款基本支出决算表", "公开06表")
colw = [40, 110, 60, 40, 100, 60, 40, 100, 60]
header = [
    (0, 0, 1, 3, "人员经费"),
    (0, 3, 1, 6, "公用经费"),
    (1, 0, 1, 1, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (1, 2, 1, 1, "决算数"),
    (1, 3, 1, 1, "科目编码"),
    (1, 4, 1, 1, "科目名称"),
    (1, 5, 1, 1, "决算数"),
    (1, 6, 1, 1, "科目编码"),
    (1, 7, 1, 1, "科目名称"),
    (1, 8, 1, 1, "决算数"),
]
rows = []
for i in range(max(len(ECON_PERSONNEL), len(ECON_PUBLIC), len(ECON_PUBLIC2))):
    cells = []
    tall = False
    for blk, nw in ((ECON_PERSONNEL, 110), (ECON_PUBLIC, 100), (ECON_PUBLIC2, 100)):
        code, name, amt = blk[i] if i < len(blk) else ("", "", None)
        cells += [code, name, amt]
        tall |= pdfmetrics.stringWidth(name, F, 8) > nw - 6
    rows.append((cells, 20 if tall else 12))
rows.append(
    (
        [
            ("span", 2, ECON_TOTALS[0][0], "C"),
            ECON_TOTALS[0][1],
            ("span", 5, ECON_TOTALS[1][0], "C"),
            ECON_TOTALS[1][1],
        ],
        13,
    )
)
y = table(doc, 40, y, colw, header, [14, 14], rows, ["L", "L", "R"] * 3, size=8, bottom=40)
c.setFont(F, 8)
c.drawString(40, y - 11, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")

# --- 表7 政府性基金预算财政拨款收入支出决算表 (FLOW, ruled) ----------------------------------------
doc.new_page(LAND)
y = title_block(doc, "政府性基金预算财政拨款收入支出决算表", "公开07表")
colw = [64, 170, 86, 86, 86, 86, 86, 86]
y = table(doc, 50, y, colw, FLOW_HEADER, [18, 18, 14], flow_rows(GF), ["L", "L"] + ["R"] * 6)
c.setFont(F, 9)
c.drawString(50, y - 12, "注：本表反映部门本年度政府性基金预算财政拨款收支及年初、年末结转结余情况。")

# --- 表8 国有资本经营预算财政拨款支出决算表 -------------------------------------------------------------
y -= 50
c.setFont(F, 16)
c.drawCentredString(LAND[0] / 2, y, "国有资本经营预算财政拨款支出决算表")
c.setFont(F, 9)
c.drawRightString(LAND[0] - 40, y - 16, "公开08表")
c.drawString(40, y - 30, f"部门：{UNIT}")
c.drawRightString(LAND[0] - 40, y - 30, "单位：万元")
y -= 38
colw = [70, 230, 120, 120, 120]
header = [
    (0, 0, 1, 2, "项目"),
    (0, 2, 1, 3, "本年支出"),
    (1, 0, 1, 1, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (1, 2, 1, 1, "合计"),
    (1, 3, 1, 1, "基本支出"),
    (1, 4, 1, 1, "项目支出"),
    (2, 0, 1, 2, "栏次"),
    (2, 2, 1, 1, "1"),
    (2, 3, 1, 1, "2"),
    (2, 4, 1, 1, "3"),
]
rows = []
for code, vals in SC:
    if code == "合计":
        rows.append(([("span", 2, "合计", "C"), *vals], 16))
    else:
        rows.append(([code, NAMES[code], *vals], 16))
y = table(doc, 90, y, colw, header, [16, 16, 14], rows, ["L", "L", "R", "R", "R"], bottom=30)
c.setFont(F, 9)
c.drawString(90, y - 14, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")

# --- 表9 三公 (预算数 half then 决算数 half) -----------------------------------------------------------
doc.new_page(LAND)
y = title_block(doc, "财政拨款“三公”经费支出决算表", "公开09表")
colw = [62] * 12
header = [(0, 0, 1, 6, "预算数"), (0, 6, 1, 6, "决算数")]
for half in (0, 6):
    header += [
        (1, half + 0, 2, 1, "合计"),
        (1, half + 1, 2, 1, "因公出国（境）费"),
        (1, half + 2, 1, 3, "公务用车购置及运行费"),
        (1, half + 5, 2, 1, "公务接待费"),
        (2, half + 2, 1, 1, "小计"),
        (2, half + 3, 1, 1, "公务用车购置费"),
        (2, half + 4, 1, 1, "公务用车运行费"),
    ]
header += [(3, i, 1, 1, str(i + 1)) for i in range(12)]
rows = [([*SANGONG_BUDGET, *SANGONG_ACTUAL], 20)]
y = table(doc, 49, y, colw, header, [18, 22, 30, 14], rows, ["R"] * 12)
c.setFont(F, 9)
c.drawString(
    49,
    y - 14,
    "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
)

# --- 第三部分 narrative ------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = PORTRAIT[1] - 60
y = heading(doc, y, f"第三部分  {UNIT}2023年度部门决算情况说明", 13)
NARR = [
    ("h", "一、收入支出决算总体情况说明"),
    (
        "p",
        "2023年度收入总计7,446.33万元，支出总计7,446.33万元。与2022年度相比，收、支总计各增加612.45万元，"
        "增长8.96%。主要原因是：老旧小区改造和城市建设项目增加。",
    ),
    ("h", "二、收入决算情况说明"),
    (
        "p",
        "2023年度本年收入合计6,941.33万元，与2022年度相比，本年收入合计增加580.21万元，增长9.12%。其中："
        "财政拨款收入6,784.43万元，占97.74%；上级补助收入50.00万元，占0.72%；事业收入86.40万元，占1.24%；"
        "经营收入12.30万元，占0.18%；附属单位上缴收入5.00万元，占0.07%；其他收入3.20万元，占0.05%。",
    ),
    ("h", "三、支出决算情况说明"),
    (
        "p",
        "2023年度本年支出合计6,986.63万元，与2022年度相比，本年支出合计增加655.18万元，增长10.35%。其中："
        "基本支出1,966.23万元，占28.14%；项目支出5,000.60万元，占71.57%；上缴上级支出2.00万元，占0.03%；"
        "经营支出11.80万元，占0.17%；对附属单位补助支出6.00万元，占0.09%。",
    ),
    ("h", "四、财政拨款收入支出决算总体情况说明"),
    (
        "p",
        "2023年度财政拨款收入总计7,199.43万元，支出总计7,199.43万元。与2022年度相比，财政拨款收、支总计"
        "各增加598.03万元，增长9.06%。主要原因是：国有土地使用权出让收入安排的城市建设支出增加。",
    ),
    ("h", "五、一般公共预算财政拨款支出决算情况说明"),
    ("p", "（一）一般公共预算财政拨款支出决算总体情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出4,560.33万元，占本年支出合计的65.27%。与2022年度相比，一般公共"
        "预算财政拨款支出增加210.45万元，增长4.84%。主要原因是：老旧小区改造支出增加。",
    ),
    ("p", "（二）一般公共预算财政拨款支出决算结构情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出4,560.33万元，主要用于以下方面：社会保障和就业支出（类）342.48万元；"
        "卫生健康支出（类）105.05万元；城乡社区支出（类）2,589.50万元；住房保障支出（类）1,523.30万元。",
    ),
    ("p", "（三）一般公共预算财政拨款支出决算具体情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出年初预算为4,348.00万元，支出决算为4,560.33万元，完成年初预算的"
        "104.88%。其中：",
    ),
    (
        "p",
        "1.社会保障和就业支出（类）。年初预算为340.00万元，支出决算为342.48万元，完成年初预算的100.73%。"
        "决算数大于年初预算数的主要原因是：养老保险缴费基数调整。",
    ),
    (
        "p",
        "2.卫生健康支出（类）。年初预算为108.00万元，支出决算为105.05万元，完成年初预算的97.27%。"
        "决算数小于年初预算数的主要原因是：人员变动。",
    ),
    (
        "p",
        "3.城乡社区支出（类）。年初预算为2,400.00万元，支出决算为2,589.50万元，完成年初预算的107.90%。"
        "决算数大于年初预算数的主要原因是：使用上年结转资金实施城乡社区公共设施项目。",
    ),
    (
        "p",
        "4.住房保障支出（类）。年初预算为1,500.00万元，支出决算为1,523.30万元，完成年初预算的101.55%。"
        "决算数大于年初预算数的主要原因是：年中追加老旧小区改造资金。",
    ),
    ("h", "六、一般公共预算财政拨款基本支出决算情况说明"),
    (
        "p",
        "2023年度一般公共预算财政拨款基本支出1,932.73万元，其中：人员经费1,672.53万元，主要包括：基本工资、"
        "津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
        "其他社会保障缴费、住房公积金、退休费；公用经费260.20万元，主要包括：办公费、水费、电费、邮电费、"
        "差旅费、维修（护）费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、"
        "其他交通费用、其他商品和服务支出、办公设备购置。",
    ),
    ("h", "七、政府性基金预算财政拨款收入支出决算情况说明"),
    (
        "p",
        "2023年度政府性基金预算财政拨款年初结转和结余260.00万元，本年收入2,120.00万元，本年支出2,235.00万元，"
        "年末结转和结余145.00万元。其中：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）"
        "年初预算为1,600.00万元，支出决算为1,950.00万元，完成年初预算的121.88%。决算数大于年初预算数的主要原因是："
        "使用上年结转资金实施城市道路建设项目。",
    ),
    ("h", "八、国有资本经营预算财政拨款支出决算情况说明"),
    ("p", "2023年度国有资本经营预算财政拨款支出48.00万元，用于原区属国有企业改革遗留问题处置。"),
    ("h", "九、财政拨款“三公”经费支出决算情况说明"),
    ("p", "（一）“三公”经费财政拨款支出决算总体情况说明"),
    (
        "p",
        "2023年度“三公”经费财政拨款支出预算为18.00万元，支出决算为12.00万元，完成预算的66.67%，决算数小于"
        "预算数的主要原因是：厉行节约，严格控制公务用车和公务接待支出。2023年度“三公”经费支出决算比2022年度"
        "减少1.50万元，下降11.11%。",
    ),
    ("p", "（二）“三公”经费财政拨款支出决算具体情况说明"),
    (
        "p",
        "1.因公出国（境）费支出预算为0.00万元，支出决算为0.00万元。全年安排因公出国（境）团组0个，累计0人次。",
    ),
    (
        "p",
        "2.公务用车购置及运行费支出预算为14.00万元，支出决算为9.84万元，完成预算的70.29%。其中：公务用车"
        "购置费支出预算为0.00万元，支出决算为0.00万元；公务用车运行维护费支出预算为14.00万元，支出决算为"
        "9.84万元，完成预算的70.29%。截至2023年12月31日，本部门开支财政拨款的公务用车保有量为4辆。",
    ),
    (
        "p",
        "3.公务接待费支出预算为4.00万元，支出决算为2.16万元，完成预算的54.00%。国内公务接待18批次，126人次。",
    ),
    ("h", "十、年末结转和结余情况说明"),
    (
        "p",
        "2023年度年末结转和结余456.20万元，其中：财政拨款年末结转和结余356.10万元（一般公共预算财政拨款"
        "211.10万元，政府性基金预算财政拨款145.00万元），非财政拨款年末结转和结余100.10万元。",
    ),
    ("h", "十一、其他重要事项的情况说明"),
    ("p", "（一）机关运行经费支出情况"),
    (
        "p",
        "本部门2023年度机关运行经费支出260.20万元，比2022年度减少8.60万元，下降3.20%。主要原因是：压减日常"
        "公用经费支出。",
    ),
    ("p", "（二）政府采购支出情况"),
    (
        "p",
        "本部门2023年度政府采购支出总额1,286.40万元，其中：政府采购货物支出46.30万元、政府采购工程支出"
        "1,080.00万元、政府采购服务支出160.10万元。授予中小企业合同金额1,020.50万元，占政府采购支出总额的79.33%。",
    ),
]
for kind, text in NARR:
    y = heading(doc, y, text) if kind == "h" else paragraph(doc, y, text)
y = heading(doc, y - 10, "第四部分  名词解释", 13)
for t in [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
]:
    y = paragraph(doc, y, t)
doc.finish()
print("wrote", OUT, doc.page, "pages")
