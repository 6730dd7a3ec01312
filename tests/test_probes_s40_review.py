"""Misfires reviewers found in session 40's own rules (tests/golden/hand_written/probes_s40/review/v1 and v2,
their FINDINGS.md): expected values typed by the reviewers from the inputs. Each failed after the rule it
guards was written and before its mend (v2 #9 also before the session: another year's 三公 figures loaded)."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

REVIEW = Path(__file__).parent / "golden" / "hand_written" / "probes_s40" / "review"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((REVIEW / name).read_bytes(), Path(name).name)


def _cells(result, table_key: str) -> dict[tuple[str, str], str]:
    return {(a.row_label, a.column_key): a.amount_raw for a in result.amounts if a.table_key == table_key}


def test_a_note_or_a_header_naming_its_columns_again_makes_no_blocks_side_by_side():
    # v1 #1: one block, figures "1,476.5 1,226.5 250" (one decimal, or none), under it the note
    # "注：“科目编码”和“科目名称”为必填项。" (or the header printed again on the next page). Before: 科目名称
    # counted twice, the table taken for blocks side by side and every trailing "250" / "120" dropped as a
    # code.
    for name in (
        "v1/blocks_note_names_subject_whole_figure_dropped.txt",
        "v1/blocks_header_repeated_whole_figure_dropped.txt",
    ):
        cells = _cells(_parse(name), "general_budget_by_function")
        assert cells[("合计", "basic")] == "1,226.5"
        assert cells[("合计", "project")] == "250"
        assert cells[("2011308 招商引资", "project")] == "250"
        assert cells[("2080505 机关事业单位基本养老保险缴费支出", "basic")] == "120"


def test_one_item_printed_column_by_column_with_its_total_label_last_stays_said():
    # v1 #2: a table of one row and its 合计 run column by column, "合计" last: no row was read whole before
    # the figures, so the run is the columns', not two rows'. Before: 合计 loaded as 200 / 100 / 100 (300 /
    # 200 / 100 printed by column).
    result = _parse("v1/column_by_column_one_item_total_last.txt")
    assert not result.amounts
    assert [d.check_name for d in result.diagnostics if d.severity == "warn"] == ["rows_unreadable"]


def test_a_name_printed_wholly_above_its_figures_after_a_unit_s_line_is_not_wrapped_around():
    # v1 #3: "江苏省某某局本级 5,120.00" / "全省市场主体登记注册及信用监管体系建设" / "运行维护经费" / "860.00
    # 860.00": two pieces above the first figures. Before: the first piece glued onto the unit's line, the
    # project named "运行维护经费".
    cells = _cells(_parse("v1/names_above_unit_line_first_layout.layout.txt"), "project_expenditure")
    assert cells[("全省市场主体登记注册及信用监管体系建设运行维护经费", "total")] == "860.00"
    assert cells[("江苏省某某局本级", "total")] == "5,120.00"


def test_a_continuation_mark_across_the_page_is_no_piece_of_the_name_above():
    # v1 #4: "市场监管执法办案及案件审理专项经费 860.00" then, atop the next page, "（续上页）" starting left
    # of the first figure. Before: the project named "…专项经费(续上页)".
    cells = _cells(_parse("v1/continuation_mark_glued_to_name_above.layout.txt"), "project_expenditure")
    assert cells[("市场监管执法办案及案件审理专项经费", "total")] == "860.00"
    assert not [label for label, _key in cells if "续" in label]


def test_a_final_s_budget_block_of_fiscal_appropriation_stays_the_budget_s():
    # v2 #1 and #2: a final's header "年初预算" over "小计 / 财政拨款 / 其他资金" (and 财政拨款 again under
    # 决算数): the label "年初预算财政拨款" names the budget. Before: the wrapped-fund-name rule took
    # "预算财政拨款" off it, loading the budget's 财政拨款 as the actual (silently), or leaving every row
    # ambiguous.
    for name in (
        "v2/fund_name_re_nianchu_yusuan_caizheng_bokuan_read_as_actual.layout.txt",
        "v2/fund_name_re_both_fiscal_columns_rows_lost.layout.txt",
    ):
        result = _parse(name)
        total_row = {(a.column_key, a.phase): a.amount_yuan for a in result.amounts if a.row_label == "合计"}
        assert total_row[("fiscal_appropriation", "budget")] / WAN == Decimal("450.00"), name
        assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"], name


def test_column_numbers_and_a_page_number_or_zeros_leave_an_empty_table_empty():
    # v2 #6: 栏次 then "1" … "6" a line each, a note, the page's "12" (text without page breaks); v2 #7:
    # "合计" / "0" / "0" / "0". Both tables print no money: empty, nothing said. Before: table_unread
    # warnings.
    for name, table_key in (
        ("v2/lone_numbers_column_numbers_and_page_number.txt", "government_fund"),
        ("v2/lone_numbers_zero_fund_table.txt", "government_fund"),
    ):
        result = _parse(name)
        table = next(t for t in result.tables if t.table_key == table_key)
        assert table.is_empty, name
        assert not [d for d in result.diagnostics if d.check_name == "table_unread"], name


def test_another_year_s_sangong_pairs_are_not_the_report_s_actual():
    # v2 #9: a 2024 budget's -layout 三公 header pairs "2023年决算数 | 2024年预算数" under every item; the row
    # "10.50 12.00 1.80 2.00 7.20 8.00 0.00 0.00 7.20 8.00 1.50 2.00". Before: 2023's 决算 loaded as the
    # actual.
    result = _parse("v2/sangong_pairs_prior_year_actual_in_budget.layout.txt")
    sangong = {
        (a.column_key, a.phase): a.amount_yuan / WAN for a in result.amounts if a.table_key == "sangong"
    }
    assert sangong == {
        ("total", "budget"): Decimal("12.00"),
        ("outbound", "budget"): Decimal("2.00"),
        ("vehicle", "budget"): Decimal("8.00"),
        ("vehicle_purchase", "budget"): Decimal("0.00"),
        ("vehicle_operation", "budget"): Decimal("8.00"),
        ("reception", "budget"): Decimal("2.00"),
    }


def test_blocks_side_by_side_are_told_by_a_code_column_named_科目代码_too():
    # v3 #1: the two-block 基本支出 table of rules_s39b f2 plain with its code columns headed 科目代码:
    # "30101" / "基本工资" / "720.40 30201" …. Before (the first mend asked for 科目编 twice): 30201 … loaded
    # as figures.
    result = _parse("v3/blocks_kemu_daima_header_next_codes_loaded.txt")
    basic = {(a.subject_code, a.column_key): a.amount_raw for a in result.amounts}
    assert basic[("30101", "total")] == "720.40"
    assert not [key for key in basic if key[1] != "total"]


def test_a_total_label_after_its_figures_in_a_table_opening_on_figures_stays_said():
    # v3 #2 and #5: cell-per-line tables whose first class's code and name stand among the header's lines and
    # whose 合计 comes last: the first figures after the header are no 合计 printed first here, and the run
    # before the last "合计" is no two rows'. Before (the rule taking such a run for two rows): 合计 loaded
    # with 212's figures, or with 207's (1,000,000.00 for 4,000,000.00), and 207 lost.
    for name in (
        "v3/total_label_last_class_row_lost.txt",
        "v3/total_label_last_two_classes_total_wrong.txt",
        "v3/total_label_last_one_item_said_unreadable.txt",
    ):
        result = _parse(name)
        assert not result.amounts, name
        assert [d.check_name for d in result.diagnostics if d.severity == "warn"] == ["rows_unreadable"], name


def test_no_budget_claims_of_a_chain_keep_their_subject():
    # v3 #3: "1．行政运行（项）：使用以前年度事业收入结余安排，年初无预算，决算为150.00万元。" names an income
    # only as the money's source; v3 #4: "…行政运行（项）支出，年初预算为0，支出决算为150.00万元。",
    # "…（项）（2010602）：无年初 预算，…10.00万元",
    # "…住房公积金（项）。主要用于：…。无年初预算，…440.00万元". Before (the first mend): no claim.
    claims = {
        c.subject_code: (c.budget_yuan / WAN, c.actual_yuan / WAN)
        for c in _parse("v3/narr_old_wording_income_word_in_clause_claim_lost.txt").claims
        if c.claim_kind == "execution"
    }
    assert claims["2010601"] == (Decimal("0"), Decimal("150.00"))
    worded = {
        c.subject_code: (c.budget_yuan / WAN, c.actual_yuan / WAN)
        for c in _parse("v3/narr_worded_chain_then_words_claim_lost.txt").claims
        if c.claim_kind == "execution"
    }
    assert worded == {
        "2010601": (Decimal("0"), Decimal("150.00")),
        "2010602": (Decimal("0"), Decimal("10.00")),
        "2210201": (Decimal("0"), Decimal("440.00")),
    }


def test_column_numbers_run_on_after_a_page_break_and_zeros_leave_an_empty_table_empty():
    # v3 #6: 栏次 1–6 then 合计 zeros and a page's number; 栏次 1–6, the page's number, 7–10 on the next page.
    for name in (
        "v3/lone_numbers_column_numbers_zeros_page_number.txt",
        "v3/lone_numbers_column_numbers_continued_page.txt",
    ):
        result = _parse(name)
        assert next(t for t in result.tables if t.table_key == "government_fund").is_empty, name
        assert not [d for d in result.diagnostics if d.check_name == "table_unread"], name


def test_a_figure_s_own_name_beside_a_squeezed_run_is_not_overruled_by_a_centred_piece():
    # v4 #1 and #2: pdftotext -layout prints the header's first line as one single-spaced run ("本年收入合
    # 财政拨款收 上级补助收", "上级补助 附属单位"), whose names' places are only estimated; the figure's own
    # name (事业收入, 其他收入) stands alone beside it. Before (the centred-header rule as first written):
    # 事业收入's 323,083.50 … loaded as 上级补助收入, 其他收入's 1,319.10 … as 附属单位上缴收入 (silently);
    # now said, as before the session.
    p1 = _parse("v4/p1_final_income_squeezed_run_business_as_upper_grant.layout.txt")
    assert not [a for a in p1.amounts if a.column_key == "upper_grant" and a.amount_raw == "323,083.50"]
    p2 = _parse("v4/p2_budget_income_glued_run_other_as_affiliated.layout.txt")
    assert not [
        a
        for a in p2.amounts
        if a.column_key == "affiliated_remit" and a.amount_raw in ("1,319.10", "462.80", "856.30")
    ]


def test_no_budget_said_of_no_subject_gives_no_claim_of_the_whole():
    # v3 #7: "其中：信息化运维项目，年初未安排预算，支出决算为10.00万元。" and
    # "2．住房保障支出，年初无预算，支出决算为440.00万元。" (old wordings, no 类/款/项 mark): no subject the
    # tables print. Before: execution claims of no subject, budget 0, which the warehouse reads as the whole
    # report's.
    result = _parse("v3/narr_old_wording_subjectless_claims_remain.txt")
    assert not [
        c
        for c in result.claims
        if c.claim_kind == "execution" and c.subject_code is None and not c.subject_name
    ]
