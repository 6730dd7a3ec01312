"""Write the rules_s36f inputs from rules_s36f_data.BUILT (the printed strings s36f_lib summed from the typed figures):
.txt as plain pdftotext text, .layout.txt as pdftotext -layout text, .pdf drawn with ../rules_s33i's printer and its
minipdf.py (imported, see s36f_print.py).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s36f_data import BUILT  # noqa: E402
from s36f_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
