"""The rules_s39b 部门预算 of the later Jiangsu template ("表1" …, 2021 / 2023) with what rules_s38c's build does not
draw: 国有资本经营预算 MONEY (leaf kind "sc": 国有资本经营 项目支出) beside 政府性基金 money, the 收入预算总表 and 支出预算总表
with GROUP columns (本年收入 → 一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 财政专户管理资金 | 单位资金; 本年支出 →
基本支出 | 项目支出 | 单位预留机动经费), the 一般公共预算基本支出预算表 either as two blocks side by side (人员经费 | 公用经费,
each 科目编码 | 科目名称 | 金额, closed by 人员经费合计 | 公用经费合计) or with its economic code split in 类 | 款 columns,
政府性基金 / 国有资本经营 tables with 合计 | 基本支出 | 项目支出 columns, the 三公 table with 因公出国 zero, the 国有资产 paragraph
with 单价50万元以上通用设备 / 单价100万元以上专用设备.

It imports rules_s38c's helpers (Model, Tab, coded_rows, econ_tree, the economic names, the 说明 writer and the front
matter) and asserts every identity here, at import of the data:
- per 项: total = 基本 + 项目 + 预留; 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营; 类 = Σ 款 = Σ 项 (built so);
- the typed check totals (total, basic, project, reserve, general, fund, state, special, other) = Σ of the 项;
- the typed 基本支出 economic figures: Σ = the 一般公共预算 基本支出; 人员经费 (301 + 303) + 公用经费 (302 + 310) = 基本;
- 机关运行经费: Σ = its typed total, each item ≤ the 基本支出 item of its code;
- 三公 = 出国 + 车 + 接待, 车 = 购置 + 运行; 政府采购: Σ items = category, Σ categories = typed total;
- every printed table re-added (each column's 合计 = Σ of its 类 rows; 类 = Σ 款 = Σ 项).
Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s38c"))
import s38c_lib as L  # noqa: E402
from s38c_lib import ECON_NEW, Z, Tab, cn, coded_rows, d, econ_tree, fmt, pct, short, two_sided_rows, want  # noqa: E402

CLASSES = L.CLASS_NAMES["new"][:-1] + [("223", "国有资本经营预算支出"), ("229", "其他支出")]


class Model(L.Model):
    """rules_s38c's Model with the 国有资本经营 kind "sc" (项目支出, 财政拨款)."""

    KINDS = ("gb", "gp", "rs", "gf", "sc", "sp", "ob", "op")

    def project(self, c=None):
        return self.v(("gp", "gf", "sc", "sp", "op"), c)

    def state(self, c=None):
        return self.v("sc", c)

    def fiscal(self, c=None):
        return self.general(c) + self.fund(c) + self.state(c)


def readd(t, cols):
    """Re-add a coded table: each column's 合计 = Σ 类 rows; 类 = Σ 款 rows; 款 = Σ 项 rows (cells as printed)."""
    rows = [r for r in t.rows if r[0] and r[0].isdigit()]
    tot = t.rows[0]
    for j in cols:
        s = sum((d(r[j]) for r in rows if len(r[0]) == 3), Z)
        assert s == d(tot[j]), (t.title, j, s, tot[j])
        for r in rows:
            if len(r[0]) in (3, 5):
                sub = sum((d(x[j]) for x in rows if len(x[0]) == len(r[0]) + 2 and x[0].startswith(r[0])), Z)
                assert sub == d(r[j]), (t.title, r[0], j, sub, r[j])


