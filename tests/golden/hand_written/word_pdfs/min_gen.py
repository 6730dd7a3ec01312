"""Minimal one-table PDFs isolating the defects the four documents showed (drawn with gen.py's engine,
labels as whole runs and stroked rules, so that neither the runs nor the rules are the cause).
Run: <python with reportlab> min_gen.py ; then pdftotext -layout each."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import word_pdfs_data as DT  # noqa: E402
from gen import OUT, Doc, Table, coded_rows, modes_cycle, sangong_table  # noqa: E402

W = lambda i, j: "whole"  # noqa: E731


def m1():
    doc = Doc(f"{OUT}/m1_gb_basic_subtotal.pdf")
    doc.head_mode = "whole"
    y = doc.title("某某市某某局2025年一般公共预算支出表", "表5")
    heads = [
        (0, 0, 2, 1, "科目编码"),
        (0, 1, 2, 1, "科目名称"),
        (0, 2, 2, 1, "合计"),
        (0, 3, 1, 3, "基本支出"),
        (0, 6, 2, 1, "项目支出"),
        (1, 3, 1, 1, "小计"),
        (1, 4, 1, 1, "人员经费"),
        (1, 5, 1, 1, "公用经费"),
    ]
    Table(doc, [60, 240, 85, 85, 85, 85, 85], heads, 2, ["L", "L"] + ["R"] * 5, W).draw(
        y, coded_rows(DT.M1_GB)
    )
    doc.finish()


def m2():
    doc = Doc(f"{OUT}/m2_econ_group_header.pdf")
    doc.head_mode = "whole"
    y = doc.title("某某市某某局2025年一般公共预算基本支出表", "表6")
    heads = [
        (0, 0, 2, 1, "经济分类\n科目编码"),
        (0, 1, 2, 1, "经济分类科目名称"),
        (0, 2, 1, 3, "本年一般公共预算基本支出"),
        (1, 2, 1, 1, "合计"),
        (1, 3, 1, 1, "人员经费"),
        (1, 4, 1, 1, "公用经费"),
    ]
    rows = [(c, ("\u3000" if len(c) == 5 else "") + nm, v) for c, nm, v in DT.M2_ECON]
    Table(doc, [90, 250, 110, 110, 110], heads, 2, ["L", "L", "R", "R", "R"], W).draw(y, coded_rows(rows))
    doc.finish()


def m3():
    for k, vals in DT.M3_SANGONG.items():
        doc = Doc(f"{OUT}/{k}_sangong_2row.pdf")
        doc.head_mode = "whole"
        setattr(DT, "X_SANGONG", vals)
        sangong_table(doc, "X", "某某市某某局2025年一般公共预算“三公”经费支出表", "表7")
        doc.finish()


if __name__ == "__main__":
    m1()
    m2()
    m3()
    print("ok")
