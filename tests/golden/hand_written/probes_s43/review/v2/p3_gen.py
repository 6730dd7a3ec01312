"""P3 probes: glyphs set small and raised (a note's mark, a '*', a unit word) over a line's glyphs.
Reuses v1's r1_gen.page (表3 一般公共预算支出表, 9 rows), writing here.
Run: /work/main/.venv/bin/python p3_gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v1"))
import r1_gen  # noqa: E402
from r1_gen import RIGHTS, stringWidth  # noqa: E402

r1_gen.HERE = HERE


def plain(c, y, code, nm, figs, rights=RIGHTS, fig_font=9):
    c.setFont("F", 9)
    c.drawString(60, y, code)
    c.drawString(110, y, nm)
    c.setFont("F", fig_font)
    for r, f in zip(rights, figs):
        if f:
            c.drawRightString(r, y, f)
    c.setFont("F", 9)


if __name__ == "__main__":
    # 1. a '*' set small and raised into a figure's last digit (row 2080506's total)
    def hook1(c, n, y, code, nm, figs):
        if n != 4:
            return False
        plain(c, y, code, nm, figs)
        c.setFont("F", 5.5)
        c.drawString(RIGHTS[0] - 2.0, y + 4, "*")
        c.setFont("F", 9)
        return True

    r1_gen.page("p3_01_star_over_figure_end", row_hook=hook1)

    # 2. a raised small unit word "（万元）" (5.5pt) over the header word "合计" (tight, overlapping it)
    def after2(c, y):
        c.setFont("F", 5.5)
        c.drawString(378, 729, "（万元）")
        c.setFont("F", 9)

    r1_gen.page("p3_02_unit_word_raised_over_header", after=after2)

    # 3. figures set 7.5pt, names 9pt; a mark '①' (5.5pt) tucked into row 2080505's name and a mark '2'
    #    (5.5pt, 0.73 of the figures: not "small") into the same row's first figure
    def hook3(c, n, y, code, nm, figs):
        plain(c, y, code, nm, figs, rights=(320, 400, 470), fig_font=7.5)
        if n == 3:
            end = 110 + stringWidth(nm, None, 9)
            c.setFont("F", 5.5)
            c.drawString(end - 3.5, y + 4, "①")
            c.drawString(320 - 2.5, y + 4, "2")
            c.setFont("F", 9)
        return True

    r1_gen.page("p3_03_marks_name_and_smaller_figure", row_hook=hook3)

    # 3b. the mark over the 7.5pt figure alone
    def hook3b(c, n, y, code, nm, figs):
        plain(c, y, code, nm, figs, rights=(320, 400, 470), fig_font=7.5)
        if n == 3:
            c.setFont("F", 5.5)
            c.drawString(320 - 2.5, y + 4, "2")
            c.setFont("F", 9)
        return True

    r1_gen.page("p3_03b_mark_over_smaller_figure", row_hook=hook3b)

    # 4. a raised digit "1" (6pt) over the first figure of the 合计 row, a note's call
    def hook4(c, n, y, code, nm, figs):
        if n != 0:
            return False
        plain(c, y, code, nm, figs)
        c.setFont("F", 6)
        c.drawString(RIGHTS[0] - 3.0, y + 4.2, "1")
        c.setFont("F", 9)
        return True

    r1_gen.page("p3_04_raised_digit_over_total_figure", row_hook=hook4)

    # 5. a small raised figure that is a figure of its own: a 6pt "（其中：12.00）" set raised over the end of
    #    row 2101101's name, overlapping it (a note of the row printed small above its baseline)
    def hook5(c, n, y, code, nm, figs):
        if n != 7:
            return False
        plain(c, y, code, nm, figs)
        end = 110 + stringWidth(nm, None, 9)
        c.setFont("F", 6)
        c.drawString(end - 10, y + 4.6, "（其中：12.00）")
        c.setFont("F", 9)
        return True

    r1_gen.page("p3_05_small_raised_note_with_figure", row_hook=hook5)

    # 6. the unit line set small and raised at the title's right end, overlapping its last glyphs (the
    #    session's title case, the unit raised: its bottom above the title's middle)
    def head6(c):
        c.setFont("F", 16)
        c.drawCentredString(300, 765, "一般公共预算财政拨款支出表")
        c.setFont("F", 9)
        c.drawString(60, 765, "表3")
        c.drawRightString(415, 774, "金额单位：万元")

    r1_gen.page("p3_06_unit_raised_on_title_end", head=head6)

    # 3c. as 3b with the mark at 5pt (0.67 of the 7.5pt figure: "small", so exempt)
    def hook3c(c, n, y, code, nm, figs):
        plain(c, y, code, nm, figs, rights=(320, 400, 470), fig_font=7.5)
        if n == 3:
            c.setFont("F", 5)
            c.drawString(320 - 2.5, y + 4, "2")
            c.setFont("F", 9)
        return True

    r1_gen.page("p3_03c_mark_5pt_over_smaller_figure", row_hook=hook3c)

    # 3d. figures and names both 9pt, the mark 6.5pt (0.72: not "small") tucked into the first figure
    def hook3d(c, n, y, code, nm, figs):
        if n != 3:
            return False
        plain(c, y, code, nm, figs)
        c.setFont("F", 6.5)
        c.drawString(RIGHTS[0] - 2.5, y + 4, "2")
        c.setFont("F", 9)
        return True

    r1_gen.page("p3_03d_mark_6_5pt_over_figure", row_hook=hook3d)
