"""rules_s34b: the tables of a report summed from typed leaves, their printed strings, the expectations read
from those strings, the identities re-added from them, and the text (plain or layout) drawn from them.

A leaf is a functional 项 with its money in 元 by "source.kind": sources gp (一般公共预算), gf (政府性基金),
sa (财政专户), biz (事业收入), op (经营收入), ug (上级补助), ar (附属单位上缴), oth (其他收入), cb (上年结转, budgets);
kinds pe / pu (基本支出: 人员经费 / 公用经费), pj (项目支出), up (上缴上级), ox (经营支出), sub (对附属单位补助).
A final's income differs from its spending by "in.<source>" components (income not spent this year).
Every printed cell is the true sum in 元 rounded to the printed unit on its own (half up), so a 万元 row's total
can differ from the sum of its printed parts by a rounding step or two, as real reports do."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

NAMES = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "公共法律服务",
    "2040610": "社区矫正",
    "2040699": "其他司法支出",
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
    "2050803": "培训支出",
    "207": "文化旅游体育与传媒支出",
    "20799": "其他文化旅游体育与传媒支出",
    "2079999": "其他文化旅游体育与传媒支出",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "2080599": "其他行政事业单位养老支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20899": "其他社会保障和就业支出",
    "2089999": "其他社会保障和就业支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100202": "中医（民族）医院",
    "2100299": "其他公立医院支出",
    "21003": "基层医疗卫生机构",
    "2100302": "乡镇卫生院",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "212": "城乡社区支出",
    "21299": "其他城乡社区支出",
    "2129999": "其他城乡社区支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130135": "农业生态资源保护",
    "2130153": "农田建设",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130306": "水利工程运行与维护",
    "2130310": "水土保持",
    "2130314": "防汛",
    "2130316": "农村水利",
    "2130335": "农村人畜饮水",
    "2130399": "其他水利支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
    "21399": "其他农林水支出",
    "2139999": "其他农林水支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "2081902": "农村最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22407": "自然灾害防治",
    "2240703": "地质灾害防治",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "22999": "其他支出",
    "2299999": "其他支出",
}

ECON_NAMES = {
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
    "30226": "劳务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
}

CN = "一二三四五六七八九十"
FACTOR = {"元": D(1), "万元": D(10000)}
Q = D("0.01")


def cn(n):
    return (
        CN[n - 1] if n <= 10 else ("十" + CN[n - 11] if n < 20 else "二十" + (CN[n - 21] if n > 20 else ""))
    )


def rnd(yuan, unit):
    return (yuan / FACTOR[unit]).quantize(Q, ROUND_HALF_UP)


def fmt(v, comma=True):
    return f"{v:,.2f}" if comma else f"{v:.2f}"


def num(s):
    return D(s.replace(",", "")) if s else D(0)


def parse_leaves(text):
    out = []
    for line in text.strip().splitlines():
        code, *parts = line.split()
        comps = {}
        for p in parts:
            k, v = p.split("=")
            comps[k] = comps.get(k, D(0)) + D(v)
        out.append((code, comps))
    return out


def comp(leaf, src=None, kinds=None, income=False):
    """A leaf's money of a source (or all) and kinds (or all): spending, or with income=True the income
    (spending of that source plus its in.<source> components)."""
    tot = D(0)
    for k, v in leaf.items():
        s, _, kind = k.partition(".")
        if s == "in":
            if income and (src is None or kind in (src if isinstance(src, tuple) else (src,))):
                tot += v
            continue
        if src is not None and s not in (src if isinstance(src, tuple) else (src,)):
            continue
        if kinds is not None and kind not in kinds:
            continue
        tot += v
    return tot


# ---------------------------------------------------------------------------------------------- tables
class Tab:
    """A printed table: kind coded (by functional / economic code, 合计 row), summary (two-sided), sangong,
    empty; cols [(key, label)]; rows [dict(code, name, cells=[str per column, '' blank], exp=None|dict)]."""

    def __init__(self, key, title, unit, kind, cols=(), rows=(), **kw):
        self.key, self.title, self.unit, self.kind = key, title, unit, kind
        self.cols, self.rows = list(cols), list(rows)
        self.__dict__.update(kw)


def coded_table(key, title, unit, leaves, cols, fn, opts=None):
    """The 合计 / 类 / 款 / 项 rows of a table by functional code: fn(leaf comps) -> {col: yuan}."""
    opts = opts or {}
    vals = [(code, fn(c)) for code, c in leaves]
    vals = [(code, v) for code, v in vals if any(v.values())]

    def cells(v, level, code):
        out = []
        for k, _ in cols:
            x = v.get(k, D(0))
            if x:
                out.append(fmt(rnd(x, unit), opts.get("comma", True)))
            elif (
                level == "项" and k in opts.get("zero_cols", ()) and (code, k) not in opts.get("no_zero", ())
            ):
                out.append("0.00")
            else:
                out.append("")
        return out

    def add(vs):
        out = {}
        for v in vs:
            for k, x in v.items():
                out[k] = out.get(k, D(0)) + x
        return out

    rows = []
    total = add(v for _, v in vals)
    rows.append(dict(code=None, name="合计", cells=cells(total, "合计", None), level="合计"))
    for lei in sorted({c[:3] for c, _ in vals}):
        lv = [(c, v) for c, v in vals if c[:3] == lei]
        rows.append(
            dict(code=lei, name=NAMES[lei], cells=cells(add(v for _, v in lv), "类", lei), level="类")
        )
        for kuan in sorted({c[:5] for c, _ in lv}):
            kv = [(c, v) for c, v in lv if c[:5] == kuan]
            rows.append(
                dict(code=kuan, name=NAMES[kuan], cells=cells(add(v for _, v in kv), "款", kuan), level="款")
            )
            for c, v in kv:
                rows.append(dict(code=c, name=NAMES[c], cells=cells(v, "项", c), level="项"))
    if opts.get("total_only"):
        for r in rows:
            if r["level"] in opts["total_only"]:
                r["cells"] = [r["cells"][0]] + [""] * (len(cols) - 1)
    return Tab(key, title, unit, "coded", cols, rows, opts=opts)


def econ_table(key, title, unit, econ, comma=True):
    """一般公共预算基本支出表 by economic code, 合计 | 人员经费 | 公用经费 (301 / 303 人员, 302 / 310 公用)."""
    cols = [("total", "合计"), ("personnel", "人员经费"), ("public_funds", "公用经费")]
    rows = []

    def cells(v, pers):
        s = fmt(rnd(v, unit), comma)
        return [s, s, ""] if pers else [s, "", s]

    pe = sum((v for k, v in econ.items() if k[:3] in ("301", "303")), D(0))
    pu = sum((v for k, v in econ.items() if k[:3] in ("302", "310")), D(0))
    rows.append(
        dict(
            code=None,
            name="合计",
            cells=[fmt(rnd(pe + pu, unit), comma), fmt(rnd(pe, unit), comma), fmt(rnd(pu, unit), comma)],
            level="合计",
        )
    )
    for lei in sorted({k[:3] for k in econ}):
        pers = lei in ("301", "303")
        items = sorted(k for k in econ if k[:3] == lei)
        rows.append(
            dict(code=lei, name=ECON_NAMES[lei], cells=cells(sum(econ[k] for k in items), pers), level="类")
        )
        for k in items:
            rows.append(dict(code=k, name=ECON_NAMES[k], cells=cells(econ[k], pers), level="款"))
    return Tab(key, title, unit, "coded", cols, rows, opts={"econ": True})


# ---------------------------------------------------------------------------------------------- expectations
def expectations(tab, special=None):
    """[(code, name, {column: printed value})] read from the printed strings; special[(code or name)] maps a
    row's column to the key it is expected under (a key "a|b" names no column: the row is undecidable)."""
    special = special or {}
    if tab.kind == "coded" and getattr(tab, "blocks", False):
        rows = [(r["code"], r["name"], {"total": r["cells"][0]}) for r in tab.rows if r["code"]]
        tot = tab.rows[0]["cells"]
        return rows + [(None, "人员经费合计", {"total": tot[1]}), (None, "公用经费合计", {"total": tot[2]})]
    if tab.kind == "coded":
        out = []
        for r in tab.rows:
            ident = r["code"] or r["name"]
            sp = special.get(ident, {})
            cols = {}
            filled = [i for i, s in enumerate(r["cells"]) if s]
            for i, s in enumerate(r["cells"]):
                key = tab.cols[i][0]
                if not s:
                    continue
                if s == "0.00":
                    # a printed zero between two figures: any column between its neighbours could hold it
                    prev = max((j for j in filled if j < i and r["cells"][j] != "0.00"), default=0)
                    nxt = min((j for j in filled if j > i and r["cells"][j] != "0.00"), default=len(tab.cols))
                    for j in range(prev + 1, nxt):
                        cols[tab.cols[j][0]] = "0.00?"
                    continue
                cols[sp.get(key, key)] = s
            out.append((r["code"], r["name"], cols))
        return out
    if tab.kind == "summary":
        return [(None, label, {key: val}) for label, key, val in tab.items if val]
    if tab.kind == "sangong":
        return tab.exp
    return []


