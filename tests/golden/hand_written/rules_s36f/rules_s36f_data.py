"""Expected readings of the rules_s36f inputs: eight WHOLE reports of PUBLIC INSTITUTIONS (事业单位: a 高级中学, a 人民医院,
a 农业科学研究院, a 疾病预防控制中心, a 中等专业学校, a 中医医院, a 职业中专, a 农业科学研究所), four 单位预算 (2017 old
template, 2021, 2024, 2025) and four 单位决算 (2016 old template, 2019, 2022, 2023): three plain pdftotext .txt (t1, t2,
t3), three pdftotext -layout .layout.txt (l1, l2, l3: each word at the CHARACTER index of its column), two PDFs (p1, p2,
drawn with rules_s33i's printer and minipdf, imported). Each: a cover, a 目录, a 说明 with claims, every table of its
template, 名词解释. Typed here, summed by s36f_lib.py, printed by gen.py from the very strings the expectations are read
from; never from the parser's output.

Earlier sets: rules_s32a (2015-2018 budgets with 财政专户 / 事业单位经营收入 / 用事业基金弥补收支差额, plain only), rules_s33b
(2019-2024 finals of 事业单位: 收入决算表 / 支出决算表 with every source column, 结余分配 items 交纳所得税 / 提取专用结余 /
提取职工福利基金 / 转入非财政拨款结余), rules_s34f (2014-2018 finals: 结余分配 其中 rows, 年末结转和结余 split, positive),
rules_s34c (事业收入 over 小计 | 其中：教育收费 as COLUMNS). Shapes attacked here, not or thinly before:
- 单位预算 收支总表 of 事业单位 with the full income list of the 2019+ template (一、一般公共预算拨款收入 … 四、财政专户管理资金
  收入 … 六、事业单位经营收入, 七、上级补助收入, 八、附属单位上缴收入, 九、其他收入) and its tail 本年收入合计 | 用事业基金
  弥补收支差额 | 上年结转 | 收入总计 in either order (t1, l1, p1, t2); a "其中" income row under an item: 其中：教育收费
  under 三、财政专户管理资金 (t1, 2017 wording), 其中：医疗收入 under 五、事业收入 (l1); the expenditure side by 支出用途
  (一、基本支出 … 三、事业单位经营支出, 四、上缴上级支出, 五、对附属单位补助支出: p1) instead of 类;
- budget 收入总表 of 11-12 money columns (合计 | 上年结转 | 一般公共预算 | 政府性基金 | 国有资本经营 | 财政专户 | 事业收入 |
  事业单位经营收入 | 上级补助 | 附属单位上缴 | 其他收入 | 用事业基金弥补收支差额; p1 with 上年结转 and 用事业基金 LAST): zeros
  printed "0.00" in plain text (t1: every row prints all its cells), blank in plain text (t2: a row of 3 figures under 12
  columns, placed only by the column sums and the summary's items — hard but determinable), blank in layout / PDF (l1,
  p1); 支出总表 with 事业单位经营支出 / 上缴上级支出 / 对附属单位补助支出 used (p1), 经营支出 > 经营收入 (l1);
- 单位决算 收入支出决算总表 tails of both templates: 用事业基金弥补收支差额 (t3, 2016) or 使用非财政拨款结余（含专用结余）
  (l2) with money, or printed empty (l3, p2); 年初结转和结余 with 其中：基本支出结转 / 项目支出结转和结余 / 经营结余 on the
  INCOME side (t3, l2, p2: the same three labels print again under 年末 on the expenditure side); 结余分配 over 其中：
  交纳所得税 / 提取职工福利基金 / 转入事业基金 / 其他 (t3: a bare row "其他"; p2: "其他 0.00"), 提取专用结余 / 提取职工福利
  基金 / 转入非财政拨款结余 (l2), 交纳所得税 / 提取专用结余 / 其他 (l3); 年末结转和结余 split with a NEGATIVE 经营结余
  (t3 -12.30 万元, l2 -60,000.00 元, l3 -3.85 万元) and a zero one printed "0.00" (p2); 其中：教育收费 under 五、事业收入 (l3);
- 收入决算表 (本年收入合计 | 财政拨款 | 上级补助 | 事业 | 经营 | 附属单位上缴 | 其他) with blanks dropped in plain text (t3) and
  zeros printed in layout (l3); 支出决算表 with 上缴上级支出, 经营支出, 对附属单位补助支出 used (p2), 经营支出 alone on a 项
  (2060404, p2);
- the 说明 states 结余分配, 年末结转和结余, 经营结余 (negative), 用事业基金弥补收支差额 / 使用非财政拨款结余 figures: none is a
  claim of a total (not_claims).

Format (../review_check.py): per input note, kind, tables=[dict(table, unit, rows=[(code, name, {column: value})])],
only_tables, claims [(kind, code, figures in 万元)], not_claims [(piece, figure, why)] (check.py, copied from rules_s36a).
Keys: summaries by printed row name, income / expenditure (财政拨款 summary: expenditure, expenditure_general_public,
expenditure_government_fund); budget 收入总表 total, carryover_begin, general_public, government_fund, state_capital,
fiscal_special_account, business, operating_income, upper_grant, affiliated_remit, other_income, business_fund; 支出总表
total, basic, project, operating, remit_upper, subsidy_affiliated; 收入决算表 total, fiscal_appropriation, upper_grant,
business, operating_income, affiliated_remit, other_income; 三公 one row "*". A zero printed is "0.00?" (not loading it
is fine), a blank cell has no expectation. s36f_lib.readd() re-adds every printed table at import (row total = Σ parts,
类 = Σ 款 = Σ 项, 合计 = Σ 类, 人员 + 公用, 三公 sums, summary items = 本年 totals, both 总计 equal, 收支总表 类 = 支出表 类),
and the builders assert each budget 项's sources = its uses, each final's 总计 = 本年收入 + 使用结余 + 年初 = 本年支出 +
结余分配 + 年末, the 基本支出表 = the 一般公共预算 基本支出, 其中 rows ≤ their item: a typo fails at import."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s36f_lib import EB, EXP, FS, GB, GF, INC, IS, SG, build  # noqa: E402

OLD_B = {
    IS: "收支预算总表",
    INC: "收入预算总表",
    EXP: "支出预算总表",
    FS: "财政拨款收支预算总表",
    GB: "一般公共预算支出预算表",
    EB: "一般公共预算基本支出预算表",
    SG: "一般公共预算“三公”经费支出预算表",
    GF: "政府性基金预算支出预算表",
}
NEW_B = {
    IS: "收支总表",
    INC: "收入总表",
    EXP: "支出总表",
    FS: "财政拨款收支总表",
    GB: "一般公共预算支出表",
    EB: "一般公共预算基本支出表",
    SG: "一般公共预算“三公”经费支出表",
    GF: "政府性基金预算支出表",
}
UNIT_B = {k: ("单位" + t if k in (IS, INC, EXP) else t) for k, t in NEW_B.items()}
FINAL = {
    IS: "收入支出决算总表",
    INC: "收入决算表",
    EXP: "支出决算表",
    FS: "财政拨款收入支出决算总表",
    GB: "一般公共预算财政拨款支出决算表",
    EB: "一般公共预算财政拨款基本支出决算表",
    SG: "一般公共预算财政拨款“三公”经费支出决算表",
    GF: "政府性基金预算财政拨款收入支出决算表",
}
TERMS_B = [
    "财政专户管理资金收入：指纳入财政专户管理的教育收费等资金收入。",
    "事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "事业单位经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "用事业基金弥补收支差额：指事业单位在当年的收入不足以安排当年支出的情况下，使用以前年度积累的事业基金弥补本年度收支缺口的资金。",
    "上缴上级支出：指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。",
    "对附属单位补助支出：指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。",
]
TERMS_F = [
    "上级补助收入：指事业单位从主管部门和上级单位取得的非财政补助收入。",
    "附属单位上缴收入：指事业单位附属独立核算单位按有关规定上缴的收入。",
    "使用非财政拨款结余：指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
    "结余分配：指事业单位按规定交纳所得税、提取专用结余以及转入非财政拨款结余的金额。",
    "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
    "经营结余：指事业单位一定期间各项经营收入与经营支出相抵后的余额，弥补以前年度经营亏损后的经营结余为负数时不予分配。",
]
USE5 = ("b", "p", "opx", "remit", "sub")

DOCS = {}

DOCS["t1_zhejiang_yuhang_gjzx_2017_unit_budget.txt"] = dict(
    note="plain 浙江2017 单位预算 of a 高级中学 (万元, old titles 收支预算总表 …): 收支预算总表 with 三、财政专户管理资金 "
    "over 其中：教育收费, 用事业基金弥补收支差额 before 上年结转, zeros 0.00; 收入预算总表 of 12 money columns (财政专户管理资金 followed by "
    "a flat 其中：教育收费, no key) whose 合计 row prints every cell (0.00) and whose other rows leave their zeros BLANK "
    "(dropped): the 合计 row's count misleads",
    kind="budget",
    template="old",
    org="杭州市余杭高级中学",
    year=2017,
    unit="万元",
    date="2017年2月",
    profile="实施普通高中学历教育，促进基础教育发展；承担高中教学、德育、课程改革和教师培训等工作。",
    setup="本单位为财政补助二类事业单位，内设办公室、教务处、德育处、总务处等6个科室，纳入本年度预算编制范围的为本单位本级。",
    names={"20805": "行政事业单位离退休", "210": "医疗卫生与计划生育支出"},
    style=dict(zero="", tot_zero="0.00", sg_zero="0.00", szero="0.00", footer="- {n} -", label="表{n}"),
    leaves="""
