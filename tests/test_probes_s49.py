"""Session 49: plain-text tables whose 基本支出 prints its 小计 beside 人员经费 | 公用经费, each cell on
a line of its own (tests/golden/hand_written/probes_s49/README.md; figures read off the texts)."""

from __future__ import annotations

from decimal import Decimal

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

PROBES = PROJECT_ROOT / "tests" / "golden" / "hand_written" / "probes_s49"
COLUMNS = ("total", "basic", "personnel", "public_funds", "project")


def _parse(name: str):
    return parse_document((PROBES / name).read_bytes(), name)


def _cells(result, table_key: str) -> dict[tuple[str, str], Decimal]:
    out: dict[tuple[str, str], Decimal] = {}
    for a in result.amounts:
        if a.table_key == table_key:
            key = (a.subject_code or a.row_label, a.column_key)
            assert key not in out, key
            assert a.phase == "budget"
            out[key] = a.amount_yuan
    return out


def _row(code: str, *figures: str) -> dict[tuple[str, str], Decimal]:
    return {(code, column): Decimal(f) for column, f in zip(COLUMNS, figures, strict=False) if f}


def test_a_row_whose_total_adds_the_basic_subtotal_and_the_project_loads_every_figure():
    result = _parse("g05_budget_basic_subtotal_cell_per_line.txt")
    expected = {
        **_row("合计", "3000000.00", "2000000.00", "1600000.00", "400000.00", "1000000.00"),
        **_row("201", "3000000.00", "2000000.00", "1600000.00", "400000.00", "1000000.00"),
        **_row("20101", "3000000.00", "2000000.00", "1600000.00", "400000.00", "1000000.00"),
        **_row("2010101", "2000000.00", "2000000.00", "1600000.00", "400000.00", ""),
        # (two figures: the parent's 基本支出 is its first child's, so 1,000,000.00 is the project's)
        **_row("2010108", "1000000.00", "", "", "", "1000000.00"),
    }
    assert _cells(result, "general_budget_by_function") == expected
    assert not [d for d in result.diagnostics if d.table_key == "general_budget_by_function"]


def test_a_continuation_pages_header_word_before_a_rows_figure_is_no_second_total_row():
    # Page 2 (续表) prints its header's 合计 right before 2100403's 1,300,000.00: read as a 合计 row it would
    # make the table's total 1,300,000.00. The first page's 合计 row (3,200,000.00) is the total.
    result = _parse("c01b_budget_continuation_page_total_word.txt")
    cells = _cells(result, "general_budget_by_function")
    first_page = {
        **_row("合计", "3200000.00", "2100000.00", "1800000.00", "300000.00", "1100000.00"),
        **_row("210", "3200000.00", "2100000.00", "1800000.00", "300000.00", "1100000.00"),
        **_row("21004", "3200000.00", "2100000.00", "1800000.00", "300000.00", "1100000.00"),
        **_row("2100402", "1400000.00", "1400000.00", "1200000.00", "200000.00", ""),
    }
    assert cells == first_page
    said = {d.check_name for d in result.diagnostics if d.table_key == "general_budget_by_function"}
    # the second page's figures, out of their rows' order in this text, are said and not loaded
    assert {"rows_unreadable", "unplaced_amounts"} <= said
    twice = [d for d in result.diagnostics if "is printed more than once" in d.message]
    assert [d.observed for d in twice] == ["1,300,000.00"]


def test_a_second_total_row_after_the_first_was_refused_is_said_not_loaded():
    # c01b with page 1's 合计 misprinted 3,300,000.00: that row is refused (its figures do not add up), and
    # the continuation page's header word 合计 before 1,300,000.00 is no 合计 row either.
    result = _parse("c01c_continuation_page_total_word_first_total_misprinted.txt")
    cells = _cells(result, "general_budget_by_function")
    assert not [key for key in cells if key[0] == "合计"]
    assert cells[("2100402", "total")] == Decimal("1400000.00")
    said = [d for d in result.diagnostics if d.check_name == "rows_unreadable"]
    again = [d for d in said if "'合计' is printed again" in d.message]
    assert len(again) == 1
    assert again[0].observed == "1,300,000.00"


def _sangong(result) -> dict[str, Decimal]:
    out = {}
    for a in result.amounts:
        if a.table_key == "sangong":
            assert a.column_key not in out and a.phase == "budget"
            out[a.column_key] = a.amount_yuan
    return out


