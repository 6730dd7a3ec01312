"""Draw the synthetic 2023 部门决算 of 昆明市市场监督管理局 as a PDF (km_2023_final.pdf), from the figures typed
in km_data.py. Kept to show how the PDF was made; not run by the tests (it needs reportlab and the
WenQuanYi font): `pip install reportlab` in a scratch environment, then
`OUT=km_2023_final.pdf python km_gen.py` here, and `pdftotext [-layout]` for the text renditions.
The variants with a producer's quirk: QUIRK=rotate (km_2023_final_rotated.pdf), QUIRK=spaced (…_spaced),
QUIRK=watermark (…_watermark), QUIRK=rotate_content (…_turned: drawn turned, no /Rotate), QUIRK=frame (…_frame: 表2 framed only), QUIRK=perchar TRACK=2.5 (…_tracked: each glyph drawn alone, the digits of
figures 2.5pt apart)."""

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from km_data import *

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
import os

OUT = os.environ.get("OUT", "km_2023_final.pdf")
PAD = float(os.environ.get("PAD", "3"))  # right padding of right-aligned figures
PORTRAIT, LAND = A4, landscape(A4)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    whole, dec = v.split(".")
    return f"{int(whole):,}.{dec}"


QUIRKS = set(filter(None, os.environ.get("QUIRK", "").split(",")))
Q = QUIRKS.__contains__
MEDIA_PORTRAIT = PORTRAIT


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=PORTRAIT)
        self.page = 1
        self.size = PORTRAIT
        self.total_pages = None

    def footer(self):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 28, f"- {self.page} -")  # page number at the foot
        if Q("footer_overlap") and self.size == LAND:
            # quirk 8b: a running footer set inside the table area (the last rows run down to y=30)
            self.c.setFont(F, 9)
            self.c.drawRightString(self.size[0] - 60, 36, f"第 {self.page} 页 共 {self.total_pages or 16} 页")
        if Q("watermark") and self.size == LAND:
            # quirk 8: a diagonal watermark over the table, and a running header
            c = self.c
            c.saveState()
            c.setFillGray(0.85)
            c.setFont(F, 54)
            c.translate(self.size[0] / 2, self.size[1] / 2)
            c.rotate(30)
            c.drawCentredString(0, 0, "内部资料 注意保存")
            c.restoreState()
            c.setFont(F, 9)
            c.drawString(40, self.size[1] - 20, "内部资料")
            c.drawRightString(self.size[0] - 40, self.size[1] - 20, f"第 {self.page} 页 共 16 页")

    def new_page(self, size):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.size = size
        if size == LAND and Q("rotate"):
            # quirk 3: a landscape page stored as a portrait page with /Rotate 90, content turned
            # (reportlab swaps the MediaBox of a rotated page: LAND here gives a portrait MediaBox)
            self.c.setPageSize(LAND)
            self.c.setPageRotation(90)
            self.c.transform(0, 1, -1, 0, PORTRAIT[0], 0)
        elif size == LAND and Q("rotate_content"):
            # quirk 3b: landscape content drawn turned on a portrait page, no /Rotate
            self.c.setPageSize(PORTRAIT)
            self.c.setPageRotation(0)
            self.c.transform(0, 1, -1, 0, PORTRAIT[0], 0)
        else:
            self.c.setPageSize(size)
            self.c.setPageRotation(0)

    def finish(self):
        self.footer()
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


def _chars(c, x, y, s, size, gaps=None, track=0):
    """Each character its own text object at its own computed x (quirk 4), or spread by gaps (quirk 1)."""
    for i, ch in enumerate(s):
        c.setFont(F, size)
        c.drawString(round(x, 2), y, ch)
        x += pdfmetrics.stringWidth(ch, F, size) + (gaps or track)


