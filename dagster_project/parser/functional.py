"""Tables keyed by classification code: by functional code (支出决算表, 收入决算表, 一般公共预算支出表 …)
and single-block tables by economic code. One row per code; columns are read from the header."""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter
from decimal import Decimal
from typing import Final

from mypy_extensions import mypyc_attr

from .columns import (
    assign_columns,
    assign_flow_rows,
    assign_rows_by_identities,
    budget_only_header,
    column_phase,
    column_spans,
    families_repaired,
    flow_positions_checked,
    flow_row_fits,
    is_flow_table,
    other_budget_only_header,
    page_tables,
    pages_apart_placed_by_identities,
    pin_row,
    plain_columns,
    set_comparison_apart,
    sums_hold_under_groups,
)
from .context import Context
from .layout import Line, Segment, display_width, is_page_line
from .records import Amount
from .rows import (
    PART_THEN_NAME_RE,
    Cell,
    Row,
    cell_value,
    coded_label,
    may_print_figures,
    paired_code_among_figures,
    paired_code_in,
    read_row,
)
from .solver import printed_sum_holds
from .streams import StreamedTable, rows_from_streams
from .tables import (
    EMPTY_LINE_RE,
    PHASE_WORD_RE,
    Table,
    column_key_of,
    first_money_x,
    header_labels_in_order,
    is_column_numbers,
)
from .tokens import (
    NUMBERED_HEADING_RE,
    PRINTED_FIGURE_RE,
    amount_unit_in,
    code_level,
    compact,
    decimals_of,
    economic_classification,
    parent_code,
    parse_amount,
)
from .vocabulary import (
    EXPENDITURE_PARTS,
    NOT_OWN_COLUMNS,
    OF_WHICH_RE,
    base_table_key,
    body_named,
    national_class_code,
    national_subject_code,
)

# (not quote marks around words: a project's name may quote one, "“雪亮工程”运维经费"; but quoted symbols
# or figures are a note's, "“0.00”或“—”列示")
_SENTENCE_MARK_RE: Final = re.compile(r"[。:：;；]|“[^\u4e00-\u9fff”]{0,8}”")
# A named row worded as the table's total ("项目支出合计", "转移支付合计", "全县合计")
TOTAL_END_RE: Final = re.compile(r"(?:合计|总计)$")
_PUBLIC_TABLE_RE: Final = re.compile(r"公开\d+表")
_NOTE_WORDS: Final = ("注", "说明", "备注")
_NOTE_RE: Final = re.compile(rf"^(?:{'|'.join(_NOTE_WORDS)})[:：]")
_NOTE_FIRSTS: Final = frozenset(word[0] for word in _NOTE_WORDS)


def is_noise(line: Line) -> bool:
    """A line of a table's text that is no part of a row: a page number or footer, a note, a continuation
    mark, a form number, a line of column numbers (栏次). Decided once per line (every reader asks)."""
    if line.noise is None:
        line.noise = _is_noise(line)
    return line.noise


def _is_noise(line: Line) -> bool:
    text = compact(line.text)
    return bool(
        is_page_line(line)
        or (text[:1] in _NOTE_FIRSTS and _NOTE_RE.match(text))
        # (a watermark printed across the page lands between rows: 公开, 内部资料, 主动公开)
        or text in ("无", "公开", "续", "内部资料", "主动公开")
        or ("续" in text and _CONTINUED_MARK_RE.fullmatch(text))  # a continuation mark at a page's top
        or ("公开" in text and _PUBLIC_TABLE_RE.fullmatch(text))
        or (text[:1] in ("栏", "行", "1") and is_column_numbers(line.text))
        # a ruling line read as characters ("一一一一", "||||"), or a speck of marks left by a scan ("’,")
        or (text[:1] in _RULE_LINE_STARTS and _RULE_LINE_RE.fullmatch(text) is not None)
        # a page's subtotal at its foot ("本页合计 94,347,400.00 …"): its rows again, no row of the report
        or (text[:2] == "本页" and text.startswith(("本页合计", "本页小计")))
    )


_RULE_LINE_STARTS: Final = frozenset("一—_|│┃━─=＝’‘'\"“”,，、。·`")
_RULE_LINE_RE: Final = re.compile(r"[一—_|│┃━─=＝]{3,}|[’‘'\"“”,，、。·`]{1,3}")


# "续表", "续表2：", "（续）", "（续表）", "（续上表）", "表2（续）" (on compacted text)
_NUMERAL: Final = r"[\d一二三四五六七八九十]"
# "续表", "续表3", "续表3-1", "续上表", "（续）", "（续表3）", "表3（续）", "（表3续）"
_CONTINUED_MARK: Final = (
    rf"(?:续表{_NUMERAL}*(?:-\d+)?[:]?|续上表|\(续(?:表{_NUMERAL}*(?:-\d+)?|上表)?\)|表{_NUMERAL}{{1,3}}\(续\)"
    rf"|\(表{_NUMERAL}{{1,3}}续\))"
)
_CONTINUED_MARK_RE: Final = re.compile(_CONTINUED_MARK)
_CONTINUATION_RE: Final = re.compile(rf"^{_CONTINUED_MARK}?(?:(?:金额)?单位[:](?:人民币)?(?:万元|千元|元))?$")


def _continuation_mark(line: Line) -> bool:
    """A line marking a table continued on a page, its unit maybe beside it ("续表 单位：万元", "（续）")."""
    text = compact(line.text)
    return bool(text) and bool(_CONTINUATION_RE.match(text))


def _is_name_part(text: str) -> bool:
    """A wrapped piece of a subject name, not a note printed under the table ("：“科目编码”…为必填项。"), a
    numbered heading of the text after it ("四、一般公共预算财政拨款支出决算情况说明", on the next page),
    nor a table's statement that it is empty."""
    return (
        len(text) <= 24
        and not _SENTENCE_MARK_RE.search(text)
        and not _NUMBERED_HEADING_RE.match(text)
        and compact(text) not in _HEADER_PIECES
        # (nor a statement that a table is empty, "此表为空", set after the rows of the table above it)
        and not EMPTY_LINE_RE.fullmatch(compact(text))
    )


def _opens_with_misread_code(row: Row) -> bool:
    """Whether a row without code opens with a 款 or 项 code a scan's text misread, a letter or two for its
    digits ("2130l26 农村社会事业 2,350,000.00" after "2130122 农业生产发展"): a row of its own, said for it
    (``read_row`` keeps the word among the row's spoiled ones), its name's pieces and figures below its own,
    never the name's end and figures of a row above printing none. (Not three characters, "2O0套", nor
    letters for most of it, "2020ISO）": a wrapped name's words.)"""
    if row.code or not row.spoiled:
        return False
    word = row.spoiled[-1]
    return (
        len(word) in (5, 7)
        and sum(not ch.isdigit() for ch in word) <= 2
        and compact(row.label).startswith(word)
    )


# The code and name columns' header cells, whole or wrapped ("科目编" / "码"), printed again over a block
# of a table continued in plain text, a block's money column (决算数 / 预算数: side-by-side blocks' header
# words plain text sets between a row's name and its figures), and the income columns' names plain text
# sets after the rows ("…购房补贴 41.20 41.20" / "-4-" / "其他收入"): no piece of the name of the row above
# them (a subject's name is its spending's, never an income source's nor a column's).
_CODE_NAME_HEADER_WORDS: Final = frozenset(
    ("科目编码", "科目编", "编码", "科目代码", "科目代", "科目名称")
)  # (no row's)
_HEADER_PIECES: Final = frozenset(
    (
        *_CODE_NAME_HEADER_WORDS,
        *("码", "科目", "名称"),
        *("决算数", "预算数"),
        *(
            "财政拨款收入",
            "上级补助收入",
            "事业收入",
            "经营收入",
            "事业单位经营收入",
            "附属单位上缴收入",
            "其他收入",
        ),
    )
)


# A heading numbered as a report's sections are, with its title after the number (四、…情况说明, （二）…,
# 第三部分 …, 4.政府采购情况); a number alone, "（一）", ends a name ("机关资本性支出" / "（一）"), and
# "5.12…" opens one.
_NUMBERED_HEADING_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分"
    r"|\d{1,2}[.、．](?=[\u4e00-\u9fff]))\S"
)


def table_row(table: Table, line: Line, code_kind: str) -> Row:
    """A line read as a row, once per table (the header split and the rows both need it)."""
    key = ("row", id(line), code_kind)  # (two lines may share a number: pages joined on one line of text)
    row = table.cache.get(key)  # (one look-up: every reader of the table's rows asks, hundreds of times)
    if row is None:
        kind = (
            "after_name"
            if _code_column_after_name(table)
            else "named"
            if not codes_printed(table)
            else "subject_first"
            if code_kind == "functional" and _subject_column_before_name(table)
            else code_kind
        )
        if _numbered_rows(table):
            line = _row_number_off(line)  # (the row's line: its number under 序号 is no part of it)
        others = _other_text_columns(table) if line.positioned else None
        if others:
            # the row's name without the words under the 项目类别 / 单位名称 columns beside it
            # (the row's line is the line without them: where its name cell stands is read from it)
            named = Line(line.number, line.page, _name_segments(line, *others), line.rules, line.page_number)
            named.noise = line.noise
            row = read_row(
                named,
                kind,
                notes_after=_notes_after_money(table),
                codes_before_money=_codes_before_money(table),
            )
        else:
            row = read_row(
                line,
                kind,
                notes_after=_notes_after_money(table),
                codes_before_money=_codes_before_money(table),
            )
            if kind == "after_name" and row.code and not line.positioned:
                _other_words_apart(table, line, row)
        if (counts := _count_columns(table)) and row.amounts:
            row.amounts = _without_counts(row.amounts, counts)
            if not line.positioned and (period := _PERIOD_END_RE.search(row.label)):
                # a period printed as years ("2019-2021", "2024至2026年") under 实施年限, no word of the name
                row.label = row.label[: period.start()].rstrip()
        if (
            code_kind == "economic"
            and not row.label
            and row.paired_code is None
            and paired_code_among_figures(row.code, row.amounts)
            and _both_economic_codes(table)
        ):
            # both names wrapped around the codes' line ("机关事业单位基本养 社会保障缴费" / "30108 50102
            # 1,186,420.00 …" / "老保险缴费"), in a table printing both classifications' codes: the other
            # classification's code stands first among the figures, a figure of none
            row.paired_code, row.amounts = row.amounts[0].raw.strip(), row.amounts[1:]
        if len(row.amounts) > 1 and not line.positioned and _code_blocks_side_by_side(table):
            kept = _without_next_block_code(row.amounts, code_kind)
            row.next_block_code, row.amounts = len(kept) < len(row.amounts), kept
        table.cache[key] = row
    return row


def _national_name_ends_above(table: Table, above: Row, joined: str, row: Row, piece: str) -> bool:
    """Whether the national classification (the names other reports print, ``national_subject_code``) says
    a name's piece between two coded rows ends the name above: the row above is named so with it and this
    row without it, and not with it ("其他卫生健康" / "2100199 …" / "管理事务支出" / "21004 公共卫生": 2100199
    is 其他卫生健康管理事务支出, 21004 公共卫生, though the piece fills the cell as a name's first does)."""
    if not above.code or not row.code or len(above.code) < 5 or len(row.code) < 5:
        return False
    year = table.fiscal_year

    def named(code: str, name: str) -> bool:
        return national_subject_code(parent_code(code), name, year) == code

    return (
        named(above.code, joined)
        and named(row.code, row.label)
        and not named(row.code, str(piece) + row.label)
    )


def _both_economic_codes(table: Table) -> bool:
    """Whether the table's header names both economic classifications (部门经济分类 | 政府经济分类, each with
    its codes), among its first lines (read before the header is split off: rows are read for that)."""
    key = ("both_economic_codes",)
    if key not in table.cache:
        header = "".join(compact(line.text) for line in table.lines[:12])
        table.cache[key] = "部门经济分类" in header and "政府经济分类" in header
    return table.cache[key]


def _code_blocks_side_by_side(table: Table) -> bool:
    """Whether the table prints blocks of code | name | money side by side (its header names the subject's
    name column twice: 人员经费 | 公用经费 blocks of a 基本支出表)."""
    key = ("code_blocks_side_by_side",)
    if key not in table.cache:
        # (the lines above the first figure printing a point or a separator, on the title's page: a block's
        # class code, "301", may stand between the blocks' headers; a note under the table naming the
        # columns, "注：“科目编码”和“科目名称”为必填项", and the header printed again on a later page are
        # none of them)
        names = codes = money = 0
        header = ""
        for line in table.lines[1:]:
            if line.page != table.lines[0].page or _ANY_FIGURE_RE.search(line.text):
                break
            text = compact(line.text)
            if not text.startswith("注"):
                header += text
                money += _BLOCK_MONEY_RE.fullmatch(text) is not None
                names, codes = (
                    names + text.count("科目名称"),
                    codes + text.count("科目编") + text.count("科目代"),
                )
        # (or the code column twice and the name column once under the 人员经费 | 公用经费 blocks' names,
        # the second 科目名称 printed after the first figure by plain text, each block with its money column
        # as a cell of its own: not two code columns, 部门经济科目编码 | 政府经济科目编码, beside one name and
        # 合计 | 人员经费 | 公用经费, nor 2023年预算数 | 2024年预算数)
        table.cache[key] = codes >= 2 and (
            names >= 2 or (names == 1 and "人员经费" in header and "公用经费" in header and money >= 2)
        )
    return table.cache[key]


_ANY_FIGURE_RE: Final = re.compile(r"\d[.,]\d")
_BLOCK_MONEY_RE: Final = re.compile(r"决算数|预算数|金额")

# The codes a block opens with, by the table's classification (a bare integer: figures print decimals).
_BLOCK_CODE_RE: Final = {
    "economic": re.compile(r"[35]\d{2}(?:\d{2})?"),
    "functional": re.compile(r"[12]\d{2}(?:\d{2}){0,2}"),
}


def _without_next_block_code(cells: list[Cell], code_kind: str) -> list[Cell]:
    """A row's figures without the next block's code that plain text prints after them ("720.40 30201":
    基本工资's figure, then 办公费's code in the block beside it): a bare integer shaped as a code of the
    table's classification, after a figure printing decimals, is no amount (two blocks' figures never stand
    together: each block's name is between)."""
    pattern = _BLOCK_CODE_RE.get(code_kind)
    if pattern is not None and pattern.fullmatch(cells[-1].raw) and "." in cells[-2].raw:
        return cells[:-1]
    return cells


def _numbered_rows(table: Table) -> bool:
    """Whether the table's first column numbers its rows (序号 | 项目编码 | 项目名称 …, 序号 | 科目编码 …)."""
    key = ("numbered_rows",)
    if key not in table.cache and not any("序号" in line.text for line in table.lines[:20]):
        table.cache[key] = False  # (most tables print no 序号: their header is not read for it)
    if key not in table.cache:
        columns = _header_columns(table)[0]
        title = compact(table.title)
        columns = columns[len(title) :] if columns.startswith(title) else columns
        table.cache[key] = columns.startswith("序号")
    return table.cache[key]


_ROW_NUMBER_RE: Final = re.compile(r"^\s*(\d{1,3})(?:\s+(?=\S)|\s*$)")


def _row_number_off(line: Line) -> Line:
    """A line without the row's number opening it (under 序号): "1 30201 办公费 8.60" is the row 30201. A
    number of three digits is taken off only before a code or a project's number (a 类 code, "201
    一般公共服务支出", opens an unnumbered row the same way)."""
    first = line.segments[0] if line.segments else None
    found = _ROW_NUMBER_RE.match(first.text) if first is not None else None
    if found is None:
        return line
    rest = first.text[found.end() :]
    after = rest or (compact(line.segments[1].text) if len(line.segments) > 1 else "")
    if len(found[1]) == 3 and not after[:1].isdigit():
        return line
    if not after:
        return line  # (a number alone on its line: a figure, or a page's)
    # (a line of figures only, "86 80 6", a row's figures below its name: its first is no row's number)
    words = rest.split() if not line.positioned else [compact(seg.text) for seg in line.segments[1:]]
    if all(cell_value(word) is not None for word in words):
        return line
    if line.positioned and rest:
        return line  # (a number and a word in one positioned cell: no column apart, left as printed)
    segments = [Segment(rest, None, None)] if not line.positioned else []
    unnumbered = Line(line.number, line.page, [*segments, *line.segments[1:]], line.rules, line.page_number)
    unnumbered.noise = line.noise
    return unnumbered


# Header words of a project table's name column, and of the text columns printed beside it (the project's
# kind, its unit): the row's name is the first's words only.
_NAME_COLUMN_RE: Final = re.compile("项目名称|项目$")
_OTHER_TEXT_COLUMN_RE: Final = re.compile(
    "类别|分类|类型|单位名称|项目单位|实施单位|预算单位|主管部门|资金性质|年限|期限|年度|年份|是否|资金来源|备注|一级项目"
)
_FIGURE_RE: Final = re.compile(r"\d\.\d\d(?!\d)")
_TOTAL_WORD_RE: Final = re.compile(r"合计|总计|小计")
_SUBJECT_CODE_RE: Final = re.compile(r"\d{3}(?:\d{2}){0,2}")


def _other_text_columns(table: Table) -> tuple[float, list[float], float] | None:
    """Where a positioned table of projects prints text columns beside its name column (项目类别 | 项目名称 |
    单位名称 | 合计 …): the name column's centre, the other text columns' centres, and the left edge of the
    first money column; None for a table without such columns."""
    key = ("other_text_columns",)
    if key not in table.cache:
        found = None
        if "项目" in table.title:
            # (the header's line naming 项目名称, above the first figure: the rows are read before the
            # header is split, and a first row's name pieces may stand above its figures too)
            header = []
            for line in table.lines[1:]:
                if _FIGURE_RE.search(line.text):
                    break
                if "项目名称" in compact(line.text):
                    header.append(line)
            cells = [
                (compact(seg.text), seg)
                for line in header
                for seg in line.segments
                if seg.x0 is not None and compact(seg.text)
            ]
            # (a 一级项目 column is the projects' group, the 二级项目 beside it the project's name)
            names = [
                seg for text, seg in cells if _NAME_COLUMN_RE.search(text) and not text.startswith("一级")
            ]
            # (not a subject's or a number's column: 功能分类科目编码, 项目编码 — a code is kept)
            others = [
                seg.xc
                for text, seg in cells
                if _OTHER_TEXT_COLUMN_RE.search(text) and not _CODE_COLUMN_RE.search(text)
            ]
            money = [seg.x0 for text, seg in cells if column_key_of(text) is not None]
            if len(names) == 1 and others and money:
                first_money = min(money)
                others = [x for x in others if x < first_money]
                if others and names[0].xc < first_money:
                    found = (names[0].xc, others, first_money)
        table.cache[key] = found
    return table.cache[key]


# The code columns ending the text columns of a header (功能科目编码, 经济分类科目编码 …), run together.
_CODES_BEFORE_MONEY_RE: Final = re.compile(r"(?:(?:功能|经济|支出)?(?:分类)?科目(?:编码|代码))+$")
_MONEY_WORD_RE: Final = re.compile("合计|总计|小计|金额|预算数|决算数")


def _codes_before_money(table: Table) -> int:
    """How many subject code columns a project table whose codes stand after the name prints right before
    its money (项目名称 | 单位名称 | 功能科目编码 | 合计: one; … | 功能科目编码 | 经济科目编码 | 合计: two),
    as its header says; 0 where a text column (科目名称) stands between, or for other tables."""
    key = ("codes_before_money",)
    if key not in table.cache:
        count = 0
        if _code_column_after_name(table):
            columns = _header_columns(table)[0]
            name = columns.find("项目名称")
            money = _MONEY_WORD_RE.search(columns, name + 4) if name >= 0 else None
            codes = _CODES_BEFORE_MONEY_RE.search(columns[name + 4 : money.start()]) if money else None
            count = len(re.findall("编码|代码", codes.group())) if codes else 0
        table.cache[key] = count
    return table.cache[key]


def _plain_columns_before_code(table: Table) -> int:
    """How many text columns a project table prints between its name column and the subject code after it
    (项目名称 | 单位名称 | 功能科目编码 | 合计 …: one), read off the header's words in order."""
    key = ("columns_before_code",)
    if key not in table.cache:
        columns = _header_columns(table)[0]
        name = columns.find("项目名称")
        code = re.compile(_SUBJECT_CODE_COLUMN).search(columns, name + 4) if name >= 0 else None
        between = columns[name + 4 : code.start()] if code else ""
        table.cache[key] = len(_OTHER_TEXT_COLUMN_RE.findall(between))
    return table.cache[key]


def _other_words_apart(table: Table, line: Line, row: Row) -> None:
    """A plain-text project row printing, before its code, one word per text column of the header (its name,
    then its unit's name …): the name is the first word alone (the others are no part of it)."""
    others = _plain_columns_before_code(table)
    if not others:
        return
    words = line.text.split()
    at = next((n for n, word in enumerate(words) if word == row.code), None)
    if at == others + 1:
        row.label = compact(words[0])
        table.cache.setdefault(("other_words",), {})[id(line)] = words[:at]


def _other_words(table: Table, above: Row) -> list[str] | None:
    """The words a plain project row prints one per text column before its code (name, unit …), if read so."""
    return table.cache.get(("other_words",), {}).get(id(above.line))


def _other_column_piece(table: Table, above: Row, piece: str) -> bool:
    """Whether a piece printed under a plain-text project row is the end of another text column's word
    (单位名称 "湖南省水利水电勘测设计规" / "划研究总院"), not of the name: the row's word in that column
    fills the column (as wide as the widest printed in it, less a character), its name does not, and the
    piece is narrower than the name column."""
    split = table.cache.get(("other_words",), {})
    words = _other_words(table, above)
    if not words:
        return False
    widest = [max(display_width(w[n]) for w in split.values() if len(w) > n) for n in range(len(words))]
    full = [display_width(word) >= width - 2 for word, width in zip(words, widest, strict=True)]
    # (a piece filling the name's column is a name's: the next row's first, printed above its figures)
    return not full[0] and any(full[1:]) and display_width(piece) < widest[0] - 2


def _name_segments(line: Line, name: float, others: list[float], money: float) -> list[Segment]:
    """The line's segments without those nearer another text column's centre than the name column's,
    left of the money columns; where the PDF rules the cells, without those in a cell of another text
    column (a short name, left-aligned in a wide cell, stands nearer the column before's centre)."""
    return [
        seg
        for seg in line.segments
        if seg.x1 >= money
        or (
            in_name_cell
            if (in_name_cell := _in_cell_of(line.rules, seg.xc, name, others)) is not None
            else abs(name - seg.xc) <= min(abs(x - seg.xc) for x in others)
        )
        or _TOTAL_WORD_RE.fullmatch(compact(seg.text))
        # a subject's code, under its column wherever the header centres that column's name
        or _SUBJECT_CODE_RE.fullmatch(compact(seg.text))
    ]


def _in_cell_of(rules: tuple[float, ...], x: float, name: float, others: list[float]) -> bool | None:
    """Whether x stands in the ruled cell of the name column (whose header centres at ``name``): True, or
    False in another text column's cell; None where the rules tell neither."""
    if len(rules) < 2:
        return None
    for left, right in itertools.pairwise(sorted(rules)):
        if left <= x < right:
            if left <= name < right and not any(left <= other < right for other in others):
                return True
            if any(left <= other < right for other in others) and not left <= name < right:
                return False
            return None
    return None


# Header words of columns holding no money: a project's period (实施年限 "2024", 项目期限 "3"), a count.
# (and a project's year, 实施年度 / 年份 "2024")
_COUNT_COLUMN_RE: Final = re.compile("年限|期限|周期|起止|数量|人数|个数|年度|年份")
_INTEGER_RE: Final = re.compile(r"\d+")
# A period of years ending a plain row's words: "2019-2021", "2024～2026年", "2023年-2025年", also with
# months ("2024.01-2024.12", "2024年1月-2024年12月").
_YEAR_MONTH: Final = r"(?:19|20)\d{2}(?:[.．/](?:0?[1-9]|1[0-2])|年(?:\d{1,2}月)?)?"
_PERIOD_END_RE: Final = re.compile(rf"(?<!\d){_YEAR_MONTH}\s*[-－—–~～至]\s*{_YEAR_MONTH}$")


# Header words of text columns a table prints after its money (资金来源 "一般公共预算", 备注 "续建",
# 是否政府采购 "是"), and of the money columns they follow.
_NOTE_COLUMN_RE: Final = re.compile("资金来源|备注|实施单位|项目单位|责任单位|实施主体|说明|是否")
_MONEY_COLUMN_RE: Final = re.compile("金额|合计|预算数|决算数|拨款|小计|支出")


def _notes_after_money(table: Table) -> int:
    """How many text columns the table's header names after its (first) money column."""
    key = ("notes_after_money",)
    if key not in table.cache:
        columns = _header_columns(table)[0]
        money = _MONEY_COLUMN_RE.search(columns)
        table.cache[key] = len(_NOTE_COLUMN_RE.findall(columns, money.end())) if money else 0
    return table.cache[key]


def _count_columns(table: Table) -> int:
    """How many columns of the table's header hold years, periods or counts, not money."""
    key = ("count_columns",)
    if key not in table.cache:
        table.cache[key] = len(_COUNT_COLUMN_RE.findall(_header_columns(table)[0]))
    return table.cache[key]


