"""The rules_s40b printers: rules_s38c's (budgets) and rules_s38d's (finals), imported, with one table kind added to
rules_s38d's: "sc_rows", the 国有资本经营预算财政拨款支出决算表 printing its rows (科目编码 | 科目名称 | 本年支出合计 |
基本支出 | 项目支出, the 栏次 row first) where the earlier sets only drew it empty. Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s38c"), os.path.join(HERE, "..", "rules_s38d")]
import s38c_print  # noqa: E402
import s38d_print  # noqa: E402


def head_sc_rows(t, st):
    cells = [
        (0, 1, 0, 2, "项目"),
        (1, 3, 0, 1, "科目编码"),
        (1, 3, 1, 2, "科目名称"),
        (0, 3, 2, 3, "本年支出合计"),
        (0, 3, 3, 4, "基本支出"),
        (0, 3, 4, 5, "项目支出"),
    ]
    rows = [["栏次", "", "1", "2", "3"]] + [list(r) for r in t.rows]
    return dict(
        nhead=3, cells=cells, widths=[60, 200, 80, 80, 80], aligns=["l", "l", "r", "r", "r"], rows=rows
    )


s38d_print.HEADS["sc_rows"] = head_sc_rows


def write_budget(path, doc, tabs, paras, front, glossary):
    s38c_print.write_pdf(path, doc, tabs, paras, front, glossary)


def write_final(path, doc, tabs, parts):
    s38d_print.write_pdf(path, doc, tabs, parts)
