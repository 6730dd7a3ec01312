"""Rendering helpers of the rules_s31l inputs (gen.py): pdftotext-like wrapping, pages with footers and
running headers, and small tables whose 类 / 款 / 合计 rows are summed from their 项 leaves."""

import unicodedata
from decimal import Decimal as D

WIDTH = 78
NO_LINE_START = "。，、；：）》％%”！？"

NAMES = {
    "201": "一般公共服务支出",
    "20106": "财政事务",
    "20113": "商贸事务",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "20702": "文物",
    "20801": "人力资源和社会保障管理事务",
    "20807": "就业补助",
    "20811": "残疾人事业",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "21302": "林业和草原",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "223": "国有资本经营预算支出",
    "22302": "国有企业资本金注入",
    "20126": "档案事务",
    "20138": "市场监督管理事务",
    "204": "公共安全支出",
    "20406": "司法",
    "205": "教育支出",
    "20501": "教育管理事务",
    "20502": "普通教育",
    "20509": "教育费附加安排的支出",
    "20703": "体育",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "20805": "行政事业单位养老支出",
    "20810": "社会福利",
    "20820": "临时救助",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "21002": "公立医院",
    "21004": "公共卫生",
    "21007": "计划生育事务",
    "21011": "行政事业单位医疗",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "21203": "城乡社区公共设施",
    "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "221": "住房保障支出",
    "22102": "住房改革支出",
}


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(par):
    lines, cur, width = [], "", 0
    for ch in par:
        if width + dw(ch) > WIDTH and ch not in NO_LINE_START:
            lines.append(cur)
            cur, width = "", 0
        cur += ch
        width += dw(ch)
    if cur:
        lines.append(cur)
    return lines


def v(x):
    return D(x.replace(",", "")) if x else D(0)


def fmt(x):
    return f"{x:,.2f}"


def table(
    title,
    form,
    unit_label,
    leaves,
    note,
    unit="万元",
    head=("本年支出合计", "合计 基本支出 项目支出"),
    names=None,
):
    """leaves: {code7: (name, basic, project)}. Rows (类, 款, 合计) are summed from the leaves."""
    known = dict(NAMES, **(names or {}))
    rows = {}
    for code, (_name, basic, project) in leaves.items():
        for part in (code[:3], code[:5], code):
            b, p = rows.get(part, (D(0), D(0)))
            rows[part] = (b + v(basic), p + v(project))
    out = [title, f"{' ' * 60}{form}", f"部门：{unit_label}{' ' * 30}单位：{unit}"]
    out += ["科目编码 科目名称 " + head[0], head[1], "栏次 1 2 3"]
    tb = sum(b for c, (b, p) in rows.items() if len(c) == 3)
    tp = sum(p for c, (b, p) in rows.items() if len(c) == 3)
    out.append(" ".join(["合计", fmt(tb + tp), fmt(tb), fmt(tp)]))
    for code in sorted(rows):
        b, p = rows[code]
        name = leaves[code][0] if len(code) == 7 else known[code]
        cells = [fmt(b + p), fmt(b) if b else "", fmt(p) if p else ""]
        out.append(" ".join([code, name] + [c for c in cells if c]))
    out.append(note)
    return out


def sangong(title, form, unit_label, budget, actual=None, unit="万元"):
    """The 三公 table: budget (and actual) as (出国, 购置, 运行, 接待); 合计 and 车 summed."""

    def cells(fig):
        out_, buy, run, rec = (v(x) for x in fig)
        return [fmt(out_ + buy + run + rec), fmt(out_), fmt(buy + run), fmt(buy), fmt(run), fmt(rec)]

    head = "合计 因公出国（境）费 公务用车购置及运行费 公务接待费"
    sub = "小计 公务用车购置费 公务用车运行费"
    out = [title, f"{' ' * 60}{form}", f"编制单位：{unit_label} 单位：{unit}"]
    if actual is None:
        out += [head, sub, " ".join(cells(budget))]
    else:
        out += ["预算数 决算数", f"{head} {head}", f"{sub} {sub}", " ".join(cells(budget) + cells(actual))]
    out.append("注：本表反映“三公”经费财政拨款支出情况。")
    return out


def render(items):
    """items: lines as is; "|…" a paragraph wrapped at 78 columns ("¶" inside it turns the page there);
    "PAGE" ends a page (its number, a form feed, the running header); ("HEADER", text); lists of lines."""
    out, state = [], {"page": 1, "header": None, "feed": False}

    def put(line):
        out.append(("\f" if state["feed"] else "") + line)
        state["feed"] = False

    def turn():
        put(f"- {state['page']} -")
        state["page"] += 1
        state["feed"] = True
        if state["header"]:
            put(state["header"])

    for item in items:
        if item == "PAGE":
            turn()
        elif isinstance(item, tuple) and item[0] == "HEADER":
            state["header"] = item[1]
        elif isinstance(item, list):
            for line in item:
                put(line)
        elif item.startswith("|"):
            parts = item[1:].split("¶")
            for n, part in enumerate(parts):
                if n:
                    turn()
                for line in wrap(part):
                    put(line)
        else:
            put(item)
    put(f"- {state['page']} -")  # the last page's footer, no header after it
    return "\n".join(out) + "\n"
