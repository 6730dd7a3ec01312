"""Budget detail tables (部门预算明细表 / 项目明细): functional code x governmental x departmental economic
code x project x basic/project x amount. The fixture is written by hand in that layout (the Beijing seed
with its 表九 is not in this repository); the expected lines are typed from it."""

from decimal import Decimal

from dagster_project.parser import parse_document

TABLE = """北京市西城区示例局2021年部门预算
表九 部门预算明细表
单位：万元
功能分类科目编码 功能分类科目名称 政府预算支出经济分类科目编码 名称
部门预算支出经济分类科目编码 名称 项目名称 支出类型 金额
2010101 行政运行 50101 工资奖金津补贴 30101 基本工资 基本支出 600.00
2010101 行政运行 50102 社会保障缴费 30108 机关事业单位基本养老保险缴费 基本支出 200.00
201 01 02 一般行政管理事务 50201 办公经费 30201 办公费 信息化运维 项目支出 50.00
2080505 机关事业单位基本养老保险缴费支出 50102 社会保障缴费 30108 机关事业单位基本养老保险缴费 基本支出 120.00
2010102 一般行政管理事务 50299 其他商品和服务支出 30299 其他商品和服务支出 2021年街区环境
整治提升 项目支出 300.00
合计 {total}
"""

# (functional, governmental, departmental, project, type, 万元, line) typed from TABLE
EXPECTED = [
    ("2010101", "50101", "30101", None, "basic", "600.00", 6),
    ("2010101", "50102", "30108", None, "basic", "200.00", 7),
    ("2010102", "50201", "30201", "信息化运维", "project", "50.00", 8),
    ("2080505", "50102", "30108", None, "basic", "120.00", 9),
    ("2010102", "50299", "30299", "2021年街区环境整治提升", "project", "300.00", 10),
]


def _lines(result):
    return [
        (
            i.functional_code,
            i.economic_government_code,
            i.economic_department_code,
            i.project_name,
            i.expenditure_type,
            i.amount_yuan,
            i.source_line,
        )
        for i in result.line_items
    ]


def _expected():
    return [(f, g, d, p, t, Decimal(v) * 10000, line) for f, g, d, p, t, v, line in EXPECTED]


def test_every_line_with_its_codes_project_type_and_amount():
    result = parse_document(TABLE.format(total="1,270.00").encode("utf-8"), "示例局_2021_预算.txt")
    assert [t.table_key for t in result.tables] == ["line_items"]
    assert _lines(result) == _expected()
    assert result.diagnostics == []
    first = result.line_items[0]
    assert (first.functional_name, first.economic_government_name, first.economic_department_name) == (
        "行政运行",
        "工资奖金津补贴",
        "基本工资",
    )
    assert not result.amounts  # detail lines are not table cells of the expenditure tables


def test_lines_that_do_not_add_up_to_the_total_are_reported():
    result = parse_document(TABLE.format(total="1,170.00").encode("utf-8"), "示例局_2021_预算.txt")
    assert _lines(result) == _expected()
    [diagnostic] = result.diagnostics
    assert (diagnostic.check_name, diagnostic.expected, diagnostic.observed) == (
        "line_items_vs_total",
        "1,170.00",
        "1270.00",
    )


def test_a_line_without_functional_code_or_with_two_amounts_is_not_guessed():
    text = (
        TABLE.format(total="1,270.00")
        .replace("2080505 机关事业单位基本养老保险缴费支出 50102", "50102")
        .replace("基本工资 基本支出 600.00", "基本工资 基本支出 600.00 600.00")
    )
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    assert [line[-1] for line in _lines(result)] == [7, 8, 10]
    assert sorted((d.check_name, d.source_line) for d in result.diagnostics) == [
        ("line_items_vs_total", 12),
        ("unplaced_amounts", 6),
        ("unplaced_amounts", 9),
    ]


def test_a_detail_table_is_known_by_its_lines_whatever_else_its_title_says():
    """ "一般公共预算财政拨款支出明细表" would be a table by functional code by its words; its lines carry
    functional and economic codes, so it is read as detail lines."""
    text = TABLE.format(total="1,270.00").replace("部门预算明细表", "一般公共预算财政拨款支出明细表")
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    assert [t.table_key for t in result.tables] == ["line_items"]
    assert _lines(result) == _expected()


