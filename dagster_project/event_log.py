"""The Dagster instance's event log: Dagster's own SQLite storage, writing a batch of asset events in one
transaction per database instead of one transaction (and one new SQLite engine) per event.

Why: landing N documents in one run records one materialization per document partition. Dagster's
SQLite storage stores events one by one (about 10 ms each here: a new engine, a commit on the run's
database and another on the index database), so 10,000 documents spent minutes in bookkeeping alone (ten
when each of the six landed datasets had a materialization per document). Dagster already groups the
per-partition events of one output into a batch when `DAGSTER_EVENT_BATCH_SIZE` is set and hands it to
`store_event_batch`; the SQLite storage just does not implement that method. This one does, with the
same rows Dagster's `store_event` writes. The same holds for the start of a dbt build: Dagster hands its
planned models and planned tests (asset checks) over as one batch, which one by one took 2 s of a
1,000-document build.

Named in dagster.yaml (`event_log_storage`), so every process that opens the instance (the command line,
`dagster dev`, the daemon, run workers) uses it. Its base_dir defaults to where Dagster's default SQLite
storage keeps event logs, `$DAGSTER_HOME/history/runs`.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import dagster._check as check
from dagster._config import Field, StringSource
from dagster._core.events import ASSET_EVENTS, DagsterEventType
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.schema import AssetCheckExecutionsTable, SqlEventLogStorageTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import INDEX_SHARD_NAME
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import serialize_value
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

# Events per batch Dagster hands to store_event_batch (read by Dagster on every event, so setting it
# when the storage is created is early enough: no run has started yet).
EVENT_BATCH_SIZE = "2000"

# Engines kept (one per database: the index and the runs' shards in use).
_ENGINES_KEPT = 16

# Events a batch may hold to be written in one transaction per database: those of asset materializations
# (per partition, and planned) and the planned asset checks that Dagster batches with the planned assets.
_BATCHED_TYPES = {*ASSET_EVENTS, DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED}


def _synchronous_normal(connection, _record) -> None:
    """Commits that do not wait for the disk: in WAL mode SQLite's NORMAL never corrupts the database
    (what it gives up is the last transactions before a power cut, not those before a crash of the
    process), and a commit then costs no flush to disk, which FULL, the default, makes for each one (a
    build stores hundreds of events one by one, while dbt's DuckDB writes to the same disk)."""
    connection.execute("PRAGMA synchronous=NORMAL")


class BatchingSqliteEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage whose `store_event_batch` writes a batch of asset events of one run in one
    transaction on the run's database and one on the index database."""

    def __init__(self, base_dir: str | None = None, inst_data=None):
        if base_dir is None:
            base_dir = os.path.join(os.environ["DAGSTER_HOME"], "history", "runs")
        os.environ.setdefault("DAGSTER_EVENT_BATCH_SIZE", EVENT_BATCH_SIZE)
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._tables_found: set[str] = set()
        super().__init__(base_dir, inst_data)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        """Dagster's `_connect`, with one engine per database kept instead of a new engine made and disposed
        of for every connection (a third of the cost of each event stored one by one, as a build's model
        and test results are), and its connection kept open between transactions.

        Dagster's engines pool nothing: each transaction opens a connection and closes it, and closing the
        last connection to a database in SQLite's WAL mode (which Dagster sets) checkpoints the WAL into
        the database file and removes it, the costliest part of storing an event (an asset event or check
        result takes a transaction on its run's database and two or three on the index). Other processes
        see each write at its commit all the same. The UI follows a running run's events by watching its
        database file, which only a checkpoint writes: a run's database is checkpointed after each
        transaction (PASSIVE: never waiting on readers), at half the cost of a close.
        One connection at a time is in use (the lock), from whichever thread holds it."""
        with self._db_lock:
            engine = self._engines.pop(shard, None) or self._new_engine(shard)
            self._engines[shard] = engine  # most recently used last
            while len(self._engines) > _ENGINES_KEPT:
                self._engines.popitem(last=False)[1].dispose()
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn:
                with conn.begin():
                    yield conn
                if shard != INDEX_SHARD_NAME:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def _new_engine(self, shard: str) -> Engine:
        engine = create_engine(
            self.conn_string_for_shard(shard),
            poolclass=QueuePool,
            pool_size=1,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        event.listen(engine, "connect", _synchronous_normal)
        return engine

    def _dispose_engines(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()

    def wipe(self) -> None:
        self._dispose_engines()  # (no connection left open on a run's database file it deletes)
        super().wipe()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()

    def has_table(self, table_name: str) -> bool:
        """Dagster asks before storing each asset check result and asset event's tags, each time with an
        engine and a connection of its own; a table once there stays."""
        if table_name not in self._tables_found and super().has_table(table_name):
            self._tables_found.add(table_name)
        return table_name in self._tables_found

    @classmethod
    def config_type(cls):
        return {"base_dir": Field(StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        return cls(inst_data=inst_data, **(config_value or {}))

    @property
    def supports_partition_subset_in_asset_materialization_planned_events(self) -> bool:
        # One "planned" event per asset for a run over a range of partitions instead of one per partition
        # (the trade-off Dagster names: partitions of a run that fails as a whole are not marked failed;
        # a document that cannot be read is not a failed run here, it lands with its failure status).
        return True

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        check.sequence_param(events, "events", EventLogEntry)
        if not events:
            return
        run_ids = {event.run_id for event in events}
        batchable = all(
            event.is_dagster_event and event.dagster_event_type in _BATCHED_TYPES for event in events
        )
        if len(run_ids) != 1 or not batchable:
            super().store_event_batch(events)  # one by one, as Dagster does
            return
        rows = [self._event_to_row(event) for event in events]  # serialized once for both databases
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(SqlEventLogStorageTable.insert(), rows)
        # The index database mirrors asset and asset check events (cross-run queries), each with its id.
        with self.index_transaction() as conn:
            # One statement for the batch, its ids returned in the rows' order (SQLite's RETURNING).
            inserted = conn.execute(
                SqlEventLogStorageTable.insert().returning(
                    SqlEventLogStorageTable.c.id, sort_by_parameter_order=True
                ),
                rows,
            )
            event_ids = [row.id for row in inserted]
            stored = list(zip(events, event_ids, strict=True))
            assets = [(e, i) for e, i in stored if e.dagster_event_type in ASSET_EVENTS]
            if assets:
                self._store_asset_event_tags(conn, [e for e, _ in assets], [i for _, i in assets])
            # The asset's row holds its latest event: writing the last of the batch per asset is the
            # state that writing each in turn would leave.
            last = {event.dagster_event.asset_key: (event, event_id) for event, event_id in assets}
            for event, event_id in last.values():
                self._store_asset_event(conn, event, event_id)
            # A build's planned checks (one per dbt test) come in one batch with its planned assets: the
            # rows Dagster's store_asset_check_event writes for each, in this same transaction.
            checks = [
                row
                for event, event_id in stored
                if event.dagster_event_type == DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED
                for row in self._planned_check_rows(event, event_id)
            ]
            if checks:
                conn.execute(AssetCheckExecutionsTable.insert(), checks)

    def _planned_check_rows(self, event: EventLogEntry, event_id: int) -> list[dict]:
        """The asset_check_executions rows of a planned check, as Dagster's own storage writes them."""
        planned = event.dagster_event.event_specific_data
        partitions = planned.partitions_subset.get_partition_keys() if planned.partitions_subset else [None]
        return [
            {
                "asset_key": planned.asset_key.to_string(),
                "check_name": planned.check_name,
                "partition": partition,
                "run_id": event.run_id,
                "execution_status": AssetCheckExecutionRecordStatus.PLANNED.value,
                "evaluation_event": serialize_value(event),
                "evaluation_event_timestamp": self._event_insert_timestamp(event),
                "evaluation_event_storage_id": event_id,
            }
            for partition in partitions
        ]
