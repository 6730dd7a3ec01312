"""The rules_s40b reports (Jiangsu provincial departments' 部门预算 2016 / 2020 / 2024 and 部门决算 2018 / 2022) built on
the earlier sets' builds (imported, not copied): budgets on rules_s38c's build (old 2016 template) or rules_s39b's
build_new (later template with 国有资本经营 money), finals on rules_s38d's build. What this module adds, each with its
identities ASSERTED at import of the data (a typing slip fails loudly):

- kuan_only: the 2016 一般公共预算支出预算表 printed per 类 / 款 only (no 项 row): 合计 = Σ 类, 类 = Σ 款 (re-added
  from the printed strings);
- by_unit: 收入预算总表 / 支出预算总表 per unit (单位编码 | 单位名称), the units' figures typed by hand: per unit
  合计 = Σ sources = Σ uses (基本 + 项目 + 预留); per column Σ units = the department's total (from the 项 leaves);
  expected: the 合计 row only, under the key of a report's second table of its kind ("income_by_function_2"): the
  parser loads no unit's row of a per-unit table (it says so: unit_rows_not_loaded), by design;
- projects: a 项目支出预算表 per unit (a unit's subtotal row, then its projects, names long enough to wrap): per project
  合计 = Σ funds; per unit Σ projects = its subtotal; Σ subtotals = 合计 = the report's 项目支出 per fund column;
  expected: the 合计 and the projects (a unit's subtotal row is said, not loaded, by design);
- state capital in a 部门决算: leaves of 类 223 whose money is typed fp are 国有资本经营 (not 政府性基金): the 收入支出
  决算总表's 二 / 三 rows, the 财政拨款收入支出决算总表 rebuilt with three fund columns on the expenditure side and the
  年初 carry-over split per fund on the income side (合计 = Σ funds on every row; 本年收入 + 年初 = 总计 = 本年支出 +
  年末), the 政府性基金 table without 类 223, the 国有资本经营 table with its rows; the 说明 sentences that name them;
- the 决算 说明's per-类 execution sentences: "无年初预算" for a 类 without 年初预算, the rate printed without a
  trailing zero ("完成年初预算的112.5%") where the style says so.
Nothing here reads the parser."""

from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in ("rules_s38c", "rules_s38d", "rules_s39b"):
    sys.path.insert(0, os.path.join(HERE, "..", _p))
import s38c_lib as L  # noqa: E402
import s38d_lib as FD  # noqa: E402
import s39b_lib as NB  # noqa: E402
from s38c_lib import Z, Tab, cn, d, fmt, want  # noqa: E402

# 2016 economic codes the earlier sets did not print (before 2018: 30311 住房公积金, 30312 提租补贴, 30313 购房补贴)
L.ECON_NAMES.setdefault("30313", "购房补贴")
L.ECON_NAMES.setdefault("30108", "机关事业单位基本养老保险缴费")
L.ECON_NAMES.setdefault("30109", "职业年金缴费")

NUM_RE = re.compile(r"^([一二三四五六七八九十]+)、")


def renumber(tabs, tpl):
    """Labels / title numbers in order after tables were inserted."""
    for i, t in enumerate(tabs, 1):
        if tpl == "old":
            t.title = f"{cn(i)}、" + NUM_RE.sub("", t.title)
        elif tpl == "mid":
            t.label = f"公开 {i:02d} 表"
        else:
            t.label = f"表{i}"


def readd_coded(t, cols):
    """合计 (first row) = Σ 类 rows; 类 = Σ 款 rows; 款 = Σ 项 rows where 项 rows are printed."""
    rows = [r for r in t.rows if r[0] and r[0].isdigit()]
    for j in cols:
        assert sum((d(r[j]) for r in rows if len(r[0]) == 3), Z) == d(t.rows[0][j]), (t.title, j)
        for r in rows:
            kids = [x for x in rows if len(x[0]) == len(r[0]) + 2 and x[0].startswith(r[0])]
            if kids:
                assert sum((d(x[j]) for x in kids), Z) == d(r[j]), (t.title, r[0], j)


def kuan_only(tabs, m, sep):
    """The 一般公共预算支出预算表 per 类 / 款 (no 项)."""
    t = next(x for x in tabs if x.key == "general_budget_by_function")
    cols = [("金额", "total", m.general)]
    codes = [c for c in m.codes if m.general(c) and len(c) <= 5]
    rows, exp = L.coded_rows(m, codes, cols, "合   计", 1, sep)
    assert not any(len(r[0]) == 7 for r in rows)
    t.rows, t.exp = rows, exp
    readd_coded(t, [2])
    # the 类 / 款 figures are those of the 财政拨款支出预算表 (no 政府性基金 here) where printed
    ff = next((x for x in tabs if x.key == "fiscal_by_function"), None)
    if ff is not None and not m.fund():
        have = {r[0]: r[2] for r in ff.rows}
        for r in rows:
            assert have.get(r[0]) == r[2], r


