"""Tables, printing and expectations of rules_s31e (see rules_s31e_data.py, where the figures are typed).

A unit's money is typed by functional 项 (leaves), each split as (gp_b, gp_p, gf_p, ot_b, ot_p): gp =
一般公共预算拨款, gf = 政府性基金, ot = the report's one other source (上年结转, 事业收入, 财政专户 or 其他收入);
_b 基本支出, _p 项目支出. A department's summary tables add its units' leaves. Every table is a Tab of printed
strings; gen.py prints those very strings and expect() reads the expectations from them, so text and
expectation cannot differ. identities() re-adds every printed Tab from its printed strings.
"""

from __future__ import annotations

from decimal import Decimal as D

Z = D("0")

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "20126": "档案事务",
    "2012601": "行政运行",
    "2012604": "档案馆",
    "205": "教育支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "211": "节能环保支出",
    "21103": "污染防治",
    "2110301": "大气",
    "2110302": "水体",
    "21101": "环境保护管理事务",
    "2110101": "行政运行",
    "2110104": "生态环境保护宣传",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130306": "水利工程运行与维护",
    "2130316": "农村水利",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240106": "安全监管",
    "2240150": "事业运行",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30211": "差旅费",
    "30217": "公务接待费",
    "30228": "工会经费",
    "30231": "公务用车运行维护费",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30305": "生活补助",
}

PARTS = {
    "all": (0, 1, 2, 3, 4),
    "basic": (0, 3),
    "project": (1, 2, 4),
    "gp": (0, 1),
    "gp_b": (0,),
    "gp_p": (1,),
    "gf": (2,),
    "ot": (3, 4),
    "fiscal": (0, 1, 2),
}
CN = "一二三四五六七八九十"


def d(x) -> D:
    return D(str(x).replace(",", ""))


def fmt(x, sep=True, zero=""):
    x = d(x)
    if x == 0:
        return zero
    return f"{x:,.2f}" if sep else f"{x:.2f}"


class Money:
    def __init__(self, *leaf_dicts):
        self.L = {}
        for leaves in leaf_dicts:
            for k, v in leaves.items():
                old = self.L.get(k, (Z,) * 5)
                self.L[k] = tuple(a + d(b) for a, b in zip(old, v, strict=True))
        self.codes = sorted({c for k in self.L for c in (k[:3], k[:5], k)})

    def t(self, part, code=""):
        idx = PARTS[part]
        return sum((sum((v[i] for i in idx), Z) for k, v in self.L.items() if k.startswith(code)), Z)

    def codes_of(self, part="all"):
        return [c for c in self.codes if self.t(part, c) != 0]

    def classes(self, part="all"):
        return [c for c in self.codes_of(part) if len(c) == 3]


class Tab:
    """One printed table. kind: coded (rows (code|None, name, [str])), two (rows (ll, lv, rl, rv)), text
    (lines), proc (rows (label, measure, qty, amount)), selfeval (projects). cols: [(header, key|None)];
    key None: printed, no figure of the report's own (no expectation). expect: rows to expect (False: the
    table's figures are no amounts; only its presence is expected when key is given)."""

    def __init__(self, key, title, unit, kind, cols=(), rows=(), **kw):
        self.key, self.title, self.unit, self.kind = key, title, unit, kind
        self.cols, self.rows = list(cols), list(rows)
        self.label = kw.get("label")  # "表一" on the title line, or "表一\n" on a line of its own
        self.org = kw.get("org")  # the line under the title ("单位名称：… 单位：万元")
        self.above = kw.get("above")  # a line above the title ("单位名称：某某中心")
        self.lines = kw.get("lines", [])
        self.hier = kw.get("hier", "func")  # func / econ / None
        self.sums = kw.get("sums", [])  # [(total index, [part indexes])] per row
        self.note = kw.get("note")
        self.expect_rows = kw.get("expect_rows", True)
        self.header = kw.get("header")  # plain header lines (else the cols' headers on one line)
        self.claims = kw.get("claims", [])  # self-evaluation: expected project_execution claims
        self.phases = kw.get("phases", {})  # col key -> phase suffix ("@budget")


def coded(m, codes, parts, f, total_label="合计", total_first=True, names=FUNC):
    """Rows 合计 + the given codes, one figure per part (a part name or a callable of the code)."""

    def vals(code):
        return [f(p(code) if callable(p) else m.t(p, code)) for p in parts]

    rows = [(c, names[c], vals(c)) for c in codes]
    tot = (None, total_label, vals(""))
    return [tot, *rows] if total_first else [*rows, tot]


# ------------------------------------------------------------------------------------------ printing


