"""The rules_s41b printers: rules_s40b's (rules_s38c's for the budgets, rules_s38d's for the finals, imported) with one
table kind added to rules_s38d's: "econ2", the 一般公共预算财政拨款基本支出决算表 as TWO side-by-side blocks (人员经费 |
公用经费, each 科目编码 | 科目名称 | 决算数). Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s40b"))
import s40b_print  # noqa: E402

s38d_print = s40b_print.s38d_print


def head_econ2(t, st):
    cells = [(0, 1, 0, 3, "人员经费"), (0, 1, 3, 6, "公用经费")]
    for b in range(2):
        cells += [
            (1, 2, 3 * b, 3 * b + 1, "科目编码"),
            (1, 2, 3 * b + 1, 3 * b + 2, "科目名称"),
            (1, 2, 3 * b + 2, 3 * b + 3, "决算数"),
        ]
    w = st.get("w_econ2", [44, 140, 70])
    return dict(nhead=2, cells=cells, widths=w * 2, aligns=["l", "l", "r"] * 2, rows=t.rows, hh=20)


s38d_print.HEADS["econ2"] = head_econ2
write_budget = s40b_print.write_budget
write_final = s40b_print.write_final
