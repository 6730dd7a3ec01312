"""Print the rules_s35f reports with rules_s33c's printer (../rules_s33c/s33c_print.py, imported) as the text an OCR
engine gives of a scanned report: .txt plain (Tesseract / a scanned PDF's text layer: a row's words on one line),
.layout.txt with positions kept (each word at the character index of its column, a CJK character one column).
Added here: a table's vertical ruling read as "|" (style "bars": plain text prints every cell between bars, blank
cells too, as "| |"; layout text prints a "|" at every column boundary), its horizontal ruling read as a line of
"一" (style "rules": after the header and after every 4th row), junk at a page's top (style "junk": {page: line}),
and the doc's ("post", old, new) errors replaced in the final text (footers)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
from s33c_print import Text, front  # noqa: E402


class OcrText(Text):
    def header(self, t, xs):
        super().header(t, xs)
        if t.key in self.doc["style"].get("rules", ()):
            self.rule(xs)
        self.n_row = 0

    def rule(self, xs):
        n = (xs[-1] // 2 if self.layout else 24) if xs else 24
        self.lines.append("一" * n)

    def row(self, t, xs, r):
        st = self.doc["style"]
        if t.key in st.get("bars", ()):
            if not self.layout:
                self.lines.append("| " + " | ".join(x if x else "" for x in r).replace("|  |", "| |") + " |")
            else:
                cells = [
                    (xs[j] + 2, xs[j + 1] - xs[j] - 2, x, "right" if c.kind in ("money", "rowno") else "left")
                    for j, (c, x) in enumerate(zip(t.cols, r))
                ]
                cells += [(x, 1, "|", "left") for x in xs]
                self.lines.append(self.place(cells))
        else:
            super().row(t, xs, r)
        self.n_row += 1
        if t.key in st.get("rules", ()) and self.n_row % 4 == 0:
            self.rule(xs)


def write_text(path, doc, tabs, narrative, layout):
    tx = OcrText(doc, layout)
    tx.new_page()

    def emit_line(text, what):
        if what == "cover":
            tx.lines += ["", ""]
        tx.centre(text, 80) if what in ("cover", "date", "toc_head", "part") else tx.lines.append(text)

    front(doc, tabs, narrative, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    text = "\n".join(tx.lines).replace("\n\f\n", "\n\f")
    pages = text.split("\f")
    for n, junk in doc["style"].get("junk", {}).items():
        pages[n] = junk + "\n" + pages[n]
    text = "\f".join(pages)
    for e in doc.get("ocr", []):
        if e[0] == "post":
            assert e[1] in text, (path, e)
            text = text.replace(e[1], e[2], 1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
