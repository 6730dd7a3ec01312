"""Which kind of table a title and its rows make: the kind decides which marts a table's figures reach, so
a table of projects must not pass for the expenditure table by function, and a second table of a kind is
read like the first. The documents below are typed by hand after the layouts of Beijing district budgets
(项目支出表 listing projects by unit) and of reports printing two 政府性基金 tables."""

from __future__ import annotations

from decimal import Decimal

from dagster_project.parser import parse_document

PROJECTS_THEN_FUNCTIONS = """北京市西城区某某办公室2023年部门预算
表四
项目支出表
单位：万元
单位编码 单位名称 项目名称 本年拨款 财政拨款 财政专户管理资金 单位资金
合计 500.00 500.00
123001 北京市西城区某某办公室 接待专项经费 300.00 300.00
123001 北京市西城区某某办公室 信息系统运维经费 200.00 200.00
表五
一般公共预算支出情况表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 800.00 300.00 500.00
201 一般公共服务支出 800.00 300.00 500.00
20103 政府办公厅（室）及相关机构事务 800.00 300.00 500.00
2010301 行政运行 300.00 300.00
2010399 其他政府办公厅（室）及相关机构事务支出 500.00 500.00
"""


def test_a_table_of_projects_is_not_the_expenditure_table_by_function():
    # Its 合计 500.00 is the project money, not the unit's expenditure (800.00, 表五).
    result = parse_document(PROJECTS_THEN_FUNCTIONS.encode("utf-8"), "report.txt")
    assert [t.table_key for t in result.tables] == ["project_expenditure", "general_budget_by_function"]
    assert result.document.total_expenditure_yuan == Decimal("8000000.00")
    projects = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "project_expenditure"
    }
    assert projects[("合计", "total")] == Decimal("5000000.00")
    assert not [a for a in result.amounts if a.table_key.startswith("expenditure_by_function")]


TWO_FUND_TABLES = """某区民政局2023年部门预算
政府性基金预算支出表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 800.00 300.00 500.00
229 其他支出 800.00 300.00 500.00
部门预算政府性基金收支表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 100.00 60.00 40.00
229 其他支出 100.00 60.00 40.00
"""


def test_a_second_table_of_a_kind_is_read_like_the_first():
    result = parse_document(TWO_FUND_TABLES.encode("utf-8"), "report.txt")
    assert [t.table_key for t in result.tables] == ["government_fund", "government_fund_2"]
    second = {
        (a.subject_code, a.column_key): str(a.amount_yuan)
        for a in result.amounts
        if a.table_key == "government_fund_2"
    }
    assert second == {
        (None, "total"): "1000000.00",
        (None, "basic"): "600000.00",
        (None, "project"): "400000.00",
        ("229", "total"): "1000000.00",
        ("229", "basic"): "600000.00",
        ("229", "project"): "400000.00",
    }
    assert [d.check_name for d in result.diagnostics] == []


TRANSFER = """北京市西城区某某局2021年部门预算
表十一
专项转移支付预算表
单位：万元
项目名称 金额
合计 350.00
老旧小区综合整治补助 200.00
社区服务设施补助 150.00
表十二
政府购买服务预算财政拨款明细表
单位：万元
本单位无此项
"""


def test_a_transfer_table_is_read_row_by_row():
    # 专项转移支付预算表: each project's amount, and the 合计 the narrative's total may include.
    result = parse_document(TRANSFER.encode("utf-8"), "report.txt")
    transfers = {a.row_label: str(a.amount_yuan) for a in result.amounts if a.table_key == "transfer"}
    assert transfers == {
        "合计": "3500000.00",
        "老旧小区综合整治补助": "2000000.00",
        "社区服务设施补助": "1500000.00",
    }
    assert {a.column_key for a in result.amounts if a.table_key == "transfer"} == {"total"}
    assert [d.check_name for d in result.diagnostics] == []


def test_the_tables_of_a_beijing_district_budget_are_told_by_their_titles():
    # The 2021 budget contents of 北京市西城区信访办公室 (bjxch.gov.cn), 表一 to 表十三, and 2023's 项目支出表
    # and 上级转移支付细化明细表. "总体情况表" is their word for 总表; 政府购买服务 and 转移支付 明细表 are no
    # budget detail lines (部门预算明细表 is).
    from dagster_project.parser.tables import classify_title

    assert {
        title: classify_title(title)
        for title in [
            "部门收支总体情况表",
            "部门收入总体情况表",
            "部门支出总体情况表",
            "财政拨款收支总体情况表",
            "一般公共预算支出情况表",
            "一般公共预算基本支出情况表",
            "一般公共预算“三公”经费支出情况表",
            "政府性基金预算支出情况表",
            "部门预算明细表",
            "政府购买服务预算财政拨款明细表",
            "专项转移支付预算表",
            "部门整体支出绩效目标申报表",
            "项目支出绩效目标申报表",
            "上级转移支付细化明细表",
        ]
    } == {
        "部门收支总体情况表": "income_expenditure_summary",
        "部门收入总体情况表": "income_by_function",
        "部门支出总体情况表": "expenditure_by_function",
        "财政拨款收支总体情况表": "fiscal_summary",
        "一般公共预算支出情况表": "general_budget_by_function",
        "一般公共预算基本支出情况表": "general_budget_basic_by_economic",
        "一般公共预算“三公”经费支出情况表": "sangong",
        "政府性基金预算支出情况表": "government_fund",
        "部门预算明细表": "line_items",
        "政府购买服务预算财政拨款明细表": "purchase_services",
        "专项转移支付预算表": "transfer",
        "部门整体支出绩效目标申报表": "performance",
        "项目支出绩效目标申报表": "performance",
        "上级转移支付细化明细表": "transfer",
    }
