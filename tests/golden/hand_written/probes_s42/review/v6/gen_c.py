"""Fund table (政府性基金预算财政拨款收入支出决算表), later pages without the header, page 2 on a grid shifted by
SHIFT page columns; REMARK adds a 备注 header cell (blank in every row)."""

import sys
from lay import line, cover

out, SHIFT, REMARK = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
L = cover("某某县民政局", 2023, "部门决算")
L += [
    "\f" + line((30, "政府性基金预算财政拨款收入支出决算表")),
    line((118, "公开08表")),
    line((0, "部门：某某县民政局"), (112, "金额单位：万元")),
    "",
]
E = [50, 64, 78, 90, 102, 124]
first = line(
    (0, "项目"),
    (E[0] + 1, "年初结转和结余", "r"),
    (E[1], "本年收入", "r"),
    (88, "本年支出"),
    (E[5] + 1, "年末结转和结余", "r"),
)
if REMARK:
    first += "    备注"
L.append(first)
L.append(
    line(
        (0, "科目编码"),
        (10, "科目名称"),
        (E[2], "小计", "r"),
        (E[3], "基本支出", "r"),
        (E[4], "项目支出", "r"),
    )
)


def row(code, name, *figs, s=0):
    parts = [(0, code)] if code else []
    parts.append((10, name))
    for e, f in zip(E, figs):
        if f:
            parts.append((e + s, f, "r"))
    return line(*parts)


L.append(row("212", "城乡社区支出", "80.00", "", "80.00", "", "80.00"))
L.append(row("21208", "国有土地使用权出让收入安排的支出", "80.00", "", "80.00", "", "80.00"))
L.append(row("2120803", "城市建设支出", "80.00", "", "80.00", "", "80.00"))
L += ["", "", line((60, "16"))]
L.append("\f" + line((40, "续表")))
L.append("")
L.append(row("229", "其他支出", "", "300.00", "300.00", "", "300.00", s=SHIFT))
L.append(row("22960", "彩票公益金安排的支出", "", "300.00", "300.00", "", "300.00", s=SHIFT))
L.append(row("2296002", "用于社会福利的彩票公益金支出", "", "300.00", "300.00", "", "300.00", s=SHIFT))
L += ["", "", line((60, "17"))]
L.append("\f" + line((40, "续表")))
L.append("")
L.append(row("", "合计", "80.00", "300.00", "380.00", "", "380.00"))
L += [
    "",
    "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
    "",
    line((60, "18")),
    "",
]
open(out, "w").write("\n".join(L))
