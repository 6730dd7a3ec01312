"""`budget-warehouse`: the command-line tool installed with the project.

budget-warehouse parse FILE...      parse reports and print what was found (no warehouse needed)
budget-warehouse sql "select …"     run read-only SQL against warehouse.duckdb
budget-warehouse summary            where the warehouse is, what it holds, and an example query
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import paths

EXAMPLE_QUERY = (
    "select unit_name, fiscal_year, item_kind, item_name, budget_yuan, actual_yuan, execution_rate\n"
    "from marts.budget_execution order by unit_name, fiscal_year, item_kind limit 20"
)


def _connect():
    import duckdb

    path = paths.warehouse_path()
    if not path.exists():
        sys.exit(f"no warehouse at {path}: run `make run` first")
    return duckdb.connect(str(path), read_only=True)


def cmd_build(_args) -> int:
    from .pipeline import build

    report = build()
    print(
        f"{report.documents} documents in raw/ ({report.added} new, {report.removed} removed); parsed "
        f"{report.parsed}, skipped {report.documents - report.parsed} unchanged; landing "
        f"{report.landing_seconds:.1f} s, warehouse {report.warehouse_seconds:.1f} s"
    )
    if not report.success:
        print("The run failed: see the Dagster UI (make dev) for the failed step and its reason.")
        return 1
    return cmd_summary(_args)


def cmd_summary(_args) -> int:
    con = _connect()
    print(f"Warehouse: {paths.warehouse_path()}")
    for table in (
        "dim_unit",
        "dim_year",
        "dim_subject_code",
        "fact_expenditure",
        "budget_execution",
        "dq_findings",
    ):
        count = con.execute(f"select count(*) from marts.{table}").fetchone()[0]
        print(f"  marts.{table:<18} {count:>8} rows")
    print("\nOpen it read-only with any DuckDB client, e.g.:")
    print(f"  duckdb -readonly {paths.warehouse_path()}")
    print(f"\nExample query:\n{EXAMPLE_QUERY};")
    return 0


def cmd_sql(args) -> int:
    con = _connect()
    query = Path(args.file).read_text(encoding="utf-8") if args.file else args.query
    if not query:
        sys.exit("give a query or -f FILE")
    relation = con.sql(query)
    if relation is None:
        return 0
    columns = relation.columns
    rows = relation.fetchall()
    widths = [
        max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(str(c))
        for i, c in enumerate(columns)
    ]
    print("  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))
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
    sub.add_parser("summary").set_defaults(func=cmd_summary)
    sub.add_parser("build").set_defaults(func=cmd_build)
    sql = sub.add_parser("sql")
    sql.add_argument("query", nargs="?")
    sql.add_argument("-f", "--file")
    sql.set_defaults(func=cmd_sql)
    parse = sub.add_parser("parse")
    parse.add_argument("files", nargs="+")
    parse.set_defaults(func=cmd_parse)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
