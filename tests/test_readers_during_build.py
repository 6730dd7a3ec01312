"""Readers of the published warehouse never fail while a build runs: one reader holds a connection open
and two reconnect for every query, in a loop through a full build and publish; every query sees a
complete warehouse (old or new)."""

import subprocess
import sys
import textwrap
import time

from dagster_project.pipeline import build

READER = textwrap.dedent("""
    import sys, time, duckdb
    import os
    path, stop_file, held = sys.argv[1], sys.argv[2], sys.argv[3] == "held"
    stop_at = time.time() + 600  # a bound, should the test die before it creates the stop file
    queries = failures = 0
    runs = set()
    kept = duckdb.connect(path, read_only=True) if held else None  # one connection open all along
    while time.time() < stop_at and not os.path.exists(stop_file):
        try:
            con = kept or duckdb.connect(path, read_only=True)
            facts = con.execute("select count(*) from marts.fact_expenditure").fetchone()[0]
            runs.add(con.execute("select dagster_run_id from marts.build_info").fetchone()[0])
            assert facts > 0
            if not kept:
                con.close()
            queries += 1
        except Exception as exc:
            failures += 1
            print("FAIL", type(exc).__name__, exc, file=sys.stderr)
        time.sleep(0.01)
    print(queries, failures, len(runs))
""")


def test_readers_never_fail_during_a_full_build(env, tmp_path):
    published = str(env["root"] / "warehouse.duckdb")
    stop_file = tmp_path / "stop"
    modes = ["held", "reconnecting", "reconnecting"]
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, published, str(stop_file), mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for mode in modes
    ]
    time.sleep(2)
    try:
        assert build(env["instance"], force=True).success
        time.sleep(2)
    finally:
        stop_file.touch()
    results = [reader.communicate(timeout=120) for reader in readers]
    for (out, err), mode in zip(results, modes, strict=True):
        queries, failures, runs = map(int, out.split())
        assert failures == 0, err
        assert queries > 50
        # The held connection keeps reading the file it opened; reconnecting readers see the new build.
        assert runs == (1 if mode == "held" else 2)
