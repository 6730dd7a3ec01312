#!/bin/sh
# (v3 review) cmpc.sh PROBE: claims and warnings from the base (/tmp/base41) and HEAD
f=$(readlink -f "$1")
for root in /tmp/base41 /work/main; do echo "== $root"; (cd $root && /work/main/.venv/bin/python /work/main/tests/golden/hand_written/probes_s41/review/v3/claims.py $root "$f"); done
