"""Table detection by title label, table bodies, headers and the mapping of amounts to columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Final

from .layout import Line, Segment, is_page_footer, is_page_line
from .metadata import BODY_END_RE
from .tokens import (
    PRINTED_FIGURE_RE,
    YEAR_RE,
    amount_unit_in,
    compact,
    halfwidth,
    header_unit_in,
    parse_amount,
)
from .vocabulary import COLUMN_LABELS, COMPARISON_COLUMNS, NOT_OWN_COLUMNS, SANGONG_ITEMS, TABLE_TITLES

# A table label in front of a title: 表1 / 表一 / 表1-1 / 一、 / （表1） / 附表1 / 1.
_LABEL_RE: Final = re.compile(
    r"^(?:[（(]?(?:附?表|附件)\s*(?:[0-9]+|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:[-－—.][0-9]+)?[）)]?[、.:：\s]*"
    r"|[一二三四五六七八九十]+[、.]"
    r"|[0-9]{1,2}[、.](?!\d))"
)
# A form's number as provinces print it before the title: "预算公开表07", "部门公开表3", "公开05表".
_FORM_LABEL_RE: Final = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}公开表\s*\d{1,2}(?:-\d{1,2})?|公开\s*\d{1,2}\s*表)\s+"
)
_SPACED_LABEL_RE: Final = re.compile(
    r"^[（(]?(?:附?表|附件)\s*(?:[0-9]+|[一二三四五六七八九十]+)(?:[-－—.][0-9]+)?[）)]?\s+"
)
# The column numbers of a template's header ("栏次 1 2 3 4 5 6"): no figures.
_COLUMN_NUMBERS_RE: Final = re.compile(r"^(?:栏次|行次|次栏|次行)[\d栏次行]*$")


def is_column_numbers(text: str) -> bool:
    """A line numbering the columns: "栏次 1 2 3", or the bare run "1 2 3 … n" (n >= 3) under a header. No
    row of figures reads 1, 2, 3 …: a total is at least each of its parts."""
    if _COLUMN_NUMBERS_RE.match(compact(text)):
        return True
    if not text.lstrip().startswith(("1 ", "１")):
        return False
    words = halfwidth(text).split()
    return len(words) >= 3 and words == [str(n) for n in range(1, len(words) + 1)]


# The words over a column of row or column numbers (and as a PDF's header turned 90° in a narrow column
# gives them, read from the top: "次行").
ROW_NUMBER_WORDS: Final = ("行次", "栏次", "次行", "次栏")
_LONE_INTEGER_RE: Final = re.compile(r"^\d{1,3}$")
# A line opening on a functional code ("208社会保障和就业支出", "2080505" on compacted text), never on a
# figure ("965.20", "1,367,015.00").
CODE_OPENING_RE: Final = re.compile(r"^\d{3}(?:\d{2}){0,2}(?![\d.,])")


def mark_scattered_column_numbers(body: list[Line]) -> None:
    """Plain text printing the header a cell a line prints the columns' numbers one a line too, among
    the header's words and the 合计 row's figures ("栏次" / "1" / "合计" / "2" / "13,670,150.00" / "3" /
    "事业收入" / "4"): each lone integer continuing the count 1, 2, 3 … after 栏次 (before the first coded
    row) is a column's number, marked noise, no figure of the row it stands in."""
    if not body or body[0].positioned:
        return
    start = next((n for n, ln in enumerate(body[:40]) if compact(ln.text) in ROW_NUMBER_WORDS), None)
    if start is None:
        return
    expected = 1
    for line in body[start + 1 : start + 80]:
        text = compact(line.text)
        if CODE_OPENING_RE.match(text):
            return  # the rows have begun
        if _LONE_INTEGER_RE.match(text):
            if int(text) != expected:
                return
            line.noise = True
            expected += 1


# What says a table itself is empty (under a title: a heading of the 说明 naming a table is followed by
# sentences saying the body has none of its money, "本部门2024年没有使用…安排的支出。", no title's).
_STATED_EMPTY_KEYS: Final = frozenset(
    ("government_fund", "state_capital", "fiscal_special_account", "transfer")
)
_TABLE_EMPTY_RE: Final = re.compile(
    r"此表无数据|本表无数据|故此表为空|本单位无此项|无此项|表为空|无数据|空表"
)
# (and a note saying the body has none of the table's money: "本部门2024年度不涉及政府性基金预算财政拨款收支",
# "本部门…没有国有资本经营预算财政拨款收入", "本部门2024年度无专项转移支付预算")
_EMPTY_RE: Final = re.compile(
    _TABLE_EMPTY_RE.pattern
    + r"|不涉及"
    + r"|(?:本部门|本单位)[^。,，;；]{0,12}(?:没有|无)[^。,，;；]{0,30}(?:收入|支出|预算|收支|资金|安排)"
)
_SECTION_RE: Final = re.compile(r"^第[一二三四五六七八九十]+部分")
# A heading of the narrative after the last table ("其他相关情况说明", "一、…预算情况说明", "名词解释"):
# the table has ended. A note under a table ("注：…") is not one.
_NARRATIVE_HEADING_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|附件\d*[:：])?(?!注)[^\d,，。:：]{0,36}(?:情况说明|名词解释)$"
)
# A numbered section heading of the 说明 ("四、其他重要事项的说明", "（二）政府采购情况"), printing no figure:
# where prose follows it, the table above has ended.
_PROSE_HEADING_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))[^\d,，。;；]{2,30}$"
)
_PROSE_HEADING_FIRSTS: Final = frozenset(
    "一二三四五六七八九十("
)  # (looked at first: most lines open otherwise)
# (a sentence's stop or comma, not a figure's thousands separator: "35.60 万元，比上年减少…")
_PROSE_PUNCTUATION_RE: Final = re.compile(r"[。；;]|(?<!\d)[，,]|[，,](?!\d)")
_HEADER_WORDS: Final = (
    "项目",
    "科目",
    "功能分类",
    "经济分类",
    "预算数",
    "决算数",
    "合计",
    "金额",
    "单位：",
    "单位:",
)


@dataclass(slots=True)
class Table:
    table_key: str
    title: str
    label: str | None
    title_line: Line
    lines: list[Line]  # the body: every line after the title up to the next table or section
    amount_unit: str | None
    empty_reason: str | None = None
    header: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    cache: dict = field(default_factory=dict)  # header cells and column lookups, computed once
    # The table whose further columns this one prints (a wide sheet printed page by page: its title and
    # code columns again, other figure columns): one table of the report, read under two headers.
    continues: Table | None = None
    # The title's lines above its title line: its label alone ("表三", "公开02表"), or its first piece.
    title_above: list[Line] = field(default_factory=list)
    # The report's own year (its metadata's), for headers naming the figures of several years.
    fiscal_year: int | None = None
    # The report's kind (its metadata's): a final account's 年初预算数 is its own year's budget.
    doc_kind: str | None = None

    @property
    def last_line(self) -> int:
        return self.lines[-1].number if self.lines else self.title_line.number


@lru_cache(maxsize=1 << 12)  # a document names each table twice (contents, title); units repeat titles
def classify_title(title: str) -> str | None:
    text = compact(title)
    for key, required, excluded in TABLE_TITLES:
        if all(word in text for word in required) and not any(word in text for word in excluded):
            return key
    return None


def split_label(text: str) -> tuple[str | None, str]:
    spaced = halfwidth(text).strip()
    match = _SPACED_LABEL_RE.match(spaced) or _FORM_LABEL_RE.match(spaced)  # "表四 一般公共预算…"
    if match and len(spaced) > match.end():  # (the space ends the label)
        return compact(match.group()).strip("、.:： "), compact(spaced[match.end() :])
    text = compact(text)
    match = _LABEL_RE.match(text)
    if match and len(text) > match.end():
        return match.group().strip("、.:： "), text[match.end() :]
    return None, text


_LABEL_AFTER_RE: Final = re.compile(
    r"(?<=表)\s+((?:附表|表|附件)\s*[\d一二三四五六七八九十]+(?:[-－.]\d+)?)\s*$"
)
_UNIT_PHRASE_RE: Final = re.compile(r"(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*(?:万元|千元|亿元|元)")
_UNIT_FIRST_RE: Final = re.compile(r"^(?:金额)?单位[:：]\s*(?:万元|元|千元|亿元)\s*")
# (the unit may stand in brackets after the title: "支出预算总表（金额单位：万元）")
_TITLE_TAIL_RE: Final = re.compile(
    r"[（(]?(?:编制单位|编制部门|部门名称|单位名称|预算单位|部门|金额单位|单位)[:：].*$"
)


# A report's title as a running page header prints it, the unit's name and the year before it.
_RUNNING_TITLE_RE: Final = re.compile(
    r"(?:\d{4}|二[〇○零][〇○零一二三四五六七八九]{2})年度?(?:部门|单位)?(?:预算|决算)$"
)


def is_running_title(text: str) -> bool:
    """A line printing the report's title, as a running page header does ("某某局2023年度部门决算")."""
    return bool(_RUNNING_TITLE_RE.search(compact(text)))


# (compiled once: every line with a 表 is looked at)
_SENTENCE_CHARS_RE: Final = re.compile(r"[《》;；,，。]")
# "（续）", "（续表）", "（续表1）", "（续上表）", "（续1）", "续表" after the title or before it
_CONTINUED_RE: Final = re.compile(
    r"\s*[（(]续(?:表|上表|前表)?[\d一二三四五六七八九十]*(?:[-－]\d+)?[）)]$|\s+续表\d*$|^续表\d*\s*"
)
_TABLE_END_RE: Final = re.compile(r"表(?:[（(][^）)]*[）)])?$")
_FORM_WORD_RE: Final = re.compile(r"\d|^公开")


def _prose_follows(lines: list[Line]) -> bool:
    """Whether sentences of the 说明 follow a heading, and no row: a line of 12 characters or more with a
    sentence's stop, or a comma and no figure but one stated with its unit ("35.60 万元，比上年…"), and none
    of the lines ending with a bare figure as a table's row does (a project's row whose 概述 cell holds a
    sentence, wrapped or not), nor a note under the table ("注：本表…。") before the sentence."""
    texts = [line.text.strip() for line in lines]
    # (a sentence wrapped before its unit, "…公务接待费6.00" / "万元，…", ends no row)
    if any(
        _ROW_END_RE.search(text) and not (k + 1 < len(texts) and _UNIT_OPENING_RE.match(texts[k + 1]))
        for k, text in enumerate(texts)
    ):
        return False
    for text in texts:
        if _NOTE_OPENING_RE.match(compact(text)):
            return False
        figures = _FIGURE_RE.search(text) is not None
        stated = _STATED_FIGURE_RE.search(text) is not None
        if len(text) >= 12 and (
            "。" in text or (_PROSE_PUNCTUATION_RE.search(text) and (stated or not figures))
        ):
            return True
        if figures:
            return False
    return False


# A table's row ends with its figures: a bare amount (no unit after it) closing the line.
_UNIT_OPENING_RE: Final = re.compile(r"^(?:万元|亿元|元|%)")
_ROW_END_RE: Final = re.compile(r"(?<![\d.,])-?[\d,]*\d\.\d{1,4}$")
_NOTE_OPENING_RE: Final = re.compile(r"^(?:注|说明|备注)\d*[:：]")
_STATED_FIGURE_RE: Final = re.compile(r"\d\s*(?:万元|亿元|元|%)")


