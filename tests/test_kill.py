"""A run killed with SIGKILL at any point leaves the published warehouse unchanged, and the next run
finishes the work with no duplicate or missing facts."""

import hashlib
import os
import signal
import subprocess
import sys
import time

import dagster as dg
import pytest
from dagster._core.instance.ref import InstanceRef

from dagster_project import paths
from dagster_project.pipeline import build

from .conftest import PROJECT_ROOT, query


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Where the run is killed: a stage it reaches, then seconds after. 3 s after it starts (Dagster starting, or
# landing), as soon as dbt creates the build file, and 2 s into dbt's build. Stages are found by watching
# the build file, not by fixed times, which a faster or slower machine shifts past the end of the run.
KILL_POINTS = {"early": ("start", 3), "dbt opens the build": ("dbt", 0), "dbt midway": ("dbt", 2)}


@pytest.mark.parametrize("kill_point", list(KILL_POINTS))
def test_killed_run_leaves_the_published_warehouse_and_the_next_run_finishes(env, tmp_path, kill_point):
    published = env["root"] / "warehouse.duckdb"
    build_file = paths.build_warehouse_path()
    facts_before = query(
        env,
        "select document_id, phase, count(*), sum(amount_yuan) from marts.fact_expenditure "
        "group by all order by all",
    )
    before = _digest(published)
    # Force work: forget what was landed, so the run parses every document again.
    for state in (env["root"] / "landing" / "_state").glob("*.json"):
        state.unlink()
    home = tmp_path / "dagster_home"
    home.mkdir()
    assert not build_file.exists()  # else the watch below would see an old build, not this run's
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.cli", "build", "--force"],
        env={**os.environ, "DAGSTER_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    stage, delay = KILL_POINTS[kill_point]
    while stage == "dbt" and process.poll() is None and not build_file.exists():
        time.sleep(0.01)
    stage_reached = time.monotonic()
    while process.poll() is None and time.monotonic() - stage_reached < delay:
        time.sleep(0.01)
    assert process.poll() is None, f"the run ended before the kill point ({kill_point})"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert _digest(published) == before
    assert build(env["instance"]).success
    after = query(
        env,
        "select document_id, phase, count(*), sum(amount_yuan) from marts.fact_expenditure "
        "group by all order by all",
    )
    assert after == facts_before


def test_a_build_killed_in_dbt_does_not_hold_the_warehouse_pool_for_the_next(env, tmp_path, monkeypatch):
    """The dbt step holds the one slot of the `duckdb_warehouse` pool (dagster.yaml). A build killed with
    SIGKILL there never gives it back: its run stays STARTED and every later build waited for the slot
    for ever (found by a review). The next build marks the dead run failed, frees its slot and finishes."""
    published = env["root"] / "warehouse.duckdb"
    build_file = paths.build_warehouse_path()
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8"))
    command = [sys.executable, "-m", "dagster_project.cli", "build", "--force"]
    process = subprocess.Popen(
        command,
        env={**os.environ, "DAGSTER_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    while process.poll() is None and not build_file.exists():
        time.sleep(0.01)
    time.sleep(2)
    assert process.poll() is None, "the build ended before dbt was killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    again = subprocess.run(
        command, env={**os.environ, "DAGSTER_HOME": str(home)}, capture_output=True, text=True, timeout=240
    )
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # where the instance's event log storage lives
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        statuses = sorted(run.status.value for run in instance.get_runs())
    # the killed build's runs (its landing succeeded, its warehouse run died) and the next build's two
    assert statuses.count("FAILURE") == 1 and "STARTED" not in statuses
    assert _digest(published) != ""  # published by the second build (the first left it as it was)
