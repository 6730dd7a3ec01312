"""Write the rules_s28c inputs: basic-expenditure tables by ECONOMIC code, as provinces print them:
- budget: 一般公共预算基本支出表 / 一般公共预算财政拨款基本支出表 (rows 301 / 30101 … 302 … 303 … 310; columns
  合计 | 人员经费 | 公用经费, or one 金额 column; a variant printing the departmental code (部门预算支出经济分类)
  and the governmental one (政府预算支出经济分类, 501 / 50101 …) side by side on one row);
- final account: 一般公共预算财政拨款基本支出决算表, three side-by-side blocks (科目编码 | 科目名称 | 决算数) x3
  (人员经费: 301, 303; 公用经费: 302, 307, 310, 312, 399), 人员经费合计 and 公用经费合计 at the bottom, and the
  newer two-block variant;
each input built around one realistic difficulty.

One table model renders both kinds of input (as rules_s28a/gen.py, whose model this copies):
- ``*.layout.txt`` as `pdftotext -layout` prints a drawn table: a page column is one character column (9pt
  type: an ASCII glyph one column wide on the page, a CJK glyph two); every cell starts at its page column
  (left-aligned text one column inside its cell, figures right-aligned to its right border), but a CJK
  character is written as one character, so a line is padded with spaces up to the next cell's column; a
  cell that would start before the line's end is pushed one space after it, or, where the input says so
  (glue), written right after it ("2,305.67302", as pdftotext does where the gap is under a space). A row
  taller than a line prints its cells on half-line slots (top, centred or bottom aligned): pieces on
  different slots are different text lines.
- ``*.pdf`` drawn with minipdf (rules_s27e/minipdf.py; STSong-Light, not embedded): one layout column is
  4.5pt, ruled as a grid, by horizontal rules only, or not at all.
- ``*.txt`` (plain pdftotext: cells one space apart, blank cells dropped) typed directly.

Every figure is typed here per input (the identities 类 = Σ 款, 合计 = Σ 类 per column, 合计 = 人员经费 +
公用经费, 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 307 + 310 + 312 + 399 hold exactly: _sums() checks
them before anything is written); the expectations are typed separately in rules_s28c_data.py.
Run: /work/main/.venv/bin/python gen.py (writes the inputs here)."""

import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "rules_s27e")]  # its minipdf.py
from minipdf import MiniCanvas  # noqa: E402

LAND = (841.8898, 595.2756)
PORT = (595.2756, 841.8898)
U = 4.5  # points per layout column
SIZE = 9
LEAD = 11.5
X0 = 28


