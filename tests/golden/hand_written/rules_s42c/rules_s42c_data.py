"""Expected readings of the rules_s42c inputs: six WHOLE reports of units of provinces other than the corpus's, in
the Ministry of Finance's standard 9-table set, each drawn as a PDF (../rules_s41c/s41c_print.py, imported) and turned
to text by the REAL pdftotext: X.pdf, X.txt (pdftotext -enc UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the
expectations are the same for the three.

The figures are typed here per functional 项 (../rules_s41c/s41c_lib.py's docstring: leaf keys gp_pe / gp_pu / gp_p /
gf_p / biz_p / oth_p, yb = 年初预算 of a final, igp / ioth = a 项's income when it is not its spending); s42c_lib builds
the tables (s41c_lib's build + this set's shapes) and re-adds every one at import. Each 说明 is written here in its
province's wording, with the claims it states.

Documents (README.md has the table):
- nb1 宁波市北仑区农业农村局 2023 部门预算 (浙江; 万元; 20 项; ONE code column; full-width indents; 政府性基金 money
  (2120814 / 2120816) and 事业收入; blank template columns (收入总表 上年结转, 支出总表 上缴上级 / 经营 / 对附属单位补助);
  tables over two pages WITH the header repeated; 三公 with the year before's block first; 国资 empty "…本表为空表。";
  浙江 说明: 部门收入预算 / 部门支出预算, 比2022年预算增加, 三公 each item, 机关运行经费, 政府采购, vehicles, 绩效);
- ha1 商水县水利局 2021 部门决算 (河南; 万元; 13 项; cover "二〇二一年度"; "公开02表" top right, "部门：" / "金额单位：";
  codes SPLIT 类 | 款 | 项 + name; 行次 in both summaries; a blank 国有资本经营 column in the 财政拨款总表; blank
  template columns; 基本支出决算表 as ONE coded table
  合计 | 人员经费 | 公用经费; GF "…故本表为空表。", 国资 "无此项支出。"; 河南 说明: 收入 / 支出合计 with 较上年, per 项
  (类)(款)(项) 年初预算为 / 支出决算为 / 完成年初预算的 R%);
- yc1 枝江市自然资源和规划局 2022 部门预算 (湖北 宜昌; 万元; 16 项; titles with unit and year; every blank cell "0.00";
  names in an 8-em cell wrapped over 2-3 lines; 政府性基金 (土地出让 3 项); 基本支出表 as TWO ROW BLOCKS; tables over two
  pages WITHOUT the header; 三公 with the year before's block after the year's; 湖北 说明: 收支总预算, 三公 items' changes);
- jx1 信丰县大塘埠镇人民政府 2024 部门决算 (江西 乡镇; 万元; 26 项 over 9 类; a NEGATIVE 其他收入 (退回); "0.00" items
  in the summaries; 2130153's income ≠ spending (carry-over used); blank template columns; 一般公共预算支出决算表
  with a 年初预算数 block before the 决算数 block; 基本支出决算表 as TWO ROW BLOCKS; "续表" pages without the header; 江西 说明 per 类: 决算数为年初预算数的 R%);
- xa1 西安市雁塔区统计局 2019 部门预算 (陕西; 元 with separators; 7 项; the 收支总表's 支出 side BY 经济分类; 一般公共
  预算支出表 with 2018年预算数 and 增减额 beside the year's columns; ASCII indents; "（单位：元）" under the title; GF
  "无此项支出。", 国资 "本表为空表。" (words only); 三公 zeros; the 说明 in 元);
- gz1 湄潭县林业局 2020 部门决算 (贵州; 万元; 12 项; codes split 类 | 款 | 项 printed SPARSE; side-by-side 基本支出
  blocks; 贵州 说明: per 项 预算数为 / 决算数为 / 完成预算的 R%, 绩效自评 per project 预算数 / 执行数 / 执行率)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s42c_lib import FUNC, build  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "rules_s41c"))
from s41c_lib import GF, SC, d, expectations, rate, wan  # noqa: E402

DOCS = {}


def chg(now, before):
    c = now - before
    return (
        ("增加" if c > 0 else "减少" if c < 0 else "持平"),
        abs(c),
        (rate(abs(c), before) if before else None),
    )


def up(w):
    return "增长" if w == "增加" else "下降"


def sgn(w, r):
    return str(r if w == "增加" else -r)


def fmts(doc):
    """A (figure as the 说明 prints it, figure as a claim in 万元) pair of functions."""
    if doc.get("text_unit") == "元":
        return (lambda x: f"{x:,.2f}"), (lambda x: str(x / 10000))
    sep = doc["style"].get("text_sep", False)
    return (lambda x: f"{wan(x, doc['unit']):,.2f}" if sep else f"{wan(x, doc['unit']):.2f}"), (
        lambda x: str(wan(x, doc["unit"]))
    )


def sg_items(doc, which="sangong"):
    o, p, r, a = (d(x) for x in doc[which])
    return o, p, r, a, o + p + r + a


# ============================================================================================== nb1 浙江 2023 budget
DOCS["nb1_zhejiang_beilun_nyncj_2023_dept_budget"] = dict(
    kind="budget",
    org="宁波市北仑区农业农村局",
    year=2023,
    unit="万元",
    cover="2023年部门预算",
    date="2023年2月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=15,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="{n}",
        text_sep=True,
        sg_prior="before",
        blank_cols=[
            ("income_by_function", "total", ["上年结转"]),
            (
                "expenditure_by_function",
                "project",
                ["上缴上级支出", "事业单位经营支出", "对附属单位补助支出"],
            ),
        ],
    ),
    titles={
        "income_expenditure_summary": "部门收支预算总表",
        "income_by_function": "部门收入预算总表",
        "expenditure_by_function": "部门支出预算总表",
        "fiscal_summary": "财政拨款收支预算总表",
        "general_budget_by_function": "一般公共预算支出预算表",
        "general_budget_basic_by_economic": "一般公共预算基本支出预算表",
        "sangong": "一般公共预算“三公”经费支出预算表",
        GF: "政府性基金预算支出预算表",
        SC: "国有资本经营预算支出预算表",
    },
    units="局本级、区农业技术服务中心、区动物疫病预防控制中心、区海洋与渔业执法大队",
    leaves="""
