"""Parse each v4 probe (pdf, -layout, plain) with BASE (/tmp/base44, 8921b24) and NEW (/work/w44, faaa995):
v3/compare.py on this folder's probes and gen.EXPECTED. Run: /work/w44/.venv/bin/python compare.py [prefix ...]
> results.txt"""

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["REVIEW_PROBES"] = HERE
runpy.run_path(os.path.join(HERE, "..", "v3", "compare.py"), run_name="__main__")
