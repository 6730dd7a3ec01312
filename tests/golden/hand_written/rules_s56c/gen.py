"""Write the rules_s56c inputs from rules_s56c_data.BUILT: X.pdf drawn by s56c_print.py (../rules_s56b/s56b_print.py imported; on ../rules_s56, ../rules_s55, ../rules_s42c, ../rules_s41c
and ../rules_s33c/minipdf.py), then X.txt and X.layout.txt by the REAL pdftotext (poppler), so the texts come out in the
order pdftotext really gives. Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s56c_data import BUILT  # noqa: E402
from s56c_print import write_pdf  # noqa: E402

for stem, (doc, tabs, paras) in BUILT.items():
    pdf = os.path.join(HERE, stem + ".pdf")
    write_pdf(pdf, doc, tabs, paras)
    subprocess.run(
        ["/usr/bin/pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".txt")], check=True
    )
    subprocess.run(
        ["/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".layout.txt")],
        check=True,
    )
    print(stem, os.path.getsize(pdf))
