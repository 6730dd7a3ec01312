"""python check.py PROBE [acTd]: PROBE through /work/main (now), /tmp/w40head (pre-mend, ed8a235) and /tmp/base40
(before the session); prints now's reading and the lines each other parser differs by."""

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
py = "/work/main/.venv/bin/python"
probe = Path(sys.argv[1]).resolve()
what = sys.argv[2] if len(sys.argv) > 2 else "acTd"


def run(root):
    return subprocess.run(
        [py, str(here / "dump.py"), root, str(probe), what], capture_output=True, text=True, cwd=root
    ).stdout.splitlines()


now, head, base = run("/work/main"), run("/tmp/w40head"), run("/tmp/base40")
print("== now")
print("\n".join(now))
for name, other in (("pre-mend w40head", head), ("base40", base)):
    print(f"== {name}: only there (-) / only now (+)")
    for l in other:
        if l not in now:
            print("-", l)
    for l in now:
        if l not in other:
            print("+", l)
