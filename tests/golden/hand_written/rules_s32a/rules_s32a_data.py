"""Expected readings of the rules_s32a inputs: eight WHOLE reports as PLAIN pdftotext text (no -layout), four 部门预算 /
单位预算 and four 部门决算 / 单位决算 of 2015–2018, in the older templates (eight tables, no 国有资本经营 table), of
province-years the earlier sets did not use (辽宁2016, 陕西2015, 浙江2017, 福建2018 budgets; 吉林2017, 山东2016, 河南2016,
甘肃2015 final accounts) and of unit kinds with big money of their own (a provincial education department with its
universities, two hospitals, a vocational college, a senior high school, a 街道办事处, a 镇人民政府, a provincial water
department with its design institute).

Two plain shapes: "line" (a row a line, cells one space apart, blank cells dropped: b2, b4, f1, f4) and "cell" (a
cell a line, blank cells dropped, header words broken into pieces, a bare page number as footer: b1 and f2 with an
empty line between cells as js_jcy_2019 prints, b3 and f3 without).

Shapes attacked (documents):
- the older template's eight tables and titles: 收支预算总表 / 收入预算总表 / 支出预算总表 / 财政拨款收支预算总表 (all
  budgets), no 国有资本经营 table (all eight: only_tables lists eight keys);
- "公共财政" wording (b2, 陕西2015: 公共财政预算支出表, 公共财政预算基本支出表, 公共财政预算“三公”经费支出表, the 收入总表
  column 公共财政预算拨款, the 财政拨款收支总表 column 公共财政预算) and "公共预算" wording (f4, 甘肃2015: 公共预算财政拨款
  支出决算表, 公共预算财政拨款基本支出决算表, 公共预算财政拨款“三公”经费支出决算表, the 财政拨款总表 column 公共预算财政拨款;
  b3: the 收入总表 column 公共预算拨款): these are the 一般公共预算 tables and columns under their pre-2015 name, so
  the keys expected are general_budget_by_function, general_budget_basic_by_economic, sangong, general_public,
  expenditure_general_public;
- 2015–2017 functional names that later changed: 20805 行政事业单位离退休, 2080501 归口管理的行政单位离退休, 210
  医疗卫生与计划生育支出, 21005 医疗保障 / 2100501 行政单位医疗 / 2100502 事业单位医疗, 207 文化体育与传媒支出 (the whole
  类 list of f1, f2, f4), 215 资源勘探信息等支出, 220 国土海洋气象等支出, 21208 国有土地使用权出让收入安排的支出, 20509 教育
  费附加安排的支出, 2130705 对村民委员会和村党支部的补助; pre-2018 economic 款 (30104 社会保障缴费, 30311 住房公积金 /
  30312 提租补贴 / 30313 购房补贴 under 303, 310 其他资本性支出: b1, b2, b3, f1–f4; b4 2018 has the new ones);
- a budget 收支预算总表 whose right side lists 功能 类 (all four budgets), with 用事业基金弥补收支差额 and 上年结转 lines on
  the income side (b2, b4) and 财政专户管理资金 (b1, b4);
- own revenue: 事业收入, 事业单位经营收入 / 经营收入, 上级补助收入, 附属单位上缴收入, 其他收入, 用事业基金弥补收支差额 as
  收支总表 lines and as 收入表 columns (a 用事业基金弥补收支差额 column in b2's and b4's 收入预算总表: the vocabulary has no
  key for it; typed "business_fund", a proposal: not loading it with a diagnostic naming the table is SAID), 事业单位
  经营支出 / 经营支出, 对附属单位补助支出, 上缴上级支出 columns with figures (b1, b2, b4, f1, f2, f4);
- 元 documents with thousands separators and 10+ digit figures (b1 辽宁省教育厅 11,353,786,120.02; f2 山东省水利厅
  3,441,674,704.58) beside 万元 documents with 4 decimals (b2, f3) or none (b3: integers);
- final accounts' 收入支出决算总表 and 财政拨款收入支出决算总表 with 年初结转和结余, 本年收入合计 / 本年支出合计, 用事业基金
  弥补收支差额, 结余分配 and 年末结转和结余 in one two-sided table, 行次 on both sides with the template's empty lines
  printing their 行次 alone (f1 line, f2 cell, f4 line), the whole 2016 类 list (f1, f2, f4), 栏次 lines under the
  coded tables' headers (f1, f2);
- the 基本支出决算表 as two blocks 人员经费 | 公用经费 side by side (f1 line, f3 cell) or one list (f2, f4);
- a class row's figures emitted two rows late (b1's 302 商品和服务支出, as js_jcy_2017's 302 in the real corpus);
- tables split over pages: f2's 支出决算表 and b1's 收入预算总表 run on after a bare page number, with no header
  again (cell mode), b4's 支出预算总表 with "（续表）" and its header again.

The figures are typed below per report (s32a_lib.py's docstring names the keys): its functional 项 leaves, the
一般公共预算 基本支出 by economic 款, the 三公 (出国, 购置, 运行, 接待), a final's carry-overs. s32a_lib.build sums every
printed table from them, gen.py prints those very Table objects, and the expectations are read from them (never
from the parser's output). _identities() (run at import) re-adds every printed table from its printed strings: row
total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类 per column, economic 类 = Σ 款, 人员经费 + 公用经费 = 合计, 一般公共预算
basic total = 基本支出表 合计, 收支总表 本年收入合计 = Σ income items = 收入表 合计, its 类 = 支出表 类, 总计 both sides
equal, 年初 + 收入 + 用事业基金 − 支出 − 结余分配 = 年末 (and per fund in the 财政拨款总表), 财政拨款总表 类 = 一般公共预算表
类 + 政府性基金表 类, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行. So a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables. A value ending in "?" is a zero printed 0.00 / 0.0000 / 0 (loading it as zero or not at all is fine); a
blank cell has no expectation (a figure loaded there is SPURIOUS). 行次 and 栏次 numbers, page numbers and
narrative figures are no table figures. Narrative claims are not checked here.

Keys: income_expenditure_summary (income side "income", expenditure side "expenditure", rows by printed name);
fiscal_summary (income "income"; expenditure / expenditure_general_public / expenditure_government_fund);
income_by_function (total, carryover_begin, general_public, government_fund, fiscal_special_account, business,
operating_income, upper_grant, affiliated_remit, other_income, fiscal_appropriation, business_fund);
expenditure_by_function (total, basic, project, remit_upper, operating, subsidy_affiliated);
general_budget_by_function (total, basic, project); general_budget_basic_by_economic (budget: total / personnel /
public_funds; final blocks: each code "total", 人员经费合计 / 公用经费合计 "total"); sangong (budget: total, outbound,
vehicle, vehicle_purchase, vehicle_operation, reception; final the same "@budget" then actual); government_fund
(budget total / basic / project; final carryover_begin, income, total, basic, project, carryover_end)."""

from __future__ import annotations

from decimal import Decimal as D

from s32a_lib import CLASSES_OLD, ECON_2018, ECON_OLD, FUNC_OLD, Fmt, build, expectations

WAN, YUAN = "万元", "元"
KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF"]
FUNC_2018 = dict(FUNC_OLD)

DOCS: list[dict] = []

BUDGET_TITLES = dict(
    IES="收支预算总表",
    INC="收入预算总表",
    EXP="支出预算总表",
    FS="财政拨款收支预算总表",
    GB="一般公共预算支出预算表",
    GBB="一般公共预算基本支出预算表",
    SG="一般公共预算“三公”经费支出预算表",
    GF="政府性基金预算支出预算表",
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
)
GB3 = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
FINAL_EXP = [
    ("本年支出合计", "total", None),
    ("基本支出", "basic", "b"),
    ("项目支出", "project", "p"),
    ("上缴上级支出", "remit_upper", "r"),
    ("经营支出", "operating", "o"),
    ("对附属单位补助支出", "subsidy_affiliated", "s"),
]
FINAL_INC = [
    ("本年收入合计", "total", None),
    ("财政拨款收入", "fiscal_appropriation", "i_gp+i_gf"),
    ("上级补助收入", "upper_grant", "i_up"),
    ("事业收入", "business", "i_biz"),
    ("经营收入", "operating_income", "i_op"),
    ("附属单位上缴收入", "affiliated_remit", "i_aff"),
    ("其他收入", "other_income", "i_oth"),
]
FINAL_FS_LEFT = [
    ("一、一般公共预算财政拨款", "gp"),
    ("二、政府性基金预算财政拨款", "gf"),
    ("本年收入合计", "=inc"),
    ("年初财政拨款结转和结余", "=begin"),
    ("一般公共预算财政拨款", "bgp"),
    ("政府性基金预算财政拨款", "bgf"),
    ("总计", "=all"),
]
FINAL_IES_2016 = [
    ("一、财政拨款收入", "i_gp+i_gf"),
    ("二、上级补助收入", "i_up"),
    ("三、事业收入", "i_biz"),
    ("四、经营收入", "i_op"),
    ("五、附属单位上缴收入", "i_aff"),
    ("六、其他收入", "i_oth"),
    ("本年收入合计", "=inc"),
    ("用事业基金弥补收支差额", "=fund"),
    ("年初结转和结余", "=begin"),
    ("总计", "=all"),
]

