"""Tables of the rules_s56c reports: ../rules_s56b/s56b_lib.py's build (imported; itself on ../rules_s56, ../rules_s55,
../rules_s42c and ../rules_s41c: the nine tables from the figures typed per 项, every identity re-added at import,
and those sets' shapes: 行次, 年初预算数 block, 三公 with the year before's block (sg_prior), 项目支出表, 续表 pages).
This set adds only the function names of 司法 (204) and 养老服务 (2081006) the earlier sets lacked (民政管理事务 is 20802, already known)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s56b"))
from s56b_lib import ECON, FUNC, build  # noqa: E402,F401

FUNC.update(
    {
        "204": "公共安全支出",
        "20406": "司法",
        "2040601": "行政运行",
        "2040604": "基层司法业务",
        "2040605": "普法宣传",
        "2040610": "社区矫正",
        "2081006": "养老服务",
    }
)
