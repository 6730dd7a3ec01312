"""Builds the tables and text of one rules_s31b report from its typed figures (rules_s31b_data.py DOCS).
Both gen.py (the text) and rules_s31b_data.py (the expectations) read the same Table objects."""

from __future__ import annotations

from decimal import Decimal as D

from s31b_lib import CN, ECON, FUNC, Fmt, Money, Table, Z, d, r2

I, E = "income", "expenditure"
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"

KEYS = {
    "IES": "income_expenditure_summary",
    "INC": "income_by_function",
    "EXP": "expenditure_by_function",
    "FS": "fiscal_summary",
    "GB": "general_budget_by_function",
    "GBB": "general_budget_basic_by_economic",
    "SG": "sangong",
    "GF": "government_fund",
    "SC": "state_capital",
    "PROJ": "project_expenditure",
    "PROC": "procurement",
    "PERF": "performance",
}

PERSONNEL = ("301", "303")


def econ_full(doc, m):
    """The 一般公共预算基本支出 by economic 款: typed items, the insurance items equal to their functional 项,
    and 30101 基本工资 the rest of the personnel (so the table adds to the 一般公共预算 basic total)."""
    e = {k: d(v) for k, v in doc["econ"].items()}
    e["30108"] = m.t("gp_b", "2080505")
    e["30109"] = m.t("gp_b", "2080506")
    e["30110"] = m.t("gp_b", "21011")
    e["30113"] = m.t("gp_b", "2210201")
    e = {k: v for k, v in e.items() if v != 0}
    e["30101"] = m.t("gp_b") - sum(e.values(), Z)
    assert e["30101"] > 0, doc["file"]
    return dict(sorted(e.items()))


def sangong_values(sg):
    out, buy, run, rec = (d(x) for x in sg)
    return dict(
        total=out + buy + run + rec,
        outbound=out,
        vehicle=buy + run,
        vehicle_purchase=buy,
        vehicle_operation=run,
        reception=rec,
    )


