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


REVIEW2 = PROBES.parent / "review2"


def _parse2(name: str):
    return parse_document((REVIEW2 / name).read_bytes(), name)


def test_second_review_a_coded_row_printing_nothing_takes_no_totals_figures():
    # xj1 06表 with the 合计 row's 447.80 / 405.62 / 42.18 printed after 30107's own 68.20 68.20 (lines
    # 1294-1298); the next coded row, 30199 其他工资福利支出 (line 1300), prints nothing and its name on one
    # line: no name wrapped around figures, so it takes none of them
    result = _parse2("a3_xj1_total_row_moved_before_blank_row.txt")
    assert not [a for a in result.amounts if a.subject_code == "30199"]


def test_second_review_a_procurement_tables_first_figure_is_no_total_unless_the_largest():
    # gx1 政府采购预算表 whose 合计 is printed at the foot ("合计" / "767.00", lines 1174-1175), or not at
    # all, 一、货物's 120.60 the first figure after "预算金额": 767.00 is the 合计, or none
    result = _parse2("f1_gx1_total_at_foot_category_figure_first.txt")
    assert {
        a.amount_yuan for a in result.amounts if a.row_label == "合计" and a.table_key == "procurement"
    } == {Decimal("7670000.00")}
    result = _parse2("f2_gx1_no_total_row_category_figure_first.txt")
    assert not [a for a in result.amounts if a.row_label == "合计" and a.table_key == "procurement"]


def test_second_review_a_5_digit_figure_is_a_paired_code_only_in_a_dual_code_table():
    # tj1 layout (one classification): 30108 prints "50102" (its total, no decimals) and 50102.00 (line 257)
    result = _parse2("b2_tj1_layout_integer_total_50102.layout.txt")
    cells = {
        (a.column_key, a.paired_code)
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic" and a.subject_code == "30108"
    }
    assert cells == {("total", None), ("personnel", None)}
    # nx1 layout (both classifications) printing integer 元: "30108 50102 1186420 1186420" (line 271), its
    # names wrapped around the line: 50102 its 政府 code, 30107 keeps its own name
    result = _parse2("b3_nx1_layout_integer_yuan_dual_code.layout.txt")
    names = {
        a.subject_code: (a.subject_name, a.paired_code, a.paired_name, a.amount_yuan)
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic" and a.column_key == "total"
    }
    assert names["30107"] == ("绩效工资", "50101", "工资奖金津补贴", Decimal("2864300"))
    assert names["30108"] == ("机关事业单位基本养老保险缴费", "50102", "社会保障缴费", Decimal("1186420"))


def test_second_review_a_names_tail_above_a_row_printing_its_names_below():
    # nx1 layout: 30110's name on its line with "费" wrapped below (lines 274-275), 30111 printing both its
    # names on the line below its codes (lines 276-277): "费" is no first piece of 30111's names
    result = _parse2("b1_nx1_layout_names_below_after_wrapped_down.layout.txt")
    names = {
        a.subject_code: (a.subject_name, a.paired_name)
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert names["30111"] == ("公务员医疗补助缴费", "社会保障缴费")


def test_second_review_words_before_the_year_that_name_no_part_keep_the_whole():
    # "按照综合预算的原则，" before nx1's and bj1's wholes, "…2024年部门预算中，收入预算…" in bj1
    assert ("total_expenditure", Decimal("17706500.00")) in {
        (c.claim_kind, c.amount_yuan) for c in _parse2("d7_nx1_opening_clause_before_whole.txt").claims
    }
    for name in ("d8_bj1_opening_clause_before_part.txt", "d9_bj1_budget_words_before_part.txt"):
        assert ("total_income", Decimal("61458400.00")) in {
            (c.claim_kind, c.amount_yuan) for c in _parse2(name).claims
        }, name
