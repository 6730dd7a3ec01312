"""The main job, as `make run` and `budget-warehouse build` do it: real Dagster runs, recorded in the
instance at $DAGSTER_HOME so the UI shows them. The `documents` partitions are synchronised with raw/,
the new and changed documents are landed (a single-run backfill over each stretch of them in partition
order), and a second run builds the warehouse with dbt."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import dagster as dg

from . import paths
from .collector import paused_collector, return_freed_memory
from .dbt_standby import Standby
from .definitions import defs
from .defs.automation import (
    build_warehouse_job,
    land_documents_job,
    range_tags,
    ranges_to_land,
    sync_partitions,
)
from .landing import missing_font_warning, plan, scan
from .processes import PROC, start_time
from .publish import warehouse_up_to_date


@dataclass(slots=True)
class BuildReport:
    documents: int
    added: int
    removed: int
    parsed: int  # new or changed files parsed in this build; the others were unchanged and skipped
    landing_seconds: float
    warehouse_seconds: float
    success: bool
    error: str | None = None  # why the run failed, as the failed step said it
    # the published warehouse was built from these very inputs (landing and dbt project): not rebuilt
    up_to_date: bool = False
    # PDFs were read on a machine without a Chinese font (see landing.missing_font_warning)
    font_warning: str | None = None


def build(
    instance: dg.DagsterInstance | None = None,
    *,
    force: bool = False,
    console_log_level: str = "DEBUG",
    on_warning: Callable[[str], None] | None = None,
) -> BuildReport:
    """Land the new and changed documents of raw/, then rebuild the warehouse unless it was built from
    these very inputs (``force`` rebuilds it anyway). ``console_log_level`` is what the runs print (the
    instance's event log keeps every event whatever it is); ``on_warning`` hears, before the runs start,
    what would make them slow (``slow_event_log_warning``)."""
    # dbt's imports done on the idle core while this process loads Dagster and lands (dbt_standby).
    standby = Standby()
    try:
        return _build(instance, force, console_log_level, on_warning)
    finally:
        standby.stop()


def _build(
    instance: dg.DagsterInstance | None,
    force: bool,
    console_log_level: str,
    on_warning: Callable[[str], None] | None,
) -> BuildReport:
    with paused_collector():  # (the instance's storages, dagster-dbt and much of dbt: collector.py)
        instance = instance or dg.DagsterInstance.get()
        definitions = defs()
    release_dead_runs(instance)
    docs = scan(paths.raw_dir())  # hashing every file once serves both the partitions and the plan
    keys, added, removed = sync_partitions(instance, docs)
    if not keys and not (paths.landing_dir() / "documents").is_dir():
        # Nothing was ever landed here, nothing to build a warehouse of (dbt would fail on landing folders
        # without a file): said, and the published warehouse is left as it was. (Once documents were
        # landed, a raw/ emptied since is built: their facts leave the warehouse, as any removed file's.)
        error = f"{paths.raw_dir()} holds no report (PDF or text): nothing to build"
        return BuildReport(0, len(added), len(removed), 0, 0.0, 0.0, False, error)
    to_land = plan(paths.raw_dir(), paths.landing_dir(), docs=docs).to_parse
    if on_warning is not None and (slow := slow_event_log_warning(instance, len(to_land))) is not None:
        on_warning(slow)
    font_warning = missing_font_warning(to_land)
    started = time.perf_counter()
    success = True
    error = None
    # Only the documents to parse get a landing run (unchanged ones keep their last materialization).
    for stretch in ranges_to_land(keys, {doc.document_id for doc in to_land}):
        result = definitions.resolve_job_def(land_documents_job.name).execute_in_process(
            instance=instance,
            tags={**range_tags(stretch), **_worker_tag()},
            raise_on_error=False,
            run_config=_console(console_log_level),
        )
        success, error = result.success, _failure(result)
        # A run's result holds every event of the run (10,000 for 10,000 documents): not kept through
        # the dbt build.
        del result
        if not success:
            break
    landed = time.perf_counter()
    return_freed_memory()  # the landing's tables and events are garbage now; dbt runs beside this process
    up_to_date = success and not force and warehouse_up_to_date()
    if success and not up_to_date:
        result = definitions.resolve_job_def(build_warehouse_job.name).execute_in_process(
            instance=instance,
            tags=_worker_tag(),
            raise_on_error=False,
            run_config=_console(console_log_level),
        )
        success, error = result.success, _failure(result)
    return BuildReport(
        len(keys),
        len(added),
        len(removed),
        len(to_land),
        landed - started,
        time.perf_counter() - landed,
        success,
        error,
        up_to_date,
        font_warning,
    )


def slow_event_log_warning(instance: dg.DagsterInstance, documents: int) -> str | None:
    """What to say, before a build landing ``documents`` documents, when the instance stores Dagster's
    SQLite events one by one (a $DAGSTER_HOME without the project's dagster.yaml): each of a landing's
    per-document events then costs about 10 ms, minutes for a thousand documents that take seconds to
    parse (``dagster_project.event_log`` says why)."""
    from dagster._core.storage.event_log import ConsolidatedSqliteEventLogStorage, SqliteEventLogStorage

    from .event_log import BatchingSqliteEventLogStorage

    storage = instance.event_log_storage
    sqlite = isinstance(storage, (SqliteEventLogStorage, ConsolidatedSqliteEventLogStorage))
    if not documents or not sqlite or isinstance(storage, BatchingSqliteEventLogStorage):
        return None
    home = os.environ.get("DAGSTER_HOME", "$DAGSTER_HOME")
    return (
        f"the Dagster instance at {home} stores its events one by one (its dagster.yaml does not name "
        f"dagster_project.event_log.BatchingSqliteEventLogStorage): landing {documents} "
        f"document{'s' if documents != 1 else ''} records {documents} materializations at "
        f"about 10 ms each. Copy the project's dagster.yaml into {home} (make run does) to store them in "
        "batches."
    )


def _console(level: str) -> dict:
    return {"loggers": {"console": {"config": {"log_level": level}}}}


# The process a build's runs execute in (they run in the building process itself): "host:pid:start".
WORKER_TAG = "budget_warehouse/worker"
_UNFINISHED = [dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]


def _worker_tag() -> dict[str, str]:
    pid = os.getpid()
    return {WORKER_TAG: f"{socket.gethostname()}:{pid}:{start_time(pid)}"}


def release_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the runs of builds whose process is gone (killed with SIGKILL, out of memory, a reboot),
    and free the pool slots they held: a dead run keeps its slot of the one-writer `duckdb_warehouse` pool
    for ever, and every later build waits for it. Only runs a build of this machine executed in its own
    process are judged: by the process id and its start time (a pid used again by another process is not
    the build's). A run re-executed from the UI copies its parent's tags but runs elsewhere: not judged.
    The run ids released are returned."""
    released = []
    host = socket.gethostname()
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=_UNFINISHED)):
        worker_host, pid, started = [*run.tags.get(WORKER_TAG, "").split(":"), "", "", ""][:3]
        if worker_host != host or not pid.isdigit() or run.parent_run_id is not None:
            continue  # not a build's own run here
        if _builder_alive(int(pid), started):
            continue
        instance.report_run_failed(run, message=f"the build process ({pid}) ended without finishing the run")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        released.append(run.run_id)
    return released


def _builder_alive(pid: int, started: str) -> bool:
    """Whether the process a run was tagged with still runs: the same pid and start time; for a tag made
    before start times were recorded (or without /proc), the pid alone, a zombie being dead."""
    if started:
        return start_time(pid) == started
    return _alive(pid) and (not PROC or start_time(pid) != "")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _failure(result) -> str | None:
    """The reason a run failed, from its failed step: the message a person needs, not the stack."""
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            user = event.step_failure_data.user_failure_data
            if user is not None and user.description:
                return user.description
            while error is not None and error.cause is not None:
                error = error.cause
            return error.message.strip() if error is not None else "the step failed"
    return None
