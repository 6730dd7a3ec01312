"""Expected readings of the rules_s32f inputs: eight WHOLE 部门 reports of departments with several units (机关 + 2-3
事业单位 / 参公单位), four 部门预算 and four 部门决算, half plain pdftotext text (b1, b3, f1, f4: a row a line, cells
one space apart, blank cells dropped) and half pdftotext -layout text (b2, b4, f2, f3), of province-years the earlier
sets did not use for these shapes (湖南株洲2024, 四川绵阳2025, 广东南海2024, 江西浔阳2023 budgets; 湖北宜昌2023, 浙江
绍兴2022, 河南洛阳2023, 山东市南2024 final accounts).

Shapes attacked (documents):
- a table BY UNIT alone, no functional code: 合计, the department's own row, one row per unit, with a 单位编码 column
  whose department code is a 3-digit number that reads as a functional 类 ("213 株洲市农业农村局" in b1, "208
  青岛市市南区人力资源和社会保障局" in f4, "118 宜昌市自然资源和规划局" in f1) and 6-digit unit codes (213001 …):
  as the report's only 收入总表 / 支出总表 (b1 both, f4 the 收入决算表) or after the tables by code (f1:
  收入决算表（按单位）/ 支出决算表（按单位）, keys _2; b3: 部门支出总表（分单位） with 单位名称 only, key _2);
- a table by unit AND code: 合计, then each unit's subtotal row and the functional rows under it — 项 rows only, with
  单位编码 | 单位名称 | 科目编码 | 科目名称 lead columns (b2's 部门收入总表), or 类 / 款 / 项 under the unit's name (f2's
  支出决算表, no department code rows: the units' rows repeat codes with the units' shares); or the department's
  code rows FIRST and then, in the same table, "其中：<unit>" blocks repeating the codes (b4's 支出预算总表 layout,
  f4's 支出决算表 plain): the department's rows must be loaded once, the units' never added to them;
- 三公 tables with a 单位名称 column, 合计 then one row per unit (b1 plain, zeros 0.00; b4 layout, zeros blank;
  f2 layout and f4 plain with 年初预算数 | 决算数, twelve figures a row), in 万元 in reports in 元 (b1, b4, f2, f4);
- 项目支出表 whose projects stand under "单位：<unit>" heading lines (b1, b4: the same project name under two units,
  "信息化平台运维经费" / "信息化运维经费") or under unit subtotal rows (b2: the unit's name with its figures);
- 单位构成 (单位名称 | 单位性质 | 经费形式 | 编制人数 | 实有人数, with or without 单位编码): a list in the narrative (b1,
  b4), a titled table among the money tables (b2 after the 收支总表, f1 before the 收入支出决算总表, f3 right after
  the 三公 table on the same page): no money, nothing of it may be loaded, it must not run into the table above;
- scope and a second report: cover "（部门汇总）" (b3, f4), a 部门预算 followed in the same file by the 单位预算 of its
  机关 whose cover names the same body ("佛山市南海区卫生健康局" / "2024年单位预算" / "（局机关本级）", b3), a 部门决算
  followed by its 机关's 单位决算 (cover "洛阳市民政局机关2023年度单位决算", f3): only the first report is read (the
  parser's documented behaviour, metadata.second_report_at), its scope department; the second's figures are SPURIOUS;
- narrative claims per unit beside the department's ("其中：株洲市农业农村局机关收、支总计各…万元", "宜昌市不动产登记
  中心本年支出合计…万元"): the department's claims are expected; a unit's may be recorded only under its unit's name.

What the parser must do with the units' rows (unit_rows below): NOT load them (neither the department's own row, which
repeats 合计, nor a unit's subtotal row, nor the codes printed under a unit), as the warehouse keeps the department's
figures and has no unit column for an amount (architecture.md: fact_expenditure sums a document's leaves once, and
int_main_expenditure_amounts keeps one cell per code and label: a code printed under two units would lose one), and
say so: a diagnostic (any severity) naming the unit (its name or its unit code) in that table. Loaded, they are
SPURIOUS (or WRONG where they take an expected row's place); not loaded and named by no diagnostic, LOST (check.py).
The 合计 row of a table by unit is the department's total and is expected under "合计".

The figures are typed per unit in s32f_units.py (leaves by functional 项, split by source and kind; a budget's projects
by code; 三公 items) and per department below (基本支出 by economic 款, a final's carry-overs); s32f_lib.build sums
every printed table from them, gen.py prints those very Table objects, and the expectations are read from them (never
from the parser's output). _identities() (run at import) re-adds every printed table from its printed strings: row
total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类 per column, economic 类 = Σ 款, 人员经费 + 公用经费 = 合计, 基本支出表 合计 =
一般公共预算 基本支出, a table by unit: 合计 = Σ units = the department's row = the 收入/支出 table by code's 合计, a unit
= Σ its codes (its 类, or its 项 where only 项 are printed), the department's code rows = Σ the units' same codes, 项目
支出表 合计 = Σ projects = 支出表 项目支出, a unit's projects = its subtotal, 三公 合计 = Σ units = 出国 + 车 + 接待, 车 =
购置 + 运行, the 收支总表's 总计 both sides, its 类 = 支出表 类. So a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables; plus meta (unit_name, doc_kind, fiscal_year, scope), claims ([(claim_kind, 万元 figure)] the department's:
total_income_expenditure, total_income, total_expenditure), unit_claims ([(claim_kind, 万元 figure, unit name)]: OK
unrecorded or recorded under the unit's name) and unit_rows ([(table key, unit name, rows)]). A value ending in "?"
is a zero printed 0.00; a blank cell has no expectation."""

from __future__ import annotations

import copy
from decimal import Decimal as D

import s32f_units as U
from s32f_lib import Fmt, build, expectations, unit_rows

WAN, YUAN = "万元", "元"

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
)


