"""Two-sided summary tables (收入支出决算总表, 收支预算总表, 财政拨款收支总表): income items on the left,
expenditure items on the right, each followed by its amount(s) and, in some templates, a 行次 row number
that is not an amount."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import combinations, product
from math import prod
from typing import Final

from .columns import ACTUAL_WORDS_RE, LABEL_HEADER_WORDS, column_phase
from .context import Context
from .functional import is_noise
from .layout import Line, Segment
from .records import Amount
from .rows import _split_numeric
from .solver import printed_sum_holds
from .tables import (
    ROW_NUMBER_WORDS,
    Table,
    column_key_of,
    column_key_of_cells,
    header_cells_at,
    unfinished_label,
)
from .tokens import (
    FUNCTIONAL_CODE_RE,
    amount_unit_in,
    code_level,
    compact,
    decimals_of,
    join_split_amounts,
    parse_amount,
    spoiled_figure,
    to_yuan,
)
from .vocabulary import COLUMN_LABELS, NOT_OWN_COLUMNS

_TOTAL_RE: Final = re.compile(r"合计|总计|小计")


def _split_at(table: Table) -> float | None:
    """x where the expenditure side starts: the first header cell right of the income side's amount
    columns that names no amount (the income side is one label column and its amount columns: 项目 | [行次]
    | 金额, or 项目 | 年初预算数 | 决算数), else the
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
        # not the first row's label pieces printed above its figures ("一、一般公共")
        if seg.x0 is not None and not _NUMBERED_ITEM_RE.match(compact(seg.text))
    ]
    first_amount = next(
        (seg for seg in sorted(header, key=lambda s: s.x0) if column_key_of(seg.text) == "amount"), None
    )
    if first_amount is not None:
        # past the income side's figure columns (年初预算数 | 决算数, 上年 | 本年预算数 print two)
        right = [
            seg.x0
            for seg in header
            if seg.x0 > first_amount.x1
            and column_key_of(seg.text) != "amount"
            and column_key_of(seg.text) not in NOT_OWN_COLUMNS
        ]
        if right:
            return min(right) - 5
    for line in table.lines[:8]:
        items = [s for s in line.segments if s.x0 is not None]
        for seg in items:
            text = compact(seg.text)
            if text.startswith("支出") or text in ("本年支出", "财政拨款支出"):
                return seg.x0 - 5
        projects = [s for s in items if _LABEL_COLUMN_RE.match(compact(s.text))]
        if len(projects) >= 2:
            return projects[1].x0 - 5
    return None


def parse_summary_table(table: Table, ctx: Context) -> list[Amount]:
    """The items of a two-sided summary (收支总表, 财政拨款收支总表) with their figures. Plain text printing
    it one cell a line is read as rows (``_cell_rows``) only where the reading keeps the table's own sums:
    text that runs column block by column block reads as cells too, pairing items with others' figures."""
    if table.title_line.positioned:
        return _parse_summary(table, ctx, cell_rows=False)
    diagnosed, pins = len(ctx.diagnostics), {key: dict(value) for key, value in ctx.pins.items()}
    cache = dict(table.cache)
    amounts = _parse_summary(table, ctx, cell_rows=True)
    if not table.cache.get(("cell_rows",)):
        return amounts
    if _sums_hold(amounts, ctx.phase):
        # each figure keeps the line it is printed on, not its row's first line
        printed = {key: list(lines) for key, lines in table.cache[("cell_lines",)].items()}
        for amount in amounts:
            lines = printed.get((amount.source_line, amount.amount_raw))
            if lines:
                amount.source_line = lines.pop(0)
        return amounts
    # read as printed, as if never read as cells (what that reading said, pinned or cached is dropped)
    del ctx.diagnostics[diagnosed:]
    ctx.pins, table.cache = pins, cache
    return _parse_summary(table, ctx, cell_rows=False)


def _sums_hold(amounts: list[Amount], phase: str) -> bool:
    """Whether a summary's items keep its sums: each side's numbered items (一、二、…) add up to its
    本年收入合计 / 本年支出合计 (one side at least), and 收入总计 equals 支出总计, where printed; and no
    item of a side is read twice (items paired with other items' figures repeat)."""
    own = [a for a in amounts if a.phase == phase and a.column_key in ("income", "expenditure")]
    # (sub-items may repeat: "（一）一般公共预算拨款" under 一、本年收入 and under 二、上年结转)
    heads = [
        (compact(a.row_label), a.column_key)
        for a in own
        if _TOP_ITEM_RE.match(compact(a.row_label)) or _SIDE_TOTAL_RE.search(compact(a.row_label))
    ]
    if len(set(heads)) < len(heads):
        return False
    checked = 0
    for side in ("income", "expenditure"):
        # the side's 本年合计, else (a budget printing none) its 总计
        year, grand = side_totals(own, side, phase)
        total = year or grand
        parts = [a for a in own if a.column_key == side and _TOP_ITEM_RE.match(compact(a.row_label))]
        if total is not None and parts:
            checked += 1
            if not printed_sum_holds(total.amount_raw, [a.amount_raw for a in parts]):
                return False
    if not checked:
        return False
    grand_totals = {a.column_key: a.amount_yuan for a in own if _GRAND_TOTAL_RE.search(compact(a.row_label))}
    return len(grand_totals) < 2 or grand_totals["income"] == grand_totals["expenditure"]


def side_totals(amounts: list[Amount], side: str, phase: str) -> tuple[Amount | None, Amount | None]:
    """A summary's side ('income' / 'expenditure') in a phase: its 本年合计 and its 总计 as read, each None
    where not read."""
    items = [a for a in amounts if a.phase == phase and a.column_key == side]
    year = next((a for a in items if _SIDE_TOTAL_RE.search(compact(a.row_label))), None)
    grand = next((a for a in items if _GRAND_TOTAL_RE.search(compact(a.row_label))), None)
    return year, grand


_SIDE_TOTAL_RE: Final = re.compile(r"^(?:本年|当年)?(?:收入|支出)(?:合计|小计)$")
_GRAND_TOTAL_RE: Final = re.compile(r"^(?:收入|支出)?总计$")
_TOP_ITEM_RE: Final = re.compile(r"^[一二三四五六七八九十]+、")


