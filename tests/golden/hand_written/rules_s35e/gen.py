"""Write the rules_s35e inputs from rules_s35e_data.BUILT (the printed strings s33c_lib.build() and s35e_lib summed from
the typed figures): .txt as plain pdftotext text, .layout.txt as pdftotext -layout text, .pdf drawn with
../rules_s33c/minipdf.py (s35e_print.py, rules_s33c's printer imported).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s35e_data import BUILT  # noqa: E402
from s35e_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        assert not any("\n" in c for t in tabs for r in t.rows for c in r), name  # wrapped labels: text only
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
