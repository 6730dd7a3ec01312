"""Assigning a row's amounts to the table's columns.

With positions (PDF geometry or layout text) each amount takes the header label above it; without ruled
cells, above its column of figures on the page (``column_spans``). Without positions (plain text) the
header only names the columns in reading order, and the rows of a table are placed together by the
accounting identities (``solver``): each row's parts add up to its total, and each column of a parent row
is the sum of its children, to ±0.01 per rounding step of the printed unit; a row the same code and total
pins in another table of the document is narrowed by it. A fund's 收入支出 table, whose first column is
no total, is placed by its own identities (``assign_flow_rows``). A row left with several placements, or
none, is a diagnostic naming the candidates, and only what is certain is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import combinations
from statistics import median
from typing import Final

from .changes import rate_holds
from .context import Context
from .layout import Line, Segment
from .rows import Cell, Row, cell_value
from .solver import (
    SolverRow,
    depths,
    printed_sum_holds,
    rounding_tolerance,
    row_candidates,
    solve,
    sums_hold_in_groups,
)
from .tables import (
    CODE_OPENING_RE,
    FORM_NUMBER_RE,
    PART_COLUMNS,
    SUBTOTAL_GROUPS,
    Table,
    column_key_of,
    column_key_of_cells,
    column_names_apart,
    earlier_year_columns,
    group_subtotal_key,
    header_cells_at,
    header_cells_centred,
    header_labels_in_order,
    header_text,
    is_column_numbers,
    phase_label_in_gap,
    wrapped_label,
)
from .tokens import YEAR_RE, amount_unit_in, compact, decimals_of, from_yuan, to_yuan
from .vocabulary import COMPARISON_COLUMNS, NOT_OWN_COLUMNS, base_table_key, body_named

# Header words that name the code and label columns, never an amount column.
LABEL_HEADER_WORDS: Final = (
    "项目",
    "科目",
    "功能分类",
    "经济分类",
    "编码",
    "名称",
    "类",
    "款",
    "项",
    "行次",
    "栏次",
    "次行",  # (turned 90° in a PDF's narrow column, read from the top)
    "次栏",
)
_LABEL_WORDS: Final = LABEL_HEADER_WORDS[:6]  # the code and name columns' words, which name no amount column


def _keys_by_position(
    table: Table, line: Line, cells: list[Cell], spans: dict[int, Segment | tuple[str, str]] | None
) -> set[str | None]:
    """The columns the header cells over a row's figures name (each figure's every cell)."""
    keys: set[str | None] = set()
    for cell in cells:
        span = spans.get(id(cell), cell.segment) if spans else cell.segment
        if isinstance(span, tuple):
            keys.add(span[0])
        else:
            keys.add(
                column_key_of_cells(
                    header_cells_at(table, span, exclude=_LABEL_WORDS, line=line), table.fiscal_year
                )
            )
    return keys


def assign_columns(
    table: Table,
    ctx: Context,
    line: Line,
    cells: list[Cell],
    *,
    row_desc: str,
    spans: dict[int, Segment | tuple[str, str]] | None = None,
) -> list[tuple[Cell, str, str]]:
    """(cell, column_key, column_label) for each positioned amount that can be placed for sure: each
    takes the header above it, or above its column's span where ``column_spans`` gives one. Plain-text
    rows are placed table-wide by ``assign_rows_by_identities``."""
    if not line.rules and len(cells) > 1:
        # Without ruled cells (pdftotext -layout), each page is laid out on its own grid and a row can
        # stand columns away from the header of the first page. A row that prints every column, whose
        # first figure is the sum of the others, needs no positions: its figures are the columns in order.
        placed = in_order(cells, *leaf_columns(table))
        if placed is not None:
            return placed
    placed = []
    above_of: dict[int, list[str]] = {}
    key: str | None
    for cell in cells:
        span = spans.get(id(cell), cell.segment) if spans else cell.segment
        if isinstance(span, tuple):
            key, label = span
        else:
            cells_above = above_of[id(cell)] = header_cells_at(
                table, span, exclude=LABEL_HEADER_WORDS[:6], line=line
            )
            label = "".join(cells_above)
            key = column_key_of_cells(cells_above, table.fiscal_year)
            # ("2023年决算数" beside "2024年预算数" in a 2024 report; 全年预算数 beside 年初预算数)
            key = _not_own_key(table, cells_above) or key
        if key is None and not line.rules and not isinstance(span, tuple) and span.x0 is not None:
            # (no column by every cell the figure meets: by those standing centred over it, where those
            # name one no other figure of the row stands under, and the cells left out, on two lines or
            # more, name another: a neighbour's name wrapped over lines, not this figure's own name set
            # beside a name pdftotext ran into one cell with others)
            centred, left_out = header_cells_centred(table, span, exclude=_LABEL_WORDS)
            found = column_key_of_cells(centred, table.fiscal_year)
            if (
                found not in (None, "amount")
                and len(left_out) >= 2
                and column_key_of_cells(left_out, table.fiscal_year) not in (None, "amount", found)
                and found not in _keys_by_position(table, line, cells, spans)
            ):
                key, label = found, "".join(centred)
        if key in (None, "amount") and len(cells) == 1:
            key = "total"
        if key is None:
            ctx.diagnose(
                "warn",
                "unplaced_amount",
                f"{row_desc}: the amount {cell.raw} has no recognisable column header above it "
                f"(header text found: '{label or 'none'}'); it was not loaded.",
                table,
                line,
                observed=cell.raw,
            )
            continue
        if key == "amount":
            key = "total"
        placed.append((cell, key, label))
    # A final account's 年初预算数 column is the budget's total, 决算数 小计 the actual's:
    # one key, two phases.
    keys = [(k, column_phase(ctx, label)) for _c, k, label in placed]
    # (columns of no money, a share's or another year's, are left out by the reader: not duplicates)
    duplicates = {k for k, phase in keys if keys.count((k, phase)) > 1 and k not in NOT_OWN_COLUMNS}
    if duplicates == {"total"}:
        # Two totals: one may be the 小计 of a part's group (基本支出 over 小计 | 人员经费 | 公用经费).
        regrouped = [
            (c, (group_subtotal_key(above_of.get(id(c), [])) if k == "total" else None) or k, label)
            for c, k, label in placed
        ]
        if table.body and table.body[0].positioned and not line.rules:
            # Without rules the group's label stands over the columns after its 小计, not over the 小计.
            leaf_columns(table)  # finds the 小计 of a group, if any
            group = table.cache.get(("subtotal_group",))
            regrouped = [
                (
                    c,
                    _subtotal_at(table, _span_of(c, spans), group)
                    if k == "total" and group and _GROUP_SUBTOTAL_LABEL_RE.search(compact(label))
                    else k,
                    label,
                )
                for c, k, label in regrouped
            ]
        keys = [(k, column_phase(ctx, label)) for _c, k, label in regrouped]
        if len(set(keys)) == len(keys):
            placed, duplicates = regrouped, set()
    if duplicates:
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{row_desc}: two amounts fall under the same column(s) {sorted(duplicates)}; "
            "the row's amounts were not loaded.",
            table,
            line,
            observed=" ".join(c.raw for c in cells),
        )
        return []
    return _total_not_shifted(table, ctx, line, cells, placed, row_desc)


def _span_of(cell: Cell, spans: dict | None) -> Segment:
    """Where a figure's column is looked up: its column's span (``column_spans``), else its own."""
    span = spans.get(id(cell)) if spans else None
    return span if isinstance(span, Segment) else cell.segment


def _subtotal_at(table: Table, span: Segment, group: str) -> str:
    """The group of the 小计 a figure stands under (``span``: where its column is looked up), where the
    header has several (基本支出's and 项目支出's): the leaf 小计 the span meets; else, where the header has
    one group's 小计, that group; else "total" (two totals: the row is said)."""
    keys, labels, spans = table.cache.get(("leaf_all",), ([], [], []))
    groups = [
        (key, x0, x1)
        for key, label, (x0, x1) in zip(keys, labels, spans, strict=True)
        if label == "小计" and key != "total"
    ]
    for key, x0, x1 in groups:
        if min(x1, span.x1) > max(x0, span.x0):
            return key
    return group if len(groups) <= 1 else "total"


def _total_not_shifted(
    table: Table, ctx: Context, line: Line, cells: list[Cell], placed: list, row_desc: str
) -> list[tuple[Cell, str, str]]:
    """The placement of a row by positions, unless those put every figure under a column but none under the
    total column of a table whose rows print their total first, while its first figure is no less than
    any other (a total): the text's columns then stand shifted against the header (an extractor padding
    cells with spaces at no fixed width), and no part can be trusted to its column. Only the total is
    loaded then, and the row is said."""
    keys, labels = leaf_columns(table)
    if not keys:  # (a header the positions do not name whole: its names in reading order)
        keys, labels = plain_columns(table)
    if (
        line.rules
        or not placed
        or is_flow_table(table)  # (a flow's first column is its 年初结转, no total: "500.00 … 500.00")
        or table.continues is not None  # (further columns of a table printed apart: its total is before)
        or len(placed) != len(cells)  # (a figure no header stands over is said already)
        or not keys
        or keys[0] != "total"
        # (a header naming parts only: the figures stand under them, no total printed to be shifted)
        or _parts_only(table.cache.get(("leaf_all",), ([],))[0])
        or any(key == "total" for _c, key, _label in placed)
        or any(c.value > cells[0].value for c in cells[1:])
        # a row printing only another year's figure and the change, minus it ("2081099 … 135.00 …
        # -135.00 -100.00": a subject the year dropped): nothing of the report's own, no shift
        or _dropped_subject(placed)
    ):
        return placed
    shown = "、".join(f"{c.raw} {label}" for c, _key, label in placed)
    ctx.diagnose(
        "warn",
        "columns_shifted",
        f"{row_desc}: by their positions the figures stand under other columns than the total ({shown}), "
        f"though the row's first figure is its total: the text's columns are shifted against the header; "
        f"only the total was loaded.",
        table,
        line,
        observed=" ".join(c.raw for c in cells),
    )
    return [(cells[0], "total", labels[0] if labels else "合计")]


def _parts_only(keys: list[str]) -> bool:
    """Whether a header's columns (``leaf_columns``' every one) are parts, 基本支出 | 项目支出 or 人员经费 |
    公用经费 (in one block or beside another year's), and no total over any figure."""
    return bool(set(keys) & PART_COLUMNS) and set(keys) <= PART_COLUMNS | set(NOT_OWN_COLUMNS)


def column_phase(ctx: Context, label: str) -> str | None:
    """The phase of a table column by its label: in a final account, a 预算 column (年初预算数) is the
    budget's; None for the document's own phase."""
    # (a fund's name holds 预算, "一般公共预算财政拨款": no phase word; 年初预算数 is one)
    words = _FUND_NAME_RE.sub("", label)
    # (预算执行数, 实际完成: the actual, whose words name the budget too)
    budget = "预算" in words and not ACTUAL_WORDS_RE.search(words)
    return "budget" if ctx.doc_kind == "final_account" and budget else None


# The words naming the actual in a column's label (决算数, 执行数, 实际支出, 完成数).
ACTUAL_WORDS_RE: Final = re.compile(r"决算|执行|实际|完成")
# (also 一般公共预算's former names, 公共财政预算 / 公共预算, of templates before 2017; and a fund's name
# wrapped in its cell, "政府性基金预" / "算财政拨款", its pieces joined as a figure's span meets them)
_FUND_NAME_RE: Final = re.compile(
    r"一般公共预算|公共财政预算|公共预算|政府性基金预算?|国有资本经营预算?"
    r"|(?:(?<=政府性基金预)|(?<=国有资本经营预)|^)预?算财政拨款"
)


_BUDGET_BLOCK_WORDS_RE: Final = re.compile(
    r"年初预算数?|基本支出|项目支出|人员经费|公用经费|小计|合计|科目名称|支出功能分类"
)


def budget_only_header(ctx: Context, table: Table) -> bool:
    """Whether a final account's table prints the 年初预算数 block alone (a wide table printed by columns,
    its 决算数 block on the next page; the header's cells a line each, the group label no column's own
    label): every column of it is the budget's. Also the year's budget worded otherwise (本年预算数, 预算数,
    2024年预算数 in a 2024 report) where that label alone stands over the block (``_lone_budget_group``)."""
    if ctx.doc_kind != "final_account" or not table.header:
        return False
    words = _FUND_NAME_RE.sub("", "".join(compact(line.text) for line in table.header))
    if "年初预算" not in words:
        label = _lone_budget_group(table)
        return (
            label is not None
            and _OWN_BUDGET_LABEL_RE.fullmatch(label) is not None
            and (
                not (years := {int(year) for year in YEAR_RE.findall(label)}) or years == {table.fiscal_year}
            )
        )
    # (no other column of the year's own: 决算数, 执行数, 本年支出数 or 实际支出 beside it make the 年初
    # one a block)
    rest = _BUDGET_BLOCK_WORDS_RE.sub("", words)
    return not re.search(r"决算|执行|支出|收入|实际", rest)


def other_budget_only_header(ctx: Context, table: Table) -> str | None:
    """The budget a final account's table prints alone where it is not the year's 年初 one (全年预算数,
    调整预算数, 调整后预算数: no figure the report's tables compare with, and no actual): its label, where it
    alone stands over the block (``_lone_budget_group``); None otherwise."""
    if ctx.doc_kind != "final_account" or not table.header:
        return None
    label = _lone_budget_group(table)
    return label if label is not None and _OTHER_BUDGET_LABEL_RE.fullmatch(label) else None