2050204 gp=3260.50 fsa=1480.00 biz=126.40 op=58.00 oth=32.60 cf=180.00 bf=85.00 b=3812.30 p=1352.20 opx=58.00 gpb=2840.50 gpp=420.00
2050803 gp=36.00 fsa=24.00 p=60.00 gpp=36.00
2080502 gp=186.40 b=186.40 gpb=186.40
2080505 gp=324.80 fsa=18.20 b=343.00 gpb=324.80
2101102 gp=142.60 b=142.60 gpb=142.60
2080506 gp=129.92 b=129.92 gpb=129.92
2059999 gp=45.00 fsa=30.00 p=75.00 gpp=45.00
2210201 gp=268.30 fsa=12.00 b=280.30 gpb=268.30
""",
    subs={"fsa": [("其中：教育收费", "1386.00")]},
    inc_sub=("fsa", "其中：教育收费", {"2050204": "1332.00", "2050803": "24.00", "2059999": "30.00"}),
    b_tail=("bf", "cf"),
    inc_cols=("cf", "gp", "gf", "fsa", "biz", "op", "up", "aff", "oth", "bf"),
    econ={
        "30101": "1020.00",
        "30102": "612.40",
        "30103": "86.00",
        "30104": "597.32",
        "30107": "980.00",
        "30199": "12.50",
        "30302": "186.40",
        "30311": "268.30",
        "30201": "24.60",
        "30205": "18.20",
        "30206": "42.80",
        "30211": "8.40",
        "30213": "16.30",
        "30228": "12.00",
        "30299": "7.30",
    },
    sangong=("0", "0", "0", "1.20"),
    assets=(3, 1, 6, 2),
    terms=TERMS_B,
)

DOCS["l1_guangdong_nanhai_rmyy_2021_unit_budget.layout.txt"] = dict(
    note="layout 广东2021 单位预算 of a 人民医院 (元, blanks): 收支总表 with 五、事业收入 over 其中：医疗收入, 上年结转 before "
    "用事业基金弥补收支差额; 收入总表 of 13 money columns (国有资本 and 财政专户 blank) with a flat column 其中：医疗收入 after "
    "事业收入 (a part of it: must not load); 事业单位经营支出 > 经营收入",
    kind="budget",
    template="new",
    org="佛山市南海区人民医院",
    year=2021,
    unit="元",
    date="2021年3月",
    profile="承担辖区内常见病、多发病诊疗和急危重症救治，开展公共卫生服务、医学教育和临床科研工作。",
    setup="本单位为公益二类事业单位，核定床位1200张，纳入本年度预算编制范围的为本单位本级。",
    style=dict(zero="", footer="第{n}页", label="附表{n}"),
    leaves="""
