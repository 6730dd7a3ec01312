"""Loading many long-lived objects (imports, Dagster's definitions) with Python's cyclic garbage collector
paused, then putting them out of its reach.

Why: an import makes hundreds of thousands of objects that live as long as the process and little garbage,
yet the collector runs over and over while they are made (Dagster's instance and definitions, which import
much of dbt, took 2.7 s to load instead of 1.9), and every later full collection walks them all again.
One collection (0.07 s after the definitions) before the freeze, so that no garbage is kept for the life of
a process that loads again."""

from __future__ import annotations

import contextlib
import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.freeze()
        if enabled:
            gc.enable()


def return_freed_memory() -> None:
    """Collect garbage and hand free heap pages back to the system (glibc keeps them otherwise), so that
    what a stage of a process used is not held through the stages that follow."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
