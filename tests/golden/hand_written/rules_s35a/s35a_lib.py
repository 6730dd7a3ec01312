"""The rules_s35a reports: rules_s33i's builder (../rules_s33i/s33i_lib.py, imported, not copied) builds and re-adds
every table of the template and the project table from the typed figures; this module adds the NON-MONEY figures
around them, each computed from the printed strings (so a typo cannot hide) and re-added where it is a sum:
- percentage columns appended after the builder's identities (share of the 合计 "占比", a 执行率 / 完成率 of two
  columns, 增减% against a typed 上年预算数 per 项 summed to 款 / 类 / 合计): no expectation (not money);
- 栏次 rows ("栏次 1 2 3 …") under the header of coded tables; 序号 columns;
- extra tables: 机关运行经费 (by economic 款, amounts expected), 政府采购 (budget: categories and items with 数量 /
  计量单位; final: categories with 合同数; 合计 and categories expected, items and counts not), a 三公 table with
  count columns between its money columns (money expected as the row "*", counts not), 国有资产占有使用情况表 and
  人员情况表 (no table key in the vocabulary: nothing of them may be loaded), a 部门整体支出绩效目标表 (performance:
  present, no figure);
- 说明 paragraphs with counts beside money (more_text), their money claims (more_claims) and the counts that are no
  claim (not_claims)."""

from __future__ import annotations

import os
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33i"))
import s33i_lib as L  # noqa: E402
from s33i_lib import ECON, GB, SG, Col, Tab, d, want  # noqa: E402

Z = D(0)
OC, PROC, PERF = "operating_costs", "procurement", "performance"


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def pct(a, b):
    return q2(a / b * 100)


def v(s):
    return d(s) if s and s not in ("-", "—") else Z


def money_cols(t):
    return [j for j, c in enumerate(t.cols) if c.kind == "money"]


# ----------------------------------------------------------------------------------- percentage columns
def add_share(t, head, sign):
    """A last column: each row's first money figure as a share of the 合计 row's, 2 decimals."""
    j = money_cols(t)[0]
    tot = next(v(r[j]) for r in t.rows if "合计" in r[:2] or "总计" in r[:2])
    t.cols.append(Col((head,), "rowno"))
    for r in t.rows:
        r.append(f"{pct(v(r[j]), tot)}{'%' if sign else ''}" if r[j] and v(r[j]) else "")
    assert any(r[-1].rstrip("%") == "100.00" for r in t.rows), t.title


def add_rate(t, head, num_j, den_j, sign):
    """A last column: the figure of column num_j over column den_j's, 2 decimals (blank where den is none)."""
    t.cols.append(Col((head,), "rowno"))
    for r in t.rows:
        ok = r[num_j] and v(r[den_j])
        r.append(f"{pct(v(r[num_j]), v(r[den_j]))}{'%' if sign else ''}" if ok else "")


def add_change_pct(t, prior, head_now, sign):
    """The 一般公共预算支出表 with 上年预算数 before its own columns (not the report's) and 增减% last (not money)."""
    prior = {k: d(x) for k, x in prior.items()}
    leaves = [r[0] for r in t.rows if r[0] and len(r[0]) == 7]
    assert set(prior) == set(leaves), (t.title, sorted(set(prior) ^ set(leaves)))

    def p(code):
        return sum((x for k, x in prior.items() if k.startswith(code)), Z)

    rows = []
    for r in t.rows:
        before, now = p(r[0] or ""), v(r[2])
        ch = f"{pct(now - before, before)}{'%' if sign else ''}"
        rows.append([r[0], r[1], f"{before:,.2f}", *r[2:], ch])
    # re-add the typed prior: 类 = Σ 款 = Σ 项 holds by construction (p sums the 项); one change is negative
    assert any(r[-1].startswith("-") for r in rows), t.title
    t.cols = (
        t.cols[:2]
        + [Col(("上年预算数",), "money", None)]
        + [Col((head_now,) + c.head, "money", c.key) for c in t.cols[2:]]
        + [Col(("增减%",) if not sign else ("增减幅度",), "rowno")]
    )
    t.rows = rows


