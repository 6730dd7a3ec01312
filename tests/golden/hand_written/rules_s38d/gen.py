"""Write the rules_s38d inputs from rules_s38d_data.BUILT (s38d_lib.build() summed from the typed figures): each report
drawn as a PDF by s38d_print.py (on ../rules_s33c/minipdf.py, imported), then its .txt and .layout.txt made by the REAL
pdftotext (`pdftotext -enc UTF-8` and `pdftotext -layout -enc UTF-8`, poppler at /usr/bin/pdftotext).
Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s38d_data import BUILT  # noqa: E402
from s38d_print import write_pdf  # noqa: E402

for name, (doc, tabs, _info, parts) in BUILT.items():
    if not name.endswith(".pdf"):
        continue
    path = os.path.join(HERE, name)
    write_pdf(path, doc, tabs, parts)
    stem = path[: -len(".pdf")]
    subprocess.run(["/usr/bin/pdftotext", "-enc", "UTF-8", path, stem + ".txt"], check=True)
    subprocess.run(["/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", path, stem + ".layout.txt"], check=True)
    for ext in (".pdf", ".txt", ".layout.txt"):
        print(os.path.basename(stem + ext), os.path.getsize(stem + ext))