# A lone budget label over a block of a final account's table: the year's (本年预算数, 2024年预算数, 预算数)
# or a full-year or adjusted one.
_OWN_BUDGET_LABEL_RE: Final = re.compile(r"(?:本年度?|\d{4}年度?)?预算数?")
_OTHER_BUDGET_LABEL_RE: Final = re.compile(r"(?:全年|调整后?)预算数?")
# The header words a lone budget group may stand beside: the code and name columns' and the block's own.
_LONE_GROUP_ASIDE_RE: Final = re.compile(r".*(?:科目|编码|名称|功能分类|栏次|行次).*|\d{1,2}")
_LONE_GROUP_BLOCK: Final = frozenset(("小计", "合计", "基本支出", "项目支出", "人员经费", "公用经费"))


def _lone_budget_group(table: Table) -> str | None:
    """The one header word of a positioned header that is neither a code or name column's word nor a
    block word (小计 | 基本支出 | 项目支出 …), where it stands on a line above every block word and centred
    within their span, as a group over the block does; None for any other header (a word the header prints
    besides, a label beside the block rather than over it, plain text without positions)."""
    key = ("lone_budget_group",)
    if key not in table.cache:
        found = None
        cells = [
            (n, seg, compact(seg.text))
            for n, line in enumerate(table.header)
            if amount_unit_in(line.text) is None
            for seg in line.segments
            if compact(seg.text)
        ]
        others = [
            c for c in cells if c[2] not in _LONE_GROUP_BLOCK and not _LONE_GROUP_ASIDE_RE.fullmatch(c[2])
        ]
        block = [c for c in cells if c[2] in _LONE_GROUP_BLOCK]
        if len(others) == 1 and len(block) >= 2 and all(c[1].x0 is not None for c in cells):
            n, seg, text = others[0]
            if all(b[0] > n for b in block) and (
                min(b[1].x0 for b in block) <= seg.xc <= max(b[1].x1 for b in block)
            ):
                found = text
        table.cache[key] = found
    return table.cache[key]


def column_spans(table: Table, rows: list[Row]) -> dict[int, Segment | tuple[str, str]]:
    """Where each figure's column is looked up, by id of its cell, for rows without ruled cells: a span
    to look up in the header, or the (column key, label) of its column when that is known already.

    There, where a figure stands is approximate: ``pdftotext -layout`` moves a row's figures a column or
    two either way, pushes a header label right after the one before it when they are close, and lays
    each page on a grid of its own, so rows of a later page can stand columns away from the header. The
    figures of one column of one page still stand together: they are gathered by their right edges
    (figures are right-aligned) into columns, and each is looked up at its column's typical span. On the
    header's page, as many columns of figures as the header names take its names in order, when that
    agrees with the lookup (the total first, each other column at most one name away). In a table whose
    first column is the row total, a later page is first moved so that its first column (every row
    prints its total first) stands where the header page's totals do, and its columns take the header
    page's column standing there."""
    pages: dict[int | None, list[Cell]] = {}
    firsts: dict[int | None, list[Cell]] = {}
    totals: dict[int | None, list[Row]] = {}  # each page's 合计 / 总计 rows
    for row in rows:
        if row.line.rules or not row.amounts or row.amounts[0].segment.x0 is None:
            continue
        pages.setdefault(row.line.page, []).extend(row.amounts)
        firsts.setdefault(row.line.page, []).append(row.amounts[0])
        if row.is_total and compact(row.label) in ("合计", "总计"):
            totals.setdefault(row.line.page, []).append(row)
    if not pages:
        return {}
    header_page = table.header[-1].page if table.header else None
    clusters = {page: _figure_clusters(cells) for page, cells in pages.items()}
    found: dict[int, Segment | tuple[str, str]] = {}
    # Right edge of each column of figures on the header's page, with its (key, label) when known.
    known: list[tuple[float, tuple[str, str] | Segment | None]] = []
    reference: float | None = None  # right edge of the header page's total column
    # (a page printing the header again, its columns set otherwise, is read under its own header alike)
    own = page_tables(table)
    for page, home in clusters.items():
        if page != header_page and page not in own:
            continue
        # (a column of figures the page's own header, wrapped too narrowly, does not name is said: lining
        # the page up with the first page's columns instead misplaces it)
        looked = _home_columns(own.get(page, table), home, found)
        if page == header_page:
            known, reference = looked
    all_keys = table.cache.get(("leaf_all",), ([], [], []))[0]
    for page, page_clusters in clusters.items():
        if page == header_page or page in own:
            continue
        if (
            len(page_clusters) == len(known)
            and (
                len(known) == len(all_keys)
                or (
                    _total_fills(totals.get(page, []), page_clusters)
                    # (every column the header's page fills holding money: one of zeros only may be one the
                    # 合计 leaves blank)
                    and all(any(cell.value for cell in cluster) for cluster in clusters.get(header_page, []))
                )
            )
            and not _on_grid(page_clusters, known)
        ):
            # a page on a grid of its own (no header printed again; its columns stand where the header
            # page's do not) whose figures stand in as many columns as the header's page fills, every
            # column the header names (its names read as columns): its columns are those, left to right,
            # each as named there or looked up at its span there (a narrower grid moves each column by its
            # own amount, so no one shift lines them up; a page on the header page's grid is looked up
            # there: pages filling some columns each, blank cells left, may fill different ones; but where
            # the page's 合计 row prints a figure in each of its columns, those are the columns the table
            # fills anywhere, as many as the header's page fills: the same ones)
            for cluster, (_x1, column) in zip(page_clusters, known, strict=True):
                for cell in cluster:
                    found[id(cell)] = column
            continue
        shift = 0.0
        first = {id(c) for c in page_clusters[0]}
        if reference is not None and all(id(c) in first for c in firsts[page]):
            shift = reference - _typical_span(page_clusters[0]).x1
        for cluster in page_clusters:
            span = _typical_span(cluster)
            moved = Segment(span.text, span.x0 + shift, span.x1 + shift)
            char = (span.x1 - span.x0) / max(len(cluster[0].raw), 1)
            near = [column for x1, column in known if abs(x1 - moved.x1) <= 2.5 * char]
            for cell in cluster:
                found[id(cell)] = near[0] if len(near) == 1 else moved
    return found


def _total_fills(totals: list[Row], page_clusters: list[list[Cell]]) -> bool:
    """Whether one of a page's 合计 rows prints one figure, none of them zero, in each of the page's columns
    of figures (a 合计 prints money in every column any row of the table does)."""
    cluster_of = {id(cell): n for n, cluster in enumerate(page_clusters) for cell in cluster}
    return any(
        all(cell.value for cell in row.amounts)
        and sorted(cluster_of.get(id(cell), -1) for cell in row.amounts) == list(range(len(page_clusters)))
        for row in totals
    )


def _on_grid(page_clusters: list[list[Cell]], known: list[tuple[float, object]]) -> bool:
    """Whether a later page stands on the header page's grid: half its columns of figures end (within two
    and a half characters) where the header page's of the same rank do, the page filling other columns
    than the header page on the same grid."""
    char = median(
        (c.segment.x1 - c.segment.x0) / max(len(c.raw), 1) for cluster in page_clusters for c in cluster
    )
    spans = [_typical_span(cluster) for cluster in page_clusters]
    aligned = sum(abs(span.x1 - x1) <= 2.5 * char for span, (x1, _column) in zip(spans, known, strict=False))
    return 2 * aligned >= len(spans)


def _home_columns(
    table: Table, home: list[list[Cell]], found: dict[int, Segment | tuple[str, str]]
) -> tuple[list[tuple[float, tuple[str, str] | Segment]], float | None]:
    """The columns of a page's figures looked up under the header printed on that page (``found`` filled by
    id of each cell): the right edge of each column of figures with its (key, label) where known, and the
    right edge of the total column, for later pages without a header of their own to line up with."""
    known: list[tuple[float, tuple[str, str] | Segment]] = []
    spans = [_typical_span(cluster) for cluster in home]
    above = [header_cells_at(table, span, exclude=LABEL_HEADER_WORDS[:6]) for span in spans]
    looked_up = [column_key_of_cells(cells, table.fiscal_year) for cells in above]
    # Only a table whose first column is the row total (not a 收入支出 table, whose 小计 stands third)
    # can line its pages up by their first columns.
    reference = spans[0].x1 if looked_up[0] in ("total", "amount") else None
    keys, labels = leaf_columns(table)
    all_keys, all_labels, _spans = table.cache[("leaf_all",)]
    if all_keys:
        # A column of figures under a group label only (本年一般公共预算基本支出 over 合计 | 人员经费 |
        # 公用经费, the figures right of their centred name) is not the group's: its column is unknown
        # yet, for the names in order or the nearest name to tell.
        looked_up = [key if key in (None, "amount") or key in all_keys else None for key in looked_up]
        # Likewise a column under a group's label only, its figures right of their centred name and
        # under the label over the columns ("2023年预算数" over 合计 | 基本支出 | 项目支出).
        leaf_labels = set(all_labels)
        looked_up = [
            key if any(compact(c) in leaf_labels for c in cells) or not cells else None
            for key, cells in zip(looked_up, above, strict=True)
        ]
    nearest = _nearest_leaves(table, spans, looked_up) if all_keys and None in looked_up else None
    if nearest is not None:
        looked_up = [all_keys[i] for i in nearest]
    named = None
    # (each lookup at most one name away: right-aligned figures far from their centred name stand
    # nearer the next one, "合计" over figures ending under the gap before "基本支出")
    if (
        len(keys) == len(home)
        and (looked_up[0] in ("total", "amount", None) or looked_up[0] in keys[1:2])
        and all(
            key is None or (key in keys and abs(keys.index(key) - n) <= 1)
            for n, key in enumerate(looked_up[1:], start=1)
        )
    ):
        named = list(zip(keys, labels, strict=True))
    for n, (cluster, span) in enumerate(zip(home, spans, strict=True)):
        column = named[n] if named else None
        if column is None and nearest is not None:
            column = (all_keys[nearest[n]], all_labels[nearest[n]])
        # (a later page's column ending here is this one: its name, else this page's span of it,
        # where its own shorter figures might miss the column's name)
        known.append((span.x1, column or span))
        for cell in cluster:
            found[id(cell)] = column or span
    return known, reference


def page_tables(table: Table) -> dict[int | None, Table]:
    """For each later page that prints the table's header again (found while its rows are read), the table
    read under that page's header: a page setting its own column widths places its figures under its own
    column names, not where the first page's stood."""
    key = ("page_tables",)
    if key not in table.cache:
        own = {}
        for page, lines in table.cache.get(("page_headers",), {}).items():
            named = {column_key_of(seg.text) for line in lines for seg in line.segments} - {None}
            if len(named) >= 2:
                own[page] = replace(table, header=list(lines), cache={})
        table.cache[key] = own
    return table.cache[key]


def _nearest_leaves(table: Table, spans: list[Segment], looked_up: list[str | None]) -> list[int] | None:
    """Columns of figures that no header cell stands over: wide columns, each name centred, each figure
    right-aligned, so figure and name do not meet. Each column of figures takes the column name whose
    centre is nearest (a figure stands nearer its own column's centre than the next one's), when that names
    each column of figures once, left to right (a column no row prints is skipped), agreeing with those the
    lookup found: the index of each one's name among the header's columns, else None."""
    keys, _labels, leaf_spans = table.cache[("leaf_all",)]
    centres = [(x0 + x1) / 2 for x0, x1 in leaf_spans]
    nearest = [
        min(range(len(centres)), key=lambda i, span=span: abs(centres[i] - (span.x0 + span.x1) / 2))
        for span in spans
    ]
    if nearest != sorted(set(nearest)):
        return None
    found = [keys[i] for i in nearest]
    if any(
        known is not None and known not in (key, "amount")
        for known, key in zip(looked_up, found, strict=True)
    ):
        return None
    return nearest


def _figure_clusters(cells: list[Cell]) -> list[list[Cell]]:
    """Figures of one page gathered into columns, left to right: sorted by right edge, a new column starts
    where the next right edge stands more than two and a half characters further right."""
    ordered = sorted(cells, key=lambda c: c.segment.x1)
    char = median((c.segment.x1 - c.segment.x0) / max(len(c.raw), 1) for c in ordered)
    clusters: list[list[Cell]] = []
    for cell in ordered:
        if clusters and cell.segment.x1 - clusters[-1][-1].segment.x1 <= 2.5 * char:
            clusters[-1].append(cell)
        else:
            clusters.append([cell])
    # Two right-aligned columns stand at least a figure's width apart: closer groups are one column whose
    # figures pdftotext moved about.
    merged: list[list[Cell]] = []
    for cluster in clusters:
        if merged:
            right = _typical_span(cluster)
            if right.x1 - _typical_span(merged[-1]).x1 < right.x1 - right.x0:
                merged[-1] = merged[-1] + cluster
                continue
        merged.append(cluster)
    return merged


def _typical_span(cluster: list[Cell]) -> Segment:
    return Segment("", median(c.segment.x0 for c in cluster), median(c.segment.x1 for c in cluster))


def _dropped_subject(placed: list[tuple[Cell, str, str]]) -> bool:
    """Whether a row's figures are another year's and the change that takes all of it away."""
    values = {key: c.value for c, key, _label in placed}
    return (
        all(key in NOT_OWN_COLUMNS for key in values)
        and "prior_year" in values
        and values.get("change") == -values["prior_year"]
    )


