"""Narrative claims as reports of other provinces and years word them. Each expected value is typed from
the sentence it comes from."""

from decimal import Decimal

from dagster_project.parser import parse_document
from dagster_project.parser.changes import find_changes

HEAD = "某某区某某局2022年度部门决算\n第二部分 某某区某某局2022年度部门决算情况说明\n"

# A 支出决算表 whose names the narrative's 类/款/项 chains are looked up in.
TABLE = """表3 支出决算表
单位：万元
科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 600.00 500.00 100.00
201 一般公共服务支出 160.00 150.00 10.00
20106 财政事务 160.00 150.00 10.00
2010601 行政运行 150.00 150.00
2010602 一般行政管理事务 10.00 10.00
221 住房保障支出 440.00 350.00 90.00
22102 住房改革支出 440.00 350.00 90.00
2210201 住房公积金 440.00 350.00 90.00
"""


def _claims(narrative: str, table: str = "", kind: str | None = None, head: str = HEAD):
    result = parse_document((head + narrative + "\n" + table).encode(), "wordings.txt", "d")
    assert result.document.parse_status != "failed", result.document.status_message
    return [c for c in result.claims if kind is None or c.claim_kind == kind]


def _one(narrative: str, kind: str, table: str = "", head: str = HEAD):
    [claim] = _claims(narrative, table, kind, head)
    return claim


def test_a_malformed_percentage_leaves_the_claim_without_a_rate_and_the_document_read():
    claim = _one(
        "1、一般公共服务支出（类）年初预算为100.00万元，支出决算为98.20万元，完成年初预算的98..20%。",
        "execution",
    )
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("1000000.00"),
        Decimal("982000.00"),
        None,
    )


def test_completion_rates_in_the_wordings_reports_use():
    for wording in ("完成年初预算数的", "为年初预算的", "预算完成率为", "决算数为年初预算数的", "完成预算的"):
        claim = _one(
            f"1、一般公共服务支出（类）年初预算为100.00万元，支出决算为95.50万元，{wording}95.5%。",
            "execution",
        )
        assert (claim.actual_yuan, claim.stated_rate, claim.rate_decimals) == (
            Decimal("955000.00"),
            Decimal("0.955"),
            1,
        )


def test_an_adjusted_budget_between_is_passed_over_and_its_rate_is_not_taken_as_against_the_initial_one():
    claim = _one(
        "1、一般公共服务支出（类）年初预算为100.00万元，调整预算为110.00万元，支出决算为95.50万元，完成调整预算的86.82%。",
        "execution",
    )
    assert (claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        Decimal("1000000.00"),
        Decimal("955000.00"),
        None,
    )


def test_sangong_items_with_their_own_budget_are_sangong_claims_named_by_their_item():
    claims = _claims(
        "2022年度“三公”经费财政拨款支出预算为10.00万元，支出决算为8.00万元，完成预算的80%。其中：因公出国（境）费支出"
        "年初预算为2.00万元，支出决算为0万元，完成预算的0%；公务接待费支出年初预算为3.00万元，支出决算为3.00万元，"
        "完成预算的100%。",
        kind="sangong_execution",
    )
    assert [(c.subject_name, c.budget_yuan, c.actual_yuan, c.stated_rate) for c in claims] == [
        ("三公", Decimal("100000.00"), Decimal("80000.00"), Decimal("0.8")),
        ("因公出国(境)费", Decimal("20000.00"), Decimal("0.00"), Decimal("0")),
        ("公务接待费", Decimal("30000.00"), Decimal("30000.00"), Decimal("1")),
    ]


def test_sangong_actuals_stated_with_a_rate_only_belong_to_the_item_of_their_own_clause():
    # Full-width brackets (as printed) and the item just before the figure, not one earlier in the text.
    claims = _claims(
        "其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务用车购置及运行维护费决算为0万元，公务用车购置费决算为"
        "1万元，完成预算的50%。",
        kind="sangong_execution",
    )
    assert [(c.subject_name, c.actual_yuan, c.stated_rate) for c in claims] == [
        ("因公出国(境)费", Decimal("0.00"), Decimal("0")),
        ("公务用车购置费", Decimal("10000.00"), Decimal("0.5")),
    ]


def test_a_year_on_year_change_against_jiao_shang_nian_du():
    claim = _one(
        "2022年度一般公共预算财政拨款支出1,000.00万元，较上年度减少50.00万元，下降4.76%。", "year_on_year"
    )
    assert (claim.subject_name, claim.amount_yuan, claim.change_yuan, claim.stated_rate) == (
        "一般公共预算财政拨款支出",
        Decimal("10000000.00"),
        Decimal("-500000.00"),
        Decimal("-0.0476"),
    )


def test_a_class_named_before_a_figure_is_not_the_subject_of_the_sentence_after_a_heading():
    """The real czj 2024 layout text runs the structure paragraph's last 类 into the next heading: the
    total's sentence must not become 221's."""
    claim = _one(
        "卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占\n"
        "（三）一般公共预算财政拨款支出决算具体情况\n"
        "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
        "execution",
        TABLE,
    )
    assert (claim.subject_code, claim.subject_name, claim.budget_yuan) == (
        None,
        "一般公共预算财政拨款支出",
        Decimal("29939200.00"),
    )


