"""Expected readings of the rules_s25c inputs, typed by hand from the inputs (never from the parser).

As rules_s25a_data.py, and: a row may carry a 4th element, the subject_name its amounts must carry (a
project table's subject printed after the code; a subject's own name); a column's value ending in "?" is a
dash cell: if loaded it must be that value (0), not loading it is fine. `only_tables`: the exact set of
table keys the document must give (one table, not two). A table key "a|b" accepts either."""

T, B, P = "total", "basic", "project"
FA, GP, GF = "fiscal_appropriation", "general_public", "government_fund"
EXP = "expenditure_by_function"
PROJ = "project_expenditure"


def tbp(total, basic=None, project=None):
    cols = {T: total}
    if basic is not None:
        cols[B] = basic
    if project is not None:
        cols[P] = project
    return cols


def fa(v):
    return {T: v, FA: v}


EXPECTED = {
    "c01_project_name_route_number.txt": dict(
        note="rule 1: 项目名称 | 科目编码 | 科目名称, project names holding a route number word '210' / 'S 216'",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2140106", "2024年国道210线路面大修工程", fa("500.00"), "公路养护"),
                    ("2140104", "省道S216线安保工程", fa("300.00"), "公路建设"),
                    ("2140106", "农村公路日常养护经费", fa("120.00"), "公路养护"),
                    (None, "合计", fa("920.00")),
                ],
            )
        ],
    ),
    "c02_subject_name_wraps.layout.txt": dict(
        note="rule 1 (layout): the subject's name after the code wraps onto a line of its own ('…运输支' / '出')",
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
    "c03_integer_yuan_period.txt": dict(
        note="rule 2: a 元 table printing integers, with a 实施周期 column (3, 1) before the money",
        kind="budget",
        not_loaded="the periods 3 and 1",
        tables=[
            dict(
                table=PROJ,
                unit="元",
                rows=[
                    (None, "农村公路安全生命防护工程", fa("3000000")),
                    (None, "公路桥梁定期检测", fa("450000")),
                    (None, "合计", fa("3450000")),
                ],
            )
        ],
    ),
    "c04_quantity_with_decimals.txt": dict(
        note="rule 2: 实施周期（年） | 建设数量（公里） before the money, the quantity with decimals (35.6) and blank in a row",
        kind="budget",
        not_loaded="2, 35.6 and 1",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "农村公路提档升级", fa("800.00")),
                    (None, "危桥改造", fa("120.00")),
                    (None, "合计", fa("920.00")),
                ],
            )
        ],
    ),
    "c05_headcount_after_money.txt": dict(
        note="rule 2: a 编制人数 column after the money (35, 62, 97)",
        kind="budget",
        not_loaded="35, 62, 97",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "某某县交通运输局（本级）", tbp("850.00", "600.00", "250.00")),
                    (None, "某某县公路事业发展中心", tbp("400.00", "300.00", "100.00")),
                    (None, "合计", tbp("1,250.00", "900.00", "350.00")),
                ],
            )
        ],
    ),
    "c06_remark_year_spaced.txt": dict(
        note="rule 3: 金额 | 资金来源 | 备注, remarks '2023 年续建' / '2022 年结转' (a year set apart, Word style)",
        kind="budget",
        not_loaded="2023, 2022",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "国省干线养护工程", {T: "300.00"}),
                    (None, "农村客运站改造", {T: "45.00"}),
                    (None, "交通安全设施完善", {T: "150.00"}),
                    (None, "合计", {T: "495.00"}),
                ],
            )
        ],
    ),
    "c07_remark_bare_year.layout.txt": dict(
        note="rule 3 (layout): 金额 | 资金来源 | 开工年度, the last column a bare year (2023)",
        kind="budget",
        not_loaded="2023, 2024, 2022",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "国省干线养护工程", {T: "300.00"}),
                    (None, "农村客运站改造", {T: "45.00"}),
                    (None, "交通安全设施完善", {T: "150.00"}),
                    (None, "合计", {T: "495.00"}),
                ],
            )
        ],
    ),
    "c08_dash_last_fund.layout.txt": dict(
        note="rule 3 (layout): 合计 | 一般公共预算 | 政府性基金 | 备注, a row's last fund printed '-' and its remark blank",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "国省干线养护工程", {T: "300.00", GP: "300.00", GF: "0.00?"}),
                    (None, "农村公路建设", {T: "450.00", GP: "150.00", GF: "300.00"}),
                    (None, "交通安全设施完善", {T: "150.00", GP: "0.00?", GF: "150.00"}),
                    (None, "合计", {T: "900.00", GP: "450.00", GF: "450.00"}),
                ],
            )
        ],
    ),
    "c09_dash_last_fund_no_remark.txt": dict(
        note="rule 3 (plain): as c08, '300.00 300.00 -' where '-' is the 政府性基金 cell, the remark blank",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "国省干线养护工程", {T: "300.00", GP: "300.00", GF: "0.00?"}),
                    (None, "农村公路建设", {T: "450.00", GP: "150.00", GF: "300.00"}),
                    (None, "交通安全设施完善", {T: "150.00", GP: "0.00?", GF: "150.00"}),
                    (None, "合计", {T: "900.00", GP: "450.00", GF: "450.00"}),
                ],
            )
        ],
    ),
    "c10_tail_then_centred_name.txt": dict(
        note="rule 4: a row printing its name with a tail below ('构'), then a name-less row centred in its 2-line name",
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
    "c11_tail_then_name_below.txt": dict(
        note="rule 4: a row printing its name with a tail below ('构'), then a name-less row whose name is all below",
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
    "c12_three_line_then_two_line.txt": dict(
        note="rule 4: tall cells centring code and figures, a 3-line name (code on its middle line) then a 2-line one",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("210.00", "160.00", "50.00")),
                    ("208", "社会保障和就业支出", tbp("210.00", "160.00", "50.00")),
                    ("20805", "行政事业单位养老支出", tbp("210.00", "160.00", "50.00")),
                    ("2080505", "机关事业单位基本养老保险缴费支出", tbp("150.00", "150.00")),
                    ("2080506", "机关事业单位职业年金缴费支出", tbp("60.00", "10.00", "50.00")),
                ],
            )
        ],
    ),
    "c13_project_name_piece_numbered.txt": dict(
        note="rule 5: a project name wrapped as '城区主干道改造工程' / '（二）标段' (a piece opening '（二）')",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    ("2120303", "城区主干道改造工程（二）标段", fa("500.00"), "小城镇基础设施建设"),
                    ("2140106", "农村公路日常养护经费", fa("120.00"), "公路养护"),
                    (None, "合计", fa("620.00")),
                ],
            )
        ],
    ),
    "c14_heading_spaced_after_table.txt": dict(
        note="rule 5: after the table's last row, a heading numbered '4.' (not 四、): no piece of that row's name",
        kind="budget",
        not_loaded="the narrative's 120.00 (a claim) and the heading's 4",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,080.00", "800.00", "280.00")),
                    ("208", "社会保障和就业支出", tbp("1,080.00", "800.00", "280.00")),
                    ("20801", "人力资源和社会保障管理事务", tbp("1,080.00", "800.00", "280.00")),
                    ("2080101", "行政运行", tbp("800.00", "800.00")),
                    ("2080109", "社会保险经办机构", tbp("280.00", None, "280.00")),
                ],
            )
        ],
    ),
    "c15_xubiao_header_renamed.txt": dict(
        note="rule 6: the title again on page 2 with its header reprinted, one column renamed (功能分类科目编码, 小计)",
        kind="budget",
        only_tables=[EXP],
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("208", "社会保障和就业支出", tbp("1,130.00", "850.00", "280.00")),
                    ("20801", "人力资源和社会保障管理事务", tbp("1,080.00", "800.00", "280.00")),
                    ("2080101", "行政运行", tbp("800.00", "800.00")),
                    ("2080109", "社会保险经办机构", tbp("180.00", None, "180.00")),
                    ("2080112", "劳动人事争议调解仲裁", tbp("100.00", None, "100.00")),
                    ("20805", "行政事业单位养老支出", tbp("50.00", "50.00")),
                    ("2080505", "机关事业单位基本养老保险缴费支出", tbp("50.00", "50.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            )
        ],
    ),
    "c16_two_tables_same_title.txt": dict(
        note="rule 6: two different tables titled alike (部门支出总表 by function, then by economic code)",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("208", "社会保障和就业支出", tbp("1,130.00", "850.00", "280.00")),
                    ("20801", "人力资源和社会保障管理事务", tbp("1,130.00", "850.00", "280.00")),
                    ("2080101", "行政运行", tbp("850.00", "850.00")),
                    ("2080109", "社会保险经办机构", tbp("280.00", None, "280.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            ),
            dict(
                table="expenditure_by_function_2|expenditure_by_economic",
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("301", "工资福利支出", tbp("800.00", "800.00")),
                    ("30101", "基本工资", tbp("500.00", "500.00")),
                    ("30102", "津贴补贴", tbp("300.00", "300.00")),
                    ("302", "商品和服务支出", tbp("450.00", "150.00", "300.00")),
                    ("30201", "办公费", tbp("150.00", "150.00")),
                    ("30227", "委托业务费", tbp("300.00", None, "300.00")),
                ],
            ),
        ],
    ),
    "c17_xubiao_header_one_line.layout.txt": dict(
        note="rule 6 (layout): page 2 prints the title and the header again, the header on one line where page 1 wrapped '科目' / '编码'",
        kind="budget",
        only_tables=[EXP],
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("214", "交通运输支出", tbp("1,130.00", "850.00", "280.00")),
                    ("21401", "公路水路运输", tbp("1,130.00", "850.00", "280.00")),
                    ("2140101", "行政运行", tbp("850.00", "850.00")),
                    ("2140106", "公路养护", tbp("280.00", None, "280.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            )
        ],
    ),
    "c18_transfer_by_item_code.txt": dict(
        note="rule 7: a 专项转移支付预算表 printed by 项 codes only (no parents): its names are the subjects' names",
        kind="budget",
        tables=[
            dict(
                table="transfer",
                unit="万元",
                rows=[
                    ("2130505", "生产发展", {T: "300.00"}, "生产发展"),
                    ("2130153", "耕地建设与利用", {T: "150.00"}, "耕地建设与利用"),
                    ("2130804", "创业担保贷款贴息及奖补", {T: "50.00"}, "创业担保贷款贴息及奖补"),
                    (None, "合计", {T: "500.00"}),
                ],
            )
        ],
    ),
    "c19_headcounts_before_money.layout.txt": dict(
        note="rule 2 (layout): 编制人数 | 实有人数 before the money, one unit's 实有人数 blank (control)",
        kind="budget",
        not_loaded="35, 32, 62, 97, 32",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "某某县交通运输局（本级）", tbp("850.00", "600.00", "250.00")),
                    (None, "某某县公路事业发展中心", tbp("400.00", "300.00", "100.00")),
                    (None, "合计", tbp("1,250.00", "900.00", "350.00")),
                ],
            )
        ],
    ),
}
