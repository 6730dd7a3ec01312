"""Build the rules_s38d reports (Jiangsu provincial departments' 部门决算, national nine-table template as the
province publishes it: 公开01表 … 公开09表, 行次 and 栏次, the whole 类 list in both summaries) from the figures typed in
rules_s38d_data.py, and ASSERT every identity at import (a typing slip fails loudly):
- each functional leaf (项) carries its spending by source and kind: gb / gp (一般公共预算 basic / project), fp (政府性基金
  project), sb / sp (事业收入 basic / project), ob / op (其他收入 basic / project), jy (经营支出, paid by 经营收入), its
  年初预算 yb / yp (一般公共预算 basic / project) and fi (一般公共预算 income minus spending: what went to 结转);
- 款 = Σ 项, 类 = Σ 款, 合计 = Σ 类 in every column (summed, then re-added from the PRINTED strings);
- each row: 本年支出合计 = 基本 + 项目 + 经营; 本年收入合计 = 财政拨款 + 事业 + 经营 + 其他; 一般公共预算 小计 = 基本 + 项目;
- summaries: items = 本年合计, 本年合计 + 结转 = 总计 on both sides; 财政拨款总表 合计 = 一般公共预算 + 政府性基金;
- 基本支出表 (three blocks) Σ 款 = 类, 人员经费 (301 + 303) + 公用经费 (302 + 307 + 310 + 399) = the 一般公共预算 basic;
- 三公: 合计 = 出国 + 车, 车 = 购置 + 运行, + 接待, for the budget and the actual.
Figures are Decimal 万元 (or 元, per document) as typed; printing: "1,234.56" (万元 documents with separators or not,
per style) and blanks for zeros unless the style prints them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal as D

Z = D(0)
CN = "一二三四五六七八九十"


def cn(i):
    """1 → 一, 12 → 十二, 21 → 二十一."""
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return CN[i // 10 - 1] + "十" + (CN[i % 10 - 1] if i % 10 else "")


# The 类 of the national 决算 template's expenditure side, by year (names as that year's 科目 print them).
def classes(year):
    out = [
        ("201", "一般公共服务支出"),
        ("202", "外交支出"),
        ("203", "国防支出"),
        ("204", "公共安全支出"),
        ("205", "教育支出"),
        ("206", "科学技术支出"),
        ("207", "文化体育与传媒支出" if year <= 2018 else "文化旅游体育与传媒支出"),
        ("208", "社会保障和就业支出"),
        ("209", "社会保险基金支出"),
        ("210", "医疗卫生与计划生育支出" if year <= 2018 else "卫生健康支出"),
        ("211", "节能环保支出"),
        ("212", "城乡社区支出"),
        ("213", "农林水支出"),
        ("214", "交通运输支出"),
        ("215", "资源勘探信息等支出" if year <= 2018 else "资源勘探工业信息等支出"),
        ("216", "商业服务业等支出"),
        ("217", "金融支出"),
        ("219", "援助其他地区支出"),
        ("220", "国土海洋气象等支出" if year <= 2018 else "自然资源海洋气象等支出"),
        ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"),
    ]
    if year >= 2019:
        out += [("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出")]
    out += [("229", "其他支出"), ("232", "债务付息支出"), ("233", "债务发行费用支出")]
    return out


def kuan_name(code, year):
    return {
        "20404": "检察",
        "20406": "司法",
        "20407": "监狱",
        "20408": "强制隔离戒毒",
        "20502": "普通教育",
        "20503": "职业教育",
        "20508": "进修及培训",
        "20604": "技术研究与开发",
        "20702": "文物",
        "20703": "体育",
        "20805": "行政事业单位离退休" if year <= 2019 else "行政事业单位养老支出",
        "20899": "其他社会保障和就业支出",
        "21011": "行政事业单位医疗",
        "21303": "水利",
        "21399": "其他农林水支出",
        "22005": "气象事务",
        "22102": "住房改革支出",
        "22407": "自然灾害救灾及恢复重建支出",
        "22960": "彩票公益金安排的支出",
    }[code]


PERSONNEL = ("301", "303")
PUBLIC = ("302", "307", "309", "310", "312", "399")
ECON_CLASS = {
    "301": "工资福利支出",
    "302": "商品和服务支出",
    "303": "对个人和家庭的补助",
    "307": "债务利息及费用支出",
    "309": "资本性支出（基本建设）",
    "310": "资本性支出",
    "399": "其他支出",
}


def d(s):
    return D(str(s).replace(",", ""))


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def pct(a, b):
    """a / b in percent, two decimals."""
    return r2(a * 100 / b)


def fmt(x, sep=True, zero=""):
    """A printed amount: "1,234.56" (sep) or "1234.56"; zero as ``zero`` ("" blank, "0.00", "-")."""
    if x == 0:
        return zero
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def num(x):
    """A figure in the 说明 (万元, thousands separators as the province prints them)."""
    return f"{x:,.2f}"


LEAF_KEYS = ("gb", "gp", "fp", "sb", "sp", "ob", "op", "jy", "yb", "yp", "fi")


def parse_leaves(text):
    """``2040401 行政运行 gb=12,268.62 yb=12,000.00`` per line → {code: (name, {key: D})}."""
    out = {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        code, name, *pairs = line.split()
        vals = dict.fromkeys(LEAF_KEYS, Z)
        for p in pairs:
            k, v = p.split("=")
            assert k in LEAF_KEYS, (line, k)
            vals[k] = d(v)
        assert len(code) == 7 and code not in out, line
        out[code] = (name, vals)
    return out


def parse_econ(text):
    out = {}
    for line in text.strip().splitlines():
        code, name, v = line.split()
        assert len(code) == 5 and code not in out, line
        out[code] = (name, d(v))
    return out


class Money:
    """The typed figures of one document and every sum the tables print."""

    def __init__(self, doc):
        self.doc = doc
        self.year = doc["year"]
        self.leaves = parse_leaves(doc["leaves"])
        self.econ = parse_econ(doc["econ"])
        self.cls_names = dict(classes(self.year))
        self.names = {}
        for code, (name, _v) in self.leaves.items():
            self.names[code] = name
            self.names[code[:5]] = doc.get("kuan", {}).get(code[:5]) or kuan_name(code[:5], self.year)
            self.names[code[:3]] = self.cls_names[code[:3]]

    def codes(self, pred=lambda v: True):
        """The 类, 款, 项 codes (in order) having a leaf where pred holds."""
        out = []
        for code, (_n, v) in sorted(self.leaves.items()):
            if not pred(v):
                continue
            for c in (code[:3], code[:5], code):
                if c not in out:
                    out.append(c)
        return out

    def s(self, code, fn):
        """Σ fn(leaf values) over the leaves under ``code`` ("" = all)."""
        return sum((fn(v) for c, (_n, v) in self.leaves.items() if c.startswith(code)), Z)

    # the columns
    @staticmethod
    def gp_spent(v):
        return v["gb"] + v["gp"]

    @staticmethod
    def fiscal_spent(v):
        return v["gb"] + v["gp"] + v["fp"]

    @staticmethod
    def basic(v):
        return v["gb"] + v["sb"] + v["ob"]

    @staticmethod
    def project(v):
        return v["gp"] + v["fp"] + v["sp"] + v["op"]

    @staticmethod
    def spent(v):
        return Money.basic(v) + Money.project(v) + v["jy"]

    @staticmethod
    def fiscal_in(v):
        return v["gb"] + v["gp"] + v["fp"] + v["fi"]

    @staticmethod
    def biz(v):
        return v["sb"] + v["sp"]

    @staticmethod
    def other(v):
        return v["ob"] + v["op"]

    @staticmethod
    def income(v):
        return Money.fiscal_in(v) + Money.biz(v) + v["jy"] + Money.other(v)


class Tab:
    """One printed table: key, title, 公开NN表 label, unit, column headers, rows of printed strings, and the
    expectation rows (code, name, {col: value})."""

    def __init__(self, key, title, label, kind, **kw):
        self.key, self.title, self.label, self.kind = key, title, label, kind
        self.__dict__.update(kw)


def _exp_row(code, name, cols, vals, zero):
    """An expectation row: printed figures, a zero printed as "0.00" expected as optional ("0.00?"), blanks none."""
    out = {}
    for col, v in zip(cols, vals):
        if col is None or v == "":
            continue
        out[col] = v + "?" if d(v) == 0 else v
    return (code, name, out)


def build(doc):
    """The nine tables (Tab) of one report, its expectation rows, the info the 说明 needs."""
    m = Money(doc)
    y, st = m.year, doc["style"]
    sep, zero = st.get("sep", True), st.get("zero", "")
    F = lambda x: fmt(x, sep, zero)  # noqa: E731
    tabs = []
    cls = classes(y)

    # totals
    inc = {
        "gp": m.s("", lambda v: v["gb"] + v["gp"] + v["fi"]),
        "gf": m.s("", lambda v: v["fp"]),
        "biz": m.s("", Money.biz),
        "jy": m.s("", lambda v: v["jy"]),
        "oth": m.s("", Money.other),
    }
    inc_total = sum(inc.values(), Z)
    spent = m.s("", Money.spent)
    basic, project, jy = m.s("", Money.basic), m.s("", Money.project), m.s("", lambda v: v["jy"])
    begin_gp, begin_other = d(doc["begin_gp"]), d(doc.get("begin_other", 0))
    end_gp = begin_gp + m.s("", lambda v: v["fi"])
    end_other = begin_other
    grand = inc_total + begin_gp + begin_other
    assert grand == spent + end_gp + end_other, (doc["org"], grand, spent + end_gp + end_other)
    assert end_gp >= 0

    # 1 收入支出决算总表
    left = [
        ("一、一般公共预算财政拨款收入", inc["gp"]),
        ("二、政府性基金预算财政拨款收入", inc["gf"]),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", inc["biz"]),
        ("六、经营收入", inc["jy"]),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", inc["oth"]),
    ]
    right = [(f"{cn(i + 1)}、{name}", m.s(code, Money.spent)) for i, (code, name) in enumerate(cls)]
    assert sum((v for _n, v in left), Z) == inc_total and sum((v for _n, v in right), Z) == spent
    nl = len(left)
    tail = [
        (("本年收入合计", inc_total), ("本年支出合计", spent)),
        (("用事业基金弥补收支差额", Z), ("结余分配", Z)),
        (("年初结转和结余", begin_gp + begin_other), ("年末结转和结余", end_gp + end_other)),
        (("总计", grand), ("总计", grand)),
    ]
    rows, exp = [], []
    n = max(nl, len(right))
    for i in range(n):
        lab, lv = left[i] if i < nl else ("", None)
        rab, rv = right[i]
        rows.append([lab, str(i + 1) if lab else "", "" if lv is None else F(lv), rab, str(i + 32), F(rv)])
    for k, ((lab, lv), (rab, rv)) in enumerate(tail):
        rows.append([lab, str(n + k + 1), F(lv), rab, str(n + 32 + k), F(rv)])
    for row in rows:
        if row[0]:
            exp.append(_exp_row(None, row[0], ["income"], [row[2]], zero))
        exp.append(_exp_row(None, row[3], ["expenditure"], [row[5]], zero))
    tabs.append(
        Tab(
            "income_expenditure_summary",
            "收入支出决算总表",
            "公开01表",
            "two",
            head=[("收入", 0, 3), ("支出", 3, 6)],
            cols=["项目", "行次", "金额", "项目", "行次", "金额"],
            lanes=["栏次", "", "1", "栏次", "", "2"],
            widths=st.get("w_two", [150, 28, 70, 160, 28, 70]),
            rows=rows,
            exp=exp,
            note="注：本表反映部门本年度的总收支和年末结转结余情况。",
        )
    )

    # 2 收入决算表 / 3 支出决算表 (by functional code)
    def coded(key, title, label, cols, fns, note, pred=lambda v: True, total_label="合计"):
        rows, exp = [], []
        codes = m.codes(pred)
        tot = [sum((fn(v) for _c, (_n, v) in m.leaves.items() if pred(v)), Z) for fn in fns]
        rows.append(["", total_label] + [F(x) for x in tot])
        exp.append(_exp_row(None, total_label, [c[1] for c in cols], rows[-1][2:], zero))
        for code in codes:
            vals = [
                sum((fn(v) for c, (_n, v) in m.leaves.items() if c.startswith(code) and pred(v)), Z)
                for fn in fns
            ]
            rows.append([code, m.names[code]] + [F(x) for x in vals])
            exp.append(_exp_row(code, m.names[code], [c[1] for c in cols], rows[-1][2:], zero))
        return Tab(key, title, label, "coded", cols=cols, rows=rows, exp=exp, note=note, codes=codes)

    inc_cols = [
        ("本年收入合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("上级补助收入", "upper_grant"),
        ("事业收入", "business"),
        ("经营收入", "operating_income"),
        ("附属单位上缴收入", "affiliated_remit"),
        ("其他收入", "other_income"),
    ]
    tabs.append(
        coded(
            "income_by_function",
            "收入决算表",
            "公开02表",
            inc_cols,
            [
                Money.income,
                Money.fiscal_in,
                lambda v: Z,
                Money.biz,
                lambda v: v["jy"],
                lambda v: Z,
                Money.other,
            ],
            "注：本表反映部门本年度取得的各项收入情况。",
        )
    )
    exp_cols = [
        ("本年支出合计", "total"),
        ("基本支出", "basic"),
        ("项目支出", "project"),
        ("上缴上级支出", "remit_upper"),
        ("经营支出", "operating"),
        ("对附属单位补助支出", "subsidy_affiliated"),
    ]
    tabs.append(
        coded(
            "expenditure_by_function",
            "支出决算表",
            "公开03表",
            exp_cols,
            [Money.spent, Money.basic, Money.project, lambda v: Z, lambda v: v["jy"], lambda v: Z],
            "注：本表反映部门本年度各项支出情况。",
        )
    )

    # 4 财政拨款收入支出决算总表
    gp_sp, gf_sp = m.s("", Money.gp_spent), m.s("", lambda v: v["fp"])
    end_gf = Z
    fl = [
        ("一、一般公共预算财政拨款", inc["gp"]),
        ("二、政府性基金预算财政拨款", inc["gf"]),
        ("三、国有资本经营预算财政拨款", Z),
    ]
    fr = [
        (f"{cn(i + 1)}、{name}", m.s(code, Money.gp_spent), m.s(code, lambda v: v["fp"]))
        for i, (code, name) in enumerate(cls)
    ]
    rows, exp = [], []
    for i in range(len(fr)):
        lab, lv = fl[i] if i < len(fl) else ("", None)
        rab, g, f = fr[i]
        rows.append(
            [
                lab,
                str(i + 1) if lab else "",
                "" if lv is None else F(lv),
                rab,
                str(i + 33),
                F(g + f),
                F(g),
                F(f),
                F(Z),
            ]
        )
    ftail = [
        (("本年收入合计", inc["gp"] + inc["gf"]), ("本年支出合计", gp_sp + gf_sp, gp_sp, gf_sp)),
        (("年初财政拨款结转和结余", begin_gp), ("年末财政拨款结转和结余", end_gp + end_gf, end_gp, end_gf)),
        (("总计", inc["gp"] + inc["gf"] + begin_gp), ("总计", gp_sp + gf_sp + end_gp, gp_sp + end_gp, gf_sp)),
    ]
    assert inc["gp"] + inc["gf"] + begin_gp == gp_sp + gf_sp + end_gp
    n = len(fr)
    for k, ((lab, lv), (rab, t, g, f)) in enumerate(ftail):
        rows.append([lab, str(n + k + 1), F(lv), rab, str(n + 33 + k), F(t), F(g), F(f), F(Z)])
    fkeys = [
        "expenditure",
        "expenditure_general_public",
        "expenditure_government_fund",
        "expenditure_state_capital",
    ]
    for row in rows:
        if row[0]:
            exp.append(_exp_row(None, row[0], ["income"], [row[2]], zero))
        exp.append(_exp_row(None, row[3], fkeys, row[5:], zero))
    tabs.append(
        Tab(
            "fiscal_summary",
            "财政拨款收入支出决算总表",
            "公开04表",
            "fiscal",
            rows=rows,
            exp=exp,
            note="注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
        )
    )

    # 5 一般公共预算财政拨款支出决算表
    gcols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    gtab = coded(
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表",
        "公开05表",
        gcols,
        [Money.gp_spent, lambda v: v["gb"], lambda v: v["gp"]],
        "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
        pred=lambda v: v["gb"] + v["gp"] != 0,
    )
    tabs.append(gtab)

    # 6 基本支出 (three blocks)
    gb = m.s("", lambda v: v["gb"])
    by_cls = {}
    for code, (_n, v) in m.econ.items():
        by_cls[code[:3]] = by_cls.get(code[:3], Z) + v
    pe = sum((v for c, v in by_cls.items() if c in PERSONNEL), Z)
    pu = sum((v for c, v in by_cls.items() if c in PUBLIC), Z)
    assert pe + pu == gb, (doc["org"], pe, pu, pe + pu, gb)

    def block(classes_):
        out = []
        for c in classes_:
            if c not in by_cls:
                continue
            out.append((c, ECON_CLASS[c], by_cls[c]))
            out += [(k, n_, v) for k, (n_, v) in sorted(m.econ.items()) if k[:3] == c]
        return out

    b1 = block(PERSONNEL)
    pub = block(PUBLIC)
    split = doc["style"].get("econ_split", (len(pub) + 1) // 2)
    b2, b3 = pub[:split], pub[split:]
    n = max(len(b1), len(b2), len(b3))
    rows, exp = [], []
    for i in range(n):
        row = []
        for b in (b1, b2, b3):
            row += [b[i][0], b[i][1], F(b[i][2])] if i < len(b) else ["", "", ""]
        rows.append(row)
    rows.append(["人员经费合计", "", F(pe), "公用经费合计", "", "", "", "", F(pu)])
    for b in (b1, b2, b3):
        for c, n_, v in b:
            exp.append(_exp_row(c, n_, ["total"], [F(v)], zero))
    exp.append(_exp_row(None, "人员经费合计", ["total"], [F(pe)], zero))
    exp.append(_exp_row(None, "公用经费合计", ["total"], [F(pu)], zero))
    tabs.append(
        Tab(
            "general_budget_basic_by_economic",
            "一般公共预算财政拨款基本支出决算表",
            "公开06表",
            "econ",
            rows=rows,
            exp=exp,
            note="注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
        )
    )

    # 7 三公
    sb, sa = [d(x) for x in doc["sangong"]["budget"]], [d(x) for x in doc["sangong"]["actual"]]

    def sg6(o, buy, run, rec):
        return [o + buy + run + rec, o, buy + run, buy, run, rec]

    b6, a6 = sg6(*sb), sg6(*sa)
    keys6 = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    szero = st.get("sg_zero", zero)
    sgrow = [fmt(x, sep, szero) for x in b6 + a6]
    sexp = {}
    for k, v in zip(keys6, sgrow[:6]):
        if v != "":
            sexp[k + "@budget"] = v + "?" if d(v) == 0 else v
    for k, v in zip(keys6, sgrow[6:]):
        if v != "":
            sexp[k] = v + "?" if d(v) == 0 else v
    tabs.append(
        Tab(
            "sangong",
            "一般公共预算财政拨款“三公”经费支出决算表",
            "公开07表",
            "sangong",
            rows=[sgrow],
            exp=[(None, "*", sexp)],
            note=doc.get(
                "sg_note",
                "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年"
                "一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
            ),
        )
    )

    # 8 政府性基金
    gf_codes = m.codes(lambda v: v["fp"] != 0)
    if gf_codes:
        rows, exp = [], []
        tot = gf_sp
        rows.append(["", "合计", F(Z), F(inc["gf"]), F(tot), F(Z), F(tot), F(Z)])
        for code in gf_codes:
            v = m.s(code, lambda v: v["fp"])
            rows.append([code, m.names[code], F(Z), F(v), F(v), F(Z), F(v), F(Z)])
        gkeys = ["carryover_begin", "income", "total", "basic", "project", "carryover_end"]
        for row in rows:
            exp.append(_exp_row(row[0] or None, row[1], gkeys, row[2:], zero))
        tabs.append(
            Tab(
                "government_fund",
                "政府性基金预算财政拨款收入支出决算表",
                "公开08表",
                "gf",
                rows=rows,
                exp=exp,
                note="注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
                empty=None,
            )
        )
    else:
        tabs.append(
            Tab(
                "government_fund",
                "政府性基金预算财政拨款收入支出决算表",
                "公开08表",
                "gf",
                rows=[],
                exp=[],
                note="注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
                empty=doc["gf_empty"],
            )
        )
    tabs.append(
        Tab(
            "state_capital",
            "国有资本经营预算财政拨款支出决算表",
            "公开09表",
            "sc",
            rows=[],
            exp=[],
            note="注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
            empty=doc["sc_empty"],
        )
    )

    info = dict(
        m=m,
        inc=inc,
        inc_total=inc_total,
        spent=spent,
        basic=basic,
        project=project,
        jy=jy,
        grand=grand,
        begin=begin_gp + begin_other,
        end=end_gp + end_other,
        begin_gp=begin_gp,
        end_gp=end_gp,
        gp_sp=gp_sp,
        gf_sp=gf_sp,
        fiscal_grand=inc["gp"] + inc["gf"] + begin_gp,
        gb=gb,
        pe=pe,
        pu=pu,
        sb=sb,
        sa=sa,
        b6=b6,
        a6=a6,
        yb=m.s("", lambda v: v["yb"] + v["yp"]),
    )
    identities(doc, tabs, info)
    return tabs, info


def identities(doc, tabs, info):
    """Re-add every printed table from its printed strings."""
    P = lambda s: d(s) if s not in ("", "-") else Z  # noqa: E731
    t = {x.key: x for x in tabs}
    # coded tables: 类 = Σ 款 = Σ 项, 合计 = Σ 类, row = Σ parts
    for key, parts in (
        ("income_by_function", lambda r: r[3] + r[4] + r[5] + r[6] + r[7] + r[8]),
        ("expenditure_by_function", lambda r: r[3] + r[4] + r[5] + r[6] + r[7]),
        ("general_budget_by_function", lambda r: r[3] + r[4]),
    ):
        rows = t[key].rows
        vals = {r[0]: [P(x) for x in r[2:]] for r in rows}
        total = [P(x) for x in rows[0][2:]]
        ncol = len(total)
        for code, v in vals.items():
            assert v[0] == parts([None, None] + v), (doc["org"], key, code, v)
            if code and len(code) < 7:
                kids = [
                    w
                    for c, w in vals.items()
                    if c and c != code and c.startswith(code) and len(c) == len(code) + 2
                ]
                assert kids and all(sum(w[i] for w in kids) == v[i] for i in range(ncol)), (
                    doc["org"],
                    key,
                    code,
                )
        top = [w for c, w in vals.items() if c and len(c) == 3]
        assert all(sum(w[i] for w in top) == total[i] for i in range(ncol)), (doc["org"], key)
    inc = t["income_by_function"].rows[0]
    ex = t["expenditure_by_function"].rows[0]
    s = t["income_expenditure_summary"].rows
    left = {r[0]: P(r[2]) for r in s if r[0]}
    right = {r[3]: P(r[5]) for r in s}
    assert (
        left["本年收入合计"]
        == P(inc[2])
        == sum(v for k, v in left.items() if re.match(r"^[一二三四五六七八]、", k))
    )
    assert (
        right["本年支出合计"]
        == P(ex[2])
        == sum(v for k, v in right.items() if re.match(r"^[一二三四五六七八九十]+、", k))
    )
    assert left["本年收入合计"] + left["年初结转和结余"] + left["用事业基金弥补收支差额"] == next(
        P(r[2]) for r in s if r[0] == "总计"
    )
    assert right["本年支出合计"] + right["年末结转和结余"] + right["结余分配"] == next(
        P(r[5]) for r in s if r[3] == "总计"
    )
    assert P(inc[3]) == left["一、一般公共预算财政拨款收入"] + left["二、政府性基金预算财政拨款收入"]
    assert P(inc[5]) == left["五、事业收入"] and P(inc[8]) == left["八、其他收入"]
    # fiscal summary: 合计 = funds, 类 against the 一般公共预算 table
    f = t["fiscal_summary"].rows
    g = {r[0]: P(r[2]) for r in t["general_budget_by_function"].rows}
    for r in f:
        assert P(r[5]) == P(r[6]) + P(r[7]) + P(r[8]), r
    assert sum(P(r[6]) for r in f if re.match(r"^[一二三四五六七八九十]+、", r[3])) == g[""]
    for r in f:
        code = next((c for c, n in classes(info["m"].year) if r[3].endswith("、" + n)), None)
        if code:
            assert P(r[6]) == g.get(code, Z), (doc["org"], r)
    fl = {r[0]: P(r[2]) for r in f if r[0]}
    assert fl["本年收入合计"] + fl["年初财政拨款结转和结余"] == next(P(r[2]) for r in f if r[0] == "总计")
    assert next(P(r[5]) for r in f if r[3] == "总计") == next(P(r[2]) for r in f if r[0] == "总计")
    # basic: the 一般公共预算 basic = 人员 + 公用; blocks: class = Σ 款
    gbasic = P(t["general_budget_by_function"].rows[0][3])
    e = t["general_budget_basic_by_economic"].rows
    pe, pu = P(e[-1][2]), P(e[-1][8])
    assert pe + pu == gbasic, (doc["org"], pe, pu, gbasic)
    cells = [(r[i], P(r[i + 2])) for r in e[:-1] for i in (0, 3, 6) if r[i]]
    for c, v in cells:
        if len(c) == 3:
            assert v == sum(w for k, w in cells if len(k) == 5 and k.startswith(c)), (doc["org"], c)
    assert pe == sum(v for c, v in cells if len(c) == 3 and c in PERSONNEL)
    assert pu == sum(v for c, v in cells if len(c) == 3 and c in PUBLIC)
    # 三公
    sg = [P(x) for x in t["sangong"].rows[0]]
    for h in (0, 6):
        assert sg[h] == sg[h + 1] + sg[h + 2] + sg[h + 5] and sg[h + 2] == sg[h + 3] + sg[h + 4], sg
    # 三公 接待 and 车运行 actual within the basic table's 30217 / 30231 (paid from basic or projects): no check
    # 政府性基金 = the fiscal summary's fund column
    gft = t["government_fund"]
    if gft.rows:
        assert P(gft.rows[0][4]) == sum(P(r[7]) for r in f if re.match(r"^[一二三四五六七八九十]+、", r[3]))


# --- the 说明 (as Jiangsu provincial 部门决算 word it), its claims and the figures that are no claims ---------------------
def chg(cur, prior):
    """(增加|减少, |change|, rate%) of cur against prior."""
    c = cur - prior
    return ("增加" if c >= 0 else "减少"), abs(c), pct(abs(c), prior), ("增长" if c >= 0 else "下降")


def narrative(doc, tabs, info):
    """(parts for the printer, claims, not_claims). Claims: (kind, code, {figure: 万元 or percent as printed});
    a year_on_year's rate signed (下降 negative)."""
    m, y, pr, u = info["m"], doc["year"], doc["prior"], doc["unit"]
    py = y - 1
    N = num
    claims, notc = [], []
    P = []

    def W(v):
        """a claim's figure in 万元 (review_check.claims_review's unit), as the document prints it"""
        return N(v).replace(",", "") if u == "万元" else f"{(v / 10000).normalize():f}"

    def yoy(code, cur, prior):
        word, c, r, grow = chg(cur, prior)
        claims.append(
            ("year_on_year", code, {"amount": W(cur), "rate": ("-" if word == "减少" else "") + str(r)})
        )
        return f"{word}{N(c)}{u}，{grow}{r}%"

    def cl(kind, code=None, **figs):
        claims.append((kind, code, {k: (str(v) if k == "rate" else W(v)) for k, v in figs.items()}))

    P.append(("h", f"第三部分  {y}年度部门决算情况说明"))
    # 一
    P.append(("s", "一、收入支出决算总体情况说明"))
    g = info["grand"]
    cl("total_income_expenditure", amount=g)
    P.append(
        (
            "p",
            f"{y}年度收、支总计（含结转和结余）{N(g)}{u}。与{py}年度决算相比，收、支总计各{yoy(None, g, d(pr['grand']))}，"
            f"主要原因是{doc['why']['grand']}。",
        )
    )
    P.append(("s", f"（一）收入总计{N(g)}{u}。包括："))
    cl("total_income_expenditure", amount=g)
    inc = info["inc"]
    k = 1
    fin = inc["gp"] + inc["gf"]
    if inc["gf"]:
        s = (
            f"{k}．财政拨款收入{N(fin)}{u}，其中：一般公共预算财政拨款{N(inc['gp'])}{u}，政府性基金预算财政拨款{N(inc['gf'])}{u}。"
            f"与{py}年度决算相比，财政拨款收入{yoy(None, fin, d(pr['fin']))}。主要原因是{doc['why']['fin']}。"
        )
        notc.append(
            (f"一般公共预算财政拨款{N(inc['gp'])}", N(inc["gp"]).replace(",", ""), "a part of 财政拨款收入")
        )
    else:
        s = (
            f"{k}．财政拨款收入{N(fin)}{u}，为一般公共预算财政拨款，与{py}年度决算相比，{yoy(None, fin, d(pr['fin']))}。"
            f"主要原因是{doc['why']['fin']}。"
        )
    P.append(("p", s))
    k += 1
    P.append(("p", f"{k}．上级补助收入0{u}，与上年持平。"))
    claims.append(("year_on_year", None, {"amount": "0"}))
    k += 1
    for key, name in (("biz", "事业收入"), ("jy", "经营收入"), ("oth", "其他收入")):
        if inc[key] or d(pr.get(key, 0)):
            P.append(
                (
                    "p",
                    f"{k}．{name}{N(inc[key])}{u}，与{py}年度决算相比，{yoy(None, inc[key], d(pr[key]))}。主要原因是{doc['why'][key]}。",
                )
            )
            k += 1
    if info["begin"]:
        P.append(("p", f"{k}．上年结转和结余{N(info['begin'])}{u}，主要为上年未完成项目的结转资金。"))
        notc.append(("上年结转和结余", N(info["begin"]).replace(",", ""), "the carry-over, no claim"))
    P.append(("s", f"（二）支出总计{N(g)}{u}。包括："))
    cl("total_income_expenditure", amount=g)
    k = 1
    for code, name in classes(y):
        v = m.s(code, Money.spent)
        if not v:
            continue
        short = name[:-2] if name.endswith("支出") else name
        p_ = d(pr["cls"][code])
        P.append(
            (
                "p",
                f"{k}．{short}（类）支出{N(v)}{u}，主要用于{doc['use'][code]}。与{py}年度决算相比，{yoy(code, v, p_)}，"
                f"主要原因是{doc['why'].get(code, '人员变动及项目支出调整')}。",
            )
        )
        k += 1
    if info["end"]:
        P.append(
            ("p", f"{k}．年末结转和结余{N(info['end'])}{u}，主要为项目当年未完成、结转下年继续使用的资金。")
        )
    # 二 收入
    it = info["inc_total"]
    P.append(("s", "二、收入决算情况说明"))
    parts = [f"财政拨款收入{N(fin)}{u}，占{pct(fin, it)}%"]
    notc.append((f"财政拨款收入{N(fin)}{u}，占", N(fin).replace(",", ""), "a part with its share"))
    for key, name in (("biz", "事业收入"), ("jy", "经营收入"), ("oth", "其他收入")):
        if inc[key]:
            parts.append(f"{name}{N(inc[key])}{u}，占{pct(inc[key], it)}%")
    cl("total_income", amount=it)
    P.append(("p", f"本年收入合计{N(it)}{u}，其中：" + "；".join(parts) + "。"))
    # 三 支出
    sp = info["spent"]
    P.append(("s", "三、支出决算情况说明"))
    parts = [
        f"基本支出{N(info['basic'])}{u}，占{pct(info['basic'], sp)}%",
        f"项目支出{N(info['project'])}{u}，占{pct(info['project'], sp)}%",
    ]
    if info["jy"]:
        parts.append(f"经营支出{N(info['jy'])}{u}，占{pct(info['jy'], sp)}%")
    notc.append((f"基本支出{N(info['basic'])}", N(info["basic"]).replace(",", ""), "a part with its share"))
    cl("total_expenditure", amount=sp)
    P.append(("p", f"本年支出合计{N(sp)}{u}，其中：" + "；".join(parts) + "。"))
    # 四 财政拨款收支总计
    fg = info["fiscal_grand"]
    P.append(("s", "四、财政拨款收入支出决算总体情况说明"))
    cl("fiscal_total_income_expenditure", amount=fg)
    P.append(
        (
            "p",
            f"{y}年度财政拨款收、支总计{N(fg)}{u}。与{py}年度决算相比，财政拨款收、支总计各{yoy(None, fg, d(pr['fiscal']))}。"
            f"主要原因是{doc['why']['fiscal']}。",
        )
    )
    # 五 一般公共预算
    gs = info["gp_sp"]
    P.append(("s", "五、一般公共预算财政拨款支出决算情况说明"))
    P.append(("s", "（一）财政拨款支出决算总体情况"))
    P.append(
        (
            "p",
            f"{y}年度财政拨款支出{N(gs)}{u}，占本年支出合计的{pct(gs, sp)}%。与{py}年度决算相比，财政拨款支出{yoy(None, gs, d(pr['gp']))}。"
            f"主要原因是{doc['why']['gp']}。",
        )
    )
    P.append(("s", "（二）财政拨款支出决算结构情况"))
    parts = []
    for code, name in classes(y):
        v = m.s(code, Money.gp_spent)
        if v:
            short = name[:-2] if name.endswith("支出") else name
            parts.append(f"{short}（类）支出{N(v)}{u}，占{pct(v, gs)}%")
            notc.append(
                (f"{short}（类）支出{N(v)}{u}，占", N(v).replace(",", ""), "a 类 amount with its share")
            )
    P.append(("p", f"{y}年度财政拨款支出{N(gs)}{u}，主要用于以下方面：" + "；".join(parts) + "。"))
    P.append(("s", "（三）财政拨款支出决算具体情况"))
    yb = info["yb"]
    cl("execution", budget=yb, actual=gs, rate=pct(gs, yb))
    P.append(
        (
            "p",
            f"{y}年度财政拨款支出年初预算数为{N(yb)}{u}，支出决算数为{N(gs)}{u}，完成年初预算的{pct(gs, yb)}%。其中：",
        )
    )
    k = 1
    by = doc["style"].get("exec_by", "leaf")
    subjects = (
        [
            (c, None)
            for c in sorted(m.leaves)
            if m.gp_spent(m.leaves[c][1]) or m.leaves[c][1]["yb"] + m.leaves[c][1]["yp"]
        ]
        if by == "leaf"
        else [(c, None) for c, _n in classes(y) if m.s(c, Money.gp_spent)]
    )
    for code, _ in subjects:
        b = m.s(code, lambda v: v["yb"] + v["yp"])
        a = m.s(code, Money.gp_spent)
        if len(code) == 7:
            chain = f"{m.names[code[:3]][:-2] if m.names[code[:3]].endswith('支出') else m.names[code[:3]]}（类）{m.names[code[:5]]}（款）{m.names[code]}（项）"
        else:
            chain = f"{m.names[code][:-2] if m.names[code].endswith('支出') else m.names[code]}（类）"
        if b == 0:
            s = f"{k}．{chain}。年初预算为0{u}，支出决算为{N(a)}{u}。决算数大于年初预算数的主要原因是{doc['why'].get('x' + code, '年中追加预算')}。"
            cl("execution", code, budget=Z, actual=a)
        else:
            r = pct(a, b)
            cmp = "大于" if a > b else "小于" if a < b else "等于"
            tail = (
                ""
                if a == b
                else f"决算数{cmp}年初预算数的主要原因是{doc['why'].get('x' + code, '年中追加预算' if a > b else '厉行节约，压减支出')}。"
            )
            s = f"{k}．{chain}。年初预算为{N(b)}{u}，支出决算为{N(a)}{u}，完成年初预算的{r}%。{tail}"
            cl("execution", code, budget=b, actual=a, rate=r)
        P.append(("p", s))
        k += 1
    # 六 基本支出
    P.append(("s", "六、一般公共预算财政拨款基本支出决算情况说明"))
    P.append(
        (
            "p",
            f"{y}年度财政拨款基本支出{N(info['gb'])}{u}，其中：人员经费{N(info['pe'])}{u}，主要包括：基本工资、津贴补贴、奖金、"
            f"机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、退休费等；公用经费{N(info['pu'])}{u}，主要包括：办公费、"
            "水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费等。",
        )
    )
    notc.append(("人员经费", N(info["pe"]).replace(",", ""), "人员经费 without a change"))
    # 七 三公
    _sb, _sa, b6, a6 = info["sb"], info["sa"], info["b6"], info["a6"]
    P.append(("s", "七、一般公共预算财政拨款“三公”经费支出决算情况说明"))
    P.append(("s", "（一）“三公”经费财政拨款支出决算总体情况说明"))

    def item(name, b, a):
        if b == 0:
            cl("sangong_execution", budget=b, actual=a)
            return f"{name}支出预算为0{u}，支出决算为{N(a)}{u}"
        cl("sangong_execution", budget=b, actual=a, rate=pct(a, b))
        return f"{name}支出预算为{N(b)}{u}，支出决算为{N(a)}{u}，完成预算的{pct(a, b)}%"

    s = (
        f"{y}年度“三公”经费财政拨款"
        + item("", b6[0], a6[0])
        + "，其中："
        + "；".join(
            [
                item("因公出国（境）费", b6[1], a6[1]),
                item("公务用车购置及运行维护费", b6[2], a6[2]),
                item("公务接待费", b6[5], a6[5]),
            ]
        )
    )
    s += f"。{y}年度“三公”经费财政拨款支出决算数{'小于' if a6[0] < b6[0] else '大于'}预算数的主要原因是{doc['why']['sg']}。"
    P.append(("p", s))
    P.append(("s", "（二）“三公”经费财政拨款支出决算具体情况说明"))
    sh = lambda x: pct(x, a6[0]) if a6[0] else Z  # noqa: E731
    P.append(
        (
            "p",
            f"{y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{N(a6[1])}{u}，占{sh(a6[1])}%；公务用车购置及运行维护费"
            f"支出决算{N(a6[2])}{u}，占{sh(a6[2])}%；公务接待费支出决算{N(a6[5])}{u}，占{sh(a6[5])}%。具体情况如下：",
        )
    )
    sg = doc["sg_text"]
    P.append(("p", f"1．因公出国（境）经费支出{N(a6[1])}{u}，{sg['out']}"))
    P.append(("p", f"2．公务用车购置及运行维护费支出{N(a6[2])}{u}。其中："))
    P.append(("p", f"（1）公务用车购置费支出{N(a6[3])}{u}。{sg['buy']}"))
    P.append(
        (
            "p",
            f"（2）公务用车运行维护费支出{N(a6[4])}{u}。主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费等支出。"
            f"{y}年度，本部门使用一般公共预算财政拨款开支的公务用车保有量为{sg['cars']}辆。",
        )
    )
    P.append(("p", f"3．公务接待费支出{N(a6[5])}{u}。{sg['rec']}"))
    notc.append(("公务用车保有量", str(sg["cars"]), "a count of cars"))
    # 八 九
    P.append(("s", "八、政府性基金预算财政拨款收入支出决算情况说明"))
    if info["gf_sp"]:
        P.append(
            (
                "p",
                f"{y}年度政府性基金预算财政拨款支出{N(info['gf_sp'])}{u}，与{py}年度决算相比，{yoy(None, info['gf_sp'], d(pr['gf']))}，"
                f"主要原因是{doc['why']['gf']}。",
            )
        )
    else:
        P.append(("p", f"本部门{y}年度无政府性基金预算财政拨款收入支出。"))
    P.append(("s", "九、国有资本经营预算财政拨款支出决算情况说明"))
    P.append(("p", f"本部门{y}年度无国有资本经营预算财政拨款支出。"))
    # 十 机关运行经费
    o = doc["ops"]
    oa, ob = d(o["actual"]), d(o["budget"])
    P.append(("s", "十、机关运行经费支出情况说明"))
    cl("operating_costs", amount=oa)
    word = "增加" if oa >= ob else "减少"
    P.append(
        (
            "p",
            f"本部门{y}年度机关运行经费支出{N(oa)}{u}，比年初预算数{word}{N(abs(oa - ob))}{u}，{'增长' if oa >= ob else '降低'}"
            f"{pct(abs(oa - ob), ob)}%。主要原因是{o['why']}。",
        )
    )
    notc.append(
        ("比年初预算数", N(abs(oa - ob)).replace(",", ""), "the 机关运行经费's difference from its budget")
    )
    # 十一 一般性支出
    P.append(("s", "十一、一般性支出情况说明"))
    P.append(
        (
            "p",
            f"{y}年本部门开支会议费{N(d(doc['meet'][0]))}{u}，用于召开全省业务工作会议等，人数{doc['meet'][1]}人，内容为"
            f"部署年度重点工作；开支培训费{N(d(doc['train'][0]))}{u}，用于开展业务骨干培训等，人数{doc['train'][1]}人，内容为业务能力提升；"
            "举办节庆、晚会、论坛、赛事活动开支费用0万元。",
        )
    )
    notc.append(("开支会议费", N(d(doc["meet"][0])).replace(",", ""), "会议费 without a budget"))
    # 十二 政府采购
    pc = doc["proc"]
    tot = d(pc["goods"]) + d(pc["works"]) + d(pc["services"])
    P.append(("s", "十二、政府采购支出情况说明"))
    cl("procurement_total", amount=tot)
    P.append(
        (
            "p",
            f"本部门{y}年度政府采购支出总额{N(tot)}{u}，其中：政府采购货物支出{N(d(pc['goods']))}{u}、政府采购工程支出"
            f"{N(d(pc['works']))}{u}、政府采购服务支出{N(d(pc['services']))}{u}。授予中小企业合同金额{N(d(pc['sme']))}{u}，"
            f"占政府采购支出总额的{pct(d(pc['sme']), tot)}%，其中：授予小微企业合同金额{N(d(pc['small']))}{u}，"
            f"占政府采购支出总额的{pct(d(pc['small']), tot)}%。",
        )
    )
    notc.append(("政府采购货物支出", N(d(pc["goods"])).replace(",", ""), "a part of procurement"))
    notc.append(("授予中小企业合同金额", N(d(pc["sme"])).replace(",", ""), "the 中小企业 share"))
    # 十三 国有资产
    v = doc["cars"]
    P.append(("s", "十三、国有资产占用情况说明"))
    P.append(
        (
            "p",
            f"截至{y}年12月31日，本部门共有车辆{sum(v)}辆，其中，部级领导干部用车0辆、一般公务用车{v[0]}辆、一般执法执勤用车"
            f"{v[1]}辆、特种专业技术用车{v[2]}辆、其他用车{v[3]}辆，其他用车主要是业务保障用车。单位价值50万元以上通用设备"
            f"{doc['equip'][0]}台（套），单位价值100万元以上专用设备{doc['equip'][1]}台（套）。",
        )
    )
    notc.append(("共有车辆", str(sum(v)), "a count of cars"))
    notc.append(("截至", "31", "a date"))
    # 十四 绩效
    pf = doc["perf"]
    P.append(("s", "十四、预算绩效情况说明"))
    P.append(
        (
            "p",
            f"根据预算绩效管理要求，本部门组织对{y}年度一般公共预算项目支出全面开展绩效自评，其中，一级项目{pf[0]}个，二级项目"
            f"{pf[1]}个，共涉及资金{N(d(pf[2]))}{u}，占一般公共预算项目支出总额的100%。组织对{pf[3]}个项目开展了部门评价，"
            f"涉及一般公共预算支出{N(d(pf[4]))}{u}。从评价情况来看，项目均较好完成了年度绩效目标。",
        )
    )
    notc.append(("共涉及资金", N(d(pf[2])).replace(",", ""), "绩效 funds"))
    return P, claims, notc


