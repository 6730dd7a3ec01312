"""Expected readings of the rules_s36a inputs: eight WHOLE reports (four 部门预算, four 部门决算, 2021-2026) whose WIDE
tables are printed ACROSS PAGES BY COLUMNS, as Excel prints a sheet too wide for its page: the left columns on one
page, the other columns on the next page(s). Three plain pdftotext texts (.txt), three pdftotext -layout texts
(.layout.txt: each word at the CHARACTER index of its column, a CJK character one column), two PDFs (drawn with
rules_s33i's printer and minipdf, imported). Each: a cover, a 目录, a 说明 with claims, every table of its template
(rules_s33i's builder, s33i_lib.py, imported), 名词解释. Only rules_s25b g13.pdf attacked this before (one PDF, the
title and code + name columns repeated).

The wide tables (s36a_lib.py): budget 部门收入总表 of 11 money columns (合计 | 上年结转 | 一般公共预算拨款收入 |
政府性基金 | 国有资本经营 | 财政专户管理资金 | 事业收入 | 事业单位经营收入 | 上级补助收入 | 附属单位上缴收入 | 其他收入),
budget 部门支出总表 of 8 (合计 | 基本支出 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 | 事业单位经营支出 |
对附属单位补助支出), final 收入决算表 of 7 (本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 |
附属单位上缴收入 | 其他收入), final 支出决算表 of 6 (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 |
对附属单位补助支出), final 一般公共预算财政拨款支出决算表 of 6 (年初预算数 小计 | 基本支出 | 项目支出, 决算数 小计 |
基本支出 | 项目支出; 年初 typed per 项: a 项 added during the year prints a blank 年初 block, t3's 2081001 a blank
决算 block).

Shapes attacked (documents; "at" = the money columns on the first part):
- the further part repeats 科目编码 | 科目名称 (t1 INC/EXP, t2 EXP/GB, t3 EXP, l1 INC/EXP, l2 EXP, p1 INC, p2 INC);
  only 科目编码 (t3 INC, l2 GB, l3 EXP, p2 EXP); only 科目名称 (t2 INC, p1 EXP: 行政运行 / 事业运行 … print under several
  款, so the names alone do not say the row); NOTHING, its rows by position only (t3 GB's 决算 block, l2 INC at=1,
  l3 INC at=2, p2 GB's 决算 block: every row of those parts prints a figure, so a reader counting rows can align
  them; t3 prints its zeros, so the count holds in plain text too);
- the further part's head: the title, 编制单位 and 单位 lines again with the same table number (Excel's print titles:
  t1 EXP, t2 GB, t3 GB, l1 INC, l2 EXP, l3 INC, p1 INC, p2 INC), "续表" (t1 INC, t2 EXP, t3 INC/EXP, l1 EXP, l2 GB,
  l3 EXP, p1 EXP, p2 EXP), or its column header only (t2 INC, l2 INC, p2 GB);
- "down then across" (the left columns over two pages, then the right columns over two pages: t2 GB rows 1-12 / 13-22,
  l1 INC of 40 rows, 1-26 / 27-40, p1 EXP 1-15 / 16-25) and "across then down" (left 1-k, right 1-k, left k+1-n,
  right k+1-n: t3 EXP k=10, l3 EXP k=12);
- every other table printed whole around them (收支总表, 财政拨款收支总表, 一般公共预算 (budget), 基本支出表, 三公,
  政府性基金) — the parser must not join a part to them;
- 万元 (t1, t3, l1, p1) and 元 (t2, l2, l3, p2); zeros printed (t1 "0.00", t2 "0", t3 "0.00": in plain text a row's
  blank cells are dropped, so with blanks a wide part's columns could not be told by anyone) or blank (layouts, PDFs).

Column keys: as the vocabulary names the headers (上年结转 carryover_begin, 一般公共预算拨款收入 general_public,
政府性基金 government_fund, 国有资本经营 state_capital, 财政专户 fiscal_special_account, 事业收入 business,
事业单位经营收入 / 经营收入 operating_income, 上级补助收入 upper_grant, 附属单位上缴收入 affiliated_remit, 其他收入
other_income, 基本支出 小计 basic, 人员经费 personnel, 公用经费 public_funds, 项目支出 project, 上缴上级支出 remit_upper,
事业单位经营支出 / 经营支出 operating, 对附属单位补助支出 subsidy_affiliated; 年初预算数 "<key>@budget"). A blank cell has
no expectation; a printed zero is "0.00?" (not loading it is fine).

The figures typed per report are rules_s33i's (s33i_lib's docstring: leaves by 项 and fund / kind, econ, sangong,
gp_budget), plus yb (a final's 一般公共预算 年初预算 per 项: "basic project"; Σ = gp_budget, checked) and split (per
table: s36a_lib.split's at / repeat / head / brk / order). s33i_lib.identities() re-adds the builder's tables;
s36a_lib.readd() re-adds every wide table (row total = Σ parts, 基本 = 人员 + 公用, 类 = Σ 款 = Σ 项, 合计 = Σ 类, each
column against the builder's narrow table, 人员 / 公用 经费 against the 基本支出表), so a typo fails at import. Claims
as rules_s33i's (check.py copied from rules_s35a)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s36a_lib import INC, EXP, GB, build, L  # noqa: E402

DOCS = {}

DOCS["t1_anhui_feixi_nyncj_2024_budget.txt"] = dict(
    note="plain 安徽2024 部门预算 (万元, zeros 0.00): 部门收入总表 (11 columns) cut at 5, the rest under '续表' with "
    "科目编码 | 科目名称 again; 部门支出总表 (8) cut at 4, the rest under the title again with code and name",
    kind="budget",
    org="肥西县农业农村局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=3,
    profile="贯彻落实党中央关于“三农”工作的方针政策，负责全县农业生产发展、农田建设、农业技术推广和乡村振兴工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="- {n} -", zero="0.00"),
    leaves="""
