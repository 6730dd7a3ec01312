"""Tables, 说明 and claims of the rules_s36f reports (单位预算 / 单位决算 of 事业单位). Everything printed is summed here
from the figures typed in rules_s36f_data.py; nothing reads the parser. Tab / Col / fmt / want / pair / side_exp come
from rules_s33i's builder (../rules_s33i/s33i_lib.py, imported, not copied); the printer is rules_s33i's too.

A report's money is typed per functional 项 (leaves), "code key=amount …":
- budget sources: cf 上年结转, gp 一般公共预算拨款, gf 政府性基金, fsa 财政专户管理资金, biz 事业收入, op 事业单位经营收入,
  up 上级补助收入, aff 附属单位上缴收入, oth 其他收入, bf 用事业基金弥补收支差额;
- final sources: fa 财政拨款收入 (gfi: its 政府性基金 part), up, biz, op 经营收入, aff, oth;
- uses (both): b 基本支出, p 项目支出, opx 经营支出, remit 上缴上级支出, sub 对附属单位补助支出;
- gpb / gpp: the 一般公共预算 money spent as 基本 / 项目 (the 一般公共预算 tables).
A budget leaf's sources equal its uses (checked: a typo fails at import). A final's 收支总表 tail is typed: use (使用非
财政拨款结余 / 用事业基金弥补收支差额), begin / end (年初 / 年末结转和结余, as parts 基本支出结转 | 项目支出结转和结余 | 经营
结余), alloc (结余分配's items); both 总计 must agree. subs: "其中" rows under a summary income item."""

from __future__ import annotations

import os
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33i"))
import s33i_lib as L  # noqa: E402
from s33i_lib import (
    E,
    EB,
    EGF,
    EGP,
    EXP,
    FS,
    GB,
    GF,
    INC,
    IS,
    SG,
    I,
    Col,
    Tab,
    Z,
    d,
    fmt,
    pair,
    side_exp,
    want,
)  # noqa: E402,F401

FUNC = dict(L.FUNC)
FUNC.update(
    {
        "20503": "职业教育",
        "2050302": "中专教育",
        "2050204": "高中教育",
        "21002": "公立医院",
        "2100201": "综合医院",
        "2100202": "中医（民族）医院",
        "2100410": "突发公共卫生事件应急处理",
        "20603": "应用研究",
        "2060301": "机构运行",
        "2060302": "社会公益研究",
        "2060404": "科技成果转化与扩散",
        "2130106": "科技转化与推广服务",
        "21005": "医疗保障",
        "2100502": "事业单位医疗",
        "20599": "其他教育支出",
        "2059999": "其他教育支出",
        "2100299": "其他公立医院支出",
        "2100499": "其他公共卫生支出",
        "2060399": "其他应用研究支出",
    }
)
ECON = dict(L.ECON)
ECON.update({"30104": "社会保障缴费", "30311": "住房公积金", "30218": "专用材料费", "30226": "劳务费"})
SRC_B = ("cf", "gp", "gf", "fsa", "biz", "op", "up", "aff", "oth", "bf")
SRC_F = ("fa", "up", "biz", "op", "aff", "oth")
USE = ("b", "p", "opx", "remit", "sub")
KEYS = set(SRC_B + SRC_F + USE + ("gpb", "gpp", "gfi"))
CN = L.CN


def num(i):
    return f"{CN[i]}、"


class Money:
    def __init__(self, doc):
        self.names = {**FUNC, **doc.get("names", {})}
        self.leaf = {}
        for line in doc["leaves"].strip().splitlines():
            code, *parts = line.split()
            assert all(c in self.names for c in (code, code[:5], code[:3])), code
            self.leaf[code] = {k: d(v) for k, v in (p.split("=") for p in parts)}
            assert set(self.leaf[code]) <= KEYS, (code, self.leaf[code])

    def t(self, keys, code=""):
        keys = (keys,) if isinstance(keys, str) else keys
        return sum(
            (v for c, p in self.leaf.items() if c.startswith(code) for k, v in p.items() if k in keys), Z
        )

    def codes(self, fns):
        out = set()
        for c in self.leaf:
            if any(fn(c) != 0 for fn in fns):
                out |= {c[:3], c[:5], c}
        return sorted(out)