def _parse_summary(table: Table, ctx: Context, cell_rows: bool) -> list[Amount]:
    split_x = _split_at(table)
    side: str | None  # each item's side (income or expenditure), None for an item no side names
    # The header is the lines above the first line that holds an amount.
    first = next((i for i, ln in enumerate(table.lines) if _items(ln, split_x)[1]), len(table.lines))
    # The first row's figures printed a line above it (pdftotext -layout centres them in a taller row)
    # are the body's, not the header's.
    above = table.lines[first - 1] if 0 < first < len(table.lines) else None
    if (
        above is not None
        and above.positioned
        and above.number == table.lines[first].number - 1
        and all(_split_numeric(seg) is not None for seg in above.segments)
    ):
        first -= 1
    # The first row's labels wrapped above its figures ("一、一般公共" over "预算财政拨款 … 1,204.55"): lines
    # of label pieces that each start a numbered item are the body's.
    while (
        0 < first < len(table.lines)
        and table.lines[first - 1].positioned
        and table.lines[first - 1].segments
        and all(
            _split_numeric(seg) is None and _NUMBERED_ITEM_RE.match(compact(seg.text))
            for seg in table.lines[first - 1].segments
        )
    ):
        first -= 1
    table.header, table.body = table.lines[:first], table.lines[first:]
    table.cache[("cell_rows",)] = False
    if cell_rows and (rows := _cell_rows(table.lines, first)) is not None:
        table.header, table.body = rows[0], rows[1]
        table.cache[("cell_rows",)], table.cache[("cell_lines",)] = True, rows[2]
    code_spans = _code_columns(table)
    # Without positions a 行次 column shows as a bare small integer right after each item's label.
    row_numbers = any(w in compact(ln.text) for ln in table.header for w in ROW_NUMBER_WORDS)
    # Without positions, an expenditure side of several columns (合计 / 一般公共预算 / 政府性基金预算)
    # places a row's figures only when it prints every column, or its total alone (always printed first).
    # (a plain summary's expenditure side printed as a 续表 below its income side: its own header words)
    continuation = _continuation_header(table)
    side_columns = _plain_side_columns(table, continuation) if not table.title_line.positioned else []
    income_columns = _plain_income_columns(table) if side_columns else None
    # Without positions, each side printing two figure columns (年初预算数 | 决算数, 上年 | 本年预算数).
    phased = _plain_phase_columns(table, ctx) if not table.title_line.positioned else None
    plain_phase = None
    if phased and len(phased) == 1:  # one column a side: its phase (a final account's 预算数 is budget)
        plain_phase, phased = phased[0][1], None
    elif phased and _phases_clash(phased):
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{table.title}: each side prints {len(phased)} figure columns "
            f"({' | '.join(word for word, _phase in phased)}) of one phase: which figure is the "
            "report's own cannot be told; the table was not loaded.",
            table,
            table.title_line,
        )
        return []
    if phased:
        side_columns = []
    collected: list[tuple[Line, str, str, list]] = []
    stacked_expenditure = False  # a stacked summary's items have reached its expenditure side
    # (the line of a 续表 mark below which a plain summary prints its expenditure side, see
    # ``_continuation_header``)
    continued_at = (
        next((ln.number for ln in table.body if compact(ln.text).startswith("续表")), None)
        if table.body and not any(ln.positioned for ln in table.body) and _expenditure_continued(continuation)
        else None
    )
    # (stacked: positioned without a split between sides, or a plain header naming one 项目 column)
    header_words = [compact(w) for line in table.header for w in line.text.split()]
    stacked = (
        split_x is None
        if table.title_line.positioned
        # (plain: one 项目 and one figure column, "项目 金额" / "项目 行次 金额"; not "项目 预算数
        # 支出功能分类科目 预算数", a side by side summary naming its second 项目 otherwise)
        else len(_label_columns(header_words)) == 1
        and sum(column_key_of(w) in ("amount", "total") for w in header_words) <= 1
        and not continuation
    )
    # Figures printed a line above their items' labels (pdftotext -layout centres a cell in a taller row):
    # read with the line below, each keeping the line it is printed on.
    body, origin = _figures_above_joined(table, ctx)
    # (the header printed again where the table runs on to the next page, "支出" / "项目 预算数": no item)
    body = _wrapped_labels_joined([line for line in body if not _header_words_only(line)], origin)
    # Figures printed with decimals: a bare small number among them is a row number.
    read = {id(line): _items(line, split_x, code_spans) for line in body}  # each line read once
    items_of = {key: items for key, (items, _found, _spoiled) in read.items()}
    for line in body:
        for label, token in read[id(line)][2]:
            ctx.diagnose(
                "warn",
                "figure_unreadable",
                f"{table.title}, item '{label}': '{token}' on line {line.number} is shaped as a figure but "
                "is none as printed (a letter for a digit, a comma or point out of place: a scan's text or a "
                "misprint); not loaded, nor any figure after it on its side.",
                table,
                line,
                observed=token,
            )
    _plain_wraps_joined(body, items_of)
    decimals = any("." in c.raw for items in items_of.values() for _label, cells in items for c in cells)
    unfunded = _funds_without_money(items_of.values(), row_numbers, decimals) if side_columns else set()
    amounts: list[Amount] = []
    deferred: list[tuple[Line, str, list, list[str]]] = []
    compared: set[str] = set()  # headers of columns comparing with another year
    # each side's columns as a positioned item printing every one of them reads them (its figures under as
    # many header cells, one each)
    full_keys: dict[str, list] = {}
    # (amount's index, (side, page), right edge, header) of each positioned figure
    right_edges: list[tuple[int, tuple, float, str]] = []
    for line in body:
        if is_noise(line):
            continue
        items = items_of[id(line)]
        for position, (label, cells) in enumerate(items):
            if not label:
                cells = [
                    c
                    for c in cells
                    if not _row_number_cell(table, line, c, row_numbers)
                    and not (row_numbers and decimals and _stray_row_number(c))
                ]
                if cells and len(items) > 1:  # a line of figures alone is said where the body is read
                    ctx.diagnose(
                        "warn",
                        "unplaced_amount",
                        f"{table.title}: {len(cells)} figure(s) ({' '.join(c.raw for c in cells[:6])}) "
                        "printed with no item to their left on their line or wrapped around it; not loaded.",
                        table,
                        line,
                        observed=" ".join(c.raw for c in cells),
                    )
                continue
            code = None
            if code_spans and (coded := _CODED_LABEL_RE.match(label)):
                code, label = coded.group(1), coded.group(2)  # the row's code, from the code column
            positioned = bool(cells) and cells[0].segment.x0 is not None
            if split_x is not None and positioned:
                side = "income" if cells[0].segment.x0 < split_x else "expenditure"
                if side == "income" and _second_side_item(label, items[:position]):
                    # pdftotext -layout squeezes a short line left ("年初结转和结余 3,215.60 年末结转和结余
                    # 3,215.60", "总计 … 总计 …"): the item after the income side's, naming the expenditure
                    # side or the same total again, is the expenditure side's wherever it stands
                    side = "expenditure"
            elif continued_at is not None and len(items) == 1:
                # the expenditure side printed as a 续表 below the income side: the line tells the side
                side = "income" if line.number < continued_at else "expenditure"
            elif stacked and len(items) == 1:
                # a summary stacked in one column pair, income items above expenditure ones: the income
                # side's until an item names the expenditure side or the income side's 总计 is past, the
                # expenditure side's from there (its classes without 支出, "四、住房保障"; its 年末结转 funds,
                # "一般公共预算财政拨款"; its 总计)
                stacked_expenditure = stacked_expenditure or _side_by_label(label) == "expenditure"
                side = "expenditure" if stacked_expenditure else "income"
                if side == "income" and _INCOME_GRAND_TOTAL_RE.match(compact(label)):
                    stacked_expenditure = True
            elif not positioned and (side := _side_by_label(label)):
                # the same item on both sides of a line ("一般公共预算财政拨款 120.60 一般公共预算财政拨款
                # 162.69 162.69": the funds under 年初 and 年末结转和结余): the second is the expenditure's
                if side == "income" and (
                    any(_unnumbered(other) == _unnumbered(label) for other, _cells in items[:position])
                    # (or alone on its line, printing more figures than the income side has columns:
                    # "一般公共预算财政拨款 2.10 2.10" under 年末结转和结余, the income side ended above)
                    or (
                        income_columns == 1
                        and "收入" not in label
                        and len(side_columns) > 1
                        and sum(1 for c in cells if not _is_row_number(c.raw)) > 1
                    )
                ):
                    side = "expenditure"
            elif len(items) == 1 and any(
                a.column_key.startswith("expenditure") and compact(a.row_label) == compact(label)
                for a in amounts
            ):
                # a total both sides print ("总计"), alone on its line after the expenditure side printed
                # its own: the longer income side's (a final account's income side runs on below)
                side = "income"
            else:
                side = "income" if position == 0 and len(items) > 1 else "expenditure"
            if not positioned and row_numbers and cells and _is_row_number(cells[0].raw):
                cells = cells[1:]
            # (positioned too: spaces that do not stand where the page prints them, as other extractors lay
            # text out, leave a 行次 under no header cell; in a table of figures with decimals it is none)
            numbered = None  # the item's own 行次, where printed before its figures
            if row_numbers and decimals:
                if cells and positioned and _stray_row_number(cells[0]):
                    numbered = cells[0]
                # a bare number after the figures is the 行次 of a blank item beside it ("… 29 5.00 61")
                cells = [c for c in cells if not _stray_row_number(c)]
            if phased and not positioned:
                collected.append((line, label, side, cells))
                continue
            plain_keys = None
            if not positioned and side == "expenditure" and len(side_columns) > 1 and cells:
                columns = side_columns
                if len(cells) < len(columns):
                    columns = [c for c in columns if c not in unfunded]
                if len(cells) == 2 and (fund := column_key_of(label)) in columns[1:]:
                    # an item naming a fund (年末结转和结余's 一般公共预算财政拨款 162.69 162.69): its total,
                    # and that fund's column
                    plain_keys = [columns[0], fund]
                elif 2 <= len(cells) < len(columns) and len(columns) > 2:
                    # its total and some parts of several: the column totals may tell which (below)
                    deferred.append((line, label, cells, columns))
                    continue
                if plain_keys is None:
                    plain_keys = _place_side(table, ctx, line, label, cells, columns)
                cells = cells[: len(plain_keys)]
            # (the header cells over each figure, looked up once)
            aboves = [
                header_cells_at(table, cell.segment, line=line) if cell.segment.x0 is not None else []
                for cell in cells
            ]
            if numbered is not None and any(
                "." in cell.raw and _under_row_numbers(above)
                for cell, above in zip(cells, aboves, strict=True)
            ):
                aboves = _looked_up_on_own_grid(table, line, numbered, cells) or aboves
            if positioned and plain_keys is None and len(cells) > 1 and _SUMMARY_ITEM_RE.search(label):
                plain_keys = _in_columns_order(side, aboves, full_keys)
            for n, cell in enumerate(cells):
                cells_above = aboves[n]
                header = "".join(cells_above)
                if _under_row_numbers(cells_above):
                    if "." in cell.raw:
                        # a figure with decimals under the 行次 column: no row number; a page laid out on a
                        # grid of its own set it there (pdftotext -layout), so its column is not known
                        ctx.diagnose(
                            "warn",
                            "unplaced_amount",
                            f"{table.title}: the figure {cell.raw} of item '{label}' stands under the 行次 "
                            "column, where no figure is printed (the page's columns stand elsewhere than "
                            "the header's); not loaded.",
                            table,
                            line,
                            observed=cell.raw,
                        )
                    continue  # 行次: a row number, not an amount
                key = column_key_of_cells(cells_above) if plain_keys is None else plain_keys[n]
                if key in NOT_OWN_COLUMNS or _other_year(header, ctx.fiscal_year):
                    # another year's column (2024年预算数 in a 2025 budget), named by its own cell
                    compared.add(cells_above[-1] if cells_above else header)
                    continue
                column_key = side if key in (None, "amount", "total") else f"{side}_{key}"
                if positioned and cell.segment.x1 is not None:
                    page = origin.get(id(cell.segment), line).page
                    right_edges.append((len(amounts), (side, page), cell.segment.x1, header))
                amounts.append(
                    ctx.amount(
                        table,
                        origin.get(id(cell.segment), line),
                        value=cell.value,
                        raw=cell.raw,
                        column_key=column_key,
                        column_label=header,
                        row_label=label,
                        classification="functional" if code else None,
                        code=code,
                        level=code_level(code) if code else None,
                        name=label if code else None,
                        is_total_row=bool(_TOTAL_RE.search(label)),
                        # a final account's summary printing 年初预算数 | 决算数 on each side
                        phase=_phase_of(header, ctx) or (plain_phase if not positioned else None),
                    )
                )
    _by_right_edges(amounts, right_edges)
    if phased:
        amounts += _place_phased(table, ctx, collected, phased)
        if amounts:
            compared.update(word for word, phase in phased if phase is None)
    if compared:
        ctx.diagnose(
            "info",
            "comparison_columns_not_loaded",
            f"{table.title}: the figures under the columns of another year or budget "
            f"({', '.join(sorted(compared))}) are not loaded; the report's own columns are.",
            table,
            table.title_line,
        )
    if deferred:
        _place_by_column_totals(table, ctx, amounts, deferred)
        amounts.sort(key=lambda a: a.source_line)  # the items placed last back among their lines
    if table.table_key == "income_expenditure_summary":
        _pin_income_columns(ctx, amounts, items_of.values())
    elif table.table_key == "fiscal_summary":
        _pin_fund_flows(ctx, amounts)
        _pin_funds_unspent(ctx, amounts)
    # Plain text: figures on a line of their own take no item (which item's they are is lost with the
    # positions). Said when the table loads other figures; a table loading none is `table_unread`.
    alone = [
        line
        for line in body
        if amounts
        and not line.positioned
        and not is_noise(line)
        and line.text.split()
        and not any(label for label, _cells in items_of[id(line)])
        and any(cells for _label, cells in items_of[id(line)])
        # the 行次 of an empty row ("30 61"): row numbers, no figures
        and not (row_numbers and decimals and all(_is_row_number(w) for w in line.text.split()))
    ]
    if amounts and alone:
        figures = [word for line in alone for word in line.text.split()]
        ctx.diagnose(
            "warn",
            "unplaced_amount",
            f"{table.title}: {len(figures)} figure(s) printed on lines of their own ({' '.join(figures[:6])}"
            f"{' …' if len(figures) > 6 else ''}) take no item in this text; not loaded.",
            table,
            alone[0],
            observed=" ".join(figures[:20]),
        )
    return amounts


