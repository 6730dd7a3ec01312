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


def _claims(name: str, kind: str):
    return [c for c in _parse(name).claims if c.claim_kind == kind]


def test_a_percentage_change_of_a_count_or_a_ratio_is_no_change_of_money():
    # "年末公务用车保有量3辆，比上年减少1辆，同比下降25%", "接待人次200人，同比下降20.00%", "占比较上年提高
    # 3.20%", "预算执行率比上年提高2.50%": before, year-on-year claims on the money stated before them.
    assert _claims("r3/yoy_count_percent.txt", "year_on_year") == []
    assert _claims("r3/yoy_share_and_rate_change.txt", "year_on_year") == []
    [execution] = _claims("r3/yoy_share_and_rate_change.txt", "execution")
    assert (execution.budget_yuan, execution.actual_yuan) == (_d("300.00") * WAN, _d("290.00") * WAN)


def test_a_change_against_a_year_other_than_the_one_before_is_no_year_on_year_claim():
    # a 2024 final's "比2024年年初预算减少10.00万元", its "2025年…预算安排为9.00万元，比2024年决算数增加…",
    # a 2025 budget's "2024年度…决算为8.00万元，比2023年度决算减少…"
    for name in ("r3/yoy_same_year_budget.txt", "r3/yoy_next_year_plan_in_final.txt"):
        assert _claims(name, "year_on_year") == [], name
    assert _claims("r3/yoy_other_years_in_budget.txt", "year_on_year") == []
    [total] = _claims("r3/yoy_same_year_budget.txt", "total_expenditure")
    assert total.amount_yuan == _d("290.00") * WAN


def test_sangong_items_in_the_wordings_reports_use():
    # 因公出国（境）经费, 公务用车购置和运行维护费: before, an "execution" of 经费 / of the item, or nothing.
    [outbound] = [
        c for c in _claims("r3/sangong_outbound_jingfei.txt", "sangong_execution") if "出国" in c.subject_name
    ]
    assert (outbound.budget_yuan, outbound.actual_yuan, outbound.stated_rate) == (
        _d("2.00") * WAN,
        _d("1.00") * WAN,
        _d("0.50"),
    )
    [alone] = [
        c
        for c in _claims("r3/sangong_outbound_jingfei_actual_rate.txt", "sangong_execution")
        if "出国" in c.subject_name
    ]
    assert (alone.actual_yuan, alone.stated_rate) == (_d("1.00") * WAN, _d("0.50"))
    [vehicle] = [
        c for c in _claims("r3/sangong_vehicle_gouzhi_he.txt", "sangong_execution") if "车" in c.subject_name
    ]
    assert (vehicle.budget_yuan, vehicle.actual_yuan) == (_d("6.00") * WAN, _d("5.00") * WAN)
    assert _claims("r3/sangong_vehicle_gouzhi_he.txt", "execution") == []
    # the table's header "公务用车购置和运行维护费" over 小计 | 购置费 | 运行维护费 (before: columns_unknown)
    sangong = _cells(_parse("r3/sangong_table_gouzhi_he.txt"), "sangong")
    assert {key: value for (_label, key, _phase), value in sangong.items()} == {
        "total": _d("3.20"),
        "outbound": _d("0.00"),
        "vehicle": _d("2.00"),
        "vehicle_purchase": _d("0.00"),
        "vehicle_operation": _d("2.00"),
        "reception": _d("1.20"),
    }


def test_operating_costs_worded_with_zonge_or_in_quotes():
    [final] = _claims(
        "r3/operating_costs_zonge_final.txt", "operating_costs"
    )  # 机关运行经费支出总额为35.60万元
    assert final.amount_yuan == _d("35.60") * WAN
    [budget] = _claims(
        "r3/operating_costs_quoted_budget.txt", "operating_costs"
    )  # “机关运行经费”预算为30.00万元
    assert budget.amount_yuan == _d("30.00") * WAN


