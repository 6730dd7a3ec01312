"""Tables and their text for the rules_s32f reports (departments with several units): builds every printed table
of a report from the figures typed in rules_s32f_data.py and prints it as plain pdftotext (no -layout: a row a
line, cells one space apart, blank cells dropped) or as pdftotext -layout (cells at absolute columns). Nothing here
reads the parser. Base: rules_s31k/s31k_lib.py (department tables, layout printing) and rules_s32a/s32a_lib.py
(plain "line" mode), with the tables a department prints by unit added:

- "grid" tables: lead text columns (单位编码 / 单位名称 / 科目编码 / 科目名称, or 项目名称) then amount columns; each row
  has a role: "total" (the 合计 row: expected), "code" (a department's functional row: expected under its code),
  "project" (a project: expected under its name), "dept" (the department's own row in a table by unit, repeating
  合计), "unit" (a unit's subtotal row), "ucode" (a functional row printed under a unit, the unit's share), "heading"
  (a line naming a unit above its projects, no figure). dept / unit / ucode rows are the units' figures: NOT loaded
  (the warehouse keeps the department's figures and has no unit column for them), and a diagnostic must name them.
- "sangong_u": a 三公 table with a 单位名称 column, the 合计 row then one row per unit (合计 expected, units not).
- "text": lines printed as they are (a 单位构成 table: names, 单位性质, 经费形式, staff counts; no money).

A unit's money: leaves by functional 项 split by source and kind (budget: gp / gf / biz / oth + _b / _p; final:
spending gp_b gp_p gf_b gf_p nf_b nf_p, income i_gp i_gf i_biz i_oth); a budget unit's project leaves are the sums
of its projects (name, code, gp, gf, biz). The department's leaves are its units' added."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010350": "事业运行",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "20599": "其他教育支出",
    "2059999": "其他教育支出",
    "206": "科学技术支出",
    "20603": "应用研究",
    "2060301": "机构运行",
    "2060302": "社会公益研究",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070199": "其他文化和旅游支出",
    "208": "社会保障和就业支出",
    "20801": "人力资源和社会保障管理事务",
    "2080101": "行政运行",
    "2080102": "一般行政管理事务",
    "2080105": "劳动保障监察",
    "2080106": "就业管理事务",
    "2080109": "社会保险经办机构",
    "2080111": "公共就业服务和职业技能鉴定机构",
    "2080150": "事业运行",
    "2080199": "其他人力资源和社会保障管理事务支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "2080299": "其他民政管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20807": "就业补助",
    "2080799": "其他就业补助支出",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "2081005": "社会福利事业单位",
    "20811": "残疾人事业",
    "2081107": "残疾人生活和护理补贴",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100402": "卫生监督机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处置",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130109": "农产品质量安全",
    "2130110": "执法监管",
    "2130119": "防灾救灾",
    "2130135": "农业生产发展",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130306": "水利工程运行与维护",
    "2130310": "水土保持",
    "2130311": "水资源节约管理与保护",
    "2130314": "防汛",
    "2130335": "农村供水",
    "2130350": "事业运行",
    "21372": "大中型水库移民后期扶持基金支出",
    "2137201": "移民补助",
    "2137202": "基础设施建设和经济发展",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140136": "水路运输管理支出",
    "2140150": "事业运行",
    "2140199": "其他公路水路运输支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "2200112": "地质勘查与矿产资源管理",
    "2200150": "事业运行",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22406": "自然灾害防治",
    "2240601": "地质灾害防治",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
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
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30209": "物业管理费",
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
    "30301": "离休费",
    "30302": "退休费",
    "30304": "抚恤金",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30309": "奖励金",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31007": "信息网络及软件购置更新",
}

CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    return CN[i - 1] if i <= 10 else "十" + CN[i - 11]


def ljust(s: str, w: int) -> str:
    """pdftotext -layout places every character, CJK or not, at one text column."""
    return s + " " * max(0, w - len(s))


@dataclass
class Fmt:
    """How a table prints an amount: unit, thousands separators, zero cells ("" blank, "0.00", "-")."""

    unit: str = "万元"
    sep: bool = True
    zero: str = ""

    def num(self, v: D) -> str:
        a = abs(v).quantize(D("0.01"))
        s = f"{a:,.2f}" if self.sep else f"{a:.2f}"
        return "-" + s if v < 0 else s

    def cell(self, v: D | None) -> str:
        if v is None:
            return ""
        if v == 0:
            return self.zero
        return self.num(v)

    def want(self, v: D | None) -> str | None:
        if v is None or (v == 0 and not self.zero):
            return None
        if v == 0:
            return "0.00?"
        return self.num(v)


@dataclass
class Row:
    """A grid row: its lead cells (unit code, unit name, functional code, name …), its figures, its role (module
    docstring), and the code / name it is expected under (code and project rows) or the unit it belongs to."""

    cells: list
    vals: list
    role: str
    code: str | None = None
    name: str = ""
    unit: str = ""


@dataclass
class Table:
    kind: str  # "coded", "two", "sangong", "grid", "sangong_u", "text"
    key: str | None  # base table key (vocabulary); the printed key (with _2 …) is set by key_tables()
    title: str
    unit: str
    cols: list = field(default_factory=list)  # [(header, column key)]
    rows: list = field(default_factory=list)
    fmt: Fmt | None = None
    empty: str = ""
    econ: bool = False
    lead: list = field(default_factory=list)  # grid: [(header, width)] of the lead columns
    lines: list = field(default_factory=list)  # text: plain lines; layout lines
    layout_lines: list = field(default_factory=list)
    final_sg: bool = False  # sangong_u: 12 figures a row (年初预算数 then 决算数)
    role: str = ""  # what the table is in the report ("by_unit", "blocks", "projects", …)

    def cell(self, v):
        return self.fmt.cell(v)


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v.replace(",", "")) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


def merge(leaf_lists) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for leaves in leaf_lists:
        for code, parts in leaves.items():
            out[code] = add(out.get(code, {}), parts)
    return dict(sorted(out.items()))


def rollup(leaves: dict[str, dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for code, parts in leaves.items():
        for c in (code[:3], code[:5], code):
            out[c] = add(out.get(c, {}), parts)
    return dict(sorted(out.items()))


def total(rows: dict[str, dict]) -> dict:
    t: dict = {}
    for c, parts in rows.items():
        if len(c) == 3:
            t = add(t, parts)
    return t


def s(p: dict, *keys: str) -> D:
    return sum((p.get(k, Z) for k in keys), Z)


def unit_leaves(u: dict, kind: str) -> dict[str, dict]:
    """A unit's leaves: its typed leaves plus (budget) its projects added under their codes."""
    out = dict(parse_leaf(x) for x in u["leaves"])
    out = {c: dict(p) for c, p in out.items()}
    if kind == "budget":
        for name, code, *money in u.get("projects", []):
            parts = {k: D(v.replace(",", "")) for k, v in zip(("gp_p", "gf_p", "biz_p"), money) if v}
            out[code] = add(out.get(code, {}), parts)
    return dict(sorted(out.items()))