def _by_right_edges(amounts: list[Amount], right_edges: list[tuple[int, tuple, float, str]]) -> None:
    """Positioned figures of one side ending at one right edge stand in one column (a column's figures are
    right-aligned): where the header cells placed them under different columns (a short figure, "623.81",
    right-aligned under a wide cell, stands under the next cell's header where the long ones, "1,537.78",
    stand under their own; the next column's cells left blank, nothing else is printed there), all take the
    column of the widest of them, unless an item would then hold two figures in one column. (A page's own
    grid and a phase's own columns: grouped by page, and never across 年初预算数 | 决算数.)"""
    groups: dict[tuple, list[tuple[int, str]]] = {}
    for index, side_page, edge, header in right_edges:
        groups.setdefault((side_page, round(edge), amounts[index].phase), []).append((index, header))
    for members in groups.values():
        keys = {amounts[index].column_key for index, _h in members}
        if len(keys) < 2:
            continue
        index, header = max(members, key=lambda m: len(amounts[m[0]].amount_raw))
        key = amounts[index].column_key
        moved = [i for i, _h in members if amounts[i].column_key != key]
        taken = {(a.source_line, a.row_label, a.column_key) for a in amounts}
        if any((amounts[i].source_line, amounts[i].row_label, key) in taken for i in moved):
            continue
        for i in moved:
            amounts[i].column_key, amounts[i].column_label = key, header


def _in_columns_order(side: str, aboves: list[list[str]], full_keys: dict[str, list]) -> list | None:
    """The column keys of a positioned item's figures by order, where their header cells put two of them
    under one column: an item printing as many figures as its side's columns, one under each (another item of
    the side shows them), fills them in order. A short figure right-aligned in a wide column stands partly
    under the next column's header cell ("623.81" under "…财政拨款 | 政府性基金预算财政拨 / 款"), and two
    figures of one item never share a cell. None where the header cells place each figure in a column of its
    own (those of an item printing every column are kept as the side's)."""
    if any(map(_under_row_numbers, aboves)):
        return None  # (行次 among the figures: as the header places them)
    keys = [column_key_of_cells(above) for above in aboves]
    if len(set(keys)) == len(keys):
        if len(keys) > len(full_keys.get(side, ())):
            full_keys[side] = keys
        return None
    return full_keys[side] if len(full_keys.get(side, ())) == len(keys) else None


def _place_by_column_totals(table: Table, ctx: Context, amounts: list[Amount], deferred: list) -> None:
    """Expenditure items that print their total and some of several fund columns: the parts' columns are
    the one assignment of all such items whose column sums, with the items placed for sure, give the
    本年支出合计 row's part columns (the county's 其他支出 85.00 is the only item summing to the 政府性基金
    column's 85.00). Otherwise each is reported and keeps its total."""
    by_label: dict[str, dict[str, Decimal]] = {}
    for a in amounts:
        if a.column_key.startswith("expenditure_"):
            label = re.sub(r"^[一二三四五六七八九十]+、", "", a.row_label)
            by_label.setdefault(label, {})[a.column_key.removeprefix("expenditure_")] = a.amount_yuan
    # 本年支出(合计); else 支出总计, which holds the 结转 too (a 结转 printed by fund then fits no assignment)
    total_label = next(
        (k for k in ("本年支出合计", "本年支出", "支出合计", "支出总计", "总计") if k in by_label), None
    )
    totals = by_label.get(total_label, {})
    grand = next((by_label[k] for k in ("支出总计", "总计") if k in by_label and k != total_label), None)
    carried = []
    if grand is not None:
        # The year's total holds no 结转: an item carried over (年末结转和结余) is placed by 总计 = 本年 +
        # 结转 per column, once the year's items are.
        carried = [d for d in deferred if re.search(r"结", d[1])]
        deferred = [d for d in deferred if not re.search(r"结", d[1])]
    placed: dict[str, Decimal] = {}
    for a in amounts:
        if (
            a.column_key.startswith("expenditure_")
            and not _TOTAL_RE.search(a.row_label)
            and not re.search(r"结|本年支出", a.row_label)
            # (nor a fund's line under the 结转: "一般公共预算财政拨款 162.69 162.69")
            and column_key_of(a.row_label) is None
        ):
            key = a.column_key.removeprefix("expenditure_")
            placed[key] = placed.get(key, Decimal(0)) + a.amount_yuan
    parts = sorted({c for _l, _lb, _c, columns in deferred for c in columns[1:]})
    unit = table.amount_unit or "元"
    choice = None
    # each item's parts are some of the part columns, in their order
    options = [list(combinations(columns[1:], len(cells) - 1)) for _l, _lb, cells, columns in deferred]
    # (searched item by item; where no figure is negative, a partial assignment whose column passes its
    # total is dropped, so that many items, a township's 14 classes, are searched too)
    positive = all(c.value >= 0 for d in deferred for c in d[2])
    if (
        deferred
        and totals
        and set(parts) <= set(totals)
        and (positive or prod(len(o) for o in options) <= 4096)
    ):
        choice = _assignment_by_column_sums(deferred, options, placed, totals, parts, unit, prune=positive)
    chosen: list[list[str] | None] = (
        [["total", *keys] for keys in choice] if choice else [None] * len(deferred)
    )
    for _line, _label, cells, columns in carried:
        # the carried item's parts: those whose every column k gives 总计[k] = 本年合计[k] + part
        step = to_yuan(Decimal(1).scaleb(-max(decimals_of(c.raw) for c in cells)), unit)
        fits = [
            keys
            for keys in combinations(columns[1:], len(cells) - 1)
            if totals
            and all(k in grand and k in totals for k in keys)
            and all(
                abs(grand[k] - totals[k] - to_yuan(cell.value, unit)) <= step
                for k, cell in zip(keys, cells[1:], strict=True)
            )
            # a part column the item leaves blank: 总计 and 本年合计 agree there
            and all(
                abs(grand.get(k, Decimal(0)) - totals.get(k, Decimal(0))) <= step
                for k in columns[1:]
                if k not in keys
            )
        ]
        chosen.append(["total", *fits[0]] if len(fits) == 1 else None)
    for (line, label, cells, columns), chosen_keys in zip([*deferred, *carried], chosen, strict=True):
        keys = chosen_keys or _place_side(table, ctx, line, label, cells, columns)
        for cell, key in zip(cells, keys, strict=False):
            amounts.append(
                ctx.amount(
                    table,
                    line,
                    value=cell.value,
                    raw=cell.raw,
                    column_key="expenditure" if key == "total" else f"expenditure_{key}",
                    column_label="",
                    row_label=label,
                    is_total_row=bool(_TOTAL_RE.search(label)),
                )
            )


def _assignment_by_column_sums(deferred, options, placed, totals, parts, unit, prune=True):
    """The one assignment of the deferred items' part figures to columns whose column sums, with the
    items placed for sure, give the totals' part columns (see ``_place_by_column_totals``), searched item by
    item (``prune``: dropped where a column's sum passes its total, no figure being negative); None when
    none or several fit, or the search runs long."""
    step = to_yuan(Decimal(1).scaleb(-max(decimals_of(c.raw) for d in deferred for c in d[2])), unit)
    slack = step * (len(deferred) + 1) / 2
    figures = [[to_yuan(c.value, unit) for c in cells[1:]] for _l, _lb, cells, _cols in deferred]
    fits: list[tuple] = []
    steps = [0]

    def walk(n: int, sums: dict, chosen: list) -> None:
        steps[0] += 1
        if len(fits) > 1 or steps[0] > 200_000:
            return
        if n == len(deferred):
            if all(abs(sums.get(k, Decimal(0)) - totals[k]) <= slack for k in parts):
                fits.append(tuple(chosen))
            return
        for keys in options[n]:
            after = dict(sums)
            for key, value in zip(keys, figures[n], strict=True):
                after[key] = after.get(key, Decimal(0)) + value
            if not prune or all(after.get(k, Decimal(0)) <= totals[k] + slack for k in keys):
                walk(n + 1, after, [*chosen, keys])

    walk(0, dict(placed), [])
    return fits[0] if len(fits) == 1 and steps[0] <= 200_000 else None


def _place_side(
    table: Table, ctx: Context, line: Line, label: str, cells: list, columns: list[str]
) -> list[str]:
    """Column keys of an expenditure item's figures in plain text: every column in order when all are
    printed, the total when it stands alone; with some of the parts left blank, which ones is not printed,
    so only the total is kept and the reader is told."""
    if len(cells) == len(columns) or len(cells) == 1:
        return columns[: len(cells)]
    ctx.diagnose(
        "warn",
        "ambiguous_columns",
        f"{table.title}: item '{label}' prints {len(cells)} figures under the {len(columns)} columns "
        f"{'/'.join(columns)} (blank cells dropped), so which parts they are cannot be told; only its "
        "total is loaded.",
        table,
        line,
        observed=" ".join(c.raw for c in cells),
    )
    return columns[:1]


def _is_row_number(text: str) -> bool:
    """A 行次 as printed: one to three digits (asked of most cells: no pattern for it)."""
    return 0 < len(text) <= 3 and text.isdecimal()


_WHOLE_RE: Final = re.compile(r"(?:收入|支出)$")
# How a summary's items end: a label ending otherwise is cut ("一、一般公共", "二、政府性基").
_ITEM_END_WORDS: Final = "收入|支出|资金|结余|结转|差额|分配|合计|总计|小计|经费|拨款|预算"
_ITEM_END_RE: Final = re.compile(rf"(?:{_ITEM_END_WORDS}|[)）])$")
_NUMBERED_ITEM_RE: Final = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
_ITEM_START_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|本年|收入总计|支出总计|收入合计|支出合计)"
    # a side's total alone beside an item of the other side that prints no figure ("八、其他收入 总计 …")
    r"|^(?:总计|合计)$"
)


