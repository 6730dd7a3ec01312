"""Figures and table writers of rules_s31b (eight whole budget reports, see rules_s31b_data.py and gen.py).

A report's money is given by its functional 项 (leaves), each split as
    (gp_b, gp_p, gf_p, ot_b, ot_p)
gp = 一般公共预算拨款, gf = 政府性基金预算拨款, ot = the report's one other source (事业收入, 其他收入 or 上年结转,
doc["other"]); _b = 基本支出, _p = 项目支出. Every table is summed here from the typed leaves and printed from
the same Table objects the expectations are read from (rules_s31b_data.py), so document and expectation
cannot differ; rules_s31b_data._identities() re-adds every printed table from its printed strings.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D("0")
C = D("0.01")

FUNC = {
    "201": "一般公共服务支出",
    "204": "公共安全支出",
    "20406": "司法",
    "2040604": "基层司法业务",
    "2040607": "法律援助",
    "2040610": "社区矫正",
    "2040612": "法治建设",
    "2040650": "事业运行",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050299": "其他普通教育支出",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "20126": "档案事务",
    "2012601": "行政运行",
    "2012604": "档案馆",
    "2012699": "其他档案事务支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出",
    "20703": "体育",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "2080802": "伤残抚恤",
    "2080803": "在乡复员、退伍军人生活补助",
    "2080805": "义务兵优待",
    "2080899": "其他优抚支出",
    "20828": "退役军人管理事务",
    "2082801": "行政运行",
    "2082804": "拥军优属",
    "2082850": "事业运行",
    "2082899": "其他退役军人事务管理支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处置",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130122": "农业生产发展",
    "2130148": "渔业发展",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130305": "水利工程建设",
    "2130311": "水资源节约管理与保护",
    "2130399": "其他水利支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
    "21366": "大中型水库库区基金安排的支出",
    "2136601": "基础设施建设和经济发展",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "2296004": "用于教育事业的彩票公益金支出",
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
    "30399": "其他对个人和家庭的补助",
}

FUNC_NAMES = FUNC

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]

GP_B, GP_P, GF_P, OT_B, OT_P = range(5)
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


def d(x) -> D:
    return D(str(x).replace(",", ""))


def r2(x) -> D:
    return d(x).quantize(C, rounding=ROUND_HALF_UP)


class Money:
    def __init__(self, leaves):
        self.L = {k: tuple(d(x) for x in v) for k, v in leaves.items()}
        self.codes = sorted({c for k in self.L for c in (k[:3], k[:5], k)})

    def t(self, part, code=""):
        idx = PARTS[part]
        return sum((sum((v[i] for i in idx), Z) for k, v in self.L.items() if k.startswith(code)), Z)

    def classes(self, part="all"):
        return [c for c in self.codes if len(c) == 3 and self.t(part, c) != 0]

    def codes_of(self, part):
        return [c for c in self.codes if self.t(part, c) != 0]


# ----------------------------------------------------------------------------------------- printing


def width(s):
    """pdftotext -layout places every character, CJK or not, at one text column (as the layout inputs of
    rules_s28f show: figures and right-hand labels align by character count)."""
    return len(s)


def ljust(s, w):
    return s + " " * max(0, w - width(s))


def rjust(s, w):
    return " " * max(0, w - width(s)) + s


class Fmt:
    """How a report prints its amounts: unit, thousands separators, what a zero cell prints."""

    def __init__(self, unit="万元", sep=True, zero=""):
        self.unit, self.sep, self.zero = unit, sep, zero

    def __call__(self, x, zero=None):
        x = d(x)
        if x == 0:
            return self.zero if zero is None else zero
        return f"{x:,.2f}" if self.sep else f"{x:.2f}"


class Table:
    """One printed table. kind: coded (code, name, values), named (name, values), two (two-sided), sangong_row,
    empty, text. cols: [(header, key)] of the value columns (key None: a comparison column, no own figure).
    rows: coded/named: (code, name, [str]); two: (left_label, [str], right_label, [str])."""

    def __init__(
        self,
        key,
        label,
        title,
        unit,
        kind,
        cols=(),
        rows=(),
        header=None,
        empty_text=None,
        text=None,
        note=None,
        split=None,
        cont="header",
        wrap=None,
        org_line=None,
        total_last=False,
    ):
        self.key, self.label, self.title, self.unit, self.kind = key, label, title, unit, kind
        self.cols, self.rows = list(cols), list(rows)
        self.header, self.empty_text, self.text, self.note = header, empty_text, text, note
        self.split, self.cont, self.wrap, self.org_line = split, cont, wrap, org_line
        self.total_last = total_last


def coded_rows(m, codes, fmt, parts, label_total="合计", names=FUNC, total_last=False, extra=None):
    """Rows 合计 + 类/款/项 of the given codes; parts: list of part names per column (or callables)."""

    def vals(code):
        out = []
        for p in parts:
            out.append(fmt(p(code) if callable(p) else m.t(p, code)))
        return out

    rows = [(code, names[code], vals(code)) for code in codes]
    total = (None, label_total, vals(""))
    if extra:
        rows = [(c, n, v + extra(c)) for c, n, v in rows]
        total = (None, label_total, total[2] + extra(""))
    return rows + [total] if total_last else [total] + rows


# ---------------------------------------------------------------------------------- plain rendering


def plain_row(cells):
    return " ".join(c for c in cells if c)


def render_plain(t: Table, page_no, footer=True):
    """Returns a list of pages (strings) for the table."""
    head = []
    if t.label and t.label.endswith("\n"):
        head.append(t.label.strip())
        head.append(t.title)
    else:
        head.append(f"{t.label} {t.title}".strip() if t.label else t.title)
    tw = getattr(t, "title_wrap", None)
    if tw:  # a long title wrapped over two lines
        head[-1:] = [head[-1][:tw], head[-1][tw:]]
    if t.org_line:
        head.append(" ".join(t.org_line.split()))
    else:
        head.append(f"单位：{t.unit}")
    hdr = list(t.header or [])
    body = []
    t.row_starts = []
    if t.kind in ("coded", "named"):
        for code, name, vals in t.rows:
            t.row_starts.append(len(body))
            cells = [c for c in vals if c]
            first = code or ""
            w, shape = t.wrap if isinstance(t.wrap, tuple) else (t.wrap, "A")
            if w and len(name) > w:
                if shape == "A":  # code and the first part; the rest of the name with the figures
                    body.append(plain_row([first, name[:w]]))
                    body.append(plain_row([name[w:], *cells]))
                else:  # code + first part, rest, figures on a line of their own
                    body.append(plain_row([first, name[:w]]))
                    body.append(name[w:])
                    body.append(plain_row(cells))
            else:
                body.append(plain_row([first, name, *cells]))
    elif t.kind == "two":
        for ll, lv, rl, rv in t.rows:
            body.append(plain_row([ll, *lv, rl, *rv]))
    elif t.kind == "sangong_row":
        for name, vals in t.rows:
            body.append(plain_row([name, *vals]))
    elif t.kind == "empty":
        body = []
    elif t.kind == "text":
        body = list(t.text)
    pages = []
    if t.kind == "empty":
        lines = head + hdr + [t.empty_text]
        pages.append(lines)
    elif t.split:
        cut = t.row_starts[t.split]
        first, rest = body[:cut], body[cut:]
        pages.append(head + hdr + first)
        if t.cont == "xubiao":
            pages.append(["续表", f"单位：{t.unit}"] + hdr + rest)
        elif t.cont == "title":
            pages.append([f"{t.title}（续）", f"单位：{t.unit}"] + hdr + rest)
        else:
            pages.append(hdr + rest)
    else:
        pages.append(head + hdr + body)
    if t.note:
        pages[-1] = pages[-1] + [t.note]
    out = []
    for i, lines in enumerate(pages):
        out.append("\n".join(lines) + (f"\n- {page_no + i} -" if footer else ""))
    return out


# --------------------------------------------------------------------------------- layout rendering


def render_layout(t: Table, page_no, widths):
    """widths: (code_w, name_w, num_w) for coded tables; two-sided: (label_w, num_w)."""
    head = []
    total_w = 96
    if t.label and t.label.endswith("\n"):
        head.append(" " * 4 + t.label.strip())
        head.append(" " * ((total_w - width(t.title)) // 2) + t.title)
    else:
        title = f"{t.label} {t.title}".strip() if t.label else t.title
        head.append(" " * ((total_w - width(title)) // 2) + title)
    if t.org_line:
        left, _, right = t.org_line.partition("   ")
        head.append(" " + ljust(left, total_w - width(right) - 2) + right)
    else:
        head.append(rjust(f"单位：{t.unit}", total_w))
    hdr = list(t.header or [])
    body = []
    t.row_starts = []
    if t.kind in ("coded", "named"):
        cw, nw, vw = widths
        for code, name, vals in t.rows:
            t.row_starts.append(len(body))
            w = t.wrap
            shape = "top"
            if isinstance(w, tuple):
                w, shape = w
            nums = "".join(rjust(v, vw) for v in vals)
            if getattr(t, "split_codes", False) and code:
                code = " ".join(x for x in (code[:3], code[3:5], code[5:7]) if x)
            if getattr(t, "proj_coded", False):
                subj = FUNC_NAMES.get(code, "") if code else ""
                name = ljust(subj, 14) + name
            if w and len(name) > w:
                if shape == "top":
                    body.append(" " + ljust(code or "", cw) + ljust(name[:w], nw) + nums)
                    body.append(" " + " " * cw + name[w:])
                else:  # centred: name halves above and below the code and figures line
                    body.append(" " + " " * cw + name[:w])
                    body.append(" " + ljust(code or "", cw) + " " * nw + nums)
                    body.append(" " + " " * cw + name[w:])
            else:
                body.append(" " + ljust(code or "", cw) + ljust(name, nw) + nums)
    elif t.kind == "two":
        lw, vw, rw = widths
        for ll, lv, rl, rv in t.rows:
            left = ljust(ll, lw) + "".join(rjust(v, vw) for v in lv)
            body.append(
                " "
                + ljust(left, lw + vw * max(1, len(lv)) + 2)
                + ljust(rl, rw)
                + "".join(rjust(v, vw) for v in rv)
            )
    elif t.kind == "sangong_row":
        lw, vw = widths[0], widths[1]
        for name, vals in t.rows:
            body.append(" " + ljust(name, lw) + "".join(rjust(v, vw) for v in vals))
    elif t.kind == "text":
        body = list(t.text)
    pages = []
    if t.kind == "empty":
        pages.append(head + hdr + ["", " " * 30 + t.empty_text, ""])
    elif t.split:
        cut = t.row_starts[t.split]
        first, rest = body[:cut], body[cut:]
        pages.append(head + hdr + first)
        if t.cont == "xubiao":
            pages.append(["续表", rjust(f"单位：{t.unit}", total_w)] + hdr + rest)
        else:
            pages.append(hdr + rest)
    else:
        pages.append(head + hdr + body)
    if t.note:
        pages[-1] = pages[-1] + [" " + t.note]
    return [
        "\n".join(x.rstrip() for x in lines) + "\n" + " " * 46 + f"- {page_no + i} -"
        for i, lines in enumerate(pages)
    ]
