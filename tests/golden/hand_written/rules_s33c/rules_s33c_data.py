"""Expected readings of the rules_s33c inputs: eight WHOLE reports (five 部门预算, three 部门决算) whose 收支总表 family
(部门收支总表 / 收入支出决算总表 / 财政拨款收支总表 / 财政拨款收入支出决算总表) is printed in the less common shapes real
provinces use: three plain pdftotext texts (.txt), three pdftotext -layout texts (.layout.txt), two PDFs, each a
cover, a 目录, a 说明 with figures, every table of its template and a 名词解释 (gen.py prints them with s33c_print.py).

Shapes attacked (documents):
- a summary STACKED in one column pair: all income items, 本年收入合计, 上年结转结余 (its parts), 收入总计, then the
  expenditure items, 本年支出合计, 结转下年, 支出总计, no side by side: 项目 | 金额 (b1 部门收支总表, f3 财政拨款收入支出
  决算总表), 项目 | 行次 | 金额 (b2 财政拨款收支总表, f2 收入支出决算总表);
- the income side and the expenditure side as two tables on two pages under one title: the second headed "续表"
  (f1 财政拨款收入支出决算总表) or with its own 支出 header only (b3 部门收支总表); the expenditure side running on to
  the next page with the income side finished, header repeated (b5 部门收支总表 PDF, f2 财政拨款收入支出决算总表 layout);
- a budget's 收支总表 with 上年预算数 | 本年预算数 on each side (b2 plain, 元; b4 layout, 元, headed "2023年预算数 |
  2024年预算数"), and the 2024+ items 五、单位资金 (（一）事业收入 … （五）其他收入) with 上年结转结余 split into 财政拨款结转
  / 单位资金结转 (b1 stacked, b4 two-sided with the prior year);
- a final account's 收入支出决算总表 with 年初预算数 | 调整预算数 | 决算数 on each side (f1 plain, f3 PDF);
- 财政拨款收支总表 whose expenditure side prints 合计 | 一般公共预算 | 政府性基金 | 国有资本经营 with rows printing 2 of
  the 4 (合计 and one fund, equal figures) or 3 (合计 and two funds), blank cells dropped in plain text (b1 plain,
  b3 / b4 layout, b5 PDF, f1 / f2 finals);
- items numbered 一、 (b1, b4, f1, f3's 收支总表), （一） with sub-items 1. (b5), 1. (f2; b2's expenditure items), none
  (b2's income items, b3, f3's 财政拨款总表);
- the expenditure side by economic class (工资福利支出, 商品和服务支出, 对个人和家庭的补助, 资本性支出, 对企业补助) instead
  of by function (b3).

The figures are typed below per report (s33c_lib's docstring: functional 项 leaves by fund and kind, the 一般公共预算
基本支出 by economic 款, the summary's other columns, 三公). s33c_lib.build() sums every printed table from them; gen.py
prints those strings and the expectations are read from them, never from the parser's output. s33c_lib.identities()
(run at import) re-adds every printed table from its printed strings (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 =
Σ 类, each summary side: items = 本年合计, 本年合计 + 结转 = 总计, 总计 both sides in every column, 单位资金 = Σ its
parts, 合计 = Σ funds in the 财政拨款总表; across tables: 收支总表 = 支出表 = 收入表, 一般公共预算 basic = 基本支出表).

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {column[@phase]:
value as printed})])], only_tables, claims (the 说明's: (kind, code, {figure: value in 万元 as printed}), check.py
reviews them as rules_s32c's check.py does). Summary rows by their whole printed label (number included): income
items "income", expenditure items "expenditure" (财政拨款总表 also expenditure_general_public /
expenditure_government_fund / expenditure_state_capital), whether printed side by side, stacked or in two tables; a
final's 年初预算数 "<col>@budget"; 上年预算数 and 调整预算数 have NO expectation (a figure loaded from them is SPURIOUS or
WRONG). A value ending in "?" is a zero printed (none here: blanks are blank); a blank cell has no expectation."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s33c_lib import (  # noqa: E402
    EB,
    EXP,
    FS,
    GB,
    GF,
    INC,
    IS,
    SG,
    build,
    expectations,
    identities,
    narrative,
)

DOCS = {}

DOCS["b1_henan_xiping_nyncj_2024_budget.txt"] = dict(
    note="plain 河南2024 部门预算 (万元): 部门收支总表 STACKED (项目 | 金额: the 2024 items 一、…五、单位资金 with （一）…（五）, "
    "本年收入合计, 上年结转结余 with （一）财政拨款结转 / （二）单位资金结转, 收入总计, then the 类, 本年支出合计, 结转下年, 支出总计); "
    "财政拨款收支总表 two-sided with 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 (rows printing 2 or 3 of the 4)",
    kind="budget",
    org="西平县农业农村局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=3,
    profile="贯彻落实党中央关于“三农”工作的方针政策，统筹推进乡村振兴、粮食安全、农业技术推广和农田水利建设。",
    style=dict(summary="stacked", fiscal="two4", template="2024", num="cn", footer="- {n} -"),
    leaves="""
