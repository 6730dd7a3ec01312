"""Tables of the rules_s56 reports: ../rules_s55/s55_lib.py's build (imported; on ../rules_s42c/s42c_lib.py and
../rules_s41c/s41c_lib.py: the standard 9-table set from the figures typed per functional 项, every identity re-added
at import, plus the shapes of those sets: 上级补助 / 事业 money, the 年初预算数 block, split / sparse codes, 合计 first,
the 三公 table with the year before's block, blank template columns …). The five reports of this set combine those
shapes in ways no earlier set did (README.md); the only additions here are the names of the 审计事务 codes.

Expectation conventions as s41c_lib's (a zero cell "0.00?"; an empty table present with is_empty)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s55"))
import s55_lib  # noqa: E402
from s55_lib import ECON, FUNC, build  # noqa: E402,F401

FUNC.update(
    {
        "20108": "审计事务",
        "2010801": "行政运行",
        "2010802": "一般行政管理事务",
        "2010804": "审计业务",
        "2010850": "事业运行",
    }
)

assert s55_lib
