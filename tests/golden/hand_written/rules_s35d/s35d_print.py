"""Print the rules_s35d reports (gen.py only). The document (cover, 目录, 说明, tables, 名词解释), the Tab strings and
every table that is not paged are rules_s34c's (s34c_lib builds them, s34c_print prints them: imported). What this adds:
a coded table printed over SEVERAL PAGES, each page setting its own column widths, as Word / WPS / Excel auto-fit
exports print them and pdftotext -layout lays each page out on its own.

doc["pages"][table key] = [page spec, …]; a spec:
  rows   body rows on this page (the last page takes the rest);
  head   "repeat" (the header again), "none" (no header: the rows go on), default "repeat" after the first page;
  mark   a line above a later page ("续表", "一般公共预算支出表（续）", …); unit: print "单位：…" under it;
  text: lead (spaces before the table), name_w (the name column, CJK characters; default: the page's longest
        name + name_x), gap (spaces added to every money
        column), extra {money column index: spaces added}, last (the last column's gap: 0 makes figures nearly
        touch), hw (a money column's own header cells cut at hw CJK characters a line: "基本" / "支出");
  PDF:  size "P" portrait, "L" landscape, "R" a landscape page in a portrait MediaBox turned by /Rotate 90; pad (pt
        added to every money column), dx (pt the table moves right), last (the last column's pad in pt), font.
Nothing here reads the parser."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "rules_s34c"))
sys.path.insert(0, str(HERE.parent / "rules_s33c"))
import s34c_print  # noqa: E402
from s33c_print import cut, dw, front, head_cells, label_of  # noqa: E402
from s34c_print import LAND, PORT, Sub  # noqa: E402


def chunks(t, specs):
    out, i = [], 0
    for n, sp in enumerate(specs):
        k = len(t.rows) if n == len(specs) - 1 else i + sp["rows"]
        out.append(t.rows[i:k])
        i = k
    assert i == len(t.rows) and all(out), (t.title, [len(c) for c in out])
    return out


# ============================================================================================ layout text
class Text(s34c_print.Text):
    def pwidths(self, t, sub, rows, sp):
        st = self.doc["style"]
        gap = st.get("gap", 2) + sp.get("gap", 0)
        money = [j for j in sub.idx if t.cols[j].kind == "money"]
        out = []
        for j in sub.idx:
            c = t.cols[j]
            cells = [r["cells"][j] for r in rows]
            if c.kind == "name":  # auto-fit: the page's longest name, unless the spec fixes it
                fit = max(dw(x) for x in cells) // 2 + sp.get("name_x", 0)
                out.append(2 * sp.get("name_w", fit) + 2)
            elif c.kind == "money":
                q = money.index(j)
                g = sp["last"] if (q == len(money) - 1 and "last" in sp) else gap
                out.append(max([len(x) for x in cells] + [6]) + g + sp.get("extra", {}).get(q, 0))
            else:
                out.append(max([len(x) for x in cells] + [dw(c.head[-1])]) + 2)
        xs = [sp.get("lead", 0)]
        for w in out:
            xs.append(xs[-1] + w)
        return xs

    def pheader(self, sub, xs, hw=None):
        rows = head_cells(sub)
        depth = len(rows)
        spans, lines_at = [], [1] * depth
        for r, cells in enumerate(rows):
            for j, k, text in cells:
                deeper = any(len(sub.cols[q].head) > r + 1 for q in range(j, k + 1))
                room = max(1, (xs[k + 1] - xs[j] - 1) // 2)
                if hw and j == k and sub.cols[j].kind == "money":
                    room = min(room, hw)
                pieces = cut(text, room)
                spans.append((r, r + 1 if deeper else depth, j, k, pieces))
                if deeper:
                    lines_at[r] = max(lines_at[r], len(pieces))
        for r0, r1, _j, _k, pieces in spans:
            room = sum(lines_at[r0:r1])
            if len(pieces) > room:
                lines_at[r1 - 1] += len(pieces) - room
        start = [sum(lines_at[:r]) for r in range(depth)]
        grid = {}
        for r0, r1, j, k, pieces in spans:
            a, b = start[r0], start[r1 - 1] + lines_at[r1 - 1]
            top = a + (b - a - len(pieces)) // 2
            for q, piece in enumerate(pieces):
                grid.setdefault(top + q, []).append((xs[j], xs[k + 1] - xs[j], piece, "centre"))
        for q in range(sum(lines_at)):
            self.lines.append(self.place(grid.get(q, [])))

    def table(self, n, t):
        specs = self.doc.get("pages", {}).get(t.key)
        if not specs or t.kind != "coded":
            return super().table(n, t)
        sub = Sub(t, list(range(len(t.cols))))
        for p, (sp, rows) in enumerate(zip(specs, chunks(t, specs))):
            xs = self.pwidths(t, sub, rows, sp)
            full = max(xs[-1], 60)
            if p:
                self.new_page()
                if sp.get("mark"):
                    self.centre(sp["mark"], full) if "（续" in sp["mark"] else self.lines.append(sp["mark"])
                if sp.get("unit"):
                    self.lines.append(" " * max(2, full - 6) + f"单位：{t.unit}")
            else:
                self.lines.append(label_of(self.doc, n))
                self.centre(t.title, full)
                left, unit = f"编制单位：{self.doc['org']}", f"单位：{t.unit}"
                self.lines.append(left + " " * max(2, full - dw(left) - dw(unit)) + unit)
            if p == 0 or sp.get("head", "repeat") == "repeat":
                self.pheader(sub, xs, sp.get("hw"))
            for r in rows:
                self.row(t, sub, xs, r)


def write_text(path, doc, tabs, narrative):
    tx = Text(doc)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.centre(text, 80) if what in ("cover", "date", "toc_head", "part") else tx.lines.append(text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(tx.lines).replace("\n\f\n", "\n\f"))


# ============================================================================================ PDF
class Pdf(s34c_print.Pdf):
    turned = False

    def new_page(self, size=PORT, turn=False):
        if self.page:
            self.footer()
            if self.turned:
                self.c.restoreState()
            self.c.showPage()
        self.page += 1
        self.size, self.turned = size, turn
        if turn:
            self.c.setPageSize(PORT)
            self.c.setPageRotation(90)
            self.c.saveState()
            self.c.transform(0, 1, -1, 0, PORT[0], 0)
        else:
            self.c.setPageSize(size)
        self.y = size[1] - 50

    def pwidths(self, t, sub, rows, fs, sp):
        st = self.doc["style"]
        money = [j for j in sub.idx if t.cols[j].kind == "money"]
        out = []
        for j in sub.idx:
            c = t.cols[j]
            cells = [r["cells"][j] for r in rows]
            if c.kind == "name":
                fit = max(dw(x) for x in cells) / 2 + sp.get("name_x", 0)
                out.append(sp.get("name_w", fit) * fs + 8)
            elif c.kind == "money":
                last = money.index(j) == len(money) - 1 and "last" in sp
                pad = sp["last"] if last else st.get("pad", 8) + sp.get("pad", 0)
                out.append(max([s34c_print.stringWidth(x, None, fs) for x in cells] + [4 * fs]) + pad)
            else:
                w = max(
                    [s34c_print.stringWidth(x, None, fs) for x in cells]
                    + [s34c_print.stringWidth(c.head[-1], None, fs)]
                )
                out.append(w + 8)
        return out

    def table(self, n, t):
        specs = self.doc.get("pages", {}).get(t.key)
        if not specs or t.kind != "coded":
            return super().table(n, t)
        sub = Sub(t, list(range(len(t.cols))))
        for p, (sp, rows) in enumerate(zip(specs, chunks(t, specs))):
            fs = sp.get("font", self.doc["style"].get("font", 8))
            kind = sp.get("size", "P")
            size = PORT if kind == "P" else LAND
            if p:
                self.new_page(size, kind == "R")
            elif kind != "P":  # the page front() just opened is still empty: give it this page's shape
                self._reopen(size, kind == "R")
            widths = self.pwidths(t, sub, rows, fs, sp)
            total = sum(widths)
            x0 = (size[0] - total) / 2 + sp.get("dx", 0)
            if p:
                if sp.get("mark"):
                    if "（续" in sp["mark"]:
                        self.text(sp["mark"], 13, centre=True)
                    else:
                        self.text(sp["mark"], 10, x=x0)
                if sp.get("unit"):
                    self.c.setFont("STSong-Light", 9)
                    self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
                    self.y -= 12
            else:
                self.text(label_of(self.doc, n), 10, x=x0)
                self.text(t.title, 15, centre=True)
                self.c.setFont("STSong-Light", 9)
                self.c.drawString(x0, self.y, f"编制单位：{self.doc['org']}")
                self.c.drawRightString(x0 + total, self.y, f"单位：{t.unit}")
                self.y -= 10
            if p == 0 or sp.get("head", "repeat") == "repeat":
                self.head(sub, x0, widths, fs)
            else:
                self.c.setLineWidth(0.5)
                self.c.line(x0, self.y, x0 + total, self.y)
            page = self.page
            for r in rows:
                self.row(t, sub, x0, widths, fs, r, size)
            assert self.page == page, (t.title, p, "rows overflow the page")
            self.y -= 14

    def _reopen(self, size, turn):
        """The current page is empty (front() just opened it): open it again in the given shape."""
        self.size, self.turned = size, turn
        if turn:
            self.c.setPageSize(PORT)
            self.c.setPageRotation(90)
            self.c.saveState()
            self.c.transform(0, 1, -1, 0, PORT[0], 0)
        else:
            self.c.setPageSize(size)
        self.y = size[1] - 50


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

    front(doc, tabs, narrative, emit_line, p.table, lambda: p.new_page(PORT), p.para)
    p.footer()
    if p.turned:
        p.c.restoreState()
    p.c.showPage()
    p.c.save()
