"""Basic expenditure tables that print two economic classifications on one row (Beijing's 表六: the
departmental code 部门预算支出经济分类 and the governmental code 政府预算支出经济分类 side by side). The
fixture is written by hand in that layout (the Beijing seed is not in this repository); the expected
records are typed from it."""

from decimal import Decimal

from dagster_project.parser import parse_document

TABLE = """北京市西城区示例局2021年部门预算
表六 一般公共预算财政拨款基本支出表
单位：万元
部门预算支出经济分类科目
政府预算支出经济分类科目
科目编码 科目名称 科目编码 科目名称 合计 人员经费 公用经费
合计 1,500.00 1,200.00 300.00
301 工资福利支出 501 机关工资福利支出 1,200.00 1,200.00
30101 基本工资 50101 工资奖金津补贴 600.00 600.00
30102 津贴补贴 50101 工资奖金津补贴 400.00 400.00
30108 机关事业单位基本养老保险缴费 50102 社会保障
缴费 200.00 200.00
302 商品和服务支出 502 机关商品和服务支出 300.00 300.00
30201 办公费 50201 办公经费 100.00 100.00
30299 其他商品和服务支出 50299 其他商品和服务支出 200.00 200.00
"""

# departmental code -> (name, governmental code, its name, total, personnel, public funds) in 万元
EXPECTED = {
    "301": ("工资福利支出", "501", "机关工资福利支出", "1200.00", "1200.00", None),
    "30101": ("基本工资", "50101", "工资奖金津补贴", "600.00", "600.00", None),
    "30102": ("津贴补贴", "50101", "工资奖金津补贴", "400.00", "400.00", None),
    "30108": ("机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "200.00", "200.00", None),
    "302": ("商品和服务支出", "502", "机关商品和服务支出", "300.00", None, "300.00"),
    "30201": ("办公费", "50201", "办公经费", "100.00", None, "100.00"),
    "30299": ("其他商品和服务支出", "50299", "其他商品和服务支出", "200.00", None, "200.00"),
}


def test_each_row_keeps_both_codes_and_its_amounts():
    result = parse_document(TABLE.encode("utf-8"), "示例局_2021_预算.txt")
    assert not result.diagnostics
    coded = [a for a in result.amounts if a.subject_code]
    got = {}
    for a in coded:
        entry = got.setdefault(
            a.subject_code, [a.subject_name, a.paired_code, a.paired_name, None, None, None]
        )
        entry[3 + ["total", "personnel", "public_funds"].index(a.column_key)] = a.amount_yuan
        assert a.classification == "economic_department"
        assert a.row_label == f"{a.subject_code} {a.subject_name}"
    wan = Decimal(10000)
    assert got == {
        code: [name, paired, paired_name, *(Decimal(v) * wan if v else None for v in figures)]
        for code, (name, paired, paired_name, *figures) in EXPECTED.items()
    }
    totals = {a.column_key: a.amount_yuan for a in result.amounts if a.is_total_row}
    assert totals == {"total": 1500 * wan, "personnel": 1200 * wan, "public_funds": 300 * wan}


def test_a_governmental_code_first_pairs_with_the_departmental_one():
    """The other way round (government code first), the departmental code is the paired one."""
    text = TABLE.replace("301 工资福利支出 501 机关工资福利支出", "501 机关工资福利支出 301 工资福利支出")
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    row = next(a for a in result.amounts if a.subject_code == "501")
    assert (row.classification, row.subject_name, row.paired_code, row.paired_name) == (
        "economic_government",
        "机关工资福利支出",
        "301",
        "工资福利支出",
    )


def test_a_number_in_a_name_that_is_not_the_other_classification_stays_in_the_name():
    """Only a code of the other classification splits a name (a 5xx after a 3xx code, or the reverse); a
    number of the row's own classification stays in the name."""
    text = TABLE.replace("30201 办公费 50201 办公经费", "30201 办公费302项目 ")
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    row = next(a for a in result.amounts if a.subject_code == "30201")
    assert (row.subject_name, row.paired_code) == ("办公费302项目", None)


def test_a_number_inside_a_name_is_not_a_paired_code():
    """A number inside a name ("生活补助(含500元慰问金)"), not a word of its own nor as long as the row's
    code, is part of the name."""
    text = TABLE.replace("30201 办公费 50201 办公经费", "30201 生活补助(含500元慰问金)")
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    row = next(a for a in result.amounts if a.subject_code == "30201")
    assert (row.subject_name, row.paired_code) == ("生活补助(含500元慰问金)", None)


def test_a_first_name_wrapped_before_the_paired_code():
    """ "30108 机关事业单位基本养老保险" / "缴费 50102 社会保障缴费 200.00 200.00": the piece on the next line
    ends the first name and brings the paired code."""
    text = TABLE.replace(
        "30108 机关事业单位基本养老保险缴费 50102 社会保障\n缴费 200.00 200.00",
        "30108 机关事业单位基本养老保险\n缴费 50102 社会保障缴费 200.00 200.00",
    )
    result = parse_document(text.encode("utf-8"), "示例局_2021_预算.txt")
    row = next(a for a in result.amounts if a.subject_code == "30108")
    assert (row.subject_name, row.paired_code, row.paired_name, row.amount_yuan) == (
        "机关事业单位基本养老保险缴费",
        "50102",
        "社会保障缴费",
        Decimal("2000000.00"),
    )


def test_a_cell_per_line_text_pairs_the_codes_and_never_reads_a_code_as_money():
    # Plain pdftotext of a table drawn a text object per cell: code, name, the other code, its name and
    # the figures each on a line. Before, the rows were keyed under the governmental code, and "50201",
    # printed between a row's name and its figures, was that row's total: 502,010,000 元.
    lines = ["北京市西城区示例局2021年部门预算", "表六 一般公共预算财政拨款基本支出表", "单位：万元"]
    lines += ["科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费"]
    lines += ["合计", "300.00", "200.00", "100.00"]
    lines += ["30101", "基本工资", "50101", "工资奖金津补贴", "200.00", "200.00"]
    lines += ["30201", "办公费", "50201", "办公经费", "100.00", "100.00"]
    result = parse_document("\n".join(lines).encode(), "cells.txt", "d")
    rows = {
        a.subject_code: (a.subject_name, a.paired_code, a.paired_name, str(a.amount_yuan))
        for a in result.amounts
        if a.column_key == "total" and a.subject_code
    }
    assert rows == {
        "30101": ("基本工资", "50101", "工资奖金津补贴", "2000000.00"),
        "30201": ("办公费", "50201", "办公经费", "1000000.00"),
    }
