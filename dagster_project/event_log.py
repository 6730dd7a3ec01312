"""The Dagster instance's event log: Dagster's own SQLite storage, writing a batch of asset events in one
transaction per database instead of one transaction (and one new SQLite engine) per event.

Why: landing N documents in one run records one materialization per document partition and landing
dataset. Dagster's SQLite storage stores events one by one (about 10 ms each here: a new engine, a commit
on the run's database and another on the index database), so 10,000 documents x 6 datasets spent ten
minutes in bookkeeping alone. Dagster already groups the per-partition events of one output into a batch
when `DAGSTER_EVENT_BATCH_SIZE` is set and hands it to `store_event_batch`; the SQLite storage just does not
implement that method. This one does, with the same rows Dagster's `store_event` writes.

Named in dagster.yaml (`event_log_storage`), so every process that opens the instance (the command line,
`dagster dev`, the daemon, run workers) uses it. Its base_dir defaults to where Dagster's default SQLite
storage keeps event logs, `$DAGSTER_HOME/history/runs`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import dagster._check as check
from dagster._config import Field, StringSource
from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.schema import SqlEventLogStorageTable

# Events per batch Dagster hands to store_event_batch (read by Dagster on every event, so setting it
# when the storage is created is early enough: no run has started yet).
EVENT_BATCH_SIZE = "2000"


class BatchingSqliteEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage whose `store_event_batch` writes a batch of asset events of one run in one
    transaction on the run's database and one on the index database."""

    def __init__(self, base_dir: str | None = None, inst_data=None):
        if base_dir is None:
            base_dir = os.path.join(os.environ["DAGSTER_HOME"], "history", "runs")
        os.environ.setdefault("DAGSTER_EVENT_BATCH_SIZE", EVENT_BATCH_SIZE)
        super().__init__(base_dir, inst_data)

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
        only_asset_events = all(
            event.is_dagster_event and event.dagster_event_type in ASSET_EVENTS for event in events
        )
        if len(run_ids) != 1 or not only_asset_events:
            super().store_event_batch(events)  # one by one, as Dagster does
            return
        rows = [self._event_to_row(event) for event in events]  # serialized once for both databases
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(SqlEventLogStorageTable.insert(), rows)
        # The index database mirrors asset events (cross-run asset queries), each with its own id.
        with self.index_transaction() as conn:
            event_ids = [
                conn.execute(SqlEventLogStorageTable.insert(), row).inserted_primary_key[0] for row in rows
            ]
            self._store_asset_event_tags(conn, events, event_ids)
            # The asset's row holds its latest event: writing the last of the batch per asset is the
            # state that writing each in turn would leave.
            last = {
                event.dagster_event.asset_key: (event, i) for event, i in zip(events, event_ids, strict=True)
            }
            for event, event_id in last.values():
                self._store_asset_event(conn, event, event_id)