2100201 gp=6850000.00 biz=486320000.00 op=3260000.00 up=1200000.00 oth=5840000.00 cf=12000000.00 bf=8500000.00 b=398650000.00 p=121860000.00 opx=3460000.00 gpb=1850000.00 gpp=5000000.00
2100408 gp=3680000.00 up=800000.00 p=4480000.00 gpp=3680000.00
2100409 gp=1260000.00 p=1260000.00 gpp=1260000.00
2100299 gp=500000.00 biz=1200000.00 p=1700000.00 gpp=500000.00
2080505 gp=2860000.00 biz=9640000.00 b=12500000.00 gpb=2860000.00
2080506 gp=1144000.00 biz=3856000.00 b=5000000.00 gpb=1144000.00
2101102 biz=6320000.00 b=6320000.00
2210201 biz=10860000.00 b=10860000.00
""",
    subs={"biz": [("其中：医疗收入", "478650000.00")]},
    inc_sub=("biz", "其中：医疗收入", {"2100201": "477450000.00", "2100299": "1200000.00"}),
    b_tail=("cf", "bf"),
    inc_cols=("cf", "gp", "gf", "sc", "fsa", "biz", "op", "up", "aff", "oth", "bf"),
    econ={
        "30107": "1200000.00",
        "30108": "2860000.00",
        "30109": "1144000.00",
        "30201": "150000.00",
        "30213": "300000.00",
        "30218": "200000.00",
    },
    sangong=("0", "0", "86000.00", "32000.00"),
    assets=(14, 9, 38, 21),
    terms=TERMS_B,
)

DOCS["p1_shandong_jinan_nkyy_2024_unit_budget.pdf"] = dict(
    note="PDF 山东2024 单位预算 of a 农业科学研究院 (万元, tables blank, summary zeros 0.00): 收支总表's expenditure side by "
    "支出用途 (基本 / 项目 / 事业单位经营 / 上缴上级 / 对附属单位补助); 单位收入总表 with 上年结转 and 用事业基金 LAST; "
    "附属单位上缴收入, 上级补助收入",
    kind="budget",
    template="new",
    org="济南市农业科学研究院",
    year=2024,
    unit="万元",
    date="2024年2月",
    profile="开展农业应用基础研究、农作物新品种选育和农业新技术推广，承担全市农业科技成果转化与示范服务。",
    setup="本单位为公益一类事业单位，下设作物、园艺、畜牧等7个研究所和1个试验农场（附属独立核算单位）。",
    style=dict(zero="", szero="0.00", footer="第 {n} 页", label="表{cn}", label_above=False),
    leaves="""
