"""The controlled vocabulary of the landed data: table keys and column keys.

Tables are recognised by their title (never by number or position); each title maps to one ``table_key``.
Columns are recognised by their header label; each maps to one ``column_key``. dbt models rely on these
keys, so they are the contract between the parser and the warehouse.
"""

from __future__ import annotations

import re
from typing import Final

from .national_subjects import NATIONAL_SUBJECTS
from .tokens import compact

# (table_key, title keywords that must all appear, keywords that must not appear). First match wins, so
# the more specific titles come first.
TABLE_TITLES: Final[list[tuple[str, tuple[str, ...], tuple[str, ...]]]] = [
    # A performance table, whatever money its title names ("中央转移支付项目绩效自评表", "一般公共预算项目支出
    # 绩效自评表"): its figures are indicators and scores, never amounts of the tables named alike.
    ("performance", ("绩效",), ()),
    ("sangong", ("三公",), ()),
    ("operating_costs", ("机关运行经费",), ()),
    ("government_fund", ("政府性基金",), ()),
    ("state_capital", ("国有资本经营",), ()),
    # 财政专户管理资金预算表 (2024+ templates; tuition and fees the treasury holds), by functional code
    ("fiscal_special_account", ("财政专户",), ("收支总表", "收入支出总表")),
    # 一般公共预算 was named 公共财政预算 or 公共预算 before 2015-2017 ("公共财政预算基本支出表",
    # "公共预算财政拨款支出决算表"): the same tables.
    ("general_budget_basic_by_economic", ("公共预算", "基本支出"), ()),
    ("general_budget_basic_by_economic", ("公共财政", "基本支出"), ()),
    # 一般公共预算财政拨款收入支出决算表 (by functional code, 年初结转 … 年末结转) is one; a 收支总表 is not.
    ("general_budget_by_function", ("公共预算", "支出"), ("总表",)),
    ("general_budget_by_function", ("公共财政", "支出"), ("总表",)),
    ("fiscal_summary", ("财政拨款", "收", "支", "总表"), ()),
    ("fiscal_summary", ("财政拨款", "收支", "总体"), ()),  # 财政拨款收支总体情况表 (Beijing)
    # Beijing's final accounts title both summaries without 总表 (the fund tables of that name come first).
    ("fiscal_summary", ("财政拨款收入支出决算表",), ()),
    ("fiscal_basic_by_economic", ("财政拨款", "基本支出"), ()),
    ("basic_by_economic", ("基本支出",), ()),
    ("income_expenditure_summary", ("收", "支", "总表"), ()),
    ("income_expenditure_summary", ("收支", "总体"), ()),  # 部门收支总体情况表 (Beijing)
    ("income_expenditure_summary", ("收入支出决算表",), ("专户", "资金", "专项")),
    ("fiscal_by_function", ("财政拨款", "支出"), ("收入",)),
    ("income_by_function", ("收入",), ("支出",)),
    # Before 明细: 政府购买服务预算财政拨款明细表, 上级转移支付细化明细表 and 政府采购预算明细表 are no budget
    # detail lines.
    ("transfer", ("转移支付",), ()),
    ("purchase_services", ("购买服务",), ()),
    ("procurement", ("政府采购",), ()),
    ("line_items", ("明细",), ()),
    ("expenditure_by_economic", ("支出", "经济分类"), ()),
    ("expenditure_by_economic", ("支出", "经济科目"), ()),  # "部门支出预算表（经济科目）" (Jiangsu)
    ("expenditure_by_function", ("支出",), ()),
]


def base_table_key(table_key: str) -> str:
    """The kind of a table whose key got a suffix because the document has two of that kind
    ("expenditure_by_function_2" -> "expenditure_by_function")."""
    kind, underscore, number = table_key.rpartition("_")
    return kind if underscore and number.isdecimal() else table_key


