"""Tables of the rules_s55 reports: ../rules_s42c/s42c_lib.py's build (imported; itself on ../rules_s41c/s41c_lib.py:
the standard 9-table set from the figures typed per functional 项, every identity re-added at import) plus this set's
shapes, each re-added here too:

- leaf keys up_p / att_p (budget: a 项's money from 上级补助收入 / 附属单位上缴收入, spent as project money) and iup / ibiz
  (final: a 项's income from 上级补助收入 / 事业收入; its spending typed as oth_pe / oth_p): the 收支总表's income side
  prints them with figures ("七、上级补助收入 320.00", "八、附属单位上缴收入 58.00" / "四、上级补助收入", "五、事业收入"),
  the 收入(决算)表 has a column for each (upper_grant / affiliated_remit / business). The s41c build is run on a
  shadow of the figures where that money is 其他收入 (so every total and the other side agree), then the income side
  and the 收入表 are re-drawn with the money where it belongs, and the identities re-added;
- style "exp_budget" (final): the 支出决算表 with ONE "年初预算数" column before 本年支出合计 (expected as
  "total@budget"; the 年初预算 typed per 项 as yb, every 项's money being 一般公共预算); 类 = Σ 款 = Σ 项 re-added;
- style "eb_dual" (budget): the 一般公共预算基本支出表 with the 部门经济分类 code and name AND the 政府经济分类 code and
  name side by side on every row (doc["gov_econ"]: 部门 code -> 政府 code); expected under the 部门 code and name;
- leaf key cf_p (budget): a 项's 一般公共预算 project money from 上年结转: the 收支总表 and 财政拨款收支总表 print
  上年结转 with its figure (本年收入合计 + 上年结转 = 收入总计), the 收入总表 a 上年结转 column (合计 = 上年结转 + this year's);
  the s41c identities are re-added on the shadow (the money as this year's), then these re-drawn tables re-added;
- doc["sg_unit"]: the 三公 table in another unit than the report's (万元 beside 元 tables), its figures typed in it.

Expectation conventions as s41c_lib's (a zero cell "0.00?"; an empty table present with is_empty)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s42c"))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s41c"))
import s41c_lib  # noqa: E402
import s42c_lib  # noqa: E402
from s41c_lib import CNL, EB, ECON, EXP, FUNC, INC, IS, SG, Z, coded, d, fmt, func_rows, leaves_of, two, want  # noqa: E402,F401

FUNC.update(
    {
        "20501": "教育管理事务",
        "2050299": "其他普通教育支出",
        "20507": "特殊教育",
        "2050701": "特殊学校教育",
        "20508": "进修及培训",
        "2050801": "教师进修",
        "2050902": "农村中小学教学设施",
        "20599": "其他教育支出",
        "2059999": "其他教育支出",
        "20138": "市场监督管理事务",
        "2013801": "行政运行",
        "2013802": "一般行政管理事务",
        "2013805": "市场秩序执法",
        "2013815": "质量安全监管",
        "2013816": "食品安全监管",
        "2013850": "事业运行",
        "2100402": "卫生监督机构",
        "2100499": "其他公共卫生支出",
        "2100799": "其他计划生育事务支出",
        "21017": "中医药",
        "2101701": "中医（民族医）药专项",
        "2101601": "老龄卫生健康事务",
        "21016": "老龄卫生健康事务",
        "2050302": "中等职业教育",
        "20503": "职业教育",
    }
)
ECON.update({"30239": "其他交通费用"})
GOV_ECON = {
    "501": "机关工资福利支出",
    "50101": "工资奖金津补贴",
    "50102": "社会保障缴费",
    "50103": "住房公积金",
    "50199": "其他工资福利支出",
    "502": "机关商品和服务支出",
    "50201": "办公经费",
    "50203": "培训费",
    "50206": "公务接待费",
    "50208": "公务用车运行维护费",
    "50209": "维修（护）费",
    "50299": "其他商品和服务支出",
    "509": "对个人和家庭的补助",
    "50901": "社会福利和救助",
    "50905": "离退休费",
}


def _shadow(doc):
    """The doc with up_p / att_p (budget) or iup / ibiz (final) folded into 其他收入, and the real leaves."""
    real = leaves_of(doc["leaves"])
    lines = []
    for code, m in real.items():
        m2 = dict(m)
        if doc["kind"] == "budget":
            extra = m2.pop("up_p", Z) + m2.pop("att_p", Z)
            if extra:
                m2["oth_p"] = m2.get("oth_p", Z) + extra
            if "cf_p" in m2:
                m2["gp_p"] = m2.get("gp_p", Z) + m2.pop("cf_p")
        else:
            extra = m2.pop("iup", Z) + m2.pop("ibiz", Z)
            base = m2.get("ioth", m2.get("oth_pe", Z) + m2.get("oth_p", Z))
            if extra or "ioth" in m2:
                m2["ioth"] = base + extra
        lines.append(code + " " + " ".join(f"{k}={v}" for k, v in m2.items()))
    return dict(doc, leaves="\n".join(lines)), real


def _redo_income(doc, tabs, real):
    """Re-draw the 收支总表's income side and the 收入表 with the 上级补助 / 附属单位 / 事业 money in its own place."""
    S = s41c_lib.S
    tot = lambda *k: sum((S(m, *k) for m in real.values()), Z)  # noqa: E731
    final = doc["kind"] == "final_account"
    st = doc["style"]
    rowno = st.get("rowno", False)
    zero = st.get("zero", "")
    sep = st.get("sep", True)
    i = next(i for i, t in enumerate(tabs) if t.key == IS)
    old = tabs[i]
    if final:
        oth = sum((m.get("ioth", S(m, "oth_pe", "oth_p")) for m in real.values()), Z)
        put = {"四、上级补助收入": tot("iup"), "五、事业收入": tot("ibiz"), "八、其他收入": oth}
    else:
        put = {
            "七、上级补助收入": tot("up_p"),
            "八、附属单位上缴收入": tot("att_p"),
            "九、其他收入": tot("oth_p"),
        }
    li, ri = 1 + rowno, 2 + rowno
    left, right = [], []
    for r in old.rows:
        c = r["cells"]
        lab = c[0]
        lv = put[lab] if lab in put else (d(c[li]) if c[li] else None)
        if lab in put and not lv and not zero:
            lv = None
        left.append((lab, lv))
        rv = {}
        for j, k in enumerate(old.keys):
            if k and k != "income" and c[j]:
                rv[k] = d(c[j])
        right.append((c[ri], rv))
    # the padding rows of two() come back as ("", None) / ("", {}); keep the order of the old table
    rheads = [(h.split("/", 1)[1], k) for h, k in zip(old.heads, old.keys) if k and k != "income"]
    t = two(
        IS, old.title, doc, left, right, (old.heads[li].split("/", 1)[1],), rheads, rowno=rowno, zero=zero
    )
    assert [r["cells"][0] for r in t.rows] == [r["cells"][0] for r in old.rows]
    tabs[i] = t
    # 收入表
    j = next(j for j, t in enumerate(tabs) if t.key == INC)
    if final:
        cols = [
            ("本年收入合计", "total"),
            ("财政拨款收入", "fiscal_appropriation"),
            ("上级补助收入", "upper_grant"),
        ]
        cols += [
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
        ]
        cols += [("其他收入", "other_income")]

        def fn(m):
            o = m.get("ioth", S(m, "oth_pe", "oth_p"))
            f = m.get("igp", S(m, "gp_pe", "gp_pu", "gp_p")) + m.get("igf", S(m, "gf_p"))
            return {
                "total": f + S(m, "iup", "ibiz") + o,
                "fiscal_appropriation": f,
                "upper_grant": S(m, "iup"),
                "business": S(m, "ibiz"),
                "other_income": o,
            }
    else:
        cols = [("合计", "total"), ("一般公共预算拨款收入", "general_public")]
        if tot("gf_p"):
            cols.append(("政府性基金预算拨款收入", "government_fund"))
        cols += [("国有资本经营预算拨款收入", "state_capital"), ("事业收入", "business")]
        cols += [("上级补助收入", "upper_grant"), ("附属单位上缴收入", "affiliated_remit")]
        if tot("oth_p"):
            cols.append(("其他收入", "other_income"))

        def fn(m):
            return {
                "total": S(m, *m.keys()),
                "general_public": S(m, "gp_pe", "gp_pu", "gp_p"),
                "government_fund": S(m, "gf_p"),
                "business": S(m, "biz_pe", "biz_p"),
                "upper_grant": S(m, "up_p"),
                "affiliated_remit": S(m, "att_p"),
                "other_income": S(m, "oth_p"),
            }

    tabs[j] = coded(INC, tabs[j].title, doc, cols, func_rows(real, fn))
    for r in tabs[j].rows:  # row total = Σ parts
        v = [d(c) for c, k in zip(r["cells"], tabs[j].keys) if k]
        assert v[0] == sum(v[1:], Z), (doc["stem"], r)
    assert sep is not None


