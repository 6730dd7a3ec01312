"""Performance self-evaluation tables (绩效自评表): each project's budget, actual and execution rate.

The national template (项目支出绩效自评表) prints, for each project, its name and a funds block:

    项目名称        人民调解经费
    项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率   得分
    年度资金总额      100.00     100.00     95.00      10    95.00%  9.50

followed by indicators full of numbers that are not money ("≥15万", "7*24", scores). Only the 年度资金总额
row is read, as a claim (claim_kind 'project_execution'): the budget is the column the rate is computed
against (全年预算数 where printed, else 预算数, else 年初预算数), the actual is 执行数. When a row prints
fewer figures than the header has columns (blank cells dropped), the figures are placed so that the printed
rate is 执行数 / budget; when no placement or several do, that is a diagnostic, not a claim.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations
from typing import Final

from .changes import rate_holds
from .context import Context
from .layout import Line, is_page_footer
from .records import Claim
from .tables import Table
from .tokens import (
    compact,
    decimals_of,
    join_split_amounts,
    money_with_precision,
    parse_amount,
    parse_percent,
)

# Header labels of the funds block, longest first so 全年预算数 is not read as 预算数.
_COLUMNS: Final = [
    ("initial", "年初预算数"),
    ("full_year", "全年预算数"),
    ("actual", "全年执行数"),
    ("actual", "全年决算数"),
    ("actual", "实际支出数"),
    ("budget", "预算数"),
    ("actual", "执行数"),
    ("rate", "执行率"),
    ("score", "分值"),
    ("points", "得分"),
    # the same labels with their last character wrapped onto the header's next line ("年初预算" / "数")
    ("initial", "年初预算"),
    ("full_year", "全年预算"),
    ("actual", "全年执行"),
]
_MONEY_COLUMNS: Final = ("initial", "full_year", "budget", "actual")
_PROJECT_RE: Final = re.compile(r"^项目名称[:：]?(.*)$")
# The unit a 部门整体支出绩效自评表 evaluates ("部门名称 某某局", "部门（单位）名称：…").
_WHOLE_RE: Final = re.compile(r"^(?:部门|单位|部门\(单位\))名称[:：]?(.*)$")
# (also "资金总额", "项目资金总额", "预算资金总计")
_FUNDS_ROW_RE: Final = re.compile(r"^(?:[^\d]{0,16}?)((?:年度|项目)?(?:预算)?资金总(?:额|计))[:：]?")
_UNIT_RE: Final = re.compile(r"[(（](万元|元)[)）]")
_LABEL_CELL_UNIT_RE: Final = re.compile(r"(?:^|资金)([(（](?:万元|元)[)）])")
# What follows a self-evaluation's funds block: its goals, its indicators, the next project.
_FUNDS_BLOCK_END_RE: Final = re.compile(r"^(?:年度总体|总体目标|年度目标|绩效指标|一级指标|项目名称|目标)")
_PERCENT_RE: Final = re.compile(r"^(-?\d+(?:\.\d+)?)%$")
_PLACEHOLDERS: Final = {"—", "-", "--", "——", "/", "－"}


# Column names broken over two header lines, the first pieces on one line and the ends on the next
# ("年初预 全年预 全年执" / "算数 算数 行数", `pdftotext -layout` of a narrow merged header).
_BROKEN_NAMES: Final = (("年初预", "算数"), ("全年预", "算数"), ("全年执", "行数"))


def _unbroken(text: str) -> str:
    """The header text with each broken name whole at its first piece, its end removed further on."""
    for head, tail in _BROKEN_NAMES:
        at = text.find(head)
        if at < 0 or text.startswith(head + tail[0], at):
            continue
        end = text.find(tail, at + len(head))
        if end < 0:
            continue
        text = text[:at] + head + tail + text[at + len(head) : end] + text[end + len(tail) :]
    return text


def _header_columns(text: str) -> list[str]:
    """The funds columns in printed order, from the compacted header text."""
    text = _unbroken(text)
    taken = [False] * len(text)
    found: list[tuple[int, str]] = []
    for key, label in _COLUMNS:
        for match in re.finditer(re.escape(label), text):
            span = range(match.start(), match.end())
            if any(taken[i] for i in span):
                continue
            for i in span:
                taken[i] = True
            found.append((match.start(), key))
    return [key for _pos, key in sorted(found)]


def _words(line: Line) -> list[str]:
    text = join_split_amounts(line.text.replace("％", "%"))
    return re.sub(r"(\d)\s+%", r"\1%", text).split()


def _is_figure(word: str) -> bool:
    """An amount, a percentage or a printed placeholder (—) of the funds row."""
    return word in _PLACEHOLDERS or parse_amount(word) is not None or bool(_PERCENT_RE.match(word))


def _tokens(lines: list[Line]) -> list[str]:
    """The figures of a row that may wrap."""
    return [word for line in lines for word in _words(line) if _is_figure(word)]


def _is_continuation(line: Line) -> bool:
    """A line of the funds row's figures wrapped below it; not a page's number or footer ("- 9 -")."""
    words = _words(line)
    return bool(words) and all(_is_figure(w) for w in words) and not is_page_footer(compact(line.text))


def _placements(columns: list[str], tokens: list[str], bare_rate: bool = False) -> list[dict[str, str]]:
    """Every order-keeping placement of the printed figures on the header's columns: a percentage only in
    the rate column, a number never there; with ``bare_rate`` (a 执行率（%） header, its cells printed
    without the sign) any number may be the rate, which then gets its sign back."""
    if len(tokens) > len(columns):
        return []
    out = []
    for chosen in combinations(range(len(columns)), len(tokens)):
        placed = {columns[i]: t for i, t in zip(chosen, tokens, strict=True)}
        if bare_rate and placed.get("rate") is not None and placed.get("rate") not in _PLACEHOLDERS:
            placed["rate"] += "%"
        figures = [(key, t) for key, t in placed.items() if t not in _PLACEHOLDERS]
        if any((key == "rate") != bool(_PERCENT_RE.match(t)) for key, t in figures):
            continue
        out.append(placed)
    return out


# "执行率（%）": the rate column's cells are printed without their % sign.
_RATE_IN_PERCENT_RE: Final = re.compile(r"执行率[(（]%[)）]")


def _with_percent_sign(columns: list[str], tokens: list[str]) -> list[str]:
    """The row's figures with the % sign a 执行率（%） header leaves out put back on its rate: the figure
    at the rate column's place when the row prints every column (blank cells make the place unknown)."""
    if "rate" not in columns or len(tokens) != len(columns):
        return tokens
    i = columns.index("rate")
    if parse_amount(tokens[i]) is None:
        return tokens
    return [*tokens[:i], tokens[i] + "%", *tokens[i + 1 :]]


