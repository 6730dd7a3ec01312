"""A synthetic corpus of budget reports with their ground truth, deterministic from a seed.

    python bench/corpus.py --n 1000 --seed 7 --out bench/out/corpus-1000

writes ``OUT/raw/<province>/<unit>_<year>_<kind>.txt`` in the text layout of plain ``pdftotext`` output
(no ``-layout``: one table row per line, blank cells dropped, long names wrapped over lines, two-sided
summary rows) and beside each, ``OUT/truth/<same path>.json``: every amount of every table, the facts
the warehouse should hold, the narrative claims, and every misstatement planted on purpose. Documents come in
pairs: every unit-year has a budget report (部门预算, Chinese table labels 表一…, no 行次) and a final account
(部门决算, 表1…, 行次 in the two-sided table), so budget-versus-actual joins across documents are exercised.

True amounts are drawn in fen (0.01 yuan); every printed figure is rounded to its table's unit (万元 or 元),
so identities hold to the printed rounding exactly as in the real reports, and the ground truth is what is
printed. Names and codes come from the real classification (政府收支分类科目), including the renamings by
year that domain.md lists.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import zip_longest
from pathlib import Path

CENT = Decimal("0.01")

# --- vocabulary -------------------------------------------------------------------------------------------

# Functional classification (支出功能分类): 类 -> 款 -> 项, with the kind of money a 项 normally carries
# (b = basic 基本支出, p = project 项目支出, bp = both).
FUNCTIONAL: dict[str, tuple[str, dict[str, tuple[str, dict[str, tuple[str, str]]]]]] = {
    "201": (
        "一般公共服务支出",
        {
            "20103": (
                "政府办公厅（室）及相关机构事务",
                {
                    "2010301": ("行政运行", "b"),
                    "2010302": ("一般行政管理事务", "p"),
                    "2010350": ("事业运行", "bp"),
                    "2010399": ("其他政府办公厅（室）及相关机构事务支出", "p"),
                },
            ),
            "20106": (
                "财政事务",
                {
                    "2010601": ("行政运行", "b"),
                    "2010602": ("一般行政管理事务", "p"),
                    "2010607": ("信息化建设", "p"),
                    "2010650": ("事业运行", "bp"),
                },
            ),
            "20111": ("纪检监察事务", {"2011101": ("行政运行", "b"), "2011102": ("一般行政管理事务", "p")}),
        },
    ),
    "204": (
        "公共安全支出",
        {
            "20402": (
                "公安",
                {
                    "2040201": ("行政运行", "b"),
                    "2040202": ("一般行政管理事务", "p"),
                    "2040219": ("信息化建设", "p"),
                    "2040220": ("执法办案", "p"),
                },
            ),
            "20406": (
                "司法",
                {
                    "2040601": ("行政运行", "b"),
                    "2040604": ("基层司法业务", "p"),
                    "2040605": ("普法宣传", "p"),
                    "2040607": ("公共法律服务", "p"),
                    "2040610": ("社区矫正", "p"),
                },
            ),
        },
    ),
    "205": (
        "教育支出",
        {
            "20501": ("教育管理事务", {"2050101": ("行政运行", "b"), "2050102": ("一般行政管理事务", "p")}),
            "20502": (
                "普通教育",
                {"2050201": ("学前教育", "bp"), "2050202": ("小学教育", "bp"), "2050203": ("初中教育", "bp")},
            ),
        },
    ),
    "207": (
        "文化旅游体育与传媒支出",
        {
            "20701": (
                "文化和旅游",
                {
                    "2070101": ("行政运行", "b"),
                    "2070109": ("群众文化", "p"),
                    "2070199": ("其他文化和旅游支出", "p"),
                },
            ),
        },
    ),
    "208": (
        "社会保障和就业支出",
        {
            "20801": (
                "人力资源和社会保障管理事务",
                {"2080101": ("行政运行", "b"), "2080109": ("社会保险经办机构", "bp")},
            ),
            "20805": (
                "行政事业单位养老支出",
                {
                    "2080501": ("行政单位离退休", "b"),
                    "2080502": ("事业单位离退休", "b"),
                    "2080505": ("机关事业单位基本养老保险缴费支出", "b"),
                    "2080506": ("机关事业单位职业年金缴费支出", "b"),
                },
            ),
        },
    ),
    "210": (
        "卫生健康支出",
        {
            "21011": (
                "行政事业单位医疗",
                {
                    "2101101": ("行政单位医疗", "b"),
                    "2101102": ("事业单位医疗", "b"),
                    "2101103": ("公务员医疗补助", "b"),
                },
            ),
        },
    ),
    "212": (
        "城乡社区支出",
        {
            "21201": (
                "城乡社区管理事务",
                {
                    "2120101": ("行政运行", "b"),
                    "2120104": ("城管执法", "p"),
                    "2120199": ("其他城乡社区管理事务支出", "p"),
                },
            ),
        },
    ),
    "213": (
        "农林水支出",
        {
            "21301": (
                "农业农村",
                {"2130101": ("行政运行", "b"), "2130104": ("事业运行", "bp"), "2130108": ("病虫害控制", "p")},
            ),
        },
    ),
    "221": (
        "住房保障支出",
        {
            "22102": (
                "住房改革支出",
                {"2210201": ("住房公积金", "b"), "2210202": ("提租补贴", "b"), "2210203": ("购房补贴", "b")},
            ),
        },
    ),
}


def functional_name(code: str, year: int) -> str:
    """Names as printed in a year: 2019 renamed 210; 2020 renamed 款 20805 (domain.md)."""
    if code == "210" and year < 2019:
        return "医疗卫生与计划生育支出"
    if code == "20805" and year < 2020:
        return "行政事业单位离退休"
    cls = FUNCTIONAL[code[:3]]
    if len(code) == 3:
        return cls[0]
    kuan = cls[1][code[:5]]
    return kuan[0] if len(code) == 5 else kuan[1][code][0]


# Departmental economic classification of basic expenditure: 人员经费 (301, 303) and 公用经费 (302, 310).
ECONOMIC: dict[str, tuple[str, dict[str, str]]] = {
    "301": (
        "工资福利支出",
        {
            "30101": "基本工资",
            "30102": "津贴补贴",
            "30103": "奖金",
            "30108": "机关事业单位基本养老保险缴费",
            "30110": "职工基本医疗保险缴费",
            "30113": "住房公积金",
        },
    ),
    "302": (
        "商品和服务支出",
        {
            "30201": "办公费",
            "30205": "水费",
            "30206": "电费",
            "30211": "差旅费",
            "30213": "维修（护）费",
            "30228": "工会经费",
            "30231": "公务用车运行维护费",
            "30299": "其他商品和服务支出",
        },
    ),
    "303": ("对个人和家庭的补助", {"30302": "退休费", "30305": "生活补助", "30309": "奖励金"}),
    "310": ("资本性支出", {"31002": "办公设备购置", "31007": "信息网络及软件购置更新"}),
}
PERSONNEL_CLASSES = ("301", "303")
# The governmental economic code (政府预算支出经济分类) a departmental code maps to, as Beijing-style basic
# expenditure tables print beside it ("30101 基本工资 50101 工资奖金津补贴").
GOVERNMENT_ECONOMIC: dict[str, tuple[str, str]] = {
    "301": ("501", "机关工资福利支出"),
    "302": ("502", "机关商品和服务支出"),
    "303": ("509", "对个人和家庭的补助"),
    "310": ("503", "机关资本性支出（一）"),
    "30101": ("50101", "工资奖金津补贴"),
    "30102": ("50101", "工资奖金津补贴"),
    "30103": ("50101", "工资奖金津补贴"),
    "30108": ("50102", "社会保障缴费"),
    "30110": ("50102", "社会保障缴费"),
    "30113": ("50103", "住房公积金"),
    "30201": ("50201", "办公经费"),
    "30205": ("50201", "办公经费"),
    "30206": ("50201", "办公经费"),
    "30211": ("50201", "办公经费"),
    "30213": ("50209", "维修（护）费"),
    "30228": ("50201", "办公经费"),
    "30231": ("50208", "公务用车运行维护费"),
    "30299": ("50299", "其他商品和服务支出"),
    "30302": ("50905", "离退休费"),
    "30305": ("50901", "社会福利和救助"),
    "30309": ("50999", "其他对个人和家庭的补助"),
    "31002": ("50306", "设备购置"),
    "31007": ("50306", "设备购置"),
}

# Units: the 类/款 a department of each kind spends on, besides pensions, health care and housing.
DEPARTMENTS: list[tuple[str, list[str]]] = [
    ("财政局", ["20106"]),
    ("司法局", ["20406"]),
    ("公安分局", ["20402"]),
    ("教育局", ["20501", "20502"]),
    ("文化和旅游局", ["20701"]),
    ("人力资源和社会保障局", ["20801"]),
    ("城市管理委员会", ["21201"]),
    ("农业农村局", ["21301"]),
    ("人民政府办公室", ["20103"]),
    ("纪律检查委员会", ["20111"]),
    ("城市管理综合行政执法局", ["21201"]),
    ("公共法律服务中心", ["20406"]),
]
COMMON_KUAN = ["20805", "21011", "22102"]
REGIONS = (
    [
        ("湖北省", "武汉市", d)
        for d in ("江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "蔡甸区")
    ]
    + [("北京市", "北京市", d) for d in ("西城区", "东城区", "朝阳区", "海淀区", "丰台区", "通州区")]
    + [("江苏省", "南京市", d) for d in ("鼓楼区", "玄武区", "秦淮区", "建邺区", "江宁区")]
    + [("浙江省", "杭州市", d) for d in ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区")]
    + [("广东省", "广州市", d) for d in ("天河区", "越秀区", "海珠区", "白云区", "番禺区")]
    + [("四川省", "成都市", d) for d in ("武侯区", "锦江区", "青羊区", "金牛区", "成华区")]
    + [("湖南省", "长沙市", d) for d in ("岳麓区", "芙蓉区", "天心区", "开福区", "雨花区")]
    + [("河南省", "郑州市", d) for d in ("金水区", "中原区", "二七区", "管城回族区", "惠济区")]
    + [("山东省", "济南市", d) for d in ("历下区", "市中区", "槐荫区", "天桥区", "历城区")]
    + [("安徽省", "合肥市", d) for d in ("蜀山区", "包河区", "庐阳区", "瑶海区")]
    + [("福建省", "福州市", d) for d in ("鼓楼区", "台江区", "仓山区", "晋安区")]
)
CN_ORDINALS = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
]


def cn_label(n: int) -> str:
    return CN_ORDINALS[n - 1]


# --- amounts ----------------------------------------------------------------------------------------------


def printed(yuan: Decimal, unit: str, decimals: int = 2) -> Decimal:
    """The figure printed for a true amount: rounded to 0.01 (or ``decimals``) of the unit."""
    value = yuan / 10000 if unit == "万元" else yuan
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def as_yuan(value: Decimal, unit: str) -> Decimal:
    return (value * 10000 if unit == "万元" else value).quantize(CENT)


def fmt(value: Decimal, separators: bool) -> str:
    return f"{value:,.2f}" if separators else f"{value:.2f}"


@dataclass
class Leaf:
    code: str
    basic: Decimal  # true yuan
    project: Decimal


@dataclass
class Plan:
    """One unit's money for one year: the budget and the actual, by 项 and by economic 款."""

    leaves_budget: list[Leaf]
    leaves_actual: list[Leaf]
    econ_budget: dict[str, Decimal]
    econ_actual: dict[str, Decimal]
    # 三公 in 万元 (items of SANGONG_PARTS), budget and actual: printed in 万元 in every document.
    sangong_budget: dict[str, Decimal] = field(default_factory=dict)
    sangong_actual: dict[str, Decimal] = field(default_factory=dict)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _economic_split(rng: random.Random, basic_total: Decimal) -> dict[str, Decimal]:
    """The basic total spread over economic 款 so that the 款 add up to it exactly (in fen)."""
    codes = []
    for cls, (_name, kuans) in ECONOMIC.items():
        chosen = sorted(rng.sample(sorted(kuans), k=min(len(kuans), rng.randint(1, 4))))
        codes += chosen if cls != "310" or rng.random() < 0.5 else []
    weights = [rng.uniform(3, 10) if c.startswith("301") else rng.uniform(0.3, 3) for c in codes]
    cents = int(basic_total * 100)
    shares = [int(cents * w / sum(weights)) for w in weights]
    shares[0] += cents - sum(shares)
    return {c: Decimal(s) / 100 for c, s in zip(codes, shares, strict=True)}