def test_totals_of_bennian_du_and_procurement_worded_otherwise():
    assert [c.amount_yuan for c in _claims("r3/totals_bennian_du.txt", "total_income")] == [
        _d("290.00") * WAN
    ]
    assert [c.amount_yuan for c in _claims("r3/totals_bennian_du.txt", "total_expenditure")] == [
        _d("290.00") * WAN
    ]
    for name in (
        "r3/procurement_total_zijin.txt",
        "r3/procurement_total_jihua.txt",
    ):  # 预算资金共计 / 计划金额
        assert [c.amount_yuan for c in _claims(name, "procurement_total")] == [_d("48.00") * WAN], name


def test_procurement_categories_printed_without_the_first_numbering():
    # "货物类 18.00" / "服务类 30.00", "（一）货物 18.00" / "（三）服务 30.00": before, 合计 alone, silently.
    for name in ("r3/procurement_categories_lei.txt", "r3/procurement_categories_paren.txt"):
        rows = {label: value for (label, _key, _phase), value in _cells(_parse(name), "procurement").items()}
        assert sorted(rows.values()) == [_d("18.00"), _d("30.00"), _d("48.00")], name
        assert rows["合计"] == _d("48.00"), name


def test_budget_versus_actual_in_more_wordings():
    # "年初预算数为300.00万元，实际执行290.00万元", "预算数为10.00万元，执行数为8.00万元，执行率为80.00%"
    [execution] = _claims("r3/execution_zhixingshu.txt", "execution")
    assert (execution.budget_yuan, execution.actual_yuan, execution.stated_rate) == (
        _d("300.00") * WAN,
        _d("290.00") * WAN,
        _d("0.9667"),
    )
    [sangong] = _claims("r3/execution_zhixingshu.txt", "sangong_execution")
    assert (sangong.budget_yuan, sangong.actual_yuan, sangong.stated_rate) == (
        _d("10.00") * WAN,
        _d("8.00") * WAN,
        _d("0.80"),
    )
    # "年初无预算，支出决算为40.00万元"
    unbudgeted = {c.subject_code: c for c in _claims("r3/execution_unbudgeted_wu.txt", "execution")}
    assert (unbudgeted["2011308"].budget_yuan, unbudgeted["2011308"].actual_yuan) == (
        _d("0"),
        _d("40.00") * WAN,
    )
    # "决算数是年初预算的100.00%", "完成年度预算的80.00%"
    rates = {c.subject_code: c.stated_rate for c in _claims("r3/execution_rate_wordings.txt", "execution")}
    assert rates == {"2011301": _d("1.00"), "2011308": _d("0.80")}
    # "1.[2011301]行政运行：…"
    coded = {
        c.subject_code: c.subject_name for c in _claims("r3/execution_code_square_brackets.txt", "execution")
    }
    assert coded == {"2011301": "行政运行", "2011308": "招商引资"}


def test_year_on_year_worded_yasuo_and_against_last_years_actual_execution():
    [cut] = _claims("r3/yoy_yasuo.txt", "year_on_year")  # 决算为8.00万元，比上年压缩2.00万元，下降20.00%
    assert (cut.amount_yuan, cut.change_yuan, cut.stated_rate) == (
        _d("8.00") * WAN,
        _d("-2.00") * WAN,
        _d("-0.20"),
    )
    [change] = _claims("r3/yoy_shiji_zhixingshu.txt", "year_on_year")  # 比上年实际执行数增加20.00万元
    assert (change.subject_name, change.amount_yuan, change.change_yuan) == (
        "收支总预算",
        _d("300.00") * WAN,
        _d("20.00") * WAN,
    )


def test_self_evaluation_actual_column_worded_quannian_juesuanshu():
    [project] = _claims("r3/selfeval_juesuanshu_column.txt", "project_execution")
    assert (project.budget_yuan, project.actual_yuan, project.stated_rate) == (
        _d("50.00") * WAN,
        _d("40.00") * WAN,
        _d("0.80"),
    )


def _document(name: str):
    return _parse(name).document


