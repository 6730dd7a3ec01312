"""Tables and their text for the rules_s31f reports: builds every printed table of a report from the figures
typed in rules_s31f_data.py (functional 项 leaves split by source and kind, 基本支出 by economic 款, 三公) and
prints it as plain pdftotext or pdftotext -layout would. Nothing here reads the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "20126": "档案事务",
    "2012601": "行政运行",
    "2012604": "档案馆",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040610": "社区矫正",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "206": "科学技术支出",
    "20601": "科学技术管理事务",
    "2060101": "行政运行",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出",
    "20703": "体育",
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
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "210": "卫生健康支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "211": "节能环保支出",
    "21103": "污染防治",
    "2110301": "大气",
    "2110302": "水体",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "21303": "水利",
    "2130301": "行政运行",
    "2130306": "水利工程运行与维护",
    "2130311": "水资源节约管理与保护",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140106": "公路养护",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240106": "安全监管",
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
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}

CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十."""
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return CN[i // 10 - 1] + "十" + (CN[i % 10 - 1] if i % 10 else "")


def width(s: str) -> int:
    """pdftotext -layout places every character, CJK or not, at one text column (rules_s31b/s31b_lib.py)."""
    return len(s)


def ljust(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - width(s)) + s


@dataclass
class Fmt:
    """How a report prints an amount: unit, thousands separators, decimals, zero cells, negatives."""

    unit: str = "万元"
    sep: bool = True
    places: int = 2
    zero: str = ""  # "" (blank), "0", "0.00", "-"
    neg: str = "-"  # "-" or "()"

    def num(self, v: D) -> str:
        q = D(1).scaleb(-self.places)
        a = abs(v).quantize(q)
        s = f"{a:,.{self.places}f}" if self.sep else f"{a:.{self.places}f}"
        if v < 0:
            return f"({s})" if self.neg == "()" else "-" + s
        return s

    def cell(self, v: D | None) -> str:
        if v is None:
            return ""
        if v == 0:
            return self.zero
        return self.num(v)

    def want(self, v: D | None) -> str | None:
        """The expected value of a cell as typed in the expectations (None: nothing to expect)."""
        if v is None or (v == 0 and not self.zero):
            return None
        if v == 0:
            return "0.00?"
        return self.num(v).replace("(", "-").replace(")", "")


@dataclass
class Table:
    kind: str  # "coded" (code, name, values), "two" (two-sided summary), "sangong"
    key: str  # table key (vocabulary)
    title: str
    unit: str
    cols: list = field(default_factory=list)  # [(header, column key or None for comparison)]
    rows: list = field(default_factory=list)  # coded: [(code, name, [values])]; two: [(l, lv, r, rv)]
    fmt: Fmt | None = None
    empty: str = ""  # the words of an empty table
    group: str = ""  # a header line above the columns (layout and plain)


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


def rollup(leaves: dict[str, dict]) -> dict[str, dict]:
    """类, 款 and 项 rows from the typed 项 leaves (each key summed over the children)."""
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


def g(parts: dict, *keys: str) -> D:
    return sum((parts.get(k, Z) for k in keys), Z)


# ------------------------------------------------------------------------------------------ rendering


def code_cell(code: str, split: bool) -> str:
    if not split:
        return code
    return code[-2:] if len(code) > 3 else code


def wrap(name: str, w: int) -> list[str]:
    if w <= 0 or len(name) <= w:
        return [name]
    return [name[i : i + w] for i in range(0, len(name), w)]


# ------------------------------------------------------------------------------------------ building

INC_B = {
    "co": ("上年结转", "carryover_begin"),
    "gp": ("一般公共预算拨款收入", "general_public"),
    "gf": ("政府性基金预算拨款收入", "government_fund"),
    "biz": ("事业收入", "business"),
    "oth": ("其他收入", "other_income"),
}
INC_F = [
    ("本年收入合计", "total"),
    ("财政拨款收入", "fiscal_appropriation"),
    ("上级补助收入", "upper_grant"),
    ("事业收入", "business"),
    ("经营收入", "operating_income"),
    ("附属单位上缴收入", "affiliated_remit"),
    ("其他收入", "other_income"),
]
EXP_F = [
    ("本年支出合计", "total"),
    ("基本支出", "basic"),
    ("项目支出", "project"),
    ("上缴上级支出", "remit_upper"),
    ("经营支出", "operating"),
    ("对附属单位补助支出", "subsidy_affiliated"),
]
SRC = ("co", "gp", "gf", "biz", "oth")


def bsum(parts: dict, src=SRC, kinds=("b", "p")) -> D:
    return sum((parts.get(f"{s}_{k}", Z) for s in src for k in kinds), Z)


def coded(rows: dict[str, dict], names: dict, fn, keep=lambda v: any(x for x in v if x)) -> list:
    out = []
    for code, parts in rows.items():
        vals = fn(parts)
        if keep(vals):
            out.append((code, names[code], vals))
    return out


def with_total(rows: list, label: str = "合计", last: bool = False) -> list:
    n = len(rows[0][2]) if rows else 0
    tot = [sum((r[2][i] or Z for r in rows if len(r[0]) == 3), Z) for i in range(n)]
    t = (None, label, tot)
    return [*rows, t] if last else [t, *rows]


def leaf_rows(leaves: dict) -> dict:
    return rollup({c: p for c, p in (parse_leaf(s) for s in leaves)})


def econ_rows(econ: dict) -> list:
    """一般公共预算基本支出 by economic 类 and 款: (code, name, [total, personnel, public])."""
    cls: dict[str, D] = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + D(v)
    rows = []
    pers = pub = Z
    for c3 in sorted(cls):
        personnel = c3 in ("301", "303")
        items = [(c3, cls[c3])] + sorted((c, D(v)) for c, v in econ.items() if c[:3] == c3)
        for c, v in items:
            rows.append((c, ECON[c], [v, v if personnel else None, None if personnel else v]))
        if personnel:
            pers += cls[c3]
        else:
            pub += cls[c3]
    return [(None, "合计", [pers + pub, pers, pub]), *rows]


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


def build(doc: dict) -> dict[str, Table]:
    return build_final(doc) if doc["kind"] == "final_account" else build_budget(doc)


def class_list(rows: dict, fn) -> list[tuple[str, D]]:
    return [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and fn(p)]


def build_budget(doc: dict) -> dict[str, Table]:
    f, u, y = doc["fmt"], doc["fmt"].unit, doc["year"]
    rows = leaf_rows(doc["leaves"])
    tot = total(rows)
    T: dict[str, Table] = {}
    titles = doc["titles"]
    # 收支总表
    gp, gf, biz, oth, co = (bsum(tot, (s,)) for s in ("gp", "gf", "biz", "oth", "co"))
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、事业收入", biz),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", oth),
    ]
    inc = gp + gf + biz + oth
    left += [("本年收入合计", inc), (doc.get("co_label", "上年结转结余"), co), ("收入总计", inc + co)]
    cl = class_list(rows, bsum)
    right = [(f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(cl, 1)]
    right += [("本年支出合计", bsum(tot)), ("结转下年", Z), ("支出总计", bsum(tot))]
    T["IES"] = Table("two", "income_expenditure_summary", titles["IES"], u, fmt=f, rows=pair(left, right))
    # 收入表
    srcs = doc["inc_src"]
    cols = [("合计", "total")] + [INC_B[s] for s in srcs]
    fn = lambda p: [bsum(p)] + [bsum(p, (s,)) for s in srcs]  # noqa: E731
    T["INC"] = Table(
        "coded", "income_by_function", titles["INC"], u, cols, with_total(coded(rows, FUNC, fn)), f
    )
    # 支出表
    fn = lambda p: [bsum(p), bsum(p, kinds=("b",)), bsum(p, kinds=("p",))]  # noqa: E731
    cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["EXP"] = Table(
        "coded", "expenditure_by_function", titles["EXP"], u, cols, with_total(coded(rows, FUNC, fn)), f
    )
    # 财政拨款收支总表
    left = [
        ("一、一般公共预算拨款", gp),
        ("二、政府性基金预算拨款", gf),
        ("三、国有资本经营预算拨款", Z),
        ("收入总计", gp + gf),
    ]
    fsum = lambda p: bsum(p, ("gp", "gf"))  # noqa: E731
    right = [
        (f"{cn(i)}、{FUNC[c]}", [v, bsum(rows[c], ("gp",)), bsum(rows[c], ("gf",)), Z])
        for i, (c, v) in enumerate(class_list(rows, fsum), 1)
    ]
    right.append(("支出总计", [gp + gf, gp, gf, Z]))
    T["FS"] = Table("two", "fiscal_summary", titles["FS"], u, fmt=f, rows=pair(left, right))
    # 一般公共预算支出表
    fn = lambda p: [bsum(p, ("gp",)), bsum(p, ("gp",), ("b",)), bsum(p, ("gp",), ("p",))]  # noqa: E731
    cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded", "general_budget_by_function", titles["GB"], u, cols, with_total(coded(rows, FUNC, fn)), f
    )
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        titles["GBB"],
        u,
        [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        econ_rows(doc["econ"]),
        f,
    )
    T["SG"] = Table("sangong", "sangong", titles["SG"], u, rows=[sangong(doc["sangong"])], fmt=f)
    fn = lambda p: [bsum(p, ("gf",)), bsum(p, ("gf",), ("b",)), bsum(p, ("gf",), ("p",))]  # noqa: E731
    gfr = coded(rows, FUNC, fn)
    T["GF"] = Table("coded", "government_fund", titles["GF"], u, cols, with_total(gfr) if gfr else [], f)
    if not gfr:
        T["GF"].empty = doc["empty"]["GF"]
    T["SC"] = Table("coded", "state_capital", titles["SC"], u, cols, [], f, empty=doc["empty"]["SC"])
    del y
    return T


