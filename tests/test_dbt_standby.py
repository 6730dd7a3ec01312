"""The build's standby dbt process (dagster_project/dbt_standby.py): `budget-dbt` hands it its invocation,
which it runs as dbt would have in `budget-dbt`'s own process: the same output, exit status, working
directory and environment; one invocation per standby; signals passed on. Real dbt, real processes."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dagster_project.dbt_standby import STANDBY_ENV, Standby, at_lowest_priority

BUDGET_DBT = Path(sys.executable).with_name("budget-dbt")
# A dbt project of nothing, on an in-memory DuckDB
PROJECT = 'name: probe\nversion: "1.0"\nconfig-version: 2\nprofile: probe\n'
PROFILES = 'probe:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: ":memory:"\n'


@pytest.fixture
def standby():
    started = Standby()
    yield started
    started.stop()


def _budget_dbt(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BUDGET_DBT), *args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _without_standby() -> dict[str, str]:
    return {STANDBY_ENV: ""}


def test_an_invocation_is_run_by_the_standby_which_then_ends(standby, tmp_path):
    assert os.environ[STANDBY_ENV] == standby.path
    done = _budget_dbt(["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Core:" in done.stdout and "duckdb" in done.stdout
    # It served this invocation and ended by itself (a standby nobody used waits until the build stops it).
    assert standby.process.wait(timeout=60) == 0
    assert not Path(standby.path).exists()
    # A second invocation finds no standby and runs dbt in its own process, with the same result.
    again = _budget_dbt(["--version"], tmp_path)
    assert again.returncode == 0 and again.stdout == done.stdout


def test_the_invocations_directory_environment_and_exit_status_are_kept(standby, tmp_path):
    """dbt looks for its project in the working directory of `budget-dbt` and its profiles where that
    process's environment says, not where the standby was started; it fails as it fails without one."""
    profiles, project = tmp_path / "profiles", tmp_path / "no project here"
    profiles.mkdir()
    project.mkdir()
    (profiles / "profiles.yml").write_text(PROFILES)
    alone = _budget_dbt(["parse"], project, DBT_PROFILES_DIR=str(profiles), **_without_standby())
    served = _budget_dbt(["parse"], project, DBT_PROFILES_DIR=str(profiles))
    assert standby.process.wait(timeout=60) == 0  # (served)
    expected = f"No dbt_project.yml found at expected path {project}/dbt_project.yml"
    assert expected in alone.stdout and expected in served.stdout
    assert served.returncode == alone.returncode == 2


