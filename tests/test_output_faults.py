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
