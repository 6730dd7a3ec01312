"""Expected readings of the rules_s41c inputs: six WHOLE reports of units of provinces other than the corpus's
(广东 区 局 部门预算 2024, 四川 县 局 部门决算 2022 (two), 山东 市 局 部门预算 2020 in 元, 湖南 区 街道 部门决算 2023, 重庆 区
委员会 部门预算 2025) in the Ministry of Finance's standard 9-table set, each drawn as a PDF (s41c_print.py) and turned to
text by the REAL pdftotext: X.pdf, X.txt (pdftotext -enc UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the
expectations are the same for the three.

The figures are typed here per functional 项 (s41c_lib's docstring: leaf keys), s41c_lib builds the tables and re-adds
every one at import. The 说明 of each report is written here in its province's wording, with the claims it states.

Shapes (documents):
- g1 珠海市香洲区住房和城乡建设局 2024 部门预算 (万元; 15 项; codes in ONE column "2120101"; 款 / 项 names indented by
  full-width spaces; 政府性基金 money (21208 land: 3 项, 22960 彩票公益金); 国有资本经营 empty "本部门2024年没有使用国有资本
  经营预算拨款安排的支出，故本表无数据。"; 部门支出总表 with 人员经费 | 公用经费 | 项目支出; 收入 / 支出 tables over two
  pages, the header REPEATED; the 说明 in 广东's wording: 比上年增加 / 减少 with reasons, 三公 each item, 机关运行经费,
  政府采购 by 货物 / 工程 / 服务, 国有资产 vehicles, 绩效);
- s1 蒲江县农业农村局 2022 部门决算 (万元; 16 项; codes split 类 | 款 | 项 over three columns; 行次 in both summaries;
  long names wrapped in a 10-em cell; tables over two pages WITHOUT the header repeated; 三公 zeros "0.00"; 政府性基金
  empty "本单位2022年度无政府性基金预算财政拨款收入支出，此表无数据。", 国资 "空表说明：…故此表为空表。"; 四川's
  (类)(款)(项) per-项 budget-vs-actual sentences with rates, per-类 structure sentences);
- s2 剑阁县民政局 2022 部门决算 (元 WITH thousands separators; 13 项; one 科目编码 column, full-width indents; 政府性基金
  money (2296002 彩票公益金: 年初结转, 本年收入, 支出, 年末结转) in the 收入支出 / 财政拨款 summaries and its own table;
  header repeated over pages; the 说明 in 万元 in 四川's wording as s1);
- sd1 烟台市退役军人事务局 2020 部门预算 (元, NO thousands separators; 10 项; the 类 rows print their NAME ONLY (code
  cell blank); 款 / 项 names indented by ASCII spaces; 单位 printed "（单位：元）" under the title; 一般公共预算支出表 as
  合计 | 基本支出 | 项目支出; empty tables "本单位无政府性基金预算拨款安排的支出，本表为空表。" / "本单位无国有资本经营预算
  拨款安排的支出。" without a header; the 说明 in 万元);
- hn1 长沙市天心区坡子街街道办事处 2023 部门决算 (万元; 17 项; codes in one column; 合计 FIRST; a NEGATIVE 其他收入 (a
  refund) in the 收入决算表 and the 收入支出决算总表; zero items printed "0.00" in the summaries; names wrapped (12 em)
  with the figures on the FIRST line; 湖南's wording: 决算数为年初预算的 X%, 三公 each item, 机关运行经费);
- cq1 重庆市渝中区发展和改革委员会 2025 部门预算 (万元; 11 项; codes split 类 | 款 | 项; 表一 … labels; the 部门收支总表
  as FOUR column pairs (收入 | 支出 按功能分类 | 按经济分类 | 按支出性质, each 项目 | 预算数), 类 names without numbering; 政府性基金 empty "本部门2025年无政府性基金预算支出，此表为空。" with the header drawn, 国资
  "说明：本单位无国有资本经营预算拨款安排的支出，故此表无数据。"; 重庆's wording: 较2024年 增加 / 减少, 三公 each item)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s41c_lib import FUNC, GF, SC, build, d, expectations, rate, wan  # noqa: E402

DOCS = {}


def W(x, doc):  # noqa: N802
    """A figure of the 说明 in 万元 as printed (with separators where the document prints them)."""
    v = wan(x, doc["unit"])
    return f"{v:,.2f}" if doc["style"].get("text_sep", False) else f"{v:.2f}"


def N(x, doc):  # noqa: N802
    return str(wan(x, doc["unit"]))


def chg(now, before):
    c = now - before
    return (
        ("增加" if c > 0 else "减少" if c < 0 else "持平"),
        abs(c),
        (rate(abs(c), before) if before else None),
    )


# ============================================================================================== g1 广东 2024 budget
DOCS["g1_guangdong_xiangzhou_zjj_2024_dept_budget"] = dict(
    kind="budget",
    org="珠海市香洲区住房和城乡建设局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年1月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        exp_pp=True,
        name_w=16,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="— {n} —",
        text_sep=True,
    ),
    units="局机关、区建设工程质量安全监督站、区物业管理服务中心",
    leaves="""
