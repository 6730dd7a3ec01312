"""Write the rules_s35b documents from rules_s35b_data.py (s35b_lib builds the printed strings; the printing is
../rules_s34e/s34e_print.py's, the PDFs with ../rules_s33c/minipdf.py). One change: a table split by a page break
keeps the column positions of the whole table on both pages (as a real table does), so the grids of its two parts
take their widths from the whole (``widths_of``). Run: /work/main/.venv/bin/python gen.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "rules_s34e")]
import s34e_print as P  # noqa: E402
from rules_s35b_data import BUILT, DOCS  # noqa: E402

_layout_grid = P.layout_grid


def layout_grid(g, left=0, gap=3):
    """The lines of g's rows laid out with the columns of the whole table (one line a row here)."""
    whole = getattr(g, "widths_of", None)
    if whole is None:
        return _layout_grid(g, left, gap)
    lines = _layout_grid(whole, left, gap)
    assert len(lines) == len(whole.head) + len(whole.body)
    nh = len(g.head)
    keys = [tuple(c[0] for c in row) for row in whole.body]
    at = keys.index(tuple(c[0] for c in g.body[0]))
    return lines[:nh] + lines[nh + at : nh + at + len(g.body)]


class Pdf(P.Pdf):
    def grid(self, g, titles):
        whole = getattr(g, "widths_of", None)
        if whole is None:
            return super().grid(g, titles)
        return self._grid_fixed(g, titles, whole.head + whole.body)

    def _grid_fixed(self, g, titles, width_rows):
        """s34e_print.Pdf.grid with the column widths computed from width_rows (the whole table)."""
        fs = 8.0
        placed_all = P.place(width_rows, g.ncols)
        width = [0.0] * g.ncols
        for _r, c, cell in placed_all:
            if cell[1] == 1:
                width[c] = max(width[c], max(P.stringWidth(x, None, fs) for x in cell[0].split("\n")) + 6)
        for _r, c, cell in placed_all:
            need = max(P.stringWidth(x, None, fs) for x in cell[0].split("\n")) + 6
            have = sum(width[c : c + cell[1]])
            if need > have:
                width[c + cell[1] - 1] += need - have
        self.new_page()
        for t in titles:
            self.line(t, 14, centre=True)
        for p in g.pre:
            if p.startswith("单位："):
                self.y += 17
                self.c.setFont("STSong-Light", 9)
                self.c.drawRightString(P.A4[0] - 50, self.y, p)
                self.y -= 17
            else:
                self.line(p, 9)
        rows = g.head + g.body
        placed = P.place(rows, g.ncols)
        avail = P.A4[0] - 80
        if sum(width) > avail:
            k = avail / sum(width)
            width = [w * k for w in width]
            fs *= k
        lh = fs + 2.5
        height = [0.0] * len(rows)
        for r, _c, cell in placed:
            if cell[2] == 1:
                height[r] = max(height[r], len(cell[0].split("\n")) * lh + 5)
        x0 = (P.A4[0] - sum(width)) / 2
        xs = [x0]
        for w in width:
            xs.append(xs[-1] + w)
        ys = [self.y]
        for h in height:
            ys.append(ys[-1] - h)
        c = self.c
        c.setLineWidth(0.5)
        c.setFont("STSong-Light", fs)
        for r, col, cell in placed:
            xa, xb = xs[col], xs[col + cell[1]]
            ya, yb = ys[r], ys[r + cell[2]]
            c.rect(xa, yb, xb - xa, ya - yb)
            if not cell[0]:
                continue
            texts = cell[0].split("\n")
            top = (ya + yb) / 2 + len(texts) * lh / 2
            for i, t in enumerate(texts):
                y = top - (i + 1) * lh + 2
                align = cell[3] or "l"
                if align == "r":
                    c.drawRightString(xb - 3, y, t)
                elif align == "c":
                    c.drawCentredString((xa + xb) / 2, y, t)
                else:
                    c.drawString(xa + 3, y, t)
        self.y = ys[-1] - 20


P.layout_grid = layout_grid
P.Pdf = Pdf

for name, doc in DOCS.items():
    P.write(HERE / name, doc, BUILT[name]["items"])
    print(name, (HERE / name).stat().st_size)
