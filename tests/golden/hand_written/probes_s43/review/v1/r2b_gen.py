"""R2 probes, second set: a table running down onto a second page (its header printed again under a page-top
line of one cell), a phase label over the part, down-then-across printing.
Run: /work/main/.venv/bin/python r2b_gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/w43/tests/golden/hand_written/rules_s27e")
from minipdf import MiniCanvas  # noqa: E402
from r2_gen import BUDGET, draw  # noqa: E402

A4 = (595.2756, 841.8898)
MORE = [
    ("211", "节能环保支出", "300,000.00", "300,000.00", ""),
    ("21101", "环境保护管理事务", "300,000.00", "300,000.00", ""),
    ("2110101", "行政运行", "300,000.00", "300,000.00", ""),
]


def down(name, top_lines, label="年初预算数", words=("科目编码", "科目名称", "小计", "基本支出", "项目支出")):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=A4, producer="probes_s43 review v1")
    c.setFont("F", 9)
    c.drawString(80, 790, "表5")
    c.drawString(180, 770, "一般公共预算财政拨款支出决算表")
    c.drawString(80, 750, "编制单位：某某区卫生健康局")
    c.drawString(440, 750, "单位：元")

    def header(y):
        if label:
            c.drawString(370, y, label)
            y -= 15
        for x, w in zip((80, 170, 320, 376, 437), words):
            c.drawString(x, y, w)
        return y - 15

    y = header(730)
    total = [
        ("", "合计", "3,000,000.00", "2,400,000.00", "600,000.00"),
        ("210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ] + BUDGET[2:]
    for code, nm, *figs in total:
        c.drawString(80, y, code)
        c.drawString(130, y, nm)
        for r, f in zip((358, 421, 480), figs):
            if f:
                c.drawRightString(r, y, f)
        y -= 15
    c.drawString(280, 60, "第 12 页")
    c.showPage()
    c.setFont("F", 9)
    y = 790
    for text, x in top_lines:
        c.drawString(x, y, text)
        y -= 15
    y = header(y)
    for code, nm, *figs in MORE:
        c.drawString(80, y, code)
        c.drawString(130, y, nm)
        for r, f in zip((358, 421, 480), figs):
            if f:
                c.drawRightString(r, y, f)
        y -= 15
    c.drawString(280, 60, "第 13 页")
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)


if __name__ == "__main__":
    # a table running down onto p2, its two-line header printed again ("年初预算数" / the words)
    down("r2_15_down_header_again", [])
    down("r2_16_down_continued_mark", [("续表", 80)])
    down("r2_17_down_running_header", [("某某区卫生健康局2023年度部门决算", 200)])
    down("r2_18_down_unit_name_top", [("某某区卫生健康局", 250)])
    # the phase label the other way round: p1 决算数, the part 年初预算数
    draw("r2_19_part_is_budget", p1_group="决算数", part_label="年初预算数")
