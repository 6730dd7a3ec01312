"""Session 48: a 三公 table read as plain text whose vehicle group's name (公务用车购置及运行费) stands alone
on a header line away from its columns (tests/golden/hand_written/probes_s48/README.md; the figures below are
read off the texts). The words' order is not the columns' there, and the sums failing under it say so: the
row is said and not loaded, never loaded in the words' order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from . import test_probes_s47 as s47
from .conftest import PROJECT_ROOT

PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s48"

# (s47's 三公 probes' row, the same here: 30.00 | 2.00 | 24.00 | 10.00 | 14.00 | 4.00 万元)
SANGONG = s47.SANGONG


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


P07 = {
    ("合计", "basic", "budget"): "2050000.00",
    ("合计", "project", "budget"): "550000.00",
    ("210", "basic", "budget"): "2050000.00",
    ("210", "project", "budget"): "550000.00",
    ("21004", "basic", "budget"): "2050000.00",
    ("21004", "project", "budget"): "550000.00",
    ("2100402", "basic", "budget"): "1350000.00",
    ("2100403", "basic", "budget"): "700000.00",
    ("2100403", "project", "budget"): "550000.00",
    ("合计", "basic", "actual"): "2100000.00",
    ("合计", "project", "actual"): "600000.00",
    ("210", "basic", "actual"): "2100000.00",
    ("210", "project", "actual"): "600000.00",
    ("21004", "basic", "actual"): "2100000.00",
    ("21004", "project", "actual"): "600000.00",
    ("2100402", "basic", "actual"): "1400000.00",
    ("2100403", "basic", "actual"): "700000.00",
    ("2100403", "project", "actual"): "600000.00",
}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_part_names_wrapped_in_their_columns_under_phase_labels(rendition):
    """基本 / 支出 and 项目 / 支出 under 年初预算数 | 决算数: the label columns' word 项目 over 支出 is the
    project column's name, so each phase's label stands over its pair of parts (in `-layout` text reaching
    into the 项目 piece's character cells by less than a character)."""
    name = "p07_final_phases_wrapped_leaves" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded} == {
        key: Decimal(value) for key, value in P07.items()
    }
    assert len(loaded) == len(P07)


def test_a_lone_initial_budget_label_over_wrapped_parts_is_their_phase():
    """A final account's table printed by columns, its first page under 年初预算数 alone (over 基本 / 支出 |
    项目 / 支出): every figure is the 年初 budget's, none the actual's."""
    name = "b06c_final_2col_parts_only_nianchu_label.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded} == {
        key: Decimal(value) for key, value in P07.items() if key[2] == "budget"
    }


def test_a_share_worded_wei_between_the_blocks_is_no_money():
    """年初预算数 | 决算数为年初预算数的% | 决算数: the share (2.44, 3.70 …) is never loaded as money."""
    name = "c1_final_share_worded_wei_between_blocks.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded} == {
        key: Decimal(value) for key, value in P07.items()
    }


def test_a_real_continuation_page_wraps_the_project_column_name():
    """Tengzhou's 2025 一般公共预算支出表 continues on a page whose header wraps 项目 / 支出 (and 人员 / 经费,
    公用 / 经费) in narrow columns: its rows print 合计 and 项目支出 (万元, read off the `-layout` text,
    lines 208-214). Before, the 项目支出 figures were said unplaced."""
    name = "b1_shandong_tengzhou_nyncj_2025_budget.layout.txt"
    path = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "rules_s35d" / name
    result = parse_document(path.read_bytes(), name)
    project = {
        a.subject_code: a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
        and a.column_key == "project"
        and 208 <= a.source_line <= 214
    }
    assert project == {
        "2130106": Decimal("1860000.00"),
        "2130108": Decimal("965000.00"),
        "2130122": Decimal("18600000.00"),
        "2130135": Decimal("3286000.00"),
        "2130153": Decimal("24600000.00"),
        "21307": Decimal("4128000.00"),
        "2130705": Decimal("4128000.00"),
    }


