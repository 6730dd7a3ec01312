"""Write the rules_s31a inputs: eight whole final accounts (部门决算 / 单位决算, the national 9-table template) as
eight provinces print them, drawn from the figures typed in rules_s31a_data.py (whose _identities() re-adds
them at import).

- *.txt: as `pdftotext` without -layout prints a page: one line per table row, cells one space apart, blank
  cells dropped, long names wrapped (the wrap shape per document: the name's tail on the line after the
  figures, the figures on the tail's line, or code / head / tail / figures on lines of their own), a form feed
  between pages after a footer "- n -".
- *.layout.txt: as `pdftotext -layout` prints a page: each cell at its column (CJK one column a character),
  text left-aligned, figures right-aligned, a wrapped name's pieces on lines above and below the row's figures.

Run: /work/main/.venv/bin/python gen.py (writes the inputs here)."""

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE]
from rules_s31a_data import DOCS, EXP, GB, block, num  # noqa: E402

CLASSES = [
    "一般公共服务支出",
    "外交支出",
    "国防支出",
    "公共安全支出",
    "教育支出",
    "科学技术支出",
    "文化旅游体育与传媒支出",
    "社会保障和就业支出",
    "卫生健康支出",
    "节能环保支出",
    "城乡社区支出",
    "农林水支出",
    "交通运输支出",
    "资源勘探工业信息等支出",
    "商业服务业等支出",
    "金融支出",
    "援助其他地区支出",
    "自然资源海洋气象等支出",
    "住房保障支出",
    "粮油物资储备支出",
    "国有资本经营预算支出",
    "灾害防治及应急管理支出",
    "其他支出",
    "债务还本支出",
    "债务付息支出",
    "抗疫特别国债安排的支出",
]
CN = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
    "二十二",
    "二十三",
    "二十四",
    "二十五",
    "二十六",
]
INCOME_ITEMS = [
    "一、一般公共预算财政拨款收入",
    "二、政府性基金预算财政拨款收入",
    "三、国有资本经营预算财政拨款收入",
    "四、上级补助收入",
    "五、事业收入",
    "六、经营收入",
    "七、附属单位上缴收入",
    "八、其他收入",
]
FS_ITEMS = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"]
TITLES = [
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算表",
    "一般公共预算财政拨款“三公”经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款支出决算表",
]
NOTES = [
    "注：本表反映部门本年度的总收支和年末结转结余情况。",
    "注：本表反映部门本年度取得的各项收入情况。",
    "注：本表反映部门本年度各项支出情况。",
    "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和"
    "国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
    "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年"
    "一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
]


def classes(year):
    names = CLASSES if year < 2024 else CLASSES[:25]
    return [f"{CN[i]}、{n}" for i, n in enumerate(names)]


def wan(v, unit):
    """A figure in 万元 for the narrative."""
    x = num(v) if isinstance(v, str) or v is None else v
    if unit == "元":
        x = x / 10000
    return f"{x.quantize(D('0.01')):,}"


def pct(a, b):
    return f"{(num(a) / num(b) * 100).quantize(D('0.01'))}%"


# ============================================================================================ page machinery
class Pages:
    def __init__(self, layout):
        self.layout = layout
        self.pages = [[]]

    def add(self, *lines):
        self.pages[-1].extend(lines)

    def turn(self):
        n = len(self.pages)
        foot = f"- {n} -"
        self.pages[-1].append(" " * 60 + foot if self.layout else foot)
        self.pages.append([])

    def text(self):
        self.turn()
        self.pages.pop()
        return "\f".join("\n".join(p) + "\n" for p in self.pages)


# ============================================================================================ layout helpers
def place(cells):
    """cells: (column, text, 'l'|'r'); a right-aligned cell ends at its column."""
    line = ""
    for col, text, align in cells:
        if text is None or text == "":
            continue
        start = col if align == "l" else col - len(text)
        if start <= len(line):
            start = len(line) + 1 if line else start
        line += " " * (start - len(line)) + text
    return line.rstrip()