def title_candidate(line: Line) -> tuple[str | None, str, str | None] | None:
    """(label, title, table_key) of a line that reads as a table title; the key is None for a title of a
    table kind this parser does not know (国有资产占用情况表 …), which still ends the table before it."""
    if "表" not in line.text:
        return None  # every title ends in 表 (most lines are not titles: decide them cheaply)
    # A title can share its line with "编制单位：…" and "单位：元" printed beside it, or after "单位：万元"
    # printed before it at the page's left.
    # (a form label printed at the title's right, "部门支出总表      表3": the title's label)
    folded = halfwidth(line.text)
    tail = _LABEL_AFTER_RE.search(folded)
    spaced = folded[: tail.start()] if tail else line.text
    text = _TITLE_TAIL_RE.sub("", _UNIT_FIRST_RE.sub("", compact(spaced)))
    if (
        not (4 <= len(text) <= 48 or _long_title_of_body(text))
        or parse_amount(line.segments[-1].text) is not None
    ):
        return None
    if _SENTENCE_CHARS_RE.search(text):
        return None  # a sentence that mentions a table, not a title
    # a running page header: the report's title, then the table it is in ("…2023年度部门决算  表2 收入决算表")
    words = folded.split()
    if len(words) >= 2 and _RUNNING_TITLE_RE.search(words[0]):
        return None
    label, title = split_label(_TITLE_TAIL_RE.sub("", _UNIT_FIRST_RE.sub("", halfwidth(spaced).strip())))
    if label is None and tail is not None:
        label = compact(tail.group(1))
    title = _CONTINUED_RE.sub("", title).strip()  # "（续）", "（续表1）": the table goes on
    if not _TABLE_END_RE.search(title) or "说明" in title:
        return None
    key = classify_title(title)
    if key is None and (_FORM_WORD_RE.search(title) or len(title) < 5 or len(text) > 48):
        return None  # a form number ("公开01表") or a reference, not the title of another kind of table
    return label, title, key


_YEAR_AFTER_NAME_RE: Final = re.compile(r"^[^\d]{4,40}?\d{4}年度?")


def _long_title_of_body(text: str) -> bool:
    """A title longer than most because it opens with the body's full name and the year ("新疆维吾尔自治区
    巴音郭楞蒙古自治州和静县住房和城乡建设局2023年度一般公共预算财政拨款基本支出决算表"): the rest is as
    long as a title."""
    if len(text) > 90:
        return False
    opening = _YEAR_AFTER_NAME_RE.match(text)
    return opening is not None and 4 <= len(text) - opening.end() <= 48


def _title_begun_above(lines: list[Line], i: int, found: tuple) -> tuple | None:
    """A title wrapped over two lines whose second line is a title of its own ("一般公共预算基本" /
    "支出预算表", "表2 一般公共预算财政拨款" / "基本支出决算表"): (label, title, key, first line) of both
    lines, when they name another table kind than the second line alone. The line above must read as a
    title's beginning: short, no sentence, no figure, no unit or header, no body's name."""
    above = compact(lines[i - 1].text)
    label, begun = split_label(lines[i - 1].text)
    if (
        lines[i - 1].page != lines[i].page  # a table's title starts its page: the line above is not of it
        or not 2 <= len(begun) <= 32
        or re.search(
            r"[\d,，。;；:：]|合计|总计|小计", re.sub(r"\d{4}年度?", "", begun)
        )  # a year may open it
        or begun.endswith("表")
        or BODY_END_RE.search(begun)  # the report's unit named above the title, not its beginning
        or amount_unit_in(above)
        or title_candidate(lines[i - 1]) is not None
    ):
        return None
    if label is None and i > 1 and lines[i - 2].page == lines[i].page:  # the label alone above ("表2")
        label_above, rest = split_label(lines[i - 2].text + " x")
        label = label_above if rest == "x" else None
    joined = title_candidate(
        Line(lines[i].number, lines[i].page, [Segment(begun + compact(lines[i].text), None, None)])
    )
    if joined is None or joined[2] is None or joined[2] == found[2]:
        return None
    start = i - 2 if label is not None and split_label(lines[i - 1].text)[0] is None else i - 1
    return label or found[0], joined[1], joined[2], start


# A line holding a figure or a code: the table's rows have begun (a year, "2024年", is no figure).
_LONE_CODE_LINE_RE: Final = re.compile(r"[1-9]\d{2}(?:\d{2}){0,2}")
_FIGURE_RE: Final = re.compile(r"\d\.\d|\d,\d{3}|(?<![\d.])\d{3,}(?![\d.年月日号])")


def _body_end(lines: list[Line], i: int, next_title: int) -> int:
    """Where the body of the table titled at line i ends: at the next title, or a section heading or the
    narrative's before it."""
    for j in range(i + 1, next_title):
        text = compact(lines[j].text)
        # (the patterns tried only on a line opening with 第 or ending as a heading does: most lines)
        if (
            (text[:1] == "第" and _SECTION_RE.match(text))
            or (text.endswith(("情况说明", "名词解释")) and _NARRATIVE_HEADING_RE.match(text))
            or (
                text[:1] in _PROSE_HEADING_FIRSTS
                and _PROSE_HEADING_RE.match(text)
                and _prose_follows(lines[j + 1 : min(next_title, j + 4)])
            )
        ):
            return j
    return next_title


def detect_tables(
    lines: list[Line],
    unknown: list[tuple[Line, str]] | None = None,
    apart_pages: list[list[Line]] | None = None,
) -> list[Table]:
    """Tables keyed by their titles. A title repeated in a table of contents is not a table: a real title
    is followed, before any other title, by an amount-unit line or a header line. The titles of tables of
    a kind not read here are added to `unknown` (title line, title); the lines of a "续表" page printed
    apart from its table's header (``CONTINUED_APART``), the header words above the mark first, none of
    the narrative, to `apart_pages`."""
    candidates: list[tuple[int, str | None, str, str | None]] = []
    starts: dict[int, int] = {}  # the first line of a title wrapped over lines above it
    units_above: dict[int, str] = {}  # a unit printed beside the label on the line above the title
    alone_above: dict[int, str] = {}  # a unit line alone right above a title
    for i, line in enumerate(lines):
        found = title_candidate(line)
        below = lines[i + 1].text if not found and i + 1 < len(lines) else ""
        following = compact(below) if "表" in below else ""
        if following.endswith("表") and len(following) <= 3:
            # A title wrapped onto a second line ("…培训费支出预" / "算表").
            joined = compact(line.text) + following
            found = title_candidate(Line(line.number, line.page, [Segment(joined, None, None)]))
            if (
                found is not None
                and _CONTINUATION_LINE_RE.match(following)
                and not _TITLE_AGAIN_RE.search(compact(line.text))
            ):
                # no title but a header's last words above a page's "续表" mark, the table's rows on that
                # page printed apart from its columns in plain text ("其他收入" / "续表"): they end the
                # table above, and are said (CONTINUED_APART), not read as a table of their own
                found = (None, CONTINUED_APART, None)
        elif found and i > 0 and (longer := _title_begun_above(lines, i, found)) is not None:
            found, starts[i] = longer[:3], longer[3]
        if found and i not in starts and i > 0 and lines[i - 1].page == line.page:
            # the label alone on the line above ("表三"), or with the unit (the sheet's top row,
            # "表3 … 单位：元")
            above = lines[i - 1].text
            unit_above = amount_unit_in(above)
            if unit_above is not None:
                above = _UNIT_PHRASE_RE.sub(" ", halfwidth(above))
            label_above, rest = split_label(above + " x")
            if label_above is not None and rest == "x":
                found, starts[i] = (found[0] or label_above, *found[1:]), i - 1
                if unit_above is not None:
                    units_above[i] = unit_above
            elif unit_above is not None and not compact(above):
                # the unit line alone right above the title (set raised at the title's end, read above it):
                # the table's unit where nothing else states one
                alone_above[i] = unit_above
        if found:
            candidates.append((i, *found))
    # A title is a table's only when a unit or header line follows it: a table of contents lists titles
    # alone, and a continuation title ("支出预算表（续）") with rows right after it goes on the table it
    # continues (the line itself is left out). The title of a table kind not known here (key None) still
    # ends the table before it.
    titles, bare = [], set()
    for n, candidate in enumerate(candidates):
        i = candidate[0]
        next_title = candidates[n + 1][0] if n + 1 < len(candidates) else len(lines)
        if _header_follows(lines[i + 1 : min(next_title, i + 8)]):
            titles.append(candidate)
        else:
            bare.add(i)
    group_units = [
        (n, m.group(1))
        for n, line in enumerate(lines)
        if "表" in line.text and "单位" in line.text and (m := _GROUP_UNIT_RE.search(compact(line.text)))
    ]
    tables: list[Table] = []
    for n, (i, label, title, key) in enumerate(titles):
        next_title = starts.get(titles[n + 1][0], titles[n + 1][0]) if n + 1 < len(titles) else len(lines)
        if key is None:
            if unknown is not None and title != CONTINUED_APART:
                unknown.append((lines[i], title))
            if title == CONTINUED_APART and apart_pages is not None:
                end = _body_end(lines, i, next_title)
                apart_pages.append(
                    [lines[i], *(line for j, line in enumerate(lines[i + 1 : end], i + 1) if j not in bare)]
                )
            continue
        end = _body_end(lines, i, next_title)
        body = [line for j, line in enumerate(lines[i + 1 : end], start=i + 1) if j not in bare]
        restart = _untitled_table_at(body)
        # (further columns open with their header's other lines, their "续表" line or the page's number
        # above it on its page)
        opening = restart
        while (
            opening
            and body[opening - 1].page == body[opening].page
            and (
                _CONTINUATION_LINE_RE.match(compact(body[opening - 1].text))
                or is_page_line(body[opening - 1])
                or _header_word_line(body[opening - 1])
            )
        ):
            opening -= 1
        apart: list[Line] = []
        if opening is not None and _further_columns(body[:opening], body[opening:]):
            # no other table: the further columns of this one's rows, on a page of their own
            body, apart = body[:opening], body[opening:]
        elif restart is not None:
            if unknown is not None:
                unknown.append((body[restart], ""))  # a table whose title is missing: said, not read
            body = body[:restart]
        # The unit is printed by the title or in the header: within the first lines, or anywhere above the
        # first figure (a header printed a cell per line runs longer).
        # (a code alone on its line, "229" / "22960" as plain text prints a cell a line, is no figure)
        first_figure = next(
            (
                k
                for k, ln in enumerate(body[:24])
                if _FIGURE_RE.search(ln.text) and not _LONE_CODE_LINE_RE.fullmatch(ln.text.strip())
            ),
            24,
        )
        head = [lines[i], *body[: max(8, first_figure)]]
        unit = (
            next((u for ln in head if (u := amount_unit_in(ln.text))), None)
            or next((u for ln in head if (u := header_unit_in(ln.text))), None)
            or units_above.get(i)
            # a note under the table ("注：金额单位为万元"), or a statement above a group of tables
            # ("以下各表金额单位：万元") before this title
            or next((m.group(1) for ln in body if (m := _NOTE_UNIT_RE.search(compact(ln.text)))), None)
            or next((u for at, u in reversed(group_units) if at < i), None)
            or alone_above.get(i)
        )
        table = Table(key, title, label, lines[i], body, unit, title_above=lines[starts.get(i, i) : i])
        mark_scattered_column_numbers(body)
        # "本表无数据" makes a table empty only when it prints no figure but zeros: a note of a filled table
        # ("注：本表无数据的科目不列示") empties nothing.
        # (the wider wordings, "不涉及…", "本部门…没有…收入", for the funds' and transfers' tables only: a
        # 三公 table printing its zeros under "本单位无‘三公’经费预算" keeps them)
        stated = _EMPTY_RE if key in _STATED_EMPTY_KEYS else _TABLE_EMPTY_RE
        empty = next((ln for ln in body if stated.search(compact(ln.text))), None)
        # (a statement on a line of its own, "此表为空", before every figure of the table, each alone on its
        # line: plain text setting the page's number and another table's cell among the header's words after
        # it; said once the report is read)
        strays = (
            _figures_after_statement(body, empty)
            if empty is not None and EMPTY_LINE_RE.fullmatch(compact(empty.text))
            else None
        )
        if empty is not None and (strays is not None or not _prints_figures(body, empty)):
            table.empty_reason = compact(empty.text)
            if strays:
                table.cache[("figures_after_empty_statement",)] = strays
        tables.append(table)
        if apart:
            tables.append(Table(key, title, label, apart[0], apart, unit, continues=table))
    # A title that repeats because the table continues on the next page (same key, same title, nothing
    # between but the continuation; blank lines are no lines) is one table. When the page prints another
    # header under it (a wide sheet printed by columns: page 2 合计 | 财政拨款收入 | …, page 3 the code and
    # name again beside 事业收入 | 经营收入 | …), its rows are read under their own header, as further
    # columns of the same table.
    tables = [part for table in tables for part in _continued_apart(table)]
    index_of = {line.number: n for n, line in enumerate(lines)}
    merged: list[Table] = []
    for table in tables:
        prev = merged[-1] if merged else None
        if (
            prev
            and prev.title == table.title
            # (equal where the title follows the last row on one line of text, after a page break)
            and prev.last_line <= table.title_line.number
            and (
                not prev.lines
                or not [
                    line
                    for line in lines[index_of[prev.last_line] + 1 : index_of[table.title_line.number]]
                    # (a page's number and the table's label alone, "表3", printed again before its title)
                    if not (is_page_line(line) or split_label(line.text + " x") == (table.label, "x"))
                ]
            )
        ):
            # (right after the rows: nothing but the title between, not even a page's number)
            next_to = index_of[table.title_line.number] - index_of[prev.last_line] <= 1 or not prev.lines
            header = _header_words(table.lines)
            first = prev.continues or prev
            if header in ("", _header_words(prev.lines)) or (next_to and not _CODE_COLUMNS_RE.search(header)):
                prev.lines.extend(table.lines)
                continue
            codes = _row_codes(table.lines)
            if codes and codes <= _row_codes(first.lines) and _CODE_COLUMNS_RE.search(header):
                table.continues = first  # further columns of the same rows
            elif next_to and not _total_first(table.lines):
                # further rows under the header printed again (its words shortened or wrapped otherwise):
                # the header's lines are no rows, but name the columns of the page's figures
                rows = _without_header(table.lines, _text_above_figures(first.lines))
                kept = {id(line) for line in rows}
                header_lines = [line for line in table.lines if id(line) not in kept and line.positioned]
                if header_lines:
                    page_headers = prev.cache.setdefault(("page_headers_merged",), {})
                    page_headers.setdefault(header_lines[0].page, header_lines)
                prev.lines.extend(rows)
                continue
            # else another table printing a title alike (its own 合计, other rows): a table of its own
        merged.append(table)
    return merged


