"""Write the probes (-layout text). Each row: (code, above, on, below, figures): the name's pieces above the
code's line, on it, below it; figures in yuan-less 万元 with two decimals (合计 | 基本支出 | 项目支出)."""

from lay import line, cover, w

UNIT = "某某县自然资源局"
NAME_X, FIG = 10, (46, 62, 78)


def f(v):
    return f"{v:,.2f}"


def header(title, cols=("合计", "基本支出", "项目支出"), last=None):
    out = [line((20, title)), line((0, f"编制单位：{UNIT}"), (72, "单位：万元"))]
    out.append(line((0, "科目编码"), (NAME_X + 2, "科目名称"), *[(x, c, "r") for x, c in zip(FIG, cols)]))
    if last:
        out.append(last)
    out.append("")
    return out


def rows(spec, name_x=NAME_X, code_x=0, indent=0, first_only=False):
    """indent: page columns per level (类 0, 款 1, 项 2) the name stands right; first_only: only its first
    line indented (leading full-width spaces)."""
    out = []
    base_x = name_x
    for code, above, on, below, figs in spec:
        level = {3: 0, 5: 1, 7: 2}.get(len(code or ""), 0)
        name_x = base_x + indent * level
        first = True
        for p in above:
            out.append(line((name_x if first or not first_only else base_x, p)))
            first = False
        if not first and first_only:
            name_x = base_x
        parts = []
        if code:
            parts.append((code_x, code))
        if on:
            parts.append((name_x if code_x + w(code or "") < name_x else code_x + w(code) + 1, on))
        parts += [(x, f(v), "r") for x, v in zip(FIG, figs) if v is not None]
        out.append(line(*parts))
        for p in below:
            out.append(line((base_x if first_only else name_x, p)))
        name_x = base_x
    return out


def doc(year, kind, tables):
    out = cover(UNIT, year, kind)
    for t in tables:
        out += t + ["", "", ""]
    return "\n".join(out) + "\n"


def write(name, text):
    open(name, "w").write(text)
    print("wrote", name)


def wrap(name, width):
    return [name[i : i + width] for i in range(0, len(name), width)]


def aligned(code, name, figs, width, how, indent=0):
    """a row spec from a name wrapped at `width` characters (less `indent` characters per level below 类), its
    cell aligned top / centre / bottom."""
    level = {3: 0, 5: 1, 7: 2}.get(len(code or ""), 0)
    p = wrap(name, width - indent * level)
    if how == "top":
        return (code, [], p[0], p[1:], figs)
    if how == "bottom":
        return (code, p[:-1], p[-1], [], figs)
    k = len(p) // 2
    if len(p) % 2:  # odd: the middle piece on the code's line
        return (code, p[:k], p[k], p[k + 1 :], figs)
    return (code, p[:k], None, p[k:], figs)


SUBJECTS = [
    (None, "合计", (434, 84, 350)),
    ("208", "社会保障和就业支出", (84, 84, 0)),
    ("20805", "行政事业单位养老支出", (84, 84, 0)),
    ("2080505", "机关事业单位基本养老保险缴费支出", (60, 60, 0)),
    ("2080506", "机关事业单位职业年金缴费支出", (24, 24, 0)),
    ("212", "城乡社区支出", (350, 0, 350)),
    ("21208", "国有土地使用权出让收入安排的支出", (350, 0, 350)),
    ("2120801", "征地和拆迁补偿支出", (300, 0, 300)),
    ("2120899", "其他国有土地使用权出让收入安排的支出", (50, 0, 50)),
]

ECON = [
    (None, "合计", (200, 170, 30)),
    ("301", "工资福利支出", (170, 170, 0)),
    ("30101", "基本工资", (60, 60, 0)),
    ("30108", "机关事业单位基本养老保险缴费", (40, 40, 0)),
    ("30110", "职工基本医疗保险缴费", (20, 20, 0)),
    ("30112", "其他社会保障缴费", (10, 10, 0)),
    ("30113", "住房公积金", (40, 40, 0)),
    ("302", "商品和服务支出", (30, 0, 30)),
    ("30201", "办公费", (10, 0, 10)),
    ("30228", "工会经费", (8, 0, 8)),
    ("30299", "其他商品和服务支出", (12, 0, 12)),
]
