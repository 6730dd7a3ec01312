"""Expected readings of the rules_s25a inputs, typed by hand from the inputs (never from the parser).

Per input: note (what it attacks), kind ("budget" or "final_account": the phase a column takes when its key
carries none: budget -> budget, final_account -> actual), tables: a list of
  dict(table=table_key, unit=printed unit, rows=[(code, name, {column: value as printed})]).
code: the functional code the row must carry, None for a row that must carry none. name: the row's name as
printed (its whole name, a wrapped name joined); a coded row's label must be the code and that name exactly
(spaces removed), a named row's label must begin with the name (it may go on with a later text cell).
column: a column_key, or "column_key@phase" where the phase is not the document's own (a final account's
年初预算数 is total@budget). Cells printed blank are not listed. Figures that must NOT be loaded (percents,
counts, years, other years' figures, 增减, 调整预算数) are listed in not_loaded, for the reader only: any of
them loaded shows as SPURIOUS (or as WRONG where it took an expected figure's place)."""

T, B, P = "total", "basic", "project"
GP, GF, BUS, OI = "general_public", "government_fund", "business", "other_income"
EXP = "expenditure_by_function"
GB = "general_budget_by_function"
PROJ = "project_expenditure"


def tbp(total, basic=None, project=None):
    cols = {T: total}
    if basic is not None:
        cols[B] = basic
    if project is not None:
        cols[P] = project
    return cols