2120101 gp_pe=486.32 gp_pu=72.18
2120102 gp_p=126.40
2120104 gp_p=58.60
2120106 gp_pe=312.46 gp_pu=41.20 gp_p=188.00
2120199 gp_p=96.75
2120201 gp_p=245.30
2120399 gp_p=1260.00
2120501 gp_p=318.52
2120801 gf_p=2400.00
2120810 gf_p=1850.00
2120899 gf_p=320.00
2080505 gp_pe=96.84
2080506 gp_pe=38.74
2101101 gp_pe=42.16
2101103 gp_pe=12.60
2210108 gp_p=860.00
2210201 gp_pe=88.92
2296002 gf_p=35.00
""",
    econ={
        "30102": "168.40",
        "30103": "52.00",
        "30107": "196.20",
        "30108": "96.84",
        "30109": "38.74",
        "30110": "42.16",
        "30111": "12.60",
        "30113": "88.92",
        "30302": "24.30",
        "30205": "3.20",
        "30206": "12.80",
        "30211": "8.60",
        "30213": "10.40",
        "30217": "2.10",
        "30228": "16.20",
        "30231": "6.40",
        "30299": "24.48",
    },
    sangong=("0", "0", "6.40", "2.10"),
    empty={SC: "本部门2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。"},
    prior=dict(grand="7895.40", gp="4102.36", gf="3560.00", sangong="9.80", opcost="118.64"),
    proc=dict(goods="86.50", works="1120.00", services="412.30"),
    vehicles=(4, 2, 2),
    perf=(11, "3,102.57"),
)


def say_gd(doc, info):
    y = doc["year"]
    A = lambda x: W(x, doc)  # noqa: E731
    n = lambda x: N(x, doc)  # noqa: E731
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门职责", True))
    P.append(
        (
            "贯彻执行国家和省、市有关住房和城乡建设的法律法规，负责全区建筑市场、工程质量安全、物业管理和城市更新工作。",
            False,
        )
    )
    P.append(("二、机构设置", True))
    P.append((f"本部门纳入{y}年部门预算编制范围的单位包括：{doc['units']}。", False))
    P.append(("第二部分 部门预算安排情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年部门预算收入总额{A(info['grand'])}万元，其中：一般公共预算拨款收入{A(info['gp'])}万元，政府性基金预算"
            f"拨款收入{A(info['gf'])}万元。收入总额比上年预算{w}{A(c)}万元，{'增长' if w == '增加' else '下降'}{r}%，主要是"
            "老旧小区改造项目资金增加。",
            False,
        )
    )
    # 收入总额 whose parts (其中) add up to it, no 上年结转: the 本年收入合计
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": str(r if w == "增加" else -r)}))
    P.append(
        (
            f"{y}年部门预算支出总额{A(info['grand'])}万元，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['grand'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['grand'])}%。",
            False,
        )
    )
    P.append(("二、一般公共预算拨款安排的支出情况", True))
    w, c, r = chg(info["gp"], p["gp"])
    P.append(
        (
            f"{y}年一般公共预算拨款支出{A(info['gp'])}万元，比上年预算{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%。主要用于：",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gp"]), "rate": str(r if w == "增加" else -r)}))
    for i, (k, v) in enumerate(sorted((k, v) for k, v in info["gp_lei"].items()), 1):
        P.append((f"（{'一二三四五六'[i - 1]}）{FUNC[k]}（类）{A(v)}万元，占{rate(v, info['gp'])}%。", False))
    P.append(("三、政府性基金预算支出情况", True))
    w, c, r = chg(info["gf"], p["gf"])
    P.append(
        (
            f"{y}年政府性基金预算拨款支出{A(info['gf'])}万元，比上年预算{w}{A(c)}万元，主要用于征地和拆迁补偿、棚户区改造"
            "及社会福利彩票公益金项目。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gf"])}))
    P.append(("四、国有资本经营预算支出情况", True))
    P.append((f"本部门{y}年没有使用国有资本经营预算拨款安排的支出。", False))
    P.append(("五、“三公”经费预算情况", True))
    sg = [d(x) for x in doc["sangong"]]
    tsg = sum(sg)
    w, c, r = chg(tsg, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费预算数为{A(tsg)}万元，比上年{w}{A(c)}万元。其中，因公出国（境）费{A(sg[0])}万元；公务接待费"
            f"{A(sg[3])}万元；公务用车购置及运行费{A(sg[1] + sg[2])}万元（其中，公务用车购置费{A(sg[1])}万元，公务用车"
            f"运行费{A(sg[2])}万元）。减少的主要原因是严格执行公务接待标准，压减公务用车运行维护支出。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(tsg)}))
    P.append(("六、机关运行经费安排情况", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"{y}年本部门机关运行经费预算{A(info['pu'])}万元，比上年预算{w}{A(c)}万元，{'增长' if w == '增加' else '下降'}"
            f"{r}%，主要是办公设备维护费用调整。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": str(r if w == "增加" else -r)}))
    P.append(("七、政府采购预算情况", True))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"{y}年本部门安排政府采购预算{A(pt)}万元，其中：货物类{A(pr['goods'])}万元，工程类{A(pr['works'])}万元，"
            f"服务类{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(("八、国有资产占用情况", True))
    v = doc["vehicles"]
    P.append(
        (
            f"截至{y - 1}年12月31日，本部门共有车辆{v[0]}辆，其中，一般公务用车{v[1]}辆，执法执勤用车{v[2]}辆；单位价值"
            f"50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。{y}年部门预算未安排购置车辆。",
            False,
        )
    )
    P.append(("九、预算绩效目标设置情况", True))
    P.append(
        (
            f"{y}年本部门纳入绩效目标管理的项目{doc['perf'][0]}个，涉及金额{doc['perf'][1]}万元，绩效目标已随部门预算"
            "一并批复。",
            False,
        )
    )
    return (
        P,
        C,
        [("纳入绩效目标管理的项目", doc["perf"][1].replace(",", ""), "绩效 project money, not a claim kind")],
    )


# ============================================================================================== s1 四川 2022 final
DOCS["s1_sichuan_pujiang_nyncj_2022_final"] = dict(
    kind="final_account",
    org="蒲江县农业农村局",
    year=2022,
    unit="万元",
    cover="2022年度部门决算",
    date="2023年9月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=10,
        repeat_head=False,
        rowno=True,
        unit_line="both",
        label="表{n}",
        footer="第 {n} 页",
        sg_zero="0.00",
    ),
    units="局机关、县农业综合服务中心、县动物疫病预防控制中心",
    leaves="""
