"""Reading one table row: the classification code at its start, its label, and its amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from .layout import Line, Segment, display_width
from .tokens import (
    code_word,
    compact,
    halfwidth,
    join_split_amounts,
    parse_amount,
    spoiled_figure,
    unglued,
)

_CODE_HEAD_RE: Final = re.compile(r"^(\d{7}|\d{5}|\d{3})(?![\d,.])")
_CODE_PART_RE: Final = re.compile(r"^\d{2}$")
# A code's shape with letters a scan's text reads for digits (O o l I S B), two digits at least.
_SPOILED_CODE_RE: Final = re.compile(
    r"^(?=(?:[^\d]*\d){2})[23][\dOolISB]{2}(?:[\dOolISB]{2}){0,2}(?![\dOolISB])"
)
# A code's last part(s) printed against the name ("01基本工资", "0505机关事业单位…"); never a number the name
# opens with (a date, a count or a quantity: "2024年…", "10万亩…", "12个…").
PART_THEN_NAME_RE: Final = re.compile(
    r"^(?!\d{2,4}[年月日万千亿百个人次项件台套辆名所座条批期])(\d{2}|\d{4})(?=[\u4e00-\u9fff])"
)
_HEADER_CELLS_RE: Final = re.compile(r"^类款项(?=合计|总计)")
_TOTAL_LABELS: Final = frozenset(("合计", "总计", "小计", "本年收入合计", "本年支出合计"))
# A row of a table by economic code that prints both classifications: "基本工资 50101 工资奖金津补贴" after
# the departmental code 30101 (or the other way round) is a name, the other classification's code (a word
# of its own, as long as the row's code), its name.
_PAIRED_CODE_RE: Final = re.compile(r"^(\D+?)\s+([35]\d{2}(?:\d{2})?)\s+(\D+)$")


def paired_code_in(words: str, code: str | None) -> tuple[str, str, str] | None:
    """(name, paired code, paired name) of an economic row's label as printed, or None."""
    if not code or code[0] not in "35":
        return None
    match = _PAIRED_CODE_RE.match(words.strip())
    if not match or match.group(2)[0] == code[0] or len(match.group(2)) != len(code):
        return None
    return compact(match.group(1)), match.group(2), compact(match.group(3))


@dataclass(slots=True)
class Cell:
    segment: Segment
    value: Decimal
    raw: str

    def __init__(self, segment: Segment, value: Decimal, raw: str) -> None:  # (compiled: see layout.Segment)
        self.segment = segment
        self.value = value
        self.raw = raw


