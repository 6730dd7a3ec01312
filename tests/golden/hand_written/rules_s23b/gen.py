"""Writes the inputs of rules_s23b: adversarial inputs against the rules of commits 82b7639..HEAD (every
figure typed here by hand; the expectations are typed separately in rules_s23b_data.py).
Run: .venv/bin/python tests/golden/hand_written/rules_s23b/gen.py"""

from pathlib import Path

OUT = Path(__file__).parent
BODY = "第一部分 部门概况\n本部门是政府工作部门。\n"


def write(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


# ---- metadata.py: brackets and the scope word ----
write("m01_year_in_brackets.txt", "南阳市水利局（2024年）\n部门预算\n" + BODY)
write("m02_draft_note.txt", "南阳市水利局（草案）\n2024年部门预算\n" + BODY)
write("m03_scope_in_brackets.txt", "南阳市卫生健康委员会（单位）2024年度决算\n" + BODY)
write("m04_other_name_region.txt", "南阳市档案馆（南阳市地方史志研究室）2024年部门预算\n" + BODY)
write("m05_year_bracket_after_name.txt", "南阳市人民政府办公室（2024年度）部门决算\n" + BODY)
# the unit's name alone in brackets under the title (read before 82b7639: the brackets were stripped)
write("m06_name_in_brackets_under_title.txt", "2024年部门预算\n（南阳市水利局）\n" + BODY)

# ---- narrative.py: running lines ----
# a running header that carries its page number: no line repeats, so nothing is removed
write(
    "n01_header_with_page_number.txt",
    "南阳市水利局2024年度部门决算\n"
    "第一部分 部门决算情况说明\n"
    "一、一般公共预算财政拨款支出决算情况说明\n"
    "2024年度一般公共预算财政拨款支出决算为\n"
    "\f南阳市水利局2024年度部门决算 2\n"
    "5,250.00万元，比上年增加250.00万元，增长5.00%。主要原因是水利工程\n"
    "建设项目增加。\n"
    "\f南阳市水利局2024年度部门决算 3\n"
    "二、其他重要事项的情况说明\n"
    "本部门2024年度无政府采购支出。\n",
)
# one statement printed in two sections, each time broken at a page's end: the same fragment at two edges
write(
    "n02_repeated_fragment_at_page_ends.txt",
    "南阳市水利局2024年度部门决算\n"
    "第一部分 部门决算情况说明\n"
    "一、机关运行经费支出情况说明\n"
    "2024年度机关运行经费支出35.60万\n"
    "\f元，比上年减少2.40万元，下降6.32%。主要原因是压减办公费。\n"
    "二、其他重要事项的情况说明\n"
    "（一）机关运行经费支出情况\n"
    "2024年度机关运行经费支出35.60万\n"
    "\f元，主要用于办公费、水电费等日常公用支出。\n"
    "（二）政府采购支出情况\n"
    "本部门2024年度无政府采购支出。\n",
)

# ---- changes.py: subjects restated together ----
HEAD = "南阳市水利局2024年度部门决算\n第一部分 部门决算情况说明\n"
write(
    "c01_and_inside_a_subject.txt",
    HEAD + "2024年度社会保障和就业支出200.00万元，住房保障支出200.00万元。与上年相比，"
    "社会保障和就业支出和住房保障支出各增加10.00万元。\n",
)
write(
    "c02_differing_figures.txt",
    HEAD + "2024年度收入总计1,200.00万元，支出总计1,180.00万元。与上年相比，"
    "收入总计和支出总计各减少50.00万元。\n",
)
write(
    "c03_two_of_three_subjects.txt",
    HEAD + "2024年度财政拨款收入800.00万元，事业收入80.00万元，其他收入80.00万元。与上年相比，"
    "事业收入和其他收入各增加5.00万元。\n",
)
write(
    "c04_part_named_like_a_whole.txt",
    HEAD + "2024年度收入总计1,000.00万元，支出总计1,000.00万元，其中本年收入合计950.00万元。与上年相比，"
    "收入总计和支出总计各增加20.00万元。\n",
)

write(
    "c05_short_subjects.txt",
    HEAD + "2024年度收入总计1,000.00万元，支出总计1,000.00万元。与上年相比，收入和支出各增加20.00万元。\n",
)

# ---- summary.py: _place_phased ----
FINAL = "南阳市水利局\n2024年度部门决算\n\n第三部分 附表\n财政拨款收入支出决算总表\n单位：万元\n收入 支出\n"
write(
    "s01_row_numbers_every_cell.txt",
    FINAL + "项目 行次 年初预算数 调整预算数 决算数 项目 行次 年初预算数 调整预算数 决算数\n"
    "一、一般公共预算财政拨款 1 8,000.00 8,500.00 8,640.00 一、一般公共服务支出 5 7,100.00 7,600.00 7,740.00\n"
    "二、政府性基金预算财政拨款 2 0.00 0.00 0.00 二、社会保障和就业支出 6 560.00 560.00 560.00\n"
    "三、国有资本经营预算财政拨款 3 0.00 0.00 0.00 三、住房保障支出 7 340.00 340.00 340.00\n"
    "本年收入合计 4 8,000.00 8,500.00 8,640.00 本年支出合计 8 8,000.00 8,500.00 8,640.00\n",
)
write(
    "s02_dash_for_blank.txt",
    FINAL + "项目 年初预算数 调整预算数 决算数 项目 年初预算数 调整预算数 决算数\n"
    "一、一般公共预算财政拨款 8,000.00 8,500.00 8,640.00 一、一般公共服务支出 7,100.00 7,650.00 7,790.00\n"
    "二、政府性基金预算财政拨款 - 50.00 50.00 二、社会保障和就业支出 560.00 560.00 560.00\n"
    "三、国有资本经营预算财政拨款 - - - 三、住房保障支出 340.00 340.00 340.00\n"
    "本年收入合计 8,000.00 8,550.00 8,690.00 本年支出合计 8,000.00 8,550.00 8,690.00\n",
)
write(
    "s03_row_numbers_blank_dropped.txt",
    FINAL + "项目 行次 年初预算数 调整预算数 决算数 项目 行次 年初预算数 调整预算数 决算数\n"
    "一、一般公共预算财政拨款 1 8,000.00 8,500.00 8,640.00 一、一般公共服务支出 5 7,100.00 7,650.00 7,790.00\n"
    "二、政府性基金预算财政拨款 2 50.00 50.00 二、社会保障和就业支出 6 560.00 560.00 560.00\n"
    "三、国有资本经营预算财政拨款 3 三、住房保障支出 7 340.00 340.00 340.00\n"
    "本年收入合计 4 8,000.00 8,550.00 8,690.00 本年支出合计 8 8,000.00 8,550.00 8,690.00\n",
)
write(
    "s04_zero_for_blank.txt",
    FINAL + "项目 年初预算数 调整预算数 决算数 项目 年初预算数 调整预算数 决算数\n"
    "一、一般公共预算财政拨款 8,000.00 8,500.00 8,640.00 一、一般公共服务支出 7,100.00 7,650.00 7,790.00\n"
    "二、政府性基金预算财政拨款 0.00 50.00 50.00 二、社会保障和就业支出 560.00 560.00 560.00\n"
    "三、国有资本经营预算财政拨款 三、住房保障支出 340.00 340.00 340.00\n"
    "本年收入合计 8,000.00 8,550.00 8,690.00 本年支出合计 8,000.00 8,550.00 8,690.00\n",
)

# ---- functional.py: a project table printed a cell per line, one row on one line ----
PROJ = (
    "某某县自然资源和规划局\n2025年部门预算\n\n第二部分 附表\n表9\n"
    "某某县自然资源和规划局2025年项目支出预算表\n编制单位：某某县自然资源和规划局\n项目名称\n\n单位：万元\n"
    "合计\n\n一般公共预算拨款\n\n上年结转\n\n"
)
write(
    "f01_cell_per_line_total_on_one_line.txt",
    PROJ + "合计 2,300.50 2,180.50 120.00\n\n"
    "国土空间总体规划编制及实施监督评估项\n目\n\n865.00\n\n745.00\n\n120.00\n\n"
    "耕地保护与永久基本农田划定成果更新维\n护及监测监管专项经费\n\n820.50\n\n820.50\n\n"
    "不动产登记信息平台运维与历史档案数字\n化整理\n\n600.00\n\n600.00\n\n"
    "事业单位专项业务经费 15.00 15.00\n",
)
write(
    "f02_cell_per_line_digits_in_name.txt",
    PROJ + "2,300.50\n\n2,180.50\n\n120.00\n\n"
    "国土空间总体规划编制及实施监督评估项\n目\n\n865.00\n\n745.00\n\n120.00\n\n"
    "耕地保护与永久基本农田划定成果更新维\n护及监测监管专项经费\n\n820.50\n\n820.50\n\n"
    "12345政务服务便民热线运维经费\n\n600.00\n\n600.00\n\n"
    "事业单位专项业务经费\n\n15.00\n\n15.00\n",
)

if __name__ == "__main__":
    print(sorted(p.name for p in OUT.glob("*.txt")))
