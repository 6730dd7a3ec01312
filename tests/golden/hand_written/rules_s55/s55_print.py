"""Draw a rules_s55 report as a PDF: ../rules_s42c/s42c_print.py's Pdf42 (imported; on ../rules_s41c/s41c_print.py and
../rules_s33c/minipdf.py) with one more table shape: the 基本支出表 with the 部门经济分类 and 政府经济分类 codes and names
side by side (a table with ``dual`` set: two code cells 46 pt wide, two name cells of style "name_w" em)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s42c"))
import s42c_print  # noqa: E402
from s42c_print import LM, Pdf42  # noqa: E402


class Pdf55(Pdf42):
    def widths(self, t):
        if not getattr(t, "dual", False):
            return super().widths(t)
        fs = self.st.get("fs", 9)
        namew = self.st.get("name_w", 16) * fs + 8
        out = [46, namew, 46, namew]
        width = self.size[0] - 2 * LM
        nm = len(t.heads) - 4
        return out + [min(110, (width - sum(out)) / nm)] * nm


def write_pdf(path, doc, tabs, paras):
    p = Pdf55(path, doc)
    p.front(paras, tabs)
    for i, t in enumerate(tabs, 1):
        if not hasattr(t, "note"):
            t.note = ""
        p.table(t, i)
    p.save()


assert s42c_print