2060301 gp=1865.40 biz=320.00 aff=86.00 oth=24.60 bf=60.00 b=2256.00 remit=40.00 sub=60.00 gpb=1865.40
2060302 gp=426.00 up=180.00 cf=95.00 p=701.00 gpp=426.00
2060404 gp=150.00 op=212.50 biz=48.00 p=150.00 opx=260.50 gpp=150.00
2130106 gp=280.00 up=65.00 p=345.00 gpp=280.00
2080505 gp=246.72 b=246.72 gpb=246.72
2080506 gp=98.69 b=98.69 gpb=98.69
2101102 gp=112.30 b=112.30 gpb=112.30
2210201 gp=185.04 b=185.04 gpb=185.04
""",
    exp_side="use",
    free_tail=True,
    b_tail=("bf", "cf"),
    inc_cols=("gp", "gf", "sc", "fsa", "biz", "op", "up", "aff", "oth", "cf", "bf"),
    econ={
        "30101": "612.30",
        "30102": "286.40",
        "30107": "538.60",
        "30108": "246.72",
        "30109": "98.69",
        "30110": "112.30",
        "30113": "185.04",
        "30199": "21.60",
        "30302": "48.20",
        "30201": "36.80",
        "30205": "8.40",
        "30206": "42.60",
        "30211": "28.70",
        "30213": "35.20",
        "30218": "96.40",
        "30226": "68.00",
        "30228": "22.60",
        "30299": "19.60",
    },
    sangong=("0", "0", "12.40", "3.60"),
    assets=(6, 2, 12, 9),
    terms=TERMS_B,
)

DOCS["t2_hubei_xiangyang_cdc_2025_unit_budget.txt"] = dict(
    note="plain 湖北2025 单位预算 of a 疾控中心 (元, BLANK cells dropped): 单位收入总表 of 12 money columns whose rows print "
    "2-6 figures (placed by the column sums and the summary's items only); 上年结转 before 用事业基金弥补收支差额",
    kind="budget",
    template="new",
    org="襄阳市疾病预防控制中心",
    year=2025,
    unit="元",
    date="2025年2月",
    profile="承担全市传染病、慢性病、地方病的监测与防控，开展卫生检验检测、免疫规划和健康教育工作。",
    setup="本单位为公益一类事业单位，内设传染病防制科、免疫规划科、检验科等14个科室。",
    style=dict(zero="", footer="— {n} —", label="表{n}"),
    leaves="""
