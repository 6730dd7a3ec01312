"""Table building and rendering of the rules_s33d inputs (whole 部门预算 / 部门决算 reports).

A document's tables are all summed from its 项 leaves, so every printed row re-adds at import:
leaf = (code7, name, gb_basic, gb_project, gf_project, other_project) in the document's unit; 款 / 类 / 合计 rows
are the sums of their leaves; the 基本支出 economic split is made from fixed shares of the 一般公共预算
basic spending (the last part takes the remainder) and re-added against it.
Plain text (pdftotext without -layout) prints a row on one line, cells separated by one space; -layout
text pads the cells into columns (blank cells kept as spaces).
"""

import unicodedata
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

WIDTH = 80
NO_LINE_START = "。，、；：）》％%”！？"

NAMES = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "205": "教育支出",
    "20501": "教育管理事务",
    "20502": "普通教育",
    "20507": "特殊教育",
    "20509": "教育费附加安排的支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "20708": "广播电视",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "20805": "行政事业单位养老支出",
    "20808": "抚恤",
    "20810": "社会福利",
    "20811": "残疾人事业",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "21003": "基层医疗卫生机构",
    "21004": "公共卫生",
    "21007": "计划生育事务",
    "21011": "行政事业单位医疗",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "21303": "水利",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "21307": "农村综合改革",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "21460": "车辆通行费安排的支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
}

# (code, name, share of the 一般公共预算 basic spending); 301 / 302 / 303 are summed from their parts
ECON = [
    ("30101", "基本工资", "0.22"),
    ("30102", "津贴补贴", "0.14"),
    ("30103", "奖金", "0.05"),
    ("30107", "绩效工资", "0.10"),
    ("30108", "机关事业单位基本养老保险缴费", "0.08"),
    ("30109", "职业年金缴费", "0.04"),
    ("30110", "职工基本医疗保险缴费", "0.05"),
    ("30113", "住房公积金", "0.07"),
    ("30201", "办公费", "0.04"),
    ("30205", "水费", "0.01"),
    ("30206", "电费", "0.02"),
    ("30211", "差旅费", "0.02"),
    ("30217", "公务接待费", None),  # the 三公 table's
    ("30228", "工会经费", "0.02"),
    ("30231", "公务用车运行维护费", None),  # the 三公 table's
    ("30239", "其他交通费用", "0.03"),
    ("30299", "其他商品和服务支出", "0.02"),
    ("30302", "退休费", "0.04"),
    ("30305", "生活补助", None),  # the remainder
]
ECON_CLASS = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助"}


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def width(s):
    return sum(dw(c) for c in s)


def wrap(par, w=WIDTH):
    lines, cur, wd = [], "", 0
    for ch in par:
        if wd + dw(ch) > w and ch not in NO_LINE_START:
            lines.append(cur)
            cur, wd = "", 0
        cur += ch
        wd += dw(ch)
    if cur:
        lines.append(cur)
    return lines


def v(x):
    return D(str(x).replace(",", "")) if x not in (None, "") else D(0)


