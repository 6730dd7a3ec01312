"""Expected readings of the rules_s33h inputs: eight WHOLE reports (five 部门决算, three 部门预算) whose FUND FLOW tables
(政府性基金预算财政拨款收入支出决算表, 国有资本经营预算财政拨款收入支出决算表, 一般公共预算财政拨款收入支出决算表 where a
province prints it in place of the 支出决算表 of the fund; in budgets the same tables as 上年结转 | 本年收入 | 本年支出) are
printed in the shapes real provinces use: three plain pdftotext texts (.txt; t1 and t2 print one cell a line, as
pdftotext does for widely spaced cells), three pdftotext -layout texts (.layout.txt), two PDFs drawn with minipdf.py, each
with a cover, a 目录, a 说明 with figures, every table of its template and a 名词解释 (gen.py prints them with
s33h_print.py, copied from rules_s33c).

Shapes attacked (documents):
- a final account's flow 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余 with rows printing
  only some of the six (blank cells dropped in plain text: t1, t2; at their columns in layout / PDF: l1, l2, p1),
  every row's placement settled by the table's identities (unique_flow() proves it for the plain texts at import);
- 一般公共预算财政拨款收入支出决算表 as a flow, in place of the 一般公共预算财政拨款支出决算表 (t1, l1, l2);
- a fund code with 年初结转 only, nothing received or spent this year ("40.00 40.00": 年初 = 年末; t1 2120801, p1
  2120803, l2 2230299 under 国有资本经营) and one received nothing but spent its carryover (budgets: t3 2136902,
  l3 2120804, p2 2120804: 上年结转 = 本年支出, 本年收入 blank);
- a NEGATIVE 年末结转和结余 (over-spent: t2 2296002 彩票公益金 in 元, l1 2082804 一般公共预算, p1 2120802);
- 合计 first (t1, l1, l3, p2) or last (t2, t3, l2, p1); 本年支出's first sub-column headed 小计 or 合计 (l2, p2);
- 国有资本经营预算财政拨款收入支出决算表 with figures (l2: 2230105 with 年初 and no 年末, 2230299 年初 only), and empty
  with its header and a bare 合计 row above a note (t2, l1, l2's 政府性基金, as Shanghai prints them) or a statement alone;
- budgets' 政府性基金预算支出表 / 一般公共预算支出表 as 上年结转 | 本年收入 | 本年支出 (合计 | 基本支出 | 项目支出) (t3 plain,
  l3 layout, p2 PDF), the 上年结转 money spent on projects;
- codes of the 2120803 / 2296002 / 2080902 / 2230105 kinds (0 inside the 款 and 项 digits); a 2019 budget (l3) naming
  20805 行政事业单位离退休.

The figures are typed below per report (s33h_lib's docstring: functional 项 leaves by fund and kind, per-fund 年初 /
年末结转和结余 cb/ce gcb/gce scb/sce, a budget's carried money cof / cgf, the 一般公共预算 基本支出 by economic 款, 三公).
s33h_lib.build() sums every printed table from them; gen.py prints those strings and the expectations are read from
them, never from the parser's output. s33h_lib.identities() (run at import) re-adds every printed table from its
printed strings (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类; a flow row's 年初 + 本年收入 − 本年支出 = 年末 and
小计 = 基本 + 项目, a budget flow's 上年结转 + 本年收入 = 本年支出 = 基本 + 项目; each summary side; across tables: each
flow table's 合计 = the fund's figures of the 财政拨款总表, 一般公共预算 basic = 基本支出表), so a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {column: value as
printed})])], only_tables, claims (the 说明's: (kind, code, {figure: value in 万元 as printed}), reviewed by check.py as
rules_s33c's check.py does). Flow columns: carryover_begin | income | total | basic | project | carryover_end (a
budget's: carryover_begin (上年结转) | income | total | basic | project). A blank cell has no expectation; a value ending
in "?" is a zero printed."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s33h_lib import build, expectations, identities, narrative  # noqa: E402

DOCS = {}

DOCS["t1_hubei_jiangxia_zjj_2023_final.txt"] = dict(
    note="plain 湖北2023 部门决算 (万元), ONE CELL A LINE: 一般公共预算财政拨款收入支出决算表 as a flow (合计 first), "
    "政府性基金 flow with 2120803 and 2120801 (年初结转 only: '40.00' '40.00'), blank cells dropped",
    kind="final_account",
    org="武汉市江夏区住房和城市更新局",
    year=2023,
    unit="万元",
    date="2024年8月",
    n_units=2,
    profile="负责全区住房保障、城市更新、城乡建设管理、建筑市场监管和国有土地上房屋征收与补偿工作。",
    style=dict(summary="two", fiscal="two4", num="cn", cells="lines", gb_flow=True, footer="- {n} -"),
    leaves="""