def _no_swap(parts: dict[str, list[Decimal]], children_of: dict[str, list[str]]) -> bool:
    """Whether no set of rows printing one part only could move that part to the other column while every
    two-part parent (and the 合计 row) keeps its column sums, to the printed rounding of 万元, the coarsest
    unit printed. Such a set makes a table undecidable: moving basic a and b to project and project c to
    basic changes nothing when a + b = c within the rounding (twice the tolerance: the printed sums are off
    by up to one tolerance already)."""
    for parent, children in children_of.items():
        if parent and not all(parts[parent]):
            continue  # a one-part parent fixes its children's column
        moves = []
        for child in children:
            basic, project = (printed(v, "万元") * 100 for v in parts[child])
            if bool(basic) != bool(project):
                moves.append(int(project - basic))  # the basic column gains this when the part moves
        tolerance = (len(children) + 2) // 2
        sums = {0}
        for move in moves:
            if any(abs(total + move) <= 2 * tolerance for total in sums):
                return False
            sums |= {total + move for total in sums}
    return True


def _decidable(plan: Plan) -> bool:
    """No set of one-part rows can swap columns unnoticed, in the functional tables (basic / project) and
    the economic ones (人员经费 / 公用经费)."""
    for leaves in (plan.leaves_budget, plan.leaves_actual):
        tree = _tree(leaves)
        children_of: dict[str, list[str]] = {}
        for code in tree:
            children_of.setdefault(code[: len(code) - 2] if len(code) > 3 else "", []).append(code)
        if not _no_swap(tree, children_of):
            return False
    for econ in (plan.econ_budget, plan.econ_actual):
        classes: dict[str, list[Decimal]] = {}
        for code, value in econ.items():
            entry = classes.setdefault(code[:3], [Decimal(0), Decimal(0)])
            entry[0 if code[:3] in PERSONNEL_CLASSES else 1] += value
        if not _no_swap(classes, {"": sorted(classes)}):
            return False
    return True


def _separated(plan: Plan) -> bool:
    """Whether every basic figure stays more than 0.06 万元 from every project figure at each level (项, 款,
    类), and every 人员经费 figure from every 公用经费 one, so the identities decide every column."""
    for leaves in (plan.leaves_budget, plan.leaves_actual):
        tree = _tree(leaves)
        for length in (3, 5, 7):
            basics = [v[0] for c, v in tree.items() if len(c) == length and v[0]]
            projects = [v[1] for c, v in tree.items() if len(c) == length and v[1]]
            if any(abs(b - p) <= 600 for b in basics for p in projects):
                return False
    for econ in (plan.econ_budget, plan.econ_actual):
        classes: dict[str, Decimal] = {}
        for code, value in econ.items():
            classes[code[:3]] = classes.get(code[:3], Decimal(0)) + value
        for level in (classes, econ):
            personnel = [v for c, v in level.items() if c[:3] in PERSONNEL_CLASSES]
            public = [v for c, v in level.items() if c[:3] not in PERSONNEL_CLASSES]
            if any(abs(a - b) <= 600 for a in personnel for b in public):
                return False
    return True


def make_plan(rng: random.Random, kuans: list[str]) -> Plan:
    for _attempt in range(200):
        plan = _draw_plan(rng, kuans)
        if _separated(plan) and _decidable(plan):
            plan.sangong_budget, plan.sangong_actual = _draw_sangong(rng)
            return plan
    raise RuntimeError("could not draw a plan whose columns the identities decide")


def _draw_plan(rng: random.Random, kuans: list[str]) -> Plan:
    leaves_budget: list[Leaf] = []
    leaves_actual: list[Leaf] = []
    for kuan in kuans:
        items = FUNCTIONAL[kuan[:3]][1][kuan][1]
        chosen = sorted(rng.sample(sorted(items), k=rng.randint(1, len(items))))
        for code in chosen:
            kind = items[code][1]
            while True:
                scale = rng.choice([(5, 80), (20, 400), (100, 3000), (500, 20000)])
                basic = _money(rng, *scale) * 100 if "b" in kind else Decimal(0)
                project = _money(rng, *scale) * 100 if "p" in kind else Decimal(0)
                factor_b = Decimal(str(rng.uniform(0.85, 1.08)))
                factor_p = Decimal(str(rng.uniform(0.6, 1.15)))
                actual_b, actual_p = (basic * factor_b).quantize(CENT), (project * factor_p).quantize(CENT)
                if (not basic or not project or abs(basic - project) > 600) and (
                    not actual_b or not actual_p or abs(actual_b - actual_p) > 600
                ):
                    break
            leaves_budget.append(Leaf(code, basic, project))
            leaves_actual.append(Leaf(code, actual_b, actual_p))
    basic_budget = sum((leaf.basic for leaf in leaves_budget), Decimal(0))
    basic_actual = sum((leaf.basic for leaf in leaves_actual), Decimal(0))
    return Plan(
        leaves_budget,
        leaves_actual,
        _economic_split(rng, basic_budget),
        _economic_split(rng, basic_actual),
    )


# 三公 items in the column order of the national template, each with its printed name.
SANGONG_COLUMNS = [
    ("total", "合计"),
    ("outbound", "因公出国（境）费"),
    ("vehicle", "公务用车购置及运行费"),
    ("vehicle_purchase", "公务用车购置费"),
    ("vehicle_operation", "公务用车运行费"),
    ("reception", "公务接待费"),
]


def _draw_sangong(rng: random.Random) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Budget and actual 三公 (万元, two decimals, so the printed figures add up exactly). Many units have no
    vehicle purchase or no trips abroad; actual is usually below budget."""
    budget = {
        "outbound": _money(rng, 1, 30) if rng.random() < 0.4 else Decimal(0),
        "vehicle_purchase": _money(rng, 10, 40) if rng.random() < 0.15 else Decimal(0),
        "vehicle_operation": _money(rng, 1, 25) if rng.random() < 0.7 else Decimal(0),
        "reception": _money(rng, 1, 8),
    }
    actual = {k: (v * Decimal(str(rng.uniform(0.5, 1.0)))).quantize(CENT) for k, v in budget.items()}
    for values in (budget, actual):
        values["vehicle"] = values["vehicle_purchase"] + values["vehicle_operation"]
        values["total"] = values["outbound"] + values["vehicle"] + values["reception"]
    return budget, actual


# --- documents --------------------------------------------------------------------------------------------


@dataclass
class Style:
    """How one document prints: its unit, number format, and how it wraps."""

    unit: str
    separators: bool
    wrap_rate: float
    split_codes: bool
    cover_one_line: bool
    # Every cell on a line of its own (code / name / each figure), as some producers' plain pdftotext
    # prints the coded tables.
    cell_per_line: bool = False
    # Spaced words ("合 计", "单 位：元"), as producers that justify short labels print them.
    spaced_words: bool = False
    # The title block's "单位：" names the organisation and the amount unit on one line ("单位：北京市某某
    # 中心 单位：元"): only the second is the amount unit.
    organisation_as_unit: bool = False
    # Share of a row's figures printed with a stray space before their last decimal ("2,032.1 3"), as
    # pdftotext splits a number at a glyph gap.
    split_decimal_rate: float = 0.0
    # Share of long header cells broken mid-word over two lines ("上级补助收" / "入").
    header_break_rate: float = 0.0
    # Decimals of the tables' figures: 2, or 4 in some 万元 reports ("942.9912" 万元, 1 元 a step), or 0 in
    # some 元 reports ("1,075,000": whole 元, the parts of a row rounding up to 1 元 a figure off its total).
    decimals: int = 2
    # Page breaks (form feeds, page numbers) as pdftotext writes them; None for a text without any.
    pages: Pages | None = None

    def printed(self, yuan: Decimal) -> Decimal:
        """The figure a table prints for a true amount, rounded to the table's decimals of its unit."""
        return printed(yuan, self.unit, self.decimals)

    def figure(self, value: Decimal) -> str:
        """A printed figure as text, with the table's decimals and separators."""
        value = value.quantize(Decimal(1).scaleb(-self.decimals))
        return f"{value:,f}" if self.separators else f"{value:f}"


@dataclass
class Pages:
    """How a document breaks into pages. Tables start on a page of their own; a long one runs on over
    several. Page numbers count from the first numbered page (covers are often not numbered)."""

    length: int  # lines a page holds
    number_format: str | None  # "{}" or "- {} -"; None when the report prints no page numbers
    first_numbered: int = 1
    # A table that runs on to the next page prints its header again there (many producers do).
    repeat_header: bool = False
    page: int = 1
    used: int = 0  # lines written on the page so far
    feed: bool = False  # the next line opens a page


