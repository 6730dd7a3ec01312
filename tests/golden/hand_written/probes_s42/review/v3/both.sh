#!/bin/bash
# both.sh FILE: labels from the base and today's parser side by side (diff)
D=$(cd $(dirname $0) && pwd); F=$(realpath $1)
(cd /tmp/base42 && /work/main/.venv/bin/python $D/labels.py /tmp/base42 $F > /tmp/v3r_lb.out 2>&1)
(cd /work/main && /work/main/.venv/bin/python $D/labels.py /work/main $F > /tmp/v3r_lm.out 2>&1)
if [ "$2" = "-d" ]; then diff /tmp/v3r_lb.out /tmp/v3r_lm.out; else diff -y -W 200 /tmp/v3r_lb.out /tmp/v3r_lm.out; fi