def test_body_names_of_townships_subdistricts_people_organisations_and_congresses():
    # r4: covers printing "长沙市岳麓区望月湖街道", "长沙县黄花镇", "长沙市妇联", "长沙市教育局本级",
    # "长沙市人民代表大会常务委员会办公厅" (代表 holds 表): before, no unit name and no region.
    expected = {
        "r4/unit_name_subdistrict.txt": ("长沙市岳麓区望月湖街道", "长沙市", "岳麓区"),
        "r4/unit_name_township.txt": ("长沙县黄花镇", None, "长沙县"),
        "r4/unit_name_short_form.txt": ("长沙市妇联", "长沙市", None),
        "r4/unit_name_ben_ji.txt": ("长沙市教育局本级", "长沙市", None),
        "r4/unit_name_people_congress.txt": ("长沙市人民代表大会常务委员会办公厅", "长沙市", None),
        # "长沙市人民政府" / "国有资产监督管理委员会" on the cover: one name (before, cut after 人民政府)
        "r4/unit_name_wrapped_after_government.txt": ("长沙市人民政府国有资产监督管理委员会", "长沙市", None),
    }
    for name, (unit, city, district) in expected.items():
        document = _document(name)
        assert (document.unit_name, document.city, document.district) == (unit, city, district), name
    assert _document("r4/unit_name_ben_ji.txt").scope == "unit"


def test_the_cppccs_and_the_democratic_parties_names_are_no_place():
    # "中国人民政治协商会议长沙市委员会办公室", "中国民主同盟长沙市委员会" (同盟 is no 盟 of Inner Mongolia)
    for name in ("r4/region_cppcc_full_name.txt", "r4/region_democratic_league.txt"):
        document = _document(name)
        assert (document.province, document.city, document.district) == (None, "长沙市", None), name


def test_a_unit_in_a_header_cell_yusuanshu_wanyuan():
    # a 三公 table headed "项目 预算数（万元）" in a report of 元 tables (before: read as 元)
    sangong = _cells(_parse("r4/sangong_unit_in_header_cell.txt"), "sangong")
    assert sangong[("合计", "total", "budget")] == _d("12.00")
    assert sangong[("公务接待费", "reception", "budget")] == _d("4.00")


def test_a_continuation_title_with_a_number_goes_on_the_table():
    # "部门支出总表（续表1）" on the next page: before, a table expenditure_by_function_2 whose parts were
    # said
    result = _parse("r4/continued_title_numbered.txt")
    assert [t.table_key for t in result.tables] == ["expenditure_by_function"]
    cells = _cells(result, "expenditure_by_function")
    assert cells[("208 社会保障和就业支出", "basic", "budget")] == _d("20.00")
    assert cells[("2080506 机关事业单位职业年金缴费支出", "basic", "budget")] == _d("8.00")


def test_the_narrative_after_the_last_table_under_a_heading_of_other_words():
    # "四、其他重要事项的说明" after the 三公 table: before, the claims were read as the table's rows
    result = _parse("r4/narrative_after_last_table.txt")
    assert [c.amount_yuan for c in result.claims if c.claim_kind == "operating_costs"] == [_d("35.60") * WAN]
    assert [c.amount_yuan for c in result.claims if c.claim_kind == "procurement_total"] == [
        _d("18.00") * WAN
    ]


def test_a_label_and_unit_on_the_row_above_the_title_or_a_label_right_of_it():
    # layout: "表3 … 单位：元" over "部门支出总表", "表7 … 单位：万元" over the 三公 table (before: the first
    # table took the second's 万元, 10,000 times too much, silently)
    result = _parse("r4/unit_line_above_title.layout.txt")
    assert [(t.table_key, t.table_label, t.amount_unit) for t in result.tables] == [
        ("expenditure_by_function", "表3", "元"),
        ("sangong", "表7", "万元"),
    ]
    assert _cells(result, "expenditure_by_function")[("合计", "total", "budget")] * WAN == _d("3200000.00")
    # "部门支出总表 … 表3": before, no table at all
    result = _parse("r4/title_label_right_of_title.layout.txt")
    assert [(t.table_key, t.table_label) for t in result.tables] == [
        ("expenditure_by_function", "表3"),
        ("general_budget_by_function", "表5"),
    ]
    assert _cells(result, "general_budget_by_function")[("合计", "project", "budget")] == _d("20.00")