def parse_units(text):
    """``118001 江苏省某某 G=1.00 F=… SC=… S=… O=… B=… P=… R=…`` per line → [(code, name, {key: D})]."""
    out = []
    for line in text.strip().splitlines():
        code, name, *pairs = line.split()
        v = dict.fromkeys(("G", "F", "SC", "S", "O", "B", "P", "R"), Z)
        for p in pairs:
            k, x = p.split("=")
            assert k in v, line
            v[k] = d(x)
        assert v["G"] + v["F"] + v["SC"] + v["S"] + v["O"] == v["B"] + v["P"] + v["R"], (name, v)
        out.append((code, name, v))
    return out


def by_unit_tables(doc, m, sep, org_word):
    units = parse_units(doc["unit_money"])
    dept = dict(
        G=m.general(),
        F=m.fund(),
        SC=m.state() if hasattr(m, "state") else Z,
        S=m.special(),
        O=m.other(),
        B=m.basic(),
        P=m.project(),
        R=m.reserve(),
    )
    for k, v in dept.items():
        assert sum((u[2][k] for u in units), Z) == v, (doc["name"], "by unit", k, v)
    assert len(units) >= 10
    F_ = lambda x: fmt(x, sep) if x else ""  # noqa: E731
    out = []
    for which, title, key, cols in (
        (
            "inc",
            "收入预算总表（分单位）",
            "income_by_function",
            [
                ("合计", "total", lambda v: v["G"] + v["F"] + v["SC"] + v["S"] + v["O"]),
                ("一般公共预算", "general_public", lambda v: v["G"]),
                ("政府性基金预算", "government_fund", lambda v: v["F"]),
                ("国有资本经营预算", "state_capital", lambda v: v["SC"]),
                ("财政专户管理资金", "fiscal_special_account", lambda v: v["S"]),
                ("单位资金", "unit_funds", lambda v: v["O"]),
            ],
        ),
        (
            "exp",
            "支出预算总表（分单位）",
            "expenditure_by_function",
            [
                ("合计", "total", lambda v: v["B"] + v["P"] + v["R"]),
                ("基本支出", "basic", lambda v: v["B"]),
                ("项目支出", "project", lambda v: v["P"]),
                ("单位预留机动经费", "reserve", lambda v: v["R"]),
            ],
        ),
    ):
        tot = [F_(fn(dept)) for _h, _k, fn in cols]
        rows = [["", "合计"] + tot]
        exp = [(None, "合计", {k: want(x) for (_h, k, _f), x in zip(cols, tot) if want(x)})]
        for code, name, v in units:
            cells = [F_(fn(v)) for _h, _k, fn in cols]
            rows.append([code, name] + cells)
            # (a unit's row is the unit's, not the department's: the parser says it and loads none of them, as
            # it does every per-unit table; only the 合计 row is the department's figure)
        for j in range(2, 2 + len(cols)):
            assert sum((d(r[j]) for r in rows[1:]), Z) == d(rows[0][j]), (title, j)
        for r in rows:
            assert sum((d(x) for x in r[3:]), Z) == d(r[2]), r
        n = len(cols)
        head = [("单位编码", 0, 0, 0, 0), ("单位名称", 0, 0, 1, 1)] + [
            (h, 0, 0, 2 + i, 2 + i) for i, (h, _k, _f) in enumerate(cols)
        ]
        widths = [48, 150] + [round((505 - 198) / n)] * n
        out.append(
            Tab(
                key + "_2",  # the report's second table of that kind (after the by-code one)
                title,
                "coded",
                widths,
                ["l", "l"] + ["r"] * n,
                head,
                1,
                rows,
                exp,
                label="",
                org_word=org_word,
                repeat_head=doc.get("style", {}).get("repeat_head", True),
            )
        )
    return out