def final_empty(y: int, gf: bool) -> dict:
    out = {"SC": f"本部门{y}年度没有国有资本经营预算财政拨款支出，故本表为空。"}
    if not gf:
        out["GF"] = (
            f"本部门{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空。"
        )
    return out


def budget_empty(y: int, gf: bool) -> dict:
    out = {"SC": f"本部门{y}年没有使用国有资本经营预算拨款安排的支出，此表无数据。"}
    if not gf:
        out["GF"] = f"本部门{y}年没有使用政府性基金预算拨款安排的支出，此表无数据。"
    return out


def labels(order: list, fmt: str = "表{n}") -> dict:
    cnum = "一二三四五六七八九十"
    out = {}
    n = 0
    for tid in order:
        if tid == "COMP":
            continue
        n += 1
        out[tid] = fmt.format(n=n, c=cnum[n - 1] if n <= 10 else "十" + cnum[n - 11])
    return out


DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 湖南
B1_ORDER = ["IES", "INC_U", "EXP_U", "FS", "GB", "GBB", "SG_U", "GF", "SC", "PROJ"]
DOCS.append(
    dict(
        file="b1_hunan_zhuzhou_nyncj_2024_budget.txt",
        note="plain 湖南2024 部门预算 in 元 of 株洲市农业农村局 (机关 + 执法支队 + 农科所 + 动物疫控中心): 部门收入总表 and "
        "部门支出总表 BY UNIT only (单位编码 | 单位名称: 合计, '213 株洲市农业农村局' whose code reads as 类 213, units "
        "213001 … with blank cells dropped), 三公 table in 万元 with 单位名称 rows (zeros 0.00), 项目支出表 with "
        "'单位：<unit>' heading lines (one project name under two units), 单位构成 list in the narrative with unit codes "
        "and staff counts, a unit-by-unit 收、支总计 sentence",
        kind="budget",
        mode="plain",
        org="株洲市农业农村局",
        year=2024,
        region="湖南省株洲市",
        cover=["株洲市农业农村局", "2024年部门预算"],
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=dict(BUDGET_TITLES, GB="一般公共预算支出表（按功能科目）"),
        order=B1_ORDER,
        labels=labels(B1_ORDER),
        label_inline=False,
        inc_src=["gp", "gf", "biz"],
        empty=budget_empty(2024, True),
        units=U.B1_UNITS,
        extras=dict(
            INC_U=dict(kind="by_unit", which="INC", title="部门收入总表", dept=("213", "株洲市农业农村局")),
            EXP_U=dict(kind="by_unit", which="EXP", title="部门支出总表", dept=("213", "株洲市农业农村局")),
            SG_U=dict(kind="sangong_u", title="一般公共预算“三公”经费支出表", fmt=Fmt(WAN, zero="0.00")),
            PROJ=dict(
                kind="projects",
                title="项目支出表",
                cols=("total", "general_public", "government_fund", "business"),
            ),
        ),
        comp_narrative=dict(codes=True, staff=True, total_line=False),
        econ={
            "30101": "5,862,400.00",
            "30102": "6,245,800.00",
            "30103": "1,520,000.00",
            "30107": "4,286,500.00",
            "30108": "3,029,400.00",
            "30109": "1,211,760.00",
            "30110": "1,419,840.00",
            "30113": "2,272,095.00",
            "30199": "326,000.00",
            "30201": "412,600.00",
            "30205": "86,400.00",
            "30206": "268,300.00",
            "30207": "96,500.00",
            "30211": "356,200.00",
            "30213": "248,600.00",
            "30217": "50,000.00",
            "30228": "362,400.00",
            "30231": "267,000.00",
            "30299": "2,613,230.00",
            "30305": "86,500.00",
        },
        sangong=("0", "0", "26.70", "5.00"),
        unit_sentence="ies",
        duties=[
            "贯彻执行党中央、国务院和省委、省政府及市委、市政府关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全市"
            "“三农”工作战略、规划和政策，监督管理种植业、畜牧业、渔业、农垦、农业机械化、农产品质量安全等。",
            "负责全市农业综合行政执法工作，组织开展农资打假和农产品质量安全专项整治，承担重大动物疫病防控、病虫害监测预警"
            "和农业防灾减灾工作，负责高标准农田建设项目管理。",
            "负责全市农业科技体制改革和农业科技创新体系建设，组织开展农业新品种、新技术的引进、试验、示范和推广。",
        ],
        inner="局机关内设办公室、政策法规科、发展规划科、乡村产业发展科、农田建设管理科、种植业管理科、畜牧兽医科、"
        "农产品质量安全监管科、计划财务科、人事科等10个科室。",
    )
)

