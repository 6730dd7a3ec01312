"""Rows of a plain-text table rebuilt from the order of its cells, where pdftotext wrote them apart.

`pdftotext` without `-layout` writes each cell of a drawn table as a block of text of its own. Where a row's
cells do not line up (a code printed in 类 / 款 / 项 columns, a class row's cells centred over two lines),
it writes a row's code parts, name and figures apart from one another: a class row's code after its
figures, or inside the header; two rows' figures after the next rows' codes across a page break. Each kind
of cell still keeps the table's order from top to bottom (Shanghai's templates, `sh_putuo_*.txt`):

    204 / 支出预算 / 合计 / 基本支出 / 项目支出 / 公共安全支出 / 87267272.44 / 16726725.44 / 70540547.00 /
    司法 / 87267272.44 / … / 204 / 06 / 204 / 06 / 01 / 行政运行 / 16726725.44 / …

the codes, read part by part, are the rows' codes in order (204, 204 06, 204 06 01 …); the names are the
rows' names; the figures, read as many at a time as the header has columns, are the rows' figures. Such a
table is read by putting the three side by side, and only where everything fits: as many figures as rows
times columns (a 合计 row's only where its word is printed), the codes in the order of the classification,
the header's parts in the national template's order with no column word among the rows, and every identity
of the table holding afterwards (each row's total is the sum of its parts, each code's figures the sums of
its children's, the 合计 row the sum of the classes). A table that fails any of these is not read here: a
guess would put a figure on the wrong row without a word. Names are told by where they stand, never by
their count (``_names_beside``); a row whose name cannot be told has none."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from .layout import Line, Segment
from .rows import Cell, cell_value
from .solver import printed_sum_holds
from .tables import Table, column_key_of, header_labels_in_order
from .tokens import compact, join_split_amounts, parent_code
from .vocabulary import COLUMN_LABELS

# A code printed whole on its line, or one part of it (a 类 code, then its 款 and 项 parts of two digits).
_WHOLE_CODE_RE: Final = re.compile(r"\d{3}(?:\d{2}){0,2}")
_CODE_PART_RE: Final = re.compile(r"\d{2}")
_TOTAL_WORD_RE: Final = re.compile(r"(?:合计|总计)")
# The first digit of a class code, by the table's classification.
_CLASS_DIGITS: Final = {"functional": "12", "economic": "35"}
_LONGEST: Final = {"functional": 7, "economic": 5}


@dataclass(slots=True)
class StreamedRow:
    """A row put together from the streams: its code (None for the 合计 row), its name where it could be
    told, and its figures, each with the line it stands on."""

    code: str | None
    name: str | None
    cells: list[tuple[Cell, Line]]


@dataclass(slots=True)
class StreamedTable:
    keys: list[str]  # column keys, the total first
    labels: list[str]  # the header's words for them
    rows: list[StreamedRow]  # by code, in the printed order
    total: StreamedRow | None  # the 合计 row, where printed


def rows_from_streams(table: Table, code_kind: str) -> StreamedTable | None:
    """The table's rows rebuilt from its streams of codes, names and figures, or None where they do not
    fit together as described above."""
    if code_kind not in _CLASS_DIGITS:
        return None
    from .functional import is_noise  # (functional reads tables by rows and calls this module)

    lines = [line for line in (*table.header, *table.body) if compact(line.text) and not is_noise(line)]
    codes: list[str] = []
    code_ends: list[int] = []  # where each code's last part stands (its index in lines)
    figures: list[tuple[Cell, Line]] = []
    figures_at: list[int] = []  # the index in lines of each figure's line
    texts: list[tuple[str, bool, int]] = []  # (text, before the first figure, index in lines)
    for index, line in enumerate(lines):
        text = compact(line.text)
        if _CODE_PART_RE.fullmatch(text):
            # a 款 or 项 part: it continues the code before it, which must still be short of a 项 code
            if not codes or len(codes[-1]) >= _LONGEST[code_kind]:
                return None
            codes[-1] += text
            code_ends[-1] = index
            continue
        if (
            _WHOLE_CODE_RE.fullmatch(text)
            and text[0] in _CLASS_DIGITS[code_kind]
            and len(text) <= _LONGEST[code_kind]
        ):
            codes.append(text)
            code_ends.append(index)
            continue
        words = join_split_amounts(line.text.strip()).split()
        values = [cell_value(word) for word in words]
        if words and None not in values:
            figures.extend(
                (Cell(Segment(word, None, None), value, word), line)
                for word, value in zip(words, values, strict=True)
            )
            figures_at += [index] * len(words)
            continue
        if any(cell_value(word) is not None for word in words):
            return None  # a figure beside words: a row kept on its line, which this reading is not for
        texts.append((text, not figures, index))
    if (
        len(codes) < 2
        or any(b <= a for a, b in itertools.pairwise(codes))
        or any(len(code) not in (3, 5, 7) for code in codes)
    ):
        return None  # (a classification's rows are printed in the order of their codes)
    # Before the first figure stand the header's words and the first rows' names (before, among or after
    # the header's words): a name is a text that no header word is.
    head = [(text, index) for text, before, index in texts if before]
    # (a header word wrapped over lines, "事业单位" / "经营收入": its first piece is a header word too)
    in_header = [
        _header_word(text)
        or (n + 1 < len(head) and _label_across(text, head[n + 1][0]))
        or (n > 0 and _label_across(head[n - 1][0], text))
        for n, (text, _index) in enumerate(head)
    ]
    header_words = [text for n, (text, _index) in enumerate(head) if in_header[n]]
    labels = header_labels_in_order(
        [lines[index] for n, (_text, index) in enumerate(head) if in_header[n]], table.fiscal_year
    )
    # (a second 合计 among the header's words is the 合计 row's label printed there, no column)
    total_row_word = any(column_key_of(label) == "total" for label in labels[1:])
    labels = [label for n, label in enumerate(labels) if n == 0 or column_key_of(label) != "total"]
    keys = [column_key_of(label) for label in labels]
    if not keys or keys[0] != "total" or not _in_template_order(keys[1:]):
        return None
    # (each label as the header prints it, where one word holds it: "财政拨款收入" for 财政拨款)
    labels = [
        next((word for word in header_words if label in word and column_key_of(word) == key), label)
        for label, key in zip(labels, keys, strict=True)
    ]
    seen = set(header_words)
    # A column's word first printed after figures: the header came out in pieces among the rows, and the
    # order of its columns cannot be told.
    if any(
        not before
        and text not in seen
        and column_key_of(text) is not None
        and not _TOTAL_WORD_RE.fullmatch(text)
        for text, before, _index in texts
    ):
        return None
    # the texts that may be names: before the first figures those that are no header word, among the rows
    # those that are no header word printed again, nor 合计
    first_names = {index for n, (_text, index) in enumerate(head) if not in_header[n]}
    pieces = {
        index: text
        for text, before, index in texts
        if (index in first_names if before else text not in seen and not _TOTAL_WORD_RE.fullmatch(text))
    }
    # A page's first lines (after the table's first page) and last lines are its running header or footer
    # as often as a row's name, and a text such as "科目编码" or "预算单位：…" is a header's: no names.
    last = len(lines) - 1
    for index in list(pieces):
        page = lines[index].page
        starts_page = (
            any(lines[k].page != page for k in range(max(index - 2, 0), index)) and page != lines[0].page
        )
        ends_page = (
            any(lines[k].page != page for k in range(index + 1, min(index + 3, last + 1))) or index > last - 2
        )
        if starts_page or ends_page or _header_word(pieces[index]):
            del pieces[index]
    texts_at = {index for _text, _before, index in texts}
    total_word = total_row_word or any(
        _TOTAL_WORD_RE.fullmatch(text) for text, before, _index in texts if not before
    )
    columns = [(keys, labels)]
    if _basic_group(keys):
        # 基本支出 over 人员经费 | 公用经费 with no 小计 of its own: the rows print no figure of the group
        at_basic = keys.index("basic")
        columns.append((keys[:at_basic] + keys[at_basic + 1 :], labels[:at_basic] + labels[at_basic + 1 :]))
    readings = []
    for keys, labels in columns:
        width = len(keys)
        if len(figures) % width:
            continue
        groups = [figures[n : n + width] for n in range(0, len(figures), width)]
        # A group of figures more than codes is the 合计 row's only where its word is printed: among the
        # rows, or a second time among the header's words (else it may be a row whose code is not printed).
        if not (len(groups) == len(codes) or (len(groups) == len(codes) + 1 and total_word)):
            continue
        # the 合计 row's figures come last (its word after them) or first (its word before them)
        for total_at in (len(groups) - 1, 0) if len(groups) > len(codes) else (None,):
            body = [g for n, g in enumerate(groups) if n != total_at]
            starts = [figures_at[n * width] for n in range(len(groups)) if n != total_at]
            names = _names_beside(code_ends, starts, pieces, texts_at, width, figures_at[0])
            rows = [
                StreamedRow(code, names[n], cells)
                for n, (code, cells) in enumerate(zip(codes, body, strict=True))
            ]
            total = StreamedRow(None, None, groups[total_at]) if total_at is not None else None
            if _identities_hold(rows, total, keys):
                readings.append(StreamedTable(keys, labels, rows, total))
    return readings[0] if len(readings) == 1 else None


# The order in which the national templates print the parts of a row's total: 基本支出 | 项目支出 |
# 上缴上级支出 | 经营支出 | 对附属单位补助支出; 财政拨款 … | 事业收入 | 经营收入 … | 其他收入. Header
# words in another order were set out of order by the extraction (a tall cell's word after the cells
# beside it): their columns are not known. Parts whose place varies between templates (上级补助收入
# before or after 事业收入, 上年结转 first or last) are not ranked: a header naming them is not read.
_TEMPLATE_RANK: Final = {
    key: rank
    for rank, keys in enumerate(
        [
            ("basic", "fiscal_appropriation"),
            ("personnel", "general_public"),
            ("public_funds", "government_fund"),
            ("project", "state_capital"),
            ("reserve", "fiscal_special_account"),
            ("remit_upper", "business"),
            ("operating", "operating_income"),
            ("subsidy_affiliated", "affiliated_remit"),
            ("other_income",),
        ]
    )
    for key in keys
}


def _in_template_order(parts: list[str | None]) -> bool:
    ranks = [_TEMPLATE_RANK.get(key) for key in parts]  # type: ignore[arg-type]
    return None not in ranks and all(a < b for a, b in itertools.pairwise(ranks))


# Words of a header over codes and names ("项目", "功能分类科目编码", "类", "科目名称", "支出预算") or the
# lines above it ("编制部门：…", "单位：元"); a column's words are told by their column key.
_HEADER_WORD_RE: Final = re.compile(
    r"项目|类|款|项|.*(?:编码|名称|科目|分类|预算)|(?:编制|预算)?(?:部门|单位)[:：].*|编制(?:部门|单位).*|金额单位.*"
)


def _header_word(text: str) -> bool:
    return bool(_HEADER_WORD_RE.fullmatch(text) or _TOTAL_WORD_RE.fullmatch(text) or column_key_of(text))


def _label_across(text: str, following: str) -> bool:
    """Whether a column's word starts one text and runs into the next ("事业单位" / "经营收入": 事业单位经营;
    "合" / "计"), not a name's end and a word after it ("教育支出" / "合计" holds 支出合计)."""
    joined = text + following
    return any(
        joined.startswith(fragment) and len(fragment) > len(text) and fragment not in following
        for fragment, _key in COLUMN_LABELS
    )


