"""Assigning a row's amounts to the table's columns.

With positions (PDF geometry or layout text) each amount takes the header label above it. Without
positions (plain text) the header only names the columns in reading order, and the row's amounts are
placed by the accounting identities: the first amount is the row total and the others, in order, must
be parts that add up to it (to ±0.01 per rounding step of the printed unit). When several placements
fit, or none does, the row is a diagnostic and only what is certain (the total) is kept.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from .context import Context
from .layout import Line
from .rows import Cell
from .tables import Table, column_key_of, column_key_of_cells, header_cells_at, header_labels_in_order

# Header words that name the code and label columns, never an amount column.
LABEL_HEADER_WORDS = (
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
)
STEP = Decimal("0.01")


def assign_columns(
    table: Table, ctx: Context, line: Line, cells: list[Cell], *, row_desc: str
) -> list[tuple[Cell, str, str]]:
    """(cell, column_key, column_label) for each amount that can be placed for sure."""
    if not cells:
        return []
    if cells[0].segment.x0 is not None:
        placed = []
        for cell in cells:
            cells_above = header_cells_at(table, cell.segment, exclude=LABEL_HEADER_WORDS[:6], line=line)
            label = "".join(cells_above)
            key = column_key_of_cells(cells_above)
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
        keys = [k for _c, k, _l in placed]
        duplicates = {k for k in keys if keys.count(k) > 1}
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
        return placed
    return _assign_by_identities(table, ctx, line, cells, row_desc=row_desc)


def _assign_by_identities(
    table: Table, ctx: Context, line: Line, cells: list[Cell], *, row_desc: str
) -> list[tuple[Cell, str, str]]:
    labels = header_labels_in_order(table.header)
    keys = [column_key_of(label) or "total" for label in labels] or ["total"]
    if keys[0] != "total":
        labels, keys = ["合计", *labels], ["total", *keys]
    if len(cells) == len(keys):
        return [(c, k, lab) for c, k, lab in zip(cells, keys, labels, strict=True)]
    if len(cells) == 1:
        return [(cells[0], keys[0], labels[0])]
    if len(cells) > len(keys):
        ctx.diagnose(
            "warn",
            "too_many_amounts",
            f"{row_desc}: {len(cells)} amounts printed but the header names {len(keys)} columns; "
            "the row's amounts were not loaded.",
            table,
            line,
            observed=" ".join(c.raw for c in cells),
        )
        return []
    total, parts = cells[0], cells[1:]
    tolerance = STEP * len(parts)
    fits = []
    for chosen in combinations(range(1, len(keys)), len(parts)):
        if abs(sum(p.value for p in parts) - total.value) <= tolerance:
            fits.append(chosen)
    if len(fits) == 1:
        out = [(total, keys[0], labels[0])]
        out += [(p, keys[i], labels[i]) for p, i in zip(parts, fits[0], strict=True)]
        return out
    candidates = ["+".join(labels[i] for i in fit) for fit in fits[:6]]
    ctx.diagnose(
        "warn",
        "ambiguous_columns",
        f"{row_desc}: {len(parts)} part amount(s) {[p.raw for p in parts]} fit "
        f"{len(fits)} column placements ({'; '.join(candidates) or 'none'}); only the total was loaded.",
        table,
        line,
        expected=" | ".join(candidates) or None,
        observed=" ".join(c.raw for c in cells),
    )
    return [(total, keys[0], labels[0])]
