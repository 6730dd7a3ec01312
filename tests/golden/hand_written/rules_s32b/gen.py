"""Writes the nine rules_s32b reports from the Table objects of rules_s32b_data.py (the figures typed there).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32b/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s32b_data import BUILT  # noqa: E402
from s32b_lib import Printer  # noqa: E402

GLOSSARY_BUDGET = [
    "一、一般公共预算拨款收入：指区级财政当年拨付的资金。",
    "二、政府性基金预算拨款收入：指政府性基金预算安排的资金。",
    "三、国有资本经营预算拨款收入：指国有资本经营预算安排的资金。",
    "四、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "八、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]
GLOSSARY_FINAL = [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、上级补助收入：指从主管部门和上级单位取得的非财政补助收入。",
    "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
]


def money(doc, T, v):
    return f"{T['IES'].fmt.num(v)}{doc['fmt'].unit}"


def narrative(doc, T, p):
    org, y = doc["org"], doc["year"]
    left = {r[0]: r[1] for r in T["IES"].rows if r[0]}
    right = {r[2]: r[3] for r in T["IES"].rows if r[2]}
    gb = next(v for c, n, v in T["GB"].rows if c is None and n == "合计")
    gbb = next(v for c, n, v in T["GBB"].rows if c is None and n == "合计")
    sg = T["SG"].rows[0][-6:]
    what = "单位" if doc.get("scope") == "unit" else "部门"

    def m(v):
        return money(doc, T, v)

    if doc["kind"] == "budget":
        p.add(f"第二部分 {org}{y}年{what}预算情况说明", "", "一、收支预算总体情况")
        p.add(
            f"{org}{y}年收入预算总计{m(left['收入总计'])}，支出预算总计{m(right['支出总计'])}。"
            f"收入包括一般公共预算拨款收入{m(left['一、一般公共预算拨款收入'])}"
            + (
                f"、国有资本经营预算拨款收入{m(left['三、国有资本经营预算拨款收入'])}"
                if left["三、国有资本经营预算拨款收入"]
                else ""
            )
            + (
                f"、政府性基金预算拨款收入{m(left['二、政府性基金预算拨款收入'])}"
                if left["二、政府性基金预算拨款收入"]
                else ""
            )
            + "。",
            "",
            "二、一般公共预算支出预算情况",
            f"{y}年一般公共预算支出{m(gb[0])}，其中：基本支出{m(gb[1])}，项目支出{m(gb[2])}。",
            "",
            "三、一般公共预算基本支出预算情况",
            f"{y}年一般公共预算基本支出{m(gbb[0])}，其中：人员经费{m(gbb[1])}，公用经费{m(gbb[2])}。",
            "",
            "四、“三公”经费预算情况",
            f"{y}年“三公”经费预算{m(sg[0])}，其中：因公出国（境）费0，公务用车购置及运行费{m(sg[2])}"
            f"（公务用车购置费0，公务用车运行费{m(sg[4])}），公务接待费{m(sg[5])}。",
        )
        if "PROC" in T:
            p.add(
                "",
                "五、政府采购预算情况",
                f"{y}年政府采购预算总额{m(T['PROC'].rows[0][2])}，其中：货物类{m(T['PROC'].rows[1][2])}。",
            )
        if not T["GF"].rows:
            p.add(
                "",
                "六、其他说明",
                f"{org}{y}年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出。",
            )
    else:
        fl = {r[0]: r[1] for r in T["FS"].rows if r[0]}
        p.add(f"第二部分 {org}{y}年度部门决算情况说明", "", "一、收入支出决算总体情况说明")
        p.add(
            f"{y}年度收入总计{m(left['总计'])}，支出总计{m(right['总计'])}。"
            f"本年收入合计{m(left['本年收入合计'])}，本年支出合计{m(right['本年支出合计'])}，"
            f"年末结转和结余{m(right['年末结转和结余'])}。",
            "",
            "二、财政拨款收入支出决算总体情况说明",
            f"{y}年度财政拨款收入{m(fl['本年收入合计'])}。",
            "",
            "三、一般公共预算财政拨款支出决算情况说明",
            f"{y}年度一般公共预算财政拨款支出{m(gb[0])}，其中：基本支出{m(gb[1])}，项目支出{m(gb[2])}。",
            "",
            f"{y}年度一般公共预算财政拨款支出年初预算为{m(D(doc['gb_budget']))}，支出决算为{m(gb[0])}，完成年初预算的"
            f"{(gb[0] / D(doc['gb_budget']) * 100).quantize(D('0.01'), rounding='ROUND_HALF_UP')}%，"
            "决算数大于年初预算数的主要原因是年中追加了项目资金。",
            "",
            "四、一般公共预算财政拨款基本支出决算情况说明",
            f"{y}年度一般公共预算财政拨款基本支出{m(gbb[0])}，其中：人员经费{m(gbb[1])}，公用经费{m(gbb[2])}。",
            "",
            "五、“三公”经费财政拨款支出决算情况说明",
            f"{y}年度“三公”经费财政拨款支出{m(sg[0])}，其中：公务用车购置及运行费{m(sg[2])}，公务接待费{m(sg[5])}。",
        )


def render(doc, T):
    p = Printer(doc)
    kind = ("单位" if doc.get("scope") == "unit" else "部门") + (
        "预算" if doc["kind"] == "budget" else "决算"
    )
    year = f"{doc['year']}年" if doc["kind"] == "budget" else f"{doc['year']}年度"
    p.add(
        "",
        "",
        doc["org"],
        f"{year}{kind}",
        "",
        "",
        f"{doc['year'] + (0 if doc['kind'] == 'budget' else 1)}年",
    )
    p.page()
    labels = doc["labels"][: len(doc["keys"])]
    p.add("目  录", f"第一部分 {doc['org']}概况", "第二部分 情况说明", "第三部分 公开表格")
    for lab, k in zip(labels, doc["keys"], strict=True):
        p.add(f"    {lab}{'' if lab.endswith('、') else ' '}{T[k].title}")
    p.add("第四部分 名词解释")
    p.page()
    p.add(
        f"第一部分 {doc['org']}概况",
        "",
        "一、主要职能",
        f"{doc['org']}贯彻落实上级决策部署，承担本行业领域的政策执行、公共服务和监督管理工作。",
        "",
        "二、机构设置",
        f"{doc['org']}内设综合科、计划财务科、业务管理科等职能科室，纳入本{kind}编制范围的单位共1个。",
        "",
    )
    narrative(doc, T, p)
    p.page()
    p.add("第三部分 公开表格")
    if doc.get("explain"):
        p.add(doc["explain"])
    for lab, k in zip(labels, doc["keys"], strict=True):
        p.table(T[k], lab)
    p.page()
    p.add("第四部分 名词解释", "")
    p.add(*(GLOSSARY_BUDGET if doc["kind"] == "budget" else GLOSSARY_FINAL))
    return p.text()


if __name__ == "__main__":
    for file, (doc, T) in BUILT.items():
        text = render(doc, T)
        (HERE / file).write_text(text, encoding="utf-8")
        print("wrote", file, len(text.encode()), "bytes")
