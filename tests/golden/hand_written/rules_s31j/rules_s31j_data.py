"""Expected readings of the rules_s31j inputs: six WHOLE reports drawn as multi-page PDFs (three 部门决算 in the
national 9-table template, three 部门预算), each with a cover, a 目录, one or two pages of 说明 with figures, then
its tables, drawn with habits of real producers not in rules_s31c nor rules_s31g (gen.py): two tables on one page
(a short 政府性基金 table under the 三公 table); 收入 / 支出 tables with so many columns that the font shrinks to
6pt; header cells set rotated 90 degrees (行次); names wrapped into three lines in a narrow 科目名称 column with the
figures centred on the cell; zebra shading (light grey rectangles behind every other row, filled before the
text); grids of dashed lines; no right border at the table's right edge; a thick outer frame round thin inner
rules; figures right-aligned with trailing spaces and a right padding that differs per column; 收支总表 as
收入 项目 | 决算数 | 支出 项目 | 决算数 with the expenditure side the longer; the 三公 table as items in rows under
预算数 | 决算数; the table code (公开01表) at the top right and the unit at the top left on the title's line.

The builder (build(), expectations(), _identities()) is rules_s31g_data.py's, copied, with two forms added: the
收支总表's income side printing only the items with money (st left="nonzero"), the 三公 table as items in rows
(st sangong="rows"). The figures are typed below per report: its functional 项 (leaves) split by money and kind,
the 年初预算 of the 一般公共预算 leaves (final accounts in the 年初预算数 | 决算数 form), its 基本支出 by economic
款, its 三公 and its projects. build() sums every printed table from them (as strings, the way they are printed);
gen.py draws those very strings, and the expectations below are read from them (never from the parser's output).
_identities() (run at import) re-adds every printed table from its printed strings: row total = Σ parts, 类 = Σ
款 = Σ 项, 合计 = Σ 类 per column, two-sided totals, 人员经费 + 公用经费 = basic, 三公 合计 = 出国 + 车 + 接待, 车 =
购置 + 运行 (one row or items in rows), and across tables (收支总表 = 支出表 合计 and 收入表 合计, 一般公共预算表 basic
= 基本支出表, 财政拨款总表 by 类 = 一般公共预算 + 基金 by 类), so a typo or a slip of the builder fails at import.

Format as ../review_check.py: per input a note (what it attacks), kind, tables=[dict(table, unit, rows=[(code,
name, {column[@phase]: value as printed})])], only_tables. A row's name is its whole printed name (every piece
of a name wrapped inside its cell, in order). A value ending in "?" is a zero printed as 0.00 (loading it as
zero or not at all is fine); a blank cell has no expectation (a figure loaded there is SPURIOUS). 行次 numbers,
table codes and page numbers are no figures; narrative figures are claims, not amounts.

Keys (the parser's vocabulary, vocabulary.py, and the sets rules_s28a … rules_s31i):
- income_expenditure_summary: income side "income", expenditure side "expenditure" (rows by printed name).
- fiscal_summary: income "income"; expenditure "expenditure" (合计) and expenditure_general_public /
  expenditure_government_fund / expenditure_state_capital.
- income_by_function: final total, fiscal_appropriation, upper_grant, business, operating_income,
  affiliated_remit, other_income; budget total, carryover_begin, general_public, government_fund, business,
  other_income.  expenditure_by_function: total, basic, project (+ remit_upper, operating, subsidy_affiliated).
- general_budget_by_function: total / basic / project; the 2021+ form 年初预算数 | 决算数 "<col>@budget" and
  "<col>".  government_fund (final): carryover_begin, income, total, basic, project, carryover_end; (budget):
  total, basic, project.
- general_budget_basic_by_economic: final (two blocks 人员经费 | 公用经费) each code "total", rows 人员经费合计 /
  公用经费合计 "total"; budget 合计 | 人员经费 | 公用经费 = total / personnel / public_funds.
- sangong: one row, "*": total, outbound, vehicle, vehicle_purchase, vehicle_operation, reception; 预算数 of a
  final account "@budget"; items as rows (as rules_s31a): the item's printed label, its key per column.
- project_expenditure: rows by project name (code None) or, coded, (code, project name, cols, subject name).
"""

from __future__ import annotations

from decimal import Decimal as D

Z = D(0)
IS, FS, INC, EXP = (
    "income_expenditure_summary",
    "fiscal_summary",
    "income_by_function",
    "expenditure_by_function",
)
GB, EB, SG, GF, SC = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "state_capital",
)
PROJ = "project_expenditure"
I, E = "income", "expenditure"
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"

FUNC = {
    "201": "一般公共服务支出",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013802": "一般行政管理事务",
    "2013812": "药品事务",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040602": "一般行政管理事务",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "法律援助",
    "2040610": "社区矫正",
    "2040699": "其他司法支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "20703": "体育",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120106": "工程建设管理",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120303": "小城镇基础设施建设",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120814": "农业生产发展支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130122": "农业生产发展",
    "2130153": "农田建设",
    "221": "住房保障支出",
    "22101": "保障性安居工程支出",
    "2210105": "农村危房改造",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050299": "其他普通教育支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "21406": "车辆购置税支出",
    "2140601": "车辆购置税用于公路等基础设施建设支出",
    "2296013": "用于城乡医疗救助的彩票公益金支出",
}