@dataclass(slots=True)
class Row:
    line: Line
    code: str | None
    label: str
    amounts: list[Cell]
    paired_code: str | None = None
    paired_name: str | None = None
    # Its code was printed next to another code, before either's name and figures: which figures are
    # whose cannot be told (the rows are reported, their figures not loaded).
    unpaired: bool = False
    # Its figures were gathered from several lines (one per line, or below its name): checked against
    # its own sum before they are placed.
    gathered: bool = False
    # A code without a name whose line holds figures only ("2057937 2057937"): the line read as figures,
    # for the table to choose (an integer printed without separators looks like a code).
    figures: list[Cell] | None = None
    # Percentages printed after its figures ("… 65.60 5.56%": a change or a share), never amounts.
    rates: tuple[str, ...] = ()
    # The subject's name printed after its code where the code stands after the project's name
    # (项目名称 | 科目编码 | 科目名称): the label is the project's.
    subject_name: str | None = None
    # Tokens among its figures shaped as figures that are none ("1,26B.50", "4.6O", "2,755,91": a letter read
    # for a digit, a comma for the point, as a scan's text has them): its figures cannot all be read.
    spoiled: tuple[str, ...] = ()
    # Its figures stand on the line below its name (plain text of a drawn table), not beside it.
    figures_below: bool = False
    # Its line ended with the code of the block beside, dropped from its figures ("13,965.80 302": plain text
    # of side-by-side blocks); the name on the line below is that block's.
    next_block_code: bool = False

    def __init__(  # (compiled: see layout.Segment)
        self,
        line: Line,
        code: str | None,
        label: str,
        amounts: list[Cell],
        paired_code: str | None = None,
        paired_name: str | None = None,
        unpaired: bool = False,
        gathered: bool = False,
        figures: list[Cell] | None = None,
        rates: tuple[str, ...] = (),
        subject_name: str | None = None,
        spoiled: tuple[str, ...] = (),
        figures_below: bool = False,
        next_block_code: bool = False,
    ) -> None:
        self.line = line
        self.code = code
        self.label = label
        self.amounts = amounts
        self.paired_code = paired_code
        self.paired_name = paired_name
        self.unpaired = unpaired
        self.gathered = gathered
        self.figures = figures
        self.rates = rates
        self.subject_name = subject_name
        self.spoiled = spoiled
        self.figures_below = figures_below
        self.next_block_code = next_block_code

    @property
    def figures_apart(self) -> bool:
        """Its figures stand on lines other than its name's (gathered or below it)."""
        return self.gathered or self.figures_below

    @property
    def is_total(self) -> bool:
        return self.code is None and self.label in _TOTAL_LABELS

    def copy(self) -> Row:
        """A copy whose fields and amounts can change without touching the row it copies (cached)."""
        return Row(
            self.line,
            self.code,
            self.label,
            list(self.amounts),
            self.paired_code,
            self.paired_name,
            self.unpaired,
            self.gathered,
            self.figures,
            self.rates,
            self.subject_name,
            self.spoiled,
            self.figures_below,
            self.next_block_code,
        )


def coded_label(code: str | None, name: str | None) -> str:
    """A row's label as printed: its code and name, or whichever of them it prints ("2080505" alone, with no
    space after it, where the name was not printed or not told)."""
    return f"{code} {name}" if code and name else code or name or ""


# A cell printed as a dash (or a slash) is an empty cell whose place the mark keeps ("80.00 80.00 -"):
# read as zero, so the figures around it stay in their columns. An asterisk is no such mark: it is as often
# a footnote's ("1,400.00 *"), and which it is cannot be told.
_DASHES: Final = frozenset({"-", "--", "—", "——", "–", "－", "－－", "−", "/", "／"})
_ZERO: Final = Decimal(0)
# A footnote mark printed after a figure ("1,100.00①", "340.00*", "1,400.00 ②") is no part of it.
_FOOTNOTE_MARKS: Final = frozenset([*(chr(c) for c in range(0x2460, 0x2474)), "※"])  # ① … ⑳, ※
_GLUED_MARK_RE: Final = re.compile(r"(?<=\d)(?:[\u2460-\u2473]|[*＊※]+)$")
_MARK_CHARS_RE: Final = re.compile(r"[\u2460-\u2473*＊※%％]")


def marks_apart(words: list[str]) -> list[str]:
    """The words of a line with the marks printed after its figures set right: a footnote mark after a
    figure taken off (glued or a word of its own), a percent sign a space after its figure joined to it
    ("8.0 %" is one percentage)."""
    out: list[str] = []
    for word in words:
        after_figure = bool(out) and parse_amount(out[-1]) is not None
        if after_figure and word in _FOOTNOTE_MARKS:
            continue
        if after_figure and word in ("%", "％"):
            out[-1] += word
            continue
        bare = _GLUED_MARK_RE.sub("", word)
        out.append(bare if bare != word and parse_amount(bare) is not None else word)
    return out


def cell_value(token: str) -> Decimal | None:
    """The amount of a table cell's token: an amount, or zero for a dash printed in an empty cell."""
    value = parse_amount(token)
    return _ZERO if value is None and token in _DASHES else value


