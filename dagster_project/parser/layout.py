"""Turn a document (text or PDF) into numbered lines of positioned segments.

A ``Line`` is one visual row of the document; a ``Segment`` is a run of text with its horizontal extent.
For PDF input the rows come from the page geometry: text runs are grouped into visual lines by their
vertical overlap, and visual lines that fall inside one ruled table row (between two horizontal rules)
are merged, so a name wrapped over two lines and numbers centred vertically in a tall cell end up in one
row; the text of a cell merged down over several rows (the rules of the rows stop at its sides) joins its
top row. For ``pdftotext -layout`` text, segments are runs separated by two or more spaces (or a figure and
a label one space apart); a segment starts at its character offset and extends by its printed width.
Plain text has no usable positions: each line is one segment with ``x0 = None``.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
import unicodedata
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median
from typing import Final

from .tokens import compact
from .vocabulary import COLUMN_LABELS

# Source line numbers of PDF rows: page * PAGE_STRIDE + row index on the page (pages count from 1).
PAGE_STRIDE: Final = 1000


# The classes made thousands of times a parse (Segment, Line; rows.Cell, rows.Row) write their __init__: the
# dataclass decorator's own is Python that mypyc leaves interpreted, this one is compiled (a Segment made in
# 37 ns instead of 170). Same parameters, names and defaults as their fields.
@dataclass(slots=True)
class Segment:
    text: str
    x0: float | None
    x1: float | None

    def __init__(self, text: str, x0: float | None, x1: float | None) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1

    @property
    def xc(self) -> float | None:
        return None if self.x0 is None else (self.x0 + self.x1) / 2


@dataclass(slots=True)
class Line:
    number: int  # 1-based line of a text file, or page * PAGE_STRIDE + row for PDF
    page: int | None
    segments: list[Segment]
    # x of the vertical rules (cell borders) drawn across this row, when the PDF draws them
    rules: tuple[float, ...] = ()
    # Whether the line is the page's printed page number (see ``mark_page_numbers``); None when the
    # document has no page breaks to tell by.
    page_number: bool | None = None
    # The joined text (read thousands of times a document: an attribute, not a property). A line's
    # segments do not change once it is made.
    text: str = field(init=False, repr=False, compare=False)
    # Whether a table reader takes the line for no part of a row (``functional.is_noise``), decided on first
    # use, after the page numbers are marked.
    noise: bool | None = field(default=None, repr=False, compare=False)
    # Whether its segments carry positions (PDF or layout text); plain text's one segment has none.
    positioned: bool = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        number: int,
        page: int | None,
        segments: list[Segment],
        rules: tuple[float, ...] = (),
        page_number: bool | None = None,
        noise: bool | None = None,
    ) -> None:
        self.number = number
        self.page = page
        self.segments = segments
        self.rules = rules
        self.page_number = page_number
        self.noise = noise
        # (a list joins faster than a generator; a plain text's line is one segment, its text as it is)
        self.text = segments[0].text if len(segments) == 1 else " ".join([s.text for s in segments])
        self.positioned = bool(segments) and segments[0].x0 is not None

    def cell_interval(self, segment: Segment) -> tuple[float, float] | None:
        """The ruled cell a segment sits in: the rules left and right of its centre."""
        if segment.x0 is None or len(self.rules) < 2:
            return None
        xc = segment.xc
        left = [r for r in self.rules if r <= xc]
        right = [r for r in self.rules if r > xc]
        return (left[-1], right[0]) if left and right else None


class ExtractionError(Exception):
    """A document whose text cannot be read at all (encrypted, broken, scanned); message is user-facing."""


class _WideCharacters(dict):
    """A translation table keeping a text's wide characters (East Asian width W or F) and dropping the
    others, each character's width looked up once: `str.translate` then counts them at C speed (half the
    time of summing a width per character, on a layout text's 35,000 characters)."""

    def __missing__(self, codepoint: int) -> str:
        character = chr(codepoint)
        kept = self[codepoint] = character if unicodedata.east_asian_width(character) in "WF" else ""
        return kept


_WIDE: Final = _WideCharacters()


def _wide_runs(blocks: list[tuple[int, int]]) -> str:
    """A pattern of runs of the characters of these code point blocks that are wide (W or F), as the
    running Python's character database says."""
    ranges, start = [], None
    for first, last in blocks:
        for codepoint in range(first, last + 2):
            wide = codepoint <= last and unicodedata.east_asian_width(chr(codepoint)) in "WF"
            if wide and start is None:
                start = codepoint
            elif not wide and start is not None:
                ranges.append(f"{chr(start)}-{chr(codepoint - 1)}")
                start = None
    return f"[{''.join(ranges)}]+"


# The wide characters a report prints most (CJK punctuation, ideographs, full-width forms): taken off by
# one pattern run, not looked up one by one (a translation makes an object a character).
_COMMON_WIDE_RE: Final = re.compile(_wide_runs([(0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF60)]))


def display_width(text: str) -> int:
    """Columns a text takes when printed (CJK characters are two columns wide)."""
    if text.isascii():
        return len(text)
    rest = _COMMON_WIDE_RE.sub("", text)
    # (ASCII is never wide: what is left of most cells need not be looked up)
    wide = len(text) - len(rest) + (0 if rest.isascii() else len(rest.translate(_WIDE)))
    return len(text) + wide


_RUN_RE: Final = re.compile(r"\S+(?: \S+)*")
# A numbered item's opening word ("四、其他支出").
_NUMBERED_ITEM_WORD_RE: Final = re.compile(r"^[一二三四五六七八九十]+、")
# A figure printed with its decimals or thousands separators ("86,959,408.34"), never part of a label.
_FIGURE_RE: Final = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^-?\d{1,3}(?:,\d{3})+$")


# A code of the next block pushed against a figure: one space apart ("12.85 30216") or none ("120.3030205",
# a figure printed to two decimals, then a 3/5/7-digit code).
_CODE_WORD_RE: Final = re.compile(r"^[1-5]\d{2}(?:(?:\d{2}){0,2}|(?:-\d{2}){1,2})$")  # also "302-01"
_FIGURE_THEN_CODE_RE: Final = re.compile(r"^(-?[\d,]*\d\.\d{2})([1-5]\d{2}(?:\d{2}){0,2})$")


_EMPTY_MARKS: Final = ("-", "--", "—", "－", "–")


_PERCENT_WORD_RE: Final = re.compile(r"^-?\d+(?:\.\d+)?[%％]$")


