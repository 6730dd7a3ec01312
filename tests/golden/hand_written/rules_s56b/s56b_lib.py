"""Tables of the rules_s56b reports: ../rules_s56/s56_lib.py's build (imported; itself ../rules_s55/s55_lib.py's on
../rules_s42c and ../rules_s41c: the nine tables from the figures typed per 项, every identity re-added at import,
and those sets' shapes) plus the shapes the earlier sets exercised least, each re-added here at import:

- style "rowno_all": a 行次 column (1, 2, 3 …) after the 科目名称 in EVERY coded table (a 单位决算's template);
- doc "adj" (final with style gb_budget): an 调整预算数 block (合计 / 基本支出 / 项目支出) between the 年初预算数 block
  and the 决算数 block of the 一般公共预算财政拨款支出决算表; typed per 项, added up per 款 / 类 / 合计 and asserted; NOT
  expected (the tables' budget is the 年初 one; the parser says 调整预算数 and loads none);
- doc "projects": a 项目支出预算表 of named projects (项目名称 | 合计 | 一般公共预算拨款 | 其他资金), 合计 FIRST,
  optionally in another unit (doc "proj_unit" = "元": figures × 10000 with thousands separators); Σ projects = 合计
  = the 一般公共预算 / other project money of the leaves, asserted;
- doc "procure": a 政府采购预算表 (采购项目 | 采购品目 | 数量 | 预算金额) with 合计, the category rows (一、货物 …) and
  their items (items NOT expected: the parser's convention, procurement.py: category subtotals and the total only);
  合计 = Σ categories = Σ items, asserted; the 说明's procurement total checked against it;
- doc "sg_counts": the final's 三公 table with the template's 统计数 block (团组数 / 人次, 车辆数, 批次 / 人次):
  counts, not money, NOT expected (loading one as money is SPURIOUS).

Expectation conventions as s41c_lib's (a zero cell "0.00?"; an empty table present with is_empty)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s56"))
import s56_lib  # noqa: E402
from s56_lib import ECON, FUNC  # noqa: E402,F401

sys.path.insert(0, os.path.join(HERE, "..", "rules_s41c"))
from s41c_lib import GB, SG, Tab, Z, fmt, want  # noqa: E402

FUNC.update(
    {
        "214": "交通运输支出",
        "21401": "公路水路运输",
        "2140101": "行政运行",
        "2140104": "公路建设",
        "2140106": "公路养护",
        "2140112": "公路运输管理",
        "2140199": "其他公路水路运输支出",
        "2100717": "计划生育服务",
        "2100410": "突发公共卫生事件应急处理",
    }
)


def build(doc):
    tabs, info = s56_lib.build(doc)
    st = doc["style"]
    if doc.get("adj"):
        i = next(i for i, t in enumerate(tabs) if t.key == GB)
        tabs[i] = gb_adjusted(doc, tabs[i], info)
    if st.get("rowno_all"):
        for t in tabs:
            if t.kind == "coded":
                rowno(t)
    if doc.get("sg_counts"):
        sg_counts(doc, next(t for t in tabs if t.key == SG))
    if doc.get("projects"):
        i = next(i for i, t in enumerate(tabs) if t.key == SG)
        tabs.insert(i + 1, projects(doc, info))
    if doc.get("procure"):
        tabs.append(procure(doc, info))
    return tabs, info


def rowno(t):
    j = max(i for i, h in enumerate(t.heads) if h == "科目名称" or h.endswith("科目名称")) + 1
    t.heads.insert(j, "行次")
    t.keys.insert(j, None)
    for n, r in enumerate(t.rows, 1):
        r["cells"].insert(j, str(n))


def gb_adjusted(doc, t, info):
    """The 调整预算数 block inserted after the 年初预算数 block (合计 / 基本支出 / 项目支出)."""
    sep = doc["style"].get("sep", True)
    L = info["L"]
    adj = {k: D(v) for k, v in doc["adj"].items()}
    assert set(adj) == {c for c, m in L.items() if any(k.startswith("gp_") for k in m)}, doc["stem"]
    tot = {}
    for code, v in adj.items():
        basic = any(k in L[code] for k in ("gp_pe", "gp_pu"))
        for pre in (code[:3], code[:5], code, None):
            a = tot.setdefault(pre, {"total": Z, "basic": Z, "project": Z})
            a["total"] += v
            a["basic" if basic else "project"] += v
    j = next(i for i, h in enumerate(t.heads) if h.startswith("决算数/"))
    t.heads[j:j] = ["调整预算数/合计", "调整预算数/基本支出", "调整预算数/项目支出"]
    t.keys[j:j] = [None, None, None]  # (no key: not expected, and not re-added by s41c's identities)
    for r in t.rows:
        a = tot[r["code"]]
        assert a["total"] == a["basic"] + a["project"]
        r["cells"][j:j] = [fmt(a["total"], sep), fmt(a["basic"], sep), fmt(a["project"], sep)]
    # 合计 = Σ 类 of the printed strings
    lei = [r for r in t.rows if r["code"] and len(r["code"]) == 3]
    tr = next(r for r in t.rows if r["code"] is None)
    assert D(tr["cells"][j].replace(",", "")) == sum((D(r["cells"][j].replace(",", "") or 0) for r in lei), Z)
    info["adj"] = tot[None]["total"]
    return t


def sg_counts(doc, t):
    heads = [
        "统计数/因公出国（境）团组数（个）",
        "统计数/因公出国（境）人次数（人）",
        "统计数/公务用车购置数（辆）",
        "统计数/公务用车保有量（辆）",
        "统计数/国内公务接待批次（个）",
        "统计数/国内公务接待人次（人）",
    ]
    assert len(doc["sg_counts"]) == len(heads)
    t.heads += heads
    t.keys += [None] * len(heads)
    t.rows[0]["cells"] += [str(x) for x in doc["sg_counts"]]


def projects(doc, info):
    """项目支出预算表: 项目名称 | 合计 | 一般公共预算拨款 | 其他资金; 合计 first."""
    L = info["real"]
    unit = doc.get("proj_unit", doc["unit"])
    k = D(10000) if unit == "元" and doc["unit"] == "万元" else D(1)
    sep = True if unit != doc["unit"] else doc["style"].get("sep", True)
    rows = [(n, D(g), D(o)) for n, g, o in doc["projects"]]
    gp = sum((m.get("gp_p", Z) for m in L.values()), Z)
    oth = sum((m.get("oth_p", Z) + m.get("biz_p", Z) + m.get("up_p", Z) for m in L.values()), Z)
    assert sum((g for _, g, _ in rows), Z) == gp, (doc["stem"], gp)
    assert sum((o for _, _, o in rows), Z) == oth, (doc["stem"], oth)
    t = Tab(
        "project_expenditure",
        doc.get("proj_title", "项目支出预算表"),
        unit,
        ["项目名称", "合计", "一般公共预算拨款", "其他资金"],
        # (其他资金: the money not appropriated; the parser's vocabulary names that column unit_funds, as 单位资金 —
        # corrected: I had expected a key "other")
        [None, "total", "general_public", "unit_funds"],
        kind="one",
    )
    cols = ["total", "general_public", "unit_funds"]
    allr = [("合计", gp + oth, gp, oth)] + [(n, g + o, g, o) for n, g, o in rows]
    for n, a, g, o in allr:
        cells = [n] + [fmt(v * k, sep) for v in (a, g, o)]
        t.rows.append(dict(code=None, name=n, level=-1, cells=cells))
        t.exp.append((None, n, {c: want(x) for c, x in zip(cols, cells[1:]) if x}))
    tot = t.rows[0]["cells"]
    assert D(tot[1].replace(",", "")) == sum((D(r["cells"][1].replace(",", "")) for r in t.rows[1:]), Z)
    t.widths = [300.0, 150.0, 150.0, 150.0]
    return t


def procure(doc, info):
    """政府采购预算表: 合计, 一、货物 / 二、工程 / 三、服务 each over its items."""
    sep = doc["style"].get("sep", True)
    t = Tab(
        "procurement",
        doc.get("procure_title", "政府采购预算表"),
        doc["unit"],
        ["采购项目", "采购品目", "数量", "预算金额"],
        [None, None, None, "total"],
        kind="one",
    )
    cn = "一二三"
    body, gt = [], Z
    for i, (cat, items) in enumerate(doc["procure"]):
        s = sum((D(a) for _, _, _, a in items), Z)
        gt += s
        lab = f"{cn[i]}、{cat}"
        body.append(dict(code=None, name=lab, level=-1, cells=[lab, "", "", fmt(s, sep)]))
        t.exp.append((None, lab, {"total": fmt(s, sep)}))
        for name, pm, qty, a in items:
            body.append(dict(code=None, name=name, level=-1, cells=[name, pm, qty, fmt(D(a), sep)]))
    t.rows = [dict(code=None, name="合计", level=-1, cells=["合计", "", "", fmt(gt, sep)])] + body
    t.exp.insert(0, (None, "合计", {"total": fmt(gt, sep)}))
    info["procure"] = gt
    return t
