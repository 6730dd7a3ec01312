"""The rules_s41a builders: ../rules_s38a/s38a_lib.py (budgets) and ../rules_s38b/s38b_lib.py (finals), imported and
widened by patching their own source text (each patch asserted to apply, so a change of theirs fails loudly here):

budgets (build_budget):
- a 国有资本经营预算 fund "sc" (leaf keys sc_pe / sc_pu / sc_p): the 财务收支预算总表's "3、国有资本经营预算", the
  财政拨款收支预算总表's "三、国有资本经营预算" and its 国有资本经营预算 column, a NON-empty 国有资本经营预算支出功能分类
  预算表, and the 说明's 国有资本经营预算拨款支出预算 sentence with its change;
- a 项 typed with zeros only (e.g. "2240106 gp_p=0") is printed: its 类 / 款 / 项 rows all "0.00".
finals (build_final, narrative_final):
- 经营收入 / 经营支出 per 项 (L41(..., ops=, opx=)): the 收入决算表's 经营收入 column, the 支出决算表's 经营支出 column,
  the 收入支出决算总表's "六、经营收入";
- doc "fund_use": the 收入支出决算总表's "用事业基金弥补收支差额" row (instead of 使用非财政拨款结余), in 总计; doc
  "surplus_alloc": its 结余分配 (right side), out of the 年末结转和结余;
- doc "negative": 项 whose spending may be negative (收回); doc "exec_level" 类: the execution told per 类;
- doc "scope" 单位: 单位决算 wording (the 说明's 本单位 and titles), see s41a_print.py.
Every identity the s38 libs assert still holds and is re-added on the printed strings at import."""

from __future__ import annotations

import inspect
import os
import sys
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s38a"), os.path.join(HERE, "..", "rules_s38b")]
import s38a_lib  # noqa: E402
import s38b_lib  # noqa: E402


def _patched(mod, names, subs, g):
    src = "\n\n".join(inspect.getsource(getattr(mod, n)) for n in names)
    for old, new in subs:
        assert old in src, (mod.__name__, old)
        src = src.replace(old, new)
    exec(compile(src, f"<{mod.__name__} patched by s41a_lib>", "exec"), g)


# ------------------------------------------------------------------------------------------------ budgets
_GA = dict(vars(s38a_lib))
_GA["FUNDS"] = ("gp", "gf", "sc", "biz", "ops", "oth")
_patched(
    s38a_lib,
    ["Model"],
    [
        (
            "if any(f in funds and v != 0 for (f, _k), v in vals.items())",
            "if any(f in funds for (f, _k), v in vals.items())",
        )
    ],
    _GA,
)
_patched(
    s38a_lib,
    ["build", "narrative", "narrative_b"],
    [
        ('fisc = ("gp", "gf")', 'fisc = ("gp", "gf", "sc")'),
        ('("3、国有资本经营预算", Z),', '("3、国有资本经营预算", m.t(("sc",))),'),
        ('("三、国有资本经营预算", Z),', '("三、国有资本经营预算", m.t(("sc",))),'),
        (
            '("expenditure_government_fund", ("gf",)),\n    ]',
            '("expenditure_government_fund", ("gf",)),\n        ("expenditure_state_capital", ("sc",)),\n    ]',
        ),
        ("money(x, s4) if x else z4 for x in vals] + [z4]", "money(x, s4) if x else z4 for x in vals]"),
        ("money(x, s4) if x else z4 for x in tot4] + [z4]", "money(x, s4) if x else z4 for x in tot4]"),
        ('"国有资本经营预算支出功能分类预算表", (), ', '"国有资本经营预算支出功能分类预算表", ("sc",), '),
        ('m.t(("gp", "gf"))', 'm.t(("gp", "gf", "sc"))'),
        ('m.t(("gp", "gf"), KINDS, code)', 'm.t(("gp", "gf", "sc"), KINDS, code)'),
        (
            "国有资本经营预算拨款支出预算0万元，与{ref}持平。",
            "国有资本经营预算拨款支出预算{W(m.t(('sc',)))}万元，{chg(m.t(('sc',)), last.get('sc', Z))}。",
        ),
        (
            '("year_on_year", None, {"amount": "0"}),',
            '("year_on_year", None, {"amount": str(wan(m.t(("sc",)), unit))}),',
        ),
        (
            "预算执行数{'增加' if r > 0 else '减少'}{abs(r)}%",
            "预算执行数{doc.get('words', ('增加', '减少'))[0 if r > 0 else 1]}{abs(r)}%",
        ),
        ("r = pct(cw, prior)\n", "r = pct(cw, prior, doc.get('pct_places', 2))\n"),
    ],
    _GA,
)


