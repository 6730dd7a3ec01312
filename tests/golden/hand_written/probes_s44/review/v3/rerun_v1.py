"""Review v3's rerun of v1's probes: v1/compare.py with BASE /tmp/base44 (8921b24) and NEW /work/w44 (f2e4fd9).
Run: /work/w44/.venv/bin/python rerun_v1.py [probe-name-prefix ...] > rerun_v1.txt"""

import os
import runpy

os.environ.setdefault("REVIEW_BASE", "/tmp/base44")
os.environ.setdefault("REVIEW_NEW", "/work/w44")
runpy.run_path(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v1", "compare.py"), run_name="__main__"
)
