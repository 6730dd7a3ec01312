"""Draw a probe as a PDF (../../../rules_s41c/s41c_print.py's Pdf, on rules_s33c/minipdf.py: a full grid, rows
16 pt a line) and turn it into .layout.txt with the REAL pdftotext -layout. A coded table's name wraps at
`name_w` em (indent "　" per level below 类 where style indent is set); the code and figures stand on the name's
first line ("top"), the cell's middle ("mid": a two-line name's code between its lines) or its last ("bottom")."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "rules_s41c"))
from s41c_print import LAND, LM, ROWH, Pdf, cut  # noqa: E402


class Tab:
    def __init__(self, title, heads, rows, unit="万元"):
        self.title, self.heads, self.rows, self.unit = title, heads, rows, unit
        self.keys = [None if h in ("科目编码", "科目名称", "类", "款", "项") else "m" for h in heads]
        self.kind, self.note = "coded", ""


class P(Pdf):
    def table(self, t, i, page_rows=None):
        st, fs = self.st, 9
        self.page(LAND)
        top = self.title(t, i)
        ws = self.widths(t)
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        y = self.head(t, xs, top)
        namew, pad, pos = st.get("name_w", 8), st.get("indent", ""), st.get("fig_pos", "mid")
        for n, r in enumerate(t.rows):
            if page_rows and n in page_rows:  # a page break before row n, the header again
                self.page(LAND)
                y = self.head(t, xs, 64)
            code, name, level, figs = r
            text = pad * max(0, level - 1) + name
            lines = cut(text, namew)
            h = ROWH * len(lines)
            figy = {
                "top": y + (ROWH - fs) / 2,
                "mid": y + (h - fs) / 2,
                "bottom": y + h - ROWH + (ROWH - fs) / 2,
            }[pos]
            names = t.heads.index("科目名称")
            for m, ln in enumerate(lines):
                self.put(xs[names] + 3, y + (ROWH - fs) / 2 + m * ROWH, ln, fs)
            cpos = st.get("code_pos", pos)  # the code's own place, where it differs from the figures'
            codey = {
                "top": y + (ROWH - fs) / 2,
                "mid": y + (h - fs) / 2,
                "bottom": y + h - ROWH + (ROWH - fs) / 2,
            }[cpos]
            if code == "合计":
                pass
            elif code and t.heads[0] == "类":  # split code columns: 类 | 款 | 项
                for k, part in enumerate((code[:3], code[3:5], code[5:7])):
                    if part:
                        self.put(xs[k] + 3, codey, part, fs)
            elif code:
                self.put(xs[0] + 3, codey, code, fs)
            for j, v in enumerate(figs):
                self.put(xs[names + 2 + j] - 3, figy, v, fs, "r")
            for x in xs:
                self.line(x, y, x, y + h)
            y += h
            self.line(xs[0], y, xs[-1], y)


def write(stem, org, cover, tabs, style, page_rows=None):
    doc = dict(org=org, cover=cover, date="2024年1月", style=style)
    pdf = os.path.join(HERE, stem + ".pdf")
    p = P(pdf, doc)
    p.front([("一、部门职责", True), ("负责全县自然资源管理工作。", False)], tabs)
    for i, t in enumerate(tabs, 1):
        p.table(t, i, page_rows)
    p.save()
    subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, stem + ".layout.txt")], check=True
    )
    return os.path.join(HERE, stem + ".layout.txt")