# The amount unit stated for a group of tables ("以下各表金额单位：万元", "各表金额单位均为万元",
# "说明：以下公开表格中，金额单位除注明外均为万元", "本部分表格金额单位：万元") or in a table's note
# ("注：金额单位为万元").
_GROUP_UNIT_RE: Final = re.compile(
    r"(?:^(?:以下|下列)?各表(?:的)?|(?:以下|下列|本部分)(?:公开)?(?:各表|表格|报表)(?:中[,，]?)?)(?:金额)?单位"
    r"(?:除(?:特别)?(?:注明|说明|标注)(?:者|的)?外)?均?(?:为|是|[:：])(万元|元|千元|亿元)"
)
_NOTE_UNIT_RE: Final = re.compile(r"^注[:：].{0,30}?金额单位均?(?:为|是|[:：])(万元|元|千元|亿元)")


_FORM_NUMBER_LINE_RE: Final = re.compile(r"^(?:公开\d+表|附?表[一二三四五六七八九十\d]+(?:-\d+)?)$")
_TOTAL_ROW_RE: Final = re.compile(r"^(?:合计|总计)[\d,.-]+$")  # on compacted text
_CODED_ROW_RE: Final = re.compile(r"^\d{3,7}\D")


def _untitled_table_at(body: list[Line]) -> int | None:
    """Where a table without its title starts inside another's body (the PDF printed the title as an
    image): after the body's own 合计 row and coded rows, a header printed again (a form number, a unit
    line, the column names) and, within four lines and before any coded row, a 合计 row of its own. A
    header printed again on a page the table runs on to is followed by more rows, never by a second 合计.
    The index of its first header line."""
    if sum(1 for line in body if line.text.lstrip()[:1] in ("合", "总")) < 2:
        return None  # its own 合计 and the untitled table's: two at least
    texts = [compact(line.text) for line in body]
    totals = [bool(_TOTAL_ROW_RE.match(text)) for text in texts]
    if sum(totals) < 2:  # its own 合计 and the untitled table's
        return None
    coded = [bool(_CODED_ROW_RE.match(text)) for text in texts]
    for n, line in enumerate(body):
        if not (any(totals[:n]) and any(coded[:n])):
            continue
        text = texts[n]
        if not (_FORM_NUMBER_LINE_RE.match(text) or amount_unit_in(line.text) or _is_header_line(line)):
            continue
        for k in range(n + 1, min(n + 5, len(body))):
            if coded[k]:
                break
            if totals[k]:
                return n
    return None


# A table's own statement that it is empty, the whole of its line: no note about some of its rows ("注：本表无
# 数据的科目不列示", "本表无数据的项目不予列示").
EMPTY_LINE_RE: Final = re.compile(r"(?:注[:：])?(?:此|本)表(?:为空|无数据)[。.]?")


def _figures_after_statement(body: list[Line], statement: Line) -> list[tuple[Line, str]] | None:
    """The figures a table stating itself empty prints, where each stands after the statement on a line of
    its own (no row's code or label beside it), or None: a figure before the statement (a filled table, the
    statement another table's or a note about rows, set after its figures), or beside words."""
    after, strays = False, []
    for ln in body:
        if ln is statement:
            after = True
            continue
        words = ln.text.split()
        values = [parse_amount(word) for word in words]
        if not any(values) or _prints_no_figure(ln):  # (zeros and dashes are no money)
            continue
        if not after or None in values:
            return None
        strays += [(ln, word) for word in words]
    return strays


def _prints_no_figure(line: Line) -> bool:
    """Whether a line of a table says it is empty prints no figure of it, whatever its numbers: column
    numbers ("栏次 1 2 3", or 1, 2, 3 … a line each, as plain text prints a header cell per line), page
    numbers, or a short whole number alone on its line (plain text sets a page's number amid the page's
    cells, where ``mark_page_numbers`` does not look, and the columns' numbers among the header's words)."""
    return (
        is_column_numbers(line.text)
        or bool(line.page_number)
        or is_page_footer(line.text)
        or _LONE_INTEGER_RE.match(line.text.strip()) is not None
    )


def _prints_figures(body: list[Line], note: Line) -> bool:
    """Whether a table that says it is empty prints a figure but zeros anyway (``_prints_no_figure``: not
    its column or page numbers)."""
    values = [
        value
        for ln in body
        if ln is not note and not _prints_no_figure(ln)
        for value in map(parse_amount, ln.text.split())
        if value
    ]
    return bool(values) and values != [Decimal(n) for n in range(1, len(values) + 1)]


# Prose or a heading of the narrative ("一、部门主要职能", a sentence): a table's header never follows one.
_PROSE_RE: Final = re.compile(
    r"[。；;]|^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十]+部分"
)


def _header_follows(following: list[Line]) -> bool:
    """Whether a title's next lines hold its unit or header line, or say the table is empty, before any
    prose: a contents entry is followed by the next entries, or by the narrative (whose sentences name 项目
    and 预算数 too)."""
    for line in following:
        if amount_unit_in(line.text) or _is_header_line(line):
            return True
        if _TABLE_EMPTY_RE.search(compact(line.text)):
            return True  # the table stated empty under its title ("本部门2024年度无…，故本表为空。")
        if _PROSE_RE.search(compact(line.text)):
            return False
    return False


def _without_header(lines: list[Line], first_header: str = "") -> list[Line]:
    """A table's lines without the header lines above its first figure, nor the pieces of the header's cells
    cut otherwise than on the first page, on lines of their own ("基本" / "支出", "事业单" / "位经营" /
    "支出": pieces of its words, ``first_header``, run together); a piece under the names' column is a
    name's, wrapped across the page break (positioned text tells it by where it stands)."""
    start = next((n for n, line in enumerate(lines) if _FIGURE_RE.search(line.text)), len(lines))
    first = next((n for n, line in enumerate(lines[:start]) if _is_header_line(line)), start)
    words = first_header + "".join(compact(line.text) for line in lines[first:start] if _is_header_line(line))
    money_x = first_money_x(lines[first:start])

    # (in plain text a piece after the header's last line may end a name wrapped across the page break)
    last = max((n for n in range(first, start) if _is_header_line(lines[n])), default=first)

    def header_piece(n: int, line: Line) -> bool:
        text = compact(line.text)
        if not text or _DIGIT_RE.search(text) or text not in words:
            return False
        if not line.positioned:
            return n < last
        return line.segments[0].x0 >= money_x - 1

    return [
        line
        for n, line in enumerate(lines)
        if n >= start or not (_is_header_line(line) or (n > first and header_piece(n, line)))
    ]


_DIGIT_RE: Final = re.compile(r"\d")


def first_money_x(header: list[Line]) -> float:
    """Where the leftmost money column of header lines begins (its cell's left edge), or infinity: words
    standing right of it are no names' pieces."""
    return min(
        (
            seg.x0
            for line in header
            for seg in line.segments
            if seg.x0 is not None and column_key_of(seg.text)
        ),
        default=float("inf"),
    )


def _text_above_figures(lines: list[Line]) -> str:
    """Every line's text above a table's first figure, spaces removed, run together (its header's words and
    their pieces)."""
    start = next((n for n, line in enumerate(lines) if _FIGURE_RE.search(line.text)), len(lines))
    return "".join(compact(line.text) for line in lines[:start])


def _total_first(lines: list[Line]) -> bool:
    """Whether a table's first row with figures is a 合计 / 总计 row."""
    for line in lines:
        if _FIGURE_RE.search(line.text):
            return bool(_TOTAL_ROW_RE.match(compact(line.text)))
    return False


def _row_codes(lines: list[Line]) -> set[str]:
    """The codes opening the lines of a table's rows."""
    return {match.group(1) for line in lines if (match := _ROW_CODE_RE.match(compact(line.text)))}


_ROW_CODE_RE: Final = re.compile(r"^(\d{3}(?:\d{2}){0,2})(?!\d)")


def _header_lines(lines: list[Line]) -> list[Line]:
    """The lines holding header words above a table's first figure (a decimal, thousands, a number of 3
    digits or more)."""
    out = []
    for line in lines:
        if _FIGURE_RE.search(line.text):
            break
        if _header_word_line(line):
            out.append(line)
    return out