@dataclass
class Doc:
    lines: list[str] = field(default_factory=list)
    cells: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    misstatements: list[dict] = field(default_factory=list)
    # Notes the parser owes the reader (severity info), e.g. a part of a 三公 item it does not load.
    notes: list[dict] = field(default_factory=list)
    # Share of long header cells broken mid-word over two lines ("上级补助收" / "入"), with the draws for it.
    header_break_rate: float = 0.0
    header_breaks: random.Random = field(default_factory=lambda: random.Random(0))

    # Page breaks as pdftotext writes them, or None for a text without any (another converter's).
    pages: Pages | None = None
    # The header lines of the table being written (printed again on the pages it runs on to).
    table_header: list[str] = field(default_factory=list)

    def add(self, text: str = "") -> int:
        if self.pages is not None:
            if self.pages.feed:
                text, self.pages.feed = "\f" + text, False
            self.pages.used += 1
        self.lines.append(text)
        return len(self.lines)  # the 1-based line number just written

    def new_page(self) -> None:
        """End the page: its number as its last line (when the report prints them), a form feed before the
        next line."""
        pages = self.pages
        if pages is None or not pages.used:
            return
        if pages.number_format and pages.page >= pages.first_numbered:
            self.add(pages.number_format.format(pages.page - pages.first_numbered + 1))
        pages.page, pages.used, pages.feed = pages.page + 1, 0, True

    def room(self, lines: int) -> None:
        """Start a new page unless the next ``lines`` lines fit on this one."""
        if self.pages is not None and self.pages.used + lines > self.pages.length:
            self.new_page()
            if self.pages.repeat_header:
                for text in self.table_header:
                    self.add(text)

    def text(self) -> str:
        """The document as a file holds it (pdftotext ends every page, the last too, with a form feed)."""
        if self.pages is not None:
            self.new_page()
        return "\n".join(self.lines) + "\n" + ("\f" if self.pages is not None else "")

    def plant(self, check_name: str, line: int, description: str) -> None:
        """A misstatement written on purpose: the finding the warehouse must report at that line."""
        self.misstatements.append({"check_name": check_name, "line": line, "description": description})

    def stated_total(self, rng: random.Random, kind: str, subject: str, total, sentence: str) -> None:
        """A narrative total (万元) whose table prints ``total``: "sentence" with the figure in its {}. Some
        state a figure the table does not print (planted: stated_total_vs_table)."""
        stated = total
        if rng.random() < 0.08:
            stated = total + Decimal(rng.randint(1, 50))
        line = self.add(sentence.format(fmt(stated, True)))
        self.claims.append({"claim_kind": kind, "amount_yuan": str(as_yuan(stated, "万元")), "line": line})
        if stated != total:
            self.plant(
                "stated_total_vs_table",
                line,
                f"{subject} stated {stated} 万元, its table prints {total} 万元",
            )

    def execution_claim(self, kind: str, code: str | None, budget_wan, actual_wan, line: int) -> None:
        """A budget-versus-actual sentence of the narrative (figures in 万元), as the truth records it."""
        self.claims.append(
            {
                "claim_kind": kind,
                "subject_code": code,
                "budget_yuan": str(as_yuan(budget_wan, "万元")),
                "actual_yuan": str(as_yuan(actual_wan, "万元")),
                "line": line,
            }
        )

    def year_on_year(
        self, rng: random.Random, subject: str, code: str | None, current, prior, prior_known: bool = False
    ) -> None:
        """A year-on-year sentence (figures in 万元):
        "{subject}{current}万元，比上年增加{change}万元，增长{rate}%". Some state a rate the figures do not
        give (planted: stated_change_mismatch); where the subject is a 类, some state a current figure the
        tables do not print, with the change and rate of that figure (planted: stated_figure_vs_table)."""
        stated = current
        figure_wrong = code is not None and rng.random() < 0.05
        if figure_wrong:
            stated = current + Decimal(rng.randint(3, 90))
        # Where the report of the year before is in the corpus, some changes are stated against a prior
        # figure that report does not print (planted: prior_year_figure_mismatch; the sentence itself is
        # consistent).
        prior_wrong = prior_known and code is not None and not figure_wrong and rng.random() < 0.04
        if prior_wrong:
            printed_prior, prior = prior, prior + Decimal(rng.randint(3, 90))
        change = stated - prior
        rate = (change / prior * 100).quantize(CENT, rounding=ROUND_HALF_UP)
        stated_rate = rate
        rate_wrong = not figure_wrong and not prior_wrong and rng.random() < 0.05
        if rate_wrong:
            shift = Decimal(rng.randint(3, 20))
            stated_rate = rate + shift if rng.random() < 0.5 or rate - shift == 0 else rate - shift
        if change == 0:
            sentence = f"{subject}{fmt(stated, True)}万元，与上年持平。"
        else:
            up = change > 0
            direction, rate_word = ("增加" if up else "减少"), ("增长" if stated_rate > 0 else "下降")
            sentence = (
                f"{subject}{fmt(stated, True)}万元，比上年{direction}{fmt(abs(change), True)}万元，"
                f"{rate_word}{abs(stated_rate)}%。"
            )
        line = self.add(sentence)
        self.claims.append(
            {
                "claim_kind": "year_on_year",
                "subject_code": code,
                "amount_yuan": str(as_yuan(stated, "万元")),
                "change_yuan": str(as_yuan(change, "万元")),
                "line": line,
            }
        )
        if prior_wrong:
            self.plant(
                "prior_year_figure_mismatch",
                line,
                f"{subject}: the change implies {prior} 万元 the year before, that report prints "
                f"{printed_prior}",
            )
        if figure_wrong:
            self.plant(
                "stated_figure_vs_table",
                line,
                f"{subject} stated {stated} 万元, the tables print {current} 万元",
            )
        if rate_wrong and change != 0:
            self.plant(
                "stated_change_mismatch",
                line,
                f"{subject}: stated {stated_rate}%, the figures give {rate}%",
            )

    def cell(self, table_key, code, label, column_key, value, unit, line, phase) -> None:
        """A printed amount of a table, as the ground truth records it (in yuan)."""
        self.cells.append(
            {
                "table_key": table_key,
                "subject_code": code,
                "row_label": None if code else label,
                "column_key": column_key,
                "amount_yuan": str(as_yuan(value, unit)),
                "line": line,
                "phase": phase,
            }
        )


def _code_text(code: str, style: Style) -> str:
    if style.split_codes and len(code) > 3 and code[0] == "2":  # functional codes only, as printed
        return " ".join([code[:3], *(code[i : i + 2] for i in range(3, len(code), 2))])
    return code


def _write_row(
    doc: Doc, rng: random.Random, style: Style, code: str | None, name: str, numbers: list[str]
) -> list[int]:
    """One table row in plain pdftotext style; returns the line of each of its amounts. Long names wrap:
    either the name continues on the next line with the amounts, or code, name and amounts take a line
    each. In a cell-per-line document every cell takes a line of its own. A row is never split over two
    pages (a table row is one band of its page)."""
    head = f"{_code_text(code, style)} {name}" if code else name
    amounts = " ".join(_split_decimal(rng, style, number) for number in numbers)
    wraps = bool(code) and len(name) >= 8 and rng.random() < style.wrap_rate
    if style.cell_per_line:
        cut = rng.randint(3, len(name) - 2) if wraps else len(name)
        names = [_code_text(code, style)] if code else []
        names += [name[:cut], *([name[cut:]] if name[cut:] else [])]
        doc.room(len(names) + len(numbers))
        for text in names:
            doc.add(text)
        return [doc.add(number) for number in numbers]
    if wraps:
        cut = rng.randint(3, len(name) - 2)
        if rng.random() < 0.5:
            doc.room(2)
            doc.add(f"{_code_text(code, style)} {name[:cut]}")
            return [doc.add(f"{name[cut:]} {amounts}")] * len(numbers)
        doc.room(4)
        doc.add(_code_text(code, style))
        doc.add(name[:cut])
        doc.add(name[cut:])
        return [doc.add(amounts)] * len(numbers)
    doc.room(1)
    return [doc.add(f"{head} {amounts}")] * len(numbers)


def _tree(leaves: list[Leaf]) -> dict[str, list[Decimal]]:
    """[basic, project] true yuan of every 类, 款 and 项 of the leaves."""
    sums: dict[str, list[Decimal]] = {}
    for leaf in leaves:
        for code in (leaf.code[:3], leaf.code[:5], leaf.code):
            entry = sums.setdefault(code, [Decimal(0), Decimal(0)])
            entry[0] += leaf.basic
            entry[1] += leaf.project
    return dict(sorted(sums.items()))


def _function_table(doc, rng, style, year, table_key, columns, leaves, phase, *, record_facts, facts):
    """A table by functional code: 合计 row then 类, 款, 项 rows; columns [total, basic, project, …];
    a row prints its total and its non-zero parts only (blank cells dropped)."""
    tree = _tree(leaves)
    basic_all = sum((leaf.basic for leaf in leaves), Decimal(0))
    project_all = sum((leaf.project for leaf in leaves), Decimal(0))
    total = [basic_all, project_all]
    rows = [(None, _total_label(style), total)]
    rows += [(code, functional_name(code, year), v) for code, v in tree.items()]
    for code, name, (basic, project) in rows:
        values = {"total": style.printed(basic + project)}
        if basic:
            values["basic"] = style.printed(basic)
        if project:
            values["project"] = style.printed(project)
        # A part column that holds all the money prints, and a one-part row prints total and that part.
        numbers = [style.figure(values[k]) for k in columns if k in values]
        lines = iter(_write_row(doc, rng, style, code, name, numbers))
        for key in columns:
            if key in values:
                doc.cell(table_key, code, name, key, values[key], style.unit, next(lines), phase)
        if record_facts and code and len(code) == 7:
            for key in ("basic", "project"):
                if key in values:
                    facts.append(
                        {
                            "phase": phase,
                            "subject_code": code,
                            "expenditure_type": key,
                            "amount_yuan": str(as_yuan(values[key], style.unit)),
                        }
                    )
    return style.printed(basic_all + project_all)


# The income table's columns: 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他.
INCOME_COLUMNS = [
    ("total", "本年收入合计"),
    ("fiscal_appropriation", "财政拨款收入"),
    ("upper_grant", "上级补助收入"),
    ("business", "事业收入"),
    ("operating_income", "经营收入"),
    ("affiliated_remit", "附属单位上缴收入"),
    ("other_income", "其他收入"),
]


def _income_table(doc, rng, style, year, label, title, unit_name, leaves, phase) -> None:
    """The income table by functional code. All money is 财政拨款 here; the other income columns print
    0.00 (as provinces that print zeros do), so every row prints every column."""
    _title(doc, label, title, unit_name, style)
    _header(doc, ["项目", "科目编码", "科目名称", *(name for _key, name in INCOME_COLUMNS)])
    tree = _tree(leaves)
    everything = [
        sum((leaf.basic for leaf in leaves), Decimal(0)),
        sum((leaf.project for leaf in leaves), Decimal(0)),
    ]
    rows = [(None, "合计", everything)] + [(code, functional_name(code, year), v) for code, v in tree.items()]
    for code, name, (basic, project) in rows:
        income = style.printed(basic + project)
        values = {key: Decimal(0) for key, _name in INCOME_COLUMNS} | {
            "total": income,
            "fiscal_appropriation": income,
        }
        numbers = [style.figure(values[key]) for key, _name in INCOME_COLUMNS]
        lines = _write_row(doc, rng, style, code, name, numbers)
        for (key, _name), line in zip(INCOME_COLUMNS, lines, strict=True):
            doc.cell("income_by_function", code, name, key, values[key], style.unit, line, phase)


def _fiscal_summary(doc, style, year, label, title, unit_name, leaves, phase) -> None:
    """财政拨款收支总表: two-sided, the appropriation by fund on the left (all 一般公共预算 here), the 类 on
    the right, no 行次."""
    _title(doc, label, title, unit_name, style)
    _header(doc, ["收入", "支出", "项目", "金额", "项目", "金额"])
    tree = _tree(leaves)
    classes = [c for c in tree if len(c) == 3]
    total = style.printed(sum((tree[c][0] + tree[c][1] for c in classes), Decimal(0)))
    left = [("一、一般公共预算财政拨款", total, None), ("二、政府性基金预算财政拨款", None, None)]
    right = [
        (f"{cn_label(i + 1)}、{functional_name(c, year)}", style.printed(tree[c][0] + tree[c][1]), None)
        for i, c in enumerate(classes)
    ]
    # A few misprint a 类 (planted: the 一般公共预算支出表 prints it as the 支出表 does, and all the money is
    # 一般公共预算 here); drawn apart, so the other draws stay as they were.
    misprint = random.Random(f"{unit_name}:{year}:{phase}:fiscal_misprint")
    wrong_class = misprint.randrange(len(right)) if misprint.random() < 0.03 else None
    if wrong_class is not None:
        label, figure, number = right[wrong_class]
        off = Decimal(misprint.randint(1, 9)) * _unit_step(style) * 100  # 100 to 900 printed steps
        right[wrong_class] = (label, figure + off, number)
    class_lines = _two_sided(doc, style, phase, left, right, "fiscal_summary")
    if wrong_class is not None:
        doc.plant(
            "fiscal_class_vs_general_budget",
            class_lines[wrong_class],
            f"{title} prints {right[wrong_class][0]} {right[wrong_class][1]}, the 一般公共预算支出表 "
            f"its 合计 ({style.unit})",
        )
    _two_sided(doc, style, phase, [("收入总计", total, None)], [("支出总计", total, None)], "fiscal_summary")


