"""Benchmarks at scale on a generated corpus, printed as a table (a benchmark, not a test).

    .venv/bin/python bench/scale.py --n 1000 [--n 10000] [--seed 2026] [--out bench/out] [--repeat 3]

For each N: generates the corpus (bench/corpus.py) unless it exists, then measures
1. parse throughput: every document parsed in one process (one core): documents/s, median and p95 ms;
2. end to end raw/ -> marts through Dagster (`budget-warehouse build`, real runs, a fresh instance,
   landing folder and warehouse under OUT/run-N): wall time and peak memory of the whole process tree;
3. incremental: one new document added to that warehouse, rebuilt the same way: wall time;
4. the same job done by a bare script (bench/bare_pipeline.py: process pool + DuckDB SQL, no Dagster,
   no dbt process): every model and data test of the dbt project run as plain SQL from a manifest
   compiled beforehand, so that 2 / 4 is what orchestration costs; and, as a lower bound, the script's
   two-statement variant (the main facts and the narrative's execution rates only): wall time, peak
   memory, and the ratio of 2 to each. With --repeat K, 2 and 4 run in turn K times each from scratch
   and their medians are compared (the machine's speed drifts by a fifth within minutes);
5. five analyst queries on the warehouse of 2: median latency of 10 runs each.
It also checks the warehouse against the ground truth (bench/accuracy.py) and prints the result.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.builds import build_env, dbt_run_results  # noqa: E402
from bench.corpus import generator_version  # noqa: E402
from dagster_project.parser import COMPILED, document_id_for, parse_document  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")

QUERIES = {
    "execution rate by unit and year": """
        select unit_name, fiscal_year, budget_yuan, actual_yuan, execution_rate
        from marts.budget_execution where item_kind = 'total'
        order by unit_name, fiscal_year""",
    "execution rate by 类 across units": """
        select subject_code, item_name, sum(budget_yuan) as budget_yuan, sum(actual_yuan) as actual_yuan,
               sum(actual_yuan) / nullif(sum(budget_yuan), 0) as execution_rate
        from marts.budget_execution where item_kind = 'functional_class'
        group by subject_code, item_name order by subject_code""",
    "top variances": """
        select unit_name, fiscal_year, item_name, budget_yuan, actual_yuan,
               actual_yuan - budget_yuan as variance
        from marts.budget_execution order by abs(actual_yuan - budget_yuan) desc limit 20""",
    "year on year": """
        with yearly as (
            select unit_id, fiscal_year, sum(amount_yuan) as actual_yuan
            from marts.fact_expenditure where phase = 'actual' group by unit_id, fiscal_year)
        select unit_id, fiscal_year, actual_yuan,
               actual_yuan / nullif(lag(actual_yuan) over (partition by unit_id order by fiscal_year), 0) - 1
                   as change
        from yearly order by unit_id, fiscal_year""",
    "drill-down 类 -> 款 -> 项": """
        select s.class_code, s.class_name, s.kuan_code, s.kuan_name, f.subject_code, s.subject_name,
               sum(f.amount_yuan) as amount_yuan
        from marts.fact_expenditure as f
        join marts.dim_subject_code as s on f.subject_key = s.subject_key
        where f.phase = 'actual' and s.class_code = '208'
        group by all order by all""",
}


class PeakMemory:
    """Peak resident memory of a process and all its descendants, sampled from /proc every 0.1 s."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(entry))
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo += children.get(pid, [])
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in self._tree():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            self.peak = max(self.peak, total)
            self._stop.wait(0.1)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_measured(cmd: list[str], env: dict) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    memory = PeakMemory(proc.pid)
    output, _ = proc.communicate()
    peak = memory.stop()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{output[-3000:]}")
    return time.perf_counter() - start, peak, output


def ensure_corpus(n: int, seed: int, out: Path) -> Path:
    """The corpus of N documents from SEED, generated again when the generator has changed since."""
    corpus = out / f"corpus-{n}-seed{seed}"
    manifest = corpus / "manifest.json"
    current = (
        manifest.exists()
        and json.loads(manifest.read_text(encoding="utf-8")).get("generator") == generator_version()
    )
    if not current:
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run(
            [sys.executable, "bench/corpus.py", "--n", str(n + 1), "--seed", str(seed), "--out", str(corpus)],
            cwd=ROOT,
            check=True,
        )
    return corpus


