"""Misfires two reviewers found in session 41's own rules (probes_s41/review/v1 and v2, FINDINGS.md in
each), each pinned as it reads now; expected values typed from the probes' texts. Every test failed before
the mend."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

REVIEW = Path(__file__).parent / "golden" / "hand_written" / "probes_s41" / "review"
WAN = Decimal(10000)


def _parse(name: str):
    path = REVIEW / name
    return parse_document(path.read_bytes(), path.name)


def _executions(name: str) -> dict:
    return {c.subject_code: c for c in _parse(name).claims if c.claim_kind == "execution"}


def test_an_overrun_stated_without_its_budget_is_a_rate_above_one():
    # "1.农林水支出(类)农业农村(款)行政运行(项)：支出决算为481.60万元，超出预算20.40%，…"
    run = _executions("v1/overrun_rate_read_as_completion_rate.txt")["2130101"]
    assert (run.budget_yuan, run.actual_yuan, run.stated_rate) == (
        None,
        Decimal("481.60") * WAN,
        Decimal("1.2040"),
    )


def test_a_rate_against_the_full_year_budget_is_not_the_claims():
    # "…行政运行(项)：支出决算为481.60万元，完成全年预算的96.32%，…": the 全年 (adjusted) budget, no table's
    run = _executions("v1/full_year_budget_rate_kept.txt")["2130101"]
    assert (run.actual_yuan, run.stated_rate) == (Decimal("481.60") * WAN, None)


def test_the_general_budget_part_of_a_sangong_total_is_no_whole():
    # "2022年“三公”经费支出决算为15.00万元，完成预算75.00%，其中，一般公共预算财政拨款支出决算为12.00万元，
    # 完成预算80.00%，…": the 12.00 is the 三公's part, not the report's 一般公共预算 spending (601.60)
    claims = _parse("v1/sangong_general_budget_part_taken_as_whole.txt").claims
    assert not [c for c in claims if c.claim_kind == "execution" and c.actual_yuan == Decimal("12.00") * WAN]


def test_an_earlier_years_whole_is_no_claim():
    # "2022年一般公共预算支出决算数为601.60万元，完成预算100.27%；2021年一般公共预算支出决算数为560.00万元，…"
    claims = _executions("v1/earlier_year_whole_actual_claimed.txt")
    assert [(c.subject_name, c.actual_yuan, c.stated_rate) for c in claims.values()] == [
        ("一般公共预算支出", Decimal("601.60") * WAN, Decimal("1.0027"))
    ]


def test_items_joined_by_commas_each_take_their_own_chain():
    # "…行政运行(项)支出决算为481.60万元，完成预算96.32%，农林水支出(类)农业农村(款)一般行政管理事务(项)
    # 支出决算为120.00万元，完成预算96.00%"
    claims = _executions("v1/comma_joined_items_second_chain_garbled.txt")
    assert {code: (c.actual_yuan, c.stated_rate) for code, c in claims.items()} == {
        "2130101": (Decimal("481.60") * WAN, Decimal("0.9632")),
        "2130102": (Decimal("120.00") * WAN, Decimal("0.96")),
    }


def test_an_actual_without_its_budget_takes_its_sections_money():
    # a 政府性基金 项's actual in the 政府性基金 section; a 项's actual in the 本年支出 section (all sources)
    fund = _executions("v1/fund_section_chain_actual_taken_as_general_budget.txt")["2120803"]
    assert (fund.actual_yuan, fund.fund_scope) == (Decimal("200.00") * WAN, "government_fund")
    claims = _parse("v1/all_sources_section_chain_actual_taken_as_general_budget.txt").claims
    budgetless = {
        c.subject_code: c.fund_scope for c in claims if c.claim_kind == "execution" and c.budget_yuan is None
    }
    assert budgetless == {"2130101": "all_sources", "2130102": "all_sources"}


def test_a_class_marked_in_a_passage_by_economic_class_takes_no_functional_code():
    # "按部门预算经济分类：…；其他支出（类）支出10.00万元，比上年增加2.00万元，增长25.00%。": 其他支出 of the
    # economic classification (399), not the functional 229
    claims = [
        c
        for c in _parse("v1/economic_other_class_takes_functional_229.txt").claims
        if c.claim_kind == "year_on_year"
    ]
    assert {c.subject_name: c.subject_code for c in claims} == {
        "工资福利支出": None,
        "商品和服务支出": None,
        "其他支出": None,
    }


def test_a_rows_whole_figures_ending_the_table_are_kept():
    # "2210202 / 提租补贴 / 60 / 60" (a whole 万元 figure printed without decimals) then the page's number "2"
    for name, figure in (
        ("v2/lone_integer_last_row_figures_dropped.txt", Decimal(60)),
        ("v2/lone_digit_last_row_figures_dropped.txt", Decimal(5)),
    ):
        result = _parse(name)
        row = {a.column_key: a.amount_yuan for a in result.amounts if a.subject_code == "2210202"}
        assert row == {"total": figure * WAN, "basic": figure * WAN}, name


def _totals(name: str) -> list:
    claims = _parse(name).claims
    return sorted(
        (c.claim_kind, c.amount_yuan) for c in claims if c.claim_kind.startswith(("total", "fiscal"))
    )


def test_two_code_columns_beside_one_name_are_no_blocks_side_by_side():
    # v3: header 部门经济科目编码 | 政府经济科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费; "合计 534.5
    # 234.5 300": the whole 300 was dropped as the next block's code, and every row's parts then said
    result = _parse("v3/basic_two_code_columns_whole_figure_dropped.txt")
    assert len(result.amounts) == 13
    total = {a.column_key: a.amount_yuan for a in result.amounts if a.row_label == "合计"}
    assert total == {
        "total": Decimal("534.5") * WAN,
        "personnel": Decimal("234.5") * WAN,
        "public_funds": Decimal(300) * WAN,
    }


def test_a_fiscal_budget_named_without_zong_is_the_years_own_only():
    # "比上年财政拨款收支预算3,000.00万元" (a budget), "比年初财政拨款收支预算…" (a final),
    # "一般公共预算财政拨款收支预算 3,208.44万元" (one fund's): none is the fiscal total; each text's own
    # total is claimed once
    assert _totals("v3/budget_prior_year_fiscal_budget_claimed_as_fiscal_total.txt") == [
        ("fiscal_total_income_expenditure", Decimal("3208.44") * WAN)
    ]
    final = _totals("v3/final_year_start_fiscal_budget_claimed_as_fiscal_total.txt")
    assert [t for t in final if t[0] == "fiscal_total_income_expenditure"] == [
        ("fiscal_total_income_expenditure", Decimal("3200.00") * WAN)
    ]
    assert _totals("v3/general_budget_fiscal_part_claimed_as_fiscal_total.txt") == [
        ("fiscal_total_income_expenditure", Decimal("5208.44") * WAN)
    ]


def test_a_units_income_budget_is_not_the_departments():
    # "分单位看，局机关：本年收入预算1,500.00万元，全部为一般公共预算拨款收入；县农业技术推广中心：本年收入
    # 预算1,708.44万元，其中：…": the department's is "2024年收入预算3,208.44万元，其中：…"
    totals = _totals("v3/unit_part_whole_all_general_budget_claimed.txt")
    assert [t for t in totals if t[0] == "total_income"] == [("total_income", Decimal("3208.44") * WAN)]


def test_money_words_of_one_year_or_a_unit_line_make_no_blocks_side_by_side():
    # v4: the v3 header (two code columns, one 科目名称, 合计 | 人员经费 | 公用经费) under "金额单位：万元"
    # and a "2024年预算数" group, or "2023年预算数 | 2024年预算数": no blocks, the whole "300" is 公用经费's
    for name in (
        "v4/basic_two_code_columns_money_unit_line_whole_figure_dropped.txt",
        "v4/basic_two_code_columns_two_years_read_as_blocks.txt",
    ):
        result = _parse(name)
        assert len(result.amounts) == 13, name
        assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"], name


def test_the_departments_own_name_ending_in_jiguan_is_no_part():
    # "某某县人民代表大会常务委员会机关本年收入预算856.20万元，其中：…" (and 支出预算): the report's own
    # totals
    assert _totals("v4/congress_organ_department_income_budget_dropped.txt") == [
        ("total_expenditure", Decimal("856.20") * WAN),
        ("total_income", Decimal("856.20") * WAN),
    ]


def test_names_hanging_below_their_codes_line_keep_their_tails_where_the_header_is_printed_again():
    # v4: top-aligned names wrapped at 6 characters, the header printed again on page 2
    amounts = _parse("v4/functional_repeated_header_full_tail_given_to_next_row.layout.txt").amounts
    names = {a.subject_code: a.subject_name for a in amounts}
    assert names["2082602"] == "财政对城乡居民基本养老保险基金的补助"
    assert names["2082699"] == "财政对其他基本养老保险基金的补助"


def test_the_vehicle_groups_name_wrapped_inside_a_word_is_the_group():
    # "公务用车购" / "置及运行费", "公务用车购置及" / "运行费", "公务用车购置" / "及运行维护" / "费"
    for name in (
        "v4/sangong_vehicle_group_wrapped_five_read_as_operation.layout.txt",
        "v4/sangong_vehicle_group_wrapped_seven_read_as_operation.layout.txt",
        "v4/sangong_vehicle_group_three_lines_read_as_operation.layout.txt",
    ):
        keys = sorted(a.column_key for a in _parse(name).amounts if a.table_key == "sangong")
        assert keys == [
            "outbound",
            "reception",
            "total",
            "vehicle",
            "vehicle_operation",
            "vehicle_purchase",
        ], name


def test_figures_of_one_right_edge_stand_in_one_column_of_a_summary():
    # v3 (an old defect): hn1's 财政拨款收支总表 in -layout with the 政府性基金 cells left blank:
    # "二、社会保障和就业 支出 623.81 623.81"; the short 623.81, right-aligned with "1,537.78" under
    # 一般公共预算财政拨款, stood under the next header cell and was loaded as 政府性基金 (six rows, silently)
    result = _parse("v3/fiscal_summary_blank_fund_cell_general_figure_read_as_fund.layout.txt")
    spending = [
        a
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.column_key.startswith("expenditure")
    ]
    assert not [a for a in spending if a.column_key == "expenditure_government_fund"]
    general = {a.row_label: a.amount_yuan for a in spending if a.column_key == "expenditure_general_public"}
    assert general["二、社会保障和就业支出"] == Decimal("623.81") * WAN
    assert general["年末财政拨款结转和结余"] == Decimal("120.00") * WAN
    assert len(general) == 10


def test_a_printed_fund_column_keeps_its_figures_beside_the_right_edge_rule():
    # v5: the v3 table with the 政府性基金 column printed on three rows ("四、城乡社区支出 1,382.75 1,332.75
    # 50.00", 本年支出合计, 总计): the fund's figures end at their own edge and stay the fund's; the short
    # 一般公共预算 figures of the other rows are 一般公共预算's
    result = _parse("v5/fund_column_printed_normal_grid.layout.txt")
    spending = [
        a
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.column_key.startswith("expenditure")
    ]
    fund = {a.row_label: a.amount_yuan for a in spending if a.column_key == "expenditure_government_fund"}
    assert fund == {
        "四、城乡社区支出": Decimal("50.00") * WAN,
        "本年支出合计": Decimal("50.00") * WAN,
        "总计": Decimal("50.00") * WAN,
    }
    general = {a.row_label: a.amount_yuan for a in spending if a.column_key == "expenditure_general_public"}
    assert general["二、社会保障和就业支出"] == Decimal("623.81") * WAN
