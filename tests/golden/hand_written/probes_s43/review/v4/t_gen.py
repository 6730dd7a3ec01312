"""v4 tables.py probes (a unit line alone right above a title is the table's unit when none is by the title
or in the header). Writes t/*.txt in v3's q3 layout-text shape (表3 一般公共预算财政拨款支出表, 22 figures).
Run: /work/main/.venv/bin/python t_gen.py"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "科目编码               科目名称                   合计       基本支出      项目支出"
ROWS = """          合计                           2,394.20   2,030.00   364.20
208       社会保障和就业支出                    1,864.20   1,500.00   364.20
20805     行政事业单位养老支出                   1,864.20   1,500.00   364.20
2080505   机关事业单位基本养老保险缴费支出             1,200.00   1,200.00
2080506   机关事业单位职业年金缴费支出                 664.20     300.00   364.20
210       卫生健康支出                         530.00     530.00
21011     行政事业单位医疗                       530.00     530.00
2101101   行政单位医疗                         400.00     400.00
2101102   事业单位医疗                         130.00     130.00"""
COVER = "某某区卫生健康局\n2024年部门预算\n\f"
B = "表3                一般公共预算财政拨款支出表"
A_EMPTY = "表2                政府性基金预算支出表"
A_FULL = (
    """表2                一般公共预算支出表
                                      单位：元
"""
    + HEADER
    + "\n"
    + ROWS.replace(".20 ", "0.00 ")
)  # another table in 元 above


def body(*parts):
    return COVER + "\n".join(parts) + "\n"


PROBES = {
    # the previous (empty, title + unit only) table's unit line right above B; B states 元 in a note below
    "t01_prev_unit_above_own_note_yuan": body(
        A_EMPTY, "                                      单位：万元", B, HEADER, ROWS, "注：本表金额单位为元。"
    ),
    # the same, B states its unit nowhere; a group statement "以下各表金额单位：元" opens the part
    "t02_prev_unit_above_group_yuan": COVER
    + "以下各表金额单位：元\n"
    + "\n".join([A_EMPTY, "                                      单位：万元", B, HEADER, ROWS])
    + "\n",
    # the same, B states nothing, no group statement (BASE: unit missing)
    "t03_prev_unit_above_nothing": body(
        A_EMPTY, "                                      单位：万元", B, HEADER, ROWS
    ),
    # a unit line above the title, another unit printed below the title (which wins?)
    "t04_unit_above_wan_own_below_yuan": body(
        "                                      金额单位：万元",
        B,
        "                                      金额单位：元",
        HEADER,
        ROWS,
    ),
    # a unit line above the title, the header's cell states 元
    "t05_unit_above_wan_header_yuan": body(
        "                                      金额单位：万元",
        B,
        HEADER.replace("合计   ", "合计（元）"),
        ROWS,
    ),
    # a 表N label line between the unit line and the title
    "t06_unit_label_title": body(
        "                                      金额单位：万元",
        "表3",
        "                一般公共预算财政拨款支出表",
        HEADER,
        ROWS,
    ),
    # control: the unit line alone right above the title, nothing else (the intended case)
    "t07_ctrl_unit_above_only": body("                                      金额单位：万元", B, HEADER, ROWS),
    # a full table in 元 above; a unit line "单位：元" printed as its footer, then B (万元 stated nowhere)
    "t08_prev_footer_unit_then_title": body(
        A_FULL, "                                      单位：元", B, HEADER, ROWS
    ),
    # a table of contents on B's page: the TOC's last entry line, then a unit line, then B
    "t09_toc_then_unit_then_title": body(
        "目  录",
        "表1  一般公共预算支出表 ........ 3",
        "表2  政府性基金预算支出表 ........ 4",
        "                                      单位：万元",
        B,
        HEADER,
        ROWS,
    ),
    # the unit line above is on the page before (a page break between): not to be taken
    "t10_unit_above_other_page": body(
        A_EMPTY, "                                      单位：万元", "\f" + B, HEADER, ROWS
    ),
}
if __name__ == "__main__":
    for name, text in PROBES.items():
        with open(os.path.join(HERE, "t", name + ".txt"), "w") as f:
            f.write(text)
