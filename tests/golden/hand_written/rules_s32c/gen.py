"""Write the rules_s32c inputs: seven whole reports (four 部门预算, three 部门决算) as multi-page PDFs, each a cover, a
目录, a 说明 with figures, its tables and a 名词解释. Drawn with what rules_s31g (its grid, its merged header cells)
and the earlier sets draw thinly or not at all: header cells spanning two or three rows under merged group cells
(支出 / 基本支出 over 人员经费 | 公用经费, a 三公 group over its items, 本年支出 over 基本支出 over its parts), drawn with
full grids, with horizontal rules only (under every row, or only at the top, under the header and its groups and
at the bottom) and with no rules at all; a 项目支出表 and a 项目支出预算明细表 whose project names wrap inside their
cells over two or three lines (set at the cell's centre or its top), the detail table's project and functional
cells merged over the lines of one project (B1); landscape pages between portrait ones; tables continued on the
next page under their repeated header; page-number footers ('第 3 页', '- 3 -', '第 3 页 共 24 页'); figures in
元 with thousands separators in columns barely wider than them (a right-aligned figure 2 to 3 points from the
next column's widest: B2, B4, F2), proportional digits (B4); negative 年末结转和结余; a 收支总表 drawn as two separate grids side by side
(收入 | 支出, each its own 项目 / 金额 columns), aligned row by row or, unruled, at two different row pitches.

The printed strings come from rules_s32c_data.py (s32c_lib.build(): every table summed from the typed figures), the
very strings the expectations are read from; nothing here comes from the parser. Drawn with rules_s27e/minipdf.py
(STSong-Light, not embedded). Run: /work/main/.venv/bin/python gen.py (writes the PDFs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "rules_s27e")]  # its minipdf.py
import minipdf  # noqa: E402
from minipdf import MiniCanvas, stringWidth  # noqa: E402
from rules_s32c_data import BUILT  # noqa: E402
from s32c_lib import narrative  # noqa: E402

PORT = (595.2756, 841.8898)
LAND = (841.8898, 595.2756)
PRODUCER = "rules_s32c gen.py"
MARGIN = 42
BOTTOM = 58
SPAN = "SPAN"
LOG = []


def sw(text, size):
    return stringWidth(text, None, size)


def cut(text, n):
    """A text in pieces of at most n characters (a character is 1 em, an ASCII one half)."""
    n = max(1, n)
    out, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > n + 1e-9 and cur:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    return out + [cur] if cur else out or [""]


# ------------------------------------------------------------------------------------------------ a grid
class Grid:
    """cols [(width, align)], head cells (row, col, rowspan, colspan, text) over head_rows rows, body rows
    (one value per column: None blank, SPAN covered, str, list of str (wrapped), or dict(text, cs, rs, align))."""

    def __init__(self, cols, head, head_rows, body, size, pad=3.0):
        self.cols, self.head, self.head_rows, self.body, self.size, self.pad = (
            cols,
            head,
            head_rows,
            body,
            size,
            pad,
        )
        self.lead = size + 3
        self.xs = [0.0]
        for w, _a in cols:
            self.xs.append(self.xs[-1] + w)
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
        if getattr(row, "h", None):
            return row.h
        n = 1
        for v in row:
            if isinstance(v, dict):
                v = v["text"] if v.get("rs", 1) == 1 else None
            if isinstance(v, list):
                n = max(n, len(v))
        return n * self.lead + 6


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


def draw_grid(c, g, x0, ytop, rows, rules, valign="centre", row_hs=None, heads=True):
    """Draw the header (when heads) and the body rows given; returns the bottom y. rules: grid (every cell's
    sides), hrules_rows (horizontal rules only: the top, under every header cell, under every row), hrules (the
    top, under every header cell, under the header and at the bottom only), none. row_hs: the body rows' heights
    (else each row's own)."""
    hrows = list(range(g.head_rows)) if heads else []
    hs = [g.head_h[r] for r in hrows] + (list(row_hs) if row_hs else [g.row_h(r) for r in rows])
    tops = [ytop]
    for h in hs:
        tops.append(tops[-1] - h)
    xs = [x0 + x for x in g.xs]
    cells = []
    hr = len(hrows)
    if heads:
        for r, col, rs, cs, _t in g.head:
            cells.append((r, col, rs, cs, g.head_lines[(r, col)], "c", True))
    for k, row in enumerate(rows):
        for n, v in enumerate(row):
            if v is SPAN or v is None or v == "":
                continue
            cs, rs, al = 1, 1, g.cols[n][1]
            if isinstance(v, dict):
                cs, rs, al, v = v.get("cs", 1), v.get("rs", 1), v.get("align", al), v["text"]
            rs = min(rs, len(rows) - k)
            lines = v if isinstance(v, list) else [v]
            cells.append((hr + k, n, rs, cs, lines, al, False))
    c.setLineWidth(0.5)
    rects = [(r, col, rs, cs) for r, col, rs, cs, *_x in cells]
    covered = {(r + i, cc) for r, col, rs, cs in rects for i in range(rs) for cc in range(col, col + cs)}
    for k, row in enumerate(rows):
        for n, v in enumerate(row):
            if (hr + k, n) not in covered and v is not SPAN:
                rects.append((hr + k, n, 1, 1))
    if rules == "grid":
        done = set()
        for r, col, rs, cs in rects:
            xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
            for s in ((xa, yt, xb, yt), (xa, yb, xb, yb), (xa, yb, xa, yt), (xb, yb, xb, yt)):
                key = tuple(round(v, 2) for v in s)
                if key not in done:
                    done.add(key)
                    c.line(*s)
    elif rules in ("hrules", "hrules_rows"):
        c.setLineWidth(0.8)
        c.line(xs[0], tops[0], xs[-1], tops[0])
        c.setLineWidth(0.5)
        # under every header cell across its own columns (a group's rule spans its children only)
        for r, col, rs, cs, *_x in [x for x in cells if x[6]]:
            if r + rs < hr:
                c.line(xs[col] + 2, tops[r + rs], xs[col + cs] - 2, tops[r + rs])
        c.line(xs[0], tops[hr], xs[-1], tops[hr])
        if rules == "hrules_rows":
            for k in range(hr + 1, len(hs)):
                c.line(xs[0], tops[k], xs[-1], tops[k])
        c.setLineWidth(0.8)
        c.line(xs[0], tops[-1], xs[-1], tops[-1])
        c.setLineWidth(0.5)
    for r, col, rs, cs, lines, al, is_head in cells:
        xa, xb, yt, yb = xs[col], xs[col + cs], tops[r], tops[r + rs]
        size = g.size
        lead = g.lead
        n = len(lines)
        if valign == "top" and not is_head:
            first = yt - 3 - 0.88 * size
        else:
            first = (yt + yb) / 2 + (n - 1) * lead / 2 - 0.38 * size
        c.setFont("F", size)
        pad = g.pad if not is_head else 3
        for j, text in enumerate(lines):
            y = first - j * lead
            w = sw(text, size)
            if al == "l":
                x = xa + 3
            elif al == "r":
                x = xb - pad - w
            else:
                x = (xa + xb - w) / 2
            c.drawString(round(x, 2), round(y, 2), text)
    return tops[-1]


class Row(list):
    """A body row; h: its height where a cell merged over it and the rows below needs more than their own."""

    h = None


# ------------------------------------------------------------------------------------------------ tables
def wrap_cell(text, chars):
    if not chars or not text:
        return text
    pieces = cut(text, chars)
    return pieces if len(pieces) > 1 else text


def grid_of(t, st, avail):
    """(Grid, body rows, group of each row) of a printed table (s32c_lib.PT); a group is kept on one page."""
    size = st.get("size", 9)
    pad = st.get("pad", 3.0)
    tight = pad < 2
    name_chars = st.get("name_chars", 0)

    def fw(values, head_min=44):
        # tight: as wide as the widest figure (a right-aligned figure then ends 2 * pad before the next column's
        # widest figure begins), but never narrower than four header characters
        w = max([sw(v, size) for v in values if v] + [0]) + 2 * pad
        return max(w, 4 * size + 6) if tight else max(w + 6, head_min)

    groups = None
    if t.kind == "coded":
        split = st.get("codes") == "split" and not t.econ
        names = [n for _c, n, _v in t.rows]
        name_w = name_chars * size + 8 if name_chars else min(max(sw(n, size) for n in names) + 10, 190)
        figs_w = [fw([r[2][i] for r in t.rows]) for i in range(len(t.heads))]
        g0 = (t.lead_group,) if t.lead_group else ()
        if split:
            code_cols = [(24, "c"), (20, "c"), (20, "c")]
            lead_paths = [g0 + ("科目编码", x) for x in ("类", "款", "项")] + [g0 + (t.name_head,)]
        else:
            cw = max(50, sw(t.code_head, size) + 8) if not t.econ else 52
            code_cols = [(cw, "l")]
            lead_paths = [g0 + (t.code_head,), g0 + (t.name_head,)]
        paths = lead_paths + list(t.heads)
        cols = code_cols + [(name_w, "l")] + [(w, "r") for w in figs_w]
        body = []
        ncode = len(code_cols)
        for code, name, vals in t.rows:
            if code is None:
                row = [{"text": name, "cs": ncode + 1, "align": "c"}] + [SPAN] * ncode
            else:
                parts = [code[:3], code[3:5] or None, code[5:7] or None] if split else [code]
                row = parts + [wrap_cell(name, name_chars)]
            body.append(row + [v or None for v in vals])
    elif t.kind == "two":
        ll = max(sw(r[0], size) for r in t.rows) + 10
        rl = max(sw(r[2], size) for r in t.rows) + 10
        lw = fw([r[1][0] for r in t.rows if r[1]], 60)
        rws = [fw([r[3][i] for r in t.rows if r[3]], 60) for i in range(len(t.cols) - 1)]
        paths = [(t.heads[0][0], "项目"), t.heads[0], (t.heads[1][0], "项目")] + list(t.heads[1:])
        cols = [(ll, "l"), (lw, "r"), (rl, "l")] + [(w, "r") for w in rws]
        body = []
        for a, av, b, bv in t.rows:
            row = [a or None, av[0] if av else None, b or None]
            row += [x or None for x in bv] if bv else [None] * len(rws)
            body.append(row)
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
            body.append(row)
    elif t.kind == "sangong":
        n = len(t.heads)
        w = max(fw(t.rows[0], 40), min(80, (avail - 10) / n))
        cols = [(w, "r")] * n
        paths = list(t.heads)
        body = [[v or None for v in t.rows[0]]]
    elif t.kind == "sangong_rows":
        nw = max(sw(r[0], size) for r in t.rows) + 16
        cols = [(nw, "l"), (110, "r"), (110, "r")]
        paths = [("项目",)] + list(t.heads)
        body = [[lab] + list(vals) for lab, vals in t.rows]
    elif t.kind == "projcoded":
        sc = st.get("sname_chars", 8)
        pc = st.get("pname_chars", 10)
        figs_w = [fw([r[3][i] for r in t.rows], 56) for i in range(len(t.heads))]
        cols = [(52, "l"), (sc * size + 8, "l"), (pc * size + 8, "l")] + [(w, "r") for w in figs_w]
        paths = [("科目编码",), ("科目名称",), ("项目名称",)] + list(t.heads)
        body = []
        for code, sname, n, vals in t.rows:
            if code is None:
                row = [{"text": n, "cs": 3, "align": "c"}, SPAN, SPAN]
            else:
                row = [code, wrap_cell(sname, sc), wrap_cell(n, pc)]
            body.append(row + [v or None for v in vals])
    elif t.kind == "lines":
        sc = st.get("sname_chars", 8)
        pc = st.get("pname_chars", 10)
        ec = st.get("ename_chars", 6)
        gov = t.rows[0][2] is not None
        amount = fw([r[-1] for r in t.rows] + [t.note], 60)
        cols = [(52, "l"), (sc * size + 8, "l")]
        paths = [("支出功能分类科目", "科目编码"), ("支出功能分类科目", "科目名称")]
        if gov:
            cols += [(40, "l"), (ec * size + 8, "l")]
            paths += [("政府预算支出经济分类", "科目编码"), ("政府预算支出经济分类", "科目名称")]
        cols += [(40, "l"), (ec * size + 8, "l"), (pc * size + 8, "l"), (amount, "r")]
        paths += [("部门预算支出经济分类", "科目编码"), ("部门预算支出经济分类", "科目名称"), ("项目名称",)]
        paths += [(st.get("lines_amount", "金额"),)]
        ntext = len(cols) - 1
        body = [[{"text": "合计", "cs": ntext, "align": "c"}] + [SPAN] * (ntext - 1) + [t.note]]
        groups = [0]
        merge = st.get("lines_merge")
        k = 0
        while k < len(t.rows):
            f, fn, g_, gn, dc, dn, p, a = t.rows[k]
            n = 1
            while merge and k + n < len(t.rows) and t.rows[k + n][6] == p and t.rows[k + n][0] == f:
                n += 1
            first = len(body)
            for j in range(n):
                f, fn, g_, gn, dc, dn, p, a = t.rows[k + j]
                if merge and j:
                    row = [SPAN, SPAN]
                elif merge and n > 1:
                    row = [{"text": f, "rs": n}, {"text": wrap_cell(fn, sc), "rs": n}]
                else:
                    row = [f, wrap_cell(fn, sc)]
                if gov:
                    row += [g_, wrap_cell(gn, ec)]
                row += [dc, wrap_cell(dn, ec)]
                if merge and j:
                    row.append(SPAN)
                elif merge and n > 1:
                    row.append({"text": wrap_cell(p, pc), "rs": n})
                else:
                    row.append(wrap_cell(p, pc))
                body.append(Row(row + [a]))
                groups.append(k + 1)
            if n > 1:
                # the merged cells' lines spread over the project's rows
                lead = size + 3
                need = max(
                    len(x) if isinstance(x, list) else 1 for x in (wrap_cell(p, pc), wrap_cell(fn, sc))
                )
                own = [
                    max(len(x) if isinstance(x, list) else 1 for x in r if x is not SPAN)
                    for r in body[first:]
                ]
                extra = max(0.0, need * lead + 6 - sum(m * lead + 6 for m in own)) / n
                for r, m in zip(body[first:], own):
                    r.h = m * lead + 6 + extra
            k += n
    head, depth = head_of(paths)
    if not tight and t.kind not in ("sangong",):
        # spread spare width over the figure columns (up to 100 points each)
        total = sum(w for w, _a in cols)
        figs = [i for i, (_w, a) in enumerate(cols) if a == "r"]
        if total < avail and figs:
            extra = min((avail - total) / len(figs), max(0, 100 - min(cols[i][0] for i in figs)))
            cols = [(w + extra, a) if i in figs else (w, a) for i, (w, a) in enumerate(cols)]
    g = Grid(cols, head, depth, body, size, pad)
    return g, body, groups or list(range(len(body)))


def halves_of(t, st):
    """The two halves of a 收支总表 as two grids (收入: 项目 | 金额; 支出: 项目 | 金额 …) and their rows."""
    size = st.get("size", 9)
    pad = st.get("pad", 3.0)

    def fw(values):
        w = max([sw(v, size) for v in values if v] + [0]) + 2 * pad
        return max(w, 4 * size + 6) if pad < 2 else max(w + 8, 64)

    ll = max(sw(r[0], size) for r in t.rows) + 10
    rl = max(sw(r[2], size) for r in t.rows) + 10
    lpaths = [(t.heads[0][0], "项目"), t.heads[0]]
    rpaths = [(t.heads[1][0], "项目")] + list(t.heads[1:])
    lcols = [(ll, "l"), (fw([r[1][0] for r in t.rows if r[1]]), "r")]
    rcols = [(rl, "l")] + [(fw([r[3][i] for r in t.rows if r[3]]), "r") for i in range(len(t.cols) - 1)]
    lrows = [[a or None, av[0] if av else None] for a, av, _b, _bv in t.rows]
    rrows = [
        [b or None] + ([x or None for x in bv] if bv else [None] * (len(rcols) - 1))
        for _a, _av, b, bv in t.rows
    ]
    lh, lhd = head_of(lpaths)
    rh, rhd = head_of(rpaths)
    gl = Grid(lcols, lh, lhd, lrows, size, pad)
    gr = Grid(rcols, rh, rhd, rrows, size, pad)
    # equal header heights
    depth = max(lhd, rhd)
    if lhd < depth:
        gl.head_h = gl.head_h[:-1] + [gl.head_h[-1] + sum(gr.head_h[lhd:])]
    hh = max(sum(gl.head_h), sum(gr.head_h))
    gl.head_h[-1] += hh - sum(gl.head_h)
    gr.head_h[-1] += hh - sum(gr.head_h)
    return gl, gr, lrows, rrows


# ------------------------------------------------------------------------------------------------ a document
class Doc:
    def __init__(self, name, doc, total_pages=None):
        self.name, self.doc, self.st = name, doc, doc["style"]
        self.c = MiniCanvas(os.path.join(HERE, name), pagesize=PORT, producer=PRODUCER)
        self.started = False
        self.n = 0
        self.size = PORT
        self.total = total_pages

    def page(self, size=PORT):
        if self.started:
            self.c.showPage()
        self.started = True
        self.size = size
        self.c.setPageSize(size)
        self.n += 1
        W, H = size
        if self.n > 2:
            # the page number under the page, from the 目录 on
            n = self.n - 1
            form = self.st["page_no"]
            if form == "dash":
                text = f"- {n} -"
            elif form == "gong":
                text = f"第 {n} 页 共 {(self.total or 0) - 1} 页"
            else:
                text = f"第 {n} 页"
            self.text(W / 2 - sw(text, 9) / 2, 26, text, 9)
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


def title_block(dd, doc, st, i, t, x0, width, H):
    """The title lines over a table; returns the y under them."""
    final = doc["kind"] == "final_account"
    y = H - 54
    dd.text(x0, y, f"表{i + 1}" if final else f"附表{i + 1}", 10)
    y -= 26
    size = 15
    dd.text(x0 + (width - sw(t.title, size)) / 2, y, t.title, size)
    y -= 22
    left = f"编制单位：{doc['org']}" if final else f"部门名称：{doc['org']}"
    dd.text(x0, y, left, 9)
    s = f"单位：{t.unit}"
    dd.text(x0 + width - sw(s, 9), y, s, 9)
    return y - 8


def page_size(t, st, width):
    land = t.key in st.get("landscape", ()) or width > PORT[0] - 2 * MARGIN
    return LAND if land else PORT


def write_table(dd, doc, st, i, t):
    final = doc["kind"] == "final_account"
    rules = st["rules"]
    if t.kind == "empty":
        W, H = dd.page(PORT)
        y = title_block(dd, doc, st, i, t, MARGIN, W - 2 * MARGIN, H)
        dd.paragraph(y - 14, t.empty_text, 10.5, W=W)
        return
    if t.kind == "two" and st.get("halves", {}).get(t.key):
        return write_halves(dd, doc, st, i, t, st["halves"][t.key])
    g, body, groups = grid_of(t, st, 0)
    size = page_size(t, st, g.width)
    avail = size[0] - 2 * MARGIN
    g, body, groups = grid_of(t, st, avail)
    W, H = dd.page(size)
    x0 = (W - g.width) / 2
    y = title_block(dd, doc, st, i, t, x0, g.width, H)
    valign = st.get("valign", "centre") if t.kind in ("projcoded", "lines") else "centre"
    start = 0
    while True:
        room = y - BOTTOM - sum(g.head_h)
        end = start
        while end < len(body):
            # the rows of one group (one project's merged lines) go together
            grp_end = end
            while grp_end < len(body) and groups[grp_end] == groups[end]:
                grp_end += 1
            h = sum(g.row_h(r) for r in body[end:grp_end])
            if room - h < 0 and end > start:
                break
            room -= h
            end = grp_end
        y = draw_grid(dd.c, g, x0, y, body[start:end], rules, valign)
        start = end
        if start >= len(body):
            break
        W, H = dd.page(size)
        y = H - 50
        if st.get("xubiao", final):
            dd.text(x0, y, "续表", 10)
            s = f"单位：{t.unit}"
            dd.text(x0 + g.width - sw(s, 9), y, s, 9)
            y -= 10
    if t.note and t.kind != "lines":
        dd.paragraph(y - 16, t.note, 9, indent=False, W=W)


def write_halves(dd, doc, st, i, t, how):
    """A 收支总表 as two grids side by side; how: "aligned" (row by row) or "skew" (each half's rows spread over
    the same height, so the two halves' rows stand at different pitches)."""
    gl, gr, lrows, rrows = halves_of(t, st)
    gap = 12
    width = gl.width + gap + gr.width
    size = PORT if width <= PORT[0] - 2 * MARGIN else LAND
    W, H = dd.page(size)
    x0 = (W - width) / 2
    y = title_block(dd, doc, st, i, t, x0, width, H)
    rules = st["rules"]
    if how == "aligned":
        hs = [max(gl.row_h(a), gr.row_h(b)) for a, b in zip(lrows, rrows)]
        draw_grid(dd.c, gl, x0, y, lrows, rules, row_hs=hs)
        draw_grid(dd.c, gr, x0 + gl.width + gap, y, rrows, rules, row_hs=hs)
        return
    lrows = [r for r in lrows if r[0]]
    rrows = [r for r in rrows if r[0]]
    height = max(len(lrows), len(rrows)) * gl.row_h(lrows[0])
    draw_grid(dd.c, gl, x0, y, lrows, rules, row_hs=[height / len(lrows)] * len(lrows))
    draw_grid(dd.c, gr, x0 + gl.width + gap, y, rrows, rules, row_hs=[height / len(rrows)] * len(rrows))


# ------------------------------------------------------------------------------------------------ the report
def write(name, total_pages=None):
    doc, m, tables, e = BUILT[name]
    st = doc["style"]
    minipdf.PROP["on"] = bool(st.get("prop"))
    y, org = doc["year"], doc["org"]
    final = doc["kind"] == "final_account"
    dd = Doc(name, doc, total_pages)
    W, H = dd.page()
    dd.centred(H - 260, org, 22)
    dd.centred(H - 300, f"{y}年度部门决算" if final else f"{y}年部门预算", 22)
    dd.centred(220, f"{y + 1}年8月" if final else f"{y}年2月", 14)
    W, H = dd.page()
    dd.centred(H - 80, "目  录", 18)
    yy = H - 130
    parts = [
        "第一部分 部门概况",
        f"第二部分 {y}年度部门决算情况说明" if final else f"第二部分 {y}年部门预算情况说明",
        f"第三部分 {y}年度部门决算表" if final else f"第三部分 {y}年部门预算表",
    ]
    for p in parts:
        dd.text(MARGIN + 20, yy, p, 12)
        yy -= 24
    for i, t in enumerate(tables):
        dd.text(MARGIN + 44, yy, f"{i + 1}. {t.title}", 11)
        yy -= 22
    dd.text(MARGIN + 20, yy, "第四部分 名词解释", 12)
    W, H = dd.page()
    yy = H - 70
    paras, _claims = narrative(doc, m, e)
    glossary = paras.index(("名词解释", True))
    for text, is_head in paras[:glossary]:
        if yy < 90:
            W, H = dd.page()
            yy = H - 70
        if is_head:
            dd.text(MARGIN, yy, text, 12)
            yy -= 26
        else:
            yy = dd.paragraph(yy, text) - 8
    for i, t in enumerate(tables):
        before = dd.n
        write_table(dd, doc, st, i, t)
        LOG.append(f"  {t.title}: pages {before + 1}-{dd.n} {'landscape' if dd.size == LAND else 'portrait'}")
    W, H = dd.page()
    yy = H - 70
    for text, is_head in paras[glossary:]:
        if is_head:
            dd.text(MARGIN, yy, "第四部分 " + text, 12)
            yy -= 26
        else:
            yy = dd.paragraph(yy, text) - 8
    if total_pages is None and st["page_no"] == "gong":
        return write(name, dd.n)
    dd.c.save()
    minipdf.PROP["on"] = False
    return dd.n


if __name__ == "__main__":
    for _name in BUILT:
        pages = write(_name)
        print("wrote", _name, pages, "pages", os.path.getsize(os.path.join(HERE, _name)), "bytes")
        if "-v" in sys.argv:
            print("\n".join(LOG[-12:]))
        LOG.clear()