def _not_own_cells(table: Table) -> dict[str, str]:
    """The header cells whose figures are not the report's own by what else the header names (once a
    table), with their column key: an earlier year's figures beside the report's own year's
    ("2023年决算数" beside "2024年预算数" in a 2024 report: prior_year); a full-year budget beside the
    年初 one (全年预算数 beside 年初预算数 in a final account: a budget other than the one the report's
    execution is measured against, as 调整预算数 is)."""
    key = ("not_own_cells",)
    if key not in table.cache:
        # (each name of a segment running several together: "2023年预算数2023年占比…", narrow columns)
        lines = [
            [compact(piece.text) for seg in line.segments for piece in column_names_apart(seg)]
            for line in table.header
        ]
        texts = [text for words in lines for text in words]
        found = dict.fromkeys(earlier_year_columns(texts, table.fiscal_year), "prior_year")
        initial = any(_own_initial_budget(table, text) for text in texts)
        for words in lines:
            # (a budget named without 年初 on the 年初预算数 label's own line, "年初预算数 | 预算数 |
            # 决算数", is another budget too; not the word 预算数 printed under each column of a block)
            beside = any(_own_initial_budget(table, word) for word in words)
            for word in words:
                if (initial and _FULL_YEAR_BUDGET_RE.fullmatch(word)) or (
                    beside and word in _BARE_BUDGET and words.count(word) == 1
                ):
                    found[word] = "budget_adjusted"
        table.cache[key] = found
    return table.cache[key]


def _own_initial_budget(table: Table, text: str) -> bool:
    """Whether a header cell names a final account's own 年初 budget (年初预算数, 2024年年初预算数 in a
    2024 final account): in a budget report a 年初预算数 is the year before's, compared with."""
    match = _INITIAL_BUDGET_RE.match(text)
    return (
        match is not None
        and table.doc_kind == "final_account"
        and (match.group(1) is None or int(match.group(1)) == table.fiscal_year)
    )


def _not_own_key(table: Table, cells: list[str]) -> str | None:
    """The key of the first of a figure's header cells (its column's name and the groups over it) that
    ``_not_own_cells`` makes another year's or budget's, or None."""
    not_own = _not_own_cells(table)
    return next((key for cell in cells if (key := not_own.get(compact(cell)))), None)


_INITIAL_BUDGET_RE: Final = re.compile(r"(?:本年度?|(\d{4})年度?)?年初预算")
_BARE_BUDGET: Final = ("预算", "预算数")
_FULL_YEAR_BUDGET_RE: Final = re.compile(r"(?:本年度?|\d{4}年度?)?全年预算数?")


def leaf_columns(table: Table) -> tuple[list[str], list[str]]:
    """(column keys, labels) of a positioned header, left to right: the header cells that name a column,
    without group labels (a named cell with another named cell below it, as 一般公共预算支出 over 合计 /
    基本支出 / 项目支出). Empty when the header has no positions, or when a header word right of the label
    columns names no known column (the columns would be incomplete): a wrapped label piece ("本年收入合" /
    "计"), a column the vocabulary does not know, or words beside the columns. Only words above the
    column names and within their span (group labels, 支出预算) are let pass."""
    key = ("leaf_columns",)
    if key not in table.cache:
        # Neither the unit line, nor the columns' numbers (栏次 1 2 3), nor a form number (公开05表) is a
        # header word.
        segments = [
            (n, seg)
            for n, line in enumerate(table.header)
            if amount_unit_in(line.text) is None and not is_column_numbers(line.text)
            for seg in (piece for whole in line.segments for piece in column_names_apart(whole))
            if seg.x0 is not None and not FORM_NUMBER_RE.fullmatch(compact(seg.text))
        ]
        segments, ends = _wrapped_pieces_joined(segments)
        labels_end = max((seg.x1 for _n, seg in segments if _excluded_label(seg.text)), default=None)
        # "2023年决算数" beside "2024年预算数" in a 2024 report: the earlier year's column is a prior year's
        not_own = _not_own_cells(table)
        named = [
            (seg.x0, seg.x1, compact(seg.text), column_key, n)
            for n, seg in segments
            if not _excluded_label(seg.text)
            and (column_key := not_own.get(compact(seg.text)) or column_key_of(seg.text)) is not None
        ]
        named = _wrapped_labels_joined(named)
        # (a group's label stands over its parts: a name wrapped over the lines around a cell's line,
        # "附属单位上缴" / "其他收入" / "收入", is no group over a cell it reaches into)
        leaves = [
            cell
            for cell in named
            if not any(
                other[4] > ends.get((cell[0], cell[1], cell[4]), cell[4])
                and min(other[1], cell[1]) > max(other[0], cell[0])
                for other in named
            )
        ]
        # A generic word under each column's name ("合计 | 基本支出 | 项目支出" over "预算数" three times):
        # the name above says the column, the word under it only that its figures are the budget's.
        total_named = any(cell[3] == "total" for cell in leaves)
        leaves = [
            next(
                (
                    (cell[0], cell[1], above[2] + cell[2], above[3], cell[4])
                    for above in named
                    if above[4] < cell[4]
                    and above[3] not in ("amount", "total")
                    # (the fund of a fund's own table over its phases, 一般公共预算 over 年初预算数 |
                    # 决算数 in the 一般公共预算财政拨款支出决算表: its total, not one fund among others,
                    # unless a 合计 of its own stands beside)
                    and (above[3] != _FLOW_FUND.get(base_table_key(table.table_key)) or total_named)
                    and min(above[1], cell[1]) > max(above[0], cell[0])
                ),
                cell,
            )
            if cell[3] == "amount"
            else cell
            for cell in leaves
        ]
        leaves = _amounts_under_comparison(named, leaves)
        if leaves:
            top = min(cell[4] for cell in leaves)
            span = (min(cell[0] for cell in leaves), max(cell[1] for cell in leaves))
            start = labels_end if labels_end is not None else span[0]
            for n, seg in segments:
                if _excluded_label(seg.text) or column_key_of(seg.text) is not None or seg.xc <= start:
                    continue
                if n >= top or not span[0] <= seg.xc <= span[1]:
                    leaves = []
                    break
        leaves.sort(key=lambda cell: cell[0] + cell[1])
        leaves = _without_groups_between_parts(leaves, table)
        if leaves and _blocks_grouped(table):
            # blocks of like columns under group labels (年初预算数 | 决算数 | 决算数占年初预算数的%, each
            # over 小计 基本支出 项目支出): each column named with its group, which tells its phase, or that
            # its figures are no money
            leaves = [
                # (a column of its own beside the blocks keeps its name: 调整后预算数, a wrapped share)
                (
                    cell[0],
                    cell[1],
                    "".join(above),
                    cell[3]
                    if cell[3] in NOT_OWN_COLUMNS
                    # (a group the rest of the header makes another budget's or year's: 全年预算数 beside
                    # 年初预算数 over 小计 | 基本支出 | 项目支出)
                    else _not_own_key(table, above)
                    or column_key_of_cells(above, table.fiscal_year)
                    or cell[3],
                    cell[4],
                )
                for cell in leaves
                if (above := header_cells_at(table, Segment(cell[2], cell[0], cell[1]), _LABEL_WORDS))
            ]
        keys = ["total" if cell[3] == "amount" else cell[3] for cell in leaves]
        table.cache[("subtotal_group",)] = None
        # (the 小计 of a part's group, 基本支出 over 小计 | 人员经费 | 公用经费; in the further columns of a
        # table printed apart, the row's total is the first part's: a 小计 under 单位资金 is that group's)
        if keys.count("total") > 1 or (table.continues is not None and "total" in keys):
            groups = _subtotal_groups(named, leaves)
            regrouped = [groups.get(n, key) for n, key in enumerate(keys)]
            # (one total left, or one per phase block: 年初预算数 | 决算数, each over its own 小计)
            totals_phases = [
                _phase_word(cell[2]) for cell, k in zip(leaves, regrouped, strict=True) if k == "total"
            ]
            per_phase = (
                len(totals_phases) > 1
                and None not in totals_phases
                and len(set(totals_phases)) == len(totals_phases)
            )
            if groups and (regrouped.count("total") == 1 or per_phase or table.continues is not None):
                keys = regrouped
                table.cache[("subtotal_group",)] = next(iter(groups.values()))
        # Every column with its span, whatever comes first (a fund's 收入支出 table opens with 年初结转).
        table.cache[("leaf_all",)] = (
            keys,
            [cell[2] for cell in leaves],
            [(cell[0], cell[1]) for cell in leaves],
        )
        # the first column of a table by code is its row total, unless it is its only one and names a part
        # ("项目支出经济分类预算表" printing 项目支出 alone)
        if keys and keys[0] != "total" and not (len(keys) == 1 and keys[0] in ("basic", "project")):
            keys, leaves = [], []
        table.cache[key] = (keys, [cell[2] for cell in leaves])
    return table.cache[key]


# The labels of groups printing their parts below them: never a name cut short that a piece under it ends.
_GROUP_LABEL_RE: Final = re.compile(
    r"(?:本年)?(?:基本支出|项目支出|财政拨款(?:收入)?|单位资金|事业收入|收入|支出)"
)


def _wrapped_pieces_joined(
    segments: list[tuple[int, Segment]],
) -> tuple[list[tuple[int, Segment]], dict[tuple[float, float, int], int]]:
    """The header's words with a name wrapped in a narrow column joined again: a word naming no column
    alone, under one word of the line above and the only one under it, is that word's end ("政府性基金
    预算拨" / "款收入", "对附属单位补" / "助支出", "本年收入合" / "计"; "事业单位经营" / "支出" names
    经营支出, not an income). A joined word keeps its first piece's line (its place among the header's
    lines), and goes on with a piece under its last one ("政府性" / "基金预" / "算拨款" / "收入")."""
    if len({n for n, _seg in segments}) < 2:
        return segments, {}
    out: list[tuple[int, Segment | None]] = list(segments)
    last = {k: n for k, (n, _seg) in enumerate(segments)}  # the line of each word's last piece

    def under(x: Segment, line: int) -> list[int]:
        return [
            k
            for k, (_n, other) in enumerate(out)
            if other is not None and last[k] == line and min(x.x1, other.x1) > max(x.x0, other.x0)
        ]

    for k, (n, seg) in enumerate(segments):
        if out[k][1] is None or n == 0 or column_key_of(seg.text) is not None or _excluded_label(seg.text):
            continue
        above = [j for j in under(seg, n - 1) if j != k]
        if not above and n >= 2:
            # (a name wrapped over two lines around the others' one, centred on the line between: the
            # line between prints nothing over the piece, "附属单位上缴" / "本年收入合计 … 其他收入" / "收入")
            above = [j for j in under(seg, n - 2) if j != k]
        if len(above) != 1:
            continue
        j = above[0]
        first_line, upper = out[j]
        if under(upper, n) != [k]:
            continue
        if _GROUP_LABEL_RE.fullmatch(compact(upper.text)):
            continue  # a group's label over its parts ("基本支出" over "人员经" / "费"): no name cut short
        joined, pieces = compact(upper.text) + compact(seg.text), [k]
        if column_key_of(joined) is None:
            # a name in three pieces, the first two naming nothing yet ("对附属" / "单位补" / "助支出")
            below = under(seg, n + 1)
            if len(below) != 1 or column_key_of(joined + compact(out[below[0]][1].text)) is None:
                continue
            joined += compact(out[below[0]][1].text)
            pieces.append(below[0])
        # ("项目支" / "出": 项目支出, no label column's 项目 once joined)
        if _excluded_label(joined):
            continue
        spans = [upper, *(out[p][1] for p in pieces)]
        out[j] = (first_line, Segment(joined, min(x.x0 for x in spans), max(x.x1 for x in spans)))
        last[j] = last[pieces[-1]]
        for p in pieces:
            out[p] = (out[p][0], None)
    # (the line of the last piece of each word joined over several lines)
    ends = {
        (seg.x0, seg.x1, n): last[k] for k, (n, seg) in enumerate(out) if seg is not None and last[k] != n
    }
    return [(n, seg) for n, seg in out if seg is not None], ends


def _wrapped_labels_joined(named: list[tuple]) -> list[tuple]:
    """The header cells with a label wrapped inside its column joined again (``wrapped_label``:
    "决算数占调" over "整预算数%", a share, no money, reads as two names, 决算数 and 预算数): the piece
    over one cell only of the next line is that cell's first piece."""
    out = list(named)
    for upper in named:
        below = [c for c in out if c[4] == upper[4] + 1 and min(c[1], upper[1]) > max(c[0], upper[0])]
        if len(below) == 1 and (joined := wrapped_label(upper[2], below[0][2])):
            cell = below[0]
            out[out.index(cell)] = (
                min(cell[0], upper[0]),
                max(cell[1], upper[1]),
                upper[2] + cell[2],
                joined,
                cell[4],
            )
            out.remove(upper)
    return out


