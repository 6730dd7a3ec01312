"""Performance self-evaluation tables (项目支出绩效自评表): each project's 预算数 / 执行数 / 执行率,
as a claim.

The fixtures follow the national template as plain pdftotext prints it (one table row per line, blank
cells dropped). Expected values are worked out by hand in the comments.
"""

from decimal import Decimal

from dagster_project.parser import parse_document

HEAD = "某某区司法局2024年度部门决算\n"
FUNDS_HEADER = "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"


def _block(name: str, funds_row: str, header: str = FUNDS_HEADER) -> str:
    return (
        "项目支出绩效自评表\n（2024年度）\n"
        f"项目名称 {name}\n主管部门 某某区司法局 实施单位 某某区人民调解协会\n{header}{funds_row}\n"
        "其中：当年财政拨款 795.00 795.00 781.24 — — —\n上年结转资金 — — —\n"
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 调解案件数 ≥15000件 16234件 20 20\n"
        "效益指标 社会效益指标 故障率 ≤5% 2% 20 20\n总分 100 98.83\n"
    )


def _parse(text: str):
    result = parse_document(text.encode(), "自评.txt")
    return result, [c for c in result.claims if c.claim_kind == "project_execution"]


def test_every_column_printed():
    # 全年预算数 795.00 万元 is the rate's base: 781.24 / 795.00 = 98.27%.
    result, [claim] = _parse(
        HEAD + _block("人民调解经费", "年度资金总额 795.00 795.00 781.24 10 98.27% 9.83")
    )
    assert (
        claim.subject_name,
        claim.budget_yuan,
        claim.actual_yuan,
        claim.stated_rate,
        claim.rate_decimals,
    ) == (
        "人民调解经费",
        Decimal("7950000.00"),
        Decimal("7812400.00"),
        Decimal("0.9827"),
        2,
    )
    assert claim.source_line == 7 and claim.figure_raw == "781.24"
    # Scores, targets and counts of the indicator rows are not money: no amounts at all.
    assert result.amounts == []
    assert [d for d in result.diagnostics if d.severity == "warn"] == []


def test_a_blank_initial_budget_is_placed_by_the_printed_rate():
    # 年初预算数 blank: 120.00 then 114.00; 114 / 120 = 95.00% makes 120 the budget and 114 the actual
    # (10 is 分值: 10 / 114 would be 8.77%).
    _, [claim] = _parse(HEAD + _block("法律援助", "年度资金总额 120.00 114.00 10 95.00% 9.50"))
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("1200000.00"),
        Decimal("1140000.00"),
        Decimal("0.95"),
    )


def test_a_full_row_with_a_wrong_rate_is_claimed_as_printed():
    # Every column printed, so the placement needs no identity: the claim keeps the printed 90.00%, which
    # the warehouse compares with 781.24 / 795.00 = 98.27% (stated_rate_mismatch).
    _, [claim] = _parse(HEAD + _block("人民调解经费", "年度资金总额 795.00 795.00 781.24 10 90.00% 9.00"))
    assert claim.stated_rate == Decimal("0.9")
    assert claim.actual_yuan == Decimal("7812400.00")


def test_a_row_no_placement_fits_is_a_diagnostic_not_a_claim():
    # Blank 年初预算数 and a rate that neither 114/120 (95%) nor any other pairing gives: not placed.
    result, claims = _parse(HEAD + _block("法律援助", "年度资金总额 120.00 114.00 10 80.00% 8.00"))
    assert claims == []
    [diagnostic] = [d for d in result.diagnostics if d.check_name == "unplaced_row"]
    assert "法律援助" in diagnostic.message and diagnostic.source_line == 7


def test_a_rate_against_a_budget_column_named_just_预算数():
    # Some provinces print 预算数 / 执行数 / 执行率 only: 46.50 / 50.00 = 93.00%.
    header = "项目资金（万元） 预算数 执行数 执行率\n"
    _, [claim] = _parse(HEAD + _block("普法宣传", "年度资金总额 50.00 46.50 93.00%", header))
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("500000.00"),
        Decimal("465000.00"),
        Decimal("0.93"),
    )


def test_a_target_table_without_actuals_claims_nothing():
    # 绩效目标表 of a budget: funds but no 执行数 column; nothing to claim, nothing to complain about.
    text = (
        "某某区司法局2026年度部门预算\n项目支出绩效目标表\n项目名称 人民调解经费\n"
        "项目资金（万元） 年度资金总额 其中：财政拨款\n年度资金总额 795.00 795.00\n"
        "产出指标 数量指标 调解案件数 ≥15000件\n"
    )
    result, claims = _parse(text)
    assert claims == [] and result.amounts == []
    assert [d for d in result.diagnostics if d.severity == "warn"] == []