# ============================================================================================ tables
def plain_row(code, name, figs, meta, first_name_extra=None):
    """A functional-code row in plain text, blank cells dropped, the name wrapped as the document wraps."""
    w, shape = meta.get("wrap", 0), meta.get("wrap_shape", "after")
    f = " ".join(x.rstrip("?") for x in figs if x is not None)
    if code is None:
        label = "合 计" if meta.get("spaced_total") else "合计"
        return [f"{label} {f}".rstrip()]
    if w and len(name) > w:
        head, tail = name[:w], name[w:]
        if shape == "after":
            return [f"{code} {head} {f}".rstrip(), tail]
        if shape == "before":
            return [f"{code} {head}", f"{tail} {f}".rstrip()]
        return [code, head, tail, f] if f else [code, head, tail]
    return [f"{code} {name} {f}".rstrip()]


def layout_row(code, name, figs, meta, cols):
    """cols: the right edges of the figure columns; code at 0, name at 9."""
    w = meta.get("wrap", 0)
    cells = [(c, x.rstrip("?") if x else None, "r") for c, x in zip(cols, figs)]
    if code is None:
        label = "合    计"
        return [place([(9, label, "l")] + cells)]
    if w and len(name) > w:
        head, tail = name[:w], name[w:]
        return [place([(9, head, "l")]), place([(0, code, "l")] + cells), place([(9, tail, "l")])]
    return [place([(0, code, "l"), (9, name, "l")] + cells)]


def table_head(pg, d, i, extra_unit=None):
    m = d["meta"]
    L = m["fmt"] == "layout"
    code, title = m["codes"][i], TITLES[i]
    org, unit = m["org"], m["unit"]
    if L:
        pg.add("", " " * 50 + title, " " * 100 + code)
        pg.add(place([(0, f"编制单位：{org}", "l"), (120, f"单位：{unit}", "r")]))
    else:
        if m["codes"][0].startswith("表") or m["codes"][0].startswith("附表"):
            pg.add(code, title)
        else:
            pg.add(title, code)
        if m.get("org_unit_line"):
            pg.add(f"单位：{org} 单 位：{unit}")
        else:
            pg.add(f"编制单位：{org} 单位：{unit}")


