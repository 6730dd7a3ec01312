#!/bin/sh
# (v4 review) cmp.sh PROBE [amounts|claims|all]: the base (/tmp/base41) and HEAD, side by side as a diff
f=$(readlink -f "$1"); w=${2:-all}; d=$(dirname "$(readlink -f "$0")")
(cd /tmp/base41 && /work/main/.venv/bin/python "$d/show.py" /tmp/base41 "$f" "$w") > /tmp/v4_base.out 2>&1
(cd /work/main && /work/main/.venv/bin/python "$d/show.py" /work/main "$f" "$w") > /tmp/v4_head.out 2>&1
echo "== HEAD"; cat /tmp/v4_head.out; echo "== diff base -> head"; diff /tmp/v4_base.out /tmp/v4_head.out