def coded(doc: dict, rows: dict, fn, codes=None) -> list:
    names = {**FUNC, **doc.get("func_names", {})}
    out = []
    for code, parts in rows.items():
        if codes is not None and len(code) not in codes:
            continue
        vals = fn(parts)
        if any(v for v in vals):
            out.append((code, names[code], vals))
    return out


def with_total(rows: list, label: str = "合计") -> list:
    if not rows:
        return []
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if r[0] and len(r[0]) == 3), Z) for i in range(n)]
    return [(None, label, tot), *rows]


def econ_rows(doc: dict) -> list:
    """一般公共预算基本支出 by economic 类 and 款: 合计 | 人员经费 | 公用经费, the 合计 row first."""
    econ = doc["econ"]
    cls: dict[str, D] = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + D(v.replace(",", ""))
    pers = sum((v for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v for c, v in cls.items() if c not in ("301", "303")), Z)
    rows = [(None, "合计", [pers + pub, pers, pub])]
    for c3 in sorted(cls):
        personnel = c3 in ("301", "303")
        items = [(c3, cls[c3])] + sorted((c, D(v.replace(",", ""))) for c, v in econ.items() if c[:3] == c3)
        for c, v in items:
            rows.append((c, ECON[c], [v, v if personnel else None, None if personnel else v]))
    return rows


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x.replace(",", "")) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


def pair(left: list, right: list) -> list:
    n = max(len(left), len(right))
    left = left + [(None, None)] * (n - len(left))
    right = right + [(None, None)] * (n - len(right))
    return [(a, b, c, d) for (a, b), (c, d) in zip(left, right, strict=True)]


def class_list(doc: dict, rows: dict, fn) -> list[tuple[str, D]]:
    names = {**FUNC, **doc.get("func_names", {})}
    present = [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and fn(p)]
    return [(f"{cn(i)}、{names[c]}", v) for i, (c, v) in enumerate(present, 1)]


# ------------------------------------------------------------------------------------------ money of a part

BSRC = ("gp", "gf", "biz", "oth")
INC_B = {
    "gp": ("一般公共预算拨款收入", "general_public"),
    "gf": ("政府性基金预算拨款收入", "government_fund"),
    "biz": ("事业收入", "business"),
    "oth": ("其他收入", "other_income"),
}
SPEND = ("gp_b", "gp_p", "gf_b", "gf_p", "nf_b", "nf_p")
INCK = ("i_gp", "i_gf", "i_biz", "i_oth")


