"""Expected readings of the rules_s56 inputs: five WHOLE reports of units of provinces the earlier sets cover least
(新疆, 西藏, 海南, 天津, 新疆生产建设兵团), each drawn as a PDF laid out as that province's published reports are
(s56_print.py, on ../rules_s55/s55_print.py) and turned to text by the REAL pdftotext: X.pdf, X.txt (pdftotext -enc
UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the expectations are the same for the three.

The figures are typed here per functional 项 (../rules_s41c/s41c_lib.py's docstring: leaf keys gp_pe / gp_pu / gp_p /
gf_p / biz_pe / biz_p / oth_p, yb = 年初预算 of a final, igp / igf / ioth = a 项's income when it is not its spending,
gcb = 政府性基金 年初结转; ../rules_s55/s55_lib.py's: up_p = 上级补助 money of a budget, iup / ibiz = 上级补助 / 事业
income of a final); s56_lib builds the tables (s55_lib's build) and every identity is re-added at import. Each 说明 is
written here in its province's wording, with the claims it states. Nothing here comes from running the parser.

Documents (README.md has the table):
- xj1 乌鲁木齐市天山区民政局 2023 部门决算 (新疆; 万元; codes split 类 | 款 | 项; 行次; 合计 FIRST; "公开NN表" top right,
  "部门：" / "金额单位："; 上级补助收入 on one 项; 政府性基金 (彩票公益金) with 年初结转 and 年末结转; 基本支出决算表 as one
  coded table 合计 | 人员经费 | 公用经费; header repeated; 新疆 说明 per 项);
- xz1 拉萨市城关区农业农村局 2024 部门预算 (西藏; 万元; codes split and SPARSE; names in an 8-em cell wrapped, figures on
  the FIRST line; pages without the header, "续表"; 三公 with the 2023 block after 2024's; GF / 国资 words only);
- hi1 海口市龙华区住房和城乡建设局 2022 部门决算 (海南; 万元; 行次; 事业收入 on one 项; a 项 whose income ≠ its
  spending; 年初结转; 一般公共预算财政拨款支出决算表 with the 年初预算数 block; 财政拨款总表 with a blank 国有资本经营
  column; 支出决算表 with blank template columns; pages without the header and without "续表");
- tj1 天津市和平区审计局 2025 部门预算 (天津; 元 WITHOUT separators; 合计 FIRST; "（单位：元）" under the title; 支出总表
  人员经费 | 公用经费 | 项目支出; 说明 in 万元);
- bt1 石河子市第一中学 2024 单位预算 (新疆生产建设兵团 第八师; 万元; scope 单位; 事业收入 paying 人员经费 (basic) and
  projects, 上级补助收入; 三公 with the 2023 block BEFORE 2024's)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s56_lib import FUNC, build  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "rules_s42c"))
from rules_s42c_data import GLOSSARY, chg, fmts, sg_items, sgn, up  # noqa: E402
from s41c_lib import GF, SC, d, expectations, rate  # noqa: E402

DOCS = {}
CH = "一二三四五六七八九十"

# ============================================================================================== xj1 新疆 2023 final
DOCS["xj1_xinjiang_tianshan_mzj_2023_final"] = dict(
    kind="final_account",
    org="乌鲁木齐市天山区民政局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年9月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=12,
        repeat_head=True,
        rowno=True,
        total_first=True,
        eb_cols=True,
        unit_line="final",
        label="公开{n:02d}表",
        footer="{n}",
        sg_zero="0.00",
    ),
    titles={
        "sangong": "一般公共预算财政拨款“三公”经费支出决算表",
    },
    units="局机关、天山区社会福利院、天山区救助管理站、天山区社会救助服务中心",
    leaves="""
