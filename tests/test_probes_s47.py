"""Session 47: a phase's or a year's label standing in the gap between its block's two part columns
(tests/golden/hand_written/probes_s47/README.md draws every probe; the figures below are read off their
`-layout` texts). Without rules pdftotext sets a narrow label ("决算数", "预算数", "2024年预算") in the gap
between 基本支出 and 项目支出 (or 人员经费 and 公用经费) when the names below are wide: it meets neither, and
was read as a column of its own, a "total" between the parts, so rows printing one figure got a total that
is another phase's part, and rows printing all were said ambiguous."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s47"


def _figures(rows: dict[str, tuple[str, ...]], columns: tuple[str, ...], phase: str) -> dict:
    """{(row, column, phase): yuan} of figures as printed, a blank for a cell left empty."""
    return {
        (row, column, phase): Decimal(raw.replace(",", ""))
        for row, figures in rows.items()
        for column, raw in zip(columns, figures, strict=True)
        if raw
    }


PARTS = ("basic", "project")
FINAL_BUDGET = {  # f02 / k02 年初预算数 (预算数)
    "合计": ("2,050,000.00", "550,000.00"),
    "210": ("2,050,000.00", "550,000.00"),
    "21004": ("2,050,000.00", "550,000.00"),
    "2100403": ("700,000.00", "550,000.00"),
}
FINAL_ACTUAL = {  # f02 / k02 / k04 决算数
    "合计": ("2,100,000.00", "600,000.00"),
    "210": ("2,100,000.00", "600,000.00"),
    "21004": ("2,100,000.00", "600,000.00"),
    "2100402": ("1,400,000.00", ""),
    "2100403": ("700,000.00", "600,000.00"),
}
FINAL = _figures(FINAL_BUDGET, PARTS, "budget") | _figures(FINAL_ACTUAL, PARTS, "actual")
ECON = _figures(
    {
        "合计": ("1,720,000.00", "280,000.00"),
        "301": ("1,720,000.00", ""),
        "30101": ("1,720,000.00", ""),
        "302": ("", "280,000.00"),
    },
    ("personnel", "public_funds"),
    "budget",
) | _figures(
    {
        "合计": ("1,800,000.00", "300,000.00"),
        "301": ("1,800,000.00", ""),
        "30101": ("1,800,000.00", ""),
        "302": ("", "300,000.00"),
        "30201": ("", "300,000.00"),
    },
    ("personnel", "public_funds"),
    "actual",
)
BUDGET_2024 = _figures(
    {
        "合计": ("2,100,000.00", "600,000.00"),
        "210": ("2,100,000.00", "600,000.00"),
        "21004": ("2,100,000.00", "600,000.00"),
        "2100403": ("700,000.00", "600,000.00"),
    },
    PARTS,
    "budget",
)
ADJUSTED_BUDGET = FINAL | _figures({"2100402": ("1,350,000.00", "")}, PARTS, "budget")


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
@pytest.mark.parametrize(
    ("name", "table_key", "expected"),
    [
        ("f02_final_phases_2col_new_subject", "general_budget_by_function", FINAL),
        ("k01_final_econ_phases_new_item", "general_budget_basic_by_economic", ECON),
        ("k02_final_phases_wide_columns", "general_budget_by_function", FINAL),
        ("k03_budget_year_blocks_wide_columns", "general_budget_by_function", BUDGET_2024),
        ("k04_final_adjusted_between_blocks", "general_budget_by_function", ADJUSTED_BUDGET),
    ],
)
def test_a_phase_label_in_the_gap_between_its_parts_groups_them(name, table_key, expected, rendition):
    result = parse_document((PROBES / (name + rendition)).read_bytes(), name + rendition)
    table = [a for a in result.amounts if a.table_key == table_key]
    got = {(a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan for a in table}
    assert got == expected
    assert len(table) == len(expected)  # (no figure twice, none under a "total" of the gap's label)
    said = {d.check_name for d in result.diagnostics if d.table_key == table_key}
    assert not said & {"columns_shifted", "ambiguous_columns", "unplaced_amount"}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_year_block_in_the_gap_is_the_other_years_and_said(rendition):
    name = "k03_budget_year_blocks_wide_columns"
    result = parse_document((PROBES / (name + rendition)).read_bytes(), name + rendition)
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "2023年预算基本支出" in said[0] and "2023年预算项目支出" in said[0]
    # each own figure is named by its block's label
    labels = {a.column_label for a in result.amounts if a.table_key == "general_budget_by_function"}
    assert labels == {"2024年预算基本支出", "2024年预算项目支出"}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_column_of_its_own_between_two_blocks_stays_a_column(rendition):
    """调整预算数's label stands in the gap between the 年初 block's 项目支出 and the 决算 block's 基本支出,
    over a column of its own: no group of those two, its figures the adjusted budget's (not loaded, said)."""
    name = "k04_final_adjusted_between_blocks"
    result = parse_document((PROBES / (name + rendition)).read_bytes(), name + rendition)
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "调整预算数" in said[0]
    loaded = {a.amount_yuan for a in result.amounts if a.table_key == "general_budget_by_function"}
    assert not loaded & {Decimal("2650000.00"), Decimal("1380000.00"), Decimal("1270000.00")}


