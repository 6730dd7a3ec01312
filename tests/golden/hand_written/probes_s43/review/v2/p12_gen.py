"""P1/P2 probes: plain-pdftotext-shaped 政府采购 tables (.txt, written by hand in the shape of
/work/main/tests/golden/hand_written/rules_s42b/b1_jiangsu_sjt_2018_dept_budget.txt lines 1124-1200 and
js_jcy_2019 lines 1357-1500), each in a minimal 部门预算 document.
Run: /work/main/.venv/bin/python p12_gen.py   (writes p12/*.txt)"""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "p12")
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

PROBES = {}


def probe(name, body):
    PROBES[name] = body


# ---- P1 --------------------------------------------------------------------------------------------
# control: the b1 shape (合 among the header words, 计 alone, its figure below)
probe(
    "p1_00_control_b1_shape",
    """采购品目大类
合

单位：万元
专项名称

经济科目

采购物品名称

采购组织形式

总计

计

1,592.00

一、货物 A

1,046.00
信息化建设

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

三、服务 C

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
""",
)

# a 小计 under the first category parted "小" / "计" (its figure below), the 合计 printed last (label, figure
# below). Expected: 合计 1,592.00, 货物 1,046.00, 服务 546.00.
probe(
    "p1_01_subtotal_split_total_last",
    """采购品目大类

单位：万元
专项名称

经济科目

采购物品名称

采购组织形式

金额

一、货物 A
小

计

1,046.00
信息化建设

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

三、服务 C
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

合计

1,592.00
""",
)

# same, the 合计 printed last on one line with its figure: NEW reads it as "printed twice"
probe(
    "p1_02_subtotal_split_total_last_one_line",
    PROBES["p1_01_subtotal_split_total_last"].replace("合计\n\n1,592.00\n", "合计 1,592.00\n"),
)

# a header word wrapped, "采购金额合" / "计", then the first category's figure printed above its label (the
# 2019 shape "2,441.44" / "三、服务 C"); the 合计 printed last with its figure on its line.
probe(
    "p1_03_header_word_wrapped_total_last",
    """采购品目

单位：万元
专项名称

采购物品名称

采购组织形式

采购金额合

计

1,046.00
一、货物 A
信息化建设

服务器

政府集中采购

860.00

办公设备购置

台式计算机

政府集中采购

186.00

三、服务 C

546.00
业务工作

审计服务

部门集中采购

360.00

机关运行

物业管理服务

分散自行组织

186.00

合计 1,592.00
""",
)

# an item's name wrapped "工程设" / "计" (工程设计, a service), its figure below, before any category or total was
# read: the first category's figure printed elsewhere (out of order) and the 合计 last.
probe(
    "p1_04_item_name_wrapped_ji",
    """采购品目

单位：万元
项目名称

采购物品名称

采购组织形式

金额

三、服务 C
基建项目

工程设

计

120.00

部门集中采购

机关运行

物业管理服务

分散自行组织

426.00

546.00

一、货物 A

1,046.00

信息化建设

服务器

政府集中采购

1,046.00

合计

1,592.00
""",
)

# the 合计's "计" alone, its figure two lines below with a lone figure between? (no: the rule needs the figure on
# the next line); control variant: "合" and "计" both alone ("合" / "计" / figure) — the plain parting of a
# label spaced in its cell. Expected 合计 1,592.00.
probe(
    "p1_05_he_ji_both_alone",
    """采购品目大类

单位：万元
专项名称

采购物品名称

采购组织形式

金额

合

计

1,592.00

一、货物 A

1,046.00
信息化建设

服务器

政府集中采购

1,046.00

三、服务 C

546.00
业务工作

审计服务

部门集中采购

546.00
""",
)

# a table without a 合计 row (only the categories' rows, a 小计 each), the first category's 小计 parted.
# Expected: 货物 1,046.00, 服务 546.00, no 合计.
probe(
    "p1_06_no_total_subtotal_split",
    """采购品目大类

单位：万元
项目名称

采购物品名称

采购组织形式

金额

一、货物 A
小

计

1,046.00
信息化建设

服务器

政府集中采购

1,046.00

三、服务 C
小计

546.00
业务工作

审计服务

部门集中采购

546.00
""",
)

# ---- P2 --------------------------------------------------------------------------------------------
# control: the 2019 shape: 服务's figure printed above its label, after an item's figure
probe(
    "p2_00_control_2019_shape",
    """采购品目大
专项名称

经济科目

采购物品名称

采购组织形式

总计

类
计

2,744.84

一、货物 A

303.40

合

办公设备购置

台式计算机

分散自行组织

303.40

63.00
2,441.44

三、服务 C
网络运行维护

470.00

维修（护）费

软件开发服务

部门集中采购

2,441.44
""",
)

