"""Drawing engine for synthetic budget-report PDFs (reportlab). Figures come from data.py (typed by hand,
parents summed from the typed leaves with Decimal); nothing here touches the parser."""

from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
LAND = landscape(A4)
PORT = A4


def fmt(v, sep=True, zero="0.00"):
    if v is None:
        return ""
    if v == 0:
        return {"blank": "", "0.00": "0.00", "dash": "-", "0": "0"}[zero]
    s = f"{v:,.2f}" if sep else f"{v:.2f}"
    return s


def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, F, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=PORT)
        self.page = 1
        self.size = PORT
        self.started = False

    def new_page(self, size=LAND):
        if self.started:
            self.c.setFont(F, 9)
            self.c.drawCentredString(self.size[0] / 2, 20, f"- {self.page} -")
            self.c.showPage()
            self.page += 1
        self.started = True
        self.size = size
        self.c.setPageSize(size)

    def cover(self, title, sub=""):
        self.new_page(PORT)
        self.c.setFont(F, 24)
        self.c.drawCentredString(PORT[0] / 2, 560, title)
        if sub:
            self.c.setFont(F, 14)
            self.c.drawCentredString(PORT[0] / 2, 520, sub)

    def finish(self):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 20, f"- {self.page} -")
        self.c.save()


def text(c, x0, x1, y, s, align, size):
    if not s:
        return
    c.setFont(F, size)
    if align == "L":
        c.drawString(x0 + 3, y, s)
    elif align == "R":
        c.drawRightString(x1 - 3, y, s)
    else:
        c.drawCentredString((x0 + x1) / 2, y, s)


def build_rows(tree, names, ncols, total_label="合计"):
    """tree: list of leaf (code7, [values]) ; names: code->name. Returns rows (code, name, level, vals)
    depth-first with 类 and 款 summed from the leaves, and the total row."""
    leaves = {code: [None if v is None else D(v) for v in vals] for code, vals in tree}
    for code, vals in leaves.items():
        assert len(vals) == ncols, code

    def add(a, b):
        if a is None and b is None:
            return None
        return (a or D(0)) + (b or D(0))

    def summed(prefix):
        out = [None] * ncols
        for code, vals in leaves.items():
            if code.startswith(prefix):
                out = [add(x, y) for x, y in zip(out, vals)]
        return out

    rows = []
    seen = set()
    for code, _ in tree:
        for p in (code[:3], code[:5]):
            if p not in seen:
                seen.add(p)
                rows.append((p, names[p], 1 if len(p) == 3 else 2, summed(p)))
        rows.append((code, names[code], 3, leaves[code]))
    total = (None, total_label, 0, summed(""))
    return rows, total


