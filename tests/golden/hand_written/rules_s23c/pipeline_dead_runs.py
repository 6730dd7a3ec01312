"""pipeline.release_dead_runs (c096b2c) on a temporary Dagster instance, runs STARTED and tagged as a build
tags them. Expected (typed by hand): a run whose builder process is gone is released; one whose builder
lives is not.
P1 a run left by a build of the version before c096b2c (tag "host:pid", no start time), its builder gone
P2 the builder killed but not yet reaped by its parent (a zombie: /proc/PID/stat stays, same start time)
P3 control: the builder gone, tag "host:pid:start"
P4 control: the pid now another process's (same pid, other start time)
P5 control: the builder alive (this process)
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23c/pipeline_dead_runs.py"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dagster as dg

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from dagster_project.pipeline import WORKER_TAG, release_dead_runs  # noqa: E402
from dagster_project.processes import start_time as _started  # noqa: E402


@dg.op
def noop():
    return 1


@dg.job
def warehouse_job():
    noop()


def started_run(instance, tag):
    run = instance.create_run_for_job(warehouse_job, tags={WORKER_TAG: tag})
    instance.handle_new_event(
        dg.EventLogEntry(
            error_info=None,
            level="debug",
            user_message="",
            run_id=run.run_id,
            timestamp=time.time(),
            dagster_event=dg.DagsterEvent(dg.DagsterEventType.RUN_START.value, job_name=warehouse_job.name),
        )
    )
    return run.run_id


host = socket.gethostname()
gone = subprocess.Popen(["sleep", "60"])
gone_started = _started(gone.pid)
gone.kill()
gone.wait()  # reaped: its pid is free
zombie = subprocess.Popen(["sleep", "60"])
zombie_started = _started(zombie.pid)
os.kill(zombie.pid, signal.SIGKILL)  # killed, not waited for: a zombie until its parent reaps it
time.sleep(0.3)
state = Path(f"/proc/{zombie.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
me = os.getpid()
CASES = [
    ("P1", f"{host}:{gone.pid}", True, "legacy tag host:pid, builder gone"),
    ("P2", f"{host}:{zombie.pid}:{zombie_started}", True, f"builder killed, a zombie (state {state})"),
    ("P3", f"{host}:{gone.pid}:{gone_started}", True, "builder gone (control)"),
    ("P4", f"{host}:{me}:{int(_started(me)) - 7}", True, "pid taken by another process (control)"),
    ("P5", f"{host}:{me}:{_started(me)}", False, "builder alive (control)"),
]
with tempfile.TemporaryDirectory(dir="/tmp/h10") as home:
    instance = dg.DagsterInstance.local_temp(home)
    ids = {case: started_run(instance, tag) for case, tag, _, _ in CASES}
    released = set(release_dead_runs(instance))
    for case, tag, want, why in CASES:
        got = ids[case] in released
        status = instance.get_run_by_id(ids[case]).status.value
        verdict = "OK" if got == want else "WRONG"
        print(f"{verdict:6} {case} {why}: expected released={want}, got released={got} (status {status})")
zombie.wait()
