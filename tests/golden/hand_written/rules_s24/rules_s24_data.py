"""Expected readings of the rules_s24 inputs, typed by hand from the inputs (never from the parser).
A table of one figure column (金额, 2025 年预算数) has it as column "total" (the parser's convention for a
coded or named table: columns.py maps a lone amount column to total).

Per input: note (what it attacks, (a) = a real code at risk of being lost, (b) = a name's number at risk of
being read as a code), table (expected table_key), unit (printed unit of the values), rows: a list of
(code, name, {column_key: value as printed}). code: the functional code the row must carry, None for a row
that must carry none, or a tuple of acceptable readings (a code printed in a later column, which the
parser is not asked to find: the code or None). name: the row's name as printed (its cell, before any other
text cells); matched against the row label with spaces removed (a coded row's label may begin with its
code, a row's label may go on with a later text cell). quiet: table keys that must load nothing."""

PROJ = "project_expenditure"
TRANSFER = "transfer"
GB = "general_budget_by_function"

T, GP, OI, CB, FA, AM = (
    "total",
    "general_public",
    "other_income",
    "carryover_begin",
    "fiscal_appropriation",
    "amount",
)


def three(total, gp, oi):
    return {T: total, GP: gp, OI: oi}


EXPECTED = {
    "s01_header_xiangmu_only.txt": dict(
        note="(b) header '项目' only (no 名称): names 12345…/120…/110…",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "应急物资储备经费", three("320.00", "320.00", "0.00")),
            (None, "12345政务服务便民热线运维经费", three("600.00", "600.00", "0.00")),
            (None, "120急救指挥调度系统运维", three("250.00", "200.00", "50.00")),
            (None, "110接处警平台升级改造", three("180.00", "180.00", "0.00")),
            (None, "合计", three("1350.00", "1300.00", "50.00")),
        ],
    ),
    "s02_name_spaced.txt": dict(
        note="(b ctrl) header '项 目 名 称'; names 12315/119/2024年/3个/50所",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12315消费投诉举报热线运维", {T: "45.00", GP: "45.00", CB: "0.00"}),
            (None, "119消防安全宣传月活动经费", {T: "12.00", GP: "12.00", CB: "0.00"}),
            (None, "2024年食品安全抽检结转项目", {T: "36.50", GP: "0.00", CB: "36.50"}),
            (None, "3个市场监管所标准化建设", {T: "90.00", GP: "90.00", CB: "0.00"}),
            (None, "50所学校食堂明厨亮灶改造", {T: "150.00", GP: "150.00", CB: "0.00"}),
            (None, "合计", {T: "333.50", GP: "297.00", CB: "36.50"}),
        ],
    ),
    "s03_spaced_year_header.txt": dict(
        note="(b) header '项目名称 2025 年预算数': the spaced year ends the head above the header",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", {T: "600.00"}),
            (None, "120急救指挥调度系统运维", {T: "250.00"}),
            (None, "应急物资储备经费", {T: "320.00"}),
            (None, "110接处警平台升级改造", {T: "180.00"}),
            (None, "合计", {T: "1350.00"}),
        ],
    ),
    "s04_budget_year_line.txt": dict(
        note="(b) '预算年度：2025 单位：万元' above the 项目名称 header",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", three("600.00", "600.00", "0.00")),
            (None, "120急救指挥调度系统运维", three("250.00", "200.00", "50.00")),
            (None, "应急物资储备经费", three("320.00", "320.00", "0.00")),
            (None, "合计", three("1170.00", "1120.00", "50.00")),
        ],
    ),
    "s05_integer_wanyuan_fenlei.txt": dict(
        note="(b) integer 万元: first row '生活垃圾分类宣传经费 60 60 0' falls in the head (分类)",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "生活垃圾分类宣传经费", three("60", "60", "0")),
            (None, "110联动指挥平台对接", three("35", "35", "0")),
            (None, "12319城建服务热线运维", three("48", "40", "8")),
            (None, "市容环境综合整治", three("260", "200", "60")),
            (None, "合计", three("403", "335", "68")),
        ],
    ),
    "s06_integer_yuan.txt": dict(
        note="(b ctrl) integer 元, header '项目名称 金额'",
        table=PROJ,
        unit="元",
        rows=[
            (None, "12345政务服务便民热线运维经费", {T: "6000000"}),
            (None, "120急救指挥调度系统运维", {T: "2500000"}),
            (None, "110接处警平台升级改造", {T: "1800000"}),
            (None, "应急物资储备经费", {T: "3200000"}),
            (None, "合计", {T: "13500000"}),
        ],
    ),
    "s07_project_category_column.txt": dict(
        note="(b) a 项目分类 text column beside 项目名称 (分类 read as a code column)",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", three("600.00", "600.00", "0.00")),
            (None, "120急救指挥调度系统运维", three("250.00", "200.00", "50.00")),
            (None, "应急物资储备经费", three("320.00", "320.00", "0.00")),
            (None, "合计", three("1170.00", "1120.00", "50.00")),
        ],
    ),
    "s08_code_after_name.txt": dict(
        note="(b) 项目名称 | 科目编码 | 科目名称: the code column after the name",
        table=PROJ,
        unit="万元",
        rows=[
            (("2010399", None), "12345政务服务便民热线运维经费", {T: "600.00", FA: "600.00"}),
            (("2010350", None), "政务信息化平台运维", {T: "180.00", FA: "180.00"}),
            (("2010399", None), "12345热线知识库建设", {T: "40.00", FA: "40.00"}),
            (None, "合计", {T: "820.00", FA: "820.00"}),
        ],
    ),
    "s09_unitname_spaced_year.txt": dict(
        note="(a) '单位名称：…' line, header '科目编码 项目名称 2025 年预算数' cut off by the spaced year",
        table=PROJ,
        unit="万元",
        rows=[
            ("2130135", "高标准农田建设项目", {T: "300.00"}),
            ("2130122", "农业生产发展资金", {T: "150.00"}),
            ("2130126", "农村综合改革示范试点", {T: "80.00"}),
            (None, "合计", {T: "530.00"}),
        ],
    ),
    "s10_general_budget_deptname.txt": dict(
        note="(a) 一般公共预算项目支出预算表 by functional code, header '项目 金额', '部门名称：' line",
        table=GB,
        unit="万元",
        rows=[
            ("205", "教育支出", {T: "1250.00"}),
            ("20502", "普通教育", {T: "1250.00"}),
            ("2050201", "学前教育", {T: "450.00"}),
            ("2050202", "小学教育", {T: "800.00"}),
            (None, "合计", {T: "1250.00"}),
        ],
    ),
    "s11_project_number.txt": dict(
        note="(b) 项目编号 column of 7-digit numbers 2025001… (a project number, no functional code)",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", three("600.00", "600.00", "0.00")),
            (None, "120急救指挥调度系统运维", three("250.00", "200.00", "50.00")),
            (None, "应急物资储备经费", three("320.00", "320.00", "0.00")),
            (None, "合计", three("1170.00", "1120.00", "50.00")),
        ],
    ),
    "s12_transfer_code_hierarchy.txt": dict(
        note="(a) 专项转移支付表 headed '项目名称 金额', rows 213/21305/2130505/2130599 (hierarchy holds)",
        table=TRANSFER,
        unit="万元",
        rows=[
            ("213", "农林水支出", {T: "800.00"}),
            ("21305", "巩固脱贫攻坚成果衔接乡村振兴", {T: "800.00"}),
            ("2130505", "生产发展", {T: "500.00"}),
            ("2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出", {T: "300.00"}),
            (None, "合计", {T: "800.00"}),
        ],
    ),
    "s13_empty_then_transfer_content.txt": dict(
        note="(b) empty 项目支出表 (无), then 专项转移支付表 headed '项目内容 金额' (no 名称)",
        table=TRANSFER,
        unit="万元",
        quiet=(PROJ, "expenditure_by_function"),
        rows=[
            (None, "12315消费投诉举报热线分中心补助", {T: "45.00"}),
            (None, "119消防安全进市场补助", {T: "30.00"}),
            (None, "合计", {T: "75.00"}),
        ],
    ),
    "s14_split_header_coded.txt": dict(
        note="(a ctrl) header split '科目编' / '码 项目名称 …'; a coded row whose name opens with 12345",
        table=PROJ,
        unit="万元",
        rows=[
            ("2010399", "12345政务服务便民热线运维经费", {T: "600.00", FA: "600.00"}),
            ("2010350", "政务信息化平台运维", {T: "180.00", FA: "180.00"}),
            (None, "合计", {T: "780.00", FA: "780.00"}),
        ],
    ),
    "s15_layout_named.layout.txt": dict(
        note="(b ctrl, layout) header '项 目 名 称', names 12345/120/110/119/12350/3个",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", three("600.00", "600.00", "0.00")),
            (None, "120急救指挥调度系统运维", three("250.00", "200.00", "50.00")),
            (None, "110接处警平台升级改造", three("180.00", "180.00", "0.00")),
            (None, "119消防宣传月活动经费", three("12.00", "12.00", "0.00")),
            (None, "12350安全生产举报热线运维", three("30.00", "30.00", "0.00")),
            (None, "应急物资储备经费", three("320.00", "320.00", "0.00")),
            (None, "3个应急避难场所标识维护", three("18.00", "18.00", "0.00")),
            (None, "合计", three("1410.00", "1360.00", "50.00")),
        ],
    ),
    "s16_layout_spaced_year.layout.txt": dict(
        note="(b, layout) header '项目名称   2025 年预算数' on one line",
        table=PROJ,
        unit="万元",
        rows=[
            (None, "12345政务服务便民热线运维经费", {T: "600.00"}),
            (None, "120急救指挥调度系统运维", {T: "250.00"}),
            (None, "110接处警平台升级改造", {T: "180.00"}),
            (None, "119消防宣传月活动经费", {T: "12.00"}),
            (None, "12350安全生产举报热线运维", {T: "30.00"}),
            (None, "应急物资储备经费", {T: "320.00"}),
            (None, "3个应急避难场所标识维护", {T: "18.00"}),
            (None, "合计", {T: "1410.00"}),
        ],
    ),
    "s17_layout_unitname_coded.layout.txt": dict(
        note="(a, layout) '单位名称：…' line, header '科目编码  项目名称  2025 年预算数', coded rows",
        table=PROJ,
        unit="万元",
        rows=[
            ("2130135", "高标准农田建设项目", {T: "300.00"}),
            ("2130122", "农业生产发展资金", {T: "150.00"}),
            ("2130126", "农村综合改革示范试点", {T: "80.00"}),
            ("2130108", "病虫害防控经费", {T: "45.00"}),
            ("2130109", "农产品质量安全监测", {T: "32.00"}),
            ("2130119", "防灾救灾应急补助", {T: "20.00"}),
            ("2130153", "耕地建设与利用", {T: "66.00"}),
            ("2130199", "其他农业农村支出", {T: "25.00"}),
            (None, "合计", {T: "718.00"}),
        ],
    ),
    "s18_layout_transfer_named.layout.txt": dict(
        note="(b ctrl, layout) 专项转移支付表 '项目名称 | 地区 | 金额', names 119/12315/120/110/50所/2024年/3个",
        table=TRANSFER,
        unit="万元",
        rows=[
            (None, "119消防站建设补助", {T: "80.00"}),
            (None, "12315维权站点建设补助", {T: "24.00"}),
            (None, "120急救网络建设补助", {T: "60.00"}),
            (None, "110社会治安视频联网补助", {T: "45.00"}),
            (None, "50所农村学校饮水改造补助", {T: "150.00"}),
            (None, "2024年结转美丽乡村补助", {T: "70.00"}),
            (None, "3个乡镇污水处理站运维补助", {T: "36.00"}),
            (None, "农村公路养护补助", {T: "90.00"}),
            (None, "合计", {T: "555.00"}),
        ],
    ),
    "s19_header_previous_page.txt": dict(
        note="(a ctrl) header '功能科目编码 项目名称 …' on page 1, coded rows on page 2",
        table=PROJ,
        unit="万元",
        rows=[
            ("2240106", "12350安全生产举报热线运维", three("30.00", "30.00", "0.00")),
            ("2240108", "应急救援能力建设", three("120.00", "120.00", "0.00")),
            ("2240199", "应急物资储备经费", three("320.00", "270.00", "50.00")),
            (None, "合计", three("470.00", "420.00", "50.00")),
        ],
    ),
    "s20_general_budget_kemu_name.txt": dict(
        note="(a ctrl) 一般公共预算项目支出预算表 headed '科目名称 金额', code in the name's cell",
        table=GB,
        unit="万元",
        rows=[
            ("205", "教育支出", {T: "1250.00"}),
            ("20502", "普通教育", {T: "1250.00"}),
            ("2050201", "学前教育", {T: "450.00"}),
            ("2050202", "小学教育", {T: "800.00"}),
            (None, "合计", {T: "1250.00"}),
        ],
    ),
}
