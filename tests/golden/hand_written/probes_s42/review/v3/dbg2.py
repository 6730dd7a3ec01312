"""dbg2.py ROOT FILE: trace rows_of's local `heads`/`tails`/`centred` at each coded row (sys.settrace)."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from dagster_project.parser import parse_document
from dagster_project.parser import functional as F

code = F.rows_of.__code__


def tracer(frame, event, arg):
    if frame.f_code is code:

        def local(frame, event, arg):
            if event == "line":
                l = frame.f_locals
                row = l.get("row")
                if (
                    row is not None
                    and getattr(row, "code", None)
                    and l.get("_last") != id(row)
                    and frame.f_lineno == LINE
                ):
                    l2 = {id(r): r.code for r in l["rows"]}
                    print(
                        row.code,
                        repr(row.label),
                        "heads:",
                        {l2.get(k, k): v for k, v in l["heads"].items()},
                        "tails:",
                        {l2.get(k, k): v for k, v in l["tails"].items()},
                        "centred:",
                        l.get("centred"),
                        "positioned:",
                        row.line.positioned,
                    )
            return local

        return local
    return None


import inspect

src, start = inspect.getsourcelines(F.rows_of)
LINE = start + next(i for i, s in enumerate(src) if "if carried:" in s and "name pieces" in src[i + 1])
sys.settrace(tracer)
p = Path(sys.argv[2])
parse_document(p.read_bytes(), p.name)
