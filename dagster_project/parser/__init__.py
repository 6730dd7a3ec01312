"""The report parser: a document's bytes (text or PDF) in, typed records and diagnostics out.

Pure Python with no orchestrator import, so it is fast to test and usable from the command line.
``parse_document`` never raises: whatever the input, it returns a result whose diagnostics say what went
wrong, and a document that yields no tables says why in ``Document.status_message``.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import itertools
import re
import traceback
import warnings
from collections import Counter
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Final

from dagster_project import parser_sources_digest

from .consistency import check_document
from .context import Context
from .economic import parse_economic_table
from .functional import is_noise, parse_coded_table, table_row
from .layout import ExtractionError, Line, lines_from_pdf, lines_from_text
from .line_items import looks_like_line_items, parse_line_items
from .metadata import read_metadata, second_report_at
from .narrative import parse_claims
from .performance import read_self_evaluation
from .procurement import parse_procurement_table
from .records import Claim, Document, ParseResult, ReportTable, result_of
from .rows import may_print_figures, read_row
from .sangong import parse_sangong_table
from .summary import parse_summary_table
from .tables import Table, detect_tables, prints_other_columns
from .tokens import PRINTED_FIGURE_RE, compact
from .vocabulary import base_table_key

# With a short hash of the parser's own source: the landing skips a document only when its content and the
# parser version are unchanged, so any change to the parser re-parses every document, bumped or not.
PARSER_VERSION: Final = f"0.2.0+{parser_sources_digest()[:8]}"

# Table families and the parser that reads each; tables kept as text (绩效目标) are listed, not read.
_FUNCTIONAL: Final = {
    "expenditure_by_function",
    "income_by_function",
    "general_budget_by_function",
    "fiscal_by_function",
    "government_fund",
    "state_capital",
    "fiscal_special_account",
}
_ECONOMIC: Final = {
    # 机关运行经费 by economic code; where it shares the 三公 table, the 三公 reader has it
    "operating_costs",
    "general_budget_basic_by_economic",
    "fiscal_basic_by_economic",
    "basic_by_economic",
    "expenditure_by_economic",
}
_SUMMARY: Final = {"income_expenditure_summary", "fiscal_summary"}
# Tables of money a report may have none of (a fund's, the projects'): empty when they print zeros only.
_FUND_TABLES: Final = {
    "government_fund",
    "state_capital",
    "fiscal_special_account",
    "project_expenditure",
    "transfer",
}
_TEXT_ONLY: Final = {"performance", "line_items", "purchase_services"}
# Tables of things named in their rows (projects; transfers by project or region), read by the reader of
# tables by code: each row's label with its figures under the header's columns, the 合计 row as the total.
_LABELLED: Final = {"project_expenditure", "transfer"}


def document_id_for(relative_path: str) -> str:
    """A stable id of a file from its path under raw/, safe as a Dagster partition key: ASCII letters,
    digits, '_', '-' and '.', plus a short hash of the full path so Chinese names stay distinct."""
    path = str(PurePosixPath(relative_path))
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", path).strip("_.")[:60] or "doc"
    return f"{slug}-{hashlib.sha1(path.encode('utf-8')).hexdigest()[:8]}"


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a text file and the encoding used: UTF-8 (with or without BOM), UTF-16, or GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if (encoding := _utf16_without_bom(data)) is not None:
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "utf-8 (with undecodable bytes replaced)"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without its byte-order mark (some Windows tools do): the NUL bytes of the ASCII
    characters (spaces, digits, newlines) stand at odd offsets (little-endian) or at even ones (big-endian),
    but for the few of characters like 一 (U+4E00), and the text decodes to characters with no control
    bytes but line breaks."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) < 8 or even + odd < len(sample) // 32 or min(even, odd) * 5 > max(even, odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    for end in (len(sample), len(sample) - 2):  # the sample may end inside a surrogate pair
        try:
            text = sample[:end].decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding if not any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text) else None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    # Bytes 0-8 and 14-31 (tab, newlines, form feed and carriage return are text), counted in C.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.05


_CONTROL_BYTES: Final = bytes([*range(0, 9), *range(14, 32)])


def parse_document(data: bytes, source_file: str, document_id: str | None = None) -> ParseResult:
    """Parse one document. Never raises: failures are reported in the result."""
    document_id = document_id or document_id_for(source_file)
    sha = hashlib.sha256(data).hexdigest()
    is_pdf = data[:1024].lstrip().startswith(b"%PDF") or source_file.lower().endswith(".pdf")
    base = dict(
        document_id=document_id,
        source_file=source_file,
        content_sha256=sha,
        file_size_bytes=len(data),
        source_format="pdf" if is_pdf else "text",
        parser_version=PARSER_VERSION,
    )
    # A parse makes hundreds of thousands of short-lived objects and next to no reference cycles, so the
    # cyclic collector (run every 700 allocations, now and then over everything alive, the token caches
    # too) is paused for its length, 7 to 8 % of the parse time on the generated corpus, and left as the
    # caller had it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = _parse(data, source_file, document_id, is_pdf, base)
    except Exception as exc:  # the parser's own bug must not stop the batch: report it per document
        result = _failed(base, f"internal parser error: {type(exc).__name__}: {exc}")
        result.diagnostics.append(_diag(base, "error", "parser_exception", traceback.format_exc(limit=3)))
    finally:
        if collecting:
            gc.enable()
    raised = [d.message for d in result.diagnostics if d.check_name in _RAISED and "TypeError" in d.message]
    if COMPILED and raised:
        # Compiled (tools/compile_parser.py), the parser checks the annotated types of values at run time,
        # where Python does not (a TypeError there): what raised so is parsed again by the same code from its
        # sources. (A PDF pdfium cannot open fails alike either way.)
        from dagster_project import source_parser

        warnings.warn(
            f"{source_file}: the compiled parser raised, parsed again from its sources: {raised[0]}",
            stacklevel=2,
        )
        return result_of(source_parser().parse_document(data, source_file, document_id))
    return result


# Whether this module runs compiled by mypyc (a C extension module) or from its source file.
COMPILED: Final = not __file__.endswith(".py")
_RAISED: Final = ("parser_exception", "table_parser_exception")


def unreadable_result(
    source_file: str,
    document_id: str,
    sha256: str,
    size: int,
    reason: str,
    status: str = "failed",
    source_format: str = "text",
) -> ParseResult:
    """The result for a document that is not read (over a limit, a duplicate of another): its reason is
    the document's status message and its only diagnostic."""
    base = dict(
        document_id=document_id,
        source_file=source_file,
        content_sha256=sha256,
        file_size_bytes=size,
        source_format=source_format,
        parser_version=PARSER_VERSION,
    )
    result = _failed(base, reason, status)
    if status == "duplicate":
        result.diagnostics = [_diag(base, "info", "duplicate_document", reason)]
    elif status == "skipped":
        check = "refused_link" if "link" in reason else "other_rendition"
        result.diagnostics = [_diag(base, "warn" if check == "refused_link" else "info", check, reason)]
    return result


