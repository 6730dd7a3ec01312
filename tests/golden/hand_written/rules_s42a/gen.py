"""Write the rules_s42a inputs from rules_s42a_data.BUILT: X.pdf drawn by ../rules_s41a/s41a_print.py (on the s40a /
s39a / s38a / s38b printers and rules_s33c's minipdf, all imported), then X.txt and X.layout.txt by the REAL
pdftotext (poppler), so the texts come out in the order pdftotext really gives. Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "rules_s41a")]
from rules_s42a_data import BUILT  # noqa: E402
from s41a_print import write_budget_pdf, write_final_pdf  # noqa: E402

for stem, (kind, args) in BUILT.items():
    pdf = os.path.join(HERE, stem + ".pdf")
    (write_budget_pdf if kind == "budget" else write_final_pdf)(pdf, *args)
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".txt")], check=True)
    subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".layout.txt")], check=True
    )
    print(stem, os.path.getsize(pdf))
