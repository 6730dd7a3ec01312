"""Writes the layout inputs (*.layout.txt): `pdftotext -layout` style lines, text cells left-aligned and
figures right-aligned at fixed columns (a CJK character one column, as pdftotext -layout prints it).
Figures typed here by hand; expectations typed separately in rules_s26_data.py."""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def row(*cells):
    """cells: (text, col, align) with align 'l' (starts at col) or 'r' (ends at col)."""
    line = ""
    for text, col, align in cells:
        start = col if align == "l" else col - len(text)
        if start <= len(line):
            start = len(line) + 2
        line += " " * (start - len(line)) + text
    return line


def write(name, lines):
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


BUDGET = [
    "某省某某县交通运输局",
    "2024年部门预算",
    "",
    "第一部分 部门概况",
    "本部门由局机关和所属2个事业单位组成。",
    "",
    "第二部分 部门预算表",
]
FINAL = [
    "某省某某县交通运输局",
    "2023年度部门决算",
    "",
    "第一部分 部门概况",
    "本部门由局机关和所属2个事业单位组成。",
    "",
    "第二部分 部门决算表",
]

# ---- 三公, items as columns: 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费
SG_FIGS = (31, 46, 57, 66, 81, 94)  # right ends of the six figure columns


def sg_header(title, unit_col=84, group_col=52):
    return [
        row((title, 24, "l")),
        row(("单位：万元", unit_col, "l")),
        row(("公务用车购置及运行费", group_col, "l")),
        row(("项目", 4, "l"), ("合计", 26, "l"), ("因公出国（境）费", 34, "l"), ("公务接待费", 90, "l")),
        row(("小计", 53, "l"), ("购置费", 61, "l"), ("运行费", 76, "l")),
    ]


def sg_row(label, figs, indent=2):
    cells = [(label, indent, "l")] if label else []
    cells += [(f, c, "r") for f, c in zip(figs, SG_FIGS) if f]
    return row(*cells)


# s02: items as rows, years as columns, the header's year words wrapped ("2023年" / "预算数")
C2 = (40, 55, 70)


def s02_row(label, figs, indent=2):
    return row((label, indent, "l"), *[(f, c, "r") for f, c in zip(figs, C2)])


write(
    "s02_items_rows_year_header_wrapped.layout.txt",
    BUDGET
    + [
        row(("表7 一般公共预算“三公”经费支出预算表", 22, "l")),
        row(("单位：万元", 64, "l")),
        row(("项目", 10, "l"), ("2023年", 34, "l"), ("2024年", 49, "l"), ("增减额", 64, "l")),
        row(("预算数", 34, "l"), ("预算数", 49, "l")),
        s02_row("合计", ("20.00", "18.50", "-1.50")),
        s02_row("因公出国（境）费", ("0.00", "0.00", "0.00")),
        s02_row("公务用车购置及运行费", ("14.00", "12.00", "-2.00")),
        s02_row("其中：公务用车购置费", ("0.00", "0.00", "0.00"), 4),
        s02_row("公务用车运行费", ("14.00", "12.00", "-2.00"), 10),
        s02_row("公务接待费", ("6.00", "6.50", "0.50")),
    ],
)

# s04: a final account's rows 2023年预算数 / 2023年预算执行数 / 执行率（%）
write(
    "s04_final_budget_execution_row.layout.txt",
    FINAL
    + sg_header("表7 一般公共预算财政拨款“三公”经费支出决算表")
    + [
        sg_row("2023年预算数", ("20.00", "0.00", "14.00", "0.00", "14.00", "6.00")),
        sg_row("2023年预算执行数", ("18.50", "0.00", "12.00", "0.00", "12.00", "6.50")),
        sg_row("执行率（%）", ("92.50", "0.00", "85.71", "0.00", "85.71", "108.33")),
    ],
)

# s06: rows named by the bare year ("2023年" / "2024年" / "增减"), the phase in the group label above
write(
    "s06_bare_year_rows.layout.txt",
    BUDGET
    + [
        row(("表7 一般公共预算“三公”经费支出预算表", 24, "l")),
        row(("单位：万元", 84, "l")),
        row(("“三公”经费预算数", 54, "l")),
    ]
    + sg_header("x")[2:]
    + [
        sg_row("2023年", ("20.00", "0.00", "14.00", "0.00", "14.00", "6.00")),
        sg_row("2024年", ("18.50", "0.00", "12.00", "0.00", "12.00", "6.50")),
        sg_row("增减", ("-1.50", "0.00", "-2.00", "0.00", "-2.00", "0.50")),
    ],
)