def _money(token: str | None, unit: str) -> tuple[Decimal, Decimal] | None:
    return None if token is None or token in _PLACEHOLDERS else money_with_precision(token, unit)


def _percent(token: str | None) -> tuple[Decimal, int] | None:
    """The rate a printed 执行率 cell states, as a fraction with its decimals; None for a placeholder."""
    match = _PERCENT_RE.match(token) if token else None
    return parse_percent(match.group(1)) if match else None


def _budget_key(placed: dict[str, str]) -> str | None:
    return next((k for k in ("full_year", "budget", "initial") if _money(placed.get(k), "元")), None)


def _money_alike(placed: dict[str, str]) -> bool:
    """Whether the figures placed in money columns are printed alike (a 分值 "10" among "112.65 108.65" is
    no 执行数)."""
    money = [t for k, t in placed.items() if k in ("initial", "budget", "full_year", "actual")]
    return len({decimals_of(t) for t in money if t not in _PLACEHOLDERS}) <= 1


def _consistent(placed: dict[str, str], unit: str) -> bool:
    """Whether the printed rate is 执行数 / budget (to the printed precision)."""
    rate = _percent(placed.get("rate"))
    key = _budget_key(placed)
    actual = _money(placed.get("actual"), unit)
    if rate is None or key is None or actual is None:
        return False
    return rate_holds(actual, _money(placed[key], unit), *rate)


# Words that open the lines after a project's name (主管部门, 实施单位, 项目资金 …): no piece of the name.
# (预算 and 执行 only as the header's words: "…预算执行动态监控" is a name's piece)
_BLOCK_WORDS_RE: Final = re.compile(
    r"主管|实施|项目资金|年度|绩效|指标|单位|预算数|执行数|执行率|分值|得分|[:：\d]"
)


def _is_name_piece(text: str) -> bool:
    return 0 < len(text) <= 20 and not _BLOCK_WORDS_RE.search(text)


_OPENING, _CLOSING = "（(〔[【", "）)〕]】"
_FIGURE_RE: Final = re.compile(r"\d\.\d")