A5C_ROWS = {  # 年初预算数 | 基本支出 预算数 | 基本支出 决算数 | 项目支出 预算数 | 项目支出 决算数
    "合计": ("2600000.00", "2050000.00", "2100000.00", "550000.00", "600000.00"),
    "210": ("2600000.00", "2050000.00", "2100000.00", "550000.00", "600000.00"),
    "21004": ("2600000.00", "2050000.00", "2100000.00", "550000.00", "600000.00"),
    "2100402": ("1350000.00", "1350000.00", "1400000.00", "", ""),
    "2100403": ("1250000.00", "700000.00", "700000.00", "550000.00", "600000.00"),
}
A5C_COLUMNS = (
    ("total", "budget"),
    ("basic", "budget"),
    ("basic", "actual"),
    ("project", "budget"),
    ("project", "actual"),
)


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_part_named_in_the_gap_over_two_phases_groups_them(rendition):
    """No actual total is printed: the project's 决算数 is never the row's actual total."""
    name = "a5c_final_nianchu_single_col_budget_word_leaves" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    expected = {
        (row, key, phase): Decimal(raw)
        for row, figures in A5C_ROWS.items()
        for (key, phase), raw in zip(A5C_COLUMNS, figures, strict=True)
        if raw
    }
    assert {
        ((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded
    } == expected
    assert len(loaded) == len(expected)


OWN_BLOCK = {  # a08 / a12: 本年预算数 合计 | 基本支出 | 项目支出
    "合计": ("2700000.00", "2100000.00", "600000.00"),
    "210": ("2700000.00", "2100000.00", "600000.00"),
    "21004": ("2700000.00", "2100000.00", "600000.00"),
    "2100402": ("1400000.00", "1400000.00", ""),
    "2100403": ("1300000.00", "700000.00", "600000.00"),
}


def _own_block(keys: tuple[str | None, ...]) -> dict:
    return {
        (row, key): Decimal(raw)
        for row, figures in OWN_BLOCK.items()
        for key, raw in zip(keys, figures, strict=True)
        if raw and key
    }


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("a08_budget_3col_blocks_change_block_jiao.pdf", ("total", "basic", "project")),
        ("a12_budget_parts_only_change_jiao.pdf", (None, "basic", "project")),
    ],
)
def test_a_change_named_from_the_own_year_to_the_year_before_is_not_cut(name, keys):
    """本年预算数较上年预算数增减 is one change's name: never cut at its 上年 into a second own column."""
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {((a.subject_code or a.row_label), a.column_key): a.amount_yuan for a in loaded} == _own_block(
        keys
    )
    assert len(loaded) == len(_own_block(keys))
    assert {a.phase for a in loaded} == {"budget"}


def test_a_change_named_after_the_own_year_in_character_cells():
    name = "a04_budget_own_prior_change_jiao.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {(a.subject_code or a.row_label): a.amount_yuan for a in loaded} == OWN_2024
    assert {(a.column_key, a.phase) for a in loaded} == {("total", "budget")}


