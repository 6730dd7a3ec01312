"""The rules_s35e reports: rules_s33c's builder (../rules_s33c/s33c_lib.py, imported, not copied) builds every table of
the template from the typed figures and re-adds it; this module replaces its two summaries (收支总表 / 收入支出决算总表 and
财政拨款收支总表 / 财政拨款收入支出决算总表) by TWO-SIDED tables with SEVERAL figure columns per side, and re-adds them
(sides(): items = 本年合计, 本年合计 + 结转 = 总计, parts = their parent, 合计 = Σ funds / 基本 + 项目 per row, the two 总计
equal, and across tables: 本年支出合计 and each 类 = the 支出表's, 基本 / 项目 columns = the 支出表's, the fiscal 一般公共预算
column = the 一般公共预算支出表 + 财政拨款结转).

doc["is"] (收支总表) and doc["fs"] (财政拨款总表) say the shape:
- exp: "bp" (合计 | 基本支出 | 项目支出; head0 renames 合计, group puts a group cell over the three), "funds4" (合计 |
  一般公共预算 | 政府性基金预算 | 国有资本经营预算), "unit" (a budget's 部门收支总表 by 类 with its funds: 合计 | 一般公共预算 |
  政府性基金预算 | 单位资金), "pair" (a final's 年初预算数 | 决算数 on each side);
- shape: "items" (一、… items, 本年收入合计 …) or "year" (一、本年收入 with （一）… parts, 二、上年结转 with its funds' parts,
  一、本年支出 with （一）… 类, 二、结转下年);
- rowno: None | "items" (行次 on the rows printing an item) | "all" (every line of a side numbered, blank ones too);
- aligned: 本年收入合计 on the line of 本年支出合计 (the shorter side padded with blank lines) or not;
- carry_parts: the 年初 / 上年结转 row followed by one row per fund ("numbered": 一、一般公共预算财政拨款 again);
- wrap: {label: cut} an item's label printed over two lines (text only), cut at that character."""

from __future__ import annotations

import copy
import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_lib  # noqa: E402
from s33c_lib import (  # noqa: E402
    EGF,
    EGP,
    ESC,
    EXP,
    FS,
    FUNC,
    GB,
    IS,
    Col,
    Tab,
    build,
    expectations,
    fmt,
    identities,
    narrative,
    number,
    want,
)

Z = D(0)
E_B, E_P, E_U = "expenditure_basic", "expenditure_project", "expenditure_unit_funds"


def v(s):
    return D(s.replace(",", "")) if s else Z


class Side:
    """One side of a two-sided table: rows of (label, [money cells]) and the keys of its money columns."""

    def __init__(self, name, heads, keys):
        self.name, self.heads, self.keys, self.rows = name, heads, keys, []
        self.top, self.sub, self.total, self.carry, self.grand = [], [], None, [], None
        self.parent = None

    def add(self, label, cells, role):
        self.rows.append((label, cells))
        i = len(self.rows) - 1
        if role != "sub":
            self.parent = i
        if role == "top":
            self.top.append(i)
        elif role == "sub":
            self.sub.append((self.parent, i))
        elif role == "total":
            self.total = i
        elif role == "carry":
            self.carry.append(i)
        elif role == "grand":
            self.grand = i


