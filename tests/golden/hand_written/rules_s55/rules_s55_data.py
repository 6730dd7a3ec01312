"""Expected readings of the rules_s55 inputs: five WHOLE reports of units of provinces the earlier sets hardly cover
(内蒙古, 黑龙江, 宁夏, 青海, 北京 海淀), in the Ministry of Finance's standard 9-table set, each drawn as a PDF (s55_print.py, on
../rules_s42c/s42c_print.py and ../rules_s41c/s41c_print.py) and turned to text by the REAL pdftotext: X.pdf, X.txt
(pdftotext -enc UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the expectations are the same for the three.

The figures are typed here per functional 项 (../rules_s41c/s41c_lib.py's docstring: leaf keys gp_pe / gp_pu / gp_p /
gf_p / biz_p / oth_p, yb = 年初预算 of a final, igp / ioth = a 项's income when it is not its spending; s55_lib's
docstring: up_p / att_p = 上级补助 / 附属单位上缴 money of a budget, iup / ibiz = 上级补助 / 事业 income of a final);
s55_lib builds the tables (s42c_lib's build + this set's shapes) and re-adds every identity at import. Each 说明 is
written here in its province's wording, with the claims it states.

Documents (README.md has the table):
- nm1 鄂托克旗教育局 2023 部门预算 (内蒙古 鄂尔多斯; 万元; 18 项; 收支总表 income side with 事业收入, 上级补助收入 and
  附属单位上缴收入 figures, 收入总表 with a column for each; 政府性基金 (彩票公益金); names in a 9-em cell wrapped over
  two lines; tables over two pages WITH the header; 内蒙古 说明: 收支预算总计 with 与上年相比, per 项 "2023年预算数为 …
  比2022年预算增加 …" sentences);
- hl1 巴彦县农业农村局 2022 部门决算 (黑龙江 哈尔滨; 万元; 16 项; 行次; 支出决算表 with ONE 年初预算数 column before
  本年支出合计; side-by-side 基本支出 blocks; GF / 国资 empty in words; 黑龙江 说明 per 类: "年初预算为 … 支出决算为 …
  完成年初预算的 R%");
- nx1 银川市兴庆区市场监督管理局 2024 部门预算 (宁夏; 元 with separators, the 三公 table in 万元; 13 项; 基本支出表
  with the 部门经济分类 AND the 政府经济分类 code and name side by side; GF / 国资 "…本表无数据。"; the 说明 in 万元);
- qh1 西宁市城中区卫生健康局 2023 部门决算 (青海; 万元; 14 项; codes split 类 | 款 | 项; 收入决算表 with 上级补助收入,
  事业收入 and 其他收入 figures beside 财政拨款收入, 收支总表 likewise; a 项 whose income ≠ its spending; 政府性基金
  (彩票公益金) money; tables over two pages WITHOUT the header ("续表"); 青海 说明 per 项 "(类)(款)(项)：年初预算为 …
  支出决算为 … 完成年初预算的 R%");
- bj1 北京市海淀区城市管理委员会 2024 部门预算 (北京 区; 万元; 13 项; Beijing titles "2024年部门收支总体情况表" …; 上年结转
  with figures: the 收支总表 and 财政拨款收支总体情况表 print 上年结转(结余) beside 本年收入合计, the 收入情况表 a 上年结转
  column; 一般公共预算支出表 合计 | 基本支出 | 项目支出; labels 表一 …; 北京 说明: 收入预算 = 本年收入 + 上年结转).
Four reports by the first plan, the fifth (bj1) added for the carry-over shape."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s55_lib import FUNC, build  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "rules_s42c"))
from rules_s42c_data import GLOSSARY, chg, fmts, sg_items, sgn, up  # noqa: E402
from s41c_lib import GF, SC, d, expectations, rate  # noqa: E402

DOCS = {}

# ============================================================================================== nm1 内蒙古 2023 budget
DOCS["nm1_neimenggu_etuokeqi_jyj_2023_dept_budget"] = dict(
    kind="budget",
    org="鄂托克旗教育局",
    year=2023,
    unit="万元",
    cover="2023年部门预算",
    date="2023年2月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=9,
        fig_pos="mid",
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="- {n} -",
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
    units="局机关、旗第一中学、旗第二中学、旗蒙古族中学、旗第一小学、旗实验小学、旗幼儿园、旗特殊教育学校、旗教师发展中心",
    leaves="""
