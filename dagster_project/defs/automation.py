"""Keeping the warehouse fed: a sensor that watches raw/, the nightly schedule, and the jobs they run.

Both the sensor and the schedule stop by default (turn them on in the UI under Automation, with
`dagster-daemon` running). After every successful landing run the warehouse is rebuilt by dbt.
"""

import json

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from dagster_project import paths
from dagster_project.landing import RawDocument, plan, prune, scan
from dagster_project.publish import warehouse_up_to_date

from .landing_assets import LANDING_GROUP, documents_partitions

land_documents_job = dg.define_asset_job(
    "land_documents",
    selection=dg.AssetSelection.groups(LANDING_GROUP),  # (partitioned by document, as its assets are)
    description="Parse documents of raw/ into Parquet (one partition per document).",
)
build_warehouse_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups(LANDING_GROUP),
    description="dbt build: staging, intermediate, marts and every dbt test.",
)


def range_tags(keys: list[str]) -> dict[str, str]:
    """Tags that make one run cover a range of partitions (a single-run backfill)."""
    return {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}


def ranges_to_land(keys: list[str], to_land: set[str], max_runs: int = 4) -> list[list[str]]:
    """The runs that land the documents `to_land`: contiguous stretches of the partition order `keys`, one
    run each (a run covers a range of partitions, so unchanged documents between two changed ones would
    be materialized again for nothing). New files are added at the end, so a night's new documents are
    one stretch. Past `max_runs` stretches, one run spans them all (its unchanged documents are skipped
    inside it, not parsed)."""
    stretches: list[list[str]] = []
    previous = None
    for n, key in enumerate(keys):
        if key not in to_land:
            continue
        if previous is not None and previous == n - 1:
            stretches[-1].append(key)
        else:
            stretches.append([key])
        previous = n
    if len(stretches) > max_runs:
        first, last = keys.index(stretches[0][0]), keys.index(stretches[-1][-1])
        return [keys[first : last + 1]]
    return stretches


def sync_partitions(
    instance: dg.DagsterInstance, docs: dict[str, RawDocument] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """Make the `documents` partitions match raw/: add new files, delete removed ones (and their landed
    files). Returns (all keys in partition order, added, removed)."""
    docs = docs if docs is not None else scan(paths.raw_dir())
    known = instance.get_dynamic_partitions(documents_partitions.name)
    added = sorted(k for k in docs if k not in set(known))
    removed = [k for k in known if k not in docs]
    if added:
        instance.add_dynamic_partitions(documents_partitions.name, added)
    if removed:
        prune(paths.landing_dir(), removed)
        for key in removed:
            instance.delete_dynamic_partition(documents_partitions.name, key)
    return instance.get_dynamic_partitions(documents_partitions.name), added, removed


@dg.sensor(job=land_documents_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def raw_documents_sensor(context: dg.SensorEvaluationContext):
    """New files become partitions and are landed; a changed file (new content hash) is landed again and
    replaces its old rows; a removed file loses its partition and its landed rows."""
    docs = scan(paths.raw_dir())
    seen = json.loads(context.cursor) if context.cursor else {}
    known = set(context.instance.get_dynamic_partitions(documents_partitions.name))
    new = sorted(k for k in docs if k not in known)
    changed = sorted(k for k in docs if k in known and seen.get(k) not in (None, docs[k].sha256))
    removed = sorted(k for k in known if k not in docs)
    if removed:
        prune(paths.landing_dir(), removed)
    requests = [dg.RunRequest(partition_key=k, run_key=f"{k}:{docs[k].sha256}") for k in new + changed]
    if removed and not requests:
        requests.append(
            dg.RunRequest(job_name=build_warehouse_job.name, run_key=f"removed:{','.join(removed)}")
        )
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=[
            dg.AddDynamicPartitionsRequest(documents_partitions.name, new),
            dg.DeleteDynamicPartitionsRequest(documents_partitions.name, removed),
        ],
        cursor=json.dumps({k: d.sha256 for k, d in docs.items()}),
    )


@dg.schedule(
    job=land_documents_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
def nightly_warehouse_build(context: dg.ScheduleEvaluationContext):
    """Every night at 02:00 Asia/Shanghai: the new and changed documents of raw/ are landed (a run per
    stretch of them in partition order, see `ranges_to_land`), then `rebuild_after_landing` rebuilds the
    warehouse after each."""
    docs = scan(paths.raw_dir())
    keys, _added, _removed = sync_partitions(context.instance, docs)
    if not keys:
        return dg.SkipReason("raw/ holds no document")
    to_land = plan(paths.raw_dir(), paths.landing_dir(), docs=docs).to_parse
    runs = ranges_to_land(keys, {doc.document_id for doc in to_land})
    if not runs:
        # Nothing new or changed: rebuild only when the landing (a removed file's rows are gone) or the
        # dbt project changed since the published warehouse was built.
        if warehouse_up_to_date():
            return dg.SkipReason("the published warehouse was built from these very inputs")
        return dg.RunRequest(run_key=None, job_name=build_warehouse_job.name)
    return [dg.RunRequest(run_key=None, tags=range_tags(stretch)) for stretch in runs]


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[land_documents_job],
    request_job=build_warehouse_job,
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def rebuild_after_landing(context: dg.RunStatusSensorContext):
    """The marts follow the landed Parquet: rebuild them after each successful landing run."""
    return dg.RunRequest(run_key=context.dagster_run.run_id)


defs = dg.Definitions(
    jobs=[land_documents_job, build_warehouse_job],
    sensors=[raw_documents_sensor, rebuild_after_landing],
    schedules=[nightly_warehouse_build],
)
