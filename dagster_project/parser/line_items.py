"""Budget detail tables (项目明细 / 部门预算明细表): each line one amount of a functional code × a
governmental economic code × a departmental economic code × a project (or basic expenditure).

Columns are told apart by the shape of their codes, not by position: a functional code starts with 1 or 2
(7 digits, or printed split "208 05 05"), a governmental economic code with 5 and a departmental one with 3
(3 or 5 digits). The first words after a code are its name. What follows the last code's name and precedes
the expenditure type (基本支出 / 项目支出) and the amount is the project name. A line without a code
continues the project name of the line above (or, when the line above has no amount yet, brings it). Where
no type is printed, a line with a project name is project expenditure and one without is basic. The 合计
line checks the sum of the lines. A line whose pieces do not fall into these places (no amount, two
amounts, no functional code, amounts without a code) is a diagnostic, never a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .context import Context
from .functional import is_noise
from .layout import Line
from .records import LineItem
from .rows import Cell
from .solver import printed_sum_holds
from .tables import Table
from .tokens import code_word, compact, join_split_amounts, parse_amount, to_yuan

_FUNCTIONAL_RE: Final = re.compile(r"^[12]\d{2}(?:\d{2}){0,2}$")
_GOVERNMENT_RE: Final = re.compile(r"^5\d{2}(?:\d{2})?$")
_DEPARTMENT_RE: Final = re.compile(r"^3\d{2}(?:\d{2})?$")
# (and the 支出类型 as printed by its parts, 人员经费 / 公用经费 being basic, or by the 预算一体化 classes
# since 2020: 人员类项目 and 运转类项目 (its 公用经费) basic, 其他运转类 and 特定目标类项目 project)
_TYPES: Final = {
    "基本支出": "basic",
    "项目支出": "project",
    "基本": "basic",
    "项目": "project",
    "人员经费": "basic",
    "公用经费": "basic",
    "人员类项目": "basic",
    "人员类": "basic",
    "运转类项目": "basic",
    "运转类": "basic",
    "其他运转类项目": "project",
    "其他运转类": "project",
    "特定目标类项目": "project",
    "特定目标类": "project",
}
# (those words are types only under a type column, 支出类型 / 项目类别: without one, a basic line may print
# 人员经费 as its project's name, under 项目名称, its type told by the heading "一、基本支出" above it)
_PLAIN_TYPES: Final = frozenset(("基本支出", "项目支出", "基本", "项目"))
_TYPE_COLUMN_RE: Final = re.compile("类型|类别")
_TOTAL_RE: Final = re.compile(r"^(?:合计|总计)$")
# A group heading naming a type, maybe after a project's name: "一、基本支出", "（二）项目支出",
# "G107国道养护工程项目支出".
_HEADING_TYPE_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(.*?)(基本支出|项目支出)$"
)


def _words(line: Line) -> list[str]:
    if line.positioned:
        words = [s.text.strip() for s in line.segments if s.text.strip()]
    else:
        words = join_split_amounts(line.text).split()
    # a 项 or 款 code printed against its name ("2130201行政运行", a layout cell "2130101 行政运行")
    out = []
    for word in words:
        word = code_word(word)  # "[30101]基本工资", "2130101-行政运行"
        glued = _GLUED_CODE_RE.match(word)
        out += [glued.group(1), glued.group(2)] if glued else [word]
    return out


_GLUED_CODE_RE: Final = re.compile(r"^([12]\d{6}|[35]\d{4})\s*([\u4e00-\u9fff（(].*)$")


def _functional(words: list[str], i: int) -> tuple[str, int] | None:
    """A functional code at word i (also printed split, "208 05 05"), and the words it takes."""
    if not _FUNCTIONAL_RE.match(words[i]):
        return None
    code, n = words[i], 1
    while len(code) < 7 and i + n < len(words) and re.fullmatch(r"\d{2}", words[i + n]):
        code, n = code + words[i + n], n + 1
    return code, n


def _economic(words: list[str], i: int, pattern: re.Pattern) -> tuple[str, int] | None:
    """An economic code at word i, also printed split ("501 01"), and the words it takes."""
    if not pattern.match(words[i]):
        return None
    if len(words[i]) == 3 and i + 1 < len(words) and re.fullmatch(r"\d{2}", words[i + 1]):
        return words[i] + words[i + 1], 2
    return words[i], 1


def _code_shaped(words: list[str], i: int) -> bool:
    """Whether word i is a code the line has no other code for: of a functional (7 digits) or economic (5
    digits) code's shape, its kind not printed before it. Else a code-shaped number is a figure (1500000)."""
    word = words[i]
    for pattern, shape in (
        (_FUNCTIONAL_RE, r"[12]\d{6}"),
        (_GOVERNMENT_RE, r"5\d{4}"),
        (_DEPARTMENT_RE, r"3\d{4}"),
    ):
        if re.fullmatch(shape, word):
            return not any(pattern.match(w) for w in words[:i])
    return False


