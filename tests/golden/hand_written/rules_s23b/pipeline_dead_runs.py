"""pipeline.release_dead_runs (90d53bb) on a temporary Dagster instance: a run re-executed from the UI or by
run retries copies its parent's tags (dagster's use_parent_run_tags; TAGS_TO_MAYBE_OMIT_ON_RETRY does not
name budget_warehouse/worker), so a live re-execution carries the dead builder's host:pid. The next build
marks that live run failed. Simulated here: the re-executed run is STARTED and alive (this process stands
for its executor), its tag the parent's.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23b/pipeline_dead_runs.py"""

import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import dagster as dg

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from dagster_project.pipeline import WORKER_TAG, release_dead_runs  # noqa: E402


@dg.op
def noop():
    return 1


@dg.job
def warehouse_job():
    noop()


dead = subprocess.Popen(["true"])
dead.wait()  # a builder process that is gone
with tempfile.TemporaryDirectory(dir="/tmp/h9") as home:
    instance = dg.DagsterInstance.local_temp(home)
    tags = {WORKER_TAG: f"{socket.gethostname()}:{dead.pid}"}
    parent = instance.create_run_for_job(warehouse_job, tags=tags)
    instance.report_run_failed(parent, message="the builder was killed")
    # the re-execution (UI 'Re-execute' / run retries) copies the parent's tags, and runs now
    child = instance.create_run_for_job(
        warehouse_job,
        tags=dict(instance.get_run_by_id(parent.run_id).tags),
        parent_run_id=parent.run_id,
        root_run_id=parent.run_id,
    )
    instance.handle_new_event(
        dg.EventLogEntry(
            error_info=None,
            level="debug",
            user_message="",
            run_id=child.run_id,
            timestamp=0.0,
            dagster_event=dg.DagsterEvent(dg.DagsterEventType.RUN_START.value, job_name=warehouse_job.name),
        )
    )
    print("live re-executed run status before the next build:", instance.get_run_by_id(child.run_id).status)
    released = release_dead_runs(instance)
    print("released by the next build:", [r == child.run_id for r in released])
    print("live re-executed run status after:", instance.get_run_by_id(child.run_id).status)