def two_sided(key, title, unit, left, right, spec, group=None):
    """A Tab of two sides printed side by side (rows paired in order; with spec aligned the totals on one line)."""
    rowno = spec.get("rowno")
    lrows, rrows = list(left.rows), list(right.rows)
    blank_l, blank_r = ("", [""] * len(left.keys)), ("", [""] * len(right.keys))
    if spec.get("aligned", True):
        pad = max(left.total, right.total)
        lrows = lrows[: left.total] + [blank_l] * (pad - left.total) + lrows[left.total :]
        rrows = rrows[: right.total] + [blank_r] * (pad - right.total) + rrows[right.total :]
    n = max(len(lrows), len(rrows))
    # the 总计 rows on one line: the shorter side's blank lines go before its 总计
    lrows = lrows[:-1] + [blank_l] * (n - len(lrows)) + lrows[-1:]
    rrows = rrows[:-1] + [blank_r] * (n - len(rrows)) + rrows[-1:]
    lrows += [blank_l] * (n - len(lrows))
    rrows += [blank_r] * (n - len(rrows))
    cols = [Col((left.name, "项目"), "name")]
    if rowno:
        cols.append(Col((left.name, "行次"), "rowno"))
    cols += [Col((left.name, h), "money", k) for h, k in zip(left.heads, left.keys)]
    cols.append(Col((right.name, "项目"), "name"))
    if rowno:
        cols.append(Col((right.name, "行次"), "rowno"))
    rh = [(right.name, h) if group is None else (right.name, group, h) for h in right.heads]
    cols += [Col(h, "money", k) for h, k in zip(rh, right.keys)]
    rows, exp = [], []
    for i, ((ll, lc), (rl, rc)) in enumerate(zip(lrows, rrows)):
        nos = []
        if rowno:
            nos = [
                str(i + 1) if (ll or rowno == "all") else "",
                str(n + i + 1) if (rl or rowno == "all") else "",
            ]
        rows.append([ll, *nos[:1], *lc, rl, *nos[1:], *rc])
        for lab, cells, keys in ((ll, lc, left.keys), (rl, rc, right.keys)):
            vals = {k: want(c) for k, c in zip(keys, cells) if k and want(c)}
            if lab and vals:
                exp.append((None, lab.replace("\n", ""), vals))
    return Tab(key, title, unit, cols, rows, exp, kind="two35", landscape=True)


def cut_label(label, spec):
    at = spec.get("wrap", {}).get(label)
    return label if at is None else label[:at] + "\n" + label[at:]