def _amounts_under_comparison(named: list[tuple], leaves: list[tuple]) -> list[tuple]:
    """The leaves with a generic 金额 under a comparison's group label named the change: "比上年增减" centred
    over 金额 | 幅度(%), too narrow to stand over either, stands over the two together. Its 金额 is the
    change's, not the row's total."""
    ordered = sorted(leaves, key=lambda cell: cell[0])
    out = []
    for cell in leaves:
        if cell[3] != "amount":
            out.append(cell)
            continue
        n = ordered.index(cell)
        following = ordered[n + 1] if n + 1 < len(ordered) else None
        group = next(
            (
                above
                for above in named
                if above[3] == "change"
                and above[4] < cell[4]
                and following is not None
                and following[4] == cell[4]
                and following[3] in COMPARISON_COLUMNS
                and min(above[1], following[1]) > max(above[0], cell[0])
                # (over the two together: begun before the comparison's column, and no other name over
                # the 金额 itself, as 决算数 over 金额 beside 比年初预算增减 over 增减额 | 增减率)
                and above[0] < following[0]
                and not any(
                    other[4] < cell[4]
                    and other is not above
                    and min(other[1], cell[1]) > max(other[0], cell[0])
                    for other in named
                )
            ),
            None,
        )
        out.append((cell[0], cell[1], group[2] + cell[2], "change", cell[4]) if group else cell)
    return out


# A group's label and the parts it sums (基本支出 over 人员经费 | 公用经费 …).
_GROUP_PARTS: Final = {
    "basic": {"personnel", "public_funds"},
    "vehicle": {"vehicle_purchase", "vehicle_operation"},
    "fiscal_appropriation": {"general_public", "government_fund", "state_capital"},
}


def _without_groups_between_parts(leaves: list[tuple], table: Table) -> list[tuple]:
    """The leaves without a group's label standing between two of its parts, on their line or above:
    centred over them and narrower than the gap between their names, it meets neither (without a rule
    apart the header's levels, it even falls on their line: "人员经费 基本支出 公用经费"). It names no
    column (its figures are the parts' sums, printed in a column of their own when at all). Nor a phase's
    label set in the gap between its block's two parts (``phase_label_in_gap``)."""
    out = []
    for n, cell in enumerate(leaves):
        parts = _GROUP_PARTS.get(cell[3])
        before, after = (leaves[n - 1] if n else None), (leaves[n + 1] if n + 1 < len(leaves) else None)
        if before is None or after is None:
            out.append(cell)
            continue
        if parts and before[3] in parts and after[3] in parts and cell[4] <= min(before[4], after[4]):
            continue
        # (a phase's label in the gap between its block's two parts, on a line above them: "决算数" over
        # 基本支出 | 项目支出)
        if cell[4] < min(before[4], after[4]) and phase_label_in_gap(
            cell[2], cell[0], cell[1], (*before[:2], before[3]), (*after[:2], after[3]), table
        ):
            continue
        out.append(cell)
    return out


def _blocks_grouped(table: Table) -> bool:
    """Whether the header's group labels were widened over blocks of like columns (tables.py)."""
    if ("blocks_grouped", _LABEL_WORDS) not in table.cache:
        header_cells_at(table, Segment("", 0, 0), _LABEL_WORDS)  # prepares the header
    return bool(table.cache.get(("blocks_grouped", _LABEL_WORDS)))


_TOTAL_KEYS: Final = ("total", "amount")


def _subtotal_groups(named: list[tuple], leaves: list[tuple]) -> dict[int, str]:
    """The 小计 columns of a part's group (基本支出 over 小计 | 人员经费 | 公用经费), by index among the
    leaves: a 小计 under the group's label, or, where the label is centred over the columns after the
    小计 (text laid out without rules), the 小计 just left of the first column under it, on its line."""
    groups: dict[int, str] = {}
    for group in named:
        if group in leaves or group[3] not in SUBTOTAL_GROUPS:
            continue
        under = [
            n
            for n, leaf in enumerate(leaves)
            if leaf[4] > group[4] and min(leaf[1], group[1]) > max(leaf[0], group[0])
        ]
        subtotals = [n for n in under if _SUBTOTAL_RE.search(leaves[n][2])]
        start = under[0] if under else 0
        if not subtotals and under and group[3] in ("unit_funds", "business"):
            # a fund's label centred over its parts, wider than its 小计 cell (单位资金 over 小计 | 事业收入
            # | 事业单位经营收入 | …): the 小计 a few columns left of the first part under the label, no other
            # total between
            while (
                start > 0
                and leaves[start - 1][2] != "小计"
                and leaves[start - 1][3] not in _TOTAL_KEYS
                and not _under_another(named, group, leaves[start - 1])
            ):
                start -= 1
        if not subtotals and under and start > 0:
            before, first = leaves[start - 1], leaves[start]
            # (not a 小计 under a label of its own: "本年财政拨款支出" over 小计 | 基本支出 … is that group's)
            covered = any(
                other[4] < before[4] and min(other[1], before[1]) > max(other[0], before[0])
                for other in named
            )
            # (the 小计 below the group's label, on its line or, wrapped words aside, a line on)
            below = before[4] > group[4] and abs(before[4] - first[4]) <= 1
            if _SUBTOTAL_RE.search(before[2]) and below and not covered:
                subtotals = [start - 1]
        for n in subtotals:
            groups.setdefault(n, group[3])  # (a 小计 another group's label stands over is that group's)
    return groups


# The word a group's subtotal column prints under its label (基本支出 over 小计, or over 合计 beside the row
# total's 小计 in a final account's 决算数 block), after its phase's label where blocks are grouped.
_SUBTOTAL_RE: Final = re.compile(r"小计$|(?:^|数)合计$")
# (a figure's label: a 合计 only under its phase's label, "决算数合计", never the row total's own 合计)
_GROUP_SUBTOTAL_LABEL_RE: Final = re.compile(r"小计$|数合计$")


def _under_another(named: list[tuple], group: tuple, leaf: tuple) -> bool:
    """Whether a header leaf stands under a label other than ``group`` (财政拨款 over 小计 | 一般公共预算 |
    政府性基金, beside 单位资金 over its parts)."""
    return any(
        other is not group and other[4] < leaf[4] and min(other[1], leaf[1]) > max(other[0], leaf[0])
        for other in named
    )


def in_order(cells: list[Cell], keys: list[str], labels: list[str]) -> list[tuple[Cell, str, str]] | None:
    """A row printing every column, its first figure the sum of the others: its figures are the columns
    in order, whatever their positions. None when that does not hold."""
    if (
        len(cells) > 1
        and len(keys) == len(cells)
        and len(set(keys)) == len(keys)
        and printed_sum_holds(cells[0].raw, [c.raw for c in cells[1:]])
    ):
        return list(zip(cells, keys, labels, strict=True))
    return None


def _excluded_label(text: str) -> bool:
    """Header words that name the label columns (项目, 科目名称 …, the code's parts 类 / 款 / 项 under
    科目编码), never an amount column."""
    text = compact(text)
    return (any(word in text for word in LABEL_HEADER_WORDS[:6]) or text in _CODE_PART_WORDS) and (
        column_key_of(text) is None
    )


_CODE_PART_WORDS: Final = frozenset(("类", "款", "项", "类款项"))


def plain_columns(table: Table) -> tuple[list[str], list[str]]:
    """(column keys, header labels) of a table read without positions, in reading order; the first column
    is the row total."""
    key = ("plain_columns",)
    if key not in table.cache:
        labels = header_labels_in_order(table.header, table.fiscal_year) + _header_words_in_body(table)
        # Columns comparing with another year (2024年执行数, 增减额, 增减%) are set apart: the rows' figures
        # under them are told by their own identity (``set_comparison_apart``), never placed.
        comparison = [(label, column_key_of(label)) for label in labels]
        table.cache[("comparison",)] = [(lab, k) for lab, k in comparison if k in COMPARISON_COLUMNS]
        # (the year's own columns printed before the other year's: "2024年预算数 2023年预算数 增减额 增减率")
        kinds = [k for _lab, k in comparison]
        # (a 合计 before another name of the total, "合计 … 上年预算数 本年预算数": the total row's label
        # printed among the header, or a group over its column; the later name stands where the column is)
        totals = [n for n, k in enumerate(kinds) if k in (None, "amount", "total")]
        kinds = [k for n, k in enumerate(kinds) if n not in totals[:-1]]
        table.cache[("prior_after_own",)] = "prior_year" in kinds and any(
            k not in COMPARISON_COLUMNS for k in kinds[: kinds.index("prior_year")]
        )
        labels = [lab for lab, k in comparison if k not in COMPARISON_COLUMNS]
        # A fund's parts named on the header line below their group ("财政拨款收入 事业收入" / "一般公共预算
        # 政府性基金") are printed right after the group's column, not after the columns beside it.
        labels = _funds_under_their_group(labels)
        labels = _template_pairs_in_order(labels, [compact(line.text) for line in table.header])
        # 金额 / 预算数 over a table's only figures is its total column, as in ``assign_columns``.
        keys = ["total" if key in (None, "amount") else key for key in map(column_key_of, labels)] or [
            "total"
        ]
        # A header that prints the 合计 last ("基本支出 / 项目支出 / 合计"): each row's last figure is its
        # total (always printed), read first like any other table's (``total_first``).
        table.cache[("total_last",)] = len(keys) > 1 and keys[-1] == "total" and "total" not in keys[:-1]
        if table.cache[("total_last",)]:
            labels, keys = [labels[-1], *labels[:-1]], ["total", *keys[:-1]]
        # (The further columns of a table printed on pages of their own print no total.)
        if keys[0] != "total" and table.continues is None:
            labels, keys = ["合计", *labels], ["total", *keys]
        # "合计" above "金额" names one column, not two (the total row's label printed among the header).
        # A final account's 年初预算数 | 决算数 are two phases' totals, which the placement below cannot tell
        # apart: a row printing one figure does not say whose (set down, ``assign_rows_by_identities``).
        dated = any(YEAR_RE.search(compact(line.text)) for line in table.header)
        table.cache[("phase_totals",)] = False
        while "total" in keys[1:]:
            drop = keys.index("total", 1)
            if not dated and {_phase_word(labels[0]), _phase_word(labels[drop])} == {"预算", "决算"}:
                table.cache[("phase_totals",)] = True
            del keys[drop], labels[drop]
        table.cache[key] = (keys, labels)
    return table.cache[key]


def _header_words_in_body(table: Table) -> list[str]:
    """Column names plain text prints below the header, on lines of their own between the 合计 row's
    figures and the first coded row, on the header's page ("合计" / "13,670,150.00 13,243,350.00" /
    "事业收入" / "426,800.00"; a cell a line, in the order of the columns): further columns, after the
    header's. A name of a column the header has already is the header printed again (the next page's)."""
    if not table.header:
        return []
    page = table.header[-1].page
    named = {column_key_of(word) for line in table.header for word in line.text.split()}
    words: list[str] = []
    for line in table.body:
        if line.positioned:
            return []
        text = compact(line.text)
        if CODE_OPENING_RE.match(text):
            return words
        names = line.text.split()
        if (
            line.page == page
            and names
            and not any(ch.isdigit() for ch in text)
            and all(
                column_key_of(name) not in (None, "total", "amount") and column_key_of(name) not in named
                for name in names
            )
        ):
            words += names
    return []  # (no coded row: not a table of coded rows, whose names may be a column's)


def label_wrapped_around(table: Table) -> str | None:
    """A header label of plain text printed around the line of the others: its start alone on the line
    above them, its end alone on the line below ("对附属单位补助支" / "本年支出合计 基本支出 …" / "出", as
    extractors that keep a page's lines give a tall cell). The label (start and end joined), or None."""
    words = [line.text.split() for line in table.header]
    for n in range(1, len(words) - 1):
        above, main, below = words[n - 1], words[n], words[n + 1]
        if (
            len(above) == 1
            and len(below) == 1
            and sum(column_key_of(word) is not None for word in main) >= 2
            and column_key_of(above[0]) not in (None, "total", "amount", "income", "expenditure")
            and column_key_of(below[0]) is None
            and len(compact(below[0])) <= 2
            and column_key_of(above[0] + below[0]) == column_key_of(above[0])
        ):
            return compact(above[0] + below[0])
    return None


def _phase_word(label: str) -> str | None:
    """The one phase a column label names (预算 or 决算), None for none or both."""
    named = [word for word in ("预算", "决算") if word in label]
    return named[0] if len(named) == 1 else None


_FUND_KEYS: Final = ("general_public", "government_fund", "state_capital")


# Columns the national templates print side by side, in this order (支出决算表: … 上缴上级支出 | 经营支出 |
# 对附属单位补助支出; 收入决算表: … 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入).
_TEMPLATE_PAIRS: Final = (("operating", "subsidy_affiliated"), ("operating_income", "affiliated_remit"))
# (the names each prints whole where it does not wrap)
_WRAPPED_NAMES: Final = {
    "subsidy_affiliated": ("对附属单位补助",),
    "affiliated_remit": ("附属单位上缴收入", "附属单位缴款"),
}


def _template_pairs_in_order(labels: list[str], header_lines: list[str]) -> list[str]:
    """Header labels in reading order, with each pair of ``_TEMPLATE_PAIRS`` named in the reverse order put
    back in the templates' order. The second's name is long and wraps over two lines in its cell
    ("对附属单位补" / "助支出"), so its first line stands higher than its neighbours' names, and plain text
    prints it right before the name of the column to its left (every report whose -layout text shows the
    header prints the pair in the templates' order). Only a name so wrapped (none of the header's lines
    holds it whole), right before the other's: a name printed elsewhere says nothing of where its column
    stands."""
    keys = [column_key_of(label) for label in labels]
    labels = list(labels)
    for first, second in _TEMPLATE_PAIRS:
        if keys.count(first) == 1 and keys.count(second) == 1 and keys.index(second) + 1 == keys.index(first):
            a, b = keys.index(first), keys.index(second)
            if any(name in line for name in _WRAPPED_NAMES[second] for line in header_lines):
                continue
            labels[a], labels[b] = labels[b], labels[a]
            keys[a], keys[b] = keys[b], keys[a]
    return labels


