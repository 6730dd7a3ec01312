"""Number, code and unit tokenizing, with cases taken from the ways the documents print them."""

from decimal import Decimal

import pytest

from dagster_project.parser.tokens import (
    amount_unit_in,
    join_split_amounts,
    parse_amount,
    split_glued_figures,
    to_yuan,
)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("2,032.13", Decimal("2032.13")),
        ("1,075,000", Decimal("1075000")),
        ("942.9912", Decimal("942.9912")),
        ("０.９５", Decimal("0.95")),  # full-width digits
        ("-3.50", Decimal("-3.50")),
        ("(1,234.56)", Decimal("-1234.56")),  # an accountant's negative (was read as a label)
        ("（12.50）", Decimal("-12.50")),
        ("△12.50", Decimal("-12.50")),  # the minus of Chinese statements (a row was lost without a word)
        ("(1)", None),  # an enumeration, no amount
        ("2020年", None),
        ("50.8%", None),
        ("1,23", None),
        ("", None),
    ],
)
def test_parse_amount(token, expected):
    assert parse_amount(token) == expected


def test_space_inside_decimals_is_repaired():
    assert join_split_amounts("2,032.1 3") == "2,032.13"
    assert join_split_amounts("2,032.13 3.00") == "2,032.13 3.00"


def test_amounts_are_normalised_to_yuan_exactly():
    assert to_yuan(Decimal("942.9912"), "万元") == Decimal("9429912.00")
    assert to_yuan(Decimal("0.95"), "万元") == Decimal("9500.00")
    assert to_yuan(Decimal("1075000"), "元") == Decimal("1075000.00")


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("单位：万元", "万元"),
        ("单 位：元", "元"),
        ("金额单位：万元", "万元"),
        ("单位：北京市西城区某信息中心 单位：元", "元"),
        ("单位：北京市西城区某信息中心", None),
    ],
)
def test_amount_unit(line, unit):
    assert amount_unit_in(line) == unit


def test_a_unit_printed_alone_in_brackets_under_a_title():
    # "（万元）" alone under a 三公 title: its table was read as 元, 10,000 times too small.
    assert (amount_unit_in("（万元）"), amount_unit_in("(元)"), amount_unit_in("（一）")) == (
        "万元",
        "元",
        None,
    )


def test_codes_printed_with_dashes_or_in_brackets_are_their_digits():
    from dagster_project.parser.layout import Line, Segment
    from dagster_project.parser.rows import read_row

    def row(text: str, kind: str = "functional"):
        read = read_row(Line(1, 1, [Segment(text, None, None)]), kind)
        return read.code, read.label, [c.raw for c in read.amounts]

    # "201-01" was code 201 with label "-01人大事务"; "301-13" had no code ("-13" an amount).
    assert row("201-01 人大事务 4,500,000.00 3,700,000.00 800,000.00") == (
        "20101",
        "人大事务",
        ["4,500,000.00", "3,700,000.00", "800,000.00"],
    )
    assert row("201-01-01 行政运行 100.00") == ("2010101", "行政运行", ["100.00"])
    assert row("301-13 差旅费 5.00", "economic") == ("30113", "差旅费", ["5.00"])
    assert row("[30101]基本工资 10.00 10.00", "economic") == ("30101", "基本工资", ["10.00", "10.00"])
    assert row("2010699 其他财政事务支出 (1,234.56) - (1,234.56)") == (
        "2010699",
        "其他财政事务支出",
        ["(1,234.56)", "-", "(1,234.56)"],
    )


def test_figures_run_together_are_set_apart_only_where_two_decimals_is_the_one_reading():
    from dagster_project.parser.layout import Line, Segment
    from dagster_project.parser.rows import read_row

    # Figures printed 2 points apart come out of the PDF as one word: with two decimals each, the decimal
    # points say where each figure ends.
    assert split_glued_figures("20,721,946.1616,789,946.163,932,000.00") == [
        "20,721,946.16",
        "16,789,946.16",
        "3,932,000.00",
    ]
    assert split_glued_figures("3,932,000.00-9,462.50") == ["3,932,000.00", "-9,462.50"]
    assert split_glued_figures("0.00130,000.00") == ["0.00", "130,000.00"]
    # Four decimals each (a 万元 table) read as well: not split, no guess.
    assert split_glued_figures("1.23451,234.5600") is None
    assert split_glued_figures("12.345678.9012") is None
    # One figure, or no figures at all.
    assert split_glued_figures("1,234.56") is None
    assert split_glued_figures("1.2.3") is None
    assert split_glued_figures("2024.01.05") is None  # a date: "01" then "05" are no figures of cents

    row = read_row(
        Line(1, 1, [Segment("201 一般公共服务支出 16,962,150.5613,030,150.563,932,000.00", None, None)])
    )
    assert (row.code, [c.raw for c in row.amounts]) == (
        "201",
        ["16,962,150.56", "13,030,150.56", "3,932,000.00"],
    )


def test_remembered_readings_stay_right_and_bounded():
    """compact, join_split_amounts and parse_amount remember their readings in dictionaries: a token asked
    again reads the same (a non-amount stays None, not "missing"), and each dictionary is emptied when it
    holds MEMO_LIMIT readings, so a batch of many documents does not grow it without end."""
    from dagster_project.parser import tokens

    for _ in range(2):
        assert parse_amount("合计") is None
        assert parse_amount("1,234.50") == Decimal("1234.50")
        assert tokens.compact("合 计\u3000") == "合计"
        assert join_split_amounts("2,032.1 3") == "2,032.13"
    for n in range(tokens.MEMO_LIMIT + 10):
        tokens.compact(f"行 {n}")
        parse_amount(f"{n}.00")
    assert len(tokens._COMPACTED) <= tokens.MEMO_LIMIT
    assert len(tokens._AMOUNTS) <= tokens.MEMO_LIMIT
    assert tokens.compact(f"行 {tokens.MEMO_LIMIT + 9}") == f"行{tokens.MEMO_LIMIT + 9}"
    assert parse_amount("12.00") == Decimal("12.00")
