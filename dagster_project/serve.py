"""`make serve`: the published warehouse over the PostgreSQL wire protocol, read-only, on localhost, for
BI tools that speak only PostgreSQL (Metabase, Tableau, Power BI).

The protocol is spoken by buenavista (a PostgreSQL-protocol front for DuckDB). Every client session gets
a cursor on a read-only DuckDB connection, so any write is refused by DuckDB itself. When the nightly run
publishes a new warehouse (a new file renamed into place), the next session opens the new file; sessions
already open keep reading the file they started with, so a query never sees a half-replaced warehouse.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
from types import SimpleNamespace

import buenavista.postgres
import duckdb
from buenavista.backends.duckdb import DuckDBConnection, DuckDBSession
from buenavista.examples.duckdb_postgres import rewriter
from buenavista.postgres import BuenaVistaServer

from . import paths

log = logging.getLogger(__name__)

# buenavista 0.5.0 parses every text parameter of unknown type (OID 0, what psycopg and many drivers send
# for strings) as a date, so `where source_file = %s` fails. Hand such parameters to DuckDB as text
# instead: DuckDB casts text to a date or number itself where the query compares it with one.
buenavista.postgres.dateutil = SimpleNamespace(parser=SimpleNamespace(parse=lambda text: text))


class PublishedWarehouse(DuckDBConnection):
    """A buenavista connection that follows the published file across atomic replacements."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._identity: tuple[int, int] | None = None
        super().__init__(self._open())

    def _open(self) -> duckdb.DuckDBPyConnection:
        """A fresh in-memory DuckDB with the published file attached read-only as `warehouse`. (A plain
        duckdb.connect(path) would be served from DuckDB's per-process cache of open databases, which
        still holds the replaced file.)"""
        path = paths.warehouse_path()
        stat = path.stat()
        self._identity = (stat.st_ino, stat.st_mtime_ns)
        con = duckdb.connect()
        quoted = str(path).replace("'", "''")
        con.execute(f"attach '{quoted}' as warehouse (read_only)")
        return con

    def new_session(self) -> DuckDBSession:
        with self._lock:
            stat = paths.warehouse_path().stat()
            if (stat.st_ino, stat.st_mtime_ns) != self._identity:
                log.info("a new warehouse was published: new sessions read it")
                self.db = self._open()
            cursor = self.db.cursor()
        # Analysts and BI tools see the marts first; staging and the others stay reachable by schema name.
        cursor.execute("use warehouse")
        cursor.execute("set search_path = 'warehouse.marts,warehouse.main'")
        return DuckDBSession(cursor)


def serve(host: str, port: int) -> BuenaVistaServer:
    if not paths.warehouse_path().exists():
        raise SystemExit(f"no warehouse at {paths.warehouse_path()}: run `make run` first")
    return BuenaVistaServer((host, port), PublishedWarehouse(), rewriter=rewriter)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default=os.environ.get("BUDGET_PG_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BUDGET_PG_PORT", "5433")))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    server = serve(args.host, args.port)
    # SIGTERM (a supervisor's stop, `kill`) stops it as Ctrl-C does. Set here, not left to the default: a
    # process started by one that ignores SIGTERM (some job runners do) would inherit the ignoring.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    host, port = server.server_address[:2]
    print(
        f"serving {paths.warehouse_path()} read-only on postgresql://{host}:{port}/warehouse "
        "(any user name and password)",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
