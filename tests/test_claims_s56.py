"""Session 56: two budget wholes of the 说明 that rules_s55 (FINDINGS 3) listed as lost. Expected values are
typed from reading the texts (line numbers in the comments); each test failed before the session's change."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
NX1 = HAND_WRITTEN / "rules_s55" / "nx1_ningxia_xingqing_scjgj_2024_dept_budget.layout.txt"
BJ1 = HAND_WRITTEN / "rules_s55" / "bj1_beijing_haidian_cgw_2024_dept_budget.layout.txt"
WAN = Decimal(10000)


def _totals(name: str, text: str) -> list[tuple[str, Decimal]]:
    result = parse_document(text.encode(), name)
    return sorted(
        (claim.claim_kind, claim.amount_yuan)
        for claim in result.claims
        if claim.claim_kind in ("total_income", "total_expenditure", "total_income_expenditure")
    )


def test_the_years_spending_after_the_semicolon_of_its_income_clause():
    # nx1 lines 47-48: "银川市兴庆区市场监督管理局2024年收入预算1770.65万元，全部为一般公共预算拨款收入；
    # 支出预算1770.65万元，其中：基本支出1527.51万元，占86.27%；项目支出243.14万元，占13.73%。"
    # (1,527.51 + 243.14 = 1,770.65: the year's whole spending)
    text = NX1.read_text()
    assert _totals(NX1.name, text) == [
        ("total_expenditure", Decimal("1770.65") * WAN),
        ("total_income", Decimal("1770.65") * WAN),
    ]
    for rendition in ("pdf", "txt"):
        path = NX1.with_name(NX1.name.replace("layout.txt", rendition))
        result = parse_document(path.read_bytes(), path.name)
        assert ("total_expenditure", Decimal("1770.65") * WAN) in [
            (claim.claim_kind, claim.amount_yuan) for claim in result.claims
        ], rendition


def test_a_spending_clause_after_a_funds_clause_is_no_whole():
    # the clause before "；" states one fund's income, no year's whole: its 支出预算 is that fund's
    text = NX1.read_text().replace(
        "银川市兴庆区市场监督管理局2024年收入预算1770.65万元，全部为一般公共预算拨款收入；",
        "按资金来源分，一般公共预算拨款收入预算1770.65万元；",
    )
    assert ("total_expenditure", Decimal("1770.65") * WAN) not in _totals(NX1.name, text)
    # nor a spending whose parts do not add up to it (1,527.51 + 243.14 ≠ 1,700.65)
    text = NX1.read_text().replace("支出预算1770.65万元，其中", "支出预算1700.65万元，其中", 1)
    assert [kind for kind, _amount in _totals(NX1.name, text)] == ["total_income"]


def test_the_years_own_income_beside_the_carry_over():
    # bj1 lines 47-48: "北京市海淀区城市管理委员会2024年收入预算6880.64万元，其中：本年收入6145.84万元，
    # 上年结转734.80万元。" The 收支总表 (line 111) prints 本年收入合计 6,145.84, and 6,145.84 + 734.80 =
    # 6,880.64.
    text = BJ1.read_text()
    # (and line 50's "2024年支出预算6880.64万元，其中：基本支出826.54万元，…项目支出6054.10万元")
    assert _totals(BJ1.name, text) == [
        ("total_expenditure", Decimal("6880.64") * WAN),
        ("total_income", Decimal("6145.84") * WAN),
        ("total_income_expenditure", Decimal("6880.64") * WAN),
    ]
    # the central budget's sentence (central_2025_budget.txt line 415) alike, its summary's 本年收入合计
    # 16,837.40 (line 75)
    central = HAND_WRITTEN / "central_2025_budget.txt"
    assert ("total_income", Decimal("16837.40") * WAN) in _totals(central.name, central.read_text())


def test_the_years_own_income_not_claimed_where_it_is_no_part_of_the_whole():
    # the two parts do not add up to the whole (6,145.84 + 704.80 ≠ 6,880.64): neither is told
    text = BJ1.read_text().replace("年结转734.80万元。", "年结转704.80万元。", 1)  # (上 / 年 wrapped)
    assert ("total_income", Decimal("6145.84") * WAN) not in _totals(BJ1.name, text)
    # a fund's income with its own carry-over, not the report's
    text = BJ1.read_text().replace(
        "北京市海淀区城市管理委员会2024年收入预算6880.64万元",
        "北京市海淀区城市管理委员会2024年一般公共预算拨款收入预算6880.64万元",
        1,
    )
    assert ("total_income", Decimal("6145.84") * WAN) not in _totals(BJ1.name, text)
    # another body's (a unit of the department named before its figures)
    text = BJ1.read_text().replace(
        "北京市海淀区城市管理委员会2024年收入预算6880.64万元",
        "北京市海淀区环境卫生服务中心2024年收入预算6880.64万元",
        1,
    )
    assert ("total_income", Decimal("6145.84") * WAN) not in _totals(BJ1.name, text)


TJ1 = HAND_WRITTEN / "rules_s56" / "tj1_tianjin_heping_sjj_2025_dept_budget.layout.txt"


def _claimed(text: str) -> list[tuple[str, Decimal]]:
    result = parse_document(text.encode(), TJ1.name)
    kinds = ("total_income", "total_expenditure", "fiscal_total_income_expenditure")
    return sorted((c.claim_kind, c.amount_yuan) for c in result.claims if c.claim_kind in kinds)


def test_wholes_after_the_year_a_comma_and_the_units_name():
    # tj1 (天津市和平区审计局 2025 部门预算) lines 44-51, Tianjin's wording: "2025年，天津市和平区审计局
    # 部门收入预算1393.77万元，比上年增加95.12万元，增长7.32%，全部为一般公共预算财政拨款收入。" /
    # "2025年，天津市和平区审计局部门支出预算1393.77万元，其中：基本支出1238.32万元，…项目支出155.45万元，…"
    # / "2025年，天津市和平区审计局财政拨款收支预算1393.77万元，全部为一般公共预算财政拨款，…"
    # (1,238.32 + 155.45 = 1,393.77)
    assert _claimed(TJ1.read_text()) == [
        ("fiscal_total_income_expenditure", Decimal("1393.77") * WAN),
        ("total_expenditure", Decimal("1393.77") * WAN),
        ("total_income", Decimal("1393.77") * WAN),
    ]


def test_wholes_of_another_body_named_after_the_year_are_not_the_reports():
    # a unit of the department named after the year: its budget, not the report's
    text = TJ1.read_text().replace(
        "2025年，天津市和平区审计局财政拨款收支预算", "2025年，和平区审计服务中心财政拨款收支预算"
    )
    text = text.replace("2025年，天津市和平区审计局部门收入预算", "2025年，和平区审计服务中心部门收入预算")
    assert _claimed(text) == [("total_expenditure", Decimal("1393.77") * WAN)]
    # an income whose sources after its change are not all one (no 全部为): its whole is not told
    text = TJ1.read_text().replace("全部为一般公共预算财政拨款收入。", "主要为一般公共预算财政拨款收入。")
    assert ("total_income", Decimal("1393.77") * WAN) not in _claimed(text)


S56B = HAND_WRITTEN / "rules_s56b"


def test_both_wholes_stated_in_one_sentence_and_their_change():
    # rules_s56b gz2 layout line 49: "2024年部门收入预算6185.52万元，支出预算6185.52万元，与上年相比
    # 收、支预算各增加359.12万元，增长6.16%"; gx1 lines 51-52: "桂林市七星区教育局2024年收入预算
    # 13258.34万元，支出预算13258.34万元，收支预算比上年增加271.94万元，增长2.09%". No 其中 parts: the
    # summaries print no carry-over, their 本年收入合计 and 收入总计 alike (6,185.52; 13,258.34), so each
    # figure is its side's whole.
    for name, whole in (
        ("gz2_guizhou_qixingguan_jtysj_2024_dept_budget.layout.txt", Decimal("6185.52")),
        ("gx1_guangxi_qixing_jyj_2024_dept_budget.layout.txt", Decimal("13258.34")),
    ):
        result = parse_document((S56B / name).read_bytes(), name)
        first = [c for c in result.claims if c.source_line in (49, 51)]
        kinds = sorted((c.claim_kind, c.amount_yuan) for c in first if c.claim_kind != "year_on_year")
        assert kinds == [("total_expenditure", whole * WAN), ("total_income", whole * WAN)], name
        change = [c for c in first if c.claim_kind == "year_on_year"]
        # (gx1's change of 收支预算, both sides restated as one after their figures: that figure)
        assert [c.amount_yuan for c in change] == [whole * WAN], name