def _closes_bracket(name: str, piece: str) -> bool:
    """Whether a piece ends a bracket the name leaves open ("12号）"): no figure, no block's word."""
    opened = sum(name.count(c) for c in _OPENING) > sum(name.count(c) for c in _CLOSING)
    return (
        opened
        and 0 < len(piece) <= 20
        and any(c in piece for c in _CLOSING)
        and not _FIGURE_RE.search(piece)
        and not _BLOCK_WORDS_RE.search(re.sub(r"\d", "", piece))
    )


def _piece_above(above: Line, name: list) -> bool:
    """Whether the line above a 项目名称 label is its name's first piece (the label centred in a tall cell,
    "学前教育生均公用经费及" / "项目名称" / "普惠性幼儿园奖补资金"): positioned, one cell starting where
    the name's next piece (``name``, its segments) starts, a name's words."""
    if not (above.positioned and len(above.segments) == 1 and name and name[0].x0 is not None):
        return False
    return abs(above.segments[0].x0 - name[0].x0) <= 2 and _is_name_piece(compact(above.text))


def read_self_evaluation(table: Table, ctx: Context) -> list[Claim]:
    """The 年度资金总额 row of every project block of a performance table, as claims."""
    claims: list[Claim] = []
    lines = table.lines
    project: str | None = None
    header_text = ""
    wrapped = False  # the label printed "年度资金" / "总额"
    centred = False  # and its figures on the line between the two
    for i, line in enumerate(lines):
        text = compact(line.text)
        if text.endswith("年度资金") and i + 1 < len(lines) and compact(lines[i + 1].text).startswith("总额"):
            wrapped = True
            continue
        if (
            text.endswith("年度资金")
            and i + 2 < len(lines)
            and compact(lines[i + 2].text).startswith("总额")
            and _is_continuation(lines[i + 1])
        ):
            # "年度资金" / the figures, centred in the tall cell / "总额": the funds row
            centred = True
            continue
        whole = _WHOLE_RE.match(text)
        if whole and whole.group(1) and _in_whole_table(table, lines, i):
            project, header_text = f"{whole.group(1)}部门整体支出", ""
            continue
        name = _PROJECT_RE.match(text)
        if name:
            project = name.group(1).strip() or None
            header_text = ""
            first = i + 1
            if project is None and i + 1 < len(lines):  # the name printed on the next line
                project, first = compact(lines[i + 1].text) or None, i + 2
                if project is not None and i and _piece_above(lines[i - 1], lines[i + 1].segments):
                    # the label centred in its tall cell, level with the gap between the name's two lines
                    project = compact(lines[i - 1].text) + project
            elif project is not None and i and _piece_above(lines[i - 1], line.segments[1:]):
                # the label level with the name's middle line: its first piece above
                project = compact(lines[i - 1].text) + project
            # the name wrapped onto the next lines (up to three pieces; one closing a bracket may print a
            # document number's digits: "…（湘财社指〔2020〕" / "12号）")
            for piece in (compact(line.text) for line in lines[first : first + 3]):
                if project is None or not (_is_name_piece(piece) or _closes_bracket(project, piece)):
                    break
                project += piece
            continue
        # The label opens its line, or follows the merged 项目资金（万元） cell printed on the same line
        # (pdftotext -layout), or was wrapped over two lines.
        funds = _FUNDS_ROW_RE.search(text) or (wrapped and text.startswith("总额")) or centred
        wrapped = centred = False
        if not funds:
            header_text += text
            continue
        label_at = funds.start(1) if isinstance(funds, re.Match) else -1
        if label_at > 0 and _UNIT_RE.search(text[:label_at]):
            header_text += text[:label_at]  # "项目资金（万元）" beside the label: the unit
        row = [line]
        for following in lines[i + 1 : i + 9]:
            if not _is_continuation(following):
                break
            row.append(following)
        # The merged label cell's unit under the row ("年度预算资金" / "（万元）"), also centred a line or
        # more further down the funds block ("项目资金" / "其中：当年财政拨款 …" / "（万元）"), or printed
        # with a fund row beside it ("项目资金（万元） 其中：当年财政拨款 …"): up to the block's end.
        if not _UNIT_RE.search(header_text):
            for below in lines[i + 1 : i + 8]:
                text_below = compact(below.text)
                if _FUNDS_BLOCK_END_RE.match(text_below):
                    break
                # (the label cell's unit alone, "（万元）", or after its label, "项目资金（万元）"; never a
                # unit an indicator's name prints, "孕产妇人均补助标准（元）")
                if unit := _LABEL_CELL_UNIT_RE.search(text_below):
                    header_text += unit.group(1)
                    break
        if project is None and _in_whole_table(table, lines, i):
            # a department's whole-spending table naming the department in its title only
            # ("石门县水利局2024年度部门整体支出绩效自评表")
            named = re.match(r"^(?:表\S*?\s)?(.+?)\d{4}年", compact(table.title))
            project = f"{named.group(1)}部门整体支出" if named else None
        claim = _read_funds_row(table, ctx, project, header_text, row)
        if claim is not None:
            claims.append(claim)
        header_text = ""
    return claims