def add_lanci(t):
    """A 栏次 row under the header: the money columns numbered 1, 2, 3 …"""
    n = 0
    row = []
    for c in t.cols:
        if c.kind == "money" or c.kind == "rowno":
            n += 1
            row.append(str(n))
        else:
            row.append("")
    names = [j for j, c in enumerate(t.cols) if c.kind in ("name", "code")]
    row[names[-1] if t.cols[0].kind == "code" else names[0]] = "栏次"
    t.rows.insert(0, row)
    if t.break_at is not None:
        t.break_at += 1


def free(key, title, unit, cols, rows, label_col=0, landscape=False):
    """A table of printed strings: cols [(head path, kind, key)], the expectations its money cells under keys."""
    tcols = [Col(h if isinstance(h, tuple) else (h,), k, key) for h, k, key in cols]
    exp = []
    for r in rows:
        vals = {c.key: want(r[j]) for j, c in enumerate(tcols) if c.kind == "money" and c.key and want(r[j])}
        if vals:
            code = r[0] if tcols[0].kind == "code" and r[0] else None
            exp.append((code, r[label_col], vals))
    return Tab(key, title, unit, tcols, rows, exp, kind="free", landscape=landscape)


# ----------------------------------------------------------------------------------- extra tables
def oc_table(doc, spec):
    """机关运行经费 (one amount column, key "total" as rules_s28i; a final's 年初预算数 | 决算数 its phases): spec = dict(title, items {econ 款: amount | (年初预算, 决算)}, seq, rate_sign)."""
    u, final = doc["unit"], doc["kind"] == "final_account"
    items = spec["items"]
    f = L.fmt
    if not final:
        tot = sum(d(x) for x in items.values())
        body = [["", "", "合计", f(tot)], ["", "302", ECON["302"], f(tot)]]
        body += [["", k, ECON[k], f(d(x))] for k, x in items.items()]
        for n, r in enumerate(body[2:], start=1):
            r[0] = str(n)
        cols = [("序号", "rowno", None), ("科目编码", "code", None), ("科目名称", "name", None)]
        cols += [("机关运行经费支出", "money", "total")]
        if not spec.get("seq"):
            cols, body = cols[1:], [r[1:] for r in body]
        t = free(OC, spec["title"], u, cols, body, label_col=2 if spec.get("seq") else 1)
        if spec.get("seq"):  # the expectation's code is the 科目编码 column's
            t.exp = [(r[1] or None, r[2], {"total": want(r[3])}) for r in body]
        return t
    b = sum(d(x[0]) for x in items.values())
    a = sum(d(x[1]) for x in items.values())
    body = [["", "合计", f(b), f(a)], ["302", ECON["302"], f(b), f(a)]]
    body += [[k, ECON[k], f(d(x[0])), f(d(x[1]))] for k, x in items.items()]
    cols = [("科目编码", "code", None), ("科目名称", "name", None), ("年初预算数", "money", "total@budget")]
    cols += [("决算数", "money", "total")]
    t = free(OC, spec["title"], u, cols, body, label_col=1)
    add_rate(t, "完成率（%）" if not spec.get("rate_sign") else "完成率", 3, 2, spec.get("rate_sign"))
    return t


def proc_budget(doc, spec):
    """政府采购预算表: categories [(一、货物, [(品目, 数量, 计量单位, amount)])]; 合计 first; items numbered."""
    f = L.fmt
    rows, total, n = [], Z, 0
    for cat, items in spec["cats"]:
        s = sum((d(a) for *_x, a in items), Z)
        total += s
        rows.append(["", cat, "", "", "", f(s)])
        for name, item, qty, measure, a in items:
            n += 1
            rows.append([str(n), name, item, qty, measure, f(d(a))])
    rows.insert(0, ["", "合计", "", "", "", f(total)])
    cols = [
        ("序号", "rowno", None),
        ("采购项目名称", "name", None),
        ("采购品目", "text", None),
        ("数量", "rowno", None),
        ("计量单位", "text", None),
        ("采购预算金额", "money", "total"),
    ]
    t = free(PROC, spec["title"], doc["unit"], cols, rows, label_col=1)
    t.exp = [(None, r[1], {"total": want(r[5])}) for r in rows if not r[0]]
    return t, total