def coded(key, title, doc, m, spec, zero=None, head=("科目编码", "科目名称")):
    """A table by functional code: spec [(header path, column key, value_fn(code))]; rows of the 项 whose any
    column is not zero, with their 类 and 款; 合计 first (or last: style total_last)."""
    z = doc["style"].get("zero", "") if zero is None else zero
    fns = [fn for _h, _k, fn in spec]
    cols = [Col((head[0],), "code"), Col((head[1],), "name")] + [Col(h, "money", k) for h, k, _ in spec]
    tot = ["", "合计"] + [fmt(fn(""), doc["style"].get("tot_zero", z)) for fn in fns]
    body = [[c, m.names[c]] + [fmt(fn(c), z) for fn in fns] for c in m.codes(fns)]
    rows = body + [tot] if doc["style"].get("total_last") else [tot] + body
    exp = []
    for r in rows:
        vals = {c.key: want(r[j]) for j, c in enumerate(cols) if c.kind == "money" and c.key and want(r[j])}
        if vals:
            exp.append((r[0] or None, r[1], vals))
    return Tab(key, title, doc["unit"], cols, rows, exp, kind="coded", landscape=len(spec) > 6)


def two_sided(key, title, doc, left, right, lhead, rheads, rkeys):
    """A two-sided summary: left [(label, value)], right [(label, [values])] (None: the label with no figure)."""
    sz = doc["style"].get("szero", doc["style"].get("zero", ""))
    n = len(rkeys)

    def f(v):
        return "" if v is None else fmt(v, sz)

    lrows = [(lab, [f(v)]) for lab, v in left]
    rrows = [
        (lab, [f(x) for x in vs] if isinstance(vs, list) else [f(vs)] + [""] * (n - 1)) for lab, vs in right
    ]
    rows = pair(lrows, rrows, 1, n)
    cols = [Col(("收入", "项目"), "name"), Col(("收入", lhead), "money", I), Col(("支出", "项目"), "name")]
    cols += [Col(("支出", h), "money", k) for h, k in zip(rheads, rkeys)]
    sides = [(0, [(1, I)]), (2, [(3 + j, k) for j, k in enumerate(rkeys)])]
    return Tab(
        key, title, doc["unit"], cols, rows, side_exp(rows, sides), kind="two", sides=sides, landscape=n > 1
    )


def align(items_l, items_r, tail_l, tail_r, free=False):
    """Both sides' item lists padded to one length, then their tails (the totals) from the same line; free: each
    side's tail right after its own items (the two sides filled from the top, as the old templates print them),
    the two 总计 on the last line."""
    if free:
        left = items_l + tail_l[:-1]
        right = items_r + tail_r[:-1]
        k = max(len(left), len(right))
        left += [("", None)] * (k - len(left))
        right += [("", None)] * (k - len(right))
        while left and right and left[-1] == ("", None) and right[-1] == ("", None):
            left.pop(), right.pop()
        return left + tail_l[-1:], right + tail_r[-1:]
    k = max(len(items_l), len(items_r))
    left = items_l + [("", None)] * (k - len(items_l)) + tail_l
    right = items_r + [("", None)] * (k - len(items_r)) + tail_r
    return left, right


def wrapped(doc, t):
    """A summary whose long labels print over two lines in their cell (doc["wrap"]: label -> (pieces, the line of
    the row's figures)), as a narrow label column makes Excel wrap them."""
    for i, r in enumerate(t.rows):
        if r[0] in doc.get("wrap", {}):
            pieces, fl = doc["wrap"][r[0]]
            assert "".join(pieces) == r[0]
            t.wrap[i] = (pieces, fl)
            t.name_col = 0
    return t


def with_subs(items, subs):
    """Items [(label, value, source key)] with their 其中 rows (subs: key -> [(label, value)]) after them."""
    out = []
    for lab, v, k in items:
        out.append((lab, v))
        for sl, sv in subs.get(k, []):
            assert d(sv) <= v, (lab, sl)
            out.append((sl, d(sv)))
    return out


def econ_table(doc, m, title):
    e = {k: d(v) for k, v in doc["econ"].items()}
    assert sum(e.values()) == m.t("gpb"), (doc["org"], sum(e.values()), m.t("gpb"))
    z = doc["style"].get("zero", "")
    codes = sorted(set(e) | {k[:3] for k in e})
    rows, tot = [], [Z, Z, Z]
    for c in codes:
        v = e[c] if len(c) == 5 else sum((x for k, x in e.items() if k[:3] == c), Z)
        pers = v if c[:3] in ("301", "303") else Z
        rows.append([c, ECON[c], fmt(v, z), fmt(pers, z), fmt(v - pers, z)])
        if len(c) == 3:
            tot = [tot[0] + v, tot[1] + pers, tot[2] + v - pers]
    rows.insert(0, ["", "合计", *(fmt(x, z) for x in tot)])
    cols = [
        Col(("经济分类科目编码",), "code"),
        Col(("经济分类科目名称",), "name"),
        Col(("合计",), "money", "total"),
        Col(("人员经费",), "money", "personnel"),
        Col(("公用经费",), "money", "public_funds"),
    ]
    exp = [
        (r[0] or None, r[1], {c.key: want(r[j]) for j, c in enumerate(cols) if c.key and want(r[j])})
        for r in rows
    ]
    return Tab(EB, title, doc["unit"], cols, rows, exp, kind="econ")