def draw_coded_table(doc, t):
    """t: dict with title, unit, heads (figure column labels), rows, total, opts."""
    o = t
    size = o.get("font", 9)
    page_w, page_h = LAND
    left, right = 36, page_w - 36
    code_style = o.get("code_style", "one")
    code_ws = [30, 30, 30] if code_style == "split" else [72]
    name_w = o.get("name_w", 200)
    nfig = len(t["heads"])
    fig_w = (right - left - sum(code_ws) - name_w) / nfig
    xs = [left]
    for w in code_ws + [name_w] + [fig_w] * nfig:
        xs.append(xs[-1] + w)
    ncode = len(code_ws)
    rules = o.get("rules", "grid")
    sep = o.get("sep", True)
    zero = o.get("zero", "0.00")
    valign = o.get("valign", "mid")
    base_h = o.get("row_h", 18)
    line_h = size + 3

    rows = list(t["rows"])
    total = t["total"]
    body = ([total] + rows) if o.get("total_pos", "top") == "top" else (rows + [total])
    per_page = o.get("per_page", 100)
    pages = [body[i : i + per_page] for i in range(0, len(body), per_page)]

    def header(y):
        c = doc.c
        h1 = 16
        # row 1: 科目编码 spanning the code cols, 科目名称 and figure heads spanning 2 rows
        top = y
        mid = y - h1
        bot = y - 2 * h1
        c.setFont(F, size)
        if code_style == "split":
            text(c, xs[0], xs[3], mid + 4, o.get("code_head", "科目编码"), "C", size)
            for i, lab in enumerate(["类", "款", "项"]):
                text(c, xs[i], xs[i + 1], bot + 4, lab, "C", size)
        else:
            text(c, xs[0], xs[1], bot + 10, o.get("code_head", "科目编码"), "C", size)
        text(c, xs[ncode], xs[ncode + 1], bot + 10, o.get("name_head", "科目名称"), "C", size)
        for i, lab in enumerate(t["heads"]):
            x0, x1 = xs[ncode + 1 + i], xs[ncode + 2 + i]
            ls = wrap(lab, x1 - x0 - 6, size)
            yy = bot + 10 + (len(ls) - 1) * line_h / 2
            for l in ls:
                text(c, x0, x1, yy, l, "C", size)
                yy -= line_h
        if rules in ("grid", "horiz"):
            c.line(left, top, right, top)
            c.line(left, bot, right, bot)
            if rules == "grid":
                if code_style == "split":
                    c.line(xs[0], mid, xs[3], mid)
                for i, x in enumerate(xs):
                    if code_style == "split" and i in (1, 2):
                        c.line(x, mid, x, bot)
                    else:
                        c.line(x, top, x, bot)
        else:
            c.line(left, top, right, top)
            c.line(left, bot, right, bot)
        y = bot
        if o.get("lanci"):
            h = 14
            labels = [""] * (ncode + 1) + [str(i + 1) for i in range(nfig)]
            if code_style == "one":
                labels[0] = "栏次"
            else:
                labels[0] = "栏次"
            for i, lab in enumerate(labels):
                text(c, xs[i], xs[i + 1], y - h + 4, lab, "C", size - 1)
            if rules != "none":
                c.line(left, y - h, right, y - h)
                if rules == "grid":
                    for x in xs:
                        c.line(x, y, x, y - h)
            y -= h
        return y

    prev_code = None
    for pi, chunk in enumerate(pages):
        doc.new_page(LAND)
        c = doc.c
        y = page_h - 40
        if pi == 0 or o.get("repeat_title"):
            c.setFont(F, 16)
            c.drawCentredString(page_w / 2, y, t["title"] + ("（续）" if pi else ""))
            y -= 22
            c.setFont(F, 9)
            if t.get("org"):
                c.drawString(left, y, "编制单位：" + t["org"])
            c.drawRightString(right, y, "单位：" + t["unit"])
            y -= 8
        if pi == 0 or o.get("repeat_header", True):
            y = header(y)
        for code, name, level, vals in chunk:
            ind = (level - 1) * 10 if (o.get("indent") and level > 0) else 0
            nl = wrap(name, name_w - 8 - ind, size)
            h = max(base_h, len(nl) * line_h + 6)
            ybot = y - h
            # code cells
            if code is None:
                if code_style == "split":
                    text(c, xs[0], xs[ncode + 1], ybot + h / 2 - size / 2 + 1, name, "C", size)
                    nl = []
                else:
                    text(c, xs[0], xs[ncode + 1], ybot + h / 2 - size / 2 + 1, name, "C", size)
                    nl = []
            else:
                if code_style == "split":
                    parts = [code[:3], code[3:5], code[5:7]]
                    if o.get("split_blank_parent", True) and level == 3:
                        parts = ["", parts[1] if o.get("keep_kuan") else "", parts[2]]
                        if o.get("full_parts_on_leaf"):
                            parts = [code[:3], code[3:5], code[5:7]]
                    elif o.get("split_blank_parent", True) and level == 2:
                        parts = ["", parts[1], ""]
                    for i, p in enumerate(parts):
                        text(c, xs[i], xs[i + 1], ybot + h / 2 - size / 2 + 1, p, "C", size)
                else:
                    text(c, xs[0], xs[1], ybot + h / 2 - size / 2 + 1, code, "L", size)
            # name lines
            yy = ybot + h / 2 + (len(nl) - 1) * line_h / 2 - size / 2 + 1
            for l in nl:
                c.setFont(F, size)
                c.drawString(xs[ncode] + 3 + ind, yy, l)
                yy -= line_h
            # figures
            yf = ybot + h / 2 - size / 2 + 1 if valign == "mid" else y - size - 3
            for i, v in enumerate(vals):
                text(c, xs[ncode + 1 + i], xs[ncode + 2 + i], yf, fmt(v, sep, zero), "R", size)
            if rules in ("grid", "horiz"):
                c.line(left, ybot, right, ybot)
                if rules == "grid":
                    for x in xs:
                        c.line(x, y, x, ybot)
            y = ybot
        if rules == "none":
            c.line(left, y, right, y)
        if pi == len(pages) - 1 and t.get("note"):
            c.setFont(F, 9)
            c.drawString(left, y - 16, t["note"])