def _in_whole_table(table: Table, lines: list[Line], i: int) -> bool:
    """Whether line i stands in a 部门整体支出绩效自评表: the nearest title above it (or the table's own,
    when none is printed within it) names 整体, and no project's 项目名称 line comes between."""
    for line in reversed(lines[:i]):
        text = compact(line.text)
        if _PROJECT_RE.match(text):
            return False
        if text.endswith("表") or "自评表" in text:
            return "整体" in text
    return "整体" in table.title


def _read_funds_row(table: Table, ctx: Context, project, header_text: str, row: list[Line]) -> Claim | None:
    columns = _header_columns(header_text)
    where = f"{table.title}, project '{project or '?'}', 年度资金总额 (line {row[0].number})"
    if "actual" not in columns:
        if "分值" in header_text or "执行率" in header_text:
            # the funds header is there, its money columns' names are not read: said, not lost
            message = (
                f"{where}: the funds header names no 执行数 column that could be read "
                f"('{header_text[:60]}'); the row was not loaded."
            )
            ctx.diagnose("warn", "columns_unknown", message, table, row[0])
        return None  # a target table (绩效目标) or a block without the funds header: nothing to claim
    unit_match = _UNIT_RE.search(header_text)
    unit = unit_match.group(1) if unit_match else table.amount_unit
    if unit is None:
        message = f"{where}: no amount unit (万元/元) in the funds header."
        ctx.diagnose("warn", "amount_unit_missing", message, table, row[0])
        return None
    tokens = _tokens(row)
    if _RATE_IN_PERCENT_RE.search(header_text):
        tokens = _with_percent_sign(columns, tokens)
    # 执行率（%） with a blank cell dropped: the rate's place is one of the placements'
    bare_rate = bool(_RATE_IN_PERCENT_RE.search(header_text)) and not any("%" in t for t in tokens)
    placements = _placements(columns, tokens, bare_rate)
    if len(tokens) < len(columns):
        placements = [p for p in placements if _consistent(p, unit) and _money_alike(p)]
        # Placements that give the same budget, actual and rate are one reading ("120.00 114.00 … 95.00%"
        # is 全年预算数 120 whether or not 年初预算数 is the blank one).
        outcomes = {}
        for p in placements:
            key = _budget_key(p)
            outcomes.setdefault((p.get(key) if key else None, p.get("actual"), p.get("rate")), p)
        placements = list(outcomes.values())
    if len(placements) != 1:
        labels = dict((key, label) for key, label in reversed(_COLUMNS))
        candidates = (
            "; ".join(", ".join(f"{labels[k]} {v}" for k, v in p.items()) for p in placements[:4]) or "none"
        )
        ctx.diagnose(
            "warn",
            "ambiguous_columns" if placements else "unplaced_row",
            f"{where}: the figures {' '.join(tokens) or '(none)'} fit the columns "
            f"{' '.join(labels[c] for c in columns)} in {len(placements)} ways ({candidates}); not loaded.",
            table,
            row[0],
        )
        return None
    placed = placements[0]
    key = _budget_key(placed)
    budget = _money(placed.get(key), unit) if key else None
    actual = _money(placed.get("actual"), unit)
    rate, decimals = _percent(placed.get("rate")) or (None, None)
    return Claim(
        ctx.document_id,
        "project_execution",
        None,
        project,
        budget[0] if budget else None,
        actual[0] if actual else None,
        rate,
        decimals,
        None,
        unit,
        None,
        None,
        placed.get("actual"),
        f"{project or ''}：" + " ".join(" ".join(ln.text.split()) for ln in row),
        row[0].number,
        row[0].page,
    )
