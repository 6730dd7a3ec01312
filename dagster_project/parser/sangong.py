"""The 三公 table: budget and actual for 合计, 因公出国（境）, 公务用车购置及运行 (= 购置 + 运行), 公务接待.
Column order differs by province, so each amount is placed by the header cells above it: the lowest
named cell gives the item, 预算/决算 gives the phase."""

from __future__ import annotations

from dataclasses import replace

from .context import Context
from .functional import is_noise
from .records import Amount
from .rows import read_row
from .tables import Table, header_cells_at
from .tokens import amount_unit_in, compact
from .vocabulary import SANGONG_ITEMS


def _match(label: str) -> str | None:
    return next((key for fragment, key in SANGONG_ITEMS if fragment in label), None)


def _item_of(labels: list[str]) -> tuple[str | None, str]:
    """The item of a column from its header cells, top to bottom. The lowest cells decide, joined when a
    name is wrapped over several cells ("因公出" / "(境)" / "费"); 小计 means the item of the cell above."""
    named = [lab for lab in labels if lab not in ("预算数", "决算数", "预算", "决算", "金额")]
    if named and named[-1] == "小计":
        parents = named[:-1]
        for k in range(1, len(parents) + 1):
            key = _match("".join(parents[-k:]))
            if key is not None:
                key = "vehicle" if key in ("vehicle_purchase", "vehicle_operation") else key
                return key, "".join(parents[-k:])
        return None, "小计"
    for k in range(1, len(named) + 1):
        joined = "".join(named[-k:])
        key = _match(joined)
        if key is not None:
            return key, joined
    return None, "".join(named)


def _header_cells_above(table: Table, seg, line) -> list[str]:
    """Per header line, the cell over the amount (ruled cells where the PDF draws them). A header cell
    spanning several columns is centred over them, so without rules, when none overlaps, the nearest
    centre within 40pt (or 6 text columns) counts."""
    cells = header_cells_at(table, seg, line=line)
    if cells and line.cell_interval(seg) is not None:
        return cells
    cells = []
    for hline in table.header:
        if amount_unit_in(hline.text):
            continue
        best = None
        for h in hline.segments:
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
    first = next(
        (
            i
            for i, ln in enumerate(table.lines)
            if read_row(ln).amounts and not any(w in compact(ln.text) for w in ("预算数", "决算数"))
        ),
        len(table.lines),
    )
    table.header, table.body = table.lines[:first], table.lines[first:]
    amounts: list[Amount] = []
    for line in table.body:
        if is_noise(line):
            continue
        row = read_row(line)
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
            item, label = _item_of(labels)
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
                "actual"
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
    # 合计 is the 三公 total unless the table also prints a 三公 subtotal (then 合计 includes 会议费 and
    # 培训费 and is the table's own total).
    has_sangong_total = any(a.column_key == "total" for a in amounts)
    return [
        a
        if a.column_key != "grand_total"
        else replace(a, column_key="table_total" if has_sangong_total else "total")
        for a in amounts
    ]