def put(c, x, y, s, align="L", size=9, role="other", cell=None):
    """Draw s at baseline y; x is its left (L), right (R) or centre (C). role: title, header, total,
    label, figure, rowno, other. cell = (x0, x1) of the cell, for distributed alignment."""
    s = str(s)
    if s == "":
        return
    w = pdfmetrics.stringWidth(s, F, size)
    track = float(os.environ.get("TRACK", "0")) if Q("perchar") and role in ("figure", "total_figure") else 0
    w += track * (
        len(s) - 1
    )  # TRACK: extra advance between the glyphs of figures (quirk 4 with spaced digits)
    left = x if align == "L" else x - w if align == "R" else x - w / 2
    gaps = None
    if (
        Q("spaced")
        and cell
        and role in ("header", "total", "label_spaced")
        and 2 <= len(s) <= 6
        and not any(ch.isdigit() for ch in s)
    ):
        # quirk 1: Excel's distributed alignment: first char at the left indent, last at the right
        x0, x1 = cell[0] + 4, cell[1] - 4
        free = (x1 - x0) - w
        if free > 0:
            gaps = free / (len(s) - 1)
            left = x0
    passes = [(0, 0)]
    if (Q("bold") and role in ("title", "header")) or (
        Q("boldtotal") and role in ("title", "header", "total", "total_figure")
    ):
        passes = [
            (0, 0),
            (float(os.environ.get("BOLD_DX", "0.3")), 0),
        ]  # quirk 2: fake bold, drawn twice 0.3pt apart
    for dx, dy in passes:
        if gaps is not None or Q("perchar"):
            _chars(c, left + dx, y + dy, s, size, gaps, track)
        else:
            c.setFont(F, size)
            c.drawString(left + dx, y + dy, s)


def hline(c, x0, y, x1):
    if Q("rects"):
        c.rect(x0, y - 0.25, x1 - x0, 0.5, stroke=0, fill=1)  # quirk 7: rule as a filled thin rectangle
    else:
        c.line(x0, y, x1, y)


def vline(c, x, y0, y1):
    if Q("rects"):
        c.rect(x - 0.25, min(y0, y1), 0.5, abs(y1 - y0), stroke=0, fill=1)
    else:
        c.line(x, y0, x, y1)


def box(c, x, y, w, h):
    if Q("rects"):
        hline(c, x, y, x + w)
        hline(c, x, y + h, x + w)
        vline(c, x, y, y + h)
        vline(c, x + w, y, y + h)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)


def sizes(size, role):
    """Quirk 6: figures a size smaller (8pt beside 9pt tables) and 1.5pt lower, labels 1.5pt larger."""
    if not Q("fontsize"):
        return size, 0
    if role in ("figure", "total_figure"):
        return min(8, size - 0.5), -1.5
    return size + 1.5, 0


def cell_text(c, text, x, y, w, h, align, size=9, role="label"):
    """Text in a cell, wrapped to its width, the block vertically centred; align L/R/C."""
    if text is None or text == "":
        return
    size, dy = sizes(size, role)
    lines = wrap(str(text), w - 6, size)
    if Q("fontsize") and role not in ("figure", "total_figure"):
        # a larger label size only where the wrapped lines still fit the cell
        while size > 8 and len(wrap(str(text), w - 6, size)) * size * 1.25 > h + 1:
            size -= 0.5
        lines = wrap(str(text), w - 6, size)
    lead = size * 1.25
    vertical = (
        Q("vertical") and role == "header" and w < 40 and len(str(text)) >= 2 and not str(text).isdigit()
    )
    if vertical:
        # quirk 5: one character per line in a narrow header cell
        lines = list(str(text))
        lead = size * 1.15
    top = y + h / 2 + (len(lines) * lead) / 2 - size * 0.95 + dy
    for i, ln in enumerate(lines):
        yy = top - i * lead
        if align == "R":
            put(c, x + w - PAD, yy, ln, "R", size, role, (x, x + w))
        elif align == "C":
            put(c, x + w / 2, yy, ln, "C", size, role, (x, x + w))
        else:
            put(c, x + 3, yy, ln, "L", size, role, (x, x + w))


def cell_text_top(c, text, x, y, w, h, align, size=9, role="label"):
    """Unruled Excel export: first line on the row's baseline, the rest spill below."""
    if not text:
        return
    size, dy = sizes(size, role)
    lines = wrap(str(text), w - 6, size)
    for i, ln in enumerate(lines):
        yy = y + h - size * 1.2 - i * size * 1.25 + dy
        if align == "R":
            put(c, x + w - 3, yy, ln, "R", size, role, (x, x + w))
        elif align == "C":
            put(c, x + w / 2, yy, ln, "C", size, role, (x, x + w))
        else:
            put(c, x + 3, yy, ln, "L", size, role, (x, x + w))


