"""`make serve`: the published warehouse over the PostgreSQL protocol, tested with real clients (psql and
psycopg): queries return the warehouse's rows, writes are refused, and a newly published warehouse is
what new sessions read."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from decimal import Decimal

import psycopg
import pytest

from dagster_project.pipeline import build


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(env, log, **popen) -> tuple[subprocess.Popen, int]:
    """`make serve`'s server on a free port, once it accepts connections (it is killed if it never does)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.serve", "--port", str(port)],
        env={**os.environ, "BUDGET_WAREHOUSE_PATH": str(env["root"] / "warehouse.duckdb")},
        stdout=log,
        stderr=subprocess.STDOUT,
        **popen,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            time.sleep(0.3)
    process.kill()
    pytest.fail("the server did not start within 60 s")


@pytest.fixture(scope="module")
def server(env, tmp_path_factory):
    # Its log (every query, at INFO) goes to a file: a pipe nobody reads fills up and stops the server.
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("w+")
    process, port = _start_server(env, log)
    yield f"host=127.0.0.1 port={port} user=analyst password=any dbname=warehouse"
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        # Whether SIGTERM stops the server is the test below's to say (a fresh server, nothing else
        # running); here, once in a full CI run, the module's server outlived it (cause not found): it is
        # killed and its log's end shown, not failed on, so the module's results stand.
        process.kill()
        process.wait()
        log.seek(0)
        ending = log.read()[-2000:]
        warnings.warn(f"the server did not stop on SIGTERM within 30 s; its log ends: {ending}", stacklevel=2)
    finally:
        log.close()


def test_psycopg_reads_rows_with_exact_decimals_and_chinese_text(server):
    with psycopg.connect(server) as con:
        rows = con.execute(
            "select unit_name, budget_yuan, actual_yuan from budget_execution "
            "where item_kind = 'total' and actual_source_file = %s",
            ("sh_putuo_czj_2024_final.pdf",),
        ).fetchall()
    assert rows == [("上海市普陀区财政局", Decimal("29939200.00"), Decimal("29400500.00"))]


def test_catalog_queries_that_bi_tools_send(server):
    with psycopg.connect(server) as con:
        tables = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'"
            ).fetchall()
        }
        relations = {
            r[0]
            for r in con.execute(
                "select c.relname from pg_catalog.pg_class c join pg_catalog.pg_namespace n "
                "on n.oid = c.relnamespace where n.nspname = 'marts'"
            ).fetchall()
        }
    assert {"fact_expenditure", "dim_unit", "budget_execution"} <= tables <= relations | tables


def test_writes_are_refused(server):
    with psycopg.connect(server) as con, pytest.raises(psycopg.Error, match="read-only"):
        con.execute("delete from marts.dim_year")


@pytest.mark.skipif(
    shutil.which("psql") is None, reason="psql is not installed (make test installs it when root)"
)
def test_psql(server):
    params = dict(item.split("=") for item in server.split())
    result = subprocess.run(
        [
            "psql",
            "-h",
            params["host"],
            "-p",
            params["port"],
            "-U",
            "analyst",
            "-d",
            "warehouse",
            "-At",
            "-c",
            "select unit_name, scope from dim_unit order by unit_name, scope",
        ],
        env={**os.environ, "PGPASSWORD": "any"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == [
        "上海市普陀区司法局|department",
        "上海市普陀区司法局|unit",
        "上海市普陀区财政局|department",
        "江苏省人民检察院|department",
    ]


def test_a_new_publish_is_read_by_new_sessions(server, env):
    with psycopg.connect(server) as con:
        [(before,)] = con.execute("select dagster_run_id from build_info").fetchall()
    assert build(env["instance"], force=True).success
    with psycopg.connect(server) as con:
        [(after,)] = con.execute("select dagster_run_id from build_info").fetchall()
    assert after != before


def test_sigterm_stops_the_server_even_when_its_parent_ignores_sigterm(env):
    """A server started by a process that ignores SIGTERM (the ignoring is inherited across exec) still stops
    on SIGTERM, as under a supervisor."""
    process, _port = _start_server(
        env, subprocess.DEVNULL, preexec_fn=lambda: signal.signal(signal.SIGTERM, signal.SIG_IGN)
    )
    process.terminate()
    try:
        assert process.wait(timeout=20) is not None
    finally:
        process.kill()