def _diag(base: dict, severity: str, check: str, message: str):
    from .records import Diagnostic

    return Diagnostic(
        base["document_id"], base["source_file"], severity, check, None, None, None, None, message
    )


def _failed(base: dict, reason: str, status: str = "failed", page_count: int | None = None) -> ParseResult:
    doc = Document(
        **base,
        page_count=page_count,
        doc_kind=None,
        scope=None,
        unit_name=None,
        supervising_department=None,
        fiscal_year=None,
        province=None,
        city=None,
        district=None,
        parse_status=status,
        status_message=reason,
        table_count=0,
        main_table_key=None,
        total_expenditure_yuan=None,
    )
    return ParseResult(
        doc,
        diagnostics=[
            _diag(base, "error", "document_unreadable" if status == "failed" else "no_tables", reason)
        ],
    )


def _parse(data: bytes, source_file: str, document_id: str, is_pdf: bool, base: dict) -> ParseResult:
    if not data:
        return _failed(base, "the file is empty (0 bytes)")
    page_count = None
    undrawn: list[int] = []
    if is_pdf:
        if not data.lstrip().startswith(b"%PDF"):
            return _failed(base, "the file is named .pdf but is not a PDF (no %PDF header)")
        try:
            lines, page_count, undrawn = lines_from_pdf(data)
        except ExtractionError as exc:
            return _failed(base, str(exc))
    else:
        if (
            _looks_binary(data)
            and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
            and _utf16_without_bom(data) is None
        ):
            return _failed(base, "the file is binary, not text (control bytes throughout)")
        text, _encoding = decode_text(data)
        lines = lines_from_text(text)
    unknown_tables: list[tuple[Line, str]] = []
    apart_pages: list[list[Line]] = []  # "续表" pages printed apart from their tables' headers
    tables = detect_tables(lines, unknown_tables, apart_pages)
    # A file holding a second report after this one (a department's, then its unit's): only the first is
    # read, never the two mixed under one document.
    second = None
    meta = read_metadata(lines, [t.title for t in tables])
    if tables:
        second_at = second_report_at(
            lines, lines.index(tables[0].title_line), meta.unit_name, meta.fiscal_year, meta.doc_kind
        )
        if second_at is not None:
            second = (lines[second_at[0]], second_at[1])
            lines = lines[: second_at[0]]
            unknown_tables, apart_pages = [], []
            tables = detect_tables(lines, unknown_tables, apart_pages)
            meta = read_metadata(lines, [t.title for t in tables])
    for table in tables:
        table.fiscal_year, table.doc_kind = meta.fiscal_year, meta.doc_kind
    for table in tables:  # a detail table whatever its title's other words (一般公共预算…支出明细表)
        if (
            "明细" in table.title
            and table.table_key not in ("line_items", "transfer", "purchase_services", "procurement")
            and looks_like_line_items(table)
        ):
            table.table_key = "line_items"
    for table in tables:
        # A 项目支出表 listing projects, without functional codes or with them beside a 项目名称 column: not
        # expenditure by function (projects under one code are several rows, never one code's figures).
        if (
            table.table_key in _FUNCTIONAL
            and (
                (_PROJECTS_TITLE_RE.search(table.title) and _lists_without_codes(table))
                or (_PROJECT_SPENDING_TITLE_RE.search(table.title) and _names_projects(table))
                # (a header of projects with no row under it: "项目名称 合计 …" and a note, empty)
                or (
                    _PROJECTS_TITLE_RE.search(table.title)
                    and any("项目名称" in compact(ln.text) for ln in table.lines[:8])
                    and not any(
                        read_row(ln).amounts
                        for ln in table.lines
                        if not is_noise(ln) and may_print_figures(ln)
                    )
                )
            )
            # (项目支出决算表（按经济分类）: project spending by economic code, read below)
            and not _by_economic_code(table)
        ):
            table.table_key = "project_expenditure"
    for table in tables:
        # A table titled as by function (部门支出总表) whose header names the economic classification, whose
        # rows print economic codes (301 工资福利支出 / 30101 基本工资 …): expenditure by economic code.
        if table.table_key in _FUNCTIONAL and _by_economic_code(table):
            table.table_key = "expenditure_by_economic"
    seen: dict[str, int] = {}
    for table in tables:  # a key names one table per document: a second table of a kind gets a suffix
        if table.continues is not None:  # further columns of the table before: its key
            table.table_key = table.continues.table_key
            continue
        seen[table.table_key] = seen.get(table.table_key, 0) + 1
        if seen[table.table_key] > 1:
            table.table_key = f"{table.table_key}_{seen[table.table_key]}"
    ctx = Context(
        document_id, source_file, meta.doc_kind, fiscal_year=meta.fiscal_year, unit_name=meta.unit_name
    )
    if undrawn:
        shown = ", ".join(map(str, undrawn[:12])) + (" …" if len(undrawn) > 12 else "")
        ctx.diagnose(
            "warn",
            "font_missing",
            f"the PDF does not embed its Chinese fonts and this machine has none to draw them (page(s) "
            f"{shown}): characters are lost, and tables and figures with them. Install a Chinese font "
            "(Debian: fonts-wqy-microhei; `make run` does so when it can) and read the document again.",
            observed=shown,
        )
    if second is not None:
        second_title, body = second
        ctx.diagnose(
            "warn",
            "second_report",
            f"the file holds a second report from this line on ({body}'s): only the first report, before "
            "it, is read; the second's tables and narrative are not loaded (split the file to read it).",
            line=second_title,
            observed=body,
        )
    for table in tables:
        if strays := table.cache.get(("figures_after_empty_statement",)):
            raws = [raw for _line, raw in strays]
            ctx.diagnose(
                "warn",
                "unplaced_amounts",
                f"{table.title}: the table states it is empty ({table.empty_reason}); the figure(s) "
                f"{raws[:8]} printed after that statement, each on a line of its own, are none of its rows "
                "(the page's number, or another table's cell the text sets out of order): not loaded.",
                table,
                strays[0][0],
                observed=" ".join(raws),
            )
    for title_line, *_rows in apart_pages:
        ctx.diagnose(
            "warn",
            "table_continuation_apart",
            f"the rows after a page's '续表' mark, below its table's header words "
            f"'{compact(title_line.text)}' (line {title_line.number}), are printed apart from the "
            "header (the text out of reading order): which columns their figures stand in cannot be "
            "told, so they are not loaded, and they end the table before them (the PDF, or "
            "`pdftotext -layout`, keeps the rows).",
            line=title_line,
            observed=compact(title_line.text),
        )
    for title_line, title in unknown_tables:
        if not title:
            ctx.diagnose(
                "warn",
                "table_untitled",
                "a table without its title (a header and a 合计 row of its own after the rows of the table "
                "above; the title may have been printed as an image): which table it is cannot be told, so "
                "its rows are not loaded, and it ends the table before it.",
                line=title_line,
                observed=compact(title_line.text),
            )
            continue
        ctx.diagnose(
            "info",
            "table_not_read",
            f"'{title}' is a table of a kind this parser does not read (not a table of the budget or "
            "final-account templates); its rows are not loaded, and it ends the table before it.",
            line=title_line,
            observed=title,
        )
    amounts = []
    report_tables = []
    # A table printing no unit in a report whose every other table states one and the same: that one
    # (said; the warehouse's checks across tables test it). Otherwise 元, said.
    stated = {
        t.amount_unit for t in tables if t.amount_unit and base_table_key(t.table_key) not in _TEXT_ONLY
    }
    for table in tables:
        if (
            table.amount_unit is None
            and base_table_key(table.table_key) not in _TEXT_ONLY
            and table.empty_reason is None  # a table stated empty has no figure to read in any unit
        ):
            inherited = next(iter(stated)) if len(stated) == 1 else None
            table.amount_unit = inherited
            ctx.diagnose(
                "warn",
                "amount_unit_missing",
                f"{table.title}: no amount unit (单位：元/万元) printed near the title; amounts read as "
                + (f"{inherited}, the unit every other table of the report states." if inherited else "元."),
                table,
            )
    found_by_table = _read_tables(tables, ctx)
    for table in tables:
        found = found_by_table.get(id(table), [])
        if (
            not found
            and table.empty_reason is None
            and base_table_key(table.table_key) not in _TEXT_ONLY
            and not any(
                read_row(ln).amounts for ln in table.lines if not is_noise(ln) and may_print_figures(ln)
            )
        ):
            if lone := _lone_numbers_unread(table):
                ctx.diagnose(
                    "warn",
                    "table_unread",
                    f"{table.title}: {len(lone)} whole numbers stand a line each ({' '.join(lone[:6])}"
                    f"{' …' if len(lone) > 6 else ''}) in a text without page breaks, where a page's number "
                    "cannot be told from a figure; the table was not loaded.",
                    table,
                    table.title_line,
                    observed=" ".join(lone[:20]),
                )
            else:
                table.empty_reason = "no amount is printed in the table"
        elif (
            found
            and table.empty_reason is None
            and base_table_key(table.table_key) in _FUND_TABLES
            and all(a.is_total_row and a.amount_yuan == 0 for a in found)
            # (and no other line prints a figure but zero: rows the reader missed are said, not hidden)
            and not any(
                c.value
                for ln in table.lines
                if not is_noise(ln) and may_print_figures(ln)
                for c in read_row(ln).amounts
            )
        ):
            # a fund's or the projects' table printing its 合计 of zeros only ("0.00", "—", "-"): none of
            # that money; its zeros are kept
            table.empty_reason = "its 合计 row prints zeros only"
        amounts.extend(found)
        if table.continues is not None:
            # its columns' rows are the table's: one table from its title to this part's last line
            start = table.continues.title_line.number
            n = next(n for n, t in enumerate(report_tables) if t.title_line == start)
            report_tables[n] = dataclasses.replace(
                report_tables[n],
                last_line=table.last_line,
                row_count=len({a.source_line for a in amounts if a.table_key == table.table_key}),
            )
            continue
        report_tables.append(
            ReportTable(
                document_id,
                table.table_key,
                table.title,
                table.label,
                table.amount_unit,
                table.title_line.number,
                table.last_line,
                table.empty_reason is not None,
                table.empty_reason,
                len({a.source_line for a in found}),
            )
        )
    if meta.unit_name is None and amounts:
        # Its figures would belong to no unit: never compared with the unit's other reports.
        ctx.diagnose(
            "warn",
            "unit_name_missing",
            "the report's unit (单位名称) is printed neither on its cover or title nor in a 编制单位 / "
            "部门名称 field this parser reads: its figures are loaded without a unit, and budget and final "
            "account are not compared.",
        )
    check_document(lines, tables, meta, ctx)
    narrative = _outside_tables(lines, tables, apart_pages)
    # A text that is no report at all (no table, neither a budget's nor a final account's title: a 政府工作
    # 报告 quoting the city's budget) states no report's claims, nor a report's unit and scope.
    not_a_report = not tables and meta.doc_kind is None and _titled_otherwise(lines)
    claims = [] if not_a_report else parse_claims(narrative, ctx, amounts, meta.fiscal_year)
    evaluated = []
    for table in tables:  # 绩效自评表: each project's budget, actual and rate, as claims
        if base_table_key(table.table_key) == "performance" and table.empty_reason is None:
            evaluated.extend(read_self_evaluation(table, ctx))
    # (a project the 说明 tells as its 绩效自评表 does, by name, budget and actual: claimed once, the table's)
    claims = [c for c in claims if not any(_same_project(c, row) for row in evaluated)] + evaluated
    main_key, total = _main_total(amounts, ctx)
    if not tables:
        status, message = "no_tables", _why_no_tables(lines)
        ctx.diagnose("error", "no_tables", message)
    else:
        status = "parsed"
        message = f"{len(report_tables)} tables, {len(amounts)} amounts, {len(claims)} claims"
    doc = Document(
        **base,
        page_count=page_count,
        doc_kind=meta.doc_kind,
        scope=None if not_a_report else meta.scope,
        unit_name=None if not_a_report else meta.unit_name,
        supervising_department=meta.supervising_department,
        fiscal_year=meta.fiscal_year,
        province=meta.province,
        city=meta.city,
        district=meta.district,
        parse_status=status,
        status_message=message,
        table_count=len(report_tables),
        main_table_key=main_key,
        total_expenditure_yuan=total,
    )
    for number, amount in enumerate(amounts, start=1):
        amount.cell_number = number
    # each functional code's totals in the document's tables of all sources and of 一般公共预算
    pinned: dict[str, set] = {}
    for a in amounts:
        if (
            a.column_key == "total"
            and a.subject_code
            and base_table_key(a.table_key) in ("expenditure_by_function", "general_budget_by_function")
        ):
            pinned.setdefault(a.subject_code, set()).add(a.amount_yuan)
    line_items = [
        item
        for table in tables
        if base_table_key(table.table_key) == "line_items" and table.empty_reason is None
        for item in parse_line_items(table, ctx, pinned)
    ]
    return ParseResult(doc, report_tables, amounts, line_items, claims, ctx.diagnostics)


