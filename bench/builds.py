"""What the benchmarks' builds share: the environment of a build into a folder of its own, and the results
of its dbt run. Imports nothing heavy (bench/stages.py times the imports of a build)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_env(workdir: Path, raw: Path) -> dict:
    """The environment of a build of RAW into WORKDIR: its own Dagster instance (the project's
    dagster.yaml), landing folder and warehouse."""
    (workdir / "dagster_home").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "dagster.yaml", workdir / "dagster_home" / "dagster.yaml")
    env = dict(os.environ)
    env.update(
        BUDGET_RAW_DIR=str(raw),
        BUDGET_LANDING_DIR=str(workdir / "landing"),
        BUDGET_WAREHOUSE_PATH=str(workdir / "warehouse.duckdb"),
        DAGSTER_HOME=str(workdir / "dagster_home"),
    )
    return env


def dbt_run_results(since: float = 0.0) -> list[dict]:
    """The node results of the newest dbt run (dagster-dbt keeps each warehouse's target folder), if it
    was written at or after `since` (a time.time()); none otherwise."""
    runs = [p for p in (ROOT / "dbt/target").glob("*/run_results.json") if p.stat().st_mtime >= since]
    if not runs:
        return []
    return json.loads(max(runs, key=lambda p: p.stat().st_mtime).read_text(encoding="utf-8"))["results"]