def read_line(line: Line, type_column: bool = False) -> dict | None:
    """The pieces of one detail line: codes with their names, project name, type, amounts; None when the
    line has no code at all (a continuation). Codes come before the project name: a number inside the
    name ("采购 500 台电脑") is part of it."""
    words = _words(line)
    end = len(words)
    # The amounts from the right; a code-shaped number left of an amount is the line's code, not a second
    # amount ("2010101 50101 30101 600.00" printed without names).
    while (
        end > 0
        and parse_amount(words[end - 1]) is not None
        and not (end < len(words) and _code_shaped(words, end - 1))
    ):
        end -= 1
    amounts = words[end:]
    pieces: dict = {
        "functional": None,
        "government": None,
        "department": None,
        "names": {},
        "rest": [],
        "order": [],  # the kinds of code in the order the line prints them
    }
    current = None
    project_first = (
        False  # the project's column printed before the codes' ("福田区市政道路清扫保洁 2120501 …")
    )
    explicit = any(compact(word) in ("基本支出", "项目支出") for word in words[:end])
    i = 0
    while i < end:
        word = words[i]
        functional = _functional(words, i) if pieces["functional"] is None else None
        if functional:
            pieces["functional"], current = functional[0], "functional"
            pieces["order"].append(current)
            project_first = bool(pieces["rest"])
            i += functional[1]
            continue
        economic = None
        for kind, pattern in (("government", _GOVERNMENT_RE), ("department", _DEPARTMENT_RE)):
            if (
                pieces[kind] is None
                and (not pieces["rest"] or project_first)
                and (economic := _economic(words, i, pattern))
            ):
                pieces[kind], current = economic[0], kind
                pieces["order"].append(kind)
                i += economic[1] - 1
                break
        else:
            # The type column, wherever it is printed (after the names, before or after the project).
            # (under a type column the parts' and classes' words are types, unless the line prints its type
            # as 基本支出 / 项目支出 too: then they name its project)
            types = _TYPES if type_column and not explicit else _PLAIN_TYPES
            if compact(word) in ("基本支出", "项目支出") or (
                compact(word) in types and (i == end - 1 or (types is _TYPES and len(compact(word)) > 2))
            ):
                pieces["type"] = _TYPES[compact(word)]
            elif current is not None and current not in pieces["names"]:
                pieces["names"][current] = compact(word)  # the first words after a code: its name
            else:
                pieces["rest"].append(word)
            i += 1
            continue
        i += 1
    if not any(pieces[k] for k in ("functional", "government", "department")):
        return None
    pieces["amounts"] = amounts
    return pieces


def _without_subtotals(items: list[dict]) -> list[dict]:
    """The items without a line printing a functional code alone (no economic code, no project) whose
    amount is the sum of the lines right after it under that code: its 项's (or 款's) subtotal."""
    out = []
    for k, pieces in enumerate(items):
        if not (pieces["government"] or pieces["department"] or compact("".join(pieces["rest"]))):
            under = []
            for other in items[k + 1 :]:
                if not other["functional"].startswith(pieces["functional"]):
                    break
                under.append(other["amounts"][0])
            if under and printed_sum_holds(pieces["amounts"][0], under):
                continue
        out.append(pieces)
    return out