_LEADING_CODE_RE: Final = re.compile(r"^(\d{3}|\d{5}|\d{7})(?!\d|[.,年])")


# A table of projects: 项目支出表, and 专项 tables as some provinces title them (专项业务经费支出表, 专项资金
# 预算表).
_PROJECTS_TITLE_RE: Final = re.compile(r"项目|专项")
_PROJECT_SPENDING_TITLE_RE: Final = re.compile(r"项目支出|专项(?:业务)?(?:经费|资金)")


def _by_economic_code(table: Table) -> bool:
    """Whether a table's header or title names the economic classification (经济分类, 经济科目) and its rows'
    leading codes are economic ones (301…, 501…; two at least) and none a functional one (201…)."""
    codes = [found.group(1) for line in table.lines if (found := _LEADING_CODE_RE.match(line.text.lstrip()))]
    if len(codes) < 2 or any(code[0] not in "35" for code in codes):
        return False
    first = next(n for n, line in enumerate(table.lines) if _LEADING_CODE_RE.match(line.text.lstrip()))
    head = "".join(compact(line.text) for line in table.lines[:first]) + table.title
    return "经济分类" in head or "经济科目" in head  # (Jiangsu's word: "经济科目编码", "（经济科目）")


def _by_function_code(table: Table) -> bool:
    """Whether a table titled by economic classification (一般公共预算基本支出表) prints functional codes in
    its rows (2010101 行政运行 …; two at least) and no economic one: its rows are by function."""
    codes = [found.group(1) for line in table.lines if (found := _LEADING_CODE_RE.match(line.text.lstrip()))]
    # (a row printing an economic code after its functional one's name, "2080101 行政运行 30101 基本工资 …",
    # is by economic code: the functional code repeats over its rows)
    return (
        len(codes) >= 2
        and all(code[0] == "2" for code in codes)
        and not any(_SECOND_CODE_RE.search(line.text) for line in table.lines)
    )


