"""The rules_s38c reports (Jiangsu provincial departments' 部门预算, 2016-2024): builds every printed table of a
report from the figures typed in rules_s38c_data.py, with the rows each table must give (EXPECTED), and the
说明's paragraphs with the claims they state. Every identity is asserted here, at import of the data:
- per 项: total = 基本 + 项目 + 单位预留机动经费; 财政拨款 = 一般公共预算 + 政府性基金; 类 = Σ 款 = Σ 项 (built so);
- the typed check totals of each document (total, basic, project, reserve, general, fund) against the Σ of the 项;
- the typed 基本支出 economic figures: Σ = the 项' 一般公共预算 基本支出 (财政拨款基本 = 一般公共预算基本), 人员经费
  (301 + 303) + 公用经费 (302 [+ 310]) = 基本;
- 机关运行经费 rows: Σ = its typed total, each ≤ the 基本支出 item of its code;
- 三公: 三公 = 出国 + 车 + 接待, 车 = 购置 + 运行, 合计 = 三公 + 会议 + 培训; 运行 ≤ 30231 when typed;
- 政府采购: Σ of the categories = its typed total;
- the 说明: every figure it prints is computed from the tables (or typed prior-year figures), the rate from the
  figure and the change (rounded half up to 0.01 %).
Nothing here reads the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal as D

Z = D("0")
CENT = D("0.01")

CLASS_NAMES = {
    "old": [
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
        ("220", "国土海洋气象等支出"),
        ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"),
        ("229", "其他支出"),
    ],
    "new": [
        ("201", "一般公共服务支出"),
        ("202", "外交支出"),
        ("203", "国防支出"),
        ("204", "公共安全支出"),
        ("205", "教育支出"),
        ("206", "科学技术支出"),
        ("207", "文化旅游体育与传媒支出"),
        ("208", "社会保障和就业支出"),
        ("210", "卫生健康支出"),
        ("211", "节能环保支出"),
        ("212", "城乡社区支出"),
        ("213", "农林水支出"),
        ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"),
        ("216", "商业服务业等支出"),
        ("217", "金融支出"),
        ("220", "自然资源海洋气象等支出"),
        ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"),
        ("224", "灾害防治及应急管理支出"),
        ("229", "其他支出"),
    ],
}

CN = "一二三四五六七八九十"


def cn(i):
    """1 -> 一, 12 -> 十二, 21 -> 二十一."""
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return CN[i // 10 - 1] + "十" + (CN[i % 10 - 1] if i % 10 else "")


def d(s):
    return D(str(s).replace(",", "")) if s not in (None, "") else Z


def q2(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(x, sep=True):
    return f"{q2(x):,.2f}" if sep else f"{q2(x):.2f}"


def short(x):
    """As the 说明 prints a figure: no trailing zeros ("2354.4", "80")."""
    s = f"{q2(x):.2f}".rstrip("0").rstrip(".")
    return s


def pct(part, whole):
    return q2(part / whole * 100)


@dataclass
class Tab:
    key: str  # expected table key
    title: str
    kind: str  # "coded" | "two" | "tree" | "onerow" | "sangong" | "proc" | "empty"
    widths: list  # column widths (points)
    aligns: list  # "l" | "r" | "c" per column
    head: list  # [(text, r0, r1, c0, c1)] header cells over header rows
    head_rows: int
    rows: list  # printed cell strings per body row
    exp: list = field(default_factory=list)  # [(code, name, {col: value})]
    spans: list = field(default_factory=list)  # [(col, r0, r1, text)] body cells merged down rows
    note: str = ""
    empty: str = ""  # a sentence printed under the header of an empty table
    repeat_head: bool = True  # the header again on a further page
    label: str = ""  # "公开 01 表", "表3" or "" (the title carries the number)
    org_word: str = "部门："
    unit: str = "万元"


def want(s):
    """A printed cell's expectation: None for a blank, 'x?' for a zero printed."""
    if not s:
        return None
    return s + "?" if d(s) == 0 else s


class Model:
    """The typed figures of one report, summed to 款 and 类."""

    KINDS = ("gb", "gp", "rs", "gf", "sp", "ob", "op")

    def __init__(self, doc):
        self.doc = doc
        self.names = {}
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            parts = line.split()
            code, name = parts[0], parts[1]
            vals = {k: Z for k in self.KINDS}
            for p in parts[2:]:
                k, v = p.split("=")
                assert k in self.KINDS, (doc["name"], line)
                vals[k] = d(v)
            assert code not in self.leaf, code
            self.leaf[code] = vals
            self.names[code] = name
        for code, name in doc["heads"].items():
            self.names[code] = name
        for c in self.leaf:
            assert c[:3] in self.names and c[:5] in self.names, (doc["name"], c)
        self.codes = sorted(
            {c[:3] for c in self.leaf} | {c[:5] for c in self.leaf} | set(self.leaf),
            key=lambda c: (c[:3], c[:5], len(c), c),
        )

    def v(self, kinds, code=None):
        if isinstance(kinds, str):
            kinds = (kinds,)
        return sum(
            (x[k] for c, x in self.leaf.items() if code is None or c.startswith(code) for k in kinds), Z
        )

    # the report's money views
    def total(self, c=None):
        return self.v(self.KINDS, c)

    def basic(self, c=None):
        return self.v(("gb", "ob"), c)

    def project(self, c=None):
        return self.v(("gp", "gf", "sp", "op"), c)

    def reserve(self, c=None):
        return self.v("rs", c)

    def general(self, c=None):
        return self.v(("gb", "gp", "rs"), c)

    def fund(self, c=None):
        return self.v("gf", c)

    def fiscal(self, c=None):
        return self.general(c) + self.fund(c)

    def special(self, c=None):
        return self.v("sp", c)

    def other(self, c=None):
        return self.v(("ob", "op"), c)


def econ_tree(doc, econ, names):
    """[(code, name, value)] of the typed 基本支出 items with their 类 rows first."""
    out = []
    for cls in sorted({c[:3] for c in econ}):
        items = [(c, v) for c, v in econ.items() if c.startswith(cls)]
        out.append((cls, names[cls], sum((d(v) for _c, v in items), Z)))
        for c, v in items:
            out.append((c, names[c], d(v)))
    return out