# ------------------------------------------------------------------------------------------------ b1 辽宁 2016
DOCS.append(
    dict(
        file="b1_liaoning_jyt_2016_budget.txt",
        note="cell 辽宁2016 部门预算 of the provincial 教育厅 (universities included) in 元, 11-digit figures with "
        "separators (11,353,786,120.02), one cell a line with an empty line between cells, header words broken after "
        "six characters (一般公共预算 / 拨款), 收支预算总表 income side 一般公共预算拨款 … 财政专户管理资金, 事业收入, 事业单位"
        "经营收入, 其他收入, 上年结转 and right side by 类, 收入预算总表 split by a page break (bare page number, no header "
        "again), the 基本支出表's 302 商品和服务支出 figures printed after the rows 30201 and 30202 (as js_jcy_2017's), "
        "支出预算总表 with 事业单位经营支出, 2080501 归口管理的行政单位离退休, 210 医疗卫生与计划生育支出, 30311 "
        "住房公积金 under 303, 政府性基金 2296004",
        kind="budget",
        mode="cell",
        blank=True,
        org="辽宁省教育厅",
        year=2016,
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=BUDGET_TITLES,
        labels=[f"附表{i}" for i in range(1, 9)],
        org_word="部门：",
        org_apart=True,
        head_width=6,
        name_width=12,
        footer="{n}",
        breaks={"income_by_function": 9},
        displace={"general_budget_basic_by_economic": ("302", 2)},
        amount_head="金额",
        ies_left=[
            ("一、一般公共预算拨款", "gp"),
            ("二、政府性基金预算拨款", "gf"),
            ("三、财政专户管理资金", "sa"),
            ("四、事业收入", "biz"),
            ("五、事业单位经营收入", "op"),
            ("六、其他收入", "oth"),
            ("本年收入合计", "=inc"),
            ("上年结转", "co"),
            ("收入总计", "=all"),
        ],
        inc_cols=[
            ("合计", "total", None),
            ("上年结转", "carryover_begin", "co"),
            ("一般公共预算拨款", "general_public", "gp"),
            ("政府性基金预算拨款", "government_fund", "gf"),
            ("财政专户管理资金", "fiscal_special_account", "sa"),
            ("事业收入", "business", "biz"),
            ("事业单位经营收入", "operating_income", "op"),
            ("其他收入", "other_income", "oth"),
        ],
        exp_cols=[
            ("合计", "total", None),
            ("基本支出", "basic", "b"),
            ("项目支出", "project", "p"),
            ("事业单位经营支出", "operating", "o"),
        ],
        fs_left=[("一、一般公共预算拨款", "gp"), ("二、政府性基金预算拨款", "gf"), ("收入总计", "=")],
        fs_heads=["合计", "一般公共预算", "政府性基金预算"],
        gb_cols=GB3,
        leaves=[
            "2050101 gp_b=48,652,316.42",
            "2050102 gp_p=12,800,000.00",
            "2050199 gp_p=35,600,000.00",
            "2050204 gp_b=86,452,318.60 sa_b=12,600,000.00",
            "2050205 gp_b=3,862,457,126.38 gp_p=1,245,600,000.00 sa_b=1,568,324,500.00 sa_p=286,500,000.00 "
            "biz_b=412,365,842.16 biz_p=96,450,000.00 op_o=58,620,000.00 oth_b=36,214,735.20 co_p=185,000,000.00",
            "2050302 gp_b=126,843,562.74 sa_b=28,450,000.00",
            "2050305 gp_b=684,215,436.90 gp_p=156,000,000.00 sa_b=356,820,000.00 biz_b=48,630,000.00 op_o=12,480,000.00",
            "2050701 gp_b=23,564,812.30",
            "2050801 gp_p=45,000,000.00",
            "2059999 gp_p=268,000,000.00",
            "2060203 gp_p=42,000,000.00",
            "2060301 gp_b=18,643,215.80",
            "2080501 gp_b=9,864,325.16",
            "2080502 gp_b=586,423,164.28 biz_b=24,600,000.00",
            "2080505 gp_b=312,546,873.52",
            "2100501 gp_b=3,256,412.80",
            "2100502 gp_b=98,642,531.46",
            "2210201 gp_b=364,528,946.30 sa_b=42,360,000.00",
            "2210202 gp_b=56,320,000.00",
            "2210203 gp_b=28,460,000.00",
            "2296004 gf_p=68,500,000.00",
        ],
        econ={
            "30101": "1,286,452,310.00",
            "30102": "1,868,324,560.50",
            "30103": "186,452,300.00",
            "30104": "264,836,412.26",
            "30107": "386,524,100.00",
            "30108": "312,546,873.52",
            "30199": "42,368,520.00",
            "30201": "68,452,300.00",
            "30202": "12,463,200.00",
            "30205": "46,325,800.00",
            "30206": "98,642,300.00",
            "30207": "18,436,500.00",
            "30208": "86,452,100.00",
            "30209": "64,235,800.00",
            "30211": "36,524,100.00",
            "30213": "78,426,300.00",
            "30215": "6,842,000.00",
            "30216": "12,360,000.00",
            "30217": "2,450,000.00",
            "30228": "52,364,800.00",
            "30229": "46,820,300.00",
            "30231": "5,640,000.00",
            "30239": "24,365,000.00",
            "30299": "141,427,586.38",
            "30301": "9,864,325.16",
            "30302": "586,423,164.28",
            "30307": "101,898,944.26",
            "30311": "364,528,946.30",
            "30312": "56,320,000.00",
            "30313": "28,460,000.00",
            "31002": "13,642,500.00",
        },
        sangong=("3,860,000.00", "1,200,000.00", "5,640,000.00", "2,450,000.00"),
    )
)