def _split_numeric(segment: Segment) -> list[Cell] | None:
    """The amounts of a segment when it holds only amounts ("2,106.66" or, in text, "1.00 2.00")."""
    text = join_split_amounts(segment.text.strip())
    tokens = unglued(text.split())
    if _MARK_CHARS_RE.search(text):
        marked = marks_apart(tokens)
        if marked != tokens:
            text, tokens = " ".join(marked), marked
    values = [cell_value(t) for t in tokens]
    if not tokens or None in values:  # (no Decimal equals None)
        return None
    if len(tokens) == 1:
        return [Cell(segment, values[0], tokens[0])]
    cells = []
    if segment.x0 is None:
        return [Cell(Segment(t, None, None), v, t) for t, v in zip(tokens, values, strict=True)]
    width = (segment.x1 - segment.x0) / max(len(text), 1)
    offset = 0
    for token, value in zip(tokens, values, strict=True):
        start = text.index(token, offset)
        offset = start + len(token)
        cells.append(
            Cell(Segment(token, segment.x0 + start * width, segment.x0 + offset * width), value, token)
        )
    return cells


# Every amount read_row finds holds a digit (any \d: full-width ones too), or is a dash or slash keeping an
# empty cell's place.
FIGURE_CHAR_RE: Final = re.compile(r"[\d/／\-－−–—]")


def may_print_figures(line: Line) -> bool:
    """Whether read_row could find amounts on the line: False for a line printing neither a digit nor a
    dash (a cheap test before reading a line only to know whether it prints figures)."""
    return FIGURE_CHAR_RE.search(line.text) is not None