# s09: a final account: 上年决算数 / 年初预算数 / 决算数 (blank cells) / 决算数比年初预算数增减
write(
    "s09_final_prior_nianchu_juesuan.layout.txt",
    FINAL
    + sg_header("表7 一般公共预算财政拨款“三公”经费支出决算表")
    + [
        sg_row("上年决算数", ("21.30", "0.00", "15.10", "0.00", "15.10", "6.20")),
        sg_row("年初预算数", ("20.00", "0.00", "14.00", "0.00", "14.00", "6.00")),
        sg_row("决算数", ("18.50", "", "12.00", "", "12.00", "6.50")),
        sg_row("决算数比年初预算数增减", ("-1.50", "0.00", "-2.00", "0.00", "-2.00", "0.50")),
    ],
)

# ---- t03: a real-looking layout document, long: the short-text threshold is not what makes it layout
E3 = (70, 84, 98)


def coded(code, name, figs, code_col=2, name_col=14):
    cells = []
    if code:
        cells.append((code, code_col, "l"))
    if name:
        cells.append((name, name_col, "l"))
    cells += [(f, c, "r") for f, c in zip(figs, E3) if f]
    return row(*cells)


write(
    "t03_long_layout_control.layout.txt",
    BUDGET[:2]
    + [
        "",
        row(("目  录", 40, "l")),
        row(("第一部分 部门概况", 4, "l")),
        row(("第二部分 部门预算表", 4, "l")),
        "\f" + row(("第一部分 部门概况", 36, "l")),
        row(("本部门由局机关和所属2个事业单位组成，编制人数35人。", 4, "l")),
        "",
        "\f" + row(("第二部分 部门预算表", 36, "l")),
        row(("表3 部门支出总表", 38, "l")),
        row(("单位：万元", 90, "l")),
        row(
            ("科目编码", 2, "l"),
            ("科目名称", 24, "l"),
            ("合计", 64, "l"),
            ("基本支出", 76, "l"),
            ("项目支出", 90, "l"),
        ),
        coded("", "合计", ("1,695.00", "1,120.00", "575.00"), name_col=24),
        coded("208", "社会保障和就业支出", ("150.00", "150.00", "")),
        coded("20805", "行政事业单位养老支出", ("150.00", "150.00", "")),
        coded("2080505", "机关事业单位基本养老保险缴费支出", ("100.00", "100.00", "")),
        coded("2080506", "机关事业单位职业年金缴费支出", ("50.00", "50.00", "")),
        coded("210", "卫生健康支出", ("45.00", "45.00", "")),
        coded("21011", "行政事业单位医疗", ("45.00", "45.00", "")),
        coded("2101101", "行政单位医疗", ("45.00", "45.00", "")),
        coded("214", "交通运输支出", ("1,400.00", "825.00", "575.00")),
        coded("21401", "公路水路运输", ("1,400.00", "825.00", "575.00")),
        coded("2140101", "行政运行", ("600.00", "600.00", "")),
        coded("2140104", "公路建设", ("300.00", "", "300.00")),
        coded("2140106", "公路养护", ("275.00", "", "275.00")),
        coded("2140112", "公路运输管理", ("225.00", "225.00", "")),
        coded("221", "住房保障支出", ("100.00", "100.00", "")),
        coded("22102", "住房改革支出", ("100.00", "100.00", "")),
        coded("2210201", "住房公积金", ("100.00", "100.00", "")),
        "",
        row(("- 5 -", 50, "l")),
        "\f" + sg_header("表7 一般公共预算“三公”经费支出预算表")[0],
    ]
    # the vehicle group's name centred over its three columns: it starts right of the 小计 column
    + sg_header("x", group_col=57)[1:]
    + [
        sg_row("", ("18.50", "0.00", "12.00", "0.00", "12.00", "6.50")),
        "",
        row(("- 6 -", 50, "l")),
    ],
)

# ---- 项目名称 | 科目编码 | 科目名称 | 合计 | 财政拨款 (c02's columns)
PHEAD = [
    row(("表8 项目支出预算表", 40, "l")),
    row(("单位：万元", 96, "l")),
    row(
        ("项目名称", 2, "l"),
        ("科目编码", 30, "l"),
        ("科目名称", 42, "l"),
        ("合计", 80, "l"),
        ("财政拨款", 92, "l"),
    ),
]


def prow(name, code, subject, figs):
    cells = []
    if name:
        cells.append((name, 2, "l"))
    if code:
        cells.append((code, 30, "l"))
    if subject:
        cells.append((subject, 42, "l"))
    cells += [(f, c, "r") for f, c in zip(figs, (84, 100)) if f]
    return row(*cells)


