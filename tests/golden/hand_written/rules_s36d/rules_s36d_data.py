"""Expected readings of the rules_s36d inputs: six WHOLE 部门决算 (2021-2025, six provinces; five plain pdftotext texts,
one pdftotext -layout text) whose 说明 states its figures in the wordings real final accounts use, read as CLAIMS. Each: a
cover, a 目录, 部门概况, the 说明, every table of the final-account template (rules_s34c's s34c_lib builds them from the
leaves typed here and re-adds every printed table at import: row = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, the summaries
against the detail tables, 基本支出表 = the 一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, and the grand totals typed by
hand as check_grand / check_gp), a 名词解释. The 说明's figures are NAMED in its templates (s36d_lib.py's docstring),
never written out: a printed figure and its claim's come from the same value, the tables' or a typed extra.

Shapes attacked (documents), none of them in final_claims/, rules_s28d, s31d, s31h, s31l, s33d:
- per-项 budget-versus-actual paragraphs
  - national template "（一）…（类）…（款）…（项）。年初预算为…，支出决算为…，完成年初预算的…%。决算数小于预算数的主要原因
    是……" numbered （一）（二） (t4), 1、 with "主要用于：…。" between the chain and the budget and NO rate, spaces inside
    "年初预算为 1,300.00 万元" (t1, as corpus/real/sh_putuo_czj_2024_final.txt prints them);
  - the chain with codes in brackets after each level "科学技术支出（206）科学技术管理事务（20601）行政运行（2060101）：" and as
    a 项 code before its name "（二）2060499 其他技术研究与开发支出：" (t2);
  - without 类/款/项 marks: parted by spaces "商业服务业等支出 商业流通事务 行政运行", by "-", by "/", glued
    "社会保障和就业支出行政事业单位养老支出机关事业单位基本养老保险缴费支出", the 项 name alone "行政单位医疗", marks as
    plain words "住房保障支出类住房改革支出款住房公积金项" (l1);
  - over two lines (a name cut: t1, t2, l1, t6) and across a PAGE BREAK (footer, \\f, running head between): inside the
    项 name (t1 "人大" / "会议", t6 "突发公共卫生" / "事件应急处理"), between 年初预算为 and its figure (t4);
  - 调整预算 and 完成调整预算的…% after the 年初 rate (l1), 全年预算数 between (l1, t4);
  - "决算数与年初预算数持平" (t1, t6), "决算数与预算数基本持平" (t1), "完成年初预算的100%" / "100.00%" (t4, t6), rates
    above 100% (t2 186.42%, t4 212.35%, t6 1086.42%) and 0% / 0.00% (t1, t2, t6: budgeted, not spent), "年初未安排预算"
    (t2: budget 0), amounts in 元 inside a 万元 document (t4 普法宣传, t4 公务接待费), full-width digits
    "１２０．５０万元…９８．１９％" (t4), the whole "比年初预算X元增加Y元，完成年初预算的…%" (t6);
- overall sentences: 收入支出总计 with 增加 / 增长 (t1), 收入总计 and 支出总计 each with its own change (t2 比上年决算数, t5
  下降), 收入、支出决算总计均为 … 各减少 (l1), 与上年度决算数X元相比 (t6: the prior stated), 本年支出合计 / 本年收入合计 with
  changes (t2, t5), 财政拨款收入支出(决算)总计 with changes (t1, t2, l1, t4, t6), 财政拨款支出 total of both funds with
  its change (t5), 一般公共预算财政拨款支出 with 占本年支出合计的…% and its change (t1, t4), 基本支出 人员经费 / 公用经费
  split (every document; with their changes: t5), 三公 budget vs actual per item (完成预算的…% each: t1 putuo style
  actuals and rates only, t2 in 元, l1 / t5 年初预算…，决算… per item, t4 公务接待费 in 元 in a 万元 document, a rate above
  100%: l1), 机关运行经费 with 增加 / 减少, 政府采购 (金额（以合同签订为准）为 / 支出总额) with 货物 / 工程 / 服务 and
  授予中小企业 / 小微企业合同金额 and shares, 面向中小企业预留 (t1);
- sentences that must give NO claim: a planned figure for next year (l1, t4, t5, t2), counts of vehicles / 批次 / 人次 /
  projects, percentages of something else (合格率, 机械化率, 覆盖率, shares of procurement), dates "2024年12月31日", a 类
  amount with its share (t1), the parts of a total.
Documents: t1 万元, t2 元, l1 万元 (.layout.txt), t4 万元, t5 万元, t6 元.

Claims typed (kind, code, name piece, fund_scope, figures): figures in 元 as PRINTED (a rate in percent, signed for a
change; a figure the sentence does not state is None); a kind ending in "?" is optional. Decisions:
- "决算数与年初预算数持平" / "基本持平" / "与年初预算持平" after both figures: an execution with no rate, no year_on_year;
- 调整预算 / 全年预算数 between: the execution keeps the 年初预算, the actual and the rate against the 年初预算 (完成调整
  预算的…% is no rate of it);
- "年初未安排预算，支出决算为X": budget 0 (the 一般公共预算 table's 年初 cell is blank), actual X;
- a 三公 item of 0 budget and 0 actual, and its "与上年持平": optional; a 三公 item's actual restated after its rate
  sentence ("公务用车购置及运行维护费6.84万元，主要用于…"): optional (the same figure), as rules_s28d;
- a change in a sentence of its own after the figure's ("2021年度“三公”经费财政拨款支出决算数比2020年度减少1.38万元，下降
  14.78%", t1): the year_on_year claim has no amount (the sentence states none), as rules_s33d types it;
- 收入总计 and 支出总计 stated apart: total_income_expenditure twice, as rules_s31d d08;
- 财政拨款支出 of both funds (t5) is no 财政拨款收入支出总计: a year_on_year claim only;
- 人员经费 / 公用经费 with a change: year_on_year claims (as final_claims/guangxi); without one: no claim;
- the parts of the procurement total, the 中小企业 amounts, shares, counts, dates, plans: no claims (not_claims)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s36d_lib import build, claims_of, d, expectations, flatten, not_claims_of, render, values  # noqa: E402

GB = "general_budget"
TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
EX = "execution"
SG = "sangong_execution"
YOY = "year_on_year"
OPS = "operating_costs"
PROC = "procurement_total"


def c(kind, code=None, name=None, scope=None, **figs):
    return (kind, code, name, scope, figs)


def ex(code, budget, actual, rate=None, name=None):
    return c(EX, code, name, GB, budget=budget, actual=actual, rate=rate)


def yoy(name, amount=None, change=None, rate=None, prior=None):
    return c(YOY, None, name, None, amount=amount, change=change, rate=rate, prior=prior)


def sg(name, budget=None, actual=None, rate=None, optional=False):
    return c(SG + ("?" if optional else ""), None, name, None, budget=budget, actual=actual, rate=rate)


def tot(kind, amount):
    return c(kind, None, None, None, amount=amount)


def item(code):
    """An item stated with its 年初预算, its actual and the rate between them."""
    return ex(code, "yb." + code, "gb." + code, f"gb.{code}/yb.{code}")


OUT, CAR, REC = "因公出国", "公务用车", "公务接待"
DOCS = []

# ------------------------------------------------------------------------------------------------ t1 万元 plain
DOCS.append(
    dict(
        file="t1_shanghai_jingan_rdb_2021_final.txt",
        note="plain 上海2021 人大常委会办公室 (万元), corpus putuo's wordings: 项 paragraphs '1、…（项）。主要用于：…。年初预算为 "
        "1,300.00 万元，支出决算为…万元。' (no rate), '决算数与年初预算数持平' / '基本持平', 0%, a page break inside '人大' / "
        "'会议（项）'; 三公 actuals with '完成预算的…%' per item; 政府采购金额（以合同签订为准）; 面向中小企业预留",
        kind="final_account",
        org="上海市静安区人大常委会办公室",
        year=2021,
        unit="万元",
        date="2022年9月",
        style=dict(
            labels="code1",
            gb_budget=True,
            label="表{n}",
            footer="- {n} -",
            hmode="row",
            running="上海市静安区人大常委会办公室2021年度部门决算",
        ),
        leaves="""