def _exp_budget(doc, tabs, info):
    """The 支出决算表 with one 年初预算数 column before 本年支出合计."""
    i = next(i for i, t in enumerate(tabs) if t.key == EXP)
    t = tabs[i]
    L = info["L"]
    sep = doc["style"].get("sep", True)
    nlab = t.keys.index("total")
    bud = {}
    for code, m in L.items():
        assert not (set(m) - {"gp_pe", "gp_pu", "gp_p", "yb", "igp", "igf", "ioth"}), (
            "only 一般公共预算 money"
        )
        for pre in (code[:3], code[:5], code, None):
            bud[pre] = bud.get(pre, Z) + m.get("yb", Z)
    t.heads.insert(nlab, "年初预算数")
    t.keys.insert(nlab, "total@budget")
    exp = {(c, n): f for c, n, f in t.exp}
    for r in t.rows:
        c = fmt(bud[r["code"]], sep)
        r["cells"].insert(nlab, c)
        f = exp.get((r["code"], r["name"] if r["code"] else "合计"))
        if c and f is not None:
            new = {"total@budget": c}
            new.update(f)
            f.clear()
            f.update(new)
    rows = [r for r in t.rows if r["code"]]
    for r in rows:  # 类 = Σ 款 = Σ 项 in the budget column; 合计 = Σ 类
        kids = [x for x in rows if x["level"] == r["level"] + 1 and x["code"].startswith(r["code"])]
        if kids:
            assert d(r["cells"][nlab]) == sum((d(x["cells"][nlab]) for x in kids), Z), (
                doc["stem"],
                r["code"],
            )
    tot = next(r for r in t.rows if r["code"] is None)
    assert (
        d(tot["cells"][nlab]) == sum((d(x["cells"][nlab]) for x in rows if x["level"] == 1), Z) == info["yb"]
    )


