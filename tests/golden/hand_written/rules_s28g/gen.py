"""Write the rules_s28g inputs: the tables after the main ones, as provinces print them in final accounts and
budgets: 收入决算表 (income by functional code and source), 政府性基金预算财政拨款收入支出决算表 (年初结转和结余 |
本年收入 | 本年支出 小计 基本支出 项目支出 | 年末结转和结余) and its budget twin 政府性基金预算支出表, and
国有资本经营预算财政拨款支出决算表 / 国有资本经营预算支出表 (mostly empty, said in words), each input built
around one difficulty.

One table model renders both kinds of input (copied from rules_s28a/gen.py):
- ``*.layout.txt`` as `pdftotext -layout` prints a drawn table: a page column is one character column (9pt
  type: an ASCII glyph one column wide on the page, a CJK glyph two); every cell starts at its page column
  (left-aligned text one column inside its cell, figures right-aligned to its right border), but a CJK
  character is written as one character, so a line is padded with spaces up to the next cell's column; a
  cell that would start before the line's end is pushed one space after it. A row taller than a line prints
  its cells on half-line slots (top, centred or bottom aligned): pieces on different slots are different
  text lines.
- ``*.pdf`` drawn with minipdf (STSong-Light, not embedded; reportlab's canvas API): one layout column is
  4.5pt, ruled as a grid, by horizontal rules only, or not at all.
- ``*.txt`` (plain pdftotext: cells one space apart, blank cells dropped) typed directly.

The figures are typed here per input; the expectations are typed separately in rules_s28g_data.py.
Run: /work/main/.venv/bin/python gen.py (writes the inputs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]  # ../review_tables.py, the table model drawn here
import review_tables  # noqa: E402
from review_tables import (
    PAGE,
    Table,
    draw_pdf,
    dw,
    layout_lines,
)  # noqa: E402

review_tables.HERE, review_tables.PRODUCER = HERE, "rules_s28g gen.py"


# ------------------------------------------------------------------------------------------ shared parts
TOTAL_C = {"text": "合计", "align": "c"}


def cover_layout(unit, year, n_table, title, form, kind="决算", unit_word="单位：万元", width=120):
    """The lines above a table of a layout text: the report's cover words, the table's number, title, form
    number and the unit line."""
    head = f"{year}年度部门决算" if kind == "决算" else f"{year}年部门预算"
    return [
        unit,
        head,
        "",
        f"第二部分 {unit}{head}表",
        "",
        " " * (width // 2 - 2) + n_table,
        " " * (width // 2 - dw(title) // 2) + title,
        *([" " * (width - dw(form)) + form] if form else []),
        f"编制单位：{unit}" + " " * (width - dw(f"编制单位：{unit}") - dw(unit_word)) + unit_word,
    ]


def cover_pdf(unit, year, n_table, title, form, kind="决算", unit_word="单位：万元"):
    head = f"{year}年度部门决算" if kind == "决算" else f"{year}年部门预算"
    return [
        (f"{unit}{head}", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        *([(form, 9, "r")] if form else []),
        ((f"编制单位：{unit}", unit_word), 9, "lr"),
    ]


def lines_of(table, **kw):
    """A table's layout lines with PAGE markers resolved (a footer line, a form feed, the next page's top)."""
    out = []
    for line in layout_lines(table, **kw):
        if isinstance(line, tuple):
            opts = line[1]
            if opts.get("footer"):
                out.append(" " * 56 + opts["footer"])
            out.append("\f" + (opts.get("lines") or [""])[0])
            out.extend((opts.get("lines") or [""])[1:])
        else:
            out.append(line)
    return out


def write_lines(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# 政府性基金预算财政拨款收入支出决算表, one code column: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 |
# 项目支出) | 年末结转和结余
def flow_cols(
    code=14, name=40, w=(14, 14, 14, 12, 14, 14), begin=("年初结转", "和结余"), end=("年末结转", "和结余")
):
    cols = [(code, "l"), (name, "l")] + [(x, "r") for x in w]
    header = [
        [("项目", 0, 2), ("本年支出", 4, 3)],
        [
            (["支出功能分类", "科目编码"], 0, 1),
            ("科目名称", 1, 1),
            (list(begin), 2, 1),
            ("本年收入", 3, 1),
            ("小计", 4, 1),
            ("基本支出", 5, 1),
            ("项目支出", 6, 1),
            (list(end), 7, 1),
        ],
        [("栏次", 0, 2)] + [(str(k + 1), 2 + k, 1) for k in range(6)],
    ]
    return cols, header


# 国有资本经营预算财政拨款支出决算表: 本年支出 (合计 | 基本支出 | 项目支出)
def sc_cols(code=14, name=40, w=(16, 16, 16)):
    cols = [(code, "l"), (name, "l")] + [(x, "r") for x in w]
    header = [
        [("项目", 0, 2), ("本年支出", 2, 3)],
        [
            (["支出功能分类", "科目编码"], 0, 1),
            ("科目名称", 1, 1),
            ("合计", 2, 1),
            ("基本支出", 3, 1),
            ("项目支出", 4, 1),
        ],
        [("栏次", 0, 2), ("1", 2, 1), ("2", 3, 1), ("3", 4, 1)],
    ]
    return cols, header


# 收入决算表: 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入
INCOME_HEADS = [
    ["本年收入", "合计"],
    ["财政拨款", "收入"],
    ["上级补助", "收入"],
    "事业收入",
    "经营收入",
    ["附属单位", "上缴收入"],
    "其他收入",
]


def income_cols(code=14, name=38, w=12):
    cols = [(code, "l"), (name, "l")] + [(w, "r")] * 7
    header = [
        [("项目", 0, 2)] + [(h, 2 + k, 1) for k, h in enumerate(INCOME_HEADS)],
        [(["支出功能分类", "科目编码"], 0, 1), ("科目名称", 1, 1)],
        [("栏次", 0, 2)] + [(str(k + 1), 2 + k, 1) for k in range(7)],
    ]
    return cols, header


NOTE_GF = "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"
NOTE_SC = "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"
NOTE_INC = "注：本表反映部门本年度取得的各项收入情况。"


# ----------------------------------------------------------------------------------------------- inputs
def g01():
    """Control: layout 政府性基金预算财政拨款收入支出决算表, national form, 合计 first, blank cells empty."""
    cols, header = flow_cols()
    rows = [
        [TOTAL_C, None, "165.00", "4,823.50", "4,891.70", None, "4,891.70", "96.80"],
        ["212", "城乡社区支出", "165.00", "4,795.50", "4,863.70", None, "4,863.70", "96.80"],
        [
            "21208",
            "国有土地使用权出让收入安排的支出",
            "120.00",
            "4,415.50",
            "4,438.70",
            None,
            "4,438.70",
            "96.80",
        ],
        ["2120801", "征地和拆迁补偿支出", None, "1,860.00", "1,860.00", None, "1,860.00", None],
        ["2120803", "城市建设支出", "120.00", "2,340.50", "2,398.70", None, "2,398.70", "61.80"],
        [
            "2120899",
            "其他国有土地使用权出让收入安排的支出",
            None,
            "215.00",
            "180.00",
            None,
            "180.00",
            "35.00",
        ],
        ["21213", "城市基础设施配套费安排的支出", "45.00", "380.00", "425.00", None, "425.00", None],
        ["2121301", "城市公共设施", "45.00", "380.00", "425.00", None, "425.00", None],
        ["229", "其他支出", None, "28.00", "28.00", None, "28.00", None],
        ["22960", "彩票公益金安排的支出", None, "28.00", "28.00", None, "28.00", None],
        ["2296002", "用于社会福利的彩票公益金支出", None, "28.00", "28.00", None, "28.00", None],
    ]
    t = Table(cols, header, rows)
    unit = "桑植县住房和城乡建设局"
    write_lines(
        "g01_control_layout_fund_flow.layout.txt",
        cover_layout(unit, 2024, "表7", "政府性基金预算财政拨款收入支出决算表", "公开07表", width=136)
        + lines_of(t)
        + [NOTE_GF, "", " " * 56 + "-11-"],
    )


def g02():
    """Control: PDF ruled grid 收入决算表, 合计 first, many blank source cells."""
    cols, header = income_cols(code=14, name=36, w=13)
    rows = [
        [TOTAL_C, None, "3,286.45", "3,103.05", "60.00", "85.40", None, None, "38.00"],
        ["208", "社会保障和就业支出", "312.60", "312.60", None, None, None, None, None],
        ["20805", "行政事业单位养老支出", "312.60", "312.60", None, None, None, None, None],
        ["2080505", "机关事业单位基本养老保险缴费支出", "208.40", "208.40", None, None, None, None, None],
        ["2080506", "机关事业单位职业年金缴费支出", "104.20", "104.20", None, None, None, None, None],
        ["210", "卫生健康支出", "96.35", "96.35", None, None, None, None, None],
        ["21011", "行政事业单位医疗", "96.35", "96.35", None, None, None, None, None],
        ["2101101", "行政单位医疗", "58.10", "58.10", None, None, None, None, None],
        ["2101102", "事业单位医疗", "38.25", "38.25", None, None, None, None, None],
        ["212", "城乡社区支出", "2,744.30", "2,560.90", "60.00", "85.40", None, None, "38.00"],
        ["21201", "城乡社区管理事务", "1,904.30", "1,720.90", "60.00", "85.40", None, None, "38.00"],
        ["2120101", "行政运行", "1,126.50", "1,126.50", None, None, None, None, None],
        ["2120104", "城管执法", "655.80", "532.40", "60.00", "63.40", None, None, None],
        ["2120199", "其他城乡社区管理事务", "122.00", "62.00", None, "22.00", None, None, "38.00"],
        ["21205", "城乡社区环境卫生", "840.00", "840.00", None, None, None, None, None],
        ["2120501", "城乡社区环境卫生", "840.00", "840.00", None, None, None, None, None],
        ["221", "住房保障支出", "133.20", "133.20", None, None, None, None, None],
        ["22102", "住房改革支出", "133.20", "133.20", None, None, None, None, None],
        ["2210201", "住房公积金", "133.20", "133.20", None, None, None, None, None],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "g02_control_pdf_grid_income.pdf",
        cover_pdf("石门县城市管理和综合执法局", 2024, "表2", "收入决算表", "公开02表"),
        t,
        rules="grid",
        note=NOTE_INC,
    )


def g03():
    lines = [
        "临澧县住房和城乡建设局",
        "2025年部门预算",
        "",
        "第二部分 临澧县住房和城乡建设局2025年部门预算表",
        "表6",
        "政府性基金预算支出表",
        "部门公开表6",
        "编制单位：临澧县住房和城乡建设局 单位：万元",
        "科目编码 科目名称 本年政府性基金预算支出",
        "合计 基本支出 项目支出",
        "合计 2,630.00 0.00 2,630.00",
        "212 城乡社区支出 2,600.00 0.00 2,600.00",
        "21208 国有土地使用权出让收入安排的支出 2,200.00 0.00 2,200.00",
        "2120801 征地和拆迁补偿支出 1,500.00 0.00 1,500.00",
        "2120803 城市建设支出 700.00 0.00 700.00",
        "21213 城市基础设施配套费安排的支出 400.00 0.00 400.00",
        "2121301 城市公共设施 400.00 0.00 400.00",
        "229 其他支出 30.00 0.00 30.00",
        "22960 彩票公益金安排的支出 30.00 0.00 30.00",
        "2296002 用于社会福利的彩票公益金支出 30.00 0.00 30.00",
        "-12-",
    ]
    write_lines("g03_control_plain_budget_fund_zeros.txt", lines)


def g04():
    """Layout 收入决算表 with the code in 类 | 款 | 项 columns (each row printing its whole code in parts),
    sources beyond 财政拨款 on one 项 (上级补助, 事业, 经营, 附属单位上缴, 其他), header cells wrapped, 合计 last."""
    cols = [(6, "c"), (4, "c"), (4, "c"), (36, "l")] + [(12, "r")] * 7
    header = [
        [("项目", 0, 4)] + [(h, 4 + k, 1) for k, h in enumerate(INCOME_HEADS)],
        [("科目编码", 0, 3), ("科目名称", 3, 1)],
        [("类", 0, 1), ("款", 1, 1), ("项", 2, 1)],
    ]
    N = None

    def r(code, name, *figs):
        parts = [code[:3], code[3:5] or N, code[5:] or N]
        return parts + [name] + list(figs) + [N] * (7 - len(figs))

    rows = [
        r("208", "社会保障和就业支出", "186.30", "186.30"),
        r("20805", "行政事业单位养老支出", "186.30", "186.30"),
        r("2080505", "机关事业单位基本养老保险缴费支出", "124.20", "124.20"),
        r("2080506", "机关事业单位职业年金缴费支出", "62.10", "62.10"),
        r("210", "卫生健康支出", "54.80", "54.80"),
        r("21011", "行政事业单位医疗", "54.80", "54.80"),
        r("2101101", "行政单位医疗", "54.80", "54.80"),
        r("212", "城乡社区支出", "1,672.45", "1,402.45", "150.00", "96.00", "12.00", "8.00", "4.00"),
        r("21201", "城乡社区管理事务", "1,012.45", "742.45", "150.00", "96.00", "12.00", "8.00", "4.00"),
        r("2120101", "行政运行", "742.45", "742.45"),
        r("2120106", "工程建设管理", "270.00", N, "150.00", "96.00", "12.00", "8.00", "4.00"),
        r("21203", "城乡社区公共设施", "660.00", "660.00"),
        r("2120399", "其他城乡社区公共设施支出", "660.00", "660.00"),
        r("221", "住房保障支出", "98.60", "98.60"),
        r("22102", "住房改革支出", "98.60", "98.60"),
        r("2210201", "住房公积金", "98.60", "98.60"),
        [N, N, N, TOTAL_C, "2,012.15", "1,742.15", "150.00", "96.00", "12.00", "8.00", "4.00"],
    ]
    t = Table(cols, header, rows)
    unit = "武陵源区住房和城乡建设局"
    write_lines(
        "g04_layout_income_split_codes_total_last.layout.txt",
        cover_layout(unit, 2023, "表2", "收入决算表", "公开02表", width=134)
        + lines_of(t)
        + [NOTE_INC, "", " " * 56 + "-6-"],
    )


def g05():
    """Plain text: 收入支出决算总表 (items, no 行次) then 收入决算表 with blank cells dropped; the summary's
    income items pin the 收入决算表's 合计 row; 2101101 / 2101102 print 36.50 36.50 each, 财政拨款 and 事业收入
    either way round."""
    lines = [
        "安乡县住房和城乡建设局",
        "2024年度部门决算",
        "",
        "第二部分 安乡县住房和城乡建设局2024年度部门决算表",
        "表1",
        "收入支出决算总表",
        "公开01表",
        "编制单位：安乡县住房和城乡建设局 单位：万元",
        "收入 支出",
        "项目 金额 项目 金额",
        "一、一般公共预算财政拨款收入 1,586.40 八、社会保障和就业支出 168.40",
        "二、政府性基金预算财政拨款收入 九、卫生健康支出 73.00",
        "三、国有资本经营预算财政拨款收入 十一、城乡社区支出 1,301.60",
        "四、上级补助收入 十九、住房保障支出 97.40",
        "五、事业收入 36.50",
        "六、经营收入",
        "七、附属单位上缴收入",
        "八、其他收入 12.00",
        "本年收入合计 1,634.90 本年支出合计 1,640.40",
        "使用非财政拨款结余（含专用结余） 结余分配",
        "年初结转和结余 24.60 年末结转和结余 19.10",
        "总计 1,659.50 总计 1,659.50",
        "注：本表反映部门本年度的总收支和年末结转结余情况。",
        "-4-",
        "\f表2",
        "收入决算表",
        "公开02表",
        "编制单位：安乡县住房和城乡建设局 单位：万元",
        "项目",
        "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入",
        "支出功能分类科目编码 科目名称",
        "栏次 1 2 3 4 5 6 7",
        "合计 1,634.90 1,586.40 36.50 12.00",
        "208 社会保障和就业支出 168.40 168.40",
        "20805 行政事业单位养老支出 168.40 168.40",
        "2080505 机关事业单位基本养老保险缴费支出 112.30 112.30",
        "2080506 机关事业单位职业年金缴费支出 56.10 56.10",
        "210 卫生健康支出 73.00 36.50 36.50",
        "21011 行政事业单位医疗 73.00 36.50 36.50",
        "2101101 行政单位医疗 36.50 36.50",
        "2101102 事业单位医疗 36.50 36.50",
        "212 城乡社区支出 1,296.10 1,284.10 12.00",
        "21201 城乡社区管理事务 1,296.10 1,284.10 12.00",
        "2120101 行政运行 865.30 865.30",
        "2120199 其他城乡社区管理事务 430.80 418.80 12.00",
        "221 住房保障支出 97.40 97.40",
        "22102 住房改革支出 97.40 97.40",
        "2210201 住房公积金 97.40 97.40",
        NOTE_INC,
        "-5-",
    ]
    write_lines("g05_plain_income_blanks_pinned_by_summary.txt", lines)


def g06():
    """Plain text fund flow table, blank cells dropped, 合计 first printing every column (0.00 under 基本支出);
    2296002 (carried over and spent) and 2296003 (received and spent) both print 15.00 15.00 15.00."""
    lines = [
        "临澧县住房和城乡建设局",
        "2024年度部门决算",
        "",
        "第二部分 临澧县住房和城乡建设局2024年度部门决算表",
        "表7",
        "政府性基金预算财政拨款收入支出决算表",
        "公开07表",
        "编制单位：临澧县住房和城乡建设局 单位：万元",
        "项目 年初结转和结余 本年收入 本年支出 年末结转和结余",
        "支出功能分类科目编码 科目名称 小计 基本支出 项目支出",
        "栏次 1 2 3 4 5 6",
        "合计 100.00 3,105.00 3,150.00 0.00 3,150.00 55.00",
        "212 城乡社区支出 85.00 3,090.00 3,120.00 3,120.00 55.00",
        "21208 国有土地使用权出让收入安排的支出 85.00 2,690.00 2,720.00 2,720.00 55.00",
        "2120801 征地和拆迁补偿支出 1,650.00 1,650.00 1,650.00",
        "2120803 城市建设支出 85.00 1,040.00 1,070.00 1,070.00 55.00",
        "21213 城市基础设施配套费安排的支出 400.00 400.00 400.00",
        "2121301 城市公共设施 400.00 400.00 400.00",
        "229 其他支出 15.00 15.00 30.00 30.00",
        "22960 彩票公益金安排的支出 15.00 15.00 30.00 30.00",
        "2296002 用于社会福利的彩票公益金支出 15.00 15.00 15.00",
        "2296003 用于体育事业的彩票公益金支出 15.00 15.00 15.00",
        NOTE_GF,
        "-11-",
    ]
    write_lines("g06_plain_fund_flow_blanks_zero_total_first.txt", lines)


def g07():
    """Plain text fund flow table, blank cells dropped, 合计 last: only the 合计 row (0.00 under 基本支出, its
    年初 all 212's) places the rows' 本年支出 under 项目支出 and 229's 20.00 under 本年收入."""
    lines = [
        "汉寿县自然资源局",
        "2024年度部门决算",
        "",
        "第二部分 汉寿县自然资源局2024年度部门决算表",
        "表7",
        "政府性基金预算财政拨款收入支出决算表",
        "公开07表",
        "编制单位：汉寿县自然资源局 单位：万元",
        "项目 年初结转和结余 本年收入 本年支出 年末结转和结余",
        "支出功能分类科目编码 科目名称 小计 基本支出 项目支出",
        "栏次 1 2 3 4 5 6",
        "212 城乡社区支出 60.00 1,460.00 1,480.00 1,480.00 40.00",
        "21208 国有土地使用权出让收入安排的支出 60.00 1,460.00 1,480.00 1,480.00 40.00",
        "2120802 土地开发支出 60.00 900.00 920.00 920.00 40.00",
        "2120804 农村基础设施建设支出 560.00 560.00 560.00",
        "229 其他支出 20.00 20.00 20.00",
        "22960 彩票公益金安排的支出 20.00 20.00 20.00",
        "2296004 用于教育事业的彩票公益金支出 20.00 20.00 20.00",
        "合计 60.00 1,480.00 1,500.00 0.00 1,500.00 40.00",
        NOTE_GF,
        "-10-",
    ]
    write_lines("g07_plain_fund_flow_total_last_pins.txt", lines)


def g08():
    """Layout fund flow table, code in 类 | 款 | 项 columns, two-line header (本年支出 over 小计 | 基本支出 |
    项目支出, 栏次 1-6): '-' in the empty cells of 合计 and 类 rows, 0.00 in two 项 rows' 年末, blank elsewhere."""
    cols = [
        (6, "c"),
        (4, "c"),
        (4, "c"),
        (40, "l"),
        (14, "r"),
        (14, "r"),
        (14, "r"),
        (12, "r"),
        (14, "r"),
        (14, "r"),
    ]
    header = [
        [
            ("项目", 0, 4),
            (["年初结转", "和结余"], 4, 1),
            ("本年收入", 5, 1),
            ("本年支出", 6, 3),
            (["年末结转", "和结余"], 9, 1),
        ],
        [("科目编码", 0, 3), ("科目名称", 3, 1), ("小计", 6, 1), ("基本支出", 7, 1), ("项目支出", 8, 1)],
        [("类", 0, 1), ("款", 1, 1), ("项", 2, 1)],
        [("栏次", 0, 4)] + [(str(k + 1), 4 + k, 1) for k in range(6)],
    ]
    N, D = None, "-"
    rows = [
        [N, N, N, TOTAL_C, "210.00", "5,680.00", "5,752.40", D, "5,752.40", "137.60"],
        ["212", N, N, "城乡社区支出", "210.00", "5,650.00", "5,722.40", D, "5,722.40", "137.60"],
        [
            "212",
            "08",
            N,
            "国有土地使用权出让收入安排的支出",
            "150.00",
            "4,900.00",
            "4,977.40",
            N,
            "4,977.40",
            "72.60",
        ],
        ["212", "08", "01", "征地和拆迁补偿支出", N, "3,200.00", "3,200.00", N, "3,200.00", "0.00"],
        ["212", "08", "03", "城市建设支出", "150.00", "1,450.00", "1,527.40", N, "1,527.40", "72.60"],
        [
            "212",
            "08",
            "99",
            "其他国有土地使用权出让收入安排的支出",
            N,
            "250.00",
            "250.00",
            N,
            "250.00",
            "0.00",
        ],
        ["212", "14", N, "污水处理费安排的支出", "60.00", "750.00", "745.00", N, "745.00", "65.00"],
        ["212", "14", "01", "污水处理设施建设和运营", "60.00", "750.00", "745.00", N, "745.00", "65.00"],
        ["229", N, N, "其他支出", D, "30.00", "30.00", D, "30.00", D],
        ["229", "60", N, "彩票公益金安排的支出", N, "30.00", "30.00", N, "30.00", N],
        ["229", "60", "06", "用于残疾人事业的彩票公益金支出", N, "30.00", "30.00", N, "30.00", N],
    ]
    t = Table(cols, header, rows)
    unit = "永定区住房和城乡建设局"
    write_lines(
        "g08_layout_fund_flow_split_codes_dash_zero.layout.txt",
        cover_layout(unit, 2023, "表8", "政府性基金预算财政拨款收入支出决算表", "公开08表", width=136)
        + lines_of(t)
        + [NOTE_GF, "", " " * 56 + "-13-"],
    )


def g09():
    """Unruled PDF fund flow table over two pages: page 1 ends inside 21208 (after 2120802), page 2 opens with
    '续表7', the unit line and the header again, 2120899 and 21210's family on it."""
    cols, header = flow_cols(code=14, name=40)
    rows = [
        [TOTAL_C, None, "48.50", "2,365.00", "2,301.30", None, "2,301.30", "112.20"],
        ["212", "城乡社区支出", "48.50", "2,365.00", "2,301.30", None, "2,301.30", "112.20"],
        [
            "21208",
            "国有土地使用权出让收入安排的支出",
            "48.50",
            "1,985.00",
            "1,941.30",
            None,
            "1,941.30",
            "92.20",
        ],
        ["2120801", "征地和拆迁补偿支出", None, "1,200.00", "1,180.00", None, "1,180.00", "20.00"],
        ["2120802", "土地开发支出", "48.50", "560.00", "546.30", None, "546.30", "62.20"],
        (PAGE, {"cont": [("续表7", 10, "l"), (("", "单位：万元"), 9, "lr")]}),
        [
            "2120899",
            "其他国有土地使用权出让收入安排的支出",
            None,
            "225.00",
            "215.00",
            None,
            "215.00",
            "10.00",
        ],
        ["21210", "国有土地收益基金安排的支出", None, "380.00", "360.00", None, "360.00", "20.00"],
        ["2121001", "征地和拆迁补偿支出", None, "380.00", "360.00", None, "360.00", "20.00"],
    ]
    t = Table(cols, header, rows, lead=13, pad=4)
    draw_pdf(
        "g09_pdf_unruled_fund_flow_two_pages.pdf",
        cover_pdf("慈利县自然资源局", 2024, "表7", "政府性基金预算财政拨款收入支出决算表", "公开07表"),
        t,
        rules="none",
        note=NOTE_GF,
    )


def g10():
    """Layout: the fund flow table empty, '本表无数据' centred under its header (its note line below), then on
    the next page a 国有资本经营预算财政拨款支出决算表 with figures."""
    cols, header = flow_cols()
    empty = Table(cols, header, [])
    width = sum(w for w, _a in cols)
    sc_c, sc_h = sc_cols()
    sc = Table(
        sc_c,
        sc_h,
        [
            [TOTAL_C, None, "86.40", None, "86.40"],
            ["223", "国有资本经营预算支出", "86.40", None, "86.40"],
            ["22301", "解决历史遗留问题及改革成本支出", "86.40", None, "86.40"],
            ["2230105", "国有企业退休人员社会化管理补助支出", "86.40", None, "86.40"],
        ],
    )
    unit = "石门县交通运输局"
    write_lines(
        "g10_layout_fund_empty_words_then_state_capital.layout.txt",
        cover_layout(unit, 2024, "表7", "政府性基金预算财政拨款收入支出决算表", "公开07表", width=136)
        + lines_of(empty)
        + [" " * (width // 2 - 5) + "本表无数据", "", NOTE_GF, "", " " * 56 + "-11-"]
        + ["\f" + " " * 49 + "表8"]
        + [" " * 34 + "国有资本经营预算财政拨款支出决算表", " " * 94 + "公开08表"]
        + ["编制单位：石门县交通运输局" + " " * (102 - 26 - 10) + "单位：万元"]
        + lines_of(sc)
        + [NOTE_SC, "", " " * 56 + "-12-"],
    )


def g11():
    """Ruled PDF 国有资本经营预算财政拨款支出决算表 that is empty: its 合计 row prints 0.00 in each column, three
    blank ruled rows under it, a note with the year saying the table is empty."""
    cols, header = sc_cols()
    rows = [
        [TOTAL_C, None, "0.00", "0.00", "0.00"],
        [None] * 5,
        [None] * 5,
        [None] * 5,
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "g11_pdf_grid_state_capital_zero_total_only.pdf",
        cover_pdf("津市市住房和城乡建设局", 2024, "表8", "国有资本经营预算财政拨款支出决算表", "公开08表"),
        t,
        rules="grid",
        note="注：本单位2024年度无国有资本经营预算财政拨款支出，故本表为空。",
    )


def g12():
    """Layout budget 政府性基金预算支出表 over two pages (page 1 ends after 2120802; page 2 opens '续表7', the
    unit and the header again), the wide group label 本年政府性基金预算支出 centred over 合计 | 基本支出 |
    项目支出 (基本支出 blank throughout): figures of 6 characters or fewer, right-aligned in the 合计 column,
    stand under the group label's left end but not under '合计'; 合计 last."""
    cols = [(14, "l"), (40, "l"), (16, "r"), (16, "r"), (16, "r")]
    header = [
        [(["功能分类", "科目编码"], 0, 1), ("科目名称", 1, 1), ("本年政府性基金预算支出", 2, 3)],
        [("合计", 2, 1), ("基本支出", 3, 1), ("项目支出", 4, 1)],
    ]
    N = None
    rows = [
        ["212", "城乡社区支出", "3,450.00", N, "3,450.00"],
        ["21208", "国有土地使用权出让收入安排的支出", "2,950.00", N, "2,950.00"],
        ["2120801", "征地和拆迁补偿支出", "1,800.00", N, "1,800.00"],
        ["2120802", "土地开发支出", "650.00", N, "650.00"],
        (PAGE, {"footer": "-14-", "lines": ["续表7", " " * 88 + "单位：万元"]}),
        ["2120803", "城市建设支出", "420.00", N, "420.00"],
        ["2120899", "其他国有土地使用权出让收入安排的支出", "80.00", N, "80.00"],
        ["21213", "城市基础设施配套费安排的支出", "500.00", N, "500.00"],
        ["2121301", "城市公共设施", "320.00", N, "320.00"],
        ["2121399", "其他城市基础设施配套费安排的支出", "180.00", N, "180.00"],
        ["229", "其他支出", "45.00", N, "45.00"],
        ["22960", "彩票公益金安排的支出", "45.00", N, "45.00"],
        ["2296002", "用于社会福利的彩票公益金支出", "25.00", N, "25.00"],
        ["2296013", "用于城乡医疗救助的彩票公益金支出", "20.00", N, "20.00"],
        [N, TOTAL_C, "3,495.00", N, "3,495.00"],
    ]
    t = Table(cols, header, rows)
    unit = "津市市住房和城乡建设局"
    write_lines(
        "g12_layout_budget_fund_two_pages_total_last.layout.txt",
        cover_layout(unit, 2025, "表7", "政府性基金预算支出表", "部门公开表7", kind="预算", width=102)
        + lines_of(t)
        + ["", " " * 56 + "-15-"],
    )


def g13():
    """PDF with horizontal rules only, budget 政府性基金预算支出表 in 元: the code in 类 | 款 | 项 columns ('212'
    '14' '01' on every 项 row), group label 政府性基金预算支出 over 合计 | 基本支出 | 项目支出, 合计 first."""
    cols = [(7, "c"), (5, "c"), (5, "c"), (38, "l"), (18, "r"), (18, "r"), (18, "r")]
    header = [
        [("科目编码", 0, 3), ("科目名称", 3, 1), ("政府性基金预算支出", 4, 3)],
        [("类", 0, 1), ("款", 1, 1), ("项", 2, 1), ("合计", 4, 1), ("基本支出", 5, 1), ("项目支出", 6, 1)],
    ]
    N = None
    rows = [
        [N, N, N, TOTAL_C, "1,862,500.00", N, "1,862,500.00"],
        ["212", N, N, "城乡社区支出", "1,812,500.00", N, "1,812,500.00"],
        ["212", "13", N, "城市基础设施配套费安排的支出", "1,200,000.00", N, "1,200,000.00"],
        ["212", "13", "01", "城市公共设施", "1,200,000.00", N, "1,200,000.00"],
        ["212", "14", N, "污水处理费安排的支出", "612,500.00", N, "612,500.00"],
        ["212", "14", "01", "污水处理设施建设和运营", "450,000.00", N, "450,000.00"],
        ["212", "14", "99", "其他污水处理费安排的支出", "162,500.00", N, "162,500.00"],
        ["229", N, N, "其他支出", "50,000.00", N, "50,000.00"],
        ["229", "60", N, "彩票公益金安排的支出", "50,000.00", N, "50,000.00"],
        ["229", "60", "02", "用于社会福利的彩票公益金支出", "50,000.00", N, "50,000.00"],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "g13_pdf_hrules_budget_fund_split_codes_yuan.pdf",
        cover_pdf(
            "临澧县城市管理和综合执法局",
            2025,
            "表6",
            "政府性基金预算支出表",
            "部门公开表6",
            kind="预算",
            unit_word="单位：元",
        ),
        t,
        rules="hrules",
    )


def g14():
    lines = [
        "澧县住房和城乡建设局",
        "2025年部门预算",
        "",
        "第二部分 澧县住房和城乡建设局2025年部门预算表",
        "表6",
        "政府性基金预算支出表",
        "部门公开表6",
        "编制单位：澧县住房和城乡建设局 单位：万元",
        "科目编码 科目名称 本年政府性基金预算支出",
        "合计 基本支出 项目支出",
        "合计 1,280.00 0.00 1,280.00",
        "212 城乡社区支出 1,250.00 1,250.00",
        "21208 国有土地使用权出让收入安排的支出 1,250.00 1,250.00",
        "2120803 城市建设支出 900.00 900.00",
        "2120804 农村基础设施建设支出 350.00 350.00",
        "229 其他支出 30.00 30.00",
        "22960 彩票公益金安排的支出 30.00 30.00",
        "2296002 用于社会福利的彩票公益金支出 30.00 30.00",
        "-12-",
        "\f表7",
        "国有资本经营预算支出表",
        "部门公开表7",
        "编制单位：澧县住房和城乡建设局 单位：万元",
        "科目编码 科目名称 本年国有资本经营预算支出",
        "合计 基本支出 项目支出",
        "本单位2025年无国有资本经营预算安排的支出，故本表为空。",
        "-13-",
    ]
    write_lines("g14_plain_budget_fund_zero_pins_then_state_capital_words.txt", lines)


def g15():
    """Layout 收入决算表 over two pages: '-' in every empty cell of the rows, 0.00 in the 合计 row's empty
    columns; page 1 ends after 2120104, page 2 opens with '续表2', the unit line and the header again. The form
    number 公开02表 is right-aligned to the table's edge, over the last column (其他收入), as printed."""
    cols, header = income_cols(code=14, name=36, w=13)
    D = "-"

    def r(code, name, *figs):
        return [code, name] + list(figs) + [D] * (7 - len(figs))

    rows = [
        [TOTAL_C, None, "2,458.72", "2,316.52", "0.00", "120.00", "0.00", "0.00", "22.20"],
        r("208", "社会保障和就业支出", "205.36", "205.36"),
        r("20805", "行政事业单位养老支出", "205.36", "205.36"),
        r("2080501", "行政单位离退休", "18.40", "18.40"),
        r("2080505", "机关事业单位基本养老保险缴费支出", "124.64", "124.64"),
        r("2080506", "机关事业单位职业年金缴费支出", "62.32", "62.32"),
        r("210", "卫生健康支出", "68.50", "68.50"),
        r("21011", "行政事业单位医疗", "68.50", "68.50"),
        r("2101101", "行政单位医疗", "45.20", "45.20"),
        r("2101102", "事业单位医疗", "23.30", "23.30"),
        r("212", "城乡社区支出", "2,069.46", "1,927.26", D, "120.00", D, D, "22.20"),
        r("21201", "城乡社区管理事务", "1,389.46", "1,247.26", D, "120.00", D, D, "22.20"),
        r("2120101", "行政运行", "986.26", "986.26"),
        r("2120104", "城管执法", "403.20", "261.00", D, "120.00", D, D, "22.20"),
        (PAGE, {"footer": "-5-", "lines": [" " * 68 + "续表2", " " * 131 + "单位：万元"]}),
        r("21203", "城乡社区公共设施", "680.00", "680.00"),
        r("2120399", "其他城乡社区公共设施支出", "680.00", "680.00"),
        r("221", "住房保障支出", "115.40", "115.40"),
        r("22102", "住房改革支出", "115.40", "115.40"),
        r("2210201", "住房公积金", "82.60", "82.60"),
        r("2210203", "购房补贴", "32.80", "32.80"),
    ]
    t = Table(cols, header, rows)
    unit = "桑植县城市管理和综合执法局"
    write_lines(
        "g15_layout_income_two_pages_dashes.layout.txt",
        cover_layout(unit, 2023, "表2", "收入决算表", "公开02表", width=141)
        + lines_of(t)
        + [NOTE_INC, "", " " * 56 + "-6-"],
    )


def g16():
    """Ruled PDF fund flow table with a 基本支出 figure (2136699) and names wrapped in a 12-character name
    cell (rows centred, codes and figures on the middle line), 合计 first."""
    cols, header = flow_cols(code=14, name=24)
    N = None
    rows = [
        [TOTAL_C, N, "126.00", "1,940.00", "1,958.60", "38.60", "1,920.00", "107.40"],
        ["208", "社会保障和就业支出", "36.00", "1,380.00", "1,390.00", N, "1,390.00", "26.00"],
        [
            "20822",
            ["大中型水库移民后期扶", "持基金支出"],
            "36.00",
            "1,380.00",
            "1,390.00",
            N,
            "1,390.00",
            "26.00",
        ],
        ["2082201", "移民补助", N, "1,150.00", "1,150.00", N, "1,150.00", N],
        ["2082202", "基础设施建设和经济发展", "36.00", "230.00", "240.00", N, "240.00", "26.00"],
        ["213", "农林水支出", "90.00", "560.00", "568.60", "38.60", "530.00", "81.40"],
        [
            "21366",
            ["大中型水库库区基金安", "排的支出"],
            "90.00",
            "560.00",
            "568.60",
            "38.60",
            "530.00",
            "81.40",
        ],
        ["2136601", "基础设施建设和经济发展", "90.00", "420.00", "430.00", N, "430.00", "80.00"],
        ["2136699", ["其他大中型水库库区基", "金支出"], N, "140.00", "138.60", "38.60", "100.00", "1.40"],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "g16_pdf_grid_fund_flow_basic_wrapped_names.pdf",
        cover_pdf("石门县水利局", 2024, "表7", "政府性基金预算财政拨款收入支出决算表", "公开07表"),
        t,
        rules="grid",
        note=NOTE_GF,
    )


def main():
    for make in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16):
        make()


if __name__ == "__main__":
    main()
