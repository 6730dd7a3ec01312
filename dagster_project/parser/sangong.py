"""The 三公 table: budget and actual for 合计, 因公出国（境）, 公务用车购置及运行 (= 购置 + 运行), 公务接待.
Column order differs by province, so each amount is placed by the header cells above it: the lowest
named cell gives the item, 预算/决算 gives the phase. Without positions (plain text) the header names the
columns in reading order; a row that prints every column is placed in that order, a row with blank cells
dropped by the table's identities (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), and a row they leave open is
a diagnostic naming the candidates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from itertools import combinations, pairwise, permutations
from typing import Final

from .context import Context
from .functional import is_noise, table_row
from .layout import Line, Segment
from .records import Amount
from .rows import Cell, Row
from .solver import rounding_tolerance
from .tables import (
    Table,
    column_names_apart,
    header_cells_at,
    header_leaves,
    header_text,
    is_column_numbers,
    is_running_title,
)
from .tokens import YEAR_RE, amount_unit_in, compact, decimals_of, to_yuan
from .vocabulary import COUNT_HEADER_RE, SANGONG_ITEMS


def _row(table: Table, line) -> Row:
    """A line of the table read as a row once (the header split, the layout checks and the placement all
    read the same lines)."""
    return table_row(table, line, "functional")


def _match(label: str) -> str | None:
    key = next((key for fragment, key in SANGONG_ITEMS if fragment in label), None)
    if key is None and label.endswith("车购置"):
        key = "vehicle_purchase"  # a header cell "公务用车购置", printed without 费
    return key


def _named(labels: list[str]) -> list[str]:
    """A column's header cells without its phase's (预算数 / 决算数)."""
    return [lab for lab in labels if lab not in ("预算数", "决算数", "预算", "决算", "金额")]


def _item_of(labels: list[str]) -> tuple[str | None, str]:
    """The item of a column from its header cells, top to bottom. The lowest cells decide, joined when a
    name is wrapped over several cells ("因公出" / "(境)" / "费"); 小计 means the item of the cell above."""
    named = _named(labels)
    if named and named[-1] == "小计":
        parents = named[:-1]
        for k in range(1, len(parents) + 1):
            key = _match("".join(parents[-k:]))
            if key is not None:
                key = "vehicle" if key in ("vehicle_purchase", "vehicle_operation") else key
                return key, "".join(parents[-k:])
        return None, "小计"
    for k in range(1, len(named) + 1):
        if k < len(named) and named[-k][:1] in _WRAPPED_TAIL_OPENINGS:
            continue  # a name's wrapped tail ("公务用车购置" / "及运行费"): the name is the pieces joined
        joined = "".join(named[-k:])
        key = _match(joined)
        if key in ("vehicle_purchase", "vehicle_operation") and k < len(named):
            # the vehicle group's name wrapped inside a word ("公务用车购" / "置及运行费", "公务用车购置及" /
            # "运行费"): the piece above, no item of its own (or cut after its 及), joined names the group
            above = named[-k - 1]
            wider = above + joined
            if (_match(above) is None or above[-1:] in _WRAPPED_TAIL_OPENINGS) and _match(wider) == "vehicle":
                return "vehicle", wider
        if key is not None:
            return key, joined
    return None, "".join(named)


# How the second piece of a wrapped item name opens, never a name of its own ("及运行费", "和运行费").
_WRAPPED_TAIL_OPENINGS: Final = "及和与"


# A header line of phase words only ("预算数 … 决算数"): each is a group label centred over its half.
_PHASE_CELL_RE: Final = re.compile(r"^(?:\d{4}年度?)?(?:年初)?(?:预算|决算)数?$")


def _header_cells_above(table: Table, seg, line) -> list[str]:
    """Per header line, the cell over the amount (ruled cells where the PDF draws them). Without rules, the
    cell overlapping the amount, else the nearest by centre within the wider of the two (a name centred
    over its column; a line that has no cell over this column, as 购置费 / 运行费 under the vehicle
    columns only, names nothing here). A line of phase words only
    ("预算数" … "决算数", each centred over its half of the table) gives the nearest of them.
    Near is within eight characters of the figure's own print (40pt in a PDF; 8 columns of layout text)."""
    cells = header_cells_at(table, seg, line=line)
    if cells and line.cell_interval(seg) is not None:
        return cells
    cells = []
    for hline in table.header:
        if amount_unit_in(hline.text):
            continue
        segments = [piece for h in hline.segments if h.x0 is not None for piece in _items_apart(h)]
        phases = bool(segments) and all(_PHASE_CELL_RE.match(compact(h.text)) for h in segments)
        best = None
        for h in segments:
            overlap = min(h.x1, seg.x1) - max(h.x0, seg.x0)
            score = overlap if overlap > 0 else -abs(h.xc - seg.xc)
            near = abs(h.xc - seg.xc) <= 8 * (seg.x1 - seg.x0) / max(len(seg.text), 1)
            if (overlap > 0 or near or phases) and (best is None or score > best[0]):
                best = (score, compact(h.text))
        if best:
            cells.append(best[1])
    return cells


def _items_apart(segment) -> list:
    """A header segment naming two 三公 columns one space apart ("公务用车购置 公务用车运行": pdftotext
    -layout keeps single spaces inside a run) as one segment per name, each at its place in the run."""
    return column_names_apart(segment, lambda word: _is_item_name(compact(word)))


def _is_item_name(word: str) -> bool:
    """A 三公 column's name, or its first piece when wrapped ("公务用车购置" of 公务用车购置费)."""
    return _match(word) is not None or (
        len(word) >= 4 and any(name.startswith(word) for name in _ITEM_NAMES.values())
    )


def _phase_cells_joined(table: Table, ctx: Context) -> list[Line]:
    """Plain text printing a cell a line, the items the columns: a phase's label on a line of its own
    ("预算数" / "46,000.00" / "0.00" / …) joined with the figures after it into the row it is ("预算数
    46,000.00 0.00 …"), as other text prints it."""
    lines = table.lines
    if not lines or lines[0].positioned:
        return lines
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        figures = []
        k = n + 1
        if _PHASE_ROW_RE.match(compact(line.text)) and not _row(table, line).amounts:
            # (one figure a line: a line of several figures after the header's last phase word is the
            # table's row, that word a header cell)
            while k < len(lines) and (
                not compact(lines[k].text)
                or (len(_row(table, lines[k]).amounts) == 1 and not _row(table, lines[k]).label)
            ):
                figures.append(lines[k])
                k += 1
        if sum(1 for f in figures if compact(f.text)) >= 2 and _row_phase_word(compact(line.text)):
            text = " ".join([line.text.strip(), *(f.text.strip() for f in figures if compact(f.text))])
            out.append(Line(line.number, line.page, [Segment(text, None, None)]))
            n = k
            continue
        out.append(line)
        n += 1
    return out


def _row_phase_word(label: str) -> bool:
    """Whether a label names a phase (预算数, 决算数, 2023年预算数 …), not an item or a total."""
    return bool(re.search(r"预算|决算|执行", label)) and _match(label) is None


def _phase_group_over(table: Table, leaf) -> str:
    """The phase word of a header line of phase words only nearest a column ("预算数" … "决算数", narrow
    labels centred over their halves, standing over no column's own cell), or ""."""
    for hline in table.header:
        segments = [h for h in hline.segments if h.x0 is not None]
        if segments and all(_PHASE_CELL_RE.match(compact(h.text)) for h in segments):
            return compact(min(segments, key=lambda h: abs(h.xc - leaf.xc)).text)
    return ""


def parse_sangong_table(table: Table, ctx: Context) -> list[Amount]:
    table.lines = _phase_cells_joined(table, ctx)
    first = next(
        (
            i
            for i, ln in enumerate(table.lines)
            if _row(table, ln).amounts
            and (
                not any(w in compact(ln.text) for w in ("预算数", "决算数"))
                or _row_phase(table, ctx, ln) is not None
            )
        ),
        len(table.lines),
    )
    table.header, table.body = table.lines[:first], table.lines[first:]
    body = [ln for ln in table.body if not is_noise(ln)]
    body = _left_block(table, ctx, body)
    if _items_in_rows(table, body):
        return _misread_left_out(table, ctx, _with_total_key(_parse_items_in_rows(table, ctx, body)))
    if _has_phase_rows(table, ctx, body):
        return _misread_left_out(table, ctx, _with_total_key(_parse_phase_rows(table, ctx, body)))
    if body and all(c.segment.x0 is None for ln in body for c in _row(table, ln).amounts):
        return _misread_left_out(table, ctx, _with_total_key(_parse_plain(table, ctx, body)))
    amounts: list[Amount] = []
    for line in table.body:
        if not is_noise(line):
            amounts += _read_positioned(table, ctx, line)
    return _misread_left_out(table, ctx, _with_total_key(amounts))


