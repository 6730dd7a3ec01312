"""Expected readings of the rules_s56b inputs: five WHOLE reports of units of 甘肃, 贵州, 云南, 广西 and 山西, each drawn
as a PDF laid out as that province's published reports are (s56b_print.py, on ../rules_s56/s56_print.py) and turned
to text by the REAL pdftotext: X.pdf, X.txt (pdftotext -enc UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the
expectations are the same for the three.

The figures are typed here per functional 项 (../rules_s41c/s41c_lib.py's docstring: gp_pe / gp_pu / gp_p / oth_p,
yb = 年初预算 of a final; ../rules_s55/s55_lib.py's ibiz = 事业 income of a final), plus what s56b_lib.py adds (adj =
调整预算数 per 项, projects, procure, sg_counts); s56b_lib builds the tables and every identity is re-added at import.
Each 说明 is written here in its province's wording, with the claims it states. Nothing here comes from running the
parser.

Documents (README.md has the table):
- gs1 张掖市甘州区水务局 2023 部门决算 (甘肃; one code column; 行次 in the summaries; 一般公共预算财政拨款支出决算表
  with 年初预算数 | 调整预算数 | 决算数 blocks; 三公 with the 统计数 block (车辆数, 批次, 人次); 说明 per 项 with
  决算数大于/小于年初预算数的主要原因);
- gz2 毕节市七星关区交通运输局 2024 部门预算 (贵州; codes split; a 项目支出预算表 of named projects in 元 WITH separators
  while the other tables are in 万元; 其他收入 on one 项; names in a 6-em cell wrapped; each table on one page);
- yn1 大理市疾病预防控制中心 2022 单位决算 (云南; scope unit; 行次 in EVERY table; 事业收入 on one 项; 年初预算数 block;
  说明 per 项);
- gx1 桂林市七星区教育局 2024 部门预算 (广西; a 项目支出预算表 (万元) and a 政府采购预算表 with 数量 "120台" …; 说明 with
  counts of vehicles);
- sx1 太原市小店区卫生健康局 2023 部门决算 (山西; codes split, 合计 FIRST; names in a 6-em cell wrapped over 2-3
  lines; 行次 in the summaries; 年初预算数 block;
  三公 统计数 block; "续表" pages without the header; 说明 per 项 with reasons)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s56b_lib import FUNC, build  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "rules_s42c"))
from rules_s42c_data import GLOSSARY, chg, fmts, sg_items, sgn, up  # noqa: E402
from s41c_lib import GF, SC, d, expectations, rate  # noqa: E402

DOCS = {}

# ============================================================================================== gs1 甘肃 2023 final
DOCS["gs1_gansu_ganzhou_swj_2023_final"] = dict(
    kind="final_account",
    org="张掖市甘州区水务局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年8月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=12,
        repeat_head=True,
        rowno=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="final",
        label="公开{n:02d}表",
        footer="{n}",
        sg_zero="0.00",
    ),
    units="局机关、甘州区水利工程建设管理站、甘州区水土保持工作站",
    leaves="""
