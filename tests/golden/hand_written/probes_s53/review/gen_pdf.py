"""Draw PDF probes with probes_s42/review/v5/g5.py's P (a real PDF, full grid), then the real pdftotext -layout.
Names and figures are typed here; rows' opts as g5 (pos: code+figures top/mid/bottom of the cell)."""

import os
import sys

V5 = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probes_s42", "review", "v5")
sys.path.insert(0, V5)
import g5  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))


def write(stem, rows, total, style):
    t = g5.Tab(
        "某某县自然资源局2024年一般公共预算支出表",
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [("", "合计", total, {})] + rows,
    )
    pdf = os.path.join(OUT, stem + ".pdf")
    p = g5.P(pdf, dict(org="某某县自然资源局", cover="2024年部门预算", date="2024年1月", style=style))
    p.front([("一、部门职责", True), ("负责全县自然资源管理工作。", False)], [t])
    p.table(t, 3)
    p.save()


F = g5.f


def r(code, name, a, b, c, **o):
    return (code, name, (F(a), F(b), F(c)), o)


# q1: centred (mid) cells, two rows set top (code + figures at the cell's top: name hangs below its code line),
# both of exactly 16 characters (2 x 8 em): 2080505 and 21208.
q1 = [
    r("208", "社会保障和就业支出", 137.70, 137.70, 0),
    r("20805", "行政事业单位养老支出", 137.70, 137.70, 0),
    r("2080505", "机关事业单位基本养老保险缴费支出", 98.36, 98.36, 0, pos="top"),
    r("2080506", "机关事业单位职业年金缴费支出", 39.34, 39.34, 0),
    r("212", "城乡社区支出", 600, 0, 600),
    r("21208", "国有土地使用权出让收入安排的支出", 600, 0, 600, pos="top"),
    r("2120802", "土地开发支出", 450, 0, 450),
    r("2120899", "其他国有土地使用权出让收入安排的支出", 150, 0, 150),
    r("220", "自然资源海洋气象等支出", 320, 320, 0),
    r("22001", "自然资源事务", 320, 320, 0),
    r("2200101", "行政运行", 320, 320, 0),
]
write(
    "q1_pdf_centred_cells_two_top_aligned_16char_names_budget",
    q1,
    (F(1057.70), F(457.70), F(600)),
    dict(name_w=8, fig_pos="mid"),
)

# q2: names indented by level on their first line only (full-width spaces, the yc1 shape: each piece given),
# one 项 (2080506) indented on every line (a cell's indent format) and hanging below its code line, before a
# 类 whose name is on its line (212) and a 款 indented on its first line.
q2 = [
    r("208", "社会保障和就业支出", 137.70, 137.70, 0, pieces=["社会保障和就业支", "出"]),
    r("20805", "行政事业单位养老支出", 137.70, 137.70, 0, pieces=["　行政事业单位养", "老支出"]),
    r(
        "2080505",
        "机关事业单位基本养老保险缴费支出",
        98.36,
        98.36,
        0,
        pieces=["　　机关事业单位", "基本养老保险缴费", "支出"],
    ),
    r(
        "2080506",
        "机关事业单位职业年金缴费支出",
        39.34,
        39.34,
        0,
        pieces=["　　机关事业单位", "　　职业年金缴费", "　　支出"],
        pos="top",
    ),
    r("212", "城乡社区支出", 600, 0, 600),
    r(
        "21208",
        "国有土地使用权出让收入安排的支出",
        600,
        0,
        600,
        pieces=["　国有土地使用权", "出让收入安排的支", "出"],
    ),
    r("2120802", "土地开发支出", 450, 0, 450, pieces=["　　土地开发支出"]),
    r(
        "2120899",
        "其他国有土地使用权出让收入安排的支出",
        150,
        0,
        150,
        pieces=["　　其他国有土地", "使用权出让收入安", "排的支出"],
    ),
    r("220", "自然资源海洋气象等支出", 320, 320, 0),
    r("22001", "自然资源事务", 320, 320, 0, pieces=["　自然资源事务"]),
    r("2200101", "行政运行", 320, 320, 0, pieces=["　　行政运行"]),
]
write(
    "q2_pdf_first_line_indent_one_row_every_line_budget",
    q2,
    (F(1057.70), F(457.70), F(600)),
    dict(name_w=8, fig_pos="mid"),
)