def _cells_of_run(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of words one space apart is one cell ("208 05 05", "1.00 2.00"), except where a figure and
    a label stand one space apart: two cells pushed together ("86,959,408.34 一、公共安全支出" of a
    two-sided summary); and where a figure and the next block's code stand one space apart or together
    ("12.85 30216", "120.3030205": a figure has no more than its two decimals)."""
    run = raw[start:end]  # words one space apart (_RUN_RE): no space at either end
    if " " not in run and ("." not in run or not _FIGURE_THEN_CODE_RE.match(run)):
        return [(start, end)]  # one word, no figure glued to a code (most runs)
    cuts, position = [start], start
    words = run.split(" ")
    figure = [_FIGURE_RE.match(word) is not None for word in words]
    last = len(words) - 1
    for n, word in enumerate(words):
        if "." in word and (glue := _FIGURE_THEN_CODE_RE.match(word)):
            cuts.append(position + glue.end(1))  # the figure's end, the code's start
        position += len(word) + 1
        if n == last:
            break
        following = words[n + 1]
        if (
            (figure[n] != figure[n + 1] and not (word.isascii() and following.isascii()))
            or ((figure[n] or word in _EMPTY_MARKS) and _CODE_WORD_RE.match(following))
            # a change and its rate one space apart ("-80.00 -28.57%"): two cells
            or (figure[n] and _PERCENT_WORD_RE.match(following))
            # a whole number, a zero, before the other side's numbered item ("0 四、其他支出")
            or (word.isdigit() and _NUMBERED_ITEM_WORD_RE.match(following))
        ):
            cuts.append(position)  # also an empty cell's dash before the next block's code ("- 30206")
    ends = [*cuts[1:], end]
    return [(a, b - 1 if b != end and raw[b - 1] == " " else b) for a, b in zip(cuts, ends, strict=True)]


# Characters that carry nothing: zero-width spaces and joiners, a BOM inside the text (copied from web pages).
_INVISIBLE_CHARS: Final = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE: Final = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
# Cell borders of tables drawn with box-drawing characters or pipes (Word's and converters' text, Markdown):
# a border is a tab between cells, as in a table copied out of Excel (its padding is no layout); a line of
# borders only is no line.
_BORDER_RE: Final = re.compile(r"[ \t]*[│┃┆┊║|][ \t]*")
_BORDER_LINE_RE: Final = re.compile(r"^[\s|:+\-─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋║]*$")


_BORDER_CHARS: Final = "│┃┆┊║|─━═┌└├┼╔╚╠╬┏┗┣╋"
_BORDER_CHAR_RE: Final = re.compile(f"[{_BORDER_CHARS}]")


def _without_borders(raw: str) -> str:
    if _BORDER_CHAR_RE.search(raw) is None:
        return raw
    if len(raw.strip()) >= 3 and _BORDER_LINE_RE.match(raw) and any(ch in raw for ch in "|─━═+┼║"):
        return ""
    return _BORDER_RE.sub("\t", raw).strip("\t")


# A comma parting fields (CSV): not a thousands separator ("1,234.56"), which three digits follow.
_FIELD_COMMA_RE: Final = re.compile(r',(?!\d{3}(?:[^\d]|$))|^"|"$')


def _csv_rows(raw_lines: list[str]) -> list[str] | None:
    """The lines of a comma-separated export (Excel's CSV: fields parted by commas, figures with separators
    quoted: '201,一般公共服务支出,"7,275,645.02",,') with tabs between their fields, as a table copied out
    of Excel; None when the text is no CSV (most lines with a field comma, several each)."""
    lines = [raw for raw in raw_lines if raw.strip()]
    fielded = [raw for raw in lines if raw.count(",") >= 2 and len(_FIELD_COMMA_RE.findall(raw)) >= 2]
    if not lines or len(fielded) * 2 < len(lines):
        return None
    out = []
    for raw in raw_lines:
        if len(_FIELD_COMMA_RE.findall(raw)) >= 2:
            fields = next(csv.reader([raw]), [])
            raw = "\t".join(field.strip() for field in fields).strip("\t")
        out.append(raw)
    return out


def lines_from_text(text: str) -> list[Line]:
    """Lines of a text rendition. Layout text (runs of 2+ spaces between cells) keeps positions."""
    # (rare; translating every text costs more than looking, and looking for each character with ``in``
    # costs a seventh of a regular expression's character class over a whole text)
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text = text.translate(_INVISIBLE)
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    bordered = any(ch in text for ch in _BORDER_CHARS)  # (most texts draw no border)
    if (
        bordered
        and _bars_in_columns(raw_lines)
        and _is_layout([_VERTICAL_BORDER_RE.sub(" ", raw) for raw in raw_lines])
    ):
        # layout text whose cells a scan's or a converter's text parts with bars ("|  721.58 |"): the bars
        # are blanks, the cells keep their columns
        raw_lines = [
            "" if _BORDER_LINE_RE.match(raw) and raw.strip() else _VERTICAL_BORDER_RE.sub(" ", raw)
            for raw in raw_lines
        ]
    elif bordered:
        raw_lines = [_without_borders(raw) for raw in raw_lines]
    # (a CSV's lines hold two field commas each, at least half of them)
    if text.count(",") >= len(raw_lines):
        raw_lines = _csv_rows(raw_lines) or raw_lines
    layout = _is_layout(raw_lines)
    page = 1
    lines: list[Line] = []
    for number, raw in enumerate(raw_lines, start=1):
        # A page break opens its page's first line (pdftotext); one after text on the line (pages joined with
        # "\f" by other extractors, whose pages end without a newline) ends that line first. Both pieces keep
        # the file's line number.
        for k, piece in enumerate(raw.split("\f")):
            if k:
                page += 1
            if piece.strip():
                lines.append(_text_line(piece, number, page, layout))
    mark_page_numbers(lines)
    return lines


_VERTICAL_BORDER_RE: Final = re.compile("[│┃┆┊║|]")


def _bars_in_columns(raw_lines: list[str]) -> bool:
    """Whether the bars of a text stand in columns, line after line at the same characters (layout text a
    scan's or a converter's text drew bars into), not where each row's cells happen to end (Markdown, or
    box-drawing padded to display widths: their rows are read cell by cell, the bars as tabs)."""
    barred = [
        tuple(m.start() for m in _VERTICAL_BORDER_RE.finditer(raw))
        for raw in raw_lines
        if _VERTICAL_BORDER_RE.search(raw)
    ]
    if len(barred) < 3:
        return False
    # (a line's bars where the line before or after it has them: a table's rows; tables differ)
    aligned = sum(
        1
        for n, bars in enumerate(barred)
        if (n and barred[n - 1] == bars) or (n + 1 < len(barred) and barred[n + 1] == bars)
    )
    return 4 * aligned >= 3 * len(barred)


def _is_layout(raw_lines: list[str]) -> bool:
    """Whether text lines are pdftotext -layout's: columns aligned with runs of spaces (plain output almost
    never has them)."""
    spaced = sum(1 for ln in raw_lines if "   " in ln.strip())
    # (a short text, a table or two, when a quarter of its lines hold the wide runs pdftotext pads cells
    # with; hand-typed text parts its cells with a few spaces, and blank cells dropped shift them)
    if spaced > max(20, len(raw_lines) // 10):
        return True
    wide = [ln for ln in raw_lines if "      " in ln.strip()]
    # (a table or two of a dozen lines: its figures aligned in columns, as pdftotext places them, not
    # parted by a few spaces typed by hand after names of any length)
    return 4 * len(wide) > len(raw_lines) and (len(wide) >= 8 or (len(wide) >= 4 and _aligned(wide)))


def _text_line(raw: str, number: int, page: int, layout: bool) -> Line:
    if layout:
        # pdftotext -layout starts each cell at the column of its place on the page, then writes its
        # characters one column each, though a CJK character is about two columns wide on the page:
        # a cell's start is its character offset, its extent the width it takes printed.
        segments = [
            Segment(cell, start, start + display_width(cell))
            for m in _RUN_RE.finditer(raw)
            for start, end in _cells_of_run(raw, m.start(), m.end())
            if (cell := raw[start:end])
        ]
        segments = spread_labels_joined(segments)
    else:
        segments = [Segment(raw.strip(), None, None)]
    return Line(number, page, segments)


# Header labels a sheet may print spread over their cell (distributed alignment: "合    计",
# "基  本  支  出"): characters (or pairs) a cell apart, read as one label where together they make a
# column's label.
_SPREAD_LABELS: Final = frozenset(
    (
        *(fragment for fragment, _key in COLUMN_LABELS),
        *("合计", "小计", "总计", "金额", "项目", "科目", "名称", "编码", "备注", "预算", "决算"),
    )
)


def spread_labels_joined(segments: list[Segment]) -> list[Segment]:
    """A line's cells with a label printed spread out, its characters apart (合 | 计, 基 | 本 | 支 | 出),
    joined into one cell spanning them; only on a line printing no figure (a header's), only into a known
    label, and only across gaps of a few characters' width."""
    if (
        len(segments) < 2
        or not any(len(seg.text.strip()) == 1 for seg in segments)
        or any(ch.isdigit() for seg in segments for ch in seg.text)
    ):
        return segments  # (most lines: no character alone, or figures printed)
    out: list[Segment] = []
    n = 0
    while n < len(segments):
        joined = None
        for k in range(min(6, len(segments) - n), 1, -1):  # the longest label first
            run = segments[n : n + k]
            text = "".join(seg.text.strip() for seg in run)
            if (
                all(len(seg.text.strip()) <= 2 for seg in run)
                and any(len(seg.text.strip()) == 1 for seg in run)
                and text in _SPREAD_LABELS
                and all(b.x0 - a.x1 <= 6 * (a.x1 - a.x0) / len(a.text.strip()) for a, b in pairwise(run))
            ):
                joined = Segment(text, run[0].x0, run[-1].x1)
                n += k
                break
        if joined is None:
            joined = segments[n]
            n += 1
        out.append(joined)
    return out


def _aligned(lines: list[str]) -> bool:
    """Whether these lines look placed by pdftotext -layout rather than typed by hand with a few spaces
    between cells: their figures stand in columns (most end where figures of two other lines end, give or
    take a character: a column right-aligned), or the gaps between cells are of many widths (a cell starts
    at its place on the page), not one width typed after names of every length."""
    ends = [
        (n, m.end())
        for n, line in enumerate(lines)
        for m in _WORD_RE.finditer(line)
        if _FIGURE_RE.match(m.group())
    ]
    shared = sum(
        1 for n, end in ends if len({other for other, e in ends if other != n and abs(e - end) <= 1}) >= 2
    )
    gaps = {len(gap) for line in lines for gap in _GAP_RE.findall(line.strip())}
    return (len(ends) >= 4 and 2 * shared >= len(ends)) or len(gaps) >= 3


_GAP_RE: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
_WORD_RE: Final = re.compile(r"\S+")


_PAGE_NUMBER_RE: Final = re.compile(r"^[-—]?\s*(\d{1,3})\s*[-—]?$")
# Page footers that say what they are ("第3页", "第3页共20页", "共20页第3页", "3/20", "- 12 -", "~ 12 ~": no
# figure is printed between two dashes), spaces removed.
# (and "第 8 页" whose number a PDF draws apart from its words, read "第页 8")
_PAGE_FOOTER_RE: Final = re.compile(
    r"^(?:共\d+页[,，]?)?第\d+页(?:[,，/]?共\d+页)?$|^[-—]?\d{1,4}/\d{1,4}[-—]?$|^[-—–－~～]\d{1,4}[-—–－~～]$"
    r"|^(?:第页\d{1,4}|\d{1,4}第页)$"
    # (a scan's text reading a letter for a digit: "第l2页")
    r"|^第(?=[\dlIOo]*\d)[\dlIOo]{1,4}页$"
)


_DASHED_PAGE_RE: Final = re.compile(r"^[-—–－]\d{1,4}[-—–－]$")


def is_page_footer(text: str) -> bool:
    """Text that says it is a page's number ("第 3 页", "第3页共20页", "3/20", "- 12 -")."""
    text = compact(text)
    return _may_be_page_footer(text) and bool(_PAGE_FOOTER_RE.match(text))


_FOOTER_FIRSTS: Final = frozenset("共第-—–－~～")
_FOOTER_LASTS: Final = frozenset("页-—–－~～")


def _may_be_page_footer(text: str) -> bool:
    """What every page footer _PAGE_FOOTER_RE reads opens and ends with (a digit, a dash, 共 / 第, 页): looked
    at first, as most lines, a table's names and the narrative's sentences, do not."""
    first, last = text[:1], text[-1:]
    return (first in _FOOTER_FIRSTS or first.isdecimal()) and (last in _FOOTER_LASTS or last.isdecimal())


def is_page_line(line: Line) -> bool:
    """A page's footer or header number: "第 3 页 共 20 页" or "3/20" anywhere (neither a figure nor a
    name); a lone number only where it runs with the page breaks (``mark_page_numbers``), or, in a text
    without page breaks to tell by, any lone short number."""
    text = compact(line.text)
    if _may_be_page_footer(text) and _PAGE_FOOTER_RE.match(text):  # is_page_footer, compacted already
        return True
    if line.page_number is not None:
        return line.page_number
    return bool(_PAGE_NUMBER_RE.match(text))


def mark_page_numbers(lines: list[Line]) -> None:
    """Mark the lines that print the page's number: a lone number among the first two or last three lines
    of its page (pdftotext may set the footer just before the page's last cell), whose number runs with
    the page count: another page within two prints the number at the same offset from its page. So a lone
    figure ("0", "150") or class code ("208") at a page's edge stays a cell of its table. Without page
    breaks (text not from pdftotext) nothing can be told: page_number stays None."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page or 1, []).append(line)
    if len(pages) < 2:
        return
    candidates: list[tuple[Line, int, int]] = []
    for page, on_page in pages.items():
        for position, line in enumerate(on_page):
            line.page_number = False
            if position < 2 or position >= len(on_page) - 3:
                match = _PAGE_NUMBER_RE.match(line.text.strip())
                if match and not (len(match.group(1)) > 1 and match.group(1)[0] == "0"):
                    candidates.append((line, page, int(match.group(1)) - page))
    for line, page, offset in candidates:
        line.page_number = any(
            other_offset == offset and other_page != page and abs(other_page - page) <= 2
            for _, other_page, other_offset in candidates
        )


# --- PDF -----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Run:
    text: str
    x0: float
    x1: float
    bottom: float
    top: float


def _path_bounds(page, raw):
    """Bounds of every path object of a page, also inside form XObjects (one level), in the order they
    are painted, each with whether it is a mask ("mask": a rectangle filled white and not stroked, which
    hides what was painted under it, as report generators draw the whole grid, then mask the rules inside
    merged cells) or a shade ("shade": filled with a light tint, not stroked: a cell's background). Read
    through the raw PDFium API: the object wrappers cost more than the geometry on table-heavy pages."""
    import ctypes

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    colour = [ctypes.c_uint() for _ in range(4)]
    colour_refs = [ctypes.byref(c) for c in colour]

    def masks(obj) -> str | None:
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroked)):
            return None
        if not fill_mode.value or stroked.value or not raw.FPDFPageObj_GetFillColor(obj, *colour_refs):
            return None
        red, green, blue, alpha = (c.value for c in colour)
        if alpha == 0:
            return None
        lightest = min(red, green, blue)
        # white hides what lies under it; a light tint (a grey header, zebra rows) only shades its cells
        return "mask" if lightest >= 250 else "shade" if lightest >= 160 else None

    def walk(objects, depth: int):
        for obj in objects:
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                if raw.FPDFPageObj_GetBounds(obj, *refs):
                    yield left.value, bottom.value, right.value, top.value, masks(obj)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 1:
                children = [
                    raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj))
                ]
                yield from walk(children, depth + 1)

    yield from walk(
        [raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw))], 0
    )


def _turned(
    box: tuple[float, float, float, float], rotation: int, media
) -> tuple[float, float, float, float]:
    """A box of a page's own space as the page is shown: a page stored portrait with /Rotate 90 (a
    landscape sheet) is read turned, as a viewer shows it."""
    if rotation not in (90, 180, 270):
        return box
    left, bottom, right, top = box
    width, height = media[2] - media[0], media[3] - media[1]
    corners = [(left - media[0], bottom - media[1]), (right - media[0], top - media[1])]
    if rotation == 90:
        points = [(y, width - x) for x, y in corners]
    elif rotation == 180:
        points = [(width - x, height - y) for x, y in corners]
    else:
        points = [(height - y, x) for x, y in corners]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _rules(
    page, raw, rotation: int = 0, media=None
) -> tuple[list[float], list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal rule y positions, vertical rules as (x, bottom, top), and the horizontal rules' pieces as
    (y, left, right), drawn on a page (as shown)."""
    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    for *box, mask in _path_bounds(page, raw):
        left, bottom, right, top = _turned(tuple(box), rotation, media)
        width, height = right - left, top - bottom
        if mask == "mask" and width > 4 and height > 4:
            hs, vs = _unmasked(hs, vs, (left, bottom, right, top))
        elif mask == "shade" and width > 4 and height > 4:
            continue  # a cell's background, no border: its edges part no cells
        elif height < 2.5 and width > 4:
            hs.append(((top + bottom) / 2, left, right))
        elif width < 2.5 and height > 4:
            vs.append(((left + right) / 2, bottom, top))
        elif width > 4 and height > 4:
            # A stroked rectangle: its edges are rules (cell borders drawn as boxes).
            hs.extend(((bottom, left, right), (top, left, right)))
            vs.extend(((left, bottom, top), (right, bottom, top)))
    return _dedupe([y for y, _left, _right in hs]), vs, hs


def _unmasked(
    hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]], mask: tuple
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The rules painted so far without their pieces a white mask covers: a rule crossing the mask's inside
    is cut where the mask lies over it (a rule along its border stays: the mask's edge meets it)."""
    left, bottom, right, top = mask
    edge = 1.0
    out_h: list[tuple[float, float, float]] = []
    for y, x0, x1 in hs:
        if bottom + edge < y < top - edge and x0 < right and x1 > left:
            out_h += [piece for piece in ((y, x0, left), (y, right, x1)) if piece[2] - piece[1] > 4]
        else:
            out_h.append((y, x0, x1))
    out_v: list[tuple[float, float, float]] = []
    for x, y0, y1 in vs:
        if left + edge < x < right - edge and y0 < top and y1 > bottom:
            out_v += [piece for piece in ((x, y0, bottom), (x, top, y1)) if piece[2] - piece[1] > 4]
        else:
            out_v.append((x, y0, y1))
    return out_h, out_v


def _dedupe(values: list[float], tolerance: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _visual_lines(runs: list[_Run]) -> list[list[_Run]]:
    """Group runs into visual lines: taken from the top of the page down, a run joins the current line
    when their vertical extents overlap by at least half the smaller height, unless it is printed across
    a glyph of the line of another size or height (a title and its unit line on one baseline, the title
    long enough to run into it: "一般公共预算…决算表" over "金额单位：万元"): the runs of its size and height
    then make a line of their own, as two texts printed across each other are two, not one line whose
    glyphs interleave."""
    rows: list[list[_Run]] = []
    bottom = top = 0.0
    level = True  # whether the current line's runs are all of one size on one baseline
    for run in sorted(runs, key=lambda r: -(r.top + r.bottom)):
        if rows:
            overlap = min(top, run.top) - max(bottom, run.bottom)
            if overlap >= 0.5 * min(max(run.top - run.bottom, 1.0), top - bottom):
                line = rows[-1]
                # (runs of one size on one baseline never cross: looked for only where the line holds others)
                same = _level(line[0], run)
                if (level and same) or not _crosses(line, run):
                    line.append(run)
                    bottom, top = min(bottom, run.bottom), max(top, run.top)
                    level = level and same
                    continue
                rows[-1] = [r for r in line if not _level(r, run)]
                rows.append([*(r for r in line if _level(r, run)), run])
                level = True  # (every run of the new line is of the run's size and height)
                bottom, top = min(r.bottom for r in rows[-1]), max(r.top for r in rows[-1])
                continue
        rows.append([run])
        level = True
        bottom, top = run.bottom, run.top
    return rows


def _level(a: _Run, b: _Run) -> bool:
    """Whether two runs are of one size on one baseline (heights within a tenth, centres within a quarter)."""
    height_a, height_b = a.top - a.bottom, b.top - b.bottom
    return abs(height_a - height_b) <= 0.1 * max(height_a, height_b, 1.0) and abs(
        (a.top + a.bottom) - (b.top + b.bottom)
    ) / 2 <= 0.25 * max(height_a, height_b, 1.0)


def _crosses(line: list[_Run], run: _Run) -> bool:
    """Whether a run is printed across a glyph of the line of another size or height (over half the
    narrower's width; a glyph drawn again at once, to make it bold, is no other, nor a note's mark set small
    and raised into the glyph before it, "…支出①": ``_join_runs`` drops that mark)."""
    for other in line:
        if (
            other.text != run.text
            and min(other.x1, run.x1) - max(other.x0, run.x0)
            > 0.5 * min(other.x1 - other.x0, run.x1 - run.x0)
            and not _level(other, run)
            and not _raised_small(run, other)
            and not _raised_small(other, run)
        ):
            return True
    return False


def _raised_small(small: _Run, big: _Run) -> bool:
    """Whether a run is set small and raised beside another (a superscript: under 0.8 of its height, above
    its middle; a figure column's smaller type raises a note's mark less)."""
    smaller = small.top - small.bottom < 0.8 * (big.top - big.bottom)
    return smaller and small.bottom > (big.top + big.bottom) / 2


def _join_runs(vline: list[_Run], rules: Sequence[float] = ()) -> list[_Run]:
    """Join runs of one visual line printed character by character (letter-spaced producers) into words:
    a gap under half the text height is inside a word, wider gaps separate cells. ``rules``: the vertical
    rules drawn across the line."""
    out: list[_Run] = []
    spaced = False  # whether the last run was built of glyphs set apart (see spaced_digits)
    for run in sorted(vline, key=lambda r: r.x0):
        if out:
            last = out[-1]
            height = max(last.top - last.bottom, run.top - run.bottom, 1.0)
            gap = run.x0 - last.x1
            # A number never ends in "." or ",": its digits continue in the next run even across a wide gap
            # (some producers space the glyphs of numbers out to justify them).
            split_number = last.text[-1:] in ".," and last.text[:1].isdigit() and run.text[:1].isdigit()
            # Digits spaced out wider ("2 , 8 6 8 . 5 7"): inside one ruled cell (a cell holds one figure)
            # up to one and a half heights apart, in an unruled table up to most of a height (its columns
            # stand much further apart).
            # Only glyphs set apart from the first join so: a figure set tight ("12500000") ends at a wider
            # gap, the next figure in a narrow cell ("10000000") is another cell.
            spaced_digits = (
                len(run.text) == 1
                and (len(last.text) == 1 or spaced)
                and gap < (1.5 if len(rules) > 1 else 0.9) * height
                and not any(last.x1 <= x <= run.x0 for x in rules)
                and _NUMBER_PIECE_RE.match(last.text + run.text) is not None
            )
            if (
                gap < 0.45 * height
                and (
                    _WHOLE_FIGURE_RE.search(last.text)
                    or (_NAME_END_RE.search(last.text) and _NOTE_MARK_RE.match(run.text))
                )
                and run.top - run.bottom < 0.7 * (last.top - last.bottom)
                and run.bottom > (last.top + last.bottom) / 2
            ):
                # A note's mark set small and raised after a figure ("1,542.75²", as Word sets a
                # superscript) or a name ("老旧小区改造¹"): no digit of the figure, nor of the name.
                continue
            if gap < 0.45 * height or (split_number and gap < 3 * height) or spaced_digits:
                if gap >= 0.45 * height:  # a tight join keeps what the run was
                    spaced = spaced_digits
                out[-1] = _Run(
                    last.text + run.text,
                    last.x0,
                    max(last.x1, run.x1),
                    min(last.bottom, run.bottom),
                    max(last.top, run.top),
                )
                continue
        out.append(run)
        spaced = False
    return out


# A figure printed whole, to its two decimals.
_WHOLE_FIGURE_RE: Final = re.compile(r"\d\.\d{2}$")
# A name's last character, and a note's mark set after it (a digit, an asterisk, a circled number).
_NAME_END_RE: Final = re.compile(r"[\u4e00-\u9fff）)]$")
_NOTE_MARK_RE: Final = re.compile(r"^[\d*＊①-⑩¹²³⁴-⁹]$")
# A figure, whole or its first digits: never past two decimals (then the next digits are another figure's).
_NUMBER_PIECE_RE: Final = re.compile(r"^-?(?:\d{1,3}(?:,\d{0,3})+|\d+)(?:\.\d{0,2})?$")


def _merge_cells(runs: list[_Run], vrules: list[float]) -> list[Segment]:
    """Merge the runs of one table row into cells: runs between the same vertical rules, or overlapping
    horizontally, are one cell read top to bottom, left to right."""

    def cell_of(run: _Run) -> int | None:
        if not vrules:
            return None
        xc = (run.x0 + run.x1) / 2
        return sum(1 for v in vrules if v < xc)

    cells: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.x0, -r.top)):
        placed = False
        for cell in cells:
            same_rule_cell = vrules and cell_of(cell[0]) == cell_of(run)
            overlaps = min(cell[-1].x1, run.x1) - max(cell[0].x0, run.x0) > 0
            numeric = _is_number(run.text) or any(_is_number(c.text) for c in cell)
            if (same_rule_cell or overlaps) and not numeric:
                cell.append(run)
                placed = True
                break
        if not placed:
            cells.append([run])
    segments = []
    for cell in cells:
        text = "".join(r.text for r in _reading_order(cell))
        segments.append(Segment(text, min(r.x0 for r in cell), max(r.x1 for r in cell)))
    segments.sort(key=lambda s: s.x0)
    return segments


