"""The parser against real published reports, with expectations typed by hand from the documents
(tests/golden/corpus/*.json, written by reading the PDFs, never by running the parser)."""

import json
from decimal import Decimal
from functools import cache

import pytest

from dagster_project.parser import parse_document
from dagster_project.parser.tokens import to_yuan

from .conftest import CORPUS_DIR, GOLDEN_DIR, requires_corpus

DOCUMENTS = [
    "sh_putuo_czj_2024_final",
    "sh_putuo_czj_2024_final_INJECTED_ERRORS",
    "sh_putuo_sfj_2026_dept_budget",
    "sh_putuo_sfj_2026_unit_budget",
    "js_jcy_2017_dept_budget",
    "js_jcy_2019_dept_budget",
]
# Printed column headers of the main expenditure table -> the column keys of the landed data.
COLUMNS = {
    "本年支出合计": "total",
    "合计": "total",
    "基本支出": "basic",
    "项目支出": "project",
    "单位预留机动经费": "reserve",
    "上缴上级支出": "remit_upper",
    "经营支出": "operating",
    "对附属单位补助支出": "subsidy_affiliated",
}


@cache
def parsed(name):
    return parse_document((CORPUS_DIR / f"{name}.pdf").read_bytes(), f"{name}.pdf")


@cache
def _goldens():
    """Expectations by the corpus document they describe (each file names it in "document")."""
    out = {}
    for path in GOLDEN_DIR.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "document" in data:
            out[data["document"]] = data
    return out


def golden(name):
    return _goldens()[name]


@requires_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_metadata(name):
    doc, expected = parsed(name).document, golden(name)
    assert doc.parse_status == "parsed"
    assert doc.doc_kind == expected["doc_kind"]
    assert doc.fiscal_year == expected["fiscal_year"]
    assert doc.unit_name == expected["unit_name"]


TABLE_GAPS = {}


@requires_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_tables_found_and_empty_tables(name, request):
    if name in TABLE_GAPS:
        request.applymarker(pytest.mark.xfail(reason=TABLE_GAPS[name], strict=True))
    result, expected = parsed(name), golden(name)
    assert len(result.tables) == len(expected["tables"])
    assert sum(t.is_empty for t in result.tables) == sum(t["is_empty"] for t in expected["tables"])


@requires_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_total_and_class_rows_of_main_expenditure_table(name):
    result, expected = parsed(name), golden(name)
    main = expected["main_expenditure_table"]
    if main is None:  # the planted-errors copy has lost its 支出决算表
        assert result.document.main_table_key != "expenditure_by_function"
        return
    unit = main["amount_unit"]
    total_label = next(label for label in main["total_row"] if COLUMNS.get(label) == "total")
    assert result.document.total_expenditure_yuan == to_yuan(Decimal(main["total_row"][total_label]), unit)
    got = {
        (a.subject_code, a.column_key): a.amount_yuan
        for a in result.amounts
        if a.table_key == result.document.main_table_key
        and a.phase == result.document.doc_kind.replace("final_account", "actual")
    }
    for row in main["class_rows"]:
        for label, value in row["values"].items():
            assert got.get((row["code"], COLUMNS[label])) == to_yuan(Decimal(value), unit), (
                row["code"],
                label,
            )


SANGONG = {
    "合计": "total",
    "因公出国（境）费": "outbound",
    "公务用车购置及运行费": "vehicle",
    "公务用车购置费": "vehicle_purchase",
    "公务用车运行费": "vehicle_operation",
    "公务接待费": "reception",
}


