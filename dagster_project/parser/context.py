"""What every table-family parser needs to know about the document it is reading."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .layout import Line
from .records import Amount, Diagnostic
from .tables import Table
from .tokens import to_yuan


@dataclass(slots=True)
class Context:
    document_id: str
    source_file: str
    doc_kind: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Rows whose column placement is certain, by (code kind, code or None for a total row, total in yuan):
    # {column_key: yuan}. A plain-text row the identities leave open is narrowed by the same row of another
    # table of the document (same code, same total).
    pins: dict[tuple, dict[str, Decimal]] = field(default_factory=dict)
    # The report's year, when its title gives it: a column of another year is not this report's.
    fiscal_year: int | None = None
    # Functional codes and the names the tables print beside them, figures or not.
    subject_names: dict[str, str] = field(default_factory=dict)
    # The unit's name as the cover prints it: a running page header printing it is no table row's text.
    unit_name: str | None = None

    def pin(self, key: tuple, columns: dict[str, Decimal]) -> None:
        """Add what one table placed for sure to a row's pin; tables pin different columns of one total
        (the 基本支出表 its 基本支出, the 收支总表 the 收入表's columns); a column's first pin stands."""
        pinned = self.pins.setdefault(key, {})
        for column, value in columns.items():
            pinned.setdefault(column, value)

    @property
    def phase(self) -> str:
        return "actual" if self.doc_kind == "final_account" else "budget"

    def diagnose(
        self,
        severity: str,
        check_name: str,
        message: str,
        table: Table | None = None,
        line: Line | None = None,
        expected: str | None = None,
        observed: str | None = None,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(
                document_id=self.document_id,
                source_file=self.source_file,
                severity=severity,
                check_name=check_name,
                table_key=table.table_key if table else None,
                source_line=line.number if line else (table.title_line.number if table else None),
                expected=expected,
                observed=observed,
                message=message,
            )
        )

    def amount(
        self,
        table: Table,
        line: Line,
        *,
        value: Decimal,
        raw: str,
        column_key: str,
        column_label: str,
        row_label: str,
        classification: str | None = None,
        code: str | None = None,
        level: int | None = None,
        name: str | None = None,
        is_total_row: bool = False,
        phase: str | None = None,
        paired_code: str | None = None,
        paired_name: str | None = None,
    ) -> Amount:
        unit = table.amount_unit or "元"
        # (the fields in order, not by keyword: a document makes hundreds, and keywords cost three times more)
        return Amount(
            self.document_id,  # document_id
            table.table_key,  # table_key
            classification,
            code,  # subject_code
            level,  # subject_level
            name or None,  # subject_name
            row_label,
            is_total_row,
            column_key,
            column_label,
            phase or self.phase,
            to_yuan(value, unit),  # amount_yuan
            raw,  # amount_raw
            unit,  # amount_unit
            line.number,  # source_line
            line.page,  # source_page
            paired_code,
            paired_name,
        )
