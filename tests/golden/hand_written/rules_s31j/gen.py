"""Write the rules_s31j inputs: six whole reports (three 部门决算, three 部门预算) as multi-page PDFs, each a cover,
a 目录, one or two pages of 说明 with figures, then its tables, drawn with habits of real producers that rules_s31c
and rules_s31g do not draw: two tables on one page (a short 政府性基金 table under the 三公 table); 收入 / 支出
tables set in 6pt to fit their many columns on a portrait page; header cells set turned 90 degrees (行次, reading
upwards as Excel's 'rotate text up' sets it); long names wrapped into three lines in a narrow 科目名称 column with
the figures centred on the tall cell; zebra shading (grey rectangles behind every other body row, filled before
the rules and the text); dashed rules; no rule at the table's right edge; a thick outer frame round thin inner
rules; figures with trailing spaces and a right padding that differs per column; the 三公 table as items in rows;
the unit at the top left and the table code (公开01表) at the top right on the title's line.

The printed strings come from rules_s31j_data.py (build(): the tables summed from the typed figures), the very
strings the expectations are read from; nothing here comes from the parser. Drawn with rules_s27e/minipdf.py
(STSong-Light, not embedded); the extra drawing (dash patterns, turned text, fills) goes through its public calls
and its page's operator list. Grid, table and narrative code copied from rules_s31g/gen.py. Run:
/work/main/.venv/bin/python gen.py (writes the PDFs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "rules_s27e")]  # its minipdf.py
from minipdf import MiniCanvas, stringWidth  # noqa: E402
from rules_s31j_data import BUILT, EB, GF, SG, D  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
PRODUCER = "rules_s31j gen.py"
MARGIN = 42
SPAN = "SPAN"


def sw(text, size):
    return stringWidth(text, None, size)


def is_figure(text):
    t = text.replace(",", "").replace(".", "").replace("-", "")
    return t.isdigit()


def cut(text, n):
    """A header text in pieces of at most n characters."""
    n = max(1, n)
    return [text[i : i + n] for i in range(0, len(text), n)] or [""]


# ------------------------------------------------------------------------------------------------ a grid
class Grid:
    """cols [(width, align)], head cells (row, col, rowspan, colspan, text) over head_rows rows, body rows
    (one value per column: None blank, SPAN covered, str, list of str (wrapped), or dict(text, cs, align))."""

    def __init__(self, cols, head, head_rows, body, size):
        self.cols, self.head, self.head_rows, self.body, self.size = cols, head, head_rows, body, size
        self.lead = size + 3
        self.xs = [0.0]
        for w, _a in cols:
            self.xs.append(self.xs[-1] + w)
        # header lines: every header text cut to its cell's width
        self.head_lines = {}
        need = [1] * head_rows
        for r, c, rs, cs, text in head:
            w = self.xs[c + cs] - self.xs[c]
            lines = cut(text, int((w - 4) // size))
            self.head_lines[(r, c)] = lines
            if rs == 1:
                need[r] = max(need[r], len(lines))
        for r, c, rs, _cs, _t in head:
            if rs > 1:
                have = sum(need[r : r + rs])
                extra = len(self.head_lines[(r, c)]) - have
                if extra > 0:
                    need[r + rs - 1] += extra
        self.head_h = [n * self.lead + 6 for n in need]

    @property
    def width(self):
        return self.xs[-1]

    def row_h(self, row):
        n = 1
        for v in row:
            if isinstance(v, list):
                n = max(n, len(v))
        return n * self.lead + 6


TOTALS = (
    "合计",
    "总计",
    "本年收入合计",
    "本年支出合计",
    "收入总计",
    "支出总计",
    "人员经费合计",
    "公用经费合计",
)
RULED = ("grid", "boxes", "filled", "mask", "frame")


def cell_text(v):
    if isinstance(v, dict):
        v = v["text"]
    return v if isinstance(v, str) else "".join(v)


def is_total_row(row):
    return any(v is not None and v is not SPAN and cell_text(v) in TOTALS for v in row)


def thin(c, xa, ya, xb, yb, w=0.5):
    """A rule as a thin filled rectangle (Excel through some PDF printers)."""
    if abs(ya - yb) < 0.01:
        c.rect(min(xa, xb) - w / 2, ya - w / 2, abs(xb - xa) + w, w, stroke=0, fill=1)
    else:
        c.rect(xa - w / 2, min(ya, yb) - w / 2, w, abs(yb - ya) + w, stroke=0, fill=1)


def draw_grid(
    c, g, x0, ytop, rows, rules, heads="all", valign="centre", dy=0.0, fig_size=None, bold=False, look=None
):
    """Draw the header rows named by heads ("all", "lanci": its last row only, "none") and the body rows given;
    returns the bottom y. dy: text set above (+) or below (-) its cell's centre; fig_size: figures' size;
    bold: total rows' text filled and stroked. look (the document's style): dash (rules dashed), noright (no
    rule at the table's right edge), zebra (grey behind every other body row, filled first), pad (right padding
    per column, in turn), trail (spaces after every figure), rot (header texts set turned 90 degrees)."""
    look = look or {}
    hrows = {"all": list(range(g.head_rows)), "lanci": [g.head_rows - 1], "none": []}[heads]
    hs = [g.head_h[r] for r in hrows] + [g.row_h(r) for r in rows]
    tops = [ytop]
    for h in hs:
        tops.append(tops[-1] - h)
    xs = [x0 + x for x in g.xs]
    cells = []
    hr = len(hrows)
    for r, col, rs, cs, _t in g.head:
        if r in hrows and r + rs - 1 in hrows:
            cells.append((hrows.index(r), col, rs, cs, g.head_lines[(r, col)], "c", True, False))
    for k, row in enumerate(rows):
        heavy = bold and is_total_row(row)
        for n, v in enumerate(row):
            if v is SPAN or v is None or v == "":
                continue
            cs, rs, al = 1, 1, g.cols[n][1]
            if isinstance(v, dict):
                cs, rs, al, v = v.get("cs", 1), v.get("rs", 1), v.get("align", al), v["text"]
            rs = min(rs, len(rows) - k)
            lines = v if isinstance(v, list) else [v]
            cells.append((hr + k, n, rs, cs, lines, al, False, heavy))
    c.setLineWidth(0.5)
    rects = [(r, col, rs, cs) for r, col, rs, cs, *_x in cells]
    covered = {(r + i, cc) for r, col, rs, cs in rects for i in range(rs) for cc in range(col, col + cs)}
    for k, row in enumerate(rows):
        for n, v in enumerate(row):
            if (hr + k, n) not in covered and v is not SPAN:
                rects.append((hr + k, n, 1, 1))
    if look.get("zebra"):
        # light grey behind every other body row, before the rules and the text
        c.setFillGray(0.9)
        for k in range(1, len(rows), 2):
            c.rect(xs[0], tops[hr + k + 1], xs[-1] - xs[0], tops[hr + k] - tops[hr + k + 1], stroke=0, fill=1)
        c.setFillGray(0)
    if look.get("dash"):
        c.ops.append("[2 2] 0 d")
    if rules == "frame":
        c.setLineWidth(0.4)
    if rules in ("grid", "filled", "frame"):
        # every cell's four sides once (merged cells by their outer border), as lines or thin filled rectangles
        done = set()
        for r, col, rs, cs in rects:
            xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
            for s in ((xa, yt, xb, yt), (xa, yb, xb, yb), (xa, yb, xa, yt), (xb, yb, xb, yt)):
                key = tuple(round(v, 2) for v in s)
                if look.get("noright") and s[0] == s[2] and abs(s[0] - xs[-1]) < 0.01:
                    continue
                if key not in done:
                    done.add(key)
                    if rules in ("grid", "frame"):
                        c.line(*s)
                    else:
                        thin(c, *s)
        if rules == "frame":
            # the outer frame, thick, over the thin inner rules
            c.setLineWidth(1.6)
            c.rect(xs[0], tops[-1], xs[-1] - xs[0], tops[0] - tops[-1], stroke=1, fill=0)
            c.setLineWidth(0.5)
    elif rules == "boxes":
        # every cell its own rectangle (shared edges drawn twice), as Excel exports them
        for r, col, rs, cs in rects:
            xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
            c.rect(xa, yb, xb - xa, yt - yb, stroke=1, fill=0)
    elif rules == "mask":
        # the full grid, then white rectangles over the inside of every merged cell
        for y in tops:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, tops[-1], x, tops[0])
        c.setFillGray(1)
        for r, col, rs, cs in rects:
            if rs > 1 or cs > 1:
                xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
                c.rect(xa + 0.6, yb + 0.6, xb - xa - 1.2, yt - yb - 1.2, stroke=0, fill=1)
        c.setFillGray(0)
    elif rules == "hrules":
        c.line(xs[0], tops[0], xs[-1], tops[0])
        for k in range(hr, len(hs) + 1):
            c.line(xs[0], tops[k], xs[-1], tops[k])
    if look.get("dash"):
        c.ops.append("[] 0 d")
    pads = look.get("pad", (3,))
    trail = look.get("trail", "")
    for r, col, rs, cs, lines, al, is_head, heavy in cells:
        xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
        size = g.size
        if is_head and "".join(lines) in look.get("rot", ()):
            # the header text turned 90 degrees, reading upwards, centred in its cell
            text = "".join(lines)
            c.saveState()
            c.transform(
                0, 1, -1, 0, round((xa + xb) / 2 + 0.38 * size, 2), round((yt + yb - sw(text, size)) / 2, 2)
            )
            c.setFont("F", size)
            c.drawString(0, 0, text)
            c.restoreState()
            continue
        figure = not is_head and al == "r" and all(is_figure(x) for x in lines)
        if fig_size and not is_head and al == "r" and all(is_figure(x) for x in lines):
            size = fig_size
        lead = g.lead
        n = len(lines)
        if valign == "top" and not is_head:
            first = yt - 3 - 0.88 * size
        else:
            first = (yt + yb) / 2 + (n - 1) * lead / 2 - 0.38 * size + dy
        c.setFont("F", size)
        if heavy:
            c.saveState()
            c.setLineWidth(0.3)
            c.ops.append("2 Tr")
        for j, text in enumerate(lines):
            y = first - j * lead
            if figure:
                text += trail
            w = sw(text, size)
            if al == "l":
                x = xa + 3
            elif al == "r":
                x = xb - (pads[col % len(pads)] if figure else 3) - w
            else:
                x = (xa + xb - w) / 2
            c.drawString(round(x, 2), round(y, 2), text)
        if heavy:
            c.restoreState()
            c.setFont("F", size)
    return tops[-1]


def head_of(paths):
    """Header cells from one path of labels per column (a shorter path's last cell runs down to the bottom)."""
    depth = max(len(p) for p in paths)
    cells = []
    for lvl in range(depth):
        c = 0
        while c < len(paths):
            p = paths[c]
            if len(p) <= lvl:
                c += 1
                continue
            cs = 1
            while (
                c + cs < len(paths)
                and len(paths[c + cs]) > lvl
                and paths[c + cs][: lvl + 1] == p[: lvl + 1]
                and len(p) > lvl + 1
            ):
                cs += 1
            rs = depth - lvl if len(p) == lvl + 1 else 1
            cells.append((lvl, c, rs, cs, p[lvl]))
            c += cs
    return cells, depth


# ------------------------------------------------------------------------------------------------ tables
def grid_of(t, st, avail):
    """(Grid, body rows with their codes) of a printed table (rules_s31j_data.PT)."""
    size = st.get("small", {}).get(t.key, st.get("size", 9))
    wrap = st.get("wrap", 0)
    figs_w = []

    def fw(values, head_min=46):
        w = max([sw(v, size) for v in values if v] + [0]) + 10
        return max(w, head_min)

    def wrapped(name):
        return cut(name, wrap) if wrap and len(name) > wrap else name

    if t.kind == "coded":
        split = st["codes"] == "split" and t.key != EB
        nfig = len(t.heads)
        names = [n for _c, n, _v in t.rows]
        name_w = (wrap * size + 8) if wrap else min(max(sw(n, size) for n in names) + 10, 215)
        figs_w = [fw([r[2][i] for r in t.rows]) for i in range(nfig)]
        code_cols = (
            [(28, "l"), (22, "l"), (22, "l")] if split else [(max(56, sw(t.code_head, size) + 8), "l")]
        )
        depth = max(len(h) for h in t.heads)
        if split:
            depth = max(depth, 2)
            lead_paths = [("科目编码", "类"), ("科目编码", "款"), ("科目编码", "项"), ("科目名称",)]
        else:
            lead_paths = [(t.code_head,), ("科目名称",)]
        paths = lead_paths + list(t.heads)
        cols = code_cols + [(name_w, "l")] + [(w, "r") for w in figs_w]
        body = []
        ncode = len(code_cols)
        for code, name, vals in t.rows:
            if code is None:
                row = [{"text": name, "cs": ncode + 1, "align": "c"}] + [SPAN] * ncode
            else:
                parts = [code[:3], code[3:5], code[5:7]] if split else [code]
                if split:
                    parts = [code[:3], code[3:5] or None, code[5:7] or None]
                row = parts + [wrapped(name)]
            body.append((code, row + [v or None for v in vals]))
        if split and st.get("class_merge"):
            # each 类 cell merged down over its 款 and 项 rows, the code printed once in the tall cell
            for k, (code, row) in enumerate(body):
                if code and len(code) == 3:
                    n = sum(1 for cc, _r in body[k:] if cc and cc.startswith(code))
                    row[0] = {"text": code, "rs": n, "align": "c"}
                elif code:
                    row[0] = SPAN
    elif t.kind == "two":
        hang = st.get("hangci")
        ll = max(sw(r[0], size) for r in t.rows) + 10
        rl = max(sw(r[2], size) for r in t.rows) + 10
        lw = fw([r[1][0] for r in t.rows if r[1]], 60)
        rws = [fw([r[3][i] for r in t.rows if r[3]], 60) for i in range(len(t.cols) - 1)]
        paths = [(t.heads[0][0], "项目")] + ([(t.heads[0][0], "行次")] if hang else []) + [t.heads[0]]
        paths += [(t.heads[1][0], "项目")] + ([(t.heads[1][0], "行次")] if hang else []) + list(t.heads[1:])
        cols = [(ll, "l")] + ([(24, "c")] if hang else []) + [(lw, "r"), (rl, "l")]
        cols += ([(24, "c")] if hang else []) + [(w, "r") for w in rws]
        body = []
        for i, (a, av, b, bv) in enumerate(t.rows):
            row = [a or None]
            if hang:
                row.append(str(i + 1) if a else None)
            row += [av[0] if av else None, b or None]
            if hang:
                row.append(str(i + 1 + len(t.rows)) if b else None)
            row += [x or None for x in bv] if bv else [None] * len(rws)
            body.append((None, row))
        depth = 2
    elif t.kind == "econ2":
        nw = max(sw(r[k], size) for r in t.rows for k in (1, 4)) + 10
        vw = fw([r[k] for r in t.rows for k in (2, 5)], 52)
        cols = [(44, "l"), (nw, "l"), (vw, "r")] * 2
        paths = [(g, h) for g in ("人员经费", "公用经费") for h in ("科目编码", "科目名称", "决算数")]
        body = []
        for pc, pn, pv, uc, un, uv in t.rows:
            if pn.endswith("合计"):
                row = [
                    {"text": pn, "cs": 2, "align": "c"},
                    SPAN,
                    pv,
                    {"text": un, "cs": 2, "align": "c"},
                    SPAN,
                    uv,
                ]
            else:
                row = [pc or None, pn or None, pv or None, uc or None, un or None, uv or None]
            body.append((pc, row))
        depth = 2
    elif t.kind == "sangong":
        n = len(t.heads)
        w = max(fw(t.rows[0], 40), min(76, (avail - 10) / n))
        cols = [(w, "r")] * n
        paths = list(t.heads)
        body = [(None, [v or None for v in t.rows[0]])]
        depth = max(len(p) for p in paths)
    elif t.kind == "sgrows":
        lw = max(sw(r[0], size) for r in t.rows) + 14
        figs_w = [fw([r[1][i] for r in t.rows], 90) for i in range(len(t.heads))]
        cols = [(lw, "l")] + [(w, "r") for w in figs_w]
        paths = [("项目",)] + list(t.heads)
        body = [(None, [lab] + [v or None for v in vals]) for lab, vals in t.rows]
        depth = 1
    elif t.kind == "named":
        nw = max(sw(r[0], size) for r in t.rows) + 12
        figs_w = [fw([r[1][i] for r in t.rows], 60) for i in range(len(t.heads))]
        cols = [(nw, "l")] + [(w, "r") for w in figs_w]
        paths = [("项目名称",)] + list(t.heads)
        body = [
            (None, [{"text": n, "align": "c"} if n == "合计" else n] + [v or None for v in vals])
            for n, vals in t.rows
        ]
        depth = 1
    elif t.kind == "projcoded":
        sn = (wrap * size + 8) if wrap else 150
        pn = max(sw(r[2], size) for r in t.rows) + 10
        if wrap:
            pn = min(pn, (wrap + 2) * size + 8)
        figs_w = [fw([r[3][i] for r in t.rows], 56) for i in range(len(t.heads))]
        cols = [(56, "l"), (sn, "l"), (pn, "l")] + [(w, "r") for w in figs_w]
        paths = [("科目编码",), ("科目名称",), ("项目名称",)] + list(t.heads)
        body = []
        for code, sname, n, vals in t.rows:
            if code is None:
                row = [{"text": n, "cs": 3, "align": "c"}, SPAN, SPAN]
            else:
                wn = [n[: wrap + 2], n[wrap + 2 :]] if wrap and len(n) > wrap + 2 else n
                row = [code, wrapped(sname), wn]
            body.append((code, row + [v or None for v in vals]))
        depth = 1
    head, depth = head_of(paths)
    if st.get("lanci") and t.kind == "coded":
        # a 栏次 row under the header: 栏次 over the code and name columns, then 1 2 3 … over the figures
        lead = len(cols) - len(t.heads)
        head = head + [(depth, 0, 1, lead, "栏次")]
        head += [(depth, lead + i, 1, 1, str(i + 1)) for i in range(len(t.heads))]
        depth += 1
    # spread spare width over the figure columns (up to 96 points each)
    total = sum(w for w, _a in cols)
    figs = [i for i, (_w, a) in enumerate(cols) if a == "r"]
    if total < avail and figs:
        extra = min((avail - total) / len(figs), max(0, 96 - min(cols[i][0] for i in figs)))
        cols = [(w + extra, a) if i in figs else (w, a) for i, (w, a) in enumerate(cols)]
    g = Grid(cols, head, depth, [r for _c, r in body], size)
    for r, _c, rs, _cs, text in head:
        if text in st.get("rot", ()):
            # a turned header text needs its length in height
            have = sum(g.head_h[r : r + rs])
            g.head_h[r + rs - 1] += max(0, sw(text, size) + 10 - have)
    return g, [c for c, _r in body]


def needs_width(t, st):
    g, _codes = grid_of(t, st, 0)
    return g.width


# ------------------------------------------------------------------------------------------------ a document
class Doc:
    def __init__(self, name, doc):
        self.name, self.doc, self.st = name, doc, doc["style"]
        self.c = MiniCanvas(os.path.join(HERE, name), pagesize=PORT, producer=PRODUCER)
        self.started = False
        self.n = 0
        self.size = PORT
        y = doc["year"]
        final = doc["kind"] == "final_account"
        self.head_text = f"{doc['org']}{y}年度部门决算" if final else f"{doc['org']}{y}年部门预算"

    def page(self, size=PORT, running=False):
        if self.started:
            self.c.showPage()
        self.started = True
        self.size = size
        self.c.setPageSize(size)
        self.n += 1
        W, H = size
        if running and self.st.get("watermark"):
            # '内部资料' across the page, light grey, turned 30 degrees, under the table
            self.c.saveState()
            self.c.setFillGray(0.82)
            self.c.transform(0.866, 0.5, -0.5, 0.866, W / 2, H / 2)
            self.c.setFont("F", 64)
            self.c.drawString(-sw("内部资料", 64) / 2, -22, "内部资料")
            self.c.restoreState()
        if self.n > 1:
            self.c.setFont("F", 9)
            if self.st["page_no"] == "topright":
                # a bare page number at the top right
                text = str(self.n - 1)
                self.text(W - MARGIN - sw(text, 9), H - 30, text, 9)
            else:
                text = f"- {self.n - 1} -" if self.st["page_no"] == "dash" else f"第 {self.n - 1} 页"
                self.text(W / 2 - sw(text, 9) / 2, 28, text, 9)
        if running and self.st.get("running"):
            self.text(MARGIN, H - 30, self.head_text, 9)
            if self.st["rules"] in RULED:
                self.c.setLineWidth(0.5)
                self.c.line(MARGIN, H - 34, W - MARGIN, H - 34)
        return W, H

    def text(self, x, y, text, size=10):
        self.c.setFont("F", size)
        self.c.drawString(round(x, 2), round(y, 2), text)

    def centred(self, y, text, size):
        W = self.size[0]
        self.text((W - sw(text, size)) / 2, y, text, size)

    def paragraph(self, y, text, size=10.5, indent=True, W=None):
        W = W or self.size[0]
        per = int((W - 2 * MARGIN) // size)
        text = ("\u3000\u3000" if indent else "") + text
        while text:
            self.text(MARGIN, y, text[:per], size)
            text = text[per:]
            y -= size + 8
        return y

    def save(self):
        self.c.save()


# ------------------------------------------------------------------------------------------------ narrative
def wan(x, unit):
    x = D(str(x).replace(",", ""))
    if unit == "元":
        x = x / 10000
    return f"{x:,.2f}"


def sg_flat(t):
    """The 三公 figures as one row (budget's six, then the actual's six) of either form."""
    if t.kind == "sgrows":
        return [vals[i] for i in range(len(t.cols)) for _lab, vals in t.rows]
    return t.rows[0]


def narrative(doc, m, tables, e):
    y, u, org = doc["year"], doc["unit"], doc["org"]
    final = doc["kind"] == "final_account"
    by = {t.key: t for t in tables}
    W = lambda x: wan(x, "万元" if u == "万元" else "元")  # noqa: E731
    tot = m.t("all")
    out = []
    if final:
        out.append(("第一部分 部门概况", True))
        out.append(
            (
                f"{org}是主管本区相关工作的区政府工作部门，内设机构若干个。纳入{y}年度部门决算编制范围的单位包括局机关"
                "及所属单位。截至年末，本部门共有编制人数和实有人数若干名。",
                False,
            )
        )
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append(
            (
                f"{y}年度收入、支出决算总计{W(m.t('in') + m.t('carry'))}万元。其中：本年收入合计{W(m.t('in'))}万元，"
                f"本年支出合计{W(tot)}万元。",
                False,
            )
        )
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(m.t('in'))}万元，其中：财政拨款收入{W(m.t('gp_in') + m.t('gf'))}万元，占"
                f"{(m.t('gp_in') + m.t('gf')) * 100 / m.t('in'):.2f}%；{doc['other']}{W(m.t('ot'))}万元。",
                False,
            )
        )
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(tot)}万元，其中：基本支出{W(m.t('basic'))}万元，占"
                f"{m.t('basic') * 100 / tot:.2f}%；项目支出{W(m.t('project'))}万元，占"
                f"{m.t('project') * 100 / tot:.2f}%。",
                False,
            )
        )
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出{W(m.t('gp'))}万元，占本年支出合计的{m.t('gp') * 100 / tot:.2f}%。"
                f"其中：基本支出{W(m.t('gp_b'))}万元，项目支出{W(m.t('gp_p'))}万元。",
                False,
            )
        )
        pers = sum((v for k, v in e.items() if k[:3] in ("301", "303")), D(0))
        out.append(
            (
                f"{y}年度一般公共预算财政拨款基本支出{W(m.t('gp_b'))}万元，其中：人员经费{W(pers)}万元；公用经费"
                f"{W(m.t('gp_b') - pers)}万元。",
                False,
            )
        )
        sg = sg_flat(by[SG])
        out.append(("五、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出预算为{W(sg[0] or 0)}万元，支出决算为{W(sg[6] or 0)}万元。其中：因公出国（境）"
                f"费支出决算为0万元；公务用车购置及运行费支出决算为{W(sg[8] or 0)}万元；公务接待费支出决算为"
                f"{W(sg[11] or 0)}万元。",
                False,
            )
        )
        out.append(("六、政府性基金预算财政拨款收入支出决算情况说明", True))
        out.append(
            (
                f"{y}年度政府性基金预算财政拨款支出{W(m.t('gf'))}万元。"
                if m.t("gf")
                else f"本部门{y}年度没有政府性基金预算财政拨款收入支出。",
                False,
            )
        )
    else:
        out.append(("第一部分 部门概况", True))
        out.append((f"{org}是区政府工作部门，部门预算由局机关及所属单位预算组成。", False))
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"{y}年收入预算总计{W(tot)}万元，支出预算总计{W(tot)}万元。收入包括一般公共预算拨款收入"
                f"{W(m.t('gp'))}万元"
                + (f"，政府性基金预算拨款收入{W(m.t('gf'))}万元" if m.t("gf") else "")
                + "。",
                False,
            )
        )
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"支出预算{W(tot)}万元，其中：基本支出{W(m.t('basic'))}万元，占{m.t('basic') * 100 / tot:.2f}%；"
                f"项目支出{W(m.t('project'))}万元，占{m.t('project') * 100 / tot:.2f}%。",
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算支出{W(m.t('gp'))}万元，其中：基本支出{W(m.t('gp_b'))}万元，项目支出"
                f"{W(m.t('gp_p'))}万元。",
                False,
            )
        )
        sg = sg_flat(by[SG])
        out.append(("四、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sg[0])}万元，其中：因公出国（境）费0万元，公务用车购置及运行费{W(sg[2])}万元"
                f"（公务用车运行费{W(sg[4])}万元），公务接待费{W(sg[5])}万元。",
                False,
            )
        )
        out.append(("五、政府性基金预算支出情况说明", True))
        out.append(
            (
                f"{y}年政府性基金预算支出{W(m.t('gf'))}万元。"
                if m.t("gf")
                else f"本部门{y}年无政府性基金预算支出。",
                False,
            )
        )
    out.append(("名词解释", True))
    out.append(("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False))
    out.append(("项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False))
    return out


# ------------------------------------------------------------------------------------------------ the report
def write(name):
    doc, m, tables, e = BUILT[name]
    st = doc["style"]
    y, org = doc["year"], doc["org"]
    final = doc["kind"] == "final_account"
    dd = Doc(name, doc)
    # cover
    W, H = dd.page()
    dd.centred(H - 260, org, 22)
    dd.centred(H - 300, f"{y}年度部门决算" if final else f"{y}年部门预算", 22)
    dd.centred(220, f"{y + 1}年9月" if final else f"{y}年2月", 14)
    # 目录
    W, H = dd.page()
    dd.centred(H - 80, "目  录", 18)
    yy = H - 130
    parts = [
        "第一部分 部门概况",
        f"第二部分 {y}年度部门决算情况说明" if final else f"第二部分 {y}年部门预算情况说明",
    ]
    parts.append(f"第三部分 {y}年度部门决算表" if final else f"第三部分 {y}年部门预算表")
    for p in parts:
        dd.text(MARGIN + 20, yy, p, 12)
        yy -= 24
    for i, t in enumerate(tables):
        dd.text(MARGIN + 44, yy, f"{i + 1}. {t.title}", 11)
        yy -= 22
    dd.text(MARGIN + 20, yy, "第四部分 名词解释", 12)
    # 说明
    W, H = dd.page()
    yy = H - 70
    for text, is_head in narrative(doc, m, tables, e):
        if yy < 90:
            W, H = dd.page()
            yy = H - 70
        if is_head:
            dd.text(MARGIN, yy, text, 12)
            yy -= 26
        else:
            yy = dd.paragraph(yy, text) - 8
    # tables
    y = None
    for i, t in enumerate(tables):
        if st.get("pair") and t.key == GF and tables[i - 1].key == SG and t.kind != "empty":
            # the short 政府性基金 table under the 三公 table, on its page
            write_table(dd, doc, st, i, t, at=y - 30)
        else:
            y = write_table(dd, doc, st, i, t)
    dd.save()


def title_block(dd, doc, st, i, t, x0, width, H, at=None):
    """The title lines over a table; returns the y under them."""
    final = doc["kind"] == "final_account"
    y = H - 58 if at is None else at
    u = doc["unit"]
    size = 15
    if st["unit_pos"] == "line":
        # one line: 单位 at the left, the title centred, the table code at the right
        y -= 10
        x0, width = min(x0, MARGIN), max(width, dd.size[0] - 2 * MARGIN)
        tw = sw(t.title, size)
        dd.text(x0 + (width - tw) / 2, y, t.title, size)
        dd.text(x0, y, f"单位：{u}", 9)
        code = st["title_code"].format(i + 1)
        dd.text(x0 + width - sw(code, 9), y, code, 9)
        return y - 22
    label = f"表{i + 1}" if final else f"附表{i + 1}"
    dd.text(x0, y, label, 10)
    y -= 26
    tw = sw(t.title, size)
    dd.text(x0 + (width - tw) / 2, y, t.title, size)
    if st["unit_pos"] == "right":
        # at the table's right edge, or clear of the title where the table is narrower than its title
        s = f"单位：{u}"
        right = max(x0 + width, x0 + (width + tw) / 2 + 12 + sw(s, 9))
        dd.text(right - sw(s, 9), y, s, 9)
    y -= 22
    if st["unit_pos"] == "under":
        left = f"编制单位：{doc['org']}" if final else f"部门名称：{doc['org']}"
        dd.text(x0, y, left, 9)
        s = f"金额单位：{u}"
        dd.text(x0 + width - sw(s, 9), y, s, 9)
        y -= 16
    elif st["unit_pos"] == "under_right":
        s = f"金额单位：{u}"
        dd.text(x0 + width - sw(s, 9), y, s, 9)
        y -= 16
    return y - 2


def write_table(dd, doc, st, i, t, at=None):
    """Draw the table on a page of its own, or (at: a y) under what the page holds; returns the y under it."""
    land = t.key in st.get("landscape", ()) or (
        t.kind != "empty" and needs_width(t, st) > PORT[0] - 2 * MARGIN
    )
    size = LAND if land else PORT
    if at is None:
        W, H = dd.page(size, running=True)
    else:
        W, H = dd.size
    avail = W - 2 * MARGIN
    if t.kind == "empty":
        x0 = MARGIN
        y = title_block(dd, doc, st, i, t, x0, avail, H)
        if st["gf"] == "empty" and st["rules"] in RULED and final_of(doc):
            # the table's header printed, its body left empty, the statement under it
            y = empty_grid(dd, t, st, x0, y, avail)
            dd.paragraph(y - 16, "注：" + t.empty_text, 9, indent=False, W=W)
        else:
            dd.paragraph(y - 14, t.empty_text, 10.5, W=W)
        return
    g, codes = grid_of(t, st, avail)
    x0 = (W - g.width) / 2
    y = title_block(dd, doc, st, i, t, x0, g.width, H, at)
    rules = st["rules"]
    valign = st.get("valign", "centre")
    split = st.get("split", {}).get(t.key)
    rows = list(zip(codes, g.body))
    if t.key in st.get("total_last", ()) and t.kind == "coded":
        # 合计 the last row, under the rows it sums
        rows = [r for r in rows if r[0] is not None] + [r for r in rows if r[0] is None]
    draw = dict(dy=st.get("dy", 0.0), fig_size=st.get("fig_size"), bold=st.get("bold", False), look=st)
    start, heads = 0, "all"
    while True:
        # rows of this page: up to the forced break (before a code, or before 合计), and as many as fit
        room = (
            y - 60 - sum(g.head_h[r] for r in {"all": range(g.head_rows), "lanci": [-1], "none": []}[heads])
        )
        end = start
        while end < len(rows):
            if (
                split
                and end > start
                and (rows[end][0] == split[0] or (split[0] == "合计" and rows[end][0] is None))
            ):
                break
            h = g.row_h(rows[end][1])
            if room - h < 0:
                break
            room -= h
            end += 1
        page_rows = [r for _c, r in rows[start:end]]
        if page_rows and page_rows[0][0] is SPAN and rows[start][0]:
            # a merged 类 cell cut by the page: its code printed again in the part on this page
            cls = rows[start][0][:3]
            n = sum(1 for cc, _r in rows[start:end] if cc and cc.startswith(cls))
            page_rows[0] = [{"text": cls, "rs": n, "align": "c"}] + page_rows[0][1:]
        y = draw_grid(dd.c, g, x0, y, page_rows, rules, heads, valign, **draw)
        start = end
        if start >= len(rows):
            break
        mode = split[1] if split else "header"
        W, H = dd.page(size, running=True)
        y = H - 50
        if mode == "header":
            if st.get("xubiao", final_of(doc)):
                dd.text(x0, y, "续表", 10)
                y -= 16
            heads = "all"
        else:
            heads = mode  # "lanci": its 栏次 row only; "none": nothing above the rows
    if t.note:
        y = dd.paragraph(y - 16, t.note, 9, indent=False, W=W)
    return y


def final_of(doc):
    return doc["kind"] == "final_account"


def empty_grid(dd, t, st, x0, y, avail):
    heads = [
        ("科目编码",),
        ("科目名称",),
        ("本年支出", "合计"),
        ("本年支出", "基本支出"),
        ("本年支出", "项目支出"),
    ]
    head, depth = head_of(heads)
    fig = (avail - 56 - 180) / 3
    g = Grid([(56, "l"), (180, "l")] + [(fig, "r")] * 3, head, depth, [], st.get("size", 9))
    blank = [[None] * 5]
    return draw_grid(dd.c, g, x0, y, blank, st["rules"], dy=st.get("dy", 0.0), look=st)


if __name__ == "__main__":
    for _name in BUILT:
        write(_name)
        print("wrote", _name)
