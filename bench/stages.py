"""Where a build's time goes: one fresh `budget-warehouse build` of a raw/ folder, run in this process with
timers wrapped around its stages, printed as a table (a benchmark, not a test).

    .venv/bin/python bench/stages.py RAW [--out bench/out/stages]

RAW is a folder of reports (a generated corpus's raw/, say); the build gets a fresh Dagster instance, landing
folder and warehouse under OUT, as `bench/scale.py` gives its builds; what the build prints goes to
OUT/build.log. Each row is a stage: the seconds
spent in it (summed over its calls) and the number of calls. Stages nest (the landing run holds `land()`,
which holds the staging and the commit), so the seconds do not add up. dbt's nodes are timed by dbt itself
(`run_results.json` of the build).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (imports nothing that the build's stages time)
from bench.builds import build_env, dbt_run_results  # noqa: E402

_seconds: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_order: list[str] = []


def _record(stage: str, seconds: float) -> None:
    if stage not in _seconds:
        _order.append(stage)
    _seconds[stage] += seconds
    _calls[stage] += 1


def _timed(owner, name: str, stage: str) -> None:
    """Replace ``owner.name`` (a module's function or a class's method) by itself timed as ``stage``."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _record(stage, time.perf_counter() - start)

    setattr(owner, name, timed)


def _timed_runs(job_definition) -> None:
    """Each Dagster run timed by its job's name."""
    execute = job_definition.execute_in_process

    def timed(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return execute(self, *args, **kwargs)
        finally:
            _record(f"run: {self.name}", time.perf_counter() - start)

    job_definition.execute_in_process = timed


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("raw", type=Path)
    arguments.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "stages")
    options = arguments.parse_args()
    out = options.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    os.environ.update(build_env(out, options.raw.resolve()))
    began = time.time()
    start = time.perf_counter()
    from dagster_project import landing

    _record("start: import the parser and the landing", time.perf_counter() - start)
    mark = time.perf_counter()
    import dagster as dg

    _record("start: import Dagster", time.perf_counter() - mark)
    mark = time.perf_counter()
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    from dagster_project import event_log, pipeline
    from dagster_project.defs import dbt_assets, landing_assets

    _record("start: import the pipeline and its definitions' modules", time.perf_counter() - mark)
    _timed(dg.DagsterInstance, "get", "start: open the Dagster instance")
    _timed(pipeline, "defs", "start: load the definitions")
    for name in ("release_dead_runs", "scan", "sync_partitions", "plan"):
        _timed(pipeline, name, f"pipeline: {name}")
    _timed_runs(dg.JobDefinition)
    _timed(landing_assets, "plan", "landing run: plan (raw/ hashed again: a run may come from the UI)")
    _timed(landing_assets, "land", "landing run: land() (parse, stage, commit)")
    _timed(landing, "from_ipc", "landing run: land(): the workers' rows read back")
    _timed(landing.Staging, "_flush", "landing run: land(): rows staged as Parquet parts")
    _timed(landing.Staging, "commit", "landing run: land(): commit (buckets rewritten)")
    _timed(event_log.BatchingSqliteEventLogStorage, "store_event_batch", "events: stored in batches")
    _timed(SqliteEventLogStorage, "store_event", "events: stored one by one")
    _timed(dbt_assets, "publish", "warehouse run: publication (checkpoint, rename)")
    # What the build prints (dbt's progress, warnings) goes to OUT/build.log, the table to the terminal.
    with (
        (out / "build.log").open("w", encoding="utf-8") as log,
        contextlib.redirect_stdout(log),
        contextlib.redirect_stderr(log),
    ):
        report = pipeline.build(console_log_level="WARNING")
    total = time.perf_counter() - start
    if not report.success:
        raise SystemExit(f"the build failed: {report.error} (its output: {out / 'build.log'})")
    if nodes := dbt_run_results(since=began):
        _record(
            f"warehouse run: dbt's {len(nodes)} nodes (dbt's own timing)",
            sum(n["execution_time"] for n in nodes),
        )
    print(f"{report.documents} documents, {report.parsed} parsed: one fresh build, {total:.2f} s")
    print(f"{'stage':<68} {'seconds':>8} {'calls':>6}")
    for stage in _order:
        print(f"{stage:<68} {_seconds[stage]:>8.2f} {_calls[stage]:>6}")


if __name__ == "__main__":
    main()
