"""Q4 probes (round 3, _OTHER_THAN_OWN_RE): columns printed apart on a page of their own under own-year labels
(must be read) and other-year labels the regex does not name (must not be read as this year's).
Reuses v1's r2_gen.draw (表5: p1 codes/names/年初预算数, p2 the part), writing here.
Run: /work/main/.venv/bin/python q4_gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v1"))
import r2_gen  # noqa: E402

r2_gen.HERE = HERE
PRIOR, ACTUALS = r2_gen.PRIOR, r2_gen.ACTUALS
FINAL = "某某区卫生健康局2024年部门决算"
BUDGET_DOC = dict(
    title="一般公共预算支出预算表", cover="某某区卫生健康局2024年部门预算", p1_group="2024年预算数"
)

OWN = {  # own-year labels: the part is this year's actual
    "q4_o01_final": "决算数",
    "q4_o02_this_year_final": "本年决算数",
    "q4_o03_exec": "执行数",
    "q4_o04_actual": "实际数",
    "q4_o05_year_final_2024": "2024年决算数",
    "q4_o06_this_year_actual": "本年实际数",
    "q4_o07_final_paren_this_year": "决算数（本年）",
    "q4_o08_whole_year_final": "全年决算数",
    "q4_o09_final_with_carryover": "决算数（含上年结转）",
    "q4_o10_year_final_2024_du": "2024年度决算数",
    "q4_o11_final_pay": "支出决算数",
}
OTHER = {  # other-year labels the regex misses: the part is last year's
    "q4_m01_qian_yi_nian": "前一年决算数",
    "q4_m02_qian_yi_nian_du": "前一年度决算数",
    "q4_m03_shang_qi": "上期决算数",
    "q4_m04_ji_qi": "基期决算数",
    "q4_m05_chinese_year": "二〇二三年决算数",
    "q4_m06_shang_ge_nian_du": "上个年度决算数",
    "q4_m07_paren_qian_yi_nian": "决算数（前一年）",
    "q4_m08_compare": "对比数",
}

if __name__ == "__main__":
    for name, label in OWN.items():
        r2_gen.draw(name, cover=FINAL, part_label=label, actuals=ACTUALS)
    for name, label in OTHER.items():
        r2_gen.draw(name, cover=FINAL, part_label=label, actuals=PRIOR)
    # budget doc: p1 2024年预算数, the part last year's execution under labels without 上年
    r2_gen.draw("q4_b01_budget_exec", part_label="执行数", actuals=PRIOR, **BUDGET_DOC)
    r2_gen.draw("q4_b02_budget_expected_exec", part_label="预计执行数", actuals=PRIOR, **BUDGET_DOC)
    r2_gen.draw("q4_b03_budget_final", part_label="决算数", actuals=PRIOR, **BUDGET_DOC)
    r2_gen.draw("q4_b04_budget_expected", part_label="预计数", actuals=PRIOR, **BUDGET_DOC)