_SECOND_CODE_RE: Final = re.compile(r"^\s*2\d{2}(?:\s?\d{2}){0,2}\s+\S+\s+[35]\d{2}(?:\d{2})?(?![\d.,])")


def _lists_without_codes(table: Table) -> bool:
    """Whether a table's rows with figures name things (projects) without any classification code, beside
    its total rows."""
    # Read through the table's row cache: the reader of tables by code reads the same lines next.
    rows = [
        row
        for ln in table.lines
        if not is_noise(ln)
        for row in [table_row(table, ln, "functional")]
        if row.amounts
    ]
    if any(row.code for row in rows):
        return False
    if any(row.label and not row.is_total for row in rows):
        return True
    # a cell a line (plain pdftotext of a drawn table): no row prints its name beside its figures, but the
    # header names the projects' column
    return bool(rows) and "项目名称" in "".join(compact(ln.text) for ln in table.lines[:12])


def _same_project(told: Claim, row: Claim) -> bool:
    """Whether a project the 说明 tells is a 绩效自评表 row's: the same budget and actual, and the one name
    (without its 项目) holding the other's."""
    same_figures = (told.budget_yuan, told.actual_yuan) == (row.budget_yuan, row.actual_yuan)
    if told.claim_kind != "project_execution" or not same_figures:
        return False
    name, other = compact(told.subject_name or "").removesuffix("项目"), compact(row.subject_name or "")
    return bool(name and other) and (name in other or other.removesuffix("项目") in name)


