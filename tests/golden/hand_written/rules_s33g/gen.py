"""Draw the rules_s33g inputs (all PDFs) from rules_s33g_data.BUILT (the printed strings s33g_lib.build() summed
from the typed figures) with s33g_print.py / minipdf.py. Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s33g_data import BUILT  # noqa: E402
from s33g_print import write_pdf  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    write_pdf(path, doc, tabs, text)
    print(name, os.path.getsize(path))
