"""Draw the synthetic 2024 部门预算 of 北京市朝阳区统计局 as a PDF from cy_data.py (reportlab, WenQuanYi)."""

import os
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from cy_data import *

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
OUT = os.environ.get("OUT", "cy_2024_budget.pdf")
PORTRAIT, LAND = A4, landscape(A4)


def fw(yuan):  # 元 Decimal -> 万元 printed, blank for zero (blank cells as producers leave them)
    if yuan is None or yuan == 0:
        return ""
    return f"{wan(yuan):,.2f}"


def fy(yuan):  # 元 printed
    return f"{D(yuan):,.2f}"


def fm(w):  # 万元 Decimal printed (zeros kept)
    return f"{w:,.2f}"


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=PORTRAIT)
        self.page, self.size = 1, PORTRAIT

    def foot(self):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 28, f"- {self.page} -")

    def new_page(self, size):
        self.foot()
        self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)

    def finish(self):
        self.foot()
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
    if text is None or text == "":
        return
    lines = wrap(str(text), w - 6, size)
    lead = size * 1.25
    c.setFont(F, size)
    top = y + h / 2 + (len(lines) * lead) / 2 - size * 0.95
    for i, ln in enumerate(lines):
        yy = top - i * lead
        if align == "R":
            c.drawRightString(x + w - 3, yy, ln)
        elif align == "C":
            c.drawCentredString(x + w / 2, yy, ln)
        else:
            c.drawString(x + 3, yy, ln)


def table(doc, x0, y, colw, header, hrow_h, rows, aligns, ruled=True, bottom=50, size=9):
    """header: (row, col, rowspan, colspan, text); rows: (cells, height), a cell text or ("span", n, text,
    align). The header is repeated after a page break."""
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
            if ruled:
                c.setLineWidth(0.5)
                c.rect(x, ys[r + rs], w, ys[r] - ys[r + rs], stroke=1, fill=0)
            cell_text(c, text, x, ys[r + rs], w, ys[r] - ys[r + rs], "C", size)
        if not ruled:
            c.setLineWidth(0.8)
            c.line(xs[0], ys[-1], xs[-1], ys[-1])
        return ys[-1]

    y = draw_header(y)
    for cells, h in rows:
        if y - h < bottom:
            doc.new_page(doc.size)
            y = draw_header(doc.size[1] - 60)
        col, edges = 0, [xs[0]]
        for cell in cells:
            if isinstance(cell, tuple):
                _, n, text, al = cell
            else:
                n, text, al = 1, cell, aligns[col]
            cell_text(c, text, xs[col], y - h, xs[col + n] - xs[col], h, al, size)
            col += n
            edges.append(xs[col])
        if ruled:
            c.setLineWidth(0.5)
            c.line(xs[0], y - h, xs[-1], y - h)
            for e in edges:
                c.line(e, y, e, y - h)
        y -= h
    return y


def title_block(doc, label, title, unit="万元", y=None):
    c = doc.c
    W, H = doc.size
    y = y or H - 48
    c.setFont(F, 10)
    c.drawString(40, y + 6, label)
    c.setFont(F, 15)
    c.drawCentredString(W / 2, y - 12, title)
    c.setFont(F, 9)
    c.drawString(40, y - 32, f"单位：{UNIT}")
    c.drawRightString(W - 40, y - 32, f"单位：{unit}")
    return y - 40


def paragraph(doc, y, text, size=10.5, indent=True, x=60):
    c = doc.c
    lines = wrap(("　　" if indent else "") + text, doc.size[0] - 2 * x, size)
    for ln in lines:
        if y < 60:
            doc.new_page(PORTRAIT)
            y = doc.size[1] - 60
        c.setFont(F, size)
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


CLASSES = [
    "一般公共服务支出",
    "外交支出",
    "国防支出",
    "公共安全支出",
    "教育支出",
    "科学技术支出",
    "文化旅游体育与传媒支出",
    "社会保障和就业支出",
    "卫生健康支出",
    "节能环保支出",
    "城乡社区支出",
    "农林水支出",
    "交通运输支出",
    "资源勘探工业信息等支出",
    "商业服务业等支出",
    "金融支出",
    "援助其他地区支出",
    "自然资源海洋气象等支出",
    "住房保障支出",
    "粮油物资储备支出",
    "灾害防治及应急管理支出",
    "其他支出",
]
CLASS_CODE = {
    "一般公共服务支出": "201",
    "教育支出": "205",
    "社会保障和就业支出": "208",
    "卫生健康支出": "210",
    "住房保障支出": "221",
}
NUM = "一二三四五六七八九十"


