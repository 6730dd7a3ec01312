"""The rules_s42b reports (Jiangsu provincial departments' 部门预算 2018 / 2022 / 2024 and 部门决算 2020 / 2024) built on
the earlier sets' builds, imported, not copied: budgets by rules_s41b's ``budget`` (rules_s40b / rules_s39b /
rules_s38c), finals by rules_s41b's ``final`` (rules_s40b / rules_s38d). What this module adds, each identity
ASSERTED at import of the data (a typing slip fails loudly):

- upper / affil (a 部门决算 whose 20+ 所属单位 are schools and training centres): part of a 项's 事业收入 is
  上级补助收入 and part of its 其他收入 is 附属单位上缴收入. The 收入决算表 moves it column to column on the 项, its 款 /
  类 and 合计 rows (row total unchanged); the 收入支出决算总表's 四 / 五 / 七 / 八 rows likewise. rules_s38d's identities
  are re-run, and the 说明 states both incomes with their change on the year and their share;
- a negative 年初结转和结余 (begin_other below zero: a school's deficit carried in), re-checked by rules_s38d's
  总计 identities, the 说明 worded for it;
- name_w: a table's name column narrowed (the money columns take the width), so that long 项 names wrap onto 2-3
  lines inside the cell;
- break_before: a table forced onto a new page just before a row (the printer's s42b_print hook), used to split a
  table between a 款 row and its first 项 without the header repeated;
- the Jiangsu wording of a budget without 政府性基金 ("X无政府性基金预算相关收支项目。", the table saying 此表为空).
Nothing here reads the parser."""

from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s41b"))
import s41b_lib  # noqa: E402

FD = s41b_lib.FD
L = s41b_lib.L
d = FD.d
Z = FD.Z


# ------------------------------------------------------------------------------------------------ budgets
def budget(doc):
    tabs, expected, paras, claims, nots, front = s41b_lib.budget(doc)
    st = doc.get("style", {})
    for key, w in st.get("name_w", {}).items():
        t = next(x for x in tabs if x.key == key)
        total = sum(t.widths)
        money = [j for j, a in enumerate(t.aligns) if a == "r"]
        extra = t.widths[1] - w
        t.widths = list(t.widths)
        t.widths[1] = w
        for j in money:
            t.widths[j] += extra / len(money)
        assert abs(sum(t.widths) - total) < 1e-6
    for key, code in st.get("break_before", {}).items():
        t = next(x for x in tabs if x.key == key)
        i = next(k for k, r in enumerate(t.rows) if r[0] == code)
        # the row before is the 款 of this first 项
        assert t.rows[i - 1][0] == code[:5] and not t.repeat_head, (key, code)
        t.break_before = code
    if doc.get("gf_jiangsu"):
        out = []
        hit = False
        for kind, s in paras:
            if kind == "p" and "年无政府性基金预算支出" in s:
                s = f"{doc['short']}无政府性基金预算相关收支项目。"
                hit = True
            out.append((kind, s))
        assert hit
        paras = out
        t = next(x for x in tabs if x.key == "government_fund")
        assert t.kind == "empty" and not t.exp and t.empty == "此表为空"
    return tabs, expected, paras, claims, nots, front


# ------------------------------------------------------------------------------------------------ finals
def _upper_affil(doc, tabs, info):
    st = doc["style"]
    F = lambda v: FD.fmt(v, st.get("sep", True), st.get("zero", ""))  # noqa: E731
    P = lambda s: d(s) if s not in ("", "-") else Z  # noqa: E731
    zero = st.get("zero", "")
    m = info["m"]
    t = {x.key: x for x in tabs}
    inc = t["income_by_function"]
    U = A = Z
    for leaf, x in doc.get("upper", {}).items():
        x = d(x)
        assert Money_biz(m, leaf) >= x, leaf
        U += x
        for r in inc.rows:
            if r[0] == "" or leaf.startswith(r[0]):
                r[4], r[5] = F(P(r[4]) + x), F(P(r[5]) - x)
    for leaf, x in doc.get("affil", {}).items():
        x = d(x)
        assert Money_oth(m, leaf) >= x, leaf
        A += x
        for r in inc.rows:
            if r[0] == "" or leaf.startswith(r[0]):
                r[7], r[8] = F(P(r[7]) + x), F(P(r[8]) - x)
    for r in inc.rows:
        assert P(r[2]) == sum((P(c) for c in r[3:9]), Z), r
    inc.exp = [FD._exp_row(r[0] or None, r[1], [c[1] for c in inc.cols], r[2:], zero) for r in inc.rows]
    s = t["income_expenditure_summary"]
    for r in s.rows:
        if r[0] == "四、上级补助收入":
            r[2] = F(U)
        elif r[0] == "五、事业收入":
            r[2] = F(P(r[2]) - U)
        elif r[0] == "七、附属单位上缴收入":
            r[2] = F(A)
        elif r[0] == "八、其他收入":
            r[2] = F(P(r[2]) - A)
    s.exp = []
    for r in s.rows:
        if r[0]:
            s.exp.append(FD._exp_row(None, r[0], ["income"], [r[2]], zero))
        s.exp.append(FD._exp_row(None, r[3], ["expenditure"], [r[5]], zero))
    info["inc"]["biz"] -= U
    info["inc"]["oth"] -= A
    info["upper"], info["affil"] = U, A
    # rules_s38d's identities, and the two new columns against the summary
    FD.identities(doc, tabs, info)
    left = {r[0]: P(r[2]) for r in s.rows if r[0]}
    assert left["四、上级补助收入"] == P(inc.rows[0][4]) == U
    assert left["七、附属单位上缴收入"] == P(inc.rows[0][7]) == A