def _read_one(table: Table, ctx: Context) -> tuple[list, bool]:
    """A table's amounts. The parser's own failure on one table costs that table, not the document: it
    is reported as an error naming the table, and the other tables are read."""
    try:
        return _read_table(table, ctx)
    except Exception as exc:
        ctx.diagnose(
            "error",
            "table_parser_exception",
            f"{table.title}: internal parser error, the table's figures are not loaded "
            f"({type(exc).__name__}: {exc}); {traceback.format_exc(limit=-2)}",
            table,
        )
        return [], False


def _read_table(table: Table, ctx: Context) -> tuple[list, bool]:
    if table.empty_reason is not None:
        return [], False
    kind = base_table_key(table.table_key)  # a second table of a kind ("government_fund_2") is read alike
    if kind in _FUNCTIONAL or kind in _LABELLED:
        return parse_coded_table(table, ctx, "functional")
    if kind in _ECONOMIC and _by_function_code(table):
        # (一般公共预算基本支出表 by function: 2080101 行政运行 | 合计 | 人员经费 | 公用经费)
        return parse_coded_table(table, ctx, "functional")
    if kind in _ECONOMIC:
        return parse_economic_table(table, ctx)
    if kind in _SUMMARY:
        return parse_summary_table(table, ctx), False
    if kind == "sangong":
        return parse_sangong_table(table, ctx), False
    if kind == "procurement":
        return parse_procurement_table(table, ctx), False
    return [], False


