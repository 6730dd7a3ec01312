"""Builds the warehouse from this folder's seven reports in a fresh scratch directory and compares the
marts with the hand-typed expectations of expected.py (../warehouse_review.py: statuses and how it builds).

Run:  /work/main/.venv/bin/python tests/golden/hand_written/rules_s28n/check.py [--warehouse PATH]
      (--warehouse: query an already built warehouse instead of building one)
"""

import argparse
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
sys.modules.pop("expected", None)  # another review folder's, imported before in the same process
import expected as E  # noqa: E402
from warehouse_review import Review  # noqa: E402

FILES = sorted(p.name for p in HERE.glob("n*.txt"))
REVIEW = Review(HERE, FILES, E, (E.A, E.B, E.C))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", type=Path)
    args = parser.parse_args()
    path = args.warehouse or REVIEW.build()
    with duckdb.connect(str(path), read_only=True) as con:
        REVIEW.check_all(con)


if __name__ == "__main__":
    main()