2120101 gp_pe=486.30 gp_pu=72.40
2120102 gp_p=135.60 cb=18.20 ce=6.40
2120803 gf_p=1260.00 gcb=85.00 gce=32.50
2120801 gcb=40.00 gce=40.00
2080505 gp_pe=62.18
2080506 gp_pe=24.87
2101101 gp_pe=27.35
2210201 gp_pe=41.06
""",
    gp_budget="820.00",
    econ={
        "30102": "150.00",
        "30103": "40.00",
        "30108": "62.18",
        "30109": "24.87",
        "30110": "27.35",
        "30113": "41.06",
        "30302": "10.00",
        "30205": "2.00",
        "30206": "6.00",
        "30211": "8.00",
        "30217": "1.50",
        "30228": "9.00",
        "30231": "6.00",
    },
    sangong_budget=("0", "0", "7.00", "2.00"),
    sangong=("0", "0", "6.00", "1.50"),
)

DOCS["t2_henan_zhongyuan_mzj_2021_final.txt"] = dict(
    note="plain 河南2021 部门决算 (元), ONE CELL A LINE: 政府性基金 flow 合计 LAST with 2296002 彩票公益金 over-spent "
    "(年末结转和结余 -48,000.00) and 2296006 printing 3 of 6; 国有资本经营 table empty with header, bare 合计 and a note",
    kind="final_account",
    org="郑州市中原区民政局",
    year=2021,
    unit="元",
    date="2022年9月",
    n_units=3,
    profile="负责全区社会救助、养老服务、儿童福利、社区治理、社会组织管理、殡葬管理和区划地名工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        cells="lines",
        flow_total_last=True,
        empty_head=True,
        label="表{cn}",
        footer="第{n}页",
    ),
    leaves="""
2080201 gp_pe=3862450.00 gp_pu=586300.00
2080208 gp_p=1280000.00 cb=120000.00 ce=35600.00
2081002 gp_p=2460000.00
2081901 gp_p=5320000.00
2296002 gf_p=1860000.00 gcb=210000.00 gce=-48000.00
2296006 gf_p=320000.00
2080505 gp_pe=512360.00
2080506 gp_pe=204944.00
2101101 gp_pe=236800.00
2210201 gp_pe=384260.00
""",
    gp_budget="14000000.00",
    econ={
        "30102": "1260000.00",
        "30103": "320000.00",
        "30107": "640000.00",
        "30108": "512360.00",
        "30109": "204944.00",
        "30110": "236800.00",
        "30113": "384260.00",
        "30302": "96000.00",
        "30205": "24000.00",
        "30206": "86000.00",
        "30207": "18000.00",
        "30211": "42000.00",
        "30217": "12600.00",
        "30228": "76800.00",
        "30231": "48000.00",
    },
    sangong_budget=("0", "0", "60000.00", "20000.00"),
    sangong=("0", "0", "48000.00", "12600.00"),
)

DOCS["t3_sichuan_jintang_nyncj_2024_budget.txt"] = dict(
    note="plain 四川2024 部门预算 (万元), a row on a line: 一般公共预算支出表 and 政府性基金预算支出表 as 上年结转 | 本年收入 | "
    "本年支出 (合计 | 基本支出 | 项目支出), 合计 LAST; 2136902 spends its 上年结转 only (本年收入 blank)",
    kind="budget",
    org="金堂县农业农村局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=2,
    profile="负责全县农业农村发展规划、粮食生产、农业技术推广、农田建设、水库移民后期扶持和乡村振兴工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        gb_flow=True,
        gf_flow=True,
        flow_total_last=True,
        flow_sub="合计",
        label="公开{nn}表",
        footer="- {n} -",
    ),
    leaves="""
2130101 gp_pe=386.40 gp_pu=52.30
2130104 gp_pe=142.60 gp_pu=18.40 biz_pe=24.00
2130122 gp_p=260.00 cof_p=35.00
2130153 gp_p=180.00
2136601 gf_p=86.00
2136902 cgf_p=45.00
2080505 gp_pe=58.62
2080506 gp_pe=23.45
2101101 gp_pe=25.80
2210201 gp_pe=39.14
""",
    econ={
        "30102": "180.00",
        "30103": "45.00",
        "30107": "96.00",
        "30108": "58.62",
        "30109": "23.45",
        "30110": "25.80",
        "30113": "39.14",
        "30302": "12.00",
        "30205": "2.40",
        "30206": "8.60",
        "30211": "10.20",
        "30217": "1.80",
        "30228": "11.50",
        "30231": "9.60",
    },
    sangong=("0", "0", "9.60", "1.80"),
)

DOCS["l1_hunan_yuhua_tyjrswj_2022_final.layout.txt"] = dict(
    note="layout 湖南2022 部门决算 (万元): 一般公共预算财政拨款收入支出决算表 as a flow (合计 first) with 2080902 (年初 and "
    "年末 in 基本支出 money), 2082804 over-spent (年末 -2.40, no 年初), 2080999 年初 and no 年末; 政府性基金 and 国有资本经营 "
    "tables empty with header, bare 合计 and a note",
    kind="final_account",
    org="长沙市雨花区退役军人事务局",
    year=2022,
    unit="万元",
    date="2023年9月",
    n_units=2,
    profile="负责全区退役军人思想政治、管理保障和安置工作，军队移交政府离退休干部服务管理，拥军优属和褒扬纪念工作。",
    style=dict(summary="two", fiscal="two4", num="cn", gb_flow=True, empty_head=True, footer="第 {n} 页"),
    leaves="""
