"""Document metadata from covers printed as provinces, levels and years print them (found by an adversarial
review). Every expected value is typed from its cover."""

import pytest

from dagster_project.parser import parse_document

TABLE = """支出决算表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 100.00 90.00 10.00
201 一般公共服务支出 100.00 90.00 10.00
"""

FIELDS = (
    "doc_kind",
    "scope",
    "unit_name",
    "supervising_department",
    "fiscal_year",
    "province",
    "city",
    "district",
)

COVERS = [
    # a 主管部门 field and a 单位 field on a unit's cover (was: "主管部门:湖北省水利厅" taken for the unit)
    (
        "二〇二三年度单位决算\n主管部门：湖北省水利厅\n单位：湖北省水文水资源中心",
        ("final_account", "unit", "湖北省水文水资源中心", "湖北省水利厅", 2023, "湖北省", None, None),
    ),
    (
        "主管部门：湖北省水利厅\n湖北省水文水资源中心\n二〇二三年度单位决算",
        ("final_account", "unit", "湖北省水文水资源中心", "湖北省水利厅", 2023, "湖北省", None, None),
    ),
    # two bare names on a unit's cover: its supervisor, then the unit (was: the supervisor taken for the unit)
    (
        "湖北省水利厅\n湖北省水文水资源中心\n二〇二三年度单位决算",
        ("final_account", "unit", "湖北省水文水资源中心", "湖北省水利厅", 2023, "湖北省", None, None),
    ),
    # the unit on its own line, its supervisor in a 主管部门 field (was: the supervisor taken for the unit)
    (
        "湖北省教育考试院\n2022年度单位决算\n主管部门：湖北省教育厅 实施单位：湖北省教育考试院",
        ("final_account", "unit", "湖北省教育考试院", "湖北省教育厅", 2022, "湖北省", None, None),
    ),
    # the year first (was: no year, no unit)
    (
        "2023年度湖北省教育厅部门预算",
        ("budget", "department", "湖北省教育厅", None, 2023, "湖北省", None, None),
    ),
    # Shanghai's real cover (was: the year from the table of contents only)
    (
        "上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局",
        (
            "budget",
            "department",
            "上海市普陀区司法局",
            "上海市普陀区司法局",
            2026,
            "上海市",
            "上海市",
            "普陀区",
        ),
    ),
    # an autonomous region (was: province None, district the region)
    (
        "新疆维吾尔自治区财政厅\n2022年度部门决算",
        ("final_account", "department", "新疆维吾尔自治区财政厅", None, 2022, "新疆维吾尔自治区", None, None),
    ),
    # a Party organ: its name keeps 中共, its region does not (was: city 中共武汉市)
    (
        "中共武汉市江汉区委宣传部\n2022年度部门决算",
        ("final_account", "department", "中共武汉市江汉区委宣传部", None, 2022, None, "武汉市", "江汉区"),
    ),
    # "关于…的说明" (was: unit 湖北省教育厅关于)
    (
        "湖北省教育厅关于2022年度部门决算的说明",
        ("final_account", "department", "湖北省教育厅", None, 2022, "湖北省", None, None),
    ),
    # a year in Chinese numerals, and an attachment mark first (were: no year; no unit)
    (
        "附件1\n湖北省教育厅\n二〇二二年度部门决算",
        ("final_account", "department", "湖北省教育厅", None, 2022, "湖北省", None, None),
    ),
    # an autonomous prefecture and its county (were: neither)
    (
        "湖北省恩施土家族苗族自治州建始县财政局\n2022年度部门决算",
        (
            "final_account",
            "department",
            "湖北省恩施土家族苗族自治州建始县财政局",
            None,
            2022,
            "湖北省",
            "恩施土家族苗族自治州",
            "建始县",
        ),
    ),
    # a one-character county (was: no district)
    (
        "山东省菏泽市单县教育局\n2022年度部门决算",
        ("final_account", "department", "山东省菏泽市单县教育局", None, 2022, "山东省", "菏泽市", "单县"),
    ),
    # the kind before the year, on a line of its own
    (
        "湖北省教育厅部门决算\n（2022年度）",
        ("final_account", "department", "湖北省教育厅", None, 2022, "湖北省", None, None),
    ),
    # a narrative sentence right under the cover is no title (was: kind budget, unit from the sentence)
    (
        "2022年度湖北省教育厅部门决算\n本年支出100.00万元，完成2022年预算的100%。",
        ("final_account", "department", "湖北省教育厅", None, 2022, "湖北省", None, None),
    ),
    # a name ending in its level in brackets (was: the closing bracket cut, then no name at all)
    (
        "南阳市财政局（本级）\n2024年部门预算",
        ("budget", "department", "南阳市财政局(本级)", None, 2024, None, "南阳市", None),
    ),
    # a body's other name in brackets after its own (was: its closing bracket cut)
    (
        "郑州市人民政府办公厅（郑州市人民政府外事办公室）\n2024年度部门决算",
        (
            "final_account",
            "department",
            "郑州市人民政府办公厅(郑州市人民政府外事办公室)",
            None,
            2024,
            None,
            "郑州市",
            None,
        ),
    ),
    # the scope word between the name and the year (was: no name; and 单位 read as a department's report)
    (
        "营山县水利局部门2024年度决算",
        ("final_account", "department", "营山县水利局", None, 2024, None, None, "营山县"),
    ),
    (
        "营山县民政局单位2024年度决算",
        ("final_account", "unit", "营山县民政局", None, 2024, None, None, "营山县"),
    ),
    # brackets around the year, a note, the scope, or the whole name (an adversarial review: no name, the
    # note kept, the scope lost, a district read across the bracket)
    (
        "南阳市水利局（2024年）\n部门预算",
        ("budget", "department", "南阳市水利局", None, 2024, None, "南阳市", None),
    ),
    (
        "南阳市水利局（草案）\n2024年部门预算",
        ("budget", "department", "南阳市水利局", None, 2024, None, "南阳市", None),
    ),
    (
        "南阳市卫生健康委员会（单位）2024年度决算",
        ("final_account", "unit", "南阳市卫生健康委员会", None, 2024, None, "南阳市", None),
    ),
    (
        "南阳市档案馆（南阳市地方史志研究室）2024年部门预算",
        ("budget", "department", "南阳市档案馆(南阳市地方史志研究室)", None, 2024, None, "南阳市", None),
    ),
    (
        "南阳市人民政府办公室（2024年度）部门决算",
        ("final_account", "department", "南阳市人民政府办公室", None, 2024, None, "南阳市", None),
    ),
    (
        "2024年部门预算\n（南阳市水利局）",
        ("budget", "department", "南阳市水利局", None, 2024, None, "南阳市", None),
    ),
    # a report of tables only, its unit and year in a table's title
    (
        "",
        ("final_account", "department", "湖北省教育厅", None, 2022, "湖北省", None, None),
    ),
]