# Income items that do not say 收入: the funds appropriated (一、一般公共预算 …), funds of other sources
# (财政专户管理资金, 其他资金, 单位资金), and what is brought in
# from before (年初结转和结余, 上年结转, 使用…结余, 用事业基金弥补收支差额); expenditure items that do not
# say 支出 (年末结转和结余, 结余分配).
_INCOME_ITEM_RE: Final = re.compile(
    r"公共预算|公共财政|政府性基金|国有资本经营|财政专户|资金$|年初.*结[转余]|上年结[转余]|使用.*结余|事业基金弥补|附属单位缴款"
)
# (结余分配's items: 交纳所得税, 提取专用结余 / 提取职业年金, 转入非财政拨款结余, where 使用非财政拨款结余
# is income)
_EXPENDITURE_ITEM_RE: Final = re.compile(r"年末.*结[转余]|结余分配|结转下年|交纳所得税|提取|转入.*结余")

# An item as a summary prints it, numbered or a total or a carry-over ("二、社会保障和就业支出",
# "本年支出合计", "年末结转和结余"): not the rows of a table by code a summary's title was given to.
_SUMMARY_ITEM_RE: Final = re.compile(
    rf"{_ITEM_START_RE.pattern}|{_EXPENDITURE_ITEM_RE.pattern}|{_INCOME_ITEM_RE.pattern}"
)


_CARRYOVER_PART_RE: Final = re.compile(r"支出结[转余]|经营结余")
_CARRYOVER_SIDE_RE: Final = re.compile(r"年初|上年|年末|下年|使用|分配|提取|转入")


def _second_side_item(label: str, before: list[tuple[str, list]]) -> bool:
    """Whether an item of a two-sided line, after an income item that printed its figures, is the
    expenditure side's by its name: it names that side, or it is the same total again (总计 / 合计)."""
    if not any(cells and _side_by_label(other) != "expenditure" for other, cells in before):
        return False
    return _side_by_label(label) == "expenditure" or any(
        _unnumbered(other) == _unnumbered(label) and _ITEM_START_RE.match(label) for other, _c in before
    )


def _side_by_label(label: str) -> str | None:
    """The side of a two-sided item by what it names: income items say 收入 (or name a fund or what is
    brought in from the year before), expenditure items 支出 (or what is carried over to the next)."""
    # (a carry-over's split, "其中：基本支出结转" / "项目支出结转和结余" / "经营结余", is either side's: under
    # 年初 the income's, under 年末 the expenditure's; its line's place tells)
    if _CARRYOVER_PART_RE.search(label) and not _CARRYOVER_SIDE_RE.search(label):
        return None
    income, expenditure = "收入" in label, "支出" in label
    if income and not expenditure:
        return "income"
    if expenditure and not income:
        return "expenditure"
    if not income and not expenditure:
        if _EXPENDITURE_ITEM_RE.search(label):
            return "expenditure"
        # "一、财政拨款": the appropriations; "（二）单位资金结转": the unit's own money brought in
        if _INCOME_ITEM_RE.search(label) or "财政拨款" in label or "单位资金" in label:
            return "income"
    return None


# The income items of a 收支总表 and the 收入表 column each one is (the appropriations also summed into
# 财政拨款).
_INCOME_ITEM_COLUMNS: Final = (
    ("公共预算", "general_public"),  # 一般公共预算, and its former names 公共预算, 公共财政预算
    ("公共财政", "general_public"),
    ("政府性基金", "government_fund"),
    ("国有资本经营", "state_capital"),
    ("财政专户", "fiscal_special_account"),
    ("上级补助", "upper_grant"),
    ("事业收入", "business"),
    ("经营收入", "operating_income"),
    ("附属单位上缴", "affiliated_remit"),
    ("附属单位缴款", "affiliated_remit"),
    ("其他收入", "other_income"),
    # the appropriations as one item ("一、财政拨款收入", the templates before 2017): their column's
    ("财政拨款", "fiscal_appropriation"),
)


def _pin_income_columns(ctx: Context, amounts: list[Amount], lines_items) -> None:
    """收支总表 income items = the 收入表's 合计 row by column (domain.md, across tables): a pin for the
    收入表's placement in plain text. An item printed without a figure is zero. Only when the items add up to
    the summary's 本年收入合计 (a misprint leaves the pin unmatched: its key is that total), and with its
    上年结转 item, to its 收入总计 (a 收入表 printing the carryover's column). The document's own phase
    only (a final account's 年初预算数 column is not its 收入表's)."""
    amounts = [a for a in amounts if a.phase == ctx.phase]
    total = next(
        (
            a.amount_yuan
            for a in amounts
            if a.column_key == "income" and a.row_label in ("本年收入合计", "收入合计")
        ),
        None,
    )
    if total is None:
        return
    stated = {a.row_label: a.amount_yuan for a in amounts if a.column_key == "income"}
    labels = [
        label
        for items in lines_items
        for label, _cells in items
        if label and _side_by_label(label) == "income"
    ]
    pin: dict[str, Decimal] = {}
    for label in labels:
        # (a 其中 line is a part of the item above it, "一、财政拨款收入" / "其中：政府性基金预算拨款": no
        # item of its own)
        if label.startswith("其中") or any(word in label for word in ("合计", "总计", "结转", "结余")):
            continue
        key = next((k for word, k in _INCOME_ITEM_COLUMNS if word in label), None)
        if key is not None and key not in pin:
            pin[key] = stated.get(label, Decimal(0))
    appropriations = [pin[k] for k in ("general_public", "government_fund", "state_capital") if k in pin]
    if appropriations and "fiscal_appropriation" not in pin:
        pin["fiscal_appropriation"] = sum(appropriations, Decimal(0))
    if (
        pin
        and sum(
            (v for k, v in pin.items() if k not in ("general_public", "government_fund", "state_capital")),
            Decimal(0),
        )
        == total
    ):
        ctx.pin(("functional", None, total, "income"), pin)  # for the 收入表 only (see columns)
        # A 收入表 printing a 上年结转 column (a budget's 部门收入总表): its 合计 is the 收入总计, this year's
        # income and the carryover brought in, which the summary states as an income item of its own.
        carried = [label for label in labels if re.search("上年结转|年初结转", label)]
        if carried:
            carryover = stated.get(carried[0], Decimal(0))
            ctx.pin(("functional", None, total + carryover, "income"), {**pin, "carryover_begin": carryover})


# The fund each 财政拨款 item names, and the column of the fund on the expenditure side.
_FUNDS: Final = (
    (("公共预算", "公共财政"), "general_public", "expenditure_general_public"),  # also the former names
    (("政府性基金",), "government_fund", "expenditure_government_fund"),
    (("国有资本经营",), "state_capital", "expenditure_state_capital"),
)


def _pin_fund_flows(ctx: Context, amounts: list[Amount]) -> None:
    """The 财政拨款收支总表 states each fund's flow of the year: its 年初结转和结余 and 本年收入 (income side
    items), its 本年支出 and 年末结转和结余 (the fund's column of the 本年支出合计 and 年末 rows). The fund's
    own 收入支出 table (政府性基金预算财政拨款收入支出决算表 …) prints the same four figures on its 合计 row:
    a pin for its placement in plain text. A figure the summary leaves blank is zero; pinned only where the
    summary's four figures keep 年初 + 收入 − 支出 = 年末."""
    amounts = [a for a in amounts if a.phase == ctx.phase]
    spent = [a for a in amounts if a.row_label in ("本年支出合计", "支出合计")]
    if not spent or not any(a.row_label in ("本年收入合计", "收入合计") for a in amounts):
        return
    received = min(a.source_line for a in amounts if a.row_label in ("本年收入合计", "收入合计"))
    for words, fund, column in _FUNDS:
        flow = {"carryover_begin": Decimal(0), "income": Decimal(0), "total": Decimal(0)}
        flow["carryover_end"] = Decimal(0)
        for a in amounts:
            label = compact(a.row_label)
            if a.column_key == "income" and any(word in label for word in words):
                flow["income" if a.source_line < received else "carryover_begin"] += a.amount_yuan
            elif a.column_key == column and "支出合计" in label:
                flow["total"] = a.amount_yuan
            elif a.column_key == column and "年末" in label:
                flow["carryover_end"] = a.amount_yuan
        if (
            any(flow.values())
            and flow["carryover_begin"] + flow["income"] - flow["total"] == flow["carryover_end"]
        ):
            ctx.pin(("fund_flow", fund), flow)


def _pin_funds_unspent(ctx: Context, amounts: list[Amount]) -> None:
    """The funds the 财政拨款收支总表 shows nothing of: on its whole spending's rows (本年支出合计, 支出总计)
    the funds' columns it printed add up to the row's 合计, so the others are blank. No table of the report
    spends from such a fund: a pin that its columns are zero (a 项目支出表's 政府性基金 column, blank
    throughout, then takes none of the figures that fit it as well as the 一般公共预算's)."""
    amounts = [a for a in amounts if a.phase == ctx.phase]
    wholes: dict[int, dict[str, Decimal]] = {}
    for a in amounts:
        label = compact(a.row_label)
        if re.sub(r"^[一二三四五六七八九十]+、", "", label) in (
            "本年支出合计",
            "本年支出",
            "支出总计",
            "支出合计",
        ):
            wholes.setdefault(a.source_line, {})[a.column_key] = a.amount_yuan
    funds = [column for _word, _fund, column in _FUNDS]
    unspent = None
    for row in wholes.values():
        total = row.get("expenditure")
        if not total or sum(row.get(c, Decimal(0)) for c in funds) != total:
            return  # a whole whose funds are not all printed: nothing is known of the others
        zero = {fund for _word, fund, column in _FUNDS if not row.get(column)}
        unspent = zero if unspent is None else unspent & zero
    if unspent:
        ctx.pin(("funds_unspent",), dict.fromkeys(unspent, Decimal(0)))