@requires_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_sangong_budget_and_actual(name):
    """三公 items placed by their header cells, whichever order the province prints them in; a blank
    cell is zero (not printed, so not loaded)."""
    result, expected = parsed(name), golden(name)
    sangong = expected.get("sangong") or {}
    unit = sangong.get("amount_unit")
    got = {(a.column_key, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    for phase in ("budget", "actual"):
        for label, value in (sangong.get(phase) or {}).items():
            key = (SANGONG[label], phase)
            assert got.get(key, Decimal("0.00")) == to_yuan(Decimal(value), unit), (label, phase)


# Planted errors of the _INJECTED_ERRORS copy (tests/golden/corpus/planted_errors.json, found by reading
# both copies side by side) that the parser itself reports; the two narrative-versus-table ones are
# checked in the warehouse (tests/test_dagster_pipeline.py).
PLANTED = [
    ("heading_unit_mismatch", "上海市普陀区XX局"),
    ("heading_year_mismatch", "2023"),
    ("table_missing", "absent"),
    ("snapshot_year_mismatch", "截至2023年12月31日"),
    ("comparison_word_contradicts", "决算数大于预算数"),  # 行政运行 1511.89 < 1560.05
    ("comparison_word_contradicts", "决算数大于预算数"),  # 职业年金 80.38 < 80.81
    ("comparison_word_contradicts", "决算数等于预算数"),  # 行政单位医疗 60.99 ≠ 62.29
    ("stated_change_mismatch", "-1.87%"),  # 收入支出总计 0 万元, 减少 56.95 万元, 下降 1.87%
]


@requires_corpus
def test_planted_errors_are_found_and_the_genuine_report_has_none_of_them():
    injected = parsed("sh_putuo_czj_2024_final_INJECTED_ERRORS").diagnostics
    found = sorted((d.check_name, d.observed) for d in injected if d.severity == "warn")
    assert found == sorted(PLANTED)
    genuine = parsed("sh_putuo_czj_2024_final").diagnostics
    assert [d for d in genuine if d.severity in ("warn", "error")] == []


@requires_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_scope_comes_from_the_cover_not_the_file_name(name):
    renamed = parse_document((CORPUS_DIR / f"{name}.pdf").read_bytes(), "report.pdf")
    assert renamed.document.scope == golden(name)["scope"]


OPERATING_COSTS = "一般公共预算机关运行经费支出预算表"


def _operating_costs_expected(name) -> dict[str | None, Decimal]:
    """The golden 机关运行经费 table in yuan by economic code (None: the 合计 row). Where the golden says
    the items are those of the basic table's 302 class, they are taken from there."""
    expected = golden(name)
    table = expected["other_tables"][OPERATING_COSTS]
    figures = {None: table["合计"]}
    figures |= {code: value for code, value in table.items() if code.isdigit()}
    items = table.get("items")
    if items is None:
        basic = expected["basic_expenditure_by_economic"]["items"]
        items = {code: value for code, value in basic.items() if code.startswith("302")}
    figures |= items
    return {code: to_yuan(Decimal(value), "万元") for code, value in figures.items()}


@requires_corpus
@pytest.mark.parametrize("suffix", ["pdf", "txt"])
@pytest.mark.parametrize("name", ["js_jcy_2017_dept_budget", "js_jcy_2019_dept_budget"])
def test_operating_costs_table_by_economic_code(name, suffix):
    """The 机关运行经费 table is read as amounts by economic code, in both renditions. The plain text prints
    code / name / amount on lines of their own, the total's figure under the header, and (2017) one
    figure moved down the page, placed by the 302 = Σ 302xx identity."""
    result = parse_document((CORPUS_DIR / f"{name}.{suffix}").read_bytes(), f"{name}.{suffix}")
    got = {
        (None if a.is_total_row else a.subject_code): a.amount_yuan
        for a in result.amounts
        if a.table_key == "operating_costs" and a.column_key == "total"
    }
    assert got == _operating_costs_expected(name)
    assert not [d for d in result.diagnostics if d.table_key == "operating_costs"]


@requires_corpus
def test_one_column_table_in_plain_text_keeps_each_figure_on_its_row():
    """jcy 2017 财政拨款支出预算表 in plain text: 合计 / 17,981.68 / 204 / 公共安全支出 / 13,641.34 …;
    the figure under the header is the 合计, not the 204 row's (golden
    appropriation_expenditure_by_function)."""
    name = "js_jcy_2017_dept_budget"
    result = parse_document((CORPUS_DIR / f"{name}.txt").read_bytes(), f"{name}.txt")
    table = golden(name)["appropriation_expenditure_by_function"]
    expected = {None: table["合计"]} | {r["code"]: r["amount"] for r in table["class_rows"]} | table["rows"]
    got = {
        (None if a.is_total_row else a.subject_code): a.amount_yuan
        for a in result.amounts
        if a.table_key == "fiscal_by_function" and a.column_key == "total"
    }
    assert got == {code: to_yuan(Decimal(value), "万元") for code, value in expected.items()}


PROCUREMENT = "政府采购支出预算表"


def _procurement_expected(name) -> dict[str, Decimal]:
    table = golden(name)["other_tables"][PROCUREMENT]
    return {label.replace(" ", ""): to_yuan(Decimal(value), "万元") for label, value in table.items()}


def _procurement_got(result) -> dict[str, Decimal]:
    return {a.row_label: a.amount_yuan for a in result.amounts if a.table_key == "procurement"}


@requires_corpus
@pytest.mark.parametrize("suffix", ["pdf", "layout.txt"])
@pytest.mark.parametrize("name", ["js_jcy_2017_dept_budget", "js_jcy_2019_dept_budget"])
def test_procurement_total_and_categories(name, suffix):
    """政府采购支出预算表: the 合计 and the goods / services subtotals (一、货物A, 三、服务C), as the goldens
    type them; the item lines under them are not amounts."""
    result = parse_document((CORPUS_DIR / f"{name}.{suffix}").read_bytes(), f"{name}.{suffix}")
    assert _procurement_got(result) == _procurement_expected(name)
    assert not [d for d in result.diagnostics if d.table_key == "procurement"]


@requires_corpus
@pytest.mark.parametrize("name", ["js_jcy_2017_dept_budget", "js_jcy_2019_dept_budget"])
def test_procurement_in_jumbled_plain_text(name):
    """Plain pdftotext prints "三、服务 C" / "50.00" / "2,555.80" (2017), and "总计" / "类" / "计" /
    "2,744.84" … "63.00" / "2,441.44" / "三、服务 C" (2019): the 合计's spaced label parted, "计" alone above
    its figure, and the services' figure a line or two from its label (an item's figure between, or before).
    Until session 43 the 2019 合计 and both services subtotals were not read (said). The total under "计", and
    the one lone figure within two lines of the category's label that is the 合计 less the other categories:
    the plain text reads what the PDF reads, and says nothing."""
    result = parse_document((CORPUS_DIR / f"{name}.txt").read_bytes(), f"{name}.txt")
    assert _procurement_got(result) == _procurement_expected(name)
    assert not [d for d in result.diagnostics if d.table_key == "procurement"]


@requires_corpus
def test_side_by_side_economic_blocks_with_blank_rows():
    # sh_putuo_czj_2024_final, 一般公共预算财政拨款基本支出决算表 (万元), two blocks side by side. Read from
    # the report: "301 2,082.85 302 171.07" on one line, 人员经费合计 2,152.26 and 公用经费合计 184.65 at the
    # foot; 303 and 310 print their figures away from their codes, and the identities give them:
    # 303 = 2,152.26 - 2,082.85 = 69.41, 310 = 184.65 - 171.07 = 13.58. Rows such as "301 03 奖金" print no
    # figure, while the other block's class code "302" stands beside them on the same line: that code is
    # no amount of theirs.
    cells = {
        a.subject_code or a.row_label: a.amount_yuan
        for a in parsed("sh_putuo_czj_2024_final").amounts
        if a.table_key == "general_budget_basic_by_economic"
    }
    wan = Decimal(10000)
    expected = {
        "301": Decimal("2082.85"),
        "302": Decimal("171.07"),
        "303": Decimal("69.41"),
        "310": Decimal("13.58"),
        "人员经费合计": Decimal("2152.26"),
        "公用经费合计": Decimal("184.65"),
    }
    assert {key: cells.get(key) for key in expected} == {k: v * wan for k, v in expected.items()}
    assert not {"30103", "30107", "30111", "30303", "30305", "30308"} & cells.keys()


@requires_corpus
def test_two_sided_summary_items_are_on_their_side():
    # js_jcy_2019 收支预算总表 (万元) prints 收入 | 支出: 功能分类 | 支出用途, the 支出 heading centred
    # over both expenditure groups: "四、公共安全支出 16,593.12", "八、社会保障和就业支出 1,890.27" and
    # "十八、住房保障支出 5,686.35" are expenditure by function, "一、财政拨款 24,169.74" is income.
    wan = Decimal(10000)
    jcy = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in parsed("js_jcy_2019_dept_budget").amounts
        if a.table_key == "income_expenditure_summary"
    }
    assert jcy[("四、公共安全支出", "expenditure")] == Decimal("16593.12") * wan
    assert jcy[("八、社会保障和就业支出", "expenditure")] == Decimal("1890.27") * wan
    assert jcy[("十八、住房保障支出", "expenditure")] == Decimal("5686.35") * wan
    assert jcy[("一、财政拨款", "income")] == Decimal("24169.74") * wan
    assert not [key for key in jcy if key[0].endswith("支出") and key[1].startswith("income")]
    # sh_putuo_sfj_2026_unit_budget 收支总表 (元): "支出总计 86,959,408.34 20,374,181 1,744,680 64,840,547" on
    # the expenditure side, under 合计 / 人员经费 / 公用经费 / 项目支出.
    sfj = {
        (a.row_label, a.column_key): a.amount_yuan
        for a in parsed("sh_putuo_sfj_2026_unit_budget").amounts
        if a.table_key == "income_expenditure_summary" and a.row_label == "支出总计"
    }
    assert sfj == {
        ("支出总计", "expenditure"): Decimal("86959408.34"),
        ("支出总计", "expenditure_personnel"): Decimal("20374181"),
        ("支出总计", "expenditure_public_funds"): Decimal("1744680"),
        ("支出总计", "expenditure_project"): Decimal("64840547"),
    }