def projects_table(doc, m, sep, org_word):
    """项目支出预算表: 合计, then per unit its subtotal row and its projects (合计 | 一般公共预算 | 政府性基金 | 单位资金)."""
    cols = [("合计", "total"), ("一般公共预算", "general_public"), ("政府性基金预算", "government_fund")]
    cols.append(("单位资金", "unit_funds"))
    units = []
    for block in doc["projects"]:
        uname, items = block
        ps = []
        for name, g, f, o in items:
            ps.append((name, [d(g) + d(f) + d(o), d(g), d(f), d(o)]))
        units.append((uname, ps))
    allp = [v for _u, ps in units for _n, v in ps]
    tot = [sum((v[i] for v in allp), Z) for i in range(4)]
    # the report's 项目支出 per fund (sp / sc none in a report printing this table)
    assert m.special() == 0 and (not hasattr(m, "state") or m.state() == 0)
    assert tot == [m.project(), m.v("gp"), m.v("gf"), m.v("op")], (doc["name"], tot)
    F_ = lambda x: fmt(x, sep) if x else ""  # noqa: E731
    rows = [["合计"] + [F_(x) for x in tot]]
    exp = [(None, "合计", {k: want(F_(x)) for (_h, k), x in zip(cols, tot) if want(F_(x))})]
    for uname, ps in units:
        sub = [sum((v[i] for _n, v in ps), Z) for i in range(4)]
        rows.append([uname] + [F_(x) for x in sub])
        # (a unit's subtotal row: said and not loaded by design, as no project's figure; the projects and the 合计 are)
        for name, v in ps:
            assert v[0] == v[1] + v[2] + v[3]
            rows.append([name] + [F_(x) for x in v])
            exp.append((None, name, {k: want(F_(x)) for (_h, k), x in zip(cols, v) if want(F_(x))}))
    head = [("单位名称（项目名称）", 0, 0, 0, 0)] + [
        (h, 0, 0, 1 + i, 1 + i) for i, (h, _k) in enumerate(cols)
    ]
    return Tab(
        "project_expenditure",
        "项目支出预算表",
        "coded",
        [185, 80, 80, 80, 80],
        ["l", "r", "r", "r", "r"],
        head,
        1,
        rows,
        exp,
        label="",
        org_word=org_word,
        repeat_head=doc.get("style", {}).get("repeat_head", True),
    )


def budget(doc):
    """(tabs, expected tables, 说明 paragraphs, claims, not_claims, front) of one 部门预算."""
    st = doc.get("style", {})
    sep = st.get("sep", True)
    if doc["tpl"] == "new":
        tabs, _exp, info = NB.build_new(doc)
        paras, claims, nots = NB.narrative_new(doc, info)
        ow = "部门名称："
    else:
        tabs, _exp, info = L.build(doc)
        paras, claims, nots = L.narrative(doc, info)
        ow = "部门："
    m = info["m"]
    if st.get("kuan_only"):
        kuan_only(tabs, m, sep)
    if doc.get("unit_money"):
        i = next(k for k, t in enumerate(tabs) if t.key == "expenditure_by_function")
        tabs[i + 1 : i + 1] = by_unit_tables(doc, m, sep, ow)
    if doc.get("projects"):
        i = next(k for k, t in enumerate(tabs) if t.key == "general_budget_basic_by_economic")
        tabs.insert(i + 1, projects_table(doc, m, sep, ow))
    renumber(tabs, doc["tpl"])
    expected = [dict(table=t.key, unit="万元", rows=t.exp) for t in tabs if t.exp]
    return tabs, expected, paras, claims, nots, L.front(doc, tabs)


# ------------------------------------------------------------------------------------------------ finals


def _is_sc(code):
    return code.startswith("223")