def _header(doc: Doc, labels: list[str]) -> None:
    # pdftotext prints each header cell on a line of its own; a long one may break mid-word.
    start = len(doc.lines)
    for label in labels:
        if len(label) >= 5 and doc.header_break_rate and doc.header_breaks.random() < doc.header_break_rate:
            cut = doc.header_breaks.randint(2, len(label) - 1)
            doc.add(label[:cut])
            doc.add(label[cut:])
        else:
            doc.add(label)
    doc.table_header = [text.lstrip("\f") for text in doc.lines[start:]]


def _two_sided(
    doc: Doc, style: Style, phase: str, left: list, right: list, table_key: str = "income_expenditure_summary"
) -> None:
    """A two-sided summary table body: income items on the left, expenditure items on the right, each
    (label, printed amount or None for a blank cell, 行次 or None) and printed on one line per pair; returns
    the lines written."""
    lines = []
    for pair in zip_longest(left, right):
        parts = []
        for item in pair:
            if item is not None:
                label, value, number = item
                parts += [label, *([str(number)] if number is not None else [])]
                parts += [style.figure(value)] if value is not None else []
        doc.room(1)
        line = doc.add(" ".join(parts))
        lines.append(line)
        for side, item in zip(("income", "expenditure"), pair, strict=True):
            if item is not None and item[1] is not None:
                doc.cell(table_key, None, item[0], side, item[1], style.unit, line, phase)
    return lines


def _unit_step(style: Style) -> Decimal:
    """One unit of the last decimal a table prints (0.01 for two decimals, 1 for whole 元)."""
    return Decimal(1).scaleb(-style.decimals)


def _title(doc: Doc, label: str, title: str, unit_name: str, style: Style) -> int:
    doc.new_page()
    doc.table_header = []
    line = doc.add(f"{label} {title}" if label else title)
    unit_word = "单 位" if style.spaced_words else "单位"
    if style.organisation_as_unit:
        doc.add(f"单位：{unit_name} {unit_word}：{style.unit}")
    else:
        doc.add(f"部门：{unit_name}")
        doc.add(f"{unit_word}：{style.unit}")
    return line


def _total_label(style: Style) -> str:
    return "合 计" if style.spaced_words else "合计"


def _split_decimal(rng: random.Random, style: Style, figure: str) -> str:
    """A figure as pdftotext sometimes splits it: "2,032.13" as "2,032.1 3"."""
    splittable = style.split_decimal_rate and re.fullmatch(r"-?[\d,]*\d\.\d\d", figure)
    if splittable and rng.random() < style.split_decimal_rate:
        return f"{figure[:-1]} {figure[-1]}"
    return figure


def _economic_blocks(doc, style, table_key, label, title, unit_name, econ, phase) -> None:
    """The national final-account template's basic expenditure table (domain.md's 表6): side-by-side
    blocks of (code, name, amount), 人员经费 (301, 303) in the first, 公用经费 split over the second (302)
    and the third (the other classes), each line the next entry of every block; 人员经费合计 and 公用经费合计
    on the last line. Every cell is the total of its code."""
    _title(doc, label, title, unit_name, style)
    _header(doc, ["人员经费", "公用经费"])
    _header(doc, ["科目编码", "科目名称", "决算数"] * 3)
    entries: dict[int, list[tuple[str, str, Decimal]]] = {0: [], 1: [], 2: []}
    totals = [Decimal(0), Decimal(0)]
    for cls in sorted({code[:3] for code in econ}):
        block = 0 if cls in PERSONNEL_CLASSES else 1 if cls == "302" else 2
        codes = sorted(c for c in econ if c.startswith(cls))
        entries[block].append((cls, ECONOMIC[cls][0], sum((econ[c] for c in codes), Decimal(0))))
        entries[block] += [(c, ECONOMIC[cls][1][c], econ[c]) for c in codes]
        totals[0 if block == 0 else 1] += entries[block][-len(codes) - 1][2]
    for n in range(max(len(b) for b in entries.values())):
        row = [entries[b][n] for b in range(3) if n < len(entries[b])]
        doc.room(1)
        line = doc.add(" ".join(f"{code} {name} {style.figure(style.printed(v))}" for code, name, v in row))
        for code, name, value in row:
            doc.cell(table_key, code, name, "total", style.printed(value), style.unit, line, phase)
    doc.room(1)
    personnel, public = (style.printed(t) for t in totals)
    line = doc.add(f"人员经费合计 {style.figure(personnel)} 公用经费合计 {style.figure(public)}")
    doc.cell(table_key, None, "人员经费合计", "total", personnel, style.unit, line, phase)
    doc.cell(table_key, None, "公用经费合计", "total", public, style.unit, line, phase)


def _economic_table(doc, rng, style, table_key, label, title, unit_name, econ, phase):
    """Basic expenditure by departmental economic code; a quarter print each row's governmental code and
    name beside it (two classifications on one row, as Beijing's 表六). A third of final accounts print
    the national template's side-by-side blocks instead (``_economic_blocks``)."""
    blocks = random.Random(f"blocks:{unit_name}:{title}")  # drawn apart: the other draws stay as they were
    if phase == "actual" and not style.cell_per_line and blocks.random() < 0.35:
        _economic_blocks(doc, style, table_key, label, title, unit_name, econ, phase)
        return
    _title(doc, label, title, unit_name, style)
    paired = rng.random() < 0.25 and not style.cell_per_line  # (drawn either way: same draws)
    if paired:
        _header(doc, ["部门预算支出经济分类科目", "政府预算支出经济分类科目"])
        _header(doc, ["科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费"])
    else:
        _header(doc, ["科目编码", "科目名称", "合计", "人员经费", "公用经费"])
    classes: dict[str, Decimal] = {}
    for code, value in econ.items():
        classes[code[:3]] = classes.get(code[:3], Decimal(0)) + value
    personnel = sum((v for c, v in classes.items() if c in PERSONNEL_CLASSES), Decimal(0))
    public = sum((v for c, v in classes.items() if c not in PERSONNEL_CLASSES), Decimal(0))
    rows = [(None, "合计", personnel + public, personnel, public)]
    for cls in sorted(classes):
        is_personnel = cls in PERSONNEL_CLASSES
        rows.append(
            (
                cls,
                ECONOMIC[cls][0],
                classes[cls],
                *((classes[cls], Decimal(0)) if is_personnel else (Decimal(0), classes[cls])),
            )
        )
        for code in sorted(c for c in econ if c.startswith(cls)):
            rows.append(
                (
                    code,
                    ECONOMIC[cls][1][code],
                    econ[code],
                    *((econ[code], Decimal(0)) if is_personnel else (Decimal(0), econ[code])),
                )
            )
    for code, name, total, pers, pub in rows:
        values = {"total": style.printed(total)}
        if pers:
            values["personnel"] = style.printed(pers)
        if pub:
            values["public_funds"] = style.printed(pub)
        numbers = [style.figure(values[k]) for k in ("total", "personnel", "public_funds") if k in values]
        if paired and code:
            government_code, government_name = GOVERNMENT_ECONOMIC[code]
            head = f"{code} {name} {government_code}"
            if len(government_name) >= 4 and rng.random() < style.wrap_rate:  # the second name wraps
                cut = rng.randint(2, len(government_name) - 2)
                doc.add(f"{head} {government_name[:cut]}")
                line = doc.add(f"{government_name[cut:]} {' '.join(numbers)}")
            else:
                line = doc.add(f"{head} {government_name} {' '.join(numbers)}")
            lines = [line] * len(numbers)
        else:
            lines = _write_row(doc, rng, style, code, name, numbers)
        for (key, value), line in zip(values.items(), lines, strict=True):
            doc.cell(table_key, code, name, key, value, style.unit, line, phase)


def _sangong_table(doc, rng, style, label, title, unit_name, phases: dict[str, dict[str, Decimal]]) -> None:
    """The 三公 table, always in 万元: one row of figures under the items (budget report: 预算数 only;
    final account: 预算数 and 决算数, grouped as all budget columns then all actual ones, or interleaved
    item by item). A budget report with no vehicle money may leave that block blank when trips abroad and
    reception are both non-zero (the identities then still decide every column)."""
    style = replace(style, unit="万元", decimals=max(style.decimals, 2))  # 万元 to 0.01 at least
    _title(doc, label, title, unit_name, style)
    phase_names = {"budget": "预算数", "actual": "决算数"}
    items = [(key, name) for key, name in SANGONG_COLUMNS]
    interleaved = len(phases) > 1 and rng.random() < 0.5
    # About a third of final accounts print the national template instead: the items as rows under
    # 预算数 | 决算数 (drawn apart, so the documents' other draws stay as they were).
    if len(phases) == 2 and random.Random(f"rows:{unit_name}:{title}").random() < 0.35:
        _sangong_rows(doc, style, unit_name, title, phases)
        return
    header = []
    for key, name in items:
        if key == "vehicle":
            header += [name, "小计"]
        elif key != "total" or not interleaved:
            header.append(name)
        else:
            header.append("合计")
        if interleaved:
            header += [phase_names[p] for p in phases]
    if not interleaved:
        header = [w for p in phases for w in ([phase_names[p]] if len(phases) > 1 else []) + header]
    _header(doc, header)
    budget = phases.get("budget", {})
    drop_vehicle = (
        len(phases) == 1
        and budget.get("vehicle") == 0
        and budget.get("outbound", 0) > 0
        and budget.get("reception", 0) > 0
        and rng.random() < 0.5
    )
    order = (
        [(key, p) for key, _name in items for p in phases]
        if interleaved
        else [(key, p) for p in phases for key, _name in items]
    )
    printed_cells = [
        (key, p)
        for key, p in order
        if not (drop_vehicle and key in ("vehicle", "vehicle_purchase", "vehicle_operation"))
    ]
    figures = {(key, p): phases[p][key] for key, p in printed_cells}
    # Some final accounts print a 公务用车 决算 that is not 购置 + 运行 (nor part of a 合计 that adds up): a
    # table's own arithmetic error, which the warehouse's identities must report.
    wrong_vehicle = _wrong_vehicle(unit_name, title, phases)
    if wrong_vehicle:
        figures["vehicle", "actual"] += Decimal("0.10")
    line = doc.add(" ".join(style.figure(figures[cell]) for cell in printed_cells))
    names = dict(items)
    for key, p in printed_cells:
        doc.cell("sangong", None, names[key], key, figures[key, p], "万元", line, p)
    if wrong_vehicle:
        _plant_wrong_vehicle(doc, figures["vehicle", "actual"], line, line)