# Header label fragments -> column_key. Matched against the header text of a column with spaces removed;
# the first fragment found wins, so longer, more specific fragments come first.
COLUMN_LABELS: Final[list[tuple[str, str]]] = [
    # Columns comparing with another year ("2024年执行数 | 2025年预算数 | 增减额 增减%"): not the report's own
    # figures (COMPARISON_COLUMNS); the group label "2025年预算数比2024年执行数" names none.
    # A share of the budget beside its figures ("决算数占年初预算数的%"): percentages, no money.
    ("占年初预算", "budget_share"),
    # (worded 为: "决算数为年初预算数的%", or as a percentage, "…的百分比")
    ("为年初预算", "budget_share"),
    ("为调整预算", "budget_share"),
    ("为预算数的", "budget_share"),
    ("百分比", "budget_share"),
    ("占调整预算", "budget_share"),
    ("调整后预算", "budget_adjusted"),
    ("占预算", "budget_share"),
    ("占比", "budget_share"),  # a row's share of the total (占比（%）): percentages too
    # A rate of the budget done ("完成率(%)", "执行率") or of the change ("幅度(%)" under 比上年增减,
    # 增减幅度, 增幅): percentages, no money.
    ("增减幅度", "change_rate"),
    ("完成率", "budget_share"),
    ("执行率", "budget_share"),
    ("幅度", "change_rate"),
    ("增幅", "change_rate"),
    ("增减额", "change"),
    ("增减%", "change_rate"),
    ("增减率", "change_rate"),
    ("增减比", "change_rate"),  # 增减比（例）: the change's ratio (a comparing 比 reads 比上年增减)
    ("增长率", "change_rate"),
    ("增减", "change"),
    ("全年执行数", "amount"),  # the year's own (a project's 全年预算数 | 全年执行数)
    # a transfer table's kinds (一般性转移支付 | 专项转移支付), parts of its 合计
    ("一般性转移支付", "general_transfer"),
    ("专项转移支付", "special_transfer"),
    ("本年执行数", "amount"),
    ("当年执行数", "amount"),
    ("今年执行数", "amount"),
    # a budget's estimate of the year before's outcome (2023年预计执行数 / 上年预计执行数 in a 2024 budget)
    ("预计执行数", "prior_year"),
    ("年执行数", "prior_year"),
    ("上年预算数", "prior_year"),
    ("上年决算数", "prior_year"),
    # (the year before worded otherwise: 上年度, 去年; 上年实际数)
    ("上年度预算数", "prior_year"),
    ("上年度决算数", "prior_year"),
    ("上年度执行数", "prior_year"),
    ("上年实际数", "prior_year"),
    ("去年预算数", "prior_year"),
    ("去年决算数", "prior_year"),
    ("去年实际数", "prior_year"),
    ("支出合计", "total"),
    ("收入合计", "total"),
    ("年初结转", "carryover_begin"),
    ("年末结转", "carryover_end"),
    ("结转和结余", "carryover"),
    ("对附属单位补助", "subsidy_affiliated"),
    ("附属单位上缴", "affiliated_remit"),
    ("附属单位缴款", "affiliated_remit"),  # its name in the 事业单位会计制度 before 2019
    ("上缴上级", "remit_upper"),
    ("上级补助", "upper_grant"),
    ("经营支出", "operating"),
    ("经营收入", "operating_income"),
    ("事业单位经营", "operating_income"),
    ("事业收入", "business"),
    ("其他收入", "other_income"),
    # A fund's appropriation ("一般公共预算财政拨款收入") is that fund's column; 财政拨款 alone is all funds'.
    ("一般公共预算", "general_public"),
    ("公共财政预算", "general_public"),  # 一般公共预算's former names (templates before 2017)
    ("公共预算", "general_public"),
    ("公共财政拨款", "general_public"),  # 2013-2014
    ("政府性基金", "government_fund"),
    ("国有资本经营", "state_capital"),
    ("上年结转", "carryover_begin"),
    # what was left over, before 结转 was its word: 上年结余 / 年初结余 brought in, 年末结余 left
    ("上年结余", "carryover_begin"),
    ("年初结余", "carryover_begin"),
    ("年末结余", "carryover_end"),
    # 用事业基金弥补收支差额: a unit's own reserve drawn to cover the year's gap, beside 上年结转 in a
    # budget's 收入总计 (not this year's income)
    ("事业基金", "business_fund"),
    ("财政专户", "fiscal_special_account"),  # 财政专户管理资金收入 (tuition and fees held by the treasury)
    ("专户管理", "fiscal_special_account"),  # 纳入专户管理的非税收入 (its name in older templates)
    # 单位资金 (2024+ templates): the unit's own money, 事业收入, 经营收入, 其他收入 … together
    ("单位资金", "unit_funds"),
    # 其他资金 (beside 财政拨款: the money not appropriated, 事业收入 + 其他收入 …) is what 2024+ templates
    # call 单位资金
    ("其他资金", "unit_funds"),
    ("财政拨款", "fiscal_appropriation"),
    ("财政补助", "fiscal_appropriation"),  # 财政补助收入: the appropriations' name in templates before 2017
    ("预留机动", "reserve"),
    ("机动经费", "reserve"),
    ("基本支出", "basic"),
    ("项目支出", "project"),
    ("人员经费", "personnel"),
    ("公用经费", "public_funds"),
    ("本年收入", "income"),
    ("本年支出", "expenditure"),
    ("小计", "total"),
    ("合计", "total"),
    ("总计", "total"),
    ("机关运行经费", "amount"),  # the 机关运行经费 table's one amount column ("机关运行经费支出")
    # the year before's figures worded without 数 ("上年决算" | "上年预算" over 小计 | 基本支出 | 项目支出);
    # after every other word, so what was carried over (上年决算结转和结余) stays a carry-over
    ("上年决算", "prior_year"),
    ("上年预算", "prior_year"),
    ("决算数", "amount"),
    ("调整预算", "budget_adjusted"),  # a final account's 调整预算数 beside 年初预算数 | 决算数: not loaded
    ("预算数", "amount"),
    ("金额", "amount"),
]

