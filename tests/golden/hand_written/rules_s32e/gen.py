"""Writes the eight rules_s32e reports from the tables of rules_s32e_data.py (the figures typed there).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32e/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s32e_data import BUILT, _col, _two, sangong_totals  # noqa: E402
from s32e_lib import Printer, q2  # noqa: E402

GLOSSARY_BUDGET = [
    "一、一般公共预算拨款收入：指区级财政当年拨付的资金。",
    "二、政府性基金预算拨款收入：指政府性基金预算安排的资金。",
    "三、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    "八、上年预算数（上年执行数）：指上一年度的预算数（执行数），仅作比较，不是本年度预算。",
]
GLOSSARY_FINAL = [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "三、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
    "四、年初预算数：指年初人民代表大会批准的预算数；调整预算数：指年度执行中经批准调整后的预算数，仅作参考。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "八、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]


def more_less(v: D, up="增加", down="减少") -> str:
    return up if v >= 0 else down


def narrative(doc, T, p):
    org, y = doc["org"], doc["year"]
    f = T["IES"].fmt
    unit = f.unit

    def m(v):
        return f"{f.num(v)}{unit}"

    left, right = _two(T["IES"])
    gb = T["GB"]
    gbb = T["GBB"]
    oc = T["OC"]
    oc_t = oc.rows[0].vals[[c.q for c in oc.cols].index("t")]
    pt = T["PROC"]
    ptq = "合计|t" if pt.cols[0].q.startswith("合计") else "t"
    proc_t = _col(pt, ptq, "合计")
    sg = dict(sangong_totals(T))
    if "pr" in sg:
        sg["chg"] = sg["t"] - sg["pr"]
    if doc["kind"] == "budget":
        gb_t, gb_pr = _col(gb, "t"), _col(gb, "pr")
        chg = gb_t - gb_pr
        p.add(f"第二部分 {org}{y}年部门预算情况说明", "", "一、收支预算总体情况")
        p.add(
            f"{org}{y}年收入预算总计{m(left['收入总计'])}，支出预算总计{m(right['支出总计'][0])}。其中：一般公共预算拨款收入"
            f"{m(left['一、一般公共预算拨款收入'])}"
            + (
                f"，政府性基金预算拨款收入{m(left['二、政府性基金预算拨款收入'])}"
                if left["二、政府性基金预算拨款收入"]
                else ""
            )
            + (f"，上年结转{m(left['上年结转'])}" if left["上年结转"] else "")
            + "。",
            "",
            "二、一般公共预算支出预算情况",
            f"{y}年一般公共预算支出{m(gb_t)}，比上年{more_less(chg)}{m(abs(chg))}，"
            f"{more_less(chg, '增长', '下降')}{q2(abs(chg) / gb_pr * 100)}%。其中：基本支出{m(_col(gb, 'b'))}，"
            f"项目支出{m(_col(gb, 'p'))}。",
            "",
            "三、一般公共预算基本支出预算情况",
            f"{y}年一般公共预算基本支出{m(_col(gbb, 't'))}，其中：人员经费{m(_col(gbb, 'pers'))}，公用经费{m(_col(gbb, 'pub'))}。",
            "",
            "四、机关运行经费预算情况",
            f"{y}年机关运行经费预算{m(oc_t)}，主要用于办公费、水电费、差旅费等日常公用经费支出。",
            "",
            "五、政府采购预算情况",
            f"{y}年政府采购预算总额{m(proc_t)}。",
            "",
            "六、“三公”经费预算情况说明",
            f"{y}年“三公”经费预算{m(sg['t'])}，比上年预算{more_less(sg['chg'])}{m(abs(sg['chg']))}，"
            f"{more_less(sg['chg'], '增长', '下降')}{q2(abs(sg['chg']) / sg['pr'] * 100)}%，主要原因是严格落实过紧日子要求。",
        )
    else:
        yt, t = _col(gb, "yt"), _col(gb, "t")
        exp_t = right["本年支出合计"][0]
        p.add(f"第二部分 {org}{y}年度部门决算情况说明", "", "一、收入支出决算总体情况说明")
        p.add(
            f"{y}年度收入总计{m(left['总计'])}，支出总计{m(right['总计'][0])}。本年收入合计{m(left['本年收入合计'])}，"
            f"本年支出合计{m(exp_t)}，年末结转和结余{m(right['年末结转和结余'][0])}。",
            "",
            "二、一般公共预算财政拨款支出决算情况说明",
            f"{y}年度一般公共预算财政拨款支出年初预算为{m(yt)}，支出决算为{m(t)}，完成年初预算的"
            f"{q2(t / yt * 100)}%。决算数与年初预算数存在差异的主要原因是年中追加了防汛、农田建设等项目资金。",
            "",
            "三、一般公共预算财政拨款基本支出决算情况说明",
            f"{y}年度一般公共预算财政拨款基本支出{m(_col(gbb, 't'))}，其中：人员经费{m(_col(gbb, 'pers'))}，"
            f"公用经费{m(_col(gbb, 'pub'))}。",
            "",
            "四、机关运行经费支出情况说明",
            f"{y}年度本部门机关运行经费支出{m(oc_t)}，主要用于办公费、水电费、差旅费等日常公用经费支出。",
            "",
            "五、政府采购支出情况说明",
            f"{y}年度政府采购支出总额{m(proc_t)}。",
            "",
            "六、“三公”经费财政拨款支出决算情况说明",
            f"{y}年度“三公”经费财政拨款支出年初预算为{m(sg['yt'])}，支出决算为{m(sg['t'])}，完成预算的"
            f"{q2(sg['t'] / sg['yt'] * 100)}%，决算数小于预算数的主要原因是厉行节约。",
        )
        if "pr" in [c.q for c in T["EXP"].cols]:
            pr = _col(T["EXP"], "pr")
            p.add(
                "",
                "七、与上年决算数对比情况",
                f"{y}年度本年支出合计{m(exp_t)}，比上年决算数{m(pr)}{more_less(exp_t - pr)}{m(abs(exp_t - pr))}，"
                f"{more_less(exp_t - pr, '增长', '下降')}{q2(abs(exp_t - pr) / pr * 100)}%。",
            )


def render(doc, T):
    p = Printer(doc)
    final = doc["kind"] == "final_account"
    kind = "部门决算" if final else "部门预算"
    year = doc.get("cover_year") or (f"{doc['year']}年度" if final else f"{doc['year']}年")
    p.add("", "", doc["org"], f"{year}{kind}", "", "", doc.get("cover_date", f"{doc['year'] + final}年"))
    p.page()
    labels = doc["labels"]
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
        f"{doc['org']}内设办公室、计划财务科、业务管理科等职能科室，纳入本{kind}编制范围的单位共1个。",
        "",
    )
    narrative(doc, T, p)
    p.page()
    p.add("第三部分 公开表格")
    for lab, k in zip(labels, doc["keys"], strict=True):
        p.table(T[k], lab)
    p.page()
    p.add("第四部分 名词解释", "")
    p.add(*(GLOSSARY_FINAL if final else GLOSSARY_BUDGET))
    return p.text()


if __name__ == "__main__":
    for file, (doc, T) in BUILT.items():
        text = render(doc, T)
        (HERE / file).write_text(text, encoding="utf-8")
        print("wrote", file, len(text.encode()), "bytes")