def fmt(x):
    return f"{x:,.2f}"


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    """The tables of one document, summed from its leaves."""

    def __init__(self, spec):
        self.spec = spec
        self.unit = spec["unit"]
        self.leaves = {c: (n, v(a), v(b), v(g), v(o)) for c, n, a, b, g, o in spec["leaves"]}
        self.names = dict(NAMES, **spec.get("names", {}))
        rows = {}
        for code, (_n, a, b, g, o) in self.leaves.items():
            for part in (code[:3], code[:5], code):
                r = rows.setdefault(part, [D(0)] * 4)
                for i, x in enumerate((a, b, g, o)):
                    r[i] += x
        self.rows = dict(sorted(rows.items()))
        self.tot = [sum(r[i] for c, r in self.rows.items() if len(c) == 3) for i in range(4)]
        # re-add: 类 = Σ 款 = Σ 项
        for c, r in self.rows.items():
            kids = [k for k in self.rows if len(k) == len(c) + 2 and k.startswith(c)]
            if kids:
                assert [sum(self.rows[k][i] for k in kids) for i in range(4)] == r, c
        self.gb_basic, self.gb_project, self.gf, self.other = self.tot
        self.gb = self.gb_basic + self.gb_project
        self.fiscal = self.gb + self.gf
        self.total = self.fiscal + self.other
        self.basic = self.gb_basic
        self.project = self.gb_project + self.gf + self.other
        sg = [v(x) for x in spec["sangong"]]  # (出国, 购置, 运行, 接待)
        self.sg = sg
        self.sg_budget = [v(x) for x in spec.get("sangong_budget", spec["sangong"])]
        # the economic split of the 一般公共预算 basic spending
        econ, used = {}, D(0)
        for code, name, share in ECON:
            if code == "30217":
                amt = sg[3]
            elif code == "30231":
                amt = sg[2]
            elif share is None:
                amt = self.gb_basic - used
            else:
                amt = q2(self.gb_basic * D(share))
            econ[code] = (name, amt)
            used += amt
        assert econ["30305"][1] > 0, spec["unit_name"]
        self.econ = econ
        self.econ_class = {k: sum(a for c, (_n, a) in econ.items() if c.startswith(k)) for k in ECON_CLASS}
        assert sum(self.econ_class.values()) == self.gb_basic
        self.personnel = self.econ_class["301"] + self.econ_class["303"]
        self.public = self.econ_class["302"]

    def name(self, code):
        return self.leaves[code][0] if len(code) == 7 else self.names[code]

    def of(self, code, what="total"):
        """A printed figure of a row: total, gb, gf, basic, project, other."""
        a, b, g, o = self.rows[code] if code else self.tot
        return {
            "total": a + b + g + o,
            "gb": a + b,
            "gf": g,
            "basic": a,
            "project": b + g + o,
            "gb_project": b,
            "other": o,
            "fiscal": a + b + g,
        }[what]

    def fig(self, key):
        """The table figure a narrative claim is checked against (gen.py and the data file)."""
        if key in ("total", "gb", "gf", "basic", "project", "other", "fiscal", "gb_project"):
            return self.of(None, key)
        if key == "personnel":
            return self.personnel
        if key == "public":
            return self.public
        if key.startswith("sg"):
            items = self.sg_budget if key.startswith("sgb") else self.sg
            which = key.split(":")[1]
            idx = {"out": [0], "buy": [1], "run": [2], "rec": [3], "car": [1, 2], "all": [0, 1, 2, 3]}[which]
            return sum(items[i] for i in idx)
        code, _, what = key.partition(":")
        return self.of(code, what or "total")


# ---------------------------------------------------------------- rendering


class Out:
    """Lines of a document with page footers and form feeds; plain or -layout."""

    def __init__(self, layout, header=None):
        self.layout = layout
        self.lines = []
        self.page = 1
        self.feed = False
        self.header = header

    def put(self, line):
        self.lines.append(("\f" if self.feed else "") + line)
        self.feed = False

    def turn(self):
        self.put(("" if not self.layout else " " * 38) + f"- {self.page} -")
        self.page += 1
        self.feed = True
        if self.header:
            self.put(self.header)

    def para(self, text, indent=True):
        """A paragraph wrapped at the page width; "¶" inside turns the page there, "↵" breaks the line."""
        parts = text.split("¶")
        for n, part in enumerate(parts):
            if n:
                self.turn()
            first = True
            for piece in part.split("↵"):
                lead = "    " if (self.layout and indent and first) else ""
                first = False
                for line in wrap(lead + piece, WIDTH):
                    self.put(line)

    def text(self):
        self.put(("" if not self.layout else " " * 38) + f"- {self.page} -")
        return "\n".join(self.lines) + "\n"

    def row(self, label, cells, widths=None, label_w=44):
        """A table row: the label then its cells (None: blank)."""
        if not self.layout:
            self.put(" ".join([label] + [c for c in cells if c is not None]))
            return
        widths = widths or [16] * len(cells)
        pad = max(label_w - width(label), 1)
        s = label + " " * pad
        for c, w in zip(cells, widths):
            s += (c or "").rjust(w)
        self.put(s.rstrip())

    def two(self, left, lcell, right, rcell):
        """A two-sided row (收支总表)."""
        lc = lcell if lcell is not None else ""
        rc = rcell if rcell is not None else ""
        if not self.layout:
            self.put(" ".join(x for x in (left, lc, right, rc) if x))
            return
        s = left + " " * max(34 - width(left), 1) + lc.rjust(16) + "   "
        s += right + " " * max(34 - width(right), 1) + rc.rjust(16)
        self.put(s.rstrip())


