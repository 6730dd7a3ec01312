"""Parse speed, printed as a table (a benchmark, not a test).

For every report of the corpus folder (default ../shared/corpus/real, or BUDGET_CORPUS_DIR): PDF text
extraction (pypdfium2, geometry) and parsing measured separately, side by side with poppler's
`pdftotext -layout` on the same file as the native-speed reference, and the parser on the text renditions.
Then the two seed-format reports (tests/golden/hand_written/: the Wuhan 2020 final account and the Xicheng
2021 budget, as plain `pdftotext` text), each parsed --seed-repeat times on one core: median and p95 ms per
document (the target is 10 ms), by the parser as it runs here (compiled by mypyc when `make env` could
compile it, tools/compile_parser.py) and, beside it, by the same parser from its sources. Each parser times
the seeds in a process of its own, started for that: what the process did before (the PDFs above, pdfium's
memory, the other parser's modules) weighs on no figure (about a millisecond a parse otherwise).

    .venv/bin/python bench/parse_speed.py [--repeat 20] [--text-repeat 200] [--seed-repeat 200] [--seeds-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from dagster_project.parser import COMPILED, parse_document
from dagster_project.parser.layout import lines_from_pdf

CORPUS = Path(os.environ.get("BUDGET_CORPUS_DIR", Path(__file__).resolve().parents[2] / "shared/corpus/real"))
SEEDS = [
    Path(__file__).resolve().parents[1] / "tests" / "golden" / "hand_written" / name
    for name in ("wuhan_2020_final.txt", "xicheng_2021_budget.txt")
]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20, help="runs per PDF (extraction and parse)")
    parser.add_argument("--text-repeat", type=int, default=200, help="runs per text rendition")
    parser.add_argument("--seed-repeat", type=int, default=200, help="runs per seed-format report")
    parser.add_argument("--seeds-only", action="store_true", help="the seed-format reports only")
    parser.add_argument("--seed-runs", action="store_true", help=argparse.SUPPRESS)  # (the child process)
    args = parser.parse_args()
    if args.seed_runs:
        print(json.dumps(seed_runs(args.seed_repeat)))
        return
    running = "compiled (mypyc)" if COMPILED else "from its sources"
    if not args.seeds_only:
        corpus_tables(args, running)
    print(
        f"\n{'seed-format report':<42}{'parser':<18}{'median ms':>10}{'p95 ms':>10}"
        f"   ({args.seed_repeat} runs each, one process per parser)"
    )
    parsers = {running: {}, "from its sources": {"BUDGET_PARSER": "source"}} if COMPILED else {running: {}}
    timings = {}
    for name, env in parsers.items():
        child = subprocess.run(
            [sys.executable, __file__, "--seed-runs", "--seed-repeat", str(args.seed_repeat)],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=True,
        )
        timings[name] = json.loads(child.stdout)
    for seed in SEEDS:
        for name in parsers:
            runs = timings[name][seed.name]
            print(f"{seed.name:<42}{name:<18}{statistics.median(runs):>10.2f}{p95(runs):>10.2f}")


def seed_runs(repeat: int) -> dict[str, list[float]]:
    """Milliseconds of each parse of each seed-format report, in this process."""
    out = {}
    for seed in SEEDS:
        data = seed.read_bytes()
        parse_document(data, seed.name)  # (its first parse fills the caches every later one finds)
        out[seed.name] = timed(lambda d=data, n=seed.name: parse_document(d, n), repeat)
    return out


def corpus_tables(args: argparse.Namespace, running: str) -> None:
    pdftotext = shutil.which("pdftotext")
    print(f"corpus: {CORPUS}   repeat: {args.repeat}   one process, one core   parser: {running}\n")
    header = (
        f"{'document':<42}{'pages':>6}{'extract ms':>12}{'parse ms':>10}{'total ms':>10}"
        f"{'pages/s':>9}{'pdftotext ms':>14}{'ratio':>7}"
    )
    print(header)
    print("-" * len(header))
    sums = {"pages": 0, "extract": 0.0, "parse": 0.0, "total": 0.0, "poppler": 0.0}
    for pdf in sorted(CORPUS.glob("*.pdf")):
        data = pdf.read_bytes()
        _lines, pages, _undrawn = lines_from_pdf(data)
        # (extraction and the whole parse timed in turn, run by run: the parse's own share is the median of
        # each run's difference, not the difference of two medians, which noise can make negative)
        extracts, totals = [], []
        for _ in range(args.repeat):
            extracts += timed(lambda d=data: lines_from_pdf(d), 1)
            totals += timed(lambda d=data, n=pdf.name: parse_document(d, n), 1)
        extract, total = statistics.median(extracts), statistics.median(totals)
        parse = statistics.median(t - e for t, e in zip(totals, extracts, strict=True))
        poppler = float("nan")
        if pdftotext:
            poppler = statistics.median(
                timed(
                    lambda p=pdf: subprocess.run(
                        [pdftotext, "-layout", "-enc", "UTF-8", str(p), "-"], capture_output=True, check=True
                    ),
                    args.repeat,
                )
            )
        sums["pages"] += pages
        sums["extract"] += extract
        sums["parse"] += parse
        sums["total"] += total
        sums["poppler"] += poppler
        print(
            f"{pdf.stem:<42}{pages:>6}{extract:>12.1f}{parse:>10.1f}{total:>10.1f}"
            f"{pages / total * 1000:>9.1f}{poppler:>14.1f}{extract / poppler:>7.2f}"
        )
    print("-" * len(header))
    if not sums["pages"]:
        print(f"no PDF in {CORPUS} (set BUDGET_CORPUS_DIR to the corpus folder)")
    else:
        print(
            f"{'all PDFs':<42}{sums['pages']:>6}{sums['extract']:>12.1f}{sums['parse']:>10.1f}"
            f"{sums['total']:>10.1f}{sums['pages'] / sums['total'] * 1000:>9.1f}{sums['poppler']:>14.1f}"
            f"{sums['extract'] / sums['poppler']:>7.2f}"
        )
    if not pdftotext:
        print("\npdftotext not found: `apt-get install poppler-utils` for the reference column")
    print(f"\n{'text rendition':<42}{'median ms':>10}{'p95 ms':>10}")
    for text in sorted(CORPUS.glob("*.txt")):
        data = text.read_bytes()
        runs = timed(lambda d=data, n=text.name: parse_document(d, n), args.text_repeat)
        print(f"{text.name:<42}{statistics.median(runs):>10.2f}{p95(runs):>10.2f}")


if __name__ == "__main__":
    main()