def final(doc):
    """(tabs, parts, claims, not_claims) of one 部门决算: rules_s38d's build, with 国有资本经营 money (fp under 类
    223) split from 政府性基金 where present, and the 说明's execution wording of the style."""
    tabs, info = FD.build(doc)
    text, claims, notc = FD.narrative(doc, tabs, info)
    m = info["m"]
    st = doc["style"]
    sep, zero = st.get("sep", True), st.get("zero", "")
    F = lambda x: FD.fmt(x, sep, zero)  # noqa: E731
    u = doc["unit"]
    N = FD.num
    y = doc["year"]
    sc = m.s("223", lambda v: v["fp"])
    if sc:
        gf = info["inc"]["gf"] - sc
        assert gf >= 0
        t = {x.key: x for x in tabs}
        # 1 收入支出决算总表: 二 / 三 rows
        s = t["income_expenditure_summary"]
        for r in s.rows:
            if r[0] == "二、政府性基金预算财政拨款收入":
                r[2] = F(gf)
            elif r[0] == "三、国有资本经营预算财政拨款收入":
                r[2] = F(sc)
        s.exp = []
        for r in s.rows:
            if r[0]:
                s.exp.append(FD._exp_row(None, r[0], ["income"], [r[2]], zero))
            s.exp.append(FD._exp_row(None, r[3], ["expenditure"], [r[5]], zero))
        left = {r[0]: d(r[2]) if r[2] else Z for r in s.rows if r[0]}
        assert left["本年收入合计"] == sum(
            (v for k, v in left.items() if re.match(r"^[一二三四五六七八]、", k)), Z
        )
        # 4 财政拨款收入支出决算总表: income side per fund (and the 年初 carry-over per fund), expenditure side
        # 合计 | 一般公共预算 | 政府性基金 | 国有资本经营
        gp_in = info["inc"]["gp"]
        bg = info["begin_gp"]
        eg = info["end_gp"]
        gps = info["gp_sp"]
        gfs = m.s("", lambda v: v["fp"]) - sc
        fl = [
            ("一、一般公共预算财政拨款", gp_in),
            ("二、政府性基金预算财政拨款", gf),
            ("三、国有资本经营预算财政拨款", sc),
        ]
        cls = FD.classes(y)
        fr = []
        for i, (code, name) in enumerate(cls):
            g = m.s(code, FD.Money.gp_spent)
            f = Z if _is_sc(code) else m.s(code, lambda v: v["fp"])
            c = m.s(code, lambda v: v["fp"]) if _is_sc(code) else Z
            fr.append((f"{cn(i + 1)}、{name}", g, f, c))
        rows = []
        n = len(fr)
        ltail = [
            ("本年收入合计", gp_in + gf + sc),
            ("年初财政拨款结转和结余", bg),
            ("一般公共预算财政拨款", bg),
            ("政府性基金预算财政拨款", Z),
            ("国有资本经营预算财政拨款", Z),
        ]
        left_rows = fl + [("", None)] * (n - len(fl))
        for i in range(n):
            lab, lv = left_rows[i]
            rab, g, f, c = fr[i]
            rows.append(
                [lab, str(i + 1) if lab else "", "" if lv is None else F(lv), rab, str(i + 33)]
                + [F(g + f + c), F(g), F(f), F(c)]
            )
        rtail = [
            ("本年支出合计", gps, gfs, sc),
            ("年末财政拨款结转和结余", eg, Z, Z),
            ("", None, None, None),
            ("", None, None, None),
            ("", None, None, None),
        ]
        for k, ((lab, lv), (rab, g, f, c)) in enumerate(zip(ltail, rtail)):
            if g is None:
                rows.append([lab, str(n + k + 1), F(lv), "", "", "", "", "", ""])
            else:
                rows.append(
                    [lab, str(n + k + 1), F(lv), rab, str(n + 33 + k), F(g + f + c), F(g), F(f), F(c)]
                )
        fin_grand = gp_in + gf + sc + bg
        rows.append(
            [
                "总计",
                str(n + 6),
                F(fin_grand),
                "总计",
                str(n + 35),
                F(gps + gfs + sc + eg),
                F(gps + eg),
                F(gfs),
                F(sc),
            ]
        )
        assert fin_grand == gps + gfs + sc + eg == info["fiscal_grand"]
        for r in rows:
            if r[5]:
                assert d(r[5]) == sum((d(x) if x else Z for x in r[6:9]), Z), r
        # the 类 rows' fund columns re-added against 本年支出合计
        for j in (6, 7, 8):
            cls_sum = sum(
                (d(r[j]) if r[j] else Z for r in rows if re.match(r"^[一二三四五六七八九十]+、", r[3])), Z
            )
            tot_row = next(r for r in rows if r[3] == "本年支出合计")
            assert cls_sum == (d(tot_row[j]) if tot_row[j] else Z), j
        fkeys = [
            "expenditure",
            "expenditure_general_public",
            "expenditure_government_fund",
            "expenditure_state_capital",
        ]
        exp = []
        for r in rows:
            if r[0]:
                exp.append(FD._exp_row(None, r[0], ["income"], [r[2]], zero))
            if r[3]:
                exp.append(FD._exp_row(None, r[3], fkeys, r[5:], zero))
        t["fiscal_summary"].rows, t["fiscal_summary"].exp = rows, exp
        # 8 政府性基金 (without 类 223)
        gcodes = m.codes(lambda v: v["fp"] != 0)
        gcodes = [c for c in gcodes if not _is_sc(c)]
        g8 = t["government_fund"]
        rows = [["", "合计", F(Z), F(gf), F(gfs), F(Z), F(gfs), F(Z)]]
        for code in gcodes:
            v = m.s(code, lambda v: v["fp"])
            rows.append([code, m.names[code], F(Z), F(v), F(v), F(Z), F(v), F(Z)])
        g8.rows = rows
        g8.exp = [
            FD._exp_row(
                r[0] or None,
                r[1],
                ["carryover_begin", "income", "total", "basic", "project", "carryover_end"],
                r[2:],
                zero,
            )
            for r in rows
        ]
        g8.empty = None
        readd_coded(g8, [4, 6])
        # 9 国有资本经营 with its rows: 本年支出合计 | 基本支出 | 项目支出
        s9 = t["state_capital"]
        scodes = [c for c in m.codes(lambda v: v["fp"] != 0) if _is_sc(c)]
        rows = [["", "合计", F(sc), F(Z), F(sc)]]
        for code in scodes:
            v = m.s(code, lambda v: v["fp"])
            rows.append([code, m.names[code], F(v), F(Z), F(v)])
        s9.rows, s9.kind, s9.empty = rows, "sc_rows", None
        s9.exp = [FD._exp_row(r[0] or None, r[1], ["total", "basic", "project"], r[2:], zero) for r in rows]
        readd_coded(s9, [2, 4])
        # the 说明: 财政拨款收入 with its three funds; 八 / 九 with their own figures
        pr = doc["prior"]
        out = []
        for kind, s_ in text:
            if kind == "p" and f"政府性基金预算财政拨款{N(info['inc']['gf'])}" in s_:
                s_ = s_.replace(
                    f"政府性基金预算财政拨款{N(info['inc']['gf'])}{u}",
                    f"政府性基金预算财政拨款{N(gf)}{u}，国有资本经营预算财政拨款{N(sc)}{u}",
                )
            if kind == "p" and s_.startswith(f"{y}年度政府性基金预算财政拨款支出"):
                # the claim of this sentence was typed for gf + sc: retype it
                old = FD.num(info["gf_sp"]).replace(",", "")
                claims[:] = [c for c in claims if not (c[0] == "year_on_year" and c[2].get("amount") == old)]
                word, c_, r_, grow = FD.chg(gfs, d(pr["gf"]))
                claims.append(
                    (
                        "year_on_year",
                        None,
                        {
                            "amount": N(gfs).replace(",", ""),
                            "rate": ("-" if word == "减少" else "") + str(r_),
                        },
                    )
                )
                s_ = (
                    f"{y}年度政府性基金预算财政拨款支出{N(gfs)}{u}，与{y - 1}年度决算相比，{word}{N(c_)}{u}，{grow}{r_}%，"
                    f"主要原因是{doc['why']['gf']}。"
                )
            if kind == "p" and s_ == f"本部门{y}年度无国有资本经营预算财政拨款支出。":
                word, c_, r_, grow = FD.chg(sc, d(pr["sc"]))
                claims.append(
                    (
                        "year_on_year",
                        None,
                        {"amount": N(sc).replace(",", ""), "rate": ("-" if word == "减少" else "") + str(r_)},
                    )
                )
                s_ = (
                    f"{y}年度国有资本经营预算财政拨款支出{N(sc)}{u}，主要用于{doc['use']['sc']}。与{y - 1}年度决算相比，"
                    f"{word}{N(c_)}{u}，{grow}{r_}%，主要原因是{doc['why']['sc']}。"
                )
            out.append((kind, s_))
        text = out
    # the execution wording: 无年初预算; rates without a trailing zero
    out = []
    for kind, s_ in text:
        if kind == "p" and st.get("no_budget_word") and f"。年初预算为0{u}，支出决算为" in s_:
            s_ = s_.replace(f"。年初预算为0{u}，支出决算为", "，无年初预算，支出决算为")
            s_ = s_.replace("决算数大于年初预算数的主要原因是", "主要原因是")
        if kind == "p" and st.get("short_rate"):
            s_ = re.sub(r"完成年初预算的(\d+\.\d)0%", r"完成年初预算的\1%", s_)
            s_ = re.sub(r"完成年初预算的(\d+)\.00%", r"完成年初预算的\1%", s_)
        out.append((kind, s_))
    text = out
    if st.get("no_budget_word"):
        # "无年初预算" states no budget figure: the claim carries the actual only
        claims[:] = [
            (k, c, {x: v for x, v in f.items() if x != "budget"})
            if k == "execution" and c and f.get("budget") == "0.00"
            else (k, c, f)
            for k, c, f in claims
        ]
    parts = FD.front(doc, info) + [("page", None)] + text + FD.back()
    return tabs, parts, claims, notc