def _state(pid: int) -> str:
    """A process's state letter (Z: ended, not yet reaped by its parent), or "gone"."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_budget_dbt_ends_after_the_standby_so_the_duckdb_file_is_free_at_once(standby, tmp_path):
    """dbt keeps its DuckDB file open, locked against other writers, until its process ends; the build
    opens that file to publish it as soon as `budget-dbt` ends. So `budget-dbt` ends after the standby."""
    (tmp_path / "dbt_project.yml").write_text(PROJECT)
    (tmp_path / "profiles.yml").write_text(PROFILES.replace('":memory:"', "warehouse.duckdb"))
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "answer.sql").write_text("select 42 as answer")
    done = _budget_dbt(["build", "--profiles-dir", "."], tmp_path)
    state = _state(standby.process.pid)  # read first: the standby must have ended already
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Completed successfully" in done.stdout
    assert state in ("Z", "gone")
    assert standby.process.wait(timeout=60) == 0
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:  # a writer, at once
        assert con.execute("select answer from answer").fetchall() == [(42,)]


def test_the_warm_up_parses_the_project_and_leaves_no_trace(tmp_path):
    """The standby's warm-up (`_warm_up`) parses the warehouse's dbt project from its prepared state
    while it waits: it succeeds, and leaves the prepared state, the environment, the working directory
    and the temporary folder as it found them (a fresh process: dbt keeps state per process)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    probe = (
        "import json, os\n"
        "from dagster_project import dbt_standby\n"
        "from dagster_project.paths import DBT_PROJECT_DIR\n"
        "def prepared():\n"
        "    files = (DBT_PROJECT_DIR / 'target').iterdir()\n"
        "    return {p.name: p.stat().st_mtime_ns for p in files if p.is_file()}\n"
        "before, environment, directory = prepared(), dict(os.environ), os.getcwd()\n"
        "parsed = dbt_standby._warm_up()\n"
        "print(json.dumps({'parsed': parsed, 'prepared': prepared() == before,\n"
        "    'environment': dict(os.environ) == environment, 'directory': os.getcwd() == directory}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        # (a build's own warehouse path, which the warm-up must not render the profile with)
        env={**os.environ, "TMPDIR": str(scratch), "BUDGET_WAREHOUSE_PATH": str(tmp_path / "w.duckdb")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "parsed": True,
        "prepared": True,
        "environment": True,
        "directory": True,
    }
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a nice value per thread is Linux's")
def test_the_standby_prepares_at_the_lowest_priority_and_runs_dbt_at_its_own():
    """The preparation (imports, warm-up) runs in a thread at nice 19, so that it takes no CPU from the
    landing's parse; the thread that runs the invocation, and the threads it starts, keep the priority
    the process has (an unprivileged process could not raise it again)."""
    import threading

    def priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    own = priority()
    if own >= 19:
        pytest.skip("the tests run at the lowest priority already: nothing to tell apart")
    seen: list[int] = []
    at_lowest_priority(lambda: seen.append(priority()))
    assert seen == [19]
    assert priority() == own
    later: list[int] = []
    started = threading.Thread(target=lambda: later.append(priority()))
    started.start()
    started.join()
    assert later == [own]


def test_without_a_standby_dbt_runs_in_budget_dbt_itself(tmp_path):
    done = _budget_dbt(["--version"], tmp_path, **{STANDBY_ENV: str(tmp_path / "no such socket")})
    assert done.returncode == 0 and "Core:" in done.stdout


def _catches(pid: int, signum: int) -> bool:
    """Whether process `pid` has a handler for `signum` (the SigCgt mask of /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_signal_to_budget_dbt_reaches_the_dbt_it_handed_over_to(standby, tmp_path):
    """dagster-dbt interrupts a cancelled build's dbt by signalling the process it started: the standby
    running that dbt gets the signal too. Here a query that would run for hours is ended by SIGTERM."""
    (tmp_path / "dbt_project.yml").write_text(PROJECT)
    (tmp_path / "profiles.yml").write_text(PROFILES)
    query = "select sum(i % 7) as s from range(1000000000000) as t(i)"
    client = subprocess.Popen(
        [str(BUDGET_DBT), "show", "--inline", query, "--profiles-dir", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        # Handed over: the standby took it (its socket is gone) and `budget-dbt` now passes signals on.
        while Path(standby.path).exists() or not _catches(client.pid, signal.SIGTERM):
            assert client.poll() is None, client.stdout.read()
            assert time.monotonic() < deadline, (Path(standby.path).exists(), standby.process.poll())
            time.sleep(0.05)
        assert _catches(client.pid, signal.SIGINT)  # (what dagster-dbt sends)
        client.send_signal(signal.SIGTERM)
        assert standby.process.wait(timeout=60) == -signal.SIGTERM
        output, _ = client.communicate(timeout=60)
        assert client.returncode == 1
        assert f"the standby dbt process ({standby.process.pid}) ended without an exit status" in output
    finally:
        client.kill()
        client.wait()


def test_a_standby_nobody_used_is_stopped_with_its_build(tmp_path):
    standby = Standby()
    standby.stop()
    assert standby.process.returncode is not None
    assert STANDBY_ENV not in os.environ and not Path(standby.folder).exists()


def test_a_standby_ends_when_its_build_process_dies(tmp_path):
    """A build killed outright (no `stop`) leaves no standby behind: it is signalled as its parent dies."""
    build = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, time\n"
            "from dagster_project.dbt_standby import Standby\n"
            "print(Standby().process.pid, flush=True)\n"
            "time.sleep(1)\n"
            "os._exit(0)\n",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    pid = int(build.stdout.strip())
    deadline = time.monotonic() + 60
    while _state(pid) not in ("Z", "gone"):
        assert time.monotonic() < deadline, "the standby outlived its build"
        time.sleep(0.05)


def test_a_standby_that_cannot_listen_leaves_dbt_to_start_as_before(tmp_path, monkeypatch):
    """A socket path past the system's limit (a long TMPDIR): no standby, and no error for the build."""
    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    monkeypatch.setenv("TMPDIR", str(deep))
    monkeypatch.setattr("tempfile.tempdir", None)  # (tempfile reads TMPDIR once)
    standby = Standby()
    try:
        assert standby.process is None and STANDBY_ENV not in os.environ
    finally:
        standby.stop()
    assert not Path(standby.folder).exists()
