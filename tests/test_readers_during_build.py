"""Readers of the published warehouse never fail while a build runs: several reader processes query in
a loop through a full build and publish, and every query sees a complete warehouse (old or new)."""

import subprocess
import sys
import textwrap
import time

from dagster_project.pipeline import build

READER = textwrap.dedent("""
    import sys, time, duckdb
    path, stop_at = sys.argv[1], float(sys.argv[2])
    queries = failures = 0
    runs = set()
    while time.time() < stop_at:
        try:
            with duckdb.connect(path, read_only=True) as con:
                facts = con.execute("select count(*) from marts.fact_expenditure").fetchone()[0]
                runs.add(con.execute("select dagster_run_id from marts.build_info").fetchone()[0])
                assert facts > 0
            queries += 1
        except Exception as exc:
            failures += 1
            print("FAIL", type(exc).__name__, exc, file=sys.stderr)
        time.sleep(0.01)
    print(queries, failures, len(runs))
""")


def test_readers_never_fail_during_a_full_build(env):
    published = str(env["root"] / "warehouse.duckdb")
    stop_at = time.time() + 45  # the build takes about 20 s on this machine
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, published, str(stop_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    assert build(env["instance"]).success
    results = [reader.communicate(timeout=120) for reader in readers]
    for out, err in results:
        queries, failures, runs = map(int, out.split())
        assert failures == 0, err
        assert queries > 50
        assert runs >= 1
    assert max(int(out.split()[2]) for out, _ in results) == 2, "readers saw the old and then the new build"