def bsum(p: dict, src=BSRC, kinds=("b", "p")) -> D:
    return sum((p.get(f"{x}_{k}", Z) for x in src for k in kinds), Z)


def inc_fn(doc: dict):
    """The income table's columns and a function of a leaf group giving its figures."""
    if doc["kind"] == "budget":
        srcs = doc["inc_src"]
        cols = [("合计", "total")] + [INC_B[x] for x in srcs]
        return cols, lambda p: [bsum(p)] + [bsum(p, (x,)) for x in srcs]
    cols = [
        ("本年收入合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("事业收入", "business"),
        ("其他收入", "other_income"),
    ]
    return cols, lambda p: [s(p, *INCK), s(p, "i_gp", "i_gf"), s(p, "i_biz"), s(p, "i_oth")]


def exp_fn(doc: dict):
    if doc["kind"] == "budget":
        cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
        return cols, lambda p: [bsum(p), bsum(p, kinds=("b",)), bsum(p, kinds=("p",))]
    cols = [("本年支出合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    return cols, lambda p: [s(p, *SPEND), s(p, "gp_b", "gf_b", "nf_b"), s(p, "gp_p", "gf_p", "nf_p")]


# ------------------------------------------------------------------------------------------ department tables


def build_budget(doc: dict, leaves: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(leaves)
    tot = total(rows)
    T: dict[str, Table] = {}
    gp, gf, biz, oth = (bsum(tot, (x,)) for x in ("gp", "gf", "biz", "oth"))
    inc = gp + gf + biz + oth
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、事业收入", biz),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", oth),
        ("本年收入合计", inc),
        ("上年结转", Z),
        ("收入总计", inc),
    ]
    right = class_list(doc, rows, bsum)
    right += [("本年支出合计", bsum(tot)), ("结转下年", Z), ("支出总计", bsum(tot))]
    T["IES"] = Table("two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right))
    icols, ifn = inc_fn(doc)
    T["INC"] = Table("coded", "income_by_function", t["INC"], u, icols, with_total(coded(doc, rows, ifn)), f)
    ecols, efn = exp_fn(doc)
    T["EXP"] = Table(
        "coded", "expenditure_by_function", t["EXP"], u, ecols, with_total(coded(doc, rows, efn)), f
    )
    left = [
        ("一、一般公共预算拨款", gp),
        ("二、政府性基金预算拨款", gf),
        ("三、国有资本经营预算拨款", Z),
        ("收入总计", gp + gf),
    ]

    def fsum(p):
        return bsum(p, ("gp", "gf"))

    names = {**FUNC, **doc.get("func_names", {})}
    present = [c for c, p in rows.items() if len(c) == 3 and fsum(p)]
    right = [
        (f"{cn(i)}、{names[c]}", [fsum(rows[c]), bsum(rows[c], ("gp",)), bsum(rows[c], ("gf",)), Z])
        for i, c in enumerate(present, 1)
    ]
    right.append(("支出总计", [gp + gf, gp, gf, Z]))
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right))
    cols3 = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]

    def gbf(p):
        return [bsum(p, ("gp",)), bsum(p, ("gp",), ("b",)), bsum(p, ("gp",), ("p",))]

    T["GB"] = Table(
        "coded", "general_budget_by_function", t["GB"], u, cols3, with_total(coded(doc, rows, gbf)), f
    )
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        t["GBB"],
        u,
        [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        econ_rows(doc),
        f,
        econ=True,
    )

    def gff(p):
        return [bsum(p, ("gf",)), bsum(p, ("gf",), ("b",)), bsum(p, ("gf",), ("p",))]

    gfr = with_total(coded(doc, rows, gff))
    T["GF"] = Table("coded", "government_fund", t["GF"], u, cols3, gfr, f, empty=doc["empty"].get("GF", ""))
    T["SC"] = Table("coded", "state_capital", t["SC"], u, cols3, [], f, empty=doc["empty"]["SC"])
    return T


