"""The standard tables of a rules_s31e report, summed from its typed leaves (rules_s31e_data.py)."""

from __future__ import annotations

from s31e_lib import CN, ECON, FUNC, Money, Tab, Z, coded, d, fmt

IS, INC, EXP, GB, EB = (
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "general_budget_by_function",
    "general_budget_basic_by_economic",
)
SG, GF, SC, PROC, PERF, PS, OC = (
    "sangong",
    "government_fund",
    "state_capital",
    "procurement",
    "performance",
    "purchase_services",
    "operating_costs",
)
SG_KEYS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")

# the 收入总表's columns: (header, key, part of the leaves or the other source's name)
INC_COLS_BUDGET = {
    "上年结转": ("上年结转", "carryover_begin"),
    "一般公共预算": ("一般公共预算拨款收入", "general_public"),
    "政府性基金": ("政府性基金预算拨款收入", "government_fund"),
    "财政专户": ("财政专户管理资金收入", "fiscal_special_account"),
    "事业收入": ("事业收入", "business"),
    "其他收入": ("其他收入", "other_income"),
}


def econ_of(unit_econ, m):
    """The 一般公共预算基本支出 by economic 款: the typed items, the insurance items equal to their functional
    项, 30101 基本工资 the rest (so the table adds up to the 一般公共预算 basic total)."""
    e = {k: d(v) for k, v in unit_econ.items()}
    e["30108"] = m.t("gp_b", "2080505")
    e["30109"] = m.t("gp_b", "2080506")
    e["30110"] = m.t("gp_b", "21011")
    e["30113"] = m.t("gp_b", "2210201")
    e = {k: v for k, v in e.items() if v != 0}
    e["30101"] = m.t("gp_b") - sum(e.values(), Z)
    assert e["30101"] > 0
    return dict(sorted(e.items()))


def add_econ(*econs):
    out = {}
    for e in econs:
        for k, v in e.items():
            out[k] = out.get(k, Z) + v
    return dict(sorted(out.items()))


def summary(m, f, other, title, unit, *, label=None, org=None, above=None):
    """收支总表 (budget): the income items, 上年结转 at the foot when it is the other source."""
    items = [
        ("一般公共预算拨款收入", "gp"),
        ("政府性基金预算拨款收入", "gf"),
        ("国有资本经营预算拨款收入", None),
        ("财政专户管理资金收入", "财政专户"),
        ("事业收入", "事业收入"),
        ("事业单位经营收入", None),
        ("其他收入", "其他收入"),
    ]

    def val(src):
        if src in ("gp", "gf"):
            return m.t(src)
        return m.t("ot") if src is not None and src == other else Z

    left = [(f"{CN[i]}、{name}", f(val(src))) for i, (name, src) in enumerate(items)]
    right = [(f"{CN[i]}、{FUNC[c]}", f(m.t("all", c))) for i, c in enumerate(m.classes())]
    n = max(len(left), len(right))
    left += [("", "")] * (n - len(left))
    right += [("", "")] * (n - len(right))
    carry = m.t("ot") if other == "上年结转" else Z
    rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right, strict=True)]
    rows += [
        ("本年收入合计", f(m.t("all") - carry), "本年支出合计", f(m.t("all"))),
        ("上年结转", f(carry), "结转下年", ""),
        ("收入总计", f(m.t("all")), "支出总计", f(m.t("all"))),
    ]
    return Tab(IS, title, unit, "two", rows=rows, label=label, org=org, above=above)


def income(m, f, other, cols, title, unit, **kw):
    """收入总表: cols = the INC_COLS_BUDGET names printed after 合计."""

    def part(name):
        if name == "一般公共预算":
            return "gp"
        if name == "政府性基金":
            return "gf"
        return (lambda c: m.t("ot", c)) if name == other else (lambda c: Z)

    heads = [("合计", "total")] + [INC_COLS_BUDGET[c] for c in cols]
    rows = coded(m, m.codes_of(), ["all"] + [part(c) for c in cols], f)
    return Tab(INC, title, unit, "coded", heads, rows, sums=[(0, list(range(1, len(heads))))], **kw)