2130101 gp_pe=486.32 gp_pu=72.40
2130104 gp_pe=612.85 gp_pu=58.60 biz_p=36.00
2130108 gp_p=126.00
2130122 gp_p=845.00 cof_p=120.00
2130153 gp_p=1260.00
2130199 gp_p=48.50 oth_p=12.00
2130305 gp_p=320.00
2136601 gf_p=260.00
2080501 gp_pe=42.60
2080505 gp_pe=138.24
2080506 gp_pe=55.30
2101101 gp_pe=46.80
2101102 gp_pe=38.20
2210201 gp_pe=96.40
""",
    econ={
        "30102": "212.00",
        "30103": "65.00",
        "30107": "298.00",
        "30108": "138.24",
        "30109": "55.30",
        "30110": "85.00",
        "30113": "96.40",
        "30199": "18.00",
        "30302": "42.60",
        "30205": "3.20",
        "30206": "9.80",
        "30211": "6.50",
        "30213": "12.00",
        "30217": "1.80",
        "30228": "22.40",
        "30231": "4.60",
        "30299": "8.00",
    },
    sangong=("0", "0", "4.60", "1.80"),
    split={
        INC: dict(at=5, repeat="both", head="续表"),
        EXP: dict(at=4, repeat="both", head="title"),
    },
)

DOCS["t2_hubei_huangzhou_wlj_2022_final.txt"] = dict(
    note="plain 湖北2022 部门决算 (元, zeros 0): 收入决算表 cut at 3, the rest with 科目名称 only and its header only; "
    "支出决算表 cut at 2 under '续表' with code and name; 一般公共预算 决算表 (年初 | 决算 blocks) down then across "
    "(rows 1-12, 13-22 of the 年初 block, then of the 决算 block), the title again",
    kind="final_account",
    org="黄冈市黄州区文化和旅游局",
    year=2022,
    unit="元",
    date="2023年9月",
    n_units=2,
    profile="负责全区文化和旅游事业发展规划、公共文化服务体系建设、文物保护和旅游市场监督管理工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第{n}页", zero="0"),
    leaves="""
