"""The table model the rules_s28a, rules_s28g and rules_s28j reviews draw their inputs with: one table
rendered as `pdftotext -layout` prints it (``write_layout``) and as a PDF drawn with rules_s27e's minimal
writer (``draw_pdf``). A review's gen.py sets ``HERE`` (where the inputs are written) and ``PRODUCER``
(the PDF's Producer) before drawing; see rules_s28a/gen.py for the model's conventions."""

import os
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules_s27e"))  # its minipdf.py
from minipdf import MiniCanvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))  # set by the gen.py drawing
PRODUCER = "review_tables.py"  # set by the gen.py drawing

LAND = (841.8898, 595.2756)
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
def compose(pieces):
    out = ""
    for col, text in sorted(pieces):
        if col > len(out):
            out += " " * (col - len(out))
        elif out:
            out += " "
        out += text
    return out.rstrip()


def layout_lines(table, indent=0, header_again=True):
    """The table's text lines; a PAGE marker becomes ("\\f", options)."""
    lines = []

    def emit(placed):
        slots = sorted({s for s, _c, _t in placed})
        for s in slots:
            lines.append(compose([(indent + c, t) for ss, c, t in placed if ss == s]))

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
def draw_pdf(name, top, table, rules="grid", note=None, footer=True):
    """top: [(text, size, 'c' centred on the table / 'l' at its left / 'r' at its right)] one line each
    (a pair of texts on one line: (left, right) as ('l+r')); the table under them; PAGE markers' options:
    cont (lines drawn at the next page's top, as top), repeat_header."""
    c = MiniCanvas(os.path.join(HERE, name), pagesize=LAND, producer=PRODUCER)
    W, H = LAND
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
            c.setPageSize(LAND)
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