def sangong_table(doc, title):
    final = doc["kind"] == "final_account"
    z = doc["style"].get("sg_zero", doc["style"].get("zero", ""))

    def sg(vals):
        o, p, r, j = (d(x) for x in vals)
        return [o + p + r + j, o, p + r, p, r, j]

    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    heads = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
    ]
    heads += [("公务用车购置及运行费", "公务用车运行费"), ("公务接待费",)]
    if final:
        cols = [Col(("年初预算数",) + h, "money", k + "@budget") for h, k in zip(heads, keys)]
        cols += [Col(("决算数",) + h, "money", k) for h, k in zip(heads, keys)]
        row = [fmt(x, z) for x in sg(doc["sangong_budget"]) + sg(doc["sangong"])]
    else:
        cols = [Col(h, "money", k) for h, k in zip(heads, keys)]
        row = [fmt(x, z) for x in sg(doc["sangong"])]
    exp = [(None, "*", {c.key: want(v) for c, v in zip(cols, row) if want(v)})]
    return Tab(SG, title, doc["unit"], cols, [row], exp, kind="sangong", landscape=final)


def empty(key, title, doc, text):
    return Tab(key, title, doc["unit"], [], [], [], kind="empty", empty=text)


# ============================================================================================ budget
B_ITEMS_NEW = [
    ("一般公共预算拨款收入", "gp"),
    ("政府性基金预算拨款收入", "gf"),
    ("国有资本经营预算拨款收入", None),
    ("财政专户管理资金收入", "fsa"),
    ("事业收入", "biz"),
    ("事业单位经营收入", "op"),
    ("上级补助收入", "up"),
    ("附属单位上缴收入", "aff"),
    ("其他收入", "oth"),
]
B_ITEMS_OLD = [
    ("一般公共预算拨款", "gp"),
    ("政府性基金预算拨款", "gf"),
    ("财政专户管理资金", "fsa"),
    ("事业收入", "biz"),
    ("事业单位经营收入", "op"),
    ("上级补助收入", "up"),
    ("附属单位上缴收入", "aff"),
    ("其他收入", "oth"),
]
B_INC_COLS = {
    "cf": ("上年结转", "carryover_begin"),
    "gp": ("一般公共预算拨款收入", "general_public"),
    "gf": ("政府性基金预算拨款收入", "government_fund"),
    "sc": ("国有资本经营预算拨款收入", "state_capital"),
    "fsa": ("财政专户管理资金收入", "fiscal_special_account"),
    "biz": ("事业收入", "business"),
    "op": ("事业单位经营收入", "operating_income"),
    "up": ("上级补助收入", "upper_grant"),
    "aff": ("附属单位上缴收入", "affiliated_remit"),
    "oth": ("其他收入", "other_income"),
    "bf": ("用事业基金弥补收支差额", "business_fund"),
}
USE_COLS = {
    "b": ("基本支出", "basic"),
    "p": ("项目支出", "project"),
    "opx": ("事业单位经营支出", "operating"),
    "remit": ("上缴上级支出", "remit_upper"),
    "sub": ("对附属单位补助支出", "subsidy_affiliated"),
}


