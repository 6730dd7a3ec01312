"""The rules_s36a reports: rules_s33i's builder (../rules_s33i/s33i_lib.py, imported, not copied) builds and re-adds
every table of the template from the typed figures; this module replaces its narrow 收入表 / 支出表 / 一般公共预算
table by the WIDE ones real county exports print, re-adds them (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类,
each against the builder's narrow table of the same figures), then cuts them by COLUMNS as Excel prints a sheet too
wide for its page (split()):
- budget 部门收入总表: 合计 | 上年结转 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 |
  财政专户管理资金收入 | 事业收入 | 事业单位经营收入 | 上级补助收入 | 附属单位上缴收入 | 其他收入;
- budget 部门支出总表: 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 | 上缴上级支出 | 事业单位经营支出 |
  对附属单位补助支出;
- final 收入决算表: 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入;
- final 支出决算表: 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出;
- final 一般公共预算财政拨款支出决算表: 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出 | 项目支出),
  the 年初 block typed per 项 (doc["yb"]: "basic project"), a 项 added during the year printing a blank 年初 block.
The columns the data has no money for (上级补助, 经营, 附属单位 …) print blank (or the doc's zero)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33i"))
import s33i_lib as L  # noqa: E402
from s33i_lib import EB, EXP, GB, INC, Col, Tab, d, fmt, want  # noqa: E402

Z = L.Z
L.FUNC.update(
    {
        "2130106": "科技转化与推广服务",
        "2130119": "防灾救灾",
        "2130126": "农村社会事业",
        "2130135": "农业资源保护修复与利用",
        "2130199": "其他农业农村支出",
        "21302": "林业和草原",
        "2130205": "森林资源培育",
        "2130209": "森林生态效益补偿",
        "2130316": "农村水利",
        "21305": "巩固脱贫攻坚成果衔接乡村振兴",
        "2130504": "农村基础设施建设",
        "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
        "21307": "农村综合改革",
        "2130705": "对村民委员会和村党支部的补助",
        "2080599": "其他行政事业单位养老支出",
        "2210202": "提租补贴",
        "2010350": "事业运行",
        "2010302": "一般行政管理事务",
        "2010399": "其他政府办公厅（室）及相关机构事务支出",
        "2140104": "公路建设",
        "2140199": "其他公路水路运输支出",
        "2120102": "一般行政管理事务",
        "2120199": "其他城乡社区管理事务支出",
        "21205": "城乡社区环境卫生",
        "2120501": "城乡社区环境卫生",
        "2100402": "卫生监督机构",
        "2100403": "妇幼保健机构",
        "2100499": "其他公共卫生支出",
        "2081001": "儿童福利",
    }
)


def v(s):
    return d(s) if s else Z


def _sel(m, funds, kinds, code):
    return m.t(funds, kinds, code) if funds else Z


def wide_specs(doc):
    """[(table key, title, [(header path, key, value_fn(m, code))], [(total col, [part cols])])]."""
    final = doc["kind"] == "final_account"
    yb = {c: [d(x) for x in s.split()] for c, s in doc.get("yb", {}).items()}

    def ybv(i):
        return lambda m, c: sum((x[i] for k, x in yb.items() if k.startswith(c)), Z)

    def t(funds, kinds=("pe", "pu", "p")):
        return lambda m, c: _sel(m, funds, kinds, c)

    def fin(m, c):
        return m.t(("gp", "gf"), code=c) + m.carry("ce", c) - m.carry("cb", c)

    none = t(None)
    if final:
        inc = [
            (("本年收入合计",), "total", lambda m, c: fin(m, c) + m.t(("biz", "oth"), code=c)),
            (("财政拨款收入",), "fiscal_appropriation", fin),
            (("上级补助收入",), "upper_grant", none),
            (("事业收入",), "business", t("biz")),
            (("经营收入",), "operating_income", none),
            (("附属单位上缴收入",), "affiliated_remit", none),
            (("其他收入",), "other_income", t("oth")),
        ]
        exp = [
            (("本年支出合计",), "total", t(L.FUNDS)),
            (("基本支出",), "basic", t(L.FUNDS, ("pe", "pu"))),
            (("项目支出",), "project", t(L.FUNDS, "p")),
            (("上缴上级支出",), "remit_upper", none),
            (("经营支出",), "operating", none),
            (("对附属单位补助支出",), "subsidy_affiliated", none),
        ]
        gb = [
            (("年初预算数", "小计"), "total@budget", lambda m, c: ybv(0)(m, c) + ybv(1)(m, c)),
            (("年初预算数", "基本支出"), "basic@budget", ybv(0)),
            (("年初预算数", "项目支出"), "project@budget", ybv(1)),
            (("决算数", "小计"), "total", t("gp")),
            (("决算数", "基本支出"), "basic", t("gp", ("pe", "pu"))),
            (("决算数", "项目支出"), "project", t("gp", "p")),
        ]
        return [
            (INC, "收入决算表", inc, [(0, [1, 2, 3, 4, 5, 6])]),
            (EXP, "支出决算表", exp, [(0, [1, 2, 3, 4, 5])]),
            (GB, "一般公共预算财政拨款支出决算表", gb, [(0, [1, 2]), (3, [4, 5])]),
        ]
    inc = [
        (("合计",), "total", t(L.FUNDS)),
        (("上年结转",), "carryover_begin", t(("cof", "cou"))),
        (("一般公共预算拨款收入",), "general_public", t("gp")),
        (("政府性基金预算拨款收入",), "government_fund", t("gf")),
        (("国有资本经营预算拨款收入",), "state_capital", none),
        (("财政专户管理资金收入",), "fiscal_special_account", none),
        (("事业收入",), "business", t("biz")),
        (("事业单位经营收入",), "operating_income", none),
        (("上级补助收入",), "upper_grant", none),
        (("附属单位上缴收入",), "affiliated_remit", none),
        (("其他收入",), "other_income", t("oth")),
    ]
    exp = [
        (("合计",), "total", t(L.FUNDS)),
        (("基本支出", "小计"), "basic", t(L.FUNDS, ("pe", "pu"))),
        (("基本支出", "人员经费"), "personnel", t(L.FUNDS, "pe")),
        (("基本支出", "公用经费"), "public_funds", t(L.FUNDS, "pu")),
        (("项目支出",), "project", t(L.FUNDS, "p")),
        (("上缴上级支出",), "remit_upper", none),
        (("事业单位经营支出",), "operating", none),
        (("对附属单位补助支出",), "subsidy_affiliated", none),
    ]
    st = doc["style"]
    return [
        (INC, st.get("inc_title", "部门收入总表"), inc, [(0, list(range(1, 11)))]),
        (EXP, st.get("exp_title", "部门支出总表"), exp, [(0, [1, 4, 5, 6, 7]), (1, [2, 3])]),
    ]


def wide_table(doc, m, key, title, spec):
    z = doc["style"].get("zero", "")
    total_last = doc["style"].get("total_last", False)
    funds = ("gp",) if key == GB else L.FUNDS
    codes = set(m.codes(funds))
    if key == GB:
        for c in doc.get("yb", {}):
            codes |= {c[:3], c[:5], c}
    cols = [Col(("科目编码",), "code"), Col(("科目名称",), "name")] + [Col(h, "money", k) for h, k, _ in spec]
    tot = ["", "合计"] + [fmt(fn(m, ""), z) for _h, _k, fn in spec]
    body = [[c, L.FUNC[c]] + [fmt(fn(m, c), z) for _h, _k, fn in spec] for c in sorted(codes)]
    rows = body + [tot] if total_last else [tot] + body
    exp = []
    for r in rows:
        vals = {c.key: want(r[j]) for j, c in enumerate(cols) if c.kind == "money" and want(r[j])}
        if vals:
            exp.append((r[0] or None, r[1], vals))
    return Tab(key, title, doc["unit"], cols, rows, exp, kind="wide")


def readd(name, t, groups, narrow, eb):
    """Re-add a wide table from its printed strings, and against the builder's narrow table of its figures."""
    body = {r[0] or None: [v(x) for x in r[2:]] for r in t.rows}
    for c, vals in body.items():
        for tot, parts in groups:
            assert vals[tot] == sum(vals[p] for p in parts), (name, t.title, c, tot)
        step = {None: 3, 3: 5, 5: 7}.get(None if c is None else len(c))
        kids = [k for k in body if k and len(k) == step and k.startswith(c or "")]
        if kids:
            for i in range(len(vals)):
                assert sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)
    nb = {r[0] or None: [v(x) for x in r[2:]] for r in narrow.rows}
    keys = [c.key for c in t.cols[2:]]
    nkeys = [c.key for c in narrow.cols[2:]]
    for c, vals in body.items():
        if c not in nb:  # a 项 budgeted and not spent: no 决算 figure
            assert t.key == GB and all(vals[keys.index(k)] == 0 for k in ("total", "basic", "project")), (
                name,
                c,
            )
            continue
        for j, k in enumerate(nkeys):
            if k in keys:
                assert vals[keys.index(k)] == nb[c][j], (name, t.title, c, k)
    if "personnel" in keys:  # 人员经费 / 公用经费 = the 基本支出表's (all basic money is 一般公共预算 here)
        tot = body[None]
        assert [tot[keys.index("personnel")], tot[keys.index("public_funds")]] == [
            v(x) for x in eb.rows[0][3:5]
        ]


