"""Tables and their text for the rules_s32b reports: builds every printed table of a report from the figures
typed in rules_s32b_data.py (functional 项 leaves split by source and kind, 基本支出 by economic 款, 三公,
projects, procurement items) and prints it as pdftotext -layout would (every character one column wide, cells
at absolute columns; a cell that would touch the text before it is pushed right, as pdftotext does). Nothing
here reads the parser.

Built on rules_s31k/s31k_lib.py (copied, not imported), with what this set attacks added:
- a 国有资本经营 source (budget key sc_b / sc_p; final spend sc_b / sc_p, income i_sc): its column in the
  收入总表 / 收入决算表 (inside 财政拨款收入 in a final), its 财政拨款收支总表 column and its own table;
- a 项目支出表 (科目编码 | 科目名称 | 项目名称 | figures, project names wrapped) and a 政府采购预算表
  (categories 一、货物 / 二、工程 / 三、服务 over their items);
- page breaks inside tables (doc["breaks"][key] = [(row, piece, style)]: before the piece-th line of the
  row-th row; style: mark None / "续表" / "title" (the title again with （续）) / "label" (e.g. "表3（续）"),
  header True / False, unit True / False); a running head atop every page but the cover (doc["head"],
  optionally with the amount unit at its right), footers "第 {n} 页，共 {N} 页" / "- {n} -" / "{n}";
- notes under a table (doc["notes"][key]: lines), a signature line (doc["sign"]);
- empty tables printed several ways (doc["empty"][key] = (style, text)): "text" (the header, then the
  statement), "zero" (the header, a 合计 row of 0.00 or "-" cells, the statement below if any), "none_row"
  (the header, "无", the 合计 with nothing, the statement as a note), "blank_total" (the header, 合计 alone,
  the statement as a note);
- the amount unit printed by each table (unit_where "line"), only in the running head ("head"), or only in
  a statement under 第三部分 公开表格 ("explain")."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

FUNC = {
    "201": "一般公共服务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "2050803": "培训支出",
    "207": "文化旅游体育与传媒支出",
    "20703": "体育",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080202": "一般行政管理事务",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "2081902": "农村最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "20821": "特困人员救助供养",
    "2082101": "城市特困人员救助供养支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100403": "妇幼保健机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "2100799": "其他计划生育事务支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120102": "一般行政管理事务",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120303": "小城镇基础设施建设",
    "2120399": "其他城乡社区公共设施支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130126": "农村社会事业",
    "2130153": "农田建设",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130505": "生产发展",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "215": "资源勘探工业信息等支出",
    "21505": "工业和信息产业监管",
    "2150501": "行政运行",
    "2150517": "产业发展",
    "2150599": "其他工业和信息产业监管支出",
    "21507": "国有资产监管",
    "2150701": "行政运行",
    "2150702": "一般行政管理事务",
    "2150799": "其他国有资产监管支出",
    "21508": "支持中小企业发展和管理支出",
    "2150805": "中小企业发展专项",
    "20138": "市场监督管理事务",
    "2013812": "药品事务",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "221": "住房保障支出",
    "22101": "保障性安居工程支出",
    "2210105": "农村危房改造",
    "2210108": "老旧小区改造",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "223": "国有资本经营预算支出",
    "22301": "解决历史遗留问题及改革成本支出",
    "2230105": "国有企业退休人员社会化管理补助支出",
    "2230107": "国有企业改革成本支出",
    "22302": "国有企业资本金注入",
    "2230201": "国有经济结构调整支出",
    "2230203": "前瞻性战略性产业发展支出",
    "2230299": "其他国有企业资本金注入",
    "22303": "国有企业政策性补贴",
    "2230301": "国有企业政策性补贴",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30114": "医疗费",
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
    kind: str  # "coded", "two", "sangong", "proj", "proc"
    key: str  # table key (vocabulary)
    title: str
    unit: str
    cols: list = field(default_factory=list)  # [(header, column key)]
    rows: list = field(default_factory=list)
    fmt: Fmt | None = None
    empty: tuple | None = None  # (style, statement) of a table with no rows
    econ: bool = False
    zcols: tuple = ()  # column keys whose zero cells print 0.00 (other zeros print blank)
    code: str = "TAB"  # the report's key of the table (IES, INC, … PROJ, PROC)

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


def coded(doc: dict, rows: dict, fn) -> list:
    out = []
    for code, parts in rows.items():
        vals = fn(parts)
        if any(v for v in vals if not isinstance(v, str)):
            out.append((code, FUNC[code], vals))
    return out


def with_total(rows: list, label: str = "合计") -> list:
    if not rows:
        return []
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if r[0] and len(r[0]) == 3), Z) for i in range(n)]
    return [(None, label, tot), *rows]


def econ_rows(doc: dict) -> list:
    """一般公共预算基本支出 by economic 类 and 款: 合计 | 人员经费 | 公用经费."""
    econ = doc["econ"]
    cls: dict[str, D] = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + D(v)
    pers = sum((v for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v for c, v in cls.items() if c not in ("301", "303")), Z)
    rows = []
    for c3 in sorted(cls):
        personnel = c3 in ("301", "303")
        for c, v in [(c3, cls[c3])] + sorted((c, D(v)) for c, v in econ.items() if c[:3] == c3):
            rows.append((c, ECON[c], [v, v if personnel else None, None if personnel else v]))
    return [(None, "合计", [pers + pub, pers, pub]), *rows]


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


BSRC = ("co", "gp", "gf", "sc", "biz", "oth")
INC_B = {
    "co": ("上年结转", "carryover_begin"),
    "gp": ("一般公共预算拨款收入", "general_public"),
    "gf": ("政府性基金预算拨款收入", "government_fund"),
    "sc": ("国有资本经营预算拨款收入", "state_capital"),
    "biz": ("事业收入", "business"),
    "oth": ("其他收入", "other_income"),
}
PROJ_COLS = {
    "gp": ("一般公共预算", "general_public"),
    "gf": ("政府性基金", "government_fund"),
    "sc": ("国有资本经营预算", "state_capital"),
    "co": ("上年结转", "carryover_begin"),
    "biz": ("事业收入", "business"),
    "oth": ("其他收入", "other_income"),
}


def bsum(p: dict, src=BSRC, kinds=("b", "p")) -> D:
    return sum((p.get(f"{x}_{k}", Z) for x in src for k in kinds), Z)


def parse_project(s_: str) -> tuple[str, str, dict]:
    """ "code|name|gp=1.00 co=2.00" -> (code, name, {source: amount})."""
    code, name, money = s_.split("|")
    return code, name, {k: D(v) for k, v in (p.split("=") for p in money.split())}


def build_projects(doc: dict, rows: dict) -> Table:
    projects = [parse_project(p) for p in doc["projects"]]
    srcs = doc["proj_src"]
    # the projects add to each leaf's project money per source (typed twice: leaves and projects)
    for code, parts in rows.items():
        if len(code) == 7:
            for x in BSRC:
                got = sum((m.get(x, Z) for c, _n, m in projects if c == code), Z)
                assert got == parts.get(f"{x}_p", Z), (doc["file"], code, x, got)
    prow = [(c, FUNC[c], n, [sum(m.values(), Z)] + [m.get(x, Z) for x in srcs]) for c, n, m in projects]
    tot = [sum((r[3][i] for r in prow), Z) for i in range(len(srcs) + 1)]
    cols = [("合计", "total")] + [PROJ_COLS[x] for x in srcs]
    return Table(
        "proj",
        "project_expenditure",
        doc["titles"]["PROJ"],
        doc["fmt"].unit,
        cols,
        [(None, "", "合计", tot), *prow],
        doc["fmt"],
        code="PROJ",
    )


def build_procurement(doc: dict) -> Table:
    """doc["procurement"]: [(category, [(item cells…, amount)])]; rows: ["合计", …, total], category rows,
    item rows (cells as printed)."""
    ncells = len(doc["proc_cols"]) - 1
    rows, total_ = [], Z
    for cat, items in doc["procurement"]:
        amt = sum((D(i[-1]) for i in items), Z)
        total_ += amt
        rows.append(("cat", [cat] + [""] * (ncells - 1), amt))
        rows += [("item", list(i[:-1]), D(i[-1])) for i in items]
    return Table(
        "proc",
        "procurement",
        doc["titles"]["PROC"],
        doc["fmt"].unit,
        doc["proc_cols"],
        [("total", ["合计"] + [""] * (ncells - 1), total_), *rows],
        doc["fmt"],
        code="PROC",
    )


def build_budget(doc: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    gp, gf, sc, biz, oth, co = (bsum(tot, (x,)) for x in ("gp", "gf", "sc", "biz", "oth", "co"))
    inc = gp + gf + sc + biz + oth
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", sc),
        ("四、事业收入", biz),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", oth),
        ("本年收入合计", inc),
        ("上年结转", co),
        ("收入总计", inc + co),
    ]
    right = [(f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(class_list(rows, bsum), 1)]
    right += [("本年支出合计", bsum(tot)), ("结转下年", Z), ("支出总计", bsum(tot))]
    T["IES"] = Table(
        "two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right), code="IES"
    )
    srcs = doc["inc_src"]
    cols = [("合计", "total")] + [INC_B[x] for x in srcs]
    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        cols,
        with_total(coded(doc, rows, lambda p: [bsum(p)] + [bsum(p, (x,)) for x in srcs])),
        f,
        code="INC",
    )
    cols3 = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        cols3,
        with_total(coded(doc, rows, lambda p: [bsum(p), bsum(p, kinds=("b",)), bsum(p, kinds=("p",))])),
        f,
        code="EXP",
    )
    fin = gp + gf + sc
    left = [
        ("一、一般公共预算拨款", gp),
        ("二、政府性基金预算拨款", gf),
        ("三、国有资本经营预算拨款", sc),
        ("收入总计", fin),
    ]

    def fsum(p):
        return bsum(p, ("gp", "gf", "sc"))

    right = [
        (f"{cn(i)}、{FUNC[c]}", [v, bsum(rows[c], ("gp",)), bsum(rows[c], ("gf",)), bsum(rows[c], ("sc",))])
        for i, (c, v) in enumerate(class_list(rows, fsum), 1)
    ]
    right.append(("支出总计", [fin, gp, gf, sc]))
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right), code="FS")

    def by(src):
        return lambda p: [bsum(p, (src,)), bsum(p, (src,), ("b",)), bsum(p, (src,), ("p",))]

    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        cols3,
        with_total(coded(doc, rows, by("gp"))),
        f,
        code="GB",
    )
    ecols = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        t["GBB"],
        u,
        ecols,
        econ_rows(doc),
        f,
        econ=True,
        code="GBB",
    )
    T["SG"] = Table("sangong", "sangong", t["SG"], u, rows=[sangong(doc["sangong"])], fmt=f, code="SG")
    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        cols3,
        with_total(coded(doc, rows, by("gf"))),
        f,
        empty=doc["empty"].get("GF"),
        code="GF",
    )
    T["SC"] = Table(
        "coded",
        "state_capital",
        t["SC"],
        u,
        cols3,
        with_total(coded(doc, rows, by("sc"))),
        f,
        empty=doc["empty"].get("SC"),
        code="SC",
    )
    if doc.get("projects"):
        T["PROJ"] = build_projects(doc, rows)
    if doc.get("procurement"):
        T["PROC"] = build_procurement(doc)
    return T


# final keys: spend gp_b gp_p gf_b gf_p sc_b sc_p nf_b nf_p; income i_gp i_gf i_sc i_up i_biz i_op i_oth
SPEND = ("gp_b", "gp_p", "gf_b", "gf_p", "sc_b", "sc_p", "nf_b", "nf_p")
INCK = ("i_gp", "i_gf", "i_sc", "i_up", "i_biz", "i_op", "i_oth")


def build_final(doc: dict) -> dict[str, Table]:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    i_gp, i_gf, i_sc, i_up, i_biz, i_op, i_oth = (s(tot, k) for k in INCK)
    inc = s(tot, *INCK)
    exp = s(tot, *SPEND)
    begin, begin_gp = D(doc["begin"]), D(doc["begin_gp"])
    end = begin + inc - exp
    left = [
        ("一、一般公共预算财政拨款收入", i_gp),
        ("二、政府性基金预算财政拨款收入", i_gf),
        ("三、国有资本经营预算财政拨款收入", i_sc),
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

    right = [(f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(class_list(rows, efn), 1)]
    right += [("本年支出合计", exp), ("结余分配", Z), ("年末结转和结余", end), ("总计", exp + end)]
    T["IES"] = Table(
        "two", "income_expenditure_summary", t["IES"], u, fmt=f, rows=pair(left, right), code="IES"
    )
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
            s(p, "i_gp", "i_gf", "i_sc"),
            s(p, "i_up"),
            s(p, "i_biz"),
            s(p, "i_op"),
            Z,
            s(p, "i_oth"),
        ]

    T["INC"] = Table(
        "coded", "income_by_function", t["INC"], u, icols, with_total(coded(doc, rows, ifn)), f, code="INC"
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
        return [efn(p), s(p, "gp_b", "gf_b", "sc_b", "nf_b"), s(p, "gp_p", "gf_p", "sc_p", "nf_p"), Z, Z, Z]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        ecols,
        with_total(coded(doc, rows, xfn)),
        f,
        code="EXP",
    )
    gpe, gfe, sce = s(tot, "gp_b", "gp_p"), s(tot, "gf_b", "gf_p"), s(tot, "sc_b", "sc_p")
    fend_gp = begin_gp + i_gp - gpe
    fend_gf = i_gf - gfe
    fend_sc = i_sc - sce
    left = [
        ("一、一般公共预算财政拨款", i_gp),
        ("二、政府性基金预算财政拨款", i_gf),
        ("三、国有资本经营预算财政拨款", i_sc),
        ("本年收入合计", i_gp + i_gf + i_sc),
        ("年初财政拨款结转和结余", begin_gp),
        ("一般公共预算财政拨款", begin_gp),
        ("政府性基金预算财政拨款", Z),
        ("国有资本经营预算财政拨款", Z),
        ("总计", i_gp + i_gf + i_sc + begin_gp),
    ]

    def ffn(p):
        return s(p, "gp_b", "gp_p", "gf_b", "gf_p", "sc_b", "sc_p")

    right = [
        (
            f"{cn(i)}、{FUNC[c]}",
            [v, s(rows[c], "gp_b", "gp_p"), s(rows[c], "gf_b", "gf_p"), s(rows[c], "sc_b", "sc_p")],
        )
        for i, (c, v) in enumerate(class_list(rows, ffn), 1)
    ]
    fend = fend_gp + fend_gf + fend_sc
    right += [
        ("本年支出合计", [gpe + gfe + sce, gpe, gfe, sce]),
        ("年末财政拨款结转和结余", [fend, fend_gp, fend_gf, fend_sc]),
        ("总计", [gpe + gfe + sce + fend, gpe + fend_gp, gfe + fend_gf, sce + fend_sc]),
    ]
    T["FS"] = Table("two", "fiscal_summary", t["FS"], u, fmt=f, rows=pair(left, right), code="FS")

    def by(*keys):
        return lambda p: [s(p, *keys), s(p, keys[0]), s(p, keys[1])]

    cols3 = [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        cols3,
        with_total(coded(doc, rows, by("gp_b", "gp_p"))),
        f,
        code="GB",
    )
    ecols = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    T["GBB"] = Table(
        "coded",
        "general_budget_basic_by_economic",
        t["GBB"],
        u,
        ecols,
        econ_rows(doc),
        f,
        econ=True,
        code="GBB",
    )
    T["SG"] = Table(
        "sangong",
        "sangong",
        t["SG"],
        u,
        rows=[sangong(doc["sangong_budget"]) + sangong(doc["sangong"])],
        fmt=f,
        code="SG",
    )
    cols3b = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        cols3b,
        with_total(coded(doc, rows, by("gf_b", "gf_p"))),
        f,
        empty=doc["empty"].get("GF"),
        code="GF",
    )
    T["SC"] = Table(
        "coded",
        "state_capital",
        t["SC"],
        u,
        cols3b,
        with_total(coded(doc, rows, by("sc_b", "sc_p"))),
        f,
        empty=doc["empty"].get("SC"),
        code="SC",
    )
    T["end"] = end  # type: ignore[assignment]
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
        if not t.rows and t.empty and t.empty[0] == "zero" and t.empty[2] not in ("",):
            # a 合计 row of 0.00 or "-" cells: loading zeros or nothing is fine
            rows.append((None, "合计", {k: "0.00?" for _, k in t.cols}))
    elif t.kind == "proj":
        keys = [k for _, k in t.cols]
        for code, sname, pname, vals in t.rows:
            want = {k: f.want(v) for k, v in zip(keys, vals, strict=True)}
            want = {k: v for k, v in want.items() if v is not None}
            rows.append((code, pname, want, sname) if code else (None, pname, want))
    elif t.kind == "proc":
        for kind, cells, amount in t.rows:
            if kind in ("total", "cat"):
                rows.append((None, cells[0], {"total": f.want(amount)}))
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


def pieces(text: str, w: int | None) -> list[str]:
    """A cell's text wrapped at w characters."""
    if not w or len(text) <= w:
        return [text]
    return [text[i : i + w] for i in range(0, len(text), w)]


