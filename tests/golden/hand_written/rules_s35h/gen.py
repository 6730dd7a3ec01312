"""Write the rules_s35h documents from rules_s35h_data.py (s35h_lib builds the printed strings, s35h_print prints
them). Run: /work/main/.venv/bin/python gen.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rules_s35h_data import BUILT, DOCS  # noqa: E402
from s35h_print import write  # noqa: E402

for name, doc in DOCS.items():
    write(HERE / name, doc, BUILT[name])
    print(name, (HERE / name).stat().st_size)