def parse_throughput(corpus: Path, files: list[str]) -> dict:
    times = []
    for relative in files:
        data = (corpus / "raw" / relative).read_bytes()
        start = time.perf_counter()
        parse_document(data, relative, document_id_for(relative))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "docs_per_s": len(times) / (sum(times) / 1000),
        "median_ms": statistics.median(times),
        "p95_ms": times[max(0, round(0.95 * len(times)) - 1)],
    }


def _dbt_slowest(count: int = 8) -> list[tuple[str, float]]:
    """The slowest dbt nodes of the newest dbt run."""
    results = dbt_run_results()
    if not results:
        return []
    slowest = sorted(results, key=lambda r: -r["execution_time"])[:count]
    total = sum(r["execution_time"] for r in results)
    return [("all nodes", total)] + [(r["unique_id"].split(".", 2)[-1], r["execution_time"]) for r in slowest]


def compiled(warehouse: Path) -> Path:
    """The dbt project compiled for the bare script (not timed, as the manifest of the Dagster job is
    prepared ahead of time): sources at the placeholder it replaces, relations in WAREHOUSE."""
    target = warehouse.with_name("bare-dbt-target")
    env = {**os.environ, "BUDGET_LANDING_DIR": "/__landing__", "BUDGET_WAREHOUSE_PATH": str(warehouse)}
    dbt = [str(ROOT / ".venv/bin/dbt"), "compile", "-q", "--target-path", str(target)]
    subprocess.run(
        [*dbt, "--project-dir", ".", "--profiles-dir", "."],
        cwd=ROOT / "dbt",
        env=env,
        check=True,
    )
    warehouse.unlink(missing_ok=True)
    return target / "manifest.json"


