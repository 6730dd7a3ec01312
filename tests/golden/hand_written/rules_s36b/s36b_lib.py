"""What rules_s36b adds to rules_s34c's tables (s34c_lib.build sums and re-adds them; imported, not copied): the
national 决算 software's printed forms, as transformations of the printed strings (Tab cells), each re-checked here:
- rowno: 行次 columns on both sides of a two-sided summary (left 1…, right from a start: 1 again or on from the left);
- full_lei: the template's whole 类 list on the expenditure side, the 类 without money printed with blank figures;
- zeros: blank money cells printed "0.00" or "-" (expected "0.00?": loading zero or nothing is fine);
- merged: 类 | 款 | 项 code columns with the 类 / 款 cells blank under merged cells (a 款 row prints its 款 only, a 项
  row its 项 only);
- gb_plain: the 一般公共预算财政拨款支出决算表 as 合计 | 基本支出 | 项目支出 (no 人员经费 / 公用经费 columns);
- blocks: the 基本支出决算表 as 2 or 3 economic blocks side by side (人员经费 | 公用经费 [| 公用经费]), each block
  科目编码 | 科目名称 | 决算数, 人员经费合计 / 公用经费合计 on the last row.
The 栏次 row, the empty template tables, pages, units and footers are printing only (s36b_print.py)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules_s34c"))
from s34c_lib import EB, FS, GB, IS, Col, Tab, d, expectations  # noqa: E402

# the 2021+ template's expenditure 类 (收入支出决算总表 / 财政拨款收入支出决算总表 right side)
LEI = [
    "一般公共服务支出",
    "外交支出",
    "国防支出",
    "公共安全支出",
    "教育支出",
    "科学技术支出",
    "文化旅游体育与传媒支出",
    "社会保障和就业支出",
    "卫生健康支出",
    "节能环保支出",
    "城乡社区支出",
    "农林水支出",
    "交通运输支出",
    "资源勘探工业信息等支出",
    "商业服务业等支出",
    "金融支出",
    "援助其他地区支出",
    "自然资源海洋气象等支出",
    "住房保障支出",
    "粮油物资储备支出",
    "国有资本经营预算支出",
    "灾害防治及应急管理支出",
    "其他支出",
    "债务还本支出",
    "债务付息支出",
]


def cn(n):
    u = "一二三四五六七八九十"
    if n <= 10:
        return u[n - 1]
    if n < 20:
        return "十" + u[n - 11]
    return u[n // 10 - 1] + "十" + (u[n % 10 - 1] if n % 10 else "")


def _sides(t):
    """A two-sided Tab's left and right items: [(label, [cells of that side's money columns])]."""
    lj = [j for j, c in enumerate(t.cols) if c.head[0] == "L" and c.kind == "money"]
    rj = [j for j, c in enumerate(t.cols) if c.head[0] == "R" and c.kind == "money"]
    left = [(r["L"], [r["cells"][j] for j in lj]) for r in t.rows if r.get("L")]
    right = [(r["R"], [r["cells"][j] for j in rj]) for r in t.rows if r.get("R")]
    return left, right, lj, rj


def _rezip(t, left, right, lstart=1, rstart=None):
    """Rows again from the two sides, with 行次 columns (lstart / rstart: None prints no 行次)."""
    lcols = [c for c in t.cols if c.head[0] == "L" and c.kind == "money"]
    rcols = [c for c in t.cols if c.head[0] == "R" and c.kind == "money"]
    cols = [Col(("L", "项目"), None, "lname")]
    cols += [Col(("L", "行次"), None, "lno")] if lstart is not None else []
    cols += lcols + [Col(("R", "项目"), None, "rname")]
    cols += [Col(("R", "行次"), None, "rno")] if rstart is not None else []
    cols += rcols
    rows = []
    for i in range(max(len(left), len(right))):
        ln, lv = left[i] if i < len(left) else (None, [""] * len(lcols))
        rn, rv = right[i] if i < len(right) else (None, [""] * len(rcols))
        cells = [ln or ""] + ([str(lstart + i) if ln else ""] if lstart is not None else []) + list(lv)
        cells += [rn or ""] + ([str(rstart + i) if rn else ""] if rstart is not None else []) + list(rv)
        rows.append(dict(L=ln, R=rn, cells=cells))
    return Tab(t.key, t.title, t.unit, cols, rows, kind="two", opt=dict(t.opt))


def summary(t, rstart=None, full=False, lstart=1):
    """rowno (+ full_lei) of a two-sided summary."""
    left, right, _lj, _rj = _sides(t)
    if full:
        n = len(right[0][1])
        have = {lab.split("、", 1)[1]: v for lab, v in right if "、" in lab}
        assert set(have) <= set(LEI), set(have) - set(LEI)
        tail = [(lab, v) for lab, v in right if "、" not in lab]
        right = [(f"{cn(i + 1)}、{name}", have.get(name, [""] * n)) for i, name in enumerate(LEI)] + tail
    if rstart == "on":
        rstart = lstart + len(left)
    return _rezip(t, left, right, lstart, rstart)


def zeros(t, z):
    """Blank money cells printed z ("0.00" / "-"), in coded tables and the summaries' item rows."""
    money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
    for r in t.rows:
        for j in money:
            side = t.cols[j].head[0]
            if t.kind == "two" and not r.get(side):
                continue
            if not r["cells"][j]:
                r["cells"][j] = z
    return t