# ---------------------------------------------------------------------------------------------- identities
def _tol(n):
    """Each printed figure is within half a unit (0.005) of its truth: n + 1 figures differ by (n + 1) / 2."""
    return Q * ((n + 1) // 2)


def check_coded(tab, skip=()):
    """Row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类 in every column, to the printed rounding; rows in
    ``skip`` (misprints) are asserted NOT to add up."""
    rows = tab.rows
    only = tab.opts.get("total_only", ())
    for r in rows:
        vals = [num(s) for s in r["cells"]]
        ident = r["code"] or r["name"]
        ok = abs(vals[0] - sum(vals[1:])) <= _tol(sum(1 for s in r["cells"][1:] if s))
        if r["level"] in only:
            continue
        if ident in skip:
            assert not ok or sum(1 for s in r["cells"] if s) == 2, (tab.title, ident, "misprint adds up")
            continue
        assert ok, (tab.title, ident, r["cells"])
    lvl = {"类": 3, "款": 5}
    if tab.opts.get("econ"):
        lvl = {"类": 3}
    for i, r in enumerate(rows):
        if r["level"] == "合计":
            kids = [x for x in rows if x["level"] == "类"]
        elif r["level"] in lvl:
            n = len(r["code"])
            kids = [
                x
                for x in rows
                if x["code"]
                and len(x["code"]) > n
                and x["code"][:n] == r["code"]
                and x["level"] == {"类": "款", "款": "项"}[r["level"]]
            ]
        else:
            continue
        for c in range(len(tab.cols)):
            if c and (r["level"] in only or any(k["level"] in only for k in kids)):
                continue
            if c and any((k["code"] or k["name"]) in skip for k in kids + [r]):
                continue
            got = sum(num(k["cells"][c]) for k in kids)
            assert abs(num(r["cells"][c]) - got) <= _tol(len(kids)), (tab.title, r["code"], c, got)


def gaps(tab):
    """[(code, column, printed total − Σ printed parts or parent − Σ children)] ≠ 0: the rounding shown."""
    out = []
    for r in tab.rows:
        if r["level"] in tab.opts.get("total_only", ()):
            continue
        vals = [num(s) for s in r["cells"]]
        if sum(1 for s in r["cells"][1:] if s) and vals[0] != sum(vals[1:]):
            out.append((r["code"] or "合计", "row", vals[0] - sum(vals[1:])))
    if tab.opts.get("econ"):
        return out
    for r in tab.rows:
        if r["level"] == "项" or r["level"] in tab.opts.get("total_only", ()):
            continue
        n = {"合计": 0, "类": 3, "款": 5}[r["level"]]
        sub = {"合计": "类", "类": "款", "款": "项"}[r["level"]]
        kids = [x for x in tab.rows if x["level"] == sub and (not n or x["code"][:n] == r["code"])]
        if sub in tab.opts.get("total_only", ()):
            continue
        for c, (key, _label) in enumerate(tab.cols):
            d = num(r["cells"][c]) - sum(num(k["cells"][c]) for k in kids)
            if d:
                out.append((r["code"] or "合计", key, d))
    return out


# ---------------------------------------------------------------------------------------------- documents
INC_COLS = {
    "cb": ("carryover_begin", "上年结转"),
    "gp": ("general_public", "一般公共预算拨款收入"),
    "gf": ("government_fund", "政府性基金预算拨款收入"),
    "sa": ("fiscal_special_account", "财政专户管理资金收入"),
    "biz": ("business", "事业收入"),
    "op": ("operating_income", "事业单位经营收入"),
    "ug": ("upper_grant", "上级补助收入"),
    "ar": ("affiliated_remit", "附属单位上缴收入"),
    "oth": ("other_income", "其他收入"),
    # finals
    "fa": ("fiscal_appropriation", "财政拨款收入"),
    "fop": ("operating_income", "经营收入"),
}
SRC_OF = {"fa": ("gp", "gf", "sc"), "fop": ("op",)}
EXP_COLS = {
    "basic": ("basic", "基本支出", ("pe", "pu")),
    "project": ("project", "项目支出", ("pj",)),
    "ox": ("operating", "事业单位经营支出", ("ox",)),
    "fox": ("operating", "经营支出", ("ox",)),
    "up": ("remit_upper", "上缴上级支出", ("up",)),
    "sub": ("subsidy_affiliated", "对附属单位补助支出", ("sub",)),
    "pe": ("personnel", "人员经费", ("pe",)),
    "pu": ("public_funds", "公用经费", ("pu",)),
}
NATIONAL = {
    "201": 1,
    "204": 4,
    "205": 5,
    "207": 7,
    "208": 8,
    "210": 9,
    "212": 11,
    "213": 12,
    "221": 19,
    "224": 21,
    "229": 23,
}
BUDGET_INCOME_ITEMS = [
    ("gp", "一般公共预算拨款收入"),
    ("gf", "政府性基金预算拨款收入"),
    ("sc", "国有资本经营预算拨款收入"),
    ("sa", "财政专户管理资金收入"),
    ("biz", "事业收入"),
    ("op", "事业单位经营收入"),
    ("ug", "上级补助收入"),
    ("ar", "附属单位上缴收入"),
    ("oth", "其他收入"),
]
FINAL_INCOME_ITEMS = [
    ("gp", "一般公共预算财政拨款收入"),
    ("gf", "政府性基金预算财政拨款收入"),
    ("sc", "国有资本经营预算财政拨款收入"),
    ("ug", "上级补助收入"),
    ("biz", "事业收入"),
    ("op", "经营收入"),
    ("ar", "附属单位上缴收入"),
    ("oth", "其他收入"),
]


def _src(k):
    return SRC_OF.get(k, (k,))


def build(doc):
    """The document's tables (Tab objects, in print order) and the figures its 说明 states (info)."""
    u, final = doc["unit"], doc["kind"] == "final_account"
    comma = doc.get("comma", True)
    leaves = parse_leaves(doc["leaves"])
    W = lambda x: fmt(rnd(x, u), comma)  # noqa: E731
    tabs, info = [], {}
    # 收入表 / 支出表
    inc_cols = [("total", "本年收入合计" if final else "合计")] + [INC_COLS[k] for k in doc["inc_cols"]]
    inc = coded_table(
        "income_by_function",
        "收入决算表" if final else "部门收入总表",
        u,
        leaves,
        inc_cols,
        lambda c: {
            "total": comp(c, income=True),
            **{INC_COLS[k][0]: comp(c, _src(k), income=True) for k in doc["inc_cols"]},
        },
        dict(doc.get("inc_opts", {}), comma=comma),
    )
    exp_cols = [("total", "本年支出合计" if final else "合计")] + [EXP_COLS[k][:2] for k in doc["exp_cols"]]
    exp = coded_table(
        "expenditure_by_function",
        "支出决算表" if final else "部门支出总表",
        u,
        leaves,
        exp_cols,
        lambda c: {
            "total": comp(c),
            **{EXP_COLS[k][0]: comp(c, kinds=EXP_COLS[k][2]) for k in doc["exp_cols"]},
        },
        dict(doc.get("exp_opts", {}), comma=comma),
    )
    gcols = [("total", doc.get("gb_total", "合计"))] + [EXP_COLS[k][:2] for k in doc["gb_cols"]]
    gb = coded_table(
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表" if final else "一般公共预算支出表",
        u,
        leaves,
        gcols,
        lambda c: {
            "total": comp(c, "gp"),
            **{EXP_COLS[k][0]: comp(c, "gp", EXP_COLS[k][2]) for k in doc["gb_cols"]},
        },
        dict(doc.get("gb_opts", {}), comma=comma),
    )
    # totals
    T = lambda src=None, kinds=None, income=False: sum((comp(c, src, kinds, income) for _, c in leaves), D(0))  # noqa
    spend, income = T(), T(income=True)
    info.update(
        spend=spend,
        income=income,
        basic=T(kinds=("pe", "pu")),
        project=T(kinds=("pj",)),
        gp=T("gp"),
        gp_basic=T("gp", ("pe", "pu")),
        gp_project=T("gp", ("pj",)),
        gf=T("gf"),
    )
    lei = sorted({c[:3] for c, _ in leaves})
    lei_total = {k: sum((comp(c) for code, c in leaves if code[:3] == k), D(0)) for k in lei}
    # 收支总表
    items = []
    if final:
        begin = sum((D(v) for v in doc["begin"].values()), D(0))
        end = begin + income - spend
        info.update(begin=begin, end=end, grand=income + begin)
        inc_side = []
        for n, (k, label) in enumerate(FINAL_INCOME_ITEMS, 1):
            v = T(k, income=True)
            inc_side.append((f"{cn(n)}、{label}", n, W(v) if v else ""))
        inc_side += [
            ("本年收入合计", 9, W(income)),
            ("使用非财政拨款结余", 10, ""),
            ("年初结转和结余", 11, W(begin) if begin else ""),
            ("总计", 12, W(income + begin)),
        ]
        exp_side = [(f"{cn(NATIONAL[k])}、{NAMES[k]}", 12 + i, W(lei_total[k])) for i, k in enumerate(lei, 1)]
        exp_side += [("", 12 + i, "") for i in range(len(lei) + 1, 9)]
        exp_side += [
            ("本年支出合计", 21, W(spend)),
            ("结余分配", 22, ""),
            ("年末结转和结余", 23, W(end) if end else ""),
            ("总计", 24, W(spend + end)),
        ]
        pad = len(exp_side) - len(inc_side)
        inc_side = inc_side[:-4] + [None] * pad + inc_side[-4:]
        for a in inc_side:
            if a and a[2]:
                items.append((a[0], "income", a[2]))
        for b in exp_side:
            if b[0] and b[2]:
                items.append((b[0], "expenditure", b[2]))
        lines = list(zip(inc_side, exp_side))
        tabs.append(
            Tab(
                "income_expenditure_summary",
                "收入支出决算总表",
                u,
                "summary",
                items=items,
                lines=lines,
                heads=("项目", "行次", "决算数"),
                rowno=True,
            )
        )
    else:
        cbv = T("cb")
        info.update(grand=spend, cb=cbv)
        inc_side = []
        n = 0
        if doc.get("template") == "2024":
            for k, label in BUDGET_INCOME_ITEMS[:4]:
                n += 1
                v = T(k)
                inc_side.append((f"{cn(n)}、{label}", None, W(v) if v else ""))
            own = [(k, label) for k, label in BUDGET_INCOME_ITEMS[4:]]
            ov = sum((T(k) for k, _ in own), D(0))
            inc_side.append(("五、单位资金", None, W(ov) if ov else ""))
            for i, (k, label) in enumerate(own, 1):
                v = T(k)
                inc_side.append((f"（{cn(i)}）{label}", None, W(v) if v else ""))
        else:
            for k, label in BUDGET_INCOME_ITEMS:
                n += 1
                v = T(k)
                inc_side.append((f"{cn(n)}、{label}", None, W(v) if v else ""))
        exp_side = [(f"{cn(i)}、{NAMES[k]}", None, W(lei_total[k])) for i, k in enumerate(lei, 1)]
        body = max(len(inc_side), len(exp_side))
        inc_side += [None] * (body - len(inc_side))
        exp_side += [None] * (body - len(exp_side))
        inc_side += [
            ("本年收入合计", None, W(spend - cbv)),
            ("上年结转结余", None, W(cbv) if cbv else ""),
            ("收入总计", None, W(spend)),
        ]
        exp_side += [("本年支出合计", None, W(spend)), ("结转下年", None, ""), ("支出总计", None, W(spend))]
        for a in inc_side:
            if a and a[2]:
                items.append((a[0], "income", a[2]))
        for b in exp_side:
            if b and b[2]:
                items.append((b[0], "expenditure", b[2]))
        tabs.append(
            Tab(
                "income_expenditure_summary",
                "部门收支总表",
                u,
                "summary",
                items=items,
                lines=list(zip(inc_side, exp_side)),
                heads=("项目", None, "预算数"),
                rowno=False,
            )
        )
    tabs += [inc, exp]
    # 财政拨款收支总表
    fund_lei = [k for k in lei if any(comp(c, ("gp", "gf")) for code, c in leaves if code[:3] == k)]
    f = {
        k: (
            sum((comp(c, "gp") for code, c in leaves if code[:3] == k), D(0)),
            sum((comp(c, "gf") for code, c in leaves if code[:3] == k), D(0)),
        )
        for k in fund_lei
    }
    gpi, gfi = T("gp", income=True), T("gf", income=True)
    fitems, flines = [], []

    def fexp(label, gp, gf, no=None):
        vals = [W(gp + gf), W(gp) if gp else "", W(gf) if gf else ""]
        if gp + gf:
            fitems.append((label, "expenditure", vals[0]))
            if gp:
                fitems.append((label, "expenditure_general_public", vals[1]))
            if gf:
                fitems.append((label, "expenditure_government_fund", vals[2]))
        return (label, no, vals)

    if final:
        fb = {k: D(v) for k, v in doc["begin"].items() if k in ("gp", "gf")}
        fbt = sum(fb.values(), D(0))
        fe_gp, fe_gf = fb.get("gp", D(0)) + gpi - info["gp"], fb.get("gf", D(0)) + gfi - info["gf"]
        info.update(fs_grand=gpi + gfi + fbt)
        inc_side = [
            ("一、一般公共预算财政拨款", 1, W(gpi) if gpi else ""),
            ("二、政府性基金预算财政拨款", 2, W(gfi) if gfi else ""),
            ("三、国有资本经营预算财政拨款", 3, ""),
            ("本年收入合计", 4, W(gpi + gfi)),
            ("年初财政拨款结转和结余", 5, W(fbt) if fbt else ""),
            ("一般公共预算财政拨款", 6, W(fb["gp"]) if fb.get("gp") else ""),
            ("政府性基金预算财政拨款", 7, W(fb["gf"]) if fb.get("gf") else ""),
            ("国有资本经营预算财政拨款", 8, ""),
            ("总计", 9, W(gpi + gfi + fbt)),
        ]
        for a in inc_side:
            if a[2]:
                fitems.append((a[0], "income", a[2]))
        exp_side = [fexp(f"{cn(NATIONAL[k])}、{NAMES[k]}", *f[k], 9 + i) for i, k in enumerate(fund_lei, 1)]
        m = 9 + len(fund_lei)
        exp_side += [
            fexp("本年支出合计", info["gp"], info["gf"], m + 1),
            fexp("年末财政拨款结转和结余", fe_gp, fe_gf, m + 2),
            ("", m + 3, []),
            ("", m + 4, []),
            ("", m + 5, []),
            fexp("总计", info["gp"] + fe_gp, info["gf"] + fe_gf, m + 6),
        ]
        pad = len(exp_side) - len(inc_side)
        inc_side = inc_side[:-1] + [None] * pad + inc_side[-1:]
        flines = list(zip(inc_side, exp_side))
        heads = ("项目", "行次", "决算数")
    else:
        inc_side = [
            ("一、一般公共预算拨款收入", None, W(gpi) if gpi else ""),
            ("二、政府性基金预算拨款收入", None, W(gfi) if gfi else ""),
            ("三、国有资本经营预算拨款收入", None, ""),
        ]
        for a in inc_side:
            if a[2]:
                fitems.append((a[0], "income", a[2]))
        exp_side = [fexp(f"{cn(i)}、{NAMES[k]}", *f[k]) for i, k in enumerate(fund_lei, 1)]
        body = max(len(inc_side), len(exp_side))
        inc_side += [None] * (body - len(inc_side))
        exp_side += [None] * (body - len(exp_side))
        fitems.append(("本年收入合计", "income", W(gpi + gfi)))
        fitems.append(("收入总计", "income", W(gpi + gfi)))
        inc_side += [
            ("本年收入合计", None, W(gpi + gfi)),
            ("上年结转", None, ""),
            ("收入总计", None, W(gpi + gfi)),
        ]
        exp_side += [
            fexp("本年支出合计", info["gp"], info["gf"]),
            ("结转下年", None, []),
            fexp("支出总计", info["gp"], info["gf"]),
        ]
        flines = list(zip(inc_side, exp_side))
        heads = ("项目", None, "预算数")
    tabs.append(
        Tab(
            "fiscal_summary",
            "财政拨款收入支出决算总表" if final else "财政拨款收支总表",
            u,
            "summary",
            items=fitems,
            lines=flines,
            heads=heads,
            rowno=final,
            fund=True,
        )
    )
    tabs.append(gb)
    # 基本支出表
    econ = {k: D(v) for k, v in doc["econ"].items()}
    rest_pe = (
        info["gp_basic"]
        - T("gp", ("pu",))
        - sum((v for k, v in econ.items() if k[:3] in ("301", "303")), D(0))
    )
    rest_pu = T("gp", ("pu",)) - sum((v for k, v in econ.items() if k[:3] in ("302", "310")), D(0))
    econ["30101"] = econ.get("30101", D(0)) + rest_pe  # the remainders: 基本工资 and 办公费
    econ["30201"] = econ.get("30201", D(0)) + rest_pu
    assert rest_pe > 0 and rest_pu > 0, (doc["org"], rest_pe, rest_pu)
    et = econ_table(
        "general_budget_basic_by_economic",
        "一般公共预算财政拨款基本支出决算表" if final else "一般公共预算基本支出表",
        u,
        econ,
        comma,
    )
    et.blocks = doc.get("econ_blocks", False)
    tabs.append(et)
    info.update(personnel=T("gp", ("pe",)), public=T("gp", ("pu",)))
    # 三公: (出国, 购置, 运行, 接待), a final's with its budget
    sg = [D(x) for x in doc["sangong"]]
    info["sangong"] = sg
    if final:
        sb = [D(x) for x in doc["sangong_budget"]]
        info["sangong_budget"] = sb
        srows = [
            ("合计", "total", sum(sb), sum(sg)),
            ("1.因公出国（境）费", "outbound", sb[0], sg[0]),
            ("2.公务用车购置及运行维护费", "vehicle", sb[1] + sb[2], sg[1] + sg[2]),
            ("（1）公务用车购置费", "vehicle_purchase", sb[1], sg[1]),
            ("（2）公务用车运行维护费", "vehicle_operation", sb[2], sg[2]),
            ("3.公务接待费", "reception", sb[3], sg[3]),
        ]
        lines = [(label, W(b), W(a)) for label, _k, b, a in srows]
        exp_s = [
            (None, label, {f"{k}@budget": W(b) + ("?" if not b else ""), k: W(a) + ("?" if not a else "")})
            for label, k, b, a in srows
        ]
        tabs.append(
            Tab(
                "sangong",
                "财政拨款“三公”经费支出决算表",
                u,
                "sangong",
                lines=lines,
                exp=exp_s,
                rows_form=True,
            )
        )
    else:
        vals = [sum(sg), sg[0], sg[1] + sg[2], sg[1], sg[2], sg[3]]
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        cells = [W(v) if v else "" for v in vals]
        exp_s = [(None, "*", {k: c for k, c in zip(keys, cells) if c})]
        tabs.append(
            Tab(
                "sangong",
                "一般公共预算“三公”经费支出表",
                u,
                "sangong",
                cells=cells,
                exp=exp_s,
                rows_form=False,
            )
        )
    # 政府性基金 / 国有资本经营
    gf_leaves = [(c, x) for c, x in leaves if comp(x, "gf")]
    if gf_leaves and not final:
        tabs.append(
            coded_table(
                "government_fund",
                "政府性基金预算支出表",
                u,
                gf_leaves,
                [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")],
                lambda c: {
                    "total": comp(c, "gf"),
                    "basic": comp(c, "gf", ("pe", "pu")),
                    "project": comp(c, "gf", ("pj",)),
                },
                dict(comma=comma),
            )
        )
    else:
        title = "政府性基金预算财政拨款收入支出决算表" if final else "政府性基金预算支出表"
        tabs.append(
            Tab(
                "government_fund",
                title,
                u,
                "empty",
                heads=["科目编码", "科目名称", "本年支出", "合计", "基本支出", "项目支出"],
                note=f"本{doc['who']}{doc['year']}年度没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            )
        )
    title = "国有资本经营预算财政拨款支出决算表" if final else "国有资本经营预算支出表"
    tabs.append(
        Tab(
            "state_capital",
            title,
            u,
            "empty",
            heads=["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            note=f"本{doc['who']}{doc['year']}年度无国有资本经营预算拨款收支，故本表为空表。",
        )
    )
    return tabs, info


# ---------------------------------------------------------------------------------------------- the 说明
def narrative(doc, info):
    """The 说明's paragraphs [(text, heading)] and the claims they state (kind, code, {figure: 万元 as printed})."""
    y, org = doc["year"], doc["org"]
    final = doc["kind"] == "final_account"

    def W(x):  # noqa: N802
        return fmt(rnd(x, "万元"))

    def n(x):
        return W(x).replace(",", "")

    def rate(a, b):
        return str((a / b * 100).quantize(Q, ROUND_HALF_UP))

    out, claims = [], []
    if final:
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(info['grand'])}万元。{doc['why_total']}", False))
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入决算情况说明", True))
        fin = info["gp"] + info["gf"]
        fin_in = sum((comp(c, ("gp", "gf"), income=True) for _, c in parse_leaves(doc["leaves"])), D(0))
        out.append(
            (
                f"本年收入合计{W(info['income'])}万元，其中：财政拨款收入{W(fin_in)}万元，"
                f"其他资金{W(info['income'] - fin_in)}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(info["income"])}))
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(info['spend'])}万元，其中：基本支出{W(info['basic'])}万元，项目支出"
                f"{W(info['project'])}万元。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、财政拨款收入支出决算总体情况说明", True))
        out.append((f"{y}年度财政拨款支出{W(fin)}万元，全部为一般公共预算财政拨款支出。", False))
        out.append(("五、一般公共预算财政拨款支出决算情况说明", True))
        bud, gp = D(doc["gp_budget"]), info["gp"]
        why = (
            "决算数大于年初预算数的主要原因是年中追加了项目资金。"
            if gp > bud
            else "决算数小于年初预算数的主要原因是厉行节约、压减一般性支出。"
        )
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。{why}",
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        out.append(("六、一般公共预算财政拨款基本支出决算情况说明", True))
        out.append(
            (
                f"{y}年度一般公共预算财政拨款基本支出{W(info['gp_basic'])}万元，其中：人员经费"
                f"{W(info['personnel'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
                f"职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等；公用经费{W(info['public'])}万元，主要包括"
                "办公费、水费、电费、差旅费、维修（护）费、公务接待费、工会经费、公务用车运行维护费等。",
                False,
            )
        )
        sb, sg = info["sangong_budget"], info["sangong"]
        out.append(("七、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(sum(sb))}万元，支出决算为{W(sum(sg))}万元，完成年初预算的"
                f"{rate(sum(sg), sum(sb))}%。其中：因公出国（境）费支出决算为{W(sg[0])}万元；公务用车购置及运行费支出决算为"
                f"{W(sg[1] + sg[2])}万元；公务接待费支出决算为{W(sg[3])}万元。决算数小于年初预算数的主要原因是厉行节约，"
                "从严控制“三公”经费开支。",
                False,
            )
        )
        claims.append(
            (
                "sangong_execution",
                None,
                {"budget": n(sum(sb)), "actual": n(sum(sg)), "rate": rate(sum(sg), sum(sb))},
            )
        )
        out.append(("八、政府性基金预算财政拨款收入支出决算情况说明", True))
        out.append((f"本{doc['who']}{y}年度没有使用政府性基金预算财政拨款安排的支出。", False))
        out.append(("九、国有资本经营预算财政拨款支出决算情况说明", True))
        out.append((f"本{doc['who']}{y}年度无国有资本经营预算财政拨款收支。", False))
    else:
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(info['grand'])}万元。"
                f"{doc['why_total']}",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"支出预算中，基本支出{W(info['basic'])}万元，占{rate(info['basic'], info['spend'])}%；"
                f"项目支出{W(info['project'])}万元，占{rate(info['project'], info['spend'])}%。",
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算支出{W(info['gp'])}万元，其中：基本支出{W(info['gp_basic'])}万元，项目支出"
                f"{W(info['gp_project'])}万元。",
                False,
            )
        )
        out.append(("四、一般公共预算基本支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算基本支出{W(info['gp_basic'])}万元，其中：人员经费{W(info['personnel'])}万元，"
                "主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费等；公用经费"
                f"{W(info['public'])}万元，主要包括办公费、水费、电费、差旅费、维修（护）费、工会经费、公务接待费、"
                "公务用车运行维护费等。",
                False,
            )
        )
        sv = info["sangong"]
        out.append(("五、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sum(sv))}万元，其中：因公出国（境）费{W(sv[0])}万元，公务用车购置及运行费"
                f"{W(sv[1] + sv[2])}万元（公务用车运行费{W(sv[2])}万元），公务接待费{W(sv[3])}万元。",
                False,
            )
        )
        out.append(("六、政府性基金预算支出情况说明", True))
        if info["gf"]:
            out.append((f"{y}年政府性基金预算支出{W(info['gf'])}万元，全部为项目支出。", False))
        else:
            out.append((f"本{doc['who']}{y}年没有使用政府性基金预算拨款安排的支出。", False))
    k = 10 if final else 7
    for head, text in doc["more"]:
        out.append((f"{cn(k)}、{head}", True))
        out.append((text, False))
        k += 1
    return out, claims