OWN_TOTALS = {
    "合计": "27000.00",
    "210": "27000.00",
    "21004": "27000.00",
    "2100402": "14000.00",
    "2100403": "13000.00",
}


@pytest.mark.parametrize(
    ("name", "phase"),
    [
        ("g03_budget_prior_share_own_share_glued.pdf", "budget"),
        ("g04_budget_own_change_ratio_prior_glued.pdf", "budget"),
        ("g05_budget_prior_change_ratio_own_glued.pdf", "budget"),
        ("g09_final_prior_share_own_glued.pdf", "actual"),
        ("g09_final_prior_share_own_glued.layout.txt", "actual"),
        ("g10_budget_year_change_then_prior_glued.pdf", "budget"),
        ("g10_budget_year_change_then_prior_glued.layout.txt", "budget"),
    ],
)
def test_column_names_run_together_are_each_read(name, phase):
    """Names glued on one line are cut at each name ("2023年预算数" | "2023年占比" | "2024年预算数" | …, also
    after a share's or a ratio's 比), so the own year's column is found and the year before's is compared
    with: the report's own figures are loaded, never the year before's."""
    result = parse_document((PROBES / name).read_bytes(), name)
    table = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {(a.subject_code or a.row_label): str(a.amount_yuan) for a in table} == OWN_TOTALS
    assert {(a.column_key, a.phase) for a in table} == {("total", phase)}
    assert all(a.column_label.startswith("2024年") for a in table)


@pytest.mark.parametrize(
    "name",
    [
        "g03_budget_prior_share_own_share_glued.layout.txt",
        "g04_budget_own_change_ratio_prior_glued.layout.txt",
        "g05_budget_prior_change_ratio_own_glued.layout.txt",
    ],
)
def test_column_names_run_together_in_layout_text_load_no_other_years_figure(name):
    """The -layout text of the same tables: its header's positions are character cells, too coarse to set
    each glued name over its figures; nothing is placed, and it is said (never the year before's)."""
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = {a.amount_yuan for a in result.amounts if a.table_key == "general_budget_by_function"}
    assert not loaded & {Decimal("25000.00"), Decimal("12000.00")}
    assert any(d.check_name == "columns_unknown" for d in result.diagnostics)


