#!/bin/bash
# usage: cmp.sh probe-file ; prints base and main outputs and their diff
d=$(cd "$(dirname "$0")" && pwd)
for f in "$@"; do
(cd /tmp/base37 && /work/main/.venv/bin/python $d/show.py /tmp/base37 "$f") > /tmp/v1_base.out 2>&1
(cd /work/main && /work/main/.venv/bin/python $d/show.py /work/main "$f") > /tmp/v1_main.out 2>&1
echo "===== $f  (main)"; cat /tmp/v1_main.out
echo "----- diff base -> main"; diff /tmp/v1_base.out /tmp/v1_main.out
done
