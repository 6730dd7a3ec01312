"""Which unfinished runs a build releases (pipeline.release_dead_runs): those whose building process is
gone, never a live one (cases found by an adversarial review)."""

import os
import socket
import subprocess
import time

import dagster as dg

from dagster_project.pipeline import WORKER_TAG, release_dead_runs
from dagster_project.processes import start_time


@dg.op
def noop():
    return 1


@dg.job
def warehouse_job():
    noop()


def _started_run(instance, tags, **kwargs):
    run = instance.create_run_for_job(warehouse_job, tags=tags, **kwargs)
    instance.handle_new_event(
        dg.EventLogEntry(
            error_info=None,
            level="debug",
            user_message="",
            run_id=run.run_id,
            timestamp=0.0,
            dagster_event=dg.DagsterEvent(dg.DagsterEventType.RUN_START.value, job_name=warehouse_job.name),
        )
    )
    return run


def test_only_runs_whose_build_process_is_gone_are_released(tmp_path):
    gone = subprocess.Popen(["true"])
    gone.wait()
    host, me = socket.gethostname(), os.getpid()
    with dg.DagsterInstance.local_temp(str(tmp_path)) as instance:
        dead = _started_run(instance, {WORKER_TAG: f"{host}:{gone.pid}:12345"})
        live = _started_run(instance, {WORKER_TAG: f"{host}:{me}:{start_time(me)}"})
        # this process's pid, but another start time: a pid used again after the build died
        reused = _started_run(instance, {WORKER_TAG: f"{host}:{me}:1"})
        # re-executed from the UI: it copies its parent's tags (a dead builder's) but runs elsewhere
        child = _started_run(
            instance,
            {WORKER_TAG: f"{host}:{gone.pid}:12345"},
            parent_run_id=dead.run_id,
            root_run_id=dead.run_id,
        )
        elsewhere = _started_run(instance, {WORKER_TAG: f"another-host:{gone.pid}:12345"})
        untagged = _started_run(instance, {})
        # tagged before start times were recorded: judged by the pid alone
        old_dead = _started_run(instance, {WORKER_TAG: f"{host}:{gone.pid}"})
        old_live = _started_run(instance, {WORKER_TAG: f"{host}:{me}"})
        # killed and not yet reaped by its parent: a zombie, dead
        zombie = subprocess.Popen(["sleep", "0.2"])
        tag = f"{host}:{zombie.pid}:{start_time(zombie.pid)}"
        time.sleep(0.6)
        dead_zombie = _started_run(instance, {WORKER_TAG: tag})
        released = release_dead_runs(instance)
        zombie.wait()
        dead_runs = [dead, reused, old_dead, dead_zombie]
        assert sorted(released) == sorted(run.run_id for run in dead_runs)
        status = {run.run_id: run.status for run in instance.get_runs()}
        for run in dead_runs:
            assert status[run.run_id] == dg.DagsterRunStatus.FAILURE
        for run in (live, child, elsewhere, untagged, old_live):
            assert status[run.run_id] == dg.DagsterRunStatus.STARTED
