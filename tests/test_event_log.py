"""The batching event log (dagster_project/event_log.py) stores a batch as Dagster's own SQLite storage
stores its events one by one: the same rows in the run's database and in the index database (events,
asset keys and their latest materialization, asset check executions)."""

import logging
import sqlite3
import time

import dagster as dg
from dagster._core.definitions.asset_checks.asset_check_evaluation import AssetCheckEvaluationPlanned
from dagster._core.events import AssetMaterializationPlannedData, DagsterEvent, DagsterEventType
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log import SqliteEventLogStorage

from dagster_project.event_log import BatchingSqliteEventLogStorage

RUN_ID = "0f0e0d0c-0b0a-0908-0706-050403020100"


def _entry(dagster_event: DagsterEvent, timestamp: float) -> EventLogEntry:
    return EventLogEntry(
        error_info=None,
        level=logging.DEBUG,
        user_message="",
        run_id=RUN_ID,
        timestamp=timestamp,
        step_key=dagster_event.step_key,
        job_name="build_warehouse",
        dagster_event=dagster_event,
    )


def _planned_batch() -> list[EventLogEntry]:
    """What Dagster hands the storage when a dbt build starts: planned models and planned tests of them,
    sorted by asset key, in one batch."""
    now = time.time()
    events = []
    for n, model in enumerate(["dim_unit", "fact_expenditure"]):
        key = dg.AssetKey(model)
        events.append(
            _entry(
                DagsterEvent(
                    event_type_value=DagsterEventType.ASSET_MATERIALIZATION_PLANNED.value,
                    job_name="build_warehouse",
                    event_specific_data=AssetMaterializationPlannedData(key),
                    step_key="warehouse_models",
                ),
                now + n,
            )
        )
        for test in ["not_null_unit_id", "unique_unit_id"]:
            events.append(
                _entry(
                    DagsterEvent(
                        event_type_value=DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED.value,
                        job_name="build_warehouse",
                        event_specific_data=AssetCheckEvaluationPlanned(
                            asset_key=key, check_name=f"{test}_{model}"
                        ),
                        step_key="warehouse_models",
                    ),
                    now + n,
                )
            )
    return events


def _rows(folder, database: str, sql: str) -> list[tuple]:
    with sqlite3.connect(folder / f"{database}.db") as con:
        return sorted(con.execute(sql).fetchall(), key=repr)


def _contents(folder) -> dict[str, list[tuple]]:
    events = "select event, dagster_event_type, asset_key, partition, step_key, run_id from event_logs"
    return {
        "run events": _rows(folder, RUN_ID, events),
        "index events": _rows(folder, "index", events),
        "asset keys": _rows(folder, "index", "select asset_key from asset_keys"),
        "check executions": _rows(
            folder,
            "index",
            "select asset_key, check_name, partition, run_id, execution_status, evaluation_event"
            " from asset_check_executions",
        ),
    }


def test_planned_models_and_tests_in_one_batch_are_stored_as_dagster_stores_them_one_by_one(
    tmp_path, monkeypatch
):
    batch = _planned_batch()
    one_by_one = SqliteEventLogStorage(str(tmp_path / "one_by_one"))
    for event in batch:
        one_by_one.store_event(event)
    batching = BatchingSqliteEventLogStorage(str(tmp_path / "batching"))

    def one_at_a_time(event):
        raise AssertionError("the batch was written one event at a time (a transaction per event)")

    monkeypatch.setattr(batching, "store_event", one_at_a_time)
    batching.store_event_batch(batch)

    expected, stored = _contents(tmp_path / "one_by_one"), _contents(tmp_path / "batching")
    assert len(expected["check executions"]) == 4  # the test planned per model, not yet run
    assert {row[4] for row in expected["check executions"]} == {"PLANNED"}
    assert len(expected["index events"]) == 6
    assert stored == expected
    # What the UI asks: the checks of a model planned in this run.
    history = batching.get_asset_check_execution_history(
        dg.AssetCheckKey(dg.AssetKey("dim_unit"), "unique_unit_id_dim_unit"), limit=5
    )
    assert [(r.run_id, r.status.value) for r in history] == [(RUN_ID, "PLANNED")]


def test_events_stored_one_by_one_through_kept_engines_are_dagsters_rows(tmp_path):
    """Events outside a batch (a build's model and test results) go through the storage's kept engines:
    the same rows as Dagster's storage, each readable at once by another reader of the files."""
    events = _planned_batch()
    dagster_storage = SqliteEventLogStorage(str(tmp_path / "dagster"))
    ours = BatchingSqliteEventLogStorage(str(tmp_path / "ours"))
    for n, event in enumerate(events, start=1):
        dagster_storage.store_event(event)
        ours.store_event(event)
        assert len(_rows(tmp_path / "ours", RUN_ID, "select id from event_logs")) == n
    assert _contents(tmp_path / "ours") == _contents(tmp_path / "dagster")
    assert len(ours._engines) == 2  # the index and the run's database, each made once


def test_a_runs_events_reach_a_watcher_of_its_database_as_they_are_stored(tmp_path):
    """The UI follows a running run's events by watching its database file (Dagster's watchdog, which
    reacts to writes of that file): each event stored must reach it while the run goes on, though the
    index's connection stays open between events."""
    storage = BatchingSqliteEventLogStorage(str(tmp_path))
    events = _planned_batch()
    storage.store_event(events[0])  # (the run's database exists before it is watched, as in a run)
    seen: list = []

    def heard(event, _cursor):
        seen.append(event)

    storage.watch(RUN_ID, None, heard)
    try:
        for n, event in enumerate(events[1:], start=1):
            storage.store_event(event)
            deadline = time.monotonic() + 30
            while len(seen) < n:
                assert time.monotonic() < deadline, f"event {n} never reached the watcher"
                time.sleep(0.02)
    finally:
        storage.end_watch(RUN_ID, heard)
        storage.dispose()


def test_every_connection_commits_without_waiting_for_the_disk(tmp_path):
    """SQLite's synchronous=NORMAL on the index and on each run's database, engines made again included
    (FULL, SQLite's default, flushes the disk at every commit: hundreds per build)."""
    storage = BatchingSqliteEventLogStorage(str(tmp_path))
    try:
        storage.store_event(_planned_batch()[0])
        with storage.index_connection() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        storage._dispose_engines()  # (as an engine put out of the kept ones, then needed again)
        with storage.run_connection(RUN_ID) as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    finally:
        storage.dispose()