def _read_tables(tables: list[Table], ctx: Context) -> dict[int, list]:
    """Amounts of every table. A plain-text table whose identities left rows open is read again once the
    other tables have placed their rows for sure (the same code and total elsewhere pins a row's split);
    its diagnostics of the first reading are replaced by those of the last."""
    found: dict[int, list] = {}
    said: dict[int, list] = {}  # the diagnostics of each table's last reading
    open_tables: list[Table] = []

    def read(table: Table) -> bool:
        before = len(ctx.diagnostics)
        found[id(table)], ambiguous = _read_one(table, ctx)
        said[id(table)] = ctx.diagnostics[before:]
        return ambiguous

    for table in tables:
        if read(table):
            open_tables.append(table)
    for _round in range(3):
        if not open_tables:
            break
        pins_before = sum(map(len, ctx.pins.values()))
        still_open = []
        for table in open_tables:
            last = {id(d) for d in said[id(table)]}
            ctx.diagnostics[:] = [d for d in ctx.diagnostics if id(d) not in last]
            if read(table):
                still_open.append(table)
        open_tables = still_open if sum(map(len, ctx.pins.values())) > pins_before else []
    for table in tables:
        found[id(table)] = _one_figure_per_cell(table, found[id(table)], ctx)
    _report_unread(tables, found, ctx)
    return found


_GRAND_TOTAL_RE: Final = re.compile(r"^(?:合计|总计)$")


