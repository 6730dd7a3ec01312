"""Write the rules_s34a inputs from rules_s34a_data.BUILT (the tables s33c_lib.build() summed from the typed figures,
their money cells printed as each report's noise says: s34a_lib.printed): .txt as plain pdftotext text, .layout.txt
as pdftotext -layout text, .pdf drawn with ../rules_s33c/minipdf.py (s34a_print.py).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s34a_data import BUILT  # noqa: E402
from s34a_lib import printed  # noqa: E402
from s34a_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    shown = [printed(t, doc["noise"]) for t in tabs]
    if name.endswith(".pdf"):
        write_pdf(path, doc, shown, text)
    else:
        write_text(path, doc, shown, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