def merged(t):
    """类 | 款 | 项 cells blank under merged cells."""
    assert [c.kind for c in t.cols[:3]] == ["c1", "c2", "c3"], t.title
    for r in t.rows:
        code = r["code"]
        if code and len(code) == 5:
            r["cells"][0] = ""
        if code and len(code) == 7:
            r["cells"][0] = r["cells"][1] = ""
    return t


def gb_plain(t):
    keep = [j for j, c in enumerate(t.cols) if c.key not in ("personnel", "public_funds")]
    cols = [t.cols[j] for j in keep]
    cols = [Col(("基本支出",), c.key) if c.key == "basic" else c for c in cols]
    rows = [dict(r, cells=[r["cells"][j] for j in keep]) for r in t.rows]
    return Tab(t.key, t.title, t.unit, cols, rows, opt=dict(t.opt))


def blocks(t, n):
    """The 基本支出决算表 as n economic blocks side by side."""
    rows = [r for r in t.rows if r["code"]]
    j = next(j for j, c in enumerate(t.cols) if c.key == "total")
    per = lambda pre: [(r["code"], r["name"], r["cells"][j]) for r in rows if r["code"][:3] in pre]  # noqa: E731
    parts = [per(("301", "303"))] + ([per(("302", "310"))] if n == 2 else [per(("302",)), per(("310",))])
    tot = next(r for r in t.rows if not r["code"])
    pe = tot["cells"][next(j for j, c in enumerate(t.cols) if c.key == "personnel")]
    pu = tot["cells"][next(j for j, c in enumerate(t.cols) if c.key == "public_funds")]
    cols = []
    for b in range(n):
        top = "人员经费" if b == 0 else "公用经费"
        cols += [
            Col((top, "科目编码"), None, "code"),
            Col((top, "科目名称"), None, "name"),
            Col((top, "决算数"), f"B{b}", "money"),
        ]
    height = max(len(p) for p in parts)
    out = []
    for i in range(height):
        cells, names = [], []
        for p in parts:
            code, name, v = p[i] if i < len(p) else ("", "", "")
            cells += [code, name, v]
            names.append((code, name, v))
        out.append(dict(code=None, name=None, blocks=names, cells=cells))
    last = [("", "人员经费合计", pe)] + [("", "", "")] * (n - 2) + [("", "公用经费合计", pu)]
    out.append(dict(code=None, name=None, blocks=last, cells=[x for b in last for x in b]))
    # re-add: 类 = Σ 款 in each block, the blocks' totals = the 合计 row's parts
    for p in parts:
        for code, _n, v in p:
            if len(code) == 3:
                assert d(v) == sum(d(x) for c, _m, x in p if len(c) == 5 and c.startswith(code)), code
    tops = lambda pre: sum(d(v) for p in parts for c, _n, v in p if len(c) == 3 and c in pre)  # noqa: E731
    assert tops(("301", "303")) == d(pe) and tops(("302", "310")) == d(pu), (pe, pu)
    return Tab(EB, t.title, t.unit, cols, out, kind="blocks", opt=dict(t.opt))


def expect(doc, tabs):
    """The expected figures: s34c_lib.expectations, the blocks' per code, printed zeros "0.00?"."""
    out = []
    for t in tabs:
        if t.kind == "blocks":
            rows = []
            for r in t.rows:
                for code, name, v in r["blocks"]:
                    if v and name:
                        rows.append((code or None, name, {"total": v}))
            out.append(dict(table=t.key, unit=t.unit, rows=rows))
            continue
        for spec in expectations(doc, [t]):
            spec["rows"] = [
                (c, n, {k: ("0.00?" if v in ("0.00", "-") else v) for k, v in f.items()})
                for c, n, f in spec["rows"]
            ]
            out.append(spec)
    return out


def check_printed(doc, tabs):
    """The transformed summaries against the tables (the 类 lines as printed, 行次 numbered without gaps)."""
    by = {t.key: t for t in tabs}
    for key in (IS, FS):
        t = by[key]
        for side, kind in (("L", "lno"), ("R", "rno")):
            j = next((j for j, c in enumerate(t.cols) if c.kind == kind), None)
            if j is None:
                continue
            nums = [int(r["cells"][j]) for r in t.rows if r.get(side)]
            assert nums == list(range(nums[0], nums[0] + len(nums))), (doc["file"], key, side)
        j = next(j for j, c in enumerate(t.cols) if c.head[0] == "R" and c.kind == "money")
        lei = [d(r["cells"][j].replace("-", "")) for r in t.rows if r.get("R") and "、" in r["R"]]
        tot = next(r for r in t.rows if r.get("R") == "本年支出合计")
        assert sum(lei) == d(tot["cells"][j]), (doc["file"], key)
    gb = by[GB]
    keys = {c.key: j for j, c in enumerate(gb.cols) if c.kind == "money"}
    for r in gb.rows:
        v = lambda k: d(r["cells"][keys[k]].replace("-", "")) if k in keys else D(0)  # noqa: E731
        assert v("total") == v("basic") + v("project"), (doc["file"], r["name"])
    return True
