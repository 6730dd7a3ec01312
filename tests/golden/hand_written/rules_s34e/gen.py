"""Write the rules_s34e documents from rules_s34e_data.py (s34e_lib builds the printed strings, s34e_print prints
them; the PDFs with ../rules_s33c/minipdf.py). Run: /work/main/.venv/bin/python gen.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rules_s34e_data import BUILT, DOCS  # noqa: E402
from s34e_print import write  # noqa: E402

for name, doc in DOCS.items():
    write(HERE / name, doc, BUILT[name]["items"])
    print(name, (HERE / name).stat().st_size)
