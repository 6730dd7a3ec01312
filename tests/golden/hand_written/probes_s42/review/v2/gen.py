"""Writes the probes of this folder (run from anywhere: python gen.py)."""

from pathlib import Path

from lay import doc, line, right

HERE = Path(__file__).parent
UNIT = "江苏省某某厅"


def sangong_header(blocks, extra=(), numbers=False, phase_words=("预算数", "决算数"), size=None):
    """A Jiangsu-final 三公 header as pdftotext -layout squeezes it (rules_s42b f1, its first block's
    geometry repeated): per block 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置 | 运行) |
    公务接待费, then the ``extra`` names (会议费, 培训费) 10 columns apart; returns (lines, the figure
    ends per block)."""
    size = size or 60 + 10 * len(extra)
    ends = []
    l_phase, l_group, l_out, l_top, l_run, l_sub, l_fee = ([] for _ in range(7))
    for b in range(blocks):
        o = b * size  # (offsets as in f1's first block, which starts at column 8)
        l_phase.append((o + 31 + 5 * len(extra), phase_words[b]))
        l_group.append((o + 32, "公务用车购置及运行费"))
        l_out.append((o + 17, "因公出国（境）"))
        l_top += [(o + 8, "合计"), (o + 54, "公务接待费")]
        l_run += [(o + 20, "费"), (o + 36, "公务用车购置 公务用车运行")]
        l_sub.append((o + 27, "小计"))
        l_fee += [(o + 39, "费"), (o + 46, "费")]
        for k, name in enumerate(extra):
            l_top.append((o + 66 + 10 * k, name))
        e = [o + 14, o + 24, o + 33, o + 42, o + 51, o + 61] + [o + 72 + 10 * k for k in range(len(extra))]
        ends.append(e)
    lines = [
        line(*l_phase),
        "",
        line((1, "项目"), *l_group),
        line(*l_out),
        line(*l_top),
        line(*l_run),
        line(*l_sub),
        line(*l_fee),
    ]
    if numbers:
        cols = [e for block in ends for e in block]
        lines.append(line((1, "栏次"), *(right(c - 1, str(n + 1)) for n, c in enumerate(cols))))
    return lines, ends


def row(label, ends_flat, figures):
    """A row: figures (None for a blank cell) right-aligned at the columns' ends."""
    return line((1, label), *(right(e, f) for e, f in zip(ends_flat, figures) if f is not None))


def write(name, text):
    (HERE / name).write_text(text, encoding="utf-8")


def p_meeting():
    header, ends = sangong_header(2, extra=("会议费", "培训费"))
    flat = [e for b in ends for e in b]
    # 预算数: 合计 9.00 = 车 3.00 (运行 3.00) + 接待 0.00 + 会议 6.00 (出国, 购置, 培训 blank)
    # 决算数: 合计 8.50 = 车 2.50 (运行 2.50) + 接待 0.00 + 会议 6.00
    figs = [
        "9.00",
        None,
        "3.00",
        None,
        "3.00",
        "0.00",
        "6.00",
        None,
        "8.50",
        None,
        "2.50",
        None,
        "2.50",
        "0.00",
        "6.00",
        None,
    ]
    table = [
        "一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表",
        f"部门：{UNIT}" + " " * 80 + "金额单位：万元",
        "",
        *header,
        "",
        row("金额", flat, figs),
        "",
    ]
    write("s1_meeting_columns_final.layout.txt", doc(UNIT, 2021, "部门决算", table))


def p_meeting_zero():
    header, ends = sangong_header(2, extra=("会议费", "培训费"))
    flat = [e for b in ends for e in b]
    # a unit without any of these: every cell 0.00
    table = [
        "一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表",
        f"部门：{UNIT}" + " " * 80 + "金额单位：万元",
        "",
        *header,
        "",
        row("金额", flat, ["0.00"] * 16),
        "",
    ]
    write("s2_meeting_columns_zero_row_final.layout.txt", doc(UNIT, 2021, "部门决算", table))


if __name__ == "__main__":
    p_meeting()
    p_meeting_zero()