def _read_positioned(table: Table, ctx: Context, line: Line) -> list[Amount]:
    """A positioned row's figures, each under the 三公 item of the header cells above it."""
    row = _row(table, line)
    # Placed on a scratch context first: its diagnostics count only if the placement is kept.
    scratch = Context(ctx.document_id, ctx.source_file, ctx.doc_kind, fiscal_year=ctx.fiscal_year)
    placed = _placed_by_position(table, scratch, line, row)
    paired = Context(ctx.document_id, ctx.source_file, ctx.doc_kind, fiscal_year=ctx.fiscal_year)
    if not line.rules and (by_pairs := _placed_by_pairs(table, paired, line, row)) is not None:
        # A header whose lowest line prints 预算数 | 决算数 under every item: the phase word over a figure
        # (one line above the rows, on the rows' grid) tells its column better than the item names set on
        # staggered lines higher up, whose widths layout text only estimates.
        if any(a.phase == "other" for a in by_pairs):
            ctx.diagnostics.extend(paired.diagnostics)
            return _without_other_years(table, ctx, by_pairs, line)  # (another year's pairs beside)
        scratch, placed = paired, by_pairs
    columns = [(a.column_key, a.phase) for a in placed]
    apart = len(placed) == len(row.amounts) == len(set(columns))
    if not line.rules and row.amounts and not apart:
        # Without ruled cells the figures stand only roughly under their header (pdftotext -layout):
        # when their positions do not place each in a column of its own, the header's columns left to
        # right are solved by the identities as in plain text (when every column names a 三公 item).
        # Positions that do place them stand, even against the identities: the report's arithmetic
        # is checked in the warehouse, never mended here by moving figures.
        layout, spans = _header_columns(table, ctx)
        if layout:
            placed = _solve_row(table, ctx, layout, [(c, line) for c in row.amounts], spans)
            return _without_other_years(table, ctx, placed, line)
        if (by_items := _by_standard_items(table, ctx, line, row)) is not None:
            return by_items
    if not line.rules and apart and _phases_apart(placed) and not _placement_sums_hold(table, placed):
        # Figures each under a column of their own whose sums fail (合计 = 出国 + 车 + 接待, 车 = 购置 +
        # 运行), and whose 预算数 and 决算数 fall under different items though the header pairs them under
        # each: pdftotext -layout squeezes a row of blank cells against a header it squeezes otherwise, the
        # positions file figures a column off. Where the header's columns, left to right, take the figures
        # in one placement whose sums hold, that placement is the row's. (Positions that pair the phases
        # stand even against the sums: the report's error, for the warehouse to find.)
        layout, spans = _header_columns(table, ctx)
        trial = Context(ctx.document_id, ctx.source_file, ctx.doc_kind, fiscal_year=ctx.fiscal_year)
        solved = _solve_row(table, trial, layout, [(c, line) for c in row.amounts], spans, partial=False)
        if len(solved) == len(row.amounts) and _placement_sums_hold(table, solved):
            ctx.diagnose(
                "info",
                "sangong_placed_by_sums",
                f"{table.title}: the figures {[c.raw for c in row.amounts]} stand under columns where the "
                "table's sums fail; placed where they hold (the text's positions are approximate).",
                table,
                line,
                observed=" ".join(c.raw for c in row.amounts),
            )
            return _without_other_years(table, ctx, solved, line)
    if (
        not line.rules
        and apart
        and not _placement_sums_hold(table, placed)
        and not _header_columns(table, ctx)[0]
        and (by_items := _by_standard_items(table, ctx, line, row)) is not None
    ):
        # Positions looked up under a header whose names layout text squeezed off their columns (no column
        # of it read), and the sums failing under them: the figures placed in the items' order where the
        # sums decide, as in plain text (a row of blank cells: what they leave open is said)
        return by_items
    ctx.diagnostics.extend(scratch.diagnostics)
    if not line.rules and row.amounts and not apart and placed and not _sums_can_hold(table, row, placed):
        # Positions leaving a figure without a column of its own, and the figures they do place not adding
        # up whatever free column the others take: the header's names stand apart from their figures (a
        # header pdftotext -layout squeezes otherwise than the row), so no placement of the row is sure.
        raw = " ".join(c.raw for c in row.amounts)
        ctx.diagnose(
            "warn",
            "sangong_columns_misread",
            f"{table.title}: the figures {raw} do not each stand under a column of their own, and those "
            "placed do not add up (合计 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运行, with 会议费 and "
            "培训费 the table's 合计) whatever columns the others take: the header's names do not stand "
            "over their figures here; not loaded.",
            table,
            line,
            observed=raw,
        )
        return []
    if len(set(columns)) < len(columns):
        # Two figures under one column: the header does not stand over the figures (pdftotext -layout
        # shifts a row against its header), so no figure of the row can be trusted to its column.
        twice = sorted(
            {
                f"{_PHASE_NAMES.get(p, p)}{_ITEM_NAMES.get(k, k)}"
                for k, p in columns
                if columns.count((k, p)) > 1
            }
        )
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{table.title}: the figures {[a.amount_raw for a in placed]} fall two under one column "
            f"({', '.join(twice)}): the header does not stand over them; not loaded.",
            table,
            line,
            observed=" ".join(a.amount_raw for a in placed),
        )
        return []
    if any(a.phase == "other" for a in placed):
        return _without_other_years(table, ctx, placed, line)
    return placed


# A row that names its phase where the items are the columns ("2023年预算数 20.00 0.00 14.00 …" /
# "2024年“三公”经费预算数 …" / "增减额 …", "年初预算数" / "决算数", "2023年预算执行数", or the year alone
# under a header naming the phase): its figures are that phase's. 执行数 is spent money (the actual),
# 全年预算数 the budget as adjusted during the year (年初预算数 the budget as passed).
_PHASE_ROW_RE: Final = re.compile(
    r"^(?:(\d{4})年度?|(上年|本年))?(?:“?三公”?经费|财政拨款|一般公共预算)*(全年|年初|调整)?(预算|决算)?"
    # (and 预算金额 / 预算安排 / 预算额: the budget)
    r"(数|执行数|执行|金额|安排|额)?(?:[(（]万?元[)）])?$"
)
_DIFFERENCE_ROW_RE: Final = re.compile(
    r"^(?:比上年|决算数?比.*)?(?:增减|增长|减少|变动|差额)(?:额|数|率|变化|情况)?(?:[(（].*[)）])?$"
    r"|^(?:预算)?(?:执行|完成)(?:率|进度)(?:[(（].*[)）])?$"
)


def _row_phase(table: Table, ctx: Context, line: Line) -> str | None:
    """The phase a row of figures names by its label: 'budget' or 'actual' for the report's year
    ('adjusted' for 全年预算数), 'other' for another year's or a difference (增减, 执行率), 'unknown' for a
    year when the report's is not known; None for a row naming no phase."""
    row = _row(table, line)
    if not row.amounts:
        return None
    label = compact(row.label)
    if _DIFFERENCE_ROW_RE.match(label):
        return "other"
    named = _PHASE_ROW_RE.match(label)
    if named is None:
        return None
    year, relative, when, word, suffix = named.groups()
    spent = suffix in ("执行数", "执行")
    if word is None and not (when is None and (spent or (suffix is None and (year or relative)))):
        return None  # no phase word ("", "全年", "数"): only the year alone or 执行数 name one without it
    if relative == "上年":
        return "other"
    if year is not None and ctx.fiscal_year is None:
        return "unknown"
    if year is not None and int(year) != ctx.fiscal_year:
        return "other"
    if word == "决算" or spent:
        return "actual"
    if word == "预算":
        return "adjusted" if when in ("全年", "调整") else "budget"
    return _header_phase(table, ctx)  # the year alone: the header's phase


def _header_phase(table: Table, ctx: Context) -> str:
    """The phase the header's words name ("“三公”经费预算数" over the items), else the report's."""
    words = "".join(compact(line.text) for line in table.header if not amount_unit_in(line.text))
    if "决算" in words and "预算" not in words:
        return "actual"
    if "预算" in words and "决算" not in words:
        return "budget"
    return ctx.phase or "budget"


def _has_phase_rows(table: Table, ctx: Context, body: list[Line]) -> bool:
    """Whether the table prints a row per phase or year of its own (a difference row alone is not enough:
    rows naming their phase in words no rule knows would then be lost unsaid)."""
    phases = {_row_phase(table, ctx, line) for line in body}
    return bool(phases & {"budget", "actual", "adjusted", "unknown"})


def _parse_phase_rows(table: Table, ctx: Context, body: list[Line]) -> list[Amount]:
    """Items as columns, one row per phase or year (2023年预算数 / 2024年预算数 / 增减额): each row of the
    report's own year is read as the header places it (by position, or by the identities in plain text)
    under the phase its label names. Another year's row and a difference row are not loaded (said); the
    adjusted budget (全年预算数) is the budget only where no row prints the budget as passed."""
    amounts: list[Amount] = []
    positioned = any(c.segment.x0 is not None for ln in body for c in _row(table, ln).amounts)
    # Plain text naming an item between the phase rows ("决算数 57.00 45.47" / "小计" / "公务用车购置费" /
    # "决算数 45.00 38.62"): the columns came out one after another, each with its own phase rows, so
    # which item a row's figures are is lost (only a phase word may stand between real phase rows).
    late = [] if positioned else _header_words_after_figures(table, body, between_rows=True)
    if late:
        raw = " ".join(c.raw for ln in body for c in _row(table, ln).amounts)
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: header words ({', '.join(late[:3])}) stand between its rows of figures, so the "
            f"text is not in reading order and the amounts {raw} cannot be placed; not loaded (the PDF, or "
            "`pdftotext -layout`, keeps the columns).",
            table,
            next(ln for ln in body if _row(table, ln).amounts),
            observed=raw,
        )
        return []
    passed = any(_row_phase(table, ctx, line) == "budget" for line in body)
    for line in body:
        row = _row(table, line)
        if not row.amounts:
            continue
        raw = " ".join(c.raw for c in row.amounts)
        phase = _row_phase(table, ctx, line)
        if phase == "adjusted":
            phase = "other" if passed else "budget"
        if phase in (None, "unknown"):
            why = (
                "names a year while the report's own is not known (its cover does not say it)"
                if phase
                else "names no phase, among rows that name theirs"
            )
            ctx.diagnose(
                "warn",
                "unplaced_amount",
                f"{table.title}: the row '{row.label}' {why}; its amounts {raw} were not loaded.",
                table,
                line,
                observed=raw,
            )
            continue
        if phase == "other":
            ctx.diagnose(
                "info",
                "comparison_columns_not_loaded",
                f"{table.title}: the row '{row.label}' ({raw}) is another year's figures, a difference, a "
                "rate or the budget as adjusted beside the budget as passed; not loaded.",
                table,
                line,
                observed=raw,
            )
            continue
        read = _read_positioned(table, ctx, line) if positioned else _parse_plain(table, ctx, [line])
        # the row is the printed phase row, the column its item (as the header names it)
        amounts += [replace(a, phase=phase, row_label=row.label, column_label=a.row_label) for a in read]
    return amounts


_SANGONG_KEYS: Final = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def _items_sum(values: dict[str, Decimal]) -> Decimal:
    """出国 + 车 + 接待 of a row's figures by column (blank is zero); with no vehicle subtotal printed (a
    group of 运行费 alone, or 购置费 and 运行费), its parts are it."""
    zero = Decimal(0)
    vehicle = values.get(
        "vehicle", values.get("vehicle_purchase", zero) + values.get("vehicle_operation", zero)
    )
    return values.get("outbound", zero) + vehicle + values.get("reception", zero)


def _sums_hold(values: dict[str, Decimal], step: Decimal) -> bool:
    """合计 = 出国 + 车 + 接待 and 车 = 购置 + 运行 (blank is zero), each to a rounding step per figure."""
    v = {key: values.get(key, Decimal(0)) for key in _SANGONG_KEYS}
    whole = abs(v["total"] - _items_sum(values)) <= 3 * step
    parts = "vehicle" not in values or not ({"vehicle_purchase", "vehicle_operation"} & set(values))
    parts = parts or abs(v["vehicle"] - v["vehicle_purchase"] - v["vehicle_operation"]) <= 2 * step
    return whole and parts


# Header words of columns the standard 三公 items do not make: 会议费 / 培训费, 机关运行经费, counts (团组数,
# 人次, 车辆数, 保有量), a change or a rate.
_OTHER_COLUMN_WORD_RE: Final = re.compile(
    r"会议|培训|机关运行|团组|人次|批次|人数|车辆数|保有|辆|增减|增长|减少|率|%|比上年"
)


def _by_standard_items(table: Table, ctx: Context, line: Line, row: Row) -> list[Amount] | None:
    """A row placed under the standard items' columns (``_standard_columns``): by the sums where cells are
    blank (what they leave open said), in order where every column is printed and the sums hold; None
    where the header gives no such columns or the sums fail under them."""
    standard = _standard_columns(table, ctx)
    if not standard or len(row.amounts) > len(standard):
        return None
    if len(row.amounts) < len(standard):
        placed = _solve_row(table, ctx, standard, [(c, line) for c in row.amounts])
        return _without_other_years(table, ctx, placed, line)
    scale = Decimal(10) ** max(decimals_of(c.raw) for c in row.amounts)
    if not _satisfies(standard, {n: int(c.value * scale) for n, c in enumerate(row.amounts)}):
        return None
    return [
        _in_column(table, ctx, line, cell, column) for cell, column in zip(row.amounts, standard, strict=True)
    ]


def _standard_columns(table: Table, ctx: Context) -> list[tuple[str, str, str]]:
    """The (item, phase, label) columns of a positioned header whose names layout text squeezed off their
    columns ("公务用车购置 公务用车运行" run together over "费      费"), read from what stands apart: the
    items' top-level names (合计, 因公出国（境）费, the vehicle group, 公务接待费) left to right, the
    vehicle group's 小计 / 购置 / 运行 in the order printed, once per phase word centred over its block
    (预算数 … 决算数). Only where that makes as many columns as the 栏次 line numbers when the header
    prints one; empty otherwise (read once per table). The caller places a row so only where its sums
    hold."""
    key = ("standard_columns",)
    if key not in table.cache:
        table.cache[key] = _standard_columns_read(table, ctx)
    return table.cache[key]