def cell(x, zero_blank=True):
    if x is None:
        return None
    if x == 0 and zero_blank:
        return None
    return fmt(x)


def heading(o, title, form, unit_label, unit):
    o.put(title if not o.layout else " " * 24 + title)
    o.put(" " * 60 + form)
    o.put(f"部门：{unit_label}" + " " * (30 if o.layout else 1) + f"单位：{unit}")


def coded_table(o, d, title, form, heads, fn, note, only=None):
    """A table by 类/款/项: heads the column titles, fn(code or None) -> cells."""
    heading(o, title, form, d.spec["unit_name"], d.unit)
    o.row("科目编码 科目名称", heads)
    o.row("合计", [cell(x, False) for x in fn(None)])
    for code in d.rows:
        if only and not only(code):
            continue
        o.row(f"{code} {d.name(code)}", [cell(x) for x in fn(code)])
    o.put(note)


def classes(d, what):
    return [(f"{d.name(c)}", d.of(c, what)) for c in d.rows if len(c) == 3 and d.of(c, what)]


def two_sided(o, d, title, form, left, right):
    heading(o, title, form, d.spec["unit_name"], d.unit)
    o.two("收入", None, "支出", None)
    o.two("项目", "金额", "项目", "金额")
    n = max(len(left), len(right))
    for i in range(n):
        lname, lval = left[i] if i < len(left) else ("", None)
        rname, rval = right[i] if i < len(right) else ("", None)
        o.two(
            lname,
            cell(lval, False) if lval is not None else None,
            rname,
            cell(rval, False) if rval is not None else None,
        )


def sangong_rows(o, d, final):
    def cells(f):
        out_, buy, run, rec = f
        return [fmt(out_ + buy + run + rec), fmt(out_), fmt(buy + run), fmt(buy), fmt(run), fmt(rec)]

    o.row("", ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"], label_w=0)
    o.row("", ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""], label_w=0)
    if final:
        o.row("预算数", cells(d.sg_budget), label_w=8)
        o.row("决算数", cells(d.sg), label_w=8)
    else:
        o.row("", cells(d.sg), label_w=0)


def econ_table(o, d, title, form, note):
    heading(o, title, form, d.spec["unit_name"], d.unit)
    o.row("经济分类科目编码 科目名称", ["合计", "人员经费", "公用经费"])
    o.row("合计", [fmt(d.gb_basic), fmt(d.personnel), fmt(d.public)])
    for k, cname in ECON_CLASS.items():
        amt = d.econ_class[k]
        per = k != "302"
        o.row(f"{k} {cname}", [fmt(amt), fmt(amt) if per else None, None if per else fmt(amt)])
        for code, (name, a) in d.econ.items():
            if code.startswith(k) and a:
                o.row(f"{code} {name}", [fmt(a), fmt(a) if per else None, None if per else fmt(a)])
    o.put(note)