def _without_counts(cells: list[Cell], counts: int) -> list[Cell]:
    """A row's figures without the integers it prints first in columns of years, periods or counts ("2024
    1 300.00 300.00" under 实施年限 | 项目期限 | 合计 | …): where the row's money prints decimals, a leading
    integer is no amount (a 元 table printing integers keeps them)."""
    n = 0
    while n < min(counts, len(cells) - 1) and _INTEGER_RE.fullmatch(cells[n].raw):
        n += 1
    if n and any("." in cell.raw for cell in cells[n:]):
        return cells[n:]
    return cells


# Header words of a subject code's column: 科目编码, 功能分类科目, 经济分类, 类 款 项 (run together); not 分类
# alone (a 项目分类 column holds the project's kind). A code column is one of these or a project number's
# (项目编号, 项目代码).
_SUBJECT_WORDS: Final = "科目|类款项|功能分类|经济分类|支出分类"
_SUBJECT_COLUMN_RE: Final = re.compile(_SUBJECT_WORDS)
_CODE_COLUMN_RE: Final = re.compile(f"编码|编号|代码|{_SUBJECT_WORDS}")


def codes_printed(table: Table) -> bool:
    """Whether a table that may list named things (a 项目 table, a transfer table) has its rows' codes: a
    number opening a row ("12345政务服务便民热线运维经费", "120急救调度系统", "110接处警平台") is the
    name's where the table shows it has no code column. Decided from, in turn:

    - the numbers opening its rows: codes where one is another's parent (213 / 21305 / 2130505, as a
      table by code prints them); none under a header naming a column of project numbers (项目编号,
      项目代码) and no subject code's column; in a table of expenditure or transfers, none where every
      one starts with 1 (no expenditure code does: 1xx are revenue codes);
    - its header, the lines above its first row with figures (field lines such as "单位名称：…" left out):
      codes where it names a code column (科目编码, 功能分类科目, 类 款 项 …), none where it names a name
      column (项目名称) and no code column.

    Every other table, and one whose header says neither, reads a leading code as ever."""
    key = ("codes_printed",)
    if key not in table.cache:
        printed = True
        if "项目" in table.title or base_table_key(table.table_key) in ("project_expenditure", "transfer"):
            printed = _codes_printed(table)
        table.cache[key] = printed
    return table.cache[key]


def _header_columns(table: Table) -> tuple[str, int]:
    """The header's words run together (the lines above the first row with figures; field lines such as
    "单位名称：…" left out) and the index of that row's line in the table's lines."""
    key = ("header_columns",)
    if key not in table.cache:
        header: list[str] = []
        first = len(table.lines)
        for n, line in enumerate(table.lines):
            if is_noise(line):
                continue
            if (
                may_print_figures(line)
                and read_row(line, "named").amounts
                and not is_column_numbers(line.text)
            ):
                first = n
                break
            if ":" not in line.text and "：" not in line.text:
                header.append(compact(line.text))
        table.cache[key] = ("".join(header), first)
    return table.cache[key]


# A subject code's column named after the project's name: 项目名称 | 科目编码 | 科目名称 (and no code's
# column before the name).
_SUBJECT_CODE_COLUMN: Final = "科目编码|科目代码|功能科目|分类科目|类款项|功能分类|支出分类"
_CODE_AFTER_NAME_RE: Final = re.compile(f"项目名称.*(?:{_SUBJECT_CODE_COLUMN})")
_CODE_BEFORE_NAME_RE: Final = re.compile(f"(?:{_SUBJECT_CODE_COLUMN}).*项目名称")
# 科目编码 | 科目名称 | 项目名称: the subject's name between the code and the project's.
# (the subject's name column may say 名称 alone under a 功能分类科目 group over 编码 | 名称)
_SUBJECT_BEFORE_NAME_RE: Final = re.compile(f"(?:{_SUBJECT_CODE_COLUMN}).*名称.*项目名称")


def _subject_words_checked(rows: list[Row], known: dict[str, str]) -> None:
    """科目编码 | 科目名称 | 项目名称 in plain text: the word after the code is taken for the subject's name.
    Where the code's name is known (the document's tables by function, or printed alike on two rows of
    this table at least, more than any other), a word that is a piece of it ("其他" / "公路水路运输支出" /
    "交通战备经费") is joined up to the known name, and a word that is no part of it (a row printing no
    subject's name: "养护机械 购置") is the project's. Unknown, the reading stands."""
    counts: dict[str, Counter] = {}
    for row in rows:
        if row.code and row.subject_name:
            counts.setdefault(row.code, Counter())[row.subject_name] += 1
    for row in rows:
        if not row.code or not row.subject_name:
            continue
        name = known.get(row.code)
        if name is None and (common := counts[row.code].most_common(2)):
            top = common[0]
            if top[1] >= 2 and (len(common) == 1 or common[1][1] < top[1]):
                name = top[0]
        if name is None or row.subject_name == name:
            continue
        joined = row.subject_name + row.label
        if joined.startswith(name) and len(joined) > len(name):
            row.subject_name, row.label = name, joined[len(name) :]
        elif not name.startswith(row.subject_name):
            row.subject_name, row.label = None, joined


def _subject_column_before_name(table: Table) -> bool:
    """Whether a project or transfer table prints each row's subject code, then the subject's name, then the
    project's name: the word after the code is the subject's name, the rest the project's."""
    key = ("subject_before_name",)
    if key not in table.cache:
        before = False
        if "项目" in table.title or base_table_key(table.table_key) in ("project_expenditure", "transfer"):
            before = bool(_SUBJECT_BEFORE_NAME_RE.search(_header_columns(table)[0]))
        table.cache[key] = before
    return table.cache[key]


def _code_column_after_name(table: Table) -> bool:
    """Whether a project or transfer table prints its rows' subject codes in a column after the project's
    name: each row's code is then the code standing after its name, not a number opening it."""
    key = ("code_after_name",)
    if key not in table.cache:
        after = False
        if "项目" in table.title or base_table_key(table.table_key) in ("project_expenditure", "transfer"):
            columns = _header_columns(table)[0]
            after = bool(_CODE_AFTER_NAME_RE.search(columns)) and not _CODE_BEFORE_NAME_RE.search(columns)
        table.cache[key] = after
    return table.cache[key]


def _codes_printed(table: Table) -> bool:
    columns, first = _header_columns(table)
    rows = [line for line in table.lines[first:] if not is_noise(line)]
    leading = {code for line in rows if (code := read_row(line, "functional").code)}
    if any(other != code and other.startswith(code) for code in leading for other in leading):
        return True
    if re.search("项目(?:编号|编码|代码)", columns) and not _SUBJECT_COLUMN_RE.search(columns):
        return False  # a column of project numbers (2025001 …), no subject code
    # (a transfer, 转移支付, is spending too)
    expenditure = ("支出" in table.title or "转移支付" in table.title) and "收入" not in table.title
    if expenditure and leading and all(code.startswith("1") for code in leading):
        return False
    return "名称" not in columns or bool(_CODE_COLUMN_RE.search(columns))


def split_header(table: Table, code_kind: str) -> None:
    """The header is everything above the first row that carries a code or a total with amounts."""
    for i, line in enumerate(table.lines):
        if is_page_line(line):
            continue  # a page's number between the title and the header ("- 8 -" at a page's foot)
        row = table_row(table, line, code_kind)
        if (
            (row.code and (row.amounts or row.label))
            or (row.code and _code_alone(table, table.lines, i, code_kind))  # code / name / figures
            or (row.is_total and row.amounts)
            # 合计 alone with its figures below, under a header that names the columns without it
            or (
                row.is_total
                and _figures_below(table, i + 1, code_kind)
                and header_labels_in_order(table.lines[:i])
            )
            or (row.amounts and not row.label and i > 0 and not _header_cell_follows(table, i))
            # a 基本支出表 listing both groups in one column, each opening with its sum ("人员经费合计 …")
            or (code_kind == "economic" and row.amounts and bool(GROUP_SUM_RE.match(compact(row.label))))
            # the blocks' totals first, side by side ("人员经费合计 1,473.40  公用经费合计 208.14")
            or (code_kind == "economic" and bool(_GROUP_SUMS_FIRST_RE.match(compact(line.text))))
            # a row printing only its code's 款 / 项 parts, its parents blank ("05 行政事业单位养老支出 …")
            or (row.amounts and bool(_PARTS_RE.match(row.label)))
            # a table of named rows (projects), its 合计 last: the first name with figures as printed
            or (row.label and _printed_figures(row, line) and not _any_code(table, code_kind))
            # a 类 printed by its name only, its 款 coded below ("社会保障和就业支出 27015486.00 …" / "20805
            # …")
            or (
                code_kind == "functional"
                and not row.code
                and _printed_figures(row, line)
                and national_class_code(row.label) is not None
            )
        ):
            i -= _first_pieces_above(table, i, row)
            table.header, table.body = table.lines[:i], table.lines[i:]
            return
    table.header, table.body = table.lines, []


# A column of a phase's or a year's figures named alone on a line ("2023年预算数", "上年执行数", "决算数"):
# a header cell, never a row's name.
_PHASE_COLUMN_RE: Final = re.compile(
    rf"(?:\d{{4}}年度?|上年度?|本年度?|去年|今年|当年)?(?:年初|调整后?|全年)?(?:{PHASE_WORD_RE.pattern})数"
)


def _header_cell_follows(table: Table, i: int) -> bool:
    """Whether the bare figures on line i stand amid the header: the next line with words is a header
    cell naming a phase's column. pdftotext's plain reading order can put a lower-set header cell
    ("2023年预算数") after the first row's figure of the column beside it; read as the first row, that
    figure became the 合计 row's total."""
    for line in table.lines[i + 1 :]:
        words = line.text.split()
        if is_page_line(line) or not words or all(parse_amount(word) is not None for word in words):
            continue
        return _PHASE_COLUMN_RE.fullmatch(compact(line.text)) is not None
    return False


GROUP_SUM_RE: Final = re.compile(r"^(?:人员|公用)经费(?:合计|小计)?$")
_GROUP_SUMS_FIRST_RE: Final = re.compile(r"^(?:人员|公用)经费(?:合计|小计)-?[\d,]+\.\d")


# Words of a header's cells, never of a project's name piece.
_HEADER_CELL_RE: Final = re.compile("名称|编码|代码|科目|分类|合计|金额|单位|预算数|决算数|^项目$")


def _first_pieces_above(table: Table, first: int, row: Row) -> int:
    """How many lines right above a project table's first row are its name's first pieces (a tall cell
    centring its code and figures: "农村公路安全生命防护" / "工程 2140106 公路养护 500.00"), not header lines:
    positioned lines standing wholly in the row's name column, under a header that names that column
    already (名称), printing no header word. Plain text cannot tell a header's cell from a name: none."""
    if base_table_key(table.table_key) not in ("project_expenditure", "transfer") or not row.code:
        return 0
    found = _name_cell(row)
    if found is None:
        return 0
    cells, start = found
    name = cells[start]
    left, right = _between(cells, start)
    count = 0
    for line in reversed(table.lines[:first]):
        text = compact(line.text)
        cells = [s for s in line.segments if s.x0 is not None and compact(s.text)]
        if (
            not line.positioned
            or not cells
            or not _is_name_part(text)
            or _HEADER_CELL_RE.search(text)
            or column_key_of(text) is not None
            or not all(left <= s.x0 and s.x1 <= right + 1 for s in cells)
            # a header cell's qualifier ("项目名称" / "（二级项目）") and a unit's own group ("…局本级")
            or text.startswith(("（", "(", "["))
            or text.endswith("本级")
        ):
            break
        count += 1
    named_above = any("名称" in compact(line.text) for line in table.lines[: first - count])
    # a name's first piece fills its column: no narrower than the piece the row prints beside its figures
    if not named_above or not count:
        return 0
    head = [s for s in table.lines[first - count].segments if s.x0 is not None and compact(s.text)]
    if max(s.x1 for s in head) - min(s.x0 for s in head) < name.x1 - name.x0:
        return 0
    return count


def _printed_figures(row: Row, line: Line) -> bool:
    """Whether a named line's figures are a row's: not column numbers (栏次 1 2 3), not a field's value
    above the header ("预算控制数：2,300.50"), not dashes only."""
    if not row.amounts or ":" in row.label or "：" in row.label or is_column_numbers(line.text):
        return False
    return any(parse_amount(c.raw) is not None for c in row.amounts)  # a dash's cell reads as no amount


def _widest_piece(table: Table, code_kind: str, header_aside: bool = False) -> int:
    """The length of the longest name piece printed on a line of its own in the table; ``header_aside``:
    not counting the header printed again on a later page ("科目编码 科目名称 合计 …")."""
    key = ("widest_piece", header_aside)
    if key not in table.cache:
        header = {compact(line.text) for line in table.header} if header_aside else set()
        table.cache[key] = max(
            (
                len(row.label)
                for line in table.body
                if not (row := table_row(table, line, code_kind)).code
                and not row.amounts
                and row.label
                and _is_name_part(row.label)
                and compact(line.text) not in header
            ),
            default=0,
        )
    return table.cache[key]


def _column_width(table: Table, code_kind: str) -> float:
    """The printed width of the name column, as the widest name a row prints on its line with its figures
    or a piece printed on a line of its own (in display columns, a CJK character two; in positioned text
    from the cells' positions, only those in the names' column)."""
    key = ("column_width",)
    if key not in table.cache:
        widths: list[float] = [0]
        for line in table.body:
            row = table_row(table, line, code_kind)
            if not row.label or row.is_total:
                continue
            if row.amounts:
                widths.append(_row_name_width(table, code_kind, row))
            elif (
                not row.code
                and _is_name_part(row.label)
                and not _group_heading(row)
                # (a unit's heading over its projects may be wider than the names: not one of them)
                and not body_named(row.label, 6)
            ):
                widths.append(_lone_width(table, code_kind, line, row.label))
        table.cache[key] = max(widths)
    return table.cache[key]


def _by_code(rows: list[Row]) -> bool:
    """Whether rows are printed by code: one's code is another's parent (213 / 21305)."""
    codes = {row.code for row in rows if row.code}
    return any(other != code and other.startswith(code) for code in codes for other in codes)


def _any_code(table: Table, code_kind: str) -> bool:
    key = ("any_code", code_kind)
    if key not in table.cache:
        table.cache[key] = any(table_row(table, line, code_kind).code for line in table.lines)
    return table.cache[key]


def _row_blocks_joined(table: Table, code_kind: str) -> None:
    """`pdftotext -layout` of a table whose rows are tall (a name wrapped in its cell) parts the rows with
    blank lines and prints a row's cells on the lines where they stand in it: the name's first piece with
    the figures at the cell's top, the code centred a line below, the name's last piece under it
    ("机关事业单位基本养 101.60 101.60" / "2080505" / "老保险缴费支出"). In a table whose lines are mostly
    parted by blank lines, such a block of lines (one with the code, one with the figures, the others
    pieces of the name) is one row, read as one line where its figures are printed (the code would
    otherwise take the next row's figures)."""
    lines = table.lines
    if len(lines) < 3 or not lines[0].positioned or not all(line.positioned for line in lines):
        return
    gaps = [b.number - a.number for a, b in itertools.pairwise(lines)]
    if sum(gap >= 2 for gap in gaps) < 0.5 * len(gaps):
        return
    out: list[Line] = []
    block: list[Line] = [lines[0]]
    for previous, line in itertools.pairwise(lines):
        if line.number == previous.number + 1 and line.page == previous.page:
            block.append(line)
            continue
        out += _block_row(table, block, code_kind)
        block = [line]
    out += _block_row(table, block, code_kind)
    table.lines = out


def _block_row(table: Table, block: list[Line], code_kind: str) -> list[Line]:
    """A block of lines as one row's line (see ``_row_blocks_joined``), or the block as it is."""
    if not 2 <= len(block) <= 4:
        return block
    rows = [table_row(table, line, code_kind) for line in block]
    coded = [n for n, row in enumerate(rows) if row.code]
    figured = [n for n, row in enumerate(rows) if row.amounts]
    if not coded and len(figured) == 1 and not _any_code(table, code_kind):
        # a group's heading above the block ("二、运转类"), or a note under it (注：…), is a line of its own
        head = 1 if len(block) == 4 and _group_heading(rows[0]) else 0
        tail = 1 if len(block) == 4 and not head and compact(block[3].text).startswith(_NOTE_WORDS) else 0
        end = len(block) - tail
        joined = _named_block_row(table, block[head:end], rows[head:end], figured[0] - head, code_kind)
        return [*block[:head], *joined, *block[end:]]
    if len(coded) != 1 or len(figured) != 1 or coded == figured:
        return block
    # not a row's own name beside another row's figures ("2080599 其他…支出" over "合计 1,300.00 …")
    code_row, figure_row = rows[coded[0]], rows[figured[0]]
    if figure_row.is_total or (code_row.label and figure_row.label) or any(r.is_total for r in rows):
        return block
    if any(not row.label for n, row in enumerate(rows) if n not in coded + figured):
        return block
    code_line, figure_line = block[coded[0]], block[figured[0]]
    # the code, in one segment or in its 类 / 款 / 项 parts ("208    05    05")
    digits, code_segments = "", []
    for seg in code_line.segments:
        if digits == rows[coded[0]].code or not re.fullmatch(r"[\d\s.-]+", seg.text.strip()):
            break
        digits += re.sub(r"\D", "", seg.text)
        code_segments.append(seg)
    if digits != rows[coded[0]].code:
        return block
    code_segment = Segment(
        " ".join(seg.text.strip() for seg in code_segments), code_segments[0].x0, code_segments[-1].x1
    )
    figures = [seg for seg in figure_line.segments if _is_figure_segment(seg)]
    if len(figures) != len(rows[figured[0]].amounts):
        return block
    pieces = [
        seg
        for line in block
        for seg in line.segments
        if not any(seg is c for c in code_segments) and not any(seg is f for f in figures)
    ]
    if not pieces:
        return block
    name = Segment(
        "".join(compact(p.text) for p in pieces), min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    )
    row_line = Line(figure_line.number, figure_line.page, [code_segment, name, *figures], page_number=False)
    return [row_line]


def _named_block_row(
    table: Table, block: list[Line], rows: list[Row], figured: int, code_kind: str
) -> list[Line]:
    """A block of a table of named rows (projects) whose name wraps around its figures: the name's first
    piece, the figures alone on the line below, the rest of the name under them ("国土空间…评估项" /
    "865.00 745.00 120.00" / "目"). One row, read where its figures are printed."""
    figure_row = rows[figured]
    if len(block) != 3 or figured != 1 or figure_row.label or figure_row.is_total:
        return block
    # the pieces of one name: no heading (一、…, （一）…), no note (注：…), no name of a row of its own
    pieces_text = [compact(block[0].text), compact(block[2].text)]
    if any(not t or NUMBERED_HEADING_RE.match(t) or t.startswith(_NOTE_WORDS) for t in pieces_text):
        return block
    pieces = [seg for n, line in enumerate(block) if n != figured for seg in line.segments]
    name = Segment(
        "".join(compact(p.text) for p in pieces), min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    )
    figure_line = block[figured]
    joined = Line(figure_line.number, figure_line.page, [name, *figure_line.segments], page_number=False)
    return [joined]


# A group's heading in a table of named rows: "一、专项业务类", "（二）运转类" (no project's "1.").
_GROUP_HEADING_RE: Final = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")


def _group_heading(row: Row) -> bool:
    return not row.amounts and row.code is None and bool(_GROUP_HEADING_RE.match(row.label))


