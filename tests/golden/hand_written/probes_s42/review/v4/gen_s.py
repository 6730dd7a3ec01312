"""三公 probes on the squeezed Jiangsu-final header (rules_s42b f1 geometry, as review v2's gen.py), with
variants: no 小计 under the vehicle group."""

import sys
from pathlib import Path

from lay2 import doc, line, right

HERE = Path(__file__).parent
UNIT = "江苏省某某厅"


def header_no_subtotal(blocks, phase_words=("预算数", "决算数"), size=60):
    """Per block 合计 | 因公出国（境）费 | 公务用车购置及运行费 (购置 | 运行, no 小计) | 公务接待费."""
    ends = []
    l_phase, l_group, l_out, l_top, l_run, l_fee = ([] for _ in range(6))
    for b in range(blocks):
        o = b * size
        l_phase.append((o + 31, phase_words[b]))
        l_group.append((o + 30, "公务用车购置及运行费"))
        l_out.append((o + 17, "因公出国（境）"))
        l_top += [(o + 8, "合计"), (o + 54, "公务接待费")]
        l_run += [(o + 20, "费"), (o + 32, "公务用车购置 公务用车运行")]
        l_fee += [(o + 35, "费"), (o + 46, "费")]
        ends.append([o + 14, o + 24, o + 38, o + 49, o + 61])
    lines = [
        line(*l_phase),
        "",
        line((1, "项目"), *l_group),
        line(*l_out),
        line(*l_top),
        line(*l_run),
        line(*l_fee),
    ]
    return lines, ends


def row(label, ends_flat, figures):
    return line((1, label), *(right(e, f) for e, f in zip(ends_flat, figures) if f is not None))


def make(name, figs, blocks=2, year=2021, kind="部门决算", title="一般公共预算财政拨款“三公”经费支出决算表"):
    header, ends = header_no_subtotal(blocks)
    flat = [e for b in ends for e in b]
    table = [
        title,
        f"部门：{UNIT}" + " " * 80 + "金额单位：万元",
        "",
        *header,
        "",
        row("金额", flat, figs),
        "",
    ]
    (HERE / name).write_text(doc(UNIT, year, kind, table), encoding="utf-8")


if __name__ == "__main__":
    # 预算: 合计 10.00 = 出国 0 + 车 (购置 0 + 运行 4.00) + 接待 6.00; 决算: 合计 9.00 = 运行 3.50 + 接待 5.50
    make(sys.argv[1], [s if s != "-" else None for s in sys.argv[2].split(",")])