2130101 gp_pe=612.48 gp_pu=98.36
2130104 gp_pe=1286.20 gp_pu=142.60 biz_p=36.00
2130106 gp_p=168.00
2130108 gp_p=86.40
2130109 gp_p=52.30
2130119 gp_p=45.00
2130122 gp_p=1860.00
2130126 gp_p=120.00
2130135 gp_p=236.50
2130148 gp_p=312.80
2130153 gp_p=2450.00
2130199 gp_p=168.20
2130705 gp_p=980.00
2080505 gp_pe=186.42
2080506 gp_pe=74.56
2101101 gp_pe=48.30
2101102 gp_pe=62.18
2210201 gp_pe=168.34
2120814 gf_p=1500.00
2120816 gf_p=600.00
""",
    econ={
        "30102": "486.30",
        "30103": "126.40",
        "30107": "612.80",
        "30108": "186.42",
        "30109": "74.56",
        "30110": "110.48",
        "30112": "12.60",
        "30113": "168.34",
        "30302": "96.40",
        "30305": "8.60",
        "30205": "6.80",
        "30206": "24.60",
        "30211": "18.40",
        "30213": "26.80",
        "30216": "12.00",
        "30217": "4.20",
        "30228": "36.40",
        "30231": "32.60",
        "30299": "42.36",
    },
    sangong=("0", "18.00", "32.60", "4.20"),
    prior_sg=("0", "20.00", "31.20", "5.20"),
    empty={SC: "本部门2023年无国有资本经营预算拨款安排的支出，本表为空表。"},
    prior=dict(grand="9268.14", gp="7584.30", gf="1600.00", sangong="56.40", opcost="251.60"),
    proc=dict(goods="168.50", works="2260.00", services="486.30"),
)


def say_zj(doc, info):
    y = doc["year"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门主要职责", True))
    P.append(
        (
            "贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全区“三农”工作的发展战略、中长期规划、"
            "重大政策，负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"纳入{y}年部门预算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"按照综合预算的原则，宁波市北仑区农业农村局所有收入和支出均纳入部门预算管理。{y}年部门收入预算"
            f"{A(info['grand'])}万元，其中：一般公共预算拨款收入{A(info['gp'])}万元，政府性基金预算拨款收入"
            f"{A(info['gf'])}万元，事业收入{A(info['biz'])}万元。部门支出预算{A(info['grand'])}万元，比{y - 1}年预算"
            f"{w}{A(c)}万元，{up(w)}{r}%，主要原因是高标准农田建设项目资金增加。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    C.append(("total_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、财政拨款收支预算总体情况", True))
    P.append(
        (
            f"{y}年财政拨款收支总预算{A(info['gp'] + info['gf'])}万元。收入包括：一般公共预算拨款收入{A(info['gp'])}万元，"
            f"政府性基金预算拨款收入{A(info['gf'])}万元；支出包括：社会保障和就业支出、卫生健康支出、城乡社区支出、"
            "农林水支出、住房保障支出。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"] + info["gf"])}))
    P.append(("三、一般公共预算拨款支出预算情况", True))
    w, c, r = chg(info["gp"], p["gp"])
    gpb = info["pe"] + info["pu"]
    P.append(
        (
            f"{y}年一般公共预算拨款支出{A(info['gp'])}万元，比{y - 1}年预算{w}{A(c)}万元，{up(w)}{r}%。其中：基本支出"
            f"{A(gpb)}万元，项目支出{A(info['gp'] - gpb)}万元。按支出功能分类科目，主要用于：",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gp"]), "rate": sgn(w, r)}))
    for i, (k, v) in enumerate(sorted(info["gp_lei"].items()), 1):
        P.append((f"{i}.{FUNC[k]}（类）{A(v)}万元，占{rate(v, info['gp'])}%。", False))
    P.append(("四、一般公共预算基本支出预算情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，主要包括基本工资、津贴补贴、奖金、"
            f"绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{A(info['pu'])}万元，主要包括办公费、水电费、差旅费、"
            "维修（护）费、培训费、公务接待费、工会经费、公务用车运行维护费等。",
            False,
        )
    )
    P.append(("五、政府性基金预算支出预算情况", True))
    w, c, r = chg(info["gf"], p["gf"])
    P.append(
        (
            f"{y}年政府性基金预算拨款支出{A(info['gf'])}万元，比{y - 1}年预算{w}{A(c)}万元，主要用于国有土地使用权出让"
            "收入安排的农业生产发展和农业农村生态环境支出。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gf"])}))
    P.append(("六、国有资本经营预算支出预算情况", True))
    P.append((f"本部门{y}年无国有资本经营预算拨款安排的支出。", False))
    P.append(("七、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费预算{A(t)}万元，比{y - 1}年预算{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；"
            f"公务用车购置及运行维护费{A(pu_ + ru)}万元（其中：公务用车购置费{A(pu_)}万元，公务用车运行维护费{A(ru)}万元），"
            f"主要用于更新1辆执法执勤用车及车辆日常运行；公务接待费{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("八、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年本部门机关运行经费预算{A(info['pu'])}万元，比{y - 1}年预算{w}{A(c)}万元，"
            f"{up(w)}{r}%，主要原因是事业单位公用经费定额调整。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购情况。{y}年本部门政府采购预算{A(pt)}万元，其中：政府采购货物预算{A(pr['goods'])}万元、政府采购"
            f"工程预算{A(pr['works'])}万元、政府采购服务预算{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，本部门共有车辆5辆，其中，执法执勤用车3辆、特种专业技术用车"
            f"2辆。{y}年部门预算安排购置车辆1辆，为执法执勤用车。",
            False,
        )
    )
    P.append(
        (
            f"（四）预算绩效信息。{y}年本部门实行绩效目标管理的项目23个，涉及项目预算资金6,519.20万元。",
            False,
        )
    )
    return P, C, [("涉及项目预算资金", "6519.20", "绩效 project money")]


# ============================================================================================== ha1 河南 2021 final
DOCS["ha1_henan_shangshui_slj_2021_final"] = dict(
    kind="final_account",
    org="商水县水利局",
    year=2021,
    unit="万元",
    cover="二〇二一年度部门决算",
    date="2022年8月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=11,
        repeat_head=True,
        rowno=True,
        eb_cols=True,
        fs_sc_col=True,
        blank_cols=[
            (
                "income_by_function",
                "fiscal_appropriation",
                ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入"],
            ),
            ("expenditure_by_function", "project", ["上缴上级支出", "经营支出", "对附属单位补助支出"]),
        ],
        unit_line="final",
        label="公开{n:02d}表",
        footer="- {n} -",
        sg_zero="0.00",
    ),
    units="局机关、县水利工程建设管理站、县河道管理所",
    leaves="""
