"""Inputs reviewers built in session 37 against that session's own rules
(tests/golden/hand_written/probes_s37/review/: v1 summaries and table ends, v2 claims and metadata, v3 detail
lines and named tables): expected values typed from the inputs as printed. Each failed at the session's rules
before their review's fix; most read right before the session too (regression guards)."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

REVIEW = Path(__file__).parent / "golden" / "hand_written" / "probes_s37" / "review"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((REVIEW / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str, str], Decimal]:
    return {
        (a.row_label, a.column_key, a.phase): a.amount_yuan / WAN
        for a in result.amounts
        if a.table_key == table_key
    }


def _claims(name: str, kind: str):
    return [c for c in _parse(name).claims if c.claim_kind == kind]


def test_a_numbered_row_followed_by_rows_with_a_commaed_cell_or_a_note_ends_no_table():
    # a project table's group row "（一）专项业务类" over rows whose 概述 cell holds a comma; a summary's
    # blank items above "注：本表反映…。": the table goes on (its rows were lost after the new end rule)
    for name in (
        "v1/project_group_row_then_description.layout.txt",
        "v1/project_group_row_then_description.txt",
    ):
        totals = [
            v for (_l, key, _p), v in _cells(_parse(name), "project_expenditure").items() if key == "total"
        ]
        assert sorted(totals) == [Decimal("30.00"), Decimal("50.00"), Decimal("80.00")], name
    cells = _cells(_parse("v1/fiscal_summary_blank_items_then_note.txt"), "fiscal_summary")
    assert cells[("收入总计", "income", "budget")] == Decimal("500.00")
    assert cells[("支出总计", "expenditure", "budget")] == Decimal("500.00")


def test_a_bare_integer_beside_a_summary_item_is_no_code():
    # "上年结转 120 结转下年" in a plain 财政拨款收支总表 with a 科目编码 column
    cells = _cells(_parse("v1/fiscal_summary_codes_integer_carryover.txt"), "fiscal_summary")
    assert cells[("上年结转", "income", "budget")] == Decimal("120")


def test_a_finals_yusuan_zhixingshu_column_is_the_actual():
    # "年初预算数 | 预算执行数" on each side of a final's summary
    cells = _cells(_parse("v1/final_summary_yusuan_zhixingshu.layout.txt"), "income_expenditure_summary")
    assert cells[("四、其他收入", "income", "actual")] == Decimal("50.00")
    assert cells[("本年支出合计", "expenditure", "actual")] == Decimal("1300.00")
    assert cells[("本年支出合计", "expenditure", "budget")] == Decimal("1200.00")
    assert ("四、其他收入", "income", "budget") not in cells


def test_small_firms_share_of_procurement_is_no_total():
    # "预留给中小企业的政府采购预算资金共计30.00万元", "小型微型企业政府采购预算资金20.00万元"
    for name in ("v2/procurement_total_sme_share_zijin.txt", "v2/procurement_total_small_firms_zijin.txt"):
        assert [c.amount_yuan for c in _claims(name, "procurement_total")] == [Decimal("48.00") * WAN], name


def test_requirements_and_counts_in_a_purpose_clause():
    # "按照一般性支出比上年压缩5%的要求", "公用经费较上年缩减5%" (after 落实…): no change claimed
    for name in ("v2/yoy_yasuo_policy_budget.txt", "v2/yoy_yasuo_policy_final.txt"):
        assert all(c.stated_rate != Decimal("-0.05") for c in _claims(name, "year_on_year")), name
    # "…5.00万元，主要用于3辆公务用车的燃料费…，较上年下降16.67%": the money's change all the same
    [vehicle] = _claims("v2/yoy_count_in_purpose_clause.txt", "year_on_year")
    assert (vehicle.amount_yuan, vehicle.stated_rate) == (Decimal("5.00") * WAN, Decimal("-0.1667"))
    rates = {
        c.subject_name: c.stated_rate
        for c in _claims("v2/yoy_headcount_in_purpose_clause.txt", "year_on_year")
    }
    assert rates["基本支出"] == Decimal("0.0417")


def test_an_earlier_years_figure_and_its_change_in_a_budget():
    # a 2025 budget's "2024年度…支出决算为8.00万元，比上年减少2.00万元"
    [change] = _claims("v2/yoy_prior_year_section_budget.txt", "year_on_year")
    assert change.amount_yuan == Decimal("9.00") * WAN


def test_a_rate_against_the_full_year_budget_is_not_the_initial_budgets():
    # "年初预算数10.00万元，全年预算数12.00万元，执行数9.00万元，执行率75.00%" (9 / 12)
    [sangong] = _claims("v2/execution_zhixingshu_fullyear_rate.txt", "sangong_execution")
    assert (sangong.budget_yuan, sangong.actual_yuan, sangong.stated_rate) == (
        Decimal("10.00") * WAN,
        Decimal("9.00") * WAN,
        None,
    )


def test_sangong_items_named_as_the_tables_name_them():
    names = {c.subject_name for c in _claims("v2/sangong_yunwei_printed_name.txt", "sangong_execution")}
    assert "公务用车运行维护费" in names  # printed 公务用车运维费


def test_level_words_and_supervisors_on_covers():
    expected = {
        "v2/metadata_level_word_benji_in_title.txt": ("长沙市财政局", None),
        "v2/metadata_level_word_benji_in_title_final.txt": ("长沙县财政局", None),
        "v2/metadata_benji_cover_line.txt": ("长沙市教育局", None),
        "v2/metadata_township_supervisor_over_unit.txt": ("黄花镇农业综合服务中心", "长沙县黄花镇人民政府"),
        "v2/metadata_government_supervisor_over_unit.txt": ("市政府研究室", "长沙市人民政府"),
        "v2/metadata_party_committee_supervisor_over_unit.txt": ("市委党校", "中共长沙市委"),
        "v2/metadata_subdistrict_name_wrapped_before_shequ.txt": (
            "长沙市岳麓区望月湖街道社区卫生服务中心",
            None,
        ),
    }
    for name, (unit, supervisor) in expected.items():
        document = _parse(name).document
        assert (document.unit_name, document.supervising_department) == (unit, supervisor), name


def test_named_tables_totals_worded_otherwise_are_total_rows():
    # "项目支出合计", "转移支付合计": before the review, no total row (the rows added up to twice it)
    for name, key in (
        ("v3/project_total_worded_xiangmu_heji.txt", "project_expenditure"),
        ("v3/transfer_total_worded_zhuanyi_heji.txt", "transfer"),
    ):
        flags = {a.row_label: a.is_total_row for a in _parse(name).amounts if a.table_key == key}
        assert [label for label, total in flags.items() if total] == [next(iter(flags))], name
        assert next(iter(flags)).endswith("合计"), name


def test_a_notes_quoted_symbols_are_no_piece_of_a_name():
    # "注：…以" / "“0.00”或“—”列示" under the table: before the review, glued to the last row's name
    for name in (
        "v3/function_table_note_wrapped_quoted.txt",
        "v3/function_table_note_wrapped_quoted.layout.txt",
        "v3/project_table_note_wrapped_quoted.txt",
    ):
        assert not any("“" in a.row_label for a in _parse(name).amounts), name


def test_a_heading_naming_a_table_then_a_sentence_saying_none_is_no_table():
    # "8.政府性基金预算支出表" / "本部门2024年没有使用…安排的支出。" in the 说明: the claims after it stay
    # claims
    result = _parse("v3/narrative_table_heading_then_empty_sentence.txt")
    assert [t.table_key for t in result.tables] == ["expenditure_by_function", "government_fund"]
    assert sorted(c.claim_kind for c in result.claims) == [
        "operating_costs",
        "total_income_expenditure",
        "year_on_year",
        "year_on_year",
    ]


def test_a_project_named_renyuan_jingfei_beside_its_type_keeps_its_name():
    # "… 基本支出 人员经费 120.00" under 支出类型 | 项目名称: the type printed, 人员经费 the project's name
    items = _parse("v3/li_type_column_project_named_renyuan.txt").line_items
    assert [i.project_name for i in items].count("人员经费") == 5
    assert {i.expenditure_type for i in items if i.project_name in ("人员经费", "公用经费")} == {"basic"}


def test_a_group_row_over_projects_whose_description_is_a_sentence():
    # v4: "（一）专项业务类" over "人民调解经费 用于…补贴。 50.00" (plain) and a description wrapped over two
    # lines, its first with a comma and no figure (layout): the table goes on
    for name in (
        "v4/project_group_row_sentence_stop.txt",
        "v4/project_group_row_description_wrapped.layout.txt",
    ):
        totals = sorted(
            v for (_l, key, _p), v in _cells(_parse(name), "project_expenditure").items() if key == "total"
        )
        assert totals == [Decimal("30.00"), Decimal("50.00"), Decimal("80.00")], name


def test_a_units_cover_printing_its_supervisor_above_it():
    expected = {
        "v4/metadata_city_government_over_canshishi.txt": ("市人民政府参事室", "长沙市人民政府"),
        "v4/metadata_government_over_unit_renmin_zhengfu.txt": ("县人民政府办公室", "长沙县人民政府"),
        "v4/metadata_party_committee_over_jiwei.txt": ("县纪委监委", "中共长沙县委"),
        "v4/metadata_township_over_zhen_unit.txt": ("镇财政所", "长沙县黄花镇人民政府"),
    }
    for name, (unit, supervisor) in expected.items():
        document = _parse(name).document
        assert (document.unit_name, document.supervising_department) == (unit, supervisor), name


def test_a_sentence_wrapped_before_its_unit_after_a_numbered_heading_ends_the_table():
    # v5: "…公务接待费6.00" / "万元，…" under "二、…情况说明" after the table: the line ending with a figure
    # is the sentence's, no row (the 三公 table and its claims were lost)
    result = _parse("v5/prose_heading_wrapped_figure_sangong.txt")
    assert len([a for a in result.amounts if a.table_key == "sangong"]) == 6
    changes = {c.subject_name: c.change_yuan for c in result.claims if c.claim_kind == "year_on_year"}
    assert changes["公务接待费"] == Decimal("-1.00") * WAN
    changes = _claims("v5/prose_heading_wrapped_figure_line_end.txt", "year_on_year")
    assert any(c.amount_yuan == Decimal("1280.00") * WAN for c in changes)


def test_a_cover_name_wrapped_after_a_township_or_a_government_before_a_body_of_it():
    # "某某县某某镇" / "市场监督管理所" (市场 names no 市), "某某市人民政府" / "区域合作办公室"
    assert _parse("v5/metadata_township_wrapped_before_shichang_jianguansuo.txt").document.unit_name == (
        "某某县某某镇市场监督管理所"
    )
    assert _parse("v5/metadata_government_wrapped_before_quyu_hezuo.txt").document.unit_name == (
        "某某市人民政府区域合作办公室"
    )


def test_a_funds_row_worded_zijin_zonge_beside_its_merged_unit_cell():
    [project] = [
        c
        for c in _parse("v5/selfeval_funds_row_zijin_zonge_unit_beside.layout.txt").claims
        if c.claim_kind == "project_execution"
    ]
    assert (project.budget_yuan, project.actual_yuan, project.stated_rate) == (
        Decimal("240.00") * WAN,
        Decimal("228.00") * WAN,
        Decimal("0.95"),
    )
