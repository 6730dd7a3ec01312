"""Number, code and unit tokenizing, with cases taken from the ways the documents print them."""

from decimal import Decimal

import pytest

from dagster_project.parser.tokens import (
    amount_unit_in,
    join_split_amounts,
    parse_amount,
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