def build_budget(doc, m):
    _st, y = doc["style"], doc["year"]
    old = doc["template"] == "old"
    T = doc["titles"]
    for c, p in m.leaf.items():  # a budget 项 spends what it receives
        assert sum((p.get(k, Z) for k in SRC_B), Z) == sum((p.get(k, Z) for k in USE), Z), (doc["org"], c)
        assert p.get("gpb", Z) + p.get("gpp", Z) == p.get("gp", Z), (doc["org"], c)
    tabs = []
    # ---------------------------------------------------------------- 收支总表
    keep = doc.get("b_items")  # the items the template prints (all: None)
    base = [
        (lab, k) for lab, k in (B_ITEMS_OLD if old else B_ITEMS_NEW) if keep is None or (k or "sc") in keep
    ]
    assert all(m.t(k) == 0 for k in SRC_B if k not in ("cf", "bf") and k not in {b for _l, b in base}), doc[
        "org"
    ]
    items = [(num(i) + lab, m.t(k) if k else Z, k) for i, (lab, k) in enumerate(base)]
    inc_total = sum((x[1] for x in items), Z)
    left = with_subs(items, {k: v for k, v in doc.get("subs", {}).items()})
    spend = m.t(USE)
    if doc.get("exp_side", "func") == "func":
        classes = m.codes([lambda c: m.t(USE, c)])
        right = [(num(i) + m.names[c], m.t(USE, c)) for i, c in enumerate(x for x in classes if len(x) == 3)]
    else:
        right = [(num(i) + USE_COLS[k][0], m.t(k)) for i, k in enumerate(USE)]
    tail_l = [("本年收入合计", inc_total)]
    for k in doc.get("b_tail", ("bf", "cf")):
        tail_l.append(({"bf": "用事业基金弥补收支差额", "cf": "上年结转"}[k], m.t(k)))
    grand = inc_total + m.t(("bf", "cf"))
    assert grand == spend, (doc["org"], grand, spend)
    tail_l.append(("收入总计", grand))
    tail_r = (
        [("本年支出合计", spend), ("结转下年", Z)] + [("", None)] * (len(tail_l) - 3) + [("支出总计", spend)]
    )
    if doc.get("free_tail"):
        tail_r = [x for x in tail_r if x != ("", None)]
    lt, rt = align(left, right, tail_l, tail_r, doc.get("free_tail"))
    tabs.append(wrapped(doc, two_sided(IS, T[IS], doc, lt, rt, "预算数", ["预算数"], [E])))
    # ---------------------------------------------------------------- 收入总表 (wide)
    spec = []
    for k in doc["inc_cols"]:
        h, key = B_INC_COLS[k]
        spec.append(((h,), key, (lambda c, k=k: m.t(k, c)) if k != "sc" else (lambda c: Z)))
    if doc.get("inc_sub"):  # a "其中" column after its source's: a part of it, no key (must not load)
        k, lab, per = doc["inc_sub"]
        per = {c: d(x) for c, x in per.items()}
        assert all(per[c] <= m.t(k, c) for c in per), doc["org"]
        assert [(lab, sum(per.values()))] == [(sl, d(sv)) for sl, sv in doc["subs"][k]], doc["org"]
        at = next(i for i, x in enumerate(spec) if x[1] == B_INC_COLS[k][1]) + 1
        spec.insert(at, ((lab,), None, lambda c: sum((x for q, x in per.items() if q.startswith(c)), Z)))
    spec.insert(0, (("合计",), "total", lambda c: m.t(SRC_B, c)))
    tabs.append(coded(INC, T[INC], doc, m, spec))
    # ---------------------------------------------------------------- 支出总表 (wide)
    spec = [(("合计",), "total", lambda c: m.t(USE, c))]
    spec += [((USE_COLS[k][0],), USE_COLS[k][1], lambda c, k=k: m.t(k, c)) for k in doc.get("exp_cols", USE)]
    tabs.append(coded(EXP, T[EXP], doc, m, spec))
    # ---------------------------------------------------------------- 财政拨款收支总表
    fitems = [(num(0) + ("一般公共预算拨款" if old else "一般公共预算拨款收入"), m.t("gp"))]
    fitems.append((num(1) + ("政府性基金预算拨款" if old else "政府性基金预算拨款收入"), m.t("gf")))
    ftot = m.t(("gp", "gf"))
    fcl = [c for c in m.codes([lambda c: m.t(("gp", "gf"), c)]) if len(c) == 3]
    fright = [
        (num(i) + m.names[c], [m.t(("gp", "gf"), c), m.t("gp", c), m.t("gf", c)]) for i, c in enumerate(fcl)
    ]
    ftl = [("本年收入合计", ftot), ("上年结转", Z), ("收入总计", ftot)]
    ftr = [
        ("本年支出合计", [ftot, m.t("gp"), m.t("gf")]),
        ("结转下年", [Z, Z, Z]),
        ("支出总计", [ftot, m.t("gp"), m.t("gf")]),
    ]
    lt, rt = align(fitems, fright, ftl, ftr)
    tabs.append(
        two_sided(FS, T[FS], doc, lt, rt, "预算数", ["合计", "一般公共预算", "政府性基金预算"], [E, EGP, EGF])
    )
    # ---------------------------------------------------------------- 一般公共预算 / 基本支出 / 三公 / 政府性基金
    spec = [
        (("合计",), "total", lambda c: m.t(("gpb", "gpp"), c)),
        (("基本支出",), "basic", lambda c: m.t("gpb", c)),
        (("项目支出",), "project", lambda c: m.t("gpp", c)),
    ]
    tabs.append(coded(GB, T[GB], doc, m, spec))
    tabs.append(econ_table(doc, m, T[EB]))
    tabs.append(sangong_table(doc, T[SG]))
    tabs.append(
        empty(GF, T[GF], doc, f"{doc['org']}{y}年没有使用政府性基金预算拨款安排的支出，故本表无数据。")
    )
    info = dict(grand=grand, inc_total=inc_total, spend=spend, ftot=ftot)
    return tabs, info


