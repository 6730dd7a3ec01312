"""A full disk or a read-only output folder fails the run with a clear message and leaves the published
warehouse intact. Needs root to mount small tmpfs file systems; skipped with the reason otherwise."""

import hashlib
import shutil
import subprocess
import uuid

import pytest

from dagster_project.pipeline import build


def _mount(target, options):
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.decode().strip()}): needs root")


@pytest.fixture
def small_disk(env, tmp_path, monkeypatch):
    """The published warehouse and the landing on a 96 MB file system, filled up after the copy."""
    disk = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    _mount(disk, "size=96m")
    try:
        shutil.copy(env["root"] / "warehouse.duckdb", disk / "warehouse.duckdb")
        shutil.copytree(env["root"] / "landing", disk / "landing")
        monkeypatch.setenv("BUDGET_WAREHOUSE_PATH", str(disk / "warehouse.duckdb"))
        monkeypatch.setenv("BUDGET_LANDING_DIR", str(disk / "landing"))
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_fails_the_run_clearly_and_keeps_the_published_warehouse(env, small_disk):
    before = _digest(small_disk / "warehouse.duckdb")
    free = shutil.disk_usage(small_disk).free
    with (small_disk / "filler").open("wb") as handle:  # leave about 20 MB
        handle.write(b"\0" * max(0, free - 20 * 2**20))
    report = build(env["instance"], force=True)
    assert not report.success
    assert "not enough free space" in report.error
    assert _digest(small_disk / "warehouse.duckdb") == before


def test_a_read_only_output_folder_fails_the_run_clearly(env, small_disk):
    before = _digest(small_disk / "warehouse.duckdb")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    report = build(env["instance"], force=True)
    assert not report.success
    assert "read-only" in report.error
    assert _digest(small_disk / "warehouse.duckdb") == before


def test_what_dbt_leaves_in_its_write_ahead_log_is_published(tmp_path, monkeypatch):
    """dbt opens the build file as ../warehouse.duckdb from the build folder's dbt/. Whatever its close
    could not checkpoint (a full disk, a killed process) stays in the write-ahead log beside the name it
    opened, and publishing must find it there: with the file opened through a link elsewhere (session
    45's first layout), the log stayed beside the link and an empty warehouse was published as a success
    (found by review: a warehouse disk filled during dbt)."""
    import os

    import duckdb

    from dagster_project import paths
    from dagster_project.defs.dbt_assets import _project_root_for
    from dagster_project.publish import publish, start_build

    monkeypatch.setenv("BUDGET_WAREHOUSE_PATH", str(tmp_path / "w" / "warehouse.duckdb"))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    (tmp_path / "landing").mkdir()
    build, published = paths.build_warehouse_path(), paths.warehouse_path()
    start_build(build, published)
    with _project_root_for(build) as workdir:
        monkeypatch.chdir(workdir)  # where budget-dbt starts dbt
        con = duckdb.connect("../warehouse.duckdb")  # the profile's path, as dbt opens it
        con.execute("pragma disable_checkpoint_on_shutdown")
        con.execute("set wal_autocheckpoint = '1TB'")
        con.execute("create schema marts")
        con.execute("create table marts.build_info as select 42 as answer")
        con.close()
        assert os.path.exists("../warehouse.duckdb.wal")  # the log the close left
    publish(build, published)
    with duckdb.connect(str(published), read_only=True) as check:
        assert check.execute("select answer from marts.build_info").fetchall() == [(42,)]
