"""Expected readings of the rules_s35e inputs: eight WHOLE reports (four 部门预算, four 部门决算; four plain pdftotext texts
.txt, two pdftotext -layout texts .layout.txt, two PDFs drawn with rules_s33c/minipdf.py), each a cover, a 目录, a 说明
with figures, every table of its template and a 名词解释, whose TWO summaries are TWO-SIDED with SEVERAL FIGURE COLUMNS
on a side (收入 | 支出 side by side, the shapes rules_s33c / rules_s28a did not print).

Shapes attacked (documents):
- 财政拨款收支总表 / 财政拨款收入支出决算总表 whose expenditure side prints 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营
  预算 (b1, b3, all finals: 国有资本经营 blank throughout; 类 rows printing two figures (合计 and one fund, equal) or three
  (合计 and two funds), blanks dropped in plain text), or 合计 | 基本支出 | 项目支出 (b4 PDF) and 小计 | 基本支出 | 项目支出
  under a group cell 预算数 (b2 plain; 类 rows printing 合计 + 项目 only, or all three); its income side one figure a line;
- the income side's carryover by fund: 上年结转 followed by 一般公共预算拨款 / 政府性基金预算拨款 / 国有资本经营预算拨款 rows
  (b2, b3, f2, f4: unnumbered), 年初财政拨款结转和结余 followed by 一、一般公共预算财政拨款 / 二、… (f1 plain, f3 layout:
  numbered again, so "一、一般公共预算财政拨款" prints TWICE on the income side with two figures, as 上海普陀 prints it);
  b1 (plain) prints the 2024 "year" shape: 一、本年收入 with （一）一般公共预算拨款 …, 二、上年结转 with （一）… per fund, 一、本年
  支出 with （一）… per 类, 二、结转下年, 收入总计 / 支出总计;
- 部门收支总表 (budget, 2024 items 一、… 五、单位资金 with （一）…（五）, 上年结转结余 with （一）财政拨款结转 / （二）单位资金结转)
  whose expenditure side prints 合计 | 基本支出 | 项目支出 (b1 plain, b3 layout) or by 类 with its funds: 合计 | 一般公共预算 |
  政府性基金预算 | 单位资金 (b2 plain, b4 PDF);
- a final account's 收入支出决算总表 with 行次 on BOTH sides and 年初预算数 | 决算数 on each side: 行次 on every line, blank
  lines too (f1 plain: "五、事业收入 5 17", the right side's 行次 alone after the left item), 行次 on the item lines only
  (f2 plain, f3 layout, f4 PDF); the 财政拨款 final table with 行次 too: on every line (f1: "4 四、其他支出 14 120.00
  120.00", the left side's 行次 before the right item; "一、一般公共预算财政拨款 7 30.40 17"), on the item lines (f2, f4);
- a side ending before the other: 本年收入合计 and 本年支出合计 on one line, the shorter side's lines blank above them (the
  income side shorter in every 财政拨款 table but b1's; the expenditure side shorter in the finals' 收入支出决算总表);
- an item wrapped over two lines on ONE side only (its first piece on the row's line with the figures and the other side,
  the rest alone below): b2 "二、政府性基金预算拨款收" / "入" (财政拨款收支总表 plain), b3 "二、政府性基金预算拨" / "款收入"
  (layout), f2 "六、灾害防治及应急" / "管理支出" (收入支出决算总表 plain, the right side), f3 "二、政府性基金预算财政拨" / "款"
  (layout, the left side).

The figures are typed below per report as rules_s33c's (s33c_lib's docstring): leaves = functional 项 -> money by fund
and kind (cb / ce: a final's 年初 / 年末 财政拨款结转和结余), econ = the 一般公共预算 基本支出 by economic 款 (30101 and 30201
the rests), 三公, a final's gp_budget, sangong_budget and yb (the 收入支出决算总表's 年初预算数 per item, typed; its totals
summed and both 总计 asserted equal). s33c_lib.build() sums every other table; s35e_lib builds the two summaries and re-adds
them at import (items = 本年合计, + 结转 = 总计, parts = parent, 合计 = Σ funds / 基本 + 项目, both 总计 equal, 类 rows and
本年支出合计 = the 支出表's, fiscal 一般公共预算 = the 一般公共预算支出表's + 财政拨款结转).

Keys (a reviewer's choice where the vocabulary names none): income side "income" (a final's 年初预算数 "income@budget");
expenditure side: 合计 / 小计 "expenditure", 一般公共预算 "expenditure_general_public", 政府性基金预算
"expenditure_government_fund", 国有资本经营预算 "expenditure_state_capital", 基本支出 "expenditure_basic", 项目支出
"expenditure_project", 单位资金 "expenditure_unit_funds" (the parser's f"expenditure_{column key}"), a final's 年初预算数
"expenditure@budget". Row labels as printed whole (number included, a wrapped label joined). Blank cells have no
expectation; 行次 are no figures (loading one is SPURIOUS). Claims as rules_s33c (check.py copied from rules_s34c)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s35e_lib import FUNC, make  # noqa: E402

FUNC.update(
    {
        "21001": "卫生健康管理事务",
        "2100101": "行政运行",
        "21004": "公共卫生",
        "2100401": "疾病预防控制机构",
        "2100408": "基本公共卫生服务",
        "2100409": "重大公共卫生服务",
        "21007": "计划生育事务",
        "2100717": "计划生育服务",
        "2120804": "农村基础设施建设支出",
        "2240108": "应急救援",
        "2296099": "用于其他社会公益事业的彩票公益金支出",
    }
)

DOCS = {}

DOCS["b1_hubei_xiaonan_nyncj_2025_budget.txt"] = dict(
    note="plain 湖北2025 部门预算 (万元): 部门收支总表 expenditure side 合计 | 基本支出 | 项目支出 (类 rows printing 2 or 3); "
    "财政拨款收支总表 in the 'year' shape (一、本年收入 / （一）… / 二、上年结转 / （一）… per fund; 一、本年支出 / （一）… 类 / "
    "二、结转下年) with 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算",
    kind="budget",
    org="孝感市孝南区农业农村局",
    year=2025,
    unit="万元",
    date="2025年2月",
    n_units=3,
    profile="贯彻落实党中央关于“三农”工作的方针政策，统筹推进乡村振兴、耕地保护、农业技术推广和农村基础设施建设。",
    style=dict(template="2024", num="cn", footer="- {n} -"),
    **{"is": dict(exp="bp"), "fs": dict(exp="funds4", shape="year")},
    leaves="""
