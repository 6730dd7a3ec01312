"""一般公共预算支出表 (合计 | 基本支出 | 项目支出 | 备注), page 1 (header) basic-only rows, page 2 (no header, grid
shifted by SHIFT columns) project-only rows, page 3 the 合计 row (or TOTAL=first: 合计 first on page 1)."""

import sys
from lay import line, cover

out, SHIFT, REMARK, TOTAL = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
L = cover("某某县农业农村局", 2024, "部门预算")
L += ["\f" + line((30, "一般公共预算支出表")), line((0, "部门：某某县农业农村局"), (100, "单位：万元")), ""]
E = [64, 80, 96]
hdr = line(
    (0, "科目编码"), (14, "科目名称"), (E[0], "合计", "r"), (E[1], "基本支出", "r"), (E[2], "项目支出", "r")
)
if REMARK:
    hdr += "      备注"
L.append(hdr)


def row(code, name, *figs, s=0):
    parts = [(0, code)] if code else []
    parts.append((14, name))
    for e, f in zip(E, figs):
        if f:
            parts.append((e + s, f, "r"))
    return line(*parts)


tot = ("", "合计", "156.80", "126.80", "30.00")
if TOTAL == "first":
    L.append(row(*tot))
p1 = [
    ("208", "社会保障和就业支出", "126.80", "126.80", ""),
    ("20805", "行政事业单位养老支出", "126.80", "126.80", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "84.50", "84.50", ""),
    ("2080506", "机关事业单位职业年金缴费支出", "42.30", "42.30", ""),
]
p2 = [
    ("213", "农林水支出", "30.00", "", "30.00"),
    ("21301", "农业农村", "30.00", "", "30.00"),
    ("2130199", "其他农业农村支出", "30.00", "", "30.00"),
]
for r in p1:
    L.append(row(*r))
L += ["", line((50, "6"))]
L.append("\f")
for r in p2:
    L.append(row(*r, s=SHIFT))
L += ["", line((50, "7"))]
if TOTAL == "last":
    L.append("\f")
    L.append(row(*tot))
    L += ["", line((50, "8"))]
open(out, "w").write("\n".join(L) + "\n")
