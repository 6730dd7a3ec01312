"""Basic expenditure by economic code (基本支出表). Some templates print it as two or three side-by-side
blocks of (code, name, amount); the blocks are split where a new economic code starts, never by fixed
positions, and each block is read like a one-column code table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Final

from .columns import LABEL_HEADER_WORDS
from .context import Context
from .functional import (
    CJK_RE,
    GROUP_SUM_RE,
    TOTAL_END_RE,
    is_noise,
    lone_integers_apart,
    parse_coded_table,
    split_header,
)
from .layout import Line, Segment
from .records import Amount
from .rows import FIGURE_CHAR_RE, coded_label, may_open_code, read_row
from .tables import Table, column_key_of
from .tokens import (
    ECONOMIC_CODE_RE,
    code_level,
    code_word,
    compact,
    decimals_of,
    economic_classification,
    join_split_amounts,
    parse_amount,
    to_yuan,
    undashed,
)

_CODE_DIGITS_RE: Final = re.compile(r"\d{2,5}")


def _blocks(line: Line) -> list[Line]:
    """Split a row into blocks at each economic class code that follows an amount, a name or another code
    (a block whose name wrapped onto the next line prints "301 03" beside the next block's "302"). Plain
    text is split word by word, and there a code starts a block only where a name follows it (also after
    its 款 part, "302 99 其他…"), where it holds its name ("30299其他…"), or right after a block of codes
    only ("301 302"): a figure of code shape at the end of a block ("30500" 元) is its amount."""
    blocks: list[list[Segment]] = [[]]
    segments = line.segments
    positioned = line.positioned
    if not positioned and segments:
        segments = [Segment(word, None, None) for word in join_split_amounts(segments[0].text).split()]
    texts = [compact(seg.text) for seg in segments]  # (each segment compacted once, not at every look)
    first = texts[0][:1] if segments else ""
    for n, seg in enumerate(segments):
        text = code_word(texts[n])
        current = blocks[-1]
        following = texts[n + 1] if n + 1 < len(segments) else ""
        after = texts[n + 2] if n + 2 < len(segments) else ""
        # A number of code shape is a block's code when it is of the row's first block's classification
        # (3xx beside 3xx) or a name follows it, also after its 款 part printed apart ("302 99 其他商品和服务
        # 支出": "99" reads as a figure alone); otherwise it is a figure (an integer 元 amount, 50000).
        named = bool(following) and (
            parse_amount(following) is None
            or (len(text) == 3 and _PART_WORD_RE.match(following) is not None and _is_name(after))
        )
        # A class code right after a block of codes only ("301 302", "301 01 302": the codes of two blocks,
        # their names and figures on other lines) is the next block's, no figure of the first.
        after_codes = (
            len(text) == 3
            and text[0] == first
            and bool(current)
            and all(_CODE_DIGITS_RE.fullmatch(compact(seg.text)) for seg in current)
        )
        starts_code = (
            bool(ECONOMIC_CODE_RE.match(text)) and (named or after_codes or (positioned and text[0] == first))
        ) or (
            # a code and its name in one word or cell ("30299其他商品和服务支出", "302 商品和服务支出")
            _ECONOMIC_CODE_THEN_NAME_RE.match(text) is not None
        )
        # (looked at only where a code starts: most words start none)
        has_content = starts_code and any(not _CODE_DIGITS_RE.fullmatch(compact(s.text)) for s in current)
        # a code-only block ("301 03") then another block's class code ("302"), or another block's code
        # and its name (a block printing its code alone: "30199 [name wrapped above and below, no figure]
        # 30228 工会经费 58.62"); a 5-digit number beside no name there is the block's own figure (an
        # integer 元 amount such as 50000), not a code
        has_code = (
            starts_code
            and (len(text) == 3 or named)
            and bool(current)
            and bool(ECONOMIC_CODE_RE.match(undashed(compact(current[0].text))))
        )
        # (a block's total: "…合计", or its group's sum worded 人员经费小计 / 公用经费 alone)
        label_total = (text.endswith("合计") or GROUP_SUM_RE.match(text) is not None) and current
        if current and ((starts_code and (has_content or has_code)) or label_total):
            blocks.append([])
        blocks[-1].append(seg)
    if not positioned:  # a plain block is one run of text, as read_row reads plain lines
        blocks = [[Segment(" ".join(seg.text for seg in b), None, None)] for b in blocks if b]
    return [Line(line.number, line.page, b, page_number=line.page_number) for b in blocks if b]


_PART_WORD_RE: Final = re.compile(r"^\d{2}$")
# A figure printed with its decimals ("1,857.05", "0.49", also glued to what follows): never part of an
# economic item's name.
_DECIMAL_FIGURE_RE: Final = re.compile(r"\d\.\d{2}")
# A word or cell holding an economic code and its name together ("30299其他商品和服务支出").
_ECONOMIC_CODE_THEN_NAME_RE: Final = re.compile(r"^[35]\d{2}(?:\d{2})?(?=[\u4e00-\u9fff])")


def _is_name(word: str) -> bool:
    """Whether a word is a name's (it holds a Chinese character, and is no figure)."""
    return parse_amount(word) is None and re.search("[\u4e00-\u9fff]", word) is not None


_PIECE_RE: Final = re.compile(r"^[\u4e00-\u9fff（）()、]{1,16}$")
_HEADER_WORD_RE: Final = re.compile(
    r"科目|编码|名称|决算数|预算数|^(?:人员|公用)经费$|合计|金额|^项目$|^[类款项]+$|栏次|单位[:：]"
)


def _names_with_pieces(read: list[tuple[Line, list]]) -> dict[int, str]:
    """The names of side-by-side blocks' coded rows whose names wrap in their narrow cells, by id of the
    row: a piece on a line of its own (no code, no figure) goes with the nearest coded row of its block's
    column, by lines; where a row above and one below are as near, a piece as wide as the column's widest
    name begins the row below's name (a cell centring its code between its name's pieces), a narrower one
    ends the row above's. Positioned text only (a plain line's pieces tell no column)."""
    coded = [(line, row) for line, rows in read for row in rows if row.code and row.line.positioned]
    # each segment of a line printing no code and no figure is a piece of its own (one in each block's
    # column); a line holding a header word is the header printed again, no piece
    pieces = [
        (line, read_row(Line(line.number, line.page, [seg]), "economic"))
        for line, rows in read
        if rows
        and line.positioned
        and not any(row.code or row.amounts for row in rows)
        and all(
            _PIECE_RE.match(compact(seg.text)) and not _HEADER_WORD_RE.search(compact(seg.text))
            for seg in line.segments
        )
        for seg in line.segments
    ]
    if not coded or not pieces:
        return {}
    char = _char(coded)
    starts = sorted({round(row.line.segments[0].x0) for _line, row in coded})
    columns: list[float] = []
    for x in starts:
        if not columns or x - columns[-1] > 4 * char:
            columns.append(x)
    # each row's and piece's block column: the rightmost column starting left of it
    column = {
        id(row): max(
            (n for n, start in enumerate(columns) if start <= row.line.segments[0].x0 + char), default=0
        )
        for _line, row in [*coded, *pieces]
    }
    width: dict[int, float] = {}
    for _line, row in [*coded, *pieces]:
        width[column[id(row)]] = max(width.get(column[id(row)], 0), _name_width(row))
    before: dict[int, list[str]] = {}
    after: dict[int, list[str]] = {}
    for line, piece in pieces:
        n = column[id(piece)]
        mine = [(ln, row) for ln, row in coded if column[id(row)] == n]
        above = [(line.number - ln.number, row) for ln, row in mine if ln.number < line.number]
        below = [(ln.number - line.number, row) for ln, row in mine if ln.number > line.number]
        up = min(above, key=lambda d: d[0]) if above else None
        down = min(below, key=lambda d: d[0]) if below else None
        if up is None and down is None:
            continue
        if down is not None and (up is None or down[0] < up[0]):
            before.setdefault(id(down[1]), []).append(piece.label)
        elif up is not None and (down is None or up[0] < down[0]):
            after.setdefault(id(up[1]), []).append(piece.label)
        elif _name_width(piece) >= width[n] - char:
            before.setdefault(id(down[1]), []).append(piece.label)  # a whole line: a name's beginning
        else:
            after.setdefault(id(up[1]), []).append(piece.label)  # narrower: a name's end
    return {
        id(row): "".join([*before.get(id(row), []), row.label, *after.get(id(row), [])])
        for _line, row in coded
        if id(row) in before or id(row) in after
    }


def _char(coded: list) -> float:
    """A code digit's printed width (characters of layout text, points of a PDF)."""
    seg = coded[0][1].line.segments[0]
    return (seg.x1 - seg.x0) / max(len(seg.text.strip()), 1)


_FIGURE_CHARS_RE: Final = re.compile(r"[\d.,\-]+")


def _name_width(row) -> float:
    """The printed width of a row's name: its segments after the code's."""
    named = [seg for seg in row.line.segments if not _FIGURE_CHARS_RE.fullmatch(seg.text.strip())]
    return sum(seg.x1 - seg.x0 for seg in named)


def _names_not_header(line: Line) -> bool:
    """Whether a header's last line holds words that name no column (a first row's name pieces set above
    its code line, "工资福利 商品和服"), not the header's own ("科目编码 科目名称 决算数", "类 款")."""
    words = [compact(seg.text) for seg in line.segments if compact(seg.text)]
    return bool(words) and not any(
        column_key_of(word) is not None or word.endswith(LABEL_HEADER_WORDS) or "数" in word for word in words
    )


def _ends_header_words(header: list[Line]) -> bool:
    """Whether a header's last line holds the ends of its own words wrapped from a line above ("科目编" over
    "码": 科目编码), each piece under a header piece it completes into a label column's word."""
    last, above = header[-1], [seg for line in header[:-1] for seg in line.segments if seg.x0 is not None]
    return bool(last.segments) and all(
        any(
            min(seg.x1, top.x1) - max(seg.x0, top.x0) > 0
            and compact(top.text + seg.text).endswith(LABEL_HEADER_WORDS[:6])
            for top in above
        )
        for seg in last.segments
        if seg.x0 is not None
    )


def _total_labels_around_joined(lines: list[Line]) -> list[Line]:
    """The blocks' total labels wrapped around their figures' line ("人员经 … 公用经" over the figures,
    "费合计 … 费合计" under them: a tall row, its labels wrapped in narrow cells, its figures centred): the
    two pieces of each label, one above the other, joined on the line below, as an unwrapped label is."""
    out, dropped = list(lines), set()
    for n in range(len(out) - 2):
        above, figures, below = out[n], out[n + 1], out[n + 2]
        if not (above.positioned and figures.positioned and below.positioned) or not (
            above.number + 1 == figures.number and figures.number + 1 == below.number
        ):
            continue
        if (
            len(above.segments) != len(below.segments)
            or not all(parse_amount(compact(seg.text)) is not None for seg in figures.segments)
            or any(parse_amount(compact(seg.text)) is not None for seg in above.segments)
            or not all(
                abs(top.x0 - bottom.x0) <= 2 and compact(top.text + bottom.text).endswith("合计")
                for top, bottom in zip(above.segments, below.segments, strict=True)
            )
        ):
            continue
        joined = [
            Segment(top.text.strip() + bottom.text.strip(), top.x0, max(top.x1, bottom.x1))
            for top, bottom in zip(above.segments, below.segments, strict=True)
        ]
        dropped.add(n)
        out[n + 2] = Line(below.number, below.page, joined, page_number=below.page_number)
    return [line for n, line in enumerate(out) if n not in dropped]


def _totals_below_joined(lines: list[Line], origin: dict[int, Line]) -> list[Line]:
    """A line of figures only right above a line of the blocks' total labels only ("498.87 … 93.75" over
    "人员经费合计 … 公用经费合计": a tall row, its figures centred, its labels at the bottom), one figure
    right of each label in turn: one line, each figure keeping the line it is printed on."""
    lines = _total_labels_around_joined(lines)
    out: list[Line] = []
    skip = False
    for line, below in zip(lines, [*lines[1:], None], strict=True):
        if skip:
            skip = False
            continue
        figures = line.positioned and all(
            parse_amount(compact(seg.text)) is not None for seg in line.segments
        )
        labels = (
            below is not None
            and below.positioned
            and below.number == line.number + 1
            and all(compact(seg.text).endswith("合计") for seg in below.segments)
            and len(below.segments) == len(line.segments)
        )
        if (
            figures
            and labels
            and all(
                label.x0 < figure.x0
                and (k + 1 == len(below.segments) or figure.x0 < below.segments[k + 1].x0)
                for k, (figure, label) in enumerate(zip(line.segments, below.segments, strict=True))
            )
        ):
            origin.update({id(seg): line for seg in line.segments})
            segments = sorted([*line.segments, *below.segments], key=lambda seg: seg.x0)
            out.append(Line(below.number, below.page, segments, page_number=below.page_number))
            skip = True
            continue
        out.append(line)
    return out


def _banded_rows(body: list[Line], header: Sequence[Line] = ()) -> tuple[list[Line], dict[int, Line]]:
    """Rows of side-by-side blocks that `pdftotext -layout` prints over a band of lines: a name wrapped in
    its cell makes the row tall, and its other cells come out on lines of their own (the figures above the
    codes, "301 01" over "基本工资", a block's code part "01" beside the name line), bands parted by blank
    lines. Where the body reads so (figure-only lines, and code lines without their figures), each band's
    lines are one row per code line, its segments in order left to right; else the lines as printed. With
    the line each segment was printed on (a figure's provenance)."""
    positioned = [ln for ln in body if ln.positioned and not is_noise(ln)]
    rows = [(ln, read_row(ln, "economic")) for ln in positioned]
    figures_alone = sum(1 for _ln, row in rows if row.amounts and not row.code and not row.label)
    codes_bare = sum(1 for _ln, row in rows if row.code and not row.amounts)
    code_lines = sum(1 for _ln, row in rows if row.code)
    # (or the names below their code lines, the figures beside the codes: "301 01 98,214.36 302 8,215.40"
    # over "基本工资 01 办公费", a block's 款 part on the name's line; a code line printing no name of any
    # block, not a wrapped name's lines around its code)
    names_below = sum(
        1
        for (line, row), (below, under) in pairwise(rows)
        if row.code
        and not CJK_RE.search(line.text)
        and below.number == line.number + 1
        and under.code is None
        and not under.amounts
        and under.label
    )
    # (the first code line opening the body: a name's piece above it, the names are wrapped around their
    # code lines, centred on them)
    first = next((n for n, (_ln, row) in enumerate(rows) if row.code), None)
    above = rows[first - 1][1] if first else None
    opens_bare = (
        first is not None
        and not (above is not None and above.label and not (above.amounts or above.code))
        and not (first == 0 and header and _names_not_header(header[-1]))
    )
    if not (figures_alone and codes_bare * 3 >= code_lines) and not (
        code_lines and names_below * 2 >= code_lines and opens_bare
    ):
        return body, {}
    origin: dict[int, Line] = {}
    merged: list[Line] = []
    band: list[Line] = []
    coded = False

    def flush() -> None:
        if band:
            segments = sorted((seg for ln in band for seg in ln.segments), key=lambda seg: seg.x0)
            number = next((ln.number for ln in band if _ECON_TOKEN_RE.search(ln.text)), band[0].number)
            merged.append(Line(number, band[0].page, segments, page_number=band[0].page_number))
            band.clear()

    def starts_row(line: Line, row) -> bool:  # a code, or a total's name ("人员经费合计")
        return row.code is not None or bool(_ECON_TOKEN_RE.match(line.text.strip())) or "合计" in row.label

    previous = None
    for n, (line, row) in enumerate(rows):
        following = rows[n + 1] if n + 1 < len(rows) else None
        # figures printed above their row's code or name line, right before it
        leading = (
            bool(row.amounts)
            and not row.code
            and not row.label
            and following is not None
            and following[0].number == line.number + 1
            and starts_row(*following)
        )
        gap = previous is not None and (line.number - previous.number > 1 or line.page != previous.page)
        if gap or ((starts_row(line, row) or leading) and coded):
            flush()
            coded = False
        band.append(line)
        coded = coded or starts_row(line, row)
        for seg in line.segments:
            origin[id(seg)] = line
        previous = line
    flush()
    return merged, origin


_SUMS_SIDE_BY_SIDE_RE: Final = re.compile(r"人员经费(?:合计|小计)?.*公用经费(?:合计|小计)?")


def _is_multi_block(table: Table, block_rows: _BlockRows) -> bool:
    """Side-by-side blocks show as rows carrying two or more economic codes, each after a name. A row
    printing one departmental and one governmental code ("30101 基本工资 50101 工资奖金津补贴 600.00") is
    one row of a single block: two codes of different classifications, amounts after the second only."""
    rows = [ln for ln in table.body if not is_noise(ln)]
    # (a positioned line with fewer than two cells that could open a code has fewer than two coded blocks:
    # its blocks are not read, most lines of a single block)
    multi = sum(
        1
        for ln in rows
        if not (
            ln.positioned
            and all(seg.x0 is not None for seg in ln.segments)
            and sum(may_open_code(seg, "35") for seg in ln.segments) < 2
        )
        and _coded_blocks(ln, block_rows) >= 2
    )
    # (a short 公用经费 block beside a long 人员经费 one prints few lines of two blocks: its line of the
    # blocks' sums, "人员经费合计 … 公用经费合计 …", tells the blocks apart all the same)
    if not rows or multi < 2:
        return False
    return multi >= len(rows) // 5 or any(
        _SUMS_SIDE_BY_SIDE_RE.search(compact(ln.text)) and len(_blocks(ln)) >= 2 for ln in rows
    )


