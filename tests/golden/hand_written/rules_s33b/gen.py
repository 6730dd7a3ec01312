"""Writes the rules_s33b inputs from rules_s33b_data.py (the same built tables the expectations are read from).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s33b/gen.py"""

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rules_s33b_data import BUILT, figures  # noqa: E402
from s33b_lib import FUNC, Printer  # noqa: E402

CNUM = "一二三四五六七八九十"
ORDER = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]


def pct(part, whole):
    return f"{(part / whole * 100).quantize(D('0.01'))}%"


def write(doc, T):
    pr = Printer(doc)
    F = figures(doc, T)
    u = doc["fmt"].unit
    n = F["num"]
    y = doc["year"]
    who = "本单位" if doc["scope"] == "单位" else "本部门"
    kind = f"{doc['scope']}决算"
    names = {**FUNC, **doc.get("names", {})}
    c = pr.centre
    # cover
    pr.add("", "", c(doc["org"]), "", c(f"{y}年度{kind}"), "", "", c(f"{y + 1}年{8 if y < 2024 else 9}月"))
    pr.page()
    pr.add(
        c("目  录"),
        "",
        f"第一部分 {doc['org']}概况",
        "  一、主要职能",
        "  二、机构设置",
        f"第二部分 {doc['org']}{y}年度{kind}表",
    )
    for lab, k in zip(doc["labels"], ORDER):
        pr.add(f"  {lab}{'' if doc.get('label_inline') else ' '}{T[k].title}")
    pr.add(f"第三部分 {doc['org']}{y}年度{kind}情况说明", "第四部分 名词解释")
    pr.page()
    pr.add(c(f"第一部分 {doc['org']}概况"), "一、主要职能")
    duties = {
        "t1": "负责辖区传染病、慢性病、地方病的监测与防控，开展突发公共卫生事件应急处置、免疫规划、卫生检验检测和健康教育。",
        "t2": "承担全市急危重症患者救治、常见病和多发病诊疗、基本公共卫生服务和县域医疗共同体牵头工作。",
        "t3": "负责辖区党的建设、经济服务、社区治理、城市管理、平安建设和民生保障等工作，指导社区居民委员会工作。",
        "t4": "承担农作物新品种选育、病虫害绿色防控、农业新技术试验示范与推广，开展农产品质量检测和技术服务。",
        "t5": "实施初中义务教育，促进学生全面发展，承担教育教学研究和教师培训等工作。",
        "t6": "负责全镇经济社会发展规划、农业农村、社会事务、安全生产、生态环境保护和乡村振兴等工作。",
        "t7": "承担中医医疗、预防保健、康复和中医药传承创新工作，开展中医药适宜技术推广和人才培养。",
        "t8": "贯彻执行教育法律法规，统筹管理全区基础教育，负责教育经费筹措与管理、学校布局和教师队伍建设。",
        "t9": "承担全镇基本医疗、基本公共卫生服务、家庭医生签约服务和村卫生室业务指导。",
    }[doc["file"][:2]]
    pr.para(duties)
    pr.add("二、机构设置")
    pr.para(
        f"{doc['org']}为{doc['province']}{'公益一类事业单位' if doc['scope'] == '单位' else '一级预算部门'}，纳入"
        f"{y}年度{kind}编制范围的单位共{1 if doc['scope'] == '单位' else 3}个，内设机构12个，编制人数86人，年末实有人数82人，"
        "离退休人员15人。"
    )
    pr.page()
    pr.add(c(f"第二部分 {doc['org']}{y}年度{kind}表"))
    for lab, k in zip(doc["labels"], ORDER):
        pr.table(T[k], lab)
    # ------------------------------------------------------------------ 说明
    pr.page()
    pr.add(c(f"第三部分 {doc['org']}{y}年度{kind}情况说明"))
    e = T["_e"]
    tot = e["tot"]

    def g(*keys):
        return sum((tot.get(k, D(0)) for k in keys), D(0))

    pr.add("一、收入支出决算总体情况说明")
    txt = (
        f"{y}年度收入、支出总计{n(F['grand'])}{u}。与上年度相比，收、支总计各增加{n(F['grand'] * D('0.06'))}{u}，"
        f"增长6.38%，主要原因是人员经费和业务工作经费增加。"
    )
    txt += f"{who}年初结转和结余{n(D(doc['begin']))}{u}，年末结转和结余{n(F['end'])}{u}。"
    if doc.get("alloc"):
        parts = "、".join(f"{lab.replace('其中：', '')}{v}{u}" for lab, v in doc["alloc"])
        txt += f"结余分配{n(e['alloc'])}{u}，其中：{parts}。"
    if doc.get("use_nf"):
        txt += f"本年使用非财政拨款结余{doc['use_nf']}{u}，用于弥补事业收支差额。"
    pr.para(txt)
    pr.add("二、收入决算情况说明")
    inc_parts = [
        ("财政拨款收入", g("gp", "gf")),
        ("上级补助收入", g("up")),
        ("事业收入", g("biz")),
        ("经营收入", g("op")),
        ("附属单位上缴收入", g("aff")),
        ("其他收入", g("oth")),
    ]
    pr.para(
        f"{y}年度本年收入合计{n(F['inc'])}{u}，其中："
        + "；".join(f"{lab}{n(v)}{u}，占{pct(v, F['inc'])}" for lab, v in inc_parts if v)
        + "。"
    )
    pr.add("三、支出决算情况说明")
    exp_parts = [
        ("基本支出", g("gpb", "nb")),
        ("项目支出", g("gpp", "gfp", "np")),
        ("上缴上级支出", g("ru")),
        ("经营支出", g("ope")),
        ("对附属单位补助支出", g("sa")),
    ]
    pr.para(
        f"{y}年度本年支出合计{n(F['exp'])}{u}，其中："
        + "；".join(f"{lab}{n(v)}{u}，占{pct(v, F['exp'])}" for lab, v in exp_parts if v)
        + "。"
    )
    pr.add("四、财政拨款收入支出决算总体情况说明")
    pr.para(
        f"{y}年度财政拨款收入支出决算总计{n(F['fs_total'])}{u}，与上年度相比增加{n(F['fs_total'] * D('0.05'))}{u}，"
        "主要原因是人员调资及专项工作经费增加。"
    )
    pr.add("五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况")
    b, a, r = F["gb"]
    pr.para(
        f"{y}年度一般公共预算财政拨款支出年初预算为{n(b)}{u}，支出决算为{n(a)}{u}，完成年初预算的{r}%。"
        f"决算数{'大于' if a > b else '小于'}年初预算数的主要原因是年中追加了人员经费和专项经费。"
    )
    pr.add("（二）一般公共预算财政拨款支出决算具体情况")
    for i, (code, b, a, r) in enumerate(F["classes"], 1):
        pr.para(
            f"{i}.{names[code]}（类）。年初预算为{n(b)}{u}，支出决算为{n(a)}{u}，完成年初预算的{r}%。"
            f"决算数{'大于' if a > b else '小于'}年初预算数的主要原因是"
            f"{'年中追加专项资金' if a > b else '严格控制一般性支出'}。"
        )
    pr.add("六、一般公共预算财政拨款基本支出决算情况说明")
    pr.para(
        f"{y}年度一般公共预算财政拨款基本支出{n(F['pers'] + F['pub'])}{u}，其中：人员经费{n(F['pers'])}{u}，主要包括"
        "基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、"
        f"退休费等；公用经费{n(F['pub'])}{u}，主要包括办公费、水费、电费、维修（护）费、专用材料费、公务接待费、"
        "公务用车运行维护费、办公设备购置等。"
    )
    pr.add("七、财政拨款“三公”经费支出决算情况说明")
    sb, sa, sr = F["sg"]
    if sr is not None:
        pr.para(
            f"{y}年度“三公”经费财政拨款支出年初预算为{n(sb)}{u}，支出决算为{n(sa)}{u}，完成年初预算的{sr}%，"
            "决算数小于年初预算数的主要原因是厉行节约，从严控制“三公”经费开支。其中：因公出国（境）费支出决算为0，"
            f"{who}全年无因公出国（境）团组。"
        )
    pr.add("八、政府性基金预算财政拨款收入支出决算情况说明")
    if g("gf"):
        pr.para(
            f"{y}年度政府性基金预算财政拨款收入{n(g('gf'))}{u}，支出{n(g('gfp'))}{u}，年初结转和结余"
            f"{n(D(doc['begin_gf']))}{u}，主要用于城乡基础设施建设。"
        )
    else:
        pr.para(T["GF"].statement)
    pr.add("九、国有资本经营预算财政拨款支出决算情况说明")
    pr.para(T["SC"].statement)
    pr.add("十、机关运行经费支出情况说明")
    if doc["ops"] == "stated":
        pr.para(
            f"{y}年度{who}机关运行经费支出{n(F['pub'])}{u}，主要用于办公费、印刷费、水电费、办公设备购置等日常公用经费。"
        )
    else:
        pr.para("本单位为事业单位，无机关运行经费。")
    pr.add("十一、国有资产占用情况说明")
    pr.para(
        f"截至{y}年12月31日，{who}共有车辆2辆，其中：特种专业技术用车1辆、其他用车1辆；单价100万元以上专用设备3台（套）。"
    )
    pr.add("十二、预算绩效管理情况说明")
    pr.para(
        f"{who}对{y}年度一般公共预算项目支出全面开展绩效自评，共涉及项目6个，自评结果均为“优”（得分90分以上）。"
    )
    pr.page()
    pr.add(c("第四部分 名词解释"))
    for term in [
        "一、财政拨款收入：指本级财政当年拨付的资金。",
        "二、上级补助收入：指事业单位从主管部门和上级单位取得的非财政补助收入。",
        "三、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
        "四、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
        "五、附属单位上缴收入：指事业单位附属的独立核算单位按有关规定上缴的收入。",
        "六、其他收入：指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。",
        "七、使用非财政拨款结余：指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
        "八、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "九、结余分配：指事业单位按规定交纳所得税、提取专用结余以及转入非财政拨款结余的金额。",
        "十、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
        "规定继续使用的资金。",
        "十一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
        "十二、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "十三、经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
        "十四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]:
        pr.para(term)
    (HERE / doc["file"]).write_text(pr.text(), encoding="utf-8")


if __name__ == "__main__":
    for name, (doc, T) in BUILT.items():
        write(doc, T)
        print(name, (HERE / name).stat().st_size)
