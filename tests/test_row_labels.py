"""A row's label is its code and name as printed; a row printing its code and figures but no name (its name
cell blank, or its name lost) is labelled by its code alone, with no trailing space. The label keys cells in
the marts (int_main_expenditure_amounts partitions by it) and names rows in diagnostics."""

from dagster_project.parser import parse_document

# Typed by hand: a 一般公共预算支出表 whose 项 row 2080505 prints no name, and a 基本支出表 whose 款 row 30101
# prints none either; every identity holds (合计 = 208 = 20805 = 2080505; 301 = 30101).
REPORT = """某某区民政局2024年部门预算

表3

                          一般公共预算支出表
                                                                  单位：万元

科目编码               科目名称                        合计       基本支出        项目支出
          合计                                    300.00     200.00      100.00
208       社会保障和就业支出                        300.00     200.00      100.00
20805     行政事业单位养老支出                      300.00     200.00      100.00
2080505                                           300.00     200.00      100.00

表4

                       一般公共预算基本支出表
                                                                  单位：万元

科目编码               科目名称                        合计       人员经费        公用经费
          合计                                    150.00     100.00       50.00
301       工资福利支出                              100.00     100.00
30101                                             100.00     100.00
302       商品和服务支出                             50.00                   50.00
30201     办公费                                     50.00                   50.00
"""


def _labels(table_key: str) -> dict[str, set[str]]:
    result = parse_document(REPORT.encode(), "minzheng_2024_budget.layout.txt")
    labels: dict[str, set[str]] = {}
    for a in result.amounts:
        if a.table_key == table_key:
            labels.setdefault(a.subject_code or "", set()).add(a.row_label)
    return labels


def test_a_row_without_its_name_is_labelled_by_its_code_alone():
    labels = _labels("general_budget_by_function")
    assert labels["2080505"] == {"2080505"}
    assert labels["20805"] == {"20805 行政事业单位养老支出"}
    assert labels[""] == {"合计"}


def test_an_economic_row_without_its_name_is_labelled_by_its_code_alone():
    labels = _labels("general_budget_basic_by_economic")
    assert labels["30101"] == {"30101"}
    assert labels["301"] == {"301 工资福利支出"}
    assert labels["30201"] == {"30201 办公费"}