def budget_tables(o, d, y, numbering):
    """The nine tables of a budget (numbering(n) -> '表n' or '公开0n表' …)."""
    u = d.spec["unit_name"]
    left = [
        ("一、一般公共预算拨款收入", d.gb),
        ("二、政府性基金预算拨款收入", d.gf),
        ("三、国有资本经营预算拨款收入", None),
        ("四、事业收入", d.other),
        ("五、其他收入", None),
    ]
    right = [(f"{i + 1}、{n}" if False else n, x) for i, (n, x) in enumerate(classes(d, "total"))]
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left))
    right += [("", None)] * (n - len(right))
    left += [("本年收入合计", d.total), ("上年结转结余", None), ("收入总计", d.total)]
    right += [("本年支出合计", d.total), ("年末结转结余", None), ("支出总计", d.total)]
    two_sided(o, d, f"{u}{y}年部门收支总表", numbering(1), left, right)
    o.turn()
    coded_table(
        o,
        d,
        f"{u}{y}年部门收入总表",
        numbering(2),
        ["合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入"],
        lambda c: [d.of(c), d.of(c, "gb"), d.of(c, "gf"), d.of(c, "other")],
        "注：本表反映部门本年度的总收入情况。",
    )
    o.turn()
    coded_table(
        o,
        d,
        f"{u}{y}年部门支出总表",
        numbering(3),
        ["合计", "基本支出", "项目支出"],
        lambda c: [d.of(c), d.of(c, "basic"), d.of(c, "project")],
        "注：本表反映部门本年度的总支出情况。",
    )
    o.turn()
    left = [
        ("一、本年收入", d.fiscal),
        ("（一）一般公共预算拨款", d.gb),
        ("（二）政府性基金预算拨款", d.gf),
        ("（三）国有资本经营预算拨款", None),
        ("二、上年结转", None),
    ]
    right = classes(d, "fiscal")
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left))
    right += [("", None)] * (n - len(right))
    left += [("收入总计", d.fiscal)]
    right += [("支出总计", d.fiscal)]
    two_sided(o, d, f"{u}{y}年财政拨款收支总表", numbering(4), left, right)
    o.turn()
    coded_table(
        o,
        d,
        f"{u}{y}年一般公共预算支出表",
        numbering(5),
        ["合计", "基本支出", "项目支出"],
        lambda c: [d.of(c, "gb"), d.of(c, "basic"), d.of(c, "gb_project")],
        "注：本表反映部门本年度一般公共预算当年拨款安排的支出。",
        only=lambda c: d.of(c, "gb"),
    )
    o.turn()
    econ_table(
        o,
        d,
        f"{u}{y}年一般公共预算基本支出表",
        numbering(6),
        "注：本表反映部门本年度一般公共预算基本支出情况。",
    )
    o.turn()
    heading(o, f"{u}{y}年一般公共预算“三公”经费支出表", numbering(7), u, d.unit)
    sangong_rows(o, d, False)
    o.put("注：本表反映一般公共预算当年拨款安排的“三公”经费预算。")
    o.turn()
    if d.gf:
        coded_table(
            o,
            d,
            f"{u}{y}年政府性基金预算支出表",
            numbering(8),
            ["合计", "基本支出", "项目支出"],
            lambda c: [d.of(c, "gf"), None, d.of(c, "gf")],
            "注：本表反映部门本年度政府性基金预算拨款安排的支出。",
            only=lambda c: d.of(c, "gf"),
        )
    else:
        heading(o, f"{u}{y}年政府性基金预算支出表", numbering(8), u, d.unit)
        o.row("科目编码 科目名称", ["合计", "基本支出", "项目支出"])
        o.put(f"注：{u}{y}年没有使用政府性基金预算拨款安排的支出，故本表无数据。")
    o.turn()
    heading(o, f"{u}{y}年国有资本经营预算支出表", numbering(9), u, d.unit)
    o.row("科目编码 科目名称", ["合计", "基本支出", "项目支出"])
    o.put(f"注：{u}{y}年没有使用国有资本经营预算拨款安排的支出，故本表无数据。")


