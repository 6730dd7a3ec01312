"""Expected readings of the rules_s33f inputs: eight WHOLE small reports as 乡镇 / 街道 / small 事业单位 publish them
(2019-2025, six provinces): three plain pdftotext texts (.txt), three pdftotext -layout texts (.layout.txt, each
word at the CHARACTER index of its column, a CJK character one column), two PDFs (drawn with minipdf.py, copied
from rules_s33c). Each: a cover, a 目录, a 说明 with figures, every table of its template, a 名词解释.

Shapes attacked (thin in rules_s2* … s33e; each input's note says which it carries):
- tables of one or two rows: a 一般公共预算支出表 of one 类 (l5, p8), a 政府性基金 table of one 项 (p7), 支出表s of
  four or five 项 (all);
- zero cells printed every way real small reports print them: "0.00" (t2, l6 function tables; t1, t2, l6, p7, p8
  summaries), "0" (t3 function tables and 三公), "-" (t1 function tables, l4 summaries, t2 三公), "—" (t3
  summaries), "无" (l6 三公, l5 国有资本经营 合计 row) and blank (l4, l5, p7, p8 function tables; l5 summaries and 三公);
- summaries listing the template's every 类 with zero (or blank) figures beside the unit's own two or three (t1,
  l5); a final's 收入决算表 / 支出决算表 printing 0.00 in its four never-used columns (t2, l6);
- 三公 tables all zero with a sentence: under the table "注：本单位2024年无“三公”经费预算。" (t1), in the 说明 only
  (t2, l4, p7), "注：本部门2025年无“三公”经费预算，故本表各项均为空。" under an all-blank row (l5); a final whose
  budget had a figure and whose actual is all zero (p8);
- empty 政府性基金 / 国有资本经营 / 项目支出 tables, each way: the header only ("header": t3 项目支出 with a 注 that is no
  empty-statement, l4 SC, p7 …), the header and a 合计 row of 0.00 / "—" / "-" / "无" / nothing ("zero": t1 GF,
  t3 GF, l4 GF (blank 合计 + 注, Shanghai style), l5 GF / SC / 项目, p8 GF / SC), the statement as a row inside
  the table ("inside": t1 SC, t3 SC, l6 GF), the statement right under the title instead of the table ("title":
  t2 SC, l6 SC), the table omitted and the 说明 saying why ("omit": t2 GF, p7 SC);
- a 部门 report whose department has no units ("本部门无下属预算单位…", l5), 单位预算 / 单位决算 of 事业单位 (t3, l6);
- 说明 sentences stating zeros: "均为0" (t1, l4), "与上年持平" (t1, l5), "无变化" (l6), "0.00万元" budgets and
  actuals of 三公 (t2, p8), "政府性基金预算拨款支出预算0万元，与上年持平" (t1).

Expectations: every printed figure of every table, built by s33f_lib from the typed data below (never from the
parser's output); a printed zero (0.00, 0, -, —, 无) is "0.00?" (review_check: loading it as zero or not at all
is fine, another value is WRONG); a blank cell has none. Every empty table is listed in "empty" (check.py: the
parser must record it, is_empty), and in only_tables; an omitted one is in neither (no table may be invented).
Claims: the 说明's stated figures the framework records (kind, code, {amount | budget | actual | rate | change:
value in 万元 / percent as printed}); sentences stating a zero without money ("均为0", "无“三公”经费") are no
claim: a claim recorded from them is SPURIOUS.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables, empty, claims."""

from __future__ import annotations

import os
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s33f_lib import build, d, expectations, identities, wan  # noqa: E402

BUDGET_TITLES = [
    "部门收支总表",
    "部门收入总表",
    "部门支出总表",
    "财政拨款收支总表",
    "一般公共预算支出表",
    "一般公共预算基本支出表",
    "一般公共预算“三公”经费支出表",
    "政府性基金预算支出表",
    "国有资本经营预算支出表",
]
FINAL_TITLES = [
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算表",
    "财政拨款“三公”经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款支出决算表",
]

DOCS = {}

