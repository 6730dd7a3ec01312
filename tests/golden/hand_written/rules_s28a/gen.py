"""Write the rules_s28a inputs: the two summary tables of a final account (收入支出决算总表, 财政拨款收入支出决算总表)
as provinces print them (2021-2024 templates and local variants), each input built around one difficulty.

One table model renders both kinds of input:
- ``*.layout.txt`` as `pdftotext -layout` prints a drawn table: a page column is one character column (9pt
  type: an ASCII glyph one column wide on the page, a CJK glyph two); every cell starts at its page column
  (left-aligned text one column inside its cell, figures right-aligned to its right border), but a CJK
  character is written as one character, so a line is padded with spaces up to the next cell's column; a
  cell that would start before the line's end is pushed one space after it ("3,820.18 一、…"). A row taller
  than a line prints its cells on half-line slots (top, centred or bottom aligned): pieces on different
  slots are different text lines.
- ``*.pdf`` drawn with minipdf (STSong-Light, not embedded; reportlab's canvas API): one layout column is
  4.5pt, ruled as a grid, by horizontal rules only, or not at all.
- ``*.txt`` (plain pdftotext: cells one space apart, blank cells dropped) typed directly.

The figures are typed here per input; the expectations are typed separately in rules_s28a_data.py.
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
    write_layout,
)  # noqa: E402

review_tables.HERE, review_tables.PRODUCER = HERE, "rules_s28a gen.py"


# ------------------------------------------------------------------------------------------ shared parts
CLASSES_2023 = [
    "一、一般公共服务支出",
    "二、外交支出",
    "三、国防支出",
    "四、公共安全支出",
    "五、教育支出",
    "六、科学技术支出",
    "七、文化旅游体育与传媒支出",
    "八、社会保障和就业支出",
    "九、卫生健康支出",
    "十、节能环保支出",
    "十一、城乡社区支出",
    "十二、农林水支出",
    "十三、交通运输支出",
    "十四、资源勘探工业信息等支出",
    "十五、商业服务业等支出",
    "十六、金融支出",
    "十七、援助其他地区支出",
    "十八、自然资源海洋气象等支出",
    "十九、住房保障支出",
    "二十、粮油物资储备支出",
    "二十一、国有资本经营预算支出",
    "二十二、灾害防治及应急管理支出",
    "二十三、其他支出",
    "二十四、债务还本支出",
    "二十五、债务付息支出",
    "二十六、抗疫特别国债安排的支出",
]
INCOME_ITEMS = [
    "一、一般公共预算财政拨款收入",
    "二、政府性基金预算财政拨款收入",
    "三、国有资本经营预算财政拨款收入",
    "四、上级补助收入",
    "五、事业收入",
    "六、经营收入",
    "七、附属单位上缴收入",
    "八、其他收入",
]
FUNDS = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"]
SUBFUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
USE = "使用非财政拨款结余（含专用结余）"
TOTAL = {"text": "总计", "align": "c"}


def cover_layout(unit, year, n_table, title, form, unit_word="单位：万元", width=96):
    return [
        unit,
        f"{year}年度部门决算",
        "",
        f"第二部分 {unit}{year}年度部门决算表",
        "",
        " " * (width // 2 - 2) + n_table,
        " " * (width // 2 - dw(title) // 2) + title,
        *([" " * (width - dw(form)) + form] if form else []),
        f"编制单位：{unit}" + " " * (width - dw(f"编制单位：{unit}") - dw(unit_word)) + unit_word,
    ]


def cover_pdf(unit, year, n_table, title, form, unit_word="单位：万元"):
    return [
        (f"{unit}{year}年度部门决算", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        (form, 9, "r"),
        ((f"编制单位：{unit}", unit_word), 9, "lr"),
    ]


# ---------------------------------------------------------------------------------- 收入支出决算总表, 行次
def summary_hangci(il=34, ih=6, ia=12, el=32, eh=6, ea=12, word="金额"):
    cols = [(il, "l"), (ih, "c"), (ia, "r"), (el, "l"), (eh, "c"), (ea, "r")]
    header = [
        [("收入", 0, 3), ("支出", 3, 3)],
        [("项目", 0, 1), ("行次", 1, 1), (word, 2, 1), ("项目", 3, 1), ("行次", 4, 1), (word, 5, 1)],
        [("栏次", 0, 1), ("1", 2, 1), ("栏次", 3, 1), ("2", 5, 1)],
    ]
    return cols, header


def national_rows(income, expenditure, bottom, first_exp_line=32):
    """The national template's rows: income items 1-8 beside 类 32…, then 行次 only on the income side
    beside the other 类, then the bottom block. income: {label: figure}; expenditure: {label: figure};
    bottom: [(income label, figure, expenditure label, figure)] numbered 27… and 58…"""
    rows = []
    for n, cls in enumerate(CLASSES_2023):
        inc = INCOME_ITEMS[n] if n < 8 else None
        rows.append([inc, str(n + 1), income.get(inc), cls, str(first_exp_line + n), expenditure.get(cls)])
    for k, (il, iv, el, ev) in enumerate(bottom):
        rows.append([il, str(27 + k), iv, el, str(first_exp_line + 26 + k), ev])
    return rows


def s01():
    cols, header = summary_hangci()
    income = {
        INCOME_ITEMS[0]: "4,286.35",
        INCOME_ITEMS[1]: "320.00",
        INCOME_ITEMS[4]: "156.40",
        INCOME_ITEMS[7]: "12.60",
    }
    expenditure = {
        CLASSES_2023[0]: "185.20",
        CLASSES_2023[7]: "402.18",
        CLASSES_2023[8]: "96.54",
        CLASSES_2023[10]: "300.00",
        CLASSES_2023[11]: "3,520.67",
        CLASSES_2023[18]: "168.90",
    }
    bottom = [
        ("本年收入合计", "4,775.35", "本年支出合计", "4,673.49"),
        (USE, "0.00", "结余分配", None),
        ("年初结转和结余", "218.75", "年末结转和结余", "320.61"),
        (None, None, None, None),
        (TOTAL, "4,994.10", TOTAL, "4,994.10"),
    ]
    rows = national_rows(income, expenditure, bottom)
    t = Table(cols, header, rows)
    unit = "永丰县农业农村局"
    write_layout(
        "s01_control_layout_hangci.layout.txt",
        cover_layout(unit, 2023, "表1", "收入支出决算总表", "公开01表"),
        t,
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", "", " " * 46 + "-4-"],
    )


def s03():
    """Dashes in every empty amount cell (the 行次 printed): "-" right-aligned to the border, one space
    before the next label."""
    cols, header = summary_hangci()
    D = "-"
    rows = [
        [INCOME_ITEMS[0], "1", "2,918.44", "一、一般公共服务支出", "32", D],
        [INCOME_ITEMS[1], "2", "650.00", "七、文化旅游体育与传媒支出", "33", D],
        [INCOME_ITEMS[2], "3", D, "八、社会保障和就业支出", "34", "286.15"],
        [INCOME_ITEMS[3], "4", D, "九、卫生健康支出", "35", "74.02"],
        [INCOME_ITEMS[4], "5", D, "十一、城乡社区支出", "36", D],
        [INCOME_ITEMS[5], "6", D, "十二、农林水支出", "37", "2,401.56"],
        [INCOME_ITEMS[6], "7", D, "十九、住房保障支出", "38", "113.72"],
        [INCOME_ITEMS[7], "8", "3.26", "二十二、灾害防治及应急管理支出", "39", "650.00"],
        [None, "9", None, "二十三、其他支出", "40", D],
        ["本年收入合计", "10", "3,571.70", "本年支出合计", "41", "3,525.45"],
        [USE, "11", D, "结余分配", "42", D],
        ["年初结转和结余", "12", "95.30", "年末结转和结余", "43", "141.55"],
        [TOTAL, "13", "3,667.00", TOTAL, "44", "3,667.00"],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s03_layout_dash_cells.layout.txt",
        cover_layout("临澧县水利局", 2022, "表1", "收入支出决算总表", "公开01表"),
        t,
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", "", " " * 46 + "-5-"],
    )


# ------------------------------------------------------------------------ 财政拨款收入支出决算总表, 行次
def fiscal_hangci(il=30, ih=6, ia=12, el=32, eh=6, fc=(12, 14, 14, 14), word="金额"):
    cols = [(il, "l"), (ih, "c"), (ia, "r"), (el, "l"), (eh, "c")] + [(w, "r") for w in fc]
    header = [
        [("收入", 0, 3), ("支出", 3, 6)],
        [
            ("项目", 0, 1),
            ("行次", 1, 1),
            (word, 2, 1),
            ("项目", 3, 1),
            ("行次", 4, 1),
            ("合计", 5, 1),
            (["一般公共预算", "财政拨款"], 6, 1),
            (["政府性基金预算", "财政拨款"], 7, 1),
            (["国有资本经营预算", "财政拨款"], 8, 1),
        ],
        [("栏 次", 0, 1), ("1", 2, 1), ("栏 次", 3, 1), ("2", 5, 1), ("3", 6, 1), ("4", 7, 1), ("5", 8, 1)],
    ]
    return cols, header


def s04():
    """财政拨款总表: "—" in the empty fund cells, 0.00 printed in the 国有资本经营 column of the totals and
    for the 国有资本经营 income items; 栏次 spaced ("栏 次")."""
    cols, header = fiscal_hangci()
    M = "—"
    rows = [
        [FUNDS[0], "1", "5,642.80", "一、一般公共服务支出", "30", "62.35", "62.35", M, M],
        [FUNDS[1], "2", "1,200.00", "八、社会保障和就业支出", "31", "508.62", "508.62", M, M],
        [FUNDS[2], "3", "0.00", "九、卫生健康支出", "32", "5,826.13", "4,676.13", "1,150.00", M],
        [None, "4", None, "十九、住房保障支出", "33", "244.90", "244.90", M, M],
        ["本年收入合计", "5", "6,842.80", "本年支出合计", "34", "6,642.00", "5,492.00", "1,150.00", "0.00"],
        [
            "年初财政拨款结转和结余",
            "6",
            "236.40",
            "年末财政拨款结转和结余",
            "35",
            "437.20",
            "337.20",
            "100.00",
            "0.00",
        ],
        [{"text": SUBFUNDS[0], "indent": 2}, "7", "186.40", None, "36", None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, "8", "50.00", None, "37", None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, "9", "0.00", None, "38", None, None, None, None],
        [TOTAL, "10", "7,079.20", TOTAL, "39", "7,079.20", "5,829.20", "1,250.00", "0.00"],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s04_layout_fiscal_dash_zero.layout.txt",
        cover_layout("安远县卫生健康委员会", 2023, "表4", "财政拨款收入支出决算总表", "公开04表", width=136),
        t,
        [
            "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
            "",
            " " * 66 + "-8-",
        ],
    )


# ------------------------------------------------------------------ 收入支出决算总表 without 行次 (决算数)
def summary_plain_cols(il=34, ia=14, el=32, ea=14, word="决算数"):
    cols = [(il, "l"), (ia, "r"), (el, "l"), (ea, "r")]
    header = [
        [("收入", 0, 2), ("支出", 2, 2)],
        [("项目", 0, 1), (word, 1, 1), ("项目", 2, 1), (word, 3, 1)],
    ]
    return cols, header


def s05():
    """Each side a list of its own: the expenditure side's three 类 then its totals right under them,
    beside the income items; only the 总计 rows share a line."""
    cols, header = summary_plain_cols()
    rows = [
        [INCOME_ITEMS[0], "1,386.52", "四、公共安全支出", "1,102.37"],
        [INCOME_ITEMS[1], None, "八、社会保障和就业支出", "168.25"],
        [INCOME_ITEMS[2], None, "十九、住房保障支出", "96.40"],
        [INCOME_ITEMS[3], None, "本年支出合计", "1,367.02"],
        [INCOME_ITEMS[4], None, "结余分配", None],
        [INCOME_ITEMS[5], None, "年末结转和结余", "81.48"],
        [INCOME_ITEMS[6], None, None, None],
        [INCOME_ITEMS[7], "4.80", None, None],
        ["本年收入合计", "1,391.32", None, None],
        [USE, None, None, None],
        ["年初结转和结余", "57.18", None, None],
        [TOTAL, "1,448.50", TOTAL, "1,448.50"],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s05_layout_sides_flow_apart.layout.txt",
        cover_layout("石门县司法局", 2024, "表一", "收入支出决算总表", "", width=94),
        t,
        ["", " " * 46 + "-6-"],
    )


# -------------------------------------------------------------- 财政拨款收入支出决算总表 without 行次
def fiscal_plain_cols(il=30, ia=14, el=32, fc=(14, 14, 14, 14), word="金额"):
    cols = [(il, "l"), (ia, "r"), (el, "l")] + [(w, "r") for w in fc]
    header = [
        [("收入", 0, 2), ("支出", 2, 5)],
        [
            ("项目", 0, 1),
            (word, 1, 1),
            ("项目", 2, 1),
            ("合计", 3, 1),
            (["一般公共预算", "财政拨款"], 4, 1),
            (["政府性基金预算", "财政拨款"], 5, 1),
            (["国有资本经营预算", "财政拨款"], 6, 1),
        ],
    ]
    return cols, header


def s06():
    """The expenditure side longer: rows with only the right-hand item; the income side's 年初 lines
    with only the left."""
    cols, header = fiscal_plain_cols()
    rows = [
        [FUNDS[0], "18,627.45", "一、一般公共服务支出", "35.60", "35.60", None, None],
        [FUNDS[1], "2,300.00", "五、教育支出", "16,318.74", "14,068.74", "2,250.00", None],
        [FUNDS[2], None, "六、科学技术支出", "12.00", "12.00", None, None],
        [None, None, "七、文化旅游体育与传媒支出", "8.50", "8.50", None, None],
        [None, None, "八、社会保障和就业支出", "2,206.43", "2,206.43", None, None],
        [None, None, "九、卫生健康支出", "854.21", "854.21", None, None],
        [None, None, "十九、住房保障支出", "1,147.88", "1,147.88", None, None],
        ["本年收入合计", "20,927.45", "本年支出合计", "20,583.36", "18,333.36", "2,250.00", None],
        ["年初财政拨款结转和结余", "412.36", "年末财政拨款结转和结余", "756.45", "656.45", "100.00", None],
        [{"text": SUBFUNDS[0], "indent": 2}, "362.36", None, None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, "50.00", None, None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, None, None, None, None, None, None],
        [TOTAL, "21,339.81", TOTAL, "21,339.81", "18,989.81", "2,350.00", None],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s06_layout_fiscal_right_longer.layout.txt",
        cover_layout("澧县教育局", 2023, "表4", "财政拨款收入支出决算总表", "公开04表", width=132),
        t,
        ["", " " * 66 + "-9-"],
    )


def s07():
    """元 with thousands separators filling narrow cells: the 行次 one space before the figure
    ("1 38,201,845.67"), the figure one space before the next label."""
    cols, header = summary_hangci(il=34, ih=4, ia=12, el=32, eh=4, ea=12)
    rows = [
        [INCOME_ITEMS[0], "1", "38,201,845.67", "一、一般公共服务支出", "31", "1,208,316.40"],
        [INCOME_ITEMS[1], "2", "12,500,000.00", "八、社会保障和就业支出", "32", "2,964,750.22"],
        [INCOME_ITEMS[2], "3", None, "九、卫生健康支出", "33", "731,208.95"],
        [INCOME_ITEMS[3], "4", None, "十三、交通运输支出", "34", "44,853,460.87"],
        [INCOME_ITEMS[4], "5", None, "十九、住房保障支出", "35", "1,102,537.00"],
        [INCOME_ITEMS[5], "6", None, "二十三、其他支出", "36", None],
        [INCOME_ITEMS[6], "7", None, None, "37", None],
        [INCOME_ITEMS[7], "8", "46,380.00", None, "38", None],
        ["本年收入合计", "9", "50,748,225.67", "本年支出合计", "39", "50,860,273.44"],
        [USE, "10", None, "结余分配", "40", None],
        ["年初结转和结余", "11", "3,126,904.18", "年末结转和结余", "41", "3,014,856.41"],
        [TOTAL, "12", "53,875,129.85", TOTAL, "42", "53,875,129.85"],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s07_layout_hangci_glued_yuan.layout.txt",
        cover_layout(
            "桃源县交通运输局", 2023, "表1", "收入支出决算总表", "公开01表", unit_word="单位：元", width=98
        ),
        t,
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", "", " " * 46 + "-4-"],
    )


def s08():
    """Label cells 12 characters wide, the row centred: a name wrapped over two lines on one side only,
    the row's figures (and the other side's one-line item) on a line between the two pieces."""
    cols, header = summary_plain_cols(il=26, ia=13, el=26, ea=13)
    rows = [
        [["一、一般公共预算财政拨款", "收入"], "2,064.93", "一、一般公共服务支出", "1,486.20"],
        [["二、政府性基金预算财政拨", "款收入"], None, "八、社会保障和就业支出", "352.94"],
        [["三、国有资本经营预算财政", "拨款收入"], None, "九、卫生健康支出", "61.37"],
        ["四、上级补助收入", "30.00", "十九、住房保障支出", "124.05"],
        ["五、事业收入", None, ["二十二、灾害防治及应急管", "理支出"], "15.00"],
        ["六、经营收入", None, None, None],
        ["七、附属单位上缴收入", None, None, None],
        ["八、其他收入", "1.85", None, None],
        ["本年收入合计", "2,096.78", "本年支出合计", "2,039.56"],
        [["使用非财政拨款结余（含专", "用结余）"], "12.40", "结余分配", None],
        ["年初结转和结余", "88.62", "年末结转和结余", "158.24"],
        [TOTAL, "2,197.80", TOTAL, "2,197.80"],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s08_layout_wrap_one_side_centred.layout.txt",
        cover_layout("慈利县人力资源和社会保障局", 2024, "表1", "收入支出决算总表", "公开01表", width=78),
        t,
        ["", " " * 38 + "-4-"],
    )


def s09():
    """Tall total rows: the labels and 行次 at the top, the figures at the bottom (a line below); the
    carryover rows between them blank (no carryover at all)."""
    cols, header = fiscal_hangci()
    top = {"valign": "top"}

    def low(fig):
        return {"text": fig, "valign": "bottom"}

    rows = [
        [FUNDS[0], "1", "1,684.27", "一、一般公共服务支出", "30", "146.30", "146.30", None, None],
        [FUNDS[1], "2", None, "八、社会保障和就业支出", "31", "1,402.85", "1,402.85", None, None],
        [FUNDS[2], "3", None, "九、卫生健康支出", "32", "58.12", "58.12", None, None],
        [None, "4", None, "十九、住房保障支出", "33", "77.00", "77.00", None, None],
        [
            {"text": "本年收入合计", "valign": "top", "height": 2},
            {"text": "5", **top},
            low("1,684.27"),
            {"text": "本年支出合计", "valign": "top"},
            {"text": "34", **top},
            low("1,684.27"),
            low("1,684.27"),
            None,
            None,
        ],
        ["年初财政拨款结转和结余", "6", None, "年末财政拨款结转和结余", "35", None, None, None, None],
        [{"text": SUBFUNDS[0], "indent": 2}, "7", None, None, "36", None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, "8", None, None, "37", None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, "9", None, None, "38", None, None, None, None],
        [
            {"text": "总计", "valign": "top", "align": "c", "height": 2},
            {"text": "10", **top},
            low("1,684.27"),
            {"text": "总计", "valign": "top", "align": "c"},
            {"text": "39", **top},
            low("1,684.27"),
            low("1,684.27"),
            None,
            None,
        ],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s09_layout_fiscal_total_below_label.layout.txt",
        cover_layout("汉寿县退役军人事务局", 2023, "表4", "财政拨款收入支出决算总表", "公开04表", width=136),
        t,
        ["注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。", "", " " * 66 + "-8-"],
    )


def s10():
    """财政拨款总表 of the national template (26 类, 行次 on both sides) over two pages: page 2 prints the
    title again with （续）, the unit and the header (栏次 included)."""
    cols, header = fiscal_hangci()
    exp = {
        CLASSES_2023[0]: ("210.44", "210.44", None),
        CLASSES_2023[7]: ("4,917.92", "4,917.92", None),
        CLASSES_2023[8]: ("136.70", "136.70", None),
        CLASSES_2023[18]: ("284.16", "284.16", None),
        CLASSES_2023[22]: ("470.00", None, "470.00"),
    }
    inc = {0: "6,215.48", 1: "480.00"}
    rows = []
    for n, cls in enumerate(CLASSES_2023):
        if n == 15:
            rows.append(
                (
                    PAGE,
                    {
                        "footer": "-8-",
                        "lines": [
                            " " * 54 + "财政拨款收入支出决算总表（续）",
                            " " * 126 + "单位：万元",
                        ],
                    },
                )
            )
        figs = exp.get(cls, (None, None, None))
        rows.append(
            [
                FUNDS[n] if n < 3 else None,
                str(n + 1),
                inc.get(n),
                cls,
                str(33 + n),
                figs[0],
                figs[1],
                figs[2],
                None,
            ]
        )
    rows += [
        ["本年收入合计", "27", "6,695.48", "本年支出合计", "59", "6,019.22", "5,549.22", "470.00", None],
        [
            "年初财政拨款结转和结余",
            "28",
            "325.60",
            "年末财政拨款结转和结余",
            "60",
            "1,001.86",
            "971.86",
            "30.00",
            None,
        ],
        [{"text": SUBFUNDS[0], "indent": 2}, "29", "305.60", None, "61", None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, "30", "20.00", None, "62", None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, "31", None, None, "63", None, None, None, None],
        [TOTAL, "32", "7,021.08", TOTAL, "64", "7,021.08", "6,521.08", "500.00", None],
    ]
    t = Table(cols, header, rows)
    write_layout(
        "s10_layout_fiscal_two_pages_continued.layout.txt",
        cover_layout("津市市民政局", 2023, "表4", "财政拨款收入支出决算总表", "公开04表", width=136),
        t,
        [
            "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
            "",
            " " * 66 + "-9-",
        ],
    )


# ----------------------------------------------------------------------------------------------- PDFs
def s02():
    cols, header = fiscal_plain_cols(il=30, ia=14, el=34, fc=(14, 18, 18, 18))
    rows = [
        [FUNDS[0], "3,457.62", "一、一般公共服务支出", "96.18", "96.18", None, None],
        [FUNDS[1], "1,860.00", "八、社会保障和就业支出", "412.56", "412.56", None, None],
        [FUNDS[2], None, "九、卫生健康支出", "88.34", "88.34", None, None],
        [None, None, "十一、城乡社区支出", "1,780.00", None, "1,780.00", None],
        [None, None, "十八、自然资源海洋气象等支出", "2,604.97", "2,604.97", None, None],
        [None, None, "十九、住房保障支出", "193.40", "193.40", None, None],
        ["本年收入合计", "5,317.62", "本年支出合计", "5,175.45", "3,395.45", "1,780.00", None],
        ["年初财政拨款结转和结余", "142.90", "年末财政拨款结转和结余", "285.07", "155.07", "130.00", None],
        [{"text": SUBFUNDS[0], "indent": 2}, "92.90", None, None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, "50.00", None, None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, None, None, None, None, None, None],
        [TOTAL, "5,460.52", TOTAL, "5,460.52", "3,550.52", "1,910.00", None],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "s02_control_pdf_grid_fiscal.pdf",
        cover_pdf("桑植县自然资源局", 2023, "表4", "财政拨款收入支出决算总表", "公开04表"),
        t,
        rules="grid",
        note="注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。",
    )


def s11():
    """收入支出决算总表 of the national template over two pages, ruled: page 2 starts with "续表1" and the
    header drawn again."""
    cols, header = summary_hangci(il=34, ih=7, ia=14, el=32, eh=7, ea=14)
    income = {
        INCOME_ITEMS[0]: "8,642.15",
        INCOME_ITEMS[1]: "12,380.00",
        INCOME_ITEMS[4]: "1,245.60",
        INCOME_ITEMS[5]: "86.20",
        INCOME_ITEMS[7]: "32.45",
    }
    expenditure = {
        CLASSES_2023[0]: "318.26",
        CLASSES_2023[7]: "705.93",
        CLASSES_2023[8]: "142.58",
        CLASSES_2023[10]: "19,836.74",
        CLASSES_2023[18]: "1,984.31",
        CLASSES_2023[21]: "45.00",
    }
    bottom = [
        ("本年收入合计", "22,386.40", "本年支出合计", "23,032.82"),
        (USE, "40.00", "结余分配", "12.50"),
        ("年初结转和结余", "1,507.38", "年末结转和结余", "888.46"),
        (None, None, None, None),
        (TOTAL, "23,933.78", TOTAL, "23,933.78"),
    ]
    rows = national_rows(income, expenditure, bottom)
    rows.insert(14, (PAGE, {"cont": [("续表1", 10, "l"), (("", "单位：万元"), 9, "lr")]}))
    t = Table(cols, header, rows)
    draw_pdf(
        "s11_pdf_grid_two_pages_xubiao.pdf",
        cover_pdf("慈利县住房和城乡建设局", 2023, "表1", "收入支出决算总表", "公开01表"),
        t,
        rules="grid",
        note="注：本表反映部门本年度的总收支和年末结转结余情况。",
    )


def s12():
    """财政拨款总表, unruled, rows centred: names wrapped over two lines on one side only (label cells 11
    characters wide), the figures on the middle line."""
    cols, header = fiscal_plain_cols(il=24, ia=14, el=24, fc=(14, 16, 16, 18))
    rows = [
        [
            ["一、一般公共预算财政拨", "款"],
            "4,126.84",
            "八、社会保障和就业支出",
            "386.15",
            "386.15",
            None,
            None,
        ],
        [["二、政府性基金预算财政", "拨款"], "350.00", "九、卫生健康支出", "72.40", "72.40", None, None],
        [
            ["三、国有资本经营预算财", "政拨款"],
            None,
            "十二、农林水支出",
            "3,381.57",
            "3,031.57",
            "350.00",
            None,
        ],
        [None, None, "十九、住房保障支出", "155.28", "155.28", None, None],
        [None, None, ["二十二、灾害防治及应急", "管理支出"], "210.50", "210.50", None, None],
        ["本年收入合计", "4,476.84", "本年支出合计", "4,205.90", "3,855.90", "350.00", None],
        ["年初财政拨款结转和结余", "64.20", "年末财政拨款结转和结余", "335.14", "335.14", "0.00", None],
        [{"text": SUBFUNDS[0], "indent": 1}, "64.20", None, None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 1}, None, None, None, None, None, None],
        [{"text": ["国有资本经营预算财政", "拨款"], "indent": 1}, None, None, None, None, None, None],
        [TOTAL, "4,541.04", TOTAL, "4,541.04", "4,191.04", "350.00", None],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "s12_pdf_unruled_fiscal_wrap_one_side.pdf",
        cover_pdf("石门县林业局", 2024, "表四", "财政拨款收入支出决算总表", "公开04表"),
        t,
        rules="none",
    )


def s13():
    """收入支出决算总表 in 元 printed as integers with thousands separators, 行次 beside them, one amount
    of three digits (850) beside its 行次 (8); horizontal rules only."""
    cols, header = summary_hangci(il=34, ih=7, ia=14, el=32, eh=7, ea=14)
    rows = [
        [INCOME_ITEMS[0], "1", "3,286,540", "一、一般公共服务支出", "13", "2,704,316"],
        [INCOME_ITEMS[1], "2", None, "八、社会保障和就业支出", "14", "318,702"],
        [INCOME_ITEMS[2], "3", None, "九、卫生健康支出", "15", "96,455"],
        [INCOME_ITEMS[3], "4", None, "十九、住房保障支出", "16", "167,930"],
        [INCOME_ITEMS[4], "5", None, None, "17", None],
        [INCOME_ITEMS[5], "6", None, None, "18", None],
        [INCOME_ITEMS[6], "7", None, None, "19", None],
        [INCOME_ITEMS[7], "8", "850", None, "20", None],
        ["本年收入合计", "9", "3,287,390", "本年支出合计", "21", "3,287,403"],
        [USE, "10", None, "结余分配", "22", None],
        ["年初结转和结余", "11", "64,218", "年末结转和结余", "23", "64,205"],
        [TOTAL, "12", "3,351,608", TOTAL, "24", "3,351,608"],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "s13_pdf_hrules_yuan_integers_hangci.pdf",
        cover_pdf("临澧县档案馆", 2022, "表1", "收入支出决算总表", "公开01表", unit_word="单位：元"),
        t,
        rules="hrules",
    )


def s14():
    """财政拨款总表 whose expenditure side lists its 类 by functional code: a code column (支出功能分类科目
    编码) and a name column."""
    cols = [(30, "l"), (14, "r"), (12, "c"), (24, "l"), (14, "r"), (18, "r"), (18, "r"), (18, "r")]
    header = [
        [("收入", 0, 2), ("支出", 2, 6)],
        [
            ("项目", 0, 1),
            ("金额", 1, 1),
            (["支出功能分类", "科目编码"], 2, 1),
            ("科目名称", 3, 1),
            ("合计", 4, 1),
            (["一般公共预算", "财政拨款"], 5, 1),
            (["政府性基金预算", "财政拨款"], 6, 1),
            (["国有资本经营预算", "财政拨款"], 7, 1),
        ],
    ]
    rows = [
        [FUNDS[0], "9,874.36", "205", "教育支出", "8,463.19", "7,863.19", "600.00", None],
        [FUNDS[1], "600.00", "208", "社会保障和就业支出", "1,196.57", "1,196.57", None, None],
        [FUNDS[2], None, "210", "卫生健康支出", "384.22", "384.22", None, None],
        [None, None, "221", "住房保障支出", "512.80", "512.80", None, None],
        ["本年收入合计", "10,474.36", None, "本年支出合计", "10,556.78", "9,956.78", "600.00", None],
        ["年初财政拨款结转和结余", "218.40", None, "年末财政拨款结转和结余", "135.98", "135.98", None, None],
        [{"text": SUBFUNDS[0], "indent": 2}, "218.40", None, None, None, None, None, None],
        [{"text": SUBFUNDS[1], "indent": 2}, None, None, None, None, None, None, None],
        [{"text": SUBFUNDS[2], "indent": 2}, None, None, None, None, None, None, None],
        [TOTAL, "10,692.76", None, TOTAL, "10,692.76", "10,092.76", "600.00", None],
    ]
    t = Table(cols, header, rows)
    draw_pdf(
        "s14_pdf_grid_fiscal_function_codes.pdf",
        cover_pdf("武陵源区教育局", 2024, "表4", "财政拨款收入支出决算总表", "公开04表"),
        t,
        rules="grid",
    )


def s15():
    """财政拨款总表 as Shanghai's 2024 template prints it (unruled, 决算数, no 行次): the 年初 carryover's
    fund lines numbered 一、二、三 like the income items above them."""
    cols, header = fiscal_plain_cols(il=30, ia=14, el=32, fc=(14, 16, 16, 18), word="决算数")
    exp = {
        CLASSES_2023[0]: ("1,120.45", "1,120.45"),
        CLASSES_2023[7]: ("214.36", "214.36"),
        CLASSES_2023[8]: ("63.02", "63.02"),
        CLASSES_2023[18]: ("118.75", "118.75"),
    }
    rows = []
    for n, cls in enumerate(CLASSES_2023):
        figs = exp.get(cls, (None, None))
        rows.append(
            [FUNDS[n] if n < 3 else None, "1,562.38" if n == 0 else None, cls, figs[0], figs[1], None, None]
        )
    rows += [
        ["本年收入合计", "1,562.38", "本年支出合计", "1,516.58", "1,516.58", None, None],
        ["年初财政拨款结转和结余", "48.60", "年末财政拨款结转和结余", "94.40", "94.40", None, None],
        [FUNDS[0], "48.60", None, None, None, None, None],
        [FUNDS[1], None, None, None, None, None, None],
        [FUNDS[2], None, None, None, None, None, None],
        [TOTAL, "1,610.98", TOTAL, "1,610.98", "1,610.98", None, None],
    ]
    t = Table(cols, header, rows, lead=11, pad=2)
    draw_pdf(
        "s15_pdf_unruled_fiscal_numbered_carry.pdf",
        [
            ("上海市静安区档案局2024年度部门决算", 15, "c"),
            ("财政拨款收入支出决算总表", 14, "c"),
            (("", "单位：万元"), 9, "lr"),
        ],
        t,
        rules="none",
    )


# --------------------------------------------------------------------------------------------- plain
def s16():
    lines = [
        "鹤城区城市管理局",
        "2023年度部门决算",
        "",
        "第二部分 鹤城区城市管理局2023年度部门决算表",
        "表4",
        "财政拨款收入支出决算总表",
        "公开04表",
        "编制单位：鹤城区城市管理局 单位：万元",
        "收入 支出",
        "项目 金额 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款",
        "一、一般公共预算财政拨款 2,745.60 一、一般公共服务支出 125.40 125.40",
        "二、政府性基金预算财政拨款 900.00 八、社会保障和就业支出 263.05 263.05",
        "三、国有资本经营预算财政拨款 十一、城乡社区支出 2,810.15 2,160.15 650.00",
        "十三、交通运输支出 250.00 250.00",
        "十九、住房保障支出 117.00 117.00",
        "本年收入合计 3,645.60 本年支出合计 3,565.60 2,665.60 900.00",
        "年初财政拨款结转和结余 年末财政拨款结转和结余 80.00 80.00",
        "一般公共预算财政拨款",
        "政府性基金预算财政拨款",
        "国有资本经营预算财政拨款",
        "总计 3,645.60 总计 3,645.60 2,745.60 900.00",
        "注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。",
        "-8-",
    ]
    with open(os.path.join(HERE, "s16_plain_fiscal_carry_pinned_by_totals.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    for make in (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16):
        make()


if __name__ == "__main__":
    main()