def test_plain_basic_expenditure_split_into_personnel_and_public_funds_on_the_header_line_below():
    # r1: "合计 基本支出 项目支出" / "小计 人员经费 公用经费": before, every full row's 人员经费 was loaded as
    # 项目支出, its 公用经费 as 人员经费 and its 项目支出 as 公用经费, silently.
    cells = _cells(_parse("r1/nested_basic_subtotal_plain.txt"), "general_budget_by_function")
    assert {key: value for (label, key, _p), value in cells.items() if label == "合计"} == {
        "total": _d("300.00"),
        "basic": _d("200.00"),
        "personnel": _d("150.00"),
        "public_funds": _d("50.00"),
        "project": _d("100.00"),
    }
    assert {key: value for (label, key, _p), value in cells.items() if label == "2130101 行政运行"} == {
        "total": _d("200.00"),
        "basic": _d("200.00"),
        "personnel": _d("150.00"),
        "public_funds": _d("50.00"),
    }
    assert {key: value for (label, key, _p), value in cells.items() if label == "2130104 事业运行"} == {
        "total": _d("100.00"),
        "project": _d("100.00"),
    }
    # without the 小计: 基本支出 is the group's label only (before: every row's parts said)
    cells = _cells(_parse("r1/nested_basic_no_subtotal_plain.txt"), "general_budget_by_function")
    assert {key: value for (label, key, _p), value in cells.items() if label == "2130101 行政运行"} == {
        "total": _d("200.00"),
        "personnel": _d("150.00"),
        "public_funds": _d("50.00"),
    }
    assert cells[("合计", "project", "budget")] == _d("100.00")


def test_unit_blocks_whose_first_unit_is_a_peoples_organisation_are_units_not_rows():
    # "某某县残疾人联合会 300.00 200.00 100.00" heading a unit's block: before, the first unit's 208 was
    # loaded as the department's (the table never prints the department's 208); now the units' rows are said
    # and the 合计 row alone loaded
    result = _parse("r1/unit_blocks_first_unit_named_hui.txt")
    assert {(a.row_label, a.column_key): a.amount_yuan / WAN for a in result.amounts} == {
        ("合计", "total"): _d("500.00"),
        ("合计", "basic"): _d("300.00"),
        ("合计", "project"): _d("200.00"),
    }
    assert [d.check_name for d in result.diagnostics if d.table_key == "expenditure_by_function"] == [
        "unit_rows_not_loaded"
    ]


def test_continuation_marks_with_the_tables_number():
    # "（续表3）" at a page's top, the header printed again below it: before, glued to 行政运行's name
    for name in (
        "r1/continued_mark_bracketed_table_number.txt",
        "r1/continued_mark_bracketed_table_number.layout.txt",
    ):
        labels = {a.row_label for a in _parse(name).amounts}
        assert "2130101 行政运行" in labels, name
        assert not any("续表" in label for label in labels), name


def test_project_and_region_rows_are_no_total_rows():
    # r7: every project's and region's row was flagged is_total_row (it prints no code); only 合计 is one
    result = _parse("r7/project_rows_flagged_total.txt")
    flags = {(a.table_key, a.row_label): a.is_total_row for a in result.amounts}
    assert flags[("project_expenditure", "合计")] is True
    assert flags[("project_expenditure", "农村公路养护经费")] is False
    assert flags[("transfer", "合计")] is True
    assert flags[("transfer", "城关镇")] is False


def test_a_project_name_quoting_a_word_keeps_its_first_line():
    # "“雪亮工程”视频监控系统" / "运维经费 120.00": before, the quoted line was dropped (named 运维经费)
    for name in ("r7/project_name_quoted_piece.txt", "r7/project_name_quoted_piece.layout.txt"):
        cells = _cells(_parse(name), "project_expenditure")
        assert cells[("“雪亮工程”视频监控系统运维经费", "total", "budget")] == _d("120.00"), name
        assert cells[("“平安校园”护学岗执勤补助经费", "total", "budget")] == _d("220.00"), name


