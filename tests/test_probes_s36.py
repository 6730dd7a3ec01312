"""Inputs a reviewer built to show rules that fit only the wordings seen so far
(tests/golden/hand_written/probes_s36/: 附属单位缴款 and 上年结余 as income columns and summary items, a
title opening with the unit's full name, a budget's narrative totals worded 收入预算 / 支出预算): expected
values typed from the inputs as printed. Each failed before session 36's fix."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s36"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str], Decimal]:
    return {(a.row_label, a.column_key): a.amount_yuan for a in result.amounts if a.table_key == table_key}


def test_affiliated_units_payments_under_their_pre_2019_name_are_a_column_and_an_income_item():
    # 部门收入总表 "… 经营收入 附属单位缴款 其他收入" / "合计 600.00 50.00 400.00 60.00 30.00 40.00 20.00";
    # 收支总表 "六、附属单位缴款 40.00" on the income side (before: the table loaded totals only, and the
    # summary item went to the expenditure side).
    result = _parse("plain_affiliated_jiaokuan.txt")
    income = _cells(result, "income_by_function")
    assert income[("合计", "affiliated_remit")] == Decimal("40.00") * WAN
    assert income[("2130304 水利行业业务管理", "affiliated_remit")] == Decimal("40.00") * WAN
    assert income[("2130304 水利行业业务管理", "carryover_begin")] == Decimal("50.00") * WAN
    summary = _cells(result, "income_expenditure_summary")
    assert summary[("六、附属单位缴款", "income")] == Decimal("40.00") * WAN
    assert ("六、附属单位缴款", "expenditure") not in summary


def test_last_years_balance_worded_jieyu_is_the_carryover_brought_in():
    # "上年结余 50.00" in the summary and a 上年结余 column in the 收入总表 (plain text).
    result = _parse("plain_shangnian_jieyu.txt")
    assert _cells(result, "income_by_function")[("合计", "carryover_begin")] == Decimal("50.00") * WAN
    assert _cells(result, "income_expenditure_summary")[("上年结余", "income")] == Decimal("50.00") * WAN


def test_layout_income_tables_with_the_older_column_names():
    jiaokuan = _cells(_parse("income_affiliated_jiaokuan.layout.txt"), "income_by_function")
    assert jiaokuan[("合计", "affiliated_remit")] == Decimal("40.00") * WAN
    assert jiaokuan[("2130304 水利行业业务管理", "affiliated_remit")] == Decimal("40.00") * WAN
    jieyu = _cells(_parse("income_shangnian_jieyu.layout.txt"), "income_by_function")
    assert jieyu[("合计", "carryover_begin")] == Decimal("100.00") * WAN
    assert jieyu[("2130304 水利行业业务管理", "carryover_begin")] == Decimal("100.00") * WAN


def test_a_title_opening_with_the_units_full_name_and_year_is_a_title():
    # "新疆维吾尔自治区巴音郭楞蒙古自治州和静县住房和城乡建设局2023年度一般公共预算财政拨款基本支出决算表"
    # (55 characters): before, no title, its rows read as more rows of 表1.
    result = _parse("long_title_with_unit.txt")
    basic = _cells(result, "general_budget_basic_by_economic")
    assert basic[("30102 津贴补贴", "total")] == Decimal("100.00") * WAN
    assert basic[("30201 办公费", "total")] == Decimal("50.00") * WAN
    spending = _cells(result, "expenditure_by_function")
    assert all(not label.startswith(("301", "302")) for label, _key in spending)
    assert spending[("2120104 城管执法", "project")] == Decimal("20.00") * WAN


def test_a_budgets_total_worded_shouru_yusuan_is_its_grand_total_where_its_parts_name_the_carryover():
    # "2024年本部门收入预算合计320.00万元，其中一般公共预算拨款收入300.00万元，上年结转20.00万元。": the
    # budget's 收支总计 (its parts name 上年结转), not the year's 本年收入合计. Without 上年结转 among its
    # parts ("2024年部门收入预算320.00万元，支出预算320.00万元。") which of the two it is is not told: no
    # claim. Session 38: where the parts after 其中 name no carry-over and add up to it, the year's
    # 本年收入合计 (本年支出合计) it is: "支出预算合计320.00万元，其中基本支出300.00万元，项目支出20.00万元"
    # (line 9), and in narrative_variants.txt "收入预算合计320.00万元，其中一般公共预算拨款收入320.00万元"
    # (line 7).
    claims = [c for c in _parse("narrative_with_carryover.txt").claims if c.claim_kind.startswith("total")]
    assert [(c.claim_kind, c.source_line, c.amount_yuan) for c in claims] == [
        ("total_income_expenditure", 7, Decimal("320.00") * WAN),
        ("total_expenditure", 9, Decimal("320.00") * WAN),
    ]
    claims = [c for c in _parse("narrative_variants.txt").claims if c.claim_kind.startswith("total")]
    assert sorted((c.claim_kind, c.source_line, c.amount_yuan) for c in claims) == [
        ("total_expenditure", 9, Decimal("320.00") * WAN),
        ("total_income", 7, Decimal("320.00") * WAN),
    ]


def test_a_departments_rows_before_its_units_blocks_are_read_and_the_blocks_are_not():
    # 支出预算总表: the department's rows (合计 500.00, 207 …, 2070104 图书馆 150.00 100.00 50.00), then a
    # block per unit, each a named row and the department's codes again ("营山县图书馆 150.00 100.00 50.00" /
    # "207 …"). Before: only the 合计 loaded, or the units' names ending 馆 loaded as rows of their own.
    for name in ("unit_blocks_named_guan.txt", "unit_blocks_named_zhongxin.txt"):
        result = _parse(name)
        cells = _cells(result, "expenditure_by_function")
        assert cells[("2070104 图书馆", "total")] == Decimal("150.00") * WAN
        assert cells[("2070104 图书馆", "project")] == Decimal("50.00") * WAN
        assert cells[("2070101 行政运行", "total")] == Decimal("200.00") * WAN
        assert cells[("合计", "total")] == Decimal("500.00") * WAN
        assert all(label.startswith(("合计", "207")) for label, _key in cells)
        assert len([a for a in result.amounts if a.table_key == "expenditure_by_function"]) == 17
        assert any(d.check_name == "unit_rows_not_loaded" for d in result.diagnostics)


def test_a_table_of_special_funds_titled_zhuanxiang_is_a_project_table():
    # "部门综合预算专项业务经费支出表" (单位名称 | 项目名称 | 项目金额 | …): projects, not spending by
    # function.
    result = _parse("project_table_titled_zhuanxiang.txt")
    projects = [a for a in result.amounts if a.table_key == "project_expenditure" and a.column_key == "total"]
    assert sorted(a.amount_yuan for a in projects) == [
        Decimal("20.00") * WAN,
        Decimal("30.00") * WAN,
        Decimal("50.00") * WAN,
    ]
    assert not [a for a in result.amounts if a.table_key.startswith("expenditure_by_function_")]


def test_a_basic_spending_table_printing_functional_codes_is_read_by_function():
    # 一般公共预算基本支出表 whose rows are functional subjects ("2080101 行政运行 300.00 250.00 50.00" under
    # 合计 | 人员经费 | 公用经费): before, read as by economic code, each row loaded without its code.
    result = _parse("basic_table_by_function.txt")
    cells = {
        (a.subject_code, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert cells[("2080101", "personnel")] == Decimal("250.00") * WAN
    assert cells[("20801", "public_funds")] == Decimal("50.00") * WAN
    assert cells[("208", "total")] == Decimal("300.00") * WAN
    assert cells[(None, "total")] == Decimal("300.00") * WAN
    assert {a.classification for a in result.amounts if a.subject_code} == {"functional"}


def test_the_older_templates_names_of_the_appropriation_and_the_treasury_account_are_columns():
    # 收入预算总表 (2016): 合计 | 财政补助收入 | 纳入专户管理的非税收入 | 事业收入 | 其他收入; before, only
    # the totals were loaded (columns_unknown).
    cells = _cells(_parse("income_old_column_words.txt"), "income_by_function")
    assert cells[("2050203 初中教育", "fiscal_appropriation")] == Decimal("300.00") * WAN
    assert cells[("2050203 初中教育", "fiscal_special_account")] == Decimal("120.00") * WAN
    assert cells[("合计", "business")] == Decimal("60.00") * WAN
