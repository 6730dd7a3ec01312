"""g5.py: draw probe PDFs (v3's pdfgen / rules_s41c's Pdf: full grid, 16-pt lines) with per-row cell shapes, then the
REAL pdftotext -layout. A row: (code, name, figs, opts); opts: pos (code+figures: top/mid/bottom of the cell),
pieces (explicit name lines), lines (cell height in lines, if taller than the name), npos (where the name block
stands in a taller cell: top/mid/bottom), brk (a page break before this row; brk="bare": no header again).
An expectation file STEM.expect.json is written: {code: name}."""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v3"))
SPARSE = False
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "rules_s41c"))
from s41c_print import LAND, LM, ROWH, Pdf, cut  # noqa: E402


class Tab:
    def __init__(self, title, heads, rows, unit="万元"):
        self.title, self.heads, self.rows, self.unit = title, heads, rows, unit
        self.keys = [None if h in ("科目编码", "科目名称", "类", "款", "项") else "m" for h in heads]
        self.kind, self.note = "coded", ""


def _y(y, h, pos, fs):
    return {"top": y + (ROWH - fs) / 2, "mid": y + (h - fs) / 2, "bottom": y + h - ROWH + (ROWH - fs) / 2}[
        pos
    ]


class P(Pdf):
    def table(self, t, i):
        st, fs = self.st, 9
        self.page(LAND)
        top = self.title(t, i)
        ws = self.widths(t)
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        y = self.head(t, xs, top)
        namew, dpos = st.get("name_w", 8), st.get("fig_pos", "mid")
        names = t.heads.index("科目名称")
        for code, name, figs, o in t.rows:
            if o.get("brk"):
                self.page(LAND)
                if o["brk"] == "bare":
                    y = 64
                    self.line(xs[0], y, xs[-1], y)
                else:
                    y = self.head(t, xs, 64)
            pieces = o.get("pieces") or cut(name, namew)
            nl = max(len(pieces), o.get("lines", 0))
            lead = st.get("lead")
            h = ROWH * nl if not lead else max(ROWH, lead * len(pieces) + (ROWH - lead))
            pos = o.get("pos", dpos)
            npos = o.get("npos", "mid")
            off = {"top": 0, "mid": (nl - len(pieces)) / 2, "bottom": nl - len(pieces)}[npos]
            for m, ln in enumerate(pieces[: o.get("split", len(pieces))]):
                if lead:
                    y0 = y + (h - lead * len(pieces)) / 2
                    self.put(xs[names] + 3, y0 + m * lead + (lead - fs) / 2, ln, fs)
                else:
                    self.put(xs[names] + 3, y + (ROWH - fs) / 2 + (m + off) * ROWH, ln, fs)
            cy = _y(y, h, o.get("cpos", pos), fs) + st.get("shift", 0)
            fy = _y(y, h, pos, fs) + st.get("shift", 0)
            if code and t.heads[0] == "类":
                parts = (code[:3], code[3:5], code[5:7])
                if SPARSE or o.get("sparse"):
                    parts = tuple(p if k == (len(code) - 3) // 2 else "" for k, p in enumerate(parts))
                for k, part in enumerate(parts):
                    if part:
                        self.put(xs[k] + 3, cy, part, fs)
            elif code:
                self.put(xs[0] + 3, cy, code, fs)
            for j, v in enumerate(figs):
                if v is not None:
                    self.put(xs[names + 2 + j] - 3, fy, v, fs, "r")
            if "split" in o:  # the cell broken over a page: its name's pieces from `split` on the next page
                k = o["split"]
                h = ROWH * (k + 1)
                for x in xs:
                    self.line(x, y, x, y + h)
                self.page(LAND)
                y = 64 if o.get("splitbare") else self.head(t, xs, 64)
                if o.get("splitbare"):
                    self.line(xs[0], y, xs[-1], y)
                for m, ln in enumerate(pieces[k:]):
                    self.put(xs[names] + 3, y + (ROWH - fs) / 2 + m * ROWH, ln, fs)
                h = ROWH * (len(pieces) - k)
            for x in xs:
                self.line(x, y, x, y + h)
            y += h
            self.line(xs[0], y, xs[-1], y)


def f(v):
    return f"{v:,.2f}"


def write(stem, org, cover, tabs, style, expect):
    doc = dict(org=org, cover=cover, date="2024年1月", style=style)
    pdf = os.path.join(HERE, stem + ".pdf")
    p = P(pdf, doc)
    p.front([("一、部门职责", True), ("负责全县自然资源管理工作。", False)], tabs)
    for i, t in enumerate(tabs, 1):
        p.table(t, i)
    p.save()
    out = os.path.join(HERE, stem + ".layout.txt")
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, out], check=True)
    json.dump(expect, open(os.path.join(HERE, stem + ".expect.json"), "w"), ensure_ascii=False, indent=0)
    return out
