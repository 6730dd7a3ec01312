#!/bin/sh
# usage: cmp3.sh FILE [sangong|claims|all]: the 三公 amounts / claims / diagnostics (show.py), today then base
here=$(cd "$(dirname "$0")" && pwd); f=$(realpath "$1")
echo "=== TODAY"; (cd /work/main && .venv/bin/python "$here/show.py" /work/main "$f" "$2")
echo "=== BASE";  (cd /tmp/base42 && /work/main/.venv/bin/python "$here/show.py" /tmp/base42 "$f" "$2")
