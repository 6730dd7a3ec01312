#!/bin/sh
# usage: cmp.sh FILE [sangong|claims|all]
here=$(cd "$(dirname "$0")" && pwd)
echo "=== TODAY"; (cd /work/main && .venv/bin/python "$here/show.py" /work/main "$1" "$2")
echo "=== BASE";  (cd /tmp/base42 && /work/main/.venv/bin/python "$here/show.py" /tmp/base42 "$1" "$2")
