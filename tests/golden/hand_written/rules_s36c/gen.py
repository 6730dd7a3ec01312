"""Write the rules_s36c inputs from rules_s36c_data.BUILT (the printed strings rules_s33c's builder and s36c_lib's
matrices summed from the typed figures) with rules_s33c's printer (imported, not copied): .txt as plain pdftotext text,
.layout.txt as pdftotext -layout text, .pdf drawn with rules_s33c's minipdf.py.
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "rules_s33c")]
from rules_s36c_data import BUILT  # noqa: E402
from s33c_print import write_pdf, write_text  # noqa: E402

for name, (doc, tabs, _info, text) in BUILT.items():
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        write_pdf(path, doc, tabs, text)
    else:
        write_text(path, doc, tabs, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