def _standard_columns_read(table: Table, ctx: Context) -> list[tuple[str, str, str]]:
    words = [
        (seg.x0, seg.x1, compact(seg.text), n)
        for n, line in enumerate(table.header)
        if amount_unit_in(line.text) is None
        for seg in (piece for whole in line.segments if whole.x0 is not None for piece in _items_apart(whole))
    ]
    numbers = [line for line in table.header if is_column_numbers(line.text)]
    # (the first line of phase words only, one centred over each block)
    by_line: dict[int, list] = {}
    for entry in words:
        by_line.setdefault(entry[3], []).append(entry)
    blocks = next(
        (
            on_line
            for _n, on_line in sorted(by_line.items())
            if all(_BLOCK_PHASE_RE.match(w[2]) for w in on_line)
        ),
        [],
    )
    if not blocks:
        return []
    centres = [(x0 + x1) / 2 for x0, x1, _t, _n in blocks]
    bounds = [(a + b) / 2 for a, b in pairwise(centres)]

    def block_of(x: float) -> int:
        return sum(x > b for b in bounds)

    columns: list[tuple[str, str, str]] = []
    orders = []
    for b, (_x0, _x1, word, _n) in enumerate(blocks):
        phase = _block_phase(word, ctx.fiscal_year)
        mine = sorted((w for w in words if block_of((w[0] + w[1]) / 2) == b), key=lambda w: w[0])
        tops, parts = [], []
        for x0, _x1, text, _n in mine:
            if text == "合计":
                tops.append((x0, "total"))
            elif "出国" in text:
                tops.append((x0, "outbound"))
            elif "购置及运行" in text:
                tops.append((x0, "vehicle_group"))
            elif "接待" in text:
                tops.append((x0, "reception"))
            elif text == "小计":
                parts.append((x0, "vehicle"))
            elif re.fullmatch(r"公务用车购置费?", text):
                parts.append((x0, "vehicle_purchase"))
            elif re.fullmatch(r"公务用车运行(?:维护)?费?", text):
                parts.append((x0, "vehicle_operation"))
            elif _OTHER_COLUMN_WORD_RE.search(text):
                return []  # a column these items do not name (会议费, a count, a change): not the standard
        items = [item for _x, item in tops]
        vehicle = [item for _x, item in parts]
        if (
            len(items) != len(set(items))
            or set(items) != {"total", "outbound", "vehicle_group", "reception"}
            or len(vehicle) != len(set(vehicle))
            or set(vehicle) != {"vehicle", "vehicle_purchase", "vehicle_operation"}
        ):
            return []
        order = [leaf for item in items for leaf in (vehicle if item == "vehicle_group" else [item])]
        orders.append(order)
        columns += [(item, phase, _ITEM_NAMES[item]) for item in order]
    if any(order != orders[0] for order in orders) or (
        numbers and len(re.findall(r"\d+", numbers[-1].text)) != len(columns)
    ):
        return []
    return columns


def _header_columns(table: Table, ctx: Context) -> tuple[list[tuple[str, str, str]], list | None]:
    """The (item, phase, label) columns of a positioned header left to right, with their spans: its leaves
    (`_layout_columns`), else its items over pairs of phase words (`_item_pair_columns`)."""
    layout = _layout_columns(table, ctx)
    if not layout:
        return _item_pair_columns(table, ctx.fiscal_year)
    leaves = _with_items_touching_subtotal(table, header_leaves(table))
    between = _vehicle_group_between(leaves)
    return layout, [(leaf.x0, leaf.x1) for n, (leaf, _stack) in enumerate(leaves) if n not in between]


def _rounding_step(table: Table, amounts: list[Amount]) -> Decimal:
    """One unit of the last printed digit of the coarsest figure among the amounts, in yuan (the step the
    sums are checked to)."""
    return max(
        to_yuan(Decimal(1).scaleb(-decimals_of(a.amount_raw)), table.amount_unit or "元") for a in amounts
    )


def _phases_apart(amounts: list[Amount]) -> bool:
    """Whether a row's placed figures of two phases fall under different items (预算数 under 出国, its
    决算数 under 小计): a header printing both phases under every item pairs them."""
    items: dict[str, set[str]] = {}
    for a in amounts:
        items.setdefault(a.phase, set()).add(a.column_key)
    return len(items) >= 2 and len({frozenset(keys) for keys in items.values()}) > 1


def _placement_sums_hold(table: Table, amounts: list[Amount]) -> bool:
    """Whether a row's placed 三公 figures add up in each phase (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行),
    the 合计 of a table without 会议费 / 培训费 being the 三公 total. True where no total is placed."""
    phases: dict[str, dict[str, Decimal]] = {}
    for a in amounts:
        phases.setdefault(a.phase, {})[a.column_key] = a.amount_yuan
    if not amounts:
        return True
    step = _rounding_step(table, amounts)
    for values in phases.values():
        values = _grand_total_as_sangong(values)
        if "total" in values and not _sums_hold(values, step):
            return False
    return True


def _row_sums_hold(table: Table, amounts: list[Amount]) -> bool:
    """``_placement_sums_hold``, and where the table prints 会议费 / 培训费 beside the 三公 items without a
    三公 小计, its 合计 less them taken as the 三公 total (合计 = 出国 + 车 + 接待 + 会议 + 培训)."""
    if not _placement_sums_hold(table, amounts):
        return False
    phases: dict[str, dict[str, Decimal]] = {}
    for a in amounts:
        phases.setdefault(a.phase, {})[a.column_key] = a.amount_yuan
    step = _rounding_step(table, amounts) if amounts else Decimal(0)
    for values in phases.values():
        others = [values[k] for k in ("meeting", "training") if k in values]
        if "total" in values or "grand_total" not in values or not others:
            continue
        # (the 合计 the 三公 total, or the table's with 会议费 / 培训费 in: two more figures, two more steps)
        if not _sums_hold({**values, "total": values["grand_total"]}, step) and not _sums_hold(
            {**values, "total": values["grand_total"] - sum(others)}, step * 5 / 3
        ):
            return False
    return True


def _grand_total_as_sangong(values: dict[str, Decimal]) -> dict[str, Decimal]:
    """A row's figures by column, the 合计 of a table printing no 会议费 / 培训费 taken as its 三公 total."""
    if "total" not in values and "grand_total" in values and not {"meeting", "training"} & set(values):
        return {**values, "total": values["grand_total"]}
    return values


def _sums_can_hold(table: Table, row: Row, placed: list[Amount]) -> bool:
    """Whether a row's figures placed in one phase add up (``_all_sums_hold``) once the row's figures left
    without a column take free columns, or none; True for figures of several phases (not told here)."""
    if len({a.phase for a in placed}) != 1:
        return True
    values = {a.column_key: a.amount_yuan for a in placed}
    left = list(row.amounts)
    for a in placed:
        if (cell := next((c for c in left if c.raw == a.amount_raw), None)) is not None:
            left.remove(cell)
    unit = table.amount_unit or "元"
    # (a dash keeps an empty cell's place: no figure to give a column)
    loose = [to_yuan(c.value, unit) for c in left if c.raw[-1:].isdigit()]
    free = [k for k in (*_SANGONG_KEYS, "meeting", "training", "grand_total") if k not in values]
    step = _rounding_step(table, placed)
    for n in range(min(len(loose), len(free)) + 1):
        for figures in permutations(loose, n):
            for keys in permutations(free, n):
                if _all_sums_hold({**values, **dict(zip(keys, figures, strict=True))}, step):
                    return True
    return False


def _all_sums_hold(values: dict[str, Decimal], step: Decimal) -> bool:
    """合计 = 出国 + 车 + 接待 and 车 = 购置 + 运行 where a 三公 total is placed (a 合计 without 会议费 /
    培训费 being it), 车 = 购置 + 运行 where only the vehicle group is, and the table's 合计 = 三公 + 会议费 +
    培训费."""
    v = _grand_total_as_sangong(values)
    other = {"meeting", "training"} & set(v)
    if "total" in v and not _sums_hold(v, step):
        return False
    if "vehicle" in v and {"vehicle_purchase", "vehicle_operation"} & set(v):
        parts = v.get("vehicle_purchase", Decimal(0)) + v.get("vehicle_operation", Decimal(0))
        if abs(v["vehicle"] - parts) > 2 * step:
            return False
    return not (
        "grand_total" in v
        and "total" in v
        and other
        and abs(v["grand_total"] - v["total"] - sum(v[k] for k in other)) > 3 * step
    )


def _misread_left_out(table: Table, ctx: Context, amounts: list[Amount]) -> list[Amount]:
    """A table's 三公 figures of both phases read under columns where its sums fail in each phase, when the
    same other arrangement of the columns makes them hold in both: the columns were misread (a header
    whose names stand elsewhere than their figures), not misprinted. Not loaded, and said. Figures that
    fit no such arrangement stay as read (a misprint is the report's, checked downstream; one phase alone
    is too little to tell a misprint from a misreading)."""
    phases: dict[str, list[Amount]] = {}
    for a in amounts:
        if a.column_key in _SANGONG_KEYS:
            phases.setdefault(a.phase, []).append(a)
    reads = [{a.column_key: a.amount_yuan for a in read} for read in phases.values()]
    if len(reads) < 2 or any(len(r) != len(read) for r, read in zip(reads, phases.values(), strict=True)):
        return amounts  # one phase, or rows of several units
    keys = list(reads[0])
    if "total" not in keys or len(keys) < 3 or any(list(r) != keys for r in reads):
        return amounts
    every = [a for read in phases.values() for a in read]
    step = _rounding_step(table, every)
    if any(_sums_hold(r, step) for r in reads):
        return amounts
    arranged = next(
        (
            order
            for order in permutations(keys)
            if list(order) != keys
            and all(_sums_hold(dict(zip(order, r.values(), strict=True)), step) for r in reads)
        ),
        None,
    )
    if arranged is None:
        return amounts
    ctx.diagnose(
        "warn",
        "sangong_columns_misread",
        f"{table.title}: the figures {[a.amount_raw for a in every]} do not add up under the columns they "
        "were read under in either phase (合计 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运行), while "
        "under another arrangement of those columns they add up in both: the header's names do not stand "
        "over their figures here; not loaded.",
        table,
        table.title_line,
        observed=" ".join(a.amount_raw for a in every),
    )
    dropped = {id(a) for a in every}
    return [a for a in amounts if id(a) not in dropped]


# A row counting cars, trips or people ("公务用车保有量（辆）", "国内公务接待批次（个）"), not money.
_COUNT_RE: Final = re.compile(r"[（(](?:辆|个|人|次|台|批|人次|批次|个数)[）)]|保有量|批次|人次|人数|数量")


# The start of a numbered row: "一、", "（二）", "1.", "(1)", "其中：".
_NUMBERED_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|其中)"
)


def _row_item(label: str) -> str | None:
    text = compact(label)
    return None if _COUNT_RE.search(text) else _match(text)


