"""A dbt process started ahead of its build: it imports dbt while the build lands documents, then runs the
`budget-dbt` invocation that dagster-dbt starts, in place of that process doing its own imports.

Why: a dbt process spends about 2 s importing dbt and its DuckDB adapter before it reads the project, on
every build, and the build waits for it (at 1,000 documents a tenth of the whole job). The build process
(`pipeline.build`) starts one standby at its beginning and names its socket in the environment
(STANDBY_ENV); the standby prepares at the lowest CPU priority (`at_lowest_priority`), on what the build
leaves of the machine while it opens its Dagster instance, loads its definitions and lands documents.
dagster-dbt starts `budget-dbt` as always (`dagster_project.dbt_workdir`): that process connects, hands
over its standard input, output and error, its arguments, environment and working directory, and waits;
the standby runs dbt with them, writing to dagster-dbt's pipe directly, and sends back dbt's exit
status, which `budget-dbt` exits with. Signals `budget-dbt` receives (dagster-dbt
interrupting a cancelled build) are passed on to the standby.

Before it waits, the standby parses the project once (`_warm_up`), so that the invocation finds dbt's
first-use costs paid. `budget-dbt` ends after the standby has ended, as it would end after its own dbt:
whoever started it may open dbt's DuckDB file at once (the build publishes it).

A standby serves one invocation. Without one (runs launched by the daemon or the UI, a second invocation
in one build, a standby that failed to start), `budget-dbt` runs dbt itself, as before. The standby dies
with the build process (Linux's parent-death signal) and is stopped at the end of the build.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable

from .collector import paused_collector, return_freed_memory
from .processes import start_time

STANDBY_ENV = "BUDGET_DBT_STANDBY"
# What a dbt build imports beyond dbt's command line (measured: the DuckDB adapter and the build's tasks).
_PRELOAD = (
    "dbt.cli.main",
    "dbt.adapters.duckdb",
    "dbt.adapters.duckdb.impl",
    "dbt.task.build",
    "dbt.compilation",
    "dbt.parser.sql",
    "dbt_common.clients.agate_helper",
    "multiprocessing.pool",
)
_MESSAGE_BYTES = 1 << 20  # an invocation's arguments and environment: a few kilobytes


class Standby:
    """A standby dbt process of this build, named in os.environ while it lives (see the module's text)."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="budget-dbt-")  # private to this user (mode 0700)
        self.path = os.path.join(self.folder, "socket")
        self._previous = os.environ.get(STANDBY_ENV)
        self.process: subprocess.Popen | None = None
        try:
            # Listening before the standby starts: an invocation that comes while it imports waits for it.
            with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as listener:
                listener.bind(self.path)
                listener.listen(1)
                self.process = subprocess.Popen(
                    [sys.executable, "-m", __name__, self.path, str(listener.fileno()), str(os.getpid())],
                    pass_fds=(listener.fileno(),),  # (closed here when the block ends: the standby's now)
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    # dagster-dbt reads dbt's output line by line as it comes (it sets this for its dbt)
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
        except OSError:
            return  # (a socket path over the system's length limit, no processes left): dbt starts as before
        os.environ[STANDBY_ENV] = self.path

    def stop(self) -> None:
        """End the standby (if no dbt invocation used it, or it is still running one after the build gave
        up on it) and take its name out of the environment."""
        if self._previous is None:
            os.environ.pop(STANDBY_ENV, None)
        else:
            os.environ[STANDBY_ENV] = self._previous
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def run_in_standby(argv: list[str]) -> int | None:
    """Run this dbt invocation in the build's standby: its exit status, or None when no standby takes it
    (run dbt in this process then). Called by `budget-dbt` after it changed to its working directory."""
    path = os.environ.pop(STANDBY_ENV, None)  # (dbt itself has no use for it)
    if not path:
        return None
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        connection.connect(path)
        invocation = {"argv": argv, "env": dict(os.environ), "cwd": os.getcwd()}
        socket.send_fds(connection, [json.dumps(invocation).encode()], [0, 1, 2])
        accepted = connection.recv(_MESSAGE_BYTES)  # once the standby has its imports done
    except OSError:
        return None  # gone, never started, or serving another invocation
    if not accepted:
        return None  # it ended before taking this invocation
    pid = json.loads(accepted)["pid"]

    def pass_on(signum, _frame):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, pass_on)
    ended = connection.recv(_MESSAGE_BYTES)  # (resumed after a signal is passed on)
    if not ended:
        print(f"budget-dbt: the standby dbt process ({pid}) ended without an exit status", file=sys.stderr)
        return 1
    # dbt leaves its DuckDB file open (locked) until its process ends, and whoever started `budget-dbt`
    # opens that file as soon as `budget-dbt` ends (the build publishes it): end after the standby does.
    _wait_for_end(pid)
    return json.loads(ended)["exit"]


def _wait_for_end(pid: int, timeout: float = 60.0) -> None:
    """Until process `pid` has ended (its files closed, its locks released): a zombie counts as ended."""
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    except (OSError, AttributeError):  # (pidfd_open: Linux 5.3 and later)
        deadline = time.monotonic() + timeout
        while start_time(pid) and time.monotonic() < deadline:  # ("": gone or a zombie)
            time.sleep(0.005)
        return
    try:
        select.select([pidfd], [], [], timeout)  # readable once the process has ended
    finally:
        os.close(pidfd)


def _die_with_parent(parent: int) -> None:
    """SIGTERM when the build process ends, however it ends (Linux; elsewhere the build stops it)."""
    with contextlib.suppress(OSError, AttributeError):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the build ended before the signal was asked for
        sys.exit(0)


def _run_dbt(argv: list[str]) -> int:
    """dbt's command line, as the `dbt` executable runs it: its exit status."""
    from dbt.cli.main import cli

    sys.argv = argv
    try:
        cli()
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException:  # as the interpreter reports an uncaught exception, with its status
        traceback.print_exc()
        return 1
    return 0


def _warm_up() -> bool:
    """Parse the project once, as `make manifest` did, with a scratch copy of its parse state: dbt's first
    command in a process pays for building what it keeps for the next (its adapter's validation schema,
    the serializers of its manifest, its Jinja environment), 0.8 s of a build's dbt start that this moves
    onto the standby's idle time. Best effort: a failure here is the invocation's to meet and report.
    Whether dbt parsed the project."""
    from dbt.cli.main import dbtRunner

    from .paths import DBT_PROJECT_DIR

    prepared = DBT_PROJECT_DIR / "target" / "partial_parse.msgpack"
    if not prepared.exists():
        return False  # (no prepared state: parsing from scratch would cost more than it saves)
    saved_environment, saved_directory = dict(os.environ), os.getcwd()
    scratch = tempfile.mkdtemp(prefix="budget-dbt-warm-up-")
    try:
        shutil.copy(prepared, scratch)
        os.environ.pop("BUDGET_WAREHOUSE_PATH", None)  # (the profile renders as for `make manifest`)
        os.chdir(DBT_PROJECT_DIR)
        arguments = ["parse", "--project-dir", ".", "--profiles-dir", ".", "--target-path", scratch]
        arguments += ["--log-path", scratch, "--log-level-file", "none", "--quiet"]
        arguments += ["--no-send-anonymous-usage-stats", "--no-version-check"]
        return dbtRunner().invoke(arguments).success
    except Exception:  # (see above)
        return False
    finally:
        os.chdir(saved_directory)
        os.environ.clear()
        os.environ.update(saved_environment)
        shutil.rmtree(scratch, ignore_errors=True)


def _prepare() -> None:
    """Import dbt and warm it up (`_warm_up`)."""
    with paused_collector():  # (the imported objects kept out of the dbt run's collections too)
        for module in _PRELOAD:
            with contextlib.suppress(ImportError):
                importlib.import_module(module)
        _warm_up()
    return_freed_memory()  # (the warm-up's manifest: the standby waits through the landing)


def at_lowest_priority(work: Callable[[], None]) -> None:
    """Run `work` in a thread of this process at the lowest CPU priority (nice 19), and wait for it.

    Why: the standby prepares while the build lands its documents, whose parsing keeps both cores busy;
    at the same priority its 3 s of CPU were taken from the parse (the landing of 1,000 documents 0.9 s
    longer). At the lowest it takes what the landing leaves (its single-core stretches: the commit, the
    events of each document), long before dbt is invoked; and were it not done by then, it has the
    machine to itself while the build waits for dbt. Only this thread is lowered (Linux keeps a nice
    value per thread): the invocation runs in the process's main thread, at its priority, and so do the
    threads dbt and DuckDB start for it. An unprivileged process may lower a priority but never raise it
    again, hence the thread. Elsewhere than Linux `work` runs at the process's priority."""

    def lowered() -> None:
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        work()

    thread = threading.Thread(target=lowered, name="budget-dbt-prepare")
    thread.start()
    thread.join()


def serve(path: str, listening: int, parent: int) -> None:
    """Import dbt, take one invocation on the socket `listening` (file descriptor, bound at `path`), run
    it, send its exit status. `parent`: the build process."""
    _die_with_parent(parent)
    listener = socket.socket(fileno=listening)
    at_lowest_priority(_prepare)
    connection, _ = listener.accept()
    listener.close()  # one invocation: later ones find no standby and run dbt themselves
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    message, fds, _flags, _address = socket.recv_fds(connection, _MESSAGE_BYTES, 3)
    invocation = json.loads(message)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(invocation["cwd"])
    os.environ.clear()
    os.environ.update(invocation["env"])
    connection.send(json.dumps({"pid": os.getpid()}).encode())
    code = _run_dbt(invocation["argv"])
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    # Let go of the invocation's streams before it ends: dagster-dbt reads dbt's output until every copy
    # of the pipe is closed, and this process's own ending (its interpreter's teardown) is not dbt's.
    devnull = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(devnull, target)
    os.close(devnull)
    connection.send(json.dumps({"exit": code}).encode())
    # Ended at once: `budget-dbt` waits for this process's end (its DuckDB file closed by the system),
    # which the interpreter's own teardown of dbt's objects would only delay. dbt has written its files;
    # a DuckDB file it leaves with a write-ahead log is checkpointed by whoever opens it next (publish).
    os._exit(0)


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
