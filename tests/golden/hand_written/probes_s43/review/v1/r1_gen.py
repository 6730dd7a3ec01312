"""R1 probes: glyphs of another size or height printed across a line's glyphs (layout._visual_lines).
Run: /work/main/.venv/bin/python r1_gen.py  (writes r1_*.pdf and r1_*.layout.txt here)."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/w43/tests/golden/hand_written/rules_s27e")
from minipdf import MiniCanvas, stringWidth  # noqa: E402

A4 = (595.2756, 841.8898)
ROWS = [
    ("", "合计", "1,864.20", "1,500.00", "364.20"),
    ("208", "社会保障和就业支出", "1,864.20", "1,500.00", "364.20"),
    ("20805", "行政事业单位养老支出", "1,864.20", "1,500.00", "364.20"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,200.00", "1,200.00", ""),
    ("2080506", "机关事业单位职业年金缴费支出", "664.20", "300.00", "364.20"),
    ("210", "卫生健康支出", "530.00", "530.00", ""),
    ("21011", "行政事业单位医疗", "530.00", "530.00", ""),
    ("2101101", "行政单位医疗", "400.00", "400.00", ""),
    ("2101102", "事业单位医疗", "130.00", "130.00", ""),
]
# (the 合计 is 208's 1,864.20 + 210's 530.00 = 2,394.20)
ROWS[0] = ("", "合计", "2,394.20", "2,030.00", "364.20")
RIGHTS = (400, 470, 540)


def page(name, *, head=None, rows=ROWS, row_font=9, pitch=15, row_hook=None, after=None, size=A4):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=size, producer="probes_s43 review v1")
    if head:
        head(c)
    else:
        c.setFont("F", 9)
        c.drawString(60, 790, "表3")
        c.setFont("F", 16)
        c.drawCentredString(300, 765, "一般公共预算支出表")
        c.setFont("F", 9)
        c.drawString(480, 745, "单位：万元")
    c.setFont("F", 9)
    for x, w in ((60, "科目编码"), (180, "科目名称"), (380, "合计"), (440, "基本支出"), (505, "项目支出")):
        c.drawString(x, 725, w)
    y = 708
    for n, (code, nm, *figs) in enumerate(rows):
        c.setFont("F", row_font)
        if row_hook and row_hook(c, n, y, code, nm, figs):
            y -= pitch
            continue
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        for r, f in zip(RIGHTS, figs):
            if f:
                c.drawRightString(r, y, f)
        y -= pitch
    if after:
        after(c, y)
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)
    return path


def cover(c):
    c.setFont("F", 16)
    c.drawString(150, 800, "某某区人力资源和社会保障局2024年部门预算")


if __name__ == "__main__":
    page("r1_00_control")

    # 1. the session's own case, with "表3" set small on the title's baseline at the left
    def head1(c):
        c.setFont("F", 16)
        c.drawCentredString(300, 765, "一般公共预算财政拨款支出表")
        c.setFont("F", 9)
        c.drawString(60, 765, "表3")
        c.drawRightString(415, 765, "金额单位：万元")

    page("r1_01_label_on_title_baseline", head=head1)

    # 2. a note mark set small and raised, tucked into the name's last character (negative spacing)
    def hook2(c, n, y, code, nm, figs):
        if n != 3:
            return False
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        end = 110 + stringWidth(nm, None, 9)
        c.setFont("F", 5.5)
        c.drawString(end - 3.5, y + 4, "①")
        c.setFont("F", 9)
        for r, f in zip(RIGHTS, figs):
            if f:
                c.drawRightString(r, y, f)
        return True

    page("r1_02_note_mark_over_name_end", row_hook=hook2)

    # 3. the same mark after a figure, tucked into its last digit
    def hook3(c, n, y, code, nm, figs):
        if n != 4:
            return False
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        for r, f in zip(RIGHTS, figs):
            if f:
                c.drawRightString(r, y, f)
        c.setFont("F", 5.5)
        c.drawString(RIGHTS[0] - 2.5, y + 4, "2")
        c.setFont("F", 9)
        return True

    page("r1_03_note_mark_over_figure_end", row_hook=hook3)

    # 3b. the mark set after the figure, touching, not over it (as Word sets a superscript)
    def hook3b(c, n, y, code, nm, figs):
        if n != 4:
            return False
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        for r, f in zip(RIGHTS, figs):
            if f:
                c.drawRightString(r, y, f)
        c.setFont("F", 5.5)
        c.drawString(RIGHTS[0] + 0.3, y + 4, "2")
        c.setFont("F", 9)
        return True

    page("r1_03b_note_mark_after_figure", row_hook=hook3b)

    # 4. a watermark "内部资料" set at 26pt (under 4x the text: kept), across rows 3-5, over name and figures
    def wm(c, y):
        c.setFillGray(0.85)
        c.setFont("F", 26)
        c.drawString(200, 708 - 3.5 * 15, "内部资料")
        c.setFillGray(0)

    page("r1_04_watermark_across_rows", after=wm)

    # 5. a title and a subtitle set tight below it, centred, the subtitle's box overlapping the title's
    def head5(c):
        c.setFont("F", 9)
        c.drawString(60, 790, "表3")
        c.setFont("F", 16)
        c.drawCentredString(300, 765, "一般公共预算支出表")
        c.setFont("F", 10)
        c.drawCentredString(300, 759, "（按支出功能分类科目）")
        c.setFont("F", 9)
        c.drawString(480, 745, "单位：万元")

    page("r1_05_subtitle_tight", head=head5)

    # 6. the 合计 row set larger (11pt) with tight rows (pitch 11)
    def hook6(c, n, y, code, nm, figs):
        if n != 0:
            return False
        c.setFont("F", 11)
        c.drawString(110, y, nm)
        for r, f in zip(RIGHTS, figs):
            c.drawRightString(r, y, f)
        c.setFont("F", 9)
        return True

    page("r1_06_total_row_larger_tight", row_hook=hook6, pitch=9.5)

    # 7. names set 9pt, figures 7.5pt (another font size), a long name running under the first figure
    def hook7(c, n, y, code, nm, figs):
        c.setFont("F", 9)
        c.drawString(60, y, code)
        c.drawString(110, y, nm if n != 3 else nm + "（含补缴）")
        c.setFont("F", 7.5)
        for r, f in zip((320, 400, 470), figs):
            if f:
                c.drawRightString(r, y + 0.5, f)
        c.setFont("F", 9)
        return True

    page("r1_07_name_runs_under_smaller_figure", row_hook=hook7)

    # 8. a seal's text ("某某区人力资源和社会保障局") set 12pt horizontally across two rows' figures
    def seal(c, y):
        c.setFont("F", 12)
        c.drawString(330, 708 - 5 * 15 - 2, "财务专用章")

    page("r1_08_seal_text_across_rows", after=seal)

    # 9. bold 合计 row drawn twice a hair apart, larger, with the unit line crossing nothing
    def hook9(c, n, y, code, nm, figs):
        if n != 0:
            return False
        for dx in (0, 0.3):
            c.setFont("F", 10)
            c.drawString(110 + dx, y, nm)
            for r, f in zip(RIGHTS, figs):
                c.drawRightString(r + dx, y, f)
        c.setFont("F", 9)
        return True

    page("r1_09_bold_total_twice", row_hook=hook9)

    # 10. a note mark tucked into a header word's last character ("项目支出①")
    def head10(c):
        c.setFont("F", 9)
        c.drawString(60, 790, "表3")
        c.setFont("F", 16)
        c.drawCentredString(300, 765, "一般公共预算支出表")
        c.setFont("F", 9)
        c.drawString(480, 745, "单位：万元")
        c.setFont("F", 5.5)
        c.drawString(505 + 36 - 3.5, 729, "①")

    page("r1_10_note_mark_over_header_word", head=head10)

    # 11. the same mark tucked into the 合计 label of the first row
    def hook11(c, n, y, code, nm, figs):
        if n != 0:
            return False
        c.drawString(110, y, nm)
        c.setFont("F", 5.5)
        c.drawString(110 + 18 - 3.5, y + 4, "①")
        c.setFont("F", 9)
        for r, f in zip(RIGHTS, figs):
            c.drawRightString(r, y, f)
        return True

    page("r1_11_note_mark_over_total_label", row_hook=hook11)

    # 12. a note mark set right after the name (touching, not over it): control for r1_02
    def hook12(c, n, y, code, nm, figs):
        if n != 3:
            return False
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        end = 110 + stringWidth(nm, None, 9)
        c.setFont("F", 5.5)
        c.drawString(end + 0.2, y + 4, "①")
        c.setFont("F", 9)
        for r, f in zip(RIGHTS, figs):
            if f:
                c.drawRightString(r, y, f)
        return True

    page("r1_12_note_mark_after_name", row_hook=hook12)