# ------------------------------------------------------------------------------------------------ b2 四川
B2_ORDER = ["IES", "COMP", "INC_B", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ"]
DOCS.append(
    dict(
        file="b2_sichuan_mianyang_slj_2025_budget.layout.txt",
        note="layout 四川2025 部门预算 in 万元 of 绵阳市水利局 (机关 + 工程管理站 + 水保监测站 + 河湖保护中心): a titled "
        "'部门预算单位构成表' right after the 收支总表 (序号 单位编码 单位名称 单位性质 经费形式 编制人数 实有人数, a 合计 "
        "line of counts), 部门收入总表 by unit AND code (单位编码 | 单位名称 | 科目编码 | 科目名称: 合计, each unit's "
        "subtotal row '401001 绵阳市水利局机关' and its 项 rows, 2080505 / 2210201 under every unit), 部门支出总表 by code "
        "(the department's), 项目支出预算表 with each unit's subtotal row (its name and figures) above its projects",
        kind="budget",
        mode="layout",
        org="绵阳市水利局",
        year=2025,
        region="四川省绵阳市",
        cover=["绵阳市水利局", "2025年部门预算"],
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=dict(
            BUDGET_TITLES,
            GB="一般公共预算支出预算表",
            GBB="一般公共预算基本支出预算表",
            SG="一般公共预算“三公”经费支出预算表",
        ),
        order=B2_ORDER,
        labels=labels(B2_ORDER),
        label_inline=True,
        inc_src=["gp", "gf", "biz"],
        empty=budget_empty(2025, True),
        units=U.B2_UNITS,
        extras=dict(
            COMP=dict(
                kind="composition", title="部门预算单位构成表", codes=True, staff=True, total_line=True
            ),
            INC_B=dict(kind="blocks", which="INC", title="部门收入总表", levels="xiang", four=True),
            PROJ=dict(kind="projects", title="项目支出预算表", subtotal=True, sub_label="{name}"),
        ),
        econ={
            "30101": "386.40",
            "30102": "412.60",
            "30103": "96.50",
            "30107": "286.30",
            "30108": "188.44",
            "30109": "75.37",
            "30110": "88.33",
            "30113": "141.34",
            "30199": "18.20",
            "30201": "26.40",
            "30205": "4.80",
            "30206": "16.30",
            "30207": "6.20",
            "30211": "22.50",
            "30213": "18.60",
            "30217": "4.20",
            "30228": "22.40",
            "30231": "14.50",
            "30299": "99.79",
            "30302": "36.80",
        },
        sangong=("0", "0", "14.50", "4.20"),
        unit_sentence="exp",
        duties=[
            "负责保障全市水资源的合理开发利用，拟订全市水利战略规划和政策，组织编制全市水资源规划、流域综合规划、防洪规划"
            "等重大水利规划。",
            "负责全市水利工程建设与运行管理，指导水库、堤防、水闸等水利设施的运行管理，组织实施农村供水工程建设与管理。",
            "负责全市水土保持工作，组织开展水土流失监测、预报和公告，负责河湖长制日常工作和河湖保护管理。",
        ],
        inner="局机关内设办公室、规划计划科、水资源管理科、河湖管理科、水旱灾害防御科、农村水利水电科、财务审计科等7个科室。",
    )
)

# ------------------------------------------------------------------------------------------------ b3 广东
B3_ORDER = ["IES", "INC", "EXP", "EXP_U", "FS", "GB", "GBB", "SG", "GF", "SC"]
B3_SECOND_ORDER = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]
DOCS.append(
    dict(
        file="b3_guangdong_nanhai_wsjkj_2024_budget_and_jiguan.txt",
        note="plain 广东2024 部门预算 in 元 of 佛山市南海区卫生健康局, cover '（部门汇总）' (机关 + 疾控中心 + 卫生监督所): "
        "the nine department tables, then '部门支出总表（分单位）' (单位名称 only: 合计 and three unit rows, key _2); then in "
        "the same file the 单位预算 of its 机关 alone, cover '佛山市南海区卫生健康局' / '2024年单位预算' / '（局机关本级）' "
        "(the same body's name, the same year and kind): only the first report is read, its scope department",
        kind="budget",
        mode="plain",
        org="佛山市南海区卫生健康局",
        year=2024,
        region="广东省佛山市南海区",
        cover=["佛山市南海区卫生健康局", "2024年部门预算", "（部门汇总）"],
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        titles=BUDGET_TITLES,
        order=B3_ORDER,
        labels=labels(B3_ORDER, "附表{n}"),
        label_inline=True,
        inc_src=["gp", "biz"],
        empty=budget_empty(2024, False),
        units=U.B3_UNITS,
        extras=dict(EXP_U=dict(kind="by_unit", which="EXP", title="部门支出总表（分单位）", codes=False)),
        econ={
            "30101": "6,124,300.00",
            "30102": "7,286,500.00",
            "30103": "1,486,200.00",
            "30107": "4,862,300.00",
            "30108": "3,078,800.00",
            "30109": "1,231,520.00",
            "30110": "1,435,000.00",
            "30113": "2,308,830.00",
            "30199": "286,400.00",
            "30201": "426,800.00",
            "30205": "96,200.00",
            "30206": "312,400.00",
            "30207": "108,600.00",
            "30211": "326,500.00",
            "30213": "268,400.00",
            "30217": "24,500.00",
            "30228": "386,200.00",
            "30231": "86,000.00",
            "30299": "1,399,730.00",
            "30305": "62,400.00",
        },
        sangong=("0", "0", "86,000.00", "24,500.00"),
        unit_sentence=None,
        duties=[
            "贯彻落实国家、省、市卫生健康工作方针政策，拟订全区卫生健康事业发展规划和政策措施，统筹规划全区卫生健康资源配置。",
            "负责全区疾病预防控制工作，组织实施免疫规划、重大传染病防控和突发公共卫生事件应急处置，负责公共卫生、医疗卫生"
            "等监督管理。",
            "组织实施基本公共卫生服务项目和家庭医生签约服务，推进全区卫生健康信息化建设。",
        ],
        inner="局机关内设办公室、规划财务股、医政医管股、疾病预防控制股、基层卫生健康股、人口监测与家庭发展股等6个股室。",
        second=dict(
            org="佛山市南海区卫生健康局",
            cover=["佛山市南海区卫生健康局", "2024年单位预算", "（局机关本级）"],
            units=[U.B3_UNITS[0]],
            order=B3_SECOND_ORDER,
            extras={},
            econ={
                "30101": "2,186,400.00",
                "30102": "2,612,300.00",
                "30103": "528,600.00",
                "30107": "1,726,500.00",
                "30108": "1,102,480.00",
                "30109": "440,992.00",
                "30110": "512,640.00",
                "30113": "826,590.00",
                "30201": "152,300.00",
                "30206": "112,400.00",
                "30211": "118,600.00",
                "30217": "12,000.00",
                "30228": "138,200.00",
                "30231": "46,000.00",
                "30299": "793,050.00",
            },
            sangong=("0", "0", "46,000.00", "12,000.00"),
            scope_word="单位",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ b4 江西
B4_ORDER = ["IES", "INC", "EXP_B", "FS", "GB", "GBB", "SG_U", "GF", "SC", "PROJ"]
DOCS.append(
    dict(
        file="b4_jiangxi_xunyang_jytyj_2023_budget.layout.txt",
        note="layout 江西2023 部门预算 in 元 of 九江市浔阳区教育体育局 (机关 + 装备中心 + 校外活动中心 + 教师发展中心): "
        "支出预算总表 with the department's 类 / 款 / 项 rows first and then, in the same table, '其中：<unit>' subtotal "
        "rows each followed by the unit's own 类 / 款 / 项 rows (208 / 20805 / 2080505 … four times again), 三公 table in "
        "万元 with 单位名称 rows (zero cells blank), 项目支出预算表 with '单位：<unit>' headings (信息化运维经费 under two "
        "units), 单位构成 list in the narrative",
        kind="budget",
        mode="layout",
        org="九江市浔阳区教育体育局",
        year=2023,
        region="江西省九江市浔阳区",
        cover=["九江市浔阳区教育体育局", "2023年部门预算"],
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(WAN)},
        titles=dict(
            IES="收支预算总表",
            INC="收入预算总表",
            EXP="支出预算总表",
            FS="财政拨款收支预算总表",
            GB="一般公共预算支出预算表",
            GBB="一般公共预算基本支出预算表",
            SG="一般公共预算“三公”经费支出预算表",
            GF="政府性基金预算支出预算表",
            SC="国有资本经营预算支出预算表",
        ),
        order=B4_ORDER,
        labels=labels(B4_ORDER, "表{c}"),
        label_inline=False,
        inc_src=["gp"],
        empty=budget_empty(2023, False),
        units=U.B4_UNITS,
        name_width=34,
        extras=dict(
            EXP_B=dict(
                kind="blocks", which="EXP", title="支出预算总表", dept_first=True, unit_label="其中：{name}"
            ),
            SG_U=dict(kind="sangong_u", title="一般公共预算“三公”经费支出预算表", fmt=Fmt(WAN)),
            PROJ=dict(kind="projects", title="项目支出预算表", cols=("total", "general_public")),
        ),
        comp_narrative=dict(codes=False, staff=True, total_line=True),
        econ={
            "30101": "2,864,300.00",
            "30102": "3,126,400.00",
            "30103": "712,600.00",
            "30107": "2,186,400.00",
            "30108": "1,425,480.00",
            "30109": "570,192.00",
            "30110": "665,860.00",
            "30113": "1,069,140.00",
            "30199": "126,500.00",
            "30201": "186,400.00",
            "30205": "42,600.00",
            "30206": "126,800.00",
            "30207": "46,200.00",
            "30211": "112,400.00",
            "30213": "98,600.00",
            "30217": "22,000.00",
            "30228": "168,400.00",
            "30231": "101,000.00",
            "30299": "977,070.00",
            "30305": "42,600.00",
        },
        sangong=("0", "0", "10.10", "2.20"),
        unit_sentence=None,
        duties=[
            "贯彻执行党和国家的教育、体育工作方针政策，拟订全区教育体育事业发展规划，统筹管理全区学前教育、义务教育和"
            "高中阶段教育。",
            "负责全区中小学教育技术装备的规划、配备和管理，组织开展中小学实验教学和信息化建设。",
            "负责全区中小学教师队伍建设和教师培训工作，指导青少年校外教育活动。",
        ],
        inner="局机关内设办公室、基础教育股、人事股、计划财务股、体育股、安全稳定股等6个股室。",
    )
)

# ------------------------------------------------------------------------------------------------ f1 湖北
F1_ORDER = ["COMP", "IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "INC_U", "EXP_U"]
DOCS.append(
    dict(
        file="f1_hubei_yichang_zrzyghj_2023_final.txt",
        note="plain 湖北2023 部门决算 in 万元 of 宜昌市自然资源和规划局 (机关 + 不动产登记中心 + 规划研究中心 + 执法支队): "
        "'部门决算单位构成' table before the 收入支出决算总表 (序号 单位名称 单位性质 经费形式), the nine tables by code, "
        "then 收入决算表（按单位） and 支出决算表（按单位） (单位编码 | 单位名称: 合计, '118 宜昌市自然资源和规划局', "
        "units 118001 …; keys _2), a unit-by-unit 本年支出合计 sentence",
        kind="final_account",
        mode="plain",
        org="宜昌市自然资源和规划局",
        year=2023,
        region="湖北省宜昌市",
        cover=["宜昌市自然资源和规划局", "2023年度部门决算"],
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=FINAL_TITLES,
        order=F1_ORDER,
        labels=labels(F1_ORDER),
        label_inline=True,
        empty=final_empty(2023, True),
        units=U.F1_UNITS,
        extras=dict(
            COMP=dict(kind="composition", title="部门决算单位构成", codes=False, staff=False),
            INC_U=dict(
                kind="by_unit",
                which="INC",
                title="收入决算表（按单位）",
                dept=("118", "宜昌市自然资源和规划局"),
            ),
            EXP_U=dict(
                kind="by_unit",
                which="EXP",
                title="支出决算表（按单位）",
                dept=("118", "宜昌市自然资源和规划局"),
            ),
        ),
        begin="186.50",
        begin_gp="150.00",
        econ={
            "30101": "612.40",
            "30102": "686.50",
            "30103": "142.60",
            "30107": "468.20",
            "30108": "279.56",
            "30109": "111.82",
            "30110": "130.72",
            "30113": "209.69",
            "30199": "26.80",
            "30201": "38.60",
            "30205": "6.40",
            "30206": "24.80",
            "30207": "8.60",
            "30211": "32.40",
            "30213": "26.20",
            "30217": "3.86",
            "30228": "34.60",
            "30231": "18.42",
            "30299": "251.18",
            "30302": "46.50",
        },
        sangong_budget=("0", "0", "20.00", "5.00"),
        sangong=("0", "0", "18.42", "3.86"),
        unit_sentence="exp",
        duties=[
            "履行全民所有土地、矿产、森林、草原、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责，负责全市自然资源"
            "调查监测评价、统一确权登记和不动产登记工作。",
            "负责建立全市国土空间规划体系并监督实施，组织编制全市国土空间总体规划和相关专项规划。",
            "负责全市地质灾害防治和自然资源执法监察工作。",
        ],
        inner="局机关内设办公室、法规科、自然资源调查监测科、自然资源确权登记科、国土空间规划科、耕地保护监督科、地质勘查"
        "管理科、财务科等18个科室。",
    )
)

# ------------------------------------------------------------------------------------------------ f2 浙江
F2_ORDER = ["IES", "INC", "EXP_B", "FS", "GB", "GBB", "SG_U", "GF", "SC"]
DOCS.append(
    dict(
        file="f2_zhejiang_shaoxing_jtysj_2022_final.layout.txt",
        note="layout 浙江2022 部门决算 in 元 of 绍兴市交通运输局 (机关 + 公路与运输管理中心 + 港航管理中心 + 质监站): "
        "支出决算表 printed by unit only (合计, then each unit's name with its subtotal and its 类 / 款 / 项 rows under "
        "it: no department code rows, 208 / 20805 / 2080505 … under every unit), 收入决算表 and the other tables by code "
        "(the department's), 三公 table in 万元 with 年初预算数 | 决算数 (twelve columns) and one row per unit",
        kind="final_account",
        mode="layout",
        org="绍兴市交通运输局",
        year=2022,
        region="浙江省绍兴市",
        cover=["绍兴市交通运输局", "2022年度部门决算"],
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=FINAL_TITLES,
        order=F2_ORDER,
        labels=labels(F2_ORDER),
        label_inline=False,
        empty=final_empty(2022, False),
        units=U.F2_UNITS,
        name_width=32,
        extras=dict(
            EXP_B=dict(kind="blocks", which="EXP", title="支出决算表"),
            SG_U=dict(
                kind="sangong_u", title="一般公共预算财政拨款“三公”经费支出决算表", fmt=Fmt(WAN, zero="0.00")
            ),
        ),
        begin="2,400,000.00",
        begin_gp="2,400,000.00",
        econ={
            "30101": "7,426,300.00",
            "30102": "8,264,500.00",
            "30103": "1,862,400.00",
            "30107": "5,846,200.00",
            "30108": "3,844,270.00",
            "30109": "1,537,708.00",
            "30110": "1,792,300.00",
            "30113": "2,882,730.00",
            "30199": "312,600.00",
            "30201": "462,800.00",
            "30205": "96,400.00",
            "30206": "386,200.00",
            "30207": "112,600.00",
            "30211": "426,300.00",
            "30213": "362,400.00",
            "30217": "48,500.00",
            "30228": "486,200.00",
            "30231": "647,100.00",
            "30299": "2,744,460.00",
            "30305": "86,400.00",
        },
        sangong_budget=("0", "0", "70.00", "7.00"),
        sangong=("0", "0", "64.71", "4.85"),
        unit_sentence=None,
        duties=[
            "贯彻执行国家和省有关交通运输的方针政策和法律法规，拟订全市公路、水路交通运输发展规划并组织实施。",
            "负责全市公路、水路交通运输行业管理，承担全市普通公路建设、养护和港航设施的管理工作。",
            "负责全市交通建设工程质量安全监督管理工作。",
        ],
        inner="局机关内设办公室、政策法规处、综合规划处、财务审计处、建设管理处、运输管理处、安全监督处等9个处室。",
    )
)

# ------------------------------------------------------------------------------------------------ f3 河南
F3_ORDER = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "COMP", "GF", "SC"]
F3_SECOND_ORDER = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]
DOCS.append(
    dict(
        file="f3_henan_luoyang_mzj_2023_final_and_jiguan.layout.txt",
        note="layout 河南2023 部门决算 in 万元 of 洛阳市民政局 (机关 + 社会福利院 + 救助管理站 + 殡葬管理所): the nine tables "
        "by code with a titled '部门决算单位构成情况表' right under the 三公 table on the same page (序号 单位编码 单位名称 "
        "单位性质 经费形式 编制人数 实有人数); then in the same file the 单位决算 of its 机关 alone (cover "
        "'洛阳市民政局机关2023年度单位决算' on one line, the same nine titles): only the first report is read",
        kind="final_account",
        mode="layout",
        org="洛阳市民政局",
        year=2023,
        region="河南省洛阳市",
        cover=["洛阳市民政局", "2023年度部门决算"],
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=FINAL_TITLES,
        order=F3_ORDER,
        labels=labels(F3_ORDER),
        label_inline=True,
        empty=final_empty(2023, True),
        units=U.F3_UNITS,
        vw=14,
        same_page={"COMP"},
        extras=dict(COMP=dict(kind="composition", title="部门决算单位构成情况表", codes=True, staff=True)),
        begin="58.60",
        begin_gp="40.00",
        econ={
            "30101": "626.40",
            "30102": "712.30",
            "30103": "156.80",
            "30107": "486.50",
            "30108": "294.40",
            "30109": "117.76",
            "30110": "137.66",
            "30113": "220.80",
            "30199": "28.60",
            "30201": "42.30",
            "30205": "12.40",
            "30206": "36.80",
            "30207": "9.60",
            "30211": "28.40",
            "30213": "32.60",
            "30217": "1.86",
            "30228": "36.20",
            "30231": "16.42",
            "30299": "258.18",
            "30302": "68.40",
        },
        sangong_budget=("0", "0", "18.00", "3.00"),
        sangong=("0", "0", "16.42", "1.86"),
        unit_sentence=None,
        duties=[
            "贯彻落实党和国家关于民政工作的方针政策和决策部署，拟订全市民政事业发展规划，负责全市社会救助、基层政权建设和"
            "社区治理工作。",
            "负责全市儿童福利、老年人福利和残疾人福利工作，指导社会福利机构建设和管理。",
            "负责全市殡葬管理和流浪乞讨人员救助管理工作。",
        ],
        inner="局机关内设办公室、社会救助科、基层政权建设和社区治理科、养老服务科、儿童福利科、社会事务科、规划财务科等9个科室。",
        second=dict(
            org="洛阳市民政局机关",
            cover=["洛阳市民政局机关2023年度单位决算"],
            units=[U.F3_UNITS[0]],
            order=F3_SECOND_ORDER,
            extras={},
            begin="20.00",
            begin_gp="20.00",
            econ={
                "30101": "212.40",
                "30102": "246.80",
                "30103": "52.60",
                "30107": "168.30",
                "30108": "96.34",
                "30109": "38.54",
                "30110": "45.06",
                "30113": "72.27",
                "30201": "14.60",
                "30206": "12.20",
                "30211": "10.40",
                "30217": "1.02",
                "30228": "12.60",
                "30231": "8.46",
                "30299": "78.54",
                "30302": "28.60",
            },
            sangong_budget=("0", "0", "9.00", "2.00"),
            sangong=("0", "0", "8.46", "1.02"),
            scope_word="单位",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ f4 山东
F4_ORDER = ["IES", "INC_U", "EXP_B", "FS", "GB", "GBB", "SG_U", "GF", "SC"]
DOCS.append(
    dict(
        file="f4_shandong_shinan_rsj_2024_final.txt",
        note="plain 山东2024 部门决算 in 元 of 青岛市市南区人力资源和社会保障局, cover '（部门汇总）' (机关 + 仲裁院 + 就业"
        "人才中心 + 监察大队): 收入决算表 BY UNIT only (单位编码 | 单位名称: 合计, '208 青岛市市南区人力资源和社会保障局' "
        "whose code reads as 类 208, units 208001 …), 支出决算表 with the department's 类 / 款 / 项 rows first and then "
        "'其中：<unit>' blocks repeating 208 / 20801 / 2080101 … with the units' shares, 三公 in 万元 with 年初预算数 | "
        "决算数 and one row per unit (zeros 0.00), a unit-by-unit 本年收入合计 sentence",
        kind="final_account",
        mode="plain",
        org="青岛市市南区人力资源和社会保障局",
        year=2024,
        region="山东省青岛市市南区",
        cover=["青岛市市南区人力资源和社会保障局", "2024年度部门决算", "（部门汇总）"],
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        titles=FINAL_TITLES,
        order=F4_ORDER,
        labels=labels(F4_ORDER),
        label_inline=True,
        empty=final_empty(2024, False),
        units=U.F4_UNITS,
        extras=dict(
            INC_U=dict(
                kind="by_unit",
                which="INC",
                title="收入决算表",
                dept=("208", "青岛市市南区人力资源和社会保障局"),
            ),
            EXP_B=dict(
                kind="blocks", which="EXP", title="支出决算表", dept_first=True, unit_label="其中：{name}"
            ),
            SG_U=dict(
                kind="sangong_u", title="一般公共预算财政拨款“三公”经费支出决算表", fmt=Fmt(WAN, zero="0.00")
            ),
        ),
        begin="560,000.00",
        begin_gp="400,000.00",
        econ={
            "30101": "3,426,800.00",
            "30102": "3,862,400.00",
            "30103": "842,600.00",
            "30107": "2,764,300.00",
            "30108": "1,796,770.00",
            "30109": "718,708.00",
            "30110": "837,700.00",
            "30113": "1,345,740.00",
            "30199": "146,200.00",
            "30201": "226,400.00",
            "30205": "46,800.00",
            "30206": "168,400.00",
            "30207": "56,200.00",
            "30211": "126,400.00",
            "30213": "112,600.00",
            "30217": "19,500.00",
            "30228": "216,800.00",
            "30231": "129,400.00",
            "30299": "1,634,990.00",
            "30305": "46,200.00",
        },
        sangong_budget=("0", "0", "14.00", "2.70"),
        sangong=("0", "0", "12.94", "1.95"),
        unit_sentence="inc",
        duties=[
            "贯彻执行国家、省、市人力资源和社会保障工作的方针政策，拟订全区人力资源和社会保障事业发展规划并组织实施。",
            "负责全区促进就业和人才服务工作，组织实施就业援助和职业技能培训补贴政策，统筹城乡就业服务体系建设。",
            "负责全区劳动人事争议调解仲裁和劳动保障监察工作，依法查处违反劳动保障法律法规的行为。",
        ],
        inner="局机关内设办公室、就业促进和职业能力建设科、人才开发科、劳动关系科、社会保险科、规划财务科等8个科室。",
    )
)


# ------------------------------------------------------------------------------------------------ building


def _second(doc: dict) -> dict | None:
    """The report appended after the first in the same file (its own doc, built alike)."""
    sec = doc.get("second")
    if not sec:
        return None
    out = copy.copy(doc)
    out.update(sec)
    out["units"] = [copy.deepcopy(u) for u in sec["units"]]
    out["labels"] = labels(sec["order"], "附表{n}" if doc["mode"] == "plain" else "表{n}")
    out["empty"] = (final_empty if doc["kind"] == "final_account" else budget_empty)(
        doc["year"],
        any("gf_" in x for u in sec["units"] for x in u["leaves"])
        or any(len(p) > 3 and p[3] for u in sec["units"] for p in u.get("projects", [])),
    )
    out["second"] = None
    out["comp_narrative"] = None
    out["unit_sentence"] = None
    out.pop("same_page", None)
    return out


BUILT = {}
for _doc in DOCS:
    _doc["units"] = [copy.deepcopy(u) for u in _doc["units"]]
    _T = build(_doc)
    _sec = _second(_doc)
    BUILT[_doc["file"]] = (_doc, _T, (_sec, build(_sec)) if _sec else None)


def _v(s: str) -> D:
    s = s.replace(",", "")
    return D(s) if s not in ("", "-") else D(0)


def _printed_coded(t) -> list:
    return [(c, n, [_v(t.fmt.cell(v)) if v is not None else None for v in vals]) for c, n, vals in t.rows]


def _hier(rows: list, name: str, cols: range) -> None:
    """类 = Σ 款 = Σ 项 and 合计 = Σ 类 over rows (code, name, nums) with the 合计 row code None."""
    by = {c: n for c, _, n in rows if c}
    for c in by:
        if len(c) == 7:
            continue
        kids = [x for x in by if x.startswith(c) and len(x) == (7 if len(c) == 5 else 5)]
        for i in cols:
            assert by[c][i] == sum((by[x][i] or 0 for x in kids), D(0)), (name, c, i)
    tot = next(n for c, _, n in rows if c is None)
    for i in cols:
        assert tot[i] == sum((by[c][i] or 0 for c in by if len(c) == 3), D(0)), (name, i)


def _identities_of(file: str, doc: dict, T: dict) -> None:
    final = doc["kind"] == "final_account"
    printed = {}
    for k in ("INC", "EXP", "GB", "GBB", "GF"):
        if not T[k].rows:
            continue
        rows = _printed_coded(T[k])
        printed[k] = rows
        n = len(T[k].cols)
        for c, nm, nums in rows:
            assert (nums[0] or 0) == sum((x or 0 for x in nums[1:]), D(0)), (file, k, c, nm)
        if k == "GBB":
            by = {c: nums for c, _, nums in rows if c}
            for c3 in [c for c in by if len(c) == 3]:
                assert by[c3][0] == sum((by[c][0] for c in by if len(c) == 5 and c[:3] == c3), D(0)), (
                    file,
                    c3,
                )
            assert rows[0][2][0] == sum((by[c][0] for c in by if len(c) == 3), D(0)), file
            continue
        _hier(rows, f"{file} {k}", range(n))
    tot = {k: next(n for c, _, n in rows if c is None) for k, rows in printed.items()}
    assert tot["GBB"][0] == tot["GB"][1], (file, "基本支出表 = 一般公共预算 基本支出")
    # the 收支总表: both 总计 equal, its 类 = the 支出表's 类, its 本年收入合计 = the 收入表's 合计
    left = {a: _v(T["IES"].fmt.cell(b)) for a, b, _, _ in T["IES"].rows if a}
    right = {c: _v(T["IES"].fmt.cell(d)) for _, _, c, d in T["IES"].rows if c}
    grand = "总计" if final else "收入总计"
    assert left[grand] == right["总计" if final else "支出总计"], file
    assert left["本年收入合计"] == tot["INC"][0], file
    assert right["本年支出合计"] == tot["EXP"][0], file
    classes = [v for k, v in right.items() if k[1:2] == "、"]
    assert sum(classes, D(0)) == right["本年支出合计"], file
    assert [v for v in classes] == [n[0] for c, _, n in printed["EXP"] if c and len(c) == 3], file
    inc_items = sum((v for k, v in left.items() if k[1:2] == "、"), D(0))
    assert inc_items == left["本年收入合计"], file
    # 财政拨款收支总表: 总计 both sides
    fl = {a: _v(T["FS"].fmt.cell(b)) for a, b, _, _ in T["FS"].rows if a}
    fr = {c: [_v(T["FS"].fmt.cell(x)) for x in d] for _, _, c, d in T["FS"].rows if c}
    assert fl["总计" if final else "收入总计"] == fr["总计" if final else "支出总计"][0], file
    assert fr["本年支出合计" if final else "支出总计"][1] == tot["GB"][0], file
    # 三公: 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行
    sg = T["SG"].rows[0]
    for b in range(len(sg) // 6):
        v = [_v(T["SG"].fmt.cell(x)) for x in sg[6 * b : 6 * b + 6]]
        assert v[0] == v[1] + v[2] + v[5] and v[2] == v[3] + v[4], (file, "三公")
    # tables by unit / unit blocks / projects / 三公 by unit
    for tid in doc["order"]:
        t = T[tid]
        if t.kind == "grid":
            _grid_identities(file, doc, T, t)
        elif t.kind == "sangong_u":
            rows = [[_v(t.fmt.cell(x)) for x in r.vals] for r in t.rows]
            for i in range(len(rows[0])):
                assert rows[0][i] == sum((r[i] for r in rows[1:]), D(0)), (file, "三公 by unit", i)
            for r in rows:
                for b in range(len(r) // 6):
                    v = r[6 * b : 6 * b + 6]
                    assert v[0] == v[1] + v[2] + v[5] and v[2] == v[3] + v[4], (file, "三公 row")
            # 三公 合计 = the department's 三公, the same in 元 (its 运行 = 30231, its 接待 = 30217)
            dept = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0]]
            assert t.unit == T["SG"].unit and rows[0] == dept, (file, "三公 合计")
    # 基本支出表's 30217 / 30231 = the 三公's 接待 / 运行 (in 元)
    gbb = {c: n[0] for c, _, n in printed["GBB"] if c}
    scale = D(10000) if T["SG"].unit == "万元" and doc["fmt"].unit == "元" else D(1)
    sg_act = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0][-6:]]
    assert gbb.get("30217", D(0)) == sg_act[5] * scale, (file, "30217 = 接待")
    assert gbb.get("30231", D(0)) == sg_act[4] * scale, (file, "30231 = 运行")


def _grid_identities(file: str, doc: dict, T: dict, t) -> None:
    rows = [(r, [_v(t.fmt.cell(x)) if x is not None else None for x in r.vals]) for r in t.rows]
    for r, nums in rows:
        if r.role != "heading":
            assert nums[0] == sum((x or 0 for x in nums[1:]), D(0)), (file, t.title, r.name)
    total = next(n for r, n in rows if r.role == "total")
    ncol = len(total)
    units = [(r, n) for r, n in rows if r.role == "unit"]
    for i in range(ncol if units else 0):
        assert total[i] == sum((n[i] for _, n in units), D(0)), (file, t.title, "合计 = Σ units", i)
    for r, n in rows:
        if r.role == "dept":
            assert n == total, (file, t.title, "department row = 合计")
    if t.role == "projects":
        # 合计 = Σ projects; a unit's projects = its subtotal; 合计 = the 支出表's 项目支出
        projs = [(r, n) for r, n in rows if r.role == "project"]
        for i in range(ncol):
            assert total[i] == sum((n[i] for _, n in projs), D(0)), (file, t.title, i)
        for ur, un in units:
            for i in range(ncol):
                assert un[i] == sum((n[i] for r, n in projs if r.unit == ur.unit), D(0)), (file, ur.name)
        proj_of_exp = None
        for tid in doc["order"]:
            tt = T[tid]
            if tt.key and tt.key.startswith("expenditure_by_function"):
                if tt.kind == "coded":
                    proj_of_exp = _v(tt.fmt.cell(tt.rows[0][2][2]))
                else:
                    proj_of_exp = _v(tt.fmt.cell(tt.rows[0].vals[2]))
                break
        assert total[0] == proj_of_exp, (file, "项目支出表 合计 = 支出表 项目支出")
        return
    # the table's 合计 = the department's table of the same kind (by code)
    base = "INC" if t.key.startswith("income") else "EXP"
    dept_tot = [_v(T[base].fmt.cell(x)) for x in T[base].rows[0][2]]
    assert total == dept_tot, (file, t.title, "合计 = the table by code's 合计")
    if t.role == "blocks":
        # each unit = Σ its top codes; the department's codes = Σ the units' same codes
        lengths = {len(r.code) for r, _ in rows if r.role in ("code", "ucode")}
        top = min(lengths)
        for ur, un in units:
            kids = [n for r, n in rows if r.role == "ucode" and r.unit == ur.unit and len(r.code) == top]
            for i in range(ncol):
                assert un[i] == sum((k[i] for k in kids), D(0)), (file, t.title, ur.name, i)
        ucodes: dict[str, list] = {}
        for r, n in rows:
            if r.role == "ucode":
                ucodes[r.code] = [a + b for a, b in zip(ucodes.get(r.code, [D(0)] * ncol), n, strict=True)]
        for r, n in rows:
            if r.role == "code":
                assert n == ucodes[r.code], (file, t.title, r.code)
        if any(r.role == "code" for r, _ in rows):
            coded_rows = [(r.code, r.name, n) for r, n in rows if r.role in ("code", "total")]
            _hier([(c, nm, n) for c, nm, n in coded_rows], f"{file} {t.title}", range(ncol))
        for u in {r.unit for r, _ in rows if r.role == "ucode"}:
            urows = [(r.code, r.name, n) for r, n in rows if r.role == "ucode" and r.unit == u]
            if top == 3:
                urows.insert(0, (None, "合计", next(n for r, n in units if r.unit == u)))
                _hier(urows, f"{file} {t.title} {u}", range(ncol))


def _identities() -> None:
    for file, (doc, T, second) in BUILT.items():
        _identities_of(file, doc, T)
        if second:
            _identities_of(file + " (second report)", *second)
        for u in doc["units"]:
            assert u["code"][:3] == doc["units"][0]["code"][:3], (file, u["name"])


_identities()


def _wan(yuan: D) -> str:
    return f"{(yuan / 10000).quantize(D('0.01')):,.2f}"


def money(doc: dict, v: D) -> str:
    """A figure as the narrative prints it: 万元 with two decimals (a 元 report's figure divided)."""
    return _wan(v) if doc["fmt"].unit == "元" else f"{v:,.2f}"


def totals(doc: dict, T: dict) -> dict:
    """The figures the narrative states (the department's and each unit's), from the printed tables."""
    left = {a: b for a, b, _, _ in T["IES"].rows if a}
    right = {c: d for _, _, c, d in T["IES"].rows if c}
    final = doc["kind"] == "final_account"
    out = dict(
        grand=left["总计" if final else "收入总计"],
        income=left["本年收入合计"],
        expenditure=right["本年支出合计"],
    )
    from s32f_lib import SPEND, INCK, bsum, rollup, s, total  # noqa: E402

    units = {}
    for u in doc["units"]:
        t = total(rollup(u["_leaves"]))
        if final:
            units[u["name"]] = dict(income=s(t, *INCK), expenditure=s(t, *SPEND))
        else:
            units[u["name"]] = dict(income=bsum(t), expenditure=bsum(t))
    out["units"] = units
    return out


EXPECTED = {}
for _file, (_doc, _T, _second_built) in BUILT.items():
    _tot = totals(_doc, _T)
    _claims = [("total_income_expenditure", money(_doc, _tot["grand"]))]
    _claims += [
        ("total_income", money(_doc, _tot["income"])),
        ("total_expenditure", money(_doc, _tot["expenditure"])),
    ]
    _kind = {"ies": "total_income_expenditure", "exp": "total_expenditure", "inc": "total_income"}
    _unit_claims = []
    if _doc.get("unit_sentence"):
        which = "expenditure" if _doc["unit_sentence"] == "exp" else "income"
        _unit_claims = [
            (_kind[_doc["unit_sentence"]], money(_doc, v[which]), name) for name, v in _tot["units"].items()
        ]
    _keyed = [tid for tid in _doc["order"] if _T[tid].key]
    EXPECTED[_file] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=[expectations(_T[tid]) for tid in _keyed],
        only_tables=[_T[tid].key for tid in _keyed],
        meta=dict(unit_name=_doc["org"], doc_kind=_doc["kind"], fiscal_year=_doc["year"], scope="department"),
        claims=_claims,
        unit_claims=_unit_claims,
        unit_rows=[x for tid in _doc["order"] for x in unit_rows(_T[tid])],
        not_loaded=(
            "the units' rows (unit_rows); the appended second report (its tables and narrative)"
            if _doc.get("second")
            else "the units' rows (unit_rows)"
        ),
    )
