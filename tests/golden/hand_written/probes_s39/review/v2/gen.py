"""Writes the -layout probes of this folder (python gen.py). Each table: page 1 prints the title and the
header, page 2 (after a form feed) continues the rows without a header, on a grid of its own."""

from lay import line

FF = "\f"


def table(
    cover,
    title,
    unit_line,
    header_lines,
    rows1,
    rows2,
    edges1,
    edges2,
    name_col=10,
    pageno=("8", "9"),
    after=(),
):
    """rows: (code, name, [figures per column, "" for a blank cell]); edges: right edge of each column."""

    def row(code, name, figs, edges):
        return line(
            *([(code, 0)] if code else []), (name, name_col), *[(f, e, "r") for f, e in zip(figs, edges) if f]
        )

    L = [line((cover[0], 24)), line((cover[1], 26)), "", line((title, 27)), line((unit_line, 70))]
    L += header_lines + [""]
    L += [row(c, n, f, edges1) for c, n, f in rows1]
    L += ["", line((pageno[0], 31))]
    page2 = [row(c, n, f, edges2) for c, n, f in rows2]
    if page2:
        page2[0] = FF + page2[0]
        L += page2 + ["", line((pageno[1], 31))]
    L += list(after)
    return "\n".join(L) + "\n"


def write(name, text):
    open(name, "w").write(text)


HDR3 = [line(("科目编码", 2), ("科目名称", 19), ("合计", 35), ("基本支出", 47), ("项目支出", 59))]
E3 = (43, 55, 67)

if __name__ == "__main__":
    # 1. A parent's split misprinted (its 基本 / 项目 swapped on the header page); the page after it, on
    #    the same grid, prints its 项' figures where they stand.
    write(
        "misprinted_parent_moves_rows_positioned_right.layout.txt",
        table(
            ("某某市文化和旅游局", "2023年部门预算"),
            "一般公共预算支出预算表",
            "单位：万元",
            HDR3,
            [
                ("", "合计", ["1500.00", "1000.00", "500.00"]),
                ("207", "文化旅游体育与传媒支出", ["900.00", "400.00", "500.00"]),
                ("20701", "文化和旅游", ["900.00", "400.00", "500.00"]),
                ("2070101", "行政运行", ["400.00", "400.00", ""]),
                ("2070199", "其他文化和旅游支出", ["500.00", "", "500.00"]),
                ("221", "住房保障支出", ["600.00", "600.00", ""]),
                ("22102", "住房改革支出", ["600.00", "250.00", "350.00"]),
            ],
            [
                ("2210201", "住房公积金", ["250.00", "250.00", ""]),
                ("2210202", "提租补贴", ["350.00", "350.00", ""]),
            ],
            E3,
            E3,
        ),
    )
