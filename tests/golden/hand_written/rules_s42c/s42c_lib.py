"""Tables of the rules_s42c reports: ../rules_s41c/s41c_lib.py's build (imported: the standard 9-table set from the
figures typed per functional 项, every identity re-added at import) plus this set's shapes, each re-added here:

- style "is_econ" (budget): the 部门收支总表's 支出 side by 经济分类 (一、工资福利支出 … 资本性支出: the 基本支出's economic
  类 + the project money's doc["proj_econ"]) instead of by 功能分类; Σ = 本年支出合计 asserted;
- style "eb_rows": the 一般公共预算(财政拨款)基本支出表 as TWO ROW BLOCKS in one money column (合计 first, then a
  "人员经费" row and its 301 / 303 类 and 款, then a "公用经费" row and its 302 / 310 类 and 款); blocks = Σ 类 = Σ 款;
- style "eb_cols" (final): the 基本支出决算表 as one coded table 合计 | 人员经费 | 公用经费 (instead of the
  side-by-side blocks s41c prints for finals).

Expectation conventions as s41c_lib's (a zero cell "0.00?", an empty table present with is_empty)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s41c"))
import s41c_lib  # noqa: E402
from s41c_lib import CN, ECON, EB, FUNC, IS, SG, Tab, Z, coded, d, econ_rows, fmt, two, want  # noqa: E402

FUNC.update(
    {
        "2010501": "行政运行",
        "2010505": "专项统计业务",
        "2010507": "专项普查活动",
        "2010508": "统计抽样调查",
        "211": "节能环保支出",
        "21104": "自然生态保护",
        "2110402": "农村环境保护",
        "2120802": "土地开发支出",
        "2120814": "农业生产发展支出",
        "2120816": "农业农村生态环境支出",
        "2130119": "防灾救灾",
        "2130148": "渔业发展",
        "21302": "林业和草原",
        "2130201": "行政运行",
        "2130204": "事业机构",
        "2130205": "森林资源培育",
        "2130207": "森林资源管理",
        "2130209": "森林生态效益补偿",
        "2130211": "动植物保护",
        "2130234": "林业草原防灾减灾",
        "2130299": "其他林业和草原支出",
        "2130301": "行政运行",
        "2130304": "水利行业业务管理",
        "2130306": "水利工程运行与维护",
        "2130310": "水土保持",
        "2130316": "农村水利",
        "2130319": "江河湖库水系综合整治",
        "2130399": "其他水利支出",
        "220": "自然资源海洋气象等支出",
        "22001": "自然资源事务",
        "2200101": "行政运行",
        "2200102": "一般行政管理事务",
        "2200104": "自然资源规划及管理",
        "2200106": "自然资源利用与保护",
        "2200109": "自然资源调查与确权登记",
        "2200150": "事业运行",
        "2200199": "其他自然资源事务支出",
    }
)
ECON.update({"30104": "其他社会保障缴费", "31099": "其他资本性支出", "31007": "信息网络及软件购置更新"})


def build(doc):
    tabs, info = s41c_lib.build(doc)
    st = doc["style"]
    if st.get("is_econ"):
        tabs[0] = econ_summary(doc, tabs[0], info)
    if st.get("eb_rows"):
        i = next(i for i, t in enumerate(tabs) if t.key == EB)
        tabs[i] = eb_rows(doc, tabs[i], info)
    elif st.get("eb_cols"):
        i = next(i for i, t in enumerate(tabs) if t.key == EB)
        rows, _ = econ_rows(doc, info["pe"], info["pu"])
        cols = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
        t = coded(EB, tabs[i].title, doc, cols, rows)
        tot = next(r for r in t.rows if r["code"] is None)["cells"]
        assert d(tot[2]) == info["pe"] + info["pu"] and d(tot[3]) == info["pe"] and d(tot[4]) == info["pu"]
        tabs[i] = t
    if st.get("fs_sc_col"):
        fs = next(t for t in tabs if t.key == "fiscal_summary")
        fs.heads.append(fs.heads[-1].split("/")[0] + "/国有资本经营预算财政拨款")
        fs.keys.append("expenditure_state_capital")
        for r in fs.rows:
            r["cells"].append("")
    if st.get("gb_budget"):
        i = next(i for i, t in enumerate(tabs) if t.key == "general_budget_by_function")
        tabs[i] = gb_with_budget(doc, tabs[i], info)
    if doc.get("gb_prior"):
        i = next(i for i, t in enumerate(tabs) if t.key == "general_budget_by_function")
        gb_with_prior(doc, tabs[i])
    for key, after, heads in st.get("blank_cols", []):
        blank_cols(next(t for t in tabs if t.key == key), after, heads)
    if st.get("sg_prior"):
        i = next(i for i, t in enumerate(tabs) if t.key == SG)
        tabs[i] = sg_two_years(doc, tabs[i])
    if st.get("fill_zero"):
        for t in tabs:
            if t.kind == "coded":
                fill_zero(t)
    if st.get("split_sparse"):
        for t in tabs:
            if t.kind == "coded" and t.heads[:3] == ["科目编码/类", "科目编码/款", "科目编码/项"]:
                for r in t.rows:
                    if r["code"] and len(r["code"]) > 3:
                        r["cells"][0] = ""
                        if len(r["code"]) == 7:
                            r["cells"][1] = ""
    return tabs, info


def sg_two_years(doc, old):
    """The budget's 三公 table with the year before's budget as a block of its own ("2022年预算数" beside "2023年
    预算数", style sg_prior "before" or "after" the year's): only the year's block is expected; the other year's
    figures are no figure of this report (not loaded)."""
    y, sep = doc["year"], doc["style"].get("sep", True)
    zero = doc["style"].get("sg_zero", "0.00")
    o, p, r, a = (d(x) for x in doc["prior_sg"])
    six = [o + p + r + a, o, p + r, p, r, a]
    assert six[0] == six[1] + six[2] + six[5] and six[2] == six[3] + six[4]
    prior_heads = [f"{y - 1}年预算数/" + h.split("/")[-1] for h in old.heads]
    own_heads = [f"{y}年预算数/" + h.split("/")[-1] for h in old.heads]
    prior_cells = [fmt(v, sep, zero) for v in six]
    t = Tab(SG, old.title, old.unit, kind="one")
    if doc["style"]["sg_prior"] == "before":
        t.heads, t.keys = prior_heads + own_heads, [None] * 6 + list(old.keys)
        cells = prior_cells + old.rows[0]["cells"]
    else:
        t.heads, t.keys = own_heads + prior_heads, list(old.keys) + [None] * 6
        cells = old.rows[0]["cells"] + prior_cells
    t.keys = [k or "prior" for k in t.keys]
    t.rows.append(dict(code=None, name="*", level=-1, cells=cells))
    t.exp = list(old.exp)
    return t


def blank_cols(t, after, heads):
    """Columns of the standard template this unit has no money in (上年结转, 上级补助收入, 经营支出 …), printed
    blank after the column ``after``: no figure expected under them."""
    i = t.keys.index(after) + 1
    for n, h in enumerate(heads):
        t.heads.insert(i + n, h)
        t.keys.insert(i + n, f"blank{n}")
        for r in t.rows:
            r["cells"].insert(i + n, "")


def gb_with_prior(doc, t):
    """The 一般公共预算支出表 with the year before's budget printed before the year's columns and the change after
    them ("2018年预算数 | 2019年预算数: 合计 / 基本支出 / 项目支出 | 增减额"), as many districts print it: the year
    before's figures (doc["gb_prior"], per 项) and the change are no figures of this report's year (not
    expected); each re-added (类 = Σ 款 = Σ 项, 合计 = Σ 类, 增减额 = 合计 − 上年)."""
    y, sep = doc["year"], doc["style"].get("sep", True)
    prior = {k: d(v) for k, v in doc["gb_prior"].items()}
    nlab = sum(1 for k in t.keys if k is None)
    own = t.heads[nlab:]
    t.heads = (
        t.heads[:nlab] + [f"{y - 1}年预算数"] + [f"{y}年预算数/" + h.split("/")[-1] for h in own] + ["增减额"]
    )
    t.keys = t.keys[:nlab] + ["prior"] + t.keys[nlab:] + ["change"]
    jt = t.keys.index("total")
    for r in t.rows:
        code = r["code"]
        p = sum((v for k, v in prior.items() if code is None or k.startswith(code)), Z)
        cur = d(r["cells"][jt - 1])
        r["cells"].insert(nlab, fmt(p, sep))
        r["cells"].append(fmt(cur - p, sep, "0.00"))
    assert set(prior) <= {r["code"] for r in t.rows if r["code"] and len(r["code"]) == 7}, doc["stem"]


def gb_with_budget(doc, old, info):
    """A final's 一般公共预算财政拨款支出决算表 with the 年初预算数 block (合计 / 基本支出 / 项目支出) before the 决算数
    block: the budget figures expected as "<key>@budget" (a 项's 年初预算 is its basic money's when it spends basic
    money only, else its project money's; a blank cell where it had none)."""
    sep = doc["style"].get("sep", True)
    L = info["L"]

    def split(m):
        b = m.get("yb", Z)
        basic = any(k in m for k in ("gp_pe", "gp_pu"))
        return {"total": b, "basic": b if basic else Z, "project": Z if basic else b}

    for m in L.values():
        assert not (any(k in m for k in ("gp_pe", "gp_pu")) and "gp_p" in m), "a 项 with both kinds"
    bud = {}
    for code, m in L.items():
        if not any(k.startswith("gp_") for k in m):
            continue
        v = split(m)
        for pre in (code[:3], code[:5], code, None):
            a = bud.setdefault(pre, {"total": Z, "basic": Z, "project": Z})
            for k in a:
                a[k] += v[k]
    nlab = sum(1 for k in old.keys if k is None)
    t = Tab(old.key, old.title, old.unit)
    t.heads = (
        old.heads[:nlab]
        + ["年初预算数/" + h for h in old.heads[nlab:]]
        + ["决算数/" + h for h in old.heads[nlab:]]
    )
    t.keys = old.keys[:nlab] + [k + "@budget" for k in old.keys[nlab:]] + old.keys[nlab:]
    exp = {(c, n): f for c, n, f in old.exp}
    for r in old.rows:
        b = bud[r["code"]]
        cells = [fmt(b[k], sep) for k in old.keys[nlab:]]
        assert b["total"] == b["basic"] + b["project"]
        t.rows.append(dict(r, cells=r["cells"][:nlab] + cells + r["cells"][nlab:]))
        f = exp[(r["code"], r["name"] if r["code"] else "合计")]
        t.exp.append(
            (
                r["code"],
                r["name"] if r["code"] else "合计",
                {**{k + "@budget": c for k, c in zip(old.keys[nlab:], cells) if c}, **f},
            )
        )
    assert bud[None]["total"] == info["yb"], doc["stem"]
    return t


def fill_zero(t):
    """Every blank money cell of a coded table printed "0.00" (as 湖北's budget tables do); expected as a dash
    ("0.00?": loading 0 or nothing both fine)."""
    exp = {(c, n): figs for c, n, figs in t.exp}
    for r in t.rows:
        figs = exp.get((r["code"], r["name"] if r["code"] else "合计"))
        for j, k in enumerate(t.keys):
            if k and not r["cells"][j]:
                r["cells"][j] = "0.00"
                if figs is not None:
                    figs[k] = "0.00?"


def econ_summary(doc, old, info):
    """The budget's 收支总表 with the 支出 side by economic 类 (the left side as s41c prints it)."""
    sep = doc["style"].get("sep", True)
    by = {}
    for k, v in info["econ"].items():
        by[k[:3]] = by.get(k[:3], Z) + v
    pj = {k: d(v) for k, v in doc["proj_econ"].items()}
    assert sum(pj.values(), Z) == info["project"], (doc["stem"], info["project"])
    for k, v in pj.items():
        by[k] = by.get(k, Z) + v
    assert sum(by.values(), Z) == info["grand"], doc["stem"]
    right = [(f"{CN[i]}、{ECON[k]}", {"expenditure": v}) for i, (k, v) in enumerate(sorted(by.items()))]
    labs = [r["cells"][0] for r in old.rows]
    left = []
    for r in old.rows:
        lab, v = r["cells"][0], r["cells"][1]
        if lab in ("本年收入合计", "上年结转结余", "收入总计"):
            break
        if lab:
            left.append((lab, d(v) if v else None))
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left))
    right += [("", {})] * (n - len(right))
    grand = info["grand"]
    left += [("本年收入合计", grand), ("上年结转结余", None), ("收入总计", grand)]
    right += [
        ("本年支出合计", {"expenditure": grand}),
        ("结转下年", {}),
        ("支出总计", {"expenditure": grand}),
    ]
    assert "收入总计" in labs
    t = two(IS, old.title, doc, left, right, ("预算数",), [("预算数", "expenditure")])
    t.heads[2], t.heads[3] = "支出（按经济分类）/项目", "支出（按经济分类）/预算数"
    for r in t.rows:
        assert not r["cells"][3] or fmt(d(r["cells"][3]), sep) == r["cells"][3]
    return t


