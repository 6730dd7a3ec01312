#!/bin/bash
# run.sh FILES...: chk.py under the base then today's (base line first)
D=$(cd $(dirname $0) && pwd)
A=(); for f in "$@"; do A+=("$(realpath $f)"); done
(cd /tmp/base42 && /work/main/.venv/bin/python $D/chk.py /tmp/base42 "${A[@]}") > /tmp/v7_b.txt 2>&1
(cd /work/main && /work/main/.venv/bin/python $D/chk.py /work/main "${A[@]}") > /tmp/v7_m.txt 2>&1
paste -d'\n' /tmp/v7_b.txt /tmp/v7_m.txt | sed 's/^/  /' | cut -c1-${W:-300}
