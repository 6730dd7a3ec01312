"""Print the rules_s36g reports with rules_s33i's printer (../rules_s33i/s33i_print.py and its minipdf.py, imported),
one change: a long coded table goes on to a new page at each of its t.breaks (the page's footer and \\f, then "续表"
where the document's style says cont, then the header again unless repeat_head is False). PDFs break where the
page is full (s33i_print.Pdf). gen.py only."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s33i"))
import s33i_print as P  # noqa: E402


class Text(P.Text):
    def body(self, t, start):
        breaks = getattr(t, "breaks", None)
        if not breaks:
            return super().body(t, start)
        xs = self.geometry(t)
        self.header(t, xs)
        for i, r in enumerate(t.rows):
            if i in breaks:
                self.new_page()
                cont = self.doc["style"].get("cont")
                if cont:
                    self.centre(cont, xs[-1])
                if self.doc["style"].get("repeat_head", True):
                    self.header(t, xs)
            for line in P.row_lines(t, i, r):
                self.row(t, xs, line)


P.Text = Text
write_text, write_pdf = P.write_text, P.write_pdf
