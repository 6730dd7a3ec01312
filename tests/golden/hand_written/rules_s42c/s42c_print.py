"""Draw a rules_s42c report as a PDF: ../rules_s41c/s41c_print.py's Pdf (imported; on ../rules_s33c/minipdf.py) with
one more title block, style unit_line "final" as the Ministry of Finance's final-account templates print it: the
label at the top RIGHT ("公开02表", style "label" with {n:02d}), "部门：<unit>" at the left and "金额单位：万元" at the
right under the title."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s41c"))
import s41c_print  # noqa: E402
from s41c_print import LM, Pdf  # noqa: E402


class Pdf42(Pdf):
    def title(self, t, i, cont=False):
        if self.st.get("unit_line") != "final":
            return super().title(t, i, cont)
        self.put(self.size[0] / 2, 40, t.title + ("（续）" if cont else ""), 15, "c")
        if not cont:
            self.put(self.size[0] - LM, 22, self.label(i).strip(), 9, "r")
        self.put(LM, 66, f"部门：{self.doc['org']}", 9)
        self.put(self.size[0] - LM, 66, f"金额单位：{t.unit}", 9, "r")
        return 82


def write_pdf(path, doc, tabs, paras):
    p = Pdf42(path, doc)
    p.front(paras, tabs)
    for i, t in enumerate(tabs, 1):
        if not hasattr(t, "note"):
            t.note = ""
        p.table(t, i)
    p.save()


assert s41c_print
