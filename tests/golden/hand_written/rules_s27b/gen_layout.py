"""Writes the rules_s27b inputs: `pdftotext -layout` style lines (*.layout.txt), text cells left-aligned and
figures right-aligned at fixed character columns (a CJK character one column, as pdftotext -layout prints
it), and two plain-text controls (*.txt). Figures typed here by hand; expectations typed separately in
rules_s27b_data.py. Each 三公 header is placed cell by cell: a group label where pdftotext -layout centres it."""

import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def width(text):
    """Columns a text takes on the page: a CJK (wide) character two, as pdftotext -layout places the next cell."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def row(*cells):
    """cells: (text, col, align) with align 'l' (starts at col) or 'r' (ends at col), col a page column. Each
    cell is written at its page column (pdftotext -layout pads with spaces up to it); a cell that would
    overlap the page extent of the one before is an error of the layout typed here."""
    line, end = "", 0
    for text, col, align in sorted(cells, key=lambda c: c[1] - (width(c[0]) if c[2] == "r" else 0)):
        start = col if align == "l" else col - width(text)
        if line and start < end + 1:
            raise ValueError(f"cell {text!r} at {start} overlaps the cell before (ends {end}): {line!r}")
        line += " " * max(start - len(line), 1 if line else 0) + text
        end = start + width(text)
    return line


def figs(label, values, ends, indent=2):
    cells = [(label, indent, "l")] if label else []
    cells += [(v, c, "r") for v, c in zip(values, ends, strict=True) if v]
    return row(*cells)


def write(name, lines):
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def cover(unit, year_line, part):
    return [
        unit,
        year_line,
        "",
        row(("目  录", 40, "l")),
        row(("第一部分 部门概况", 4, "l")),
        row((f"第二部分 {part}", 4, "l")),
        "\f" + row(("第一部分 部门概况", 36, "l")),
        row(("本部门由局机关和所属3个事业单位组成，编制人数48人。", 4, "l")),
        "",
        "\f" + row((f"第二部分 {part}", 36, "l")),
    ]


# ---- a layout 支出总表 / 支出决算表 before each 三公 table (the same figures in every layout input, 万元)
E = (70, 84, 98)


def coded(code, name, values, name_col=14):
    cells = [(code, 2, "l")] if code else []
    cells.append((name, name_col, "l"))
    cells += [(v, c, "r") for v, c in zip(values, E) if v]
    return row(*cells)


def expenditure(title):
    return [
        row((title, 38, "l")),
        row(("单位：万元", 90, "l")),
        row(
            ("科目编码", 2, "l"),
            ("科目名称", 24, "l"),
            ("合计", 64, "l"),
            ("基本支出", 76, "l"),
            ("项目支出", 90, "l"),
        ),
        coded("", "合计", ("1,285.00", "840.00", "445.00"), name_col=24),
        coded("208", "社会保障和就业支出", ("96.00", "96.00", "")),
        coded("20805", "行政事业单位养老支出", ("96.00", "96.00", "")),
        coded("2080505", "机关事业单位基本养老保险缴费支出", ("96.00", "96.00", "")),
        coded("213", "农林水支出", ("1,189.00", "744.00", "445.00")),
        coded("21303", "水利", ("1,189.00", "744.00", "445.00")),
        coded("2130301", "行政运行", ("744.00", "744.00", "")),
        coded("2130306", "水利工程运行与维护", ("320.00", "", "320.00")),
        coded("2130311", "水资源节约管理与保护", ("125.00", "", "125.00")),
        "",
        row(("- 4 -", 50, "l")),
    ]


UNIT = "某省某某县水利局"


def budget_doc(sangong_lines):
    return (
        cover(UNIT, "2024年部门预算", "部门预算表")
        + ["\f" + row(("表3", 34, "l"), ("部门支出总表", 38, "l"))]
        + expenditure("部门支出总表")[1:]
        + ["\f" + sangong_lines[0]]
        + sangong_lines[1:]
        + ["", row(("- 5 -", 50, "l"))]
    )


def final_doc(sangong_lines):
    return (
        cover(UNIT, "2023年度部门决算", "部门决算表")
        + ["\f" + row(("表3", 34, "l"), ("支出决算表", 38, "l"))]
        + expenditure("支出决算表")[1:]
        + ["\f" + sangong_lines[0]]
        + sangong_lines[1:]
        + ["", row(("- 5 -", 50, "l"))]
    )


# ---- the usual single-block header (rules_s26's places): 合计 | 因公出国（境）费 | 公务用车购置及运行费
# (小计 | 购置费 | 运行费) | 公务接待费. Page extents: 合计 26-30, 出国 34-50, 小计 53-57, 购置费 61-67, 运行费 76-82,
# 公务接待费 90-100; the group name (20 columns) centred over 购置费 … 运行费 starts at 61, right of 小计.
SIX = (31, 46, 57, 66, 81, 94)  # right ends of the six figure columns


def six_header(
    title, group_col=61, sub=("小计", "购置费", "运行费"), sub_cols=(53, 61, 76), unit="单位：万元"
):
    return [
        row((title, 24, "l")),
        row((unit, 86, "l")),
        row(("公务用车购置及运行费", group_col, "l")),
        row(("项目", 4, "l"), ("合计", 26, "l"), ("因公出国（境）费", 34, "l"), ("公务接待费", 90, "l")),
        row(*[(w, c, "l") for w, c in zip(sub, sub_cols, strict=True)]),
    ]


BUDGET_TITLE = "表7 一般公共预算“三公”经费支出预算表"
FINAL_TITLE = "表7 一般公共预算财政拨款“三公”经费支出决算表"

# a01: the rule's own case: the vehicle group centred right of 小计 (over 购置费 and 运行费), one unlabelled row
write(
    "a01_group_right_of_subtotal.layout.txt",
    budget_doc(
        six_header(BUDGET_TITLE) + [figs("", ("25.60", "3.00", "15.40", "4.00", "11.40", "7.20"), SIX)]
    ),
)

# a02: the same header, rows 2023年预算数 / 2024年预算数 / 增减额
write(
    "a02_group_right_year_rows.layout.txt",
    budget_doc(
        six_header(BUDGET_TITLE)
        + [
            figs("2023年预算数", ("27.00", "2.00", "17.00", "5.00", "12.00", "8.00"), SIX),
            figs("2024年预算数", ("23.50", "1.50", "14.80", "3.00", "11.80", "7.20"), SIX),
            figs("增减额", ("-3.50", "-0.50", "-2.20", "-2.00", "-0.20", "-0.80"), SIX),
        ]
    ),
)

# a03 (control): the vehicle group's name starting left of 小计 (51-71, standing over all three of its columns)
write(
    "a03_group_over_subtotal_control.layout.txt",
    budget_doc(
        six_header(BUDGET_TITLE, group_col=51)
        + [figs("", ("40.30", "6.00", "22.30", "0.00", "22.30", "12.00"), SIX)]
    ),
)

# a04: 小计 | 运行费 | 购置费 (operation before purchase), the group right of 小计
write(
    "a04_reversed_operation_first.layout.txt",
    budget_doc(
        six_header(BUDGET_TITLE, sub=("小计", "运行费", "购置费"))
        + [figs("", ("31.80", "2.50", "20.30", "14.30", "6.00", "9.00"), SIX)]
    ),
)

# a05: Jiangsu's form: 合计 | “三公”经费 (小计 | 出国 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费) | 接待) |
# 会议费 | 培训费. Extents: 合计 18-22, 小计 28-32, 出国 36-52, 小计 56-60, 购置费 64-70, 运行维护费 74-84, 接待 90-100,
# 会议费 104-110, 培训费 114-120; the vehicle group (24 columns) 62-86, right of its 小计; “三公”经费 (10 columns)
# centred over 28 … 100: 59-69, over the vehicle 小计's edge and 购置费.
J = (22, 32, 47, 60, 69, 81, 96, 109, 119)
write(
    "a05_jiangsu_two_subtotals.layout.txt",
    budget_doc(
        [
            row(("表7 一般公共预算“三公”经费、会议费、培训费支出预算表", 24, "l")),
            row(("单位：万元", 108, "l")),
            row(("“三公”经费", 59, "l")),
            row(
                ("项目", 4, "l"),
                ("合计", 18, "l"),
                ("因公出国（境）费", 36, "l"),
                ("公务用车购置及运行维护费", 62, "l"),
                ("公务接待费", 90, "l"),
                ("会议费", 104, "l"),
                ("培训费", 114, "l"),
            ),
            row(("小计", 28, "l"), ("小计", 56, "l"), ("购置费", 64, "l"), ("运行维护费", 74, "l")),
            figs("", ("60.00", "42.50", "5.00", "28.00", "10.00", "18.00", "9.50", "6.00", "11.50"), J),
        ]
    ),
)

# a06: the 三公 小计 followed straight by 公务用车购置费 and 公务用车运行费 (no vehicle subtotal column),
# 会议费 / 培训费 beside: the 小计 is the 三公 total's. Extents: 合计 18-22, 小计 28-32, 购置 36-50, 运行 54-68,
# 出国 72-88, 接待 92-102, 会议费 106-112, 培训费 116-122; “三公”经费 centred over 28 … 102: 60-70.
K = (22, 32, 46, 64, 83, 99, 111, 121)
write(
    "a06_sangong_subtotal_then_purchase.layout.txt",
    budget_doc(
        [
            row(("表7 一般公共预算“三公”经费、会议费、培训费支出预算表", 24, "l")),
            row(("单位：万元", 110, "l")),
            row(("“三公”经费", 60, "l")),
            row(("项目", 4, "l"), ("合计", 18, "l"), ("会议费", 106, "l"), ("培训费", 116, "l")),
            row(
                ("小计", 28, "l"),
                ("公务用车购置费", 36, "l"),
                ("公务用车运行费", 54, "l"),
                ("因公出国（境）费", 72, "l"),
                ("公务接待费", 92, "l"),
            ),
            figs("", ("42.00", "30.00", "8.00", "12.00", "4.00", "6.00", "5.00", "7.00"), K),
        ]
    ),
)

# Two blocks side by side (a07, a16). Block 1 extents: 合计 18-22, 出国 26-42, 小计 46-50, 购置费 54-60, 运行费 64-70,
# 接待 74-84, the group (20 columns) 53-73 right of 小计; block 2 the same 72 columns right.
B1 = (22, 38, 50, 59, 69, 80)
B2 = tuple(c + 72 for c in B1)


def two_block_header(title, phase1, phase2):
    return [
        row((title, 50, "l")),
        row(("单位：万元", 146, "l")),
        row((phase1, 51 - width(phase1) // 2, "l"), (phase2, 123 - width(phase2) // 2, "l")),
        row(("公务用车购置及运行费", 53, "l"), ("公务用车购置及运行费", 125, "l")),
        row(
            ("项目", 2, "l"),
            *[
                (w, c + off, "l")
                for off in (0, 72)
                for w, c in (("合计", 18), ("因公出国（境）费", 26), ("公务接待费", 74))
            ],
        ),
        row(
            *[(w, c + off, "l") for off in (0, 72) for w, c in (("小计", 46), ("购置费", 54), ("运行费", 64))]
        ),
    ]


# a07: a final account, 预算数 block | 决算数 block, each with 小计 | 购置费 | 运行费 (group right of 小计)
write(
    "a07_final_two_phase_blocks.layout.txt",
    final_doc(
        two_block_header(FINAL_TITLE, "预算数", "决算数")
        + [
            figs(
                "",
                ("36.00", "4.00", "22.00", "6.00", "16.00", "10.00")
                + ("33.45", "2.15", "21.30", "5.80", "15.50", "10.00"),
                B1 + B2,
            ),
        ]
    ),
)

# a08: a final account, one block, rows 年初预算数 / 本年决算数
write(
    "a08_final_phase_rows.layout.txt",
    final_doc(
        six_header(FINAL_TITLE)
        + [
            figs("年初预算数", ("19.00", "0.00", "11.00", "0.00", "11.00", "8.00"), SIX),
            figs("本年决算数", ("17.26", "0.00", "10.48", "0.00", "10.48", "6.78"), SIX),
        ]
    ),
)

# a09: the 小计 cell blank (purchase and operation printed), one unlabelled row
write(
    "a09_subtotal_blank.layout.txt",
    budget_doc(six_header(BUDGET_TITLE) + [figs("", ("14.00", "0.00", "", "0.00", "9.00", "5.00"), SIX)]),
)

# a10: dashes under 出国 and the whole vehicle group, one row labelled 2024年预算数
write(
    "a10_subtotal_dash_labelled_row.layout.txt",
    budget_doc(six_header(BUDGET_TITLE) + [figs("2024年预算数", ("8.60", "-", "-", "-", "-", "8.60"), SIX)]),
)

# a11: header words wrapped over two lines (因公出国 / （境）费, 购置 / 费, 运行 / 费, 公务接待 / 费), the vehicle
# group's name wrapped too (公务用车购置 66-78 / 及运行费 68-76), centred right of 小计 (53-57)
write(
    "a11_wrapped_header_words.layout.txt",
    budget_doc(
        [
            row((BUDGET_TITLE, 24, "l")),
            row(("单位：万元", 86, "l")),
            row(("公务用车购置", 66, "l")),
            row(("及运行费", 68, "l")),
            row(("项目", 4, "l"), ("合计", 26, "l"), ("因公出国", 38, "l"), ("公务接待", 88, "l")),
            row(
                ("（境）费", 38, "l"),
                ("小计", 53, "l"),
                ("购置", 61, "l"),
                ("运行", 76, "l"),
                ("费", 91, "l"),
            ),
            row(("费", 62, "l"), ("费", 77, "l")),
            figs("", ("52.70", "10.20", "30.50", "18.00", "12.50", "12.00"), SIX),
        ]
    ),
)

# a12: a final account with a 统计数 block of counts right of the money: 预算数 (合计 | 出国 | 公务用车购置及运行费 |
# 接待) | 决算数 (合计 | 出国 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 接待) | 统计数 (购置数（辆） | 保有量（辆） |
# 接待批次 | 接待人次). Extents: 16-20, 24-40, 44-64, 68-78 | 84-88, 92-108, 小计 112-116, 120-126, 130-136, 140-150,
# group 118-138 | 154-166, 170-182, 186-194, 198-206.
C = (20, 36, 58, 74, 88, 104, 116, 125, 135, 146, 162, 178, 192, 204)
write(
    "a12_final_counts_block.layout.txt",
    final_doc(
        [
            row((FINAL_TITLE, 60, "l")),
            row(("单位：万元", 196, "l")),
            row(("预算数", 44, "l"), ("决算数", 114, "l"), ("统计数", 177, "l")),
            row(("公务用车购置及运行费", 118, "l")),
            row(
                ("项目", 2, "l"),
                ("合计", 16, "l"),
                ("因公出国（境）费", 24, "l"),
                ("公务用车购置及运行费", 44, "l"),
                ("公务接待费", 68, "l"),
                ("合计", 84, "l"),
                ("因公出国（境）费", 92, "l"),
                ("公务接待费", 140, "l"),
                ("购置数（辆）", 154, "l"),
                ("保有量（辆）", 170, "l"),
                ("接待批次", 186, "l"),
                ("接待人次", 198, "l"),
            ),
            row(("小计", 112, "l"), ("购置费", 120, "l"), ("运行费", 130, "l")),
            figs(
                "",
                ("20.00", "1.00", "12.00", "7.00")
                + ("18.30", "0.80", "11.20", "0.00", "11.20", "6.30")
                + ("0", "3", "25", "180"),
                C,
            ),
        ]
    ),
)

# a13: 元, the figures wider than their header words: 148,600.00 (49-59) under 小计 (53-57) reaching left towards
# 出国's extent (32-48); the group (64-84) right of 小计
Y = (30, 44, 59, 71, 85, 98)
write(
    "a13_wide_figures_yuan.layout.txt",
    budget_doc(
        [
            row((BUDGET_TITLE, 24, "l")),
            row(("单位：元", 88, "l")),
            row(("公务用车购置及运行费", 64, "l")),
            row(("项目", 4, "l"), ("合计", 26, "l"), ("因公出国（境）费", 32, "l"), ("公务接待费", 90, "l")),
            row(("小计", 53, "l"), ("购置费", 64, "l"), ("运行费", 78, "l")),
            figs("", ("236,480.00", "30,000.00", "148,600.00", "60,000.00", "88,600.00", "57,880.00"), Y),
        ]
    ),
)

# a14: "小  计" printed with two spaces inside (a justified cell: 小 52-54, 计 55-57), the group right of it
write(
    "a14_subtotal_spaced_word.layout.txt",
    budget_doc(
        six_header(BUDGET_TITLE, sub=("小  计", "购置费", "运行费"), sub_cols=(52, 61, 76))
        + [figs("", ("21.90", "1.20", "13.70", "2.50", "11.20", "7.00"), SIX)]
    ),
)

# a15 (control): the vehicle group last (合计 | 出国 | 接待 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费));
# extents 26-30, 34-50, 54-64, 小计 68-72, 购置费 76-82, 运行维护费 86-96, the group (24 columns) 74-98
L = (31, 46, 60, 72, 81, 93)
write(
    "a15_vehicle_group_last.layout.txt",
    budget_doc(
        [
            row((BUDGET_TITLE, 24, "l")),
            row(("单位：万元", 90, "l")),
            row(("公务用车购置及运行维护费", 74, "l")),
            row(("项目", 4, "l"), ("合计", 26, "l"), ("因公出国（境）费", 34, "l"), ("公务接待费", 54, "l")),
            row(("小计", 68, "l"), ("购置费", 76, "l"), ("运行维护费", 86, "l")),
            figs("", ("33.40", "0.00", "11.40", "22.00", "4.00", "18.00"), L),
        ]
    ),
)

# a16: a budget with two year blocks side by side: 2023年预算数 | 2024年预算数, each with 小计 | 购置费 | 运行费
write(
    "a16_budget_two_year_blocks.layout.txt",
    budget_doc(
        two_block_header(BUDGET_TITLE, "2023年预算数", "2024年预算数")
        + [
            figs(
                "",
                ("29.00", "3.00", "18.00", "5.00", "13.00", "8.00")
                + ("26.40", "2.00", "16.90", "4.50", "12.40", "7.50"),
                B1 + B2,
            ),
        ]
    ),
)

# ---- plain text controls (no positions: single spaces, the parser places by the identities)
write(
    "p17_plain_nested_control.txt",
    [
        "某省某某县水利局",
        "2024年部门预算",
        "表7 一般公共预算“三公”经费支出预算表",
        "单位：万元",
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 购置费 运行费",
        "16.80 0.00 10.30 0.00 10.30 6.50",
    ],
)
write(
    "p18_plain_final_two_blocks.txt",
    [
        "某省某某县水利局",
        "2023年度部门决算",
        "表7 一般公共预算财政拨款“三公”经费支出决算表",
        "单位：万元",
        "预算数 决算数",
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 购置费 运行费 小计 购置费 运行费",
        "24.00 2.00 15.00 3.00 12.00 7.00 22.64 1.36 14.58 3.00 11.58 6.70",
    ],
)