def head_lines(kind, m):
    """The header lines of a functional table, as printed."""
    L = m["fmt"] == "layout"
    if kind == "inc":
        if m.get("broken_head"):
            return [
                "项目 本年收入合 财政拨款收 上级补助收 事业收入 经营收入 附属单位上 其他收入",
                "计 入 入 缴收入",
                "科目编码 科目名称",
            ]
        return (
            [
                "项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入",
                "科目编码 科目名称",
            ]
            if not L
            else [
                place(
                    [
                        (20, "项目", "l"),
                        (40, "本年收入合计", "l"),
                        (55, "财政拨款收入", "l"),
                        (70, "上级补助收入", "l"),
                        (85, "事业收入", "l"),
                        (97, "经营收入", "l"),
                        (107, "附属单位上缴收入", "l"),
                        (123, "其他收入", "l"),
                    ]
                ),
                place([(0, "科目编码", "l"), (12, "科目名称", "l")]),
            ]
        )
    if kind == "exp":
        return (
            [
                "项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出",
                "科目编码 科目名称",
            ]
            if not L
            else [
                place(
                    [
                        (20, "项目", "l"),
                        (42, "本年支出合计", "l"),
                        (57, "基本支出", "l"),
                        (70, "项目支出", "l"),
                        (83, "上缴上级支出", "l"),
                        (98, "经营支出", "l"),
                        (108, "对附属单位补助支出", "l"),
                    ]
                ),
                place([(0, "科目编码", "l"), (12, "科目名称", "l")]),
            ]
        )
    if kind == "gb":
        form = m["gb_form"]
        if form == "one":
            if L:
                return [
                    place([(20, "项目", "l"), (62, "本年支出", "l")]),
                    place(
                        [
                            (0, "科目编码", "l"),
                            (12, "科目名称", "l"),
                            (50, "小计", "l"),
                            (62, "基本支出", "l"),
                            (76, "项目支出", "l"),
                        ]
                    ),
                    place([(20, "栏次", "l"), (53, "1", "r"), (66, "2", "r"), (80, "3", "r")]),
                ]
            return ["项目 本年支出", "科目编码 科目名称 小计 基本支出 项目支出", "栏次 1 2 3"]
        if form == "ba":
            if L:
                lines = [
                    place(
                        [(20, "项目", "l"), (52, "年初预算数", "l"), (88, "决算数", "l")]
                        + ([(115, "决算数占年初预算数的%", "l")] if m.get("gb_rates") else [])
                    ),
                    place(
                        [
                            (0, "科目编码", "l"),
                            (12, "科目名称", "l"),
                            (46, "小计", "l"),
                            (56, "基本支出", "l"),
                            (68, "项目支出", "l"),
                            (82, "小计", "l"),
                            (92, "基本支出", "l"),
                            (104, "项目支出", "l"),
                        ]
                        + (
                            [(118, "小计", "l"), (126, "基本支出", "l"), (138, "项目支出", "l")]
                            if m.get("gb_rates")
                            else []
                        )
                    ),
                ]
                return lines
            lines = [
                "项目 年初预算数 决算数",
                "科目编码 科目名称 小计 基本支出 项目支出 小计 基本支出 项目支出",
            ]
            if m["codes"][0].startswith("公开"):
                lines.append("栏次 1 2 3 4 5 6")
            return lines
        return [
            "项目 年初结转和结余 本年收入 本年支出 年末结转和结余",
            "科目编码 科目名称 小计 基本支出 项目支出",
        ]
    if kind == "gf":
        if L:
            return [
                place(
                    [
                        (20, "项目", "l"),
                        (44, "年初结转", "l"),
                        (56, "本年收入", "l"),
                        (78, "本年支出", "l"),
                        (102, "年末结转", "l"),
                    ]
                ),
                place(
                    [
                        (44, "和结余", "l"),
                        (66, "小计", "l"),
                        (76, "基本支出", "l"),
                        (88, "项目支出", "l"),
                        (102, "和结余", "l"),
                    ]
                ),
                place([(0, "科目编码", "l"), (12, "科目名称", "l")]),
            ]
        return [
            "项目 年初结转和 本年收入 本年支出 年末结转和",
            "结余 小计 基本支出 项目支出 结余",
            "科目编码 科目名称",
        ]
    if kind == "sc":
        if L:
            return [
                place([(20, "项目", "l"), (60, "本年支出", "l")]),
                place(
                    [
                        (0, "科目编码", "l"),
                        (12, "科目名称", "l"),
                        (50, "合计", "l"),
                        (62, "基本支出", "l"),
                        (76, "项目支出", "l"),
                    ]
                ),
            ]
        return ["项目 本年支出", "科目编码 科目名称 合计 基本支出 项目支出"]


LAYOUT_COLS = {
    "inc": [50, 65, 80, 92, 103, 118, 130],
    "exp": [52, 65, 78, 93, 104, 120],
    "one": [54, 68, 82],
    "ba": [52, 64, 76, 88, 100, 112],
    "flow": [50, 62, 74, 86, 98, 110],
    "gf": [50, 62, 74, 86, 98, 110],
}


