"""Publishing the warehouse: dbt builds into a separate file, and only a build whose every model and
error-level test passed replaces the published file, by an atomic rename. Readers of the published file
never see a half-built warehouse and never hold a lock the build needs; a failed build leaves yesterday's
warehouse in place."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb


def start_build(build: Path) -> None:
    """Every build starts from an empty file: the warehouse is rebuilt whole from the landed Parquet."""
    build.parent.mkdir(parents=True, exist_ok=True)
    for path in (build, build.with_name(build.name + ".wal")):
        path.unlink(missing_ok=True)


def publish(build: Path, published: Path) -> None:
    """Checkpoint the build (no write-ahead log left beside it), then rename it over the published file."""
    with duckdb.connect(str(build)) as con:
        con.execute("checkpoint")
    os.replace(build, published)
    published.with_name(published.name + ".wal").unlink(missing_ok=True)