def _reading_order(cell: list[_Run]) -> list[_Run]:
    """A cell's runs top to bottom, left to right: runs whose tops stand within half a glyph of one another
    are one line (the glyph boxes of one line differ by fractions of a point: distributed characters
    "行    次" must not come out "次行")."""
    lines: list[list[_Run]] = []
    for run in sorted(cell, key=lambda r: -r.top):
        if lines and lines[-1][0].top - run.top <= 0.5 * (run.top - run.bottom):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [run for line in lines for run in sorted(line, key=lambda r: r.x0)]


_NUMBER_RE: Final = re.compile(r"^-?[\d,]+(?:\.\d+)?%?$")


def _is_number(text: str) -> bool:
    return bool(_NUMBER_RE.match(text.strip()))


def _turn_of(textpage, raw, i: int) -> int:
    """A glyph's turn in quarter turns counter-clockwise (0 upright, 3 for 270°)."""
    return round(math.degrees(raw.FPDFText_GetCharAngle(textpage.raw, i)) / 90) % 4


def _rotation_of_turned_text(textpage, text: str, raw) -> tuple[int, int | None]:
    """The turn a page stored without /Rotate needs when its text is drawn turned (a landscape table set on
    a portrait page, every glyph at 270°): the /Rotate that would show it upright, when most of its
    characters (a sample of up to 60; its digits where it prints ten or more) are turned alike; else 0.
    And the page's own turn when some of its glyphs are turned otherwise (a column of rotated notes beside
    the table; they are left out), else None."""
    glyphs = [i for i, ch in enumerate(text) if not ch.isspace() and ch not in "\x02\ufffe"]
    if not glyphs:
        return 0, None
    # the figures decide where a page has some (a column of rotated notes beside an upright table)
    digits = [i for i in glyphs if text[i].isdigit()]
    deciding = digits if len(digits) >= 10 else glyphs
    sample = deciding[:: max(1, len(deciding) // 60)]
    turns = [_turn_of(textpage, raw, i) for i in sample]
    turn = max(set(turns), key=turns.count)
    if turn != 0 and turns.count(turn) < 0.8 * len(turns):
        turn = 0
    others = [_turn_of(textpage, raw, i) for i in glyphs[:: max(1, len(glyphs) // 60)]]
    mixed = sum(t != turn for t in others) >= max(3, len(others) // 20)
    return {0: 0, 1: 270, 2: 180, 3: 90}[turn], turn if mixed else None


def lines_from_pdf(data: bytes) -> tuple[list[Line], int, list[int]]:
    """Positioned lines of every page of a PDF, the page count, and the pages whose Chinese characters this
    machine cannot draw (``_undrawn``: a font the PDF does not embed, and no Chinese font installed).

    Raises ExtractionError with a user-facing reason for encrypted, broken or scanned (no text) PDFs.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise ExtractionError("the PDF is encrypted (password protected); it cannot be read") from exc
        raise ExtractionError(f"the PDF is broken and cannot be opened ({reason})") from exc
    lines: list[Line] = []
    chars = 0
    undrawn: list[int] = []
    try:
        page_count = len(pdf)
        for page_index in range(page_count):
            page = pdf[page_index]
            rotation, media = page.get_rotation(), page.get_mediabox()
            textpage = page.get_textpage()
            # One run per character, from its font box: the text layer's own runs can overlap when a
            # producer overprints (an edited PDF), and reading per character keeps each glyph once.
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            keep_turn = None
            if rotation == 0:
                rotation, keep_turn = _rotation_of_turned_text(textpage, text[:count], pdfium_raw)
            # Glyphs drawn over one another (a font made bold by printing it twice; a name's end its cell's
            # clip hides, drawn over the next cell) are looked for only on a page whose glyphs overlap (most
            # have none): read again, each glyph once, the page's clips read.
            runs, glyphs = _page_runs(textpage, text, count, rotation, media, keep_turn, pdfium_raw)
            if _overlapping(runs):
                clipped = _clipped_text(page, pdfium_raw) if rotation == 0 and keep_turn is None else {}
                runs, glyphs = _page_runs(
                    textpage, text, count, rotation, media, keep_turn, pdfium_raw, clipped, careful=True
                )
            chars += glyphs
            if _undrawn(textpage, text[:count], pdfium_raw):
                undrawn.append(page_index + 1)
            hrules, vrules, hpieces = _rules(page, pdfium_raw, rotation, media)
            if sum(r.text.isdigit() for r in runs) >= 40:  # a page of figures (a cover's large title stays)
                runs = _without_watermark(runs)
            lines.extend(_page_lines(page_index + 1, runs, hrules, vrules, hpieces))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if chars == 0 and page_count:
        raise ExtractionError(
            f"the PDF has no text layer ({page_count} page{'s' if page_count > 1 else ''} without any text, "
            "probably scanned images); it needs OCR before it can be read"
        )
    mark_page_numbers(lines)
    return lines, page_count, undrawn


def _page_runs(
    textpage, text: str, count: int, rotation: int, media, keep_turn, raw, clipped=None, careful: bool = False
) -> tuple[list[_Run], int]:
    """One run per character of a page, from its font box (the text layer's own runs can overlap when a
    producer overprints, and reading per character keeps each glyph once), and the number of glyphs.
    ``careful``: a glyph drawn twice a hair apart is read once (``_drawn_again``); a glyph its cell's clip
    hides (``clipped``, see ``_clipped_text``: a long name cut at the cell's edge) is kept with its cell's
    text at the clip's edge, never among the next cell's figures."""
    runs: list[_Run] = []
    glyphs = 0
    drawn: dict[tuple[str, int, int], list[tuple[float, float]]] = {}
    hidden = 0
    for i, ch in enumerate(text[:count]):
        if ch.isspace() or ch in "\x02\ufffe":
            continue
        if keep_turn is not None and _turn_of(textpage, raw, i) != keep_turn:
            continue  # a glyph turned otherwise than the page's text (a rotated note or stamp)
        box = textpage.get_charbox(i, loose=True)
        moved = False
        if clipped:
            edge = _clip_right(textpage, raw, i, clipped)
            if edge is not None and (box[0] + box[2]) / 2 > edge:
                moved, hidden = True, hidden + 1
                box = (edge - 1 + hidden * 1e-3, box[1], edge - 1 + hidden * 1e-3 + 1e-3, box[3])
        left, bottom, right, top = _turned(box, rotation, media)
        if right <= left or top <= bottom:
            continue
        glyphs += 1
        # The font box is taller than the line pitch of tightly set wrapped cells; its middle 60% keeps two
        # wrapped lines of one cell apart while the glyphs of one line overlap.
        middle, half = (top + bottom) / 2, 0.3 * (top - bottom)
        # (a hidden glyph moved to its clip's edge is no copy of another moved there)
        if careful and not moved and _drawn_again(drawn, ch, left, middle, top - bottom):
            continue  # a glyph drawn twice a hair apart (a font made bold by printing it twice)
        runs.append(_Run(ch, left, right, middle - half, middle + half))
    return runs, glyphs


def _overlapping(runs: list[_Run]) -> bool:
    """Whether two glyphs of one line overlap by half a glyph or more (text a clip hides, drawn over the
    next cell's): the page's clips are then looked at."""
    ordered = sorted(runs, key=lambda r: (round(r.bottom), r.x0))
    return any(
        round(a.bottom) == round(b.bottom) and b.x0 < a.x1 - 0.5 * (b.x1 - b.x0) for a, b in pairwise(ordered)
    )


def _clipped_text(page, raw) -> dict[int, float]:
    """The text objects of a page its producer clips short (their text reaches past the right edge of their
    clip, a cell's box), by address, with that edge: most pages have none, and their glyphs need no look."""
    import ctypes

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    x, y = ctypes.c_float(), ctypes.c_float()
    out: dict[int, float] = {}
    for n in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, n)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        clip = raw.FPDFPageObj_GetClipPath(obj)
        if not clip or raw.FPDFClipPath_CountPaths(clip) != 1:
            continue
        segments = raw.FPDFClipPath_CountPathSegments(clip, 0)
        if not 0 < segments <= 6:
            continue
        xs = []
        for k in range(segments):
            segment = raw.FPDFClipPath_GetPathSegment(clip, 0, k)
            if segment and raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                xs.append(x.value)
        # (a cell's box, not the page's or a text block's)
        if not xs or max(xs) - min(xs) >= 300:
            continue
        if (
            raw.FPDFPageObj_GetBounds(
                obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
            )
            and right.value > max(xs) + 1
        ):
            out[ctypes.cast(obj, ctypes.c_void_p).value or 0] = max(xs)
    return out


def _clip_right(textpage, raw, i: int, clipped: dict[int, float]) -> float | None:
    """The right edge of the clip of character i's text object where that object is clipped short
    (``_clipped_text``), else None."""
    import ctypes

    obj = raw.FPDFText_GetTextObject(textpage.raw, i)
    return clipped.get(ctypes.cast(obj, ctypes.c_void_p).value or 0) if obj else None


def _drawn_again(
    drawn: dict[tuple[str, int, int], list[tuple[float, float]]],
    ch: str,
    left: float,
    middle: float,
    size: float,
) -> bool:
    """Whether the same character was drawn already at nearly the same place (within a tenth of its size,
    as WPS bolds a font without a bold face by drawing its text twice, the copy offset by a fraction of a
    point, whenever it draws the copy); records it otherwise. (Looked up in 2-point buckets: the glyph's,
    and a neighbour's only where a tenth of the size reaches into it.)"""
    near = 0.1 * size
    x, y = int(left // 2), int(middle // 2)
    key = (ch, x, y)
    found = drawn.get(key)
    if found is None:
        edge_x = left - 2 * x < near or 2 * x + 2 - left < near
        edge_y = middle - 2 * y < near or 2 * y + 2 - middle < near
        if not (edge_x or edge_y):
            drawn[key] = [(left, middle)]
            return False
        found = []
    for bx in (x - 1, x, x + 1) if found == [] else (x,):
        for by in (y - 1, y, y + 1) if found == [] else (y,):
            for other_left, other_middle in drawn.get((ch, bx, by), ()):
                if abs(other_left - left) <= near and abs(other_middle - middle) <= near:
                    return True
    drawn.setdefault(key, []).append((left, middle))
    return False


def _undrawn(textpage, text: str, pdfium_raw, sample: int = 24) -> bool:
    """Whether a page's Chinese characters in fonts the PDF does not embed have no outlines here. A PDF may
    name a standard CJK font (STSong-Light …) without embedding it; pdfium then draws it with a Chinese font
    of the machine, and with none it drops some characters and the tight box of every other collapses to
    no height (the loose box the reader uses keeps the font's size). Tells by the first such characters of
    the page (a sample). An embedded font without outlines (the invisible text layer OCR lays over a scan)
    is no missing font: not counted."""
    seen = collapsed = 0
    for i, ch in enumerate(text):
        if ord(ch) < 0x2E80 or ch.isspace():
            continue
        glyphs = pdfium_raw.FPDFText_GetTextObject(textpage.raw, i)
        font = pdfium_raw.FPDFTextObj_GetFont(glyphs) if glyphs else None
        if not font or pdfium_raw.FPDFFont_GetIsEmbedded(font) != 0:
            continue
        _left, bottom, _right, top = textpage.get_charbox(i)
        seen += 1
        collapsed += top - bottom < 0.1
        if seen == sample:
            break
    return seen >= 4 and collapsed * 2 > seen


def _without_watermark(runs: list[_Run]) -> list[_Run]:
    """A table page's glyphs without those of a watermark ("内部资料" set large across the page): glyphs
    four times as tall as the page's usual text (a table's title is twice) stretch the lines they touch
    over several table rows, mixing them."""
    if len(runs) < 20:
        return runs
    usual = median(r.top - r.bottom for r in runs)
    return [r for r in runs if r.top - r.bottom <= 4 * usual]


def _page_lines(
    page_no: int,
    runs: list[_Run],
    hrules: list[float],
    vrules: list[tuple[float, float, float]],
    hpieces: Sequence[tuple[float, float, float]] = (),
) -> list[Line]:
    # Text standing in a cell merged down over several rows belongs to the cell's top row: set apart here,
    # joined to that row once the rows are made.
    runs, lifted = _merged_cell_runs(runs, hrules, vrules, hpieces)
    visual = _visual_lines(runs)
    # Merge visual lines that sit in the same ruled row band (a tall table cell), bands no taller than
    # a few text lines so that a page frame does not swallow the narrative.
    rows: list[list[_Run]] = []
    row_band: list[int | None] = []
    joined = []
    for vline in visual:
        centre = sum((r.top + r.bottom) / 2 for r in vline) / len(vline)
        vline = _join_runs(vline, [x for x, bottom, top in vrules if bottom - 2 <= centre <= top + 2])
        joined.append((centre, vline))
    # Bands holding a line of cells (runs a wide gap apart): table rows, never a paragraph between rules.
    table_bands = {
        bisect.bisect_right(hrules, centre)
        for centre, vline in joined
        if any(b.x0 - a.x1 > 3 * (a.top - a.bottom) for a, b in pairwise(sorted(vline, key=lambda r: r.x0)))
    }
    for centre, vline in joined:
        band = _band_of(centre, hrules, vline, vrules, table_bands)
        # two lines each printing a number in one column are two rows, whatever the rules (a table ruled
        # under every second row)
        if rows and band is not None and row_band[-1] == band and not _stacked_numbers(rows[-1], vline):
            rows[-1].extend(vline)
        else:
            rows.append(list(vline))
            row_band.append(band)
    lines = []
    centres = [sum((r.top + r.bottom) / 2 for r in row) / len(row) for row in rows]
    # (each cell's row found before any is joined: a joined text keeps the place it was printed at)
    targets = [
        next((row for row in rows if any(low < (r.top + r.bottom) / 2 < high for r in row)), None)
        for low, high, _cell in lifted
    ]
    for (low, high, cell), target in zip(lifted, targets, strict=True):
        for vline in _visual_lines(cell):
            centre = sum((r.top + r.bottom) / 2 for r in vline) / len(vline)
            joined_line = _join_runs(
                vline, [x for x, bottom, top in vrules if bottom - 2 <= centre <= top + 2]
            )
            if target is None:  # (no row left in the top row's band: the text makes a row of its own)
                target = list(joined_line)
                at = sum(1 for c in centres if c > (low + high) / 2)
                rows.insert(at, target)
                row_band.insert(at, bisect.bisect_right(hrules, (low + high) / 2) - 1)
                centres.insert(at, (low + high) / 2)
            else:
                target.extend(joined_line)
    crossing = [
        _dedupe([x for x, bottom, top in vrules if bottom - 2 <= centre <= top + 2]) for centre in centres
    ]
    # A page whose rows no three rules cross draws frames only: their two sides part no cells (a table
    # with an outer frame only was one cell a row wide).
    framed = bool(crossing) and max(len(c) for c in crossing) < 3
    for index, row in enumerate(rows, start=1):
        # Only the rules drawn across this row: other tables on the page have other columns.
        row_rules = [] if framed else crossing[index - 1]
        merge_rules = row_rules if row_band[index - 1] is not None else []
        segments = spread_labels_joined(_merge_cells(row, merge_rules))
        if len(segments) > 1:
            # a page number drawn into a table's last row ("-8-" beside a figure) is no cell of it (not
            # "第1页" or "12/3", which a cell may hold)
            segments = [seg for seg in segments if not _DASHED_PAGE_RE.match(compact(seg.text))] or segments
        lines.append(Line(page_no * PAGE_STRIDE + index, page_no, segments, tuple(row_rules)))
    return lines


def _rule_spans(
    hrules: list[float], hpieces: Sequence[tuple[float, float, float]]
) -> list[list[tuple[float, float]]]:
    """Per horizontal rule (``hrules``), the stretches of x its drawn pieces cover (pieces touching or
    overlapping joined)."""
    pieces: list[list[tuple[float, float]]] = [[] for _ in hrules]
    for y, left, right in hpieces:
        i = bisect.bisect_left(hrules, y)
        if i == len(hrules) or (i > 0 and y - hrules[i - 1] < hrules[i] - y):
            i -= 1
        pieces[i].append((left, right))
    spans = []
    for drawn in pieces:
        joined: list[tuple[float, float]] = []
        for left, right in sorted(drawn):
            if joined and left <= joined[-1][1] + 1.0:
                joined[-1] = (joined[-1][0], max(joined[-1][1], right))
            else:
                joined.append((left, right))
        spans.append(joined)
    return spans


def _ruled_between(vrules: list[tuple[float, float, float]], x: float, low: float, high: float) -> bool:
    """Whether vertical rules at x (pieces joined) run unbroken from low to high."""
    reached = low
    for _x, bottom, top in sorted(v for v in vrules if abs(v[0] - x) <= 1.0):
        if bottom - 1.5 > reached:
            break
        reached = max(reached, top)
    return reached >= high - 1.5


def _merged_cell_runs(
    runs: list[_Run],
    hrules: list[float],
    vrules: list[tuple[float, float, float]],
    hpieces: Sequence[tuple[float, float, float]],
) -> tuple[list[_Run], list[tuple[float, float, list[_Run]]]]:
    """The runs standing in ruled cells merged down over several rows, set apart: a cell no horizontal rule
    crosses between its top and bottom borders, while rules drawn across the columns beside it stop at its
    side borders and cut those into rows (Excel's merged cells: a 类 code or name merged over its 款 and 项
    rows, printed once, centred in the tall cell). Its text belongs to the cell's top row, whatever row it
    stands level with. Returns the other runs, and for each such cell the band of its top row (between the
    cell's top border and the highest rule stopping at its side) and its runs.

    Left where they stand (as uncertain): a figure (a merged cell of figures says nothing of a row); text of
    several lines set further apart than wrapped lines (texts of several rows in a column drawn without
    rules); text already in its top row; a cell one of whose rows holds no digit beside it (a header cell
    merged over header rows of words: no row of the body); a cell a rule crosses in part, or whose sides
    are not ruled from its top to its bottom; and cells of a grid drawn whole (white masks over merged
    cells leave its rules crossing them: every column is cut alike). A name wrapped in one tall row stands
    in a cell every column shares: no rule stops at its sides."""
    if not hpieces or not vrules or not runs:
        return runs, []
    spans = _rule_spans(hrules, hpieces)
    verticals = sorted(vrules)
    xs = [x for x, _bottom, _top in verticals]

    def sides(x: float, y: float) -> tuple[float | None, float | None]:
        """The vertical rules crossing height y nearest left and right of x."""
        at = bisect.bisect_left(xs, x)
        left = next((v[0] for v in reversed(verticals[:at]) if v[1] - 2 <= y <= v[2] + 2), None)
        right = next((v[0] for v in verticals[at:] if v[1] - 2 <= y <= v[2] + 2), None)
        return left, right

    # The columns a rule stops beside: a rule's piece ending at a vertical rule, the next vertical rule on
    # past it reached by no piece of that rule (a merged cell's side). A rule ending at a table's outer
    # border has no vertical rule past it, or the gap to another table beside it, where no cell stands.
    stops: list[tuple[float, float]] = []
    for k, joined in enumerate(spans):
        y = hrules[k]
        for n, (left, right) in enumerate(joined):
            for end, outward in ((right, 1), (left, -1)):
                near, far = sides(end + 1.5 * outward, y)
                border, beyond = (near, far) if outward > 0 else (far, near)
                if beyond is None or border is None or abs(border - end) > 1.5 or abs(beyond - end) <= 3:
                    continue
                lo, hi = sorted((end, beyond))
                if not any(a <= hi - 1 and b >= lo + 1 for m, (a, b) in enumerate(joined) if m != n):
                    stops.append((lo, hi))
    if not stops:
        return runs, []

    def covers(i: int, a: float, b: float) -> bool:
        return any(left <= b and right >= a for left, right in spans[i])

    def merged_cell(xc: float, yc: float):
        left_side, right_side = sides(xc, yc)
        if left_side is None or right_side is None:
            return None
        first_above = bisect.bisect_right(hrules, yc)
        above = next((i for i in range(first_above, len(hrules)) if covers(i, xc - 1, xc + 1)), None)
        below = next((i for i in range(first_above - 1, -1, -1) if covers(i, xc - 1, xc + 1)), None)
        if above is None or below is None or above - below < 2:
            return None
        stopping = []
        for k in range(below + 1, above):
            if covers(k, left_side + 1, right_side - 1):
                return None  # a rule crossing part of the cell: no merged cell of a grid
            if any(
                (abs(right - left_side) <= 1.5 and left < left_side - 1)
                or (abs(left - right_side) <= 1.5 and right > right_side + 1)
                for left, right in spans[k]
            ):
                stopping.append(k)
        if not stopping:
            return None
        low, high = hrules[below], hrules[above]
        if not (
            _ruled_between(vrules, left_side, low, high) and _ruled_between(vrules, right_side, low, high)
        ):
            return None
        return (round(left_side, 1), round(right_side, 1), below, above, max(stopping), tuple(stopping))

    cells: dict[tuple, list[_Run]] = {}
    for run in runs:
        xc = (run.x0 + run.x1) / 2
        if any(lo < xc < hi for lo, hi in stops):  # (most runs stand in no column a rule stops beside)
            key = merged_cell(xc, (run.top + run.bottom) / 2)
            if key is not None:
                cells.setdefault(key, []).append(run)
    if not cells:
        return runs, []
    chosen: list[tuple[tuple, list[_Run]]] = []
    for key, cell in cells.items():
        left_side, right_side, below, above, top_rule, stopping = key
        low, high = hrules[top_rule], hrules[above]
        text = "".join(r.text for r in _reading_order(cell))
        if _CELL_FIGURE_RE.search(text):
            continue
        block_centre = (min(r.bottom for r in cell) + max(r.top for r in cell)) / 2
        if low < block_centre < high:
            continue  # it stands in its top row already
        vlines = _visual_lines(cell)
        if len(vlines) > 1:
            borders = sorted({hrules[below], hrules[above], *(hrules[k] for k in stopping)})
            row_height = min(b - a for a, b in pairwise(borders))
            line_centres = [sum((r.top + r.bottom) / 2 for r in v) / len(v) for v in vlines]
            if max(a - b for a, b in pairwise(line_centres)) >= 0.75 * row_height:
                continue
        chosen.append((key, cell))
    moved = {id(r) for _key, cell in chosen for r in cell}
    kept_runs = [r for r in runs if id(r) not in moved]
    lifted = []
    for key, cell in chosen:
        left_side, right_side, below, above, top_rule, stopping = key
        beside = [r for r in kept_runs if not left_side < (r.x0 + r.x1) / 2 < right_side]
        # Each row the cell spans holds a digit beside it (a code or a figure: rows of a table's body; a
        # header cell merged over the header's rows of words stays where it stands).
        borders = sorted({hrules[below], hrules[above], *(hrules[k] for k in stopping)})
        if all(
            any(low < (r.top + r.bottom) / 2 < high and r.text.isdigit() for r in beside)
            for low, high in pairwise(borders)
        ):
            lifted.append((hrules[top_rule], hrules[above], cell))
    if len(lifted) < len(chosen):
        moved = {id(r) for _low, _high, cell in lifted for r in cell}
        kept_runs = [r for r in runs if id(r) not in moved]
    return kept_runs, lifted


# A figure printed with decimals or thousands separators ("868.60", "1,248"), never a code or a name.
_CELL_FIGURE_RE: Final = re.compile(r"\d[.,]\d")


def _stacked_numbers(row: list[_Run], vline: list[_Run]) -> bool:
    """Whether a number of the line stands over or under a number already in the row."""
    numbers = [r for r in row if _is_number(r.text)]
    return any(min(a.x1, b.x1) > max(a.x0, b.x0) for b in vline if _is_number(b.text) for a in numbers)


def _band_of(
    centre: float,
    hrules: list[float],
    vline: list[_Run],
    vrules: list[tuple[float, float, float]],
    table_bands: Set[int] = frozenset(),
) -> int | None:
    """The ruled row band a visual line sits in, when the band is a table row: no taller than five of the
    glyphs' middles; four lines of text where a line of cells stands in it (``table_bands``: a row whose
    name wraps over two or three lines between rules drawn under each row only); or twelve of the glyphs'
    middles where vertical rules part the band into cells (a grid row whose names wrap over three to five
    lines, rules_s32c b4; a frame drawn around narrative text has its two sides only)."""
    height = max(r.top - r.bottom for r in vline)  # the middle 60% of the glyphs' font box
    for i in range(len(hrules) - 1):
        if hrules[i] <= centre < hrules[i + 1]:
            band = hrules[i + 1] - hrules[i]
            if band <= max(5 * height, 12) or (i + 1 in table_bands and band <= 4 * height / 0.6):
                return i
            crossing = {
                round(x) for x, bottom, top in vrules if bottom - 2 <= hrules[i] and top + 2 >= hrules[i + 1]
            }
            if band <= 12 * height and len(crossing) >= 3:
                return i
            return None
    return None
