"""Write the rules_s28j inputs: project expenditure tables (项目支出表 / 项目支出预算表 / 项目支出决算表) as
departments print them, their FIGURES and structure (fund columns with blank cells, 财政拨款 over its funds,
一级项目 / 二级项目 groups with their sums, 项目类别 / 年限 words before the money, 备注 words after it, codes or
none, 合计 first or last, 元 and 万元, two pages, a final account's 年初预算数 | 决算数), each input built around
one difficulty. Project names are short (one line): the figures are what is tested.

The table model is rules_s28a/gen.py's (copied):
- ``*.layout.txt`` as `pdftotext -layout` prints a drawn table: a page column is one character column (9pt
  type: an ASCII glyph one column wide on the page, a CJK glyph two); every cell starts at its page column
  (left-aligned text one column inside its cell, figures right-aligned to its right border), but a CJK
  character is written as one character, so a line is padded with spaces up to the next cell's column; a
  cell that would start before the line's end is pushed one space after it.
- ``*.pdf`` drawn with minipdf (rules_s27e/minipdf.py: STSong-Light, not embedded; reportlab's canvas API):
  one layout column is 4.5pt, ruled as a grid, by horizontal rules only, or not at all.
- ``*.txt`` (plain pdftotext: cells one space apart, blank cells dropped) typed directly.

The figures are typed here per input; the expectations are typed separately in rules_s28j_data.py.
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
    write_layout,
)  # noqa: E402

review_tables.HERE, review_tables.PRODUCER = HERE, "rules_s28j gen.py"


# ------------------------------------------------------------------------------------------ shared parts
def doc_word(year, final):
    return f"{year}年度部门决算" if final else f"{year}年部门预算"


def cover_layout(unit, year, n_table, title, unit_word="单位：万元", final=False, width=100):
    doc = doc_word(year, final)
    return [
        unit,
        doc,
        "",
        f"第二部分 {unit}{doc}表",
        "",
        " " * (width // 2 - dw(n_table) // 2) + n_table,
        " " * (width // 2 - dw(title) // 2) + title,
        f"编制单位：{unit}" + " " * (width - dw(f"编制单位：{unit}") - dw(unit_word)) + unit_word,
    ]


def cover_pdf(unit, year, n_table, title, unit_word="单位：万元", final=False):
    return [
        (f"{unit}{doc_word(year, final)}", 15, "c"),
        (n_table, 10, "c"),
        (title, 14, "c"),
        ((f"编制单位：{unit}", unit_word), 9, "lr"),
    ]


def foot(n, width=100):
    return ["", " " * (width // 2 - 2) + f"-{n}-"]


TOTAL = "合计"


def write_plain(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------------------------------------ layout
def c01():
    """Control: 财政拨款 over 一般公共预算 | 政府性基金, then 财政专户管理资金 | 其他收入; blank cells; 合计 first."""
    cols = [(28, "l"), (14, "r"), (16, "r"), (14, "r"), (20, "r"), (14, "r")]
    header = [
        [("财政拨款", 2, 2)],
        [
            ("项目名称", 0, 1),
            ("合计", 1, 1),
            ("一般公共预算", 2, 1),
            ("政府性基金", 3, 1),
            ("财政专户管理资金", 4, 1),
            ("其他收入", 5, 1),
        ],
    ]
    rows = [
        [TOTAL, "1,286.50", "1,046.50", "180.00", "35.00", "25.00"],
        ["高标准农田建设", "620.00", "440.00", "180.00", None, None],
        ["动物疫病防控", "215.00", "215.00", None, None, None],
        ["农产品质量检测", "96.50", "71.50", None, None, "25.00"],
        ["农技推广服务", "180.00", "145.00", None, "35.00", None],
        ["农村人居环境整治", "175.00", "175.00", None, None, None],
    ]
    write_layout(
        "c01_control_layout_fund_columns.layout.txt",
        cover_layout("宁乡县农业农村局", 2024, "表7", "项目支出预算表", width=108),
        Table(cols, header, rows),
        ["注：本表反映本部门2024年项目支出预算安排情况。", *foot(9, 108)],
    )


def s03():
    """Beijing's columns: 合计 | 财政拨款 | 财政专户管理资金 | 单位资金, 单位资金 printing figures."""
    cols = [(26, "l"), (14, "r"), (14, "r"), (20, "r"), (14, "r")]
    header = [
        [
            ("项目名称", 0, 1),
            ("合计", 1, 1),
            ("财政拨款", 2, 1),
            ("财政专户管理资金", 3, 1),
            ("单位资金", 4, 1),
        ]
    ]
    rows = [
        [TOTAL, "963.20", "840.00", "45.00", "78.20"],
        ["环境卫生作业", "520.00", "520.00", None, None],
        ["垃圾减量宣传", "96.00", "96.00", None, None],
        ["市容秩序巡查", "123.20", "85.00", None, "38.20"],
        ["停车管理服务", "224.00", "139.00", "45.00", "40.00"],
    ]
    write_layout(
        "s03_layout_unit_funds_column.layout.txt",
        cover_layout("北京市西城区城市管理委员会", 2024, "表六", "项目支出表", width=90),
        Table(cols, header, rows),
        foot(12, 90),
    )


