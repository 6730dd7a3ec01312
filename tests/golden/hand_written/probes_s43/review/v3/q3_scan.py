"""Scan of the raise of a 9pt / 9.5pt unit line over a 12pt title's end (NEW's lines only): where does the
0.8 'raised small' test let the two interleave (one line) again? Writes q3s_*.pdf, prints the top lines.
Run: PYTHONPATH=/work/w43 /work/main/.venv/bin/python q3_scan.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import q3_gen  # noqa: E402
from dagster_project.parser.layout import lines_from_pdf  # noqa: E402

for u in (9, 9.5):
    for tenth in range(36, 62, 2):
        r = tenth / 10
        name = f"q3s_t12_u{u}_up{r}".replace(".", "_")
        path = q3_gen.r1_gen.page(name, head=q3_gen.title_head(12, u, r))
        lines, _, _ = lines_from_pdf(open(path, "rb").read())
        print(name, [[s.text for s in l.segments] for l in lines[:3]])
