"""Writes the rules_s31e inputs from the Tab objects of rules_s31e_data.py (the figures typed there).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s31e/gen.py"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s31e_data import DOCS  # noqa: E402
from s31e_lib import Tab, render  # noqa: E402


def text(doc):
    layout = doc["mode"] == "layout"
    out, page = [], 1
    for part in doc["parts"]:
        if isinstance(part, Tab):
            out += render(part, layout)
            footer = f"- {page} -"
            out.append(" " * 46 + footer if layout else footer)
            out.append("\f")
            page += 1
        else:
            out.append(part)
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"


if __name__ == "__main__":
    for doc in DOCS:
        (HERE / doc["file"]).write_text(text(doc), encoding="utf-8")
        print("wrote", doc["file"])
