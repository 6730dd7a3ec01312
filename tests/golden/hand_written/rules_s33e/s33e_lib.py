"""Tables, rendering and expectations of the rules_s33e inputs (whole 部门预算 / 部门决算 reports whose economic
classification tables are the point).

A document is typed (rules_s33e_data.py) as: functional 项 leaves (code, name, basic, project: the basic of the
first leaf typed None is the remainder), its 基本支出 by economic 款 (dept code, gov code, amount, p|u: 人员经费 or
公用经费), its 项目支出 by economic 款 (dept code, gov code, amount; None: the remainder), 三公 and claims. Every
printed table is summed from these (Decimal, in the document's unit) and re-added by identities() at import:
类 = Σ 款 = Σ 项, 合计 = Σ 类, row total = Σ parts, 人员经费 + 公用经费 = basic, economic basic = functional
basic, economic project = functional project, the gov-coded tables = the dept-coded ones, the summaries = the
tables. Expectations are read from the very Table objects the renderers print (never from the parser).

Renderers: "plain" (pdftotext without -layout, WPS-style: one row a line, cells apart by one space, blank cells
dropped), "cells" (pdftotext without -layout, Excel-style: one cell a line, a blank line between), "layout"
(pdftotext -layout: cells padded into columns, blank cells kept as spaces), "pdf" (the layout lines drawn as text
objects at their column positions, STSong-Light, with horizontal rules under each table row)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal as D

WIDTH = 84

FUNC = {
    "201": "一般公共服务支出",
    "20105": "统计信息事务",
    "2010501": "行政运行",
    "2010502": "一般行政管理事务",
    "2010505": "专项统计业务",
    "2010507": "专项普查活动",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "法律援助",
    "2040610": "社区矫正",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学",
    "2050203": "初中",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "2070112": "文化和旅游市场管理",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130122": "农业生产发展",
    "2130148": "渔业发展",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
}

DEPT = {
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
    "30114": "医疗费",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30203": "咨询费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30214": "租赁费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30309": "奖励金",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
    "31013": "公务用车购置",
    "31099": "其他资本性支出",
    "399": "其他支出",
    "39999": "其他支出",
}

GOV = {
    "501": "机关工资福利支出",
    "50101": "工资奖金津补贴",
    "50102": "社会保障缴费",
    "50103": "住房公积金",
    "50199": "其他工资福利支出",
    "502": "机关商品和服务支出",
    "50201": "办公经费",
    "50202": "会议费",
    "50203": "培训费",
    "50204": "专用材料购置费",
    "50205": "委托业务费",
    "50206": "公务接待费",
    "50208": "公务用车运行维护费",
    "50209": "维修（护）费",
    "50299": "其他商品和服务支出",
    "503": "机关资本性支出（一）",
    "50306": "设备购置",
    "50399": "其他资本性支出",
    "505": "对事业单位经常性补助",
    "50501": "工资福利支出",
    "50502": "商品和服务支出",
    "506": "对事业单位资本性补助",
    "50601": "资本性支出（一）",
    "509": "对个人和家庭的补助",
    "50901": "社会福利和救助",
    "50905": "离退休费",
    "50999": "其他对个人和家庭的补助",
    "599": "其他支出",
    "59999": "其他支出",
}

PERSONNEL_CLASSES = ("301", "303")


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def width(s):
    return sum(dw(c) for c in s)


def char_aligned(line):
    """A line laid out in display columns (a CJK character two wide) as pdftotext -layout prints it: each
    word at the character index of its place on the page (one character a column, whatever its width)."""
    out, col, k = "", 0, 0
    while k < len(line):
        if line[k] == " ":
            col += 1
            k += 1
            continue
        j = k
        while j < len(line) and not (line[j] == " " and (j + 1 >= len(line) or line[j + 1] == " ")):
            j += 1
        word = line[k:j]
        gap = 2 if out and out[-1] != " " else 0
        out += " " * max(col - len(out), gap if out else 0)
        out += word
        col += width(word)
        k = j
    return out


def wrap(par, w=WIDTH):
    lines, cur, wd = [], "", 0
    for ch in par:
        if wd + dw(ch) > w and ch not in "。，、；：）》％%”！？":
            # never inside a number: the number's digits go to the next line whole
            k = len(cur)
            while k and (cur[k - 1].isdigit() or cur[k - 1] in ".,") and (ch.isdigit() or ch in ".,%"):
                k -= 1
            lines.append(cur[:k])
            cur = cur[k:]
            wd = width(cur)
        cur += ch
        wd += dw(ch)
    if cur:
        lines.append(cur)
    return lines


def v(x):
    return D(str(x).replace(",", "")) if x not in (None, "") else D(0)


def fmt(x):
    return f"{x:,.2f}"


# ============================================================================ tables
class Table:
    """kind: coded (rows (code, name, vals, gov) with gov = (gcode, gname) or None), two (rows (lname, lval,
    rname, rval)), blocks (rows: list per block of (code, name, val)), sangong, empty.
    heads: the column labels (a label "组/列" sits under a group label); keys: their column keys."""

    def __init__(self, key, title, kind, heads=(), keys=(), rows=(), **style):
        self.key, self.title, self.kind = key, title, kind
        self.heads, self.keys, self.rows = list(heads), list(keys), list(rows)
        self.style = style
        self.totals = style.get("totals", [])  # blocks: [(name, val, block span)]
        self.note = style.get("note", "")
        self.zero_blank = style.get("zero_blank", True)

    def cell(self, x, force=False):
        if x is None:
            return None
        if x == 0 and self.zero_blank and not force:
            return None
        return fmt(x)


class Doc:
    def __init__(self, spec):
        self.spec = spec
        self.unit = spec["unit"]
        self.y = spec["year"]
        self.final = spec["kind"] == "final_account"
        self.u = spec["unit_name"]
        self.dept = dict(DEPT, **spec.get("dept_names", {}))
        self.gov = dict(GOV, **spec.get("gov_names", {}))
        self.func = dict(FUNC, **spec.get("func_names", {}))
        # economic basic: (dcode, gcode, amount, p|u)
        self.basic_lines = [(d, g, v(a), pu) for d, g, a, pu in spec["basic"]]
        self.basic_total = sum(a for *_x, a, _p in self.basic_lines)
        self.personnel = sum(a for *_x, a, p in self.basic_lines if p == "p")
        self.public = sum(a for *_x, a, p in self.basic_lines if p == "u")
        # functional leaves; the first basic None is the remainder
        leaves = []
        known = sum(v(b) for _c, _n, b, _p in spec["leaves"] if b is not None)
        for c, n, b, p in spec["leaves"]:
            leaves.append((c, n, self.basic_total - known if b is None else v(b), v(p)))
        self.leaves = leaves
        self.project_total = sum(p for *_x, p in leaves)
        # economic project: the None is the remainder
        plines = spec.get("project", [])
        known = sum(v(a) for _d, _g, a in plines if a is not None)
        self.project_lines = [(d, g, self.project_total - known if a is None else v(a)) for d, g, a in plines]
        if plines:
            assert all(a > 0 for *_x, a in self.project_lines), spec["file"]
        # functional rows
        rows = {}
        for c, _n, b, p in leaves:
            for part in (c[:3], c[:5], c):
                r = rows.setdefault(part, [D(0), D(0)])
                r[0] += b
                r[1] += p
        self.frows = dict(sorted(rows.items()))
        self.fnames = {c: n for c, n, _b, _p in leaves}
        self.total = self.basic_total + self.project_total
        self.sg = [v(x) for x in spec["sangong"]]
        self.sg_budget = [v(x) for x in spec.get("sangong_budget", spec["sangong"])]
        self.tables = []

    def fname(self, code):
        return self.fnames.get(code) or self.func[code]

    def f(self, code, what):
        b, p = self.frows[code] if code else (self.basic_total, self.project_total)
        return {"total": b + p, "basic": b, "project": p}[what]

    # ---- economic aggregates
    def dept_rows(self, lines_basic=True, lines_project=True):
        """{dept code: [total, personnel, public, project]} for 类 and 款."""
        out = {}
        for d, _g, a, pu in self.basic_lines if lines_basic else []:
            for k in (d[:3], d):
                r = out.setdefault(k, [D(0)] * 4)
                r[0] += a
                r[1 if pu == "p" else 2] += a
        for d, _g, a in self.project_lines if lines_project else []:
            for k in (d[:3], d):
                r = out.setdefault(k, [D(0)] * 4)
                r[0] += a
                r[3] += a
        return dict(sorted(out.items()))

    def gov_rows(self, lines_basic=True, lines_project=True):
        out = {}
        for _d, g, a, pu in self.basic_lines if lines_basic else []:
            for k in (g[:3], g):
                r = out.setdefault(k, [D(0)] * 4)
                r[0] += a
                r[1 if pu == "p" else 2] += a
        for _d, g, a in self.project_lines if lines_project else []:
            for k in (g[:3], g):
                r = out.setdefault(k, [D(0)] * 4)
                r[0] += a
                r[3] += a
        return dict(sorted(out.items()))

    def pair_rows(self):
        """Rows (dept, gov) of a table printing both systems: {(dcode, gcode): [total, pers, pub, project]}."""
        out = {}
        for d, g, a, pu in self.basic_lines:
            r = out.setdefault((d, g), [D(0)] * 4)
            r[0] += a
            r[1 if pu == "p" else 2] += a
        for d, g, a in self.project_lines:
            r = out.setdefault((d, g), [D(0)] * 4)
            r[0] += a
            r[3] += a
        return dict(sorted(out.items()))

    def ops_total(self):
        return sum(a for d, _g, a, pu in self.basic_lines if pu == "u" and d[:3] in ("302", "310", "399"))

    def fig(self, key):
        """A figure a narrative claim states, from the tables."""
        return {
            "total": self.total,
            "basic": self.basic_total,
            "project": self.project_total,
            "personnel": self.personnel,
            "public": self.public,
            "sg": sum(self.sg),
            "sgb": sum(self.sg_budget),
            "ops": self.ops_total(),
        }[key]


# ============================================================================ identities
def identities(doc: Doc) -> None:
    name = doc.spec["file"]
    for c, r in doc.frows.items():
        kids = [k for k in doc.frows if len(k) == len(c) + 2 and k.startswith(c)]
        if kids:
            assert [sum(doc.frows[k][i] for k in kids) for i in (0, 1)] == r, (name, c)
    assert sum(doc.frows[c][0] for c in doc.frows if len(c) == 3) == doc.basic_total, name
    assert doc.personnel + doc.public == doc.basic_total, name
    dr, gr = doc.dept_rows(), doc.gov_rows()
    for rows in (dr, gr):
        cls = [r for c, r in rows.items() if len(c) == 3]
        assert sum(r[0] for r in cls) == (doc.total if doc.project_lines else doc.basic_total), name
        for c, r in rows.items():
            assert r[0] == r[1] + r[2] + r[3], (name, c)
            kids = [k for k in rows if len(k) == 5 and k.startswith(c)] if len(c) == 3 else []
            if kids:
                assert [sum(rows[k][i] for k in kids) for i in range(4)] == r, (name, c)
    if doc.project_lines:
        assert sum(r[3] for c, r in dr.items() if len(c) == 3) == doc.project_total, name
    assert sum(r[1] for c, r in gr.items() if len(c) == 3) == doc.personnel, name
    for t in doc.tables:
        if t.kind == "coded" and t.style.get("check_sum", True):
            vals = [r for r in t.rows if r[0] is not None and len(r[0]) == 3]
            tot = [r for r in t.rows if r[0] is None]
            if vals and tot:
                for i in range(len(t.keys)):
                    s = sum((r[2][i] or D(0)) for r in vals)
                    assert s == (tot[0][2][i] or D(0)), (name, t.title, i)
            parts = t.style.get("parts")  # (total index, [part indexes])
            if parts:
                ti, pis = parts
                for r in t.rows:
                    assert (r[2][ti] or D(0)) == sum((r[2][i] or D(0)) for i in pis), (name, t.title, r[:2])


# ============================================================================ expectations
def expectations(doc: Doc) -> list:
    out = []
    for t in doc.tables:
        if t.kind == "empty" or t.style.get("no_expect"):
            continue
        rows = []
        if t.kind == "coded":
            for code, nm, vals, gov in t.rows:
                cols = {}
                for k, x in zip(t.keys, vals):
                    if k is None or x is None:
                        continue
                    s = t.cell(x)
                    if s is None:
                        continue
                    cols[k] = s + ("?" if x == 0 else "")
                if cols:
                    row = (code, nm, cols)
                    if gov is not None and code is not None:
                        row = row + (nm,)
                    rows.append(row)
        elif t.kind == "two":
            for ln, lv, rn, rv in t.rows:
                if ln and lv is not None and t.cell(lv, True):
                    rows.append((None, ln, {t.keys[0]: fmt(lv) + ("?" if lv == 0 else "")}))
                if rn and rv is not None and t.cell(rv, True):
                    rows.append((None, rn, {t.keys[1]: fmt(rv) + ("?" if rv == 0 else "")}))
        elif t.kind == "blocks":
            for block in t.rows:
                for code, nm, x in block:
                    s = t.cell(x)
                    if s is not None:
                        rows.append((code, nm, {"total": s + ("?" if x == 0 else "")}))
            for nm, x, _span in t.totals:
                rows.append((None, nm, {"total": fmt(x)}))
        elif t.kind == "sangong":
            for phase, vals in t.rows:
                cols = {}
                for k, x in zip(t.keys, vals):
                    cols[k + ("@budget" if phase == "budget" and doc.final else "")] = fmt(x) + (
                        "?" if x == 0 else ""
                    )
                rows.append((None, "*", cols))
        out.append(dict(table=t.style.get("expect_key", t.key), unit=doc.unit, rows=rows))
    return out


# ============================================================================ rendering
class Out:
    def __init__(self, mode, header=None):
        self.mode = mode
        self.lines = []
        self.page = 1
        self.feed = False
        self.header = header
        self.marks = []  # (line index, "rule") for the pdf

    @property
    def layout(self):
        return self.mode in ("layout", "pdf")

    def put(self, line=""):
        # (layout text as pdftotext -layout prints it: a word at the character index of its column)
        line = char_aligned(line) if self.mode == "layout" else line
        self.lines.append(("\f" if self.feed else "") + line)
        self.feed = False

    def turn(self):
        self.put((" " * 40 if self.layout else "") + f"- {self.page} -")
        self.page += 1
        self.feed = True
        if self.header:
            self.put(self.header)

    def para(self, text, indent=True):
        for piece in text.split("↵"):
            lead = "    " if (self.layout and indent) else ""
            for line in wrap(lead + piece, WIDTH):
                self.put(line)

    def text(self):
        self.put((" " * 40 if self.layout else "") + f"- {self.page} -")
        return "\n".join(self.lines) + "\n"

    def cells_row(self, cells):
        """One row of a table: cells [(text, width, align)] (text None: blank)."""
        if self.mode == "plain":
            self.put(" ".join(t for t, _w, _a in cells if t))
            return
        if self.mode == "cells":
            for t, _w, _a in cells:
                if t:
                    self.put(t)
                    self.put("")
            return
        s = ""
        for t, w, a in cells:
            t = t or ""
            pad = max(w - width(t), 1)
            s += (" " * pad + t if a == "r" else t + " " * pad) + ("  " if a == "r" else "")
        self.put(s.rstrip())
        self.marks.append(len(self.lines) - 1)


def heading(o, doc, t, form):
    title = t.title
    if o.layout:
        o.put(" " * max(4, (WIDTH - width(title)) // 2) + title)
        o.put(" " * 70 + form)
        o.put(f"单位名称：{doc.u}" + " " * 36 + f"金额单位：{doc.unit}")
    else:
        o.put(form)
        o.put(title)
        o.put(f"单位名称：{doc.u}")
        o.put(f"金额单位：{doc.unit}")


def name_pieces(name, n):
    if not n or len(name) <= n:
        return [name]
    return [name[:n], name[n:]]


def code_text(code, split):
    if code and split and len(code) > 3:
        return " ".join([code[:3]] + [code[i : i + 2] for i in range(3, len(code), 2)])
    return code


def render_coded(o, doc, t, form):
    heading(o, doc, t, form)
    st = t.style
    wrapn = st.get("wrap", 0)
    split = st.get("split", False)
    gov_cols = st.get("gov_cols", False)  # rows print (code, name, gcode, gname)
    fw = st.get("fig_w", 14)
    cw = 10 if not split else 11
    if gov_cols:
        cw = 14  # "部门经济分类" over the code column
    pieces_all = [p for code, nm, _v, _g in t.rows for p in (name_pieces(nm, wrapn) if code else [nm])]
    nw = max([st.get("name_w", 30)] + [width(p) + 2 for p in pieces_all])
    gw = max([22] + [width(p) + 2 for *_x, g in t.rows if g for p in name_pieces(g[1], wrapn)])
    # header
    lead = [("科目编码", cw, "l"), ("科目名称", nw, "l")]
    if gov_cols:
        lead = [
            ("部门经济分类", cw, "l"),
            ("科目名称", nw, "l"),
            ("政府经济分类", cw + 2, "l"),
            ("科目名称", gw, "l"),
        ]
    if st.get("code_head"):
        lead[0] = (st["code_head"], cw, "l")
    groups = st.get("groups")  # a header line above: [(label, span)]
    if groups:
        gl = [(None, w, a) for _t, w, a in lead]
        for lab, span in groups:
            w = fw * span + 2 * (span - 1)
            if lab:  # a merged header cell: its label centred over its columns
                left = (w - width(lab)) // 2 + 2
                lab = " " * left + lab
            gl.append((lab, w + 2, "l"))
        if o.mode == "plain":
            o.put(" ".join(g for g, _s in groups if g))
        elif o.mode == "cells":
            for g, _s in groups:
                if g:
                    o.put(g)
                    o.put("")
        else:
            o.cells_row(gl)
    o.cells_row(lead + [(h.split("/")[-1], fw, "r") for h in t.heads])
    for code, nm, vals, gov in t.rows:
        pieces = name_pieces(nm, wrapn) if code else [nm]
        ct = code_text(code, split) if code else None
        first = [(ct, cw, "l"), (pieces[0], nw, "l")]
        if code is None:
            first = [(None, cw, "l"), (nm, nw, "l")]
        if gov_cols:
            gpieces = name_pieces(gov[1], wrapn) if gov else [None]
            first += [((gov[0] if gov else None), cw + 2, "l"), (gpieces[0], gw, "l")]
        figs = [(t.cell(x, force=st.get("print_zero", False)), fw, "r") for x in vals]
        if st.get("dash_zero"):
            figs = [("-" if (x is not None and x == 0) else f, w, a) for (f, w, a), x in zip(figs, vals)]
        o.cells_row(first + figs)
        tail = pieces[1:] or []
        gtail = name_pieces(gov[1], wrapn)[1:] if (gov_cols and gov) else []
        if tail or gtail:
            row = [(None, cw, "l"), (tail[0] if tail else None, nw, "l")]
            if gov_cols:
                row += [(None, cw + 2, "l"), (gtail[0] if gtail else None, gw, "l")]
            o.cells_row(row)
    if t.note:
        o.put(t.note)


def render_two(o, doc, t, form):
    heading(o, doc, t, form)
    o.cells_row([("收        入", 40, "l"), (None, 14, "r"), ("支        出", 40, "l"), (None, 14, "r")])
    o.cells_row([("项    目", 40, "l"), (t.heads[0], 14, "r"), ("项    目", 40, "l"), (t.heads[1], 14, "r")])
    for ln, lv, rn, rv in t.rows:
        o.cells_row(
            [
                (ln or None, 40, "l"),
                (t.cell(lv, True) if lv is not None else None, 14, "r"),
                (rn or None, 40, "l"),
                (t.cell(rv, True) if rv is not None else None, 14, "r"),
            ]
        )
    if t.note:
        o.put(t.note)


def render_blocks(o, doc, t, form):
    heading(o, doc, t, form)
    st = t.style
    split = st.get("split", False)
    wrapn = st.get("wrap", 0)
    nw = max(
        [st.get("name_w", 26)]
        + [width(p) + 2 for b in t.rows for _c, nm, _x in b for p in name_pieces(nm, wrapn)]
    )
    cw = 10 if split else 8
    fw = 13
    nb = len(t.rows)
    groups = st.get("groups")
    if groups:
        row = []
        for lab, span in groups:
            row.append((lab, (cw + nw + fw + 2) * span, "l"))
        o.cells_row(row)
    head = []
    for _b in range(nb):
        head += [("科目编码", cw, "l"), ("科目名称", nw, "l"), (st.get("amount_head", "决算数"), fw, "r")]
    o.cells_row(head)

    def tot_row():
        row = []
        spans = list(t.totals)
        for nm, x, span in spans:
            row += [(None, cw, "l"), (nm, nw, "l"), (fmt(x), fw, "r")]
            for _k in range(span - 1):
                row += [(None, cw, "l"), (None, nw, "l"), (None, fw, "r")]
        o.cells_row(row)

    if st.get("totals_first"):
        tot_row()
    n = max(len(b) for b in t.rows)
    for i in range(n):
        row, tail = [], []
        for b in t.rows:
            if i < len(b):
                code, nm, x = b[i]
                pieces = name_pieces(nm, wrapn)
                row += [(code_text(code, split), cw, "l"), (pieces[0], nw, "l"), (t.cell(x), fw, "r")]
                tail += [(None, cw, "l"), (pieces[1] if len(pieces) > 1 else None, nw, "l"), (None, fw, "r")]
            else:
                row += [(None, cw, "l"), (None, nw, "l"), (None, fw, "r")]
                tail += [(None, cw, "l"), (None, nw, "l"), (None, fw, "r")]
        o.cells_row(row)
        if any(x[0] for x in tail):
            o.cells_row(tail)
    if not st.get("totals_first"):
        tot_row()
    if t.note:
        o.put(t.note)


def render_sangong(o, doc, t, form):
    heading(o, doc, t, form)
    labels = [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行费",
        "公务用车购置费",
        "公务用车运行费",
        "公务接待费",
    ]
    if doc.final:
        o.cells_row([(None, 8, "l")] + [(x, 14, "r") for x in labels])
        for phase, vals in t.rows:
            o.cells_row(
                [("预算数" if phase == "budget" else "决算数", 8, "l")] + [(fmt(x), 14, "r") for x in vals]
            )
    else:
        o.cells_row([(x, 14, "r") for x in labels])
        for _phase, vals in t.rows:
            o.cells_row([(fmt(x), 14, "r") for x in vals])
    if t.note:
        o.put(t.note)


def render_empty(o, doc, t, form):
    heading(o, doc, t, form)
    o.cells_row([("科目编码", 10, "l"), ("科目名称", 30, "l")] + [(h, 14, "r") for h in t.heads])
    o.put(t.note)


RENDER = {
    "coded": render_coded,
    "two": render_two,
    "blocks": render_blocks,
    "sangong": render_sangong,
    "empty": render_empty,
}


def render(doc: Doc, mode: str, front: list, back: list, forms: list) -> Out:
    o = Out(mode, header=doc.spec.get("running"))
    for kind, text in front:
        if kind == "turn":
            o.turn()
        elif kind == "centre":
            o.put((" " * max(0, (WIDTH - width(text)) // 2) if o.layout else "") + text)
        elif kind == "line":
            o.put(text)
        else:
            o.para(text)
    for t, form in zip(doc.tables, forms):
        o.turn()
        RENDER[t.kind](o, doc, t, form)
    o.turn()
    for kind, text in back:
        if kind == "turn":
            o.turn()
        elif kind == "line":
            o.put(text)
        else:
            o.para(text)
    return o


# ============================================================================ PDF
def write_pdf(path, o: Out, producer="rules_s33e gen.py"):
    """The layout lines drawn at their column positions (a character column is half a 9-point em), one page
    per form feed, a thin rule under each table row."""
    from minipdf import A4, MiniCanvas

    size = 8.0
    half = size / 2
    c = MiniCanvas(path, A4, producer=producer)
    pages = [[]]
    marks = set(o.marks)
    for i, line in enumerate(o.lines):
        if line.startswith("\f"):
            pages.append([])
            line = line[1:]
        pages[-1].append((line, i in marks))
    for p in pages:
        y = 800.0
        c.setFont("F", size)
        c.setLineWidth(0.4)
        for line, ruled in p:
            col = 0
            k = 0
            while k < len(line):
                if line[k] == " ":
                    col += 1
                    k += 1
                    continue
                j = k
                word = ""
                wcol = col
                while j < len(line) and not (line[j] == " " and (j + 1 >= len(line) or line[j + 1] == " ")):
                    word += line[j]
                    col += dw(line[j])
                    j += 1
                c.drawString(round(20 + wcol * half, 2), round(y, 2), word)
                k = j
            if ruled:
                c.line(18, y - 3, 577, y - 3)
            y -= size + 4.5
        c.showPage()
    c.save()


# ============================================================================ table builders
EB = "general_budget_basic_by_economic"
XE = "expenditure_by_economic"
OPS = "operating_costs"
ZERO_CLASS = {"307": "债务利息及费用支出", "309": "资本性支出（基本建设）", "312": "对企业补助"}


def func_rows(doc, fn, total_first=True, label="合计"):
    rows = [(c, doc.fname(c), fn(c), None) for c in doc.frows]
    tot = (None, label, fn(None), None)
    return [tot] + rows if total_first else rows + [tot]


def class_names(doc):
    return [(doc.func[c], doc.f(c, "total")) for c in doc.frows if len(c) == 3]


def two_rows(left, right, bottom_left, bottom_right):
    n = max(len(left), len(right))
    left = left + [("", None)] * (n - len(left))
    right = right + [("", None)] * (n - len(right))
    rows = [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]
    rows += [(a, av, b, bv) for (a, av), (b, bv) in zip(bottom_left, bottom_right)]
    return rows


def econ_one(
    doc,
    title,
    total_first=False,
    zero=(),
    gov_cols=False,
    keys=("total", "personnel", "public_funds"),
    heads=("合计", "人员经费", "公用经费"),
    **style,
):
    """The basic table by dept code in one block (合计 | 人员经费 | 公用经费); zero: 款 printed with no figure;
    gov_cols: each 款 row prints its gov code and name too (a dept 款 split over two gov codes prints twice)."""
    rows = []
    dr = doc.dept_rows(lines_project=False)
    zero = list(zero)
    codes = sorted(set(dr) | set(zero))
    for c in codes:
        if c in dr:
            r = dr[c]
            vals = [r[0], r[1], r[2]]
        else:
            vals = [D(0), D(0), D(0)]
        if gov_cols and len(c) == 5:
            pairs = [(d, g) for d, g, _a, _p in doc.basic_lines if d == c]
            seen = []
            for d, g in pairs:
                if g in seen:
                    continue
                seen.append(g)
                t = [D(0)] * 3
                for d2, g2, a, pu in doc.basic_lines:
                    if d2 == d and g2 == g:
                        t[0] += a
                        t[1 if pu == "p" else 2] += a
                rows.append((c, doc.dept[c], t, (g, doc.gov[g])))
            if not pairs:
                rows.append((c, doc.dept[c], vals, None))
        else:
            rows.append((c, doc.dept[c], vals, None))
    tot = (None, "合计", [doc.basic_total, doc.personnel, doc.public], None)
    rows = [tot] + rows if total_first else rows + [tot]
    return Table(EB, title, "coded", heads, keys, rows, gov_cols=gov_cols, parts=(0, [1, 2]), **style)


def econ_blocks(doc, title, n, zero=(), totals_first=False, **style):
    dr = doc.dept_rows(lines_project=False)
    zero = set(zero)

    def block(classes):
        out = []
        for cls in classes:
            codes = sorted(c for c in set(dr) | zero if c[:3] == cls)
            for c in codes:
                name = doc.dept.get(c) or ZERO_CLASS[c]
                out.append((c, name, dr[c][0] if c in dr else D(0)))
        return out

    has = lambda c: c in dr or c in zero  # noqa: E731
    if n == 3:
        blocks = [
            block([c for c in ("301", "303") if has(c)]),
            block(["302"]),
            block([c for c in ("307", "309", "310", "312", "399") if has(c)]),
        ]
        totals = [("人员经费合计", doc.personnel, 1), ("公用经费合计", doc.public, 2)]
    else:
        blocks = [
            block([c for c in ("301", "303") if has(c)]),
            block([c for c in ("302", "307", "309", "310", "312", "399") if has(c)]),
        ]
        totals = [("人员经费合计", doc.personnel, 1), ("公用经费合计", doc.public, 1)]
    # re-add: 人员经费合计 = Σ its block's 类, 公用经费合计 = Σ the others' 类
    assert sum(x for c, _n, x in blocks[0] if len(c) == 3) == doc.personnel
    assert sum(x for b in blocks[1:] for c, _n, x in b if len(c) == 3) == doc.public
    return Table(EB, title, "blocks", rows=blocks, totals=totals, totals_first=totals_first, **style)


def econ_gov(doc, title, key, basic_only, heads, keys, idx, total_first=True, **style):
    """By gov code: idx picks the figures of [total, personnel, public, project] per column (-1: basic)."""
    gr = doc.gov_rows(lines_project=not basic_only)

    def pick(r):
        return [(r[1] + r[2]) if i == -1 else r[i] for i in idx]

    tot = [D(0)] * 4
    for c, r in gr.items():
        if len(c) == 3:
            tot = [a + b for a, b in zip(tot, r)]
    rows = [(c, doc.gov[c], pick(r), None) for c, r in gr.items()]
    trow = (None, "合计", pick(tot), None)
    rows = [trow] + rows if total_first else rows + [trow]
    return Table(key, title, "coded", heads, keys, rows, **style)


def econ_pairs(doc, title, key, heads, keys, idx, total_first=True, **style):
    """Both systems per row: 类 rows by dept code (gov blank), 款 rows one per (dept, gov) pair."""
    dr = doc.dept_rows()
    pr = doc.pair_rows()

    def pick(r):
        return [(r[1] + r[2]) if i == -1 else r[i] for i in idx]

    rows = []
    for c, r in dr.items():
        if len(c) == 3:
            rows.append((c, doc.dept[c], pick(r), None))
            for (d, g), pr_ in pr.items():
                if d[:3] == c:
                    rows.append((d, doc.dept[d], pick(pr_), (g, doc.gov[g])))
    tot = [D(0)] * 4
    for c, r in dr.items():
        if len(c) == 3:
            tot = [a + b for a, b in zip(tot, r)]
    trow = (None, "合计", pick(tot), None)
    rows = [trow] + rows if total_first else rows + [trow]
    return Table(key, title, "coded", heads, keys, rows, gov_cols=True, **style)


def project_econ(doc, title, key, total_first=True, by="dept", **style):
    rows = []
    lines = doc.project_lines
    agg = {}
    for d, g, a in lines:
        c = d if by == "dept" else g
        for k in (c[:3], c):
            agg[k] = agg.get(k, D(0)) + a
    names = doc.dept if by == "dept" else doc.gov
    for c in sorted(agg):
        rows.append((c, names[c], [agg[c]], None))
    trow = (None, "合计", [doc.project_total], None)
    rows = [trow] + rows if total_first else rows + [trow]
    return Table(key, title, "coded", ["项目支出"], ["project"], rows, **style)


def ops_table(doc, title, head="金额", key_col="total", total_first=True, **style):
    agg = {}
    for d, _g, a, pu in doc.basic_lines:
        if pu == "u" and d[:3] in ("302", "310", "399"):
            for k in (d[:3], d):
                agg[k] = agg.get(k, D(0)) + a
    rows = [(c, doc.dept[c], [agg[c]], None) for c in sorted(agg)]
    trow = (None, "合计", [doc.ops_total()], None)
    rows = [trow] + rows if total_first else rows + [trow]
    return Table(OPS, title, "coded", [head], [key_col], rows, **style)


def sangong_table(doc, title, note):
    def six(f):
        out_, buy, run, rec = f
        return [out_ + buy + run + rec, out_, buy + run, buy, run, rec]

    keys = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    rows = (
        [("budget", six(doc.sg_budget)), ("actual", six(doc.sg))] if doc.final else [("budget", six(doc.sg))]
    )
    return Table("sangong", title, "sangong", keys=keys, rows=rows, note=note)


def budget_core(doc, total_first=True):
    """Tables 1-5 of a budget (收支总表 … 一般公共预算支出表)."""
    u, y = doc.u, doc.y
    T = doc.total
    left = [
        ("一、一般公共预算拨款收入", T),
        ("二、政府性基金预算拨款收入", None),
        ("三、国有资本经营预算拨款收入", None),
        ("四、事业收入", None),
        ("五、其他收入", None),
    ]
    right = [(f"{n}", x) for n, x in class_names(doc)]
    t1 = Table(
        "income_expenditure_summary",
        f"{u}{y}年部门收支总表",
        "two",
        ["预算数", "预算数"],
        ["income", "expenditure"],
        two_rows(left, right, [("本年收入合计", T), ("收入总计", T)], [("本年支出合计", T), ("支出总计", T)]),
    )
    t2 = Table(
        "income_by_function",
        f"{u}{y}年部门收入总表",
        "coded",
        ["合计", "一般公共预算拨款收入"],
        ["total", "general_public"],
        func_rows(doc, lambda c: [doc.f(c, "total")] * 2, total_first),
    )
    t3 = Table(
        "expenditure_by_function",
        f"{u}{y}年部门支出总表",
        "coded",
        ["合计", "基本支出", "项目支出"],
        ["total", "basic", "project"],
        func_rows(doc, lambda c: [doc.f(c, "total"), doc.f(c, "basic"), doc.f(c, "project")], total_first),
        parts=(0, [1, 2]),
    )
    left = [
        ("一、本年收入", T),
        ("（一）一般公共预算拨款", T),
        ("（二）政府性基金预算拨款", None),
        ("（三）国有资本经营预算拨款", None),
        ("二、上年结转", None),
    ]
    t4 = Table(
        "fiscal_summary",
        f"{u}{y}年财政拨款收支总表",
        "two",
        ["预算数", "预算数"],
        ["income", "expenditure"],
        two_rows(left, right, [("收入总计", T)], [("支出总计", T)]),
    )
    t5 = Table(
        "general_budget_by_function",
        f"{u}{y}年一般公共预算支出表",
        "coded",
        ["合计", "基本支出", "项目支出"],
        ["total", "basic", "project"],
        func_rows(doc, lambda c: [doc.f(c, "total"), doc.f(c, "basic"), doc.f(c, "project")], total_first),
        parts=(0, [1, 2]),
    )
    return [t1, t2, t3, t4, t5]


def final_core(doc, total_first=True):
    T = doc.total
    left = [
        ("一、财政拨款收入", T),
        ("二、上级补助收入", None),
        ("三、事业收入", None),
        ("四、经营收入", None),
        ("五、附属单位上缴收入", None),
        ("六、其他收入", None),
    ]
    right = class_names(doc)
    t1 = Table(
        "income_expenditure_summary",
        "收入支出决算总表",
        "two",
        ["决算数", "决算数"],
        ["income", "expenditure"],
        two_rows(
            left,
            right,
            [("本年收入合计", T), ("年初结转和结余", None), ("总计", T)],
            [("本年支出合计", T), ("年末结转和结余", None), ("总计", T)],
        ),
    )
    t2 = Table(
        "income_by_function",
        "收入决算表",
        "coded",
        ["本年收入合计", "财政拨款收入"],
        ["total", "fiscal_appropriation"],
        func_rows(doc, lambda c: [doc.f(c, "total")] * 2, total_first),
    )
    t3 = Table(
        "expenditure_by_function",
        "支出决算表",
        "coded",
        ["本年支出合计", "基本支出", "项目支出"],
        ["total", "basic", "project"],
        func_rows(doc, lambda c: [doc.f(c, "total"), doc.f(c, "basic"), doc.f(c, "project")], total_first),
        parts=(0, [1, 2]),
    )
    left = [
        ("一、一般公共预算财政拨款", T),
        ("二、政府性基金预算财政拨款", None),
        ("三、国有资本经营预算财政拨款", None),
    ]
    t4 = Table(
        "fiscal_summary",
        "财政拨款收入支出决算总表",
        "two",
        ["决算数", "决算数"],
        ["income", "expenditure"],
        two_rows(left, right, [("本年收入合计", T), ("总计", T)], [("本年支出合计", T), ("总计", T)]),
    )
    t5 = Table(
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表",
        "coded",
        ["小计", "基本支出", "项目支出"],
        ["total", "basic", "project"],
        func_rows(doc, lambda c: [doc.f(c, "total"), doc.f(c, "basic"), doc.f(c, "project")], total_first),
        parts=(0, [1, 2]),
    )
    return [t1, t2, t3, t4, t5]


def empty_table(key, title, heads, note):
    return Table(key, title, "empty", heads, [], [], note=note)


# ============================================================================ narrative
def pct(a, b):
    return (a * 100 / b).quantize(D("0.01"))


def change_words(now, prior):
    c = now - prior
    r = pct(abs(c), prior)
    if c >= 0:
        return f"增加{fmt(c)}{{u}}，增长{r}%", c, r
    return f"减少{fmt(-c)}{{u}}，下降{r}%", c, -r


def narrative(doc, spec):
    """说明 paragraphs and the claims they state ((kind, code, name, scope, figures) as rules_s33d)."""
    u, y, un = doc.u, doc.y, doc.unit
    T, B, P = doc.total, doc.basic_total, doc.project_total
    claims = []
    pr = spec["prior"]
    words, c, r = change_words(T, v(pr["total"]))
    words = words.format(u=un)
    paras = []
    if not doc.final:
        paras.append(
            f"一、收支预算总体情况。按照综合预算的原则，{u}所有收入和支出均纳入部门预算管理。{y}年收支总预算{fmt(T)}{un}，"
            f"比{y - 1}年预算{words}，主要原因是项目支出增加。"
        )
        claims.append(("total_income_expenditure", None, None, None, {"amount": fmt(T)}))
        claims.append(
            ("year_on_year", None, None, None, {"amount": fmt(T), "change": fmt(c), "rate": str(r)})
        )
        paras.append(
            f"二、一般公共预算支出情况。{y}年一般公共预算拨款支出{fmt(T)}{un}，其中基本支出{fmt(B)}{un}，"
            f"项目支出{fmt(P)}{un}。"
        )
        claims.append(("total_expenditure?", None, None, None, {"amount": fmt(T)}))
    else:
        paras.append(
            f"一、收入支出决算总体情况说明。{y}年度收入、支出总计均为{fmt(T)}{un}。与{y - 1}年度相比，收、支总计各{words}，"
            f"主要原因是项目支出增加。"
        )
        claims.append(("total_income_expenditure", None, None, None, {"amount": fmt(T)}))
        claims.append(
            ("year_on_year", None, None, None, {"amount": fmt(T), "change": fmt(c), "rate": str(r)})
        )
        b0 = v(spec["budget_initial"])
        rate = pct(T, b0)
        paras.append(
            f"二、一般公共预算财政拨款支出决算情况说明。{y}年度一般公共预算财政拨款支出年初预算为{fmt(b0)}{un}，"
            f"支出决算为{fmt(T)}{un}，完成年初预算的{rate}%。其中：基本支出{fmt(B)}{un}，项目支出{fmt(P)}{un}。"
        )
        claims.append(
            (
                "execution",
                None,
                None,
                "general_budget",
                {"budget": fmt(b0), "actual": fmt(T), "rate": str(rate)},
            )
        )
    paras.append(
        f"三、一般公共预算{'财政拨款' if doc.final else ''}基本支出{'决算' if doc.final else ''}情况说明。"
        f"{y}年{'度' if doc.final else ''}基本支出{fmt(B)}{un}，其中：人员经费{fmt(doc.personnel)}{un}，主要包括基本工资、"
        f"津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、"
        f"{'医疗费、' if y >= 2024 else ''}退休费等；公用经费{fmt(doc.public)}{un}，主要包括办公费、水费、电费、邮电费、差旅费、"
        f"维修（护）费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他交通费用、办公设备购置"
        f"{'、其他支出' if any(d.startswith('399') for d, *_x in doc.basic_lines) else ''}等。"
    )
    S = sum(doc.sg)
    out_, buy, run, rec = doc.sg
    if not doc.final:
        words, c, r = change_words(S, v(pr["sangong"]))
        paras.append(
            f"四、“三公”经费预算情况说明。{y}年“三公”经费预算{fmt(S)}{un}，比上年{words.format(u=un)}。其中：因公出国（境）费"
            f"{fmt(out_)}{un}；公务用车购置及运行费{fmt(buy + run)}{un}（其中公务用车购置费{fmt(buy)}{un}，公务用车运行费"
            f"{fmt(run)}{un}）；公务接待费{fmt(rec)}{un}。"
        )
        claims.append(
            ("year_on_year", None, "三公", None, {"amount": fmt(S), "change": fmt(c), "rate": str(r)})
        )
    else:
        SB = sum(doc.sg_budget)
        rate = pct(S, SB)
        paras.append(
            f"四、“三公”经费支出决算情况说明。{y}年度“三公”经费支出年初预算为{fmt(SB)}{un}，支出决算为{fmt(S)}{un}，"
            f"完成预算的{rate}%。其中：因公出国（境）费支出决算{fmt(out_)}{un}；公务用车购置及运行费支出决算"
            f"{fmt(buy + run)}{un}；公务接待费支出决算{fmt(rec)}{un}。"
        )
        claims.append(
            (
                "sangong_execution",
                None,
                "三公",
                None,
                {"budget": fmt(SB), "actual": fmt(S), "rate": str(rate)},
            )
        )
    ops = doc.ops_total()
    words, c, r = change_words(ops, v(pr["ops"]))
    paras.append(
        f"五、机关运行经费{'支出' if doc.final else '预算'}情况说明。{y}年{'度' if doc.final else ''}机关运行经费"
        f"{'支出' if doc.final else '预算'}{fmt(ops)}{un}，比上年{words.format(u=un)}，主要原因是厉行节约，压减一般性支出。"
    )
    claims.append(("operating_costs", None, None, None, {"amount": fmt(ops)}))
    claims.append(
        ("year_on_year", None, "机关运行经费", None, {"amount": fmt(ops), "change": fmt(c), "rate": str(r)})
    )
    return paras, claims


GLOSSARY = [
    "名词解释",
    "1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "3.人员经费：指部门预算支出经济分类中的工资福利支出和对个人和家庭的补助。",
    "4.公用经费：指部门预算支出经济分类中除人员经费以外的基本支出，包括商品和服务支出、资本性支出等。",
    "5.部门预算支出经济分类：按支出的经济性质和具体用途所作的分类，类级科目有工资福利支出、商品和服务支出、"
    "对个人和家庭的补助、资本性支出、其他支出等。",
    "6.政府预算支出经济分类：反映政府预算支出的经济性质和具体用途，类级科目有机关工资福利支出、机关商品和服务支出、"
    "机关资本性支出（一）、对事业单位经常性补助、对个人和家庭的补助等。",
    "7.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "8.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，"
    "包括办公费、印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、"
    "办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
]


def document(doc, spec, mode):
    """The whole text (cover, 目录, 部门职责, 说明, tables, 名词解释) as Out."""
    u, y = doc.u, doc.y
    what = "部门决算" if doc.final else "部门预算"
    front = [
        ("centre", f"{u}"),
        ("centre", f"{y}年{what}"),
        ("line", ""),
        ("centre", spec["date"]),
        ("turn", ""),
    ]
    front.append(("centre", "目    录"))
    front.append(("line", "第一部分 部门概况"))
    front.append(("line", f"第二部分 {y}年{what}情况说明"))
    front.append(("line", f"第三部分 {y}年{what}表"))
    for t, form in zip(doc.tables, spec["forms"]):
        front.append(("line", f"  {form} {t.title}"))
    front.append(("line", "第四部分 名词解释"))
    front.append(("turn", ""))
    front.append(("centre", "第一部分 部门概况"))
    front.append(("para", spec["duties"]))
    front.append(("turn", ""))
    front.append(("centre", f"第二部分 {y}年{what}情况说明"))
    paras, claims = narrative(doc, spec)
    for p in paras:
        front.append(("para", p))
    back = [("line", GLOSSARY[0])] + [("para", g) for g in GLOSSARY[1:]]
    return render(doc, mode, front, back, spec["forms"]), claims
