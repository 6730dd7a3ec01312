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