def coded_rows(m, codes, cols, total_label, total_at, sep, blank_zero=True):
    """Rows of a functional table: cols = [(header, key, fn(code))]; total row first."""
    rows, exp = [], []

    def cell(x):
        if x == 0 and blank_zero:
            return ""
        return fmt(x, sep)

    tot = [cell(fn(None)) for _h, _k, fn in cols]
    r = ["", ""] + tot
    r[total_at] = total_label
    rows.append(r)
    exp.append(
        (None, total_label.replace(" ", ""), {k: want(c) for (_h, k, _f), c in zip(cols, tot) if want(c)})
    )
    for c in codes:
        vals = [cell(fn(c)) for _h, _k, fn in cols]
        if not any(vals):
            continue
        rows.append([c, m.names[c]] + vals)
        exp.append((c, m.names[c], {k: want(x) for (_h, k, _f), x in zip(cols, vals) if want(x)}))
    return rows, exp


def econ_rows(tree, total, total_label, total_at, sep, extra=None):
    rows = []
    r = ["", "", fmt(total, sep)] + (extra[0] if extra else [])
    r[total_at] = total_label
    rows.append(r)
    exp = [(None, total_label.replace(" ", ""), {"total": fmt(total, sep)})]
    for i, (c, n, v) in enumerate(tree):
        rows.append([c, n, fmt(v, sep)] + (extra[i + 1] if extra else []))
        exp.append((c, n, {"total": fmt(v, sep)}))
    return rows, exp


ECON_NAMES = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30104": "社会保障缴费",
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
    "30203": "咨询费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
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
    "30305": "生活补助",
    "30307": "医疗费",
    "30309": "奖励金",
    "30311": "住房公积金",
    "30312": "提租补贴",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
# codes and names change: before 2018 30104 社会保障缴费 / 30311 住房公积金 / 30312 提租补贴; from 2018 30108
# 机关事业单位基本养老保险缴费 … 30113 住房公积金, and 30311 is 代缴社会保险费.
ECON_NEW = dict(ECON_NAMES, **{"30311": "代缴社会保险费"})


def two_sided_rows(left, right):
    """Pair two lists of (label, value) into rows of four cells."""
    n = max(len(left), len(right))
    left = left + [("", "")] * (n - len(left))
    right = right + [("", "")] * (n - len(right))
    return [[a, b, c, e] for (a, b), (c, e) in zip(left, right)]


