"""Q3 probes (round 3, layout._raised_small at 0.8): a title and its unit line of close sizes overlapping,
on one baseline or the smaller raised; figures of a smaller type raised beside a name running under them.
Reuses v1's r1_gen.page (表3 一般公共预算支出表, 9 rows), writing here.
Run: /work/main/.venv/bin/python q3_gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v1"))
import r1_gen  # noqa: E402

r1_gen.HERE = HERE


def title_head(title_pt, unit_pt, raise_by):
    def head(c):
        c.setFont("F", 9)
        c.drawString(60, 790, "表3")
        c.setFont("F", title_pt)
        c.drawCentredString(300, 765, "一般公共预算财政拨款支出表")
        c.setFont("F", unit_pt)
        # the unit line's start set under the title's last glyphs
        c.drawString(360, 765 + raise_by, "金额单位：万元")

    return head


def smaller_figures(fig_pt, raise_by):
    def hook(c, n, y, code, nm, figs):
        c.setFont("F", 9)
        c.drawString(60, y, code)
        c.drawString(110, y, nm if n != 3 else nm + "（含补缴）")
        c.setFont("F", fig_pt)
        for r, f in zip((320, 400, 470), figs):
            if f:
                c.drawRightString(r, y + raise_by, f)
        c.setFont("F", 9)
        return True

    return hook


if __name__ == "__main__":
    for t, u, r in (
        (12, 10, 0),
        (12, 9, 0),
        (12, 10, 2),
        (12, 9, 2),
        (12, 9, 2.5),
        (12, 9, 3),
        (12, 9, 3.5),
        (12, 9.5, 3),
        (16, 12, 4),
        (16, 12, 5),
    ):
        name = f"q3_t{t}_u{u}_up{r}".replace(".", "_")
        r1_gen.page(name, head=title_head(t, u, r))
    for f, r in ((7, 0.5), (7, 2.5), (7, 3), (7, 3.5), (7.5, 3)):
        r1_gen.page(f"q3_fig{f}_up{r}".replace(".", "_"), row_hook=smaller_figures(f, r))