2080505 gp_pe=72.38 biz_pe=4.62
2080506 gp_pe=28.95
2101101 gp_pe=31.27
2120804 gf_p=56.00
2130101 gp_pe=386.42 gp_pu=52.30
2130104 gp_pe=214.66 gp_pu=28.40 biz_pe=36.20 biz_pu=9.80
2130108 gp_p=38.00 cof_p=15.60
2130122 gp_p=165.00 oth_p=4.00
2130153 gp_p=320.00 cou_p=6.40
2136601 gf_p=88.00
2210201 gp_pe=46.54 biz_pe=2.90
""",
    econ={
        "30102": "180.00",
        "30103": "42.00",
        "30107": "96.00",
        "30108": "72.38",
        "30109": "28.95",
        "30110": "31.27",
        "30113": "46.54",
        "30302": "8.60",
        "30205": "2.40",
        "30206": "6.80",
        "30211": "8.20",
        "30217": "1.60",
        "30228": "9.80",
        "30231": "10.00",
    },
    sangong=("0", "0", "10.00", "1.60"),
)

DOCS["b2_jiangxi_qingshanhu_wjw_2024_budget.txt"] = dict(
    note="plain 江西2024 部门预算 (元): 部门收支总表 expenditure side by 类 with its funds 合计 | 一般公共预算 | 政府性基金预算 | "
    "单位资金; 财政拨款收支总表 expenditure side 预算数 over 小计 | 基本支出 | 项目支出, 上年结转 with its funds' rows, "
    "'二、政府性基金预算拨款收' / '入' wrapped on the income side only",
    kind="budget",
    org="南昌市青山湖区卫生健康委员会",
    year=2024,
    unit="元",
    date="2024年2月",
    n_units=4,
    profile="负责辖区卫生健康事业发展规划、公共卫生与疾病预防控制、基层医疗卫生服务、妇幼健康和计划生育服务管理。",
    style=dict(template="2024", num="cn", label="公开{nn}表", footer="第{n}页"),
    **{
        "is": dict(exp="unit"),
        "fs": dict(
            exp="bp",
            head0="小计",
            group="预算数",
            carry_parts="plain",
            wrap={"二、政府性基金预算拨款收入": 12},
        ),
    },
    leaves="""