def _header_word_line(line: Line) -> bool:
    """A line of header words, or a column's name on a line of its own (plain text prints a header a cell
    a line)."""
    return _is_header_line(line) or (len(compact(line.text)) <= 16 and column_key_of(line.text) is not None)


def _header_words(lines: list[Line]) -> str:
    """The header lines' words above a table's first figure, run together ("" when it prints none)."""
    return "".join(compact(line.text) for line in _header_lines(lines))


# Words above a "续表" line that are the table's title printed again on its next page (a year, or a title's
# ending: "2024年一般公共预算财政拨款支出情况" / "续表"), no header's words: that page is read as a table.
_TITLE_AGAIN_RE: Final = re.compile(r"\d{4}年|情况$|表$|^.{13,}$")
# The title ``detect_tables`` gives the rows of a "续表" page printed apart from their table's header.
CONTINUED_APART: Final = "续表"
# A page's continuation mark on a line of its own: "续表", "续表2：", "（续）", "（续表）".
_CONTINUATION_LINE_RE: Final = re.compile(r"^(?:续表\d*[:：]?|[(（]续表?[)）])$")


def _further_columns(before: list[Line], rest: list[Line]) -> bool:
    """Whether lines opening a new page print further columns of the rows above: a header of their own
    naming the code and name columns again and other columns, and only codes the rows above print."""
    if not before or not rest or rest[0].page == before[-1].page or rest[0].page is None:
        return False
    header = _header_words(rest)
    if not header or header == _header_words(before) or not _CODE_COLUMNS_RE.search(header):
        return False
    # Further columns are other columns: a part naming a column the table named already (基本支出, 项目支出:
    # a table of its own without its title, or units' blocks under 续表) is none. (Totals, 合计 or a group's
    # 小计, every part may print.)
    own, more = _money_keys(before), _money_keys(rest)
    if not more or own & more:
        return False
    codes = _row_codes(rest)
    if codes:
        return codes <= _row_codes(before)
    # (the name column printed again without the codes: the rows' names, those the rows above print)
    names = _row_names(rest)
    return bool(names) and names <= _row_names(before)


def _row_names(lines: list[Line]) -> set[str]:
    """The names of a table's rows printing figures, their codes aside ("行政运行" of "2070101 行政运行
    1.00")."""
    names = set()
    for line in lines:
        text = compact(line.text)
        if not _FIGURE_RE.search(line.text):
            continue
        name = re.sub(r"^\d{3}(?:\d{2}){0,2}(?!\d)", "", text)
        name = re.split(r"-?[\d,]*\d(?:\.\d+)?", name, maxsplit=1)[0]
        if name and name not in ("合计", "总计"):
            names.add(name)
    return names


def _money_keys(lines: list[Line]) -> set[str]:
    """The money columns a table's header lines name, totals aside."""
    words = [word for line in _header_lines(lines) for word in line.text.split()]
    return {key for word in words if (key := column_key_of(word)) is not None} - {"total", "amount"}


def _continued_apart(table: Table) -> list[Table]:
    """The table, and the part of it printed on a later page under "续表" and a header of its own that
    names other columns beside the code and name columns printed again (a wide sheet printed by columns:
    本年收入合计 | 财政拨款收入 | 上级补助收入 on one page, 事业收入 | 经营收入 | … on the next): further
    columns of the same rows, read under their own header (``Table.continues``)."""
    lines = table.lines
    for j in range(1, len(lines)):
        if lines[j].page == lines[j - 1].page or lines[j].page is None:
            continue
        k, marked = j, False
        while k < min(len(lines), j + 3) and lines[k].page == lines[j].page:
            text = compact(lines[k].text)
            if _CONTINUATION_LINE_RE.match(text):
                marked = True
            elif not ((amount_unit_in(lines[k].text) and len(text) < 24) or is_page_line(lines[k])):
                break
            k += 1
        # (unmarked: the page opens with the code or name column's header word, "科目名称 事业收入 …")
        if not marked and not (k < len(lines) and _CODE_COLUMNS_RE.match(compact(lines[k].text))):
            continue
        rest = lines[k:]
        if not _further_columns(lines[:j], rest):
            continue
        part = Table(
            table.table_key, table.title, table.label, lines[j], rest, table.amount_unit, continues=table
        )
        table.lines = lines[:j]
        return [table, part]
    return [table]


# The code and name columns a wide sheet prints again on each page of its further columns.
_CODE_COLUMNS_RE: Final = re.compile("科目编码|科目名称|类款项|功能分类|经济分类")


def _is_header_line(line: Line) -> bool:
    text = compact(line.text)
    return any(word in text for word in _HEADER_WORDS) and len(text) < 200


# --- columns ------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 12)  # (header labels recur: every header cell and its stacks are looked up, often)
def column_key_of(label: str) -> str | None:
    text = compact(label)
    for fragment, key in COLUMN_LABELS:
        if fragment in text:
            return key
    return None


def _excluded(text: str, exclude: tuple[str, ...]) -> bool:
    """Header cells that name the code and label columns ("项目", "科目名称"), never amount columns."""
    return text in exclude or (
        any(word in text for word in ("科目", "功能分类", "经济分类", "编码", "名称")) and (bool(exclude))
    )


def column_key_of_cells(cells: list[str], fiscal_year: int | None = None) -> str | None:
    """The column of a stack of header cells (top to bottom): the lowest cell that names a column wins,
    so "一般公共预算基本支出 / 人员经费" is 人员经费; a name wrapped over cells ("上级补助收" / "入") is
    read whole by joining the lowest cells. A group over it naming another year's figures, a change or
    an adjusted budget makes it that kind (``fiscal_year``: the report's own year, where known)."""
    if any(column_key_of(cell) == "budget_share" for cell in cells):
        return "budget_share"  # a share's group over 小计 | 基本支出 | 项目支出: percentages throughout
    # Another year's block, a change or an adjusted budget over 小计 | 基本支出 | 项目支出 ("上年决算数",
    # "比上年增减", "调整预算数", "2023年决算数" in a 2024 report): none of its columns is the report's own,
    # whatever each is named. (A group naming the report's own year by its number, "2024年执行数", is its.)
    for cell in cells[:-1]:
        if (key := _not_own_group(cell, fiscal_year)) is not None:
            return key
    # (such a group wrapped over two lines, "上年" / "决算数", "2023年" / "预算数")
    for upper, lower in pairwise(cells[:-1]):
        if (key := _not_own_group(upper + lower, fiscal_year)) is not None:
            return key
    sources = {key for cell in cells if (key := column_key_of(cell)) in _SOURCE_KEYS}
    if len(sources) > 1:
        return None  # two sources stacked over one figure (事业收入 over …财政拨款收入): which, is not told
    if len(cells) > 1 and column_key_of(cells[-1]) == "amount":
        # a generic word under a part's name ("基本支出" over "预算数"): the part's column
        above = [key for cell in cells[:-1] if (key := column_key_of(cell)) in PART_COLUMNS]
        if len(above) == 1:
            return above[0]
    for k in range(1, len(cells) + 1):
        key = column_key_of("".join(cells[-k:]))
        if key == "fiscal_appropriation" and k < len(cells):
            # "一般公共预算" over "财政拨款" is that fund's appropriation; 财政拨款 alone is all funds'. A
            # fund's name may be wrapped over several lines above ("政府性" / "基金预" / "算财政" / "拨款").
            for kk in range(k + 1, len(cells) + 1):
                fund = column_key_of("".join(cells[-kk:]))
                if fund in _FUND_KEYS:
                    return fund
                if fund != "fiscal_appropriation":
                    break
        if key is not None:
            return key
    return None


def group_subtotal_key(cells: list[str]) -> str | None:
    """The column of a 小计 printed under a part's group label (基本支出 over 小计 | 人员经费 | 公用经费, in a
    table whose row total has a 合计 column of its own): the part's, the subtotal of its group. Callers ask
    only where the table would otherwise have two total columns."""
    if len(cells) < 2 or compact(cells[-1]) not in ("小计", "合计"):
        return None
    group = next((key for cell in reversed(cells[:-1]) if (key := column_key_of(cell)) is not None), None)
    return group if group in SUBTOTAL_GROUPS else None


# Groups printing a 小计 of their own (基本支出 over 小计 | 人员经费 | 公用经费; 财政拨款 over 小计 |
# 一般公共预算 | 政府性基金; 单位资金 over 小计 | 事业收入 …; 事业收入 over 小计 | 其中：教育收费): the
# 小计 is the group's column.
SUBTOTAL_GROUPS: Final = ("basic", "project", "fiscal_appropriation", "unit_funds", "business")


_FUND_KEYS: Final = ("general_public", "government_fund", "state_capital")
# (a share's group is budget_share whatever it stands over, above)
_NOT_OWN_GROUP_KEYS: Final = frozenset(NOT_OWN_COLUMNS) - {"budget_share"}
# The words naming a phase's figures (a column's, a group's): 预算数, 决算数, 执行数, 实际支出, 完成数.
PHASE_WORD_RE: Final = re.compile(r"预算|决算|执行|实际|完成")
_CARRIED_OVER_RE: Final = re.compile(r"结转|结余")


# A group naming years by number that is no year's figures: the change between them, its rate.
_BETWEEN_YEARS_KEYS: Final = frozenset({"change", "change_rate"})


@lru_cache(maxsize=1 << 12)  # (asked for every figure's header cells: a table repeats a few)
def _not_own_group(cell: str, fiscal_year: int | None) -> str | None:
    """The kind of columns a header group cell makes not the report's own: "prior_year" for a year's
    figures before the report's own (2023年决算数 / 2023年执行数 in a 2024 report; not what it left over,
    "2023年结转结余", the report's own year's carry-over); another year, a change or an adjusted budget in
    words (上年决算数, 比上年增减, 调整预算数); None otherwise."""
    years = [int(year) for year in YEAR_RE.findall(compact(cell))]
    key = column_key_of(cell)
    if years and key in _BETWEEN_YEARS_KEYS:
        return key  # a change between two years named by number ("2024年比2023年增减")
    if years:
        earlier = fiscal_year is not None and max(years) < fiscal_year
        own_figures = PHASE_WORD_RE.search(cell) and not _CARRIED_OVER_RE.search(cell)
        return "prior_year" if earlier and own_figures else None
    return key if key in _NOT_OWN_GROUP_KEYS else None


# Income sources, of which no column is another's group: two named over one figure are two columns' words.
_SOURCE_KEYS: Final = frozenset(
    {
        "fiscal_appropriation",
        "business",
        "operating_income",
        "other_income",
        "upper_grant",
        "affiliated_remit",
        "business_fund",
    }
)


# A form number printed at a table's corner ("公开02表", "部门公开表7", "表3"): no column's name.
FORM_NUMBER_RE: Final = re.compile(r"(?:部门)?公开(?:\d+表|表\d+)|[(（]?附?表?\d+(?:-\d+)?[)）]?")


# A header cell: its span (left, right), its text, and the span of its words (a ruled cell may be wider).
_HeaderCell = tuple[float, float, str, float, float]