2130101 gp_pe=412.60 gp_pu=86.34 yb=498.00
2130104 gp_pe=628.45 gp_pu=74.10 yb=690.00
2130106 gp_p=96.20 yb=120.00
2130108 gp_p=48.75 yb=50.00
2130109 gp_p=36.18 yb=40.00
2130122 gp_p=1268.40 yb=1000.00
2130126 gp_p=52.00 yb=0
2130153 gp_p=2146.82 yb=2200.00
2130199 gp_p=188.36 oth_p=12.40 yb=160.00
2130504 gp_p=640.00 yb=600.00
2130705 gp_p=1365.20 yb=1400.00
2080505 gp_pe=146.28 yb=150.00
2080506 gp_pe=58.51 yb=60.00
2101101 gp_pe=38.20 yb=40.00
2101102 gp_pe=42.36 yb=44.00
2210201 gp_pe=96.42 yb=98.00
""",
    cb="486.20",
    cb_fiscal="474.60",
    econ={
        "30102": "312.40",
        "30103": "24.60",
        "30107": "408.20",
        "30108": "146.28",
        "30109": "58.51",
        "30110": "80.56",
        "30113": "96.42",
        "30302": "68.30",
        "30305": "12.60",
        "30205": "6.20",
        "30206": "18.40",
        "30211": "12.36",
        "30213": "22.40",
        "30217": "1.86",
        "30228": "18.64",
        "30231": "9.80",
        "30299": "36.58",
    },
    sangong=("0", "0", "9.80", "1.86"),
    sangong_budget=("0", "0", "12.00", "3.00"),
    empty={
        GF: "本单位2022年度无政府性基金预算财政拨款收入支出，此表无数据。",
        SC: "空表说明：本部门2022年度无国有资本经营预算财政拨款支出，故此表为空表。",
    },
    prior=dict(grand="7102.38", sangong="13.62", opcost="168.30"),
    proc=dict(goods="128.60", works="1860.40", services="246.80"),
    vehicles=(3, 0, 3),
    duty="负责全县农业农村经济发展、农田建设、农产品质量安全监管和乡村振兴相关工作。",
    n_sub=2,
    why_grand="高标准农田建设和乡村振兴项目资金增加",
    sg_use="农业执法检查、动物疫病防控等工作",
    proc_use="农田建设、农业机械和检测设备购置",
    vehicle_kind="特种专业技术用车",
    perf=(12, "5,624.38"),
    uses={
        "2130122": "农业生产发展项目年中追加中央资金",
        "2130126": "年初未预算，年中追加农村人居环境整治资金",
        "2130504": "年中追加衔接推进乡村振兴补助资金",
        "2130199": "年中追加农业产业化项目资金",
    },
)


def say_sc(doc, info):
    y, org = doc["year"], doc["org"]
    A = lambda x: W(x, doc)  # noqa: E731
    n = lambda x: N(x, doc)  # noqa: E731
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、基本职能及主要工作", True))
    P.append((doc["duty"], False))
    P.append(("二、机构设置", True))
    P.append(
        (f"{org}下属二级单位{doc['n_sub']}个，纳入{y}年度部门决算编制范围的单位包括：{doc['units']}。", False)
    )
    P.append(("第二部分 2022年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收、支总计{A(info['grand'])}万元。与{y - 1}年相比，收、支总计各{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%。主要变动原因是{doc['why_grand']}。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": str(r if w == "增加" else -r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"{y}年本年收入合计{A(info['inc'])}万元，其中：一般公共预算财政拨款收入{A(info['igp'])}万元，占"
            f"{rate(info['igp'], info['inc'])}%；"
            + (
                f"政府性基金预算财政拨款收入{A(info['igf'])}万元，占{rate(info['igf'], info['inc'])}%。"
                if info["igf"]
                else f"其他收入{A(info['ioth'])}万元，占{rate(info['ioth'], info['inc'])}%。"
            ),
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["inc"])}))
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"{y}年本年支出合计{A(info['spend'])}万元，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['spend'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['spend'])}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(info["spend"])}))
    P.append(("四、财政拨款收入支出决算总体情况说明", True))
    P.append((f"{y}年财政拨款收、支总计{A(info['fiscal_total'])}万元。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    P.append(("（一）一般公共预算财政拨款支出决算总体情况", True))
    P.append(
        (
            f"{y}年一般公共预算财政拨款支出{A(info['gp'])}万元，占本年支出合计的{rate(info['gp'], info['spend'])}%。",
            False,
        )
    )
    P.append(("（二）一般公共预算财政拨款支出决算结构情况", True))
    body = "；".join(
        f"{FUNC[k][:-2] if FUNC[k].endswith('支出') else FUNC[k]}(类)支出{A(v)}万元，占{rate(v, info['gp'])}%"
        for k, v in sorted(info["gp_lei"].items())
    )
    P.append((f"{y}年一般公共预算财政拨款支出{A(info['gp'])}万元，主要用于以下方面：{body}。", False))
    P.append(("（三）一般公共预算财政拨款支出决算具体情况", True))
    yb = info["yb"]
    P.append(
        (
            f"{y}年一般公共预算支出决算数为{A(info['gp'])}万元，完成预算{rate(info['gp'], yb)}%。其中：",
            False,
        )
    )
    C.append(("execution", None, {"actual": n(info["gp"]), "rate": str(rate(info["gp"], yb))}))
    gp_leaves = [(c, m) for c, m in sorted(info["L"].items()) if any(k.startswith("gp_") for k in m)]
    for i, (code, m) in enumerate(gp_leaves, 1):
        act = sum((v for k, v in m.items() if k.startswith("gp_")), D(0))
        b = m.get("yb", D(0))
        chain = f"{FUNC[code[:3]]}(类){FUNC[code[:5]]}(款){FUNC[code]}(项)"
        if b:
            s = f"{i}.{chain}：支出决算为{A(act)}万元，完成预算{rate(act, b)}%"
            figs = {"actual": n(act), "rate": str(rate(act, b))}
            if act == b:
                s += "。"
            else:
                why = doc["uses"].get(code, "严格控制支出" if act < b else "年中追加资金")
                s += f"，决算数{'大于' if act > b else '小于'}预算数的主要原因是{why}。"
        else:
            s = f"{i}.{chain}：支出决算为{A(act)}万元，{doc['uses'][code]}。"
            figs = {"actual": n(act)}
        P.append((s, False))
        C.append(("execution", code, figs))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，主要包括"
            "基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、"
            f"退休费、生活补助；公用经费{A(info['pu'])}万元，主要包括办公费、水费、电费、差旅费、维修（护）费、公务接待费、"
            "工会经费、公务用车运行维护费、其他商品和服务支出。",
            False,
        )
    )
    P.append(("七、“三公”经费财政拨款支出决算情况说明", True))
    b, a = [d(x) for x in doc["sangong_budget"]], [d(x) for x in doc["sangong"]]
    tb, ta = sum(b), sum(a)
    P.append(("（一）“三公”经费财政拨款支出决算总体情况说明", True))
    w, c, r = chg(ta, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费财政拨款支出决算为{A(ta)}万元，完成预算{rate(ta, tb)}%，较上年{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%，决算数小于预算数的主要原因是厉行节约，严控“三公”经费支出。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": str(r if w == "增加" else -r)}))
    P.append(("（二）“三公”经费财政拨款支出决算具体情况说明", True))
    P.append(
        (
            f"{y}年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{A(a[0])}万元，占0.00%；公务用车购置及运行维护费"
            f"支出决算{A(a[1] + a[2])}万元，占{rate(a[1] + a[2], ta)}%；公务接待费支出决算{A(a[3])}万元，占"
            f"{rate(a[3], ta)}%。具体情况如下：",
            False,
        )
    )
    P.append(("1.因公出国（境）经费支出0万元。全年安排因公出国（境）团组0次，出国（境）0人。", False))
    P.append(
        (
            f"2.公务用车购置及运行维护费支出{A(a[1] + a[2])}万元。其中：公务用车购置支出0万元；公务用车运行维护费支出"
            f"{A(a[2])}万元，主要用于{doc['sg_use']}所需公务用车燃料费、维修费、过路过桥费、保险费等支出。"
            f"截至{y}年12月31日，单位共有公务用车{doc['vehicles'][0]}辆。",
            False,
        )
    )
    P.append(
        (
            f"3.公务接待费支出{A(a[3])}万元。其中：国内公务接待支出{A(a[3])}万元，主要用于上级部门检查指导工作发生的接待"
            "支出。国内公务接待6批次，42人次。",
            False,
        )
    )
    P.append(("八、政府性基金预算支出决算情况说明", True))
    P.append(
        (
            f"{y}年政府性基金预算财政拨款收入{A(info['igf'])}万元，支出{A(info['gf'])}万元，年末结转和结余"
            f"{A(info['cef_gf'])}万元，主要用于{doc['gf_use']}。"
            if info["gf"]
            else f"{y}年政府性基金预算财政拨款支出0万元。",
            False,
        )
    )
    P.append(("九、国有资本经营预算支出决算情况说明", True))
    P.append((f"{y}年国有资本经营预算财政拨款支出0万元。", False))
    P.append(("十、其他重要事项的情况说明", True))
    P.append(("（一）机关运行经费支出情况", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"本部门{y}年度机关运行经费支出{A(info['pu'])}万元，比{y - 1}年{w}{A(c)}万元，{'增长' if w == '增加' else '下降'}"
            f"{r}%。主要原因是严控一般性支出。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": str(r if w == "增加" else -r)}))
    P.append(("（二）政府采购支出情况", True))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"本部门{y}年度政府采购支出总额{A(pt)}万元，其中：政府采购货物支出{A(pr['goods'])}万元、政府采购工程支出"
            f"{A(pr['works'])}万元、政府采购服务支出{A(pr['services'])}万元。主要用于{doc['proc_use']}。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(("（三）国有资产占有使用情况", True))
    P.append(
        (
            f"截至{y}年12月31日，本部门共有车辆{doc['vehicles'][0]}辆，其中，{doc['vehicle_kind']}"
            f"{doc['vehicles'][2]}辆；单价100万元以上专用设备0台（套）。",
            False,
        )
    )
    P.append(("（四）预算绩效管理情况", True))
    P.append(
        (
            f"根据预算绩效管理要求，本部门在{y}年度预算编制阶段，组织对{doc['perf'][0]}个项目开展了绩效目标"
            f"编制，涉及一般公共预算当年财政拨款{doc['perf'][1]}万元。",
            False,
        )
    )
    return P, C, [("涉及一般公共预算当年财政拨款", doc["perf"][1].replace(",", ""), "绩效 project money")]


# ============================================================================================== sd1 山东 2020 budget 元
DOCS["sd1_shandong_yantai_tyjrswj_2020_dept_budget"] = dict(
    kind="budget",
    org="烟台市退役军人事务局",
    year=2020,
    unit="元",
    cover="2020年部门预算",
    date="2020年2月",
    style=dict(
        codes="one",
        indent="  ",
        sep=False,
        lei_nocode=True,
        gb_plain=True,
        name_w=16,
        unit_line="title",
        label="表{n}",
        footer="{n}",
        empty_head=False,
        is_num=False,
    ),
    units="局机关、市退役军人服务中心、市军队离退休干部休养所",
    leaves="""