def test_an_item_chain_is_coded_only_when_every_name_is_printed_under_its_parent():
    numbered = _one(
        "其中：\n1.一般公共服务支出（类）财政事务（款）行政运行（项）年初预算为150.00万元，支出决算为150.00万元。",
        "execution",
        TABLE,
    )
    assert (numbered.subject_code, numbered.subject_name) == ("2010601", "一般公共服务支出财政事务行政运行")
    # 其他财政事务支出 is no 项 of the tables: never compared with its 款 20106; since session 54 its code is
    # the national classification's (other reports print it under 20106)
    national = _one(
        "2、一般公共服务支出（类）财政事务（款）其他财政事务支出（项）。年初预算为10.00万元，支出决算为10.00万元。",
        "execution",
        TABLE,
    )
    assert national.subject_code == "2010699"
    # a 项 no report prints: no code
    unknown = _one(
        "2、一般公共服务支出（类）财政事务（款）某某专项业务（项）。年初预算为10.00万元，支出决算为10.00万元。",
        "execution",
        TABLE,
    )
    assert unknown.subject_code is None


def test_a_figure_stated_under_an_earlier_year_is_the_prior_one():
    # Before, 1,111.11 was taken as the current figure and a false stated_change_mismatch (12.50%) followed.
    result = parse_document(
        (
            HEAD
            + "2022年度一般公共预算财政拨款支出1,234.56万元，2021年度为1,111.11万元，"
            + "比上年增加123.45万元，增长11.1%。"
        ).encode(),
        "prior.txt",
        "d",
    )
    [claim] = [c for c in result.claims if c.claim_kind == "year_on_year"]
    assert (claim.amount_yuan, claim.prior_yuan, claim.change_yuan) == (
        Decimal("12345600.00"),
        Decimal("11111100.00"),
        Decimal("1234500.00"),
    )
    assert not [d for d in result.diagnostics if d.check_name == "stated_change_mismatch"]


def test_totals_in_the_wordings_of_the_national_template():
    claims = _claims(
        "2022年度收、支总计各1,234.56万元。\n本年收入合计为1,000.00万元，其中：财政拨款收入1,000.00万元。\n"
        "本年支出合计为990.00万元。\n上海市某局2022年度财政拨款收入支出总计0.3万元。"
    )
    totals = sorted((c.claim_kind, c.amount_yuan) for c in claims if c.claim_kind != "year_on_year")
    assert totals == [
        ("fiscal_total_income_expenditure", Decimal("3000.00")),
        ("total_expenditure", Decimal("9900000.00")),
        ("total_income", Decimal("10000000.00")),
        ("total_income_expenditure", Decimal("12345600.00")),
    ]


def test_operating_costs_and_procurement_in_other_wordings():
    for sentence in ("本部门机关运行经费支出决算为50.00万元。", "本部门机关运行经费财政拨款支出50.00万元。"):
        assert _one(sentence, "operating_costs").amount_yuan == Decimal("500000.00")
    assert _one("本部门政府采购合同金额120.00万元。", "procurement_total").amount_yuan == Decimal(
        "1200000.00"
    )


def test_procurement_totals_worded_as_arranged_or_summed():
    for sentence in ("本部门政府采购预算安排1,486.42万元。", "本部门政府采购支出预算合计1,486.42万元。"):
        assert _one(sentence, "procurement_total").amount_yuan == Decimal("14864200.00")


def test_the_fiscal_totals_said_together_are_the_fiscal_summarys():
    claims = _claims("2020年度财政拨款收入总计1,146.11万元，支出总计1,146.11万元。")
    assert {(c.claim_kind, c.amount_yuan) for c in claims if c.claim_kind != "year_on_year"} == {
        ("fiscal_total_income_expenditure", Decimal("11461100.00"))
    }


def test_a_parts_total_and_the_fiscal_part_of_a_total_are_not_the_reports_total():
    claims = _claims("收入总计1,234.56万元，其中：财政拨款收入1,000.00万元；支出总计1,234.56万元。")
    assert sorted(c.claim_kind for c in claims) == ["total_income_expenditure", "total_income_expenditure"]
    assert not _claims(
        "一般公共预算支出总计500.00万元，基本支出总计300.00万元。", kind="total_income_expenditure"
    )