_ECON_TOKEN_RE: Final = re.compile(r"(?<!\d)[35]\d{2}(?:\d{2})?(?![\d.,])")


class _BlockRows:
    """Each line's blocks read as rows, once per reading of a table (telling a multi-block table and
    reading it need the same rows)."""

    def __init__(self) -> None:
        self._read: dict[int, tuple[Line, list]] = {}  # by id(line), the line kept so its id stays its own

    def of(self, line: Line) -> list:
        if id(line) not in self._read:
            self._read[id(line)] = (line, [read_row(block, "economic") for block in _blocks(line)])
        return self._read[id(line)][1]


def _coded_blocks(line: Line, block_rows: _BlockRows) -> int:
    if not line.positioned:
        tokens = list(_ECON_TOKEN_RE.finditer(line.text))
        if len(tokens) < 2:
            return len(tokens)  # one economic code at most: one block
        if (
            len(tokens) == 2
            and tokens[0][0][0] != tokens[1][0][0]
            and not FIGURE_CHAR_RE.search(line.text, 0, tokens[0].start())
            and not FIGURE_CHAR_RE.search(line.text, tokens[0].end(), tokens[1].start())
        ):
            # a departmental and a governmental code with nothing but a name between ("30101 基本工资 50101
            # 工资奖金津补贴 600.00"): one row of one block, however its words are read
            return 1
    coded = [row for row in block_rows.of(line) if row.code]
    paired = len(coded) == 2 and coded[0].code[0] != coded[1].code[0] and not coded[0].amounts
    return 1 if paired else len(coded)


