"""Write the rules_s34b inputs from rules_s34b_data.BUILT (the text s34b_lib.render() drew from the printed strings
the expectations are read from): .txt as plain pdftotext text, .layout.txt as pdftotext -layout text.
Nothing here reads the parser. Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s34b_data import BUILT  # noqa: E402

for name, text in BUILT.items():
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(name, os.path.getsize(path))