def _head(t: Tab, layout: bool):
    out = []
    if t.above:
        out.append(t.above)
    title = t.title
    if t.label and t.label.endswith("\n"):
        out.append(t.label.strip())
    elif t.label:
        title = f"{t.label} {t.title}"
    out.append(" " * max(0, (96 - len(title)) // 2) + title if layout else title)
    org = t.org or f"单位：{t.unit}"
    if layout:
        left, _, right = org.rpartition("  ")
        org = (" " + left.strip()).ljust(96 - len(right.strip())) + right.strip() if left else org.rjust(96)
    out.append(org)
    return out


def render(t: Tab, layout: bool) -> list[str]:
    out = _head(t, layout)
    if t.kind == "coded":
        nw = max([len(n) for _, n, _ in t.rows] + [8]) + 2
        heads = [h for h, _ in t.cols]
        if layout:
            out.append(" " + "科目编码".ljust(9) + "科目名称".ljust(nw) + "".join(h.rjust(14) for h in heads))
            for code, name, vals in t.rows:
                out.append(
                    (
                        " " + (code or "").ljust(9) + name.ljust(nw) + "".join(v.rjust(14) for v in vals)
                    ).rstrip()
                )
        else:
            out += t.header or [" ".join(["科目编码", "科目名称", *heads])]
            for code, name, vals in t.rows:
                out.append(" ".join(x for x in (code, name, *vals) if x))
    elif t.kind == "two":
        if layout:
            out.append(" " + "收入".center(40) + "支出".center(40))
            out.append(
                " " + "项目".ljust(28) + "预算数".rjust(12) + "  " + "项目".ljust(28) + "预算数".rjust(12)
            )
            for ll, lv, rl, rv in t.rows:
                out.append((" " + ll.ljust(28) + lv.rjust(12) + "  " + rl.ljust(28) + rv.rjust(12)).rstrip())
        else:
            out += ["收入 支出", "项目 预算数 项目 预算数"]
            for ll, lv, rl, rv in t.rows:
                out.append(" ".join(x for x in (ll, lv, rl, rv) if x))
    elif t.kind == "proc":
        if layout:
            out.append(
                " " + "采购品目".ljust(30) + "计量单位".rjust(10) + "数量".rjust(10) + "金额".rjust(14)
            )
            for label, measure, qty, amount in t.rows:
                out.append(
                    (" " + label.ljust(30) + measure.rjust(10) + qty.rjust(10) + amount.rjust(14)).rstrip()
                )
        else:
            out.append("采购品目 计量单位 数量 金额")
            for row in t.rows:
                out.append(" ".join(x for x in row if x))
    elif t.kind in ("text", "selfeval", "sangong"):
        out += t.lines
    if t.note:
        out.append(t.note)
    return out


# ------------------------------------------------------------------------------------- expectations


def want(v):
    """The expected form of a printed cell: '' none, 0.00 a dash cell (loading it as zero or not is fine)."""
    if not v or v in ("-", "—"):
        return None
    return v + "?" if d(v) == 0 else v


def expect(t: Tab):
    rows = []
    if t.kind == "coded" and t.expect_rows:
        for code, name, vals in t.rows:
            cols = {k + t.phases.get(k, ""): want(v) for (_, k), v in zip(t.cols, vals) if k and want(v)}
            if cols:
                rows.append((code, name.replace(" ", ""), cols))
    elif t.kind == "two":
        for ll, lv, rl, rv in t.rows:
            if ll and want(lv):
                rows.append((None, ll, {"income": want(lv)}))
            if rl and want(rv):
                rows.append((None, rl, {"expenditure": want(rv)}))
    elif t.kind == "proc":
        for label, _m, _q, amount in t.rows:
            if label in ("合计", "总计") or label[1:2] == "、":
                rows.append((None, label, {"total": want(amount)}))
    elif t.kind == "sangong":
        rows = t.rows  # typed in the data module as expectation rows
    return dict(table=t.key, unit=t.unit, rows=rows)


# -------------------------------------------------------------------------------------- identities


def identities(name, t: Tab):
    """Re-add a printed table from its printed strings."""

    def v(s):
        return d(s) if s and s not in ("-", "—") else Z

    if t.kind == "coded" and t.hier:
        byc = {c: [v(x) for x in vals] for c, _, vals in t.rows if c}
        tot = [
            v(x) for x in next(vals for c, n, vals in t.rows if c is None and n.replace(" ", "") == "合计")
        ]
        step = {"func": {0: 3, 3: 5, 5: 7}, "econ": {0: 3, 3: 5}}[t.hier]
        for c, vals in [*byc.items(), ("", tot)]:
            kids = [k for k in byc if len(k) == step.get(len(c)) and k.startswith(c)]
            if kids:
                for i in range(len(vals)):
                    assert sum(byc[k][i] for k in kids) == vals[i], (name, t.title, c, i)
    if t.kind == "coded":
        for c, n, vals in t.rows:
            vs = [v(x) for x in vals]
            for total, parts in t.sums:
                assert vs[total] == sum(vs[p] for p in parts), (name, t.title, c, n)
    if t.kind == "two":
        lv = {ll: v(x) for ll, x, _, _ in t.rows if ll}
        rv = {rl: v(x) for _, _, rl, x in t.rows if rl}
        inc = sum(x for k, x in lv.items() if k[1:2] == "、" or k[2:3] == "、")
        exp = sum(x for k, x in rv.items() if k[1:2] == "、" or k[2:3] == "、")
        assert inc == lv["本年收入合计"], (name, t.title)
        assert exp == rv["本年支出合计"], (name, t.title)
        carry = sum(x for k, x in lv.items() if "结转" in k)
        assert lv["收入总计"] == inc + carry == rv["支出总计"], (name, t.title)
    if t.kind == "proc":
        total, cat, items = None, {}, {}
        current = None
        for label, _m, _q, amount in t.rows:
            if label in ("合计", "总计"):
                total = v(amount)
            elif label[1:2] == "、":
                current = label
                cat[label] = v(amount)
                items[label] = Z
            else:
                items[current] += v(amount)
        assert total == sum(cat.values()), (name, t.title)
        assert all(cat[k] == items[k] for k in cat), (name, t.title)