def _eb_dual(doc, tabs):
    """The 基本支出表 with 部门经济分类 and 政府经济分类 side by side."""
    i = next(i for i, t in enumerate(tabs) if t.key == EB)
    t = tabs[i]
    assert t.kind == "coded" and t.heads[:2] == ["科目编码", "科目名称"]
    g = doc["gov_econ"]
    t.heads[:2] = [
        "部门经济分类/科目编码",
        "部门经济分类/科目名称",
        "政府经济分类/科目编码",
        "政府经济分类/科目名称",
    ]
    t.keys[:2] = [None, None, None, None]
    for r in t.rows:
        code = r["code"]
        gc = "" if code is None else g[code]
        r["cells"][2:2] = [gc, GOV_ECON[gc] if gc else ""]
    t.kind = "coded"
    t.dual = True


def _redo_carry(doc, tabs, real):
    """A budget spending last year's carry-over (leaf key cf_p: 一般公共预算 project money from 上年结转): the s41c build
    ran on a shadow where it is this year's 一般公共预算 money; the income sides of the 收支总表 and the 财政拨款收支总表
    are re-drawn with 上年结转 in its row (本年收入合计 = Σ this year's income, 收入总计 = 本年收入合计 + 上年结转), the 收入总表
    with a 上年结转 column after 合计 (合计 = 上年结转 + Σ this year's columns); each re-added."""
    S = s41c_lib.S
    cf = sum((S(m, "cf_p") for m in real.values()), Z)
    st = doc["style"]
    for key, first, carry in (
        (IS, "一、一般公共预算拨款收入", "上年结转结余"),
        ("fiscal_summary", "一、一般公共预算拨款收入", "上年结转"),
    ):
        i = next(i for i, t in enumerate(tabs) if t.key == key)
        old = tabs[i]
        left, right = [], []
        for r in old.rows:
            c = r["cells"]
            lab = c[0]
            lv = d(c[1]) if c[1] else None
            if lab in (first, "本年收入合计"):
                lv = lv - cf
            elif lab == carry:
                lv = cf
            left.append((lab, lv))
            right.append((c[2], {k: d(c[j]) for j, k in enumerate(old.keys) if k and k != "income" and c[j]}))
        rheads = [(h.split("/", 1)[1], k) for h, k in zip(old.heads, old.keys) if k and k != "income"]
        t = two(key, old.title, doc, left, right, (old.heads[1].split("/", 1)[1],), rheads)
        col = {r["cells"][0]: d(r["cells"][1]) for r in t.rows if r["cells"][0]}
        tot = "收入总计"
        assert col["本年收入合计"] + col[carry] == col[tot], (doc["stem"], key)
        body = [v for k, v in col.items() if k[:2] in {f"{x}、" for x in CNL}]
        assert sum(body, Z) == col["本年收入合计"], (doc["stem"], key)
        out = {r["cells"][2]: r["cells"] for r in t.rows if r["cells"][2]}
        assert d(out["支出总计"][3]) == col[tot], (doc["stem"], key)
        tabs[i] = t
    j = next(j for j, t in enumerate(tabs) if t.key == INC)
    old = tabs[j]
    cols = [(h, k) for h, k in zip(old.heads, old.keys) if k]
    cols.insert(1, ("上年结转", "carryover_begin"))

    def fn(m):
        g = S(m, "gp_pe", "gp_pu", "gp_p")
        return {
            "total": S(m, *m.keys()),
            "carryover_begin": S(m, "cf_p"),
            "general_public": g,
            "government_fund": S(m, "gf_p"),
            "business": S(m, "biz_pe", "biz_p"),
            "other_income": S(m, "oth_p"),
        }

    t = coded(INC, old.title, doc, cols, func_rows(real, fn))
    for r in t.rows:  # row total = Σ parts
        v = [d(c) for c, k in zip(r["cells"], t.keys) if k]
        assert v[0] == sum(v[1:], Z), (doc["stem"], r)
    rows = [r for r in t.rows if r["code"]]
    for jj, k in enumerate(t.keys):
        if k:
            for r in rows:
                kids = [x for x in rows if x["level"] == r["level"] + 1 and x["code"].startswith(r["code"])]
                if kids:
                    assert d(r["cells"][jj]) == sum((d(x["cells"][jj]) for x in kids), Z)
    is_ = next(x for x in tabs if x.key == IS)
    grand = next(d(r["cells"][1]) for r in is_.rows if r["cells"][0] == "收入总计")
    assert d(next(r for r in t.rows if r["code"] is None)["cells"][2]) == grand
    tabs[j] = t
    assert st is not None


