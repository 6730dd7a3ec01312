"""Expected readings of the rules_s35h inputs: six WHOLE 部门决算 (2021-2025, six provinces) whose 科目编码 is printed
as 类 | 款 | 项 COLUMNS, as the national 部门决算 template and the real corpus/real/sh_putuo_czj_2024_final(.layout).txt
print it (header "项目 / 支出功能分类科目编码 / 科目名称 / 类 款 项", 类 rows "201 一般公共服务支出", 款 rows "201 06 财政事务",
项 rows "201 06 01 行政运行 …"): four plain pdftotext texts (.txt, no -layout: blank cells dropped, one table row a line,
the header a row a line or a cell a line, pages ending with a footer line and \\f) and two pdftotext -layout texts
(.layout.txt: each word at the CHARACTER index of its column, a CJK character one column). Each: a cover, a 目录, 部门概况,
every table of the final-account template, a 说明 with claims, a 名词解释.

Shapes attacked (documents):
- codes "full" (普陀's: every row prints its 类, a 款 row "201 06", a 项 row "201 06 01": t1, t3, l1) and "once"
  (merged cells: a parent's part printed once on its own row, a 款 row "06 财政事务" and a 项 row "01 行政运行" with the
  类 / 款 cells blank: t2, t4, l2; in plain text the blank cells are dropped, so a 项 row begins "01 行政运行");
- 项 codes 01-99 with 50 (事业运行: 2010650, 2040650) and 99 (2010699, 2080599, 2101199, 2130199, 2296099 …); 合计 first
  (t1, t2, t4, l1) or LAST (t3, l2, as 普陀's 一般公共预算 table);
- every coded table of the template under 类 | 款 | 项: 收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表 with TWO
  blocks 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出 | 项目支出) — rows with a blank 年初 block (a 项
  added during the year: 2010699, 2130153, 2100409, 2050299, 2101199 …), rows with a blank 决算 block (t4 2040699: budgeted,
  not spent), blank 基本 or 项目 cells, so plain rows print 2, 3, 4 or 6 figures; 一般公共预算财政拨款基本支出决算表 by
  ECONOMIC code under 类 | 款 ("301 01 基本工资" full, "01 基本工资" once); 政府性基金 收入支出决算表 (年初结转和结余 | 本年收入
  | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余) with figures (t2, t3, l1: 212 08 04, 213 66 01, 229 60 02 / 99);
  国有资本经营预算财政拨款支出决算表 of 2021 (本年支出 合计 | 基本 | 项目) with figures (t1: 223 01 05), empty ones
  stated "注：…无…，故本表为空。" (no expectation; the table's key is still expected);
- long tables over pages: the header printed again after the footer and \\f (every document; "续表" above it: t3, l2);
- 万元 (t1, t3, l1) and 元 (t2, t4, l2) documents; 三公 always in 万元.

Typed here per document: the functional 项 leaves "b p yb yp oth" (一般公共预算 basic / project actual, their 年初预算,
其他收入-funded project spending), the 政府性基金 leaves "cb inc spend" (年初结转, 本年收入, 项目 spending; 年末 = cb + inc -
spend), the 国有资本经营 leaves (spending = income), the 一般公共预算 basic by economic 款 (30101 typed None: the rest),
三公 (出国, 购置, 运行, 接待) budget and actual, the 说明's item codes. s35h_lib builds every printed table from them and
re-adds every printed table at import (row = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, flows 年初 + 收入 - 支出 = 年末, both
summaries against the detail tables, 基本支出表 = the 一般公共预算 table's basic), so a typo fails at import.

Keys: 收入决算表 total, fiscal_appropriation, upper_grant, business, operating_income, affiliated_remit, other_income;
支出决算表 total, basic, project, remit_upper, operating, subsidy_affiliated; 一般公共预算 table total@budget, basic@budget,
project@budget (年初预算数) and total, basic, project (决算数); 基本支出表 total, personnel, public_funds; fund tables
carryover_begin, income, total, basic, project, carryover_end (old 国有资本 table total, basic, project); summaries as
rules_s34e. A blank cell has no expectation. Claims as rules_s34e (check.py copied, without the self-evaluation)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s35h_lib import GLOSSARY, build  # noqa: E402

DOCS = {}

DOCS["t1_hebei_yuhua_czj_2021_final.txt"] = dict(
    note="plain 河北2021 财政局 (万元): codes full ('201 06 01'), header a row a line, 合计 first, 2010650 / 2010699, "
    "2021 国有资本经营预算财政拨款支出决算表 with figures (223 01 05), pages of 12 rows",
    fmt="plain",
    style="full",
    header="row",
    zero="",
    page_rows=12,
    footer="- {n} -",
    org="石家庄市裕华区财政局",
    year=2021,
    unit="万元",
    date="2022年9月",
    duty="贯彻执行国家财政、税收方针政策，拟订全区财政发展规划；编制年度区级预决算草案并组织执行；管理区级财政收支和"
    "国有资本经营预算；负责政府采购、国库集中支付、行政事业单位国有资产管理和财政监督工作。",
    leaves={
        "2010601": "1286.45 0 1250.00 0 0",
        "2010602": "0 86.30 0 90.00 0",
        "2010607": "0 142.80 0 150.00 0",
        "2010608": "0 318.62 0 300.00 6.20",
        "2010650": "236.18 0 230.00 0 0",
        "2010699": "0 24.50 0 0 0",
        "2080501": "64.37 0 60.00 0 0",
        "2080505": "148.26 0 145.00 0 0",
        "2080506": "71.40 0 72.00 0 0",
        "2080599": "0 3.10 0 0 0",
        "2101101": "58.92 0 56.00 0 0",
        "2210201": "112.56 0 110.00 0 0",
        "2210203": "45.80 0 46.00 0 0",
    },
    sc={"2230105": "420.00"},
    sc_shape="old",
    econ={
        "30101": None,
        "30102": "318.40",
        "30103": "96.00",
        "30107": "162.50",
        "30108": "148.26",
        "30109": "71.40",
        "30110": "58.92",
        "30112": "6.35",
        "30113": "112.56",
        "30199": "12.30",
        "30201": "18.60",
        "30205": "2.40",
        "30206": "8.90",
        "30211": "4.20",
        "30216": "3.60",
        "30228": "16.80",
        "30231": "9.50",
        "30299": "21.40",
        "30302": "64.37",
        "31002": "6.80",
    },
    sangong=dict(budget=("0", "0", "12.00", "3.00"), actual=("0", "0", "10.86", "1.94")),
    items=("2010601", "2010607", "2080505"),
)

DOCS["t2_jiangxi_xinjian_nyncj_2022_final.txt"] = dict(
    note="plain 江西2022 农业农村局 (元): codes once (merged cells: '06 …', '01 行政运行'), header a cell a line, 合计 "
    "first, 政府性基金 table with figures (212 08 04, 213 66 01 with 年初 / 年末结转), 2130153 added during the year",
    fmt="plain",
    style="once",
    header="cell",
    zero="",
    page_rows=14,
    footer="第{n}页",
    org="南昌市新建区农业农村局",
    year=2022,
    unit="元",
    date="2023年9月",
    duty="贯彻落实党中央关于“三农”工作的方针政策，统筹推进乡村振兴、农田建设、农业技术推广、动植物疫病防控和农村"
    "基础设施建设，负责水库移民后期扶持项目的实施。",
    leaves={
        "2130101": "4862316.40 0 4700000.00 0 0",
        "2130104": "2318604.25 0 2300000.00 0 0",
        "2130108": "0 386500.00 0 400000.00 0",
        "2130122": "0 2150000.00 0 2000000.00 58300.00",
        "2130153": "0 6480000.00 0 0 0",
        "2130199": "0 126800.00 0 150000.00 0",
        "2080501": "312450.00 0 300000.00 0 0",
        "2080505": "842136.00 0 830000.00 0 0",
        "2080506": "421068.00 0 415000.00 0 0",
        "2101101": "268540.00 0 260000.00 0 0",
        "2101199": "0 12600.00 0 0 0",
        "2210201": "596330.00 0 590000.00 0 0",
    },
    gf={"2120804": "0 3200000.00 3200000.00", "2136601": "150000.00 860000.00 920000.00"},
    econ={
        "30101": None,
        "30102": "1842600.00",
        "30103": "486000.00",
        "30107": "968400.00",
        "30108": "842136.00",
        "30109": "421068.00",
        "30110": "268540.00",
        "30113": "596330.00",
        "30199": "62300.00",
        "30201": "96400.00",
        "30206": "38600.00",
        "30207": "12800.00",
        "30211": "28650.00",
        "30228": "88420.00",
        "30231": "79200.00",
        "30239": "324000.00",
        "30299": "46180.00",
        "30302": "312450.00",
    },
    sangong=dict(budget=("0", "0", "8.50", "2.00"), actual=("0", "0", "7.92", "1.36")),
    items=("2130101", "2130122", "2080505"),
)

DOCS["t3_gansu_qilihe_mzj_2023_final.txt"] = dict(
    note="plain 甘肃2023 民政局 (万元): codes full, header a cell a line, 合计 LAST, pages of 10 rows under '续表', "
    "政府性基金 table with figures (229 60 02 / 229 60 99, 年初 and 年末结转)",
    fmt="plain",
    style="full",
    header="cell",
    zero="",
    page_rows=10,
    footer="— {n} —",
    cont="续表",
    total_pos="last",
    org="兰州市七里河区民政局",
    year=2023,
    unit="万元",
    date="2024年9月",
    duty="贯彻执行民政工作的方针政策和法律法规；负责社会救助、养老服务、儿童福利、基层政权和社区治理、社会组织登记"
    "管理、殡葬管理和福利彩票公益金使用管理等工作。",
    leaves={
        "2080201": "612.48 0 600.00 0 0",
        "2080208": "0 285.60 0 300.00 0",
        "2080299": "0 46.20 0 0 0",
        "2080501": "38.75 0 40.00 0 0",
        "2080505": "92.34 0 90.00 0 0",
        "2080506": "46.17 0 45.00 0 0",
        "2080801": "0 18.40 0 20.00 0",
        "2081002": "0 526.80 0 500.00 12.50",
        "2081006": "0 1248.36 0 1200.00 0",
        "2101101": "35.62 0 35.00 0 0",
        "2210201": "72.18 0 70.00 0 0",
        "2210203": "24.60 0 25.00 0 0",
    },
    gf={"2296002": "36.00 480.00 462.50", "2296099": "0 25.00 25.00"},
    econ={
        "30101": None,
        "30102": "158.30",
        "30103": "48.00",
        "30107": "86.40",
        "30108": "92.34",
        "30109": "46.17",
        "30110": "35.62",
        "30113": "72.18",
        "30201": "12.80",
        "30205": "1.20",
        "30206": "4.60",
        "30211": "2.30",
        "30228": "9.60",
        "30231": "5.48",
        "30299": "8.90",
        "30302": "38.75",
        "30305": "24.60",
    },
    sangong=dict(budget=("0", "0", "6.00", "1.50"), actual=("0", "0", "5.48", "0.62")),
    items=("2080201", "2081006", "2080505"),
)

DOCS["t4_guangxi_qingxiu_sfj_2024_final.txt"] = dict(
    note="plain 广西2024 司法局 (元): codes once, header a row a line, 合计 first, 2040650 事业运行, 2040699 budgeted "
    "but not spent (its row prints the 年初 block only: 2 figures), no 政府性基金 / 国有资本 money (tables stated empty)",
    fmt="plain",
    style="once",
    header="row",
    zero="",
    page_rows=13,
    footer="{n}",
    org="南宁市青秀区司法局",
    year=2024,
    unit="元",
    date="2025年9月",
    duty="负责全区法治宣传教育、人民调解、社区矫正、公共法律服务体系建设、律师公证和法律援助工作的指导监督，"
    "承担区委全面依法治区委员会办公室的日常工作。",
    leaves={
        "2040601": "5426318.20 0 5300000.00 0 0",
        "2040604": "0 1286400.00 0 1300000.00 0",
        "2040605": "0 356820.00 0 350000.00 0",
        "2040607": "0 928500.00 0 900000.00 35000.00",
        "2040610": "0 642300.00 0 600000.00 0",
        "2040650": "1184260.50 0 1150000.00 0 0",
        "2040699": "0 0 0 80000.00 0",
        "2080501": "246800.00 0 240000.00 0 0",
        "2080505": "768512.00 0 760000.00 0 0",
        "2080506": "384256.00 0 380000.00 0 0",
        "2101101": "312640.00 0 300000.00 0 0",
        "2101199": "0 8600.00 0 0 0",
        "2210201": "658920.00 0 650000.00 0 0",
    },
    econ={
        "30101": None,
        "30102": "1962400.00",
        "30103": "512000.00",
        "30107": "1086300.00",
        "30108": "768512.00",
        "30109": "384256.00",
        "30110": "312640.00",
        "30112": "42860.00",
        "30113": "658920.00",
        "30201": "126300.00",
        "30205": "18400.00",
        "30206": "62800.00",
        "30211": "46280.00",
        "30213": "38600.00",
        "30217": "18800.00",
        "30228": "102450.00",
        "30231": "86400.00",
        "30299": "56320.00",
        "30302": "246800.00",
    },
    sangong=dict(budget=("0", "0", "9.00", "2.50"), actual=("0", "0", "8.64", "1.88")),
    items=("2040601", "2040610"),
)

DOCS["l1_fujian_jinan_wjj_2025_final.layout.txt"] = dict(
    note="layout 福建2025 卫健局 (万元): codes full in 类 | 款 | 项 columns, 合计 first, 2100401 with basic AND project, "
    "2100409 added during the year, 政府性基金 table with figures (229 60 99), 国有资本 empty, pages of 12 rows",
    fmt="layout",
    style="full",
    zero="",
    page_rows=12,
    footer="                              {n}",
    indent=1,
    org="福州市晋安区卫生健康局",
    year=2025,
    unit="万元",
    date="2026年9月",
    duty="贯彻执行国民健康政策，统筹规划全区卫生健康资源配置；负责疾病预防控制、基本公共卫生服务、重大公共卫生服务"
    "项目的组织实施，指导医疗机构改革和基层卫生健康工作。",
    leaves={
        "2100101": "826.34 0 800.00 0 0",
        "2100199": "0 128.60 0 120.00 0",
        "2100401": "1462.58 236.40 1450.00 250.00 0",
        "2100408": "0 2846.72 0 2800.00 36.80",
        "2100409": "0 684.50 0 0 0",
        "2101101": "48.36 0 46.00 0 0",
        "2101102": "126.84 0 125.00 0 0",
        "2101199": "0 6.20 0 0 0",
        "2080501": "52.40 0 50.00 0 0",
        "2080502": "38.62 0 40.00 0 0",
        "2080505": "186.45 0 180.00 0 0",
        "2080506": "93.22 0 90.00 0 0",
        "2210201": "142.86 0 140.00 0 0",
        "2210203": "58.30 0 60.00 0 0",
    },
    gf={"2296099": "12.00 150.00 148.60"},
    econ={
        "30101": None,
        "30102": "486.20",
        "30103": "142.00",
        "30107": "612.40",
        "30108": "186.45",
        "30109": "93.22",
        "30110": "174.76",
        "30113": "142.86",
        "30199": "26.40",
        "30201": "28.60",
        "30205": "3.80",
        "30206": "16.40",
        "30211": "8.20",
        "30216": "6.40",
        "30228": "32.60",
        "30231": "14.26",
        "30299": "38.50",
        "30302": "91.02",
        "30309": "58.30",
        "31002": "12.60",
    },
    sangong=dict(budget=("0", "0", "15.00", "4.00"), actual=("0", "0", "14.26", "2.18")),
    items=("2100401", "2100408", "2080505"),
)

DOCS["l2_heilongjiang_daoli_jyj_2023_final.layout.txt"] = dict(
    note="layout 黑龙江2023 教育局 (元): codes once (merged cells: 类 / 款 cells blank on 款 / 项 rows), 合计 LAST, "
    "pages of 14 rows under '续表', 2050201-03 with basic AND project, no 政府性基金 / 国有资本 money",
    fmt="layout",
    style="once",
    zero="",
    page_rows=14,
    footer="- {n} -",
    cont="续表",
    total_pos="last",
    indent=0,
    org="哈尔滨市道里区教育局",
    year=2023,
    unit="元",
    date="2024年9月",
    duty="贯彻执行国家教育方针政策，统筹规划全区学前教育、义务教育发展；管理区属中小学校和幼儿园的经费、人事和"
    "教育教学工作，负责教师队伍建设和学校安全管理。",
    leaves={
        "2050101": "3862415.60 0 3800000.00 0 0",
        "2050199": "0 426800.00 0 450000.00 0",
        "2050201": "8642310.25 1260000.00 8500000.00 1200000.00 0",
        "2050202": "26418652.80 3840500.00 26000000.00 4000000.00 126400.00",
        "2050203": "18264380.40 2186300.00 18000000.00 2000000.00 0",
        "2050299": "0 628000.00 0 0 0",
        "2080501": "1286420.00 0 1250000.00 0 0",
        "2080502": "2462318.00 0 2400000.00 0 0",
        "2080505": "5864236.80 0 5800000.00 0 0",
        "2080506": "2932118.40 0 2900000.00 0 0",
        "2080599": "0 46800.00 0 0 0",
        "2101101": "486230.00 0 480000.00 0 0",
        "2101102": "3216840.00 0 3200000.00 0 0",
        "2210201": "4382650.00 0 4300000.00 0 0",
        "2210203": "1268400.00 0 1250000.00 0 0",
    },
    econ={
        "30101": None,
        "30102": "12864300.00",
        "30103": "3240000.00",
        "30107": "18426500.00",
        "30108": "5864236.80",
        "30109": "2932118.40",
        "30110": "3703070.00",
        "30112": "286400.00",
        "30113": "4382650.00",
        "30199": "426800.00",
        "30201": "862400.00",
        "30205": "186300.00",
        "30206": "642800.00",
        "30207": "86400.00",
        "30213": "426300.00",
        "30216": "128600.00",
        "30228": "1086400.00",
        "30229": "462000.00",
        "30231": "164200.00",
        "30299": "386500.00",
        "30302": "3748738.00",
        "30309": "1268400.00",
    },
    sangong=dict(budget=("0", "0", "18.00", "3.00"), actual=("0", "0", "16.42", "2.36")),
    items=("2050202", "2050203", "2080505"),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _doc.setdefault("glossary", GLOSSARY)
    BUILT[_name] = _b = build(_doc)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind="final_account",
        tables=_b["tables"],
        main_keys=_b["main_keys"],
        claims=_b["claims"],
    )
