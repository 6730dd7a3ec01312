"""Inputs built in session 38 (tests/golden/hand_written/probes_s38/, and session 37's r10 probe of the real
Shanghai budgets): expected values typed from the inputs as printed. Each failed before session 38's fix."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
WAN = Decimal(10000)


def _parse(path: str):
    return parse_document((HAND_WRITTEN / path).read_bytes(), Path(path).name)


def test_an_item_stating_its_figure_twice_takes_the_one_its_stated_rate_was_computed_from():
    # "住房公积金（01项）208.8万元。…2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，
    # 比2025年预算执行数增加5.27%": 208.8 / 198.34 - 1 = 5.27%, 201.50 / 198.34 - 1 = 1.59%. Before: the
    # claim took 201.50 and said the rate was wrong; the 208.8 (the table's figure in the real reports) was
    # recorded nowhere.
    result = _parse("probes_s37/r10/yoy_item_amount_stated_twice.txt")
    changes = {c.subject_code: c for c in result.claims if c.claim_kind == "year_on_year" and c.subject_code}
    assert changes["2210201"].amount_yuan / WAN == Decimal("208.8")
    assert changes["2210201"].prior_yuan / WAN == Decimal("198.34")
    # the second, restated figure is said, naming both
    said = [d for d in result.diagnostics if d.check_name == "stated_change_mismatch"]
    assert len(said) == 1 and "208.8万元" in said[0].message and "201.50万元" in said[0].message
    # item 2 states 207 and 207.00: one figure, nothing to say
    assert changes["2210203"].amount_yuan / WAN == Decimal("207")


def test_narrative_lines_pdftotext_printed_swapped_are_read_in_order():
    # pdftotext -layout prints a sentence's continuation one line above it ("312.40万元。决算数小于…" above
    # "…年初预算为320.00万元，支出决算为"), as in the real sh_putuo_czj_2024_final.layout.txt. Before: the
    # two items' execution claims were lost without a word.
    result = _parse("probes_s38/narrative_lines_swapped.layout.txt")
    claims = {
        c.subject_name: (c.budget_yuan / WAN, c.actual_yuan / WAN)
        for c in result.claims
        if c.claim_kind == "execution"
    }
    pension = "社会保障和就业支出行政事业单位养老支出机关事业单位基本养老保险缴费支出"
    assert claims == {
        "社会保障和就业支出民政管理事务行政运行": (Decimal("320.00"), Decimal("312.40")),
        pension: (Decimal("96.30"), Decimal("95.10")),
        "住房保障支出住房改革支出住房公积金": (Decimal("40.00"), Decimal("39.80")),
    }


def test_project_and_transfer_subtotals_found_by_identity_are_flagged_not_counted_twice():
    # "一、其他运转类项目 150.00" over two projects (90 + 60) and "二、特定目标类项目 300.00" over two
    # (200 + 100), 合计 450.00; towns over their transfers (城关镇 200.00 = 120 + 80, …, 合计 620.00).
    # Before: every row a project, and the rows not flagged as totals summed to twice the 合计.
    for name, table_key, heads in (
        ("probes_s37/r7/project_group_subtotals_numbered.txt", "project_expenditure", 2),
        ("probes_s37/r7/transfer_region_subtotals.txt", "transfer", 3),
    ):
        result = _parse(name)
        cells = [a for a in result.amounts if a.table_key == table_key and a.column_key == "total"]
        whole = next(a.amount_yuan for a in cells if a.row_label == "合计")
        assert sum(a.amount_yuan for a in cells if not a.is_total_row) == whole, name
        assert sum(1 for a in cells if a.is_total_row and a.row_label != "合计") == heads, name
        # still loaded as printed (a 一级项目 is a row of the report's)
        assert len(cells) == {"project_expenditure": 7, "transfer": 9}[table_key], name