def _is_figure_segment(seg: Segment) -> bool:
    return bool(re.fullmatch(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", seg.text.strip()))


def _brackets_open(label: str) -> bool:
    """Whether a label opens a bracket it does not close ("…补助资金（乡镇综合")."""
    return label.count("（") + label.count("(") > label.count("）") + label.count(")")


def _figures_below(table: Table, i: int, code_kind: str) -> bool:
    """Whether line i of the table holds figures only (a 合计 printed alone has its figures below)."""
    if i >= len(table.lines):
        return False
    row = table_row(table, table.lines[i], code_kind)
    if row.figures is not None:
        return not _code_alone(table, table.lines, i, code_kind)
    return bool(row.amounts) and not row.label and row.code is None


def _code_alone(table: Table, body: list[Line], n: int, code_kind: str) -> bool:
    """Whether line n is a code printed alone whose name follows on the next line (a row wrapped as code /
    name / amounts), past a page's end: not a page number (text without page breaks), nor a figure that
    reads like a code."""
    row = table_row(table, body[n], code_kind)
    if not row.code or row.label or row.amounts:
        return False
    following = _next_content_line(table, body, n)
    if following is None:
        return False
    following_row = table_row(table, following, code_kind)
    return following_row.code is None and bool(following_row.label) and _is_name_part(following_row.label)


def _by_unit(table: Table) -> bool:
    """Whether a department's table prints a row per unit by the unit's code (单位编码 | 单位名称: "合计",
    the department, then "208001 某某局机关", "208002 某某中心" …), or each unit's codes under it (单位名称
    beside 科目编码): codes that are no subjects', or subjects' codes repeated once per unit. (A table of
    unit names alone, "分单位支出预算表", reads as named rows.)"""
    header = "".join(compact(line.text) for line in table.header)
    return _names_column(table, "单位编码") or (_names_column(table, "单位名称") and "科目" in header)


def _names_column(table: Table, name: str) -> bool:
    """Whether the header prints ``name`` as a column's name: a word of its own, last on its line or
    before another column's name, not "单位名称：某某局" or "单位名称 某某局 单位：元" naming the
    report's unit above the header."""
    for line in table.header:
        words = [compact(word) for word in line.text.split()]
        for n, word in enumerate(words):
            if word != name:
                continue
            following = words[n + 1] if n + 1 < len(words) else None
            if amount_unit_in(line.text) is not None:
                break  # the unit's line ("单位名称 某某局 单位：万元"), not the columns'
            if following is None or column_key_of(following) is not None or _COLUMN_WORD_RE.search(following):
                return True
    return False


# (a column's name: "科目编码", "支出功能分类科目名称", "项目名称", ending so; not a unit's name holding 项目)
_COLUMN_WORD_RE: Final = re.compile(r"(?:^|科目|项目|单位)(?:编码|名称|代码)$|^(?:项目|科目)$")


def _columns_apart(line: Line, row: Row) -> bool:
    """Whether a page's first line is header words of columns printed apart from their rows: three or more
    cells of words, no code, no figure, none of them a row's name (a name is one cell)."""
    if not line.positioned or row.code or row.amounts or row.is_total:
        return False
    cells = [compact(s.text) for s in line.segments if compact(s.text)]
    return len(cells) >= 3 and not any(_DIGIT_RE.search(cell) for cell in cells)


_DIGIT_RE: Final = re.compile(r"\d")


def _label_over_columns_apart(table: Table, body: list[Line], n: int, row: Row, code_kind: str) -> bool:
    """Whether a page's first line is one header word over columns printed apart from their rows (a phase's
    label, "决算数", over "小计 基本支出 项目支出"): one cell of words, no code, no figure, the next line
    such columns' header words (``_columns_apart``)."""
    if not row.label or row.code or row.amounts or row.is_total or len(row.line.segments) != 1:
        return False
    if _DIGIT_RE.search(row.label):
        return False
    following = next((line for line in body[n + 1 :] if not is_noise(line)), None)
    return following is not None and _columns_apart(following, table_row(table, following, code_kind))


def _unit_heading(row: Row, unit_name: str | None) -> bool:
    """Whether a line of a project table printing no figure is a unit's heading over its projects ("宜昌市
    西陵区疾病预防控制中心", "某某局（本级）"): a body's name of six characters at least, sharing the report's
    unit's place name (its first three characters) or naming the department's own part (本级)."""
    name = compact(row.label)
    if row.amounts or row.code or not body_named(name, 6):
        return False
    unit = compact(unit_name or "")
    return name.endswith(("本级", "本级）", "本级)")) or (len(unit) >= 6 and name[:3] == unit[:3])


def _unit_blocks(rows: list[Row]) -> bool:
    """Whether a table by code prints a block per unit without saying so in its header: two or more rows
    named as units (see ``_unit_heads``), each followed by its codes, which repeat from one unit to the
    next."""
    codes = [row.code for row in rows if row.code]
    return len(_unit_heads(rows)) >= 2 and len(codes) > len(set(codes))


def _unit_heads(rows: list[Row]) -> list[int]:
    """The rows heading a unit's block: a row without code printing figures, followed by a code, named as
    a unit ("绍兴市交通运输局机关") or followed by a code printed above it already (a unit whose name ends
    otherwise, "营山县图书馆": its codes repeat the department's)."""
    heads, seen = [], set()
    for n, row in enumerate(rows[:-1]):
        if row.code:
            seen.add(row.code)
        elif (
            row.amounts
            and not row.is_total
            and rows[n + 1].code
            and (body_named(row.label) or rows[n + 1].code in seen)
        ):
            heads.append(n)
    return heads


def _joined_to_first(table: Table, ctx: Context, rows: list[Row], code_kind: str) -> None:
    """The rows of a wide table's further columns (``Table.continues``) printing their names without codes
    or their codes without names: each takes what its row of the first part prints, in the first part's
    order (a name printed twice, 行政运行 under two 款, is the next row of that name)."""
    if all(row.code and row.label for row in rows if not row.is_total):
        return
    first, _strays = rows_of(table.continues, code_kind, ctx.unit_name)
    listed = [row for row in first if row.code and row.label]
    names = {row.code: row.label for row in listed}
    at = 0
    for row in rows:
        if row.is_total:
            continue
        if row.code and not row.label.strip():
            row.label = names.get(row.code, row.label)
        elif not row.code and row.label:
            name = compact(row.label)
            k = next((k for k in range(at, len(listed)) if compact(listed[k].label) == name), None)
            if k is not None:
                row.code, at = listed[k].code, k + 1


def _department_before_units(table: Table, ctx: Context, rows: list[Row]) -> list[Row] | None:
    """The department's rows of a table printing them first, then a block per unit (named rows, each
    followed by codes the department's rows printed already): those rows, the units' said and not loaded;
    None where the table opens with a unit's block."""
    heads = _unit_heads(rows)
    if not heads:
        return None
    first = heads[0]
    if not _codes_repeated(rows, first):
        return None
    # (the department's rows are the whole: its 类 add up to the 合计, and so do the blocks' headings; else
    # the blocks are sections of the whole, by fund or by kind, and none is the department's)
    total = next((row for row in rows[:first] if row.is_total and row.amounts), None)
    classes = [row.amounts[0].raw for row in rows[:first] if row.code and len(row.code) == 3 and row.amounts]
    headings = [rows[n].amounts[0].raw for n in heads if rows[n].amounts]
    if (
        total is None
        or not classes
        or not printed_sum_holds(total.amounts[0].raw, classes)
        or not printed_sum_holds(total.amounts[0].raw, headings)
    ):
        return None
    return _units_blocks_said(table, ctx, rows, first, [rows[n] for n in heads])


def _without_unit_blocks(table: Table, ctx: Context, rows: list[Row]) -> list[Row]:
    """The department's rows without its units' blocks printed after them ("其中：某某局机关 9,929,984.00 …"
    then the unit's codes, again): a unit's rows are no rows of the department's. Said, not loaded. Only
    where the blocks print codes the department's rows printed already."""
    starts = table.cache.get(("unit_blocks_at",), [])
    if not starts or not starts[0][0]:
        return rows
    first = starts[0][0]
    if not _codes_repeated(rows, first):
        return rows
    return _units_blocks_said(table, ctx, rows, first, [head for _n, head in starts])


def _codes_repeated(rows: list[Row], first: int) -> bool:
    """Whether the rows from ``first`` on print codes, and only codes the rows before it printed (units'
    blocks repeating the department's codes)."""
    own = {row.code for row in rows[:first] if row.code}
    after = {row.code for row in rows[first:] if row.code}
    return bool(own) and bool(after) and after <= own


def _units_blocks_said(
    table: Table, ctx: Context, rows: list[Row], first: int, heads: list[Row]
) -> list[Row]:
    """The department's rows (those before ``first``), its units' blocks (headed by ``heads``) said."""
    names = "、".join(OF_WHICH_RE.sub("", compact(head.label)) for head in heads[:4])
    ctx.diagnose(
        "info",
        "unit_rows_not_loaded",
        f"{table.title}: after the department's rows the table prints its units' blocks ({names}"
        f"{' …' if len(heads) > 4 else ''}: {len(heads)} units, {len(rows) - first} rows under them); the "
        "department's rows are loaded as the report's figures, the units' are not.",
        table,
        heads[0].line,
        observed=" ".join(c.raw for head in heads[:4] for c in head.amounts[:1]),
    )
    return rows[:first]


def _without_unit_subtotals(table: Table, ctx: Context, rows: list[Row]) -> list[Row]:
    """A project table's rows without its units' subtotals: rows named as units ("绵阳市水利局机关"), each
    the sum of the projects under it down to the next unit's row, two or more of them. Said, not loaded
    (a unit's sum is no project; the 合计 holds the department's)."""
    units = [n for n, row in enumerate(rows) if body_named(row.label) and row.amounts]
    if (
        len(units) < 2
        or any(rows[n].code or rows[n].is_total for n in units)
        or not _heads_sum_their_rows(rows, units)
    ):
        return rows
    names = ", ".join(f"'{rows[n].label}'" for n in units[:4])
    ctx.diagnose(
        "info",
        "unit_rows_not_loaded",
        f"{table.title}: the rows {names}{' …' if len(units) > 4 else ''} are units' subtotals of the "
        "projects under them; not loaded (the projects and the 合计 are).",
        table,
        rows[units[0]].line,
        observed=" ".join(rows[n].amounts[0].raw for n in units[:4]),
    )
    return [row for n, row in enumerate(rows) if n not in set(units)]


def _group_column_named(table: Table, rows: list[Row]) -> None:
    """Rows of a table by source whose groups are named in a column of merged cells left of the items
    (Jiangsu's 收入预算总表: "一般公共预算资金" / "其他资金" beside 小计, 事业收入, 其他收入 …), each
    group opening on its 小计: every row of a group named by it ("其他资金小计", "其他资金事业收入"),
    whichever row the merged cell's text is printed on. Only where the text keeps positions, no row has a
    code, each group's name stands on one line and names no total, and each 小计 printing a figure is the
    sum of its group's rows (else the left column is not a group's, the labels stay as printed)."""
    if (
        any(row.code for row in rows)
        or not rows
        or rows[0].line.segments[0].x0 is None
        or base_table_key(table.table_key) in ("project_expenditure", "transfer")
    ):
        return
    openings = [
        (line, segment)
        for line in table.body
        for segment in line.segments
        if compact(segment.text) == "小计" and segment.x0 is not None
    ]
    if len(openings) < 2 or max(s.x0 for _l, s in openings) - min(s.x0 for _l, s in openings) > 2:
        return
    items_x = min(s.x0 for _l, s in openings)
    starts = [line.number for line, _s in openings]

    def left(line: Line) -> list[Segment]:  # the line's pieces in the groups' column
        return [
            s
            for s in line.segments
            if s.x1 is not None and s.x1 <= items_x and not cell_value(s.text.strip())
        ]

    pieces: dict[int, list[tuple[int, str]]] = {}  # run → (line, text) of its group's name
    for line in table.body:
        if line.number >= starts[0]:
            run = bisect.bisect_right(starts, line.number) - 1
            pieces.setdefault(run, []).extend((line.number, compact(s.text)) for s in left(line))
    groups = {run: "".join(text for _n, text in found) for run, found in pieces.items() if found}
    if (
        not groups
        or any(len({n for n, _t in found}) > 1 for found in pieces.values())  # (a name wrapped: whose?)
        or any(TOTAL_END_RE.search(group) for group in groups.values())
    ):
        return
    summed = 0  # groups whose 小计 is the sum of rows printed under it
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else None
        members = [row for row in rows if row.line.number >= start and (end is None or row.line.number < end)]
        head = next((row for row in members if row.line.number == start and row.amounts), None)
        parts = [row.amounts[0].raw for row in members if row is not head and row.amounts]
        # (a group printing its 小计 alone, "政府性基金 | 小计 | 9,800.00", has no rows to sum)
        if head is not None and parts and not printed_sum_holds(head.amounts[0].raw, parts):
            return
        summed += head is not None and bool(parts)
    if not summed:
        return
    for row in rows:
        if row.line.number < starts[0]:
            continue
        group = groups.get(bisect.bisect_right(starts, row.line.number) - 1)
        if not group:
            continue
        item = compact(row.label)
        own = "".join(compact(s.text) for s in left(row.line))
        if own and item.startswith(own):
            item = item[len(own) :]
        row.label = group + item


def _subtotal_lines(table: Table, ctx: Context, rows: list[Row]) -> set[int]:
    """The lines of a project or transfer table's subtotal rows, found by the identities alone, whatever
    they are named ("一、其他运转类项目", a unit, a town over its projects): the rows between the 合计 and the
    table's end fall into runs, each a head whose first figure is the sum of the rows under it; the heads add
    up to the 合计 and so do the rows under them. Loaded as printed (a 一级项目 is a row of the report's),
    flagged as totals so that no sum over the table's rows counts them twice."""
    totals = [row for row in rows if row.is_total and row.amounts]
    items = [row for row in rows if row.amounts and not row.is_total]
    if len(totals) != 1 or len(items) < 3 or any(row.amounts[0].value < 0 for row in items):
        return set()
    whole = totals[0].amounts[0].raw
    heads, k = [], 0
    while k < len(items):
        head, parts, k = items[k], [], k + 1
        while k < len(items) and sum((c.value for c in parts), Decimal(0)) < head.amounts[0].value:
            parts.append(items[k].amounts[0])
            k += 1
        if not parts or not printed_sum_holds(head.amounts[0].raw, [c.raw for c in parts]):
            return set()
        heads.append(head)
    # (every row a head of one row under it, "一、X 100 / X 100": nothing tells head from project)
    if 2 * len(heads) == len(items) or not printed_sum_holds(whole, [h.amounts[0].raw for h in heads]):
        return set()
    names = ", ".join(f"'{h.label}'" for h in heads[:4])
    ctx.diagnose(
        "info",
        "subtotal_rows",
        f"{table.title}: the rows {names}{' …' if len(heads) > 4 else ''} are each the sum of the rows under "
        "them, and together the 合计: loaded as printed, flagged as subtotals.",
        table,
        heads[0].line,
        observed=" ".join(h.amounts[0].raw for h in heads[:4]),
    )
    return {h.line.number for h in heads}


def _heads_sum_their_rows(rows: list[Row], heads: list[int]) -> bool:
    """Whether each head row's first figure is the sum of the first figures of the rows after it, down to the
    next head (the last one's down to a 合计 row or the table's end)."""
    for k, n in enumerate(heads):
        end = (
            heads[k + 1]
            if k + 1 < len(heads)
            else next((m for m in range(n + 1, len(rows)) if rows[m].is_total), len(rows))
        )
        parts = [rows[m].amounts[0].raw for m in range(n + 1, end) if rows[m].amounts]
        if not parts or not printed_sum_holds(rows[n].amounts[0].raw, parts):
            return False
    return True


def _units_set_apart(table: Table, ctx: Context, rows: list[Row]) -> list[Row]:
    """The 合计 row of a table by unit, its units' rows said and not loaded: the warehouse keeps the
    report's own figures (the department's), which the 合计 row prints; a unit's row, or a code under a
    unit, is no row of the department's (its codes repeat once per unit)."""
    # (a unit's 小计 is a unit's row: only the 合计 / 总计 is the department's)
    totals = [row for row in rows if row.is_total and "小计" not in row.label]
    units = [row for row in rows if row.amounts and row not in totals]
    if units:
        names = ", ".join(f"'{row.code or ''} {row.label}'".replace("' ", "'") for row in units[:4])
        ctx.diagnose(
            "info",
            "unit_rows_not_loaded",
            f"{table.title}: the table prints a row per unit ({names}{' …' if len(units) > 4 else ''}, "
            f"{len(units)} rows); its 合计 row is loaded as the report's figures, the units' rows are not.",
            table,
            units[0].line,
            observed=" ".join(c.raw for row in units[:4] for c in row.amounts),
        )
    return totals


def _header_follows(table: Table, body: list[Line], n: int) -> bool:
    """Whether the line after line n prints header words again (words made of the header's characters): a
    one-word piece between header lines is the header's, one after its last line may end a name."""
    following = next((line for line in body[n + 1 :] if not is_noise(line)), None)
    return following is not None and _header_again(table, following, _header_texts(table), after_header=True)


def _total_row_alone(table: Table, body: list[Line], n: int, row: Row, code_kind: str) -> bool:
    """Whether line n, a 合计 alone atop a page (a word of the header too), is the table's total row: the
    next line prints figures only (one cell a line: "合计" / "12,251,324.80" / …)."""
    if not row.is_total or len(body[n].text.split()) != 1 or n + 1 >= len(body):
        return False
    following = table_row(table, body[n + 1], code_kind)
    return bool(following.amounts) and not following.code and not following.label


def _next_content_line(table: Table, body: list[Line], n: int) -> Line | None:
    """The line after line n past a page's end: its number, and the header printed again at the top of the
    next page (a page may end between a code and its name, or between a row's figures)."""
    headers = _header_texts(table)
    for line in body[n + 1 :]:
        if is_page_line(line):
            continue
        if line.page != body[n].page and compact(line.text) in headers:
            continue
        return line
    return None


def _amounts_below_rows(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether the rows of a one-column table print their amount on a line below the code and name
    (code / name / amount): the first code row of the body carries no amount, and an amounts-only line
    follows it before the next code row."""
    keys, labels = plain_columns(table)
    if len(keys) != 1 or not labels:
        # Several columns spread their figures over several lines; a header naming none is no layout.
        return False
    lines = [ln for n, ln in enumerate(body) if not is_noise(ln) or _code_alone(table, body, n, code_kind)]
    first = next((n for n, line in enumerate(lines) if table_row(table, line, code_kind).code), None)
    if first is None or table_row(table, lines[first], code_kind).amounts:
        return False
    for line in lines[first + 1 :]:
        row = table_row(table, line, code_kind)
        if row.code:
            return False
        if row.amounts and not row.label:
            return True
    return False


def _continue_name(row: Row, piece: str, words: str, line: Line | None = None) -> None:
    """A wrapped name's next piece (``words``: as printed, spaces kept) belongs to the last name of the row:
    the paired code's, if printed (where positions show it under the first name, left of the paired code,
    the first name's: "30108 机关事业单位基本 50102 社会保障缴费 …" / "养老保险缴费"); a piece that brings
    the paired code splits the name there."""
    if row.paired_code is not None:
        paired_at = next(
            (
                seg.x0
                for seg in row.line.segments
                if seg.x0 is not None and compact(seg.text) == row.paired_code
            ),
            None,
        )
        if line is not None and line.positioned and paired_at is not None:
            # each piece to the name it stands under ("费" under each of two names ending 维护)
            # (by where each starts: a name's piece may run past where the paired code starts on the row's
            # own line, -layout setting each line's columns apart)
            row.label += "".join(compact(seg.text) for seg in line.segments if seg.x0 < paired_at)
            after = "".join(compact(seg.text) for seg in line.segments if seg.x0 >= paired_at)
            if after:
                row.paired_name = (row.paired_name or "") + after
        else:
            row.paired_name = (row.paired_name or "") + piece
        return
    paired = paired_code_in(f"{row.label} {words}", row.code)
    if paired:
        row.label, row.paired_code, row.paired_name = paired
    else:
        row.label += piece


_LONE_CODE_RE: Final = re.compile(r"^(?:\d{3}|\d{5})$")
_LONE_CODE_PART_RE: Final = re.compile(r"^\d{2}$")


def rows_unreadable(table: Table, code_kind: str) -> tuple[Line, str] | None:
    """Why the rows of a plain-text table cannot be told apart, with the line that shows it, or None.

    Plain text keeps a row together only when its cells follow one another. Two renditions break that:
    - a code printed split over lines ("208" / "05" / "05"): which name and figures each fragment goes
      with is lost (the class rows' codes come out after their figures);
    - text running column by column (every figure of a column, then the next column): a run of lines
      each holding one figure, longer than two rows of the table could be.
    Reading such a table row by row would pair figures with the wrong rows, so it is not read."""
    columns = len(plain_columns(table)[0])
    run = 0
    lines = [line for line in table.body if compact(line.text)]
    texts = [compact(line.text) for line in lines]
    rows = [table_row(table, line, code_kind) for line in lines]
    for n, line in enumerate(lines):
        text, previous = texts[n], texts[n - 1] if n else ""
        following = rows[n + 1] if n + 1 < len(rows) else None
        # "208" / "05" / "05" or "05" / name: a code part after a code (or part), before a part or a name;
        # a figure such as "150" / "50" / "30.00" or a page number before the next row is no code.
        # (two-digit figures one a line after a name, "机关事业单位基本养老保" / "62" / "62", are no parts)
        if (
            _LONE_CODE_PART_RE.match(text)
            and (
                (_LONE_CODE_RE.match(previous) and rows[n - 1].code)
                or (
                    _LONE_CODE_PART_RE.match(previous)
                    and n >= 2
                    and _LONE_CODE_RE.match(texts[n - 2])
                    and rows[n - 2].code
                )
            )
            and following is not None
            and (_LONE_CODE_PART_RE.match(texts[n + 1]) or (not following.amounts and following.code is None))
        ):
            return line, f"its codes are printed split over lines ('{previous}' / '{text}')"
        row = rows[n]
        run = run + 1 if len(row.amounts) == 1 and not row.label and row.code is None else 0
        # A row printed a cell per line, or a figure moved down the page, makes short runs; a run
        # of two rows' worth of figures (and at least six) is a column.
        if run >= max(2 * columns, 6) and not _total_label_after_run(rows, n, run, columns):
            return line, (
                f"{run} lines in a row hold one figure each, as many as two of its rows "
                f"({columns} column(s)) or more: the text runs column by column"
            )
    # (after the older tests, whose reasons say more where they hold)
    return _figures_beyond_header(table, lines, rows, columns)


_SMALL_INTEGER_RE: Final = re.compile(r"\d{1,3}")


def _figures_beyond_header(
    table: Table, lines: list[Line], rows: list[Row], columns: int
) -> tuple[Line, str] | None:
    """Whether the rows print more figures than the header names columns: runs of lines holding figures only,
    after a row's name, longer than a row of the header (and its columns of another year) could be, at three
    rows or more. Plain text printed some of the header's cells elsewhere ("科目编码 / 科目名称 / 基本支出 /
    合计", its 项目支出 column's name lost): a row printing two figures would be read under the columns the
    header kept, which are not the row's."""
    width = columns + len(table.cache.get(("comparison",), ()))
    longer, run, start = [], [], None
    for line, row in zip([*lines, None], [*rows, None], strict=True):
        if line is not None and is_noise(line):
            continue
        if row is not None and row.amounts and not row.label and row.code is None:
            run, start = run + [c.raw for c in row.amounts], start or line
            continue
        if any("." in raw for raw in run):
            # (a page's number or a 行次 set among figures printing decimals is none of them)
            run = [raw for raw in run if "." in raw or not _SMALL_INTEGER_RE.fullmatch(raw)]
        if len(run) > width:
            longer.append((start, len(run)))
        run, start = [], None
    if len(longer) < 3:
        return None
    return longer[0][0], (
        f"{len(longer)} of its rows print more figures (up to {max(n for _l, n in longer)}) than its header "
        f"names columns ({width}): the header's text is incomplete, and which column a figure stands under "
        "cannot be told"
    )


def _code_before_parent_figures(rows: list[Row]) -> bool:
    """Whether the last row is a code alone (no name, no figures) set by plain text between its parent's name
    and its parent's figures ("223" / "国有资本经营预算支出" / "22301" / "2,386.40" / … / "解决历史遗留问题…"
    / "386.40"): the parent, named and without figures, takes the figures that follow (a 类 or 款 row always
    prints its sums)."""
    if len(rows) < 2:
        return False
    child, parent = rows[-1], rows[-2]
    return bool(
        child.code
        and not child.label
        and parent.code
        and parent.label
        and not parent.amounts
        and len(child.code) > len(parent.code)
        and child.code.startswith(parent.code)
    )


def _figures_before_label(
    body: list[Line], n: int, strays: list[Row], columns: int, rows: list[Row]
) -> list[Cell]:
    """The figures of the strays printed on the lines right before line n, a row's worth (one a line, as
    many as the columns), taken off the strays, where the first is the sum of the 类 rows' totals (the
    合计's identity); none where they are not so."""
    if len(strays) < columns or columns < 2:
        return []
    tail = strays[-columns:]
    before = [line for line in body[:n] if compact(line.text)][-columns:]
    if [stray.line for stray in tail] != before or any(len(stray.amounts) != 1 for stray in tail):
        return []
    classes = [row.amounts[0].value for row in rows if row.code and len(row.code) == 3 and row.amounts]
    total = tail[0].amounts[0].value
    if not classes or abs(sum(classes) - total) > Decimal("0.01") * len(classes):
        return []
    del strays[-columns:]
    return [stray.amounts[0] for stray in tail]


def _total_figures_around_label(rows: list[Row], strays: list[Row], keys: list[str]) -> None:
    """A table's 合计 at a page's foot, a cell a line: plain text can set its figures around its label,
    centred over the merged code and name cells ("2,679.44" / "2,438.48" / "合计" / "13" / "240.96"): the
    first ones right after the last row's figures (run on to that row, or left as strays), the rest below
    the label, after the page's number. They are the total's where together they make its whole row (as
    many figures as the columns, the first the sum of the others and of the 类 rows' totals) and the row
    above adds up without them. Their order, read across a label and a page's number, is no proof of their
    columns: the parts go where the 类 rows put each; where they do not, only the total is the row's and
    the other figures are said (strays)."""
    columns = len(keys)
    for i, total in enumerate(rows):
        if not (i and _is_table_total(total) and total.figures_below and 0 < len(total.amounts) < columns):
            continue
        above = rows[i - 1]
        own = len(above.amounts)
        if above.gathered and own > 2 and not _adds_up(above.amounts[0], above.amounts[1:]):
            # its own figures: the longest run from its first that adds up
            first = above.amounts[0]
            own = next((k for k in range(own - 1, 1, -1) if _adds_up(first, above.amounts[1:k])), own)
        between = [s for s in strays if above.line.number < s.line.number < total.line.number]
        combined = above.amounts[own:] + [c for s in between for c in s.amounts] + total.amounts
        if len(combined) == len(total.amounts) or len(combined) != columns:
            continue
        heads = _class_rows(rows)
        if (
            not heads
            or not _adds_up(combined[0], combined[1:])
            or not _adds_up(combined[0], [r.amounts[0] for r in heads])
        ):
            continue
        taken = {id(s) for s in between}
        strays[:] = [s for s in strays if id(s) not in taken]
        tail = above.amounts[own:]
        above.amounts = above.amounts[:own]
        total.gathered = True
        parts = _parts_by_the_classes(heads, combined[1:], keys)
        if parts is not None:
            total.amounts = [combined[0], *parts]
            continue
        # only the total is sure: the other figures are said where they stand
        first, after = combined[0], total.amounts
        pieces = [(above.line, tail), *((s.line, s.amounts) for s in between), (total.line, after)]
        for line, cells in pieces:
            if rest := [c for c in cells if c is not first]:
                strays.append(Row(line, None, "", rest))
        strays.sort(key=lambda s: s.line.number)
        total.amounts = [first]


def _class_rows(rows: list[Row]) -> list[Row]:
    """The 类 rows (3-digit codes) printing a figure."""
    return [row for row in rows if row.code and len(row.code) == 3 and row.amounts]


def _parts_by_the_classes(heads: list[Row], parts: list[Cell], keys: list[str]) -> list[Cell] | None:
    """A total row's part figures in its columns' order (``keys``, the total's first), each where the 类
    rows' figures under a column add up to it, or None where any column has no such figure or several of
    different values. A 类 row's figures are known by column where it prints every column, or, in a
    基本支出表, where its class is one group's (301 and 303 人员经费, 302 and 310 公用经费: its total is that
    part); a 类 row known otherwise places nothing."""
    under: list[list[Cell]] = [[] for _key in keys]
    group_of = {
        code: column_key_of(group)
        for group, codes in _GROUP_CLASSES.items()
        for code in codes
        if column_key_of(group) in keys
    }
    for row in heads:
        if len(row.amounts) == len(keys):
            for cells, cell in zip(under, row.amounts, strict=True):
                cells.append(cell)
        elif row.code in group_of and len(row.amounts) <= 2:
            under[keys.index(group_of[row.code])].append(row.amounts[0])
        else:
            return None
    placed: list[Cell] = []
    left = list(parts)
    for cells in under[1:]:
        fits = [c for c in left if _adds_up(c, cells)]
        if len({c.value for c in fits}) != 1:
            return None
        placed.append(fits[0])
        left = [c for c in left if c is not fits[0]]
    return placed


def _total_label_after_run(rows: list[Row], n: int, run: int, columns: int) -> bool:
    """Whether a run of lone figures ending at row n is two rows' figures, the last row's label after them:
    the run as long as two rows (the row above's figures below its name, then the 合计's) and a lone 合计 /
    总计 next, centred over the merged code and name cells and set by plain text after its figures."""
    following = rows[n + 1] if n + 1 < len(rows) else None
    return (
        run == 2 * columns
        and following is not None
        and following.is_total
        and not following.amounts
        and n - run >= 0
        and not rows[n - run].amounts
        # (rows read whole before the run: text running column by column prints no figure before it, and
        # a table of one row and its 合计 so printed would pass for this; and the body opening on a coded
        # row: figures before any code are a 合计 printed first, the first row's code taken into the header)
        and any(row.amounts for row in rows[: n - run])
        and next((k for k, row in enumerate(rows) if row.code), n)
        < next(k for k, row in enumerate(rows) if row.amounts)
    )


def _next_row(table: Table, body: list[Line], n: int, code_kind: str) -> Row | None:
    """The row of the next line after line n that is no noise, or None at the table's end."""
    line = next((line for line in body[n + 1 :] if not is_noise(line)), None)
    return table_row(table, line, code_kind) if line is not None else None


def _row_ends_after(table: Table, body: list[Line], n: int, code_kind: str) -> bool:
    """Whether the next line after line n starts another row (a code or a total) or the table ends."""
    row = _next_row(table, body, n, code_kind)
    return row is None or bool(row.code) or row.is_total


def _cell_per_line(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether the text prints every cell on a line of its own (code / name / each figure, as plain
    pdftotext does for some producers): figures are printed, and never on a line with a code or a name.
    Then every figure line belongs to the row named above it (the first ones, to the 合计 of the header)."""
    if not body or body[0].positioned or not plain_columns(table)[1]:
        return False
    figures = False
    for line in body:
        row = table_row(table, line, code_kind)
        if row.amounts and (row.code or row.label):
            return False
        figures = figures or bool(row.amounts)
    return figures


def _whole_before_footer(table: Table, row: Row, following: Row) -> bool:
    """Whether a row gathering its figures line by line was whole before its page's number: its figures
    add up (the first the sum of the rest; a flow table's, 年初 + 收入 − 支出 = 年末) and the next line prints
    money (a zero or a dash cell goes on with the row). A figure plain text set after the footer is then
    another row's ("265.20" / "265.20" / "-2-" / "2,700.00": 210's 项目支出), no part of this one."""
    if len(row.amounts) < 2 or not any(c.value for c in following.amounts):
        return False
    if is_flow_table(table):
        return flow_row_fits(table, row.amounts)
    return printed_sum_holds(row.amounts[0].raw, [c.raw for c in row.amounts[1:]])


def rows_of(table: Table, code_kind: str, unit_name: str | None = None) -> tuple[list[Row], list[Row]]:
    """Data rows with wrapped names re-joined and amounts printed on a line of their own re-attached,
    and the amounts-only lines found out of place (see ``place_strays``)."""
    rows: list[Row] = []
    strays: list[Row] = []
    pending: Row | None = None  # amounts-only line waiting for the next code row
    body = table.body
    # Where amounts sit below their code and name, an amounts-only line before the first row is the
    # table's total (its 合计 label printed above it, among the header cells), not the next row's figures.
    cell_per_line = _cell_per_line(table, body, code_kind)
    leading_total = cell_per_line or _amounts_below_rows(table, body, code_kind)
    columns = len(plain_columns(table)[0])
    # The row whose figures the line above began or continued below its name: the next figure line is its
    # next figure (up to its columns); any other line ends that.
    extending: Row | None = None
    past_footer: Row | None = None  # the row extending when a page's number was printed
    # In a table of named rows (projects), a name wrapped inside its brackets ("…补助（初" / "中） 384.20")
    # goes on with the next line's.
    named = base_table_key(table.table_key) in ("project_expenditure", "transfer")
    carried: list[str] = []  # a named row's name pieces printed on lines of their own, not yet placed
    subject_pieces: tuple[str, str] | None  # a subject name's pieces on their own line (label, subject name)
    table.cache.pop(("pieces_ambiguous",), None)  # said by the caller, once per reading
    table.cache.pop(("part_apart",), None)  # likewise
    table.cache.pop(("unit_blocks_at",), None)
    # the header lines a page the table runs on to prints again, by page (its columns may stand elsewhere)
    page_headers: dict[int | None, list[Line]] = table.cache.setdefault(("page_headers",), {})
    page_headers.clear()
    # (and those left out of its lines where the page printed its title again, "部门支出总表（续）")
    page_headers.update(
        {page: list(lines) for page, lines in table.cache.get(("page_headers_merged",), {}).items()}
    )
    table.cache.pop(("page_tables",), None)
    part_apart: list[Row] | None = None  # the figures of columns printed apart on a page of their own
    coded = named and _any_code(table, code_kind)
    heading_open = False  # the line before was a group's heading: a narrow piece after it is its end
    pairing: Row | None = None  # a row whose paired code's name comes on the next line
    # The header printed again at the top of a page the table runs on to: not a piece of the name above.
    headers = _header_texts(table)
    # The name pieces joined to a row after its figures: (its name before them, the pieces).
    tails: dict[int, tuple[str, list[str]]] = {}
    heads: dict[int, int] = {}  # how many pieces of a row's name were printed above its line
    # A row printing both classifications' codes and names: its label and paired name before the lines
    # below it were taken for their tails, by id (see where a row printing neither name follows)
    paired_tails: dict[int, tuple[str, str | None]] = {}
    after_total: list[str] = []  # name pieces printed right after a 合计 row
    beside_names: set[int] = set()  # the lines (by index) of the names of a block beside, not read here
    # (or right after the header: the first row's name wrapped around its code's line, its first piece on
    # the last header line, "社会保障和就业支" / "208 137.70 …" / "出")
    first_piece = _first_row_head(table, body, code_kind)
    if first_piece:
        after_total.append(first_piece)
    # Every name printed wholly on the lines above its code and figures: the pieces are the next row's.
    names_above = _names_wholly_above(table, body, code_kind)
    around = named and not coded and _names_around_figures(table, body, code_kind)
    repeating, page = False, body[0].page if body else None
    again = _header_printed_again(table, body) | _header_words_after_rows(table, body, code_kind)
    header_page = table.header[-1].page if table.header else None
    for n, line in enumerate(body):
        if n in again and line.positioned and line.page != header_page:
            page_headers.setdefault(line.page, []).append(line)
        if n in again or (is_noise(line) and not _code_alone(table, body, n, code_kind)):
            if extending is not None and is_page_line(line):
                past_footer = extending  # (its next figures stand past its page's number)
            continue
        new_page, page = line.page != page, line.page
        after_heading, heading_open = heading_open, False
        # a copy: joining wrapped names and stray amounts below must not alter the cached row
        row = table_row(table, line, code_kind).copy()
        if (
            row.code is None
            and not line.positioned
            and compact(row.label) in ("合计", "小计")
            and n
            and compact(body[n - 1].text) in ("人员经费", "公用经费")
            # (after another header word, "合计" / "人员经费" / "公用经费", it is the header's, printed again
            # above the table's 合计 on a continuation page)
            and not (n > 1 and column_key_of(compact(body[n - 2].text)) is not None)
        ):
            # "人员经费" / "合计" on two lines: the block's 人员经费合计 wrapped in its cell, no table's 合计
            row.label = compact(body[n - 1].text) + compact(row.label)
        if (
            named
            and row.code
            and not row.label
            and row.subject_name
            and not _name_above(table, code_kind, carried)
        ):
            # a line opening with a number and a name, no project's name printed above it (a project's
            # number, "2024001 县级配套资金 50.00"; a subject's subtotal): no project's coded row
            row.label, row.code, row.subject_name = f"{row.code} {row.subject_name}", None, None
            carried = _end_above(rows, carried)  # narrow pieces only: the name above's end
        repeating = (
            (
                (new_page or repeating)
                and not row.code
                and not row.amounts
                # (a one-word piece of plain text is the header's between its lines; after them it may end a
                # name: "…安排的" / page break / header / "支出")
                and _header_again(
                    table,
                    line,
                    headers,
                    after_header=repeating and (line.positioned or _header_follows(table, body, n)),
                )
                # (a 合计 opening the page, or the header printed again above it, is the total row when
                # figures follow it: "合计" / "87,511,404.00" / …)
                and not _total_row_alone(table, body, n, row, code_kind)
            )
            or (
                # a page's top line that marks the continuation or states the unit ("续表 … 单位：万元"):
                # the header may follow it
                (new_page or repeating) and not row.code and not row.amounts and _continuation_mark(line)
            )
            or (
                # the running page header atop the page ("某某局2026年部门预算"): the header may follow it
                (new_page or repeating)
                and not row.code
                and not row.amounts
                and _page_header(compact(line.text), unit_name, at_top=True)
            )
        )
        if repeating:
            if line.positioned and line.page != header_page and _header_again(table, line, headers, True):
                page_headers.setdefault(line.page, []).append(line)
            continue
        if part_apart is not None and not row.code and not (row.label and row.amounts) and not row.is_total:
            part_apart.append(row)
            continue
        part_apart = None
        if (
            new_page
            and rows
            and (_columns_apart(line, row) or _label_over_columns_apart(table, body, n, row, code_kind))
        ):
            # A table too wide for its page, its other columns printed on the next one under header words
            # of their own, without the rows' codes and names ("财政专 事业单 附属单" / "户管理 事业收入 …" /
            # "1,411,200.00 48,600.00"): no piece of the name above; their figures cannot be tied to rows.
            part_apart = [row]
            table.cache.setdefault(("part_apart",), []).append(part_apart)
            continue
        if row.figures is not None and _figures_expected(table, body, n, code_kind, rows, extending, columns):
            row.code, row.amounts, row.figures = None, list(row.figures), None
        extended, extending = extending, None
        if row.code is None and not row.is_total and pairing is not None:
            if row.label and not row.amounts:
                pairing.paired_name, pairing = row.label, None  # the other classification's name
                continue
            pairing = None
        if _pairs_with(rows, row, code_kind, _own_class(table, body, code_kind)):
            # The other classification's code on a line of its own after a row's code and name
            # ("30101" / "基本工资" / "50101" / "工资奖金津补贴" / figures): the row's paired code.
            rows[-1].paired_code, rows[-1].paired_name = row.code, row.label or None
            pairing = rows[-1] if not row.label else None
            if row.amounts:
                rows[-1].amounts = row.amounts
                extending = rows[-1]
            continue
        pairing = None
        if row.code is None and not row.is_total:
            if row.amounts or not (rows and (rows[-1].is_total or names_above)):
                after_total = []
            if _opens_with_misread_code(row):
                rows.append(row)  # (said with its figures by parse_coded_table, as every spoiled row is)
                extending = row if row.amounts else None
                continue
            if (
                row.label
                and not row.amounts
                and rows
                and (subject_pieces := _subject_name_piece(rows[-1], line))
            ):
                # "…运输支" / "出": the subject name wrapped in its column (the project's beside it, if any)
                rows[-1].label += subject_pieces[0]
                rows[-1].subject_name += subject_pieces[1]
                continue
            if (
                named
                and row.label
                and not row.amounts
                and not carried
                and rows
                and rows[-1].amounts
                and _brackets_open(rows[-1].label)
                and re.search(r"[)）]", row.label)
            ):
                # the name's last piece below its figures, closing its bracket ("…补助资金（乡镇综合 206.55" /
                # "文化站免费开放）"): the row above's, not the next project's
                rows[-1].label += row.label
                continue
            # (a name after it: a numbered project's name wrapped above its figures is no heading)
            if named and (_group_heading(row) or _unit_heading(row, unit_name)):
                following = _next_row(table, body, n, code_kind)
                if following is not None and following.label:
                    # a group's heading ("一、专项业务类") above its projects: no project's name; pieces
                    # before it are the row above's
                    carried = _end_above(rows, carried)
                    if not carried:
                        heading_open = _group_heading(row)  # (a unit's name does not wrap so)
                        continue
            if named and row.label and not row.amounts and rows and (split := _other_words(table, rows[-1])):
                # under a plain row printing a word per text column (项目名称 | 单位名称 …), a line of their
                # pieces: one word per column, the name's first; one piece, its column by the widths
                words = line.text.split()
                if len(words) == len(split):
                    row = row.copy()
                    row.label = compact(words[0])
                elif not carried and _other_column_piece(table, rows[-1], compact(line.text)):
                    continue  # the end of the unit's name (or another text column's word)
            if named and row.label and not row.amounts and _is_name_part(row.label):
                # a name wrapped over lines: its figures follow on its last piece's line or on their own;
                # a line standing elsewhere (a remark's piece right of the figures, a running header over
                # the codes) is no name's piece
                piece = _name_column_pieces(table, code_kind, rows, line, row.label)
                if (
                    piece
                    and not _page_header(piece, unit_name, at_top=new_page and line.page is not None)
                    and not (coded and _remark_goes_on(rows))
                    # "三、其他事业发展类项" / "目": the heading's end
                    and not (after_heading and _width(piece) < _column_width(table, code_kind) - 2)
                ):
                    carried.append(piece)
                continue
            if named and carried and row.label:
                carried = _named_tail_above(table, code_kind, rows, row, carried, around)
                row.label, carried = "".join(carried) + row.label, []
            elif named and carried and row.amounts:
                # "…——珍贵历" / "史档案抢救修复及数字化" / "22,800,000.00 …"
                carried = _named_tail_above(table, code_kind, rows, row, carried, around)
                row.label, carried = "".join(carried), []
                rows.append(row)
                continue
            if (
                row.amounts
                and not row.label
                and rows
                and (
                    rows[-1].code
                    or rows[-1].is_total
                    or GROUP_SUM_RE.match(compact(rows[-1].label))
                    or _opens_with_misread_code(rows[-1])
                )
                and not rows[-1].amounts
                # (the parent taking its figures before its child's name: its next figure, still its own)
                and not (len(rows) > 1 and extended is rows[-2] and not rows[-1].label)
            ):
                # code and name on lines of their own, amounts below (the row above's, where plain text set
                # this row's code between that row's name and its figures)
                owner = rows[-2] if _code_before_parent_figures(rows) else rows[-1]
                owner.amounts = row.amounts
                owner.figures_below = True
                extending = owner
            elif (
                row.amounts
                and not row.label
                and extended is not None
                and len(extended.amounts) < columns
                and not (extended is past_footer and _whole_before_footer(table, extended, row))
            ):
                extended.amounts += row.amounts  # and the row's next figure, on the next line
                extended.gathered = True
                extending = extended
            elif row.amounts and not row.label and leading_total and not rows:
                row.label = "合计"
                row.figures_below = True  # (its figures beside no printed 合计)
                rows.append(row)
                extending = row
            elif row.amounts and not row.label and leading_total:
                # Amounts below their rows, yet this line follows a row that has its amounts: the text
                # was extracted out of order (a figure moved down the page); never the next row's.
                strays.append(row)
            elif row.amounts and not row.label and pending is None and _spilled(rows, row.amounts, columns):
                rows[-1].amounts += row.amounts  # the row's last figures, run on to a line of their own
                rows[-1].gathered = True
            elif row.amounts and not row.label and pending is not None:
                pending.amounts += row.amounts  # a row's figures printed one per line
                pending.gathered = True
            elif row.amounts and not row.label:
                pending = row
            elif (
                cell_per_line
                and compact(row.label) in _GROUP_CLASSES
                and not row.amounts
                and rows
                and rows[-1].code
                and not any(r.amounts for r in rows)
            ):
                # the other block's name among the header words printed again after the first row's name,
                # before any figure of the table ("301" / "工资福利支出" / "公用经费" / "科目编" / … /
                # "2894.45 302"): the header's, no block's total (the figures after it are the row's)
                pass
            elif cell_per_line and row.label and not row.amounts and GROUP_SUM_RE.match(compact(row.label)):
                rows.append(
                    row
                )  # a block's total a cell a line ("人员经费合计" / "3,516,480.40"): figures next
            elif (
                row.label
                and not row.amounts
                and n
                and (n - 1 in beside_names or table_row(table, body[n - 1], code_kind).next_block_code)
            ):
                # the name of the block beside, whose code ended the line above ("13,965.80 302" / "商品和
                # 服务支出"), and the rest of it wrapped on the lines below ("商品和服务" / "支出"): no
                # piece of the row above's name (that block's rows are not read here)
                beside_names.add(n)
            elif (
                cell_per_line
                and row.label
                and not row.amounts
                and rows
                and rows[-1].amounts
                and not (
                    rows[-1].code and _is_name_part(row.label) and _row_ends_after(table, body, n, code_kind)
                )
            ):
                # A name after a row's figures (a row without code, 其中…, header words between the
                # figures) is no piece of the row's name, and the figures below it are not the row's (the
                # line ends `extending`). A piece of the row's own name printed after its figures, right
                # before the next row, continues the name below.
                pass
            elif (
                row.label
                and not row.amounts
                and rows
                and _page_header(compact(row.label), unit_name, at_top=new_page and line.page is not None)
            ):
                pass  # the running page header ("某某局2024年度部门决算"): no piece of a name
            elif (
                row.label
                and not row.amounts
                and rows
                and (rows[-1].is_total or names_above)
                and _is_name_part(row.label)
            ):
                after_total.append(row.label)  # the next row's name, if it prints none (see below)
            elif (
                row.label
                and not row.amounts
                and rows
                and (_coded(rows[-1]) or _opens_with_misread_code(rows[-1]))
                and _is_name_part(row.label)
            ):
                above = rows[-1]
                if above.amounts and above.paired_code is None:
                    tails.setdefault(id(above), (above.label, []))[1].append(
                        _lone_piece(table, code_kind, line, row.label)
                    )
                elif above.amounts and line.positioned:
                    paired_tails.setdefault(id(above), (above.label, above.paired_name))
                _continue_name(rows[-1], row.label, _words(row), line)  # a name wrapped onto the next line
            elif (
                row.label
                and rows
                and (rows[-1].code or _opens_with_misread_code(rows[-1]))
                and not rows[-1].amounts
                and _is_name_part(row.label)
            ):
                _continue_name(rows[-1], row.label, _words(row))  # the name's last piece, amounts after it
                rows[-1].amounts = row.amounts
            elif row.amounts and row.label and not row.label.startswith("其中"):
                rows.append(row)  # a labelled row without code (e.g. 人员经费合计)
            elif row.amounts and OF_WHICH_RE.match(row.label) and body_named(OF_WHICH_RE.sub("", row.label)):
                # "其中：某某局机关 …" after the department's rows: a unit's block, its codes again below
                table.cache.setdefault(("unit_blocks_at",), []).append((len(rows), row))
            continue
        if carried:
            # name pieces on lines of their own before a coded row or the total: placed, never dropped
            _place_carried(table, code_kind, rows, row, carried)
            carried = []
        if pending is not None:
            row.amounts = sorted(pending.amounts + row.amounts, key=lambda c: c.segment.x0 or 0)
            row.gathered = True
            pending = None
        if (row.code or named) and row.amounts and not row.label and not row.is_total and after_total:
            # its name's first pieces printed between the 合计 row and its line (a centred code)
            row.label, heads[id(row)] = "".join(after_total), len(after_total)
        after_total = []
        if (
            rows
            and id(rows[-1]) in tails
            and (first := _other_name_opening(row, tails[id(rows[-1])][1])) is not None
        ):
            # A 款 or 项 coded …99 is the national classification's "other" item, named 其他… (but for a
            # few: 2082699 财政对其他基本养老保险基金的补助): where its line's name does not open so, the
            # last piece above that does is its first ("21201 城乡社区管理事务" / "其他城乡社区管理" /
            # "2120199 事务支出"), the pieces before it the row above's.
            above = rows[-1]
            before, pieces = tails.pop(id(above))
            above.label, row.label = before + "".join(pieces[:first]), "".join(pieces[first:]) + row.label
            heads[id(row)] = len(pieces) - first
        elif (
            row.code
            and row.paired_code
            and row.amounts
            and not row.label
            and rows
            and id(rows[-1]) in paired_tails
            and table_row(table, rows[-1].line, code_kind).label
            # (a name's first piece fills its cell, as long as the row above's name on its line at least; a
            # shorter piece is that name's tail, "职工基本医疗保险缴" / "费")
            and len(rows[-1].label) - len(paired_tails[id(rows[-1])][0])
            >= len(table_row(table, rows[-1].line, code_kind).label)
        ):
            # Both names of a row printing two classifications' codes wrapped around its line, its codes and
            # figures between ("机关事业单位基本养   社会保障缴费" / "30108   50102   1,186,420.00 …" /
            # "老保险缴费"), after a row that printed its own names on its line: the pieces between are this
            # row's names' first pieces, each under its name, not the row above's.
            above = rows[-1]
            label, paired_name = paired_tails.pop(id(above))
            row.label = above.label[len(label) :]
            row.paired_name = (above.paired_name or "")[len(paired_name or "") :] or None
            above.label, above.paired_name = label, paired_name
        elif (row.code or named) and row.amounts and not row.label and rows and id(rows[-1]) in tails:
            # A row printing its code and figures but no name, after a row that printed its own: the lines
            # between them are this row's name wrapped around its line (its first pieces above, as a tall
            # cell centres its code and figures: "30103 奖金 180.14" / "机关事业单位基本养老保险" /
            # "30108 1,064.46" / "缴费"), not the row above's. After a row whose name was so wrapped, as
            # many pieces as it had above are its own, the rest this row's.
            above = rows[-1]
            before, pieces = tails.pop(id(above))
            if table_row(table, above.line, code_kind).label:
                # A name's first piece fills its cell's width; a piece much shorter than the widest (under
                # half) is a name's last (the row above's tail: "社会保险经办机" / "构").
                widest = _widest_piece(table, code_kind, header_aside=True)
                kept = next((n for n, piece in enumerate(pieces) if len(piece) >= 0.5 * widest), len(pieces))
                # Measured on the page, a piece short of the cell's right edge ends a name: those up to the
                # last such are the row above's, the rest (each filling the cell) this row's.
                if all(getattr(piece, "measured", False) for piece in pieces):
                    narrow = [n for n, piece in enumerate(pieces) if not _reaches_edge(piece)]
                    if narrow and narrow[-1] + 1 < len(pieces):
                        kept = narrow[-1] + 1
                    elif heads.get(id(above), len(pieces)) < len(pieces):
                        # (every piece fills the cell: a name centred on its line has as many pieces
                        # below it as above)
                        kept = heads[id(above)]
            else:
                kept = heads.get(id(above), len(pieces))
            if kept < len(pieces):
                above.label, row.label = before + "".join(pieces[:kept]), "".join(pieces[kept:])
                heads[id(row)] = len(pieces) - kept
        elif (
            row.code
            and row.amounts
            and row.label
            and rows
            and id(rows[-1]) in tails
            and line.positioned
            and _tail_follows(table, body, n, code_kind)
        ):
            # A name of three lines centred on its code's line ("机关事业单位" / "2080505 基本养老保险 …" /
            # "缴费支出"), after a row whose own name ran on below it ("行政事业单位" / "养老支出"): of the
            # pieces between the two, the last is this row's first when it fills the name's cell (a
            # name's first piece does; "养老支出", shorter, is the row above's last). After a row of one
            # line ("212 城乡社区支出" / "国有土地使用权" / "21208 出让收入安排的 …" / "支出"), a lone piece
            # is this row's first where the row above's name ended on its line: the piece's first
            # character would have fitted there, and a cell wraps only what does not fit.
            above = rows[-1]
            before, pieces = tails[id(above)]
            # (the widest piece without the header printed again, where the table centres its names on
            # their code's line; a table whose names hang below their code's line keeps its tails)
            upward = _names_wrap_upward(table, body, code_kind)
            if (
                # (a 类's name is never indented: an indented piece before a 类 ends the name above)
                not (len(row.code) == 3 and _indented(pieces[-1]))
                and not _national_name_ends_above(table, above, before + "".join(pieces), row, pieces[-1])
                and (
                    len(pieces[-1]) >= _widest_piece(table, code_kind, header_aside=upward)
                    or (upward and _reaches_edge(pieces[-1]))
                    or _opens_indented_name(table, body, code_kind, pieces[-1])
                )
                and (
                    (
                        certain := len(pieces) >= 2
                        or _ended_on_its_line(table, code_kind, above, pieces[0])
                        or _opens_indented_name(table, body, code_kind, pieces[0])
                    )
                    # (a table centring its two-line names on a code line printing none centres every name:
                    # the row above has as many pieces below its line as above it, none here)
                    or (
                        _names_around_nameless_lines(table, body, code_kind) >= 2 and not heads.get(id(above))
                    )
                    # (or one wrapping its two-line names upward, as the two-line case below: never onto a
                    # 类's row by the habit alone, nor from a row whose name began above its line)
                    or (
                        len(row.code) > 3
                        and upward
                        and not heads.get(id(above))
                        and not _names_hang_below(table, body, code_kind)
                    )
                )
            ):
                tails.pop(id(above))
                above.label, row.label = before + "".join(pieces[:-1]), pieces[-1] + row.label
                heads[id(row)] = 1
                if not certain:
                    # (placed by the table's habit: said, the piece may end the name above)
                    _say_pieces_ambiguous(table, above, row, str(pieces[-1]))
        elif (
            row.code
            and row.amounts
            and row.label
            and rows
            and id(rows[-1]) in tails
            and line.positioned
            and len(tails[id(rows[-1])][1]) == 1
        ):
            # A name of two lines, its code and figures on its second ("党委办公厅（室）" / "20131 及相关机构
            # 事务 56.00"), after a row of one line: the piece filling its cell is this row's first where
            # the row above's name ended on its line ("2011101 行政运行"), or where this row's piece cannot
            # open a name ("及…"): a cell wraps only what does not fit.
            above = rows[-1]
            before, pieces = tails[id(above)]
            certain = (
                _ended_on_its_line(table, code_kind, above, pieces[0]) or row.label[:1] in _NO_NAME_OPENING
            )
            # (never onto a 类's row by the table's habit alone: the piece may end the row above's name,
            # wrapped down)
            habit = not certain and len(row.code) > 3 and _names_wrap_upward(table, body, code_kind)
            if (
                _fills_column(table, code_kind, pieces[0])
                and (certain or habit)
                and not _national_name_ends_above(table, above, before + pieces[0], row, pieces[0])
            ):
                tails.pop(id(above))
                above.label, row.label = before, pieces[0] + row.label
                heads[id(row)] = 1
                if habit:
                    # (the row above's name fills its cell: the piece may be its end; said, as the table's
                    # habit placed it)
                    _say_pieces_ambiguous(table, above, row, str(pieces[0]))
        if (
            row.code
            and rows
            and rows[-1].code
            and not rows[-1].label
            and not rows[-1].amounts
            and not row.amounts
        ):
            rows[-1].unpaired = row.unpaired = True  # "30103" / "30108" / "奖金" / "180.14" / …
        if (
            row.is_total
            and not row.amounts
            and (figures := _figures_before_label(body, n, strays, columns, rows))
        ):
            # "86,757,500.00" / … / "240,000.00" / "合计": the total's label centred over the merged code
            # and name cells, set by plain text after its figures (those came out as strays): its figures
            # (checked against its own sum before they are placed)
            row.amounts, row.gathered = figures, True
        if _subtotal_of_class(rows, row):
            continue
        rows.append(row)
    _end_above(rows, carried)  # the last row's name, its last piece below its figures
    if cell_per_line:
        _total_figures_around_label(rows, strays, plain_columns(table)[0])
    if pending is not None and not any(r.code for r in rows):
        # A table of totals only (支出总表 printing one 合计 line under its header): that is the total row.
        pending.label = "合计"
        rows.append(pending)
    elif pending is not None:
        strays.append(pending)  # figures after the last row, no row's below them: said, never dropped
    return rows, strays


def _named_tail_above(
    table: Table, code_kind: str, rows: list[Row], row: Row, pieces: list[str], around: bool
) -> list[str]:
    """Name pieces between two rows of a table of named rows, the row above's last ones joined to it: the
    pieces are the next row's (a name printed wholly above its figures) unless the row above's name goes
    on below its line, where its names wrap around their figures' line (``around``) or the name printed
    beside its figures fills the column (a cell wraps only what does not fit). Then the pieces up to the
    last one narrower than the column end the name above ("基本公共卫生服务项目 … 1,286,000.00" / "市级配套
    资金" / "重大传染病防控及免疫 …"), the rest begin this one's. The pieces left."""
    above = rows[-1] if rows else None
    if above is None or not above.amounts or above.is_total:
        return pieces
    width = _column_width(table, code_kind)
    printed = table_row(table, above.line, code_kind).label
    if not around and not (printed and _width(printed) >= width - 2):
        return pieces
    split = max((k + 1 for k, piece in enumerate(pieces) if _width(piece) < width - 2), default=0)
    if around and not row.label:
        split = min(split, len(pieces) - 1)  # a row has a piece of its own above its line
    elif around and split == len(pieces) and len(pieces) > 1:
        # a name on its figures' line after several narrow pieces: the name above's end, or this one's
        # beginning too, cannot be told; said, taken as this row's
        _say_pieces_ambiguous(table, above, row, "".join(pieces))
        split = 0
    elif not row.label:
        return pieces  # a line of figures alone: the pieces above it are its name
    elif split == 0:
        # every piece fills the column: the name above's end or the next one's beginning, said
        _say_pieces_ambiguous(table, above, row, "".join(pieces))
    above.label += "".join(pieces[:split])
    return pieces[split:]


def _first_row_head(table: Table, body: list[Line], code_kind: str) -> str | None:
    """The first row's first name piece where the header's last line is that piece alone: a positioned
    line of one word naming no column, left of the figures, right before a first row printing its code
    and figures but no name (a tall cell centring them, its name's first piece above its line)."""
    if not table.header or not body or not table.header[-1].positioned:
        return None
    last = table.header[-1]
    first = next((line for line in body if not is_noise(line)), None)
    if first is None or len(last.segments) != 1:
        return None
    row = table_row(table, first, code_kind)
    word = compact(last.text)
    if (
        not row.code
        or not row.amounts
        or row.label
        or column_key_of(word) is not None
        or not _is_name_part(word)
        or re.search(r"\d", word)
        or last.segments[0].x1 is None
        or row.amounts[0].segment.x0 is None
        or last.segments[0].x1 > row.amounts[0].segment.x0
    ):
        return None
    return word


def _names_around_figures(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether a positioned table of named rows prints its names wrapped around their figures' line (a tall
    cell centring the row's figures: "桥西区学前教育保教费补助" / "专项业务类 … 506.00 326.00" / "及幼儿资助
    资金"; a name of three lines, its middle piece on the figures' line): pieces stand before the first row
    and after the last one (a name's end below its row, where nothing follows), no two figures' lines
    follow one another."""
    kinds = []
    for line in body:
        if is_noise(line):
            continue
        row = table_row(table, line, code_kind)
        if row.code and kinds:
            return False
        if row.is_total and kinds:
            break  # the 合计 printed last
        if row.is_total or row.code:
            continue
        kinds.append(("L" if row.label else "F") if row.amounts else "P" if _is_name_part(row.label) else "?")
    text = "".join(kinds)
    # (rows printed whole on their line, a unit's subtotal or a short name, may open or end the body: next
    # to them, one piece above the first figures and below the last, as a name wrapped around them has;
    # two pieces above are a name printed wholly above its figures)
    wrapped = text.strip("L")
    if (text.startswith("L") and not wrapped.startswith("PF")) or (
        text.endswith("L") and not wrapped.endswith("FP")
    ):
        return False
    return (
        bool(body)
        and body[0].positioned
        and text.count("F") + text.count("L") >= 2
        and "?" not in text
        and wrapped.startswith("P")
        and wrapped.endswith("P")
        and "F" in wrapped
        and "FF" not in text
    )


# Characters no subject's name opens with: a name's second piece, its first printed above it
# ("及相关机构事务").
_NO_NAME_OPENING: Final = frozenset("及和与之的等或")


def _fills_column(table: Table, code_kind: str, piece: str) -> bool:
    """Whether a name piece on a line of its own is as long as the longest such piece (a cell wraps only
    what does not fit: a name's first piece fills it, its last one need not); the header printed again on a
    later page is no piece."""
    return len(piece) >= max(_widest_piece(table, code_kind, header_aside=True), 5)


def _say_pieces_ambiguous(table: Table, above: Row, row: Row, pieces: str) -> None:
    """Note name pieces placed on ``row`` that may as well end the name of the row ``above``: said once the
    table is read (parse_coded_table, name_pieces_ambiguous)."""
    table.cache.setdefault(("pieces_ambiguous",), []).append((above, row, pieces))


def _lone_piece(table: Table, code_kind: str, line: Line, label: str) -> str:
    """A name piece on a line of its own, knowing whether it reaches the right edge of the names' column
    (positioned text): a name indented by its level ("　　机关事业单位", a 项's) fills its cell with fewer
    characters than a piece set from the cell's left (its wrapped lines are not indented), so its length
    alone does not tell a first piece from a last."""
    piece = _Piece(label)
    piece.width = display_width(label)
    piece.reaches = piece.indented = piece.measured = False
    cells = [s for s in line.segments if s.x0 is not None and s.x1 is not None and compact(s.text)]
    bounds = _names_bounds(table, code_kind, line.page) if line.positioned and len(cells) == 1 else None
    if bounds is not None:
        left, edge, unit = bounds
        piece.measured = True
        # (within less than a CJK character of the edge: a cell wraps what does not fit)
        piece.reaches = edge - 1.5 * unit <= cells[0].x1 <= edge + 0.5 * unit
        # (an em's indent may come out as a single column of layout text, which rounds positions)
        piece.indented = cells[0].x0 > left + 0.75 * unit
    return piece


def _name_fills_cell(table: Table, code_kind: str, row: Row) -> bool:
    """Whether the name a row prints beside its figures ends at the names' right edge (positioned)."""
    found = _name_cell(table_row(table, row.line, code_kind))
    bounds = _names_bounds(table, code_kind, row.line.page)
    if found is None or bounds is None:
        return False
    _left, edge, unit = bounds
    return found[0][found[1]].x1 >= edge - 1.5 * unit


def _reaches_edge(piece: str) -> bool:
    return getattr(piece, "reaches", False)


def _indented(piece: str) -> bool:
    return getattr(piece, "indented", False)


def _opens_indented_name(table: Table, body: list[Line], code_kind: str, piece: str) -> bool:
    """Whether a lone piece begins a name as its indent shows: indented and filling its cell, in a table
    indenting its names on their first line only (a tail, short of the edge or set at the names' start,
    does not)."""
    return _indented(piece) and _reaches_edge(piece) and _first_lines_indented(table, body, code_kind)


# A continuation mark printed over a table's next page ("续表", "（续）", "续表3").
_CONTINUATION_MARK_RE: Final = re.compile(r"续表[一二三四五六七八九十\d]*|[(（]续[)）]")


def _names_bounds(table: Table, code_kind: str, page: int | None) -> tuple[float, float, float] | None:
    """Where the rows' names printed beside their figures start at the leftmost and end at the rightmost
    on a page (layout text sets each page's columns apart), and the points per display column."""
    unit = _unit(table, code_kind)
    key = ("names_bounds", page)
    if unit is None:
        return None
    if key not in table.cache:
        cells, lone = [], []
        span = _name_span(table, code_kind)
        for line in table.body:
            if line.page != page:
                continue
            row = table_row(table, line, code_kind)
            if row.amounts and row.label and not row.is_total and (found := _name_cell(row)) is not None:
                cells.append(found[0][found[1]])
            elif (
                not row.code
                and not row.amounts
                and row.label
                and _is_name_part(row.label)
                and span
                # (not the header printed again, nor a continuation mark, "续表", set over the columns)
                and compact(line.text) not in _header_texts(table)
                and not _CONTINUATION_MARK_RE.fullmatch(compact(line.text))
            ):
                # (a name's piece on a line of its own: the longest names may be printed only so)
                lone += [
                    s for s in line.segments if s.x0 is not None and span[0] <= s.x0 and s.x1 <= span[1] + 1
                ]
        table.cache[key] = (min(c.x0 for c in cells), max(c.x1 for c in cells + lone)) if cells else None
    bounds = table.cache[key]
    return None if bounds is None else (*bounds, unit)


def _first_lines_indented(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether a table indents its names by level on their first line only (full-width spaces before the
    name: "　　征地和拆迁补" / "2120801 3,200.00 …" / "偿支出"): a row printing no name beside its figures
    has a piece above its line starting right of the names' leftmost start, filling the cell, and one
    below it, narrower, at that start. Then a lone piece indented so is a name's first line, never the
    end of the name above."""
    key = ("first_lines_indented",)
    if key not in table.cache:
        lines, rows = _content_rows(table, body, code_kind)

        def measured(k: int) -> str:
            return _lone_piece(table, code_kind, lines[k], rows[k].label)

        table.cache[key] = any(
            rows[n].code
            and rows[n].amounts
            and not rows[n].label
            and _is_lone_piece(rows[n - 1])
            and _is_lone_piece(rows[n + 1])
            and _reaches_edge(first := measured(n - 1))
            and _indented(first)
            and not _reaches_edge(last := measured(n + 1))
            and not _indented(last)
            for n in range(1, len(rows) - 1)
        )
    return table.cache[key]


def _other_name_opening(row: Row, pieces: list[str]) -> int | None:
    """For a 款 or 项 row coded …99 (其他…) whose line prints no name opening with 其他, the index of the
    last piece above it that does; None otherwise."""
    if not (row.code and len(row.code) in (5, 7) and row.code.endswith("99") and row.amounts):
        return None
    if row.label.startswith("其他"):
        return None
    return next((n for n in range(len(pieces) - 1, -1, -1) if pieces[n].startswith("其他")), None)


def _content_rows(table: Table, body: list[Line], code_kind: str) -> tuple[list[Line], list[Row]]:
    """The body's lines that are no noise, and each read as a row (the table-wide scans of name pieces)."""
    lines = [line for line in body if not is_noise(line)]
    return lines, [table_row(table, line, code_kind) for line in lines]


def _is_lone_piece(row: Row) -> bool:
    """A line printing a piece of a name alone: no code, no figure."""
    return not row.code and not row.amounts and bool(row.label) and _is_name_part(row.label)


def _is_full_lone_piece(table: Table, code_kind: str, line: Line, row: Row) -> bool:
    """A lone piece filling its cell: as many characters as the column's widest piece, or reaching the
    names' right edge as measured on the page."""
    return _is_lone_piece(row) and (
        _fills_column(table, code_kind, row.label)
        or _reaches_edge(_lone_piece(table, code_kind, line, row.label))
    )


def _names_hang_below(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether some row hangs its name below its code line: a code line printing a name that fills its
    cell, no full piece above it and a short one below (the name's end). Such a table does not wrap or
    centre every name: neither its pieces around nameless lines nor its upward wrapping tell the others."""
    key = ("names_hang_below",)
    if key not in table.cache:
        lines, rows = _content_rows(table, body, code_kind)

        table.cache[key] = any(
            rows[n].code
            and rows[n].amounts
            and rows[n].label
            and (
                _fills_column(table, code_kind, rows[n].label) or _name_fills_cell(table, code_kind, rows[n])
            )
            and not _is_full_lone_piece(table, code_kind, lines[n - 1], rows[n - 1])
            and _is_lone_piece(rows[n + 1])
            and not _reaches_edge(_lone_piece(table, code_kind, lines[n + 1], rows[n + 1].label))
            and len(rows[n + 1].label) < _widest_piece(table, code_kind, header_aside=True)
            for n in range(1, len(rows) - 1)
        )
    return table.cache[key]


def _names_around_nameless_lines(table: Table, body: list[Line], code_kind: str) -> int:
    """How many code lines print their figures but no name between lone name pieces, the one right above
    filling the cell and another piece above that (the row above's tail): a name's first piece above its
    line, its last below (a tall cell centring a name of two lines on its code's line). A table hanging
    its names below their code's line prints one-line names there, between two code lines: not counted;
    and none is where a row's name hangs below its code line (a table mixing alignments)."""
    key = ("names_around_nameless",)
    if key not in table.cache:
        lines, rows = _content_rows(table, body, code_kind)

        table.cache[key] = (
            0
            if _names_hang_below(table, body, code_kind)
            else sum(
                1
                for n in range(2, len(rows) - 1)
                if rows[n].code
                and rows[n].amounts
                and not rows[n].label
                and _is_lone_piece(rows[n - 2])
                and _is_full_lone_piece(table, code_kind, lines[n - 1], rows[n - 1])
                and _is_lone_piece(rows[n + 1])
            )
        )
    return table.cache[key]


def _names_wrap_upward(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether a table prints its two-line names with their first piece above the code's line, as its rows
    show where that is certain (two at least): a piece filling its cell between a row whose name ended on
    its line and a coded row, or before a row whose piece cannot open a name. Then a piece between two rows
    whose names both fill the cell is the next row's too (a table wraps its cells alike)."""
    key = ("wrap_upward",)
    if key not in table.cache:
        certain = 0
        rows = [table_row(table, line, code_kind) for line in body]
        for n in range(1, len(body) - 1):
            piece, above, below = rows[n], rows[n - 1], rows[n + 1]
            if (
                piece.code
                or piece.amounts
                or not piece.label
                or not _fills_column(table, code_kind, piece.label)
                or not (above.code and above.amounts and below.code and below.amounts and below.label)
            ):
                continue
            if (
                below.label[:1] in _NO_NAME_OPENING
                or _ended_on_its_line(table, code_kind, above, piece.label)
                # (a …99 row's 其他… name begun above its line)
                or _other_name_opening(below, [piece.label]) == 0
            ):
                certain += 1
        # and a code line printing its figures but no name between two lone pieces
        table.cache[key] = certain + _names_around_nameless_lines(table, body, code_kind) >= 2
    return table.cache[key]


def _ended_on_its_line(table: Table, code_kind: str, row: Row, piece: str) -> bool:
    """Whether a row's name ended on its own line, not in the piece below it: the piece's first character
    would have fitted after the name the row prints there, within the column (no name printed beside its
    figures ends further right than the cell's edge; measured from where each name ends, since names may
    be indented by level)."""
    found = _name_cell(table_row(table, row.line, code_kind))
    unit = _unit(table, code_kind)
    if found is None or unit is None or not piece:
        return False
    edge = max(cells[n].x1 for cells, n in _name_cells(table, code_kind))
    cells, n = found
    return cells[n].x1 + display_width(piece[0]) * unit <= edge + 0.01 * unit


def _tail_follows(table: Table, body: list[Line], n: int, code_kind: str) -> bool:
    """Whether the line after line n is a lone piece of a name (no code, no figure): the row of line n
    runs its name on below its line."""
    following = _next_content_line(table, body, n)
    if following is None:
        return False
    return _is_lone_piece(table_row(table, following, code_kind))


def _end_above(rows: list[Row], pieces: list[str]) -> list[str]:
    """Name pieces that can only end the name of the row above (before a heading, a line that is no
    project's row, the table's end): joined to it where it printed figures. The pieces left unplaced."""
    if pieces and rows and rows[-1].amounts and not rows[-1].is_total:
        rows[-1].label += "".join(pieces)
        return []
    return pieces


def _place_carried(table: Table, code_kind: str, rows: list[Row], row: Row, pieces: list[str]) -> None:
    """Name pieces printed on lines of their own between a row of a project table and the next coded row
    (or the total): the row above's last pieces, then the next row's first. A name's first piece fills its
    column and so does every piece but its last, so the pieces up to the last one narrower than the column
    (by more than a character) are the row above's ("农村公路安全生命防护 2140106 … 500.00" / "工程" /
    "交通运输综合执法能力" / "建设 2140199 …": "工程" the tail, the next its head, a tall cell centring its
    code and figures). Pieces that all fill the column are the next row's, unless the table prints its
    names' ends below their rows and never a name's beginning above one (`_tails_only`): then the row
    above's. Pieces before the total are the last row's."""
    above = rows[-1] if rows else None
    if above is None or not above.amounts or above.is_total:
        if not row.is_total:
            row.label = "".join(pieces) + row.label
        return
    if row.is_total:
        above.label += "".join(pieces)
        return
    width = _column_width(table, code_kind)
    split = max((n + 1 for n, piece in enumerate(pieces) if _width(piece) < width - 2), default=0)
    # On a PDF's page (widths measured in points, not counted in characters: a text's line breaks may be
    # its writer's), a row printing a piece narrower than the column beside its figures has printed its
    # name's last piece there (a name goes on below its row only from a piece filling the column): none
    # of these is its.
    printed = table_row(table, above.line, code_kind)
    closed = (
        _unit(table, code_kind) not in (None, 1.0)
        and bool(printed.label)
        and _row_name_width(table, code_kind, printed) < width - 2
    )
    if closed and row.label:
        split = 0
    elif split == 0 and _tails_only(table, code_kind):
        split = len(pieces)
    elif split == 0 and row.label:
        # nothing tells whether they end the name above (its last piece as wide as the column) or begin
        # this one: said (parse_coded_table), taken as this row's
        _say_pieces_ambiguous(table, above, row, "".join(pieces))
    if not row.label:
        # a code line printing no name: its name is its pieces down to the last one, after the last
        # narrow piece before it (the name above's end)
        split = max((n + 1 for n, piece in enumerate(pieces[:-1]) if _width(piece) < width - 2), default=0)
    above.label += "".join(pieces[:split])
    row.label = "".join(pieces[split:]) + row.label


def _name_above(table: Table, code_kind: str, pieces: list[str]) -> bool:
    """Whether name pieces printed above a code line can be its project's name: one fills the name column
    at least (a name wrapped over lines; a narrow piece alone is the end of the name above)."""
    width = _column_width(table, code_kind)
    return any(_width(piece) >= width - 2 for piece in pieces)


def _tails_only(table: Table, code_kind: str) -> bool:
    """Whether a project table prints each wrapped name from its row's line down: some run of name pieces
    between two rows ends in a piece narrower than the column (a name's end below its row), and none
    shows a name beginning above its row (a full piece after a narrow one, pieces over a row printing no
    name, or over the first row)."""
    key = ("tails_only",)
    if key not in table.cache:
        width = _column_width(table, code_kind)
        tails = heads = False
        run: list[str] = []
        seen_row = False
        for line in table.body:
            if is_noise(line):
                continue
            row = table_row(table, line, code_kind)
            if row.code is None and not row.amounts and row.label and _is_name_part(row.label):
                run.append(_piece(row.label, _lone_width(table, code_kind, line, row.label)))
                continue
            if row.amounts or row.code:
                narrow = [n for n, piece in enumerate(run) if _width(piece) < width - 2]
                if run and (not seen_row or not row.label or (narrow and narrow[-1] < len(run) - 1)):
                    heads = True
                elif run and narrow:
                    tails = True
                seen_row = True
            run = []
        table.cache[key] = tails and not heads
    return table.cache[key]


# A running page header: the report's title ("2024年部门预算", "…部门决算公开"), the unit's name before it.
_REPORT_TITLE_RE: Final = re.compile(r"(?:\d{4}年度?)?(?:部门|单位)?(?:预算|决算)(?:公开)?表?$")
_YEAR_RE: Final = re.compile(r"\d{4}年")
# A running head's continuation mark and table number after the title ("（续）表3", "续表3").
_CONTINUED_TABLE_RE: Final = re.compile(r"(?:[(（]续[)）])?(?:续?表[一二三四五六七八九十\d]+(?:-\d+)?)?$")
_UNIT_AFTER_RE: Final = re.compile(r"(?:金额)?单位[:](?:人民币)?(?:万元|千元|元)$")
# A running head naming the report's kind only ("部门预算公开", "部门决算信息公开"): atop a page, no name's
# piece.
_GENERIC_TITLE_RE: Final = re.compile(r"(?:部门|单位)(?:预算|决算)(?:信息)?公开")


def _page_header(piece: str, unit_name: str | None, at_top: bool = False) -> bool:
    """Whether a line of a table's body is the running page header. Atop a page the table runs on to: the
    report's title with its year ("2024年部门预算", "2024年某某局部门预算"), or the unit's name (as the
    cover prints it, or its end: without the province, "某某县交通运输局"). Elsewhere, and in text
    without page breaks, only the unit's name (4 characters at least) followed by the title with its year
    ("某某县交通运输局2024年部门预算"): a name's piece may read "2023年度决算" or a unit's name."""
    unit = compact(unit_name or "")
    if at_top:
        piece = _UNIT_AFTER_RE.sub("", piece)  # "某某局2024年部门预算公开  金额单位：元"
        piece = _CONTINUED_TABLE_RE.sub("", piece)  # "…部门预算公开表（续）表3"
    title = _REPORT_TITLE_RE.search(piece)
    head = piece[: title.start()] if title else piece
    if at_top:
        if (title and _YEAR_RE.search(piece)) or _GENERIC_TITLE_RE.fullmatch(piece):
            return True
        return bool(unit) and len(head) >= 3 and unit.endswith(head)
    return bool(title and head and _YEAR_RE.search(piece[title.start() :])) and (
        len(head) >= 4 and unit.endswith(head)
    )


def _remark_goes_on(rows: list[Row]) -> bool:
    """Whether the row above printed a remark after its figures in text without positions ("… 300.00 300.00
    省级补助资金"): a piece on the next line is the remark's going on, not its name's."""
    above = rows[-1] if rows else None
    if above is None or not above.amounts or above.line.positioned:
        return False
    text = above.line.text
    last = above.amounts[-1].raw
    at = text.rfind(last)
    return at >= 0 and bool(CJK_RE.search(text[at + len(last) :]))


CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")


def _name_column_pieces(table: Table, code_kind: str, rows: list[Row], line: Line, label: str) -> str:
    """The pieces of a line that stand in the name column of the row above, in positioned text, with their
    printed width; the whole label where that cannot be told."""
    span = _name_column(rows[-1]) if rows and line.positioned else None
    if span is None:
        return _piece(label, _lone_width(table, code_kind, line, label))
    left, right = span
    # (not the words under a 单位名称 / 项目类别 column beside the name's: the row's name span reaches them)
    segments = _name_segments(line, *others) if (others := _other_text_columns(table)) else line.segments
    # (a cell starting where the row above's name starts is the name's though it ends past the span: layout
    # text starts a cell at its character offset and ends it a display width later, so a name wider than
    # the row above's ends past that row's first figure, which starts at its own offset; a continuation
    # mark or a heading set across the page starts elsewhere)
    start = _name_cell(rows[-1])
    name_x0 = start[0][start[1]].x0 if start is not None else None
    cells = [
        s
        for s in segments
        if s.x0 is not None
        and left <= s.x0
        and (s.x1 <= right + 1 or (s.x0 < right and name_x0 is not None and abs(s.x0 - name_x0) <= 2))
    ]
    return _piece("".join(compact(s.text) for s in cells), _extent(table, code_kind, cells))


@mypyc_attr(native_class=False)  # (compiled, a class of mypyc's own cannot extend str)
class _Piece(str):
    """A name piece and its printed width in display columns (a CJK character two), from its position on
    the page where the text has positions: a PDF sets Latin letters and digits proportionally, and may
    shrink a long name to fit its cell."""

    width: float


def _piece(text: str, width: float | None) -> str:
    piece = _Piece(text)
    piece.width = display_width(text) if width is None else width
    return piece


def _width(text: str) -> float:
    return text.width if isinstance(text, _Piece) else display_width(text)


def _name_cells(table: Table, code_kind: str) -> list[tuple[list[Segment], int]]:
    """The name cells (each row's cells and its name's index) of the rows printing figures, positioned."""
    key = ("name_cells",)
    if key not in table.cache:
        table.cache[key] = [
            found
            for line in table.body
            if (row := table_row(table, line, code_kind)).amounts
            and row.label
            and (found := _name_cell(row)) is not None
        ]
    return table.cache[key]


def _unit(table: Table, code_kind: str) -> float | None:
    """Points per display column of the table's names, in positioned text (1 in pdftotext -layout text,
    whose positions are display columns): the median over its rows' name cells."""
    key = ("name_unit",)
    if key not in table.cache:
        ratios = [
            (cell.x1 - cell.x0) / columns
            for cells, n in _name_cells(table, code_kind)
            if (columns := display_width(compact((cell := cells[n]).text))) >= 4
        ]
        table.cache[key] = statistics.median(ratios) if ratios else None
    return table.cache[key]


def _extent(table: Table, code_kind: str, cells: list[Segment]) -> float | None:
    """The printed width of positioned cells in display columns; None where the table gives no unit."""
    unit = _unit(table, code_kind)
    if unit is None or not cells:
        return None
    return (max(c.x1 for c in cells) - min(c.x0 for c in cells)) / unit


def _name_span(table: Table, code_kind: str) -> tuple[float, float] | None:
    """Where the table's names stand on the page: between the cells either side of every row's name (its
    code and its first figure, or the subject's name)."""
    spans = [_between(cells, n) for cells, n in _name_cells(table, code_kind)]
    return (max(a for a, _b in spans), min(b for _a, b in spans)) if spans else None


def _lone_width(table: Table, code_kind: str, line: Line, label: str) -> float:
    """The printed width of a line of name pieces: in positioned text its cells within the table's name
    column (a remark's piece beside them is another column's), else its characters'."""
    span = _name_span(table, code_kind) if line.positioned else None
    if span is not None:
        cells = [s for s in line.segments if s.x0 is not None and span[0] <= s.x0 and s.x1 <= span[1] + 1]
        width = _extent(table, code_kind, cells)
        if width is not None or not cells:
            return width or 0
    return display_width(label)


def _row_name_width(table: Table, code_kind: str, row: Row) -> float:
    """The printed width of the name a row prints beside its figures."""
    found = _name_cell(row)
    if found is not None and (width := _extent(table, code_kind, [found[0][found[1]]])) is not None:
        return width
    # (plain text: a project's number opening the line is no part of the name's width)
    return display_width(_LEADING_PROJECT_NUMBER_RE.sub("", row.label, count=1))


def _name_column(row: Row) -> tuple[float, float] | None:
    """Where a positioned row's name cell may stand: between the cells either side of its name on its line
    (its code, its first figure; a name centred in its column may start left of the one above). None
    where the line does not tell."""
    found = _name_cell(row)
    return None if found is None else _between(*found)


def _between(cells: list[Segment], n: int) -> tuple[float, float]:
    """From the end of the cell before cell n to the start of the cell after it."""
    return (cells[n - 1].x1 if n else float("-inf")), cells[n + 1].x0


_PROJECT_NUMBER_CELL_RE: Final = re.compile(r"(?=[0-9A-Z]*\d)[0-9A-Z]{10,}")


def _name_cell(row: Row) -> tuple[list[Segment], int] | None:
    """A positioned row's cells and the index of its name's cell (a cell after it on the line), or None."""
    if not row.line.positioned:
        return None
    cells = [s for s in row.line.segments if s.x0 is not None and compact(s.text)]
    figures = {c.segment.x0 for c in row.amounts}
    # the first cell that is neither the row's code nor one of its figures (a name may open with digits:
    # "12328交通运输服务监督热线")
    start = next(
        (
            n
            for n, s in enumerate(cells)
            if s.x0 not in figures
            and compact(s.text) != row.code
            and _is_name_part(compact(s.text))
            and not _PROJECT_NUMBER_CELL_RE.fullmatch(compact(s.text))  # (a 项目编码 cell before the name)
            # 科目编码 | 科目名称 | 项目名称: the subject's cell is not the name's
            and not (row.subject_name and row.subject_name.startswith(compact(s.text)))
        ),
        None,
    )
    if start is None or start + 1 >= len(cells):
        return None
    return cells, start


def _names_wholly_above(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether every row of the table prints its name on the lines above its code and figures, none on its
    own line ("农林水支出" / "213 1,130.00 850.00 280.00" / "水利" / "21303 …", the last line a code
    line): each name piece is the next row's, never the tail of the row above (as where a tall cell
    centres its code among its name's pieces, and some rows print their name beside their code)."""
    codes, pieces, last = 0, 0, ""
    for line in body:
        if is_noise(line):
            continue
        row = table_row(table, line, code_kind)
        if row.is_total and not codes and not pieces:
            continue
        if row.code and row.amounts and not row.label and pieces:
            codes, pieces, last = codes + 1, 0, "code"
        elif not row.code and row.label and not row.amounts and _is_name_part(row.label):
            pieces, last = pieces + 1, "piece"
        else:
            return False
    return codes >= 2 and last == "code"


def _subject_name_piece(above: Row, line: Line) -> tuple[str, str] | None:
    """A line of name pieces only, after a row printing its project's name, then its code and the subject's
    name (项目名称 | 科目编码 | 科目名称), one piece at least in that name's column on the same page (right
    of the code, wholly left of the row's first figure): (the project name's piece left of the code, or
    "", the subject name's). Such a piece is the subject's name wrapped, not the project's, nor a remark's
    after the figures or a running header. Only positioned text tells; None for any other line."""
    if not above.subject_name or not above.code or not line.positioned or not above.line.positioned:
        return None
    if line.page != above.line.page or not above.amounts or above.amounts[0].segment.x0 is None:
        return None
    # the code's cell, or the cell it opens one space before the subject's name ("2140199 其他公路…")
    code = next((s for s in above.line.segments if compact(s.text).startswith(above.code)), None)
    if code is None or code.x0 is None:
        return None
    code_x0 = code.x0 + len(code.text) - len(code.text.lstrip())
    code_x1 = code.x1 if compact(code.text) == above.code else code_x0 + len(above.code)
    money_x = above.amounts[0].segment.x0
    # 科目编码 | 科目名称 | 项目名称: the project's cell stands between the subject's and the figures
    cells = [c for c in above.line.segments if c.x0 is not None and compact(c.text)]
    after = [c for c in cells if c.x0 > code_x0 and c.x1 <= money_x and c is not code]
    project_x0 = after[1].x0 if len(after) >= 2 else money_x
    left, right = "", ""
    for piece in line.segments:
        text = compact(piece.text)
        if piece.x0 is None or not _is_name_part(text):
            return None
        if piece.x1 <= code_x0 or (project_x0 - 1 <= piece.x0 and piece.x1 <= money_x):
            left += text
        elif code_x1 < piece.x0 and piece.x1 <= project_x0 + 1:
            right += text
        else:
            return None
    return (left, right) if right else None


def _own_class(table: Table, body: list[Line], code_kind: str) -> str | None:
    """The first digit of the codes most of an economic table's rows print ("3": 部门预算支出经济分类), the
    table's own classification where its rows print the other's codes beside or between them."""
    if code_kind != "economic":
        return None
    key = ("own_class", code_kind)
    if key not in table.cache:
        digits = [row.code[0] for line in body if (row := table_row(table, line, code_kind)).code]
        table.cache[key] = max(("3", "5"), key=digits.count) if code_kind == "economic" and digits else None
    return table.cache[key]


def _pairs_with(rows: list[Row], row: Row, code_kind: str, own: str | None = None) -> bool:
    """Whether a code row is the other economic classification's code of the row above (a 301 row's 501
    code, as long), printed on a line of its own before the row's figures. The row above is of the
    table's own classification: a governmental code on a line of its own over the rows a merged cell
    spans ("50101 工资奖金津补贴" between 30102 and 30103) pairs with none of them."""
    if code_kind != "economic" or not row.code or not rows:
        return False
    above = rows[-1]
    return bool(
        above.code
        and above.label
        and not above.amounts
        and not above.paired_code
        and (own is None or above.code[0] == own)
        and above.code[0] != row.code[0]
        and {above.code[0], row.code[0]} == {"3", "5"}
        and len(above.code) == len(row.code)
    )


def _subtotal_of_class(rows: list[Row], row: Row) -> bool:
    """A 小计 row closing a 类's family ("213 农林水支出" printed without figures, its 款 and 项, then
    "小计 10,500,000.00 …") is that 类's figures, never a total of the table: given to the 类 row when it
    printed none, dropped when it printed the same. Whether it was taken."""
    if row.code is not None or compact(row.label) != "小计" or not row.amounts:
        return False
    heads = [n for n, r in enumerate(rows) if r.code and len(r.code) == 3]
    if not heads:
        return False
    head = rows[heads[-1]]
    if not all(r.code and r.code.startswith(head.code) for r in rows[heads[-1] + 1 :]):
        return False
    if not head.amounts:
        head.amounts = list(row.amounts)
        return True
    return [c.raw for c in head.amounts] == [c.raw for c in row.amounts]


def _spilled(rows: list[Row], figures: list[Cell], columns: int) -> bool:
    """Whether figures alone on a line are the last ones of the row above, run on to the next line: that
    row's own figures do not add up (its total is not the sum of its parts) and with these they do. Else
    they are the next row's, printed above it."""
    if not rows or not rows[-1].code or len(rows[-1].amounts) < 2:
        return False
    printed = rows[-1].amounts
    if len(printed) + len(figures) > columns:
        return False
    total, parts = printed[0].raw, [c.raw for c in printed[1:]]
    return not printed_sum_holds(total, parts) and printed_sum_holds(total, parts + [c.raw for c in figures])


def _header_words_after_rows(table: Table, body: list[Line], code_kind: str) -> set[int]:
    """The body lines that print a page's header again in another order, after rows were read (plain text
    sets a page's header cells after its rows: "合计" / "小计" / "上年决算数" / "基本支出" / "科目编码" /
    "项目支出"): three lines at least, each a header cell or a column's name, no figure and no code, one
    of them the code or name column's (never a row's label). Not rows: a 合计 or 小计 among them is a
    header cell, and the figures after them are no row's they name."""
    found: set[int] = set()
    if not body or body[0].positioned:
        return found  # (positioned text keeps each page's header above its rows)
    headers = _header_texts(table)
    run: list[int] = []
    seen_code = after_row = False

    def close() -> None:
        if len(run) >= 3 and any(compact(body[k].text) in _CODE_NAME_HEADER_WORDS for k in run):
            found.update(run)
        run.clear()

    for n, line in enumerate(body):
        text = compact(line.text)
        row = table_row(table, line, code_kind)
        wordy = seen_code and text and not row.code and not row.amounts and not _DIGIT_RE.search(text)
        # (right after a row's line: a header atop a page, after its number or "续表", is another's)
        if (
            wordy
            and (after_row or run)
            and (
                text in _CODE_NAME_HEADER_WORDS
                or _header_again(table, line, headers)
                or (len(text) <= 6 and column_key_of(text) is not None)
            )
        ):
            run.append(n)
            continue
        if run and row.amounts and not row.code and not row.label:
            if table_row(table, body[run[-1]], code_kind).is_total:
                run.pop()  # a 合计 closing the words, its figures next: the total row (``_total_row_alone``)
            elif table_row(table, body[run[0]], code_kind).is_total and _whole_row_from(
                table, body, n, code_kind
            ):
                # a 合计 opening them, a whole row's figures after them (its total the sum of the rest):
                # the total row, its label set before the page's header words
                run.pop(0)
        close()
        seen_code = seen_code or bool(row.code)
        after_row = bool(row.code or row.amounts) and not is_page_line(line)
    close()
    return found


def _whole_row_from(table: Table, body: list[Line], n: int, code_kind: str) -> bool:
    """Whether the lines of figures alone from line n on are one whole row of the table: as many figures
    as it has columns, the first the sum of the others."""
    columns = len(plain_columns(table)[0])
    figures: list[str] = []
    for line in body[n:]:
        row = table_row(table, line, code_kind)
        if not row.amounts or row.code or row.label or len(figures) >= columns:
            break
        figures.extend(c.raw for c in row.amounts)
    return len(figures) == columns > 1 and printed_sum_holds(figures[0], figures[1:])


def _header_printed_again(table: Table, body: list[Line]) -> set[int]:
    """The body lines that print the table's header again, line for line from its first line on (a page
    the table runs on to, in text without form feeds to tell the pages by): no pieces of a name above."""
    words = [text for line in table.header if (text := compact(line.text)) and not amount_unit_in(line.text)]
    if len(words) < 3 or not any(line.text.lstrip().startswith(words[0][:1]) for line in body):
        return set()
    texts = [compact(line.text) for line in body]
    again: set[int] = set()
    for n, text in enumerate(texts):
        if text == words[0] and texts[n : n + len(words)] == words:
            again.update(range(n, n + len(words)))
    return again


def _header_again(table: Table, line: Line, headers: set[str], after_header: bool = False) -> bool:
    """Whether a line prints (a part of) the table's header again: a line of it, or, positioned, cells
    that are each a cell of it (a page grouping the header's cells into lines otherwise: "科目编码" and
    "附属单位上缴" on one line where the first page printed them a line each)."""
    if compact(line.text) in headers:
        return True
    key = ("header_cells", len(table.header))  # (asked for while the header is being split off)
    if key not in table.cache:
        cells = {
            compact(word)
            for ln in table.header
            for seg in ln.segments
            for word in _cells_of(seg, ln.positioned)
        } - {""}
        table.cache[key] = cells, set("".join(cells))
    known, characters = table.cache[key]
    words = [compact(word) for seg in line.segments for word in _cells_of(seg, line.positioned)]
    if bool(words) and all(word in known for word in words):
        return True
    # A page setting its own column widths wraps the header's words otherwise ("事业单" / "位经营" / "支出"
    # on one page, "事业单位" / "经营支出" on the next; in plain text a row a line on one page, a cell a
    # line on the next): cells, two at least, made of the header's characters, or one under the header's
    # other lines (positioned: right of the names, "出" of "对附属单位补助支" / "出").
    if not words or not all(word and set(word) <= characters for word in words):
        return False
    if len(words) >= 2:
        return True
    return after_header and (not line.positioned or line.segments[0].x0 >= _first_money_x(table))


def _cells_of(segment: Segment, positioned: bool) -> list[str]:
    """A segment's header cells: itself where positioned, its words in plain text."""
    return [segment.text] if positioned else segment.text.split()


def _first_money_x(table: Table) -> float:
    """Where the header's leftmost money column begins (its cell's left edge), or infinity."""
    key = ("first_money_x", len(table.header))
    if key not in table.cache:
        table.cache[key] = first_money_x(table.header)
    return table.cache[key]


def _header_texts(table: Table) -> set[str]:
    """The header's lines as printed (spaces removed), and all of them run together: what a page the table
    runs on to prints again above its rows."""
    key = ("header_texts", len(table.header))  # asked for while the header is still being split off
    if key not in table.cache:
        texts = [compact(line.text) for line in table.header if compact(line.text)]
        table.cache[key] = {*texts, "".join(texts)} if texts else set()
    return table.cache[key]


def _figures_expected(
    table: Table,
    body: list[Line],
    n: int,
    code_kind: str,
    rows: list[Row],
    extending: Row | None,
    columns: int,
) -> bool:
    """Whether line n, which reads as a code without a name but holds figures only ("2057937 2057937",
    "1464678"), is figures: an integer printed without separators looks like a code. It is, where a row
    still waits for its figures (its name wrapped above them), the row whose figures run a line each has
    columns left, or the table's 合计 figures open the body; unless its name follows on the next line
    (code / name / figures) where the table has not printed that code already, or it reads as a code under
    the waiting row (its child, printed bare)."""
    row = table_row(table, body[n], code_kind)
    if _figures_have_decimals(table, body, code_kind):
        return False  # where figures print their decimals, an integer of code shape is a code ("50201")
    waiting = rows[-1] if rows and (rows[-1].code or rows[-1].is_total) and not rows[-1].amounts else None
    if waiting is not None and waiting.code and parent_code(row.code) == waiting.code:
        return False
    expected = (
        waiting is not None
        or (extending is not None and len(extending.amounts) + len(row.figures) <= columns)
        or (not rows and _amounts_below_rows(table, body, code_kind))
    )
    # A code the table printed already, with its name, is no row of its own where the same figure stands
    # on the line before or after: a row's figures repeating ("2130705 对村民委员会和村党支部 208 208",
    # total = basic), whatever follows them. (Not a code printed again for a second project, nor a figure
    # read as a code before, "合计 / 147 / 147".)
    text = compact(body[n].text)
    printed = (
        (n > 0 and compact(body[n - 1].text) == text)
        or (n + 1 < len(body) and compact(body[n + 1].text) == text)
    ) and any(other.code == row.code and other.label.strip() for other in rows)
    return expected and (printed or not _code_alone(table, body, n, code_kind))


def _figures_have_decimals(table: Table, body: list[Line], code_kind: str) -> bool:
    """Whether the table prints its figures with decimals (all of those not of code shape do)."""
    key = ("figures_have_decimals", code_kind)
    if key not in table.cache:
        raws = [c.raw for line in body for c in table_row(table, line, code_kind).amounts]
        table.cache[key] = bool(raws) and all("." in raw for raw in raws)
    return table.cache[key]


def _words(row: Row) -> str:
    """The label of a row without code as printed (spaces kept), amounts left out."""
    text = row.line.text
    for cell in reversed(row.amounts):
        cut = text.rfind(cell.raw)
        if cut >= 0:
            text = text[:cut]
    return text.strip()


def _nearest_parent(rows: list[Row], code: str) -> Row | None:
    by_code = {r.code: r for r in rows if r.code}
    for cut in (5, 3):
        if cut < len(code) and code[:cut] in by_code:
            return by_code[code[:cut]]
    return None


def _adds_up(whole: Cell, parts: list[Cell]) -> bool:
    return printed_sum_holds(whole.raw, [c.raw for c in parts])


def _row_worth(cells: list[Cell]) -> bool:
    """Whether figures are a row's worth: two or more, the first the sum of the others."""
    return len(cells) >= 2 and _adds_up(cells[0], cells[1:])


def place_strays(table: Table, ctx: Context, rows: list[Row], strays: list[Row]) -> None:
    """A figure extracted out of order belongs to the one coded row left without amounts, when its parent
    row's total equals the sum of its children with it and not without it, and the row's own children (if
    printed) add up to it, to the printed rounding: the identities decide, not the position. Otherwise the
    figure is a diagnostic and is not loaded."""
    bare = [r for r in rows if r.code and not r.amounts]
    for stray in strays:
        placed = False
        if len(strays) == 1 and len(stray.amounts) == 1 and len(bare) == 1:
            row = bare[0]
            parent = _nearest_parent(rows, row.code)
            if parent is not None and parent.amounts:
                siblings = [
                    r.amounts[0]
                    for r in rows
                    if r.code and _nearest_parent(rows, r.code) is parent and r.amounts
                ]
                own = [
                    r.amounts[0]
                    for r in rows
                    if r.code and _nearest_parent(rows, r.code) is row and r.amounts
                ]
                placed = (
                    _adds_up(parent.amounts[0], [*siblings, *stray.amounts])
                    and not _adds_up(parent.amounts[0], siblings)
                    and (not own or _adds_up(stray.amounts[0], own))
                )
                if placed:
                    row.amounts = list(stray.amounts)
        if not placed:
            ctx.diagnose(
                "warn",
                "unplaced_amounts",
                f"{table.title}: the figure(s) {[c.raw for c in stray.amounts]} on line {stray.line.number} "
                "stand below a row that already has its amounts (text extracted out of order) and no "
                "identity places them; they were not loaded.",
                table,
                stray.line,
                observed=" ".join(c.raw for c in stray.amounts),
            )


# Figures as amounts are printed (separators or two decimals) ending a subject's name, nothing but marks
# after them: "行政运行5,240.00/" (names are compacted, so figures run into each other: "…540.00540.00#").
# A figure inside a name, words after it, is the name's ("高标准农田建设1.25万亩", "1:2,000地形图").
# Nor are figures run into another figure or a code ("…支出80.3880.382080599其他…": a row glued to the next
# one on a line, as some extractors give them).
_FIGURE_IN_NAME_RE: Final = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d{2})[^\u4e00-\u9fff]*$|\d+\.\d{2}(?=\d+\.\d{2}|[1-5]\d{2})"
)


def _figures_in_names(table: Table, ctx: Context, rows: list[Row]) -> None:
    """A coded row whose name holds figures: a mark the reader does not know stood after them, so they
    were taken for the name. The row's cells cannot be told; its name is cut before the first figure and
    its figures are not loaded, said."""
    for row in rows:
        match = _FIGURE_IN_NAME_RE.search(row.label) if row.code else None
        if match is None:
            continue
        printed = row.label[match.start() :]
        ctx.diagnose(
            "warn",
            "rows_unreadable",
            f"{table.title}: row '{row.code}' prints figures this reader cannot take for cells "
            f"('{printed}', read as part of its name); the row's figures were not loaded.",
            table,
            row.line,
            observed=printed,
        )
        row.label = row.label[: match.start()]
        row.amounts = []


def _halves_apart(table: Table) -> None:
    """A table printed in two halves side by side (a header of 科目编码 … 项目支出 printed twice on one line,
    the rows running down the left half, then on down the right): each page's left halves, then its right
    halves, as the rows of one table. Positioned text only; the table's lines as they were otherwise."""
    lines = table.lines
    if not lines or not lines[0].positioned:
        return
    at = None
    for n, line in enumerate(lines[:12]):
        if _FIGURE_RE.search(line.text):
            break
        texts = [compact(seg.text) for seg in line.segments]
        half = len(texts) // 2
        # (each half names money columns of its own: "科目编码 科目名称 科目编码 科目名称" over one row's
        # two classifications is no two halves)
        if (
            len(texts) >= 6
            and len(texts) % 2 == 0
            and texts[:half] == texts[half:]
            and "科目" in texts[0]
            and any(column_key_of(t) is not None for t in texts[:half])
        ):
            at = n, line.segments[:half], line.segments[half:]
            break
    if at is None:
        return
    n, left_cells, right_cells = at
    # (between the halves: the right half's codes may start left of its 科目编码, centred over them)
    split = (left_cells[-1].x1 + right_cells[0].x0) / 2

    def moved(seg: Segment) -> Segment:
        # (a right half's cell under the left half's like column: as far from its column's name there)
        k = min(range(len(right_cells)), key=lambda i: abs(right_cells[i].xc - seg.xc))
        delta = right_cells[k].x0 - left_cells[k].x0
        return Segment(seg.text, seg.x0 - delta, seg.x1 - delta)

    def part(line: Line, right: bool) -> Line | None:
        if is_page_line(line):
            return None if right else line  # a page's number across the halves: whole, as it is
        segments = [moved(seg) if right else seg for seg in line.segments if (seg.x0 >= split) == right]
        if not segments:
            return None
        # (the rules of the left half stand for both: the halves print like columns)
        return Line(line.number, line.page, segments, () if right else line.rules, line.page_number)

    out = [*lines[:n], part(lines[n], False)]
    body = lines[n + 1 :]
    pages: list[list[Line]] = []
    for line in body:
        if not pages or pages[-1][0].page != line.page:
            pages.append([])
        pages[-1].append(line)
    for page in pages:
        for right in (False, True):
            out += [piece for line in page if (piece := part(line, right)) is not None]
    table.lines = out


def lone_integers_apart(table: Table) -> None:
    """In plain text of a table whose figures print two decimals, lone integers that are no figures: the
    column numbers (栏次) printed a cell a line among the header's words ("合计 / 本年收入合计 … / 3 /
    事业收入 / … / 1 / 2 / 4"), before the first figure, three or more of them; and a page's number right
    after the table's note ("注：… / 15", the next page's rows after it). Their lines are noise. (A figure of
    such a table prints its decimals, "3.00"; a class code, "208", or a code's part printed apart, "208 / 99
    / 01", stands among them only where codes are split, and then nothing is set apart.) Not in a table with
    columns of counts or years, nor where the figures print other decimals or none (元 as integers)."""
    key = ("lone_integers_apart",)
    if key in table.cache or not table.body or table.body[0].positioned:
        return
    table.cache[key] = True
    if _count_columns(table):
        return
    # (the figures printing a separator or a point: bare integers may be codes, "206", "2060301")
    figures = [
        word
        for line in table.body
        for word in line.text.split()
        if ("." in word or "," in word) and _FIGURE_WORD_RE.fullmatch(word)
    ]
    decimals = sum(_DECIMAL_FIGURE_RE.search(word) is not None for word in figures)
    if decimals < 10 or decimals < 0.9 * len(figures):
        return
    lines = [line for line in table.body if compact(line.text)]
    first = next((n for n, line in enumerate(lines) if _DECIMAL_FIGURE_RE.search(line.text)), len(lines))
    header = [line for line in lines[:first] if _LONE_INTEGER_RE.fullmatch(compact(line.text))]
    if len(header) >= 3 and not any(
        _CLASS_CODE_ALONE_RE.fullmatch(compact(line.text)) for line in lines[:first]
    ):
        for line in header:
            if len(compact(line.text)) <= 2:
                line.noise = True
    for n, line in enumerate(lines):
        # (right after the table's note: the page's foot; a row's whole figure "60" may end the table)
        if (
            n
            and _LONE_INTEGER_RE.fullmatch(compact(line.text))
            and _NOTE_RE.match(compact(lines[n - 1].text))
        ):
            line.noise = True


_FIGURE_WORD_RE: Final = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?")
_DECIMAL_FIGURE_RE: Final = re.compile(r"\d\.\d{2}(?!\d)")
_LONE_INTEGER_RE: Final = re.compile(r"[1-9]\d{0,2}")
_CLASS_CODE_ALONE_RE: Final = re.compile(r"[235]\d{2}")


def _class_codes_from_names(rows: list[Row]) -> None:
    """A 类 printed by its name only, its 款 and 项 coded below it ("社会保障和就业支出 27015486.00 …" /
    "20805 行政事业单位养老支出 …", as some provinces print the class rows): its code is the one the national
    classification gives its name, when the coded rows after it, up to the next row without a code, open
    with that code and no row prints it. (Its sums are then checked as any 类's: 类 = Σ 款.)"""
    printed = {row.code for row in rows if row.code}
    for n, row in enumerate(rows):
        if row.code or not row.amounts or row.is_total:
            continue
        code = national_class_code(row.label)
        if code is None or code in printed:
            continue
        below = []
        for other in rows[n + 1 :]:
            if not other.code:
                break
            below.append(other.code)
        if below and all(c.startswith(code) and len(c) > 3 for c in below):
            row.code = code
            printed.add(code)


# Words only a header prints: a column's name, never a subject's; a name of nothing but header words.
_HEADER_NAME_WORDS_RE: Final = re.compile(r"科目名称|科目编码")
_HEADER_WORD_RE: Final = re.compile(r"(?:支出|收入)?(?:功能|经济)分类|科目名称|科目编码|项目|预算|[类款项]")


def _wrapped_row_placed(table: Table, ctx: Context, rows: list[Row], row: Row, strays: list[Row]) -> bool:
    """A plain-text row whose gathered figures do not add up, where they are its own row's worth adding up
    and then the next coded row's whole (with the figures left below them, adding up as a row), and that
    next row's figures after its code, if any, are no row's worth: the next row's name wraps around its
    figures, which plain text prints before its code ("30107 / 绩效工资 / 68.20 / 68.20 / 48.62 / 48.62 /
    30108 / 机关事业单位基本养老保险 / 缴费 / 42.18", or nothing after "缴费"). Each row takes its own; the
    figures after the next row's code (another row's, moved down the page: the 合计's 公用经费) are said.
    Whether it was so placed."""
    after = rows[rows.index(row) + 1 :]
    following = next((other for other in after if other.code), None)
    # (its figures after its code no row's worth: "30108 / 机关事业单位基本养老保险 / 缴费 / 42.18", the
    # 合计's 公用经费 moved down the page)
    if following is None or not row.code or _row_worth(following.amounts):
        return False
    between = [s for s in strays if row.line.number < s.line.number < following.line.number]
    whole = _row_before_code(row, [c.raw for c in row.amounts], strays, following)
    if whole is None:
        return False
    cut = len(row.amounts) - (len(whole) - sum(len(s.amounts) for s in between))  # the row's own figures
    moved = [c.raw for c in following.amounts]
    if (
        any(other.amounts for other in after[: after.index(following)])  # (rows between: theirs, maybe)
        # (its name on one line: no name wrapped around figures printed before its code)
        or _name_lines_after(table, following.line) < 2
        or max(cut, len(whole)) > len(plain_columns(table)[0])
    ):
        if moved:
            # not placed, but the figures after its code are no more its own than those before it
            _refuse_row(
                ctx,
                table,
                following,
                f"{table.title}: the figures {whole} before row '{following.code}' (line "
                f"{following.line.number}), after row '{row.code or row.label}''s own, add up as a row's: "
                f"its figures, printed before its code; the figures {moved} after its code are then another "
                "row's; not loaded.",
            )
        return False
    if moved:
        ctx.diagnose(
            "warn",
            "unplaced_amounts",
            f"{table.title}: the figure(s) {moved} after row '{following.code}''s code (line "
            f"{following.line.number}) are another row's: its own, {whole}, stand before its code around "
            "its wrapped name (plain text); not loaded.",
            table,
            following.line,
            observed=" ".join(moved),
        )
    following.amounts = [*row.amounts[cut:], *(c for s in between for c in s.amounts)]
    following.gathered = True
    row.amounts = row.amounts[:cut]
    taken = {id(s) for s in between}
    strays[:] = [s for s in strays if id(s) not in taken]
    return True


def _name_lines_after(table: Table, line: Line) -> int:
    """How many lines of words only (no figure, no code) follow a row's line in a table's body: the pieces
    of a name wrapped over lines, in plain text."""
    at = next((k for k, other in enumerate(table.body) if other is line), None)
    count = 0
    for other in table.body[at + 1 :] if at is not None else ():
        text = compact(other.text)
        if not text or is_noise(other):
            continue
        if re.search(r"\d", text):
            break
        count += 1
    return count


def _row_before_code(refused: Row, raws: list[str], strays: list[Row], row: Row) -> list[str] | None:
    """The figures before a row's code that add up as a whole row of their own (the first the sum of the
    others), where the row before gathered a row's worth of its own adding up and then these (with the
    strays left between the two rows), or None."""
    between = [
        c.raw for s in strays if refused.line.number < s.line.number < row.line.number for c in s.amounts
    ]
    if not between:
        return None
    for cut in range(2, len(raws)):
        rest = raws[cut:] + between
        if (
            len(rest) >= 2
            and printed_sum_holds(raws[0], raws[1:cut])
            and printed_sum_holds(rest[0], rest[1:])
        ):
            return rest
    return None


def _refuse_row(ctx: Context, table: Table, row: Row, message: str) -> None:
    """A row whose figures are not this row's for sure: said (`rows_unreadable`), its figures not loaded."""
    ctx.diagnose(
        "warn", "rows_unreadable", message, table, row.line, observed=" ".join(c.raw for c in row.amounts)
    )
    row.amounts = []


def _header_subtotal_word(table: Table, row: Row) -> bool:
    """A 小计 "row" without a code, its figures on lines of their own, on a page after the header's, where
    the header names a 小计 column (基本支出's): a continuation page's header word, read before the next
    rows' figures (plain text)."""
    return (
        not row.code
        and bool(row.amounts)
        and row.figures_apart
        and compact(row.label) == "小计"
        and bool(table.header)
        and row.line.page != table.header[0].page
        and any(compact(line.text) == "小计" or "小计" in line.text.split() for line in table.header)
    )


def _is_table_total(row: Row) -> bool:
    """The table's total row, printed once (合计, 总计), not a section's 小计, printed once per section."""
    return row.code is None and compact(row.label) in ("合计", "总计")


# The economic classes each block of a 基本支出表 sums: 人员经费 = 工资福利支出 + 对个人和家庭的补助,
# 公用经费 = 商品和服务支出 + 资本性支出.
_GROUP_CLASSES: Final = {"人员经费": ("301", "303"), "公用经费": ("302", "310")}


def _group_sums_of_the_classes(table: Table, ctx: Context, rows: list[Row]) -> None:
    """A 人员经费合计 / 公用经费合计 read from plain text of side-by-side blocks may carry the other block's
    figure (the two sums printed on one line, their words and figures interleaved). One short of the sum of
    its block's 类 rows read (301 + 303, 302 + 310; a 类 not read only lowers that sum) is said, not
    loaded."""
    classes = {row.code: row.amounts[0] for row in rows if row.code and len(row.code) == 3 and row.amounts}
    for row in rows:
        label = compact(row.label)
        group = next((g for g in _GROUP_CLASSES if label.startswith(g)), None)
        if row.code or not row.amounts or group is None or not GROUP_SUM_RE.match(label):
            continue
        read = [classes[code] for code in _GROUP_CLASSES[group] if code in classes]
        if any(c.value < 0 for c in read):
            continue
        total = row.amounts[0]
        holds = bool(read) and printed_sum_holds(total.raw, [c.raw for c in read])
        # (its name wrapped over two lines, "人员经费" / "合计": the blocks' cells interleaved in this text,
        # so its figure is taken only where its 类 rows make it)
        wrapped = not compact(row.line.text).startswith(group)
        # (or its figure taken from a line below that ends with the other block's code, "1,341.92 302": the
        # line of a row of its block beside the other block's row, moved down by the text)
        beside = row.figures_below and _figures_line_ends_with_code(table, row)
        if not holds and (wrapped or beside or (read and total.value < sum(c.value for c in read))):
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: '{row.label}' {total.raw} is not the sum of its block's 类 rows read "
                f"({' + '.join(c.raw for c in read) or 'none'}): the blocks' cells interleaved in this text "
                "(side-by-side blocks), it may be the other block's figure; not loaded.",
            )


def _figures_line_ends_with_code(table: Table, row: Row) -> bool:
    """Whether the figures a row took from below its label stand on a line that ends with the code of the
    block beside (``Row.next_block_code``)."""
    body = table.body
    at = next((n for n, line in enumerate(body) if line is row.line), None)
    if at is None:
        return False
    below = _next_row(table, body, at, "economic")
    return below is not None and below.next_block_code and not below.label


def _total_row_of_the_classes(
    table: Table, ctx: Context, rows: list[Row], refused_totals: dict[str, Row]
) -> None:
    """A table prints its 合计 row once. Plain text may show it twice: a continuation page's header word 合计
    read before another row's figures, and the row itself (one of them possibly refused already, its
    figures not adding up). Of a 合计 so printed more than once, one whose total falls short of the sum of
    the 类 rows' totals read is no 合计 (no 类 is negative; a 类 not read only lowers that sum): said, not
    loaded. Of several still loaded, where exactly one makes that sum, the others are said too."""
    if table.cache.get(("total_last",)):
        return
    totals: dict[str, list[Row]] = {}
    for row in rows:
        if _is_table_total(row) and row.amounts:
            totals.setdefault(row.label, []).append(row)
    heads = _class_rows(rows)
    classes = [row.amounts[0] for row in heads]
    if not classes or any(c.value < 0 for c in classes):
        return
    class_sum, raws = sum((c.value for c in classes), Decimal(0)), [c.raw for c in classes]
    # (each 类 printed once: a block of another year, or a unit's, prints the codes again)
    once = len({row.code for row in heads}) == len(heads)

    def falls_short(row: Row) -> bool:  # (no 类 is negative: a 类 not read only lowers the sum)
        return row.amounts[0].value < class_sum and not printed_sum_holds(row.amounts[0].raw, raws)

    for label, printed in totals.items():
        if len(printed) + (label in refused_totals) < 2:
            row = printed[0]
            if (
                once
                and not is_flow_table(table)  # (a flow's first figure is its 年初结转, no total)
                and row.figures_apart
                and falls_short(row)
            ):
                # its figures read from lines apart from its label fall short of the 类 rows' sum: some
                # figure of another row (or its own figures set around its label, not all found)
                _refuse_row(
                    ctx,
                    table,
                    row,
                    f"{table.title}: '{label}' {row.amounts[0].raw}, its figures read from lines apart from "
                    f"its label (line {row.line.number}), falls short of the sum of the 类 rows' totals "
                    f"({len(classes)} 类) read: they are not all its own; not loaded.",
                )
            continue
        summing = [row for row in printed if printed_sum_holds(row.amounts[0].raw, raws)]
        kept = summing if len(summing) == 1 else printed
        if len(summing) != 1 and len({row.amounts[0].value for row in printed}) > 1:
            # Loaded copies disagreeing and none the 类 rows' sum (a 类 not read): the one printed with its
            # figures beside it is the row, where one alone is; copies whose figures stand below their word
            # (a header's 合计 before the next row's figures) are not. Where that does not tell, none is.
            beside = [row for row in printed if not row.figures_apart]
            kept = beside if len(beside) == 1 and len(beside) < len(printed) else []
        for row in printed:
            short = falls_short(row)
            if not short and (len(printed) < 2 or row in kept):
                continue
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: '{label}' is printed more than once (here at line {row.line.number}), and "
                f"this one's total {row.amounts[0].raw} "
                + ("falls short of" if short else "is not")
                + f" the sum of the 类 rows' totals ({len(classes)} 类) read, and the copies disagree: "
                "another row's figures read after a header word (a continuation page's 合计)"
                + ("" if short else ", or this copy cannot be told from the right one")
                + "; not loaded.",
            )


def parse_coded_table(table: Table, ctx: Context, code_kind: str = "functional") -> tuple[list[Amount], bool]:
    """The amounts of a table by code, and whether any plain-text row stayed ambiguous (the caller may
    read the table again once other tables have pinned its rows)."""
    _row_blocks_joined(table, code_kind)
    _halves_apart(table)
    split_header(table, code_kind)
    lone_integers_apart(table)
    plain = table.body and not table.body[0].positioned
    for line in table.header if plain else ():
        words = line.text.split()
        if words and all(PRINTED_FIGURE_RE.fullmatch(word) for word in words):
            ctx.diagnose(
                "warn",
                "unplaced_amounts",
                f"{table.title}: the figure(s) {words} on line {line.number} stand among the header's cells "
                "(text extracted out of order) and no row is theirs for sure; they were not loaded.",
                table,
                line,
                observed=" ".join(words),
            )
    unreadable = rows_unreadable(table, code_kind) if plain else None
    if unreadable is not None and (streamed := rows_from_streams(table, code_kind)) is not None:
        return _streamed_amounts(table, ctx, streamed, code_kind, unreadable[1]), False
    if unreadable is not None:
        line, why = unreadable
        ctx.diagnose(
            "warn",
            "rows_unreadable",
            f"{table.title}: the rows cannot be told apart in this text, because {why}; the table was "
            "not loaded (the PDF, or `pdftotext -layout`, keeps its rows).",
            table,
            line,
        )
        return [], False
    named = base_table_key(table.table_key) in ("project_expenditure", "transfer")
    if plain and named and not _any_code(table, code_kind) and _cell_per_line(table, table.body, code_kind):
        # Named rows (projects) printed a cell per line: no code tells a row's name from a header word
        # ("合计", "其他收入" on lines of their own), nor whose figures follow.
        ctx.diagnose(
            "warn",
            "rows_unreadable",
            f"{table.title}: every cell is printed on a line of its own and the rows carry no code, so which "
            "name each figure belongs to cannot be told; the table was not loaded (the PDF, or "
            "`pdftotext -layout`, keeps its rows).",
            table,
            table.body[0],
        )
        return [], False
    rows, strays = rows_of(table, code_kind, ctx.unit_name)
    if table.continues is not None:
        _joined_to_first(table, ctx, rows, code_kind)
    rows = _without_unit_blocks(table, ctx, rows)
    if not named and (
        _by_unit(table)
        # a table of units' names alone, no code (部门支出总表（分单位）: 单位名称 | 合计 | 基本 | 项目)
        or (_names_column(table, "单位名称") and not any(row.code for row in rows))
        or _unit_blocks(rows)
    ):
        department = None if _by_unit(table) else _department_before_units(table, ctx, rows)
        rows = department if department is not None else _units_set_apart(table, ctx, rows)
    elif named:
        rows = _without_unit_subtotals(table, ctx, rows)
    _group_column_named(table, rows)
    subtotals = _subtotal_lines(table, ctx, rows) if named else set()
    _parts_in_labels(rows)
    if code_kind == "functional":
        _class_codes_from_names(rows)
    if named:
        _project_numbers_apart(rows)
    apart: list[Amount] = []  # the figures of columns printed apart, read by the rows' order
    parts = table.cache.get(("part_apart",), [])
    for k, part in enumerate(parts):
        figures = [c.raw for row in part for c in row.amounts]
        since = parts[k - 1][0].line.page if k else None
        read = _part_by_row_order(table, ctx, rows, part, since, code_kind) if figures else None
        if read is not None:
            apart += read
            continue
        if figures:
            ctx.diagnose(
                "warn",
                "columns_unknown",
                f"{table.title}: columns printed apart on the next page, under header words of their own "
                f"('{part[0].label}') and without the rows' codes and names: their {len(figures)} figures "
                "cannot be tied to rows and were not loaded (the PDF may keep the rows together).",
                table,
                part[0].line,
                observed=" ".join(figures[:12]),
            )
    for above, row, pieces in table.cache.get(("pieces_ambiguous",), []):
        ctx.diagnose(
            "info",
            "name_pieces_ambiguous",
            f"{table.title}: the name piece '{pieces}', printed on a line of its own between two rows, fills "
            f"its column: it may end the name above ('{above.label}') or begin the next; taken as the next "
            f"row's ('{row.label}'). The figures are not affected.",
            table,
            row.line,
            observed=pieces,
        )
    if _subject_column_before_name(table):
        _subject_words_checked(rows, ctx.subject_names)
    # A project or transfer table's label names the project (or region) beside its code, a subject only
    # where the table is printed by code, its codes each other's parents (213 / 21305 / 2130505),
    # or its header names the subjects' column (科目名称) and no project's.
    columns = _header_columns(table)[0]
    subject_names = not named or _by_code(rows) or ("科目名称" in columns and "项目名称" not in columns)
    if code_kind == "functional" and subject_names:
        for row in rows:  # also the rows printing no figure: the narrative may still name them
            if row.code and row.label:
                ctx.subject_names.setdefault(row.code, row.label)
    if plain:
        plain_columns(table)  # finds the columns comparing with another year, if any
        if table.cache[("comparison",)]:
            set_comparison_apart(table, ctx, rows, [_row_desc(table, row) for row in rows])
    unsummed = summed = 0  # rows of figures gathered from lines of their own: not adding up, adding up
    refused_totals: dict[str, Row] = {}  # the total rows so refused, by label
    for row in rows:
        if (
            row.code
            and row.amounts
            and _HEADER_NAME_WORDS_RE.search(row.label)
            and not _HEADER_WORD_RE.sub("", compact(row.label))
        ):
            # the header's words taken for a row's name ("210 功能分类科目名称 项 208": plain text printing
            # the header's cells among the rows, a class code among them): no row of the table
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: row '{row.code}' at line {row.line.number} is named by the header's words "
                f"('{row.label}'), printed among the rows out of order: its figures "
                f"{[c.raw for c in row.amounts]} are no row's for sure (a code among them may be read as a "
                "figure); not loaded.",
            )
        elif _header_subtotal_word(table, row):
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: '小计' at line {row.line.number}, on a page after the header's, names a "
                "column of the header and no code: the word of the header printed again on this page, the "
                f"figures after it {[c.raw for c in row.amounts]} the next rows'; not loaded.",
            )
        elif (
            row.gathered
            and len(row.amounts) > 1
            and not printed_sum_holds(row.amounts[0].raw, [c.raw for c in row.amounts[1:]])
            # (基本支出's 小计 beside its 人员经费 | 公用经费: the total adds the groups, not every figure)
            and not sums_hold_under_groups(table, row.amounts)
            # (a flow table's first figure is its 年初结转, no total: its row fits the flow instead)
            and not (is_flow_table(table) and flow_row_fits(table, row.amounts))
            and not _wrapped_row_placed(table, ctx, rows, row, strays)
        ):
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: the figures {[c.raw for c in row.amounts]} gathered from the lines at row "
                f"'{row.code or row.label}' do not add up (the first is no sum of the others), so they are "
                "not all this row's; not loaded.",
            )
            unsummed += 1
            if _is_table_total(row):
                refused_totals.setdefault(row.label, row)
        elif row.gathered and len(row.amounts) > 1:
            summed += 1
        elif row.figures_apart and _is_table_total(row) and row.amounts and row.label in refused_totals:
            # A table prints its 合计 row once: a second whose figure stands on a line of its own, after the
            # first was refused, is a header's 合计 (a continuation page's, read right before a row's
            # figures), or the same row misread again. (One printing its figures beside it is a row: the
            # first may have been the header's word, the row at the table's foot.)
            first = refused_totals[row.label]
            _refuse_row(
                ctx,
                table,
                row,
                f"{table.title}: '{row.label}' is printed again at line {row.line.number} with "
                f"{[c.raw for c in row.amounts]}, after its row at line {first.line.number} whose figures "
                "do not add up: a continuation page's header word before another row's figures, or the row "
                "misread twice; not loaded.",
            )
    if plain:
        _total_row_of_the_classes(table, ctx, rows, refused_totals)
        if code_kind == "economic":
            _group_sums_of_the_classes(table, ctx, rows)
    keys = plain_columns(table)[0] if plain and unsummed >= 2 and not summed else []
    if len(set(keys)) < len(keys):
        # No row whose figures were gathered from lines of their own adds up, and the header names a
        # column twice: two blocks (two years'), their labels read apart from them ("2023年" / "预算数"
        # over 基本支出 | 项目支出 twice, in plain text), so a row's lone figure is no total either.
        for row in rows:
            if len(row.amounts) == 1:
                ctx.diagnose(
                    "warn",
                    "rows_unreadable",
                    f"{table.title}: row '{row.code or row.label}' prints one figure, "
                    f"{row.amounts[0].raw}, and no row of the table whose figures stand on lines of their "
                    "own adds up (the first no sum of the others): which column it stands under cannot be "
                    "told; not loaded.",
                    table,
                    row.line,
                    observed=row.amounts[0].raw,
                )
                row.amounts = []
    _figures_in_names(table, ctx, rows)
    # (a table printing thousands separators and decimals: a bare integer where the row adds up only with
    # its point restored, "196820000" beside "1,968,200.00", lost its point; years and counts excepted)
    separated = not _count_columns(table) and any("," in c.raw for row in rows for c in row.amounts)
    for row in rows:
        if separated and (lost := _point_lost(row.amounts)):
            ctx.diagnose(
                "warn",
                "figure_unreadable",
                f"{_row_desc(table, row)}: {lost!r} prints no decimal point where the row's other figures"
                " print theirs, and the row adds up only with its last two digits read as decimals (a point"
                " lost, as a scan's text loses it); the row's figures were not loaded.",
                table,
                row.line,
                observed=lost,
            )
            row.amounts = []
        if row.spoiled:
            ctx.diagnose(
                "warn",
                "figure_unreadable",
                f"{_row_desc(table, row)}: {', '.join(repr(t) for t in row.spoiled)} is shaped as a figure or"
                " a code but is none as printed (a letter for a digit, a comma for the decimal point: a"
                " scan's text?); the row's figures were not loaded.",
                table,
                row.line,
                observed=" ".join(row.spoiled),
            )
            row.amounts = []
    unpaired = [row for row in rows if row.unpaired]
    if unpaired:
        ctx.diagnose(
            "warn",
            "rows_out_of_order",
            f"{table.title}: the codes {', '.join(row.code for row in unpaired)} are printed one after "
            "another before their names and figures, so which figures are whose cannot be told; their "
            "figures were not loaded.",
            table,
            unpaired[0].line,
            observed=" ".join(c.raw for row in unpaired for c in row.amounts) or None,
        )
        for row in unpaired:
            row.amounts = []
    place_strays(table, ctx, rows, strays)
    _drop_code_parts_alone(table, ctx, rows, code_kind)
    descs = [_row_desc(table, row) for row in rows]
    ambiguous = False
    if any(row.amounts and row.amounts[0].segment.x0 is None for row in rows):
        if is_flow_table(table):
            placements, ambiguous = assign_flow_rows(table, ctx, rows, descs)
        else:
            placements, ambiguous = assign_rows_by_identities(table, ctx, rows, descs, code_kind)
    else:
        spans = column_spans(table, rows)
        own = page_tables(table)  # (a page printing the header again: its rows under its own header)
        ruled = _header_page_rules(table, rows)
        placements = []
        for row, desc in zip(rows, descs, strict=True):
            line, cells = row.line, row.amounts
            if ruled and line.rules and line.rules != ruled and line.page not in own:
                line, cells = _on_rules(line, cells, ruled)
            placements.append(
                assign_columns(own.get(line.page, table), ctx, line, cells, row_desc=desc, spans=spans)
            )
        placements = pages_apart_placed_by_identities(table, ctx, rows, placements, descs, own)
        placements = _without_comparison(table, ctx, placements)
        placements = _parts_checked(table, ctx, placements)
        if is_flow_table(table):
            placements = flow_positions_checked(table, ctx, rows, placements, descs)
        else:
            placements = families_repaired(table, ctx, rows, placements, descs, own)
    amounts: list[Amount] = []
    budget_only = budget_only_header(ctx, table)
    if (other_budget := other_budget_only_header(ctx, table)) and any(placements):
        # a final account's table printing an adjusted, full-year or other year's budget alone: none of its
        # figures is the report's actual or its 年初 budget
        ctx.diagnose(
            "warn",
            "comparison_columns_not_loaded",
            f"{table.title}: its columns are the {other_budget} alone (not the year's 年初预算数 nor its "
            "决算数): not loaded.",
            table,
            table.title_line,
        )
        placements = [[] for _ in placements]
    for row, placed in zip(rows, placements, strict=True):
        for cell, key, label in placed:
            amounts.append(
                _row_amount(
                    table,
                    ctx,
                    row,
                    row.line,
                    cell,
                    key,
                    label,
                    code_kind,
                    name=row.subject_name or (row.label if row.code and subject_names else None),
                    # (a project's or a region's row prints no code and is no total: only its 合计 is)
                    is_total_row=(
                        row.is_total
                        or row.line.number in subtotals
                        or bool(TOTAL_END_RE.search(compact(row.label)))
                    )
                    if named
                    else row.code is None,
                    phase="budget" if budget_only else column_phase(ctx, label),
                )
            )
    return amounts + apart, ambiguous


def _streamed_amounts(
    table: Table, ctx: Context, streamed: StreamedTable, code_kind: str, why: str
) -> list[Amount]:
    """The amounts of a table whose rows were rebuilt from the order of its cells (``streams``), each
    figure on the line it stands on; said once, as the rows are read another way than line by line."""
    unit = table.amount_unit or "元"
    amounts = []
    for row in (*streamed.rows, *([streamed.total] if streamed.total else [])):
        code, name = row.code, row.name
        if code_kind == "functional" and code and name:
            ctx.subject_names.setdefault(code, name)
        elif code_kind == "functional" and code:
            name = ctx.subject_names.get(code)  # as the document's other tables print it beside the code
        for (cell, line), key, label in zip(row.cells, streamed.keys, streamed.labels, strict=True):
            amounts.append(
                ctx.amount(
                    table,
                    line,
                    value=cell.value,
                    raw=cell.raw,
                    column_key=key,
                    column_label=label,
                    row_label="合计" if code is None else coded_label(code, name),
                    classification=_classification(code, code_kind),
                    code=code,
                    level=code_level(code) if code else None,
                    name=name,
                    is_total_row=code is None,
                )
            )
        if code:  # what this row placed, for the same row of another table
            cells = [cell for cell, _line in row.cells]
            placed = list(zip(cells, streamed.keys, streamed.labels, strict=True))
            pin_row(ctx, code_kind, Row(row.cells[0][1], code, name or "", cells), placed, unit)
    untold = [row.code for row in streamed.rows if not row.name]
    unnamed = (
        f" No name could be told for {', '.join(untold[:8])}{' …' if len(untold) > 8 else ''} (not printed "
        "beside the row's code or figures, or printed where it could be another row's): those rows carry "
        "the name the document's other tables print beside the code, if any."
        if untold
        else ""
    )
    ctx.diagnose(
        "info",
        "rows_from_streams",
        f"{table.title}: the text prints the rows' codes, names and figures apart ({why}); the "
        f"{len(streamed.rows)} rows were rebuilt from the order of each kind of cell, {len(streamed.keys)} "
        "figures a row, and every identity of the table holds on them (row totals, each code the sum of its "
        "children, the 合计 the sum of the classes)." + unnamed,
        table,
        streamed.rows[0].cells[0][1],
    )
    return amounts


def _classification(code: str | None, code_kind: str) -> str | None:
    """A coded row's classification: functional, or the economic code's own (none for a 合计 row)."""
    if not code:
        return None
    return "functional" if code_kind == "functional" else economic_classification(code)


def _row_amount(
    table: Table,
    ctx: Context,
    row: Row,
    line: Line,
    cell: Cell,
    key: str,
    label: str,
    code_kind: str,
    *,
    name: str | None,
    is_total_row: bool,
    phase: str | None,
) -> Amount:
    """A coded table's cell as an amount: the row's code, level and classification (functional, or the
    economic code's own), its label as printed with its code, the line the figure stands on."""
    return ctx.amount(
        table,
        line,
        value=cell.value,
        raw=cell.raw,
        column_key=key,
        column_label=label,
        row_label=coded_label(row.code, row.label),
        classification=_classification(row.code, code_kind),
        code=row.code,
        level=code_level(row.code) if row.code else None,
        name=name,
        is_total_row=is_total_row,
        phase=phase,
        paired_code=row.paired_code,
        paired_name=row.paired_name,
    )


def _part_by_row_order(
    table: Table, ctx: Context, rows: list[Row], part: list[Row], since: int | None, code_kind: str
) -> list[Amount] | None:
    """The amounts of columns printed apart on a page of their own (a sheet too wide for its page: "决算数"
    / "小计 基本支出 项目支出" / a line of figures per row, no code, no name), each line of figures the row
    printed on the same rank of the pages before (``since``: the page of the part before), where every one
    of those rows has its line here and the part's figures keep the table's identities: each row's total the
    sum of its other columns, each parent's figure the sum of its children's and the 合计's of the 类 rows',
    column by column. None where the part's header words name no columns one by one, its figures stand under
    none of them, or any of that fails: then it is said, not loaded."""
    page = part[0].line.page
    owners = [row for row in rows if row.line.page is not None and (since or 0) < row.line.page < (page or 0)]
    header = [row for row in part if not row.amounts]
    lines = [row for row in part if row.amounts]
    if (
        page is None
        or not owners
        or len(lines) != len(owners)
        or len(header) < 1
        or any(row.label for row in lines)
        or header[-1] is not part[len(header) - 1]
    ):
        return None
    leaves = [seg for seg in header[-1].line.segments if compact(seg.text)]
    keys = [column_key_of(seg.text) for seg in leaves]
    if len(leaves) < 2 or None in keys or len(set(keys)) != len(keys):
        return None
    group = "".join(compact(row.label) for row in header[:-1])
    # (another year's block, a change or an adjusted budget is no column of the report's own, however worded:
    # 上年决算数, 决算数（上年）, 去年实际数, 调整预算数, 比上年增减: said)
    if (
        column_key_of(group) in NOT_OWN_COLUMNS
        or any(key in NOT_OWN_COLUMNS for key in keys)
        or (group and not _own_phase_label(group))
    ):
        return None
    placed: list[dict[str, Cell]] = []
    for row in lines:
        cells: dict[str, Cell] = {}
        for cell in row.amounts:
            # a figure under the header word whose centre its span holds, and one only
            under = [
                k for seg, k in zip(leaves, keys, strict=True) if cell.segment.x0 <= seg.xc <= cell.segment.x1
            ]
            if len(under) != 1 or under[0] in cells:
                return None
            cells[under[0]] = cell
        placed.append(cells)
    if not _part_sums_hold(owners, placed, keys):
        return None
    amounts = []
    for owner, cells, row in zip(owners, placed, lines, strict=True):
        for seg, key in zip(leaves, keys, strict=True):
            if key in cells:
                label = group + compact(seg.text)
                amounts.append(
                    _row_amount(
                        table,
                        ctx,
                        owner,
                        row.line,
                        cells[key],
                        key,
                        label,
                        code_kind,
                        name=owner.label if owner.code else None,
                        is_total_row=owner.code is None,
                        phase=column_phase(ctx, label),
                    )
                )
    return amounts


# A label over columns printed apart that names the report's own year's figures: a phase's word, maybe with
# 本年 / 本期 / 全年 / 年度 / 年初 / 收支 / 支出 and 数 / 额 / 金额 ("决算数", "本年决算数", "年初预算数",
# "预算执行数", "实际支出数", "决算金额"), its unit in brackets aside; any other wording (上期, 基期, 对比数,
# a year in numerals) is not read as the report's own.
_OWN_PHASE_LABEL_RE: Final = re.compile(
    r"(?:本年度?|本期|全年|当年|年度)?(?:年初)?(?:收支|支出)?(?:预算)?(?:决算|执行|实际|完成)?(?:支出)?(?:数|额|金额)?"
    r"(?:\((?:本年度?|当年)\))?"
)
_LABEL_UNIT_RE: Final = re.compile(r"\((?:人民币)?(?:万元|千元|元)\)")


def _own_phase_label(group: str) -> bool:
    """Whether a label over columns printed apart names the report's own year's figures (see above)."""
    label = _LABEL_UNIT_RE.sub("", group)
    return bool(PHASE_WORD_RE.search(label)) and _OWN_PHASE_LABEL_RE.fullmatch(label) is not None


def _part_sums_hold(owners: list[Row], placed: list[dict[str, Cell]], keys: list[str]) -> bool:
    """Whether figures placed on rows keep the table's identities: a row's total the sum of its other
    columns; a coded row's figure in each column the sum of its children's (the rows whose codes extend its
    by one level), the 合计's the sum of the 类 rows'. At least one parent's sums are checked."""
    raws = [{key: cell.raw for key, cell in cells.items()} for cells in placed]
    parts = [key for key in keys if key != "total"]
    for cells in raws:
        printed = [cells[key] for key in parts if key in cells]
        if "total" in cells and printed and not printed_sum_holds(cells["total"], printed):
            return False
    checked = 0
    for owner, cells in zip(owners, raws, strict=True):
        if owner.code:
            children = [
                raw
                for row, raw in zip(owners, raws, strict=True)
                if row.code and len(row.code) == len(owner.code) + 2 and row.code.startswith(owner.code)
            ]
        elif owner.is_total:
            children = [raw for row, raw in zip(owners, raws, strict=True) if row.code and len(row.code) == 3]
        else:
            continue
        if not children:
            continue
        for key in keys:
            if key not in cells and not any(key in child for child in children):
                continue
            if not printed_sum_holds(cells.get(key, "0"), [child[key] for child in children if key in child]):
                return False
        checked += 1
    return checked > 0


def _header_page_rules(table: Table, rows: list[Row]) -> tuple[float, ...] | None:
    """The column borders a PDF draws across the rows of the header's page (the most common), or None."""
    header_page = table.header[-1].page if table.header else None
    drawn = Counter(row.line.rules for row in rows if row.line.rules and row.line.page == header_page)
    return drawn.most_common(1)[0][0] if drawn else None


def _on_rules(line: Line, cells: list[Cell], rules: tuple[float, ...]) -> tuple[Line, list[Cell]]:
    """A row of a later page that prints no header of its own, its cells drawn at other widths (an auto-fit
    export sets each page's columns): its figures moved cell by cell onto the header page's borders, the
    n-th cell of the row to the n-th column of the header. Left as printed where the two draw a different
    number of columns or a figure stands in no cell."""
    own = line.rules
    if len(own) != len(rules):
        return line, cells
    moved_cells = []
    for cell in cells:
        seg = cell.segment
        centre = (seg.x0 + seg.x1) / 2
        k = next((i for i in range(len(own) - 1) if own[i] <= centre <= own[i + 1]), None)
        if k is None or own[k + 1] <= own[k]:
            return line, cells
        scale = (rules[k + 1] - rules[k]) / (own[k + 1] - own[k])
        x0, x1 = rules[k] + (seg.x0 - own[k]) * scale, rules[k] + (seg.x1 - own[k]) * scale
        moved_cells.append(Cell(Segment(seg.text, x0, x1), cell.value, cell.raw))
    moved = Line(line.number, line.page, line.segments, rules, line.page_number)
    moved.noise = line.noise
    return moved, moved_cells


# A project's number (项目编码: "14010519T000000001126", "37030320Y00000416", "440604251A0000000321"): ten
# characters or more of digits and capitals, a digit among them, before a name.
_PROJECT_NUMBER_RE: Final = re.compile(r"(?=[0-9A-Z]*\d)[0-9A-Z]{10,}(?=[\u4e00-\u9fff（(])")
_LEADING_PROJECT_NUMBER_RE: Final = re.compile(r"^(?=[0-9A-Z]*\d)[0-9A-Z]{10,}\s*(?=[\u4e00-\u9fff（(])")


def _project_numbers_apart(rows: list[Row]) -> None:
    """Rows of a project table without the projects' numbers in their names ("重大动物疫病" /
    "14010519T000000001131 强制免疫 …": the project 重大动物疫病强制免疫)."""
    for row in rows:
        found = _PROJECT_NUMBER_RE.search(row.label)
        if found is None or row.is_total:
            continue
        # (name pieces printed above the number's line were joined to this row or the row above by their
        # widths already: those left here begin this row's name)
        row.label = row.label[: found.start()] + row.label[found.end() :]


def _parts_in_labels(rows: list[Row]) -> None:
    """A row whose code was printed alone and whose name line opens with the code's further parts ("208" /
    "05 05 机关事业单位…": a 类 cell merged down over its rows, as some extractors give it): the parts are
    the code's, not the name's (the row was read as 208 with the 项's figures)."""
    for row in rows:
        if not row.code or len(row.code) != 3:
            continue
        parts = PART_THEN_NAME_RE.match(row.label)
        if parts is not None and len(row.code + parts[1]) in (5, 7):
            row.code, row.label = row.code + parts[1], row.label[parts.end() :]


_BARE_INTEGER_RE: Final = re.compile(r"-?\d{4,}")


def _point_lost(cells: list[Cell]) -> str | None:
    """A figure of a row printing decimals that prints none (four digits or more, no separator), where the
    row's total is not the sum of its parts as printed but is with that figure's last two digits read as
    decimals ("1,968,200.00 196820000"): the figure, else None."""
    if len(cells) < 2 or not any("." in c.raw for c in cells):
        return None
    for n, cell in enumerate(cells):
        if not _BARE_INTEGER_RE.fullmatch(cell.raw):
            continue
        raws = [c.raw for c in cells]
        if printed_sum_holds(raws[0], raws[1:]):
            return None
        raws[n] = f"{cell.raw[:-2]}.{cell.raw[-2:]}"
        if printed_sum_holds(raws[0], raws[1:]):
            return cell.raw
    return None


def _row_desc(table: Table, row: Row) -> str:
    return f"{table.title}, row '{row.code or ''} {row.label}'".replace("' ", "'").strip()


def _parts_checked(table: Table, ctx: Context, placements: list[list]) -> list[list]:
    """An expenditure table placed by position whose rows' parts (基本支出, 项目支出 …) miss their total on
    most rows: its columns were misread (a figure under a header cell left blank, or a column the header
    does not name, taking a neighbour's name), never a misprint of so many rows. The parts are not loaded,
    and said; the totals (each row's first column) are."""
    # (each phase's parts against its own total, each phase counted apart: a final account's 年初预算数
    # total beside the parts' 预算数 and 决算数, the actual's total not printed; one block misread beside
    # another read right)
    checked: dict[str | None, int] = {}
    failed: dict[str | None, int] = {}
    for placed in placements:
        phases: dict[str | None, dict[str, Cell]] = {}
        for cell, key, label in placed:
            phases.setdefault(column_phase(ctx, label), {})[key] = cell
        for phase, keys in phases.items():
            parts = [keys[k] for k in EXPENDITURE_PARTS if k in keys]
            if "total" not in keys or not parts or set(keys) - {"total", *EXPENDITURE_PARTS}:
                continue
            checked[phase] = checked.get(phase, 0) + 1
            if not printed_sum_holds(keys["total"].raw, [c.raw for c in parts]):
                failed[phase] = failed.get(phase, 0) + 1
    if not any(n >= 2 and 2 * n >= checked[phase] for phase, n in failed.items()):
        return placements
    ctx.diagnose(
        "warn",
        "columns_misread",
        f"{table.title}: on {failed} of {checked} rows the parts do not add up to the row's total under the "
        "columns their positions give (a header cell left blank, or a column the header does not name); "
        "the parts were not loaded, the totals were.",
        table,
        table.title_line,
    )
    return [[p for p in placed if p[1] == "total"] for placed in placements]


def _without_comparison(table: Table, ctx: Context, placements: list[list]) -> list[list]:
    """Positioned rows: figures standing under a column comparing with another year (2024年执行数, 增减额)
    or under a final account's 调整预算数 (the tables' budget is the 年初 one) are not the report's own;
    not loaded, said once per table."""
    kept = [[p for p in placed if p[1] not in NOT_OWN_COLUMNS] for placed in placements]
    apart = sorted({p[2] for placed in placements for p in placed if p[1] in NOT_OWN_COLUMNS})
    if apart:
        ctx.diagnose(
            "info",
            "comparison_columns_not_loaded",
            f"{table.title}: the figures under the columns that are not the report's own money (another "
            f"year's or budget's, a change, a share or a rate: {', '.join(apart)}) are not loaded; the "
            "report's own columns are.",
            table,
            table.title_line,
        )
    return kept


# A row opening with a two-digit code part and its name ("06 财政事务"): the table prints each level's part
# of the code in a column of its own and leaves the parent's blank.
_PART_ALONE_RE: Final = re.compile(r"^\d{2}[^\d.,]")


# A label opening with its code's 款 and/or 项 parts ("06司法", "0601行政运行"; not "2024年").
_PARTS_RE: Final = re.compile(r"^(?:\d{2}){1,2}(?!\d)[^\d.,年]")
_PART_RE: Final = re.compile(r"^\d{2}$")
_PARTS_ONLY_RE: Final = re.compile(r"\d{2}(?:\s*\d{2})?")


_ECONOMIC_PART_RE: Final = re.compile(r"^(\d{2})(?!\d)([^\d.,年].*)$")


def _economic_parts_completed(rows: list[Row]) -> None:
    """Rows of an economic table printing only their 款's two digits in a 款 column, the 类 left blank
    ("301 工资福利支出" / "01 基本工资"): the economic classification has no level under the 款, so each such
    row's code is the 类 above it (the last row with a three-digit code) completed by its two digits."""
    class_code = None
    for row in rows:
        if row.code:
            class_code = row.code if len(row.code) == 3 else row.code[:3]
            continue
        part = _ECONOMIC_PART_RE.match(row.label)
        if part and class_code and row.amounts:
            row.code, row.label = class_code + part.group(1), part.group(2).strip()


def _coded(row: Row) -> bool:
    """Whether a row prints a code: its own, or its level's part only in the 类 / 款 / 项 columns
    ("05 机关事业单位基本养老保险", completed by ``_code_parts_completed`` or, in plain text where it prints
    its figures, ``_plain_code_parts_completed`` later)."""
    return bool(row.code) or ((row.line.positioned or bool(row.amounts)) and bool(_PARTS_RE.match(row.label)))


def _code_parts_completed(rows: list[Row]) -> None:
    """Rows printing only their own parts of a functional code, in the 类 / 款 / 项 columns of a PDF or
    layout text with the parents left blank, where the parts' positions tell their levels: the 款 parts
    stand in one column, the 项 parts in another further right. Each such row's code is its 类's (the
    last row above with a 3-digit code) and 款's, completed by its parts, and its name is the rest."""
    parts: list[tuple[Row, list[Segment]]] = []
    for row in rows:
        if row.code or not _PARTS_RE.match(row.label) or not row.line.positioned:
            continue
        segments = []
        for seg in row.line.segments:
            if not _PART_RE.match(seg.text.strip()):
                break
            segments.append(seg)
        if not segments or len(segments) > 2:
            return
        parts.append((row, segments))
    if not parts:
        return
    # Two columns of parts (款 left, 项 right), each printed at one place (within a character or so: a
    # digit's width and a half; an outline's indents, "  06" / "    01", are two characters apart).
    digit = statistics.median(
        (seg.x1 - seg.x0) / max(len(seg.text.strip()), 1) for _row, segs in parts for seg in segs
    )
    starts = sorted({round(seg.x0) for _row, segments in parts for seg in segments})
    columns: list[list[int]] = []
    for x in starts:
        if columns and x - columns[-1][-1] <= 1.5 * digit:
            columns[-1].append(x)
        else:
            columns.append([x])
    if len(columns) != 2:
        return
    level_of = {x: n for n, column in enumerate(columns) for x in column}  # 0: 款, 1: 项
    by_row = {id(row): segments for row, segments in parts}
    class_code = class_item = None
    item_page = None  # the page of the row opening class_item
    completed: list[tuple[Row, str, str]] = []
    for row in rows:
        if row.code:
            class_code = row.code[:3]
            class_item = row.code[:5] if len(row.code) >= 5 else None
            item_page = row.line.page
            continue
        row_segments = by_row.get(id(row))
        if row_segments is None:
            continue
        levels = [level_of[round(seg.x0)] for seg in row_segments]
        texts = [seg.text.strip() for seg in row_segments]
        name = row.label[sum(len(t) for t in texts) :].strip()
        if (
            levels == [0]
            and class_item
            and class_item[:3] == class_code
            and texts[0] <= class_item[3:]
            and row.line.page != item_page
            and national_subject_code(class_code, name) != class_code + texts[0]
        ):
            # a 款 part no greater than the open 款's, on a later page than it: no new 款 (a classification's
            # rows ascend), but a 项 of the open one, -layout setting that page on a grid of its own (its 项
            # parts standing where the first page's 款 parts do: "01 住房公积金" after "02 住房改革支出" of
            # 221); never where the name is that 款's in the national classification
            completed.append((row, class_item + texts[0], name))
        elif levels == [0] and class_code:
            class_item, item_page = class_code + texts[0], row.line.page
            completed.append((row, class_item, name))
        elif levels == [1] and class_item:
            completed.append((row, class_item + texts[0], name))
        elif levels == [0, 1] and class_code:
            class_item, item_page = class_code + texts[0], row.line.page
            completed.append((row, class_item + texts[1], name))
        else:
            return  # a part whose parent is not known: the rows stay as printed (said below)
    for row, code, name in completed:
        row.code, row.label = code, name


def _plain_code_parts_completed(rows: list[Row]) -> None:
    """Plain text of the 类 / 款 / 项 columns, each code part printed once (merged cells: "208 社会保障…" /
    "05 行政事业单位养老支出" / "01 行政单位离退休" / "05 机关事业…"), where no position tells a part's level:
    after a 项, "05" is the next 项 or a new 款. Every reading (each part a new 款 of its 类 or a 项 of the
    open 款) is tried against the identities (each 款 the sum of its 项, each 类 of its 款, codes unique);
    the parts are completed only where exactly one reading keeps them all. A row's first figure is its
    total where every row prints its first column; where some rows leave it blank (a 年初 | 决算 table whose
    rows added during the year print the 决算 block only), no reading keeps the first figures, and the rows'
    whole sums are compared instead (every money column adds up over the hierarchy, whichever cells were
    left blank). Negative figures (a +x / -x pair hides a 款's end) and four-digit parts leave the rows as
    printed (said below)."""
    if not rows or rows[0].line.positioned:
        return
    events: list[tuple[str, Row, str, str]] = []  # ("code", row, code, "") or ("part", row, part, name)
    for row in rows:
        if row.code:
            events.append(("code", row, row.code, ""))
            continue
        found = _PARTS_RE.match(row.label) and re.match(r"^(\d{2})(?!\d)", row.label)
        if not found:
            if _PARTS_RE.match(row.label) and row.amounts:
                return  # (a four-digit part, "0501": its levels are not told)
            continue
        if not row.amounts or any(c.value < 0 for c in row.amounts):
            return
        events.append(("part", row, found.group(1), row.label[found.end() :].strip()))
    if not any(kind == "part" for kind, *_rest in events) or events[0][0] != "code":
        return
    printing = [row for _kind, row, *_rest in events if row.amounts]
    solutions = _part_readings(events, {id(row): row.amounts[:1] for row in printing})
    if not solutions:
        solutions = _part_readings(events, {id(row): row.amounts for row in printing})
    if len(solutions) != 1:
        return
    parts = [(row, name) for kind, row, _text, name in events if kind == "part"]
    for (row, name), code in zip(parts, solutions[0], strict=True):
        row.code, row.label = code, name


def _part_readings(events: list[tuple[str, Row, str, str]], totals: dict[int, list[Cell]]) -> list[list[str]]:
    """The readings of ``_plain_code_parts_completed``'s parts (each a 款 or a 项 code) that keep every
    parent the sum of its children, a row's total being the sum of its ``totals`` cells (each within half
    its printed step); none when more than one does or the search runs too long."""
    totals_of = {
        key: (sum((c.value for c in cells), Decimal(0)), _half_steps(cells)) for key, cells in totals.items()
    }
    solutions: list[list[str]] = []
    steps = [0]

    def fits(parent, children) -> bool:
        if parent is None or not children:
            return True
        gap = parent[0] - sum((child[0] for child in children), Decimal(0))
        return abs(gap) <= parent[1] + sum((child[1] for child in children), Decimal(0))

    def walk(n: int, class_code, class_total, class_kids, item, item_total, item_kids, seen, chosen) -> None:
        steps[0] += 1
        if len(solutions) > 1 or steps[0] > 20_000:
            return
        if n == len(events):
            if fits(item_total, item_kids) and fits(class_total, class_kids):
                solutions.append(list(chosen))
            return
        kind, row, text, _name = events[n]
        total = totals_of.get(id(row))
        if kind == "code":
            code = text
            if code in seen:
                return
            if len(code) == 3:
                if not (fits(item_total, item_kids) and fits(class_total, class_kids)):
                    return
                walk(n + 1, code, total, [], None, None, [], seen | {code}, chosen)
            elif len(code) == 5:
                if not fits(item_total, item_kids):
                    return
                kids = [*class_kids, total] if total is not None and code[:3] == class_code else class_kids
                walk(n + 1, code[:3], class_total, kids, code, total, [], seen | {code}, chosen)
            else:
                kids = [*item_kids, total] if total is not None and code[:5] == item else item_kids
                walk(
                    n + 1, class_code, class_total, class_kids, item, item_total, kids, seen | {code}, chosen
                )
            return
        if class_code is None:
            return
        # a new 款 of the 类 (the open 款 closed: its 项 add up to it)
        new_item = class_code + text
        if new_item not in seen and fits(item_total, item_kids):
            walk(
                n + 1,
                class_code,
                class_total,
                [*class_kids, total],
                new_item,
                total,
                [],
                seen | {new_item},
                [*chosen, new_item],
            )
        # a 项 of the open 款
        if item is not None and (code := item + text) not in seen:
            walk(
                n + 1,
                class_code,
                class_total,
                class_kids,
                item,
                item_total,
                [*item_kids, total],
                seen | {code},
                [*chosen, code],
            )

    walk(0, None, None, [], None, None, [], frozenset(), [])
    return [] if len(solutions) != 1 or steps[0] > 20_000 else solutions


def _half_steps(cells: list[Cell]) -> Decimal:
    """Half the printed step of each figure, summed: how far their sum may be from the sum of their truths."""
    return sum((Decimal(1).scaleb(-decimals_of(c.raw)) / 2 for c in cells), Decimal(0))


def _drop_code_parts_alone(table: Table, ctx: Context, rows: list[Row], code_kind: str) -> None:
    """Rows whose code is printed as its own level's part only (the 类 / 款 / 项 columns, parents left
    blank): whether "07 …" after a 项 is the next 项 or a new 款 is not printed, so such a row is no code
    row; and it is no total row either. Its figures are not loaded, and the reader is told why."""
    if code_kind == "economic":
        _economic_parts_completed(rows)
    if code_kind != "functional" or not any(row.code for row in rows):
        return
    _code_parts_completed(rows)
    _plain_code_parts_completed(rows)
    # (or a part printed with no name on its line, its name wrapped around it: "05 72.46 72.46")
    alone = [
        row
        for row in rows
        if not row.code
        and row.amounts
        and (_PARTS_RE.match(row.label) or _PARTS_ONLY_RE.fullmatch(row.label))
    ]
    if not alone:
        return
    ctx.diagnose(
        "warn",
        "code_parts_alone",
        f"{table.title}: the {len(alone)} rows {', '.join(repr(row.label) for row in alone[:6])}"
        f"{' …' if len(alone) > 6 else ''} print only their own level's part of the functional code (the "
        "类 / 款 / 项 columns, parents left blank), so their full codes cannot be told from the text; their "
        "figures were not loaded.",
        table,
        alone[0].line,
        observed=" ".join(row.label for row in alone[:6]),
    )
    for row in alone:
        row.amounts = []
