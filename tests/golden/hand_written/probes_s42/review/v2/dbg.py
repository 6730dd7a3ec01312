"""Trace _read_positioned's choices for a probe (today's parser)."""

import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from dagster_project.parser import parse_document, sangong  # noqa: E402

orig_std, orig_hdr = sangong._standard_columns, sangong._header_columns


def std(table, ctx):
    r = orig_std(table, ctx)
    print("  standard:", [(i, p) for i, p, _l in r])
    return r


def hdr(table, ctx):
    r = orig_hdr(table, ctx)
    print("  header_columns:", [(i, p) for i, p, _l in r[0]])
    return r


sangong._standard_columns, sangong._header_columns = std, hdr
orig_pos = sangong._placed_by_position


def pos(table, ctx, line, row):
    r = orig_pos(table, ctx, line, row)
    print("  by position:", [(a.column_key, a.phase, a.amount_raw) for a in r])
    return r


sangong._placed_by_position = pos
parse_document(Path(sys.argv[1]).read_bytes(), Path(sys.argv[1]).name)