# two categories without their figure on or below the line: both said (the rule needs exactly one)
probe(
    "p2_01_two_missing",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2,744.84

一、货物 A
办公设备购置

台式计算机

分散自行组织

263.40
40.00
二、工程 B
维修改造

分散自行组织

40.00
2,441.44

三、服务 C
网络运行维护

软件开发服务

部门集中采购

2,441.44
""",
)

# the remainder a near item's figure equals where the category's own figure is far: a value fits by
# construction (合计 less the others), so it is right unless another category is not read. Here 二、工程's label
# is printed joined to its first item ("二、工程 B 维修改造"), so it is no category row; 服务 is the one
# missing; the remainder is 工程 + 服务 = 2,481.44, which an item's figure under 服务 equals by chance.
# Expected: 合计 2,744.84, 货物 263.40, 工程/服务 not loaded (or 服务 2,441.44 if it could be told).
probe(
    "p2_02_unread_category_remainder_by_chance",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2,744.84

一、货物 A

263.40
办公设备购置

台式计算机

分散自行组织

263.40

二、工程 B 维修改造

分散自行组织

40.00

三、服务 C
2,481.44
网络运行维护

软件开发服务

部门集中采购

1,000.00

物业管理服务

分散自行组织

1,441.44

2,441.44
""",
)

# integer 万元 figures: an item's figure one off the remainder fits "within rounding" (step 1, 4 figures:
# tolerance 2). 服务's own figure (2441) is far from its label; an item's 2442 is the line after it.
# Expected: 服务 2441 or said; never 2442.
probe(
    "p2_03_integer_near_miss",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2745

一、货物 A

263
办公设备购置

台式计算机

分散自行组织

263

二、工程 B

41
维修改造

分散自行组织

41

三、服务 C
2442
网络运行维护

部门集中采购

软件开发服务

部门集中采购

物业管理服务

分散自行组织

2441
""",
)

# a category whose real figure is blank (no works bought): 二、工程 B prints nothing; an item figure near it.
# Expected: 合计 2,744.84, 货物 303.40, 服务 2,441.44; 工程 not loaded (zero), nothing said wrong.
probe(
    "p2_04_category_blank_zero",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2,744.84

一、货物 A

303.40
办公设备购置

台式计算机

分散自行组织

303.40

二、工程 B

三、服务 C

2,441.44
网络运行维护

部门集中采购

2,441.44
""",
)

# a category whose figure is printed on the 合计's scale wrongly (the report's own sum error): 合计 2,744.84,
# 货物 303.40, 服务's figure far; a lone item figure within two lines 2,441.44 (the true remainder) — and the
# 服务 real subtotal printed elsewhere is 2,400.00 (the report does not add up). Expected: the sums check says it;
# NEW loads 2,441.44 (an item's) as 服务 and the check passes by construction.
probe(
    "p2_05_report_does_not_add_up",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2,744.84

一、货物 A

303.40
办公设备购置

台式计算机

分散自行组织

303.40

三、服务 C
网络运行维护
2,441.44
部门集中采购

物业管理服务

分散自行组织

-41.44

2,400.00
""",
)

# a final account: 预算数 | 实际数 columns; 服务's line prints none (figures far): the rule does not apply
probe(
    "p2_06_final_two_columns",
    """采购品目大类
合

单位：万元
项目名称

预算数

实际数

合计 2,744.84 2,700.00

一、货物 A 303.40 300.00

三、服务 C

网络运行维护 2,441.44 2,400.00
""",
)

# a procurement table by columns: 合计 | 货物 | 工程 | 服务, the header's "合" and "计" parted by other words
probe(
    "p2_07_columns_header_parted",
    """单位名称

合

货物

工程

服务

计

单位：万元

江苏省某某局本级 2,744.84 303.40 0.00 2,441.44

合计 2,744.84 303.40 0.00 2,441.44
""",
)

# (redesigned p2_02) 二、工程's label joined to its first item, so no category row; 服务 the one missing; the
# figure above 服务's label is an item's (2,481.44) that equals 合计 less 货物 (= 工程 + 服务) by chance; 服务's
# own 2,441.44 printed far below. Expected: 服务 2,441.44 or said; never 2,481.44.
probe(
    "p2_02b_unread_category_remainder_above",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

2,744.84

一、货物 A

263.40
办公设备购置

台式计算机

分散自行组织

263.40

二、工程 B 维修改造

分散自行组织

40.00

网络运行维护

2,481.44
三、服务 C
软件开发服务

部门集中采购

物业管理服务

分散自行组织

1,441.44

1,000.00

2,441.44
""",
)

# (redesigned p2_03) integer 万元 figures with separators; 服务's own 2,441 printed far; an item's 2,442 one line
# above its label fits 合计 less the others "within rounding" (step 1 万元, 4 figures: 2; 工程 1,041). Expected: never 2,442.
probe(
    "p2_03b_integer_near_miss_above",
    """采购品目大类
合

单位：万元
专项名称

采购物品名称

采购组织形式

总计

计

4,745

一、货物 A

1,263
办公设备购置

台式计算机

分散自行组织

1,263

二、工程 B

1,041
维修改造

分散自行组织

1,041

网络运行维护

2,442
三、服务 C
软件开发服务

部门集中采购

物业管理服务

分散自行组织

2,441
""",
)

# a procurement table by columns: 合计 | 货物 | 工程 | 服务, the unit early, the header's "合" and "计" parted
probe(
    "p2_07b_columns_header_parted",
    """单位：万元
单位名称

合

货物

工程

服务

计

江苏省某某局本级 2,744.84 303.40 0.00 2,441.44

合计 2,744.84 303.40 0.00 2,441.44
""",
)


if __name__ == "__main__":
    for name, body in PROBES.items():
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(HEAD + body + TAIL)