def _pct(cur, prior, places=2):
    """s38a_lib.pct with the document's number of decimals (doc "pct_places": 1 prints 5.1%)."""
    q = s38a_lib.D("0.1") if places == 1 else s38a_lib.D("0.01")
    return ((cur - prior) / prior * 100).quantize(q, s38a_lib.ROUND_HALF_UP)


_GA["pct"] = _pct


def build_budget(name, doc):
    """s38a_lib.build widened; doc "sangong_yuan": the 三公 table printed in 元 (figures × 10000) as some units print
    it in a document in 元."""
    tabs, info, text, claims, not_claims = _GA["build"](name, doc)
    if doc.get("sangong_yuan"):
        t = tabs[-1]
        assert t.key == "sangong"
        t.unit = "元"
        ss = dict(doc["style"], num="comma")
        t.rows = [[s38a_lib.money(s38a_lib.d(x or 0) * 10000, ss) for x in t.rows[0]]]
        v = [s38a_lib.d(x or 0) for x in t.rows[0]]
        assert v[0] == v[1] + v[2] + v[3] and v[3] == v[4] + v[5], name
    if doc.get("proj_table"):
        tabs.append(project_table(name, doc, info))
    tabs += perf_tables(doc)
    return tabs, info, text, claims, not_claims


def expectations(tabs):
    """s38a_lib.expectations of the nine tables, the 项目支出预算表's rows; the 绩效目标表 none (text only)."""
    out = s38a_lib.expectations([t for t in tabs if t.kind not in ("proj", "perf")])
    out += [project_expectations(t) for t in tabs if t.kind == "proj"]
    return out


# ------------------------------------------------------------------------------------------------ finals
@dataclass
class Leaf41(s38b_lib.Leaf):
    ops: s38b_lib.D = s38b_lib.Z  # 经营收入 of the year
    opx: s38b_lib.D = s38b_lib.Z  # 经营支出

    @property
    def exp(self):
        return self.gpb + self.gpp + self.gfp + self.nb + self.np + self.opx

    @property
    def inc(self):
        return self.fiscal_in + self.biz + self.oth + self.ops


def L41(code, name=None, **kw):
    name = name or s38b_lib.FUNC[code]
    assert s38b_lib.FUNC.get(code, name) == name, (code, name)
    return Leaf41(
        code,
        name,
        **{k: (v if k in ("use", "why") else (None if v is None else s38b_lib.d(v))) for k, v in kw.items()},
    )