def _funds_under_their_group(labels: list[str]) -> list[str]:
    """Header labels in reading order with the fund parts that come after another column, following their
    财政拨款 group, moved right after it."""
    keys = [column_key_of(label) for label in labels]
    if "fiscal_appropriation" not in keys:
        return labels
    group = keys.index("fiscal_appropriation")
    funds = [n for n, key in enumerate(keys) if key in _FUND_KEYS and n > group]
    between = [n for n in range(group + 1, funds[0]) if keys[n] not in _FUND_KEYS] if funds else []
    if not funds or not between or funds != list(range(funds[0], funds[0] + len(funds))):
        return labels
    moved = [labels[n] for n in funds]
    rest = [label for n, label in enumerate(labels) if n not in funds]
    at = rest.index(labels[group]) + 1
    return rest[:at] + moved + rest[at:]


def set_comparison_apart(table: Table, ctx: Context, rows: list[Row], descs: list[str]) -> None:
    """Take the figures of the columns comparing with another year out of each plain-text row ("2024年执行数
    | 2025年预算数 合计 基本支出 项目支出 | 增减额 增减%": the row prints 上年 first, 增减 last, blanks
    dropped). Which of a row's figures are those is told by their identity, 增减额 = 本年 - 上年 (a blank
    上年 is zero); where that leaves several readings, by the row's own (合计 = Σ parts). A row that stays
    open is a diagnostic and not loaded. The comparison figures are not loaded (said once per table)."""
    own_keys, _labels = plain_columns(table)
    comparison = table.cache[("comparison",)]
    keys = {key for _label, key in comparison}
    if not keys - {"change_rate"}:
        return
    prior, change = "prior_year" in keys, "change" in keys
    # (a part named twice under two funds, 一般公共预算 | 政府性基金预算 each over 基本支出 | 项目支出, is no
    # block of another year's)
    if prior and len(set(own_keys)) < len(own_keys) and not set(own_keys) & set(_FUND_KEYS):
        # The other year's figures are a block of columns of their own, not one column: the header
        # names a part twice (上年预算数 and 本年预算数, each over 合计 | 人员经费 | 公用经费). The
        # reading below takes one 上年 figure a row; which of a row's figures are whose is not told here.
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{table.title}: another year's columns ({', '.join(label for label, _key in comparison)}) stand "
            "as a block beside the report's own, the header naming the same columns twice; plain text does "
            "not tell which of a row's figures are whose, so the table's figures were not loaded (the PDF, "
            "or `pdftotext -layout`, keeps the columns apart).",
            table,
            table.title_line,
        )
        for row in rows:
            row.amounts = []
        return
    prior_after = table.cache.get(("prior_after_own",), False)
    # 占比 / 完成率 printed as a bare number ("5.16" under 占比（%）): a percentage (see _share_holds)
    grand = next((row.amounts[0] for row in rows if row.is_total and row.amounts), None)
    set_apart = 0
    for row, desc in zip(rows, descs, strict=True):
        if not row.amounts:
            continue
        printed = row.amounts

        def view(p: int, c: int, r: int, printed: list = printed) -> list:
            """The row's figures with 上年 first: where the header prints it after the year's own columns,
            the figure before 增减 / 增减% moved to the front (so every reading counts it first)."""
            if not (prior_after and p) or p + c + r > len(printed):
                return printed
            at = len(printed) - c - r - 1
            return [printed[at], *printed[:at], *printed[at + 1 :]]

        cells = printed
        # 增减% printed as a bare number ("-3.40" under 增减%): the last figure, when 增减 / 上年 gives it.
        rate = "change_rate" in keys and not row.rates
        share = "budget_share" in keys and not row.rates and grand is not None and grand.value > 0
        readings = [
            (p, c, r)
            for r in ((1, 0) if rate or share else (0,))
            for p in ((1, 0) if prior else (0,))
            for c in ((1,) if change and row.rates else (1, 0) if change else (0,))  # a 增减% after its 增减
            if p + c + r <= len(cells)
            and _comparison_holds((v := view(p, c, r))[: len(v) - r], p, c, change)
            and (
                not r
                or (rate and p and c and _rate_holds(v[0], v[-2], v[-1]))
                or (share and len(v) > 1 and _share_holds(v[p : len(v) - c - 1], v[-1], grand))
            )
        ]
        shares = [(p, c, r) for p, c, r in readings if r] if share else []
        if shares and not (
            # (unless the row adds up without it and not with it: "合计 1,540.00 940.00 500.00 100.00", the
            # 100.00 a part's, the share's cell blank)
            any(not r and _adds_up(view(p, c, r), p, c, r) for p, c, r in readings)
            and not any(_adds_up(view(p, c, r), p, c, r) for p, c, r in shares)
        ):
            # a bare figure that is the row's percentage to its printed precision is the share's
            readings = shares
        if len(readings) > 1:  # the row's own identity decides between them
            own = [
                (p, c, r)
                for p, c, r in readings
                if len(cells) - p - c - r <= 1
                or printed_sum_holds((v := view(p, c, r))[p].raw, [x.raw for x in v[p + 1 : len(v) - c - r]])
            ]
            readings = own if len(own) == 1 else readings
        if len({tuple(x.raw for x in view(p, c, r)[p : len(cells) - c - r]) for p, c, r in readings}) == 1:
            readings = readings[:1]  # readings differing only in the figures not loaded ("30.00 30.00 30.00")
        if len(readings) != 1:
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{desc}: which of the figures {[c.raw for c in cells]} are the comparison columns' "
                f"({', '.join(label for label, _key in comparison)}) and which the report's own cannot be "
                f"told ({len(readings)} readings fit 增减 = 本年 - 上年); not loaded.",
                table,
                row.line,
                observed=" ".join(c.raw for c in cells),
            )
            row.amounts = []
            continue
        p, c, r = readings[0]
        row.amounts = view(p, c, r)[p : len(cells) - c - r]
        set_apart += p + c + r
    if set_apart:
        ctx.diagnose(
            "info",
            "comparison_columns_not_loaded",
            f"{table.title}: {set_apart} figures of the columns comparing with another year or the budget, "
            f"or giving shares ({', '.join(label for label, _key in comparison)}), were told apart and are "
            "not loaded; the report's own columns are.",
            table,
            table.title_line,
        )


def _adds_up(cells: list[Cell], p: int, c: int, r: int) -> bool:
    """Whether a row's own figures, read without p leading and c + r trailing ones, keep 合计 = Σ parts."""
    own = cells[p : len(cells) - c - r]
    return len(own) <= 1 or printed_sum_holds(own[0].raw, [x.raw for x in own[1:]])


def _share_holds(own: list[Cell], share: Cell, grand: Cell) -> bool:
    """Whether a bare figure under 占比 / 完成率 / 执行率 is the row's total over the table's (占比), or its
    actual over its budget (年初预算数 | 决算数 | 完成率, also over two blocks alike: the second block's
    total over the first's), in percent to its printed precision."""
    if not own:
        return False
    half = len(own) // 2
    return _rate_holds(grand, own[0], share) or (len(own) % 2 == 0 and _rate_holds(own[0], own[half], share))


def _rate_holds(before: Cell, delta: Cell, rate: Cell) -> bool:
    """Whether a bare figure under 增减% is 增减 / 上年 in percent, to its printed precision."""

    def half(cell: Cell) -> Decimal:
        return Decimal(1).scaleb(-decimals_of(cell.raw)) / 2

    return rate_holds(
        (delta.value, half(delta)), (before.value, half(before)), rate.value / 100, decimals_of(rate.raw)
    )


def _comparison_holds(cells: list[Cell], p: int, c: int, change: bool) -> bool:
    """Whether reading the first p figures as 上年 and the last c as 增减 keeps 增减 = 本年 - 上年."""
    own = cells[p : len(cells) - c]
    if not own and not p:
        return False
    steps = "0." + "0" * max(decimals_of(x.raw) for x in cells) if cells else "0"
    now = own[0].raw if own else steps.rstrip(".")
    before = cells[0].raw if p else None
    if c:
        parts = [before, cells[-1].raw] if before else [cells[-1].raw]
        return printed_sum_holds(now, parts)
    if not change:
        return True
    # 增减 blank: no change
    return before is not None and printed_sum_holds(now, [before]) if own else False


def _placed_by_part_columns(index: int, rows: list[SolverRow], columns: int) -> list[tuple[int, ...]]:
    """A row whose own sum fails (a misprint: 合计 ≠ Σ parts) has no placement. Its parts are still placed
    where each part column of its parent equals its siblings' and its own, the total column (which the
    misprint breaks) left out, when exactly one placement does so: the warehouse then reports the row's
    sum. Its parent and siblings must be placed for sure. The placement in a list, else an empty list."""
    row = rows[index]
    if row.parent is None or len(row.values) < 2 or len(rows[row.parent].kept) != 1:
        return []
    parent = rows[row.parent].vectors[next(iter(rows[row.parent].kept))]
    sums = [0] * columns
    siblings = [r for n, r in enumerate(rows) if r.parent == row.parent and n != index and r.values]
    for sibling in siblings:
        if len(sibling.kept) != 1:
            return []
        sums = [a + b for a, b in zip(sums, sibling.vectors[next(iter(sibling.kept))], strict=True)]
    tolerance = rounding_tolerance(len(siblings) + 1)
    fits = []
    for parts in combinations(range(1, columns), len(row.values) - 1):
        own = [0] * columns
        for value, column in zip(row.values[1:], parts, strict=True):
            own[column] = value
        if all(abs(parent[c] - sums[c] - own[c]) <= tolerance for c in range(1, columns)):
            fits.append((0, *parts))
    return fits if len(fits) == 1 else []


def total_first(row: Row) -> Row:
    """A row of a table whose header prints the 合计 last, its figures read total first."""
    if len(row.amounts) < 2:
        return row
    turned = row.copy()
    turned.amounts = [row.amounts[-1], *row.amounts[:-1]]
    return turned


def identity_parents(rows: list[Row]) -> list[int | None]:
    """Each row's parent under the table's identities (its index, None for a root): a code's nearest
    printed parent code (7 -> 5 -> 3 digits), a 类's the 合计 row wherever it is printed (first, or last
    under them all); in a table printing no 类 row, a code's whose parent is not printed (款 or 项 rows
    only, projects by their subjects' codes) the 合计 too; in a table of named rows (projects, transfers:
    no code at all), every row's its 合计."""
    index_of_code: dict[str, int] = {}
    classes = any(row.code and len(row.code) == 3 for row in rows)
    total_index = next(
        (i for i, row in enumerate(rows) if row.code is None and row.is_total and row.amounts), None
    )
    named_total = (
        next((i for i, row in enumerate(rows) if row.is_total and row.amounts), None)
        if not any(row.code for row in rows)
        else None
    )
    parents: list[int | None] = []
    for i, row in enumerate(rows):
        parent = None
        if named_total is not None and i != named_total and not row.is_total:
            parent = named_total
        if row.code:
            for cut in (5, 3) if len(row.code) == 7 else (3,) if len(row.code) == 5 else ():
                if row.code[:cut] in index_of_code:
                    parent = index_of_code[row.code[:cut]]
                    break
            if parent is None and (len(row.code) == 3 or not classes):
                parent = total_index
            index_of_code.setdefault(row.code, i)
        parents.append(parent)
    return parents


def prints_no_figure(row: Row) -> bool:
    """Whether a row's line prints its name and no figure at all besides its code ("303 01离休费"): its
    cells are blank, zero in the column sums. A row whose figures were set aside (misread, out of order)
    still prints them."""
    if row.amounts or not row.label or row.label not in compact(row.line.text):
        return False  # (its name on another line: a row printed a cell per line, its figures elsewhere)
    words = row.line.text.split()
    if row.code and words and words[0].isdigit():
        # the code's parts, printed split or whole ("301 14 医疗费", "30114 医疗费")
        joined, k = "", 0
        while k < len(words) and words[k].isdigit() and row.code.startswith(joined + words[k]):
            joined, k = joined + words[k], k + 1
        words = words[k:] if joined == row.code else words[1:]
    return not any(cell_value(word) is not None for word in words)


def _scale(rows: list[Row]) -> Decimal:
    """The factor turning the rows' amounts into integers of their finest printed decimal."""
    return Decimal(10) ** max((decimals_of(c.raw) for row in rows for c in row.amounts), default=2)


# The two phases a final account's table may print side by side (年初预算数 | 决算数), each over a block of
# columns: the words as header cells of their own.
_BUDGET_PHASE_RE: Final = re.compile(r"^(?:本年)?(?:年初)?预算数?$")
_ACTUAL_PHASE_RE: Final = re.compile(r"^(?:本年)?决算数?$")