GLOSSARY = [
    ("财政拨款收入", "指本级财政当年拨付的资金，包括一般公共预算财政拨款和政府性基金预算财政拨款。"),
    ("事业收入", "指事业单位开展专业业务活动及其辅助活动所取得的收入。"),
    ("其他收入", "指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入，主要是存款利息收入等。"),
    ("上年结转", "指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。"),
    ("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"),
    ("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
    (
        "“三公”经费",
        "指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映"
        "单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映"
        "单位公务用车车辆购置支出及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按"
        "规定开支的各类公务接待支出。",
    ),
    (
        "机关运行经费",
        "指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、"
        "邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房"
        "物业管理费、公务用车运行维护费以及其他费用。",
    ),
    ("机关事业单位基本养老保险缴费支出", "指机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。"),
    ("机关事业单位职业年金缴费支出", "指机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。"),
    ("住房公积金", "指按照《住房公积金管理条例》的规定，由单位及其在职职工缴存的长期住房储金。"),
    ("上级补助收入", "指事业单位从主管部门和上级单位取得的非财政补助收入。"),
    ("经营收入", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。"),
    ("附属单位上缴收入", "指事业单位附属的独立核算单位按有关规定上缴的收入。"),
    ("上缴上级支出", "指实行收入上缴办法的事业单位按照规定的定额或者比例上缴上级单位的支出。"),
    ("经营支出", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。"),
    ("对附属单位补助支出", "指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。"),
    (
        "结转下年",
        "指以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
    ),
    (
        "年末结转和结余",
        "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定"
        "继续使用的资金，既包括财政拨款结转和结余，也包括事业收入、经营收入、其他收入的结转和结余。",
    ),
]


# ---------------------------------------------------------------------------------------------- text
def width(s):
    return len(s)


def place(line, col, s):
    """Put s at character index col (the line padded with spaces)."""
    if len(line) < col:
        line += " " * (col - len(line))
    return line[:col] + s + line[col + len(s) :]


def right(line, end, s):
    return place(line, max(end - len(s), len(line) + 1 if line.strip() else 0), s)


class Writer:
    def __init__(self, doc, layout):
        self.doc, self.layout, self.lines, self.page = doc, layout, [], 0

    def new_page(self):
        if self.page:
            foot = f"- {self.page} -"
            self.lines += ["", (" " * 60 + foot) if self.layout else foot, "\f"]
        self.page += 1

    def centre(self, s, w=80):
        self.lines.append((" " * max(0, (w - width(s)) // 2) + s) if self.layout else s)

    def para(self, s, n=44):
        while s:
            self.lines.append(s[:n])
            s = s[n:]

    def head(self, no, tab, wide=80):
        d = self.doc
        self.lines.append(f"表{no}")
        self.centre(tab.title, wide)
        who = f"编制单位：{d['org']}"
        if self.layout:
            self.lines.append(place(who, wide - 8, f"单位：{tab.unit}"))
        else:
            self.lines += [who, f"单位：{tab.unit}"]

    def table(self, no, tab):
        getattr(self, "t_" + tab.kind)(no, tab)

    # -- by code
    def t_coded(self, no, tab):
        econ = tab.opts.get("econ")
        if econ and getattr(tab, "blocks", False) and not self.layout:
            return self.t_blocks(no, tab)
        names = max(width(r["name"]) for r in tab.rows)
        widths = [max(12, width(label) + 3) for _, label in tab.cols]
        first = 11 + names + 2
        ends = []
        e = first
        for w in widths:
            e += w
            ends.append(e)
        self.head(no, tab, max(80, e))
        c1, c2 = ("部门经济分类科目编码", "部门经济分类科目名称") if econ else ("科目编码", "科目名称")
        if self.layout:
            line = place(place("", 1, c1 if not econ else "科目编码"), 24, c2 if not econ else "科目名称")
            for (_k, label), end in zip(tab.cols, ends):
                line = right(line, end, label)
            self.lines.append(line)
        else:
            self.lines += [c1, c2] + [label for _, label in tab.cols]
        for r in tab.rows:
            if self.layout:
                line = place("", 0, r["code"]) if r["code"] else ""
                line = place(line, 11, r["name"])
                for s, end in zip(r["cells"], ends):
                    if s:
                        line = right(line, end, s)
                self.lines.append(line)
            else:
                lead = f"{r['code']} {r['name']}" if r["code"] else r["name"]
                self.lines.append(" ".join([lead] + [s for s in r["cells"] if s]))

    def t_blocks(self, no, tab):
        """The final's 基本支出决算表 in three blocks (301/303 | 302 | 310), plain."""
        self.head(no, tab)
        self.lines += ["人员经费", "公用经费"] + ["科目编码", "科目名称", "决算数"] * 3
        rows = [r for r in tab.rows if r["code"]]
        blocks = [
            [r for r in rows if r["code"][:3] in ("301", "303")],
            [r for r in rows if r["code"][:3] == "302"],
            [r for r in rows if r["code"][:3] == "310"],
        ]
        for i in range(max(map(len, blocks))):
            parts = []
            for b in blocks:
                if i < len(b):
                    parts.append(f"{b[i]['code']} {b[i]['name']} {b[i]['cells'][0]}")
            self.lines.append(" ".join(parts))
        tot = tab.rows[0]["cells"]
        self.lines.append(f"人员经费合计 {tot[1]} 公用经费合计 {tot[2]}")

    # -- two-sided summaries
    def t_summary(self, no, tab):
        fund = getattr(tab, "fund", False)
        rowno = tab.rowno
        self.head(no, tab, 110 if fund else 80)
        money_heads = (
            ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] if fund else [tab.heads[2]]
        )
        if fund and rowno:
            money_heads = [
                "合计",
                "一般公共预算财政拨款",
                "政府性基金预算财政拨款",
                "国有资本经营预算财政拨款",
            ]
        if self.layout:
            L = 54
            self.lines.append(place(place("", 14, "收入"), L + 24, "支出"))
            h = place("", 8, "项目")
            if rowno:
                h = right(h, 36, "行次")
            h = right(h, L - 4, tab.heads[2] if not rowno else "决算数")
            h = place(h, L + 10, "项目")
            if rowno:
                h = right(h, L + 32, "行次")
            ends = [L + 46 + 16 * i for i in range(len(money_heads))]
            for lab, end in zip(money_heads, ends):
                h = right(h, end, lab)
            self.lines.append(h)
            for a, b in tab.lines:
                line = ""
                if a:
                    line = place(line, 0, a[0])
                    if rowno and a[1]:
                        line = right(line, 36, str(a[1]))
                    if a[2]:
                        line = right(line, L - 4, a[2])
                if b:
                    line = place(line, L, b[0])
                    if rowno and b[1]:
                        line = right(line, L + 32, str(b[1]))
                    vals = b[2] if isinstance(b[2], list) else [b[2]]
                    for s, end in zip(vals, ends):
                        if s:
                            line = right(line, end, s)
                self.lines.append(line.rstrip())
        else:
            self.lines += (
                ["收入", "支出", "项目"]
                + (["行次"] if rowno else [])
                + [tab.heads[2] if not rowno else "决算数", "项目"]
                + (["行次"] if rowno else [])
            )
            self.lines += money_heads
            if rowno:
                self.lines += ["栏次", "1", "栏次"] + [str(i) for i in range(2, 2 + len(money_heads))]
            for a, b in tab.lines:
                parts = []
                for side in (a, b):
                    if not side:
                        continue
                    if side[0]:
                        parts.append(side[0])
                    if rowno and side[1]:
                        parts.append(str(side[1]))
                    vals = side[2] if isinstance(side[2], list) else [side[2]]
                    parts += [s for s in vals if s]
                if parts:
                    self.lines.append(" ".join(parts))

    def t_sangong(self, no, tab):
        self.head(no, tab, 100)
        if tab.rows_form:
            if self.layout:
                self.lines.append(right(right(place("", 2, "项目"), 50, "年初预算数"), 66, "决算数"))
                for label, b, a in tab.lines:
                    self.lines.append(right(right(place("", 0, label), 50, b), 66, a))
            else:
                self.lines += ["项目", "年初预算数", "决算数"]
                for label, b, a in tab.lines:
                    self.lines.append(f"{label} {b} {a}")
        else:
            heads = [
                "合计",
                "因公出国（境）费",
                "公务用车购置及运行费",
                "公务接待费",
                "小计",
                "公务用车购置费",
                "公务用车运行费",
            ]
            if self.layout:
                ends = [10, 28, 44, 60, 76, 92]
                h1 = right(right(right("", 10, "合计"), 28, "因公出国（境）费"), 60, "公务用车购置及运行费")
                h1 = right(h1, 92, "公务接待费")
                h2 = right(right(right("", 44, "小计"), 60, "公务用车购置费"), 76, "公务用车运行费")
                line = ""
                for s, end in zip(tab.cells, ends):
                    if s:
                        line = right(line, end, s)
                self.lines += [h1, h2, line]
            else:
                self.lines += heads
                self.lines.append(" ".join(s for s in tab.cells if s))

    def t_empty(self, no, tab):
        self.head(no, tab)
        if self.layout:
            line = ""
            for i, h in enumerate(tab.heads):
                line = place(line, 1 + 14 * i, h)
            self.lines += [line, "", "        " + tab.note]
        else:
            self.lines += list(tab.heads) + [tab.note]


def render(doc, tabs, info):
    """The whole document's text and the claims its 说明 states."""
    lay = doc["fmt"] == "layout"
    w = Writer(doc, lay)
    final = doc["kind"] == "final_account"
    y, org = doc["year"], doc["org"]
    w.new_page()
    w.lines += ["", "", ""]
    w.centre(org)
    w.lines += ["", ""]
    w.centre(f"{y}年度部门决算" if final else f"{y}年部门预算")
    w.lines += ["", "", ""]
    w.centre(doc["date"])
    w.new_page()
    w.centre("目  录")
    toc = [
        "第一部分 部门概况",
        "    一、主要职能",
        "    二、部门决算单位构成" if final else "    二、部门预算单位构成",
        f"第二部分 {y}年度部门决算情况说明" if final else f"第二部分 {y}年部门预算情况说明",
        f"第三部分 {y}年度部门决算表" if final else f"第三部分 {y}年部门预算表",
    ]
    toc += [f"    表{i} {t.title}" for i, t in enumerate(tabs, 1)]
    toc += ["第四部分 名词解释"]
    w.lines += toc
    w.new_page()
    w.lines.append("第一部分 部门概况")
    w.lines.append("一、主要职能")
    w.para(doc["profile"])
    w.lines.append("二、部门决算单位构成" if final else "二、部门预算单位构成")
    w.para(doc["units"])
    w.lines.append("三、年度主要工作任务")
    w.para(
        f"{doc['year']}年，{doc['org']}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
        "认真落实上级决策部署，围绕部门职能职责，统筹发展和安全，扎实推进各项重点工作：一是持续深化改革，完善"
        "制度机制，提升依法行政水平；二是聚焦民生关切，办好惠民实事，提高公共服务质量；三是加强预算管理，严格"
        "执行预算，压减一般性支出，提高财政资金使用效益；四是强化队伍建设，落实全面从严治党主体责任，驰而不息"
        "纠治“四风”，为各项工作提供坚强保障。"
    )
    w.new_page()
    text, claims = narrative(doc, info)
    for s, heading in text:
        if heading:
            w.lines.append(s)
        else:
            w.para(s)
    w.new_page()
    w.lines.append(f"第三部分 {y}年度部门决算表" if final else f"第三部分 {y}年部门预算表")
    for i, t in enumerate(tabs, 1):
        w.new_page()
        w.table(i, t)
    w.new_page()
    w.lines.append("第四部分 名词解释")
    for i, (a, b) in enumerate(GLOSSARY, 1):
        w.para(f"{cn(i)}、{a}：{b}")
    w.new_page()
    return "\n".join(w.lines).replace("\n\f\n", "\n\f") + "\n", claims
