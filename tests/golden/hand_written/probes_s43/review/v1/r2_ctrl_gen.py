"""Control for r2_05/r2_06: the same table printed whole on one landscape page (both blocks side by side), to
see how the ordinary header reading treats a block under 上年决算数 / 上年预算数.
Run: /work/main/.venv/bin/python r2_ctrl_gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/w43/tests/golden/hand_written/rules_s27e")
from minipdf import MiniCanvas  # noqa: E402
from r2_gen import BUDGET, PRIOR  # noqa: E402


def draw(name, left_group, right_group):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=(841.8898, 595.2756), producer="probes_s43 review v1")
    c.setFont("F", 9)
    c.drawString(60, 560, "表5")
    c.drawString(300, 540, "一般公共预算财政拨款支出决算表")
    c.drawString(60, 520, "编制单位：某某区卫生健康局")
    c.drawString(700, 520, "单位：元")
    c.drawString(370, 500, left_group)
    c.drawString(600, 500, right_group)
    words = (
        (320, "小计"),
        (376, "基本支出"),
        (437, "项目支出"),
        (548, "小计"),
        (603, "基本支出"),
        (664, "项目支出"),
    )
    for x, w in ((60, "科目编码"), (150, "科目名称"), *words):
        c.drawString(x, 485, w)
    y = 470
    for (code, nm, *figs), other in zip(BUDGET, PRIOR):
        c.drawString(60, y, code)
        c.drawString(110, y, nm)
        for right, f in zip((358, 421, 480, 585, 648, 707), (*figs, *other)):
            if f:
                c.drawRightString(right, y, f)
        y -= 15
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)


if __name__ == "__main__":
    draw("r2_05c_one_page_prior_final", "年初预算数", "上年决算数")
    draw("r2_06c_one_page_prior_budget", "决算数", "上年预算数")
