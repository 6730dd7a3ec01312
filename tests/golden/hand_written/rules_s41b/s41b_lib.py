"""The rules_s41b reports (Jiangsu provincial departments' 部门预算 2017 / 2021 / 2025 and 部门决算 2019 / 2023) built on
the earlier sets' builds, imported, not copied: budgets by rules_s40b's ``budget`` (rules_s38c's old template,
rules_s39b's build_new), finals by rules_s40b's ``final`` (rules_s38d's build). What this module adds to a 部门决算,
each identity ASSERTED at import of the data (a typing slip fails loudly):

- use_fund: a department whose hospitals spent more than they took in and drew on their 事业基金: the 收入支出决算总表's
  "用事业基金弥补收支差额" carries the amount, the 事业收入 of the hospital's 项 (and its 款 / 类 / 合计 rows in the
  收入决算表, the 本年收入合计 of both tables) is that much lower than what the 项 spent from it; re-checked with
  rules_s38d's identities (本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余 = 总计 = 本年支出合计 + 年末结转和结余);
  the 说明 names the amount (no claim);
- econ_two: the 一般公共预算财政拨款基本支出决算表 printed as TWO side-by-side blocks (人员经费: 301 / 303 | 公用经费:
  302 / 310 / 399), not rules_s38d's three; each block's 类 = Σ 款, 人员经费合计 + 公用经费合计 = the 一般公共预算 basic.
Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s40b"))
import s40b_lib  # noqa: E402

FD = s40b_lib.FD
L = s40b_lib.L
d = FD.d
Z = FD.Z
budget = s40b_lib.budget

FD.ECON_CLASS.setdefault("310", "资本性支出")


def _use_fund(doc, tabs, info):
    code, x = doc["use_fund"]
    x = d(x)
    st = doc["style"]
    F = lambda v: FD.fmt(v, st.get("sep", True), st.get("zero", ""))  # noqa: E731
    P = lambda s: d(s) if s else Z  # noqa: E731
    zero = st.get("zero", "")
    t = {x_.key: x_ for x_ in tabs}
    inc = t["income_by_function"]
    for r in inc.rows:
        if r[0] == "" or code.startswith(r[0]):
            assert P(r[5]) >= x, r
            r[2], r[5] = F(P(r[2]) - x), F(P(r[5]) - x)
    inc.exp = [FD._exp_row(r[0] or None, r[1], [c[1] for c in inc.cols], r[2:], zero) for r in inc.rows]
    s = t["income_expenditure_summary"]
    for r in s.rows:
        if r[0] in ("五、事业收入", "本年收入合计"):
            r[2] = F(P(r[2]) - x)
        elif r[0] == "用事业基金弥补收支差额":
            r[2] = F(x)
    s.exp = []
    for r in s.rows:
        if r[0]:
            s.exp.append(FD._exp_row(None, r[0], ["income"], [r[2]], zero))
        s.exp.append(FD._exp_row(None, r[3], ["expenditure"], [r[5]], zero))
    info["inc"]["biz"] -= x
    info["inc_total"] -= x
    info["use_fund"] = x
    FD.identities(doc, tabs, info)


def _econ_two(doc, tabs, info):
    t = next(x for x in tabs if x.key == "general_budget_basic_by_economic")
    body, last = t.rows[:-1], t.rows[-1]
    left = [r[0:3] for r in body if r[0]]
    pub = [r[3:6] for r in body if r[3]] + [r[6:9] for r in body if r[6]]
    n = max(len(left), len(pub))
    rows = []
    for i in range(n):
        a = left[i] if i < len(left) else ["", "", ""]
        b = pub[i] if i < len(pub) else ["", "", ""]
        rows.append(list(a) + list(b))
    rows.append(["人员经费合计", "", last[2], "公用经费合计", "", last[8]])
    P = lambda s: d(s) if s else Z  # noqa: E731
    for blk in (left, pub):
        for c, _n, v in blk:
            if len(c) == 3:
                assert P(v) == sum((P(w) for k, _m, w in blk if len(k) == 5 and k.startswith(c)), Z), c
    pe = sum((P(v) for c, _n, v in left if len(c) == 3), Z)
    pu = sum((P(v) for c, _n, v in pub if len(c) == 3), Z)
    assert pe == P(last[2]) == info["pe"] and pu == P(last[8]) == info["pu"]
    assert pe + pu == info["gb"]
    assert all(c[:3] in FD.PERSONNEL for c, _n, _v in left) and all(c[:3] in FD.PUBLIC for c, _n, _v in pub)
    t.rows, t.kind = rows, "econ2"


def final(doc):
    """rules_s40b's final (rules_s38d's build and 说明) with this set's additions applied to the built tables."""
    orig = FD.build

    def build(doc_):
        tabs, info = orig(doc_)
        if doc_.get("use_fund"):
            _use_fund(doc_, tabs, info)
        if doc_["style"].get("econ_two"):
            _econ_two(doc_, tabs, info)
        return tabs, info

    FD.build = build
    try:
        tabs, parts, claims, notc = s40b_lib.final(doc)
    finally:
        FD.build = orig
    if doc.get("use_fund"):
        x = d(doc["use_fund"][1])
        u = doc["unit"]
        out = []
        hit = False
        for kind, s in parts:
            if kind == "p" and "．上年结转和结余" in s:
                s = (
                    s[:-1]
                    + f"；用事业基金弥补收支差额{FD.num(x)}{u}，为所属医院动用事业基金弥补当年收支差额。"
                )
                hit = True
            out.append((kind, s))
        assert hit
        parts = out
        notc.append(("用事业基金弥补收支差额", FD.num(x).replace(",", ""), "the 事业基金 used, no claim"))
    return tabs, parts, claims, notc