def base_build(doc):
    shadow, real = _shadow(doc)
    extra = any(k in m for m in real.values() for k in ("up_p", "att_p", "iup", "ibiz"))
    shadow["stem"] = doc["stem"]
    tabs, info = (s41c_lib.build_final if doc["kind"] == "final_account" else s41c_lib.build_budget)(shadow)
    for k in ("titles",):
        doc[k] = shadow[k]
    if extra:
        _redo_income(doc, tabs, real)
    st = doc["style"]
    if st.get("exp_budget"):
        _exp_budget(doc, tabs, info)
    if st.get("eb_dual"):
        _eb_dual(doc, tabs)
    if doc.get("sg_unit"):
        sg = next(t for t in tabs if t.key == SG)
        sg.unit = doc["sg_unit"]
    s41c_lib.identities(doc, tabs)
    if any("cf_p" in m for m in real.values()):
        _redo_carry(doc, tabs, real)
        info["cf"] = sum((m.get("cf_p", Z) for m in real.values()), Z)
    info["real"] = real
    return tabs, info


def build(doc):
    """s42c_lib's build (its shapes) on this set's base build."""
    keep = s41c_lib.build
    s41c_lib.build = base_build
    try:
        return s42c_lib.build(doc)
    finally:
        s41c_lib.build = keep