2010101 i_gp=1286.40 i_oth=6.20 gp_pe=986.20 gp_pu=286.50 nf_pu=6.20 yb_b=1300.00
2010104 i_gp=120.50 gp_p=118.32 yb_p=120.50
2010108 i_gp=86.00 gp_p=86.00 yb_p=86.00
2010150 i_gp=312.60 gp_pe=268.40 gp_pu=42.80 yb_b=300.00
2010199 i_gp=45.00 yb_p=45.00
2080505 i_gp=128.64 gp_pe=128.64 yb_b=126.00
2080506 i_gp=64.32 gp_pe=64.32 yb_b=63.00
2101101 i_gp=52.86 gp_pe=52.86 yb_b=55.00
2210201 i_gp=98.76 gp_pe=98.76 yb_b=96.00
2210203 i_gp=36.20 gp_pe=36.20 yb_b=36.20
""",
        cb="18.60",
        fcb="12.40",
        econ={
            "30102": "328.60",
            "30103": "96.00",
            "30107": "286.40",
            "30108": "128.64",
            "30109": "64.32",
            "30110": "52.86",
            "30113": "98.76",
            "30199": "12.40",
            "30302": "86.50",
            "30205": "3.20",
            "30206": "18.60",
            "30207": "6.40",
            "30211": "4.80",
            "30213": "22.60",
            "30215": "12.00",
            "30216": "8.50",
            "30217": "1.12",
            "30228": "28.40",
            "30231": "6.84",
            "30239": "86.40",
            "30299": "36.20",
            "31002": "18.60",
        },
        sangong_budget=("3.00", "0", "8.00", "2.50"),
        sangong=("0", "0", "6.84", "1.12"),
        check_grand="2256.08",
        check_gp="2169.00",
        extra={
            "prior.grand": "2198.46",
            "prior.fiscal": "2182.10",
            "prior.gp": "2124.50",
            "prior.sga": "9.34",
            "prior.pu": "318.40",
            "proc": "186.40",
            "goods": "22.60",
            "svc": "163.80",
            "perf": "268.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "上海市静安区人大常委会办公室是区人大常委会的办事机构，负责组织区人民代表大会及其常委会会议，承担代表联络、"
            "代表议案建议督办、立法调研和监督工作的服务保障。",
            "#二、部门决算单位构成",
            "纳入本部门2021年度决算编制范围的单位共2个，包括：区人大常委会办公室（本级）和区人大代表服务中心。",
            "#第二部分 2021年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "上海市静安区人大常委会办公室2021年度收入支出总计{grand}万元。与2020年度相比，收入支出总计增加{chg.grand}万元，"
            "增长{chg.grand/prior.grand}%。主要原因：区人大代表服务中心划入，人员经费相应增加。",
            "#二、收入决算情况说明",
            "本年收入合计{income}万元，其中：财政拨款收入{fin_in}万元，占{fin_in/income}%；其他收入{oth_in}万元，占"
            "{oth_in/income}%。",
            "#三、支出决算情况说明",
            "本年支出合计{spend}万元，其中：基本支出{basic}万元，占{basic/spend}%；项目支出{project}万元，占{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "上海市静安区人大常委会办公室2021年度财政拨款收入支出总计{fiscal}万元。与2020年度相比，财政拨款收入支出总计增加"
            "{chg.fiscal}万元，增长{chg.fiscal/prior.fiscal}%。主要原因：区人大代表服务中心划入。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "#（一）一般公共预算财政拨款支出决算总体情况",
            "一般公共预算财政拨款支出{gp}万元，占本年支出合计的{gp/spend}%。与2020年度相比，一般公共预算财政拨款支出增加"
            "{chg.gp}万元，增长{chg.gp/prior.gp}%。主要原因：区人大代表服务中心划入。",
            "#（二）一般公共预算财政拨款支出决算结构情况",
            "一般公共预算财政拨款支出{gp}万元，主要用于以下方面：一般公共服务支出（类）{cls.201}万元，占{cls.201/gp}%；社会"
            "保障和就业支出（类）{cls.208}万元，占{cls.208/gp}%；卫生健康支出（类）{cls.210}万元，占{cls.210/gp}%；住房保障"
            "支出（类）{cls.221}万元，占{cls.221/gp}%。",
            "#（三）一般公共预算财政拨款支出决算具体情况",
            "一般公共预算财政拨款支出年初预算为{yb}万元，支出决算为{gp}万元，完成年初预算的{gp/yb}%。决算数小于预算数的主要"
            "原因：个别代表履职培训项目调减。其中：",
            "1、一般公共服务支出（类）人大事务（款）行政运行（项）。主要用于：机关人员经费及公用经费等基本支出。年初预算为 "
            "{yb.2010101} 万元，支出决算为{gb.2010101}万元。决算数小于预算数的主要原因：人员调出及退休变化，减少人员经费开支。",
            "2、一般公共服务支出（类）人大事务（款）人大⇟会议（项）。主要用于：区人民代表大会及常委会会议的召开。年初预算为"
            "{yb.2010104}万元，支出决算为{gb.2010104}万元，完成年初预算的{gb.2010104/yb.2010104}%。决算数小于预算数的主要原因"
            "是会议会期压缩，会务费用减少。",
            "3、一般公共服务支出（类）人大事务（款）代表工作（项）。主要用于：代表履职活动和代表之家建设。年初预算为 "
            "{yb.2010108} 万元，支出决算为{gb.2010108}万元。决算数与年初预算数持平。",
            "4、一般公共服务支出（类）人大事务（款）事业运行（项）。主要用于：区人大代表服务中心的基本支出。年初预算为"
            "{yb.2010150}万元，支出决算为{gb.2010150}万元，完成年初预算的{gb.2010150/yb.2010150}%。决算数大于预算数的主要原因"
            "是代表服务中心年中划入，追加人员经费。",
            "5、一般公共服务支出（类）人大事务（款）其他人大事务支出（项）。主要用于：人大信息化平台升级。年初预算为"
            "{yb.2010199}万元，支出决算为0万元，完成年初预算的0%。主要原因是平台升级项目延至2022年实施。",
            "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：在职人员的"
            "基本养老保险支出。年初预算为{yb.2080505}万元，支出决算为{gb.2080505}万元，完成年初预算的"
            "{gb.2080505/yb.2080505}%。决算数大于预算数的主要原因：缴费基数调整。",
            "7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金⏎缴费支出（项）。主要用于：在职人员的职业"
            "年金缴费支出。年初预算为 {yb.2080506} 万元，支出决算为{gb.2080506}万元。决算数大于预算数的主要原因：缴费基数调整。",
            "8、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：在职人员基本医疗保险费。年初预算为"
            "{yb.2101101} 万元，支出决算为{gb.2101101}万元。决算数小于预算数的主要原因：人员调出。",
            "9、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。年初预算为 "
            "{yb.2210201} 万元，支出决算为{gb.2210201}万元。决算数大于预算数的主要原因：缴存基数调整。",
            "10、住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：在职人员住房购房补贴。年初预算为 {yb.2210203}"
            "万元，支出决算为{gb.2210203}万元。决算数与预算数基本持平。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "一般公共预算财政拨款基本支出{gpbasic}万元。其中：人员经费{pe}万元，主要包括：基本工资、津贴补贴、奖金、机关事业"
            "单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费；公用经费{pu}万元，主要包括：办公费、"
            "水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、其他交通费用、办公设备购置。",
            "#七、财政拨款“三公”经费支出决算情况说明",
            "#（一）“三公”经费财政拨款支出决算总体情况说明。",
            "“三公”经费财政拨款支出年初预算为{sgb}万元，支出决算为{sga}万元，完成预算的{sga/sgb}%，其中：因公出国（境）费"
            "决算为{sga.out}万元，完成预算的0%；公务用车购置及运行维护费支出决算为{sga.car}万元，完成预算的{sga.car/sgb.car}%；"
            "公务接待费支出决算为{sga.rec}万元，完成预算的{sga.rec/sgb.rec}%。2021年度“三公”经费支出决算数小于预算数的主要原因："
            "受疫情影响，未组织出国（境）考察。",
            "2021年度“三公”经费财政拨款支出决算数比2020年度减少{chg.sga}万元，下降{chg.sga/prior.sga}%。其中：因公出国"
            "（境）费支出决算与2020年度持平。",
            "#（二）“三公”经费财政拨款支出决算具体情况说明。",
            "1.因公出国（境）费：2021年度未发生因公出国（境）费支出。2.公务用车购置及运行维护费{sga.car}万元，主要用于机要"
            "通信和会议保障用车的燃料、维修、保险等支出；截至2021年12月31日，公务用车保有量2辆。3.公务接待费{sga.rec}万元，"
            "主要用于兄弟区人大来访交流，全年国内公务接待12批次，138人次。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "上海市静安区人大常委会办公室2021年度无政府性基金预算财政拨款收入和支出。",
            "#九、国有资本经营预算财政拨款收入支出决算情况说明",
            "上海市静安区人大常委会办公室2021年度无国有资本经营预算财政拨款收入和支出。",
            "#十、预算绩效管理情况",
            "本部门实行全过程绩效管理：编报绩效目标的2021年度项目4个，涉及预算金额{perf}万元；绩效自评的2021年度项目4个，"
            "平均得分96.50分。",
            "#十一、其他重要事项的情况说明",
            "#（一）机关运行经费支出情况",
            "2021年度机关运行经费支出{pu}万元，比2020年度增加{chg.pu}万元，增长{chg.pu/prior.pu}%。主要原因是代表服务中心"
            "划入，办公费用增加。",
            "#（二）政府采购支出情况",
            "上海市静安区人大常委会办公室2021年度政府采购金额（以合同签订为准）为{proc}万元，其中：货物采购金额{goods}万元、"
            "工程采购金额0万元、服务采购金额{svc}万元。2021年度本部门面向中小企业预留政府采购项目预算金额{svc}万元，面向小微企业"
            "预留政府采购项目预算金额0万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{svc}万元。",
            "#（三）国有资产占有使用情况说明",
            "截至2021年12月31日，上海市静安区人大常委会办公室共有车辆2辆，其中：机要通信用车1辆、其他用车1辆。单价100万元"
            "（含）以上设备（不含车辆）0台（套）。",
        ],
        claims=[
            tot(TIE, "grand"),
            yoy("收入支出总计", "grand", "chg.grand", "chg.grand/prior.grand"),
            tot(TI, "income"),
            tot(TE, "spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款收入支出总计", "fiscal", "chg.fiscal", "chg.fiscal/prior.fiscal"),
            yoy("一般公共预算财政拨款支出", "gp", "chg.gp", "chg.gp/prior.gp"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            ex("2010101", "yb.2010101", "gb.2010101"),
            item("2010104"),
            ex("2010108", "yb.2010108", "gb.2010108"),
            item("2010150"),
            ex("2010199", "yb.2010199", "=0", "=0"),
            item("2080505"),
            ex("2080506", "yb.2080506", "gb.2080506"),
            ex("2101101", "yb.2101101", "gb.2101101"),
            ex("2210201", "yb.2210201", "gb.2210201"),
            ex("2210203", "yb.2210203", "gb.2210203"),
            sg("三公", "sgb", "sga", "sga/sgb"),
            sg(OUT, None, "=0", "=0"),
            sg(CAR, None, "sga.car", "sga.car/sgb.car"),
            sg(REC, None, "sga.rec", "sga.rec/sgb.rec"),
            yoy("三公", None, "-chg.sga", "-chg.sga/prior.sga"),
            c(YOY + "?", None, OUT, None, change="=0"),
            sg(CAR, None, "sga.car", optional=True),
            sg(REC, None, "sga.rec", optional=True),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "chg.pu", "chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("财政拨款收入{fin_in}", "{fin_in}", "a part of the income with its share"),
            ("基本支出{basic}", "{basic}", "a part of the spending with its share"),
            ("一般公共服务支出（类）", "{cls.201}", "a 类 amount with its share"),
            ("人员经费{pe}", "{pe}", "人员经费 without a change"),
            ("货物采购金额{goods}", "{goods}", "a part of procurement"),
            ("面向中小企业预留", "{svc}", "the 中小企业 share of procurement"),
            ("共有车辆2辆", "2", "a count of cars"),
            ("截至2021年12月31日", "31", "a date"),
            ("单价100万元", "100", "a threshold"),
            ("涉及预算金额", "{perf}", "绩效 funds"),
            ("公务用车保有量2辆", "2", "a count of cars"),
            ("接待12批次", "138", "counts of visits"),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ t2 元 plain
DOCS.append(
    dict(
        file="t2_hubei_jiangan_kjj_2022_final.txt",
        note="plain 湖北2022 科学技术局 (元): chains with codes in brackets '科学技术支出（206）…（20601）行政运行（2060101）：', a 项 "
        "code before its name '（二）2060499 其他技术研究与开发支出：', 186.42%, 0.00% (budgeted, not spent), '年初未安排预算'; "
        "收入总计 / 支出总计 each with its change '比上年决算数'; 三公 in 元 per item with 年初预算 / 支出决算 / 完成预算的",
        kind="final_account",
        org="武汉市江岸区科学技术局",
        year=2022,
        unit="元",
        date="2023年9月",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="第{n}页"),
        leaves="""
