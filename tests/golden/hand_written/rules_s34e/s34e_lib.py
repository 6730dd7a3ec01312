"""rules_s34e's builder: a final account's 9 main tables, its self-evaluation tables and its 说明 from the figures
typed in rules_s34e_data.py, as grids of printed strings (the same strings give the documents and the
expectations), with identities() re-adding every printed table. Printing: s34e_print.py (gen.py only)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0")
CN = "一二三四五六七八九十"

FUNC = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "20105": "统计信息事务",
    "20106": "财政事务",
    "2010601": "行政运行",
    "20126": "档案事务",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040610": "社区矫正",
    "2040699": "其他司法支出",
    "205": "教育支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "207": "文化旅游体育与传媒支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20810": "社会福利",
    "2081002": "老年福利",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "2081902": "农村最低生活保障金支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "21004": "公共卫生",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "212": "城乡社区支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130135": "农业资源保护修复与利用",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130505": "生产发展",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "2200150": "事业运行",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "138": "市场监督管理事务",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013804": "市场主体管理",
    "2013805": "市场秩序执法",
    "2013812": "药品事务",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
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
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
PERSONNEL = ("301", "303")


def d(s):
    return D(str(s).replace(",", ""))


def money(v, unit):
    """A printed amount: separators, two decimals (万元 and 元 alike)."""
    return f"{v:,.2f}"


def rnd(v, places=2):
    return v.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def rate(actual, budget, places=2):
    return rnd(actual / budget * 100, places)


class Grid:
    """A table: ``head`` rows and ``body`` rows of cells [text, colspan, rowspan, align] over ``ncols``
    columns (text lines split by "\\n"); ``exp`` its expected rows (review_check format); ``kind``: main, perf."""

    def __init__(self, key, title, unit, ncols, head, body, exp=(), kind="main", money_cols=()):
        self.key, self.title, self.unit, self.ncols = key, title, unit, ncols
        self.head, self.body, self.exp, self.kind = head, body, list(exp), kind
        self.money_cols = money_cols
        self.pre = []  # lines printed between the title and the header (编制单位, 单位, 项目名称 …)
        self.empty = None  # the statement an empty table prints instead of a header


def C(text, cs=1, rs=1, align=None):
    return [text, cs, rs, align]


def cells(*texts, align=None):
    return [C(t, align=align) for t in texts]


# ---------------------------------------------------------------------------------------------- main tables
def chain(leaves):
    """Every 类 / 款 / 项 code with its (basic, project), parents summed, in code order."""
    out = {}
    for code, (b, p) in leaves.items():
        for k in (code[:3], code[:5], code):
            ob, op = out.get(k, (Z, Z))
            out[k] = (ob + d(b), op + d(p))
    return dict(sorted(out.items()))


def fig(v, unit, zero):
    """The printed cell of a figure: zero printed as ``zero`` ("0.00", "" for a blank, "-")."""
    return money(v, unit) if v else zero


def want(s):
    """The expected value of a printed cell (None: no expectation): 0.00 and dashes are optional."""
    if not s or s in ("-", "—"):
        return None
    return s + "?" if d(s) == 0 else s


def coded(key, title, unit, names, rows, zero, first="科目编码", name_col="科目名称"):
    """A coded table: rows [(code or None, name, [figures])]; names: the money columns."""
    n = 2 + len(names)
    head = [cells(first, name_col, *names, align="c")]
    body, exp = [], []
    for code, name, figs in rows:
        printed = [fig(v, unit, zero) for v in figs]
        body.append([C(code or ""), C(name)] + [C(s, align="r") for s in printed])
        cols = {k: want(s) for k, s in zip(KEYS[key], printed, strict=True) if want(s)}
        if cols:
            exp.append((code, name, cols))
    return Grid(key, title, unit, n, head, body, exp, money_cols=range(2, n))


KEYS = {
    "income_by_function": (
        "total",
        "fiscal_appropriation",
        "upper_grant",
        "business",
        "operating_income",
        "affiliated_remit",
        "other_income",
    ),
    "expenditure_by_function": (
        "total",
        "basic",
        "project",
        "remit_upper",
        "operating",
        "subsidy_affiliated",
    ),
    "general_budget_by_function": ("total", "basic", "project"),
    "general_budget_basic_by_economic": ("total", "personnel", "public_funds"),
}
SG_COLS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def main_tables(doc):
    """The 9 tables of the national final-account template, from doc's leaves / econ / sangong."""
    u, z, org, yr = doc["unit"], doc.get("zero", ""), doc["org"], doc["year"]
    ch = chain(doc["leaves"])
    tb = sum((b for c, (b, p) in ch.items() if len(c) == 3), Z)
    tp = sum((p for c, (b, p) in ch.items() if len(c) == 3), Z)
    tot = tb + tp
    fn = [(c, FUNC[c], (b + p, b, p)) for c, (b, p) in ch.items()]
    classes = [(c, FUNC[c], b + p) for c, (b, p) in ch.items() if len(c) == 3]
    t = doc.get("titles", {})
    out = []

    # 1 收入支出决算总表: 项目 | 决算数 | 项目 | 决算数
    inc = [
        ("一、一般公共预算财政拨款收入", tot),
        ("二、政府性基金预算财政拨款收入", Z),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", Z),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", Z),
    ]
    exps = [(f"{CN[i]}、{name}", v) for i, (_c, name, v) in enumerate(classes)]
    body, exp = [], []
    for i in range(max(len(inc), len(exps))):
        row = []
        for side, key in ((inc, "income"), (exps, "expenditure")):
            if i < len(side):
                s = fig(side[i][1], u, "0.00")
                row += [C(side[i][0]), C(s, align="r")]
                exp.append((None, side[i][0], {key: want(s)}))
            else:
                row += [C(""), C("")]
        body.append(row)
    for a, b in (("本年收入合计", "本年支出合计"), ("年初结转和结余", "年末结转和结余"), ("总计", "总计")):
        va = tot if a != "年初结转和结余" else Z
        sa, sb = fig(va, u, "0.00"), fig(va, u, "0.00")
        body.append([C(a), C(sa, align="r"), C(b), C(sb, align="r")])
        exp += [(None, a, {"income": want(sa)}), (None, b, {"expenditure": want(sb)})]
    exp = [e for e in exp if e[2][next(iter(e[2]))]]
    head = [
        [C("收入", 2, align="c"), C("支出", 2, align="c")],
        cells("项目", "决算数", "项目", "决算数", align="c"),
    ]
    out.append(
        Grid(
            "income_expenditure_summary",
            t.get(1, "收入支出决算总表"),
            u,
            4,
            head,
            body,
            exp,
            money_cols=(1, 3),
        )
    )

    # 2 收入决算表, 3 支出决算表
    rows = [(None, "合计", (tot, tot, Z, Z, Z, Z, Z))] + [
        (c, n, (v[0], v[0], Z, Z, Z, Z, Z)) for c, n, v in fn
    ]
    out.append(
        coded(
            "income_by_function",
            "收入决算表",
            u,
            ("合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"),
            rows,
            z,
        )
    )
    rows = [(None, "合计", (tot, tb, tp, Z, Z, Z))] + [(c, n, (*v, Z, Z, Z)) for c, n, v in fn]
    out.append(
        coded(
            "expenditure_by_function",
            "支出决算表",
            u,
            ("合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
            rows,
            z,
        )
    )

    # 4 财政拨款收入支出决算总表: 项目 | 决算数 | 项目 | 合计 | 一般公共预算 | 政府性基金 | 国有资本经营
    finc = [
        ("一、一般公共预算财政拨款", tot),
        ("二、政府性基金预算财政拨款", Z),
        ("三、国有资本经营预算财政拨款", Z),
    ]
    body, exp = [], []
    for i in range(max(len(finc), len(exps))):
        row = []
        if i < len(finc):
            s = fig(finc[i][1], u, "0.00")
            row += [C(finc[i][0]), C(s, align="r")]
            exp.append((None, finc[i][0], {"income": want(s)}))
        else:
            row += [C(""), C("")]
        if i < len(exps):
            s = fig(exps[i][1], u, "0.00")
            zs = "0.00" if z == "0.00" else ""
            row += [C(exps[i][0]), C(s, align="r"), C(s, align="r"), C(zs, align="r"), C(zs, align="r")]
            exp.append(
                (
                    None,
                    exps[i][0],
                    {
                        k: v
                        for k, v in (
                            ("expenditure", want(s)),
                            ("expenditure_general_public", want(s)),
                            ("expenditure_government_fund", want(zs)),
                            ("expenditure_state_capital", want(zs)),
                        )
                        if v
                    },
                )
            )
        else:
            row += [C("")] * 5
        body.append(row)
    for a, b, va in (
        ("本年收入合计", "本年支出合计", tot),
        ("年初财政拨款结转和结余", "年末财政拨款结转和结余", Z),
        ("总计", "总计", tot),
    ):
        s = fig(va, u, "0.00")
        zs = "0.00"
        body.append(
            [
                C(a),
                C(s, align="r"),
                C(b),
                C(s, align="r"),
                C(s, align="r"),
                C(zs, align="r"),
                C(zs, align="r"),
            ]
        )
        if want(s):
            exp.append((None, a, {"income": want(s)}))
            exp.append(
                (
                    None,
                    b,
                    {
                        "expenditure": want(s),
                        "expenditure_general_public": want(s),
                        "expenditure_government_fund": want(zs),
                        "expenditure_state_capital": want(zs),
                    },
                )
            )
    head = [
        [C("收入", 2, align="c"), C("支出", 5, align="c")],
        [C("项目", 1, 2, "c"), C("决算数", 1, 2, "c"), C("项目", 1, 2, "c"), C("决算数", 4, align="c")],
        cells(
            "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", align="c"
        ),
    ]
    out.append(
        Grid("fiscal_summary", "财政拨款收入支出决算总表", u, 7, head, body, exp, money_cols=(1, 3, 4, 5, 6))
    )

    # 5 一般公共预算财政拨款支出决算表
    rows = [(None, "合计", (tot, tb, tp))] + [(c, n, v) for c, n, v in fn]
    out.append(
        coded(
            "general_budget_by_function",
            "一般公共预算财政拨款支出决算表",
            u,
            ("合计", "基本支出", "项目支出"),
            rows,
            z,
        )
    )

    # 6 一般公共预算财政拨款基本支出决算表 (one block: code | name | 合计 | 人员经费 | 公用经费)
    econ = {c: d(v) for c, v in doc["econ"].items() if v is not None}
    rest = [c for c, v in doc["econ"].items() if v is None]  # one 款 typed None: the remainder
    if rest:
        econ[rest[0]] = tb - sum(econ.values(), Z)
    cls = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + v
    per = sum((v for c, v in cls.items() if c in PERSONNEL), Z)
    pub = sum((v for c, v in cls.items() if c not in PERSONNEL), Z)
    assert per + pub == tb, (doc["org"], "基本支出 by economic", per + pub, tb)
    rows = [(None, "合计", (tb, per, pub))]
    for k in sorted(cls):
        ps = k in PERSONNEL
        rows.append((k, ECON[k], (cls[k], cls[k] if ps else Z, Z if ps else cls[k])))
        for c in sorted(x for x in econ if x[:3] == k):
            rows.append((c, ECON[c], (econ[c], econ[c] if ps else Z, Z if ps else econ[c])))
    out.append(
        coded(
            "general_budget_basic_by_economic",
            "一般公共预算财政拨款基本支出决算表",
            u,
            ("合计", "人员经费", "公用经费"),
            rows,
            z,
            "经济分类科目编码",
            "经济分类科目名称",
        )
    )

    # 7 三公 (万元 in every document: the national template's)
    sgu = doc.get("sangong_unit", u)
    printed = []
    for part in ("budget", "actual"):
        o, buy, run, rec = (d(x) for x in doc["sangong"][part])
        printed.append([o + buy + run + rec, o, buy + run, buy, run, rec])
    strs = [[money(v, sgu) for v in vs] for vs in printed]
    body = [[C(s, align="r") for s in strs[0] + strs[1]]]
    cols = {}
    for ph, ss in zip(("budget", "actual"), strs, strict=True):
        for k, s in zip(SG_COLS, ss, strict=True):
            cols[k + ("@budget" if ph == "budget" else "")] = want(s)
    grp = [
        C("合计", 1, 2, "c"),
        C("因公出国（境）费", 1, 2, "c"),
        C("公务用车购置及运行费", 3, align="c"),
        C("公务接待费", 1, 2, "c"),
    ]
    head = [
        [C("预算数", 6, align="c"), C("决算数", 6, align="c")],
        grp + [list(c) for c in grp],
        cells("小计", "公务用车购置费", "公务用车运行费", align="c") * 2,
    ]
    g = Grid(
        "sangong",
        "财政拨款“三公”经费支出决算表",
        sgu,
        12,
        head,
        body,
        [(None, "*", {k: v for k, v in cols.items() if v})],
        money_cols=range(12),
    )
    out.append(g)

    # 8, 9 empty
    for key, title, what in (
        ("government_fund", "政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收入、支出"),
        ("state_capital", "国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款支出"),
    ):
        g = Grid(key, title, u, 0, [], [])
        g.empty = f"本部门{yr}年度无{what}，故本表为空。"
        out.append(g)
    for g in out:
        g.pre = [f"编制单位：{org}", f"单位：{g.unit}"]
    return out, dict(
        total=tot, basic=tb, project=tp, classes=classes, chain=ch, sangong=printed, per=per, pub=pub
    )


def identities(name, grids):
    """Re-add every printed main table from its printed strings."""

    def val(s):
        return d(s) if s and s not in ("-", "—") else Z

    by = {g.key: g for g in grids}
    tot = {}
    for key, parts in (
        ("income_by_function", lambda v: v[0] == sum(v[1:], Z)),
        ("expenditure_by_function", lambda v: v[0] == sum(v[1:], Z)),
        ("general_budget_by_function", lambda v: v[0] == v[1] + v[2]),
        ("general_budget_basic_by_economic", lambda v: v[0] == v[1] + v[2]),
    ):
        g = by[key]
        rows = {r[0][0] or "合计": [val(c[0]) for c in r[2:]] for r in g.body}
        for c, v in rows.items():
            assert parts(v), (name, key, c, v)
            kids = [k for k in rows if k != "合计" and k.startswith(c) and len(k) == len(c) + 2]
            if kids:
                for i in range(len(v)):
                    assert v[i] == sum((rows[k][i] for k in kids), Z), (name, key, c, i)
        top = [k for k in rows if len(k) == 3]
        for i in range(len(rows["合计"])):
            assert rows["合计"][i] == sum((rows[k][i] for k in top), Z), (name, key, i)
        tot[key] = rows["合计"]
    assert (
        tot["income_by_function"][0]
        == tot["expenditure_by_function"][0]
        == tot["general_budget_by_function"][0]
    )
    assert (
        tot["expenditure_by_function"][1]
        == tot["general_budget_by_function"][1]
        == tot["general_budget_basic_by_economic"][0]
    )
    s = [val(c[0]) for c in by["sangong"].body[0]]
    for h in (0, 6):
        assert s[h] == s[h + 1] + s[h + 2] + s[h + 5] and s[h + 2] == s[h + 3] + s[h + 4], (name, "三公")
    for key in ("income_expenditure_summary", "fiscal_summary"):
        g = by[key]
        rows = [[c[0] for c in r] for r in g.body]
        inc = sum((val(r[1]) for r in rows if r[0][:2] in [f"{c}、" for c in CN]), Z)
        ex = sum((val(r[3]) for r in rows if r[2][:2] in [f"{c}、" for c in CN]), Z)
        total = next(r for r in rows if r[0] == "本年收入合计")
        assert inc == val(total[1]) == ex == val(total[3]) == tot["expenditure_by_function"][0], (name, key)


# ---------------------------------------------------------------------------------------------- self-evaluation
def check_rate(printed, actual, budget):
    """A printed 执行率 ("98.5%", "98.50%", "100%") is actual / budget to its printed decimals."""
    num = printed.rstrip("%")
    places = len(num.partition(".")[2])
    assert rate(d(actual), d(budget), places) == d(num), (printed, actual, budget)
    return num


FUNDS_LABEL = {
    "initial": "年初预算数",
    "full": "全年预算数",
    "actual": "全年执行数",
    "score": "分值",
    "rate": "执行率",
    "points": "得分",
    "budget": "预算数",
    "exec": "执行数",
}


def perf_grid(p, whole=False):
    """A self-evaluation table (项目支出 or 部门整体支出) on the national template's 10 columns, from a project
    dict p: name, dept / impl (主管部门 / 实施单位), unit, cols (the funds columns in printed order), funds
    [(label, figures)] (the first row 年度资金总额), sub [(label, figure, label, figure)] (a whole table's
    按收入性质分 / 按支出性质分 block), goal (预期目标, 实际完成情况), ind [(一级, 二级, 三级, 指标值, 完成值, 分值,
    得分, 偏差)], total (分值, 得分). Returns the grid and the claim expected from it."""
    cols = p["cols"]
    span = 6 // len(cols)
    body = []
    label = "部门（单位）名称" if whole else "项目名称"
    body.append([C(p.get("name_label", label)), C(p["name"], 9)])
    if p.get("dept"):
        body.append([C("主管部门"), C(p["dept"], 4), C("实施单位"), C(p["impl"], 4)])
    n_funds = 1 + len(p["funds"]) + len(p.get("sub", ()))
    money_label = p.get(
        "money_label", f"项目资金\n（{p['unit']}）" if not whole else f"年度预算资金\n（{p['unit']}）"
    )
    body.append([C(money_label, 2, n_funds), C("", 2)] + [C(FUNDS_LABEL[k], span, align="c") for k in cols])
    for lab, figs in p["funds"]:
        body.append([C(lab, 2)] + [C(f, span, align="r") for f in figs])
    for a, va, b, vb in p.get("sub", ()):
        body.append([C(a, 2), C(va, 1, align="r"), C(b, 2), C(vb, 1, align="r"), C("", 2)])
    g1, g2 = p["goal"]
    body.append([C("年度总体\n目标", 1, 2), C("预期目标", 5, align="c"), C("实际完成情况", 4, align="c")])
    body.append([C(g1, 5), C(g2, 4)])
    ind = p["ind"]
    body.append(
        [C("绩效指标", 1, len(ind) + 1)]
        + cells("一级指标", "二级指标")
        + [C("三级指标", 2)]
        + cells("年度指标值", "实际完成值", "分值", "得分", "偏差原因分析\n及改进措施", align="c")
    )
    first = {}
    for i, row in enumerate(ind):
        first.setdefault((0, row[0]), i)
        first.setdefault((1, row[0], row[1]), i)
    for i, row in enumerate(ind):
        out = []
        if first[(0, row[0])] == i:
            out.append(C(row[0], 1, sum(r[0] == row[0] for r in ind)))
        if first[(1, row[0], row[1])] == i:
            out.append(C(row[1], 1, sum(r[:2] == row[:2] for r in ind)))
        out.append(C(row[2], 2))
        out += [C(row[3]), C(row[4]), C(row[5], align="r"), C(row[6], align="r"), C(row[7])]
        body.append(out)
    body.append(
        [
            C("总分", 7, align="c"),
            C(p["total"][0], align="r"),
            C(p["total"][1], align="r"),
            C(p.get("grade", "")),
        ]
    )
    title = next(t for t in p["title"] if "自评表" in t)
    g = Grid("performance", title, p["unit"], 10, [], body, kind="perf")
    g.pre = list(p.get("pre", ()))
    # the claim: budget = 全年预算数 where printed, else 预算数, else 年初预算数; actual = 执行数
    figs = dict(zip(cols, p["funds"][0][1], strict=True))
    budget_key = next(k for k in ("full", "budget", "initial") if k in figs and figs[k] not in ("", "—", "-"))
    actual = figs["actual"] if "actual" in figs else figs["exec"]
    r = check_rate(figs["rate"], actual, figs[budget_key])
    money_idx = [i for i, k in enumerate(cols) if k in ("initial", "full", "actual", "budget", "exec")]
    for i in money_idx if len(p["funds"]) > 1 else ():
        tot = p["funds"][0][1][i]
        parts = [f[1][i] for f in p["funds"][1:]]
        if tot not in ("", "—"):
            assert d(tot) == sum((d(x) for x in parts if x not in ("", "—", "-")), Z), (p["name"], i)
        else:
            assert all(x in ("", "—", "-") for x in parts), (p["name"], i)
    name = p.get("claim_name", p["name"].replace("\n", ""))
    claim = (name, figs[budget_key], actual, r, p["unit"], title)
    # the scores re-added: 总分's 分值 = the funds row's + Σ indicators', its 得分 likewise
    sc = [figs.get("score", "0")] + [x[5] for x in ind]
    pt = [figs.get("points", "0")] + [x[6] for x in ind]
    assert sum(map(d, sc), Z) == d(p["total"][0]) and sum(map(d, pt), Z) == d(p["total"][1]), (
        p["name"],
        "总分",
    )
    return g, claim


def perf_figures(g):
    """Every figure printed in a performance grid (none may be loaded as an amount)."""
    out = []
    for row in g.body:
        for cell in row:
            out += re.findall(r"\d[\d,]*(?:\.\d+)?", cell[0])
    return out


# ---------------------------------------------------------------------------------------------- the document
def wan(v, unit):
    """A figure of the tables as the 说明 states it, in 万元."""
    return rnd(v / 10000) if unit == "元" else v


def narrative(doc, info):
    """The 说明's paragraphs and the claims they make: (kind, code, {figure: 万元 value as printed})."""
    u, yr = doc["unit"], doc["year"]
    T = wan(info["total"], u)
    B, P = wan(info["basic"], u), wan(info["project"], u)
    claims = []
    ps = [("h", "一、收入支出决算总体情况说明"), ("p", f"{yr}年度收入、支出决算总计{T:,.2f}万元。")]
    claims.append(("total_income_expenditure", None, {"amount": f"{T:.2f}"}))
    ps += [
        ("h", "二、收入决算情况说明"),
        (
            "p",
            f"本年收入合计{T:,.2f}万元，其中：财政拨款收入{T:,.2f}万元，事业收入0.00万元，其他收入0.00万元。",
        ),
    ]
    claims.append(("total_income", None, {"amount": f"{T:.2f}"}))
    ps += [
        ("h", "三、支出决算情况说明"),
        (
            "p",
            f"本年支出合计{T:,.2f}万元，其中：基本支出{B:,.2f}万元，占{rate(B, T)}%；项目支出{P:,.2f}万元，"
            f"占{rate(P, T)}%。",
        ),
    ]
    claims.append(("total_expenditure", None, {"amount": f"{T:.2f}"}))
    ps += [
        ("h", "四、财政拨款收入支出决算总体情况说明"),
        ("p", f"{yr}年度财政拨款收入支出决算总计{T:,.2f}万元。"),
    ]
    claims.append(("fiscal_total_income_expenditure", None, {"amount": f"{T:.2f}"}))
    b0 = d(doc["budget0"])
    r0 = rate(T, b0)
    ps += [
        ("h", "五、一般公共预算财政拨款支出决算情况说明"),
        (
            "p",
            f"{yr}年度一般公共预算财政拨款支出年初预算为{b0:,.2f}万元，支出决算为{T:,.2f}万元，完成年初预算的{r0}%。",
        ),
    ]
    claims.append(("execution", None, {"budget": f"{b0:.2f}", "actual": f"{T:.2f}", "rate": f"{r0}"}))
    for i, (code, budget) in enumerate(doc["items"].items()):
        b, p = info["chain"][code]
        act = wan(b + p, u)
        r = rate(act, d(budget))
        ps.append(
            (
                "p",
                f"{i + 1}.{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）。年初预算为{d(budget):,.2f}万元，"
                f"支出决算为{act:,.2f}万元，完成年初预算的{r}%。",
            )
        )
        claims.append(
            ("execution", code, {"budget": f"{d(budget):.2f}", "actual": f"{act:.2f}", "rate": f"{r}"})
        )
    per, pub = wan(info["per"], u), wan(info["pub"], u)
    ps += [
        ("h", "六、一般公共预算财政拨款基本支出决算情况说明"),
        (
            "p",
            f"{yr}年度一般公共预算财政拨款基本支出{B:,.2f}万元，其中：人员经费{per:,.2f}万元，主要包括基本工资、津贴补贴、"
            f"奖金、社会保障缴费、住房公积金等；公用经费{pub:,.2f}万元，主要包括办公费、水电费、差旅费、工会经费等。",
        ),
    ]
    sgu = doc.get("sangong_unit", u)
    sb, sa = (wan(v[0], sgu) for v in info["sangong"])
    rec_b, rec_a = (wan(v[5], sgu) for v in info["sangong"])
    ps += [("h", "七、财政拨款“三公”经费支出决算情况说明")]
    if sb:
        rs, rr = rate(sa, sb), rate(rec_a, rec_b)
        ps.append(
            (
                "p",
                f"{yr}年度“三公”经费财政拨款支出年初预算为{sb:,.2f}万元，支出决算为{sa:,.2f}万元，完成年初预算的{rs}%。"
                f"其中：公务接待费年初预算为{rec_b:,.2f}万元，支出决算为{rec_a:,.2f}万元，完成年初预算的{rr}%。"
                "决算数小于年初预算数的主要原因是厉行节约，严格控制公务接待标准。",
            )
        )
        claims.append(
            ("sangong_execution", None, {"budget": f"{sb:.2f}", "actual": f"{sa:.2f}", "rate": f"{rs}"})
        )
        claims.append(
            ("sangong_execution", None, {"budget": f"{rec_b:.2f}", "actual": f"{rec_a:.2f}", "rate": f"{rr}"})
        )
    ps += [
        ("h", "八、政府性基金预算财政拨款收入支出决算情况说明"),
        ("p", f"本部门{yr}年度无政府性基金预算财政拨款收入、支出。"),
        ("h", "九、国有资本经营预算财政拨款支出决算情况说明"),
        ("p", f"本部门{yr}年度无国有资本经营预算财政拨款支出。"),
        ("h", "十、预算绩效管理情况说明"),
    ]
    ps += [("p", s) for s in doc["perf_text"]]
    ps += [
        ("h", "十一、其他重要事项的情况说明"),
        (
            "p",
            f"（一）机关运行经费支出情况。{yr}年度本部门机关运行经费支出{pub:,.2f}万元，主要用于办公费、水电费、差旅费等。",
        ),
    ]
    claims.append(("operating_costs", None, {"amount": f"{pub:.2f}"}))
    ps += [
        (
            "p",
            f"（二）国有资产占用情况。截至{yr}年12月31日，本部门共有车辆{doc.get('cars', 2)}辆，其中一般公务用车{doc.get('cars', 2)}辆。",
        )
    ]
    return ps, claims


GLOSSARY = (
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    "七、绩效自评：指预算部门对照年初设定的绩效目标，对项目支出的产出和效益进行自我评价。",
)


def build(doc):
    """The document's items (s34e_print.write), its grids and its expectations."""
    grids, info = main_tables(doc)
    identities(doc["org"], grids)
    perf, claims = [], []
    for p in doc["perf"]:
        g, c = perf_grid(p, whole=p.get("whole", False))
        perf.append((g, p["title"]))
        if p.get("whole"):
            c = ("整体:" + p["name"].replace("\n", ""), *c[1:])
        claims.append(c)
    ps, said = narrative(doc, info)
    yr, org = doc["year"], doc["org"]
    label = doc.get("label", "附表{n}")
    items = [
        ("hc", org),
        ("hc", f"{yr}年度部门决算"),
        ("p", doc["date"]),
        ("page",),
        ("hc", "目  录"),
        ("h", "第一部分 部门概况"),
        ("h", f"第二部分 {yr}年度部门决算情况说明"),
        ("h", f"第三部分 {yr}年度部门决算表"),
    ]
    items += [("h", "    " + label.format(n=i + 1) + " " + g.title) for i, g in enumerate(grids)]
    items += [("h", "第四部分 名词解释")]
    if doc["perf_at"] == "end":
        items += [("h", "第五部分 附件")] + [("h", "    " + g.title) for g, _t in perf]
    items += [
        ("page",),
        ("h", "第一部分 部门概况"),
        ("h", "一、主要职能"),
        ("p", doc["duty"]),
        ("h", "二、部门决算单位构成"),
        ("p", f"纳入本部门{yr}年度部门决算编制范围的单位共{doc.get('units', 1)}个，为{org}本级。"),
        ("page",),
        ("h", f"第二部分 {yr}年度部门决算情况说明"),
    ]
    if doc["perf_at"] == "in_text":  # the tables right after 十、预算绩效管理情况说明's paragraphs
        at = next(i for i, p in enumerate(ps) if p[1].startswith("十一、"))
        ps = ps[:at] + [("grid", g, t) for g, t in perf] + [("page",)] + ps[at:]
    items += ps
    items += [("page",), ("h", f"第三部分 {yr}年度部门决算表")]
    for i, g in enumerate(grids):
        items.append(("grid", g, [label.format(n=i + 1), g.title]))
    if doc["perf_at"] == "after_tables":
        items += [("grid", g, t) for g, t in perf]
    items += [("page",), ("h", "第四部分 名词解释")] + [("p", s) for s in GLOSSARY]
    if doc["perf_at"] == "end":
        items += [("page",), ("h", "第五部分 附件")] + [("grid", g, t) for g, t in perf]
    tables = [dict(table=g.key, unit=g.unit, rows=g.exp) for g in grids if not g.empty]
    not_money = [f for g, _t in perf for f in perf_figures(g)]
    return dict(
        items=items,
        tables=tables,
        main_keys=sorted(g.key for g in grids),
        selfeval=claims,
        claims=said,
        not_money=not_money,
    )
