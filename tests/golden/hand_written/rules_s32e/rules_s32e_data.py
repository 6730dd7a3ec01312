"""Expected readings of the rules_s32e inputs: eight WHOLE reports as pdftotext -layout text (.layout.txt), four
部门预算 and four 部门决算, of province-years the earlier sets did not use (广东2023, 湖北2021, 四川2022, 福建2024
budgets; 河北2024, 云南2022, 贵州2022, 湖南2023 final accounts), each with a cover, a 目录, a 概况, a 说明 with
figures, every table of its template (eleven: the nine, 机关运行经费 and 政府采购) and a 名词解释. Their tables
print figures that are NOT the report's own beside its own: the parser must load the own and say (not load) the
others.

Shapes attacked (documents):
- budgets' coded tables printing another year beside the year's 合计 | 基本支出 | 项目支出: 上年预算数 before
  本年预算数 (a group over 合计 | 基本支出 | 项目支出) and 比上年增减 over 增减额 | 增减% (b1 部门支出总表, b1 政府性基金
  表); "2022年执行数" | "2023年预算数" over 小计 | 基本支出 | 项目支出 | 增减额 | 增减率(%) (b1 一般公共预算支出表); years
  in the header "2020年预算数 | 2021年预算数" (b2 支出总表), "2023年决算数 | 2024年预算数" (b4 支出总表: the other
  year's figure is a 决算数 in a budget); 比上年增减 over 金额 | 幅度(%) (b2 一般公共预算支出表: 金额 names the
  change, not an amount of the year); 上年预算数 AND 上年执行数 before the year's, 比上年执行数增减 after (b3 支出总表);
  a 增减% column alone (b3 一般公共预算支出表); the year's own FIRST, the other year after it ("2024年预算数" over
  合计 | 基本支出 | 项目支出, then "2023年预算数", 增减额: b4 一般公共预算支出表); 上年预算数 | 本年预算数 over 合计 |
  人员经费 | 公用经费 in the 基本支出表 (b2);
- rows printing only the other year: a 项 the unit no longer has, its 上年 figure and a negative change, no figure
  of its own (b1 2081099, b2 2050299, f4 2100410 in the 支出决算表); a new 项 (上年 blank, 增减% blank: b3 2040699,
  f1 2130335);
- 三公 tables: items as rows with 2022年预算数 | 2023年预算数 | 增减额 | 增减率 (b1), 上年预算数 | 本年预算数 | 比上年增减
  (b3), the year's first: 2024年预算数 | 2023年预算数 | 增减额 | 增减率 (b4); items as columns, each over 上年预算数 |
  本年预算数 (b2: twelve columns, the vehicle group over 小计 | 购置费 | 运行费 over the two years); a final's items as
  rows with 2024年预算数 | 2024年决算数 | 2023年决算数 | 决算比上年增减 (f1), 预算数 | 决算数 | 完成率（%）(f2),
  2022年决算数 | 2023年预算数 | 2023年决算数 | 增减额 (f4); items as columns over three blocks 上年决算数 | 年初预算数 |
  决算数 (f3: eighteen columns);
- final accounts' 一般公共预算财政拨款支出决算表 with 年初预算数 (小计 | 基本支出 | 项目支出) | 调整预算数 | 决算数 (小计 |
  基本支出 | 项目支出) | 完成率（%）(f1); 年初预算数 | 调整预算数 | 决算数 (小计 | 基本 | 项目) | 决算数占调整预算数%
  (f2: 年初 and 调整 one column each); 年初预算数 | 调整后预算数 | 决算数 | 决算数占年初预算数% (f3: 调整后预算数 is the
  adjusted budget too); 年初预算数 | 决算数 (合计 | 基本 | 项目) | 调整预算数 | 完成率(%) (f4: the adjusted AFTER the
  actual); a 年初预算数 of 0 (blank) on a row funded mid-year (f1 2130314: its 完成率 blank);
- 支出决算表 with 上年决算数 | 本年决算数 (合计 | 基本支出 | 项目支出) | 增减额 | 增减率(%) (f1), "2021年决算数 |
  2022年决算数" | 增减额 (f3), "2022年决算数 | 2023年决算数" | 增减额 | 增减% (f4); 基本支出决算表 with 上年决算数 |
  本年决算数 over 合计 | 人员经费 | 公用经费 (f2);
- 机关运行经费 tables: by economic code with 上年预算数 | 本年预算数 | 增减额 (b1), 上年预算数 | 本年预算数 (b3), 年初预算数
  | 决算数 (f1), 上年决算数 | 本年决算数 | 增减额 (f3); one row with 上年预算数 | 本年预算数 | 增减额 | 增减率 (b2),
  2023年预算数 | 2024年预算数 (b4), 预算数 | 实际数 | 增减额 (f2), 2023年预算数 | 2023年决算数 (f4);
- 政府采购 tables, categories as rows: 上年预算数 | 本年预算数 | 增减额 | 增减率 (b1, b3), 上年预算数 | 本年预算数 |
  增减额 (b2), 2023年预算数 | 2024年预算数 | 增减额 (b4); 预算数 | 实际数 (f1, f3), 预算金额 | 实际金额 (f4); as columns
  under 政府采购计划金额 | 政府采购实际金额 (f2);
- the fiscal year told by the title alone: b4 (cover "二〇二四年部门预算", the file name without a year, a cover date
  "2024年2月", headers naming 2023 and 2024) and f4 (cover "2023年度部门决算", the file name without a year, a cover
  date "2024年8月", headers naming 2022 and 2023);
- 元 documents (b2, b4, f2) and 万元 documents; percentages printed with "%" (b2, f3) or without.

The figures are typed below per report (s32e_lib.py's docstring names the keys): functional 项 leaves with the
other year's figure of each table (pe, pg, pf), a final's 年初预算数 (yb_b, yb_p) and 调整预算数 (adj); the
一般公共预算 基本支出 by economic 款 ("cur/prior"); the 三公 of the year, of the year before and a final's budget;
机关运行经费; 政府采购 by category. s32e_lib.build sums every printed table from them, gen.py prints those very
objects, and the expectations are read from them (never from the parser's output). _identities() (run at
import) re-adds every printed table from its printed strings: row total = Σ parts, 类 = Σ 款 = Σ 项 and 合计 =
Σ 类 in every money column (the other year's and the change too), change = own − other year, 增减% = change /
other year, 完成率 / 占年初预算% = actual / budget, 三公 合计 = 出国 + 车 + 接待 and 车 = 购置 + 运行 in every block,
采购 合计 = Σ categories, 收支总表 本年收入合计 = Σ items and = the 收入表's 合计 (less 上年结转), its 本年支出合计 =
the 支出表's, 总计 both sides, 年初 + 收入 − 支出 = 年末, 财政拨款总表 by fund = the 一般公共预算 / 政府性基金 tables,
the 一般公共预算 basic = the 基本支出表 合计, 三公 运行 / 接待 = 30231 / 30217, 机关运行经费 = its codes' 302
figures. So a typo fails at import.

Narrative claims (checked by check.py, figures read from the printed tables, gen.py words the sentences from the
same figures): the 收支总计 (total_income_expenditure); a budget's 一般公共预算支出 and 三公 against the year before
("比上年减少92.97万元，下降0.55%": year_on_year amount / change / rate), a final's 本年支出合计 against the 上年决算数 stated
in the sentence (year_on_year with prior), its 一般公共预算 年初预算 vs 决算 (execution) and 三公 (sangong_execution);
机关运行经费 (operating_costs) and 政府采购 (procurement_total).

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables, not_loaded (the other columns' heads and first figures: none of them may be loaded), claims (kind,
figures) checked by check.py. Own columns are keyed as the vocabulary keys them (total, basic, project, …); a
final's 年初预算数 is "<column>@budget", its 决算数 the column itself (phase actual); a budget's own figures are phase
budget. 三公 items as rows: the item's key under its printed label; items as columns: the row "*". A value ending
in "?" is a zero printed 0.00 (loading it as zero or not at all is fine); a blank cell has no expectation. The
other year's figures, the changes, the rates and the 调整预算数 have none: a figure loaded from them is SPURIOUS
(or WRONG where it took an expected figure's place)."""

from __future__ import annotations

from decimal import Decimal as D

from s32e_lib import (
    RELS,
    Fmt,
    build,
    col_kind,
    expectations,
    not_loaded,
)

WAN, YUAN = "万元", "元"
KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "OC", "PROC"]

BUDGET_TITLES = dict(
    IES="部门收支总表",
    INC="部门收入总表",
    EXP="部门支出总表",
    FS="财政拨款收支总表",
    GB="一般公共预算支出表",
    GBB="一般公共预算基本支出表",
    SG="一般公共预算“三公”经费支出表",
    GF="政府性基金预算支出表",
    SC="国有资本经营预算支出表",
    OC="一般公共预算机关运行经费支出表",
    PROC="政府采购预算表",
)
FINAL_TITLES = dict(
    IES="收入支出决算总表",
    INC="收入决算表",
    EXP="支出决算表",
    FS="财政拨款收入支出决算总表",
    GB="一般公共预算财政拨款支出决算表",
    GBB="一般公共预算财政拨款基本支出决算表",
    SG="一般公共预算财政拨款“三公”经费支出决算表",
    GF="政府性基金预算财政拨款收入支出决算表",
    SC="国有资本经营预算财政拨款支出决算表",
    OC="机关运行经费支出决算表",
    PROC="政府采购支出决算表",
)

LEFT = [("科目编码", "C", "C"), ("科目名称", "N", "N")]
ELEFT = [("经济分类科目编码", "C", "C"), ("科目名称", "N", "N")]
ELEFT2 = [("科目编码", "C", "C"), ("科目名称", "N", "N")]