2082801 gp_pe=4862340.00 gp_pu=968420.00
2082804 gp_p=2350000.00
2082850 gp_pe=3126480.00 gp_pu=412600.00 gp_p=680000.00
2082899 gp_p=1186500.00
2080801 gp_p=3620000.00
2080802 gp_p=5846800.00
2080803 gp_p=2980000.00
2080505 gp_pe=982346.00
2101101 gp_pe=312860.00
2210201 gp_pe=768240.00
""",
    econ={
        "30102": "2468200.00",
        "30103": "612400.00",
        "30107": "2386500.00",
        "30108": "982346.00",
        "30110": "312860.00",
        "30113": "768240.00",
        "30302": "860000.00",
        "30205": "38600.00",
        "30206": "156200.00",
        "30211": "128400.00",
        "30213": "86500.00",
        "30217": "28000.00",
        "30228": "146820.00",
        "30231": "72000.00",
    },
    sangong=("0", "0", "72000.00", "28000.00"),
    empty={
        GF: "本单位无政府性基金预算拨款安排的支出，本表为空表。",
        SC: "本单位无国有资本经营预算拨款安排的支出。",
    },
    prior=dict(grand="27426800.00", sangong="126000.00", opcost="1296400.00"),
    proc=dict(goods="486000.00", works="0", services="1320000.00"),
)


def say_sd(doc, info):
    y = doc["year"]
    A = lambda x: W(x, doc)  # noqa: E731
    n = lambda x: N(x, doc)  # noqa: E731
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 烟台市退役军人事务局概况", True))
    P.append(("一、部门职责", True))
    P.append(
        (
            "贯彻落实退役军人工作和双拥工作的方针政策，负责军队转业干部、复员干部、退休干部、退役士兵的移交安置和优抚工作。",
            False,
        )
    )
    P.append(("二、机构设置", True))
    P.append((f"纳入{y}年部门预算编制范围的单位共3个，包括：{doc['units']}。", False))
    P.append(("第二部分 2020年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"按照综合预算的原则，烟台市退役军人事务局所有收入和支出均纳入部门预算管理。收入包括：一般公共预算拨款收入；"
            f"支出包括：社会保障和就业支出、卫生健康支出、住房保障支出。{y}年收支总预算{A(info['grand'])}万元，比{y - 1}年"
            f"{w}{A(c)}万元，{'增长' if w == '增加' else '下降'}{r}%。主要原因是优抚对象抚恤补助标准提高。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": str(r if w == "增加" else -r)}))
    P.append(("二、收入预算情况", True))
    P.append((f"{y}年收入预算{A(info['grand'])}万元，全部为一般公共预算拨款收入，占100.00%。", False))
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    P.append(("三、支出预算情况", True))
    P.append(
        (
            f"{y}年支出预算{A(info['grand'])}万元，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['grand'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['grand'])}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(info["grand"])}))
    P.append(("四、财政拨款收支预算总体情况", True))
    P.append((f"{y}年财政拨款收支总预算{A(info['gp'])}万元。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"])}))
    P.append(("五、一般公共预算当年拨款情况", True))
    P.append(
        (
            f"{y}年一般公共预算当年拨款{A(info['gp'])}万元，其中：基本支出{A(info['pe'] + info['pu'])}万元，项目支出"
            f"{A(info['gp'] - info['pe'] - info['pu'])}万元。按支出功能分类科目分类，主要用于：",
            False,
        )
    )
    for k, v in sorted(info["gp_lei"].items()):
        P.append((f"{FUNC[k]}{A(v)}万元，占{rate(v, info['gp'])}%；", False))
    P.append(("六、一般公共预算“三公”经费支出情况", True))
    sg = [d(x) for x in doc["sangong"]]
    tsg = sum(sg)
    w, c, r = chg(tsg, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费预算{A(tsg)}万元，比{y - 1}年{w}{A(c)}万元。其中：因公出国（境）费0万元；公务用车购置及运行"
            f"维护费{A(sg[1] + sg[2])}万元，其中公务用车购置费0万元，公务用车运行维护费{A(sg[2])}万元；公务接待费"
            f"{A(sg[3])}万元。主要原因是贯彻落实中央八项规定精神，压减一般性支出。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(tsg)}))
    P.append(("七、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年部门机关运行经费预算{A(info['pu'])}万元，比{y - 1}年{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": str(r if w == "增加" else -r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购情况。{y}年部门政府采购预算{A(pt)}万元，其中：货物采购预算{A(pr['goods'])}万元，服务采购预算"
            f"{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            "（三）国有资产占有使用情况。截至2019年底，部门共有车辆2辆，其中，一般公务用车1辆、其他用车1辆；单位价值"
            "50万元以上通用设备0台，单位价值100万元以上专用设备0台。",
            False,
        )
    )
    P.append(
        (
            "（四）绩效目标设置情况。2020年部门实行绩效目标管理的项目6个，涉及财政性资金合计1666.33万元。",
            False,
        )
    )
    return P, C, [("涉及财政性资金合计", "1666.33", "绩效 project money")]


# ============================================================================================== hn1 湖南 2023 final
DOCS["hn1_hunan_tianxin_pzjjd_2023_final"] = dict(
    kind="final_account",
    org="长沙市天心区坡子街街道办事处",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年9月",
    style=dict(
        codes="one",
        indent="",
        sep=True,
        total_first=True,
        zero="0.00",
        name_w=12,
        fig_pos="top",
        repeat_head=True,
        unit_line="right",
        label="附表{n}",
        footer="- {n} -",
        sg_zero="0.00",
        cont=True,
    ),
    units="街道办事处机关（本级）",
    leaves="""
