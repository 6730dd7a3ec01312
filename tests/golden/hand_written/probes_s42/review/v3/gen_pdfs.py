"""Write the PDF-born probes (pdfgen.py draws, the real pdftotext -layout turns them into .layout.txt):
f1 names hanging BELOW their code's line (code and figures on the name's first line), the first line indented
by level ("　" per level below 类), a 9-em name cell; f2 split code columns (类 | 款 | 项), code and figures in
the cell's middle (names centred on their code's line), a 6-em cell (gen_f2.F2's subjects); f3 bottom-aligned cells (Excel's default: code and figures
on the name's LAST line), an 8-em cell. Both: 部门收入总表 + 部门支出总表 of v3gen.SUBJECTS."""

from v3gen import UNIT
from pdfgen import Tab, write
from try_pdf import rows
from gen_f2 import F2


def f(v):
    return f"{v:,.2f}"


rows_f2 = [
    (
        c or "合计",
        n if c else "合计",
        {None: 1, 3: 1, 5: 2, 7: 3}[len(c) if c else None],
        [f(v) for v in figs],
    )
    for c, n, figs in F2
]

HEADS = [
    (
        f"{UNIT}2024年部门收入总表",
        ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入"],
    ),
    (f"{UNIT}2024年部门支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]),
]
for stem, style in (
    ("f1_top_aligned_first_line_indent_budget", dict(name_w=9, fig_pos="top", indent="　")),
    ("f3_bottom_aligned_names_budget", dict(name_w=8, fig_pos="bottom", indent="")),
):
    print(write(stem, UNIT, "2024年部门预算", [Tab(t, h, rows) for t, h in HEADS], style))
# f2: split code columns 类 | 款 | 项, code and figures in the cell's middle (names centred on their line), 6 em
SPLIT = [
    (
        f"{UNIT}2024年部门收入总表",
        ["类", "款", "项", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入"],
    ),
    (f"{UNIT}2024年部门支出总表", ["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"]),
]
print(
    write(
        "f2_split_codes_centred_names_budget",
        UNIT,
        "2024年部门预算",
        [Tab(t, h, rows_f2) for t, h in SPLIT],
        dict(name_w=6, fig_pos="mid", indent=""),
    )
)
