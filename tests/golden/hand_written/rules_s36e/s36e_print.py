"""Draw the rules_s36e reports (gen.py only) as Chinese office software draws its PDFs. The document (cover, 目录, 说明,
tables, 名词解释), its page handling (landscape and /Rotate 90 pages) and the header's cells are rules_s35d's Pdf
(s35d_print, on rules_s34c's s34c_print.Pdf and rules_s33c's minipdf.py: imported); this draws the rows and decorates
the header and titles as doc["draw"] says, per table key ("*": every table):

  bold (dx, dy)   every title (text of 13 pt and more) drawn twice, the second copy moved (fake bold);
  bold_head dx    the header cells drawn twice, the copies after all the header's cells (head_pass "cell": each
                  right after its cell);
  bold_total dx   the 合计 / 总计 rows drawn twice;  twice {(code, column key): dx}  one figure drawn twice;
  bold_pass       "cell": each copy right after its cell (default), "row": the copies after the row's cells;
  shade_head g    the header cells filled grey first;  zebra g  every second body row filled grey;
  underline n     n lines under each figure of the 合计 row;  fill_rules w  every rule a filled rectangle w pt thick;
  name_mode       "chars" (each character its own text object, name_gap pt apart), "spread" (so, spread over the
                  whole cell: distributed alignment) or "kern" (one TJ, kern/1000 em between the characters);
  fig_mode        "digits" (each glyph its own text object, fig_gap pt apart) or "tc" (one Tj under fig_tc Tc);
  head_last       the header written after the body rows;  by_column  the body cells written column by column;
  clip            a name longer than its cell drawn whole under a clip path of the cell;
  sup {code: mark}, sup_head {column key: mark}  a superscript note mark (small, raised) after a name / header cell,
                  and a 注 line under the table;
  name_w, pad     the name column's width in characters, the money columns' padding in pt (else the document's);
  rowpad          points above and below a row's text (6);
  scale f         the table's page drawn under a cm matrix f (the page shrunk about its centre).
Nothing here reads the parser."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "rules_s35d"))
sys.path.insert(0, str(HERE.parent / "rules_s34c"))
sys.path.insert(0, str(HERE.parent / "rules_s33c"))
import s35d_print  # noqa: E402
from minipdf import _num, stringWidth  # noqa: E402
from s34c_print import PORT  # noqa: E402

TEXT_RE = re.compile(r"BT /F1 (\S+) Tf 1 0 0 1 (\S+) (\S+) Tm (<[0-9A-F]*>) Tj ET")
POS_RE = re.compile(r"1 0 0 1 (\S+) (\S+) Tm")
TOTALS = ("合计", "总计", "本年收入合计", "本年支出合计", "收入总计", "支出总计")


def hexed(text):
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def moved(op, dx, dy=0.0):
    """A text op drawn again dx, dy points off (the fake bold's second copy)."""
    return POS_RE.sub(lambda m: f"1 0 0 1 {_num(float(m[1]) + dx)} {_num(float(m[2]) + dy)} Tm", op)


def is_text(op):
    return " Tm " in op


class Pdf(s35d_print.Pdf):
    def __init__(self, path, doc):
        super().__init__(path, doc)
        self.c.producer = doc["draw"]["*"].get("producer", "WPS Office")
        self.spec, self.scaled, self.pending, self.xs, self.body = {}, False, [], [], None
        self.rowno = 0
        line = self.c.line

        def rule(x0, y0, x1, y1):
            w = self.spec.get("fill_rules")
            if not w:
                return line(x0, y0, x1, y1)
            if y0 == y1:
                self.c.ops.append(
                    f"{_num(min(x0, x1))} {_num(y0 - w / 2)} {_num(abs(x1 - x0))} {_num(w)} re f"
                )
            else:
                self.c.ops.append(
                    f"{_num(x0 - w / 2)} {_num(min(y0, y1))} {_num(w)} {_num(abs(y1 - y0))} re f"
                )

        self.c.line = rule

    # ------------------------------------------------------------------ pages
    def new_page(self, size=PORT, turn=False):
        if self.scaled:
            self.c.restoreState()
            self.scaled = False
        super().new_page(size, turn)

    def text(self, s, size=10.5, x=None, centre=False):
        start = len(self.c.ops)
        super().text(s, size, x, centre)
        bold = self.doc["draw"].get("*", {}).get("bold")
        if bold and size >= 13:
            self.c.ops += [moved(op, *bold) for op in self.c.ops[start:] if is_text(op)]

    # ------------------------------------------------------------------ tables
    def table(self, n, t):
        draw = self.doc["draw"]
        self.spec = dict(draw.get("*", {}), **draw.get(t.key, {}))
        self.pending, self.body, self.rowno, self.notes = [], None, 0, []
        if self.spec.get("scale"):
            f = self.spec["scale"]
            self.c.ops.append(
                f"q {_num(f)} 0 0 {_num(f)} {_num(self.size[0] * (1 - f) / 2)} {_num(self.size[1] * (1 - f) / 2)} cm"
            )
            self.scaled = True
        style = self.doc["style"]
        keep = {k: style[k] for k in ("name_w", "pad") if k in style}
        for k in ("name_w", "pad"):  # a column widened for its spaced names or figures
            if k in self.spec:
                style[k] = self.spec[k]
        super().table(n, t)
        for k in ("name_w", "pad"):
            style.pop(k, None)
        style.update(keep)
        if self.body is not None and self.spec.get("by_column"):
            self._by_column()
        self.c.ops += self.pending
        self.pending = []
        if self.notes:
            self.c.setFont("STSong-Light", 7)
            self.c.drawString(self.xs[0], self.y + 6, "注：" + "；".join(self.notes) + "。")
        self.spec = {}

    def _by_column(self):
        """The body's cells written column by column, each top to bottom (rules and fills first)."""
        ops = self.c.ops[self.body :]
        paths = [op for op in ops if not POS_RE.search(op)]
        texts = [op for op in ops if POS_RE.search(op)]

        def key(op):
            m = POS_RE.search(op)
            x, y = float(m[1]), float(m[2])
            col = sum(1 for b in self.xs[1:-1] if b < x + 2)
            return (col, -y, x)

        self.c.ops[self.body :] = paths + sorted(texts, key=key)

    def head(self, sub, x0, widths, fs):
        ops = self.c.ops
        start, top = len(ops), self.y
        super().head(sub, x0, widths, fs)
        sp = self.spec
        self.xs = [x0]
        for w in widths:
            self.xs.append(self.xs[-1] + w)
        texts = [op for op in ops[start:] if is_text(op)]
        for key, mark in sp.get("sup_head", {}).items():
            q = next((q for q, c in enumerate(sub.cols) if c.key == key), None)
            if q is None:
                continue
            inside = []
            for op in texts:  # the cell's last line of text
                m = TEXT_RE.search(op)
                if m and self.xs[q] < float(m[2]) < self.xs[q + 1]:
                    inside.append((float(m[3]), float(m[2]), m[4]))
            y, x, word = min(inside)
            word = bytes.fromhex(word[1:-1]).decode("utf-16-be")
            x += stringWidth(word, None, fs) + 0.6
            ops.append(
                f"BT /F1 {_num(fs * 0.55)} Tf 1 0 0 1 {_num(x)} {_num(y + fs * 0.45)} Tm {hexed(mark)} Tj ET"
            )
            self.notes.append(f"{mark}.{sub.cols[q].head[-1]}含上年结转项目资金")
        if sp.get("bold_head") and sp.get("head_pass") == "cell":  # each copy right after its cell
            for op in texts:
                at = ops.index(op, start) + 1
                ops.insert(at, moved(op, sp["bold_head"]))
        elif sp.get("bold_head"):
            ops += [moved(op, sp["bold_head"]) for op in texts]
        if sp.get("shade_head"):
            g = sp["shade_head"]
            ops.insert(
                start,
                f"{_num(g)} g {_num(x0)} {_num(self.y)} {_num(sum(widths))} {_num(top - self.y)} re f 0 g",
            )
        if sp.get("head_last") and self.body is None:
            self.pending = ops[start:]
            del ops[start:]
        if self.body is None:
            self.body = len(ops)

    def row(self, t, sub, x0, widths, fs, r, size):
        st, sp, c = self.doc["style"], self.spec, self.c
        lh = fs + 3
        h = lh + sp.get("rowpad", 6)
        if self.y - h < 50:
            self.new_page(size)
            self.head(sub, x0, widths, fs)
        top = self.y
        self.rowno += 1
        ops = c.ops
        total = any(x in TOTALS for x in r["cells"]) or r.get("name") == "合计"
        if sp.get("zebra") and self.rowno % 2 == 0:
            ops.append(
                f"{_num(sp['zebra'])} g {_num(x0)} {_num(top - h)} {_num(sum(widths))} {_num(h)} re f 0 g"
            )
        base = top - fs - 2
        x, later = x0, []  # copies drawn after the row's cells (bold_pass "row")
        for q, j in enumerate(sub.idx):
            col, w, cell = t.cols[j], widths[q], r["cells"][j]
            if cell:
                start = len(ops)
                if col.kind == "name":
                    self._name(x, w, cell, fs, base, r.get("code"))
                elif col.kind == "money":
                    self._figure(x + w - 3, cell, fs, base, total)
                    dx = sp.get("twice", {}).get((r.get("code"), col.key))
                    if dx:
                        copies = [moved(op, dx) for op in ops[start:] if is_text(op)]
                        (later if sp.get("bold_pass") == "row" else ops).extend(copies)
                else:
                    c.setFont("STSong-Light", fs)
                    c.drawString(x + 3, base, cell)
                if total and sp.get("bold_total"):
                    copies = [moved(op, sp["bold_total"]) for op in ops[start:] if is_text(op)]
                    (later if sp.get("bold_pass") == "row" else ops).extend(copies)
            x += w
        ops += later
        c.setLineWidth(0.5)
        c.line(x0, top - h, x0 + sum(widths), top - h)
        if not st.get("hrules_only"):
            x = x0
            for w in [0] + widths:
                x += w
                c.line(x, top, x, top - h)
        self.y = top - h

    def _name(self, x, w, name, fs, base, code):
        sp, ops = self.spec, self.c.ops
        mode = sp.get("name_mode")
        x += 3
        if mode in ("chars", "spread"):
            n = len(name)
            gap = (
                sp.get("name_gap", 0)
                if mode == "chars"
                else (w - 6 - stringWidth(name, None, fs)) / max(n - 1, 1)
            )
            parts = []
            for ch in name:
                parts.append(f"BT /F1 {_num(fs)} Tf 1 0 0 1 {_num(x)} {_num(base)} Tm {hexed(ch)} Tj ET")
                x += stringWidth(ch, None, fs) + gap
            op = "\n".join(parts)
            end = x - gap
        elif mode == "kern":
            k = sp["kern"]
            arr = f" {-k} ".join(hexed(ch) for ch in name)
            op = f"BT /F1 {_num(fs)} Tf 1 0 0 1 {_num(x)} {_num(base)} Tm [{arr}] TJ ET"
            end = x + stringWidth(name, None, fs) - k / 1000 * fs * (len(name) - 1)
        else:
            op = f"BT /F1 {_num(fs)} Tf 1 0 0 1 {_num(x)} {_num(base)} Tm {hexed(name)} Tj ET"
            end = x + stringWidth(name, None, fs)
        if sp.get("clip") and end > x - 3 + w - 1:
            end = x - 3 + w - 1
            op = f"q {_num(x - 3)} {_num(base - fs)} {_num(w)} {_num(3 * fs)} re W n {op} Q"
        ops.append(op)
        mark = sp.get("sup", {}).get(code)
        if mark:
            ops.append(
                f"BT /F1 {_num(fs * 0.55)} Tf 1 0 0 1 {_num(end + 0.6)} {_num(base + fs * 0.45)} Tm {hexed(mark)} Tj ET"
            )
            self.notes.append(f"{mark}.{name}含上级转移支付资金")

    def _figure(self, right, cell, fs, base, total):
        sp, ops = self.spec, self.c.ops
        mode = sp.get("fig_mode")
        width = stringWidth(cell, None, fs)
        if mode == "digits":
            gap = sp["fig_gap"]
            width += gap * (len(cell) - 1)
            x = right - width
            for ch in cell:
                ops.append(f"BT /F1 {_num(fs)} Tf 1 0 0 1 {_num(x)} {_num(base)} Tm {hexed(ch)} Tj ET")
                x += stringWidth(ch, None, fs) + gap
        elif mode == "tc":
            tc = sp["fig_tc"]
            width += tc * (len(cell) - 1)
            ops.append(
                f"q BT /F1 {_num(fs)} Tf {_num(tc)} Tc 1 0 0 1 {_num(right - width)} {_num(base)} Tm {hexed(cell)} Tj ET Q"
            )
        else:
            ops.append(
                f"BT /F1 {_num(fs)} Tf 1 0 0 1 {_num(right - width)} {_num(base)} Tm {hexed(cell)} Tj ET"
            )
        if total and sp.get("underline"):
            for k in range(sp["underline"]):
                y = base - 1.6 - 1.4 * k
                ops.append(f"0.5 w {_num(right - width)} {_num(y)} m {_num(right)} {_num(y)} l S")


def write_pdf(path, doc, tabs, narrative):
    p = Pdf(path, doc)
    p.new_page()
    state = {"cover": 0}

    def emit_line(text, what):
        if what == "cover":
            p.y = 600 - 50 * state["cover"]
            state["cover"] += 1
            p.text(text, 22, centre=True)
        elif what == "date":
            p.y = 200
            p.text(text, 14, centre=True)
        elif what in ("toc_head", "part"):
            p.text(text, 16, centre=True)
        else:
            p.text(text.strip(), 10.5, x=80 if text.startswith(" ") else 56)

    s35d_print.front(doc, tabs, narrative, emit_line, p.table, lambda: p.new_page(PORT), p.para)
    p.footer()
    if p.turned:
        p.c.restoreState()
    if p.scaled:
        p.c.restoreState()
    p.c.showPage()
    p.c.save()
