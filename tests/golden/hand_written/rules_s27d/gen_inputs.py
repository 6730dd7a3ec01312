"""Writes the inputs of rules_s27d: layout ones (*.layout.txt, `pdftotext -layout` style: a cell starts at
its character offset, a CJK character written one character though the parser counts it two columns wide
on the page; text cells left-aligned, figures right-aligned under their header word) and plain ones (*.txt,
cells one space apart, as `pdftotext` without -layout). Figures typed here by hand; expectations typed
separately in rules_s27d_data.py."""

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


def cover(unit="某省某某县交通运输局", title="2024年部门预算", part="第二部分 部门预算表"):
    return [unit, title, "", "第一部分 部门概况", "本部门由局机关和所属2个事业单位组成。", "", part]


FINAL = dict(title="2023年部门决算", part="第二部分 部门决算表")
ROAD, BUILD, TRANS, OTHER = "公路养护", "公路建设", "公路运输管理", "其他公路水路运输支出"

# ---------------------------------------------------------------- layout: 科目编码 | 科目名称 | 项目名称
SC, SS, SP = 2, 14, 40  # code, subject, project
FIGS = (84, 100)


def shead(title="表8 项目支出预算表", words=("合计", "财政拨款"), first=("科目编码", "科目名称")):
    return [
        row((title, 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            (first[0], SC, "l"),
            (first[1], SS, "l"),
            ("项目名称", SP, "l"),
            (words[0], 80, "l"),
            (words[1], 92, "l"),
        ),
    ]


def srow(code, subject, project, figs=()):
    cells = []
    if code:
        cells.append((code, SC, "l"))
    if subject:
        cells.append((subject, SS, "l"))
    if project:
        cells.append((project, SP, "l"))
    cells += [(f, c, "r") for f, c in zip(figs, FIGS) if f]
    return row(*cells)


def stotal(fig):
    return row(("合计", SC, "l"), (fig, FIGS[0], "r"), (fig, FIGS[1], "r"))


# d04 (layout): a row printing its code but no subject's name; its project's name wrapped under the project column
write(
    "d04_layout_subject_cell_missing.layout.txt",
    cover()
    + shead()
    + [
        srow("2140106", ROAD, "公路桥梁定期检测", ("45.00", "45.00")),
        srow("2140106", "", "农村公路安全生命防护", ("500.00", "500.00")),
        srow("", "", "工程"),
        srow("2140199", OTHER, "交通战备经费", ("10.00", "10.00")),
        stotal("555.00"),
    ],
)

# d05 (layout control): a subject's name wrapped under its column, the project's beside it on the same line
write(
    "d05_layout_subject_wrapped_control.layout.txt",
    cover()
    + shead()
    + [
        srow("2140199", "其他公路水路运", "交通运输综合执法能力", ("260.00", "260.00")),
        srow("", "输支出", "建设"),
        srow("2140106", ROAD, "公路桥梁定期检测", ("45.00", "45.00")),
        srow("2140199", "其他公路水路运", "交通战备经费", ("10.00", "10.00")),
        srow("", "输支出", ""),
        stotal("315.00"),
    ],
)

# d07 (layout): header 功能分类科目 over 编码 | 名称, 项目名称 beside it
write(
    "d07_layout_header_gongneng_two_lines.layout.txt",
    cover()
    + [
        row(("表8 项目支出预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(("功能分类科目", 4, "l"), ("项目名称", SP, "l"), ("合计", 80, "l"), ("财政拨款", 92, "l")),
        row(("编码", SC, "l"), ("名称", SS, "l")),
        srow("2140106", ROAD, "农村公路安全生命防护", ("500.00", "500.00")),
        srow("", "", "工程"),
        srow("2140199", OTHER, "交通战备经费", ("10.00", "10.00")),
        srow("2140106", ROAD, "公路桥梁定期检测", ("45.00", "45.00")),
        stotal("555.00"),
    ],
)

# d16 (layout, final account control): 科目编码 | 科目名称 | 项目名称, tails under the project column, 合计 first
write(
    "d16_layout_final_subject_first_total_first.layout.txt",
    cover(**FINAL)
    + shead(title="表8 项目支出决算表")
    + [
        stotal("815.00"),
        srow("2140106", ROAD, "农村公路安全生命防护", ("500.00", "500.00")),
        srow("", "", "工程"),
        srow("2140199", OTHER, "交通运输综合执法能力", ("260.00", "260.00")),
        srow("", "", "建设"),
        srow("2140106", ROAD, "公路桥梁定期检测", ("45.00", "45.00")),
        srow("2140199", OTHER, "交通战备经费", ("10.00", "10.00")),
    ],
)

# d14 (layout transfer by town): 科目编码 | 科目名称 | 项目名称 | 金额, town names opening the projects' names
write(
    "d14_layout_transfer_towns_subject_first.layout.txt",
    cover()
    + [
        row(("表11 专项转移支付预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(("科目编码", SC, "l"), ("科目名称", SS, "l"), ("项目名称", SP, "l"), ("金额", 96, "l")),
        row(("2140106", SC, "l"), (ROAD, SS, "l"), ("城关镇农村公路安全生", SP, "l"), ("120.00", 100, "r")),
        row(("命防护工程", SP, "l")),
        row(("2140104", SC, "l"), (BUILD, SS, "l"), ("新安镇S203线路面改造", SP, "l"), ("300.00", 100, "r")),
        row(("2140106", SC, "l"), (ROAD, SS, "l"), ("河口乡公路桥梁定期检", SP, "l"), ("40.00", 100, "r")),
        row(("测", SP, "l")),
        row(("合计", SC, "l"), ("460.00", 100, "r")),
    ],
)

# d19 (layout): a tall row printing its code and figures on its second line, the subject's and the
# project's names' first pieces on the line above (bottom-aligned cells), after a one-line row
write(
    "d19_layout_subject_first_tall_row_heads_above.layout.txt",
    cover()
    + shead()
    + [
        srow("2140106", ROAD, "公路桥梁定期检测", ("45.00", "45.00")),
        srow("", "其他公路水路运", "交通运输综合执法能力"),
        srow("2140199", "输支出", "建设", ("260.00", "260.00")),
        srow("2140199", OTHER, "交通战备经费", ("10.00", "10.00")),
        stotal("315.00"),
    ],
)

# ---------------------------------------------------------------- layout: 项目名称 | 科目编码 | 科目名称
NAME, CODE, SUBJ = 2, 30, 42


def phead(title="表8 项目支出预算表", words=("合计", "财政拨款")):
    return [
        row((title, 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            ("项目名称", NAME, "l"),
            ("科目编码", CODE, "l"),
            ("科目名称", SUBJ, "l"),
            (words[0], 80, "l"),
            (words[1], 92, "l"),
        ),
    ]


def prow(name, code, subject, figs=()):
    cells = []
    if name:
        cells.append((name, NAME, "l"))
    if code:
        cells.append((code, CODE, "l"))
    if subject:
        cells.append((subject, SUBJ, "l"))
    cells += [(f, c, "r") for f, c in zip(figs, FIGS) if f]
    return row(*cells)


def piece(text, col=NAME):
    return row((text, col, "l"))


def ptotal(fig):
    return prow("合计", "", "", (fig, fig))


# d10 (layout): subject subtotal lines (code, subject's name, figures; no project) between projects, one
# right after a project's short tail
write(
    "d10_layout_subject_subtotal_after_tail.layout.txt",
    cover()
    + phead()
    + [
        prow("", "2140106", ROAD, ("500.00", "500.00")),
        prow("农村公路安全生命防护", "2140106", ROAD, ("500.00", "500.00")),
        piece("工程"),
        prow("", "2140199", OTHER, ("10.00", "10.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        ptotal("510.00"),
    ],
)

# d13 (layout): a project named as its subject ('公路养护' under 公路养护), then a full head over '建设'
write(
    "d13_layout_project_named_as_subject.layout.txt",
    cover()
    + phead()
    + [
        prow(ROAD, "2140106", ROAD, ("100.00", "100.00")),
        piece("交通运输综合执法能力"),
        prow("建设", "2140199", OTHER, ("260.00", "260.00")),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        ptotal("405.00"),
    ],
)

# d12 (layout): a code line printing neither project nor subject name (code and figures only), the name above
write(
    "d12_layout_code_line_no_subject.layout.txt",
    cover()
    + phead()
    + [
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        piece("交通运输综合执法能力"),
        piece("建设"),
        prow("", "2140199", "", ("260.00", "260.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        ptotal("315.00"),
    ],
)

# ---------------------------------------------------------------- plain texts
SHEAD = ["表8 项目支出预算表", "单位：万元", "科目编码 科目名称 项目名称 合计 财政拨款"]
PHEAD = ["表8 项目支出预算表", "单位：万元", "项目名称 科目编码 科目名称 合计 财政拨款"]

write(
    "d01_plain_subject_first_control.txt",
    cover()
    + SHEAD
    + [
        "2140106 公路养护 农村公路安全生命防护 500.00 500.00",
        "工程",
        "2140199 其他公路水路运输支出 交通战备经费 10.00 10.00",
        "2140106 公路养护 公路桥梁定期检测 45.00 45.00",
        "合计 555.00 555.00",
    ],
)

write(
    "d02_plain_subject_name_spaced.txt",
    cover()
    + SHEAD
    + [
        "2140106 公路养护 公路桥梁定期检测 45.00 45.00",
        "2140199 其他 公路水路运输支出 交通战备经费 10.00 10.00",
        "2140112 公路 运输管理 道路运输安全监管 35.00 35.00",
        "合计 90.00 90.00",
    ],
)

write(
    "d03_plain_subject_name_missing.txt",
    cover()
    + SHEAD
    + [
        "2140106 公路养护 公路桥梁定期检测 45.00 45.00",
        "2140106 农村公路日常养护 120.00 120.00",
        "2140106 养护机械 购置 30.00 30.00",
        "2140199 其他公路水路运输支出 交通战备经费 10.00 10.00",
        "合计 205.00 205.00",
    ],
)

write(
    "d08_plain_subject_first_project_digits.txt",
    cover()
    + SHEAD
    + [
        "2140104 公路建设 S203 线路面改造工程 300.00 300.00",
        "2140106 公路养护 2024年国省干线养护 150.00 150.00",
        "2140106 公路养护 210 国道大修 80.00 80.00",
        "2140199 其他公路水路运输支出 12328交通运输服务热线 6.00 6.00",
        "合计 536.00 536.00",
    ],
)

write(
    "d09_plain_numbered_name_bottom_aligned.txt",
    cover()
    + PHEAD
    + [
        "2024001 公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "2024002 交通运输综合执法能力",
        "建设 2140199 其他公路水路运输支出 260.00 260.00",
        "2024003 交通战备经费 2140199 其他公路水路运输支出 10.00 10.00",
        "合计 315.00 315.00",
    ],
)

write(
    "d11_plain_total_first_code_line_control.txt",
    cover()
    + PHEAD
    + [
        "合计 815.00 815.00",
        "交通运输综合执法能力",
        "建设",
        "2140199 其他公路水路运输支出 260.00 260.00",
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "交通战备经费 2140199 其他公路水路运输支出 10.00 10.00",
    ],
)

write(
    "d15_plain_final_one_row.txt",
    cover(**FINAL)
    + ["表8 项目支出决算表", "单位：万元", "科目编码 科目名称 项目名称 合计 财政拨款"]
    + [
        "2140106 公路养护 农村公路安全生命防护工程 500.00 500.00",
        "合计 500.00 500.00",
    ],
)

write(
    "d17_plain_transfer_subject_first_towns.txt",
    cover()
    + ["表11 专项转移支付预算表", "单位：万元", "科目编码 科目名称 项目名称 金额"]
    + [
        "2140106 公路养护 城关镇 农村公路安全生命防护工程 120.00",
        "2140104 公路建设 新安镇 S203线路面改造 300.00",
        "2140106 公路养护 河口乡 公路桥梁定期检测 40.00",
        "合计 460.00",
    ],
)

write(
    "d18_plain_uncoded_number_line.txt",
    cover()
    + PHEAD
    + [
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "2024001 县级配套资金 50.00 50.00",
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "合计 595.00 595.00",
    ],
)
