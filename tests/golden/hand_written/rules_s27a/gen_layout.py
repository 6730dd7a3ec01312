"""Writes the inputs of rules_s27a: layout ones (*.layout.txt, `pdftotext -layout` style: text cells
left-aligned, figures right-aligned at fixed columns, a CJK character one column wide) and plain ones
(*.txt, cells one space apart, as `pdftotext` without -layout). Figures typed here by hand; expectations
typed separately in rules_s27a_data.py."""

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


COVER = [
    "某省某某县交通运输局",
    "2024年部门预算",
    "",
    "第一部分 部门概况",
    "本部门由局机关和所属2个事业单位组成。",
    "",
    "第二部分 部门预算表",
]

# 项目名称 | 科目编码 | 科目名称 | 合计 | 财政拨款
NAME, CODE, SUBJ = 2, 30, 42
FIGS = (84, 100)


def phead(title="表8 项目支出预算表", name_word="项目名称"):
    return [
        row((title, 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            (name_word, NAME, "l"),
            ("科目编码", CODE, "l"),
            ("科目名称", SUBJ, "l"),
            ("合计", 80, "l"),
            ("财政拨款", 92, "l"),
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


# a01 (control): top-aligned rows (figures on a name's first line), short tails under half the widest
write(
    "a01_control_short_tails.layout.txt",
    COVER
    + phead()
    + [
        prow("农村公路安全生命防护", "2140106", "公路养护", ("500.00", "500.00")),
        piece("工程"),
        prow("交通运输综合执法能力", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        piece("建设"),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("805.00"),
    ],
)

# a02: top-aligned, a tail as long as half the widest name or longer ("防护工程（续建）", 8 of 10)
write(
    "a02_long_tail_top_aligned.layout.txt",
    COVER
    + phead()
    + [
        prow("国省干线公路安全生命", "2140106", "公路养护", ("300.00", "300.00")),
        piece("防护工程（续建）"),
        prow("农村公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        piece("项目"),
        prow("交通战备经费", "2140199", "其他公路水路运输支出", ("10.00", "10.00")),
        total("355.00"),
    ],
)

# a04: vertically centred cells as pdftotext -layout prints them: row A's figures on its name's first
# line (tail "工程" below), row B's on its name's second line (head above): "工程" and B's head between
write(
    "a04_tail_then_head_between.layout.txt",
    COVER
    + phead()
    + [
        prow("农村公路安全生命防护", "2140106", "公路养护", ("500.00", "500.00")),
        piece("工程"),
        piece("交通运输综合执法能力"),
        prow("建设", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("805.00"),
    ],
)

# a05: bottom-aligned rows (figures on a name's last line, heads above), one name broken by hand after
# "S203线" (a short head); the first row a tall cell too (rule 3)
write(
    "a05_short_head_bottom_aligned.layout.txt",
    COVER
    + phead()
    + [
        piece("农村公路安全生命防护"),
        prow("工程", "2140106", "公路养护", ("500.00", "500.00")),
        prow("交通运输综合执法能力建设", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        piece("S203线"),
        prow("路面改造工程", "2140104", "公路建设", ("300.00", "300.00")),
        piece("国省干线公路桥梁定期"),
        prow("检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("1,105.00"),
    ],
)

# a06: code before the name: 科目编码 | 项目名称 | 合计 | 财政拨款 (no subject name column)
CB = (2, 14)


def crow(code, name, figs=()):
    cells = []
    if code:
        cells.append((code, CB[0], "l"))
    if name:
        cells.append((name, CB[1], "l"))
    cells += [(f, c, "r") for f, c in zip(figs, (60, 76)) if f]
    return row(*cells)


write(
    "a06_code_before_name.layout.txt",
    COVER
    + [
        row(("表8 项目支出预算表", 30, "l")),
        row(("单位：万元", 72, "l")),
        row(("科目编码", CB[0], "l"), ("项目名称", CB[1], "l"), ("合计", 56, "l"), ("财政拨款", 68, "l")),
        crow("2140106", "农村公路安全生命防护", ("500.00", "500.00")),
        crow("", "工程"),
        crow("2140199", "交通运输综合执法能力", ("260.00", "260.00")),
        crow("", "建设"),
        crow("2140106", "公路桥梁定期检测", ("45.00", "45.00")),
        crow("合计", "", ("805.00", "805.00")),
    ],
)

# a07: 科目编码 | 科目名称 | 项目名称 | 合计 | 财政拨款: the project's name right of the subject's
write(
    "a07_code_subject_then_project.layout.txt",
    COVER
    + [
        row(("表8 项目支出预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(
            ("科目编码", 2, "l"),
            ("科目名称", 14, "l"),
            ("项目名称", 40, "l"),
            ("合计", 80, "l"),
            ("财政拨款", 92, "l"),
        ),
        row(
            ("2140106", 2, "l"),
            ("公路养护", 14, "l"),
            ("农村公路安全生命防护", 40, "l"),
            ("500.00", 84, "r"),
            ("500.00", 100, "r"),
        ),
        row(("工程", 40, "l")),
        row(
            ("2140199", 2, "l"),
            ("其他公路水路运输支出", 14, "l"),
            ("交通运输综合执法能力", 40, "l"),
            ("260.00", 84, "r"),
            ("260.00", 100, "r"),
        ),
        row(("建设", 40, "l")),
        row(
            ("2140106", 2, "l"),
            ("公路养护", 14, "l"),
            ("公路桥梁定期检测", 40, "l"),
            ("45.00", 84, "r"),
            ("45.00", 100, "r"),
        ),
        row(("合计", 2, "l"), ("805.00", 84, "r"), ("805.00", 100, "r")),
    ],
)

# a08: names opening with digits ("2024年…", "12345…"), their tails wrapped under them
write(
    "a08_digit_opening_names.layout.txt",
    COVER
    + phead()
    + [
        prow("2024年农村公路建设补", "2140104", "公路建设", ("300.00", "300.00")),
        piece("助（车购税）"),
        prow("12328交通运输服务监", "2140112", "公路运输管理", ("30.00", "30.00")),
        piece("督热线运维"),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("375.00"),
    ],
)

# a09: group headings (一、专项业务类 / 二、其他事业发展类) between rows, one right after a row's tail
write(
    "a09_group_heading_after_tail.layout.txt",
    COVER
    + phead()
    + [
        piece("一、专项业务类"),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        prow("农村公路安全生命防护", "2140106", "公路养护", ("500.00", "500.00")),
        piece("工程"),
        piece("二、其他事业发展类"),
        prow("交通运输综合执法能力", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        piece("建设"),
        prow("交通战备经费", "2140199", "其他公路水路运输支出", ("10.00", "10.00")),
        total("815.00"),
    ],
)

# a11: the name column's header cell wrapped: "项目名称" / "（二级项目）" (no header word on its second line)
write(
    "a11_header_second_line_level.layout.txt",
    COVER
    + phead()
    + [
        piece("（二级项目）"),
        prow("农村公路安全生命防护工程", "2140106", "公路养护", ("500.00", "500.00")),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("545.00"),
    ],
)

# a12: the name column's header wrapped "项目" / "名称", the first row a tall cell (head above its line)
write(
    "a12_header_xiangmu_mingcheng_wrapped.layout.txt",
    COVER
    + phead(name_word="项目")
    + [
        piece("名称"),
        piece("交通运输综合执法能力"),
        prow("建设", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        total("305.00"),
    ],
)

# a13: a tail at a page's foot, the page number, then the next page topped by a running header (the unit's
# name) printed at the left margin (in the name column), the table's header not printed again
RUNNING = row(("某某县交通运输局", NAME, "l"))  # the unit's name alone
write(
    "a13_page_break_left_running_header.layout.txt",
    COVER
    + phead()
    + [
        prow("农村公路安全生命防护工程", "2140106", "公路养护", ("500.00", "500.00")),
        prow("国省干线公路养护工程", "2140106", "公路养护", ("150.00", "150.00")),
        prow("交通运输综合执法能力", "2140199", "其他公路水路运输支出", ("260.00", "260.00")),
        piece("建设"),
        "",
        row(("- 8 -", 50, "l")),
        "\f" + RUNNING,
        "",
        prow("公路桥梁定期检测", "2140106", "公路养护", ("45.00", "45.00")),
        prow("交通战备经费", "2140199", "其他公路水路运输支出", ("10.00", "10.00")),
        total("965.00"),
        "",
        row(("- 9 -", 50, "l")),
    ],
)

# a15: a transfer table (专项转移支付, a project per town) with codes after the names, short and long tails
write(
    "a15_transfer_towns.layout.txt",
    [
        "某省某某县农业农村局",
        "2024年部门预算",
        "",
        "第一部分 部门概况",
        "本部门由局机关和所属2个事业单位组成。",
        "",
        "第二部分 部门预算表",
        row(("表11 专项转移支付预算表", 40, "l")),
        row(("单位：万元", 96, "l")),
        row(("项目名称", NAME, "l"), ("科目编码", CODE, "l"), ("科目名称", SUBJ, "l"), ("金额", 96, "l")),
        row(
            ("城关镇农村饮水安全巩", NAME, "l"),
            ("2130314", CODE, "l"),
            ("农村人畜饮水", SUBJ, "l"),
            ("120.00", 100, "r"),
        ),
        piece("固提升工程"),
        row(
            ("新安镇高标准农田建设", NAME, "l"),
            ("2130153", CODE, "l"),
            ("耕地建设与利用", SUBJ, "l"),
            ("300.00", 100, "r"),
        ),
        piece("配套"),
        row(
            ("河口乡乡村振兴衔接资", NAME, "l"),
            ("2130505", CODE, "l"),
            ("生产发展", SUBJ, "l"),
            ("200.00", 100, "r"),
        ),
        piece("金"),
        row(("合计", NAME, "l"), ("620.00", 100, "r")),
    ],
)

# ------------------------------------------------------------------ plain texts (pdftotext without -layout)
PLAIN_HEAD = ["表8 项目支出预算表", "单位：万元", "项目名称 科目编码 科目名称 合计 财政拨款"]

# a03 (plain): a three-line name, figures on its first line: its two tails together 10 long
write(
    "a03_plain_three_line_name.txt",
    COVER
    + PLAIN_HEAD
    + [
        "农村客运站候车设施改 2140112 公路运输管理 80.00 80.00",
        "造提升及信息化建设工",
        "程",
        "道路运输安全监管 2140112 公路运输管理 35.00 35.00",
        "合计 115.00 115.00",
    ],
)

# a10 (plain): the table runs on to the next page, its top printing the report's running header
write(
    "a10_plain_running_header.txt",
    COVER
    + PLAIN_HEAD
    + [
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "国省干线公路养护工程 2140106 公路养护 150.00 150.00",
        "- 8 -",
        "\f某某县交通运输局2024年部门预算",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "交通战备经费 2140199 其他公路水路运输支出 10.00 10.00",
        "合计 705.00 705.00",
        "- 9 -",
    ],
)

# a14 (plain): a 备注 column after the money, its text wrapped onto a line of its own ("配套")
write(
    "a14_plain_remark_wrapped.txt",
    COVER
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 科目编码 科目名称 合计 财政拨款 备注",
        "农村公路安全生命防护工程 2140106 公路养护 300.00 300.00 省级补助资金",
        "配套",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00 续建",
        "合计 345.00 345.00",
    ],
)

# a16 (plain): no codes (项目名称 | 合计 | 财政拨款), names wrapped with figures on their first line
write(
    "a16_plain_no_codes_tails.txt",
    COVER
    + [
        "表8 项目支出预算表",
        "单位：万元",
        "项目名称 合计 财政拨款",
        "农村公路安全生命防护 500.00 500.00",
        "工程",
        "交通运输综合执法能力 260.00 260.00",
        "建设",
        "公路桥梁定期检测 45.00 45.00",
        "合计 805.00 805.00",
    ],
)

# a17 (plain control): 合计 first, short tails, the last row's tail at the table's (and text's) end
write(
    "a17_plain_total_first_control.txt",
    COVER
    + PLAIN_HEAD
    + [
        "合计 805.00 805.00",
        "农村公路安全生命防护 2140106 公路养护 500.00 500.00",
        "工程",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "交通运输综合执法能力 2140199 其他公路水路运输支出 260.00 260.00",
        "建设",
    ],
)

# a18 (plain): the first row a tall cell, its name's head printed on a line of its own under the header
write(
    "a18_plain_first_row_head_above.txt",
    COVER
    + PLAIN_HEAD
    + [
        "交通运输综合执法能力",
        "建设 2140199 其他公路水路运输支出 260.00 260.00",
        "公路桥梁定期检测 2140106 公路养护 45.00 45.00",
        "合计 305.00 305.00",
    ],
)
