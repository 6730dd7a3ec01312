"""Run every probe of this folder through the parser as it is (this checkout) and as it was before session 39's
later rules (/tmp/base39b, if present): `python check.py` prints each probe's tables of interest and the
difference (base -> head). Uses cmp.py."""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
KEYS = {
    "flow_row_last_cell_after_page_number.txt": "government_fund",
    "zero_cell_after_page_number.txt": "general_budget_by_function",
    "misprinted_parent_moves_rows_positioned_right.layout.txt": "general_budget_by_function",
}
for name, keys in KEYS.items():
    print(f"######## {name}")
    subprocess.run([sys.executable, str(HERE / "cmp.py"), str(HERE / name), keys])