2010301 gp_pe=826.42 gp_pu=148.36 yb=960.00
2010302 gp_p=186.50 yb=200.00
2010350 gp_pe=212.80 gp_pu=26.40 yb=240.00
2010399 gp_p=96.30 yb=80.00
2012999 gp_p=18.60 ioth=-0.85 yb=20.00
2013299 gp_p=22.40 yb=25.00
2080208 gp_p=312.68 yb=300.00
2080505 gp_pe=148.62 yb=150.00
2080506 gp_pe=59.45 yb=60.00
2081002 gp_p=64.30 yb=70.00
2081107 gp_p=38.76 yb=40.00
2101101 gp_pe=52.18 yb=55.00
2120501 gp_p=1086.45 oth_p=12.00 ioth=12.00 yb=1100.00
2129999 gp_p=246.30 yb=0
2130705 gp_p=48.00 yb=48.00
2210201 gp_pe=118.26 yb=120.00
2240106 gp_p=36.80 yb=40.00
""",
    cb="128.46",
    cb_fiscal="120.00",
    econ={
        "30102": "286.40",
        "30103": "48.20",
        "30107": "402.30",
        "30108": "148.62",
        "30109": "59.45",
        "30110": "52.18",
        "30113": "118.26",
        "30302": "46.20",
        "30205": "4.80",
        "30206": "22.60",
        "30211": "6.30",
        "30213": "12.40",
        "30217": "0.96",
        "30228": "24.80",
        "30231": "8.20",
        "30299": "48.60",
    },
    sangong=("0", "0", "8.20", "0.96"),
    sangong_budget=("0", "0", "10.00", "2.00"),
    empty={
        GF: "坡子街街道办事处2023年度没有政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。",
        SC: "坡子街街道办事处2023年度没有国有资本经营预算财政拨款支出，故本表为空表。",
    },
    prior=dict(grand="3712.60", sangong="11.48", opcost="181.92"),
    proc=dict(goods="42.60", works="386.00", services="512.40"),
)


def say_hn(doc, info):
    y = doc["year"]
    A = lambda x: W(x, doc)  # noqa: E731
    n = lambda x: N(x, doc)  # noqa: E731
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、职能职责", True))
    P.append(
        ("坡子街街道办事处负责辖区党的建设、经济发展、社会治理、公共服务、城市管理和平安建设等工作。", False)
    )
    P.append(("二、机构设置", True))
    P.append(("坡子街街道办事处部门决算由街道办事处本级决算组成，无下属二级预算单位。", False))
    P.append(("第二部分 2023年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与上年相比，收、支总计各{w}"
            f"{A(c)}万元，{'增长' if w == '增加' else '下降'}{r}%，主要原因是城乡社区环境卫生项目支出增加。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": str(r if w == "增加" else -r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"本年收入合计{A(info['inc'])}万元，其中：一般公共预算财政拨款收入{A(info['igp'])}万元，占"
            f"{rate(info['igp'], info['inc'])}%；其他收入{A(info['ioth'])}万元，占{rate(info['ioth'], info['inc'])}%"
            "（含退回以前年度支出-0.85万元）。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["inc"])}))
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"本年支出合计{A(info['spend'])}万元，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['spend'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['spend'])}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(info["spend"])}))
    P.append(("四、财政拨款收入支出决算总体情况说明", True))
    P.append(
        (
            f"{y}年度财政拨款收入总计{A(info['fiscal_total'])}万元，支出总计{A(info['fiscal_total'])}万元。",
            False,
        )
    )
    # 收入总计 and 支出总计 each stated: two claims of the same figure
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    yb = info["yb"]
    P.append(
        (
            f"（一）财政拨款支出决算总体情况。{y}年度一般公共预算财政拨款支出{A(info['gp'])}万元，占本年支出合计的"
            f"{rate(info['gp'], info['spend'])}%。",
            False,
        )
    )
    P.append(("（二）财政拨款支出决算结构情况。", False))
    body = "；".join(
        f"{FUNC[k]}{A(v)}万元，占{rate(v, info['gp'])}%" for k, v in sorted(info["gp_lei"].items())
    )
    P.append((f"{y}年度财政拨款支出主要用于以下方面：{body}。", False))
    P.append(
        (
            f"（三）一般公共预算财政拨款支出决算具体情况。{y}年度一般公共预算财政拨款支出年初预算为{A(yb)}万元，支出决算"
            f"为{A(info['gp'])}万元，决算数为年初预算的{rate(info['gp'], yb)}%。",
            False,
        )
    )
    C.append(
        ("execution", None, {"budget": n(yb), "actual": n(info["gp"]), "rate": str(rate(info["gp"], yb))})
    )
    for k, v in sorted(info["gp_lei"].items()):
        b = sum((m.get("yb", D(0)) for c, m in info["L"].items() if c[:3] == k), D(0))
        s = f"{FUNC[k]}（类）年初预算为{A(b)}万元，支出决算为{A(v)}万元，决算数为年初预算的{rate(v, b)}%"
        s += "，主要原因是年中追加城市管理和社区治理经费。" if v > b else "，主要原因是厉行节约。"
        P.append((s, False))
        C.append(("execution", k, {"budget": n(b), "actual": n(v), "rate": str(rate(v, b))}))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            f"公用经费{A(info['pu'])}万元。",
            False,
        )
    )
    P.append(("七、“三公”经费财政拨款支出决算情况说明", True))
    b, a = [d(x) for x in doc["sangong_budget"]], [d(x) for x in doc["sangong"]]
    tb, ta = sum(b), sum(a)
    P.append(
        (
            f"{y}年度“三公”经费财政拨款支出年初预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成年初预算的{rate(ta, tb)}%。"
            f"其中：因公出国（境）费支出决算为0.00万元，完成年初预算的0.00%；公务用车购置费支出决算为0.00万元；公务用车"
            f"运行维护费支出决算为{A(a[2])}万元，完成年初预算的{rate(a[2], b[2])}%；公务接待费支出决算为{A(a[3])}万元，"
            f"完成年初预算的{rate(a[3], b[3])}%。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("sangong_execution", None, {"actual": "0", "rate": "0"}))
    C.append(("sangong_execution", None, {"actual": n(a[2]), "rate": str(rate(a[2], b[2]))}))
    C.append(("sangong_execution", None, {"actual": n(a[3]), "rate": str(rate(a[3], b[3]))}))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append((f"{y}年度本部门无政府性基金预算财政拨款收入支出。", False))
    P.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
    P.append((f"{y}年度本部门无国有资本经营预算财政拨款支出。", False))
    P.append(("十、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费支出情况。{y}年度机关运行经费支出{A(info['pu'])}万元，比上年{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%，主要原因是压减办公费和会议费。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": str(r if w == "增加" else -r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购支出情况。{y}年度政府采购支出总额{A(pt)}万元，其中：政府采购货物支出{A(pr['goods'])}万元、"
            f"政府采购工程支出{A(pr['works'])}万元、政府采购服务支出{A(pr['services'])}万元。授予中小企业合同金额"
            f"{A(pt)}万元，占政府采购支出总额的100.00%。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占有使用情况。截至{y}年12月31日，本部门共有车辆2辆，其中，应急保障用车1辆、执法执勤用车1辆。",
            False,
        )
    )
    P.append(
        (
            f"（四）预算绩效情况说明。本部门组织对{y}年度一般公共预算项目支出全面开展绩效自评，共涉及资金2,156.09万元，"
            "占一般公共预算项目支出总额的100.00%。",
            False,
        )
    )
    return P, C, [("共涉及资金", "2156.09", "绩效 self-evaluation money")]


# ============================================================================================== cq1 重庆 2025 budget
DOCS["cq1_chongqing_yuzhong_fgw_2025_dept_budget"] = dict(
    kind="budget",
    org="重庆市渝中区发展和改革委员会",
    year=2025,
    unit="万元",
    cover="2025年部门预算",
    date="2025年1月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        total_first=True,
        name_w=14,
        unit_line="both",
        label="表{cn}",
        footer="第{n}页",
        is_num=False,
        is_pairs=True,
        repeat_head=True,
        text_sep=True,
    ),
    proj_econ={"302": "380.30", "310": "50.00", "312": "1500.00"},
    units="委机关、区经济信息中心、区价格认证中心",
    leaves="""