def _wrong_vehicle(unit_name: str, title: str, phases: dict[str, dict[str, Decimal]]) -> bool:
    """Whether this final account's 三公 table prints a 公务用车 决算 0.10 万元 off 购置 + 运行: a table's own
    arithmetic error, drawn from the figures themselves so the documents' other draws stay as they were."""
    actual = phases.get("actual", {})
    return (
        len(phases) == 2
        and phases["budget"]["vehicle"] >= 1
        and actual["vehicle"] > 0
        and random.Random(f"{unit_name}:{title}:{actual['total']}:{actual['vehicle']}").random() < 0.05
    )


def _plant_wrong_vehicle(doc: Doc, printed_vehicle: Decimal, total_line: int, vehicle_line: int) -> None:
    doc.plant("sangong_total_vs_items", total_line, f"三公 决算: 公务用车 printed {printed_vehicle} 万元")
    description = f"三公 决算: 公务用车 {printed_vehicle} 万元 is not 购置 + 运行"
    doc.plant("sangong_vehicle_vs_parts", vehicle_line, description)


# The national final-account template's 三公 rows (label, item); items None are parts of an item
# (国内接待费) or counts (cars, receptions): printed, but not money of the 三公 table.
SANGONG_ROWS = [
    ("一、“三公”经费支出", "total"),
    ("（一）因公出国（境）费", "outbound"),
    ("（二）公务用车购置及运行费", "vehicle"),
    ("1.公务用车购置费", "vehicle_purchase"),
    ("2.公务用车运行维护费", "vehicle_operation"),
    ("（三）公务接待费", "reception"),
]


