"""Write the rules_s34f inputs from rules_s34f_data.BUILT (the printed strings s34f_lib.build() summed from the typed
figures): .txt as plain pdftotext text, .layout.txt as pdftotext -layout text, .pdf drawn with minipdf.py, all three
by rules_s33i's printer (imported from its folder, not copied).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "rules_s33i"))
from rules_s34f_data import BUILT  # noqa: E402
import s33i_print  # noqa: E402
from s33i_print import write_pdf, write_text  # noqa: E402

NUMCH = set("0123456789.,%")


def pieces(s, w):
    """s cut into lines of at most w characters, never inside a number (as a PDF's justified text keeps them)."""
    out = []
    while len(s) > w:
        k = w
        while k > 1 and s[k - 1] in NUMCH and s[k] in NUMCH:
            k -= 1
        out.append(s[:k])
        s = s[k:]
    return out + ([s] if s else [])


def text_para(self, text, heading=False):
    if heading:
        self.lines.append(text)
        return
    self.lines += pieces(("    " if self.layout else "") + text, 44)


def pdf_para(self, s, heading=False):
    size = 10.5
    n = int((self.size[0] - 112) // size)
    first = True
    for piece in pieces(("" if heading else "\u3000\u3000") + s, n):
        if self.y < 70:
            self.new_page(self.size)
        self.text(piece, size, x=56)
        first = False
    return first


s33i_print.Text.para = text_para
s33i_print.Pdf.para = pdf_para

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
