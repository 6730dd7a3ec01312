"""Where things live. Every path can be overridden by an environment variable; the defaults are relative
to the project root so a fresh clone works as it is."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _path(env: str, default: Path) -> Path:
    value = os.environ.get(env)
    return Path(value).resolve() if value else default


def raw_dir() -> Path:
    return _path("BUDGET_RAW_DIR", PROJECT_ROOT / "raw")


def landing_dir() -> Path:
    return _path("BUDGET_LANDING_DIR", PROJECT_ROOT / "landing")


def warehouse_path() -> Path:
    """The published warehouse: what analysts and BI tools open. Only ever replaced whole, by rename."""
    return _path("BUDGET_WAREHOUSE_PATH", PROJECT_ROOT / "warehouse.duckdb")


def build_warehouse_path() -> Path:
    """Where dbt builds the next warehouse: `warehouse.duckdb` in a folder of its own beside the published
    file (a rename must not cross disks; DuckDB's write-ahead log and spill files stay on that disk too).
    dbt runs in the folder's `dbt/`, where the profile's `../warehouse.duckdb` is this file."""
    published = warehouse_path()
    return published.parent / f"{published.stem}.build" / "warehouse.duckdb"


DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"