def _plain_side_columns(table: Table, continuation: list[str]) -> list[str]:
    """The column keys the expenditure side of a plain-text header names, left to right (合计 / 一般公共预算 /
    政府性基金预算 …): the amount words after the header's second 项目, or after the 项目 of its
    ``continuation`` (``_continuation_header``) where the header names one 项目 only."""
    words: list[str] = []
    for line in table.header:
        for word in (compact(w) for w in line.text.split()):
            if words and len(word) == 1 and len(words[-1]) == 1:  # a spaced label: "项 目"
                words[-1] += word
            elif (
                words
                and unfinished_label(words[-1])
                and _label_across(words[-1], word)
                # (not a side's word over its columns, "收入" / "金额" / "支出" / "合计": no cell broken)
                and not (words[-1] == "支出" and "收入" in words and "项目" not in words)
            ):
                words[-1] += word  # a cell broken over lines: "一般公共预" / "算财政拨款"
            else:
                words.append(word)
    projects = _side_starts(words)
    if len(projects) < 2:
        # the expenditure side printed as a continuation below the income side ("续表" / "支出" / "项目" /
        # "合计" / "一般公共预算财政拨款" …): its header is the continuation's
        words = continuation
        projects = [-1, *_label_columns(words)][-2:]
        if len(projects) < 2:
            return []
    keys: list[str] = []
    after = [column_key_of(w) for w in words[projects[1] + 1 :]]
    for n, key in enumerate(after):
        if key is None or (key == "fiscal_appropriation" and keys and keys[-1] in _FUND_COLUMNS):
            continue  # "一般公共预算 / 财政拨款": one header cell broken over two lines
        if key == "amount" and "total" in after[n + 1 :]:
            continue  # "决算数" over 合计 / 一般公共预算 / …: a group label, not a column
        keys.append("total" if key == "amount" else key)
    return keys


# A side's label column by its header word: 项目 / 项目名称, or the expenditure side's subject column as
# provinces name it (支出功能分类科目, 功能科目名称, 科目名称, 支出项目, 项目（按功能分类）), 科目编码
# opening it.
_LABEL_COLUMN_RE: Final = re.compile(
    r"^(?:(?:收入|支出)?项目(?:名称)?(?:[(（][^)）]*[)）])?|(?:支出)?(?:功能)?(?:分类)?科目(?:名称|编码)?)$"
)


def _label_columns(words: list[str]) -> list[int]:
    """Where a label column opens among header words (科目编码 / 科目名称 side by side open one)."""
    return [
        n
        for n, w in enumerate(words)
        if _LABEL_COLUMN_RE.match(w) and not (n and _LABEL_COLUMN_RE.match(words[n - 1]))
    ]


def _side_starts(words: list[str]) -> list[int]:
    """Where each side's label column stands among a plain header's words: its 项目 (项目名称, 科目名称 …),
    or, in a header naming no 项目, its side's word ("收入" / "金额" / "支出" / "合计" / "一般公共预算" …)."""
    projects = _label_columns(words)
    if projects or words.count("收入") != 1 or words.count("支出") != 1:
        return projects
    income, expenditure = words.index("收入"), words.index("支出")
    return [income, expenditure] if income < expenditure else projects


_HEADER_WORDS: Final = frozenset(
    ("项目", "项目名称", "收入", "支出", "行次", "金额", "预算数", "决算数", "本年预算数")
)


def _header_words_only(line: Line) -> bool:
    """Whether a body line prints header words only ("项目 预算数" atop a page the table runs on to)."""
    words = [compact(w) for w in line.text.split()]
    return bool(words) and all(word in _HEADER_WORDS for word in words) and "项目" in "".join(words)


_INCOME_GRAND_TOTAL_RE: Final = re.compile(r"^(?:收入总计|总计)$")


def _unnumbered(label: str) -> str:
    return _NUMBERED_ITEM_RE.sub("", label)


def _plain_income_columns(table: Table) -> int | None:
    """How many figure columns the income side of a plain-text header names (the amount words between
    its two 项目), or None where the header does not tell."""
    words = [compact(w) for line in table.header for w in line.text.split()]
    projects = _side_starts(words)
    if len(projects) < 2:
        return None
    return sum(1 for w in words[projects[0] + 1 : projects[1]] if column_key_of(w) is not None) or None


def _expenditure_continued(words: list[str]) -> bool:
    """Whether a plain summary's 续表 prints the expenditure side alone ("续表" / "支出" / "项目" / "合计" …),
    not both sides' header again (a page's continuation: "收入 支出" / "项目 决算数 项目 决算数")."""
    return words.count("项目") == 1 and "支出" in words and "收入" not in words


def _continuation_header(table: Table) -> list[str]:
    """The header words of a summary's continuation in plain text: the lines after a "续表" line in the
    body, up to the first line printing a figure."""
    words: list[str] = []
    started = False
    for line in table.body:
        text = compact(line.text)
        if not started:
            started = text.startswith("续表")
            continue
        if _split_numeric(Segment(text, None, None)) or any(ch.isdigit() for ch in text):
            break
        words += [compact(w) for w in line.text.split()]
    return words


def _label_across(before: str, after: str) -> bool:
    """Whether a column label runs from the end of one header word into the next ("一般公共预" / "算…")."""
    joined = before + after
    for fragment, _key in COLUMN_LABELS:
        at = joined.find(fragment)
        while at >= 0:
            if at < len(before) < at + len(fragment):
                return True
            at = joined.find(fragment, at + 1)
    return False


def _plain_phase_columns(table: Table, ctx: Context) -> list[tuple[str, str | None]] | None:
    """The figure columns a plain-text summary prints on each side, as (header word, phase; None for
    another year's, not loaded), when its header names the same ones after each 项目 ("项目 年初预算数 决算数
    项目 年初预算数 决算数", or a cell per line); else None. Two of one phase, or three, are returned all the
    same: which figure is which the text then cannot tell (see ``parse_summary_table``)."""
    words = [compact(w) for line in table.header for w in line.text.split()]
    projects = _label_columns(words)
    if len(projects) != 2:
        return None
    sides = [words[projects[0] + 1 : projects[1]], words[projects[1] + 1 :]]
    figure_words = [
        [
            w
            for w in side
            if re.search(r"预算|决算|执行|实际", w)
            and column_key_of(w) in ("amount", "prior_year", "budget_adjusted", None)
        ]
        for side in sides
    ]
    if not figure_words[0] or figure_words[0] != figure_words[1]:
        return None
    return [(word, _column_phase(word, ctx)) for word in figure_words[0]]


def _column_phase(word: str, ctx: Context) -> str | None:
    """A summary column's phase by its header word: None for another year's (上年预算数, 2024年预算数 in a
    2025 budget) and for a final account's 调整预算数 (its budget is the 年初 one)."""
    if column_key_of(word) in NOT_OWN_COLUMNS or _other_year(word, ctx.fiscal_year):
        return None
    if ctx.doc_kind == "final_account":
        return "actual" if ACTUAL_WORDS_RE.search(word) else "budget"
    return "budget"


def _phases_clash(columns: list[tuple[str, str | None]]) -> bool:
    """Two loaded columns of one phase a side (年初预算数 | 全年预算数 as budgets): which is the report's own
    figure cannot be told."""
    phases = [phase for _word, phase in columns if phase is not None]
    return len(phases) != len(set(phases))


def _place_phased(table: Table, ctx: Context, collected: list, columns: list) -> list[Amount]:
    """Plain-text items of a summary printing two or more figure columns on each side: an item printing
    every column's figure takes them in order; with two columns, one printing one figure takes the column
    that the side's sums place it in (the items add up to 本年收入合计 / 本年支出合计 in each column, and
    with the lines after it to 总计), when exactly one placement of all such items of the side holds;
    otherwise it is said and not loaded (with three columns, text without positions drops blank cells)."""
    placed: list[tuple[Line, str, str, object, int]] = []  # (line, label, side, cell, column index)
    open_items: dict[str, list[tuple[Line, str, object]]] = {"income": [], "expenditure": []}
    for line, label, side, cells in collected:
        if len(cells) == len(columns):
            placed += [(line, label, side, cell, n) for n, cell in enumerate(cells)]
        elif len(cells) == 1 and len(columns) == 2:
            open_items[side].append((line, label, cells[0]))
        elif cells:
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{table.title}: item '{label}' prints {len(cells)} figures under {len(columns)} columns "
                f"({' | '.join(word for word, _phase in columns)}): which is which cannot be told; not "
                "loaded.",
                table,
                line,
                observed=" ".join(c.raw for c in cells),
            )
    unit = table.amount_unit or "元"
    for side, items in open_items.items():
        if not items:
            continue
        choice = _phased_fit([(ln, lab, c, n) for ln, lab, s, c, n in placed if s == side], items, unit)
        if choice is None:
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{table.title}: {len(items)} {side} item(s) print one figure under the two columns "
                f"{' | '.join(word for word, _phase in columns)} "
                f"({', '.join(label for _l, label, _c in items[:4])}{' …' if len(items) > 4 else ''}), and "
                "the column sums do not tell which; not loaded.",
                table,
                items[0][0],
                observed=" ".join(cell.raw for _l, _label, cell in items[:20]),
            )
            continue
        placed += [(line, label, side, cell, n) for (line, label, cell), n in zip(items, choice, strict=True)]
    amounts = []
    for line, label, side, cell, n in sorted(placed, key=lambda p: (p[0].number, p[4])):
        word, phase = columns[n]
        if phase is None:
            continue  # another year's column: said with the others
        amounts.append(
            ctx.amount(
                table,
                line,
                value=cell.value,
                raw=cell.raw,
                column_key=side,
                column_label=word,
                row_label=label,
                is_total_row=bool(_TOTAL_RE.search(label)),
                phase=phase,
            )
        )
    return amounts


def _phased_fit(placed: list, items: list, unit: str) -> tuple[int, ...] | None:
    """The one assignment of a side's one-figure items to its two columns under which the side's sums hold
    in both columns: the items above its 本年合计 line add up to it, and it with the lines after it (结转)
    to 总计; None when no assignment or several do, or the 本年合计 is not printed in both columns.
    ``placed``: (line, label, cell, column) of the side's items printing both figures; ``items``: (line,
    label, cell) of those printing one."""
    if len(items) > 12:
        return None
    totals = [
        [
            (line.number, to_yuan(c.value, unit))
            for line, label, c, n in placed
            if _CURRENT_RE.search(label) and n == k
        ]
        for k in (0, 1)
    ]
    if not all(len(t) == 1 for t in totals):
        return None
    grand = [
        [to_yuan(c.value, unit) for _line, label, c, n in placed if _GRAND_RE.search(label) and n == k]
        for k in (0, 1)
    ]
    fits = []
    for assignment in product((0, 1), repeat=len(items)):
        entries = [
            *placed,
            *((line, label, cell, k) for (line, label, cell), k in zip(items, assignment, strict=True)),
        ]
        holds = True
        for k in (0, 1):
            at, total = totals[k][0]
            above = after = Decimal(0)
            for line, label, cell, n in entries:
                if n != k or _TOTAL_RE.search(label) or _CURRENT_RE.search(label):
                    continue
                if line.number < at:
                    above += to_yuan(cell.value, unit)
                else:
                    after += to_yuan(cell.value, unit)
            holds &= above == total and (len(grand[k]) != 1 or total + after == grand[k][0])
        if holds:
            fits.append(assignment)
    return fits[0] if len(fits) == 1 else None