2100401 gp=18642300.00 biz=4260000.00 oth=386000.00 cf=1500000.00 bf=620000.00 b=19860300.00 p=5548000.00 gpb=15642300.00 gpp=3000000.00
2100409 gp=3860000.00 up=1250000.00 p=5110000.00 gpp=3860000.00
2100410 gp=800000.00 p=800000.00 gpp=800000.00
2080505 gp=2318640.00 b=2318640.00 gpb=2318640.00
2080506 gp=927456.00 b=927456.00 gpb=927456.00
2101102 gp=1065180.00 b=1065180.00 gpb=1065180.00
2210201 gp=1738980.00 b=1738980.00 gpb=1738980.00
""",
    b_tail=("cf", "bf"),
    inc_cols=("cf", "gp", "gf", "sc", "fsa", "biz", "op", "up", "aff", "oth", "bf"),
    econ={
        "30101": "4862400.00",
        "30102": "2186300.00",
        "30107": "5284600.00",
        "30108": "2318640.00",
        "30109": "927456.00",
        "30110": "1065180.00",
        "30112": "86420.00",
        "30113": "1738980.00",
        "30199": "168000.00",
        "30302": "312000.00",
        "30201": "186000.00",
        "30205": "64000.00",
        "30206": "386000.00",
        "30207": "52000.00",
        "30211": "128000.00",
        "30213": "246000.00",
        "30218": "1260000.00",
        "30228": "162580.00",
        "30231": "48000.00",
        "30299": "210000.00",
    },
    sangong=("0", "0", "48000.00", "12000.00"),
    assets=(8, 5, 26, 14),
    terms=TERMS_B,
)

DOCS["t3_henan_luoyang_dezz_2016_unit_final.txt"] = dict(
    note="plain 河南2016 单位决算 of a 中等专业学校 (万元, old template, blanks dropped): 收入支出决算总表 with 用事业基金弥补"
    "收支差额, 年初结转和结余 over 其中：基本支出结转 / 项目支出结转和结余 / 经营结余 (blank), 结余分配 over 交纳所得税 (blank) / "
    "提取职工福利基金 / 转入事业基金 / a bare 其他, 年末 split with 经营结余 -12.30; 收入决算表 rows of 2-5 figures under 7",
    kind="final_account",
    template="old",
    org="洛阳市第二中等专业学校",
    year=2016,
    unit="万元",
    date="2017年8月",
    profile="实施中等职业学历教育，开展职业技能培训和技能鉴定，为地方经济社会发展培养技术技能人才。",
    setup="本单位为财政补助事业单位，内设办公室、教务科、学生科、实训中心等8个科室，附设校办实训工厂（非独立核算）。",
    names={"20805": "行政事业单位离退休", "210": "医疗卫生与计划生育支出"},
    style=dict(zero="", footer="- {n} -", label="表{n}"),
    leaves="""
