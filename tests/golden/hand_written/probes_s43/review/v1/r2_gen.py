"""R2 probes: a wide 表5 printed by columns, its further block on a page of its own (no code, no name).
Run: /work/main/.venv/bin/python r2_gen.py  (writes r2_*.pdf and r2_*.layout.txt here)."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/w43/tests/golden/hand_written/rules_s27e")
from minipdf import MiniCanvas  # noqa: E402

A4 = (595.2756, 841.8898)

BUDGET = [
    ("", "合计", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("21004", "公共卫生", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("2100402", "卫生监督机构", "1,400,000.00", "1,400,000.00", ""),
    ("2100403", "妇幼保健机构", "1,300,000.00", "700,000.00", "600,000.00"),
]
ACTUALS = [
    ("2,695,200.00", "2,109,200.00", "586,000.00"),
    ("2,695,200.00", "2,109,200.00", "586,000.00"),
    ("2,695,200.00", "2,109,200.00", "586,000.00"),
    ("1,415,200.00", "1,415,200.00", ""),
    ("1,280,000.00", "694,000.00", "586,000.00"),
]


def draw(
    name,
    *,
    title="一般公共预算财政拨款支出决算表",
    cover=None,
    p1_group="年初预算数",
    p1_words=("小计", "基本支出", "项目支出"),
    budget=BUDGET,
    part_label="决算数",
    part_words=((228, "小计"), (283, "基本支出"), (344, "项目支出")),
    part_rights=(265, 328, 387),
    actuals=ACTUALS,
    part_top=None,
    p1_extra=None,
    pages_before=None,
    part_after=None,
):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=A4, producer="probes_s43 review v1")
    if cover:
        c.setFont("F", 16)
        c.drawString(150, 700, cover)
        c.showPage()
    c.setFont("F", 9)
    c.drawString(80, 790, "表5")
    c.drawString(180, 770, title)
    c.drawString(80, 750, "编制单位：某某区卫生健康局")
    c.drawString(440, 750, "单位：元")
    if p1_group:
        c.drawString(370, 730, p1_group)
    for x, word in (
        (80, "科目编码"),
        (170, "科目名称"),
        (320, p1_words[0]),
        (376, p1_words[1]),
        (437, p1_words[2]),
    ):
        c.drawString(x, 715, word)
    y = 700
    for code, nm, *figures in budget:
        if isinstance(nm, tuple):  # a name wrapped over two lines: first piece above, second below
            c.drawString(80, y, code)
            c.drawString(130, y + 5, nm[0])
            c.drawString(130, y - 5, nm[1])
            for right, figure in zip((358, 421, 480), figures):
                c.drawRightString(right, y, figure)
            y -= 20
            continue
        c.drawString(80, y, code)
        c.drawString(130, y, nm)
        for right, figure in zip((358, 421, 480), figures):
            c.drawRightString(right, y, figure)
        y -= 15
    if p1_extra:
        p1_extra(c, y)
    c.drawString(280, 60, "第 12 页")
    c.showPage()
    if pages_before:
        pages_before(c)
    c.setFont("F", 9)
    y = 790
    if part_top:
        for text, x in part_top:
            c.drawString(x, y, text)
            y -= 15
    if part_label:
        c.drawString(285, y, part_label)
        y -= 15
    for x, word in part_words:
        c.drawString(x, y, word)
    y -= 15
    for figures in actuals:
        for right, figure in zip(part_rights, figures):
            if figure:
                c.drawRightString(right, y, figure)
        y -= 15
    if part_after:
        part_after(c, y)
    c.drawString(280, 60, "第 13 页")
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)
    return path


PRIOR = [  # last year's figures, as consistent as this year's
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("1,300,000.00", "1,300,000.00", ""),
    ("1,200,000.00", "700,000.00", "500,000.00"),
]
CHANGE = [  # this year's budget less last year's: also additive
    ("200,000.00", "100,000.00", "100,000.00"),
    ("200,000.00", "100,000.00", "100,000.00"),
    ("200,000.00", "100,000.00", "100,000.00"),
    ("100,000.00", "100,000.00", ""),
    ("100,000.00", "", "100,000.00"),
]

if __name__ == "__main__":
    # control: the session's own case
    draw("r2_00_control")
    # a 部门预算's table: this year's block on p1, last year's (2023年预算数) apart on p2
    draw(
        "r2_01_prior_year_budget",
        title="一般公共预算支出预算表",
        cover="某某区卫生健康局2024年部门预算",
        p1_group="2024年预算数",
        part_label="2023年预算数",
        actuals=PRIOR,
    )
    draw(
        "r2_02_prior_year_exec",
        title="一般公共预算支出预算表",
        cover="某某区卫生健康局2024年部门预算",
        p1_group="2024年预算数",
        part_label="2023年执行数",
        actuals=PRIOR,
    )
    draw(
        "r2_03_change_block",
        title="一般公共预算支出预算表",
        cover="某某区卫生健康局2024年部门预算",
        p1_group="2024年预算数",
        part_label="比上年增减",
        actuals=CHANGE,
    )
    # a final account: the part apart is 调整预算数 (not the report's own; its 年初 budget is)
    draw("r2_04_adjusted_budget", part_label="调整预算数", actuals=PRIOR)
    # a final account: 上年决算数 apart
    draw("r2_05_prior_final", part_label="上年决算数", actuals=PRIOR)

    # a final account: 决算数 on p1, 上年预算数 apart (a budget word, not this year's 年初 budget)
    draw("r2_06_actual_then_prior_budget", p1_group="决算数", part_label="上年预算数", actuals=PRIOR)
    # a subject with no 年初预算 (blank on p1) but spending in the 决算数 part (added mid-year)
    blank_budget = [
        ("", "合计", "2,700,000.00", "2,100,000.00", "600,000.00"),
        ("210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00"),
        ("21004", "公共卫生", "2,700,000.00", "2,100,000.00", "600,000.00"),
        ("2100402", "卫生监督机构", "1,400,000.00", "1,400,000.00", ""),
        ("2100403", "妇幼保健机构", "1,300,000.00", "700,000.00", "600,000.00"),
        ("2100409", "重大公共卫生服务", "", "", ""),
    ]
    blank_actuals = [
        ("2,795,200.00", "2,109,200.00", "686,000.00"),
        ("2,795,200.00", "2,109,200.00", "686,000.00"),
        ("2,795,200.00", "2,109,200.00", "686,000.00"),
        ("1,415,200.00", "1,415,200.00", ""),
        ("1,280,000.00", "694,000.00", "586,000.00"),
        ("100,000.00", "", "100,000.00"),
    ]
    draw("r2_07_blank_budget_row", budget=blank_budget, actuals=blank_actuals)
    # 合计 printed last, on both pages
    draw("r2_08_total_last", budget=BUDGET[1:] + BUDGET[:1], actuals=ACTUALS[1:] + ACTUALS[:1])
    # a name wrapped over two lines on p1 (its code and figures between the pieces)
    wrapped = list(BUDGET)
    wrapped[3] = ("2100402", ("卫生监督机构及其", "他监督执法"), "1,400,000.00", "1,400,000.00", "")
    draw("r2_09_wrapped_name", budget=wrapped)
    # the part's header words in another order than p1's (项目支出 基本支出 小计), figures likewise
    draw(
        "r2_10_other_order",
        part_words=((228, "项目支出"), (290, "基本支出"), (360, "小计")),
        actuals=[(p, b, t) for t, b, p in ACTUALS],
    )
    # the part printing figures for only some rows (the 项 rows left out)
    draw("r2_11_some_rows", actuals=ACTUALS[:3])
    # the part page opening on "单位：元" (one cell) above the label and the words
    draw("r2_12_unit_line_on_top", part_top=[("单位：元", 400)])
    # the part's group label wider than the words' line, printed as two lines "决算数" / "（按功能分类）"
    draw("r2_13_label_two_lines", part_top=[("决算数", 285)], part_label="（按支出功能分类）")
    # a part without a label (a final account): p1's block 年初预算数; the part's figures actual by default
    draw("r2_14_no_label", part_label=None)