def s04():
    """财政拨款 over 小计 | 一般公共预算 | 政府性基金: two total columns, 合计 and the fund group's 小计."""
    cols = [(26, "l"), (14, "r"), (14, "r"), (16, "r"), (14, "r"), (20, "r"), (12, "r")]
    header = [
        [("财政拨款", 2, 3)],
        [
            ("项目名称", 0, 1),
            ("合计", 1, 1),
            ("小计", 2, 1),
            ("一般公共预算", 3, 1),
            ("政府性基金", 4, 1),
            ("财政专户管理资金", 5, 1),
            ("其他收入", 6, 1),
        ],
    ]
    rows = [
        ["老旧小区改造", "1,450.00", "1,450.00", "650.00", "800.00", None, None],
        ["保障房维修", "230.00", "230.00", "230.00", None, None, None],
        ["建筑工地扬尘监管", "64.80", "64.80", "64.80", None, None, None],
        ["城建档案数字化", "38.00", "18.00", "18.00", None, None, "20.00"],
        ["质量安全检测", "75.00", "45.00", "45.00", None, "30.00", None],
        [TOTAL, "1,857.80", "1,807.80", "1,007.80", "800.00", "30.00", "20.00"],
    ]
    write_layout(
        "s04_layout_fiscal_subtotal_column.layout.txt",
        cover_layout("攸县住房和城乡建设局", 2024, "表8", "项目支出预算表", width=116),
        Table(cols, header, rows),
        foot(10, 116),
    )


def s07():
    """A 备注 column after the money whose words carry digits (含中央补助80万元, 2023年结转, 财预〔2024〕12号, 1:1)."""
    cols = [(24, "l"), (14, "r"), (14, "r"), (14, "r"), (24, "l")]
    header = [[("项目名称", 0, 1), ("合计", 1, 1), ("财政拨款", 2, 1), ("其他收入", 3, 1), ("备注", 4, 1)]]
    rows = [
        [TOTAL, "760.00", "700.00", "60.00", None],
        ["退役军人优抚", "320.00", "320.00", None, "含中央补助80万元"],
        ["烈士纪念设施维护", "140.00", "140.00", None, "2023年结转"],
        ["就业创业扶持", "180.00", "120.00", "60.00", "财预〔2024〕12号"],
        ["困难帮扶", "120.00", "120.00", None, "市县配套1:1"],
    ]
    write_layout(
        "s07_layout_remark_words_with_digits.layout.txt",
        cover_layout("茶陵县退役军人事务局", 2024, "表8", "项目支出预算表", width=90),
        Table(cols, header, rows),
        foot(10, 90),
    )


