"""What analysts and BI tools do with the published warehouse: the command-line tool (read-only, three
output formats, table descriptions, Parquet export), the connection recipes of the README (Python duckdb,
SQLAlchemy with duckdb_engine as Superset connects, the DuckDB CLI) and the example queries of docs/."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dagster_project import cli

QUERIES = sorted((Path(__file__).resolve().parent.parent / "docs" / "queries").glob("*.sql"))


def run_cli(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_sql_in_three_formats(env, capsys):
    query = "select fiscal_year from marts.dim_year order by fiscal_year"
    _code, table, _ = run_cli(capsys, "sql", query)
    assert "fiscal_year" in table and "2024" in table and "(4 rows)" in table
    _code, text, _ = run_cli(capsys, "sql", query, "--format", "csv")
    assert list(csv.reader(io.StringIO(text))) == [["fiscal_year"], ["2017"], ["2019"], ["2024"], ["2026"]]
    _code, text, _ = run_cli(capsys, "sql", query, "--format", "json")
    assert json.loads(text) == [{"fiscal_year": y} for y in (2017, 2019, 2024, 2026)]


def test_sql_refuses_to_write(env, capsys):
    code, _out, err = run_cli(capsys, "sql", "delete from marts.dim_year")
    assert code == 2 and "read-only" in err
    assert run_cli(capsys, "sql", "select count(*) as n from marts.dim_year", "--format", "json")[1].count(
        "4"
    )


def test_tables_are_listed_with_their_descriptions(env, capsys):
    _code, text, _ = run_cli(capsys, "tables", "--format", "json")
    tables = {row["table"]: row["description"] for row in json.loads(text)}
    assert {
        "fact_expenditure",
        "dim_subject_code",
        "dim_unit",
        "dim_year",
        "budget_execution",
        "dq_findings",
    } <= set(tables)
    assert all(tables.values())
    _code, text, _ = run_cli(capsys, "tables", "fact_expenditure", "--format", "json")
    columns = {row["column"]: row for row in json.loads(text)}
    assert columns["amount_yuan"]["type"].startswith("DECIMAL")
    assert all(row["description"] for row in columns.values())


def test_export_writes_every_mart_as_parquet(env, capsys, tmp_path):
    run_cli(capsys, "export", str(tmp_path))
    facts = pq.read_table(tmp_path / "fact_expenditure.parquet")
    assert facts.num_rows > 0
    assert str(facts.schema.field("amount_yuan").type).startswith("decimal128")


def test_python_recipe_read_only(env):
    import duckdb

    with duckdb.connect(str(env["root"] / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from marts.fact_expenditure").fetchone()[0] > 0
        with pytest.raises(duckdb.Error):
            con.execute("create table marts.scratch as select 1")


def test_sqlalchemy_recipe(env):
    from sqlalchemy import create_engine, text

    engine = create_engine(f"duckdb:///{env['root'] / 'warehouse.duckdb'}", connect_args={"read_only": True})
    try:
        with engine.connect() as con:
            rows = con.execute(text("select unit_name from marts.dim_unit order by unit_name")).fetchall()
    finally:
        engine.dispose()  # the pool keeps the file open otherwise
    assert ("上海市普陀区财政局",) in rows


def test_installed_command_exits_with_the_status_of_what_it_ran(env):
    """The `budget-warehouse` executable (its console entry, not main() called in this process) prints
    what it ran and exits with its status: 0 for a query, 2 for a statement the read-only warehouse
    refuses (scripts and schedulers go by it)."""
    command = str(Path(sys.executable).with_name("budget-warehouse"))
    ok = subprocess.run(
        [command, "sql", "select count(*) as units from marts.dim_unit", "--format", "csv"],
        capture_output=True,
        text=True,
    )
    assert (ok.returncode, ok.stdout.split()) == (0, ["units", "4"])
    refused = subprocess.run([command, "sql", "delete from marts.dim_unit"], capture_output=True, text=True)
    assert refused.returncode == 2 and "read-only" in refused.stderr


def test_duckdb_cli_recipe(env):
    duckdb_cli = Path(sys.executable).with_name("duckdb")
    result = subprocess.run(
        [
            str(duckdb_cli),
            "-readonly",
            "-csv",
            str(env["root"] / "warehouse.duckdb"),
            "-c",
            "select count(*) as units from marts.dim_unit",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    # 上海市普陀区司法局's department report and its own unit's are two reporting entities
    assert result.stdout.split() == ["units", "4"]


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.stem)
def test_example_queries_run_and_return_rows(env, query_file):
    import duckdb

    with duckdb.connect(str(env["root"] / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute(query_file.read_text(encoding="utf-8")).fetchall()


def test_there_are_five_example_queries():
    assert len(QUERIES) == 5
