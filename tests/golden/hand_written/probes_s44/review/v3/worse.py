"""Lines of a rerun where NEW differs from BASE (v1/v2 probes rerun with /tmp/base44 vs /work/w44)."""

import sys

for line in open(sys.argv[1]):
    if "  |  BASE" not in line:
        continue
    parts = line.rstrip("\n").split("  |  ")
    b, n = parts[1][6:], parts[2][5:]
    if b != n:
        print(line.rstrip())
