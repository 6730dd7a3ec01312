"""Write the rules_s35g inputs from rules_s35g_data.BUILT (the printed strings rules_s34c's s34c_lib.build() summed from
the figures typed here) as plain pdftotext text, the paged tables by s35g_print.py (each page its own header print, marks,
names cut by a page break). Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s35g_data import BUILT  # noqa: E402
from s35g_print import write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    write_text(path, doc, tabs, text)
    print(name, os.path.getsize(path))