def functional_table(pg, d, i, kind, text, cols_key, rates=None):
    m = d["meta"]
    L = m["fmt"] == "layout"
    table_head(pg, d, i)
    heads = head_lines(kind, m)
    pg.add(*heads)
    rows = block(text)
    if m.get("total_last"):
        rows = rows[1:] + rows[:1]
    brk = m["page_break"].get({"exp": EXP, "gb": GB}.get(kind))
    for code, name, figs in rows:
        if brk and code == brk:
            pg.turn()
            if m.get("xubiao"):
                pg.add(" " * 100 + "续表" if L else "续表")
            else:
                pg.add(TITLES[i] if not L else " " * 50 + TITLES[i])
            pg.add(*heads)
        if rates is not None:
            figs = figs + rates(figs)
        if L:
            pg.add(*layout_row(code, name, figs, m, LAYOUT_COLS[cols_key] + [124, 136, 148]))
        else:
            pg.add(*plain_row(code, name, figs, m))
    pg.add(NOTES[i] if i < len(NOTES) else "")


def rate_cols(figs):
    out = []
    for b, a in zip(figs[:3], figs[3:]):
        out.append(None if b is None or a is None else f"{(num(a) / num(b) * 100).quantize(D('0.01'))}")
    return out


def summary_table(pg, d):
    m, s = d["meta"], d["summary"]
    L = m["fmt"] == "layout"
    hc = m["summary_hangci"]
    table_head(pg, d, 0)
    incv = dict(s["inc"])
    left = [(lab, incv.get(lab)) for lab in INCOME_ITEMS]
    if m["full_classes"]:
        ev = {lab: v for lab, _c, v in s["exp"]}
        right = [(lab, ev.get(lab)) for lab in classes(m["year"])]
    else:
        right = [(lab, v) for lab, _c, v in s["exp"]]
    n = max(len(left), len(right))
    left += [(None, None)] * (n - len(left))
    right += [(None, None)] * (n - len(right))
    rows = list(zip(left, right)) + [((a, b), (c, e)) for a, b, c, e in s["bottom"]]
    total_rows = len(rows)
    if L:
        pg.add(place([(24, "收入", "l"), (90, "支出", "l")]))
        if hc:
            pg.add(
                place(
                    [
                        (14, "项目", "l"),
                        (40, "行次", "l"),
                        (52, "金额", "l"),
                        (82, "项目", "l"),
                        (112, "行次", "l"),
                        (124, "金额", "l"),
                    ]
                )
            )
            pg.add(place([(14, "栏次", "l"), (54, "1", "r"), (82, "栏次", "l"), (126, "2", "r")]))
        else:
            pg.add(place([(14, "项目", "l"), (50, "决算数", "l"), (82, "项目", "l"), (122, "决算数", "l")]))
    else:
        pg.add("收入 支出")
        pg.add("项目 行次 金额 项目 行次 金额" if hc else "项目 决算数 项目 决算数")
        if hc:
            pg.add("栏次 1 栏次 2")
    for k, ((ll, lv), (rl, rv)) in enumerate(rows):
        lh = str(k + 1) if hc else None
        rh = str(k + 1 + total_rows) if hc and rl else None
        lv = lv.rstrip("?") if lv else None
        rv = rv.rstrip("?") if rv else None
        if L:
            pg.add(
                place(
                    [
                        (1, ll, "l"),
                        (42, lh, "r"),
                        (56, lv, "r"),
                        (66, rl, "l"),
                        (114, rh, "r"),
                        (128, rv, "r"),
                    ]
                )
            )
        else:
            pg.add(" ".join(x for x in (ll, lh, lv, rl, rh, rv) if x))
    pg.add(NOTES[0])


