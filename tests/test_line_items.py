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
