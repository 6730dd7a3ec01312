"""v5 procurement probes (plain pdftotext text), from v3's q1_03 / q1_04 / q2_03 and v2's p2_02b. Writes p/*.txt.
Run: /work/main/.venv/bin/python p_gen.py"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
V3 = os.path.join(HERE, "..", "v3", "q12")
V2 = os.path.join(HERE, "..", "v2", "p12")
rd = lambda d, n: open(os.path.join(d, n)).read()
q1_03 = rd(V3, "q1_03_he_alone_subtotal_parted_total_figure_above.txt")
q1_04 = rd(V3, "q1_04_ctrl_he_alone_total_figure_above.txt")
q2_03 = rd(V3, "q2_03_ctrl_2019_shape.txt")
p2_02b = rd(V2, "p2_02b_unread_category_remainder_above.txt")


def once(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


PROBES = {
    # parted 小计 whose "小" shares its baseline with the next cell (pdftotext joins them on one line)
    "v5_01_subtotal_xiao_joined_to_cell": once(
        q1_03, "小\n\n计\n\n1,046.00\n信息化建设", "小    信息化建设\n计\n\n1,046.00"
    ),
    # the same, "小" joined to the category cell on its left
    "v5_02_subtotal_xiao_joined_to_category": once(
        q1_03, "一、货物 A\n小\n\n计\n\n1,046.00", "一、货物 A  小\n计\n\n1,046.00"
    ),
    # q1_04 (小计 on one line, 合计 last with its figure above, "合" alone in header) + an item wrapped to "计"
    "v5_03_item_wrap_ji_before_any_read": once(q1_04, "审计服务\n", "工程设\n计\n\n360.00\n"),
    # category head wrapped after its numbering: "二、" / "工程" / "维修改造" (guard escape)
    "v5_04_head_wrapped_after_dun": once(p2_02b, "二、工程 B 维修改造", "二、\n工程\n维修改造"),
    # "(二)" alone, then "工程 维修改造"
    "v5_05_head_paren_numbering_wrapped": once(p2_02b, "二、工程 B 维修改造", "（二）\n工程 维修改造"),
    # circled numbering ②
    "v5_06_head_circled_numbering": once(p2_02b, "二、工程 B 维修改造", "②工程 维修改造"),
    # 2019 shape, the total's and 货物's figures swapped by extraction order
    "v5_07_2019_figures_swapped": once(
        q2_03, "计\n\n2,744.84\n\n一、货物 A\n\n303.40\n\n合", "计\n\n303.40\n\n一、货物 A\n\n2,744.84\n\n合"
    ),
    # 2019 shape, 货物's head wrapped "一、" / "货物" and 货物's item figure near 服务 equal to total
    "v5_08_2019_first_head_wrapped": once(q2_03, "一、货物 A", "一、\n货物"),
}
if __name__ == "__main__":
    for name, text in PROBES.items():
        with open(os.path.join(HERE, "p", name + ".txt"), "w") as f:
            f.write(text)
