"""Draw a rules_s56b report as a PDF: ../rules_s56/s56_print.py's write_pdf (imported; on ../rules_s55/s55_print.py,
../rules_s42c/s42c_print.py, ../rules_s41c/s41c_print.py and ../rules_s33c/minipdf.py). The tables new in this set
(项目支出预算表, 政府采购预算表, the 三公 统计数 block, the 调整预算数 block, 行次 in coded tables) are drawn by the
existing printer: s41c_print's "one"-kind table (label cells left, figures right, a two-level header where a head
has "group/sub") and its coded table (a 行次 label cell centred, 58 pt). One change: a label for more than ten
tables (s41c_print's label knows 一 … 十 only; gx1 prints eleven)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s56"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s55"))
from s55_print import Pdf55  # noqa: E402

CNL = [*"一二三四五六七八九十", "十一", "十二", "十三", "十四", "十五"]


class Pdf56b(Pdf55):
    def label(self, i):
        return self.st.get("label", "表{n}").format(n=i, cn=CNL[i - 1]) + " "


def write_pdf(path, doc, tabs, paras):
    p = Pdf56b(path, doc)
    p.front(paras, tabs)
    for i, t in enumerate(tabs, 1):
        if not hasattr(t, "note"):
            t.note = ""
        p.table(t, i)
    p.save()