2070101 gp_pe=2864300.00 gp_pu=412650.00
2070109 gp_p=586000.00 oth_p=24000.00 biz_p=135000.00
2070111 gp_p=1268400.00
2070204 gp_p=2450000.00 cb=300000.00 ce=180000.00
2080501 gp_pe=168200.00
2080505 gp_pe=386420.00
2080506 gp_pe=154568.00
2080801 gp_pe=96000.00
2101101 gp_pe=182640.00
2210201 gp_pe=318560.00
2210203 gp_pe=86400.00
""",
    yb={
        "2070101": "3200000.00 0",
        "2070109": "0 600000.00",
        "2070111": "0 1000000.00",
        "2070204": "0 2000000.00",
        "2080501": "170000.00 0",
        "2080505": "380000.00 0",
        "2080506": "152000.00 0",
        "2101101": "180000.00 0",
        "2210201": "320000.00 0",
        "2210203": "86400.00 0",
    },
    gp_budget="8088400.00",
    econ={
        "30102": "980000.00",
        "30103": "240000.00",
        "30107": "860000.00",
        "30108": "386420.00",
        "30109": "154568.00",
        "30110": "182640.00",
        "30113": "318560.00",
        "30302": "168200.00",
        "30305": "96000.00",
        "30205": "18600.00",
        "30206": "64200.00",
        "30207": "12800.00",
        "30211": "28400.00",
        "30213": "46000.00",
        "30217": "9600.00",
        "30228": "68200.00",
        "30231": "36500.00",
        "30299": "42300.00",
    },
    sangong_budget=("0", "0", "40000.00", "12000.00"),
    sangong=("0", "0", "36500.00", "9600.00"),
    split={
        INC: dict(at=3, repeat="name", head=""),
        EXP: dict(at=2, repeat="both", head="续表"),
        GB: dict(at=3, repeat="both", head="title", brk=12, order="down"),
    },
)

DOCS["t3_gansu_anning_mzj_2021_final.txt"] = dict(
    note="plain 甘肃2021 部门决算 (万元, zeros 0.00): 一般公共预算 决算表's 决算 block on a page of its own with NO code "
    "or name (rows by position), the title again; 收入决算表 cut at 3, 科目编码 only, '续表'; 支出决算表 across then down "
    "(rows 1-10 left, 1-10 right, 11-24 left, 11-24 right) under '续表'; 2081001 budgeted, not spent",
    kind="final_account",
    org="兰州市安宁区民政局",
    year=2021,
    unit="万元",
    date="2022年9月",
    n_units=2,
    profile="负责全区社会救助、养老服务、儿童福利、基层政权和社区治理、殡葬管理和福利彩票公益金使用管理等工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="— {n} —", zero="0.00"),
    leaves="""
2080201 gp_pe=486.20 gp_pu=68.40
2080208 gp_p=156.00
2081002 gp_p=386.50 oth_p=8.00
2081004 gp_p=92.40
2081901 gp_p=1862.30
2082001 gp_p=124.60
2080505 gp_pe=62.36
2080506 gp_pe=24.94
2101101 gp_pe=28.60
2210201 gp_pe=52.80
2296002 gf_p=186.00
""",
    yb={
        "2080201": "540.00 0",
        "2080208": "0 150.00",
        "2081001": "0 30.00",
        "2081002": "0 400.00",
        "2081901": "0 1800.00",
        "2082001": "0 100.00",
        "2080505": "60.00 0",
        "2080506": "24.00 0",
        "2101101": "28.00 0",
        "2210201": "52.00 0",
    },
    gp_budget="3184.00",
    econ={
        "30102": "96.00",
        "30103": "28.00",
        "30107": "112.00",
        "30108": "62.36",
        "30109": "24.94",
        "30110": "28.60",
        "30113": "52.80",
        "30199": "6.20",
        "30206": "4.80",
        "30211": "3.20",
        "30228": "9.60",
        "30231": "2.40",
        "30299": "6.00",
    },
    sangong_budget=("0", "0", "3.00", "1.00"),
    sangong=("0", "0", "2.40", "0.62"),
    split={
        GB: dict(at=3, repeat="none", head="title"),
        INC: dict(at=3, repeat="code", head="续表"),
        EXP: dict(at=3, repeat="both", head="续表", brk=10, order="across"),
    },
)

DOCS["l1_hunan_ningxiang_nyncj_2025_budget.layout.txt"] = dict(
    note="layout 湖南2025 部门预算 (万元, blanks): 部门收入总表 of 40 rows down then across (columns 1-5 rows 1-26, "
    "rows 27-40, then columns 6-11 rows 1-26, 27-40), code and name again, the title again; 部门支出总表 cut at 4 "
    "under '续表'",
    kind="budget",
    org="宁乡市农业农村局",
    year=2025,
    unit="万元",
    date="2025年2月",
    n_units=5,
    profile="负责全市农业农村经济发展、高标准农田建设、农业技术推广、林业生态保护、农村水利和乡村振兴衔接工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    leaves="""