def read_row(
    line: Line, code_kind: str = "functional", notes_after: int = 0, codes_before_money: int = 0
) -> Row:
    """Split a line into its code (3/5/7 digits, also printed split as "201 06 01"), label and amounts.

    Amounts are the trailing segments that are numbers; for plain text (no positions) the trailing number
    tokens of the line. `notes_after`: how many text columns the table prints after its money (资金来源,
    备注): the figures are the last ones before the text the line ends with, or before as many dashes (a
    remark's empty mark, "… 2,500.00 /"). `codes_before_money`: how many code columns a table of named rows
    prints right before its money (its header says so): bare numbers there are codes, not figures."""
    positioned = line.positioned
    if positioned:
        segments = list(line.segments)
        if code_kind == "after_name":
            segments = _codes_apart(segments)
        if _GLUED_FIGURE_RE.search(line.text):
            segments = _figures_off_names(segments)
    else:
        # Plain text: split the one segment into words so codes and trailing numbers separate.
        words = unglued(join_split_amounts(line.segments[0].text).split()) if line.segments else []
        if _MARK_CHARS_RE.search(line.text):
            words = marks_apart(words)
        segments = [Segment(w, None, None) for w in words]
    code_parts: list[str] = []
    index = 0
    while index < len(segments):
        text = compact(segments[index].text)
        if not code_parts:
            # A code printed "201-01-01", "301-01" or in brackets ("[30101]基本工资", "【2010101】") is the
            # code its digits make.
            text = code_word(text)
            match = _CODE_HEAD_RE.match(text)
            if (
                not match
                # a table of named rows without a code column, or with it after the name's
                or code_kind in ("named", "after_name")
                or (code_kind in ("functional", "subject_first") and text[0] not in "12")
                or (code_kind == "economic" and text[0] not in "35")
            ):
                break
            code_parts.append(match.group(1))
            rest = text[match.end() :]
            if rest:  # code and name in one segment: "2010601行政运行"
                if parse_amount(rest) is not None:
                    code_parts = []
                    break
                segments[index] = Segment(rest, segments[index].x0, segments[index].x1)
                break
        elif _CODE_PART_RE.match(text) and len("".join(code_parts)) in (3, 5):
            code_parts.append(text)
        elif (
            (glued := PART_THEN_NAME_RE.match(text))
            # (after a code printed in parts, or a class code alone: a whole 款 code "21301" and a name
            # opening with a number, "10万亩…", are no such code)
            and (len(code_parts) > 1 or len(code_parts[0]) == 3)
            and len("".join([*code_parts, glued[1]])) in (5, 7)
        ):
            # the code's last part printed against the name ("301 01基本工资", "201 06 01行政运行")
            code_parts.append(glued.group(1))
            segments[index] = Segment(text[glued.end() :], segments[index].x0, segments[index].x1)
            break
        else:
            break
        index += 1
    code = "".join(code_parts) or None
    if code is not None and len(code) not in (3, 5, 7):
        code = None
        index = 0
    spoiled: list[str] = []
    if code is None and segments and code_kind in ("functional", "economic", "subject_first"):
        # a code a scan's text misread ("2O80505", "3O109", "2l369"): no code, nor any piece of the name
        misread = _SPOILED_CODE_RE.match(compact(segments[0].text))
        if misread is not None and any(ch in "OolISB" for ch in misread.group()):
            spoiled.append(misread.group())
    amounts: list[Cell] = []
    end = len(segments)
    if notes_after:
        tail = end
        while tail > index and not _ends_in_figure(segments[tail - 1], positioned):
            tail -= 1
        # The money prints decimals where the notes may print a year ("一般公共预算 2023 年续建"): where
        # text follows the row's last figure printing decimals, the figures end there.
        decimal = next(
            (
                k
                for k in range(end - 1, index, -1)
                if "." in segments[k].text and _ends_in_figure(segments[k], positioned)
            ),
            None,
        )
        if (
            decimal is not None
            and decimal + 1 < end
            and not all(_ends_in_figure(segment, positioned) for segment in segments[decimal + 1 : end])
        ):
            end = decimal + 1
        elif tail < end and tail > index:
            end = tail  # the text cells after the figures are no part of the label
        elif tail == end:
            while (
                end - tail < notes_after and tail > index + 1 and segments[tail - 1].text.strip() in _DASHES
            ):
                tail -= 1
            end = tail
    # Percentages after the figures (增减%, 占比) are no amounts; the figures before them are. Only after a
    # figure: "增长10%" ending a label stays the label's.
    rates = end
    if _HAS_PERCENT(line.text):
        while rates > index and _PERCENT_CELL_RE.match(halfwidth(segments[rates - 1].text.strip())):
            rates -= 1
    if rates < end and rates > index and _ends_in_figure(segments[rates - 1], positioned):
        end, percentages = rates, tuple(s.text.strip() for s in segments[rates:end])
    else:
        percentages = ()
    if not positioned:
        # Plain text: each word is one token already joined and split, so a number is one cell.
        while end > index:
            segment = segments[end - 1]
            value = cell_value(segment.text)
            if value is None:
                if not spoiled_figure(segment.text):
                    break
                spoiled.append(segment.text)
            else:
                amounts.append(Cell(segment, value, segment.text))
            end -= 1
        amounts.reverse()
    else:
        while end > index:
            cells = _split_numeric(segments[end - 1])
            if cells is None:
                if not spoiled_figure(segments[end - 1].text.strip()):
                    break
                spoiled.append(segments[end - 1].text.strip())
            else:
                amounts[:0] = cells
            end -= 1
    # 项目名称 | 单位名称 | 功能科目编码 | 合计 …: the code columns standing just before the money (as the
    # header says) print bare numbers where the money prints its decimals: codes' cells, no figures (not on
    # a 合计 row, which prints no code)
    for _ in range(
        codes_before_money if end > index and compact(segments[end - 1].text) not in _TOTAL_LABELS else 0
    ):
        if not (
            len(amounts) > 1
            and _CODE_CELL_RE.fullmatch(amounts[0].raw.strip())
            and any("." in c.raw for c in amounts[1:])
        ):
            break
        code_cell = amounts.pop(0).segment
        if end < len(segments) and segments[end] is code_cell:
            end += 1
        else:  # (printed close to the first figure, one positioned segment with it)
            segments = [*segments[:end], code_cell, *segments[end:]]
            end += 1
    subject_name = None
    if (
        code_kind == "after_name"
        and (after := _code_after_name(segments, index, end, bool(amounts))) is not None
    ):
        # 项目名称 | 科目编码 | 科目名称: the code a cell (a word) of its own after the name's
        code, subject_name = (
            segments[after].text.strip(),
            # (not another code column's number: 功能科目编码 | 经济科目编码)
            compact(
                "".join(
                    [s.text for s in segments[after + 1 : end] if not _CODE_CELL_RE.fullmatch(s.text.strip())]
                )
            ),
        )
        label = _named_label(segments, index, after)
    elif code_kind == "subject_first" and code is not None and end - index >= 2:
        # 科目编码 | 科目名称 | 项目名称: the word after the code is the subject's, the rest the project's
        subject_name = compact(segments[index].text)
        label = _named_label(segments, index + 1, end)
    elif code_kind in ("named", "after_name"):
        label = _named_label(segments, index, end)
    else:
        # (a list joins faster than a generator; every row is read through here)
        label = compact("".join([s.text for s in segments[index:end]]))
    figures = _figures_of(line, segments) if code is not None and not label else None
    # The 合计 row often shares its line with the 类/款/项 header cells above the codes.
    if label.startswith("类款项"):
        label = _HEADER_CELLS_RE.sub("", label)
    if code_kind == "economic":
        paired = paired_code_in(" ".join([s.text for s in segments[index:end]]), code)
        if paired:
            return Row(line, code, paired[0], amounts, paired[1], paired[2], spoiled=tuple(reversed(spoiled)))
    return Row(
        line,
        code,
        label,
        amounts,
        figures=figures,
        rates=percentages,
        subject_name=subject_name or None,
        spoiled=tuple(reversed(spoiled)),
    )