# p01: a remark column after the money, its text wrapped onto a line of its own (right of the code)
write(
    "p01_remark_wraps_right.layout.txt",
    BUDGET
    + [
        row(("表8 项目支出预算表", 40, "l")),
        row(("单位：万元", 100, "l")),
        row(
            ("项目名称", 2, "l"),
            ("科目编码", 30, "l"),
            ("科目名称", 42, "l"),
            ("合计", 66, "l"),
            ("财政拨款", 78, "l"),
            ("备注", 96, "l"),
        ),
        row(
            ("农村公路安全生命防护工程", 2, "l"),
            ("2140106", 30, "l"),
            ("公路养护", 42, "l"),
            ("300.00", 70, "r"),
            ("300.00", 86, "r"),
            ("省级补助资金", 92, "l"),
        ),
        row(("配套", 92, "l")),
        row(
            ("公路桥梁定期检测", 2, "l"),
            ("2140106", 30, "l"),
            ("公路养护", 42, "l"),
            ("45.00", 70, "r"),
            ("45.00", 86, "r"),
            ("续建", 92, "l"),
        ),
        row(("合计", 2, "l"), ("345.00", 70, "r"), ("345.00", 86, "r")),
    ],
)

# p02: the project's name and the subject's name both wrap, onto the same next line ("（二期）" … "出")
write(
    "p02_both_names_wrap.layout.txt",
    BUDGET
    + PHEAD
    + [
        prow("交通运输综合执法能力建设", "2140199", "其他公路水路运输支", ("260.00", "260.00")),
        row(("（二期）", 2, "l"), ("出", 42, "l")),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        prow("合计", "", "", ("305.00", "305.00")),
    ],
)

# p03: a project's name wrapped onto a line of its own LEFT of the code (its own), then a subject's name
# wrapped right of it (the subject's)
write(
    "p03_project_piece_left.layout.txt",
    BUDGET
    + PHEAD
    + [
        prow("农村公路安全生命防护", "2140106", "公路养护", ("500.00", "500.00")),
        row(("工程", 2, "l")),
        prow("交通运输综合执法能力建设", "2140199", "其他公路水路运输支", ("260.00", "260.00")),
        row(("出", 42, "l")),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        prow("合计", "", "", ("805.00", "805.00")),
    ],
)

# p04: the code and the subject's name one space apart (one run of pdftotext -layout), the name wrapped
write(
    "p04_code_name_one_space.layout.txt",
    BUDGET
    + [
        row(("表8 项目支出预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            ("项目名称", 2, "l"),
            ("科目编码", 28, "l"),
            ("科目名称", 40, "l"),
            ("合计", 80, "l"),
            ("财政拨款", 92, "l"),
        ),
        row(
            ("交通运输综合执法能力建设", 2, "l"),
            ("2140199 其他公路水路运输支", 30, "l"),
            ("260.00", 84, "r"),
            ("260.00", 100, "r"),
        ),
        row(("出", 38, "l")),
        row(
            ("公路桥梁定期检测", 2, "l"),
            ("2140106 公路养护", 30, "l"),
            ("45.00", 84, "r"),
            ("45.00", 100, "r"),
        ),
        row(("合计", 2, "l"), ("305.00", 84, "r"), ("305.00", 100, "r")),
    ],
)

# p05: the table runs on to two more pages, each topped by the report's running header (right of the codes)
RUNNING = row(("某某县交通运输局2024年部门预算", 70, "l"))
write(
    "p05_running_header_next_page.layout.txt",
    BUDGET
    + [
        "\f" + RUNNING,
        "",
    ]
    + PHEAD
    + [
        prow("农村公路安全生命防护工程", "2140106", "公路养护", ("300.00", "300.00")),
        prow("国省干线公路养护工程", "2140106", "公路养护", ("150.00", "150.00")),
        prow("农村公路建设补助", "2140104", "公路建设", ("120.00", "120.00")),
        prow("交通运输综合执法能力建设", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        "",
        row(("- 8 -", 50, "l")),
        "\f" + RUNNING,
        "",
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        prow("农村客运站改造", "2140112", "公路运输管理", ("80.00", "80.00")),
        prow("道路运输安全监管", "2140112", "公路运输管理", ("35.00", "35.00")),
        prow("交通战备经费", "2140199", "其他公路水路运输支出", ("10.00", "10.00")),
        prow("合计", "", "", ("1,000.00", "1,000.00")),
        "",
        row(("- 9 -", 50, "l")),
    ],
)