def split(t, spec):
    """Cut a wide table by columns as Excel prints it: at = the money columns on the first part; repeat = which of
    the code / name columns the further parts print again ("both", "code", "name", "none"); head = what a further
    part prints above its header ("title": the title, 编制单位 and 单位 lines again; "续表"; "": nothing); brk = the
    row the parts go on to the next page at, order "down" (left rows 1-k, left rows k+1-n, right 1-k, right k+1-n)
    or "across" (left 1-k, right 1-k, left k+1-n, right k+1-n)."""
    at = spec["at"]
    keep = {"both": [0, 1], "code": [0], "name": [1], "none": []}[spec["repeat"]]
    lcols, rcols = t.cols[: 2 + at], [t.cols[j] for j in keep] + t.cols[2 + at :]
    lrows = [r[: 2 + at] for r in t.rows]
    rrows = [[r[j] for j in keep] + r[2 + at :] for r in t.rows]
    head, brk = spec["head"], spec.get("brk")

    def part(cols, rows, first, b=None):
        p = Tab(
            t.key,
            t.title if first else None,
            t.unit,
            cols,
            rows,
            t.exp if first else [],
            kind="wide",
            break_at=b,
        )
        p.cont = "" if first or head == "title" else head
        p.again = t.title if not first and head == "title" else None
        p.landscape = spec.get("landscape", False)
        return p

    if brk is None:
        return [part(lcols, lrows, True), part(rcols, rrows, False)]
    if spec.get("order", "down") == "down":
        return [part(lcols, lrows, True, brk), part(rcols, rrows, False, brk)]
    return [
        part(lcols, lrows[:brk], True),
        part(rcols, rrows[:brk], False),
        part(lcols, lrows[brk:], False),
        part(rcols, rrows[brk:], False),
    ]