def cn(i):  # 1 -> 一, 12 -> 十二, 21 -> 二十一
    if i <= 10:
        return NUM[i - 1]
    if i < 20:
        return "十" + NUM[i - 11]
    return NUM[i // 10 - 1] + "十" + (NUM[i % 10 - 1] if i % 10 else "")


TITLES = [
    "部门收支总体情况表",
    "部门收入情况表",
    "部门支出情况表",
    "财政拨款收支总体情况表",
    "一般公共预算财政拨款支出情况表",
    "一般公共预算财政拨款基本支出情况表",
    "政府性基金预算财政拨款支出情况表",
    "国有资本经营预算财政拨款支出情况表",
    "项目支出预算明细表",
    "专项转移支付预算表",
    "“三公”经费财政拨款预算表",
    "政府采购预算表",
    "项目绩效目标表",
]

doc = Doc()
c = doc.c
W, H = PORTRAIT
c.setFont(F, 26)
c.drawCentredString(W / 2, H - 260, UNIT)
c.drawCentredString(W / 2, H - 310, "2024年部门预算")
c.setFont(F, 14)
c.drawCentredString(W / 2, 160, "二〇二四年二月")

doc.new_page(PORTRAIT)
y = H - 70
c.setFont(F, 16)
c.drawCentredString(W / 2, y, "目  录")
y -= 36
for t in (
    [f"第一部分  {UNIT}2024年部门预算报表"]
    + [f"{cn(i + 1)}、{t}" for i, t in enumerate(TITLES)]
    + [f"第二部分  {UNIT}2024年部门预算情况说明"]
):
    c.setFont(F, 11)
    c.drawString(80 if t.startswith("第") else 100, y, t)
    y -= 22

# ---- 表一 (portrait, ruled, two-sided) ---------------------------------------------------------------------
doc.new_page(PORTRAIT)
c.setFont(F, 13)
c.drawString(40, H - 36, f"第一部分  {UNIT}2024年部门预算报表")
y = title_block(doc, "表一", "2024年部门收支总体情况表", y=H - 62)
income = [
    ("一、一般公共预算财政拨款收入", TOT["gp"]),
    ("二、政府性基金预算财政拨款收入", None),
    ("三、国有资本经营预算财政拨款收入", None),
    ("四、事业收入", TOT["biz"]),
    ("五、事业单位经营收入", None),
    ("六、其他收入", None),
]
rows = []
for i, name in enumerate(CLASSES):
    il, iv = income[i] if i < len(income) else ("", None)
    code = CLASS_CODE.get(name)
    rows.append(([il, fw(iv), f"{cn(i + 1)}、{name}", fw(FUNC[code]["total"]) if code else ""], 16))
rows += [
    (
        [
            ("span", 1, "本年收入合计", "C"),
            fw(TOT["total"]),
            ("span", 1, "本年支出合计", "C"),
            fw(TOT["total"]),
        ],
        16,
    ),
    (["上年结转", "", "结转下年", ""], 16),
    ([("span", 1, "收入总计", "C"), fw(TOT["total"]), ("span", 1, "支出总计", "C"), fw(TOT["total"])], 16),
]
header = [
    (0, 0, 1, 2, "收    入"),
    (0, 2, 1, 2, "支    出"),
    (1, 0, 1, 1, "项    目"),
    (1, 1, 1, 1, "预算数"),
    (1, 2, 1, 1, "项    目"),
    (1, 3, 1, 1, "预算数"),
]
table(doc, 40, y, [165, 92, 166, 92], header, [18, 18], rows, ["L", "R", "L", "R"])

# ---- 表二 (landscape, ruled, multi-level header) -----------------------------------------------------------
doc.new_page(LAND)
y = title_block(doc, "表二", "2024年部门收入情况表")
colw = [52, 150, 68, 52, 70, 70, 70, 60, 60, 60]
header = [
    (0, 0, 2, 1, "科目编码"),
    (0, 1, 2, 1, "科目名称"),
    (0, 2, 2, 1, "合计"),
    (0, 3, 2, 1, "上年结转"),
    (0, 4, 1, 6, "本年收入"),
    (1, 4, 1, 1, "一般公共预算财政拨款收入"),
    (1, 5, 1, 1, "政府性基金预算财政拨款收入"),
    (1, 6, 1, 1, "国有资本经营预算财政拨款收入"),
    (1, 7, 1, 1, "事业收入"),
    (1, 8, 1, 1, "事业单位经营收入"),
    (1, 9, 1, 1, "其他收入"),
]
rows = [([("span", 2, "合计", "C"), fw(TOT["total"]), "", fw(TOT["gp"]), "", "", fw(TOT["biz"]), "", ""], 16)]
for code in CODES:
    f = FUNC[code]
    h = 26 if pdfmetrics.stringWidth(FUNC_NAMES[code], F, 9) > 144 else 16
    rows.append(([code, FUNC_NAMES[code], fw(f["total"]), "", fw(f["gp"]), "", "", fw(f["biz"]), "", ""], h))
table(doc, 40, y, colw, header, [16, 38], rows, ["L", "L"] + ["R"] * 8)

# ---- 表三 (portrait, ruled) ---------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = title_block(doc, "表三", "2024年部门支出情况表")
header = [
    (0, 0, 1, 1, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 2, 1, 1, "合计"),
    (0, 3, 1, 1, "基本支出"),
    (0, 4, 1, 1, "项目支出"),
]
rows = [([("span", 2, "合计", "C"), fw(TOT["total"]), fw(TOT["basic"]), fw(TOT["project"])], 16)]
for code in CODES:
    f = FUNC[code]
    rows.append(([code, FUNC_NAMES[code], fw(f["total"]), fw(f["basic"]), fw(f["project"])], 18))
table(doc, 40, y, [60, 185, 90, 90, 90], header, [20], rows, ["L", "L", "R", "R", "R"])

# ---- 表四 (landscape, ruled, two-sided, fund columns) --------------------------------------------------------
doc.new_page(LAND)
y = title_block(doc, "表四", "2024年财政拨款收支总体情况表")
colw = [170, 70, 190, 75, 90, 90, 90]
header = [
    (0, 0, 1, 2, "收    入"),
    (0, 2, 1, 5, "支    出"),
    (1, 0, 2, 1, "项    目"),
    (1, 1, 2, 1, "预算数"),
    (1, 2, 2, 1, "项    目"),
    (1, 3, 1, 4, "预算数"),
    (2, 3, 1, 1, "合计"),
    (2, 4, 1, 1, "一般公共预算财政拨款"),
    (2, 5, 1, 1, "政府性基金预算财政拨款"),
    (2, 6, 1, 1, "国有资本经营预算财政拨款"),
]
left = [
    ("一、本年收入", TOT["gp"]),
    ("（一）一般公共预算财政拨款", TOT["gp"]),
    ("（二）政府性基金预算财政拨款", None),
    ("（三）国有资本经营预算财政拨款", None),
    ("二、上年结转", None),
    ("（一）一般公共预算财政拨款", None),
    ("（二）政府性基金预算财政拨款", None),
    ("（三）国有资本经营预算财政拨款", None),
]
right = (
    [("一、本年支出", TOT["gp"])]
    + [
        (f"（{cn(i + 1)}）{n}", FUNC[CLASS_CODE[n]]["gp"] if n in CLASS_CODE else None)
        for i, n in enumerate(CLASSES)
    ]
    + [("二、结转下年", None)]
)
rows = []
for i, (rl, rv) in enumerate(right):
    ll, lv = left[i] if i < len(left) else ("", None)
    rows.append(([ll, fw(lv), rl, fw(rv), fw(rv), "", ""], 14))
rows.append(
    (
        [
            ("span", 1, "收入总计", "C"),
            fw(TOT["gp"]),
            ("span", 1, "支出总计", "C"),
            fw(TOT["gp"]),
            fw(TOT["gp"]),
            "",
            "",
        ],
        14,
    )
)
table(doc, 36, y, colw, header, [16, 14, 26], rows, ["L", "R", "L", "R", "R", "R", "R"], size=8.5, bottom=36)

# ---- 表五 (landscape, UNRULED, wide columns, centred names, right-aligned figures) ----------------------------
doc.new_page(LAND)
y = title_block(doc, "表五", "2024年一般公共预算财政拨款支出情况表")
header = [
    (0, 0, 1, 1, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 2, 1, 1, "合计"),
    (0, 3, 1, 1, "基本支出"),
    (0, 4, 1, 1, "项目支出"),
]
rows = [([("span", 2, "合计", "C"), fw(TOT["gp"]), fw(TOT["basic"]), fw(TOT["gp_project"])], 17)]
for code in CODES:
    f = FUNC[code]
    rows.append(([code, FUNC_NAMES[code], fw(f["gp"]), fw(f["basic"]), fw(f["gp_project"])], 17))
table(doc, 60, y, [110, 250, 120, 120, 120], header, [20], rows, ["C", "C", "R", "R", "R"], ruled=False)

# ---- 表六 (landscape, ruled, two economic code systems per row; crosses a page) -----------------------------
doc.new_page(LAND)
y = title_block(doc, "表六", "2024年一般公共预算财政拨款基本支出情况表")
colw = [55, 150, 55, 150, 95, 95, 95]
header = [
    (0, 0, 1, 2, "部门预算支出经济分类科目"),
    (0, 2, 1, 2, "政府预算支出经济分类科目"),
    (0, 4, 2, 1, "合计"),
    (0, 5, 2, 1, "人员经费"),
    (0, 6, 2, 1, "公用经费"),
    (1, 0, 1, 1, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (1, 2, 1, 1, "科目编码"),
    (1, 3, 1, 1, "科目名称"),
]
rows = [([("span", 4, "合计", "C"), fw(PERSONNEL + PUBLIC), fw(PERSONNEL), fw(PUBLIC)], 16)]
for cls in ("301", "302", "303"):
    v = ECON_CLASS[cls]
    pers = cls != "302"
    rows.append(([cls, DEPT[cls], "", "", fw(v), fw(v) if pers else "", "" if pers else fw(v)], 16))
    for dep, g in sorted(k for k in ECON if k[0].startswith(cls)):
        v = ECON[(dep, g)]
        rows.append(([dep, DEPT[dep], g, GOV[g], fw(v), fw(v) if pers else "", "" if pers else fw(v)], 16))
table(doc, 40, y, colw, header, [16, 16], rows, ["L", "L", "L", "L", "R", "R", "R"])

# ---- 表七 / 表八 (empty) ---------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = title_block(doc, "表七", "2024年政府性基金预算财政拨款支出情况表")
header = [
    (0, 0, 2, 1, "科目编码"),
    (0, 1, 2, 1, "科目名称"),
    (0, 2, 1, 3, "本年政府性基金预算财政拨款支出"),
    (1, 2, 1, 1, "合计"),
    (1, 3, 1, 1, "基本支出"),
    (1, 4, 1, 1, "项目支出"),
]
y = table(
    doc,
    40,
    y,
    [60, 185, 90, 90, 90],
    header,
    [18, 18],
    [([("span", 2, "合计", "C"), "", "", ""], 16)],
    ["L", "L", "R", "R", "R"],
)
c.setFont(F, 9)
c.drawString(40, y - 14, f"注：{UNIT}2024年没有使用政府性基金预算财政拨款安排的支出，故本表无数据。")
y = title_block(doc, "表八", "2024年国有资本经营预算财政拨款支出情况表", y=y - 60)
header[2] = (0, 2, 1, 3, "本年国有资本经营预算财政拨款支出")
y = table(
    doc,
    40,
    y,
    [60, 185, 90, 90, 90],
    header,
    [18, 18],
    [([("span", 2, "合计", "C"), "", "", ""], 16)],
    ["L", "L", "R", "R", "R"],
)
c.setFont(F, 9)
c.drawString(40, y - 14, f"注：{UNIT}2024年没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。")

# ---- 表九 (landscape, ruled, 元, wrapped project names, 类 rows and 小计 rows, two pages) ----------------------
doc.new_page(LAND)
y = title_block(doc, "表九", "2024年项目支出预算明细表", unit="元")
colw = [52, 96, 44, 96, 44, 96, 180, 86]
header = [
    (0, 0, 1, 2, "功能分类科目"),
    (0, 2, 1, 2, "政府预算支出经济分类科目"),
    (0, 4, 1, 2, "部门预算支出经济分类科目"),
    (0, 6, 2, 1, "项目名称"),
    (0, 7, 2, 1, "金额"),
    (1, 0, 1, 1, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (1, 2, 1, 1, "科目编码"),
    (1, 3, 1, 1, "科目名称"),
    (1, 4, 1, 1, "科目编码"),
    (1, 5, 1, 1, "科目名称"),
]
rows = [([("span", 7, "合计", "C"), fy(TOT["project"])], 18)]
seen_cls = set()
by_func = {}
for p in PROJECTS:
    by_func.setdefault(p[0], []).append(p)
for f, lines in by_func.items():
    if f[:3] not in seen_cls:
        seen_cls.add(f[:3])
        rows.append(([f[:3], FUNC_NAMES[f[:3]], "", "", "", "", "", fy(FUNC[f[:3]]["project"])], 18))
    for _f, g, dep, name, v, fund in lines:
        h = (
            30
            if pdfmetrics.stringWidth(name, F, 9) > 174 or pdfmetrics.stringWidth(GOV[g], F, 9) > 90
            else 18
        )
        rows.append(([f, FUNC_NAMES[f], g, GOV[g], dep, DEPT[dep], name, fy(v)], h))
    if len(lines) > 1:
        rows.append(
            ([f, FUNC_NAMES[f], "", "", "", "", ("span", 1, "小计", "C"), fy(FUNC[f]["project"])], 18)
        )
table(doc, 36, y, colw, header, [16, 16], rows, ["L", "L", "L", "L", "L", "L", "L", "R"], bottom=200)
# (bottom=200: the page breaks after the first lines, as a producer's page setup does; the header repeats)

# ---- 表十 (empty) -----------------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = title_block(doc, "表十", "2024年专项转移支付预算表")
y = table(
    doc,
    40,
    y,
    [300, 215],
    [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "预算金额")],
    [18],
    [([("span", 1, "合计", "C"), ""], 16)],
    ["L", "R"],
)
c.setFont(F, 9)
c.drawString(40, y - 14, f"注：{UNIT}2024年无专项转移支付预算，故此表为空。")

# ---- 表十一 三公 (items as rows) ------------------------------------------------------------------------------------
y = title_block(doc, "表十一", "2024年“三公”经费财政拨款预算表", y=y - 60)
SG_ROWS = [
    ("合计", "total"),
    ("1.因公出国（境）费", "outbound"),
    ("2.公务用车购置及运行费", "vehicle"),
    ("其中：（1）公务用车购置费", "vehicle_purchase"),
    ("（2）公务用车运行维护费", "vehicle_operation"),
    ("3.公务接待费", "reception"),
]
rows = []
for lab, k in SG_ROWS:
    cur, prior = SANGONG[k], SANGONG_PRIOR[k]
    rows.append(([("span", 1, lab, "C" if lab == "合计" else "L"), fm(prior), fm(cur), fm(cur - prior)], 18))
table(
    doc,
    40,
    y,
    [215, 100, 100, 100],
    [
        (0, 0, 1, 1, "项目"),
        (0, 1, 1, 1, "2023年预算数"),
        (0, 2, 1, 1, "2024年预算数"),
        (0, 3, 1, 1, "增减额"),
    ],
    [20],
    rows,
    ["L", "R", "R", "R"],
)

# ---- 表十二 政府采购 -------------------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = title_block(doc, "表十二", "2024年政府采购预算表")
rows = [([("span", 2, "合计", "C"), fm(PROC_TOTAL)], 18)]
for i, cat in enumerate(("货物", "工程", "服务")):
    rows.append(([("span", 2, f"{cn(i + 1)}、{cat}", "L"), fm(PROC_CAT[cat])], 18))
    for k, proj, item, v in PROCUREMENT:
        if k == cat:
            h = 30 if pdfmetrics.stringWidth(proj, F, 9) > 224 else 18
            rows.append(([proj, item, fm(v)], h))
table(
    doc,
    40,
    y,
    [230, 170, 115],
    [(0, 0, 1, 1, "采购项目名称"), (0, 1, 1, 1, "采购品目"), (0, 2, 1, 1, "预算金额")],
    [20],
    rows,
    ["L", "L", "R"],
)

# ---- 表十三 绩效目标 ------------------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = title_block(doc, "表十三", "2024年项目绩效目标表")
PERF = [
    (
        "第五次全国经济普查朝阳区数据处理及成果开发利用项目",
        "215.00",
        "完成全区约12万家普查对象的数据审核、汇总和成果开发，形成普查公报1份、资料汇编3册，数据差错率控制在0.5%以内。",
        [
            ("产出指标", "数量指标", "普查对象数据审核量", "≥12万家"),
            ("产出指标", "数量指标", "普查资料汇编", "3册"),
            ("产出指标", "质量指标", "数据差错率", "≤0.5%"),
            ("产出指标", "时效指标", "完成时间", "2024年12月31日前"),
            ("产出指标", "成本指标", "单户数据处理成本", "≤18元"),
            ("效益指标", "社会效益指标", "普查成果开发课题", "≥8项"),
            ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
        ],
    ),
    (
        "朝阳区统计数据库及统计信息化平台升级改造（二期）",
        "84.00",
        "完成统计数据库扩容至200TB，保障平台7*24小时稳定运行，系统可用率不低于99.9%。",
        [
            ("产出指标", "数量指标", "数据存储容量", "200TB"),
            ("产出指标", "质量指标", "系统可用率", "≥99.9%"),
            ("产出指标", "时效指标", "故障响应时间", "≤2小时"),
            ("产出指标", "成本指标", "项目总成本", "≤84万元"),
            ("效益指标", "可持续影响指标", "平台运维保障", "7*24小时"),
            ("满意度指标", "服务对象满意度指标", "用户满意度", "≥95分"),
        ],
    ),
]
for name, amt, goal, inds in PERF:
    rows = [
        ([("span", 1, "项目名称", "C"), ("span", 3, name, "L")], 18),
        ([("span", 1, "主管部门", "C"), UNIT, ("span", 1, "实施单位", "C"), UNIT], 18),
        ([("span", 1, "项目资金", "C"), "年度资金总额", ("span", 2, amt, "R")], 18),
        (["", "其中：财政拨款", ("span", 2, amt, "R")], 18),
        (["", "其他资金", ("span", 2, "0.00", "R")], 18),
        ([("span", 1, "年度总体目标", "C"), ("span", 3, goal, "L")], 30),
        (
            [
                ("span", 1, "一级指标", "C"),
                ("span", 1, "二级指标", "C"),
                ("span", 1, "三级指标", "C"),
                ("span", 1, "指标值", "C"),
            ],
            18,
        ),
    ]
    for a, b, cc, d_ in inds:
        rows.append(([a, b, cc, d_], 18))
    y = table(doc, 40, y, [110, 140, 150, 115], [], [], rows, ["L", "L", "L", "L"])
    y -= 18

# ---- 第二部分 说明 ---------------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = PORTRAIT[1] - 60
y = heading(doc, y, f"第二部分  {UNIT}2024年部门预算情况说明", 13)
m = lambda v: f"{v:,.2f}"
pct = lambda v: f"{abs(v):.2f}%"


def chg(v, rate):
    if v == 0:
        return "持平"
    return f"增加{m(v)}万元，增长{pct(rate)}" if v > 0 else f"减少{m(-v)}万元，下降{pct(rate)}"


cls_names = {
    "201": "一般公共服务支出",
    "205": "教育支出",
    "208": "社会保障和就业支出",
    "210": "卫生健康支出",
    "221": "住房保障支出",
}
NARR = [
    ("h", "一、部门职责及机构设置情况"),
    (
        "p",
        f"{UNIT}是负责全区统计工作的区政府工作部门。纳入2024年部门预算编制范围的单位2个，即{UNIT}（本级）和"
        "北京市朝阳区经济社会调查中心。",
    ),
    ("h", "二、收支预算总体情况"),
    (
        "p",
        f"{UNIT}2024年收入预算{m(N_TOTAL)}万元，其中：一般公共预算财政拨款收入{m(N_GP)}万元，事业收入{m(N_BIZ)}万元。"
        f"2024年支出预算{m(N_TOTAL)}万元，其中：基本支出{m(N_BASIC)}万元，占{N_BASIC_PCT}%；项目支出{m(N_PROJECT)}万元，"
        f"占{N_PROJECT_PCT}%。",
    ),
    (
        "p",
        f"2024年部门收支总计{m(N_TOTAL)}万元，比2023年{chg(N_TOTAL_CHG, N_TOTAL_RATE)}，主要原因是第五次全国经济普查"
        "进入数据处理和成果开发阶段。",
    ),
    ("h", "三、财政拨款收支预算情况"),
    ("p", f"2024年财政拨款收入支出总计{m(N_GP)}万元，比2023年{chg(N_FISCAL_CHG, N_FISCAL_RATE)}。"),
    ("h", "四、一般公共预算财政拨款支出预算情况"),
    (
        "p",
        f"2024年一般公共预算财政拨款支出{m(N_GP)}万元，其中：基本支出{m(N_BASIC)}万元，项目支出{m(N_GP_PROJECT)}万元。"
        "按支出功能分类科目划分：",
    ),
]
why = {
    "201": "经济普查数据处理经费增加",
    "205": "培训改为线上线下结合，压减培训经费",
    "208": "缴费基数调整",
    "210": "缴费基数调整",
    "221": "人员变动",
}
for i, (code, v, prior, ch, rate) in enumerate(N_CLASSES):
    NARR.append(
        (
            "p",
            f"{i + 1}.{cls_names[code]}（类）2024年预算{m(v)}万元，比2023年{chg(ch, rate)}，主要原因是{why[code]}。",
        )
    )
sg = {k: (v, ch, r) for k, v, ch, r in N_SANGONG}
NARR += [
    ("h", "五、一般公共预算财政拨款基本支出预算情况"),
    (
        "p",
        f"2024年一般公共预算财政拨款基本支出{m(N_BASIC)}万元，其中：人员经费{m(N_PERSONNEL)}万元，主要包括：基本工资、"
        f"津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、其他对个人和家庭的补助等；公用经费{m(N_PUBLIC)}万元，"
        "主要包括：办公费、水电费、差旅费、维修（护）费、会议费、公务接待费、工会经费、福利费、公务用车运行维护费等。",
    ),
    ("h", "六、政府性基金预算财政拨款支出预算情况"),
    ("p", f"{UNIT}2024年无政府性基金预算财政拨款支出。"),
    ("h", "七、国有资本经营预算财政拨款支出预算情况"),
    ("p", f"{UNIT}2024年无国有资本经营预算财政拨款支出。"),
    ("h", "八、“三公”经费财政拨款预算情况"),
    (
        "p",
        f"2024年“三公”经费财政拨款预算{m(sg['total'][0])}万元，比2023年{chg(sg['total'][1], sg['total'][2])}。其中："
        f"因公出国（境）费{m(sg['outbound'][0])}万元，与2023年持平；公务用车购置及运行费{m(sg['vehicle'][0])}万元，"
        f"比2023年{chg(sg['vehicle'][1], sg['vehicle'][2])}，其中：公务用车购置费0.00万元，公务用车运行维护费"
        f"{m(SANGONG['vehicle_operation'])}万元；公务接待费{m(sg['reception'][0])}万元，比2023年"
        f"{chg(sg['reception'][1], sg['reception'][2])}。",
    ),
    ("h", "九、机关运行经费情况"),
    (
        "p",
        f"2024年本部门机关运行经费预算{m(N_OPER)}万元，比2023年{chg(N_OPER_CHG, N_OPER_RATE)}，主要原因是压减日常公用经费。",
    ),
    ("h", "十、政府采购预算情况"),
    (
        "p",
        f"2024年本部门政府采购预算{m(N_PROC)}万元，其中：货物类{m(N_PROC_GOODS)}万元，工程类{m(N_PROC_WORKS)}万元，"
        f"服务类{m(N_PROC_SERV)}万元。",
    ),
    ("h", "十一、国有资产占用情况"),
    (
        "p",
        "截至2023年12月31日，本部门共有车辆4辆，其中：一般公务用车4辆；单价50万元以上通用设备0台（套），"
        "单价100万元以上专用设备0台（套）。",
    ),
    ("h", "十二、绩效目标设置情况"),
    ("p", f"2024年本部门{N_PERF_N}个项目实行绩效目标管理，涉及财政拨款资金{m(N_PERF)}万元。"),
]
for kind, text in NARR:
    y = heading(doc, y, text) if kind == "h" else paragraph(doc, y, text)
doc.finish()
print("wrote", OUT, doc.page, "pages")