2050302 fa=2846.30 biz=612.80 op=96.40 oth=18.60 b=2486.20 p=986.30 opx=108.70 gpb=2180.40 gpp=640.00
2050803 fa=48.00 p=45.60 gpp=45.60
2080502 fa=126.80 b=126.80 gpb=126.80
2080505 fa=268.40 b=268.40 gpb=268.40
2100502 fa=96.20 b=96.20 gpb=96.20
2210201 fa=186.50 biz=12.00 b=198.50 gpb=186.50
""",
    use=("用事业基金弥补收支差额", "20.00"),
    begin="54.00 326.50 0",
    begin_split=True,
    alloc=[("交纳所得税", "0"), ("提取职工福利基金", "18.40"), ("转入事业基金", "36.80"), ("其他", "2.60")],
    end="48.60 301.70 -12.30",
    fiscal_begin="286.40",
    gp_budget="3480.00",
    econ={
        "30101": "860.20",
        "30102": "420.60",
        "30103": "36.00",
        "30104": "364.60",
        "30107": "682.40",
        "30199": "18.00",
        "30302": "126.80",
        "30311": "186.50",
        "30201": "28.40",
        "30205": "12.60",
        "30206": "46.80",
        "30211": "9.20",
        "30213": "32.60",
        "30216": "8.50",
        "30228": "18.20",
        "30299": "6.90",
    },
    sangong_budget=("0", "0", "0", "3.00"),
    sangong=("0", "0", "0", "2.46"),
    assets=(2, 0, 4, 1),
    terms=TERMS_F,
)

DOCS["l2_sichuan_wenjiang_zyy_2019_unit_final.layout.txt"] = dict(
    note="layout 四川2019 单位决算 of a 中医医院 (元, summary zeros 0.00, tables blank): 使用非财政拨款结余（含专用结余） "
    "with money, 年初 split on the income side beside 结余分配 over 提取专用结余 / 提取职工福利基金 / 转入非财政拨款结余, 年末 "
    "split with 经营结余 -60,000.00; 经营支出 > 经营收入",
    kind="final_account",
    template="new",
    org="成都市温江区中医医院",
    year=2019,
    unit="元",
    date="2020年9月",
    profile="承担辖区中医医疗、预防保健、康复和急诊急救服务，开展中医药传承创新、教学和科研工作。",
    setup="本单位为公益二类事业单位，设临床科室28个、医技科室9个，纳入本年度决算编制范围的为本单位本级。",
    style=dict(zero="", szero="0.00", footer="第{n}页", label="表{n}"),
    leaves="""
