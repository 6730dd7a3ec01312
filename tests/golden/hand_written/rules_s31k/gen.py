"""Writes the eight rules_s31k reports from the Table objects of rules_s31k_data.py (the figures typed there).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s31k/gen.py"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s31k_data import BUILT, KEYS  # noqa: E402
from s31k_lib import Printer  # noqa: E402


def money(doc, T, v):
    return f"{T['IES'].fmt.num(v)}{doc['fmt'].unit}"


def narrative(doc, T, p):
    org, y = doc["org"], doc["year"]
    left = {r[0]: r[1] for r in T["IES"].rows if r[0]}
    right = {r[2]: r[3] for r in T["IES"].rows if r[2]}
    gb = next(v for c, n, v in T["GB"].rows if c is None and n == "合计")
    off = 1 if doc.get("prior") else 0
    sg = T["SG"].rows[0][-6:]
    if doc["kind"] == "budget":
        p.add(f"第二部分 {org}{y}年部门预算情况说明", "一、收支预算总体情况")
        p.add(
            f"{org}{y}年收入预算总计{money(doc, T, left['收入总计'])}，"
            f"支出预算总计{money(doc, T, right['支出总计'])}。",
            "二、一般公共预算支出预算情况",
            f"{y}年一般公共预算支出{money(doc, T, gb[off])}，其中：基本支出{money(doc, T, gb[off + 1])}，"
            f"项目支出{money(doc, T, gb[off + 2])}。",
            "三、“三公”经费预算情况",
            f"{y}年“三公”经费预算{money(doc, T, sg[0])}，其中：公务用车购置及运行费{money(doc, T, sg[2])}，"
            f"公务接待费{money(doc, T, sg[5])}。",
        )
    else:
        p.add(f"第二部分 {org}{y}年度部门决算情况说明", "一、收入支出决算总体情况说明")
        p.add(
            f"{y}年度收入总计{money(doc, T, left['总计'])}，支出总计{money(doc, T, right['总计'])}。",
            "二、一般公共预算财政拨款支出决算情况说明",
            f"{y}年度一般公共预算财政拨款支出{money(doc, T, gb[0])}，其中：基本支出{money(doc, T, gb[1])}，"
            f"项目支出{money(doc, T, gb[2])}。",
            "三、“三公”经费财政拨款支出决算情况说明",
            f"{y}年度“三公”经费财政拨款支出{money(doc, T, sg[0])}，其中：公务用车购置及运行费"
            f"{money(doc, T, sg[2])}，公务接待费{money(doc, T, sg[5])}。",
        )


def render(doc, T):
    p = Printer(doc)
    what = "部门预算" if doc["kind"] == "budget" else "年度部门决算"
    p.add("", doc["org"], f"{doc['year']}年{what}", "")
    p.page()
    p.add("目  录", f"第一部分 {doc['org']}概况", "第二部分 情况说明", "第三部分 公开表格")
    for lab, k in zip(doc["labels"], KEYS, strict=True):
        p.add(f"    {lab}{'' if lab.endswith('、') else ' '}{T[k].title}")
    p.page()
    p.add(
        f"第一部分 {doc['org']}概况",
        "一、主要职能",
        f"{doc['org']}承担本行业领域的政策执行、公共服务和管理工作。",
    )
    narrative(doc, T, p)
    p.add("第三部分 公开表格")
    for lab, k in zip(doc["labels"], KEYS, strict=True):
        p.table(T[k], lab)
    return p.text()


if __name__ == "__main__":
    for file, (doc, T) in BUILT.items():
        (HERE / file).write_text(render(doc, T), encoding="utf-8")
        print("wrote", file)