def _is_subtotal(pieces: dict) -> bool:
    """A 小计 line, or a 类 / 款 line with no economic code and no project: the lines under it summed."""
    rest = compact("".join(pieces["rest"]))
    if rest in ("小计", "合计", "总计"):
        return True
    return len(pieces["functional"]) < 7 and not (pieces["government"] or pieces["department"] or rest)


def looks_like_line_items(table: Table) -> bool:
    """A detail table whatever its title says: most coded lines carry a functional and an economic code."""
    coded = [p for ln in table.lines if (p := read_line(ln)) is not None]
    both = [p for p in coded if p["functional"] and (p["government"] or p["department"])]
    return len(both) >= 2 and len(both) * 2 >= len(coded)


def _unplaced(table: Table, ctx: Context, line: Line, pieces: dict) -> None:
    ctx.diagnose(
        "warn",
        "unplaced_amounts",
        f"{table.title}: line '{compact(line.text)}' has "
        + ("no functional code" if not pieces["functional"] else f"{len(pieces['amounts'])} amounts")
        + " where a detail line has one functional code and one amount; not loaded.",
        table,
        line,
        observed=" ".join(pieces["amounts"]) or None,
    )


# Words of the header (printed again on a page the table runs on to), never a piece of a project name.
_HEADER_WORDS: Final = ("单位", "编码", "名称", "科目", "功能分类", "经济分类")


def _continue_names(pieces: dict, coded: Line, line: Line) -> None:
    """A name-only line wrapped from a coded line's cells: in layout text its pieces left of the first
    economic code continue the functional name ("其他统计信息事务支" / "出"), the others the project name;
    in plain text all of it is the project name."""
    boundary = next(
        (
            seg.x0
            for seg in coded.segments
            if seg.x0 is not None and re.fullmatch(r"[35]\d{2}(?:\d{2})?", seg.text.strip())
        ),
        None,
    )
    if boundary is None or not line.positioned:
        pieces["rest"].append(compact(line.text))
        return
    left = compact("".join(seg.text for seg in line.segments if seg.x0 < boundary))
    right = compact("".join(seg.text for seg in line.segments if seg.x0 >= boundary))
    if left:
        pieces.setdefault("names_before", dict(pieces["names"]))
        pieces["names"]["functional"] = pieces["names"].get("functional", "") + left
    if right:
        pieces["rest"].append(right)


def _same_as_above(pieces: dict, above: dict) -> None:
    """A detail line whose first code cells are blank, printing the first code that changes: the cells left
    blank are the line above's (cells merged down, or left empty when the same, as spreadsheets export
    them). Only the kinds printed before the line's first code in the line above's order are taken, so a
    code cell blank after a printed one stays blank."""
    first = pieces["order"][0]
    if first not in above["order"]:
        return
    leading = above["order"][: above["order"].index(first)]
    if "functional" not in leading or any(pieces[kind] or not above[kind] for kind in leading):
        return
    for kind in leading:
        pieces[kind] = above[kind]
        if kind in above["names"]:
            pieces["names"][kind] = above["names"][kind]
    pieces["order"][:0] = leading
    pieces["inherited"] = leading


def _unconfirmed(items: list[dict], unit: str, pinned: dict[str, set[Decimal]]) -> list[dict]:
    """The lines whose codes were taken from the line above that the document's functional tables do not
    confirm: a reading of blank cells as "same as above" stands only where the lines of each functional
    code it gives add up to that code's total in one of those tables. (A cell merged down but printed on
    its middle line, as centred text is, would give the lines above it the wrong code: their sums tell.)"""
    sums: dict[str, Decimal] = {}
    for pieces in items:
        code = pieces["functional"]
        sums[code] = sums.get(code, Decimal(0)) + to_yuan(parse_amount(pieces["amounts"][0]), unit)
    return [
        p
        for p in items
        if p.get("inherited") and sums[p["functional"]] not in pinned.get(p["functional"], ())
    ]