def test_a_vehicle_subtotal_glued_to_its_groups_name_runs_over_the_vehicle_parts_only():
    # “三公”经费 over "合计 因公出国（境）费 公务用车购置及运行费小计 公务用车购置费 公务用车运行费
    # 公务接待费": the 小计 is the vehicle group's, 公务接待费 a column of its own, no 三公 小计 part.
    result = _parse("s01_sangong_group_line_vehicle_subtotal_glued.txt")
    assert _sangong(result) == {
        "total": Decimal("186000.00"),
        "outbound": Decimal("50000.00"),
        "vehicle": Decimal("96000.00"),
        "vehicle_purchase": Decimal("60000.00"),
        "vehicle_operation": Decimal("36000.00"),
        "reception": Decimal("40000.00"),
    }
    assert not [d for d in result.diagnostics if d.table_key == "sangong"]


def test_the_same_beside_meeting_and_training_keeps_the_sangong_total():
    # 合计 18.60 = 5.00 + 9.60 + 4.00 万元 under “三公”经费: the 三公 total, 会议费 / 培训费 beside it.
    result = _parse("s02_sangong_group_line_vehicle_subtotal_glued_meeting.txt")
    assert _sangong(result) == {
        "total": Decimal("186000.00"),
        "outbound": Decimal("50000.00"),
        "vehicle": Decimal("96000.00"),
        "vehicle_purchase": Decimal("0.00"),
        "vehicle_operation": Decimal("96000.00"),
        "reception": Decimal("40000.00"),
        "meeting": Decimal("120000.00"),
        "training": Decimal("85000.00"),
    }


def test_a_header_word_before_another_rows_figures_gives_way_to_the_total_row_at_the_foot():
    # Page 2's header word 合计 takes 2100403's figures (1,100,000.00 = 700,000.00 + 400,000.00: they add
    # up); the table's own 合计 row is printed at its foot, "合计 2,600,000.00 2,100,000.00 500,000.00", the
    # sum of its one 类 (210, 2,600,000.00). The header word's figures are no 合计.
    result = _parse("h03_bottom_total_one_line_after_continuation_header.txt")
    cells = _cells(result, "general_budget_by_function")
    assert {k: v for k, v in cells.items() if k[0] == "合计"} in (
        {},
        _row("合计", "2600000.00", "2100000.00", "", "", "500000.00"),
    )
    assert {k: v for k, v in cells.items() if k[0] in ("210", "21004")} == {
        **_row("210", "2600000.00", "2100000.00", "", "", "500000.00"),
        **_row("21004", "2600000.00", "2100000.00", "", "", "500000.00"),
    }
    assert Decimal("1100000.00") not in {v for k, v in cells.items() if k[0] == "合计"}
    twice = [d for d in result.diagnostics if "is printed more than once" in d.message]
    assert [d.observed for d in twice] == ["1,100,000.00 700,000.00 400,000.00"]


def test_a_continuation_pages_subtotal_header_word_is_no_row():
    # Page 2 (续表) repeats the header, its 小计 (基本支出's) before 2100403's figures 700,000.00 | 600,000.00
    # | 100,000.00 | 500,000.00 and 2100499's 100,000.00: read as a row they even add up under the groups
    # (700 = 600 + 100, 600 = 100 + 500). No 小计 row exists.
    result = _parse("c12_continuation_subtotal_word_before_figures.txt")
    cells = _cells(result, "general_budget_by_function")
    assert not [k for k in cells if k[0] == "小计"]
    assert {k: v for k, v in cells.items() if k[0] in ("合计", "210", "21004", "2100402")} == {
        **_row("合计", "2700000.00", "2100000.00", "1800000.00", "300000.00", "600000.00"),
        **_row("210", "2700000.00", "2100000.00", "1800000.00", "300000.00", "600000.00"),
        **_row("21004", "2700000.00", "2100000.00", "1800000.00", "300000.00", "600000.00"),
        **_row("2100402", "1400000.00", "1400000.00", "1200000.00", "200000.00", ""),
    }
    word = [d for d in result.diagnostics if d.message.split(": ", 1)[-1].startswith("'小计' at line")]
    assert len(word) == 1 and word[0].observed.startswith("700,000.00 600,000.00 100,000.00 500,000.00")


def test_basic_spending_over_personnel_and_public_without_a_subtotal_is_a_group_no_column():
    # 合计 | 基本支出 over 人员经费 | 公用经费 (no 小计 under it) | 项目支出: four columns of figures, a row's
    # total = 人员经费 + 公用经费 + 项目支出. 208's lone 400,000.00 is its 人员经费 (the 合计's 3,000,000.00 =
    # 201's 2,600,000.00 + 400,000.00).
    result = _parse("g02_basic_group_without_subtotal_cell_per_line.txt")
    flat = ("total", "personnel", "public_funds", "project")

    def row(code, *figures):
        return {(code, column): Decimal(f) for column, f in zip(flat, figures, strict=True) if f}

    assert _cells(result, "general_budget_by_function") == {
        **row("合计", "5400000.00", "3000000.00", "600000.00", "1800000.00"),
        **row("201", "5000000.00", "2600000.00", "600000.00", "1800000.00"),
        **row("20103", "5000000.00", "2600000.00", "600000.00", "1800000.00"),
        **row("2010301", "3200000.00", "2600000.00", "600000.00", ""),
        **row("2010302", "1800000.00", "", "", "1800000.00"),
        **row("208", "400000.00", "400000.00", "", ""),
        **row("20805", "400000.00", "400000.00", "", ""),
        **row("2080505", "400000.00", "400000.00", "", ""),
    }


