"""v4 functional probes (_OWN_PHASE_LABEL_RE): v1's r2_gen.draw, the part on a page of its own.
Run: /work/main/.venv/bin/python f_gen.py"""

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
OWN = {  # own-year wordings in a 决算 (the part is this year's actual)
    "f_o01_final_wanyuan": "决算数（万元）",
    "f_o02_this_year_final_wanyuan": "本年决算数（万元）",
    "f_o03_this_period": "本期决算数",
    "f_o04_year_final": "年度决算数",
    "f_o05_final_amount": "决算金额",
    "f_o06_income_exp_final": "本年收支决算数",
    "f_o07_actual_spend": "实际支出数",
    "f_o08_this_year_spend": "本年支出",
    "f_o09_budget_exec": "预算执行数",
    "f_o10_final_2024_paren": "决算数（2024年）",
}
OTHER_IN_BUDGET = {  # labels the regex reads, in a 2024 预算: last year's
    "f_b01_actual": "实际数",
    "f_b02_done": "完成数",
    "f_b03_whole_year_exec": "全年执行数",
    "f_b04_this_year_done": "本年完成数",
    "f_b05_final_amount_e": "决算额",
}
if __name__ == "__main__":
    for name, label in OWN.items():
        r2_gen.draw(name, cover=FINAL, part_label=label, actuals=ACTUALS)
    for name, label in OTHER_IN_BUDGET.items():
        r2_gen.draw(name, part_label=label, actuals=PRIOR, **BUDGET_DOC)