def _items_in_rows(table: Table, body) -> bool:
    """Whether the table prints its items as rows (因公出国（境）费 / 公务用车购置及运行费 / … each with its
    预算数 and 决算数), as the national final-account template does: the header names no item, and rows
    name them."""
    header = header_text(table)
    if any(kind == "item" for kind, _key in _header_tokens(header)):
        return False
    named = sum(1 for ln in body if (row := _row(table, ln)).amounts and _row_item(row.label))
    return named >= 2


_DIFFERENCE_RE: Final = re.compile(r"增减|增加|减少|变动|差额|比")


def _worded_columns(table: Table, ctx: Context) -> list[str] | None:
    """The phase of each column of a plain-text items-as-rows header whose columns say more than their
    phase: "other" for a column of another year than the report's, or of a difference (增减). None when no
    column says so (the header's phase words are read as they are)."""
    words = _years_joined(
        [compact(w) for line in table.header if not amount_unit_in(line.text) for w in line.text.split()]
    )
    columns, worded = [], False
    wrapped = False  # a label ending "比上年" on the line above its "增减"
    for word in words:
        year = YEAR_RE.match(word)
        if word in ("增减", "增减额") and wrapped:
            wrapped = False
            continue  # "决算比上年" / "增减": one column's label wrapped over two lines
        wrapped = wrapped or word.endswith("比上年")
        if re.search(r"率|%", word):
            columns.append("rate")  # a rate (完成率(%), 执行率): no money
            worded = True
        elif _DIFFERENCE_RE.search(word) and ("预算" in word or "决算" in word or "增减" in word):
            columns.append("other")
            worded = True
        elif "决算" in word or "预算" in word:
            # "2023年决算数" in a 2024 report, or "上年预算数": another year's column.
            other_year = word.startswith("上年") or (
                year is not None and ctx.fiscal_year is not None and int(year.group(1)) != ctx.fiscal_year
            )
            worded = worded or (year is not None and ctx.fiscal_year is not None) or word.startswith("上年")
            columns.append("other" if other_year else "actual" if "决算" in word else "budget")
    own = [c for c in columns if c not in ("other", "rate")]
    if not worded or not columns or len(set(own)) < len(own):
        return None
    return columns


def _years_joined(words: list[str]) -> list[str]:
    """Header words with years printed on a line above their phase words ("2023年 2024年" over "预算数
    预算数") joined in order, each year with its phase word ("2023年预算数", "2024年预算数")."""
    years = [n for n, w in enumerate(words) if re.fullmatch(r"\d{4}年度?", w)]
    phases = [
        n
        for n, w in enumerate(words)
        if re.fullmatch(r"(?:年初)?(?:预算|决算)数?", w) and n > min(years or [n])
    ]
    if not years or len(years) != len(phases):
        return words
    joined = {y: words[y] + words[p] for y, p in zip(years, phases, strict=True)}
    return [joined.get(n, w) for n, w in enumerate(words) if n not in phases]


def _column_phase(header: str, fiscal_year: int | None) -> str | None:
    """The phase a figure's header cells name, "other" for another year's ("2023年决算数", 上年…) or a
    difference or rate (增减, 率), None where they name none."""
    year = YEAR_RE.search(header)
    if (
        header.startswith("上年")
        or re.search(r"增减|率|%", header)
        or (year is not None and fiscal_year is not None and int(year.group(1)) != fiscal_year)
    ):
        return "other"
    return "actual" if "决算" in header else "budget" if "预算" in header else None


def _parse_items_in_rows(table: Table, ctx: Context, body) -> list[Amount]:
    """Items as rows: each row's item from its label (a label wrapped over lines is joined), its figures
    the header's phase columns (预算数 / 决算数) in order. Rows that count cars or trips are not money and
    are skipped; a row printing fewer figures than there are columns is placed by position where the text
    has positions, and reported where it has not."""
    header = header_text(table)
    phases = [key for kind, key in _header_tokens(header) if kind == "phase"] or [ctx.phase or "budget"]
    amounts: list[Amount] = []
    # Columns that say which year they are or that they are a difference ("2023年决算数 2024年预算数 增减"):
    # only this report's year's columns are its amounts.
    worded = _worded_columns(table, ctx)
    years = set(re.findall(r"(\d{4})年", header))
    if ctx.fiscal_year is None and len(years) > 1:
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: the header names the years {'、'.join(sorted(years))}, and the report's own "
            "year is not known (its cover does not say it), so which column is this report's cannot be told; "
            "not loaded.",
            table,
            table.header[-1] if table.header else table.title_line,
        )
        return amounts
    if worded is not None:
        phases = worded
    elif len(set(phases)) < len(phases):
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: the header names {'、'.join(_PHASE_NAMES[p] for p in phases)}, one phase twice "
            "(two years?), so which column is this report's cannot be told; not loaded.",
            table,
            table.header[-1] if table.header else table.title_line,
        )
        return amounts
    pending = ""
    seen: dict[str, str] = {}
    numbered = any(word in header for word in ("栏次", "行次"))
    for line in body:
        row = _row(table, line)
        if numbered and row.amounts:
            row = row.copy()
            row.amounts = [c for n, c in enumerate(row.amounts) if not _row_number(table, line, c, n)]
        # A label continues the one before unless it starts a numbered row, or both name an item of their
        # own ("（二）公务用车购置及" / "运行维护费" is one label: its first piece names nothing).
        continues = (
            pending
            and not _NUMBERED_RE.match(compact(row.label))
            and not (_row_item(row.label) and _row_item(pending))
        )
        label = pending + row.label if continues else row.label
        if not row.amounts:
            pending = label if len(label) < 40 else ""
            continue
        pending = ""
        if _COUNT_RE.search(compact(label)):
            continue
        item = _row_item(label)
        raw = " ".join(c.raw for c in row.amounts)
        if item is None:
            ctx.diagnose(
                "warn",
                "unplaced_amount",
                f"{table.title}: the row '{label}' names no 三公 item; its amounts {raw} were not loaded.",
                table,
                line,
                observed=raw,
            )
            continue
        if item in seen:
            # A part of an item already read (国内接待费 / 外事接待费 under 公务接待费): not the item itself.
            ctx.diagnose(
                "info",
                "sangong_sub_item",
                f"{table.title}: the row '{label}' ({raw}) is a part of {_ITEM_NAMES[item]}, read from the "
                f"row '{seen[item]}'; it is not loaded as the item.",
                table,
                line,
                observed=raw,
            )
            continue
        seen[item] = label
        # (a rate printed with its % sign is no amount of the row: its column is left out)
        columns = [p for p in phases if p != "rate"] if row.rates else phases
        placed: list[tuple[Cell, str | None]]
        if len(row.amounts) == len(columns):
            placed = [
                (cell, phase)
                for cell, phase in zip(row.amounts, columns, strict=True)
                if phase not in ("other", "rate")
            ]
        elif len(row.amounts) < len(columns) and row.amounts[0].segment.x0 is not None:
            placed = []
            for cell in row.amounts:
                joined = "".join(header_cells_at(table, cell.segment, line=line))
                placed.append((cell, _column_phase(joined, ctx.fiscal_year)))
            own = [p for _c, p in placed if p != "other"]
            if None in own or len(set(own)) < len(own):
                placed = None
            else:
                placed = [(cell, phase) for cell, phase in placed if phase != "other"]
        else:
            placed = None
        if placed is None:
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{table.title}, row '{label}': {len(row.amounts)} amounts ({raw}) under the columns "
                f"{'、'.join(_PHASE_NAMES[p] for p in phases)}; which is which cannot be told; not loaded.",
                table,
                line,
                observed=raw,
            )
            continue
        for cell, phase in placed:
            amounts.append(
                ctx.amount(
                    table,
                    line,
                    value=cell.value,
                    raw=cell.raw,
                    column_key=item,
                    column_label=_PHASE_NAMES[phase],
                    row_label=label,
                    phase=phase,
                )
            )
    return amounts


def _group_title(table: Table, label: str) -> bool:
    """Whether a header cell naming the 三公 whole stands on a line above the one naming a 合计 column: the
    title of the items under it, not the total's column (a figure it alone stands over is under no name)."""
    lines = [[compact(seg.text) for seg in hline.segments] for hline in table.header]
    at = next((n for n, texts in enumerate(lines) if label in texts), None)
    below = next((n for n, texts in enumerate(lines) if "合计" in texts), None)
    return at is not None and below is not None and at < below and "合计" not in label


def _left_block(table: Table, ctx: Context, body: list) -> list:
    """The national final-account template prints the 三公 items as rows on the left and a block of counts
    (公务用车购置数（辆）, 接待批次 … under 统计数) on the right, each block under its own 项目. Each line is
    cut where the right block begins: at the first label after its figures, or anything from the right
    block's 项目 on (pdftotext -layout prints a count's label right after the left block's last figure).
    The counts are no money: not loaded, said once."""
    header = [seg for line in table.header for seg in line.segments if seg.x0 is not None]
    projects = sorted(
        (seg for seg in header if compact(seg.text) in ("项目", "项目名称")), key=lambda seg: seg.x0
    )
    if len(projects) != 2 or not any("统计" in compact(seg.text) for seg in header):
        return body
    right = projects[1].x0
    columns = [seg.x0 for seg in header if projects[0].x1 <= seg.x0 < right]
    if not columns:
        return body
    labels_end = min(columns)  # the left block's labels stand left of its first figure column
    out = []
    for line in body:
        left, figures = [], False
        for seg in sorted(line.segments, key=lambda seg: seg.x0 if seg.x0 is not None else 0):
            figure = re.fullmatch(r"-?[\d,]+(?:\.\d+)?", seg.text.strip()) is not None
            if (
                seg.x0 is None
                or (figure and seg.x0 < right)
                or (not figure and not figures and seg.x0 < labels_end)
            ):
                left.append(seg)
                figures = figures or figure
            else:
                break
        if len(left) != len(line.segments):
            line = Line(line.number, line.page, left, line.rules, page_number=line.page_number)
        if left:
            out.append(line)
    ctx.diagnose(
        "info",
        "counts_not_loaded",
        f"{table.title}: the block of counts beside the items (统计数: vehicles, receptions) is not money; "
        "not loaded.",
        table,
        table.title_line,
    )
    return out


def _row_number(table: Table, line, cell, position: int) -> bool:
    """A row's 栏次 / 行次 printed among its figures: a bare small integer under that header, or first on a
    line without positions."""
    if not re.fullmatch(r"\d{1,3}", cell.raw):
        return False
    if cell.segment.x0 is None:
        return position == 0
    return any(word in "".join(header_cells_at(table, cell.segment, line=line)) for word in ("栏次", "行次"))


def _layout_columns(table: Table, ctx: Context) -> list[tuple[str, str, str]]:
    """(item, phase, label) of each column of a positioned header, left to right: one per header cell
    with no header cell under it, its item and phase from the cells above it. A 小计 followed by the
    购置 and 运行 columns is the vehicle subtotal; another 小计 the 三公 subtotal (the identities check
    both). Empty when a column names no 三公 item."""
    leaves = _with_items_touching_subtotal(table, header_leaves(table))
    items = [_item_of(stack) for _leaf, stack in leaves]
    group_between = _vehicle_group_between(leaves, items)
    columns: list[tuple[str, str, str]] = []
    for n, ((item, label), (leaf, stack)) in enumerate(zip(items, leaves, strict=True)):
        if n in group_between:
            continue
        if compact(leaf.text) == "小计" or _named(stack)[-1:] == ["小计"]:
            if n + 1 in group_between or (item != "vehicle" and _opens_vehicle_group(leaves, n)):
                item, label = "vehicle", _ITEM_NAMES["vehicle"]
            elif item is None:
                item, label = "total", _ITEM_NAMES["total"]
        if item is None:
            return []
        joined = "".join(stack)
        if "决算" not in joined and "预算" not in joined:
            joined += _phase_group_over(table, leaf)
        phase = "actual" if "决算" in joined else "budget" if "预算" in joined else (ctx.phase or "budget")
        columns.append((item, phase, label))
    if len({column[:2] for column in columns}) < len(columns):
        columns = _phases_by_halves(table, columns)
    if len({column[:2] for column in columns}) < len(columns):
        return []  # one column named twice: the header is not read right
    return columns