def front(doc, info):
    """Cover (drawn by the printer), 目录, 第一部分 部门概况, then the tables' heading."""
    y = doc["year"]
    P = [("page", None), ("h", "目    录")]
    for s in [
        "第一部分  部门概况",
        "一、主要职能",
        "二、部门决算单位构成",
        f"第二部分  {y}年度部门决算表",
        "一、收入支出决算总表",
        "二、收入决算表",
        "三、支出决算表",
        "四、财政拨款收入支出决算总表",
        "五、一般公共预算财政拨款支出决算表",
        "六、一般公共预算财政拨款基本支出决算表",
        "七、一般公共预算财政拨款“三公”经费支出决算表",
        "八、政府性基金预算财政拨款收入支出决算表",
        "九、国有资本经营预算财政拨款支出决算表",
        f"第三部分  {y}年度部门决算情况说明",
        "第四部分  名词解释",
    ]:
        P.append(("toc", s))
    P += [("page", None), ("h", "第一部分  部门概况"), ("s", "一、主要职能")]
    P += [("p", s) for s in doc["duties"]]
    P += [("s", "二、部门决算单位构成"), ("p", doc["units"])]
    P += [("page", None), ("h", f"第二部分  {y}年度部门决算表"), ("tables", None)]
    return P


GLOSSARY = [
    "1．财政拨款收入：指省级财政当年拨付的资金。",
    "2．事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
    "3．其他收入：指除上述“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
    "4．上年结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。",
    "5．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "6．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "7．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "8．机关运行经费：指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]


def back():
    return [("page", None), ("h", "第四部分  名词解释")] + [("p", s) for s in GLOSSARY]
