"""Shapes fixed in session 40, each test failing on the code before its fix. Inputs are reviewers' probes
(tests/golden/hand_written/probes_s39/review/*, FINDINGS.md) or typed here; expectations typed from the
text."""

from pathlib import Path

from dagster_project.parser import parse_document

PROBES_S39 = Path(__file__).parent / "golden" / "hand_written" / "probes_s39" / "review"


def _table(result, table_key: str):
    return next(t for t in result.tables if t.table_key == table_key)


def test_lone_whole_figures_in_a_text_without_page_breaks_leave_the_table_said_not_empty():
    # v1 #6: "合计 / 因公出国（境）费 / … / 公务接待费 / 12 / 0 / 8 / 0 / 8 / 4" with no page break in the
    # text: each lone number may be a page's, so none is read; before, the table was marked empty in silence.
    name = "lone_whole_figures_table_marked_empty.txt"
    result = parse_document((PROBES_S39 / "v1" / name).read_bytes(), name)
    sangong = _table(result, "sangong")
    assert not sangong.is_empty
    said = [d for d in result.diagnostics if d.check_name == "table_unread" and d.table_key == "sangong"]
    assert len(said) == 1 and "(12 0 8 0 8 4)" in said[0].message
    # the table stated empty right after it stays empty
    assert _table(result, "government_fund").is_empty


def test_lone_numbers_running_one_by_one_are_page_numbers_of_an_empty_table():
    # A table printing no figure, over two pages of a text without page breaks: "7" and "8" are its pages'
    # numbers (they run 1 by 1), so the table is empty as before, and nothing is said about it.
    text = (
        "某某局2024年部门预算\n"
        "表七 政府性基金预算支出表\n"
        "单位：万元\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "7\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n"
        "8\n"
        "表八 国有资本经营预算支出表\n"
        "单位：万元\n"
        "此表为空\n"
    )
    result = parse_document(text.encode(), "pages.txt")
    fund = _table(result, "government_fund")
    assert fund.is_empty and fund.empty_reason == "no amount is printed in the table"
    assert not [d for d in result.diagnostics if d.check_name == "table_unread"]


RULES_S39B = Path(__file__).parent / "golden" / "hand_written" / "rules_s39b"