def test_a_change_said_after_a_budget_and_its_actual_belongs_to_the_sentences_subject():
    # Budget and actual are phases of one subject: the change is that subject's, and in a final account
    # its current figure is the 决算 (a budget report's would be the 预算).
    claim = _one(
        "2022年度“三公”经费财政拨款支出年初预算为39.80万元，决算为38.14万元，完成年初预算的95.83%，"
        "比上年减少4.26万元，下降10.05%。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan, claim.change_yuan, claim.stated_rate) == (
        "“三公”经费财政拨款支出",
        Decimal("381400.00"),
        Decimal("-42600.00"),
        Decimal("-0.1005"),
    )
    # "与上年基本持平" (about the same) names no change figure and no subject "基本".
    claim = _one(
        "公务接待费年初预算为66,000.00元，支出决算为41,200.00元，完成年初预算的62.42%，与上年基本持平。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan, claim.change_yuan) == (
        "公务接待费",
        Decimal("41200.00"),
        None,
    )
    # Two subjects in one sentence, the phrase after the second's share: the clauses after a figure, its
    # share and its change, are that figure's (since session 31; rules_s31d d03 words its parts so).
    claim = _one(
        "基本支出为300.00万元，项目支出为100.00万元，占支出总额的25.00%，比上年增加20.00万元。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan) == ("项目支出", Decimal("1000000.00"))
    # with no share between, the phrase after neither figure's clause: which one changed is not said
    claim = _one("基本支出为300.00万元，项目支出为100.00万元，合计比上年增加20.00万元。", "year_on_year")
    assert claim.amount_yuan is None


def test_a_change_against_last_years_execution_keeps_this_years_figure():
    # "比2024年执行数" (central departments' wording) as "比2024年预算执行数" was read, in a 2025 budget (a
    # change against a year other than the one before the report's is none of its claims).
    claim = _one(
        "1.行政运行（项）2025年预算数为3,286.54万元，比2024年执行数减少115.64万元，下降3.40%。",
        "year_on_year",
        head="某某区某某局2025年部门预算\n第二部分 某某区某某局2025年部门预算情况说明\n",
    )
    assert (claim.subject_name, claim.amount_yuan, claim.change_yuan, claim.stated_rate) == (
        "行政运行",
        Decimal("32865400.00"),
        Decimal("-1156400.00"),
        Decimal("-0.0340"),
    )


# A 款 whose name holds a bracketed word, as every 政府办公厅（室） does.
OFFICE_TABLE = """表3 支出决算表
单位：万元
科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 1,300.00 1,300.00
201 一般公共服务支出 1,300.00 1,300.00
20103 政府办公厅（室）及相关机构事务 1,300.00 1,300.00
2010301 行政运行 900.00 900.00
2010350 事业运行 400.00 400.00
"""


def test_wordings_of_a_chongqing_final_account():
    # A bracketed word inside a 款 name keeps the chain (the code was lost, the name garbled).
    [claim] = _claims(
        "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为880.00万元，"
        "支出决算为900.00万元，完成年初预算的102.27%。",
        OFFICE_TABLE,
        "execution",
    )
    assert (claim.subject_code, claim.budget_yuan, claim.actual_yuan) == (
        "2010301",
        Decimal("8800000.00"),
        Decimal("9000000.00"),
    )
    # The actual said before the budget.
    [claim] = _claims(
        "2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）：支出决算为400.00万元，"
        "年初预算为410.00万元，完成年初预算的97.56%。",
        OFFICE_TABLE,
        "execution",
    )
    assert (claim.subject_code, claim.budget_yuan, claim.actual_yuan, claim.stated_rate) == (
        "2010350",
        Decimal("4100000.00"),
        Decimal("4000000.00"),
        Decimal("0.9756"),
    )
    # Rates said without 的 or 为; the year is no part of the subject.
    for wording, rate in (
        ("完成年初预算98.18%", "0.9818"),
        ("预算完成率95.05%", "0.9505"),
        ("执行率97.64%", "0.9764"),
    ):
        claim = _one(
            f"2024年度一般公共预算财政拨款支出年初预算为100.00万元，支出决算为98.18万元，{wording}。",
            "execution",
        )
        assert (claim.subject_name, claim.stated_rate) == ("一般公共预算财政拨款支出", Decimal(rate))
    # Totals said as 决算总计.
    totals = {
        c.claim_kind: c.amount_yuan
        for c in _claims(
            "2024年度收入、支出决算总计各11,451.43万元。2024年度财政拨款收入支出决算总计11,420.43万元。"
        )
    }
    assert totals == {
        "total_income_expenditure": Decimal("114514300.00"),
        "fiscal_total_income_expenditure": Decimal("114204300.00"),
    }
    # A change against the budget ("较年初预算减少7.33万元") is no current figure of the change against
    # last year said after it.
    claim = _one(
        "2024年度“三公”经费财政拨款支出41.27万元，较年初预算减少7.33万元，下降15.08%，主要原因是严格落实过紧日子"
        "要求；较上年减少2.78万元，下降6.31%。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan, claim.change_yuan) == (
        "“三公”经费财政拨款支出",
        Decimal("412700.00"),
        Decimal("-27800.00"),
    )


BUDGET_HEAD = "某省统计局2025年部门预算\n第三部分 2025年部门预算情况说明\n"


def _budget_claims(narrative: str, kind: str):
    result = parse_document((BUDGET_HEAD + narrative + "\n").encode(), "budget_wordings.txt", "d")
    return [c for c in result.claims if c.claim_kind == kind]


def test_budget_wordings_of_rates_totals_and_comparisons():
    # Rates said after 为 ("增幅为3.66%", "增长率为4.09%") or in brackets; "相较于上年"; "比2024年年初预算数";
    # "与上年预算数相同".
    for sentence, change, rate in (
        ("收入预算总计5,273.40万元，较上年增加186.20万元，增幅为3.66%。", "1862000.00", "0.0366"),
        ("支出预算总计5,273.40万元，比上年增加186.20万元，增长率为3.66%。", "1862000.00", "0.0366"),
        ("公务接待费11.30万元，比上年减少0.21万元（下降1.84%）。", "-2100.00", "-0.0184"),
        ("公用经费508.18万元，相较于上年增加11.50万元，增长2.32%。", "115000.00", "0.0232"),
    ):
        [claim] = _budget_claims(sentence, "year_on_year")
        assert (claim.change_yuan, claim.stated_rate) == (Decimal(change), Decimal(rate)), sentence
    [claim] = _budget_claims(
        "2025年一般公共预算当年拨款6,842.36万元，比2024年年初预算数增加298.16万元，增长4.56%。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan) == ("一般公共预算当年拨款", Decimal("68423600.00"))
    [claim] = _budget_claims("专项统计业务856.88万元，与上年预算数相同。", "year_on_year")
    assert claim.change_yuan == Decimal("0.00")
    # The whole before 其中 and two parts, then the change: the whole's.
    [claim] = _budget_claims(
        "2025年一般公共预算支出6,842.36万元，其中：基本支出5,120.48万元，项目支出1,721.88万元，与上年相比增加"
        "298.16万元，增长4.56%。",
        "year_on_year",
    )
    assert (claim.subject_name, claim.amount_yuan) == ("一般公共预算支出", Decimal("68423600.00"))
    # Totals and amounts said as 预算总计, 安排, 共计, 金额合计.
    expected = (
        ("2025年财政拨款收入支出预算总计6,842.36万元。", "fiscal_total_income_expenditure", "68423600.00"),
        # (总额 for 总计: rules_s55's Ningxia budget, session 55)
        (
            "2025年财政拨款收支预算总额1770.65万元，全部为一般公共预算拨款。",
            "fiscal_total_income_expenditure",
            "17706500.00",
        ),
        ("2025年本部门机关运行经费安排508.18万元。", "operating_costs", "5081800.00"),
        ("机关运行经费财政拨款预算共计112.88万元。", "operating_costs", "1128800.00"),
        ("2025年政府采购预算总计1,036.50万元。", "procurement_total", "10365000.00"),
        ("政府采购预算金额合计1,350,000.00元。", "procurement_total", "1350000.00"),
    )
    for sentence, kind, amount in expected:
        [claim] = _budget_claims(sentence, kind)
        assert claim.amount_yuan == Decimal(amount), sentence


def test_a_prior_figure_stated_with_the_comparison_and_a_change_stated_after_its_rate():
    # "比上年预算数57.24万元增加…": the prior figure between the comparison and its direction (no claim was
    # recorded); "比上年增长2.1%，增加10.78万元": the change after the rate (the change was lost).
    [claim] = _budget_claims(
        "专项普查活动2025年预算数为245.00万元，比上年预算数57.24万元增加187.76万元，增长328.02%。",
        "year_on_year",
    )
    assert (claim.amount_yuan, claim.prior_yuan, claim.change_yuan, claim.stated_rate) == (
        Decimal("2450000.00"),
        Decimal("572400.00"),
        Decimal("1877600.00"),
        Decimal("3.2802"),
    )
    [claim] = _budget_claims(
        "住房公积金2025年预算数为524.26万元，比上年增长2.1%，增加10.78万元。", "year_on_year"
    )
    assert (claim.amount_yuan, claim.change_yuan, claim.stated_rate) == (
        Decimal("5242600.00"),
        Decimal("107800.00"),
        Decimal("0.021"),
    )
    [claim] = _budget_claims("公务接待费3.20万元，比上年下降5.9%，减少0.20万元。", "year_on_year")
    assert (claim.change_yuan, claim.stated_rate) == (Decimal("-2000.00"), Decimal("-0.059"))


def test_a_claim_on_an_item_whose_row_prints_no_figure_this_year_keeps_its_code():
    # The 项 spent nothing this year: its row prints code and name only; the narrative tells its change.
    table = (
        TABLE.replace("2010602 一般行政管理事务 10.00 10.00", "2010602 一般行政管理事务")
        .replace("160.00 150.00 10.00", "150.00 150.00")
        .replace("合计 600.00 500.00 100.00", "合计 590.00 500.00 90.00")
    )
    claim = _one(
        "一般公共服务支出（类）财政事务（款）一般行政管理事务（项）2022年度决算数为0万元，比上年减少10.00万元，"
        "下降100%。",
        "year_on_year",
        table,
    )
    assert (claim.subject_code, claim.change_yuan) == ("2010602", Decimal("-100000.00"))


def test_a_units_own_name_or_a_bracketed_remark_is_no_narrower_subject_of_its_total():
    # "…基金管理中心收入、支出决算总计…" and "本中心（含下属事业单位）…总计…" are the report's totals
    # (no claim was recorded: 基金 / 事业 read as a narrower subject); "“三公”经费支出总计…" stays none.
    head = "某某市社会保险基金管理中心2024年度部门决算\n第二部分 2024年度部门决算情况说明\n"
    for sentence in (
        "某某市社会保险基金管理中心收入、支出决算总计均为1,465.60万元。",
        "本中心（含下属事业单位）收入、支出决算总计均为1,465.60万元。",
    ):
        result = parse_document((head + sentence + "\n").encode(), "w.txt", "d")
        totals = [c for c in result.claims if c.claim_kind == "total_income_expenditure"]
        assert [c.amount_yuan for c in totals] == [Decimal("14656000.00")], sentence
    result = parse_document((head + "“三公”经费支出总计18.60万元。\n").encode(), "w.txt", "d")
    assert not [c for c in result.claims if c.claim_kind == "total_income_expenditure"]


def test_budget_wordings_of_other_provinces():
    # A review of four budget narratives (Guangdong, Shandong, Anhui, Hubei wordings): the figure stated for
    # each of two subjects ("均比上年增加…": no amount was recorded); a remark or the prior figure in brackets
    # after the comparison (no claim); the report's own 部门预算收入总计 (taken for a part's total); a count
    # "与上年持平" (a claim of no money).
    [claim] = _budget_claims(
        "收入预算总计2,980.66万元，支出预算总计2,980.66万元，均比上年增加120.66万元，增长4.22%。",
        "year_on_year",
    )
    assert (claim.amount_yuan, claim.change_yuan) == (Decimal("29806600.00"), Decimal("1206600.00"))
    [claim] = _budget_claims(
        "事业运行810.66万元，比上年（2024年预算数）增加60.66万元，增长8.09%。", "year_on_year"
    )
    assert (claim.amount_yuan, claim.change_yuan) == (Decimal("8106600.00"), Decimal("606600.00"))
    [claim] = _budget_claims(
        "公务接待费100.00万元，比上年预算数（95.00万元）增加5.00万元，增长5.26%。", "year_on_year"
    )
    assert (claim.prior_yuan, claim.change_yuan) == (Decimal("950000.00"), Decimal("50000.00"))
    totals = _budget_claims(
        "2025年部门预算收入总计8,765.43万元，支出总计8,765.43万元。", "total_income_expenditure"
    )
    assert [c.amount_yuan for c in totals] == [Decimal("87654300.00"), Decimal("87654300.00")]
    assert _budget_claims("2025年部门预算安排购置车辆0辆，与上年持平。", "year_on_year") == []


def test_a_code_glued_to_its_name_and_a_reasons_sub_item():
    # "③2013850事业运行：预算数为…" took "预算数" for its subject, no code; a reason's sub-item
    # ("主要原因是：1.人员经费比上年增加…") was recorded as the report's claim.
    table = """一般公共预算支出表
单位：万元
科目编码 科目名称 合计
合计 810.66
201 一般公共服务支出 810.66
20138 市场监督管理事务 810.66
2013850 事业运行 810.66
"""
    narrative = (
        "③2013850事业运行：预算数为810.66万元，比上年增长了8.09%。\n"
        "公用经费100.00万元，比上年增加40.00万元，主要原因是：1.人员经费比上年增加35.00万元；2.办公费增加5.00万元。"
    )
    result = parse_document((BUDGET_HEAD + narrative + "\n" + table).encode(), "budget_wordings.txt", "d")
    changes = [c for c in result.claims if c.claim_kind == "year_on_year"]
    assert [(c.subject_code, c.amount_yuan) for c in changes if c.subject_code] == [
        ("2013850", Decimal("8106600.00"))
    ]
    assert not [c for c in changes if c.change_yuan == Decimal("350000.00")]


def test_numbered_claims_of_their_own_after_a_reasons_heading_are_read():
    # "支出增加的原因如下：1.一般公共服务支出（类）2025年预算数为300.00万元，比上年增加30.00万元。2.…": each
    # item states its own figure and names its 类: the report's claims (the first was dropped as a reason).
    narrative = (
        "2025年支出预算500.00万元，比上年增加50.00万元，支出增加的原因如下：1.一般公共服务支出（类）2025年预算数为"
        "300.00万元，比上年增加30.00万元。2.农林水支出（类）2025年预算数为200.00万元，比上年增加20.00万元。"
    )
    claims = _budget_claims(narrative, "year_on_year")
    assert [(c.amount_yuan, c.change_yuan) for c in claims] == [
        (Decimal("5000000.00"), Decimal("500000.00")),
        (Decimal("3000000.00"), Decimal("300000.00")),
        (Decimal("2000000.00"), Decimal("200000.00")),
    ]


def test_final_account_wordings_of_six_more_provinces():
    """From the review of Jiangxi, Shanxi, Inner Mongolia, Xinjiang, Tianjin and Heilongjiang final accounts
    (tests/golden/hand_written/selfeval_claims/): the 财政拨款 total said with 收入、支出 was the report's
    total (a false contradiction of the real one), a code beside the item's name gave the claim no subject,
    three rate wordings were not read, and a 三公 actual with its change against the budget before the rate
    was lost."""
    [fiscal] = _claims(
        "2022年度财政拨款收入、支出决算总计3,256.40万元。", kind="fiscal_total_income_expenditure"
    )
    assert fiscal.amount_yuan == Decimal("32564000.00")
    assert _claims("2022年度财政拨款收入、支出决算总计3,256.40万元。", kind="total_income_expenditure") == []

    claims = _claims(
        "1.行政运行（2010601）：年初预算为140.00万元，支出决算为150.00万元，完成年初预算的107.14%。"
        "2.2210201住房公积金：年初预算为400.00万元，支出决算为440.00万元，决算数占年初预算的110%。",
        TABLE,
        "execution",
    )
    assert [
        (c.subject_code, c.subject_name, c.budget_yuan, c.actual_yuan, c.stated_rate) for c in claims
    ] == [
        ("2010601", "行政运行", Decimal("1400000.00"), Decimal("1500000.00"), Decimal("1.0714")),
        ("2210201", "住房公积金", Decimal("4000000.00"), Decimal("4400000.00"), Decimal("1.1")),
    ]
    claim = _one(
        "2.一般公共服务支出（类）年初预算为100.00万元，支出决算为95.50万元，预算执行率达到95.5%。",
        "execution",
    )
    assert claim.stated_rate == Decimal("0.955")

    sangong = _claims(
        "2022年度“三公”经费财政拨款支出全年预算数为15.00万元，支出决算为11.26万元，完成全年预算的75.07%。",
        kind="sangong_execution",
    )
    assert [(c.budget_yuan, c.actual_yuan, c.stated_rate) for c in sangong] == [
        (Decimal("150000.00"), Decimal("112600.00"), Decimal("0.7507"))
    ]
    sangong = _claims(
        "2022年度“三公”经费财政拨款支出决算数为8.65万元，比年初预算减少3.35万元，完成年初预算的72.08%。",
        kind="sangong_execution",
    )
    assert [(c.subject_name, c.actual_yuan, c.stated_rate) for c in sangong] == [
        ("三公", Decimal("86500.00"), Decimal("0.7208"))
    ]


def test_triangle_marks_before_a_change_and_its_rate_leave_the_sign_to_the_word():
    claims = _claims(
        "2022年度“三公”经费财政拨款支出决算为31.28万元，比上年增加▲3.20万元，增长▲11.4%。\n"
        "2022年度一般公共预算财政拨款支出8,640.00万元，比上年减少△120.00万元，下降△1.4%。\n"
        "2022年度机关运行经费支出200.00万元，比上年下降▲5.0%。",
        kind="year_on_year",
    )
    assert [(c.amount_yuan, c.change_yuan, c.stated_rate) for c in claims] == [
        (Decimal("312800.00"), Decimal("32000.00"), Decimal("0.114")),
        (Decimal("86400000.00"), Decimal("-1200000.00"), Decimal("-0.014")),
        (Decimal("2000000.00"), None, Decimal("-0.050")),
    ]


def test_a_years_totals_are_claimed_and_an_earlier_years_are_not():
    # "2022年度收入合计…" is the report's own total (its year the report's), "2021年度支出合计…" last year's:
    # no claim of this report. (The year's 年 opens the matched words: the year must still be told.)
    totals = [
        (c.claim_kind, c.amount_yuan)
        for c in _claims(
            "2021年度支出合计为1,690.00万元。2022年度支出合计为1,700.00万元，2022年收入合计1,800.00万元。"
        )
        if c.claim_kind in ("total_expenditure", "total_income")
    ]
    assert totals == [
        ("total_expenditure", Decimal("17000000.00")),
        ("total_income", Decimal("18000000.00")),
    ]


def test_an_items_chain_followed_by_its_amount_names_the_execution_stated_after_it():
    # Wordings of real final accounts: the item opens with its chain and its actual ("…（01项）150.00万元。"
    # or "…（项）10.00万元，"), then states its budget and actual.
    coded = _one(
        "1、一般公共服务支出（201类）财政事务（06款）行政运行（01项）150.00万元。年初预算为160.00万元，"
        "支出决算为150.00万元，完成年初预算的93.75%。",
        "execution",
    )
    assert (coded.subject_code, coded.subject_name) == ("2010601", "一般公共服务支出财政事务行政运行")
    assert (coded.budget_yuan, coded.actual_yuan, coded.stated_rate) == (
        Decimal("1600000.00"),
        Decimal("1500000.00"),
        Decimal("0.9375"),
    )
    named = _one(
        "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）10.00万元，年初预算为12.00万元，"
        "支出决算为10.00万元，完成年初预算的83.33%。",
        "execution",
        TABLE,
    )
    assert (named.subject_code, named.subject_name) == ("2010602", "一般公共服务支出财政事务一般行政管理事务")


def test_a_chain_before_a_section_heading_is_not_the_subject_of_the_claims_after_it():
    # A budget's items name their chain in quotes (a Shanghai unit budget's wording); the next section's
    # heading is no enumeration item of the stream, yet its 三公 sentence is not the last item's.
    text = (
        "某区某街道办事处2026年单位预算\n2026年单位预算编制说明\n"
        "“城乡社区支出(类）-国有土地使用权出让收入安排的支出（款）-城市建设支出（项）”2026年度预算338万元，"
        "2025年度预算1,363万元，主要用于：风貌提升工程。2025年当年预算执行数为0万元，2026年预算安排338万元。"
        "主要原因是：支付工程进度款。\n"
        "其他相关情况说明\n"
        "一、2026年“三公”经费预算情况说明\n"
        "2026年“三公”经费预算数为8.53万元，比2025年预算减少25万元。\n"
    )
    claims = parse_document(text.encode(), "budget.txt", "d").claims
    [sangong] = [c for c in claims if c.amount_yuan == Decimal("85300.00")]
    assert (sangong.claim_kind, sangong.subject_code, sangong.subject_name) == (
        "year_on_year",
        None,
        "“三公”经费预算数",
    )
    assert sangong.change_yuan == Decimal("-250000.00")


def test_quote_marks_around_a_chain_are_no_part_of_its_names():
    claim = _one(
        "“一般公共服务支出(类）-财政事务（款）-行政运行（项）”2022年度决算150.00万元，比2021年度增加10.00万元。",
        "year_on_year",
        TABLE,
    )
    assert (claim.subject_code, claim.subject_name) == ("2010601", "一般公共服务支出财政事务行政运行")


def test_a_chain_before_a_section_heading_is_not_the_subject_of_a_change_without_a_figure():
    [change] = find_changes(
        "一般公共服务支出(类)人大事务(款)行政运行(项)主要用于机关运转。其他相关情况说明一、三公经费预算数比上年减少5.00万元。",
        {},
        2024,
        "budget",
    )
    assert (change.subject_name, change.subject_code, change.change_yuan) == (
        "三公经费预算数",
        None,
        Decimal("-50000.00"),
    )


def test_a_budget_reports_statement_of_the_year_before_is_no_execution_claim():
    """A budget report (预算) is made before its year is spent: its "上年预算执行情况" tells of a closed year,
    whose final account prints those figures, not this report. The budget's own figures stay claims."""
    head = "某某市某某局2025年部门预算\n第三部分 2025年部门预算情况说明\n"
    narrative = (
        "一、收支预算总体情况说明\n2025年部门收、支总预算1,480.00万元，比2024年预算减少60.00万元。\n"
        "三、上年预算执行情况\n2024年一般公共预算财政拨款支出年初预算为1,540.00万元，支出决算为1,512.60万元，"
        "完成年初预算的98.22%。其中：一般公共服务支出（类）财政事务（款）行政运行（项）年初预算为420.00万元，"
        "实际支出为398.50万元，执行率94.88%。2024年“三公”经费支出决算为8.20万元，完成预算的82.00%。\n"
    )
    result = parse_document((head + narrative).encode(), "budget.txt", "b")
    kinds = [c.claim_kind for c in result.claims]
    assert "execution" not in kinds and "sangong_execution" not in kinds
    [total] = [c for c in result.claims if c.claim_kind == "total_income_expenditure"]
    assert total.amount_yuan == Decimal("14800000.00")
    # the same statement in a final account of 2024 is its execution
    final = parse_document(
        (HEAD.replace("2022", "2024") + narrative.split("三、", 1)[1]).encode(), "final.txt", "f"
    )
    executions = [(c.budget_yuan, c.actual_yuan) for c in final.claims if c.claim_kind == "execution"]
    assert (Decimal("15400000.00"), Decimal("15126000.00")) in executions


def test_an_earlier_years_budget_and_actual_told_for_comparison_is_no_execution_claim():
    """ "2019年度“三公”经费财政拨款年初预算为…，支出决算为…" in a 2020 final account (rules_s31d d10): last
    year's figures, which no table of this report prints."""
    head = HEAD.replace("2022", "2020")
    text = (
        "2020年度“三公”经费财政拨款年初预算为9.00万元，支出决算为5.46万元，完成年初预算的60.67%。"
        "2019年度“三公”经费财政拨款年初预算为10.00万元，支出决算为7.80万元。\n"
    )
    result = parse_document((head + text).encode(), "final.txt", "d")
    claims = [(c.budget_yuan, c.actual_yuan) for c in result.claims if c.claim_kind == "sangong_execution"]
    assert claims == [(Decimal("90000.00"), Decimal("54600.00"))]


def test_a_sangong_items_actual_stated_without_wei_with_its_rate():
    claim = _one("其中：公务用车购置及运行维护费支出决算8.16万元，完成预算的81.60%。", "sangong_execution")
    assert (claim.actual_yuan, claim.stated_rate) == (Decimal("81600.00"), Decimal("0.8160"))


def test_a_code_in_brackets_right_before_the_items_amount_is_its_code():
    """ "1.行政运行（2010601）150.00万元，比上年增加…" (rules_s31d d06): the code named the claim."""
    claim = _one(
        "三、一般公共预算支出情况\n1.行政运行（2010601）150.00万元，比上年增加10.00万元，增长7.14%。",
        "year_on_year",
        TABLE,
    )
    assert (claim.subject_code, claim.subject_name, claim.amount_yuan) == (
        "2010601",
        "行政运行",
        Decimal("1500000.00"),
    )


def test_a_share_between_a_figure_and_its_change_leaves_the_change_to_that_figure():
    """ "其中：基本支出500.00万元，占83.33%，比上年增加20.00万元" (rules_s31d d03): the change is the part's,
    not the whole's stated first."""
    claims = _claims(
        "二、支出预算情况\n本部门2022年支出预算600.00万元，其中：基本支出500.00万元，占83.33%，比上年增加"
        "20.00万元，增长4.17%；项目支出100.00万元，占16.67%，比上年减少10.00万元，下降9.09%。",
        kind="year_on_year",
    )
    assert [(c.amount_yuan, c.change_yuan) for c in claims] == [
        (Decimal("5000000.00"), Decimal("200000.00")),
        (Decimal("1000000.00"), Decimal("-100000.00")),
    ]


def test_items_enumerated_yi_shi_er_shi_keep_their_chains_codes():
    """ "一是一般公共服务支出（类）…；二是住房保障支出（类）…" (rules_s31h b05, f11): the marker stayed in the
    first name, and the chain found no code."""
    claims = _claims(
        "一是一般公共服务支出（类）年初预算160.00万元，决算160.00万元，完成年初预算的100.00%；"
        "二是住房保障支出（类）年初预算为440.00万元，决算为440.00万元，完成年初预算的100.00%。",
        TABLE,
        "execution",
    )
    assert [(c.subject_code, c.subject_name) for c in claims] == [
        ("201", "一般公共服务支出"),
        ("221", "住房保障支出"),
    ]


def test_a_code_then_its_name_then_the_amount_names_the_items_change():
    claim = _one("（1）2010601 行政运行 150.00万元，较上年增加10.00万元，增幅7.14%。", "year_on_year", TABLE)
    assert (claim.subject_code, claim.subject_name, claim.amount_yuan) == (
        "2010601",
        "行政运行",
        Decimal("1500000.00"),
    )


def test_changes_said_respectively_of_two_subjects_are_no_claim():
    claims = _claims(
        "会议费预算3.00万元，培训费预算8.50万元，分别比上年减少0.50万元和1.00万元。", kind="year_on_year"
    )
    assert claims == []


def test_a_comparison_year_in_chinese_numerals_even_across_a_line_break():
    head = HEAD.replace("2022", "2023")
    text = "支出预算总计23,486,500.00元，较二〇\n二二年减少1,213,500.00元，下降4.91%。\n"
    result = parse_document((head + text).encode(), "cn.txt", "d")
    [claim] = [c for c in result.claims if c.claim_kind == "year_on_year"]
    assert (claim.amount_yuan, claim.change_yuan) == (Decimal("23486500.00"), Decimal("-1213500.00"))


def test_last_years_figure_in_a_clause_of_its_own_before_the_change():
    claim = _one("收支预算总计3,264.00万元，上年为3,120.00万元，增加144.00万元，上升4.62%。", "year_on_year")
    assert (claim.amount_yuan, claim.prior_yuan, claim.change_yuan) == (
        Decimal("32640000.00"),
        Decimal("31200000.00"),
        Decimal("1440000.00"),
    )


def test_a_sangong_actual_with_its_change_against_last_year_before_its_completion_rate():
    claim = _one(
        "“三公”经费财政拨款支出决算3.20万元，同比下降20.00%，完成年初预算的64.00%。", "sangong_execution"
    )
    assert (claim.actual_yuan, claim.stated_rate) == (Decimal("32000.00"), Decimal("0.6400"))


def test_last_years_figure_in_brackets_after_the_figure_and_a_totals_remark_in_brackets():
    claim = _one("行政运行402.00万元（上年：400.00万元），增加2.00万元，增长0.50%。", "year_on_year")
    assert (claim.amount_yuan, claim.prior_yuan, claim.change_yuan) == (
        Decimal("4020000.00"),
        Decimal("4000000.00"),
        Decimal("20000.00"),
    )
    [total] = _claims(
        "收入总计（含上年结转）2,740.00万元，支出总计2,740.00万元。", kind="total_income_expenditure"
    )[:1]
    assert total.amount_yuan == Decimal("27400000.00")


def test_a_figure_of_last_years_carry_over_before_a_change_is_no_prior():
    """Review of the session's rules: "上年结转和上年为本部门预留的资金30.00万元，增加5.00万元" names
    no figure of last year's spending; only "上年为…" or "（上年：…）" right before the figure is one."""
    claims = _claims(
        "2022年一般公共预算支出863.66万元，上年结转和上年为本部门预留的资金30.00万元，增加5.00万元。",
        kind="year_on_year",
    )
    assert all(c.prior_yuan is None for c in claims)


def test_an_overrun_beyond_the_budget_is_the_completion_rate_over_a_hundred():
    claim = _one(
        "1、一般公共服务支出（类）年初预算为100.00万元，支出决算为120.40万元，超出年初预算20.40%。",
        "execution",
    )
    assert (claim.actual_yuan, claim.stated_rate, claim.rate_decimals) == (
        Decimal("1204000.00"),
        Decimal("1.2040"),
        2,
    )


def test_a_fund_stated_as_a_part_after_its_wholes_qi_zhong_names_no_money_for_the_items_after_it():
    """The sentences "财政拨款支出…。其中：一般公共预算…；政府性基金…", then an item (rules_s31l f10): the
    item took the last part's money (政府性基金), though the section and its whole are 财政拨款's."""
    claims = _claims(
        "三、财政拨款支出决算情况说明\n2022年度财政拨款支出年初预算600.00万元，支出决算600.00万元，完成年初预算的"
        "100.00%。其中：一般公共预算财政拨款支出年初预算500.00万元，支出决算500.00万元，完成年初预算的100.00%；"
        "政府性基金预算财政拨款支出年初预算100.00万元，支出决算100.00万元，完成年初预算的100.00%。"
        "行政运行（2010601）年初预算150.00万元，支出决算150.00万元，完成年初预算的100.00%。",
        TABLE,
        "execution",
    )
    scopes = {c.subject_code or c.subject_name: c.fund_scope for c in claims}
    assert scopes["2010601"] == "fiscal"