2130301 gp_pe=312.46 gp_pu=48.20 yb=356.00
2130304 gp_p=86.40 yb=90.00
2130306 gp_p=624.80 yb=580.00
2130310 gp_p=142.60 yb=150.00
2130316 gp_p=1268.00 yb=1100.00
2130319 gp_p=486.30 yb=520.00
2080505 gp_pe=46.28 yb=48.00
2080506 gp_pe=18.51 yb=19.00
2101101 gp_pe=13.62 yb=14.00
2210201 gp_pe=34.72 yb=36.00
""",
    adj={
        "2130301": "362.00",
        "2130304": "90.00",
        "2130306": "630.00",
        "2130310": "150.00",
        "2130316": "1280.00",
        "2130319": "500.00",
        "2080505": "48.00",
        "2080506": "19.00",
        "2101101": "14.00",
        "2210201": "36.00",
    },
    cb="52.40",
    cb_fiscal="52.40",
    econ={
        "30102": "86.40",
        "30103": "14.20",
        "30107": "62.30",
        "30108": "46.28",
        "30109": "18.51",
        "30110": "13.62",
        "30113": "34.72",
        "30302": "16.80",
        "30205": "2.40",
        "30206": "5.20",
        "30211": "3.80",
        "30213": "2.60",
        "30217": "0.92",
        "30228": "4.60",
        "30231": "4.20",
        "30299": "6.80",
    },
    sangong=("0", "0", "4.20", "0.92"),
    sangong_budget=("0", "0", "4.50", "1.20"),
    sg_counts=(0, 0, 0, 2, 12, 86),
    empty={
        GF: "张掖市甘州区水务局2023年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空。",
        SC: "张掖市甘州区水务局2023年度无国有资本经营预算财政拨款支出，故本表为空。",
    },
    prior=dict(grand="2846.30", gp="2790.46", sangong="5.86", opcost="52.10"),
    proc=dict(goods="42.60", works="1086.00", services="126.40"),
    why={
        "2130301": "人员工资调整及绩效奖励增加",
        "2130306": "年中追加水库除险加固运行维护资金",
        "2130316": "年中追加农村饮水安全巩固提升工程资金",
    },
)


def say_final(doc, info, style):
    """A final's 说明 in three provinces' wordings (style "gs" 甘肃, "yn" 云南, "sx" 山西): 收入 / 支出 总计 and the change
    from the year before; 本年收入 by source; 本年支出 basic / project; 财政拨款 总计; 一般公共预算 总体 (budget / actual /
    rate) and per 项 with 决算数大于/小于年初预算数的主要原因; 基本支出; 三公 (budget / actual / rate, the counts in words:
    not claims); GF / 国资 none; 机关运行经费; 政府采购."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C, N = [], [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    ibiz = sum((m.get("ibiz", D(0)) for m in real.values()), D(0))
    fis = info["igp"] + info["igf"]
    inc = info["inc"]
    assert inc == fis + ibiz
    P.append(("第一部分 部门概况" if doc.get("scope") != "unit" else "第一部分 单位概况", True))
    P.append(("一、主要职能", True))
    P.append((doc["duty"], False))
    P.append(("二、机构设置及决算单位构成", True))
    P.append((doc["members"], False))
    P.append((f"第二部分 {org}{y}年度{doc['kindword']}情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    if style == "gs":
        s = (
            f"{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与{y - 1}年度相比，收、支总计各{w}"
            f"{A(c)}万元，{up(w)}{r}%。主要变动原因是农村饮水安全巩固提升工程资金增加。"
        )
        C += [("total_income_expenditure", None, {"amount": n(info["grand"])})] * 2
    elif style == "yn":
        s = (
            f"{org}{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与{y - 1}年度相比，收入总计和"
            f"支出总计各{w}{A(c)}万元，{up(w)}{r}%。主要原因是突发公共卫生事件应急处置资金增加。"
        )
        C += [("total_income_expenditure", None, {"amount": n(info["grand"])})] * 2
    else:
        s = (
            f"{org}{y}年度收入、支出决算总计{A(info['grand'])}万元。与{y - 1}年度相比，收入、支出决算总计各{w}{A(c)}万元，"
            f"{up(w)}{r}%。主要原因是基本公共卫生服务补助资金增加。"
        )
        C += [("total_income_expenditure", None, {"amount": n(info["grand"])})]
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append((s, False))
    P.append(("二、收入决算情况说明", True))
    s = f"{y}年度本年收入合计{A(inc)}万元，其中：财政拨款收入{A(fis)}万元，占本年收入合计的{rate(fis, inc)}%"
    if ibiz:
        s += f"；事业收入{A(ibiz)}万元，占本年收入合计的{rate(ibiz, inc)}%"
    P.append((s + "。", False))
    C.append(("total_income", None, {"amount": n(inc)}))
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"{y}年度本年支出合计{A(info['spend'])}万元，其中：基本支出{A(info['basic'])}万元，占本年支出合计的"
            f"{rate(info['basic'], info['spend'])}%；项目支出{A(info['project'])}万元，占本年支出合计的"
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
    C += [("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])})] * 2
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    gp, yb = info["gp"], info["yb"]
    s = (
        f"（一）一般公共预算财政拨款支出决算总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的"
        f"{rate(gp, info['spend'])}%。"
    )
    if "gp" in p:
        w, c, r = chg(gp, p["gp"])
        s += f"与{y - 1}年度相比，一般公共预算财政拨款支出{w}{A(c)}万元，{up(w)}{r}%。"
        C.append(("year_on_year", None, {"amount": n(gp), "rate": sgn(w, r)}))
    P.append((s, False))
    P.append(
        (
            f"（二）一般公共预算财政拨款支出决算具体情况。{y}年度一般公共预算财政拨款支出年初预算为{A(yb)}万元，支出决算为"
            f"{A(gp)}万元，完成年初预算的{rate(gp, yb)}%。其中：",
            False,
        )
    )
    C.append(("execution", None, {"budget": n(yb), "actual": n(gp), "rate": str(rate(gp, yb))}))
    i = 0
    for code, m in sorted(real.items()):
        a = sum((v for k, v in m.items() if k.startswith("gp_")), D(0))
        if not a:
            continue
        i += 1
        b = m.get("yb", D(0))
        name = f"{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）"
        if style == "gs":
            s = f"（{i}）{name}。年初预算为{A(b)}万元，支出决算为{A(a)}万元，完成年初预算的{rate(a, b)}%。"
        elif style == "yn":
            s = f"{i}.{name}：年初预算{A(b)}万元，支出决算{A(a)}万元，完成年初预算的{rate(a, b)}%。"
        else:
            s = f"{i}.{name}。年初预算为{A(b)}万元，支出决算为{A(a)}万元，完成年初预算的{rate(a, b)}%，"
        C.append(("execution", code, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
        if a > b:
            s += f"决算数大于年初预算数的主要原因是{doc['why'][code]}。"
        else:
            s += "决算数小于年初预算数的主要原因是" + doc.get("less", "厉行节约，压减一般性支出") + "。"
        P.append((s, False))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            f"主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、"
            f"退休费；公用经费{A(info['pu'])}万元，主要包括办公费、印刷费、水电费、差旅费、维修（护）费、公务接待费、公务用车"
            "运行维护费、其他商品和服务支出。",
            False,
        )
    )
    P.append(("七、一般公共预算财政拨款“三公”经费支出决算情况说明", True))
    bo, bp, br, ba, tb = sg_items(doc, "sangong_budget")
    o, pp, rr, a, ta = sg_items(doc)
    w, c, r = chg(ta, p["sangong"])
    P.append(
        (
            f"{y}年度“三公”经费财政拨款支出年初预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成年初预算的{rate(ta, tb)}%，"
            f"较上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    cnt = doc.get("sg_counts") or doc["cnt_words"]
    P.append(
        (
            f"1.因公出国（境）费支出决算为0万元，全年无因公出国（境）团组。2.公务用车购置及运行维护费支出决算为"
            f"{A(pp + rr)}万元，完成年初预算的{rate(pp + rr, bp + br)}%。其中：公务用车购置费0万元，本年未购置公务用车；"
            f"公务用车运行维护费{A(rr)}万元，主要用于{cnt[3]}辆公务用车的燃料费、维修费、保险费等支出，截至{y}年12月31日，"
            f"公务用车保有量为{cnt[3]}辆。3.公务接待费支出决算为{A(a)}万元，完成年初预算的{rate(a, ba)}%，全年国内公务接待"
            f"{cnt[4]}批次、{cnt[5]}人次。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"actual": n(pp + rr), "rate": str(rate(pp + rr, bp + br))}))
    C.append(("sangong_execution", None, {"actual": n(a), "rate": str(rate(a, ba))}))
    N.append((f"国内公务接待{cnt[4]}批次", str(cnt[4]), "a count of receptions, not money"))
    N.append((f"{cnt[5]}人次", str(cnt[5]), "a count of persons, not money"))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append((f"{org}{y}年度无政府性基金预算财政拨款收入、支出及结转结余。", False))
    P.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
    P.append((f"{org}{y}年度无国有资本经营预算财政拨款支出。", False))
    P.append(("十、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费支出情况。{y}年度{org}机关运行经费支出{A(info['pu'])}万元，比上年{w}{A(c)}万元，"
            f"{up(w)}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购支出情况。{y}年度{org}政府采购支出总额{A(pt)}万元，其中：政府采购货物支出{A(pr['goods'])}万元、"
            f"政府采购工程支出{A(pr['works'])}万元、政府采购服务支出{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    return P, C, N


DOCS["gs1_gansu_ganzhou_swj_2023_final"].update(
    kindword="部门决算",
    duty="贯彻执行国家、省、市水利工作的方针政策和法律法规，负责全区水资源的合理开发利用、水利工程建设与运行管理、农村"
    "饮水安全、水土保持和河湖长制日常工作。",
    members="纳入张掖市甘州区水务局2023年度部门决算编制范围的单位包括：局机关、甘州区水利工程建设管理站、甘州区水土"
    "保持工作站。",
)

# ============================================================================================== gz2 贵州 2024 budget
DOCS["gz2_guizhou_qixingguan_jtysj_2024_dept_budget"] = dict(
    kind="budget",
    org="毕节市七星关区交通运输局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=6,
        repeat_head=False,
        cont=False,
        unit_line="both",
        label="表{n}",
        footer="第{n}页",
        sg_zero="0.00",
    ),
    units="局机关、七星关区公路管理段、七星关区交通运输综合行政执法大队",
    leaves="""
2140101 gp_pe=486.32 gp_pu=72.40
2140104 gp_p=3860.00
2140106 gp_p=1246.50
2140112 gp_p=186.40
2140199 gp_p=68.00 oth_p=120.00
2080505 gp_pe=58.36
2080506 gp_pe=23.34
2101101 gp_pe=17.52
2210201 gp_pe=46.68
""",
    econ={
        "30102": "128.60",
        "30103": "36.40",
        "30107": "96.80",
        "30108": "58.36",
        "30109": "23.34",
        "30110": "17.52",
        "30113": "46.68",
        "30205": "3.20",
        "30206": "8.60",
        "30211": "6.40",
        "30213": "4.80",
        "30217": "1.60",
        "30228": "9.80",
        "30231": "8.00",
        "30299": "12.40",
    },
    sangong=("0", "0", "8.00", "1.60"),
    projects=[
        ("七星关区农村公路建设项目", "2860.00", "0"),
        ("国省干线公路改造配套资金", "1000.00", "0"),
        ("农村公路日常养护经费", "1246.50", "0"),
        ("道路运输安全监管工作经费", "186.40", "0"),
        ("交通运输综合执法专项经费", "68.00", "120.00"),
    ],
    proj_unit="元",
    proj_title="项目支出表",
    empty={
        GF: "毕节市七星关区交通运输局2024年无政府性基金预算财政拨款安排的支出，故本表为空。",
        SC: "毕节市七星关区交通运输局2024年无国有资本经营预算财政拨款安排的支出，故本表为空。",
    },
    prior=dict(grand="5826.40", gp="5706.40", sangong="11.20", opcost="76.80"),
    proc=dict(goods="36.80", works="3860.00", services="168.00"),
)


def say_gz(doc, info):
    """贵州: 收支预算总体情况 (收入预算 / 支出预算 比上年); 收入 by source with shares; 支出 basic / project; 财政拨款;
    一般公共预算 比上年; 项目支出 per project (in 万元, no claims); 三公 比上年; 机关运行经费; 政府采购."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C, N = [], [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    gpb = info["pe"] + info["pu"]
    grand, gp, oth = info["grand"], info["gp"], info["oth"]
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门主要职责", True))
    P.append(
        (
            "贯彻执行国家、省、市交通运输方针政策和法律法规，负责全区公路建设、养护和管理，道路运输市场监管和交通运输综合"
            "行政执法工作。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"纳入{org}{y}年部门预算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"{y}年部门收入预算{A(grand)}万元，支出预算{A(grand)}万元，与上年相比收、支预算各{w}{A(c)}万元，{up(w)}{r}%，"
            "主要原因是农村公路建设项目资金增加。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(grand)}))
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    C.append(("year_on_year", None, {"amount": n(grand), "rate": sgn(w, r)}))
    P.append(("二、收入预算情况", True))
    P.append(
        (
            f"{y}年收入预算{A(grand)}万元，其中：一般公共预算拨款收入{A(gp)}万元，占{rate(gp, grand)}%；其他收入"
            f"{A(oth)}万元，占{rate(oth, grand)}%。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(grand)}))
    P.append(("三、支出预算情况", True))
    P.append(
        (
            f"{y}年支出预算{A(grand)}万元，其中：基本支出{A(gpb)}万元，占{rate(gpb, grand)}%；项目支出{A(grand - gpb)}万元，"
            f"占{rate(grand - gpb, grand)}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    P.append(("四、财政拨款收支预算情况", True))
    w, c, r = chg(gp, p["gp"])
    P.append(
        (
            f"{y}年财政拨款收支预算总计{A(gp)}万元，全部为一般公共预算拨款，比上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    C.append(("year_on_year", None, {"amount": n(gp), "rate": sgn(w, r)}))
    P.append(("五、项目支出预算情况", True))
    pj = "；".join(f"{nm}{A(D(g) + D(o))}万元" for nm, g, o in doc["projects"])
    P.append((f"{y}年项目支出预算{A(grand - gpb)}万元，共{len(doc['projects'])}个项目，其中：{pj}。", False))
    P.append(("六、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, d(p["sangong"]))
    P.append(
        (
            f"{y}年“三公”经费预算{A(t)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；公务用车购置费"
            f"0万元；公务用车运行维护费{A(ru)}万元；公务接待费{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("七、政府性基金预算和国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年无政府性基金预算和国有资本经营预算财政拨款安排的支出。", False))
    P.append(("八、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年{org}机关运行经费预算{A(info['pu'])}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购情况。{y}年{org}政府采购预算{A(pt)}万元，其中：货物类{A(pr['goods'])}万元，工程类"
            f"{A(pr['works'])}万元，服务类{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    return P, C, N


# ============================================================================================== yn1 云南 2022 unit final
DOCS["yn1_yunnan_dali_jkzx_2022_unit_final"] = dict(
    kind="final_account",
    scope="unit",
    org="大理市疾病预防控制中心",
    year=2022,
    unit="万元",
    cover="2022年度单位决算",
    date="2023年9月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=12,
        repeat_head=True,
        rowno=True,
        rowno_all=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="both",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    titles={
        "income_expenditure_summary": "收入支出决算表",
        "income_by_function": "收入决算表",
        "expenditure_by_function": "支出决算表",
        "fiscal_summary": "财政拨款收入支出决算表",
        "general_budget_by_function": "一般公共预算财政拨款支出决算表",
        "general_budget_basic_by_economic": "一般公共预算财政拨款基本支出决算表",
        "sangong": "一般公共预算财政拨款“三公”经费支出决算表",
        GF: "政府性基金预算财政拨款收入支出决算表",
        SC: "国有资本经营预算财政拨款支出决算表",
    },
    leaves="""
2100401 gp_pe=868.42 gp_pu=96.50 yb=940.00
2100408 gp_p=146.00 yb=160.00
2100409 gp_p=326.80 oth_p=46.20 ibiz=46.20 ioth=0 yb=300.00
2100410 gp_p=1862.40 yb=1200.00
2080505 gp_pe=106.84 yb=110.00
2080506 gp_pe=42.74 yb=44.00
2101102 gp_pe=38.26 yb=40.00
2210201 gp_pe=98.52 yb=100.00
""",
    cb="126.40",
    cb_fiscal="86.20",
    econ={
        "30102": "168.40",
        "30107": "286.50",
        "30108": "106.84",
        "30109": "42.74",
        "30110": "38.26",
        "30113": "98.52",
        "30302": "26.80",
        "30205": "6.20",
        "30206": "16.80",
        "30211": "8.40",
        "30213": "6.60",
        "30217": "1.80",
        "30228": "12.60",
        "30231": "9.60",
        "30299": "14.20",
    },
    sangong=("0", "0", "9.60", "1.80"),
    sangong_budget=("0", "0", "10.00", "2.00"),
    cnt_words=(0, 0, 0, 3, 9, 64),
    empty={
        GF: "大理市疾病预防控制中心2022年度无政府性基金预算财政拨款收入、支出及结转结余，本表无数据。",
        SC: "大理市疾病预防控制中心2022年度无国有资本经营预算财政拨款支出，本表无数据。",
    },
    prior=dict(grand="2986.40", gp="2642.80", sangong="12.60", opcost="88.40"),
    proc=dict(goods="286.40", works="0.00", services="96.20"),
    why={
        "2100401": "人员增加及绩效工资调整",
        "2100409": "年中追加艾滋病、结核病等重大疾病防控补助资金",
        "2100410": "年中追加新冠肺炎疫情防控核酸检测及物资采购资金",
    },
    less="严格控制支出，部分项目按实际进度支付",
    kindword="单位决算",
    duty="负责全市疾病预防控制、突发公共卫生事件应急处置、免疫规划、重大疾病防治、卫生检验检测和健康教育工作。",
    members="大理市疾病预防控制中心为大理市卫生健康局所属公益一类事业单位，本决算为本单位本级决算。",
)

# ============================================================================================== gx1 广西 2024 budget
DOCS["gx1_guangxi_qixing_jyj_2024_dept_budget"] = dict(
    kind="budget",
    org="桂林市七星区教育局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=11,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="- {n} -",
        sg_zero="0.00",
    ),
    units="局机关、七星区第一幼儿园、七星区辖区公办中小学11所",
    leaves="""
2050101 gp_pe=286.40 gp_pu=42.60
2050201 gp_pe=1268.50 gp_pu=146.20
2050202 gp_pe=4862.36 gp_pu=526.80
2050203 gp_pe=2386.72 gp_pu=268.40
2050299 gp_p=1460.00
2059999 gp_p=286.00
2080505 gp_pe=682.46
2080506 gp_pe=272.98
2101102 gp_pe=186.32
2210201 gp_pe=582.60
""",
    econ={
        "30102": "2386.40",
        "30103": "486.20",
        "30107": "2862.50",
        "30108": "682.46",
        "30109": "272.98",
        "30110": "186.32",
        "30113": "582.60",
        "30302": "126.80",
        "30205": "46.80",
        "30206": "186.40",
        "30211": "26.40",
        "30213": "68.60",
        "30217": "2.20",
        "30228": "128.60",
        "30231": "6.40",
        "30299": "96.80",
    },
    sangong=("0", "0", "6.40", "2.20"),
    projects=[
        ("农村义务教育学生营养改善计划", "860.00", "0"),
        ("中小学校舍维修改造项目", "600.00", "0"),
        ("中小学教师培训经费", "286.00", "0"),
    ],
    procure=[
        (
            "货物",
            [("教学设备采购", "台式计算机", "120台", "72.00"), ("课桌椅采购", "课桌椅", "800套", "48.60")],
        ),
        ("工程", [("中小学校舍维修改造", "房屋修缮", "1项", "560.00")]),
        ("服务", [("校园物业管理服务", "物业管理服务", "12月", "86.40")]),
    ],
    procure_title="政府采购预算表",
    empty={
        GF: "桂林市七星区教育局2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
        SC: "桂林市七星区教育局2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
    },
    prior=dict(grand="12986.40", sangong="9.60", opcost="1012.40"),
)


def say_gx(doc, info):
    """广西: 收入预算 / 支出预算 比上年; 一般公共预算 per 类; 三公 比上年 with the vehicles and receptions counted; 机关
    运行经费; 政府采购 (the table's total and categories); 国有资产 (counts)."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C, N = [], [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    gpb = info["pe"] + info["pu"]
    grand, gp = info["grand"], info["gp"]
    P.append(("第一部分 桂林市七星区教育局概况", True))
    P.append(("一、部门主要职责", True))
    P.append(
        (
            "贯彻执行国家和自治区、市教育工作的方针政策，统筹管理全区学前教育和义务教育，负责教师队伍建设、学生资助和"
            "中小学校舍安全工作。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"{org}{y}年部门预算由{doc['units']}的预算组成。", False))
    P.append((f"第二部分 {org}{y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"{org}{y}年收入预算{A(grand)}万元，支出预算{A(grand)}万元，收支预算比上年{w}{A(c)}万元，{up(w)}{r}%，"
            "主要原因是教职工人数增加及绩效工资调整。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(grand)}))
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    C.append(("year_on_year", None, {"amount": n(grand), "rate": sgn(w, r)}))
    P.append(("二、收入预算情况", True))
    P.append((f"{y}年收入预算{A(grand)}万元，全部为一般公共预算拨款收入。", False))
    C.append(("total_income", None, {"amount": n(grand)}))
    P.append(("三、支出预算情况", True))
    P.append(
        (
            f"{y}年支出预算{A(grand)}万元，其中：基本支出{A(gpb)}万元，占{rate(gpb, grand)}%；项目支出{A(grand - gpb)}万元，"
            f"占{rate(grand - gpb, grand)}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    P.append(("四、财政拨款收支预算总体情况", True))
    P.append((f"{y}年财政拨款收支总预算{A(gp)}万元，全部为一般公共预算拨款。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    P.append(("五、一般公共预算支出预算情况", True))
    body = "；".join(f"{FUNC[k]}{A(v)}万元，占{rate(v, gp)}%" for k, v in sorted(info["gp_lei"].items()))
    P.append((f"{y}年一般公共预算支出{A(gp)}万元，按支出功能分类科目：{body}。", False))
    P.append(("六、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, d(p["sangong"]))
    P.append(
        (
            f"{y}年“三公”经费预算{A(t)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元，未安排因公出国"
            f"（境）团组；公务用车购置及运行维护费{A(pu_ + ru)}万元，主要用于局机关2辆公务用车的运行维护；公务接待费{A(a)}万元，"
            "计划接待国内公务接待15批次、120人次。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    N.append(("国内公务接待15批次", "15", "a count of receptions, not money"))
    N.append(("120人次", "120", "a count of persons, not money"))
    P.append(("七、政府性基金预算和国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年没有使用政府性基金预算和国有资本经营预算拨款安排的支出。", False))
    P.append(("八、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年{org}机关运行经费预算{A(info['pu'])}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    cats = {cat: sum((D(x[3]) for x in its), D(0)) for cat, its in doc["procure"]}
    pt = info["procure"]
    P.append(
        (
            f"（二）政府采购情况。{y}年{org}政府采购预算总额{A(pt)}万元，其中：货物采购预算{A(cats['货物'])}万元，工程采购"
            f"预算{A(cats['工程'])}万元，服务采购预算{A(cats['服务'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，{org}共有车辆2辆，其中：一般公务用车2辆；单价50万元以上通用"
            "设备3台（套）。",
            False,
        )
    )
    return P, C, N


# ============================================================================================== sx1 山西 2023 final
DOCS["sx1_shanxi_xiaodian_wjj_2023_final"] = dict(
    kind="final_account",
    org="太原市小店区卫生健康局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年9月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=6,
        repeat_head=False,
        cont=True,
        rowno=True,
        total_first=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="final",
        label="公开{n:02d}表",
        footer="{n}",
        sg_zero="0.00",
    ),
    leaves="""
2100101 gp_pe=426.80 gp_pu=62.40 yb=480.00
2100199 gp_p=168.60 yb=180.00
2100408 gp_p=2386.50 yb=2200.00
2100409 gp_p=462.30 yb=500.00
2100717 gp_p=286.40 yb=260.00
2101601 gp_p=96.00 yb=100.00
2080505 gp_pe=62.84 yb=64.00
2080506 gp_pe=25.14 yb=26.00
2101101 gp_pe=18.46 yb=19.00
2210201 gp_pe=52.36 yb=54.00
""",
    cb="38.60",
    cb_fiscal="38.60",
    econ={
        "30102": "126.40",
        "30103": "22.60",
        "30107": "98.40",
        "30108": "62.84",
        "30109": "25.14",
        "30110": "18.46",
        "30113": "52.36",
        "30302": "14.20",
        "30205": "3.20",
        "30206": "7.40",
        "30211": "4.60",
        "30213": "3.20",
        "30217": "1.40",
        "30228": "6.80",
        "30231": "5.20",
        "30299": "8.60",
    },
    sangong=("0", "0", "5.20", "1.40"),
    sangong_budget=("0", "0", "6.00", "1.50"),
    sg_counts=(0, 0, 0, 2, 18, 126),
    empty={
        GF: "太原市小店区卫生健康局2023年度没有政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。",
        SC: "太原市小店区卫生健康局2023年度没有国有资本经营预算财政拨款支出，故本表为空表。",
    },
    prior=dict(grand="3802.46", gp="3726.80", sangong="7.40", opcost="58.60"),
    proc=dict(goods="126.80", works="0.00", services="1862.40"),
    why={
        "2100101": "人员工资调整及绩效奖励增加",
        "2100408": "年中追加基本公共卫生服务补助资金",
        "2100717": "年中追加计划生育家庭奖励扶助资金",
    },
    kindword="部门决算",
    duty="贯彻执行国家、省、市卫生健康工作方针政策，负责全区公共卫生、基层医疗卫生、疾病预防控制、妇幼健康、计划生育"
    "和老龄健康工作。",
    members="纳入太原市小店区卫生健康局2023年度部门决算编制范围的单位包括：局机关、小店区卫生健康综合行政执法队。",
)

SAY = {
    "gs1": lambda doc, info: say_final(doc, info, "gs"),
    "gz2": say_gz,
    "yn1": lambda doc, info: say_final(doc, info, "yn"),
    "gx1": say_gx,
    "sx1": lambda doc, info: say_final(doc, info, "sx"),
}

# ============================================================================================== build
BUILT, EXPECTED = {}, {}
for _stem, _doc in DOCS.items():
    _doc["stem"] = _stem
    _tabs, _info = build(_doc)
    _info["gp_lei"] = {}
    for _c, _m in _info["L"].items():
        _v = sum((v for k, v in _m.items() if k in ("gp_pe", "gp_pu", "gp_p")), D(0))
        if _v:
            _info["gp_lei"][_c[:3]] = _info["gp_lei"].get(_c[:3], D(0)) + _v
    _paras, _claims, _not = SAY[_stem.split("_")[0]](_doc, _info)
    BUILT[_stem] = (_doc, _tabs, _paras + GLOSSARY)
    _kind = (
        ("单位决算" if _doc.get("scope") == "unit" else "部门决算")
        if _doc["kind"] != "budget"
        else ("单位预算" if _doc.get("scope") == "unit" else "部门预算")
    )
    for _ext, _how in ((".pdf", "PDF"), (".txt", "pdftotext plain"), (".layout.txt", "pdftotext -layout")):
        EXPECTED[_stem + _ext] = dict(
            note=f"{_how}, {_doc['org']} {_doc['year']} {_kind} ({_doc['unit']}, {len(_info['L'])} 项)",
            kind=_doc["kind"],
            tables=expectations(_tabs),
            only_tables=sorted(t.key for t in _tabs),
            claims=_claims,
            not_claims=_not,
            meta={
                "doc_kind": _doc["kind"],
                "scope": _doc.get("scope", "department"),
                "fiscal_year": _doc["year"],
                "unit_name": _doc["org"],
            },
        )
