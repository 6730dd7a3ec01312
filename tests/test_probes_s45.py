"""Session 45's rules. In plain text, a first row's figure that pdftotext printed amid the header's cells
(before a lower-set header cell naming a phase's column, "2023年预算数") is not the first row. The probe is
review v2's e05 of session 44 (tests/golden/hand_written/probes_s44/review/v2), its expected values typed
from its text: the 合计 row is 2,100,000.00 | 1,800,000.00 | 300,000.00 (合计 | 人员经费 | 公用经费), and
its 300,000.00 stands on line 16, above "2023年预算数" and the row's label 合计."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

REVIEW_V2 = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s44" / "review" / "v2"


def test_a_figure_amid_the_header_is_said_not_loaded_as_the_first_rows_total():
    name = "e05_basic_budget_leaf_year_prior_last.plain.txt"
    result = parse_document((REVIEW_V2 / name).read_bytes(), name)
    table = [a for a in result.amounts if a.table_key == "general_budget_basic_by_economic"]
    # 合计's 公用经费 figure was loaded as its total (合计 is 2,100,000.00)
    assert not [a for a in table if a.row_label == "合计" and a.amount_yuan != Decimal("2100000.00")]
    said = [d for d in result.diagnostics if d.check_name == "unplaced_amounts" and d.source_line == 16]
    assert len(said) == 1 and "300,000.00" in said[0].message and "header" in said[0].message
    # the rows below are read as before: 30101 基本工资 prints 1,800,000.00 as its total
    assert [(a.column_key, a.amount_yuan) for a in table if a.subject_code == "30101"] == [
        ("total", Decimal("1800000.00"))
    ]


# Session 44's review probes with a budget's estimate of the year before (预计执行数) beside the year's
# budget, over 合计 | 基本支出 | 项目支出: the own 2024年预算数 block as drawn (probes_s44/review/v1/gen.py
# OWN; the 2023年预计执行数 block is its OTHER: 2,500,000.00 | 2,000,000.00 | 500,000.00 …).
OWN_BLOCK = {
    "合计": ("2,700,000.00", "2,100,000.00", "600,000.00"),
    "210": ("2,700,000.00", "2,100,000.00", "600,000.00"),
    "21004": ("2,700,000.00", "2,100,000.00", "600,000.00"),
    "2100402": ("1,400,000.00", "1,400,000.00", ""),
    "2100403": ("1,300,000.00", "700,000.00", "600,000.00"),
}
REVIEW_V1 = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s44" / "review" / "v1"


@pytest.mark.parametrize(
    ("folder", "name", "table_key"),
    [
        (REVIEW_V1, "p04_budget_yuji_zhixing.pdf", "general_budget_by_function"),
        (REVIEW_V1, "p04_budget_yuji_zhixing.layout.txt", "general_budget_by_function"),
        (REVIEW_V2, "c13_exp_group_prior_yuji.pdf", "expenditure_by_function"),
        (REVIEW_V2, "c13_exp_group_prior_yuji.layout.txt", "expenditure_by_function"),
    ],
)
def test_the_year_befores_estimated_execution_is_a_comparison_and_the_budget_is_read(folder, name, table_key):
    """2023年预计执行数 | 2024年预算数 in a 2024 budget: the estimate is the year before's (not loaded, said
    as comparison columns); the 2024 block is read. Before, no column word knew 预计执行数 and the table was
    said ambiguous whole: its 14 figures lost."""
    result = parse_document((folder / name).read_bytes(), name)
    got = {
        (a.subject_code or a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key
    }
    expected = {
        (row, column): Decimal(raw.replace(",", ""))
        for row, figures in OWN_BLOCK.items()
        for column, raw in zip(("total", "basic", "project"), figures, strict=True)
        if raw
    }
    assert got == expected
    assert {a.phase for a in result.amounts if a.table_key == table_key} == {"budget"}
    assert [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