def _prepared_header(table: Table, exclude: tuple[str, ...]) -> list[list[_HeaderCell]]:
    """The header lines of a table as (left, right, text, words' left, words' right) cells, computed once
    per table: a header cell spans its ruled cell where the PDF draws borders, which may cover several
    amount columns."""
    key = ("header", exclude)
    if key not in table.cache:
        prepared = []
        ruled = []
        for n, hline in enumerate(table.header):
            if amount_unit_in(hline.text) is not None:
                continue
            cells = []
            for h in (piece for seg in hline.segments for piece in column_names_apart(seg)):
                text = compact(h.text)
                if (
                    h.x0 is None
                    or (_excluded(text, exclude) and not _part_name_wrapped(h, table.header[n + 1 : n + 2]))
                    or FORM_NUMBER_RE.fullmatch(text)
                ):
                    continue
                h0, h1 = hline.cell_interval(h) or (h.x0, h.x1)
                cells.append((h0, h1, text, h.x0, h.x1))
            if not hline.rules:
                cells = _widen_wrapped(cells, prepared)
            prepared.append(cells)
            ruled.append(bool(hline.rules))
        grouped = _groups_over_runs(_groups_over_blocks(prepared, ruled, table), ruled)
        # (whether group labels were widened over blocks of like columns: their leaves' names need them)
        table.cache[("blocks_grouped", exclude)] = grouped != prepared
        table.cache[key] = grouped
    return table.cache[key]


# A 三公 item's name or its first piece ("公务用车购置 公务用车运行" over "费  费"): the vocabulary of
# columns by code does not name them, the 三公 table's header does.
_SANGONG_ITEM_RE: Final = re.compile(r"因公出国|公务用车|公务接待|会议费|培训费")


def column_names_apart(seg: Segment, is_name=None) -> list[Segment]:
    """A header segment naming several columns one space apart ("基本支出 项目支出": pdftotext -layout
    keeps single spaces inside a run) as one segment per name, each at its own place in the run. A name is
    what ``is_name`` accepts (a word naming a known column, by default)."""
    is_name = is_name or (
        lambda word: column_key_of(word) is not None or _SANGONG_ITEM_RE.match(word) is not None
    )
    spaced = seg.text.split(" ")
    words = [piece for word in spaced for piece in _glued_names(word)]
    glued = len(words) > len(spaced)
    if seg.x0 is None or len(words) < 2 or (not glued and sum(bool(is_name(w)) for w in words) < 2):
        return [seg]
    width = (seg.x1 - seg.x0) / len(seg.text)
    pieces, cursor = [], 0
    for word in words:
        if word:
            at = seg.text.find(word, cursor)
            pieces.append(Segment(word, seg.x0 + at * width, seg.x0 + (at + len(word)) * width))
            cursor = at + len(word)
    return pieces


def _glued_names(word: str) -> list[str]:
    """A word of column names printed against each other, as a group's label and its first column's name
    fall on one line without a rule between the header's levels ("公务用车购置及运行费公务用车购置费"), or
    narrow columns' names run together ("2023年预算数2023年占比2024年预算数2024年占比"): split where the
    word's opening words begin again, when both halves name a column (or a 三公 item), and so on in the
    rest."""
    for cut in range(2, len(word) - 1):
        # (never after a comparing 比: "2024年预算数比2023年增减" is one change, compared with the year
        # named after it; a share's or a change's ratio ends in 比 too, "2023年占比", "2024年增减比")
        if word[cut - 1] == "比" and not word[:cut].endswith(("占比", "增减比")):
            continue
        again = word[cut : cut + 2] == word[:2] or (
            # (or the other year opens again after a whole phase's name: "上年预算数本年预算数"; not inside
            # a change's name, "本年预算数较上年预算数增减")
            _YEAR_PHASE_RE.fullmatch(word[:cut]) is not None and _YEAR_OPENING_RE.match(word, cut) is not None
        )
        if again and _names_a_column(word[:cut]) and _names_a_column(word[cut:]):
            return [word[:cut], *_glued_names(word[cut:])]
    return [word]


# A column name's opening that names its year relative to the report's (上年 / 本年 / 上年度 …).
_YEAR_OPENING_RE: Final = re.compile(r"(?:上|本)年度?")
_YEAR_PHASE_RE: Final = re.compile(r"(?:上|本)年度?(?:年初|全年)?(?:预算|决算|预计执行|执行)数?")


def _names_a_column(word: str) -> bool:
    return column_key_of(word) is not None or any(
        fragment in word for fragment, _key in SANGONG_ITEMS if len(fragment) > 2
    )


def _groups_over_blocks(
    prepared: list[list[tuple]], ruled: list[bool], table: Table | None = None
) -> list[list[tuple]]:
    """Without ruled cells, group labels centred over blocks of like columns ("年初预算数 | 决算数 | 决算数占
    年初预算数的%" over "小计 基本支出 项目支出" three times): a label stands over its block's middle column
    only, and the block's other columns would miss it. Where the lowest line's money columns repeat one run
    of names as many times as a line above has labels over them, each label naming a column (a phase, a
    share) and centred within its run, each label spans its run. Failing that, the same without the
    columns of another year's, phase's or share's standing between or beside the blocks (one 调整后预算数
    between the 年初预算数 and 决算数 blocks, a share's label wrapped inside its column, "决算数占年" /
    "初预算数%")."""
    if len(prepared) < 2:
        return prepared
    prepared = _gap_labels_over_pairs(prepared, ruled, table)
    pairs = [
        (upper, lower, n + 1)
        for n, (above, below) in enumerate(pairwise(prepared))
        for upper in above
        for lower in below
        if min(upper[1], lower[1]) > max(upper[0], lower[0]) and wrapped_label(upper[2], lower[2])
    ]
    wrapped = {piece for upper, lower, _n in pairs for piece in (id(upper), id(lower))}
    # A group label wrapped over two lines ("上年" / "决算数" over 小计 | 基本支出 | 项目支出, beside an own
    # "决算数" block): read whole at its lower piece, the span found for it given to both pieces.
    joined = {id(lower): (upper, upper[2] + lower[2], n) for upper, lower, n in pairs}
    # (the leaves: the named cells no named cell of a lower line stands under, the lowest line's and those
    # of a column whose name spans the lines, "小计" beside "基本支出" over 合计 | 人员经费 | 公用经费)
    by_line = [[c for c in cells if column_key_of(c[2]) is not None] for cells in prepared]
    named = sorted(
        (
            c
            for n, cells in enumerate(by_line)
            for c in cells
            if not any(min(c[1], d[1]) > max(c[0], d[0]) for lower in by_line[n + 1 :] for d in lower)
        ),
        key=lambda c: c[0] + c[1],
    )
    leaf_ids = {id(c) for c in named}
    own = [c for c in named if column_key_of(c[2]) not in NOT_OWN_COLUMNS and id(c) not in wrapped]
    out = list(prepared)
    for n, cells in enumerate(prepared[:-1]):
        if ruled[n]:
            continue
        labels = [c for c in cells if id(c) not in leaf_ids]
        if not labels:
            continue
        for leaves in (named, own) if own != named else (named,):
            spans = _block_spans(labels, leaves, wrapped, joined)
            if not spans:
                # (a two-sided table's other side prints columns of its own left of the blocks: 收入's
                # 上年预算数 | 本年预算数 beside 支出's groups over 合计 | 一般公共预算 | …; the runs start
                # after them)
                first = next((k for k, leaf in enumerate(leaves) if _under_any(leaf, labels)), 0)
                spans = next(
                    (
                        s
                        for k in range(1, first + 1)
                        if (s := _block_spans(labels, leaves[k:], wrapped, joined, True))
                    ),
                    {},
                )
            if spans:
                out[n] = [(*spans[id(c)], *c[2:]) if id(c) in spans else c for c in cells]
                if n > 0:
                    uppers = _first_pieces_spans(out[n - 1], cells, spans, joined)
                    out[n - 1] = [(*uppers[id(c)], *c[2:]) if id(c) in uppers else c for c in out[n - 1]]
                break
    return out


# The words ending a phase's label (预算数, 决算数, 执行数, 实际支出 …), after its year and kind of budget.
_PHASE_FIGURES: Final = r"(?:预算|决算|预算执行|执行|实际支出)数?$"
# A fund's name set over a phase's label in a block's header ("一般公共预算" / "年初预算数").
_FUND_OVER_PHASE_RE: Final = re.compile(r"^(?:一般公共预算|政府性基金预算?|国有资本经营预算?)?(?:财政拨款)?")
# A block's label over its parts: a phase's, a year's, or another budget's or year's (调整预算数, 上年决算数).
_GAP_LABEL_RE: Final = re.compile(r"^(?:\d{4}年度?)?(?:年初|全年|本年|上年|调整后?)?" + _PHASE_FIGURES)
# The two columns a phase's label may stand over as a pair: a block's parts, in their printed order.
_PART_PAIRS: Final = (("basic", "project"), ("personnel", "public_funds"))


def phase_label_in_gap(
    text: str,
    x0: float,
    x1: float,
    left: tuple,
    right: tuple,
    table: Table | None = None,
) -> bool:
    """Whether a header word at x0..x1 is a phase's label over the two part columns either side of it on a
    lower line (``left`` / ``right``: x0, x1, column key), though it meets neither: pdftotext sets a narrow
    label ("决算数" over 基本支出 | 项目支出) in the gap between its block's two columns when the names below
    are wide. It names a phase, a year's figures or another budget (调整预算数, 上年决算数: the block is then
    not the report's own), stands in the gap, centred over the pair, and the pair is one block's two parts
    in their order. (A label in the gap between two blocks, an 调整预算数 between the 年初预算数 and 决算数
    blocks, is a column of its own: one block's 项目支出 stands left of it, the next block's 基本支出
    right.) Where a third column of the ``table``'s figures (``figure_columns``) stands between the pair's,
    the label is that column's own, not their group's."""
    # (the phase's label may be joined with a fund's set over it: "一般公共预算" / "2024年预算数")
    phase = _FUND_OVER_PHASE_RE.sub("", compact(text))
    if _GAP_LABEL_RE.match(phase) is None or (left[2], right[2]) not in _PART_PAIRS:
        return False
    return _group_in_gap(x0, x1, left, right, table)


def _group_in_gap(x0: float, x1: float, left: tuple, right: tuple, table: Table | None) -> bool:
    """Whether a label at x0..x1 stands centred in the gap between two columns' names (``_centred_in_gap``)
    with no third column of the ``table``'s figures between theirs: their group, not a column of its own."""
    if not _centred_in_gap(x0, x1, left, right):
        return False
    # (each column of figures is the one nearest its name, however its figures are aligned; read only for a
    # label that passed the rest)
    columns = figure_columns(table) if table is not None else []
    return not columns or _nearest_column(columns, right) - _nearest_column(columns, left) <= 1


def _centred_in_gap(x0: float, x1: float, left: tuple, right: tuple) -> bool:
    """Whether a label at x0..x1 stands centred over two columns' names (``left`` / ``right``: x0, x1, …),
    its centre in the gap between them, meeting neither; or, wider than the gap (layout text's character
    cells: "年初预算数" over "基本" / "支出" | "项目" / "支出"), reaching into one of them by less than a
    character's width and no further than the pair."""
    centre, pair = (x0 + x1) / 2, (left[0] + right[1]) / 2
    if not (left[1] <= centre <= right[0] and abs(centre - pair) <= max(4.0, (right[1] - left[0]) / 8)):
        return False
    if x0 >= left[1] - 0.5 and x1 <= right[0] + 0.5:
        return True
    into = max(left[1] - x0, x1 - right[0])
    return x0 >= left[0] and x1 <= right[1] and into <= min(2 * _CJK_WIDTH, (x1 - x0) / 3)


