#!/bin/bash
# cmp.sh file... : today's reading vs the base's, then a diff
PY=/work/main/.venv/bin/python
D=$(realpath $(dirname "$0"))
for f in "$@"; do
  F=$(realpath "$f")
  $PY $D/show.py /work/main "$F" > /tmp/v2_new.txt 2>&1
  (cd /tmp/base37 && $PY $D/show.py /tmp/base37 "$F") > /tmp/v2_old.txt 2>&1
  echo "######## NEW"; cat /tmp/v2_new.txt
  echo "######## DIFF old->new"; diff /tmp/v2_old.txt /tmp/v2_new.txt
done
