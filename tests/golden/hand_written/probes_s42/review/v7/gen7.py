"""gen.py: v7 probes drawn as PDFs by v5's g5.py (full grid, 16-pt rows, REAL pdftotext -layout).
doc(stem, subjects, total, opts, style, split=True, sparse=False): a 2024 部门预算 with a 部门收入总表-like and a 部门支出总表
of the subjects, codes in 类 | 款 | 项 columns (split) or one 科目编码 column; sparse: a 款 / 项 row prints only its own
part ("05" under 款). Writes STEM.pdf, STEM.layout.txt, STEM.expect.json ({code: name})."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import g7 as g5  # noqa: E402
from g7 import Tab, f, write  # noqa: E402

UNIT = "某某县自然资源局"


class SP(g5.P):
    pass


def doc(
    stem,
    subjects,
    total,
    opts=None,
    style=None,
    split=True,
    sparse=False,
    heads_m=("合计", "基本支出", "项目支出"),
    titles=("部门支出总表", "一般公共预算支出表"),
):
    opts = opts or {}
    style = style or dict(name_w=8, fig_pos="mid")
    heads = (["类", "款", "项"] if split else ["科目编码"]) + ["科目名称", *heads_m]
    tabs = []
    for title in titles:
        rows = [(None, "合计", [f(v) for v in total], {})]
        for c, n, figs in subjects:
            o = dict(opts.get(c, {}))
            rows.append((c, n, [f(v) for v in figs], o))
        t = Tab(title, heads, rows)
        t.sparse = sparse
        tabs.append(t)
    g5.SPARSE = sparse
    return write(stem, UNIT, "2024年部门预算", tabs, style, {c: n for c, n, _ in subjects})
