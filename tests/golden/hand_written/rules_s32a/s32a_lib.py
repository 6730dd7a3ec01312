"""Tables and their text for the rules_s32a reports: builds every printed table of a report from the figures typed
in rules_s32a_data.py (functional 项 leaves split by source and kind, 基本支出 by economic 款, 三公, a final's
carry-overs) and prints it as plain pdftotext (no -layout) prints a page. Nothing here reads the parser.

Two plain shapes (doc["mode"]):
- "line": one line per table row, the cells one space apart, blank cells dropped (as most pages of the real
  corpus's .txt come out when the PDF's rows are tight);
- "cell": one cell per line, blank cells dropped, with (doc["blank"]) or without an empty line between cells
  (as js_jcy_2017 / js_jcy_2019 in /work/shared/corpus/real come out), header cells broken into pieces, a bare
  page number ("12") as the footer of a page.

Budget leaf keys: <source>_<kind>; sources co 上年结转, gp 一般公共预算 (公共财政预算) 拨款, gf 政府性基金, sa 财政专户管理
资金, biz 事业收入, op 事业单位经营收入, up 上级补助收入, oth 其他收入, fund 用事业基金弥补收支差额; kinds b 基本支出, p 项目
支出, o 事业单位经营支出, s 对附属单位补助支出.
Final leaf keys: spending <money>_<kind> with money gp / gf (财政拨款) or nf (other money) and kind b, p, r 上缴上级支出,
o 经营支出, s 对附属单位补助支出; income i_gp i_gf i_up i_biz i_op i_aff i_oth; bgf (the 政府性基金's 年初结转和结余 of the
row). Doc-level: begin (年初结转和结余), begin_gp, fund (用事业基金弥补收支差额), dist (结余分配)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

# 2015–2017 functional names (政府收支分类科目 of those years); 2018 differs only where FUNC_2018 says.
FUNC_OLD = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "20106": "财政事务",
    "2010601": "行政运行",
    "204": "公共安全支出",
    "20406": "司法",
    "2040604": "基层司法业务",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050204": "高中教育",
    "2050205": "高等教育",
    "2050299": "其他普通教育支出",
    "20503": "职业教育",
    "2050302": "中专教育",
    "2050305": "高等职业教育",
    "2050399": "其他职业教育支出",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "2050803": "培训支出",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "20599": "其他教育支出",
    "2059999": "其他教育支出",
    "206": "科学技术支出",
    "20602": "基础研究",
    "2060203": "自然科学基金",
    "20603": "应用研究",
    "2060301": "机构运行",
    "2060302": "社会公益研究",
    "2060399": "其他应用研究支出",
    "207": "文化体育与传媒支出",
    "20701": "文化",
    "2070109": "群众文化",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080208": "基层政权和社区建设",
    "20805": "行政事业单位离退休",
    "2080501": "归口管理的行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "2080599": "其他行政事业单位离退休支出",
    "20810": "社会福利",
    "2081002": "老年福利",
    "20811": "残疾人事业",
    "2081107": "残疾人生活和护理补贴",
    "210": "医疗卫生与计划生育支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100299": "其他公立医院支出",
    "21004": "公共卫生",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生专项",
    "21005": "医疗保障",
    "2100501": "行政单位医疗",
    "2100502": "事业单位医疗",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120104": "城管执法",
    "2120199": "其他城乡社区管理事务支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21303": "水利",
    "2130301": "行政运行",
    "2130302": "一般行政管理事务",
    "2130304": "水利行业业务管理",
    "2130305": "水利工程建设",
    "2130306": "水利工程运行与维护",
    "2130310": "水土保持",
    "2130311": "水资源节约管理与保护",
    "2130314": "防汛",
    "2130321": "大中型水库移民后期扶持专项支出",
    "2130350": "事业运行",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "21369": "国家重大水利工程建设基金支出",
    "2136901": "南水北调工程建设",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296004": "用于教育事业的彩票公益金支出",
}

# The 2015–2017 类 list the national final-account template prints whole (行次 beside every line).
CLASSES_OLD = [
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "医疗卫生与计划生育支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("219", "援助其他地区支出"),
    ("220", "国土海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("229", "其他支出"),
]

# Economic 款 before 2018 (30311 住房公积金 under 303, 310 其他资本性支出) and from 2018.
ECON_OLD = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30104": "社会保障缴费",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30208": "取暖费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30212": "因公出国（境）费用",
    "30213": "维修（护）费",
    "30214": "租赁费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
    "30226": "劳务费",
    "30227": "委托业务费",
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
    "30307": "医疗费",
    "30308": "助学金",
    "30309": "奖励金",
    "30311": "住房公积金",
    "30312": "提租补贴",
    "30313": "购房补贴",
    "30399": "其他对个人和家庭的补助支出",
    "310": "其他资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
}
ECON_2018 = dict(
    ECON_OLD,
    **{
        "30110": "职工基本医疗保险缴费",
        "30112": "其他社会保障缴费",
        "30113": "住房公积金",
        "30307": "医疗费补助",
        "30399": "其他对个人和家庭的补助",
        "310": "资本性支出",
    },
)
for _c in ("30104", "30311", "30312", "30313"):
    ECON_2018.pop(_c)

CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    """1 -> 一, 12 -> 十二, 21 -> 二十一."""
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return CN[i // 10 - 1] + "十" + (CN[i % 10 - 1] if i % 10 else "")


@dataclass
class Fmt:
    """How a table prints an amount: unit, thousands separators, decimals, zero cells ("" blank, "0.00", "-")."""

    unit: str = "万元"
    sep: bool = True
    dp: int = 2
    zero: str = ""

    def num(self, v: D) -> str:
        a = abs(v).quantize(D(1).scaleb(-self.dp))
        s = f"{a:,.{self.dp}f}" if self.sep else f"{a:.{self.dp}f}"
        return "-" + s if v < 0 else s

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
        return self.num(v)


@dataclass
class Table:
    kind: str  # "coded" (code, name, values), "two" (two-sided summary), "sangong", "blocks" (人员 | 公用)
    key: str  # table key (vocabulary)
    title: str
    unit: str
    cols: list = field(
        default_factory=list
    )  # coded: [(header, column key)]; header "group/sub" for two levels
    rows: list = field(default_factory=list)
    fmt: Fmt = field(default_factory=Fmt)
    empty: str = ""
    econ: bool = False
    rowno: bool = False  # two-sided: a 行次 beside every item
    colno: bool = False  # coded: a 栏次 line under the header
    rheads: list = field(default_factory=list)  # two-sided: the right side's value headers
    rkeys: list = field(default_factory=list)  # two-sided: the right side's column keys


# ------------------------------------------------------------------------------------------ building


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v.replace(",", "")) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


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


def g(p: dict, *keys: str) -> D:
    """Σ of the parts whose key is one of keys, or (a key ending in _) starts with it, or (starting _) ends so."""
    out = Z
    for k, v in p.items():
        for want in keys:
            if (
                k == want
                or (want.endswith("_") and k.startswith(want))
                or (want.startswith("_") and k.endswith(want))
            ):
                out += v
                break
    return out


def coded(rows: dict, names: dict, fn) -> list:
    out = []
    for code, parts in rows.items():
        vals = fn(parts)
        if any(v for v in vals):
            out.append((code, names[code], vals))
    return out


def with_total(rows: list, label: str = "合计", last: bool = False) -> list:
    if not rows:
        return []
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if r[0] and len(r[0]) == 3), Z) for i in range(n)]
    t = (None, label, tot)
    return [*rows, t] if last else [t, *rows]


def econ_split(econ: dict) -> tuple[dict, D, D]:
    cls: dict[str, D] = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + D(v.replace(",", ""))
    pers = sum((v for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v for c, v in cls.items() if c not in ("301", "303")), Z)
    return cls, pers, pub


def econ_items(econ: dict, cls: dict, c3: str, names: dict) -> list:
    return [(c3, names[c3], cls[c3])] + sorted(
        (c, names[c], D(v.replace(",", ""))) for c, v in econ.items() if c[:3] == c3
    )


def econ_list(doc: dict) -> list:
    """一般公共预算基本支出 by economic 类 and 款: 合计 | 人员经费 | 公用经费, the 合计 row first."""
    names = doc["econ_names"]
    cls, pers, pub = econ_split(doc["econ"])
    rows = [(None, "合计", [pers + pub, pers, pub])]
    for c3 in sorted(cls):
        personnel = c3 in ("301", "303")
        for c, n, v in econ_items(doc["econ"], cls, c3, names):
            rows.append((c, n, [v, v if personnel else None, None if personnel else v]))
    return rows


def econ_blocks(doc: dict) -> list:
    """Two blocks side by side: 人员经费 (301, 303) | 公用经费 (302, 310); the last row their totals."""
    names = doc["econ_names"]
    cls, pers, pub = econ_split(doc["econ"])
    left = [x for c3 in ("301", "303") if c3 in cls for x in econ_items(doc["econ"], cls, c3, names)]
    right = [
        x for c3 in sorted(cls) if c3 not in ("301", "303") for x in econ_items(doc["econ"], cls, c3, names)
    ]
    n = max(len(left), len(right))
    left += [None] * (n - len(left))
    right += [None] * (n - len(right))
    rows = list(zip(left, right, strict=True))
    rows.append(((None, "人员经费合计", pers), (None, "公用经费合计", pub)))
    return rows


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x.replace(",", "")) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


def class_rows(doc: dict, rows: dict, fn) -> list[tuple[str, list]]:
    """The 类 lines of a two-sided summary: (label, values); the whole 类 list where doc["all_classes"]."""
    names = doc["names"]
    if doc.get("all_classes") and doc["kind"] == "final_account":
        return [
            (f"{cn(i)}、{n}", fn(rows[c]) if c in rows else [Z] * len(fn({})))
            for i, (c, n) in enumerate(CLASSES_OLD, 1)
        ]
    present = [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and any(fn(p))]
    return [(f"{cn(i)}、{names[c]}", v) for i, (c, v) in enumerate(present, 1)]


def two_sided(left: list, right: list, rowno: bool, filler: bool) -> list:
    """Pairs the sides' items into rows (l_label, l_no, l_val, r_label, r_no, r_vals), as the templates align
    them: each side's items, then its 本年…合计 block, then its 总计 on the last line, the shorter part of a side
    padded with empty lines. With rowno the left side is numbered 1 … and the right side on from the left's last
    number; with filler an empty line prints its 行次 alone."""

    def parts(side):
        i = next((k for k, (lab, _) in enumerate(side) if lab.startswith("本年")), len(side) - 1)
        return side[:i], side[i:-1], side[-1:]

    li, lm, lt = parts(left)
    ri, rm, rt = parts(right)
    ni, nm = max(len(li), len(ri)), max(len(lm), len(rm))
    pad = ("", None)
    left = li + [pad] * (ni - len(li)) + lm + [pad] * (nm - len(lm)) + lt
    right = ri + [pad] * (ni - len(ri)) + rm + [pad] * (nm - len(rm)) + rt
    n = len(left)
    rows = []
    for i in range(n):
        ll, lv = left[i]
        rl, rv = right[i]
        lno = (i + 1) if rowno and (ll or filler) else None
        rno = (n + i + 1) if rowno and (rl or filler) else None
        if rv is not None and not isinstance(rv, list):
            rv = [rv]
        rows.append((ll or None, lno, lv, rl or None, rno, rv))
    return rows


# budget ---------------------------------------------------------------------------------------------------

INCOME_SOURCES = ("gp", "gf", "sa", "biz", "op", "up", "aff", "oth")  # 本年收入 (not co, not fund)


def build_budget(doc: dict) -> dict[str, Table]:
    f, u, t, names = doc["fmt"], doc["fmt"].unit, doc["titles"], doc["names"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    inc = sum((g(tot, s + "_") for s in INCOME_SOURCES), Z)
    spent = sum(tot.values(), Z)
    left = []
    for label, spec in doc["ies_left"]:
        if spec == "=inc":
            left.append((label, inc))
        elif spec == "=all":
            left.append((label, spent))
        else:
            left.append((label, sum((g(tot, s + "_") for s in spec.split("+")), Z)))
    right = [(lab, v[0]) for lab, v in class_rows(doc, rows, lambda p: [sum(p.values(), Z)])]
    right += [("本年支出合计", spent), ("结转下年", Z), ("支出总计", spent)]
    T["IES"] = Table(
        "two",
        "income_expenditure_summary",
        t["IES"],
        u,
        fmt=f,
        rows=two_sided(left, right, False, False),
        rheads=[doc.get("amount_head", "预算数")],
        rkeys=["expenditure"],
    )
    icols = doc["inc_cols"]  # [(header, key, "src+src" or None for the total)]

    def ifn(p):
        return [
            sum(p.values(), Z) if s is None else g(p, *(x + "_" for x in s.split("+"))) for _, _, s in icols
        ]

    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        [(h, k) for h, k, _ in icols],
        with_total(coded(rows, names, ifn)),
        f,
    )
    ecols = doc["exp_cols"]  # [(header, key, kind or None for the total)]

    def efn(p):
        return [sum(p.values(), Z) if k is None else g(p, "_" + k) for _, _, k in ecols]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        [(h, k) for h, k, _ in ecols],
        with_total(coded(rows, names, efn)),
        f,
    )
    gp, gf = g(tot, "gp_"), g(tot, "gf_")
    fl = [(lab, {"gp": gp, "gf": gf, "=": gp + gf}[spec]) for lab, spec in doc["fs_left"]]

    def ffn(p):
        return [g(p, "gp_", "gf_"), g(p, "gp_"), g(p, "gf_")]

    fr = class_rows(doc, rows, ffn) + [("支出总计", [gp + gf, gp, gf])]
    T["FS"] = Table(
        "two",
        "fiscal_summary",
        t["FS"],
        u,
        fmt=f,
        rows=two_sided(fl, fr, False, False),
        rheads=doc["fs_heads"],
        rkeys=["expenditure", "expenditure_general_public", "expenditure_government_fund"],
    )

    def gbf(p):
        return [g(p, "gp_"), g(p, "gp_b"), g(p, "gp_p")]

    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        doc["gb_cols"],
        with_total(coded(rows, names, gbf)),
        f,
    )
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        t["GBB"],
        u,
        [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        econ_list(doc),
        f,
        econ=True,
    )
    T["SG"] = Table(
        "sangong", "sangong", t["SG"], u, rows=[sangong(doc["sangong"])], fmt=doc.get("sg_fmt", f)
    )

    def gff(p):
        return [g(p, "gf_"), g(p, "gf_b"), g(p, "gf_p")]

    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        doc["gb_cols"],
        with_total(coded(rows, names, gff)),
        f,
        empty=doc.get("gf_empty", ""),
    )
    return T


# final account ---------------------------------------------------------------------------------------------

SPEND = ("gp_", "gf_", "nf_")
INCOME = ("i_gp", "i_gf", "i_up", "i_biz", "i_op", "i_aff", "i_oth")


def spent(p: dict) -> D:
    return g(p, *SPEND)


def build_final(doc: dict) -> dict[str, Table]:
    f, u, t, names = doc["fmt"], doc["fmt"].unit, doc["titles"], doc["names"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    inc = g(tot, *INCOME)
    exp = spent(tot)
    begin, fund, dist = (D(doc.get(k, "0").replace(",", "")) for k in ("begin", "fund", "dist"))
    end = begin + inc + fund - exp - dist
    left = []
    for label, spec in doc["ies_left"]:
        v = {"=inc": inc, "=fund": fund, "=begin": begin, "=all": inc + fund + begin}.get(spec)
        left.append((label, v if v is not None else g(tot, *spec.split("+"))))
    right = [(lab, v[0]) for lab, v in class_rows(doc, rows, lambda p: [spent(p)])]
    right += [("本年支出合计", exp), ("结余分配", dist), ("年末结转和结余", end), ("总计", exp + dist + end)]
    rowno = doc.get("rowno", False)
    T["IES"] = Table(
        "two",
        "income_expenditure_summary",
        t["IES"],
        u,
        fmt=f,
        rows=two_sided(left, right, rowno, doc.get("filler", False)),
        rowno=rowno,
        rheads=[doc.get("amount_head", "金额")],
        rkeys=["expenditure"],
    )
    icols = doc["inc_cols"]  # [(header, key, "i_x+i_y" or None for the total)]

    def ifn(p):
        return [g(p, *INCOME) if s is None else g(p, *s.split("+")) for _, _, s in icols]

    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        [(h, k) for h, k, _ in icols],
        with_total(coded(rows, names, ifn)),
        f,
        colno=doc.get("colno", False),
    )
    ecols = doc["exp_cols"]  # [(header, key, kind or None)]

    def efn(p):
        return [spent(p) if k is None else g(p, "_" + k) for _, _, k in ecols]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        [(h, k) for h, k, _ in ecols],
        with_total(coded(rows, names, efn)),
        f,
        colno=doc.get("colno", False),
    )
    i_gp, i_gf = g(tot, "i_gp"), g(tot, "i_gf")
    gpe, gfe = g(tot, "gp_"), g(tot, "gf_")
    begin_gp = D(doc.get("begin_gp", "0").replace(",", ""))
    begin_gf = g(tot, "bgf")
    end_gp, end_gf = begin_gp + i_gp - gpe, begin_gf + i_gf - gfe
    vals = {
        "gp": i_gp,
        "gf": i_gf,
        "=inc": i_gp + i_gf,
        "=begin": begin_gp + begin_gf,
        "bgp": begin_gp,
        "bgf": begin_gf,
        "=all": i_gp + i_gf + begin_gp + begin_gf,
    }
    fl = [(lab, vals[spec]) for lab, spec in doc["fs_left"]]

    def ffn(p):
        return [g(p, "gp_", "gf_"), g(p, "gp_"), g(p, "gf_")]

    fr = class_rows(doc, rows, ffn)
    fr += [
        ("本年支出合计", [gpe + gfe, gpe, gfe]),
        ("年末财政拨款结转和结余", [end_gp + end_gf, end_gp, end_gf]),
        ("总计", [gpe + gfe + end_gp + end_gf, gpe + end_gp, gfe + end_gf]),
    ]
    T["FS"] = Table(
        "two",
        "fiscal_summary",
        t["FS"],
        u,
        fmt=f,
        rows=two_sided(fl, fr, rowno, doc.get("filler", False)),
        rowno=rowno,
        rheads=doc["fs_heads"],
        rkeys=["expenditure", "expenditure_general_public", "expenditure_government_fund"],
    )
    T["ends"] = (end, end_gp, end_gf)  # type: ignore[assignment]

    def gbf(p):
        return [g(p, "gp_"), g(p, "gp_b"), g(p, "gp_p")]

    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        doc["gb_cols"],
        with_total(coded(rows, names, gbf)),
        f,
        colno=doc.get("colno", False),
    )
    if doc.get("econ_blocks"):
        T["GBB"] = Table(
            "blocks", "general_budget_basic_by_economic", t["GBB"], u, rows=econ_blocks(doc), fmt=f, econ=True
        )
    else:
        T["GBB"] = Table(
            "coded",
            "general_budget_basic_by_economic",
            t["GBB"],
            u,
            [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
            econ_list(doc),
            f,
            econ=True,
        )
    T["SG"] = Table(
        "sangong",
        "sangong",
        t["SG"],
        u,
        rows=[sangong(doc["sangong_budget"]) + sangong(doc["sangong"])],
        fmt=doc.get("sg_fmt", f),
    )

    def gff(p):
        b, i, x = g(p, "bgf"), g(p, "i_gf"), g(p, "gf_")
        return [b, i, x, g(p, "gf_b"), g(p, "gf_p"), b + i - x]

    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        [
            ("年初结转和结余", "carryover_begin"),
            ("本年收入", "income"),
            ("本年支出/小计", "total"),
            ("本年支出/基本支出", "basic"),
            ("本年支出/项目支出", "project"),
            ("年末结转和结余", "carryover_end"),
        ],
        with_total(coded(rows, names, gff)),
        f,
        empty=doc.get("gf_empty", ""),
        colno=doc.get("colno", False),
    )
    return T


def build(doc: dict) -> dict[str, Table]:
    T = build_final(doc) if doc["kind"] == "final_account" else build_budget(doc)
    for k, fm in doc.get("fmts", {}).items():
        T[k].fmt = fm
    return T


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
    elif t.kind == "blocks":
        for pair in t.rows:
            for cell in pair:
                if cell and f.want(cell[2]):
                    rows.append((cell[0], cell[1], {"total": f.want(cell[2])}))
    elif t.kind == "two":
        for ll, _lno, lv, rl, _rno, rv in t.rows:
            if ll and f.want(lv):
                rows.append((None, ll, {"income": f.want(lv)}))
            if rl and rv is not None:
                want = {k: f.want(v) for k, v in zip(t.rkeys, rv, strict=True) if f.want(v)}
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


def chunks(s: str, w: int) -> list[str]:
    return [s[i : i + w] for i in range(0, len(s), w)] or [""]


class Printer:
    """Writes a report as plain pdftotext text: "line" mode (a row a line, blank cells dropped) or "cell" mode
    (a cell a line, blank cells dropped, header words broken, optional empty lines between cells)."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.cellmode = doc["mode"] == "cell"
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 99)  # names longer than this wrap
        self.hw = doc.get("head_width", 99)  # cell mode: header words longer than this break
        self.wrap = doc.get("wrap", "after")  # line mode: "after" (tail under the figures) or "before"

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
            lines = [*p, "", foot.format(n=i), ""] if foot and i > 1 else [*p, ""]
            out.append("\n".join(lines))
        return "\f".join(out) + "\f"

    def cells(self, cells: list[str]) -> None:
        """One table row: its non-blank cells, a line each (cell mode) or on one line."""
        cells = [c for c in cells if c]
        if not cells:
            return
        if self.cellmode:
            for c in cells:
                self.add(c)
                if self.doc.get("blank"):
                    self.add("")
        else:
            self.add(" ".join(cells))

    # names
    def name_pieces(self, name: str) -> list[str]:
        if len(name) <= self.nw:
            return [name]
        return [name[: self.nw], name[self.nw :]]

    def labelled_row(self, label_cells: list[str], name: str, figures: list[str]) -> None:
        """A row whose name may wrap: cell mode prints code, head, tail, figures a line each; line mode puts the
        tail under the line of figures ("after") or the figures on the tail's line ("before")."""
        pieces = self.name_pieces(name)
        if self.cellmode or len(pieces) == 1:
            self.cells([*label_cells, *pieces, *figures])
            return
        if self.wrap == "after":
            self.cells([*label_cells, pieces[0], *figures])
            self.cells([pieces[1]])
        else:
            self.cells([*label_cells, pieces[0]])
            self.cells([pieces[1], *figures])

    # titles and headers
    def title(self, t: Table, label: str) -> None:
        d = self.doc
        org = d["org"]
        if d.get("table_code"):
            self.cells([d["table_code"].format(n=label)])
        head = f"{label}{d.get('label_sep', ' ')}{t.title}" if label and d.get("label_inline") else t.title
        if label and not d.get("label_inline"):
            self.cells([label])
        self.cells([head])
        unit = d.get("unit_word", "单位：") + t.unit
        org_word = d.get("org_word", "编制单位：")
        if self.cellmode:
            self.cells([org_word, org, unit] if d.get("org_apart") else [org_word + org, unit])
        else:
            self.add(f"{org_word}{org} {unit}")

    def head_words(self, words: list[str]) -> None:
        if self.cellmode:
            self.cells([p for w in words for p in chunks(w, self.hw)])
        else:
            self.add(" ".join(words))

    def coded_header(self, t: Table) -> None:
        lh = ["科目编码", "科目名称"]
        if t.econ:
            lh = ["经济科目编码", "经济科目名称"] if self.doc.get("econ_head_long") else lh
        elif self.doc.get("func_head"):
            lh = list(self.doc["func_head"])
        heads = [h for h, _ in t.cols]
        groups = []
        for h in heads:
            if "/" in h and h.split("/")[0] not in groups:
                groups.append(h.split("/")[0])
        if not groups:
            self.head_words(lh + heads)
        else:
            top = []
            for h in heads:
                g0 = h.split("/")[0]
                if "/" not in h:
                    top.append(h)
                elif g0 not in top:
                    top.append(g0)
            self.head_words(lh + top)
            self.head_words([h.split("/")[1] for h in heads if "/" in h])
        if t.colno:
            n = len(heads)
            self.head_words(["栏次"] + [str(i) for i in range(1, n + 1)])

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        if not t.rows:
            if t.cols:
                self.coded_header(t)
            self.cells([t.empty])
            return
        self.coded_header(t)
        brk = self.doc.get("breaks", {}).get(t.key)
        # a row whose figures pdftotext emits k rows later (a bold class row set a little lower: js_jcy_2017's 302)
        late_code, late_k = self.doc.get("displace", {}).get(t.key, (None, 0))
        late: list = []
        for i, (code, name, vals) in enumerate(t.rows):
            if brk is not None and i == brk:
                self.page()
                if self.doc.get("repeat_header"):
                    self.cells([f"{t.title}（续表）"])
                    self.coded_header(t)
            figs = [t.fmt.cell(v) for v in vals]
            if code is not None and code == late_code:
                late = [late_k, figs]
                figs = []
            elif late and late[0] > 0:
                late[0] -= 1
            if code is None:
                name = self.doc.get("total_label", name) if name == "合计" else name
                self.cells([name, *figs])
            else:
                self.labelled_row([code], name, figs)
            if late and late[0] == 0:
                self.cells(late[1])
                late = []
        if self.doc.get("notes"):
            self.cells([self.doc["notes"].get(t.key, "")])

    def blocks(self, t: Table, label: str) -> None:
        self.title(t, label)
        self.head_words(["人员经费", "公用经费"])
        self.head_words(["科目编码", "科目名称", "决算数"] * 2)
        f = t.fmt
        for pair in t.rows:
            out = []
            for cell in pair:
                if cell is None:
                    continue
                code, name, v = cell
                out += ([code] if code else []) + self.name_pieces(name) + [f.cell(v)]
            if self.cellmode:
                self.cells(out)
            else:
                # a wrapped name's tail goes on the next line (the block's head and figures stay on the row's)
                heads, tails = [], []
                for cell in pair:
                    if cell is None:
                        continue
                    code, name, v = cell
                    p = self.name_pieces(name)
                    heads += ([code] if code else []) + [p[0], f.cell(v)]
                    tails += p[1:]
                self.cells(heads)
                if tails:
                    self.cells(tails)

    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        amt = self.doc.get("amount_head", "金额")
        left_h = ["项目", "行次", amt] if t.rowno else ["项目", amt]
        right_h = ["项目", "行次", *t.rheads] if t.rowno else ["项目", *t.rheads]
        self.head_words(["收入", "支出"])
        self.head_words(left_h + right_h)
        for ll, lno, lv, rl, rno, rv in t.rows:
            out = [ll or "", str(lno) if lno else "", f.cell(lv) if ll else ""]
            out += [rl or "", str(rno) if rno else ""] + ([f.cell(v) for v in (rv or [])] if rl else [])
            self.cells(out)

    def sangong(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        vals = t.rows[0]
        one = ["合计", "因公出国（境）费", self.doc.get("car_word", "公务用车购置及运行费"), "公务接待费"]
        sub = ["小计", "公务用车购置费", "公务用车运行费"]
        n = len(vals) // 6
        if n == 2:
            self.head_words(["预算数", "决算数"])
        self.head_words(one * n)
        self.head_words(sub * n)
        self.cells([f.cell(v) for v in vals])

    def table(self, t: Table, label: str) -> None:
        self.page()
        {"coded": self.coded, "two": self.two, "sangong": self.sangong, "blocks": self.blocks}[t.kind](
            t, label
        )