def marts_differ(bare: Path, warehouse: Path) -> dict[str, int]:
    """Rows of each mart found in one database and not the other: the bare script must have done the
    same job for the comparison to mean anything."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"attach '{bare}' as bare (read_only)")
    con.execute(f"attach '{warehouse}' as warehouse (read_only)")
    marts = [
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables where table_catalog = 'warehouse' "
            "and table_schema = 'marts' and table_name != 'build_info'"
        ).fetchall()
    ]
    differ = {}
    for mart in marts:
        a, b = f"bare.marts.{mart}", f"warehouse.marts.{mart}"
        differ[mart] = con.execute(
            f"select (select count(*) from (from {a} except all from {b}))"
            f" + (select count(*) from (from {b} except all from {a}))"
        ).fetchone()[0]
    con.close()
    return differ


def query_latency(warehouse: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    out = {}
    for name, sql in QUERIES.items():
        times = []
        for _ in range(10):
            start = time.perf_counter()
            con.execute(sql).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        out[name] = statistics.median(times)
    return out


def bench(n: int, seed: int, out: Path, repeat: int = 1) -> dict:
    corpus = ensure_corpus(n, seed, out)
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    files, extra = manifest["files"][:n], manifest["files"][n]
    # raw/ holds the first n documents; the (n+1)th is the one added for the incremental run.
    raw = out / f"run-{n}" / "raw"
    workdir = out / f"run-{n}"
    shutil.rmtree(workdir, ignore_errors=True)
    for relative in files:
        target = raw / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(corpus / "raw" / relative, target)
    result: dict = {"n": n, "repeat": repeat}
    result["parse"] = parse_throughput(corpus, files)
    cli = [str(ROOT / ".venv/bin/budget-warehouse"), "build"]
    bare_out = workdir / "bare.duckdb"
    bare = [sys.executable, "bench/bare_pipeline.py", str(raw), str(bare_out)]
    models = compiled(bare_out)
    # The Dagster job and the bare script run in turn, `repeat` times each on a fresh landing folder,
    # instance and warehouse: the ratio is of their medians, so the machine's drift (its speed varies by
    # a fifth within minutes) weighs on both alike.
    dagster_runs, bare_runs, minimal_runs = [], [], []
    for _ in range(repeat):
        for stale in ("landing", "dagster_home", "warehouse.duckdb", "warehouse.duckdb.wal"):
            path = workdir / stale
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        env = build_env(workdir, raw)
        dagster_runs.append(run_measured(cli, env))
        minimal_runs.append(run_measured(bare, env))
        bare_runs.append(run_measured([*bare, "--same-models", str(models)], env))
    result["dagster_runs_s"] = [run[0] for run in dagster_runs]
    result["bare_runs_s"] = [run[0] for run in bare_runs]
    result["dagster_s"] = statistics.median(result["dagster_runs_s"])
    result["dagster_peak_bytes"] = max(run[1] for run in dagster_runs)
    result["bare_s"] = statistics.median(result["bare_runs_s"])
    result["bare_peak_bytes"] = max(run[1] for run in bare_runs)
    result["bare_minimal_s"] = statistics.median(run[0] for run in minimal_runs)
    result["bare_minimal_peak_bytes"] = max(run[1] for run in minimal_runs)
    build_output = dagster_runs[-1][2]
    result["build_output"] = [line for line in build_output.splitlines() if " documents in raw/ " in line]
    result["dbt_slowest"] = _dbt_slowest()
    # (both built from the same n documents: the last run of each)
    result["bare_marts_differ"] = marts_differ(bare_out, workdir / "warehouse.duckdb")
    target = raw / extra
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "raw" / extra, target)
    result["incremental_s"], _, incremental_output = run_measured(cli, env)
    result["incremental_output"] = [
        line for line in incremental_output.splitlines() if " documents in raw/ " in line
    ]
    result["queries_ms"] = query_latency(workdir / "warehouse.duckdb")
    accuracy = subprocess.run(
        [sys.executable, "bench/accuracy.py", str(corpus), "--warehouse", str(workdir / "warehouse.duckdb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    result["accuracy"] = accuracy.stdout.strip()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (repeatable); default 1000")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/out")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of the Dagster job and of the bare script each, in turn"
    )
    args = parser.parse_args()
    results = [bench(n, args.seed, args.out.resolve(), args.repeat) for n in (args.n or [1000])]
    mb = 1024 * 1024
    print(f"\nparser: {'compiled (mypyc, tools/compile_parser.py)' if COMPILED else 'from its sources'}")
    print(f"{'measure':<44}" + "".join(f"{r['n']:>14,} docs" for r in results) + "   target")
    rows = [
        ("1. parse, documents/s on one core", lambda r: f"{r['parse']['docs_per_s']:.0f}", ""),
        ("   parse, median ms per document", lambda r: f"{r['parse']['median_ms']:.2f}", "<= 10 ms"),
        ("   parse, p95 ms per document", lambda r: f"{r['parse']['p95_ms']:.2f}", ""),
        ("2. Dagster + dbt end to end, s", lambda r: f"{r['dagster_s']:.1f}", "10k <= 600 s"),
        ("   runs (median above)", lambda r: " / ".join(f"{t:.1f}" for t in r["dagster_runs_s"]), ""),
        ("   peak memory, MB", lambda r: f"{r['dagster_peak_bytes'] / mb:.0f}", "<= 2048 MB"),
        ("3. one new document, s", lambda r: f"{r['incremental_s']:.1f}", "<= 60 s"),
        ("4. bare script, same models and tests, s", lambda r: f"{r['bare_s']:.1f}", ""),
        ("   runs (median above)", lambda r: " / ".join(f"{t:.1f}" for t in r["bare_runs_s"]), ""),
        ("   bare script peak memory, MB", lambda r: f"{r['bare_peak_bytes'] / mb:.0f}", ""),
        ("   Dagster + dbt / bare script", lambda r: f"{r['dagster_s'] / r['bare_s']:.2f}x", "<= 2x"),
        ("   bare script, two statements only, s", lambda r: f"{r['bare_minimal_s']:.1f}", ""),
        ("   Dagster + dbt / two statements", lambda r: f"{r['dagster_s'] / r['bare_minimal_s']:.2f}x", ""),
    ]
    for name in QUERIES:
        rows.append(
            (f"5. {name}, median ms", lambda r, name=name: f"{r['queries_ms'][name]:.1f}", "<= 200 ms")
        )
    for label, value, target in rows:
        print(f"{label:<44}" + "".join(f"{value(r):>19}" for r in results) + f"   {target}")
    for r in results:
        print(f"\n{r['n']} documents: the build said: {' / '.join(r['build_output'])}")
        print("slowest dbt nodes of that build, s: " + ", ".join(f"{n} {t:.1f}" for n, t in r["dbt_slowest"]))
        print(f"incremental build said: {' / '.join(r['incremental_output'])}")
        print(f"rows of each mart the bare script built differently: {r['bare_marts_differ']}")
        print(f"accuracy against the ground truth:\n{r['accuracy']}")
    (args.out / "scale.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