def build_final(doc: dict, leaves: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(leaves)
    tot = total(rows)
    T: dict[str, Table] = {}
    i_gp, i_gf, i_biz, i_oth = (s(tot, k) for k in INCK)
    inc = s(tot, *INCK)
    exp = s(tot, *SPEND)
    begin, begin_gp = D(doc["begin"].replace(",", "")), D(doc["begin_gp"].replace(",", ""))
    end = begin + inc - exp
    left = [
        ("一、一般公共预算财政拨款收入", i_gp),
        ("二、政府性基金预算财政拨款收入", i_gf),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", i_biz),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", i_oth),
        ("本年收入合计", inc),
        ("使用非财政拨款结余", Z),
        ("年初结转和结余", begin),
        ("总计", inc + begin),
    ]

    def efn0(p):
        return s(p, *SPEND)

    right = class_list(doc, rows, efn0)
    right += [("本年支出合计", exp), ("结余分配", Z), ("年末结转和结余", end), ("总计", exp + end)]
    T["IES"] = Table("two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right))
    icols, ifn = inc_fn(doc)
    T["INC"] = Table("coded", "income_by_function", t["INC"], u, icols, with_total(coded(doc, rows, ifn)), f)
    ecols, efn = exp_fn(doc)
    T["EXP"] = Table(
        "coded", "expenditure_by_function", t["EXP"], u, ecols, with_total(coded(doc, rows, efn)), f
    )
    gpe, gfe = s(tot, "gp_b", "gp_p"), s(tot, "gf_b", "gf_p")
    fend_gp = begin_gp + i_gp - gpe
    fend_gf = i_gf - gfe
    left = [
        ("一、一般公共预算财政拨款", i_gp),
        ("二、政府性基金预算财政拨款", i_gf),
        ("三、国有资本经营预算财政拨款", Z),
        ("本年收入合计", i_gp + i_gf),
        ("年初财政拨款结转和结余", begin_gp),
        ("总计", i_gp + i_gf + begin_gp),
    ]

    def ffn(p):
        return s(p, "gp_b", "gp_p", "gf_b", "gf_p")

    names = {**FUNC, **doc.get("func_names", {})}
    present = [c for c, p in rows.items() if len(c) == 3 and ffn(p)]
    right = [
        (f"{cn(i)}、{names[c]}", [ffn(rows[c]), s(rows[c], "gp_b", "gp_p"), s(rows[c], "gf_b", "gf_p"), Z])
        for i, c in enumerate(present, 1)
    ]
    fend = fend_gp + fend_gf
    right += [
        ("本年支出合计", [gpe + gfe, gpe, gfe, Z]),
        ("年末财政拨款结转和结余", [fend, fend_gp, fend_gf, Z]),
        ("总计", [gpe + gfe + fend, gpe + fend_gp, gfe + fend_gf, Z]),
    ]
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right))

    def gbf(p):
        return [s(p, "gp_b", "gp_p"), s(p, "gp_b"), s(p, "gp_p")]

    cols3 = [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded", "general_budget_by_function", t["GB"], u, cols3, with_total(coded(doc, rows, gbf)), f
    )
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        t["GBB"],
        u,
        [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        econ_rows(doc),
        f,
        econ=True,
    )

    def gff(p):
        return [s(p, "gf_b", "gf_p"), s(p, "gf_b"), s(p, "gf_p")]

    gfr = with_total(coded(doc, rows, gff))
    T["GF"] = Table("coded", "government_fund", t["GF"], u, cols3, gfr, f, empty=doc["empty"].get("GF", ""))
    T["SC"] = Table("coded", "state_capital", t["SC"], u, cols3, [], f, empty=doc["empty"]["SC"])
    return T


# ------------------------------------------------------------------------------------------ tables by unit


def by_unit(doc: dict, which: str, spec: dict) -> Table:
    """A table by unit alone (no functional code): 合计, the department's own row (spec["dept"]: its code and
    name), then one row per unit (单位编码 单位名称 where spec["codes"])."""
    cols, fn = (inc_fn if which == "INC" else exp_fn)(doc)
    f = spec.get("fmt", doc["fmt"])
    codes = spec.get("codes", True)
    lead = [("单位编码", 10), ("单位名称", 30)] if codes else [("单位名称", 34)]
    rows = []
    allv = fn(total(rollup(doc["_dept_leaves"])))
    rows.append(Row(["", "合计"] if codes else ["合计"], allv, "total", None, "合计"))
    if spec.get("dept"):
        code, name = spec["dept"]
        rows.append(Row([code, name] if codes else [name], allv, "dept", None, name, name))
    for u in doc["units"]:
        v = fn(total(rollup(u["_leaves"])))
        rows.append(
            Row([u["code"], u["name"]] if codes else [u["name"]], v, "unit", None, u["name"], u["name"])
        )
    key = "income_by_function" if which == "INC" else "expenditure_by_function"
    return Table("grid", key, spec["title"], f.unit, cols, rows, f, lead=lead, role="by_unit")


