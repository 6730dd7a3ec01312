"""政府采购 (government procurement) tables: the 合计/总计 row and the subtotal of each procurement category
(一、货物 goods / 二、工程 works / 三、服务 services), as amounts by row label.

The item lines below a category (专项名称, 经济科目, 采购物品名称, 采购组织形式 and their figures) wrap over
several lines and carry no classification code, so their figures are not loaded as amounts; the category
subtotals and the total are what the narrative's 政府采购预算总金额 and an analyst's goods / works /
services split need. A category label or total whose figure is printed on the next line ("总计" /
"2,889.80") takes that figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .context import Context
from .functional import is_noise
from .layout import Line
from .records import Amount
from .rows import may_print_figures, read_row
from .solver import printed_sum_holds
from .tables import Table
from .tokens import compact, to_yuan
from .vocabulary import COUNT_HEADER_RE

# (also named with the table's money: "政府采购预算合计", "采购金额总计")
_TOTAL_RE: Final = re.compile(r"^(?:政府采购)?(?:预算|采购)?(?:金额)?(?:合计|总计)$")
# A category row: "一、货物", "（一）货物", "A 货物", "一、货物 A", or unnumbered with a mark of its kind,
# "货物类", "货物 小计", "货物 A" (a bare "服务" is a wrapped piece of an item's name: 车辆维修和保养 / 服务).
_CATEGORY_RE: Final = re.compile(
    r"^(?:(?:[一二三][、.]|\([一二三]\)|\d[、.]|[ABC][、.]?)(?:政府采购)?(?P<category>货物|工程|服务)(?:类|采购)?[ABC]?(?:小计)?"
    r"|(?P<marked>货物|工程|服务)(?:类[ABC]?(?:小计)?|[ABC]|小计))$"
)
CATEGORY_KEYS: Final = {"货物": "goods", "工程": "works", "服务": "services"}


_COLUMN_WORDS: Final = {"合计": "total", "总计": "total", **CATEGORY_KEYS}


def _header_words(lines) -> list[str]:
    """The words of the lines above a table's first figures (its header)."""
    words = []
    for line in lines:
        if may_print_figures(line) and read_row(line, "none").amounts:
            break
        words += [compact(w) for w in line.text.split()]
    # (a word printed spaced, "合 计", "货 物": its characters joined where they make a column word)
    joined: list[str] = []
    for word in words:
        if joined and len(joined[-1]) == 1 and len(word) == 1 and joined[-1] + word in _COLUMN_WORDS:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


# A category column worded otherwise: "货物类", "货物采购", "政府采购货物", "服务预算".
_CATEGORY_WORD_RE: Final = re.compile(r"^(?:政府采购)?(货物|工程|服务)(?:类|采购|预算)?$")


def _column_word(word: str) -> str:
    """A header word as the column word it names (a category's in its usual forms, 合计 / 总计 as printed)."""
    return match.group(1) if (match := _CATEGORY_WORD_RE.match(word)) else word


def _category_columns(words: list[str]) -> list[tuple[str, str | None]]:
    """The columns of a table that prints the categories as columns ("单位名称 合计 货物 工程 服务"), in
    order, from its header ``words``, each with its phase where the header prints the categories twice
    under two phases (a final account's 政府采购计划金额 | 政府采购实际金额, each over 合计 货物 工程 服务);
    empty when the categories are rows."""
    keys = [_COLUMN_WORDS[word] for w in words if (word := _column_word(w)) in _COLUMN_WORDS]
    if "total" not in keys or len(keys) < 2:
        return []
    if len(set(keys)) == len(keys):
        return [(key, None) for key in keys]
    half = len(keys) // 2
    phases = [phase for w in words if (phase := _phase_of(w)) is not None]
    if len(keys) % 2 or keys[:half] != keys[half:] or len(set(keys[:half])) < half:
        return []
    if len(phases) != 2 or len(set(phases)) != 2:
        return []  # the blocks' phases not named once each: which block is which cannot be told
    return [(key, phases[0]) for key in keys[:half]] + [(key, phases[1]) for key in keys[half:]]