2082801 gp_pe=268.40 gp_pu=42.60
2082804 gp_p=186.50 ce=-2.40
2082850 gp_pe=96.20 gp_pu=14.80
2080902 gp_pe=152.30 gp_pu=26.40 cb=8.60 ce=3.10
2080999 gp_p=64.00 cb=12.00
2080505 gp_pe=41.26
2080506 gp_pe=16.50
2101101 gp_pe=18.34
2210201 gp_pe=27.92
""",
    gp_budget="900.00",
    econ={
        "30102": "160.00",
        "30103": "42.00",
        "30107": "88.00",
        "30108": "41.26",
        "30109": "16.50",
        "30110": "18.34",
        "30113": "27.92",
        "30302": "36.00",
        "30205": "1.80",
        "30206": "6.40",
        "30211": "7.20",
        "30217": "1.20",
        "30228": "9.60",
        "30231": "5.60",
    },
    sangong_budget=("0", "0", "6.00", "1.50"),
    sangong=("0", "0", "5.60", "1.20"),
)

DOCS["l2_zhejiang_yuecheng_jxj_2025_final.layout.txt"] = dict(
    note="layout 浙江2025 部门决算 (元): 一般公共预算 and 国有资本经营 flows 合计 LAST, 本年支出 headed 合计 | 基本支出 | "
    "项目支出; 国有资本经营 2230105 (年初, no 年末) and 2230299 (年初 = 年末, nothing received or spent); 政府性基金 empty "
    "with header",
    kind="final_account",
    org="绍兴市越城区经济和信息化局",
    year=2025,
    unit="元",
    date="2026年8月",
    n_units=1,
    profile="负责全区工业和信息化发展规划、中小企业发展、数字经济、节能降耗和国有企业改革相关工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        gb_flow=True,
        flow_total_last=True,
        flow_sub="合计",
        empty_head=True,
        label="附表{n}",
        footer="- {n} -",
    ),
    leaves="""
2150501 gp_pe=4268300.00 gp_pu=612400.00
2150599 gp_p=1850000.00 cb=260000.00 ce=84000.00
2150805 gp_p=3200000.00
2230105 sc_p=680000.00 scb=120000.00
2230299 scb=500000.00 sce=500000.00
2080505 gp_pe=562400.00
2080506 gp_pe=224960.00
2101101 gp_pe=248300.00
2210201 gp_pe=396500.00
""",
    gp_budget="11200000.00",
    econ={
        "30102": "1420000.00",
        "30103": "380000.00",
        "30107": "920000.00",
        "30108": "562400.00",
        "30109": "224960.00",
        "30110": "248300.00",
        "30113": "396500.00",
        "30302": "64000.00",
        "30205": "18000.00",
        "30206": "96000.00",
        "30207": "24000.00",
        "30211": "58000.00",
        "30213": "46000.00",
        "30217": "16400.00",
        "30228": "84600.00",
        "30231": "52000.00",
    },
    sangong_budget=("0", "0", "60000.00", "20000.00"),
    sangong=("0", "0", "52000.00", "16400.00"),
)

DOCS["l3_shandong_licheng_cgj_2019_budget.layout.txt"] = dict(
    note="layout 山东2019 部门预算 (元): 一般公共预算支出表 and 政府性基金预算支出表 as 上年结转 | 本年收入 | 本年支出 (合计 | "
    "基本支出 | 项目支出), 合计 first; 2120804 spends its 上年结转 only; 2019 names (20805 行政事业单位离退休)",
    kind="budget",
    org="济南市历城区城市管理局",
    year=2019,
    unit="元",
    date="2019年2月",
    n_units=3,
    profile="负责全区城市管理综合执法、市容环境卫生、城市道路照明、城市建设项目实施和城市基础设施维护管理工作。",
    names={"20805": "行政事业单位离退休"},
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        gb_flow=True,
        gf_flow=True,
        flow_sub="合计",
        sc_table=True,
        footer="第{n}页",
    ),
    leaves="""