def unit_blocks(doc: dict, which: str, spec: dict) -> Table:
    """A table by unit and code: 合计; where spec["dept_first"], the department's code rows (expected); then each
    unit's subtotal row (spec["unit_label"] formats it) and its code rows (项 only where spec["levels"] ==
    "xiang"), a 单位编码 / 单位名称 / 科目编码 / 科目名称 lead where spec["four"]."""
    cols, fn = (inc_fn if which == "INC" else exp_fn)(doc)
    f = spec.get("fmt", doc["fmt"])
    four = spec.get("four", False)
    names = {**FUNC, **doc.get("func_names", {})}
    lengths = (7,) if spec.get("levels") == "xiang" else (3, 5, 7)
    lead = (
        [("单位编码", 8), ("单位名称", 26), ("科目编码", 9), ("科目名称", 30)]
        if four
        else [("科目编码", 9), ("科目名称", 40)]
    )

    def cells(ucode, uname, code, name):
        return [ucode, uname, code, name] if four else [code, name or uname]

    rows = [Row(cells("", "合计", "", ""), fn(total(rollup(doc["_dept_leaves"]))), "total", None, "合计")]
    if spec.get("dept_first"):
        for code, parts in rollup(doc["_dept_leaves"]).items():
            v = fn(parts)
            if len(code) in lengths and any(v):
                rows.append(Row(cells("", "", code, names[code]), v, "code", code, names[code]))
    for u in doc["units"]:
        label = spec.get("unit_label", "{name}").format(name=u["name"], code=u["code"])
        v = fn(total(rollup(u["_leaves"])))
        rows.append(
            Row(
                cells(u["code"], u["name"], "", "") if four else ["", label],
                v,
                "unit",
                None,
                label,
                u["name"],
            )
        )
        for code, parts in rollup(u["_leaves"]).items():
            vv = fn(parts)
            if len(code) in lengths and any(vv):
                rows.append(Row(cells("", "", code, names[code]), vv, "ucode", code, names[code], u["name"]))
    key = "income_by_function" if which == "INC" else "expenditure_by_function"
    return Table("grid", key, spec["title"], f.unit, cols, rows, f, lead=lead, role="blocks")


def projects(doc: dict, spec: dict) -> Table:
    """项目支出预算表: 合计, then each unit's projects under a heading ("单位：{name}", spec["heading"]), a unit
    subtotal row where spec["subtotal"] (its label spec["sub_label"])."""
    f = spec.get("fmt", doc["fmt"])
    cols = [
        ("合计", "total"),
        ("一般公共预算", "general_public"),
        ("政府性基金", "government_fund"),
        ("事业收入", "business"),
    ]
    cols = [
        c
        for c in cols
        if c[1] in spec.get("cols", ("total", "general_public", "government_fund", "business"))
    ]
    keyed = {"total": None, "general_public": 0, "government_fund": 1, "business": 2}

    def vals(money):
        m = [D(x.replace(",", "")) if x else Z for x in money] + [Z] * (3 - len(money))
        return [sum(m, Z) if keyed[k] is None else m[keyed[k]] for _, k in cols]

    lead = [("项目名称", 34)]
    rows = []
    all_p = [p for u in doc["units"] for p in u.get("projects", [])]
    tot = [sum((vals(p[2:])[i] for p in all_p), Z) for i in range(len(cols))]
    rows.append(Row(["合计"], tot, "total", None, "合计"))
    for u in doc["units"]:
        ps = u.get("projects", [])
        if not ps:
            continue
        head = spec.get("heading", "单位：{name}").format(name=u["name"], code=u["code"])
        if spec.get("subtotal"):
            sub = [sum((vals(p[2:])[i] for p in ps), Z) for i in range(len(cols))]
            label = spec.get("sub_label", "{name}").format(name=u["name"], code=u["code"])
            rows.append(Row([label], sub, "unit", None, label, u["name"]))
        else:
            rows.append(Row([head], [None] * len(cols), "heading", None, head, u["name"]))
        for p in ps:
            rows.append(Row(["  " + p[0]], vals(p[2:]), "project", None, p[0], u["name"]))
    return Table(
        "grid", "project_expenditure", spec["title"], f.unit, cols, rows, f, lead=lead, role="projects"
    )


def sangong_units(doc: dict, spec: dict) -> Table:
    f = spec["fmt"]
    final = doc["kind"] == "final_account"

    def row(sg, sgb):
        return (sangong(sgb) if final else []) + sangong(sg)

    units = doc["units"]
    totals = [sum((D(u["sangong"][i].replace(",", "")) for u in units), Z) for i in range(4)]
    rows = []
    if final:
        btot = [sum((D(u["sangong_budget"][i].replace(",", "")) for u in units), Z) for i in range(4)]
        rows.append(
            Row(
                ["合计"],
                sangong([str(x) for x in btot]) + sangong([str(x) for x in totals]),
                "total",
                None,
                "合计",
            )
        )
    else:
        rows.append(Row(["合计"], sangong([str(x) for x in totals]), "total", None, "合计"))
    for u in units:
        v = row(u["sangong"], u.get("sangong_budget"))
        rows.append(Row([u["name"]], v, "unit", None, u["name"], u["name"]))
    return Table("sangong_u", "sangong", spec["title"], f.unit, rows=rows, fmt=f, final_sg=final)


