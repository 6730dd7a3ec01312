"""A run killed with SIGKILL at any point leaves the published warehouse unchanged, and the next run
finishes the work with no duplicate or missing facts."""

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from dagster_project.pipeline import build

from .conftest import query


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("seconds", [3, 9, 16])
def test_killed_run_leaves_the_published_warehouse_and_the_next_run_finishes(env, tmp_path, seconds):
    published = env["root"] / "warehouse.duckdb"
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
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.cli", "build"],
        env={**os.environ, "DAGSTER_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(seconds)
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
