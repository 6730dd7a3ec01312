"""Writes the inputs of rules_s27c: layout ones (*.layout.txt, `pdftotext -layout` style: a cell starts at
its character offset, a CJK character written one character though the parser counts it two columns wide
on the page; text cells left-aligned, figures right-aligned under their header word) and plain ones (*.txt,
cells one space apart, as `pdftotext` without -layout). Figures typed here by hand; expectations typed
separately in rules_s27c_data.py."""

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


# 项目名称 | 科目编码 | 科目名称 | 合计 | 财政拨款 (name from col 2: 10 CJK = 20 columns, code at 30)
NAME, CODE, SUBJ = 2, 30, 42
FIGS = (84, 100)


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


def total(fig):
    return prow("合计", "", "", (fig, fig))


ROAD, BUILD, TRANS, OTHER = "公路养护", "公路建设", "公路运输管理", "其他公路水路运输支出"

# c01 (control, layout): top-aligned short tail, then a bottom-aligned row (head full, figures on its
# second line), a one-line row, total
write(
    "c01_control_tail_and_head.layout.txt",
    cover()
    + phead()
    + [
        prow("农村公路安全生命防护", "2140106", ROAD, ("500.00", "500.00")),
        piece("工程"),
        piece("交通运输综合执法能力"),
        prow("建设", "2140199", OTHER, ("260.00", "260.00")),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        total("805.00"),
    ],
)

# c02 (layout): a name of exactly two full lines, figures on its first: its tail fills the column
write(
    "c02_tail_exactly_full.layout.txt",
    cover()
    + phead()
    + [
        prow("农村客运站候车设施改", "2140112", TRANS, ("80.00", "80.00")),
        piece("造提升及信息化建设工"),
        prow("道路运输安全监管", "2140112", TRANS, ("35.00", "35.00")),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        total("160.00"),
    ],
)

# c03 (layout): a tail one character short of full (9 of 10: 18 of 20 columns)
write(
    "c03_tail_one_short_of_full.layout.txt",
    cover()
    + phead()
    + [
        prow("国省干线公路安全生命", "2140106", ROAD, ("300.00", "300.00")),
        piece("防护工程及附属设施完"),
        piece("善"),
        prow("普通国省道路况自动化", "2140106", ROAD, ("60.00", "60.00")),
        piece("检测及数据分析服务"),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        total("370.00"),
    ],
)

# c05 (layout): the unit's own group line right under the header (no figures, in the name column),
# wider than the first row's name
write(
    "c05_unit_group_line_under_header.layout.txt",
    cover()
    + phead()
    + [
        piece("某某县交通运输局本级"),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        total("55.00"),
    ],
)

# c06 (layout): a subordinate unit's group line between rows (no figures)
write(
    "c06_unit_group_line_mid_table.layout.txt",
    cover()
    + phead()
    + [
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        piece("某某县农村公路养护中心"),
        prow("农村公路日常养护", "2140106", ROAD, ("120.00", "120.00")),
        prow("养护机械购置", "2140106", ROAD, ("30.00", "30.00")),
        total("205.00"),
    ],
)

# c09 (layout, final account): a tail reading like the report's title ("2023年度决算")
write(
    "c09_final_tail_reads_title.layout.txt",
    cover(title="2023年部门决算", part="第二部分 部门决算表")
    + phead(title="表8 项目支出决算表")
    + [
        prow("委托会计师事务所审计", "2140199", OTHER, ("8.00", "8.00")),
        piece("2023年度决算"),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        total("63.00"),
    ],
)

# c10 (layout): a name opening with the unit's name, hand-broken after it, figures on its last line;
# and a top-aligned tail equal to the unit's name's tail ("交通运输局")
write(
    "c10_piece_is_unit_name.layout.txt",
    cover()
    + phead()
    + [
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        piece("某某县交通运输局"),
        prow("办公楼维修改造", "2140199", OTHER, ("90.00", "90.00")),
        prow("城区公路养护站移交县", "2140106", ROAD, ("15.00", "15.00")),
        piece("交通运输局"),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        total("160.00"),
    ],
)

# c13 (layout): a group heading too wide for the column, wrapped ("三、其他事业发展类项" / "目")
write(
    "c13_group_heading_wrapped.layout.txt",
    cover()
    + phead()
    + [
        piece("一、专项业务类"),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        piece("三、其他事业发展类项"),
        piece("目"),
        prow("农村公路日常养护", "2140106", ROAD, ("120.00", "120.00")),
        total("175.00"),
    ],
)

