"""rules_s34d's builder: the printed tables of a report summed from its typed figures (functional 项 leaves by
fund and kind, the 一般公共预算 基本支出 by economic 款, the 三公 items), their expectations (read from the very
strings printed) and identities() re-adding every printed table from its printed strings at import.

Leaves: "code gp_b gp_p gf_p nf_b nf_p" ("-" for nothing): 一般公共预算 basic / project, 政府性基金 project, other
money (doc["nf"]: 事业收入 or 其他收入) basic / project. econ: "code amount" of the 一般公共预算 基本支出 by 款.
Nothing here reads the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

IS, INC, EXP = "income_expenditure_summary", "income_by_function", "expenditure_by_function"
FS, GB, GBB = "fiscal_summary", "general_budget_by_function", "general_budget_basic_by_economic"
SG, GF, SC = "sangong", "government_fund", "state_capital"
E0 = D("0")

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010308": "信访事务",
    "2010350": "事业运行",
    "20126": "档案事务",
    "2012601": "行政运行",
    "2012604": "档案馆",
    "20131": "党委办公厅（室）及相关机构事务",
    "2013101": "行政运行",
    "2013102": "一般行政管理事务",
    "2013150": "事业运行",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013802": "一般行政管理事务",
    "2013804": "市场主体管理",
    "2013805": "市场秩序执法",
    "2013812": "药品事务",
    "2013816": "食品安全监管",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "公共法律服务",
    "2040610": "社区矫正",
    "2040650": "事业运行",
    "205": "教育支出",
    "20503": "职业教育",
    "2050305": "高等职业教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120102": "一般行政管理事务",
    "2120104": "城管执法",
    "2120106": "工程建设管理",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出",
    "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "21302": "林业和草原",
    "2130201": "行政运行",
    "2130204": "事业机构",
    "2130205": "森林资源培育",
    "2130209": "森林生态效益补偿",
    "2130234": "林业草原防灾减灾",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出",
    "22101": "保障性安居工程支出",
    "2210103": "棚户区改造",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
PERSONNEL = ("301", "303")
CN = "一二三四五六七八九十"

TITLES = {
    "budget": {
        IS: "{s}收支总表",
        INC: "{s}收入总表",
        EXP: "{s}支出总表",
        FS: "财政拨款收支总表",
        GB: "一般公共预算支出表",
        GBB: "一般公共预算基本支出表",
        SG: "一般公共预算“三公”经费支出表",
        GF: "政府性基金预算支出表",
        SC: "国有资本经营预算支出表",
    },
    "final_account": {
        IS: "收入支出决算总表",
        INC: "收入决算表",
        EXP: "支出决算表",
        FS: "财政拨款收入支出决算总表",
        GB: "一般公共预算财政拨款支出决算表",
        GBB: "一般公共预算财政拨款基本支出决算表",
        SG: "一般公共预算财政拨款“三公”经费支出决算表",
        GF: "政府性基金预算财政拨款收入支出决算表",
        SC: "国有资本经营预算财政拨款支出决算表",
    },
}
ORDER = (IS, INC, EXP, FS, GB, GBB, SG, GF, SC)


def d(s) -> D:
    return E0 if s in ("", "-", None) else D(str(s).replace(",", ""))


def fmt(x: D, sep=True) -> str:
    if x == 0:
        return ""
    return f"{x:,.2f}" if sep else f"{x:.2f}"


@dataclass
class Tab:
    key: str
    title: str  # the table's own title (the printer adds labels, prefixes, wraps)
    unit: str
    heads: list  # per column: header path (tuple)
    kinds: list  # per column: code | name | money | rowno
    rows: list  # printed strings
    exp: list = field(default_factory=list)  # (code, name, {col: value})
    empty: str | None = None  # an empty table's sentence
    no: int = 0  # its number in the report (1-based)


def leaves_of(text):
    out = {}
    for line in text.strip().splitlines():
        code, *vals = line.split()
        assert code in FUNC and len(code) == 7, code
        assert len(vals) == 5, line
        out[code] = [d(v) for v in vals]
    return out


def econ_of(text, basic):
    """The 基本支出 by economic 款; the one amount typed "*" is the rest of the 一般公共预算 basic."""
    out, rest = {}, None
    for line in text.strip().splitlines():
        code, amount = line.split()
        assert code in ECON and len(code) == 5, code
        if amount == "*":
            rest = code
        out[code] = E0 if amount == "*" else d(amount)
    if rest:
        out[rest] = basic - sum(out.values(), E0)
        assert out[rest] > 0, (rest, out[rest])
    return out


def coded(leaves, fn, depth=(3, 5, 7)):
    """[(code, name, values)] for 合计 then each 类, 款, 项 (printing order), values = fn(leaf values) summed."""
    sums = {}
    for code, vals in leaves.items():
        v = fn(vals)
        for n in depth:
            acc = sums.setdefault(code[:n], [E0] * len(v))
            sums[code[:n]] = [a + b for a, b in zip(acc, v)]
    cats = sorted(c for c in sums if len(c) == 3)
    total = [sum(col, E0) for col in zip(*(sums[c] for c in cats))]
    out = [(None, "合计", total)]
    for c in sorted(sums):
        if any(x != 0 for x in sums[c]):
            out.append((c, (FUNC if c[0] == "2" else ECON)[c], sums[c]))
    return out


def coded_tab(key, title, unit, heads, keys, rows, sep, total_last=False, split_code=False):
    printed, exp = [], []
    for code, name, vals in rows:
        cells = [fmt(v, sep) for v in vals]
        if code is None:
            r = ["", "合计", *cells]
        elif split_code:
            r = [" ".join([code[:3], code[3:5], code[5:7]]).strip(), name, *cells]
        else:
            r = [code, name, *cells]
        printed.append(r)
        exp.append((code, name, {k: c for k, c in zip(keys, cells) if k and c}))
    if total_last:
        printed = printed[1:] + printed[:1]
        exp = exp[1:] + exp[:1]
    heads = [("科目编码",), ("科目名称",), *heads]
    kinds = ["code", "name"] + ["money"] * (len(heads) - 2)
    return Tab(key, title, unit, heads, kinds, printed, exp)


def two_sided(key, title, unit, left, right, lhead, rheads, lkey, rkeys, sep, rowno=False):
    """left: [(name, value)], right: [(name, [values])]; padded to one length, printed side by side."""
    n = max(len(left), len(right))
    left = left[:-1] + [("", E0)] * (n - len(left)) + left[-1:]
    right = right[:-1] + [("", [E0] * len(rkeys))] * (n - len(right)) + right[-1:]
    rows, exp = [], []
    for i, ((ln, lv), (rn, rv)) in enumerate(zip(left, right)):
        lc, rc = fmt(lv, sep), [fmt(v, sep) for v in rv]
        if rowno:
            rows.append([ln, str(i + 1) if ln else "", lc, rn, str(i + n + 1) if rn else "", *rc])
        else:
            rows.append([ln, lc, rn, *rc])
        if ln and lc:
            exp.append((None, ln, {lkey: lc}))
        if rn and any(rc):
            exp.append((None, rn, {k: c for k, c in zip(rkeys, rc) if c}))
    heads = [("收入", "项目")] + ([("收入", "行次")] if rowno else []) + [("收入", lhead)]
    heads += [("支出", "项目")] + ([("支出", "行次")] if rowno else []) + [("支出", h) for h in rheads]
    kinds = ["name"] + (["rowno"] if rowno else []) + ["money", "name"] + (["rowno"] if rowno else [])
    kinds += ["money"] * len(rheads)
    return Tab(key, title, unit, heads, kinds, rows, exp)


def build(doc):
    """The report's tables, in its order, as printed strings."""
    final = doc["kind"] == "final_account"
    u, sep = doc["unit"], doc.get("sep", True)
    lv = leaves_of(doc["leaves"])
    ec = econ_of(doc["econ"], sum((v[0] for v in lv.values()), E0))
    s = "单位" if doc["scope"] == "unit" else "部门"
    titles = {k: v.format(s=s) for k, v in TITLES[doc["kind"]].items()}
    titles.update(doc.get("titles", {}))
    amount = "决算数" if final else "预算数"
    nf_head, nf_key = doc.get("nf", ("其他收入", "other_income"))
    tabs = {}

    gp = sum((v[0] + v[1] for v in lv.values()), E0)
    gf = sum((v[2] for v in lv.values()), E0)
    nf = sum((v[3] + v[4] for v in lv.values()), E0)
    total = gp + gf + nf
    cats = coded(lv, lambda v: [v[0] + v[1] + v[2] + v[3] + v[4], v[0] + v[1], v[2]], depth=(3,))[1:]

    def numbered(items):
        return [(f"{CN[i]}、{n}" if n else n, v) for i, (n, v) in enumerate(items)]

    # ------------------------------------------------------------ 收支总表
    if final:
        inc_items = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
        inc_vals = [gp + gf, E0, E0, E0, E0, E0]
        inc_vals[inc_items.index(nf_head)] += nf
    else:
        inc_items = [
            "一般公共预算拨款收入",
            "政府性基金预算拨款收入",
            "国有资本经营预算拨款收入",
            "事业收入",
            "其他收入",
        ]
        inc_vals = [gp, gf, E0, E0, E0]
        inc_vals[inc_items.index(nf_head)] += nf
    left = numbered(list(zip(inc_items, inc_vals))) + [("本年收入合计", total)]
    right = numbered([(FUNC[c], [v[0]]) for c, _n, v in cats]) + [("本年支出合计", [total])]
    if final:
        left += [("年初结转和结余", E0), ("总计", total)]
        right += [("年末结转和结余", [E0]), ("总计", [total])]
    else:
        left += [("上年结转结余", E0), ("收入总计", total)]
        right += [("结转下年", [E0]), ("支出总计", [total])]
    tabs[IS] = two_sided(
        IS,
        titles[IS],
        u,
        left,
        right,
        amount,
        [amount],
        "income",
        ["expenditure"],
        sep,
        rowno=doc.get("rowno", False),
    )

    # ------------------------------------------------------------ 收入表 / 支出表
    if final:
        heads, keys = (
            [("本年收入合计",), ("财政拨款收入",), (nf_head,)],
            ["total", "fiscal_appropriation", nf_key],
        )
        rows = coded(lv, lambda v: [sum(v, E0), v[0] + v[1] + v[2], v[3] + v[4]])
    else:
        heads = [("合计",), ("一般公共预算拨款收入",), ("政府性基金预算拨款收入",), (nf_head,)]
        keys = ["total", "general_public", "government_fund", nf_key]
        rows = coded(lv, lambda v: [sum(v, E0), v[0] + v[1], v[2], v[3] + v[4]])
    tabs[INC] = coded_tab(
        INC, titles[INC], u, heads, keys, rows, sep, split_code=doc.get("split_code", False)
    )
    first = "本年支出合计" if final else "合计"
    rows = coded(lv, lambda v: [sum(v, E0), v[0] + v[3], v[1] + v[2] + v[4]])
    tabs[EXP] = coded_tab(
        EXP,
        titles[EXP],
        u,
        [(first,), ("基本支出",), ("项目支出",)],
        ["total", "basic", "project"],
        rows,
        sep,
        split_code=doc.get("split_code", False),
    )

    # ------------------------------------------------------------ 财政拨款收支总表
    fin = "财政拨款" if final else "拨款"
    left = numbered(
        [(f"一般公共预算{fin}", gp), (f"政府性基金预算{fin}", gf), (f"国有资本经营预算{fin}", E0)]
    )
    left += [("本年收入合计", gp + gf), ("收入总计", gp + gf)]
    right = numbered([(FUNC[c], [v[1] + v[2], v[1], v[2]]) for c, _n, v in cats if v[1] + v[2]])
    right += [("本年支出合计", [gp + gf, gp, gf]), ("支出总计", [gp + gf, gp, gf])]
    tabs[FS] = two_sided(
        FS,
        titles[FS],
        u,
        left,
        right,
        amount,
        ["合计", "一般公共预算", "政府性基金预算"],
        "income",
        ["expenditure", "expenditure_general_public", "expenditure_government_fund"],
        sep,
    )

    # ------------------------------------------------------------ 一般公共预算支出表
    gleaves = {c: v for c, v in lv.items() if v[0] + v[1]}
    rows = coded(gleaves, lambda v: [v[0] + v[1], v[0], v[1]])
    tabs[GB] = coded_tab(
        GB,
        titles[GB],
        u,
        [("合计",), ("基本支出",), ("项目支出",)],
        ["total", "basic", "project"],
        rows,
        sep,
        split_code=doc.get("split_code", False),
    )

    # ------------------------------------------------------------ 基本支出表 (economic)
    eleaves = {c: v for c, v in ec.items()}
    sums = {}
    for c, v in eleaves.items():
        for k in (c[:3], c):
            sums[k] = sums.get(k, E0) + v
    per = sum((v for c, v in eleaves.items() if c[:3] in PERSONNEL), E0)
    pub = sum((v for c, v in eleaves.items() if c[:3] not in PERSONNEL), E0)
    erows = [(None, "合计", [per + pub, per, pub])]
    for c in sorted(sums):
        p = c[:3] in PERSONNEL
        erows.append((c, ECON[c], [sums[c], sums[c] if p else E0, E0 if p else sums[c]]))
    t = coded_tab(
        GBB,
        titles[GBB],
        u,
        [("合计",), ("人员经费",), ("公用经费",)],
        ["total", "personnel", "public_funds"],
        erows,
        sep,
    )
    t.heads[0], t.heads[1] = ("经济分类科目编码",), ("经济分类科目名称",)
    tabs[GBB] = t

    # ------------------------------------------------------------ 三公
    su = doc.get("sg_unit", u)
    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    heads = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
        ("公务用车购置及运行费", "公务用车运行费"),
        ("公务接待费",),
    ]

    def sg(vals):
        o, p, r, j = (d(x) for x in vals)
        return [o + p + r + j, o, p + r, p, r, j]

    def sgfmt(x):
        return f"{x:,.2f}" if sep or su != u else f"{x:.2f}"  # zeros printed 0.00

    if final:
        vals = sg(doc["sangong_budget"]) + sg(doc["sangong"])
        heads = [("预算数",) + h for h in heads] + [("决算数",) + h for h in heads]
        keys = [k + "@budget" for k in keys] + keys
    else:
        vals = sg(doc["sangong"])
    row = [sgfmt(x) for x in vals]
    exp = [(None, "*", {k: (v + "?" if d(v) == 0 else v) for k, v in zip(keys, row)})]
    tabs[SG] = Tab(SG, titles[SG], su, heads, ["money"] * len(heads), [row], exp)

    # ------------------------------------------------------------ 政府性基金 / 国有资本经营
    if gf:
        fl = {c: v for c, v in lv.items() if v[2]}
        rows = coded(fl, lambda v: [v[2], E0, v[2]])
        tabs[GF] = coded_tab(
            GF,
            titles[GF],
            u,
            [("合计",), ("基本支出",), ("项目支出",)],
            ["total", "basic", "project"],
            rows,
            sep,
        )
    else:
        tabs[GF] = empty_tab(GF, titles[GF], u, doc, "政府性基金预算")
    tabs[SC] = empty_tab(SC, titles[SC], u, doc, "国有资本经营预算")
    out = [tabs[k] for k in doc.get("order", ORDER) if k in tabs]
    for i, t in enumerate(out):
        t.no = i + 1
    info = dict(
        gp=gp,
        gf=gf,
        nf=nf,
        total=total,
        per=per,
        pub=pub,
        sg=vals,
        basic=sum((v[0] + v[3] for v in lv.values()), E0),
        gp_b=sum((v[0] for v in lv.values()), E0),
        cats=cats,
    )
    return out, info