HEAD = """北京市西城区示例局2021年部门预算
表九 部门预算明细表
单位：{unit}
功能分类科目编码 功能分类科目名称 政府预算支出经济分类科目编码 名称
部门预算支出经济分类科目编码 名称 项目名称 支出类型 金额
"""


def _items(body: str, unit: str = "万元"):
    result = parse_document((HEAD.format(unit=unit) + body).encode(), "detail.txt", "d")
    return [
        (
            i.functional_code,
            i.economic_government_code,
            i.economic_department_code,
            i.project_name,
            i.expenditure_type,
            i.amount_raw,
        )
        for i in result.line_items
    ], [d.check_name for d in result.diagnostics if d.severity != "info"]


def test_subtotal_lines_are_not_detail_lines():
    """A 类 line with no economic code and a 小计 line sum the lines under them (before, both were loaded:
    the table's lines added up to twice its 合计)."""
    items, diagnostics = _items(
        """201 一般公共服务支出 650.00
2010101 行政运行 50101 工资奖金津补贴 30101 基本工资 基本支出 600.00
2010102 一般行政管理事务 50201 办公经费 30201 办公费 信息化运维 项目支出 50.00
2010102 一般行政管理事务 小计 50.00
小计 650.00
合计 650.00
"""
    )
    assert items == [
        ("2010101", "50101", "30101", None, "basic", "600.00"),
        ("2010102", "50201", "30201", "信息化运维", "project", "50.00"),
    ]
    assert diagnostics == []


def test_economic_codes_printed_split_a_type_before_the_project_and_numbers_inside_a_project_name():
    items, diagnostics = _items(
        """201 01 01 行政运行 501 01 工资奖金津补贴 301 01 基本工资 基本支出 人员经费 600.00
201 01 02 一般行政管理事务 502 01 办公经费 302 01 办公费 项目支出 采购 500 台电脑 50.00
2010101 50101 30101 600.00
合计 1,250.00
"""
    )
    assert items == [
        ("2010101", "50101", "30101", "人员经费", "basic", "600.00"),
        ("2010102", "50201", "30201", "采购500台电脑", "project", "50.00"),
        # codes without names: the numbers left of the amount are its codes, not more amounts
        ("2010101", "50101", "30101", None, "basic", "600.00"),
    ]
    assert diagnostics == []


# A 一般公共预算支出表 before the detail table: each 项's total, which its detail lines add up to.
FUNCTION_TABLE = """某某区民政局2025年部门预算
表五 一般公共预算支出表
单位：元
科目编码 科目名称 合计 基本支出 项目支出
合计 {total}
208 社会保障和就业支出 {total}
20802 民政管理事务 {first}
2080201 行政运行 {first}
20810 社会福利 4,040,000.00
2081002 老年福利 4,040,000.00
表九 部门预算明细表
单位：元
功能分类科目编码 功能分类科目名称 政府预算支出经济分类科目编码 名称
部门预算支出经济分类科目编码 名称 项目名称 支出类型 金额
"""

# Code cells left blank when the same as the line above, as spreadsheets export merged cells: each line
# starts with the first code that changes.
SAME_AS_ABOVE = """2080201 行政运行 50101 工资奖金津补贴 30101 基本工资 基本支出 2,145,600.00
50101 工资奖金津补贴 30102 津贴补贴 基本支出 2,688,000.00
30103 奖金 基本支出 712,800.00
50201 办公经费 30201 办公费 基本支出 150,000.00
2081002 老年福利 50901 社会福利和救助 30305 生活补助 高龄老人长寿保健金 项目支出 3,460,000.00
50205 委托业务费 30227 委托业务费 居家养老服务时间银行运营 项目支出 580,000.00
合计 9,736,400.00
"""


def _read(text: str):
    result = parse_document(text.encode(), "明细.txt", "d")
    items = [
        (
            i.functional_code,
            i.economic_government_code,
            i.economic_department_code,
            i.amount_raw,
            i.source_line,
        )
        for i in result.line_items
    ]
    return items, sorted((d.check_name, d.source_line) for d in result.diagnostics if d.severity != "info")