# ============================================================================================ the summaries
def summaries(doc, m, info):
    """(收支总表 Tab, 财政拨款总表 Tab, the Sides for sides())."""
    st = doc["style"]
    u = doc["unit"]
    z = st.get("zero", "")
    final = doc["kind"] == "final_account"
    num = st.get("num", "cn")

    def f(x):
        return fmt(x, z)

    classes = m.classes()
    out = []
    # ------------------------------------------------------------------ 收支总表
    sp = doc["is"]
    ex = sp["exp"]
    if final:
        yb = {k: D(x.replace(",", "")) for k, x in doc["yb"].items()}
        heads, lk, rk = (
            ["年初预算数", "决算数"],
            ["income@budget", "income"],
            ["expenditure@budget", "expenditure"],
        )
        left, right = Side("收入", heads, lk), Side("支出", heads, rk)
        cb, ce = m.carry("cb"), m.carry("ce")
        items = [
            ("一般公共预算财政拨款收入", m.t("gp") + ce - cb),
            ("政府性基金预算财政拨款收入", m.t("gf")),
            ("国有资本经营预算财政拨款收入", Z),
            ("上级补助收入", Z),
            ("事业收入", m.t("biz")),
            ("经营收入", Z),
            ("附属单位上缴收入", Z),
            ("其他收入", m.t("oth")),
        ]

        def pair(name, x):
            b = yb.get(name)
            return [f(b) if b is not None else "", f(x)]

        for i, (name, x) in enumerate(items):
            left.add(cut_label(number(i, num) + name, sp), pair(name, x), "top")
        tot_b = sum((yb.get(n, Z) for n, _x in items), Z)
        left.add("本年收入合计", [f(tot_b), f(info["income_total"])], "total")
        left.add("使用非财政拨款结余", pair("使用非财政拨款结余", Z), "carry")
        left.add("年初结转和结余", pair("年初结转和结余", cb), "carry")
        left.add("总计", [f(tot_b + yb.get("年初结转和结余", Z)), f(info["grand"])], "grand")
        for i, c in enumerate(classes):
            name = FUNC[c]
            right.add(cut_label(number(i, num) + name, sp), pair(name, m.t(code=c)), "top")
        etot_b = sum((yb.get(FUNC[c], Z) for c in classes), Z)
        right.add("本年支出合计", [f(etot_b), f(info["spend"])], "total")
        right.add("结余分配", pair("结余分配", Z), "carry")
        right.add("年末结转和结余", pair("年末结转和结余", ce), "carry")
        right.add("总计", [f(etot_b + yb.get("年末结转和结余", Z)), f(info["grand"])], "grand")
        title = "收入支出决算总表"
    else:
        left = Side("收入", ["预算数"], ["income"])
        if ex == "bp":
            right = Side("支出", [sp.get("head0", "合计"), "基本支出", "项目支出"], ["expenditure", E_B, E_P])

            def parts(c=""):
                return [m.t(code=c), m.t(kinds=("pe", "pu"), code=c), m.t(kinds="p", code=c)]
        else:  # "unit"
            right = Side(
                "支出", ["合计", "一般公共预算", "政府性基金预算", "单位资金"], ["expenditure", EGP, EGF, E_U]
            )

            def parts(c=""):
                return [
                    m.t(code=c),
                    m.t(("gp", "cof"), code=c),
                    m.t("gf", code=c),
                    m.t(("biz", "oth", "cou"), code=c),
                ]

        unit_parts = [
            ("事业收入", m.t("biz")),
            ("事业单位经营收入", Z),
            ("上级补助收入", Z),
            ("附属单位上缴收入", Z),
            ("其他收入", m.t("oth")),
        ]
        items = [
            ("一般公共预算拨款收入", m.t("gp"), []),
            ("政府性基金预算拨款收入", m.t("gf"), []),
            ("国有资本经营预算拨款收入", Z, []),
            ("财政专户管理资金收入", Z, []),
            ("单位资金", m.t(("biz", "oth")), unit_parts),
        ]
        for i, (name, x, subs) in enumerate(items):
            left.add(cut_label(number(i, num) + name, sp), [f(x)], "top")
            for j, (sn, sx) in enumerate(subs):
                left.add(number(j, num, sub=True) + sn, [f(sx)], "sub")
        left.add("本年收入合计", [f(info["income_total"])], "total")
        left.add("上年结转结余", [f(m.t(("cof", "cou")))], "carry")
        left.add(number(0, num, sub=True) + "财政拨款结转", [f(m.t("cof"))], "sub")
        left.add(number(1, num, sub=True) + "单位资金结转", [f(m.t("cou"))], "sub")
        left.add("收入总计", [f(info["grand"])], "grand")
        for i, c in enumerate(classes):
            right.add(cut_label(number(i, num) + FUNC[c], sp), [f(x) for x in parts(c)], "top")
        right.add("本年支出合计", [f(x) for x in parts()], "total")
        right.add("结转下年", [f(Z)] * len(right.keys), "carry")
        right.add("支出总计", [f(x) for x in parts()], "grand")
        title = sp.get("title", "部门收支总表")
    out.append(two_sided(IS, title, u, left, right, sp, group=sp.get("group")))
    sides = [(IS, left, right)]

    # ------------------------------------------------------------------ 财政拨款总表
    sp = doc["fs"]
    ex = sp["exp"]
    fcodes = m.classes(("gp", "gf", "cof"))
    if ex == "funds4":
        fh = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
        if final:
            fh = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
        fkeys = ["expenditure", EGP, EGF, ESC]

        def fparts(c=""):
            return [m.t(("gp", "gf", "cof"), code=c), m.t(("gp", "cof"), code=c), m.t("gf", code=c), Z]
    else:  # "bp"
        fh = [sp.get("head0", "合计"), "基本支出", "项目支出"]
        fkeys = ["expenditure", E_B, E_P]

        def fparts(c=""):
            return [
                m.t(("gp", "gf", "cof"), code=c),
                m.t(("gp", "gf", "cof"), ("pe", "pu"), c),
                m.t(("gp", "gf", "cof"), "p", c),
            ]

    left = Side("收入", ["金额" if final else "预算数"], ["income"])
    right = Side("支出", fh, fkeys)
    cb, ce = m.carry("cb"), m.carry("ce")
    fnum = sp.get("num", num)
    if final:
        fin = [
            ("一般公共预算财政拨款", m.t("gp") + ce - cb),
            ("政府性基金预算财政拨款", m.t("gf")),
            ("国有资本经营预算财政拨款", Z),
        ]
        carry_label, carry_parts = "年初财政拨款结转和结余", [cb, Z, Z]
        end_label, end_parts = "年末财政拨款结转和结余", [ce, ce, Z, Z][: len(fkeys)]
        gl, gr = "总计", "总计"
        title = "财政拨款收入支出决算总表"
    else:
        fin = [
            ("一般公共预算拨款收入", m.t("gp")),
            ("政府性基金预算拨款收入", m.t("gf")),
            ("国有资本经营预算拨款收入", Z),
        ]
        carry_label, carry_parts = "上年结转", [m.t("cof"), Z, Z]
        end_label, end_parts = "结转下年", [Z] * len(fkeys)
        gl, gr = "收入总计", "支出总计"
        title = sp.get("title", "财政拨款收支总表")
    fin_total = sum((x for _n, x in fin), Z)
    spent = fparts()
    grand = [a + b for a, b in zip(spent, end_parts)]
    part_names = [n.replace("收入", "") for n, _x in fin]
    if sp.get("shape") == "year":
        left.add("一、本年收入", [f(fin_total)], "total")
        for i, (name, x) in enumerate(fin):
            left.add(number(i, "cn", sub=True) + name.replace("收入", ""), [f(x)], "sub")
        left.add("二、上年结转", [f(sum(carry_parts, Z))], "carry")
        for i, (name, x) in enumerate(zip(part_names, carry_parts)):
            left.add(number(i, "cn", sub=True) + name, [f(x)], "sub")
        left.add(gl, [f(fin_total + sum(carry_parts, Z))], "grand")
        right.add("一、本年支出", [f(x) for x in spent], "total")
        for i, c in enumerate(fcodes):
            right.add(cut_label(number(i, "cn", sub=True) + FUNC[c], sp), [f(x) for x in fparts(c)], "sub")
        right.add("二、" + end_label, [f(x) for x in end_parts], "carry")
        right.add(gr, [f(x) for x in grand], "grand")
        # "year": the totals lead, so the lines pair in order
        sp = dict(sp, aligned=False)
    else:
        for i, (name, x) in enumerate(fin):
            left.add(cut_label(number(i, fnum) + name, sp), [f(x)], "top")
        left.add("本年收入合计", [f(fin_total)], "total")
        left.add(carry_label, [f(sum(carry_parts, Z))], "carry")
        if sp.get("carry_parts"):
            style = "cn" if sp["carry_parts"] == "numbered" else "none"
            for i, (name, x) in enumerate(zip(part_names, carry_parts)):
                left.add(number(i, style) + name, [f(x)], "sub")
        left.add(gl, [f(fin_total + sum(carry_parts, Z))], "grand")
        for i, c in enumerate(fcodes):
            right.add(cut_label(number(i, fnum) + FUNC[c], sp), [f(x) for x in fparts(c)], "top")
        right.add("本年支出合计", [f(x) for x in spent], "total")
        right.add(end_label, [f(x) for x in end_parts], "carry")
        right.add(gr, [f(x) for x in grand], "grand")
    out.append(two_sided(FS, title, u, left, right, sp, group=sp.get("group")))
    sides.append((FS, left, right))
    return out, sides