# c14 (layout transfer by town): a town's project head with ASCII (narrower than the column), figures on
# the name's last line; a short tail above it
write(
    "c14_transfer_town_ascii_head.layout.txt",
    cover()
    + [
        row(("表11 专项转移支付预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(("项目名称", NAME, "l"), ("科目编码", CODE, "l"), ("科目名称", SUBJ, "l"), ("金额", 96, "l")),
        row(
            ("城关镇农村公路安全生", NAME, "l"),
            ("2140106", CODE, "l"),
            (ROAD, SUBJ, "l"),
            ("120.00", 100, "r"),
        ),
        piece("命防护工程"),
        piece("新安镇S203线"),
        piece("K12+300-K15+800段"),
        row(("路面改造工程", NAME, "l"), ("2140104", CODE, "l"), (BUILD, SUBJ, "l"), ("300.00", 100, "r")),
        row(
            ("河口乡公路桥梁定期检", NAME, "l"),
            ("2140106", CODE, "l"),
            (ROAD, SUBJ, "l"),
            ("40.00", 100, "r"),
        ),
        piece("测"),
        row(("合计", NAME, "l"), ("460.00", 100, "r")),
    ],
)

# c15 (layout): three pieces between rows: a short tail, then two full head lines, the row's last line
# with its figures
write(
    "c15_three_pieces_between.layout.txt",
    cover()
    + phead()
    + [
        prow("农村公路安全生命防护", "2140106", ROAD, ("500.00", "500.00")),
        piece("工程"),
        piece("普通国省干线公路路面"),
        piece("技术状况自动化检测及"),
        prow("评定", "2140106", ROAD, ("60.00", "60.00")),
        prow("交通战备经费", "2140199", OTHER, ("10.00", "10.00")),
        total("570.00"),
    ],
)

# ------------------------------------------------------------------ plain texts (pdftotext without -layout)
PLAIN_HEAD = ["表8 项目支出预算表", "单位：万元", "项目名称 科目编码 科目名称 合计 财政拨款"]

# c04 (plain): a code line printing no name, its name wholly above it in two pieces, after a row's tail
write(
    "c04_plain_code_line_name_above_two_pieces.txt",
    cover()
    + PLAIN_HEAD
    + [
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "交通运输综合执法能力",
        "建设",
        "2140199 其他公路水路运输支出 260.00 260.00",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "合计 805.00 805.00",
    ],
)

# c07 (plain): a page break, the running header printing the year before the unit's name
write(
    "c07_plain_header_year_first.txt",
    cover()
    + PLAIN_HEAD
    + [
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "国省干线公路养护工程 2140106 公路养护 150.00 150.00",
        "- 8 -",
        "\f2024年某某县交通运输局部门预算",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "交通战备经费 2140199 其他公路水路运输支出 10.00 10.00",
        "合计 705.00 705.00",
        "- 9 -",
    ],
)

# c08 (plain): a short unit name (某某局), its running header on the next page
write(
    "c08_plain_short_unit_header.txt",
    cover(unit="某某局")
    + PLAIN_HEAD
    + [
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "国省干线公路养护工程 2140106 公路养护 150.00 150.00",
        "- 8 -",
        "\f某某局2024年部门预算",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "交通战备经费 2140199 其他公路水路运输支出 10.00 10.00",
        "合计 705.00 705.00",
        "- 9 -",
    ],
)

# c11 (plain, uncoded): 项目名称 | 合计 | 财政拨款 | 备注, names bottom-aligned (heads above), rows with remarks
write(
    "c11_plain_uncoded_remark_heads.txt",
    cover()
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 合计 财政拨款 备注",
        "公路桥梁定期检测 45.00 45.00 续建",
        "交通运输综合执法能力",
        "建设 260.00 260.00 新增",
        "农村公路安全生命防护",
        "工程 500.00 500.00",
        "合计 805.00 805.00",
    ],
)

# c12 (plain, uncoded): a head reading like the report's title ("2024年部门预算"), names 8 characters wide
write(
    "c12_plain_uncoded_head_reads_title.txt",
    cover()
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 合计 财政拨款",
        "公路桥梁定期检测 45.00 45.00",
        "2024年部门预算",
        "编制及公开 12.00 12.00",
        "交通战备经费 10.00 10.00",
        "合计 67.00 67.00",
    ],
)

# c16 (plain control): a 备注 column in the header, the rows printing none, short tails
write(
    "c16_plain_remark_column_empty_control.txt",
    cover()
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 科目编码 科目名称 合计 财政拨款 备注",
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "交通运输综合执法能力 2140199 其他公路水路运输支出 260.00 260.00",
        "建设",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "合计 805.00 805.00",
    ],
)

# c17 (plain): remarks a symbol ("△", no CJK) and a word ("续建"), each row's name tail below it
write(
    "c17_plain_remark_symbol_and_word.txt",
    cover()
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 科目编码 科目名称 合计 财政拨款 备注",
        "农村公路安全生命防 2140106 公路养护 500.00 500.00 △",
        "护工程",
        "交通运输综合执法能 2140199 其他公路水路运输支出 260.00 260.00 续建",
        "力建设",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "合计 805.00 805.00",
    ],
)

# c18 (layout): c04 positioned: a code line printing no name (code, subject, figures), its name wholly above
# it in two pieces, after the row above's short tail
write(
    "c18_code_line_name_above_two_pieces.layout.txt",
    cover()
    + phead()
    + [
        prow("农村公路安全生命防护", "2140106", ROAD, ("500.00", "500.00")),
        piece("工程"),
        piece("交通运输综合执法能力"),
        piece("建设"),
        prow("", "2140199", OTHER, ("260.00", "260.00")),
        prow("公路桥梁定期检测", "2140106", ROAD, ("45.00", "45.00")),
        total("805.00"),
    ],
)