def paired_code_among_figures(code: str | None, amounts: list[Cell]) -> bool:
    """Whether an economic row's first "figure" may be the other classification's code (50102 beside
    30108), in a table printing both classifications' codes: as long as the row's code, of the other
    class's first digit, bare digits, a figure after it."""
    if not code or code[0] not in "35" or len(amounts) < 2:
        return False
    first = amounts[0].raw.strip()
    return len(first) == len(code) and first.isdigit() and first[0] in "35" and first[0] != code[0]


def may_open_code(segment: Segment, first_digits: str) -> bool:
    """Whether read_row could read a code (starting with one of `first_digits`) opening at a positioned
    segment: its text, brackets and dashes taken off, opens with 3, 5 or 7 digits. (A cheap test that
    tells most cells no code's before rows are read.)"""
    text = code_word(compact(segment.text))
    return text[:1] in first_digits and _CODE_HEAD_RE.match(text) is not None


_FUNCTIONAL_CODE_RE: Final = re.compile(r"2\d{2}(?:\d{2}){0,2}")
_CODE_CELL_RE: Final = re.compile(r"[235]\d{2}(?:\d{2}){0,2}")  # a functional or economic code's cell
_CODE_THEN_NAME_RE: Final = re.compile(r"(2\d{2}(?:\d{2}){0,2}) (\S.*)")


# A figure printed against the end of a name, a long name run into the first figure's cell ("…安排的支出
# 1,850.00" read as one cell): thousands separators or two decimals, right after a CJK character.
_GLUED_FIGURE_RE: Final = re.compile(
    r"[\u4e00-\u9fff）)](-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}))(?=\s|$)"
)