2080505 gp_pe=1042680.00 biz_pe=72400.00
2080506 gp_pe=417072.00
2100101 gp_pe=4862350.00 gp_pu=682400.00
2100401 gp_pe=3126480.00 gp_pu=412600.00 biz_pe=586000.00 biz_pu=164000.00 oth_pu=38000.00
2100408 gp_p=6850000.00 cof_p=420000.00
2100409 gp_p=1260000.00
2100717 gp_p=2380000.00 cou_p=96000.00
2101101 gp_pe=356240.00 biz_pe=28600.00
2210201 gp_pe=684320.00 biz_pe=43200.00
2296002 gf_p=650000.00
""",
    econ={
        "30102": "2460000.00",
        "30103": "580000.00",
        "30107": "1860000.00",
        "30108": "1042680.00",
        "30109": "417072.00",
        "30110": "356240.00",
        "30113": "684320.00",
        "30302": "240000.00",
        "30205": "36000.00",
        "30206": "142000.00",
        "30207": "48000.00",
        "30211": "96000.00",
        "30217": "32000.00",
        "30228": "156000.00",
        "30231": "120000.00",
    },
    sangong=("0", "0", "120000.00", "32000.00"),
)

DOCS["b3_guangdong_shunde_sfj_2026_budget.layout.txt"] = dict(
    note="layout 广东2026 部门预算 (元): 部门收支总表 expenditure side 合计 | 基本支出 | 项目支出; 财政拨款收支总表 with 合计 | "
    "一般公共预算 | 政府性基金预算 | 国有资本经营预算, the income side (3 items) shorter than the expenditure side (5 类), "
    "上年结转 with its funds' rows, '二、政府性基金预算拨' / '款收入' wrapped on the income side only",
    kind="budget",
    org="佛山市顺德区司法局",
    year=2026,
    unit="元",
    date="2026年1月",
    n_units=1,
    profile="负责全区法治政府建设、行政复议与应诉、公共法律服务体系建设、人民调解、社区矫正和普法依法治理工作。",
    style=dict(template="2024", num="cn", label="表{n}", footer="第 {n} 页"),
    **{
        "is": dict(exp="bp"),
        "fs": dict(exp="funds4", carry_parts="plain", wrap={"二、政府性基金预算拨款收入": 10}),
    },
    leaves="""