def test_a_projects_year_column_shishi_niandu_is_no_money():
    # "项目名称 实施年度 合计 一般公共预算 政府性基金" / "老旧小区改造配套设施 2024 300.00 300.00": before,
    # 2024 was loaded as the project's total
    cells = _cells(_parse("r7/project_year_column_niandu.txt"), "project_expenditure")
    assert cells[("老旧小区改造配套设施", "total", "budget")] == _d("300.00")
    assert cells[("城区污水管网提升工程", "government_fund", "budget")] == _d("300.00")
    assert set(cells.values()) <= {
        _d(v) for v in ("900.00", "600.00", "300.00", "450.00", "150.00", "120.00", "30.00")
    }


def test_transfer_tables_by_kind_yibanxing_and_zhuanxiang():
    for name in ("r7/transfer_general_special_columns.txt", "r7/transfer_general_special_columns.layout.txt"):
        cells = _cells(_parse(name), "transfer")
        assert cells[("合计", "general_transfer", "budget")] == _d("420.00"), name
        assert cells[("合计", "special_transfer", "budget")] == _d("200.00"), name
        assert cells[("城关镇", "special_transfer", "budget")] == _d("50.00"), name


def test_tables_stated_empty_in_other_words():
    # "不涉及…", "没有…收入，也没有…支出", "无专项转移支付预算": empty, no unit asked for, no 0.00 loaded
    result = _parse("r7/empty_statement_without_keyword_no_unit.txt")
    assert {t.table_key: t.is_empty for t in result.tables} == {
        "expenditure_by_function": False,
        "government_fund": True,
        "state_capital": True,
        "transfer": True,
    }
    assert not [d for d in result.diagnostics if d.check_name == "amount_unit_missing"]
    assert not [a for a in result.amounts if a.table_key == "transfer"]


def _items(name: str):
    return _parse(name).line_items


def test_detail_lines_typed_by_the_parts_or_the_classes_of_2020_under_a_type_column():
    # r5: under 支出类型 / 项目类别, "人员经费" / "公用经费" and "人员类项目" / "运转类项目" /
    # "特定目标类项目": before, every basic line was a project named after its type word (360.00 of 400.00
    # moved)
    for name in ("r5/li_type_personnel_public.txt", "r5/li_type_yitihua_classes.txt"):
        items = _items(name)
        basic = sum(i.amount_yuan for i in items if i.expenditure_type == "basic")
        project = sum(i.amount_yuan for i in items if i.expenditure_type == "project")
        assert (basic, project) == (_d("360.00") * WAN, _d("40.00") * WAN), name
        assert {i.project_name for i in items if i.expenditure_type == "project"} <= {
            "2024年草地贪夜蛾统防统治",
            "2023年草地贪夜蛾统防统治",
        }, name


def test_codes_printed_in_brackets_in_blocks_and_detail_lines():
    # "[30101]基本工资" in side-by-side blocks: before, one row per line, 301 given the next block's figure
    for name in ("r5/blocks_bracketed_codes.txt", "r5/blocks_bracketed_codes.layout.txt"):
        codes = {
            a.subject_code: a.amount_yuan / WAN
            for a in _parse(name).amounts
            if a.table_key == "general_budget_basic_by_economic" and a.subject_code
        }
        # "[301]工资福利支出 300.00 [302]商品和服务支出 45.00" / "[30101]基本工资 120.00 [30201]办公费 20.00"
        assert (codes["301"], codes["302"]) == (_d("300.00"), _d("45.00")), name
        assert (codes["30101"], codes["30201"]) == (_d("120.00"), _d("20.00")), name
    # "[2130101]行政运行 [50101]… [30101]…": before, no line item at all and no word about it
    items = _items("r5/li_bracketed_codes.txt")
    assert len(items) == 10
    assert (
        items[0].functional_code,
        items[0].economic_government_code,
        items[0].economic_department_code,
    ) == (
        "2130101",
        "50101",
        "30101",
    )