2130101 gp_pe=628.40 gp_pu=86.20
2130104 gp_pe=1286.50 gp_pu=142.30
2130106 gp_p=96.00 biz_p=18.00
2130108 gp_p=168.00
2130119 gp_p=45.00
2130122 gp_p=1520.00 cof_p=260.00
2130126 gp_p=86.50
2130135 gp_p=132.00
2130153 gp_p=2680.00
2130199 gp_p=64.20 oth_p=15.00
2130205 gp_p=210.00
2130209 gp_p=356.80
2130305 gp_p=480.00
2130311 gp_p=62.00
2130316 gp_p=318.00
2130504 gp_p=1200.00
2130599 gp_p=86.00
2130705 gp_p=420.00
2080501 gp_pe=86.40
2080505 gp_pe=246.32
2080506 gp_pe=98.53
2080801 gp_pe=12.00
2101101 gp_pe=72.60
2101102 gp_pe=58.40
2210201 gp_pe=186.20
2210203 gp_pe=42.00
""",
    econ={
        "30102": "386.00",
        "30103": "120.00",
        "30107": "612.00",
        "30108": "246.32",
        "30109": "98.53",
        "30110": "131.00",
        "30113": "186.20",
        "30199": "24.00",
        "30302": "86.40",
        "30305": "12.00",
        "30205": "4.50",
        "30206": "18.60",
        "30211": "12.40",
        "30213": "26.00",
        "30217": "2.80",
        "30228": "38.50",
        "30231": "8.60",
        "30299": "16.40",
        "31002": "12.00",
    },
    sangong=("0", "0", "8.60", "2.80"),
    split={
        INC: dict(at=5, repeat="both", head="title", brk=26, order="down"),
        EXP: dict(at=4, repeat="both", head="续表"),
    },
)

DOCS["l2_jiangsu_wujin_cgj_2023_final.layout.txt"] = dict(
    note="layout 江苏2023 部门决算 (元, blanks): 收入决算表 cut at 1 (合计 alone), the rest with NO code or name and its "
    "header only (rows by position); 一般公共预算 决算表's 决算 block with 科目编码 only under '续表'; 支出决算表 cut at 2, "
    "the title again with code and name",
    kind="final_account",
    org="常州市武进区城市管理局",
    year=2023,
    unit="元",
    date="2024年8月",
    n_units=3,
    profile="负责全区城市管理综合执法、市容环境卫生、城市道路照明、户外广告和渣土运输管理等工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="- {n} -"),
    leaves="""