def stacked(cols, left=LEFT):
    """A header of one level: each column's head ("一般公共预算/拨款收入": lines parted by "/") centred on the
    header's lines, the left labels on the last."""
    ps = [(c[0], c[2].split("/")) for c in cols]
    n = max(len(p) for _q, p in ps)
    lines = [[] for _ in range(n)]
    for q, p in ps:
        top = (n - len(p)) // 2
        for j, piece in enumerate(p):
            lines[top + j].append((piece, q, q))
    lines[-1] = left + lines[-1]
    return lines


def cols_plain(cols):
    """Column tuples with the "/" of their heads taken out (the head word as the not_loaded list names it)."""
    return [(q, k, h.replace("/", ""), *rest) for q, k, h, *rest in cols]


def spec(cols, heads=None, **kw):
    return dict(cols=cols_plain(cols), heads=heads or stacked(cols), **kw)


# the budget 收入总表 (the own columns only) and the empty tables
def budget_inc(gf=False, oth=False):
    cols = [("it", "total", "合计"), ("co", "carryover_begin", "上年结转")]
    cols.append(("igp", "general_public", "一般公共预算/拨款收入"))
    if gf:
        cols.append(("igf", "government_fund", "政府性基金预算/拨款收入"))
    if oth:
        cols.append(("ioth", "other_income", "其他收入"))
    return spec(cols)


def final_inc():
    return spec(
        [
            ("ft", "total", "本年收入/合计"),
            ("fa", "fiscal_appropriation", "财政拨款/收入"),
            ("iup", "upper_grant", "上级补助/收入"),
            ("ibiz", "business", "事业收入"),
            ("iop", "operating_income", "经营收入"),
            ("iaf", "affiliated_remit", "附属单位/上缴收入"),
            ("ioth", "other_income", "其他收入"),
        ]
    )


def final_exp_plain():
    return spec(
        [
            ("t", "total", "本年支出/合计"),
            ("b", "basic", "基本支出"),
            ("p", "project", "项目支出"),
            ("ru", "remit_upper", "上缴上级/支出"),
            ("op", "operating", "经营支出"),
            ("sa", "subsidy_affiliated", "对附属单位/补助支出"),
        ]
    )


BUDGET_SC = spec([("t", "total", "合计"), ("b", "basic", "基本支出"), ("p", "project", "项目支出")])
FINAL_GF = spec(
    [
        ("begin", "carryover_begin", "年初结转/和结余"),
        ("inc", "income", "本年收入"),
        ("t", "total", "小计"),
        ("b", "basic", "基本支出"),
        ("p", "project", "项目支出"),
        ("end", "carryover_end", "年末结转/和结余"),
    ],
    [
        [("本年支出", "t", "p")],
        LEFT
        + [
            ("年初结转和结余", "begin", "begin"),
            ("本年收入", "inc", "inc"),
            ("小计", "t", "t"),
            ("基本支出", "b", "b"),
            ("项目支出", "p", "p"),
            ("年末结转和结余", "end", "end"),
        ],
    ],
)
ECON_OWN = spec(
    [("t", "total", "合计"), ("pers", "personnel", "人员经费"), ("pub", "public_funds", "公用经费")],
    stacked(
        [("t", "total", "合计"), ("pers", "personnel", "人员经费"), ("pub", "public_funds", "公用经费")],
        ELEFT,
    ),
)

SG_ROWS_B = [
    ("合计", "total"),
    ("1.因公出国（境）费", "outbound"),
    ("2.公务用车购置及运行费", "vehicle"),
    ("  其中：公务用车购置费", "vehicle_purchase"),
    ("        公务用车运行费", "vehicle_operation"),
    ("3.公务接待费", "reception"),
]
SG_ROWS_F = [
    ("合计", "total"),
    ("一、因公出国（境）费", "outbound"),
    ("二、公务用车购置及运行维护费", "vehicle"),
    ("  1.公务用车购置费", "vehicle_purchase"),
    ("  2.公务用车运行维护费", "vehicle_operation"),
    ("三、公务接待费", "reception"),
]

DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 广东
DOCS.append(
    dict(
        file="b1_guangdong_yuexiu_mzj_2023_budget.layout.txt",
        note="layout 广东2023 部门预算: 部门支出总表 上年预算数 | 本年预算数 (合计 基本支出 项目支出) | 比上年增减 (增减额 增减%), "
        "a 项 printing 上年 only (2081099); 一般公共预算支出表 2022年执行数 | 2023年预算数 (小计 基本 项目) | 增减额 | "
        "增减率(%); 政府性基金 table (2296002) with 上年预算数 and 增减额; 三公 items as rows 2022年预算数 | 2023年预算数 | "
        "增减额 | 增减率; 机关运行经费 by code 上年 | 本年 | 增减额; 政府采购 categories 上年 | 本年 | 增减额 | 增减率",
        kind="budget",
        org="广州市越秀区民政局",
        year=2023,
        fmt=Fmt(WAN),
        titles=BUDGET_TITLES,
        labels=[f"表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="广州市越秀区民政局2023年部门预算",
        footer="第 {n} 页",
        page_width=150,
        leaves=[
            "2080201 gp_b=1286.40 pe=1242.18 pg=1231.55",
            "2080202 gp_p=186.00 pe=210.00 pg=198.60",
            "2080208 gp_p=2465.80 co_p=120.00 pe=2310.00 pg=2296.42",
            "2080505 gp_b=326.84 pe=312.20 pg=312.20",
            "2080506 gp_b=163.42 pe=156.10 pg=156.10",
            "2081001 gp_p=842.00 pe=796.00 pg=781.35",
            "2081002 gp_p=3862.50 pe=4120.00 pg=4120.00",
            "2081099 pe=135.00 pg=135.00",
            "2081901 gp_p=5240.00 pe=5480.00 pg=5392.80",
            "2082001 gp_p=620.00 pe=580.00 pg=611.27",
            "2082101 gp_p=1380.00 pe=1260.00 pg=1244.90",
            "2101101 gp_b=98.36 pe=94.12 pg=94.12",
            "2101103 gp_b=21.80 pe=20.60 pg=20.60",
            "2210201 gp_b=196.12 pe=187.30 pg=187.30",
            "2296002 gf_p=1260.00 pe=1180.00 pf=1180.00",
        ],
        econ={
            "30101": "386.20",
            "30102": "512.64",
            "30103": "42.80",
            "30107": "198.50",
            "30108": "326.84",
            "30109": "163.42",
            "30110": "98.36",
            "30111": "21.80",
            "30112": "12.40",
            "30113": "196.12",
            "30201": "18.60/17.80",
            "30205": "2.40/2.40",
            "30206": "9.80/10.20",
            "30207": "4.20/4.50",
            "30211": "6.50/7.20",
            "30213": "8.00/8.00",
            "30217": "3.20/3.60",
            "30228": "25.36/24.18",
            "30229": "12.00/12.00",
            "30231": "9.60/9.60",
            "30239": "16.80/16.20",
            "30299": "9.00/11.50",
            "30305": "8.40",
        },
        ops=[
            "30201",
            "30205",
            "30206",
            "30207",
            "30211",
            "30213",
            "30217",
            "30228",
            "30229",
            "30231",
            "30239",
            "30299",
        ],
        sangong=("0", "0", "9.60", "3.20"),
        sangong_prior=("0", "0", "9.60", "3.60"),
        procurement=[
            ("一、货物", {"t": "48.60", "pr": "52.30"}),
            ("二、工程", {"t": "0", "pr": "120.00"}),
            ("三、服务", {"t": "386.00", "pr": "342.50"}),
        ],
        empty={"SC": ("text", "本部门2023年无国有资本经营预算拨款安排的支出，故本表无数据。")},
        specs=dict(
            INC=budget_inc(gf=True),
            EXP=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减%"),
                ],
                [
                    [("上年预算数", "pr", "pr"), ("本年预算数", "t", "p"), ("比上年增减", "chg", "pct")],
                    LEFT
                    + [
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减%", "pct", "pct"),
                    ],
                ],
                nw=28,
            ),
            GB=spec(
                [
                    ("pr", None, "2022年执行数"),
                    ("t", "total", "小计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减率(%)", 10),
                ],
                [
                    [
                        ("2022年执行数", "pr", "pr"),
                        ("2023年预算数", "t", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减率(%)", "pct", "pct"),
                    ],
                    LEFT + [("小计", "t", "t"), ("基本支出", "b", "b"), ("项目支出", "p", "p")],
                ],
                nw=28,
            ),
            GBB=ECON_OWN,
            SG=spec(
                [
                    ("pr", None, "2022年预算数", 14),
                    ("t", "{k}", "2023年预算数", 14),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减率"),
                ],
                stacked(
                    [
                        ("pr", None, "2022年预算数"),
                        ("t", "{k}", "2023年预算数"),
                        ("chg", None, "增减额"),
                        ("pct", None, "增减率"),
                    ],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_B,
                lw=30,
                fmt=Fmt(WAN, zero="0.00"),
            ),
            GF=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                ],
                [
                    [("上年预算数", "pr", "pr"), ("本年预算数", "t", "p"), ("增减额", "chg", "chg")],
                    LEFT + [("合计", "t", "t"), ("基本支出", "b", "b"), ("项目支出", "p", "p")],
                ],
                nw=28,
            ),
            SC=BUDGET_SC,
            OC=spec(
                [("pr", None, "上年预算数"), ("t", "total", "本年预算数"), ("chg", None, "增减额")],
                stacked(
                    [("pr", None, "上年预算数"), ("t", "total", "本年预算数"), ("chg", None, "增减额")],
                    ELEFT2,
                ),
                nw=20,
            ),
            PROC=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("t", "total", "本年预算数"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减率"),
                ],
                stacked(
                    [
                        ("pr", None, "上年预算数"),
                        ("t", "total", "本年预算数"),
                        ("chg", None, "增减额"),
                        ("pct", None, "增减率"),
                    ],
                    [("采购类别", "L", "L")],
                ),
                lw=24,
                fmt=Fmt(WAN, zero="0.00"),
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ b2 湖北
DOCS.append(
    dict(
        file="b2_hubei_xialu_jyj_2021_budget.layout.txt",
        note="layout 湖北2021 部门预算 in 元: 部门支出总表 2020年预算数 | 2021年预算数 (合计 基本 项目) | 增减额 | 增减% "
        "(years in the header), a 项 printing 2020 only (2050299); 一般公共预算支出表 上年预算数 | 本年预算数 | 比上年增减 "
        "over 金额 | 幅度(%); 基本支出表 上年预算数 | 本年预算数 over 合计 | 人员经费 | 公用经费; 三公 items as columns each "
        "over 上年预算数 | 本年预算数 (twelve columns, one row); 机关运行经费 one row 上年 | 本年 | 增减额 | 增减率; 政府采购 "
        "上年 | 本年 | 增减额; percentages printed with %",
        kind="budget",
        org="黄石市下陆区教育局",
        year=2021,
        fmt=Fmt(YUAN, pct="%"),
        titles=BUDGET_TITLES,
        labels=[f"公开表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="黄石市下陆区教育局2021年部门预算公开",
        footer="- {n} -",
        page_width=190,
        leaves=[
            "2050101 gp_b=3862450.00 pe=3725180.00 pg=3725180.00",
            "2050199 gp_p=860000.00 pe=920000.00 pg=920000.00",
            "2050201 gp_b=8624300.00 gp_p=2450000.00 pe=10426800.00 pg=10426800.00",
            "2050202 gp_b=42186520.00 gp_p=6820000.00 oth_p=1250000.00 pe=46328400.00 pg=45078400.00",
            "2050203 gp_b=26435860.00 gp_p=4380000.00 pe=29682500.00 pg=29682500.00",
            "2050299 pe=1500000.00 pg=1500000.00",
            "2050801 gp_p=680000.00 pe=540000.00 pg=540000.00",
            "2050999 gp_p=3200000.00 co_p=460000.00 pe=3600000.00 pg=3140000.00",
            "2080502 gp_b=1862400.00 pe=1796200.00 pg=1796200.00",
            "2080505 gp_b=6824360.00 pe=6542180.00 pg=6542180.00",
            "2080506 gp_b=3412180.00 pe=3271090.00 pg=3271090.00",
            "2101102 gp_b=3286540.00 pe=3152860.00 pg=3152860.00",
            "2101103 gp_b=186420.00 pe=178600.00 pg=178600.00",
            "2210201 gp_b=6542860.00 pe=6286400.00 pg=6286400.00",
        ],
        econ={
            "30101": "21864300.00/20986400.00",
            "30102": "8642500.00/8326100.00",
            "30103": "3286400.00/3180000.00",
            "30107": "26482600.00/25642300.00",
            "30108": "6824360.00/6542180.00",
            "30109": "3412180.00/3271090.00",
            "30110": "3286540.00/3152860.00",
            "30111": "186420.00/178600.00",
            "30112": "642800.00/618400.00",
            "30113": "6542860.00/6286400.00",
            "30199": "1268400.00/1326500.00",
            "30201": "2186400.00/2086300.00",
            "30205": "1264300.00/1186200.00",
            "30206": "3862500.00/3624800.00",
            "30207": "426800.00/412600.00",
            "30209": "1680000.00/1620000.00",
            "30211": "386200.00/426800.00",
            "30213": "2846500.00/2684300.00",
            "30215": "86000.00/92000.00",
            "30216": "1264000.00/1186000.00",
            "30217": "42600.00/48600.00",
            "30226": "1862000.00/1746000.00",
            "30228": "1586400.00/1524800.00",
            "30229": "426000.00/412000.00",
            "30231": "68400.00/72000.00",
            "30239": "286500.00/268400.00",
            "30299": "214730.00/186200.00",
            "30302": "1862400.00/1796200.00",
            "30305": "246800.00/238600.00",
            "30309": "186000.00",
        },
        ops_row="机关运行经费",
        ops_fig={"t": "1286400.00", "pr": "1342600.00"},
        sangong=("0", "0", "68400.00", "42600.00"),
        sangong_prior=("0", "0", "72000.00", "48600.00"),
        procurement=[
            ("一、货物", {"t": "2860000.00", "pr": "3420000.00"}),
            ("二、工程", {"t": "1500000.00", "pr": "0"}),
            ("三、服务", {"t": "680000.00", "pr": "520000.00"}),
        ],
        empty={
            "GF": ("text", "下陆区教育局2021年没有使用政府性基金预算拨款安排的支出，故本表无数据。"),
            "SC": ("text", "下陆区教育局2021年没有使用国有资本经营预算拨款安排的支出，故本表无数据。"),
        },
        specs=dict(
            INC=budget_inc(oth=True),
            EXP=spec(
                [
                    ("pr", None, "2020年预算数", 14),
                    ("t", "total", "合计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("chg", None, "增减额", 14),
                    ("pct", None, "增减%", 9),
                ],
                [
                    [("2020年预算数", "pr", "pr"), ("2021年预算数", "t", "p")],
                    LEFT
                    + [
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减%", "pct", "pct"),
                    ],
                ],
                nw=24,
            ),
            GB=spec(
                [
                    ("pr", None, "上年预算数", 14),
                    ("t", "total", "合计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("chg", None, "金额", 14),
                    ("pct", None, "幅度(%)", 9),
                ],
                [
                    [("上年预算数", "pr", "pr"), ("本年预算数", "t", "p"), ("比上年增减", "chg", "pct")],
                    LEFT
                    + [
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("金额", "chg", "chg"),
                        ("幅度(%)", "pct", "pct"),
                    ],
                ],
                nw=24,
            ),
            GBB=spec(
                [
                    ("pr", None, "上年预算数", 14),
                    ("t", "total", "合计", 14),
                    ("pers", "personnel", "人员经费", 14),
                    ("pub", "public_funds", "公用经费", 14),
                ],
                [
                    [("上年预算数", "pr", "pr"), ("本年预算数", "t", "pub")],
                    ELEFT + [("合计", "t", "t"), ("人员经费", "pers", "pers"), ("公用经费", "pub", "pub")],
                ],
                nw=24,
            ),
            SG=spec(
                [
                    (f"{k}|{q}", None if q == "pr" else k, h, 11)
                    for k in (
                        "total",
                        "outbound",
                        "vehicle",
                        "vehicle_purchase",
                        "vehicle_operation",
                        "reception",
                    )
                    for q, h in (("pr", "上年预算数"), ("t", "本年预算数"))
                ],
                [
                    [
                        ("合计", "total|pr", "total|t"),
                        ("因公出国（境）费", "outbound|pr", "outbound|t"),
                        ("公务用车购置及运行费", "vehicle|pr", "vehicle_operation|t"),
                        ("公务接待费", "reception|pr", "reception|t"),
                    ],
                    [
                        ("小计", "vehicle|pr", "vehicle|t"),
                        ("购置费", "vehicle_purchase|pr", "vehicle_purchase|t"),
                        ("运行费", "vehicle_operation|pr", "vehicle_operation|t"),
                    ],
                    [
                        (h, f"{k}|{q}", f"{k}|{q}")
                        for k in (
                            "total",
                            "outbound",
                            "vehicle",
                            "vehicle_purchase",
                            "vehicle_operation",
                            "reception",
                        )
                        for q, h in (("pr", "上年预算数"), ("t", "本年预算数"))
                    ],
                ],
                label="none",
                fmt=Fmt(YUAN, zero="0.00"),
            ),
            SC=BUDGET_SC,
            GF=BUDGET_SC,
            OC=spec(
                [
                    ("pr", None, "上年预算数", 14),
                    ("t", "total", "本年预算数", 14),
                    ("chg", None, "增减额", 14),
                    ("pct", None, "增减率", 9),
                ],
                stacked(
                    [
                        ("pr", None, "上年预算数"),
                        ("t", "total", "本年预算数"),
                        ("chg", None, "增减额"),
                        ("pct", None, "增减率"),
                    ],
                    [("项目", "L", "L")],
                ),
                lw=20,
            ),
            PROC=spec(
                [
                    ("pr", None, "上年预算数", 14),
                    ("t", "total", "本年预算数", 14),
                    ("chg", None, "增减额", 14),
                ],
                stacked(
                    [("pr", None, "上年预算数"), ("t", "total", "本年预算数"), ("chg", None, "增减额")],
                    [("项目", "L", "L")],
                ),
                lw=20,
                fmt=Fmt(YUAN, zero="0.00", pct="%"),
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ b3 四川
DOCS.append(
    dict(
        file="b3_sichuan_jinjiang_sfj_2022_budget.layout.txt",
        note="layout 四川2022 部门预算: 部门支出总表 上年预算数 | 上年执行数 | 本年预算数 (合计 基本 项目) | 比上年执行数增减 "
        "(增减额 增减%), a new 项 (2040699: 上年 blank, 增减% blank); 一般公共预算支出表 上年预算数 | 本年预算数 (合计 基本 "
        "项目) | 增减% alone; 三公 items as rows 上年预算数 | 本年预算数 | 比上年增减 (negative); 机关运行经费 by code 上年 | "
        "本年; 政府采购 上年 | 本年 | 增减额 | 增减率",
        kind="budget",
        org="成都市锦江区司法局",
        year=2022,
        fmt=Fmt(WAN),
        titles=BUDGET_TITLES,
        labels=[f"表{cn}" for cn in "一二三四五六七八九十"] + ["表十一"],
        keys=KEYS,
        head="成都市锦江区司法局2022年部门预算",
        footer="{n}",
        page_width=170,
        leaves=[
            "2040601 gp_b=1462.38 pe=1408.60 pe2=1396.24 pg=1408.60",
            "2040602 gp_p=86.00 pe=92.00 pe2=88.46 pg=92.00",
            "2040604 gp_p=312.50 pe=286.00 pe2=279.35 pg=286.00",
            "2040605 gp_p=68.00 pe=75.00 pe2=71.20 pg=75.00",
            "2040607 gp_p=426.80 pe=398.00 pe2=412.66 pg=398.00",
            "2040610 gp_p=158.00 pe=146.00 pe2=139.80 pg=146.00",
            "2040699 gp_p=45.00",
            "2080505 gp_b=186.24 pe=178.52 pe2=178.52 pg=178.52",
            "2080506 gp_b=93.12 pe=89.26 pe2=89.26 pg=89.26",
            "2101101 gp_b=72.46 pe=69.80 pe2=68.92 pg=69.80",
            "2210201 gp_b=124.80 pe=118.40 pe2=118.40 pg=118.40",
        ],
        econ={
            "30101": "412.36",
            "30102": "486.20",
            "30103": "68.40",
            "30107": "226.80",
            "30108": "186.24",
            "30109": "93.12",
            "30110": "72.46",
            "30113": "124.80",
            "30201": "24.60/23.80",
            "30205": "3.20/3.20",
            "30206": "12.80/12.40",
            "30207": "8.40/8.60",
            "30209": "36.00/36.00",
            "30211": "14.20/15.60",
            "30213": "18.60/17.20",
            "30215": "4.80/5.20",
            "30216": "6.20/6.80",
            "30217": "3.60/4.20",
            "30226": "28.40/26.80",
            "30228": "32.68/31.24",
            "30229": "8.00/8.00",
            "30231": "12.80/13.50",
            "30239": "24.60/23.40",
            "30299": "17.14/18.36",
            "30305": "12.60",
        },
        ops=[
            "30201",
            "30205",
            "30206",
            "30207",
            "30209",
            "30211",
            "30213",
            "30215",
            "30216",
            "30217",
            "30226",
            "30228",
            "30229",
            "30231",
            "30239",
            "30299",
        ],
        sangong=("0", "0", "12.80", "3.60"),
        sangong_prior=("0", "0", "13.50", "4.20"),
        procurement=[
            ("一、货物", {"t": "36.80", "pr": "28.50"}),
            ("二、工程", {"t": "0", "pr": "0"}),
            ("三、服务", {"t": "186.00", "pr": "162.00"}),
        ],
        empty={
            "GF": (
                "text",
                "本部门2022年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出，故本表为空表。",
            ),
            "SC": ("text", "本部门2022年无国有资本经营预算拨款安排的支出，故本表为空表。"),
        },
        specs=dict(
            INC=budget_inc(),
            EXP=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("pr2", None, "上年执行数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg2", None, "增减额"),
                    ("pct2", None, "增减%"),
                ],
                [
                    [("本年预算数", "t", "p"), ("比上年执行数增减", "chg2", "pct2")],
                    LEFT
                    + [
                        ("上年预算数", "pr", "pr"),
                        ("上年执行数", "pr2", "pr2"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg2", "chg2"),
                        ("增减%", "pct2", "pct2"),
                    ],
                ],
                nw=22,
                wrap=11,
            ),
            GB=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("pct", None, "增减%"),
                ],
                [
                    [("本年预算数", "t", "p")],
                    LEFT
                    + [
                        ("上年预算数", "pr", "pr"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减%", "pct", "pct"),
                    ],
                ],
                nw=22,
                wrap=11,
            ),
            GBB=ECON_OWN,
            SG=spec(
                [("pr", None, "上年预算数"), ("t", "{k}", "本年预算数"), ("chg", None, "比上年增减")],
                stacked(
                    [("pr", None, "上年预算数"), ("t", "{k}", "本年预算数"), ("chg", None, "比上年增减")],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_B,
                lw=30,
                fmt=Fmt(WAN, zero="0.00"),
            ),
            GF=BUDGET_SC,
            SC=BUDGET_SC,
            OC=spec(
                [("pr", None, "上年预算数"), ("t", "total", "本年预算数")],
                stacked([("pr", None, "上年预算数"), ("t", "total", "本年预算数")], ELEFT2),
                nw=20,
            ),
            PROC=spec(
                [
                    ("pr", None, "上年预算数"),
                    ("t", "total", "本年预算数"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减率"),
                ],
                stacked(
                    [
                        ("pr", None, "上年预算数"),
                        ("t", "total", "本年预算数"),
                        ("chg", None, "增减额"),
                        ("pct", None, "增减率"),
                    ],
                    [("采购类别", "L", "L")],
                ),
                lw=24,
                fmt=Fmt(WAN, zero="0.00"),
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ b4 福建
DOCS.append(
    dict(
        file="b4_fujian_cangshan_jtysj_budget.layout.txt",
        note="layout 福建 部门预算 in 元, its year only in the cover's title (二〇二四年部门预算; no year in the file name, a "
        "cover date 2024年2月): 部门支出总表 2023年决算数 | 2024年预算数 (合计 基本 项目) | 增减额 | 增减%; 一般公共预算支出表 "
        "the year's FIRST: 2024年预算数 (合计 基本 项目) | 2023年预算数 | 增减额; 三公 items as rows 2024年预算数 | 2023年预算数 "
        "| 增减额 | 增减率 (the year's first); 机关运行经费 one row 2023年预算数 | 2024年预算数; 政府采购 2023年预算数 | "
        "2024年预算数 | 增减额",
        kind="budget",
        org="福州市仓山区交通运输局",
        year=2024,
        cover_year="二〇二四年",
        cover_date="2024年2月",
        fmt=Fmt(YUAN),
        titles=BUDGET_TITLES,
        labels=[f"{cn}、" for cn in "一二三四五六七八九十"] + ["十一、"],
        keys=KEYS,
        head="福州市仓山区交通运输局部门预算",
        footer="第{n}页",
        page_width=170,
        leaves=[
            "2140101 gp_b=4286350.00 pe=4128600.00 pg=4128600.00",
            "2140104 gp_p=12600000.00 co_p=3200000.00 pe=18500000.00 pg=15300000.00",
            "2140106 gp_p=8450000.00 pe=7980000.00 pg=7980000.00",
            "2140112 gp_p=1260000.00 pe=1180000.00 pg=1180000.00",
            "2140199 gp_p=680000.00 pe=950000.00 pg=950000.00",
            "2080505 gp_b=612480.00 pe=586240.00 pg=586240.00",
            "2080506 gp_b=306240.00 pe=293120.00 pg=293120.00",
            "2101101 gp_b=238460.00 pe=226800.00 pg=226800.00",
            "2210201 gp_b=462580.00 pe=441300.00 pg=441300.00",
        ],
        econ={
            "30101": "1286400.00",
            "30102": "1682500.00",
            "30103": "186000.00",
            "30107": "842600.00",
            "30108": "612480.00",
            "30109": "306240.00",
            "30110": "238460.00",
            "30113": "462580.00",
            "30201": "36000.00/34000.00",
            "30205": "4800.00/4800.00",
            "30206": "18600.00/18000.00",
            "30207": "12000.00/12000.00",
            "30211": "16800.00/18600.00",
            "30213": "12000.00/15000.00",
            "30217": "8000.00/9600.00",
            "30228": "42650.00/40860.00",
            "30229": "12000.00/12000.00",
            "30231": "36000.00/36000.00",
            "30239": "48000.00/46400.00",
            "30299": "5200.00/7800.00",
            "30305": "36800.00",
        },
        ops=[
            "30201",
            "30205",
            "30206",
            "30207",
            "30211",
            "30213",
            "30217",
            "30228",
            "30229",
            "30231",
            "30239",
            "30299",
        ],
        ops_row="机关运行经费",
        sangong=("0", "0", "36000.00", "8000.00"),
        sangong_prior=("0", "280000.00", "36000.00", "9600.00"),
        procurement=[
            ("一、货物", {"t": "186000.00", "pr": "142000.00"}),
            ("二、工程", {"t": "9800000.00", "pr": "12600000.00"}),
            ("三、服务", {"t": "1260000.00", "pr": "980000.00"}),
        ],
        empty={
            "GF": ("zero", "注：本部门无政府性基金预算拨款安排的支出。"),
            "SC": ("zero", "注：本部门无国有资本经营预算拨款安排的支出。"),
        },
        specs=dict(
            INC=budget_inc(),
            EXP=spec(
                [
                    ("pr", None, "2023年决算数", 14),
                    ("t", "total", "合计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("chg", None, "增减额", 14),
                    ("pct", None, "增减%", 9),
                ],
                [
                    [("2024年预算数", "t", "p")],
                    LEFT
                    + [
                        ("2023年决算数", "pr", "pr"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减%", "pct", "pct"),
                    ],
                ],
                nw=24,
            ),
            GB=spec(
                [
                    ("t", "total", "合计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("pr", None, "2023年预算数", 14),
                    ("chg", None, "增减额", 14),
                ],
                [
                    [("2024年预算数", "t", "p"), ("2023年预算数", "pr", "pr"), ("增减额", "chg", "chg")],
                    LEFT + [("合计", "t", "t"), ("基本支出", "b", "b"), ("项目支出", "p", "p")],
                ],
                nw=24,
            ),
            GBB=ECON_OWN,
            SG=spec(
                [
                    ("t", "{k}", "2024年预算数", 14),
                    ("pr", None, "2023年预算数", 14),
                    ("chg", None, "增减额", 14),
                    ("pct", None, "增减率"),
                ],
                stacked(
                    [
                        ("t", "{k}", "2024年预算数"),
                        ("pr", None, "2023年预算数"),
                        ("chg", None, "增减额"),
                        ("pct", None, "增减率"),
                    ],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_B,
                lw=30,
                fmt=Fmt(YUAN, zero="0.00"),
            ),
            GF=BUDGET_SC,
            SC=BUDGET_SC,
            OC=spec(
                [("pr", None, "2023年预算数", 14), ("t", "total", "2024年预算数", 14)],
                stacked([("pr", None, "2023年预算数"), ("t", "total", "2024年预算数")], [("项目", "L", "L")]),
                lw=20,
            ),
            PROC=spec(
                [
                    ("pr", None, "2023年预算数", 14),
                    ("t", "total", "2024年预算数", 14),
                    ("chg", None, "增减额", 14),
                ],
                stacked(
                    [("pr", None, "2023年预算数"), ("t", "total", "2024年预算数"), ("chg", None, "增减额")],
                    [("项目", "L", "L")],
                ),
                lw=20,
            ),
        ),
    )
)


# ------------------------------------------------------------------------------------------------ finals
def gb_final_full(share_head="完成率（%）"):
    """年初预算数 (小计 基本支出 项目支出) | 调整预算数 | 决算数 (小计 基本支出 项目支出) | a rate of 决算 / 年初."""
    return spec(
        [
            ("yt", "total@budget", "小计"),
            ("yb", "basic@budget", "基本支出"),
            ("yp", "project@budget", "项目支出"),
            ("adj", None, "调整预算数"),
            ("t", "total", "小计"),
            ("b", "basic", "基本支出"),
            ("p", "project", "项目支出"),
            ("share", None, share_head, 10),
        ],
        [
            [
                ("年初预算数", "yt", "yp"),
                ("调整预算数", "adj", "adj"),
                ("决算数", "t", "p"),
                (share_head, "share", "share"),
            ],
            LEFT
            + [
                ("小计", "yt", "yt"),
                ("基本支出", "yb", "yb"),
                ("项目支出", "yp", "yp"),
                ("小计", "t", "t"),
                ("基本支出", "b", "b"),
                ("项目支出", "p", "p"),
            ],
        ],
        nw=26,
    )


# ------------------------------------------------------------------------------------------------ f1 河北
DOCS.append(
    dict(
        file="f1_hebei_yuhua_slj_2024_final.layout.txt",
        note="layout 河北2024 部门决算: 支出决算表 上年决算数 | 本年决算数 (合计 基本 项目) | 增减额 | 增减率(%), a new 项 "
        "(2130335); 一般公共预算财政拨款支出决算表 年初预算数 (小计 基本 项目) | 调整预算数 | 决算数 (小计 基本 项目) | 完成率（%）, "
        "a 项 funded mid-year (2130314: 年初 blank, rate blank); 三公 items as rows 2024年预算数 | 2024年决算数 | 2023年决算数 | "
        "决算比上年增减; 机关运行经费 by code 年初预算数 | 决算数; 政府采购 预算数 | 实际数",
        kind="final_account",
        org="石家庄市裕华区水利局",
        year=2024,
        fmt=Fmt(WAN),
        titles=FINAL_TITLES,
        labels=[f"表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="石家庄市裕华区水利局2024年度部门决算",
        footer="- {n} -",
        page_width=170,
        begin="45.60",
        begin_gp="38.20",
        leaves=[
            "2130301 gp_b=862.46 yb_b=840.00 pe=828.64",
            "2130305 gp_p=1864.20 yb_p=1500.00 adj=1900.00 pe=2360.50",
            "2130306 gp_p=426.80 yb_p=450.00 adj=430.00 pe=398.20",
            "2130310 gp_p=86.50 yb_p=90.00 pe=72.00",
            "2130311 gp_p=128.64 yb_p=120.00 adj=130.00 pe=136.80",
            "2130314 gp_p=312.00 adj=320.00 pe=280.00",
            "2130335 gp_p=248.30 nf_p=36.00 yb_p=260.00",
            "2080505 gp_b=108.62 yb_b=108.62 pe=104.36",
            "2080506 gp_b=54.31 yb_b=54.31 pe=52.18",
            "2101101 gp_b=42.86 yb_b=42.00 pe=40.96",
            "2210201 gp_b=76.24 yb_b=76.24 pe=72.80",
        ],
        econ={
            "30101": "268.40",
            "30102": "312.86",
            "30103": "36.20",
            "30108": "108.62",
            "30109": "54.31",
            "30110": "42.86",
            "30113": "76.24",
            "30201": "22.40",
            "30205": "3.60",
            "30206": "11.80",
            "30207": "6.40",
            "30211": "12.60",
            "30213": "16.80",
            "30215": "3.20",
            "30216": "4.60",
            "30217": "2.80",
            "30226": "32.40",
            "30228": "18.62",
            "30229": "6.00",
            "30231": "14.60",
            "30239": "22.40",
            "30299": "59.98",
            "30305": "6.80",
        },
        ops=[
            "30201",
            "30205",
            "30206",
            "30207",
            "30211",
            "30213",
            "30215",
            "30216",
            "30217",
            "30228",
            "30229",
            "30231",
            "30239",
        ],
        ops_budget={
            "30201": "24.00",
            "30205": "3.60",
            "30206": "12.00",
            "30207": "6.00",
            "30211": "14.00",
            "30213": "18.00",
            "30215": "3.00",
            "30216": "5.00",
            "30217": "3.00",
            "30228": "18.62",
            "30229": "6.00",
            "30231": "15.00",
            "30239": "22.40",
        },
        sangong_budget=("0", "0", "15.00", "3.00"),
        sangong=("0", "0", "14.60", "2.80"),
        sangong_prior=("0", "0", "14.20", "3.40"),
        procurement=[
            ("一、货物", {"yt": "32.00", "t": "28.64"}),
            ("二、工程", {"yt": "1500.00", "t": "1486.20"}),
            ("三、服务", {"yt": "86.00", "t": "82.40"}),
        ],
        empty={
            "GF": ("text", "本部门2024年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空。"),
            "SC": ("text", "本部门2024年度无国有资本经营预算财政拨款支出，故本表为空。"),
        },
        specs=dict(
            INC=final_inc(),
            EXP=spec(
                [
                    ("pr", None, "上年决算数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减率(%)", 10),
                ],
                [
                    [("本年决算数", "t", "p")],
                    LEFT
                    + [
                        ("上年决算数", "pr", "pr"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减率(%)", "pct", "pct"),
                    ],
                ],
                nw=26,
            ),
            GB=gb_final_full(),
            GBB=ECON_OWN,
            SG=spec(
                [
                    ("yt", "{k}@budget", "2024年预算数", 14),
                    ("t", "{k}", "2024年决算数", 14),
                    ("pr", None, "2023年决算数", 14),
                    ("chg", None, "决算比上年增减", 14),
                ],
                stacked(
                    [
                        ("yt", "{k}@budget", "2024年预算数"),
                        ("t", "{k}", "2024年决算数"),
                        ("pr", None, "2023年决算数"),
                        ("chg", None, "决算比上年/增减"),
                    ],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_F,
                lw=32,
                fmt=Fmt(WAN, zero="0.00"),
            ),
            GF=FINAL_GF,
            SC=BUDGET_SC,
            OC=spec(
                [("yt", "total@budget", "年初预算数"), ("t", "total", "决算数")],
                stacked([("yt", "total@budget", "年初预算数"), ("t", "total", "决算数")], ELEFT2),
                nw=20,
            ),
            PROC=spec(
                [("yt", "total@budget", "预算数"), ("t", "total", "实际数")],
                stacked(
                    [("yt", "total@budget", "预算数"), ("t", "total", "实际数")], [("采购类别", "L", "L")]
                ),
                lw=24,
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ f2 云南
DOCS.append(
    dict(
        file="f2_yunnan_qilin_nyncj_2022_final.layout.txt",
        note="layout 云南2022 部门决算 in 元: 一般公共预算财政拨款支出决算表 年初预算数 | 调整预算数 | 决算数 (小计 基本 项目) | "
        "决算数占调整预算数% (年初 and 调整 one column each); 基本支出决算表 上年决算数 | 本年决算数 (合计 人员经费 公用经费); "
        "三公 items as rows 预算数 | 决算数 | 完成率（%）; 政府性基金 table with money (2120804); 机关运行经费 one row 预算数 | "
        "实际数 | 增减额; 政府采购 categories as columns under 政府采购计划金额 | 政府采购实际金额",
        kind="final_account",
        org="曲靖市麒麟区农业农村局",
        year=2022,
        fmt=Fmt(YUAN),
        titles=FINAL_TITLES,
        labels=[f"附表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="曲靖市麒麟区农业农村局2022年度部门决算",
        footer="第 {n} 页，共 {N} 页",
        page_width=190,
        begin="1268400.00",
        begin_gp="862400.00",
        leaves=[
            "2130101 gp_b=5264380.00 yb_b=5180000.00",
            "2130104 gp_b=3826450.00 nf_b=286400.00 i_biz=286400.00 yb_b=3760000.00",
            "2130108 gp_p=680000.00 yb_p=600000.00 adj=700000.00",
            "2130122 gp_p=6842600.00 yb_p=5000000.00 adj=7200000.00",
            "2130126 gp_p=1260000.00 yb_p=1260000.00",
            "2130153 gp_p=12486300.00 yb_p=12000000.00 adj=12600000.00",
            "2130505 gp_p=3640000.00 yb_p=3640000.00",
            "2120804 gf_p=8600000.00",
            "2080505 gp_b=1236480.00 yb_b=1236480.00",
            "2080506 gp_b=618240.00 yb_b=618240.00",
            "2101101 gp_b=386420.00 yb_b=380000.00",
            "2101102 gp_b=246380.00 yb_b=240000.00",
            "2210201 gp_b=986520.00 yb_b=986520.00",
        ],
        econ={
            "30101": "2986400.00/2864200.00",
            "30102": "3268500.00/3126400.00",
            "30103": "412000.00/398600.00",
            "30107": "1286300.00/1242800.00",
            "30108": "1236480.00/1186240.00",
            "30109": "618240.00/593120.00",
            "30110": "632800.00/608400.00",
            "30113": "986520.00/946800.00",
            "30201": "86400.00/82600.00",
            "30205": "12600.00/12000.00",
            "30206": "48600.00/46800.00",
            "30207": "26800.00/28400.00",
            "30211": "68400.00/72600.00",
            "30213": "42600.00/38400.00",
            "30216": "18000.00/16800.00",
            "30217": "12800.00/14600.00",
            "30226": "186000.00/176000.00",
            "30228": "98600.00/94800.00",
            "30229": "36000.00/36000.00",
            "30231": "62400.00/64800.00",
            "30239": "124800.00/118600.00",
            "30299": "227230.00/212400.00",
            "30305": "86400.00/82400.00",
        },
        ops_row="机关运行经费",
        ops_fig={"yt": "1080000.00", "t": "1051230.00"},
        sangong_budget=("0", "0", "65000.00", "15000.00"),
        sangong=("0", "0", "62400.00", "12800.00"),
        procurement=[
            ("货物", {"yt": "360000.00", "t": "342600.00"}),
            ("工程", {"yt": "8600000.00", "t": "8426800.00"}),
            ("服务", {"yt": "1200000.00", "t": "1186400.00"}),
        ],
        empty={"SC": ("text", "本部门2022年度无国有资本经营预算财政拨款支出，故本表无数据。")},
        specs=dict(
            INC=final_inc(),
            EXP=final_exp_plain(),
            GB=spec(
                [
                    ("yt", "total@budget", "年初预算数", 14),
                    ("adj", None, "调整预算数", 14),
                    ("t", "total", "小计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("share_adj", None, "决算数占调整预算数%", 12),
                ],
                [
                    [("决算数", "t", "p"), ("决算数占调", "share_adj", "share_adj")],
                    LEFT
                    + [
                        ("年初预算数", "yt", "yt"),
                        ("调整预算数", "adj", "adj"),
                        ("小计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("整预算数%", "share_adj", "share_adj"),
                    ],
                ],
                nw=26,
            ),
            GBB=spec(
                [
                    ("pr", None, "上年决算数", 14),
                    ("t", "total", "合计", 14),
                    ("pers", "personnel", "人员经费", 14),
                    ("pub", "public_funds", "公用经费", 14),
                ],
                [
                    [("本年决算数", "t", "pub")],
                    ELEFT
                    + [
                        ("上年决算数", "pr", "pr"),
                        ("合计", "t", "t"),
                        ("人员经费", "pers", "pers"),
                        ("公用经费", "pub", "pub"),
                    ],
                ],
                nw=26,
            ),
            SG=spec(
                [
                    ("yt", "{k}@budget", "预算数", 14),
                    ("t", "{k}", "决算数", 14),
                    ("share", None, "完成率（%）", 12),
                ],
                stacked(
                    [("yt", "{k}@budget", "预算数"), ("t", "{k}", "决算数"), ("share", None, "完成率（%）")],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_F,
                lw=32,
                fmt=Fmt(YUAN, zero="0.00"),
            ),
            GF=spec(
                [
                    ("begin", "carryover_begin", "年初结转和结余", 14),
                    ("inc", "income", "本年收入", 14),
                    ("t", "total", "小计", 14),
                    ("b", "basic", "基本支出", 14),
                    ("p", "project", "项目支出", 14),
                    ("end", "carryover_end", "年末结转和结余", 14),
                ],
                FINAL_GF["heads"],
                nw=26,
            ),
            SC=BUDGET_SC,
            OC=spec(
                [
                    ("yt", "total@budget", "预算数", 14),
                    ("t", "total", "实际数", 14),
                    ("dba", None, "增减额", 14),
                ],
                stacked(
                    [("yt", "total@budget", "预算数"), ("t", "total", "实际数"), ("dba", None, "增减额")],
                    [("项目", "L", "L")],
                ),
                lw=20,
            ),
            PROC=spec(
                [
                    (
                        f"{k}|{q}",
                        ("" if k == "合计" else f"{k}>") + ("total@budget" if q == "yt" else "total"),
                        k,
                        14,
                    )
                    for q in ("yt", "t")
                    for k in ("合计", "货物", "工程", "服务")
                ],
                [
                    [("政府采购计划金额", "合计|yt", "服务|yt"), ("政府采购实际金额", "合计|t", "服务|t")],
                    [("项目", "L", "L")]
                    + [
                        (k, f"{k}|{q}", f"{k}|{q}")
                        for q in ("yt", "t")
                        for k in ("合计", "货物", "工程", "服务")
                    ],
                ],
                label="named",
                lw=16,
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ f3 贵州
DOCS.append(
    dict(
        file="f3_guizhou_zhongshan_jyj_2022_final.layout.txt",
        note="layout 贵州2022 部门决算: 支出决算表 2021年决算数 | 2022年决算数 (合计 基本 项目) | 增减额 (years in the "
        "header); 一般公共预算财政拨款支出决算表 年初预算数 (小计 基本 项目) | 调整后预算数 | 决算数 (小计 基本 项目) | "
        "决算数占年初预算数%; 三公 items as columns over three blocks 上年决算数 | 年初预算数 | 决算数 (eighteen columns); "
        "机关运行经费 by code 上年决算数 | 本年决算数 | 增减额; 政府采购 预算数 | 实际数; percentages with %",
        kind="final_account",
        org="六盘水市钟山区教育局",
        year=2022,
        fmt=Fmt(WAN, pct="%"),
        titles=FINAL_TITLES,
        labels=[f"表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="六盘水市钟山区教育局2022年度部门决算公开",
        footer="{n}",
        page_width=230,
        begin="326.80",
        begin_gp="268.40",
        leaves=[
            "2050101 gp_b=486.32 yb_b=472.00 pe=468.20",
            "2050201 gp_b=1862.40 gp_p=326.00 yb_b=1840.00 yb_p=300.00 pe=2086.30",
            "2050202 gp_b=9642.86 gp_p=1268.40 nf_p=186.00 yb_b=9500.00 yb_p=1100.00 adj=10900.00 pe=10582.64",
            "2050203 gp_b=6248.62 gp_p=842.50 yb_b=6200.00 yb_p=860.00 pe=6918.40",
            "2050204 gp_b=4126.38 gp_p=586.00 yb_b=4080.00 yb_p=600.00 pe=4596.20",
            "2050803 gp_p=68.50 yb_p=80.00 pe=72.40",
            "2080505 gp_b=1642.36 yb_b=1642.36 pe=1586.20",
            "2080506 gp_b=821.18 yb_b=821.18 pe=793.10",
            "2101102 gp_b=762.48 yb_b=750.00 pe=738.62",
            "2210201 gp_b=1486.24 yb_b=1486.24 pe=1432.80",
        ],
        econ={
            "30101": "7286.40",
            "30102": "5862.30",
            "30103": "842.60",
            "30107": "6248.50",
            "30108": "1642.36",
            "30109": "821.18",
            "30110": "762.48",
            "30113": "1486.24",
            "30201": "186.40/178.60",
            "30205": "126.80/118.40",
            "30206": "386.20/362.80",
            "30207": "42.60/44.20",
            "30211": "38.60/42.80",
            "30213": "268.40/246.20",
            "30215": "6.80/7.40",
            "30216": "86.40/82.60",
            "30217": "4.20/4.60",
            "30226": "186.00/172.00",
            "30228": "212.60/204.80",
            "30229": "68.00/68.00",
            "30231": "8.60/8.80",
            "30239": "46.80/44.60",
            "30299": "331.58/318.46",
            "30305": "126.80",
        },
        ops=["30201", "30207", "30211", "30215", "30216", "30217", "30229", "30231"],
        sangong_prior=("0", "0", "8.80", "4.60"),
        sangong_budget=("0", "0", "9.00", "5.00"),
        sangong=("0", "0", "8.60", "4.20"),
        procurement=[
            ("一、货物", {"yt": "286.00", "t": "268.40"}),
            ("二、工程", {"yt": "620.00", "t": "598.60"}),
            ("三、服务", {"yt": "142.00", "t": "136.80"}),
        ],
        empty={
            "GF": ("blank_total", "注：本单位2022年度无政府性基金预算财政拨款收入支出，故本表无数据。"),
            "SC": ("blank_total", "注：本单位2022年度无国有资本经营预算财政拨款支出，故本表无数据。"),
        },
        specs=dict(
            INC=final_inc(),
            EXP=spec(
                [
                    ("pr", None, "2021年决算数", 14),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                ],
                [
                    [("2021年决算数", "pr", "pr"), ("2022年决算数", "t", "p"), ("增减额", "chg", "chg")],
                    LEFT + [("合计", "t", "t"), ("基本支出", "b", "b"), ("项目支出", "p", "p")],
                ],
                nw=22,
            ),
            GB=spec(
                [
                    ("yt", "total@budget", "小计"),
                    ("yb", "basic@budget", "基本支出"),
                    ("yp", "project@budget", "项目支出"),
                    ("adj", None, "调整后预算数", 14),
                    ("t", "total", "小计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("share", None, "决算数占年初预算数%", 12),
                ],
                [
                    [("年初预算数", "yt", "yp"), ("决算数", "t", "p"), ("决算数占年", "share", "share")],
                    LEFT
                    + [
                        ("小计", "yt", "yt"),
                        ("基本支出", "yb", "yb"),
                        ("项目支出", "yp", "yp"),
                        ("调整后预算数", "adj", "adj"),
                        ("小计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("初预算数%", "share", "share"),
                    ],
                ],
                nw=22,
            ),
            GBB=ECON_OWN,
            SG=spec(
                [
                    (f"{k}|{q}", {"pr": None, "yt": f"{k}@budget", "t": k}[q], h, 9)
                    for q, h in (("pr", "上年决算数"), ("yt", "年初预算数"), ("t", "决算数"))
                    for k in (
                        "total",
                        "outbound",
                        "vehicle",
                        "vehicle_purchase",
                        "vehicle_operation",
                        "reception",
                    )
                ],
                [
                    [
                        (h, f"total|{q}", f"reception|{q}")
                        for q, h in (("pr", "上年决算数"), ("yt", "年初预算数"), ("t", "决算数"))
                    ],
                    [
                        cell
                        for q in ("pr", "yt", "t")
                        for cell in (
                            ("合计", f"total|{q}", f"total|{q}"),
                            ("因公出国", f"outbound|{q}", f"outbound|{q}"),
                            ("公务用车购置及运行费", f"vehicle|{q}", f"vehicle_operation|{q}"),
                            ("公务接待费", f"reception|{q}", f"reception|{q}"),
                        )
                    ],
                    [
                        cell
                        for q in ("pr", "yt", "t")
                        for cell in (
                            ("（境）费", f"outbound|{q}", f"outbound|{q}"),
                            ("小计", f"vehicle|{q}", f"vehicle|{q}"),
                            ("购置费", f"vehicle_purchase|{q}", f"vehicle_purchase|{q}"),
                            ("运行费", f"vehicle_operation|{q}", f"vehicle_operation|{q}"),
                        )
                    ],
                ],
                label="none",
                fmt=Fmt(WAN, zero="0.00"),
            ),
            GF=FINAL_GF,
            SC=BUDGET_SC,
            OC=spec(
                [("pr", None, "上年决算数"), ("t", "total", "本年决算数"), ("chg", None, "增减额")],
                stacked(
                    [("pr", None, "上年决算数"), ("t", "total", "本年决算数"), ("chg", None, "增减额")],
                    ELEFT2,
                ),
                nw=20,
            ),
            PROC=spec(
                [("yt", "total@budget", "预算数"), ("t", "total", "实际数")],
                stacked(
                    [("yt", "total@budget", "预算数"), ("t", "total", "实际数")], [("采购类别", "L", "L")]
                ),
                lw=24,
            ),
        ),
    )
)

# ------------------------------------------------------------------------------------------------ f4 湖南
DOCS.append(
    dict(
        file="f4_hunan_tianxin_wjj_final.layout.txt",
        note="layout 湖南 部门决算, its year only in the cover's title (2023年度部门决算; no year in the file name, a cover "
        "date 2024年8月): 支出决算表 2022年决算数 | 2023年决算数 (合计 基本 项目) | 增减额 | 增减%, a 项 printing 2022 only "
        "(2100410: its 2022 figure and a negative change); 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 (合计 基本 项目) | "
        "调整预算数 | 完成率(%) (the adjusted AFTER the actual); 三公 items as rows 2022年决算数 | 2023年预算数 | 2023年决算数 | "
        "增减额; 机关运行经费 one row 2023年预算数 | 2023年决算数; 政府采购 预算金额 | 实际金额",
        kind="final_account",
        org="长沙市天心区卫生健康局",
        year=2023,
        cover_date="2024年8月",
        fmt=Fmt(WAN),
        titles=FINAL_TITLES,
        labels=[f"表{i}" for i in range(1, 12)],
        keys=KEYS,
        head="长沙市天心区卫生健康局部门决算",
        footer="第 {n} 页",
        page_width=170,
        begin="86.40",
        begin_gp="52.60",
        leaves=[
            "2100101 gp_b=826.48 yb_b=810.00 pe=798.62",
            "2100199 gp_p=186.00 yb_p=200.00 pe=212.40",
            "2100401 gp_b=1286.30 gp_p=342.60 yb_b=1260.00 yb_p=300.00 adj=1650.00 pe=1568.20",
            "2100408 gp_p=2864.50 nf_p=126.00 yb_p=2800.00 adj=2900.00 pe=2780.36",
            "2100409 gp_p=468.20 yb_p=500.00 pe=1862.40",
            "2100410 pe=2486.00",
            "2100717 gp_p=326.40 yb_p=320.00 pe=318.60",
            "2080505 gp_b=286.42 yb_b=286.42 pe=274.80",
            "2080506 gp_b=143.21 yb_b=143.21 pe=137.40",
            "2101101 gp_b=86.36 yb_b=86.00 pe=82.64",
            "2210201 gp_b=168.30 yb_b=168.30 pe=160.20",
        ],
        econ={
            "30101": "486.20",
            "30102": "612.40",
            "30103": "86.30",
            "30107": "412.86",
            "30108": "286.42",
            "30109": "143.21",
            "30110": "86.36",
            "30113": "168.30",
            "30201": "46.80",
            "30205": "8.60",
            "30206": "36.40",
            "30207": "12.60",
            "30211": "18.40",
            "30213": "22.60",
            "30215": "4.20",
            "30216": "8.60",
            "30217": "4.80",
            "30226": "86.00",
            "30228": "42.68",
            "30229": "12.00",
            "30231": "16.40",
            "30239": "38.60",
            "30299": "143.74",
            "30305": "12.60",
        },
        ops=[
            "30201",
            "30205",
            "30206",
            "30207",
            "30211",
            "30213",
            "30215",
            "30216",
            "30217",
            "30228",
            "30229",
            "30231",
            "30239",
        ],
        ops_row="机关运行经费",
        ops_budget={
            "30201": "48.00",
            "30205": "8.00",
            "30206": "36.00",
            "30207": "12.00",
            "30211": "20.00",
            "30213": "24.00",
            "30215": "5.00",
            "30216": "10.00",
            "30217": "6.00",
            "30228": "42.68",
            "30229": "12.00",
            "30231": "18.00",
            "30239": "38.00",
        },
        sangong_prior=("0", "0", "17.20", "5.40"),
        sangong_budget=("0", "0", "18.00", "6.00"),
        sangong=("0", "0", "16.40", "4.80"),
        procurement=[
            ("一、货物", {"yt": "186.00", "t": "172.30"}),
            ("二、工程", {"yt": "0", "t": "0"}),
            ("三、服务", {"yt": "320.00", "t": "312.60"}),
        ],
        empty={
            "GF": ("text", "本部门2023年度无政府性基金预算财政拨款收入、支出，故本表无数据。"),
            "SC": ("text", "本部门2023年度无国有资本经营预算财政拨款支出，故本表无数据。"),
        },
        specs=dict(
            INC=final_inc(),
            EXP=spec(
                [
                    ("pr", None, "2022年决算数", 14),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("chg", None, "增减额"),
                    ("pct", None, "增减%"),
                ],
                [
                    [("2023年决算数", "t", "p")],
                    LEFT
                    + [
                        ("2022年决算数", "pr", "pr"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("增减额", "chg", "chg"),
                        ("增减%", "pct", "pct"),
                    ],
                ],
                nw=28,
            ),
            GB=spec(
                [
                    ("yt", "total@budget", "年初预算数"),
                    ("t", "total", "合计"),
                    ("b", "basic", "基本支出"),
                    ("p", "project", "项目支出"),
                    ("adj", None, "调整预算数"),
                    ("share_adj", None, "完成率(%)", 10),
                ],
                [
                    [("决算数", "t", "p")],
                    LEFT
                    + [
                        ("年初预算数", "yt", "yt"),
                        ("合计", "t", "t"),
                        ("基本支出", "b", "b"),
                        ("项目支出", "p", "p"),
                        ("调整预算数", "adj", "adj"),
                        ("完成率(%)", "share_adj", "share_adj"),
                    ],
                ],
                nw=28,
            ),
            GBB=ECON_OWN,
            SG=spec(
                [
                    ("pr", None, "2022年决算数", 14),
                    ("yt", "{k}@budget", "2023年预算数", 14),
                    ("t", "{k}", "2023年决算数", 14),
                    ("chg", None, "增减额", 14),
                ],
                stacked(
                    [
                        ("pr", None, "2022年决算数"),
                        ("yt", "{k}@budget", "2023年预算数"),
                        ("t", "{k}", "2023年决算数"),
                        ("chg", None, "增减额"),
                    ],
                    [("项目", "L", "L")],
                ),
                labels=SG_ROWS_F,
                lw=32,
                fmt=Fmt(WAN, zero="0.00"),
            ),
            GF=FINAL_GF,
            SC=BUDGET_SC,
            OC=spec(
                [("yt", "total@budget", "2023年预算数", 14), ("t", "total", "2023年决算数", 14)],
                stacked(
                    [("yt", "total@budget", "2023年预算数"), ("t", "total", "2023年决算数")],
                    [("项目", "L", "L")],
                ),
                lw=20,
            ),
            PROC=spec(
                [("yt", "total@budget", "预算金额"), ("t", "total", "实际金额")],
                stacked(
                    [("yt", "total@budget", "预算金额"), ("t", "total", "实际金额")], [("采购类别", "L", "L")]
                ),
                lw=24,
                fmt=Fmt(WAN, zero="0.00"),
            ),
        ),
    )
)

BUILT = {doc["file"]: (doc, build(doc)) for doc in DOCS}


# ------------------------------------------------------------------------------------------ identities


def _v(text: str) -> D:
    return D(text.replace(",", "").rstrip("%")) if text else D(0)


def _cells(t) -> list[dict]:
    """Each printed row of a grid as {quantity: printed value} (blank cells as 0), with its code and name."""
    out = []
    for r in t.rows:
        out.append(
            (
                r.code,
                r.name,
                r.rkey,
                r.total,
                {c.q: _v(t.cell(i, v)) for i, (c, v) in enumerate(zip(t.cols, r.vals))},
            )
        )
    return out


def _row_rules(file, t, cells) -> None:
    qs = {c.q.split("|")[-1] for c in t.cols}
    blocks = {c.q.split("|")[0] for c in t.cols} if "|" in t.cols[0].q else {None}
    for _code, _name, _rk, _tot, vals in cells:
        for blk in blocks:

            def g(q):
                return vals.get(q if blk is None else f"{blk}|{q}")

            for kind, target, args in RELS:
                if target not in qs:
                    continue
                present = [a for a in args if a in qs]
                if kind == "sum" and len(present) >= 2:
                    assert g(target) == sum((g(a) for a in present), D(0)), (file, t.code, _name, target)
                elif kind == "diff" and len(present) == 2:
                    assert g(target) == g(args[0]) - g(args[1]), (file, t.code, _name, target)
                elif kind == "rate" and len(present) == 2:
                    num, den = g(args[0]), g(args[1])
                    want = (num / den * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP") if den else D(0)
                    assert g(target) == want, (file, t.code, _name, target, g(target), want)
                elif kind == "flow" and len(present) == 3:
                    assert g(target) == g("begin") + g("inc") - g("t"), (file, t.code, _name)


def _tree_rules(file, t, cells) -> None:
    money = [c.q for c in t.cols if col_kind(c.q) != "pct"]
    if t.tree == "code":
        by = {code: vals for code, _n, _rk, _tot, vals in cells if code}
        for c in by:
            kids = [x for x in by if x.startswith(c) and len(x) == len(c) + 2]
            if kids:
                for q in money:
                    assert by[c][q] == sum((by[x][q] for x in kids), D(0)), (file, t.code, c, q)
        tot = next(vals for code, _n, _rk, is_tot, vals in cells if is_tot)
        for q in money:
            assert tot[q] == sum((by[c][q] for c in by if len(c) == 3), D(0)), (file, t.code, q)
    elif t.tree == "named":
        tot = next(vals for _c, _n, _rk, is_tot, vals in cells if is_tot)
        for q in money:
            assert tot[q] == sum((v[q] for _c, _n, _rk, is_tot, v in cells if not is_tot), D(0)), (
                file,
                t.code,
                q,
            )
    elif t.tree == "items":
        by = {rk: vals for _c, _n, rk, _t, vals in cells}
        for q in money:
            assert by["total"][q] == by["outbound"][q] + by["vehicle"][q] + by["reception"][q], (
                file,
                "SG",
                q,
            )
            assert by["vehicle"][q] == by["vehicle_purchase"][q] + by["vehicle_operation"][q], (file, "SG", q)
    elif t.tree == "sgcols":
        vals = cells[0][4]
        for blk in {c.q.split("|")[1] for c in t.cols}:

            def g(k):
                return vals[f"{k}|{blk}"]

            assert g("total") == g("outbound") + g("vehicle") + g("reception"), (file, "SG", blk)
            assert g("vehicle") == g("vehicle_purchase") + g("vehicle_operation"), (file, "SG", blk)


def _two(t) -> tuple[dict, dict]:
    left = {ll: _v(t.fmt.cell(lv)) for ll, lv, _rl, _rv in t.rows if ll}
    right = {}
    for _ll, _lv, rl, rv in t.rows:
        if rl:
            rv = rv if isinstance(rv, list) else [rv]
            right[rl] = [_v(t.fmt.cell(v)) for v in rv]
    return left, right


def _col(t, q, row=None):
    """A grid's printed column q of its 合计 row (or of the named row)."""
    for code, name, rk, is_tot, vals in _cells(t):
        if (row is None and is_tot) or row in (code, name, rk):
            return vals[q]
    raise KeyError((t.code, q, row))


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        final = doc["kind"] == "final_account"
        for k in doc["keys"]:
            t = T[k]
            if t.kind != "grid" or not t.rows:
                continue
            cells = _cells(t)
            _row_rules(file, t, cells)
            _tree_rules(file, t, cells)
        left, right = _two(T["IES"])
        items = [v for lab, v in left.items() if "、" in lab]
        assert left["本年收入合计"] == sum(items, D(0)), file
        spent = right["本年支出合计"][0]
        assert spent == _col(T["EXP"], "t") == sum((v[0] for lab, v in right.items() if "、" in lab), D(0)), (
            file
        )
        fl, fr = _two(T["FS"])
        for lab, v in fr.items():
            assert v[0] == v[1] + v[2] + v[3], (file, lab)
        gb_t, gb_b = _col(T["GB"], "t"), _col(T["GB"], "b")
        assert gb_b == _col(T["GBB"], "t"), (file, "GB basic = GBB")
        gf_t = _col(T["GF"], "t") if T["GF"].rows else D(0)
        if final:
            assert left["本年收入合计"] == _col(T["INC"], "ft"), file
            assert left["年初结转和结余"] + left["本年收入合计"] - spent == right["年末结转和结余"][0], file
            assert left["总计"] == right["总计"][0], file
            assert (
                fl["年初财政拨款结转和结余"] + fl["本年收入合计"] - fr["本年支出合计"][0]
                == fr["年末财政拨款结转和结余"][0]
            )
            assert fl["总计"] == fr["总计"][0], file
            by_fund = fr["本年支出合计"]
        else:
            assert left["本年收入合计"] + left["上年结转"] == _col(T["INC"], "it"), file
            assert left["上年结转"] == _col(T["INC"], "co"), file
            assert left["收入总计"] == right["支出总计"][0], file
            assert fl["收入总计"] == fr["支出总计"][0], file
            by_fund = fr["支出总计"]
        assert by_fund[1] == gb_t and by_fund[2] == gf_t, (file, "FS by fund")
        # 三公 against the 基本支出表's 30231 / 30217 (the year's own figures)
        cur = {c: _v(v.split("/")[0]) for c, v in doc["econ"].items()}
        sg = T["SG"]
        if sg.label == "none":
            run, rec = _cells(sg)[0][4]["vehicle_operation|t"], _cells(sg)[0][4]["reception|t"]
        else:
            run, rec = _col(sg, "t", "vehicle_operation"), _col(sg, "t", "reception")
        assert run == cur["30231"] and rec == cur["30217"], (file, "三公 vs 302")
        # 机关运行经费: its codes' figures are the 基本支出表's
        oc = T["OC"]
        if oc.label == "econ":
            for code in doc["ops"]:
                assert _col(oc, "t", code) == cur[code], (file, "OC", code)
            assert _col(oc, "t") == sum((cur[c] for c in doc["ops"]), D(0)), (file, "OC")
        elif not doc.get("ops_fig"):
            assert _col(oc, "t", doc["ops_row"]) == sum((cur[c] for c in doc["ops"]), D(0)), (file, "OC row")
        # the GB's other year: in a budget the 一般公共预算 part of the 支出表's (pg ≤ pe per row)
        # the claims against the tables
        for kind, figs in doc.get("claims", []):
            if kind == "total_income_expenditure":
                assert D(figs["amount"]) == (left["总计"] if final else left["收入总计"]), (file, kind)
            if kind == "execution":
                assert D(figs["budget"]) == _col(T["GB"], "yt") and D(figs["actual"]) == gb_t, (file, kind)
            if kind == "procurement_total":
                pt = T["PROC"]
                q = "合计|t" if pt.cols[0].q.startswith("合计") else "t"
                assert D(figs["amount"]) == _col(pt, q, "合计"), (file, kind)
            if kind == "operating_costs":
                assert D(figs["amount"]) == _cells(oc)[0][4]["t"], (file, kind)


def sangong_totals(T: dict) -> dict:
    """The 三公 合计 of each quantity (t, pr, yt) as the table prints it."""
    sg = T["SG"]
    cells = _cells(sg)
    if sg.label == "none":
        return {c.q.split("|")[1]: cells[0][4][c.q] for c in sg.cols if c.q.startswith("total|")}
    return next(vals for _c, _n, rk, _t, vals in cells if rk == "total")


def _claims(doc: dict, T: dict) -> list:
    """The narrative's claims (gen.py words them from the same figures): kind and figures in the document's unit."""
    f = T["IES"].fmt
    left, right = _two(T["IES"])
    out = [
        (
            "total_income_expenditure",
            {
                "amount": f.num(left["总计"] if doc["kind"] == "final_account" else left["收入总计"]).replace(
                    ",", ""
                )
            },
        )
    ]
    gb = T["GB"]
    if doc["kind"] == "final_account":
        yt, t = _col(gb, "yt"), _col(gb, "t")
        out.append(
            (
                "execution",
                {
                    "budget": str(yt),
                    "actual": str(t),
                    "rate": str((t / yt * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")),
                },
            )
        )
    else:
        t, pr = _col(gb, "t"), _col(gb, "pr")
        rate = ((t - pr) / pr * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
        out.append(("year_on_year", {"amount": str(t), "change": str(t - pr), "rate": str(rate)}))
    sg = sangong_totals(T)
    if doc["kind"] == "final_account":
        yt, t = sg["yt"], sg["t"]
        out.append(
            (
                "sangong_execution",
                {
                    "budget": str(yt),
                    "actual": str(t),
                    "rate": str((t / yt * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")),
                },
            )
        )
        if "pr" in [c.q for c in T["EXP"].cols]:
            t, pr = _col(T["EXP"], "t"), _col(T["EXP"], "pr")
            rate = ((t - pr) / pr * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
            out.append(
                (
                    "year_on_year",
                    {"amount": str(t), "prior": str(pr), "change": str(t - pr), "rate": str(rate)},
                )
            )
    else:
        t, pr = sg["t"], sg["pr"]
        rate = ((t - pr) / pr * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
        out.append(("year_on_year", {"amount": str(t), "change": str(t - pr), "rate": str(rate)}))
    oc = T["OC"]
    out.append(("operating_costs", {"amount": str(_cells(oc)[0][4]["t"])}))
    pt = T["PROC"]
    q = "合计|t" if pt.cols[0].q.startswith("合计") else "t"
    out.append(("procurement_total", {"amount": str(_col(pt, q, "合计"))}))
    return out


for _file, (_doc, _T) in BUILT.items():
    _doc["claims"] = _claims(_doc, _T)

_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        # a table whose rows are all optional zeros last (it would take another table's 合计 first)
        tables=sorted(
            (expectations(T[k]) for k in doc["keys"]),
            key=lambda e: bool(e["rows"]) and all(v.endswith("?") for r in e["rows"] for v in r[2].values()),
        ),
        only_tables=[T[k].key for k in doc["keys"]],
        not_loaded=" | ".join(x for k in doc["keys"] if (x := not_loaded(T[k]))),
        claims=doc["claims"],
    )
