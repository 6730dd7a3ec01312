"""Publishing the warehouse: dbt builds into a separate file, and only a build whose every model and
error-level test passed replaces the published file, by an atomic rename. Readers of the published file
never see a half-built warehouse and never hold a lock the build needs; a failed build leaves yesterday's
warehouse in place."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import duckdb

from . import paths


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
    check_output(published.parent, 0)  # read-only: said before the build folder is made inside it
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


# What a build reads: the landed Parquet (one folder per dataset) and the dbt project's own files.
_DBT_INPUTS = ("models", "macros", "tests", "dbt_project.yml", "profiles.yml")


def inputs_fingerprint(landing: Path, dbt_project: Path) -> str:
    """A hash of everything a warehouse build reads: each landed Parquet file (path, size, modification
    time) and the content of the dbt project's files. Equal fingerprints build equal warehouses."""
    digest = hashlib.sha256()
    for path in sorted(landing.glob("*/*.parquet")):
        stat = path.stat()
        digest.update(f"{path.relative_to(landing)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for name in _DBT_INPUTS:
        root = dbt_project / name
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file():
                digest.update(f"{path.relative_to(dbt_project)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def published_fingerprint(published: Path) -> str | None:
    """The inputs fingerprint the published warehouse was built from (None when there is no warehouse,
    or it predates fingerprints, or cannot be read)."""
    if not published.exists():
        return None
    try:
        with duckdb.connect(str(published), read_only=True) as con:
            row = con.execute("select inputs_fingerprint from marts.build_info").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def warehouse_up_to_date() -> bool:
    """Whether the published warehouse was built from the current landing and dbt project."""
    published = published_fingerprint(paths.warehouse_path())
    return published is not None and published == inputs_fingerprint(
        paths.landing_dir(), paths.DBT_PROJECT_DIR
    )