def _phase_of(word: str) -> str | None:
    """The phase a header word over a block of columns names: 计划 / 预算 the budget, 实际 / 决算 / 执行
    the actual."""
    if any(w in word for w in ("实际", "决算", "执行")):
        return "actual"
    if any(w in word for w in ("计划", "预算")):
        return "budget"
    return None


def _parse_category_columns(
    table: Table, ctx: Context, lines, columns: list[tuple[str, str | None]]
) -> list[Amount]:
    """The 合计 row of a table with the categories as columns: its total and each category's figure, when
    it prints every column (with blank cells dropped, which categories it prints is not told)."""
    names = {key: word for word, key in CATEGORY_KEYS.items()}
    for line in lines:
        row = read_row(line, "none")
        if not _TOTAL_RE.match(compact(row.label)) or not row.amounts:
            continue
        if len(row.amounts) != len(columns):
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{table.title}: the 合计 row prints {len(row.amounts)} figures under the {len(columns)} "
                f"columns {'/'.join(key for key, _phase in columns)} (blank cells dropped), so which is "
                "which cannot be told; "
                "not loaded.",
                table,
                line,
                observed=" ".join(c.raw for c in row.amounts),
            )
            return []
        amounts = [
            ctx.amount(
                table,
                line,
                value=cell.value,
                raw=cell.raw,
                column_key="total",
                column_label="合计" if key == "total" else names[key],
                row_label="合计" if key == "total" else names[key],
                is_total_row=key == "total",
                phase=phase,
            )
            for cell, (key, phase) in zip(row.amounts, columns, strict=True)
        ]
        for phase in {phase for _key, phase in columns}:
            _check_categories(
                table, ctx, [a for a in amounts if a.phase == (phase or ctx.phase)], unplaced=False
            )
        return amounts
    return []