def _sangong_rows(doc, style, unit_name, title, phases: dict[str, dict[str, Decimal]]) -> None:
    """The 三公 table of the national final-account template ("“三公”经费、行政参公单位机关运行经费情况表"):
    one row per item, 预算数 then 决算数, every figure printed (0.00 too). Some print 国内接待费 under
    公务接待费, the 机关运行经费, and the counts of cars and receptions; a long label may wrap."""
    draw = random.Random(f"rows-detail:{unit_name}:{title}")
    wrong_vehicle = _wrong_vehicle(unit_name, title, phases)
    figures = {(key, p): phases[p][key] for _label, key in SANGONG_ROWS for p in ("budget", "actual")}
    if wrong_vehicle:
        figures["vehicle", "actual"] += Decimal("0.10")
    _header(doc, ["项目", "预算数", "决算数"])
    lines = {}
    for label, key in SANGONG_ROWS:
        numbers = " ".join(style.figure(figures[key, p]) for p in ("budget", "actual"))
        if key == "vehicle" and draw.random() < 0.3:
            doc.add(label[:-1])  # "（二）公务用车购置及运行" / "费 8.00 8.10"
            lines[key] = doc.add(f"{label[-1]} {numbers}")
        else:
            lines[key] = doc.add(f"{label} {numbers}")
        for p in ("budget", "actual"):
            doc.cell("sangong", None, label, key, figures[key, p], "万元", lines[key], p)
        if key == "reception" and draw.random() < 0.5:
            line = doc.add(f"1.国内接待费 {numbers}")
            doc.notes.append({"check_name": "sangong_sub_item", "line": line})
    if draw.random() < 0.6:
        # 机关运行经费: actual near its budget (a unit spends what it budgets on its own running)
        budget = _money(draw, 5, 200) if draw.random() < 0.95 else Decimal("0.00")
        spent = (budget * Decimal(draw.randint(80, 102)) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        operating = {"budget": budget, "actual": spent}
        line = doc.add(f"二、机关运行经费 {' '.join(style.figure(operating[p]) for p in phases)}")
        for p in phases:
            doc.cell("sangong", None, "二、机关运行经费", "operating_costs", operating[p], "万元", line, p)
    if draw.random() < 0.6:
        cars = draw.randint(0, 6)
        doc.add(f"三、公务用车保有量（辆） {cars} {cars}")
        doc.add(f"四、国内公务接待批次（个） {draw.randint(0, 40)} {draw.randint(0, 40)}")
    if wrong_vehicle:
        _plant_wrong_vehicle(doc, figures["vehicle", "actual"], lines["total"], lines["vehicle"])


def _operating_costs_table(doc, rng, style, label, title, unit_name, items: dict[str, Decimal]) -> None:
    """一般公共预算机关运行经费支出预算表: one column (合计) by economic code, the 302 items of the basic
    expenditure. Half print a row per line; the others print code, name and amount on lines of their own
    with the 合计 figure under the header (as Jiangsu's pdftotext does), and a quarter of those move one
    item's figure down below the next item's (text extracted out of order: only the 302 = Σ items
    identity places it)."""
    _title(doc, label, title, unit_name, style)
    _header(doc, ["科目编码", "科目名称", "合计"])
    total = sum(items.values(), Decimal(0))
    rows = [(None, "合计", total), ("302", ECONOMIC["302"][0], total)]
    rows += [(code, ECONOMIC["302"][1][code], value) for code, value in sorted(items.items())]
    vertical = rng.random() < 0.5
    moved = rng.randrange(2, len(rows) - 1) if vertical and len(rows) >= 5 and rng.random() < 0.25 else None
    held: tuple | None = None
    for n, (code, name, value) in enumerate(rows):
        figure = style.figure(style.printed(value))
        if not vertical:
            [line] = _write_row(doc, rng, style, code, name, [figure])
        else:
            if code:
                doc.add(code)
                doc.add(name)
            if n == moved:
                held = (code, name, value, figure)
                continue
            line = doc.add(figure)
        doc.cell("operating_costs", code, name, "total", style.printed(value), style.unit, line, "budget")
        if held is not None and n == moved + 1:
            code, name, value, figure = held
            line = doc.add(figure)
            doc.cell("operating_costs", code, name, "total", style.printed(value), style.unit, line, "budget")
            held = None


def _operating_costs_narrative(doc: Doc, rng: random.Random, year: int, items: dict[str, Decimal]) -> None:
    """The 机关运行经费 sentence of a budget report."""
    total = printed(sum(items.values(), Decimal(0)), "万元")
    doc.stated_total(
        rng,
        "operating_costs",
        "机关运行经费",
        total,
        f"{year}年本部门一般公共预算机关运行经费预算支出{{}}万元。",
    )


PROCUREMENT_CATEGORIES = [("一", "货物", "A"), ("二", "工程", "B"), ("三", "服务", "C")]
PROCUREMENT_ITEMS = {
    "货物": [("办公设备购置", "台式计算机"), ("办公设备购置", "打印设备"), ("专用设备购置", "其他专用设备")],
    "工程": [("维修（护）费", "房屋修缮"), ("房屋建筑物购建", "装修工程")],
    "服务": [("委托业务费", "信息系统运行维护"), ("物业管理费", "物业管理服务"), ("印刷费", "印刷服务")],
}
PROCUREMENT_FORMS = ["政府集中采购", "部门集中采购", "分散自行组织"]


def _draw_procurement(rng: random.Random) -> dict[str, dict[str, Decimal]]:
    """Procurement in 万元 by category, each split over its items (the category is the sum of its items)."""
    out = {}
    for _n, category, _letter in PROCUREMENT_CATEGORIES:
        if rng.random() < 0.6:
            items = rng.sample(
                PROCUREMENT_ITEMS[category], k=rng.randint(1, len(PROCUREMENT_ITEMS[category]))
            )
            out[category] = {f"{economic}|{name}": _money(rng, 1, 400) for economic, name in items}
    return out or {"货物": {"办公设备购置|台式计算机": _money(rng, 1, 50)}}


def _procurement_table(doc, rng, style, label, title, unit_name, procurement) -> None:
    """政府采购支出预算表 in 万元: 合计, then each category's subtotal (一、货物A …) followed by its items
    (economic subject, item, organisation form, figure). The 合计 and the subtotals are the amounts the
    parser reads; item figures are not. Half print a label's figure on the line below it."""
    style = replace(style, unit="万元", decimals=max(style.decimals, 2))  # 万元 to 0.01 at least
    _title(doc, label, title, unit_name, style)
    _header(doc, ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"])
    below = rng.random() < 0.5
    total = sum((v for items in procurement.values() for v in items.values()), Decimal(0))

    def labelled(text: str, value: Decimal) -> int:
        figure = style.figure(value)
        if below:
            doc.add(text)
            return doc.add(figure)
        return doc.add(f"{text} {figure}")

    line = labelled("合计", total)
    doc.cell("procurement", None, "合计", "total", total, "万元", line, "budget")
    for n, category, letter in PROCUREMENT_CATEGORIES:
        if category not in procurement:
            continue
        items = procurement[category]
        text = f"{n}、{category}{' ' if rng.random() < 0.5 else ''}{letter}"
        line = labelled(text, sum(items.values(), Decimal(0)))
        doc.cell(
            "procurement", None, text.replace(" ", ""), "total", sum(items.values()), "万元", line, "budget"
        )
        for key, value in items.items():
            economic, name = key.split("|")
            doc.add(f"{economic} {name} {rng.choice(PROCUREMENT_FORMS)} {style.figure(value)}")


def _procurement_narrative(doc: Doc, rng: random.Random, year: int, procurement) -> None:
    """The 政府采购 sentence of a budget report."""
    total = sum((v for items in procurement.values() for v in items.values()), Decimal(0))
    doc.stated_total(
        rng, "procurement_total", "政府采购", total, f"{year}年本部门政府采购预算总金额为{{}}万元。"
    )


PROJECT_WORDS = ["专项业务经费", "信息化运维", "设备购置更新", "专项工作经费", "宣传培训", "业务能力建设"]


def _project_word(rng: random.Random, year: int, unit_name: str, code: str) -> str:
    """What follows the 项 name in a project's name; some carry numbers that are not amounts: a year, a
    document number ("京财行指[2020]1889号"), a phase ("（二期）"); drawn apart from ``rng``, so the
    documents' other draws stay as they were."""
    word = rng.choice(PROJECT_WORDS)
    rng = random.Random(f"project:{unit_name}:{year}:{code}")
    numbered = rng.random()
    if numbered < 0.08:
        return f"{year - 1}年项目尾款"
    if numbered < 0.16:
        return f"{word}（京财行指[{year - 1}]{rng.randint(100, 2999)}号）"
    if numbered < 0.2:
        return f"{word}（{rng.choice(['一', '二', '三'])}期）"
    return word


def _cents_matrix(rows: dict[str, int], columns: dict[str, int]) -> list[tuple[str, str, int]]:
    """Non-zero cells of a matrix with the given row and column sums (in fen; both add up to the same
    whole), filled corner to corner: basic expenditure by functional 项 x economic 款."""
    out, row_left, column_left = [], dict(rows), dict(columns)
    for row in rows:
        for column in columns:
            take = min(row_left[row], column_left[column])
            if take:
                out.append((row, column, take))
                row_left[row] -= take
                column_left[column] -= take
    return out


def plan_value(plan: Plan, code: str) -> Decimal:
    """The budget of a functional 项 (basic + project), true yuan."""
    return next(leaf.basic + leaf.project for leaf in plan.leaves_budget if leaf.code == code)


def _line_items_table(doc, rng, style, label, title, unit_name, year, plan) -> list[dict]:
    """部门预算明细表: a line per functional 项 x governmental x departmental economic code (basic
    expenditure: the 项's basic money spread over the economic 款 so that both the functional and the
    economic totals hold) and a line per project (functional 项, 50299 / 30299, project name, project
    money), then 合计. Some project names wrap, the type and the amount on the next line. Returns the lines
    as the truth."""
    _title(doc, label, title, unit_name, style)
    _header(
        doc,
        ["功能分类科目编码", "功能分类科目名称", "政府经济分类", "名称", "部门经济分类", "名称", "项目名称"],
    )
    _header(doc, ["支出类型", "金额"])
    basic = {leaf.code: int(leaf.basic * 100) for leaf in plan.leaves_budget if leaf.basic}
    economic = {code: int(v * 100) for code, v in plan.econ_budget.items()}
    lines: list[tuple] = [
        (f, g, d, None, "basic", Decimal(c) / 100)
        for f, d, c in _cents_matrix(basic, economic)
        for g in [GOVERNMENT_ECONOMIC[d][0]]
    ]
    lines += [
        (
            leaf.code,
            "50299",
            "30299",
            f"{functional_name(leaf.code, year)}{_project_word(rng, year, unit_name, leaf.code)}",
            "project",
            leaf.project,
        )
        for leaf in plan.leaves_budget
        if leaf.project
    ]
    # Some tables misstate one project line (and their 合计 with it): consistent in themselves, the lines
    # of that functional code no longer add up to the expenditure tables (planted: line_items_vs_table).
    projects = [n for n, line in enumerate(lines) if line[4] == "project"]
    misstated = rng.choice(projects) if projects and rng.random() < 0.1 else None
    if misstated is not None:
        f, g, d, project, kind, value = lines[misstated]
        lines[misstated] = (f, g, d, project, kind, value + Decimal(rng.randint(3, 90)) * 10000)
    truth = []
    for f, g, d, project, kind, value in lines:
        figure = style.figure(style.printed(value))
        government_name = GOVERNMENT_ECONOMIC[d][1] if d != "30299" else "其他商品和服务支出"
        names = f"{functional_name(f, year)} {g} {government_name} {d} {ECONOMIC[d[:3]][1][d]}"
        head = f"{_code_text(f, style)} {names}"
        kind_word = "基本支出" if kind == "basic" else "项目支出"
        if project and len(project) >= 6 and rng.random() < style.wrap_rate:
            cut = rng.randint(2, len(project) - 2)
            line = doc.add(f"{head} {project[:cut]}")  # an item is where its codes are printed
            doc.add(f"{project[cut:]} {kind_word} {figure}")
        else:
            line = doc.add(f"{head} {project + ' ' if project else ''}{kind_word} {figure}")
        truth.append(
            {
                "functional_code": f,
                "economic_government_code": g,
                "economic_department_code": d,
                "project_name": project,
                "expenditure_type": kind,
                "amount_yuan": str(as_yuan(style.printed(value), style.unit)),
                "line": line,
            }
        )
    total = sum((v for *_rest, v in lines), Decimal(0))
    doc.add(f"合计 {style.figure(style.printed(total))}")
    if misstated is not None:
        code = lines[misstated][0]
        doc.plant(
            "line_items_vs_table",
            min(t["line"] for t in truth if t["functional_code"] == code),
            f"detail lines of {code} misstate a project by {lines[misstated][5] - plan_value(plan, code)} 元",
        )
    return truth


def _cover(doc: Doc, style: Style, unit_name: str, year: int, kind_title: str) -> None:
    if style.cover_one_line:
        doc.add(f"{unit_name}{year}年{kind_title}")
    else:
        doc.add(unit_name)
        doc.add(f"{year}年{kind_title}")
    doc.add("")


def _narrative_intro(doc: Doc, unit_name: str, year: int, what: str) -> None:
    doc.add("第一部分 部门概况")
    doc.add("一、主要职能")
    doc.add(f"{unit_name}是负责本辖区相关工作的政府工作部门，主要职责是贯彻执行国家和本")
    doc.add("市的有关法律法规和方针政策，组织实施本部门的各项工作任务。")
    doc.add("二、机构设置")
    doc.add(f"{unit_name}{year}年{what}编制范围包括本部门机关本级。")


def budget_report(rng, style, unit_name, year, plan, prior_total_wan: Decimal) -> tuple[Doc, dict]:
    """A budget report. ``prior_total_wan``: the unit's budget total of the year before, in 万元."""
    doc = Doc(
        header_break_rate=style.header_break_rate,
        header_breaks=random.Random(f"{unit_name}:{year}:header"),
        pages=style.pages,
    )
    _cover(doc, style, unit_name, year, "部门预算")
    titles = [
        ("收支预算总表", "income_expenditure_summary"),
        ("支出预算总表", "expenditure_by_function"),
        ("一般公共预算支出预算表", "general_budget_by_function"),
        ("一般公共预算基本支出预算表", "general_budget_basic_by_economic"),
        ("“三公”经费支出预算表", "sangong"),
        ("收入预算表", "income_by_function"),
        ("财政拨款收支预算总表", "fiscal_summary"),
        ("政府性基金预算支出表", "government_fund"),
    ]
    # Half the budget reports add the 机关运行经费 table (the 302 items of the basic expenditure).
    operating_items = {code: v for code, v in plan.econ_budget.items() if code.startswith("302")}
    if operating_items and rng.random() < 0.5:
        titles.append(("一般公共预算机关运行经费支出预算表", "operating_costs"))
    # A third add the 政府采购 table.
    procurement = _draw_procurement(rng) if rng.random() < 0.35 else None
    if procurement:
        titles.append(("政府采购支出预算表", "procurement"))
    # Two in five add the 部门预算明细表 (line items).
    if rng.random() < 0.4:
        titles.append(("部门预算明细表", "line_items"))
    # A third end with the 绩效目标 table (Beijing's last tables): text, figures that are not amounts
    # (drawn apart, so the documents' other draws stay as they were).
    targets = random.Random(f"targets:{unit_name}:{year}")
    if targets.random() < 0.35:
        titles.append((targets.choice(["项目支出绩效目标表", "部门项目支出绩效目标申报表"]), "performance"))
    doc.add("目录")
    for n, (title, _key) in enumerate(titles, start=1):
        doc.add(f"表{cn_label(n)} {title}")
    _narrative_intro(doc, unit_name, year, "部门预算")
    facts: list[dict] = []
    tree = _tree(plan.leaves_budget)
    grand = sum((v[0] + v[1] for code, v in tree.items() if len(code) == 3), Decimal(0))
    grand_printed = printed(grand, "万元")
    doc.add("第三部分 部门预算情况说明")
    stated = grand_printed
    line = doc.add(f"{year}年{unit_name}收入支出总计{fmt(stated, True)}万元，均为一般公共预算拨款。")
    if rng.random() < 0.1:  # a misstated total
        stated = (grand_printed * Decimal(str(rng.choice([0.9, 1.1, 1.25])))).quantize(CENT)
        if stated != grand_printed:
            doc.lines[line - 1] = (
                f"{year}年{unit_name}收入支出总计{fmt(stated, True)}万元，均为一般公共预算拨款。"
            )
            doc.plant(
                "stated_total_vs_table",
                line,
                f"收入支出总计 stated {stated} 万元, tables {grand_printed} 万元",
            )
    doc.claims.append(
        {"claim_kind": "total_income_expenditure", "amount_yuan": str(as_yuan(stated, "万元")), "line": line}
    )
    if prior_total_wan >= 10:
        doc.year_on_year(rng, f"{year}年一般公共预算拨款支出", None, grand_printed, prior_total_wan)
    if "operating_costs" in dict(titles).values():
        _operating_costs_narrative(doc, rng, year, operating_items)
    if procurement:
        _procurement_narrative(doc, rng, year, procurement)
    doc.add("第二部分 部门预算表")
    # 表一 收支预算总表: two-sided, no 行次.
    _title(doc, f"表{cn_label(1)}", titles[0][0], unit_name, style)
    _header(doc, ["收入", "支出", "项目", "预算数", "项目", "预算数"])
    total_printed = style.printed(grand)
    right = [
        (f"{cn_label(i + 1)}、{functional_name(c, year)}", style.printed(tree[c][0] + tree[c][1]), None)
        for i, c in enumerate(c for c in tree if len(c) == 3)
    ]
    left = [("一、一般公共预算拨款收入", total_printed, None), ("二、政府性基金预算拨款收入", None, None)]
    _two_sided(doc, style, "budget", left, right)
    _two_sided(doc, style, "budget", [("收入总计", total_printed, None)], [("支出总计", total_printed, None)])
    # 表二 支出预算总表 (main) and 表三 一般公共预算支出预算表, by functional code.
    for n, (title, key) in ((2, titles[1]), (3, titles[2])):
        _title(doc, f"表{cn_label(n)}", title, unit_name, style)
        _header(doc, ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"])
        total = _function_table(
            doc,
            rng,
            style,
            year,
            key,
            ["total", "basic", "project"],
            plan.leaves_budget,
            "budget",
            record_facts=(n == 2),
            facts=facts,
        )
    _economic_table(
        doc, rng, style, titles[3][1], f"表{cn_label(4)}", titles[3][0], unit_name, plan.econ_budget, "budget"
    )
    _sangong_table(
        doc, rng, style, f"表{cn_label(5)}", titles[4][0], unit_name, {"budget": plan.sangong_budget}
    )
    _income_table(
        doc, rng, style, year, f"表{cn_label(6)}", titles[5][0], unit_name, plan.leaves_budget, "budget"
    )
    _fiscal_summary(
        doc, style, year, f"表{cn_label(7)}", titles[6][0], unit_name, plan.leaves_budget, "budget"
    )
    _title(doc, f"表{cn_label(8)}", titles[7][0], unit_name, style)
    _header(doc, ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    doc.add("本单位无此项支出，故此表为空。" if rng.random() < 0.5 else "本表无数据")
    line_items: list[dict] = []
    for n, (title, key) in enumerate(titles[8:], start=9):
        if key == "operating_costs":
            _operating_costs_table(doc, rng, style, f"表{cn_label(n)}", title, unit_name, operating_items)
        elif key == "procurement":
            _procurement_table(doc, rng, style, f"表{cn_label(n)}", title, unit_name, procurement)
        elif key == "performance":
            _performance_targets(doc, targets, year, f"表{cn_label(n)}", title, unit_name, plan)
        else:
            line_items = _line_items_table(doc, rng, style, f"表{cn_label(n)}", title, unit_name, year, plan)
    truth = {
        "total_expenditure_yuan": str(as_yuan(total, style.unit)),
        "facts": facts,
        "line_items": line_items,
    }
    return doc, truth


def _performance_targets(doc, rng, year, label, title, unit_name, plan: Plan) -> None:
    """项目支出绩效目标表: per project its money (万元), its year's target and its indicators, whose
    figures (人次, %, dates, 元 per head) are targets, not amounts: the parser keeps the table as text."""
    doc.add(f"{label} {title}")
    doc.add(f"部门：{unit_name}")
    projects = [leaf for leaf in plan.leaves_budget if printed(leaf.project, "万元") >= 1][:3]
    if not projects:
        doc.add("本单位无项目支出，故此表为空。")
        return
    for leaf in projects:
        money = fmt(printed(leaf.project, "万元"), True)
        people = rng.randint(2, 60) * 100
        doc.add(f"项目名称 {functional_name(leaf.code[:5], year)}{functional_name(leaf.code, year)}项目")
        doc.add(f"主管部门 {unit_name} 实施单位 {unit_name}")
        doc.add(f"项目资金（万元） 年度资金总额 {money}")
        doc.add(f"其中：财政拨款 {money}")
        doc.add("其他资金 0.00")
        doc.add(f"年度目标 完成{people:,}人次服务，服务对象满意度达到{rng.randint(85, 98)}%以上。")
        doc.add("一级指标 二级指标 三级指标 指标值")
        doc.add(f"产出指标 数量指标 服务人次 ≥{people}人次")
        doc.add(f"产出指标 质量指标 验收合格率 {rng.choice(['≥95%', '100%', '≥98%'])}")
        doc.add(f"产出指标 时效指标 完成时限 {year}年{rng.randint(6, 12)}月底前")
        doc.add(f"成本指标 经济成本指标 人均服务成本 ≤{rng.randint(50, 900)}元")
        doc.add(f"效益指标 社会效益指标 服务覆盖率 ≥{rng.randint(80, 99)}%")
        doc.add(f"满意度指标 服务对象满意度指标 群众满意度 ≥{rng.randint(85, 98)}%")


def _sangong_narrative(doc: Doc, rng: random.Random, plan: Plan) -> None:
    """The 三公 sentence of a final account: 年初预算, 决算 and the completion rate. Some state a 决算 that is
    not the 三公 table's (planted, recorded as a misstatement) with the rate of the true figures."""
    doc.add("三、财政拨款“三公”经费支出决算情况说明")
    budget, actual = plan.sangong_budget["total"], plan.sangong_actual["total"]
    stated = actual
    if actual and rng.random() < 0.08:
        stated = actual + Decimal(rng.randint(1, 9))  # a wrong figure; the rate is printed right
    sentence = f"“三公”经费财政拨款支出年初预算为{fmt(budget, True)}万元，支出决算为{fmt(stated, True)}万元"
    if budget:
        sentence += f"，完成预算的{(actual / budget * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    line = doc.add(sentence + "。")
    doc.execution_claim("sangong_execution", None, budget, stated, line)
    if stated != actual:
        doc.plant(
            "stated_sangong_vs_table",
            line,
            f"三公 决算 stated {stated} 万元, the 三公 table prints {actual} 万元",
        )


def final_account(
    rng,
    style,
    unit_name,
    year,
    plan,
    budget_class_printed_wan,
    budget_total_wan,
    prior_class_wan,
    prior_known,
) -> tuple[Doc, dict]:
    """A final account. ``budget_class_printed_wan``: the 类 budgets of the unit's budget report in 万元, as
    the narrative restates them; ``prior_class_wan``: the 类 actuals of the year before, in 万元, which the
    corpus also holds as a final account when ``prior_known``."""
    doc = Doc(
        header_break_rate=style.header_break_rate,
        header_breaks=random.Random(f"{unit_name}:{year}:header"),
        pages=style.pages,
    )
    _cover(doc, style, unit_name, year, "度部门决算")
    titles = [
        ("收入支出决算总表", "income_expenditure_summary"),
        ("支出决算表", "expenditure_by_function"),
        ("一般公共预算财政拨款支出决算表", "general_budget_by_function"),
        ("一般公共预算财政拨款基本支出决算表", "general_budget_basic_by_economic"),
        ("财政拨款“三公”经费支出决算表", "sangong"),
        ("收入决算表", "income_by_function"),
        ("财政拨款收入支出决算总表", "fiscal_summary"),
        ("政府性基金预算财政拨款收入支出决算表", "government_fund"),
        ("国有资本经营预算财政拨款支出决算表", "state_capital"),
    ]
    doc.add("目录")
    for n, (title, _key) in enumerate(titles, start=1):
        doc.add(f"表{n} {title}")
    _narrative_intro(doc, unit_name, year, "部门决算")
    facts: list[dict] = []
    tree = _tree(plan.leaves_actual)
    classes = [c for c in tree if len(c) == 3]
    actual_wan = {c: printed(tree[c][0] + tree[c][1], "万元") for c in classes}
    grand = sum((tree[c][0] + tree[c][1] for c in classes), Decimal(0))
    grand_wan = printed(grand, "万元")
    doc.add(f"第二部分 {year}年度部门决算情况说明")
    doc.add("一、收入支出决算总体情况说明")
    stated = grand_wan
    text = f"{year}年度收入支出总计{fmt(stated, True)}万元，均为一般公共预算财政拨款。"
    line = doc.add(text)
    if rng.random() < 0.08:
        stated = (grand_wan * Decimal(rng.choice(["0.8", "0.9", "1.1", "1.2"]))).quantize(CENT)
        doc.lines[line - 1] = f"{year}年度收入支出总计{fmt(stated, True)}万元，均为一般公共预算财政拨款。"
        doc.plant(
            "stated_total_vs_table",
            line,
            f"收入支出总计 stated {stated} 万元, tables {grand_wan} 万元",
        )
    doc.claims.append(
        {"claim_kind": "total_income_expenditure", "amount_yuan": str(as_yuan(stated, "万元")), "line": line}
    )
    doc.add("二、一般公共预算财政拨款支出决算情况说明")
    # Restated 年初预算: the whole and each 类, as the budget report printed them (万元). A misstated
    # restatement changes one 类 and the whole alike, so the 类 still add up to the whole.
    restated = dict(budget_class_printed_wan)
    planted_class = None
    if rng.random() < 0.06 and restated:
        planted_class = rng.choice(sorted(restated))
        restated[planted_class] += Decimal(rng.randint(10, 300))
    # The whole is the budget report's total rounded once, not the sum of the rounded 类.
    whole_budget = budget_total_wan + (
        restated[planted_class] - budget_class_printed_wan[planted_class] if planted_class else Decimal(0)
    )
    rate_misstated = rng.random() < 0.1
    rate = (grand_wan / whole_budget * 100).quantize(CENT, rounding=ROUND_HALF_UP) if whole_budget else None
    stated_rate = rate
    if rate is not None and rate_misstated:
        shift = Decimal(rng.choice([-1, 1])) * Decimal(rng.randint(3, 20))
        stated_rate = rate + shift if rate + shift > 0 else rate - shift  # a wrong rate, never negative
    line = doc.add(
        f"{year}年度一般公共预算财政拨款支出年初预算为{fmt(whole_budget, True)}万元，支出决算为"
        f"{fmt(grand_wan, True)}万元，完成年初预算的{stated_rate}%。"
    )
    if rate_misstated:
        doc.plant("stated_rate_mismatch", line, f"stated {stated_rate}% vs {rate}%")
    if planted_class is not None:
        doc.plant(
            "restated_budget_mismatch",
            line,
            "the whole 年初预算 restated differently from the budget report",
        )
    doc.execution_claim("execution", None, whole_budget, grand_wan, line)
    for n, code in enumerate(sorted(set(classes) | set(restated)), start=1):
        budget = restated.get(code, Decimal(0))
        actual = actual_wan.get(code, Decimal(0))
        sentence = (
            f"{n}、{functional_name(code, year)}（类）。年初预算为{fmt(budget, True)}万元，"
            f"支出决算为{fmt(actual, True)}万元"
        )
        if budget:
            class_rate = (actual / budget * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            sentence += f"，完成年初预算的{class_rate}%。"
        else:
            sentence += "。"
        line = doc.add(sentence)
        doc.execution_claim("execution", code, budget, actual, line)
        if budget:
            facts.append(
                {
                    "phase": "budget",
                    "subject_code": code,
                    "expenditure_type": "unspecified",
                    "amount_yuan": str(as_yuan(budget, "万元")),
                }
            )
        if code == planted_class:
            doc.plant(
                "restated_budget_mismatch",
                line,
                f"类 {code} 年初预算 restated differently from the budget report",
            )
    _sangong_narrative(doc, rng, plan)
    doc.add("四、一般公共预算财政拨款支出决算同比变动情况")
    for n, code in enumerate(sorted(classes), start=1):
        if prior_class_wan.get(code, Decimal(0)) >= 10:
            subject = f"（{cn_label(n)}）{functional_name(code, year)}（类）支出决算"
            doc.year_on_year(rng, subject, code, actual_wan[code], prior_class_wan[code], prior_known)
    doc.add("第三部分 部门决算表")
    # 表1 收入支出决算总表: two-sided with 行次 (row numbers that are not amounts).
    _title(doc, "表1", titles[0][0], unit_name, style)
    _header(doc, ["收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额"])
    total_printed = style.printed(grand)
    left = [
        ("一、一般公共预算财政拨款收入", total_printed, 1),
        ("二、政府性基金预算财政拨款收入", None, 2),
        ("三、上级补助收入", None, 3),
    ]
    right = [
        (
            f"{cn_label(i + 1)}、{functional_name(c, year)}",
            style.printed(tree[c][0] + tree[c][1]),
            32 + i,
        )
        for i, c in enumerate(classes)
    ]
    # A few summaries misprint a 类 (planted: the 支出表 prints its 合计), or 本年收入合计 or 本年支出合计
    # (planted: the 收入表 or 支出表 合计 prints the amount); drawn apart, so the other draws stay as they
    # were.
    misprint = random.Random(f"{unit_name}:{year}:summary_misprint")
    wrong_class = misprint.randrange(len(right)) if misprint.random() < 0.03 else None
    if wrong_class is not None:
        label, figure, number = right[wrong_class]
        off = Decimal(misprint.randint(1, 9)) * _unit_step(style) * 100  # 100 to 900 printed steps
        right[wrong_class] = (label, figure + off, number)
    class_lines = _two_sided(doc, style, "actual", left, right)
    if wrong_class is not None:
        doc.plant(
            "summary_class_vs_table",
            class_lines[wrong_class],
            f"收入支出决算总表 prints {right[wrong_class][0]} {right[wrong_class][1]}, the 支出决算表 "
            f"its 合计 ({style.unit})",
        )
    income_total = expenditure_total = total_printed
    side = misprint.choice(["income", "expenditure"]) if misprint.random() < 0.04 else None
    off = Decimal(misprint.randint(1, 50)) * (1 if style.unit == "万元" else 10000)  # 1 to 50 万元
    if side == "income":
        income_total = total_printed + off
    elif side == "expenditure":
        expenditure_total = total_printed - off if total_printed > off else total_printed + off
    income_side = [
        ("本年收入合计", income_total, 30),
        ("年初结转和结余", None, 31),
        ("收入总计", total_printed, 32),
    ]
    spent_side = [
        ("本年支出合计", expenditure_total, 60),
        ("年末结转和结余", None, 62),
        ("支出总计", total_printed, 64),
    ]
    totals_line = _two_sided(doc, style, "actual", income_side, spent_side)[0]
    if side is not None:
        printed_total = income_total if side == "income" else expenditure_total
        doc.plant(
            f"summary_{side}_vs_table",
            totals_line,
            f"收入支出决算总表 prints 本年{'收入' if side == 'income' else '支出'}合计 {printed_total}, "
            f"the {'收入决算表' if side == 'income' else '支出决算表'} 合计 {total_printed} ({style.unit})",
        )
    # 表2 支出决算表 (main; six part columns, most blank) and 表3 一般公共预算财政拨款支出决算表.
    _title(doc, "表2", titles[1][0], unit_name, style)
    _header(
        doc,
        [
            "项目",
            "科目编码",
            "科目名称",
            "本年支出合计",
            "基本支出",
            "项目支出",
            "上缴上级支出",
            "经营支出",
            "对附属单位补助支出",
        ],
    )
    total = _function_table(
        doc,
        rng,
        style,
        year,
        "expenditure_by_function",
        ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"],
        plan.leaves_actual,
        "actual",
        record_facts=True,
        facts=facts,
    )
    _title(doc, "表3", titles[2][0], unit_name, style)
    _header(doc, ["项目", "科目编码", "科目名称", "本年支出", "小计", "基本支出", "项目支出"])
    _function_table(
        doc,
        rng,
        style,
        year,
        "general_budget_by_function",
        ["total", "basic", "project"],
        plan.leaves_actual,
        "actual",
        record_facts=False,
        facts=facts,
    )
    _economic_table(doc, rng, style, titles[3][1], "表4", titles[3][0], unit_name, plan.econ_actual, "actual")
    _sangong_table(
        doc,
        rng,
        style,
        "表5",
        titles[4][0],
        unit_name,
        {"budget": plan.sangong_budget, "actual": plan.sangong_actual},
    )
    _income_table(doc, rng, style, year, "表6", titles[5][0], unit_name, plan.leaves_actual, "actual")
    _fiscal_summary(doc, style, year, "表7", titles[6][0], unit_name, plan.leaves_actual, "actual")
    for n, (title, _key) in ((8, titles[7]), (9, titles[8])):
        _title(doc, f"表{n}", title, unit_name, style)
        _header(doc, ["项目", "科目编码", "科目名称", "本年支出", "合计"])
        doc.add(rng.choice(["本单位无此项收支，故此表为空。", "此表无数据", "本表无数据"]))
    _self_evaluation(doc, rng, year, unit_name, plan)
    truth = {"total_expenditure_yuan": str(as_yuan(total, style.unit)), "facts": facts}
    return doc, truth


def _self_evaluation(doc: Doc, rng: random.Random, year: int, unit_name: str, plan: Plan) -> None:
    """项目支出绩效自评表 for up to three projects (the project money of a 项 in the budget and the actual),
    in the national template: the funds row 年初预算数 全年预算数 全年执行数 分值 执行率 得分 (万元), then
    indicator rows whose numbers are not money. Some state a rate the figures do not give (planted:
    stated_rate_mismatch). Some leave 年初预算数 blank (dropped from the text): only where the printed rate
    decides which column is blank, i.e. the rate is right and 分值 / 全年执行数 is not that rate."""
    budget_of = {leaf.code: leaf.project for leaf in plan.leaves_budget}
    # Projects of at least 1 万元: below that, figures rounded to 0.01 万元 cannot prove a rate wrong.
    projects = [
        leaf
        for leaf in plan.leaves_actual
        if printed(leaf.project, "万元") >= 1 and printed(budget_of.get(leaf.code, Decimal(0)), "万元") >= 1
    ]
    for leaf in projects[:3]:
        budget, actual = printed(budget_of[leaf.code], "万元"), printed(leaf.project, "万元")
        rate = (actual / budget * 100).quantize(CENT, rounding=ROUND_HALF_UP)
        stated = rate
        wrong = rng.random() < 0.08
        if wrong:
            shift = Decimal(rng.randint(3, 20))
            stated = rate + shift if rate - shift <= 0 or rng.random() < 0.5 else rate - shift
        points = min(Decimal(10), Decimal(10) * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        # Named by 款 and 项: a 项 name such as 一般行政管理事务 recurs under many 款, a project's does not.
        name = f"{functional_name(leaf.code[:5], year)}{functional_name(leaf.code, year)}项目"
        doc.add("项目支出绩效自评表")
        doc.add(f"（{year}年度）")
        doc.add(f"项目名称 {name}")
        doc.add(f"主管部门 {unit_name} 实施单位 {unit_name}")
        doc.add("项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分")
        # With 年初预算数 dropped, "B A 10 r%" could also read 全年预算数 A, 全年执行数 10 (an integer:
        # anything from 9.5 to 10.5): blank it only where no such reading gives the printed rate.
        low, high = Decimal("9.5") / actual * 100 - 1, Decimal("10.5") / actual * 100 + 1
        decidable = not wrong and not low <= rate <= high
        initial = "" if decidable and rng.random() < 0.3 else f"{fmt(budget, True)} "
        line = doc.add(f"年度资金总额 {initial}{fmt(budget, True)} {fmt(actual, True)} 10 {stated}% {points}")
        doc.add(f"其中：当年财政拨款 {initial}{fmt(budget, True)} {fmt(actual, True)} — — —")
        doc.add("上年结转资金 — — —")
        doc.add("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")
        target = rng.randint(1, 9) * 1000
        doc.add(f"产出指标 数量指标 服务人次 ≥{target}人次 {target + rng.randint(0, 999)}人次 20 20")
        doc.add("效益指标 社会效益指标 故障率 ≤5% 2% 20 20")
        doc.add(f"总分 100 {Decimal(90) + points}")
        doc.claims.append(
            {
                "claim_kind": "project_execution",
                "subject_name": name,
                "budget_yuan": str(as_yuan(budget, "万元")),
                "actual_yuan": str(as_yuan(actual, "万元")),
                "line": line,
            }
        )
        if wrong:
            doc.plant(
                "stated_rate_mismatch",
                line,
                f"{name}: stated 执行率 {stated}%, {actual} / {budget} 万元 gives {rate}%",
            )


# --- the corpus -------------------------------------------------------------------------------------------


def units(rng: random.Random) -> list[tuple[str, str, str, str, list[str]]]:
    out = []
    for province, city, district in REGIONS:
        for dept, kuans in DEPARTMENTS:
            out.append((province, city, district, f"{city}{district}{dept}", kuans))
    rng.shuffle(out)
    return out


def generator_version() -> str:
    """The hash of this file: a corpus written by another version of the generator is another corpus."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def generate(n: int, seed: int, out: Path, restyle: Callable[[Style, str], None] | None = None) -> dict:
    """Write n documents and their truth under ``out``. ``restyle`` (tests) may change each document's
    drawn print style before it is written, to pin a rendition."""
    rng = random.Random(seed)
    all_units = units(rng)
    years = list(range(2017, 2025))
    pairs = (n + 1) // 2
    written = []
    for i in range(pairs):
        if i >= len(all_units) * len(years):
            raise SystemExit(f"at most {2 * len(all_units) * len(years)} documents (unit x year pairs)")
        # Each unit reports for consecutive years, so time series exist at any corpus size.
        province, _city, _district, unit_name, kuans = all_units[i // len(years)]
        year = years[i % len(years)]
        doc_rng = random.Random(f"{seed}:{unit_name}:{year}")
        plan = make_plan(doc_rng, kuans + COMMON_KUAN)
        # The year before, drawn as that year's documents draw it: the figures year-on-year sentences compare
        # with.
        prior = make_plan(random.Random(f"{seed}:{unit_name}:{year - 1}"), kuans + COMMON_KUAN)
        prior_budget = _tree(prior.leaves_budget)
        prior_total_wan = printed(
            sum((v[0] + v[1] for c, v in prior_budget.items() if len(c) == 3), Decimal(0)), "万元"
        )
        prior_actual = _tree(prior.leaves_actual)
        prior_class_wan = {c: printed(v[0] + v[1], "万元") for c, v in prior_actual.items() if len(c) == 3}
        for kind in ("budget", "final_account"):
            if len(written) >= n:
                break
            style = Style(
                unit=doc_rng.choice(["万元", "万元", "元"]),
                separators=doc_rng.random() < 0.7,
                wrap_rate=doc_rng.choice([0.0, 0.3, 0.6]),
                split_codes=doc_rng.random() < 0.2,
                cover_one_line=doc_rng.random() < 0.5,
            )
            # Drawn apart, so that the other documents print as they did before this layout was added.
            style.cell_per_line = random.Random(f"{seed}:{unit_name}:{year}:{kind}:cells").random() < 0.1
            # Print quirks of some producers (domain.md, "Why plain text is hard"), drawn apart too.
            quirks = random.Random(f"{seed}:{unit_name}:{year}:{kind}:quirks")
            style.spaced_words = quirks.random() < 0.12
            style.organisation_as_unit = quirks.random() < 0.1
            style.split_decimal_rate = 0.05 if quirks.random() < 0.1 else 0.0
            style.header_break_rate = 0.3 if quirks.random() < 0.15 else 0.0
            style.decimals = 4 if style.unit == "万元" and quirks.random() < 0.1 else 2
            # Most texts come from pdftotext: a form feed opens every page, and most reports number their
            # pages; drawn apart, so that the other draws stay as they were.
            paging = random.Random(f"{seed}:{unit_name}:{year}:{kind}:pages")
            if paging.random() < 0.85:
                style.pages = Pages(
                    length=paging.randint(30, 60),
                    number_format=paging.choice(["{}", "{}", "{}", "- {} -", None]),
                    first_numbered=paging.randint(1, 3),
                    repeat_header=paging.random() < 0.5,
                )
            # Whole 元 ("1075000", "1,075,000"), the parts of a row rounding up to 1 元 a figure off its
            # total. In a text without page breaks a lone short figure on a line of its own cannot be told
            # from a page number (functional.is_noise), so there only with separators and not a cell per
            # line: a parser limit the closing note names.
            whole = style.pages is not None or (style.separators and not style.cell_per_line)
            if style.unit == "元" and quirks.random() < 0.25 and whole:
                style.decimals = 0
            if restyle is not None:
                restyle(style, kind)
            if kind == "budget":
                doc, truth = budget_report(doc_rng, style, unit_name, year, plan, prior_total_wan)
                budget_tree = _tree(plan.leaves_budget)
                budget_wan = {c: printed(v[0] + v[1], "万元") for c, v in budget_tree.items() if len(c) == 3}
                budget_total_wan = printed(
                    sum((v[0] + v[1] for c, v in budget_tree.items() if len(c) == 3), Decimal(0)), "万元"
                )
            else:
                doc, truth = final_account(
                    doc_rng,
                    style,
                    unit_name,
                    year,
                    plan,
                    budget_wan,
                    budget_total_wan,
                    prior_class_wan,
                    prior_known=year > years[0],  # the year before is written first, for every unit
                )
            name = f"{unit_name}_{year}_{'预算' if kind == 'budget' else '决算'}"
            relative = f"{province}/{name}.txt"
            path = out / "raw" / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(doc.text(), encoding="utf-8")
            truth_path = out / "truth" / f"{province}/{name}.json"
            truth_path.parent.mkdir(parents=True, exist_ok=True)
            record = {
                "file": relative,
                "doc_kind": kind,
                "unit_name": unit_name,
                "fiscal_year": year,
                "amount_unit": style.unit,
                **truth,
                "cells": doc.cells,
                "claims": doc.claims,
                "misstatements": doc.misstatements,
                "notes": doc.notes,
            }
            truth_path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            written.append(relative)
    manifest = {"seed": seed, "generator": generator_version(), "documents": len(written), "files": written}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--n", type=int, default=100, help="number of documents (budget + final account pairs)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    manifest = generate(args.n, args.seed, args.out)
    print(f"{manifest['documents']} documents in {args.out / 'raw'}, ground truth in {args.out / 'truth'}")


if __name__ == "__main__":
    main()
