"""Session 48: a 三公 table read as plain text whose vehicle group's name (公务用车购置及运行费) stands alone
on a header line away from its columns (tests/golden/hand_written/probes_s48/README.md; the figures below are
read off the texts). The words' order is not the columns' there, and the sums failing under it say so: the
row is said and not loaded, never loaded in the words' order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s48"

SANGONG = {  # 30.00 | 2.00 | 24.00 | 10.00 | 14.00 | 4.00 万元
    "total": Decimal("300000.00"),
    "outbound": Decimal("20000.00"),
    "vehicle": Decimal("240000.00"),
    "vehicle_purchase": Decimal("100000.00"),
    "vehicle_operation": Decimal("140000.00"),
    "reception": Decimal("40000.00"),
}


@pytest.mark.parametrize(
    "name",
    ["s07_sangong_group_alone_wrapped_item_between.txt", "s12_sangong_group_alone_under_its_run.txt"],
)
def test_a_vehicle_group_alone_away_from_its_columns_is_said_not_loaded(name):
    result = parse_document((PROBES / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key.startswith("sangong")]
    said = [d for d in result.diagnostics if d.check_name == "sangong_columns_misread"]
    assert len(said) == 1
    assert said[0].severity == "warn"
    assert "30.00 2.00 24.00 10.00 14.00 4.00" in said[0].message


def test_the_same_table_read_by_positions_places_every_figure():
    name = "s07l_sangong_group_alone_wrapped_item_between_layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    sangong = [a for a in result.amounts if a.table_key.startswith("sangong")]
    assert {a.column_key: a.amount_yuan for a in sangong} == SANGONG
    assert len(sangong) == len(SANGONG)
    assert {a.phase for a in sangong} == {"budget"}
    assert not [d for d in result.diagnostics if d.table_key and d.table_key.startswith("sangong")]


B8 = {
    ("合计", "budget"): "2600000.00",
    ("210", "budget"): "2600000.00",
    ("21004", "budget"): "2600000.00",
    ("2100402", "budget"): "1350000.00",
    ("2100403", "budget"): "1250000.00",
    ("合计", "actual"): "2700000.00",
    ("210", "actual"): "2700000.00",
    ("21004", "actual"): "2700000.00",
    ("2100402", "actual"): "1400000.00",
    ("2100403", "actual"): "1300000.00",
}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_fund_named_over_the_phases_of_its_own_table_is_the_total(rendition):
    name = "b8_final_fund_over_phase_single_cols" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {((a.subject_code or a.row_label), a.phase): a.amount_yuan for a in loaded} == {
        key: Decimal(value) for key, value in B8.items()
    }
    assert len(loaded) == len(B8)
    assert {a.column_key for a in loaded} == {"total"}


OWN_2024 = {  # q02 / q09: 本年预算数 (本年决算数), the report's own; 上年 25,000.00 / 13,000.00 / 12,000.00
    "合计": Decimal("27000.00"),
    "210": Decimal("27000.00"),
    "21004": Decimal("27000.00"),
    "2100402": Decimal("14000.00"),
    "2100403": Decimal("13000.00"),
}


@pytest.mark.parametrize(
    ("name", "phase"),
    [
        ("q02_budget_shang_ben_ratio.pdf", "budget"),
        ("q02_budget_shang_ben_ratio.plain.txt", "budget"),
        ("q09_final_shang_ben_ratio.pdf", "actual"),
        ("q09_final_shang_ben_ratio.plain.txt", "actual"),
        ("q02s_budget_shang_ben_rate_spaced.plain.txt", "budget"),
        ("q02y_budget_years_pct_spaced.plain.txt", "budget"),
    ],
)
def test_the_own_year_beside_the_year_before_is_loaded_never_the_year_before(name, phase):
    """上年预算数本年预算数 run together is cut at 本年; in plain text the 合计 printed among the header words
    (the first row's label) does not put the own column before the year before's."""
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {(a.subject_code or a.row_label): a.amount_yuan for a in loaded} == OWN_2024
    assert len(loaded) == len(OWN_2024)
    assert {(a.column_key, a.phase) for a in loaded} == {("total", phase)}


def test_glued_names_in_character_cells_stay_said():
    name = "q02_budget_shang_ben_ratio.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert [d for d in result.diagnostics if d.table_key == "general_budget_by_function"]