2060101 i_gp=2864316.40 gp_pe=2286400.00 gp_pu=562318.20 yb_b=2900000.00
2060499 i_gp=5600000.00 gp_p=5592600.00 yb_p=3000000.00
2060702 i_gp=80000.00 yb_p=80000.00
2069999 i_gp=426500.00 gp_p=426500.00
2080505 i_gp=312480.00 gp_pe=312480.00 yb_b=300000.00
2080506 i_gp=156240.00 gp_pe=156240.00 yb_b=150000.00
2101101 i_gp=128650.00 gp_pe=128650.00 yb_b=130000.00
2210201 i_gp=268400.00 gp_pe=268400.00 yb_b=260000.00
""",
        cb="0",
        fcb="0",
        econ={
            "30102": "686400.00",
            "30103": "224000.00",
            "30107": "812600.00",
            "30108": "312480.00",
            "30109": "156240.00",
            "30110": "128650.00",
            "30113": "268400.00",
            "30199": "36800.00",
            "30205": "6200.00",
            "30206": "42600.00",
            "30207": "18400.00",
            "30211": "26800.00",
            "30213": "48600.00",
            "30216": "12400.00",
            "30217": "8600.00",
            "30228": "68420.00",
            "30231": "52400.00",
            "30239": "126000.00",
            "30299": "38600.00",
            "31002": "26000.00",
        },
        sangong_budget=("0", "0", "60000.00", "20000.00"),
        sangong=("0", "0", "52400.00", "8600.00"),
        check_grand="9836586.40",
        check_gp="9733588.20",
        extra={
            "prior.grand": "9312400.00",
            "prior.spend": "9826400.00",
            "prior.fiscal": "9312400.00",
            "prior.sga": "68400.00",
            "prior.sga.rec": "6200.00",
            "prior.pu": "536800.00",
            "proc": "1286400.00",
            "goods": "386400.00",
            "svc": "900000.00",
            "sme": "1046400.00",
            "small": "826400.00",
            "plan": "3000000.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "贯彻落实国家科技发展战略，拟订全区科技发展规划和政策；组织实施科技计划项目，推动科技成果转化；负责科技企业"
            "孵化、科学技术普及和知识产权促进工作。",
            "#二、部门决算单位构成",
            "纳入本部门2022年度决算编制范围的单位共1个，即武汉市江岸区科学技术局本级。",
            "#第二部分 2022年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "2022年度收入总计{grand}元，比上年决算数增加{chg.grand}元，增长{chg.grand/prior.grand}%；支出总计{grand}元，比上年"
            "决算数增加{chg.grand}元，增长{chg.grand/prior.grand}%。主要原因是年中追加科技创新券兑付资金。",
            "#二、收入决算情况说明",
            "本年收入合计{income}元，其中：财政拨款收入{fin_in}元，占本年收入合计的100%。",
            "#三、支出决算情况说明",
            "本年支出合计{spend}元，比上年决算数减少{chg.spend}元，下降{chg.spend/prior.spend}%。其中：基本支出{basic}元，"
            "占{basic/spend}%；项目支出{project}元，占{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "2022年度财政拨款收入支出决算总计{fiscal}元，比上年决算数增加{chg.fiscal}元，增长{chg.fiscal/prior.fiscal}%。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "2022年度一般公共预算财政拨款支出年初预算为{yb}元，支出决算为{gp}元，完成年初预算的{gp/yb}%。决算数大于年初预算"
            "数的主要原因是年中追加科技创新项目资金。其中：",
            "（一）科学技术支出（206）科学技术管理事务（20601）行政运行（2060101）：年初预算为{yb.2060101}元，支出决算为"
            "{gb.2060101}元，完成年初预算的{gb.2060101/yb.2060101}%，决算数小于年初预算数的主要原因是人员减少。",
            "（二）2060499 其他技术研究与开发支出：年初预算为{yb.2060499}元，支出决算为{gb.2060499}元，完成年初预算的"
            "{gb.2060499/yb.2060499}%，决算数大于年初预算数的主要原因是年中追加科技创新券兑付资金。",
            "（三）2060702 科普活动：年初预算为{yb.2060702}元，支出决算为0.00元，完成年初预算的0.00%，主要原因是全国科技活动周"
            "线下活动取消。",
            "（四）2069999 其他科学技术支出：年初未安排预算，支出决算为{gb.2069999}元，主要是年中追加的高新技术企业认定奖励资金。",
            "（五）社会保障和就业支出（208）行政事业单位养老支出（20805）机关事业单位基本养老保险缴费支出（2080505）：年初"
            "预算为{yb.2080505}元，支出决算为{gb.2080505}元，完成年初预算的{gb.2080505/yb.2080505}%。",
            "（六）社会保障和就业支出（208）行政事业单位养老支出（20805）机关事业单位职业年金⏎缴费支出（2080506）：年初预算为"
            "{yb.2080506}元，支出决算为{gb.2080506}元，完成年初预算的{gb.2080506/yb.2080506}%。",
            "（七）卫生健康支出（210）行政事业单位医疗（21011）行政单位医疗（2101101）：年初预算为{yb.2101101}元，支出决算为"
            "{gb.2101101}元，完成年初预算的{gb.2101101/yb.2101101}%。",
            "（八）住房保障支出（221）住房改革支出（22102）住房公积金（2210201）：年初预算为{yb.2210201}元，支出决算为"
            "{gb.2210201}元，完成年初预算的{gb.2210201/yb.2210201}%。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "2022年度一般公共预算财政拨款基本支出{gpbasic}元，其中：人员经费{pe}元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
            "社会保障缴费、住房公积金等；公用经费{pu}元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务接待费、"
            "工会经费、公务用车运行维护费、其他交通费用、办公设备购置等。",
            "#七、“三公”经费财政拨款支出决算情况说明",
            "2022年度“三公”经费财政拨款支出决算为{sga}元，完成预算的{sga/sgb}%，较上年减少{chg.sga}元，下降"
            "{chg.sga/prior.sga}%。其中：因公出国（境）费年初预算0元，支出决算0元；公务用车购置及运行维护费年初预算"
            "{sgb.car}元，支出决算{sga.car}元，完成预算的{sga.car/sgb.car}%；公务接待费年初预算{sgb.rec}元，支出决算"
            "{sga.rec}元，完成预算的{sga.rec/sgb.rec}%，较上年增加{chg.sga.rec}元，主要是接待省市科技部门调研增加。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "本部门2022年度无政府性基金预算财政拨款收入支出。",
            "#九、其他重要事项的情况说明",
            "（一）机关运行经费支出情况。2022年度机关运行经费支出{pu}元，较上年增加{chg.pu}元，增长{chg.pu/prior.pu}%，主要原因"
            "是办公场所搬迁，物业管理费增加。",
            "（二）政府采购支出情况。2022年度政府采购支出总额{proc}元，其中：政府采购货物支出{goods}元、政府采购工程支出0元、"
            "政府采购服务支出{svc}元。授予中小企业合同金额{sme}元，占政府采购支出总额的{sme/proc}%，其中：授予小微企业合同金额"
            "{small}元，占授予中小企业合同金额的{small/sme}%。",
            "（三）国有资产占有使用情况。截至2022年12月31日，本部门共有车辆1辆，其中一般公务用车1辆；单位价值50万元以上通用设备"
            "0台（套）。",
            "（四）下一步工作安排。2023年，我局将继续实施科技创新券制度，计划安排科技创新券兑付资金{plan}元。",
        ],
        claims=[
            tot(TIE, "grand"),
            yoy("收入总计", "grand", "chg.grand", "chg.grand/prior.grand"),
            tot(TIE, "grand"),
            yoy("支出总计", "grand", "chg.grand", "chg.grand/prior.grand"),
            tot(TI, "income"),
            tot(TE, "spend"),
            yoy("本年支出合计", "spend", "-chg.spend", "-chg.spend/prior.spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款", "fiscal", "chg.fiscal", "chg.fiscal/prior.fiscal"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            item("2060101"),
            item("2060499"),
            ex("2060702", "yb.2060702", "=0", "=0"),
            ex("2069999", "=0", "gb.2069999"),
            item("2080505"),
            item("2080506"),
            item("2101101"),
            item("2210201"),
            sg("三公", None, "sga", "sga/sgb"),
            yoy("三公", "sga", "-chg.sga", "-chg.sga/prior.sga"),
            sg(OUT, "=0", "=0", optional=True),
            sg(CAR, "sgb.car", "sga.car", "sga.car/sgb.car"),
            sg(REC, "sgb.rec", "sga.rec", "sga.rec/sgb.rec"),
            yoy(REC, "sga.rec", "chg.sga.rec"),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "chg.pu", "chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("财政拨款收入{fin_in}元，占本年收入合计的100%", "100", "a share"),
            ("基本支出{basic}", "{basic}", "a part of the spending with its share"),
            ("人员经费{pe}", "{pe}", "人员经费 without a change"),
            ("政府采购货物支出", "{goods}", "a part of procurement"),
            ("授予中小企业合同金额", "{sme}", "the 中小企业 share of procurement"),
            ("授予小微企业合同金额", "{small}", "the 小微企业 share of procurement"),
            ("共有车辆1辆", "1", "a count of cars"),
            ("单位价值50万元", "50", "a threshold"),
            ("计划安排科技创新券兑付资金", "{plan}", "a plan for next year"),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ l1 万元 layout
DOCS.append(
    dict(
        file="l1_sichuan_wuhou_swj_2023_final.layout.txt",
        note="layout 四川2023 商务局 (万元): 项 chains WITHOUT （类）（款）（项）: spaces, '-', '/', glued, the 项 name alone, "
        "类/款/项 as plain words; 调整预算 with '完成调整预算的…%' after the 年初 rate; 全年预算数 between; a chain cut over two "
        "lines; 三公 per item '年初预算为…，决算为…，完成预算的…%' (接待费 106.00%); 收入、支出决算总计均为 … 各减少; a plan",
        kind="final_account",
        org="成都市武侯区商务局",
        year=2023,
        unit="万元",
        date="2024年9月",
        style=dict(
            labels="code1", gb_budget=True, name_w=16, gap=5, wrap="overflow", label="表{n}", footer="{n}"
        ),
        leaves="""