# ============================================================================================ final
F_ITEMS_NEW = [
    ("一般公共预算财政拨款收入", "gp"),
    ("政府性基金预算财政拨款收入", "gfi"),
    ("国有资本经营预算财政拨款收入", None),
    ("上级补助收入", "up"),
    ("事业收入", "biz"),
    ("经营收入", "op"),
    ("附属单位上缴收入", "aff"),
    ("其他收入", "oth"),
]
F_ITEMS_OLD = [
    ("财政拨款收入", "fa"),
    ("上级补助收入", "up"),
    ("事业收入", "biz"),
    ("经营收入", "op"),
    ("附属单位上缴收入", "aff"),
    ("其他收入", "oth"),
]
PARTS = ("基本支出结转", "项目支出结转和结余", "经营结余")


def build_final(doc, m):
    _st, y = doc["style"], doc["year"]
    old = doc["template"] == "old"
    T = doc["titles"]
    tabs = []
    gp_in = m.t("fa") - m.t("gfi")

    def src(k, c=""):
        return m.t("fa", c) - m.t("gfi", c) if k == "gp" else m.t(k, c) if k else Z

    # ---------------------------------------------------------------- 收入支出决算总表
    items = [(num(i) + lab, src(k), k) for i, (lab, k) in enumerate(F_ITEMS_OLD if old else F_ITEMS_NEW)]
    inc_total = m.t(SRC_F)
    left = with_subs(items, doc.get("subs", {}))
    spend = m.t(USE)
    classes = [c for c in m.codes([lambda c: m.t(USE, c)]) if len(c) == 3]
    right = [(num(i) + m.names[c], m.t(USE, c)) for i, c in enumerate(classes)]
    use_label, use = doc["use"]
    begin = [d(x) for x in doc["begin"].split()]
    end = [d(x) for x in doc["end"].split()]
    alloc = [(lab, d(v)) for lab, v in doc["alloc"]]
    tail_l = [("本年收入合计", inc_total), (use_label, d(use)), ("年初结转和结余", sum(begin, Z))]
    if doc.get("begin_split"):
        tail_l += [(("其中：" if i == 0 else "") + p, v) for i, (p, v) in enumerate(zip(PARTS, begin))]
    grand = inc_total + d(use) + sum(begin, Z)
    tail_l.append(("总计", grand))
    tail_r = [("本年支出合计", spend), ("结余分配", sum((v for _l, v in alloc), Z))]
    tail_r += [(("其中：" if i == 0 else "") + lab, v) for i, (lab, v) in enumerate(alloc)]
    tail_r += [("年末结转和结余", sum(end, Z))]
    tail_r += [(("其中：" if i == 0 else "") + p, v) for i, (p, v) in enumerate(zip(PARTS, end))]
    assert spend + sum((v for _l, v in alloc), Z) + sum(end, Z) == grand, (doc["org"], grand)
    k = max(len(tail_l), len(tail_r) + 1)
    tail_l = tail_l[:-1] + [("", None)] * (k - len(tail_l)) + tail_l[-1:]
    tail_r = tail_r + [("", None)] * (k - 1 - len(tail_r)) + [("总计", grand)]
    if doc.get("free_tail"):  # the tails unpadded: each side's rows right after its items
        tail_l = [x for x in tail_l if x != ("", None)]
        tail_r = [x for x in tail_r if x != ("", None)]
    lt, rt = align(left, right, tail_l, tail_r, doc.get("free_tail"))
    tabs.append(wrapped(doc, two_sided(IS, T[IS], doc, lt, rt, "金额", ["金额"], [E])))
    # ---------------------------------------------------------------- 收入决算表 / 支出决算表
    spec = [
        (("本年收入合计",), "total", lambda c: m.t(SRC_F, c)),
        (("财政拨款收入",), "fiscal_appropriation", lambda c: m.t("fa", c)),
    ]
    for h, key, k in (
        ("上级补助收入", "upper_grant", "up"),
        ("事业收入", "business", "biz"),
        ("经营收入", "operating_income", "op"),
        ("附属单位上缴收入", "affiliated_remit", "aff"),
        ("其他收入", "other_income", "oth"),
    ):
        spec.append(((h,), key, lambda c, k=k: m.t(k, c)))
    tabs.append(coded(INC, T[INC], doc, m, spec))
    spec = [(("本年支出合计",), "total", lambda c: m.t(USE, c))]
    for k in ("b", "p", "remit", "opx", "sub"):
        h, key = USE_COLS[k]
        spec.append((("经营支出" if k == "opx" else h,), key, lambda c, k=k: m.t(k, c)))
    tabs.append(coded(EXP, T[EXP], doc, m, spec))
    # ---------------------------------------------------------------- 财政拨款收入支出决算总表
    gp_out = m.t(("gpb", "gpp"))
    fb = d(doc["fiscal_begin"])
    fe = fb + gp_in - gp_out
    assert 0 <= fb <= sum(begin, Z) and 0 <= fe <= sum(end, Z), (doc["org"], fb, fe)
    fitems = [
        (num(0) + "一般公共预算财政拨款", gp_in),
        (num(1) + "政府性基金预算财政拨款", m.t("gfi")),
        (num(2) + "国有资本经营预算财政拨款", Z),
    ]
    fcl = [c for c in m.codes([lambda c: m.t(("gpb", "gpp"), c)]) if len(c) == 3]
    fright = [
        (num(i) + m.names[c], [m.t(("gpb", "gpp"), c), m.t(("gpb", "gpp"), c), Z]) for i, c in enumerate(fcl)
    ]
    ftl = [("本年收入合计", gp_in), ("年初财政拨款结转和结余", fb), ("总计", fb + gp_in)]
    ftr = [
        ("本年支出合计", [gp_out, gp_out, Z]),
        ("年末财政拨款结转和结余", [fe, fe, Z]),
        ("总计", [fb + gp_in, fb + gp_in, Z]),
    ]
    lt, rt = align(fitems, fright, ftl, ftr)
    heads = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]
    tabs.append(two_sided(FS, T[FS], doc, lt, rt, "金额", heads, [E, EGP, EGF]))
    # ---------------------------------------------------------------- 一般公共预算 / 基本支出 / 三公 / 政府性基金 / 国有资本
    spec = [
        (("合计",), "total", lambda c: m.t(("gpb", "gpp"), c)),
        (("基本支出",), "basic", lambda c: m.t("gpb", c)),
        (("项目支出",), "project", lambda c: m.t("gpp", c)),
    ]
    tabs.append(coded(GB, T[GB], doc, m, spec))
    tabs.append(econ_table(doc, m, T[EB]))
    tabs.append(sangong_table(doc, T[SG]))
    tabs.append(empty(GF, T[GF], doc, f"本单位{y}年度无政府性基金预算财政拨款收入、支出，故本表为空表。"))
    if not old:
        tabs.append(
            empty(
                "state_capital",
                "国有资本经营预算财政拨款支出决算表",
                doc,
                f"本单位{y}年度无国有资本经营预算财政拨款支出，故本表为空表。",
            )
        )
    info = dict(
        grand=grand,
        inc_total=inc_total,
        spend=spend,
        gp_in=gp_in,
        gp_out=gp_out,
        fb=fb,
        fe=fe,
        begin=begin,
        end=end,
        alloc=alloc,
        use=d(use),
        use_label=use_label,
    )
    return tabs, info