def pair(left: list, right: list) -> list:
    n = max(len(left), len(right))
    left = left + [(None, None)] * (n - len(left))
    right = right + [(None, None)] * (n - len(right))
    return [(a, b, c, d) for (a, b), (c, d) in zip(left, right, strict=True)]


def fin(p: dict, *keys: str) -> D:
    return sum((p.get(k, Z) for k in keys), Z)


EXPK = ("gp_b", "gp_p", "nf_b", "nf_p")
INCK = ("i_gp", "i_up", "i_biz", "i_oth")


def build_final(doc: dict) -> dict[str, Table]:
    f, u = doc["fmt"], doc["fmt"].unit
    rows = leaf_rows(doc["leaves"])
    tot = total(rows)
    T: dict[str, Table] = {}
    titles = doc["titles"]
    i_gp, i_up, i_biz, i_oth = (fin(tot, k) for k in INCK)
    inc = i_gp + i_up + i_biz + i_oth
    exp = fin(tot, *EXPK)
    begin = D(doc["begin"])
    end = begin + inc - exp
    left = [
        ("一、一般公共预算财政拨款收入", i_gp),
        ("二、政府性基金预算财政拨款收入", Z),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", i_up),
        ("五、事业收入", i_biz),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", i_oth),
        ("本年收入合计", inc),
        ("使用非财政拨款结余", Z),
        ("年初结转和结余", begin),
        ("总计", inc + begin),
    ]
    efn = lambda p: fin(p, *EXPK)  # noqa: E731
    cl = class_list(rows, efn)
    right = [(f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(cl, 1)]
    right += [("本年支出合计", exp), ("结余分配", Z), ("年末结转和结余", end), ("总计", exp + end)]
    T["IES"] = Table("two", "income_expenditure_summary", titles["IES"], u, fmt=f, rows=pair(left, right))
    fn = lambda p: [fin(p, *INCK), fin(p, "i_gp"), fin(p, "i_up"), fin(p, "i_biz"), Z, Z, fin(p, "i_oth")]  # noqa: E731
    T["INC"] = Table(
        "coded", "income_by_function", titles["INC"], u, INC_F, with_total(coded(rows, FUNC, fn)), f
    )
    fn = lambda p: [efn(p), fin(p, "gp_b", "nf_b"), fin(p, "gp_p", "nf_p"), Z, Z, Z]  # noqa: E731
    T["EXP"] = Table(
        "coded", "expenditure_by_function", titles["EXP"], u, EXP_F, with_total(coded(rows, FUNC, fn)), f
    )
    gpe = fin(tot, "gp_b", "gp_p")
    left = [
        ("一、一般公共预算财政拨款", i_gp),
        ("二、政府性基金预算财政拨款", Z),
        ("三、国有资本经营预算财政拨款", Z),
        ("本年收入合计", i_gp),
        ("年初财政拨款结转和结余", begin),
        ("一般公共预算财政拨款", begin),
        ("政府性基金预算财政拨款", Z),
        ("国有资本经营预算财政拨款", Z),
        ("总计", i_gp + begin),
    ]
    gfn = lambda p: fin(p, "gp_b", "gp_p")  # noqa: E731
    right = [(f"{cn(i)}、{FUNC[c]}", [v, v, Z, Z]) for i, (c, v) in enumerate(class_list(rows, gfn), 1)]
    fend = begin + i_gp - gpe
    right += [
        ("本年支出合计", [gpe, gpe, Z, Z]),
        ("年末财政拨款结转和结余", [fend, fend, Z, Z]),
        ("总计", [gpe + fend, gpe + fend, Z, Z]),
    ]
    T["FS"] = Table("two", "fiscal_summary", titles["FS"], u, fmt=f, rows=pair(left, right))
    T["fiscal_end"] = fend  # type: ignore[assignment]
    T["end"] = end  # type: ignore[assignment]
    fn = lambda p: [gfn(p), fin(p, "gp_b"), fin(p, "gp_p")]  # noqa: E731
    cols = [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded", "general_budget_by_function", titles["GB"], u, cols, with_total(coded(rows, FUNC, fn)), f
    )
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        titles["GBB"],
        u,
        [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        econ_rows(doc["econ"]),
        f,
    )
    T["SG"] = Table(
        "sangong",
        "sangong",
        titles["SG"],
        u,
        rows=[sangong(doc["sangong_budget"]) + sangong(doc["sangong"])],
        fmt=f,
    )
    T["GF"] = Table("coded", "government_fund", titles["GF"], u, [], [], f, empty=doc["empty"]["GF"])
    T["SC"] = Table("coded", "state_capital", titles["SC"], u, [], [], f, empty=doc["empty"]["SC"])
    return T


def add_compare(t: Table, prior: dict[str, D], label: str) -> None:
    """上年执行数 | 本年 合计 基本 项目 | 增减额 | 增减率 (the comparison columns carry no key)."""
    rows = []
    for code, name, vals in t.rows:
        p = prior[code or "合计"]
        ch = vals[0] - p
        rate = f"{(ch / p * 100).quantize(D('0.01'))}%" if p else ""
        rows.append((code, name, [p, *vals, ch, rate]))
    t.cols = [(label, None), *t.cols, ("增减额", None), ("增减率", None)]
    t.rows = rows


def prior_rollup(prior: dict[str, str]) -> dict[str, D]:
    out: dict[str, D] = {}
    for code, v in prior.items():
        for c in (code[:3], code[:5], code):
            out[c] = out.get(c, Z) + D(v)
        out["合计"] = out.get("合计", Z) + D(v)
    return out


def cell(f: Fmt, v) -> str:
    return v if isinstance(v, str) else f.cell(v)


def expectations(t: Table) -> dict:
    f = t.fmt
    rows = []
    if t.kind == "coded":
        keys = [k for _, k in t.cols]
        for code, name, vals in t.rows:
            want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if k and not isinstance(v, str)}
            want = {k: v for k, v in want.items() if v is not None}
            if want:
                rows.append((code, name, want))
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
    else:
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        vals = t.rows[0]
        if len(vals) == 12:
            keys = [k + "@budget" for k in keys] + keys
        want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if f.want(v)}
        rows.append((None, "*", want))
    return dict(table=t.key, unit=t.unit, rows=rows)