2011308 i_gp=326.00 gp_p=318.60 yb_p=280.00
2080505 i_gp=58.62 gp_pe=58.62 yb_b=56.00
2080506 i_gp=29.31 gp_pe=29.31 yb_b=28.00
2101101 i_gp=24.86 gp_pe=24.86 yb_b=25.00
2160201 i_gp=486.32 gp_pe=386.40 gp_pu=98.62 yb_b=480.00
2160299 i_gp=1260.00 i_oth=12.40 gp_p=1246.85 nf_p=12.40 yb_p=1500.00
2210201 i_gp=46.80 gp_pe=46.80 yb_b=45.00
""",
        cb="36.50",
        fcb="30.00",
        econ={
            "30102": "96.40",
            "30103": "32.00",
            "30107": "84.60",
            "30108": "58.62",
            "30109": "29.31",
            "30110": "24.86",
            "30113": "46.80",
            "30205": "1.20",
            "30206": "6.40",
            "30207": "2.60",
            "30211": "3.80",
            "30213": "4.20",
            "30217": "3.18",
            "30228": "9.60",
            "30231": "5.42",
            "30239": "24.00",
            "30299": "8.60",
        },
        sangong_budget=("0", "0", "6.00", "3.00"),
        sangong=("0", "0", "5.42", "3.18"),
        check_grand="2280.81",
        check_gp="2210.06",
        extra={
            "prior.grand": "2468.35",
            "prior.fiscal": "2436.20",
            "prior.sga": "8.12",
            "prior.pu": "104.36",
            "adj.2011308": "330.00",
            "adj.2160299": "1260.00",
            "proc": "642.80",
            "goods": "48.60",
            "works": "120.00",
            "svc": "474.20",
            "sme": "586.40",
            "plan": "350.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "负责全区商贸流通、对外贸易和招商引资工作，拟订商务发展规划，推进消费市场建设和电子商务发展，组织重大招商活动。",
            "#二、部门决算单位构成",
            "纳入本部门2023年度决算编制范围的单位共1个，即成都市武侯区商务局本级。",
            "#第二部分 2023年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "2023年度收入、支出决算总计均为{grand}万元。与2022年度相比，收入、支出决算总计各减少{chg.grand}万元，下降"
            "{chg.grand/prior.grand}%。主要变动原因是消费券发放项目减少。",
            "#二、收入决算情况说明",
            "2023年度本年收入合计{income}万元，其中：一般公共预算财政拨款收入{fin_in}万元，占{fin_in/income}%；其他收入"
            "{oth_in}万元，占{oth_in/income}%。",
            "#三、支出决算情况说明",
            "2023年度本年支出合计{spend}万元，其中：基本支出{basic}万元，占{basic/spend}%；项目支出{project}万元，占"
            "{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "2023年度财政拨款收入支出决算总计{fiscal}万元，比2022年度减少{chg.fiscal}万元，下降{chg.fiscal/prior.fiscal}%。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "2023年度一般公共预算财政拨款支出年初预算为{yb}万元，支出决算为{gp}万元，完成年初预算的{gp/yb}%。其中：",
            "1.商业服务业等支出 商业流通事务 行政运行：年初预算为{yb.2160201}万元，支出决算为{gb.2160201}万元，完成年初预算的"
            "{gb.2160201/yb.2160201}%，主要原因是新进人员增加人员经费。",
            "2.一般公共服务支出-商贸事务-招商引资：年初预算为{yb.2011308}万元，调整预算为{adj.2011308}万元，支出决算为"
            "{gb.2011308}万元，完成年初预算的{gb.2011308/yb.2011308}%，完成调整预算的{gb.2011308/adj.2011308}%。决算数大于年初预算"
            "数的主要原因是年中追加重大项目招商推介活动经费。",
            "3.商业服务业等支出/商业流通事务/其他商业流通⏎事务支出：年初预算为{yb.2160299}万元，全年预算数为{adj.2160299}万元，"
            "支出决算为{gb.2160299}万元，完成年初预算的{gb.2160299/yb.2160299}%，主要原因是消费券发放规模压减。",
            "4.社会保障和就业支出行政事业单位养老支出机关事业单位基本养老保险缴费支出：年初预算为{yb.2080505}万元，支出决算为"
            "{gb.2080505}万元，完成年初预算的{gb.2080505/yb.2080505}%。",
            "5.社会保障和就业支出 行政事业单位养老支出 机关事业单位职业年金缴费支出：年初预算为{yb.2080506}万元，支出决算为"
            "{gb.2080506}万元，完成年初预算的{gb.2080506/yb.2080506}%。",
            "6.行政单位医疗：年初预算为{yb.2101101}万元，支出决算为{gb.2101101}万元，完成年初预算的{gb.2101101/yb.2101101}%。",
            "7.住房保障支出类住房改革支出款住房公积金项：年初预算为{yb.2210201}万元，支出决算为{gb.2210201}万元，完成年初预算的"
            "{gb.2210201/yb.2210201}%。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "2023年度一般公共预算财政拨款基本支出{gpbasic}万元，其中：人员经费{pe}万元，主要包括：基本工资、津贴补贴、奖金、"
            "绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金；公用经费{pu}万元，主要包括："
            "办公费、水费、电费、邮电费、差旅费、维修（护）费、公务接待费、工会经费、公务用车运行维护费、其他交通费用。",
            "#七、“三公”经费财政拨款支出决算情况说明",
            "2023年度“三公”经费财政拨款支出年初预算为{sgb}万元，决算为{sga}万元，完成预算的{sga/sgb}%，比2022年度增加"
            "{chg.sga}万元，增长{chg.sga/prior.sga}%。具体情况如下：",
            "（一）因公出国（境）费年初预算为0万元，决算为0万元，与预算持平。",
            "（二）公务用车购置及运行维护费年初预算为{sgb.car}万元，决算为{sga.car}万元，完成预算的{sga.car/sgb.car}%，全部为"
            "公务用车运行维护费，截至2023年12月31日，本部门公务用车保有量1辆。",
            "（三）公务接待费年初预算为{sgb.rec}万元，决算为{sga.rec}万元，完成预算的{sga.rec/sgb.rec}%，决算数大于预算数的主要"
            "原因是承接全市招商推介活动，全年共接待国内公务来访24批次，256人次。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "本部门2023年度无政府性基金预算财政拨款收入支出。",
            "#九、其他重要事项的情况说明",
            "（一）机关运行经费支出情况：2023年度本部门机关运行经费支出{pu}万元，比2022年度减少{chg.pu}万元，下降"
            "{chg.pu/prior.pu}%，主要原因是厉行节约，压减一般性支出。",
            "（二）政府采购支出情况：2023年度政府采购支出总额{proc}万元，其中：政府采购货物支出{goods}万元、政府采购工程支出"
            "{works}万元、政府采购服务支出{svc}万元。授予中小企业合同金额{sme}万元，占政府采购支出总额的{sme/proc}%。",
            "（三）国有资产占有使用情况：截至2023年12月31日，本部门共有车辆3辆，其中一般公务用车1辆、执法执勤用车2辆。",
            "（四）2024年工作安排：2024年部门预算安排招商引资经费{plan}万元，重点保障重大项目招商推介活动。",
        ],
        claims=[
            tot(TIE, "grand"),
            yoy("总计", "grand", "-chg.grand", "-chg.grand/prior.grand"),
            tot(TI, "income"),
            tot(TE, "spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款", "fiscal", "-chg.fiscal", "-chg.fiscal/prior.fiscal"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            item("2160201"),
            item("2011308"),
            item("2160299"),
            item("2080505"),
            item("2080506"),
            item("2101101"),
            item("2210201"),
            sg("三公", "sgb", "sga", "sga/sgb"),
            yoy("三公", "sga", "chg.sga", "chg.sga/prior.sga"),
            sg(OUT, "=0", "=0", optional=True),
            sg(CAR, "sgb.car", "sga.car", "sga.car/sgb.car"),
            sg(REC, "sgb.rec", "sga.rec", "sga.rec/sgb.rec"),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "-chg.pu", "-chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("调整预算为", "{adj.2011308}", "an adjusted budget"),
            ("完成调整预算的", "{gb.2011308/adj.2011308}", "a rate against the adjusted budget"),
            ("全年预算数为", "{adj.2160299}", "an adjusted (全年) budget"),
            ("人员经费{pe}", "{pe}", "人员经费 without a change"),
            ("政府采购工程支出", "{works}", "a part of procurement"),
            ("授予中小企业合同金额", "{sme}", "the 中小企业 share of procurement"),
            ("共有车辆3辆", "3", "a count of cars"),
            ("2024年部门预算安排招商引资经费", "{plan}", "next year's budget"),
            ("接待国内公务来访24批次", "256", "counts of visits"),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ t4 万元 plain
DOCS.append(
    dict(
        file="t4_jiangsu_gulou_sfj_2024_final.txt",
        note="plain 江苏2024 司法局 (万元): national '（一）…（类）…（款）…（项）。年初预算为…' numbered （一）; full-width digits "
        "'１２０．５０万元…９８．１９％'; 普法宣传 in 元 inside the 万元 document; 全年预算数 between (212.35%); '完成年初预算的100%' / "
        "'100.00%'; a page break between '年初预算为' and its figure; 公务接待费 in 元; a plan, a 合格率",
        kind="final_account",
        org="南京市鼓楼区司法局",
        year=2024,
        unit="万元",
        date="2025年9月",
        style=dict(
            labels="code1",
            gb_budget=True,
            label="表{n}",
            footer="- {n} -",
            running="南京市鼓楼区司法局2024年度部门决算",
        ),
        leaves="""