def parse_procurement_table(table: Table, ctx: Context) -> list[Amount]:
    lines = [ln for ln in table.lines if not is_noise(ln)]
    header = _header_words(lines)
    category_columns = _category_columns(header)
    if category_columns:
        return _parse_category_columns(table, ctx, lines, category_columns)
    amounts: list[Amount] = []
    seen: set[tuple[str, str | None]] = set()
    unplaced = False
    # the categories whose line and the line below print no figure: (index, line, label)
    missing: list[tuple[int, Line, str]] = []
    figure_columns = _figure_columns(header, ctx.fiscal_year)
    # (the money's columns alone: a count's column, 数量 | 采购金额, is blank on the category rows)
    money_columns = [c for c in figure_columns if c != "count"]
    money_columns = money_columns if len(money_columns) >= 2 else []
    rows = [read_row(line, "none") for line in lines]  # (each line read once: the checks below look again)
    parted_total = _total_label_parted(lines, rows)
    at: Line | None  # the line a row's figures are printed on (none where no figure is found)
    for n, line in enumerate(lines):
        row = rows[n]
        label = compact(row.label)
        # (or its last character alone before any row, its figure below: a total's label spaced out, "合  计",
        # which plain text parts, the 合 alone elsewhere, where no 合计 / 总计 row prints its figure)
        total = bool(_TOTAL_RE.match(label)) or (
            label == "计" and not row.amounts and not seen and parted_total
        )
        category = _CATEGORY_RE.match(label)
        if not (total or category):
            continue
        key = "total" if total else CATEGORY_KEYS[category.group("category") or category.group("marked")]
        if row.spoiled:  # a figure a scan's text misread ("1,26B.50"): the row's figures are not all readable
            ctx.diagnose(
                "warn",
                "figure_unreadable",
                f"{table.title}: row '{label}' prints {', '.join(row.spoiled)}, shaped as a figure but none"
                " as printed; not loaded.",
                table,
                line,
                observed=" ".join(row.spoiled),
            )
            continue
        if (key, None) in seen and not row.amounts:  # a header cell 合计 above 总计 (its figure read already)
            continue
        cells, at = row.amounts, line
        if not cells:
            cells, at = _figure_below(lines, n)
        if not cells and total and not seen:
            # (the 合计's label printed among the header's words, its figure the table's first, after them:
            # "合计" / "预算金额" / "767.00" / "一、货物" …)
            cells, at = _figure_after_header(lines, rows, n, ctx.fiscal_year)
        if not cells:
            unplaced = unplaced or bool(category)
            if category:  # (a header 合计 without its figure is not worth saying)
                missing.append((n, line, label))
            continue
        columns = figure_columns
        if row.rates and figure_columns[len(figure_columns) - len(row.rates) :] == [None] * len(row.rates):
            columns = figure_columns[: len(figure_columns) - len(row.rates)]  # (the shares, printed with %)
        if len(cells) > 1 and len(cells) == len(columns) and any(c not in (None, "count") for c in columns):
            # a figure per column the header names (预算数 | 实际数; 上年预算数 | 本年预算数 | 增减额): the
            # report's own, each with its phase; another year's and the change are not loaded
            for cell, phase in zip(cells, columns, strict=True):
                if phase in (None, "count") or (key, phase) in seen:
                    continue
                seen.add((key, phase))
                amounts.append(
                    ctx.amount(
                        table,
                        at,
                        value=cell.value,
                        raw=cell.raw,
                        column_key="total",
                        column_label="总计",
                        row_label="合计" if total else label,
                        is_total_row=total,
                        phase=None if phase == "own" else phase,
                    )
                )
            continue
        if len(cells) != 1 or (len(money_columns) > 1 and len(cells) < len(money_columns)):
            # (one figure under a header of 预算数 | 实际数: which column's, blank cells dropped, is not told)
            unplaced = True
            ctx.diagnose(
                "warn",
                "ambiguous_columns",
                f"{table.title}: row '{label}' prints {len(cells)} amount(s) where "
                + (f"the header names {len(money_columns)} columns" if money_columns else "one is expected")
                + "; not loaded.",
                table,
                line,
                observed=" ".join(c.raw for c in cells),
            )
            continue
        if (key, None) in seen:  # printed twice: the same figure is one statement, another is a contradiction
            first = next(a for a in amounts if a.row_label == ("合计" if total else label))
            if first.amount_raw != cells[0].raw:
                ctx.diagnose(
                    "warn",
                    "procurement_total_vs_categories",
                    f"{table.title}: '{label}' is printed twice, {first.amount_raw} and {cells[0].raw}; "
                    "the first is loaded.",
                    table,
                    at,
                    expected=first.amount_raw,
                    observed=cells[0].raw,
                )
            continue
        seen.add((key, None))
        cell = cells[0]
        amounts.append(
            ctx.amount(
                table,
                at,
                value=cell.value,
                raw=cell.raw,
                column_key="total",
                column_label="总计",
                row_label="合计" if total else label,
                is_total_row=total,
            )
        )
    if len(missing) == 1 and not figure_columns:
        found = _category_by_remainder(table, ctx, lines, rows, amounts, missing[0][0], missing[0][2])
        if found is not None:
            amounts.append(found)
            missing, unplaced = [], False
    for _n, line, label in missing:  # a category without its figure is worth saying
        ctx.diagnose(
            "warn",
            "unplaced_amounts",
            f"{table.title}: row '{label}' has no figure on its line and none alone below it "
            "(text extracted out of order); not loaded.",
            table,
            line,
        )
    for phase in {a.phase for a in amounts}:
        _check_categories(table, ctx, [a for a in amounts if a.phase == phase], unplaced)
    return amounts


