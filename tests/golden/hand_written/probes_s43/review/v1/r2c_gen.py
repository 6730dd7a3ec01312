"""R2 probes, third set: down-then-across printing (rows 1-5 p1, 6-8 p2, their 决算数 blocks p3 and p4); the
last row's figures on the line below its name (the new stray at a table's end).
Run: /work/main/.venv/bin/python r2c_gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/w43/tests/golden/hand_written/rules_s27e")
from minipdf import MiniCanvas  # noqa: E402
from r2_gen import ACTUALS, BUDGET  # noqa: E402
from r2b_gen import MORE  # noqa: E402

A4 = (595.2756, 841.8898)
TOTAL = [
    ("", "合计", "3,000,000.00", "2,400,000.00", "600,000.00"),
    ("210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00"),
] + BUDGET[2:]
MORE_ACT = [("310,000.00", "310,000.00", "")] * 3
ACT1 = [("3,005,200.00", "2,419,200.00", "586,000.00")] + ACTUALS[1:]


def rows_page(c, rows, header):
    c.setFont("F", 9)
    y = 790
    if header:
        c.drawString(80, y, "表5")
        c.drawString(180, y - 20, "一般公共预算财政拨款支出决算表")
        c.drawString(80, y - 40, "编制单位：某某区卫生健康局")
        c.drawString(440, y - 40, "单位：元")
        y -= 60
    c.drawString(370, y, "年初预算数")
    for x, w in ((80, "科目编码"), (170, "科目名称"), (320, "小计"), (376, "基本支出"), (437, "项目支出")):
        c.drawString(x, y - 15, w)
    y -= 30
    for code, nm, *figs in rows:
        c.drawString(80, y, code)
        c.drawString(130, y, nm)
        for r, f in zip((358, 421, 480), figs):
            if f:
                c.drawRightString(r, y, f)
        y -= 15


def part_page(c, lines):
    c.setFont("F", 9)
    c.drawString(285, 790, "决算数")
    for x, w in ((228, "小计"), (283, "基本支出"), (344, "项目支出")):
        c.drawString(x, 775, w)
    y = 760
    for figs in lines:
        for r, f in zip((265, 328, 387), figs):
            if f:
                c.drawRightString(r, y, f)
        y -= 15


def save(c, path):
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)


if __name__ == "__main__":
    path = os.path.join(HERE, "r2_20_down_then_across.pdf")
    c = MiniCanvas(path, pagesize=A4, producer="probes_s43 review v1")
    for n, draw_page in enumerate(
        (
            lambda: rows_page(c, TOTAL, True),
            lambda: rows_page(c, MORE, False),
            lambda: part_page(c, ACT1),
            lambda: part_page(c, MORE_ACT),
        )
    ):
        draw_page()
        c.setFont("F", 9)
        c.drawString(280, 60, f"第 {12 + n} 页")
        c.showPage()
    save(c, path)

    # across-then-down: p1 rows 1-5, p2 their block, p3 rows 6-8, p4 their block
    path = os.path.join(HERE, "r2_21_across_then_down.pdf")
    c = MiniCanvas(path, pagesize=A4, producer="probes_s43 review v1")
    for n, draw_page in enumerate(
        (
            lambda: rows_page(c, TOTAL, True),
            lambda: part_page(c, ACT1),
            lambda: rows_page(c, MORE, False),
            lambda: part_page(c, MORE_ACT),
        )
    ):
        draw_page()
        c.setFont("F", 9)
        c.drawString(280, 60, f"第 {12 + n} 页")
        c.showPage()
    save(c, path)

    # the last row's figures on the line below its code and name (a name filling its cell), one page
    path = os.path.join(HERE, "r2_22_last_row_figures_below.pdf")
    c = MiniCanvas(path, pagesize=A4, producer="probes_s43 review v1")
    rows_page(c, BUDGET[:4], True)
    y = 790 - 60 - 30 - 4 * 15
    c.drawString(80, y, "2100403")
    c.drawString(130, y, "妇幼保健机构")
    for r, f in zip((358, 421, 480), BUDGET[4][2:]):
        c.drawRightString(r, y - 12, f)
    c.drawString(80, y - 40, "表6")
    c.drawString(180, y - 55, "一般公共预算财政拨款基本支出决算表")
    save(c, path)
