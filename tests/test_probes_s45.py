"""Session 45's rule: in plain text, a first row's figure that pdftotext printed amid the header's cells
(before a lower-set header cell naming a phase's column, "2023年预算数") is not the first row. The probe is
review v2's e05 of session 44 (tests/golden/hand_written/probes_s44/review/v2), its expected values typed
from its text: the 合计 row is 2,100,000.00 | 1,800,000.00 | 300,000.00 (合计 | 人员经费 | 公用经费), and
its 300,000.00 stands on line 16, above "2023年预算数" and the row's label 合计."""

from __future__ import annotations

from decimal import Decimal

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
