#!/bin/bash
# runall.sh FILES...: check.py under the base, then today's, interleaved (base line first)
D=$(cd $(dirname $0) && pwd)
A=(); for f in "$@"; do A+=("$(realpath $f)"); done
(cd /tmp/base42 && /work/main/.venv/bin/python $D/check.py /tmp/base42 "${A[@]}") > /tmp/v3r_cb.txt 2>&1
(cd /work/main && /work/main/.venv/bin/python $D/check.py /work/main "${A[@]}") > /tmp/v3r_cm.txt 2>&1
paste -d'\n' /tmp/v3r_cb.txt /tmp/v3r_cm.txt | cut -c1-${W:-260}
