"""Write the rules_s36e PDFs from rules_s36e_data.BUILT (the printed strings rules_s34c's s34c_lib.build() summed from
the figures typed there), drawn by s36e_print.py (on rules_s35d's s35d_print.Pdf and rules_s33c's minipdf.py).
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s36e_data import BUILT  # noqa: E402
from s36e_print import write_pdf  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    write_pdf(path, doc, tabs, text)
    print(name, os.path.getsize(path))