EXPECTED = {
    "a03_final_rate_column.txt": dict(
        note="final: 年初预算数 | 决算数 | 决算数为年初预算数的% (bare percent figures)",
        kind="final_account",
        not_loaded="the % column (95.00, 93.75, 96.00, 85.71, 100.00)",
        tables=[
            dict(
                table=GB,
                unit="万元",
                rows=[
                    (None, "合计", {"total@budget": "800.00", T: "760.00"}),
                    ("201", "一般公共服务支出", {"total@budget": "640.00", T: "600.00"}),
                    ("20108", "审计事务", {"total@budget": "640.00", T: "600.00"}),
                    ("2010801", "行政运行", {"total@budget": "500.00", T: "480.00"}),
                    ("2010804", "审计业务", {"total@budget": "140.00", T: "120.00"}),
                    ("208", "社会保障和就业支出", {"total@budget": "90.00", T: "90.00"}),
                    ("20805", "行政事业单位养老支出", {"total@budget": "90.00", T: "90.00"}),
                    ("2080505", "机关事业单位基本养老保险缴费支出", {"total@budget": "90.00", T: "90.00"}),
                    ("221", "住房保障支出", {"total@budget": "70.00", T: "70.00"}),
                    ("22102", "住房改革支出", {"total@budget": "70.00", T: "70.00"}),
                    ("2210201", "住房公积金", {"total@budget": "70.00", T: "70.00"}),
                ],
            )
        ],
    ),
    "a04_kuan_xiang_two_digit.txt": dict(
        note="款 / 项 rows print only their own two digits ('06 司法', '01 行政运行'), indented style",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("204", "公共安全支出", tbp("900.00", "700.00", "200.00")),
                    ("20406", "司法", tbp("900.00", "700.00", "200.00")),
                    ("2040601", "行政运行", tbp("700.00", "700.00")),
                    ("2040610", "社区矫正", tbp("200.00", None, "200.00")),
                    ("208", "社会保障和就业支出", tbp("230.00", "150.00", "80.00")),
                    ("20805", "行政事业单位养老支出", tbp("150.00", "150.00")),
                    ("2080505", "机关事业单位基本养老保险缴费支出", tbp("150.00", "150.00")),
                    ("20899", "其他社会保障和就业支出", tbp("80.00", None, "80.00")),
                    ("2089999", "其他社会保障和就业支出", tbp("80.00", None, "80.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22101", "保障性安居工程支出", tbp("20.00", None, "20.00")),
                    ("2210199", "其他保障性安居工程支出", tbp("20.00", None, "20.00")),
                    ("22102", "住房改革支出", tbp("100.00", "100.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                ],
            )
        ],
    ),
    "a05_name_tail_after_figures.txt": dict(
        note="a name's last piece on the line after its figures ('…管理事' / '务', '…保险缴' / '费支出')",
        kind="budget",
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
    "a06_code_below_name.txt": dict(
        note="each name on the line above its code and figures ('农林水支出' / '213 1,130.00 …')",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("213", "农林水支出", tbp("1,130.00", "850.00", "280.00")),
                    ("21303", "水利", tbp("1,130.00", "850.00", "280.00")),
                    ("2130301", "行政运行", tbp("800.00", "800.00")),
                    ("2130305", "水利工程建设", tbp("230.00", None, "230.00")),
                    ("2130306", "水利工程运行与维护", tbp("100.00", "50.00", "50.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            )
        ],
    ),
    "a07_total_last_coded.txt": dict(
        note="a coded 支出表 whose 合计 row is printed last",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    ("201", "一般公共服务支出", tbp("900.00", "700.00", "200.00")),
                    ("20113", "商贸事务", tbp("900.00", "700.00", "200.00")),
                    ("2011301", "行政运行", tbp("700.00", "700.00")),
                    ("2011308", "招商引资", tbp("200.00", None, "200.00")),
                    ("208", "社会保障和就业支出", tbp("230.00", "150.00", "80.00")),
                    ("20805", "行政事业单位养老支出", tbp("230.00", "150.00", "80.00")),
                    ("2080505", "机关事业单位基本养老保险缴费支出", tbp("150.00", "150.00")),
                    ("2080599", "其他行政事业单位养老支出", tbp("80.00", None, "80.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                ],
            )
        ],
    ),
    "a08_continued_xubiao.txt": dict(
        note="a table continued after '- 3 -' under a line '续表' and its header repeated; then 表4",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("205", "教育支出", tbp("1,130.00", "850.00", "280.00")),
                    ("20501", "教育管理事务", tbp("500.00", "400.00", "100.00")),
                    ("2050101", "行政运行", tbp("400.00", "400.00")),
                    ("2050199", "其他教育管理事务支出", tbp("100.00", None, "100.00")),
                    ("20502", "普通教育", tbp("630.00", "450.00", "180.00")),
                    ("2050201", "学前教育", tbp("130.00", "50.00", "80.00")),
                    ("2050202", "小学教育", tbp("500.00", "400.00", "100.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            ),
            dict(
                table=GB,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("205", "教育支出", tbp("1,130.00", "850.00", "280.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                ],
            ),
        ],
    ),
    "a09_header_unit_yuan.txt": dict(
        note="表3 under 单位：万元, then 表9 with no unit line and a header '金额（元）'",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("207", "文化旅游体育与传媒支出", tbp("1,130.00", "850.00", "280.00")),
                    ("20701", "文化和旅游", tbp("1,130.00", "850.00", "280.00")),
                    ("2070101", "行政运行", tbp("850.00", "850.00")),
                    ("2070109", "群众文化", tbp("280.00", None, "280.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            ),
            dict(
                table=PROJ,
                unit="元",
                rows=[
                    (None, "非遗保护传承经费", {T: "1,200,000.00"}),
                    (None, "公共文化服务体系建设经费", {T: "1,000,000.00"}),
                    (None, "旅游宣传推介经费", {T: "600,000.00"}),
                    (None, "住房补贴", {T: "200,000.00"}),
                    (None, "合计", {T: "3,000,000.00"}),
                ],
            ),
        ],
    ),
    "a10_prior_year_final_column.txt": dict(
        note="budget header '2022年决算数 | 2024年预算数' (another year's final figures first)",
        kind="budget",
        not_loaded="the 2022年决算数 column (1,000.00, 920.00, 700.00, 220.00, 80.00)",
        tables=[
            dict(
                table=GB,
                unit="万元",
                rows=[
                    (None, "合计", {T: "1,250.00"}),
                    ("208", "社会保障和就业支出", {T: "1,130.00"}),
                    ("20802", "民政管理事务", {T: "1,130.00"}),
                    ("2080201", "行政运行", {T: "850.00"}),
                    ("2080208", "基层政权建设和社区治理", {T: "280.00"}),
                    ("221", "住房保障支出", {T: "120.00"}),
                    ("22102", "住房改革支出", {T: "120.00"}),
                    ("2210201", "住房公积金", {T: "120.00"}),
                ],
            )
        ],
    ),
    "a11_change_amount_and_range.txt": dict(
        note="上年预算数 | 本年预算数 | 增减额 | 增减幅度（%）: the rate's header says 增减, not 增减%",
        kind="budget",
        not_loaded="上年预算数, 增减额 and 增减幅度 figures",
        tables=[
            dict(
                table=GB,
                unit="万元",
                rows=[
                    (None, "合计", {T: "1,250.00"}),
                    ("213", "农林水支出", {T: "1,020.00"}),
                    ("21301", "农业农村", {T: "1,020.00"}),
                    ("2130101", "行政运行", {T: "700.00"}),
                    ("2130122", "农业生产发展", {T: "320.00"}),
                    ("208", "社会保障和就业支出", {T: "110.00"}),
                    ("20805", "行政事业单位养老支出", {T: "110.00"}),
                    ("2080505", "机关事业单位基本养老保险缴费支出", {T: "110.00"}),
                    ("221", "住房保障支出", {T: "120.00"}),
                    ("22102", "住房改革支出", {T: "120.00"}),
                    ("2210201", "住房公积金", {T: "120.00"}),
                ],
            )
        ],
    ),
    "a12_header_three_lines.txt": dict(
        note="收入表 header over three lines, cells broken mid-word ('一般公共' / '预算拨款', '其他' / '收' / '入')",
        kind="budget",
        tables=[
            dict(
                table="income_by_function",
                unit="万元",
                rows=[
                    (None, "合计", {T: "1,240.00", GP: "1,000.00", GF: "100.00", BUS: "110.00", OI: "30.00"}),
                    (
                        "210",
                        "卫生健康支出",
                        {T: "1,120.00", GP: "900.00", GF: "100.00", BUS: "90.00", OI: "30.00"},
                    ),
                    ("21001", "卫生健康管理事务", {T: "700.00", GP: "700.00"}),
                    ("2100101", "行政运行", {T: "700.00", GP: "700.00"}),
                    (
                        "21004",
                        "公共卫生",
                        {T: "420.00", GP: "200.00", GF: "100.00", BUS: "90.00", OI: "30.00"},
                    ),
                    ("2100401", "疾病预防控制机构", {T: "320.00", GP: "200.00", BUS: "90.00", OI: "30.00"}),
                    ("2100409", "重大公共卫生服务", {T: "100.00", GF: "100.00"}),
                    ("221", "住房保障支出", {T: "120.00", GP: "100.00", BUS: "20.00"}),
                    ("22102", "住房改革支出", {T: "120.00", GP: "100.00", BUS: "20.00"}),
                    ("2210201", "住房公积金", {T: "120.00", GP: "100.00", BUS: "20.00"}),
                ],
            )
        ],
    ),
    "a13_project_years_column.txt": dict(
        note="项目支出表 with 实施年限 (2024, 2024-2026) and 项目期限 (1, 3) columns before the money",
        kind="budget",
        not_loaded="the years 2024 / 2024-2026 and the terms 1 / 3",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "老旧小区改造配套设施", {T: "300.00", GP: "300.00"}),
                    (None, "城区污水管网提升工程", {T: "450.00", GP: "150.00", GF: "300.00"}),
                    (None, "市政道路养护经费", {T: "120.00", GP: "120.00"}),
                    (None, "建筑市场监管经费", {T: "30.00", GP: "30.00"}),
                    (None, "合计", {T: "900.00", GP: "600.00", GF: "300.00"}),
                ],
            )
        ],
    ),
    "a14_name_around_code.txt": dict(
        note="names wrapped around a centred code line ('节能环保' / '211 1,130.00 …' / '支出')",
        kind="budget",
        tables=[
            dict(
                table=EXP,
                unit="万元",
                rows=[
                    (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                    ("211", "节能环保支出", tbp("1,130.00", "850.00", "280.00")),
                    ("21101", "环境保护管理事务", tbp("850.00", "850.00")),
                    ("2110101", "行政运行", tbp("850.00", "850.00")),
                    ("21103", "污染防治", tbp("280.00", None, "280.00")),
                    ("2110302", "水体", tbp("280.00", None, "280.00")),
                    ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                    ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                    ("2210201", "住房公积金", tbp("100.00", "100.00")),
                    ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
                ],
            )
        ],
    ),
    "a15_text_after_figures.txt": dict(
        note="项目名称 | 金额 | 资金来源 | 备注: text cells after each row's figure",
        kind="budget",
        tables=[
            dict(
                table=PROJ,
                unit="万元",
                rows=[
                    (None, "高标准农田建设", {T: "300.00"}),
                    (None, "动物疫病防控", {T: "45.00"}),
                    (None, "农村人居环境整治", {T: "150.00"}),
                    (None, "农业技术推广", {T: "25.00"}),
                    (None, "合计", {T: "520.00"}),
                ],
            )
        ],
    ),
}

EXPECTED["l01_name_around_code.layout.txt"] = dict(
    note="layout: names wrapped around a centred code line ('节能环保' / '211 … figures' / '支出')",
    kind="budget",
    tables=[
        dict(
            table=EXP,
            unit="万元",
            rows=[
                (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                ("211", "节能环保支出", tbp("1,130.00", "850.00", "280.00")),
                ("21101", "环境保护管理事务", tbp("850.00", "850.00")),
                ("2110101", "行政运行", tbp("850.00", "850.00")),
                ("21103", "污染防治", tbp("280.00", None, "280.00")),
                ("2110302", "水体", tbp("280.00", None, "280.00")),
                ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                ("2210201", "住房公积金", tbp("100.00", "100.00")),
                ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
            ],
        )
    ],
)
EXPECTED["l02_continued_xubiao.layout.txt"] = dict(
    note="layout: 续表 and the header repeated on the next page (form feed)",
    kind="budget",
    tables=[
        dict(
            table=EXP,
            unit="万元",
            rows=[
                (None, "合计", tbp("1,250.00", "950.00", "300.00")),
                ("205", "教育支出", tbp("1,130.00", "850.00", "280.00")),
                ("20501", "教育管理事务", tbp("500.00", "400.00", "100.00")),
                ("2050101", "行政运行", tbp("400.00", "400.00")),
                ("2050199", "其他教育管理事务支出", tbp("100.00", None, "100.00")),
                ("20502", "普通教育", tbp("630.00", "450.00", "180.00")),
                ("2050201", "学前教育", tbp("130.00", "50.00", "80.00")),
                ("2050202", "小学教育", tbp("500.00", "400.00", "100.00")),
                ("221", "住房保障支出", tbp("120.00", "100.00", "20.00")),
                ("22102", "住房改革支出", tbp("120.00", "100.00", "20.00")),
                ("2210201", "住房公积金", tbp("100.00", "100.00")),
                ("2210203", "购房补贴", tbp("20.00", None, "20.00")),
            ],
        )
    ],
)
EXPECTED["l03_project_years_column.layout.txt"] = dict(
    note="layout: 项目支出表 with 实施年限 and 项目期限 columns before the money",
    kind="budget",
    not_loaded="the years 2024 / 2024-2026 and the terms 1 / 3",
    tables=[
        dict(
            table=PROJ,
            unit="万元",
            rows=[
                (None, "老旧小区改造配套设施", {T: "300.00", GP: "300.00"}),
                (None, "城区污水管网提升工程", {T: "450.00", GP: "150.00", GF: "300.00"}),
                (None, "市政道路养护经费", {T: "120.00", GP: "120.00"}),
                (None, "建筑市场监管经费", {T: "30.00", GP: "30.00"}),
                (None, "合计", {T: "900.00", GP: "600.00", GF: "300.00"}),
            ],
        )
    ],
)
EXPECTED["l04_final_rate_column.layout.txt"] = dict(
    note="layout final: 年初预算数 | 调整预算数 | 决算数 | 决算数为年初预算数的% (header wrapped)",
    kind="final_account",
    not_loaded="调整预算数 (780.00 …) and the % column",
    tables=[
        dict(
            table=GB,
            unit="万元",
            rows=[
                (None, "合计", {"total@budget": "800.00", T: "760.00"}),
                ("201", "一般公共服务支出", {"total@budget": "640.00", T: "600.00"}),
                ("20108", "审计事务", {"total@budget": "640.00", T: "600.00"}),
                ("2010801", "行政运行", {"total@budget": "500.00", T: "480.00"}),
                ("2010804", "审计业务", {"total@budget": "140.00", T: "120.00"}),
                ("208", "社会保障和就业支出", {"total@budget": "90.00", T: "90.00"}),
                ("20805", "行政事业单位养老支出", {"total@budget": "90.00", T: "90.00"}),
                ("2080505", "机关事业单位基本养老保险缴费支出", {"total@budget": "90.00", T: "90.00"}),
                ("221", "住房保障支出", {"total@budget": "70.00", T: "70.00"}),
                ("22102", "住房改革支出", {"total@budget": "70.00", T: "70.00"}),
                ("2210201", "住房公积金", {"total@budget": "70.00", T: "70.00"}),
            ],
        )
    ],
)
EXPECTED["l05_text_after_figures.layout.txt"] = dict(
    note="layout: 项目名称 | 金额 | 资金来源 | 备注, text cells after each row's figure",
    kind="budget",
    tables=[
        dict(
            table=PROJ,
            unit="万元",
            rows=[
                (None, "高标准农田建设", {T: "300.00"}),
                (None, "动物疫病防控", {T: "45.00"}),
                (None, "农村人居环境整治", {T: "150.00"}),
                (None, "农业技术推广", {T: "25.00"}),
                (None, "合计", {T: "520.00"}),
            ],
        )
    ],
)
EXPECTED["l06_share_percent_column.layout.txt"] = dict(
    note="layout: 金额 | 占比（%） with bare share figures (100.00, 72.00 …)",
    kind="budget",
    not_loaded="the 占比 column",
    tables=[
        dict(
            table=GB,
            unit="万元",
            rows=[
                (None, "合计", {T: "1,250.00"}),
                ("201", "一般公共服务支出", {T: "900.00"}),
                ("20105", "统计信息事务", {T: "900.00"}),
                ("2010501", "行政运行", {T: "700.00"}),
                ("2010507", "专项普查活动", {T: "200.00"}),
                ("208", "社会保障和就业支出", {T: "230.00"}),
                ("20805", "行政事业单位养老支出", {T: "150.00"}),
                ("2080505", "机关事业单位基本养老保险缴费支出", {T: "150.00"}),
                ("20899", "其他社会保障和就业支出", {T: "80.00"}),
                ("2089999", "其他社会保障和就业支出", {T: "80.00"}),
                ("221", "住房保障支出", {T: "120.00"}),
                ("22102", "住房改革支出", {T: "120.00"}),
                ("2210201", "住房公积金", {T: "120.00"}),
            ],
        )
    ],
)
EXPECTED["l07_sangong_year_rows.layout.txt"] = dict(
    note="layout 三公: rows 2023年预算数 / 2024年预算数 / 增减额 under the items",
    kind="budget",
    not_loaded="the 2023年预算数 and 增减额 rows",
    tables=[
        dict(
            table="sangong",
            unit="万元",
            rows=[
                (
                    None,
                    "2024年预算数",
                    {
                        "total": "18.50",
                        "outbound": "0.00",
                        "vehicle": "12.00",
                        "vehicle_purchase": "0.00",
                        "vehicle_operation": "12.00",
                        "reception": "6.50",
                    },
                ),
            ],
        )
    ],
)
