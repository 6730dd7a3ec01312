"""Print the rules_s35g reports as PLAIN pdftotext text (no -layout): gen.py only. The document's order (cover, 目录,
说明, tables, 名词解释) and the helpers cut / head_cells / label_of are rules_s33c's (s33c_print, imported); the Tab
strings are rules_s34c's (s34c_lib builds them). What this adds: a coded table printed over SEVERAL PAGES in plain text,
a row a line or a cell a line (blank cells dropped), "\\f" between pages, each page's own header print.

doc["pages"][table key] = [page spec, …]; a spec:
  rows     body rows on this page (the last page takes the rest);
  head     "repeat" (default after page 1) or "none" (the rows go on with no header);
  mark     a line above a later page: "续表", "部门支出总表（续）", … or "title" (the title, 编制单位 and 单位 again);
  unit     print "单位：…" under the mark;
  hmode    "row" (a header row's cells on one line, space-separated) or "cell" (one header cell a line, the default);
  hw       {header text: CJK characters a line}: that cell printed in pieces ("基本支出" 2: "基本" / "支出";
           "事业单位经营支出" 3: "事业单" / "位经营" / "支出"), each piece a line ("cell") or the pieces of a header
           row side by side line by line ("row");
  body     "row" (a row a line, the default) or "cell" (a cell a line); blank: a blank line after every cell line
           (as js_jcy_2019_dept_budget.txt pages 16-17 print);
  split    (n, "first" | "second"): the page's LAST row's name cut after n characters by the page break: the code
           and the first piece end the page, the rest starts the next page's body (after its mark and header);
           the figures go with the first piece or the second;
  pagesum  a "本页合计" line after the page's rows (each money column summed over the page's 项 rows; no figure of
           the table: the expected figures leave it out);
  again    (last page) the 合计 row printed again after the last row (the same figures).
Nothing here reads the parser."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "rules_s34c"))
sys.path.insert(0, str(HERE.parent / "rules_s33c"))
import s33c_print  # noqa: E402
from s33c_print import cut, front, head_cells, label_of  # noqa: E402
from s34c_lib import Z, d, fmt  # noqa: E402


class _Heads:
    def __init__(self, cols):
        self.cols = cols


def chunks(t, specs):
    out, i = [], 0
    for n, sp in enumerate(specs):
        k = len(t.rows) if n == len(specs) - 1 else i + sp["rows"]
        out.append(t.rows[i:k])
        i = k
    assert i == len(t.rows) and all(out), (t.title, [len(c) for c in out])
    return out


class Text(s33c_print.Text):
    def __init__(self, doc):
        super().__init__(doc, False)

    def emit(self, pieces, mode, blank=False):
        """A group of cells: one line ("row") or one cell a line ("cell")."""
        pieces = [p for p in pieces if p]
        if not pieces:
            return
        if mode == "row":
            self.lines.append(" ".join(pieces))
            return
        for p in pieces:
            self.lines.append(p)
            if blank:
                self.lines.append("")

    def heads(self, t, sp):
        st = self.doc["style"]
        mode = sp.get("hmode", st.get("hmode", "cell"))
        hw = sp.get("hw", {})
        blank = sp.get("blank", False)
        for cells in head_cells(t):
            pieces = [cut(text, hw[text]) if text in hw else [text] for _j, _k, text in cells]
            if mode == "row":
                for q in range(max(len(p) for p in pieces)):
                    self.lines.append(" ".join(p[q] for p in pieces if len(p) > q))
            else:
                self.emit([x for p in pieces for x in p], "cell", blank)

    def table(self, n, t):
        doc = self.doc
        self.lines.append(label_of(doc, n))
        self.lines.append(t.title)
        self.lines += [f"编制单位：{doc['org']}", f"单位：{t.unit}"]
        if t.kind == "empty":
            self.lines += ["", t.empty]
            return
        if t.kind in ("two", "one"):
            cols = t.cols
            if t.kind == "two":
                cols = [
                    type(c)(
                        ("收入" if c.head[0] == "L" else "支出",)
                        + (("项目",) if c.kind in ("lname", "rname") else c.head[1:])
                    )
                    for c in t.cols
                ]
            self.heads(_Heads(cols), {})
            for r in t.rows:
                self.emit(r["cells"], "row")
            return
        specs = doc.get("pages", {}).get(t.key) or [{}]
        carry = None
        nj = next(j for j, c in enumerate(t.cols) if c.kind == "name")
        money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
        leaf = max(len(r["code"] or "") for r in t.rows)
        sep = doc["style"].get("sep", True)
        for p, (sp, rows) in enumerate(zip(specs, chunks(t, specs))):
            mode, blank = sp.get("body", "row"), sp.get("blank", False)
            if p:
                self.new_page()
                mark = sp.get("mark")
                if mark == "title":
                    self.lines += [t.title, f"编制单位：{doc['org']}", f"单位：{t.unit}"]
                elif mark:
                    self.lines.append(mark)
                if sp.get("unit") and mark != "title":
                    self.lines.append(f"单位：{t.unit}")
            if p == 0 or sp.get("head", "repeat") == "repeat":
                self.heads(t, sp)
            if carry:
                self.emit(carry, mode, blank)
                carry = None
            for i, r in enumerate(rows):
                cells = r["cells"]
                if i == len(rows) - 1 and sp.get("split"):
                    k, where = sp["split"]
                    name = cells[nj]
                    assert 0 < k < len(name), (t.title, name)
                    first = cells[:nj] + [name[:k]]
                    second = [name[k:]]
                    (first if where == "first" else second).extend(cells[nj + 1 :])
                    self.emit(first, mode, blank)
                    carry = second
                    continue
                self.emit(cells, mode, blank)
            if sp.get("pagesum"):
                sums = [
                    sum((d(r["cells"][j]) for r in rows if len(r["code"] or "") == leaf), Z) for j in money
                ]
                self.emit(["本页合计"] + [fmt(v, sep) if v else "" for v in sums], mode, blank)
            if p == len(specs) - 1 and sp.get("again"):
                tot = next(r for r in t.rows if not r["code"])
                self.emit(tot["cells"], mode, blank)
        assert carry is None, t.title


def write_text(path, doc, tabs, narrative):
    tx = Text(doc)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.lines.append(text.strip() if what == "toc" else text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(tx.lines).replace("\n\f\n", "\n\f"))
