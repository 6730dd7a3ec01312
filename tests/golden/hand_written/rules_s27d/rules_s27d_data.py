"""Expected readings of the rules_s27d inputs, typed by hand from the inputs (never from the parser).

Format as rules_s27c_data.py: per input a note (what it attacks), kind, tables=[dict(table, unit, rows=[(code,
name, {column: value as printed}, [subject_name])])], optional not_loaded (for the reader). A coded row's
name is the project's whole name (all its printed pieces, in order); the 4th element the subject's name
(left out where the row prints none). A value ending in "?" may be left unloaded (subject subtotal lines).

Rules attacked (session 27, second half): 1. 科目编码 | 科目名称 | 项目名称 tables: the word (cell) after
the code is the subject's name, the rest the project's; layout pieces under the project's column the
project's, under the subject's the subject's. 2. 项目名称 | 科目编码 | 科目名称 tables: a line opening with
a functional code, its subject's name and figures is a project's row, named by the pieces above it."""

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
    "d01_plain_subject_first_control.txt": dict(
        note="control (plain, rule 1): 科目编码 科目名称 项目名称, one tail '工程'",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("555.00")),
        ),
    ),
    "d02_plain_subject_name_spaced.txt": dict(
        note="rule 1 (plain): subject names printed with a space inside ('其他 公路水路运输支出', '公路 运输管理')",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140112", "道路运输安全监管", fa("35.00"), TRANS),
            (None, "合计", fa("90.00")),
        ),
    ),
    "d03_plain_subject_name_missing.txt": dict(
        note="rule 1 (plain): two rows print no subject's name ('2140106 农村公路日常养护', '2140106 养护机械 购置')",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路日常养护", fa("120.00")),
            ("2140106", "养护机械购置", fa("30.00")),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("205.00")),
        ),
    ),
    "d04_layout_subject_cell_missing.layout.txt": dict(
        note="rule 1 (layout): a row's subject cell empty, its project's name wrapped ('工程' under the project column)",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路安全生命防护工程", fa("500.00")),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("555.00")),
        ),
    ),
    "d05_layout_subject_wrapped_control.layout.txt": dict(
        note="control (layout, rule 1): subject '其他公路水路运' / '输支出' wrapped under its column, project '…能力' / '建设' beside it; then a subject wrap alone",
        kind="budget",
        tables=proj(
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("315.00")),
        ),
    ),
    "d07_layout_header_gongneng_two_lines.layout.txt": dict(
        note="rule 1 header (layout): 功能分类科目 over 编码 | 名称 (two header lines), 项目名称 beside it",
        kind="budget",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("555.00")),
        ),
    ),
    "d08_plain_subject_first_project_digits.txt": dict(
        note="rule 1 (plain): project names with digits / spaces ('S203 线路面改造工程', '2024年…', '210 国道大修', '12328…')",
        kind="budget",
        tables=proj(
            ("2140104", "S203线路面改造工程", fa("300.00"), BUILD),
            ("2140106", "2024年国省干线养护", fa("150.00"), ROAD),
            ("2140106", "210国道大修", fa("80.00"), ROAD),
            ("2140199", "12328交通运输服务热线", fa("6.00"), OTHER),
            (None, "合计", fa("536.00")),
        ),
    ),
    "d09_plain_numbered_name_bottom_aligned.txt": dict(
        note="rule 2 (plain): 项目名称 | 科目编码 | 科目名称, names numbered '2024001 …'; one name's head '2024002 交通运输综合执法能力' on a line of its own",
        kind="budget",
        tables=proj(
            ("2140106", "2024001 公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "2024002 交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140199", "2024003 交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("315.00")),
        ),
    ),
    "d10_layout_subject_subtotal_after_tail.layout.txt": dict(
        note="rule 2 (layout): subject subtotal lines (code, subject, figures, no project) in 项目名称 | 科目编码 | 科目名称; one right after a tail '工程'",
        kind="budget",
        not_loaded="'工程' in no subtotal's name",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("510.00")),
            ("2140106", "*", {T: "500.00?", FA: "500.00?"}),
            ("2140199", "*", {T: "10.00?", FA: "10.00?"}),
        ),
    ),
    "d11_plain_total_first_code_line_control.txt": dict(
        note="control (plain, rule 2): 合计 first, then a code line whose name is wholly above it in two pieces",
        kind="budget",
        tables=proj(
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("815.00")),
        ),
    ),
    "d12_layout_code_line_no_subject.layout.txt": dict(
        note="rule 2 (layout): a code line printing its code and figures only (no subject name), its name above in two pieces",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00")),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("315.00")),
        ),
    ),
    "d13_layout_project_named_as_subject.layout.txt": dict(
        note="rule 1's name-column change (layout, 项目名称 | 科目编码 | 科目名称): a project named as its subject ('公路养护'), then a head '交通运输综合执法能力' over '建设'",
        kind="budget",
        tables=proj(
            ("2140106", "公路养护", fa("100.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (None, "合计", fa("405.00")),
        ),
    ),
    "d14_layout_transfer_towns_subject_first.layout.txt": dict(
        note="rule 1 (layout transfer): 科目编码 | 科目名称 | 项目名称 | 金额, town projects, tails '命防护工程' / '测' under the project column",
        kind="budget",
        tables=[
            dict(
                table=TRANSFER,
                unit="万元",
                rows=[
                    ("2140106", "城关镇农村公路安全生命防护工程", {T: "120.00"}, ROAD),
                    ("2140104", "新安镇S203线路面改造", {T: "300.00"}, BUILD),
                    ("2140106", "河口乡公路桥梁定期检测", {T: "40.00"}, ROAD),
                    (None, "合计", {T: "460.00"}),
                ],
            )
        ],
    ),
    "d15_plain_final_one_row.txt": dict(
        note="rule 1 (plain, final account): a one-row 科目编码 科目名称 项目名称 table",
        kind="final_account",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            (None, "合计", fa("500.00")),
        ),
    ),
    "d16_layout_final_subject_first_total_first.layout.txt": dict(
        note="control (layout, final account, rule 1): 合计 first, tails under the project column",
        kind="final_account",
        tables=proj(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("815.00")),
        ),
    ),
    "d17_plain_transfer_subject_first_towns.txt": dict(
        note="rule 1 (plain transfer): 科目编码 科目名称 项目名称 金额, a town's name a word of its own before the project's ('城关镇 农村…')",
        kind="budget",
        tables=[
            dict(
                table=TRANSFER,
                unit="万元",
                rows=[
                    ("2140106", "城关镇农村公路安全生命防护工程", {T: "120.00"}, ROAD),
                    ("2140104", "新安镇S203线路面改造", {T: "300.00"}, BUILD),
                    ("2140106", "河口乡公路桥梁定期检测", {T: "40.00"}, ROAD),
                    (None, "合计", {T: "460.00"}),
                ],
            )
        ],
    ),
    "d18_plain_uncoded_number_line.txt": dict(
        note="rule 2 (plain): a line opening with a 7-digit number beginning with 2 that is no code ('2024001 县级配套资金', no code printed) after a one-line row",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            (None, "合计", fa("595.00")),
            # uncoded '2024001 县级配套资金': review_check strips a leading 3-7 digit number from uncoded labels
            # before matching, so the row is matched by '*' (any label; the code must be none)
            (None, "*", fa("50.00")),
        ),
    ),
    "d19_layout_subject_first_tall_row_heads_above.layout.txt": dict(
        note="rule 1 (layout): a tall row, code and figures on its second line, the subject's and project's first pieces on the line above ('其他公路水路运' / '交通运输综合执法能力')",
        kind="budget",
        tables=proj(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            (None, "合计", fa("315.00")),
        ),
    ),
}
