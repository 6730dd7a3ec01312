# (v4 review) gen_functional.py: a layout 一般公共预算支出表 over two pages, its header printed again on the
# second, its names top-aligned and wrapped at six characters (a name's last piece may fill the cell)
import pathlib

HERE = pathlib.Path(__file__).parent
NAME_COL, COLS, WRAP = 12, (44, 60, 76), 6


def put(line, col, text):
    # (pdftotext -layout sets each word at the character offset of its place: a CJK character is one
    # character of the line but two columns of the page, so the next word starts 2*len(CJK) later)
    return line + " " * max(col - len(line), 1 if line else 0) + text


def right(line, end, text):
    return put(line, end - len(text), text)


def rows(code, name, figures):
    pieces = [name[k : k + WRAP] for k in range(0, len(name), WRAP)]
    first = put(code, NAME_COL, pieces[0]) if code else put("", NAME_COL, pieces[0])
    for end, fig in zip(COLS, figures, strict=True):
        if fig:
            first = right(first, end, fig)
    return [first] + [put("", NAME_COL, piece) for piece in pieces[1:]]


HEADER = [
    put(put(put(put("科目编码", NAME_COL, "科目名称"), 38, "合计"), 52, "基本支出"), 68, "项目支出"),
]
PAGE1 = [
    ("", "合计", ("500.00", "200.00", "300.00")),
    ("208", "社会保障和就业支出", ("500.00", "200.00", "300.00")),
    ("20805", "行政事业单位养老支出", ("200.00", "200.00", "")),
    ("2080505", "机关事业单位基本养老保险缴费支出", ("200.00", "200.00", "")),
]
PAGE2 = [
    ("20826", "财政对基本养老保险基金的补助", ("300.00", "", "300.00")),
    ("2082602", "财政对城乡居民基本养老保险基金的补助", ("200.00", "", "200.00")),
    ("2082699", "财政对其他基本养老保险基金的补助", ("100.00", "", "100.00")),
]

if __name__ == "__main__":
    text = [
        "某某县人力资源和社会保障局2024年部门预算",
        "",
        "表5",
        "                         一般公共预算支出表",
        "单位名称：某某县人力资源和社会保障局                                          单位：万元",
    ]
    text += HEADER
    for code, name, figs in PAGE1:
        text += rows(code, name, figs)
    text += ["", "                                   第 6 页", "\f" + HEADER[0]]
    for code, name, figs in PAGE2:
        text += rows(code, name, figs)
    text += ["", "                                   第 7 页"]
    (HERE / "functional_repeated_header_full_tail_given_to_next_row.layout.txt").write_text(
        "\n".join(text) + "\n", encoding="utf-8"
    )