def test_code_cells_left_blank_are_the_line_aboves_where_the_functional_table_confirms_them():
    head = FUNCTION_TABLE.format(total="9,736,400.00", first="5,696,400.00")
    items, diagnostics = _read(head + SAME_AS_ABOVE)
    # typed from SAME_AS_ABOVE (its first line is line 15); 2080201's four lines add up to 5,696,400.00
    # and 2081002's two to 4,040,000.00, the figures 表五 prints for them
    assert items == [
        ("2080201", "50101", "30101", "2,145,600.00", 15),
        ("2080201", "50101", "30102", "2,688,000.00", 16),
        ("2080201", "50101", "30103", "712,800.00", 17),
        ("2080201", "50201", "30201", "150,000.00", 18),
        ("2081002", "50901", "30305", "3,460,000.00", 19),
        ("2081002", "50205", "30227", "580,000.00", 20),
    ]
    assert diagnostics == []


def test_code_cells_left_blank_are_not_read_where_no_table_confirms_them():
    # 表五 printing another figure for 2080201 (as when the merged cell's code stands on the middle line of
    # its lines, centred, and the lines above it belong to another code): those lines are said, not guessed
    head = FUNCTION_TABLE.format(total="9,736,400.00", first="5,546,400.00")
    items, diagnostics = _read(head + SAME_AS_ABOVE)
    assert [line for *_, line in items] == [15, 19, 20]
    assert diagnostics == [
        ("line_items_vs_total", 21),
        ("unplaced_amounts", 16),
        ("unplaced_amounts", 17),
        ("unplaced_amounts", 18),
    ]
    # and with no functional table at all
    detail_only = FUNCTION_TABLE.split("表五")[0] + "表九" + FUNCTION_TABLE.split("表九")[1]
    items, diagnostics = _read(detail_only + SAME_AS_ABOVE)
    assert [line for *_, line in items] == [6, 10]  # the lines printing their functional code


def _layout(rows: list[tuple[str, ...]]) -> str:
    """Layout text as pdftotext -layout writes it: each cell at its column."""
    stops = [3, 14, 40, 48, 62, 70, 84, 108, 118]
    lines = []
    for row in rows:
        line = ""
        for stop, cell in zip(stops, row, strict=False):
            if cell:
                line = line.ljust(stop) + cell
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_a_project_name_centred_over_three_lines_on_rows_parted_by_blank_lines():
    """A project name wrapped in a tall cell, the codes and amount on its middle line, rows parted by blank
    lines (rules_s28h h08): the piece above the codes' line is the row's, not the row above's."""
    blank = ("",)
    rows = [
        ("", "", "", "", "", "", "", "2025年部门预算明细表"),
        ("单位：元",),
        ("功能分类科目", "", "部门预算支出经济分类科目", "", "", "", "项目名称", "支出类型", "金额"),
        blank,
        (
            "2050101",
            "行政运行",
            "50101",
            "工资奖金津补贴",
            "30101",
            "基本工资",
            "",
            "基本支出",
            "1,208,400.00",
        ),
        blank,
        ("", "", "", "", "", "", "2025年中小学校公用"),
        ("2050202", "小学教育", "50502", "商品和服务支出", "30201", "办公费", "", "项目支出", "3,640,000.00"),
        ("", "", "", "", "", "", "经费补助"),
        blank,
        ("", "", "", "", "", "", "2025年第二批义务教"),
        (
            "2050203",
            "初中教育",
            "50501",
            "工资福利支出",
            "30107",
            "绩效工资",
            "育阶段教师绩效工资",
            "项目支出",
            "5,210,000.00",
        ),
        ("", "", "", "", "", "", "（区级配套）"),
        blank,
        (
            "2050299",
            "其他普通教育支出",
            "50306",
            "设备购置",
            "31002",
            "办公设备购置",
            "教学设备采购",
            "项目支出",
            "1,876,500.00",
        ),
        blank,
        ("", "", "", "", "", "", "更新"),
        ("2050101", "行政运行", "50201", "办公经费", "30211", "差旅费", "学校设备", "项目支出", "64,000.00"),
        blank,
        ("合计", "", "", "", "", "", "", "", "11,998,900.00"),
    ]
    text = "某某区教育局2025年部门预算\n" + _layout(rows)
    result = parse_document(text.encode(), "明细.layout.txt", "d")
    assert [(i.functional_code, i.project_name) for i in result.line_items] == [
        ("2050101", None),
        ("2050202", "2025年中小学校公用经费补助"),
        ("2050203", "2025年第二批义务教育阶段教师绩效工资(区级配套)"),  # brackets kept half-width
        # a piece after a gap, over a line printing a piece of its own with none under it, is the name's
        # of the row above: the line of the codes is a one-line name's
        ("2050299", "教学设备采购更新"),
        ("2050101", "学校设备"),
    ]
