"""The money a budget-versus-actual claim of the narrative (说明) speaks of (Claim.fund_scope).

A final account states "年初预算为…，支出决算为…" of one money: 一般公共预算财政拨款 (general_budget) in the
national template, or 政府性基金 (government_fund), 国有资本经营 (state_capital), all appropriations 财政拨款
(fiscal), money other than appropriations 非财政拨款 (non_fiscal), or every source 本年支出 (all_sources). The
warehouse compares the claim with that money's tables only, so the money must be read, never assumed:

1. a statement of a whole names it ("一般公共预算财政拨款支出年初预算为…"; a bracketed remark is left out,
   a fund's name wins over every source's ("本部门支出决算中一般公共预算…"), else the word printed first);
2. a 类/款/项 claim takes the money of the latest whole stated before it in its innermost section (an
   item "5.政府性基金预算财政拨款支出年初预算为…" then its 项), else its section heading's ("（三）一般公共
   预算财政拨款支出决算具体情况"); else, section by section outwards, the heading's, else a whole stated in it
   outside a sub-section naming a money of its own. A heading naming 财政拨款 under one naming a part of it
   (一般公共预算) is that part's abbreviation;
3. a code printed in one money's table only, not in the table of the money the words give, is that
   money's.

Headings are the narrative's own lines: 第三部分, 四、/ 四., （三）, 1. / （1） and unnumbered short lines
ending in 情况 / 说明 that state no sentence and no figure; a number or a heading wrapped over two lines is
joined; a heading run into its first sentence is cut where its words end (情况, 说明), and a numbered line
stating figures with no such words is an item, no heading. A chapter on spending naming no money ("三、支出
决算情况说明") is every source's. Not headings: the table of contents, a running header (the same line
opening two pages or more).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from .layout import Line
from .records import Amount
from .tokens import compact
from .vocabulary import base_table_key

# (word, money), the word printed first in a text wins.
_MONEY_WORDS: Final = [
    ("非财政拨款", "non_fiscal"),
    ("公共预算", "general_budget"),  # 一般公共预算, and its former names 公共预算, 公共财政预算
    ("公共财政预算", "general_budget"),
    ("公共财政拨款", "general_budget"),  # 2013-2014
    ("政府性基金", "government_fund"),
    ("国有资本经营", "state_capital"),
    ("财政拨款", "fiscal"),
    ("本年支出", "all_sources"),
    ("支出合计", "all_sources"),
    ("支出总计", "all_sources"),
    ("总支出", "all_sources"),
    ("部门支出", "all_sources"),
    ("单位支出", "all_sources"),
    ("全部支出", "all_sources"),
]
# The parts of 财政拨款: a heading naming 财政拨款 under one naming a part abbreviates that part.
_FISCAL_PARTS: Final = ("general_budget", "government_fund", "state_capital")
# A money's table by functional code (the tables whose codes tell a claim's money, rule 3).
MONEY_TABLES: Final = {
    "general_budget": "general_budget_by_function",
    "government_fund": "government_fund",
    "state_capital": "state_capital",
}
_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")


def named_money(text: str | None) -> str | None:
    """The money a text names, a bracketed remark left out ("财政拨款支出(含一般公共预算和政府性基金)" is
    财政拨款's), the word printed first winning ("一般公共预算财政拨款支出" is 一般公共预算's)."""
    if not text:
        return None
    text = _BRACKETED_RE.sub("", compact(text))
    found = [(money == "all_sources", text.find(word), money) for word, money in _MONEY_WORDS if word in text]
    # a fund named anywhere before every source ("本部门支出决算中一般公共预算财政拨款支出…"); then the
    # earliest ("非财政拨款" holds "财政拨款" at the next offset: the earliest, then the first listed)
    return min(found)[2] if found else None


@dataclass(frozen=True, slots=True)
class Section:
    start: int  # offset of the heading in the narrative stream
    level: int  # 0 第三部分, 1 四、, 2 （三）, 3 1. / （1） / unnumbered
    money: str | None


_PART_RE: Final = re.compile(r"^第[一二三四五六七八九十\d]{1,3}部分")
# Where a heading's words end: its full stop or colon.
_WORDS_END_RE: Final = re.compile(r"[。:]")
_CHAPTER_RE: Final = re.compile(r"^[一二三四五六七八九十]{1,3}[、.](?![\d])")
_CHAPTER_NUMERALS: Final = frozenset("一二三四五六七八九十")
_SECTION_RE: Final = re.compile(r"^\([一二三四五六七八九十]{1,3}\)")
_ITEM_RE: Final = re.compile(r"^(?:\d{1,2}[、.](?!\d)|\(\d{1,2}\))")
_SENTENCE_RE: Final = re.compile(r"[。,;:]|\d\.\d|\d万元|\d%")
_HEADING_TAIL_RE: Final = re.compile(r"(?:情况|说明)$")
_RUN_IN_HEADING_RE: Final = re.compile(r"^.*?(?:情况说明|具体情况|总体情况|情况|说明)")
# A chapter on spending naming no money ("三、支出决算情况说明", "三、部门支出决算情况"): all sources.
_ALL_SOURCES_CHAPTER_RE: Final = re.compile(r"支出决算(?:情况|具体情况)?(?:说明)?$")


def _level(text: str) -> int | None:
    # (each pattern tried only on a line opening as its headings do: most lines open otherwise)
    first = text[:1]
    if first == "第" and _PART_RE.match(text):
        return 0
    if first in _CHAPTER_NUMERALS and _CHAPTER_RE.match(text):
        return 1
    if first == "(" and _SECTION_RE.match(text):
        return 2
    if not first.isdigit() or _ITEM_RE.match(text):
        # an item's or an unnumbered heading: a heading line only (no sentence, no figure)
        return 3 if not _SENTENCE_RE.search(text) and len(text) <= 40 else None
    return None


def _heading_tail(text: str) -> bool:
    """A line that can end a heading wrapped onto it: short, no sentence, ends in 情况 / 说明."""
    return len(text) <= 30 and not _SENTENCE_RE.search(text) and bool(_HEADING_TAIL_RE.search(text))


def outline(lines: list[Line], starts: list[int]) -> list[Section]:
    """The section headings of a narrative stream (its lines and their offsets), in order."""
    texts = [compact(line.text) for line in lines]
    skipped: set[int] = set()
    # the table of contents: from 目录 to the first line stating a sentence
    for i, text in enumerate(texts):
        if text == "目录":
            j = i + 1
            while j < len(texts) and not re.search(r"[。,;]", texts[j]):
                skipped.add(j)
                j += 1
    # a running header: the same line opening two pages or more
    openers: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i == 0 or lines[i - 1].page != line.page:
            openers.setdefault(texts[i], []).append(i)
    skipped |= {i for found in openers.values() if len(found) >= 2 for i in found}
    sections: list[Section] = []
    i = 0
    while i < len(texts):
        text, level = texts[i], None if i in skipped else _level(texts[i])
        if level is None or (level == 3 and not _ends_heading(texts, i)):
            i += 1
            continue
        first = i
        words = _WORDS_END_RE.split(text, maxsplit=1)[0]
        if _SENTENCE_RE.search(words):
            # run into its first sentence ("（三）…具体情况2023年度…年初预算为…"): its words end at 情况 or
            # 说明; a numbered item stating its figures ("（一）教育支出（类）…年初预算为…") is no heading
            head = _RUN_IN_HEADING_RE.match(words)
            if head is None or _SENTENCE_RE.search(head.group(0)):
                i += 1
                continue
            words = head.group(0)
        elif (
            not _HEADING_TAIL_RE.search(words)
            and i + 1 < len(texts)
            and _level(texts[i + 1]) in (None, 3)
            and _heading_tail(texts[i + 1])
        ):
            words += texts[i + 1]  # "（二）" / "政府性基金…情况", "七、政府性" / "基金…说明"
            i += 1
        money = named_money(words)
        if money is None and level <= 1 and _ALL_SOURCES_CHAPTER_RE.search(words):
            money = "all_sources"  # the template's "三、支出决算情况说明": every source's spending
        sections.append(Section(starts[first], level, money))
        i += 1
    return sections


def _ends_heading(texts: list[str], i: int) -> bool:
    """An item-numbered or unnumbered line is a heading when it (or the line it wraps onto) ends in 情况 /
    说明, or is a number alone ("1." then its words)."""
    text = texts[i]
    if _HEADING_TAIL_RE.search(text) or (_ITEM_RE.match(text) and _ITEM_RE.match(text).end() == len(text)):
        return True
    return i + 1 < len(texts) and _heading_tail(texts[i + 1])


class ClaimMoneys:
    """The money of each budget-versus-actual claim of one narrative, in the order they are stated (rules
    1–3 of the module). What tells it (the outline, the tables printing each code) is read once, and only
    for a document that states such a claim."""

    def __init__(self, lines: list[Line], starts: list[int], amounts: list[Amount]):
        self.sections = outline(lines, starts)
        self.section_starts = [s.start for s in self.sections]
        self.wholes: list[tuple[int, str]] = []  # the wholes stated so far: (offset, the money they name)
        self.tables_of: dict[str, set[str]] = {}
        for a in amounts:
            if a.classification == "functional" and a.subject_code:
                self.tables_of.setdefault(a.subject_code, set()).add(base_table_key(a.table_key))
        self.printed_tables = {base_table_key(a.table_key) for a in amounts}

    def of(self, offset: int, named: str | None, code: str | None, part: bool = False) -> str | None:
        """The money of the claim at ``offset``: ``named`` is the money its own words name (for a claim of no
        code: a whole, remembered for the claims after it, unless it is stated as a ``part`` of a whole,
        after its 其中)."""
        if code is None and named is not None:
            if not part:
                self.wholes.append((offset, named))
            return named
        money = self._of_sections(offset)
        if code is not None:
            printed = self.tables_of.get(code, set())
            wanted = MONEY_TABLES.get(money or "general_budget")
            if wanted is not None and wanted in self.printed_tables and wanted not in printed:
                others = [m for m, table in MONEY_TABLES.items() if table in printed]
                if len(others) == 1:
                    return others[0]
        return money

    def _of_sections(self, offset: int) -> str | None:
        return _money_of_sections(
            self.sections[: bisect.bisect_right(self.section_starts, offset)], self.wholes, offset
        )


def _money_of_sections(before: list[Section], wholes: list[tuple[int, str]], offset: int) -> str | None:
    """The money the sections ``before`` a claim (those whose heading precedes it) and the wholes stated
    give it (rule 2)."""
    if not before:
        return _latest(wholes, 0, offset)
    # the chain of enclosing sections, innermost first
    chain = [before[-1]]
    for section in reversed(before[:-1]):
        if section.level < chain[-1].level:
            chain.append(section)
    inner = chain[0]
    if (whole := _latest(wholes, inner.start, offset)) is not None:
        return whole
    found = inner.money
    if found is None and inner.level <= 1:
        return None  # a chapter naming no money: nothing outside it tells
    for section in chain[1:]:
        if found is not None:
            if found == "fiscal" and section.money in _FISCAL_PARTS:
                return section.money  # "（二）财政拨款支出决算具体情况" under "四、一般公共预算…"
            if section.money is not None or section.level <= 1:
                return found
            continue
        found = section.money
        if found is None:
            # a whole stated in this section, not inside a sub-section naming a money of its own
            inside = [s for s in before if s.start > section.start and s.level > section.level]
            outside = [
                (at, m) for at, m in wholes if section.start <= at < offset and _owner(inside, at) is None
            ]
            found = outside[-1][1] if outside else None
        if found is None and section.level <= 1:
            return None
    return found


def _latest(wholes: list[tuple[int, str]], start: int, end: int) -> str | None:
    found = [money for at, money in wholes if start <= at < end]
    return found[-1] if found else None


def _owner(sections: list[Section], at: int) -> str | None:
    """The money of the sub-section a figure stands in (None: one naming none, or none)."""
    owning = [s for s in sections if s.start <= at]
    return owning[-1].money if owning else None