2100202 fa=5260000.00 up=600000.00 biz=186420000.00 op=2480000.00 oth=3260000.00 b=168650000.00 p=18640000.00 opx=2710000.00 gpb=1200000.00 gpp=3860000.00
2100408 fa=1860000.00 p=1800000.00 gpp=1800000.00
2080505 fa=1680000.00 biz=5040000.00 b=6720000.00 gpb=1680000.00
2080506 fa=672000.00 biz=2016000.00 b=2688000.00 gpb=672000.00
2101102 biz=3180000.00 b=3180000.00
2210201 biz=5460000.00 b=5460000.00
""",
    use=("使用非财政拨款结余（含专用结余）", "1500000.00"),
    wrap={
        "使用非财政拨款结余（含专用结余）": (["使用非财政拨款结余（含", "专用结余）"], 0),
        "项目支出结转和结余": (["项目支出结转和", "结余"], 1),
    },
    begin="2160000.00 24050000.00 170000.00",
    begin_split=True,
    alloc=[
        ("提取专用结余", "3200000.00"),
        ("提取职工福利基金", "1280000.00"),
        ("转入非财政拨款结余", "4620000.00"),
    ],
    end="1850000.00 25070000.00 -60000.00",
    fiscal_begin="420000.00",
    gp_budget="9000000.00",
    econ={
        "30107": "800000.00",
        "30108": "1680000.00",
        "30109": "672000.00",
        "30201": "120000.00",
        "30218": "280000.00",
    },
    sangong_budget=("0", "0", "60000.00", "20000.00"),
    sangong=("0", "0", "52360.00", "14820.00"),
    assets=(9, 5, 22, 17),
    terms=TERMS_F,
)

DOCS["l3_hunan_yuelu_zyzz_2023_unit_final.layout.txt"] = dict(
    note="layout 湖南2023 单位决算 of a 职业中专 (万元, tables zeros 0.00, summary blank): 五、事业收入 over 其中：教育收费; "
    "使用非财政拨款结余 printed empty, 年初结转和结余 one row; 结余分配 over 交纳所得税 / 提取专用结余 / 其他; 年末 split "
    "with 经营结余 -3.85",
    kind="final_account",
    template="new",
    org="长沙市岳麓区职业中等专业学校",
    year=2023,
    unit="万元",
    date="2024年9月",
    profile="实施中等职业教育，开设现代农艺、计算机应用、汽车运用与维修等专业，承担社会职业技能培训。",
    setup="本单位为公益一类事业单位，内设办公室、教务处、学生处、招生就业处、实训处等7个科室。",
    style=dict(zero="0.00", szero="", footer="- {n} -", label="表{cn}"),
    leaves="""
2050302 fa=1862.40 up=120.00 biz=486.30 op=64.20 oth=15.80 b=1586.20 p=842.60 opx=68.05 gpb=1420.60 gpp=420.00
2050803 fa=36.00 biz=28.00 p=62.50 gpp=34.50
2080505 fa=182.36 b=182.36 gpb=182.36
2080506 fa=72.94 b=72.94 gpb=72.94
2101102 fa=86.52 b=86.52 gpb=86.52
2210201 fa=138.60 biz=6.40 b=145.00 gpb=138.60
""",
    subs={"biz": [("其中：教育收费", "468.20")]},
    use=("使用非财政拨款结余", "0"),
    begin="412.65",
    alloc=[("交纳所得税", "0.86"), ("提取专用结余", "12.00"), ("其他", "1.20")],
    end="38.40 417.39 -3.85",
    fiscal_begin="96.30",
    gp_budget="2300.00",
    econ={
        "30101": "486.20",
        "30102": "212.40",
        "30107": "426.80",
        "30108": "182.36",
        "30109": "72.94",
        "30110": "86.52",
        "30113": "138.60",
        "30199": "12.00",
        "30302": "36.40",
        "30201": "18.60",
        "30205": "9.80",
        "30206": "46.20",
        "30211": "6.40",
        "30213": "28.60",
        "30216": "12.40",
        "30218": "86.20",
        "30228": "18.60",
        "30299": "20.00",
    },
    sangong_budget=("0", "0", "0", "2.00"),
    sangong=("0", "0", "0", "1.36"),
    assets=(2, 0, 7, 3),
    terms=TERMS_F,
)

DOCS["p2_fujian_fuzhou_nkys_2022_unit_final.pdf"] = dict(
    note="PDF 福建2022 单位决算 of a 农业科学研究所 (元, summary zeros 0.00, tables blank): 上缴上级支出 / 经营支出 / "
    "对附属单位补助支出 used, 附属单位上缴收入, 2060404 经营 only; 年初 split; 结余分配 over 交纳所得税 / 提取专用结余 / "
    "转入事业基金 / 其他 0.00; 年末 经营结余 0.00",
    kind="final_account",
    template="new",
    org="福州市农业科学研究所",
    year=2022,
    unit="元",
    date="2023年8月",
    profile="开展农作物品种选育、栽培技术和植物保护研究，推广农业科技成果，承担农业技术培训与咨询服务。",
    setup="本单位为公益一类事业单位，内设6个研究室，下属福州市农科所试验场为附属独立核算单位。",
    style=dict(zero="", szero="0.00", footer="第 {n} 页", label="表{nn}"),
    leaves="""