@pytest.mark.parametrize(("cover", "expected"), COVERS)
def test_cover(cover, expected):
    table = TABLE if cover else TABLE.replace("支出决算表", "湖北省教育厅2022年度支出决算表", 1)
    document = parse_document((cover + "\n" + table).encode(), "cover.txt", "d").document
    assert tuple(getattr(document, field) for field in FIELDS) == expected


def test_a_sub_units_field_later_in_the_report_does_not_rename_the_report():
    text = "湖北省教育厅\n2022年度部门决算\n" + TABLE + "项目支出绩效自评表\n预算单位：湖北省教育考试院\n"
    assert parse_document(text.encode(), "cover.txt", "d").document.unit_name == "湖北省教育厅"


def test_a_city_word_inside_a_units_name_is_no_district():
    for cover in ("北京市城市管理委员会\n2022年度部门决算", "深圳市都市农业中心\n2022年度部门决算"):
        document = parse_document((cover + "\n" + TABLE).encode(), "cover.txt", "d").document
        assert document.district is None, cover


def test_a_report_whose_unit_is_not_found_says_so():
    """Its figures would belong to no unit, never compared with the unit's other reports (a review found
    them loaded without a word)."""
    nameless = parse_document(("2022年度部门决算\n" + TABLE).encode(), "cover.txt", "d")
    assert nameless.document.unit_name is None and nameless.amounts
    assert [(d.severity, d.check_name) for d in nameless.diagnostics if d.severity != "info"] == [
        ("warn", "unit_name_missing")
    ]
    named = parse_document(("湖北省教育厅\n2022年度部门决算\n" + TABLE).encode(), "cover.txt", "d")
    assert not [d for d in named.diagnostics if d.check_name == "unit_name_missing"]