def table(
    doc,
    x0,
    y,
    colw,
    header,
    hrow_h,
    rows,
    aligns,
    ruled=True,
    bottom=50,
    top_y=None,
    size=9,
    frame_only=False,
):
    """header: list of (row, col, rowspan, colspan, text); rows: list of (cells, height) where a cell is
    text/None or ("span", n, text, align). Repeats the header after a page break. Returns the y below.
    frame_only (quirk 7b): the table's outer frame is drawn, no inner rules."""
    c = doc.c
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    inner = ruled and not frame_only
    part_top = [None]

    def draw_header(y):
        part_top[0] = y
        ys = [y]
        for h in hrow_h:
            ys.append(ys[-1] - h)
        for r, col, rs, cs, text in header:
            x, w = xs[col], xs[col + cs] - xs[col]
            ytop, ybot = ys[r], ys[r + rs]
            if inner:
                c.setLineWidth(0.5)
                box(c, x, ybot, w, ytop - ybot)
            cell_text(c, text, x, ybot, w, ytop - ybot, "C", size, "header")
        return ys[-1]

    def close_frame(ybot):
        if frame_only:
            c.setLineWidth(0.5)
            box(c, xs[0], ybot, xs[-1] - xs[0], part_top[0] - ybot)

    y = draw_header(y)
    for cells, h in rows:
        if y - h < bottom:
            close_frame(y)
            doc.new_page(doc.size)
            y = draw_header(top_y or doc.size[1] - 60)
        col = 0
        edges = [xs[0]]
        is_total = (
            bool(cells) and isinstance(cells[0], tuple) and ("合计" in cells[0][2] or "总计" in cells[0][2])
        )
        for cell in cells:
            if isinstance(cell, tuple) and cell and cell[0] == "span":
                _, n, text, al = cell
                role = "total"
            else:
                n, text, al = 1, cell, aligns[col]
                role = (
                    ("total_figure" if is_total else "figure")
                    if al == "R"
                    else ("rowno" if al == "C" else "label")
                )
            x, w = xs[col], xs[col + n] - xs[col]
            if ruled:
                cell_text(c, fmt(text) if al == "R" else text, x, y - h, w, h, al, size, role)
            else:
                cell_text_top(c, fmt(text) if al == "R" else text, x, y - h, w, h, al, size, role)
            col += n
            edges.append(xs[col])
        if inner:
            c.setLineWidth(0.5)
            hline(c, xs[0], y - h, xs[-1])
            for e in edges:
                vline(c, e, y, y - h)
        y -= h
    close_frame(y)
    return y


def title_block(doc, title, number, y=None, left=None):
    c = doc.c
    W, H = doc.size
    y = y or H - 50
    put(c, W / 2, y, title, "C", 16, "title")
    put(c, W - 40, y - 16, number, "R", 9)
    put(c, 40, y - 30, left or f"部门：{UNIT}", "L", 9)
    put(c, W - 40, y - 30, "单位：万元", "R", 9)
    return y - 38


def dstr(c, x, y, t):
    put(c, x, y, t, "L", c._fontsize)


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
        dstr(c, x, y, ln)
        y -= size * 1.7
    return y


def heading(doc, y, text, size=12):
    if y < 90:
        doc.new_page(PORTRAIT)
        y = doc.size[1] - 60
    doc.c.setFont(F, size)
    dstr(doc.c, 60, y, text)
    return y - size * 1.9


# ----------------------------------------------------------------------------------------------------------
doc = Doc()
c = doc.c
W, H = PORTRAIT
c.setFont(F, 26)
c.drawCentredString(W / 2, H - 260, UNIT)
c.drawCentredString(W / 2, H - 310, "2023年度部门决算")
c.setFont(F, 14)
c.drawCentredString(W / 2, 160, "二〇二四年九月")

doc.new_page(PORTRAIT)
y = H - 70
c.setFont(F, 16)
c.drawCentredString(W / 2, y, "目  录")
y -= 36
for t in [
    f"第一部分  {UNIT}概况",
    "一、部门主要职责",
    "二、部门决算单位构成",
    f"第二部分  {UNIT}2023年度部门决算表",
    "一、收入支出决算总表",
    "二、收入决算表",
    "三、支出决算表",
    "四、财政拨款收入支出决算总表",
    "五、一般公共预算财政拨款支出决算表",
    "六、一般公共预算财政拨款基本支出决算表",
    "七、财政拨款“三公”经费支出决算表",
    "八、政府性基金预算财政拨款收入支出决算表",
    "九、国有资本经营预算财政拨款支出决算表",
    f"第三部分  {UNIT}2023年度部门决算情况说明",
    "第四部分  名词解释",
]:
    c.setFont(F, 11)
    dstr(c, 80 if t.startswith("第") else 100, y, t)
    y -= 22

