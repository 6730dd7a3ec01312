"""Print the rules_s35e reports with rules_s33c's printer (../rules_s33c/s33c_print.py, imported): plain pdftotext text,
pdftotext -layout text (each word at the character index of its column, a CJK character one column), PDFs drawn with
rules_s33c/minipdf.py. Added here: a label printed over two lines (a cell holding "\\n"): the row's line carries the
first piece with the row's figures and the other side, the next line the rest alone at its column."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_print  # noqa: E402
from s33c_print import Text, front  # noqa: E402

write_pdf = s33c_print.write_pdf


class WrapText(Text):
    def geometry(self, t):
        """rules_s33c's columns, two characters wider (a figure and the next column's label 3 spaces apart)."""
        xs = super().geometry(t)
        return [x + 2 * j for j, x in enumerate(xs)]

    def row(self, t, xs, r):
        if not any("\n" in x for x in r):
            return super().row(t, xs, r)
        first = [x.split("\n")[0] for x in r]
        rest = [x.split("\n")[1] if "\n" in x else "" for x in r]
        super().row(t, xs, first)
        super().row(t, xs, rest)


def write_text(path, doc, tabs, narrative, layout):
    tx = WrapText(doc, layout)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.centre(text, 80) if what in ("cover", "date", "toc_head", "part") else tx.lines.append(text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(tx.lines).replace("\n\f\n", "\n\f"))