def income_final(m, f, other, title, unit, **kw):
    """收入决算表: 合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入."""
    heads = [
        ("合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("上级补助收入", "upper_grant"),
        ("事业收入", "business"),
        ("经营收入", "operating_income"),
        ("附属单位上缴收入", "affiliated_remit"),
        ("其他收入", "other_income"),
    ]

    def ot(name):
        return (lambda c: m.t("ot", c)) if name == other else (lambda c: Z)

    parts = ["all", "fiscal", lambda c: Z, ot("事业收入"), lambda c: Z, lambda c: Z, ot("其他收入")]
    rows = coded(m, m.codes_of(), parts, f)
    return Tab(INC, title, unit, "coded", heads, rows, sums=[(0, [1, 2, 3, 4, 5, 6])], **kw)


def expenditure(m, f, title, unit, key=EXP, **kw):
    heads = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    rows = coded(m, m.codes_of(), ["all", "basic", "project"], f)
    return Tab(key, title, unit, "coded", heads, rows, sums=[(0, [1, 2])], **kw)


def general(m, f, title, unit, **kw):
    heads = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    rows = coded(m, m.codes_of("gp"), ["gp", "gp_b", "gp_p"], f)
    return Tab(GB, title, unit, "coded", heads, rows, sums=[(0, [1, 2])], **kw)


def basic_econ(econ, f, title, unit, **kw):
    """一般公共预算基本支出表: 合计 | 人员经费 | 公用经费 by economic 类 and 款."""
    classes = sorted({k[:3] for k in econ})
    codes = sorted(set(econ) | set(classes))

    def val(code):
        return sum((v for k, v in econ.items() if k.startswith(code)), Z)

    def vals(code):
        total = val(code)
        pers = sum((v for k, v in econ.items() if k.startswith(code) and k[:3] in ("301", "303")), Z)
        return [fmt(total), fmt(pers), fmt(total - pers)]

    rows = [(None, "合计", vals(""))] + [(c, ECON[c], vals(c)) for c in codes]
    rows = [(c, n, [f(d(x)) if x else "" for x in v]) for c, n, v in rows]
    heads = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    return Tab(EB, title, unit, "coded", heads, rows, hier="econ", sums=[(0, [1, 2])], **kw)


def sangong(values, title, unit, layout, phase="", f=fmt, **kw):
    """三公 one row: 合计 出国 车(小计 购置 运行) 接待, from (出国, 购置, 运行, 接待)."""
    out, buy, run, rec = (d(x) for x in values)
    vals = [out + buy + run + rec, out, buy + run, buy, run, rec]
    printed = [f(x, zero="0.00") for x in vals]
    if layout:
        lines = [
            " " + " " * 40 + "公务用车购置及运行费",
            " "
            + "合计".rjust(12)
            + "因公出国（境）费".rjust(14)
            + "小计".rjust(12)
            + "购置费".rjust(12)
            + "运行费".rjust(12)
            + "公务接待费".rjust(12),
            " " + "".join(p.rjust(12 if i != 1 else 14) for i, p in enumerate(printed)),
        ]
    else:
        lines = [
            "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
            "小计 公务用车购置费 公务用车运行费",
            " ".join(printed),
        ]
    want = {}
    for k, p in zip(SG_KEYS, printed, strict=True):
        want[k + phase] = p + "?" if d(p) == 0 else p
    return Tab(SG, title, unit, "sangong", rows=[(None, "*", want)], lines=lines, **kw)


def text_table(key, title, unit, lines, **kw):
    return Tab(key, title, unit, "text", lines=lines, **kw)


__all__ = ["Money", "coded", "d", "fmt"]
