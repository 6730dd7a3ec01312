"""Two-sided summary tables (收入支出决算总表, 收支预算总表, 财政拨款收支总表): income items on the left,
expenditure items on the right, each followed by its amount(s) and, in some templates, a 行次 row number
that is not an amount."""

from __future__ import annotations

import re

from .columns import LABEL_HEADER_WORDS
from .context import Context
from .functional import is_noise
from .layout import Line, Segment
from .records import Amount
from .rows import _split_numeric
from .tables import Table, column_key_of, column_key_of_cells, header_cells_at
from .tokens import amount_unit_in, compact, join_split_amounts

_ROW_NUMBER_HEADERS = ("行次", "栏次")
_TOTAL_RE = re.compile(r"合计|总计|小计")


def _split_at(table: Table) -> float | None:
    """x where the expenditure side starts: the first header cell right of the income side's amount
    column (the income side is one label column and one amount column: 项目 | [行次] | 金额), else the
    header cell that says 支出 (or the second 项目). A 支出 heading centred over two expenditure groups
    (功能分类 | 支出用途, as Jiangsu prints) stands right of where the expenditure side starts."""
    header_lines = []
    for line in table.lines[:8]:
        if any(_split_numeric(seg) for seg in line.segments):
            break  # the first row of figures: the header is above it
        header_lines.append(line)
    header = [
        seg
        for line in header_lines
        if amount_unit_in(line.text) is None
        for seg in line.segments
        if seg.x0 is not None
    ]
    first_amount = next(
        (seg for seg in sorted(header, key=lambda s: s.x0) if column_key_of(seg.text) == "amount"), None
    )
    if first_amount is not None:
        right = [seg.x0 for seg in header if seg.x0 > first_amount.x1]
        if right:
            return min(right) - 5
    for line in table.lines[:8]:
        items = [s for s in line.segments if s.x0 is not None]
        for seg in items:
            text = compact(seg.text)
            if text.startswith("支出") or text in ("本年支出", "财政拨款支出"):
                return seg.x0 - 5
        projects = [s for s in items if compact(s.text) in ("项目", "项目名称")]
        if len(projects) >= 2:
            return projects[1].x0 - 5
    return None


def parse_summary_table(table: Table, ctx: Context) -> list[Amount]:
    split_x = _split_at(table)
    # The header is the lines above the first line that holds an amount.
    first = next((i for i, ln in enumerate(table.lines) if _items(ln, split_x)[1]), len(table.lines))
    table.header, table.body = table.lines[:first], table.lines[first:]
    # Without positions a 行次 column shows as a bare small integer right after each item's label.
    row_numbers = any(w in compact(ln.text) for ln in table.header for w in _ROW_NUMBER_HEADERS)
    amounts: list[Amount] = []
    for line in table.body:
        if is_noise(line):
            continue
        items, _ = _items(line, split_x)
        for position, (label, cells) in enumerate(items):
            if not label:
                continue
            positioned = bool(cells) and cells[0].segment.x0 is not None
            if split_x is not None and positioned:
                side = "income" if cells[0].segment.x0 < split_x else "expenditure"
            elif not positioned and (side := _side_by_label(label)):
                pass
            else:
                side = "income" if position == 0 and len(items) > 1 else "expenditure"
            if not positioned and row_numbers and cells and _ROW_NUMBER_RE.match(cells[0].raw):
                cells = cells[1:]
            for cell in cells:
                cells_above = (
                    header_cells_at(table, cell.segment, line=line) if cell.segment.x0 is not None else []
                )
                header = "".join(cells_above)
                if any(word in header for word in _ROW_NUMBER_HEADERS):
                    continue  # 行次: a row number, not an amount
                key = column_key_of_cells(cells_above)
                column_key = side if key in (None, "amount", "total") else f"{side}_{key}"
                amounts.append(
                    ctx.amount(
                        table,
                        line,
                        value=cell.value,
                        raw=cell.raw,
                        column_key=column_key,
                        column_label=header,
                        row_label=label,
                        is_total_row=bool(_TOTAL_RE.search(label)),
                    )
                )
    return amounts


_ROW_NUMBER_RE = re.compile(r"^\d{1,3}$")
_ITEM_START_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|本年|收入总计|支出总计|收入合计|支出合计)")


def _side_by_label(label: str) -> str | None:
    """The side of a two-sided item by what it names: income items say 收入, expenditure items 支出."""
    income, expenditure = "收入" in label, "支出" in label
    if income and not expenditure:
        return "income"
    if expenditure and not income:
        return "expenditure"
    return None


def _items(line: Line, split_x: float | None = None):
    """(label, amounts) pairs of a two-sided line, in reading order, and whether any amount was found.
    Label pieces on the same side with no amount between them are one label (a wrapped cell); a numbered
    item ("二、…") or a total starts a new label."""
    items: list[tuple[str, list]] = []
    sides: list[bool] = []
    found = False
    segments = line.segments
    plain = not line.positioned
    if plain:
        segments = [Segment(w, None, None) for w in join_split_amounts(line.text).split()]
    for seg in segments:
        cells = _split_numeric(seg)
        right = split_x is not None and seg.x0 is not None and seg.x0 >= split_x
        if cells is None:
            text = compact(seg.text)
            # a numbered item ("二、…") or a total starts a new label, also beside another label on
            # its side (Jiangsu prints 功能分类 and 支出用途 items side by side under 支出)
            new_item = items and _ITEM_START_RE.match(text)
            if (
                items
                and not items[-1][1]
                and sides[-1] == right
                and text not in LABEL_HEADER_WORDS
                and not new_item
            ):
                items[-1] = (items[-1][0] + text, [])
            else:
                items.append((text, []))
                sides.append(right)
        elif items:
            items[-1][1].extend(cells)
            found = True
    return items, found