2120101 gp_pe=3486200.00 gp_pu=568400.00
2120102 gp_p=426800.00
2120104 gp_p=1862400.00
2120199 gp_p=318600.00 oth_p=46000.00
2120501 gp_p=8624500.00 biz_p=320000.00 cb=500000.00 ce=260000.00
2120803 gf_p=2600000.00
2080501 gp_pe=246800.00
2080505 gp_pe=468320.00
2080506 gp_pe=187328.00
2101101 gp_pe=216480.00
2210201 gp_pe=398560.00
2210202 gp_pe=64800.00
""",
    yb={
        "2120101": "4000000.00 0",
        "2120102": "0 400000.00",
        "2120104": "0 2000000.00",
        "2120501": "0 8000000.00",
        "2080501": "240000.00 0",
        "2080505": "460000.00 0",
        "2080506": "184000.00 0",
        "2101101": "210000.00 0",
        "2210201": "390000.00 0",
        "2210202": "64800.00 0",
    },
    gp_budget="15948800.00",
    econ={
        "30102": "1268000.00",
        "30103": "386000.00",
        "30107": "1086000.00",
        "30108": "468320.00",
        "30109": "187328.00",
        "30110": "216480.00",
        "30113": "398560.00",
        "30199": "64800.00",
        "30302": "246800.00",
        "30205": "12600.00",
        "30206": "86400.00",
        "30207": "18600.00",
        "30211": "32800.00",
        "30213": "68400.00",
        "30217": "8600.00",
        "30228": "98600.00",
        "30231": "46200.00",
        "30299": "54800.00",
    },
    sangong_budget=("0", "0", "50000.00", "10000.00"),
    sangong=("0", "0", "46200.00", "8600.00"),
    split={
        INC: dict(at=1, repeat="none", head=""),
        GB: dict(at=3, repeat="code", head="续表"),
        EXP: dict(at=2, repeat="both", head="title"),
    },
)

DOCS["l3_shandong_licheng_scjgj_2026_budget.layout.txt"] = dict(
    note="layout 山东2026 部门预算 (元, blanks, 2024 template's 收支总表): 部门收入总表 cut at 2, the rest (一般公共预算 on) "
    "with NO code or name under the title again (rows by position); 部门支出总表 across then down (rows 1-12 left, "
    "1-12 right, 13-20 left, 13-20 right), 科目编码 only, '续表'",
    kind="budget",
    org="济南市历城区市场监督管理局",
    year=2026,
    unit="元",
    date="2026年2月",
    n_units=2,
    profile="负责全区市场综合监督管理、市场主体登记注册、食品药品安全监管、质量和标准化管理以及知识产权保护工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="第{n}页"),
    leaves="""
2013801 gp_pe=8642300.00 gp_pu=1268400.00
2013812 gp_p=486000.00
2013816 gp_p=1326500.00 oth_p=86000.00 cof_p=120000.00
2013850 gp_pe=2468200.00 gp_pu=326400.00
2080501 gp_pe=586400.00
2080505 gp_pe=1246820.00
2080506 gp_pe=498728.00
2101101 gp_pe=462300.00
2101102 gp_pe=186400.00
2210201 gp_pe=986420.00
2210203 gp_pe=246000.00
""",
    econ={
        "30102": "3860000.00",
        "30103": "1120000.00",
        "30107": "3286000.00",
        "30108": "1246820.00",
        "30109": "498728.00",
        "30110": "648700.00",
        "30112": "86000.00",
        "30113": "986420.00",
        "30199": "246000.00",
        "30302": "586400.00",
        "30205": "36800.00",
        "30206": "186400.00",
        "30207": "42600.00",
        "30211": "96800.00",
        "30213": "128600.00",
        "30215": "24000.00",
        "30216": "38600.00",
        "30217": "16800.00",
        "30228": "246300.00",
        "30231": "68400.00",
        "30299": "186000.00",
        "31002": "120000.00",
    },
    sangong=("0", "0", "68400.00", "16800.00"),
    split={
        INC: dict(at=2, repeat="none", head="title"),
        EXP: dict(at=4, repeat="code", head="续表", brk=12, order="across"),
    },
)

DOCS["p1_sichuan_wenjiang_jyj_2021_budget.pdf"] = dict(
    note="PDF 四川2021 部门预算 (万元, blanks, grid): 部门收入总表 cut at 5, the rest under the title again with code and "
    "name; 部门支出总表 down then across (columns 1-4 rows 1-15, 16-25, then columns 5-8), 科目名称 only, '续表'",
    kind="budget",
    org="成都市温江区教育局",
    year=2021,
    unit="万元",
    date="2021年3月",
    n_units=6,
    profile="负责全区各级各类教育的统筹规划和协调管理，组织实施学前教育、义务教育和教师培训工作，管理教育经费。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    leaves="""