def test_economic_tables_worded_jingji_kemu():
    # "部门支出预算表（经济科目）", "经济科目编码": before, read by function, no codes
    cells = _cells(_parse("r5/econ_title_jingji_kemu.txt"), "expenditure_by_economic")
    assert cells[("301 工资福利支出", "basic", "budget")] == _d("300.00")
    assert cells[("合计", "project", "budget")] == _d("40.00")
    cells = _cells(_parse("r5/project_table_jingji_kemu.txt"), "expenditure_by_economic")
    assert cells[("30227 委托业务费", "total", "budget")] == _d("25.00")


def test_side_by_side_blocks_whose_second_is_short_or_whose_sums_say_xiaoji():
    # a 公用经费 block of three rows beside a long 人员经费 block: before, read as one block (a row
    # "人员经费合计350.00公用经费合计" with 14.00, six rows said)
    codes = {
        a.row_label: a.amount_yuan / WAN
        for a in _parse("r5/blocks_short_public_block.txt").amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert codes["人员经费合计"] == _d("350.00")
    assert codes["公用经费合计"] == _d("14.00")
    assert codes["302 商品和服务支出"] == _d("14.00")
    assert codes["30228 工会经费"] == _d("6.00")
    # "人员经费小计 312.00 公用经费小计 48.00": before, the line of the blocks' sums was lost
    labels = {
        a.row_label: a.amount_yuan / WAN for a in _parse("r5/blocks_subtotal_labels_xiaoji.txt").amounts
    }
    assert (labels["人员经费小计"], labels["公用经费小计"]) == (_d("312.00"), _d("48.00"))


def test_a_finals_phase_groups_worded_nianchu_yusuan_or_zhixingshu():
    # r6: layout blocks under "年初预算" | "决算数" and "年初预算数" | "执行数": before, all 48 figures lost
    for name in ("r6/phase_groups_nianchu_yusuan.layout.txt", "r6/phase_groups_zhixingshu.layout.txt"):
        cells = _cells(_parse(name), "general_budget_by_function")
        assert len(cells) == 48, name
        assert cells[("合计", "total", "budget")] == _d("1200.00"), name
        assert cells[("合计", "project", "actual")] == _d("400.00"), name


def test_unit_subtotals_of_a_party_committees_departments_are_no_projects():
    # r7: "中共某某市某某区委组织部 200.00 …" and "中共某某市某某区委党校 160.00 …" each over their projects:
    # before, loaded as projects (the rows added up to twice the 合计)
    cells = _cells(_parse("r7/project_unit_subtotals_named_bu_dangxiao.txt"), "project_expenditure")
    totals = {label: value for (label, key, _p), value in cells.items() if key == "total"}
    assert totals.pop("合计") == _d("460.00")
    assert sum(totals.values()) == _d("460.00")
    assert not any(label.endswith(("组织部", "党校")) for label in totals)


def test_header_labels_spread_over_their_cells():
    # r6: "合    计" (layout) and every header cell's characters drawn apart in an unruled PDF
    # ("基 本 支 出"): before, 10 of 24 figures (layout) and all 24 (PDF) were said, not placed
    for name in ("r6/spread_header_total.layout.txt", "r6/pdf_spread_header_unruled.pdf"):
        cells = _cells(_parse(name), "general_budget_by_function")
        assert len(cells) == 24, name
        assert cells[("合计", "total", "budget")] == _d("1250.00"), name
        assert cells[("2010302 一般行政管理事务", "project", "budget")] == _d("200.00"), name


def test_plain_comparison_columns_with_this_years_printed_first():
    # r1: "2024年预算数 2023年预算数 增减额 增减率": before, every row but one said ("0 readings fit")
    cells = _cells(_parse("r1/comparison_this_year_first_plain.txt"), "general_budget_by_function")
    assert cells == {
        ("合计", "total", "budget"): _d("300.00"),
        ("213 农林水支出", "total", "budget"): _d("300.00"),
        ("21301 农业农村", "total", "budget"): _d("300.00"),
        ("2130101 行政运行", "total", "budget"): _d("200.00"),
        ("2130104 事业运行", "total", "budget"): _d("100.00"),
    }


def test_a_form_label_printed_spaced_gongkai_03_biao():
    # r10 (as js_jcy_2019's layout text prints its labels): "公开 03 表" on the line above the title
    result = _parse("r10/label_gongkai_spaced_above_title.layout.txt")
    assert [(t.table_key, t.table_label) for t in result.tables] == [("expenditure_by_function", "公开03表")]


def _keys(name: str, table_key: str) -> dict[tuple[str, str], Decimal]:
    return {(key, phase): value for (_label, key, phase), value in _cells(_parse(name), table_key).items()}


def test_sangong_tables_worded_yunwei_zongji_and_goujifei_ji_yunxingfei():
    # r8: "公务用车运维费" columns or rows, a 总计 row, "公务用车购置费及运行费" over its parts, year rows
    # "2024年预算金额": before, nothing loaded (too_many_amounts, names no 三公 item, a column named twice)
    expected = {
        "total": _d("20.50"),
        "outbound": _d("0.00"),
        "vehicle": _d("14.50"),
        "vehicle_purchase": _d("6.00"),
        "vehicle_operation": _d("8.50"),
        "reception": _d("6.00"),
    }
    for name in ("r8/sangong_vehicle_yunweifei.txt", "r8/sangong_vehicle_yunweifei.layout.txt"):
        assert {key: v for (key, _p), v in _keys(name, "sangong").items()} == expected, name
    gouzhifei = _keys("r8/sangong_vehicle_gouzhifei_ji_yunxingfei.txt", "sangong")
    assert (gouzhifei[("vehicle", "budget")], gouzhifei[("vehicle_operation", "budget")]) == (
        _d("8.50"),
        _d("8.50"),
    )
    assert len(_keys("r8/sangong_items_rows_zongji.txt", "sangong")) == 12
    assert len(_keys("r8/sangong_items_rows_yunweifei.txt", "sangong")) == 12
    assert _keys("r8/sangong_phase_rows_yusuan_jine.txt", "sangong")[("total", "budget")] == _d("14.50")


def test_procurement_tables_in_other_words():
    # r8: category columns "货物类" / "货物采购", rows "一、货物采购", the header's words spaced "合 计", a
    # total row named 政府采购预算合计: before, nothing but (at most) the total
    for name in (
        "r8/procurement_category_columns_lei.txt",
        "r8/procurement_category_columns_caigou.txt",
        "r8/procurement_category_rows_caigou.txt",
        "r8/procurement_spaced_header_words.layout.txt",
        "r8/procurement_total_row_named.txt",
    ):
        cells = _cells(_parse(name), "procurement")
        assert sorted(cells.values()) == [_d("0.00"), _d("18.00"), _d("30.00"), _d("48.00")], name
        assert cells[("合计", "total", "budget")] == _d("48.00"), name


def test_self_evaluation_funds_row_worded_zijin_zonge():
    claims = {c.subject_name: c for c in _parse("r8/selfeval_funds_row_zijin_zonge.txt").claims}
    aid = claims["城乡困难群众救助补助资金"]
    assert (aid.budget_yuan, aid.actual_yuan, aid.stated_rate) == (
        _d("240.00") * WAN,
        _d("228.00") * WAN,
        _d("0.95"),
    )
    assert claims["高龄老人生活补贴"].actual_yuan == _d("215.60") * WAN


def test_a_change_and_its_rate_one_space_apart_in_layout_text():
    # r6: "… 280.00   200.00  -80.00 -28.57%": before, the row's figures were read as part of its name
    cells = _cells(_parse("r6/change_rate_one_space.layout.txt"), "general_budget_by_function")
    assert cells[("2010302 一般行政管理事务", "total", "budget")] == _d("200.00")
    assert cells[("20805 行政事业单位养老支出", "total", "budget")] == _d("150.00")
    assert cells[("合计", "total", "budget")] == _d("1250.00")