2040601 i_gp=1262.48 gp_pe=1036.20 gp_pu=218.36 yb_b=1250.00
2040604 i_gp=120.50 gp_p=118.32 yb_p=120.50
2040605 i_gp=8.60 gp_p=7.95 yb_p=8.60
2040607 i_gp=400.00 gp_p=382.23 yb_p=180.00
2040610 i_gp=96.00 gp_p=96.00 yb_p=96.00
2080505 i_gp=142.36 gp_pe=142.36 yb_b=140.00
2080506 i_gp=71.18 gp_pe=71.18 yb_b=70.00
2101101 i_gp=56.42 gp_pe=56.42 yb_b=58.00
2210201 i_gp=118.64 gp_pe=118.64 yb_b=118.64
""",
        cb="0",
        fcb="0",
        econ={
            "30102": "286.40",
            "30103": "84.00",
            "30107": "246.80",
            "30108": "142.36",
            "30109": "71.18",
            "30110": "56.42",
            "30113": "118.64",
            "30199": "16.20",
            "30205": "2.40",
            "30206": "14.60",
            "30207": "5.20",
            "30211": "6.80",
            "30213": "12.40",
            "30216": "6.20",
            "30217": "1.65",
            "30228": "24.60",
            "30231": "9.36",
            "30239": "62.40",
            "30299": "18.60",
        },
        sangong_budget=("0", "0", "10.00", "2.00"),
        sangong=("0", "0", "9.36", "1.65"),
        check_grand="2276.18",
        check_gp="2247.66",
        extra={
            "prior.grand": "2104.62",
            "prior.fiscal": "2104.62",
            "prior.gp": "2081.30",
            "prior.pu": "206.80",
            "adj.2040607": "400.00",
            "proc": "312.60",
            "goods": "36.80",
            "svc": "275.80",
            "sme": "286.40",
            "small": "212.60",
            "plan": "100.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "负责全区法治宣传教育、人民调解、社区矫正、公共法律服务体系建设、律师公证和法律援助工作的指导监督，承担区委全面"
            "依法治区委员会办公室的日常工作。",
            "#二、部门决算单位构成",
            "纳入本部门2024年度决算编制范围的单位共2个，包括：南京市鼓楼区司法局本级、南京市鼓楼区公共法律服务中心。",
            "#第二部分 2024年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "2024年度收入总计{grand}万元，支出总计{grand}万元。与2023年度相比，收、支总计各增加{chg.grand}万元，增长"
            "{chg.grand/prior.grand}%。主要原因是公共法律服务项目年中追加资金。",
            "#二、收入决算情况说明",
            "2024年度本年收入合计{income}万元，全部为财政拨款收入。",
            "#三、支出决算情况说明",
            "2024年度本年支出合计{spend}万元，其中：基本支出{basic}万元，占{basic/spend}%；项目支出{project}万元，占"
            "{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "2024年度财政拨款收入支出决算总计{fiscal}万元。与2023年度相比，财政拨款收、支总计各增加{chg.fiscal}万元，增长"
            "{chg.fiscal/prior.fiscal}%。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "#（一）财政拨款支出决算总体情况",
            "2024年度一般公共预算财政拨款支出{gp}万元，占本年支出合计的{gp/spend}%。与2023年度相比，一般公共预算财政拨款支出"
            "增加{chg.gp}万元，增长{chg.gp/prior.gp}%。",
            "#（二）一般公共预算财政拨款支出决算具体情况",
            "2024年度一般公共预算财政拨款支出年初预算为{yb}万元，支出决算为{gp}万元，完成年初预算的{gp/yb}%。其中：",
            "（一）公共安全支出（类）司法（款）行政运行（项）。年初预算为{yb.2040601}万元，支出决算为{gb.2040601}万元，完成"
            "年初预算的{gb.2040601/yb.2040601}%。决算数大于预算数的主要原因是人员增加。",
            "（二）公共安全支出（类）司法（款）基层司法业务（项）。年初预算为{yb.2040604:wfw}万元，支出决算为{gb.2040604:wfw}"
            "万元，完成年初预算的{gb.2040604/yb.2040604:pfw}％。决算数小于预算数的主要原因是人民调解员以奖代补资金按考核结果"
            "兑付。",
            "（三）公共安全支出（类）司法（款）普法宣传（项）。年初预算为{yb.2040605:y}元，支出决算为{gb.2040605:y}元，完成年初"
            "预算的{gb.2040605/yb.2040605}%。决算数小于预算数的主要原因是普法宣传品采购节约。",
            "（四）公共安全支出（类）司法（款）公共法律服务（项）。年初预算为{yb.2040607}万元，全年预算数为{adj.2040607}万元，"
            "支出决算为{gb.2040607}万元，完成年初预算的{gb.2040607/yb.2040607}%。决算数大于预算数的主要原因是年中追加法律援助"
            "和公共法律服务平台建设资金。",
            "（五）公共安全支出（类）司法（款）社区矫正（项）。年初预算为{yb.2040610}万元，支出决算为{gb.2040610}万元，完成年初"
            "预算的{gb.2040610/yb.2040610:p0}%。",
            "（六）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为⇟"
            "{yb.2080505}万元，支出决算为{gb.2080505}万元，完成年初预算的{gb.2080505/yb.2080505}%。",
            "（七）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为{yb.2080506}"
            "万元，支出决算为{gb.2080506}万元，完成年初预算的{gb.2080506/yb.2080506}%。",
            "（八）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为{yb.2101101}万元，支出决算为"
            "{gb.2101101}万元，完成年初预算的{gb.2101101/yb.2101101}%。",
            "（九）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为{yb.2210201}万元，支出决算为{gb.2210201}万元，"
            "完成年初预算的{gb.2210201/yb.2210201}%。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "2024年度一般公共预算财政拨款基本支出{gpbasic}万元，其中：人员经费{pe}万元，主要包括基本工资、津贴补贴、奖金、绩效"
            "工资、社会保障缴费、住房公积金；公用经费{pu}万元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、培训费、"
            "公务接待费、工会经费、公务用车运行维护费、其他交通费用。",
            "#七、“三公”经费财政拨款支出决算情况说明",
            "2024年度“三公”经费财政拨款支出年初预算为{sgb}万元，支出决算为{sga}万元，完成年初预算的{sga/sgb}%。其中：因公出国"
            "（境）费年初预算为0万元，支出决算为0万元；公务用车购置及运行维护费年初预算为{sgb.car}万元，支出决算为{sga.car}万元，"
            "完成预算的{sga.car/sgb.car}%，截至2024年12月31日，公务用车保有量4辆；公务接待费年初预算{sgb.rec:y}元，支出决算"
            "{sga.rec:y}元，完成预算的{sga.rec/sgb.rec}%。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "本部门2024年度无政府性基金预算财政拨款收入支出。",
            "#九、其他重要事项的情况说明",
            "（一）机关运行经费支出情况。2024年度机关运行经费支出{pu}万元，同比增加{chg.pu}万元，增长{chg.pu/prior.pu}%。",
            "（二）政府采购支出情况。2024年度政府采购支出总额{proc}万元，其中：政府采购货物支出{goods}万元、政府采购服务支出"
            "{svc}万元。授予中小企业合同金额{sme}万元，占政府采购支出总额的{sme/proc}%，其中授予小微企业合同金额{small}万元。",
            "（三）国有资产占有使用情况。截至2024年12月31日，本部门共有车辆4辆，其中执法执勤用车3辆、其他用车1辆。",
            "（四）其他需要说明的事项。2024年度全区律师事务所年度考核合格率98.50%。2025年拟安排社区矫正经费{plan}万元。",
        ],
        claims=[
            tot(TIE, "grand"),
            tot(TIE, "grand"),
            yoy("收、支总计", "grand", "chg.grand", "chg.grand/prior.grand"),
            tot(TI, "income"),
            tot(TE, "spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款", "fiscal", "chg.fiscal", "chg.fiscal/prior.fiscal"),
            yoy("一般公共预算财政拨款支出", "gp", "chg.gp", "chg.gp/prior.gp"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            item("2040601"),
            ex("2040604", "yb.2040604:wfw", "gb.2040604:wfw", "gb.2040604/yb.2040604:pfw"),
            ex("2040605", "yb.2040605:y", "gb.2040605:y", "gb.2040605/yb.2040605"),
            item("2040607"),
            ex("2040610", "yb.2040610", "gb.2040610", "gb.2040610/yb.2040610:p0"),
            item("2080505"),
            item("2080506"),
            item("2101101"),
            item("2210201"),
            sg("三公", "sgb", "sga", "sga/sgb"),
            sg(OUT, "=0", "=0", optional=True),
            sg(CAR, "sgb.car", "sga.car", "sga.car/sgb.car"),
            sg(REC, "sgb.rec:y", "sga.rec:y", "sga.rec/sgb.rec"),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "chg.pu", "chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("全年预算数为", "{adj.2040607}", "an adjusted (全年) budget"),
            ("基本支出{basic}", "{basic}", "a part of the spending with its share"),
            ("人员经费{pe}", "{pe}", "人员经费 without a change"),
            ("授予中小企业合同金额", "{sme}", "the 中小企业 share of procurement"),
            ("公务用车保有量4辆", "4", "a count of cars"),
            ("共有车辆4辆", "4", "a count of cars"),
            ("考核合格率98.50%", "98.50", "a percentage of something else"),
            ("2025年拟安排社区矫正经费", "{plan}", "a plan for next year"),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ t5 万元 plain
DOCS.append(
    dict(
        file="t5_shandong_huaiyin_nyncj_2025_final.txt",
        note="plain 山东2025 农业农村局 (万元): 收入总计 / 支出总计 each '减少…，下降…%'; 本年收入合计 with its change; 财政拨款"
        "支出 of both funds with its change; 人员经费 / 公用经费 each with a change; 三公 per item '年初预算…，支出决算…，完成预算"
        "的…%，比上年减少…'; 政府采购 with 货物 / 工程 / 服务 and 中小企业 shares by kind; 车辆12辆, 机械化率, a plan, dates",
        kind="final_account",
        org="济南市槐荫区农业农村局",
        year=2025,
        unit="万元",
        date="2026年8月",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="第 {n} 页"),
        leaves="""