2080201 gp_pe=286.42 gp_pu=42.18 yb=330.00
2080208 gp_p=468.60 yb=420.00
2081002 gp_p=326.40 oth_p=56.00 iup=56.00 ioth=0 yb=300.00
2081107 gp_p=186.24 yb=190.00
2081901 gp_p=2860.00 yb=2600.00
2082001 gp_p=142.36 yb=150.00
2080505 gp_pe=48.62 yb=50.00
2080506 gp_pe=19.46 yb=20.00
2101101 gp_pe=14.28 yb=15.00
2210201 gp_pe=36.84 yb=38.00
2296002 gf_p=86.00 igf=120.00 gcb=12.00
""",
    cb="86.20",
    cb_fiscal="62.40",
    econ={
        "30102": "82.40",
        "30103": "12.60",
        "30107": "68.20",
        "30108": "48.62",
        "30109": "19.46",
        "30110": "14.28",
        "30113": "36.84",
        "30302": "18.60",
        "30205": "2.10",
        "30206": "5.80",
        "30211": "3.60",
        "30213": "2.40",
        "30217": "0.86",
        "30228": "4.20",
        "30231": "4.80",
        "30299": "6.30",
    },
    sangong=("0", "0", "4.80", "0.86"),
    sangong_budget=("0", "0", "5.00", "1.00"),
    empty={SC: "乌鲁木齐市天山区民政局2023年度无国有资本经营预算财政拨款支出，故本表为空。"},
    prior=dict(grand="4186.52", gp="4012.36", sangong="6.24", opcost="46.80"),
    proc=dict(goods="86.40", services="412.60"),
    why={
        "2080208": "年中追加社区工作者补贴资金",
        "2081002": "年中追加老年人高龄津贴资金",
        "2081901": "低保提标扩面，年中追加城市低保资金",
    },
)


def say_xj(doc, info):
    """新疆: 收入 / 支出 总计 with 与上年相比; 本年收入 by source with shares; per 项 "（N）X（类）Y（款）Z（项）。年初预算
    为…万元，支出决算为…万元，完成年初预算的R%。决算数大于年初预算数的主要原因是…"; 三公 budget / actual / 较上年."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    iup = sum((m.get("iup", D(0)) for m in real.values()), D(0))
    fis = info["igp"] + info["igf"]
    inc = info["inc"]
    assert inc == fis + iup
    P.append(("第一部分 乌鲁木齐市天山区民政局概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "贯彻执行党和国家及自治区、市民政工作的方针政策和法律法规，负责全区社会救助、养老服务、儿童福利、残疾人"
            "福利、社区治理和社会组织登记管理工作。",
            False,
        )
    )
    P.append(("二、机构设置及决算单位构成", True))
    P.append((f"纳入{org}{y}年度部门决算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与{y - 1}年度相比，收、支总计各{w}"
            f"{A(c)}万元，{up(w)}{r}%。主要原因是城市最低生活保障提标扩面。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"{y}年度本年收入合计{A(inc)}万元，其中：财政拨款收入{A(fis)}万元，占{rate(fis, inc)}%；上级补助收入"
            f"{A(iup)}万元，占{rate(iup, inc)}%。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(inc)}))
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"{y}年度本年支出合计{A(info['spend'])}万元，其中：基本支出{A(info['basic'])}万元，占"
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
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    gp, yb = info["gp"], info["yb"]
    w, c, r = chg(gp, p["gp"])
    P.append(
        (
            f"（一）一般公共预算财政拨款支出决算总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的"
            f"{rate(gp, info['spend'])}%。与{y - 1}年度相比，一般公共预算财政拨款支出{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(gp), "rate": sgn(w, r)}))
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
        s = (
            f"（{i}）{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）。年初预算为{A(b)}万元，支出决算为"
            f"{A(a)}万元，完成年初预算的{rate(a, b)}%。"
        )
        C.append(("execution", code, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
        if a > b:
            s += f"决算数大于年初预算数的主要原因是{doc['why'][code]}。"
        else:
            s += "决算数小于年初预算数的主要原因是厉行节约，压减一般性支出。"
        P.append((s, False))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            f"主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金、退休费；"
            f"公用经费{A(info['pu'])}万元，主要包括办公费、印刷费、水电费、差旅费、维修（护）费、公务接待费、公务用车运行"
            "维护费、其他商品和服务支出。",
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
            f"较上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为"
            f"{A(pp + rr)}万元，完成年初预算的{rate(pp + rr, bp + br)}%；公务接待费支出决算为{A(a)}万元，完成年初预算的"
            f"{rate(a, ba)}%。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    C.append(("sangong_execution", None, {"actual": n(pp + rr), "rate": str(rate(pp + rr, bp + br))}))
    C.append(("sangong_execution", None, {"actual": n(a), "rate": str(rate(a, ba))}))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append(
        (
            f"{y}年度政府性基金预算财政拨款年初结转和结余{A(info['gcb'])}万元，本年收入{A(info['igf'])}万元，本年支出"
            f"{A(info['gf'])}万元，年末结转和结余{A(info['cef_gf'])}万元，全部为用于社会福利的彩票公益金，主要用于养老服务"
            "设施建设。",
            False,
        )
    )
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
            f"政府采购服务支出{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y}年12月31日，{org}共有车辆2辆，其中：一般公务用车1辆，特种专业技术用车1辆。",
            False,
        )
    )
    return P, C, []


# ============================================================================================== xz1 西藏 2024 budget
DOCS["xz1_xizang_chengguan_nyncj_2024_dept_budget"] = dict(
    kind="budget",
    org="拉萨市城关区农业农村局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="split",
        split_sparse=True,
        indent="",
        sep=True,
        name_w=8,
        fig_pos="top",
        repeat_head=False,
        cont=True,
        empty_head=False,
        unit_line="both",
        label="表{n}",
        footer="第{n}页",
        sg_zero="0.00",
        sg_prior="after",
    ),
    titles={
        "income_expenditure_summary": "部门收支总表",
        "income_by_function": "部门收入总表",
        "expenditure_by_function": "部门支出总表",
        "fiscal_summary": "财政拨款收支总表",
        "general_budget_by_function": "一般公共预算支出表",
        "general_budget_basic_by_economic": "一般公共预算基本支出表",
        "sangong": "一般公共预算“三公”经费支出表",
        GF: "政府性基金预算支出表",
        SC: "国有资本经营预算支出表",
    },
    units="局机关、城关区农牧技术推广服务中心、城关区动物疫病预防控制中心",
    leaves="""
2130101 gp_pe=426.38 gp_pu=68.40
2130104 gp_pe=862.56 gp_pu=96.20
2130106 gp_p=186.00
2130108 gp_p=126.50
2130122 gp_p=1680.00
2130153 gp_p=2260.00
2130705 gp_p=348.60
2080505 gp_pe=146.82
2080506 gp_pe=58.72
2101101 gp_pe=42.36
2101102 gp_pe=86.40
2210201 gp_pe=152.48
""",
    econ={
        "30102": "386.40",
        "30103": "126.80",
        "30107": "268.50",
        "30108": "146.82",
        "30109": "58.72",
        "30110": "128.76",
        "30113": "152.48",
        "30302": "62.40",
        "30305": "8.60",
        "30205": "6.80",
        "30206": "18.40",
        "30211": "12.60",
        "30213": "8.20",
        "30216": "4.60",
        "30217": "2.40",
        "30228": "16.80",
        "30231": "12.00",
        "30299": "14.60",
    },
    sangong=("0", "0", "12.00", "2.40"),
    prior_sg=("0", "0", "14.00", "3.20"),
    empty={
        GF: "拉萨市城关区农业农村局2024年无政府性基金预算拨款安排的支出，此表为空。",
        SC: "拉萨市城关区农业农村局2024年无国有资本经营预算拨款安排的支出，此表为空。",
    },
    prior=dict(grand="5962.18", gp="5962.18", opcost="158.40"),
    proc=dict(goods="426.00", works="1860.00", services="168.50"),
)


def say_xz(doc, info):
    """西藏: 收支预算总计 with 比上年; 财政拨款收支预算总计; 一般公共预算 per 类 amounts and shares; 三公 比上年 per item;
    机关运行经费; 政府采购."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    gpb = info["pe"] + info["pu"]
    grand, gp = info["grand"], info["gp"]
    P.append(("第一部分 拉萨市城关区农业农村局概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "贯彻落实党中央、自治区党委和市委关于“三农”工作的方针政策，统筹推进全区农牧业农村发展、乡村振兴、高标准农田"
            "建设、动物疫病防控和农牧业技术推广工作。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"{org}{y}年部门预算包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收入预算总计{A(grand)}万元，支出预算总计"
            f"{A(grand)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%，主要原因是高标准农田建设资金增加。其中：基本支出"
            f"{A(gpb)}万元，项目支出{A(grand - gpb)}万元。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    C.append(("year_on_year", None, {"amount": n(grand), "rate": sgn(w, r)}))
    P.append(("二、收入预算情况", True))
    P.append(
        (
            f"{y}年收入预算{A(grand)}万元，全部为一般公共预算拨款收入，无政府性基金预算拨款收入和国有资本经营预算拨款收入。",
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
    P.append(("四、财政拨款收支预算总体情况", True))
    P.append((f"{y}年财政拨款收支预算总计{A(gp)}万元，全部为一般公共预算拨款。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    P.append(("五、一般公共预算支出预算情况", True))
    w, c, r = chg(gp, p["gp"])
    body = "；".join(
        f"{FUNC[k]}（类）{A(v)}万元，占{rate(v, gp)}%" for k, v in sorted(info["gp_lei"].items())
    )
    P.append(
        (
            f"{y}年一般公共预算支出{A(gp)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。按支出功能分类科目：{body}。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(gp), "rate": sgn(w, r)}))
    P.append(("六、一般公共预算基本支出预算情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，主要包括基本工资、津贴补贴、奖金、"
            f"社会保障缴费、住房公积金、退休费等；公用经费{A(info['pu'])}万元，主要包括办公费、差旅费、维修（护）费、"
            "培训费、公务接待费、工会经费、公务用车运行维护费等。",
            False,
        )
    )
    P.append(("七、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    po, pp, pr_, pa, pt_ = sg_items(doc, "prior_sg")
    w, c, r = chg(t, pt_)
    w2, c2, r2 = chg(ru, pr_)
    w3, c3, r3 = chg(a, pa)
    P.append(
        (
            f"{y}年“三公”经费预算{A(t)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元，与上年持平；"
            f"公务用车购置费0万元，与上年持平；公务用车运行维护费{A(ru)}万元，比上年{w2}{A(c2)}万元，{up(w2)}{r2}%；公务接待费"
            f"{A(a)}万元，比上年{w3}{A(c3)}万元，{up(w3)}{r3}%。主要原因是严格落实过紧日子要求。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    # "因公出国（境）费0万元，与上年持平；公务用车购置费0万元，与上年持平": an amount (0) and no change, each a claim
    # (corrected: I had left them out)
    C.append(("year_on_year", None, {"amount": "0"}))
    C.append(("year_on_year", None, {"amount": "0"}))
    C.append(("year_on_year", None, {"amount": n(ru), "rate": sgn(w2, r2)}))
    C.append(("year_on_year", None, {"amount": n(a), "rate": sgn(w3, r3)}))
    P.append(("八、政府性基金预算和国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年无政府性基金预算和国有资本经营预算拨款安排的支出。", False))
    P.append(("九、其他重要事项的情况说明", True))
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
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，{org}共有车辆4辆，其中：一般公务用车1辆，特种专业技术用车3辆。",
            False,
        )
    )
    return P, C, []


# ============================================================================================== hi1 海南 2022 final
DOCS["hi1_hainan_longhua_zjj_2022_final"] = dict(
    kind="final_account",
    org="海口市龙华区住房和城乡建设局",
    year=2022,
    unit="万元",
    cover="2022年度部门决算",
    date="2023年8月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=13,
        repeat_head=False,
        cont=False,
        rowno=True,
        gb_budget=True,
        fs_sc_col=True,
        blank_cols=[
            ("expenditure_by_function", "project", ["上缴上级支出", "经营支出", "对附属单位补助支出"]),
        ],
        unit_line="both",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    units="局机关、龙华区城乡建设服务中心",
    leaves="""
2120101 gp_pe=368.42 gp_pu=56.30 yb=420.00
2120104 gp_p=286.40 yb=300.00
2120199 gp_p=168.20 yb=150.00
2120201 gp_p=426.00 oth_p=28.60 ibiz=28.60 ioth=0 yb=450.00
2120399 gp_p=1862.50 yb=1500.00
2210105 gp_p=236.80 yb=260.00
2210108 gp_p=1420.00 igp=1520.00 yb=1520.00
2080505 gp_pe=52.36 yb=54.00
2080506 gp_pe=20.94 yb=22.00
2101101 gp_pe=16.82 yb=18.00
2210201 gp_pe=44.28 yb=46.00
""",
    cb="46.80",
    cb_fiscal="38.20",
    econ={
        "30102": "98.60",
        "30103": "18.40",
        "30107": "86.30",
        "30108": "52.36",
        "30109": "20.94",
        "30110": "16.82",
        "30113": "44.28",
        "30302": "12.60",
        "30205": "2.80",
        "30206": "6.20",
        "30211": "4.60",
        "30213": "3.80",
        "30217": "1.20",
        "30228": "6.40",
        "30231": "5.60",
        "30299": "8.30",
    },
    sangong=("0", "0", "5.60", "1.20"),
    sangong_budget=("0", "0", "6.00", "1.50"),
    empty={
        GF: "海口市龙华区住房和城乡建设局2022年度没有政府性基金预算财政拨款收入、支出及结转结余，本表为空表。",
        SC: "海口市龙华区住房和城乡建设局2022年度没有国有资本经营预算财政拨款支出，本表为空表。",
    },
    prior=dict(grand="4368.20", sangong="7.46", opcost="61.20"),
    proc=dict(goods="46.20", works="1680.00", services="236.40"),
    why={
        "2120101": "人员工资调整及绩效奖励增加",
        "2120199": "年中追加城市更新工作经费",
        "2120399": "年中追加市政道路及排水设施改造资金",
    },
)


def say_hi(doc, info):
    """海南: "收入、支出决算总计均为…万元"; 本年收入 by source; per 项 "…（项）年初预算为…万元，支出决算为…万元，完成年初
    预算的R%"; a 项 with money carried to next year; 三公 budget / actual."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    ibiz = sum((m.get("ibiz", D(0)) for m in real.values()), D(0))
    fis = info["igp"] + info["igf"]
    inc = info["inc"]
    assert inc == fis + ibiz
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门职责", True))
    P.append(
        (
            "贯彻执行国家、省和市有关住房和城乡建设的方针政策，负责全区城乡建设管理、城市更新、老旧小区改造、农村危房"
            "改造和建筑市场监督管理工作。",
            False,
        )
    )
    P.append(("二、机构设置", True))
    P.append((f"{org}{y}年度部门决算包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{org}{y}年度收入、支出决算总计均为{A(info['grand'])}万元，与{y - 1}年度相比，收入、支出总计各{w}{A(c)}万元，"
            f"{up(w)}{r}%。主要原因是老旧小区改造资金增加。",
            False,
        )
    )
    # "收入、支出决算总计均为X": the figure printed once, one claim (corrected: I had expected two)
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"{y}年度本年收入合计{A(inc)}万元，其中：财政拨款收入{A(fis)}万元，占{rate(fis, inc)}%；事业收入{A(ibiz)}万元，"
            f"占{rate(ibiz, inc)}%。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(inc)}))
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"{y}年度本年支出合计{A(info['spend'])}万元，其中：基本支出{A(info['basic'])}万元，占"
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
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    gp, yb = info["gp"], info["yb"]
    P.append(
        (
            f"（一）总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的{rate(gp, info['spend'])}%。年初"
            f"预算为{A(yb)}万元，支出决算为{A(gp)}万元，完成年初预算的{rate(gp, yb)}%。",
            False,
        )
    )
    C.append(("execution", None, {"budget": n(yb), "actual": n(gp), "rate": str(rate(gp, yb))}))
    P.append(("（二）具体情况。", False))
    for i, (code, m) in enumerate(sorted(real.items()), 1):
        a = sum((v for k, v in m.items() if k.startswith("gp_")), D(0))
        b = m.get("yb", D(0))
        s = (
            f"{i}.{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）年初预算为{A(b)}万元，支出决算为{A(a)}万元，"
            f"完成年初预算的{rate(a, b)}%"
        )
        C.append(("execution", code, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
        if code == "2210108":
            s += "，决算数小于年初预算数的主要原因是部分老旧小区改造项目未完工，资金结转下年使用。"
        elif a > b:
            s += f"，决算数大于年初预算数的主要原因是{doc['why'][code]}。"
        else:
            s += "，决算数小于年初预算数的主要原因是厉行节约。"
        P.append((s, False))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            f"公用经费{A(info['pu'])}万元。",
            False,
        )
    )
    P.append(("七、“三公”经费财政拨款支出决算情况说明", True))
    bo, bp, br, ba, tb = sg_items(doc, "sangong_budget")
    o, pp, rr, a, ta = sg_items(doc)
    w, c, r = chg(ta, p["sangong"])
    P.append(
        (
            f"{y}年度“三公”经费财政拨款支出预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成预算的{rate(ta, tb)}%，比上年"
            f"{w}{A(c)}万元，{up(w)}{r}%。其中：公务用车运行维护费支出决算为{A(rr)}万元，完成预算的{rate(rr, br)}%；公务"
            f"接待费支出决算为{A(a)}万元，完成预算的{rate(a, ba)}%。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    C.append(("sangong_execution", None, {"actual": n(rr), "rate": str(rate(rr, br))}))
    C.append(("sangong_execution", None, {"actual": n(a), "rate": str(rate(a, ba))}))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append((f"{org}{y}年度没有政府性基金预算财政拨款收入、支出及结转结余。", False))
    P.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
    P.append((f"{org}{y}年度没有国有资本经营预算财政拨款支出。", False))
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
    return P, C, []


# ============================================================================================== tj1 天津 2025 budget 元
DOCS["tj1_tianjin_heping_sjj_2025_dept_budget"] = dict(
    kind="budget",
    org="天津市和平区审计局",
    year=2025,
    unit="元",
    cover="2025年部门预算",
    date="2025年1月",
    style=dict(
        codes="one",
        indent="  ",
        sep=False,
        name_w=12,
        repeat_head=True,
        total_first=True,
        exp_pp=True,
        unit_line="title",
        label="表{n}",
        footer="- {n} -",
        sg_zero="0.00",
    ),
    titles={
        "income_expenditure_summary": "部门收支总体情况表",
        "income_by_function": "部门收入总体情况表",
        "expenditure_by_function": "部门支出总体情况表",
        "fiscal_summary": "财政拨款收支总体情况表",
        "general_budget_by_function": "一般公共预算财政拨款支出情况表",
        "general_budget_basic_by_economic": "一般公共预算财政拨款基本支出情况表",
        "sangong": "一般公共预算财政拨款“三公”经费支出情况表",
        GF: "政府性基金预算财政拨款支出情况表",
        SC: "国有资本经营预算财政拨款支出情况表",
    },
    units="局机关、和平区审计服务中心",
    leaves="""
2010801 gp_pe=6842360.00 gp_pu=986400.00
2010802 gp_p=268000.00
2010804 gp_p=1286500.00
2010850 gp_pe=1468240.00 gp_pu=162800.00
2080501 gp_pe=386420.00
2080505 gp_pe=962480.00
2080506 gp_pe=384990.00
2101101 gp_pe=268460.00
2101103 gp_pe=96400.00
2210201 gp_pe=824600.00
""",
    econ={
        "30102": "2386400.00",
        "30103": "486200.00",
        "30107": "1864300.00",
        "30108": "962480.00",
        "30109": "384990.00",
        "30110": "268460.00",
        "30111": "96400.00",
        "30113": "824600.00",
        "30302": "386420.00",
        "30205": "42600.00",
        "30206": "186400.00",
        "30211": "96800.00",
        "30213": "64200.00",
        "30216": "32000.00",
        "30217": "8000.00",
        "30228": "168500.00",
        "30231": "24000.00",
        "30299": "186400.00",
    },
    sangong=("0", "0", "24000.00", "8000.00"),
    empty={
        GF: "天津市和平区审计局2025年没有使用政府性基金预算财政拨款安排的支出，本表无数据。",
        SC: "天津市和平区审计局2025年没有使用国有资本经营预算财政拨款安排的支出，本表无数据。",
    },
    prior=dict(grand="12986420.00", sangong="40000.00", opcost="1208600.00"),
    proc=dict(goods="126000.00", services="860000.00"),
)


def say_tj(doc, info):
    """天津 (the tables in 元, the 说明 in 万元): "部门收入预算…万元，比上年…"; 支出预算 基本 / 项目 shares; 财政拨款收支;
    三公 比上年; 机关运行经费; 政府采购."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    gpb = info["pe"] + info["pu"]
    grand, gp = info["grand"], info["gp"]
    P.append(("一、部门主要职能", True))
    P.append(
        (
            "主管全区审计工作，负责对区级预算执行情况、决算草案以及其他财政收支情况进行审计监督，组织实施经济责任审计、"
            "政府投资项目审计和专项审计调查。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"纳入{org}{y}年部门预算编制范围的单位包括：{doc['units']}。", False))
    P.append(("三、部门收支情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"{y}年，{org}部门收入预算{A(grand)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%，全部为一般公共预算财政拨款收入。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(grand)}))
    C.append(("year_on_year", None, {"amount": n(grand), "rate": sgn(w, r)}))
    P.append(
        (
            f"{y}年，{org}部门支出预算{A(grand)}万元，其中：基本支出{A(gpb)}万元，占{rate(gpb, grand)}%，主要用于保障人员"
            f"工资福利和机构正常运转；项目支出{A(grand - gpb)}万元，占{rate(grand - gpb, grand)}%，主要用于审计业务。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    P.append(("四、财政拨款收支情况", True))
    P.append(
        (
            f"{y}年，{org}财政拨款收支预算{A(gp)}万元，全部为一般公共预算财政拨款，没有政府性基金预算财政拨款和国有资本"
            "经营预算财政拨款。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    P.append(("五、一般公共预算财政拨款支出情况", True))
    body = "；".join(f"{FUNC[k]}{A(v)}万元" for k, v in sorted(info["gp_lei"].items()))
    P.append(
        (
            f"{y}年，{org}一般公共预算财政拨款支出预算{A(gp)}万元，其中：基本支出{A(gpb)}万元，项目支出{A(gp - gpb)}万元。"
            f"按支出功能分类科目：{body}。",
            False,
        )
    )
    P.append(("六、一般公共预算财政拨款基本支出情况", True))
    P.append(
        (
            f"{y}年，{org}一般公共预算财政拨款基本支出预算{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，公用经费"
            f"{A(info['pu'])}万元。",
            False,
        )
    )
    P.append(("七、“三公”经费财政拨款预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, d(p["sangong"]))
    P.append(
        (
            f"{y}年，{org}“三公”经费财政拨款预算{A(t)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；"
            f"公务用车购置及运行维护费{A(pu_ + ru)}万元（公务用车购置费0万元，公务用车运行维护费{A(ru)}万元）；公务接待费"
            f"{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("八、政府性基金预算和国有资本经营预算财政拨款支出情况", True))
    P.append((f"{y}年，{org}没有使用政府性基金预算和国有资本经营预算财政拨款安排的支出。", False))
    P.append(("九、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年，{org}机关运行经费财政拨款预算{A(info['pu'])}万元，比上年{w}{A(c)}万元，"
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
            f"（二）政府采购情况。{y}年，{org}政府采购预算总额{A(pt)}万元，其中：政府采购货物预算{A(pr['goods'])}万元，"
            f"政府采购服务预算{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年底，{org}共有车辆1辆，为一般公务用车；单位价值50万元以上通用设备0台（套）。",
            False,
        )
    )
    return P, C, []


# ============================================================================================== bt1 兵团 2024 unit budget
DOCS["bt1_bingtuan_shihezi_yizhong_2024_unit_budget"] = dict(
    kind="budget",
    scope="unit",
    org="石河子市第一中学",
    year=2024,
    unit="万元",
    cover="2024年单位预算",
    date="2024年2月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=11,
        repeat_head=True,
        unit_line="right",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
        sg_prior="before",
    ),
    titles={
        "income_expenditure_summary": "单位收支总表",
        "income_by_function": "单位收入总表",
        "expenditure_by_function": "单位支出总表",
        "fiscal_summary": "财政拨款收支总表",
        "general_budget_by_function": "一般公共预算支出表",
        "general_budget_basic_by_economic": "一般公共预算基本支出表",
        "sangong": "一般公共预算“三公”经费支出表",
        GF: "政府性基金预算支出表",
        SC: "国有资本经营预算支出表",
    },
    leaves="""
2050203 gp_pe=1268.36 gp_pu=152.80 biz_p=42.60
2050204 gp_pe=2386.42 gp_pu=286.40 biz_pe=126.00 biz_p=86.50 up_p=120.00
2050299 gp_p=186.00
2050999 gp_p=360.00
2080505 gp_pe=312.48
2080506 gp_pe=124.96
2101102 gp_pe=86.42
2210201 gp_pe=268.60
""",
    econ={
        "30102": "1286.40",
        "30103": "186.20",
        "30107": "1462.80",
        "30108": "312.48",
        "30109": "124.96",
        "30110": "86.42",
        "30113": "268.60",
        "30302": "42.60",
        "30305": "12.80",
        "30205": "28.60",
        "30206": "86.40",
        "30211": "12.60",
        "30213": "46.80",
        "30216": "18.00",
        "30217": "1.20",
        "30228": "42.60",
        "30231": "3.60",
        "30299": "36.20",
    },
    sangong=("0", "0", "3.60", "1.20"),
    prior_sg=("0", "0", "4.00", "1.60"),
    empty={
        GF: "石河子市第一中学2024年没有使用政府性基金预算拨款安排的支出，本表无数据。",
        SC: "石河子市第一中学2024年没有使用国有资本经营预算拨款安排的支出，本表无数据。",
    },
    prior=dict(grand="5512.46", opcost="402.60"),
    proc=dict(goods="268.40", services="126.00"),
)


def say_bt(doc, info):
    """兵团 (单位预算 of a 师市 school): 收支总预算; 收入 by source; 支出 基本 / 项目; 财政拨款收支总预算; 三公 比上年."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    up_ = sum((m.get("up_p", D(0)) for m in real.values()), D(0))
    biz = sum((m.get("biz_pe", D(0)) + m.get("biz_p", D(0)) for m in real.values()), D(0))
    grand = info["grand"]  # the shadow build counts the 上级补助 money in (as 其他收入)
    assert grand == info["gp"] + biz + up_
    gp = info["gp"]
    basic = info["pe"] + info["pu"] + sum((m.get("biz_pe", D(0)) for m in real.values()), D(0))
    P.append(("第一部分 单位概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "石河子市第一中学是新疆生产建设兵团第八师石河子市教育局所属全额拨款事业单位，承担初中和普通高中教育教学任务，"
            "落实立德树人根本任务，组织开展教育教学、教学研究和学生资助工作。",
            False,
        )
    )
    P.append(("二、单位预算构成", True))
    P.append((f"{org}{y}年单位预算为本单位本级预算，无下属预算单位。", False))
    P.append((f"第二部分 {org}{y}年单位预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"{org}{y}年收支总预算{A(grand)}万元。收入包括：一般公共预算拨款收入{A(gp)}万元，事业收入{A(biz)}万元，"
            f"上级补助收入{A(up_)}万元。支出包括：教育支出{A(info['gp_lei']['205'] + biz + up_)}万元，社会保障和就业支出"
            f"{A(info['gp_lei']['208'])}万元，卫生健康支出{A(info['gp_lei']['210'])}万元，住房保障支出"
            f"{A(info['gp_lei']['221'])}万元。收支总预算比上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    # "收支总预算比上年增加X万元，增长R%": a sentence of its own stating the change and the rate only (rate-only, as
    # rules_s38b's convention; corrected: I had expected the amount)
    C.append(("year_on_year", None, {"rate": sgn(w, r)}))
    P.append(("二、支出预算情况", True))
    P.append(
        (
            f"{y}年支出预算{A(grand)}万元，其中：基本支出{A(basic)}万元，占{rate(basic, grand)}%；项目支出"
            f"{A(grand - basic)}万元，占{rate(grand - basic, grand)}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    P.append(("三、财政拨款收支预算总体情况", True))
    P.append((f"{y}年财政拨款收支总预算{A(gp)}万元，全部为一般公共预算拨款。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    P.append(("四、一般公共预算当年拨款情况", True))
    gpb = info["pe"] + info["pu"]
    P.append(
        (
            f"{y}年一般公共预算当年拨款{A(gp)}万元，其中：基本支出{A(gpb)}万元，项目支出{A(gp - gpb)}万元。基本支出中，"
            f"人员经费{A(info['pe'])}万元，公用经费{A(info['pu'])}万元。",
            False,
        )
    )
    P.append(("五、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    po, pp, pr_, pa, pt_ = sg_items(doc, "prior_sg")
    w, c, r = chg(t, pt_)
    P.append(
        (
            f"{y}年“三公”经费预算数{A(t)}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；公务用车购置"
            f"及运行费{A(pu_ + ru)}万元；公务接待费{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("六、政府性基金预算和国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年没有使用政府性基金预算和国有资本经营预算拨款安排的支出。", False))
    P.append(("七、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）公用经费。{y}年{org}一般公共预算公用经费{A(info['pu'])}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购情况。{y}年{org}政府采购预算{A(pt)}万元，其中：货物类{A(pr['goods'])}万元，服务类"
            f"{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    return P, C, []


SAY = {"xj1": say_xj, "xz1": say_xz, "hi1": say_hi, "tj1": say_tj, "bt1": say_bt}

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
        "部门决算"
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
