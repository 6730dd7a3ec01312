"""Checks of a report against itself that need its text, not only its numbers: every heading names the
same unit and year as the cover, the table of contents lists no table the report lacks, and a final
account's year-end snapshots are dated in its own year. Numeric identities and narrative-versus-table
comparisons are checked in the warehouse (dbt), where all documents' figures meet."""

from __future__ import annotations

import re
from typing import Final

from .context import Context
from .layout import Line
from .metadata import Metadata
from .tables import Table, title_candidate
from .tokens import compact
from .vocabulary import base_table_key

_PART_HEADING_RE: Final = re.compile(
    r"^第[一二三四五六七八九十]+部分(.{2,40}?)(20\d{2})年度?(?:部门|单位)(?:决算|预算)"
)
_YEAR_END_RE: Final = re.compile(r"截至(20\d{2})年12月31日")


def check_document(lines: list[Line], tables: list[Table], meta: Metadata, ctx: Context) -> None:
    _headings(lines, meta, ctx)
    _table_of_contents(lines, tables, ctx)
    if meta.doc_kind == "final_account" and meta.fiscal_year:
        for line in lines:
            if "截" not in line.text:
                continue  # (no year-end date on the line: most lines)
            for match in _YEAR_END_RE.finditer(compact(line.text)):
                if int(match.group(1)) != meta.fiscal_year:
                    ctx.diagnose(
                        "warn",
                        "snapshot_year_mismatch",
                        f"A year-end figure is dated {match.group(0)} in the final account of "
                        f"{meta.fiscal_year}.",
                        line=line,
                        expected=f"截至{meta.fiscal_year}年12月31日",
                        observed=match.group(0),
                    )


def _headings(lines: list[Line], meta: Metadata, ctx: Context) -> None:
    for line in lines:
        # (a part heading opens with 第: a line without one is passed at a look)
        match = "第" in line.text and _PART_HEADING_RE.match(compact(line.text))
        if not match:
            continue
        name, year = match.group(1), int(match.group(2))
        if meta.unit_name and not _same_unit(name, meta.unit_name):
            ctx.diagnose(
                "warn",
                "heading_unit_mismatch",
                f"A part heading names the unit '{name}', the cover '{meta.unit_name}'.",
                line=line,
                expected=meta.unit_name,
                observed=name,
            )
        if meta.fiscal_year and year != meta.fiscal_year:
            ctx.diagnose(
                "warn",
                "heading_year_mismatch",
                f"A part heading names the year {year}, the cover {meta.fiscal_year}.",
                line=line,
                expected=str(meta.fiscal_year),
                observed=str(year),
            )


def _same_unit(name: str, cover: str) -> bool:
    """A heading may shorten the unit's name ("省检察院" for "江苏省人民检察院"): the same unit when its
    characters appear in the cover's name in order. A template placeholder ("XX局") never does."""
    chars = iter(cover)
    return all(ch in chars for ch in name)


def _table_of_contents(lines: list[Line], tables: list[Table], ctx: Context) -> None:
    """Tables the contents list (entries before the first table) that the report does not contain."""
    first_table = tables[0].title_line.number if tables else None
    found = {base_table_key(t.table_key) for t in tables}
    for line in lines:
        if first_table is not None and line.number >= first_table:
            break
        # The same title rule as the tables themselves (a contents entry is a title with no table after it).
        candidate = title_candidate(line)
        if candidate is None or candidate[2] is None or candidate[2] in found:
            continue
        _label, title, _key = candidate
        ctx.diagnose(
            "warn",
            "table_missing",
            f"The table of contents lists '{title}', but the report contains no such table.",
            line=line,
            expected=title,
            observed="absent",
        )