# ============================================================================================ re-adding
def v(s):
    return d(s) if s else Z


def readd(name, tabs):
    """Re-add every printed table from its printed strings: coded tables row total = Σ parts, 类 = Σ 款 = Σ 项,
    合计 = Σ 类; summaries: items = 本年 total, both 总计 equal; across: 收支总表 类 = 支出表 类, income items =
    收入表 合计 row."""
    by = {}
    for t in tabs:
        by[t.key] = t
        if t.kind == "coded":
            body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
            keys = [c.key for c in t.cols[2:]]
            for c, vals in body.items():
                parts = [x for k, x in zip(keys, vals) if k not in ("total", None)]
                assert vals[0] == sum(parts, Z), (name, t.title, c)
                kids = [
                    k
                    for k in body
                    if k
                    and len(k) == {None: 3, 3: 5, 5: 7}.get(None if c is None else len(c), 0)
                    and k.startswith(c or "")
                ]
                if kids:
                    for i in range(len(vals)):
                        assert sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)
        if t.kind == "econ":
            tot = [v(x) for x in t.rows[0][2:]]
            assert tot[0] == tot[1] + tot[2]
            for i in range(3):
                assert tot[i] == sum(v(r[2 + i]) for r in t.rows[1:] if len(r[0]) == 3), (name, "econ")
        if t.kind == "sangong":
            r = [v(x) for x in t.rows[0]]
            for o in range(0, len(r), 6):
                assert r[o] == r[o + 1] + r[o + 2] + r[o + 5] and r[o + 2] == r[o + 3] + r[o + 4], name
    # summaries
    s = by[IS]
    lab = {}
    for r in s.rows:
        for li, vi in ((0, 1), (2, 3)):
            if r[li]:
                lab.setdefault((li, r[li]), v(r[vi]))
    main_l = [
        v(r[1])
        for r in s.rows
        if r[0][:2] in [c + "、" for c in CN[:10]] or r[0][:3] in [c + "、" for c in CN[10:]]
    ]
    main_r = [
        v(r[3])
        for r in s.rows
        if r[2][:2] in [c + "、" for c in CN[:10]] or r[2][:3] in [c + "、" for c in CN[10:]]
    ]
    inc_total = lab[(0, "本年收入合计")]
    assert sum(main_l, Z) == inc_total, (name, "summary income")
    spend = lab[(2, "本年支出合计")]
    inc = by[INC].rows[0 if by[INC].rows[0][1] == "合计" else -1]
    exp = by[EXP].rows[0 if by[EXP].rows[0][1] == "合计" else -1]
    assert v(exp[2]) == spend, (name, "支出表 合计")
    gl = [v(r[1]) for r in s.rows if r[0] in ("总计", "收入总计")]
    gr = [v(r[3]) for r in s.rows if r[2] in ("总计", "支出总计")]
    assert gl == gr and len(gl) == 1, (name, gl, gr)
    if main_r and by[EXP].rows:
        classes = [(r[1], v(r[2])) for r in by[EXP].rows if len(r[0]) == 3]
        named = [(r[2].split("、", 1)[1], v(r[3])) for r in s.rows if r[2].split("、", 1)[0] in CN]
        if {c for c, _v in classes} == {c for c, _v in named}:
            assert classes == named, (name, "类")
        else:
            assert sum(main_r, Z) == spend, (name, "支出用途")
    return inc, exp


