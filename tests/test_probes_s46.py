"""Session 46's rules, on session 44's review probes (tests/golden/hand_written/probes_s44/review; every
probe's table is 合计 / 210 / 21004 / 2100402 / 2100403 over 合计 (or 小计) | 基本支出 | 项目支出, the
report's own block as drawn by v1/gen.py's OWN, read again here from the -layout texts: 合计 2,700,000.00 |
2,100,000.00 | 600,000.00, 2100402 1,400,000.00 | 1,400,000.00 | –, 2100403 1,300,000.00 | 700,000.00 |
600,000.00; the other year's block 2,500,000.00 | 2,000,000.00 | 500,000.00 …).

- A group label wrapped over two lines of the header, each piece set over the block's middle column only
  ("上年" / "决算数" beside an own "决算数"; "2023年" / "预算数" beside "2024年" / "预算数"): read whole over
  its block, so the other year's block is a comparison and the own block is read. Before, the two blocks'
  columns collided and all 14 own figures were said ambiguous.
- Plain text setting a page's header cells after its rows ("合计" / "小计" / "上年决算数" / "基本支出" /
  "科目编码" / "项目支出", then a figure): those lines are the header, not a 小计 row; before, the other
  year's 项目支出 figure of 合计 (500,000.00) was loaded as the table's "小计" total.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT
from .test_probes_s45 import OWN_BLOCK

REVIEW = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s44" / "review"
COLUMNS = ("total", "basic", "project")


def _figures(rows: dict[str, tuple[str, ...]], columns: tuple[str, ...] = COLUMNS) -> dict:
    """{(row, column): yuan} of figures as printed, a blank for a cell left empty."""
    return {
        (row, column): Decimal(raw.replace(",", ""))
        for row, figures in rows.items()
        for column, raw in zip(columns, figures, strict=True)
        if raw
    }


EXPECTED = _figures(OWN_BLOCK)


@pytest.mark.parametrize(
    ("name", "table_key", "phase"),
    [
        ("v1/p07_final_wrapped_prior_group.pdf", "general_budget_by_function", "actual"),
        ("v1/p07_final_wrapped_prior_group.layout.txt", "general_budget_by_function", "actual"),
        ("v2/c14_exp_wrapped_group_year.pdf", "expenditure_by_function", "budget"),
        ("v2/c14_exp_wrapped_group_year.layout.txt", "expenditure_by_function", "budget"),
    ],
)
def test_a_group_label_wrapped_over_two_lines_spans_its_block(name, table_key, phase):
    result = parse_document((REVIEW / name).read_bytes(), name.split("/")[-1])
    table = [a for a in result.amounts if a.table_key == table_key]
    assert {(a.subject_code or a.row_label, a.column_key): a.amount_yuan for a in table} == EXPECTED
    assert len(table) == len(EXPECTED)
    assert {a.phase for a in table} == {phase}
    said = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    # the other year's block is named whole in the note, its label joined from both lines
    assert len(said) == 1 and ("上年决算数" in said[0].message or "2023年预算数" in said[0].message)
    assert not [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]


@pytest.mark.parametrize(
    "name", ["v1/p20_final_prior_block_next_page.plain.txt", "v1/p21_budget_prior_block_next_page.plain.txt"]
)
def test_header_cells_printed_after_a_pages_rows_are_no_subtotal_row(name):
    """The table's second page holds the year before's block (上年决算数 / 上年预算数), its header cells set
    by pdftotext after the page's rows. Nothing of it is loaded as the report's own: every figure loaded is
    one of the own block's, and the other block's figures are said (duplicate cells, unplaced figures)."""
    result = parse_document((REVIEW / name).read_bytes(), name.split("/")[-1])
    table = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert table, "the own block is read"
    for a in table:
        assert EXPECTED.get((a.subject_code or a.row_label, a.column_key)) == a.amount_yuan, a
    assert not [a for a in table if a.row_label == "小计"]
    said = " ".join(d.observed or "" for d in result.diagnostics)
    assert "2,500,000.00" in said and "500,000.00" in said


# 年初预算数 (the budget) beside the own 决算数 in v1's p24, typed from its -layout text.
BUDGET_BLOCK = {
    "合计": ("2,600,000.00", "2,050,000.00", "550,000.00"),
    "210": ("2,600,000.00", "2,050,000.00", "550,000.00"),
    "21004": ("2,600,000.00", "2,050,000.00", "550,000.00"),
    "2100402": ("1,350,000.00", "1,350,000.00", ""),
    "2100403": ("1,250,000.00", "700,000.00", "550,000.00"),
}


@pytest.mark.parametrize(
    ("name", "table_key", "other_label"),
    [
        # groups 2024年预算数 | 2024年比2023年增减 over 合计 | 基本支出 | 项目支出 (a 2024 budget): the change
        # between two years named by number is a change, not the report's own figures
        ("v2/c12_exp_group_year_compare.pdf", "expenditure_by_function", "2024年比2023年增减"),
        ("v2/c12_exp_group_year_compare.layout.txt", "expenditure_by_function", "2024年比2023年增减"),
        # the long form, "2024年预算数比2023年增减", read whole (it was cut in two as glued names are)
        (
            "../../probes_s46/c01_budget_own_then_year_change_full.pdf",
            "general_budget_by_function",
            "比2023年增减",
        ),
        (
            "../../probes_s46/c01_budget_own_then_year_change_full.layout.txt",
            "general_budget_by_function",
            "比2023年增减",
        ),
        # one column 2023年决算数 before 合计 | 基本支出 | 项目支出 (a 2024 budget): the year before's
        # figures, though the own columns name no year
        ("v2/c15_exp_leaf_year_prior_final.pdf", "expenditure_by_function", "2023年决算数"),
        ("v2/c15_exp_leaf_year_prior_final.layout.txt", "expenditure_by_function", "2023年决算数"),
    ],
)
def test_another_years_columns_named_by_number_are_comparisons(name, table_key, other_label):
    """Before, both tables were said ambiguous whole (the other columns collided with the own)."""
    result = parse_document((REVIEW / name).read_bytes(), name.split("/")[-1])
    table = [a for a in result.amounts if a.table_key == table_key]
    assert {(a.subject_code or a.row_label, a.column_key): a.amount_yuan for a in table} == EXPECTED
    assert len(table) == len(EXPECTED) and {a.phase for a in table} == {"budget"}
    said = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and other_label in said[0].message


@pytest.mark.parametrize("name", ["v1/p24_final_prior_no_shu.pdf", "v1/p24_final_prior_no_shu.layout.txt"])
def test_the_year_befores_block_worded_without_shu_is_a_comparison(name):
    """年初预算数 | 决算数 | 上年决算 (no 数) over 小计 | 基本支出 | 项目支出 in a 2024 final account: the
    budget and the actual are read, the 上年决算 block is said. Before, all 28 figures were said ambiguous."""
    result = parse_document((REVIEW / name).read_bytes(), name.split("/")[-1])
    table = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    budget = _figures(BUDGET_BLOCK)
    got = {(a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan for a in table}
    assert got == {
        **{(*key, "budget"): value for key, value in budget.items()},
        **{(*key, "actual"): value for key, value in EXPECTED.items()},
    }
    said = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "上年决算" in said[0].message


# Session 46's review (tests/golden/hand_written/probes_s46/README.md says what each probe holds).
PROBES_S46 = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s46"


def test_a_total_rows_label_before_header_words_keeps_its_figures():
    """合计 first among the header words plain text sets after a page's rows, a whole row's figures after
    them (2,700,000.00 = 2,100,000.00 + 600,000.00): the total row, not a header cell (the review found
    the first version of the rule dropping these figures, said as unplaced)."""
    name = "h01_plain_total_name_before_header_words.txt"
    result = parse_document((PROBES_S46 / name).read_bytes(), name)
    total = {
        a.column_key: a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function" and a.row_label == "合计"
    }
    assert total == {
        "total": Decimal("2700000.00"),
        "basic": Decimal("2100000.00"),
        "project": Decimal("600000.00"),
    }
    assert not [a for a in result.amounts if a.row_label == "小计"]


@pytest.mark.parametrize(
    "name", ["y07_budget2025_header_2024_leaf.pdf", "y07_budget2025_header_2024_leaf.layout.txt"]
)
def test_a_years_column_that_is_the_tables_only_total_is_its_own(name):
    """ "2024年预算数" | 基本支出 | 项目支出 under a title of 2025: one year the year before the report's, but
    its column is the table's only total, so it is not another year's block beside an own one (the review
    found the first version of the rule keeping only the totals, under a misleading columns_shifted)."""
    result = parse_document((PROBES_S46 / name).read_bytes(), name)
    table = [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    assert {(a.subject_code or a.row_label, a.column_key): a.amount_yuan for a in table} == EXPECTED
    assert {a.phase for a in table} == {"budget"}


def test_the_year_befores_words_without_shu_leave_a_carry_over_its_name():
    from dagster_project.parser.tables import column_key_of

    assert column_key_of("上年决算") == column_key_of("上年预算") == "prior_year"
    # what was carried over from the year before is a carry-over, as before
    assert column_key_of("上年决算结转和结余") == "carryover"
    assert column_key_of("上年结转") == "carryover_begin"


def test_a_side_heading_is_no_piece_of_the_group_label_below_it():
    """Review v3's f08 (a 财政拨款收支总表 whose 支出 side heading, "支" / "出" spaced apart, stands over the
    一般公共预算 group): the first version of the wrapped-label rule joined its "支" onto the group's label,
    its 小计 said as "支一般公共预算小计"."""
    name = "f08_fsum_final_fund_groups_prior_col_right.layout.txt"
    result = parse_document((REVIEW / "v3" / name).read_bytes(), name)
    said = " ".join(d.message for d in result.diagnostics)
    assert "一般公共预算小计" in said and "支一般公共预算小计" not in said


@pytest.mark.parametrize(
    "name", ["w09_budget_wrapped_years_2col.plain.txt", "w10_final_wrapped_prior_2col.plain.txt"]
)
def test_a_lone_figure_is_no_total_where_two_blocks_have_none(name):
    """Two blocks of 基本支出 | 项目支出 (no total column) in plain text, no row's gathered figures adding up:
    a row's one figure is placed under no column (before, 2100402's was loaded as its total)."""
    result = parse_document((PROBES_S46 / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    said = [d for d in result.diagnostics if d.check_name == "rows_unreadable" and "2100402" in d.message]
    assert len(said) == 1 and "prints one figure" in said[0].message


PARTS_ONLY = {
    "c12_budget_single_block_2col": (
        "general_budget_by_function",
        _figures(
            {
                "合计": ("2,100,000.00", "600,000.00"),
                "210": ("2,100,000.00", "600,000.00"),
                "21004": ("2,100,000.00", "600,000.00"),
                "2100402": ("1,400,000.00", ""),
                "2100403": ("700,000.00", "600,000.00"),
            },
            ("basic", "project"),
        ),
    ),
    "d04_econ_single_no_total": (
        "general_budget_basic_by_economic",
        _figures(
            {
                "合计": ("1,800,000.00", "300,000.00"),
                "301": ("1,800,000.00", ""),
                "30101": ("1,800,000.00", ""),
                "302": ("", "300,000.00"),
                "30201": ("", "300,000.00"),
            },
            ("personnel", "public_funds"),
        ),
    ),
    "b03_budget_2col_years_dropped_subject": (
        "general_budget_by_function",
        _figures(
            {
                "合计": ("2,100,000.00", "600,000.00"),
                "210": ("2,100,000.00", "600,000.00"),
                "21004": ("2,100,000.00", "600,000.00"),
                "2100403": ("700,000.00", "600,000.00"),
            },
            ("basic", "project"),
        ),
    ),
}


@pytest.mark.parametrize("name", [f"{stem}{ext}" for stem in PARTS_ONLY for ext in (".pdf", ".layout.txt")])
def test_a_header_naming_parts_only_loads_no_total(name):
    """基本支出 | 项目支出 (or 人员经费 | 公用经费) and no total column: each figure under its part, as its
    position says; no row's first figure taken for a total under a columns_shifted note."""
    table_key, expected = PARTS_ONLY[name.split(".")[0]]
    result = parse_document((PROBES_S46 / name).read_bytes(), name)
    table = [a for a in result.amounts if a.table_key == table_key]
    assert {(a.subject_code or a.row_label, a.column_key): a.amount_yuan for a in table} == expected
    assert len(table) == len(expected) and {a.phase for a in table} == {"budget"}
    assert not [d for d in result.diagnostics if d.check_name == "columns_shifted"]
