"""`budget-warehouse`: the command-line tool installed with the project.

budget-warehouse build [--force] [--verbose]   parse new and changed reports of raw/, rebuild, publish
budget-warehouse sql "select …"          run SQL against the published warehouse, read-only
budget-warehouse sql -f query.sql --format csv|json|table
budget-warehouse tables [TABLE]          tables of schema marts (or one table's columns), described
budget-warehouse export DIR              every mart as DIR/<table>.parquet
budget-warehouse parse FILE...           parse reports and print what was found (no warehouse needed)
budget-warehouse summary                 where the warehouse is, what it holds, an example query
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import sys
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from . import paths
from .collector import paused_collector

EXAMPLE_QUERY = (
    "select unit_name, fiscal_year, item_kind, item_name, budget_yuan, actual_yuan, execution_rate\n"
    "from marts.budget_execution order by unit_name, fiscal_year, item_kind limit 20"
)
MARTS = (
    "dim_unit",
    "dim_year",
    "dim_subject_code",
    "fact_expenditure",
    "budget_execution",
    "dq_findings",
    "build_info",
)


def _connect():
    """The published warehouse, opened read-only: any statement that would write is refused by DuckDB."""
    import duckdb

    path = paths.warehouse_path()
    if not path.exists():
        sys.exit(f"no warehouse at {path}: run `make run` first")
    return duckdb.connect(str(path), read_only=True)


def cmd_build(args) -> int:
    with paused_collector():  # (Dagster's import: collector.py)
        from .pipeline import build

    # Dagster prints every event at DEBUG, one line per document landed (1,000 lines for 1,000
    # documents); the command shows what a person reads, the UI (make dev) every event.
    report = build(
        force=args.force,
        console_log_level="DEBUG" if args.verbose else "INFO",
        on_warning=lambda warning: print(f"Warning: {warning}", flush=True),  # (before the slow runs)
    )
    print(
        f"{report.documents} documents in raw/ ({report.added} new, {report.removed} removed); parsed "
        f"{report.parsed}, skipped {report.documents - report.parsed} unchanged; landing "
        f"{report.landing_seconds:.1f} s, warehouse {report.warehouse_seconds:.1f} s"
    )
    if report.font_warning:
        print(f"Warning: {report.font_warning}")
    if report.up_to_date:
        print("The warehouse is up to date: it was built from these landed documents and dbt project.")
    if not report.success:
        print(f"The run failed: {report.error or 'see the Dagster UI (make dev)'}")
        print("The published warehouse was left as it was.")
        return 1
    return cmd_summary(args)


def cmd_summary(_args) -> int:
    con = _connect()
    print(f"Warehouse: {paths.warehouse_path()}")
    for table in MARTS[:-1]:
        count = con.execute(f"select count(*) from marts.{table}").fetchone()[0]
        print(f"  marts.{table:<18} {count:>8} rows")
    print("\nOpen it read-only with any DuckDB client, e.g.:")
    print(f"  duckdb -readonly {paths.warehouse_path()}")
    print(f"\nExample query:\n{EXAMPLE_QUERY};")
    return 0


def _jsonable(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        records = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        cells = [[("" if v is None else str(v)) for v in row] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
        print("  ".join("-" * w for w in widths))
        for row in cells:
            print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def cmd_sql(args) -> int:
    import duckdb

    query = Path(args.file).read_text(encoding="utf-8") if args.file else args.query
    if not query:
        sys.exit("give a query or -f FILE")
    con = _connect()
    try:
        relation = con.sql(query)
    except duckdb.InvalidInputException as exc:
        if "read-only" in str(exc).lower():
            print(
                "refused: the warehouse is opened read-only; this tool does not write to it", file=sys.stderr
            )
            return 2
        raise
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if relation is None:
        return 0
    _print_rows(relation.columns, relation.fetchall(), args.format)
    return 0


def cmd_tables(args) -> int:
    con = _connect()
    if args.table:
        rows = con.execute(
            """select column_name, data_type, coalesce(comment, '') from duckdb_columns()
               where schema_name = 'marts' and table_name = ? order by column_index""",
            [args.table],
        ).fetchall()
        if not rows:
            sys.exit(f"no table marts.{args.table}")
        _print_rows(["column", "type", "description"], rows, args.format)
    else:
        rows = con.execute(
            """select table_name, estimated_size, coalesce(comment, '') from duckdb_tables()
               where schema_name = 'marts' order by table_name"""
        ).fetchall()
        _print_rows(["table", "rows", "description"], rows, args.format)
    return 0


def cmd_export(args) -> int:
    con = _connect()
    target = Path(args.directory).resolve()
    target.mkdir(parents=True, exist_ok=True)
    for table in MARTS:
        path = target / f"{table}.parquet"
        con.execute(f"copy (select * from marts.{table}) to '{path}' (format parquet)")
        print(path)
    return 0


def cmd_parse(args) -> int:
    from .parser import parse_document

    for name in args.files:
        result = parse_document(Path(name).read_bytes(), Path(name).name)
        doc = result.document
        print(f"{name}: {doc.parse_status} — {doc.status_message}")
        print(
            f"  {doc.doc_kind} {doc.scope} {doc.unit_name} {doc.fiscal_year}, "
            f"total expenditure {doc.total_expenditure_yuan} 元 (table {doc.main_table_key})"
        )
        for table in result.tables:
            state = f"empty ({table.empty_reason})" if table.is_empty else f"{table.row_count} rows"
            print(f"  [{table.table_key}] {table.table_title} ({table.amount_unit}): {state}")
        kinds = Counter(f"{d.severity}:{d.check_name}" for d in result.diagnostics)
        for kind, count in sorted(kinds.items()):
            print(f"  diagnostic {kind} × {count}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="budget-warehouse", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build_parser = sub.add_parser(
        "build", help="parse raw/ and rebuild the warehouse (skipped when nothing it reads has changed)"
    )
    build_parser.add_argument(
        "--force", action="store_true", help="rebuild the warehouse even when nothing it reads has changed"
    )
    build_parser.add_argument(
        "--verbose", action="store_true", help="print every Dagster event of the runs, not only INFO and up"
    )
    build_parser.set_defaults(func=cmd_build)
    sub.add_parser("summary", help="what the warehouse holds").set_defaults(func=cmd_summary)
    sql = sub.add_parser("sql", help="run read-only SQL")
    sql.add_argument("query", nargs="?")
    sql.add_argument("-f", "--file")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.set_defaults(func=cmd_sql)
    tables = sub.add_parser("tables", help="list the marts, or one mart's columns, with descriptions")
    tables.add_argument("table", nargs="?")
    tables.add_argument("--format", choices=("table", "csv", "json"), default="table")
    tables.set_defaults(func=cmd_tables)
    export = sub.add_parser("export", help="export every mart as Parquet")
    export.add_argument("directory")
    export.set_defaults(func=cmd_export)
    parse = sub.add_parser("parse", help="parse report files and print what was found")
    parse.add_argument("files", nargs="+")
    parse.set_defaults(func=cmd_parse)
    args = parser.parse_args(argv)
    return args.func(args)


def console() -> None:
    """The installed `budget-warehouse` command: main(), then the exit. Every object a build left is frozen
    first (out of the cyclic collector's reach): the interpreter's last collection at exit would otherwise
    walk them all, 0.9 s of a 1,000-document build, to free memory the ending process returns anyway."""
    code = main()
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    console()