2010401 gp_pe=586.74 gp_pu=96.30
2010402 gp_p=42.00
2010404 gp_p=168.50
2010408 gp_p=36.20
2010450 gp_pe=264.18 gp_pu=32.40 gp_p=58.00
2010499 gp_p=125.60
2150805 gp_p=1500.00
2080505 gp_pe=112.46
2080506 gp_pe=44.98
2101101 gp_pe=48.72
2210201 gp_pe=92.36
""",
    econ={
        "30102": "248.60",
        "30103": "62.40",
        "30107": "286.30",
        "30108": "112.46",
        "30109": "44.98",
        "30110": "48.72",
        "30113": "92.36",
        "30302": "38.50",
        "30205": "2.60",
        "30206": "14.20",
        "30211": "9.40",
        "30217": "1.20",
        "30228": "13.80",
        "30231": "3.60",
        "30299": "38.30",
    },
    sangong=("0", "0", "3.60", "1.20"),
    empty={
        GF: "本部门2025年无政府性基金预算支出，此表为空。",
        SC: "说明：本单位无国有资本经营预算拨款安排的支出，故此表无数据。",
    },
    prior=dict(grand="3486.20", sangong="5.80", opcost="136.50"),
    proc=dict(goods="35.60", works="0", services="216.40"),
)


def say_cq(doc, info):
    y = doc["year"]
    A = lambda x: W(x, doc)  # noqa: E731
    n = lambda x: N(x, doc)  # noqa: E731
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("一、基本情况", True))
    P.append(("（一）职能职责", True))
    P.append(
        (
            "拟订并组织实施全区国民经济和社会发展战略、中长期规划和年度计划，统筹协调经济社会发展，承担价格管理工作。",
            False,
        )
    )
    P.append(("（二）机构设置", True))
    P.append((f"本部门预算包括：{doc['units']}。", False))
    P.append(("二、部门预算情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"（一）收支预算。{y}年部门预算收入总额{A(info['grand'])}万元，较{y - 1}年预算数{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%，主要是中小企业发展专项资金增加。支出总额{A(info['grand'])}万元，"
            f"其中：基本支出{A(info['basic'])}万元，项目支出{A(info['project'])}万元。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": str(r if w == "增加" else -r)}))
    P.append(
        (
            f"（二）财政拨款收支预算。{y}年财政拨款收支预算{A(info['gp'])}万元，全部为一般公共预算拨款，无政府性基金"
            "预算拨款和国有资本经营预算拨款。按支出功能分类：",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"])}))
    for k, v in sorted(info["gp_lei"].items()):
        P.append((f"{FUNC[k]}{A(v)}万元；", False))
    P.append(("（三）政府性基金预算支出。本部门无政府性基金预算拨款安排的支出。", False))
    sg = [d(x) for x in doc["sangong"]]
    tsg = sum(sg)
    w, c, r = chg(tsg, p["sangong"])
    P.append(
        (
            f"（四）“三公”经费预算。{y}年“三公”经费预算数为{A(tsg)}万元，较{y - 1}年{w}{A(c)}万元。其中：因公出国（境）费"
            f"0万元，公务用车购置及运行费{A(sg[1] + sg[2])}万元（其中公务用车购置费0万元，公务用车运行费{A(sg[2])}万元），"
            f"公务接待费{A(sg[3])}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(tsg)}))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（五）机关运行经费。{y}年本部门机关运行经费预算{A(info['pu'])}万元，较{y - 1}年{w}{A(c)}万元，"
            f"{'增长' if w == '增加' else '下降'}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": str(r if w == "增加" else -r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（六）政府采购情况。{y}年本部门政府采购预算总额{A(pt)}万元，其中：货物类{A(pr['goods'])}万元，服务类"
            f"{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            "（七）国有资产占有使用情况。截至2024年12月31日，本部门共有车辆1辆，为一般公务用车；单位价值50万元以上通用"
            "设备0台（套）。",
            False,
        )
    )
    P.append(("（八）绩效目标设置情况。2025年本部门实行绩效目标管理的项目5个，涉及资金1,930.30万元。", False))
    return P, C, [("涉及资金", "1930.30", "绩效 project money")]


# ============================================================================================== s2 四川 2022 final 元
DOCS["s2_sichuan_jiange_mzj_2022_final"] = dict(
    kind="final_account",
    org="剑阁县民政局",
    year=2022,
    unit="元",
    cover="2022年度部门决算",
    date="2023年9月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=13,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="第 {n} 页",
        sg_zero="0.00",
    ),
    units="局机关、县社会福利院",
    duty="负责全县社会救助、养老服务、残疾人福利、基层政权建设和社区治理工作，管理县社会福利院。",
    n_sub=1,
    why_grand="农村低保和特困人员救助供养标准提高",
    sg_use="社会救助核查、福利机构安全检查等工作",
    proc_use="社会福利院护理服务和适老化改造",
    vehicle_kind="一般公务用车",
    perf=(9, "3,133.66"),
    leaves="""