def _pin_basic_total(table: Table, ctx: Context, amounts: list[Amount]) -> None:
    """What a 基本支出表 pins for plain-text column placement elsewhere: each economic code's total is
    basic in a table of all spending by economic code that prints the same total for it; and 一般公共预算
    支出表 basic = 一般公共预算基本支出表 total (a functional table whose total equals this total is basic
    expenditure throughout). Side-by-side blocks print no 合计 but 人员经费合计 and 公用经费合计, whose sum
    it is."""
    if not table.table_key.startswith(("general_budget_basic", "basic_by_economic", "fiscal_basic")):
        return
    # each code's total, basic throughout: an economic table of all spending printing a code's total
    # equal to it places it as basic (its project part, never negative, is zero)
    for a in amounts:
        if a.subject_code and a.column_key == "total" and a.amount_yuan > 0:
            ctx.pin(("economic", a.subject_code, a.amount_yuan, "all_spending"), {"basic": a.amount_yuan})
    if not table.table_key.startswith("general_budget_basic"):
        return
    totals = {a.row_label: a for a in amounts if a.is_total_row and a.column_key == "total"}
    total = next((totals[label].amount_yuan for label in ("合计", "总计") if label in totals), None)
    if total is not None:
        ctx.pin(("functional", None, total), {"basic": total})
    elif "人员经费合计" in totals and "公用经费合计" in totals:
        # Two rounded figures: their sum is the basic total to one printed step either way.
        personnel, public = totals["人员经费合计"], totals["公用经费合计"]
        step = to_yuan(Decimal(1).scaleb(-decimals_of(personnel.amount_raw)), personnel.amount_unit)
        for total in (personnel.amount_yuan + public.amount_yuan + k * step for k in (0, -1, 1)):
            ctx.pin(("functional", None, total), {"basic": total})