def composition(doc: dict, spec: dict) -> Table:
    """部门预算单位构成: 序号 (单位编码) 单位名称 单位性质 经费形式 (编制人数 实有人数): no money."""
    heads = ["序号"] + (["单位编码"] if spec.get("codes") else []) + ["单位名称", "单位性质", "经费形式"]
    heads += ["编制人数", "实有人数"] if spec.get("staff") else []
    plain = [" ".join(heads)]
    widths = (
        [6] + ([10] if spec.get("codes") else []) + [34, 26, 12] + ([10, 10] if spec.get("staff") else [])
    )
    lay = ["".join(ljust(h, w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    for i, u in enumerate(doc["units"], 1):
        cells = [str(i)] + ([u["code"]] if spec.get("codes") else []) + [u["name"], u["nature"], u["funding"]]
        cells += [str(u["staff"][0]), str(u["staff"][1])] if spec.get("staff") else []
        plain.append(" ".join(cells))
        lay.append("".join(ljust(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    if spec.get("total_line"):
        n = len(doc["units"])
        a = sum(u["staff"][0] for u in doc["units"])
        b = sum(u["staff"][1] for u in doc["units"])
        plain.append(f"合计 {n}个单位 {a} {b}")
        lay.append(
            ljust("合计", 6 + (10 if spec.get("codes") else 0))
            + ljust(f"{n}个单位", 72)
            + ljust(str(a), 10)
            + str(b)
        )
    t = Table("text", None, spec.get("title", ""), "", lines=plain, layout_lines=lay, role="composition")
    return t


def build(doc: dict) -> dict[str, Table]:
    for u in doc["units"]:
        u["_leaves"] = unit_leaves(u, doc["kind"])
    doc["_dept_leaves"] = merge(u["_leaves"] for u in doc["units"])
    T = (build_final if doc["kind"] == "final_account" else build_budget)(doc, doc["_dept_leaves"])
    if doc["kind"] == "budget":
        T["SG"] = Table(
            "sangong",
            "sangong",
            doc["titles"]["SG"],
            doc["fmt"].unit,
            rows=[sangong(doc["sangong"])],
            fmt=doc["fmt"],
        )
    else:
        T["SG"] = Table(
            "sangong",
            "sangong",
            doc["titles"]["SG"],
            doc["fmt"].unit,
            rows=[sangong(doc["sangong_budget"]) + sangong(doc["sangong"])],
            fmt=doc["fmt"],
        )
    for k, fm in doc.get("fmts", {}).items():
        T[k].fmt = fm
        T[k].unit = fm.unit
    for tid, spec in doc.get("extras", {}).items():
        kind = spec["kind"]
        if kind == "by_unit":
            T[tid] = by_unit(doc, spec["which"], spec)
        elif kind == "blocks":
            T[tid] = unit_blocks(doc, spec["which"], spec)
        elif kind == "projects":
            T[tid] = projects(doc, spec)
        elif kind == "sangong_u":
            T[tid] = sangong_units(doc, spec)
        elif kind == "composition":
            T[tid] = composition(doc, spec)
    key_tables(doc, T)
    return T


def key_tables(doc: dict, T: dict) -> None:
    """The key each printed table gets: a second table of a kind gets _2, _3 … in document order."""
    seen: dict[str, int] = {}
    for tid in doc["order"]:
        t = T[tid]
        if t.key is None:
            continue
        base = t.key.split("|")[0]
        seen[base] = seen.get(base, 0) + 1
        t.key = base if seen[base] == 1 else f"{base}_{seen[base]}"


# ------------------------------------------------------------------------------------------ expectations


def expectations(t: Table) -> dict:
    f = t.fmt
    rows = []
    if t.kind == "coded":
        keys = [k for _, k in t.cols]
        for code, name, vals in t.rows:
            want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if k}
            want = {k: v for k, v in want.items() if v is not None}
            if want:
                rows.append((code, name, want))
    elif t.kind == "grid":
        keys = [k for _, k in t.cols]
        for r in t.rows:
            if r.role not in ("total", "code", "project"):
                continue
            want = {k: f.want(v) for k, v in zip(keys, r.vals, strict=True)}
            want = {k: v for k, v in want.items() if v is not None}
            if want:
                rows.append((r.code, r.name, want))
    elif t.kind == "two":
        rkeys = (
            ["expenditure"]
            if t.key == "income_expenditure_summary"
            else [
                "expenditure",
                "expenditure_general_public",
                "expenditure_government_fund",
                "expenditure_state_capital",
            ]
        )
        for ll, lv, rl, rv in t.rows:
            if ll and f.want(lv):
                rows.append((None, ll, {"income": f.want(lv)}))
            if rl:
                rv = rv if isinstance(rv, list) else [rv]
                want = {k: f.want(v) for k, v in zip(rkeys, rv, strict=True) if f.want(v)}
                if want:
                    rows.append((None, rl, want))
    elif t.kind in ("sangong", "sangong_u"):
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        vals = t.rows[0] if t.kind == "sangong" else t.rows[0].vals
        if len(vals) == 12:
            keys = [k + "@budget" for k in keys] + keys
        want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if f.want(v)}
        rows.append((None, "*", want))
    return dict(table=t.key, unit=t.unit, rows=rows)


def unit_rows(t: Table) -> list[tuple[str, str, int]]:
    """(table key, unit name, number of rows) of the units' rows a table prints: not to be loaded, to be said."""
    if t.kind not in ("grid", "sangong_u"):
        return []
    out: dict[str, int] = {}
    for r in t.rows:
        if r.role in ("dept", "unit", "ucode") and any(v for v in r.vals if v):
            out[r.unit] = out.get(r.unit, 0) + 1
    return [(t.key, u, n) for u, n in out.items()]


# ------------------------------------------------------------------------------------------ printing


def place(cells: list[tuple[str, int, int, str]]) -> str:
    """cells: (text, start, width, align 'l'/'r'/'c') at absolute columns, left to right. A cell that would
    touch the text before it is pushed right, and every later cell of the line with it (as pdftotext does)."""
    out = ""
    shift = 0
    for text, start, width, align in cells:
        if not text:
            continue
        if align == "r":
            x = start + width - len(text)
        elif align == "c":
            x = start + (width - len(text)) // 2
        else:
            x = start
        x += shift
        need = len(out.rstrip()) + (1 if out.strip() else 0)
        if x < need:
            shift += need - x
            x = need
        out = out.ljust(x) + text
    return out.rstrip()


class Printer:
    """Writes a report as plain pdftotext text (doc["mode"] == "plain": a row a line, blank cells dropped) or as
    pdftotext -layout text."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.layout = doc["mode"] == "layout"
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 30)
        self.vw = doc.get("vw", 16)
        self.gap = 2

    def add(self, *lines: str) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def text(self) -> str:
        foot = self.doc.get("footer", "- {n} -")
        out = []
        for i, p in enumerate(self.pages, 1):
            lines = [*p, "", foot.format(n=i)] if foot and i > 1 else p
            out.append("\n".join(lines) + "\n")
        return "\f".join(out) + "\f"

    def cells(self, cells: list[str]) -> None:
        cells = [c for c in cells if c]
        if cells:
            self.add(" ".join(cells))

    # titles
    def title(self, t: Table, label: str) -> None:
        d = self.doc
        head = f"{label} {t.title}" if label and d.get("label_inline") else t.title
        if label and not d.get("label_inline"):
            self.add(label)
        org = d.get("org_line", "编制单位：{org}").format(org=d["org"])
        unit = f"单位：{t.unit}"
        if self.layout:
            self.add(" " * 30 + head, place([(org, 0, 70, "l"), (unit, 70, 40, "r")]))
        else:
            self.add(head, f"{org} {unit}")

    # coded tables
    def vx(self, i: int) -> int:
        return 11 + self.nw + 2 + i * (self.vw + self.gap)

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        heads = [h for h, _ in t.cols]
        lh = ["经济科目编码", "经济科目名称"] if t.econ else ["科目编码", "科目名称"]
        if t.rows or t.cols:
            if self.layout:
                hd = [(lh[0], 0, 9, "c"), (lh[1], 11, self.nw, "c")]
                hd += [(h, self.vx(i), self.vw, "c") for i, h in enumerate(heads)]
                self.add(place(hd))
            else:
                self.add(" ".join(lh + heads))
        if not t.rows:
            self.add(t.empty)
            return
        for code, name, vals in t.rows:
            figs = [t.cell(v) for v in vals]
            if self.layout:
                cells = [(code or "", 0, 9, "l"), (name, 11, self.nw, "l")]
                cells += [(x, self.vx(i), self.vw, "r") for i, x in enumerate(figs)]
                self.add(place(cells))
            else:
                self.cells([code or "", name, *figs])

    # grid tables (by unit, unit blocks, projects)
    def grid(self, t: Table, label: str) -> None:
        self.title(t, label)
        heads = [h for h, _ in t.cols]
        if self.layout:
            x = 0
            hd = []
            starts = []
            for h, w in t.lead:
                starts.append(x)
                hd.append((h, x, w, "c"))
                x += w + 2
            v0 = x
            hd += [(h, v0 + i * (self.vw + self.gap), self.vw, "c") for i, h in enumerate(heads)]
            self.add(place(hd))
            for r in t.rows:
                cells = [(c, starts[i], t.lead[i][1], "l") for i, c in enumerate(r.cells)]
                if r.role == "total" and len(t.lead) > 1:
                    cells = [(next(c for c in r.cells if c), 0, v0 - 2, "c")]
                cells += [
                    (t.cell(v), v0 + i * (self.vw + self.gap), self.vw, "r") for i, v in enumerate(r.vals)
                ]
                self.add(place(cells))
        else:
            self.add(" ".join([h for h, _ in t.lead] + heads))
            for r in t.rows:
                self.cells([c.strip() for c in r.cells] + [t.cell(v) for v in r.vals])

    # two-sided summaries
    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        col = "预算数" if self.doc["kind"] == "budget" else "决算数"
        fs = t.key == "fiscal_summary"
        rh = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] if fs else [col]
        if not self.layout:
            self.add("收入 支出", " ".join(["项目", col, "项目", *rh]))
            for ll, lv, rl, rv in t.rows:
                rv = rv if isinstance(rv, list) else [rv]
                self.cells(
                    [ll or "", f.cell(lv) if ll else "", rl or "", *([f.cell(v) for v in rv] if rl else [])]
                )
            return
        lw, vw, g = 30, self.vw, self.gap
        rx = lw + g + vw + g
        self.add(place([("收入", 0, lw + g + vw, "c"), ("支出", rx, lw + len(rh) * (vw + g), "c")]))
        hd = [("项目", 0, lw, "c"), (col, lw + g, vw, "c"), ("项目", rx, lw, "c")]
        hd += [(h, rx + lw + g + i * (vw + g), vw, "c") for i, h in enumerate(rh)]
        self.add(place(hd))
        for ll, lv, rl, rv in t.rows:
            rv = rv if isinstance(rv, list) else [rv]
            cells = [
                (ll or "", 0, lw, "l"),
                (f.cell(lv) if ll else "", lw + g, vw, "r"),
                (rl or "", rx, lw, "l"),
            ]
            cells += [
                (f.cell(v) if rl else "", rx + lw + g + i * (vw + g), vw, "r") for i, v in enumerate(rv)
            ]
            self.add(place(cells))

    # 三公
    def _sg_head_plain(self, n: int) -> None:
        if n == 2:
            self.add("年初预算数 决算数")
        self.add(" ".join(["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"] * n))
        self.add(" ".join(["小计", "购置费", "运行费"] * n))

    def _sg_head_layout(self, n: int, x0: int, w: int) -> None:
        g = self.gap

        def x(i: int) -> int:
            return x0 + i * (w + g)

        lines: list[list] = [[], [], []]
        for b in range(n):
            c = 6 * b
            if n == 2:
                lines[0].append((("年初预算数", "决算数")[b], x(c), 6 * w + 5 * g, "c"))
            lines[1] += [
                ("合计", x(c), w, "c"),
                ("因公出国", x(c + 1), w, "c"),
                ("公务用车购置及运行费", x(c + 2), 3 * w + 2 * g, "c"),
                ("公务接待费", x(c + 5), w, "c"),
            ]
            lines[2] += [
                ("（境）费", x(c + 1), w, "c"),
                ("小计", x(c + 2), w, "c"),
                ("购置费", x(c + 3), w, "c"),
                ("运行费", x(c + 4), w, "c"),
            ]
        return lines

    def sangong(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        vals = t.rows[0]
        n = len(vals) // 6
        if not self.layout:
            self._sg_head_plain(n)
            self.cells([f.cell(v) for v in vals])
            return
        w = 12
        for ln in self._sg_head_layout(n, 0, w):
            if ln:
                self.add(place(ln))
        self.add(place([(f.cell(v), i * (w + self.gap), w, "r") for i, v in enumerate(vals)]))

    def sangong_u(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        n = 2 if t.final_sg else 1
        if not self.layout:
            if n == 2:
                self.add("年初预算数 决算数")
            self.add(
                " ".join(
                    ["单位名称"] + ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"] * n
                )
            )
            self.add(" ".join(["小计", "购置费", "运行费"] * n))
            for r in t.rows:
                self.cells([r.cells[0]] + [f.cell(v) for v in r.vals])
            return
        w, lw = 11, 30
        lines = self._sg_head_layout(n, lw + 2, w)
        lines[1].insert(0, ("单位名称", 0, lw, "c"))
        for ln in lines:
            if ln:
                self.add(place(sorted(ln, key=lambda c: c[1])))
        for r in t.rows:
            cells = [(r.cells[0], 0, lw, "c" if r.role == "total" else "l")]
            cells += [(f.cell(v), lw + 2 + i * (w + self.gap), w, "r") for i, v in enumerate(r.vals)]
            self.add(place(cells))

    def textual(self, t: Table, label: str) -> None:
        head = f"{label} {t.title}" if label and self.doc.get("label_inline") else t.title
        if label and not self.doc.get("label_inline"):
            self.add(label)
        self.add(" " * 30 + head if self.layout else head)
        self.add(*(t.layout_lines if self.layout else t.lines))

    def table(self, t: Table, label: str, new_page: bool = True) -> None:
        if new_page:
            self.page()
        {
            "coded": self.coded,
            "two": self.two,
            "sangong": self.sangong,
            "grid": self.grid,
            "sangong_u": self.sangong_u,
            "text": self.textual,
        }[t.kind](t, label)
