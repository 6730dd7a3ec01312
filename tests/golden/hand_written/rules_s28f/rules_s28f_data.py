"""Expected readings of the rules_s28f inputs (which document, which tables, a few figures of each), typed by
hand from the documents as printed (gen.py writes them), never from the parser.

Per input (the ../review_check.py format, extended by check.py):
- note: what it attacks; kind: 'budget' | 'final_account' (the phase of a column without '@phase');
- meta: the Document fields expected (unit_name compared with brackets folded to half-width; a field given as
  None must be None: the document does not print it);
- tables: in document order, dict(table=key, unit=printed unit, rows=[(code, name, {column: value})],
  empty=True/False). unit "万元?" is a table printing no unit line whose unit the report's identities give
  (its figures, loaded, must be in 万元; its amount_unit may be None with a warn diagnostic, or 万元);
- only_tables: the exact keys, in document order (check.py checks the order too).

Column keys (the parser's vocabulary): summaries "income" / "expenditure"; by function total / basic /
project, general_public, carryover_begin, fiscal_appropriation, business, other_income; by economic code total /
personnel / public_funds; 三公 total / outbound / vehicle / vehicle_purchase / vehicle_operation / reception.
A row's name is its whole printed name; a coded row's label must be its code and that name."""

IES = "income_expenditure_summary"
INC = "income_by_function"
EXP = "expenditure_by_function"
GB = "general_budget_by_function"
GBB = "general_budget_basic_by_economic"
SG = "sangong"
GF = "government_fund"
SC = "state_capital"
PERF = "performance"
SG_KEYS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def inc(name, value):
    return (None, name, {"income": value})


def out(name, value):
    return (None, name, {"expenditure": value})


def tbp(code, name, total, basic=None, project=None, keys=("total", "basic", "project")):
    cols = {keys[0]: total}
    if basic is not None:
        cols[keys[1]] = basic
    if project is not None:
        cols[keys[2]] = project
    return (code, name, cols)


def econ(code, name, total, personnel=None, public=None):
    return tbp(code, name, total, personnel, public, keys=("total", "personnel", "public_funds"))


def sg(name, *values, phase=None):
    at = f"@{phase}" if phase else ""
    return (None, name, {f"{k}{at}": v for k, v in zip(SG_KEYS, values, strict=True)})


def table(key, unit, rows, empty=False):
    return dict(table=key, unit=unit, rows=rows, empty=empty)


def doc(note, kind, meta, tables, extra=()):
    return dict(
        note=note,
        kind=kind,
        meta=meta,
        tables=tables,
        only_tables=[t["table"] for t in tables] + list(extra),
    )


def meta(kind, scope, unit, year, province=None, city=None, district=None, supervisor=None):
    return dict(
        doc_kind=kind,
        scope=scope,
        unit_name=unit,
        fiscal_year=year,
        province=province,
        city=city,
        district=district,
        supervising_department=supervisor,
        parse_status="parsed",
    )


B, F = "budget", "final_account"
DEP, UNIT = "department", "unit"

