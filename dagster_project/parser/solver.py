"""Identity solving: which columns a row's printed amounts belong to when blank cells were dropped.

Plain text loses column positions, so a row under seven columns printing "52.52 52.52" could hold its
second figure in any part column. Each row alone admits every placement whose parts add up to its total
(the row identity). The table as a whole admits far fewer: every column of a parent row
(合计 -> 类 -> 款 -> 项, or 301 -> 30101) equals the sum of that column over its children, to the printed
rounding, and a blank parent column is zero in every child. This module keeps, for each row, the
placements that belong to at least one placement of the whole table satisfying every identity; a row
left with one is placed for sure, a row left with several is ambiguous (the caller reports it, never
guesses). A ``pin`` (a row's split known from another table of the document, e.g. the same code and
total in the 一般公共预算 table) narrows a row's placements before solving.

Pure functions over integers (amounts in units of the last printed decimal), no parser types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from typing import Final

from .tokens import decimals_of, parse_amount

# Work per table family is bounded: beyond this many search steps the family is reported, not solved.
SEARCH_LIMIT: Final = 200_000


class SearchLimit(Exception):
    pass


@dataclass(slots=True)
class SolverRow:
    values: list[int]  # printed amounts in order, first = the row total
    parent: int | None  # index of the parent row (the total row for a class), None for a root
    pin: dict[int, int] | None = None  # column index -> amount known from elsewhere
    candidates: list[tuple[int, ...]] = field(default_factory=list)  # column of each value
    vectors: list[tuple[int, ...]] = field(default_factory=list)  # each candidate as amounts per column
    feasible: list[int] = field(default_factory=list)  # candidates possible given the subtree
    kept: set[int] = field(default_factory=set)  # candidates in at least one whole-table solution
    # The row prints no figure at all: every column blank, zero in its parent's sums (a row whose figures
    # were not read has no candidate instead, and leaves its family's sums open).
    blank: bool = False

    # (written out, not the dataclass decorator's: mypyc compiles this one; a list or set left out is a new
    # empty one, as the fields' default factories make)
    def __init__(
        self,
        values: list[int],
        parent: int | None,
        pin: dict[int, int] | None = None,
        candidates: list[tuple[int, ...]] | None = None,
        vectors: list[tuple[int, ...]] | None = None,
        feasible: list[int] | None = None,
        kept: set[int] | None = None,
        blank: bool = False,
    ) -> None:
        self.values = values
        self.parent = parent
        self.pin = pin
        self.candidates = [] if candidates is None else candidates
        self.vectors = [] if vectors is None else vectors
        self.feasible = [] if feasible is None else feasible
        self.kept = set() if kept is None else kept
        self.blank = blank


def row_candidates(
    values: list[int],
    columns: int,
    groups: dict[int, tuple[int, ...]] | None = None,
    unnamed_groups: bool = False,
) -> list[tuple[int, ...]]:
    """Placements allowed by the row identity alone: total first, parts in printed order, their sum
    equal to the total within half a unit per rounded figure. ``groups``: a part column over part columns
    of its own (基本支出 over 人员经费 | 公用经费), which then add up to it, while the total is the sum of
    the other columns. ``unnamed_groups``: the header names no column for the group's own figure (no 小计
    under it), so a row may print its parts without it."""
    if not values or len(values) > columns:
        return []
    if groups:
        return [
            candidate
            for candidate in (
                [tuple(range(columns))]
                if len(values) == columns
                else [(0, *chosen) for chosen in combinations(range(1, columns), len(values) - 1)]
            )
            # (a row printing every column: its groups' sums only, as the total's parts may stand on another
            # page of a wide table printed by columns)
            if _nested_sums_hold(
                values, candidate, columns, groups, with_total=len(values) < columns, unnamed=unnamed_groups
            )
        ]
    if len(values) == columns:
        return [tuple(range(columns))]
    if len(values) == 1:
        return [(0,)]
    total, parts = values[0], values[1:]
    if abs(sum(parts) - total) > rounding_tolerance(len(parts)):
        return []
    return [(0, *chosen) for chosen in combinations(range(1, columns), len(parts))]


def sums_hold_in_groups(
    values: list[int], columns: int, groups: dict[int, tuple[int, ...]], unnamed: bool = False
) -> bool:
    """Whether a row's figures, total first and the others in printed order, can stand under a header with
    groups so that every sum holds: the total of the top-level columns and each group of its parts."""
    if not values or len(values) > columns:
        return False
    return any(
        _nested_sums_hold(values, (0, *chosen), columns, groups, unnamed=unnamed)
        for chosen in combinations(range(1, columns), len(values) - 1)
    )


def _nested_sums_hold(
    values: list[int],
    candidate: tuple[int, ...],
    columns: int,
    groups: dict[int, tuple[int, ...]],
    with_total: bool = True,
    unnamed: bool = False,
) -> bool:
    """Whether a placement satisfies the row identities of a header with groups: the total is the sum of the
    top-level columns, each group the sum of its own (a blank group's parts are blank too). ``unnamed``: a
    group placed no figure stands for its parts in the total (its own column, unnamed, printed by no row)."""
    vector = [0] * columns
    for value, column in zip(values, candidate, strict=True):
        vector[column] = value
    inner = {c for parts in groups.values() for c in parts}
    unprinted = {group for group in groups if unnamed and group not in candidate}
    top = [c for c in range(1, columns) if c not in inner and c not in unprinted]
    top += [c for group in unprinted for c in groups[group]]
    sums = [(vector[0], [vector[c] for c in top])] if with_total else []
    sums += [
        (vector[group], [vector[c] for c in parts])
        for group, parts in groups.items()
        if group not in unprinted
    ]
    return all(abs(sum(parts) - whole) <= rounding_tolerance(len(parts)) for whole, parts in sums)


def rounding_tolerance(terms: int) -> int:
    # Each printed figure is within half a unit of the truth, so a sum of n figures against one more
    # figure differs by at most (n + 1) / 2 units.
    return max(1, (terms + 2) // 2)


def printed_sum_holds(whole: str, parts: list[str]) -> bool:
    """Whether amounts printed in one unit add up to a printed whole: each figure is within half a unit
    of its truth, so the sum may miss by half a unit of the coarsest figure per figure (a table's 合计 and
    its rows, a parent and its children)."""
    # A dash printed in an empty cell ("-", "—") is zero, with no digits to round.
    printed = [raw for raw in [whole, *parts] if parse_amount(raw) is not None]
    step = max((Decimal(1).scaleb(-decimals_of(raw)) for raw in printed), default=Decimal(0))
    gap = (parse_amount(whole) or 0) - sum((parse_amount(raw) or 0 for raw in parts), Decimal(0))
    return abs(gap) <= step * len(printed) / 2


def _vectors(values: list[int], candidates: list[tuple[int, ...]], columns: int) -> list[tuple[int, ...]]:
    """Each candidate as the amounts it puts in every column (zero where it puts none)."""
    out = []
    blank = [0] * columns
    for candidate in candidates:
        vector = blank.copy()
        for value, column in zip(values, candidate, strict=True):
            vector[column] = value
        out.append(tuple(vector))
    return out


def _pinned(row: SolverRow, columns: int) -> list[int]:
    indices = list(range(len(row.candidates)))
    if not row.pin:
        return indices
    covered = sum(row.pin.values()) >= row.values[0] - rounding_tolerance(len(row.pin))
    keep = []
    for i in indices:
        vec = row.vectors[i]
        if any(vec[c] != v for c, v in row.pin.items()):
            continue
        if covered and any(vec[c] for c in range(1, columns) if c not in row.pin):
            continue
        keep.append(i)
    return keep or indices


@dataclass(slots=True)
class _Family:
    """The children of one parent, ready for the search: the children placed for sure (one option) are
    folded into one constant sum, so the search runs over the open children only; per column, the least
    and the most the open children from k on can add up to (for pruning). Computed once per family and
    shared by every parent candidate tried against it.

    The search adds and compares whole vectors at once: each vector is packed into one integer, a field of
    ``width`` bits per column (see ``_packed``), wide enough that no sum the search makes spills into the
    next field."""

    size: int  # children in all (the rounding tolerance counts every printed figure)
    fixed: list[int]  # column sums of the placed children
    open: list[int]  # indices of the children with several options
    options: list[list[tuple[int, ...]]]  # options of the open children, in order
    width: int  # bits per column of the packed vectors
    packed: list[list[int]]  # the open children's options, packed
    low: list[int]  # packed, one per k
    high: list[int]


def _packed(vector, width: int) -> int:
    """A vector as one integer, column c at bits c * width on (a negative amount borrows from the fields
    above it; the sums come out right all the same, as the fields are read only with a bias, below)."""
    out = 0
    for value in reversed(vector):
        out = (out << width) + value
    return out


def _family(options: list[list[tuple[int, ...]]], columns: int, reach: int) -> _Family:
    """``reach``: the largest figure of the parent, in size (bounds the targets the family is tried
    against, for the packed fields' width)."""
    fixed = [0] * columns
    open_children = []
    for k, vectors in enumerate(options):
        if len(vectors) == 1:
            fixed = [a + b for a, b in zip(fixed, vectors[0], strict=True)]
        else:
            open_children.append(k)
    open_options = [options[k] for k in open_children]
    n = len(open_options)
    low = [[0] * columns for _ in range(n + 1)]
    high = [[0] * columns for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):
        by_column = list(zip(*open_options[k], strict=True))  # the options' amounts, column by column
        low[k] = [a + min(b) for a, b in zip(low[k + 1], by_column, strict=True)]
        high[k] = [a + max(b) for a, b in zip(high[k + 1], by_column, strict=True)]
    # Every difference the search tests (a target within the rounding, less a partial sum and a bound)
    # is smaller in size than this: a field two bits wider holds it biased by a quarter of the field.
    bound = (
        reach
        + rounding_tolerance(len(options))
        + max(map(abs, fixed), default=0)
        + sum(max(abs(x) for v in vectors for x in v) for vectors in open_options)
    )
    width = bound.bit_length() + 2
    return _Family(
        len(options),
        fixed,
        open_children,
        open_options,
        width,
        [[_packed(v, width) for v in vectors] for vectors in open_options],
        [_packed(v, width) for v in low],
        [_packed(v, width) for v in high],
    )


def _sum_fits(target: tuple[int, ...], sums: Sequence[int], tolerance: int) -> bool:
    """Whether placed children's column sums equal the parent's figures within the rounding (a blank
    parent column is zero, not a rounded figure)."""
    for t, total in zip(target, sums, strict=True):
        if total != 0 if t == 0 else abs(total - t) > tolerance:
            return False
    return True


def _combinations(family: _Family, target, columns, budget):
    """Every choice of one option per child (its index in the child's options; 0 for a placed child)
    whose column sums equal ``target`` within the rounding."""
    tolerance = rounding_tolerance(family.size)
    n = len(family.options)
    if not n:
        # Every child already placed (the common case): one sum to check, no search.
        budget[0] += 1
        if _sum_fits(target, family.fixed, tolerance):
            yield (0,) * family.size
        return
    # The pruning test, for every column at once: can the open children from k on still bring the partial
    # sum within the rounding of the parent, partial + least <= ceiling and partial + most >= floor? (A
    # blank parent column is zero, not a rounded figure: its children are zero there too.) On packed
    # vectors each difference is biased by a field's bit ``half`` (every difference is smaller in size, so
    # no field borrows from or carries into the next): a field keeps that bit where its difference is not
    # negative, so the test holds where every field has it.
    width = family.width
    half = _packed([1 << (width - 2)] * columns, width)  # that bit of every field
    ceiling = _packed([t + (tolerance if t else 0) for t in target], width) + half
    floor = _packed([t - (tolerance if t else 0) for t in target], width) - half
    room_above = [ceiling - low for low in family.low]  # the test: room_above[k] - partial
    room_below = [high - floor for high in family.high]  # and partial + room_below[k]
    fixed = _packed(family.fixed, width)
    if (room_above[0] - fixed) & half != half or (fixed + room_below[0]) & half != half:
        return
    options = family.packed
    whole = [0] * family.size
    # Depth-first over one option per open child, with an explicit stack (level k: the options chosen so
    # far, their packed sum with the placed children's, and the next option to try).
    chosen: list[int] = []
    partials = [fixed]
    next_option = [0]
    while next_option:
        k = len(chosen)
        i = next_option[-1]
        if i == len(options[k]):  # every option of child k tried: back up
            next_option.pop()
            partials.pop()
            if chosen:
                chosen.pop()
            continue
        next_option[-1] = i + 1
        budget[0] += 1
        if budget[0] > SEARCH_LIMIT:
            raise SearchLimit
        partial = partials[-1] + options[k][i]
        if (room_above[k + 1] - partial) & half != half or (partial + room_below[k + 1]) & half != half:
            continue
        if k + 1 == n:
            for child, option in zip(family.open, (*chosen, i), strict=True):
                whole[child] = option
            yield tuple(whole)
            continue
        chosen.append(i)
        partials.append(partial)
        next_option.append(0)


def depths(parents: list[int | None]) -> list[int]:
    """Each row's depth in its table's tree of identities (0 for a root), from its parent's index."""
    out = []
    for parent in parents:
        d, p = 0, parent
        while p is not None:
            d, p = d + 1, parents[p]
        out.append(d)
    return out


def solve(
    rows: list[SolverRow],
    columns: int,
    given: bool = False,
    groups: dict[int, tuple[int, ...]] | None = None,
    unnamed_groups: bool = False,
) -> bool:
    """Fill ``kept`` of every row. Returns False when the search was cut short (then ``kept`` holds each
    row's candidates allowed by its own identity and pin only). With ``given``, each row's candidates are
    the caller's (a table of another row identity, as a fund's 收入支出 flows)."""
    for row in rows:
        if not given:
            row.candidates = (
                [()] if row.blank else row_candidates(row.values, columns, groups, unnamed_groups)
            )
        row.vectors = _vectors(row.values, row.candidates, columns)
    children: dict[int | None, list[int]] = {}
    for i, row in enumerate(rows):
        children.setdefault(row.parent, []).append(i)
    depth = depths([row.parent for row in rows])
    budget = [0]
    used_by: dict[int, dict[int, list[set[int]]]] = {}  # row -> its feasible candidate -> children's options
    try:
        # Bottom-up: the candidates of a row that some placement of its subtree supports.
        for i in sorted(range(len(rows)), key=lambda j: -depth[j]):
            row = rows[i]
            kids = [rows[k] for k in children.get(i, [])]
            allowed = _pinned(row, columns)
            if not kids or any(not kid.feasible for kid in kids):
                row.feasible = allowed
                continue
            options = [[kid.vectors[f] for f in kid.feasible] for kid in kids]
            if all(len(kid.feasible) == 1 for kid in kids):  # placed children: one sum per candidate
                tolerance = rounding_tolerance(len(kids))
                budget[0] += len(allowed)
                sums = [sum(column) for column in zip(*(o[0] for o in options), strict=True)]
                row.feasible = [f for f in allowed if _sum_fits(row.vectors[f], sums, tolerance)]
                continue
            if len(kids) == 1:  # an only child equals its parent: no search
                tolerance = rounding_tolerance(1)
                budget[0] += len(allowed) * len(options[0])
                row.feasible = [
                    f for f in allowed if any(_sum_fits(row.vectors[f], v, tolerance) for v in options[0])
                ]
                continue
            # Each candidate's solutions are gathered once, here: the options of the children they use
            # are what the top-down pass keeps for the candidates that stay.
            family = _family(options, columns, max(map(abs, row.values), default=0))
            complete = sum(map(len, options))
            row.feasible, used_by[i] = [], {}
            for f in allowed:
                used: list[set[int]] = [set() for _ in kids]
                for combo in _combinations(family, row.vectors[f], columns, budget):
                    for n, choice in enumerate(combo):
                        used[n].add(choice)
                    if sum(map(len, used)) == complete:  # every option of every child is in a solution
                        break
                if used[0]:
                    row.feasible.append(f)
                    used_by[i][f] = used
        # Top-down: keep what belongs to a whole solution.
        for i in sorted(range(len(rows)), key=lambda j: depth[j]):
            row = rows[i]
            if row.parent is None:
                row.kept = set(row.feasible)
            kids_idx = children.get(i, [])
            if not kids_idx:
                continue
            kids = [rows[k] for k in kids_idx]
            if any(not kid.feasible for kid in kids) or not row.kept:
                # (a misprinted child leaves the family's sums open; a column the parent leaves blank in
                # every kept candidate is still zero in every child)
                blank = [
                    c for c in range(1, columns) if row.kept and all(not row.vectors[f][c] for f in row.kept)
                ]
                for kid in kids:
                    kid.kept = {f for f in kid.feasible if not any(kid.vectors[f][c] for c in blank)} or set(
                        kid.feasible
                    )
                continue
            if all(len(kid.feasible) == 1 for kid in kids):
                # Placed children: every kept candidate of the row was found with exactly these.
                for kid in kids:
                    kid.kept = set(kid.feasible)
                continue
            options = [[kid.vectors[f] for f in kid.feasible] for kid in kids]
            if len(kids) == 1:
                tolerance = rounding_tolerance(1)
                targets = [row.vectors[f] for f in row.kept]
                kids[0].kept = {
                    kids[0].feasible[i]
                    for i, v in enumerate(options[0])
                    if any(_sum_fits(t, v, tolerance) for t in targets)
                }
                continue
            for n, kid in enumerate(kids):
                kid.kept = {kid.feasible[choice] for f in row.kept for choice in used_by[i][f][n]}
        return True
    except SearchLimit:
        for row in rows:
            row.kept = set(_pinned(row, columns))
        return False
