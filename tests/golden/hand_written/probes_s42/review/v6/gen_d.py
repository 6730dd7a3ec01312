"""一般公共预算财政拨款支出决算表 with two phase blocks (年初预算数 | 决算数, each 合计 | 基本支出 | 项目支出); page 2
(no header) on a grid shifted by SHIFT columns. ROWS1 / ROWS2 choose what each page fills."""

import sys
from lay import line, cover

out, SHIFT, MODE = sys.argv[1], int(sys.argv[2]), sys.argv[3]
L = cover("某某县民政局", 2023, "部门决算")
L += [
    "\f" + line((30, "一般公共预算财政拨款支出决算表")),
    line((118, "公开05表")),
    line((0, "部门：某某县民政局"), (112, "金额单位：万元")),
    "",
]
E = [52, 66, 80, 96, 110, 124]
L.append(line((0, "项目"), (60, "年初预算数"), (104, "决算数")))
L.append(
    line(
        (0, "科目编码"),
        (10, "科目名称"),
        (E[0], "合计", "r"),
        (E[1], "基本支出", "r"),
        (E[2], "项目支出", "r"),
        (E[3], "合计", "r"),
        (E[4], "基本支出", "r"),
        (E[5], "项目支出", "r"),
    )
)


def row(code, name, *figs, s=0):
    parts = [(0, code)] if code else []
    parts.append((10, name))
    for e, f in zip(E, figs):
        if f:
            parts.append((e + s, f, "r"))
    return line(*parts)


if MODE == "a":  # page 1 basic only, page 2 project only
    p1 = [
        ("208", "社会保障和就业支出", "50.00", "50.00", "", "48.00", "48.00", ""),
        ("20805", "行政事业单位养老支出", "50.00", "50.00", "", "48.00", "48.00", ""),
        ("2080505", "机关事业单位基本养老保险缴费支出", "50.00", "50.00", "", "48.00", "48.00", ""),
    ]
    p2 = [
        ("213", "农林水支出", "30.00", "", "30.00", "29.00", "", "29.00"),
        ("21301", "农业农村", "30.00", "", "30.00", "29.00", "", "29.00"),
        ("2130199", "其他农业农村支出", "30.00", "", "30.00", "29.00", "", "29.00"),
    ]
    tot = ("", "合计", "80.00", "50.00", "30.00", "77.00", "48.00", "29.00")
for r in p1:
    L.append(row(*r))
L += ["", "", line((60, "16"))]
L.append("\f" + line((40, "续表")))
L.append("")
for r in p2:
    L.append(row(*r, s=SHIFT))
L.append(row(*tot, s=SHIFT))
L += ["", "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", "", line((60, "17")), ""]
open(out, "w").write("\n".join(L))