def test_two_projects_in_a_row_are_two_claims():
    text = (
        HEAD
        + _block("人民调解经费", "年度资金总额 795.00 795.00 781.24 10 98.27% 9.83")
        + _block("法律援助", "年度资金总额 120.00 120.00 114.00 10 95.00% 9.50")
    )
    _, claims = _parse(text)
    assert [(c.subject_name, c.actual_yuan) for c in claims] == [
        ("人民调解经费", Decimal("7812400.00")),
        ("法律援助", Decimal("1140000.00")),
    ]


def test_a_rate_header_in_percent_and_header_labels_wrapped():
    """执行率（%） prints its cells without the % sign (98.27 is 98.27%); a header printed over two lines
    wraps 年初预算 / 数 (before: no placement, and no claim without a word)."""
    expected = ("人民调解经费", Decimal("7950000.00"), Decimal("7812400.00"), Decimal("0.9827"))
    for header, row in (
        (
            "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率（%） 得分\n",
            "年度资金总额 795.00 795.00 781.24 10 98.27 9.83",
        ),
        (
            "项目资金 年初预算 全年预算 全年执行 分值 执行率 得分\n（万元） 数 数 数\n",
            "年度资金总额 795.00 795.00 781.24 10 98.27% 9.83",
        ),
    ):
        _result, claims = _parse(HEAD + _block("人民调解经费", row, header))
        assert [(c.subject_name, c.budget_yuan, c.actual_yuan, c.stated_rate) for c in claims] == [expected]


def test_funds_rows_as_other_producers_print_them():
    # The label beside the merged 项目资金（万元） cell (pdftotext -layout), the label wrapped over two lines,
    # 执行率（%） with a blank cell dropped, a project name wrapped onto the next line: each was lost (the
    # first two without a word) or cut.
    layout = (
        HEAD + "项目支出绩效自评表\n项目名称 困难群众临时救助及特困人员供养\n服务经费\n"
        "主管部门 某某区民政局 实施单位 某某区民政局\n"
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "项目资金（万元）  年度资金总额  210.00 210.00 196.35 10 93.50% 9.35\n"
    )
    _result, [claim] = _parse(layout)
    assert (claim.subject_name, claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        "困难群众临时救助及特困人员供养服务经费",
        Decimal("2100000.00"),
        Decimal("1963500.00"),
        Decimal("0.935"),
    )
    wrapped = HEAD + _block("社区矫正经费", "年度资金\n总额\n300.00 300.00 291.27 10 97.09% 9.71").replace(
        "年度资金\n总额", "年度资金\n总额", 1
    )
    _result, [claim] = _parse(wrapped)
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("3000000.00"),
        Decimal("2912700.00"),
        Decimal("0.9709"),
    )
    percent_header = FUNDS_HEADER.replace("执行率", "执行率（%）")
    _result, [claim] = _parse(
        HEAD + _block("网格化管理经费", "年度资金总额 112.65 108.65 10 96.45 9.65", percent_header)
    )
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("1126500.00"),
        Decimal("1086500.00"),
        Decimal("0.9645"),
    )


def test_the_whole_departments_table_and_headers_broken_over_lines_in_layout_text():
    """From the review of six provinces' final accounts (tests/golden/hand_written/selfeval_claims/): the
    部门整体支出绩效自评表's claim had no name (部门名称 not read); a header whose names pdftotext -layout
    breaks over two lines ("年初预 全年预 全年执" / "算数 算数 行数") lost its project without a word; a unit
    printed under the row's merged label ("年度预算资金" / "（万元）") was not found."""
    text = (
        HEAD
        + "项目支出绩效自评表\n（2024年度）\n项目名称 黄河流域水污染防治项目\n"
        + "主管部门 某某区司法局 实施单位 某某区司法局\n"
        + "                         年初预    全年预     全年执\n"
        + "项目资金                                                 分值      执行率       得分\n"
        + "（万元）                 算数      算数       行数\n"
        + "             年度资金总额     800.00    760.00     750.00       10     98.68%       9.87\n"
        + "部门整体支出绩效自评表\n（2024年度）\n部门名称 某某区司法局\n"
        + "                 年初预算数  全年预算数  全年执行数    分值     执行率      得分\n"
        + "年度预算资金    年度资金总额   2,700.00    3,100.00    3,040.60    10     98.08%       9.81\n"
        + "（万元）        按收入性质分：一般公共预算 2,986.75   其他资金 53.85\n"
    )
    _result, claims = _parse(text)
    assert [(c.subject_name, c.budget_yuan, c.actual_yuan, c.stated_rate) for c in claims] == [
        ("黄河流域水污染防治项目", Decimal("7600000.00"), Decimal("7500000.00"), Decimal("0.9868")),
        ("某某区司法局部门整体支出", Decimal("31000000.00"), Decimal("30406000.00"), Decimal("0.9808")),
    ]