# A CJK character's width in layout text's character cells (two).
_CJK_WIDTH: Final = 2.0


def figure_columns(table: Table) -> list[tuple[float, float]]:
    """The columns of figures on the first page of a positioned table's rows, left to right, each as the
    span of a run of figures overlapping one another (a column's figures overlap, right-aligned, centred
    or left-aligned alike; the next column's stand apart). Empty for plain text."""
    key = ("figure_columns",)
    if key not in table.cache:
        page = table.body[0].page if table.body else None
        spans = sorted(
            (seg.x0, seg.x1)
            for line in table.body
            if line.page == page
            for seg in line.segments
            if seg.x0 is not None and PRINTED_FIGURE_RE.fullmatch(compact(seg.text))
        )
        columns: list[tuple[float, float]] = []
        for x0, x1 in spans:
            if columns and x0 < columns[-1][1]:
                columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
            else:
                columns.append((x0, x1))
        table.cache[key] = columns
    return table.cache[key]


def _nearest_column(columns: list[tuple[float, float]], name: tuple) -> int:
    """The index of the column of figures nearest a column's name (x0, x1, …): the one its centre falls in,
    else the closest."""
    centre = (name[0] + name[1]) / 2
    return min(range(len(columns)), key=lambda k: max(columns[k][0] - centre, centre - columns[k][1], 0))


def _gap_labels_over_pairs(
    prepared: list[list[tuple]], ruled: list[bool], table: Table | None
) -> list[list[tuple]]:
    """The header lines with each phase's label standing in the gap between a block's two part columns on
    the next line (``phase_label_in_gap``) spanning that pair, so that it is read as their group's label,
    not as a column of its own."""
    out = list(prepared)
    for n in range(len(prepared) - 1):
        if ruled[n]:
            continue
        below = sorted(_names_on_line(prepared, n + 1), key=lambda c: c[0])
        spans = {}
        for c in prepared[n]:
            met = [d for d in prepared[n + 1] if min(c[1], d[1]) > max(c[0], d[0])]
            if len(met) > 1:
                continue
            pair = next(
                (
                    (left, right)
                    for left, right in pairwise(below)
                    if phase_label_in_gap(c[2], c[0], c[1], left, right, table)
                    or _part_label_in_gap(c[2], c[0], c[1], left, right, table)
                ),
                None,
            )
            # (a label reaching into a cell below: only into one of the pair's names)
            if met and pair is not None and not (pair[0][0] <= met[0][0] and met[0][1] <= pair[1][1]):
                pair = None
            if pair is not None:
                spans[id(c)] = (pair[0][0], pair[1][1])
        if spans:
            out[n] = [(*spans[id(c)], *c[2:]) if id(c) in spans else c for c in prepared[n]]
    return out


def _part_label_in_gap(
    text: str, x0: float, x1: float, left: tuple, right: tuple, table: Table | None
) -> bool:
    """Whether a part's name (基本支出, 项目支出 …) stands in the gap between two phases' columns on a lower
    line (``left`` / ``right``: x0, x1, column key, text; 预算数 | 决算数), centred over the pair and meeting
    neither, with no column of figures between theirs: the group of the two phases' figures of that part,
    the blocks cut by part rather than by phase ("年初预算数 | 基本支出 over 预算数 | 决算数 | 项目支出 over
    预算数 | 决算数")."""
    if column_key_of(text) not in _PART_KEYS or len(left) < 4 or len(right) < 4:
        return False
    phases = [_PHASE_LEAF_RE.fullmatch(leaf[3]) for leaf in (left, right)]
    if None in phases or phases[0].group(1) == phases[1].group(1):
        return False
    return _group_in_gap(x0, x1, left, right, table)


# A phase's column under a part's name: 预算数 / 决算数 (年初预算数, 执行数 …), the phase in group 1.
_PHASE_LEAF_RE: Final = re.compile(r"(?:年初|全年)?(预算|决算|执行|实际支出)数?")


def _wrapped_part_key(upper: str, lower: str) -> str | None:
    """The part a name wrapped in its narrow column names, its first piece over its second ("项目" over
    "支出": 项目支出, "人员" / "经费"), or None: the second piece short and naming no column alone."""
    if len(lower) > 2 or column_key_of(lower) is not None:
        return None
    key = column_key_of(upper + lower)
    return key if key in _PART_KEYS else None


def _part_name_wrapped(seg: Segment, below: list[Line]) -> bool:
    """Whether a header word is the first piece of a part's name wrapped in its narrow column, the label
    columns' word 项目 over "支出" being then a money column's."""
    return any(
        other.x0 is not None
        and min(other.x1, seg.x1) > max(other.x0, seg.x0)
        and _wrapped_part_key(compact(seg.text), compact(other.text)) is not None
        for line in below
        for other in line.segments
    )


def _names_on_line(prepared: list[list[tuple]], n: int) -> list[tuple[float, float, str, str]]:
    """(x0, x1, column key, name) of each name on header line ``n``, a part's name wrapped in its narrow
    column read whole at its first piece ("基本" / "支出" under the next line's piece: 基本支出), spanning
    both."""
    out = []
    for c in prepared[n]:
        key = column_key_of(c[2])
        if key is None and n + 1 < len(prepared):
            lower = [d for d in prepared[n + 1] if min(c[1], d[1]) > max(c[0], d[0])]
            if len(lower) == 1 and (key := _wrapped_part_key(c[2], lower[0][2])) is not None:
                out.append((min(c[0], lower[0][0]), max(c[1], lower[0][1]), key, c[2] + lower[0][2]))
            continue
        if key is not None:
            out.append((c[0], c[1], key, c[2]))
    return out


_PART_KEYS: Final = {key for pair in _PART_PAIRS for key in pair}


def _first_pieces_spans(
    above: list[tuple], cells: list[tuple], spans: dict, joined: dict
) -> dict[int, tuple]:
    """The spans of group labels' first pieces on the line above (``above``), by id: a label wrapped into
    its column ("上年" / "决算数", ``joined``), or a piece centred over its label naming no column alone
    ("2023年" over "预算数"), takes its label's span."""
    uppers = {id(joined[k][0]): span for k, span in spans.items() if k in joined}
    for c in cells:
        over = [u for u in above if min(u[1], c[1]) > max(u[0], c[0])]
        if id(c) not in spans or len(over) != 1 or not _label_piece_above(over[0][2], c[2]):
            continue
        if abs((over[0][3] + over[0][4]) / 2 - (c[3] + c[4]) / 2) <= max(4.0, (c[4] - c[3]) / 2):
            uppers.setdefault(id(over[0]), spans[id(c)])
    return uppers


def _label_piece_above(upper: str, lower: str) -> bool:
    """Whether a word set over a group label is the label's first piece: naming no column alone, and with
    it a phase's figures ("2023年" / "预算数") or another year's ("上年" / "决算数"); not a side's heading
    ("支" of "支出" over "一般公共预算")."""
    if column_key_of(upper) is not None:
        return False
    joined = compact(upper + lower)
    return _PHASE_GROUP_RE.match(joined) is not None or column_key_of(joined) in NOT_OWN_COLUMNS


def _groups_over_runs(prepared: list[list[tuple]], ruled: list[bool]) -> list[list[tuple]]:
    """A group label in a ruled header whose rules run through its merged cell (基本支出 over 小计 | 人员经费
    | 公用经费, the grid drawn whole, no mask over the merged cell's inner rules): its ruled cell is its
    middle column's only, and the run's outer columns would miss it. A label over one money column of the
    ruled line below takes the run of money columns around it that no other label of its line stands
    over, when it is centred over that run. (Without rules a group's 小计 is found otherwise:
    ``columns._subtotal_groups``.)"""
    out = list(prepared)
    for n in range(len(prepared) - 1):
        if not (ruled[n] and ruled[n + 1]):
            continue
        above = prepared[n]
        money = [c for c in prepared[n + 1] if column_key_of(c[2]) is not None]
        if len(money) < 3:
            continue
        spans = {id(upper): span for upper in above if (span := _run_under(upper, above, money))}
        if spans:
            out[n] = [(*spans[id(c)], *c[2:]) if id(c) in spans else c for c in above]
    return out


def _over(upper: tuple, lower: tuple) -> bool:
    return min(upper[1], lower[1]) > max(upper[0], lower[0]) + 0.5


def _run_under(upper: tuple, above: list[tuple], money: list[tuple]) -> tuple[float, float] | None:
    """The span of the run of ``money`` columns a label of the line ``above`` is centred over (see
    ``_groups_over_runs``), or None."""
    under = [k for k, lower in enumerate(money) if _over(upper, lower)]
    if len(under) != 1 or column_key_of(upper[2]) not in ("basic", "project"):
        return None
    centre = (upper[3] + upper[4]) / 2  # (the label's own text, not its cell)
    others = [(c[0] + c[1]) / 2 for c in above if c is not upper]

    def free(k: int) -> bool:
        middle = (money[k][0] + money[k][1]) / 2
        # (never the other part, printed on the lower line as a label spanning both lines: 小计 | 人员经费 |
        # 公用经费 | "项目支出" under 基本支出 alone)
        if column_key_of(money[k][2]) in ("basic", "project"):
            return False
        return not any(_over(c, money[k]) for c in above) and not any(
            min(middle, centre) < o < max(middle, centre) for o in others
        )

    first = last = under[0]
    while first > 0 and free(first - 1):
        first -= 1
    while last + 1 < len(money) and free(last + 1):
        last += 1
    # (a run holding the group's 小计 holds no 合计: that is the row's total, its label spanning both lines)
    words = [money[k][2] for k in range(first, last + 1)]
    if "小计" in words:
        while first < last and money[first][2] in ("合计", "总计"):
            first += 1
        while last > first and money[last][2] in ("合计", "总计"):
            last -= 1
    x0, x1 = money[first][0], money[last][1]
    return (x0, x1) if last > first and abs((x0 + x1) / 2 - centre) <= max(4.0, (x1 - x0) / 8) else None


_PHASE_GROUP_RE: Final = re.compile(r"^(?:\d{4}年度?)?(?:年初|全年|本年)?" + _PHASE_FIGURES)


def _under_any(leaf: tuple, labels: list[tuple]) -> bool:
    return any(min(leaf[1], label[1]) > max(leaf[0], label[0]) for label in labels)