2120101 gp_pe=5264300.00 gp_pu=796200.00
2120104 gp_p=8650000.00 cof_p=420000.00
2120803 gf_p=12600000.00 cgf_p=1800000.00
2120804 cgf_p=650000.00
2080505 gp_pe=684720.00
2080506 gp_pe=273888.00
2101101 gp_pe=302400.00
2210201 gp_pe=498600.00
""",
    econ={
        "30102": "1680000.00",
        "30103": "460000.00",
        "30107": "1120000.00",
        "30108": "684720.00",
        "30109": "273888.00",
        "30110": "302400.00",
        "30113": "498600.00",
        "30302": "128000.00",
        "30205": "36000.00",
        "30206": "148000.00",
        "30207": "26000.00",
        "30211": "64000.00",
        "30213": "92000.00",
        "30217": "18000.00",
        "30228": "106000.00",
        "30231": "86000.00",
    },
    sangong=("0", "0", "86000.00", "18000.00"),
)

DOCS["p1_guangxi_xixiangtang_zrzyj_2020_final.pdf"] = dict(
    note="PDF 广西2020 部门决算 (万元), full grid: 政府性基金 flow 合计 LAST with 2120802 over-spent (年末 -36.50, no 年初) "
    "and 2120803 年初结转 only (年初 = 年末 60.00); 国有资本经营 table stated empty",
    kind="final_account",
    org="南宁市西乡塘区自然资源局",
    year=2020,
    unit="万元",
    date="2021年9月",
    n_units=2,
    profile="负责全区自然资源调查监测、国土空间规划实施、土地征收与储备、耕地保护和不动产登记工作。",
    style=dict(summary="two", fiscal="two4", num="cn", flow_total_last=True, footer="第 {n} 页"),
    leaves="""
2200101 gp_pe=412.60 gp_pu=58.90
2200106 gp_p=236.00 cb=24.50 ce=9.80
2120801 gf_p=2860.00 gcb=320.00 gce=145.00
2120802 gf_p=980.00 gce=-36.50
2120803 gcb=60.00 gce=60.00
2080505 gp_pe=52.84
2080506 gp_pe=21.14
2101101 gp_pe=23.60
2210201 gp_pe=36.75
""",
    gp_budget="860.00",
    econ={
        "30102": "128.00",
        "30103": "32.00",
        "30107": "74.00",
        "30108": "52.84",
        "30109": "21.14",
        "30110": "23.60",
        "30113": "36.75",
        "30302": "8.40",
        "30205": "1.60",
        "30206": "5.20",
        "30211": "6.80",
        "30217": "1.40",
        "30228": "8.20",
        "30231": "4.80",
    },
    sangong_budget=("0", "0", "6.00", "2.00"),
    sangong=("0", "0", "4.80", "1.40"),
)

DOCS["p2_jiangsu_wujin_zjj_2025_budget.pdf"] = dict(
    note="PDF 江苏2025 部门预算 (元), full grid: 一般公共预算支出表 and 政府性基金预算支出表 as 上年结转 | 本年收入 | 本年支出 "
    "(合计 | 基本支出 | 项目支出), 合计 first; 2120804 spends its 上年结转 only; 2024+ summary items",
    kind="budget",
    org="常州市武进区住房和城乡建设局",
    year=2025,
    unit="元",
    date="2025年2月",
    n_units=2,
    profile="负责全区住房和城乡建设、建筑业和房地产市场监管、城市基础设施建设和村镇建设工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        gb_flow=True,
        gf_flow=True,
        flow_sub="合计",
        footer="第 {n} 页",
    ),
    leaves="""
2120101 gp_pe=3862400.00 gp_pu=524600.00
2120102 gp_p=2160000.00 cof_p=380000.00
2120803 gf_p=9800000.00 cgf_p=1250000.00
2120804 cgf_p=460000.00
2080505 gp_pe=498560.00
2080506 gp_pe=199424.00
2101101 gp_pe=221300.00
2210201 gp_pe=356700.00
""",
    econ={
        "30102": "1260000.00",
        "30103": "340000.00",
        "30107": "860000.00",
        "30108": "498560.00",
        "30109": "199424.00",
        "30110": "221300.00",
        "30113": "356700.00",
        "30302": "72000.00",
        "30205": "22000.00",
        "30206": "96000.00",
        "30207": "16000.00",
        "30211": "48000.00",
        "30213": "62000.00",
        "30217": "14000.00",
        "30228": "72600.00",
        "30231": "56000.00",
    },
    sangong=("0", "0", "56000.00", "14000.00"),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info = build(_doc)
    identities(_name, _doc, _tabs, _info)
    _text, _claims = narrative(_doc, _tabs, _info)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=_claims,
    )