2080505 i_gp=168.40 gp_pe=168.40 yb_b=165.00
2080506 i_gp=84.20 gp_pe=84.20 yb_b=82.00
2101101 i_gp=62.36 gp_pe=62.36 yb_b=60.00
2120804 i_gf=300.00 gf_p=300.00
2130101 i_gp=612.48 gp_pe=486.30 gp_pu=118.42 yb_b=600.00
2130104 i_gp=846.20 gp_pe=712.60 gp_pu=126.40 yb_b=860.00
2130122 i_gp=1860.00 i_oth=24.60 gp_p=1842.36 nf_p=24.60 yb_p=1500.00
2130126 i_gp=320.00 gp_p=318.40 yb_p=320.00
2130148 i_gp=86.00 gp_p=85.62 yb_p=90.00
2130153 i_gp=2460.00 gp_p=2458.20 yb_p=2000.00
2210201 i_gp=146.80 gp_pe=146.80 yb_b=145.00
""",
        cb="120.00",
        fcb="96.00",
        econ={
            "30102": "312.40",
            "30103": "96.00",
            "30107": "346.20",
            "30108": "168.40",
            "30109": "84.20",
            "30110": "62.36",
            "30113": "146.80",
            "30199": "22.60",
            "30205": "3.60",
            "30206": "18.40",
            "30207": "4.80",
            "30211": "8.60",
            "30213": "16.20",
            "30216": "4.40",
            "30217": "3.46",
            "30228": "26.40",
            "30231": "16.62",
            "30239": "58.00",
            "30299": "22.40",
        },
        sangong_budget=("0", "25.00", "18.00", "4.00"),
        sangong=("0", "24.80", "16.62", "3.46"),
        check_grand="7091.04",
        check_gp="6610.06",
        extra={
            "prior.grand": "7486.20",
            "prior.income": "7342.60",
            "prior.fspend": "6420.30",
            "prior.pe": "1598.40",
            "prior.pu": "252.60",
            "prior.sga.car": "45.20",
            "proc": "1862.40",
            "goods": "126.40",
            "works": "1460.00",
            "svc": "276.00",
            "sme": "1648.60",
            "small": "1206.80",
            "plan": "3000.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "负责全区农业农村发展规划、粮食和重要农产品生产、高标准农田建设、农业技术推广、渔业发展和农村社会事业管理工作。",
            "#二、部门决算单位构成",
            "纳入本部门2025年度决算编制范围的单位共3个，包括：局机关、区农业技术推广站、区农村经营管理服务中心。",
            "#第二部分 2025年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "2025年度收入总计{grand}万元，支出总计{grand}万元。与2024年度相比，收入总计减少{chg.grand}万元，下降"
            "{chg.grand/prior.grand}%；支出总计减少{chg.grand}万元，下降{chg.grand/prior.grand}%。主要原因是农业生产发展项目"
            "资金减少。",
            "#二、收入决算情况说明",
            "2025年度本年收入合计{income}万元，比上年减少{chg.income}万元，下降{chg.income/prior.income}%。其中：财政拨款收入"
            "{fin_in}万元，占{fin_in/income}%；其他收入{oth_in}万元，占{oth_in/income}%。",
            "#三、支出决算情况说明",
            "2025年度本年支出合计{spend}万元，其中：基本支出{basic}万元，占{basic/spend}%；项目支出{project}万元，占"
            "{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "2025年度财政拨款收入支出决算总计{fiscal}万元。2025年度财政拨款支出{fspend}万元，其中：一般公共预算财政拨款支出"
            "{gp}万元，政府性基金预算财政拨款支出{gf}万元。与2024年度相比，财政拨款支出增加{chg.fspend}万元，增长"
            "{chg.fspend/prior.fspend}%。主要原因是高标准农田建设任务增加。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "2025年度一般公共预算财政拨款支出年初预算为{yb}万元，支出决算为{gp}万元，完成年初预算的{gp/yb}%。决算数大于年初"
            "预算数的主要原因是年中追加高标准农田建设和农业生产发展资金。其中：",
            "（一）农林水支出（类）农业农村（款）行政运行（项）。年初预算为{yb.2130101}万元，支出决算为{gb.2130101}万元，完成"
            "年初预算的{gb.2130101/yb.2130101}%。决算数大于预算数的主要原因是人员工资标准调整。",
            "（二）农林水支出（类）农业农村（款）事业运行（项）。年初预算为{yb.2130104}万元，支出决算为{gb.2130104}万元，完成"
            "年初预算的{gb.2130104/yb.2130104}%。决算数小于预算数的主要原因是人员退休。",
            "（三）农林水支出（类）农业农村（款）农业生产发展（项）。年初预算为{yb.2130122}万元，支出决算为{gb.2130122}万元，"
            "完成年初预算的{gb.2130122/yb.2130122}%。决算数大于预算数的主要原因是追加耕地地力保护补贴资金。",
            "（四）农林水支出（类）农业农村（款）农村社会事业（项）。年初预算为{yb.2130126}万元，支出决算为{gb.2130126}万元，"
            "完成年初预算的{gb.2130126/yb.2130126}%。",
            "（五）农林水支出（类）农业农村（款）渔业发展（项）。年初预算为{yb.2130148}万元，支出决算为{gb.2130148}万元，完成"
            "年初预算的{gb.2130148/yb.2130148}%。",
            "（六）农林水支出（类）农业农村（款）农田建设（项）。年初预算为{yb.2130153}万元，支出决算为{gb.2130153}万元，完成"
            "年初预算的{gb.2130153/yb.2130153}%。决算数大于预算数的主要原因是新增高标准农田建设任务5000亩。",
            "（七）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为"
            "{yb.2080505}万元，支出决算为{gb.2080505}万元，完成年初预算的{gb.2080505/yb.2080505}%。",
            "（八）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为"
            "{yb.2080506}万元，支出决算为{gb.2080506}万元，完成年初预算的{gb.2080506/yb.2080506}%。",
            "（九）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为{yb.2101101}万元，支出决算为"
            "{gb.2101101}万元，完成年初预算的{gb.2101101/yb.2101101}%。",
            "（十）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为{yb.2210201}万元，支出决算为{gb.2210201}万元，"
            "完成年初预算的{gb.2210201/yb.2210201}%。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "2025年度一般公共预算财政拨款基本支出{gpbasic}万元，其中：人员经费{pe}万元，较上年增加{chg.pe}万元，增长"
            "{chg.pe/prior.pe}%，主要原因是工资标准调整；公用经费{pu}万元，较上年减少{chg.pu}万元，下降{chg.pu/prior.pu}%，"
            "主要原因是压减一般性支出。",
            "#七、“三公”经费财政拨款支出决算情况说明",
            "2025年度“三公”经费财政拨款支出年初预算为{sgb}万元，支出决算为{sga}万元，完成预算的{sga/sgb}%。具体情况如下：",
            "（一）因公出国（境）费：年初预算0万元，支出决算0万元，与上年持平。",
            "（二）公务用车购置及运行维护费：年初预算{sgb.car}万元，支出决算{sga.car}万元，完成预算的{sga.car/sgb.car}%，比上年"
            "减少{chg.sga.car}万元，下降{chg.sga.car/prior.sga.car}%。其中：公务用车购置费{sga.buy}万元，更新执法执勤用车1辆；"
            "公务用车运行维护费{sga.run}万元，主要用于农业执法检查用车的燃料、维修、保险等支出。截至2025年12月31日，本部门共有"
            "车辆12辆。",
            "（三）公务接待费：年初预算{sgb.rec}万元，支出决算{sga.rec}万元，完成预算的{sga.rec/sgb.rec}%，全年共接待国内公务"
            "来访36批次，420人次。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "2025年度政府性基金预算财政拨款收入{gf}万元，支出{gf}万元，全部用于农村基础设施建设。",
            "#九、其他重要事项的情况说明",
            "（一）机关运行经费支出情况。2025年度本部门机关运行经费支出{pu}万元，比2024年度减少{chg.pu}万元，下降"
            "{chg.pu/prior.pu}%。",
            "（二）政府采购支出情况。2025年度政府采购支出总额{proc}万元，其中：政府采购货物支出{goods}万元、政府采购工程支出"
            "{works}万元、政府采购服务支出{svc}万元。授予中小企业合同金额{sme}万元，占政府采购支出总额的{sme/proc}%，其中："
            "授予小微企业合同金额{small}万元，占授予中小企业合同金额的{small/sme}%；货物采购授予中小企业合同金额占货物支出金额的"
            "100%，工程采购授予中小企业合同金额占工程支出金额的88.00%。",
            "（三）国有资产占有使用情况。截至2025年12月31日，本部门共有车辆12辆，其中执法执勤用车8辆、特种专业技术用车4辆；"
            "单价100万元以上专用设备2台（套）。",
            "（四）其他说明。2025年全区农作物耕种收综合机械化率达到92.50%。2026年计划安排高标准农田建设资金{plan}万元。",
        ],
        claims=[
            tot(TIE, "grand"),
            tot(TIE, "grand"),
            yoy("收入总计", "grand", "-chg.grand", "-chg.grand/prior.grand"),
            yoy("支出总计", "grand", "-chg.grand", "-chg.grand/prior.grand"),
            tot(TI, "income"),
            yoy("本年收入合计", "income", "-chg.income", "-chg.income/prior.income"),
            tot(TE, "spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款支出", "fspend", "chg.fspend", "chg.fspend/prior.fspend"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            item("2130101"),
            item("2130104"),
            item("2130122"),
            item("2130126"),
            item("2130148"),
            item("2130153"),
            item("2080505"),
            item("2080506"),
            item("2101101"),
            item("2210201"),
            yoy("人员经费", "pe", "chg.pe", "chg.pe/prior.pe"),
            yoy("公用经费", "pu", "-chg.pu", "-chg.pu/prior.pu"),
            sg("三公", "sgb", "sga", "sga/sgb"),
            sg(OUT, "=0", "=0", optional=True),
            c(YOY + "?", None, OUT, None, amount="=0", change="=0"),
            sg(CAR, "sgb.car", "sga.car", "sga.car/sgb.car"),
            yoy(CAR, "sga.car", "-chg.sga.car", "-chg.sga.car/prior.sga.car"),
            sg(REC, "sgb.rec", "sga.rec", "sga.rec/sgb.rec"),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "-chg.pu", "-chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("一般公共预算财政拨款支出{gp}万元，政府性基金", "{gp}", "a part of 财政拨款支出"),
            ("公务用车购置费{sga.buy}", "{sga.buy}", "a part of the vehicles' spending"),
            ("共有车辆12辆", "12", "a count of cars"),
            ("接待国内公务来访36批次", "420", "counts of visits"),
            ("政府采购工程支出", "{works}", "a part of procurement"),
            ("授予小微企业合同金额", "{small}", "the 小微企业 share of procurement"),
            ("工程支出金额的88.00%", "88.00", "a share of procurement"),
            ("综合机械化率达到92.50%", "92.50", "a percentage of something else"),
            ("2026年计划安排高标准农田建设资金", "{plan}", "a plan for next year"),
            ("单价100万元以上", "100", "a threshold"),
            ("新增高标准农田建设任务5000亩", "5000", "a count of 亩"),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ t6 元 plain
DOCS.append(
    dict(
        file="t6_guangdong_yuexiu_wjj_2022_final.txt",
        note="plain 广东2022 卫生健康局 (元): a 项 chain cut by a PAGE BREAK with a running head ('突发公共卫生' / footer / head / "
        "'事件应急处理（项）'), a chain cut over two lines, '决算数与年初预算数持平', '完成年初预算的100%', 1086.42%, 0.00%; the "
        "whole '比年初预算X元增加Y元'; '与上年度决算数X元相比，减少…' (the prior stated); 三公 in 元; 覆盖率, counts",
        kind="final_account",
        org="广州市越秀区卫生健康局",
        year=2022,
        unit="元",
        date="2023年9月",
        style=dict(
            labels="code1",
            gb_budget=True,
            label="表{n}",
            footer="{n}",
            hmode="row",
            running="广州市越秀区卫生健康局2022年度部门决算",
        ),
        leaves="""
