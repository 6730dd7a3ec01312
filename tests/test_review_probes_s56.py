"""Session 56: a review helper's adversarial probes of the session's rules (probes_s56/review/, README.md
there: each a stored report with a few lines changed). Each probe below was read worse by the rules as first
committed (a wrong claim, code or column loaded silently, or right figures lost); these pin the fixes. The
expected values are typed from reading the probes."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s56" / "review"
TOTALS = ("total_income", "total_expenditure", "total_income_expenditure")


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _totals(name: str) -> set[tuple[str, Decimal]]:
    return {(c.claim_kind, c.amount_yuan) for c in _parse(name).claims if c.claim_kind in TOTALS}


def test_a_spending_after_a_units_or_another_years_income_clause_is_no_whole():
    # nx1 with "区市场监管综合行政执法大队2024年收入预算300.00万元，全部为…收入；支出预算300.00万元，其中：…"
    # (a unit's, named before the year or after it), "上年同期，2023年收入预算1768.24万元，…；支出预算
    # 1768.24万元…" (last year's) and "…；局机关收入预算1200.00万元；支出预算1200.00万元…" (the 局机关's
    # clause right before): the report's own 1,770.65 only
    for name, other in (
        ("n1_nx1_unit_semicolon.txt", Decimal("3000000.00")),
        ("n1_nx1_unit_semicolon.layout.txt", Decimal("3000000.00")),
        ("n1b_nx1_unit_after_year_semicolon.txt", Decimal("3000000.00")),
        ("n2_nx1_prior_year_semicolon.txt", Decimal("17682400.00")),
        ("n9_nx1_unit_clause_between.txt", Decimal("12000000.00")),
    ):
        totals = _totals(name)
        assert ("total_expenditure", Decimal("17706500.00")) in totals, name
        assert ("total_expenditure", other) not in totals, name


def test_the_years_own_income_of_a_unit_a_fund_or_another_year_is_no_claim():
    # bj1 with a second "收入预算X，其中：本年收入Y，上年结转Z" sentence: a unit's after a colon or a comma, a
    # fund's, a 专项资金's, 2023's (in the 2024 report); the report's own 6,145.84 only
    for name, other in (
        ("n3_bj1_colon_unit_part.txt", Decimal("18000000.00")),
        ("n3_bj1_colon_unit_part.layout.txt", Decimal("18000000.00")),
        ("n4_bj1_comma_unit_part.txt", Decimal("18000000.00")),
        ("n4b_bj1_fund_clause_before_part.txt", Decimal("55000000.00")),
        ("n5_bj1_fund_part.txt", Decimal("4000000.00")),
        ("n5b_bj1_prior_year_part.txt", Decimal("58421600.00")),
    ):
        totals = _totals(name)
        assert ("total_income", Decimal("61458400.00")) in totals, name
        assert ("total_income", other) not in totals, name
    # the report's own name after "2024年，" is the report's (a probe the first version read right too)
    assert ("total_income", Decimal("61458400.00")) in _totals("n8_bj1_own_name_comma_part.txt")


def test_class_blocks_out_of_order_on_one_page_keep_their_codes():
    # xz1 layout, 部门支出总表 with "07 农村综合改革" printed before "01 农业农村" under 213, on one page: 01
    # is the 款 21301 (its name is that 款's), not a 项 2130701
    result = _parse("c1_xz1_layout_kuan_descending.layout.txt")
    codes = {a.subject_code for a in result.amounts if a.table_key == "expenditure_by_function"}
    assert {"21301", "2130101", "2130104", "21307", "2130705"} <= codes
    assert not {code for code in codes if code and code.startswith("21307") and len(code) == 7} - {"2130705"}


def test_a_header_page_column_of_zeros_keeps_a_later_pages_grid_unread():
    # hi1 收入决算表 whose rows 208 … print 0.00 under 上级补助收入 on the header's page, 212 … and 合计
    # on page 7 on a grid of their own: 28.60 is 事业收入 (as the base read it), not 上级补助收入
    result = _parse("g2_hi1_layout_zero_column_page7_shifted.layout.txt")
    cells = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "income_by_function" and a.amount_yuan == Decimal("286000.00")
    }
    assert {key for _label, key in cells} == {"business"}
    assert ("合计", "business") in cells


def test_a_title_printed_again_above_a_continuation_mark_is_a_table():
    # cy 表五 split at 208, the next page printing "2024年一般公共预算财政拨款支出情况" / "续表" / the
    # header / the rows: read as before (a second table of the kind), none said table_continuation_apart
    for name in ("t1_cy_title_words_then_xubiao.txt", "t1_cy_title_words_then_xubiao.layout.txt"):
        result = _parse(name)
        assert not [d for d in result.diagnostics if d.check_name == "table_continuation_apart"], name
        second = [a for a in result.amounts if a.table_key == "general_budget_by_function_2"]
        assert {"208", "2210203"} <= {a.subject_code for a in second}, name
