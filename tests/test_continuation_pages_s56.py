"""Session 56: rows of a table's later page that `pdftotext -layout` sets on a grid of its own, without the
header printed again (rules_s56 FINDINGS 1-2, rules_s55 FINDINGS 4). Expected values are typed from reading
the texts (line numbers in the comments); each test failed before the session's change."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
HI1 = HAND_WRITTEN / "rules_s56" / "hi1_hainan_longhua_zjj_2022_final.layout.txt"
QH1 = HAND_WRITTEN / "rules_s55" / "qh1_qinghai_chengzhong_wjj_2023_final.layout.txt"
WAN = Decimal(10000)
INCOME = "income_by_function"


def _parse(path: Path, text: str | None = None):
    return parse_document(text.encode() if text is not None else path.read_bytes(), path.name)


def _row(result, table_key: str, label: str) -> dict[str, Decimal]:
    return {
        a.column_key: a.amount_yuan
        for a in result.amounts
        if a.table_key == table_key and a.row_label == label
    }


def _wan(**cells: str) -> dict[str, Decimal]:
    return {key: Decimal(value) * WAN for key, value in cells.items()}


def test_a_total_row_alone_on_a_page_takes_the_columns_the_table_fills():
    # hi1 收入决算表: the header (line 157) names 7 columns; page 1's rows fill 本年收入合计, 财政拨款收入 and
    # 事业收入 only (lines 177-178: "21202 城乡社区规划与管理 454.60 426.00 28.60", the 28.60 under 事业收入).
    # The 合计 (line 194, "合计   5,087.62   5,059.02       28.60") stands alone on the next page, on a grid
    # of its own: its 28.60 is left of where 上级补助收入 stood on page 1. It had been loaded as upper_grant.
    result = _parse(HI1)
    assert _row(result, INCOME, "合计") == _wan(
        total="5087.62", fiscal_appropriation="5059.02", business="28.60"
    )
    assert _row(result, INCOME, "21202 城乡社区规划与管理") == _wan(
        total="454.60", fiscal_appropriation="426.00", business="28.60"
    )


def test_a_continuation_pages_total_row_printing_every_filled_column():
    # qh1 收入决算表, the 续表 page (lines 204-208): "合计 3,342.12 3,158.52 168.00 12.40 3.20" on a narrower
    # grid than page 1, whose rows fill 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 其他收入
    # (the 210 row, line 177: 3,172.30 2,988.70 168.00 12.40 3.20); 经营收入 and 附属单位上缴收入 are blank
    # throughout.
    # It had been said as ambiguous_columns (two figures under 事业收入).
    result = _parse(QH1)
    assert _row(result, INCOME, "合计") == _wan(
        total="3342.12",
        fiscal_appropriation="3158.52",
        upper_grant="168.00",
        business="12.40",
        other_income="3.20",
    )
    assert not [d for d in result.diagnostics if d.table_key == INCOME and d.severity != "info"]


def test_a_total_row_filling_fewer_columns_than_the_first_page_is_not_lined_up():
    # The same 合计 printing a zero in place of its 事业收入 figure: a 合计 whose figures do not fill every
    # column the first page fills tells nothing of which columns the page's figures stand in; the row is read
    # as before, by where its figures stand (a zero is no money of any column here).
    text = HI1.read_text().replace(
        "合计   5,087.62   5,059.02       28.60", "合计   5,087.62   5,059.02        0.00"
    )
    result = _parse(HI1, text)
    assert _row(result, INCOME, "合计") == _wan(
        total="5087.62", fiscal_appropriation="5059.02", upper_grant="0.00"
    )


def test_a_continuation_pages_item_part_standing_where_the_first_pages_class_parts_do():
    # xz1 (rules_s56) 一般公共预算支出表, codes printed sparse in 类 | 款 | 项 columns (page 1: 款 parts
    # after 6 spaces, 项 parts after 11). The 续表 page (line 275) sets "     01   住房公积金     152.48 …"
    # on a grid of its own, its 项 part "01" after 5 spaces, where page 1's 款 parts stand. After
    # "      02  住房改革支出" of 221 (line 270) a 款 01 cannot follow (a classification's rows ascend): it
    # is 2210201, 22102's 项. It had been loaded as 22101 (保障性安居工程支出's code) in three tables.
    path = HAND_WRITTEN / "rules_s56" / "xz1_xizang_chengguan_nyncj_2024_dept_budget.layout.txt"
    result = _parse(path)
    for table_key in ("income_by_function", "expenditure_by_function", "general_budget_by_function"):
        codes = {a.subject_code for a in result.amounts if a.table_key == table_key}
        assert "2210201" in codes and "22101" not in codes, table_key
    assert _row(result, "general_budget_by_function", "2210201 住房公积金") == _wan(
        total="152.48", basic="152.48", personnel="152.48"
    )


def test_both_names_wrapped_around_a_dual_code_rows_line():
    # rules_s55 nx1 一般公共预算基本支出预算表 (元), 部门 code | name | 政府 code | name | 合计 | 人员经费 |
    # 公用经费, lines 269-276:
    #   "30107    绩效工资        50101    工资奖金津补贴         2,864,300.00      2,864,300.00"
    #   "         机关事业单位基本养            社会保障缴费"
    #   "30108                50102                    1,186,420.00      1,186,420.00"
    #   "        老保险缴费"
    # 50102 is the 政府 code, no figure; the piece above 30108's line starts both its names (the row above
    # printed its own on its line). It had been said (two figures under 合计), 30107's 政府 name run on.
    path = HAND_WRITTEN / "rules_s55" / "nx1_ningxia_xingqing_scjgj_2024_dept_budget.layout.txt"
    result = _parse(path)
    basic = "general_budget_basic_by_economic"
    names = {
        a.subject_code: (a.subject_name, a.paired_code, a.paired_name)
        for a in result.amounts
        if a.table_key == basic and a.subject_code
    }
    assert names["30107"] == ("绩效工资", "50101", "工资奖金津补贴")
    assert names["30108"] == ("机关事业单位基本养老保险缴费", "50102", "社会保障缴费")
    assert names["30110"] == ("职工基本医疗保险缴费", "50102", "社会保障缴费")
    assert _row(result, basic, "30108 机关事业单位基本养老保险缴费") == {
        "total": Decimal("1186420.00"),
        "personnel": Decimal("1186420.00"),
    }
    assert not [d for d in result.diagnostics if d.table_key == basic and d.severity != "info"]


def test_a_names_last_piece_filling_its_cell_that_the_national_names_end_above():
    # rules_s56b sx1 (太原市小店区卫生健康局 2023 决算), layout 收入决算表 lines 187-191:
    #   "210   01   01    行政运行           489.20 …" / "                 其他卫生健康" /
    #   "210   01   99                   168.60 …" / "                 管理事务支出" /
    #   "210   04         公共卫生         2,848.80 …"
    # "管理事务支出" fills the name's cell, as a name's first piece does, but 2100199 is
    # 其他卫生健康管理事务支出 and 21004 公共卫生 in the national classification: it ends the name above.
    # It had been read as 21004's first piece ("管理事务支出公共卫生", and 2100199 "其他卫生健康"), in three
    # tables.
    path = HAND_WRITTEN / "rules_s56b" / "sx1_shanxi_xiaodian_wjj_2023_final.layout.txt"
    result = _parse(path)
    for table_key in ("income_by_function", "expenditure_by_function", "general_budget_by_function"):
        names = {a.subject_code: a.subject_name for a in result.amounts if a.table_key == table_key}
        assert names["2100199"] == "其他卫生健康管理事务支出", table_key
        assert names["21004"] == "公共卫生", table_key