2040601 gp_pe=8642360.00 gp_pu=1268400.00
2040604 gp_p=1860000.00 cof_p=240000.00 oth_p=60000.00
2040610 gp_p=960000.00
2080505 gp_pe=1386520.00
2080506 gp_pe=554608.00
2101101 gp_pe=472380.00
2210201 gp_pe=1036840.00
2296099 gf_p=380000.00
""",
    econ={
        "30102": "3120000.00",
        "30103": "720000.00",
        "30107": "2240000.00",
        "30108": "1386520.00",
        "30109": "554608.00",
        "30110": "472380.00",
        "30113": "1036840.00",
        "30302": "186000.00",
        "30205": "42000.00",
        "30206": "168000.00",
        "30211": "126000.00",
        "30217": "48000.00",
        "30228": "186000.00",
        "30231": "216000.00",
        "31002": "80000.00",
    },
    sangong=("0", "0", "216000.00", "48000.00"),
)

DOCS["b4_zhejiang_yinzhou_jtysj_2024_budget.pdf"] = dict(
    note="PDF 浙江2024 部门预算 (万元), full grid: 部门收支总表 expenditure side by 类 with its funds 合计 | 一般公共预算 | "
    "政府性基金预算 | 单位资金; 财政拨款收支总表 expenditure side 合计 | 基本支出 | 项目支出 (212 and 214's 政府性基金 money "
    "all 项目支出), the income side shorter",
    kind="budget",
    org="宁波市鄞州区交通运输局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=2,
    profile="负责全区综合交通运输体系规划建设、农村公路建设与养护、道路运输和水路运输管理、交通运输安全监管工作。",
    style=dict(template="2024", num="cn", footer="第 {n} 页"),
    **{"is": dict(exp="unit"), "fs": dict(exp="bp", carry_parts="plain")},
    leaves="""
2080505 gp_pe=61.28 biz_pe=3.60
2080506 gp_pe=24.51
2101101 gp_pe=26.84
2120803 gf_p=150.00
2140101 gp_pe=468.32 gp_pu=62.40
2140106 gp_p=1260.00 cof_p=86.50 biz_p=45.00 cou_p=12.00
2146001 gf_p=420.00
2210201 gp_pe=38.76 biz_pe=2.40
""",
    econ={
        "30102": "142.60",
        "30103": "36.00",
        "30107": "88.40",
        "30108": "61.28",
        "30109": "24.51",
        "30110": "26.84",
        "30113": "38.76",
        "30302": "6.20",
        "30205": "1.80",
        "30206": "5.60",
        "30211": "6.40",
        "30217": "1.40",
        "30228": "8.20",
        "30231": "12.60",
    },
    sangong=("0", "0", "12.60", "1.40"),
)

DOCS["f1_anhui_shushan_mzj_2023_final.txt"] = dict(
    note="plain 安徽2023 部门决算 (万元): 收入支出决算总表 项目 | 行次 | 年初预算数 | 决算数 on each side, 行次 on EVERY line "
    "(blank cells' lines too); 财政拨款收入支出决算总表 with 行次 on every line and 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营"
    "预算财政拨款, the income side shorter, 年初财政拨款结转和结余 followed by 一、一般公共预算财政拨款 … again",
    kind="final_account",
    org="合肥市蜀山区民政局",
    year=2023,
    unit="万元",
    date="2024年8月",
    n_units=2,
    profile="负责全区社会救助、养老服务、儿童福利、社区治理、社会组织管理、殡葬管理和区划地名工作。",
    style=dict(num="cn", footer="- {n} -"),
    **{
        "is": dict(exp="pair", rowno="all"),
        "fs": dict(exp="funds4", rowno="all", carry_parts="numbered"),
    },
    leaves="""