def _one_figure_per_cell(table: Table, amounts: list, ctx: Context) -> list:
    """A cell of a table (its row, column and phase) holds one figure. A second, different figure for a
    cell already read (a table printed in two parts side by side, the second part's columns read under the
    first's header; a row printed twice; two figures of a summary's item on its line read under one
    column) is not loaded, and said; a repeat of the same figure is dropped."""
    seen: dict[tuple, object] = {}
    kept, clashes = [], []
    # Rows told by their code, and a coded table's 合计 (one per table), and the 三公 items; not the labels
    # of a summary, which repeat (a 小计 under 财政拨款 and another under 其他资金).
    coded = any(a.subject_code for a in amounts)
    sangong = base_table_key(table.table_key) == "sangong"
    # projects are told by their names, several under one functional code
    named = base_table_key(table.table_key) in _LABELLED
    for amount in amounts:
        key: tuple = (
            amount.subject_code or amount.row_label,
            amount.paired_code,
            amount.column_key,
            amount.phase,
        )
        if named or not (
            amount.subject_code or sangong or (coded and _GRAND_TOTAL_RE.match(amount.row_label))
        ):
            # a label's cell on one line (two columns read under one header, 2024年 | 2025年预算数)
            key = (*key, amount.source_line)
        first = seen.get(key)
        if first is None:
            seen[key] = amount
            kept.append(amount)
        elif first.amount_yuan != amount.amount_yuan:
            clashes.append((first, amount))
    # (a line of several items' figures: a 三公 table printing its items as columns; a line of one item,
    # as a table printing its items as rows has, keeps its first figure, another year's or a change after)
    # (looked at only where cells clash: most tables have none)
    items_on: dict[int, set] = {}
    for amount in amounts if clashes else ():
        items_on.setdefault(amount.source_line, set()).add(amount.column_key)
    same_line = {
        b.source_line
        for a, b in clashes
        if a.source_line == b.source_line and len(items_on[b.source_line]) > 1
    }
    if sangong and same_line:
        # A 三公 row holds each item once per phase: two figures of one line under one item and phase
        # say its header was not read right (its phases or items out of order), so none of that line's
        # figures can be trusted to its column.
        kept = [a for a in kept if a.source_line not in same_line]
    # A table printing another year's (or a change's, an adjusted budget's) columns beside its own: of two
    # figures for one cell under the same header words (a block of columns printed twice, its group label
    # read only over the figure under its middle), the first may well be the other year's: neither is
    # kept. (Under different words, 合计 and a fund's 小计, the first is the template's column, as before.)
    repeated = [(a, b) for a, b in clashes if a.column_label == b.column_label]
    comparing = bool(repeated) and not (sangong and same_line) and prints_other_columns(table)
    if comparing:
        clashed = {id(a) for a, _b in repeated}
        kept = [a for a in kept if id(a) not in clashed]
    if clashes:
        shown = "; ".join(
            f"'{b.row_label}' {b.column_label or b.column_key}: {b.amount_raw} (line {b.source_line}) beside "
            f"{a.amount_raw} (line {a.source_line})"
            for a, b in clashes[:4]
        )
        ctx.diagnose(
            "warn",
            "duplicate_cells",
            f"{table.title}: {len(clashes)} cell(s) read twice with different figures ({shown}"
            f"{' …' if len(clashes) > 4 else ''}): "
            + (
                "two figures of one line under one item and phase: the header's columns were not read "
                "right, and none of the line's figures is loaded."
                if sangong and same_line
                else "the table prints another year's, a change's or an adjusted budget's columns beside its "
                "own: of two figures under the same header words, which is the report's own cannot be told, "
                "and neither is loaded (of two under different words, the first is kept)."
                if comparing
                else "the table is printed in parts or a row twice; the first figure of each is kept, the "
                "others are not loaded."
            ),
            table,
            clashes[0][1].source_line
            and next((ln for ln in table.lines if ln.number == clashes[0][1].source_line), None),
            observed=" ".join(b.amount_raw for _a, b in clashes[:20]),
        )
    return kept


def _names_projects(table: Table) -> bool:
    """Whether a table's header, above its first figures, names a 项目名称 column beside a 科目 column."""
    head = ""
    for line in table.lines[:8]:
        if may_print_figures(line) and read_row(line).amounts:
            break
        head += compact(line.text)
    return "项目名称" in head and ("科目" in head or "功能分类" in head)


_LONE_NUMBER_RE: Final = re.compile(r"\d{1,3}")


def _lone_numbers_unread(table: Table) -> list[str]:
    """The lone whole numbers of a table that prints no other figure, in a text without page breaks (so each
    was taken for a page's number: see ``layout.is_page_line``), when they cannot all be page numbers (two
    or more, not running 1 by 1): figures printed a cell a line without decimals ("12", "0", "8"), or
    nothing to read; the table is then not said to be empty."""
    lone = [
        compact(line.text)
        for line in table.lines
        if line.page_number is None and _LONE_NUMBER_RE.fullmatch(compact(line.text))
    ]
    # (the columns' numbers under 栏次, "1" / "2" / "3" … and on after a page break, are none; nor zeros, a
    # 合计 of zeros)
    column, rest = 1, []
    for number in lone:
        if number == str(column):
            column += 1
        elif number != "0":
            rest.append(number)
    rest = rest if column > 2 else [number for number in lone if number != "0"]
    pages = len(rest) < 2 or all(int(b) == int(a) + 1 for a, b in itertools.pairwise(rest))
    return [] if pages else lone