# ============================================================================================ identities
def sides_add_up(name, doc, tabs, sides):
    """Re-add the new summaries from their printed strings, and against the other tables."""
    by = {t.key: t for t in tabs}
    exp_t, gb_t = by[EXP], by[GB]
    exp_rows = {r[0] or "": [v(x) for x in r[2:]] for r in exp_t.rows}
    gb_rows = {r[0] or "": [v(x) for x in r[2:]] for r in gb_t.rows}
    byname = {FUNC[c]: c for c in exp_rows if len(c) == 3}
    m = None
    for key, left, right in sides:
        grands = []
        for side in (left, right):
            vals = [[v(c) for c in cells] for _lab, cells in side.rows]
            n = len(side.keys)
            kids = {}
            for parent, i in side.sub:
                kids.setdefault(parent, []).append(i)
            for parent, ks in kids.items():
                assert [sum(vals[k][j] for k in ks) for j in range(n)] == vals[parent], (name, key, parent)
            tops = side.top or kids.get(side.total, [])
            tot = [sum(vals[i][j] for i in tops) for j in range(n)]
            assert tot == vals[side.total], (name, key, side.name, tot, vals[side.total])
            g = [vals[side.total][j] + sum(vals[i][j] for i in side.carry) for j in range(n)]
            assert g == vals[side.grand], (name, key, side.name, "总计")
            grands.append(vals[side.grand])
            for lab, row in zip([x[0] for x in side.rows], vals):
                ks = side.keys
                if "expenditure" in ks and len(ks) > 2:
                    assert row[0] == sum(row[1:]), (name, key, lab)  # 合计 = Σ parts
                # a 类 row against the 支出表 (收支总表) / 一般公共预算支出表 (财政拨款总表)
                plain = lab.replace("\n", "").split("、")[-1].split("）")[-1]
                if side is right and plain in byname:
                    c = byname[plain]
                    if key == IS:
                        assert row[ks.index("expenditure")] == exp_rows[c][0], (name, lab)
                        if E_B in ks:
                            assert row[ks.index(E_B)] == exp_rows[c][1], (name, lab)
                            assert row[ks.index(E_P)] == exp_rows[c][2], (name, lab)
                    if key == FS and EGP in ks:
                        m = m or s33c_lib.Money(doc)
                        gpx = gb_rows.get(c, [Z])[0] + m.t("cof", code=c)
                        assert row[ks.index(EGP)] == gpx, (name, lab)
        # both 总计 rows: the one figure each side shares (决算数 / 预算数 / 合计)
        own_l = grands[0][left.keys.index("income")]
        own_r = grands[1][right.keys.index("expenditure")]
        assert own_l == own_r, (name, key, own_l, own_r)
        if "income@budget" in left.keys:
            assert grands[0][0] == grands[1][0], (name, key, "年初预算数 总计")
        tot_r = [v(c) for c in right.rows[right.total][1]]
        if key == IS:
            assert tot_r[right.keys.index("expenditure")] == exp_rows[""][0], (name, "本年支出合计 = 支出表")
    return True


def make(name, doc):
    """(tabs, info, 说明, expected) of one report: s33c_lib.build with its summaries replaced by this module's."""
    base = copy.deepcopy(doc)
    base["style"] = dict(doc["style"], summary="two", fiscal="two4")
    base["style"].pop("other", None)
    tabs, info = build(base)
    identities(name, base, tabs, info)
    new, sides = summaries(doc, info["m"], info)
    at = [i for i, t in enumerate(tabs) if t.key in (IS, FS)]
    assert len(at) == 2
    tabs[at[0]], tabs[at[1]] = new[0], new[1]
    sides_add_up(name, doc, tabs, sides)
    text, claims = narrative(doc, tabs, info)
    exp = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=expectations(tabs),
        only_tables=sorted({t.key for t in tabs}),
        claims=claims,
    )
    return tabs, info, text, exp
