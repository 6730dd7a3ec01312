"""Writes the layout inputs (c*.layout.txt): `pdftotext -layout` style lines, text cells left-aligned and
figures right-aligned at fixed columns. Figures typed here by hand; expectations typed separately in
rules_s25c_data.py."""

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


HEAD = [
    "某省某某县交通运输局",
    "2024年部门预算",
    "",
    "第一部分 部门概况",
    "本部门由局机关和所属2个事业单位组成。",
    "",
    "第二部分 部门预算表",
]

# c02: 项目名称 | 科目编码 | 科目名称: the subject's name wraps onto a line of its own
write(
    "c02_subject_name_wraps.layout.txt",
    HEAD
    + [
        row(("表8 项目支出预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            ("项目名称", 2, "l"),
            ("科目编码", 30, "l"),
            ("科目名称", 42, "l"),
            ("合计", 80, "l"),
            ("财政拨款", 92, "l"),
        ),
        row(
            ("交通运输综合执法能力建设", 2, "l"),
            ("2140199", 30, "l"),
            ("其他公路水路运输支", 42, "l"),
            ("260.00", 84, "r"),
            ("260.00", 100, "r"),
        ),
        row(("出", 42, "l")),
        row(
            ("公路桥梁定期检测", 2, "l"),
            ("2140106", 30, "l"),
            ("公路养护", 42, "l"),
            ("45.00", 84, "r"),
            ("45.00", 100, "r"),
        ),
        row(("合计", 2, "l"), ("305.00", 84, "r"), ("305.00", 100, "r")),
    ],
)

# c07: 项目名称 | 金额 | 资金来源 | 备注, a remark that is a bare year and a remark '-'
write(
    "c07_remark_bare_year.layout.txt",
    HEAD
    + [
        row(("表9 项目支出预算表", 36, "l")),
        row(("单位：万元", 84, "l")),
        row(("项目名称", 8, "l"), ("金额", 44, "l"), ("资金来源", 58, "l"), ("开工年度", 80, "l")),
        row(("国省干线养护工程", 2, "l"), ("300.00", 48, "r"), ("一般公共预算", 56, "l"), ("2023", 82, "l")),
        row(("农村客运站改造", 2, "l"), ("45.00", 48, "r"), ("一般公共预算", 56, "l"), ("2024", 82, "l")),
        row(("交通安全设施完善", 2, "l"), ("150.00", 48, "r"), ("政府性基金", 56, "l"), ("2022", 82, "l")),
        row(("合计", 10, "l"), ("495.00", 48, "r")),
    ],
)

# c08: layout, 备注 after the money, a row whose last fund is '-' and whose remark is blank
write(
    "c08_dash_last_fund.layout.txt",
    HEAD
    + [
        row(("表9 项目支出预算表", 36, "l")),
        row(("单位：万元", 90, "l")),
        row(
            ("项目名称", 6, "l"),
            ("合计", 36, "l"),
            ("一般公共预算", 48, "l"),
            ("政府性基金", 64, "l"),
            ("备注", 84, "l"),
        ),
        row(("国省干线养护工程", 2, "l"), ("300.00", 40, "r"), ("300.00", 58, "r"), ("-", 72, "r")),
        row(
            ("农村公路建设", 2, "l"),
            ("450.00", 40, "r"),
            ("150.00", 58, "r"),
            ("300.00", 72, "r"),
            ("续建", 84, "l"),
        ),
        row(("交通安全设施完善", 2, "l"), ("150.00", 40, "r"), ("-", 58, "r"), ("150.00", 72, "r")),
        row(("合计", 8, "l"), ("900.00", 40, "r"), ("450.00", 58, "r"), ("450.00", 72, "r")),
    ],
)

C3 = (66, 80, 94)


def coded(code, name, figs):
    cells = []
    if code:
        cells.append((code, 2, "l"))
    if name:
        cells.append((name, 14, "l"))
    for f, c in zip(figs, C3):
        if f:
            cells.append((f, c, "r"))
    return row(*cells)


# c17: a table continued on a page that prints its title again and its header on one line where the first
# page printed it on two (the same columns)
write(
    "c17_xubiao_header_one_line.layout.txt",
    HEAD
    + [
        row(("表3 部门支出总表", 34, "l")),
        row(("单位：万元", 88, "l")),
        row(
            ("科目", 2, "l"),
            ("科目名称", 24, "l"),
            ("合计", 62, "l"),
            ("基本支出", 74, "l"),
            ("项目支出", 88, "l"),
        ),
        row(("编码", 2, "l")),
        coded("", "合计", ("1,250.00", "950.00", "300.00")),
        coded("214", "交通运输支出", ("1,130.00", "850.00", "280.00")),
        coded("21401", "公路水路运输", ("1,130.00", "850.00", "280.00")),
        coded("2140101", "行政运行", ("850.00", "850.00", "")),
        coded("2140106", "公路养护", ("280.00", "", "280.00")),
        "",
        row(("- 3 -", 50, "l")),
        "\f" + row(("表3 部门支出总表", 34, "l")),
        row(("单位：万元", 88, "l")),
        row(
            ("科目编码", 2, "l"),
            ("科目名称", 24, "l"),
            ("合计", 62, "l"),
            ("基本支出", 74, "l"),
            ("项目支出", 88, "l"),
        ),
        coded("221", "住房保障支出", ("120.00", "100.00", "20.00")),
        coded("22102", "住房改革支出", ("120.00", "100.00", "20.00")),
        coded("2210201", "住房公积金", ("100.00", "100.00", "")),
        coded("2210203", "购房补贴", ("20.00", "", "20.00")),
        "",
        row(("- 4 -", 50, "l")),
    ],
)

# c19: layout, 编制人数 | 实有人数 before the money; a unit whose 实有人数 is blank and whose money is whole
write(
    "c19_headcounts_before_money.layout.txt",
    HEAD
    + [
        row(("表10 分单位支出预算表", 34, "l")),
        row(("单位：万元", 96, "l")),
        row(
            ("单位名称", 2, "l"),
            ("编制人数", 34, "l"),
            ("实有人数", 46, "l"),
            ("合计", 64, "l"),
            ("基本支出", 76, "l"),
            ("项目支出", 90, "l"),
        ),
        row(
            ("某某县交通运输局（本级）", 2, "l"),
            ("35", 40, "r"),
            ("32", 52, "r"),
            ("850.00", 68, "r"),
            ("600.00", 82, "r"),
            ("250.00", 96, "r"),
        ),
        row(
            ("某某县公路事业发展中心", 2, "l"),
            ("62", 40, "r"),
            ("400.00", 68, "r"),
            ("300.00", 82, "r"),
            ("100.00", 96, "r"),
        ),
        row(
            ("合计", 2, "l"),
            ("97", 40, "r"),
            ("32", 52, "r"),
            ("1,250.00", 68, "r"),
            ("900.00", 82, "r"),
            ("350.00", 96, "r"),
        ),
    ],
)