def _report_unread(tables: list[Table], found: dict[int, list], ctx: Context) -> None:
    """A table that prints figures of which none was read, without a diagnostic saying why, is reported:
    nothing a report prints is dropped in silence."""
    explained = {d.table_key for d in ctx.diagnostics}
    for table in tables:
        if base_table_key(table.table_key) == "purchase_services" and table.table_key not in explained:
            figures = [
                c.raw
                for line in table.lines
                if not is_noise(line) and may_print_figures(line)
                for c in read_row(line).amounts
            ]
            if figures:  # listed, its figures not loaded: said once (政府购买服务 is not in the marts)
                ctx.diagnose(
                    "info",
                    "table_not_read",
                    f"{table.title}: a 政府购买服务 table; its {len(figures)} figures are not loaded.",
                    table,
                    table.title_line,
                )
            continue
        if (
            table.empty_reason is not None
            or base_table_key(table.table_key) in _TEXT_ONLY
            or table.table_key in explained
        ):
            continue
        loaded = len(found[id(table)])
        # (a table of which only the total rows were read, its other rows printing figures too: a project
        # table whose rows open with a 项目类别 word, none read as a row, is said at twice its loaded figures)
        share = 2 if loaded and all(a.is_total_row for a in found[id(table)]) else 4
        # (figures printed with decimals or thousands separators, counted cheaply: most tables place most.
        # Each holds a "." or a ",": where those are too few for four figures a placed one, the figures are
        # not counted, and the lines are joined for one pattern run, no figure running over a line's end.)
        printed = 0
        if loaded:
            text = "\n".join([line.text for line in table.lines])
            if text.count(".") + text.count(",") > max(loaded * share, 7):
                printed = len(PRINTED_FIGURE_RE.findall(text))
        if (
            loaded
            and printed >= 8
            and loaded * share < printed
            and base_table_key(table.table_key) != "procurement"  # its 合计 and subtotals only, by design
        ):
            # most of what it prints placed nowhere, and nothing said why (a page holding two tables side by
            # side read as one): said, the figures read kept
            ctx.diagnose(
                "warn",
                "table_partly_unread",
                f"{table.title}: only {loaded} of its {printed} printed figures could be placed in a "
                "row and column; the others were not loaded.",
                table,
                table.title_line,
            )
            continue
        if loaded:
            continue
        figures = [
            c.raw
            for line in table.lines
            if not is_noise(line) and may_print_figures(line)
            for c in read_row(line).amounts
        ]
        if figures:
            ctx.diagnose(
                "warn",
                "table_unread",
                f"{table.title}: none of its {len(figures)} figures ({' '.join(figures[:4])}"
                f"{' …' if len(figures) > 4 else ''}) could be placed in a row and column; the table was "
                "not loaded.",
                table,
                table.title_line,
                observed=" ".join(figures[:20]),
            )


def _outside_tables(lines: list[Line], tables: list[Table], apart_pages: list[list[Line]]) -> list[Line]:
    inside = set()
    for t in tables:
        inside.add(t.title_line.number)
        inside.update(ln.number for ln in (*t.title_above, *t.lines))
    inside.update(ln.number for page in apart_pages for ln in page)
    # Two pieces of one line of text (a page break after text: pages joined with "\f") share its number:
    # those are told by the line objects the tables hold.
    numbers = Counter(ln.number for ln in lines)
    held = {id(ln) for t in tables for ln in (*t.title_above, t.title_line, *t.lines)}
    held.update(id(ln) for page in apart_pages for ln in page)
    return [
        ln for ln in lines if (ln.number not in inside if numbers[ln.number] == 1 else id(ln) not in held)
    ]


def _main_total(amounts, ctx: Context) -> tuple[str | None, Decimal | None]:
    """The main expenditure table and the document's total expenditure: the 合计 row of the table of
    expenditure by functional code, or, where that table has no code rows, of the first functional table
    that has them (its total must equal the other's 合计 when both print one)."""

    # A 合计 / 总计 row is the table's total; a 小计 only where the table prints no other.
    def grand_first(rows):
        return sorted(rows, key=lambda a: compact(a.row_label) == "小计")

    printed_total = next(
        (
            a.amount_yuan
            for a in grand_first(amounts)
            if a.table_key == "expenditure_by_function" and a.is_total_row and a.column_key == "total"
        ),
        None,
    )
    for key in ("expenditure_by_function", "general_budget_by_function", "fiscal_by_function"):
        rows = [a for a in amounts if a.table_key == key and a.column_key == "total" and a.phase == ctx.phase]
        if any(a.subject_code for a in rows):
            totals = [a.amount_yuan for a in grand_first(rows) if a.is_total_row]
            total = (
                totals[0]
                if totals
                else sum((a.amount_yuan for a in rows if a.subject_level == 1), Decimal("0.00"))
            )
            if printed_total is None or total == printed_total:
                return key, total
    return None, printed_total


# The titles of documents of other kinds that quote budget figures: a government's work report, a
# statistical bulletin, a plan's outline ("政府工作报告（摘要）", "…统计公报", "…规划纲要").
_OTHER_DOCUMENT_TITLE_RE: Final = re.compile(r"(?:报告|公报|纲要)(?:[(（][^)）]{1,6}[)）])?$")


def _titled_otherwise(lines: list[Line]) -> bool:
    """Whether the document's title (its first lines) names a document of another kind."""
    return any(_OTHER_DOCUMENT_TITLE_RE.search(compact(line.text)) for line in lines[:3])


def _why_no_tables(lines: list[Line]) -> str:
    if not lines:
        return "no tables: the document has no text at all"
    return (
        f"no tables: none of the {len(lines)} lines is a table title of a budget or final-account report "
        "(收支总表, 支出表, 三公 …) followed by an amount unit or header; is this a budget report?"
    )
