# (v4 review) gen_sangong.py: layout texts of a 三公 budget table whose vehicle group's name wraps in
# narrow cells, as pdftotext -layout prints them
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).parent


def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def put(line, col, text):
    # (pdftotext -layout sets each word at the character offset of its place: a CJK character is one
    # character of the line but two columns of the page, so the next word starts 2*len(CJK) later)
    pad = col - len(line)
    return line + " " * max(pad, 1 if line else 0) + text


def table(columns, figures, step=16, left=4):
    """columns: per column its header pieces top to bottom, each centred in its column; figures
    right-aligned near the column's end"""
    depth = max(len(c) for c in columns)
    lines = []
    for k in range(depth):
        line = ""
        for n, pieces in enumerate(columns):
            if k < len(pieces) and pieces[k]:
                line = put(line, left + n * step + (step - width(pieces[k])) // 2, pieces[k])
        lines.append(line)
    row = ""
    for n, fig in enumerate(figures):
        row = put(row, left + n * step + step - 3 - len(fig), fig)
    return lines + [row]


def doc(columns, figures):
    head = [
        "某某县农业农村局2024年部门预算",
        "表7                          一般公共预算“三公”经费支出预算表                          单位：万元",
    ]
    return "\n".join(head + table(columns, figures)) + "\n"


FIG = ["13.00", "1.00", "10.00", "3.00", "7.00", "2.00"]
SHAPES = {
    # 5 characters a line: "公务用车购" / "置及运行费"
    "sangong_vehicle_group_wrapped_five_read_as_operation.layout.txt": [
        ["合计"],
        ["因公出国", "（境）费"],
        ["公务用车购", "置及运行费"],
        ["公务用车购", "置费"],
        ["公务用车运", "行费"],
        ["公务接待费"],
    ],
    # 7 characters a line: "公务用车购置及" / "运行费"
    "sangong_vehicle_group_wrapped_seven_read_as_operation.layout.txt": [
        ["合计"],
        ["因公出国（境", "）费"],
        ["公务用车购置及", "运行费"],
        ["公务用车购置", "费"],
        ["公务用车运行", "费"],
        ["公务接待费"],
    ],
    # three lines: "公务用车购置" / "及运行维护" / "费"
    "sangong_vehicle_group_three_lines_read_as_operation.layout.txt": [
        ["合计"],
        ["因公出国（境", "）费"],
        ["公务用车购置", "及运行维护", "费"],
        ["公务用车购置", "费"],
        ["公务用车运行", "维护费"],
        ["公务接待费"],
    ],
}

if __name__ == "__main__":
    for name, columns in SHAPES.items():
        (HERE / name).write_text(doc(columns, FIG), encoding="utf-8")
