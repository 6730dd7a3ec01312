"""Number, code and label tokenizing: the one place that knows how amounts and codes are printed."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Final

# Full-width digits and punctuation become ASCII; CJK text is unchanged (NFKC would also rewrite
# compatibility ideographs, so only the ranges we need are mapped).
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x2212] = ord("-")  # the minus sign of typeset figures ("−2.00")


# (most texts hold none of those characters: looking for one costs a third of translating)
_HAS_FULLWIDTH: Final = re.compile("[\uff01-\uff5e\u3000\u2212]").search


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH(text) else text


# A numbered heading's mark opening a compacted line: "一、", "(三)", "第二部分", "1." / "2、".
NUMBERED_HEADING_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|第.{1,3}部分|\d+[.、])"
)


# The readings of the most asked tokens, remembered: lines and labels recur (every pass over a table reads
# its rows and header cells again, a document names each table twice; ``compact`` is asked 7,400 times in a
# parse of the Wuhan seed). A dictionary each, which the compiled parser looks up itself, where an lru_cache
# is an object it calls through the interpreter and that keeps an order of use; emptied whole when it holds
# MEMO_LIMIT readings.
MEMO_LIMIT: Final = 1 << 16
_COMPACTED: Final[dict[str, str]] = {}
_JOINED: Final[dict[str, str]] = {}
_AMOUNTS: Final[dict[str, Decimal | None]] = {}


def compact(text: str) -> str:
    """A label with every kind of white space removed ("合 计" -> "合计") and full-width folded."""
    found = _COMPACTED.get(text)
    return _remember(_COMPACTED, text, _SPACE_RE.sub("", halfwidth(text))) if found is None else found


def _remember(memo: dict, token: str, reading: Any) -> Any:
    """``reading`` kept in ``memo`` for ``token`` (the memo emptied first when full), and returned."""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[token] = reading
    return reading


_SPACE_RE: Final = re.compile(r"\s+")
# A year as printed before 年 ("2023年", "2024年度"): its four digits.
YEAR_RE: Final = re.compile(r"(\d{4})年")


# An amount as printed: optional minus, digits with optional thousands separators, optional decimals.
# A stray space inside the decimals ("2,032.1 3") is repaired by ``join_split_amounts`` before this runs.
AMOUNT_RE: Final = re.compile(r"^-?(?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d*)(?:\.\d+)?$")
# A figure as money prints it (thousands separators or decimals), not a bare integer that may be a code,
# a count or a column's number (栏次 "1 2 3").
PRINTED_FIGURE_RE: Final = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")
_SPLIT_DECIMAL_RE: Final = re.compile(r"(?<![\d.])(-?[\d,]*\d\.\d) (\d)(?![\d.,])")


def join_split_amounts(text: str) -> str:
    """Repair a space printed inside the decimals of an amount: "2,032.1 3" -> "2,032.13".

    Only a single digit after one decimal digit is joined, so two adjacent one-decimal amounts
    ("0.5 3") are not confused with it unless they look exactly like a split two-decimal amount; callers
    that know the table's decimals validate the result against the identities.
    """
    found = _JOINED.get(text)
    if found is None:
        # (a split amount holds ".d d": looking for that first skips the costly pattern on most lines)
        found = _remember(_JOINED, text, _SPLIT_DECIMAL_RE.sub(r"\1\2", text) if _SPLIT_HINT(text) else text)
    return found


_SPLIT_HINT: Final = re.compile(r"\.\d \d").search


def unglued(words: list[str]) -> list[str]:
    """Words with figures printed so close that the text runs them together ("20,721,946.1616,789,946.16")
    set apart, where the token reads as figures of two decimals each and in no other way (see
    ``split_glued_figures``)."""
    if not any(word.count(".") >= 2 for word in words):
        return words
    out: list[str] = []
    for word in words:
        pieces = split_glued_figures(word) if word.count(".") >= 2 else None
        out.extend(pieces or [word])
    return out


_INTEGER_PART_RE: Final = re.compile(r"^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)$")


@lru_cache(maxsize=4096)
def split_glued_figures(token: str) -> list[str] | None:
    """The figures of a token that runs figures together, or None. Each figure prints two decimals (the
    tables' cents): every decimal point is followed by two digits, then the next figure's integer part. The
    token is split only where reading its figures with one, three or four decimals each gives no figures at
    all (a 万元 table printing four decimals, "1.23451,234.5600", is not read this way: no guess). A token
    that also reads as a single figure with points for its thousands separators ("1.463.57": a misprint
    of "1,463.57", or "1.46" run into "3.57") is split only into equal figures ("8.008.00": a total and
    its one part, the common run-together; 8,008.00 misprinted would be a coincidence): otherwise which it
    is, the text cannot tell."""
    if parse_amount(token) is not None or _DATE_PERIOD_RE.fullmatch(token):
        return None
    parts = token.split(".")
    readings = {k: _figures_with_decimals(parts, k) for k in (1, 2, 3, 4)}
    if readings[2] is None or any(readings[k] is not None for k in (1, 3, 4)):
        return None
    if _POINTS_AS_SEPARATORS_RE.fullmatch(token) and len({parse_amount(f) for f in readings[2]}) > 1:
        return None
    return readings[2]


# A figure printed with points for its thousands separators ("1.463.57"): also the shape of figures run
# together whose later ones are below 10 ("1.46" + "3.57").
_POINTS_AS_SEPARATORS_RE: Final = re.compile(r"-?[1-9]\d{0,2}(?:\.\d{3})+\.\d{2}")

# A period of months printed with points ("2024.01-2024.12" under 项目起止): no figures run together.
_DATE_PERIOD_RE: Final = re.compile(
    r"(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])[-－—–~～至](?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])"
)


def _figures_with_decimals(parts: list[str], k: int) -> list[str] | None:
    """``parts`` (a token split at its decimal points) read as figures of k decimals each, or None."""
    figures = []
    integer = parts[0]
    for n, part in enumerate(parts[1:], start=1):
        decimals, rest = part[:k], part[k:]
        if len(decimals) != k or not decimals.isdigit() or not _INTEGER_PART_RE.match(integer):
            return None
        figures.append(f"{integer}.{decimals}")
        if n == len(parts) - 1 and rest:
            return None  # digits after the last figure's decimals
        integer = rest
    return figures if len(figures) >= 2 else None


_MARK_BESIDE_RE: Final = re.compile(r"[\dOolISB０-９][.,．，]|[.,．，][\dOolISB０-９]")
# A money figure's shape with letters a scan's text reads for digits (O o l I S B), or a comma for its point.
_FIGURE_SHAPE_RE: Final = re.compile(
    r"-?[\dOolISB]{1,3}(?:,[\dOolISB]{3})*[.,][\dOolISB]{2}|-?[\dOolISB]{1,3}(?:,[\dOolISB]{3})+\.[\dOolISB]{2}"
    # or its decimal point lost after thousands separators ("3,600,00000": the last group of five digits)
    + r"|-?[\dOolISB]{1,3}(?:,[\dOolISB]{3})*,[\dOolISB]{5}"
    # or points for its thousands separators ("1.463.57")
    + "|"
    + _POINTS_AS_SEPARATORS_RE.pattern
)


@lru_cache(maxsize=1 << 14)
def spoiled_figure(token: str) -> bool:
    """Whether a token is shaped as a money figure but is none: a letter read for a digit ("1,26B.50",
    "4.6O", "362,6OO.00"), a comma for the decimal point ("2,755,91", "45,000,00") or the point lost after
    thousands separators ("3,600,00000"), as OCR text prints them. Such a figure is not read as any value (it
    is said)."""
    if _MARK_BESIDE_RE.search(token) is None:  # (a name's word: no point or comma beside a figure's char)
        return False
    token = halfwidth(token).strip()
    return (
        any(ch.isdigit() for ch in token)
        and parse_amount(token) is None
        and _FIGURE_SHAPE_RE.fullmatch(token) is not None
        and split_glued_figures(token) is None  # (figures run together are figures: "8.008.00")
    )


def parse_amount(token: str) -> Decimal | None:
    """The exact decimal value of an amount token, or None when the token is not an amount."""
    return _AMOUNTS[token] if token in _AMOUNTS else _remember(_AMOUNTS, token, _read_amount(token))


def _read_amount(token: str) -> Decimal | None:
    token = halfwidth(token).strip()
    if token[:1] == "△":  # the accountants' minus of Chinese statements: "△12.50" is -12.50 (▲ is not)
        token = "-" + token[1:]
    if _PARENTHESISED_RE.match(token):  # an accountant's negative: "(1,234.56)" is -1,234.56
        token = "-" + token[1:-1]
    if not AMOUNT_RE.match(token):
        return None
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid decimals
        return None


# A figure printed with its decimals or separators inside brackets; "(1)" is an enumeration, no amount.
_PARENTHESISED_RE: Final = re.compile(r"^\((?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\)$")


@lru_cache(maxsize=1 << 14)
def decimals_of(token: str) -> int:
    token = token.strip().rstrip(")）")
    return len(token.split(".", 1)[1]) if "." in token else 0


def parse_percent(text: str) -> tuple[Decimal, int]:
    """A percentage's digits ("98.27") as a fraction (0.9827) and the decimals it was printed with (2)."""
    return Decimal(text) / 100, decimals_of(text)


def money_with_precision(token: str, amount_unit: str) -> tuple[Decimal, Decimal] | None:
    """A money figure in yuan and half a unit of its last printed digit, in yuan ("309.03", 万元 ->
    3090300.00 and 50.00); None when the token is not an amount."""
    value = parse_amount(token)
    if value is None:
        return None
    half = to_yuan(Decimal(5) * Decimal(10) ** -(decimals_of(token) + 1), amount_unit)
    return to_yuan(value, amount_unit), half


UNIT_FACTORS: Final = {
    "元": Decimal(1),
    "万元": Decimal(10000),
    "千元": Decimal(1000),
    "亿元": Decimal(100000000),
}


def to_yuan(value: Decimal, amount_unit: str) -> Decimal:
    if not value:  # a zero keeps its sign ("-0.00"), which a cache keyed by equal values would not
        return _to_yuan.__wrapped__(value, amount_unit)
    return _to_yuan(value, amount_unit)


_CENT: Final = Decimal("0.01")


@lru_cache(maxsize=1 << 14)
def _to_yuan(value: Decimal, amount_unit: str) -> Decimal:
    # (a report's figures recur from table to table: each is converted once)
    return (value * UNIT_FACTORS[amount_unit]).quantize(_CENT)


def from_yuan(value: Decimal, amount_unit: str) -> Decimal:
    return value / UNIT_FACTORS[amount_unit]


# "单位：万元", "单 位：元", "金额单位：万元", "单位：人民币万元", also with more after it
# ("单位：万元 编制部门：…"); "单位：北京市…信息中心" is an organisation, not a unit, and so is
# "单位：元氏县…" (元 then a name).
_UNIT_RE: Final = re.compile(
    r"单位[:：](?:人民币)?(万元|千元|亿元|元(?![\u4e00-\u9fff])|元(?=编制|部门|单位|第|表|[（(]))"
)
# A unit in the header cell of the amounts: "金额（万元）", "单位（元）", "预算数（万元）", "合计（万元）",
# "本年预算（万元）".
_HEADER_UNIT_RE: Final = re.compile(
    r"(?:金额|单位|数额|数|合计|总计|预算|决算|支出|收入)[(（](?:人民币)?(万元|千元|亿元|元)[)）]"
)


@lru_cache(maxsize=1 << 14)
def amount_unit_in(text: str) -> str | None:
    """The amount unit a "单位：" line states (a line given to the unit, not a header cell), or a line that
    is the unit alone in brackets ("（万元）" under a title)."""
    text = compact(text)
    match = _UNIT_RE.search(text) or _UNIT_ALONE_RE.match(text)
    return match.group(1) if match else None


_UNIT_ALONE_RE: Final = re.compile(r"^\((?:人民币)?(万元|千元|亿元|元)\)$")


@lru_cache(maxsize=1 << 14)
def header_unit_in(text: str) -> str | None:
    """The amount unit a header cell states ("金额（万元）"): the table's unit when no 单位 line gives it."""
    match = _HEADER_UNIT_RE.search(compact(text))
    return match.group(1) if match else None


PERCENT_RE: Final = re.compile(r"(-?\d+(?:\.\d+)?)\s*%")


# Functional codes: 类 3 digits starting 1/2, 款 5, 项 7. Economic: 3 digits starting 3 or 5, 款 5.
FUNCTIONAL_CODE_RE: Final = re.compile(r"^[12]\d{2}(?:\d{2}){0,2}$")
ECONOMIC_CODE_RE: Final = re.compile(r"^[35]\d{2}(?:\d{2})?$")
_DASHED_CODE_RE: Final = re.compile(r"^\d{3}(?:-\d{2}){1,2}(?![\d.,])")


def undashed(text: str) -> str:
    """A code printed with dashes at the text's start ("201-01-01", "302-01") as its digits."""
    return _DASHED_CODE_RE.sub(lambda m: m.group(0).replace("-", ""), text) if text[3:4] == "-" else text


# A code printed in brackets or with a dash before its name ("[30101]基本工资", "【2130101】", "〔301〕",
# "30101-基本工资"): read as its digits.
_BRACKETED_CODE_RE: Final = re.compile(r"^[\[【〔](\d{3}(?:\d{2}){0,2})[\]】〕]")
_CODE_DASH_NAME_RE: Final = re.compile(r"^(\d{3}(?:\d{2}){0,2})[-－—](?=[\u4e00-\u9fff])")
_DASHES: Final = frozenset("-－—")


def code_word(text: str) -> str:
    """A word opening with a code as its digits: brackets around the code, dashes inside it ("201-01-01") or
    between it and its name taken off."""
    if text[:1] in "[【〔":
        text = _BRACKETED_CODE_RE.sub(r"\1", text)
    text = undashed(text)
    # (a dash stands right after a code's 3, 5 or 7 digits: looked for there first, most words hold none)
    if text[3:4] in _DASHES or text[5:6] in _DASHES or text[7:8] in _DASHES:
        return _CODE_DASH_NAME_RE.sub(r"\1", text)
    return text


def code_level(code: str) -> int:
    return {3: 1, 5: 2, 7: 3}[len(code)]


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) > 3 else None


def economic_classification(code: str) -> str:
    """301… are departmental economic codes (部门预算支出经济分类), 501… governmental ones."""
    return "economic_government" if code.startswith("5") else "economic_department"
