"""One-column tables in plain text that print code, name and amount on lines of their own (as Jiangsu's
reports come out of pdftotext), where a figure can be extracted out of order. Fixtures written by hand in
that layout; the expected figures are typed from them."""

from decimal import Decimal

from dagster_project.parser import parse_document

HEAD = """示例局2024年部门预算
十、一般公共预算机关运行经费支出预算表
单位：万元
科目编码
科目名称
合计
"""


def _parse(body: str):
    result = parse_document((HEAD + body).encode("utf-8"), "示例局_2024_预算.txt")
    figures = {
        (None if a.is_total_row else a.subject_code): a.amount_yuan / 10000
        for a in result.amounts
        if a.table_key == "operating_costs"
    }
    return figures, [d for d in result.diagnostics if d.table_key == "operating_costs"]


def test_the_figure_under_the_header_is_the_total_and_each_row_keeps_its_own():
    figures, diagnostics = _parse(
        "115.00\n302\n商品和服务支出\n115.00\n30201\n办公费\n60.00\n30205\n水费\n15.00\n"
    )
    assert figures == {
        None: Decimal("115"),
        "302": Decimal("115"),
        "30201": Decimal("60"),
        "30205": Decimal("15"),
    }
    assert diagnostics == []


def test_a_figure_moved_down_is_placed_where_the_parent_identity_needs_it():
    """水费 prints no figure; 15.00 comes after 电费's: 302 = 60 + 15 + 40 only with it."""
    body = (
        "115.00\n302\n商品和服务支出\n115.00\n30201\n办公费\n60.00\n30205\n水费\n30206\n电费\n40.00\n15.00\n"
    )
    figures, diagnostics = _parse(body)
    assert figures == {
        None: Decimal("115"),
        "302": Decimal("115"),
        "30201": Decimal("60"),
        "30205": Decimal("15"),
        "30206": Decimal("40"),
    }
    assert diagnostics == []


def test_a_figure_the_identity_does_not_need_is_reported_not_placed():
    """302 = 60 + 40 already: the stray 5.00 cannot be 水费's without breaking it, so it is a diagnostic."""
    body = (
        "100.00\n302\n商品和服务支出\n100.00\n30201\n办公费\n60.00\n30205\n水费\n30206\n电费\n40.00\n5.00\n"
    )
    figures, diagnostics = _parse(body)
    assert "30205" not in figures and figures["30206"] == Decimal("40")
    [diagnostic] = diagnostics
    assert diagnostic.check_name == "unplaced_amounts" and diagnostic.observed == "5.00"


PROCUREMENT = """示例局2024年部门预算
十二、政府采购支出预算表
单位：万元
采购品目大类 专项名称 经济科目 采购物品名称 采购组织形式 总计
合计 {total}
一、货物A 120.00
办公设备购置 台式计算机 政府集中采购 120.00
三、服务C 300.00
物业管理费 物业管理服务 分散自行组织 300.00
"""


def test_procurement_categories_that_do_not_add_up_to_the_total_are_reported():
    for total, reported in (("420.00", False), ("500.00", True)):
        result = parse_document(PROCUREMENT.format(total=total).encode("utf-8"), "示例局_2024_预算.txt")
        got = {a.row_label: a.amount_yuan / 10000 for a in result.amounts if a.table_key == "procurement"}
        assert got == {"合计": Decimal(total), "一、货物A": Decimal("120"), "三、服务C": Decimal("300")}
        checks = [d.check_name for d in result.diagnostics if d.table_key == "procurement"]
        assert checks == (["procurement_total_vs_categories"] if reported else [])
