"""Tables and their text for the rules_s31k reports: builds every printed table of a report from the figures
typed in rules_s31k_data.py (functional 项 leaves split by source and kind, 基本支出 by economic 款, 三公) and
prints it as pdftotext -layout would (every character one column wide, cells placed at absolute columns; a
cell that would touch the text before it is pushed right, as pdftotext does). Nothing here reads the parser.

The shapes a report can take (keys of its dict in rules_s31i_data.py): total_last (the 合计 row after the
rows), no_kuan (tables list 类 and 项 rows only), glued (code and name in one cell, "2010101行政运行"),
header3 (the 项目 header over three lines: 项目 / 功能分类科目编码 科目名称 / 类 款 项), sub (预算数 under each
of 合计 / 基本支出 / 项目支出 in the named tables), ies_kinds (the budget 收支总表's expenditure side by
基本支出 / 项目支出), fiscal_split (the 收入决算表's 财政拨款收入 as 一般公共预算 | 政府性基金), prior (a
上年预算数 column in the 一般公共预算支出表), sg_rows (the 三公 table with 预算数 / 决算数 as rows), econ_block
(the 基本支出表 as one list: 人员经费合计, 301, 303, 公用经费合计, 302, 310), fmts (separators per table),
title_break (a page break between a table's title and its header)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

FUNC = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "2010101": "行政运行",
    "2010104": "人大会议",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "20113": "商贸事务",
    "2011301": "行政运行",
    "2011308": "招商引资",
    "20129": "群众团体事务",
    "2012901": "行政运行",
    "2012902": "一般行政管理事务",
    "205": "教育支出",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "206": "科学技术支出",
    "20604": "技术研究与开发",
    "2060499": "其他技术研究与开发支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070108": "文化活动",
    "2070111": "文化创作与保护",
    "2070112": "文化和旅游市场管理",
    "208": "社会保障和就业支出",
    "20801": "人力资源和社会保障管理事务",
    "2080101": "行政运行",
    "2080109": "社会保险经办机构",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20807": "就业补助",
    "2080705": "公益性岗位补贴",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "211": "节能环保支出",
    "21101": "环境保护管理事务",
    "2110101": "行政运行",
    "2110104": "生态环境保护宣传",
    "21104": "自然生态保护",
    "2110402": "农村环境保护",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130135": "农业生产发展",
    "21302": "林业和草原",
    "2130201": "行政运行",
    "2130207": "森林资源管理",
    "2130211": "动植物保护",
    "2130234": "林业草原防灾减灾",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130504": "农村基础设施建设",
    "215": "资源勘探工业信息等支出",
    "21508": "支持中小企业发展和管理支出",
    "2150801": "行政运行",
    "2150805": "中小企业发展专项",
    "216": "商业服务业等支出",
    "21602": "商业流通事务",
    "2160201": "行政运行",
    "2160299": "其他商业流通事务支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22406": "自然灾害防治",
    "2240601": "地质灾害防治",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013804": "市场主体管理",
    "2013816": "食品安全监管",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20810": "社会福利",
    "2081002": "老年福利",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出",
    "2080105": "劳动保障监察",
    "2080106": "就业管理事务",
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
    """1 -> 一, 12 -> 十二."""
    return CN[i - 1] if i <= 10 else "十" + CN[i - 11]


def ljust(s: str, w: int) -> str:
    """pdftotext -layout places every character, CJK or not, at one text column (rules_s31b/s31b_lib.py)."""
    return s + " " * max(0, w - len(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - len(s)) + s


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
        """The expected value of a cell as typed in the expectations (None: nothing to expect)."""
        if v is None or (v == 0 and not self.zero):
            return None
        if v == 0:
            return "0.00?"
        return self.num(v)


@dataclass
class Table:
    kind: str  # "coded" (code, name, values), "two" (two-sided summary), "sangong"
    key: str  # table key (vocabulary)
    title: str
    unit: str
    cols: list = field(default_factory=list)  # [(header, column key or None for a comparison column)]
    rows: list = field(default_factory=list)  # coded: [(code, name, [values])]; two: [(l, lv, r, rv)]
    fmt: Fmt | None = None
    empty: str = ""
    sub: bool = False  # 预算数 under each own column header
    econ: bool = False
    zcols: tuple = ()  # column keys whose zero cells print 0.00 (other zeros print blank)

    def cell(self, key, v):
        if v is not None and v == 0 and key in self.zcols:
            return "0.00"
        return v if isinstance(v, str) else self.fmt.cell(v)

    def want(self, key, v):
        if v is not None and v == 0 and key in self.zcols:
            return "0.00?"
        return self.fmt.want(v)


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v) for k, v in (p.split("=") for p in parts)}


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


def s(p: dict, *keys: str) -> D:
    return sum((p.get(k, Z) for k in keys), Z)


def coded(doc: dict, rows: dict, fn, names=None) -> list:
    names = names or {**FUNC, **doc.get("func_names", {})}
    out = []
    for code, parts in rows.items():
        if doc.get("no_kuan") and len(code) == 5:
            continue
        vals = fn(parts)
        if any(v for v in vals if not isinstance(v, str)):
            out.append((code, names[code], vals))
    return out


def with_total(doc: dict, rows: list, label: str = "合计") -> list:
    if not rows:
        return []
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if r[0] and len(r[0]) == 3), Z) for i in range(n)]
    t = (None, label, tot)
    return [*rows, t] if doc.get("total_last") else [t, *rows]


def econ_rows(doc: dict) -> list:
    """一般公共预算基本支出 by economic 类 and 款."""
    econ = doc["econ"]
    cls: dict[str, D] = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + D(v)
    pers = sum((v for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v for c, v in cls.items() if c not in ("301", "303")), Z)

    def items(c3: str) -> list:
        return [(c3, cls[c3])] + sorted((c, D(v)) for c, v in econ.items() if c[:3] == c3)

    if doc.get("econ_block"):
        rows = [(None, "人员经费合计", [pers])]
        for c3 in ("301", "303"):
            rows += [(c, ECON[c], [v]) for c, v in items(c3)] if c3 in cls else []
        rows.append((None, "公用经费合计", [pub]))
        for c3 in sorted(cls):
            if c3 not in ("301", "303"):
                rows += [(c, ECON[c], [v]) for c, v in items(c3)]
        t = (None, "合计", [pers + pub])
        return [*rows, t] if doc.get("total_last") else [t, *rows]
    rows = []
    for c3 in sorted(cls):
        personnel = c3 in ("301", "303")
        for c, v in items(c3):
            rows.append((c, ECON[c], [v, v if personnel else None, None if personnel else v]))
    t = (None, "合计", [pers + pub, pers, pub])
    return [*rows, t] if doc.get("total_last") else [t, *rows]


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


def pair(left: list, right: list) -> list:
    n = max(len(left), len(right))
    left = left + [(None, None)] * (n - len(left))
    right = right + [(None, None)] * (n - len(right))
    return [(a, b, c, d) for (a, b), (c, d) in zip(left, right, strict=True)]


def class_list(rows: dict, fn) -> list[tuple[str, D]]:
    return [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and fn(p)]


def rollup_prior(prior: dict) -> dict:
    out: dict[str, D] = {}
    for code, v in prior.items():
        for c in (code[:3], code[:5], code):
            out[c] = out.get(c, Z) + D(v)
        out["合计"] = out.get("合计", Z) + D(v)
    return out


BSRC = ("co", "gp", "gf", "biz", "oth")
INC_B = {
    "co": ("上年结转", "carryover_begin"),
    "gp": ("一般公共预算拨款收入", "general_public"),
    "gf": ("政府性基金预算拨款收入", "government_fund"),
    "biz": ("事业收入", "business"),
    "oth": ("其他收入", "other_income"),
}


def bsum(p: dict, src=BSRC, kinds=("b", "p")) -> D:
    return sum((p.get(f"{x}_{k}", Z) for x in src for k in kinds), Z)


def build_budget(doc: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    gp, gf, biz, oth, co = (bsum(tot, (x,)) for x in ("gp", "gf", "biz", "oth", "co"))
    inc = gp + gf + biz + oth
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、事业收入", biz),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", oth),
        ("本年收入合计", inc),
        ("上年结转", co),
        ("收入总计", inc + co),
    ]
    if doc.get("ies_kinds"):
        right = [
            ("一、基本支出", bsum(tot, kinds=("b",))),
            ("二、项目支出", bsum(tot, kinds=("p",))),
            ("三、事业单位经营支出", Z),
            ("四、上缴上级支出", Z),
            ("五、对附属单位补助支出", Z),
        ]
    else:
        right = [
            (f"{cn(i)}、{doc.get('func_names', {}).get(c, FUNC[c])}", v)
            for i, (c, v) in enumerate(class_list(rows, bsum), 1)
        ]
    right += [("本年支出合计", bsum(tot)), ("结转下年", Z), ("支出总计", bsum(tot))]
    T["IES"] = Table("two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right))
    srcs = doc["inc_src"]
    cols = [("合计", "total")] + [INC_B[x] for x in srcs]
    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        cols,
        with_total(doc, coded(doc, rows, lambda p: [bsum(p)] + [bsum(p, (x,)) for x in srcs])),
        f,
    )
    cols3 = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        cols3,
        with_total(doc, coded(doc, rows, lambda p: [bsum(p), bsum(p, kinds=("b",)), bsum(p, kinds=("p",))])),
        f,
        sub="EXP" in doc.get("sub", ()),
    )
    left = [
        ("一、一般公共预算拨款", gp),
        ("二、政府性基金预算拨款", gf),
        ("三、国有资本经营预算拨款", Z),
        ("收入总计", gp + gf),
    ]

    def fsum(p):
        return bsum(p, ("gp", "gf"))

    right = [
        (
            f"{cn(i)}、{doc.get('func_names', {}).get(c, FUNC[c])}",
            [v, bsum(rows[c], ("gp",)), bsum(rows[c], ("gf",)), Z],
        )
        for i, (c, v) in enumerate(class_list(rows, fsum), 1)
    ]
    right.append(("支出总计", [gp + gf, gp, gf, Z]))
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right))

    def gbf(p):
        return [bsum(p, ("gp",)), bsum(p, ("gp",), ("b",)), bsum(p, ("gp",), ("p",))]

    gbrows = with_total(doc, coded(doc, rows, gbf))
    gcols = list(cols3)
    if doc.get("prior"):
        pr = rollup_prior(doc["prior"])
        gbrows = [(c, n, [pr.get(c or "合计", Z), *v]) for c, n, v in gbrows]
        gcols = [(doc.get("prior_label", "上年预算数"), None), *gcols]
    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        gcols,
        gbrows,
        f,
        sub="GB" in doc.get("sub", ()),
    )
    ecols = (
        [(doc.get("econ_head", "金额"), "total")]
        if doc.get("econ_block")
        else [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    )
    T["GBB"] = Table(
        "coded", "general_budget_basic_by_economic", t["GBB"], u, ecols, econ_rows(doc), f, econ=True
    )
    T["SG"] = Table("sangong", "sangong", t["SG"], u, rows=[sangong(doc["sangong"])], fmt=f)

    def gff(p):
        return [bsum(p, ("gf",)), bsum(p, ("gf",), ("b",)), bsum(p, ("gf",), ("p",))]

    gfr = with_total(doc, coded(doc, rows, gff))
    T["GF"] = Table("coded", "government_fund", t["GF"], u, cols3, gfr, f, empty=doc["empty"].get("GF", ""))
    T["SC"] = Table("coded", "state_capital", t["SC"], u, cols3, [], f, empty=doc["empty"]["SC"])
    return T


# final keys: spend gp_b gp_p gf_b gf_p nf_b nf_p ru (上缴上级) op (经营支出); income i_gp i_gf i_up i_biz i_op i_oth
SPEND = ("gp_b", "gp_p", "gf_b", "gf_p", "nf_b", "nf_p", "ru", "op")
INCK = ("i_gp", "i_gf", "i_up", "i_biz", "i_op", "i_oth")


def build_final(doc: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    i_gp, i_gf, i_up, i_biz, i_op, i_oth = (s(tot, k) for k in INCK)
    inc = s(tot, *INCK)
    exp = s(tot, *SPEND)
    begin, begin_gp = D(doc["begin"]), D(doc["begin_gp"])
    end = begin + inc - exp
    left = [
        ("一、一般公共预算财政拨款收入", i_gp),
        ("二、政府性基金预算财政拨款收入", i_gf),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", i_up),
        ("五、事业收入", i_biz),
        ("六、经营收入", i_op),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", i_oth),
        ("本年收入合计", inc),
        ("使用非财政拨款结余", Z),
        ("年初结转和结余", begin),
        ("总计", inc + begin),
    ]

    def efn(p):
        return s(p, *SPEND)

    right = [
        (f"{cn(i)}、{doc.get('func_names', {}).get(c, FUNC[c])}", v)
        for i, (c, v) in enumerate(class_list(rows, efn), 1)
    ]
    right += [("本年支出合计", exp), ("结余分配", Z), ("年末结转和结余", end), ("总计", exp + end)]
    T["IES"] = Table("two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right))
    if doc.get("fiscal_split"):
        icols = [
            ("本年收入合计", "total"),
            ("一般公共预算财政拨款", "general_public"),
            ("政府性基金预算财政拨款", "government_fund"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
        ]

        def ifn(p):
            return [s(p, *INCK), s(p, "i_gp"), s(p, "i_gf"), s(p, "i_up"), s(p, "i_biz"), s(p, "i_op"), Z]
    else:
        icols = [
            ("本年收入合计", "total"),
            ("财政拨款收入", "fiscal_appropriation"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
        ]

        def ifn(p):
            return [s(p, *INCK), s(p, "i_gp", "i_gf"), s(p, "i_up"), s(p, "i_biz"), s(p, "i_op"), Z]

    icols.append(("其他收入", "other_income"))

    def ifn2(p):
        return [*ifn(p), s(p, "i_oth")]

    T["INC"] = Table(
        "coded", "income_by_function", t["INC"], u, icols, with_total(doc, coded(doc, rows, ifn2)), f
    )
    ecols = [
        ("本年支出合计", "total"),
        ("基本支出", "basic"),
        ("项目支出", "project"),
        ("上缴上级支出", "remit_upper"),
        ("经营支出", "operating"),
        ("对附属单位补助支出", "subsidy_affiliated"),
    ]

    def xfn(p):
        return [
            efn(p),
            s(p, "gp_b", "gf_b", "nf_b"),
            s(p, "gp_p", "gf_p", "nf_p"),
            s(p, "ru"),
            s(p, "op"),
            Z,
        ]

    T["EXP"] = Table(
        "coded", "expenditure_by_function", t["EXP"], u, ecols, with_total(doc, coded(doc, rows, xfn)), f
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
        ("一般公共预算财政拨款", begin_gp),
        ("政府性基金预算财政拨款", Z),
        ("国有资本经营预算财政拨款", Z),
        ("总计", i_gp + i_gf + begin_gp),
    ]

    def ffn(p):
        return s(p, "gp_b", "gp_p", "gf_b", "gf_p")

    right = [
        (
            f"{cn(i)}、{doc.get('func_names', {}).get(c, FUNC[c])}",
            [v, s(rows[c], "gp_b", "gp_p"), s(rows[c], "gf_b", "gf_p"), Z],
        )
        for i, (c, v) in enumerate(class_list(rows, ffn), 1)
    ]
    fend = fend_gp + fend_gf
    right += [
        ("本年支出合计", [gpe + gfe, gpe, gfe, Z]),
        ("年末财政拨款结转和结余", [fend, fend_gp, fend_gf, Z]),
        ("总计", [gpe + gfe + fend, gpe + fend_gp, gfe + fend_gf, Z]),
    ]
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right))
    T["end"] = end  # type: ignore[assignment]

    def gbf(p):
        return [s(p, "gp_b", "gp_p"), s(p, "gp_b"), s(p, "gp_p")]

    cols3 = [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded", "general_budget_by_function", t["GB"], u, cols3, with_total(doc, coded(doc, rows, gbf)), f
    )
    ecols = (
        [(doc.get("econ_head", "决算数"), "total")]
        if doc.get("econ_block")
        else [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    )
    T["GBB"] = Table(
        "coded", "general_budget_basic_by_economic", t["GBB"], u, ecols, econ_rows(doc), f, econ=True
    )
    T["SG"] = Table(
        "sangong",
        "sangong",
        t["SG"],
        u,
        rows=[sangong(doc["sangong_budget"]) + sangong(doc["sangong"])],
        fmt=f,
    )

    def gff(p):
        return [s(p, "gf_b", "gf_p"), s(p, "gf_b"), s(p, "gf_p")]

    gfr = with_total(doc, coded(doc, rows, gff))
    T["GF"] = Table("coded", "government_fund", t["GF"], u, cols3, gfr, f, empty=doc["empty"].get("GF", ""))
    T["SC"] = Table("coded", "state_capital", t["SC"], u, cols3, [], f, empty=doc["empty"]["SC"])
    return T


def build(doc: dict) -> dict[str, Table]:
    T = build_final(doc) if doc["kind"] == "final_account" else build_budget(doc)
    for k, fm in doc.get("fmts", {}).items():
        T[k].fmt = fm
    for k, zc in doc.get("zcols", {}).items():
        T[k].zcols = zc
    return T


def expectations(t: Table) -> dict:
    f = t.fmt
    rows = []
    if t.kind == "coded":
        keys = [k for _, k in t.cols]
        for code, name, vals in t.rows:
            want = {k: t.want(k, v) for k, v in zip(keys, vals, strict=True) if k}
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


def pieces(text: str, w: int) -> list[str]:
    """A cell's text wrapped at w characters."""
    if len(text) <= w:
        return [text]
    return [text[i : i + w] for i in range(0, len(text), w)]


