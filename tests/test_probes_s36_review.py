"""Inputs three reviewers built against session 36's own rules (tests/golden/hand_written/probes_s36/review/),
each a shape real reports take where a rule of the session first misfired: expected values typed from the
inputs as printed."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s36" / "review"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def test_a_basic_table_printing_both_codes_keeps_every_row():
    # "2080101 行政运行 30101 基本工资 120.00" … five rows under 合计 300.00: by economic code (the functional
    # code repeats); read by function, four rows were dropped as cells read twice.
    result = _parse("a1_basic_func_and_econ.txt")
    rows = [
        a
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic" and a.row_label != "合计"
    ]
    assert sum(a.amount_yuan for a in rows) == Decimal("300.00") * WAN
    assert len(rows) == 5


def test_a_final_accounts_budget_column_beside_the_years_own_spending_keeps_its_phases():
    # 年初预算数 | 本年支出数 | 完成率%: "2130101 行政运行 250.00 245.00 98.00"; the 245.00 is the year's
    # actual.
    cells = {
        (a.subject_code, a.column_key): a
        for a in _parse("b1_final_budget_vs_zhichu.txt").amounts
        if a.table_key == "general_budget_by_function"
    }
    assert cells[("2130101", "expenditure")].phase == "actual"
    assert cells[("2130101", "expenditure")].amount_yuan == Decimal("245.00") * WAN
    assert cells[("2130101", "total")].phase == "budget"


def test_sections_by_fund_repeating_the_codes_are_no_units_blocks():
    # 合计 400.00 over sections 一般公共预算拨款 300.00 / 政府性基金预算拨款 60.00 / 财政专户管理资金 40.00,
    # each printing 213 … again: no section may be loaded as the department's (213 = 300.00 would be).
    result = _parse("c1_fund_sections.txt")
    by_code = [a for a in result.amounts if a.subject_code == "213" and a.column_key == "total"]
    assert all(a.amount_yuan == Decimal("400.00") * WAN for a in by_code)
    assert [a.amount_yuan for a in result.amounts if a.row_label == "合计" and a.column_key == "total"] == [
        Decimal("400.00") * WAN
    ]


def test_a_budgets_income_figure_with_the_carryover_in_its_reason_is_no_grand_total():
    # "2024年部门收入预算300.00万元，比上年减少20.00万元，主要原因是上年结转资金减少。": the 300.00 is not
    # the 收入总计 (320.00); which total it is, is not told.
    claims = _parse("b2_carryover_in_reason.txt").claims
    assert not [
        c
        for c in claims
        if c.claim_kind == "total_income_expenditure" and c.amount_yuan == Decimal("300.00") * WAN
    ]


def test_a_final_accounts_income_naming_the_carryover_among_its_parts_is_its_grand_total():
    # "2024年度收入决算760.00万元，其中：本年收入740.00万元，年初结转和结余20.00万元。": the 总计, not the
    # 本年收入合计 (740.00).
    claims = _parse("f1_income_juesuan_with_carryover.txt").claims
    totals = {
        (c.claim_kind, c.source_line): c.amount_yuan for c in claims if c.claim_kind.startswith("total")
    }
    assert not [kind for kind, _line in totals if kind in ("total_income", "total_expenditure")]
    assert totals[("total_income_expenditure", 7)] == Decimal("760.00") * WAN
    assert totals[("total_income_expenditure", 9)] == Decimal("760.00") * WAN


def test_a_project_named_as_a_subject_under_the_performance_section_takes_no_code():
    # "十、绩效评价情况" / "（一）基层司法业务：年初预算50.00万元，支出决算48.00万元…": a project; the tables'
    # 2040604 基层司法业务 (175.48) is another thing. Under the 财政拨款支出 section, "（一）行政运行：…" is
    # 2040601's.
    executions = {
        c.subject_name: c.subject_code
        for c in _parse("e3_project_same_name.txt").claims
        if c.claim_kind == "execution"
    }
    assert executions["基层司法业务"] is None
    assert executions["行政运行"] == "2040601"


def test_a_further_subjects_figure_is_named_whole():
    # "财政拨款收入740.00万元，其中：…政府性基金预算财政拨款收入20.00万元。与2023年度相比，财政拨款收入支出
    # 总计增加40.00万元…；财政拨款收入增加40.00万元，增长5.71%": 财政拨款收入's current figure is 740.00.
    changes = [
        c
        for c in _parse("c1_part_named_inside_longer.txt").claims
        if c.claim_kind == "year_on_year" and c.subject_name == "财政拨款收入"
    ]
    assert [c.amount_yuan for c in changes] == [Decimal("740.00") * WAN]


def test_an_incomes_budget_and_actual_is_no_spending_claim():
    # "2024年度收入决算为7,400,000.00元，比年初预算6,900,000.00元增加500,000.00元，完成年初预算的107.25%。"
    assert not [c for c in _parse("e1_income_against_budget.txt").claims if c.claim_kind == "execution"]


def test_a_names_hidden_end_keeps_its_repeated_characters():
    # A PDF clipping each long name to its cell ("国有土地使用[权出让收入安排的支出]"): the hidden glyphs
    # moved to the cell's edge are kept with the name, its second 出 too, and never among the figures.
    cells = {
        (a.subject_code, a.column_key): a
        for a in _parse("p4_clipped_name_repeat.pdf").amounts
        if a.table_key == "government_fund"
    }
    assert cells[("21208", "total")].row_label == "21208 国有土地使用权出让收入安排的支出"
    assert cells[("21208", "total")].amount_yuan == Decimal("1860.00") * WAN
    assert cells[("2120899", "project")].row_label == "2120899 其他国有土地使用权出让收入安排的支出"


def test_a_titles_unit_in_brackets_is_no_part_of_it():
    # "支出预算总表（金额单位：万元）" on one line: before, no table at all (no_tables).
    result = _parse("g2_title_unit_in_parens.txt")
    assert [t.table_key for t in result.tables] == ["expenditure_by_function"]
    totals = {a.column_key: a.amount_yuan for a in result.amounts if a.row_label == "合计"}
    assert totals == {
        "total": Decimal("300.00") * WAN,
        "basic": Decimal("250.00") * WAN,
        "project": Decimal("50.00") * WAN,
    }


def test_a_ruled_groups_run_stops_at_the_rows_total_and_the_other_part():
    # A ruled 一般公共预算支出表 whose grid runs through 基本支出's merged cell, 合计 and 项目支出 spanning
    # both header lines with their text on the lower one (Excel's bottom alignment) or centred: "合计
    # 1,230.00 | 980.00 | 860.00 | 120.00 | 250.00" under 合计 | 基本支出 (小计 | 人员经费 | 公用经费) |
    # 项目支出. Before the session and after its first rule, four of five rows said (two under 'total').
    for name in ("p5_ruled_group_bottom_rowspans.pdf", "p5c_ruled_group_centred_rowspans.pdf"):
        result = _parse(name)
        totals = {a.column_key: a.amount_yuan for a in result.amounts if a.row_label == "合计"}
        assert totals == {
            "total": Decimal("1230.00") * WAN,
            "basic": Decimal("980.00") * WAN,
            "personnel": Decimal("860.00") * WAN,
            "public_funds": Decimal("120.00") * WAN,
            "project": Decimal("250.00") * WAN,
        }
        assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