def build(name, doc):
    """The builder's tables (re-added by its identities()), the wide tables in place of the narrow ones (re-added
    here), cut by columns where doc["split"] says; the 说明 and its claims."""
    tabs, info = L.build(doc)
    L.identities(name, doc, tabs, info)
    if doc["kind"] == "final_account":
        yb = sum((d(x) for s in doc["yb"].values() for x in s.split()), Z)
        assert yb == d(doc["gp_budget"]), (name, yb)
    m = info["m"]
    eb = next(x for x in tabs if x.key == EB)
    out = []
    specs = {k: (title, spec, groups) for k, title, spec, groups in wide_specs(doc)}
    for t in tabs:
        if t.key not in specs:
            out.append(t)
            continue
        title, spec, groups = specs[t.key]
        w = wide_table(doc, m, t.key, title, spec)
        readd(name, w, groups, t, eb)
        cut = doc.get("split", {}).get(t.key)
        if cut:
            parts = split(w, cut)
            for p in parts:  # every part prints the rows in the table's order, every row once
                assert len(p.rows) in (len(w.rows), cut.get("brk"), len(w.rows) - (cut.get("brk") or 0)), name
            out += parts
        else:
            out.append(w)
    text, claims = L.narrative(doc, out, info)
    return out, info, text, claims