def s09():
    """Twelve projects over two pages: the footer, 续表8 and the header again; pdftotext lays page 2 on its own
    grid, six columns right of page 1's; 合计 at the end."""
    cols = [(28, "l"), (14, "r"), (16, "r"), (14, "r"), (14, "r")]
    header = [
        [("财政拨款", 2, 2)],
        [
            ("项目名称", 0, 1),
            ("合计", 1, 1),
            ("一般公共预算", 2, 1),
            ("政府性基金", 3, 1),
            ("其他收入", 4, 1),
        ],
    ]
    page1 = [
        ["基本公共卫生服务", "1,250.00", "1,250.00", None, None],
        ["重大传染病防控", "386.40", "386.40", None, None],
        ["医疗机构能力建设", "900.00", "500.00", "400.00", None],
        ["家庭医生签约服务", "215.60", "215.60", None, None],
        ["妇幼健康服务", "128.00", "128.00", None, None],
        ["计划生育奖励扶助", "342.75", "342.75", None, None],
        ["卫生监督执法", "76.25", "56.25", None, "20.00"],
        ["健康教育宣传", "40.00", "40.00", None, None],
    ]
    page2 = [
        ["医养结合试点", "160.00", "60.00", "100.00", None],
        ["院前急救体系建设", "230.00", "230.00", None, None],
        ["中医药传承发展", "58.00", "48.00", None, "10.00"],
        ["爱国卫生运动", "35.00", "35.00", None, None],
        [TOTAL, "3,822.00", "3,292.00", "500.00", "30.00"],
    ]
    out = cover_layout("浏阳市卫生健康局", 2024, "表8", "项目支出预算表", width=88)
    out += layout_lines(Table(cols, header, page1))
    out += ["", " " * 44 + "-11-", "\f" + " " * 6 + "续表8", " " * 82 + "单位：万元"]
    out += layout_lines(Table(cols, header, page2), indent=6)
    out += foot(12, 100)
    with open(os.path.join(HERE, "s09_layout_two_pages_second_grid.layout.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def s11():
    """Final account: 科目编码 | 科目名称 | 项目名称 | 年初预算数 | 决算数; a project added in the year prints no
    budget; 合计 last."""
    cols = [(12, "l"), (22, "l"), (24, "l"), (14, "r"), (14, "r")]
    header = [
        [("科目编码", 0, 1), ("科目名称", 1, 1), ("项目名称", 2, 1), ("年初预算数", 3, 1), ("决算数", 4, 1)]
    ]
    rows = [
        ["2240106", "安全监管", "安全生产执法检查", "85.00", "79.36"],
        ["2240104", "灾害风险防治", "自然灾害风险普查", "120.00", "118.42"],
        ["2240102", "一般行政管理事务", "应急指挥平台运维", "60.00", "60.00"],
        ["2240199", "其他应急管理支出", "森林防火专项", None, "45.80"],
        [TOTAL, None, None, "265.00", "303.58"],
    ]
    write_layout(
        "s11_layout_final_budget_actual_codes.layout.txt",
        cover_layout("炎陵县应急管理局", 2023, "表9", "项目支出决算表", final=True, width=86),
        Table(cols, header, rows),
        ["注：森林防火专项为年中追加项目。", *foot(14, 86)],
    )


def s15():
    """一级项目 | 二级项目 in two columns: a 一级 row prints its name in the first and its sums, its 二级 rows
    their names in the second; one 一级 has a single 二级 (the same figures twice); 合计 last."""
    cols = [(20, "l"), (22, "l"), (14, "r"), (14, "r"), (14, "r")]
    header = [
        [("一级项目", 0, 1), ("二级项目", 1, 1), ("合计", 2, 1), ("财政拨款", 3, 1), ("其他收入", 4, 1)]
    ]
    rows = [
        ["国土空间规划", None, "470.00", "470.00", None],
        [None, "详细规划编制", "320.00", "320.00", None],
        [None, "村庄规划编制", "150.00", "150.00", None],
        ["耕地保护", None, "386.00", "326.00", "60.00"],
        [None, "耕地保护补偿", "240.00", "240.00", None],
        [None, "永久基本农田核查", "86.00", "86.00", None],
        [None, "补充耕地验收", "60.00", None, "60.00"],
        ["不动产登记", None, "95.50", "95.50", None],
        [None, "登记档案整理", "95.50", "95.50", None],
        [TOTAL, None, "951.50", "891.50", "60.00"],
    ]
    write_layout(
        "s15_layout_level1_level2_columns.layout.txt",
        cover_layout("桂东县自然资源局", 2024, "表8", "项目支出预算表", width=84),
        Table(cols, header, rows),
        foot(10, 84),
    )


# ----------------------------------------------------------------------------------------------- PDFs
def c02():
    """Control: ruled grid, 科目编码 | 科目名称 | 项目名称 | 合计 | 财政拨款 | 其他收入, 合计 last."""
    cols = [(12, "l"), (20, "l"), (22, "l"), (14, "r"), (14, "r"), (14, "r")]
    header = [
        [
            ("科目编码", 0, 1),
            ("科目名称", 1, 1),
            ("项目名称", 2, 1),
            ("合计", 3, 1),
            ("财政拨款", 4, 1),
            ("其他收入", 5, 1),
        ]
    ]
    rows = [
        ["2013816", "食品安全监管", "食品安全抽检", "158.00", "158.00", None],
        ["2013815", "质量安全监管", "特种设备安全检验", "86.40", "62.40", "24.00"],
        ["2013805", "市场秩序执法", "价格监督检查", "45.00", "45.00", None],
        ["2013808", "信息化建设", "智慧监管平台运维", "120.00", "120.00", None],
        [TOTAL, None, None, "409.40", "385.40", "24.00"],
    ]
    draw_pdf(
        "c02_control_pdf_grid_codes_total_last.pdf",
        cover_pdf("安仁县市场监督管理局", 2024, "表8", "项目支出预算表"),
        Table(cols, header, rows),
        rules="grid",
    )


def s06():
    """Unruled: 项目类别 words before the name, 实施年限 years ('2024-2026', '2024') after it, then the money;
    合计 last."""
    cols = [(14, "l"), (24, "l"), (14, "c"), (14, "r"), (16, "r"), (14, "r")]
    header = [
        [("财政拨款", 4, 2)],
        [
            ("项目类别", 0, 1),
            ("项目名称", 1, 1),
            ("实施年限", 2, 1),
            ("合计", 3, 1),
            ("一般公共预算", 4, 1),
            ("政府性基金", 5, 1),
        ],
    ]
    rows = [
        ["特定目标类", "智慧教育平台建设", "2024-2026", "450.00", "450.00", None],
        ["其他运转类", "教师培训", "2024", "126.80", "126.80", None],
        ["特定目标类", "校舍维修改造", "2023-2025", "600.00", "200.00", "400.00"],
        ["特定目标类", "学生资助", "2024", "83.20", "83.20", None],
        [TOTAL, None, None, "1,260.00", "860.00", "400.00"],
    ]
    draw_pdf(
        "s06_pdf_unruled_category_years.pdf",
        cover_pdf("汝城县教育局", 2024, "表9", "项目支出预算表"),
        Table(cols, header, rows, lead=11, pad=3),
        rules="none",
    )


def s08():
    """Ruled grid in 元, decimals with separators; 单位资金 in the header, blank in every row; 合计 first."""
    cols = [(22, "l"), (16, "r"), (16, "r"), (16, "r"), (20, "r"), (12, "r")]
    header = [
        [("财政拨款", 2, 2)],
        [
            ("项目名称", 0, 1),
            ("合计", 1, 1),
            ("一般公共预算", 2, 1),
            ("政府性基金", 3, 1),
            ("财政专户管理资金", 4, 1),
            ("单位资金", 5, 1),
        ],
    ]
    rows = [
        [TOTAL, "4,862,350.00", "3,412,350.00", "1,200,000.00", "250,000.00", None],
        ["城市绿化养护", "2,380,000.00", "1,180,000.00", "1,200,000.00", None, None],
        ["园林病虫害防治", "356,800.00", "356,800.00", None, None, None],
        ["公园运营管理", "1,645,550.00", "1,395,550.00", None, "250,000.00", None],
        ["古树名木保护", "480,000.00", "480,000.00", None, None, None],
    ]
    draw_pdf(
        "s08_pdf_grid_yuan_blank_unit_funds.pdf",
        cover_pdf("郴州市园林绿化局", 2024, "表7", "项目支出预算表", unit_word="单位：元"),
        Table(cols, header, rows),
        rules="grid",
    )


def s10():
    """Horizontal rules only, 合计 first; the table runs on to page 2 without its header."""
    cols = [(12, "l"), (28, "l"), (22, "l"), (14, "r"), (14, "r"), (14, "r")]
    header = [
        [
            ("科目编码", 0, 1),
            ("科目名称", 1, 1),
            ("项目名称", 2, 1),
            ("合计", 3, 1),
            ("财政拨款", 4, 1),
            ("其他收入", 5, 1),
        ]
    ]
    rows = [
        [TOTAL, None, None, "1,400.00", "1,310.00", "90.00"],
        ["2130306", "水利工程运行与维护", "水库除险加固", "540.00", "540.00", None],
        ["2130310", "水土保持", "水土流失治理", "210.00", "180.00", "30.00"],
        ["2130311", "水资源节约管理与保护", "水资源监测", "65.50", "65.50", None],
        ["2130314", "防汛", "防汛物资储备", "88.00", "88.00", None],
        ["2130315", "抗旱", "抗旱应急", "40.00", "40.00", None],
        ["2130319", "江河湖库水系综合整治", "河长制管理", "126.00", "126.00", None],
        (PAGE, {"repeat_header": False}),
        ["2130335", "农村人畜饮水", "农村饮水安全", "300.00", "240.00", "60.00"],
        ["2130399", "其他水利支出", "水利普查", "30.50", "30.50", None],
    ]
    draw_pdf(
        "s10_pdf_hrules_two_pages_no_header.pdf",
        cover_pdf("资兴市水利局", 2024, "表8", "项目支出预算表"),
        Table(cols, header, rows, lead=30, pad=6),
        rules="hrules",
    )


def s12():
    """Final account, ruled grid: 年初预算数 and 决算数 blocks each of 合计 | 财政拨款 | 其他收入; a project added
    in the year prints no budget; 合计 last."""
    cols = [(24, "l"), (14, "r"), (14, "r"), (12, "r"), (14, "r"), (14, "r"), (12, "r")]
    header = [
        [("项目名称", 0, 1), ("年初预算数", 1, 3), ("决算数", 4, 3)],
        [
            ("合计", 1, 1),
            ("财政拨款", 2, 1),
            ("其他收入", 3, 1),
            ("合计", 4, 1),
            ("财政拨款", 5, 1),
            ("其他收入", 6, 1),
        ],
    ]
    rows = [
        ["文物保护修缮", "300.00", "300.00", None, "286.50", "286.50", None],
        ["非遗传承保护", "80.00", "60.00", "20.00", "78.00", "60.00", "18.00"],
        ["公共文化服务", "150.00", "150.00", None, "150.00", "150.00", None],
        ["全民健身活动", None, None, None, "35.20", "35.20", None],
        [TOTAL, "530.00", "510.00", "20.00", "549.70", "531.70", "18.00"],
    ]
    draw_pdf(
        "s12_pdf_grid_final_two_blocks.pdf",
        cover_pdf("宜章县文化旅游广电体育局", 2023, "表9", "项目支出决算表", final=True),
        Table(cols, header, rows),
        rules="grid",
    )


def s16():
    """Unruled: 一级项目 numbered 一、二、 with their sums, 二级项目 numbered 1. 2. under them; 合计 first."""
    cols = [(28, "l"), (14, "r"), (16, "r"), (14, "r")]
    header = [[("项目名称", 0, 1), ("合计", 1, 1), ("一般公共预算", 2, 1), ("其他收入", 3, 1)]]
    sub = lambda name: {"text": name, "indent": 2}  # noqa: E731
    rows = [
        [TOTAL, "688.00", "628.00", "60.00"],
        ["一、商贸流通发展", "412.00", "372.00", "40.00"],
        [sub("1.农产品流通体系"), "250.00", "250.00", None],
        [sub("2.电商进农村"), "162.00", "122.00", "40.00"],
        ["二、对外开放促进", "276.00", "256.00", "20.00"],
        [sub("1.外贸企业扶持"), "180.00", "180.00", None],
        [sub("2.招商引资活动"), "96.00", "76.00", "20.00"],
    ]
    draw_pdf(
        "s16_pdf_unruled_numbered_levels.pdf",
        cover_pdf("临武县商务局", 2024, "表8", "项目支出预算表"),
        Table(cols, header, rows, lead=11, pad=3),
        rules="none",
    )


# --------------------------------------------------------------------------------------------- plain
def s05():
    """一级项目 rows printing their sums, each followed by its 二级项目 (the indent lost), blank cells dropped:
    合计 is the sum of the 一级 rows and each 一级 the sum of its 二级 ones, which pins every part."""
    write_plain(
        "s05_plain_level1_rows_with_sums.txt",
        [
            "醴陵市城市管理和综合执法局",
            "2024年部门预算",
            "",
            "第二部分 醴陵市城市管理和综合执法局2024年部门预算表",
            "表9",
            "项目支出预算表",
            "编制单位：醴陵市城市管理和综合执法局 单位：万元",
            "项目名称 合计 一般公共预算 政府性基金 其他收入",
            "合计 1,530.00 1,100.00 310.00 120.00",
            "城乡社区环境治理 900.00 510.00 310.00 80.00",
            "道路清扫保洁 520.00 210.00 310.00",
            "垃圾分类运营 380.00 300.00 80.00",
            "市政设施维护 630.00 590.00 40.00",
            "路灯维护 210.00 210.00",
            "桥梁检测 150.00 150.00",
            "排水管网疏通 270.00 230.00 40.00",
            "-11-",
        ],
    )


def s13():
    """Final account 科目编码 科目名称 项目名称 年初预算数 决算数, blank cells dropped: a project added in the
    year prints one figure (45.80), its 决算数 (the 年初预算数 合计 265.00 is the other rows' budgets)."""
    write_plain(
        "s13_plain_final_budget_actual_one_figure.txt",
        [
            "炎陵县应急管理局",
            "2023年度部门决算",
            "",
            "第二部分 炎陵县应急管理局2023年度部门决算表",
            "表9",
            "项目支出决算表",
            "编制单位：炎陵县应急管理局 单位：万元",
            "科目编码 科目名称 项目名称 年初预算数 决算数",
            "2240106 安全监管 安全生产执法检查 85.00 79.36",
            "2240104 灾害风险防治 自然灾害风险普查 120.00 118.42",
            "2240102 一般行政管理事务 应急指挥平台运维 60.00 60.00",
            "2240199 其他应急管理支出 森林防火专项 45.80",
            "合计 265.00 303.58",
            "注：森林防火专项为年中追加项目。",
            "-14-",
        ],
    )


def s14():
    """Blank cells dropped: two projects each print 50.00 50.00 where one is 政府性基金 and the other 其他收入;
    the identities cannot tell which (the parts must be said, not guessed)."""
    write_plain(
        "s14_plain_two_placements_said.txt",
        [
            "桂阳县交通运输局",
            "2024年部门预算",
            "",
            "第二部分 桂阳县交通运输局2024年部门预算表",
            "表8",
            "项目支出预算表",
            "编制单位：桂阳县交通运输局 单位：万元",
            "项目名称 合计 一般公共预算 政府性基金 其他收入",
            "合计 1,120.00 1,020.00 50.00 50.00",
            "公路养护 640.00 640.00",
            "农村客运补贴 50.00 50.00",
            "公交线路补助 50.00 50.00",
            "路政执法 380.00 380.00",
            "-9-",
        ],
    )


def main():
    for make in (c01, c02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16):
        make()


if __name__ == "__main__":
    main()