def _take_back(item: list, taken: int) -> None:
    """Take back from the item above the name lines given to it on the way (in place: items share them)."""
    if not taken or not item:
        return
    pieces = item[0]
    del pieces["rest"][len(pieces["rest"]) - taken :]
    if "names_before" in pieces:
        before = pieces.pop("names_before")
        pieces["names"].clear()
        pieces["names"].update(before)


def _prepend_names(pieces: dict, coded: Line, band: list[Line]) -> None:
    """The band's name lines, printed above a coded line, put before the names it printed itself."""
    top: dict = {"rest": [], "names": {}}
    for above in band:
        _continue_names(top, coded, above)
    pieces["rest"][:0] = top["rest"]
    if "functional" in top["names"]:
        pieces["names"]["functional"] = top["names"]["functional"] + pieces["names"].get("functional", "")


def parse_line_items(
    table: Table, ctx: Context, pinned: dict[str, set[Decimal]] | None = None
) -> list[LineItem]:
    """The detail lines of TABLE. PINNED: each functional code's totals in the document's functional
    tables (支出表, 一般公共预算支出表), which confirm lines whose code cells were left blank."""
    unit = table.amount_unit or "元"
    items: list[dict] = []  # each line's pieces, its LineItem once read whole
    last: list = []  # the pieces and line of the previous item, whose project name may continue
    waiting: Line | None = None  # a coded line whose amount is on the next line (a wrapped name)
    total = None  # the 合计 line and its figure
    # Layout text parts rows by blank lines: name pieces after a gap, before a coded line without a name of
    # its own, are that line's name printed above it (a name wrapped in a tall cell, the codes and amount
    # on its middle line), not the item above's.
    band: list[Line] = []  # name-only lines since the last gap
    taken = 0  # of them, how many were given to the item above (taken back when the band is the next's)
    centred: tuple | None = None  # a band above a coded line printing a piece of its own: see below
    previous: Line | None = None
    group: dict = {"type": None, "project": None}  # of the group heading the lines follow
    type_column = any(_TYPE_COLUMN_RE.search(compact(line.text)) for line in table.lines[:12])
    for line in table.lines:
        if is_noise(line):
            continue
        gap = previous is not None and (line.number - previous.number > 1 or line.page != previous.page)
        previous = line
        pieces = read_line(line, type_column)
        if pieces is not None:
            centred = None
        if waiting is not None:
            if pieces is None:  # the wrapped rest of the line above
                segments = [*waiting.segments, *line.segments]
                line = Line(waiting.number, waiting.page, segments, page_number=False)
                pieces = read_line(line, type_column)
            else:
                _unplaced(table, ctx, waiting, read_line(waiting, type_column))
            waiting = None
        if pieces is not None and pieces["functional"] and not pieces["amounts"]:
            waiting = line
            continue
        if pieces is None:
            words = _words(line)
            # the figures end the line ("2025 年第二批）" is a name's piece: its number opens it)
            trailing = len(words)
            while trailing > 0 and parse_amount(words[trailing - 1]) is not None:
                trailing -= 1
            figures = words[trailing:]
            text = compact("".join(words[:trailing]))
            heading = _HEADING_TYPE_RE.match(text)
            if figures and _TOTAL_RE.match(text) and len(figures) == 1:
                total = (line, figures[0])
            elif figures and text == "小计":
                pass  # a subtotal of the lines above
            elif heading and len(figures) <= 1:
                # a group's heading with its subtotal ("一、基本支出", "…项目 项目支出 1,200,000"): the lines
                # under it are of that type (and that project), where they print none of their own
                group = {"type": _TYPES[heading.group(2)], "project": heading.group(1) or None}
                last = []
                band, taken = [], 0
            elif figures:
                ctx.diagnose(
                    "warn",
                    "unplaced_amounts",
                    f"{table.title}: line '{compact(line.text)}' prints amounts but no code; not loaded.",
                    table,
                    line,
                    observed=" ".join(figures),
                )
            elif text and not any(w in text for w in _HEADER_WORDS):
                if centred is not None and not gap and last:
                    above_band, above_taken, above_item = centred
                    _take_back(above_item, above_taken)
                    _prepend_names(last[0], last[1], above_band)
                centred = None
                if gap or not last:
                    band, taken = [], 0
                if gap or not last or band:
                    band.append(line)
                if last:
                    _continue_names(last[0], last[1], line)  # the names wrapped onto this line
                    taken += bool(band)
            continue
        if not pieces["functional"] and len(pieces["amounts"]) == 1 and last:
            _same_as_above(pieces, last[0])  # (kept only where the document's tables confirm it: below)
        if not pieces["functional"] or len(pieces["amounts"]) != 1:
            _unplaced(table, ctx, line, pieces)
            last = []
            continue
        if band and not gap and line.positioned and not pieces["rest"]:
            _take_back(last, taken)
            for above in band:
                _continue_names(pieces, line, above)
        elif band and not gap and line.positioned:
            # The line prints a piece of its own: the band is its name's top only when a piece follows under
            # it too (a name of three lines or more, centred on the line of the codes and amount).
            centred = (band, taken, last)
        band, taken = [], 0
        if _is_subtotal(pieces):
            last = []  # the sum of the detail lines of a functional code, not one more line
            continue
        if group["type"] and not pieces.get("type"):
            pieces["type"] = group["type"]
        if group["project"] and not pieces["rest"] and pieces.get("type") == "project":
            pieces["rest"] = [group["project"]]  # (a line printing 基本支出 is no project's)
        last = [pieces, line]
        items.append(pieces | {"line": line})
    if waiting is not None:
        _unplaced(table, ctx, waiting, read_line(waiting, type_column))
    items = _without_subtotals(items)
    unconfirmed = _unconfirmed(items, unit, pinned or {})
    for pieces in unconfirmed:
        ctx.diagnose(
            "warn",
            "unplaced_amounts",
            f"{table.title}: line '{compact(pieces['line'].text)}' prints no functional code; read as the "
            f"line above's ({pieces['functional']}), its lines would not add up to that code's total in the "
            "report's functional tables: not loaded.",
            table,
            pieces["line"],
            observed=pieces["amounts"][0],
        )
    items = [p for p in items if not any(p is u for u in unconfirmed)]
    if total is not None and items and not printed_sum_holds(total[1], [p["amounts"][0] for p in items]):
        lines_sum: Decimal = sum((parse_amount(p["amounts"][0]) for p in items), Decimal(0))
        ctx.diagnose(
            "warn",
            "line_items_vs_total",
            f"{table.title}: the {len(items)} detail lines add up to {lines_sum}, not the 合计 {total[1]}.",
            table,
            total[0],
            expected=total[1],
            observed=str(lines_sum),
        )
    out = []
    for pieces in items:
        raw = pieces["amounts"][0]
        cell = Cell(pieces["line"].segments[-1], parse_amount(raw), raw)
        project = compact("".join(pieces["rest"])) or None
        out.append(
            LineItem(
                document_id=ctx.document_id,
                table_key=table.table_key,
                functional_code=pieces["functional"],
                economic_government_code=pieces["government"],
                economic_department_code=pieces["department"],
                project_name=project,
                expenditure_type=pieces.get("type") or ("project" if project else "basic"),
                amount_yuan=to_yuan(cell.value, unit),
                amount_raw=raw,
                amount_unit=unit,
                source_line=pieces["line"].number,
                source_page=pieces["line"].page,
                functional_name=pieces["names"].get("functional"),
                economic_government_name=pieces["names"].get("government"),
                economic_department_name=pieces["names"].get("department"),
            )
        )
    return out