DOCS["t1_hunan_ningxiang_huilongpu_zf_2024_budget.txt"] = dict(
    note="plain 湖南2024 镇人民政府 部门预算 (万元): summaries list every 类 (zeros 0.00), function tables' empty parts '-'; 三公 all 0.00 with "
    "'注：本单位2024年无“三公”经费预算。' under it; GF header + 合计 0.00; SC statement inside the table; '均为0', "
    "'…预算0万元，与上年持平'",
    kind="budget",
    org="宁乡市回龙铺镇人民政府",
    year=2024,
    unit="万元",
    date="2024年3月",
    units_text="本部门为一级预算单位，纳入2024年部门预算编制范围的单位为镇机关本级，无下属二级预算单位。",
    profile="贯彻执行党和国家的方针政策，负责本镇经济社会发展、乡村振兴、社会事务、平安建设和基层治理工作。",
    leaves="""
2010301 gp_b=186.40
2010302 gp_p=25.00
2080505 gp_b=28.62
2101101 gp_b=12.30
2130705 gp_p=60.00
2210201 gp_b=19.80
""",
    econ={
        "30101": "72.36",
        "30102": "54.20",
        "30103": "18.60",
        "30108": "28.62",
        "30110": "12.30",
        "30113": "19.80",
        "30201": "12.40",
        "30205": "1.20",
        "30206": "3.60",
        "30211": "20.00",
        "30228": "4.04",
    },
    sangong=("0", "0", "0", "0"),
    style=dict(
        zero_fn="-",
        zero_sum="0.00",
        zero_sg="0.00",
        classes="all",
        sg_note="注：本单位2024年无“三公”经费预算。",
    ),
    empty={
        "government_fund": ("zero", "0.00"),
        "state_capital": ("inside", "本单位无国有资本经营预算支出，故本表无数据。"),
    },
    say=dict(
        sangong=[
            "本单位2024年无“三公”经费预算。因公出国（境）费、公务用车购置及运行费、公务接待费预算均为0。",
        ],
        fund=["2024年政府性基金预算拨款支出预算0万元，与上年持平。本单位2024年无国有资本经营预算拨款支出。"],
    ),
    claims_extra=[("year_on_year", None, {"amount": "0", "change": "0"})],
)

DOCS["t2_sichuan_jianyang_shijiaqiao_jd_2022_final.txt"] = dict(
    note="plain 四川2022 街道办事处 部门决算 (元; 说明 in 万元): 收入决算表 / 支出决算表 print 0.00 in their unused "
    "columns; 三公 all '-' (预算 and 决算); GF table omitted (the 说明 says why); SC statement under the title",
    kind="final_account",
    org="简阳市射洪坝街道办事处",
    year=2022,
    unit="元",
    date="2023年8月",
    units_text="纳入本部门2022年度部门决算编制范围的单位为街道办事处机关本级。",
    profile="负责辖区党的建设、经济发展、城市管理、社区治理、公共服务和平安建设等工作。",
    leaves="""
2010301 gp_b=2,846,320.00
2010350 gp_b=412,600.00
2080505 gp_b=368,940.00
2080506 gp_b=147,580.00
2101101 gp_b=156,200.00
2120199 gp_p=580,000.00
2210201 gp_b=245,360.00
""",
    econ={
        "30101": "1,286,400.00",
        "30102": "936,500.00",
        "30103": "268,300.00",
        "30107": "312,000.00",
        "30108": "368,940.00",
        "30109": "147,580.00",
        "30110": "156,200.00",
        "30113": "245,360.00",
        "30201": "146,800.00",
        "30205": "18,600.00",
        "30206": "52,400.00",
        "30211": "38,920.00",
        "30228": "69,000.00",
        "30299": "130,000.00",
    },
    sangong=("0", "0", "0", "0"),
    sangong_budget=("0", "0", "0", "0"),
    gp_budget="4,650,000.00",
    prior_spend="4,633,000.00",
    style=dict(zero_fn="0.00", zero_sum="0.00", zero_sg="-", classes="own", label="附表{n}"),
    empty={
        "government_fund": ("omit", None),
        "state_capital": ("title", "本单位2022年度无国有资本经营预算财政拨款支出，故本表为空。"),
    },
    say=dict(
        sangong=[
            "2022年度“三公”经费财政拨款支出年初预算为0.00万元，支出决算为0.00万元。",
            "本街道2022年度无“三公”经费财政拨款支出，未开支因公出国（境）费、公务用车购置及运行费和公务接待费。",
        ],
        fund=[
            "本单位2022年度无政府性基金预算财政拨款收入支出，故未编制《政府性基金预算财政拨款收入支出决算表》，"
            "该表不予公开。",
        ],
    ),
    claims_extra=[("sangong_execution", None, {"budget": "0.00", "actual": "0.00"})],
)

