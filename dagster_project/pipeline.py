"""The main job, as `make run` and `budget-warehouse build` do it: real Dagster runs, recorded in the
instance at $DAGSTER_HOME so the UI shows them. The `documents` partitions are synchronised with raw/,
one run lands every new or changed document (a single-run backfill over the partitions; unchanged files
are skipped inside it), and a second run builds the warehouse with dbt."""

from __future__ import annotations

import time
from dataclasses import dataclass

import dagster as dg

from . import paths
from .definitions import defs
from .defs.automation import build_warehouse_job, land_documents_job, range_tags, sync_partitions
from .landing import plan


@dataclass(slots=True)
class BuildReport:
    documents: int
    added: int
    removed: int
    parsed: int  # new or changed files parsed in this build; the others were unchanged and skipped
    landing_seconds: float
    warehouse_seconds: float
    success: bool


def build(instance: dg.DagsterInstance | None = None) -> BuildReport:
    instance = instance or dg.DagsterInstance.get()
    definitions = defs()
    keys, added, removed = sync_partitions(instance)
    to_parse = len(plan(paths.raw_dir(), paths.landing_dir()).to_parse)
    started = time.perf_counter()
    success = True
    if keys:
        result = definitions.resolve_job_def(land_documents_job.name).execute_in_process(
            instance=instance, tags=range_tags(keys), raise_on_error=False
        )
        success = result.success
    landed = time.perf_counter()
    if success:
        result = definitions.resolve_job_def(build_warehouse_job.name).execute_in_process(
            instance=instance, raise_on_error=False
        )
        success = result.success
    return BuildReport(
        len(keys), len(added), len(removed), to_parse, landed - started, time.perf_counter() - landed, success
    )