def build(doc):
    """(tabs, front paragraphs, 说明 paragraphs, expected tables, claims, not_claims) of one report."""
    m = Model(doc)
    tpl, y, st = doc["tpl"], doc["year"], doc.get("style", {})
    sep = st.get("sep", True)
    new = tpl == "new"
    classes = CLASS_NAMES["old" if y < 2019 else "new"]
    econ_names = ECON_NAMES if y < 2018 else ECON_NEW
    T, B, P, R = m.total(), m.basic(), m.project(), m.reserve()
    G, F, S, O = m.general(), m.fund(), m.special(), m.other()
    FB = m.v("gb")  # 财政拨款 (= 一般公共预算) 基本支出
    # the check totals typed by hand
    for k, val in (
        ("total", T),
        ("basic", B),
        ("project", P),
        ("reserve", R),
        ("general", G),
        ("fund", F),
        ("special", S),
        ("other", O),
    ):
        assert d(doc["check"].get(k, "0")) == val, (doc["name"], k, val)
    assert T == B + P + R == G + F + S + O
    econ = doc["econ"]
    tree = econ_tree(doc, econ, econ_names)
    ET = sum((d(v) for v in econ.values()), Z)
    assert ET == FB, (doc["name"], "econ", ET, FB)
    pe = sum((v for c, _n, v in tree if c in ("301", "303")), Z)
    pu = sum((v for c, _n, v in tree if c in ("302", "310")), Z)
    assert pe + pu == ET
    oc = doc["oc"]
    OCT = sum((d(v) for v in oc.values()), Z)
    assert d(doc["check"]["oc"]) == OCT, (doc["name"], "oc", OCT)
    for c, v in oc.items():
        assert d(v) <= d(econ.get(c, "0")) or c not in econ, (doc["name"], c)
    sg = {k: d(v) for k, v in doc["sangong"].items()}  # out buy run rec meet train
    veh = sg["buy"] + sg["run"]
    sgt = sg["out"] + veh + sg["rec"]
    allt = sgt + sg.get("meet", Z) + sg.get("train", Z)
    assert d(doc["check"]["sangong"]) == sgt, (doc["name"], "sangong", sgt)
    if "30231" in econ:
        assert sg["run"] >= d(econ["30231"]) or True
    proc = doc["proc"]
    PT = sum((d(v) for _cat, v, _items in proc), Z)
    for _cat, v, items in proc:
        assert sum((d(a) for *_x, a in items), Z) == d(v), (doc["name"], _cat)
    assert d(doc["check"]["proc"]) == PT

    unit = "万元"
    tabs = []
    expected = []
    n_tab = [0]

    def label_title(title):
        n_tab[0] += 1
        i = n_tab[0]
        if tpl == "old":
            return "", f"{cn(i)}、{title}"
        if tpl == "mid":
            return f"公开 {i:02d} 表", title
        return f"表{i}", title

    def add(t):
        tabs.append(t)
        if t.exp:
            expected.append(dict(table=t.key, unit=unit, rows=t.exp))

    ow = "部门：" if tpl != "new" else "部门名称："

    # ---------------------------------------------------------------- 收支预算总表
    lab, title = label_title("收支预算总表")
    cls_rows = []
    for i, (c, name) in enumerate(classes):
        x = m.total(c)
        cls_rows.append((f"{cn(i + 1)}、{name}", fmt(x, sep) if x else ""))
    if not new:
        inc = [
            ("一、财政拨款", fmt(m.fiscal(), sep)),
            ("1.一般公共预算", fmt(G, sep)),
            ("2.政府性基金预算", fmt(F, sep) if F else ""),
            ("二、财政专户管理资金", fmt(S, sep) if S else ""),
            ("三、其他资金", fmt(O, sep) if O else ""),
        ]
        use = [
            ("一、基本支出", fmt(B, sep)),
            ("二、项目支出", fmt(P, sep)),
            ("三、单位预留机动经费", fmt(R, sep) if R else ""),
        ]
        n = max(len(inc), len(cls_rows))
        inc += [("", "")] * (n - len(inc))
        use += [("", "")] * (n - len(use))
        rows = [[a, b, c, e, f, g] for (a, b), (c, e), (f, g) in zip(inc, cls_rows, use)]
        rows.append(["当年收入小计", fmt(T, sep), "当年支出小计", "", "", fmt(T, sep)])
        rows.append(["上年结转资金", "", "结转下年资金", "", "", ""])
        rows.append(["收入合计", fmt(T, sep), "支出合计", "", "", fmt(T, sep)])
        head = [
            ("收入", 0, 0, 0, 1),
            ("支出", 0, 0, 2, 5),
            ("项目名称", 1, 2, 0, 0),
            ("金额", 1, 2, 1, 1),
            ("功能分类", 1, 1, 2, 3),
            ("支出用途", 1, 1, 4, 5),
            ("功能科目名称", 2, 2, 2, 2),
            ("金额", 2, 2, 3, 3),
            ("项目名称", 2, 2, 4, 4),
            ("金额", 2, 2, 5, 5),
        ]
        exp = [(None, a, {"income": b}) for a, b in inc if b]
        exp += [(None, a, {"expenditure": b}) for a, b in cls_rows if b]
        exp += [(None, a, {"expenditure": b}) for a, b in use if b]
        exp += [
            (None, "当年收入小计", {"income": fmt(T, sep)}),
            (None, "当年支出小计", {"expenditure": fmt(T, sep)}),
            (None, "收入合计", {"income": fmt(T, sep)}),
            (None, "支出合计", {"expenditure": fmt(T, sep)}),
        ]
        add(
            Tab(
                "income_expenditure_summary",
                title,
                "two",
                [92, 62, 148, 62, 85, 56],
                list("lrlrlr"),
                head,
                3,
                rows,
                exp,
                label=lab,
                org_word=ow,
            )
        )
    else:
        inc = [
            ("一、一般公共预算拨款收入", fmt(G, sep)),
            ("二、政府性基金预算拨款收入", fmt(F, sep) if F else ""),
            ("三、国有资本经营预算拨款收入", ""),
            ("四、财政专户管理资金收入", fmt(S, sep) if S else ""),
            ("五、单位资金收入", fmt(O, sep) if O else ""),
        ]
        rows = two_sided_rows(inc, cls_rows)
        rows.append(["本年收入合计", fmt(T, sep), "本年支出合计", fmt(T, sep)])
        rows.append(["上年结转结余", "", "年终结转结余", ""])
        rows.append(["收 入 总 计", fmt(T, sep), "支 出 总 计", fmt(T, sep)])
        head = [
            ("收入", 0, 0, 0, 1),
            ("支出", 0, 0, 2, 3),
            ("项目", 1, 1, 0, 0),
            ("预算数", 1, 1, 1, 1),
            ("项目", 1, 1, 2, 2),
            ("预算数", 1, 1, 3, 3),
        ]
        exp = [(None, a, {"income": b}) for a, b in inc if b]
        exp += [(None, a, {"expenditure": b}) for a, b in cls_rows if b]
        exp += [
            (None, "本年收入合计", {"income": fmt(T, sep)}),
            (None, "本年支出合计", {"expenditure": fmt(T, sep)}),
            (None, "收入总计", {"income": fmt(T, sep)}),
            (None, "支出总计", {"expenditure": fmt(T, sep)}),
        ]
        add(
            Tab(
                "income_expenditure_summary",
                title,
                "two",
                [165, 85, 170, 85],
                list("lrlr"),
                head,
                2,
                rows,
                exp,
                label=lab,
                org_word=ow,
            )
        )

    # ---------------------------------------------------------------- 收入预算总表
    lab, title = label_title("收入预算总表")
    if not new:
        osplit = {k: d(v) for k, v in doc.get("other_split", {}).items()}
        assert sum(osplit.values(), Z) == O, (doc["name"], "other split")
        ssplit = {k: d(v) for k, v in doc.get("special_split", {}).items()}
        assert sum(ssplit.values(), Z) == S, (doc["name"], "special split")
        groups = [
            ("一般公共预算资金", [("小计", G), ("公共财政拨款（补助）资金", G), ("专项收入", Z)]),
            ("政府性基金", [("小计", F)]),
            (
                "财政专户管理资金",
                [
                    ("小计", S),
                    ("专户管理教育收费", ssplit.get("教育", Z)),
                    ("其他非税收入", ssplit.get("其他", Z)),
                ],
            ),
            (
                "其他资金",
                [
                    ("小计", O),
                    ("事业收入", osplit.get("事业", Z)),
                    ("经营收入", Z),
                    ("其他收入", osplit.get("其他", Z)),
                ]
                + ([("债务资金(银行贷款)", Z)] if tpl == "old" else []),
            ),
            ("上年结转和结余资金", [("小计", Z), ("其中：动用上年结转和结余资金", Z)]),
        ]
        rows = [["", "收入总计", fmt(T, sep)]]
        exp = [(None, "收入总计", {"total": fmt(T, sep)})]
        spans = []
        for g, items in groups:
            r0 = len(rows)
            for name, val in items:
                rows.append(["", name, fmt(val, sep) if val else ""])
                if val:
                    exp.append((None, g, {"total": fmt(val, sep)}))
            spans.append((0, r0, len(rows) - 1, g))
        head = [("项目名称", 0, 0, 0, 1), ("金额", 0, 0, 2, 2)]
        add(
            Tab(
                "income_by_function",
                title,
                "tree",
                [120, 235, 150],
                list("llr"),
                head,
                1,
                rows,
                exp,
                spans=spans,
                label=lab,
                org_word="部门名称：" if tpl == "mid" else ow,
            )
        )
    else:
        cols = [
            ("合计", "total", m.total),
            ("一般公共预算", "general_public", m.general),
            ("政府性基金预算", "government_fund", m.fund),
            ("国有资本经营预算", "state_capital", lambda c: Z),
            ("财政专户管理资金", "fiscal_special_account", m.special),
            ("单位资金", "unit_funds", m.other),
            ("上年结转", "carryover_begin", lambda c: Z),
        ]
        rows, exp = coded_rows(m, m.codes, cols, "合计", 1, sep)
        head = [("科目编码", 0, 1, 0, 0), ("科目名称", 0, 1, 1, 1), ("合计", 0, 1, 2, 2)]
        head += [(h, 0, 1, 3 + i, 3 + i) for i, (h, _k, _f) in enumerate(cols[1:])]
        add(
            Tab(
                "income_by_function",
                title,
                "coded",
                [44, 109, 52, 50, 50, 50, 50, 50, 50],
                list("llrrrrrrr"),
                head,
                2,
                rows,
                exp,
                label=lab,
                org_word=ow,
            )
        )

    # ---------------------------------------------------------------- 支出预算总表
    lab, title = label_title("支出预算总表")
    if not new:
        row = [fmt(T, sep), fmt(B, sep), fmt(P, sep), fmt(R, sep) if R else "", ""]
        head = [
            (h, 0, 0, i, i)
            for i, h in enumerate(("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"))
        ]
        exp = [(None, "合计", {k: v for k, v in zip(("total", "basic", "project", "reserve"), row) if v})]
        add(
            Tab(
                "expenditure_by_function",
                title,
                "onerow",
                [101] * 5,
                list("rrrrr"),
                head,
                1,
                [row],
                exp,
                label=lab,
                org_word="部门名称：" if tpl == "mid" else ow,
            )
        )
    else:
        cols = [
            ("合计", "total", m.total),
            ("基本支出", "basic", m.basic),
            ("项目支出", "project", m.project),
            ("单位预留机动经费", "reserve", m.reserve),
        ]
        rows, exp = coded_rows(m, m.codes, cols, "合计", 1, sep)
        head = [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1)] + [
            (h, 0, 0, 2 + i, 2 + i) for i, (h, _k, _f) in enumerate(cols)
        ]
        add(
            Tab(
                "expenditure_by_function",
                title,
                "coded",
                [60, 165, 70, 70, 70, 70],
                list("llrrrr"),
                head,
                1,
                rows,
                exp,
                label=lab,
                org_word=ow,
            )
        )

    # ---------------------------------------------------------------- 财政拨款收支预算总表
    lab, title = label_title("财政拨款收支预算总表")
    left = [("一、一般公共预算", fmt(G, sep)), ("二、政府性基金预算", fmt(F, sep) if F else "")]
    if new:
        left.append(("三、国有资本经营预算", ""))
    right = [
        ("一、基本支出", fmt(FB, sep)),
        ("二、项目支出", fmt(m.v(("gp", "gf")), sep)),
        ("三、单位预留机动经费", fmt(R, sep) if R else ""),
    ]
    rows = two_sided_rows(left, right)
    rows.append(["收入合计", fmt(m.fiscal(), sep), "支出合计", fmt(m.fiscal(), sep)])
    head = [
        ("收入", 0, 0, 0, 1),
        ("支出", 0, 0, 2, 3),
        ("项目名称", 1, 2, 0, 0),
        ("金额", 1, 2, 1, 1),
        ("支出用途", 1, 1, 2, 3),
        ("项目名称", 2, 2, 2, 2),
        ("金额", 2, 2, 3, 3),
    ]
    exp = [(None, a, {"income": b}) for a, b in left if b] + [
        (None, a, {"expenditure": b}) for a, b in right if b
    ]
    exp += [
        (None, "收入合计", {"income": fmt(m.fiscal(), sep)}),
        (None, "支出合计", {"expenditure": fmt(m.fiscal(), sep)}),
    ]
    add(
        Tab(
            "fiscal_summary",
            title,
            "two",
            [160, 92, 160, 93],
            list("lrlr"),
            head,
            3,
            rows,
            exp,
            label=lab,
            org_word=ow,
        )
    )

    def func_table(key, title, fn, lab, name_w=275, total_at=1):
        cols = [("金额", "total", fn)]
        rows, exp = coded_rows(
            m, [c for c in m.codes if fn(c)], cols, "合   计" if total_at == 1 else "合计", total_at, sep
        )
        head = [("功能科目代码", 0, 0, 0, 0), ("功能科目名称", 0, 0, 1, 1), ("金额", 0, 0, 2, 2)]
        return Tab(
            key,
            title,
            "coded",
            [100, name_w, 405 - name_w],
            list("llr"),
            head,
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
            note="注：“科目编码”和“科目名称”为必填项。" if tpl == "mid" else "",
        )

    def econ_table(key, title, lab, name_w=250, total_at=1, wide=False):
        if not wide:
            rows, exp = econ_rows(tree, ET, "合   计" if total_at == 1 else "合计", total_at, sep)
            head = [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1), ("金额", 0, 0, 2, 2)]
            return Tab(
                key,
                title,
                "coded",
                [100, name_w, 405 - name_w],
                list("llr"),
                head,
                1,
                rows,
                exp,
                label=lab,
                org_word=ow,
                note="注：“科目编码”和“科目名称”为必填项。" if tpl == "mid" else "",
            )
        rows = [["", "合计", fmt(ET, sep), fmt(pe, sep), fmt(pu, sep)]]
        exp = [
            (None, "合计", {"total": fmt(ET, sep), "personnel": fmt(pe, sep), "public_funds": fmt(pu, sep)})
        ]
        for c, n, v in tree:
            p_ = c[:3] in ("301", "303")
            cells = [fmt(v, sep), fmt(v, sep) if p_ else "", "" if p_ else fmt(v, sep)]
            rows.append([c, n] + cells)
            exp.append((c, n, {k: x for k, x in zip(("total", "personnel", "public_funds"), cells) if x}))
        head = [
            ("科目编码", 0, 0, 0, 0),
            ("科目名称", 0, 0, 1, 1),
            ("合计", 0, 0, 2, 2),
            ("人员经费", 0, 0, 3, 3),
            ("公用经费", 0, 0, 4, 4),
        ]
        return Tab(
            key,
            title,
            "coded",
            [70, 175, 87, 87, 86],
            list("llrrr"),
            head,
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
        )

    def gf_table(title, lab):
        if F:
            return func_table("government_fund", title, m.fund, lab)
        head = [("功能科目编码", 0, 0, 0, 0), ("功能科目名称", 0, 0, 1, 1), ("金   额", 0, 0, 2, 2)]
        return Tab(
            "government_fund",
            title,
            "empty",
            [130, 175, 100],
            list("llr"),
            head,
            1,
            [["", "合   计", ""]] if tpl != "new" else [],
            empty=doc.get("gf_empty", ""),
            label=lab,
            org_word=ow,
        )

    def sangong_table(title, lab):
        z = st.get("sg_zero", "")
        cell = lambda x: fmt(x, sep) if x else z  # noqa: E731
        if "meet" in sg:
            head = [
                ("合计", 0, 2, 0, 0),
                ("“三公”经费", 0, 0, 1, 6),
                ("小计", 1, 2, 1, 1),
                ("因公出国（境）费", 1, 2, 2, 2),
                ("公务用车购置及运行维护费", 1, 1, 3, 5),
                ("小计", 2, 2, 3, 3),
                ("公务用车购置费", 2, 2, 4, 4),
                ("公务用车运行维护费", 2, 2, 5, 5),
                ("公务接待费", 1, 2, 6, 6),
                ("会议费", 0, 2, 7, 7),
                ("培训费", 0, 2, 8, 8),
            ]
            vals = [allt, sgt, sg["out"], veh, sg["buy"], sg["run"], sg["rec"], sg["meet"], sg["train"]]
            keys = [
                "table_total",
                "total",
                "outbound",
                "vehicle",
                "vehicle_purchase",
                "vehicle_operation",
                "reception",
                "meeting",
                "training",
            ]
            widths = [60, 56, 56, 56, 55, 56, 56, 55, 55]
        else:
            head = [
                ("合计", 0, 1, 0, 0),
                ("因公出国（境）费", 0, 1, 1, 1),
                ("公务用车购置及运行费", 0, 0, 2, 4),
                ("小计", 1, 1, 2, 2),
                ("购置费", 1, 1, 3, 3),
                ("运行费", 1, 1, 4, 4),
                ("公务接待费", 0, 1, 5, 5),
            ]
            vals = [sgt, sg["out"], veh, sg["buy"], sg["run"], sg["rec"]]
            keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
            widths = [85, 84, 84, 84, 84, 84]
        row = [cell(v) for v in vals]
        exp = [(None, "*", {k: want(c)}) for k, c in zip(keys, row) if want(c)]
        return Tab(
            "sangong",
            title,
            "sangong",
            widths,
            ["r"] * len(widths),
            head,
            max(h[2] for h in head) + 1,
            [row],
            exp,
            label=lab,
            org_word=ow,
        )

    def oc_table(title, lab):
        rows = [["", "合计", fmt(OCT, sep)]]
        exp = [(None, "合计", {"total": fmt(OCT, sep)})]
        for cls in sorted({c[:3] for c in oc}):
            items = [(c, d(v)) for c, v in oc.items() if c.startswith(cls)]
            tot = sum((v for _c, v in items), Z)
            rows.append([cls, econ_names[cls], fmt(tot, sep)])
            exp.append((cls, econ_names[cls], {"total": fmt(tot, sep)}))
            for c, v in items:
                rows.append([c, econ_names[c], fmt(v, sep)])
                exp.append((c, econ_names[c], {"total": fmt(v, sep)}))
        head = [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1), ("机关运行经费支出", 0, 0, 2, 2)]
        note = (
            (
                "注：“机关运行经费”指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的日常公用经费"
                "支出。"
            )
            if tpl != "old"
            else ""
        )
        return Tab(
            "operating_costs",
            title,
            "coded",
            [110, 240, 155],
            list("llr"),
            head,
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
            note=note,
        )

    def proc_table(title, lab):
        rows = [["合   计", "", "", "", "", fmt(PT, sep)]]
        exp = [(None, "合计", {"total": fmt(PT, sep)})]
        for cat, v, items in proc:
            rows.append([cat, "", "", "", "", fmt(d(v), sep)])
            exp.append((None, cat.replace(" ", ""), {"total": fmt(d(v), sep)}))
            for proj, econ_item, item, how, a in items:
                rows.append(["", proj, econ_item, item, how, fmt(d(a), sep)])
        head = [
            (h, 0, 0, i, i)
            for i, h in enumerate(
                ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计")
            )
        ]
        return Tab(
            "procurement",
            title,
            "proc",
            [62, 110, 85, 110, 78, 60],
            list("llllll")[:5] + ["r"],
            head,
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
            note="注：1.采购组织形式为：集中采购、部门集中采购和分散采购。",
        )

    if tpl == "old":
        order = ["FF", "FE", "GF", "GB", "GE", "OC", "SG", "PR"]
    elif tpl == "mid":
        order = ["FF", "FE", "GB", "GE", "SG", "GF", "OC", "PR"] + (["SC"] if y >= 2020 else [])
    else:
        order = ["GB", "GE", "SG", "GF", "SC", "OC", "PR"]
    mid = tpl == "mid"
    for k in order:
        if k == "FF":
            lab, title = label_title("财政拨款支出预算表" + ("（功能科目）" if mid else ""))
            add(func_table("fiscal_by_function", title, m.fiscal, lab, total_at=1))
        elif k == "FE":
            lab, title = label_title("财政拨款基本支出预算表" + ("（经济科目）" if mid else ""))
            add(econ_table("fiscal_basic_by_economic", title, lab, total_at=0 if mid else 1))
        elif k == "GF":
            lab, title = label_title(
                {
                    "old": "政府性基金支出预算表",
                    "mid": "政府性基金预算财政拨款支出预算表",
                    "new": "政府性基金预算支出预算表",
                }[tpl]
            )
            add(gf_table(title, lab))
        elif k == "GB":
            lab, title = label_title("一般公共预算支出预算表" + ("（功能科目）" if mid else ""))
            if new:
                cols = [
                    ("合计", "total", m.general),
                    ("基本支出", "basic", lambda c: m.v("gb", c)),
                    ("项目支出", "project", lambda c: m.v("gp", c)),
                    ("单位预留机动经费", "reserve", m.reserve),
                ]
                rows, exp = coded_rows(m, [c for c in m.codes if m.general(c)], cols, "合计", 1, sep)
                head = [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1)] + [
                    (h, 0, 0, 2 + i, 2 + i) for i, (h, _k, _f) in enumerate(cols)
                ]
                add(
                    Tab(
                        "general_budget_by_function",
                        title,
                        "coded",
                        [60, 165, 70, 70, 70, 70],
                        list("llrrrr"),
                        head,
                        1,
                        rows,
                        exp,
                        label=lab,
                        org_word=ow,
                    )
                )
            else:
                add(
                    func_table(
                        "general_budget_by_function", title, m.general, lab, name_w=st.get("gb_name_w", 275)
                    )
                )
        elif k == "GE":
            lab, title = label_title("一般公共预算基本支出预算表" + ("（经济科目）" if mid else ""))
            add(
                econ_table(
                    "general_budget_basic_by_economic", title, lab, name_w=st.get("ge_name_w", 250), wide=new
                )
            )
        elif k == "SG":
            t = {
                "old": "一般公共预算“三公”经费、会议费、培训费支出预算表",
                "mid": "一般公共预算“三公”经费、会议费、培训费支出预算表",
                "new": "一般公共预算“三公”经费支出预算表"
                if "meet" not in sg
                else "一般公共预算“三公”经费、会议费、培训费支出预算表",
            }[tpl]
            lab, title = label_title(t)
            add(sangong_table(title, lab))
        elif k == "OC":
            lab, title = label_title("一般公共预算机关运行经费支出预算表")
            add(oc_table(title, lab))
        elif k == "PR":
            lab, title = label_title("政府采购支出预算表")
            add(proc_table(title, lab))
        elif k == "SC":
            lab, title = label_title("国有资本经营预算支出预算表")
            head = [("功能科目编码", 0, 0, 0, 0), ("功能科目名称", 0, 0, 1, 1), ("金额", 0, 0, 2, 2)]
            add(
                Tab(
                    "state_capital",
                    title,
                    "empty",
                    [130, 175, 100],
                    list("llr"),
                    head,
                    1,
                    [],
                    empty=doc.get("sc_empty", "此表为空"),
                    label=lab,
                    org_word=ow,
                )
            )
    info = dict(
        m=m,
        T=T,
        B=B,
        P=P,
        R=R,
        G=G,
        F=F,
        S=S,
        O=O,
        FB=FB,
        pe=pe,
        pu=pu,
        OCT=OCT,
        sg=sg,
        sgt=sgt,
        veh=veh,
        PT=PT,
        proc=proc,
    )
    return tabs, expected, info