def final_tables(o, d, y, numbering):
    u = d.spec["unit_name"]
    left = [
        ("一、财政拨款收入", d.fiscal),
        ("二、上级补助收入", None),
        ("三、事业收入", d.other),
        ("四、经营收入", None),
        ("五、附属单位上缴收入", None),
        ("六、其他收入", None),
    ]
    right = classes(d, "total")
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left))
    right += [("", None)] * (n - len(right))
    left += [
        ("本年收入合计", d.total),
        ("使用非财政拨款结余", None),
        ("年初结转和结余", None),
        ("总计", d.total),
    ]
    right += [("本年支出合计", d.total), ("结余分配", None), ("年末结转和结余", None), ("总计", d.total)]
    two_sided(o, d, "收入支出决算总表", numbering(1), left, right)
    o.turn()
    coded_table(
        o,
        d,
        "收入决算表",
        numbering(2),
        ["本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
        lambda c: [d.of(c), d.of(c, "fiscal"), d.of(c, "other"), None],
        "注：本表反映部门本年度取得的各项收入情况。",
    )
    o.turn()
    coded_table(
        o,
        d,
        "支出决算表",
        numbering(3),
        ["本年支出合计", "基本支出", "项目支出"],
        lambda c: [d.of(c), d.of(c, "basic"), d.of(c, "project")],
        "注：本表反映部门本年度各项支出情况。",
    )
    o.turn()
    left = [
        ("一、一般公共预算财政拨款", d.gb),
        ("二、政府性基金预算财政拨款", d.gf),
        ("三、国有资本经营预算财政拨款", None),
    ]
    right = classes(d, "fiscal")
    n = max(len(left), len(right))
    left += [("", None)] * (n - len(left))
    right += [("", None)] * (n - len(right))
    left += [("本年收入合计", d.fiscal), ("年初财政拨款结转和结余", None), ("总计", d.fiscal)]
    right += [("本年支出合计", d.fiscal), ("年末财政拨款结转和结余", None), ("总计", d.fiscal)]
    two_sided(o, d, "财政拨款收入支出决算总表", numbering(4), left, right)
    o.turn()
    coded_table(
        o,
        d,
        "一般公共预算财政拨款支出决算表",
        numbering(5),
        ["小计", "基本支出", "项目支出"],
        lambda c: [d.of(c, "gb"), d.of(c, "basic"), d.of(c, "gb_project")],
        "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
        only=lambda c: d.of(c, "gb"),
    )
    o.turn()
    econ_table(
        o,
        d,
        "一般公共预算财政拨款基本支出决算表",
        numbering(6),
        "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    )
    o.turn()
    heading(o, "一般公共预算财政拨款“三公”经费支出决算表", numbering(7), u, d.unit)
    sangong_rows(o, d, True)
    o.put("注：本表反映部门本年度“三公”经费支出预算和决算情况。")
    o.turn()
    if d.gf:
        coded_table(
            o,
            d,
            "政府性基金预算财政拨款收入支出决算表",
            numbering(8),
            ["本年收入", "本年支出合计", "基本支出", "项目支出"],
            lambda c: [d.of(c, "gf"), d.of(c, "gf"), None, d.of(c, "gf")],
            "注：本表反映部门本年度政府性基金预算财政拨款收入、支出情况。",
            only=lambda c: d.of(c, "gf"),
        )
    else:
        heading(o, "政府性基金预算财政拨款收入支出决算表", numbering(8), u, d.unit)
        o.row("科目编码 科目名称", ["本年收入", "本年支出合计", "基本支出", "项目支出"])
        o.put("注：本单位本年度无政府性基金预算财政拨款收入、支出，故本表为空表。")
    o.turn()
    heading(o, "国有资本经营预算财政拨款支出决算表", numbering(9), u, d.unit)
    o.row("科目编码 科目名称", ["本年支出合计", "基本支出", "项目支出"])
    o.put("注：本单位本年度无国有资本经营预算财政拨款支出，故本表为空表。")