_CURRENT_RE: Final = re.compile(r"本年(?:收入|支出)(?:合计)?$")
_GRAND_RE: Final = re.compile(r"总计$")


_FUND_COLUMNS: Final = {
    "general_public": "一般公共预算",
    "government_fund": "政府性基金",
    "state_capital": "国有资本经营",
}


def _funds_without_money(lines_items, row_numbers: bool, decimals: bool) -> set[str]:
    """The funds (政府性基金, 国有资本经营) whose income items print no money: their expenditure columns
    are blank throughout, so an item printing fewer figures than the columns is placed without them."""
    funded: set[str] = set()
    for items in lines_items:
        for label, cells in items:
            if row_numbers and decimals:
                cells = [c for c in cells if not _is_row_number(c.raw)]
            elif row_numbers and cells and _is_row_number(cells[0].raw):
                cells = cells[1:]
            for key, word in _FUND_COLUMNS.items():
                if word in label and "支出" not in label and any(c.value for c in cells):
                    funded.add(key)
    return {key for key in ("government_fund", "state_capital") if key not in funded}


def _figures_above_joined(table: Table, ctx: Context) -> tuple[list[Line], dict[int, Line]]:
    """The body with each positioned line of figures only joined to the line right below it, where that
    line names items and prints no figure where these stand (the figures of its items, printed a line up:
    "2,940.05 … 2,940.05" over "本年收入合计 … 本年支出合计 2,940.05"); with the line each figure is printed
    on. A line of figures only that no line below takes is said: figures beside no item."""
    body: list[Line] = []
    origin: dict[int, Line] = {}
    lines = [ln for ln in table.body if not is_noise(ln)]
    taken: set[int] = set()
    labels_below = _labels_below_figures(lines)
    for n, line in enumerate(lines):
        if id(line) in taken:
            continue
        figures = _figures_only(line)
        below = lines[n + 1] if n + 1 < len(lines) else None
        if not figures:
            body.append(line)
            continue
        # Labels set at the top of a tall row, its figures centred: the row's first label pieces (each
        # starting a numbered item) a line above the figures, a piece of them maybe below ("一、一般公共预算财
        # 1 … 6" / "2,236.18 … 1,801.44" / "政拨款"): the figures are the line above's. Between two lines
        # of such labels, the figures go the way the table's other tall rows go (_labels_below_figures).
        above = body[-1] if body else None
        if (
            above is not None
            and above.positioned
            and above.page == line.page
            and line.number - 1
            in {origin.get(id(seg), above).number for seg in above.segments} | {above.number}
            and _numbered_labels_only(above)
            and not (labels_below and _labels_right_below(line, below))
            and not _figures_clash(line, above)
        ):
            segments = sorted([*above.segments, *line.segments], key=lambda seg: seg.x0)
            origin.update({id(seg): line for seg in line.segments})
            body[-1] = Line(above.number, above.page, segments, page_number=above.page_number)
            continue
        if (
            below is not None
            and below.positioned
            and below.number == line.number + 1
            and below.page == line.page
            and any(_split_numeric(seg) is None for seg in below.segments)
            and not _figures_clash(line, below)
        ):
            segments = sorted([*line.segments, *below.segments], key=lambda seg: seg.x0)
            origin.update({id(seg): line for seg in line.segments})
            body.append(Line(below.number, below.page, segments, page_number=below.page_number))
            taken.add(id(below))
            continue
        body.append(line)
        if all(_row_number_cell(table, line, seg, False) for seg in line.segments):
            continue  # the 行次 of an empty row ("30 … 61"): row numbers, no figures
        ctx.diagnose(
            "warn",
            "unplaced_amount",
            f"{table.title}: the figures {line.text.split()} stand on a line of their own beside no item; "
            "not loaded.",
            table,
            line,
            observed=" ".join(line.text.split()),
        )
    return body, origin


# Header cells of a column of codes (支出功能分类科目编码, 科目编码, 功能分类代码), and a code printed in one.
_CODE_HEADER_RE: Final = re.compile("编码|代码")
_CODED_LABEL_RE: Final = re.compile(r"^([12]\d{2}(?:\d{2}){0,2})(?!\d)(.+)$")


def _code_columns(table: Table) -> list[tuple[float, float]]:
    """The spans of the header's code columns; in plain text, where the header names one and the table's
    figures print decimals, one span without positions (a bare code before a name is then the code)."""
    if table.header and not any(line.positioned for line in table.header):
        named = any(_CODE_HEADER_RE.search(compact(line.text)) for line in table.header)
        decimals = any(re.search(r"\d\.\d", line.text) for line in table.body)
        return [(None, None)] if named and decimals else []
    return [
        (seg.x0, seg.x1)
        for line in table.header
        if line.positioned
        for seg in line.segments
        if _CODE_HEADER_RE.search(compact(seg.text))
    ]


def _in_code_column(seg: Segment, spans: Sequence[tuple[float, float]], following: str = "") -> bool:
    """A functional code standing under a code column's header (overlapping it); in plain text, a bare one
    (no decimals) followed by a name, not by a figure or a total."""
    if not FUNCTIONAL_CODE_RE.match(seg.text.strip()):
        return False
    if seg.x0 is None:
        word = compact(following)
        return (
            spans == [(None, None)]
            # (a 类 of the functional classification, 201-235; not a bare integer figure, "上年结转 120 …")
            and 201 <= int(seg.text.strip()[:3]) <= 235
            and bool(word)
            and parse_amount(word) is None
            and not _ITEM_START_RE.match(word)
            and not _TOTAL_RE.search(word)
        )
    return any(x0 is not None and min(x1, seg.x1) > max(x0, seg.x0) for x0, x1 in spans)


def _figures_only(line: Line) -> bool:
    return line.positioned and all(_split_numeric(seg) is not None for seg in line.segments)


def _labels_right_below(line: Line, below: Line | None) -> bool:
    return below is not None and below.number == line.number + 1 and _numbered_labels_only(below)


def _labels_below_figures(lines: list[Line]) -> bool:
    """Whether the table's tall rows print their labels under their figures (bottom-aligned labels, the
    figures centred) rather than over them (top-aligned): told by the lines of figures only that stand
    right below a line of item labels and right above a line that is no such line, or the other way
    round; below when neither is seen more (a line of figures between two lines of item labels is the
    lower one's, as a table printing every row's labels under its figures has it)."""
    over = under = 0
    for n, line in enumerate(lines):
        if not _figures_only(line):
            continue
        above = lines[n - 1] if n else None
        below = lines[n + 1] if n + 1 < len(lines) else None
        labels_above = (
            above is not None
            and above.number == line.number - 1
            and not _figures_only(above)
            and _numbered_labels_only(above)
        )
        labels_below = _labels_right_below(line, below)
        over += labels_above and not labels_below
        under += labels_below and not labels_above
    return under >= over


# 上年 naming the year before (not 上年结转 / 上年结余, a carry-over); a year named ("2024年", "2024 年").
_LAST_YEAR_RE: Final = re.compile(r"上年(?!结[转余])")
_YEAR_NAMED_RE: Final = re.compile(r"((?:19|20)\d{2})\s*年")


def _other_year(header: str, fiscal_year: int | None) -> bool:
    """A column named by a year other than the report's ("2024年预算数" in a 2025 budget), or as the year
    before ("上年预算", "上年数"; not a carry-over's name, 上年结转)."""
    if _LAST_YEAR_RE.search(compact(header)):
        return True
    years = {int(y) for y in _YEAR_NAMED_RE.findall(header)}
    return fiscal_year is not None and bool(years) and fiscal_year not in years


def _phase_of(header: str, ctx: Context) -> str | None:
    """The phase a final account's column states: 预算数 / 年初预算(数) / 调整预算数 are the budget (its
    决算数 the account's own, actual; a fund's name, 一般公共预算财政拨款, names no phase)."""
    return column_phase(ctx, compact(header))


def _looked_up_on_own_grid(table: Table, line: Line, numbered, cells: list) -> list[list[str]] | None:
    """The header cells over an item's figures on a page laid out on a grid of its own (pdftotext -layout
    sets each page's columns apart; a page without the header printed again stands columns away from it):
    the item's 行次 stands under the header's 行次 cell nearest it once the line is moved by as much, and
    so do its figures under their columns. None where a figure still stands under 行次 or under no name."""
    columns = [
        (seg.x0 + seg.x1) / 2
        for hline in table.header
        for seg in hline.segments
        if seg.x0 is not None and compact(seg.text) in ROW_NUMBER_WORDS
    ]
    if not columns:
        return None
    at = (numbered.segment.x0 + numbered.segment.x1) / 2
    shift = min((column - at for column in columns), key=abs)
    aboves = [
        header_cells_at(
            table, Segment(cell.segment.text, cell.segment.x0 + shift, cell.segment.x1 + shift), line=line
        )
        for cell in cells
    ]
    if any(not above or _under_row_numbers(above) for above in aboves):
        return None
    return aboves


def _stray_row_number(cell) -> bool:
    """In a table whose header names 行次 and whose figures print decimals, a bare small number: its row
    number, also on a positioned line, whatever header cell it stands under (other extractors' layout text
    sets spaces that do not stand where the page prints its cells); never a 0, which no row is numbered."""
    if not _is_row_number(cell.raw):
        return False
    return cell.segment.x0 is None or cell.raw != "0"


def _row_number_cell(table: Table, line: Line, cell, row_numbers: bool) -> bool:
    """A 行次 (row number) printed where a figure would be (a cell, or a segment of a positioned line):
    under the 行次 header, or in plain text a bare small integer in a table that has one."""
    segment = cell if isinstance(cell, Segment) else cell.segment
    if segment.x0 is None:
        return row_numbers and _is_row_number(cell.raw)
    return _under_row_numbers(header_cells_at(table, segment, line=line))


def _under_row_numbers(cells_above: list[str]) -> bool:
    """Whether the header cells over a figure name the 行次 (row number) column."""
    header = "".join(cells_above)
    return any(word in header for word in ROW_NUMBER_WORDS)


