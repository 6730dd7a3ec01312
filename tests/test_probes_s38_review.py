"""Misfires two reviewers found in session 38's own rules (tests/golden/hand_written/probes_s38/review/v1
for the narrative, v2 for the tables; each folder's FINDINGS.md): expected values typed by the reviewers
from the inputs. Each failed after the rule it guards was written and before its fix."""

from decimal import Decimal
from pathlib import Path

from dagster_project.parser import parse_document

REVIEW = Path(__file__).parent / "golden" / "hand_written" / "probes_s38" / "review"
WAN = Decimal(10000)


def _parse(name: str):
    return parse_document((REVIEW / name).read_bytes(), Path(name).name)


def _changes(result) -> dict[str, tuple]:
    return {
        c.subject_name: (
            c.amount_yuan / WAN,
            None if c.change_yuan is None else c.change_yuan / WAN,
            c.stated_rate,
        )
        for c in result.claims
        if c.claim_kind == "year_on_year"
    }


def test_lines_are_traded_only_where_one_awaits_a_figure_after_a_phase_word():
    # "…主要原因是" / "一是…" end lines that await no figure: before, the next line's figure was taken for
    # theirs and the whole took its part's change (silently in v1/unswap_yishi_silent.txt).
    changes = _changes(_parse("v1/unswap_yishi_silent.txt"))
    assert changes["财政拨款收入预算"] == (Decimal("1000.00"), Decimal("100.00"), Decimal("0.1111"))
    assert changes["财政拨款支出预算"] == (Decimal("1000.00"), Decimal("80.00"), Decimal("0.0870"))
    for name in ("v1/unswap_reason_line_plain.txt", "v1/unswap_reason_line.layout.txt"):
        changes = _changes(_parse(name))
        assert changes["一般公共预算财政拨款支出预算"][:2] == (Decimal("1234.56"), Decimal("56.78")), name
        assert changes["基本支出预算"][:2] == (Decimal("987.65"), Decimal("30.12")), name
        assert changes["项目支出预算"][:2] == (Decimal("246.91"), Decimal("26.66")), name


def test_a_units_own_budget_totals_are_not_the_reports():
    # "某某区商务发展服务中心2024年收入预算400.00万元，其中：…" in the 商务局's report (its tables: 1,000.00)
    result = _parse("v1/whole_other_body_unit.txt")
    assert not [c for c in result.claims if c.claim_kind in ("total_income", "total_expenditure")]


def test_an_economic_class_named_in_the_narrative_takes_no_functional_code():
    # "按支出经济分类：…其他支出30.00万元，比上年增加5.00万元" beside a functional 229 其他支出 of 12.00
    result = _parse("v1/yoy_economic_qita_zhichu.txt")
    other = [c for c in result.claims if c.claim_kind == "year_on_year" and c.subject_name == "其他支出"]
    assert [(c.subject_code, c.amount_yuan / WAN) for c in other] == [(None, Decimal("30.00"))]


def test_a_final_accounts_item_is_not_pinned_to_its_budget_by_the_rate():
    # "年初预算为110.00万元，支出决算为105.00万元，…比上年增加15.00万元" (prior 95.00): the 决算 is the
    # figure, the change disagreeing with it is said
    result = _parse("v1/pin_final_budget_figure.txt")
    claim = next(c for c in result.claims if c.claim_kind == "year_on_year" and c.subject_code == "2011301")
    assert (claim.amount_yuan / WAN, claim.prior_yuan / WAN) == (Decimal("105.00"), Decimal("95.00"))
    assert any(d.check_name == "stated_change_mismatch" for d in result.diagnostics)


def test_a_pinned_heading_figure_keeps_its_items_name():
    changes = _changes(_parse("v1/pin_unmarked_heading_name.txt"))
    assert changes["住房公积金"][0] == Decimal("208.80")


def _rows(name: str, table_key: str) -> list[tuple[str, Decimal, bool]]:
    return [
        (a.row_label, a.amount_yuan / WAN, a.is_total_row)
        for a in _parse(name).amounts
        if a.table_key == table_key and a.column_key == "total"
    ]


def test_a_project_tables_subtotals_keep_their_labels_and_flags():
    # 小计 rows after their projects, a 合计 in the category column, one project per unit: before, the new
    # group-column rule renamed the rows and the 小计 rows lost their total flag (summed as projects)
    for name in (
        "v2/project_unit_subtotal_after_rows.layout.txt",
        "v2/project_total_in_category_column.layout.txt",
        "v2/project_one_project_per_unit.layout.txt",
    ):
        rows = _rows(name, "project_expenditure")
        whole = next(value for label, value, _flag in rows if label == "合计")
        assert sum(value for _label, value, flag in rows if not flag) == whole, name
        assert all(flag for label, _value, flag in rows if label in ("合计", "小计")), name


def test_side_by_side_economic_names_wrapped_around_their_codes_stay_whole():
    rows = {
        label: value
        for label, value, _flag in _rows(
            "v2/economic_names_wrapped_around_codes.layout.txt", "general_budget_basic_by_economic"
        )
    }
    assert rows["30101 基本工资"] == Decimal("120.00")
    assert rows["30108 机关事业单位基本养老保险缴费"] == Decimal("100.00")
    assert rows["30110 职工基本医疗保险缴费"] == Decimal("80.00")
    assert rows["303 对个人和家庭的补助"] == Decimal("50.00")


def test_a_wrapped_group_name_is_not_given_to_the_group_above():
    # "政府性基" / 小计 / "金": before, "一般公共预算资金政府性基小计" and "金小计"
    labels = [
        label
        for label, _value, _flag in _rows("v2/income_group_name_wrapped.layout.txt", "income_by_function")
    ]
    assert not any("政府性基" in label and label.startswith("一般公共") for label in labels)
    assert "金小计" not in labels
