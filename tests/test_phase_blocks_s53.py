"""Session 53: a final account's 一般公共预算财政拨款支出决算表 in `pdftotext -layout` text, its
年初预算数 block (小计 | 基本支出 | 项目支出) beside its 决算数 block (小计 | 基本支出 over 合计 | 人员经费 |
公用经费 | 项目支出). Each phase's label is centred over its block; the wide 决算数 block centres its label
loosely enough that two cuts of the columns fitted, and every row was said (`ambiguous_columns`). The cut
whose every block opens with its total is the one. Expected values are typed from the texts (line numbers in
the comments); each test failed before the change."""

import json
from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
TABLE = "general_budget_by_function"


def _row(folder: str, name: str, label: str) -> dict[tuple[str, str], Decimal]:
    result = parse_document((HAND_WRITTEN / folder / name).read_bytes(), name)
    return {
        (a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
        if a.table_key == TABLE and a.row_label == label
    }


def _cells(unit: Decimal, *figures: str | None) -> dict[tuple[str, str], Decimal]:
    """The eight columns in their printed order, from the figures as printed (None: a blank cell)."""
    columns = [
        ("total", "budget"),
        ("basic", "budget"),
        ("project", "budget"),
        ("total", "actual"),
        ("basic", "actual"),
        ("personnel", "actual"),
        ("public_funds", "actual"),
        ("project", "actual"),
    ]
    return {
        column: Decimal(figure.replace(",", "")) * unit
        for column, figure in zip(columns, figures, strict=True)
        if figure is not None
    }


WAN, YUAN = Decimal(10000), Decimal(1)


def test_hubei_final_with_both_blocks():
    # rules_s35d f1 (武汉市江岸区教育局 2024 部门决算), lines 209-224 (万元).
    name = "f1_hubei_jiangan_jyj_2024_final.layout.txt"
    assert _row("rules_s35d", name, "合计") == _cells(
        WAN,
        "39,450.00",
        "35,730.00",
        "3,720.00",
        "40,415.69",
        "36,529.89",
        "33,286.89",
        "3,243.00",
        "3,885.80",
    )
    assert _row("rules_s35d", name, "2050202 小学教育") == _cells(
        WAN, "12,100.00", "11,600.00", "500.00", "12,471.20", "11,911.20", "10,642.80", "1,268.40", "560.00"
    )


def test_guangdong_final_with_both_blocks():
    # rules_s35d f2 (广州市天河区卫生健康局 2023 部门决算), lines 172-197 (元), over two pages.
    name = "f2_guangdong_tianhe_wjj_2023_final.layout.txt"
    assert _row("rules_s35d", name, "合计") == _cells(
        YUAN,
        "69,100,000.00",
        "26,800,000.00",
        "42,300,000.00",
        "74,114,564.00",
        "27,600,364.00",
        "25,171,564.00",
        "2,428,800.00",
        "46,514,200.00",
    )
    assert _row("rules_s35d", name, "2100401 疾病预防控制机构") == _cells(
        YUAN,
        "12,200,000.00",
        "11,000,000.00",
        "1,200,000.00",
        "12,534,600.00",
        "11,348,600.00",
        "9,862,400.00",
        "1,486,200.00",
        "1,186,000.00",
    )


def test_yunnan_final_with_both_blocks():
    # rules_s34c f4 (昆明市官渡区文化和旅游局 2025 部门决算), lines 185-192 (元): a 项 with blank cells.
    name = "f4_yunnan_guandu_wlj_2025_final.layout.txt"
    assert _row("rules_s34c", name, "2070101 行政运行") == _cells(
        YUAN,
        "4,800,000.00",
        "4,800,000.00",
        None,
        "4,755,080.00",
        "4,755,080.00",
        "4,126,480.00",
        "628,600.00",
        None,
    )


REVIEW2 = HAND_WRITTEN / "probes_s53" / "review2"


def _spec_cells(spec: str, columns: list) -> dict[tuple[str, str, str], Decimal]:
    """The cells a probe's .spec types (code|name|figures in the columns' order, in 万元), by row code."""
    cells = {}
    for raw in (REVIEW2 / spec).read_text(encoding="utf-8").splitlines():
        if not raw or raw[0] in "#@!H":
            continue
        fields = raw.split("|")
        for figure, column in zip(fields[2:], columns, strict=False):
            if figure.strip() and column:
                cells[(fields[0] or "合计", column[0], column[1])] = Decimal(figure.replace(",", "")) * WAN
    return cells


def _read_cells(result) -> dict[tuple[str, str, str], set[Decimal]]:
    read: dict[tuple[str, str, str], set[Decimal]] = {}
    for a in result.amounts:
        code = a.subject_code or ("合计" if "合计" in (a.row_label or "") else a.row_label)
        read.setdefault((code, a.column_key, a.phase), set()).add(a.amount_yuan)
    return read


# Left as before the session, each said (ambiguous_columns): b4's three blocks (年初预算数 | 调整预算数 |
# 决算数) and b6's budget whose own year's block sits between last year's and the change's.
_SAID = {"b4_three_blocks_adjusted.layout.txt", "b6_budget_prior_own_change.layout.txt"}


def test_the_second_reviews_phase_block_probes_read_their_typed_cells():
    # probes_s53/review2/b*: phase blocks typed by the session's second review (README.md there): the f1
    # shape, 合计 | 基本支出 over 小计 | …, a 决算数占年初预算数% block, a 年初 block of parts only; every
    # cell typed in the .spec is read, nothing else is loaded as budget or actual, or the rows are said.
    truth = json.loads((REVIEW2 / "truth.json").read_text(encoding="utf-8"))
    probes = [name for name in truth if name.startswith("b")]
    assert len(probes) == 6
    for name in probes:
        result = parse_document((REVIEW2 / name).read_bytes(), name)
        expected = _spec_cells(truth[name]["spec"], truth[name]["cols"])
        ignored_keys, ignored_phases = (
            truth[name].get("ignore_keys", []),
            truth[name].get("ignore_phases", []),
        )
        read = {
            k: v
            for k, v in _read_cells(result).items()
            if k[1] not in ignored_keys and k[2] not in ignored_phases
        }
        # (nothing read wrong, nothing read that the probe does not print)
        assert {k: v for k, v in read.items() if v != {expected.get(k)}} == {}, name
        if name in _SAID:
            assert any(d.check_name == "ambiguous_columns" for d in result.diagnostics), name
        else:
            assert set(read) == set(expected), name
