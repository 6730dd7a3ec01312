"""Print the rules_s36f reports with rules_s33i's printer (../rules_s33i/s33i_print.py and its minipdf.py, imported),
one change: the cover, the 目录 and the part heading name the report a 单位预算 / 单位决算 (front()). gen.py only."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33i"))
import s33i_print as P  # noqa: E402


def front(doc, tabs, narrative, emit_line, emit_table, new_page, para):
    """The report's order: cover, 目录, 说明, the tables (第三部分), 名词解释 (第四部分)."""
    final = doc["kind"] == "final_account"
    y = doc["year"]
    kind = "单位决算" if final else "单位预算"
    part3 = f"第三部分 {y}年度{kind}表" if final else f"第三部分 {y}年{kind}表"
    emit_line(doc["org"], "cover")
    emit_line(f"{y}年度{kind}" if final else f"{y}年{kind}", "cover")
    emit_line(doc["date"], "date")
    new_page()
    emit_line("目  录", "toc_head")
    for text, heading in narrative:
        if heading and text.startswith("第"):
            if text.startswith("第四部分"):
                emit_line(part3, "toc")
                for n, t in P.numbered(tabs):
                    if n is not None:
                        emit_line(f"    {P.label_of(doc, n)} {t.title}", "toc")
            emit_line(text, "toc")
    new_page()
    for text, heading in narrative:
        if text.startswith("第四部分"):
            new_page()
            emit_line(part3, "part")
            for n, t in P.numbered(tabs):
                new_page()
                emit_table(n, t)
            new_page()
        para(text, heading)


P.front = front
write_text, write_pdf = P.write_text, P.write_pdf
