"""The 三公 table: budget and actual for 合计, 因公出国（境）, 公务用车购置及运行 (= 购置 + 运行), 公务接待.
Column order differs by province, so each amount is placed by the header cells above it: the lowest
named cell gives the item, 预算/决算 gives the phase."""

from __future__ import annotations

from .context import Context
from .functional import is_noise
from .records import Amount
from .rows import read_row
from .tables import Table
from .tokens import compact
from .vocabulary import SANGONG_ITEMS


def _item_of(labels: list[str]) -> tuple[str | None, str]:
    """The item of a column from its header cells, lowest first; 小计 means the parent cell's item."""
    named = [lab for lab in labels if lab not in ("预算数", "决算数", "预算", "决算", "金额")]
    for depth, label in enumerate(reversed(named)):
        if label == "小计":
            parent = named[-depth - 2] if len(named) >= depth + 2 else ""
            for fragment, key in SANGONG_ITEMS:
                if fragment in parent:
                    return ("vehicle" if key in ("vehicle_purchase", "vehicle_operation") else key), parent
            continue
        for fragment, key in SANGONG_ITEMS:
            if fragment in label:
                return key, label
    return None, "".join(named)


def _header_cells_above(table: Table, seg) -> list[str]:
    """Per header line, the cell over the amount; a cell spanning several columns is centred over them,
    so when none overlaps, the nearest centre within 40pt (or 6 text columns) counts."""
    cells = []
    for line in table.header:
        if "单位" in compact(line.text):
            continue
        best = None
        for h in line.segments:
            if h.x0 is None:
                continue
            overlap = min(h.x1, seg.x1) - max(h.x0, seg.x0)
            score = overlap if overlap > 0 else -abs(h.xc - seg.xc)
            if (overlap > 0 or abs(h.xc - seg.xc) <= 40) and (best is None or score > best[0]):
                best = (score, compact(h.text))
        if best:
            cells.append(best[1])
    return cells


def parse_sangong_table(table: Table, ctx: Context) -> list[Amount]:
    first = next((i for i, ln in enumerate(table.lines) if read_row(ln).amounts and not
                  any(w in compact(ln.text) for w in ("预算数", "决算数"))), len(table.lines))
    table.header, table.body = table.lines[:first], table.lines[first:]
    amounts: list[Amount] = []
    for line in table.body:
        if is_noise(line):
            continue
        row = read_row(line)
        for cell in row.amounts:
            if cell.segment.x0 is None:
                ctx.diagnose("warn", "unplaced_amount", f"{table.title}: amount {cell.raw} printed without "
                             "column positions; 三公 columns cannot be placed from plain text.", table, line)
                continue
            labels = _header_cells_above(table, cell.segment)
            item, label = _item_of(labels)
            if item is None:
                ctx.diagnose("warn", "unplaced_amount", f"{table.title}: amount {cell.raw} has no 三公 item "
                             f"header above it (found {labels}); not loaded.", table, line, observed=cell.raw)
                continue
            joined = "".join(labels)
            phase = "actual" if "决算" in joined else "budget" if ("预算" in joined or ctx.phase == "budget") \
                else ctx.phase
            amounts.append(ctx.amount(table, line, value=cell.value, raw=cell.raw, column_key=item,
                                      column_label=joined, row_label=label, phase=phase))
    return amounts
