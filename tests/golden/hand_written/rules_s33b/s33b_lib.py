"""Tables and their text for the rules_s33b reports (事业单位 / small units' final accounts): builds every printed
table of a report from the figures typed in rules_s33b_data.py (functional 项 leaves with their income by source
and their spending by kind, 基本支出 by economic 款, 三公, carry-overs, 结余分配) and prints it as plain pdftotext
(no -layout: one table row a line, blank cells dropped, header cells one a line) or as pdftotext -layout (cells at
absolute columns). Nothing here reads the parser. Patterns copied (not imported) from rules_s32b/s32b_lib.py.

Leaf keys ("2100401 gp=… biz=… gpb=… nb=…"):
  income  gp 一般公共预算财政拨款, gf 政府性基金预算财政拨款, up 上级补助, biz 事业, op 经营, aff 附属单位上缴, oth 其他;
  spend   gpb / gpp 一般公共预算 基本 / 项目, gfp 政府性基金 项目, nb / np 非财政拨款 基本 / 项目,
          ru 上缴上级, ope 经营支出, sa 对附属单位补助."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)
INCK = ("gp", "gf", "up", "biz", "op", "aff", "oth")
SPK = ("gpb", "gpp", "gfp", "nb", "np", "ru", "ope", "sa")

FUNC = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "2010101": "行政运行",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "206": "科学技术支出",
    "20602": "基础研究",
    "2060201": "机构运行",
    "20603": "应用研究",
    "2060301": "机构运行",
    "2060302": "社会公益研究",
    "20604": "技术研究与开发",
    "2060499": "其他技术研究与开发支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20811": "残疾人事业",
    "2081107": "残疾人生活和护理补贴",
    "210": "卫生健康支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100202": "中医（民族）医院",
    "21003": "基层医疗卫生机构",
    "2100302": "乡镇卫生院",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "21017": "中医药",
    "2101704": "其他中医药支出",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130110": "执法监管",
    "2130122": "农业生产发展",
    "21303": "水利",
    "2130306": "水利工程运行与维护",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22407": "自然灾害救灾及恢复重建支出",
    "2240703": "自然灾害救灾补助",
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
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
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
    "307": "债务利息及费用支出",
    "30701": "国内债务付息",
    "309": "资本性支出（基本建设）",
    "30906": "大型修缮",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
    "399": "其他支出",
    "39999": "其他支出",
}

CN = "一二三四五六七八九十"
ALL_CLASSES = [
    "一般公共服务支出",
    "外交支出",
    "国防支出",
    "公共安全支出",
    "教育支出",
    "科学技术支出",
    "文化旅游体育与传媒支出",
    "社会保障和就业支出",
    "卫生健康支出",
    "节能环保支出",
    "城乡社区支出",
    "农林水支出",
    "交通运输支出",
    "资源勘探工业信息等支出",
    "商业服务业等支出",
    "金融支出",
    "援助其他地区支出",
    "自然资源海洋气象等支出",
    "住房保障支出",
    "粮油物资储备支出",
    "国有资本经营预算支出",
    "灾害防治及应急管理支出",
    "其他支出",
    "债务还本支出",
    "债务付息支出",
]
CLASS_ORDER = {
    "201": 0,
    "205": 4,
    "206": 5,
    "207": 6,
    "208": 7,
    "210": 8,
    "211": 9,
    "212": 10,
    "213": 11,
    "221": 18,
    "224": 21,
    "229": 22,
}


def cn(i: int) -> str:
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return "二十" + ("" if i == 20 else CN[i - 21])


@dataclass
class Fmt:
    unit: str = "万元"
    sep: bool = True
    zero: str = ""

    def num(self, v: D) -> str:
        a = abs(v).quantize(D("0.01"))
        s = f"{a:,.2f}" if self.sep else f"{a:.2f}"
        return "-" + s if v < 0 else s

    def cell(self, v) -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        return self.zero if v == 0 else self.num(v)

    def want(self, v) -> str | None:
        if v is None or (v == 0 and not self.zero):
            return None
        return "0.00?" if v == 0 else self.num(v)


@dataclass
class Table:
    kind: str  # coded, two, blocks, sangong, sgrows, empty
    key: str
    title: str
    unit: str
    cols: list = field(default_factory=list)  # coded: [(header, key)]; group headers: (group, header, key)
    rows: list = field(default_factory=list)
    fmt: Fmt | None = None
    code: str = ""
    rkeys: list = field(default_factory=list)
    hangci: bool = False
    statement: str = ""
    sg: str = ""


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


def rollup(leaves: dict) -> dict:
    out: dict = {}
    for code, parts in leaves.items():
        assert len(code) == 7, code
        for c in (code[:3], code[:5], code):
            out[c] = add(out.get(c, {}), parts)
    return dict(sorted(out.items()))


def total(rows: dict) -> dict:
    t: dict = {}
    for c, parts in rows.items():
        if len(c) == 3:
            t = add(t, parts)
    return t


def s(p: dict, *keys: str) -> D:
    return sum((p.get(k, Z) for k in keys), Z)


def coded(rows: dict, fn, names=FUNC) -> list:
    out = []
    for code, parts in rows.items():
        vals = fn(parts)
        if any(v for v in vals):
            out.append((code, names[code], vals))
    return out


def with_total(rows: list, label: str = "合计", last: bool = False) -> list:
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if len(r[0]) == 3), Z) for i in range(n)]
    return [*rows, (None, label, tot)] if last else [(None, label, tot), *rows]


def sangong(sg) -> list:
    o, p, r, j = (D(x) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


SG_KEYS = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
SG_LABELS = [
    "合计",
    "1.因公出国（境）费",
    "2.公务用车购置及运行维护费",
    "（1）公务用车购置费",
    "（2）公务用车运行维护费",
    "3.公务接待费",
]


def end_of(doc: dict) -> dict:
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    inc, exp = s(tot, *INCK), s(tot, *SPK)
    alloc = sum((D(v) for _l, v in doc.get("alloc", [])), Z)
    end = D(doc["begin"]) + inc + D(doc.get("use_nf", "0")) - exp - alloc
    return dict(rows=rows, tot=tot, inc=inc, exp=exp, alloc=alloc, end=end)


def build(doc: dict) -> dict:
    f, u = doc["fmt"], doc["fmt"].unit
    t = doc["titles"]
    names = {**FUNC, **doc.get("names", {})}
    e = end_of(doc)
    rows, tot, inc, exp, end = e["rows"], e["tot"], e["inc"], e["exp"], e["end"]
    assert end >= 0, (doc["file"], end)
    T: dict = {}
    # ---- 收入支出决算总表
    left = [
        ("一、一般公共预算财政拨款收入", s(tot, "gp")),
        ("二、政府性基金预算财政拨款收入", s(tot, "gf")),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", s(tot, "up")),
        ("五、事业收入", s(tot, "biz")),
        ("六、经营收入", s(tot, "op")),
        ("七、附属单位上缴收入", s(tot, "aff")),
        ("八、其他收入", s(tot, "oth")),
    ]
    classes = [(c, s(p, *SPK)) for c, p in rows.items() if len(c) == 3]
    if doc.get("full_classes"):
        have = dict((names[c], v) for c, v in classes)
        right = [(f"{cn(i)}、{n}", have.get(n, Z)) for i, n in enumerate(ALL_CLASSES, 1)]
        assert set(have) <= set(ALL_CLASSES)
    else:
        right = [(f"{cn(CLASS_ORDER[c] + 1)}、{names[c]}", v) for c, v in classes if v]
    n = max(len(left), len(right))
    left += [(None, None)] * (n - len(left))
    right += [(None, None)] * (n - len(right))
    use_label = doc.get("use_label", "使用非财政拨款结余")
    alloc_rows = [("结余分配", e["alloc"])] + [(lab, D(v)) for lab, v in doc.get("alloc", [])]
    if not doc.get("alloc_items"):
        alloc_rows = alloc_rows[:1]
    bottom_l = [
        ("本年收入合计", inc),
        (use_label, D(doc.get("use_nf", "0"))),
        ("年初结转和结余", D(doc["begin"])),
    ]
    bottom_r = [("本年支出合计", exp), *alloc_rows, ("年末结转和结余", end)]
    m = max(len(bottom_l), len(bottom_r))
    bottom_l += [(None, None)] * (m - len(bottom_l))
    bottom_r += [(None, None)] * (m - len(bottom_r))
    grand = inc + D(doc.get("use_nf", "0")) + D(doc["begin"])
    assert grand == exp + e["alloc"] + end
    body = list(zip(left, right)) + list(zip(bottom_l, bottom_r)) + [(("总计", grand), ("总计", grand))]
    T["IES"] = Table(
        "two",
        "income_expenditure_summary",
        t["IES"],
        u,
        fmt=f,
        code="IES",
        rkeys=["expenditure"],
        hangci=doc.get("hangci", False),
    )
    T["IES"].rows = [(ll, lv, rl, [rv]) for (ll, lv), (rl, rv) in body]
    # ---- 收入决算表
    if doc.get("inc_split"):
        icols = [
            ("本年收入合计", "total"),
            ("一般公共预算财政拨款收入", "general_public"),
            ("政府性基金预算财政拨款收入", "government_fund"),
            ("国有资本经营预算财政拨款收入", "state_capital"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
            ("其他收入", "other_income"),
        ]

        def ifn(p):
            return [
                s(p, *INCK),
                s(p, "gp"),
                s(p, "gf"),
                Z,
                s(p, "up"),
                s(p, "biz"),
                s(p, "op"),
                s(p, "aff"),
                s(p, "oth"),
            ]
    else:
        icols = [
            ("本年收入合计", "total"),
            ("财政拨款收入", "fiscal_appropriation"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
            ("其他收入", "other_income"),
        ]

        def ifn(p):
            return [
                s(p, *INCK),
                s(p, "gp", "gf"),
                s(p, "up"),
                s(p, "biz"),
                s(p, "op"),
                s(p, "aff"),
                s(p, "oth"),
            ]

    last = doc.get("total_last", False)
    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        icols,
        with_total(coded(rows, ifn, names), last=last),
        f,
        code="INC",
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
        return [s(p, *SPK), s(p, "gpb", "nb"), s(p, "gpp", "gfp", "np"), s(p, "ru"), s(p, "ope"), s(p, "sa")]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        ecols,
        with_total(coded(rows, xfn, names), last=last),
        f,
        code="EXP",
    )
    # ---- 财政拨款收入支出决算总表
    bgp, bgf = D(doc.get("begin_gp", "0")), D(doc.get("begin_gf", "0"))
    igp, igf = s(tot, "gp"), s(tot, "gf")
    egp, egf = s(tot, "gpb", "gpp"), s(tot, "gfp")
    ngp, ngf = bgp + igp - egp, bgf + igf - egf
    assert ngp >= 0 and ngf >= 0, (doc["file"], ngp, ngf)
    fl = [
        ("一、一般公共预算财政拨款", igp),
        ("二、政府性基金预算财政拨款", igf),
        ("三、国有资本经营预算财政拨款", Z),
    ]

    def ffn(p):
        return s(p, "gpb", "gpp", "gfp")

    fr = [
        (f"{cn(CLASS_ORDER[c] + 1)}、{names[c]}", [ffn(p), s(p, "gpb", "gpp"), s(p, "gfp"), Z])
        for c, p in rows.items()
        if len(c) == 3 and ffn(p)
    ]
    n = max(len(fl), len(fr))
    fl += [(None, None)] * (n - len(fl))
    fr += [(None, None)] * (n - len(fr))
    bl = [
        ("本年收入合计", igp + igf),
        ("年初财政拨款结转和结余", bgp + bgf),
        ("一般公共预算财政拨款", bgp),
        ("政府性基金预算财政拨款", bgf),
        ("国有资本经营预算财政拨款", Z),
    ]
    br = [("本年支出合计", [egp + egf, egp, egf, Z]), ("年末财政拨款结转和结余", [ngp + ngf, ngp, ngf, Z])]
    if doc.get("fs_end_split"):
        br += [
            ("一般公共预算财政拨款", [ngp, ngp, None, None]),
            ("政府性基金预算财政拨款", [ngf, None, ngf, None]),
        ]
    br += [(None, None)] * (len(bl) - len(br))
    g = igp + igf + bgp + bgf
    assert g == egp + egf + ngp + ngf
    fbody = list(zip(fl, fr)) + list(zip(bl, br)) + [(("总计", g), ("总计", [g, egp + ngp, egf + ngf, Z]))]
    T["FS"] = Table(
        "two",
        "fiscal_summary",
        t["FS"],
        u,
        fmt=f,
        code="FS",
        hangci=doc.get("hangci", False),
        rkeys=[
            "expenditure",
            "expenditure_general_public",
            "expenditure_government_fund",
            "expenditure_state_capital",
        ],
    )
    T["FS"].rows = [(ll, lv, rl, rv) for (ll, lv), (rl, rv) in fbody]
    # ---- 一般公共预算财政拨款支出决算表
    gcols = [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        gcols,
        with_total(coded(rows, lambda p: [s(p, "gpb", "gpp"), s(p, "gpb"), s(p, "gpp")], names), last=last),
        f,
        code="GB",
    )
    # ---- 基本支出 (three blocks: 人员经费 | 公用经费 302 | 公用经费 307/309/310/399)
    econ = {c: D(v) for c, v in doc["econ"].items()}
    assert sum(econ.values(), Z) == s(tot, "gpb"), (doc["file"], sum(econ.values(), Z), s(tot, "gpb"))
    cls: dict = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + v
    blocks = [[], [], []]
    for c3 in sorted(cls):
        b = 0 if c3 in ("301", "303") else (1 if c3 == "302" else 2)
        blocks[b].append((c3, ECON[c3], cls[c3]))
        blocks[b] += [(c, ECON[c], econ[c]) for c in sorted(econ) if c[:3] == c3]
    pers = sum((v for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v for c, v in cls.items() if c not in ("301", "303")), Z)
    n = max(len(b) for b in blocks)
    brows = [[b[i] if i < len(b) else None for b in blocks] for i in range(n)]
    T["GBB"] = Table("blocks", "general_budget_basic_by_economic", t["GBB"], u, rows=brows, fmt=f, code="GBB")
    T["GBB"].totals = (pers, pub)  # type: ignore[attr-defined]
    # ---- 三公
    b, a = sangong(doc["sangong_budget"]), sangong(doc["sangong"])
    if doc.get("sg") == "rows2":
        T["SG"] = Table(
            "sgrows",
            "sangong",
            t["SG"],
            u,
            rows=[(lab, [x, y]) for lab, x, y in zip(SG_LABELS, b, a)],
            fmt=f,
            code="SG",
            sg="rows2",
        )
    else:
        T["SG"] = Table("sangong", "sangong", t["SG"], u, rows=[b + a], fmt=f, code="SG", sg="row12")
    # ---- 政府性基金 (flow form) / 国有资本经营 (stated empty)
    if igf or bgf:
        gfb = {c: D(v) for c, v in doc.get("gf_begin", {}).items()}
        assert sum(gfb.values(), Z) == bgf
        gl = rollup({c: add(p, {"gfbeg": gfb.get(c, Z)}) for c, p in (parse_leaf(x) for x in doc["leaves"])})
        gcols = [
            ("年初结转和结余", "carryover_begin"),
            ("本年收入", "income"),
            ("本年支出 小计", "total"),
            ("基本支出", "basic"),
            ("项目支出", "project"),
            ("年末结转和结余", "carryover_end"),
        ]

        def gfn(p):
            return [s(p, "gfbeg"), s(p, "gf"), s(p, "gfp"), Z, s(p, "gfp"), s(p, "gfbeg", "gf") - s(p, "gfp")]

        T["GF"] = Table(
            "coded",
            "government_fund",
            t["GF"],
            u,
            gcols,
            with_total(coded(gl, gfn, names), last=last),
            f,
            code="GF",
        )
    else:
        T["GF"] = Table("empty", "government_fund", t["GF"], u, fmt=f, code="GF", statement=doc["gf_empty"])
    T["SC"] = Table("empty", "state_capital", t["SC"], u, fmt=f, code="SC", statement=doc["sc_empty"])
    T["_e"] = e  # type: ignore[assignment]
    return T


def expectations(t: Table) -> dict:
    f = t.fmt
    rows = []
    if t.kind == "coded":
        keys = [k for _, k in t.cols]
        for code, name, vals in t.rows:
            want = {k: f.want(v) for k, v in zip(keys, vals, strict=True)}
            want = {k: v for k, v in want.items() if v is not None}
            if want:
                rows.append((code, name, want))
    elif t.kind == "blocks":
        for r in t.rows:
            for cell in r:
                if cell and f.want(cell[2]):
                    rows.append((cell[0], cell[1], {"total": f.want(cell[2])}))
        pers, pub = t.totals
        rows.append((None, "人员经费合计", {"total": f.want(pers)}))
        rows.append((None, "公用经费合计", {"total": f.want(pub)}))
    elif t.kind == "two":
        for ll, lv, rl, rv in t.rows:
            if ll and f.want(lv):
                rows.append((None, ll, {"income": f.want(lv)}))
            if rl and rv is not None:
                want = {k: f.want(v) for k, v in zip(t.rkeys, rv) if f.want(v)}
                if want:
                    rows.append((None, rl, want))
    elif t.kind == "sgrows":
        for (lab, vals), k in zip(t.rows, SG_KEYS, strict=True):
            want = {k + sf: f.want(v) for sf, v in zip(["@budget", ""], vals, strict=True) if f.want(v)}
            if want:
                rows.append((None, lab, want))
    elif t.kind == "sangong":
        keys = [k + "@budget" for k in SG_KEYS] + SG_KEYS
        want = {k: f.want(v) for k, v in zip(keys, t.rows[0], strict=True) if f.want(v)}
        rows.append((None, "*", want))
    return dict(table=t.key, unit=t.unit, rows=rows)


# ------------------------------------------------------------------------------------------ printing


def place(cells) -> str:
    """(text, start, width, align) at absolute columns; a cell touching the text before it is pushed right."""
    out = ""
    shift = 0
    for text, start, width, align in cells:
        if not text:
            continue
        w = swidth(text)
        x = start + width - w if align == "r" else (start + (width - w) // 2 if align == "c" else start)
        x += shift
        need = len(out.rstrip()) + (1 if out.strip() else 0)
        if x < need:
            shift += need - x
            x = need
        out = out.ljust(x) + text
    return out.rstrip()


def swidth(text: str) -> int:
    # pdftotext -layout gives each glyph one column
    return len(text)


def pieces(text: str, w) -> list:
    if not w or len(text) <= w:
        return [text]
    return [text[i : i + w] for i in range(0, len(text), w)]


class Printer:
    """A report as plain pdftotext text (doc["mode"] == "plain": one row a line, blank cells dropped, header cells
    one a line) or as pdftotext -layout text ("layout"); pages parted by form feeds."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.plain = doc["mode"] == "plain"
        self.pages: list = [[]]
        self.nw = doc.get("name_width", 26)
        self.vw = doc.get("vw", 12)
        self.g = 2
        self.width = doc.get("page_width", 120)

    def add(self, *lines) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def text(self) -> str:
        foot = self.doc.get("footer", "- {n} -")
        out = []
        for i, p in enumerate(self.pages, 1):
            lines = list(p)
            if foot and i > 1:
                f = foot.format(n=i - 1)
                lines += ["", f if self.plain else place([(f, 0, self.width, "c")])]
            out.append("\n".join(lines) + "\n")
        return "\f".join(out)

    def centre(self, text: str) -> str:
        return text if self.plain else place([(text, 0, self.width, "c")])

    def para(self, text: str, w: int = 38) -> None:
        """A narrative paragraph wrapped as the PDF wraps it (indent two characters)."""
        text = "  " + text if not self.plain else text
        self.add(*pieces(text, w))

    # ---------------------------------------------------------------- tables
    def title(self, t: Table, label: str) -> None:
        d = self.doc
        if d.get("label_inline"):
            self.add(self.centre(f"{label}{t.title}"))
        else:
            self.add(label, self.centre(t.title))
        org = d.get("org_line", "编制单位：{org}").format(org=d["org"])
        unit = d.get("unit_word", "单位：{u}").format(u=t.unit)
        if self.plain:
            self.add(org, unit) if d.get("org_first", True) else self.add(unit, org)
        else:
            self.add(place([(org, 0, 60, "l"), (unit, 60, self.width - 60, "r")]))

    def x0(self) -> int:
        return 11 + self.nw + 2

    def vx(self, i: int) -> int:
        return self.x0() + i * (self.vw + self.g)

    def header(self, lh: list, heads: list, group: dict | None = None) -> None:
        """lh: left heads (科目编码, 科目名称); heads: column heads; group: {head index: (group label, span)}."""
        hb = self.doc.get("hbreak")
        if self.plain:
            for h in lh:
                self.add(h)
            done = set()
            for i, h in enumerate(heads):
                if group:
                    for j, (gl, span) in group.items():
                        if j == i and gl not in done:
                            self.add(gl)
                            done.add(gl)
                self.add(*pieces(h, hb))
            return
        hp = [pieces(h, min(hb or 99, self.vw // 1)) for h in heads]
        n = max(len(p) for p in hp) + (1 if group else 0)
        lines = [[] for _ in range(n)]
        mid = (n - 1) // 2
        lines[mid] += [(lh[0], 0, 9, "c"), (lh[1], 11, self.nw, "c")]
        off = 1 if group else 0
        if group:
            for j, (gl, span) in group.items():
                lines[0].append((gl, self.vx(j), span * (self.vw + self.g) - self.g, "c"))
        for i, ps in enumerate(hp):
            top = off + (n - off - len(ps)) // 2
            for k, piece in enumerate(ps):
                lines[top + k].append((piece, self.vx(i), self.vw, "c"))
        for c in lines:
            self.add(place(sorted(c, key=lambda x: x[1])))

    def row(self, t: Table, code, name, vals) -> None:
        figs = [t.fmt.cell(v) for v in vals]
        wrap = self.doc.get("wrap")
        ps = pieces(name, wrap) if code else [name]
        if self.plain:
            head = " ".join(x for x in [code or "", ps[0], *figs] if x)
            self.add(head, *ps[1:])
            return
        cells = [(f, self.vx(i), self.vw, "r") for i, f in enumerate(figs)]
        if code is None:
            self.add(place([(name, 0, 11 + self.nw, "c"), *cells]))
            return
        self.add(place([(code, 0, 9, "l"), (ps[0], 11, self.nw, "l"), *cells]))
        for p in ps[1:]:
            self.add(place([(p, 11, self.nw, "l")]))

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        heads = [h for h, _ in t.cols]
        group = None
        if t.key == "government_fund":
            heads = ["年初结转和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转和结余"]
            group = {2: ("本年支出", 3), 3: ("本年支出", 3), 4: ("本年支出", 3)}
        self.header(["科目编码", "科目名称"], heads, group)
        brk = self.doc.get("breaks", {}).get(t.code)
        for code, name, vals in t.rows:
            if brk and code == brk:
                self.page()
                self.add(self.centre(t.title + "（续）"))
                self.header(["科目编码", "科目名称"], heads, group)
            self.row(t, code, name, vals)
        self.notes(t)

    def notes(self, t: Table) -> None:
        for line in self.doc.get("notes", {}).get(t.code, []):
            self.add(line)

    def empty(self, t: Table, label: str) -> None:
        self.title(t, label)
        if t.key == "government_fund":
            heads = ["年初结转和结余", "本年收入", "本年支出", "年末结转和结余"]
        else:
            heads = ["本年支出合计", "基本支出", "项目支出"]
        self.header(["科目编码", "科目名称"], heads)
        self.add(t.statement)

    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        fs = t.key == "fiscal_summary"
        col = "决算数"
        rh = (
            ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
            if fs
            else [col]
        )
        hc = t.hangci
        nleft = len(t.rows)
        if self.plain:
            self.add(
                "收入", "支出", "项目", *(["行次"] if hc else []), col, "项目", *(["行次"] if hc else []), *rh
            )
            if hc:
                self.add("栏次", "1", "栏次", *[str(i) for i in range(2, 2 + len(rh))])
            for i, (ll, lv, rl, rv) in enumerate(t.rows, 1):
                parts = []
                if ll:
                    parts += [ll] + ([str(i)] if hc else []) + ([f.cell(lv)] if f.cell(lv) else [])
                if rl:
                    parts += (
                        [rl] + ([str(nleft + i)] if hc else []) + [f.cell(v) for v in (rv or []) if f.cell(v)]
                    )
                elif hc:
                    parts += [str(nleft + i)]
                self.add(" ".join(parts))
            self.notes(t)
            return
        lw, vw, g = 30, self.vw, self.g
        hw = 5 if hc else 0
        lvx = lw + g + hw
        rx = lvx + vw + g
        rvx = rx + lw + g + hw
        self.add(place([("收入", 0, lvx + vw, "c"), ("支出", rx, rvx - rx + len(rh) * (vw + g), "c")]))
        hd = [("项目", 0, lw, "c"), (col, lvx, vw, "c"), ("项目", rx, lw, "c")]
        if hc:
            hd += [("行次", lw + g, 4, "c"), ("行次", rx + lw + g, 4, "c")]
        hd += [(h, rvx + i * (vw + g), vw, "c") for i, h in enumerate(rh)]
        self.add(place(sorted(hd, key=lambda x: x[1])))
        if hc:
            st = [("栏次", 0, lw, "c"), ("1", lvx, vw, "c"), ("栏次", rx, lw, "c")]
            st += [(str(2 + i), rvx + i * (vw + g), vw, "c") for i in range(len(rh))]
            self.add(place(st))
        for i, (ll, lv, rl, rv) in enumerate(t.rows, 1):
            cells = [
                (ll or "", 0, lw, "l"),
                (f.cell(lv) if ll else "", lvx, vw, "r"),
                (rl or "", rx, lw, "l"),
            ]
            if hc:
                cells += [(str(i) if ll else "", lw + g, 4, "c"), (str(nleft + i), rx + lw + g, 4, "c")]
            cells += [(f.cell(v), rvx + j * (vw + g), vw, "r") for j, v in enumerate(rv or [])]
            self.add(place(sorted(cells, key=lambda x: x[1])))
        self.notes(t)

    def blocks(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        pers, pub = t.totals
        if self.plain:
            self.add("人员经费", "公用经费")
            for _ in range(3):
                self.add("科目编码", "科目名称", "决算数")
            for r in t.rows:
                parts = []
                for cell in r:
                    if cell:
                        parts += [cell[0], cell[1], f.cell(cell[2])]
                self.add(" ".join(p for p in parts if p))
            self.add(f"人员经费合计 {f.cell(pers)} 公用经费合计 {f.cell(pub)}")
            self.notes(t)
            return
        cw, nw, vw, g = 7, self.doc.get("blk_nw", 16), 10, 2
        bw = cw + g + nw + g + vw
        bx = [0, bw + 3, 2 * (bw + 3)]
        self.add(place([("人员经费", 0, bw, "c"), ("公用经费", bx[1], 2 * bw + 3, "c")]))
        hd = []
        for x in bx:
            hd += [
                ("科目编码", x, cw + 1, "l"),
                ("科目名称", x + cw + g, nw, "c"),
                ("决算数", x + cw + g + nw + g, vw, "r"),
            ]
        self.add(place(hd))
        for r in t.rows:
            cells = []
            for x, cell in zip(bx, r):
                if cell:
                    cells += [
                        (cell[0], x, cw, "l"),
                        (cell[1], x + cw + g, nw, "l"),
                        (f.cell(cell[2]), x + cw + g + nw + g, vw, "r"),
                    ]
            self.add(place(cells))
        self.add(
            place(
                [
                    ("人员经费合计", 0, cw + g + nw, "c"),
                    (f.cell(pers), cw + g + nw + g, vw, "r"),
                    ("公用经费合计", bx[1], bw + 3 + cw + g + nw, "c"),
                    (f.cell(pub), bx[2] + cw + g + nw + g, vw, "r"),
                ]
            )
        )
        self.notes(t)

    def sangong(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        if t.sg == "rows2":
            if self.plain:
                self.add("项目", "年初预算数", "决算数")
                for lab, vals in t.rows:
                    self.add(" ".join([lab] + [f.cell(v) for v in vals if f.cell(v)]))
            else:
                self.add(place([("项目", 0, 34, "c"), ("年初预算数", 36, 14, "r"), ("决算数", 52, 14, "r")]))
                for lab, vals in t.rows:
                    self.add(
                        place(
                            [
                                (lab, 0, 34, "l"),
                                (f.cell(vals[0]), 36, 14, "r"),
                                (f.cell(vals[1]), 52, 14, "r"),
                            ]
                        )
                    )
            self.notes(t)
            return
        vals = t.rows[0]
        if self.plain:
            self.add("年初预算数", "决算数")
            for _ in range(2):
                self.add(
                    "合计",
                    "因公出国（境）费",
                    "公务用车购置及运行费",
                    "小计",
                    "公务用车购置费",
                    "公务用车运行费",
                    "公务接待费",
                )
            self.add(" ".join(f.cell(v) for v in vals if f.cell(v)))
            self.notes(t)
            return
        w, g = 9, 1
        lines = [[], [], []]
        for bidx in range(2):
            c = 6 * bidx
            x = lambda i: (i + c) * (w + g)  # noqa: E731
            lines[0].append((("年初预算数", "决算数")[bidx], x(0), 6 * w + 5 * g, "c"))
            lines[1] += [
                ("合计", x(0), w, "c"),
                ("因公出国", x(1), w, "c"),
                ("公务用车购置及运行费", x(2), 3 * w + 2 * g, "c"),
                ("公务接待费", x(5), w, "c"),
            ]
            lines[2] += [
                ("（境）费", x(1), w, "c"),
                ("小计", x(2), w, "c"),
                ("购置费", x(3), w, "c"),
                ("运行费", x(4), w, "c"),
            ]
        for ln in lines:
            self.add(place(ln))
        self.add(place([(f.cell(v), i * (w + g), w, "r") for i, v in enumerate(vals)]))
        self.notes(t)

    def table(self, t: Table, label: str) -> None:
        self.page()
        {
            "coded": self.coded,
            "two": self.two,
            "blocks": self.blocks,
            "sangong": self.sangong,
            "sgrows": self.sangong,
            "empty": self.empty,
        }[t.kind](t, label)