doc.new_page(PORTRAIT)
y = H - 70
y = heading(doc, y, f"第一部分  {UNIT}概况", 14)
y = heading(doc, y, "一、部门主要职责")
y = paragraph(
    doc,
    y,
    "（一）贯彻执行国家、省关于市场监督管理、知识产权和药品监督管理的方针政策和法律法规，"
    "拟订全市市场监督管理政策措施并组织实施。（二）负责全市市场主体统一登记注册，组织指导全市"
    "市场监管综合执法工作。（三）负责全市食品安全监督管理综合协调，组织开展食品安全监督抽检。"
    "（四）完成市委、市政府交办的其他任务。",
)
y = heading(doc, y, "二、部门决算单位构成")
y = paragraph(
    doc,
    y,
    "从决算单位构成看，纳入本部门2023年度部门决算编制范围的单位共3个，包括："
    "昆明市市场监督管理局（本级）、昆明市市场监管综合行政执法支队、昆明市食品药品检验检测中心。"
    "其中行政单位1个，参照公务员法管理的事业单位1个，其他事业单位1个。2023年末在职人员386人，"
    "离退休人员152人。",
)

# --- 表1 收入支出决算总表 (ruled, two-sided with 行次) -------------------------------------------------
doc.new_page(LAND)
c.setFont(F, 13)
dstr(c, 40, LAND[1] - 30, f"第二部分  {UNIT}2023年度部门决算表")
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
    rows.append(([inc[0], inc[1], inc[2], lab, 32 + i, SUMMARY_EXP.get(lab)], 13))
rows.append(
    ([SUMMARY_BOTTOM[0][0], 27, SUMMARY_BOTTOM[0][1], SUMMARY_BOTTOM[0][2], 58, SUMMARY_BOTTOM[0][3]], 13)
)
rows.append(
    ([SUMMARY_BOTTOM[1][0], 28, SUMMARY_BOTTOM[1][1], SUMMARY_BOTTOM[1][2], 59, SUMMARY_BOTTOM[1][3]], 13)
)
rows.append(
    ([SUMMARY_BOTTOM[2][0], 29, SUMMARY_BOTTOM[2][1], SUMMARY_BOTTOM[2][2], 60, SUMMARY_BOTTOM[2][3]], 13)
)
rows.append((["", 30, None, "", 61, None], 13))
rows.append(
    (
        [
            ("span", 1, "总计", "C"),
            31,
            SUMMARY_BOTTOM[3][1],
            ("span", 1, "总计", "C"),
            62,
            SUMMARY_BOTTOM[3][3],
        ],
        13,
    )
)
# 行次 columns are integers: centred, not amounts
y = table(
    doc,
    40,
    y,
    colw,
    header,
    [15, 22 if Q("vertical") else 15, 13],
    rows,
    ["L", "C", "R", "L", "C", "R"],
    size=8.5,
)
c.setFont(F, 8.5)
dstr(c, 40, y - 12, "注：本表反映部门本年度的总收支和年末结转结余情况。")

# --- 表2 收入决算表 (ruled, split code columns, multi-level header, narrow wrapped names) -----------------
doc.new_page(LAND)
y = title_block(doc, "收入决算表", "公开02表")
colw = [30, 26, 26, 118, 78, 78, 62, 72, 62, 68, 62]
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
    (3, 4, 1, 1, "1"),
    (3, 5, 1, 1, "2"),
    (3, 6, 1, 1, "3"),
    (3, 7, 1, 1, "4"),
    (3, 8, 1, 1, "5"),
    (3, 9, 1, 1, "6"),
    (3, 10, 1, 1, "7"),
]
rows = []
for code, vals in INC:
    if code == "合计":
        rows.append(([("span", 4, "合计", "C"), *vals], 16))
        continue
    parts = [code[:3], code[3:5] if len(code) > 3 else "", code[5:] if len(code) > 5 else ""]
    name = NAMES[code]
    h = 26 if pdfmetrics.stringWidth(name, F, 9) > 112 else 16
    rows.append(([*parts, name, *vals], h))
y = table(
    doc, 40, y, colw, header, [16, 24, 16, 14], rows, ["C", "C", "C", "L"] + ["R"] * 7, frame_only=Q("frame")
)
c.setFont(F, 9)
dstr(c, 40, y - 12, "注：本表反映部门本年度取得的各项收入情况。")