2080501 gp_pe=12.60
2080505 gp_pe=86.42 biz_pe=5.76
2080506 gp_pe=34.57
2101101 gp_pe=38.20
2130101 gp_pe=412.35 gp_pu=58.60
2130104 gp_pe=268.14 gp_pu=31.20 biz_pe=42.50 biz_pu=12.80 oth_p=6.00
2130108 gp_p=45.00 cof_p=12.50
2130122 gp_p=120.00 cou_p=8.20
2130153 gp_p=210.50
2136601 gf_p=96.00
2210201 gp_pe=52.18 biz_pe=3.40
""",
    econ={
        "30102": "210.30",
        "30103": "45.20",
        "30108": "86.42",
        "30109": "34.57",
        "30110": "38.20",
        "30113": "52.18",
        "30302": "12.60",
        "30205": "3.20",
        "30206": "8.60",
        "30211": "9.80",
        "30217": "2.40",
        "30228": "11.60",
        "30231": "12.00",
    },
    sangong=("0", "0", "12.00", "2.40"),
)

DOCS["b2_hunan_liuyang_wlj_2023_budget.txt"] = dict(
    note="plain 湖南2023 部门预算 (元): 收支总表 two-sided with 上年预算数 | 本年预算数 on each side (blank cells dropped), "
    "income items unnumbered, expenditure items numbered 1.; 财政拨款收支总表 STACKED with 行次 (项目 | 行次 | 金额)",
    kind="budget",
    org="浏阳市文化旅游广电体育局",
    year=2023,
    unit="元",
    date="2023年3月",
    n_units=2,
    profile="负责全市文化、旅游、广播电视和体育事业的发展规划、公共服务体系建设、文物保护和市场管理。",
    style=dict(
        summary="two",
        other="prior",
        fiscal="stacked",
        fs_rowno=True,
        inc_num="none",
        exp_num="dot",
        fs_num="cn",
        label="公开{nn}表",
        is_title="收支总表",
        footer="第{n}页",
    ),
    leaves="""
2070101 gp_pe=3256480.00 gp_pu=486200.00
2070109 gp_p=820000.00 cof_p=150000.00
2070111 gp_p=460000.00
2070204 gp_p=1200000.00 oth_p=80000.00
2080505 gp_pe=412368.00
2080506 gp_pe=164947.20
2101101 gp_pe=186520.00
2210201 gp_pe=247360.00
2296003 gf_p=350000.00
""",
    prior={
        "一般公共预算拨款收入": "6,980,000.00",
        "政府性基金预算拨款收入": "300,000.00",
        "其他收入": "60,000.00",
        "carry": "120,000.00",
        "文化旅游体育与传媒支出": "6,290,000.00",
        "社会保障和就业支出": "560,000.00",
        "卫生健康支出": "180,000.00",
        "住房保障支出": "130,000.00",
        "其他支出": "300,000.00",
    },
    econ={
        "30102": "1024600.00",
        "30103": "268200.00",
        "30107": "420000.00",
        "30108": "412368.00",
        "30109": "164947.20",
        "30110": "186520.00",
        "30113": "247360.00",
        "30302": "96000.00",
        "30205": "18000.00",
        "30206": "42000.00",
        "30207": "12600.00",
        "30211": "36000.00",
        "30217": "15000.00",
        "30228": "52800.00",
        "30231": "48000.00",
        "31002": "30000.00",
    },
    sangong=("0", "0", "48000.00", "15000.00"),
)

DOCS["f1_shandong_zhangqiu_sfj_2023_final.txt"] = dict(
    note="plain 山东2023 部门决算 (万元): 收入支出决算总表 two-sided with 年初预算数 | 调整预算数 | 决算数 on each side (blank "
    "cells dropped); 财政拨款收入支出决算总表 as two tables on two pages: 收入 (项目 | 金额), then '续表' with the 支出 side "
    "(合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款, 2 of the 4 printed)",
    kind="final_account",
    org="济南市章丘区司法局",
    year=2023,
    unit="万元",
    date="2024年8月",
    n_units=1,
    profile="负责全区法治政府建设、行政复议、公共法律服务、人民调解、社区矫正和普法依法治理工作。",
    style=dict(summary="two", other="three", fiscal="split4", fs_cont="续表", num="cn", footer="- {n} -"),
    leaves="""
