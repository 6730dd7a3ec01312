"""Write the rules_s36d inputs from rules_s36d_data.BUILT: the tables as rules_s35g's s35g_print (plain pdftotext text) and
rules_s34c's s34c_print (pdftotext -layout text) print them, the document's order as rules_s33c's front(); what this adds
is the 说明's paragraphs: wrapped at 78 display columns (a CJK character two), never inside a figure unless the template
says so (⏎ a line break there, ⇟ a page break there: the page's footer, \\f and the running head), the running head atop
every page after the 目录 where the document has one, a layout paragraph's first line indented two columns (as
corpus/real/sh_putuo_czj_2024_final.layout.txt prints its 说明). Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
sys.path[:0] = [
    HERE,
    os.path.join(UP, "rules_s35g"),
    os.path.join(UP, "rules_s34c"),
    os.path.join(UP, "rules_s33c"),
]
from rules_s36d_data import BUILT  # noqa: E402
import s34c_print  # noqa: E402
import s35g_print  # noqa: E402
from s33c_print import dw, front  # noqa: E402

NUM = set("0123456789.,%０１２３４５６７８９．％")
WIDTH = 78
CLOSE = set("，。；：、）％”")  # never at a line's start (printed past the margin)


def wrap(text, indent):
    """Lines of at most WIDTH display columns; a run of digits is not cut."""
    out, cur = [], " " * indent
    for ch in text:
        if dw(cur + ch) > WIDTH and ch not in CLOSE:
            k = len(cur)
            if ch in NUM:
                while k > 0 and cur[k - 1] in NUM:
                    k -= 1
                k = k if k > len(cur) - 12 else len(cur)
            out.append(cur[:k])
            cur = cur[k:]
        cur += ch
    return out + [cur]


def printer(base, layout):
    class T(base):
        def new_page(self):
            super().new_page()
            run = self.doc["style"].get("running")
            if run and self.page > 2:
                self.lines.append(" " * 24 + run if layout else run)

        def para(self, text, heading=False):
            if heading:
                self.lines.append(text)
                return
            for n, page in enumerate(text.split("⇟")):
                if n:
                    self.new_page()
                for m, piece in enumerate(page.split("⏎")):
                    self.lines += wrap(piece, 2 if layout and n == 0 and m == 0 else 0)

    return T


def write(path, doc, tabs, text):
    layout = path.endswith(".layout.txt")
    tx = printer(s34c_print.Text if layout else s35g_print.Text, layout)(doc)
    tx.new_page()

    def emit_line(line, what):
        if what == "cover":
            tx.lines += ["", ""]
        if layout and what in ("cover", "date", "toc_head", "part"):
            tx.centre(line, 80)
        else:
            tx.lines.append(line.strip() if what == "toc" and not layout else line)

    front(doc, tabs, text, emit_line, tx.table, tx.new_page, tx.para)
    tx.new_page()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(tx.lines).replace("\n\f\n", "\n\f"))


for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    write(path, doc, tabs, text)
    print(name, os.path.getsize(path))