DOCS["t3_henan_gongyi_njtgz_2020_unit_budget.txt"] = dict(
    note="plain 河南2020 事业单位 单位预算 (元): zeros printed '0' (function tables, 三公) and '—' (summaries); GF "
    "header + 合计 '—'; SC statement inside; 项目支出表 header only with a 注 that is no empty-statement",
    kind="budget",
    report="单位预算",
    org="巩义市农业机械技术推广站",
    year=2020,
    unit="元",
    date="2020年2月",
    units_text="本单位为巩义市农业农村局所属财政全额拨款事业单位，无下属单位。",
    profile="负责全市农业机械新技术、新机具的试验、示范和推广，农机操作人员培训及农机安全生产技术指导。",
    leaves="""
2080505 gp_b=86,420.00
2101102 gp_b=35,260.00
2130104 gp_b=612,380.00 biz_b=40,000.00
2210201 gp_b=52,840.00
""",
    econ={
        "30101": "236,500.00",
        "30102": "84,200.00",
        "30107": "198,600.00",
        "30108": "86,420.00",
        "30110": "35,260.00",
        "30113": "52,840.00",
        "30201": "24,000.00",
        "30206": "9,600.00",
        "30228": "11,480.00",
        "30305": "48,000.00",
    },
    sangong=("0", "0", "0", "0"),
    style=dict(zero_fn="0", zero_sum="—", zero_sg="0", classes="own", label="表{cn}", narrative_unit="元"),
    extra_titles=["项目支出预算表"],
    empty={
        "government_fund": ("zero", "—"),
        "state_capital": ("inside", "本单位无国有资本经营预算拨款，此表无数据。"),
        "project_expenditure": ("header", None, "注：本单位2020年未安排项目支出预算。"),
    },
    say=dict(
        sangong=[
            "本单位2020年“三公”经费预算为零，其中因公出国（境）费、公务用车购置及运行费、公务接待费均未安排。"
        ],
        fund=["本单位2020年没有使用政府性基金预算拨款和国有资本经营预算拨款安排的支出，也未安排项目支出。"],
    ),
    claims_extra=[],
)

DOCS["l4_zhejiang_lucheng_nanhui_jd_2021_final.layout.txt"] = dict(
    note="layout 浙江2021 街道 部门决算 (万元): summary with 行次, zero items '-'; 三公 all 0.00 (预算 and 决算); GF "
    "header + a blank 合计 + 注 (Shanghai style); SC header only; '均为0'",
    kind="final_account",
    org="温州市鹿城区南汇街道办事处",
    year=2021,
    unit="万元",
    date="2022年9月",
    units_text="纳入本部门2021年度部门决算编制范围的单位为南汇街道办事处本级。",
    profile="负责辖区经济发展服务、城市管理、社区建设、社会事务和综合治理等工作。",
    leaves="""
2010301 gp_b=512.36
2010302 gp_p=48.00
2080505 gp_b=62.18
2080506 gp_b=24.87
2101101 gp_b=28.44
2210201 gp_b=41.25
""",
    econ={
        "30101": "198.40",
        "30102": "160.20",
        "30103": "52.16",
        "30107": "71.80",
        "30108": "62.18",
        "30109": "24.87",
        "30110": "28.44",
        "30113": "41.25",
        "30201": "10.60",
        "30211": "4.20",
        "30228": "8.40",
        "30229": "6.60",
    },
    sangong=("0", "0", "0", "0"),
    sangong_budget=("0", "0", "0", "0"),
    gp_budget="700.00",
    prior_spend="717.10",
    style=dict(zero_fn="", zero_sum="-", zero_sg="0.00", classes="own", rowno=True, label="表{n}"),
    empty={
        "government_fund": ("zero", "", "注：本单位2021年度无政府性基金预算财政拨款收入支出，故本表无数据。"),
        "state_capital": ("header",),
    },
    say=dict(
        sangong=["本单位2021年度“三公”经费财政拨款支出年初预算和决算均为0。"],
        fund=["本单位2021年度政府性基金预算和国有资本经营预算财政拨款收入、支出及年末结转和结余均为0。"],
    ),
    claims_extra=[("year_on_year", None, {"amount": "717.10", "change": "0"})],
    spend_change="持平",
)

