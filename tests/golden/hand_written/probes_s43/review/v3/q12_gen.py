"""Q1/Q2 probes (round 3): plain-pdftotext-shaped 政府采购 tables (.txt) in v2's minimal 部门预算
(v2/p12_gen.py HEAD/TAIL; shapes of js_jcy_2019_dept_budget.txt lines 1357-1500 and b1).
Run: /work/main/.venv/bin/python q12_gen.py   (writes q12/*.txt)"""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "q12")
os.makedirs(HERE, exist_ok=True)

HEAD = """江苏省某某局
2024年度部门预算公开

第二部分 2024年度部门预算表
十一、政府采购支出预算表

政府采购支出预算表
部门：江苏省某某局
"""
TAIL = """
注：1.采购组织形式为：集中采购、部门集中采购和分散采购。

10

第三部分 江苏省某某局2024年度部门预算情况说明
"""
HEADER = "采购品目大类\n\n单位：万元\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n金额\n\n"
GOODS_ITEMS = """信息化建设

信息网络及软件购
置更新

服务器

政府集中采购

860.00

办公设备购置

办公设备购置

台式计算机

政府集中采购

186.00

"""
SERVICES = """三、服务 C
小计

546.00
业务工作

委托业务费

审计服务

部门集中采购

360.00

机关运行

物业管理费

物业管理服务

分散自行组织

186.00

"""
PROBES = {}

# Q1-01: the first category's 小计 parted ("小" / "计" / figure), the 合计 printed LAST and spaced too
# ("合" / "计" / "1,592.00"). Expected 合计 1,592.00 (货物 1,046.00, 服务 546.00).
PROBES["q1_01_subtotal_parted_total_last_parted"] = (
    HEADER + "一、货物 A\n小\n\n计\n\n1,046.00\n" + GOODS_ITEMS + SERVICES + "合\n\n计\n\n1,592.00\n"
)
# Q1-02: an item name wrapped "工程设" / "计" (its figure 120.00 below) before the 合计, which is printed last
# and spaced ("合" / "计" / "1,712.00"). Expected 合计 1,712.00, 货物 1,046.00, 服务 666.00.
PROBES["q1_02_item_ji_total_last_parted"] = (
    HEADER
    + "一、货物 A\n\n1,046.00\n"
    + GOODS_ITEMS
    + "三、服务 C\n\n666.00\n业务工作\n\n委托业务费\n\n工程设\n\n计\n\n120.00\n\n"
    + SERVICES.split("小计\n\n546.00\n", 1)[1]
    + "合\n\n计\n\n1,712.00\n"
)
# Q1-03: b1's header "合" alone (the column word 合计 printed spaced over two lines, "合" / "计" in the header
# where the 计 is set after the first category, as js_jcy_2019 sets its "合" after it), the first category's
# 小计 parted "小" / "计"; the 合计 row printed last with its figure ABOVE its label (2019 sets figures above
# their labels: "2,441.44" / "三、服务 C"). Expected 合计 1,592.00.
PROBES["q1_03_he_alone_subtotal_parted_total_figure_above"] = (
    "采购品目大类\n合\n\n单位：万元\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n"
    + "一、货物 A\n小\n\n计\n\n1,046.00\n"
    + GOODS_ITEMS
    + SERVICES
    + "1,592.00\n合计\n"
)
# Q1-04: control for Q1-03 without the parted 小计 (its 小计 on one line): the same 合计 last, figure above.
PROBES["q1_04_ctrl_he_alone_total_figure_above"] = (
    "采购品目大类\n合\n\n单位：万元\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n"
    + "一、货物 A\n小计\n\n1,046.00\n"
    + GOODS_ITEMS
    + SERVICES
    + "1,592.00\n合计\n"
)
# Q1-05: the 2019 shape exactly ("总计" / "类" / "计" / figure, "合" set after the first category's figure)
# but an item wrapped "工程设" / "计" sits in the first category... after the real 计: the real one is first.
# Control for order: expected 合计 2,744.84.
PROBES["q1_05_ctrl_2019_header_then_item_ji"] = (
    "采购品目大\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n总计\n\n类\n计\n\n2,744.84\n\n"
    "一、货物 A\n\n303.40\n\n合\n\n办公设备购置\n\n303.40\n\n工程设\n\n计\n\n40.00\n\n"
    "二、工程 B\n\n40.00\n\n三、服务 C\n\n2,401.44\n\n软件开发服务\n\n部门集中采购\n\n2,401.44\n"
)
# Q1-06: the total row spaced "合 计" last with its figure on its line "合   计   1,592.00" only after a
# parted "小" / "计" and a "合" alone among the header words: a 合计 row prints its figure, so the lone 计 is
# not the total. Expected 合计 1,592.00.
PROBES["q1_06_ctrl_he_alone_total_last_on_line"] = (
    "采购品目大类\n合\n\n单位：万元\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n"
    + "一、货物 A\n小\n\n计\n\n1,046.00\n"
    + GOODS_ITEMS
    + SERVICES
    + "合   计   1,592.00\n"
)