def proc_final(doc, spec):
    """政府采购情况表 (final): rows 合计 / 一、货物 / 二、工程 / 三、服务, columns 合同数（份）| 采购金额 | 占比."""
    f = L.fmt
    cats = spec["cats"]  # [(label, contracts, amount)]
    tot = sum(d(a) for _l, _n, a in cats)
    rows = [["合计", str(sum(int(n) for _l, n, _a in cats)), f(tot)]]
    rows += [[lab, n, f(d(a))] for lab, n, a in cats]
    cols = [("项目", "name", None), ("合同数（份）", "rowno", None), ("采购金额", "money", "total")]
    t = free(PROC, spec["title"], doc["unit"], cols, rows)
    add_share(t, "占比（%）", spec.get("sign", False))
    return t, tot


def sangong_counts(doc, spec):
    """A 三公 table with count columns between its money columns (budget: 预算数 only; final: 预算数 block of six
    money columns, then the 决算数 block with counts). spec: out_n (团组, 人次), cars (购置数, 保有量), rec (批次, 人次)."""
    final = doc["kind"] == "final_account"
    f = L.fmt
    z = spec.get("zero", "0.00")

    def sg(vals):
        o, p, r, j = (d(x) for x in vals)
        return [o + p + r + j, o, p + r, p, r, j]

    def fm(x):
        return f(x) if x else z

    a = sg(doc["sangong"])
    own = ("决算数",) if final else ()
    cols = [
        (own + ("合计",), "money", "total"),
        (own + ("因公出国（境）费", "金额"), "money", "outbound"),
        (own + ("因公出国（境）费", "团组数（个）"), "rowno", None),
        (own + ("因公出国（境）费", "人次"), "rowno", None),
        (own + ("公务用车购置及运行费", "小计"), "money", "vehicle"),
        (own + ("公务用车购置及运行费", "购置费"), "money", "vehicle_purchase"),
        (own + ("公务用车购置及运行费", "购置数（辆）"), "rowno", None),
        (own + ("公务用车购置及运行费", "运行费"), "money", "vehicle_operation"),
        (own + ("公务用车购置及运行费", "保有量（辆）"), "rowno", None),
        (own + ("公务接待费", "金额"), "money", "reception"),
        (own + ("公务接待费", "批次"), "rowno", None),
        (own + ("公务接待费", "人次"), "rowno", None),
    ]
    on, cn, rn = spec["out_n"], spec["cars"], spec["rec"]
    row = [
        fm(a[0]),
        fm(a[1]),
        on[0],
        on[1],
        fm(a[2]),
        fm(a[3]),
        cn[0],
        fm(a[4]),
        cn[1],
        fm(a[5]),
        rn[0],
        rn[1],
    ]
    if final:
        b = sg(doc["sangong_budget"])
        heads = [("合计",), ("因公出国（境）费",), ("公务用车购置及运行费", "小计")]
        heads += [("公务用车购置及运行费", "购置费"), ("公务用车购置及运行费", "运行费"), ("公务接待费",)]
        keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
        cols = [(("年初预算数",) + h, "money", k + "@budget") for h, k in zip(heads, keys)] + cols
        row = [fm(x) for x in b] + row
    t = free(SG, spec["title"], spec.get("unit", doc["unit"]), cols, [row], landscape=True)
    t.exp = [(None, "*", {c.key: want(x) for c, x in zip(t.cols, row) if c.key and want(x)})]
    # re-add: 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行 (per block, from the printed strings)
    m = [v(x) for c, x in zip(t.cols, row) if c.kind == "money"]
    for blk in [m[:6], m[6:]] if final else [m]:
        tot, o, car, p, r, j = blk
        assert tot == o + car + j and car == p + r, doc["org"]
    return t


def assets_table(doc, spec):
    """国有资产占有使用情况表 (no table key: not expected). shape "rows": 项目 | 计量单位 | 数量 | 账面原值;
    shape "cols": the counts in one row, 账面原值 in the next, one column per class."""
    if spec["shape"] == "rows":
        cols = [("资产名称", "name", None), ("计量单位", "text", None), ("数量", "rowno", None)]
        cols += [("账面原值", "rowno", None)]
        rows = [list(r) for r in spec["rows"]]
    else:
        heads = spec["heads"]
        cols = [("项目", "name", None)] + [(h, "rowno", None) for h in heads]
        rows = [["数量", *spec["counts"]], ["账面原值（万元）", *spec["values"]]]
    t = free(None, spec["title"], spec.get("unit", "万元"), cols, rows, landscape=spec["shape"] == "cols")
    t.exp = []
    return t