DOCS["l5_guangdong_haizhu_nanzhou_jd_2025_budget.layout.txt"] = dict(
    note="layout 广东2025 街道 部门预算 (元), a 部门 with no units: summaries list every 类, zero items blank; "
    "三公 row all blank + 注; GF 合计 0.00, SC 合计 '无', 项目支出表 合计 '—'; '与上年持平'",
    kind="budget",
    org="广州市海珠区南洲街道办事处",
    year=2025,
    unit="元",
    date="2025年3月",
    units_text="本部门无下属预算单位，纳入2025年部门预算编制范围的只有街道办事处本级，部门预算即本级预算。",
    profile="负责辖区党建、经济服务、城市管理、公共服务、平安建设和社区治理等工作。",
    leaves="""
2010301 gp_b=5,862,400.00
2080505 gp_b=702,360.00
2080506 gp_b=281,000.00
2101101 gp_b=318,240.00
2210201 gp_b=496,000.00
""",
    econ={
        "30101": "2,286,000.00",
        "30102": "1,624,800.00",
        "30103": "486,200.00",
        "30107": "912,000.00",
        "30108": "702,360.00",
        "30109": "281,000.00",
        "30110": "318,240.00",
        "30113": "496,000.00",
        "30201": "186,400.00",
        "30205": "24,000.00",
        "30206": "96,000.00",
        "30211": "42,000.00",
        "30228": "128,000.00",
        "30299": "77,000.00",
    },
    sangong=("0", "0", "0", "0"),
    style=dict(
        zero_fn="",
        zero_sum="",
        zero_sg="",
        classes="all",
        label="表{n}",
        sg_note="注：本部门2025年无“三公”经费预算，故本表各项均为空。",
    ),
    extra_titles=["项目支出预算表"],
    empty={
        "government_fund": ("zero", "0.00"),
        "state_capital": ("zero", "无"),
        "project_expenditure": ("zero", "—"),
    },
    say=dict(
        sangong=["2025年“三公”经费预算为0万元，与上年持平。"],
        fund=[
            "本部门2025年无政府性基金预算、国有资本经营预算拨款安排的支出，无项目支出预算，无政府采购预算。"
        ],
        extra=["2025年本部门机关运行经费预算为55.34万元。"],
    ),
    claims_extra=[
        ("year_on_year", None, {"amount": "0", "change": "0"}),
        ("operating_costs", None, {"amount": "55.34"}),
    ],
)