# A category's head anywhere in a label ("二、工程B", "2、工程 B 维修改造", "维修改造 二、工程 B", "工程类
# …"): a line holding one that was read as no category leaves the categories' sum open. (or a short numbered
# label, "四、其他 D": a category of another name; no heading, "十二、政府采购支出预算情况说明")
_NUMBERED_HEAD_RE: Final = re.compile(
    r"^(?:(?:[一二三四五六七八九十]+|\d+)[、.]|\([一二三四五六七八九十\d]+\)|[\u2460-\u2469]).{0,8}$"
)
_CATEGORY_HEAD_RE: Final = re.compile(
    r"(?:[一二三四五六七八九十]+|\d+|\([一二三四五六七八九十]+\)|[\u2460-\u2469])[、.]?(?:政府采购)?(?:货物|工程|服务)"
    r"|(?:货物|工程|服务)(?:类|[ABC](?![A-Za-z]))"
)


def _total_label_parted(lines: list, rows: list) -> bool:
    """Whether a table's 合计 label is printed parted: "合" (or "总") alone on a line, "计" alone on another,
    and no line labelled 合计 / 总计 prints a figure on its line or alone below it."""
    texts = [compact(line.text) for line in lines]
    # (one "计" alone, and no "小" a word of its own: a parted 小计 makes two parted labels, which is whose is
    # not told; and the "计" before any category's label, read or not, as the 合计 row comes first)
    if texts.count("计") != 1 or not ({"合", "总"} & set(texts)):
        return False
    if any("小" in line.text.split() for line in lines):
        return False
    at = texts.index("计")
    if any(_CATEGORY_RE.match(compact(row.label)) for row in rows[:at]):
        return False
    for n, row in enumerate(rows):
        if _TOTAL_RE.match(compact(row.label)) and (row.amounts or _figure_below(lines, n)[0]):
            return False
    return True


def _category_by_remainder(
    table: Table, ctx: Context, lines: list, rows: list, amounts: list[Amount], n: int, label: str
) -> Amount | None:
    """The figure of the one category whose line prints none, where plain text set it a line or two away
    ("2,441.44" / "三、服务 C", or "三、服务 C" / "50.00" / "2,555.80" below an item's figure): the figure
    alone on a line within two lines of its label that is the 合计 less the other categories, as printed, and
    the only such one there (exactly, to the cent). None where the 合计 is not read or no figure or several so
    fit."""
    total = next((a for a in amounts if a.is_total_row), None)
    if total is None:
        return None
    # (a numbered line read as no category, "二、工程 B" joined to its first item's words: the other
    # categories are not all known, and the remainder may be two of them)
    read = {a.row_label for a in amounts} | {label}
    heads = (compact(row.label) for row in rows)
    if any(
        (_CATEGORY_HEAD_RE.search(head) or _NUMBERED_HEAD_RE.match(head)) and head not in read
        for head in heads
    ):
        return None
    others = sum((a.amount_yuan for a in amounts if not a.is_total_row), Decimal(0))
    fits = []
    for k in (n - 2, n - 1, n + 1, n + 2):
        if not 0 <= k < len(lines):
            continue
        near = rows[k]
        if near.label or len(near.amounts) != 1:
            continue
        cell = near.amounts[0]
        # (exactly: a figure set apart from its label is taken only where nothing but it can make the sum)
        exact = total.amount_yuan == others + to_yuan(cell.value, table.amount_unit or "元")
        if exact and cell.value:
            fits.append((cell, lines[k]))
    if len(fits) != 1:
        return None
    cell, at = fits[0]
    return ctx.amount(
        table,
        at,
        value=cell.value,
        raw=cell.raw,
        column_key="total",
        column_label="总计",
        row_label=label,
        is_total_row=False,
    )


def _figure_columns(words: list[str], fiscal_year: int | None) -> list[str | None]:
    """The figure columns a category table's header ``words`` name, in order: each one's phase (预算数 the
    budget, 实际数 / 决算数 the actual, a bare 金额 the report's own), None for a column comparing with
    another year (上年预算数, 2023年预算数, 增减额, 增减率), "count" for a column of counts (合同数（份）,
    数量). Empty where the header names fewer than two."""
    columns = [column for word in words if (column := _column_of(word, fiscal_year)) != _NO_COLUMN]
    if len(columns) < 2:
        return []
    return columns


