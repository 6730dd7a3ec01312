"""Writes the eight rules_s32f reports from the Table objects of rules_s32f_data.py (the figures typed there): cover,
目录, 部门概况 (职能, 机构设置, 单位构成), 情况说明 (the narrative and its claims, the department's and its units'),
名词解释, the tables; b3 and f3 then the second report appended after a form feed.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32f/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s32f_data import BUILT, money, totals  # noqa: E402
from s32f_lib import Printer, composition  # noqa: E402

GLOSSARY_BUDGET = [
    "一、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款收入、政府性基金预算拨款收入和国有资本经营预算拨款收入。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、其他收入：指除上述“财政拨款收入”“事业收入”等以外的收入。",
    "四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "六、“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国"
    "（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及"
    "运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费"
    "反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    "七、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出，"
    "包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖"
    "费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
    "八、部门预算单位构成：指纳入部门预算编制范围的部门机关本级和所属预算单位。部门预算为部门汇总预算，包括机关本级和所属"
    "单位的全部收支，单位预算为一个预算单位自身的收支。",
]
GLOSSARY_FINAL = [
    "一、一般公共预算财政拨款收入：指本级财政当年拨付的资金。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、其他收入：指单位取得的除上述收入以外的各项收入，主要是存款利息收入等。",
    "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续"
    "使用的资金。",
    "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "八、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "九、机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    "十、部门决算汇总：部门决算由部门机关本级决算和所属单位决算汇总而成，单位决算只反映一个预算单位本身的收支。",
]


def pct(a: D, b: D) -> str:
    return f"{(a * 100 / b).quantize(D('0.01'))}%" if b else "0.00%"


def sg_money(T, v: D) -> str:
    return f"{v:,.2f}" if T["SG"].unit == "万元" else f"{(v / 10000).quantize(D('0.01')):,.2f}"


def overview(doc, T, p) -> None:
    org, y = doc["org"], doc["year"]
    final = doc["kind"] == "final_account"
    what = "决算" if final else "预算"
    units = doc["units"]
    p.add(f"第一部分 {org}概况", "一、主要职能")
    p.add(*doc["duties"])
    p.add("二、机构设置", doc["inner"])
    if len(units) > 1:
        others = "、".join(u["name"] for u in units[1:])
        p.add(
            f"本部门下属{others}共{len(units) - 1}个二级预算单位。",
            f"三、部门{what}单位构成",
            f"从{what}单位构成看，纳入{org}{y}年{'度' if final else ''}部门{what}编制范围的预算单位共{len(units)}个，包括："
            + "、".join(u["name"] for u in units)
            + "。",
        )
        for i, u in enumerate(units, 1):
            p.add(
                f"（{'一二三四五六七八九十'[i - 1]}）{u['name']}：{u['nature']}，经费形式为{u['funding']}，核定编制"
                f"{u['staff'][0]}名，实有人员{u['staff'][1]}人。"
            )
        cn = doc.get("comp_narrative")
        if cn:
            t = composition(doc, cn)
            p.add(*(t.layout_lines if doc["mode"] == "layout" else t.lines))
    else:
        p.add(f"本报告为{org}本级单位{what}，不含所属单位。")


def budget_text(doc, T, p) -> None:
    org, y = doc["org"], doc["year"]
    tot = totals(doc, T)
    m = lambda v: money(doc, v)  # noqa: E731
    left = {a: b for a, b, _, _ in T["IES"].rows if a}
    gb = T["GB"].rows[0][2]
    p.add(f"第二部分 {org}{y}年部门预算情况说明", "一、收支预算总体情况")
    p.add(f"{org}{y}年收、支总计各{m(tot['grand'])}万元，收支平衡。")
    if doc.get("unit_sentence") == "ies":
        p.add(
            "其中："
            + "；".join(f"{n}收、支总计各{m(v['income'])}万元" for n, v in tot["units"].items())
            + "。"
        )
    p.add("二、收入预算情况")
    parts = [f"{k[2:]}{m(v)}万元，占{pct(v, tot['income'])}" for k, v in left.items() if k[1:2] == "、" and v]
    p.add(f"{y}年本年收入合计{m(tot['income'])}万元，其中：" + "；".join(parts) + "。")
    p.add("三、支出预算情况")
    eb, ep = T["EXP"].rows[0][2][1], T["EXP"].rows[0][2][2]
    p.add(
        f"{y}年本年支出合计{m(tot['expenditure'])}万元，其中：基本支出{m(eb)}万元，占{pct(eb, tot['expenditure'])}；"
        f"项目支出{m(ep)}万元，占{pct(ep, tot['expenditure'])}。"
    )
    if doc.get("unit_sentence") == "exp":
        p.add(
            "按预算单位分："
            + "，".join(f"{n}本年支出合计{m(v['expenditure'])}万元" for n, v in tot["units"].items())
            + "。"
        )
    fs = next(d[0] for _, _, c, d in T["FS"].rows if c == "支出总计")
    p.add("四、财政拨款收支预算情况", f"{y}年财政拨款收、支总计各{m(fs)}万元。")
    p.add(
        "五、一般公共预算支出预算情况",
        f"{y}年一般公共预算支出{m(gb[0])}万元，其中：基本支出{m(gb[1])}万元，项目支出{m(gb[2])}万元。主要用于：",
    )
    for i, (c, n, v) in enumerate((r for r in T["GB"].rows if r[0] and len(r[0]) == 3), 1):
        p.add(f"（{'一二三四五六七八九十'[i - 1]}）{n}（类）{m(v[0])}万元，占{pct(v[0], gb[0])}。")
    g = T["GBB"].rows[0][2]
    p.add(
        "六、一般公共预算基本支出预算情况",
        f"{y}年一般公共预算基本支出{m(g[0])}万元，其中：人员经费{m(g[1])}万元，主要包括基本工资、津贴补贴、奖金、"
        f"绩效工资、机关事业单位基本养老保险缴费等；公用经费{m(g[2])}万元，主要包括办公费、水电费、差旅费、公务接待费、"
        "工会经费、公务用车运行维护费等。",
    )
    sg = T["SG"].rows[0]
    p.add(
        "七、“三公”经费预算情况",
        f"{y}年“三公”经费预算{sg_money(T, sg[0])}万元，其中：因公出国（境）费{sg_money(T, sg[1])}万元，公务用车购置及"
        f"运行费{sg_money(T, sg[2])}万元（公务用车购置费{sg_money(T, sg[3])}万元，公务用车运行费{sg_money(T, sg[4])}万元），"
        f"公务接待费{sg_money(T, sg[5])}万元。",
    )
    gf = T["GF"].rows[0][2][0] if T["GF"].rows else D(0)
    p.add(
        "八、政府性基金预算支出情况",
        f"{y}年政府性基金预算支出{m(gf)}万元。"
        if gf
        else f"本部门{y}年没有使用政府性基金预算拨款安排的支出。",
        "九、其他重要事项的情况说明",
        f"截至{y - 1}年底，本部门共有公务用车{len(doc['units']) * 2 + 1}辆，单位价值50万元以上通用设备2台（套）。"
        f"{y}年本部门预算均已编制绩效目标。",
        "十、预算绩效管理情况",
        (
            f"按照全面实施预算绩效管理的要求，本部门{y}年对所属{len(doc['units'])}个预算单位的全部项目支出编制了绩效目标，"
            if len(doc["units"]) > 1
            else f"按照全面实施预算绩效管理的要求，本单位{y}年对全部项目支出编制了绩效目标，"
        )
        + "绩效目标涵盖产出指标、效益指标和满意度指标，年度执行中将开展绩效运行监控，年度终了开展绩效自评，评价结果作为"
        "以后年度预算安排的重要依据。部门所属单位的预算由各单位按照“一上一下、二上二下”的程序编制，经部门审核汇总后报"
        "财政部门审批，部门预算为部门机关本级和所属单位预算的汇总。",
    )


def final_text(doc, T, p) -> None:
    org, y = doc["org"], doc["year"]
    tot = totals(doc, T)
    m = lambda v: money(doc, v)  # noqa: E731
    left = {a: b for a, b, _, _ in T["IES"].rows if a}
    right = {c: d for _, _, c, d in T["IES"].rows if c}
    gb = T["GB"].rows[0][2]
    p.add(f"第二部分 {org}{y}年度部门决算情况说明", "一、收入支出决算总体情况说明")
    p.add(
        f"{y}年度收入、支出总计各{m(tot['grand'])}万元。其中，年初结转和结余{m(left['年初结转和结余'])}万元，"
        f"年末结转和结余{m(right['年末结转和结余'])}万元。"
    )
    p.add("二、收入决算情况说明")
    parts = [f"{k[2:]}{m(v)}万元，占{pct(v, tot['income'])}" for k, v in left.items() if k[1:2] == "、" and v]
    p.add(f"{y}年度本年收入合计{m(tot['income'])}万元，其中：" + "；".join(parts) + "。")
    if doc.get("unit_sentence") == "inc":
        p.add(
            "分单位看："
            + "；".join(f"{n}本年收入合计{m(v['income'])}万元" for n, v in tot["units"].items())
            + "。"
        )
    p.add("三、支出决算情况说明")
    eb, ep = T["EXP"].rows[0][2][1], T["EXP"].rows[0][2][2]
    p.add(
        f"{y}年度本年支出合计{m(tot['expenditure'])}万元，其中：基本支出{m(eb)}万元，占{pct(eb, tot['expenditure'])}；"
        f"项目支出{m(ep)}万元，占{pct(ep, tot['expenditure'])}。"
    )
    if doc.get("unit_sentence") == "exp":
        p.add(
            "其中："
            + "；".join(f"{n}本年支出合计{m(v['expenditure'])}万元" for n, v in tot["units"].items())
            + "。"
        )
    fs = next(d[0] for _, _, c, d in T["FS"].rows if c == "总计")
    p.add("四、财政拨款收入支出决算总体情况说明", f"{y}年度财政拨款收入、支出总计各{m(fs)}万元。")
    p.add(
        "五、一般公共预算财政拨款支出决算情况说明",
        f"{y}年度一般公共预算财政拨款支出{m(gb[0])}万元，其中：基本支出{m(gb[1])}万元，项目支出{m(gb[2])}万元。"
        "主要用于：",
    )
    for i, (c, n, v) in enumerate((r for r in T["GB"].rows if r[0] and len(r[0]) == 3), 1):
        p.add(f"（{'一二三四五六七八九十'[i - 1]}）{n}（类）{m(v[0])}万元，占{pct(v[0], gb[0])}。")
    g = T["GBB"].rows[0][2]
    p.add(
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"{y}年度一般公共预算财政拨款基本支出{m(g[0])}万元，其中：人员经费{m(g[1])}万元，公用经费{m(g[2])}万元。",
    )
    sg = T["SG"].rows[0]
    p.add(
        "七、“三公”经费财政拨款支出决算情况说明",
        f"{y}年度“三公”经费财政拨款支出决算为{sg_money(T, sg[6])}万元，完成预算的{pct(sg[6], sg[0])}，其中：公务用车"
        f"购置及运行费{sg_money(T, sg[8])}万元，公务接待费{sg_money(T, sg[11])}万元。",
    )
    gf = T["GF"].rows[0][2][0] if T["GF"].rows else D(0)
    p.add(
        "八、政府性基金预算财政拨款支出决算情况说明",
        f"{y}年度政府性基金预算财政拨款支出{m(gf)}万元。"
        if gf
        else f"本部门{y}年度没有政府性基金预算财政拨款支出。",
        "九、其他重要事项的情况说明",
        f"截至{y}年12月31日，本部门共有车辆{len(doc['units']) * 2 + 1}辆，其中执法执勤用车{len(doc['units'])}辆。"
        f"{y}年度本部门对{len(doc['units']) + 3}个项目开展了绩效自评。",
    )


def render(doc, T, p=None) -> str:
    p = p or Printer(doc)
    final = doc["kind"] == "final_account"
    p.add("", *doc["cover"], "")
    p.page()
    tables = [tid for tid in doc["order"]]
    p.add(
        "目  录", f"第一部分 {doc['org']}概况", "第二部分 情况说明", "第三部分 名词解释", "第四部分 公开表格"
    )
    for tid in tables:
        lab = doc["labels"].get(tid, "")
        p.add(f"    {lab} {T[tid].title}".rstrip() if lab else f"    {T[tid].title}")
    p.page()
    overview(doc, T, p)
    (final_text if final else budget_text)(doc, T, p)
    p.page()
    p.add("第三部分 名词解释", *(GLOSSARY_FINAL if final else GLOSSARY_BUDGET))
    p.page()
    p.add(f"第四部分 {doc['year']}年{'度部门决算' if final else '部门预算'}公开表格")
    for tid in tables:
        p.table(T[tid], doc["labels"].get(tid, ""), new_page=tid not in doc.get("same_page", ()))
    return p


if __name__ == "__main__":
    for file, (doc, T, second) in BUILT.items():
        p = render(doc, T)
        if second:
            p.page()
            render(*second, p)
        (HERE / file).write_text(p.text(), encoding="utf-8")
        print("wrote", file, len(p.text().encode()), "bytes")
