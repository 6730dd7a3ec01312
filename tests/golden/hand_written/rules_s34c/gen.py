"""Write the rules_s34c inputs from rules_s34c_data.BUILT (the printed strings s34c_lib.build() summed from the typed
figures): .layout.txt as pdftotext -layout text, .pdf drawn with rules_s33c/minipdf.py (s34c_print.py).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s34c_data import BUILT  # noqa: E402
from s34c_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text)
    print(name, os.path.getsize(path))
