"""Expected readings of the rules_s26 inputs, typed by hand from the inputs (never from the parser).

As rules_s25c_data.py: per input a note (what it attacks), kind ("budget" or "final_account": the phase a
column takes when its key carries none), tables: dict(table=table_key, unit=printed unit, rows=[(code, name,
{column: value as printed}, [subject_name])]). A column "key@phase" where the phase is not the document's
own (a final account's 年初预算数 is total@budget). A value ending in "?" is a blank or dash cell: not loading
it is fine, loading another value is WRONG. Name "*": any row label (a 三公 table's row labels differ by
layout: the item); its figures are told by column, phase and value. A table printing a row per phase (年初预算数 /
决算数 / 本年预算数) names the row its figures must carry, as rules_s25a's l07; a row labelled by a year
("2024年预算数") is "*" (this check's bare() takes a leading 4-digit year for a code).
not_loaded: figures that must NOT be loaded, for the reader only (any of them loaded shows as SPURIOUS, or
as WRONG where it took an expected figure's place)."""

T, B, P = "total", "basic", "project"
FA, GP, GF = "fiscal_appropriation", "general_public", "government_fund"
EXP = "expenditure_by_function"
PROJ = "project_expenditure"
SG = "sangong"
SG_KEYS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def sg(*values, phase=None, keys=SG_KEYS):
    """The 三公 figures of one phase, in the order 合计, 出国, 车 (小计), 购置, 运行, 接待; None = not printed."""
    at = f"@{phase}" if phase else ""
    return {f"{k}{at}": v for k, v in zip(keys, values, strict=True) if v is not None}


def tbp(total, basic=None, project=None):
    cols = {T: total}
    if basic is not None:
        cols[B] = basic
    if project is not None:
        cols[P] = project
    return cols


def fa(v):
    return {T: v, FA: v}


SG4 = ("total", "outbound", "vehicle", "reception")