def _block_spans(
    cells: list[tuple],
    leaves: list[tuple],
    wrapped: set[int],
    joined: dict[int, tuple],
    like_only: bool = False,
) -> dict[int, tuple]:
    """The span of each group label of a header line over its run of the leaves (see
    ``_groups_over_blocks``), by the label's id; empty when the line's labels are no such groups.
    ``like_only``: only runs repeating one run of names (the blocks of another year's figures beside the
    own, after a two-sided table's other side)."""
    if not leaves:
        return {}
    # (a label standing in the gap between two blocks, over no column, is a column of its own: one
    # 调整预算数 between the 年初预算数 and 决算数 blocks)
    groups = [
        c
        for c in cells
        if leaves[0][0] <= (c[0] + c[1]) / 2 <= leaves[-1][1]
        and any(min(c[1], leaf[1]) > max(c[0], leaf[0]) for leaf in leaves)
        and (id(c) not in wrapped or id(c) in joined)
    ]
    k = len(groups)
    # (the groups name columns themselves, a phase or a share: 收入 | 支出 over a two-sided table's
    # columns are its sides)
    # (or a final account's phases worded without 数 or otherwise: "年初预算" | "决算", "执行数", "实际支出")
    if (
        k < 2
        or len(leaves) <= k
        or any(
            column_key_of(text) is None and not _PHASE_GROUP_RE.match(compact(text))
            for g in groups
            for text in [joined[id(g)][1] if id(g) in joined else g[2]]
        )
    ):
        return {}
    size = len(leaves) // k
    runs: list[list[tuple]] | None = [leaves[i * size : (i + 1) * size] for i in range(k)]
    if len(leaves) % k or any([c[2] for c in run] != [c[2] for c in runs[0]] for run in runs):
        if like_only:
            return {}
        # Blocks of unlike runs, each opening with its total (年初预算数 over 合计 | 财政拨款, 决算数 over
        # 合计 | 财政拨款 | 其他资金: a fund the budget did not plan): one run a total, as many as labels.
        starts = [n for n, leaf in enumerate(leaves) if column_key_of(leaf[2]) == "total"]
        if len(starts) == k and starts[0] == 0:
            runs = [leaves[a:b] for a, b in zip(starts, [*starts[1:], len(leaves)], strict=True)]
        else:
            # (a block printing a part's subtotal too, 决算数 over 小计 | 基本支出 over 合计 | 人员经费 |
            # 公用经费 | 项目支出: the one cut of the leaves into runs each label is centred over)
            runs = _centred_runs(groups, leaves)
            if runs is None:
                return {}
    if not all(run[0][0] <= (g[0] + g[1]) / 2 <= run[-1][1] for g, run in zip(groups, runs, strict=True)):
        return {}
    return {id(g): (run[0][0], run[-1][1]) for g, run in zip(groups, runs, strict=True)}


def _centred_runs(groups: list[tuple], leaves: list[tuple]) -> list[list[tuple]] | None:
    """The one cut of the leaves into as many runs as group labels, in order, each label centred over its
    run (within an eighth of the run's width, six points at least); where several cuts do, the one whose
    every run opens with its total (each block's 小计 or 合计 first: 年初预算数 over 小计 | 基本支出 |
    项目支出 beside 决算数 over 小计 | 合计 | 人员经费 | 公用经费 | 项目支出, a wide block centring its label
    loosely); None when no cut or several still do."""
    k = len(groups)
    if len(leaves) > 16 or k > 4:
        return None
    found = []
    for cuts in combinations(range(1, len(leaves)), k - 1):
        bounds = [0, *cuts, len(leaves)]
        runs = [leaves[a:b] for a, b in pairwise(bounds)]
        if all(
            abs((g[0] + g[1]) / 2 - (run[0][0] + run[-1][1]) / 2) <= max(6.0, (run[-1][1] - run[0][0]) / 8)
            for g, run in zip(groups, runs, strict=True)
        ):
            found.append(runs)
    if len(found) > 1:
        found = [runs for runs in found if all(column_key_of(run[0][2]) == "total" for run in runs)]
    return found[0] if len(found) == 1 else None


def wrapped_label(upper: str, lower: str) -> str | None:
    """The column a label wrapped inside its column names, its first piece over its second ("决算数占调" /
    "整预算数%": a share, no money, where each piece alone reads as a money column), or None. Only a
    piece that is no whole label and names no such column alone, and a column of another year, phase or a
    share: a group label over a column of its block ("决算数" over "小计", "决算数占年初预算数的%" over
    "基本支出") is no piece."""
    if (
        upper in _WHOLE_LABELS
        or column_key_of(upper) in NOT_OWN_COLUMNS
        or column_key_of(lower) in NOT_OWN_COLUMNS
    ):
        return None
    joined = column_key_of(upper + lower)
    return joined if joined in NOT_OWN_COLUMNS else None


def _widen_wrapped(cells: list[_HeaderCell], above: list[list[_HeaderCell]]) -> list[_HeaderCell]:
    """Without ruled cells, a header label wrapped inside its column prints its next piece narrower than
    the first ("本年收入合" / "计"), and a figure under the column may miss the narrow piece. A cell that is
    the only one of its line under one cell of the nearest line above it takes that cell's span. Cells
    under a group label (several of them under 一般公共预算支出) keep their own."""
    widened = []
    for h0, h1, text, s0, s1 in cells:
        if column_key_of(text) is not None:
            # A name of its own (合计, 小计, 基本支出 …) under a wider label is a column of a group.
            widened.append((h0, h1, text, s0, s1))
            continue
        for upper in reversed(above):
            hits = [c for c in upper if min(c[1], h1) - max(c[0], h0) > 0]
            if not hits:
                continue
            if len(hits) == 1:
                u0, u1 = hits[0][0], hits[0][1]
                alone = sum(1 for c in cells if min(c[1], u1) - max(c[0], u0) > 0) == 1
                if alone and u0 - 1 <= h0 and h1 <= u1 + 1:
                    h0, h1 = u0, u1
            break
        widened.append((h0, h1, text, s0, s1))
    return widened


def header_cells_at(
    table: Table, seg: Segment, exclude: tuple[str, ...] = (), line: Line | None = None
) -> list[str]:
    """The header text above an amount, top to bottom. Where the PDF draws cell borders, the amount's
    column is its ruled cell and the header cells overlapping that cell name it (a header cell spanning
    several columns overlaps each of them). Otherwise header segments overlapping the amount itself are
    used, and when none overlaps, the nearest header segment by centre (within its own width).
    """
    interval = line.cell_interval(seg) if line is not None else None
    x0, x1 = interval if interval is not None else (seg.x0, seg.x1)
    key = ("cells", exclude, round(x0, 1), round(x1, 1))
    if key in table.cache:
        return table.cache[key]
    header = _prepared_header(table, exclude)
    parts = _overlapping(header, x0, x1)
    if parts and interval is None and not exclude:
        # Only a group label over several columns stands over a short figure (财政拨款支出 over 合计 |
        # 一般公共预算 | …, the figure under none of them): its column is the column label whose zone
        # (to the midpoints between its centre and its neighbours') holds the whole figure.
        leaves = [leaf for leaf, _above in header_leaves(table)]
        if leaves and not any(min(leaf.x1, x1) - max(leaf.x0, x0) > 0.5 for leaf in leaves):
            centres = [leaf.xc for leaf in leaves]
            for n, leaf in enumerate(leaves):
                left = (centres[n - 1] + centres[n]) / 2 if n else leaf.x0
                right = (centres[n] + centres[n + 1]) / 2 if n + 1 < len(leaves) else leaf.x1
                if left <= x0 and x1 <= right:
                    parts = _overlapping(header, leaf.x0, leaf.x1)
                    break
    if not parts:
        # The nearest header cell by centre, with the cells above and below it in its column, as a figure
        # under it would have them: within its own width, or clearly nearer than any other (a figure
        # right-aligned in a wide column whose short name is centred: "合计" over "6239.51").
        by_distance = sorted(
            (abs((s0 + s1) / 2 - (x0 + x1) / 2), max(s1 - s0, 20), h0, h1)
            for cells in header
            for h0, h1, _text, s0, s1 in cells
        )
        nearest = None
        if by_distance:
            distance, width, h0, h1 = by_distance[0]
            others = [d for d, _w, o0, o1 in by_distance[1:] if (o0, o1) != (h0, h1)]
            if distance <= width or (distance <= 3 * width and (not others or others[0] >= 1.5 * distance)):
                nearest = (h0, h1)
        parts = _overlapping(header, *nearest) if nearest else []
    table.cache[key] = parts
    return parts


def header_leaves(table: Table) -> list[tuple[Segment, list[str]]]:
    """The header cells no other header cell stands under (the columns, without their group labels), left
    to right, at their spans (a wrapped name's pieces share one), each with the header cells above it:
    those overlapping at least half of the narrower of the two (a label of the next column, printed
    staggered over the lines of a wrapped header, can touch a column's edge)."""
    key = ("leaves",)
    if key not in table.cache:
        header = _prepared_header(table, ())
        leaves = [
            Segment(text, h0, h1)
            for n, cells in enumerate(header)
            for h0, h1, text, _s0, _s1 in cells
            if not any(min(c[1], h1) - max(c[0], h0) > 1.0 for lower in header[n + 1 :] for c in lower)
        ]
        table.cache[key] = [
            (leaf, _overlapping(header, leaf.x0, leaf.x1, share=0.5))
            for leaf in sorted(leaves, key=lambda seg: seg.x0 + seg.x1)
        ]
    return table.cache[key]


def _overlapping(header: list[list[tuple]], x0: float, x1: float, share: float = 0.0) -> list[str]:
    """The header cell of each header line that overlaps [x0, x1] most, top to bottom; with a share, only
    cells overlapping at least that share of the narrower of the two. Of two overlapping it alike (layout
    text's cells, each at its character offset but as wide as printed, can reach into the next), the one
    whose centre is nearer."""
    return [text for _o, text, _edge in _overlapping_cells(header, x0, x1, share)]


def _overlapping_cells(
    header: list[list[tuple]], x0: float, x1: float, share: float = 0.0
) -> list[tuple[float, str, bool]]:
    """``_overlapping``'s cells as (overlap, text, edge): edge where the cell only touches the span (its
    centre beyond it, less than half of it covered)."""
    chosen: list[tuple[float, str, bool]] = []
    centre = (x0 + x1) / 2
    for cells in header:
        best: tuple[float, float, str, bool] | None = None
        for h0, h1, text, _s0, _s1 in cells:
            overlap = min(h1, x1) - max(h0, x0)
            if overlap < share * min(h1 - h0, x1 - x0):
                continue
            if overlap > 0.5:
                near = -abs((h0 + h1) / 2 - centre)
                if best is None or (overlap, near) > best[:2]:
                    best = (overlap, near, text, not x0 <= (h0 + h1) / 2 <= x1 and overlap < (x1 - x0) / 2)
        if best:
            chosen.append((best[0], best[2], best[3]))
    return chosen


def header_cells_centred(
    table: Table, seg: Segment, exclude: tuple[str, ...] = ()
) -> tuple[list[str], list[str]]:
    """The header text above an amount (as ``header_cells_at`` without ruled cells) without the cells of
    other lines that only touch its edge where one stands centred over it, and those left out: a
    neighbour's name wrapped over lines ("附属单位上缴" / "收入" beside "其他收入"), which layout text's
    estimated widths reach into this column."""
    cells = _overlapping_cells(_prepared_header(table, exclude), seg.x0, seg.x1)
    if not any(not edge and overlap >= (seg.x1 - seg.x0) / 2 for overlap, _text, edge in cells):
        return [text for _o, text, _e in cells], []
    return [text for _o, text, edge in cells if not edge], [text for _o, text, edge in cells if edge]


def header_text(table: Table) -> str:
    """The words of a table's header, run together (compact): what names its columns without positions."""
    return "".join(compact(line.text) for line in table.header)


def header_labels_in_order(header: list[Line], fiscal_year: int | None = None) -> list[str]:
    """Column labels named by a header without positions (plain text), in reading order. The header's
    words are read run together, since pdftotext breaks long cells mid-word ("本年收入合" / "计"); a label
    across two words is not read where the second word is a label of its own ("一般公共预算支出" / "合计" is
    two cells, not 支出合计)."""
    # (a function of the lines' texts and the year only: the reports of one template print one header, and
    # a table's readers ask for its labels several times)
    return list(_header_labels(tuple(line.text for line in header), fiscal_year))