# ------------------------------------------------------------------------------------------------ b2 陕西 2015
DOCS.append(
    dict(
        file="b2_shaanxi_baoji_zxyy_2015_unit_budget.txt",
        note="line 陕西2015 单位预算 of a city hospital in 万元 with four decimals (68,452.3817), 公共财政 wording (公共财政"
        "预算支出表, 公共财政预算基本支出表, 公共财政预算“三公”经费支出表; 收入预算总表 column 公共财政预算拨款, 财政拨款收支预算"
        "总表 column 公共财政预算), 收支预算总表 with 事业收入, 事业单位经营收入, 上级补助收入, 其他收入, 用事业基金弥补收支差额 "
        "and 上年结转 lines and the right side by 类, a 用事业基金弥补收支差额 column in the 收入"
        "预算总表, 事业单位经营支出 in the 支出预算总表, names wrapped after 10 characters with the tail under the figures, "
        "政府性基金 table empty in words under its header",
        kind="budget",
        mode="line",
        org="宝鸡市中心医院",
        year=2015,
        fmt=Fmt(WAN, dp=4),
        sg_fmt=Fmt(WAN, dp=4, zero="0.0000"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=dict(
            BUDGET_TITLES,
            GB="公共财政预算支出表",
            GBB="公共财政预算基本支出表",
            SG="公共财政预算“三公”经费支出表",
            GF="政府性基金预算支出表",
        ),
        labels=[f"表{c}" for c in "一二三四五六七八"],
        label_inline=True,
        org_word="单位名称：",
        name_width=10,
        wrap="after",
        footer="第{n}页",
        ies_left=[
            ("一、公共财政预算拨款", "gp"),
            ("二、政府性基金预算拨款", "gf"),
            ("三、事业收入", "biz"),
            ("四、事业单位经营收入", "op"),
            ("五、上级补助收入", "up"),
            ("六、其他收入", "oth"),
            ("本年收入合计", "=inc"),
            ("用事业基金弥补收支差额", "fund"),
            ("上年结转", "co"),
            ("收入总计", "=all"),
        ],
        inc_cols=[
            ("合计", "total", None),
            ("上年结转", "carryover_begin", "co"),
            ("公共财政预算拨款", "general_public", "gp"),
            ("政府性基金预算拨款", "government_fund", "gf"),
            ("事业收入", "business", "biz"),
            ("事业单位经营收入", "operating_income", "op"),
            ("上级补助收入", "upper_grant", "up"),
            ("其他收入", "other_income", "oth"),
            ("用事业基金弥补收支差额", "business_fund", "fund"),
        ],
        exp_cols=[
            ("合计", "total", None),
            ("基本支出", "basic", "b"),
            ("项目支出", "project", "p"),
            ("事业单位经营支出", "operating", "o"),
        ],
        fs_left=[("一、公共财政预算拨款", "gp"), ("二、政府性基金预算拨款", "gf"), ("收入总计", "=")],
        fs_heads=["合计", "公共财政预算", "政府性基金预算"],
        gb_cols=GB3,
        gf_empty="本单位2015年无政府性基金预算支出，故本表为空。",
        leaves=[
            "2100201 gp_b=2,864.5216 gp_p=1,850.0000 biz_b=68,452.3817 biz_p=4,260.5500 op_o=1,386.4200 "
            "up_p=300.0000 oth_b=412.6830 fund_b=1,200.0000 co_p=680.0000",
            "2100299 gp_p=420.0000 biz_p=356.2000",
            "2100409 gp_p=186.5000",
            "2100408 gp_p=96.8000",
            "2060399 gp_p=45.0000 biz_p=28.6000",
            "2050803 gp_p=210.0000",
            "2080599 biz_b=126.4200",
            "2080502 gp_b=1,526.8432 biz_b=860.2560",
            "2080505 gp_b=645.2380 biz_b=1,820.4650",
            "2100502 gp_b=264.3815 biz_b=512.7200",
            "2210201 gp_b=318.9260 biz_b=1,650.3300",
        ],
        econ={
            "30101": "1,120.4560",
            "30102": "620.3150",
            "30104": "264.3815",
            "30107": "486.2200",
            "30108": "645.2380",
            "30199": "42.6500",
            "30201": "32.4500",
            "30205": "46.2000",
            "30206": "180.0000",
            "30213": "65.8000",
            "30217": "6.5000",
            "30218": "120.0000",
            "30228": "38.6200",
            "30231": "18.6000",
            "30299": "86.7106",
            "30302": "1,526.8432",
            "30311": "318.9260",
        },
        sangong=("0", "0", "18.6000", "6.5000"),
    )
)

# ------------------------------------------------------------------------------------------------ b3 浙江 2017
DOCS.append(
    dict(
        file="b3_zhejiang_xihu_beishan_jd_2017_budget.txt",
        note="cell 浙江2017 部门预算 of a 街道办事处 in 万元 printed as integers (1286, no decimals, no separators), one cell "
        "a line without empty lines, header words broken after five characters, 收支预算总表 income side 公共预算拨款 / "
        "政府性基金拨款 / 其他收入 / 上年结转 and right side by 类, the 收入预算总表 column 公共预算拨款, 2080208 基层政权和"
        "社区建设, 2080501 归口管理的行政单位离退休, 2100717 计划生育服务, 政府性基金 2120803 城市建设支出 under 21208 国有"
        "土地使用权出让收入安排的支出, the 合计 rows printed 合 计",
        kind="budget",
        mode="cell",
        org="杭州市西湖区北山街道办事处",
        year=2017,
        fmt=Fmt(WAN, sep=False, dp=0),
        sg_fmt=Fmt(WAN, sep=False, dp=0, zero="0"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=dict(
            IES="2017年收支预算总表",
            INC="2017年收入预算总表",
            EXP="2017年支出预算总表",
            FS="2017年财政拨款收支预算总表",
            GB="2017年一般公共预算支出预算表",
            GBB="2017年一般公共预算基本支出预算表",
            SG="2017年一般公共预算“三公”经费支出预算表",
            GF="2017年政府性基金预算支出预算表",
        ),
        labels=[f"表{i}" for i in range(1, 9)],
        label_inline=True,
        org_word="单位：",
        unit_word="金额单位：",
        head_width=5,
        name_width=11,
        total_label="合 计",
        footer="{n}",
        ies_left=[
            ("一、公共预算拨款", "gp"),
            ("二、政府性基金拨款", "gf"),
            ("三、其他收入", "oth"),
            ("本年收入合计", "=inc"),
            ("上年结转", "co"),
            ("收入总计", "=all"),
        ],
        inc_cols=[
            ("合计", "total", None),
            ("上年结转", "carryover_begin", "co"),
            ("公共预算拨款", "general_public", "gp"),
            ("政府性基金拨款", "government_fund", "gf"),
            ("其他收入", "other_income", "oth"),
        ],
        exp_cols=[("合计", "total", None), ("基本支出", "basic", "b"), ("项目支出", "project", "p")],
        fs_left=[("一、公共预算拨款", "gp"), ("二、政府性基金拨款", "gf"), ("收入总计", "=")],
        fs_heads=["合计", "一般公共预算", "政府性基金预算"],
        gb_cols=GB3,
        leaves=[
            "2010301 gp_b=1286",
            "2010302 gp_p=356",
            "2010350 gp_b=412",
            "2010399 gp_p=96",
            "2070109 gp_p=45",
            "2080208 gp_p=524 oth_p=60",
            "2080501 gp_b=38",
            "2080505 gp_b=146",
            "2081002 gp_p=185",
            "2100501 gp_b=52",
            "2100717 gp_p=48",
            "2120104 gp_p=630 co_p=120",
            "2120501 gp_p=1240 oth_p=85",
            "2120803 gf_p=800",
            "2210201 gp_b=118",
            "2210202 gp_b=64",
        ],
        econ={
            "30101": "486",
            "30102": "524",
            "30103": "96",
            "30104": "142",
            "30107": "168",
            "30108": "146",
            "30199": "24",
            "30201": "36",
            "30205": "8",
            "30206": "28",
            "30207": "12",
            "30211": "14",
            "30213": "22",
            "30217": "8",
            "30228": "32",
            "30229": "26",
            "30231": "12",
            "30299": "60",
            "30301": "6",
            "30302": "32",
            "30307": "52",
            "30311": "118",
            "30312": "64",
        },
        sangong=("0", "0", "12", "8"),
    )
)

# ------------------------------------------------------------------------------------------------ b4 福建 2018
DOCS.append(
    dict(
        file="b4_fujian_fuzhou_zyjsxy_2018_unit_budget.txt",
        note="line 福建2018 单位预算 of a vocational college (单位收支预算总表 …) in 万元: 财政专户管理资金 (tuition), 事业收入, "
        "事业单位经营收入, 其他收入, 用事业基金弥补收支差额 and 上年结转 lines and columns (a 用事业基金弥补收支差额 column in the "
        "收入预算总表), the 支出预算总表 with 事业单位经营支出 and 对附属单位补助支出 figures and split by a page break with "
        "（续表） and its header again, names wrapped after 12 characters with the figures on the tail's line, 2018 "
        "economic 款 (30113 住房公积金, 30110, 30307 医疗费补助, 310 资本性支出)",
        kind="budget",
        mode="line",
        org="福州职业技术学院",
        year=2018,
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        names=FUNC_2018,
        econ_names=ECON_2018,
        titles=dict(BUDGET_TITLES, IES="单位收支预算总表", INC="单位收入预算总表", EXP="单位支出预算总表"),
        labels=[f"表{i}" for i in range(1, 9)],
        org_word="单位名称：",
        name_width=12,
        wrap="before",
        footer="- {n} -",
        breaks={"expenditure_by_function": 6},
        repeat_header=True,
        ies_left=[
            ("一、一般公共预算拨款", "gp"),
            ("二、政府性基金预算拨款", "gf"),
            ("三、财政专户管理资金", "sa"),
            ("四、事业收入", "biz"),
            ("五、事业单位经营收入", "op"),
            ("六、其他收入", "oth"),
            ("本年收入合计", "=inc"),
            ("用事业基金弥补收支差额", "fund"),
            ("上年结转", "co"),
            ("收入总计", "=all"),
        ],
        inc_cols=[
            ("合计", "total", None),
            ("上年结转", "carryover_begin", "co"),
            ("一般公共预算拨款", "general_public", "gp"),
            ("财政专户管理资金", "fiscal_special_account", "sa"),
            ("事业收入", "business", "biz"),
            ("事业单位经营收入", "operating_income", "op"),
            ("其他收入", "other_income", "oth"),
            ("用事业基金弥补收支差额", "business_fund", "fund"),
        ],
        exp_cols=[
            ("合计", "total", None),
            ("基本支出", "basic", "b"),
            ("项目支出", "project", "p"),
            ("事业单位经营支出", "operating", "o"),
            ("对附属单位补助支出", "subsidy_affiliated", "s"),
        ],
        fs_left=[("一、一般公共预算拨款", "gp"), ("二、政府性基金预算拨款", "gf"), ("收入总计", "=")],
        fs_heads=["合计", "一般公共预算", "政府性基金预算"],
        gb_cols=GB3,
        gf_empty="本单位2018年没有使用政府性基金预算拨款安排的支出，本表无数据。",
        leaves=[
            "2050305 gp_b=6,842.36 gp_p=2,150.00 sa_b=5,264.80 sa_p=1,380.00 sa_s=420.00 biz_b=426.50 "
            "biz_p=180.00 op_o=312.60 oth_b=86.40 fund_b=260.00 co_p=540.00",
            "2050803 gp_p=95.00 biz_p=64.00 op_o=48.20",
            "2050399 gp_p=120.00",
            "2080502 gp_b=486.30",
            "2080599 gp_b=36.40",
            "2080505 gp_b=612.48 sa_b=88.20",
            "2080506 gp_b=244.99",
            "2210201 gp_b=520.16 sa_b=96.40",
            "2210203 gp_b=86.50",
        ],
        econ={
            "30101": "1,864.20",
            "30102": "1,026.48",
            "30103": "312.60",
            "30107": "1,865.66",
            "30108": "612.48",
            "30109": "244.99",
            "30110": "386.52",
            "30112": "48.36",
            "30113": "520.16",
            "30199": "126.40",
            "30201": "86.40",
            "30205": "64.20",
            "30206": "186.50",
            "30207": "28.60",
            "30209": "142.80",
            "30211": "46.20",
            "30212": "18.00",
            "30213": "96.40",
            "30216": "32.00",
            "30217": "6.80",
            "30228": "96.24",
            "30229": "68.40",
            "30231": "12.50",
            "30299": "100.00",
            "30302": "522.70",
            "30307": "42.60",
            "30308": "120.00",
            "30399": "86.50",
            "31002": "64.50",
        },
        sangong=("18.00", "0", "12.50", "6.80"),
    )
)

# ------------------------------------------------------------------------------------------------ f1 吉林 2017
DOCS.append(
    dict(
        file="f1_jilin_changchun_sygz_2017_unit_final.txt",
        note="line 吉林2017 单位决算 of a senior high school (事业收入 学费住宿费, 经营收入 食堂, 其他收入, 用事业基金弥补收支差额 "
        "60.00, 结余分配 40.00, 年初结转和结余 326.40): 收入支出决算总表 and 财政拨款收入支出决算总表 with 行次 on both sides, the "
        "whole 2017 类 list and the template's empty lines printing their 行次 alone ('8 八、社会保障和就业支出 33 599.08'), "
        "栏次 lines under the coded tables' headers, 经营支出 figures in the 支出决算表, 2050999 其他教育费附加安排的支出, "
        "2100502 事业单位医疗, 基本支出决算表 as two blocks 人员经费 | 公用经费, names wrapped after 11 characters with the "
        "tail under the figures, 三公 only 接待",
        kind="final_account",
        mode="line",
        org="长春市第十一高级中学",
        year=2017,
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=FINAL_TITLES,
        labels=[f"公开{i:02d}表" for i in range(1, 9)],
        org_word="编制单位：",
        name_width=11,
        wrap="after",
        footer="- {n} -",
        rowno=True,
        filler=True,
        all_classes=True,
        colno=True,
        econ_blocks=True,
        ies_left=[
            ("一、一般公共预算财政拨款收入", "i_gp"),
            ("二、政府性基金预算财政拨款收入", "i_gf"),
            ("三、上级补助收入", "i_up"),
            ("四、事业收入", "i_biz"),
            ("五、经营收入", "i_op"),
            ("六、附属单位上缴收入", "i_aff"),
            ("七、其他收入", "i_oth"),
            ("本年收入合计", "=inc"),
            ("用事业基金弥补收支差额", "=fund"),
            ("年初结转和结余", "=begin"),
            ("总计", "=all"),
        ],
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        fs_left=FINAL_FS_LEFT,
        fs_heads=["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        gb_cols=[("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")],
        gf_empty="本单位2017年度无政府性基金预算财政拨款收入，也无使用政府性基金预算财政拨款安排的支出，故本表无数据。",
        begin="326.40",
        begin_gp="45.00",
        fund="60.00",
        dist="40.00",
        leaves=[
            "2050204 gp_b=3,268.45 gp_p=420.00 nf_b=386.20 nf_p=215.00 nf_o=468.30 i_gp=3,688.45 i_biz=640.50 "
            "i_op=482.60 i_oth=36.80",
            "2050299 gp_p=86.00 nf_p=12.00 i_gp=86.00",
            "2050999 gp_p=150.00 i_gp=150.00",
            "2080502 gp_b=286.40 i_gp=286.40",
            "2080505 gp_b=312.68 i_gp=312.68",
            "2100502 gp_b=124.36 i_gp=124.36",
            "2210201 gp_b=236.50 nf_b=28.40 i_gp=236.50",
            "2210203 gp_b=42.60 i_gp=42.60",
        ],
        econ={
            "30101": "986.42",
            "30102": "564.30",
            "30103": "86.20",
            "30104": "124.36",
            "30107": "1,024.56",
            "30108": "312.68",
            "30199": "28.40",
            "30201": "36.80",
            "30205": "42.60",
            "30206": "68.40",
            "30207": "12.30",
            "30208": "126.50",
            "30211": "8.60",
            "30213": "46.20",
            "30216": "18.40",
            "30217": "2.46",
            "30228": "42.80",
            "30229": "36.50",
            "30299": "112.41",
            "30302": "286.40",
            "30311": "236.50",
            "30313": "42.60",
            "31002": "24.60",
        },
        sangong_budget=("0", "0", "0", "3.00"),
        sangong=("0", "0", "0", "2.46"),
    )
)

# ------------------------------------------------------------------------------------------------ f2 山东 2016
DOCS.append(
    dict(
        file="f2_shandong_slt_2016_final.txt",
        note="cell 山东2016 部门决算 of the provincial 水利厅 (with its 设计院: 事业收入, 经营收入, 附属单位上缴收入, 上级补助收入) "
        "in 元 with 10-digit figures (3,441,674,704.58), one cell a line with an empty line between cells, 收入支出决算总表 "
        "and 财政拨款收入支出决算总表 with 行次 on both sides, the whole 2016 类 list and empty lines printing their 行次 "
        "alone, 一、财政拨款收入 as one line, 结余分配, 上缴上级支出 / 经营支出 / 对附属单位补助支出 figures on 2130350, the "
        "支出决算表 split by a page break (bare page number, no header again), 政府性基金 2136901 南水北调工程建设 with "
        "年初 / 年末结转, 2080501 归口管理的行政单位离退休, 基本支出决算表 as one list with 30311 住房公积金",
        kind="final_account",
        mode="cell",
        blank=True,
        org="山东省水利厅",
        year=2016,
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=FINAL_TITLES,
        labels=[f"表{c}" for c in "一二三四五六七八"],
        label_inline=True,
        label_sep="、",
        org_word="部门：",
        org_apart=True,
        head_width=6,
        name_width=12,
        footer="{n}",
        breaks={"expenditure_by_function": 14},
        rowno=True,
        filler=True,
        all_classes=True,
        colno=True,
        ies_left=FINAL_IES_2016,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        fs_left=FINAL_FS_LEFT,
        fs_heads=["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        gb_cols=GB3,
        begin="486,520,300.00",
        begin_gp="386,450,000.00",
        dist="12,350,000.00",
        leaves=[
            "2130301 gp_b=68,452,316.84 i_gp=68,452,316.84",
            "2130302 gp_p=24,600,000.00 i_gp=24,600,000.00",
            "2130304 gp_p=86,420,500.00 i_gp=90,000,000.00",
            "2130305 gp_p=1,486,325,600.00 i_gp=1,520,000,000.00",
            "2130306 gp_p=235,684,200.00 nf_p=42,630,000.00 i_gp=238,000,000.00 i_biz=18,450,000.00",
            "2130310 gp_p=64,200,000.00 i_gp=64,200,000.00",
            "2130311 gp_p=38,650,000.00 i_gp=40,000,000.00",
            "2130314 gp_p=126,845,300.00 i_gp=130,000,000.00",
            "2130321 gp_p=312,450,000.00 i_gp=312,450,000.00",
            "2130350 gp_b=186,524,638.20 nf_b=156,320,415.60 nf_p=38,460,000.00 nf_o=86,425,300.00 "
            "nf_r=12,000,000.00 nf_s=8,500,000.00 i_gp=186,524,638.20 i_up=6,800,000.00 i_biz=198,652,300.00 "
            "i_op=94,318,600.00 i_aff=7,250,000.00 i_oth=5,436,820.00",
            "2136901 gf_p=586,420,000.00 i_gf=612,345,678.90 bgf=24,600,000.00",
            "2060302 gp_p=18,600,000.00 i_gp=18,600,000.00",
            "2080501 gp_b=12,468,520.36 i_gp=12,468,520.36",
            "2080502 gp_b=48,652,310.28 i_gp=48,652,310.28",
            "2080505 gp_b=26,845,630.00 i_gp=26,845,630.00",
            "2100501 gp_b=4,526,800.00 i_gp=4,526,800.00",
            "2100502 gp_b=12,864,300.00 i_gp=12,864,300.00",
            "2210201 gp_b=22,684,510.00 nf_b=9,860,000.00 i_gp=22,684,510.00",
            "2210202 gp_b=8,460,000.00 i_gp=8,460,000.00",
        ],
        econ={
            "30101": "64,852,310.00",
            "30102": "79,463,520.40",
            "30103": "12,486,300.00",
            "30104": "17,391,100.00",
            "30107": "42,635,800.00",
            "30108": "26,845,630.00",
            "30199": "3,864,520.00",
            "30201": "4,652,300.00",
            "30202": "1,286,400.00",
            "30205": "864,200.00",
            "30206": "3,246,800.00",
            "30207": "1,124,600.00",
            "30208": "2,864,300.00",
            "30209": "4,126,500.00",
            "30211": "6,842,310.60",
            "30213": "2,463,500.00",
            "30215": "1,248,600.00",
            "30216": "1,864,300.00",
            "30217": "1,126,540.60",
            "30228": "3,246,810.00",
            "30229": "2,864,200.00",
            "30231": "3,524,316.80",
            "30239": "5,862,400.00",
            "30299": "1,980,126.64",
            "30301": "12,468,520.36",
            "30302": "48,652,310.28",
            "30311": "22,684,510.00",
            "30312": "8,460,000.00",
            "31002": "2,486,300.00",
        },
        sangong_budget=("1,200,000.00", "0", "3,860,000.00", "1,450,000.00"),
        sangong=("986,420.00", "0", "3,524,316.80", "1,126,540.60"),
    )
)

# ------------------------------------------------------------------------------------------------ f3 河南 2016
DOCS.append(
    dict(
        file="f3_henan_xinzheng_longhu_zf_2016_final.txt",
        note="cell 河南2016 部门决算 of a 镇人民政府 in 万元 with four decimals (1,286.4521), one cell a line without empty "
        "lines, header words broken after five characters, 一、财政拨款收入 as one line, 上级补助收入 (2080208) and 附属单位"
        "上缴收入 (2120199) beside 财政拨款 and 其他收入, 2130705 对村民委员会和村党支部的补助, 2081107 残疾人生活和护理补贴, "
        "政府性基金 2120804 农村基础设施建设支出 with a 年末结转, the two summaries listing only the 类 with money, 基本支出"
        "决算表 as two blocks 人员经费 | 公用经费",
        kind="final_account",
        mode="cell",
        org="新郑市龙湖镇人民政府",
        year=2016,
        fmt=Fmt(WAN, dp=4),
        sg_fmt=Fmt(WAN, dp=4, zero="0.0000"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=FINAL_TITLES,
        labels=[f"附表{i}" for i in range(1, 9)],
        org_word="单位：",
        head_width=5,
        name_width=13,
        footer="{n}",
        econ_blocks=True,
        ies_left=FINAL_IES_2016,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        fs_left=FINAL_FS_LEFT,
        fs_heads=["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        gb_cols=GB3,
        begin="186.5400",
        begin_gp="120.4000",
        leaves=[
            "2010301 gp_b=1,286.4521 i_gp=1,286.4521",
            "2010302 gp_p=342.6800 nf_p=48.5000 i_gp=342.6800 i_oth=52.3600",
            "2010350 gp_b=286.1340 i_gp=286.1340",
            "2010601 gp_b=112.3816 i_gp=112.3816",
            "2040604 gp_b=68.2450 i_gp=68.2450",
            "2080208 gp_p=426.8000 nf_p=120.0000 i_gp=426.8000 i_up=120.0000",
            "2080501 gp_b=36.4280 i_gp=36.4280",
            "2080505 gp_b=168.5320 i_gp=168.5320",
            "2081107 gp_p=84.2600 i_gp=84.2600",
            "2100717 gp_p=56.3200 i_gp=56.3200",
            "2120199 gp_p=368.4500 nf_p=86.2000 i_gp=380.0000 i_aff=90.0000",
            "2120804 gf_p=1,250.0000 i_gf=1,300.0000",
            "2130705 gp_p=645.6000 i_gp=645.6000",
            "2210201 gp_b=128.6420 i_gp=128.6420",
        ],
        econ={
            "30101": "486.3520",
            "30102": "592.4600",
            "30103": "68.2400",
            "30104": "96.3810",
            "30107": "186.5200",
            "30108": "168.5320",
            "30199": "12.8600",
            "30201": "42.3600",
            "30205": "6.8400",
            "30206": "24.6500",
            "30207": "8.3200",
            "30211": "18.4600",
            "30213": "32.1500",
            "30217": "9.3650",
            "30228": "26.4800",
            "30229": "22.3600",
            "30231": "28.6420",
            "30299": "59.5127",
            "30301": "4.2600",
            "30302": "32.1680",
            "30305": "12.6400",
            "30311": "128.6420",
            "31002": "18.6200",
        },
        sangong_budget=("0", "0", "32.0000", "12.0000"),
        sangong=("0", "0", "28.6420", "9.3650"),
    )
)

# ------------------------------------------------------------------------------------------------ f4 甘肃 2015
DOCS.append(
    dict(
        file="f4_gansu_lanzhou_dyrmyy_2015_unit_final.txt",
        note="line 甘肃2015 单位决算 of a city hospital, 公共预算 wording (公共预算财政拨款支出决算表, 公共预算财政拨款基本支出"
        "决算表, 公共预算财政拨款“三公”经费支出决算表; 财政拨款收入支出决算总表 column and lines 公共预算财政拨款): 收入支出决算"
        "总表 with 行次, the whole 类 list and empty lines printing their 行次 alone, 事业收入 91,264.38 beside 财政拨款, "
        "上级补助收入, 经营收入, 用事业基金弥补收支差额 420.00, 结余分配 1,860.00, 经营支出 figures, 2100409 重大公共卫生专项, "
        "names wrapped after 10 characters with the tail under the figures, 基本支出决算表 as one list (合计 | 人员经费 | "
        "公用经费)",
        kind="final_account",
        mode="line",
        org="兰州市第一人民医院",
        year=2015,
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        names=FUNC_OLD,
        econ_names=ECON_OLD,
        titles=dict(
            FINAL_TITLES,
            GB="公共预算财政拨款支出决算表",
            GBB="公共预算财政拨款基本支出决算表",
            SG="公共预算财政拨款“三公”经费支出决算表",
        ),
        labels=[f"附表{i}" for i in range(1, 9)],
        label_inline=True,
        org_word="填报单位：",
        name_width=10,
        wrap="after",
        footer="第 {n} 页",
        rowno=True,
        filler=True,
        all_classes=True,
        car_word="公务用车购置及运行维护费",
        ies_left=FINAL_IES_2016,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        fs_left=[
            ("一、公共预算财政拨款", "gp"),
            ("二、政府性基金预算财政拨款", "gf"),
            ("本年收入合计", "=inc"),
            ("年初财政拨款结转和结余", "=begin"),
            ("公共预算财政拨款", "bgp"),
            ("政府性基金预算财政拨款", "bgf"),
            ("总计", "=all"),
        ],
        fs_heads=["合计", "公共预算财政拨款", "政府性基金预算财政拨款"],
        gb_cols=GB3,
        gf_empty="本单位2015年度无政府性基金预算财政拨款收入支出，故本表为空表。",
        begin="6,852.40",
        begin_gp="86.00",
        fund="420.00",
        dist="1,860.00",
        leaves=[
            "2100201 gp_b=3,486.52 gp_p=2,264.00 nf_b=86,452.36 nf_p=3,862.40 nf_o=1,245.80 i_gp=5,850.52 "
            "i_up=200.00 i_biz=91,264.38 i_op=1,320.60 i_oth=486.25",
            "2100408 gp_p=126.40 i_gp=126.40",
            "2100409 gp_p=312.60 i_gp=320.00",
            "2050803 gp_p=180.00 nf_p=46.20 i_gp=180.00",
            "2080599 nf_b=86.30",
            "2080502 gp_b=1,864.30 nf_b=1,026.40 i_gp=1,864.30",
            "2080505 gp_b=486.20 i_gp=486.20",
            "2100502 gp_b=268.40 nf_b=436.80 i_gp=268.40",
            "2210201 gp_b=326.48 nf_b=1,842.60 i_gp=326.48",
        ],
        econ={
            "30101": "1,264.52",
            "30102": "636.30",
            "30104": "268.40",
            "30107": "1,186.40",
            "30108": "486.20",
            "30199": "36.80",
            "30201": "28.60",
            "30206": "124.50",
            "30213": "48.20",
            "30217": "6.48",
            "30218": "86.40",
            "30231": "21.36",
            "30299": "46.96",
            "30302": "1,864.30",
            "30311": "326.48",
        },
        sangong_budget=("0", "0", "24.00", "8.00"),
        sangong=("0", "0", "21.36", "6.48"),
    )
)

# ------------------------------------------------------------------------------------------------ the 说明's prose
# (no table figure: counts, 机关运行经费, 政府采购 and 国有资产 figures the tables do not print; not checked here)
PROSE = {
    "b1_liaoning_jyt_2016_budget.txt": dict(
        duty=[
            "（一）贯彻执行国家教育工作的方针、政策和法律法规，起草有关地方性法规草案和政府规章草案，拟订全省教育改革与"
            "发展的方针政策和规划并组织实施。",
            "（二）统筹管理全省各级各类教育，负责全省教育经费的统筹管理，参与拟定教育经费筹措、教育拨款、教育基建投资的"
            "政策，统计全省教育经费投入情况。",
            "（三）负责推进全省义务教育均衡发展和促进教育公平，指导普通高中教育、幼儿教育和特殊教育工作。",
            "（四）指导全省职业教育和高等教育工作，负责省属高等学校的管理和学科建设工作，组织实施高等学校招生考试工作。",
            "（五）负责全省学校学生资助和教师队伍建设工作，组织实施教师资格制度。",
        ],
        setup=[
            "辽宁省教育厅部门预算由厅机关本级预算和所属事业单位预算组成。纳入2016年部门预算编制范围的单位共58个，"
            "其中：行政单位1个，参照公务员法管理的事业单位2个，其他事业单位55个（含省属普通高等学校32所、高等职业"
            "院校12所、中等专业学校6所、省实验中学等其他单位5个）。",
        ],
        tasks=[
            "2016年，全省教育系统将深入推进教育领域综合改革，统筹推进高等教育内涵式发展，加快发展现代职业教育，"
            "推进义务教育均衡发展，完善学生资助政策体系，加强教师队伍建设，提高教育经费使用效益。",
        ],
        others=[
            (
                "七、机关运行经费安排情况",
                "2016年厅机关本级和参照公务员法管理事业单位机关运行经费预算1,386.52万元，主要用于"
                "办公费、水电费、物业管理费、差旅费、公务接待费等日常公用经费支出。",
            ),
            (
                "八、政府采购安排情况",
                "2016年部门政府采购预算总额48,652.30万元，其中：货物类36,420.50万元，工程类"
                "8,640.00万元，服务类3,591.80万元。",
            ),
            (
                "九、国有资产占用情况",
                "截至2015年12月31日，本部门共有车辆386辆，其中：一般公务用车52辆，执法执勤用车8辆，"
                "特种专业技术用车326辆；单位价值50万元以上通用设备412台（套），单位价值100万元以上专用设备236台（套）。",
            ),
            (
                "十、项目支出绩效目标情况",
                "2016年部门对重点项目编制了绩效目标，涉及“双一流”学科建设、职业院校实训基地建设、"
                "学生资助等项目，绩效目标随预算一并批复。",
            ),
        ],
    ),
    "b2_shaanxi_baoji_zxyy_2015_unit_budget.txt": dict(
        duty=[
            "医院按照区域医疗中心的定位，承担全市急危重症病人的抢救和疑难复杂疾病的诊疗，开展新技术、新项目的临床应用和推广。",
            "医院承担全市对口支援县级医院和基层医疗卫生机构的任务，组织开展医疗下乡、义诊巡诊和基层卫生人员培训。",
            "宝鸡市中心医院是集医疗、教学、科研、预防保健为一体的三级甲等综合医院，承担宝鸡地区及周边地区的危急重症"
            "救治、疑难病诊治和突发公共卫生事件医疗救援任务。",
            "医院同时承担医学院校临床教学、住院医师规范化培训和基层医院对口帮扶工作。",
        ],
        setup=[
            "医院为财政差额补助事业单位，内设职能科室28个，临床科室42个，医技科室14个。2014年末编制床位1,800张，"
            "实有在职职工2,463人，离退休人员612人。",
        ],
        tasks=[
            "2015年医院将继续推进公立医院综合改革，落实药品零差率销售政策，加强重点学科和人才队伍建设，改善群众就医"
            "环境，控制医疗费用不合理增长。",
        ],
        others=[
            ("七、机关运行经费安排情况", "本单位为事业单位，不涉及机关运行经费。"),
            (
                "八、政府采购安排情况",
                "2015年政府采购预算总额6,284.3500万元，主要用于医疗设备、信息化设备采购和物业服务。",
            ),
            (
                "九、国有资产占用情况",
                "截至2014年12月31日，医院共有车辆14辆，其中救护车9辆；单位价值50万元以上设备186台（套）。",
            ),
        ],
    ),
    "b3_zhejiang_xihu_beishan_jd_2017_budget.txt": dict(
        duty=[
            "（一）贯彻执行党和国家的路线、方针、政策以及上级党委、政府的决定，研究辖区经济社会发展中的重大问题。",
            "（二）负责辖区社会管理和公共服务，指导社区居民委员会工作，推进社区建设。",
            "（三）负责辖区城市管理、环境卫生、市容秩序和综合执法协调工作。",
            "（四）负责辖区民政、计划生育、劳动保障、残疾人等社会事务工作。",
        ],
        setup=[
            "北山街道办事处部门预算由街道机关和所属事业单位（社区服务中心、城市管理服务中心）预算组成，街道下辖"
            "社区8个。",
        ],
        tasks=[
            "2017年，街道将围绕西湖景区周边环境整治、老旧小区改造、社区服务提升等重点工作，加强城市精细化管理，"
            "做好民生保障工作。",
        ],
        others=[
            ("七、机关运行经费安排情况", "2017年街道机关运行经费预算186万元，比上年减少12万元。"),
            ("八、政府采购安排情况", "2017年政府采购预算412万元，其中：货物类36万元，服务类376万元。"),
        ],
    ),
    "b4_fujian_fuzhou_zyjsxy_2018_unit_budget.txt": dict(
        purpose={"2050803": "面向社会的职业技能培训和鉴定"},
        duty=[
            "（一）贯彻执行党和国家的教育方针，坚持社会主义办学方向，落实立德树人根本任务。",
            "（二）组织实施高等职业教育教学，制定人才培养方案，开展专业建设、课程建设和教学改革。",
            "（三）开展面向社会的职业技能培训和职业技能鉴定，承担成人学历继续教育工作。",
            "（四）开展应用技术研究和社会服务，推进校企合作、产教融合。",
            "（五）负责学生的招生、学籍管理、资助、就业指导和思想政治教育工作。",
            "福州职业技术学院是福州市人民政府举办的全日制公办普通高等职业院校，主要承担高等职业教育、成人继续教育和"
            "职业技能培训任务，为地方经济社会发展培养高素质技术技能人才。",
        ],
        setup=[
            "学院内设党政管理机构14个，设有机电工程系、信息工程系、经济管理系、建筑工程系等9个教学系部，附属中等"
            "职业学校1所。2017年末在校生12,486人，教职工826人。",
        ],
        tasks=[
            "2018年学院将推进省级示范性现代职业院校建设，深化产教融合和校企合作，加强实训基地和专业群建设，提高"
            "人才培养质量。",
        ],
        others=[
            ("七、机关运行经费安排情况", "本单位为事业单位，不涉及机关运行经费。"),
            (
                "八、政府采购安排情况",
                "2018年政府采购预算1,286.40万元，主要用于实训设备、教学设备和信息化设备采购。",
            ),
            (
                "九、国有资产占用情况",
                "截至2017年12月31日，学院共有车辆6辆；单位价值50万元以上通用设备12台（套），单位"
                "价值100万元以上专用设备8台（套）。",
            ),
        ],
    ),
    "f1_jilin_changchun_sygz_2017_unit_final.txt": dict(
        duty=[
            "学校坚持立德树人，全面实施素质教育，开展学生综合素质评价、研究性学习和社会实践活动。",
            "学校承担区域内高中教师培训基地和教育教学研究任务，组织开展校际交流和对口帮扶工作。",
            "长春市第十一高级中学是长春市教育局直属的全日制公办普通高级中学，主要承担普通高中教育教学任务。",
        ],
        setup=[
            "学校设教务处、政教处、总务处等职能处室7个，2017年末有教学班72个，在校学生3,486人，在职教职工312人，"
            "离退休教职工168人。",
        ],
        tasks=["2017年学校深化课程改革，加强教师队伍建设，改善办学条件，教育教学质量稳步提升。"],
        others=[
            ("八、机关运行经费支出情况", "本单位为事业单位，不涉及机关运行经费。"),
            (
                "九、政府采购支出情况",
                "2017年度政府采购支出总额186.40万元，其中：政府采购货物支出142.60万元，政府采购"
                "服务支出43.80万元。",
            ),
            ("十、国有资产占用情况", "截至2017年12月31日，学校无车辆；单位价值50万元以上通用设备2台（套）。"),
        ],
    ),
    "f2_shandong_slt_2016_final.txt": dict(
        duty=[
            "（一）负责保障水资源的合理开发利用，拟定全省水利战略规划和政策，起草有关地方性法规、规章草案，组织编制"
            "全省水资源综合规划、防洪规划等重大水利规划。",
            "（二）负责全省生活、生产经营和生态环境用水的统筹兼顾和保障，实施水资源的统一监督管理。",
            "（三）负责水资源保护工作，组织编制水资源保护规划，指导饮用水水源保护工作。",
            "（四）负责防治水旱灾害，承担省防汛抗旱指挥部的具体工作。",
            "（五）指导水利设施、水域及其岸线的管理与保护，指导全省重要江河湖泊及河口的治理和开发。",
            "（六）负责南水北调山东段工程建设和运行管理的有关工作。",
        ],
        setup=[
            "山东省水利厅部门决算由厅机关本级决算和所属事业单位决算组成，纳入2016年度部门决算编报范围的单位共"
            "21个，其中：行政单位1个，参照公务员法管理的事业单位3个，其他事业单位17个（含水利勘测设计院、水文局、"
            "水利科学研究院等）。",
        ],
        tasks=[
            "2016年，全省水利系统加快推进水利工程建设，完成水利建设投资286.5亿元，新增节水灌溉面积210万亩，"
            "治理水土流失面积1,450平方公里，防汛抗旱工作取得全面胜利。",
        ],
        others=[
            (
                "八、机关运行经费支出情况",
                "2016年度厅机关本级和参照公务员法管理事业单位机关运行经费支出2,864.52万元，比"
                "年初预算减少136.48万元。",
            ),
            (
                "九、政府采购支出情况",
                "2016年度政府采购支出总额12,486.30万元，其中：政府采购货物支出3,264.80万元、"
                "政府采购工程支出7,486.20万元、政府采购服务支出1,735.30万元。",
            ),
            (
                "十、国有资产占用情况",
                "截至2016年12月31日，本部门共有车辆186辆，其中：一般公务用车36辆，执法执勤用车"
                "12辆，特种专业技术用车138辆；单位价值50万元以上通用设备46台（套），单位价值100万元以上专用设备68台"
                "（套）。",
            ),
        ],
    ),
    "f3_henan_xinzheng_longhu_zf_2016_final.txt": dict(
        duty=[
            "（一）贯彻执行党和国家的路线、方针、政策和上级党委、政府的决定，制定全镇经济社会发展规划并组织实施。",
            "（二）负责全镇农村经济、农业农村工作和乡村建设，指导村民委员会工作。",
            "（三）负责辖区社会治安综合治理、人民调解、安全生产和应急管理工作。",
            "（四）负责民政、社会保障、计划生育、残疾人等社会事务工作。",
        ],
        setup=[
            "龙湖镇人民政府部门决算由镇机关和镇财政所、镇农业服务中心、镇社会事务服务中心等所属单位决算组成，全镇"
            "辖行政村36个，户籍人口8.6万人。",
        ],
        tasks=[
            "2016年，全镇围绕美丽乡村建设、农村人居环境整治和精准扶贫等重点工作，统筹推进各项社会事业发展。"
        ],
        others=[
            ("八、机关运行经费支出情况", "2016年度镇机关运行经费支出186.5240万元。"),
            ("九、政府采购支出情况", "2016年度政府采购支出总额312.6400万元，全部为政府采购服务支出。"),
            ("十、国有资产占用情况", "截至2016年12月31日，本部门共有车辆3辆，全部为一般公务用车。"),
        ],
    ),
    "f4_gansu_lanzhou_dyrmyy_2015_unit_final.txt": dict(
        duty=[
            "医院承担全市急诊急救、院前急救网络和突发公共事件紧急医疗救援任务，开展临床教学和住院医师规范化培训。",
            "医院承担对口支援县级医院和基层医疗卫生机构的任务，开展远程会诊和基层医务人员进修培训。",
            "兰州市第一人民医院是一所集医疗、教学、科研、预防、保健、康复为一体的三级甲等综合医院，承担兰州市及周边"
            "地区群众的医疗服务和突发公共卫生事件的医疗救治任务。",
        ],
        setup=[
            "医院内设职能科室22个，临床科室38个，医技科室12个，编制床位1,500张，2015年末在职职工1,986人，"
            "离退休人员486人。",
        ],
        tasks=["2015年医院推进公立医院综合改革，加强学科建设和医疗质量管理，门急诊量和出院人次稳步增长。"],
        others=[
            ("八、机关运行经费支出情况", "本单位为事业单位，不涉及机关运行经费。"),
            (
                "九、政府采购支出情况",
                "2015年度政府采购支出总额4,862.30万元，主要为医疗设备和药品耗材以外的货物及服务采购。",
            ),
            (
                "十、国有资产占用情况",
                "截至2015年12月31日，医院共有车辆12辆，其中救护车8辆；单位价值50万元以上设备142台（套）。",
            ),
        ],
    ),
}
for _doc in DOCS:
    _doc.update(PROSE[_doc["file"]])
    # the paragraph naming the unit first
    _doc["duty"].sort(key=lambda x: not x.startswith(_doc["org"]))

BUILT = {doc["file"]: (doc, build(doc)) for doc in DOCS}


# ------------------------------------------------------------------------------------------------ identities


def _v(s: str) -> D:
    s = s.replace(",", "")
    return D(s) if s not in ("", "-") else D(0)


def _printed(t) -> list:
    """A coded table's rows as printed strings read back into numbers."""
    return [(c, n, [_v(t.fmt.cell(v)) for v in vals]) for c, n, vals in t.rows]


def _two(t) -> tuple[dict, dict]:
    f = t.fmt
    left, right = {}, {}
    for ll, _, lv, rl, _, rv in t.rows:
        if ll:
            assert ll not in left, (t.title, ll)
            left[ll] = _v(f.cell(lv))
        if rl:
            assert rl not in right, (t.title, rl)
            right[rl] = [_v(f.cell(x)) for x in rv]
    return left, right


def _tree(file, k, rows, cols) -> dict:
    """类 = Σ 款 = Σ 项 and 合计 = Σ 类 in every column; returns {code or 合计: figures}."""
    by = {c: n for c, _, n in rows if c}
    for c in by:
        if len(c) == 7:
            continue
        kids = [x for x in by if x.startswith(c) and len(x) == len(c) + 2]
        assert kids, (file, k, c)
        for i in cols:
            assert by[c][i] == sum((by[x][i] for x in kids), D(0)), (file, k, c, i)
    tot = next(n for c, _, n in rows if c is None)
    for i in cols:
        assert tot[i] == sum((by[c][i] for c in by if len(c) == 3), D(0)), (file, k, i)
    by["合计"] = tot
    return by


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        final = doc["kind"] == "final_account"
        P = {k: _printed(T[k]) for k in ("INC", "EXP", "GB", "GF") if T[k].rows}
        trees = {}
        for k, rows in P.items():
            n = len(rows[0][2])
            if k == "GF" and final:
                for c, nm, v in rows:  # 年初 + 收入 − 支出 = 年末; 支出 = 基本 + 项目
                    assert v[0] + v[1] - v[2] == v[5] and v[2] == v[3] + v[4], (file, k, c)
            else:
                for c, nm, v in rows:
                    assert v[0] == sum(v[1:], D(0)), (file, k, c, nm)
            trees[k] = _tree(file, k, rows, range(n))
        # 基本支出表
        if T["GBB"].kind == "blocks":
            cells = [x for pair in T["GBB"].rows for x in pair if x]
            by = {c: _v(T["GBB"].fmt.cell(v)) for c, _, v in cells if c}
            named = {n: _v(T["GBB"].fmt.cell(v)) for c, n, v in cells if c is None}
            assert named["人员经费合计"] == by["301"] + by.get("303", D(0)), file
            assert named["公用经费合计"] == sum(
                (by[c] for c in by if len(c) == 3 and c not in ("301", "303")), D(0)
            )
            basic = named["人员经费合计"] + named["公用经费合计"]
        else:
            rows = _printed(T["GBB"])
            by = {c: n for c, _, n in rows if c}
            tot = next(n for c, _, n in rows if c is None)
            for c, _, n in rows:
                assert n[0] == n[1] + n[2], (file, "GBB", c)
            for i in range(3):
                assert tot[i] == sum((by[c][i] for c in by if len(c) == 3), D(0)), (file, "GBB", i)
            basic = tot[0]
        for c3 in [c for c in by if len(c) == 3]:
            own = by[c3] if not isinstance(by[c3], list) else by[c3][0]
            kids = [
                by[c] if not isinstance(by[c], list) else by[c][0] for c in by if len(c) == 5 and c[:3] == c3
            ]
            assert own == sum(kids, D(0)), (file, "GBB", c3)
        gb = trees["GB"]["合计"]
        assert gb[1] == basic, (file, "basic", gb[1], basic)
        # 收支总表
        left, right = _two(T["IES"])
        exp_t = trees["EXP"]["合计"]
        inc_t = trees["INC"]["合计"]
        spent = right["本年支出合计"][0]
        classes = {lab.split("、", 1)[1]: v[0] for lab, v in right.items() if "、" in lab}
        for c, v in trees["EXP"].items():
            if len(c) == 3:
                assert classes[doc["names"][c]] == v[0], (file, "IES 类", c)
        assert spent == exp_t[0] == sum(classes.values(), D(0)), file
        items = {lab: v for lab, v in left.items() if "、" in lab}
        assert left["本年收入合计"] == sum(items.values(), D(0)), file
        heads = [h for h, _ in T["INC"].cols]
        if final:
            assert left["本年收入合计"] == inc_t[0], file
            specs = {lab: set(sp.split("+")) for lab, sp in doc["ies_left"] if not sp.startswith("=")}
            for i, (_h, _k, spec) in enumerate(doc["inc_cols"]):  # the income items = the 收入表's columns
                if spec:
                    want = sum((items[lab] for lab, sp in specs.items() if sp <= set(spec.split("+"))), D(0))
                    assert inc_t[i] == want, (file, "INC col", heads[i])
            fund = left["用事业基金弥补收支差额"]
            assert (
                left["年初结转和结余"] + left["本年收入合计"] + fund - spent - right["结余分配"][0]
                == right["年末结转和结余"][0]
            )
            assert left["总计"] == right["总计"][0] == left["本年收入合计"] + fund + left["年初结转和结余"], (
                file
            )
            fl, fr = _two(T["FS"])
            gp_lab = next(lab for lab in fl if lab.startswith("一、"))
            fiscal = sum((items[lab] for lab, sp in specs.items() if sp <= {"i_gp", "i_gf"}), D(0))
            assert fl["本年收入合计"] == fiscal, file
            assert fl["本年收入合计"] == fl[gp_lab] + fl["二、政府性基金预算财政拨款"], file
            b_gp = next(v for lab, v in fl.items() if lab in ("一般公共预算财政拨款", "公共预算财政拨款"))
            assert fl["年初财政拨款结转和结余"] == b_gp + fl["政府性基金预算财政拨款"], file
            for j in range(3):
                end = fr["年末财政拨款结转和结余"][j]
                begin = [fl["年初财政拨款结转和结余"], b_gp, fl["政府性基金预算财政拨款"]][j]
                inc = [fl["本年收入合计"], fl[gp_lab], fl["二、政府性基金预算财政拨款"]][j]
                assert begin + inc - fr["本年支出合计"][j] == end and end >= 0, (file, "FS", j)
                assert fr["总计"][j] == fr["本年支出合计"][j] + end, (file, "FS 总计", j)
            assert fl["总计"] == fr["总计"][0], file
            assert right["年末结转和结余"][0] >= fr["年末财政拨款结转和结余"][0], file
            fsp = fr["本年支出合计"]
            gf_t = trees["GF"]["合计"][2] if "GF" in trees else D(0)
            if "GF" in trees:
                assert trees["GF"]["合计"][1] == fl["二、政府性基金预算财政拨款"], file
                assert trees["GF"]["合计"][0] == fl["政府性基金预算财政拨款"], file
        else:
            assert (
                left["本年收入合计"] + left.get("上年结转", D(0)) + left.get("用事业基金弥补收支差额", D(0))
                == inc_t[0]
            )
            assert left["收入总计"] == right["支出总计"][0] == inc_t[0], file
            for (_h, _k, spec), v in zip(
                doc["inc_cols"], inc_t, strict=True
            ):  # each income item = its column
                if spec:
                    item = next(lab for lab, s in doc["ies_left"] if s == spec)
                    assert left[item] == v, (file, "INC col", spec)
            fl, fr = _two(T["FS"])
            assert fl["收入总计"] == fr["支出总计"][0] == fr["支出总计"][1] + fr["支出总计"][2], file
            fsp = fr["支出总计"]
            gf_t = trees["GF"]["合计"][0] if "GF" in trees else D(0)
            assert (
                fl[next(x for x in fl if x.startswith("一、"))]
                == left[next(x for x in left if x.startswith("一、"))]
            )
        # 财政拨款总表 类 = 一般公共预算表 类 + 政府性基金表 类
        for lab, v in fr.items():
            if "、" in lab:
                c = {n: c for c, n in [*CLASSES_OLD, *doc["names"].items()] if len(c) == 3}[
                    lab.split("、", 1)[1]
                ]
                gbv = trees["GB"].get(c, [D(0)])[0]
                gfv = trees["GF"].get(c, [D(0)] * 3)[2 if final else 0] if "GF" in trees else D(0)
                assert v == [gbv + gfv, gbv, gfv], (file, "FS 类", lab)
        assert fsp[1] == gb[0] and fsp[2] == gf_t, (file, "FS vs GB / GF")
        # 三公
        sg = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0]]
        for b in range(0, len(sg), 6):
            t, o, car, p, r, j = sg[b : b + 6]
            assert t == o + car + j and car == p + r, (file, "三公")
        # the 三公 车 运行 and 接待 are the 基本支出表's 30231 and 30217 where it prints them
        e = {c: D(v.replace(",", "")) for c, v in doc["econ"].items()}
        assert sg[-2] == e.get("30231", sg[-2]) and sg[-1] == e.get("30217", sg[-1]), (file, "三公 vs 302")


_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=[expectations(T[k]) for k in KEYS],
        only_tables=[T[k].key for k in KEYS],
    )