class Printer:
    """Writes a report's tables as pdftotext -layout text."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 30)
        self.vw = doc.get("vw", 14)
        self.gap = doc.get("gap", 2)
        self.shift = 0

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

    def unit_line(self, t: Table) -> str:
        org = self.doc.get("org_line", "编制单位：{org}").format(org=self.doc["org"])
        return place([(org, 0, 60, "l"), (f"单位：{t.unit}", 60, 40, "r")])

    def title(self, t: Table, label: str) -> None:
        head = f"{label} {t.title}" if label and self.doc.get("label_inline") else t.title
        if label and not self.doc.get("label_inline"):
            self.add(label)
        self.add(" " * 24 + head, self.unit_line(t))

    # coded tables
    def x0(self) -> int:
        return 11 + self.nw + 2

    def vx(self, i: int) -> int:
        return self.x0() + self.shift + i * (self.vw + self.gap)

    def coded_header(self, t: Table) -> list[str]:
        heads = [h for h, _ in t.cols]
        keys = [k for _, k in t.cols]
        lh = ["经济分类科目编码", "科目名称"] if t.econ else ["科目编码", "科目名称"]
        group = t.econ and self.doc.get("gbb_group") and keys == ["total", "personnel", "public_funds"]
        hp = [pieces(h, self.vw) for h in heads]
        n = max(len(p) for p in hp)
        lines: list[list] = [[] for _ in range(max(n, 3 if group else 1) + (1 if t.sub else 0))]
        h_lines = 3 if group else n
        mid = (h_lines - 1) // 2
        lines[mid] += [(lh[0], 0, 9, "c"), (lh[1], 11, self.nw, "c")]
        for i, (k, ps) in enumerate(zip(keys, hp, strict=True)):
            if group and k in ("personnel", "public_funds"):
                lines[2].append((ps[0], self.vx(i), self.vw, "c"))
                continue
            top = (h_lines - len(ps)) // 2
            for j, piece in enumerate(ps):
                lines[top + j].append((piece, self.vx(i), self.vw, "c"))
        if group:
            lines[0].append(("基本支出", self.vx(1), 2 * self.vw + self.gap, "c"))
        if t.sub:
            lines[-1] += [("预算数", self.vx(i), self.vw, "c") for i, k in enumerate(keys) if k]
        return [place(sorted(c, key=lambda x: x[1])) for c in lines]

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        self.shift = 0
        if t.cols or t.rows:
            self.add(*self.coded_header(t))
        if not t.rows:
            self.add(t.empty)
            return
        keys = [k for _, k in t.cols]
        split = self.doc.get("split", {}).get(t.key)
        wrap = self.doc.get("wrap")
        for r, (code, name, vals) in enumerate(t.rows):
            if split and r == split[0]:
                self.page()
                self.shift = split[1]
                if split[2]:
                    self.add(" " * 24 + "续表", *self.coded_header(t))
            figs = [(t.cell(k, v), self.vx(i), self.vw, "r") for i, (k, v) in enumerate(zip(keys, vals))]
            if code is None and self.doc.get("total_centre"):
                self.add(place([(name, 0, 11 + self.nw, "c"), *figs]))
                continue
            ps = pieces(name, wrap) if wrap else [name]
            at = (len(ps) - 1) // 2 if len(ps) > 2 else 0
            for j, piece in enumerate(ps):
                if j == at:
                    self.add(place([(code or "", 0, 9, "l"), (piece, 11, self.nw, "l"), *figs]))
                else:
                    self.add(place([(piece, 11, self.nw, "l")]))
        self.shift = 0

    # two-sided summaries
    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        col = "预算数" if self.doc["kind"] == "budget" else "决算数"
        fs = t.key == "fiscal_summary"
        rh = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] if fs else [col]
        lw, vw, g = 30, self.vw, self.gap
        if t.key == "income_expenditure_summary" and self.doc.get("ies_lw"):
            lw, vw = self.doc["ies_lw"], 10
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

    def sangong(self, t: Table, label: str) -> None:
        """Items over two lines ("因公出国" / "（境）费"), the vehicle group centred over 小计 | 购置费 | 运行费,
        a final's 年初预算数 / 决算数 centred over their six columns each."""
        self.title(t, label)
        f = t.fmt
        vals = t.rows[0]
        n = len(vals) // 6
        w, g = self.doc.get("sg_vw", 12), self.gap
        x0 = self.doc.get("sg_x0", 0)

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
        for ln in lines:
            if ln:
                self.add(place(ln))
        self.add(place([(f.cell(v), x(i), w, "r") for i, v in enumerate(vals)]))

    def table(self, t: Table, label: str) -> None:
        self.page()
        {"coded": self.coded, "two": self.two, "sangong": self.sangong}[t.kind](t, label)
