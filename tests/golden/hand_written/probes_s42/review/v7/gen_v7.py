"""Write v7's kept probes (PDF drawn by g7.py, v5's g5 with sparse codes; the REAL pdftotext -layout)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen7 import doc
from subj import FUNC, FUNC_TOTAL
from subj2 import FUNC2, FUNC2_TOTAL

# r1: every row centred, split codes, 7-em cell: "行政单位离退休" fills its cell on its line, then a three-line name
print(
    doc(
        "r1_split_codes_centred_full_cell_name_before_three_line_budget",
        FUNC2,
        FUNC2_TOTAL,
        {},
        dict(name_w=7, fig_pos="mid"),
        split=True,
    )
)
# o1: r1 with one 科目编码 column (old: both parsers wrong alike)
print(
    doc(
        "o1_single_code_centred_full_cell_name_before_three_line_budget",
        FUNC2,
        FUNC2_TOTAL,
        {},
        dict(name_w=7, fig_pos="mid"),
        split=False,
    )
)
# r2: every row bottom-aligned (Excel's default), split codes, 6-em cell
print(
    doc(
        "r2_split_codes_bottom_aligned_full_cell_name_budget",
        FUNC2,
        FUNC2_TOTAL,
        {c: dict(pos="bottom") for c, _, _ in FUNC2},
        dict(name_w=6, fig_pos="bottom"),
        split=True,
    )
)
# r3: every row centred, one code column, 6-em cell: "城乡社区支出" fills its cell before a three-line name
print(
    doc(
        "r3_centred_full_cell_class_name_chain_budget",
        FUNC2,
        FUNC2_TOTAL,
        {},
        dict(name_w=6, fig_pos="mid"),
        split=False,
    )
)
# r4: split codes, centred, 8-em cell; 2120801's cell three lines high, its name at the top, code and figures at the bottom
print(
    doc(
        "r4_split_codes_name_wholly_above_code_budget",
        FUNC,
        FUNC_TOTAL,
        {"2120801": dict(lines=3, npos="top", pos="bottom")},
        dict(name_w=8, fig_pos="mid"),
        split=True,
    )
)