# A header cell over counts, not money, beside the money of a table (合同数（份）, 数量, 团组数（个）, 人次,
# 批次, 购置数（辆）, 保有量（辆）): its figures are never amounts.
COUNT_HEADER_RE: Final = re.compile(
    r"合同数|数量|份数|个数|项数|人次|人数|次数|批次|团组|购置数|保有量|车辆数|[(（](?:份|个|项|人|辆|台|套|次|批|张)[)）]"
)

COMPARISON_COLUMNS: Final = ("prior_year", "change", "change_rate", "budget_share")
# Columns whose figures are not the report's own: another year's, and a final account's 调整预算数 (its
# tables' budget is the 年初 one). Not loaded, said.
NOT_OWN_COLUMNS: Final = (*COMPARISON_COLUMNS, "budget_adjusted")

# How the name of a body (a unit of a department, its 机关) ends: 某某局机关, 某某中心, 某某所, 局本级 … A
# project's name may end 会 or 馆 (职工运动会, 招商引资推介会), so those are no body's ending here, but a
# people's organisation's (残疾人联合会, 科学技术协会) and a township's (某某镇, 某某街道办事处) are.
BODY_NAME_END_RE: Final = re.compile(
    r"(?:局|中心|所|站|院|队|处|委员会|办公室|学校|小学|中学|幼儿园|医院|机关|本级|[(（]本级[)）]"
    # (and a Party committee's departments, "区委组织部", "区委党校")
    r"|联合会|协会|(?<!城)[镇乡]|街道|委[\u4e00-\u9fff]{1,4}部|党校)$"
)


def body_named(text: str, least: int = 4) -> bool:
    """Whether a text is a body's name: ``least`` characters at least, a body's ending (BODY_NAME_END_RE)."""
    name = compact(text)
    return len(name) >= least and BODY_NAME_END_RE.search(name) is not None


# A "其中" opening a line ("其中：某某局机关"): a part of what the line above states.
OF_WHICH_RE: Final = re.compile(r"^其中[:：]?")

# The part columns of the main expenditure table: their sum is the row total, and they are the
# ``expenditure_type`` of fact_expenditure.
EXPENDITURE_PARTS: Final = ("basic", "project", "reserve", "remit_upper", "operating", "subsidy_affiliated")

# 三公 (the "three public expenses") columns, matched against the lowest header cell above an amount;
# 会议费, 培训费 and 机关运行经费 share the table in some provinces but are not part of the 三公 total.
SANGONG_ITEMS: Final[list[tuple[str, str]]] = [
    ("机关运行", "operating_costs"),
    ("会议", "meeting"),
    ("培训", "training"),
    ("购置及运行", "vehicle"),
    ("购置和运行", "vehicle"),
    ("购置与运行", "vehicle"),
    # (运维 for 运行维护; the group worded 公务用车购置费及运行费: no 购置费 column)
    ("购置及运维", "vehicle"),
    ("购置和运维", "vehicle"),
    ("购置费及运", "vehicle"),
    ("购置费和运", "vehicle"),
    ("购置费", "vehicle_purchase"),
    ("运行", "vehicle_operation"),
    ("运维", "vehicle_operation"),
    ("出国", "outbound"),
    ("因公出", "outbound"),
    ("接待", "reception"),
    ("三公", "total"),
    ("合计", "grand_total"),
    ("总计", "grand_total"),
]


