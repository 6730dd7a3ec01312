"""Write the kept probes (PDF drawn by g5.py, the REAL pdftotext -layout): a 部门收入总表 and a 部门支出总表 of
subj.FUNC (figures add up: 类 = Σ款 = Σ项, 合计 = Σ类), an 8-em name cell, code and figures centred in the cell
(a two-line name's code line between its pieces), and one row of another cell shape."""

from sweep1 import doc
from subj import FUNC, FUNC_TOTAL

S = dict(name_w=8, fig_pos="mid")
print(
    doc(
        "m1_bottom_aligned_row_after_centred_names_budget", FUNC, FUNC_TOTAL, {"21208": dict(pos="bottom")}, S
    )
)
print(
    doc(
        "m2_top_aligned_row_after_centred_names_budget",
        FUNC,
        FUNC_TOTAL,
        {"2080506": dict(pos="top", npos="top")},
        S,
    )
)
print(
    doc(
        "m3_tall_cell_name_top_code_centred_budget",
        FUNC,
        FUNC_TOTAL,
        {"2120801": dict(lines=3, npos="top")},
        S,
    )
)
print(
    doc(
        "m4_top_aligned_row_before_nameless_code_line_budget",
        FUNC,
        FUNC_TOTAL,
        {"21208": dict(pos="top", npos="top")},
        S,
    )
)
# m5: every row two lines high (a template's fixed row height), code and figures at the cell's top, the name centred
o = {c: dict(lines=2, npos="mid", pos="top") for c, _, _ in FUNC}
o["210"] = dict(o["210"], brk=True)
print(
    doc(
        "m5_fixed_height_rows_figures_top_names_centred_budget",
        FUNC,
        FUNC_TOTAL,
        o,
        dict(name_w=8, fig_pos="top"),
    )
)
print(
    doc(
        "m6_name_wholly_above_code_after_centred_budget",
        FUNC,
        FUNC_TOTAL,
        {"2120801": dict(lines=3, npos="top", pos="bottom")},
        S,
    )
)
# o2 (old): a bottom-aligned row (its last piece on its code's line) right after a centred two-line name
print(
    doc(
        "o2_bottom_aligned_row_after_two_line_centred_budget",
        FUNC,
        FUNC_TOTAL,
        {"2080506": dict(pos="bottom")},
        S,
    )
)
# o1 (old): a unit's row (name and figures, no code: "局机关 129.22 …") right before a centred first row
from g5 import Tab, write, f
from sweep1 import HEADS
from subj import UNIT

rows = [(None, "合计", [f(v) for v in FUNC_TOTAL], {})]
for name, block, tot in (("局机关", FUNC[:8], (129.22, 129.22, 0)), ("登记中心", FUNC[8:], (390, 40, 350))):
    rows.append((None, name, [f(v) for v in tot], {}))
    rows += [(c, n, [f(v) for v in fg], {}) for c, n, fg in block]
print(
    write(
        "o1_unit_row_before_centred_first_row_budget",
        UNIT,
        "2024年部门预算",
        [Tab(t, h, rows) for t, h in HEADS],
        S,
        {c: n for c, n, _ in FUNC},
    )
)