2040601 gp_pe=586.34 gp_pu=92.16
2040604 gp_p=48.60 oth_p=3.50 cb=6.20 ce=2.10
2040610 gp_p=35.80
2080505 gp_pe=72.48
2080506 gp_pe=28.99
2080801 gp_pe=12.30
2101101 gp_pe=31.62
2210201 gp_pe=45.36
2210203 gp_pe=8.40
""",
    yb={
        "一般公共预算财政拨款收入": "948.20",
        "其他收入": "5.00",
        "公共安全支出": "770.60",
        "社会保障和就业支出": "98.40",
        "卫生健康支出": "30.80",
        "住房保障支出": "53.40",
    },
    adj={
        "一般公共预算财政拨款收入": "960.50",
        "其他收入": "3.50",
        "公共安全支出": "769.40",
        "社会保障和就业支出": "113.77",
        "卫生健康支出": "31.62",
        "住房保障支出": "49.21",
    },
    gp_budget="948.20",
    econ={
        "30102": "168.40",
        "30103": "40.20",
        "30107": "96.30",
        "30108": "72.48",
        "30109": "28.99",
        "30110": "31.62",
        "30113": "45.36",
        "30302": "8.40",
        "30305": "12.30",
        "30205": "2.10",
        "30206": "9.60",
        "30211": "12.40",
        "30217": "1.86",
        "30228": "10.20",
        "30231": "6.80",
    },
    sangong_budget=("0", "0", "8.00", "2.50"),
    sangong=("0", "0", "6.80", "1.86"),
)

DOCS["b3_guangxi_xingning_jtysj_2025_budget.layout.txt"] = dict(
    note="layout 广西2025 部门预算 (万元): 部门收支总表 as two tables on two pages under one title: 收入 (项目 | 预算数), then "
    "the 支出 side with its own 支出 header, BY ECONOMIC CLASS (工资福利支出 …), items unnumbered; 财政拨款收支总表 "
    "two-sided with four expenditure columns (rows printing 2 or 3 of the 4)",
    kind="budget",
    org="南宁市兴宁区交通运输局",
    year=2025,
    unit="万元",
    date="2025年1月",
    n_units=1,
    profile="负责辖区公路建设与养护、道路运输管理、交通运输安全监管和城市道路配套设施建设。",
    style=dict(
        summary="split", fiscal="two4", num="none", exp_econ=True, label="附表{n}", footer="第 {n} 页"
    ),
    leaves="""
2140101 gp_pe=356.80 gp_pu=48.20
2140106 gp_p=520.00
2120803 gf_p=180.00
2080505 gp_pe=44.62
2080506 gp_pe=17.85
2101101 gp_pe=19.40
2210201 gp_pe=28.56
""",
    proj_econ={"310": "150.00", "312": "60.00"},
    econ={
        "30102": "120.40",
        "30103": "28.60",
        "30108": "44.62",
        "30109": "17.85",
        "30110": "19.40",
        "30113": "28.56",
        "30305": "3.20",
        "30205": "1.80",
        "30206": "4.20",
        "30211": "6.50",
        "30217": "1.20",
        "30228": "6.80",
        "30231": "8.00",
        "31002": "3.00",
    },
    sangong=("0", "0", "8.00", "1.20"),
)

DOCS["b4_fujian_jinjiang_scjgj_2024_budget.layout.txt"] = dict(
    note="layout 福建2024 部门预算 (元): 部门收支总表 two-sided with '2023年预算数 | 2024年预算数' on each side and the 2024 "
    "items (五、单位资金 with （一）事业收入 …（五）其他收入; 上年结转结余 with （一）财政拨款结转 / （二）单位资金结转); 财政拨款收支总表 "
    "with four expenditure columns, every row printing 2 of the 4 (no 政府性基金 money)",
    kind="budget",
    org="晋江市市场监督管理局",
    year=2024,
    unit="元",
    date="2024年2月",
    n_units=2,
    profile="负责全市市场综合监督管理、市场主体登记注册、食品药品安全监管、质量和标准化管理及检验检测工作。",
    style=dict(summary="two", other="prior", year_heads=True, fiscal="two4", template="2024", num="cn"),
    leaves="""