def fiscal_table(pg, d):
    m, f = d["meta"], d["fiscal"]
    L = m["fmt"] == "layout"
    hc = m["summary_hangci"]
    table_head(pg, d, 3)
    incv = dict(f["inc"])
    left = [(lab, incv.get(lab)) for lab in FS_ITEMS]
    if not m.get("zeros_summary"):
        left = [(lab, v) for lab, v in left]  # all three items printed, blank where nothing
    if m["full_classes"]:
        ev = {lab: v for lab, _c, v in f["exp"]}
        right = [(lab, ev.get(lab, [None] * 4)) for lab in classes(m["year"])]
    else:
        right = [(lab, v) for lab, _c, v in f["exp"]]
    n = max(len(left), len(right))
    left += [(None, None)] * (n - len(left))
    right += [(None, [None] * 4)] * (n - len(right))
    bottom = [b for b in f["bottom"] if b[2] is not None]
    subs = {b[0]: b[1] for b in f["bottom"] if b[2] is None}
    rows = list(zip(left, right))
    for il, iv, el, ev in bottom:
        if il == "总计" and not m.get("zeros_summary"):
            for lab in ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"):
                rows.append(((lab, subs.get(lab)), (None, [None] * 4)))
        rows.append(((il, iv), (el, ev)))
    total_rows = len(rows)
    if L:
        pg.add(place([(24, "收入", "l"), (100, "支出", "l")]))
        pg.add(
            place(
                [(14, "项目", "l")]
                + ([(40, "行次", "l")] if hc else [])
                + [(50, "金额", "l"), (76, "项目", "l")]
                + ([(104, "行次", "l")] if hc else [])
                + [
                    (114, "合计", "l"),
                    (124, "一般公共预算", "l"),
                    (138, "政府性基金预算", "l"),
                    (154, "国有资本经营预算", "l"),
                ]
            )
        )
        pg.add(place([(124, "财政拨款", "l"), (138, "财政拨款", "l"), (154, "财政拨款", "l")]))
    else:
        pg.add("收入 支出")
        pg.add(
            ("项目 行次 金额 项目 行次 合计 " if hc else "项目 金额 项目 合计 ")
            + "一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款"
        )
    for k, ((ll, lv), (rl, rv)) in enumerate(rows):
        lh = str(k + 1) if hc and ll is not None else None
        rh = str(k + 1 + total_rows) if hc and rl else None
        lv = lv.rstrip("?") if lv else None
        rv = [x.rstrip("?") if x else None for x in rv]
        if L:
            pg.add(
                place(
                    [(1, ll, "l"), (42, lh, "r"), (58, lv, "r"), (62, rl, "l"), (106, rh, "r")]
                    + [(c, x, "r") for c, x in zip((120, 134, 150, 166), rv)]
                )
            )
        else:
            pg.add(" ".join(x for x in (ll, lh, lv, rl, rh, *rv) if x))
    pg.add(NOTES[3])


def econ_table(pg, d):
    m = d["meta"]
    L = m["fmt"] == "layout"
    table_head(pg, d, 5)
    pers, pub, pt, ut = d["econ"]
    p = block(pers)
    u = block(pub)
    if m["econ_blocks"] == 3:
        cut = next(k for k, r in enumerate(u) if k and len(r[0]) == 3)
        blocks = [p, u[:cut], u[cut:]]
    else:
        blocks = [p, u]
    stray = m.get("stray", {})
    n = max(len(b) for b in blocks)
    if L:
        xs = [(0, 8, 44), (50, 58, 94), (100, 108, 144)][: len(blocks)]
        pg.add(place([(20, "人员经费", "l"), (80, "公用经费", "l")]))
        pg.add(
            place(
                [
                    c
                    for x in xs
                    for c in ((x[0], "科目编码", "l"), (x[1] + 4, "科目名称", "l"), (x[2], "决算数", "r"))
                ]
            )
        )
    else:
        pg.add("人员经费 公用经费")
        pg.add(" ".join(["科目编码 科目名称 决算数"] * len(blocks)))
    w = m.get("wrap", 0) if m.get("wrap_shape") == "after" else 0
    for k in range(n):
        cells, tails, line = [], [], []
        for bi, b in enumerate(blocks):
            if k >= len(b):
                continue
            code, name, figs = b[k]
            v = stray.get(("econ", code), figs[0]) or ""
            if w and len(name) > w:
                tails.append((bi, name[w:]))
                name = name[:w]
            if L:
                x = xs[bi]
                cells += [(x[0], code, "l"), (x[1], name, "l"), (x[2], v, "r")]
            else:
                line += [code, name, v]
        if L:
            pg.add(place(cells))
        else:
            pg.add(" ".join(line))
            if tails:
                pg.add(" ".join(t for _b, t in tails))
    if L:
        pg.add(
            place(
                [
                    (8, "人员经费合计", "l"),
                    (44, pt, "r"),
                    (58, "公用经费合计", "l"),
                    (144 if len(blocks) == 3 else 94, ut, "r"),
                ]
            )
        )
    else:
        pg.add(f"人员经费合计 {pt} 公用经费合计 {ut}")
    pg.add(NOTES[5])


