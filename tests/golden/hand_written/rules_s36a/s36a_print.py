"""Print the rules_s36a reports with rules_s33i's printer (../rules_s33i/s33i_print.py and its minipdf.py,
imported), one change: a further part of a table cut by columns whose ``again`` is set prints the first part's
label, title, 编制单位 and 单位 lines again (Excel's print titles) under the first part's number. gen.py only."""

from __future__ import annotations

import dataclasses
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s33i"))
import s33i_print as P  # noqa: E402


def _again(base):
    class Again(base):
        def table(self, n, t):
            if n is not None:
                self.last_n = n
            if getattr(t, "again", None):
                return super().table(self.last_n, dataclasses.replace(t, title=t.again))
            return super().table(n, t)

    return Again


P.Text = _again(P.Text)
P.Pdf = _again(P.Pdf)
write_text, write_pdf = P.write_text, P.write_pdf