2013801 gp_pe=6842360.00 gp_pu=986400.00
2013812 gp_p=1260000.00 cof_p=320000.00
2013816 gp_p=2450000.00
2013850 gp_pe=2136480.00 gp_pu=248600.00 biz_pe=860000.00 biz_pu=215000.00 oth_pu=42000.00
2060499 biz_p=380000.00 cou_p=125600.00
2080505 gp_pe=1086512.00 biz_pe=68400.00
2080506 gp_pe=434604.80
2101101 gp_pe=368240.00
2101102 gp_pe=126880.00
2210201 gp_pe=868946.00 biz_pe=54720.00
""",
    prior={
        "一般公共预算拨款收入": "16,420,000.00",
        "单位资金": "1,580,000.00",
        "事业收入": "1,540,000.00",
        "其他收入": "40,000.00",
        "carry": "380,000.00",
        "一般公共服务支出": "14,980,000.00",
        "科学技术支出": "420,000.00",
        "社会保障和就业支出": "1,560,000.00",
        "卫生健康支出": "480,000.00",
        "住房保障支出": "940,000.00",
    },
    econ={
        "30102": "2860400.00",
        "30103": "620000.00",
        "30107": "1480000.00",
        "30108": "1086512.00",
        "30109": "434604.80",
        "30110": "495120.00",
        "30113": "868946.00",
        "30302": "186000.00",
        "30205": "36000.00",
        "30206": "128000.00",
        "30207": "42000.00",
        "30211": "96000.00",
        "30213": "58000.00",
        "30217": "38000.00",
        "30228": "142600.00",
        "30231": "168000.00",
        "31002": "86000.00",
    },
    sangong=("0", "0", "168000.00", "38000.00"),
)

DOCS["f2_sichuan_pengzhou_slj_2024_final.layout.txt"] = dict(
    note="layout 四川2024 部门决算 (万元): 收入支出决算总表 STACKED with 行次 (项目 | 行次 | 金额), items numbered 1.; "
    "财政拨款收入支出决算总表 two-sided with four expenditure columns, its expenditure side running on to the next page "
    "under the repeated header after the income side finished",
    kind="final_account",
    org="彭州市水务局",
    year=2024,
    unit="万元",
    date="2025年8月",
    n_units=2,
    profile="负责全市水资源管理、水利工程建设与运行管理、河湖长制、水土保持和农村供水保障工作。",
    style=dict(
        summary="stacked",
        rowno=True,
        fiscal="run_on4",
        fs_break_at=6,
        totals_aligned=False,
        num="dot",
        fs_num="cn",
        footer="- {n} -",
    ),
    leaves="""
2130301 gp_pe=486.25 gp_pu=64.80 oth_pu=4.60
2130305 gp_p=1280.00 cb=35.00 ce=12.60
2130311 gp_p=96.40
2136601 gf_p=145.00
2110302 gp_p=230.00
2060499 gp_p=42.00
2240106 gp_p=68.50
2080505 gp_pe=58.34
2080506 gp_pe=23.34
2101101 gp_pe=26.10
2210201 gp_pe=38.90
""",
    gp_budget="2300.00",
    econ={
        "30102": "142.60",
        "30103": "36.40",
        "30107": "82.50",
        "30108": "58.34",
        "30109": "23.34",
        "30110": "26.10",
        "30113": "38.90",
        "30305": "4.80",
        "30205": "3.60",
        "30206": "8.40",
        "30211": "9.20",
        "30217": "1.60",
        "30228": "8.90",
        "30231": "10.40",
        "31002": "4.50",
    },
    sangong_budget=("0", "0", "12.00", "2.00"),
    sangong=("0", "0", "10.40", "1.60"),
)

DOCS["b5_zhejiang_yongkang_dcjd_2023_budget.pdf"] = dict(
    note="PDF 浙江2023 部门预算 (元), full grid: 部门收支总表 two-sided, its expenditure side (ten 类) running on to the next "
    "page under the repeated header after the income side finished, items numbered （一）; 财政拨款收支总表 with four "
    "expenditure columns (212 prints 3 of the 4, 229 合计 and 政府性基金 only)",
    kind="budget",
    org="永康市人民政府东城街道办事处",
    year=2023,
    unit="元",
    date="2023年2月",
    n_units=2,
    profile="负责辖区经济发展、社会事务管理、城市管理、社区建设、民政救助、环境整治和安全生产等工作。",
    style=dict(
        summary="run_on", break_at=9, totals_aligned=False, fiscal="two4", num="paren", footer="第 {n} 页"
    ),
    leaves="""