def _names_beside(
    code_ends: list[int],
    figures_from: list[int],
    pieces: dict[int, str],
    texts_at: set[int],
    width: int,
    header_end: int,
) -> list[str | None]:
    """Each row's name, or None where it cannot be told. Two places say a row's name: the texts right
    before its figures (B) and those right after its code (A), with only texts between. Most rows agree or
    have one of them; where the two differ (a template printing each code after its row's figures makes
    every A the next row's name; a name printed after its own figures makes a B the row before's), the
    reading that names every row with every piece once is taken, else the row has no name. One piece is
    one name; several are one name wrapped over lines only between the row's own code and figures, or in
    a reading naming every row where every line but the last fills the names' column (names of rows
    printed together, then their figures, are not one name). A piece two rows would take is
    neither's, and a piece no row takes within a row's reach (a wrapped name's first line before a figure
    or code) leaves that row's name untold. Names are never paired by their count: one name missing would
    put every name after it one row off."""

    def run(start: int, step: int) -> list[int]:
        # (the name pieces from a line on, up to a code or a figure; another text, a header's word, ends
        # the run too, but in the header above the first figures, where a class row's code may stand
        # among the header's words before the row's name: "205" / "计" / "教育支出")
        out = []
        while start in pieces or (start in texts_at and start < header_end):
            if start in pieces:
                out.append(start)
            start += step
        return out if step > 0 else out[::-1]

    befores = [run(first - 1, -1) for first in figures_from]
    afters = [run(end + 1, 1) for end in code_ends]

    widest = max(map(len, pieces.values()), default=0)

    def wrapped(pick: list[int]) -> bool:
        # one piece, or a name's lines of which every one but the last fills the names' column and the
        # last does not (a text beside a name, a page's header or a name printed twice, is no line of it)
        return len(pick) == 1 or (
            all(len(pieces[k]) == widest for k in pick[:-1]) and len(pieces[pick[-1]]) < widest
        )

    def whole(picks: list[list[int]]) -> bool:
        # (each pick one piece, or a name wrapped whose every line but the last fills the column; a text
        # before the first figures names the first row only)
        used = [k for pick in picks for k in pick]
        return (
            all(pick and wrapped(pick) for pick in picks)
            and len(set(used)) == len(used) == len(pieces)
            and not any(k < figures_from[0] for pick in picks[1:] for k in pick)
        )

    if whole(befores):
        picks: list[list[int] | None] = list(befores)
    elif whole(afters):
        picks = list(afters)
    else:
        picks = []
        for before, after in zip(befores, afters, strict=True):
            if before and before == after and wrapped(before):
                picks.append(before)  # between its code and its figures (a wrapped name's lines too)
            elif before and after:
                picks.append(None)  # two names say two things
            else:
                found = before or after
                picks.append(found if len(found) == 1 else None)
    complete = None not in picks and whole(picks)  # type: ignore[arg-type]
    taken = Counter(k for pick in picks for k in pick or ())
    left = set(pieces) - set(taken)

    def told(row: int, pick: list[int] | None) -> bool:
        if pick is None or any(taken[k] > 1 for k in pick):
            return False
        # (read row by row, a piece another row's code or figures stand beside is that row's as much)
        others = (
            () if complete else (k for n in range(len(picks)) if n != row for k in (*befores[n], *afters[n]))
        )
        return not set(pick) & set(others) and not any(
            pick[0] - width - 2 <= k <= pick[-1] + width + 2 for k in left
        )

    return ["".join(pieces[k] for k in pick) if told(row, pick) else None for row, pick in enumerate(picks)]