# the 类 numbered as the national 收支总表 lists them
CLASS_NO = {
    "201": "一",
    "204": "四",
    "205": "五",
    "207": "七",
    "208": "八",
    "210": "九",
    "212": "十一",
    "213": "十二",
    "214": "十三",
    "221": "十九",
    "229": "二十四",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
PERSONNEL = ("301", "303")
SG_KEYS = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
# the 三公 items as rows (rules_s31a's labels): label, in SG_KEYS' order
SG_LABELS = [
    "合计",
    "1.因公出国（境）费",
    "2.公务用车购置及运行费",
    "（1）公务用车购置费",
    "（2）公务用车运行费",
    "3.公务接待费",
]
CN = "一二三四五六七八九十"

# =============================================================================================== the reports
# leaves: one 项 a line "code gp_basic gp_project gf_project other_basic other_project" ("." zero); final
# accounts in the 年初预算数 | 决算数 form add "budget_basic budget_project" of the 一般公共预算. carry: the part of a
# leaf's 一般公共预算 project spending paid from 年初结转 (its income is the rest). econ: the 基本支出 by economic 款
# (30101 基本工资 is the rest of the 一般公共预算 basic total). sangong: (出国, 购置, 运行, 接待), final accounts
# (budget, actual). projects: (name, code, 一般公共预算, 政府性基金, other).

DOCS = {}

DOCS["f1_hebei_changan_mzj_2021_final.pdf"] = dict(
    note="河北2021 决算, every grid of dashed lines; the table code (公开01表) at the top right and the unit at the top "
    "left on the title's line; 收支总表 as 收入 项目 | 决算数 | 支出 项目 | 决算数 printing only the income items with "
    "money (3 rows) beside 4 expenditure 类; the 三公 table as items in rows under 预算数 | 决算数, and the "
    "政府性基金 table (2296002 彩票公益金, four rows) drawn under it on the same page; 一般公共预算表 年初预算数 | "
    "决算数; 其他收入 of a 老年福利 project",
    kind="final_account",
    org="石家庄市长安区民政局",
    province="河北",
    year=2021,
    unit="万元",
    other="其他收入",
    leaves="""
2080201 386.42 . . . . 380.00 .
2080208 . 124.60 . . . . 130.00
2081001 . 218.36 . . . . 220.00
2081002 . 542.80 . . 36.50 . 560.00
2082001 . 186.25 . . . . 180.00
2080505 68.34 . . . . 68.00 .
2080506 34.17 . . . . 34.00 .
2101101 22.68 . . . . 22.00 .
2210201 51.26 . . . . 51.00 .
2296002 . . 96.00 . . . .
""",
    carry={},
    econ={
        "30102": "96.40",
        "30103": "18.60",
        "30107": "82.30",
        "30108": "68.34",
        "30109": "34.17",
        "30110": "22.68",
        "30112": "3.42",
        "30113": "51.26",
        "30305": "2.40",
        "30201": "6.80",
        "30205": "1.20",
        "30206": "4.60",
        "30207": "1.90",
        "30211": "3.20",
        "30213": "2.80",
        "30217": "0.90",
        "30228": "5.36",
        "30229": "3.60",
        "30231": "4.80",
        "30239": "18.40",
        "30299": "2.74",
    },
    sangong=(("0", "0", "5.00", "1.20"), ("0", "0", "4.80", "0.90")),
    style=dict(
        rules="grid",
        dash=True,
        codes="one",
        unit_pos="line",
        title_code="公开{:02d}表",
        page_no="dash",
        running=False,
        gb_form="ba",
        hangci=False,
        wrap=0,
        valign="centre",
        split={},
        notes=False,
        gf="table",
        left="nonzero",
        sangong="rows",
        pair=True,
    ),
)

DOCS["f2_liaoning_sujiatun_nyncj_2023_final.pdf"] = dict(
    note="辽宁2023 决算 in 元, portrait throughout: the 收入决算表 (7 source columns) and 支出决算表 (6 columns) set in "
    "6pt to fit the page; zebra shading (light grey rectangles behind every other body row, filled before the "
    "rules and the text); 收支总表 and 财政拨款总表 with 行次 columns whose header cells are set rotated 90 degrees; "
    "一般公共预算表 年初预算数 | 决算数; 三公 one row of twelve; 事业收入; 年初结转 spent on 农田建设",
    kind="final_account",
    org="沈阳市苏家屯区农业农村局",
    province="辽宁",
    year=2023,
    unit="元",
    other="事业收入",
    leaves="""
2130101 2,864,320.50 . . . . 2,850,000.00 .
2130104 1,426,850.00 . . 86,400.00 . 1,420,000.00 .
2130106 . 682,400.00 . . . . 700,000.00
2130122 . 3,265,800.00 . . 148,600.00 . 3,300,000.00
2130153 . 5,840,000.00 . . . . 5,840,000.00
2080505 612,480.36 . . . . 610,000.00 .
2080506 306,240.18 . . . . 305,000.00 .
2101101 168,420.00 . . . . 165,000.00 .
2101102 96,380.40 . . . . 95,000.00 .
2210201 462,850.00 . . . . 460,000.00 .
""",
    carry={"2130153": "340,000.00"},
    econ={
        "30102": "1,284,600.00",
        "30103": "236,400.00",
        "30107": "968,250.00",
        "30108": "612,480.36",
        "30109": "306,240.18",
        "30110": "264,800.40",
        "30112": "38,460.00",
        "30113": "462,850.00",
        "30305": "12,600.00",
        "30201": "64,320.00",
        "30205": "9,800.00",
        "30206": "36,540.50",
        "30207": "14,200.00",
        "30211": "28,600.00",
        "30213": "42,800.00",
        "30217": "5,600.00",
        "30228": "78,450.00",
        "30229": "46,000.00",
        "30231": "48,000.00",
        "30239": "236,800.00",
        "30299": "32,160.00",
    },
    sangong=(("0", "0", "50,000.00", "8,000.00"), ("0", "0", "48,000.00", "5,600.00")),
    style=dict(
        rules="grid",
        zebra=True,
        small={INC: 6, EXP: 6},
        portrait=True,
        rot=("行次",),
        codes="one",
        unit_pos="under",
        page_no="di",
        running=False,
        gb_form="ba",
        hangci=True,
        wrap=0,
        valign="centre",
        split={},
        notes=True,
        gf="empty",
    ),
)

DOCS["f3_shaanxi_yanta_scjgj_2024_final.pdf"] = dict(
    note="陕西2024 决算, a thick outer frame (1.6pt) round thin inner rules (0.4pt); a narrow 科目名称 column with long "
    "names wrapped into three lines and the figures centred on the tall cell; figures right-aligned with two "
    "trailing spaces and a right padding of 2, 7 or 12 points by column; 收支总表 as 收入 项目 | 决算数 | 支出 项目 "
    "| 决算数 printing only the income items with money (2 rows) beside 4 expenditure 类; the 三公 table as items "
    "in rows under 预算数 | 决算数; 一般公共预算表 年初预算数 | 决算数; 事业收入 of a 事业运行 unit",
    kind="final_account",
    org="西安市雁塔区市场监督管理局",
    province="陕西",
    year=2024,
    unit="万元",
    other="事业收入",
    leaves="""
2013801 1,246.38 . . . . 1,240.00 .
2013802 . 168.40 . . . . 170.00
2013812 . 86.25 . . . . 90.00
2013815 . 124.60 . . . . 120.00
2013816 . 312.48 . . . . 300.00
2013850 286.72 . . 42.60 . 280.00 .
2080505 186.44 . . . . 185.00 .
2080506 93.22 . . . . 93.00 .
2101101 64.80 . . . . 64.00 .
2210201 142.36 . . . . 142.00 .
""",
    carry={},
    econ={
        "30102": "402.60",
        "30103": "86.40",
        "30107": "312.80",
        "30108": "186.44",
        "30109": "93.22",
        "30110": "64.80",
        "30112": "12.46",
        "30113": "142.36",
        "30305": "3.20",
        "30201": "18.60",
        "30205": "3.40",
        "30206": "12.80",
        "30207": "4.60",
        "30211": "9.20",
        "30213": "8.40",
        "30217": "1.80",
        "30228": "22.36",
        "30229": "14.00",
        "30231": "9.60",
        "30239": "68.40",
        "30299": "8.56",
    },
    sangong=(("0", "0", "12.00", "2.50"), ("0", "0", "9.60", "1.80")),
    style=dict(
        rules="frame",
        pad=(2, 7, 12),
        trail="  ",
        codes="one",
        unit_pos="right",
        page_no="topright",
        running=False,
        gb_form="ba",
        hangci=False,
        wrap=6,
        valign="centre",
        split={},
        notes=False,
        gf="empty",
        left="nonzero",
        sangong="rows",
    ),
)

DOCS["b1_yunnan_panlong_cgj_2023_budget.pdf"] = dict(
    note="云南2023 预算, no right border at the table's right edge (the last column's cells open on the right), zebra "
    "shading behind every other body row; the table code (公开01表) at the top right and the unit at the top left "
    "on the title's line; the 三公 table (one row) and the 政府性基金预算支出表 (2120803, four rows) on one page, "
    "one above the other; 项目支出表 by project name",
    kind="budget",
    org="昆明市盘龙区城市管理局",
    province="云南",
    year=2023,
    unit="万元",
    other=None,
    leaves="""
2120101 684.52 . . . .
2120104 . 246.80 . . .
2120106 . 128.40 . . .
2120303 . 536.00 . . .
2120803 . . 320.00 . .
2080505 92.16 . . . .
2080506 46.08 . . . .
2101101 38.40 . . . .
2210201 72.54 . . . .
""",
    carry={},
    econ={
        "30102": "186.40",
        "30103": "42.80",
        "30107": "164.20",
        "30108": "92.16",
        "30109": "46.08",
        "30110": "38.40",
        "30112": "6.24",
        "30113": "72.54",
        "30201": "12.60",
        "30205": "2.40",
        "30206": "8.80",
        "30207": "3.20",
        "30211": "5.40",
        "30213": "4.60",
        "30217": "1.40",
        "30228": "10.72",
        "30229": "6.80",
        "30231": "7.20",
        "30239": "32.60",
        "30299": "5.46",
    },
    sangong=("0", "0", "7.20", "1.40"),
    projects=[
        ("城市综合执法专项经费", "2120104", "246.80", "0", "0"),
        ("建设工程质量安全监管", "2120106", "128.40", "0", "0"),
        ("小城镇市政设施维护", "2120303", "536.00", "0", "0"),
        ("城市道路建设配套", "2120803", "0", "320.00", "0"),
    ],
    style=dict(
        rules="grid",
        noright=True,
        zebra=True,
        codes="one",
        unit_pos="line",
        title_code="公开{:02d}表",
        page_no="dash",
        running=False,
        hangci=False,
        wrap=0,
        valign="centre",
        split={},
        notes=False,
        gf="table",
        zero="",
        proj="named",
        pair=True,
    ),
)

DOCS["b2_guangxi_qingxiu_jtysj_2021_budget.pdf"] = dict(
    note="广西2021 预算 in 元, a thick outer frame round thin inner rules; 部门收入总表 and 部门支出总表 set in 6pt; "
    "部门收支总表 and 财政拨款收支总表 with 行次 columns whose header cells are set rotated 90 degrees; the 三公 "
    "table as items in rows under one 预算数 column; 项目支出表 by project name; 其他收入 of a 公路养护 project",
    kind="budget",
    org="南宁市青秀区交通运输局",
    province="广西",
    year=2021,
    unit="元",
    other="其他收入",
    leaves="""
2140101 2,486,320.00 . . . .
2140104 . 8,600,000.00 . . .
2140106 . 1,842,500.00 . . 260,000.00
2140112 . 386,400.00 . . .
2080505 324,860.16 . . . .
2080506 162,430.08 . . . .
2101101 108,620.00 . . . .
2210201 243,645.12 . . . .
""",
    carry={},
    econ={
        "30102": "824,600.00",
        "30103": "168,000.00",
        "30107": "642,300.00",
        "30108": "324,860.16",
        "30109": "162,430.08",
        "30110": "108,620.00",
        "30112": "18,240.00",
        "30113": "243,645.12",
        "30201": "36,800.00",
        "30205": "6,400.00",
        "30206": "24,600.00",
        "30207": "9,600.00",
        "30211": "18,000.00",
        "30213": "16,800.00",
        "30217": "4,800.00",
        "30228": "52,400.00",
        "30229": "28,000.00",
        "30231": "36,000.00",
        "30239": "152,400.00",
        "30299": "21,360.00",
    },
    sangong=("0", "0", "36,000.00", "4,800.00"),
    projects=[
        ("农村公路建设", "2140104", "8,600,000.00", "0", "0"),
        ("公路日常养护", "2140106", "1,842,500.00", "0", "260,000.00"),
        ("道路运输行业监管", "2140112", "386,400.00", "0", "0"),
    ],
    style=dict(
        rules="frame",
        small={INC: 6, EXP: 6},
        rot=("行次",),
        codes="one",
        unit_pos="under",
        page_no="di",
        running=True,
        hangci=True,
        wrap=0,
        valign="centre",
        split={},
        notes=True,
        gf="empty",
        zero="",
        proj="named",
        sangong="rows",
    ),
)

DOCS["b3_jiangsu_gulou_jyj_2025_budget.pdf"] = dict(
    note="江苏2025 预算, a narrow 科目名称 column with long names wrapped into three lines and the figures centred on "
    "the tall cell; figures right-aligned with a trailing space and a right padding of 3, 9 or 5 points by "
    "column; no right border at the table's right edge; grids of dashed lines; 事业收入 of schools; 项目支出表 with "
    "科目编码 | 科目名称 | 项目名称",
    kind="budget",
    org="南京市鼓楼区教育局",
    province="江苏",
    year=2025,
    unit="万元",
    other="事业收入",
    leaves="""
2050101 486.30 . . . .
2050102 . 62.40 . . .
2050201 1,624.80 286.50 . 342.00 .
2050202 4,268.36 612.40 . . .
2050203 2,846.72 428.60 . 126.40 .
2080505 1,086.48 . . . .
2080506 543.24 . . . .
2101102 412.60 . . . .
2210201 826.90 . . . .
""",
    carry={},
    econ={
        "30102": "1,862.40",
        "30103": "486.20",
        "30107": "3,126.80",
        "30108": "1,086.48",
        "30109": "543.24",
        "30110": "412.60",
        "30112": "96.80",
        "30113": "826.90",
        "30305": "24.60",
        "30201": "68.40",
        "30205": "36.80",
        "30206": "124.60",
        "30207": "18.40",
        "30211": "12.80",
        "30213": "46.20",
        "30217": "2.60",
        "30228": "142.36",
        "30229": "68.00",
        "30231": "8.40",
        "30239": "246.80",
        "30299": "38.64",
    },
    sangong=("0", "0", "8.40", "2.60"),
    projects=[
        ("教育督导与评估", "2050102", "62.40", "0", "0"),
        ("学前教育生均公用经费", "2050201", "286.50", "0", "0"),
        ("义务教育课后服务补助", "2050202", "612.40", "0", "0"),
        ("初中学校设施维修改造", "2050203", "428.60", "0", "0"),
    ],
    style=dict(
        rules="grid",
        dash=True,
        noright=True,
        pad=(3, 9, 5),
        trail=" ",
        codes="one",
        unit_pos="under_right",
        page_no="topright",
        running=False,
        hangci=False,
        wrap=6,
        valign="centre",
        split={},
        notes=False,
        gf="empty",
        zero="",
        proj="coded",
    ),
)


# =============================================================================================== the builder
def d(s):
    return D(str(s).replace(",", "")) if s not in (None, ".", "") else Z


class Money:
    """Leaf figures: gp_b, gp_p, gf_p, ot_b, ot_p (+ bud_b, bud_p); t(field, prefix) sums the leaves."""

    FIELDS = ("gp_b", "gp_p", "gf_p", "ot_b", "ot_p", "bud_b", "bud_p")

    def __init__(self, text, carry):
        self.L = {}
        for line in text.strip().splitlines():
            w = line.split()
            vals = [d(x) for x in w[1:]] + [Z] * (8 - len(w))
            self.L[w[0]] = dict(zip(self.FIELDS, vals))
        self.carry = {k: d(v) for k, v in carry.items()}

    def leaf(self, code, field):
        v = self.L[code]
        derived = {
            "gp": v["gp_b"] + v["gp_p"],
            "ot": v["ot_b"] + v["ot_p"],
            "gf": v["gf_p"],
            "basic": v["gp_b"] + v["ot_b"],
            "project": v["gp_p"] + v["gf_p"] + v["ot_p"],
            "all": v["gp_b"] + v["gp_p"] + v["gf_p"] + v["ot_b"] + v["ot_p"],
            "fiscal": v["gp_b"] + v["gp_p"] + v["gf_p"],
            "bud": v["bud_b"] + v["bud_p"],
            "carry": self.carry.get(code, Z),
        }
        derived["gp_in"] = derived["gp"] - derived["carry"]
        derived["in"] = derived["all"] - derived["carry"]
        return derived[field] if field in derived else v[field]

    def t(self, field, prefix=""):
        return sum((self.leaf(c, field) for c in self.L if c.startswith(prefix)), Z)

    def codes(self, field="all"):
        """类, 款, 项 in order, those with money in the field."""
        leaves = sorted(c for c in self.L if self.leaf(c, field))
        out = set()
        for c in leaves:
            out |= {c[:3], c[:5], c}
        return sorted(out)

    def classes(self, field="all"):
        return [c for c in self.codes(field) if len(c) == 3]


class PT:
    """A printed table: key, title, unit, kind (coded / two / econ2 / sangong / named / projcoded / empty),
    heads (one header path per figure column), cols (column key per figure column, None: not the report's
    own), rows of printed strings."""

    def __init__(self, key, title, unit, kind, heads=(), cols=(), rows=(), **kw):
        self.key, self.title, self.unit, self.kind = key, title, unit, kind
        self.heads, self.cols, self.rows = list(heads), list(cols), list(rows)
        self.note = kw.get("note")
        self.empty_text = kw.get("empty_text")
        self.form = kw.get("form", "")
        self.code_head = kw.get("code_head", "科目编码")


def fmt(x, unit, zero=""):
    if x == 0:
        return zero
    return f"{x:,.2f}"


def econ_full(doc, m):
    e = {k: d(v) for k, v in doc["econ"].items()}
    e["30101"] = m.t("gp_b") - sum(e.values(), Z)
    assert e["30101"] > 0, (doc["org"], e["30101"])
    return dict(sorted(e.items()))


def build(name, doc):
    st = doc["style"]
    m = Money(doc["leaves"], doc.get("carry", {}))
    u = doc["unit"]
    z = st.get("zero", "")
    y = doc["year"]
    final = doc["kind"] == "final_account"

    def f(x, zero=None):
        return fmt(x, u, z if zero is None else zero)

    tables = []
    who = "本部门"
    e = econ_full(doc, m)
    pers = {k: v for k, v in e.items() if k[:3] in PERSONNEL}
    pub = {k: v for k, v in e.items() if k[:3] not in PERSONNEL}
    out, buy, run, rec = (None,) * 4
    notes = st.get("notes")

    def sg_vals(sg):
        o, b, r, c = (d(x) for x in sg)
        return [o + b + r + c, o, b + r, b, r, c]

    if final:
        ot_col = {"事业收入": "business", "其他收入": "other_income"}[doc["other"]]
        # ---- 收入支出决算总表
        items = [
            ("一、一般公共预算财政拨款收入", m.t("gp_in")),
            ("二、政府性基金预算财政拨款收入", m.t("gf")),
            ("三、国有资本经营预算财政拨款收入", Z),
            ("四、上级补助收入", Z),
            ("五、事业收入", m.t("ot") if ot_col == "business" else Z),
            ("六、经营收入", Z),
            ("七、附属单位上缴收入", Z),
            ("八、其他收入", m.t("ot") if ot_col == "other_income" else Z),
        ]
        if st.get("left") == "nonzero":
            items = items[:1] + [it for it in items[1:] if it[1]]
        left = [(lab, [f(v)]) for lab, v in items]
        right = [(f"{CLASS_NO[c]}、{FUNC[c]}", [f(m.t("all", c))]) for c in m.classes()]
        n = max(len(left), len(right))
        left += [("", [])] * (n - len(left))
        right += [("", [])] * (n - len(right))
        rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
        carry = m.t("carry")
        rows += [
            ("本年收入合计", [f(m.t("in"))], "本年支出合计", [f(m.t("all"))]),
            ("使用非财政拨款结余", [f(Z)], "结余分配", [f(Z)]),
            ("年初结转和结余", [f(carry)], "年末结转和结余", [f(Z)]),
            ("总计", [f(m.t("in") + carry)], "总计", [f(m.t("all"))]),
        ]
        tables.append(
            PT(
                IS,
                "收入支出决算总表",
                u,
                "two",
                heads=[("收入", "决算数"), ("支出", "决算数")]
                if st.get("left") == "nonzero"
                else [("收入", "金额"), ("支出", "金额")],
                cols=[I, E],
                rows=rows,
                note="注：本表反映部门本年度的总收支和年末结转结余情况。" if notes else None,
            )
        )
        # ---- 收入决算表
        inc_cols = [
            ("本年收入合计", "total", "in"),
            ("财政拨款收入", "fiscal_appropriation", "fin"),
            ("上级补助收入", "upper_grant", None),
            ("事业收入", "business", "ot" if ot_col == "business" else None),
            ("经营收入", "operating_income", None),
            ("附属单位上缴收入", "affiliated_remit", None),
            ("其他收入", "other_income", "ot" if ot_col == "other_income" else None),
        ]

        def incv(field, c):
            if field is None:
                return Z
            if field == "fin":
                return m.t("gp_in", c) + m.t("gf", c)
            return m.t(field, c)

        codes = m.codes("in")
        rows = [(None, "合计", [f(incv(fl, "")) for _h, _k, fl in inc_cols])]
        rows += [(c, FUNC[c], [f(incv(fl, c)) for _h, _k, fl in inc_cols]) for c in codes]
        tables.append(
            PT(
                INC,
                "收入决算表",
                u,
                "coded",
                heads=[(h,) for h, _k, _f in inc_cols],
                cols=[k for _h, k, _f in inc_cols],
                rows=rows,
                note="注：本表反映部门本年度取得的各项收入情况。" if notes else None,
            )
        )
        # ---- 支出决算表
        ex = [
            ("本年支出合计", "total", "all"),
            ("基本支出", "basic", "basic"),
            ("项目支出", "project", "project"),
            ("上缴上级支出", "remit_upper", None),
            ("经营支出", "operating", None),
            ("对附属单位补助支出", "subsidy_affiliated", None),
        ]
        rows = [(None, "合计", [f(m.t(fl) if fl else Z) for _h, _k, fl in ex])]
        rows += [(c, FUNC[c], [f(m.t(fl, c) if fl else Z) for _h, _k, fl in ex]) for c in m.codes()]
        tables.append(
            PT(
                EXP,
                "支出决算表",
                u,
                "coded",
                heads=[(h,) for h, _k, _f in ex],
                cols=[k for _h, k, _f in ex],
                rows=rows,
                note="注：本表反映部门本年度各项支出情况。" if notes else None,
            )
        )
        # ---- 财政拨款收入支出决算总表
        left = [
            ("一、一般公共预算财政拨款", [f(m.t("gp_in"))]),
            ("二、政府性基金预算财政拨款", [f(m.t("gf"))]),
            ("三、国有资本经营预算财政拨款", [f(Z)]),
        ]

        def four(c=""):
            return [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)]

        right = [(f"{CLASS_NO[c]}、{FUNC[c]}", four(c)) for c in m.classes("fiscal")]
        n = max(len(left), len(right))
        left += [("", [])] * (n - len(left))
        right += [("", [])] * (n - len(right))
        rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
        rows += [
            ("本年收入合计", [f(m.t("gp_in") + m.t("gf"))], "本年支出合计", four()),
            ("年初财政拨款结转和结余", [f(carry)], "年末财政拨款结转和结余", [f(Z)] * 4),
            ("总计", [f(m.t("fiscal"))], "总计", four()),
        ]
        tables.append(
            PT(
                FS,
                "财政拨款收入支出决算总表",
                u,
                "two",
                heads=[
                    ("收入", "金额"),
                    ("支出", "合计"),
                    ("支出", "一般公共预算财政拨款"),
                    ("支出", "政府性基金预算财政拨款"),
                    ("支出", "国有资本经营预算财政拨款"),
                ],
                cols=[I, E, EGP, EGF, ESC],
                rows=rows,
                note="注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支"
                "和年末结转结余情况。"
                if notes
                else None,
            )
        )
        # ---- 一般公共预算财政拨款支出决算表
        codes = m.codes("gp")
        if st["gb_form"] == "ba":
            heads = [(f"{g}", h) for g in ("年初预算数", "决算数") for h in ("合计", "基本支出", "项目支出")]
            cols = ["total@budget", "basic@budget", "project@budget", "total", "basic", "project"]

            def gv(c):
                return [
                    f(m.t("bud", c)),
                    f(m.t("bud_b", c)),
                    f(m.t("bud_p", c)),
                    f(m.t("gp", c)),
                    f(m.t("gp_b", c)),
                    f(m.t("gp_p", c)),
                ]

            codes = sorted(set(codes) | set(m.codes("bud")))
        else:
            heads = [("本年支出", "小计"), ("本年支出", "基本支出"), ("本年支出", "项目支出")]
            cols = ["total", "basic", "project"]

            def gv(c):
                return [f(m.t("gp", c)), f(m.t("gp_b", c)), f(m.t("gp_p", c))]

        rows = [(None, "合计", gv(""))] + [(c, FUNC[c], gv(c)) for c in codes]
        tables.append(
            PT(
                GB,
                "一般公共预算财政拨款支出决算表",
                u,
                "coded",
                heads=heads,
                cols=cols,
                rows=rows,
                form=st["gb_form"],
                note="注：本表反映部门本年度一般公共预算财政拨款实际支出情况。" if notes else None,
            )
        )
        # ---- 基本支出决算表: two blocks
        pl = [(c, ECON[c], f(sum((v for k, v in pers.items() if k.startswith(c)), Z))) for c in _tree(pers)]
        ul = [(c, ECON[c], f(sum((v for k, v in pub.items() if k.startswith(c)), Z))) for c in _tree(pub)]
        n = max(len(pl), len(ul))
        pl += [("", "", "")] * (n - len(pl))
        ul += [("", "", "")] * (n - len(ul))
        rows = [a + b for a, b in zip(pl, ul)]
        rows.append(
            ("", "人员经费合计", f(sum(pers.values(), Z)), "", "公用经费合计", f(sum(pub.values(), Z)))
        )
        tables.append(
            PT(
                EB,
                "一般公共预算财政拨款基本支出决算表",
                u,
                "econ2",
                rows=rows,
                note="注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。" if notes else None,
            )
        )
        # ---- 三公
        b, a = (sg_vals(x) for x in doc["sangong"])
        sub = [
            ("合计",),
            ("因公出国（境）费",),
            ("公务用车购置及运行费", "小计"),
            ("公务用车购置及运行费", "公务用车购置费"),
            ("公务用车购置及运行费", "公务用车运行费"),
            ("公务接待费",),
        ]
        heads = [(g, *h) for g in ("预算数", "决算数") for h in sub]
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        cols = [f"{k}@budget" for k in keys] + keys
        if st.get("sangong") == "rows":
            kind, heads, cols = "sgrows", [("预算数",), ("决算数",)], ["@budget", ""]
            rows = [(lab, [f(x, "0.00"), f(y, "0.00")]) for lab, x, y in zip(SG_LABELS, b, a)]
        else:
            kind, rows = "sangong", [[f(x, "0.00") for x in b + a]]
        tables.append(
            PT(
                SG,
                "一般公共预算财政拨款“三公”经费支出决算表",
                u,
                kind,
                heads=heads,
                cols=cols,
                rows=rows,
                note="注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，"
                "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
            )
        )
        # ---- 政府性基金
        gt = "政府性基金预算财政拨款收入支出决算表"
        if m.t("gf"):
            heads = [
                ("年初结转和结余",),
                ("本年收入",),
                ("本年支出", "小计"),
                ("本年支出", "基本支出"),
                ("本年支出", "项目支出"),
                ("年末结转和结余",),
            ]
            cols = ["carryover_begin", I, "total", "basic", "project", "carryover_end"]

            def fv(c):
                return [f(Z), f(m.t("gf", c)), f(m.t("gf", c)), f(Z), f(m.t("gf", c)), f(Z)]

            rows = [(None, "合计", fv(""))] + [(c, FUNC[c], fv(c)) for c in m.codes("gf")]
            tables.append(PT(GF, gt, u, "coded", heads=heads, cols=cols, rows=rows))
        else:
            tables.append(
                PT(
                    GF,
                    gt,
                    u,
                    "empty",
                    empty_text=f"{who}{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款"
                    "安排的支出，故本表为空表。",
                )
            )
        tables.append(
            PT(
                SC,
                "国有资本经营预算财政拨款支出决算表",
                u,
                "empty",
                empty_text=f"{who}{y}年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。",
            )
        )
        return m, tables, e
    # ============================================================ budget
    other = doc.get("other")
    items = [
        ("一、一般公共预算拨款收入", m.t("gp")),
        ("二、政府性基金预算拨款收入", m.t("gf")),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、财政专户管理资金收入", Z),
        ("五、事业收入", m.t("ot") if other == "事业收入" else Z),
        ("六、事业单位经营收入", Z),
        ("七、上级补助收入", Z),
        ("八、附属单位上缴收入", Z),
        ("九、其他收入", m.t("ot") if other == "其他收入" else Z),
    ]
    if st.get("left") == "nonzero":
        items = items[:1] + [it for it in items[1:] if it[1]]
    left = [(lab, [f(v)]) for lab, v in items]
    right = [(f"{CN[i]}、{FUNC[c]}", [f(m.t("all", c))]) for i, c in enumerate(m.classes())]
    n = max(len(left), len(right))
    left += [("", [])] * (n - len(left))
    right += [("", [])] * (n - len(right))
    rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
    rows += [
        ("本年收入合计", [f(m.t("all"))], "本年支出合计", [f(m.t("all"))]),
        ("上年结转结余", [f(Z)], "结转下年", [f(Z)]),
        ("收入总计", [f(m.t("all"))], "支出总计", [f(m.t("all"))]),
    ]
    tables.append(
        PT(
            IS,
            "部门收支总表",
            u,
            "two",
            heads=[("收入", "预算数"), ("支出", "预算数")],
            cols=[I, E],
            rows=rows,
        )
    )
    inc_cols = [
        ("合计", "total", "all"),
        ("上年结转", "carryover_begin", None),
        ("一般公共预算拨款收入", "general_public", "gp"),
        ("政府性基金预算拨款收入", "government_fund", "gf"),
        ("事业收入", "business", "ot" if other == "事业收入" else None),
        ("其他收入", "other_income", "ot" if other == "其他收入" else None),
    ]
    rows = [(None, "合计", [f(m.t(fl) if fl else Z) for _h, _k, fl in inc_cols])]
    rows += [(c, FUNC[c], [f(m.t(fl, c) if fl else Z) for _h, _k, fl in inc_cols]) for c in m.codes()]
    tables.append(
        PT(
            INC,
            "部门收入总表",
            u,
            "coded",
            heads=[(h,) for h, _k, _f in inc_cols],
            cols=[k for _h, k, _f in inc_cols],
            rows=rows,
            note="注：本表按部门预算收入来源反映。" if notes else None,
        )
    )
    ex = [("合计", "total", "all"), ("基本支出", "basic", "basic"), ("项目支出", "project", "project")]
    rows = [(None, "合计", [f(m.t(fl)) for _h, _k, fl in ex])]
    rows += [(c, FUNC[c], [f(m.t(fl, c)) for _h, _k, fl in ex]) for c in m.codes()]
    tables.append(
        PT(
            EXP,
            "部门支出总表",
            u,
            "coded",
            heads=[(h,) for h, _k, _f in ex],
            cols=[k for _h, k, _f in ex],
            rows=rows,
            note="注：本表按支出功能分类科目反映部门预算支出。" if notes else None,
        )
    )

    def four(c=""):
        return [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)]

    left = [
        ("一、一般公共预算拨款收入", [f(m.t("gp"))]),
        ("二、政府性基金预算拨款收入", [f(m.t("gf"))]),
        ("三、国有资本经营预算拨款收入", [f(Z)]),
    ]
    right = [(f"{CN[i]}、{FUNC[c]}", four(c)) for i, c in enumerate(m.classes("fiscal"))]
    n = max(len(left), len(right))
    left += [("", [])] * (n - len(left))
    right += [("", [])] * (n - len(right))
    rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
    rows += [
        ("本年收入合计", [f(m.t("fiscal"))], "本年支出合计", four()),
        ("上年结转", [f(Z)], "结转下年", [f(Z)] * 4),
        ("收入总计", [f(m.t("fiscal"))], "支出总计", four()),
    ]
    tables.append(
        PT(
            FS,
            "财政拨款收支总表",
            u,
            "two",
            heads=[
                ("收入", "预算数"),
                ("支出", "合计"),
                ("支出", "一般公共预算"),
                ("支出", "政府性基金预算"),
                ("支出", "国有资本经营预算"),
            ],
            cols=[I, E, EGP, EGF, ESC],
            rows=rows,
        )
    )

    def gv(c=""):
        return [f(m.t("gp", c)), f(m.t("gp_b", c)), f(m.t("gp_p", c))]

    rows = [(None, "合计", gv())] + [(c, FUNC[c], gv(c)) for c in m.codes("gp")]
    heads = [(f"{y}年预算数", h) for h in ("合计", "基本支出", "项目支出")]
    tables.append(
        PT(
            GB,
            "一般公共预算支出表",
            u,
            "coded",
            heads=heads,
            cols=["total", "basic", "project"],
            rows=rows,
            note="注：本表反映一般公共预算拨款安排的支出。" if notes else None,
        )
    )

    def ev(c=""):
        tot = sum((v for k, v in e.items() if k.startswith(c)), Z)
        p = sum((v for k, v in pers.items() if k.startswith(c)), Z)
        return [f(tot), f(p), f(tot - p)]

    rows = [(None, "合计", ev())] + [(c, ECON[c], ev(c)) for c in _tree(e)]
    tables.append(
        PT(
            EB,
            "一般公共预算基本支出表",
            u,
            "coded",
            heads=[("合计",), ("基本支出", "人员经费"), ("基本支出", "公用经费")],
            cols=["total", "personnel", "public_funds"],
            rows=rows,
            code_head="部门经济分类科目编码",
        )
    )
    sv = sg_vals(doc["sangong"])
    heads = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
        ("公务用车购置及运行费", "公务用车运行费"),
        ("公务接待费",),
    ]
    if st.get("sangong") == "rows":
        sgt = PT(SG, "一般公共预算“三公”经费支出表", u, "sgrows", heads=[("预算数",)], cols=[""])
        sgt.rows = [(lab, [f(x, "0.00")]) for lab, x in zip(SG_LABELS, sv)]
    else:
        sgt = PT(
            SG,
            "一般公共预算“三公”经费支出表",
            u,
            "sangong",
            heads=heads,
            cols=["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"],
            rows=[[f(x, "0.00") for x in sv]],
        )
    tables.append(sgt)
    if m.t("gf"):
        rows = [(None, "合计", [f(m.t("gf")), f(Z), f(m.t("gf"))])]
        rows += [(c, FUNC[c], [f(m.t("gf", c)), f(Z), f(m.t("gf", c))]) for c in m.codes("gf")]
        tables.append(
            PT(
                GF,
                "政府性基金预算支出表",
                u,
                "coded",
                heads=[("合计",), ("基本支出",), ("项目支出",)],
                cols=["total", "basic", "project"],
                rows=rows,
            )
        )
    else:
        tables.append(
            PT(
                GF,
                "政府性基金预算支出表",
                u,
                "empty",
                empty_text=f"{who}{y}年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            )
        )
    tables.append(
        PT(
            SC,
            "国有资本经营预算支出表",
            u,
            "empty",
            empty_text=f"{who}{y}年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        )
    )
    # ---- 项目支出表
    prs = [(n_, c, d(g), d(gf_), d(o)) for n_, c, g, gf_, o in doc["projects"]]
    for code in m.L:  # the projects add to each leaf's project money per source
        assert sum((p[2] for p in prs if p[1] == code), Z) == m.leaf(code, "gp_p"), (name, code)
        assert sum((p[3] for p in prs if p[1] == code), Z) == m.leaf(code, "gf_p"), (name, code)
        assert sum((p[4] for p in prs if p[1] == code), Z) == m.leaf(code, "ot_p"), (name, code)
    pcols = [("合计", "total"), ("一般公共预算", "general_public"), ("政府性基金", "government_fund")]
    if other:
        pcols.append((other, {"事业收入": "business", "其他收入": "other_income"}[other]))

    def pv(g, gf_, o):
        return [f(g + gf_ + o), f(g), f(gf_)] + ([f(o)] if other else [])

    tot = pv(sum(p[2] for p in prs), sum(p[3] for p in prs), sum(p[4] for p in prs))
    if st["proj"] == "coded":
        rows = [(None, "", "合计", tot)] + [(c, FUNC[c], n_, pv(g, gf_, o)) for n_, c, g, gf_, o in prs]
        kind = "projcoded"
    else:
        rows = [("合计", tot)] + [(n_, pv(g, gf_, o)) for n_, _c, g, gf_, o in prs]
        kind = "named"
    tables.append(
        PT(
            PROJ,
            "项目支出表",
            u,
            kind,
            heads=[(h,) for h, _k in pcols],
            cols=[k for _h, k in pcols],
            rows=rows,
            note="注：本表反映部门本年度项目支出预算安排情况。" if notes else None,
        )
    )
    return m, tables, e


def _tree(e):
    """Economic 类 and 款 in order (a 类 before its 款)."""
    return sorted(set(e) | {k[:3] for k in e})


# =============================================================================================== expectations
def want(s):
    if not s:
        return None
    if s.replace(",", "") in ("0", "0.00", "-"):
        return "0.00?"
    return s


def expectations(doc, tables):
    specs = []
    for t in tables:
        rows = []
        if t.kind == "two":
            for ll, lv, rl, rv in t.rows:
                if ll and lv and want(lv[0]):
                    rows.append((None, ll, {t.cols[0]: want(lv[0])}))
                if rl and rv:
                    cols = {k: want(v) for k, v in zip(t.cols[1:], rv) if want(v)}
                    if cols:
                        rows.append((None, rl, cols))
        elif t.kind == "coded":
            for code, name, vals in t.rows:
                cols = {k: want(v) for k, v in zip(t.cols, vals) if k and want(v)}
                if cols:
                    rows.append((code, name, cols))
        elif t.kind == "econ2":
            for pc, pn, pv, uc, un, uv in t.rows:
                for c, n, v in ((pc, pn, pv), (uc, un, uv)):
                    if n and want(v):
                        rows.append((c or None, n, {"total": want(v)}))
        elif t.kind == "sangong":
            rows.append((None, "*", {k: want(v) for k, v in zip(t.cols, t.rows[0]) if want(v)}))
        elif t.kind == "sgrows":
            for (lab, vals), k in zip(t.rows, SG_KEYS):
                cols = {k + c: want(v) for c, v in zip(t.cols, vals) if want(v)}
                if cols:
                    rows.append((None, lab, cols))
        elif t.kind == "named":
            for n, vals in t.rows:
                rows.append((None, n, {k: want(v) for k, v in zip(t.cols, vals) if want(v)}))
        elif t.kind == "projcoded":
            for code, sname, n, vals in t.rows:
                cols = {k: want(v) for k, v in zip(t.cols, vals) if want(v)}
                rows.append((code, n, cols, sname) if code else (None, n, cols))
        if t.kind != "empty":
            specs.append(dict(table=t.key, unit=t.unit, rows=rows))
        else:
            specs.append(dict(table=t.key, unit=t.unit, rows=[]))
    # the 三公 row "*" last (it would take another table's total column first)
    specs.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return specs


BUILT = {name: (doc, *build(name, doc)) for name, doc in DOCS.items()}

EXPECTED = {
    name: dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=expectations(doc, tables),
        only_tables=[t.key for t in tables],
    )
    for name, (doc, _m, tables, _e) in BUILT.items()
}


# =============================================================================================== identities
def _identities():
    """Re-add every printed table from its printed strings."""

    def v(s):
        return d(s) if s and s != "-" else Z

    for name, (doc, _m, tables, _e) in BUILT.items():
        by = {t.key: t for t in tables}
        for t in tables:
            if t.kind == "coded":
                byc = {c: [v(x) for x in vals] for c, _n, vals in t.rows if c}
                tot = [v(x) for x in next(vals for c, _n, vals in t.rows if c is None)]
                econ = t.key == EB
                for c, vals in [*byc.items(), ("", tot)]:
                    step = {0: 3, 3: 5} if econ else {0: 3, 3: 5, 5: 7}
                    kids = [k for k in byc if len(k) == step.get(len(c), 0) and k.startswith(c)]
                    if kids:
                        for i in range(len(vals)):
                            assert sum(byc[k][i] for k in kids) == vals[i], (name, t.key, c, i)
                    if t.key in (INC,):
                        assert vals[0] == sum(vals[1:]), (name, t.key, c)
                    elif t.key == GF and t.form == "" and len(vals) == 6:
                        assert vals[2] == vals[3] + vals[4] and vals[0] + vals[1] - vals[2] == vals[5]
                    elif t.key == GB and t.form == "ba":
                        assert vals[0] == vals[1] + vals[2] and vals[3] == vals[4] + vals[5], (name, c)
                    else:
                        assert vals[0] == sum(vals[1:]), (name, t.key, c)
            if t.kind == "two":
                lv = {ll: v(x[0]) for ll, x, _r, _v in t.rows if ll and x}
                rv = {rl: [v(y) for y in x] for _l, _x, rl, x in t.rows if rl and x}
                items = [x for ll, x in lv.items() if "、" in ll[:4]]
                assert sum(items) == lv["本年收入合计"], (name, t.key)
                classes = [x for rl, x in rv.items() if "、" in rl[:4]]
                for i in range(len(rv["本年支出合计"])):
                    assert sum(x[i] for x in classes) == rv["本年支出合计"][i], (name, t.key, i)
                if len(rv["本年支出合计"]) == 4:
                    for x in classes + [rv["本年支出合计"]]:
                        assert x[0] == x[1] + x[2] + x[3], (name, t.key)
                grand_l = lv.get("总计", lv.get("收入总计"))
                grand_r = rv.get("总计", rv.get("支出总计"))
                carry_l = sum(x for ll, x in lv.items() if "结转" in ll or "结余" in ll)
                carry_r = [
                    sum(x[i] for rl, x in rv.items() if "结转" in rl or "结余" in rl)
                    for i in range(len(grand_r))
                ]
                assert lv["本年收入合计"] + carry_l == grand_l, (name, t.key)
                assert rv["本年支出合计"][0] + carry_r[0] == grand_r[0] == grand_l, (name, t.key)
            if t.kind == "econ2":
                p = {r[0]: v(r[2]) for r in t.rows if r[0]}
                q = {r[3]: v(r[5]) for r in t.rows if r[3]}
                for blk in (p, q):
                    for c, x in blk.items():
                        if len(c) == 3:
                            assert x == sum(y for k, y in blk.items() if len(k) == 5 and k.startswith(c))
                last = t.rows[-1]
                assert v(last[2]) == sum(x for c, x in p.items() if len(c) == 3), name
                assert v(last[5]) == sum(x for c, x in q.items() if len(c) == 3), name
            if t.kind == "sgrows":
                for i in range(len(t.cols)):
                    tot, o, car, b, r, c = (v(x[i]) for _lab, x in t.rows)
                    assert tot == o + car + c and car == b + r, name
            if t.kind == "sangong":
                vals = [v(x) for x in t.rows[0]]
                for k in range(0, len(vals), 6):
                    tot, o, car, b, r, c = vals[k : k + 6]
                    assert tot == o + car + c and car == b + r, name
            if t.kind in ("named", "projcoded"):
                vals = [[v(x) for x in r[-1]] for r in t.rows]
                for i in range(len(vals[0])):
                    assert sum(x[i] for x in vals[1:]) == vals[0][i], (name, "proj")
                for x in vals:
                    assert x[0] == sum(x[1:]), (name, "proj row")

        # across tables
        def total_of(key, i=0):
            return v(next(vals for c, _n, vals in by[key].rows if c is None)[i])

        ies = {ll: x for ll, x, _r, _x in by[IS].rows if ll}
        ies_r = {rl: x for _l, _x, rl, x in by[IS].rows if rl}
        assert total_of(EXP) == v(ies_r["本年支出合计"][0]), name
        assert total_of(INC) == v(ies["本年收入合计"][0]), name
        for c in [c for c, _n, _x in by[EXP].rows if c and len(c) == 3]:
            lab = next(rl for rl in ies_r if rl.endswith(FUNC[c]))
            assert v(ies_r[lab][0]) == v(next(x for cc, _n, x in by[EXP].rows if cc == c)[0]), (name, c)
        gb = by[GB]
        act = 3 if gb.form == "ba" else 0
        gbr = {c: [v(x) for x in vals] for c, _n, vals in gb.rows}
        fsr = {rl: [v(y) for y in x] for _l, _x, rl, x in by[FS].rows if rl}
        for c in [c for c in gbr if c and len(c) == 3]:
            lab = next(rl for rl in fsr if rl.endswith(FUNC[c]))
            assert fsr[lab][1] == gbr[c][act], (name, "fs gp", c)
        if by[EB].kind == "econ2":
            last = by[EB].rows[-1]
            assert v(last[2]) + v(last[5]) == gbr[None][act + 1], (name, "basic")
        else:
            assert total_of(EB) == gbr[None][1], (name, "basic")
        if by[GF].kind == "coded":
            gfr = {c: [v(x) for x in vals] for c, _n, vals in by[GF].rows}
            for c in [c for c in gfr if c and len(c) == 3]:
                lab = next(rl for rl in fsr if rl.endswith(FUNC[c]))
                col = 2 if doc["kind"] == "final_account" else 0
                assert fsr[lab][2] == gfr[c][col], (name, "fs gf", c)


_identities()