_NO_COLUMN: Final = "none"  # (a header word naming no figure column)
_OWN_MONEY: Final = ("own", "budget", "actual")


def _column_of(word: str, fiscal_year: int | None) -> str | None:
    """The figure column a header word names, as ``_figure_columns`` reads them: its phase, "own", "count",
    None for another year's or a comparison, ``_NO_COLUMN`` for a word naming none."""
    if COUNT_HEADER_RE.search(word):
        return "count"
    # (a share reserved for small firms, 授予中小企业合同金额, is part of the spending, not a phase's)
    if re.search(r"增减|增长|变动|率|%|比上年|中小企业|小微企业|预留", word):
        return None
    year = re.search(r"(\d{4})年", word)
    if "上年" in word or (year and fiscal_year and int(year.group(1)) < fiscal_year):
        return None if _phase_of(word) else _NO_COLUMN
    if (phase := _phase_of(word)) is not None or word.endswith("金额"):
        return phase or "own"
    return _NO_COLUMN


def _check_categories(table: Table, ctx: Context, amounts: list[Amount], unplaced: bool) -> None:
    """合计 = 货物 + 工程 + 服务, as printed."""
    total = next((a for a in amounts if a.is_total_row), None)
    parts = [a for a in amounts if not a.is_total_row]
    # the figures of one table share its unit, so their printed forms are summed as printed
    if (
        total is not None
        and parts
        and not unplaced
        and not printed_sum_holds(total.amount_raw, [a.amount_raw for a in parts])
    ):
        ctx.diagnose(
            "warn",
            "procurement_total_vs_categories",
            f"{table.title}: the categories ({', '.join(f'{a.row_label} {a.amount_raw}' for a in parts)})"
            f" add up to {sum(a.amount_yuan for a in parts)} 元, not the 合计 {total.amount_raw} "
            f"({total.amount_yuan} 元).",
            table,
            None,
            expected=str(total.amount_yuan),
            observed=str(sum(a.amount_yuan for a in parts)),
        )


def _figure_after_header(lines, rows, n: int, fiscal_year: int | None):
    """The table's first figure, alone on its line, where only the header's words (no row's label) stand
    between a total's label and it, the line after it is no lone figure too, no other total's label
    follows, and no figure of the table is larger (a total is at least each of its rows)."""
    for k in range(n + 1, len(lines)):
        row = rows[k]
        if row.amounts:
            if row.label or len(row.amounts) != 1:
                return [], None
            if k + 1 < len(lines) and not rows[k + 1].label and rows[k + 1].amounts:
                return [], None
            first = row.amounts[0].value
            later = rows[k + 1 :]
            if any(_TOTAL_RE.match(compact(other.label)) for other in later) or any(
                cell.value > first for other in later for cell in other.amounts
            ):
                return [], None
            return row.amounts, lines[k]
        label = compact(row.label)
        # (between them only the words of the money's column: 预算金额, 金额, 预算数 …)
        if (
            _TOTAL_RE.match(label)
            or _CATEGORY_RE.match(label)
            or _column_of(label, fiscal_year) not in _OWN_MONEY
        ):
            return [], None
    return [], None


def _figure_below(lines, n: int):
    """The figure printed alone on the line after a label, when the line after that is not one more lone
    figure (two in a row: which is the label's is not known)."""
    if n + 1 >= len(lines):
        return [], None
    below = read_row(lines[n + 1], "none")
    if below.label or len(below.amounts) != 1:
        return [], None
    if n + 2 < len(lines):
        after = read_row(lines[n + 2], "none")
        if not after.label and after.amounts:
            return [], None
    return below.amounts, lines[n + 1]
