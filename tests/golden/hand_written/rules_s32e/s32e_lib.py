"""Tables and their text for the rules_s32e reports: builds every printed table of a report from the figures
typed in rules_s32e_data.py and prints it as pdftotext -layout would (every character one column wide, cells
at absolute columns, a cell that would touch the text before it pushed right). Nothing here reads the parser.

What this set prints beside a report's own figures (the attack): another year's figures (上年预算数, 上年执行数,
上年决算数, "2022年预算数", "2023年决算数" in a 2024 budget), the change against it (增减额, 增减%, 比上年增减 over
金额 | 幅度), a final account's 调整预算数 (or 调整后预算数) between 年初预算数 and 决算数, and rates (完成率,
决算数占年初预算数%). Each table is a Grid: value columns (Col) each with the key its figures are expected under
(None: not the report's own, never expected; listed in the input's not_loaded), header lines of cells spanning
columns (two and three levels), rows (coded, economic, or named), and the identities its printed figures keep
(part sums, differences, rates), re-added from the printed strings at import (rules_s32e_data._identities).

Keys of the typed figures (rules_s32e_data.py):
- budget leaves "code k=v …": gp_b gp_p (一般公共预算 基本 / 项目), gf_p (政府性基金 项目), co_p (上年结转 项目),
  oth_p (其他收入 项目); pe (上年 figure of the 部门支出总表 row, a total), pg (上年 figure of the 一般公共预算支出表
  row), pf (上年 figure of the 政府性基金 table row). A leaf with pe / pg only is a 项 the unit no longer has:
  its row prints the other year and the change, no figure of its own.
- final leaves: gp_b gp_p (一般公共预算财政拨款 spent, 基本 / 项目), gf_p (政府性基金), nf_b nf_p (other money);
  income i_gp i_gf i_biz i_oth (default: i_gp = gp_b + gp_p, i_gf = gf_p, i_oth = nf_b + nf_p); yb_b yb_p (年初
  预算 of 一般公共预算, 基本 / 项目), adj (调整预算 of 一般公共预算, a total), pe (上年决算数 of the 支出决算表 row).
- econ {"30101": "cur" or "cur/prior"}; sangong (出国, 购置, 运行, 接待) of the year, sangong_prior of the year
  before, a final's sangong_budget; ops (机关运行经费) and procurement as the data file says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D(0)

FUNC = {
    "201": "一般公共服务支出",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040602": "一般行政管理事务",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "公共法律服务",
    "2040610": "社区矫正",
    "2040699": "其他司法支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "2050299": "其他普通教育支出",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "2050803": "培训支出",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080202": "一般行政管理事务",
    "2080208": "基层政权建设和社区治理",
    "2080299": "其他民政管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "2081099": "其他社会福利支出",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "20821": "特困人员救助供养",
    "2082101": "城市特困人员救助供养支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130126": "农村社会事业",
    "2130153": "农田建设",
    "21303": "水利",
    "2130301": "行政运行",
    "2130305": "水利工程建设",
    "2130306": "水利工程运行与维护",
    "2130310": "水土保持",
    "2130311": "水资源节约管理与保护",
    "2130314": "防汛",
    "2130335": "农村供水",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130505": "生产发展",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30106": "伙食补助费",
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
    "30209": "物业管理费",
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
    "30307": "医疗费补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
}

CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    return CN[i - 1] if i <= 10 else "十" + CN[i - 11]


def q2(v: D) -> D:
    return v.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def rate(num: D, den: D) -> D | None:
    """num / den in percent, two decimals (None where den is 0: the cell is blank)."""
    return None if not den else q2(num / den * 100)


# ------------------------------------------------------------------------------------------ formats


@dataclass
class Fmt:
    """How a table prints an amount: unit, thousands separators, zero cells ("" blank, "0.00", "-"), and how
    it prints a percentage ("5.32" or "5.32%")."""

    unit: str = "万元"
    sep: bool = True
    zero: str = ""
    pct: str = ""

    def num(self, v: D) -> str:
        a = abs(v).quantize(D("0.01"))
        s = f"{a:,.2f}" if self.sep else f"{a:.2f}"
        return "-" + s if v < 0 else s

    def cell(self, v, kind: str = "money") -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        if kind == "pct":
            return f"{q2(v):.2f}{self.pct}"
        if kind == "change":
            return "0.00" if v == 0 else self.num(v)
        if v == 0:
            return self.zero
        return self.num(v)

    def want(self, v) -> str | None:
        if v is None or (v == 0 and not self.zero):
            return None
        if v == 0:
            return "0.00?"
        return self.num(v)


@dataclass
class Col:
    key: str | None  # expectation key ("total", "basic@budget", "{k}" = the row's item key); None: not own
    head: str  # the column's own header word (its lowest header cell), for the not_loaded list
    kind: str = "money"  # "money" | "change" | "pct"
    w: int = 12
    q: str = ""  # the quantity it prints (s32e_lib.RELS names how quantities relate)


@dataclass
class Row:
    code: str | None
    name: str
    vals: list
    rkey: str | None = None  # a named row's item key (三公 items as rows)
    total: bool = False


@dataclass
class Grid:
    code: str  # report's key of the table (EXP, GB, …)
    key: str  # table key (vocabulary)
    title: str
    unit: str
    fmt: Fmt
    cols: list[Col]
    heads: list[
        list[tuple]
    ]  # header lines: [(text, first, last)], first/last value column indices or "C"/"N"/"L"
    rows: list[Row] = field(default_factory=list)
    label: str = "coded"  # "coded" | "econ" | "named" | "none"
    empty: tuple | None = None  # (style, statement)
    tree: str | None = "code"  # "code": 类 = Σ 款 = Σ 项, 合计 = Σ 类; "named": the 合计 row = Σ the others;
    # "items": 三公 items as rows (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行); "sgcols": 三公 items as columns
    lw: int = 40  # label area width (named rows)
    nw: int = 26  # name column width (coded rows)
    wrap: int | None = None  # names wrapped at this many characters
    kind: str = "grid"

    def cell(self, i: int, v) -> str:
        return self.fmt.cell(v, self.cols[i].kind)


@dataclass
class Two:
    """A two-sided summary: rows (left label, left value, right label, right values)."""

    code: str
    key: str
    title: str
    unit: str
    fmt: Fmt
    rows: list
    rheads: list  # the right side's value column heads
    lhead: str
    kind: str = "two"


# ------------------------------------------------------------------------------------------ figures


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


def rollup(leaves: dict) -> dict:
    out: dict = {}
    for code, parts in leaves.items():
        for c in (code[:3], code[:5], code):
            out[c] = add(out.get(c, {}), parts)
    return dict(sorted(out.items()))


def total(rows: dict) -> dict:
    t: dict = {}
    for c, parts in rows.items():
        if len(c) == 3:
            t = add(t, parts)
    return t


def s(p: dict, *keys: str) -> D:
    return sum((p.get(k, Z) for k in keys), Z)


def econ_split(doc: dict) -> tuple[dict, dict]:
    cur, prior = {}, {}
    for c, v in doc["econ"].items():
        a, _, b = v.partition("/")
        cur[c] = D(a)
        prior[c] = D(b) if b else Z
    return cur, prior


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


SG_KEYS = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]


# ------------------------------------------------------------------------------------------ expectations


def expectations(t) -> dict:
    rows = []
    if t.kind == "two":
        for ll, lv, rl, rv in t.rows:
            if ll and t.fmt.want(lv):
                rows.append((None, ll, {"income": t.fmt.want(lv)}))
            if rl:
                rv = rv if isinstance(rv, list) else [rv]
                keys = [k for _h, k in t.rheads]
                want = {k: t.fmt.want(v) for k, v in zip(keys, rv, strict=True) if k and t.fmt.want(v)}
                if want:
                    rows.append((None, rl, want))
        return dict(table=t.key, unit=t.unit, rows=rows)
    for r in t.rows:
        want = {}
        other: dict = {}  # a column keyed "label>key": its figure is the row label's (categories as columns)
        for c, v in zip(t.cols, r.vals, strict=True):
            if c.key is None or c.kind != "money":
                continue
            w = t.fmt.want(v)
            if w is not None and ">" in c.key:
                lab, _, k = c.key.partition(">")
                other.setdefault(lab, {})[k] = w
            elif w is not None:
                want[c.key.format(k=r.rkey)] = w
        rows += [(None, lab, w) for lab, w in other.items()]
        if not want:
            continue
        if t.label == "none":
            rows.append((None, "*", want))
        elif r.code:
            names = ECON if t.label == "econ" else FUNC
            rows.append((r.code, names[r.code], want))
        else:
            rows.append((None, r.name.strip(), want))
    if not t.rows and t.empty and t.empty[0] == "zero":
        rows.append((None, "合计", {c.key: "0.00?" for c in t.cols if c.key}))
    return dict(table=t.key, unit=t.unit, rows=rows)


def not_loaded(t) -> str | None:
    """The figures a table prints that are not the report's own: its other columns' heads and first figures."""
    if t.kind != "grid":
        return None
    out = []
    for i, c in enumerate(t.cols):
        if c.key is not None:
            continue
        figs = [t.cell(i, r.vals[i]) for r in t.rows if t.cell(i, r.vals[i])]
        if figs:
            out.append(f"{c.head} ({len(figs)}: {' '.join(figs[:3])}{' …' if len(figs) > 3 else ''})")
    return f"{t.title}: " + "; ".join(out) if out else None


# ------------------------------------------------------------------------------------------ printing


def place(cells) -> str:
    """cells: (text, start, width, align) at absolute columns, left to right. A cell that would touch the
    text before it is pushed right, and every later cell of the line with it (as pdftotext does)."""
    out = ""
    shift = 0
    for text, start, width, align in sorted(cells, key=lambda c: c[1]):
        if not text:
            continue
        if align == "r":
            x = start + width - len(text)
        elif align == "c":
            x = start + max(0, (width - len(text)) // 2)
        else:
            x = start
        x += shift
        need = len(out.rstrip()) + (1 if out.strip() else 0)
        if x < need:
            shift += need - x
            x = need
        out = out.ljust(x) + text
    return out.rstrip()


def pieces(text: str, w: int | None) -> list[str]:
    if not w or len(text) <= w:
        return [text]
    return [text[i : i + w] for i in range(0, len(text), w)]


class Printer:
    """Writes a report as pdftotext -layout text: pages parted by form feeds, a running head atop every page
    but the cover, a footer under every page."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.pages: list[list[str]] = [[]]
        self.width = doc.get("page_width", 120)

    def add(self, *lines: str) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def text(self) -> str:
        foot = self.doc.get("footer", "- {n} -")
        head = self.doc.get("head")
        out = []
        for i, p in enumerate(self.pages, 1):
            lines = list(p)
            if i > 1 and head:
                lines = [place([(head, 0, self.width, "c")]), "", *lines]
            lines += ["", "", place([(foot.format(n=i, N=len(self.pages)), 0, self.width, "c")])]
            out.append("\n".join(lines) + "\n")
        return "\f".join(out) + "\f"

    def unit_line(self, t) -> str:
        org = self.doc.get("org_line", "编制单位：{org}").format(org=self.doc["org"])
        word = self.doc.get("unit_word", "单位：{u}").format(u=t.unit)
        return place([(org, 0, 60, "l"), (word, 60, self.width - 60, "r")])

    def title(self, t, label: str) -> None:
        if label.endswith("、"):  # "一、部门收支总表": the label inline
            self.add(place([(label + t.title, 0, self.width, "c")]), self.unit_line(t))
            return
        if label:
            self.add(label)
        self.add(place([(t.title, 0, self.width, "c")]), self.unit_line(t))

    def notes(self, t) -> None:
        for line in self.doc.get("notes", {}).get(t.code, []):
            self.add(line)

    # grids
    def geometry(self, t: Grid):
        if t.label in ("coded", "econ"):
            label_w = 11 + t.nw
        elif t.label == "named":
            label_w = t.lw
        else:
            label_w = 0
        xs, x = [], label_w + (2 if label_w else 0)
        for c in t.cols:
            xs.append(x)
            x += c.w + 2
        return label_w, xs

    def span(self, t: Grid, a, b):
        label_w, xs = self.geometry(t)
        pos = {"C": (0, 9), "N": (11, t.nw), "L": (0, label_w)}
        if a in pos:
            x0, w0 = pos[a]
            x1, w1 = pos[b]
            return x0, x1 + w1 - x0
        return xs[a], xs[b] + t.cols[b].w - xs[a]

    def header(self, t: Grid) -> list[str]:
        out = []
        for line in t.heads:
            cells = []
            for text, a, b in line:
                x, w = self.span(t, a, b)
                cells.append((text, x, w, "c"))
            out.append(place(cells))
        return out

    def row_lines(self, t: Grid, r: Row) -> list[str]:
        label_w, xs = self.geometry(t)
        figs = [(t.cell(i, v), xs[i], t.cols[i].w, "r") for i, v in enumerate(r.vals)]
        if t.label == "none":
            return [place(figs)]
        if r.code is None:
            align = "c" if r.total and self.doc.get("total_centre", True) else "l"
            ps = pieces(r.name, t.lw - 2 if t.label == "named" else None)
            first = place([(ps[0], 0, label_w, align), *figs])
            return [first] + [place([(p, 0, label_w, align)]) for p in ps[1:]]
        ps = pieces(r.name, t.wrap)
        out = [place([(r.code, 0, 9, "l"), (ps[0], 11, t.nw, "l"), *figs])]
        out += [place([(p, 11, t.nw, "l")]) for p in ps[1:]]
        return out

    def grid(self, t: Grid, label: str) -> None:
        self.title(t, label)
        header = self.header(t)
        self.add(*header)
        if not t.rows:
            style, statement = t.empty
            if style == "text":
                self.add(statement)
            elif style == "zero":
                _label_w, xs = self.geometry(t)
                self.add(
                    place(
                        [("合计", 0, 11 + t.nw, "c")]
                        + [("0.00", xs[i], c.w, "r") for i, c in enumerate(t.cols) if c.key]
                    )
                )
                self.add(statement)
            elif style == "blank_total":
                self.add(place([("合计", 0, 11 + t.nw, "c")]), "", statement)
            else:
                raise ValueError(style)
        breaks = self.doc.get("breaks", {}).get(t.code, {})
        for r in t.rows:
            key = r.code or r.name
            if key in breaks:
                self.page()
                mark = breaks[key]
                if mark:
                    self.add(place([(mark, 0, self.width, "c")]))
                self.add(*header)
            self.add(*self.row_lines(t, r))
        self.notes(t)

    # two-sided summaries
    def two(self, t: Two, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        lw, vw, g = 32, 14, 2
        rx = lw + g + vw + g
        rh = [h for h, _k in t.rheads]
        self.add(
            place([("收      入", 0, lw + g + vw, "c"), ("支      出", rx, lw + len(rh) * (vw + g), "c")])
        )
        hd = [("项目", 0, lw, "c"), (t.lhead, lw + g, vw, "c"), ("项目", rx, lw, "c")]
        hd += [(h, rx + lw + g + i * (vw + g), vw, "c") for i, h in enumerate(rh)]
        self.add(place(hd))
        for ll, lv, rl, rv in t.rows:
            rv = rv if isinstance(rv, list) else [rv]
            cells = [
                (ll or "", 0, lw, "l"),
                (f.cell(lv) if ll else "", lw + g, vw, "r"),
                (rl or "", rx, lw, "l"),
            ]
            cells += [
                (f.cell(v) if rl else "", rx + lw + g + i * (vw + g), vw, "r") for i, v in enumerate(rv)
            ]
            self.add(place(cells))
        self.notes(t)

    def table(self, t, label: str) -> None:
        self.page()
        (self.two if t.kind == "two" else self.grid)(t, label)


# ------------------------------------------------------------------------------------------ building

# How the quantities a column prints relate (checked on the printed strings at import, where every
# quantity named is a column of the table): t the report's own figure (a budget's 本年预算数, a final's
# 决算数), b / p its 基本 / 项目 parts, pr the other year's, chg = t − pr and pct its rate, yt a final's 年初预算数
# (yb / yp its parts), adj its 调整预算数, dba = t − yt, share = t / yt, share_adj = t / adj; it (a budget's
# income) = co + igp + igf + ioth; ft (a final's income) = fa + ibiz + ioth; end = begin + inc − t.
RELS = [
    ("sum", "t", ["b", "p"]),
    ("sum", "t", ["pers", "pub"]),
    ("sum", "yt", ["yb", "yp"]),
    ("sum", "it", ["co", "igp", "igf", "ioth"]),
    ("sum", "ft", ["fa", "iup", "ibiz", "iop", "iaf", "ioth"]),
    ("sum", "t", ["b", "p", "ru", "op", "sa"]),
    ("diff", "chg", ["t", "pr"]),
    ("rate", "pct", ["chg", "pr"]),
    ("diff", "chg2", ["t", "pr2"]),
    ("rate", "pct2", ["chg2", "pr2"]),
    ("diff", "dba", ["t", "yt"]),
    ("rate", "share", ["t", "yt"]),
    ("rate", "share_adj", ["t", "adj"]),
    ("flow", "end", ["begin", "inc", "t"]),
]


def col_kind(q: str) -> str:
    base = q.split("|")[-1]
    if base.startswith(("chg", "dba")):
        return "change"
    if base.startswith(("pct", "share")):
        return "pct"
    return "money"


def cols_of(spec) -> list[Col]:
    out = []
    for item in spec:
        q, key, head, *rest = item
        k = col_kind(q)
        out.append(Col(key, head, k, rest[0] if rest else (8 if k == "pct" else 12), q))
    return out


def resolve_heads(cols: list[Col], heads) -> list:
    idx = {c.q: i for i, c in enumerate(cols)}
    for line in heads:
        for _text, a, b in line:
            assert a in idx or a in ("C", "N", "L"), a
            assert b in idx or b in ("C", "N", "L"), b
    return [[(text, idx.get(a, a), idx.get(b, b)) for text, a, b in line] for line in heads]


def derive(q: dict) -> dict:
    q = dict(q)
    t = q.get("t", Z)
    if "pr" in q:
        q["chg"] = t - q["pr"]
        q["pct"] = rate(q["chg"], q["pr"])
    if "pr2" in q:
        q["chg2"] = t - q["pr2"]
        q["pct2"] = rate(q["chg2"], q["pr2"])
    if "yt" in q:
        q["dba"] = t - q["yt"]
        q["share"] = rate(t, q["yt"])
    if "adj" in q:
        q["share_adj"] = rate(t, q["adj"])
    if "begin" in q:
        q["end"] = q["begin"] + q["inc"] - t
    return q


def printed(q: dict) -> bool:
    """A row prints when one of its money figures is not zero."""
    return any(v for k, v in q.items() if col_kind(k) == "money" and v)


def grid(doc: dict, code: str, key: str, qrows: list, **kw) -> Grid:
    """qrows: [(code or None, name, quantities, rkey, is_total)] in print order."""
    spec = doc["specs"][code]
    cols = cols_of(spec["cols"])
    rows = [Row(c, n, [q.get(col.q) for col in cols], rk, tot) for c, n, q, rk, tot in qrows]
    opts = {k: spec[k] for k in ("label", "nw", "wrap", "lw", "tree") if k in spec}
    opts.update(kw)
    return Grid(
        code,
        key,
        doc["titles"][code],
        spec.get("unit", doc["fmt"].unit),
        spec.get("fmt", doc["fmt"]),
        cols,
        resolve_heads(cols, spec["heads"]),
        rows,
        empty=doc.get("empty", {}).get(code) if not qrows else None,
        **opts,
    )


def functional(doc: dict, code: str, key: str, rows: dict, fn) -> Grid:
    spec = doc["specs"][code]
    qs = [(c, FUNC[c], derive(fn(p)), None, False) for c, p in rows.items()]
    qs = [r for r in qs if printed(r[2])]
    if not qs:
        return grid(doc, code, key, [])
    tot = (None, spec.get("total_label", "合计"), derive(fn(total(rows))), None, True)
    return grid(doc, code, key, [tot, *qs] if spec.get("total_first", True) else [*qs, tot])


def leaves_of(doc: dict) -> dict:
    out = {}
    for x in doc["leaves"]:
        code, p = parse_leaf(x)
        if doc["kind"] == "final_account":
            p.setdefault("i_gp", s(p, "gp_b", "gp_p"))
            p.setdefault("i_gf", s(p, "gf_p"))
            if "i_biz" not in p and "i_oth" not in p:
                p["i_oth"] = s(p, "nf_b", "nf_p")
        assert code not in out, (doc["file"], code)
        out[code] = p
    return rollup(out)


def econ_grid(doc: dict, code="GBB") -> Grid:
    cur, prior = econ_split(doc)
    spec = doc["specs"][code]
    cls: dict = {}
    for c in cur:
        cls.setdefault(c[:3], [Z, Z])
        cls[c[:3]][0] += cur[c]
        cls[c[:3]][1] += prior[c]

    def q(c3, t, pr):
        personnel = c3 in ("301", "303")
        return {"t": t, "pers": t if personnel else Z, "pub": Z if personnel else t, "pr": pr}

    rows = []
    for c3 in sorted(cls):
        rows.append((c3, ECON[c3], derive(q(c3, *cls[c3])), None, False))
        for c in sorted(x for x in cur if x[:3] == c3):
            rows.append((c, ECON[c], derive(q(c3, cur[c], prior[c])), None, False))
    pers = sum((v[0] for c, v in cls.items() if c in ("301", "303")), Z)
    pub = sum((v[0] for c, v in cls.items() if c not in ("301", "303")), Z)
    prt = sum((v[1] for v in cls.values()), Z)
    tot = (
        None,
        spec.get("total_label", "合计"),
        derive({"t": pers + pub, "pers": pers, "pub": pub, "pr": prt}),
        None,
        True,
    )
    return grid(
        doc,
        code,
        "general_budget_basic_by_economic",
        [tot, *rows] if spec.get("total_first", True) else [*rows, tot],
        label="econ",
    )


SG_LABELS = [
    ("合计", "total"),
    ("1.因公出国（境）费", "outbound"),
    ("2.公务用车购置及运行费", "vehicle"),
    ("（1）公务用车购置费", "vehicle_purchase"),
    ("（2）公务用车运行费", "vehicle_operation"),
    ("3.公务接待费", "reception"),
]


def sangong_q(doc: dict) -> dict:
    """Per item key: its quantities (t the year's own, pr the year before, yt a final's budget)."""
    out = {k: {} for k in SG_KEYS}
    for name, field_ in (("t", "sangong"), ("pr", "sangong_prior"), ("yt", "sangong_budget")):
        if doc.get(field_):
            for k, v in zip(SG_KEYS, sangong(doc[field_]), strict=True):
                out[k][name] = v
    return {k: derive(v) for k, v in out.items()}


def sangong_grid(doc: dict) -> Grid:
    spec = doc["specs"]["SG"]
    qs = sangong_q(doc)
    if spec.get("label") == "none":  # items as columns: one row; the column's q is "item|quantity"
        cols = cols_of(spec["cols"])
        vals = {c.q: qs[c.q.split("|")[0]].get(c.q.split("|")[1]) for c in cols}
        return grid(doc, "SG", "sangong", [(None, "", vals, None, False)], tree="sgcols")
    labels = spec.get("labels", SG_LABELS)
    rows = [(None, lab, qs[k], k, k == "total") for lab, k in labels]
    return grid(doc, "SG", "sangong", rows, label="named", tree="items")


def ops_grid(doc: dict) -> Grid:
    """机关运行经费: by economic code (doc["ops"]: the 302 codes of the 基本支出表 whose figures it repeats, a
    final's budget per code in doc["ops_budget"]), or one row (doc["ops_row"]: its label; its figures the sum
    of doc["ops"] codes, or doc["ops_fig"] typed)."""
    cur, prior = econ_split(doc)
    budget = {c: D(v) for c, v in doc.get("ops_budget", {}).items()}
    final = doc["kind"] == "final_account"
    qs = {c.q.split("|")[-1] for c in cols_of(doc["specs"]["OC"]["cols"])}
    with_prior = bool(qs & {"pr", "chg", "pct"})
    final = final and bool(qs & {"yt", "dba", "share"})

    def q(codes):
        d = {"t": sum((cur[c] for c in codes), Z)}
        if with_prior:
            d["pr"] = sum((prior[c] for c in codes), Z)
        if final:
            d["yt"] = sum((budget[c] for c in codes), Z)
        return derive(d)

    codes = doc.get("ops", [])
    if doc.get("ops_row"):
        fig = derive({k: D(v) for k, v in doc["ops_fig"].items()}) if doc.get("ops_fig") else q(codes)
        return grid(
            doc, "OC", "operating_costs", [(None, doc["ops_row"], fig, None, False)], label="named", tree=None
        )
    rows = [(None, "合计", q(codes), None, True), ("302", ECON["302"], q(codes), None, False)]
    rows += [(c, ECON[c], q([c]), None, False) for c in codes]
    return grid(doc, "OC", "operating_costs", rows, label="econ")


def proc_grid(doc: dict) -> Grid:
    spec = doc["specs"]["PROC"]
    cats = [(lab, {k: D(v) for k, v in q.items()}) for lab, q in doc["procurement"]]
    tot: dict = {}
    for _lab, q in cats:
        tot = add(tot, q)
    if "|" in spec["cols"][0][0]:  # categories as columns, a row 合计 (the 计划 | 实际 blocks)
        keys = {"合计": tot, "货物": cats[0][1], "工程": cats[1][1], "服务": cats[2][1]}
        cols = cols_of(spec["cols"])
        vals = {c.q: derive(keys[c.q.split("|")[0]]).get(c.q.split("|")[1]) for c in cols}
        return grid(doc, "PROC", "procurement", [(None, "合计", vals, None, True)], label="named", tree=None)
    rows = [(None, "合计", derive(tot), None, True)] + [
        (None, lab, derive(q), None, False) for lab, q in cats
    ]
    return grid(doc, "PROC", "procurement", rows, label="named", tree="named")


def class_list(rows: dict, fn) -> list:
    return [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and fn(p)]


def pair(left: list, right: list) -> list:
    n = max(len(left), len(right))
    left = left + [(None, None)] * (n - len(left))
    right = right + [(None, None)] * (n - len(right))
    return [(a, b, c, d) for (a, b), (c, d) in zip(left, right, strict=True)]


BKEYS = ("gp_b", "gp_p", "gf_p", "co_p", "oth_p")


def build_budget(doc: dict) -> dict:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = leaves_of(doc)
    tot = total(rows)
    T: dict = {}
    gp, gf, co, oth = s(tot, "gp_b", "gp_p"), s(tot, "gf_p"), s(tot, "co_p"), s(tot, "oth_p")
    inc = gp + gf + oth
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、事业收入", Z),
        ("五、事业单位经营收入", Z),
        ("六、其他收入", oth),
        ("本年收入合计", inc),
        ("上年结转", co),
        ("收入总计", inc + co),
    ]
    right = [
        (f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(class_list(rows, lambda p: s(p, *BKEYS)), 1)
    ]
    right += [("本年支出合计", s(tot, *BKEYS)), ("结转下年", Z), ("支出总计", s(tot, *BKEYS))]
    T["IES"] = Two(
        "IES",
        "income_expenditure_summary",
        t["IES"],
        u,
        f,
        pair(left, right),
        [("预算数", "expenditure")],
        "预算数",
    )

    def inc_q(p):
        return {
            "it": s(p, *BKEYS),
            "co": s(p, "co_p"),
            "igp": s(p, "gp_b", "gp_p"),
            "igf": s(p, "gf_p"),
            "ioth": s(p, "oth_p"),
        }

    T["INC"] = functional(doc, "INC", "income_by_function", rows, inc_q)

    def exp_q(p):
        q = {
            "t": s(p, *BKEYS),
            "b": s(p, "gp_b"),
            "p": s(p, "gp_p", "gf_p", "co_p", "oth_p"),
            "pr": s(p, "pe"),
        }
        if any("pe2" in x for x in doc["leaves"]):
            q["pr2"] = s(p, "pe2")
        return q

    T["EXP"] = functional(doc, "EXP", "expenditure_by_function", rows, exp_q)
    left = [
        ("一、一般公共预算拨款", gp),
        ("二、政府性基金预算拨款", gf),
        ("三、国有资本经营预算拨款", Z),
        ("收入总计", gp + gf),
    ]
    fright = [
        (f"{cn(i)}、{FUNC[c]}", [v, s(rows[c], "gp_b", "gp_p"), s(rows[c], "gf_p"), Z])
        for i, (c, v) in enumerate(class_list(rows, lambda p: s(p, "gp_b", "gp_p", "gf_p")), 1)
    ]
    fright.append(("支出总计", [gp + gf, gp, gf, Z]))
    T["FS"] = Two(
        "FS",
        "fiscal_summary",
        t["FS"],
        u,
        f,
        pair(left, fright),
        [
            ("合计", "expenditure"),
            ("一般公共预算", "expenditure_general_public"),
            ("政府性基金预算", "expenditure_government_fund"),
            ("国有资本经营预算", "expenditure_state_capital"),
        ],
        "预算数",
    )

    def gb_q(p):
        q = {"t": s(p, "gp_b", "gp_p"), "b": s(p, "gp_b"), "p": s(p, "gp_p"), "pr": s(p, "pg")}
        if any("pg2" in x for x in doc["leaves"]):
            q["pr2"] = s(p, "pg2")
        return q

    T["GB"] = functional(doc, "GB", "general_budget_by_function", rows, gb_q)
    T["GBB"] = econ_grid(doc)
    T["SG"] = sangong_grid(doc)
    T["GF"] = functional(
        doc,
        "GF",
        "government_fund",
        rows,
        lambda p: {"t": s(p, "gf_p"), "b": Z, "p": s(p, "gf_p"), "pr": s(p, "pf")},
    )
    T["SC"] = functional(doc, "SC", "state_capital", {}, lambda p: {})
    if "OC" in doc["keys"]:
        T["OC"] = ops_grid(doc)
    if "PROC" in doc["keys"]:
        T["PROC"] = proc_grid(doc)
    return T


SPEND = ("gp_b", "gp_p", "gf_p", "nf_b", "nf_p")
INCK = ("i_gp", "i_gf", "i_biz", "i_oth")


def build_final(doc: dict) -> dict:
    f, u, t = doc["fmt"], doc["fmt"].unit, doc["titles"]
    rows = leaves_of(doc)
    tot = total(rows)
    T: dict = {}
    i_gp, i_gf, i_biz, i_oth = (s(tot, k) for k in INCK)
    inc = s(tot, *INCK)
    exp = s(tot, *SPEND)
    begin, begin_gp = D(doc["begin"]), D(doc["begin_gp"])
    end = begin + inc - exp
    left = [
        ("一、一般公共预算财政拨款收入", i_gp),
        ("二、政府性基金预算财政拨款收入", i_gf),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", i_biz),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", i_oth),
        ("本年收入合计", inc),
        ("使用非财政拨款结余", Z),
        ("年初结转和结余", begin),
        ("总计", inc + begin),
    ]
    right = [
        (f"{cn(i)}、{FUNC[c]}", v) for i, (c, v) in enumerate(class_list(rows, lambda p: s(p, *SPEND)), 1)
    ]
    right += [("本年支出合计", exp), ("结余分配", Z), ("年末结转和结余", end), ("总计", exp + end)]
    T["IES"] = Two(
        "IES",
        "income_expenditure_summary",
        t["IES"],
        u,
        f,
        pair(left, right),
        [("决算数", "expenditure")],
        "决算数",
    )

    def inc_q(p):
        return {
            "ft": s(p, *INCK),
            "fa": s(p, "i_gp", "i_gf"),
            "iup": Z,
            "ibiz": s(p, "i_biz"),
            "iop": Z,
            "iaf": Z,
            "ioth": s(p, "i_oth"),
        }

    T["INC"] = functional(doc, "INC", "income_by_function", rows, inc_q)

    def exp_q(p):
        q = {
            "t": s(p, *SPEND),
            "b": s(p, "gp_b", "nf_b"),
            "p": s(p, "gp_p", "gf_p", "nf_p"),
            "ru": Z,
            "op": Z,
            "sa": Z,
        }
        if any("pe=" in x for x in doc["leaves"]):
            q["pr"] = s(p, "pe")
        return q

    T["EXP"] = functional(doc, "EXP", "expenditure_by_function", rows, exp_q)
    gpe, gfe = s(tot, "gp_b", "gp_p"), s(tot, "gf_p")
    fend_gp = begin_gp + i_gp - gpe
    fend_gf = i_gf - gfe
    left = [
        ("一、一般公共预算财政拨款", i_gp),
        ("二、政府性基金预算财政拨款", i_gf),
        ("三、国有资本经营预算财政拨款", Z),
        ("本年收入合计", i_gp + i_gf),
        ("年初财政拨款结转和结余", begin_gp),
        ("一般公共预算财政拨款", begin_gp),
        ("政府性基金预算财政拨款", Z),
        ("国有资本经营预算财政拨款", Z),
        ("总计", i_gp + i_gf + begin_gp),
    ]
    fright = [
        (f"{cn(i)}、{FUNC[c]}", [v, s(rows[c], "gp_b", "gp_p"), s(rows[c], "gf_p"), Z])
        for i, (c, v) in enumerate(class_list(rows, lambda p: s(p, "gp_b", "gp_p", "gf_p")), 1)
    ]
    fend = fend_gp + fend_gf
    fright += [
        ("本年支出合计", [gpe + gfe, gpe, gfe, Z]),
        ("年末财政拨款结转和结余", [fend, fend_gp, fend_gf, Z]),
        ("总计", [gpe + gfe + fend, gpe + fend_gp, gfe + fend_gf, Z]),
    ]
    T["FS"] = Two(
        "FS",
        "fiscal_summary",
        t["FS"],
        u,
        f,
        pair(left, fright),
        [
            ("合计", "expenditure"),
            ("一般公共预算财政拨款", "expenditure_general_public"),
            ("政府性基金预算财政拨款", "expenditure_government_fund"),
            ("国有资本经营预算财政拨款", "expenditure_state_capital"),
        ],
        "决算数",
    )

    def gb_q(p):
        q = {"t": s(p, "gp_b", "gp_p"), "b": s(p, "gp_b"), "p": s(p, "gp_p")}
        q.update(yt=s(p, "yb_b", "yb_p"), yb=s(p, "yb_b"), yp=s(p, "yb_p"))
        q["adj"] = s(p, "adj") if "adj" in p else q["yt"]
        return q

    # 调整预算数 per leaf: typed where it differs from the 年初预算数 (rolled up as typed, else the 年初's)
    T["GB"] = functional(doc, "GB", "general_budget_by_function", _with_adj(doc, rows), gb_q)
    T["GBB"] = econ_grid(doc)
    T["SG"] = sangong_grid(doc)
    T["GF"] = functional(
        doc,
        "GF",
        "government_fund",
        rows,
        lambda p: {"begin": Z, "inc": s(p, "i_gf"), "t": s(p, "gf_p"), "b": Z, "p": s(p, "gf_p")},
    )
    T["SC"] = functional(doc, "SC", "state_capital", {}, lambda p: {})
    if "OC" in doc["keys"]:
        T["OC"] = ops_grid(doc)
    if "PROC" in doc["keys"]:
        T["PROC"] = proc_grid(doc)
    T["end"] = end
    return T


def _with_adj(doc: dict, rows: dict) -> dict:
    """Every leaf's 调整预算数 (its 年初预算数 where none is typed), rolled up again."""
    leaves = {}
    for x in doc["leaves"]:
        code, p = parse_leaf(x)
        p.setdefault("adj", s(p, "yb_b", "yb_p"))
        leaves[code] = p
    out = rollup(leaves)
    for c in out:
        assert s(out[c], "gp_b", "gp_p") == s(rows[c], "gp_b", "gp_p"), c
    return out


def build(doc: dict) -> dict:
    return build_final(doc) if doc["kind"] == "final_account" else build_budget(doc)
