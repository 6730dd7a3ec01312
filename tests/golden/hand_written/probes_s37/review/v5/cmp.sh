#!/bin/bash
# usage: cmp.sh probe-file ... ; prints today's reading (main) and the diffs base37 -> main and
# c54f796 (before the last two commits, extracted with git archive into /tmp/v5base) -> main
d=$(cd "$(dirname "$0")" && pwd)
for f in "$@"; do
f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
(cd /tmp/base37 && /work/main/.venv/bin/python $d/show.py /tmp/base37 "$f") > /tmp/v5_base.out 2>&1
(cd /tmp/v5base && /work/main/.venv/bin/python $d/show.py /tmp/v5base "$f") > /tmp/v5_prev.out 2>&1
(cd /work/main && /work/main/.venv/bin/python $d/show.py /work/main "$f") > /tmp/v5_main.out 2>&1
echo "===== $f  (main)"; cat /tmp/v5_main.out
echo "----- diff base37 -> main"; diff /tmp/v5_base.out /tmp/v5_main.out
echo "----- diff c54f796 -> main"; diff /tmp/v5_prev.out /tmp/v5_main.out
done