def _figures_off_names(segments: list[Segment]) -> list[Segment]:
    """Cells of a positioned line with a figure glued to the name before it parted: the name's cell and
    the figure's, each at its place (in layout text a character a column; in a PDF's cell, by the widths
    its characters print)."""
    out: list[Segment] = []
    for segment in segments:
        glued = _GLUED_FIGURE_RE.search(segment.text)
        if glued is None or glued.end() != len(segment.text.rstrip()) or segment.x0 is None:
            out.append(segment)
            continue
        start = glued.start(1)
        name, figure = segment.text[:start], segment.text[start:].rstrip()
        if abs(segment.x1 - segment.x0 - display_width(segment.text)) < 0.01:
            # layout text: a character a column, each cell as wide as it prints (see layout._text_line)
            at = segment.x0 + len(name)
            out += [
                Segment(name, segment.x0, segment.x0 + display_width(name)),
                Segment(figure, at, at + display_width(figure)),
            ]
            continue
        # a PDF's cell: its width shared by its characters as they print
        width = (segment.x1 - segment.x0) / max(display_width(segment.text), 1)
        middle = segment.x0 + display_width(name) * width
        out += [Segment(name, segment.x0, middle), Segment(figure, middle, segment.x1)]
    return out


def _codes_apart(segments: list[Segment]) -> list[Segment]:
    """A project table's cells with a functional code printed one space before its subject's name
    ("2140199 其他公路水路运输支", one cell of pdftotext -layout's) parted into the code's cell and the
    name's, each at its place (a character a column)."""
    out: list[Segment] = []
    for segment in segments:
        found = _CODE_THEN_NAME_RE.fullmatch(segment.text.strip())
        if found is None or segment.x0 is None or out == []:
            out.append(segment)
            continue
        start = segment.x0 + len(segment.text) - len(segment.text.lstrip())
        code_end = start + len(found.group(1))
        out += [Segment(found.group(1), start, code_end), Segment(found.group(2), code_end + 1, segment.x1)]
    return out


def _code_after_name(segments: list[Segment], start: int, stop: int, figures: bool = True) -> int | None:
    """The index of the cell (word) after a name's that is a functional code in full, or None: the longest
    such word, the first of equals (a name may hold a road's number: "国道 210 线…" before 2140106). A
    line of figures opening with a code and a subject's name, no project's name before it: the code's."""
    found = [
        k
        for k in range(start + 1, stop)
        if _FUNCTIONAL_CODE_RE.fullmatch(segments[k].text.strip())
        and not segments[k - 1].text.strip().isdigit()
    ]
    if found:
        return max(found, key=lambda k: (len(segments[k].text.strip()), -k))
    # a line opening with the code, its subject's name and figures: the project's name printed on the
    # lines above it (a tall cell)
    if figures and start < stop - 1 and _FUNCTIONAL_CODE_RE.fullmatch(segments[start].text.strip()):
        return start
    return None


def _named_label(segments: list[Segment], start: int, stop: int) -> str:
    """The label of a named row; a number in a cell of its own before the name (a 项目编号 column) is
    kept apart from it."""
    if stop - start > 1 and segments[start].text.strip().isdigit():
        name = compact("".join([s.text for s in segments[start + 1 : stop]]))
        return f"{compact(segments[start].text)} {name}"
    return compact("".join([s.text for s in segments[start:stop]]))


_PERCENT_CELL_RE: Final = re.compile(r"^[-−]?\d+(?:\.\d+)?\s?%$")
_HAS_PERCENT: Final = re.compile("[%％]").search  # (most lines print none: the cells need not be looked at)


def _ends_in_figure(segment: Segment, positioned: bool) -> bool:
    if not positioned:
        return cell_value(segment.text) is not None
    return _split_numeric(segment) is not None


def _figures_of(line: Line, segments: list[Segment]) -> list[Cell] | None:
    """Every token of a line as a figure, or None when one is not a figure (a code's part "05" is not)."""
    if not line.positioned:
        values = [parse_amount(s.text) for s in segments]
        if any(v is None for v in values):
            return None
        return [Cell(s, v, s.text) for s, v in zip(segments, values, strict=True)]
    cells: list[Cell] = []
    for segment in line.segments:
        split = _split_numeric(segment)
        if split is None:
            return None
        cells += split
    return cells
