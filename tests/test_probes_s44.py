"""Session 44's rules: another year's block of columns beside the report's own (the expected values are
typed from the probes' texts: tests/golden/hand_written/probes_s43/review/v1, drawn by session 43's first
review, and probes_s44). The positioned cases failed before the session's change; the plain-text case
passed before and guards that the change loads nothing there."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s43" / "review" / "v1"
OWN_PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s44"

# 表5 一般公共预算财政拨款支出决算表 of a 部门决算 (元), two blocks of 小计 | 基本支出 | 项目支出 side by side
# on one page: the report's own block, then another year's (上年决算数 / 上年预算数). Rows as printed, the own
# block first: (code, own 小计, 基本支出, 项目支出).
OWN_ROWS = [
    (None, "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("210", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("21004", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("2100402", "1,400,000.00", "1,400,000.00", ""),
    ("2100403", "1,300,000.00", "700,000.00", "600,000.00"),
]


def _yuan(raw: str) -> Decimal:
    return Decimal(raw.replace(",", ""))


@pytest.mark.parametrize(
    ("folder", "name", "own_phase", "other_label"),
    [
        # 年初预算数 | 上年决算数: the prior year's actual was loaded as this year's
        (PROBES, "r2_05c_one_page_prior_final.pdf", "budget", "上年决算数"),
        (PROBES, "r2_05c_one_page_prior_final.layout.txt", "budget", "上年决算数"),
        # 决算数 | 上年预算数: the prior year's budget was loaded as this year's 年初预算数
        (PROBES, "r2_06c_one_page_prior_budget.pdf", "actual", "上年预算数"),
        (PROBES, "r2_06c_one_page_prior_budget.layout.txt", "actual", "上年预算数"),
        # the earlier year named by its number in a 2024 report (2024年预算数 | 2023年决算数)
        (OWN_PROBES, "year_numbered_prior_final.layout.txt", "budget", "2023年决算数"),
        (OWN_PROBES, "year_numbered_prior_budget.layout.txt", "actual", "2023年预算数"),
    ],
)
def test_another_years_block_beside_the_own_is_said_not_loaded(folder, name, own_phase, other_label):
    # The header's group cell (上年决算数 over 小计 | 基本支出 | 项目支出) names another year: every column
    # under it is that year's, whatever the lowest cell says. It was read as 小计 / 基本支出 / 项目支出 of the
    # report's own year.
    result = parse_document((folder / name).read_bytes(), name)
    loaded = {
        (a.subject_code, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
    }
    expected = {}
    for code, total, basic, project in OWN_ROWS:
        for key, raw in (("total", total), ("basic", basic), ("project", project)):
            if raw:
                expected[(code, key, own_phase)] = _yuan(raw)
    assert loaded == expected  # the own block, and nothing of the other year's
    said = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and other_label in said[0].message


@pytest.mark.parametrize(
    ("name", "other_label"),
    [("prior_final_plain.txt", "上年决算数"), ("prior_budget_plain.txt", "上年预算数")],
)
def test_another_years_block_in_plain_text_is_said(name, other_label):
    # Plain text keeps no positions: which three of a row's six figures are the report's own is not told,
    # so no figure of the table is loaded and the table is said (each row was, before the table-wide rule).
    result = parse_document((OWN_PROBES / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    said = [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    assert [d.table_key for d in said] == ["general_budget_by_function"] and other_label in said[0].message


REVIEW = OWN_PROBES / "review" / "v1"
# The review's other two blocks (gen.py there): (code, 小计, 基本支出, 项目支出), as drawn.
OTHER_ROWS = [
    (None, "2,500,000.00", "2,000,000.00", "500,000.00"),
    ("210", "2,500,000.00", "2,000,000.00", "500,000.00"),
    ("21004", "2,500,000.00", "2,000,000.00", "500,000.00"),
    ("2100402", "1,300,000.00", "1,300,000.00", ""),
    ("2100403", "1,200,000.00", "700,000.00", "500,000.00"),
]
THIRD_ROWS = [
    (None, "2,600,000.00", "2,050,000.00", "550,000.00"),
    ("210", "2,600,000.00", "2,050,000.00", "550,000.00"),
    ("21004", "2,600,000.00", "2,050,000.00", "550,000.00"),
    ("2100402", "1,350,000.00", "1,350,000.00", ""),
    ("2100403", "1,250,000.00", "700,000.00", "550,000.00"),
]


def _expected(*blocks: tuple[list, str]) -> dict:
    out = {}
    for rows, phase in blocks:
        for code, total, basic, project in rows:
            for key, raw in (("total", total), ("basic", basic), ("project", project)):
                if raw:
                    out[(code, key, phase)] = _yuan(raw)
    return out


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
@pytest.mark.parametrize(
    ("probe", "blocks"),
    [
        # 年初预算数 | 2023年决算数 in a 2024 部门决算: one year printed, the earlier one (loaded as the 2024
        # actual before)
        ("p33_final_nianchu_prior_numbered", [(THIRD_ROWS, "budget")]),
        ("p36_final_nianchu_prior_numbered_ruled", [(THIRD_ROWS, "budget")]),
        # the year before worded 上年度 / 去年 (loaded as the 2024 actual before)
        ("p31_final_nianchu_shangniandu_juesuan", [(THIRD_ROWS, "budget")]),
        ("p34_final_nianchu_qunian", [(THIRD_ROWS, "budget")]),
        # 当年执行数 / 今年执行数: the report's own actual (said as another year's by the first version of
        # this session's rule; loaded before and after)
        ("p13_final_dangnian_zhixing", [(OTHER_ROWS, "budget"), (OWN_ROWS, "actual")]),
        ("p35_final_jinnian_zhixing", [(OTHER_ROWS, "budget"), (OWN_ROWS, "actual")]),
    ],
)
def test_only_the_reports_own_blocks_are_loaded(probe, blocks, rendition):
    # Session 44's review (probes_s44/review/v1, FINDINGS.md): a 2024 部门决算's 表5 with a block of another
    # year beside the own ones, named by its year alone or in words the vocabulary did not know.
    name = probe + rendition
    result = parse_document((REVIEW / name).read_bytes(), name)
    loaded = {
        (a.subject_code, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
    }
    assert loaded == _expected(*blocks)


def test_another_years_block_in_a_plain_basic_table_is_said_not_read():
    # probes_s44/review/v1 p16: a 部门预算's 一般公共预算基本支出表 (元) printing 上年预算数 |
    # 本年预算数, each over 合计 | 人员经费 | 公用经费, as plain text runs it (the 合计 row's figures among
    # the header's words). The per-row reading of a comparison takes one 上年 figure a row: it loaded the
    # 合计 row's 上年 figure, 2,000,000.00, as the year's 合计 (and 2,100,000.00 under a row "人员经费").
    name = "p16_basic_econ_prior_budget.plain.txt"
    result = parse_document((REVIEW / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key == "general_budget_basic_by_economic"]
    said = [d for d in result.diagnostics if d.check_name == "ambiguous_columns"]
    assert len(said) == 1 and "上年预算数" in said[0].message


REVIEW2 = OWN_PROBES / "review" / "v2"
# s10-s15: a 2024 部门预算's 财政拨款收支总表 (元), 收入 | 本年预算数 | 上年预算数 beside 支出 with
# two groups over 合计 | 一般公共预算 | 政府性基金预算 each; the own year's 支出 figures as drawn (row,
# 合计, 一般公共预算, 政府性基金).
OWN_EXPENDITURE = [
    ("一、一般公共服务支出", "3,000,000.00", "3,000,000.00", ""),
    ("二、卫生健康支出", "2,000,000.00", "2,000,000.00", ""),
    ("三、城乡社区支出", "1,000,000.00", "", "1,000,000.00"),
    ("支出合计", "6,000,000.00", "5,000,000.00", "1,000,000.00"),
]


@pytest.mark.parametrize(
    "name",
    [
        "s11_fsum_groups_prior_first.pdf",
        "s11_fsum_groups_prior_first.layout.txt",
        "s15_fsum_groups_prior_ruled.layout.txt",
        "s10_fsum_groups_prior.pdf",
        "s12_fsum_groups_year_numbered.layout.txt",
    ],
)
def test_a_summarys_groups_of_another_year_span_their_columns(name):
    # The 上年预算数 group centred over its block reached only the block's middle figure: with the block
    # first, its 合计 and 政府性基金预算 figures were loaded as the year's own (s11, s15); now a group over
    # a run of columns repeated block by block spans its run, after the other side's own columns (收入's).
    result = parse_document((REVIEW2 / name).read_bytes(), name)
    loaded = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.column_key.startswith("expenditure")
    }
    expected = {}
    for label, total, general, fund in OWN_EXPENDITURE:
        for key, raw in (
            ("expenditure", total),
            ("expenditure_general_public", general),
            ("expenditure_government_fund", fund),
        ):
            if raw:
                expected[(label, key)] = _yuan(raw)
    assert loaded == expected
    assert {a.phase for a in result.amounts if a.table_key == "fiscal_summary"} == {"budget"}


def test_two_figures_for_one_cell_beside_another_years_columns_keep_neither():
    # s15 drawn with ruled cells (the group's ruled cell is its middle column's): the group is not widened,
    # two figures come for one cell, and the first was kept (the prior year's, its block printed first).
    name = "s15_fsum_groups_prior_ruled.pdf"
    result = parse_document((REVIEW2 / name).read_bytes(), name)
    prior = {_yuan(raw) for raw in ("2,800,000.00", "1,800,000.00", "900,000.00", "5,500,000.00")}
    loaded = [
        a for a in result.amounts if a.table_key == "fiscal_summary" and a.column_key.startswith("expend")
    ]
    assert not [a for a in loaded if a.amount_yuan in prior]
    said = [d for d in result.diagnostics if d.check_name == "duplicate_cells"]
    assert said and "neither is loaded" in said[0].message


REVIEW3 = OWN_PROBES / "review" / "v3"


@pytest.mark.parametrize(
    "name",
    [
        "f06_fsum_fund_groups_mixed_rows_prior_col.pdf",
        "f06_fsum_fund_groups_mixed_rows_prior_col.layout.txt",
        "f08_fsum_final_fund_groups_prior_col_right.pdf",
        "f08_fsum_final_fund_groups_prior_col_right.layout.txt",
    ],
)
def test_a_funds_subtotal_beside_the_total_keeps_the_total(name):
    # Review v3: a 财政拨款收支总表 whose 支出 side prints 合计 | 一般公共预算 (小计 | 基本支出 | 项目支出) |
    # 政府性基金预算 (小计 | …) and a 上年 column. Each fund's 小计 reads as the row's total too: two figures
    # for one cell under different header words, the first the 合计 column's. The first version of the rule
    # for tables printing another year's columns dropped both (卫生健康支出 and 支出合计 lost).
    result = parse_document((REVIEW3 / name).read_bytes(), name)
    totals = {
        a.row_label: a.amount_yuan
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.column_key == "expenditure"
    }
    assert totals == {
        "一、一般公共服务支出": _yuan("3,000,000.00"),
        "二、卫生健康支出": _yuan("2,400,000.00"),
        "三、城乡社区支出": _yuan("600,000.00"),
        "支出合计": _yuan("6,000,000.00"),
    }


@pytest.mark.parametrize(
    ("name", "totals"),
    [
        (
            "t02_fiscal_funds_basic_twice_prior.plain.txt",
            {
                "21004": "2,700,000.00",
                "2100403": "1,300,000.00",
                "212": "1,000,000.00",
                "21208": "1,000,000.00",
            },
        ),
        (
            "t09_fiscal_funds_basic_twice_prior_first.plain.txt",
            {
                "210": "2,700,000.00",
                "21004": "2,700,000.00",
                "2100402": "1,400,000.00",
                "212": "1,000,000.00",
                "21208": "1,000,000.00",
            },
        ),
    ],
)
def test_parts_named_under_two_funds_are_no_block_of_another_year(name, totals):
    # Review v3: 合计 | 一般公共预算 (基本支出 | 项目支出) | 政府性基金预算 (基本支出 | 项目支出) |
    # 上年预算数 in plain text names 基本支出 and 项目支出 twice, under two funds: the table is read as
    # before (these totals, as drawn in the own 合计 column), not said as a block of another year's columns.
    result = parse_document((REVIEW3 / name).read_bytes(), name)
    loaded = {
        a.subject_code: a.amount_yuan for a in result.amounts if a.column_key == "total" and a.subject_code
    }
    assert loaded == {code: _yuan(raw) for code, raw in totals.items()}


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_final_accounts_table_of_the_years_budget_alone_is_the_budget(rendition):
    # Review v3 y05: a 2024 部门决算's 表3 printing one block, "2024年预算数" over 小计 | 基本支出 | 项目支出
    # (its 决算数 block elsewhere): the figures are the year's budget; they were loaded as the actual. (Only
    # where positions show the label over the block: plain text is read as before, review v4.)
    name = "y05_group_2024_budget_in_final" + rendition
    result = parse_document((REVIEW3 / name).read_bytes(), name)
    loaded = {
        (a.subject_code, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == "general_budget_by_function"
    }
    assert loaded == _expected((OWN_ROWS, "budget"))


@pytest.mark.parametrize("rendition", [".pdf", ".layout.txt"])
def test_a_final_accounts_table_of_a_full_year_budget_alone_is_said(rendition):
    # Review v3 y03: the same table under "全年预算数", the full-year (adjusted) budget: neither the 年初
    # budget the tables compare with nor the actual, as which it was loaded. Not loaded, said.
    name = "y03_group_quannian" + rendition
    result = parse_document((REVIEW3 / name).read_bytes(), name)
    assert not [a for a in result.amounts if a.table_key == "general_budget_by_function"]
    said = [d for d in result.diagnostics if d.check_name == "comparison_columns_not_loaded"]
    assert len(said) == 1 and "全年预算" in said[0].message