# Q2-01: a category whose figure is set apart (服务's own 546.00 far below) and one lone figure near its
# label that is exactly the 合计 less the others only because a fourth category row ("四、其他") is not read
# as a category: 合计 1,712.00 = 货物 1,046.00 + 服务 546.00 + 其他 120.00; the lone figure 666.00 above
# "三、服务 C" (服务 + 其他: an item line's figure here). Expected: 服务 546.00 or said, not 666.00.
PROBES["q2_01_fourth_category_not_read"] = (
    HEADER
    + "合计\n\n1,712.00\n\n一、货物 A\n\n1,046.00\n"
    + GOODS_ITEMS
    + "委托业务\n\n666.00\n三、服务 C\n业务工作\n\n委托业务费\n\n审计服务\n\n部门集中采购\n\n360.00\n\n"
    + "机关运行\n\n物业管理费\n\n物业管理服务\n\n分散自行组织\n\n186.00\n\n546.00\n\n"
    + "四、其他\n\n120.00\n"
)
# Q2-02: a category row whose figure is unreadable (a scan's "1,O46.00": figure_unreadable, not counted)
# and another category set apart: the lone figure by 服务 is 服务 + 货物 only where ... here a lone figure
# 1,592.00 - 0 ... : 合计 1,592.00; 货物 spoiled; 服务's own 546.00 far below; an item's 1,592.00? No: an
# item's figure 1,592.00 is contrived; use the 合计 printed again near 服务's label (a page's running total).
PROBES["q2_02_spoiled_category_total_repeated_near"] = (
    HEADER
    + "合计\n\n1,592.00\n\n一、货物 A\n\n1,O46.00\n"
    + GOODS_ITEMS
    + "1,592.00\n三、服务 C\n业务工作\n\n委托业务费\n\n审计服务\n\n部门集中采购\n\n360.00\n\n"
    + "机关运行\n\n物业管理费\n\n物业管理服务\n\n分散自行组织\n\n186.00\n\n546.00\n"
)
# Q2-03: control: the 2019 shape, 服务's own figure set a line above its label (exact): expected 服务 2,441.44.
PROBES["q2_03_ctrl_2019_shape"] = (
    "采购品目大\n专项名称\n\n经济科目\n\n采购物品名称\n\n采购组织形式\n\n总计\n\n类\n计\n\n2,744.84\n\n"
    "一、货物 A\n\n303.40\n\n合\n\n办公设备购置\n\n303.40\n\n63.00\n2,441.44\n\n三、服务 C\n"
    "软件开发服务\n\n部门集中采购\n\n2,441.44\n"
)

if __name__ == "__main__":
    for name, body in PROBES.items():
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(HEAD + body + TAIL)