def staff_table(doc, spec):
    """人员情况表 (no table key): per body 编制数 | 实有人数 | 离退休人数 (each 小计 | parts), in 人; 合计 first."""
    groups = spec["groups"]  # [(group, [parts])]
    cols = [("单位名称", "name", None)]
    for g, parts in groups:
        cols += [((g, "小计"), "rowno", None)] + [((g, p), "rowno", None) for p in parts]
    rows = []
    tot = None
    for body, *figs in spec["rows"]:
        cells = []
        for (_g, parts), fs in zip(groups, figs):
            assert len(fs) == len(parts)
            cells += [str(sum(fs))] + [str(x) for x in fs]
        rows.append([body, *cells])
        nums = [int(x) for x in cells]
        tot = nums if tot is None else [a + b for a, b in zip(tot, nums)]
    rows.insert(0, ["合计", *(str(x) for x in tot)])
    t = free(None, spec["title"], "人", cols, rows, landscape=True)
    t.exp = []
    return t


def perf_whole(doc, spec):
    """部门整体支出绩效目标表 (performance): 年度预算资金 rows with 金额 | 占比（%） (the last column a percentage),
    then indicators. No figure is money of the report's tables: nothing expected."""
    f = L.fmt
    funds = spec["funds"]  # [(label, amount)] the first the total
    tot = d(funds[0][1])
    assert tot == sum(d(a) for _l, a in funds[1:]), doc["org"]
    rows = [[lab, f(d(a)), f"{pct(d(a), tot)}%"] for lab, a in funds]
    rows += [["", "", ""]]
    rows += [list(x) for x in spec["inds"]]
    cols = [("项目", "name", None), ("金额", "rowno", None), ("占比（%）", "rowno", None)]
    t = free(PERF, spec["title"], doc["unit"], cols, [r for r in rows if any(r)])
    t.exp = []
    return t


# ----------------------------------------------------------------------------------- the report
def make(name, doc):
    """(tabs, info, 说明, expected) of one report."""
    tabs, info = L.build(doc)
    L.identities(name, doc, tabs, info)
    by = {t.key: t for t in tabs if t.title}
    for key, head, sign in doc.get("share", []):
        add_share(by[key], head, sign)
    if doc.get("cmp"):
        add_change_pct(by[GB], doc["cmp"], "本年预算数", doc.get("cmp_sign", False))
    if doc.get("proj_rate"):
        head, sign = doc["proj_rate"]
        t = by["project_expenditure"]
        mc = money_cols(t)
        add_rate(t, head, mc[1], mc[0], sign)
    for key in doc.get("lanci", []):
        add_lanci(by[key])
    extra, claims = [], []
    if doc.get("sangong_counts"):
        i = next(i for i, t in enumerate(tabs) if t.key == SG)
        tabs[i] = sangong_counts(doc, doc["sangong_counts"])
    if doc.get("oc"):
        extra.append(oc_table(doc, doc["oc"]))
    if doc.get("proc"):
        spec = doc["proc"]
        t, _tot = (proc_final if doc["kind"] == "final_account" else proc_budget)(doc, spec)
        extra.append(t)
    if doc.get("assets"):
        extra.append(assets_table(doc, doc["assets"]))
    if doc.get("staff"):
        extra.append(staff_table(doc, doc["staff"]))
    if doc.get("perf"):
        assert L.d(doc["perf"]["funds"][0][1]) == info["spend"], (
            name
        )  # the 整体 funds = the report's spending
        extra.append(perf_whole(doc, doc["perf"]))
    # the extra tables after the template's, in the order typed (doc["order"]: keys of the assets / staff first)
    for t in extra:
        at = doc.get("insert", {}).get(t.title)
        if at is None:
            tabs.append(t)
        else:
            tabs.insert(next(i for i, x in enumerate(tabs) if x.title == at) + 1, t)
    text, claims = L.narrative(doc, tabs, info)
    text = list(text)
    for before, more in doc.get("more_text", []):
        at = next(i for i, (s, _h) in enumerate(text) if s.startswith(before))
        text[at:at] = more
    claims = list(claims) + list(doc.get("more_claims", []))
    keys = sorted({t.key for t in tabs if t.key})
    tables = L.expectations([t for t in tabs if t.key])
    exp = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=tables,
        only_tables=keys,
        claims=claims,
        not_claims=doc.get("not_claims", []),
    )
    return tabs, info, text, exp