def sangong_table(pg, d):
    m = d["meta"]
    L = m["fmt"] == "layout"
    table_head(pg, d, 6)
    b, a = d["sangong"]
    if m["sangong"] == "row12":
        if L:
            # figure columns end at 10 24 34 46 58 70 (预算数) and 76 further right (决算数); a parent header
            # centred over its children
            pg.add(place([(34, "预算数", "l"), (100, "决算数", "l")]))
            heads = [(6, "合计"), (14, "因公出国（境）费"), (38, "公务用车购置及运行费"), (64, "公务接待费")]
            pg.add(place([(c + off, h, "l") for off in (0, 66) for c, h in heads]))
            subs = [(31, "小计"), (38, "公务用车购置费"), (50, "公务用车运行费")]
            pg.add(place([(c + off, h, "l") for off in (0, 66) for c, h in subs]))
            xs = [x + off for off in (0, 66) for x in (10, 24, 34, 46, 58, 70)]
            pg.add(place([(x, v, "r") for x, v in zip(xs, b + a)]))
        else:
            pg.add("预算数 决算数")
            pg.add(
                "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费"
            )
            pg.add("小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费")
            pg.add(" ".join(b + a))
    else:
        from rules_s31a_data import SANGONG_ITEM_LABELS as labels

        pg.add(
            place([(10, "项目", "l"), (52, "预算数", "l"), (70, "决算数", "l")])
            if L
            else "项目 预算数 决算数"
        )
        for lab, bv, av in zip(labels, b, a):
            pg.add(place([(2, lab, "l"), (58, bv, "r"), (76, av, "r")]) if L else f"{lab} {bv} {av}")
    pg.add(NOTES[6])


def fund_table(pg, d, i, mode, text):
    m = d["meta"]
    L = m["fmt"] == "layout"
    money = "政府性基金预算财政拨款" if i == 7 else "国有资本经营预算财政拨款"
    y, who = m["year"], "本单位" if m["scope"] == "单位" else "本部门"
    if mode == "statement":
        code, title = m["codes"][i], TITLES[i]
        pg.add(*([" " * 50 + title, " " * 100 + code] if L else [title, code]))
        if i == 7:
            pg.add(f"{who}{y}年度没有{money}收入，也没有使用{money}安排的支出，故本表为空表。")
        else:
            pg.add(f"{who}{y}年度没有使用{money}安排的支出，故本表为空表。")
        return
    table_head(pg, d, i)
    pg.add(*head_lines("gf" if i == 7 else "sc", m))
    if mode == "rows":
        for code, name, figs in block(text):
            if L:
                pg.add(*layout_row(code, name, figs, m, LAYOUT_COLS["gf"]))
            else:
                pg.add(*plain_row(code, name, figs, m))
        pg.add(f"注：本表反映部门本年度{money}收入、支出及年末结转结余情况。")
    else:
        pg.add(
            f"注：{who}{y}年度无{money}收入、支出及结转结余，故本表无数据。"
            if i == 7
            else f"注：{who}{y}年度无{money}支出，故本表无数据。"
        )