DOCS["l6_shandong_zichuan_whg_2019_unit_final.layout.txt"] = dict(
    note="layout 山东2019 文化馆 单位决算 (万元; 2019 names: 20805 行政事业单位离退休): function tables print 0.00 in "
    "unused columns; 三公 all '无'; GF statement inside; SC statement under the title; '与上年相比无变化'",
    kind="final_account",
    report="单位决算",
    org="淄博市淄川区文化馆",
    year=2019,
    unit="万元",
    date="2020年9月",
    units_text="本单位为淄川区文化和旅游局所属公益一类事业单位，无下属单位。",
    profile="组织开展群众文化活动，辅导群众文艺创作，保护和传承非物质文化遗产，开展公共文化服务。",
    leaves="""
2070109 gp_b=168.42 gp_p=12.00
2080505 gp_b=21.36
2101102 gp_b=9.84
2210201 gp_b=14.28
""",
    econ={
        "30101": "62.40",
        "30102": "18.60",
        "30107": "58.20",
        "30108": "21.36",
        "30110": "9.84",
        "30113": "14.28",
        "30201": "6.80",
        "30206": "4.20",
        "30228": "3.62",
        "30302": "14.60",
    },
    sangong=("0", "0", "0", "0"),
    sangong_budget=("0", "0", "0", "0"),
    gp_budget="230.00",
    prior_spend="225.90",
    style=dict(zero_fn="0.00", zero_sum="0.00", zero_sg="无", classes="own", label="公开{nn}表"),
    empty={
        "government_fund": ("inside", "本单位2019年度无政府性基金预算财政拨款收入、支出，此表无数据。"),
        "state_capital": ("title", "本单位2019年度无国有资本经营预算财政拨款支出，故本表为空。"),
    },
    say=dict(
        sangong=[
            "2019年度本单位未发生“三公”经费支出，因公出国（境）费、公务用车购置及运行费、公务接待费均为零。"
        ],
        fund=["本单位2019年度无政府性基金预算和国有资本经营预算财政拨款收入、支出。"],
    ),
    claims_extra=[("year_on_year", None, {"amount": "225.90", "change": "0"})],
    spend_change="无变化",
)

DOCS["p7_hubei_jiangxia_fanhu_zf_2023_budget.pdf"] = dict(
    note="PDF 湖北2023 乡镇 部门预算 (万元): a 政府性基金 table of one 项 (彩票公益金); 三公 all 0.00; SC table omitted "
    "(the 说明 says why)",
    kind="budget",
    org="武汉市江夏区法泗街道办事处",
    year=2023,
    unit="万元",
    date="2023年2月",
    units_text="纳入本部门2023年部门预算编制范围的单位为街道机关本级。",
    profile="负责辖区党的建设、乡村振兴、农业农村、社会事务、安全生产和基层治理工作。",
    leaves="""
2010301 gp_b=624.80
2010302 gp_p=80.00
2080505 gp_b=74.66
2101101 gp_b=31.20
2130705 gp_p=126.00
2210201 gp_b=52.34
2296002 gf_p=15.00
""",
    econ={
        "30101": "246.00",
        "30102": "188.40",
        "30103": "62.50",
        "30107": "96.00",
        "30108": "74.66",
        "30110": "31.20",
        "30113": "52.34",
        "30201": "12.60",
        "30206": "5.40",
        "30211": "3.90",
        "30228": "10.00",
    },
    sangong=("0", "0", "0", "0"),
    style=dict(zero_fn="", zero_sum="0.00", zero_sg="0.00", classes="own", label="表{n}", footer="第 {n} 页"),
    empty={"state_capital": ("omit", None)},
    say=dict(
        sangong=["本单位2023年无“三公”经费预算。"],
        fund=[
            "2023年政府性基金预算拨款支出预算15.00万元，全部为用于社会福利的彩票公益金支出。本单位2023年无国有资本"
            "经营预算拨款收支，故不公开国有资本经营预算支出表。",
        ],
    ),
    claims_extra=[],
)