def phase_blocks(table: Table, rows: list[Row]) -> tuple[list[str], list[str], tuple[int, int]] | None:
    """(column keys, labels, block sizes) of a plain-text final-account table whose header prints two
    phases side by side, 年初预算数 then 决算数, as words of one header line, and the money columns below
    them on the next line(s): once per phase ("小计 基本支出 项目支出 小计 基本支出 项目支出": two blocks
    alike), once (the 决算数's; the 年初预算数 is one column, its cell standing over two header lines), or
    none (each phase one column).
    The blocks' totals come first ("小计"/"合计"). A row printing every column must satisfy both blocks'
    identities (the total the sum of its parts), or the header is not taken to read so. None otherwise."""
    # (a line numbering the columns, 栏次 1 2 3 …, names none)
    lines = [line.text.split() for line in table.header if not is_column_numbers(line.text)]
    found = None
    for n, words in enumerate(lines):
        budget = [k for k, word in enumerate(words) if _BUDGET_PHASE_RE.match(compact(word))]
        actual = [k for k, word in enumerate(words) if _ACTUAL_PHASE_RE.match(compact(word))]
        # (side by side: a third phase between them, 调整预算数 or 全年预算数, is another shape)
        if len(budget) == 1 and len(actual) == 1 and budget[0] + 1 == actual[0]:
            found = n, words[budget[0]], words[actual[0]], words[actual[0] + 1 :]
    if found is not None:
        n, budget_word, actual_word, after = found
        if any((key := column_key_of(word)) is not None and key not in COMPARISON_COLUMNS for word in after):
            return None  # money columns beside the phases on their line: another shape
        below = [word for words in lines[n + 1 :] for word in words if not _excluded_label(word)]
    else:
        # A header printed a cell a line (a PDF drawn cell by cell): the phases on two lines one after the
        # other, the money columns on the lines after them.
        heads = [words[0] if len(words) == 1 else None for words in lines]
        budget = [k for k, word in enumerate(heads) if word and _BUDGET_PHASE_RE.match(compact(word))]
        actual = [k for k, word in enumerate(heads) if word and _ACTUAL_PHASE_RE.match(compact(word))]
        if not (len(budget) == 1 and len(actual) == 1 and budget[0] + 1 == actual[0]):
            return None
        budget_word, actual_word = heads[budget[0]], heads[actual[0]]
        below = [word for words in lines[actual[0] + 1 :] for word in words if not _excluded_label(word)]
        # (the header ends where its labels do: a unit's name heading its projects may follow them; any
        # other word naming no column is a column the vocabulary does not know, and the reading fails)
        while below and column_key_of(below[-1]) is None and body_named(below[-1]):
            below.pop()
    # (a column comparing, 完成率（%） after 决算数: its figures are set apart before, set_comparison_apart)
    below = [word for word in below if column_key_of(word) not in COMPARISON_COLUMNS]
    sub = [column_key_of(word) for word in below]
    if sub and (None in sub or sub[0] != "total"):
        return None
    half = len(sub) // 2
    if not sub:  # each phase one column (a project's 年初预算数 | 决算数)
        sizes = (1, 1)
        keys = ["total", "total"]
        labels = [budget_word, actual_word]
    elif len(sub) % 2 == 0 and sub[:half] == sub[half:] and len(set(sub[:half])) == half:
        sizes = (half, half)
        keys = sub
        labels = [budget_word + word for word in below[:half]] + [actual_word + word for word in below[half:]]
    elif len(set(sub)) == len(sub):
        sizes = (1, len(sub))
        keys = ["total", *sub]
        labels = [budget_word] + [actual_word + word for word in below]
    else:
        return None
    if "预算" in "".join(labels[sizes[0] :]):
        return None  # an actual column named a budget's: not two phases as read
    scale = _scale(rows)
    tolerance = rounding_tolerance
    for row in rows:
        if len(row.amounts) != len(keys):
            continue
        values = [int(c.value * scale) for c in row.amounts]
        for block in (values[: sizes[0]], values[sizes[0] :]):
            if len(block) > 1 and abs(block[0] - sum(block[1:])) > tolerance(len(block) - 1):
                return None
    return keys, labels, sizes


def _phase_block_candidates(values: list[int], sizes: tuple[int, int]) -> list[tuple[int, ...]]:
    """Placements of a row's figures over two phases' blocks, blank cells dropped: the first figures the
    first block's (none where its cells are blank), the rest the second's; in each block its total first
    and its parts adding up to it (``row_candidates``)."""
    first, second = sizes
    out = []
    for split in range(len(values) + 1):
        head, tail = values[:split], values[split:]
        if len(head) > first or len(tail) > second:
            continue
        # Where blanks were dropped, a block taking as many figures as it has columns must add up (a row
        # printing every column is placed in order whatever its sums, the report's own to report).
        if len(values) < first + second and any(
            len(block) == size > 1 and abs(block[0] - sum(block[1:])) > rounding_tolerance(size - 1)
            for block, size in ((head, first), (tail, second))
        ):
            continue
        heads = row_candidates(head, first) if head else [()]
        tails = [tuple(first + c for c in cand) for cand in row_candidates(tail, second)] if tail else [()]
        out.extend((*h, *t) for h in heads for t in tails)
    return out


def _why_open(complete: bool, placements: list) -> str:
    """Why a row's placement is not one, for its diagnostic."""
    if not complete:
        return "the search over the table was cut short"
    if not placements:
        return "no placement satisfies the identities"
    return "the table's identities leave them open"


def pin_row(ctx: Context, code_kind: str, row: Row, placed: list[tuple[Cell, str, str]], unit: str) -> None:
    """Pin what a row placed for sure under the row's code and total (its figure under the total column;
    else its first figure), so that a row of the same code and total in another table (the same money)
    takes the same parts: a table printing carryovers or the 年初预算数 before its spending is keyed by the
    spending's total, which the 支出决算表 prints first."""
    total = next((c for c, key, _label in placed if key == "total"), None)
    if total is None and placed and placed[0][0] is row.amounts[0]:
        total = row.amounts[0]
    if total is None or not total.value:
        return
    ctx.pin(
        (code_kind, row.code, to_yuan(total.value, unit)),
        {key: to_yuan(c.value, unit) for c, key, _label in placed},
    )


def _assign_phase_blocks(
    table: Table,
    ctx: Context,
    rows: list[Row],
    descs: list[str],
    blocks: tuple[list[str], list[str], tuple[int, int]],
    code_kind: str = "functional",
) -> tuple[list[list[tuple[Cell, str, str]]], bool]:
    """Placements of the rows of a table printing two phases' blocks (``phase_blocks``), solved over the
    whole table with each block's row identity and every column's parent-children sums. A row the
    identities leave open is said, with only the figures every candidate places alike loaded."""
    keys, labels, sizes = blocks
    scale = _scale(rows)
    solver_rows = []
    for row, parent in zip(rows, identity_parents(rows), strict=True):
        srow = SolverRow([int(c.value * scale) for c in row.amounts], parent)
        # (a row whose figures were set aside, unread, has no candidate: it leaves its family's sums open)
        srow.candidates = (
            [()]
            if prints_no_figure(row)
            else _phase_block_candidates(srow.values, sizes)
            if srow.values
            else []
        )
        solver_rows.append(srow)
    complete = solve(solver_rows, len(keys), given=True)
    out: list[list[tuple[Cell, str, str]]] = []
    ambiguous = False
    for row, srow, desc in zip(rows, solver_rows, descs, strict=True):
        if not row.amounts:
            out.append([])
            continue
        placements = [srow.candidates[k] for k in sorted(srow.kept)]
        if len(placements) == 1:
            placed = [(c, keys[col], labels[col]) for c, col in zip(row.amounts, placements[0], strict=True)]
            out.append(placed)
            # the 决算数 block pins the row in the tables of the year's spending (the 年初预算数 is no
            # figure of theirs)
            actual = [p for p, col in zip(placed, placements[0], strict=True) if col >= sizes[0]]
            pin_row(ctx, code_kind, row, actual, table.amount_unit or "元")
            continue
        ambiguous = True
        sure = (
            [
                (c, keys[col], labels[col])
                for n, (c, col) in enumerate(zip(row.amounts, placements[0], strict=True))
                if all(p[n] == col for p in placements)
            ]
            if placements
            else []
        )
        shown = ["+".join(labels[col] for col in p) for p in placements[:6]]
        why = _why_open(complete, placements)
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{desc}: the amounts {[c.raw for c in row.amounts]} fit {len(placements)} placements over "
            f"the two phases' columns ({'; '.join(shown) or 'none'}): {why}; "
            + ("only the figures placed alike in every candidate were" if sure else "nothing was")
            + " loaded.",
            table,
            row.line,
            expected=" | ".join(shown) or None,
            observed=" ".join(c.raw for c in row.amounts),
        )
        out.append(sure)
    return out, ambiguous


def _part_groups(keys: list[str]) -> dict[int, tuple[int, ...]] | None:
    """基本支出 printed as a column (its 小计) with its parts 人员经费 | 公用经费 right after it: a group
    whose parts add up to it, the row's total being 基本支出 + the other parts (None where no such group)."""
    if "basic" not in keys:
        return None
    at = keys.index("basic")
    parts = []
    while at + 1 + len(parts) < len(keys) and keys[at + 1 + len(parts)] in ("personnel", "public_funds"):
        parts.append(at + 1 + len(parts))
    return {at: tuple(parts)} if len(parts) >= 2 else None


def _group_figure_unnamed(table: Table) -> bool:
    """基本支出 over 人员经费 | 公用经费 with no 小计 under it: maybe a group's name only, no column of
    figures (a row's total then 人员经费 + 公用经费 + 项目支出), or a column named otherwise (合计): a row
    may print the parts without the group's figure."""
    return not any("小计" in compact(line.text) for line in table.header)


def sums_hold_under_groups(table: Table, amounts: list[Cell]) -> bool:
    """Whether a plain-text row's figures add up as the header's groups make them: 合计 = 基本支出 + 项目支出
    and 基本支出 = 人员经费 + 公用经费 (the first figure no sum of all the others, yet the row's own)."""
    keys = plain_columns(table)[0]
    groups = _part_groups(keys)
    if not groups:
        return False
    scale = Decimal(10) ** max(decimals_of(c.raw) for c in amounts)
    values = [int(c.value * scale) for c in amounts]
    return sums_hold_in_groups(values, len(keys), groups, _group_figure_unnamed(table))