def _figures_clash(line: Line, other: Line) -> bool:
    """Whether a figure of the other line stands over or under a segment of the line (the two are not one
    row's figures and labels)."""
    return any(
        min(seg.x1, fig.x1) > max(seg.x0, fig.x0)
        for seg in line.segments
        for fig in other.segments
        if _split_numeric(fig) is not None
    )


def _opens_item(text: str) -> bool:
    """Whether a label piece opens a summary item: numbered, a total, or what is brought in or carried
    over (年初…结转, 年末…, 上年结转, 使用…结余)."""
    return bool(
        _NUMBERED_ITEM_RE.match(text)
        or _TOTAL_RE.search(text)
        or _ITEM_START_RE.match(text)
        or re.match(r"(?:年初|年末|上年结转|使用|用事业基金)", text)
    )


def _numbered_labels_only(line: Line) -> bool:
    """Whether a line's labels each start a numbered item (一、…, (二)…) or a total, beside no figures but
    row numbers (行次): a row's first line, its figures elsewhere."""
    labels = [seg for seg in line.segments if _split_numeric(seg) is None]
    figures = [seg for seg in line.segments if _split_numeric(seg) is not None]
    return (
        bool(labels)
        and all(_opens_item(compact(seg.text)) for seg in labels)
        and all(_is_row_number(seg.text.strip()) for seg in figures)
    )


def _starts_item(text: str) -> bool:
    return bool(_ITEM_START_RE.match(text) or re.match(r"^(?:\d{1,2}[.、]|总计|合计|小计)", text))


def _continues(text: str, after: str | None = None) -> bool:
    """A wrapped label's next piece: a few characters that start no item and name none ("费", "算", "出";
    not 结余分配); or more, after a piece that ends no item ("一、一般公共" / "预算财政拨款")."""
    return (
        (len(text) <= 4 or (after is not None and not _ITEM_END_RE.search(after)))
        # two whole names, one on each line ("一般公共服务支出" over "教育支出"), are two items
        and not (after is not None and _WHOLE_RE.search(after) and _WHOLE_RE.search(text) and len(text) >= 3)
        and not _starts_item(text)
        and not _EXPENDITURE_ITEM_RE.search(text)
        and not _INCOME_ITEM_RE.search(text)
    )


def _wrapped_labels_joined(body: list[Line], origin: dict[int, Line]) -> list[Line]:
    """Layout text prints a label wrapped in a tall cell around the row's line: its first piece a line
    above, its last piece a line below, or both with the figure's line between them printing nothing in
    that column ("三、单位预留机动经" / "… 三、国防支出 … 210.00" / "费"). Pieces on label-only lines right
    above or below a line with figures join the label of their column on that line, or stand as that
    line's label where it prints none; a piece that starts an item (一、, (二), 1., 本年…) is its own row.
    A PDF may print the pieces of the two sides a little apart, on lines of their own ("一、一般公共" /
    "一、一般公共" / "预算财政拨款 … 1,204.55 … 980.25" / "服务支出" / "收入"), and a label may wrap over
    three lines: a second line of pieces is read too where none of its pieces stands over one of the
    nearer line's, or the nearer line was all joined in."""
    out = list(body)
    dropped: set[int] = set()
    for n, line in enumerate(out):
        if not line.positioned or not any(_split_numeric(seg) is not None for seg in line.segments):
            continue
        # a line joined with its figures printed a line up starts on that line; with its figures printed
        # a line down, it ends there
        top = min(origin.get(id(seg), line).number for seg in line.segments)
        bottom = max(origin.get(id(seg), line).number for seg in line.segments)
        aboves: list[Line | None] = []
        for k in (1, 2):
            above = out[n - k] if n - k >= 0 else None
            ok = _label_piece_line(above, top - k, line.page) and id(above) not in dropped
            aboves.append(above if ok else None)
        belows: list[Line | None] = []
        for k in (1, 2):
            below = out[n + k] if n + k < len(out) else None
            belows.append(below if _label_piece_line(below, bottom + k, line.page) else None)
        for k in (0, 1):
            above, below = aboves[k], belows[k]
            if k == 1:  # the second lines: pieces of other columns than the nearer lines', or a label's
                # third piece where the nearer line was all joined in ("二、政府性" / "基金预算拨" / "款")
                above = above if above and aboves[0] and _apart(above, aboves[0], dropped) else None
                below = below if below and belows[0] and _apart(below, belows[0], dropped) else None
            if above is None and below is None:
                continue
            segments, joined_above, joined_below = _pieces_joined(list(line.segments), above, below)
            if above is not None and joined_above == len(above.segments):
                dropped.add(id(above))
            if below is not None and joined_below == len(below.segments):
                dropped.add(id(below))
            if joined_above or joined_below:
                segments.sort(key=lambda seg: seg.x0)
                line = out[n] = Line(line.number, line.page, segments, page_number=line.page_number)
    return [line for line in out if id(line) not in dropped]


def _cell_rows(lines: list[Line], first: int) -> tuple[list[Line], list[Line], dict] | None:
    """Plain text printing the table one cell a line, row after row ("一、一般公共预算拨款" /
    "8,115,871,042.66" / "一、教育支出" / "9,697,640,650.70" / …, a 行次 a line of its own where printed, a
    blank cell not at all): (header, body, printed) with each item's label and the figures after it as one
    line, the label's; ``printed``: (that line's number, a figure) -> the lines printing it, in order. None
    where the table is not so printed (most of its lines from the first figure on hold
    more than one word, or no label is followed by its figures)."""
    # (a line of figures alone holds no item: the first line holding an amount may be none of them; the
    # body's first figure is the first after an item's label, its 行次 maybe between)
    labelled = (n for n, ln in enumerate(lines) if _figures_line(ln) and _after_item_label(lines[:n]))
    first = min(first, next(labelled, len(lines)))
    rest = [ln for ln in lines[first:] if ln.text.strip() and not is_noise(ln)]
    words = [ln.text.split() for ln in rest]
    if len(rest) < 6 or sum(len(w) == 1 for w in words) < 0.8 * len(rest):
        return None
    # The first item's label stands above the first figure (the header ends at the first line of figures),
    # its 行次 or its label's wrapped end maybe between.
    back = first
    while back > 0 and (not (text := lines[back - 1].text.strip()) or _is_row_number(text)):
        back -= 1
    if (
        back > 1
        and not _cell_item_label(lines[back - 1])
        and _cell_item_label(lines[back - 2])
        and _continues(compact(lines[back - 1].text), compact(lines[back - 2].text))
    ):
        back -= 1
    while back > 0 and _cell_item_label(lines[back - 1]):
        back, first = back - 1, back - 1
    body: list[Line] = []
    group: list[Line] = []
    followed = 0

    origin: dict[int, list[tuple[int, str]]] = {}  # a row's figures and the lines they are printed on

    def flush() -> None:
        if group:
            text = " ".join(ln.text.strip() for ln in group)
            body.append(Line(group[0].number, group[0].page, [Segment(text, None, None)]))
            origin[id(body[-1])] = [(ln.number, word) for ln in group for word in ln.text.split()]
            group.clear()

    for line in lines[first:]:
        if not line.text.strip() or is_noise(line):
            continue
        if _figures_line(line) and group:
            followed += len(group) == 1
            group.append(line)
            continue
        text = compact(line.text)
        if len(group) == 1 and _continues(text, compact(group[0].text)):
            # a label wrapped onto the next line ("一、一般公共预算财政拨款收" / "入"), before its figures
            piece = group[0].text.strip() + text
            group[0] = Line(group[0].number, group[0].page, [Segment(piece, None, None)])
            continue
        flush()
        group.append(line)
    flush()
    if followed < 2:
        return None
    rows = _sides_paired(body, origin)
    printed: dict[tuple[int, str], list[int]] = {}
    for row in rows:
        for number, word in origin[id(row)]:
            printed.setdefault((row.number, word), []).append(number)
    return lines[:first], rows, printed


def _sides_paired(rows: list[Line], origin: dict[int, list[tuple[int, str]]]) -> list[Line]:
    """Rows of one item each, an income item and the expenditure item after it joined as one line, as the
    page prints them side by side (and two totals of one name: "总计" / "总计", the income side's first)."""
    out: list[Line] = []
    n = 0
    while n < len(rows):
        row = rows[n]
        following = rows[n + 1] if n + 1 < len(rows) else None
        if following is not None:
            label, after = _cell_label(row), _cell_label(following)
            side, other = _side_by_label(label), _side_by_label(after)
            if (side == "income" and other == "expenditure") or (
                side is None and label == after and label in ("总计", "合计")
            ):
                text = f"{row.text} {following.text}"
                out.append(Line(row.number, row.page, [Segment(text, None, None)]))
                origin[id(out[-1])] = origin[id(row)] + origin[id(following)]
                n += 2
                continue
        out.append(row)
        n += 1
    return out


def _cell_label(row: Line) -> str:
    """The label a row of cells opens with (its words before the first figure)."""
    words = []
    for word in row.text.split():
        if parse_amount(word) is not None:
            break
        words.append(word)
    return compact("".join(words))


def _after_item_label(above: list[Line]) -> bool:
    """Whether the lines above a line of figures end in an item's label, with its 行次 or its wrapped end
    ("一、一般公共预算财政拨款收" / "入") maybe after it."""
    texts = [compact(line.text) for line in above if line.text.strip()][-3:]
    if texts and _is_row_number(texts[-1]):
        texts.pop()
    if not texts:
        return False
    if _cell_item_label(Line(0, None, [Segment(texts[-1], None, None)])):
        return True
    return (
        len(texts) >= 2
        and _continues(texts[-1], texts[-2])
        and _cell_item_label(Line(0, None, [Segment(texts[-2], None, None)]))
    )


def _figures_line(line: Line) -> bool:
    words = line.text.split()
    return bool(words) and all(parse_amount(word) is not None for word in words)


def _cell_item_label(line: Line) -> bool:
    """A line printing one item's label alone (a numbered item, or one naming its side), no header word."""
    text = compact(line.text)
    return (
        bool(text)
        and parse_amount(text) is None
        and text not in LABEL_HEADER_WORDS
        and len(text) >= 4
        # (a fund's name alone is a header word: "一般公共预算" over its column)
        and (bool(_NUMBERED_ITEM_RE.match(text)) or bool(re.search("合计|总计|小计|结转|结余", text)))
    )