# The classes each group of a 基本支出表 never holds (domain.md: 人员经费 = 301 + 303; 公用经费 = 302 + 307 +
# 310 + 312 + 399; functional._GROUP_CLASSES names the two each group's sum is checked against). Some
# templates file a few 302 items (工会经费, 福利费) under 人员经费 beside the rest's 公用经费, so only a
# table printing no figure under the other group is judged by them.
_NEVER_IN_GROUP: Final = {"personnel": ("301", "303"), "public_funds": ("302", "307", "310", "312", "399")}


def _parts_of_the_other_group(table: Table, ctx: Context, amounts: list[Amount]) -> list[Amount]:
    """A 基本支出表 read with a 人员经费 column and no 公用经费 one (or the reverse) has lost a header cell
    (the text printed it on another page, among the rows) where a whole class of the other group stands
    in it ("302 商品和服务支出 2,208.98 2,208.98" under 人员经费): the parts placed there for rows of the
    other group's classes are that lost column's, said, not loaded."""
    keys = {a.column_key for a in amounts}
    if ("personnel" in keys) == ("public_funds" in keys):
        return amounts
    present, other = ("personnel", "public_funds") if "personnel" in keys else ("public_funds", "personnel")
    other_label = "公用经费" if other == "public_funds" else "人员经费"
    foreign = [
        a
        for a in amounts
        if a.column_key == present and a.amount_yuan and (a.subject_code or "")[:3] in _NEVER_IN_GROUP[other]
    ]
    # (only where a class of the other group is all in the column read, "302 … 2,208.98 2,208.98": a
    # template filing a few of 302's items under 人员经费 puts part of 302 there, its 302 row's part short
    # of its total)
    totals = {a.subject_code: a.amount_yuan for a in amounts if a.column_key == "total" and a.subject_code}
    if not any(len(a.subject_code) == 3 and totals.get(a.subject_code) == a.amount_yuan for a in foreign):
        return amounts
    ctx.diagnose(
        "warn",
        "columns_unknown",
        f"{table.title}: its header names {foreign[0].column_label} and not {other_label}, yet rows of "
        f"{other_label}'s classes print a part "
        f"({', '.join(a.subject_code for a in foreign[:6])}{' …' if len(foreign) > 6 else ''}), a whole "
        "class of them in full: the header's cell of the other column is likely printed elsewhere in this "
        f"text, and these parts that column's rather than {foreign[0].column_label}'s; not loaded.",
        table,
        None,
        observed=" ".join(a.amount_raw for a in foreign),
    )
    dropped = {id(a) for a in foreign}
    return [a for a in amounts if id(a) not in dropped]