def _raw(row: StreamedRow, column: int) -> str:
    return row.cells[column][0].raw


def _basic_group(keys: list[str]) -> bool:
    """Whether the header sets 基本支出 over 人员经费 | 公用经费 (its 小计, or the group's name alone)."""
    return {"basic", "personnel", "public_funds"} <= set(keys) and keys.index("basic") < keys.index(
        "personnel"
    )


def _row_adds_up(row: StreamedRow, keys: list[str]) -> bool:
    """A row's total is the sum of its parts; under 基本支出 | 人员经费 | 公用经费 the group's figure is the
    sum of the two and a part of the total in their stead."""
    raws = {key: _raw(row, n) for n, key in enumerate(keys)}
    parts = [raws[key] for key in keys[1:]]
    if _basic_group(keys):
        if not printed_sum_holds(raws["basic"], [raws["personnel"], raws["public_funds"]]):
            return False
        parts = [raws[key] for key in keys[1:] if key not in ("personnel", "public_funds")]
    return len(keys) == 1 or printed_sum_holds(raws[keys[0]], parts)


def _identities_hold(rows: list[StreamedRow], total: StreamedRow | None, keys: list[str]) -> bool:
    """Whether every row's total is the sum of its parts, every code's figures the sums of its children's
    in each column, and the 合计 the sum of the rows with no parent printed; and every row is in one sum at
    least (a row in none could stand on another's line unseen)."""
    width = len(keys)
    by_code = {row.code: row for row in rows}
    checked: set[str | None] = set()
    for row in [*rows, *([total] if total else [])]:
        if not _row_adds_up(row, keys):
            return False
    for row in rows:
        children = [other for other in rows if parent_code(other.code) == row.code]
        if children:
            for column in range(width):
                if not printed_sum_holds(_raw(row, column), [_raw(child, column) for child in children]):
                    return False
            checked.update([row.code, *(child.code for child in children)])
    top = [row for row in rows if not any(row.code.startswith(code) and code != row.code for code in by_code)]
    if total is not None:
        for column in range(width):
            if not printed_sum_holds(_raw(total, column), [_raw(row, column) for row in top]):
                return False
        checked.update(row.code for row in top)
    return all(row.code in checked for row in rows)