2130301 gp_pe=268.42 gp_pu=46.80 yb=310.00
2130304 gp_p=36.50 yb=40.00
2130305 gp_p=1862.40 yb=1500.00
2130306 gp_p=326.18 yb=350.00
2130310 gp_p=58.00 yb=60.00
2130314 gp_p=142.36 yb=120.00
2130316 gp_p=486.20 yb=500.00
2130319 gp_p=620.00 yb=0
2130399 gp_p=48.60 oth_p=6.20 yb=50.00
2080505 gp_pe=52.46 yb=54.00
2080506 gp_pe=20.98 yb=22.00
2101101 gp_pe=14.36 yb=15.00
2210201 gp_pe=28.62 yb=30.00
""",
    cb="96.40",
    cb_fiscal="92.00",
    econ={
        "30102": "86.20",
        "30103": "12.40",
        "30107": "78.60",
        "30108": "52.46",
        "30109": "20.98",
        "30110": "14.36",
        "30113": "28.62",
        "30302": "18.40",
        "30205": "1.80",
        "30206": "6.20",
        "30211": "4.60",
        "30213": "5.40",
        "30217": "0.86",
        "30228": "6.10",
        "30231": "8.40",
        "30299": "7.20",
    },
    sangong=("0", "0", "8.40", "0.86"),
    sangong_budget=("0", "0", "10.00", "1.50"),
    empty={
        GF: "本部门2021年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。",
        SC: "无此项支出。",
    },
    prior=dict(
        grand="3426.18", inc="3318.42", spend="3326.74", gp="3308.60", sangong="10.62", opcost="64.18"
    ),
    proc=dict(goods="36.40", works="1626.80", services="128.60"),
    uses={
        "2130305": "年中追加水毁工程修复和小型水库除险加固资金",
        "2130314": "汛期防汛抢险支出增加",
        "2130319": "年中追加沙颍河支流综合整治资金",
    },
)


def say_final(doc, info, prov):
    """河南 (per 项 chain: 年初预算为 / 支出决算为 / 完成年初预算的), 江西 (per 类: 决算数为年初预算数的), 贵州 (per 项:
    预算数为 / 决算数为 / 完成预算的, and the 绩效自评 per project: 预算数 / 执行数 / 执行率)."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、主要职能", True))
    P.append((doc["duty"], False))
    P.append(("二、部门决算单位构成", True))
    P.append((f"纳入{org}{y}年度部门决算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与{y - 1}年度相比，收、支总计各{w}"
            f"{A(c)}万元，{up(w)}{r}%。主要原因是{doc['why_grand']}。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入决算情况说明", True))
    oth = (
        f"；其他收入{A(info['ioth'])}万元，占{rate(info['ioth'], info['inc'])}%{doc.get('oth_note', '')}"
        if info["ioth"]
        else ""
    )
    yoy = {}
    if "inc" in p:  # 河南: the year's income and spending each with its change
        for k in ("inc", "spend"):
            w, c, r = chg(info[k], p[k])
            yoy[k] = f"，较{y - 1}年度{w}{A(c)}万元，{up(w)}{r}%"
            yoy[k + "_claim"] = ("year_on_year", None, {"amount": n(info[k]), "rate": sgn(w, r)})
    P.append(
        (
            f"{y}年度本年收入合计{A(info['inc'])}万元{yoy.get('inc', '')}，其中：一般公共预算财政拨款收入"
            f"{A(info['igp'])}万元，占{rate(info['igp'], info['inc'])}%{oth}。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["inc"])}))
    if yoy:
        C.append(yoy["inc_claim"])
    P.append(("三、支出决算情况说明", True))
    P.append(
        (
            f"{y}年度本年支出合计{A(info['spend'])}万元{yoy.get('spend', '')}，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['spend'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['spend'])}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(info["spend"])}))
    if yoy:
        C.append(yoy["spend_claim"])
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
    if "gp" in p:
        w, c, r = chg(gp, p["gp"])
        P.append(
            (
                f"（一）总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的{rate(gp, info['spend'])}%。"
                f"与{y - 1}年度相比，一般公共预算财政拨款支出{w}{A(c)}万元，{up(w)}{r}%。",
                False,
            )
        )
        C.append(("year_on_year", None, {"amount": n(gp), "rate": sgn(w, r)}))
    else:
        P.append(
            (
                f"（一）总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的"
                f"{rate(gp, info['spend'])}%。",
                False,
            )
        )
    body = "；".join(
        f"{FUNC[k]}（类）{A(v)}万元，占{rate(v, gp)}%" for k, v in sorted(info["gp_lei"].items())
    )
    P.append((f"（二）结构情况。{y}年度一般公共预算财政拨款支出主要用于以下方面：{body}。", False))
    if prov == "jx":
        P.append(
            (
                f"（三）具体情况。{y}年度一般公共预算财政拨款支出年初预算为{A(yb)}万元，支出决算为{A(gp)}万元，决算数为"
                f"年初预算数的{rate(gp, yb)}%。其中：",
                False,
            )
        )
    elif prov == "gz":
        P.append(
            (
                f"（三）具体情况。{y}年度一般公共预算财政拨款支出预算数为{A(yb)}万元，决算数为{A(gp)}万元，完成预算的"
                f"{rate(gp, yb)}%。其中：",
                False,
            )
        )
    else:
        P.append(
            (
                f"（三）具体情况。{y}年度一般公共预算财政拨款支出年初预算为{A(yb)}万元，支出决算为{A(gp)}万元，完成年初"
                f"预算的{rate(gp, yb)}%。其中：",
                False,
            )
        )
    C.append(("execution", None, {"budget": n(yb), "actual": n(gp), "rate": str(rate(gp, yb))}))
    L = info["L"]
    if prov == "jx":
        items = []
        for k in sorted(info["gp_lei"]):
            b = sum((m.get("yb", D(0)) for c_, m in L.items() if c_[:3] == k), D(0))
            items.append((k, f"{FUNC[k]}（类）", b, info["gp_lei"][k]))
    else:
        items = []
        for c_, m in sorted(L.items()):
            a = sum((v for k, v in m.items() if k.startswith("gp_")), D(0))
            if a:
                items.append(
                    (c_, f"{FUNC[c_[:3]]}（类）{FUNC[c_[:5]]}（款）{FUNC[c_]}（项）", m.get("yb", D(0)), a)
                )
    for i, (code, chain, b, a) in enumerate(items, 1):
        why = doc["uses"].get(code, "年中追加资金" if a > b else "厉行节约，严格控制支出")
        more = "大于" if a > b else "小于"
        if prov == "jx":
            s = f"{i}.{chain}。年初预算为{A(b)}万元，支出决算为{A(a)}万元，决算数为年初预算数的{rate(a, b)}%"
        elif prov == "gz":
            s = (
                f"{i}.{chain}：预算数为{A(b)}万元，决算数为{A(a)}万元，完成预算的{rate(a, b)}%"
                if b
                else f"{i}.{chain}：预算数为0万元，决算数为{A(a)}万元"
            )
        else:
            s = (
                f"{i}.{chain}。年初预算为{A(b)}万元，支出决算为{A(a)}万元，完成年初预算的{rate(a, b)}%"
                if b
                else f"{i}.{chain}。年初预算为0万元，支出决算为{A(a)}万元"
            )
        s += "。" if a == b else f"，决算数{more}年初预算数的主要原因是{why}。"
        P.append((s, False))
        C.append(
            (
                "execution",
                code,
                {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))} if b else {"actual": n(a)},
            )
        )
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            "主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
            f"住房公积金、退休费；公用经费{A(info['pu'])}万元，主要包括办公费、水费、电费、差旅费、维修（护）费、公务接待费、"
            "工会经费、公务用车运行维护费、其他商品和服务支出。",
            False,
        )
    )
    P.append(("七、“三公”经费财政拨款支出决算情况说明", True))
    bo, bp, br, ba, tb = sg_items(doc, "sangong_budget")
    o, pp, rr, a, ta = sg_items(doc)
    w, c, r = chg(ta, p["sangong"])
    P.append(
        (
            f"{y}年度“三公”经费财政拨款支出年初预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成年初预算的{rate(ta, tb)}%，"
            f"比{y - 1}年度{w}{A(c)}万元，{up(w)}{r}%。决算数小于年初预算数的主要原因是厉行节约，压减公务接待和公务用车"
            "运行支出。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    P.append(
        (
            f"其中：因公出国（境）费支出决算为0万元，全年未安排因公出国（境）团组；公务用车购置及运行维护费支出决算为"
            f"{A(pp + rr)}万元，完成年初预算的{rate(pp + rr, bp + br)}%，其中公务用车购置费0万元，公务用车运行维护费"
            f"{A(rr)}万元，主要用于防汛检查、水利工程巡查等工作所需公务用车的燃料费、维修费、保险费等支出；公务接待费支出"
            f"决算为{A(a)}万元，完成年初预算的{rate(a, ba)}%，主要用于上级部门检查指导工作的接待支出，共接待8批次、56人次。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"actual": n(pp + rr), "rate": str(rate(pp + rr, bp + br))}))
    C.append(("sangong_execution", None, {"actual": n(a), "rate": str(rate(a, ba))}))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append((f"本部门{y}年度无政府性基金预算财政拨款收入支出。", False))
    P.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
    P.append((f"本部门{y}年度无国有资本经营预算财政拨款支出。", False))
    P.append(("十、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费支出情况。{y}年度本部门机关运行经费支出{A(info['pu'])}万元，比{y - 1}年度{w}{A(c)}万元，"
            f"{up(w)}{r}%。主要原因是{doc.get('why_op', '严控一般性支出')}。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购支出情况。{y}年度本部门政府采购支出总额{A(pt)}万元，其中：政府采购货物支出{A(pr['goods'])}万元、"
            f"政府采购工程支出{A(pr['works'])}万元、政府采购服务支出{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    v = doc["vehicles"]
    P.append(
        (
            f"（三）国有资产占用情况。截至{y}年12月31日，本部门共有车辆{v[0]}辆，其中，一般公务用车{v[1]}辆、"
            f"{doc['vehicle_kind']}{v[2]}辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。",
            False,
        )
    )
    P.append(("（四）预算绩效管理情况。", False))
    nots = []
    if prov == "gz":
        P.append(
            (
                f"本部门对{y}年度一般公共预算项目支出全面开展绩效自评，共涉及项目{len(doc['selfeval']) + 5}个，资金"
                f"{A(info['gp'] - info['pe'] - info['pu'])}万元。其中：",
                False,
            )
        )
        nots.append(("资金", str(wan(info["gp"] - info["pe"] - info["pu"], doc["unit"])), "绩效 money"))
        for name, b, a in doc["selfeval"]:
            b, a = d(b), d(a)
            P.append(
                (
                    f"{name}项目全年预算数{A(b)}万元，执行数{A(a)}万元，执行率{rate(a, b)}%，项目绩效目标全部完成，"
                    "自评得分95分。",
                    False,
                )
            )
            C.append(("project_execution", None, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
    else:
        P.append(
            (
                f"本部门组织对{y}年度一般公共预算项目支出全面开展绩效自评，共涉及项目{doc['perf'][0]}个，资金"
                f"{doc['perf'][1]}万元，占一般公共预算项目支出总额的100%。",
                False,
            )
        )
        nots.append(("资金", doc["perf"][1].replace(",", ""), "绩效 money"))
    return P, C, nots


DOCS["ha1_henan_shangshui_slj_2021_final"].update(
    duty="负责保障水资源的合理开发利用，组织实施全县水利工程建设与管理，负责防汛抗旱、水土保持和农村水利工作。",
    why_grand="水利工程建设和河道综合整治项目支出增加",
    vehicles=(3, 1, 2),
    vehicle_kind="应急保障用车",
    perf=(9, "3,580.24"),
)

# ============================================================================================== yc1 湖北 2022 budget
DOCS["yc1_hubei_zhijiang_zrzygh_2022_dept_budget"] = dict(
    kind="budget",
    org="枝江市自然资源和规划局",
    year=2022,
    unit="万元",
    cover="2022年部门预算",
    date="2022年1月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=8,
        repeat_head=False,
        eb_rows=True,
        fill_zero=True,
        sg_prior="after",
        unit_line="both",
        label="表{n}",
        footer="第{n}页",
    ),
    titles={
        "income_expenditure_summary": "枝江市自然资源和规划局2022年部门收支总表",
        "income_by_function": "枝江市自然资源和规划局2022年部门收入总表",
        "expenditure_by_function": "枝江市自然资源和规划局2022年部门支出总表",
        "fiscal_summary": "枝江市自然资源和规划局2022年财政拨款收支总表",
        "general_budget_by_function": "枝江市自然资源和规划局2022年一般公共预算支出表",
        "general_budget_basic_by_economic": "枝江市自然资源和规划局2022年一般公共预算基本支出表",
        "sangong": "枝江市自然资源和规划局2022年一般公共预算“三公”经费支出表",
        GF: "枝江市自然资源和规划局2022年政府性基金预算支出表",
        SC: "枝江市自然资源和规划局2022年国有资本经营预算支出表",
    },
    units="局机关、市不动产登记中心、市土地储备中心",
    leaves="""
2200101 gp_pe=526.30 gp_pu=86.42
2200102 gp_p=64.00
2200104 gp_p=186.50
2200106 gp_p=96.00
2200109 gp_p=238.60
2200150 gp_pe=312.46 gp_pu=38.20
2200199 gp_p=72.30
2240601 gp_p=145.00
2080505 gp_pe=98.36
2080506 gp_pe=39.34
2101101 gp_pe=26.80
2101102 gp_pe=18.42
2210201 gp_pe=82.64
2120801 gf_p=3200.00
2120802 gf_p=860.00
2120899 gf_p=150.00
""",
    econ={
        "30102": "312.60",
        "30103": "68.40",
        "30107": "286.50",
        "30108": "98.36",
        "30109": "39.34",
        "30110": "45.22",
        "30113": "82.64",
        "30302": "36.20",
        "30305": "4.80",
        "30205": "3.60",
        "30206": "16.80",
        "30211": "12.40",
        "30213": "14.60",
        "30217": "2.40",
        "30228": "18.30",
        "30231": "9.60",
        "30299": "22.12",
    },
    sangong=("0", "0", "9.60", "2.40"),
    prior_sg=("0", "0", "10.80", "3.20"),
    empty={SC: "本部门无国有资本经营预算拨款安排的支出。"},
    prior=dict(grand="5608.42", gp="1826.36", opcost="128.46"),
    proc=dict(goods="46.80", works="0", services="386.50"),
)


def say_hb(doc, info):
    y = doc["year"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 枝江市自然资源和规划局概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "履行全民所有土地、矿产、森林等自然资源资产所有者职责和所有国土空间用途管制职责，负责自然资源调查监测评价、"
            "统一确权登记、国土空间规划和地质灾害防治工作。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"从预算单位构成看，纳入{y}年部门预算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年部门预算情况说明", True))
    P.append(("一、收支总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            "按照综合预算的原则，枝江市自然资源和规划局所有收入和支出均纳入部门预算管理。收入包括一般公共预算拨款收入、"
            "政府性基金预算拨款收入；支出包括社会保障和就业支出、卫生健康支出、城乡社区支出、自然资源海洋气象等支出、住房"
            f"保障支出、灾害防治及应急管理支出。{y}年收支总预算{A(info['grand'])}万元，比{y - 1}年{w}{A(c)}万元，"
            f"{up(w)}{r}%，主要原因是国有土地使用权出让收入安排的征地和拆迁补偿支出增加。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入总体情况", True))
    P.append(
        (
            f"{y}年收入预算{A(info['grand'])}万元，其中：一般公共预算拨款收入{A(info['gp'])}万元，占"
            f"{rate(info['gp'], info['grand'])}%；政府性基金预算拨款收入{A(info['gf'])}万元，占"
            f"{rate(info['gf'], info['grand'])}%。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    P.append(("三、支出总体情况", True))
    P.append(
        (
            f"{y}年支出预算{A(info['grand'])}万元，其中：基本支出{A(info['basic'])}万元，占"
            f"{rate(info['basic'], info['grand'])}%；项目支出{A(info['project'])}万元，占"
            f"{rate(info['project'], info['grand'])}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(info["grand"])}))
    P.append(("四、财政拨款收支总体情况", True))
    P.append((f"{y}年财政拨款收支总预算{A(info['gp'] + info['gf'])}万元。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"] + info["gf"])}))
    P.append(("五、一般公共预算支出情况", True))
    w, c, r = chg(info["gp"], p["gp"])
    P.append(
        (
            f"{y}年一般公共预算拨款支出{A(info['gp'])}万元，比{y - 1}年{w}{A(c)}万元，{up(w)}{r}%，主要原因是自然资源"
            "调查与确权登记项目增加。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gp"]), "rate": sgn(w, r)}))
    for k, v in sorted(info["gp_lei"].items()):
        P.append((f"{FUNC[k]}（类）{A(v)}万元，占{rate(v, info['gp'])}%；", False))
    P.append(("六、一般公共预算基本支出情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，主要包括"
            f"基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费；公用经费{A(info['pu'])}万元，主要包括"
            "办公费、水电费、差旅费、维修（护）费、公务接待费、工会经费、公务用车运行维护费。",
            False,
        )
    )
    P.append(("七、政府性基金预算支出情况", True))
    P.append(
        (
            f"{y}年政府性基金预算拨款支出{A(info['gf'])}万元，全部为国有土地使用权出让收入安排的支出，主要用于征地和拆迁"
            "补偿、土地开发。",
            False,
        )
    )
    P.append(("八、“三公”经费支出情况", True))
    o, pp, rr, a, t = sg_items(doc)
    po, ppp, prr, pa, pt_ = sg_items(doc, "prior_sg")
    w, c, r = chg(t, pt_)
    w1, c1, _ = chg(pp + rr, ppp + prr)
    w2, c2, _ = chg(a, pa)
    P.append(
        (
            f"{y}年“三公”经费财政拨款预算{A(t)}万元，比{y - 1}年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；"
            f"公务用车购置及运行维护费{A(pp + rr)}万元，比{y - 1}年{w1}{A(c1)}万元，主要原因是车辆保险费下降；"
            f"公务接待费{A(a)}万元，比{y - 1}年{w2}{A(c2)}万元，主要原因是严格执行公务接待标准。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    C.append(("year_on_year", None, {"amount": n(pp + rr)}))
    C.append(("year_on_year", None, {"amount": n(a)}))
    P.append(("九、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年本部门机关运行经费财政拨款预算{A(info['pu'])}万元，比{y - 1}年{w}{A(c)}万元，"
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
            f"（二）政府采购情况。{y}年本部门政府采购预算总额{A(pt)}万元，其中：货物采购{A(pr['goods'])}万元，服务采购"
            f"{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，本部门共有车辆4辆，其中，一般公务用车1辆、执法执勤用车3辆；"
            f"单位价值50万元以上通用设备1台（套）。{y}年部门预算未安排购置车辆。",
            False,
        )
    )
    P.append(
        (
            f"（四）预算绩效目标说明。{y}年本部门所有项目支出实行绩效目标管理，涉及一般公共预算当年拨款802.40万元。",
            False,
        )
    )
    return P, C, [("涉及一般公共预算当年拨款", "802.40", "绩效 project money")]


# ============================================================================================== jx1 江西 2024 final
DOCS["jx1_jiangxi_xinfeng_dtbz_2024_final"] = dict(
    kind="final_account",
    org="信丰县大塘埠镇人民政府",
    year=2024,
    unit="万元",
    cover="2024年度部门决算",
    date="2025年9月",
    style=dict(
        codes="one",
        indent="",
        sep=True,
        zero="0.00",
        name_w=14,
        repeat_head=False,
        cont=True,
        eb_rows=True,
        gb_budget=True,
        blank_cols=[
            (
                "income_by_function",
                "fiscal_appropriation",
                ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入"],
            ),
            ("expenditure_by_function", "project", ["上缴上级支出", "经营支出", "对附属单位补助支出"]),
        ],
        unit_line="right",
        label="公开{n}表",
        footer="{n}",
        sg_zero="0.00",
    ),
    units="镇本级（含党政综合办公室、经济发展办公室、社会事务办公室、社会治安综合治理中心）",
    leaves="""
2010301 gp_pe=486.30 gp_pu=92.40 yb=560.00
2010302 gp_p=68.20 ioth=-1.26 yb=60.00
2010350 gp_pe=126.40 gp_pu=18.60 yb=150.00
2010399 gp_p=42.50 yb=30.00
2013299 gp_p=24.60 yb=25.00
2070109 gp_p=36.80 yb=40.00
2080208 gp_p=86.40 yb=80.00
2080505 gp_pe=92.36 yb=95.00
2080506 gp_pe=36.94 yb=38.00
2080801 gp_p=18.60 yb=20.00
2081002 gp_p=12.40 yb=12.00
2081107 gp_p=28.30 yb=30.00
2089999 gp_p=14.20 yb=15.00
2101101 gp_pe=28.46 yb=30.00
2110402 gp_p=126.00 yb=100.00
2120501 gp_p=312.60 oth_p=8.00 ioth=8.00 yb=300.00
2130104 gp_pe=82.40 gp_pu=12.30 yb=98.00
2130122 gp_p=68.50 yb=50.00
2130153 gp_p=246.00 igp=180.00 yb=0
2130305 gp_p=186.40 yb=150.00
2130314 gp_p=36.20 yb=40.00
2130504 gp_p=420.00 yb=400.00
2130701 gp_p=156.00 yb=150.00
2130705 gp_p=268.40 yb=270.00
2210201 gp_pe=56.32 yb=58.00
2240106 gp_p=22.80 yb=25.00
""",
    cb="86.40",
    cb_fiscal="80.00",
    econ={
        "30102": "196.40",
        "30103": "42.60",
        "30107": "228.30",
        "30108": "92.36",
        "30109": "36.94",
        "30110": "28.46",
        "30113": "56.32",
        "30302": "38.60",
        "30305": "16.80",
        "30205": "2.40",
        "30206": "12.80",
        "30211": "6.20",
        "30213": "14.60",
        "30217": "1.80",
        "30228": "10.40",
        "30231": "12.60",
        "30299": "26.30",
    },
    sangong=("0", "0", "12.60", "1.80"),
    sangong_budget=("0", "0", "14.00", "3.00"),
    empty={
        GF: "本单位2024年度无政府性基金预算财政拨款收入支出，此表为空。",
        SC: "本单位2024年度无国有资本经营预算财政拨款支出，本表无数据。",
    },
    prior=dict(grand="2968.14", sangong="16.32", opcost="146.52"),
    proc=dict(goods="28.60", works="512.40", services="96.30"),
    duty="负责本镇经济发展、社会事务、乡村振兴、农业农村、生态环境保护、社会治安综合治理和基层政权建设等工作。",
    why_grand="高标准农田建设和农村基础设施建设项目支出增加",
    vehicles=(2, 1, 1),
    vehicle_kind="应急保障用车",
    perf=(14, "1,995.80"),
    oth_note="（含退回以前年度支出-1.26万元）",
    uses={"2130153": "使用上年结转资金实施高标准农田建设", "2110402": "年中追加农村环境整治资金"},
)

# ============================================================================================== xa1 陕西 2019 budget 元
DOCS["xa1_shaanxi_yanta_tjj_2019_dept_budget"] = dict(
    kind="budget",
    org="西安市雁塔区统计局",
    year=2019,
    unit="元",
    text_unit="元",
    cover="2019年部门预算",
    date="2019年2月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        is_econ=True,
        gb_plain=True,
        name_w=12,
        unit_line="title",
        label="表{n}",
        footer="第 {n} 页",
        empty_head=False,
    ),
    proj_econ={"302": "1604000.00", "310": "200000.00"},
    gb_prior={
        "2010501": "3012460.00",
        "2010505": "352000.00",
        "2010508": "168000.00",
        "2080505": "302460.00",
        "2101101": "92840.00",
        "2210201": "228460.00",
    },
    units="局机关、区经济普查中心",
    leaves="""
2010501 gp_pe=2864320.00 gp_pu=412680.00
2010505 gp_p=386000.00
2010507 gp_p=1250000.00
2010508 gp_p=168000.00
2080505 gp_pe=326840.00
2101101 gp_pe=98620.00
2210201 gp_pe=246380.00
""",
    econ={
        "30102": "986400.00",
        "30103": "186200.00",
        "30107": "826500.00",
        "30108": "326840.00",
        "30110": "98620.00",
        "30113": "246380.00",
        "30302": "126000.00",
        "30205": "8600.00",
        "30206": "36800.00",
        "30211": "42600.00",
        "30213": "28400.00",
        "30217": "8000.00",
        "30228": "46200.00",
        "30299": "68000.00",
    },
    sangong=("0", "0", "0", "8000.00"),
    empty={GF: "无此项支出。", SC: "本表为空表。"},
    prior=dict(grand="4218640.00", sangong="12000.00", opcost="386420.00"),
    proc=dict(goods="168000.00", works="0", services="1086000.00"),
)


def say_sx(doc, info):
    y = doc["year"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门主要职责", True))
    P.append(
        (
            "组织实施全区统计调查和经济普查、人口普查、农业普查工作，收集、汇总、整理和提供全区国民经济和社会发展基本"
            "统计数据，开展统计分析和统计执法检查。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"纳入{y}年部门预算编制范围的单位共2个，包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年部门预算情况说明", True))
    P.append(("一、部门收支总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年西安市雁塔区统计局收入预算总额{A(info['grand'])}元，全部为一般公共预算拨款收入。支出预算总额"
            f"{A(info['grand'])}元，比上年{w}{A(c)}元，{up(w)}{r}%，主要原因是第四次全国经济普查经费增加。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    C.append(("total_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、财政拨款收支情况", True))
    P.append((f"{y}年财政拨款收支总预算{A(info['gp'])}元，全部为一般公共预算拨款。", False))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"])}))
    P.append(("三、一般公共预算支出情况", True))
    e = info["econ"]
    pj = {k: d(v) for k, v in doc["proj_econ"].items()}
    by = {}
    for k, v in e.items():
        by[k[:3]] = by.get(k[:3], D(0)) + v
    for k, v in pj.items():
        by[k] = by.get(k, D(0)) + v
    gpb = info["pe"] + info["pu"]
    P.append(
        (
            f"{y}年一般公共预算拨款支出{A(info['gp'])}元，其中：基本支出{A(gpb)}元，项目支出{A(info['gp'] - gpb)}元。"
            f"按经济分类：工资福利支出{A(by['301'])}元，商品和服务支出{A(by['302'])}元，对个人和家庭的补助"
            f"{A(by['303'])}元，资本性支出{A(by['310'])}元。",
            False,
        )
    )
    P.append(("四、一般公共预算基本支出情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(gpb)}元，其中：人员经费{A(info['pe'])}元，公用经费{A(info['pu'])}元。",
            False,
        )
    )
    P.append(("五、政府性基金预算支出情况", True))
    P.append((f"本部门{y}年无政府性基金预算拨款安排的支出。", False))
    P.append(("六、“三公”经费预算情况", True))
    o, pp, rr, a, t = sg_items(doc)
    w, c, r = chg(t, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费预算{A(t)}元，比上年{w}{A(c)}元。其中：因公出国（境）费0元，公务用车购置及运行维护费0元"
            f"（本部门无公务用车），公务接待费{A(a)}元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t)}))
    P.append(("七、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年本部门机关运行经费预算{A(info['pu'])}元，比上年{w}{A(c)}元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
    C.append(("year_on_year", None, {"amount": n(info["pu"]), "rate": sgn(w, r)}))
    pr = {k: d(v) for k, v in doc["proc"].items()}
    pt = sum(pr.values())
    P.append(
        (
            f"（二）政府采购。{y}年本部门政府采购预算{A(pt)}元，其中：货物类{A(pr['goods'])}元，服务类"
            f"{A(pr['services'])}元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，本部门无公务用车，单位价值50万元以上通用设备0台（套）。",
            False,
        )
    )
    P.append(
        (
            f"（四）绩效目标设置情况。{y}年本部门纳入绩效目标管理的项目3个，涉及资金{A(info['gp'] - gpb)}元。",
            False,
        )
    )
    return P, C, [("涉及资金", str((info["gp"] - gpb) / 10000), "绩效 project money")]


# ============================================================================================== gz1 贵州 2020 final
DOCS["gz1_guizhou_meitan_lyj_2020_final"] = dict(
    kind="final_account",
    org="湄潭县林业局",
    year=2020,
    unit="万元",
    cover="2020年度部门决算",
    date="2021年9月",
    style=dict(
        codes="split",
        split_sparse=True,
        indent="",
        sep=True,
        name_w=12,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    units="局机关、县国有林场、县林业技术推广站",
    leaves="""
2130201 gp_pe=286.40 gp_pu=52.30 yb=330.00
2130204 gp_pe=412.60 gp_pu=46.20 yb=450.00
2130205 gp_p=386.50 yb=300.00
2130207 gp_p=126.40 yb=130.00
2130209 gp_p=568.30 yb=560.00
2130211 gp_p=42.00 yb=45.00
2130234 gp_p=168.60 yb=150.00
2130299 gp_p=96.80 yb=0
2080505 gp_pe=72.46 yb=75.00
2080506 gp_pe=28.98 yb=30.00
2101101 gp_pe=18.64 yb=20.00
2210201 gp_pe=48.36 yb=50.00
""",
    cb="42.60",
    cb_fiscal="42.60",
    econ={
        "30102": "186.40",
        "30103": "36.20",
        "30107": "246.80",
        "30108": "72.46",
        "30109": "28.98",
        "30110": "18.64",
        "30113": "48.36",
        "30302": "42.60",
        "30305": "6.40",
        "30205": "2.80",
        "30206": "12.40",
        "30211": "8.60",
        "30213": "9.80",
        "30217": "1.20",
        "30228": "8.40",
        "30231": "10.80",
        "30299": "22.30",
    },
    sangong=("0", "0", "10.80", "1.20"),
    sangong_budget=("0", "0", "12.00", "2.00"),
    empty={
        GF: "湄潭县林业局2020年度无政府性基金预算财政拨款收入、支出及结转结余，本表为空表。",
        SC: "湄潭县林业局2020年度无国有资本经营预算财政拨款支出，本表为空表。",
    },
    prior=dict(grand="2168.42", sangong="14.26", opcost="104.36"),
    proc=dict(goods="86.40", works="326.00", services="142.80"),
    duty="负责全县林业和草原及其生态保护修复的监督管理，组织开展森林资源培育、森林防火、林业有害生物防治和国有林场管理工作。",
    why_grand="森林资源培育和林业防灾减灾项目支出增加",
    vehicles=(4, 1, 3),
    vehicle_kind="特种专业技术用车",
    selfeval=[("森林生态效益补偿", "560.00", "568.30"), ("森林资源培育", "300.00", "386.50")],
    uses={"2130205": "年中追加国家储备林建设资金", "2130299": "年中追加林业改革发展资金"},
)

SAY = {
    "nb1": say_zj,
    "ha1": lambda doc, info: say_final(doc, info, "ha"),
    "yc1": say_hb,
    "jx1": lambda doc, info: say_final(doc, info, "jx"),
    "xa1": say_sx,
    "gz1": lambda doc, info: say_final(doc, info, "gz"),
}
GLOSSARY = [
    ("第三部分 名词解释", True),
    ("1.财政拨款收入：指本级财政当年拨付的资金。", False),
    ("2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False),
    ("3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False),
    ("4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。", False),
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
        _v = sum((v for k, v in _m.items() if k in ("gp_pe", "gp_pu", "gp_p")), D(0))
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