def _plain_wraps_joined(body: list[Line], items_of: dict[int, list]) -> None:
    """Plain text: a line of a few characters alone that starts and names no item ("出") ends the last
    label of the line above that is cut ("七、文化旅游体育与传媒支 38 210.50")."""
    previous = None
    for line in body:
        items = items_of[id(line)]
        if line.positioned:
            return
        if (
            previous is not None
            and len(items) == 1
            and not items[0][1]
            and _continues(items[0][0])
            and items[0][0] not in LABEL_HEADER_WORDS
        ):
            above = items_of[id(previous)]
            cut = [n for n, (label, _cells) in enumerate(above) if label and not _ITEM_END_RE.search(label)]
            if cut:
                label, cells = above[cut[-1]]
                above[cut[-1]] = (label + items[0][0], cells)
                items_of[id(line)] = []
                continue
        previous = line if items else previous


def _apart(line: Line, nearer: Line, dropped: set[int]) -> bool:
    """Whether a second line of pieces may join: the nearer line was all joined in, or no piece of the one
    stands over or under a piece of the other."""
    return id(nearer) in dropped or not any(
        min(a.x1, b.x1) > max(a.x0, b.x0) for a in line.segments for b in nearer.segments
    )


def _pieces_joined(
    segments: list[Segment], above: Line | None, below: Line | None
) -> tuple[list[Segment], int, int]:
    """A line's segments with the label pieces of the line above and the line below joined in; and how
    many pieces of each were."""
    joined_above = joined_below = 0
    taken: set[int] = set()  # pieces of the line below already joined
    # a figure first on its line, its label wrapped around it to the left ("1.一般公共预" / "17,981.68 …"
    # / "算")
    leads = _leading_figures(segments)
    for piece in above.segments if above else []:
        under = _overlapping_label(segments, piece)
        lower = _overlapping_label(below.segments, piece) if below else None
        if under is not None and _continues(compact(segments[under].text), after=compact(piece.text)):
            seg = segments[under]
            segments[under] = Segment(piece.text + seg.text, min(piece.x0, seg.x0), max(piece.x1, seg.x1))
            joined_above += 1
        elif under is None and lower is not None and not _starts_item(compact(below.segments[lower].text)):
            rest = below.segments[lower]
            segments.append(Segment(piece.text + rest.text, piece.x0, max(piece.x1, rest.x1)))
            joined_above += 1
            joined_below += 1
            taken.add(id(rest))
        elif (
            under is None
            and lower is None
            and _NUMBERED_ITEM_RE.match(compact(piece.text))
            and _label_missing_at(segments, piece)
        ):
            # the other side's row starts on the line above, its figures on this line after this side's
            # ("二、政府性基 … 二、城乡社区支出" / "金预算财政拨 300.00 300.00 300.00 280.00")
            first = min((seg for seg in segments if seg.x0 >= piece.x0), key=lambda seg: seg.x0)
            segments.append(Segment(piece.text, piece.x0, min(piece.x1, first.x0)))
            joined_above += 1
        elif under is None and (lead := _lead_of(piece, leads, above.segments)) is not None:
            rest = next(
                (
                    p
                    for p in (below.segments if below else [])
                    if p.x1 <= lead.x0 and id(p) not in taken and _continues(compact(p.text))
                ),
                None,
            )
            text = piece.text
            if rest is not None:
                text += rest.text
                joined_below += 1
                taken.add(id(rest))
            segments.append(Segment(text, piece.x0, min(piece.x1, lead.x0)))
            joined_above += 1
            leads.remove(lead)
    for piece in below.segments if below else []:
        if id(piece) in taken:
            continue
        under = _overlapping_label(segments, piece)
        if (
            under is not None
            and _continues(compact(piece.text), after=compact(segments[under].text))
            and not _TOTAL_RE.search(segments[under].text)
        ):
            seg = segments[under]
            segments[under] = Segment(seg.text + piece.text, min(piece.x0, seg.x0), max(piece.x1, seg.x1))
            joined_below += 1
    return segments, joined_above, joined_below


def _label_missing_at(segments: list[Segment], piece: Segment) -> bool:
    """Whether a line prints figures from the piece's place on with no label before them there, right
    after other figures (the piece's row's figures, its label a line up)."""
    right = sorted((seg for seg in segments if seg.x0 >= piece.x0), key=lambda seg: seg.x0)
    left = sorted((seg for seg in segments if seg.x0 < piece.x0), key=lambda seg: seg.x0)
    return bool(
        right and left and _split_numeric(right[0]) is not None and _split_numeric(left[-1]) is not None
    )


def _leading_figures(segments: list[Segment]) -> list[Segment]:
    """The figure a line starts with, if it does (no label before it on the line; a figure after another
    side's figure, with its own label lost, cannot be told from that side's next column)."""
    return segments[:1] if segments and _split_numeric(segments[0]) is not None else []


def _lead_of(piece: Segment, leads: list[Segment], pieces: list[Segment]) -> Segment | None:
    """The leading figure whose item's first piece is printed a line above it: the piece starts an item
    and is the last piece left of the figure."""
    if not _starts_item(compact(piece.text)):
        return None
    for lead in leads:
        if piece.x0 < lead.x0 and not any(piece.x0 < p.x0 < lead.x0 for p in pieces):
            return lead
    return None


def _label_piece_line(line: Line | None, number: int, page) -> bool:
    """A line of label pieces only, right above or below a given line (numbered ``number``)."""
    return bool(
        line is not None
        and line.positioned
        and line.number == number
        and line.page == page
        and all(_split_numeric(seg) is None for seg in line.segments)
    )


def _overlapping_label(segments: list[Segment], piece: Segment) -> int | None:
    """The label segment standing in the piece's column (overlapping it), or None (also where a figure
    does)."""
    for n, seg in enumerate(segments):
        if seg.x0 is None:
            continue
        if min(seg.x1, piece.x1) - max(seg.x0, piece.x0) > 0:
            return None if _split_numeric(seg) is not None else n
    return None


_DASH_THEN_LABEL_RE: Final = re.compile(r"^([-—－–]{1,2}|[/／]) (\S.*)$")


_LEADING_DASH_RE: Final = re.compile(r"^[—－–-]+(?=[\u4e00-\u9fff(])")


def _dash_apart(seg: Segment) -> list[Segment]:
    """A dash printed in an empty cell one space before the next item's numbered label ("- (三)卫生健康支出":
    the layout text keeps them in one run) is a cell of its own, apart from the label."""
    match = _DASH_THEN_LABEL_RE.match(seg.text.strip()) if seg.x0 is not None else None
    # only before an item's numbered name: a label may open with a dash of its own ("— 其中：文物保护")
    if match is None or not _ITEM_START_RE.match(compact(match.group(2))):
        return [seg]
    width = (seg.x1 - seg.x0) / max(len(seg.text.strip()), 1)
    split = seg.x0 + len(match.group(1)) * width
    return [Segment(match.group(1), seg.x0, split), Segment(match.group(2), split + width, seg.x1)]


# A label's ending word on its own ("收入", "拨款", "结余"): a piece of the label before it, never an item.
_ITEM_END_WORD_RE: Final = re.compile(rf"^(?:{_ITEM_END_WORDS})$")


def _item_beside(label: str, piece: str) -> bool:
    """In plain text, whether a piece naming no side is an item of its own beside a whole item whose figure
    cell is blank ("二、纳入预算管理的非税收入 人员经费 450.00", "经营结余 其他 2.60"): the label before it
    ends as items do, and the piece is no mere ending word nor a continuation (和结余, （含专用结余）)."""
    return (
        bool(_ITEM_END_RE.search(label))
        and len(piece) >= 2
        and not _ITEM_END_WORD_RE.match(piece)
        and piece[0] not in "和及与、(（等"
    )


def _items(
    line: Line, split_x: float | None = None, code_spans: Sequence[tuple[float, float]] = ()
) -> tuple[list[tuple[str, list]], bool, list[tuple[str, str]]]:
    """(label, amounts) pairs of a two-sided line, in reading order, whether any amount was found, and the
    tokens shaped as figures that are none, each with the label of the item before it (said by the caller).
    Label pieces on the same side with no amount between them are one label (a wrapped cell); a numbered
    item ("二、…") or a total starts a new label. A functional code under a code column (code_spans:
    a 财政拨款收支总表 listing 类 by 科目编码 | 科目名称) starts a new label: the code, then the name."""
    items: list[tuple[str, list]] = []
    sides: list[bool] = []
    spoiled: list[tuple[str, str]] = []  # (the item's label, the token) of figures no value can be read of
    found = False
    segments = line.segments
    plain = not line.positioned
    if plain:
        segments = [Segment(w, None, None) for w in join_split_amounts(line.text).split()]
    else:
        segments = [piece for seg in segments for piece in _dash_apart(seg)]
    for n, seg in enumerate(segments):
        cells = _split_numeric(seg)
        right = split_x is not None and seg.x0 is not None and seg.x0 >= split_x
        following = segments[n + 1].text if n + 1 < len(segments) else ""
        if cells is not None and code_spans and _in_code_column(seg, code_spans, following):
            items.append((compact(seg.text), []))
            sides.append(right)
            continue
        if cells is None and items and spoiled_figure(seg.text):
            # a figure a scan's text misread ("27,O68,714.80"): no piece of a label; the figures after it
            # are no longer the item's for sure (they go unlabelled, reported)
            spoiled.append((items[-1][0], seg.text))
            items.append(("", []))
            sides.append(right)
            continue
        if cells is None:
            # a dash opening a label is a sub-item's indent mark ("— 其中：文物保护"), not the item's name
            text = _LEADING_DASH_RE.sub("", compact(seg.text))
            # a numbered item ("二、…") or a total starts a new label, also beside another label on
            # its side (Jiangsu prints 功能分类 and 支出用途 items side by side under 支出)
            # and so does a piece naming an item of the other side ("上年结转 结转下年 30.00")
            named = (_side_by_label(text), _side_by_label(items[-1][0])) if items else (None, None)
            new_item = items and (
                _ITEM_START_RE.match(text)
                or (None not in named and named[0] != named[1])
                or (plain and named[0] is None and _item_beside(items[-1][0], text))
            )
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
        else:  # figures before any label on the line: kept to be reported, they name no item
            items.append(("", list(cells)))
            sides.append(right)
    return items, found, spoiled
