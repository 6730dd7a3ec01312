"""Write the rules_s35d inputs from rules_s35d_data.BUILT (the printed strings rules_s34c's s34c_lib.build() summed from
the figures typed here): .layout.txt as pdftotext -layout text, .pdf drawn with rules_s33c/minipdf.py, the paged tables
by s35d_print.py (each page its own column widths). Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s35d_data import BUILT  # noqa: E402
from s35d_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text)
    print(name, os.path.getsize(path))