def _phases_by_halves(table: Table, columns: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Columns printing the same items two or three times, left to right, under a line of as many phase
    words ("预算数" … "决算数"; "上年决算数" … "年初预算数" … "决算数"), each centred over its block and
    narrower than it: each block the phase of its word, "other" for another year's (上年, or a year not the
    report's: solved with the rest, not loaded). The columns as they were where the header is not so, or
    where two blocks would be the report's own of one phase."""
    items = [item for item, _phase, _label in columns]
    for blocks in (2, 3):
        size = len(columns) // blocks
        if (
            not size
            or len(columns) % blocks
            or any(items[k * size : (k + 1) * size] != items[:size] for k in range(blocks))
        ):
            continue
        for hline in table.header:
            words = [compact(h.text) for h in hline.segments if h.x0 is not None]
            if len(words) != blocks or not all(_BLOCK_PHASE_RE.match(w) for w in words):
                continue
            phases = [_block_phase(w, table.fiscal_year) for w in words]
            own = [p for p in phases if p != "other"]
            if len(own) != len(set(own)) or not own:
                return columns
            return [(item, phases[n // size], label) for n, (item, _phase, label) in enumerate(columns)]
    return columns


_BLOCK_PHASE_RE: Final = re.compile(r"^(?:\d{4}年度?|上年|本年)?(?:年初)?(?:预算|决算)数?$")


def _phase_of_word(word: str) -> str:
    return "actual" if "决算" in word else "budget"


def _block_phase(word: str, fiscal_year: int | None) -> str:
    year = re.match(r"(\d{4})年", word)
    if word.startswith("上年") or (year is not None and int(year.group(1)) != fiscal_year):
        return "other"
    return _phase_of_word(word)


def _vehicle_group_between(leaves: list, items: list | None = None) -> set[int]:
    """The header leaves that are the vehicle group's name on the line of its columns, between the 小计
    and the 购置费 / 运行费 (no rule apart the header's levels, as a PDF drawing horizontal rules only
    sets it): no column of its own, the 小计 before it its subtotal."""
    items = items if items is not None else [_item_of(stack) for _leaf, stack in leaves]
    return {
        n
        for n in range(1, len(leaves) - 1)
        if items[n][0] == "vehicle"
        and compact(leaves[n - 1][0].text) == "小计"
        and items[n + 1][0] in ("vehicle_purchase", "vehicle_operation")
    }


def _item_pair_columns(
    table: Table, fiscal_year: int | None = None
) -> tuple[list[tuple[str, str, str]], list[tuple[float, float]]]:
    key = ("item_pair_columns", fiscal_year)  # (asked for each row of the table)
    if key not in table.cache:
        table.cache[key] = _item_pair_columns_of(table, fiscal_year)
    return table.cache[key]


def _item_pair_columns_of(
    table: Table, fiscal_year: int | None
) -> tuple[list[tuple[str, str, str]], list[tuple[float, float]]]:
    """(item, phase, label) of each column, and each column's span, of a header whose lowest line prints
    the phases under every item (预算数 | 决算数 under each, as Shanghai's template interleaves them) where
    the items' names stand centred over their pairs, narrower than them (a PDF without rules): the items,
    left to right, are the header's cells naming an item (or 小计) that stand over no other item's cell,
    the i-th over the i-th pair (its centre within the pair's span). A 小计 before the vehicle group's
    购置费 and 运行费 is the vehicle subtotal, else the 三公 subtotal. Empty when the header is not so."""
    lines = [h for h in table.header if h.positioned and h.segments and not amount_unit_in(h.text)]
    if len(lines) < 2:
        return [], []
    phases = lines[-1].segments
    words = [compact(seg.text) for seg in phases]
    if len(phases) < 4 or len(phases) % 2 or not all(_PHASE_CELL_RE.match(w) for w in words):
        return [], []
    order = ["决算" in w for w in words[:2]]
    if order[0] == order[1] or any(["决算" in w for w in words[k : k + 2]] != order for k in (0, 2)):
        return [], []
    named = [
        (k, piece)
        for k, hline in enumerate(lines[:-1])
        for seg in hline.segments
        for piece in _items_apart(seg)
        if _match(compact(piece.text)) is not None or compact(piece.text) == "小计"
    ]
    # (a group's label stands over narrower cells; two items' names of like width that touch, set on
    # staggered lines, are neither the other's group: "公务用车运行费" over the edge of "公务用车购置费"; nor
    # is a name touching a wider one below, as layout text's estimated CJK widths make "公务接待费" meet
    # "公务用车运行费" on the line below)
    items = sorted(
        (
            piece
            for k, piece in named
            if not any(
                j > k
                and min(piece.x1, other.x1) > max(piece.x0, other.x0)
                and other.x1 - other.x0 <= piece.x1 - piece.x0
                and not _staggered(piece, other)
                for j, other in named
            )
        ),
        key=lambda piece: piece.xc,
    )
    pairs = [phases[k : k + 2] for k in range(0, len(phases), 2)]
    if len(items) != len(pairs) or not all(
        a.x0 <= item.xc <= b.x1 for item, (a, b) in zip(items, pairs, strict=True)
    ):
        return [], []
    keys = [_match(compact(item.text)) for item in items]
    vehicle_named = any(_match(compact(piece.text)) == "vehicle" for _k, piece in named)
    columns = []
    for n, item in enumerate(items):
        key, label = keys[n], compact(item.text)
        if label == "小计":
            opens = _is_vehicle_subtotal(keys[n + 1 : n + 3], vehicle_named)
            key, label = ("vehicle", _ITEM_NAMES["vehicle"]) if opens else ("total", _ITEM_NAMES["total"])
        for word in words[2 * n : 2 * n + 2]:
            # (another year's figures, "2023年决算数" beside "2024年预算数": phase other, not loaded)
            columns.append(
                (key, _block_phase(word, fiscal_year) if fiscal_year else _phase_of_word(word), label)
            )
    return columns, [(seg.x0, seg.x1) for seg in phases]


def _staggered(upper, lower) -> bool:
    """Whether two header cells on lines one under the other that touch are neighbours set on staggered lines
    (names of like width, centres half a name apart), not a group's label over its column."""
    width = upper.x1 - upper.x0
    return abs((lower.x1 - lower.x0) - width) <= 2 and abs(upper.xc - lower.xc) >= 0.4 * width


def _subtotal_item(table: Table, seg) -> tuple[str | None, str]:
    """The item of a figure under a 小计 its header cells name no item over (or only a “三公”经费 group's):
    the vehicle subtotal where that 小计, the column nearest the figure, opens the vehicle group
    (`_opens_vehicle_group`: layout text centres the group's name right of it); else not told."""
    leaves = _with_items_touching_subtotal(table, header_leaves(table))
    if not leaves:
        return None, "小计"
    n = min(range(len(leaves)), key=lambda n: abs(leaves[n][0].xc - seg.xc))
    subtotal = compact(leaves[n][0].text) == "小计" or _named(leaves[n][1])[-1:] == ["小计"]
    if subtotal and _opens_vehicle_group(leaves, n):
        return "vehicle", _ITEM_NAMES["vehicle"]
    return None, "小计"


def _under_subtotal(table: Table, seg) -> bool:
    """Whether a header's 小计 stands over the figure and no name of 出国 or 接待 does (one may be near)."""
    pieces = [
        p for hline in table.header for h in hline.segments if h.x0 is not None for p in _items_apart(h)
    ]
    over = [p for p in pieces if min(p.x1, seg.x1) - max(p.x0, seg.x0) > 0]
    return any(compact(p.text) == "小计" for p in over) and not any(
        _match(compact(p.text)) in ("outbound", "reception") for p in over
    )


def _opens_vehicle_group(leaves: list, n: int) -> bool:
    """Whether the header's column n, a 小计, stands right before the 购置费 and 运行费 columns (either
    order) with the vehicle group's name (公务用车购置及运行费, maybe wrapped over header lines) over
    them: the vehicle subtotal, wherever that name stands. A 小计 opening a “三公”经费 group whose columns
    are 公务用车购置费 and 公务用车运行费, no vehicle group named, is the 三公 subtotal."""
    # the next two columns, each once: past this 小计's own, and a column's in its other phase, where
    # the header prints 预算数 | 决算数 under every item
    following, seen = [], [_named(leaves[n][1])]
    for leaf, stack in leaves[n + 1 :]:
        if len(following) < 2 and _named(stack) not in seen:
            seen.append(_named(stack))
            following.append((leaf, stack))
    grouped = any(
        _match("".join(stack[a:b])) == "vehicle"
        for _leaf, stack in following
        for a in range(len(stack) - 1)
        for b in range(a + 1, len(stack))
    )
    return _is_vehicle_subtotal([_item_of(stack)[0] for _leaf, stack in following], grouped)


def _is_vehicle_subtotal(following: list[str | None], vehicle_named: bool) -> bool:
    """Whether a 小计 whose next two columns are of the items ``following`` is the vehicle subtotal: they
    are 购置费 and 运行费 (either order) and the vehicle group is named over them. Another 小计 is the
    三公 subtotal."""
    parts = {"vehicle_purchase", "vehicle_operation"}
    return len(following) == 2 and set(following) == parts and vehicle_named


def _with_items_touching_subtotal(table: Table, leaves: list) -> list:
    """The header's columns with an item's name that reads as a group label only because its estimated
    end reaches over the next column's name below ("因公出国（境）费" over the edge of the vehicle group's
    "小计": pdftotext -layout text gives a CJK character two columns, an estimate). 出国 and 接待 have no
    columns of their own under them: a name of either that is no column's yet is a column."""
    # A 小计 is never 出国's or 接待's (they have no columns under them): its leaf does not make them present.
    present = {
        item
        for leaf, stack in leaves
        if (item := _item_of(stack)[0]) not in ("outbound", "reception") or compact(leaf.text) != "小计"
    }
    added = []
    for hline in table.header:
        for piece in (p for h in hline.segments if h.x0 is not None for p in _items_apart(h)):
            item = _match(compact(piece.text))
            if item in ("outbound", "reception") and item not in present:
                added.append((piece, [compact(piece.text)]))
                present.add(item)
    if not added:
        return leaves
    return sorted([*leaves, *added], key=lambda leaf: leaf[0].x0 + leaf[0].x1)


def _placed_by_position(table: Table, ctx: Context, line, row) -> list[Amount]:
    """The figures of a positioned row, each under the 三公 item of the header cells above it."""
    amounts: list[Amount] = []
    counted = any(
        COUNT_HEADER_RE.search(compact(seg.text)) for hline in table.header for seg in hline.segments
    )
    decimals = any("." in cell.raw for cell in row.amounts)
    lone_subtotal = None  # a figure under a 小计 whose group's name stands over no figure of its own
    for cell in row.amounts:
        if cell.segment.x0 is None:
            ctx.diagnose(
                "warn",
                "unplaced_amount",
                f"{table.title}: amount {cell.raw} printed without "
                "column positions; 三公 columns cannot be placed from plain text.",
                table,
                line,
            )
            continue
        labels = _header_cells_above(table, cell.segment, line)
        if labels and COUNT_HEADER_RE.search(labels[-1]):
            continue  # a count under 团组数（个） / 人次 / 批次 / 保有量（辆）: no money
        if counted and decimals and "." not in cell.raw:
            continue  # (an integer where the money prints decimals, in a table with count columns: a count)
        item, label = _item_of(labels)
        if (
            # no item over it, or the “三公”经费 group's name only; or 出国's or 接待's name only near it
            # on a line above, a 小计 right over it (layout text's estimated CJK widths shift a name
            # towards the next column): neither has columns under it, so that 小计 is never theirs
            (
                item in (None, "total")
                or (item in ("outbound", "reception") and _under_subtotal(table, cell.segment))
            )
            and _named(labels)[-1:] == ["小计"]
            and (vehicle := _subtotal_item(table, cell.segment))[0]
        ):
            item, label = vehicle
        if item == "total" and "小计" not in labels and _group_title(table, label):
            # "财政拨款“三公”经费" over the items, standing over some of them only: no column's name
            item = None
        if item is None and labels == ["小计"] and lone_subtotal is None:
            lone_subtotal = cell  # (placed by the sums below, if they place it)
            continue
        if item is None:
            ctx.diagnose(
                "warn",
                "unplaced_amount",
                f"{table.title}: amount {cell.raw} has no 三公 item "
                f"header above it (found {labels}); not loaded.",
                table,
                line,
                observed=cell.raw,
            )
            continue
        joined = "".join(labels)
        phase = (
            # another year's block ("2022年预算数" over the items in a 2023 budget), a difference's
            "other"
            if _column_phase(joined, ctx.fiscal_year) == "other"
            else "actual"
            if "决算" in joined
            else "budget"
            if ("预算" in joined or ctx.phase == "budget")
            else ctx.phase
        )
        amounts.append(
            ctx.amount(
                table,
                line,
                value=cell.value,
                raw=cell.raw,
                column_key=item,
                column_label=joined,
                row_label=label,
                phase=phase,
            )
        )
    if lone_subtotal is not None:
        amounts += _lone_subtotal_by_sums(table, ctx, line, lone_subtotal, amounts)
    return amounts


def _lone_subtotal_by_sums(
    table: Table, ctx: Context, line, cell: Cell, amounts: list[Amount]
) -> list[Amount]:
    """A figure under a 小计 with no group's name over it (“三公”经费 set far above, over the whole run):
    the 三公 total where the row's other figures, of one phase, place 出国, 公务用车 and 接待 but no 三公
    total, and it is their sum; otherwise said, not loaded."""
    phases = {a.phase for a in amounts}
    values = {a.column_key: a.amount_yuan for a in amounts}
    total = ctx.amount(
        table,
        line,
        value=cell.value,
        raw=cell.raw,
        column_key="total",
        column_label="小计",
        row_label="小计",
        phase=next(iter(phases), ctx.phase or "budget"),
    )
    parts = {"outbound", "reception"} & set(values) and ("vehicle" in values or "vehicle_operation" in values)
    if len(phases) == 1 and "total" not in values and parts:
        step = _rounding_step(table, [*amounts, total])
        if _sums_hold({**values, "total": total.amount_yuan}, step):
            return [total]
    ctx.diagnose(
        "warn",
        "unplaced_amount",
        f"{table.title}: amount {cell.raw} has no 三公 item header above it (found ['小计']), and the row's "
        "other figures do not make it their sum; not loaded.",
        table,
        line,
        observed=cell.raw,
    )
    return []


def _placed_by_pairs(table: Table, ctx: Context, line, row) -> list[Amount] | None:
    """The figures of a positioned row each under the phase word nearest it on the header's lowest line,
    where that line prints 预算数 | 决算数 under every item (`_item_pair_columns`): the item of its pair,
    the phase its word's. None when the header is not so, or a figure stands under no phase word (its
    centre beyond the word's width from it) or under one another figure takes."""
    columns, spans = _item_pair_columns(table, ctx.fiscal_year)
    if not columns or not row.amounts or any(c.segment.x0 is None for c in row.amounts):
        return None
    taken: list[int] = []
    for cell in row.amounts:
        xc = cell.segment.xc
        k = min(range(len(spans)), key=lambda n: abs((spans[n][0] + spans[n][1]) / 2 - xc))
        x0, x1 = spans[k]
        if abs((x0 + x1) / 2 - xc) > x1 - x0 or k in taken:
            return None
        taken.append(k)
    return [_in_column(table, ctx, line, c, columns[k]) for c, k in zip(row.amounts, taken, strict=True)]


def _with_total_key(amounts: list[Amount]) -> list[Amount]:
    """The table's 合计 keyed: the 三公 total, unless the table also prints a 三公 subtotal, or prints
    会议费 / 培训费 and its 合计 adds them in (合计 = 出国 + 车 + 接待 + 会议 + 培训, not 出国 + 车 + 接待:
    a 合计 under the “三公”经费 group beside 会议费 | 培训费 is the 三公 total); then the table's own."""
    has_sangong_total = any(a.column_key == "total" for a in amounts)
    return [
        a
        if a.column_key != "grand_total"
        else replace(
            a, column_key="table_total" if has_sangong_total or _adds_others(a, amounts) else "total"
        )
        for a in amounts
    ]


def _adds_others(total: Amount, amounts: list[Amount]) -> bool:
    """Whether a 合计 beside 会议费 / 培训费 of its row and phase is nearer their sum with the 三公 items'
    than the 三公 items' alone (a misprinted 合计 nearer the 三公 sum stays the 三公 total, for the
    warehouse to report)."""
    row = {
        a.column_key: a.amount_yuan
        for a in amounts
        if a.phase == total.phase and a.source_line == total.source_line
    }
    if not any(k in row for k in ("meeting", "training")):
        return False
    sangong = _items_sum(row)
    others = row.get("meeting", Decimal(0)) + row.get("training", Decimal(0))
    return abs(total.amount_yuan - sangong - others) < abs(total.amount_yuan - sangong)


# --- plain text -------------------------------------------------------------------------------------------

_PHASE_WORDS: Final = (("预算", "budget"), ("决算", "actual"))
_ITEM_NAMES: Final = {
    "grand_total": "合计",
    "total": "“三公”经费",
    "outbound": "因公出国（境）费",
    "vehicle": "公务用车购置及运行费",
    "vehicle_purchase": "公务用车购置费",
    "vehicle_operation": "公务用车运行费",
    "reception": "公务接待费",
    "meeting": "会议费",
    "training": "培训费",
    "operating_costs": "机关运行经费",
}
_PHASE_NAMES: Final = {"budget": "预算数", "actual": "决算数", "other": "另一年度", "rate": "比率"}
_TOKEN_RE: Final = re.compile(
    "|".join(re.escape(f) for f in [*(f for f, _k in SANGONG_ITEMS), "小计", "预算", "决算"])
)
# Parts of each sum the identities check: 三公 total = 出国 + 车 + 接待; 车 = 购置 + 运行.
_SUMS: Final = (
    ("grand_total", ("outbound", "vehicle", "reception")),
    ("total", ("outbound", "vehicle", "reception")),
    ("vehicle", ("vehicle_purchase", "vehicle_operation")),
)


def _header_tokens(text: str) -> list[tuple[str, str]]:
    """(kind, key) in reading order: kind 'item' or 'phase'. A name over the columns below it
    ("公务用车购置及运行费" over "小计 / 购置费 / 运行费", "“三公”经费" over "合计 / …") is a group
    label, not a column: the 小计 or 合计 under it is."""
    found: list[tuple[str, str]] = []
    for match in _TOKEN_RE.finditer(text):
        fragment = match.group()
        phase = next((p for word, p in _PHASE_WORDS if word == fragment), None)
        if phase:
            found.append(("phase", phase))
        else:
            found.append(
                (
                    "item",
                    "subtotal" if fragment == "小计" else next(k for f, k in SANGONG_ITEMS if f == fragment),
                )
            )
    tokens: list[tuple[str, str]] = []
    for n, (kind, key) in enumerate(found):
        following = found[n + 1][1] if n + 1 < len(found) else None
        if following in ("budget", "actual") and n + 2 < len(found) and found[n + 2][1] == "grand_total":
            following = "grand_total"  # "“三公”经费 预算数" over 合计 …: a group label with its phase
        if (
            kind == "item"
            and key != "subtotal"
            and (following == "subtotal" or (following == "grand_total" and key == "total"))
        ):
            continue  # a group label ("公务用车购置及运行费" over 小计 …, "“三公”经费" over 合计 …)
        if key == "subtotal":
            # 小计 under a group label takes the group's item (the vehicle subtotal).
            group = next((k for kd, k in reversed(found[:n]) if kd == "item" and k != "subtotal"), None)
            key = (
                "vehicle"
                if group in ("vehicle", "vehicle_purchase", "vehicle_operation")
                else group or "subtotal"
            )
        tokens.append((kind, key))
    return tokens


def _plain_columns(header_text: str, doc_phase: str) -> list[tuple[str, str, str]]:
    """(item, phase, label) of each column in reading order. Phase words before the items are group
    labels (all budget columns, then all actual ones); phase words after an item split that item into
    one column per phase (interleaved); without phase words every column has the document's phase."""
    tokens = _header_tokens(header_text)
    # "“三公”经费财政拨款预算数" over the items: the phase of every column.
    if (
        len(tokens) > 2
        and tokens[0] == ("item", "total")
        and tokens[1][0] == "phase"
        and tokens[2][0] == "item"
    ):
        tokens = tokens[1:]
    # "预算数 决算数" over two halves of the same items (Wuhan's 表7): each phase over its half.
    leading = 0
    while leading < len(tokens) and tokens[leading][0] == "phase":
        leading += 1
    # "预算数 决算数" printed once per item on a row of their own under all the items (Shanghai's header
    # printed row by row): item by item, each with the repeating phases.
    last_item = max((n for n, (kind, _key) in enumerate(tokens) if kind == "item"), default=-1)
    trailing = [key for kind, key in tokens[last_item + 1 :] if kind == "phase"]
    named = [key for kind, key in tokens[: last_item + 1] if kind == "item"]
    if leading == 0 and named and len(trailing) > len(named) and len(trailing) % len(named) == 0:
        k = len(trailing) // len(named)
        pattern = trailing[:k]
        if (
            len(set(pattern)) == k
            and trailing == pattern * len(named)
            and all(kind == "item" for kind, _key in tokens[: last_item + 1])
        ):
            return [(key, phase, _ITEM_NAMES.get(key, key)) for key in named for phase in pattern]
    items = tokens[leading:]
    if leading > 1 and all(kind == "item" for kind, _key in items) and len(items) % leading == 0:
        half = len(items) // leading
        chunks = [items[k * half : (k + 1) * half] for k in range(leading)]
        if all(chunk == chunks[0] for chunk in chunks):
            return [
                (key, phase, _ITEM_NAMES.get(key, key))
                for (_kind, phase), chunk in zip(tokens[:leading], chunks, strict=True)
                for _kind2, key in chunk
            ]
    columns: list[tuple[str, str, str]] = []
    grouped = bool(tokens) and tokens[0][0] == "phase"
    phase = doc_phase
    for n, (kind, key) in enumerate(tokens):
        label = _ITEM_NAMES.get(key, key)
        if kind == "phase":
            if grouped:
                phase = key
            continue
        if grouped:
            columns.append((key, phase, label))
            continue
        phases = []
        for later_kind, later_key in tokens[n + 1 :]:
            if later_kind != "phase":
                break
            phases.append(later_key)
        columns += [(key, p, label) for p in phases or [doc_phase]]
    return columns


def _satisfies(columns, values: dict[int, int]) -> bool:
    """Whether figures placed in these columns (blank elsewhere) keep every 三公 sum of each phase."""
    by_item = {(item, phase): values.get(i, 0) for i, (item, phase, _label) in enumerate(columns)}
    sums = _SUMS
    if any(item == "total" for item, _p, _l in columns):
        # With a 三公 subtotal of its own, 合计 is the table's total: 三公 + 会议费 + 培训费.
        sums = (("grand_total", ("total", "meeting", "training")), *_SUMS[1:])
    for phase in {p for _i, p, _l in columns}:
        for whole, parts in sums:
            if (whole, phase) not in by_item or not any((p, phase) in by_item for p in parts):
                continue
            total = by_item[(whole, phase)]
            terms = [by_item.get((p, phase), 0) for p in parts]
            slack = rounding_tolerance(len(terms)) if total else 0
            if abs(sum(terms) - total) > slack:
                return False
    return True


_VEHICLE_PARTS: Final = {"vehicle_purchase", "vehicle_operation"}
_SANGONG_PARTS: Final = {"outbound", "vehicle", "reception", *_VEHICLE_PARTS}


def _fragment_key(fragment: str) -> str:
    if fragment == "小计":
        return "subtotal"
    return next((k for f, k in SANGONG_ITEMS if f == fragment), "phase")


def _lone_group_orders(table: Table) -> list[str]:
    """The header's words in each order its text allows, where the vehicle group's name stands alone on a
    header line above the line of the other items: a name over two of the table's rows prints on the
    top line, the items spanning both rows print lower (vertically centred), so the text does not tell
    where among them the group's columns stand. One order per place among the next line's items; none
    when the header has no such line."""
    for lines, n, group, below in _lone_vehicle_lines(table):
        below_keys = [_fragment_key(w) for w in below]
        if (
            len(below) < 2  # (a header printed a cell per line is in its columns' order)
            or not {"outbound", "reception"} & set(below_keys)
            or any(key in ("vehicle", "subtotal", "phase") for key in below_keys)
        ):
            continue
        before = "".join(lines[:n])
        after = "".join(lines[n + 2 :])
        return [
            before + "".join(below[:k]) + group + "".join(below[k:]) + after for k in range(1, len(below) + 1)
        ]
    return []


def _cell_per_line(table: Table) -> bool:
    """Whether the header prints each of its items on a line of its own (plain text of a header read cell
    by cell, in its columns' order): no line holds two."""
    return all(
        sum(_fragment_key(m.group()) != "phase" for m in _TOKEN_RE.finditer(compact(line.text))) < 2
        for line in table.header
    )


def _group_names_line(table: Table) -> bool:
    """Whether a header line prints the groups' names only, two of them or more (“三公”经费 and
    公务用车购置及运行费 over 合计 小计 因公出国（境）费 小计 购置费 …): plain text does not tell which runs
    go under them (one vehicle group's name alone over its run is ``_lone_group_at_its_run``'s)."""
    for line in table.header:
        keys = [_fragment_key(m.group()) for m in _TOKEN_RE.finditer(compact(line.text))]
        keys = [k for k in keys if k != "phase"]
        if len(keys) >= 2 and set(keys) <= {"total", "vehicle"}:
            return True
    return False


def _lone_vehicle_lines(
    table: Table, last_too: bool = False
) -> Iterator[tuple[list[str], int, str, list[str]]]:
    """Each header line holding the vehicle group's name alone, as (the header's lines compacted, its
    index, the name, the next line's words); with ``last_too``, the header's last line too (no words
    after it)."""
    lines = [compact(line.text) for line in table.header]
    for n, text in enumerate(lines if last_too else lines[:-1]):
        words = [m.group() for m in _TOKEN_RE.finditer(text)]
        if [_fragment_key(w) for w in words] == ["vehicle"]:
            after = lines[n + 1] if n + 1 < len(lines) else ""
            yield lines, n, words[0], [m.group() for m in _TOKEN_RE.finditer(after)]


def _lone_group_at_its_run(table: Table) -> str | None:
    """The header's words with the vehicle group's name, standing alone on a header line, moved down to
    its 小计 run on the next line ("公务用车购置及运行费" / "合计 因公出国（境）费 小计 购置费 运行费
    公务接待费": the group's columns are that run, between 出国 and 接待); None for any other header. Read
    in the text's order, the name would open the header and each column after it take its neighbour's
    figure."""
    for lines, n, group, below in _lone_vehicle_lines(table):
        keys = [_fragment_key(w) for w in below]
        if "vehicle" in keys or keys.count("subtotal") != 1:
            continue
        at = keys.index("subtotal")
        # (its run: the 小计 and the vehicle's parts after it, one of them or both)
        if at + 1 == len(keys) or keys[at + 1] not in _VEHICLE_PARTS:
            continue
        return "".join([*lines[:n], *below[:at], group, *below[at:], *lines[n + 2 :]])
    return None


def _nested_header_text(table: Table, text: str | None = None) -> str:
    """The header's words in the order of its columns. Plain text prints a header of several levels level
    by level: "合计 因公出国（境）费 公务用车购置及运行费 公务接待费" / "小计 购置费 运行费", whose
    小计 / 购置费 / 运行费 are the columns under 公务用车购置及运行费, between it and 公务接待费; likewise
    小计 / 出国 / 车 / 接待 under “三公”经费 beside 会议费 and 培训费. Each run opening with 小计 goes under
    the next group it names that has none (Wuhan's 预算数 | 决算数 halves print two vehicle groups, then two
    runs)."""
    text = header_text(table) if text is None else text
    words = [m.group() for m in _TOKEN_RE.finditer(text)]
    keys = [_fragment_key(w) for w in words]
    runs: list[tuple[str, int, int]] = []  # (group, start, end) of each 小计 run
    n = 0
    while n < len(keys):
        end = n + 1
        if keys[n] == "subtotal":
            # (a 小计 right after the vehicle group's name, "公务用车购置及运行费小计 公务用车购置费
            # 公务用车运行费 公务接待费" on one line: its run is the vehicle's parts only, 接待费 a column)
            parts_of = _VEHICLE_PARTS if n and keys[n - 1] == "vehicle" else _SANGONG_PARTS
            while end < len(keys) and keys[end] in parts_of:
                end += 1
            parts = set(keys[n + 1 : end])
            group = "vehicle" if parts and parts <= _VEHICLE_PARTS else "total" if parts else None
            if group is not None:
                runs.append((group, n, end))
        n = end
    # A run right after its group already stands where its columns are.
    misplaced = [run for run in runs if run[1] == 0 or keys[run[1] - 1] != run[0]]
    if not misplaced:
        return text
    groups = {
        group: [
            i
            for i, key in enumerate(keys)
            if key == group and not (i + 1 < len(keys) and keys[i + 1] == "subtotal")
        ]
        for group in ("vehicle", "total")
    }
    if any(len([r for r in misplaced if r[0] == g]) > len(groups[g]) for g in groups):
        return text
    moved = {i for _g, start, end in misplaced for i in range(start, end)}
    inserts: dict[int, range] = {}
    taken = {"vehicle": 0, "total": 0}
    for group, start, end in misplaced:
        inserts[groups[group][taken[group]]] = range(start, end)
        taken[group] += 1
    # Each word, then the run that goes under it (a run may hold the next group): depth first, from a stack
    # (a nested function calling itself would make a cycle of references, left to the garbage collector).
    order: list[str] = []
    stack = [i for i in reversed(range(len(words))) if i not in moved]
    while stack:
        i = stack.pop()
        order.append(words[i])
        stack.extend(reversed(inserts.get(i, range(0))))
    return "|".join(order)


def _parse_plain(table: Table, ctx: Context, body) -> list[Amount]:
    at_its_run = _lone_group_at_its_run(table)
    header = _nested_header_text(table, at_its_run)
    columns = _plain_columns(header, ctx.phase or "budget")
    columns = _year_blocks(columns, " ".join(compact(line.text) for line in table.header), ctx)
    # The table's figures are one row, possibly wrapped over several lines.
    cells: list[tuple[Cell, object]] = [(c, ln) for ln in body for c in _row(table, ln).amounts]
    # A 合计 row printing every column, then a row per unit (a department's table, or a unit's own row
    # repeating it): the 合计 row is the table's figures.
    total_line = next(
        (
            ln
            for ln in body
            if re.match(r"(?:部门|单位)?(?:合计|总计)", compact(_row(table, ln).label))
            and len(_row(table, ln).amounts) == len(columns)
        ),
        None,
    )
    if total_line is not None and len(cells) > len(columns):
        cells = [(c, total_line) for c in _row(table, total_line).amounts]
        _report_unit_rows(table, ctx, body, total_line)
    if not cells:
        return []
    first_line = cells[0][1]
    raw = " ".join(c.raw for c, _ln in cells)
    # Header words after the first figure (预算数 / 决算数 / an item between figures), or one column named
    # twice: the text is not in reading order (extracted column by column), so no column can be trusted.
    late = _header_words_after_figures(table, body)
    named = [(item, p) for item, p, _label in columns]
    if columns and (late or len(set(named)) < len(named)):
        why = (
            f"header words ({', '.join(late[:3])}) follow its figures"
            if late
            else "its header names a column twice"
        )
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: {why}, so the text is not in reading order and the amounts {raw} cannot be "
            "placed; not loaded (the PDF, or `pdftotext -layout`, keeps the columns).",
            table,
            first_line,
            observed=raw,
        )
        return []
    orders = _lone_group_orders(table)
    if orders and len(cells) > 1:
        placed = _placed_by_one_order(table, ctx, orders, cells)
    else:
        placed = _solve_row(table, ctx, columns, cells)
        lone = at_its_run is None and any(True for _ in _lone_vehicle_lines(table, last_too=True))
        if (
            len(cells) == len(columns)
            and (lone or _group_names_line(table))
            and not _cell_per_line(table)
            and not _row_sums_hold(table, placed)
        ):
            # The order of the columns put together from a header of several lines (a group's name alone
            # on a line, away from any run of its parts the rules above place it at; groups printed on
            # the line above their 小计 runs, the runs moved under them): the sums failing in that order
            # say it is not the columns', or that the row is misprinted; which, the text does not tell.
            why = (
                "the vehicle group's name stands on a header line of its own, away from the columns of its "
                "parts"
                if lone
                else "its header prints the groups' names (“三公”经费, 公务用车购置及运行费) on a line of "
                "their own above their parts"
            )
            ctx.diagnose(
                "warn",
                "sangong_columns_misread",
                f"{table.title}: {why}, and the amounts {raw} do not add up (合计 = 出国 + 公务用车 + 接待, "
                "公务用车 = 购置 + 运行) in the order the header's words are read: the text does not tell "
                "the columns' order; not loaded (the PDF, or `pdftotext -layout`, keeps the columns).",
                table,
                first_line,
                observed=raw,
            )
            return []
    return _without_other_years(table, ctx, placed, first_line)


def _header_words_after_figures(table: Table, body: list[Line], between_rows: bool = False) -> list[str]:
    """The labels of figureless lines after the body's first line of figures that are header words (an
    item, a phase): plain text printing them there ran column by column, not row by row. ``between_rows``
    (a table of phase rows): only lines between two lines of figures count, each word a header cell of
    items alone (小计, 公务用车购置费 …), no count's name: a note wrapped under the rows ("…公务用车购置及运行
    维护费和公务接待费") or a line of counts (公务接待批次（个）) says nothing of the rows' order."""
    with_figures = [n for n, ln in enumerate(body) if _row(table, ln).amounts]
    if not with_figures:
        return []
    lines = body[with_figures[0] + 1 : with_figures[-1] if between_rows else len(body)]
    return [
        row.label
        for ln in lines
        for row in [_row(table, ln)]
        # a note's sentence wrapped under the figures ("数，决算数是包括…") is no header word, nor the
        # report's title atop the next page ("某某局2023年度部门决算")
        if row.label
        and not row.amounts
        and _header_tokens(row.label)
        and not re.search(r"[，。；,;]", row.label)
        and not is_running_title(row.label)
        and (not between_rows or _item_cells_only(row.label))
    ]


def _item_cells_only(label: str) -> bool:
    """Whether a line's words are each a header cell naming a 三公 item or a subtotal, no phase, no count."""
    words = label.split()
    return (
        bool(words)
        and not COUNT_HEADER_RE.search(label)
        and all(
            # (one item a cell: "…购置及运行维护费和公务接待费" names two, a sentence's piece)
            len(compact(word)) <= 13 and [kind for kind, _key in _header_tokens(word)] == ["item"]
            for word in words
        )
    )


def _without_other_years(table: Table, ctx: Context, placed: list[Amount], line: Line) -> list[Amount]:
    """The placed figures without another year's block's (solved with the rest, not loaded; said)."""
    other = [a for a in placed if a.phase == "other"]
    if other:
        ctx.diagnose(
            "info",
            "comparison_columns_not_loaded",
            f"{table.title}: the figures {' '.join(a.amount_raw for a in other)} are another year's (the "
            "header's block of another year than the report's); not loaded.",
            table,
            line,
            observed=" ".join(a.amount_raw for a in other),
        )
    return [a for a in placed if a.phase != "other"]


def _placed_by_one_order(table: Table, ctx: Context, orders: list[str], cells) -> list[Amount]:
    """The row placed under the one order of the header's columns (``_lone_group_orders``) whose sums
    hold; when none or several do, a diagnostic naming them, nothing loaded."""
    fitting = []
    for order in orders:
        columns = _plain_columns(_nested_header_text(table, order), ctx.phase or "budget")
        scratch = Context(ctx.document_id, ctx.source_file, ctx.doc_kind, fiscal_year=ctx.fiscal_year)
        placed = _solve_row(table, scratch, columns, cells, partial=False)
        by_column = {(a.column_key, a.phase): a.amount_yuan for a in placed}
        scale = Decimal(100)
        if placed and _satisfies(
            [(key, phase, "") for key, phase in by_column],
            {n: int(value * scale) for n, value in enumerate(by_column.values())},
        ):
            fitting.append((order, placed, scratch))
    # Places that give every figure the same column are one reading (a row printing 接待费 alone).
    readings = {
        frozenset((a.column_key, a.phase, a.amount_yuan) for a in placed) for _o, placed, _s in fitting
    }
    if len(readings) == 1:
        ctx.diagnostics.extend(fitting[0][2].diagnostics)
        return fitting[0][1]
    raw = " ".join(c.raw for c, _ln in cells)
    ctx.diagnose(
        "warn",
        "ambiguous_columns",
        f"{table.title}: the vehicle group's name stands on a header line of its own, so the text does not "
        f"tell where its columns stand among the other items; the amounts {raw} are placed for sure under "
        f"{len(fitting)} of the {len(orders)} places it may stand in (under the others their sums fail or "
        "leave them open); not loaded (the PDF, or `pdftotext -layout`, keeps the columns).",
        table,
        cells[0][1],
        observed=raw,
    )
    return []


_BLOCK_YEAR_RE: Final = re.compile(r"(\d{4})年度?(?:年初)?(?:预算|决算|执行)")


def _year_blocks(columns, header: str, ctx: Context):
    """Items printed once per year ("2024年预算数" over the items, then "2025年预算数" over them again): the
    blocks of another year than the report's are phase "other" (solved with their own sums, not loaded).
    Unchanged unless the header's year words split the columns into blocks naming the same items."""
    named = [(item, phase) for item, phase, _label in columns]
    years = [int(y) for y in _BLOCK_YEAR_RE.findall(header)]
    if ctx.fiscal_year not in years or len(set(named)) == len(named) or len(years) < 2:
        return columns
    if len(columns) % len(years):
        return columns
    size = len(columns) // len(years)
    blocks = [columns[k * size : (k + 1) * size] for k in range(len(years))]
    if any([c[0] for c in block] != [c[0] for c in blocks[0]] for block in blocks):
        return columns
    return [
        (item, phase if year == ctx.fiscal_year else "other", label)
        for year, block in zip(years, blocks, strict=True)
        for item, phase, label in block
    ]


def _report_unit_rows(table: Table, ctx: Context, body, total_line) -> None:
    """The rows beside the 合计 row (one per unit) are not loaded: the warehouse keeps a report's 三公
    figures, not its units'. Said, so that no printed figure is dropped in silence."""
    total = [c.raw for c in _row(table, total_line).amounts]
    rows = [(ln, _row(table, ln)) for ln in body if ln is not total_line and _row(table, ln).amounts]
    if not rows:
        return
    repeats = all([c.raw for c in row.amounts] == total for _ln, row in rows)
    names = ", ".join(f"'{row.label}'" if row.label else f"line {ln.number}" for ln, row in rows[:4])
    ctx.diagnose(
        "info",
        "unit_rows_not_loaded",
        f"{table.title}: the rows {names}{' …' if len(rows) > 4 else ''} print a unit's own figures "
        f"beside the 合计 row{' (the same figures)' if repeats else ''}; the 合计 row is loaded as the "
        "report's 三公 figures, the units' rows are not.",
        table,
        rows[0][0],
        observed=" ".join(c.raw for _ln, row in rows[:4] for c in row.amounts),
    )


def _solve_row(
    table: Table,
    ctx: Context,
    columns,
    cells: list[tuple[Cell, object]],
    spans: list[tuple[float, float]] | None = None,
    partial: bool = True,
) -> list[Amount]:
    """The figures of the table's row placed in the columns (item, phase, label), left to right, where
    exactly one placement keeps the identities; otherwise a diagnostic naming the candidates, and (unless
    not ``partial``) the figures every candidate places alike. With the
    columns' header spans (``spans``, positioned text), of several placements the identities keep, the one
    that alone puts every figure under its own column's header stands: the row is not shifted against
    its header there, so its positions decide what its sums leave open (a row off its header has no
    such placement, and stays a diagnostic). With ``spans`` (the positions failed to place the figures),
    a row filling every column is placed only where its sums hold: the columns are the header's as read."""
    if not cells:
        return []
    first_line = cells[0][1]
    raw = " ".join(c.raw for c, _ln in cells)
    if not columns:
        ctx.diagnose(
            "warn",
            "unplaced_amount",
            f"{table.title}: amounts {raw} under a header that names no 三公 column; not loaded.",
            table,
            first_line,
            observed=raw,
        )
        return []
    if len(cells) > len(columns):
        ctx.diagnose(
            "warn",
            "too_many_amounts",
            f"{table.title}: {len(cells)} amounts printed but the "
            f"header names {len(columns)} columns; not loaded.",
            table,
            first_line,
            observed=raw,
        )
        return []
    scale = Decimal(10) ** max(decimals_of(c.raw) for c, _ln in cells)
    ints = [int(c.value * scale) for c, _ln in cells]
    if len(cells) == len(columns):
        # Every column printed: the order places them for sure, and sums that do not hold are the
        # report's own, for the warehouse to report (never mended here by moving figures). Not where
        # the positions failed to place them (``spans``): there the columns are the header's as read,
        # and sums failing under them say the header was not read right.
        placements = [tuple(range(len(columns)))]
        if spans is not None and not _satisfies(columns, dict(enumerate(ints))):
            placements = []
    else:
        placements = [
            chosen
            for chosen in combinations(range(len(columns)), len(cells))
            if _satisfies(columns, dict(zip(chosen, ints, strict=True)))
        ]
    if len(placements) > 1 and spans is not None:
        segments = [c.segment for c, _ln in cells]
        under = [p for p in placements if all(map(_under, segments, (spans[i] for i in p)))]
        if len(under) != 1:
            # A row shifted against its header (pdftotext -layout lays each row on its own grid): the
            # figures the placements put in different columns decide, each under one of its candidate
            # columns only ("18.00" under 运行费, not 购置费, where 购置费 is blank).
            open_at = [n for n in range(len(cells)) if len({p[n] for p in placements}) > 1]
            told = all(
                sum(_under(segments[n], spans[i]) for i in {p[n] for p in placements}) == 1 for n in open_at
            )
            under = [p for p in placements if all(_under(segments[n], spans[p[n]]) for n in open_at)]
            under = under if told else []
        placements = under if len(under) == 1 else placements
    # (where several placements fit, the figures each of them puts in the same column are sure: 合计, the
    # vehicle group's 小计, 接待费 beside a vehicle figure that is 购置费 or 运行费)
    sure = (
        [n for n in range(len(cells)) if len({p[n] for p in placements}) == 1]
        if len(placements) > 1 and partial
        else []
    )
    if len(placements) != 1:
        shown = ["+".join(_PHASE_NAMES[columns[i][1]] + columns[i][2] for i in p) for p in placements[:6]]
        why = "no placement satisfies the identities" if not placements else "the identities leave them open"
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{table.title}: amounts {raw} fit {len(placements)} column placements "
            f"({'; '.join(shown) or 'none'}): {why}; "
            + (
                "only the figures placed alike in every one were loaded ("
                + " ".join(cells[n][0].raw for n in sure)
                + ")."
                if sure
                else "not loaded."
            ),
            table,
            first_line,
            expected=" | ".join(shown) or None,
            observed=raw,
        )
        if not sure:
            return []
    chosen = placements[0]
    return [
        _in_column(table, ctx, line, cell, columns[i])
        for n, ((cell, line), i) in enumerate(zip(cells, chosen, strict=True))
        if len(placements) == 1 or n in sure
    ]


def _in_column(table: Table, ctx: Context, line: Line, cell: Cell, column: tuple[str, str, str]) -> Amount:
    """A figure of a row as the amount of a header column (item, phase, label)."""
    item, phase, label = column
    return ctx.amount(
        table,
        line,
        value=cell.value,
        raw=cell.raw,
        column_key=item,
        column_label=_PHASE_NAMES.get(phase, "") + label,
        row_label=label,
        phase=phase,
    )


def _under(segment, span: tuple[float, float]) -> bool:
    """Whether a figure overlaps a header cell's span (a positioned figure under its column)."""
    return segment.x0 is not None and min(segment.x1, span[1]) - max(segment.x0, span[0]) > 0