# The 类 of the national functional classification of expenditure (政府收支分类科目, 支出功能分类), with the
# names each has carried: a 类's name is the same in every report of a year, so a 说明 naming one ("科学技术
# 支出（类）", "节能环保（类）") gives its code where the report's own tables could not be read. (Renamed in
# 2019: 文化体育与传媒 → 文化旅游体育与传媒, 医疗卫生与计划生育 → 卫生健康, 资源勘探信息等 →
# 资源勘探工业信息等, 国土海洋 气象等 → 自然资源海洋气象等; before 2014: 医疗卫生, 城乡社区事务, 农林水事务.)
# No name is any other 类's.
_FUNCTIONAL_CLASSES: Final[dict[str, tuple[str, ...]]] = {
    "201": ("一般公共服务支出",),
    "202": ("外交支出",),
    "203": ("国防支出",),
    "204": ("公共安全支出",),
    "205": ("教育支出",),
    "206": ("科学技术支出",),
    "207": ("文化旅游体育与传媒支出", "文化体育与传媒支出"),
    "208": ("社会保障和就业支出",),
    "209": ("社会保险基金支出",),
    "210": ("卫生健康支出", "医疗卫生与计划生育支出", "医疗卫生支出"),
    "211": ("节能环保支出",),
    "212": ("城乡社区支出", "城乡社区事务支出"),
    "213": ("农林水支出", "农林水事务支出"),
    "214": ("交通运输支出",),
    "215": ("资源勘探工业信息等支出", "资源勘探信息等支出"),
    "216": ("商业服务业等支出",),
    "217": ("金融支出",),
    "219": ("援助其他地区支出",),
    "220": ("自然资源海洋气象等支出", "国土海洋气象等支出"),
    "221": ("住房保障支出",),
    "222": ("粮油物资储备支出",),
    "223": ("国有资本经营预算支出",),
    "224": ("灾害防治及应急管理支出",),
    "227": ("预备费",),
    "229": ("其他支出",),
    "230": ("转移性支出",),
    "231": ("债务还本支出",),
    "232": ("债务付息支出",),
    "233": ("债务发行费用支出",),
    "234": ("抗疫特别国债安排的支出",),
}
_CLASS_BY_NAME: Final = {
    name.removesuffix("支出"): code for code, names in _FUNCTIONAL_CLASSES.items() for name in names
}


def national_class_code(name: str) -> str | None:
    """The 类 code of a 类 named as the national classification names it, with or without its 支出."""
    return _CLASS_BY_NAME.get(compact(name).removesuffix("支出"))


# 款 and 项 names by their parent, as other reports print them (national_subjects.py, generated), each
# with the first year a stored report printing it is of; a name that is two codes' once its 支出 is dropped
# is neither's
_SUBJECT_BY_NAME: dict[tuple[str, str], tuple[str, int] | None] = {}
for (_parent, _name), _entry in NATIONAL_SUBJECTS.items():
    _key = (_parent, _name.removesuffix("支出"))
    _known = _SUBJECT_BY_NAME.get(_key, _entry)
    _same = _known is not None and _known[0] == _entry[0]
    _SUBJECT_BY_NAME[_key] = (_entry[0], min(_entry[1], _known[1])) if _same else None


def _of_year(entry: tuple[str, int] | None, year: int | None) -> str | None:
    """An entry's code for a report of ``year``: none for a year before any stored report printing it (the
    classification renumbers items: 其他社会保障和就业支出 was 2089901 in 2018, 2089999 later)."""
    if entry is None or (year is not None and year < entry[1]):
        return None
    return entry[0]


def national_subject_named(name: str, width: int, year: int | None = None) -> str | None:
    """The code of the 款 (width 5; or 项, width 7) other reports print under that name, whatever its
    parent, where they print it under one code only (行政运行 is a 项 of many 款: None), for a report of
    ``year``. The parser asks it of 款 only."""
    key = compact(name).removesuffix("支出")
    # (a name two codes share once its 支出 is dropped is stored as None: no code then)
    items = _SUBJECT_BY_NAME.items()
    entries = {entry for (parent, other), entry in items if other == key and len(parent) + 2 == width}
    return _of_year(entries.pop(), year) if len(entries) == 1 else None


def national_subject_code(parent: str, name: str, year: int | None = None) -> str | None:
    """The code of a 款 or 项 under its parent's code, named as other reports' tables print it under that
    parent (with or without its 支出), for a report of ``year``; None where they print none, or the name
    under several codes, or only reports of later years print it."""
    return _of_year(_SUBJECT_BY_NAME.get((parent, compact(name).removesuffix("支出"))), year)