def test_the_next_block_s_code_printed_after_a_figure_is_no_amount():
    # rules_s39b f2 plain, 一般公共预算财政拨款基本支出决算表 in three blocks side by side (科目名称 three
    # times in its header): "30101" / "基本工资" / "720.40 30201" / "办公费" / "62.00 30216" …: 30201 is
    # 办公费's code in the block beside. Before: loaded as 30101's 人员经费 figure, 30,201 万元 (and 302,
    # 30205 … the same way).
    name = "f2_jiangsu_jrj_2023_final.txt"
    result = parse_document((RULES_S39B / name).read_bytes(), name)
    basic = {
        (a.subject_code, a.column_key): a.amount_raw
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    assert basic[("30101", "total")] == "720.40"
    assert basic[("30102", "total")] == "860.20"
    assert not [key for key in basic if key[1] != "total"]
    assert not [raw for raw in basic.values() if "." not in raw]


RULES_S40A = Path(__file__).parent / "golden" / "hand_written" / "rules_s40a"


def test_a_sangong_figure_is_placed_by_the_phase_word_over_it_not_by_a_staggered_item_name():
    # rules_s40a j4 -layout, 财政拨款“三公”经费支出决算表: items on staggered lines (公务接待费 on the line
    # above 公务用车运行费, whose estimated width reaches under it), the lowest header line 预算数 | 决算数
    # under each of the six items; the row "1.50  0.86 … 1.50  0.86" prints 合计 and 公务接待费 only (the
    # rest blank).
    # Before: 接待's 预算数 1.50 was loaded as 公务用车运行费.
    name = "j4_shanghai_baoshan_wsjd_2022_final.layout.txt"
    result = parse_document((RULES_S40A / name).read_bytes(), name)
    sangong = {(a.column_key, a.phase): a.amount_raw for a in result.amounts if a.table_key == "sangong"}
    assert sangong == {
        ("total", "budget"): "1.50",
        ("total", "actual"): "0.86",
        ("reception", "budget"): "1.50",
        ("reception", "actual"): "0.86",
    }


RULES_S40B = Path(__file__).parent / "golden" / "hand_written" / "rules_s40b"


def test_project_names_wrapped_around_their_figures_after_a_one_line_row_keep_their_figures():
    # rules_s40b b3 -layout, 项目支出预算表 by unit: "江苏省市场监督管理局本级   13,060.00   13,060.00" (a
    # unit's line, whole), then each project "全省市场主体登记注册及信用监管体系建设" / "860.00   860.00" /
    # "运行维护经费", a blank line between projects, and one-line projects between. Before: the body
    # opening on a whole row was not taken for names wrapped around their figures, and a name wider than
    # the unit's line above was no piece of the name column (layout text ends a cell a display width after
    # its character offset): 860.00 lost, 2,460.00 named "运行维护经费专项整治行动经费", 23 figures lost and
    # 22 misnamed.
    name = "b3_jiangsu_scjgj_2024_dept_budget.layout.txt"
    result = parse_document((RULES_S40B / name).read_bytes(), name)
    projects = {
        a.row_label: a.amount_raw
        for a in result.amounts
        if a.table_key == "project_expenditure" and a.column_key == "total"
    }
    assert projects["全省市场主体登记注册及信用监管体系建设运行维护经费"] == "860.00"
    assert projects["市场秩序综合执法及反不正当竞争、反垄断专项整治行动经费"] == "2,460.00"
    assert projects["机关一般行政管理事务及重点工作专项经费"] == "1,260.00"
    assert projects["消费者权益保护及12315投诉举报热线运行经费"] == "1,000.00"
    assert projects["全省产品质量国家监督抽查、省级监督抽查及质量安全风险监测项目"] == "4,260.00"
    assert projects["计量科学研究及新型计量器具检定方法研究课题经费"] == "2,060.00"
    assert len(projects) == 1 + 10  # 合计 and the 10 projects (the units' lines are said, not loaded)


def test_a_fund_s_name_wrapped_in_its_header_cell_names_no_phase():
    # rules_s40b f2 -layout (a 部门决算), 财政拨款收入支出决算总表: the header cell "政府性基金预" /
    # "算财政拨款" wrapped; the pieces over a figure joined "政府性基金预预算财政拨款", whose 预算 was read as
    # the phase.
    # Before: the column's 26 cells of 0.00 were loaded as the budget's (the 8,060.00 ones as the actual).
    name = "f2_jiangsu_zrzyt_2022_final.layout.txt"
    result = parse_document((RULES_S40B / name).read_bytes(), name)
    fund = [
        a
        for a in result.amounts
        if a.table_key == "fiscal_summary" and a.column_key == "expenditure_government_fund"
    ]
    assert len(fund) >= 26
    assert {a.phase for a in fund} == {"actual"}


def test_a_total_label_printed_after_its_figures_ends_a_plain_table_not_refuses_it():
    # rules_s40a o3 plain (whole codes in one column, reading order): the last rows are "2210203" / "购房补贴"
    # / "864,200.00" / "864,200.00" / "0.00" / "0.00" / "0.00", then "86,757,500.00" / "84,657,500.00" /
    # "1,860,000.00" / "0.00" / "240,000.00" / "合计": the 合计, centred over the merged code and name cells,
    # set after its figures. Before: ten lone figures in a row read as text running column by column, and
    # four tables (收入, 支出, 一般公共预算, 经济分类) said unreadable.
    name = "o3_shanghai_changning_whj_2018_dept_budget.txt"
    result = parse_document((RULES_S40A / name).read_bytes(), name)
    income = {
        (a.row_label, a.column_key): a.amount_raw
        for a in result.amounts
        if a.table_key == "income_by_function"
    }
    assert income[("合计", "total")] == "86,757,500.00"
    assert income[("合计", "business")] == "1,860,000.00"
    assert income[("合计", "other_income")] == "240,000.00"
    assert income[("2210203 购房补贴", "total")] == "864,200.00"
    assert income[("2210203 购房补贴", "other_income")] == "0.00"
    assert income[("207 文化体育与传媒支出", "fiscal_appropriation")] == "66,854,100.00"
    assert not [d for d in result.diagnostics if d.check_name == "rows_unreadable"]


def test_a_child_code_set_between_its_parent_s_name_and_figures_leaves_them_the_parent_s():
    # rules_s40b b2 plain, 支出预算总表: "223" / "国有资本经营预算支出" / "22301" / "2,386.40" / "2,386.40"
    # / "解决历史遗留问题及改革成本支出" / "386.40" / "386.40": plain text set 22301's code before 223's
    # figures.
    # Before: 22301 was loaded at 2,386.40 without a name, 223 was lost and 22301's 386.40 said.
    name = "b2_jiangsu_nynct_2020_dept_budget.txt"
    result = parse_document((RULES_S40B / name).read_bytes(), name)
    spending = {
        (a.row_label, a.column_key): a.amount_raw
        for a in result.amounts
        if a.table_key == "expenditure_by_function" and (a.subject_code or "").startswith("223")
    }
    assert spending[("223 国有资本经营预算支出", "total")] == "2,386.40"
    assert spending[("22301 解决历史遗留问题及改革成本支出", "total")] == "386.40"
    assert spending[("22302 国有企业资本金注入", "total")] == "2,000.00"


def test_a_figure_under_a_centred_column_name_is_placed_though_a_wrapped_neighbour_touches_it():
    # -layout 收入决算表 headers wrap a column's name over lines beside a name printed whole: rules_s40a w5
    # "上级补助收" / "入" beside "事业收入", rules_s40b f1 "附属单位上缴" / "收入" beside "其他收入". Layout
    # text's estimated widths make the wrapped pieces reach over the next column's figures, whose joined
    # header then named no column: 事业收入 (w5) and 其他收入 (f1) were said, so the table's sums could not
    # place the rows of the pages printing no header (w5's 合计 323,083.50 and f1's 120.96 loaded under
    # 上级补助收入).
    w5 = _parse_set(RULES_S40A, "w5_shanghai_hongkou_wjw_2020_final.layout.txt")
    assert w5[("210 卫生健康支出", "business")] == "323,083.50"
    assert w5[("合计", "business")] == "323,083.50"
    assert w5[("合计", "other_income")] == "4,286.40"
    assert not [key for key in w5 if key[1] == "upper_grant"]
    f1 = _parse_set(RULES_S40B, "f1_jiangsu_kjt_2018_final.layout.txt")
    assert f1[("合计", "other_income")] == "1,720.00"
    assert f1[("208 社会保障和就业支出", "business")] == "120.96"
    assert f1[("20699 其他科学技术支出", "other_income")] == "460.00"
    assert not [key for key in f1 if key[1] == "upper_grant"]


def _parse_set(folder: Path, name: str) -> dict[tuple[str, str], str]:
    result = parse_document((folder / name).read_bytes(), name)
    return {
        (a.row_label, a.column_key): a.amount_raw
        for a in result.amounts
        if a.table_key == "income_by_function"
    }
