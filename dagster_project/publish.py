"""Publishing the warehouse: dbt builds into a separate file, and only a build whose every model and
error-level test passed replaces the published file, by an atomic rename. Readers of the published file
never see a half-built warehouse and never hold a lock the build needs; a failed build leaves yesterday's
warehouse in place."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb


class OutputUnavailable(Exception):
    """The output folder cannot take the build (read-only, or not enough free space); user-facing."""


def check_output(folder: Path, need_bytes: int) -> None:
    """Fail before writing anything when the folder is read-only or has too little free space."""
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise OutputUnavailable(
            f"the output folder {folder} is read-only: nothing was written, and the "
            "published warehouse is unchanged"
        )
    free = shutil.disk_usage(folder).free
    if free < need_bytes:
        raise OutputUnavailable(
            f"not enough free space in {folder}: {free / 2**20:.1f} MB free, about "
            f"{need_bytes / 2**20:.1f} MB needed; the published warehouse is unchanged"
        )


def start_build(build: Path, published: Path) -> None:
    """Every build starts from an empty file: the warehouse is rebuilt whole from the landed Parquet.
    It needs room for a second copy of the warehouse beside the published one (and some margin)."""
    build.parent.mkdir(parents=True, exist_ok=True)
    if os.access(build.parent, os.W_OK):
        for path in (build, build.with_name(build.name + ".wal")):
            path.unlink(missing_ok=True)  # what a killed run left behind
    size = published.stat().st_size if published.exists() else 0
    check_output(build.parent, 2 * size + 32 * 2**20)


def publish(build: Path, published: Path) -> None:
    """Checkpoint the build (no write-ahead log left beside it), then rename it over the published file."""
    with duckdb.connect(str(build)) as con:
        con.execute("checkpoint")
    os.replace(build, published)
    published.with_name(published.name + ".wal").unlink(missing_ok=True)