EXPECTED = {
    # ------------------------------------------------------------------ rule 1: 三公 phase / year rows
    "s01_items_rows_year_columns.txt": dict(
        note="rule 1 neighbour (plain): items as ROWS, columns 2023年预算数 | 2024年预算数 | 增减额 (2024 budget)",
        kind="budget",
        not_loaded="the 2023年预算数 column (20.00, 14.00, 6.00 …) and 增减额 (-1.50, -2.00, 0.50 …)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            )
        ],
    ),
    "s02_items_rows_year_header_wrapped.layout.txt": dict(
        note="rule 1 neighbour (layout): items as rows, year columns with the header wrapped '2023年' / '预算数'",
        kind="budget",
        not_loaded="the 2023年预算数 column and 增减额",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            )
        ],
    ),
    "s03_final_nianchu_quannian_rows.txt": dict(
        note="rule 1 (plain final): rows 年初预算数 / 全年预算数 / 决算数: 全年 (the adjusted budget) is no second budget",
        kind="final_account",
        not_loaded="the 全年预算数 row (22.00 0.00 16.00 0.00 16.00 6.00)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "年初预算数",
                        sg("20.00", "0.00", "14.00", "0.00", "14.00", "6.00", phase="budget"),
                    ),
                    (None, "决算数", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50")),
                ],
            )
        ],
    ),
    "s04_final_budget_execution_row.layout.txt": dict(
        note="rule 1 (layout final 2023): rows 2023年预算数 / 2023年预算执行数 / 执行率（%）: the 执行数 row is the actual",
        kind="final_account",
        not_loaded="the 执行率 row (92.50, 85.71, 108.33 …)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (None, "*", sg("20.00", "0.00", "14.00", "0.00", "14.00", "6.00", phase="budget")),
                    (None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50")),
                ],
            )
        ],
    ),
    "s05_prior_current_year_yuan.txt": dict(
        note="rule 1 (plain, 元): rows 上年预算数 / 本年预算数 / 增减额 / 增长率（%）, nested header 小计 | 公务用车购置费 | 公务用车运行费",
        kind="budget",
        not_loaded="上年预算数 (200,000.00 …), 增减额 (-15,000.00 …), 增长率 (-7.50, -14.29, 8.33)",
        tables=[
            dict(
                table=SG,
                unit="元",
                rows=[
                    (
                        None,
                        "本年预算数",
                        sg("185,000.00", "0.00", "120,000.00", "0.00", "120,000.00", "65,000.00"),
                    )
                ],
            )
        ],
    ),
    "s06_bare_year_rows.layout.txt": dict(
        note="rule 1 (layout): rows named by the bare year '2023年' / '2024年' / '增减', the phase in the group label '“三公”经费预算数'",
        kind="budget",
        not_loaded="the 2023年 row and the 增减 row",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            )
        ],
    ),
    "s07_total_row_first_units.txt": dict(
        note="rule 1 neighbour (plain): '“三公”经费预算数' over the items, a 合计 row first, then a row per unit",
        kind="budget",
        not_loaded="the units' rows (12.50 … 4.50; 6.00 … 2.00)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            )
        ],
    ),
    "s08_worded_sangong_year_rows.txt": dict(
        note="rule 1 (plain): rows '2023年“三公”经费预算数' / '2024年“三公”经费预算数' / '增减额'",
        kind="budget",
        not_loaded="the 2023 row and the 增减额 row",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            )
        ],
    ),
    "s09_final_prior_nianchu_juesuan.layout.txt": dict(
        note="rule 1 (layout final 2023): 上年决算数 / 年初预算数 / 决算数 (blank cells) / 决算数比年初预算数增减",
        kind="final_account",
        not_loaded="上年决算数 (21.30, 15.10, 6.20 …) and the 增减 row",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "年初预算数",
                        sg("20.00", "0.00", "14.00", "0.00", "14.00", "6.00", phase="budget"),
                    ),
                    (None, "决算数", sg("18.50", "0.00?", "12.00", "0.00?", "12.00", "6.50")),
                ],
            )
        ],
    ),
    # ------------------------------------------------------------------ rule 2: short texts, wide runs
    "t01_handtyped_spaced_expenditure.txt": dict(
        note="rule 2: hand-typed 部门支出总表, 6 spaces after code and name, single spaces between figures, blanks dropped (7 of 12 lines wide)",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,080.00", "800.00", "280.00")),
                    ("208", "社会保障和就业支出", tbp("1,080.00", "800.00", "280.00")),
                    ("20801", "人力资源和社会保障管理事务", tbp("1,080.00", "800.00", "280.00")),
                    ("2080101", "行政运行", tbp("800.00", "800.00")),
                    ("2080109", "社会保险经办机构", tbp("180.00", None, "180.00")),
                    ("2080112", "劳动人事争议调解仲裁", tbp("100.00", None, "100.00")),
                ],
            )
        ],
    ),
    "t02_handtyped_spaced_sangong_rows.txt": dict(
        note="rules 2+1: hand-typed 三公 table, 6 spaces between every cell (not aligned), rows 2023年预算数 / 2024年预算数 / 增减额",
        kind="budget",
        not_loaded="the 2023年预算数 row and 增减额",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "6.50", keys=SG4))],
            )
        ],
    ),
    "t03_long_layout_control.layout.txt": dict(
        note="rule 2 control: a long pdftotext -layout document (layout under either threshold): 部门支出总表 with blanks, a 三公 row",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,695.00", "1,120.00", "575.00")),
                    ("208", "社会保障和就业支出", tbp("150.00", "150.00")),
                    ("20805", "行政事业单位养老支出", tbp("150.00", "150.00")),
                    ("2080505", "机关事业单位基本养老保险缴费支出", tbp("100.00", "100.00")),
                    ("2080506", "机关事业单位职业年金缴费支出", tbp("50.00", "50.00")),
                    ("210", "卫生健康支出", tbp("45.00", "45.00")),
                    ("21011", "行政事业单位医疗", tbp("45.00", "45.00")),
                    ("2101101", "行政单位医疗", tbp("45.00", "45.00")),
                    ("214", "交通运输支出", tbp("1,400.00", "825.00", "575.00")),
                    ("21401", "公路水路运输", tbp("1,400.00", "825.00", "575.00")),
                    ("2140101", "行政运行", tbp("600.00", "600.00")),
                    ("2140104", "公路建设", tbp("300.00", None, "300.00")),
                    ("2140106", "公路养护", tbp("275.00", None, "275.00")),
                    ("2140112", "公路运输管理", tbp("225.00", "225.00")),
                    ("221", "住房保障支出", tbp("100.00", "100.00")),
                    ("22102", "住房改革支出", tbp("100.00", "100.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                ],
            ),
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("18.50", "0.00", "12.00", "0.00", "12.00", "6.50"))],
            ),
        ],
    ),
    "t04_handtyped_spaced_project.txt": dict(
        note="rule 2: hand-typed 项目支出预算表, 6 spaces between cells, a blank fund cell dropped (5 of 10 lines wide)",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "国省干线养护工程", {T: "300.00", GP: "300.00"}),
                    (None, "农村公路建设", {T: "450.00", GP: "150.00", GF: "300.00"}),
                    (None, "交通安全设施完善", {T: "150.00", GF: "150.00"}),
                    (None, "合计", {T: "900.00", GP: "450.00", GF: "450.00"}),
                ],
            )
        ],
    ),
    # ------------------------------------------------------------------ rule 3: subject name wrapped right of the code
    "p01_remark_wraps_right.layout.txt": dict(
        note="rule 3 (layout): a 备注 column after the money, its text wrapped onto a line of its own ('省级补助资金' / '配套')",
        kind="budget",
        not_loaded="no remark text in any name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("300.00"), "公路养护"),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), "公路养护"),
                    (None, "合计", fa("345.00")),
                ],
            )
        ],
    ),
    "p02_both_names_wrap.layout.txt": dict(
        note="rule 3 (layout): project name and subject name both wrap onto ONE next line ('（二期）' left, '出' right)",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140199", "交通运输综合执法能力建设（二期）", fa("260.00"), "其他公路水路运输支出"),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), "公路养护"),
                    (None, "合计", fa("305.00")),
                ],
            )
        ],
    ),
    "p03_project_piece_left.layout.txt": dict(
        note="rule 3 (layout): a project name's piece on its own line LEFT of the code ('工程'), then a subject's piece right of it ('出')",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("500.00"), "公路养护"),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), "其他公路水路运输支出"),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), "公路养护"),
                    (None, "合计", fa("805.00")),
                ],
            )
        ],
    ),
    "p04_code_name_one_space.layout.txt": dict(
        note="rule 3 (layout): code and subject name one space apart ('2140199 其他公路水路运输支'), its '出' below",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), "其他公路水路运输支出"),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), "公路养护"),
                    (None, "合计", fa("305.00")),
                ],
            )
        ],
    ),
    "p05_running_header_next_page.layout.txt": dict(
        note="rule 3 (layout): the table runs on to the next page, topped by the running header '某某县交通运输局2024年部门预算' (right of the codes)",
        kind="budget",
        not_loaded="the running header in no name",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "农村公路安全生命防护工程", fa("300.00"), "公路养护"),
                    ("2140106", "国省干线公路养护工程", fa("150.00"), "公路养护"),
                    ("2140104", "农村公路建设补助", fa("120.00"), "公路建设"),
                    ("2140199", "交通运输综合执法能力建设", fa("260.00"), "其他公路水路运输支出"),
                    ("2140106", "公路桥梁定期检测", fa("45.00"), "公路养护"),
                    ("2140112", "农村客运站改造", fa("80.00"), "公路运输管理"),
                    ("2140112", "道路运输安全监管", fa("35.00"), "公路运输管理"),
                    ("2140199", "交通战备经费", fa("10.00"), "其他公路水路运输支出"),
                    (None, "合计", fa("1,000.00")),
                ],
            )
        ],
    ),
}
