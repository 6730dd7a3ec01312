"""Session 54: a 说明's 类/款/项 chain is placed by the national classification's 款 and 项 names where the
report's own tables do not name them (dagster_project/parser/national_subjects.py, harvested from the stored
reports by tools/harvest_national_subjects.py). Expected values typed from the texts as printed."""

import re
from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document
from dagster_project.parser.national_subjects import NATIONAL_SUBJECTS
from dagster_project.parser.vocabulary import national_subject_code

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
WAN = Decimal(10000)


def _executions(path: Path) -> list:
    result = parse_document(path.read_bytes(), path.name)
    return [c for c in result.claims if c.claim_kind == "execution"], result


def test_chains_of_a_plain_text_whose_tables_are_not_read_get_their_codes():
    # 上海市闵行区教育局 2022 部门决算 as plain pdftotext: its tables print their codes split over lines
    # ("205" / "01" / "01 行政运行") and are not read, so no table names a 款 or 项.
    path = HAND_WRITTEN / "rules_s38b" / "m1_shanghai_minhang_jyj_2022_final.txt"
    claims, result = _executions(path)
    assert not [a for a in result.amounts if a.table_key == "expenditure_by_function"]
    by_line = {c.source_line: c for c in claims}
    expected = {
        # "1、教育支出（类）教育管理事务（款）行政运行（项）。…年初预算为 5210.00 万元，支出决算为
        # 5138.75万元。"
        2968: ("2050101", Decimal("5210.00"), Decimal("5138.75")),
        # "2、教育支出（类）教育管理事务（款）一般行政管理事务（项）。…年初预算为 1380.00 万元，
        # 支出决算为1265.80"
        2972: ("2050102", Decimal("1380.00"), Decimal("1265.80")),
        # "18、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。…年初预算为
        # 530.00 万元，支出决算为512.60万元" (行政单位离退休, the later name of 归口管理的行政单位离退休)
        3021: ("2080501", Decimal("530.00"), Decimal("512.60")),
    }
    for line, (code, budget, actual) in expected.items():
        claim = by_line[line]
        got = (claim.subject_code, claim.budget_yuan, claim.actual_yuan)
        assert got == (code, budget * WAN, actual * WAN), line


def test_a_chain_naming_an_item_no_report_prints_stays_without_its_code():
    text = (
        "某区某局2023年度部门决算\n第二部分 2023年度部门决算情况说明\n"
        "（三）一般公共预算财政拨款支出决算具体情况\n"
        "1、教育支出（类）教育管理事务（款）某某专项事务（项）。年初预算为 10.00 万元，支出决算为9.00万元。\n"
        "2、教育支出（类）某某教育事务（款）行政运行（项）。年初预算为 20.00 万元，支出决算为18.00万元。\n"
        "3、教育支出（类）教育管理事务（款）行政运行（项）。年初预算为 30.00 万元，支出决算为27.00万元。\n"
    )
    result = parse_document(text.encode(), "probe_2023_final.txt")
    codes = {c.actual_yuan / WAN: c.subject_code for c in result.claims if c.claim_kind == "execution"}
    # an unknown 项 under a known 款, and a known 项 name under an unknown 款: never a guess
    assert codes[Decimal(9)] is None
    assert codes[Decimal(18)] is None
    assert codes[Decimal(27)] == "2050101"