# ------------------------------------------------------------------------------------------ printing

VW = 15


class Printer:
    """Writes a report's tables as plain pdftotext (blank cells dropped, one space apart) or -layout text."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.layout = doc["mode"] == "layout"
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 34)

    # pages
    def add(self, *lines: str) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def text(self) -> str:
        foot = self.doc.get("footer", "- {n} -")
        out = []
        for i, p in enumerate(self.pages, 1):
            lines = [*p, "", foot.format(n=i)] if foot else p
            out.append("\n".join(lines) + "\n")
        return "\f".join(out) + "\f"

    # cells
    def line(self, cells: list[tuple[str, int, str]]) -> str:
        """cells: (text, width, align 'l'/'r'); plain drops the blank ones."""
        if not self.layout:
            return " ".join(c for c, _, _ in cells if c)
        s = "".join((ljust(c, w) if a == "l" else rjust(c, w)) + "  " for c, w, a in cells)
        return s.rstrip()

    def unit_line(self, t: Table) -> str:
        org = self.doc.get("org_line", "编制单位：{org}").format(org=self.doc["org"])
        u = self.doc.get("unit_word", "单位：{u}").format(u=t.unit)
        if self.layout:
            return ljust(org, 60) + rjust(u, 40)
        return f"{org} {u}"

    def title(self, t: Table, label: str) -> None:
        if label:
            self.add(label)
        self.add((" " * 24 if self.layout else "") + t.title, self.unit_line(t))

    # coded tables
    def code_cells(self, code: str | None) -> list[tuple[str, int, str]]:
        if self.doc.get("split_codes"):
            if code is None:
                return [("", 4, "l"), ("", 4, "l"), ("", 4, "l")]
            i = {3: 0, 5: 1, 7: 2}[len(code)]
            cs = [("", 4, "l")] * 3
            cs[i] = (code_cell(code, True), 4, "l")
            return cs
        return [(code or "", 9, "l")]

    def coded_header(self, t: Table) -> list[str]:
        split = self.doc.get("split_codes")
        name = "科目名称"
        codeh = "科目编码" if t.key != "general_budget_basic_by_economic" else "经济分类科目编码"
        heads = [h for h, _ in t.cols]
        if not self.layout:
            out = [f"{codeh} {name} " + " ".join(heads)]
            if split:
                out.append("类 款 项")
            return out
        lines = [ljust(codeh, 18 if split else 11) + ljust(name, self.nw + 2)]
        lines[0] += "".join(rjust(h, VW) + "  " for h in heads)
        if split:
            lines.append("类    款    项")
        return [x.rstrip() for x in lines]

    def coded_row(self, code, name, vals, t: Table) -> list[str]:
        f = t.fmt
        wrapw, where = self.doc.get("wrap", (0, "last"))
        pieces = wrap(name, wrapw) if code else [name]
        cells = [(cell(f, v), VW, "r") for v in vals]
        cc = self.code_cells(code)
        if code is None and not self.layout:
            cc = []
        if len(pieces) == 1:
            return [self.line([*cc, (name, self.nw, "l"), *cells])]
        blank = [("", w, a) for _, w, a in cc]
        if where == "first":
            first = [*cc, (pieces[0], self.nw, "l"), *cells]
            return [self.line(first)] + [self.line([*blank, (p, self.nw, "l")]) for p in pieces[1:]]
        lines = [self.line([*cc, (pieces[0], self.nw, "l")])]
        lines += [self.line([*blank, (p, self.nw, "l")]) for p in pieces[1:-1]]
        lines.append(self.line([*blank, (pieces[-1], self.nw, "l"), *cells]))
        return lines

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        if not t.rows:
            if t.cols:
                self.add(*self.coded_header(t))
            self.add(t.empty)
            return
        self.add(*self.coded_header(t))
        brk = self.doc.get("breaks", {}).get(t.key)
        for i, (code, name, vals) in enumerate(t.rows):
            if brk and i == brk[0]:
                # the row's code and name at the foot of the page, its figures at the top of the next
                self.add(self.line([*self.code_cells(code), (name, self.nw, "l")]))
                self.page()
                if brk[1]:
                    self.title(t, "")
                    self.add(*self.coded_header(t))
                blank = [("", w, a) for _, w, a in self.code_cells(code)]
                self.add(self.line([*blank, ("", self.nw, "l"), *[(cell(t.fmt, v), VW, "r") for v in vals]]))
                continue
            self.add(*self.coded_row(code, name, vals, t))

    # two-sided summaries
    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        col = "预算数" if self.doc["kind"] == "budget" else "决算数"
        fs = t.key == "fiscal_summary"
        rh = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] if fs else [col]
        lw = 36
        if not self.layout:
            self.add("收入 支出", f"项目 {col} 项目 " + " ".join(rh))
        else:
            self.add(ljust(" " * 16 + "收入", lw + VW + 4) + " " * 16 + "支出")
            self.add(
                ljust("项目", lw + 2)
                + rjust(col, VW)
                + "  "
                + ljust("项目", lw + 2)
                + "".join(rjust(h, VW) + "  " for h in rh).rstrip()
            )
        for ll, lv, rl, rv in t.rows:
            rv = rv if isinstance(rv, list) else [rv]
            cells = [(ll or "", lw, "l"), (f.cell(lv) if ll else "", VW, "r"), (rl or "", lw, "l")]
            cells += [(f.cell(v) if rl else "", VW, "r") for v in rv]
            self.add(self.line(cells))

    def sangong(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        vals = t.rows[0]
        one = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"]
        sub = ["小计", "公务用车购置费", "公务用车运行费"]
        if not self.layout:
            if len(vals) == 12:
                self.add("预算数 决算数", " ".join(one + one), " ".join(sub + sub))
            else:
                self.add(" ".join(one), " ".join(sub))
            self.add(" ".join(c for c in (f.cell(v) for v in vals) if c))
            return
        n = len(vals) // 6
        if n == 2:
            self.add(rjust("预算数", VW * 3) + rjust("决算数", VW * 6 + 12))
        self.add(
            "".join(
                rjust(h, VW) + "  "
                for h in ["合计", "因公出国（境）费", "", "公务用车购置及运行费", "", "公务接待费"] * n
            ).rstrip()
        )
        self.add("".join(rjust(h, VW) + "  " for h in ["", "", "小计", "购置费", "运行费", ""] * n).rstrip())
        self.add(self.line([(f.cell(v), VW, "r") for v in vals]))

    def table(self, t: Table, label: str) -> None:
        self.page()
        {"coded": self.coded, "two": self.two, "sangong": self.sangong}[t.kind](t, label)