def parse_economic_table(table: Table, ctx: Context) -> tuple[list[Amount], bool]:
    split_header(table, "economic")
    lone_integers_apart(table)
    block_rows = _BlockRows()
    amounts: list[Amount]
    if not _is_multi_block(table, block_rows):
        amounts, ambiguous = parse_coded_table(table, ctx, "economic")
        amounts = _parts_of_the_other_group(table, ctx, amounts)
        _pin_basic_total(table, ctx, amounts)
        return amounts, ambiguous
    amounts = []
    lines, origin = _banded_rows(table.body, table.header)
    lines = _totals_below_joined(lines, origin)
    # (a lone code on its line, "307" with its name's pieces above and below, is no page number)
    read = [
        (line, block_rows.of(line))
        for line in lines
        if not is_noise(line) or ECONOMIC_CODE_RE.match(compact(line.text))
    ]
    # the first row's first name piece may stand above it, among the header's lines
    last_header = table.header[-1:] if table.header and table.header[-1].positioned else []
    if last_header and _ends_header_words(table.header):
        last_header = []  # ("科目编" / "码": the header's own word wrapped, no name's piece)
    names = _names_with_pieces([(line, [read_row(line, "economic")]) for line in last_header] + read)
    for line, rows in read:
        for row in rows:
            if not row.amounts:
                continue
            row.label = names.get(id(row), row.label)
            # a row gathered from a band of lines: each figure keeps the line it is printed on
            line = origin.get(id(row.amounts[0].segment), line)
            if (
                row.code is None
                and not TOTAL_END_RE.search(row.label)
                and not GROUP_SUM_RE.match(compact(row.label))  # 人员经费小计 / 公用经费 alone
            ):
                # A figure beside neither a code nor a total's name (its code is on another line): whose
                # it is cannot be told from the block.
                ctx.diagnose(
                    "warn",
                    "unplaced_amount",
                    f"{table.title}: the figure(s) {[c.raw for c in row.amounts]} of block "
                    f"'{row.label}' stand beside no economic code; not loaded.",
                    table,
                    line,
                    observed=" ".join(c.raw for c in row.amounts),
                )
                continue
            if figure := _DECIMAL_FIGURE_RE.search(row.label):
                # A figure inside the name: the row holds another block whose code was not told apart
                # ("津贴补贴 1,857.05 302 99 其他…"), and its last figure would be that block's.
                ctx.diagnose(
                    "warn",
                    "rows_unreadable",
                    f"{table.title}: block '{row.code or ''}{row.label}' prints the figure {figure.group(0)} "
                    "inside its name: the blocks of its line cannot be told apart; not loaded.",
                    table,
                    line,
                    observed=" ".join(c.raw for c in row.amounts),
                )
                continue
            if len(row.amounts) > 1:
                ctx.diagnose(
                    "warn",
                    "ambiguous_columns",
                    f"{table.title}: block '{row.code or ''}{row.label}' prints {len(row.amounts)} amounts "
                    "where one is expected; not loaded.",
                    table,
                    line,
                    observed=" ".join(c.raw for c in row.amounts),
                )
                continue
            cell = row.amounts[0]
            amounts.append(
                ctx.amount(
                    table,
                    line,
                    value=cell.value,
                    raw=cell.raw,
                    column_key="total",
                    column_label="决算数" if ctx.doc_kind == "final_account" else "预算数",
                    row_label=coded_label(row.code, row.label),
                    classification=economic_classification(row.code) if row.code else None,
                    code=row.code,
                    level=code_level(row.code) if row.code else None,
                    name=row.label if row.code else None,
                    is_total_row=row.code is None,
                )
            )
    _pin_basic_total(table, ctx, amounts)
    return amounts, False
