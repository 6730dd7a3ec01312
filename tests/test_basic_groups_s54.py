"""Session 54: a 基本支出表 whose header, as plain text prints it, names 人员经费 and not 公用经费 (the
cell printed on the next page, among the rows) does not file the parts of 公用经费's classes (302 …) under
人员经费. Expected values typed from the text as printed (rules_s38c/j3: 江苏省卫生健康委员会 2022
部门预算)."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
PLAIN = HAND_WRITTEN / "rules_s38c" / "j3_jiangsu_wjw_2022_dept_budget.txt"
WAN = Decimal(10000)


def test_parts_of_the_other_groups_classes_are_said_not_filed_under_the_one_column_read():
    result = parse_document(PLAIN.read_bytes(), PLAIN.name)
    basic = [a for a in result.amounts if a.table_key == "general_budget_basic_by_economic"]
    cells = {(a.subject_code, a.column_key): a.amount_yuan for a in basic}
    # "301 / 工资福利支出 / 18,614.71 / 18,614.71": 工资福利支出 is 人员经费
    assert cells[("301", "total")] == Decimal("18614.71") * WAN
    assert cells[("301", "personnel")] == Decimal("18614.71") * WAN
    # "303 … 4,117.96 4,117.96": 对个人和家庭的补助 is 人员经费
    assert cells[("303", "personnel")] == Decimal("4117.96") * WAN
    # "302 / 商品和服务支出 / 2,208.98 / 2,208.98" and "30201 / 办公费 / 236.00 / 236.00": totals kept, the
    # parts (公用经费, whose header cell the text prints on the next page) not filed under 人员经费
    assert cells[("302", "total")] == Decimal("2208.98") * WAN
    assert cells[("30201", "total")] == Decimal("236.00") * WAN
    assert not [a for a in basic if a.column_key == "personnel" and a.subject_code.startswith("302")]
    [said] = [d for d in result.diagnostics if d.check_name == "columns_unknown" and "人员经费" in d.message]
    assert said.observed.split()[:2] == ["2,208.98", "236.00"]
    assert len(said.observed.split()) == 17  # 302 and its 16 款 printed


def test_a_template_filing_some_302_items_under_personnel_keeps_them():
    # (the review's probe, after a real Yunnan template that files 工会经费, 福利费 and 其他交通费用 under
    # 人员经费): a table printing only 人员经费 whose 302 row's part falls short of its total lost no header
    # cell; its parts stand
    text = (
        "某县某局2026年部门预算\n第一部分 部门预算表\n表6 一般公共预算基本支出表（人员经费）\n单位：万元\n"
        "部门经济分类科目编码 部门经济分类科目名称 合计 人员经费\n"
        "合计 160.00 148.00\n"
        "301 工资福利支出 100.00 100.00\n30101 基本工资 100.00 100.00\n"
        "302 商品和服务支出 40.00 28.00\n30201 办公费 12.00\n30228 工会经费 5.00 5.00\n"
        "30229 福利费 3.00 3.00\n"
        "30239 其他交通费用 20.00 20.00\n"
        "303 对个人和家庭的补助 20.00 20.00\n30302 退休费 20.00 20.00\n"
    )
    result = parse_document(text.encode(), "personnel_only.txt")
    personnel = {a.subject_code: a.amount_yuan for a in result.amounts if a.column_key == "personnel"}
    assert personnel["302"] == Decimal(28) * WAN
    assert personnel["30228"] == Decimal(5) * WAN
    assert personnel["30239"] == Decimal(20) * WAN
    assert not [d for d in result.diagnostics if d.check_name == "columns_unknown"]
