#!/bin/sh
# (v5 review) cmp.sh PROBE [TABLE_KEY_PREFIX]: amounts, tables, warnings from the base (/tmp/base41) and HEAD
f=$(readlink -f "$1")
for root in /tmp/base41 /work/main; do echo "== $root"; (cd $root && /work/main/.venv/bin/python /work/main/tests/golden/hand_written/probes_s41/review/v5/amounts.py $root "$f" "$2"); done
