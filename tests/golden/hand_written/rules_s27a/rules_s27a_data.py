"""Expected readings of the rules_s27a inputs, typed by hand from the inputs (never from the parser).

Format as rules_s26_data.py: per input a note (what it attacks), kind, tables=[dict(table, unit, rows=[(code,
name, {column: value as printed}, [subject_name])])], optional not_loaded (for the reader). A coded row's
name is the project's whole name (all its printed pieces, in order); the 4th element the subject's name.

The session's rules attacked (functional.py): 1. a project name's piece on a line of its own between rows
is placed (under half the widest printed name: the row above's tail; longer: the next row's head; before
合计 / at the end: the last row's tail); 2. in positioned text only pieces in the name column of the row
above count; 3. in positioned text, lines under the header wholly in the first row's name column, printing
no header word, under a header naming 名称, are the first row's head."""

FA = "fiscal_appropriation"
T = "total"
PROJ = "project_expenditure"
TRANSFER = "transfer"
ROAD = "公路养护"
BUILD = "公路建设"
TRANS = "公路运输管理"
OTHER = "其他公路水路运输支出"


def fa(v):
    return {T: v, FA: v}


EXPECTED = {
    "a01_control_short_tails.layout.txt": dict(
        note="control (layout): figures on a name's first line, tails '工程' / '建设' (2 of 10) under their rows",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "a02_long_tail_top_aligned.layout.txt": dict(
        note="rule 1 (layout): top-aligned rows, a tail '防护工程（续建）' 8 long, widest printed name 10",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "国省干线公路安全生命防护工程（续建）", fa("300.00"), ROAD),
                    ("2140106", "农村公路桥梁定期检测项目", fa("45.00"), ROAD),
                    ("2140199", "交通战备经费", fa("10.00"), OTHER),
                    (None, "合计", fa("355.00")),
                ],
            )
        ],
    ),
    "a03_plain_three_line_name.txt": dict(
        note="rule 1 (plain): a three-line name, figures on its first line, two tails '造提升及信息化建设工' / '程' (11 together)",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140112", "农村客运站候车设施改造提升及信息化建设工程", fa("80.00"), TRANS),
                    ("2140112", "道路运输安全监管", fa("35.00"), TRANS),
                    (None, "合计", fa("115.00")),
                ],
            )
        ],
    ),
    "a04_tail_then_head_between.layout.txt": dict(
        note="rule 1 (layout, centred cells): row A's tail '工程' then row B's head '交通运输综合执法能力' between A and B",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "a05_short_head_bottom_aligned.layout.txt": dict(
        note="rules 1+3 (layout): bottom-aligned rows (heads above), a hand-broken short head 'S203线' (5 of 12)",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140104", "S203线路面改造工程", fa("300.00"), BUILD),
                    ("2140106", "国省干线公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("1,105.00")),
                ],
            )
        ],
    ),
    "a06_code_before_name.layout.txt": dict(
        note="rules 1+2 (layout): code before the name (科目编码 | 项目名称 | 合计 | 财政拨款), tails under the name",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00")),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00")),
                    ("2140106", "公路桥梁定期检测", fa("45.00")),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "a07_code_subject_then_project.layout.txt": dict(
        note="rule 2 (layout): 科目编码 | 科目名称 | 项目名称 | …: the project's tails under ITS column, right of the subject's",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "a08_digit_opening_names.layout.txt": dict(
        note="rule 2 (layout): names opening with digits ('2024年…补' / '助（车购税）', '12328…监' / '督热线运维')",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140104", "2024年农村公路建设补助（车购税）", fa("300.00"), BUILD),
                    ("2140112", "12328交通运输服务监督热线运维", fa("30.00"), TRANS),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("375.00")),
                ],
            )
        ],
    ),
    "a09_group_heading_after_tail.layout.txt": dict(
        note="rule 1 (layout): group headings '一、专项业务类' / '二、其他事业发展类' (no figures), the second right after a row's tail '工程'",
        kind="budget",
        not_loaded="no heading in any name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140199", "交通战备经费", fa("10.00"), OTHER),
                    (None, "合计", fa("815.00")),
                ],
            )
        ],
    ),
    "a10_plain_running_header.txt": dict(
        note="rule 1 (plain): the table runs on to a page topped by the running header '某某县交通运输局2024年部门预算'",
        kind="budget",
        not_loaded="the running header in no name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140106", "国省干线公路养护工程", fa("150.00"), ROAD),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    ("2140199", "交通战备经费", fa("10.00"), OTHER),
                    (None, "合计", fa("705.00")),
                ],
            )
        ],
    ),
    "a11_header_second_line_level.layout.txt": dict(
        note="rule 3 (layout): the name column's header wrapped '项目名称' / '（二级项目）' (no header word), a one-line first row",
        kind="budget",
        not_loaded="'（二级项目）' in no name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("545.00")),
                ],
            )
        ],
    ),
    "a12_header_xiangmu_mingcheng_wrapped.layout.txt": dict(
        note="rule 3 (layout): header '项目' / '名称' wrapped in the name column, the first row's head '交通运输综合执法能力' above it",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("305.00")),
                ],
            )
        ],
    ),
    "a13_page_break_left_running_header.layout.txt": dict(
        note="rules 1+2 (layout): a tail '建设' at a page's foot, '- 8 -', then a running header '某某县交通运输局' at the LEFT margin (in the name column)",
        kind="budget",
        not_loaded="the running header in no name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140106", "国省干线公路养护工程", fa("150.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    ("2140199", "交通战备经费", fa("10.00"), OTHER),
                    (None, "合计", fa("965.00")),
                ],
            )
        ],
    ),
    "a14_plain_remark_wrapped.txt": dict(
        note="rule 1 (plain): a 备注 column after the money, its text wrapped '省级补助资金' / '配套' onto a line of its own",
        kind="budget",
        not_loaded="no remark text in any name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("300.00"), ROAD),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("345.00")),
                ],
            )
        ],
    ),
    "a15_transfer_towns.layout.txt": dict(
        note="rule 1 (layout transfer): 专项转移支付预算表, a project per town, tails '固提升工程' (5 of 10), '配套', '金'",
        kind="budget",
        tables=[
            dict(
                table=TRANSFER,
                unit="万元",
                rows=[
                    ("2130314", "城关镇农村饮水安全巩固提升工程", {T: "120.00"}, "农村人畜饮水"),
                    ("2130153", "新安镇高标准农田建设配套", {T: "300.00"}, "耕地建设与利用"),
                    ("2130505", "河口乡乡村振兴衔接资金", {T: "200.00"}, "生产发展"),
                    (None, "合计", {T: "620.00"}),
                ],
            )
        ],
    ),
    "a16_plain_no_codes_tails.txt": dict(
        note="rule 1 neighbour (plain): no codes (项目名称 | 合计 | 财政拨款), tails '工程' / '建设' under their rows",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "农村公路安全生命防护工程", fa("500.00")),
                    (None, "交通运输综合执法能力建设", fa("260.00")),
                    (None, "公路桥梁定期检测", fa("45.00")),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "a17_plain_total_first_control.txt": dict(
        note="control (plain): 合计 first, tails '工程' (between rows) and '建设' (the text's end)",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "合计", fa("805.00")),
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                ],
            )
        ],
    ),
    "a18_plain_first_row_head_above.txt": dict(
        note="rule 3 neighbour (plain): the first row's head '交通运输综合执法能力' on a line of its own under the header",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
                    (None, "合计", fa("305.00")),
                ],
            )
        ],
    ),
}
