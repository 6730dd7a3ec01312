"""Typed records the parser emits, and the Parquet schema of each landed dataset.

Every amount is a ``Decimal`` in yuan (元) with its provenance: the table it came from, the row label and
code, the column label, the raw text as printed and the source line (for PDF input: the page and the row
on that page, numbered as ``page * 1000 + row`` so one integer orders the whole document).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from functools import cache

import pyarrow as pa

# Amounts are stored as DECIMAL(20, 2) yuan: 万元 with 4 decimals (942.9912 万元) is 9,429,912.00 元.
AMOUNT = pa.decimal128(20, 2)
RATE = pa.decimal128(12, 6)


@dataclass(frozen=True, slots=True)
class Document:
    document_id: str
    source_file: str
    content_sha256: str
    file_size_bytes: int
    source_format: str  # 'pdf' | 'text'
    page_count: int | None
    doc_kind: str | None  # 'budget' (预算) | 'final_account' (决算)
    scope: str | None  # 'department' (部门) | 'unit' (单位)
    unit_name: str | None
    supervising_department: str | None
    fiscal_year: int | None
    province: str | None
    city: str | None
    district: str | None
    parse_status: str  # 'parsed' | 'no_tables' | 'failed'
    status_message: str
    parser_version: str
    table_count: int
    # The table whose functional-code rows carry the document's whole expenditure (支出决算表 / 支出总表,
    # or where that prints totals only, the first functional table that has code rows), and its 合计.
    main_table_key: str | None
    total_expenditure_yuan: Decimal | None


@dataclass(frozen=True, slots=True)
class ReportTable:
    document_id: str
    table_key: str
    table_title: str
    table_label: str | None
    amount_unit: str | None  # '元' | '万元'
    title_line: int
    last_line: int
    is_empty: bool
    empty_reason: str | None
    row_count: int


# Not frozen: a frozen dataclass sets each of its 18 fields through object.__setattr__, and a report makes
# hundreds of cells (1.9 vs 0.2 µs each, 5% of the parse). Nothing mutates a cell once it is made.
@dataclass(slots=True)
class Amount:
    """One money cell of a table keyed by a classification code (functional or economic) or by a label."""

    document_id: str
    table_key: str
    classification: str | None  # 'functional' | 'economic_department' | 'economic_government' | None
    subject_code: str | None
    subject_level: int | None  # 1 = 类, 2 = 款, 3 = 项; None for total rows and label rows
    subject_name: str | None
    row_label: str
    is_total_row: bool
    column_key: str
    column_label: str
    phase: str  # 'budget' | 'actual'
    amount_yuan: Decimal
    amount_raw: str
    amount_unit: str
    source_line: int
    source_page: int | None
    # The other economic classification printed on the same row ("30101 基本工资 50101 工资奖金津补贴"):
    # its code and name, as the row's departmental and governmental codes go together.
    paired_code: str | None = None
    paired_name: str | None = None
    # Position of the cell among the document's amounts (1-based): its key within the document.
    cell_number: int = 0


@dataclass(frozen=True, slots=True)
class LineItem:
    """A budget detail line (项目明细): functional × economic codes × project × amount."""

    document_id: str
    table_key: str
    functional_code: str | None
    economic_government_code: str | None
    economic_department_code: str | None
    project_name: str | None
    expenditure_type: str | None  # 'basic' | 'project'
    amount_yuan: Decimal
    amount_raw: str
    amount_unit: str
    source_line: int
    source_page: int | None
    # Names printed beside each code on the line.
    functional_name: str | None = None
    economic_government_name: str | None = None
    economic_department_name: str | None = None


@dataclass(slots=True)  # (not frozen, as Amount: a report states dozens)
class Claim:
    """A figure the narrative (说明) states; recorded as a claim with its sentence, never as truth."""

    document_id: str
    # 'total_expenditure' | 'total_income' | 'execution' | 'sangong_execution' | 'year_on_year' |
    # 'procurement_total' | 'operating_costs' | …
    claim_kind: str
    subject_code: str | None
    subject_name: str | None
    budget_yuan: Decimal | None
    actual_yuan: Decimal | None
    stated_rate: Decimal | None  # fraction: 1.286 for 128.6%
    rate_decimals: int | None  # decimals the percentage was printed with
    amount_yuan: Decimal | None
    amount_unit: str | None
    # Year on year: the prior-year figure when stated, and the change (signed; 0 for 持平); stated_rate is
    # then the percentage change as a signed fraction (-0.0187 for 下降1.87%).
    prior_yuan: Decimal | None
    change_yuan: Decimal | None
    # The figure as printed (of amount_yuan, else of actual_yuan): its decimals say how precisely the
    # narrative states it, so a comparison with the tables allows half a unit of its last digit.
    figure_raw: str | None
    sentence: str
    source_line: int
    source_page: int | None
    # A budget-versus-actual claim's money, as the statement or the section heading over it names it:
    # 'general_budget' (一般公共预算财政拨款), 'government_fund' (政府性基金), 'state_capital' (国有资本经营),
    # 'fiscal' (财政拨款, every budget's appropriations), 'non_fiscal' (非财政拨款), 'all_sources' (本年支出,
    # 支出合计); None when nothing names one (fund_scope.py).
    fund_scope: str | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    document_id: str
    source_file: str
    severity: str  # 'info' | 'warn' | 'error'
    check_name: str
    table_key: str | None
    source_line: int | None
    expected: str | None
    observed: str | None
    message: str


@dataclass(slots=True)
class ParseResult:
    document: Document
    tables: list[ReportTable] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    line_items: list[LineItem] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def result_of(other) -> ParseResult:
    """A parse result of another copy of these record classes (the parser imported from its sources beside
    a compiled one) as one of these, field by field (every record is flat)."""

    def record(cls, obj):
        return cls(*[getattr(obj, f.name) for f in fields(cls)])

    return ParseResult(
        record(Document, other.document),
        [record(ReportTable, r) for r in other.tables],
        [record(Amount, r) for r in other.amounts],
        [record(LineItem, r) for r in other.line_items],
        [record(Claim, r) for r in other.claims],
        [record(Diagnostic, r) for r in other.diagnostics],
    )


def _arrow_type(name: str, annotation: str) -> pa.DataType:
    if name.endswith("_yuan"):
        return AMOUNT
    if name == "stated_rate":
        return RATE
    base = annotation.replace(" | None", "")  # (as written: this module is never compiled)
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "Decimal": AMOUNT,
    }[base]


@cache
def arrow_schema(record_type: type) -> pa.Schema:
    return pa.schema(
        [pa.field(f.name, _arrow_type(f.name, str(f.type)), nullable=True) for f in fields(record_type)]
    )


def arrow_table(record_type: type, records: list) -> pa.Table:
    """Records of one type as an Arrow table, built column by column (the records are flat)."""
    schema = arrow_schema(record_type)
    return pa.Table.from_pydict(
        {name: [getattr(r, name) for r in records] for name in schema.names}, schema=schema
    )


# Landed datasets: name -> record type. One Parquet dataset per kind; RESULT_FIELDS names the attribute of
# ParseResult that holds each dataset's records.
DATASETS: dict[str, type] = {
    "documents": Document,
    "report_tables": ReportTable,
    "amounts": Amount,
    "line_items": LineItem,
    "claims": Claim,
    "diagnostics": Diagnostic,
}

RESULT_FIELDS: dict[str, str] = {
    "documents": "document",
    "report_tables": "tables",
    "amounts": "amounts",
    "line_items": "line_items",
    "claims": "claims",
    "diagnostics": "diagnostics",
}
