#!/bin/bash
# usage: cmp.sh file  -> prints diff base vs main, then main output (dump.py)
D=$(cd $(dirname $0) && pwd); F=$(realpath $1)
(cd /tmp/base42 && /work/main/.venv/bin/python $D/dump.py /tmp/base42 $F > /tmp/v8a_base.out 2>&1)
(cd /work/main && /work/main/.venv/bin/python $D/dump.py /work/main $F > /tmp/v8a_main.out 2>&1)
echo "=== diff base -> main"; diff /tmp/v8a_base.out /tmp/v8a_main.out
echo "=== main"; cat /tmp/v8a_main.out
