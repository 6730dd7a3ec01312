"""Write the rules_s33e inputs from rules_s33e_data.DOCS (s33e_lib renders the same Table objects the expectations
are read from): .txt as plain pdftotext text (one row a line, or one cell a line), .layout.txt as pdftotext -layout
text, .pdf drawn with minipdf.py (copied from rules_s33c). Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import s33e_lib as L  # noqa: E402
from rules_s33e_data import DOCS, SPECS  # noqa: E402

for name, d in DOCS.items():
    spec = SPECS[name]
    o, _claims = L.document(d, spec, spec["mode"])
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        L.write_pdf(path, o)
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(o.text())
    print(name, os.path.getsize(path))
