"""Inputs reviewers built in session 37 to show rules that fit only the wordings seen so far
(tests/golden/hand_written/probes_s37/: r2 the two-sided summaries and column keys, r3 the narrative's
claims): expected values typed from the inputs as printed. Each failed before session 37's fix."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

PROBES = Path(__file__).parent / "golden" / "hand_written" / "probes_s37"
WAN = Decimal(10000)
SUMMARY = "income_expenditure_summary"


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str, str], Decimal]:
    return {
        (a.row_label, a.column_key, a.phase): a.amount_yuan / WAN
        for a in result.amounts
        if a.table_key == table_key
    }


def _d(text: str) -> Decimal:
    return Decimal(text)


def test_a_summarys_expenditure_side_headed_by_its_subject_column_not_xiangmu():
    # "项目 预算数 支出功能分类科目 合计 基本支出 项目支出": before, the basic / project figures were lost
    # (said as duplicate cells).
    cells = _cells(_parse("r2/expenditure_side_named_gongneng_fenlei.txt"), "income_expenditure_summary")
    assert cells[("一、一般公共服务支出", "expenditure_basic", "budget")] == _d("520.00")
    assert cells[("一、一般公共服务支出", "expenditure_project", "budget")] == _d("180.00")
    assert cells[("二、社会保障和就业支出", "expenditure_basic", "budget")] == _d("90.00")
    assert cells[("支出总计", "expenditure_basic", "budget")] == _d("680.00")
    assert cells[("支出总计", "expenditure_project", "budget")] == _d("180.00")
    assert ("二、社会保障和就业支出", "expenditure_project", "budget") not in cells


def test_the_funds_former_name_gonggong_caizheng_yusuan_is_neither_a_phase_nor_two_columns():
    # 2015 final: "合计 公共财政预算财政拨款 政府性基金预算财政拨款" (before: layout filed the fund's column
    # as the 年初预算; plain read one cell as two columns and loaded totals only).
    for name in ("r2/final_fund_column_old_name_phase.layout.txt", "r2/final_fund_column_old_name_plain.txt"):
        cells = _cells(_parse(name), "fiscal_by_function")
        assert cells[("合计", "general_public", "actual")] == _d("500.00"), name
        assert cells[("合计", "government_fund", "actual")] == _d("50.00"), name
        assert cells[("212 城乡社区支出", "general_public", "actual")] == _d("400.00"), name
        assert cells[("212 城乡社区支出", "government_fund", "actual")] == _d("50.00"), name
        assert not any(phase == "budget" for (_r, _c, phase) in cells), name


def test_a_plain_fiscal_summarys_code_column_gives_codes_not_figures():
    # "三、国有资本经营预算拨款 212 城乡社区支出 30.00" under "项目 预算数 科目编码 科目名称 预算数": before,
    # 212 was loaded as an income of 212 万元 and the codes 208 / 210 were said as duplicate cells.
    result = _parse("r2/fiscal_summary_codes_plain.txt")
    cells = _cells(result, "fiscal_summary")
    assert ("三、国有资本经营预算拨款", "income", "budget") not in cells
    assert cells[("一、一般公共预算拨款", "income", "budget")] == _d("500.00")
    assert cells[("二、政府性基金预算拨款", "income", "budget")] == _d("30.00")
    codes = {a.subject_code: a.amount_yuan / WAN for a in result.amounts if a.table_key == "fiscal_summary"}
    assert codes["208"] == _d("60.00")
    assert codes["210"] == _d("400.00")
    assert codes["212"] == _d("30.00")
    assert codes["221"] == _d("40.00")


def test_a_blank_income_item_beside_an_item_naming_no_side_is_two_items():
    # "二、纳入预算管理的非税收入 人员经费 450.00" (2016 template, expenditure by 基本支出 / 人员经费 …).
    cells = _cells(_parse("r2/old_template_blank_income_beside_unnamed_item.txt"), SUMMARY)
    assert cells[("人员经费", "expenditure", "budget")] == _d("450.00")
    assert cells[("日常公用经费", "expenditure", "budget")] == _d("150.00")
    assert not any(label.startswith("二、纳入预算管理的非税收入") for (label, _c, _p) in cells)


def test_layout_summary_columns_nianchu_yusuan_and_juesuan_without_shu():
    # A final's "项目 年初预算 决算" on each side: before, the 年初预算 figures were loaded as actual and the
    # 决算 figures dropped.
    cells = _cells(_parse("r2/final_summary_phase_words_without_shu.layout.txt"), SUMMARY)
    assert cells[("一、一般公共预算财政拨款收入", "income", "budget")] == _d("1200.00")
    assert cells[("一、一般公共预算财政拨款收入", "income", "actual")] == _d("1250.00")
    assert cells[("二、社会保障和就业支出", "expenditure", "actual")] == _d("1020.00")
    assert cells[("本年支出合计", "expenditure", "budget")] == _d("1200.00")
    assert cells[("总计", "income", "actual")] == _d("1320.00")
    assert cells[("四、其他收入", "income", "actual")] == _d("50.00")
    assert ("四、其他收入", "income", "budget") not in cells


def test_layout_budget_summary_with_last_years_column_shangnian_yusuan():
    # "项目 上年预算 本年预算" on each side of a 2025 budget: the 上年 column is not the budget.
    cells = _cells(_parse("r2/budget_summary_prior_year_without_shu.layout.txt"), SUMMARY)
    assert cells[("一、一般公共预算拨款收入", "income", "budget")] == _d("1250.00")
    assert cells[("一、一般公共服务支出", "expenditure", "budget")] == _d("180.00")
    assert cells[("本年收入合计", "income", "budget")] == _d("1300.00")
    assert cells[("支出总计", "expenditure", "budget")] == _d("1300.00")
    assert len(cells) == 10