# --- 表3 支出决算表 (ruled, runs over a page break, header repeated) ------------------------------------
doc.new_page(LAND)
y = title_block(doc, "支出决算表", "公开03表")
colw = [62, 318, 90, 90, 90, 34, 34, 34] if Q("vertical") else [62, 190, 90, 90, 90, 72, 72, 86]
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
    (2, 2, 1, 1, "1"),
    (2, 3, 1, 1, "2"),
    (2, 4, 1, 1, "3"),
    (2, 5, 1, 1, "4"),
    (2, 6, 1, 1, "5"),
    (2, 7, 1, 1, "6"),
]
rows = []
for code, vals in EXP:
    if code == "合计":
        rows.append(([("span", 2, "合计", "C"), *vals], 22))
    else:
        rows.append(([code, NAMES[code], *vals], 22))
y = table(
    doc,
    40,
    y,
    colw,
    header,
    [48, 48, 14] if Q("vertical") else [18, 18, 14],
    rows,
    ["L", "L"] + ["R"] * 6,
    bottom=30 if Q("footer_overlap") else 60,
)
c.setFont(F, 9)
dstr(c, 40, y - 12, "注：本表反映部门本年度各项支出情况。")

# --- 表4 财政拨款收入支出决算总表 (ruled, two-sided, fund columns) ---------------------------------------
doc.new_page(LAND)
y = title_block(doc, "财政拨款收入支出决算总表", "公开04表")
colw = [150, 28, 72, 178, 28, 72, 84, 72, 72]
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
    v = FISCAL_EXP.get(lab)
    rows.append(([inc[0], inc[1], inc[2], lab, 33 + i, v, v, None, None], 12.5))
for j, (il, iv, el, ev) in enumerate(FISCAL_BOTTOM):
    if il == "总计":
        il, el = ("span", 1, "总计", "C"), ("span", 1, "总计", "C")
    rows.append(([il, 27 + j, iv, el, 59 + j, ev, ev, None, None], 12.5))
y = table(
    doc, 30, y, colw, header, [14, 13, 13, 12], rows, ["L", "C", "R", "L", "C", "R", "R", "R", "R"], size=8
)
c.setFont(F, 8)
dstr(
    c,
    30,
    y - 11,
    "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
)

# --- 表5 一般公共预算财政拨款支出决算表 (NO rules: text only, as an Excel export) ------------------------
doc.new_page(LAND)
y = title_block(doc, "一般公共预算财政拨款支出决算表", "公开05表")
colw = [80, 132, 130, 130, 130]
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
for code, vals in GB:
    if code == "合计":
        rows.append(([("span", 2, "合计", "C"), *vals], 16))
    else:
        name = NAMES[code]
        h = 28 if pdfmetrics.stringWidth(name, F, 9) > 126 else 16
        rows.append(([code, name, *vals], h))
y = table(doc, 80, y, colw, header, [16, 16, 15], rows, ["L", "L", "R", "R", "R"], ruled=False)
c.setFont(F, 9)
dstr(c, 80, y - 12, "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。")