2080201 gp_pe=312.46 gp_pu=48.20
2080208 gp_p=186.00 cb=8.40 ce=3.20
2080505 gp_pe=46.82
2080506 gp_pe=18.73
2081002 gp_p=96.50 oth_p=5.00
2081004 gp_p=42.00
2081901 gp_p=1280.00 cb=22.00 ce=15.60
2082001 gp_p=168.00
2101101 gp_pe=20.14
2210201 gp_pe=29.88
2296002 gf_p=120.00
""",
    yb={
        "一般公共预算财政拨款收入": "2,180.00",
        "政府性基金预算财政拨款收入": "100.00",
        "社会保障和就业支出": "2,132.40",
        "卫生健康支出": "20.80",
        "住房保障支出": "26.80",
        "其他支出": "100.00",
    },
    gp_budget="2180.00",
    econ={
        "30102": "98.60",
        "30103": "22.40",
        "30107": "64.80",
        "30108": "46.82",
        "30109": "18.73",
        "30110": "20.14",
        "30113": "29.88",
        "30302": "12.40",
        "30205": "1.60",
        "30206": "4.80",
        "30211": "5.20",
        "30217": "1.20",
        "30228": "6.40",
        "30231": "5.40",
    },
    sangong_budget=("0", "0", "6.00", "1.50"),
    sangong=("0", "0", "5.40", "1.20"),
)

DOCS["f2_hebei_changan_cgj_2024_final.txt"] = dict(
    note="plain 河北2024 部门决算 (元): 收入支出决算总表 项目 | 行次 | 年初预算数 | 决算数 on each side, 行次 on the item lines, "
    "'六、灾害防治及应急' / '管理支出' wrapped on the expenditure side only; 财政拨款收入支出决算总表 with 行次 and four fund "
    "columns, the income side shorter, 年初财政拨款结转和结余 with its funds' rows",
    kind="final_account",
    org="石家庄市长安区城市管理局",
    year=2024,
    unit="元",
    date="2025年8月",
    n_units=2,
    profile="负责辖区市容环境卫生、城市管理综合执法、市政设施维护、园林绿化和城市精细化管理工作。",
    style=dict(num="cn", label="公开{nn}表", footer="第{n}页"),
    **{
        "is": dict(exp="pair", rowno="items", wrap={"六、灾害防治及应急管理支出": 9}),
        "fs": dict(exp="funds4", rowno="items", carry_parts="plain"),
    },
    leaves="""
2080505 gp_pe=986420.00
2080506 gp_pe=394568.00
2101101 gp_pe=312460.00
2110302 gp_p=860000.00
2120101 gp_pe=6248300.00 gp_pu=924600.00
2120104 gp_p=3680000.00 oth_p=120000.00 cb=260000.00 ce=84000.00
2120803 gf_p=2400000.00
2210201 gp_pe=642380.00
2240106 gp_p=356000.00
""",
    yb={
        "一般公共预算财政拨款收入": "16,800,000.00",
        "政府性基金预算财政拨款收入": "2,000,000.00",
        "其他收入": "100,000.00",
        "社会保障和就业支出": "1,420,000.00",
        "卫生健康支出": "320,000.00",
        "节能环保支出": "800,000.00",
        "城乡社区支出": "15,300,000.00",
        "住房保障支出": "660,000.00",
        "灾害防治及应急管理支出": "400,000.00",
    },
    gp_budget="16800000.00",
    econ={
        "30102": "2186000.00",
        "30103": "486000.00",
        "30107": "1420000.00",
        "30108": "986420.00",
        "30109": "394568.00",
        "30110": "312460.00",
        "30113": "642380.00",
        "30302": "168000.00",
        "30205": "28000.00",
        "30206": "124000.00",
        "30211": "86000.00",
        "30217": "26000.00",
        "30228": "132000.00",
        "30231": "148000.00",
        "31002": "60000.00",
    },
    sangong_budget=("0", "0", "160000.00", "30000.00"),
    sangong=("0", "0", "148000.00", "26000.00"),
)

DOCS["f3_shaanxi_yanta_swj_2024_final.layout.txt"] = dict(
    note="layout 陕西2024 部门决算 (万元): 收入支出决算总表 项目 | 行次 | 年初预算数 | 决算数 on each side, 行次 on the item lines; "
    "财政拨款收入支出决算总表 with four fund columns, the income side shorter, '二、政府性基金预算财政拨' / '款' wrapped on "
    "the income side only, 年初财政拨款结转和结余 followed by 一、一般公共预算财政拨款 … again",
    kind="final_account",
    org="西安市雁塔区水务局",
    year=2024,
    unit="万元",
    date="2025年8月",
    n_units=2,
    profile="负责全区水资源管理、河湖长制、防汛抗旱、水利工程建设与运行管理和水土保持工作。",
    style=dict(num="cn", footer="- {n} -"),
    **{
        "is": dict(exp="pair", rowno="items"),
        "fs": dict(exp="funds4", carry_parts="numbered", wrap={"二、政府性基金预算财政拨款": 12}),
    },
    leaves="""
