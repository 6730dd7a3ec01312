#!/bin/bash
# usage: cmp.sh probe-file ... ; prints today's reading (main) and the diff base -> main
d=$(cd "$(dirname "$0")" && pwd)
for f in "$@"; do
f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
(cd /tmp/base37 && /work/main/.venv/bin/python $d/show.py /tmp/base37 "$f") > /tmp/v4_base.out 2>&1
(cd /work/main && /work/main/.venv/bin/python $d/show.py /work/main "$f") > /tmp/v4_main.out 2>&1
echo "===== $f  (main)"; cat /tmp/v4_main.out
echo "----- diff base -> main"; diff /tmp/v4_base.out /tmp/v4_main.out
done
