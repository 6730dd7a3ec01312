"""The money a budget-versus-actual claim speaks of (dagster_project/parser/fund_scope.py), on narratives
written after the tables of a real-shaped final account (rules_s29b/d05: 支出决算表 all sources, 一般公共预算
表, an empty 政府性基金 table). Review s29b pins the rule on fifteen narratives; these are the cases the
review of the change found the rule misread, typed by hand."""

from dagster_project.parser import parse_document
from dagster_project.parser.fund_scope import named_money

from .conftest import PROJECT_ROOT

TABLES = (PROJECT_ROOT / "tests/golden/hand_written/rules_s29b/d05_jintan_jyj_2024_final.txt").read_text(
    encoding="utf-8"
)
TABLES = TABLES[: TABLES.index("第三部分")]


def _moneys(narrative: str) -> list[tuple[str | None, str | None]]:
    tail = "第四部分 名词解释\n一、基本支出：指保障运转的支出。\n"
    text = TABLES + "第三部分 2024年度部门决算情况说明\n" + narrative + tail
    result = parse_document(text.encode("utf-8"), "probe_2024_final.txt")
    return [(c.subject_code, c.fund_scope) for c in result.claims if c.claim_kind == "execution"]


def test_a_heading_run_into_its_sentence_starts_on_its_own_line():
    # The 小学教育 claim stands under （一）本年支出…, every source's: the next heading, run into its first
    # sentence on its line, starts there, not a line early.
    assert _moneys(
        "三、支出决算情况说明\n（一）本年支出决算具体情况\n"
        "1.教育支出（类）普通教育（款）小学教育（项）年初预算为5,000.00万元，支出决算为5,200.00万元。\n"
        "（二）一般公共预算财政拨款支出决算具体情况：一般公共预算财政拨款支出年初预算为10,100.00万元，"
        "支出决算为10,500.00万元。\n"
    ) == [("2050202", "all_sources"), (None, "general_budget")]


def test_a_numbered_item_stating_figures_is_no_heading():
    # "（一）教育支出（类）…" states its figures: an item of the 一般公共预算 section, whose reason naming
    # 非财政拨款 money or 本年支出 names no section.
    assert _moneys(
        "五、一般公共预算财政拨款支出决算情况说明\n"
        "（一）教育支出（类）普通教育（款）小学教育（项）年初预算为4,500.00万元，支出决算为4,700.00万元，"
        "主要是事业收入等非财政拨款资金安排减少。\n"
        "（二）住房保障支出（类）住房改革支出（款）住房公积金（项）年初预算为580.00万元，"
        "支出决算为600.00万元，本年支出中政府性基金未安排此项。\n"
    ) == [("2050202", "general_budget"), ("2210201", "general_budget")]


def test_a_chapter_on_spending_naming_no_money_is_every_sources():
    # The template's 三、支出决算情况说明 speaks of 本年支出合计: a whole worded "支出年初预算为…" there is
    # every source's (11,520.00 in the 支出决算表), not 一般公共预算's (10,500.00).
    narrative = "三、支出决算情况说明\n2024年度支出年初预算为11,000.00万元，支出决算为11,520.00万元。\n"
    assert _moneys(narrative) == [(None, "all_sources")]


def test_the_money_a_whole_names():
    assert named_money("本年支出合计（含财政拨款和其他资金）") == "all_sources"  # a bracket says no money
    assert named_money("财政拨款支出（含一般公共预算和政府性基金）") == "fiscal"
    assert (
        named_money("本部门支出决算中一般公共预算财政拨款支出") == "general_budget"
    )  # a fund before every source
    assert named_money("非财政拨款支出") == "non_fiscal"
    assert named_money("全部支出") == "all_sources"
    assert named_money("基本支出") is None