# ============================================================================================ narrative
def narrative(pg, d):
    m, s = d["meta"], d["summary"]
    u, y, org = m["unit"], m["year"], m["org"]
    kind = "单位" if m["scope"] == "单位" else "部门"
    bot = {b[0]: b for b in s["bottom"]}
    tin, tout, tot = bot["本年收入合计"][1], bot["本年收入合计"][3], bot["总计"][1]
    exp_rows = {c or "合计": f for c, _n, f in block(d["exp"])}
    gb_rows = {c or "合计": f for c, _n, f in block(d["gb"])}
    names = {c: n for c, n, _f in block(d["gb"])}
    form = m["gb_form"]
    act = (lambda c: gb_rows[c][2]) if form == "flow" else (lambda c: gb_rows[c][-3])
    lines = [
        f"第三部分 {org}{y}年度{kind}决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{y}年度收入总计{wan(tot, u)}万元，支出总计{wan(tot, u)}万元。与上年相比，收、支总计各增加"
        f"{wan(num(tot) * D('0.06'), u)}万元，增长6.38%，主要原因是人员经费和项目支出增加。",
        "二、收入决算情况说明",
        f"{y}年度本年收入合计{wan(tin, u)}万元，其中：一般公共预算财政拨款收入"
        f"{wan(s['inc'][0][1], u)}万元，占{pct(s['inc'][0][1], tin)}。",
        "三、支出决算情况说明",
        f"{y}年度本年支出合计{wan(tout, u)}万元，其中：基本支出{wan(exp_rows['合计'][1], u)}万元，占"
        f"{pct(exp_rows['合计'][1], tout)}；项目支出{wan(exp_rows['合计'][2], u)}万元，占"
        f"{pct(exp_rows['合计'][2], tout)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"{y}年度财政拨款收入总计{wan(d['fiscal']['bottom'][-1][1], u)}万元。",
        "五、一般公共预算财政拨款支出决算情况说明",
    ]
    ga = act("合计")
    lines.append(f"{y}年度一般公共预算财政拨款支出{wan(ga, u)}万元，占本年支出合计的{pct(ga, tout)}。")
    if form == "ba":
        gbud = gb_rows["合计"][0]
        rate = pct(ga, gbud)
        if m.get("planted_rate"):
            rate = m["planted_rate"]
        lines.append(
            f"{y}年度一般公共预算财政拨款支出年初预算为{wan(gbud, u)}万元，支出决算为{wan(ga, u)}万元，"
            f"完成年初预算的{rate}。其中："
        )
        k = 0
        for c, f in gb_rows.items():
            if c != "合计" and len(c) == 3:
                k += 1
                lines.append(
                    f"{k}.{names[c]}（类）。年初预算为{wan(f[0], u)}万元，支出决算为{wan(f[3], u)}万元，"
                    f"完成年初预算的{pct(f[3], f[0])}。"
                )
    lines.append("六、一般公共预算财政拨款基本支出决算情况说明")
    pers, pub, pt, ut = d["econ"]
    lines.append(
        f"{y}年度一般公共预算财政拨款基本支出{wan(num(pt) + num(ut), u)}万元，其中：人员经费"
        f"{wan(pt, u)}万元；公用经费{wan(ut, u)}万元。"
    )
    b, a = d["sangong"]
    lines.append("七、一般公共预算财政拨款“三公”经费支出决算情况说明")
    lines.append(
        f"{y}年度“三公”经费支出预算为{wan(b[0], u)}万元，支出决算为{wan(a[0], u)}万元，完成预算的"
        f"{pct(a[0], b[0])}。其中：因公出国（境）费支出决算为{wan(a[1], u)}万元；公务用车购置及运行维护费支出"
        f"决算为{wan(a[2], u)}万元；公务接待费支出决算为{wan(a[5], u)}万元。"
    )
    lines.append("八、政府性基金预算财政拨款收入支出决算情况说明")
    if d.get("gf"):
        g = {c or "合计": f for c, _n, f in block(d["gf"])}["合计"]
        lines.append(f"{y}年度政府性基金预算财政拨款收入{wan(g[1], u)}万元，支出{wan(g[2], u)}万元。")
    else:
        lines.append(f"本{kind}{y}年度无政府性基金预算财政拨款收入支出。")
    lines.append("九、国有资本经营预算财政拨款支出决算情况说明")
    lines.append(f"本{kind}{y}年度无国有资本经营预算财政拨款支出。")
    return lines