def assign_rows_by_identities(
    table: Table, ctx: Context, rows: list[Row], descs: list[str], code_kind: str
) -> tuple[list[list[tuple[Cell, str, str]]], bool]:
    """Placements of every row of a plain-text table, solved over the whole table (see ``solver``), and
    whether any row stayed ambiguous. Rows the identities leave open are diagnostics naming the candidate
    columns; of them only the figures every candidate places alike (the total) are kept."""
    if ctx.doc_kind == "final_account" and (blocks := phase_blocks(table, rows)) is not None:
        return _assign_phase_blocks(table, ctx, rows, descs, blocks, code_kind)
    keys, labels = plain_columns(table)
    if table.cache[("total_last",)]:
        rows = [total_first(row) for row in rows]
    if not labels and any(row.amounts for row in rows):
        # No column is named above the rows (a header lost to text that runs column by column, or cut
        # off): which column a figure belongs to is unknown, even for a row printing one.
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: the header names no column, so the figures of "
            f"{sum(1 for row in rows if row.amounts)} rows cannot be placed; they were not loaded "
            "(when the text runs column by column, the PDF or `pdftotext -layout` restores the rows).",
            table,
            table.header[0] if table.header else table.title_line,
        )
        return [[] for _ in rows], False
    wrapped = label_wrapped_around(table)
    if wrapped is not None and len(keys) > 1 and any(len(row.amounts) > 1 for row in rows):
        # A label wrapped around the line of the others (its start above, its end below): where its column
        # stands among them the text does not say. Each row's first figure is its total; the parts are said.
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: the header label '{wrapped}' is printed around the line of the other labels "
            "(its start above it, its end below), so the order of the columns is not in the text; only each "
            "row's first figure, its total, was loaded (the PDF, or `pdftotext -layout`, keeps the columns).",
            table,
            table.header[-1] if table.header else table.title_line,
        )
        placements = [
            [(row.amounts[0], keys[0], labels[0])] if row.amounts and keys[0] == "total" else []
            for row in rows
        ]
        return placements, False
    columns = len(keys)
    widest = max((len(row.amounts) for row in rows), default=0)
    if widest > columns and sum(len(row.amounts) > columns for row in rows) >= 1 and columns > 1:
        # A row printing more figures than the header names columns: the header has a column its words do
        # not name (其他资金, 单位资金 …), so no row's figures can be taken in the named columns' order.
        # Each row's first figure is its total; its parts are said, not loaded. A first figure smaller
        # than another of its row is no total (a figure printed in pieces, "7 740.00"): not loaded either.
        # A final account's 年初预算数 | 决算数 blocks: a row whose budget cells are blank prints its actual
        # first, so only a row printing every figure has its budget total first.
        header = "".join(compact(line.text) for line in table.header)
        two_phases = "预算" in header and "决算" in header

        def total_of(row: Row) -> list[tuple[Cell, str, str]]:
            if not row.amounts or keys[0] != "total" or (two_phases and len(row.amounts) < widest):
                return []
            first = abs(row.amounts[0].value)  # in size: a negative total's parts are negative too
            total = all(abs(c.value) <= first for c in row.amounts)
            return [(row.amounts[0], keys[0], labels[0])] if total else []

        placements = [total_of(row) for row in rows]
        refused = sum(1 for row, placed in zip(rows, placements, strict=True) if row.amounts and not placed)
        ctx.diagnose(
            "warn",
            "columns_unknown",
            f"{table.title}: rows print up to {widest} figures under a header naming {columns} columns "
            f"({'、'.join(labels)}): a column the header does not name; only each row's first figure, its "
            "total, was loaded"
            + (
                f" ({refused} rows' first figure is smaller than another of theirs, no total"
                + (", or fewer figures than others under two phases' columns" if two_phases else "")
                + ": not loaded)"
                if refused
                else ""
            )
            + ".",
            table,
            table.header[-1] if table.header else table.title_line,
        )
        return placements, False
    unit = table.amount_unit or "元"
    scale = _scale(rows)
    solver_rows: list[SolverRow] = []
    # the funds the report spends nothing of (summary._pin_funds_unspent): zero in a table of spending
    unspent = (
        {keys.index(k): 0 for k in ctx.pins.get(("funds_unspent",), {}) if k in keys}
        if base_table_key(table.table_key) not in _INCOME_TABLES
        else {}
    )
    pins = []
    for row in rows:
        known = None
        if row.amounts:
            pin_key = (code_kind, row.code, to_yuan(row.amounts[0].value, unit))
            known = ctx.pins.get(pin_key)
            if table.table_key.startswith("income_by_function"):  # the 收支总表's income items
                known = {**ctx.pins.get((*pin_key, "income"), {}), **(known or {})} or None
            elif table.table_key.startswith("expenditure_by_economic"):  # all spending: the 基本支出表's
                known = {**ctx.pins.get((*pin_key, "all_spending"), {}), **(known or {})} or None
        pins.append(
            {
                keys.index(k): int(from_yuan(v, unit) * scale)
                for k, v in (known or {}).items()
                if k in keys and k != "total"
            }
        )
    # A column the 合计 row leaves empty is empty in every row, where no figure is negative: once the
    # 合计's columns are pinned (another table states them all), the others are zero throughout.
    empty = _columns_empty_by_total(rows, pins, columns, scale)
    for row, parent, pin in zip(rows, identity_parents(rows), pins, strict=True):
        values = [int(c.value * scale) for c in row.amounts]
        pin = pin | (unspent | empty if values else {})
        solver_rows.append(SolverRow(values, parent, pin or None, blank=prints_no_figure(row)))
    complete = solve(
        solver_rows, columns, groups=_part_groups(keys), unnamed_groups=_group_figure_unnamed(table)
    )
    out: list[list[tuple[Cell, str, str]]] = []
    ambiguous = False
    for index, (row, srow, desc) in enumerate(zip(rows, solver_rows, descs, strict=True)):
        if not row.amounts:
            out.append([])
            continue
        kept = sorted(srow.kept) or list(range(len(srow.candidates)))
        ways = [srow.candidates[k] for k in kept]
        if not ways and complete:
            ways = _placed_by_part_columns(index, solver_rows, columns)
        if len(ways) == 1:
            placed = [(c, keys[col], labels[col]) for c, col in zip(row.amounts, ways[0], strict=True)]
            out.append(placed)
            pin_row(ctx, code_kind, row, placed, unit)  # certain: it may pin the same row in another table
            continue
        ambiguous = True
        if len(row.amounts) > columns:
            ctx.diagnose(
                "warn",
                "too_many_amounts",
                f"{desc}: {len(row.amounts)} amounts printed but the header names {columns} columns; "
                "the row's amounts were not loaded.",
                table,
                row.line,
                observed=" ".join(c.raw for c in row.amounts),
            )
            out.append([])
            continue
        # Of several ways, the figures every one places alike; of none, the row's first figure, its
        # total (a row of a table by code prints its total first).
        first = ways[0] if ways else (0,) if keys[0] == "total" else ()
        sure = [
            (c, keys[first[n]], labels[first[n]])
            for n, c in enumerate(row.amounts[: len(first)])
            if all(q[n] == first[n] for q in ways)
        ]
        shown = ["+".join(labels[col] for col in p[1:]) for p in ways[:6]]
        why = _why_open(complete, ways)
        open_figures = [c for c in row.amounts if not any(c is s for s, _k, _l in sure)]
        if ways and sure and all(not c.value for c in open_figures):
            # only zeros left open ("1,286,400.00 1,286,400.00 0.00": the 0.00 under one blank column or
            # another): the money is placed for sure, and pins the same row elsewhere; the zeros are said
            pin_row(ctx, code_kind, row, sure, unit)
            ctx.diagnose(
                "info",
                "zero_column_unknown",
                f"{desc}: the zero(s) {[c.raw for c in open_figures]} may stand under any of "
                f"{len(ways)} columns ({'; '.join(shown)}); the row's other figures are placed for "
                "sure, the zeros not loaded.",
                table,
                row.line,
                observed=" ".join(c.raw for c in row.amounts),
            )
            out.append(sure)
            continue
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{desc}: part amount(s) {[c.raw for c in row.amounts[1:]]} fit {len(ways)} column "
            f"placements ({'; '.join(shown) or 'none'}): {why}; "
            + (
                "only its first figure, the row's total, was"
                if sure and not ways
                else "only the figures placed alike in every candidate were"
                if sure
                else "nothing was"
            )
            + " loaded.",
            table,
            row.line,
            expected=" | ".join(shown) or None,
            observed=" ".join(c.raw for c in row.amounts),
        )
        out.append(sure)
    if table.cache.get(("phase_totals",)):
        # Two phases' totals read as one column: a row printing fewer figures than the widest does not tell
        # which phase's it prints (its budget left blank, or its actual), whatever the sums allow.
        widest = max((len(row.amounts) for row in rows), default=0)
        for i, row in enumerate(rows):
            if row.amounts and len(row.amounts) < widest and out[i]:
                out[i] = []
                ambiguous = True
                ctx.diagnose(
                    "warn",
                    "ambiguous_columns",
                    f"{descs[i]}: {len(row.amounts)} figure(s) where other rows print {widest}, under a "
                    "header naming two phases' totals (年初预算数 | 决算数, blank cells dropped): which "
                    "phase's is not printed; not loaded.",
                    table,
                    row.line,
                    observed=" ".join(c.raw for c in row.amounts),
                )
    return out, ambiguous


def pages_apart_placed_by_identities(
    table: Table, ctx: Context, rows: list[Row], placements: list[list], descs: list[str], own_pages
) -> list[list]:
    """Rows of a later page that prints no header of its own, in text without ruled cells: pdftotext
    -layout lays out each page on a grid of its own, so such a page's figures, read against the header
    page's columns, can stand a column off (its rows printing blank cells; a row printing every column is
    placed in order). Their parts are placed again by the table's identities (each column of a 类 the
    sum of its 款', of a 款 of its 项'), every other row fixed where its positions put it: a row the
    identities place one way only is placed so (said where that differs from its positions); a row they
    leave open keeps its positions' placement where that is one of the ways, else only its total (said).
    Where no way holds (the report's own sums fail), the positions stand."""
    if not table.header or not table.body or not table.body[0].positioned:
        return placements
    header_page = table.header[-1].page
    apart = [
        n
        for n, row in enumerate(rows)
        if len(row.amounts) > 1
        and not row.line.rules
        and row.line.page != header_page
        and row.line.page not in own_pages
    ]
    if not apart:  # (most tables: every row under a header of its own page)
        return placements
    # The columns as the rows' placements give them, left to right (where the header's words name them
    # all or not): the mean position of the figures each holds.
    at: dict[str, list[float]] = {}
    label_of: dict[str, str] = {}
    for placed in placements:
        for cell, key, label in placed:
            at.setdefault(key, []).append(cell.segment.x0 or 0.0)
            label_of.setdefault(key, label)
    keys = sorted(at, key=lambda k: sum(at[k]) / len(at[k]))
    labels = [label_of[k] for k in keys]
    loose = {n for n in apart if len(rows[n].amounts) < len(keys)}  # (a row printing every column: in order)
    index = {key: n for n, key in enumerate(keys)}
    if (
        not loose
        or not keys
        or keys[0] != "total"
        or any(len({key for _c, key, _l in placed}) < len(placed) for placed in placements)
    ):
        return placements
    scale = _scale(rows)
    columns = len(keys)
    solver_rows = []
    for n, (row, parent, placed) in enumerate(zip(rows, identity_parents(rows), placements, strict=True)):
        values = [int(c.value * scale) for c in row.amounts]
        srow = SolverRow(values, parent, blank=prints_no_figure(row))
        if srow.blank:
            srow.candidates = [()]
        elif n in loose:
            srow.candidates = row_candidates(values, columns)
        elif row.amounts and len(placed) == len(row.amounts):
            srow.candidates = [tuple(index[key] for _c, key, _l in placed)]
        # (a row not wholly placed has no candidate: its family's sums stay open)
        solver_rows.append(srow)
    if not solve(solver_rows, columns, given=True):
        return placements
    # Each loose row's ways, the figures its positions placed (by their place in the row: a figure no
    # header stands over is said already), and how far the one way moves its parts ("shift"): 0 where
    # the positions are a way, None where no way or several stand and the positions are none.
    found = {}
    for n in loose:
        row, srow = rows[n], solver_rows[n]
        ways = [srow.candidates[k] for k in sorted(srow.kept)]
        by_position = {
            k: index[key] for k, c in enumerate(row.amounts) for cell, key, _l in placements[n] if cell is c
        }
        shift: int | None
        if not ways or any(all(way[k] == col for k, col in by_position.items()) for way in ways):
            shift = 0
        elif len(ways) == 1:
            moves = {ways[0][k] - col for k, col in by_position.items() if k}
            shift = moves.pop() if len(moves) == 1 else None
        else:
            shift = None
        found[n] = (ways, by_position, shift)
    # A page re-spaced by pdftotext moves all its rows' figures alike: where the ways would move its rows
    # by different shifts (one row kept, another moved: a misprint of the report's, its sums failing
    # whatever the positions), the positions of the page stand.
    shifts: dict[int | None, set] = {}
    for n, (_ways, _by_position, shift) in found.items():
        shifts.setdefault(rows[n].line.page, set()).add(shift)
    steady = {page for page, moved in shifts.items() if len(moved - {None}) <= 1}
    out = list(placements)
    for n in sorted(loose):
        row = rows[n]
        ways, by_position, shift = found[n]
        if shift == 0 or row.line.page not in steady:
            continue
        positioned = tuple(by_position.get(k, -1) for k in range(len(row.amounts)))
        raw = " ".join(c.raw for c in row.amounts)
        if len(ways) == 1:
            out[n] = [(c, keys[col], labels[col]) for c, col in zip(row.amounts, ways[0], strict=True)]
            ctx.diagnose(
                "info",
                "placed_by_identities",
                f"{descs[n]}: on a page printing no header of its own, its figures {raw} stand under "
                f"{'+'.join(labels[i] for i in positioned if i >= 0)} by position, where the table's sums do "
                f"not hold; placed under {'+'.join(labels[i] for i in ways[0])}, where they do.",
                table,
                row.line,
                observed=raw,
            )
            continue
        first = ways[0]
        out[n] = [
            (c, keys[first[k]], labels[first[k]])
            for k, c in enumerate(row.amounts)
            if all(way[k] == first[k] for way in ways)
        ]
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{descs[n]}: on a page printing no header of its own, its figures {raw} stand where the table's "
            f"sums do not hold, which fit {len(ways)} other placements "
            f"({'; '.join('+'.join(labels[i] for i in way[1:]) for way in ways[:6])}); only the figures "
            "placed alike in every one were loaded.",
            table,
            row.line,
            observed=raw,
        )
    return out


def _columns_empty_by_total(
    rows: list[Row], pins: list[dict[int, int]], columns: int, scale: Decimal
) -> dict:
    """{column: 0} for the part columns the table's 合计 row leaves empty, where its pin places all of its
    total (the parts pinned add up to it) and no figure of the table is negative; else {}."""
    total_row = next((n for n, row in enumerate(rows) if row.is_total and row.amounts), None)
    if total_row is None or not pins[total_row]:
        return {}
    if any(c.value < 0 for row in rows for c in row.amounts):
        return {}
    total = int(rows[total_row].amounts[0].value * scale)
    pinned = pins[total_row]
    if abs(sum(pinned.values()) - total) > rounding_tolerance(len(pinned)):
        return {}
    return {col: 0 for col in range(1, columns) if not pinned.get(col)}


# The 收入支出 table of a fund (政府性基金预算财政拨款收入支出决算表, and in some provinces
# 一般公共预算财政拨款收入支出决算表):
# 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余. Its first
# column is no row total, and its identities are a flow: 年末 = 年初 + 收入 − 支出, 小计 = 基本 + 项目.
FLOW_COLUMNS: Final = (
    ("carryover_begin", "年初结转和结余"),
    ("income", "本年收入"),
    ("total", "本年支出小计"),
    ("basic", "基本支出"),
    ("project", "项目支出"),
    ("carryover_end", "年末结转和结余"),
)


def is_flow_table(table: Table) -> bool:
    """A fund's 收入支出 table: 年初结转 | 本年收入 | 本年支出 | 年末结转, or a budget's 上年结转 | 本年收入 |
    本年支出 (no 年末: what is carried over and received is spent, ``_flow_ends``)."""
    text = header_text(table)
    return all(word in text for word in ("本年收入", "本年支出")) and (
        "年初结转" in text or "上年结转" in text
    )


def _flow_ends(table: Table) -> bool:
    """Whether a flow table prints its 年末结转 column (a final account's; a budget's flow has none)."""
    return "年末结转" in header_text(table)