2080201 gp_pe=1862450.00 gp_pu=324680.00 yb=2200000.00
2080208 gp_p=2456000.00 yb=2400000.00
2081002 gp_p=1286400.00 yb=1300000.00
2081107 gp_p=3862150.00 yb=3900000.00
2081901 gp_p=4862300.00 yb=4500000.00
2081902 gp_p=12684500.00 yb=12000000.00
2082001 gp_p=968400.00 yb=1000000.00
2082102 gp_p=5216800.00 yb=5300000.00
2080505 gp_pe=286420.00 yb=290000.00
2080506 gp_pe=114568.00 yb=115000.00
2101101 gp_pe=96320.00 yb=100000.00
2210201 gp_pe=186240.00 yb=190000.00
2296002 gf_p=1650000.00 igf=1500000.00 gcb=380000.00
""",
    cb="1008400.00",
    cb_fiscal="628400.00",
    econ={
        "30102": "520000.00",
        "30103": "96000.00",
        "30107": "612000.00",
        "30108": "286420.00",
        "30109": "114568.00",
        "30110": "96320.00",
        "30113": "186240.00",
        "30302": "168000.00",
        "30205": "12000.00",
        "30206": "48600.00",
        "30211": "36500.00",
        "30213": "42000.00",
        "30217": "8600.00",
        "30228": "38400.00",
        "30231": "46000.00",
        "30299": "62000.00",
    },
    sangong=("0", "0", "46000.00", "8600.00"),
    sangong_budget=("0", "0", "50000.00", "10000.00"),
    empty={SC: "本部门2022年度无国有资本经营预算财政拨款支出，故此表无数据。"},
    gf_use="城乡特困人员供养服务设施运营和社会福利院设备购置",
    prior=dict(grand="34102680.00", sangong="61200.00", opcost="338240.00"),
    proc=dict(goods="286000.00", works="1250000.00", services="1860000.00"),
    vehicles=(2, 0, 2),
    uses={
        "2081901": "城市低保保障标准提高",
        "2081902": "农村低保保障标准提高，年中追加补助资金",
        "2080208": "年中追加社区治理经费",
    },
)

SAY = {"g1": say_gd, "s1": say_sc, "s2": say_sc, "sd1": say_sd, "hn1": say_hn, "cq1": say_cq}
GLOSSARY = [
    ("名词解释", True),
    ("1.一般公共预算拨款收入：指本级财政当年拨付的资金。", False),
    ("2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False),
    ("3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False),
    ("4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", False),
    (
        "5.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
        False,
    ),
]

# ============================================================================================== build
BUILT, EXPECTED = {}, {}
for _stem, _doc in DOCS.items():
    _doc["stem"] = _stem
    _tabs, _info = build(_doc)
    _info["gp_lei"] = {}
    for _c, _m in _info["L"].items():
        _v = sum((v for k, v in _m.items() if k.startswith("gp_")), D(0))
        if _v:
            _info["gp_lei"][_c[:3]] = _info["gp_lei"].get(_c[:3], D(0)) + _v
    _paras, _claims, _not = SAY[_stem.split("_")[0]](_doc, _info)
    BUILT[_stem] = (_doc, _tabs, _paras + GLOSSARY)
    for _ext, _how in ((".pdf", "PDF"), (".txt", "pdftotext plain"), (".layout.txt", "pdftotext -layout")):
        EXPECTED[_stem + _ext] = dict(
            note=f"{_how}, {_doc['org']} {_doc['year']} {'部门决算' if _doc['kind'] != 'budget' else '部门预算'} "
            f"({_doc['unit']}, {len(_info['L'])} 项)",
            kind=_doc["kind"],
            tables=expectations(_tabs),
            only_tables=sorted(t.key for t in _tabs),
            claims=_claims,
            not_claims=_not,
            meta={
                "doc_kind": _doc["kind"],
                "scope": "department",
                "fiscal_year": _doc["year"],
                "unit_name": _doc["org"],
            },
        )