@lru_cache(maxsize=4096)
def _header_labels(header: tuple[str, ...], fiscal_year: int | None) -> tuple[str, ...]:
    texts, breaks, offset = [], set(), 0
    labels_at: set[int] = set()  # where a word that is a whole label starts
    groups: list[tuple[int, int]] = []  # comparison group labels ("2025年预算数比2024年执行数")
    lines = _tails_joined([halfwidth(text).split() for text in header])
    for words in _earlier_years_prior(lines, fiscal_year):
        for word in words:
            breaks.add(offset)  # where a printed cell (a word between spaces or a line) starts
            texts.append(compact(word))
            # (and where each name of a word of names run together starts: "上年预算数本年预算数")
            pieces = _glued_names(texts[-1])
            breaks.update(offset + sum(map(len, pieces[:n])) for n in range(1, len(pieces)))
            if texts[-1] in _WHOLE_LABELS:
                labels_at.add(offset)
            if _COMPARISON_GROUP_RE.search(texts[-1]):
                groups.append((offset, offset + len(texts[-1])))
            offset += len(texts[-1])
    breaks.add(offset)
    text = "".join(texts)
    found: list[tuple[int, str]] = []
    for fragment, _key in COLUMN_LABELS:
        at = text.find(fragment)
        while at >= 0:
            end = at + len(fragment)
            if (
                not any(at < start < end for start in labels_at)
                and not any(a <= at < b for a, b in groups)  # a word of a group label over comparisons
                and not any(start < end and at < start + len(f) for start, f in found)
            ):
                found.append((at, fragment))
            at = text.find(fragment, end)
    # Labels printed in one cell ("本年一般公共预算基本支出" holds 一般公共预算 and 基本支出) go together.
    cells: list[list[str]] = []
    previous_end = None
    for start, fragment in sorted(found):
        if cells and start == previous_end and start not in breaks:
            cells[-1].append(fragment)
        else:
            cells.append([fragment])
        previous_end = start + len(fragment)
    # A group label over the columns below it ("本年支出" over "小计 / 基本支出 / 项目支出") is not a column:
    # the 小计/合计 that follows it is. Part columns before a 合计 printed last are columns.
    # "一般公共预算" / "财政拨款收入": one cell broken over lines, the fund's appropriation (one column).
    funds = ("一般公共预算", "公共财政预算", "公共预算", "政府性基金", "国有资本经营")
    cells = [
        cell for n, cell in enumerate(cells) if not (cell == ["财政拨款"] and n and cells[n - 1][-1] in funds)
    ]
    # and in one cell ("一般公共预算财政拨款"): the fund's column, no 财政拨款 column of its own
    cells = [
        [f for k, f in enumerate(cell) if not (f == "财政拨款" and k and cell[k - 1] in funds)]
        for cell in cells
    ]
    cells = _basic_parts_under_basic(cells)
    labels = []
    # (the 小计 under a part's group label, "基本支出" over 小计 | 人员经费 | 公用经费: the part's column)
    group_total = None
    for n, cell in enumerate(cells):
        if n == group_total:
            continue
        following = cells[n + 1] if n + 1 < len(cells) else None
        # (another year's column before the year's 小计, "上年决算数 小计 基本支出 …", is no group, nor is a
        # change printed before the year's columns below their group label, "本年预算数 增减额 合计 …",
        # unless it is the group label over the changes named after it: "增减 合计 … 增减额 增减%")
        key = _LABEL_KEYS[cell[-1]]
        comparing = key == "prior_year" or (
            key in COMPARISON_COLUMNS
            and not any(_LABEL_KEYS[f] in COMPARISON_COLUMNS for later in cells[n + 1 :] for f in later)
        )
        if following in (["小计"], ["合计"]) and cell not in (["小计"], ["合计"]) and not comparing:
            parts_then_total = n + 2 == len(cells) and all(_LABEL_KEYS[f] in PART_COLUMNS for f in cell)
            if not parts_then_total:
                # (a part's group over its 小计 and its own parts: the 小计 is the part's column)
                if (
                    following == ["小计"]
                    and len(cell) == 1
                    and _LABEL_KEYS[cell[0]] in ("basic", "project")
                    and n + 2 < len(cells)
                    and _LABEL_KEYS[cells[n + 2][0]] in ("personnel", "public_funds")
                ):
                    group_total = n + 1
                    labels += cell
                continue
        labels += cell
    return tuple(labels)


def _basic_parts_under_basic(cells: list[list[str]]) -> list[list[str]]:
    """人员经费 | 公用经费 (after their 小计) are 基本支出's parts, printed under it: where plain text gives
    them after the columns beside 基本支出 ("合计 基本支出 项目支出" / "小计 人员经费 公用经费", the header's
    second line after its first), they are put back right after it; without a 小计 under it, 基本支出 is
    their group's label, no column."""

    def part(cell: list[str]) -> bool:
        return len(cell) == 1 and _LABEL_KEYS[cell[0]] in ("personnel", "public_funds")

    basic = next((n for n, cell in enumerate(cells) if cell == ["基本支出"]), None)
    parts = next((n for n, cell in enumerate(cells) if part(cell)), None)
    if basic is None or parts is None or parts <= basic + 1:
        return cells
    start = parts - 1 if cells[parts - 1] == ["小计"] else parts
    end = parts
    while end < len(cells) and part(cells[end]):
        end += 1
    between = cells[basic + 1 : start]
    # (only other columns between, 项目支出: not the group's own 合计 over its parts, "本年基本支出" /
    # "合计 人员经费 公用经费")
    if start <= basic + 1 or any(
        f in ("合计", "小计") or _LABEL_KEYS[f] == "total" for cell in between for f in cell
    ):
        return cells
    if cells[start] != ["小计"]:
        # (no 小计 under it: 基本支出 is the group's label only, no column)
        return [*cells[:basic], *cells[start:end], *cells[basic + 1 : start], *cells[end:]]
    return [*cells[: basic + 1], *cells[start:end], *cells[basic + 1 : start], *cells[end:]]


def unfinished_label(word: str) -> bool:
    """A header word whose end, after any label it holds, is the first characters of a label
    ("一般公共预" of 一般公共预算, "本年收入合" of 合计): a cell broken across lines."""
    word = compact(word)
    end = max((word.rfind(f) + len(f) for f in _WHOLE_LABELS if f in word), default=0)
    return word[end:] in _LABEL_BEGINNINGS


def _tails_joined(lines: list[list[str]]) -> list[list[str]]:
    """Header lines with a line of tails put back on their cells. pdftotext prints a header row whose cells
    wrap line by line: the first pieces of every cell, then the rest of those that wrapped ("一般公共预
    政府性基金预" / "算拨款收入 算拨款收入"). A line of words naming no label, as many as the line above
    has unfinished words, is the rest of those, in order."""
    out: list[list[str]] = []
    for words in lines:
        # (a line naming a label is no line of tails: most header lines, told at one search each)
        tails = out and words and not any(_LABEL_FRAGMENT_RE.search(compact(w)) for w in words)
        unfinished = [n for n, word in enumerate(out[-1]) if unfinished_label(word)] if tails else []
        if tails and len(unfinished) == len(words):
            above = out[-1]
            joined = list(above)
            for n, tail in zip(unfinished, words, strict=True):
                joined[n] += tail
            out[-1] = joined
            continue
        out.append(words)
    return out


_YEAR_FIGURES_RE: Final = re.compile(r"^(\d{4})年度?(?:年初|全年)?(预算数|决算数|执行数)$")


def prints_other_columns(table: Table) -> bool:
    """Whether the table's header names columns that are not the report's own: another year's figures
    (上年预算数, 2023年决算数 in a 2024 report), a change (增减) or a final account's adjusted budget."""
    key = ("prints_other_columns",)
    if key not in table.cache:
        words = [compact(seg.text) for line in table.header for seg in line.segments if seg.text.strip()]
        table.cache[key] = any(
            column_key_of(word) in _NOT_OWN_GROUP_KEYS or _not_own_group(word, table.fiscal_year) is not None
            for word in words
        )
    return table.cache[key]


def _names_the_year_before(years: set[int], fiscal_year: int | None, own_total: bool) -> bool:
    """Whether a header naming figures by these years names an earlier year's beside the report's own: two
    years, the later the report's; or one, the year before the report's, beside own columns with a total
    of their own named without a year ("2023年决算数" | 合计 | 基本支出 | 项目支出 in a 2024 report). A
    year's column that is the table's only total ("2024年预算数" | 基本支出 | 项目支出 under a title of
    2025) is the table's own, its year misprinted or the title's: as before, not another year's."""
    if fiscal_year is None or not years:
        return False
    return (len(years) >= 2 and max(years) == fiscal_year) or (years == {fiscal_year - 1} and own_total)


def _own_total_named(texts: list[str]) -> bool:
    """Whether header cells name a total column without a year (合计, 小计, 总计: the own block's)."""
    return any(not YEAR_RE.search(compact(text)) and column_key_of(text) == "total" for text in texts)


def earlier_year_columns(texts: list[str], fiscal_year: int | None) -> set[str]:
    """The header cells naming an earlier year's figures where the header names two years' and the later
    is the report's own ("2023年决算数" beside "2024年预算数" in a 2024 report): another year's columns,
    compared with, not the report's (see ``_earlier_years_prior``)."""
    years = {int(m.group(1)) for text in texts if (m := _YEAR_FIGURES_RE.match(compact(text)))}
    if not _names_the_year_before(years, fiscal_year, _own_total_named(texts)):
        return set()
    return {
        compact(text)
        for text in texts
        if (m := _YEAR_FIGURES_RE.match(compact(text))) and int(m.group(1)) < fiscal_year
    }


def _earlier_years_prior(lines: list[list[str]], fiscal_year: int | None) -> list[list[str]]:
    """A header naming the figures of two years, the later the report's own ("2022年预算数 2023年预算数
    增减变化情况" in a 2023 report): the earlier year's column compares with the report's own, named as the
    vocabulary names a prior year's (上年预算数). Not where the later year is not the report's (a plan
    of the years after it, "2024年预算数 2025年预算数" in a 2024 report), nor where its year is unknown."""
    years = {int(m.group(1)) for words in lines for w in words if (m := _YEAR_FIGURES_RE.match(compact(w)))}
    # (one year alone is not enough here: plain text does not tell a leaf from a group over the total)
    if not _names_the_year_before(years, fiscal_year, own_total=False):
        return lines
    latest = fiscal_year
    return [
        [
            f"上年{m.group(2)}"
            if (m := _YEAR_FIGURES_RE.match(compact(w))) and int(m.group(1)) < latest
            else w
            for w in words
        ]
        for words in lines
    ]


# "2025年预算数比2024年执行数" (增减) over 增减额 / 增减%: a group label, not a column.
_COMPARISON_GROUP_RE: Final = re.compile(r".比(?:\d{4}年|上年)")
_LABEL_KEYS: Final = dict(COLUMN_LABELS)
_WHOLE_LABELS: Final = set(_LABEL_KEYS)
_LABEL_FRAGMENT_RE: Final = re.compile(
    "|".join(re.escape(f) for f in sorted(_WHOLE_LABELS, key=len, reverse=True))
)
# The first characters of a label, short of the whole ("一般公共预", "合"): one set lookup per header word,
# not a test of every label.
_LABEL_BEGINNINGS: Final = frozenset(f[:n] for f in _WHOLE_LABELS for n in range(1, len(f)))
PART_COLUMNS: Final = {
    "basic",
    "project",
    "reserve",
    "remit_upper",
    "operating",
    "subsidy_affiliated",
    "personnel",
    "public_funds",
}
