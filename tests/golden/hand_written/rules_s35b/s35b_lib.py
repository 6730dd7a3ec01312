"""rules_s35b's builder: a 部门预算's or 部门决算's 9 main tables from the figures typed in rules_s35b_data.py
(functional 项 leaves in 元, economic 款, 三公), with the document's MISPRINTS applied as printed strings (overrides,
rows printed twice / left out at a page break, a 类 whose 款 are missing, blank or repeated 合计 rows), as grids of
printed strings: the same strings give the documents (s35b via ../rules_s34e/s34e_print.py, gen.py only) and the
expectations. broken() re-adds every printed table and returns the identities the print breaks; the data file
asserts they are exactly the ones it lists in BROKEN (so a typo, which breaks one more, fails at import)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0")
CN = "一二三四五六七八九十"

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040610": "社区矫正",
    "2040612": "法治建设",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "2070112": "文化和旅游市场管理",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100409": "重大公共卫生服务",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120199": "其他城乡社区管理事务支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "213": "农林水支出",
    "21303": "水利",
    "2130301": "行政运行",
    "2130306": "水利工程运行与维护",
    "2130314": "防汛",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "216": "商业服务业等支出",
    "21602": "商业流通事务",
    "2160201": "行政运行",
    "2160299": "其他商业流通事务支出",
    "220": "自然资源海洋气象等支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240106": "安全监管",
    "2240108": "应急救援",
    "2240109": "应急管理",
    "22407": "自然灾害救灾及恢复重建支出",
    "2240703": "自然灾害救灾补助",
    "229": "其他支出",
    "22999": "其他支出",
    "2299999": "其他支出",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013804": "市场主体管理",
    "2013805": "市场秩序执法",
    "2013810": "质量基础",
    "2013812": "药品事务",
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
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
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
    "30301": "离休费",
    "30302": "退休费",
    "30305": "生活补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
PERSONNEL = ("301", "303")


def d(s):
    return D(str(s).replace(",", "")) if s not in (None, "", "-", "—") else Z


def rnd(v):
    return v.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pr(v_yuan, unit, zero):
    """The printed string of an amount given in 元: 万元 rounded to 2 decimals, 元 as is (separators)."""
    v = rnd(v_yuan / 10000) if unit == "万元" else v_yuan
    return f"{v:,.2f}" if v else zero


def want(s):
    """The expected value of a printed cell (None: no expectation): 0.00 is optional."""
    if not s or s in ("-", "—"):
        return None
    return s + "?" if d(s) == 0 else s


class Grid:
    """A printed table (s34e_print's format): head / body rows of cells [text, colspan, rowspan, align]."""

    def __init__(self, key, title, unit, ncols, head, body):
        self.key, self.title, self.unit, self.ncols = key, title, unit, ncols
        self.head, self.body = head, body
        self.pre, self.empty = [], None


def C(text, cs=1, rs=1, align=None):
    return [text, cs, rs, align]


class Tab:
    """A table before printing: rows of {"code", "name", "v": {col: printed}} (coded) or {"l": (label, {col}),
    "r": (label, {col})} (two-sided), "cols" [(header, key)], "kind": coded / two / sangong / empty."""

    def __init__(self, key, title, unit, kind, cols, rows, **opt):
        self.key, self.title, self.unit, self.kind, self.cols, self.rows = key, title, unit, kind, cols, rows
        self.opt = opt
        self.split = None  # (row index after which the page breaks, mode) mode: plain / dup / drop
        self.empty = None


def chain(leaves):
    """{code: (basic, project, nonfiscal)} for every 类 / 款 / 项, parents summed, in code order (元)."""
    out = {}
    for code, v in leaves.items():
        b, p, n = (d(x) for x in (v + ("0",))[:3])
        for k in (code[:3], code[:5], code):
            ob, op, on = out.get(k, (Z, Z, Z))
            out[k] = (ob + b, op + p, on + n)
    return dict(sorted(out.items()))


def coded(key, title, unit, cols, fig_rows, zero, first="科目编码", name_col="科目名称"):
    rows = []
    for code, name, vals in fig_rows:
        rows.append(dict(code=code, name=name, v={k: pr(vals.get(k, Z), unit, zero) for _h, k in cols}))
    return Tab(key, title, unit, "coded", cols, rows, first=first, name_col=name_col)


def main_tabs(doc):
    """The 9 tables (budget or final) as Tabs of printed strings, before the misprints."""
    u, z, yr = doc["unit"], doc.get("zero", ""), doc["year"]
    final = doc["kind"] == "final_account"
    ch = chain(doc["leaves"])
    top = [c for c in ch if len(c) == 3]
    tb = sum((ch[c][0] for c in top), Z)
    tp = sum((ch[c][1] for c in top), Z)
    tn = sum((ch[c][2] for c in top), Z)
    tot = tb + tp
    fisc = {c: (b, p - n) for c, (b, p, n) in ch.items()}  # 一般公共预算: the nonfiscal part is project money
    ftot = tot - tn
    word = "决算" if final else "预算"
    tabs = []

    # 1 收支总表
    if final:
        inc = [
            ("一、一般公共预算财政拨款收入", ftot),
            ("二、政府性基金预算财政拨款收入", Z),
            ("三、国有资本经营预算财政拨款收入", Z),
            ("四、上级补助收入", Z),
            ("五、事业收入", Z),
            ("六、经营收入", Z),
            ("七、附属单位上缴收入", Z),
            ("八、其他收入", tn),
        ]
        foot = [
            ("本年收入合计", tot, "本年支出合计", tot),
            ("年初结转和结余", Z, "年末结转和结余", Z),
            ("总计", tot, "总计", tot),
        ]
    else:
        inc = [
            ("一、一般公共预算拨款收入", ftot),
            ("二、政府性基金预算拨款收入", Z),
            ("三、国有资本经营预算拨款收入", Z),
            ("四、财政专户管理资金收入", Z),
            ("五、事业收入", Z),
            ("六、事业单位经营收入", Z),
            ("七、上级补助收入", Z),
            ("八、附属单位上缴收入", Z),
            ("九、其他收入", Z),
        ]
        foot = [
            ("本年收入合计", ftot, "本年支出合计", tot),
            ("上年结转结余", tn, "结转下年", Z),
            ("收入总计", tot, "支出总计", tot),
        ]
    rz = "0.00" if final else ""
    exps = [(f"{CN[i]}、{FUNC[c]}", sum(ch[c][:2])) for i, c in enumerate(top)]
    rows = []
    for i in range(max(len(inc), len(exps))):
        row = {}
        if i < len(inc):
            row["l"] = (inc[i][0], {"income": pr(inc[i][1], u, rz)})
        if i < len(exps):
            row["r"] = (exps[i][0], {"expenditure": pr(exps[i][1], u, rz)})
        rows.append(row)
    for a, va, b, vb in foot:
        rows.append(dict(l=(a, {"income": pr(va, u, rz)}), r=(b, {"expenditure": pr(vb, u, rz)})))
    t = Tab(
        "income_expenditure_summary",
        "收入支出决算总表" if final else "部门收支总表",
        u,
        "two",
        [("金额" if not final else "决算数", "income"), ("金额" if not final else "决算数", "expenditure")],
        rows,
    )
    t.classes = {f"{CN[i]}、{FUNC[c]}": c for i, c in enumerate(top)}
    tabs.append(t)

    # 2 收入表
    fn = list(ch.items())
    if final:
        cols = [
            ("合计", "total"),
            ("财政拨款收入", "fiscal_appropriation"),
            ("上级补助收入", "upper_grant"),
            ("事业收入", "business"),
            ("经营收入", "operating_income"),
            ("附属单位上缴收入", "affiliated_remit"),
            ("其他收入", "other_income"),
        ]
        fr = [(None, "合计", {"total": tot, "fiscal_appropriation": ftot, "other_income": tn})]
        fr += [
            (c, FUNC[c], {"total": b + p, "fiscal_appropriation": b + p - n, "other_income": n})
            for c, (b, p, n) in fn
        ]
        tabs.append(coded("income_by_function", "收入决算表", u, cols, fr, z))
    else:
        cols = [
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算拨款收入", "general_public"),
        ]
        fr = [(None, "合计", {"total": tot, "carryover_begin": tn, "general_public": ftot})]
        fr += [
            (c, FUNC[c], {"total": b + p, "carryover_begin": n, "general_public": b + p - n})
            for c, (b, p, n) in fn
        ]
        tabs.append(coded("income_by_function", "部门收入总表", u, cols, fr, z))

    # 3 支出表
    cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    if final:
        cols += [
            ("上缴上级支出", "remit_upper"),
            ("经营支出", "operating"),
            ("对附属单位补助支出", "subsidy_affiliated"),
        ]
    fr = [(None, "合计", {"total": tot, "basic": tb, "project": tp})]
    fr += [(c, FUNC[c], {"total": b + p, "basic": b, "project": p}) for c, (b, p, n) in fn]
    tabs.append(coded("expenditure_by_function", "支出决算表" if final else "部门支出总表", u, cols, fr, z))

    # 4 财政拨款收支总表
    fz = "0.00" if final else ""
    finc = [
        ("一、一般公共预算财政拨款" if final else "一、一般公共预算拨款收入", ftot),
        ("二、政府性基金预算财政拨款" if final else "二、政府性基金预算拨款收入", Z),
        ("三、国有资本经营预算财政拨款" if final else "三、国有资本经营预算拨款收入", Z),
    ]
    ftop = [c for c in top if sum(fisc[c])]
    rows = []
    for i in range(max(len(finc), len(ftop))):
        row = {}
        if i < len(finc):
            row["l"] = (finc[i][0], {"income": pr(finc[i][1], u, fz)})
        if i < len(ftop):
            s = pr(sum(fisc[ftop[i]]), u, fz)
            row["r"] = (
                f"{CN[i]}、{FUNC[ftop[i]]}",
                {"expenditure": s, "expenditure_general_public": s, "expenditure_government_fund": fz},
            )
        rows.append(row)
    for a, b, va in (
        ("本年收入合计", "本年支出合计", ftot),
        (("年初财政拨款结转和结余", "年末财政拨款结转和结余", Z) if final else ("上年结转", "结转下年", Z)),
        ("收入总计" if not final else "总计", "支出总计" if not final else "总计", ftot),
    ):
        s = pr(va, u, fz)
        rows.append(
            dict(
                l=(a, {"income": s}),
                r=(b, {"expenditure": s, "expenditure_general_public": s, "expenditure_government_fund": fz}),
            )
        )
    t = Tab(
        "fiscal_summary",
        "财政拨款收入支出决算总表" if final else "财政拨款收支总表",
        u,
        "two",
        [
            (word + "数", "income"),
            ("合计", "expenditure"),
            ("一般公共预算财政拨款", "expenditure_general_public"),
            ("政府性基金预算财政拨款", "expenditure_government_fund"),
        ],
        rows,
    )
    t.classes = {f"{CN[i]}、{FUNC[c]}": c for i, c in enumerate(ftop)}
    tabs.append(t)

    # 5 一般公共预算支出表
    cols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    fr = [(None, "合计", {"total": ftot, "basic": tb, "project": tp - tn})]
    fr += [(c, FUNC[c], {"total": b + p, "basic": b, "project": p}) for c, (b, p) in fisc.items() if b + p]
    tabs.append(
        coded(
            "general_budget_by_function",
            "一般公共预算财政拨款支出决算表" if final else "一般公共预算支出表",
            u,
            cols,
            fr,
            z,
        )
    )

    # 6 基本支出表 by economic 款 (one typed None: the remainder, so it equals the functional basic)
    econ = {c: d(v) for c, v in doc["econ"].items() if v is not None}
    rest = [c for c, v in doc["econ"].items() if v is None]
    econ[rest[0]] = tb - sum(econ.values(), Z)
    assert econ[rest[0]] > 0, (doc["org"], "econ remainder", econ[rest[0]])
    cls = {}
    for c, v in econ.items():
        cls[c[:3]] = cls.get(c[:3], Z) + v
    per = sum((v for c, v in cls.items() if c in PERSONNEL), Z)
    pub = sum((v for c, v in cls.items() if c not in PERSONNEL), Z)
    fr = [(None, "合计", {"total": tb, "personnel": per, "public_funds": pub})]
    for k in sorted(cls):
        col = "personnel" if k in PERSONNEL else "public_funds"
        fr.append((k, ECON[k], {"total": cls[k], col: cls[k]}))
        for c in sorted(x for x in econ if x[:3] == k):
            fr.append((c, ECON[c], {"total": econ[c], col: econ[c]}))
    tabs.append(
        coded(
            "general_budget_basic_by_economic",
            "一般公共预算财政拨款基本支出决算表" if final else "一般公共预算基本支出表",
            u,
            [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")],
            fr,
            z,
            "经济分类科目编码" if final else "部门经济分类科目编码",
            "经济分类科目名称" if final else "部门经济分类科目名称",
        )
    )

    # 7 三公 (its own unit: 万元 in every document here; figures typed in 万元)
    sg = []
    for part in ("budget", "actual") if final else ("budget",):
        o, buy, run, rec = (d(x) for x in doc["sangong"][part])
        sg.append([o + buy + run + rec, o, buy + run, buy, run, rec])
    t = Tab(
        "sangong",
        ("财政拨款“三公”经费支出决算表" if final else "一般公共预算“三公”经费支出表"),
        "万元",
        "sangong",
        [],
        [[f"{v:,.2f}" for v in vs] for vs in sg],
    )
    tabs.append(t)

    # 8, 9 empty
    for key, title, what in (
        (
            "government_fund",
            "政府性基金预算财政拨款收入支出决算表" if final else "政府性基金预算支出表",
            "政府性基金预算财政拨款收入、支出" if final else "使用政府性基金预算拨款安排的支出",
        ),
        (
            "state_capital",
            "国有资本经营预算财政拨款支出决算表" if final else "国有资本经营预算支出表",
            "国有资本经营预算财政拨款支出" if final else "国有资本经营预算拨款收支",
        ),
    ):
        t = Tab(key, title, u, "empty", [], [])
        t.empty = (
            f"本部门{yr}年度无{what}，故本表为空。" if final else f"本部门{yr}年度没有{what}，故本表无数据。"
        )
        tabs.append(t)
    info = dict(
        total=tot,
        basic=tb,
        project=tp,
        ftot=ftot,
        nonfiscal=tn,
        per=per,
        pub=pub,
        sangong=sg,
        chain=ch,
        top=top,
    )
    return tabs, info


SG_COLS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


# ---------------------------------------------------------------------------------------------- misprints
def _find(t, rid):
    for i, r in enumerate(t.rows):
        if t.kind == "coded" and (r["code"] or r["name"]) == rid:
            return i
    raise KeyError((t.key, rid))


def apply(tabs, edits):
    """The document's misprints, in order: ("set", table, row id, col, printed) a cell printed otherwise (a
    two-sided row id is its label; the 三公 row id is budget / actual); ("drop", table, code) a row not
    printed; ("drop_kids", table, 类) the 款 / 项 rows of a 类 not printed; ("split", table, row id, mode) the
    table breaks to a new page after that row (mode plain; dup: the row printed again at the top of the next
    page; drop: the row after it printed nowhere); ("blank_total", table) the 合计 row printed with blank
    figures; ("total_bottom", table) the 合计 printed again as the last row; ("total_copy", table) the 合计
    printed LAST only, with the figures of the row above it."""
    by = {t.key: t for t in tabs}
    for e in edits:
        t = by[e[1]]
        if e[0] == "set":
            _op, _k, rid, col, s = e
            if t.kind == "two":
                hit = [
                    (r, side)
                    for r in t.rows
                    for side in ("l", "r")
                    if side in r and r[side][0] == rid and col in r[side][1]
                ]
                assert len(hit) == 1, e
                assert col in hit[0][0][hit[0][1]][1], e
                hit[0][0][hit[0][1]][1][col] = s
            elif t.kind == "sangong":
                row = t.rows[0 if rid == "budget" else 1]
                row[SG_COLS.index(col)] = s
            else:
                r = t.rows[_find(t, rid)]
                assert col in r["v"], e
                r["v"][col] = s
        elif e[0] == "drop":
            del t.rows[_find(t, e[2])]
        elif e[0] == "drop_kids":
            t.rows = [
                r for r in t.rows if not (r["code"] and r["code"].startswith(e[2]) and len(r["code"]) > 3)
            ]
        elif e[0] == "split":
            i = _find(t, e[2])
            if e[3] == "drop":  # the row after the break printed nowhere
                del t.rows[i + 1]
            t.split = (i, "plain" if e[3] == "drop" else e[3])
        elif e[0] == "blank_total":
            t.rows[_find(t, "合计")]["v"] = {}
        elif e[0] == "total_bottom":
            t.rows.append(dict(t.rows[_find(t, "合计")], bottom=True))
        elif e[0] == "total_copy":
            r = t.rows.pop(_find(t, "合计"))
            t.rows.append(dict(r, v=dict(t.rows[-1]["v"])))
        else:
            raise ValueError(e)


# ---------------------------------------------------------------------------------------------- printing
def grids(t, org, zero):
    """The Grid(s) of a Tab: one, or two when a page break splits it (the header repeated, no title)."""
    u = t.unit
    if t.kind == "empty":
        g = Grid(t.key, t.title, u, 0, [], [])
        g.empty = t.empty
        g.pre = [f"编制单位：{org}", f"单位：{u}"]
        return [g]
    if t.kind == "sangong":
        final = len(t.rows) == 2
        grp = [
            C("合计", 1, 2, "c"),
            C("因公出国（境）费", 1, 2, "c"),
            C("公务用车购置及运行费", 3, align="c"),
            C("公务接待费", 1, 2, "c"),
        ]
        sub = [C(x, align="c") for x in ("小计", "公务用车购置费", "公务用车运行费")]
        if final:
            head = [
                [C("预算数", 6, align="c"), C("决算数", 6, align="c")],
                grp + [list(c) for c in grp],
                sub + [list(c) for c in sub],
            ]
            body = [[C(s, align="r") for s in t.rows[0] + t.rows[1]]]
            n = 12
        else:
            head, body, n = [grp, sub], [[C(s, align="r") for s in t.rows[0]]], 6
        g = Grid(t.key, t.title, u, n, head, body)
        g.pre = [f"编制单位：{org}", f"单位：{u}"]
        return [g]
    if t.kind == "two":
        nr = len(t.cols) - 1
        head = [
            [C("收入", 2, align="c"), C("支出", 1 + nr, align="c")],
            [C("项目", align="c"), C(t.cols[0][0], align="c"), C("项目", align="c")]
            + [C(h, align="c") for h, _k in t.cols[1:]],
        ]
        body = []
        for r in t.rows:
            lab, lv = r.get("l", ("", {}))
            rab, rv = r.get("r", ("", {}))
            body.append(
                [C(lab), C(lv.get(t.cols[0][1], ""), align="r"), C(rab)]
                + [C(rv.get(k, ""), align="r") for _h, k in t.cols[1:]]
            )
        n = 3 + nr
    else:
        head = [
            [C(t.opt["first"], align="c"), C(t.opt["name_col"], align="c")]
            + [C(h, align="c") for h, _k in t.cols]
        ]
        body = [
            [C(r["code"] or ""), C(r["name"])] + [C(r["v"].get(k, ""), align="r") for _h, k in t.cols]
            for r in t.rows
        ]
        n = 2 + len(t.cols)
    if not t.split:
        g = Grid(t.key, t.title, u, n, head, body)
        g.pre = [f"编制单位：{org}", f"单位：{u}"]
        return [g]
    i, mode = t.split
    a = Grid(t.key, t.title, u, n, head, body[: i + 1])
    a.pre = [f"编制单位：{org}", f"单位：{u}"]
    rest = {"plain": body[i + 1 :], "dup": body[i:]}[mode]
    b = Grid(t.key, t.title, u, n, [list(map(list, h)) for h in head], rest)
    a.widths_of = b.widths_of = Grid(
        t.key, t.title, u, n, head, body
    )  # one table: the same columns on both pages
    return [a, b]


# ---------------------------------------------------------------------------------------------- expectations
def expected(t):
    """review_check rows of a Tab's printed strings; a row printed twice (split dup, total_bottom) is
    expected once."""
    if t.kind == "empty":
        return None
    rows = []
    if t.kind == "sangong":
        cols = {}
        if len(t.rows) == 2:
            for k, s in zip(SG_COLS, t.rows[0], strict=True):
                if want(s):
                    cols[k + "@budget"] = want(s)
            vals = t.rows[1]
        else:
            vals = t.rows[0]
        for k, s in zip(SG_COLS, vals, strict=True):
            if want(s):
                cols[k] = want(s)
        rows.append((None, "*", cols))
    elif t.kind == "two":
        for r in t.rows:
            for side in ("l", "r"):
                if side in r:
                    lab, v = r[side]
                    cols = {k: want(s) for k, s in v.items() if want(s)}
                    if cols:
                        rows.append((None, lab, cols))
    else:
        seen = set()
        for r in t.rows:
            rid = r["code"] or r["name"]
            if rid in seen:
                continue
            seen.add(rid)
            cols = {k: want(s) for k, s in r["v"].items() if want(s)}
            if cols:
                rows.append((r["code"], r["name"], cols))
    return dict(table=t.key, unit=t.unit, rows=rows)


# ---------------------------------------------------------------------------------------------- identities
def broken(tabs, unit):
    """Every identity the printed tables break: {key: detail}. A key 'table row col: identity'; the detail
    gives both sides. A difference of at most 0.03 in a 万元 table is marked '≈' (the printed rounding)."""
    out = {}

    def note(key, a, b, what):
        if a != b:
            tag = "≈ " if unit == "万元" and abs(a - b) <= D("0.03") else ""
            out[tag + key] = f"{what}: {a:,.2f} vs {b:,.2f}"

    by = {t.key: t for t in tabs}
    tot = {}
    for t in tabs:
        if t.kind != "coded":
            continue
        keys = [k for _h, k in t.cols]
        vals, first = {}, {}
        for r in t.rows:
            rid = r["code"] or r["name"]
            v = {k: d(r["v"].get(k)) for k in keys}
            if rid in vals:
                same = "same figures" if r["v"] == first[rid] else "OTHER figures"
                out[f"{t.key} {rid}: printed twice"] = same
                continue
            vals[rid], first[rid] = v, r["v"]
        for rid, v in vals.items():
            note(
                f"{t.key} {rid} total: total = Σ parts",
                v["total"],
                sum((v[k] for k in keys[1:]), Z),
                "total / parts",
            )
            if rid == "合计":
                if not first[rid]:
                    out[f"{t.key} 合计: figures blank"] = "label printed, no figures"
                    continue
                kids = [k for k in vals if k != "合计" and len(k) == 3]
            else:
                kids = [k for k in vals if k != "合计" and k.startswith(rid) and len(k) == len(rid) + 2]
                if not kids and len(rid) == 3 and any(len(k) > 3 for k in vals if k != "合计"):
                    out[f"{t.key} {rid}: 类 without 款"] = "no 款 / 项 printed under it"
                    continue
            if kids:
                for k in keys:
                    note(
                        f"{t.key} {rid} {k}: = Σ children",
                        v[k],
                        sum((vals[c][k] for c in kids), Z),
                        f"{rid} / Σ {','.join(kids)}",
                    )
        if t.split and t.split[1] == "dup":
            r = t.rows[t.split[0]]
            out[f"{t.key} {r['code'] or r['name']}: printed twice"] = "at a page break, same figures"
        tot[t.key] = vals
    sums = {}
    for t in tabs:
        if t.kind != "two":
            continue
        L = {r["l"][0]: d(r["l"][1][t.cols[0][1]]) for r in t.rows if "l" in r}
        R = {r["r"][0]: {k: d(s) for k, s in r["r"][1].items()} for r in t.rows if "r" in r}
        items_l = [k for k in L if k[:2] in [f"{c}、" for c in CN]]
        items_r = [k for k in R if k[:2] in [f"{c}、" for c in CN]]
        note(
            f"{t.key} 本年收入合计: = Σ income items", L["本年收入合计"], sum((L[k] for k in items_l), Z), ""
        )
        for col in R["本年支出合计"]:
            note(
                f"{t.key} 本年支出合计 {col}: = Σ 类",
                R["本年支出合计"][col],
                sum((R[k].get(col, Z) for k in items_r), Z),
                "",
            )
        lt = "总计" if "总计" in L else "收入总计"
        rt = "总计" if "总计" in R else "支出总计"
        carry = [k for k in L if k not in items_l and k not in ("本年收入合计", lt)]
        note(
            f"{t.key} {lt}: = 本年收入合计 + 结转",
            L[lt],
            L["本年收入合计"] + sum((L[k] for k in carry), Z),
            "",
        )
        rcarry = [k for k in R if k not in items_r and k not in ("本年支出合计", rt)]
        note(
            f"{t.key} {rt}: = 本年支出合计 + 结转",
            R[rt]["expenditure"],
            R["本年支出合计"]["expenditure"] + sum((R[k]["expenditure"] for k in rcarry), Z),
            "",
        )
        note(f"{t.key} {lt} = {rt}: two sides", L[lt], R[rt]["expenditure"], "income / expenditure")
        detail = tot[
            "expenditure_by_function"
            if t.key == "income_expenditure_summary"
            else "general_budget_by_function"
        ]
        for lab in items_r:
            code = t.classes[lab]
            if code in detail:
                note(
                    f"cross {t.key} {lab} = {'支出表' if t.key[0] == 'i' else '一般公共预算支出表'} {code}",
                    R[lab]["expenditure"],
                    detail[code]["total"],
                    "",
                )
        if "合计" in detail and first_nonblank(detail["合计"]):
            note(
                f"cross {t.key} 本年支出合计 = {'支出表' if t.key[0] == 'i' else '一般公共预算支出表'} 合计",
                R["本年支出合计"]["expenditure"],
                detail["合计"]["total"],
                "",
            )
        sums[t.key] = (L, R)
    # 收入表 and 支出表 by 类, 支出表 basic = 一般公共预算 basic = 基本支出表 合计
    inc, exp_, gen, eco = (
        tot[k]
        for k in (
            "income_by_function",
            "expenditure_by_function",
            "general_budget_by_function",
            "general_budget_basic_by_economic",
        )
    )
    for code in [k for k in inc if len(k) == 3]:
        if code in exp_:
            note(f"cross 收入表 {code} = 支出表 {code}", inc[code]["total"], exp_[code]["total"], "")
    for a, b, col, lab in (
        (inc, exp_, "total", "收入表 合计 = 支出表 合计"),
        (exp_, gen, "basic", "支出表 basic = 一般公共预算支出表 basic"),
        (gen, eco, None, "一般公共预算支出表 basic = 基本支出表 合计"),
    ):
        if "合计" in a and "合计" in b and first_nonblank(a["合计"]) and first_nonblank(b["合计"]):
            note(f"cross {lab}", a["合计"][col or "basic"], b["合计"][col or "total"], "")
    sg = by["sangong"].rows
    for n, vals in enumerate(sg):
        v = [d(s) for s in vals]
        ph = "budget" if n == 0 else "actual"
        note(f"sangong {ph}: 合计 = 出国 + 车 + 接待", v[0], v[1] + v[2] + v[5], "")
        note(f"sangong {ph}: 车 = 购置 + 运行", v[2], v[3] + v[4], "")
    return out


def first_nonblank(v):
    return any(v.values())


# ---------------------------------------------------------------------------------------------- document
def wan(v_yuan):
    return rnd(v_yuan / 10000)


def build(doc):
    """The document's items (s34e_print.write), its expectations and the identities its print breaks."""
    tabs, info = main_tabs(doc)
    apply(tabs, doc.get("misprints", ()))
    yr, org, u = doc["year"], doc["org"], doc["unit"]
    final = doc["kind"] == "final_account"
    word = "决算" if final else "预算"
    label = doc.get("label", "表{n}")
    items = [
        ("hc", org),
        ("hc", f"{yr}年度部门{word}" if final else f"{yr}年部门{word}"),
        ("p", doc["date"]),
        ("page",),
        ("hc", "目  录"),
        ("h", "第一部分 部门概况"),
        ("h", f"第二部分 {yr}年{'度' if final else ''}部门{word}情况说明"),
        ("h", f"第三部分 {yr}年{'度' if final else ''}部门{word}表"),
    ]
    items += [("h", "    " + label.format(n=i + 1) + " " + t.title) for i, t in enumerate(tabs)]
    items += [
        ("h", "第四部分 名词解释"),
        ("page",),
        ("h", "第一部分 部门概况"),
        ("h", "一、主要职能"),
        ("p", doc["duty"]),
        ("h", f"二、部门{word}单位构成"),
        ("p", f"纳入本部门{yr}年度部门{word}编制范围的单位共{doc.get('units', 1)}个，为{org}本级。"),
        ("page",),
        ("h", f"第二部分 {yr}年{'度' if final else ''}部门{word}情况说明"),
    ]
    items += [(k, s) for k, s in narrative(doc, info)]
    items += [("page",), ("h", f"第三部分 {yr}年{'度' if final else ''}部门{word}表")]
    for i, t in enumerate(tabs):
        gs = grids(t, org, doc.get("zero", ""))
        items.append(("grid", gs[0], [label.format(n=i + 1), t.title]))
        for g in gs[1:]:
            items.append(("grid", g, []))
    items += [("page",), ("h", "第四部分 名词解释")] + [("p", s) for s in GLOSSARY]
    tables = [e for e in (expected(t) for t in tabs) if e]
    return dict(items=items, tables=tables, broken=broken(tabs, u), tabs=tabs)


def narrative(doc, info):
    """The 说明's paragraphs (figures from the typed data, in 万元: the narrative states the true sums)."""
    yr = doc["year"]
    final = doc["kind"] == "final_account"
    T, B, P, F, N = (wan(info[k]) for k in ("total", "basic", "project", "ftot", "nonfiscal"))
    per, pub = wan(info["per"]), wan(info["pub"])
    sg = info["sangong"][-1]
    w = "决算" if final else "预算"
    out = [
        ("h", f"一、收入支出{w}总体情况说明"),
        ("p", f"{yr}年度收入、支出{w}总计{T:,.2f}万元。" + doc.get("why", "")),
    ]
    if final:
        out += [
            ("h", "二、收入决算情况说明"),
            (
                "p",
                f"本年收入合计{T:,.2f}万元，其中：财政拨款收入{F:,.2f}万元，占{rnd(F / T * 100)}%；"
                f"其他收入{N:,.2f}万元，占{rnd(N / T * 100)}%。",
            ),
        ]
    else:
        out += [
            ("h", "二、收入预算情况说明"),
            (
                "p",
                f"收入预算合计{T:,.2f}万元，其中：一般公共预算拨款收入{F:,.2f}万元，上年结转结余{N:,.2f}万元。",
            ),
        ]
    out += [
        ("h", f"三、支出{w}情况说明"),
        (
            "p",
            f"本年支出合计{T:,.2f}万元，其中：基本支出{B:,.2f}万元，占{rnd(B / T * 100)}%；项目支出{P:,.2f}万元，"
            f"占{rnd(P / T * 100)}%。",
        ),
        ("h", f"四、财政拨款收入支出{w}总体情况说明"),
        ("p", f"{yr}年度财政拨款收入、支出{w}总计{F:,.2f}万元。"),
        ("h", f"五、一般公共预算财政拨款基本支出{w}情况说明"),
        (
            "p",
            f"一般公共预算财政拨款基本支出{B:,.2f}万元，其中：人员经费{per:,.2f}万元，主要包括基本工资、津贴补贴、"
            f"奖金、绩效工资、社会保障缴费、住房公积金等；公用经费{pub:,.2f}万元，主要包括办公费、水电费、"
            f"差旅费、维修（护）费、公务接待费、公务用车运行维护费等。",
        ),
        ("h", f"六、“三公”经费{w}情况说明"),
        (
            "p",
            f"{yr}年度“三公”经费{w}{sg[0]:,.2f}万元，其中：因公出国（境）费{sg[1]:,.2f}万元，公务用车购置及运行费"
            f"{sg[2]:,.2f}万元（其中公务用车购置费{sg[3]:,.2f}万元，公务用车运行费{sg[4]:,.2f}万元），"
            f"公务接待费{sg[5]:,.2f}万元。",
        ),
        ("h", "七、政府性基金预算财政拨款支出情况说明"),
        ("p", f"本部门{yr}年度无政府性基金预算财政拨款支出。"),
        ("h", "八、国有资产占用情况说明"),
        (
            "p",
            doc.get(
                "assets",
                "截至上年末，本部门共有车辆2辆，其中一般公务用车1辆、执法执勤用车1辆；无单价100万元以上设备。",
            ),
        ),
        ("h", "九、预算绩效管理情况说明"),
        (
            "p",
            "本部门按要求对项目支出全面编制绩效目标，绩效目标与预算同步申报、同步审核、同步批复、同步公开，"
            "并对重点项目开展绩效运行监控。",
        ),
    ]
    for code, text in doc.get("items_text", {}).items():
        b, p, _n = info["chain"][code]
        out.append(("p", f"{code}{FUNC[code]}{w}{wan(b + p):,.2f}万元，{text}"))
    return out


GLOSSARY = (
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、上年结转结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    "七、机关事业单位基本养老保险缴费支出：指机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。",
    "八、住房公积金：指按照《住房公积金管理条例》的规定，由单位及其在职职工缴存的长期住房储金。",
)