EXPECTED = {
    "f01_layout_control_city_budget.layout.txt": doc(
        "control: cover '2025年岳阳市生态环境局部门预算' (year first, name after), 表1/表2/表3, 单位：万元",
        B,
        meta(B, DEP, "岳阳市生态环境局", 2025, city="岳阳市"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "2386.40"),
                    inc("五、事业收入", "120.00"),
                    inc("本年收入合计", "2522.00"),
                    out("三、节能环保支出", "2104.30"),
                    out("本年支出合计", "2522.00"),
                    out("支出总计", "2522.00"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "2522.00", "1698.20", "823.80"),
                    tbp("211", "节能环保支出", "2104.30", "1280.50", "823.80"),
                    tbp("2110199", "其他环境保护管理事务支出", "823.80", None, "823.80"),
                    tbp("2210201", "住房公积金", "118.40", "118.40"),
                ],
            ),
            table(SG, "万元", [sg("*", "18.60", "0.00", "12.00", "0.00", "12.00", "6.60")]),
        ],
    ),
    "f02_layout_contents_page_numbers.layout.txt": doc(
        "目录 listing the six tables (dot leaders, page numbers apart) before the tables; 表6 empty in the "
        "long sentence ('…故本表为空') under its header",
        B,
        meta(B, DEP, "湘潭县水利局", 2024, district="湘潭县"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "1652.30"),
                    inc("本年收入合计", "1652.30"),
                    inc("上年结转结余", "80.00"),
                    inc("收入总计", "1732.30"),
                    out("三、农林水支出", "1452.60"),
                    out("支出总计", "1732.30"),
                ],
            ),
            table(
                INC,
                "万元",
                [
                    (
                        None,
                        "合计",
                        {"total": "1732.30", "general_public": "1652.30", "carryover_begin": "80.00"},
                    ),
                    (
                        "2130306",
                        "水利工程运行与维护",
                        {"total": "587.30", "general_public": "507.30", "carryover_begin": "80.00"},
                    ),
                    ("2210201", "住房公积金", {"total": "65.20", "general_public": "65.20"}),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "1732.30", "1145.00", "587.30"),
                    tbp("213", "农林水支出", "1452.60", "865.30", "587.30"),
                    tbp("2080505", "机关事业单位基本养老保险缴费支出", "112.30", "112.30"),
                ],
            ),
            table(
                GBB,
                "万元",
                [
                    econ(None, "合计", "1145.00", "1018.60", "126.40"),
                    econ("30101", "基本工资", "312.50", "312.50"),
                    econ("302", "商品和服务支出", "126.40", None, "126.40"),
                    econ("30302", "退休费", "50.40", "50.40"),
                ],
            ),
            table(SG, "万元", [sg("*", "15.50", "0.00", "12.00", "0.00", "12.00", "3.50")]),
            table(GF, "万元", [], empty=True),
        ],
    ),
    "f03_plain_unit_final_supervisor.txt": doc(
        "plain: '桃江县农村经营服务中心2024年度单位决算' on one line, '主管部门：桃江县农业农村局' under it; 表一 "
        "labels alone on the line above each title; 三公 restating the 年初预算; '本单位无此项'",
        F,
        meta(F, UNIT, "桃江县农村经营服务中心", 2024, district="桃江县", supervisor="桃江县农业农村局"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算财政拨款收入", "486.20"),
                    inc("八、其他收入", "3.40"),
                    inc("总计", "502.10"),
                    out("三、农林水支出", "420.50"),
                    out("本年支出合计", "496.20"),
                    out("年末结转和结余", "5.90"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "496.20", "398.70", "97.50"),
                    tbp("213", "农林水支出", "420.50", "323.00", "97.50"),
                    tbp("2130122", "农业生产发展", "97.50", None, "97.50"),
                    tbp("2101102", "事业单位医疗", "12.30", "12.30"),
                ],
            ),
            table(
                SG,
                "万元",
                [
                    sg("年初预算数", "8.00", "0.00", "6.00", "0.00", "6.00", "2.00", phase="budget"),
                    sg("决算数", "6.85", "0.00", "5.20", "0.00", "5.20", "1.65"),
                ],
            ),
            table(GF, "万元", [], empty=True),
        ],
    ),
    "f04_layout_province_benji_yi_labels.layout.txt": doc(
        "'湖南省财政厅（本级）2023年部门决算'; titles labelled 一、二、三、七、; '金额单位：万元'; narrative after",
        F,
        meta(F, DEP, "湖南省财政厅(本级)", 2023, province="湖南省"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算财政拨款收入", "12846.35"),
                    inc("本年收入合计", "12872.75"),
                    inc("年初结转和结余", "1204.60"),
                    out("一、一般公共服务支出", "11235.48"),
                    out("年末结转和结余", "1266.16"),
                    out("总计", "14077.35"),
                ],
            ),
            table(
                INC,
                "万元",
                [
                    (
                        None,
                        "合计",
                        {"total": "12872.75", "fiscal_appropriation": "12846.35", "other_income": "26.40"},
                    ),
                    (
                        "2010601",
                        "行政运行",
                        {"total": "6452.30", "fiscal_appropriation": "6425.90", "other_income": "26.40"},
                    ),
                    ("2210201", "住房公积金", {"total": "498.20", "fiscal_appropriation": "498.20"}),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "12811.19", "7974.23", "4836.96"),
                    tbp("2010699", "其他财政事务支出", "4836.96", None, "4836.96"),
                    tbp("2080505", "机关事业单位基本养老保险缴费支出", "862.14", "862.14"),
                ],
            ),
            table(
                SG,
                "万元",
                [
                    sg("年初预算数", "42.00", "10.00", "20.00", "0.00", "20.00", "12.00", phase="budget"),
                    sg("决算数", "35.62", "8.36", "18.24", "0.00", "18.24", "9.02"),
                ],
            ),
        ],
    ),
    "f05_layout_unit_name_two_cover_lines.layout.txt": doc(
        "a unit's name wrapped over two cover lines in large type ('常德市武陵区住房保障和房屋征收' / '服务中心'), "
        "'2024年单位预算' and '主管部门：…住房和城乡建设局' under it",
        B,
        meta(
            B,
            UNIT,
            "常德市武陵区住房保障和房屋征收服务中心",
            2024,
            city="常德市",
            district="武陵区",
            supervisor="常德市武陵区住房和城乡建设局",
        ),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "642.80"),
                    inc("收入总计", "642.80"),
                    out("三、城乡社区支出", "498.60"),
                    out("支出总计", "642.80"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "642.80", "412.80", "230.00"),
                    tbp("212", "城乡社区支出", "498.60", "268.60", "230.00"),
                    tbp("2101102", "事业单位医疗", "24.30", "24.30"),
                ],
            ),
            table(SG, "万元", [sg("*", "3.00", "0.00", "0.00", "0.00", "0.00", "3.00")]),
        ],
    ),
    "f06_layout_chinese_year_fubiao_xubiao.layout.txt": doc(
        "the year only as '二〇二四年度' on a cover line of its own, '部门决算' under it; titles 附表1 … without a "
        "year; 支出决算表 continued as '附表3 支出决算表（续表）'; 附表9 '此表无数据'",
        F,
        meta(F, DEP, "邵阳市双清区教育局", 2024, city="邵阳市", district="双清区"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算财政拨款收入", "28416.52"),
                    inc("五、事业收入", "1235.60"),
                    inc("本年收入合计", "29700.42"),
                    out("一、教育支出", "25318.66"),
                    out("本年支出合计", "30132.33"),
                    out("年末结转和结余", "430.49"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "30132.33", "28832.33", "1300.00"),
                    tbp("2050202", "小学教育", "12486.92", "11906.92", "580.00"),
                    tbp("2080505", "机关事业单位基本养老保险缴费支出", "1897.50", "1897.50"),
                    tbp("2210201", "住房公积金", "1102.85", "1102.85"),
                ],
            ),
            table(SC, "万元", [], empty=True),
        ],
    ),
    "f07_layout_budget_contents_name_last_final.layout.txt": doc(
        "budget cover '娄底市统计局部门预算' / '二〇二五年一月' (no year in the title), its 目录 on the same page "
        "naming '三、2024年部门决算收支情况' before the tables; titles '娄底市统计局2025年部门收支总表' …",
        B,
        meta(B, DEP, "娄底市统计局", 2025, city="娄底市"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "486.30"),
                    inc("收入总计", "486.30"),
                    out("一、一般公共服务支出", "402.60"),
                    out("本年支出合计", "486.30"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "486.30", "376.30", "110.00"),
                    tbp("2010507", "专项普查活动", "110.00", None, "110.00"),
                    tbp("2080506", "机关事业单位职业年金缴费支出", "15.10", "15.10"),
                ],
            ),
            table(
                GBB,
                "万元",
                [
                    econ(None, "合计", "376.30", "338.50", "37.80"),
                    econ("30101", "基本工资", "118.60", "118.60"),
                    econ("30299", "其他商品和服务支出", "9.00", None, "9.00"),
                ],
            ),
        ],
    ),
    "f08_layout_region_prefix_running_header_short_name.layout.txt": doc(
        "cover '湖南省株洲市芦淞区市场监督管理局' (province, city, district); a running header on every table "
        "page with the bureau's usual short name '芦淞区市场监管局2024年部门预算'",
        B,
        meta(
            B,
            DEP,
            "湖南省株洲市芦淞区市场监督管理局",
            2024,
            province="湖南省",
            city="株洲市",
            district="芦淞区",
        ),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "1286.40"),
                    out("一、一般公共服务支出", "1048.70"),
                    out("本年支出合计", "1286.40"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "1286.40", "1066.40", "220.00"),
                    tbp("2013816", "食品安全监管", "220.00", None, "220.00"),
                    tbp("2101101", "行政单位医疗", "42.30", "42.30"),
                ],
            ),
            table(SG, "万元", [sg("*", "21.50", "0.00", "15.00", "0.00", "15.00", "6.50")]),
        ],
    ),
    "f09_layout_empty_tables_in_words.layout.txt": doc(
        "empty tables in words: 表6's title then its sentence alone ('…故本表为空。', no unit, no header); 表7 "
        "unit + header + '本表无数据'; 表1's note '注：本表无数据的科目不列示' empties nothing",
        B,
        meta(B, DEP, "益阳市资阳区司法局", 2024, city="益阳市", district="资阳区"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "935.60"),
                    inc("收入总计", "935.60"),
                    out("一、公共安全支出", "786.40"),
                    out("四、住房保障支出", "43.40"),
                ],
            ),
            table(SG, "万元", [sg("*", "12.40", "0.00", "8.00", "0.00", "8.00", "4.40")]),
            table(GF, None, [], empty=True),
            table(SC, "万元", [], empty=True),
        ],
    ),
    "f10_layout_continued_three_ways.layout.txt": doc(
        "three tables over two pages: 表2's page 2 opens with the running page header naming it "
        "('岳阳市…2023年度部门决算   表2 收入决算表') and the header; 表3's with '续表'; 表5's title repeated '（续）'",
        F,
        meta(F, DEP, "岳阳市岳阳楼区财政局", 2023, city="岳阳市", district="岳阳楼区"),
        [
            table(
                INC,
                "万元",
                [
                    (
                        None,
                        "合计",
                        {"total": "3268.45", "fiscal_appropriation": "3250.15", "other_income": "18.30"},
                    ),
                    ("2010607", "信息化建设", {"total": "168.50", "fiscal_appropriation": "168.50"}),
                    # (page-2 rows sampled by codes no other table's sample uses: review_check looks for a
                    # figure missing from its table in the other tables, and would take their samples' cells)
                    ("20805", "行政事业单位养老支出", {"total": "318.65", "fiscal_appropriation": "318.65"}),
                    ("22102", "住房改革支出", {"total": "129.40", "fiscal_appropriation": "129.40"}),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "3241.85", "2398.15", "843.70"),
                    tbp("2010699", "其他财政事务支出", "283.50", None, "283.50"),
                    tbp("2080506", "机关事业单位职业年金缴费支出", "106.25", "106.25"),
                    tbp("2210201", "住房公积金", "129.40", "129.40"),
                ],
            ),
            table(
                GB,
                "万元",
                [
                    tbp(None, "合计", "3223.55", "2379.85", "843.70"),
                    tbp("2010601", "行政运行", "1847.60", "1847.60"),
                    tbp("208", "社会保障和就业支出", "318.65", "318.65"),
                    tbp("2101101", "行政单位医疗", "84.20", "84.20"),
                ],
            ),
        ],
    ),
    "f11_layout_org_unit_line_yuan_wanyuan.layout.txt": doc(
        "unit line '单位：衡阳市石鼓区人力资源和社会保障局 … 单位：元' (an organisation beside the unit), "
        "'金额单位：元' on 表3; the 三公 table '单位：万元'",
        B,
        meta(B, DEP, "衡阳市石鼓区人力资源和社会保障局", 2025, city="衡阳市", district="石鼓区"),
        [
            table(
                IES,
                "元",
                [
                    inc("一、一般公共预算拨款收入", "8642315.60"),
                    out("一、社会保障和就业支出", "7864215.60"),
                    out("支出总计", "8642315.60"),
                ],
            ),
            table(
                EXP,
                "元",
                [
                    tbp(None, "合计", "8642315.60", "6842315.60", "1800000.00"),
                    tbp("2080109", "社会保险经办机构", "1200000.00", None, "1200000.00"),
                    tbp("2080506", "机关事业单位职业年金缴费支出", "349400.00", "349400.00"),
                ],
            ),
            table(SG, "万元", [sg("*", "18.00", "0.00", "10.00", "0.00", "10.00", "8.00")]),
        ],
    ),
    "f12_layout_unit_line_missing.layout.txt": doc(
        "a 万元 report whose 一般公共预算基本支出表 prints no unit line (its 合计 428.60 = the 基本支出 of the 万元 "
        "一般公共预算支出表 before it)",
        B,
        meta(B, DEP, "怀化市鹤城区审计局", 2024, city="怀化市", district="鹤城区"),
        [
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "528.60", "428.60", "100.00"),
                    tbp("2010804", "审计业务", "100.00", None, "100.00"),
                    tbp("2210201", "住房公积金", "20.80", "20.80"),
                ],
            ),
            table(
                GB,
                "万元",
                [
                    tbp(None, "合计", "528.60", "428.60", "100.00"),
                    tbp("2010801", "行政运行", "348.30", "348.30"),
                    tbp("2101101", "行政单位医疗", "12.70", "12.70"),
                ],
            ),
            table(
                GBB,
                "万元?",
                [
                    econ(None, "合计", "428.60", "386.40", "42.20"),
                    econ("30101", "基本工资", "132.50", "132.50"),
                    econ("30231", "公务用车运行维护费", "6.00", None, "6.00"),
                ],
            ),
            table(SG, "万元", [sg("*", "10.30", "0.00", "6.00", "0.00", "6.00", "4.30")]),
        ],
    ),
    "f13_plain_paren_labels_two_tables_page_unread_kinds.txt": doc(
        "plain final labelled （表1）…; 三公 and the empty 政府性基金 table ('此表无数据') on one page; "
        "（表10）部门整体支出绩效自评表 (listed, nothing loaded); （表11）国有资产占用情况表 (not a table kind read)",
        F,
        meta(F, DEP, "张家界市永定区档案馆", 2024, city="张家界市", district="永定区"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算财政拨款收入", "318.46"),
                    inc("年初结转和结余", "6.20"),
                    out("一、一般公共服务支出", "262.30"),
                    out("本年支出合计", "318.66"),
                    out("总计", "324.66"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "318.66", "268.66", "50.00"),
                    tbp("2012604", "档案馆", "50.00", None, "50.00"),
                    tbp("2080505", "机关事业单位基本养老保险缴费支出", "20.98", "20.98"),
                ],
            ),
            table(
                SG,
                "万元",
                [
                    sg("年初预算数", "3.00", "0.00", "0.00", "0.00", "0.00", "3.00", phase="budget"),
                    sg("决算数", "2.14", "0.00", "0.00", "0.00", "0.00", "2.14"),
                ],
            ),
            table(GF, "万元", [], empty=True),
            table(PERF, "万元", [], empty=None),
        ],
    ),
    "f14_pdf_titles_wrapped_two_lines.pdf": doc(
        "PDF: titles wrapped over two lines in 14pt ('表5-1 一般公共预算财政拨款' / '支出决算表', '…基本' / "
        "'支出决算表', '…“三公”经费' / '支出决算表', '…收入支出决' / '算表'); region '湘西土家族苗族自治州吉首市'",
        F,
        meta(
            F, DEP, "湘西土家族苗族自治州吉首市民政局", 2023, city="湘西土家族苗族自治州", district="吉首市"
        ),
        [
            table(
                GB,
                "万元",
                [
                    tbp(None, "合计", "2846.72", "1326.72", "1520.00"),
                    tbp("20802", "民政管理事务", "1556.52", "1036.52", "520.00"),
                    tbp("2081002", "老年福利", "1000.00", None, "1000.00"),
                ],
            ),
            table(
                GBB,
                "万元",
                [
                    econ(None, "合计", "1326.72", "1182.40", "144.32"),
                    econ("30112", "其他社会保障缴费", "24.30", "24.30"),
                    econ("30217", "公务接待费", "5.12", None, "5.12"),
                ],
            ),
            table(
                SG,
                "万元",
                [
                    sg("年初预算数", "32.00", "0.00", "24.00", "0.00", "24.00", "8.00", phase="budget"),
                    sg("决算数", "27.12", "0.00", "22.00", "0.00", "22.00", "5.12"),
                ],
            ),
            table(GF, "万元", [], empty=True),
        ],
    ),
    "f15_pdf_unit_final_name_two_cover_lines.pdf": doc(
        "PDF: a unit's final account, its name wrapped over two cover lines ('益阳市赫山区农业综合行政执法' / "
        "'大队'), '2023年度单位决算', '主管部门：益阳市赫山区农业农村局'",
        F,
        meta(
            F,
            UNIT,
            "益阳市赫山区农业综合行政执法大队",
            2023,
            city="益阳市",
            district="赫山区",
            supervisor="益阳市赫山区农业农村局",
        ),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算财政拨款收入", "356.80"),
                    inc("总计", "356.80"),
                    out("三、农林水支出", "298.40"),
                    out("本年支出合计", "356.80"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "356.80", "306.80", "50.00"),
                    tbp("2130199", "其他农业农村支出", "50.00", None, "50.00"),
                    tbp("2080505", "机关事业单位基本养老保险缴费支出", "21.70", "21.70"),
                ],
            ),
            table(
                SG,
                "万元",
                [
                    sg("年初预算数", "6.00", "0.00", "4.00", "0.00", "4.00", "2.00", phase="budget"),
                    sg("决算数", "5.12", "0.00", "3.80", "0.00", "3.80", "1.32"),
                ],
            ),
        ],
    ),
    "f16_pdf_three_tables_one_page_hrules.pdf": doc(
        "PDF, horizontal rules: 表7 三公, 表8 政府性基金 and 表9 国有资本经营 (both '本表无数据') on one page",
        B,
        meta(B, DEP, "株洲市天元区发展和改革局", 2025, city="株洲市", district="天元区"),
        [
            table(
                IES,
                "万元",
                [
                    inc("一、一般公共预算拨款收入", "724.50"),
                    out("一、一般公共服务支出", "598.30"),
                    out("支出总计", "724.50"),
                ],
            ),
            table(
                EXP,
                "万元",
                [
                    tbp(None, "合计", "724.50", "574.50", "150.00"),
                    tbp("2010408", "物价管理", "150.00", None, "150.00"),
                    tbp("2210201", "住房公积金", "36.20", "36.20"),
                ],
            ),
            table(SG, "万元", [sg("*", "8.50", "0.00", "5.00", "0.00", "5.00", "3.50")]),
            table(GF, "万元", [], empty=True),
            table(SC, "万元", [], empty=True),
        ],
    ),
}