2050101 gp_pe=486.30 gp_pu=68.20
2050201 gp_pe=2486.40 gp_pu=312.60 gp_p=420.00 biz_p=186.00
2050202 gp_pe=6842.50 gp_pu=826.40 gp_p=1280.00
2050203 gp_pe=4386.20 gp_pu=562.80 gp_p=860.00 oth_p=42.00
2050803 gp_p=126.00
2080501 gp_pe=268.40
2080505 gp_pe=1486.32
2080506 gp_pe=594.53
2101101 gp_pe=486.20
2101102 gp_pe=1268.40
2210201 gp_pe=1286.40
2296004 gf_p=320.00
""",
    econ={
        "30102": "2860.00",
        "30103": "860.00",
        "30107": "5420.00",
        "30108": "1486.32",
        "30109": "594.53",
        "30110": "1754.60",
        "30113": "1286.40",
        "30199": "186.00",
        "30302": "268.40",
        "30305": "42.00",
        "30205": "86.00",
        "30206": "326.00",
        "30207": "42.00",
        "30211": "36.00",
        "30213": "286.00",
        "30216": "48.00",
        "30217": "3.20",
        "30228": "386.00",
        "30231": "6.80",
        "30299": "128.00",
        "31002": "96.00",
    },
    sangong=("0", "0", "6.80", "3.20"),
    split={
        INC: dict(at=5, repeat="both", head="title", landscape=True),
        EXP: dict(at=4, repeat="name", head="续表", brk=15, order="down"),
    },
)

DOCS["p2_fujian_licheng_wjj_2025_final.pdf"] = dict(
    note="PDF 福建2025 部门决算 (元, blanks, grid): 一般公共预算 决算表's 决算 block with NO code or name and its header "
    "only (rows by position); 收入决算表 cut at 3, the title again with code and name; 支出决算表 cut at 2, 科目编码 "
    "only, '续表'",
    kind="final_account",
    org="泉州市鲤城区卫生健康局",
    year=2025,
    unit="元",
    date="2026年8月",
    n_units=4,
    profile="负责全区卫生健康事业发展规划、疾病预防控制、卫生监督、妇幼保健和基本公共卫生服务工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    leaves="""
2100101 gp_pe=3264800.00 gp_pu=486200.00
2100401 gp_pe=2864300.00 gp_pu=386400.00 gp_p=1864000.00
2100402 gp_pe=1246800.00 gp_pu=168400.00
2100403 gp_pe=1862400.00 gp_pu=246800.00 gp_p=586000.00 biz_p=1260000.00
2100408 gp_p=4268000.00 cb=200000.00 ce=350000.00
2100409 gp_p=1386400.00
2100499 gp_p=248600.00 oth_p=36000.00
2080501 gp_pe=486200.00
2080505 gp_pe=1086420.00
2080506 gp_pe=434568.00
2101101 gp_pe=186400.00
2101102 gp_pe=864200.00
2210201 gp_pe=986400.00
""",
    yb={
        "2100101": "3800000.00 0",
        "2100401": "4200000.00 1500000.00",
        "2100402": "1400000.00 0",
        "2100403": "2100000.00 600000.00",
        "2100408": "0 4000000.00",
        "2100409": "0 1200000.00",
        "2080501": "480000.00 0",
        "2080505": "1080000.00 0",
        "2080506": "432000.00 0",
        "2101101": "180000.00 0",
        "2101102": "860000.00 0",
        "2210201": "980000.00 0",
    },
    gp_budget="22812000.00",
    econ={
        "30102": "3860000.00",
        "30103": "1120000.00",
        "30107": "3280000.00",
        "30108": "1086420.00",
        "30109": "434568.00",
        "30110": "1050600.00",
        "30113": "986400.00",
        "30199": "168000.00",
        "30302": "486200.00",
        "30205": "46800.00",
        "30206": "186400.00",
        "30207": "36200.00",
        "30211": "68400.00",
        "30213": "146000.00",
        "30217": "12600.00",
        "30228": "186300.00",
        "30231": "48600.00",
        "30299": "168000.00",
        "31003": "120000.00",
    },
    sangong_budget=("0", "0", "50000.00", "15000.00"),
    sangong=("0", "0", "48600.00", "12600.00"),
    split={
        GB: dict(at=3, repeat="none", head=""),
        INC: dict(at=3, repeat="both", head="title"),
        EXP: dict(at=2, repeat="code", head="续表"),
    },
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info, _text, _claims = build(_name, _doc)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=L.expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=_claims,
    )