_GB = dict(vars(s38b_lib))
_patched(
    s38b_lib,
    ["build"],
    [
        (
            '(("经营收入",), "operating_income", lambda lf: Z)',
            '(("经营收入",), "operating_income", lambda lf: lf.ops)',
        ),
        ('(("经营支出",), "operating", lambda lf: Z)', '(("经营支出",), "operating", lambda lf: lf.opx)'),
        (
            "assert inc_total == gp_in + gf_in + biz + oth",
            "ops = sum((lf.ops for lf in leaves), Z)\n    "
            "fu = d(doc.get('fund_use', 0))\n    assert inc_total == gp_in + gf_in + biz + oth + ops",
        ),
        (
            "ce = cb + inc_total - exp_total",
            "sa = d(doc.get('surplus_alloc', 0))\n    ce = cb + inc_total + fu - exp_total - sa",
        ),
        (
            '("总计", fmt(grand), "总计", fmt(ce + exp_total)),',
            '("总计", fmt(grand), "总计", fmt(ce + exp_total + sa)),',
        ),
        ("assert grand == ce + exp_total\n", "assert grand == ce + exp_total + sa\n"),
        (
            "assert getattr(lf, k) >= 0, (lf.code, k)",
            "assert getattr(lf, k) >= 0 or lf.code in doc.get('negative', ()), (lf.code, k)",
        ),
        ("grand = cb + inc_total\n", "grand = cb + inc_total + fu\n"),
        ("oth=oth,\n", "oth=oth,\n        ops=ops,\n        fu=fu,\n"),
        ('("六、经营收入", Z),', '("六、经营收入", ops),'),
        (
            '("使用非财政拨款结余（含专用结余）", "", "结余分配", ""),',
            '(("用事业基金弥补收支差额", fmt(fu), "结余分配", fmt(sa)) if doc.get("fund_use") else '
            '("使用非财政拨款结余（含专用结余）", "", "结余分配", "")),',
        ),
    ],
    _GB,
)
_patched(
    s38b_lib,
    ["narrative"],
    [
        (
            '("事业收入", F["biz"]), ("其他收入", F["oth"])]',
            '("事业收入", F["biz"]), ("经营收入", F["ops"]), ("其他收入", F["oth"])]',
        ),
        ("年度部门决算情况说明", "年度{doc.get('kind_word', '部门')}决算情况说明"),
        ("{y}年度本部门面向中小企业", "{y}年度本{doc.get('kind_word', '部门')}面向中小企业"),
        (
            '    if word != "持平":\n        C.append(("year_on_year", None, {"amount": op, "rate"',
            '    if word == "持平":\n        C.append(("year_on_year", None, {"amount": op}))\n'
            '    if word != "持平":\n        C.append(("year_on_year", None, {"amount": op, "rate"',
        ),
        (
            '    C.append(("procurement_total", None, {"amount": ptot}))',
            '    if doc.get("proc_words") == "grant":\n        P.pop()\n        P.append(("p", grant_sentence(doc, pr, ptot)))\n'
            '    C.append(("procurement_total", None, {"amount": ptot}))',
        ),
    ],
    _GB,
)


def grant_sentence(doc, pr, ptot):
    """The national finals' wording of the SME share: 授予中小企业合同金额 X万元，占政府采购支出总额的 R%，其中：授予小微企业
    合同金额 Y万元，占政府采购支出总额的 S%."""
    A = lambda x: s38b_lib.amt(x, doc)  # noqa: E731
    y = doc["year"]
    return (
        f"{y}年度本{doc.get('kind_word', '部门')}授予中小企业合同金额{A(pr['sme'])}万元，占政府采购支出总额的"
        f"{_GB['rate'](pr['sme'], ptot)}%，其中：授予小微企业合同金额{A(pr['micro'])}万元，占政府采购支出总额的"
        f"{_GB['rate'](pr['micro'], ptot)}%。"
    )


_RATE_PLACES = [2]


def _rate(part, whole):
    """s38b_lib.rate with the document's decimals (doc "rate_places": 1 prints 下降1.9%)."""
    if not whole:
        return s38b_lib.Z
    q = s38b_lib.D("0.1") if _RATE_PLACES[0] == 1 else s38b_lib.D("0.01")
    return (s38b_lib.D(part) / s38b_lib.D(whole) * 100).quantize(q, s38b_lib.ROUND_HALF_UP)


_GB["rate"] = _rate
_GB["grant_sentence"] = grant_sentence


def build_final(doc):
    _RATE_PLACES[0] = doc.get("rate_places", 2)
    return _GB["build"](doc)