2080505 i_gp=642180.00 gp_pe=642180.00 yb_b=640000.00
2080506 i_gp=321090.00 gp_pe=321090.00 yb_b=320000.00
2100101 i_gp=4862310.50 gp_pe=3864200.00 gp_pu=986420.50 yb_b=4800000.00
2100402 i_gp=1286400.00 gp_pe=1086400.00 gp_pu=200000.00 yb_b=1286400.00
2100403 i_gp=2650000.00 gp_p=2650000.00 yb_p=2650000.00
2100408 i_gp=8642000.00 gp_p=8616420.60 yb_p=8000000.00
2100410 i_gp=5432100.00 gp_p=5432100.00 yb_p=500000.00
2100499 yb_p=120000.00
2101101 i_gp=286400.00 gp_pe=286400.00 yb_b=280000.00
2210201 i_gp=548600.00 gp_pe=548600.00 yb_b=540000.00
""",
        cb="65000.00",
        fcb="65000.00",
        econ={
            "30102": "1286400.00",
            "30103": "420000.00",
            "30107": "1648200.00",
            "30108": "642180.00",
            "30109": "321090.00",
            "30110": "286400.00",
            "30113": "548600.00",
            "30199": "64200.00",
            "30205": "18600.00",
            "30206": "86400.00",
            "30207": "24600.00",
            "30211": "42800.00",
            "30213": "126400.00",
            "30216": "28600.00",
            "30217": "18450.00",
            "30228": "126800.00",
            "30231": "72640.00",
            "30239": "286000.00",
            "30299": "86400.00",
            "31002": "64000.00",
        },
        sangong_budget=("0", "0", "80000.00", "30000.00"),
        sangong=("0", "0", "72640.00", "18450.00"),
        check_grand="24736080.50",
        check_gp="24633811.10",
        extra={
            "prior.grand": "26842600.00",
            "prior.fiscal": "26776400.00",
            "prior.sga": "98600.00",
            "prior.pu": "1236400.00",
            "proc": "3864200.00",
            "goods": "2486400.00",
            "svc": "1377800.00",
            "sme": "3264200.00",
        },
        say=[
            "#第一部分 部门概况",
            "#一、主要职能",
            "负责全区医疗卫生服务体系建设、公共卫生和疾病预防控制、基层卫生健康和妇幼健康服务管理，组织实施基本公共卫生服务"
            "项目和突发公共卫生事件应急处置。",
            "#二、部门决算单位构成",
            "纳入本部门2022年度决算编制范围的单位共3个，包括：局机关、区卫生监督所、区妇幼保健院。",
            "#第二部分 2022年度部门决算情况说明",
            "#一、收入支出决算总体情况说明",
            "本年度收入总计、支出总计均为{grand}元，与上年度决算数{prior.grand}元相比，减少{chg.grand}元，下降"
            "{chg.grand/prior.grand}%，主要原因是疫情防控物资储备支出减少。",
            "#二、收入决算情况说明",
            "本年收入合计{income}元，其中：财政拨款收入{fin_in}元，占本年收入合计的100.00%。",
            "#三、支出决算情况说明",
            "本年支出合计{spend}元，其中：基本支出{basic}元，占{basic/spend}%；项目支出{project}元，占{project/spend}%。",
            "#四、财政拨款收入支出决算总体情况说明",
            "2022年度财政拨款收入支出决算总计{fiscal}元，较上年减少{chg.fiscal}元，下降{chg.fiscal/prior.fiscal}%。",
            "#五、一般公共预算财政拨款支出决算情况说明",
            "2022年度一般公共预算财政拨款支出决算为{gp}元，比年初预算{yb}元增加{gp-yb}元，完成年初预算的{gp/yb}%。主要原因是"
            "年中追加新冠疫情防控和基本公共卫生服务资金。具体情况如下：",
            "1.卫生健康支出（类）卫生健康管理事务（款）行政运行（项）。年初预算为{yb.2100101}元，支出决算为{gb.2100101}元，"
            "完成年初预算的{gb.2100101/yb.2100101}%。",
            "2.卫生健康支出（类）公共卫生（款）卫生监督机构（项）。年初预算为{yb.2100402}元，支出决算为{gb.2100402}元，决算数与"
            "年初预算数持平。",
            "3.卫生健康支出（类）公共卫生（款）妇幼保健机构（项）。年初预算为{yb.2100403}元，支出决算为{gb.2100403}元，完成年初"
            "预算的{gb.2100403/yb.2100403:p0}%。",
            "4.卫生健康支出（类）公共卫生（款）基本公共卫生⏎服务（项）。年初预算为{yb.2100408}元，支出决算为{gb.2100408}元，"
            "完成年初预算的{gb.2100408/yb.2100408}%。主要原因是追加家庭医生签约服务补助。",
            "5.卫生健康支出（类）公共卫生（款）突发公共卫生⇟事件应急处理（项）。年初预算为{yb.2100410}元，支出决算为"
            "{gb.2100410}元，完成年初预算的{gb.2100410/yb.2100410}%。决算数大于预算数的主要原因是年中追加新冠疫情防控资金。",
            "6.卫生健康支出（类）公共卫生（款）其他公共卫生支出（项）。年初预算为{yb.2100499}元，支出决算为0.00元，完成年初预算"
            "的0.00%。主要原因是爱国卫生运动项目因疫情取消。",
            "7.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为"
            "{yb.2080505}元，支出决算为{gb.2080505}元，完成年初预算的{gb.2080505/yb.2080505}%。",
            "8.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为{yb.2080506}元，"
            "支出决算为{gb.2080506}元，完成年初预算的{gb.2080506/yb.2080506}%。",
            "9.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为{yb.2101101}元，支出决算为{gb.2101101}元，"
            "完成年初预算的{gb.2101101/yb.2101101}%。",
            "10.住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为{yb.2210201}元，支出决算为{gb.2210201}元，完成"
            "年初预算的{gb.2210201/yb.2210201}%。",
            "#六、一般公共预算财政拨款基本支出决算情况说明",
            "2022年度一般公共预算财政拨款基本支出{gpbasic}元，其中：人员经费{pe}元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
            "社会保障缴费、住房公积金等；公用经费{pu}元，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、"
            "工会经费、公务用车运行维护费、其他交通费用、办公设备购置等。",
            "#七、“三公”经费财政拨款支出决算情况说明",
            "2022年度“三公”经费财政拨款支出年初预算为{sgb}元，支出决算为{sga}元，完成年初预算的{sga/sgb}%，比上年减少"
            "{chg.sga}元，下降{chg.sga/prior.sga}%。其中：因公出国（境）费支出决算为0元；公务用车购置及运行维护费年初预算为"
            "{sgb.car}元，支出决算为{sga.car}元，完成年初预算的{sga.car/sgb.car}%；公务接待费年初预算为{sgb.rec}元，支出决算为"
            "{sga.rec}元，完成年初预算的{sga.rec/sgb.rec}%，全年接待15批次、162人次。",
            "#八、政府性基金预算财政拨款收入支出决算情况说明",
            "本部门2022年度无政府性基金预算财政拨款收入支出。",
            "#九、其他重要事项的情况说明",
            "（一）机关运行经费支出情况。2022年度机关运行经费支出{pu}元，比上年减少{chg.pu}元，下降{chg.pu/prior.pu}%。",
            "（二）政府采购支出情况。2022年度政府采购支出总额{proc}元，其中：政府采购货物支出{goods}元、政府采购服务支出{svc}元。"
            "授予中小企业合同金额{sme}元，占政府采购支出总额的{sme/proc}%。",
            "（三）国有资产占有使用情况。截至2022年12月31日，本部门共有车辆5辆，其中应急保障用车3辆、特种专业技术用车2辆；单价"
            "50万元以上通用设备3台（套）。",
            "（四）其他说明。2022年全区家庭医生签约服务覆盖率达到42.60%，65岁以上老年人健康管理率达到71.20%。",
        ],
        claims=[
            tot(TIE, "grand"),
            yoy("总计", "grand", "-chg.grand", "-chg.grand/prior.grand", "prior.grand"),
            tot(TI, "income"),
            tot(TE, "spend"),
            tot(FT, "fiscal"),
            yoy("财政拨款", "fiscal", "-chg.fiscal", "-chg.fiscal/prior.fiscal"),
            ex(None, "yb", "gp", "gp/yb", name="一般公共预算"),
            item("2100101"),
            ex("2100402", "yb.2100402", "gb.2100402"),
            ex("2100403", "yb.2100403", "gb.2100403", "gb.2100403/yb.2100403:p0"),
            item("2100408"),
            item("2100410"),
            ex("2100499", "yb.2100499", "=0", "=0"),
            item("2080505"),
            item("2080506"),
            item("2101101"),
            item("2210201"),
            sg("三公", "sgb", "sga", "sga/sgb"),
            yoy("三公", "sga", "-chg.sga", "-chg.sga/prior.sga"),
            sg(OUT, None, "=0", optional=True),
            sg(CAR, "sgb.car", "sga.car", "sga.car/sgb.car"),
            sg(REC, "sgb.rec", "sga.rec", "sga.rec/sgb.rec"),
            tot(OPS, "pu"),
            yoy("机关运行经费", "pu", "-chg.pu", "-chg.pu/prior.pu"),
            tot(PROC, "proc"),
        ],
        not_claims=[
            ("财政拨款收入{fin_in}元，占本年收入合计的100.00%", "100.00", "a share"),
            ("基本支出{basic}", "{basic}", "a part of the spending with its share"),
            ("人员经费{pe}", "{pe}", "人员经费 without a change"),
            ("授予中小企业合同金额", "{sme}", "the 中小企业 share of procurement"),
            ("政府采购货物支出", "{goods}", "a part of procurement"),
            ("共有车辆5辆", "5", "a count of cars"),
            ("单价50万元以上", "50", "a threshold"),
            ("签约服务覆盖率达到42.60%", "42.60", "a percentage of something else"),
            ("全年接待15批次", "162", "counts of visits"),
        ],
    )
)


BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _tabs, _info = build(_doc)
    flatten(_doc, _tabs)
    _V = values(_doc, _info)
    _x = _doc.get("extra", {})
    if "proc" in _x:  # the procurement parts add up to the total
        assert sum(d(_x.get(k)) for k in ("goods", "works", "svc")) == d(_x["proc"]), _doc["file"]
    _text = render(_doc, _V)
    BUILT[_doc["file"]] = (_doc, _tabs, _info, _text)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_doc, _tabs),
        claims=claims_of(_doc, _V),
        not_claims=not_claims_of(_doc, _V),
    )
