#!/bin/bash
D=$(cd $(dirname $0) && pwd)
for f in /work/shared/corpus/real/*; do
 b=$(basename $f)
 (cd /tmp/base42 && /work/main/.venv/bin/python $D/dump.py /tmp/base42 $f > /tmp/v7c_b_$b.out 2>&1)
 (cd /work/main && /work/main/.venv/bin/python $D/dump.py /work/main $f > /tmp/v7c_m_$b.out 2>&1)
 echo "$b $(diff /tmp/v7c_b_$b.out /tmp/v7c_m_$b.out | grep -c '^[<>]')"
done