def eb_rows(doc, old, info):
    """The 基本支出表 as two row blocks in one money column."""
    sep = doc["style"].get("sep", True)
    _, e = econ_rows(doc, info["pe"], info["pu"])
    head = "决算数" if doc["kind"] == "final_account" else "预算数"
    t = Tab(EB, old.title, doc["unit"], ["科目编码", "科目名称", head], [None, None, "total"])

    def add(code, name, level, v, lab=None):
        cells = [lab if lab is not None else (code or ""), name, fmt(v, sep)]
        t.rows.append(dict(code=code, name=name, level=level, cells=cells))
        t.exp.append((code, name if code else (lab or name), {"total": want(cells[2])}))

    add(None, "", 0, info["pe"] + info["pu"], "合计")
    t.exp[-1] = (None, "合计", t.exp[-1][2])
    for block, classes in (("人员经费", ("301", "303")), ("公用经费", ("302", "310"))):
        bt = sum((v for k, v in e.items() if k[:3] in classes), Z)
        assert bt == (info["pe"] if block == "人员经费" else info["pu"]), (doc["stem"], block)
        t.rows.append(dict(code=None, name=block, level=0, cells=["", block, fmt(bt, sep)]))
        t.exp.append((None, block, {"total": fmt(bt, sep)}))
        for lei in [c for c in classes if any(k[:3] == c for k in e)]:
            ks = sorted(k for k in e if k[:3] == lei)
            add(lei, ECON[lei], 1, sum((e[k] for k in ks), Z))
            for k in ks:
                add(k, ECON[k], 2, e[k])
    # re-add the printed strings: 合计 = the two blocks, each block = Σ its 类, each 类 = Σ its 款
    v = [d(r["cells"][2]) for r in t.rows]
    blocks = [i for i, r in enumerate(t.rows) if r["code"] is None and r["name"] in ("人员经费", "公用经费")]
    assert v[0] == sum(v[i] for i in blocks), doc["stem"]
    for i, r in enumerate(t.rows):
        if r["code"] and len(r["code"]) == 3:
            kids = [
                d(x["cells"][2])
                for x in t.rows
                if x["code"] and len(x["code"]) == 5 and x["code"][:3] == r["code"]
            ]
            assert d(r["cells"][2]) == sum(kids, Z), (doc["stem"], r["code"])
    return t
