"""A process's state as Linux's /proc tells it: read by the build (runs whose builder died) and by the
standby dbt process (the end of the dbt it ran), which imports nothing heavy, hence a module of its own."""

from __future__ import annotations

import os

PROC = os.path.isdir("/proc/self")


def start_time(pid: int) -> str:
    """When a process started (clock ticks since boot, /proc/PID/stat's 22nd field); "" when it is gone or
    a zombie (killed, not yet reaped by its parent)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return ""
    return "" if fields[0] in ("Z", "X") else fields[19]
