"""Writes the inputs of rules_s23c: adversarial inputs against the rules of c096b2c..9c2a85f (metadata brackets,
running lines, dead runs, the (本级) scope, csv / mht landing). Every figure is typed here by hand; the
expectations are typed separately in rules_s23c_data.py.
Run: .venv/bin/python tests/golden/hand_written/rules_s23c/gen.py"""

from pathlib import Path

OUT = Path(__file__).parent
BODY = "第一部分 部门概况\n本部门是政府工作部门。\n"


def write(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


# ---- metadata.py: brackets, notes, the scope word ----
# the scope word in brackets on the name's own line, the year and kind on the next line
write("m01_scope_bracket_line_above_year.txt", "南阳市卫生健康委员会（单位）\n2024年度决算\n" + BODY)
# a note on the report not in the list of notes (公示稿): kept as the name's other name?
write("m02_note_not_listed.txt", "南阳市水利局（公示稿）\n2024年部门预算\n" + BODY)
# another name in brackets, then the organ's level: the region read from the whole name
write("m03_other_name_then_level.txt", "南阳市档案馆（南阳市史志办）（本级）2024年度部门决算\n" + BODY)
# the year in brackets first, then a name with its other name: a closing bracket opens the name
write("m04_year_first_then_other_name.txt", "（2024年度）南阳市档案馆（南阳市史志办）部门决算\n" + BODY)
# the scope word in brackets right before the kind, the year alone on the next line
write("m05_scope_bracket_before_kind.txt", "南阳市水利局（单位）决算\n（2024年度）\n" + BODY)
# control: the other name, then the year in brackets (the unbalanced bracket closes after the year)
write("m06_other_name_then_year_bracket.txt", "南阳市档案馆（南阳市史志办）（2024年）部门预算\n" + BODY)
# the organ's level in its usual bracket, '（机关本级）': neither another name nor a level the rules know
write("m07_organ_level_bracket.txt", "南阳市财政局（机关本级）2024年度部门决算\n" + BODY)

# ---- narrative.py: running lines ----
HEAD = "南阳市水利局2024年度部门决算\n第一部分 部门决算情况说明\n"
# one statement in two sections, each broken at a page's end inside its figure ("35" / ".60万元"): the
# fragments state no figure a regex sees
write(
    "n01_figure_split_at_page_ends.txt",
    HEAD + "一、机关运行经费支出情况说明\n"
    "本部门2024年度机关运行经费支出35\n"
    "\f.60万元，比上年减少2.40万元，下降6.32%。主要原因是压减办公费。\n"
    "二、其他重要事项的情况说明\n"
    "（一）机关运行经费支出情况\n"
    "本部门2024年度机关运行经费支出35\n"
    "\f.60万元，主要用于办公费、水电费等日常公用支出。\n"
    "（二）政府采购支出情况\n"
    "本部门2024年度无政府采购支出。\n",
)
# a running footer printing its page as "2/3": compared without "3" only, it differs on each page
write(
    "n02_footer_slash_page_number.txt",
    HEAD + "一、一般公共预算财政拨款支出决算情况说明\n"
    "2024年度一般公共预算财政拨款支出决算为\n"
    "南阳市水利局2024年度部门决算 2/3\n"
    "\f5,250.00万元，比上年增加250.00万元，增长5.00%。主要原因是水利工程\n"
    "建设项目增加。\n"
    "南阳市水利局2024年度部门决算 3/3\n"
    "\f二、其他重要事项的情况说明\n"
    "本部门2024年度无政府采购支出。\n",
)
# two sentence pieces at page ends that differ only in their leading year: equal once numbers are dropped
# (under a heading that names no subject of its own)
write(
    "n03_pieces_differing_in_year.txt",
    HEAD + "一、财政拨款收入支出决算总体情况说明\n"
    "2024年度一般公共预算财政拨款支出决算为\n"
    "\f5,250.00万元，比上年增加250.00万元，增长5.00%。主要原因是水利工程建设项目增加。\n"
    "二、与上年对比情况\n"
    "2023年度一般公共预算财政拨款支出决算为\n"
    "\f5,000.00万元，主要用于水利工程建设。\n"
    "三、其他重要事项的情况说明\n"
    "本部门2024年度无政府采购支出。\n",
)