def test_the_vocabulary_holds_national_names_by_their_parent():
    # typed from the tables of the stored reports (and the national classification they follow)
    assert national_subject_code("205", "教育管理事务") == "20501"
    assert national_subject_code("20501", "行政运行") == "2050101"
    assert national_subject_code("20805", "机关事业单位基本养老保险缴费支出") == "2080505"
    assert national_subject_code("20805", "机关事业单位基本养老保险缴费") == "2080505"  # without its 支出
    assert national_subject_code("221", "住房改革支出") == "22102"
    assert national_subject_code("22102", "住房公积金") == "2210201"
    # 行政运行 is a 项 under many 款, each its own: placed by its parent only
    assert national_subject_code("20103", "行政运行") == "2010301"
    assert national_subject_code("20502", "行政运行") is None  # 普通教育 prints none (20502 01 is 学前教育)
    assert national_subject_code("20501", "某某专项事务") is None
    for (parent, name), (code, first_year) in NATIONAL_SUBJECTS.items():
        assert code[:-2] == parent and len(code) in (5, 7), (parent, name, code)
        assert 2010 <= first_year <= 2030, (parent, name, first_year)
        # names only, no piece of a misread template ("住房公积金财决03表", "行政事业单位养老支出①")
        assert re.fullmatch(r"[\u4e00-\u9fff()、]{2,40}", name), name
    # a tail of a name wrapped over lines is no name of its own
    assert ("20805", "年金缴费支出") not in NATIONAL_SUBJECTS


def test_a_chain_opening_at_its_kuan_takes_the_one_code_other_reports_print_that_kuan_under():
    # 江苏省民政厅 2018 部门预算 as plain pdftotext, its tables not read: "2．社会福利（款）老年福利（项）
    # 支出5540.6万元，与上年相比减少319.8万元，下降5.46%" and "3．特困人员救助供养（款）农村特困人员救助
    # 供养支出（项）支出3600万元，与上年相比增加400万元，增长12.50%" (no 类 printed: 社会福利 is 20810
    # wherever it is printed)
    path = HAND_WRITTEN / "rules_s39b" / "b1_jiangsu_mzt_2018_dept_budget.txt"
    result = parse_document(path.read_bytes(), path.name)
    changes = {c.source_line: c for c in result.claims if c.claim_kind == "year_on_year"}
    assert (changes[1787].subject_code, changes[1787].amount_yuan) == ("2081002", Decimal("5540.6") * WAN)
    assert (changes[1789].subject_code, changes[1789].amount_yuan) == ("2082102", Decimal(3600) * WAN)
    # a 项 name under many 款 opens no chain alone: 行政运行
    from dagster_project.parser.vocabulary import national_subject_named

    assert national_subject_named("社会福利", 5) == "20810"
    assert national_subject_named("行政运行", 7) is None


def test_a_chain_by_economic_class_takes_no_national_functional_code():
    # (the review's probes) 其他支出 names the functional 类 229 and the economic class 399 alike: in a
    # passage by economic class, its 款 is none of 229's, however the heading words it
    head = "某县某局2023年度部门决算\n第二部分 2023年度部门决算情况说明\n"
    for heading in ("按支出经济分类：", "（三）按经济科目分类"):
        item = "1、其他支出（类）其他支出（款）。年初预算为 30.00 万元，支出决算为27.00万元。\n"
        text = head + heading + "\n" + item
        result = parse_document(text.encode(), "economic_passage.txt")
        [claim] = [c for c in result.claims if c.claim_kind == "execution"]
        assert (claim.actual_yuan, claim.subject_code) == (Decimal(27) * WAN, None), heading


def test_a_name_is_placed_for_reports_of_the_years_other_reports_print_it_in():
    # 其他社会保障和就业支出 is 2089999 in the reports of 2021 on (2089901 in a Jiangsu 2018 budget): a report
    # of an earlier year than any printing it gets no code from it
    assert national_subject_code("20899", "其他社会保障和就业支出", 2023) == "2089999"
    assert national_subject_code("20899", "其他社会保障和就业支出", 2018) is None
    assert national_subject_code("20899", "其他社会保障和就业支出") == "2089999"  # (year unknown)
    chain = "1、社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）。"
    for year, code in ((2023, "2089999"), (2018, None)):
        text = (
            f"某区某局{year}年度部门决算\n第二部分 {year}年度部门决算情况说明\n"
            f"{chain}年初预算为 10.00 万元，支出决算为9.00万元。\n"
        )
        result = parse_document(text.encode(), f"probe_{year}_final.txt")
        [claim] = [c for c in result.claims if c.claim_kind == "execution"]
        assert claim.subject_code == code, year