def draw_econ_blocks(doc, t):
    """Side-by-side blocks of (code | name | amount). t['blocks'] = list of row lists [(code, name, val)];
    t['totals'] = list of (block index, label, value) printed on a last row; opts: split codes, rules, group
    heads."""
    size = 9
    page_w, page_h = LAND
    left, right = 30, page_w - 30
    nb = len(t["blocks"])
    split = t.get("code_style") == "split"
    bw = (right - left) / nb
    rules = t.get("rules", "grid")
    sep = t.get("sep", True)
    zero = t.get("zero", "0.00")
    amt_w = 70
    code_ws = [28, 28] if split else [50]
    colx = []
    for b in range(nb):
        x = left + b * bw
        xs = [x]
        for w in code_ws + [bw - sum(code_ws) - amt_w, amt_w]:
            xs.append(xs[-1] + w)
        colx.append(xs)
    doc.new_page(LAND)
    c = doc.c
    y = page_h - 40
    c.setFont(F, 16)
    c.drawCentredString(page_w / 2, y, t["title"])
    y -= 22
    c.setFont(F, 9)
    c.drawRightString(right, y, "单位：" + t["unit"])
    y -= 8
    top = y
    if t.get("group_heads"):
        h = 16
        for b, g in enumerate(t["group_heads"]):
            xs = colx[b]
            text(c, xs[0], xs[-1], y - h + 4, g, "C", size)
        if rules != "none":
            c.line(left, y, right, y)
        y -= h
    h = 28
    for b in range(nb):
        xs = colx[b]
        if split:
            text(c, xs[0], xs[2], y - 12, "科目编码", "C", size)
            text(c, xs[0], xs[1], y - h + 4, "类", "C", size)
            text(c, xs[1], xs[2], y - h + 4, "款", "C", size)
        else:
            text(c, xs[0], xs[1], y - h / 2 - 3, "科目编码", "C", size)
        text(c, xs[-3], xs[-2], y - h / 2 - 3, "科目名称", "C", size)
        text(c, xs[-2], xs[-1], y - h / 2 - 3, t.get("amount_head", "金额"), "C", size)
    if rules != "none":
        c.line(left, y, right, y)
        c.line(left, y - h, right, y - h)
    hdr_top = y
    y -= h
    nrows = max(len(b) for b in t["blocks"])
    rh = 18
    for r in range(nrows):
        for b in range(nb):
            blk = t["blocks"][b]
            if r >= len(blk):
                continue
            code, name, v = blk[r]
            xs = colx[b]
            if split:
                parts = [code[:3], code[3:]] if len(code) == 5 else [code, ""]
                text(c, xs[0], xs[1], y - rh + 5, parts[0], "C", size)
                text(c, xs[1], xs[2], y - rh + 5, parts[1], "C", size)
            else:
                text(c, xs[0], xs[1], y - rh + 5, code, "L", size)
            text(c, xs[-3], xs[-2], y - rh + 5, name, "L", size)
            text(c, xs[-2], xs[-1], y - rh + 5, fmt(None if v is None else D(v), sep, zero), "R", size)
        if rules in ("grid", "horiz"):
            c.line(left, y - rh, right, y - rh)
        y -= rh
    # totals row
    for b, label, v in t["totals"]:
        xs = colx[b]
        text(c, xs[0], xs[-2], y - rh + 5, label, "C", size)
        text(c, xs[-2], xs[-1], y - rh + 5, fmt(D(v), sep, zero), "R", size)
    c.line(left, y - rh, right, y - rh)
    bottom = y - rh
    if rules == "grid":
        for b in range(nb):
            xs = colx[b]
            for i, x in enumerate(xs):
                if split and i == 1:
                    c.line(x, hdr_top - 14, x, bottom + rh)
                elif 0 < i < len(xs) - 2:
                    c.line(x, hdr_top, x, bottom + rh)
                else:
                    c.line(x, top, x, bottom)
        c.line(right, top, right, bottom)
    if rules != "none":
        c.line(left, top, right, top)
