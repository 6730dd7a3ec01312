#!/bin/bash
# cmp.sh FILE: diff of dump.py, base -> today
D=$(cd $(dirname $0) && pwd); F=$(realpath $1)
(cd /tmp/base42 && /work/main/.venv/bin/python $D/dump.py /tmp/base42 $F > /tmp/v7_db.out 2>&1)
(cd /work/main && /work/main/.venv/bin/python $D/dump.py /work/main $F > /tmp/v7_dm.out 2>&1)
diff /tmp/v7_db.out /tmp/v7_dm.out; echo "today: $(grep -c ^A /tmp/v7_dm.out) amounts; $(grep '^D ' /tmp/v7_dm.out | grep -vc ' info ') non-info diags"