def test_a_basic_column_the_header_names_without_a_subtotal_still_holds_its_figures():
    # 合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出 on one header line, no 小计, a row per line printing
    # the 基本支出 figure too (合计 5,400,000.00 3,600,000.00 3,000,000.00 600,000.00 1,800,000.00): a column.
    result = _parse("v02_basic_column_without_subtotal_word_rows_per_line.txt")
    assert _cells(result, "general_budget_by_function") == {
        **_row("合计", "5400000.00", "3600000.00", "3000000.00", "600000.00", "1800000.00"),
        **_row("201", "5000000.00", "3200000.00", "2600000.00", "600000.00", "1800000.00"),
        **_row("20103", "5000000.00", "3200000.00", "2600000.00", "600000.00", "1800000.00"),
        **_row("2010301", "3200000.00", "3200000.00", "2600000.00", "600000.00", ""),
        **_row("2010302", "1800000.00", "", "", "", "1800000.00"),
        **_row("208", "400000.00", "400000.00", "400000.00", "", ""),
        **_row("20805", "400000.00", "400000.00", "400000.00", "", ""),
        **_row("2080505", "400000.00", "400000.00", "400000.00", "", ""),
    }


def test_the_total_row_stays_where_a_class_on_the_next_page_is_not_read():
    # 合计 3,000,000.00 = 210's 2,600,000.00 + 221's 400,000.00; page 2 prints 221's rows with figures by
    # column blocks after its header word 合计 (refused). The 类 read sum to 2,600,000.00 only: the 合计 above
    # that sum is no header word's figure, it stays.
    result = _parse("t01_total_row_kept_where_a_class_is_not_read.txt")
    cells = _cells(result, "general_budget_by_function")
    assert {k: v for k, v in cells.items() if k[0] in ("合计", "210", "2100403")} == {
        **_row("合计", "3000000.00", "2300000.00", "", "", "700000.00"),
        **_row("210", "2600000.00", "2100000.00", "", "", "500000.00"),
        **_row("2100403", "1200000.00", "700000.00", "", "", "500000.00"),
    }


def test_block_sums_wrapped_over_two_lines_load_where_their_classes_make_them():
    # "人员经费" / "合计" / 80.00 and "公用经费" / "合计" / 20.00 万元 under a 基本支出表 whose 301 + 303 =
    # 70.00 + 10.00 and 302 = 20.00: each its block's sum, no second 合计 of the table (100.00).
    cells = _cells(_parse("e01_group_sums_wrapped_right.txt"), "general_budget_basic_by_economic")
    assert cells[("人员经费合计", "total")] == Decimal("800000.00")
    assert cells[("公用经费合计", "total")] == Decimal("200000.00")
    assert cells[("合计", "total")] == Decimal("1000000.00")


def test_block_sums_whose_figures_are_the_other_blocks_are_said_not_loaded():
    # The same with the two figures swapped, as plain text of side-by-side blocks interleaves them.
    result = _parse("e02_group_sums_wrapped_swapped.txt")
    cells = _cells(result, "general_budget_basic_by_economic")
    assert not [k for k in cells if "经费" in k[0]]
    assert cells[("合计", "total")] == Decimal("1000000.00")
    said = [d.observed for d in result.diagnostics if "is not the sum of its block" in d.message]
    assert said == ["20.00", "80.00"]


def test_a_continuation_headers_last_word_before_the_foot_total_is_no_block_sum():
    # Page 2 (续表) repeats 科目编码 / 科目名称 / 合计 / 人员经费 / 公用经费, then the table's 合计 row
    # "合计 1,000,000.00 800,000.00 200,000.00": the 公用经费 above it is the header's word, no 公用经费合计.
    result = _parse("p02b_foot_total_right_after_continuation_header.txt")
    cells = _cells(result, "general_budget_basic_by_economic")
    assert not [k for k in cells if "经费" in k[0]]
    assert {k: v for k, v in cells.items() if k[0] in ("合计", "301", "302")} == {
        ("合计", "total"): Decimal("1000000.00"),
        ("合计", "personnel"): Decimal("800000.00"),
        ("合计", "public_funds"): Decimal("200000.00"),
        ("301", "total"): Decimal("700000.00"),
        ("301", "personnel"): Decimal("700000.00"),
        ("302", "total"): Decimal("200000.00"),
        ("302", "public_funds"): Decimal("200000.00"),
    }