# --- 表6 一般公共预算财政拨款基本支出决算表 (ruled, three side-by-side economic blocks) ------------------
doc.new_page(LAND)
y = title_block(doc, "一般公共预算财政拨款基本支出决算表", "公开06表")
colw = [40, 100, 60, 40, 110, 60, 40, 100, 60]
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
    for blk, nw in ((ECON_PERSONNEL, 100), (ECON_PUBLIC, 110), (ECON_PUBLIC2, 100)):
        code, name, amt = blk[i] if i < len(blk) else ("", "", None)
        cells += [code, name, amt]
        tall |= pdfmetrics.stringWidth(name, F, 8) > nw - 6
    rows.append((cells, 20 if tall else 11.5))
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
dstr(c, 40, y - 11, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")

# --- 表7 三公 (ruled, 预算数 half then 决算数 half) --------------------------------------------------------
doc.new_page(LAND)
y = title_block(doc, "财政拨款“三公”经费支出决算表", "公开07表")
colw = ([36] + [67.2] * 5) * 2 if Q("vertical") else [62] * 12
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
for i, t in enumerate(
    [
        "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是",
        "包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
    ]
):
    dstr(c, 49, y - 14 - 13 * i, t)

# --- 表8 / 表9 empty ---------------------------------------------------------------------------------------
doc.new_page(LAND)
y = title_block(doc, "政府性基金预算财政拨款收入支出决算表", "公开08表")
colw = [60, 150, 80, 80, 80, 80, 80, 80]
header = [
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
rows = [
    ([("span", 2, "合计", "C"), None, None, None, None, None, None], 16),
    (["", "", None, None, None, None, None, None], 16),
]
y = table(doc, 60, y, colw, header, [18, 18, 14], rows, ["L", "L"] + ["R"] * 6)
c.setFont(F, 9)
dstr(c, 60, y - 14, "注：本部门2023年度无政府性基金预算财政拨款收入和支出，故本表无数据。")

doc.new_page(LAND)
y = title_block(doc, "国有资本经营预算财政拨款支出决算表", "公开09表")
colw = [70, 220, 120, 120, 120]
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
rows = [([("span", 2, "合计", "C"), None, None, None], 16), (["", "", None, None, None], 16)]
y = table(doc, 90, y, colw, header, [18, 18, 14], rows, ["L", "L", "R", "R", "R"])
c.setFont(F, 9)
dstr(c, 90, y - 14, "注：本部门2023年度无国有资本经营预算财政拨款支出，此表无数据。")

# --- 第三部分 narrative ------------------------------------------------------------------------------------
doc.new_page(PORTRAIT)
y = PORTRAIT[1] - 60
y = heading(doc, y, f"第三部分  {UNIT}2023年度部门决算情况说明", 13)
NARR = [
    ("h", "一、收入支出决算总体情况说明"),
    (
        "p",
        "2023年度收入总计4,030.88万元，支出总计4,030.88万元。与2022年度相比，收、支总计各增加250.36万元，"
        "增长6.62%。主要原因是：食品安全监督抽检任务增加，相应增加项目经费。",
    ),
    ("h", "二、收入决算情况说明"),
    (
        "p",
        "2023年度本年收入合计3,905.48万元，与2022年度相比，本年收入合计增加203.32万元，增长5.49%。其中："
        "财政拨款收入3,820.18万元，占97.82%；事业收入80.00万元，占2.05%；其他收入5.30万元，占0.14%。",
    ),
    ("h", "三、支出决算情况说明"),
    (
        "p",
        "2023年度本年支出合计3,885.68万元，与2022年度相比，本年支出合计增加230.56万元，增长6.31%。其中："
        "基本支出3,377.08万元，占86.91%；项目支出508.60万元，占13.09%。",
    ),
    ("h", "四、财政拨款收入支出决算总体情况说明"),
    (
        "p",
        "2023年度财政拨款收入总计3,862.78万元，支出总计3,862.78万元。与2022年度相比，财政拨款收、支总计"
        "各增加252.38万元，增长6.99%。主要原因是：食品安全监管专项经费增加。",
    ),
    ("h", "五、一般公共预算财政拨款支出决算情况说明"),
    ("p", "（一）一般公共预算财政拨款支出决算总体情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出3,813.68万元，占本年支出合计的98.15%。与2022年度相比，一般公共"
        "预算财政拨款支出增加223.43万元，增长6.22%。主要原因是：食品安全监督抽检经费增加。",
    ),
    ("p", "（二）一般公共预算财政拨款支出决算结构情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出3,813.68万元，主要用于以下方面：一般公共服务支出（类）2,868.57万元，"
        "占75.22%；教育支出（类）36.80万元，占0.96%；社会保障和就业支出（类）497.82万元，占13.05%；"
        "卫生健康支出（类）151.23万元，占3.97%；住房保障支出（类）259.26万元，占6.80%。",
    ),
    ("p", "（三）一般公共预算财政拨款支出决算具体情况"),
    (
        "p",
        "2023年度一般公共预算财政拨款支出年初预算为3,705.00万元，支出决算为3,813.68万元，完成年初预算的"
        "102.93%。其中：",
    ),
    (
        "p",
        "1.一般公共服务支出（类）。年初预算为2,750.00万元，支出决算为2,868.57万元，完成年初预算的104.31%。"
        "决算数大于年初预算数的主要原因是：年中追加食品安全监督抽检专项经费。",
    ),
    (
        "p",
        "2.教育支出（类）。年初预算为40.00万元，支出决算为36.80万元，完成年初预算的92.00%。决算数小于年初"
        "预算数的主要原因是：部分培训采用线上方式开展，节约了培训经费。",
    ),
    (
        "p",
        "3.社会保障和就业支出（类）。年初预算为505.00万元，支出决算为497.82万元，完成年初预算的98.58%。"
        "决算数小于年初预算数的主要原因是：人员变动，缴费基数减少。",
    ),
    (
        "p",
        "4.卫生健康支出（类）。年初预算为150.00万元，支出决算为151.23万元，完成年初预算的100.82%。"
        "决算数大于年初预算数的主要原因是：缴费基数调整。",
    ),
    (
        "p",
        "5.住房保障支出（类）。年初预算为260.00万元，支出决算为259.26万元，完成年初预算的99.72%。"
        "决算数小于年初预算数的主要原因是：人员变动。",
    ),
    ("h", "六、一般公共预算财政拨款基本支出决算情况说明"),
    (
        "p",
        "2023年度一般公共预算财政拨款基本支出3,305.08万元，其中：人员经费2,458.73万元，主要包括：基本工资、"
        "津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
        "其他社会保障缴费、住房公积金、退休费、其他对个人和家庭的补助；公用经费846.35万元，主要包括："
        "办公费、水费、电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、劳务费、委托业务费、"
        "工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出、办公设备购置。",
    ),
    ("h", "七、财政拨款“三公”经费支出决算情况说明"),
    ("p", "（一）“三公”经费财政拨款支出决算总体情况说明"),
    (
        "p",
        "2023年度“三公”经费财政拨款支出预算为28.50万元，支出决算为18.28万元，完成预算的64.14%，决算数小于"
        "预算数的主要原因是：厉行节约，严格控制公务接待和公务用车支出。2023年度“三公”经费支出决算比2022年度"
        "减少3.37万元，下降15.57%。",
    ),
    ("p", "（二）“三公”经费财政拨款支出决算具体情况说明"),
    (
        "p",
        "1.因公出国（境）费支出预算为0.00万元，支出决算为0.00万元。全年安排因公出国（境）团组0个，累计0人次。",
    ),
    (
        "p",
        "2.公务用车购置及运行费支出预算为18.00万元，支出决算为14.86万元，完成预算的82.56%。其中：公务用车"
        "购置费支出预算为0.00万元，支出决算为0.00万元；公务用车运行维护费支出预算为18.00万元，支出决算为"
        "14.86万元，完成预算的82.56%，主要用于执法执勤用车的燃料费、维修费、保险费等。截至2023年12月31日，"
        "本部门开支财政拨款的公务用车保有量为9辆。",
    ),
    (
        "p",
        "3.公务接待费支出预算为10.50万元，支出决算为3.42万元，完成预算的32.57%。其中：国内公务接待支出"
        "3.42万元，接待21批次，168人次；外事接待支出0.00万元。",
    ),
    ("h", "八、政府性基金预算财政拨款收入支出决算情况说明"),
    ("p", "本部门2023年度无政府性基金预算财政拨款收入和支出。"),
    ("h", "九、国有资本经营预算财政拨款支出决算情况说明"),
    ("p", "本部门2023年度无国有资本经营预算财政拨款支出。"),
    ("h", "十、其他重要事项的情况说明"),
    ("p", "（一）机关运行经费支出情况"),
    (
        "p",
        "本部门2023年度机关运行经费支出612.48万元，比2022年度减少25.30万元，下降3.97%。主要原因是：压减日常"
        "公用经费支出。",
    ),
    ("p", "（二）政府采购支出情况"),
    (
        "p",
        "本部门2023年度政府采购支出总额286.40万元，其中：政府采购货物支出102.30万元、政府采购工程支出0.00万元、"
        "政府采购服务支出184.10万元。授予中小企业合同金额240.50万元，占政府采购支出总额的83.97%。",
    ),
    ("p", "（三）国有资产占用情况"),
    (
        "p",
        "截至2023年12月31日，本部门共有车辆9辆，其中：一般公务用车2辆、执法执勤用车7辆；单价100万元（含）"
        "以上设备（不含车辆）3台（套）。",
    ),
]
for kind, text in NARR:
    y = heading(doc, y, text) if kind == "h" else paragraph(doc, y, text)
y = heading(doc, y - 10, "第四部分  名词解释", 13)
for t in [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
    "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
]:
    y = paragraph(doc, y, t)
doc.finish()
print("wrote", OUT, doc.page, "pages")