def narrative_final(doc, F):
    """s38b_lib.narrative widened; doc "exec_level" 类: the 一般公共预算 execution told per 类 (“1、科学技术支出（类）。
    年初预算为…万元，支出决算为…万元，完成年初预算的…%。决算数大于预算数的主要原因：…”, a 类 never budgeted
    “年初预算为0万元”) instead of per 项; its claims carry the 类's code."""
    _RATE_PLACES[0] = doc.get("rate_places", 2)
    P, C = _GB["narrative"](doc, F)
    if doc.get("exec_level") != "类":
        return P, C
    at = [i for i, (_s, t) in enumerate(P) if _s == "p" and "（项）。主要用于：" in t]
    assert at and at == list(range(at[0], at[-1] + 1)), at
    A = lambda x: s38b_lib.amt(x, doc)  # noqa: E731
    Z = s38b_lib.Z
    lines, claims = [], []
    leaves = [lf for lf in F["leaves"] if lf.gp or lf.yb]
    for i, cls in enumerate(sorted({lf.code[:3] for lf in leaves}), 1):
        kids = [lf for lf in leaves if lf.code[:3] == cls]
        b = sum((lf.yb or Z for lf in kids), Z)
        act = sum((lf.gp for lf in kids), Z)
        figs = {"budget": b, "actual": act}
        line = f"{i}、{s38b_lib.FUNC[cls]}（类）。年初预算为{A(b) if b else '0'}万元，支出决算为{A(act)}万元"
        if b:
            figs["rate"] = _rate(act, b)
            line += f"，完成年初预算的{figs['rate']}%"
        if act == b:
            line += "。决算数与预算数持平。"
        else:
            why = doc.get("why_class", {}).get(cls, doc["why"]["leaf"])
            line += f"。决算数{'小于' if act < b else '大于'}预算数的主要原因：{why}"
        lines.append(("p", line))
        claims.append(("execution", cls, figs))
    P[at[0] : at[-1] + 1] = lines
    first = next(j for j, c in enumerate(C) if c[0] == "execution" and c[1])
    C = [c for c in C if not (c[0] == "execution" and c[1])]
    C[first:first] = claims
    return P, C


# ------------------------------------------------------------------------------------------------ budgets' extra tables
PROJ_HEAD = [
    ("合计", "total"),
    ("一般公共预算", "general_public"),
    ("政府性基金", "government_fund"),
    ("其他收入", "other_income"),
]


def project_table(name, doc, info):
    """doc "proj_table": the 项目支出预算表 by project, rows (项目类别, 项目名称, 功能分类 code, 一般公共预算, 其他收入)
    in the document's unit; per 项 the projects add up to its 一般公共预算 / 其他收入 项目支出 (asserted), 合计 first."""
    m = info["m"]
    st = doc["style"]
    d = s38a_lib.d
    prs = [(cat, nm, code, d(g), d(o)) for cat, nm, code, g, o in doc["proj_table"]]
    for code, vals in m.leaf.items():
        assert sum((p[3] for p in prs if p[2] == code), s38a_lib.Z) == vals.get(("gp", "p"), s38a_lib.Z), (
            name,
            code,
        )
        assert sum((p[4] for p in prs if p[2] == code), s38a_lib.Z) == vals.get(("oth", "p"), s38a_lib.Z), (
            name,
            code,
        )
    y = doc["year"]
    t = s38a_lib.Tab(
        "project_expenditure",
        f"{y}年{'部门' if doc['scope'] == '部门' else '单位'}项目支出预算表",
        doc["unit"],
        "proj",
        [h for h, _k in PROJ_HEAD],
        [k for _h, k in PROJ_HEAD],
    )
    t.group = "项目支出预算"

    def cells(g, o):
        return [s38a_lib.money(x, st) for x in (g + o, g, s38a_lib.Z, o)]

    t.rows.append(["", "合计"] + cells(sum(p[3] for p in prs), sum(p[4] for p in prs)))
    for cat, nm, _code, g, o in prs:
        t.rows.append([cat, nm] + cells(g, o))
    # re-add on the printed strings: row total = Σ parts, 合计 = Σ rows, = the 支出预算总表's 项目支出 minus 基金's
    body = [[d(x or 0) for x in r[2:]] for r in t.rows]
    for v in body:
        assert v[0] == v[1] + v[2] + v[3], name
    for j in range(4):
        assert body[0][j] == sum(v[j] for v in body[1:]), name
    assert body[0][0] == m.t(("gp", "oth"), ("p",)), name
    return t


def project_expectations(t):
    rows = []
    for r in t.rows:
        vals = {k: s38a_lib.want(x) for k, x in zip(t.keys, r[2:]) if s38a_lib.want(x)}
        rows.append((None, r[1], vals))
    return dict(table=t.key, unit=t.unit, rows=rows)


def perf_tables(doc):
    """doc "perf_tables": 项目支出绩效目标表 (kept as text by the parser: listed, not read), one Tab per project."""
    out = []
    for pt in doc.get("perf_tables", []):
        t = s38a_lib.Tab("performance", f"{doc['year']}年项目支出绩效目标表", "万元", "perf", [], [])
        t.perf = pt
        out.append(t)
    return out