2050101 gp_pe=386.42 gp_pu=58.60
2050199 gp_p=126.00
2050201 gp_pe=1268.36 gp_pu=142.80 biz_p=86.40
2050202 gp_pe=4862.18 gp_pu=486.20 up_p=320.00
2050203 gp_pe=3624.56 gp_pu=362.40 up_p=186.00
2050204 gp_pe=2186.34 gp_pu=248.60 biz_p=426.00 att_p=58.00
2050299 gp_p=268.00
2050701 gp_pe=186.20 gp_pu=24.60
2050801 gp_p=96.00
2050902 gp_p=860.00
2059999 gp_p=145.00
2080502 gp_pe=236.48
2080505 gp_pe=1468.62
2080506 gp_pe=587.44
2101101 gp_pe=38.20
2101102 gp_pe=624.36
2210201 gp_pe=1186.50
2296004 gf_p=300.00
""",
    econ={
        "30102": "2864.20",
        "30103": "486.30",
        "30107": "3126.40",
        "30108": "1468.62",
        "30109": "587.44",
        "30110": "662.56",
        "30112": "42.30",
        "30113": "1186.50",
        "30302": "236.48",
        "30305": "18.60",
        "30205": "46.20",
        "30206": "168.40",
        "30211": "38.60",
        "30213": "186.20",
        "30216": "42.00",
        "30217": "3.80",
        "30228": "156.40",
        "30231": "12.60",
        "30299": "86.40",
    },
    sangong=("0", "0", "12.60", "3.80"),
    empty={SC: "鄂托克旗教育局2023年没有使用国有资本经营预算拨款安排的支出，本表无数据。"},
    prior=dict(grand="17986.42", gp="16854.30", sangong="18.20", opcost="1402.36"),
    prior_items={"2050202": "5126.40", "2050203": "3862.18", "2050902": "1200.00", "2050299": "186.00"},
    why={
        "2050202": "人员调资及绩效工资增加",
        "2050203": "新增教师及绩效工资增加",
        "2050902": "农村学校教学设施改善项目减少",
        "2050299": "课后服务补助资金增加",
    },
    proc=dict(goods="486.20", works="620.00", services="236.40"),
)


def say_nm(doc, info):
    """内蒙古: 收支预算总计 with 与上年相比; per 项 "（一）教育支出（类）普通教育（款）小学教育（项）2023年预算数为…万元，比
    2022年预算增加…万元，增长R%，主要原因是…"."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    up_ = sum((m.get("up_p", D(0)) for m in real.values()), D(0))
    att = sum((m.get("att_p", D(0)) for m in real.values()), D(0))
    biz = sum((m.get("biz_p", D(0)) for m in real.values()), D(0))
    grand = info["grand"] + up_ + att  # the s41c info's grand leaves them out
    gpb = info["pe"] + info["pu"]
    basic = gpb
    project = grand - basic
    P.append(("第一部分 鄂托克旗教育局概况", True))
    P.append(("一、部门职责", True))
    P.append(
        (
            "贯彻执行国家、自治区和市有关教育工作的方针、政策和法律法规，拟定全旗教育事业发展规划并组织实施，统筹管理全旗"
            "学前教育、义务教育、高中阶段教育和特殊教育。",
            False,
        )
    )
    P.append(("二、机构设置", True))
    P.append((f"鄂托克旗教育局{y}年部门预算包括：{doc['units']}。", False))
    P.append((f"第二部分 鄂托克旗教育局{y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(grand, p["grand"])
    P.append(
        (
            f"{org}{y}年收入预算总计{A(grand)}万元，其中：一般公共预算拨款收入{A(info['gp'])}万元，政府性基金预算拨款收入"
            f"{A(info['gf'])}万元，事业收入{A(biz)}万元，上级补助收入{A(up_)}万元，附属单位上缴收入{A(att)}万元。支出预算总计"
            f"{A(grand)}万元，其中：基本支出{A(basic)}万元，项目支出{A(project)}万元。与{y - 1}年相比收支预算总计各{w}{A(c)}"
            f"万元，{up(w)}{r}%，主要原因是农村中小学教学设施项目减少。",
            False,
        )
    )
    # 收入预算总计 / 支出预算总计: the 总计 rows (收入总计 / 支出总计), no 本年收入合计 / 本年支出合计 claim
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    C.append(("year_on_year", None, {"amount": n(grand), "rate": sgn(w, r)}))
    P.append(("二、财政拨款收支预算总体情况", True))
    P.append(
        (
            f"{y}年财政拨款收支预算总计{A(info['gp'] + info['gf'])}万元，其中：一般公共预算拨款{A(info['gp'])}万元，"
            f"政府性基金预算拨款{A(info['gf'])}万元。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"] + info["gf"])}))
    P.append(("三、一般公共预算支出情况", True))
    w, c, r = chg(info["gp"], p["gp"])
    P.append(
        (
            f"{y}年一般公共预算支出{A(info['gp'])}万元，与{y - 1}年相比{w}{A(c)}万元，{up(w)}{r}%。其中：基本支出"
            f"{A(gpb)}万元，项目支出{A(info['gp'] - gpb)}万元。主要用于：",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(info["gp"]), "rate": sgn(w, r)}))
    L = info["real"]
    for i, code in enumerate(sorted(doc["prior_items"]), 1):
        m = L[code]
        v = sum((x for k, x in m.items() if k.startswith("gp_")), D(0))
        pv = d(doc["prior_items"][code])
        w, c, r = chg(v, pv)
        P.append(
            (
                f"（{'一二三四五六'[i - 1]}）{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）{y}年预算数为"
                f"{A(v)}万元，比{y - 1}年预算{w}{A(c)}万元，{up(w)}{r}%，主要原因是{doc['why'][code]}。",
                False,
            )
        )
        C.append(("year_on_year", code, {"amount": n(v), "rate": sgn(w, r)}))
    P.append(("四、一般公共预算基本支出情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，主要包括基本工资、津贴补贴、奖金、"
            f"绩效工资、社会保障缴费、住房公积金、退休费、生活补助；公用经费{A(info['pu'])}万元，主要包括办公费、水费、电费、"
            "差旅费、维修（护）费、培训费、公务接待费、工会经费、公务用车运行维护费、其他商品和服务支出。",
            False,
        )
    )
    P.append(("五、政府性基金预算支出情况", True))
    P.append(
        (
            f"{y}年政府性基金预算支出{A(info['gf'])}万元，全部为用于教育事业的彩票公益金支出，主要用于学生资助和校园体育设施"
            "建设。",
            False,
        )
    )
    P.append(("六、国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年没有使用国有资本经营预算拨款安排的支出。", False))
    P.append(("七、“三公”经费预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, p["sangong"])
    P.append(
        (
            f"{y}年一般公共预算“三公”经费预算数为{A(t)}万元，与{y - 1}年相比{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国"
            f"（境）费0万元；公务用车购置及运行费{A(pu_ + ru)}万元，其中公务用车购置费0万元，公务用车运行费{A(ru)}万元；"
            f"公务接待费{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("八、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年{org}机关运行经费财政拨款预算{A(info['pu'])}万元，与{y - 1}年相比{w}{A(c)}万元，"
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
            f"（二）政府采购情况。{y}年{org}政府采购预算总额{A(pt)}万元，其中：货物类{A(pr['goods'])}万元，工程类"
            f"{A(pr['works'])}万元，服务类{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，{org}共有车辆6辆，其中：机要通信用车1辆，特种专业技术用车"
            "5辆（校车）；单位价值50万元以上通用设备3台（套）。",
            False,
        )
    )
    P.append(
        (
            f"（四）预算绩效管理情况。{y}年{org}实行绩效目标管理的项目12个，涉及一般公共预算当年财政拨款1,495.00万元。",
            False,
        )
    )
    return P, C, [("涉及一般公共预算当年财政拨款", "1495.00", "绩效 project money")]


# ============================================================================================== hl1 黑龙江 2022 final
DOCS["hl1_heilongjiang_bayan_nyncj_2022_final"] = dict(
    kind="final_account",
    org="巴彦县农业农村局",
    year=2022,
    unit="万元",
    cover="2022年度部门决算",
    date="2023年9月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=14,
        repeat_head=True,
        rowno=True,
        exp_budget=True,
        unit_line="both",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    units="局机关、县农业技术推广中心、县动物疫病预防控制中心、县农村经济管理服务站",
    leaves="""
2130101 gp_pe=312.46 gp_pu=48.62 yb=355.00
2130104 gp_pe=486.28 gp_pu=62.40 yb=560.00
2130106 gp_p=86.00 yb=90.00
2130108 gp_p=42.60 yb=45.00
2130109 gp_p=36.80 yb=40.00
2130122 gp_p=2680.00 yb=2400.00
2130135 gp_p=168.20 yb=0
2130153 gp_p=3860.00 yb=3500.00
2130199 gp_p=126.40 yb=150.00
2130504 gp_p=520.00 yb=500.00
2080501 gp_pe=24.60 yb=25.00
2080505 gp_pe=96.42 yb=98.00
2080506 gp_pe=38.56 yb=40.00
2101101 gp_pe=28.34 yb=30.00
2101102 gp_pe=36.48 yb=38.00
2210201 gp_pe=82.36 yb=85.00
""",
    cb="126.40",
    cb_fiscal="126.40",
    econ={
        "30102": "168.40",
        "30103": "24.60",
        "30107": "286.30",
        "30108": "96.42",
        "30109": "38.56",
        "30110": "64.82",
        "30113": "82.36",
        "30302": "24.60",
        "30305": "4.20",
        "30205": "3.20",
        "30206": "12.60",
        "30211": "8.40",
        "30213": "6.80",
        "30216": "2.40",
        "30217": "1.56",
        "30228": "14.20",
        "30231": "9.60",
        "30299": "18.40",
    },
    sangong=("0", "0", "9.60", "1.56"),
    sangong_budget=("0", "0", "12.00", "2.00"),
    empty={
        GF: "巴彦县农业农村局2022年度没有政府性基金预算财政拨款收入、支出及结转结余，本表无数据。",
        SC: "巴彦县农业农村局2022年度没有国有资本经营预算财政拨款支出，本表无数据。",
    },
    prior=dict(grand="8102.36", sangong="12.84", opcost="118.42"),
    proc=dict(goods="126.80", works="3420.00", services="86.40"),
    why={
        "208": "严格控制支出",
        "210": "严格控制支出",
        "213": "年中追加高标准农田建设和农业生产发展资金",
        "221": "严格控制支出",
    },
)


def say_hl(doc, info):
    """黑龙江: 收入支出决算总体情况 with 与上年相比; per 类 "年初预算为…万元，支出决算为…万元，完成年初预算的R%。决算数
    大于年初预算数的主要原因是…"; 三公 budget and actual."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    P.append(("第一部分 部门概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "贯彻落实党中央、省委、市委和县委关于“三农”工作的方针政策，统筹研究和组织实施全县“三农”工作的发展战略、中长期"
            "规划和重大政策，负责高标准农田建设、农业生产发展和农村经营管理工作。",
            False,
        )
    )
    P.append(("二、部门决算单位构成", True))
    P.append((f"纳入{org}{y}年度部门决算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收入总计{A(info['grand'])}万元、支出总计{A(info['grand'])}万元，与上年相比，收、支总计各{w}{A(c)}万元，"
            f"{up(w)}{r}%，主要原因是高标准农田建设资金增加。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"本年收入合计{A(info['inc'])}万元，其中：一般公共预算财政拨款收入{A(info['igp'])}万元，占100%。",
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
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["fiscal_total"])}))
    P.append(("五、一般公共预算财政拨款支出决算情况说明", True))
    gp, yb = info["gp"], info["yb"]
    P.append(
        (
            f"（一）一般公共预算财政拨款支出决算总体情况。{y}年度一般公共预算财政拨款支出{A(gp)}万元，占本年支出合计的"
            f"{rate(gp, info['spend'])}%。",
            False,
        )
    )
    P.append(
        (
            f"（二）一般公共预算财政拨款支出决算具体情况。{y}年度一般公共预算财政拨款支出年初预算为{A(yb)}万元，支出决算为"
            f"{A(gp)}万元，完成年初预算的{rate(gp, yb)}%。其中：",
            False,
        )
    )
    C.append(("execution", None, {"budget": n(yb), "actual": n(gp), "rate": str(rate(gp, yb))}))
    L = info["L"]
    for i, lei in enumerate(sorted(info["gp_lei"]), 1):
        a = info["gp_lei"][lei]
        b = sum((m.get("yb", D(0)) for c_, m in L.items() if c_[:3] == lei), D(0))
        more = "大于" if a > b else "小于"
        P.append(
            (
                f"{i}.{FUNC[lei]}（类）。年初预算为{A(b)}万元，支出决算为{A(a)}万元，完成年初预算的{rate(a, b)}%。决算数"
                f"{more}年初预算数的主要原因是{doc['why'][lei]}。",
                False,
            )
        )
        C.append(("execution", lei, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
    P.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
    P.append(
        (
            f"{y}年度一般公共预算财政拨款基本支出{A(info['pe'] + info['pu'])}万元，其中：人员经费{A(info['pe'])}万元，"
            f"主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费、生活补助；公用经费{A(info['pu'])}"
            "万元，主要包括办公费、水费、电费、差旅费、维修（护）费、培训费、公务接待费、工会经费、公务用车运行维护费。",
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
            f"与上年相比{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算"
            f"为{A(pp + rr)}万元，完成年初预算的{rate(pp + rr, bp + br)}%；公务接待费支出决算为{A(a)}万元，完成年初预算的"
            f"{rate(a, ba)}%，全年国内公务接待6批次、42人次。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    C.append(("sangong_execution", None, {"actual": n(pp + rr), "rate": str(rate(pp + rr, bp + br))}))
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
    P.append(
        (
            f"（三）国有资产占用情况。截至{y}年12月31日，{org}共有车辆5辆，其中：一般公务用车1辆、执法执勤用车4辆；"
            "单位价值100万元以上专用设备0台（套）。",
            False,
        )
    )
    return P, C, []


# ============================================================================================== nx1 宁夏 2024 budget 元
DOCS["nx1_ningxia_xingqing_scjgj_2024_dept_budget"] = dict(
    kind="budget",
    org="银川市兴庆区市场监督管理局",
    year=2024,
    unit="元",
    sg_unit="万元",
    cover="2024年部门预算",
    date="2024年1月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=10,
        repeat_head=True,
        eb_dual=True,
        unit_line="right",
        label="表{n}",
        footer="第{n}页",
        sg_zero="0.00",
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
    units="局机关、区市场监管综合行政执法大队、区食品药品检验检测中心",
    leaves="""
2013801 gp_pe=8642360.00 gp_pu=1286400.00
2013802 gp_p=386000.00
2013805 gp_p=328600.00
2013815 gp_p=456800.00
2013816 gp_p=1260000.00
2013850 gp_pe=1864520.00 gp_pu=186300.00
2080505 gp_pe=1186420.00
2080506 gp_pe=474560.00
2080501 gp_pe=186400.00
2101101 gp_pe=286340.00
2101102 gp_pe=68420.00
2101103 gp_pe=124600.00
2210201 gp_pe=968760.00
""",
    econ={
        "30102": "2186400.00",
        "30103": "486200.00",
        "30107": "2864300.00",
        "30108": "1186420.00",
        "30109": "474560.00",
        "30110": "354760.00",
        "30111": "124600.00",
        "30113": "968760.00",
        "30302": "186400.00",
        "30305": "24600.00",
        "30205": "42600.00",
        "30206": "168400.00",
        "30211": "126800.00",
        "30213": "86400.00",
        "30216": "48000.00",
        "30217": "12000.00",
        "30228": "186500.00",
        "30231": "36000.00",
        "30299": "286400.00",
    },
    gov_econ={
        "301": "501",
        "30101": "50101",
        "30102": "50101",
        "30103": "50101",
        "30107": "50101",
        "30108": "50102",
        "30109": "50102",
        "30110": "50102",
        "30111": "50102",
        "30113": "50103",
        "302": "502",
        "30201": "50201",
        "30205": "50201",
        "30206": "50201",
        "30211": "50201",
        "30213": "50209",
        "30216": "50203",
        "30217": "50206",
        "30228": "50299",
        "30231": "50208",
        "30299": "50299",
        "303": "509",
        "30302": "50905",
        "30305": "50901",
    },
    sangong=("0", "0", "3.60", "1.20"),
    empty={
        GF: "银川市兴庆区市场监督管理局2024年无政府性基金预算拨款安排的支出，本表无数据。",
        SC: "银川市兴庆区市场监督管理局2024年无国有资本经营预算拨款安排的支出，本表无数据。",
    },
    prior=dict(grand="17682400.00", sangong="5.40", opcost="2016800.00"),
    proc=dict(goods="486000.00", services="1120000.00"),
)


def say_nx(doc, info):
    """宁夏 (the tables in 元, the 说明 in 万元): 收支预算 总体情况, 与上年相比, 三公 in 万元."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    gpb = info["pe"] + info["pu"]
    P.append(("第一部分 部门概况", True))
    P.append(("一、主要职责", True))
    P.append(
        (
            "负责全区市场综合监督管理，负责市场主体统一登记注册，组织和指导市场监管综合执法工作，负责食品安全监督管理"
            "综合协调，负责特种设备安全监督管理和计量、标准化、认证认可工作。",
            False,
        )
    )
    P.append(("二、部门预算单位构成", True))
    P.append((f"{org}{y}年部门预算包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{org}{y}年收入预算{A(info['grand'])}万元，全部为一般公共预算拨款收入；支出预算{A(info['grand'])}万元，其中：基本"
            f"支出{A(gpb)}万元，占{rate(gpb, info['grand'])}%；项目支出{A(info['grand'] - gpb)}万元，占"
            f"{rate(info['grand'] - gpb, info['grand'])}%。收支预算总额与上年相比{w}{A(c)}万元，{up(w)}{r}%，主要原因是人员经费"
            "正常增长及食品安全抽检项目增加。",
            False,
        )
    )
    C.append(("total_income", None, {"amount": n(info["grand"])}))
    C.append(("total_expenditure", None, {"amount": n(info["grand"])}))
    # "收支预算总额与上年相比增加X万元，增长R%": a sentence of its own stating the change and the rate only
    C.append(("year_on_year", None, {"rate": sgn(w, r)}))
    P.append(("二、财政拨款收支预算情况", True))
    P.append(
        (
            f"{y}年财政拨款收支预算总额{A(info['gp'])}万元，全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算"
            "拨款。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(info["gp"])}))
    P.append(("三、一般公共预算支出预算情况", True))
    body = "；".join(
        f"{FUNC[k]}{A(v)}万元，占{rate(v, info['gp'])}%" for k, v in sorted(info["gp_lei"].items())
    )
    P.append((f"{y}年一般公共预算支出{A(info['gp'])}万元，按支出功能分类：{body}。", False))
    P.append(("四、一般公共预算基本支出预算情况", True))
    P.append(
        (
            f"{y}年一般公共预算基本支出{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，公用经费{A(info['pu'])}万元。按政府"
            "预算支出经济分类，主要用于机关工资福利支出、机关商品和服务支出和对个人和家庭的补助。",
            False,
        )
    )
    P.append(("五、“三公”经费预算情况", True))
    o, pu_, ru, a, t = (d(x) for x in (*doc["sangong"], sum(d(x) for x in doc["sangong"])))
    w, c, r = chg(t, d(p["sangong"]))
    P.append(
        (
            f"{y}年“三公”经费预算{t:.2f}万元，与上年相比{w}{c:.2f}万元，{up(w)}{r}%。其中：因公出国（境）费0万元，公务用车"
            f"购置费0万元，公务用车运行维护费{ru:.2f}万元，公务接待费{a:.2f}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": str(t), "rate": sgn(w, r)}))
    P.append(("六、政府性基金预算和国有资本经营预算支出情况", True))
    P.append((f"{org}{y}年无政府性基金预算和国有资本经营预算拨款安排的支出。", False))
    P.append(("七、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年{org}机关运行经费预算{A(info['pu'])}万元，与上年相比{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("operating_costs", None, {"amount": n(info["pu"])}))
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
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年底，{org}共有车辆3辆，均为执法执勤用车；单位价值50万元以上通用设备"
            "2台（套）。",
            False,
        )
    )
    return P, C, []


# ============================================================================================== qh1 青海 2023 final
DOCS["qh1_qinghai_chengzhong_wjj_2023_final"] = dict(
    kind="final_account",
    org="西宁市城中区卫生健康局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年8月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=12,
        repeat_head=False,
        cont=True,
        rowno=True,
        unit_line="final",
        label="附表{n}",
        footer="— {n} —",
        sg_zero="0.00",
    ),
    units="局机关、区卫生健康综合监督执法局、区疾病预防控制中心",
    leaves="""
2100101 gp_pe=386.24 gp_pu=52.18 yb=430.00
2100199 gp_p=86.40 oth_p=3.20 ioth=3.20 yb=90.00
2100402 gp_pe=168.36 gp_pu=24.60 oth_pe=12.40 ibiz=12.40 ioth=0 yb=190.00
2100408 gp_p=1286.50 oth_p=168.00 iup=168.00 ioth=0 yb=1200.00
2100409 gp_p=426.80 igp=446.80 yb=450.00
2100410 gp_p=312.60 yb=0
2100499 gp_p=68.20 yb=80.00
2100717 gp_p=96.40 yb=100.00
2101601 gp_p=42.00 yb=45.00
2080505 gp_pe=62.48 yb=64.00
2080506 gp_pe=24.96 yb=26.00
2101101 gp_pe=18.42 yb=20.00
2210201 gp_pe=46.38 yb=48.00
2296002 gf_p=36.00
""",
    cb="58.60",
    cb_fiscal="52.40",
    econ={
        "30102": "126.40",
        "30103": "18.60",
        "30107": "156.80",
        "30108": "62.48",
        "30109": "24.96",
        "30110": "18.42",
        "30113": "46.38",
        "30302": "28.60",
        "30305": "3.20",
        "30205": "2.40",
        "30206": "8.60",
        "30211": "4.80",
        "30213": "3.60",
        "30217": "1.86",
        "30228": "9.20",
        "30231": "6.40",
        "30299": "12.30",
    },
    sangong=("0", "0", "6.40", "1.86"),
    sangong_budget=("0", "0", "8.00", "2.50"),
    empty={SC: "西宁市城中区卫生健康局2023年度无国有资本经营预算财政拨款支出，本表为空。"},
    prior=dict(grand="2846.30", sangong="9.12", opcost="72.46"),
    proc=dict(goods="168.40", services="326.00"),
    uses={
        "2100408": "年中追加基本公共卫生服务补助资金",
        "2100410": "年中追加突发公共卫生事件应急处置资金",
    },
)


def say_qh(doc, info):
    """青海: 收入 by source with shares (财政拨款 / 上级补助 / 事业 / 其他); per 项 "(类)(款)(项)：年初预算为…万元，支出决算
    为…万元，完成年初预算的R%"."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    real = info["real"]
    iup = sum((m.get("iup", D(0)) for m in real.values()), D(0))
    ibiz = sum((m.get("ibiz", D(0)) for m in real.values()), D(0))
    ioth = sum((m.get("ioth", D(0)) for m in real.values()), D(0))
    fis = info["igp"] + info["igf"]
    inc = info["inc"]
    assert inc == fis + iup + ibiz + ioth
    P.append(("第一部分 部门概况", True))
    P.append(("一、主要职能", True))
    P.append(
        (
            "贯彻落实国家和省、市卫生健康工作方针政策，统筹规划全区卫生健康资源配置，组织实施基本公共卫生服务和重大公共"
            "卫生服务项目，负责疾病预防控制、卫生应急、老龄健康和计划生育服务管理工作。",
            False,
        )
    )
    P.append(("二、部门决算单位构成", True))
    P.append((f"纳入{org}{y}年度部门决算编制范围的单位包括：{doc['units']}。", False))
    P.append((f"第二部分 {org}{y}年度部门决算情况说明", True))
    P.append(("一、收入支出决算总体情况说明", True))
    w, c, r = chg(info["grand"], p["grand"])
    P.append(
        (
            f"{y}年度收入总计{A(info['grand'])}万元，支出总计{A(info['grand'])}万元。与上年度相比，收、支总计各{w}{A(c)}"
            f"万元，{up(w)}{r}%。主要原因是突发公共卫生事件应急处置和基本公共卫生服务支出增加。",
            False,
        )
    )
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
    C.append(("year_on_year", None, {"amount": n(info["grand"]), "rate": sgn(w, r)}))
    P.append(("二、收入决算情况说明", True))
    P.append(
        (
            f"{y}年度本年收入合计{A(inc)}万元，其中：财政拨款收入{A(fis)}万元，占{rate(fis, inc)}%；上级补助收入{A(iup)}"
            f"万元，占{rate(iup, inc)}%；事业收入{A(ibiz)}万元，占{rate(ibiz, inc)}%；其他收入{A(ioth)}万元，占"
            f"{rate(ioth, inc)}%。",
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
    L = info["real"]
    i = 0
    for code, m in sorted(L.items()):
        a = sum((v for k, v in m.items() if k.startswith("gp_")), D(0))
        if not a:
            continue
        i += 1
        b = m.get("yb", D(0))
        chain = f"{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）"
        if b:
            s = f"{i}.{chain}：年初预算为{A(b)}万元，支出决算为{A(a)}万元，完成年初预算的{rate(a, b)}%"
            C.append(("execution", code, {"budget": n(b), "actual": n(a), "rate": str(rate(a, b))}))
        else:
            s = f"{i}.{chain}：年初预算为0万元，支出决算为{A(a)}万元"
            C.append(("execution", code, {"actual": n(a)}))
        why = doc["uses"].get(code, "年中追加资金" if a > b else "厉行节约，压减一般性支出")
        s += "。" if a == b else f"，决算数{'大于' if a > b else '小于'}年初预算数的主要原因是{why}。"
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
            f"{y}年度“三公”经费财政拨款支出年初预算为{A(tb)}万元，支出决算为{A(ta)}万元，完成年初预算的{rate(ta, tb)}%，"
            f"较上年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    C.append(("sangong_execution", None, {"budget": n(tb), "actual": n(ta), "rate": str(rate(ta, tb))}))
    C.append(("year_on_year", None, {"amount": n(ta), "rate": sgn(w, r)}))
    P.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
    P.append(
        (
            f"{y}年度政府性基金预算财政拨款收入{A(info['igf'])}万元，支出{A(info['gf'])}万元，为用于社会福利的彩票公益金支出，"
            "主要用于老年人健康服务。",
            False,
        )
    )
    P.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
    P.append((f"{org}{y}年度无国有资本经营预算财政拨款支出。", False))
    P.append(("十、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费支出情况。{y}年度{org}机关运行经费支出{A(info['pu'])}万元，比上年{w}{A(c)}万元，{up(w)}{r}%。",
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
    return P, C, []


# ============================================================================================== bj1 北京 2024 budget
DOCS["bj1_beijing_haidian_cgw_2024_dept_budget"] = dict(
    kind="budget",
    org="北京市海淀区城市管理委员会",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="one",
        indent="",
        sep=True,
        name_w=13,
        repeat_head=True,
        gb_plain=True,
        unit_line="both",
        label="表{cn}",
        footer="{n}",
        sg_zero="0.00",
    ),
    titles={
        "income_expenditure_summary": "2024年部门收支总体情况表",
        "income_by_function": "2024年部门收入情况表",
        "expenditure_by_function": "2024年部门支出情况表",
        "fiscal_summary": "2024年财政拨款收支总体情况表",
        "general_budget_by_function": "2024年一般公共预算财政拨款支出情况表",
        "general_budget_basic_by_economic": "2024年一般公共预算财政拨款基本支出情况表",
        "sangong": "2024年一般公共预算财政拨款“三公”经费支出情况表",
        GF: "2024年政府性基金预算财政拨款支出情况表",
        SC: "2024年国有资本经营预算财政拨款支出情况表",
    },
    units="委机关、区环境卫生服务中心、区城市管理指挥中心",
    leaves="""
2120101 gp_pe=486.30 gp_pu=72.40
2120102 gp_p=126.00
2120104 gp_p=368.50 cf_p=42.00
2120106 gp_p=218.60
2120199 gp_p=486.20 cf_p=86.40
2120399 gp_p=1260.00 cf_p=186.40
2120501 gp_p=2860.00 cf_p=420.00
2080505 gp_pe=98.46
2080506 gp_pe=39.38
2101101 gp_pe=26.84
2101103 gp_pe=12.60
2210201 gp_pe=72.36
2210203 gp_pe=18.20
""",
    econ={
        "30102": "126.40",
        "30103": "38.60",
        "30107": "168.20",
        "30108": "98.46",
        "30109": "39.38",
        "30110": "26.84",
        "30111": "12.60",
        "30113": "72.36",
        "30399": "18.20",
        "30205": "1.20",
        "30206": "4.80",
        "30211": "2.40",
        "30213": "6.80",
        "30216": "1.60",
        "30217": "0.60",
        "30228": "8.60",
        "30231": "5.20",
        "30299": "9.40",
    },
    sangong=("0", "0", "5.20", "0.60"),
    empty={
        GF: "北京市海淀区城市管理委员会2024年没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",
        SC: "北京市海淀区城市管理委员会2024年没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。",
    },
    prior=dict(gp="5842.16", sangong="6.40", opcost="78.62"),
    proc=dict(goods="86.40", works="1120.00", services="2360.50"),
)


def say_bj(doc, info):
    """北京 (区): 收入预算 = 本年收入 + 上年结转; 本年收入中 … 比上年增加; 支出预算 with 基本 / 项目 shares; 财政拨款收支
    总预算 with 上年财政拨款结转; 三公 and 机关运行经费 with 比上年."""
    y, org = doc["year"], doc["org"]
    A, n = fmts(doc)
    P, C = [], []
    p = {k: d(v) for k, v in doc["prior"].items()}
    cf, grand, gp = info["cf"], info["grand"], info["gp"]
    gpb = info["pe"] + info["pu"]
    P.append(("第一部分 部门概况", True))
    P.append(("一、部门职责", True))
    P.append(
        (
            "负责全区城市管理工作的统筹协调，组织实施环境卫生、市容景观、城市道路照明和城市公共设施管理，承担垃圾分类"
            "和再生资源回收管理工作。",
            False,
        )
    )
    P.append(("二、机构设置", True))
    P.append((f"{org}{y}年部门预算包括：{doc['units']}。", False))
    P.append((f"第二部分 {y}年部门预算情况说明", True))
    P.append(("一、收支预算总体情况", True))
    w, c, r = chg(gp - cf, p["gp"])
    P.append(
        (
            f"{org}{y}年收入预算{A(grand)}万元，其中：本年收入{A(grand - cf)}万元，上年结转{A(cf)}万元。本年收入中，"
            f"一般公共预算拨款收入{A(gp - cf)}万元，比{y - 1}年{w}{A(c)}万元，{up(w)}{r}%。",
            False,
        )
    )
    # 收入预算 with 上年结转 in it: the 收入总计; 本年收入: the 本年收入合计
    C.append(("total_income_expenditure", None, {"amount": n(grand)}))
    C.append(("total_income", None, {"amount": n(grand - cf)}))
    C.append(("year_on_year", None, {"amount": n(gp - cf), "rate": sgn(w, r)}))
    P.append(
        (
            f"{y}年支出预算{A(grand)}万元，其中：基本支出{A(gpb)}万元，占{rate(gpb, grand)}%；项目支出{A(grand - gpb)}万元，"
            f"占{rate(grand - gpb, grand)}%。",
            False,
        )
    )
    C.append(("total_expenditure", None, {"amount": n(grand)}))
    P.append(("二、财政拨款收支预算总体情况", True))
    P.append(
        (
            f"{y}年财政拨款收支总预算{A(gp)}万元，其中：本年财政拨款收入{A(gp - cf)}万元，上年财政拨款结转{A(cf)}万元，"
            "全部为一般公共预算财政拨款。",
            False,
        )
    )
    C.append(("fiscal_total_income_expenditure", None, {"amount": n(gp)}))
    P.append(("三、一般公共预算财政拨款支出预算情况", True))
    body = "；".join(f"{FUNC[k]}{A(v)}万元" for k, v in sorted(info["gp_lei"].items()))
    P.append(
        (
            f"{y}年一般公共预算财政拨款支出预算{A(gp)}万元，其中：基本支出{A(gpb)}万元，项目支出{A(gp - gpb)}万元。按支出"
            f"功能分类科目划分：{body}。",
            False,
        )
    )
    P.append(("四、一般公共预算财政拨款基本支出预算情况", True))
    P.append(
        (
            f"{y}年一般公共预算财政拨款基本支出{A(gpb)}万元，其中：人员经费{A(info['pe'])}万元，公用经费{A(info['pu'])}万元。",
            False,
        )
    )
    P.append(("五、“三公”经费财政拨款预算情况", True))
    o, pu_, ru, a, t = sg_items(doc)
    w, c, r = chg(t, p["sangong"])
    P.append(
        (
            f"{y}年“三公”经费财政拨款预算{A(t)}万元，比{y - 1}年{w}{A(c)}万元，{up(w)}{r}%。其中：因公出国（境）费0万元；"
            f"公务用车购置及运行费{A(pu_ + ru)}万元，其中公务用车购置费0万元，公务用车运行费{A(ru)}万元；公务接待费{A(a)}万元。",
            False,
        )
    )
    C.append(("year_on_year", None, {"amount": n(t), "rate": sgn(w, r)}))
    P.append(("六、政府性基金和国有资本经营预算财政拨款支出情况", True))
    P.append((f"{org}{y}年没有使用政府性基金预算和国有资本经营预算财政拨款安排的支出。", False))
    P.append(("七、其他重要事项的情况说明", True))
    w, c, r = chg(info["pu"], p["opcost"])
    P.append(
        (
            f"（一）机关运行经费。{y}年{org}机关运行经费财政拨款预算{A(info['pu'])}万元，比{y - 1}年{w}{A(c)}万元，"
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
            f"（二）政府采购预算情况。{y}年{org}政府采购预算{A(pt)}万元，其中：货物{A(pr['goods'])}万元，工程"
            f"{A(pr['works'])}万元，服务{A(pr['services'])}万元。",
            False,
        )
    )
    C.append(("procurement_total", None, {"amount": n(pt)}))
    P.append(
        (
            f"（三）国有资产占用情况。截至{y - 1}年12月31日，{org}共有车辆8辆，其中：一般公务用车1辆、执法执勤用车2辆、"
            "特种专业技术用车5辆。",
            False,
        )
    )
    P.append(
        (
            f"（四）绩效目标设置情况。{y}年{org}实行绩效目标管理的项目6个，涉及项目支出{A(grand - gpb)}万元。",
            False,
        )
    )
    return P, C, [("涉及项目支出", str(info["grand"] - gpb), "绩效 project money")]


SAY = {"nm1": say_nm, "hl1": say_hl, "nx1": say_nx, "qh1": say_qh, "bj1": say_bj}

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