def empty_tab(key, title, unit, doc, fund):
    s = "本单位" if doc["scope"] == "unit" else "本部门"
    y = doc["year"]
    if doc["kind"] == "final_account":
        text = f"注：{s}{y}年度没有使用{fund}财政拨款安排的支出，故本表为空。"
    else:
        text = f"注：{s}{y}年没有使用{fund}拨款安排的支出，故本表无数据。"
    heads = [("科目编码",), ("科目名称",), ("合计",), ("基本支出",), ("项目支出",)]
    return Tab(key, title, unit, heads, ["code", "name", "money", "money", "money"], [], [], empty=text)


# ============================================================================================ expectations
def expectations(tabs):
    out = []
    for t in tabs:
        out.append(dict(table=t.key, unit=t.unit, rows=list(t.exp), empty=t.empty is not None))
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return out


# ============================================================================================ identities
def identities(name, tabs, info):
    """Re-add every printed table from its printed strings (so a slip of the builder fails at import)."""
    by = {t.key: t for t in tabs}

    def money(t, r):
        return [d(c) for c, k in zip(r, t.kinds) if k == "money"]

    for t in tabs:
        if t.empty is not None:
            assert not t.rows, (name, t.key)
            continue
        if t.key in (INC, EXP, GB, GBB, GF):
            vals = {}
            for r in t.rows:
                code = r[0].replace(" ", "") or None
                m = money(t, r)
                parts = m[1:]
                assert m[0] == sum(parts, E0), (name, t.key, r)
                vals[code] = m
            tot = vals.pop(None)
            for code, m in vals.items():
                kids = [v for c, v in vals.items() if c.startswith(code) and len(c) == len(code) + 2]
                if kids:
                    assert [sum(col, E0) for col in zip(*kids)] == m, (name, t.key, code)
            top = [v for c, v in vals.items() if len(c) == 3]
            assert [sum(col, E0) for col in zip(*top)] == tot, (name, t.key)
        elif t.key in (IS, FS):
            nm = [i for i, k in enumerate(t.kinds) if k == "name"]
            lcol, rcol = nm[0], nm[1]
            lv = {r[lcol]: d(r[lcol + 1 + (t.kinds[lcol + 1] == "rowno")]) for r in t.rows if r[lcol]}
            ri = rcol + 1 + (t.kinds[rcol + 1] == "rowno")
            rv = {r[rcol]: [d(c) for c in r[ri:]] for r in t.rows if r[rcol]}
            items_l = [v for k, v in lv.items() if k[:2] in [f"{c}、" for c in CN]]
            items_r = [v for k, v in rv.items() if k[:2] in [f"{c}、" for c in CN]]
            assert sum(items_l, E0) == lv["本年收入合计"], (name, t.key)
            assert [sum(col, E0) for col in zip(*items_r)] == rv["本年支出合计"], (name, t.key)
            assert lv["本年收入合计"] == rv["本年支出合计"][0], (name, t.key)
            if len(rv["本年支出合计"]) > 1:
                for v in rv.values():
                    assert v[0] == sum(v[1:], E0), (name, t.key, v)
        elif t.key == SG:
            m = money(t, t.rows[0])
            for k in range(0, len(m), 6):
                tot, o, car, p, r, j = m[k : k + 6]
                assert tot == o + car + j and car == p + r, (name, m)
    total = info["total"]
    exp_total = [d(c) for c, k in zip(by[EXP].rows[0], by[EXP].kinds) if k == "money"]
    assert exp_total[0] == total and d(by[INC].rows[0][2]) == total, name
    gb_total = [d(c) for c, k in zip(by[GB].rows[0], by[GB].kinds) if k == "money"]
    gbb_total = [d(c) for c, k in zip(by[GBB].rows[0], by[GBB].kinds) if k == "money"]
    assert gb_total[1] == gbb_total[0], (name, "一般公共预算 basic = 基本支出表", gb_total, gbb_total)
    # 财政拨款 summary by 类 = 一般公共预算支出表 类 + 政府性基金 类
    fs = {r[2 + 0]: r for r in by[FS].rows}
    for c, _n, v in info["cats"]:
        gbr = next((r for r in by[GB].rows if r[0].replace(" ", "") == c), None)
        gp_c = d(gbr[2]) if gbr else E0
        assert gp_c == v[1], (name, c)
    assert fs is not None
