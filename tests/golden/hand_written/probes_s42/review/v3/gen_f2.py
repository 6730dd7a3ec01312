"""f2's subjects (F2) and a hand-typed -layout rendition (run as a script; the kept probe is gen_pdfs.py's, drawn as a
PDF and put through the real pdftotext): split code columns (类 | 款 | 项), names centred on their code's line in a
6-em cell: a three-line name ("机关事业单位" / "208 05 06 职业年金缴费" / "支出") before a one-line 类 ("210 卫生健康支出")
whose next row's name starts above its line."""

import v3gen
from v3gen import FIG, UNIT, aligned, doc, line, rows, write

NX = 16
F2 = [
    (None, "合计", (129.22, 129.22, 0)),
    ("208", "社会保障和就业支出", (84, 84, 0)),
    ("20805", "行政事业单位养老支出", (84, 84, 0)),
    ("2080505", "机关事业单位基本养老保险缴费支出", (60, 60, 0)),
    ("2080506", "机关事业单位职业年金缴费支出", (24, 24, 0)),
    ("210", "卫生健康支出", (45.22, 45.22, 0)),
    ("21011", "行政事业单位医疗", (45.22, 45.22, 0)),
    ("2101101", "行政单位医疗", (26.80, 26.80, 0)),
    ("2101102", "事业单位医疗", (18.42, 18.42, 0)),
]
v3gen.F2 = F2


def hdr(title, cols):
    return [
        line((20, title)),
        line((0, f"编制单位：{UNIT}"), (72, "单位：万元")),
        line(
            (0, "类"), (4, "款"), (8, "项"), (NX + 2, "科目名称"), *[(x, c, "r") for x, c in zip(FIG, cols)]
        ),
        "",
    ]


def split(code):
    return "  ".join([code[:3]] + [code[i : i + 2] for i in range(3, len(code), 2)])


if __name__ == "__main__":
    spec = [aligned(split(c) if c else None, n, figs, 6, "centre") for c, n, figs in F2]
    t1 = hdr(f"{UNIT}2024年部门收入总表", ("合计", "一般公共预算", "政府性基金")) + rows(spec, name_x=NX)
    t2 = hdr(f"{UNIT}2024年部门支出总表", ("合计", "基本支出", "项目支出")) + rows(spec, name_x=NX)
    write("scratch_f2_by_hand.layout.txt", doc(2024, "部门预算", [t1, t2]))