def build(doc):
    m = Money(doc["leaves"])
    f = doc["fmt"]
    y = doc["year"]
    other = doc.get("other")
    tables = {}
    hdr = doc.get("headers", {})
    lab = doc["labels"]
    tit = doc["titles"]
    org = doc.get("org_line")

    def T(kind, tkind, **kw):
        kw.setdefault("org_line", org)
        return Table(KEYS[kind], lab.get(kind, ""), tit[kind], doc["unit"], tkind, **kw)

    ot_key = {"事业收入": "business", "其他收入": "other_income", "上年结转": "carryover_begin"}.get(other)

    # ---- 收支总表
    items = doc.get("ies_items") or [
        ("一般公共预算拨款收入", "gp"),
        ("政府性基金预算拨款收入", "gf"),
        ("国有资本经营预算拨款收入", None),
        ("财政专户管理资金收入", None),
        ("事业收入", "事业收入"),
        ("事业单位经营收入", None),
        ("上级补助收入", None),
        ("附属单位上缴收入", None),
        ("其他收入", "其他收入"),
    ]

    def item_value(src):
        if src in ("gp", "gf"):
            return m.t(src)
        if src is not None and src == other:
            return m.t("ot")
        return Z

    left = [(f"{CN[i]}、{name}", [f(item_value(src))]) for i, (name, src) in enumerate(items)]
    carry = m.t("ot") if other == "上年结转" else Z
    this_year = m.t("all") - carry
    right = [(f"{CN[i]}、{FUNC[c]}", [f(m.t("all", c))]) for i, c in enumerate(m.classes())]
    n = max(len(left), len(right))
    left += [("", [])] * (n - len(left))
    right += [("", [])] * (n - len(right))
    cname = doc.get("carry_name", "上年结转结余")
    rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
    rows += [
        ("本年收入合计", [f(this_year)], "本年支出合计", [f(m.t("all"))]),
        (cname, [f(carry)], "结转下年", [f(Z)]),
        ("收入总计", [f(m.t("all"))], "支出总计", [f(m.t("all"))]),
    ]
    tables["IES"] = T("IES", "two", rows=rows, header=hdr.get("IES"))

    # ---- 收入总表
    inc_cols = doc["inc_cols"]  # [(header, key)]

    def inc_part(key):
        return {
            "total": lambda c: m.t("all", c),
            "carryover_begin": lambda c: m.t("ot", c) if ot_key == "carryover_begin" else Z,
            "general_public": lambda c: m.t("gp", c),
            "government_fund": lambda c: m.t("gf", c),
            "business": lambda c: m.t("ot", c) if ot_key == "business" else Z,
            "other_income": lambda c: m.t("ot", c) if ot_key == "other_income" else Z,
        }.get(key, lambda c: Z)

    parts = [inc_part(k) for _, k in inc_cols]
    rows = [(c, FUNC[c], [f(p(c)) for p in parts]) for c in m.codes]
    total = (None, doc.get("total_label", "合计"), [f(p("")) for p in parts])
    tables["INC"] = T(
        "INC",
        "coded",
        cols=inc_cols,
        rows=[total] + rows,
        header=hdr.get("INC"),
        wrap=doc.get("wrap"),
        split=doc.get("split", {}).get("INC"),
        cont=doc.get("cont", {}).get("INC", "header"),
    )

    # ---- 支出总表
    rows = [(c, FUNC[c], [f(m.t(p, c)) for p in ("all", "basic", "project")]) for c in m.codes]
    total = (None, doc.get("total_label", "合计"), [f(m.t(p)) for p in ("all", "basic", "project")])
    exp_cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    if doc.get("exp_extra"):
        exp_cols += [
            ("事业单位经营支出", "operating"),
            ("上缴上级支出", "remit_upper"),
            ("对附属单位补助支出", "subsidy_affiliated"),
        ]
        rows = [(c, n, v + [f(Z)] * 3) for c, n, v in rows]
        total = (total[0], total[1], total[2] + [f(Z)] * 3)
    tables["EXP"] = T(
        "EXP",
        "coded",
        cols=exp_cols,
        rows=[total] + rows,
        header=hdr.get("EXP"),
        wrap=doc.get("wrap"),
        split=doc.get("split", {}).get("EXP"),
        cont=doc.get("cont", {}).get("EXP", "header"),
    )

    # ---- 财政拨款收支总表
    fc = [c for c in m.classes("fiscal")]
    if doc.get("fs_style", "A") == "A":
        left = [
            ("一、本年收入", [f(m.t("fiscal"))]),
            ("（一）一般公共预算拨款", [f(m.t("gp"))]),
            ("（二）政府性基金预算拨款", [f(m.t("gf"))]),
            ("（三）国有资本经营预算拨款", [f(Z)]),
            ("二、上年结转", [f(Z)]),
        ]
        right = [("一、本年支出", [f(m.t("fiscal")), f(m.t("gp")), f(m.t("gf")), f(Z)])]
        right += [
            (f"（{CN[i]}）{FUNC[c]}", [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)])
            for i, c in enumerate(fc)
        ]
        right += [("二、年终结转结余", [f(Z)] * 4)]
        n = max(len(left), len(right))
        left += [("", [])] * (n - len(left))
        right += [("", [])] * (n - len(right))
        rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
        rows += [
            ("收入总计", [f(m.t("fiscal"))], "支出总计", [f(m.t("fiscal")), f(m.t("gp")), f(m.t("gf")), f(Z)])
        ]
    else:
        left = [
            ("一、一般公共预算拨款收入", [f(m.t("gp"))]),
            ("二、政府性基金预算拨款收入", [f(m.t("gf"))]),
            ("三、国有资本经营预算拨款收入", [f(Z)]),
        ]
        right = [
            (f"{CN[i]}、{FUNC[c]}", [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)])
            for i, c in enumerate(fc)
        ]
        n = max(len(left), len(right))
        left += [("", [])] * (n - len(left))
        right += [("", [])] * (n - len(right))
        rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
        rows += [
            (
                "本年收入合计",
                [f(m.t("fiscal"))],
                "本年支出合计",
                [f(m.t("fiscal")), f(m.t("gp")), f(m.t("gf")), f(Z)],
            ),
            ("上年结转", [f(Z)], "结转下年", [f(Z)] * 4),
            (
                "收入总计",
                [f(m.t("fiscal"))],
                "支出总计",
                [f(m.t("fiscal")), f(m.t("gp")), f(m.t("gf")), f(Z)],
            ),
        ]
    tables["FS"] = T("FS", "two", rows=rows, header=hdr.get("FS"))

    # ---- 一般公共预算支出表
    gcodes = m.codes_of("gp")
    cmp = doc.get(
        "gb_prior"
    )  # {leaf: prior-year executed 一般公共预算 figure}: adds 上年执行数 | 增减额 | 增减%
    cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    if cmp:
        pm = Money({k: (v, 0, 0, 0, 0) for k, v in cmp.items()})

        def prow(c):
            p, cur = pm.t("gp", c), m.t("gp", c)
            rate = f"{r2((cur - p) * 100 / p)}" if p else ""
            return [f(p), *[f(m.t(x, c)) for x in ("gp", "gp_b", "gp_p")], f(cur - p, zero="0.00"), rate]

        rows = [(c, FUNC[c], prow(c)) for c in gcodes]
        total = (None, "合计", prow(""))
        cols = [("上年执行数", None)] + cols + [("增减额", None), ("增减%", None)]
    else:
        rows = [(c, FUNC[c], [f(m.t(x, c)) for x in ("gp", "gp_b", "gp_p")]) for c in gcodes]
        total = (None, doc.get("total_label", "合计"), [f(m.t(x)) for x in ("gp", "gp_b", "gp_p")])
    gb_rows = rows + [total] if doc.get("gb_total_last") else [total] + rows
    tables["GB"] = T(
        "GB",
        "coded",
        cols=cols,
        rows=gb_rows,
        header=hdr.get("GB"),
        wrap=doc.get("wrap"),
        split=doc.get("split", {}).get("GB"),
        cont=doc.get("cont", {}).get("GB", "header"),
    )

    # ---- 一般公共预算基本支出表
    e = econ_full(doc, m)
    ecodes = sorted(set(e) | {k[:3] for k in e})

    def ev(code):
        tot = sum((v for k, v in e.items() if k.startswith(code)), Z)
        pers = sum((v for k, v in e.items() if k.startswith(code) and k[:3] in PERSONNEL), Z)
        return [f(tot), f(pers), f(tot - pers)]

    rows = [(c, ECON[c], ev(c)) for c in ecodes]
    tables["GBB"] = T(
        "GBB",
        "coded",
        cols=[("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
        rows=[(None, "合计", ev(""))] + rows,
        header=hdr.get("GBB"),
        split=doc.get("split", {}).get("GBB"),
        cont=doc.get("cont", {}).get("GBB", "header"),
    )
    assert sum(e.values(), Z) == m.t("gp_b"), doc["file"]

    # ---- 三公
    sv = sangong_values(doc["sangong"])
    if doc.get("sg_rows"):  # items as rows
        names = [
            ("合计", "total"),
            ("1.因公出国（境）费", "outbound"),
            ("2.公务用车购置及运行费", "vehicle"),
            ("（1）公务用车购置费", "vehicle_purchase"),
            ("（2）公务用车运行维护费", "vehicle_operation"),
            ("3.公务接待费", "reception"),
        ]
        rows = [(n, [f(sv[k], zero="0.00")]) for n, k in names]
        tables["SG"] = T("SG", "sangong_row", rows=rows, header=hdr.get("SG"), cols=names)
        tables["SG"].sg_keys = [k for _, k in names]
    else:
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        fs_ = f
        sgu = doc.get("sg_unit")
        if sgu:  # a 元 report printing its 三公 table in 万元
            fs_ = Fmt(sgu, sep=True, zero="0.00")
        scale = D(10000) if sgu == "万元" and doc["unit"] == "元" else D(1)
        rows = []
        if doc.get("sg_prior"):
            pv = sangong_values(doc["sg_prior"])
            rows.append((f"{y - 1}年预算数", [fs_(pv[k] / scale, zero="0.00") for k in keys]))
        cur = [fs_(sv[k] / scale, zero="0.00") for k in keys]
        sg_keys = keys
        if doc.get("sg_prior_cols"):  # 上年预算数 block | 本年预算数 block in one row
            pv = sangong_values(doc["sg_prior_cols"])
            cur = [fs_(pv[k] / scale, zero="0.00") for k in keys] + cur
            sg_keys = [None] * 6 + keys
        rows.append((doc.get("sg_label", ""), cur))
        tables["SG"] = T("SG", "sangong_row", rows=rows, header=hdr.get("SG"))
        tables["SG"].sg_keys = sg_keys
        if sgu:
            tables["SG"].unit = sgu
            if org:
                tables["SG"].org_line = org.replace(doc["unit"], sgu)

    # ---- 政府性基金
    if m.t("gf"):
        gcodes = m.codes_of("gf")
        rows = [(c, FUNC[c], [f(m.t("gf", c)), f(Z), f(m.t("gf", c))]) for c in gcodes]
        tables["GF"] = T(
            "GF",
            "coded",
            cols=[("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")],
            rows=[(None, "合计", [f(m.t("gf")), f(Z), f(m.t("gf"))])] + rows,
            header=hdr.get("GF"),
            wrap=doc.get("wrap"),
        )
    else:
        tables["GF"] = T("GF", "empty", header=hdr.get("GF"), empty_text=doc["empty_text"]["GF"])
    tables["SC"] = T("SC", "empty", header=hdr.get("SC"), empty_text=doc["empty_text"]["SC"])

    # ---- 项目支出表
    if "PROJ" in doc["order"]:
        pcols = doc["proj_cols"]  # [(header, key)] keys total / general_public / government_fund / <ot_key>
        prs = []
        for name, code, gp, gf, ot in doc["projects"]:
            vals = {
                "total": d(gp) + d(gf) + d(ot),
                "general_public": d(gp),
                "government_fund": d(gf),
                "fiscal_appropriation": d(gp) + d(gf),
                ot_key: d(ot),
            }
            prs.append((code, name, vals))
        # the projects add up to the project money of each leaf, per source
        for code in m.L:
            for i, src in ((GP_P_, "general_public"), (GF_P_, "government_fund"), (OT_P_, ot_key)):
                got = sum((v[src] for c, _, v in prs if c == code), Z)
                assert got == m.L[code][i], (doc["file"], code, src, got)
        tot = {k: sum((v.get(k, Z) for _, _, v in prs), Z) for _, k in pcols}
        rows = [(None, "合计", [f(tot[k]) for _, k in pcols])]
        for code, name, v in prs:
            rows.append((None, name, [f(v.get(k, Z)) for _, k in pcols]))
        tables["PROJ"] = T(
            "PROJ", "named", cols=pcols, rows=rows, header=hdr.get("PROJ"), wrap=doc.get("proj_wrap")
        )
        tables["PROJ"].subjects = {name: code for name, code, *_ in doc["projects"]}
        if doc.get("proj_coded"):
            tables["PROJ"].kind = "coded"
            tables["PROJ"].proj_coded = True
            tables["PROJ"].rows = [rows[0]] + [
                (code, name, vals) for (code, name, _), (_, _, vals) in zip(prs, rows[1:])
            ]
    if "PROC" in doc["order"]:
        # categories and 合计 print the amount only; item lines (name, 计量单位, 数量, 金额) are no amounts of
        # the table (procurement.py: its 合计 and category subtotals only)
        rows, items = [], set()
        for name, v, *unit_qty in doc["procurement"]:
            if unit_qty:
                items.add(name)
                rows.append((None, name, [unit_qty[0], unit_qty[1], f(v, zero="0.00")]))
            else:
                rows.append((None, name, ["", "", f(v, zero="0.00")]))
        tables["PROC"] = T(
            "PROC",
            "named",
            cols=[("计量单位", None), ("数量", None), ("金额", "total")],
            rows=rows,
            header=hdr.get("PROC"),
        )
        tables["PROC"].items = items
    if "PERF" in doc["order"]:
        tables["PERF"] = T("PERF", "text", text=doc["perf_text"], header=hdr.get("PERF"))
    for k, t in tables.items():
        if k in doc.get("notes", {}):
            t.note = doc["notes"][k]
    return m, tables, e, sv


GP_P_, GF_P_, OT_P_ = 1, 2, 4


def W(x, unit):
    """An amount as the narrative prints it, in 万元."""
    x = d(x)
    if unit == "元":
        x = x / 10000
    return f"{r2(x):,.2f}"


def pct(a, b):
    return f"{r2(d(a) * 100 / d(b))}"