def dw(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


PAGE = "PAGE"  # a row marker: the table goes on on the next page


def cell_of(value):
    """(lines, options) of a cell value: None/"" (blank), a str, a list of str (wrapped lines), or a dict
    with text (str or list) and options align / valign / indent."""
    if value is None or value == "":
        return [], {}
    if isinstance(value, dict):
        text = value["text"]
        return ([text] if isinstance(text, str) else list(text)), value
    if isinstance(value, str):
        return [value], {}
    return list(value), {}


class Table:
    def __init__(self, cols, header, rows, valign="centre", lead=LEAD, pad=5):
        """cols: [(width in columns, align 'l'/'r'/'c')]; header: rows of (text or lines, first col, span);
        rows: lists of cell values (one per column), or (PAGE, options)."""
        self.cols, self.header, self.rows, self.valign = cols, header, rows, valign
        self.lead, self.pad = lead, pad
        self.edges = [0]
        for w, _a in cols:
            self.edges.append(self.edges[-1] + w)

    def start(self, text, first, span, align, indent=0):
        a, b = self.edges[first], self.edges[first + span]
        if align == "l":
            return a + 1 + indent
        if align == "r":
            return b - dw(text)
        return a + max(0, (b - a - dw(text)) // 2)

    def placed(self, cells, valign):
        """[(slot, start column, text)] of one row; cells: (value, first col, span, default align)."""
        parsed = [(cell_of(v), first, span, align) for v, first, span, align in cells]
        nl = max([max(len(lines), o.get("height", 0)) for (lines, o), *_r in parsed] + [1])
        out = []
        for (lines, opts), first, span, align in parsed:
            va = opts.get("valign", valign)
            k = len(lines)
            base = 0 if va == "top" else (2 * (nl - k) if va == "bottom" else nl - k)
            for j, text in enumerate(lines):
                col = self.start(text, first, span, opts.get("align", align), opts.get("indent", 0))
                out.append((base + 2 * j, col, text))
        return out, nl

    def header_cells(self, hrow):
        return [(text, first, span, "c") for text, first, span in hrow]

    def body_cells(self, row):
        return [(v, n, 1, self.cols[n][1]) for n, v in enumerate(row) if v not in (None, "")]


# ------------------------------------------------------------------------------------------------ layout
def compose(pieces, glue=False):
    """A text line of (page column, text) pieces; glue: a piece due where the line ends (or before) is
    written right after it, no space between (pdftotext where two glyphs stand closer than a space)."""
    out = ""
    for col, text in sorted(pieces):
        if col > len(out):
            out += " " * (col - len(out))
        elif out and not (glue and col >= len(out) - 1 and out[-1:].isdigit()):
            out += " "
        out += text
    return out.rstrip()


def layout_lines(table, indent=0, header_again=True, glue=False):
    """The table's text lines; a PAGE marker becomes ("\\f", options)."""
    lines = []

    def emit(placed):
        slots = sorted({s for s, _c, _t in placed})
        for s in slots:
            lines.append(compose([(indent + c, t) for ss, c, t in placed if ss == s], glue))

    def header():
        for hrow in table.header:
            emit(table.placed(table.header_cells(hrow), "centre")[0])

    header()
    for row in table.rows:
        if isinstance(row, tuple) and row[0] == PAGE:
            lines.append((PAGE, row[1]))
            if row[1].get("repeat_header", header_again):
                header()
            continue
        emit(table.placed(table.body_cells(row), table.valign)[0])
    return lines


def write_layout(name, top, table, bottom, page_numbers=(), **kw):
    """top: lines above the table (cover, title, unit line); bottom: lines under it; a PAGE marker's
    options: footer (the page number printed before the break), lines (printed at the next page's top)."""
    out = list(top)
    for line in layout_lines(table, **kw):
        if isinstance(line, tuple):
            opts = line[1]
            if opts.get("footer"):
                out.append(" " * 46 + opts["footer"])
            out.append("\f" + (opts.get("lines") or [""])[0])
            out.extend((opts.get("lines") or [""])[1:])
        else:
            out.append(line)
    out.extend(bottom)
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# --------------------------------------------------------------------------------------------------- PDF
def draw_pdf(name, top, table, rules="grid", note=None, footer=True, size=LAND):
    """top: [(text, size, 'c' centred on the table / 'l' at its left / 'r' at its right)] one line each
    (a pair of texts on one line: (left, right) as ('l+r')); the table under them; PAGE markers' options:
    cont (lines drawn at the next page's top, as top), repeat_header."""
    c = MiniCanvas(os.path.join(HERE, name), pagesize=size, producer="rules_s28c gen.py")
    W, H = size
    xs = [X0 + e * U for e in table.edges]
    left, right = xs[0], xs[-1]
    page = [1]

    def text_line(y, spec):
        text, size, where = spec
        c.setFont("F", size)
        if where == "c":
            c.drawCentredString((left + right) / 2, y, text)
        elif where == "l":
            c.drawString(left, y, text)
        elif where == "r":
            c.drawRightString(right, y, text)
        else:  # both: (left text, right text)
            c.drawString(left, y, text[0])
            c.drawRightString(right, y, text[1])
        return y - size - 8

    def hline(y, x0=None, x1=None):
        c.setLineWidth(0.5)
        c.line(left if x0 is None else x0, y, right if x1 is None else x1, y)

    def draw_row(y, placed, nl, spans, is_header):
        h = nl * table.lead + table.pad
        yb = y - h
        c.setFont("F", SIZE)
        for slot, col, text in placed:
            base = y - table.pad / 2 - 8.5 - slot * table.lead / 2
            c.drawString(X0 + col * U, base, text)
        if rules in ("grid", "hrules"):
            hline(yb)
        if rules == "grid":
            for x in sorted({xs[f] for f, _s in spans} | {xs[f + s] for f, s in spans} | {left, right}):
                c.line(x, yb, x, y)
        return yb

    def header(y):
        if rules in ("grid", "hrules"):
            hline(y)
        for hrow in table.header:
            placed, nl = table.placed(table.header_cells(hrow), "centre")
            spans = [(f, s) for _t, f, s in hrow]
            covered = {k for f, s in spans for k in range(f, f + s)}
            spans += [(k, 1) for k in range(len(table.cols)) if k not in covered]
            y = draw_row(y, placed, nl, spans, True)
        return y

    def foot():
        if footer:
            c.setFont("F", 9)
            c.drawCentredString(W / 2, 24, f"-{page[0]}-")

    y = H - 36
    for spec in top:
        y = text_line(y, spec)
    y = header(y + 2)
    for row in table.rows:
        if isinstance(row, tuple) and row[0] == PAGE:
            foot()
            c.showPage()
            c.setPageSize(size)
            page[0] += 1
            y = H - 36
            for spec in row[1].get("cont", []):
                y = text_line(y, spec)
            if row[1].get("repeat_header", True):
                y = header(y + 2)
            elif rules in ("grid", "hrules"):
                hline(y)
            continue
        placed, nl = table.placed(table.body_cells(row), table.valign)
        y = draw_row(y, placed, nl, [(k, 1) for k in range(len(table.cols))], False)
    if note:
        c.setFont("F", 9)
        c.drawString(left, y - 14, note)
    foot()
    c.save()


# ------------------------------------------------------------------------------------------ shared parts
def cover_final_layout(unit, year, n_table, title, form="公开06表", unit_word="单位：万元", width=150):
    return [
        unit,
        f"{year}年度部门决算",
        "",
        f"第二部分 {unit}{year}年度部门决算表",
        "",
        " " * (width // 2 - 2) + n_table,
        " " * (width // 2 - dw(title) // 2) + title,
        *([" " * (width - dw(form)) + form] if form else []),
        f"编制单位：{unit}" + " " * (width - dw(f"编制单位：{unit}") - dw(unit_word)) + unit_word,
    ]


def cover_budget_layout(unit, year, n_table, title, unit_word="单位：万元", width=110):
    return [
        f"{year}年{unit}部门预算",
        "",
        "第二部分 部门预算表",
        "",
        " " * (width // 2 - dw(n_table) // 2) + n_table,
        " " * (width // 2 - dw(title) // 2) + title,
        f"部门：{unit}" + " " * (width - dw(f"部门：{unit}") - dw(unit_word)) + unit_word,
    ]


def cover_final_pdf(unit, year, n_table, title, form="公开06表", unit_word="单位：万元"):
    return [
        (f"{unit}{year}年度部门决算", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        *([(form, 9, "r")] if form else []),
        ((f"编制单位：{unit}", unit_word), 9, "lr"),
    ]


def cover_budget_pdf(unit, year, n_table, title, unit_word="单位：万元"):
    return [
        (f"{year}年{unit}部门预算", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        ((f"部门：{unit}", unit_word), 9, "lr"),
    ]


def num(text):
    return int(text.replace(",", "").replace(".", "")) if text not in (None, "", "-") else 0


def _sums(blocks, personnel, public):
    """The final account's blocks: 类 = Σ 款 in each block, 人员经费合计 = 301 + 303, 公用经费合计 = the
    other 类 (figures in cents, typed as printed)."""
    rows = [r for b in blocks for r in b]
    for code, _n, v in rows:
        if len(code) == 3:
            kids = [num(w) for c, _m, w in rows if len(c) == 5 and c.startswith(code)]
            assert not kids or sum(kids) == num(v), (code, sum(kids), v)
    classes = {c: num(v) for c, _n, v in rows if len(c) == 3}
    assert classes.get("301", 0) + classes.get("303", 0) == num(personnel), personnel
    assert sum(v for c, v in classes.items() if c not in ("301", "303")) == num(public), public


def _budget_sums(rows, total_row, cols=3):
    """A budget table's rows (code, name, *figures): 类 = Σ 款 and 合计 = Σ 类 in every column, and
    合计 = 人员经费 + 公用经费 in every row (three figure columns)."""
    for k in range(cols):
        for code, _n, *figs in rows:
            if len(code) == 3:
                kids = [num(f[k]) for c, _m, *f in rows if len(c) == 5 and c.startswith(code)]
                assert sum(kids) == num(figs[k]), (code, k)
        assert sum(num(f[k]) for c, _m, *f in rows if len(c) == 3) == num(total_row[k]), k
    if cols == 3:
        for code, _n, *figs in rows + [("合计", "", *total_row)]:
            assert num(figs[0]) == num(figs[1]) + num(figs[2]), code


def side_by_side(blocks, wrap=None):
    """Rows of side-by-side blocks of (code, name, figure): block k's n-th row beside the others' n-th;
    a block that has ended leaves its cells blank. wrap: {name: [pieces]} names wrapped in their cell."""
    rows = []
    for n in range(max(len(b) for b in blocks)):
        row = []
        for b in blocks:
            if n < len(b):
                code, name, fig = b[n]
                row += [code, (wrap or {}).get(name, name), fig]
            else:
                row += [None, None, None]
        rows.append(row)
    return rows


def econ_cols(code=8, name=30, amount=12, blocks=3):
    return [(code, "l"), (name, "l"), (amount, "r")] * blocks


def econ_header(blocks=3, word="决算数"):
    top = [("人员经费", 0, 3), ("公用经费", 3, 3 * (blocks - 1))]
    leaves = []
    for k in range(blocks):
        leaves += [("科目编码", 3 * k, 1), ("科目名称", 3 * k + 1, 1), (word, 3 * k + 2, 1)]
    return [top, leaves]


def totals_row(personnel, public, blocks=3):
    """人员经费合计 under block 1 (name cell, figure cell), 公用经费合计 in block 2's name cell, its figure in
    the last block's figure cell."""
    row = [None, "人员经费合计", personnel] + [None] * (3 * (blocks - 1))
    row[4] = "公用经费合计"
    row[-1] = public
    return row


def budget_cols(code=10, name=34, amount=14, parts=3):
    return [(code, "l"), (name, "l")] + [(amount, "r")] * parts


def budget_header(parts=("合计", "人员经费", "公用经费"), group=None):
    leaves = [("科目编码", 0, 1), ("科目名称", 1, 1)] + [(p, 2 + k, 1) for k, p in enumerate(parts)]
    if group is None:
        return [leaves]
    return [[("部门预算支出经济分类科目", 0, 2), (group, 2, len(parts))], leaves[2:]]


NOTE_FINAL = "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"
NOTE_BUDGET = "注：本表反映部门本年度一般公共预算财政拨款基本支出按部门预算支出经济分类科目的安排情况。"


# ------------------------------------------------------------------------ c01 control: three blocks, 万元
C01_B1 = [
    ("301", "工资福利支出", "1,286.74"),
    ("30101", "基本工资", "326.40"),
    ("30102", "津贴补贴", "284.16"),
    ("30103", "奖金", "27.20"),
    ("30106", "伙食补助费", None),
    ("30107", "绩效工资", "198.35"),
    ("30108", "机关事业单位基本养老保险缴费", "142.68"),
    ("30109", "职业年金缴费", "71.34"),
    ("30110", "职工基本医疗保险缴费", "80.27"),
    ("30111", "公务员医疗补助缴费", None),
    ("30112", "其他社会保障缴费", "6.94"),
    ("30113", "住房公积金", "117.40"),
    ("30199", "其他工资福利支出", "32.00"),
    ("303", "对个人和家庭的补助", "58.62"),
    ("30301", "离休费", None),
    ("30302", "退休费", "41.30"),
    ("30305", "生活补助", "12.32"),
    ("30309", "奖励金", "5.00"),
    ("30399", "其他对个人和家庭的补助", None),
]
C01_B2 = [
    ("302", "商品和服务支出", "213.45"),
    ("30201", "办公费", "32.60"),
    ("30202", "印刷费", "4.80"),
    ("30205", "水费", "3.15"),
    ("30206", "电费", "18.40"),
    ("30207", "邮电费", "6.72"),
    ("30209", "物业管理费", "24.00"),
    ("30211", "差旅费", "21.36"),
    ("30213", "维修（护）费", "8.90"),
    ("30215", "会议费", "2.40"),
    ("30216", "培训费", "5.60"),
    ("30217", "公务接待费", "1.85"),
    ("30226", "劳务费", "16.00"),
    ("30228", "工会经费", "19.42"),
    ("30229", "福利费", "12.25"),
    ("30231", "公务用车运行维护费", "9.60"),
    ("30239", "其他交通费用", "20.80"),
    ("30299", "其他商品和服务支出", "5.60"),
]
C01_B3 = [
    ("307", "债务利息及费用支出", None),
    ("30701", "国内债务付息", None),
    ("310", "资本性支出", "14.30"),
    ("31002", "办公设备购置", "9.80"),
    ("31003", "专用设备购置", None),
    ("31007", "信息网络及软件购置更新", "4.50"),
    ("31013", "公务用车购置", None),
    ("312", "对企业补助", None),
    ("399", "其他支出", None),
    ("39999", "其他支出", None),
]


def c01():
    """Control: the national template's three blocks, every cell in its column, figures well apart."""
    blocks = [C01_B1, C01_B2, C01_B3]
    _sums(blocks, "1,345.36", "227.75")
    t = Table(econ_cols(), econ_header(), side_by_side(blocks) + [totals_row("1,345.36", "227.75")])
    write_layout(
        "c01_control_layout_three_blocks.layout.txt",
        cover_final_layout("桃源县自然资源局", 2023, "表6", "一般公共预算财政拨款基本支出决算表"),
        t,
        [NOTE_FINAL, "", " " * 60 + "-9-"],
    )


# ------------------------------------------------------------ c04 blocks of unequal length, blank cells
C04_B1 = [
    ("301", "工资福利支出", "412.56"),
    ("30101", "基本工资", "108.24"),
    ("30102", "津贴补贴", "96.30"),
    ("30107", "绩效工资", "72.18"),
    ("30108", "机关事业单位基本养老保险缴费", "48.36"),
    ("30109", "职业年金缴费", "24.18"),
    ("30110", "职工基本医疗保险缴费", "25.90"),
    ("30113", "住房公积金", "37.40"),
    ("303", "对个人和家庭的补助", "18.60"),
    ("30302", "退休费", "18.60"),
]
C04_B2 = [
    ("302", "商品和服务支出", "96.84"),
    ("30201", "办公费", "12.40"),
    ("30202", "印刷费", None),
    ("30203", "咨询费", None),
    ("30205", "水费", "1.26"),
    ("30206", "电费", "6.85"),
    ("30207", "邮电费", "2.40"),
    ("30211", "差旅费", "9.52"),
    ("30213", "维修（护）费", None),
    ("30215", "会议费", "1.20"),
    ("30216", "培训费", "2.80"),
    ("30217", "公务接待费", "0.95"),
    ("30226", "劳务费", None),
    ("30227", "委托业务费", "18.00"),
    ("30228", "工会经费", "7.60"),
    ("30229", "福利费", "5.06"),
    ("30231", "公务用车运行维护费", "4.80"),
    ("30239", "其他交通费用", "16.40"),
    ("30299", "其他商品和服务支出", "7.60"),
]
C04_B3 = [
    ("307", "债务利息及费用支出", None),
    ("310", "资本性支出", "6.50"),
    ("31002", "办公设备购置", "6.50"),
    ("31007", "信息网络及软件购置更新", None),
    ("399", "其他支出", None),
]


def c04():
    """A unit with few personnel codes: block 1 ends after ten rows, block 3 after five; the last nine
    lines print the middle block only (starting far right), some of them without a figure, and a row of
    the first lines has its only figure in the third block (30203 咨询费 blank, 31007 blank)."""
    blocks = [C04_B1, C04_B2, C04_B3]
    _sums(blocks, "431.16", "103.34")
    t = Table(econ_cols(), econ_header(), side_by_side(blocks) + [totals_row("431.16", "103.34")])
    write_layout(
        "c04_layout_blocks_unequal_first_ends.layout.txt",
        cover_final_layout("慈利县退役军人事务局", 2024, "表6", "一般公共预算财政拨款基本支出决算表"),
        t,
        [NOTE_FINAL, "", " " * 60 + "-10-"],
    )


# ------------------------------------------------------ c05 元 with separators, codes glued to figures
C05_B1 = [
    ("301", "工资福利支出", "12,836,452.18"),
    ("30101", "基本工资", "3,215,640.00"),
    ("30102", "津贴补贴", "2,864,308.50"),
    ("30103", "奖金", "268,000.00"),
    ("30107", "绩效工资", "2,011,526.40"),
    ("30108", "机关事业单位基本养老保险缴费", "1,426,880.32"),
    ("30109", "职业年金缴费", "713,440.16"),
    ("30110", "职工基本医疗保险缴费", "802,617.80"),
    ("30113", "住房公积金", "1,166,039.00"),
    ("30199", "其他工资福利支出", "368,000.00"),
    ("303", "对个人和家庭的补助", "642,318.60"),
    ("30302", "退休费", "512,318.60"),
    ("30305", "生活补助", "130,000.00"),
]
C05_B2 = [
    ("302", "商品和服务支出", "2,184,936.75"),
    ("30201", "办公费", "326,480.25"),
    ("30205", "水费", "28,410.00"),
    ("30206", "电费", "164,820.50"),
    ("30207", "邮电费", "58,206.00"),
    ("30211", "差旅费", "218,640.00"),
    ("30213", "维修（护）费", "86,200.00"),
    ("30216", "培训费", "42,600.00"),
    ("30217", "公务接待费", "18,350.00"),
    ("30226", "劳务费", "240,000.00"),
    ("30228", "工会经费", "196,420.00"),
    ("30229", "福利费", "124,800.00"),
    ("30231", "公务用车运行维护费", "96,000.00"),
    ("30239", "其他交通费用", "512,010.00"),
    ("30299", "其他商品和服务支出", "72,000.00"),
]
C05_B3 = [
    ("310", "资本性支出", "158,600.00"),
    ("31002", "办公设备购置", "98,600.00"),
    ("31007", "信息网络及软件购置更新", "60,000.00"),
    ("399", "其他支出", None),
    ("39999", "其他支出", None),
]


def c05():
    """元 with thousands separators (figures of 13 characters in 14-column cells); the second and third
    blocks' codes start on their cell's border, so pdftotext writes them against the figure before them
    ("12,836,452.18302", "326,480.2531002")."""
    blocks = [C05_B1, C05_B2, C05_B3]
    _sums(blocks, "13,478,770.78", "2,343,536.75")
    rows = side_by_side(blocks) + [totals_row("13,478,770.78", "2,343,536.75")]
    for row in rows:
        for k in (3, 6):
            if row[k]:
                row[k] = {"text": row[k], "indent": -1}
    t = Table(econ_cols(code=7, name=30, amount=14), econ_header(), rows)
    write_layout(
        "c05_layout_yuan_codes_glued.layout.txt",
        cover_final_layout(
            "石门县市场监督管理局", 2023, "表6", "一般公共预算财政拨款基本支出决算表", unit_word="单位：元"
        ),
        t,
        [NOTE_FINAL, "", " " * 60 + "-9-"],
        glue=True,
    )


# ----------------------------------------------------------------- c06 names wrapped in narrow blocks
C06_B1 = [
    ("301", "工资福利支出", "3,862.15"),
    ("30101", "基本工资", "968.40"),
    ("30102", "津贴补贴", "742.36"),
    ("30103", "奖金", "80.70"),
    ("30107", "绩效工资", "826.54"),
    ("30108", "机关事业单位基本养老保险缴费", "428.12"),
    ("30109", "职业年金缴费", "214.06"),
    ("30110", "职工基本医疗保险缴费", "240.83"),
    ("30112", "其他社会保障缴费", "18.24"),
    ("30113", "住房公积金", "342.90"),
    ("30199", "其他工资福利支出", None),
    ("303", "对个人和家庭的补助", "286.40"),
    ("30302", "退休费", "214.80"),
    ("30305", "生活补助", "36.00"),
    ("30399", "其他对个人和家庭的补助", "35.60"),
]
C06_B2 = [
    ("302", "商品和服务支出", "512.38"),
    ("30201", "办公费", "86.20"),
    ("30205", "水费", "12.48"),
    ("30206", "电费", "48.30"),
    ("30207", "邮电费", "9.60"),
    ("30211", "差旅费", "34.25"),
    ("30212", "因公出国（境）费用", None),
    ("30213", "维修（护）费", "42.10"),
    ("30216", "培训费", "18.40"),
    ("30217", "公务接待费", "3.60"),
    ("30228", "工会经费", "58.62"),
    ("30229", "福利费", "36.21"),
    ("30231", "公务用车运行维护费", "12.80"),
    ("30239", "其他交通费用", "112.30"),
    ("30299", "其他商品和服务支出", "37.52"),
]
C06_B3 = [
    ("307", "债务利息及费用支出", None),
    ("30701", "国内债务付息", None),
    ("310", "资本性支出", "64.80"),
    ("31002", "办公设备购置", "28.80"),
    ("31007", "信息网络及软件购置更新", "36.00"),
    ("399", "其他支出", None),
]


def wrapped(names, width):
    """{name: pieces} for names wider than a cell of `width` columns (one column of margin)."""
    out = {}
    per = (width - 1) // 2
    for name in names:
        if dw(name) > width - 1:
            out[name] = [name[k : k + per] for k in range(0, len(name), per)]
    return out


def c06():
    """Portrait page, narrow blocks (name cells 15 columns: 7 characters a line): long names wrap onto
    two lines, rows centred, so a tall row prints the wrapped names' first pieces on a line above the
    codes and figures and their second pieces on a line below; on some rows two blocks wrap at once
    (30108 beside 30212 因公出国（境）费用, 30110 beside 30216, 303 beside 30228 …)."""
    blocks = [C06_B1, C06_B2, C06_B3]
    _sums(blocks, "4,148.55", "577.18")
    names = [n for b in blocks for _c, n, _v in b] + ["人员经费合计", "公用经费合计"]
    wrap = wrapped(names, 15)
    rows = side_by_side(blocks, wrap) + [totals_row("4,148.55", "577.18")]
    t = Table(econ_cols(code=7, name=15, amount=10), econ_header(), rows)
    write_layout(
        "c06_layout_names_wrapped_narrow.layout.txt",
        cover_final_layout("鹤城区教育局", 2024, "表6", "一般公共预算财政拨款基本支出决算表", width=96),
        t,
        [NOTE_FINAL, "", " " * 46 + "-10-"],
    )
    return wrap


# --------------------------------------------------------------------------- c07 codes with dashes
C07_B1 = [
    ("301", "工资福利支出", "734.58"),
    ("301-01", "基本工资", "186.30"),
    ("301-02", "津贴补贴", "152.64"),
    ("301-03", "奖金", "15.50"),
    ("301-07", "绩效工资", "118.20"),
    ("301-08", "机关事业单位基本养老保险缴费", "82.46"),
    ("301-09", "职业年金缴费", "41.23"),
    ("301-10", "职工基本医疗保险缴费", "46.38"),
    ("301-13", "住房公积金", "68.87"),
    ("301-99", "其他工资福利支出", "23.00"),
    ("303", "对个人和家庭的补助", "21.40"),
    ("303-02", "退休费", "16.80"),
    ("303-05", "生活补助", "4.60"),
]
C07_B2 = [
    ("302", "商品和服务支出", "128.66"),
    ("302-01", "办公费", "18.20"),
    ("302-05", "水费", "2.16"),
    ("302-06", "电费", "9.45"),
    ("302-07", "邮电费", "3.30"),
    ("302-11", "差旅费", "14.82"),
    ("302-13", "维修（护）费", "6.40"),
    ("302-16", "培训费", "2.50"),
    ("302-17", "公务接待费", "1.28"),
    ("302-26", "劳务费", "12.00"),
    ("302-28", "工会经费", "11.34"),
    ("302-29", "福利费", "7.21"),
    ("302-31", "公务用车运行维护费", "8.60"),
    ("302-39", "其他交通费用", "24.40"),
    ("302-99", "其他商品和服务支出", "7.00"),
]
C07_B3 = [
    ("307", "债务利息及费用支出", None),
    ("310", "资本性支出", "12.90"),
    ("310-02", "办公设备购置", "7.90"),
    ("310-07", "信息网络及软件购置更新", "5.00"),
    ("399", "其他支出", None),
]


def c07():
    """Three blocks whose 款 codes are printed with a dash after the 类 ("301-01", "302-16", "310-07")."""
    blocks = [C07_B1, C07_B2, C07_B3]
    _sums([[(c.replace("-", ""), n, v) for c, n, v in b] for b in blocks], "755.98", "141.56")
    rows = side_by_side(blocks) + [totals_row("755.98", "141.56")]
    t = Table(econ_cols(code=9, name=30, amount=11), econ_header(), rows)
    write_layout(
        "c07_layout_dashed_codes.layout.txt",
        cover_final_layout("桑植县林业局", 2024, "表6", "一般公共预算财政拨款基本支出决算表"),
        t,
        [NOTE_FINAL, "", " " * 60 + "-11-"],
    )


# ------------------------------------------------------------------ c09 budget over two pages, 续表
C09 = [
    ("301", "工资福利支出", "2,486.30", "2,486.30", None),
    ("30101", "基本工资", "612.48", "612.48", None),
    ("30102", "津贴补贴", "538.20", "538.20", None),
    ("30103", "奖金", "51.04", "51.04", None),
    ("30106", "伙食补助费", "24.00", "24.00", None),
    ("30107", "绩效工资", "402.36", "402.36", None),
    ("30108", "机关事业单位基本养老保险缴费", "268.32", "268.32", None),
    ("30109", "职业年金缴费", "134.16", "134.16", None),
    ("30110", "职工基本医疗保险缴费", "150.90", "150.90", None),
    ("30111", "公务员医疗补助缴费", "18.44", "18.44", None),
    ("30112", "其他社会保障缴费", "12.40", "12.40", None),
    ("30113", "住房公积金", "214.00", "214.00", None),
    ("30199", "其他工资福利支出", "60.00", "60.00", None),
    ("302", "商品和服务支出", "542.76", "163.08", "379.68"),
    ("30201", "办公费", "56.40", None, "56.40"),
    ("30202", "印刷费", "8.20", None, "8.20"),
    ("30205", "水费", "12.60", None, "12.60"),
    ("30206", "电费", "46.80", None, "46.80"),
    ("30207", "邮电费", "10.24", None, "10.24"),
    ("30209", "物业管理费", "62.00", None, "62.00"),
    ("30211", "差旅费", "28.60", None, "28.60"),
    ("30213", "维修（护）费", "35.00", None, "35.00"),
    ("30214", "租赁费", "24.00", None, "24.00"),
    ("30215", "会议费", "4.00", None, "4.00"),
    ("30216", "培训费", "9.60", None, "9.60"),
    ("30217", "公务接待费", "3.20", None, "3.20"),
    ("30218", "专用材料费", "18.00", None, "18.00"),
    ("30224", "被装购置费", "32.40", None, "32.40"),
    ("30228", "工会经费", "39.80", "39.80", None),
    ("30229", "福利费", "24.88", "24.88", None),
    ("30231", "公务用车运行维护费", "21.64", None, "21.64"),
    ("30239", "其他交通费用", "98.40", "98.40", None),
    ("30299", "其他商品和服务支出", "7.00", None, "7.00"),
    ("303", "对个人和家庭的补助", "132.50", "132.50", None),
    ("30302", "退休费", "96.30", "96.30", None),
    ("30305", "生活补助", "24.20", "24.20", None),
    ("30309", "奖励金", "12.00", "12.00", None),
    ("310", "资本性支出", "46.00", None, "46.00"),
    ("31002", "办公设备购置", "26.00", None, "26.00"),
    ("31007", "信息网络及软件购置更新", "20.00", None, "20.00"),
]
C09_TOTAL = ("3,207.56", "2,781.88", "425.68")


def c09():
    """一般公共预算基本支出表 (合计 | 人员经费 | 公用经费) over two pages: page 1 ends inside 302 (after 30211),
    page 2 opens with "续表" and the unit, the header printed again; 合计 at the end, on page 2."""
    _budget_sums(C09, C09_TOTAL)
    # the 款 names indented two columns under their 类
    rows = [
        [code, name if len(code) == 3 else {"text": name, "indent": 2}, *figs] for code, name, *figs in C09
    ]
    rows.insert(21, (PAGE, {"footer": "-7-", "lines": [" " * 52 + "续表3", " " * 100 + "单位：万元"]}))
    rows.append([None, {"text": "合计", "align": "c"}, *C09_TOTAL])
    t = Table(budget_cols(), budget_header(), rows)
    write_layout(
        "c09_layout_budget_two_pages_xubiao.layout.txt",
        cover_budget_layout("芙蓉区城市管理和综合执法局", 2025, "表3", "一般公共预算基本支出表"),
        t,
        [NOTE_BUDGET, "", " " * 52 + "-8-"],
    )


# -------------------------------------------------------- c10 two blocks, totals' figures above labels
C10_B1 = [
    ("301", "工资福利支出", "486.27"),
    ("30101", "基本工资", "98.64"),
    ("30102", "津贴补贴", "126.30"),
    ("30103", "奖金", "8.22"),
    ("30107", "绩效工资", "92.48"),
    ("30108", "机关事业单位基本养老保险缴费", "52.16"),
    ("30109", "职业年金缴费", "26.08"),
    ("30110", "职工基本医疗保险缴费", "30.39"),
    ("30112", "其他社会保障缴费", "2.00"),
    ("30113", "住房公积金", "50.00"),
    ("303", "对个人和家庭的补助", "12.60"),
    ("30305", "生活补助", "12.60"),
]
C10_B2 = [
    ("302", "商品和服务支出", "88.45"),
    ("30201", "办公费", "10.20"),
    ("30205", "水费", "1.35"),
    ("30206", "电费", "6.80"),
    ("30207", "邮电费", "2.60"),
    ("30209", "物业管理费", "18.00"),
    ("30211", "差旅费", "1.50"),
    ("30213", "维修（护）费", "4.20"),
    ("30216", "培训费", "0.80"),
    ("30228", "工会经费", "7.80"),
    ("30229", "福利费", "4.60"),
    ("30231", "公务用车运行维护费", "3.40"),
    ("30239", "其他交通费用", "22.40"),
    ("30299", "其他商品和服务支出", "4.80"),
    ("307", "债务利息及费用支出", None),
    ("310", "资本性支出", "5.30"),
    ("31002", "办公设备购置", "5.30"),
    ("399", "其他支出", None),
]


def c10():
    """The newer two-block variant (人员经费 | 公用经费, each 科目编码 | 科目名称 | 决算数): the 公用经费 block
    (302, 307, 310, 399) runs six rows longer; the totals row is tall, its figures at the top and the
    labels 人员经费合计 / 公用经费合计 at the bottom (a line below their figures)."""
    blocks = [C10_B1, C10_B2]
    _sums(blocks, "498.87", "93.75")
    rows = side_by_side(blocks)
    rows.append(
        [
            None,
            {"text": "人员经费合计", "valign": "bottom", "height": 2},
            {"text": "498.87", "valign": "top"},
            None,
            {"text": "公用经费合计", "valign": "bottom"},
            {"text": "93.75", "valign": "top"},
        ]
    )
    t = Table(econ_cols(code=10, name=30, amount=14, blocks=2), econ_header(blocks=2), rows)
    write_layout(
        "c10_layout_two_blocks_totals_below.layout.txt",
        [
            "上海市金山区档案局2024年度部门决算",
            "",
            " " * 38 + "一般公共预算财政拨款基本支出决算表",
            " " * 98 + "单位：万元",
        ],
        t,
        [NOTE_FINAL, "", " " * 50 + "12"],
    )


# ------------------------------------------------------------------- budget tables with paired codes
PAIRED_COLS = [(8, "l"), (30, "l"), (8, "l"), (22, "l"), (12, "r"), (12, "r"), (12, "r")]
PAIRED_HEADER = [
    [
        ("部门预算支出经济分类", 0, 2),
        ("政府预算支出经济分类", 2, 2),
        ("合计", 4, 1),
        ("人员经费", 5, 1),
        ("公用经费", 6, 1),
    ],
    [("科目编码", 0, 1), ("科目名称", 1, 1), ("科目编码", 2, 1), ("科目名称", 3, 1)],
]
C03 = [
    ("301", "工资福利支出", None, None, "624.30", "624.30", None),
    ("30101", "基本工资", "50101", "工资奖金津补贴", "158.40", "158.40", None),
    ("30102", "津贴补贴", "50101", "工资奖金津补贴", "142.56", "142.56", None),
    ("30103", "奖金", "50101", "工资奖金津补贴", "13.20", "13.20", None),
    ("30107", "绩效工资", "50101", "工资奖金津补贴", "104.88", "104.88", None),
    ("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "68.26", "68.26", None),
    ("30109", "职业年金缴费", "50102", "社会保障缴费", "34.13", "34.13", None),
    ("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", "41.87", "41.87", None),
    ("30113", "住房公积金", "50103", "住房公积金", "61.00", "61.00", None),
    ("302", "商品和服务支出", None, None, "118.62", "46.68", "71.94"),
    ("30201", "办公费", "50201", "办公经费", "16.80", None, "16.80"),
    ("30205", "水费", "50201", "办公经费", "2.40", None, "2.40"),
    ("30206", "电费", "50201", "办公经费", "9.36", None, "9.36"),
    ("30207", "邮电费", "50201", "办公经费", "3.60", None, "3.60"),
    ("30211", "差旅费", "50201", "办公经费", "12.48", None, "12.48"),
    ("30213", "维修（护）费", "50209", "维修（护）费", "6.30", None, "6.30"),
    ("30215", "会议费", "50202", "会议费", "1.50", None, "1.50"),
    ("30216", "培训费", "50203", "培训费", "4.00", None, "4.00"),
    ("30217", "公务接待费", "50206", "公务接待费", "1.20", None, "1.20"),
    ("30228", "工会经费", "50299", "其他商品和服务支出", "10.02", "10.02", None),
    ("30229", "福利费", "50299", "其他商品和服务支出", "6.26", "6.26", None),
    ("30231", "公务用车运行维护费", "50208", "公务用车运行维护费", "14.30", None, "14.30"),
    ("30239", "其他交通费用", "50299", "其他商品和服务支出", "30.40", "30.40", None),
    ("303", "对个人和家庭的补助", None, None, "26.40", "26.40", None),
    ("30302", "退休费", "50905", "离退休费", "26.40", "26.40", None),
    ("310", "资本性支出", None, None, "8.50", None, "8.50"),
    ("31002", "办公设备购置", "50306", "设备购置", "8.50", None, "8.50"),
]
C03_TOTAL = ("777.82", "697.38", "80.44")


def c03():
    """Control: a budget table printing both economic codes on each 款 row (部门 code and name, 政府 code
    and name, then 合计 | 人员经费 | 公用经费); the 类 rows print the departmental code only."""
    _budget_sums([(c, n, *f) for c, n, _g, _gn, *f in C03], C03_TOTAL)
    rows = [list(r) for r in C03] + [[None, {"text": "合计", "align": "c"}, None, None, *C03_TOTAL]]
    t = Table(PAIRED_COLS, PAIRED_HEADER, rows)
    write_layout(
        "c03_control_layout_paired_codes.layout.txt",
        cover_budget_layout("安化县卫生健康局", 2025, "表3-1", "一般公共预算基本支出表"),
        t,
        [NOTE_BUDGET, "", " " * 52 + "-6-"],
    )


C11 = [
    ("301", "工资福利支出", None, "482.64", "482.64", None),
    ("30101", "基本工资", "G1", "124.80", "124.80", None),
    ("30102", "津贴补贴", "G1", "108.36", "108.36", None),
    ("30103", "奖金", "G1", "10.40", "10.40", None),
    ("30107", "绩效工资", "G1", "76.92", "76.92", None),
    ("30108", "机关事业单位基本养老保险缴费", "G2", "53.28", "53.28", None),
    ("30109", "职业年金缴费", "G2", "26.64", "26.64", None),
    ("30110", "职工基本医疗保险缴费", "G2", "31.44", "31.44", None),
    ("30112", "其他社会保障缴费", "G2", "3.20", "3.20", None),
    ("30113", "住房公积金", "G3", "47.60", "47.60", None),
    ("302", "商品和服务支出", None, "96.18", "34.14", "62.04"),
    ("30201", "办公费", "G4", "23.60", None, "23.60"),
    ("30205", "水费", "G4", "1.80", None, "1.80"),
    ("30206", "电费", "G4", "7.44", None, "7.44"),
    ("30207", "邮电费", "G4", "2.88", None, "2.88"),
    ("30211", "差旅费", "G4", "9.72", None, "9.72"),
    ("30213", "维修（护）费", "G5", "5.20", None, "5.20"),
    ("30216", "培训费", "G6", "3.00", None, "3.00"),
    ("30228", "工会经费", "G7", "7.72", "7.72", None),
    ("30229", "福利费", "G7", "4.82", "4.82", None),
    ("30231", "公务用车运行维护费", "G8", "8.40", None, "8.40"),
    ("30239", "其他交通费用", "G9", "21.60", "21.60", None),
    ("303", "对个人和家庭的补助", None, "18.00", "18.00", None),
    ("30302", "退休费", "G10", "18.00", "18.00", None),
]
C11_TOTAL = ("596.82", "534.78", "62.04")
C11_GOV = {
    "G1": ("50101", "工资奖金津补贴"),
    "G2": ("50102", "社会保障缴费"),
    "G3": ("50103", "住房公积金"),
    "G4": ("50201", "办公经费"),
    "G5": ("50209", "维修（护）费"),
    "G6": ("50203", "培训费"),
    "G7": ("50299", "其他商品和服务支出"),
    "G8": ("50208", "公务用车运行维护费"),
    "G9": ("50299", "其他商品和服务支出"),
    "G10": ("50905", "离退休费"),
}


def c11():
    """The paired-code budget table exported from a spreadsheet whose 政府预算支出经济分类 cells are merged
    over the 部门 rows that share them (50101 over 30101-30107, 50102 over 30108-30112, 50201 over
    30201-30211, 50299 over 30228-30229): a merged cell's text sits at its middle, so over an even number
    of rows it is a line of its own between two rows (code and name, no figures), over an odd number on
    its middle row's line."""
    _budget_sums([(c, n, *f) for c, n, _g, *f in C11], C11_TOTAL)
    t = Table(PAIRED_COLS, PAIRED_HEADER, [])
    body = [list(r[:2]) + [None, None] + list(r[3:]) for r in C11]
    body.append([None, {"text": "合计", "align": "c"}, None, None, *C11_TOTAL])
    slots = {}
    for n, row in enumerate(body):
        placed, _nl = t.placed(t.body_cells(row), "centre")
        slots.setdefault(2 * n, []).extend((c, text) for _s, c, text in placed)
    groups = {}
    for n, row in enumerate(C11):
        if row[2]:
            groups.setdefault(row[2], []).append(n)
    for g, members in groups.items():
        code, name = C11_GOV[g]
        mid = members[0] + members[-1]  # the merged cell's middle, in half-rows
        slots.setdefault(mid, []).extend([(t.start(code, 2, 1, "l"), code), (t.start(name, 3, 1, "l"), name)])
    out = cover_budget_layout("赫山区人力资源和社会保障局", 2025, "表3-1", "一般公共预算基本支出表")
    for hrow in PAIRED_HEADER:
        placed, _nl = t.placed(t.header_cells(hrow), "centre")
        for s in sorted({s for s, _c, _t in placed}):
            out.append(compose([(c, text) for ss, c, text in placed if ss == s]))
    for s in sorted(slots):
        out.append(compose(slots[s]))
    out += [NOTE_BUDGET, "", " " * 52 + "-6-"]
    with open(
        os.path.join(HERE, "c11_layout_paired_codes_merged_gov_cell.layout.txt"), "w", encoding="utf-8"
    ) as fh:
        fh.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------- budget PDFs and text
C02 = [
    ("301", "工资福利支出", "846.52", "846.52", None),
    ("30101", "基本工资", "218.40", "218.40", None),
    ("30102", "津贴补贴", "196.80", "196.80", None),
    ("30103", "奖金", "18.20", "18.20", None),
    ("30107", "绩效工资", "142.36", "142.36", None),
    ("30108", "机关事业单位基本养老保险缴费", "92.48", "92.48", None),
    ("30109", "职业年金缴费", "46.24", "46.24", None),
    ("30110", "职工基本医疗保险缴费", "52.04", "52.04", None),
    ("30113", "住房公积金", "80.00", "80.00", None),
    ("302", "商品和服务支出", "168.35", "22.50", "145.85"),
    ("30201", "办公费", "28.60", None, "28.60"),
    ("30205", "水费", "3.20", None, "3.20"),
    ("30206", "电费", "12.40", None, "12.40"),
    ("30207", "邮电费", "4.80", None, "4.80"),
    ("30211", "差旅费", "18.50", None, "18.50"),
    ("30213", "维修（护）费", "9.75", None, "9.75"),
    ("30216", "培训费", "6.00", None, "6.00"),
    ("30217", "公务接待费", "1.80", None, "1.80"),
    ("30226", "劳务费", "36.00", None, "36.00"),
    ("30228", "工会经费", "13.86", "13.86", None),
    ("30229", "福利费", "8.64", "8.64", None),
    ("30231", "公务用车运行维护费", "7.20", None, "7.20"),
    ("30299", "其他商品和服务支出", "17.60", None, "17.60"),
    ("303", "对个人和家庭的补助", "34.80", "34.80", None),
    ("30302", "退休费", "28.80", "28.80", None),
    ("30305", "生活补助", "6.00", "6.00", None),
    ("310", "资本性支出", "12.00", None, "12.00"),
    ("31002", "办公设备购置", "12.00", None, "12.00"),
]
C02_TOTAL = ("1,061.67", "903.82", "157.85")


def c02():
    """Control: a budget's 一般公共预算基本支出表 ruled as a grid, 部门预算支出经济分类科目 (编码 | 名称) and
    一般公共预算基本支出 over 合计 | 人员经费 | 公用经费; 302 split between the two parts; 合计 last."""
    _budget_sums(C02, C02_TOTAL)
    rows = [list(r) for r in C02] + [[None, {"text": "合计", "align": "c"}, *C02_TOTAL]]
    t = Table(budget_cols(code=10, name=32, amount=16), budget_header(group="一般公共预算基本支出"), rows)
    draw_pdf(
        "c02_control_pdf_grid_budget_parts.pdf",
        cover_budget_pdf("望城区司法局", 2025, "表5", "一般公共预算基本支出表"),
        t,
        rules="grid",
        note=NOTE_BUDGET,
        size=PORT,
    )


C08 = [
    ("301", "工资福利支出", "1,524.36", "1,524.36", None),
    ("30101", "基本工资", "402.12", "402.12", None),
    ("30102", "津贴补贴", "356.40", "356.40", None),
    ("30103", "奖金", "33.51", "33.51", None),
    ("30107", "绩效工资", "248.00", "248.00", None),
    ("30108", "机关事业单位基本养老保险缴费", "164.32", "164.32", None),
    ("30109", "职业年金缴费", "82.16", "82.16", None),
    ("30110", "职工基本医疗保险缴费", "96.45", "96.45", None),
    ("30112", "其他社会保障缴费", "8.22", "8.22", None),
    ("30113", "住房公积金", "133.18", "133.18", None),
    ("302", "商品和服务支出", "286.94", "102.38", "184.56"),
    ("30201", "办公费", "42.30", None, "42.30"),
    ("30205", "水费", "5.60", None, "5.60"),
    ("30206", "电费", "22.80", None, "22.80"),
    ("30207", "邮电费", "7.20", None, "7.20"),
    ("30211", "差旅费", "26.40", None, "26.40"),
    ("30213", "维修（护）费", "18.50", None, "18.50"),
    ("30215", "会议费", "3.00", None, "3.00"),
    ("30216", "培训费", "8.00", None, "8.00"),
    ("30217", "公务接待费", "2.50", None, "2.50"),
    ("30226", "劳务费", "30.00", None, "30.00"),
    ("30228", "工会经费", "24.60", "24.60", None),
    ("30229", "福利费", "15.38", "15.38", None),
    ("30231", "公务用车运行维护费", "9.60", None, "9.60"),
    ("30239", "其他交通费用", "62.40", "62.40", None),
    ("30299", "其他商品和服务支出", "8.66", None, "8.66"),
    ("303", "对个人和家庭的补助", "78.20", "78.20", None),
    ("30302", "退休费", "60.20", "60.20", None),
    ("30305", "生活补助", "18.00", "18.00", None),
    ("310", "资本性支出", "20.00", None, "20.00"),
    ("31002", "办公设备购置", "20.00", None, "20.00"),
]
C08_TOTAL = ("1,909.50", "1,704.94", "204.56")


def c08():
    """Budget table whose one subject column prints the code in brackets before the name ("[301]工资福利
    支出", the 款 indented: "  [30101]基本工资"), 合计 first; horizontal rules only."""
    _budget_sums(C08, C08_TOTAL)
    rows = [[{"text": "合计", "align": "c"}, *C08_TOTAL]]
    for code, name, *figs in C08:
        rows.append([{"text": f"[{code}]{name}", "indent": 0 if len(code) == 3 else 2}, *figs])
    cols = [(40, "l"), (16, "r"), (16, "r"), (16, "r")]
    header = [[("经济分类科目", 0, 1), ("合计", 1, 1), ("人员经费", 2, 1), ("公用经费", 3, 1)]]
    t = Table(cols, header, rows)
    draw_pdf(
        "c08_pdf_hrules_budget_bracket_codes.pdf",
        cover_budget_pdf("石峰区卫生健康委员会", 2025, "表3-1", "一般公共预算基本支出表"),
        t,
        rules="hrules",
        size=PORT,
    )


DASH = "-"
C13 = [
    ("301", "工资福利支出", "318.46", "318.46", DASH),
    ("30101", "基本工资", "82.20", "82.20", DASH),
    ("30102", "津贴补贴", "68.40", "68.40", DASH),
    ("30103", "奖金", "6.85", "6.85", DASH),
    ("30107", "绩效工资", "54.00", "54.00", DASH),
    ("30108", "机关事业单位基本养老保险缴费", "35.52", "35.52", DASH),
    ("30109", "职业年金缴费", "17.76", "17.76", DASH),
    ("30110", "职工基本医疗保险缴费", "20.13", "20.13", DASH),
    ("30111", "公务员医疗补助缴费", "0.00", "0.00", DASH),
    ("30113", "住房公积金", "33.60", "33.60", DASH),
    ("302", "商品和服务支出", "52.38", "22.40", "29.98"),
    ("30201", "办公费", "8.60", DASH, "8.60"),
    ("30205", "水费", "1.20", DASH, "1.20"),
    ("30206", "电费", "4.80", DASH, "4.80"),
    ("30207", "邮电费", "1.68", DASH, "1.68"),
    ("30211", "差旅费", "6.40", DASH, "6.40"),
    ("30215", "会议费", "0.00", DASH, "0.00"),
    ("30216", "培训费", "1.50", DASH, "1.50"),
    ("30217", "公务接待费", "0.80", DASH, "0.80"),
    ("30228", "工会经费", "4.92", "4.92", DASH),
    ("30229", "福利费", "3.08", "3.08", DASH),
    ("30231", "公务用车运行维护费", "0.00", DASH, "0.00"),
    ("30239", "其他交通费用", "14.40", "14.40", DASH),
    ("30299", "其他商品和服务支出", "5.00", DASH, "5.00"),
    ("303", "对个人和家庭的补助", "6.00", "6.00", DASH),
    ("30302", "退休费", "6.00", "6.00", DASH),
    ("310", "资本性支出", "0.00", DASH, "0.00"),
    ("31002", "办公设备购置", "0.00", DASH, "0.00"),
]
C13_TOTAL = ("376.84", "346.86", "29.98")


def c13():
    """Budget table in which every empty part cell prints "-" and the rows budgeted nil print 0.00
    (30111, 30215, 30231, 310, 31002); 合计 first; ruled by horizontal lines only."""
    _budget_sums(C13, C13_TOTAL)
    rows = [[None, {"text": "合计", "align": "c"}, *C13_TOTAL]] + [list(r) for r in C13]
    t = Table(budget_cols(code=10, name=32, amount=16), budget_header(), rows)
    draw_pdf(
        "c13_pdf_hrules_budget_dash_zero.pdf",
        cover_budget_pdf("汉寿县统计局", 2024, "表5", "一般公共预算基本支出表"),
        t,
        rules="hrules",
        size=PORT,
    )


# ------------------------------------------------------------------------- final-account PDFs (blocks)
C12_B1 = [
    ("301", "工资福利支出", "1,052.84"),
    ("30101", "基本工资", "268.32"),
    ("30102", "津贴补贴", "221.40"),
    ("30103", "奖金", "22.36"),
    ("30107", "绩效工资", "176.00"),
    ("30108", "机关事业单位基本养老保险缴费", "116.88"),
    ("30109", "职业年金缴费", "58.44"),
    ("30110", "职工基本医疗保险缴费", "64.20"),
    ("30112", "其他社会保障缴费", "5.84"),
    ("30113", "住房公积金", "95.40"),
    ("30199", "其他工资福利支出", "24.00"),
    ("303", "对个人和家庭的补助", "46.20"),
    ("30302", "退休费", "38.40"),
    ("30399", "其他对个人和家庭的补助", "7.80"),
]
C12_B2 = [
    ("302", "商品和服务支出", "184.62"),
    ("30201", "办公费", "22.40"),
    ("30205", "水费", "2.80"),
    ("30206", "电费", "11.60"),
    ("30207", "邮电费", "4.36"),
    ("30211", "差旅费", "16.20"),
    ("30213", "维修（护）费", "12.50"),
    ("30216", "培训费", "3.60"),
    ("30217", "公务接待费", "1.96"),
    ("30226", "劳务费", "24.00"),
    ("30228", "工会经费", "15.60"),
    ("30229", "福利费", "9.74"),
    ("30231", "公务用车运行维护费", "10.20"),
    ("30239", "其他交通费用", "38.40"),
    ("30299", "其他商品和服务支出", "11.26"),
    ("307", "债务利息及费用支出", None),
    ("310", "资本性支出", "18.00"),
    ("31002", "办公设备购置", "18.00"),
    ("31007", "信息网络及软件购置更新", None),
    ("399", "其他支出", None),
]


def c12():
    """Two blocks, unruled, narrow name cells (13 columns: 6 characters a line): long names wrap over
    two or three lines (机关事业单位基本养老保险缴费: 3), rows centred, so the figures of a tall row stand
    on its middle line and the lines above and below hold name pieces only."""
    blocks = [C12_B1, C12_B2]
    _sums(blocks, "1,099.04", "202.62")
    names = [n for b in blocks for _c, n, _v in b]
    wrap = wrapped(names, 13)
    rows = side_by_side(blocks, wrap) + [totals_row("1,099.04", "202.62", blocks=2)]
    t = Table(econ_cols(code=8, name=13, amount=11, blocks=2), econ_header(blocks=2), rows, lead=11, pad=3)
    draw_pdf(
        "c12_pdf_unruled_two_blocks_wrapped.pdf",
        cover_final_pdf("沅陵县水利局", 2023, "表六", "一般公共预算财政拨款基本支出决算表"),
        t,
        rules="none",
    )
    return wrap


C16_B1 = [
    ("301", "工资福利支出", "2,148.60"),
    ("30101", "基本工资", "540.36"),
    ("30102", "津贴补贴", "462.18"),
    ("30103", "奖金", "45.03"),
    ("30106", "伙食补助费", None),
    ("30107", "绩效工资", "356.40"),
    ("30108", "机关事业单位基本养老保险缴费", "238.64"),
    ("30109", "职业年金缴费", "119.32"),
    ("30110", "职工基本医疗保险缴费", "134.25"),
    ("30111", "公务员医疗补助缴费", None),
    ("30112", "其他社会保障缴费", "10.82"),
    ("30113", "住房公积金", "189.60"),
    ("30114", "医疗费", None),
    ("30199", "其他工资福利支出", "52.00"),
    ("303", "对个人和家庭的补助", "124.36"),
    ("30301", "离休费", None),
    ("30302", "退休费", "86.16"),
    ("30304", "抚恤金", "6.20"),
    ("30305", "生活补助", "20.00"),
    ("30309", "奖励金", None),
    ("30399", "其他对个人和家庭的补助", "12.00"),
]
C16_B2 = [
    ("302", "商品和服务支出", "356.92"),
    ("30201", "办公费", "42.80"),
    ("30202", "印刷费", "6.40"),
    ("30203", "咨询费", None),
    ("30205", "水费", "5.64"),
    ("30206", "电费", "24.30"),
    ("30207", "邮电费", "8.16"),
    ("30209", "物业管理费", "36.00"),
    ("30211", "差旅费", "28.45"),
    ("30213", "维修（护）费", "18.60"),
    ("30214", "租赁费", None),
    ("30215", "会议费", "3.20"),
    ("30216", "培训费", "7.80"),
    ("30217", "公务接待费", "2.35"),
    ("30226", "劳务费", "30.00"),
    ("30227", "委托业务费", None),
    ("30228", "工会经费", "33.42"),
    ("30229", "福利费", "20.88"),
    ("30231", "公务用车运行维护费", "16.40"),
    ("30239", "其他交通费用", "64.20"),
    ("30299", "其他商品和服务支出", "8.32"),
]
C16_B3 = [
    ("307", "债务利息及费用支出", None),
    ("30701", "国内债务付息", None),
    ("310", "资本性支出", "26.50"),
    ("31002", "办公设备购置", "14.50"),
    ("31003", "专用设备购置", None),
    ("31007", "信息网络及软件购置更新", "12.00"),
    ("31013", "公务用车购置", None),
    ("312", "对企业补助", None),
    ("399", "其他支出", None),
    ("39999", "其他支出", None),
]


def c16():
    """The three blocks ruled as a grid over two pages: page 2 opens with the title again followed by
    （续）, the unit line and both header rows; 人员经费合计 / 公用经费合计 on page 2."""
    blocks = [C16_B1, C16_B2, C16_B3]
    _sums(blocks, "2,272.96", "383.42")
    rows = side_by_side(blocks)
    rows.insert(
        18,
        (
            PAGE,
            {
                "cont": [
                    ("一般公共预算财政拨款基本支出决算表（续）", 12, "c"),
                    (("编制单位：永定区交通运输局", "单位：万元"), 9, "lr"),
                ]
            },
        ),
    )
    rows.append(totals_row("2,272.96", "383.42"))
    t = Table(econ_cols(code=8, name=30, amount=11), econ_header(), rows, lead=12, pad=6)
    draw_pdf(
        "c16_pdf_grid_three_blocks_two_pages.pdf",
        cover_final_pdf("永定区交通运输局", 2024, "表6", "一般公共预算财政拨款基本支出决算表"),
        t,
        rules="grid",
        note=NOTE_FINAL,
    )


# --------------------------------------------------------------------------------------------- plain
def c14():
    lines = [
        "2024年武陵区民政局部门预算",
        "第二部分 部门预算表",
        "表5",
        "一般公共预算基本支出表",
        "部门：武陵区民政局 单位：万元",
        "科目编码 科目名称 合计 人员经费 公用经费",
        "301 工资福利支出 452.18 452.18",
        "30101 基本工资 116.40 116.40",
        "30102 津贴补贴 97.56 97.56",
        "30103 奖金 9.70 9.70",
        "30107 绩效工资 76.80 76.80",
        "30108 机关事业单位基本养老保险缴费 50.24 50.24",
        "30109 职业年金缴费 25.12 25.12",
        "30110 职工基本医疗保险缴费 28.36 28.36",
        "30113 住房公积金 48.00 48.00",
        "302 商品和服务支出 74.66 31.26 43.40",
        "30201 办公费 12.49 12.49",
        "30205 水费 1.51 1.51",
        "30206 电费 8.62 8.62",
        "30207 邮电费 3.45 3.45",
        "30211 差旅费 12.31 12.31",
        "30228 工会经费 6.98 6.98",
        "30229 福利费 4.36 4.36",
        "30231 公务用车运行维护费 5.02 5.02",
        "30239 其他交通费用 19.92 19.92",
        "303 对个人和家庭的补助 8.40 8.40",
        "30302 退休费 8.40 8.40",
        "310 资本性支出 6.00 6.00",
        "31002 办公设备购置 6.00 6.00",
        "合计 541.24 491.84 49.40",
        "注：本表反映部门本年度一般公共预算财政拨款基本支出按部门预算支出经济分类科目的安排情况。",
        "-5-",
    ]
    with open(os.path.join(HERE, "c14_plain_budget_parts_blanks_dropped.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def c15():
    lines = [
        "泸溪县司法局",
        "2023年度部门决算",
        "第二部分 泸溪县司法局2023年度部门决算表",
        "表6",
        "一般公共预算财政拨款基本支出决算表",
        "公开06表",
        "编制单位：泸溪县司法局 单位：万元",
        "人员经费 公用经费",
        "科目编码 科目名称 决算数 科目编码 科目名称 决算数 科目编码 科目名称 决算数",
        "301 工资福利支出 628.94 302 商品和服务支出 104.37 307 债务利息及费用支出",
        "30101 基本工资 158.60 30201 办公费 14.80 30701 国内债务付息",
        "30102 津贴补贴 136.92 30202 印刷费 1.60 310 资本性支出 8.60",
        "30103 奖金 13.22 30205 水费 1.92 31002 办公设备购置 8.60",
        "30107 绩效工资 104.00 30206 电费 7.45 31007 信息网络及软件购置更",
        "新",
        "30108 机关事业单位基本养老保险缴 72.48 30207 邮电费 2.88 399 其他支出",
        "费",
        "30109 职业年金缴费 36.24 30211 差旅费 9.36 39999 其他支出",
        "30110 职工基本医疗保险缴费 41.18 30213 维修（护）费 5.20",
        "30112 其他社会保障缴费 3.30 30216 培训费 2.40",
        "30113 住房公积金 58.50 30217 公务接待费 0.96",
        "30199 其他工资福利支出 4.50 30226 劳务费 12.00",
        "303 对个人和家庭的补助 24.30 30228 工会经费 9.42",
        "30302 退休费 17.10 30229 福利费 5.86",
        "30399 其他对个人和家庭的补 7.20 30231 公务用车运行维护费 6.10",
        "助",
        "30239 其他交通费用 17.20",
        "30299 其他商品和服务支出 7.22",
        "人员经费合计 653.24 公用经费合计 112.97",
        "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
        "— 9 —",
    ]
    b1 = [
        ("301", "628.94"),
        ("30101", "158.60"),
        ("30102", "136.92"),
        ("30103", "13.22"),
        ("30107", "104.00"),
        ("30108", "72.48"),
        ("30109", "36.24"),
        ("30110", "41.18"),
        ("30112", "3.30"),
        ("30113", "58.50"),
        ("30199", "4.50"),
        ("303", "24.30"),
        ("30302", "17.10"),
        ("30399", "7.20"),
    ]
    b2 = [
        ("302", "104.37"),
        ("30201", "14.80"),
        ("30202", "1.60"),
        ("30205", "1.92"),
        ("30206", "7.45"),
        ("30207", "2.88"),
        ("30211", "9.36"),
        ("30213", "5.20"),
        ("30216", "2.40"),
        ("30217", "0.96"),
        ("30226", "12.00"),
        ("30228", "9.42"),
        ("30229", "5.86"),
        ("30231", "6.10"),
        ("30239", "17.20"),
        ("30299", "7.22"),
        ("310", "8.60"),
        ("31002", "8.60"),
    ]
    _sums([[(c, "", v) for c, v in b1], [(c, "", v) for c, v in b2]], "653.24", "112.97")
    with open(os.path.join(HERE, "c15_plain_three_blocks_wrapped.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    for make in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16):
        make()


if __name__ == "__main__":
    main()