2080505 gp_pe=58.46
2080506 gp_pe=23.38
2101101 gp_pe=25.72
2110302 gp_p=186.00
2130301 gp_pe=412.36 gp_pu=56.80 biz_pe=28.40 biz_pu=6.20
2130305 gp_p=960.00 cb=42.00 ce=16.80
2130311 gp_p=74.50
2136902 gf_p=210.00
2210201 gp_pe=36.94
""",
    yb={
        "一般公共预算财政拨款收入": "1,800.00",
        "政府性基金预算财政拨款收入": "200.00",
        "事业收入": "30.00",
        "社会保障和就业支出": "82.00",
        "卫生健康支出": "26.00",
        "节能环保支出": "180.00",
        "农林水支出": "1,705.00",
        "住房保障支出": "37.00",
    },
    gp_budget="1800.00",
    econ={
        "30102": "126.40",
        "30103": "30.20",
        "30107": "78.60",
        "30108": "58.46",
        "30109": "23.38",
        "30110": "25.72",
        "30113": "36.94",
        "30305": "3.60",
        "30205": "2.20",
        "30206": "5.40",
        "30211": "6.80",
        "30217": "1.30",
        "30228": "7.60",
        "30231": "9.60",
    },
    sangong_budget=("0", "0", "10.00", "1.50"),
    sangong=("0", "0", "9.60", "1.30"),
)

DOCS["f4_shanxi_xiaodian_yjglj_2022_final.pdf"] = dict(
    note="PDF 山西2022 部门决算 (元), full grid: 收入支出决算总表 项目 | 行次 | 年初预算数 | 决算数 on each side, 行次 on the item "
    "lines; 财政拨款收入支出决算总表 with 行次 and four fund columns, the income side shorter, 年初财政拨款结转和结余 with its "
    "funds' rows",
    kind="final_account",
    org="太原市小店区应急管理局",
    year=2022,
    unit="元",
    date="2023年8月",
    n_units=1,
    profile="负责全区应急管理、安全生产综合监督管理、防灾减灾救灾、应急救援队伍建设和应急物资储备工作。",
    style=dict(num="cn", footer="第 {n} 页"),
    **{
        "is": dict(exp="pair", rowno="items"),
        "fs": dict(exp="funds4", rowno="items", carry_parts="plain"),
    },
    leaves="""
2080505 gp_pe=684260.00
2080506 gp_pe=273704.00
2101101 gp_pe=236480.00
2210201 gp_pe=448620.00
2240101 gp_pe=4126380.00 gp_pu=586400.00
2240106 gp_p=1840000.00 cb=126000.00 ce=48000.00
2240108 gp_p=620000.00 oth_p=30000.00
2296002 gf_p=300000.00
""",
    yb={
        "一般公共预算财政拨款收入": "8,600,000.00",
        "政府性基金预算财政拨款收入": "300,000.00",
        "社会保障和就业支出": "960,000.00",
        "卫生健康支出": "240,000.00",
        "住房保障支出": "450,000.00",
        "灾害防治及应急管理支出": "6,950,000.00",
        "其他支出": "300,000.00",
    },
    gp_budget="8600000.00",
    econ={
        "30102": "1480000.00",
        "30103": "346000.00",
        "30107": "1020000.00",
        "30108": "684260.00",
        "30109": "273704.00",
        "30110": "236480.00",
        "30113": "448620.00",
        "30302": "126000.00",
        "30205": "18000.00",
        "30206": "86000.00",
        "30211": "62000.00",
        "30217": "22000.00",
        "30228": "92000.00",
        "30231": "136000.00",
        "31002": "40000.00",
    },
    sangong_budget=("0", "0", "150000.00", "25000.00"),
    sangong=("0", "0", "136000.00", "22000.00"),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info, _text, _exp = make(_name, _doc)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = _exp
