"""Write the rules_s38b inputs: each report drawn as a PDF (s38b_print.py, from the tables s38b_lib builds from the
figures typed in rules_s38b_data.py), then its .txt and .layout.txt made by the REAL pdftotext
(`pdftotext -enc UTF-8 X.pdf X.txt`, `pdftotext -layout -enc UTF-8 X.pdf X.layout.txt`).
Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s38b_data import BUILT  # noqa: E402
from s38b_print import write_pdf  # noqa: E402

for stem, (doc, tabs, paras, glossary) in BUILT.items():
    pdf = os.path.join(HERE, stem + ".pdf")
    write_pdf(pdf, doc, tabs, paras, glossary)
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".txt")], check=True)
    subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".layout.txt")], check=True
    )
    print(stem, os.path.getsize(pdf))