2010301 gp_pe=5862340.00 gp_pu=826500.00
2010350 gp_pe=1246800.00 gp_pu=186200.00
2070109 gp_p=380000.00
2080208 gp_p=2460000.00 cof_p=260000.00
2080505 gp_pe=968420.00
2080506 gp_pe=387368.00
2081901 gp_p=1850000.00
2101101 gp_pe=342860.00
2110302 gp_p=1200000.00
2120104 gp_p=3650000.00 oth_p=150000.00
2120803 gf_p=1500000.00
2130122 gp_p=860000.00
2210201 gp_pe=712460.00
2240106 gp_p=420000.00
2296002 gf_p=300000.00
""",
    econ={
        "30102": "1680400.00",
        "30103": "420000.00",
        "30107": "1260000.00",
        "30108": "968420.00",
        "30109": "387368.00",
        "30110": "342860.00",
        "30113": "712460.00",
        "30302": "248000.00",
        "30205": "32000.00",
        "30206": "126000.00",
        "30207": "38000.00",
        "30211": "64000.00",
        "30213": "86000.00",
        "30217": "42000.00",
        "30228": "118600.00",
        "30231": "96000.00",
        "31002": "60000.00",
    },
    sangong=("0", "0", "96000.00", "42000.00"),
)

DOCS["f3_jiangsu_jiangyin_wgl_2022_final.pdf"] = dict(
    note="PDF 江苏2022 部门决算 (万元), full grid: 收入支出决算总表 two-sided with 年初预算数 | 调整预算数 | 决算数 on each side; "
    "财政拨款收入支出决算总表 STACKED (项目 | 金额), its items unnumbered",
    kind="final_account",
    org="江阴市文化广电和旅游局",
    year=2022,
    unit="万元",
    date="2023年8月",
    n_units=3,
    profile="负责全市文化事业、文化产业、旅游业和广播电视的发展规划，文物保护利用和公共文化服务体系建设。",
    style=dict(summary="two", other="three", fiscal="stacked", num="cn", fs_num="none", footer="- {n} -"),
    leaves="""
2070101 gp_pe=628.40 gp_pu=96.80
2070109 gp_p=185.00 biz_p=22.40 cb=12.00 ce=4.50
2070111 gp_p=96.50
2070204 gp_p=240.00 oth_p=18.00
2080505 gp_pe=76.54
2080506 gp_pe=30.62
2101101 gp_pe=33.18
2210201 gp_pe=47.96
2296003 gf_p=60.00
""",
    yb={
        "一般公共预算财政拨款收入": "1,368.00",
        "政府性基金预算财政拨款收入": "50.00",
        "事业收入": "30.00",
        "其他收入": "20.00",
        "文化旅游体育与传媒支出": "1,241.60",
        "社会保障和就业支出": "104.80",
        "卫生健康支出": "33.60",
        "住房保障支出": "48.00",
        "其他支出": "40.00",
    },
    adj={
        "一般公共预算财政拨款收入": "1,420.00",
        "政府性基金预算财政拨款收入": "60.00",
        "事业收入": "22.40",
        "其他收入": "18.00",
        "文化旅游体育与传媒支出": "1,281.40",
        "社会保障和就业支出": "107.16",
        "卫生健康支出": "33.18",
        "住房保障支出": "47.96",
        "其他支出": "50.70",
    },
    gp_budget="1368.00",
    econ={
        "30102": "186.40",
        "30103": "46.80",
        "30107": "112.60",
        "30108": "76.54",
        "30109": "30.62",
        "30110": "33.18",
        "30113": "47.96",
        "30302": "10.20",
        "30205": "2.80",
        "30206": "12.40",
        "30211": "10.60",
        "30217": "2.10",
        "30228": "12.60",
        "30231": "7.20",
        "31002": "6.00",
    },
    sangong_budget=("0", "0", "8.00", "3.00"),
    sangong=("0", "0", "7.20", "2.10"),
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
_ = (EB, EXP, FS, GB, GF, INC, IS, SG)