2060301 fa=8642000.00 biz=1260000.00 aff=420000.00 oth=186000.00 b=8960000.00 remit=300000.00 sub=480000.00 gpb=8642000.00
2060302 fa=1860000.00 up=500000.00 p=2286000.00 gpp=1786000.00
2060404 op=860000.00 biz=120000.00 p=96000.00 opx=912000.00
2130106 fa=1200000.00 up=360000.00 p=1480000.00 gpp=1150000.00
2080505 fa=1056000.00 b=1056000.00 gpb=1056000.00
2080506 fa=422400.00 b=422400.00 gpb=422400.00
2101102 fa=486000.00 b=486000.00 gpb=486000.00
2210201 fa=792000.00 b=792000.00 gpb=792000.00
""",
    use=("使用非财政拨款结余", "0"),
    wrap={
        "使用非财政拨款结余": (["使用非财政拨款", "结余"], 0),
        "项目支出结转和结余": (["项目支出结转", "和结余"], 0),
    },
    begin="268000.00 2960500.00 58000.00",
    begin_split=True,
    alloc=[
        ("交纳所得税", "6000.00"),
        ("提取专用结余", "120000.00"),
        ("转入事业基金", "240000.00"),
        ("其他", "0"),
    ],
    end="312000.00 3502500.00 0",
    fiscal_begin="268000.00",
    gp_budget="14200000.00",
    econ={
        "30101": "2860000.00",
        "30102": "1420000.00",
        "30103": "180000.00",
        "30107": "2640000.00",
        "30108": "1056000.00",
        "30109": "422400.00",
        "30110": "486000.00",
        "30112": "42000.00",
        "30113": "792000.00",
        "30199": "96000.00",
        "30302": "168000.00",
        "30201": "86000.00",
        "30205": "24000.00",
        "30206": "126000.00",
        "30211": "68000.00",
        "30213": "152000.00",
        "30218": "486000.00",
        "30226": "168000.00",
        "30228": "84000.00",
        "30231": "36000.00",
        "30299": "6000.00",
    },
    sangong_budget=("0", "0", "40000.00", "10000.00"),
    sangong=("0", "0", "36000.00", "8200.00"),
    assets=(5, 1, 9, 6),
    terms=TERMS_F,
)

for _doc in DOCS.values():
    _doc["titles"] = (
        FINAL if _doc["kind"] == "final_account" else OLD_B if _doc["template"] == "old" else NEW_B
    )
DOCS["p1_shandong_jinan_nkyy_2024_unit_budget.pdf"]["titles"] = UNIT_B
DOCS["t2_hubei_xiangyang_cdc_2025_unit_budget.txt"]["titles"] = UNIT_B


def expectations(tabs):
    specs = {}
    for t in tabs:
        if t.kind == "empty":
            continue
        s = specs.setdefault((t.key, t.unit), dict(table=t.key, unit=t.unit, rows=[]))
        s["rows"] += t.exp
    out = list(specs.values())
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))  # the 三公 row "*" last
    return out


BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info, _text, _claims, _nots = build(_name, _doc)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=[(k, c, f) for k, c, f in _claims],
        not_claims=_nots,
    )