def build_new(doc):
    """(tabs, expected tables, info) of a later-template 部门预算 (2021 / 2023) with the variations above."""
    m = Model(doc)
    y, st = doc["year"], doc.get("style", {})
    sep = st.get("sep", True)
    T, B, P, R = m.total(), m.basic(), m.project(), m.reserve()
    G, F, SC, S, O = m.general(), m.fund(), m.state(), m.special(), m.other()
    FB = m.v("gb")
    for k, val in (
        ("total", T),
        ("basic", B),
        ("project", P),
        ("reserve", R),
        ("general", G),
        ("fund", F),
        ("state", SC),
        ("special", S),
        ("other", O),
    ):
        assert d(doc["check"].get(k, "0")) == val, (doc["name"], k, val)
    assert T == B + P + R == G + F + SC + S + O
    econ = doc["econ"]
    tree = econ_tree(doc, econ, ECON_NEW)
    ET = sum((d(v) for v in econ.values()), Z)
    assert ET == FB, (doc["name"], "econ", ET, FB)
    pe = sum((v for c, _n, v in tree if c in ("301", "303")), Z)
    pu = sum((v for c, _n, v in tree if c in ("302", "310")), Z)
    assert pe + pu == ET
    oc = doc["oc"]
    OCT = sum((d(v) for v in oc.values()), Z)
    assert d(doc["check"]["oc"]) == OCT, (doc["name"], "oc", OCT)
    for c, v in oc.items():
        assert c in econ and d(v) <= d(econ[c]), (doc["name"], "oc", c)
    sg = {k: d(v) for k, v in doc["sangong"].items()}
    veh = sg["buy"] + sg["run"]
    sgt = sg["out"] + veh + sg["rec"]
    assert d(doc["check"]["sangong"]) == sgt, (doc["name"], "sangong", sgt)
    assert sg["rec"] <= d(econ.get("30217", "0")) or "30217" not in econ
    proc = doc["proc"]
    PT = sum((d(v) for _c, v, _i in proc), Z)
    for _c, v, items in proc:
        assert sum((d(a) for *_x, a in items), Z) == d(v), (doc["name"], _c)
    assert d(doc["check"]["proc"]) == PT, (doc["name"], "proc", PT)

    tabs, expected = [], []
    n_tab = [0]
    ow = "部门名称："
    rep = st.get("repeat_head", True)

    def lab_title(title):
        n_tab[0] += 1
        return f"表{n_tab[0]}", title

    def add(t):
        tabs.append(t)
        if t.exp:
            expected.append(dict(table=t.key, unit="万元", rows=t.exp))

    def F_(x):
        return fmt(x, sep) if x else ""

    # 表1 收支预算总表
    lab, title = lab_title("收支预算总表")
    cls_rows = [(f"{cn(i + 1)}、{n}", F_(m.total(c))) for i, (c, n) in enumerate(CLASSES)]
    inc = [
        ("一、一般公共预算拨款收入", F_(G)),
        ("二、政府性基金预算拨款收入", F_(F)),
        ("三、国有资本经营预算拨款收入", F_(SC)),
        ("四、财政专户管理资金收入", F_(S)),
        ("五、单位资金收入", F_(O)),
    ]
    rows = two_sided_rows(inc, cls_rows)
    rows.append(["本年收入合计", F_(T), "本年支出合计", F_(T)])
    rows.append(["上年结转结余", "", "年终结转结余", ""])
    rows.append(["收 入 总 计", F_(T), "支 出 总 计", F_(T)])
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
        (None, "本年收入合计", {"income": F_(T)}),
        (None, "本年支出合计", {"expenditure": F_(T)}),
        (None, "收入总计", {"income": F_(T)}),
        (None, "支出总计", {"expenditure": F_(T)}),
    ]
    assert sum((d(b) for _a, b in cls_rows), Z) == T == sum((d(b) for _a, b in inc), Z)
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

    # 表2 收入预算总表: 合计 | 本年收入 (5 sources) | 上年结转
    lab, title = lab_title("收入预算总表")
    cols = [
        ("合计", "total", m.total),
        ("一般公共预算", "general_public", m.general),
        ("政府性基金预算", "government_fund", m.fund),
        ("国有资本经营预算", "state_capital", m.state),
        ("财政专户管理资金", "fiscal_special_account", m.special),
        ("单位资金", "unit_funds", m.other),
        ("上年结转", "carryover_begin", lambda c: Z),
    ]
    rows, exp = coded_rows(m, m.codes, cols, "合计", 1, sep)
    head = [
        ("科目编码", 0, 1, 0, 0),
        ("科目名称", 0, 1, 1, 1),
        ("合计", 0, 1, 2, 2),
        ("本年收入", 0, 0, 3, 7),
        ("上年结转", 0, 1, 8, 8),
    ] + [(h, 1, 1, 3 + i, 3 + i) for i, (h, _k, _f) in enumerate(cols[1:6])]
    t = Tab(
        "income_by_function",
        title,
        "coded",
        [46, 115, 52, 50, 50, 50, 50, 46, 46],
        list("llrrrrrrr"),
        head,
        2,
        rows,
        exp,
        label=lab,
        org_word=ow,
        repeat_head=rep,
    )
    readd(t, range(2, 8))
    for r in rows:
        assert sum((d(x) for x in r[3:8]), Z) == d(r[2]), r
    add(t)

    # 表3 支出预算总表: 合计 | 本年支出 (基本 | 项目 | 预留) | 结转下年
    lab, title = lab_title("支出预算总表")
    cols = [
        ("合计", "total", m.total),
        ("基本支出", "basic", m.basic),
        ("项目支出", "project", m.project),
        ("单位预留机动经费", "reserve", m.reserve),
    ]
    rows, exp = coded_rows(m, m.codes, cols, "合计", 1, sep)
    rows = [r + [""] for r in rows]
    head = [
        ("科目编码", 0, 1, 0, 0),
        ("科目名称", 0, 1, 1, 1),
        ("合计", 0, 1, 2, 2),
        ("本年支出", 0, 0, 3, 5),
        ("结转下年", 0, 1, 6, 6),
    ] + [(h, 1, 1, 3 + i, 3 + i) for i, (h, _k, _f) in enumerate(cols[1:])]
    t = Tab(
        "expenditure_by_function",
        title,
        "coded",
        [52, 150, 62, 62, 62, 62, 55],
        list("llrrrrr"),
        head,
        2,
        rows,
        exp,
        label=lab,
        org_word=ow,
        repeat_head=rep,
    )
    readd(t, range(2, 6))
    for r in rows:
        assert sum((d(x) for x in r[3:6]), Z) == d(r[2]), r
    add(t)

    # 表4 财政拨款收支预算总表
    lab, title = lab_title("财政拨款收支预算总表")
    left = [("一、一般公共预算", F_(G)), ("二、政府性基金预算", F_(F)), ("三、国有资本经营预算", F_(SC))]
    right = [
        ("一、基本支出", F_(FB)),
        ("二、项目支出", F_(m.v(("gp", "gf", "sc")))),
        ("三、单位预留机动经费", F_(R)),
    ]
    fin = m.fiscal()
    assert sum((d(b) for _a, b in left), Z) == fin == sum((d(b) for _a, b in right), Z)
    rows = two_sided_rows(left, right)
    rows.append(["收入合计", F_(fin), "支出合计", F_(fin)])
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
    exp += [(None, "收入合计", {"income": F_(fin)}), (None, "支出合计", {"expenditure": F_(fin)})]
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

    # 表5 一般公共预算支出预算表
    lab, title = lab_title("一般公共预算支出预算表")
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
    t = Tab(
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
        repeat_head=rep,
    )
    readd(t, range(2, 6))
    add(t)

    # 表6 一般公共预算基本支出预算表
    lab, title = lab_title("一般公共预算基本支出预算表")
    if st.get("econ_blocks"):
        b1 = [x for x in tree if x[0][:3] in ("301", "303")]
        b2 = [x for x in tree if x[0][:3] in ("302", "310")]
        n = max(len(b1), len(b2))
        rows = []
        for i in range(n):
            row = []
            for b in (b1, b2):
                row += [b[i][0], b[i][1], fmt(b[i][2], sep)] if i < len(b) else ["", "", ""]
            rows.append(row)
        rows.append(["人员经费合计", "", fmt(pe, sep), "公用经费合计", "", fmt(pu, sep)])
        exp = [(c, nm, {"total": fmt(v, sep)}) for c, nm, v in b1 + b2]
        exp += [
            (None, "人员经费合计", {"total": fmt(pe, sep)}),
            (None, "公用经费合计", {"total": fmt(pu, sep)}),
        ]
        head = [
            ("人员经费", 0, 0, 0, 2),
            ("公用经费", 0, 0, 3, 5),
            ("科目编码", 1, 1, 0, 0),
            ("科目名称", 1, 1, 1, 1),
            ("金额", 1, 1, 2, 2),
            ("科目编码", 1, 1, 3, 3),
            ("科目名称", 1, 1, 4, 4),
            ("金额", 1, 1, 5, 5),
        ]
        add(
            Tab(
                "general_budget_basic_by_economic",
                title,
                "coded",
                [46, 140, 67, 46, 140, 66],
                list("llrllr"),
                head,
                2,
                rows,
                exp,
                label=lab,
                org_word=ow,
                repeat_head=rep,
            )
        )
    else:
        # economic code split in 类 | 款 columns; 合计 | 人员经费 | 公用经费
        rows = [["合计", "", "", fmt(ET, sep), fmt(pe, sep), fmt(pu, sep)]]
        exp = [
            (None, "合计", {"total": fmt(ET, sep), "personnel": fmt(pe, sep), "public_funds": fmt(pu, sep)})
        ]
        for c, nm, v in tree:
            p_ = c[:3] in ("301", "303")
            cells = [fmt(v, sep), fmt(v, sep) if p_ else "", "" if p_ else fmt(v, sep)]
            rows.append([c[:3], c[3:], nm] + cells)
            exp.append((c, nm, {k: x for k, x in zip(("total", "personnel", "public_funds"), cells) if x}))
        head = [
            ("科目编码", 0, 0, 0, 1),
            ("类", 1, 1, 0, 0),
            ("款", 1, 1, 1, 1),
            ("科目名称", 0, 1, 2, 2),
            ("合计", 0, 1, 3, 3),
            ("人员经费", 0, 1, 4, 4),
            ("公用经费", 0, 1, 5, 5),
        ]
        add(
            Tab(
                "general_budget_basic_by_economic",
                title,
                "coded",
                [36, 30, 170, 90, 90, 89],
                list("cclrrr"),
                head,
                2,
                rows,
                exp,
                label=lab,
                org_word=ow,
                repeat_head=rep,
            )
        )

    # 表7 三公
    lab, title = lab_title("一般公共预算“三公”经费支出预算表")
    z = st.get("sg_zero", "")
    vals = [sgt, sg["out"], veh, sg["buy"], sg["run"], sg["rec"]]
    row = [fmt(v, sep) if v else z for v in vals]
    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    head = [
        ("合计", 0, 1, 0, 0),
        ("因公出国（境）费", 0, 1, 1, 1),
        ("公务用车购置及运行费", 0, 0, 2, 4),
        ("小计", 1, 1, 2, 2),
        ("购置费", 1, 1, 3, 3),
        ("运行费", 1, 1, 4, 4),
        ("公务接待费", 0, 1, 5, 5),
    ]
    add(
        Tab(
            "sangong",
            title,
            "sangong",
            [85, 84, 84, 84, 84, 84],
            ["r"] * 6,
            head,
            2,
            [row],
            [(None, "*", {k: want(c)}) for k, c in zip(keys, row) if want(c)],
            label=lab,
            org_word=ow,
        )
    )

    # 表8 政府性基金, 表9 国有资本经营: 合计 | 基本支出 | 项目支出
    def fund_table(key, title, fn, empty):
        lab, title = lab_title(title)
        head = [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1)] + [
            (h, 0, 0, 2 + i, 2 + i) for i, h in enumerate(("合计", "基本支出", "项目支出"))
        ]
        if not fn():
            return Tab(
                key,
                title,
                "empty",
                [60, 175, 90, 90, 90],
                list("llrrr"),
                head,
                1,
                [],
                empty=empty,
                label=lab,
                org_word=ow,
            )
        cols = [("合计", "total", fn), ("基本支出", "basic", lambda c: Z), ("项目支出", "project", fn)]
        rows, exp = coded_rows(m, [c for c in m.codes if fn(c)], cols, "合计", 1, sep)
        t = Tab(
            key,
            title,
            "coded",
            [60, 175, 90, 90, 90],
            list("llrrr"),
            head,
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
        )
        readd(t, (2, 4))
        return t

    add(fund_table("government_fund", "政府性基金预算支出预算表", m.fund, "此表为空"))
    add(
        fund_table(
            "state_capital",
            "国有资本经营预算支出预算表",
            m.state,
            f"本部门{y}年度无国有资本经营预算拨款安排的支出，此表为空。",
        )
    )

    # 表10 机关运行经费
    lab, title = lab_title("一般公共预算机关运行经费支出预算表")
    rows = [["", "合计", fmt(OCT, sep)]]
    exp = [(None, "合计", {"total": fmt(OCT, sep)})]
    for cls in sorted({c[:3] for c in oc}):
        items = [(c, d(v)) for c, v in oc.items() if c.startswith(cls)]
        tot = sum((v for _c, v in items), Z)
        rows.append([cls, ECON_NEW[cls], fmt(tot, sep)])
        exp.append((cls, ECON_NEW[cls], {"total": fmt(tot, sep)}))
        for c, v in items:
            rows.append([c, ECON_NEW[c], fmt(v, sep)])
            exp.append((c, ECON_NEW[c], {"total": fmt(v, sep)}))
    add(
        Tab(
            "operating_costs",
            title,
            "coded",
            [110, 240, 155],
            list("llr"),
            [("科目编码", 0, 0, 0, 0), ("科目名称", 0, 0, 1, 1), ("机关运行经费支出", 0, 0, 2, 2)],
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
            note="注：“机关运行经费”指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的"
            "日常公用经费支出。",
        )
    )

    # 表11 政府采购: 合计, 货物 / 工程 / 服务 rows, items under them
    lab, title = lab_title("政府采购支出预算表")
    rows = [["合   计", "", "", "", "", fmt(PT, sep)]]
    exp = [(None, "合计", {"total": fmt(PT, sep)})]
    for cat, v, items in proc:
        rows.append([cat, "", "", "", "", fmt(d(v), sep)])
        exp.append((None, cat.replace(" ", ""), {"total": fmt(d(v), sep)}))
        for proj, ei, item, how, a in items:
            rows.append(["", proj, ei, item, how, fmt(d(a), sep)])
    add(
        Tab(
            "procurement",
            title,
            "proc",
            [62, 110, 85, 110, 78, 60],
            list("lllllr"),
            [
                (h, 0, 0, i, i)
                for i, h in enumerate(
                    ("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计")
                )
            ],
            1,
            rows,
            exp,
            label=lab,
            org_word=ow,
            note="注：1.采购组织形式为：集中采购、部门集中采购和分散采购。",
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
        SC=SC,
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


def narrative_new(doc, info):
    """rules_s38c's 说明 (第三部分) with the 国有资本经营 money stated (its income line with the change, its share of
    the year's income, its own section) and the 国有资产 paragraph counting 50万元 / 100万元 equipment."""
    paras, claims, nots = L.narrative(doc, info)
    y, sh = doc["year"], doc["short"]
    pr = {k: d(v) for k, v in doc["prior"].items()}
    SC, T = info["SC"], info["T"]
    vs = doc.get("vs", "与上年相比")
    reasons = doc["reasons"]

    def chg(cur, key):
        c = cur - pr[key]
        r = pct(c, pr[key])
        claims.append(("year_on_year", None, {"amount": short(cur), "rate": str(r)}))
        if c > 0:
            return f"{vs}增加{short(c)}万元，增长{r}%"
        return f"{vs}减少{short(-c)}万元，{doc.get('down', '下降')}{-r}%"

    out = []
    for kind, s in paras:
        if SC and s.startswith("（2）政府性基金预算收入预算"):
            out.append((kind, s))
            out.append(
                ("p", f"（3）国有资本经营预算收入预算{short(SC)}万元，{chg(SC, 'SC')}。{reasons['SC']}")
            )
            continue
        if SC and "本年收入预算合计" in s:
            s = s.replace(
                "；财政专户", f"；国有资本经营预算收入{short(SC)}万元，占{pct(SC, T)}%；财政专户", 1
            )
            if f"国有资本经营预算收入{short(SC)}" not in s:
                s = s.replace(
                    "；单位资金", f"；国有资本经营预算收入{short(SC)}万元，占{pct(SC, T)}%；单位资金", 1
                )
        if SC and "无国有资本经营预算支出" in s:
            s = f"{sh}{y}年国有资本经营预算支出{short(SC)}万元，{doc['sc_text']}"
            if "增加" in doc["sc_text"] or "减少" in doc["sc_text"]:
                # the subject "国有资本经营预算支出" is the name of 类 223, where all of this money sits
                assert info["m"].state("223") == SC
                claims.append(("year_on_year", "223", {"amount": short(SC)}))
        if "单价20万元（含）以上的设备" in s and "equip" in doc:
            g50, s100 = doc["equip"]
            s = s.replace(
                f"单价20万元（含）以上的设备{doc['devices']}台（套）",
                f"单价50万元（含）以上通用设备{g50}台（套），单价100万元（含）以上专用设备{s100}台（套）",
            )
            nots[:] = [n for n in nots if n[0] != "单价20万元"]
            nots.append(("单价50万元", str(g50), "a count of devices"))
            nots.append(("单价100万元", str(s100), "a count of devices"))
        out.append((kind, s))
    return out, claims, nots