BUDGET_2024_WITH_2100402 = BUDGET_2024 | _figures({"2100402": ("1,400,000.00", "")}, PARTS, "budget")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("p03_final_full_year_column_between.pdf", ADJUSTED_BUDGET),
        ("p03d_final_full_year_between_ruled.pdf", ADJUSTED_BUDGET),
        ("p03e_final_full_year_between_narrow.pdf", ADJUSTED_BUDGET),
        ("p03e_final_full_year_between_narrow.layout.txt", ADJUSTED_BUDGET),
        ("p03f_final_budget_col_between.pdf", ADJUSTED_BUDGET),
        ("p03f_final_budget_col_between.layout.txt", ADJUSTED_BUDGET),
        ("p11_final_phases_three_header_lines.pdf", ADJUSTED_BUDGET),
        ("p11_final_phases_three_header_lines.layout.txt", ADJUSTED_BUDGET),
        ("p11d_budget_years_top_label_per_block.pdf", BUDGET_2024_WITH_2100402),
        ("p11d_budget_years_top_label_per_block.layout.txt", BUDGET_2024_WITH_2100402),
    ],
)
def test_another_budget_or_a_fund_label_beside_the_phase_blocks(name, expected):
    """A full-year budget's column beside the 年初预算数 block (全年预算数, or 预算数 on the 年初 label's
    line) is another budget, not the 年初 one: not loaded, said, and the blocks' parts are. A fund's label
    set over each phase's label ("一般公共预算" / "年初预算数") is no column between the parts either."""
    result = parse_document((PROBES / name).read_bytes(), name)
    table = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {(a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan for a in table} == expected
    assert len(table) == len(expected)
    full_year = {Decimal("2650000.00"), Decimal("1380000.00"), Decimal("1270000.00")}
    assert not {a.amount_yuan for a in table} & full_year
    said = {d.check_name for d in result.diagnostics if d.table_key == "general_budget_by_function"}
    assert "columns_misread" not in said


def test_a_full_year_budget_column_in_layout_text_loads_no_wrong_figure():
    """p03's -layout text sets the full-year column's figures where the blocks' parts' names reach (before
    this session's fix, 2100402's 1,380,000.00 was its 年初 budget total). Every row was said ambiguous
    until session 48, whose gap rule lets a phase's label reach into a part's character cells by less than a
    character: the 年初 and 决算 blocks load, the 全年 column (2,650,000.00 …) never."""
    name = "p03_final_full_year_column_between.layout.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    budget = FINAL_BUDGET | {"2100402": ("1,350,000.00", "")}
    assert {((a.subject_code or a.row_label), a.column_key, a.phase): a.amount_yuan for a in loaded} == (
        _figures(budget, PARTS, "budget") | _figures(FINAL_ACTUAL, PARTS, "actual")
    )


SANGONG = {
    "total": Decimal("300000.00"),
    "outbound": Decimal("20000.00"),
    "vehicle": Decimal("240000.00"),
    "vehicle_purchase": Decimal("100000.00"),
    "vehicle_operation": Decimal("140000.00"),
    "reception": Decimal("40000.00"),
}


@pytest.mark.parametrize(
    "name", ["t01_sangong_group_alone_over_items.txt", "s02_sangong_group_alone_over_glued_items.txt"]
)
def test_a_vehicle_group_alone_over_its_subtotal_run_stands_at_the_run(name):
    result = parse_document((PROBES / name).read_bytes(), name)
    sangong = [a for a in result.amounts if a.table_key.startswith("sangong")]
    assert {a.column_key: a.amount_yuan for a in sangong} == SANGONG
    assert len(sangong) == len(SANGONG)
    assert {a.phase for a in sangong} == {"budget"}


def _by_row_and_phase(result, table_key: str) -> dict:
    return {
        (a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }


SINGLE_COLUMNS = {
    (row, "total", phase): Decimal(value)
    for phase, values in (
        ("budget", ("2600000.00", "2600000.00", "2600000.00", "1350000.00", "1250000.00")),
        ("actual", ("2700000.00", "2700000.00", "2700000.00", "1400000.00", "1300000.00")),
    )
    for row, value in zip(("合计", "210", "21004", "2100402", "2100403"), values, strict=True)
}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_full_year_budget_column_beside_the_initial_one_is_said(rendition):
    name = "a2_final_three_single_columns" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    assert _by_row_and_phase(result, "general_budget_by_function") == SINGLE_COLUMNS
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "全年预算数" in said[0]


def test_a_project_tables_full_year_budget_beside_the_initial_one_is_said():
    name = "a3_project_final_nianchu_quannian_zhixing_rate.pdf"
    result = parse_document((PROBES / name).read_bytes(), name)
    rows = ("合计", "卫生监督执法项目", "妇幼保健服务项目", "公共卫生应急项目")
    expected = {
        (row, "total", phase): Decimal(value)
        for phase, values in (
            ("budget", ("600000.00", "300000.00", "200000.00", "100000.00")),
            ("actual", ("620000.00", "310000.00", "210000.00", "100000.00")),
        )
        for row, value in zip(rows, values, strict=True)
    }
    assert _by_row_and_phase(result, "project_expenditure") == expected


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_budget_reports_budget_beside_last_years_initial_one_is_no_other_budget(rendition):
    """预算数 beside 2023年年初预算数 in a 2024 budget is the report's own: never 'another budget', and the
    year before's 年初 figures are never loaded as 2024's."""
    name = "a4b_budget_prior_nianchu_then_bare_budget" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    loaded = {a.amount_yuan for a in result.amounts if a.table_key == "general_budget_by_function"}
    assert not loaded & {Decimal("2500000.00"), Decimal("1300000.00"), Decimal("1200000.00")}


def test_a_vehicle_group_alone_over_a_run_of_one_part():
    name = "s11_sangong_group_alone_over_one_part.txt"
    result = parse_document((PROBES / name).read_bytes(), name)
    sangong = {a.column_key: a.amount_yuan for a in result.amounts if a.table_key.startswith("sangong")}
    assert sangong == {
        "total": Decimal("300000.00"),
        "outbound": Decimal("20000.00"),
        "vehicle": Decimal("140000.00"),
        "vehicle_operation": Decimal("140000.00"),
        "reception": Decimal("40000.00"),
    }


THREE_BLOCKS_3COL = _figures(
    {
        "合计": ("2,600,000.00", "2,050,000.00", "550,000.00"),
        "210": ("2,600,000.00", "2,050,000.00", "550,000.00"),
        "21004": ("2,600,000.00", "2,050,000.00", "550,000.00"),
        "2100402": ("1,350,000.00", "1,350,000.00", ""),
        "2100403": ("1,250,000.00", "700,000.00", "550,000.00"),
    },
    ("total", *PARTS),
    "budget",
) | _figures(
    {
        "合计": ("2,700,000.00", "2,100,000.00", "600,000.00"),
        "210": ("2,700,000.00", "2,100,000.00", "600,000.00"),
        "21004": ("2,700,000.00", "2,100,000.00", "600,000.00"),
        "2100402": ("1,400,000.00", "1,400,000.00", ""),
        "2100403": ("1,300,000.00", "700,000.00", "600,000.00"),
    },
    ("total", *PARTS),
    "actual",
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a1_final_nianchu_quannian_juesuan_3col_blocks.pdf", THREE_BLOCKS_3COL),
        ("a1_final_nianchu_quannian_juesuan_3col_blocks.layout.txt", THREE_BLOCKS_3COL),
        ("p02_final_three_phase_blocks_2col.pdf", ADJUSTED_BUDGET),
        ("p02_final_three_phase_blocks_2col.layout.txt", ADJUSTED_BUDGET),
        ("b6_final_fiscal_over_quannian_pair.pdf", ADJUSTED_BUDGET),
    ],
)
def test_a_middle_block_of_another_budget_is_said_and_the_others_load(name, expected):
    """年初预算数 | 全年预算数 (or 调整预算数) | 决算数, each over its parts: the middle block is another
    budget, not loaded and said; the 年初 and 决算 blocks load."""
    result = parse_document((PROBES / name).read_bytes(), name)
    assert _by_row_and_phase(result, "general_budget_by_function") == expected
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and ("全年预算数" in said[0] or "调整预算数" in said[0])


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_column_of_figures_between_the_parts_keeps_its_name_in_the_gap(rendition):
    name = "v1_sj_high_between_parts" + rendition
    result = parse_document((PROBES / name).read_bytes(), name)
    expected = _figures(
        {
            "合计": ("2,100,000.00", "600,000.00"),
            "210": ("2,100,000.00", "600,000.00"),
            "21004": ("2,100,000.00", "600,000.00"),
            "2100402": ("1,400,000.00", ""),
            "2100403": ("700,000.00", "600,000.00"),
        },
        PARTS,
        "actual",
    )
    assert _by_row_and_phase(result, "general_budget_by_function") == expected
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "上年决算数" in said[0]


def _two_phases(budget: dict, actual: dict) -> dict:
    return _figures(budget, PARTS, "budget") | _figures(actual, PARTS, "actual")


CENTRED = _two_phases(
    {
        "合计": ("2,050,000.00", "550,000.00"),
        "210": ("2,050,000.00", "550,000.00"),
        "21004": ("2,050,000.00", "550,000.00"),
        "2100402": ("1,350,000.00", ""),
        "2100403": ("700.00", "550,000.00"),
    },
    {
        "合计": ("2,100,000.00", "600,000.00"),
        "210": ("2,100,000.00", "600,000.00"),
        "21004": ("2,100,000.00", "600,000.00"),
        "2100402": ("1,400,000.00", ""),
        "2100403": ("700.00", "600,000.00"),
    },
)
LEFT_ALIGNED = _two_phases(
    {
        "合计": ("1,350,000.25", "550.00"),
        "210": ("1,350,000.25", "550.00"),
        "21004": ("1,350,000.25", "550.00"),
        "2100402": ("1,350,000.00", ""),
        "2100403": ("0.25", "550.00"),
    },
    {
        "合计": ("1,400,000.50", "600.00"),
        "210": ("1,400,000.50", "600.00"),
        "21004": ("1,400,000.50", "600.00"),
        "2100402": ("1,400,000.00", ""),
        "2100403": ("0.50", "600.00"),
    },
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("s_w6_centre_figures.pdf", CENTRED),
        ("s_w6_centre_figures.layout.txt", CENTRED),
        ("m_proj_left_aligned.pdf", LEFT_ALIGNED),
    ],
)
def test_figures_centred_or_left_aligned_keep_their_columns(name, expected):
    result = parse_document((PROBES / name).read_bytes(), name)
    assert _by_row_and_phase(result, "general_budget_by_function") == expected


@pytest.mark.parametrize(
    "name",
    [
        "a4_budget_own_then_prior_nianchu.pdf",
        "a4_budget_own_then_prior_nianchu.layout.txt",
        "a4g_budget_prior_nianchu_then_own_year.pdf",
    ],
)
def test_the_year_befores_initial_budget_named_by_its_year_is_compared_with(name):
    result = parse_document((PROBES / name).read_bytes(), name)
    expected = {
        (row, "total", "budget"): Decimal(value)
        for row, value in zip(
            ("合计", "210", "21004", "2100402", "2100403"),
            ("2700000.00", "2700000.00", "2700000.00", "1400000.00", "1300000.00"),
            strict=True,
        )
    }
    assert _by_row_and_phase(result, "general_budget_by_function") == expected
    said = [d.message for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "2023年年初预算数" in said[0]