def test_a_fund_column_beside_a_total_of_its_own_stays_the_funds():
    name = "c08_final_general_total_then_fund_actual.pdf"
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    figures = {"合计": "2700000.00", "210": "2700000.00", "21004": "2700000.00", "2100402": "1400000.00"}
    figures["2100403"] = "1300000.00"
    assert {((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded} == {
        (row, key, "actual"): Decimal(raw)
        for row, raw in figures.items()
        for key in ("total", "general_public")
    }


def test_a_vehicle_group_alone_beside_meeting_and_training_is_said_not_loaded():
    name = "x1_sangong_group_alone_wrapped_between_meeting_training.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key.startswith("sangong")]
    assert [d for d in result.diagnostics if d.check_name == "sangong_columns_misread"]


def test_a_total_adding_meeting_and_training_in_is_the_tables_not_the_sangong_total():
    name = "x1d_sangong_meeting_training_no_subtotal.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    sangong = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key.startswith("sangong")}
    assert sangong == {
        "table_total": Decimal("360000.00"),
        "outbound": Decimal("20000.00"),
        "reception": Decimal("40000.00"),
        "vehicle": Decimal("240000.00"),
        "vehicle_purchase": Decimal("100000.00"),
        "vehicle_operation": Decimal("140000.00"),
        "meeting": Decimal("50000.00"),
        "training": Decimal("10000.00"),
    }


def test_a_misprinted_block_beside_one_that_adds_up_is_said():
    name = "p11_final_phase_blocks_3col_actual_misprint.pdf"
    result = parse_document((PROBES / name).read_bytes(), name)
    assert [d for d in result.diagnostics if d.check_name == "columns_misread"]
    parts = [
        a for a in result.amounts if a.table_key == "general_budget_by_function" and a.column_key != "total"
    ]
    assert not parts


def test_a_sangong_heji_adding_tiny_meeting_and_training_in_is_the_tables_total():
    name = "g07_sangong_heji_with_tiny_meeting_training.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    heji = [a for a in result.amounts if a.table_key.startswith("sangong") and "total" in a.column_key]
    assert [(a.column_key, a.amount_yuan) for a in heji] == [("table_total", Decimal("300300.00"))]


def test_a_misprinted_sangong_heji_nearer_the_sangong_sum_stays_the_sangong_total():
    """31.00 where 出国 + 车 + 接待 = 30.00 and all five 36.00: the 三公 total, misprinted, for the warehouse
    to report (keyed the table's total, no sum would check it)."""
    name = "g04_sangong_heji_misprinted_nearer_sangong.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    heji = [a for a in result.amounts if a.table_key.startswith("sangong") and "total" in a.column_key]
    assert [(a.column_key, a.amount_yuan) for a in heji] == [("total", Decimal("310000.00"))]


def test_sangong_groups_read_before_their_items_in_plain_text_are_said():
    name = "g11_sangong_groups_above_runs_read_plain.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key.startswith("sangong")]
    said = [d for d in result.diagnostics if d.check_name == "sangong_columns_misread"]
    assert len(said) == 1 and "36.00 30.00 2.00" in said[0].message


def test_a_real_jiangsu_sangong_row_with_meeting_and_training():
    """Jiangsu 省统计局 2016 (rules_s38c/j1, `-layout`, line 500, 万元): 合计 250.00 | “三公”经费 小计
    106.00 | 因公出国（境）费 45.00 | 公务用车购置及运行维护费 小计 38.60 | 购置 (blank) | 运行维护费 38.60 |
    公务接待费 22.40 | 会议费 56.00 | 培训费 88.00. The 合计 adds 会议费 and 培训费 in: the table's
    total; the 小计 under “三公”经费 (set far above the run) is the 三公 total, 45.00 + 38.60 + 22.40."""
    name = "j1_jiangsu_tjj_2016_dept_budget.layout.txt"
    path = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "rules_s38c" / name
    result = parse_document(path.read_bytes(), name)
    sangong = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key.startswith("sangong")}
    assert sangong == {
        "table_total": Decimal("2500000.00"),
        "total": Decimal("1060000.00"),
        "outbound": Decimal("450000.00"),
        "vehicle": Decimal("386000.00"),
        "vehicle_operation": Decimal("386000.00"),
        "reception": Decimal("224000.00"),
        "meeting": Decimal("560000.00"),
        "training": Decimal("880000.00"),
    }


def test_a_sangong_total_beside_meeting_and_training_in_plain_text_loads():
    name = "g02_sangong_heji_is_the_sangong_total_beside_meeting.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    sangong = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key.startswith("sangong")}
    assert sangong == {**SANGONG, "meeting": Decimal("50000.00"), "training": Decimal("10000.00")}
