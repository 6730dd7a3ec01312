"""Expected readings of the rules_s27c inputs, typed by hand from the inputs (never from the parser).

Format as rules_s27a_data.py: per input a note (what it attacks), kind, tables=[dict(table, unit, rows=[(code,
name, {column: value as printed}, [subject_name])])], optional not_loaded (for the reader). A coded row's
name is the project's whole name (all its printed pieces, in order); the 4th element the subject's name.
Uncoded rows: (None, name, …) with the name's whole text."""

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


def proj(*rows):
    return [dict(table=PROJ, unit="万元", rows=list(rows))]


EXPECTED = {
    "c01_control_tail_and_head.layout.txt": dict(
        note="control (layout): a short tail '工程', then a full head '交通运输综合执法能力' over '建设' with figures",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("805.00")),
        ),
    ),
    "c02_tail_exactly_full.layout.txt": dict(
        note="rule 1 (layout): a name of exactly two full lines, figures on the first: the tail '造提升及信息化建设工' fills the column",
        kind="budget",
        tables=proj(
            ("2140112", "农村客运站候车设施改造提升及信息化建设工", fa("80.00"), TRANS),
            ("2140112", "道路运输安全监管", fa("35.00"), TRANS),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("160.00")),
        ),
    ),
    "c03_tail_one_short_of_full.layout.txt": dict(
        note="rule 1 (layout): tails 9 of 10 wide ('检测及数据分析服务', 18 of 20 columns), one before a 1-char tail",
        kind="budget",
        tables=proj(
            ("2140106", "国省干线公路安全生命防护工程及附属设施完善", fa("300.00"), ROAD),
            ("2140106", "普通国省道路况自动化检测及数据分析服务", fa("60.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("370.00")),
        ),
    ),
    "c04_plain_code_line_name_above_two_pieces.txt": dict(
        note="rule 1 code line (plain): tail '工程', then a code line's name wholly above it in two pieces '交通运输综合执法能力' / '建设'",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("805.00")),
        ),
    ),
    "c05_unit_group_line_under_header.layout.txt": dict(
        note="rule 5 (layout): the unit's group line '某某县交通运输局本级' under the header, in the name column, wider than the first row's name",
        kind="budget",
        not_loaded="the unit's line in no name",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("55.00")),
        ),
    ),
    "c06_unit_group_line_mid_table.layout.txt": dict(
        note="rule 1 (layout): a subordinate unit's group line '某某县农村公路养护中心' (no figures) between two one-line rows",
        kind="budget",
        not_loaded="the unit's line in no name",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140106", "农村公路日常养护", fa("120.00"), ROAD),
            ("2140106", "养护机械购置", fa("30.00"), ROAD),
            (None, "合计", fa("205.00")),
        ),
    ),
    "c07_plain_header_year_first.txt": dict(
        note="rule 2 (plain): running header with the year first '2024年某某县交通运输局部门预算' after a page break",
        kind="budget",
        not_loaded="the running header in no name",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "国省干线公路养护工程", fa("150.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("705.00")),
        ),
    ),
    "c08_plain_short_unit_header.txt": dict(
        note="rule 2 (plain): a 3-character unit '某某局', running header '某某局2024年部门预算' after a page break",
        kind="budget",
        not_loaded="the running header in no name",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "国省干线公路养护工程", fa("150.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("705.00")),
        ),
    ),
    "c09_final_tail_reads_title.layout.txt": dict(
        note="rule 2 (layout, final account): a top-aligned tail '2023年度决算' (project '委托会计师事务所审计2023年度决算')",
        kind="final_account",
        tables=proj(
            ("2140199", "委托会计师事务所审计2023年度决算", fa("8.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("63.00")),
        ),
    ),
    "c10_piece_is_unit_name.layout.txt": dict(
        note="rule 2 (layout): a head '某某县交通运输局' (the unit's name) over '办公楼维修改造'; a tail '交通运输局' (the unit's tail)",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "某某县交通运输局办公楼维修改造", fa("90.00"), OTHER),
            ("2140106", "城区公路养护站移交县交通运输局", fa("15.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("160.00")),
        ),
    ),
    "c11_plain_uncoded_remark_heads.txt": dict(
        note="uncoded (plain, 备注 column): heads above their rows, after rows printing a remark ('续建', '新增'): as before the session",
        kind="budget",
        not_loaded="no remark in any name",
        tables=proj(
            (None, "公路桥梁定期检测", fa("45.00")),
            (None, "交通运输综合执法能力建设", fa("260.00")),
            (None, "农村公路安全生命防护工程", fa("500.00")),
            (None, "合计", fa("805.00")),
        ),
    ),
    "c12_plain_uncoded_head_reads_title.txt": dict(
        note="uncoded (plain): a head reading like the title '2024年部门预算' over '编制及公开': as before the session",
        kind="budget",
        tables=proj(
            (None, "公路桥梁定期检测", fa("45.00")),
            (None, "2024年部门预算编制及公开", fa("12.00")),
            (None, "交通战备经费", fa("10.00")),
            (None, "合计", fa("67.00")),
        ),
    ),
    "c13_group_heading_wrapped.layout.txt": dict(
        note="rule 4 (layout): a group heading wrapped '三、其他事业发展类项' / '目' between two rows",
        kind="budget",
        not_loaded="no heading (nor its '目') in any name",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140106", "农村公路日常养护", fa("120.00"), ROAD),
            (None, "合计", fa("175.00")),
        ),
    ),
    "c14_transfer_town_ascii_head.layout.txt": dict(
        note="rule 1 (layout transfer by town): tail '命防护工程', then a head with ASCII '新安镇S203线' / 'K12+300-K15+800段' (narrower) over '路面改造工程'",
        kind="budget",
        tables=[
            dict(
                table=TRANSFER,
                unit="万元",
                rows=[
                    ("2140106", "城关镇农村公路安全生命防护工程", {T: "120.00"}, ROAD),
                    ("2140104", "新安镇S203线K12+300-K15+800段路面改造工程", {T: "300.00"}, BUILD),
                    ("2140106", "河口乡公路桥梁定期检测", {T: "40.00"}, ROAD),
                    (None, "合计", {T: "460.00"}),
                ],
            )
        ],
    ),
    "c15_three_pieces_between.layout.txt": dict(
        note="rule 1 (layout): three pieces between rows: tail '工程', two full head lines, the row's '评定' with figures",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "普通国省干线公路路面技术状况自动化检测及评定", fa("60.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("570.00")),
        ),
    ),
    "c16_plain_remark_column_empty_control.txt": dict(
        note="control (plain): a 备注 column in the header, no row printing a remark, short tails '工程' / '建设'",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("805.00")),
        ),
    ),
    "c17_plain_remark_symbol_and_word.txt": dict(
        note="rule 3 (plain): remarks '△' and '续建', each row's name broken mid-word below ('…防' / '护工程', '…能' / '力建设')",
        kind="budget",
        not_loaded="no remark in any name",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("805.00")),
        ),
    ),
    "c18_code_line_name_above_two_pieces.layout.txt": dict(
        note="rule 1 code line (layout): tail '工程', then a code line printing no name, its name above in two pieces '交通运输综合执法能力' / '建设'",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("805.00")),
        ),
    ),
}