def flow_row_fits(table: Table, cells: list[Cell]) -> bool:
    """Whether a flow table's row of figures fits a placement on its flow columns (年初 + 收入 − 支出 =
    年末, 小计 = 基本 + 项目): its first figure is no total the others sum to."""
    scale = 10 ** max((decimals_of(c.raw) for c in cells), default=0)
    return bool(_flow_fits([int(c.value * scale) for c in cells], _flow_ends(table)))


def _flow_fits(values: list[int], ends: bool = True, unsplit: bool = False) -> list[tuple[int, ...]]:
    """The order-keeping placements of a row's figures on the flow columns that keep 年初 + 收入 − 支出 =
    年末 and 小计 = 基本 + 项目 (blank cells zero); without ``ends`` (a budget's flow) 年末 is no column
    and zero: 年初 + 收入 = 支出. With ``unsplit``, a 小计 printed without 基本 and 项目 fits too."""
    fits = []
    for chosen in combinations(range(len(FLOW_COLUMNS) - (0 if ends else 1)), len(values)):
        v = dict.fromkeys(range(len(FLOW_COLUMNS)), 0) | dict(zip(chosen, values, strict=True))
        begin, income, spent, basic, project, end = (v[i] for i in range(len(FLOW_COLUMNS)))
        if abs(begin + income - spent - end) <= rounding_tolerance(3) and (
            abs(basic + project - spent) <= rounding_tolerance(2)
            or (unsplit and 3 not in chosen and 4 not in chosen)
        ):
            fits.append(chosen)
    return fits


def assign_flow_rows(
    table: Table, ctx: Context, rows: list[Row], descs: list[str]
) -> tuple[list[list[tuple[Cell, str, str]]], bool]:
    """Placements of the rows of a plain-text 收入支出 table: the figures in the columns' order, where
    exactly one placement keeps both identities (blank cells are zero). Any other header under these
    words (人员经费 / 公用经费 under 基本支出 …) is not known, and its rows are reported."""
    text = header_text(table)
    known = all(word in text for word in ("基本支出", "项目支出")) and not any(
        word in text for word in ("人员经费", "公用经费")
    )
    out: list[list[tuple[Cell, str, str]]] = [[] for _ in rows]
    printed = [i for i, row in enumerate(rows) if row.amounts]
    if not known:
        for i in printed:
            ctx.diagnose(
                "warn",
                "columns_unknown",
                f"{descs[i]}: the 收入支出 header's columns under 本年支出 are not the known 小计 / "
                "基本支出 / 项目支出, so the figures cannot be placed from plain text; not loaded.",
                table,
                rows[i].line,
                observed=" ".join(c.raw for c in rows[i].amounts),
            )
        return out, False
    # Each row's placements by its own identities (blank cells are zero), then the table's: every column
    # of a parent row is the sum of its children's (the 合计 row of the 类, a 类 of its 款 …), which
    # settles most rows a blank 年初结转 or a blank 基本支出 / 项目支出 leaves open alone.
    scale = Decimal(10) ** max((decimals_of(c.raw) for i in printed for c in rows[i].amounts), default=0)
    solver_rows: list[SolverRow] = []
    index_of_code: dict[str, int] = {}
    # The 合计 row is the 类 rows' parent wherever it is printed (first, or last under them all).
    total_index = next((k for k, i in enumerate(printed) if rows[i].code is None and rows[i].is_total), None)
    for i in printed:
        row = rows[i]
        values = [int(c.value * scale) for c in row.amounts]
        parent = None
        if row.code:
            for cut in (5, 3) if len(row.code) == 7 else (3,) if len(row.code) == 5 else ():
                if row.code[:cut] in index_of_code:
                    parent = index_of_code[row.code[:cut]]
                    break
            if parent is None and len(row.code) == 3:
                parent = total_index
            index_of_code.setdefault(row.code, len(solver_rows))
        srow = SolverRow(values, parent)
        srow.candidates = _flow_pinned(ctx, table, row, values, scale, _flow_fits(values, _flow_ends(table)))
        solver_rows.append(srow)
    solve(solver_rows, len(FLOW_COLUMNS), given=True)
    ambiguous = False
    for i, srow in zip(printed, solver_rows, strict=True):
        row = rows[i]
        kept = sorted(srow.kept) or list(range(len(srow.candidates)))
        if len(kept) == 1:
            out[i] = [
                (cell, FLOW_COLUMNS[c][0], FLOW_COLUMNS[c][1])
                for cell, c in zip(row.amounts, srow.candidates[kept[0]], strict=True)
            ]
            # its spending (本年支出) pins the row in the tables of the year's spending
            pin_row(ctx, "functional", row, out[i], table.amount_unit or "元")
            continue
        fits = [srow.candidates[k] for k in kept]
        ambiguous = True
        shown = ["+".join(FLOW_COLUMNS[c][1] for c in fit) for fit in fits[:6]]
        # the figures every placement puts in one column are placed for sure
        alike = [j for j in range(len(row.amounts)) if fits and len({fit[j] for fit in fits}) == 1]
        out[i] = [(row.amounts[j], FLOW_COLUMNS[fits[0][j]][0], FLOW_COLUMNS[fits[0][j]][1]) for j in alike]
        ctx.diagnose(
            "warn",
            "ambiguous_columns",
            f"{descs[i]}: the amounts {[c.raw for c in row.amounts]} fit {len(fits)} column placements "
            f"({'; '.join(shown) or 'none'}) of 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 and "
            "小计 = 基本支出 + 项目支出, and the table's column sums; "
            + ("only the figures placed alike in every placement were loaded." if alike else "not loaded."),
            table,
            row.line,
            expected=" | ".join(shown) or None,
            observed=" ".join(c.raw for c in row.amounts),
        )
    # (read again once other tables have pinned more rows)
    return out, ambiguous


# Tables of income, whose fund columns hold what a fund brings in, not what is spent of it.
_INCOME_TABLES: Final = ("income_by_function", "income_expenditure_summary", "fiscal_summary")

# The fund whose flow a 收入支出 table prints, by the table's kind.
_FLOW_FUND: Final = {
    "government_fund": "government_fund",
    "general_budget_by_function": "general_public",
    "state_capital": "state_capital",
}


def flow_positions_checked(
    table: Table, ctx: Context, rows: list[Row], placements: list[list], descs: list[str]
) -> list[list]:
    """A positioned 收入支出 table's row whose figures the header's positions put under a column that is none
    of the flow's the header prints (its group label, "本年支出" set between "合计" and "项目支出" in layout
    text, taken for a column), placed again: of the placements keeping the flow's identities (年初 + 收入 −
    支出 = 年末, 小计 = 基本 + 项目 or printed alone) on the columns the header prints, the one whose figures
    stand nearest their columns' names; where two stand as near, the row is said."""
    leaf_columns(table)  # (its every column with its span, ``leaf_all``)
    printed_columns = table.cache.get(("leaf_all",))
    keys = [key for key, _label in FLOW_COLUMNS]
    if not printed_columns or any(key not in keys for key in printed_columns[0]):
        return placements  # (other columns too, 人员经费 | 公用经费 under 基本支出: not known here)
    printed = {key: (label, span) for key, label, span in zip(*printed_columns, strict=True) if key in keys}
    out = []
    for row, placed, desc in zip(rows, placements, descs, strict=True):
        if not placed or any(cell.segment.x0 is None for cell in row.amounts):
            out.append(placed)
            continue
        if all(key in printed for _cell, key, _label in placed) and len(placed) == len(row.amounts):
            # (every figure under a column of the flow the header prints: its positions stand, whatever
            # its sums; a misprint, or spending printed without its split, is the warehouse's to check)
            out.append(placed)
            continue
        scale = 10 ** max(decimals_of(c.raw) for c in row.amounts)
        values = [int(c.value * scale) for c in row.amounts]
        fits = [
            fit
            for fit in _flow_fits(values, _flow_ends(table), unsplit=True)
            if all(keys[column] in printed for column in fit)
        ]
        if not fits:
            out.append(placed)
            continue

        # (how far each figure stands from its column's name, in all)
        distance = {
            fit: sum(
                abs(cell.segment.xc - sum(printed[keys[column]][1]) / 2)
                for cell, column in zip(row.amounts, fit, strict=True)
            )
            for fit in fits
        }
        ranked = sorted(fits, key=distance.__getitem__)
        if len(ranked) > 1 and distance[ranked[1]] - distance[ranked[0]] < 1:
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{desc}: the figures {[c.raw for c in row.amounts]} stand under no placement of the "
                "flow's columns that keeps 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 and 小计 = "
                "基本支出 + 项目支出, and the placements that keep them stand as near; not loaded.",
                table,
                row.line,
                observed=" ".join(c.raw for c in row.amounts),
            )
            out.append([])
            continue
        out.append(
            [
                (cell, keys[column], printed[keys[column]][0])
                for cell, column in zip(row.amounts, ranked[0], strict=True)
            ]
        )
    return out


def families_repaired(
    table: Table, ctx: Context, rows: list[Row], placements: list[list], descs: list[str], own: dict
) -> list[list]:
    """Rows of a positioned table whose part figure stands under no column's name (layout text setting a
    page's rows on a grid of their own, the figure between 基本支出 and 项目支出) and which the nearest name
    put where the family's sums fail: moved to the one other part column that makes its parent's figures the
    sums of its children's in both columns (a 类 basic on the page before, its 款 and 项 now basic too),
    only under a parent its own family confirms in those columns (the 合计 of the 类, the 类 of the 款): a
    parent misprinted or misplaced moves nothing. Each move is said."""
    parents = identity_parents(rows)
    children: dict[int, list[int]] = {}
    for i, parent in enumerate(parents):
        if parent is not None and placements[i]:
            children.setdefault(parent, []).append(i)

    def value(i: int, key: str) -> Decimal:
        return sum((c.value for c, k, _l in placements[i] if k == key), Decimal(0))

    def holds(parent: int, key: str) -> bool:
        kids = children[parent]
        step = max((decimals_of(c.raw) for i in (parent, *kids) for c, _k, _l in placements[i]), default=0)
        tolerance = Decimal(1).scaleb(-step) * rounding_tolerance(len(kids))
        return abs(value(parent, key) - sum((value(i, key) for i in kids), Decimal(0))) <= tolerance

    def weak(i: int, cell: Cell) -> bool:
        """The figure's span meets no column name of its page's header."""
        page_table = own.get(rows[i].line.page, table)
        leaf_columns(page_table)
        named = page_table.cache.get(("leaf_all",))
        return bool(named) and not any(
            min(x1, cell.segment.x1) > max(x0, cell.segment.x0) for x0, x1 in named[2]
        )

    depth = depths(parents)
    out = [list(placed) for placed in placements]
    placements = out
    for parent in sorted(children, key=depth.__getitem__):  # (a family set right, then its children's)
        if not placements[parent]:
            continue
        keys = {k for i in (parent, *children[parent]) for _c, k, _l in placements[i] if k in PART_COLUMNS}
        failing = sorted(k for k in keys if not holds(parent, k))
        above = parents[parent]
        if (
            len(failing) != 2
            or above is None
            or not placements[above]
            or not all(holds(above, k) for k in failing)
        ):
            continue  # (no parent its own family confirms in those columns: nothing to move a figure by)
        moves = []
        for i in children[parent]:
            for n, (cell, key, _label) in enumerate(placements[i]):
                if key in failing and cell.segment.x0 is not None and weak(i, cell):
                    other = failing[1 - failing.index(key)]
                    label = next(
                        (
                            name
                            for i2 in (parent, *children[parent])
                            for _c, k, name in placements[i2]
                            if k == other
                        ),
                        None,
                    )
                    if label is None or any(k == other for _c, k, _l in placements[i]):
                        continue
                    placements[i][n] = (cell, other, label)
                    if all(holds(parent, k) for k in failing):
                        moves.append((i, n, (cell, other, label)))
                    placements[i][n] = (cell, key, _label)
        if len(moves) == 1:
            i, n, placed = moves[0]
            before = placements[i][n][2]
            placements[i][n] = placed
            ctx.diagnose(
                "info",
                "column_by_identities",
                f"{descs[i]}: {placed[0].raw} stands under no column's name; the nearest, {before}, breaks "
                f"its family's sums, which hold with it under {placed[2]}: placed there.",
                table,
                rows[i].line,
                observed=placed[0].raw,
            )
    return out


def _flow_pinned(
    ctx: Context, table: Table, row: Row, values: list[int], scale: Decimal, fits: list[tuple[int, ...]]
) -> list[tuple[int, ...]]:
    """The placements of a flow row that other tables' pins agree with, or all of them where no pin speaks
    or none agrees: the 合计 row's four figures are the fund's flow in the 财政拨款收支总表, and a code's
    spending whose 基本支出 / 项目支出 another table of the same code and total placed for sure."""
    unit = table.amount_unit or "元"

    def yuan(value: int) -> Decimal:
        return to_yuan(Decimal(value) / scale, unit)

    agreeing = []
    for fit in fits:
        placed = {FLOW_COLUMNS[c][0]: yuan(v) for c, v in zip(fit, values, strict=True)}
        pins = {}
        if row.code is None and row.is_total:
            pins = ctx.pins.get(("fund_flow", _FLOW_FUND.get(base_table_key(table.table_key), "")), {})
        elif "total" in placed:
            pins = {
                k: v
                for k, v in ctx.pins.get(("functional", row.code, placed["total"]), {}).items()
                if k in ("basic", "project")
            }
        if pins and all(placed.get(k, Decimal(0)) == v for k, v in pins.items()):
            agreeing.append(fit)
    return agreeing or fits