class Printer:
    """Writes a report as pdftotext -layout text: pages parted by form feeds, a running head atop every page
    but the cover, a footer under every page."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 30)
        self.vw = doc.get("vw", 14)
        self.gap = doc.get("gap", 2)
        self.width = doc.get("page_width", 110)

    def add(self, *lines: str) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def head_line(self) -> str:
        head = self.doc.get("head")
        if not head:
            return ""
        if self.doc.get("head_unit"):
            return place([(head, 0, 60, "l"), (self.doc["head_unit"], 60, self.width - 60, "r")])
        return place([(head, 0, self.width, self.doc.get("head_align", "c"))])

    def text(self) -> str:
        foot = self.doc.get("footer", "- {n} -")
        n_pages = len(self.pages)
        out = []
        for i, p in enumerate(self.pages, 1):
            lines = list(p)
            if i > 1 and self.head_line():
                lines = [self.head_line(), "", *lines]
            if foot:
                lines += ["", "", place([(foot.format(n=i, N=n_pages), 0, self.width, "c")])]
            out.append("\n".join(lines) + "\n")
        return "\f".join(out) + "\f"

    # titles, unit lines, notes
    def unit_line(self, t: Table) -> str:
        org = self.doc.get("org_line", "编制单位：{org}").format(org=self.doc["org"])
        if self.doc.get("unit_where", "line") != "line":
            return org
        word = self.doc.get("unit_word", "单位：{u}").format(u=t.unit)
        return place([(org, 0, 60, "l"), (word, 60, self.width - 60, "r")])

    def title(self, t: Table, label: str, suffix: str = "") -> None:
        head = f"{label} {t.title}{suffix}" if label and self.doc.get("label_inline") else t.title + suffix
        if label and not self.doc.get("label_inline"):
            self.add(label)
        self.add(place([(head, 0, self.width, "c")]), self.unit_line(t))

    def after(self, t: Table) -> None:
        notes = self.doc.get("notes", {}).get(t.code)
        if notes:
            self.add(*notes)
        if self.doc.get("sign") and t.code in self.doc.get("sign_tables", ()):
            self.add("", self.doc["sign"])

    def cont(self, t: Table, label: str, style: dict, header) -> None:
        """The top of a table's next page: its continuation mark, unit line and header as the style says."""
        mark = style.get("mark")
        if mark == "title":
            self.title(t, label, style.get("suffix", "（续）"))
        elif mark == "label":
            self.add(style["text"])
            if style.get("unit"):
                self.add(self.unit_line(t))
        elif mark:
            self.add(place([(mark, 0, self.width, style.get("align", "c"))]))
            if style.get("unit"):
                self.add(self.unit_line(t))
        if style.get("header"):
            self.add(*header)

    # coded tables
    def x0(self) -> int:
        return 11 + self.nw + 2

    def vx(self, i: int) -> int:
        return self.x0() + i * (self.vw + self.gap)

    def coded_header(self, t: Table) -> list[str]:
        heads = [h for h, _ in t.cols]
        lh = ["经济分类科目编码", "科目名称"] if t.econ else ["科目编码", "科目名称"]
        hp = [pieces(h, self.vw) for h in heads]
        n = max(len(p) for p in hp)
        lines: list[list] = [[] for _ in range(n)]
        mid = (n - 1) // 2
        lines[mid] += [(lh[0], 0, 9, "c"), (lh[1], 11, self.nw, "c")]
        for i, ps in enumerate(hp):
            top = (n - len(ps)) // 2
            for j, piece in enumerate(ps):
                lines[top + j].append((piece, self.vx(i), self.vw, "c"))
        return [place(sorted(c, key=lambda x: x[1])) for c in lines]

    def row_lines(self, t: Table, code, name, vals) -> list[str]:
        keys = [k for _, k in t.cols]
        figs = [(t.cell(k, v), self.vx(i), self.vw, "r") for i, (k, v) in enumerate(zip(keys, vals))]
        if code is None:
            return [place([(name, 0, 11 + self.nw, "c" if self.doc.get("total_centre") else "l"), *figs])]
        wrap = self.doc.get("wrap")
        ps = pieces(name, wrap)
        align = self.doc.get("wrap_align", "top")
        if align == "between" and len(ps) == 2:
            # a two-line name centred on its row: the code and figures on a line of their own between the
            # name's pieces (js_jcy_2019_dept_budget.layout.txt, 30108 机关事业单位基本养老保险 / 缴费)
            return [
                place([(ps[0], 11, self.nw, "l")]),
                place([(code, 0, 9, "l"), *figs]),
                place([(ps[1], 11, self.nw, "l")]),
            ]
        at = (len(ps) - 1) // 2 if align in ("middle", "between") and len(ps) > 2 else 0
        out = []
        for j, piece in enumerate(ps):
            if j == at:
                out.append(place([(code, 0, 9, "l"), (piece, 11, self.nw, "l"), *figs]))
            else:
                out.append(place([(piece, 11, self.nw, "l")]))
        return out

    def empty_body(self, t: Table) -> None:
        style, statement, zero = t.empty
        keys = [k for _, k in t.cols]
        if style == "text":
            self.add(statement)
        elif style == "zero":
            self.add(
                place(
                    [
                        ("合计", 0, 11 + self.nw, "c"),
                        *[(zero, self.vx(i), self.vw, "r") for i in range(len(keys))],
                    ]
                )
            )
            if statement:
                self.add(statement)
        elif style == "none_row":
            self.add("无", "", "", "", place([("合计", 0, 11 + self.nw, "c")]), statement)
        elif style == "blank_total":
            self.add(place([("合计", 0, 11 + self.nw, "c")]), "", "", statement)
        else:
            raise ValueError(style)

    def paged(
        self, t: Table, label: str, blocks: list[list[str]], header: list[str], keys: list[str]
    ) -> None:
        """Rows (each a block of lines, keyed by its code or its name) with the page breaks
        doc["breaks"][t.code] asks for: (row key, line of the row's block, style)."""
        breaks = {(k, j): st for k, j, st in self.doc.get("breaks", {}).get(t.code, [])}
        found = {(k, j) for k, j in breaks if k in keys}
        assert found == set(breaks), (self.doc["file"], t.code, set(breaks) - found)
        for key, block in zip(keys, blocks, strict=True):
            assert all((key, j) not in breaks for j in range(len(block), 9)), (self.doc["file"], key)
            for j, line in enumerate(block):
                if (key, j) in breaks:
                    self.page()
                    self.cont(t, label, breaks[(key, j)], header)
                self.add(line)

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        header = self.coded_header(t)
        self.add(*header)
        if not t.rows:
            self.empty_body(t)
        else:
            self.paged(
                t,
                label,
                [self.row_lines(t, c, n, v) for c, n, v in t.rows],
                header,
                [c or n for c, n, _v in t.rows],
            )
        self.after(t)

    # projects
    def proj(self, t: Table, label: str) -> None:
        self.title(t, label)
        sw, pw, pwrap = (
            self.doc.get("proj_sw", 16),
            self.doc.get("proj_pw", 26),
            self.doc.get("proj_wrap", 12),
        )
        vw, g = self.doc.get("proj_vw", self.vw), self.gap
        xs, xp = 11, 11 + sw + 2
        x0 = xp + pw + 2

        def vx(i):
            return x0 + i * (vw + g)

        hd = [("科目编码", 0, 9, "c"), ("科目名称", xs, sw, "c"), ("项目名称", xp, pw, "c")]
        hd += [(h, vx(i), vw, "c") for i, (h, _k) in enumerate(t.cols)]
        header = [place(hd)]
        self.add(*header)
        blocks = []
        for code, sname, pname, vals in t.rows:
            figs = [(f, vx(i), vw, "r") for i, v in enumerate(vals) if (f := t.fmt.cell(v))]
            if code is None:
                blocks.append([place([(pname, 0, x0 - 2, "c"), *figs])])
                continue
            ps = pieces(pname, pwrap)
            block = [place([(code, 0, 9, "l"), (sname, xs, sw, "l"), (ps[0], xp, pw, "l"), *figs])]
            block += [place([(p, xp, pw, "l")]) for p in ps[1:]]
            blocks.append(block)
        self.paged(t, label, blocks, header, [p for _c, _s, p, _v in t.rows])
        self.after(t)

    # procurement
    def proc(self, t: Table, label: str) -> None:
        self.title(t, label)
        cols = t.cols  # [(header, width, wrap)] … last: the amount column
        xs, x = [], 0
        for _h, w, _wr in cols:
            xs.append(x)
            x += w + 2
        header = [place([(h, xs[i], w, "c") for i, (h, w, _wr) in enumerate(cols)])]
        self.add(*header)
        blocks = []
        for kind, cells, amount in t.rows:
            if kind in ("total", "cat"):
                blocks.append(
                    [place([(cells[0], 0, cols[0][1], "l"), (t.fmt.cell(amount), xs[-1], cols[-1][1], "r")])]
                )
                continue
            ps = [pieces(c, cols[i][2]) for i, c in enumerate(cells)]
            n = max(len(p) for p in ps)
            block = []
            for j in range(n):
                line = [(p[j], xs[i] + 2 * (i == 0), cols[i][1], "l") for i, p in enumerate(ps) if j < len(p)]
                if j == 0:
                    line.append((t.fmt.cell(amount), xs[-1], cols[-1][1], "r"))
                block.append(place(line))
            blocks.append(block)
        self.paged(t, label, blocks, header, [cells[0] for _k, cells, _a in t.rows])
        self.after(t)

    # two-sided summaries
    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        col = "预算数" if self.doc["kind"] == "budget" else "决算数"
        fs = t.key == "fiscal_summary"
        rh = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] if fs else [col]
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
        self.after(t)

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
        self.after(t)

    def table(self, t: Table, label: str) -> None:
        if t.code not in self.doc.get("same_page", ()):
            self.page()
        else:
            self.add("", "")
        {"coded": self.coded, "two": self.two, "sangong": self.sangong, "proj": self.proj, "proc": self.proc}[
            t.kind
        ](t, label)