def wrap_text(line, width):
    """A paragraph as the page breaks it: about `width` characters a line, never inside a figure."""
    out = []
    while len(line) > width:
        cut = width
        while (
            cut < len(line)
            and (line[cut].isdigit() or line[cut] in ",.%")
            and (line[cut - 1].isdigit() or line[cut - 1] in ",.")
        ):
            cut += 1
        out.append(line[:cut])
        line = line[cut:]
    return out + [line] if line else out


# ============================================================================================ a document
def document(d):
    m = d["meta"]
    L = m["fmt"] == "layout"
    kind = "单位" if m["scope"] == "单位" else "部门"
    org, y = m["org"], m["year"]
    ind = (lambda s: " " * 30 + s) if L else (lambda s: s)
    pg = Pages(L)
    pg.add(ind(org), ind(f"{y}年度{kind}决算"), "", ind(f"{y + 1}年8月"))
    pg.turn()
    pg.add(
        ind("目    录") if L else "目 录",
        f"第一部分 {kind}概况",
        "一、主要职能",
        "二、机构设置",
        f"第二部分 {y}年度{kind}决算表",
    )
    for k, t in enumerate(TITLES):
        pg.add(f"{k + 1}.{t}" if not m["codes"][0].startswith("附") else f"{m['codes'][k]} {t}")
    pg.add(f"第三部分 {y}年度{kind}决算情况说明", "第四部分 名词解释")
    pg.turn()
    pg.add(
        f"第一部分 {kind}概况",
        "一、主要职能",
        f"{org}是区政府工作部门，负责本行政区域内相关行业管理和公共服务工作，贯彻执行国家、省、市有关方针政策"
        "和法律法规。"
        if not L
        else f"    {org}是区政府工作部门，负责本行政区域内相关行业管理和公共服务工作。",
        "二、机构设置",
        f"纳入本{kind}{y}年度决算编制范围的单位包括：{org}本级"
        + ("。" if kind == "单位" else "及所属事业单位2个。"),
    )
    pg.turn()
    pg.add(f"第二部分 {org}{y}年度{kind}决算表")
    summary_table(pg, d)
    pg.turn()
    functional_table(pg, d, 1, "inc", d["inc"], "inc")
    pg.turn()
    functional_table(pg, d, 2, "exp", d["exp"], "exp")
    pg.turn()
    fiscal_table(pg, d)
    pg.turn()
    functional_table(pg, d, 4, "gb", d["gb"], m["gb_form"], rate_cols if m.get("gb_rates") else None)
    pg.turn()
    econ_table(pg, d)
    pg.turn()
    sangong_table(pg, d)
    pg.turn()
    fund_table(pg, d, 7, m["gf"], d.get("gf"))
    if m["gf"] == "statement" or m["sc"] == "statement":
        pg.add("")
    else:
        pg.turn()
    fund_table(pg, d, 8, m["sc"], None)
    pg.turn()
    lines = [piece for ln in narrative(pg, d) for piece in wrap_text(ln, 40)]
    for k, ln in enumerate(lines):
        if k and k % 24 == 0:
            pg.turn()
        pg.add(("    " + ln) if L else ln)
    pg.turn()
    pg.add(
        "第四部分 名词解释",
        "一、财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金"
        "预算财政拨款。",
        "二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    )
    return pg.text()


def main():
    for name, d in DOCS.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(document(d))
        print("wrote", name)


if __name__ == "__main__":
    main()