def Money_biz(m, leaf):
    return FD.Money.biz(m.leaves[leaf][1])


def Money_oth(m, leaf):
    return FD.Money.other(m.leaves[leaf][1])


def final(doc):
    """rules_s41b's final with upper / affil and a negative 年初结转和结余 applied."""
    orig = FD.build
    keep = {}

    def build(doc_):
        tabs, info = orig(doc_)
        if doc_.get("upper") or doc_.get("affil"):
            _upper_affil(doc_, tabs, info)
        keep["info"] = info
        return tabs, info

    FD.build = build
    try:
        tabs, parts, claims, notc = s41b_lib.final(doc)
    finally:
        FD.build = orig
    info = keep["info"]
    u = doc["unit"]
    N = FD.num
    py = doc["year"] - 1
    pr = doc["prior"]
    W = lambda v: N(v).replace(",", "")  # noqa: E731
    if doc.get("upper") or doc.get("affil"):
        U, A, it = info["upper"], info["affil"], info["inc_total"]
        out = []
        sec = False
        for kind, s in parts:
            if kind == "p" and re.match(r"^\d．上级补助收入0万元，与上年持平。$", s):
                i = claims.index(("year_on_year", None, {"amount": "0"}))
                word, c_, r_, grow = FD.chg(U, d(pr["upper"]))
                claims[i] = (
                    "year_on_year",
                    None,
                    {"amount": W(U), "rate": ("-" if word == "减少" else "") + str(r_)},
                )
                s = (
                    f"2．上级补助收入{N(U)}{u}，与{py}年度决算相比，{word}{N(c_)}{u}，{grow}{r_}%。"
                    f"主要原因是{doc['why']['upper']}。"
                )
            if kind == "s" and s.startswith("（一）收入总计"):
                sec = True
            if kind == "s" and s.startswith("（二）支出总计"):
                sec = False
            if sec and kind == "p" and re.match(r"^\d．其他收入", s) and A:
                word, c_, r_, grow = FD.chg(A, d(pr["affil"]))
                claims.append(
                    (
                        "year_on_year",
                        None,
                        {"amount": W(A), "rate": ("-" if word == "减少" else "") + str(r_)},
                    )
                )
                out.append(
                    (
                        "p",
                        f"0．附属单位上缴收入{N(A)}{u}，与{py}年度决算相比，{word}{N(c_)}{u}，{grow}{r_}%。"
                        f"主要原因是{doc['why']['affil']}。",
                    )
                )
            if kind == "p" and s.startswith("本年收入合计") and "，其中：财政拨款收入" in s:
                a, b = s.split("；", 1)
                s = a + f"；上级补助收入{N(U)}{u}，占{FD.pct(U, it)}%；" + b
                if A:
                    s = s.replace(
                        "；其他收入", f"；附属单位上缴收入{N(A)}{u}，占{FD.pct(A, it)}%；其他收入", 1
                    )
                    assert f"附属单位上缴收入{N(A)}" in s
            out.append((kind, s))
        # renumber the items of （一）收入总计
        k, sec, parts = 0, False, []
        for kind, s in out:
            if kind == "s" and s.startswith("（一）收入总计"):
                sec, k = True, 0
            elif kind == "s":
                sec = False
            if sec and kind == "p" and re.match(r"^\d+．", s):
                k += 1
                s = re.sub(r"^\d+．", f"{k}．", s)
            parts.append((kind, s))
        assert any(s and f"上级补助收入{N(U)}{u}，与" in s for _k, s in parts)
    if d(doc.get("begin_other", 0)) < 0:
        out = []
        hit = 0
        for kind, s in parts:
            if kind == "p" and "．上年结转和结余" in s and "主要为上年未完成项目的结转资金" in s:
                s = s.replace("主要为上年未完成项目的结转资金", doc["why"]["begin"])
                hit += 1
            if kind == "p" and "．年末结转和结余" in s:
                s = re.sub(r"，主要为.*。$", "，" + doc["why"]["end"] + "。", s)
                hit += 1
            out.append((kind, s))
        assert hit == 2, hit
        parts = out
        assert info["begin"] < 0
    return tabs, parts, claims, notc