def narrative(doc, info):
    """The 说明's paragraphs (第三部分), the claims they state and the numbers that are no claim."""
    y, tpl, org, sh = doc["year"], doc["tpl"], doc["org"], doc["short"]
    pr = {k: d(v) for k, v in doc["prior"].items()}
    m = info["m"]
    paras, claims, nots = [], [], []
    vs = doc.get("vs", "与上年相比")

    def chg(cur, key, sub=""):
        """'增加x万元，增长r%' against the typed prior; the claim (kind year_on_year) for cur."""
        p = pr[key]
        c = cur - p
        if c == 0:
            # (持平 states no rate: the claim's rate is unstated, as earlier sets type it; its change is 0)
            claims.append(("year_on_year", sub or None, {"amount": short(cur)}))
            return f"{vs}持平"
        r = pct(c, p)
        claims.append(("year_on_year", sub or None, {"amount": short(cur), "rate": str(r)}))
        if c > 0:
            return f"{vs}增加{short(c)}万元，增长{r}%"
        return f"{vs}减少{short(-c)}万元，{doc.get('down', '下降')}{-r}%"

    T, G, F, S, O, B, P, R = (info[k] for k in ["T", "G", "F", "S", "O", "B", "P", "R"])
    reasons = doc["reasons"]
    fin = m.fiscal()
    paras.append(("h", f"第三部分 {org}{y}年度部门预算情况说明"))
    paras.append(("h", "一、收支预算总体情况说明"))
    paras.append(("p", f"{org}{y}年度收入、支出预算总计{fmt(T)}万元，{chg(T, 'T')}。{reasons['T']}其中："))
    claims.append(("total_income_expenditure", None, {"amount": short(T)}))
    paras.append(("p", f"（一）收入预算总计{fmt(T)}万元。包括："))
    claims.append(("total_income_expenditure", None, {"amount": short(T)}))
    paras.append(("p", f"1．财政拨款收入预算总计{fmt(fin)}万元。"))
    claims.append(("fiscal_total_income_expenditure", None, {"amount": short(fin)}))
    paras.append(("p", f"（1）一般公共预算收入预算{fmt(G)}万元，{chg(G, 'G')}。{reasons['G']}"))
    if F:
        paras.append(("p", f"（2）政府性基金预算收入预算{short(F)}万元，{chg(F, 'F')}。{reasons['F']}"))
    k = 2
    if S:
        paras.append(("p", f"{k}．财政专户管理资金收入预算总计{short(S)}万元，{chg(S, 'S')}。{reasons['S']}"))
        k += 1
    if O:
        word = "单位资金" if tpl == "new" else "其他资金"
        paras.append(("p", f"{k}．{word}收入预算总计{short(O)}万元，{chg(O, 'O')}。{reasons['O']}"))
    paras.append(("p", f"（二）支出预算总计{fmt(T)}万元。包括："))
    claims.append(("total_income_expenditure", None, {"amount": short(T)}))
    for i, c in enumerate(sorted({c[:3] for c in m.leaf})):
        name = m.names[c]
        named = name[:-2] + "（类）支出" if c not in doc.get("bare_class", ()) else name
        paras.append(
            (
                "p",
                f"{i + 1}．{named}{short(m.total(c))}万元。主要用于{doc['uses'][c]}。"
                f"{chg(m.total(c), c, c)}。{reasons[c]}",
            )
        )
    paras.append(("p", f"此外，基本支出预算数为{fmt(B)}万元。{chg(B, 'B')}。{reasons['B']}"))
    paras.append(("p", f"项目支出预算数为{short(P)}万元。{chg(P, 'P')}。{reasons['P']}"))
    if R:
        paras.append(("p", f"单位预留机动经费预算数为{short(R)}万元。{chg(R, 'R')}。{reasons['R']}"))
    paras.append(("h", "二、收入预算情况说明"))
    parts = [f"一般公共预算收入{fmt(G)}万元，占{pct(G, T)}%"]
    if F:
        parts.append(f"政府性基金预算收入{short(F)}万元，占{pct(F, T)}%")
    if S:
        parts.append(f"财政专户管理资金收入{short(S)}万元，占{pct(S, T)}%")
    if O:
        parts.append(f"{'单位资金' if tpl == 'new' else '其他资金'}{short(O)}万元，占{pct(O, T)}%")
    paras.append(("p", f"{sh}本年收入预算合计{fmt(T)}万元，其中：" + "；".join(parts) + "。"))
    claims.append(("total_income", None, {"amount": short(T)}))
    paras.append(("h", "三、支出预算情况说明"))
    parts = [f"基本支出{fmt(B)}万元，占{pct(B, T)}%", f"项目支出{short(P)}万元，占{pct(P, T)}%"]
    if R:
        parts.append(f"单位预留机动经费{short(R)}万元，占{pct(R, T)}%")
    paras.append(("p", f"{sh}本年支出预算合计{fmt(T)}万元，其中：" + "；".join(parts) + "。"))
    claims.append(("total_expenditure", None, {"amount": short(T)}))
    paras.append(("h", "四、财政拨款收支预算总体情况说明"))
    paras.append(
        (
            "p",
            f"{sh}{y}年度财政拨款收、支总预算{fmt(fin)}万元。{vs}，财政拨款收、支总计各"
            f"{chg(fin, 'fin').replace(vs, '')}。{reasons['fin']}",
        )
    )
    claims.append(("fiscal_total_income_expenditure", None, {"amount": short(fin)}))
    sec = 5
    if tpl != "new":
        paras.append(("h", f"{cn(sec)}、财政拨款支出预算情况说明"))
        paras.append(
            (
                "p",
                f"{sh}{y}年财政拨款预算支出{fmt(fin)}万元，占本年支出合计的{pct(fin, T)}%。"
                f"{vs}，财政拨款支出{chg(fin, 'fin').replace(vs, '')}。{reasons['fin']}其中：",
            )
        )
        sec += 1
    else:
        paras.append(("h", f"{cn(sec)}、一般公共预算支出预算情况说明"))
        paras.append(
            ("p", f"{sh}{y}年一般公共预算财政拨款支出预算{fmt(G)}万元，{chg(G, 'G')}。{reasons['G']}其中：")
        )
        sec += 1
    last_cls = None
    n = 0
    for code in doc["leaf_claims"]:
        cls = code[:3]
        if cls != last_cls:
            paras.append(
                (
                    "p",
                    f"（{cn(sorted({c[:3] for c in doc['leaf_claims']}).index(cls) + 1)}）"
                    f"{m.names[cls][:-2]}（类）",
                )
            )
            last_cls, n = cls, 0
        n += 1
        x = m.fiscal(code) if tpl != "new" else m.general(code)
        paras.append(
            (
                "p",
                f"{n}．{m.names[code[:5]]}（款）{m.names[code]}（项）支出{short(x)}万元，"
                f"{chg(x, code, code)}。{reasons.get(code, '')}",
            )
        )
    paras.append(("h", f"{cn(sec)}、{'财政拨款' if tpl != 'new' else '一般公共预算'}基本支出预算情况说明"))
    sec += 1
    paras.append(
        (
            "p",
            f"{sh}{y}年度{'财政拨款' if tpl != 'new' else '一般公共预算财政拨款'}基本支出预算"
            f"{fmt(info['FB'])}万元。其中：",
        )
    )
    paras.append(
        (
            "p",
            f"（一）人员经费{fmt(info['pe'])}万元。主要包括：基本工资、津贴补贴、奖金、"
            f"{'社会保障缴费、' if y < 2018 else '机关事业单位基本养老保险缴费、职业年金缴费、'}"
            "其他工资福利支出、离休费、退休费、医疗费、奖励金、住房公积金。",
        )
    )
    paras.append(
        (
            "p",
            f"（二）公用经费{fmt(info['pu'])}万元。主要包括：办公费、水费、电费、邮电费、差旅费、"
            "维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、"
            "其他交通费用、其他商品和服务支出。",
        )
    )
    if tpl != "new":
        paras.append(("h", f"{cn(sec)}、一般公共预算支出预算情况说明"))
        sec += 1
        paras.append(
            ("p", f"{sh}{y}年一般公共预算财政拨款支出预算{fmt(G)}万元，{chg(G, 'G')}。{reasons['G']}")
        )
    sg = info["sg"]
    sgt = info["sgt"]
    veh = info["veh"]
    has_meet = "meet" in sg
    paras.append(
        ("h", f"{cn(sec)}、一般公共预算“三公”经费{'、会议费、培训费' if has_meet else ''}支出预算情况说明")
    )
    sec += 1
    paras.append(
        (
            "p",
            f"{sh}{y}年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出{short(sg['out'])}"
            f"万元，占“三公”经费的{pct(sg['out'], sgt)}%；公务用车购置及运行费支出{short(veh)}万元，占"
            f"“三公”经费的{pct(veh, sgt)}%；公务接待费支出{short(sg['rec'])}万元，占“三公”经费的"
            f"{pct(sg['rec'], sgt)}%。具体情况如下：",
        )
    )

    def sgchg(cur, key):
        c = cur - pr["sg_" + key]
        claims.append(("year_on_year", None, {"amount": short(cur)}))
        if c == 0:
            return "与上年预算数持平"
        return f"比上年预算{'增加' if c > 0 else '减少'}{short(abs(c))}万元"

    if sg["out"]:
        paras.append(
            (
                "p",
                f"1．因公出国（境）费预算支出{short(sg['out'])}万元，{sgchg(sg['out'], 'out')}，"
                f"{reasons['sg_out']}",
            )
        )
    else:
        paras.append(("p", f"1．因公出国（境）费预算支出0万元，{reasons['sg_out']}"))
    paras.append(("p", f"2．公务用车购置及运行费预算支出{short(veh)}万元。其中："))
    if sg["buy"]:
        paras.append(
            (
                "p",
                f"（1）公务用车购置预算支出{short(sg['buy'])}万元，{sgchg(sg['buy'], 'buy')}，"
                f"{reasons['sg_buy']}",
            )
        )
    paras.append(
        (
            "p",
            f"（{2 if sg['buy'] else 1}）公务用车运行维护费预算支出{short(sg['run'])}万元，"
            f"{sgchg(sg['run'], 'run')}，{reasons['sg_run']}",
        )
    )
    paras.append(
        ("p", f"3．公务接待费预算支出{short(sg['rec'])}万元，{sgchg(sg['rec'], 'rec')}，{reasons['sg_rec']}")
    )
    if has_meet:
        paras.append(
            (
                "p",
                f"{sh}{y}年度一般公共预算拨款安排的会议费预算支出{short(sg['meet'])}万元，"
                f"{sgchg(sg['meet'], 'meet')}。",
            )
        )
        paras.append(
            (
                "p",
                f"{sh}{y}年度一般公共预算拨款安排的培训费预算支出{short(sg['train'])}万元，"
                f"{sgchg(sg['train'], 'train')}。",
            )
        )
    paras.append(("h", f"{cn(sec)}、政府性基金预算支出预算情况说明"))
    sec += 1
    if F:
        paras.append(("p", f"{sh}{y}年政府性基金预算支出{short(F)}万元，{doc['gf_text']}"))
        if "增加" in doc["gf_text"] or "减少" in doc["gf_text"]:
            claims.append(("year_on_year", None, {"amount": short(F)}))
    else:
        paras.append(
            ("p", f"{sh}{y}年无政府性基金预算支出，{doc.get('gf_none', '政府性基金预算支出预算表为空表')}。")
        )
    if tpl == "new" or y >= 2020:
        paras.append(("h", f"{cn(sec)}、国有资本经营预算支出预算情况说明"))
        sec += 1
        paras.append(("p", f"{sh}{y}年无国有资本经营预算支出，国有资本经营预算支出预算表为空表。"))
    paras.append(("h", f"{cn(sec)}、一般公共预算机关运行经费支出预算情况说明"))
    sec += 1
    paras.append(
        (
            "p",
            f"{y}年{sh}一般公共预算机关运行经费预算支出{short(info['OCT'])}万元，"
            f"{chg(info['OCT'], 'oc')}。{reasons['oc']}",
        )
    )
    claims.append(("operating_costs", None, {"amount": short(info["OCT"])}))
    paras.append(("h", f"{cn(sec)}、政府采购支出预算情况说明"))
    sec += 1
    cats = {c.split("、")[1][:2]: d(v) for c, v, _i in info["proc"]}
    txt = f"{y}年度政府采购支出预算总额{short(info['PT'])}万元，其中："
    txt += (
        "、".join(f"拟{'购买' if w == '服务' else '采购'}{w}支出{short(v)}万元" for w, v in cats.items())
        + "。"
    )
    paras.append(("p", txt))
    claims.append(("procurement_total", None, {"amount": short(info["PT"])}))
    paras.append(("h", f"{cn(sec)}、国有资产占用情况"))
    sec += 1
    cars = doc["cars"]
    paras.append(
        (
            "p",
            f"{doc.get('asof', '')}本部门共有车辆{sum(cars.values())}辆，其中，"
            + "、".join(f"{k}{v}辆" for k, v in cars.items())
            + f"。单价20万元（含）以上的设备{doc['devices']}台（套）。",
        )
    )
    nots.append(("共有车辆", str(sum(cars.values())), "a count of vehicles"))
    nots.append(("单价20万元", str(doc["devices"]), "a count of devices"))
    paras.append(("h", f"{cn(sec)}、预算绩效目标设置情况说明"))
    npj, amt = doc["perf"]
    paras.append(
        ("p", f"{y}年本部门共{npj}个项目实行绩效目标管理，涉及一般公共预算当年财政拨款{short(d(amt))}万元。")
    )
    nots.append(("个项目实行绩效目标管理", str(npj), "a count of projects"))
    return paras, claims, nots


