#!/bin/bash
D=$(cd $(dirname $0) && pwd); F=$(realpath $1)
(cd /tmp/base42 && /work/main/.venv/bin/python $D/claims.py /tmp/base42 $F > /tmp/v8c_base.out 2>&1)
(cd /work/main && /work/main/.venv/bin/python $D/claims.py /work/main $F > /tmp/v8c_main.out 2>&1)
echo "=== diff base -> main"; diff /tmp/v8c_base.out /tmp/v8c_main.out
echo "=== main"; cat /tmp/v8c_main.out