DOCS["p8_yunnan_chenggong_wujiaba_jd_2024_final.pdf"] = dict(
    note="PDF 云南2024 街道 部门决算 (元; 说明 in 万元): 一般公共预算 tables of one 类 only; 三公 budget 接待 6,000.00, "
    "actual all 0.00; GF 合计 0.00; SC 合计 '-'",
    kind="final_account",
    org="昆明市呈贡区吴家营街道办事处",
    year=2024,
    unit="元",
    date="2025年9月",
    units_text="纳入本部门2024年度部门决算编制范围的单位为吴家营街道办事处本级。",
    profile="负责辖区经济服务、城市管理、社区建设、社会事务和平安建设等工作。",
    leaves="""
2010301 gp_b=3,126,500.00
2080505 gp_b=386,240.00
2080506 gp_b=154,496.00
2101101 gp_b=168,320.00
2210201 gp_b=262,444.00
""",
    econ={
        "30101": "1,216,800.00",
        "30102": "862,000.00",
        "30103": "246,900.00",
        "30107": "468,000.00",
        "30108": "386,240.00",
        "30109": "154,496.00",
        "30110": "168,320.00",
        "30113": "262,444.00",
        "30201": "128,600.00",
        "30206": "46,200.00",
        "30211": "28,000.00",
        "30228": "70,000.00",
        "30299": "60,000.00",
    },
    sangong=("0", "0", "0", "0"),
    sangong_budget=("0", "0", "0", "6,000.00"),
    gp_budget="4,200,000.00",
    prior_spend="4,310,000.00",
    style=dict(zero_fn="", zero_sum="0.00", zero_sg="0.00", classes="own", label="表{n}", footer="{n}"),
    empty={"government_fund": ("zero", "0.00"), "state_capital": ("zero", "-")},
    say=dict(
        sangong=[
            "2024年度“三公”经费财政拨款支出年初预算为0.60万元，支出决算为0.00万元，完成年初预算的0.00%。"
            "决算数小于年初预算数的主要原因是全年未发生公务接待。",
        ],
        fund=["本单位2024年度无政府性基金预算、国有资本经营预算财政拨款收入支出，相关表格以0.00或“-”列示。"],
    ),
    claims_extra=[("sangong_execution", None, {"budget": "0.60", "actual": "0.00", "rate": "0.00"})],
)