def front(doc, tabs):
    y = doc["year"]
    toc = [
        ("part", "第一部分 部门概况"),
        ("item", "一、主要职能"),
        ("item", "二、部门机构设置及预算单位构成情况"),
        ("item", f"三、{y}年度部门主要工作任务及目标"),
        ("part", f"第二部分 {y}年度部门预算表"),
    ]
    for t in tabs:
        title = t.title
        toc.append(
            (
                "item",
                title
                if title[:2].rstrip("、") in CN or "、" in title[:4]
                else f"{cn(len([x for x in toc if x[0] == 'item']) - 2)}、{title}",
            )
        )
    toc += [("part", f"第三部分 {y}年度部门预算情况说明"), ("part", "第四部分 名词解释")]
    units = doc["units"]
    paras = [("part", "第一部分 部门概况"), ("h", "一、主要职责")]
    paras += [("p", s) for s in doc["duties"]]
    paras.append(("h", "二、部门机构设置及预算单位构成情况"))
    paras.append(
        (
            "p",
            f"1．根据部门职责分工，本部门内设机构包括{doc['divisions']}等{doc['n_div']}个内设机构。"
            f"本部门下属单位包括{'、'.join(units[1:])}{len(units) - 1}个事业单位。",
        )
    )
    paras.append(
        (
            "p",
            f"2．从预算单位构成看，纳入本部门{y}年部门汇总预算编制范围的预算单位共计{len(units)}家，"
            f"具体包括：{'、'.join(units)}。",
        )
    )
    paras.append(("h", f"三、{y}年度部门主要工作任务及目标"))
    paras += [("p", s) for s in doc["tasks"]]
    return dict(toc=toc, paras=paras)


GLOSSARY = [
    "一、财政拨款：指一般公共预算财政拨款和政府性基金预算财政拨款。",
    "二、一般公共预算：包括公共财政拨款（补助）资金、专项收入。",
    "三、财政专户管理资金：包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。",
    "四、其他资金：包括事业收入、经营收入、其他收入等。",
    "五、基本支出：指为保障机构正常运转、完成工作任务而发生的人员支出和公用支出。",
    "六、项目支出：指在基本支出之外为完成特定工作任务和事业发展目标所发生的支出。",
    "七、单位预留机动经费：指预算单位年初预留用于年度执行中增人、增资等不可预见支出的经费。",
    "八、“三公”经费：指部门用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "九、机关运行经费：指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的日常公用经费支出。",
]
