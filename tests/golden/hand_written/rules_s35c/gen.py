"""Write the rules_s35c inputs from rules_s35c_data.BUILT (the printed strings s35c_lib.build() summed from the typed
data): plain / -layout pdftotext text, or a PDF drawn with ../rules_s33c/minipdf.py (s35c_print.py).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s35c_data import BUILT  # noqa: E402
from s35c_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    (write_pdf if name.endswith(".pdf") else write_text)(path, doc, tabs, text)
    print(name, os.path.getsize(path))