def wan(x, unit):
    y = x / 10000 if unit == "元" else x
    return f"{y.quantize(D('0.01'), ROUND_HALF_UP):,.2f}"


def rate(a, b):
    return str((a / b * 100).quantize(D("0.01"), ROUND_HALF_UP))


def build(name, doc):
    m = Money(doc)
    tabs, info = (build_final if doc["kind"] == "final_account" else build_budget)(doc, m)
    readd(name, tabs)
    text, claims, not_claims = narrative(doc, m, info)
    return tabs, info, text, claims, not_claims


def narrative(doc, m, info):
    """The 说明: [(text, is_heading)], the claims it states [(kind, code, figures in 万元)], and the pieces that
    state 结余 / 事业基金 / 经营 figures that are no claim of a total (not_claims: piece, figure, why)."""
    y, org, u = doc["year"], doc["org"], doc["unit"]
    final = doc["kind"] == "final_account"

    def W(x):  # noqa: N802
        return wan(x, u)

    def n(x):
        return W(x).replace(",", "")

    out, claims, nots = [], [], []
    out.append(("第一部分 单位概况", True))
    out.append(("一、主要职能", True))
    out.append((doc["profile"], False))
    out.append(("二、机构设置", True))
    out.append((doc["setup"], False))
    if final:
        out.append((f"第二部分 {y}年度单位决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(info['grand'])}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入决算情况说明", True))
        parts = [("财政拨款收入", m.t("fa")), ("上级补助收入", m.t("up")), ("事业收入", m.t("biz"))]
        parts += [("经营收入", m.t("op")), ("附属单位上缴收入", m.t("aff")), ("其他收入", m.t("oth"))]
        said = "，".join(f"{lab}{W(x)}万元" for lab, x in parts if x)
        out.append((f"本年收入合计{W(info['inc_total'])}万元，其中：{said}。", False))
        claims.append(("total_income", None, {"amount": n(info["inc_total"])}))
        if info["use"]:
            out.append((f"{info['use_label']}{W(info['use'])}万元，用于弥补当年收支差额。", False))
            nots.append((info["use_label"], n(info["use"]), "a 结余 used, no total"))
        out.append((f"年初结转和结余{W(sum(info['begin'], Z))}万元。", False))
        out.append(("三、支出决算情况说明", True))
        parts = [(USE_COLS[k][0] if k != "opx" else "经营支出", m.t(k)) for k in USE]
        said = "，".join(f"{lab}{W(x)}万元" for lab, x in parts if x)
        out.append((f"本年支出合计{W(info['spend'])}万元，其中：{said}。", False))
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        alloc = sum((x for _l, x in info["alloc"]), Z)
        items = "、".join(f"{lab.replace('其中：', '')}{W(x)}万元" for lab, x in info["alloc"] if x)
        out.append((f"结余分配{W(alloc)}万元，其中：{items}。", False))
        nots.append(("结余分配", n(alloc), "a 结余分配, no total"))
        e = info["end"]
        out.append(
            (
                f"年末结转和结余{W(sum(e, Z))}万元，其中：基本支出结转{W(e[0])}万元，项目支出结转和结余{W(e[1])}万元，"
                f"经营结余{W(e[2])}万元。",
                False,
            )
        )
        nots.append(("年末结转和结余", n(sum(e, Z)), "a 结转, no total"))
        if e[2] < 0:
            nots.append(("经营结余", n(-e[2]), "a negative 经营结余, no total"))
        out.append(("四、财政拨款收入支出决算总体情况说明", True))
        ft = info["fb"] + info["gp_in"]
        out.append((f"{y}年度财政拨款收入支出决算总计{W(ft)}万元。", False))
        claims.append(("fiscal_total_income_expenditure", None, {"amount": n(ft)}))
        out.append(("五、一般公共预算财政拨款支出决算情况说明", True))
        bud, gp = d(doc["gp_budget"]), info["gp_out"]
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数{'大于' if gp > bud else '小于'}年初预算数的主要原因是"
                f"{'年中追加了人员经费和项目资金' if gp > bud else '厉行节约'}。",
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        b = sum(d(x) for x in doc["sangong_budget"])
        a = sum(d(x) for x in doc["sangong"])
        out.append(("六、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(b)}万元，支出决算为{W(a)}万元，完成年初预算的{rate(a, b)}%。",
                False,
            )
        )
        claims.append(("sangong_execution", None, {"budget": n(b), "actual": n(a), "rate": rate(a, b)}))
        out.append(("七、机关运行经费支出情况说明", True))
        out.append(("本单位为事业单位，不涉及机关运行经费。", False))
    else:
        out.append((f"第二部分 {y}年单位预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append((f"{org}{y}年收支预算总计{W(info['grand'])}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入预算情况说明", True))
        parts = [(B_INC_COLS[k][0], m.t(k)) for k in ("gp", "gf", "fsa", "biz", "op", "up", "aff", "oth")]
        said = "，".join(f"{lab}{W(x)}万元" for lab, x in parts if x)
        out.append((f"本年收入合计{W(info['inc_total'])}万元，其中：{said}。", False))
        claims.append(("total_income", None, {"amount": n(info["inc_total"])}))
        for k, xs in doc.get("subs", {}).items():
            for lab, sv in xs:
                out.append((f"{B_INC_COLS[k][0]}中，{lab.replace('其中：', '')}{W(d(sv))}万元。", False))
        if m.t("bf"):
            out.append((f"用事业基金弥补收支差额{W(m.t('bf'))}万元。", False))
            nots.append(("用事业基金弥补收支差额", n(m.t("bf")), "a reserve drawn, no total"))
        if m.t("cf"):
            out.append((f"上年结转{W(m.t('cf'))}万元。", False))
        out.append(("三、支出预算情况说明", True))
        parts = [(USE_COLS[k][0], m.t(k)) for k in USE]
        said = "，".join(f"{lab}{W(x)}万元" for lab, x in parts if x)
        out.append((f"本年支出合计{W(info['spend'])}万元，其中：{said}。", False))
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、财政拨款收支预算总体情况说明", True))
        out.append((f"{y}年财政拨款收支预算总计{W(info['ftot'])}万元。", False))
        claims.append(("fiscal_total_income_expenditure", None, {"amount": n(info["ftot"])}))
        out.append(("五、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算支出{W(m.t(('gpb', 'gpp')))}万元，其中：基本支出{W(m.t('gpb'))}万元，项目支出"
                f"{W(m.t('gpp'))}万元。",
                False,
            )
        )
        sv = [d(x) for x in doc["sangong"]]
        out.append(("六、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sum(sv))}万元，其中：因公出国（境）费{W(sv[0])}万元，公务用车购置及运行费"
                f"{W(sv[1] + sv[2])}万元，公务接待费{W(sv[3])}万元。",
                False,
            )
        )
    a = doc["assets"]
    out.append(("其他重要事项的情况说明", True))
    out.append(
        (
            f"截至{y - 1 if not final else y}年12月31日，本单位共有车辆{a[0]}辆，其中：特种专业技术用车{a[1]}辆；"
            f"单位价值50万元以上通用设备{a[2]}台（套），单位价值100万元以上专用设备{a[3]}台（套）。",
            False,
        )
    )
    nots += [
        ("共有车辆", str(a[0]), "a count of vehicles"),
        ("特种专业技术用车", str(a[1]), "a count"),
        ("通用设备", str(a[2]), "a count of equipment"),
        ("专用设备", str(a[3]), "a count of equipment"),
    ]
    out.append(("第四部分 名词解释", True))
    for i, text in enumerate(doc["terms"]):
        out.append((f"{num(i)}{text}", False))
    return out, claims, nots