def narrative(doc, tabs, info):
    """The 说明 [(text, is_heading)] and the claims it states [(kind, code, figures in 万元 as printed)]."""
    y, org, u = doc["year"], doc["org"], doc["unit"]
    nu = doc["style"].get("narrative_unit", "万元")
    m = info["m"]

    def W(x):  # noqa: N802
        if nu == "元":
            return f"{x:,.2f}"
        return wan(x, u)

    def n(x):
        return wan(x, u).replace(",", "")

    def rate(a, b):
        return str((a / b * 100).quantize(D("0.01"), ROUND_HALF_UP))

    final = doc["kind"] == "final_account"
    unit_word = "单位" if doc.get("report", "").startswith("单位") else "部门"
    out, claims = [], []
    out.append((f"第一部分 {unit_word}概况", True))
    out.append(("一、主要职能", True))
    out.append((doc["profile"], False))
    out.append((f"二、{unit_word}{'决算' if final else '预算'}单位构成", True))
    out.append((doc["units_text"], False))
    basic = m.t(("gp_b", "biz_b", "oth_b"))
    proj = m.t(("gp_p", "gf_p", "co_p"))
    if final:
        grand, spend = info["grand"], info["spend"]
        out.append((f"第二部分 {y}年度{unit_word}决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        sc = doc.get("spend_change")
        if sc:
            out.append((f"{y}年度收入、支出决算总计{W(grand)}{nu}，与上年相比{sc}。", False))
        else:
            out.append((f"{y}年度收入、支出决算总计{W(grand)}{nu}。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(grand)}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(info['income'])}{nu}，其中：财政拨款收入{W(m.t(('gp_b', 'gp_p', 'gf_p')))}{nu}，"
                f"事业收入{W(m.t('biz_b'))}{nu}，其他收入{W(m.t('oth_b'))}{nu}。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(info["income"])}))
        out.append(("三、支出决算情况说明", True))
        prior = d(doc["prior_spend"])
        ch = spend - prior
        if ch:
            word = "增加" if ch > 0 else "减少"
            pct = str((abs(ch) / prior * 100).quantize(D("0.01"), ROUND_HALF_UP))
            out.append(
                (
                    f"本年支出合计{W(spend)}{nu}，比上年{word}{W(abs(ch))}{nu}，{'增长' if ch > 0 else '下降'}{pct}%，"
                    f"其中：基本支出{W(basic)}{nu}，项目支出{W(proj)}{nu}。",
                    False,
                )
            )
            claims.append(
                (
                    "year_on_year",
                    None,
                    {
                        "amount": n(spend),
                        "change": ("" if ch > 0 else "-") + n(abs(ch)),
                        "rate": ("" if ch > 0 else "-") + pct,
                    },
                )
            )
        else:
            out.append(
                (f"本年支出合计{W(spend)}{nu}，其中：基本支出{W(basic)}{nu}，项目支出{W(proj)}{nu}。", False)
            )
        claims.append(("total_expenditure", None, {"amount": n(spend)}))
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        bud, gp = d(doc["gp_budget"]), m.t(("gp_b", "gp_p"))
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}{nu}，支出决算为{W(gp)}{nu}，完成年初预算的"
                f"{rate(gp, bud)}%。"
                + (
                    "决算数大于年初预算数的主要原因是年中追加了人员经费。"
                    if gp > bud
                    else "决算数小于年初预算数的主要原因是厉行节约。"
                ),
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        out.append(("五、“三公”经费财政拨款支出决算情况说明", True))
    else:
        out.append((f"第二部分 {y}年{unit_word}预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入{unit_word}预算管理。{y}年收入、支出预算总计各"
                f"{W(info['grand'])}{nu}。",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"{y}年支出预算中，基本支出{W(basic)}{nu}，占{rate(basic, info['spend'])}%，主要用于保障机构正常运转；"
                + (
                    f"项目支出{W(proj)}{nu}，占{rate(proj, info['spend'])}%。"
                    if proj
                    else "本年未安排项目支出。"
                ),
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算拨款支出{W(m.t(('gp_b', 'gp_p')))}{nu}，其中：基本支出{W(m.t('gp_b'))}{nu}，"
                + (f"项目支出{W(m.t('gp_p'))}{nu}。" if m.t("gp_p") else "无项目支出。"),
                False,
            )
        )
        out.append(("四、“三公”经费预算情况说明", True))
    for s in doc["say"]["sangong"]:
        out.append((s, False))
    out.append(
        (
            "六、政府性基金和国有资本经营预算情况说明"
            if final
            else "五、政府性基金和国有资本经营预算情况说明",
            True,
        )
    )
    for s in doc["say"]["fund"]:
        out.append((s, False))
    if doc["say"].get("extra"):
        out.append(("六、其他重要事项的情况说明" if not final else "七、其他重要事项的情况说明", True))
        for s in doc["say"]["extra"]:
            out.append((s, False))
    claims += doc["claims_extra"]
    out.append(("第四部分 名词解释", True))
    for s in (
        "一、财政拨款收入：指本级财政当年拨付的资金。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。",
        "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
        "六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    ):
        out.append((s, False))
    return out, claims


BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _final = _doc["kind"] == "final_account"
    _doc["titles"] = (FINAL_TITLES if _final else BUDGET_TITLES) + _doc.get("extra_titles", [])
    _tabs, _info = build(_doc)
    identities(_name, _doc, _tabs, _info)
    _text, _claims = narrative(_doc, _tabs, _info)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    _specs, _empty = expectations(_tabs)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=_specs,
        only_tables=sorted(t.key for t in _tabs),
        empty=_empty,
        claims=_claims,
    )

# the 说明's stated figures against the tables (a typo in a stated figure fails here)
for _name, (_doc, _tabs, _info, _text) in BUILT.items():
    _by = {t.key: t for t in _tabs}
    if _doc["kind"] == "budget":
        _ies = {r[0]: r[1] for r in _by["income_expenditure_summary"].rows}
        assert d(_ies["收入总计"]) == _info["grand"], _name
    for _kind, _code, _figs in EXPECTED[_name]["claims"]:
        if _kind == "operating_costs":
            _pub = sum((v for k, v in _info["econ"].items() if k[:3] == "302"), D(0))
            assert D(_figs["amount"]) == D(wan(_pub, _doc["unit"])), (_name, _pub)
        if _kind == "sangong_execution":
            assert D(_figs["budget"]) == D(wan(_info["sangong_budget"][0], _doc["unit"])), _name
            assert D(_figs["actual"]) == D(wan(_info["sangong"][0], _doc["unit"])), _name
