"""P4 probes: columns printed apart on a page of their own under a label that names another year's block in
words column_key_of does not take for one ("决算数（上年）", "上年实际数", "上年数", "去年决算数", ...).
Reuses v1's r2_gen.draw (same 表5: p1 codes/names/年初预算数, p2 the part), writing here.
Run: /work/main/.venv/bin/python p4_gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v1"))
import r2_gen  # noqa: E402

r2_gen.HERE = HERE
PRIOR = r2_gen.PRIOR

if __name__ == "__main__":
    r2_gen.draw("p4_00_control_prior_final", part_label="上年决算数", actuals=PRIOR)
    r2_gen.draw("p4_01_final_paren_prior", part_label="决算数（上年）", actuals=PRIOR)
    r2_gen.draw("p4_02_prior_actual", part_label="上年实际数", actuals=PRIOR)
    r2_gen.draw("p4_03_prior_plain", part_label="上年数", actuals=PRIOR)
    r2_gen.draw("p4_04_last_year_final", part_label="去年决算数", actuals=PRIOR)
    r2_gen.draw("p4_05_prior_year_final_long", part_label="上年度决算数", actuals=PRIOR)
    r2_gen.draw("p4_06_prior_done", part_label="上年完成数", actuals=PRIOR)
    # budget doc: p1 2024年预算数, part 上年预计执行数 (no digit, so the label opens the part)
    r2_gen.draw(
        "p4_07_budget_prior_expected_exec",
        title="一般公共预算支出预算表",
        cover="某某区卫生健康局2024年部门预算",
        p1_group="2024年预算数",
        part_label="上年预计执行数",
        actuals=PRIOR,
    )
    # a final account: the part is 年初预算调整数 / 预算调整数 (an adjustment, not the actual)
    r2_gen.draw("p4_08_budget_adjustment", part_label="预算调整数", actuals=r2_gen.CHANGE)
    # a final account whose part is labelled "2023年决算数" where the report's year is 2024 (digits: refused?)
    # with words in another order so the words line is not opened on 小计
    r2_gen.draw(
        "p4_09_year_label_other_order",
        cover="某某区卫生健康局2024年部门决算",
        part_label="2023年决算数",
        part_words=((228, "项目支出"), (290, "基本支出"), (360, "小计")),
        actuals=[(p, b, t) for t, b, p in PRIOR],
    )
    # the part's word line itself names the prior year over each column ("上年小计"...)? words: 上年合计 etc.
    r2_gen.draw(
        "p4_10_words_name_prior",
        part_label="上年",
        actuals=PRIOR,
    )
