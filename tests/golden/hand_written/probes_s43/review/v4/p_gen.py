"""v4 procurement probes, from v3's q2_03 (js_jcy_2019 shape), v2's p2_02b and v3's q1_03. Writes p/*.txt.
Run: /work/main/.venv/bin/python p_gen.py"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
V3 = os.path.join(HERE, "..", "v3", "q12")
V2 = os.path.join(HERE, "..", "v2", "p12")
q2_03 = open(os.path.join(V3, "q2_03_ctrl_2019_shape.txt")).read()
p2_02b = open(os.path.join(V2, "p2_02b_unread_category_remainder_above.txt")).read()
q1_03 = open(os.path.join(V3, "q1_03_he_alone_subtotal_parted_total_figure_above.txt")).read()
END = "第三部分 江苏省某某局2024年度部门预算情况说明"


def once(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


PROBES = {
    # 货物's figure printed on its label's line (a read category whose line is not its label alone)
    "p01_goods_figure_on_its_line": once(q2_03, "一、货物 A\n\n303.40\n\n合", "一、货物 A    303.40\n\n合"),
    # the same with 服务's label + the lone figure; 货物 as in 2019 but "合" joined: control of p01
    # the next part's numbered heading (no 表 at its end) before 第三部分, inside the table's lines
    "p02_next_heading_numbered": once(q2_03, END, "十二、部门整体支出绩效目标\n\n" + END),
    # a numbered heading ending 表 right before the next table's title on its own page
    "p03_next_heading_table_title": once(
        q2_03,
        "10\n\n" + END,
        "10\n\f十二、部门整体支出绩效目标表\n\n部门整体支出绩效目标表\n单位：万元\n项目 目标 指标\n\n" + END,
    ),
    # Arabic numbering: "2、工程 B 维修改造" joined to its first item (v2 p2_02b, 1、/2、/3、)
    "p04_arabic_numbering_joined": p2_02b.replace("一、货物", "1、货物")
    .replace("二、工程", "2、工程")
    .replace("三、服务", "3、服务"),
    # the category head after its first item's words on the joined line ("维修改造 二、工程 B")
    "p05_head_after_item_words": once(p2_02b, "二、工程 B 维修改造", "维修改造 二、工程 B"),
    # a category head without numbering joined to its item ("工程类 维修改造")
    "p06_unnumbered_head_joined": once(p2_02b, "二、工程 B 维修改造", "工程类 维修改造"),
    # a parted 小计 whose two glyphs plain text sets apart by another cell ("小" / "信息化建设" / "计")
    "p07_subtotal_parted_by_cell": once(
        q1_03, "小\n\n计\n\n1,046.00\n信息化建设", "小\n信息化建设\n计\n\n1,046.00"
    ),
    # the 2019 header's "计" and an item wrapped "审" / "计" hmm: 工程设/计 under 服务 (q1_05 is v3's); a
    # 2019 shape with a second lone 计 from a wrapped item "会" / "计服务"? no: "工程设" / "计" with a figure
    "p08_2019_header_item_wrap_ji_goods": once(q2_03, "办公设备购置\n\n303.40", "工程设\n计\n\n303.40"),
}
if __name__ == "__main__":
    for name, text in PROBES.items():
        with open(os.path.join(HERE, "p", name + ".txt"), "w") as f:
            f.write(text)
