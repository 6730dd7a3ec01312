"""The 说明 of the rules_s36d reports and the claims it states, written from the figures typed in rules_s36d_data.py.
The tables are rules_s34c's (s34c_lib.build / expectations, imported, as rules_s35d and rules_s35g do); this adds only
the narrative: each document's paragraphs are typed in the data as templates whose figures are named, never written
out, so the printed figure and the claim's figure come from the same value:

  {gb.2010101}            the 项's 一般公共预算 actual (gp_pe + gp_pu + gp_p), in the document's unit as it prints money
  {yb.2010101}            the 项's 年初预算 (yb_b + yb_p)
  {gb.2010101/yb.2010101} a rate: the first over the second, in percent
  {grand-prior.grand}     a difference (absolute; the words 增加 / 减少 are the template's)
  {x:mode}                mode: w 万元 "1,234.56", wn 万元 "1234.56", wfw 万元 full-width "１２３４．５６", y 元
                          "12,345.60", yn 元 "12345.60"; p percent "98.19", p0 "98", p1 "98.2", pfw full-width
                          "９８．１９" (default: w in a 万元 document, y in a 元 one; p for a rate)

Names: grand (收入支出决算总计), income, spend (本年收入 / 支出合计), fiscal (财政拨款收入支出决算总计: 年初财政拨款结转 +
本年财政拨款收入), gp (一般公共预算财政拨款支出), yb (its 年初预算), basic / project (every fund's), gpbasic, pe, pu (the
一般公共预算 basic, 人员经费, 公用经费), sgb / sga (三公 budget / actual) and .out .car .buy .run .rec, gb.CODE / yb.CODE,
and the document's typed extras (last year's figures prior.*, 调整预算 adj.*, 机关运行经费 ops, 政府采购 proc …).

A claim's figure is written the same way ("gb.2010101", "gb.2010101/yb.2010101:p0", "-grand-prior.grand" for a
decrease, "=0" a literal) and resolved to the figure AS PRINTED (its rounding), in 元 (money) or percent (a rate).
Markers inside a paragraph: ⏎ a line break there, ⇟ a page break there (the page's footer, \\f, the running head)."""

from __future__ import annotations

import os
import re
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules_s34c"))
from s34c_lib import FUNC, Z, build, d, expectations  # noqa: E402,F401

FUNC.update(
    {
        "20101": "人大事务",
        "2010101": "行政运行",
        "2010104": "人大会议",
        "2010108": "代表工作",
        "2010150": "事业运行",
        "2010199": "其他人大事务支出",
        "20113": "商贸事务",
        "2011308": "招商引资",
        "206": "科学技术支出",
        "20601": "科学技术管理事务",
        "2060101": "行政运行",
        "20604": "技术研究与开发",
        "2060499": "其他技术研究与开发支出",
        "20607": "科学技术普及",
        "2060702": "科普活动",
        "20699": "其他科学技术支出",
        "2069999": "其他科学技术支出",
        "204": "公共安全支出",
        "20406": "司法",
        "2040601": "行政运行",
        "2040604": "基层司法业务",
        "2040605": "普法宣传",
        "2040607": "公共法律服务",
        "2040610": "社区矫正",
        "216": "商业服务业等支出",
        "21602": "商业流通事务",
        "2160201": "行政运行",
        "2160299": "其他商业流通事务支出",
        "2130126": "农村社会事业",
        "2130148": "渔业发展",
        "2100402": "卫生监督机构",
        "2100403": "妇幼保健机构",
        "2100499": "其他公共卫生支出",
    }
)

FW = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
Q2, Q1, Q0 = D("0.01"), D("0.1"), D("1")
SIGN = {"p": Q2, "p1": Q1, "p0": Q0, "pfw": Q2}


def values(doc, info):
    """Every named figure of the document, in 元."""
    f = D(10000) if doc["unit"] == "万元" else D(1)
    V = {}
    L = info["L"]

    def put(k, x):
        V[k] = d(x) * f

    for k in ("grand", "income", "spend", "gp", "yb", "basic", "project"):
        put(k, info[k])
    put("fiscal", info["fiscal"] + d(doc["fcb"]))
    pe = sum((m.get("gp_pe", Z) for m in L.values()), Z)
    pu = sum((m.get("gp_pu", Z) for m in L.values()), Z)
    put("pe", pe)
    put("pu", pu)
    put("gpbasic", pe + pu)
    for c, m in L.items():
        put("gb." + c, m.get("gp_pe", Z) + m.get("gp_pu", Z) + m.get("gp_p", Z))
        put("yb." + c, m.get("yb_b", Z) + m.get("yb_p", Z))
    for tag, vals in (("sgb", doc["sangong_budget"]), ("sga", doc["sangong"])):
        o, p, r, a = (d(x) for x in vals)
        for k, x in (
            ("", o + p + r + a),
            (".out", o),
            (".car", p + r),
            (".buy", p),
            (".run", r),
            (".rec", a),
        ):
            put(tag + k, x)
    put("fin_in", info["fiscal"])
    put("oth_in", info["income"] - info["fiscal"])
    put("gf", info["gf"])
    put("fspend", info["gp"] + info["gf"])
    for c in {c[:3] for c in L}:
        put("cls." + c, sum((V["gb." + k] / f for k in L if k[:3] == c), Z))
    for k, x in doc.get("extra", {}).items():
        put(k, x)
    for k in [k for k in V if k.startswith("prior.")]:
        V["chg." + k[6:]] = V[k[6:]] - V[k]
    return V


def q(x, step):
    return x.quantize(step, ROUND_HALF_UP)


def show(V, doc, expr):
    """The printed string of an expression."""
    body, _, mode = expr.partition(":")
    m = re.fullmatch(r"([\w.]+)(?:([/\-+])([\w.]+))?", body)
    assert m, expr
    a = abs(V[m.group(1)])
    op = m.group(2)
    if op == "/":
        mode = mode or "p"
        b = abs(V[m.group(3)])
        x = q(a / b * 100, SIGN[mode])
        s = f"{x:.{max(0, -x.as_tuple().exponent)}f}"
        return s.translate(FW) if mode == "pfw" else s
    if op == "-":
        a = abs(a - V[m.group(3)])
    elif op == "+":
        a = a + V[m.group(3)]
    mode = mode or ("w" if doc["unit"] == "万元" else "y")
    if mode in ("w", "wn", "wfw"):
        x = q(a / 10000, Q2)
        s = f"{x:,.2f}" if mode == "w" else f"{x:.2f}"
        return s.translate(FW) if mode == "wfw" else s
    x = q(a, Q2)
    return f"{x:,.2f}" if mode == "y" else f"{x:.2f}"


def figure(V, doc, spec):
    """A claim's figure as printed: money in 元, a rate in percent."""
    if spec is None:
        return None
    neg = spec.startswith("-")
    spec = spec.lstrip("-")
    if spec.startswith("="):
        x = D(spec[1:])
    else:
        s = show(V, doc, spec).translate(
            {ord(b): a for a, b in zip("0123456789.,%", "０１２３４５６７８９．，％")}
        )
        x = D(s.replace(",", ""))
        body, _, mode = spec.partition(":")
        if "/" not in body and (mode or ("w" if doc["unit"] == "万元" else "y")).startswith("w"):
            x *= 10000
    return -x if neg else x


def render(doc, V):
    """The 说明: [(text, is_heading)] with every {figure} printed."""
    out = []
    for line in doc["say"]:
        heading = line.startswith("#")
        text = re.sub(r"\{([^{}]+)\}", lambda m: show(V, doc, m.group(1)), line.lstrip("#"))
        out.append((text, heading))
    out.append(("第四部分 名词解释", True))
    out += [(t, False) for t in GLOSSARY]
    return out


def claims_of(doc, V):
    """[(kind, code, name piece, fund_scope, {field: D})] with every figure as printed."""
    out = []
    for kind, code, name, scope, figs in doc["claims"]:
        out.append((kind, code, name, scope, {k: figure(V, doc, v) for k, v in figs.items()}))
    return out


def not_claims_of(doc, V):
    """[(piece of the sentence, the figure it prints as a number, why)]."""
    out = []
    for piece, fig, why in doc.get("not_claims", []):
        piece = re.sub(r"\{([^{}]+)\}", lambda m: show(V, doc, m.group(1)), piece)
        if fig.startswith("{"):
            fig = show(V, doc, fig.strip("{}"))
        out.append(
            (
                piece,
                D(
                    fig.translate(
                        {ord(b): a for a, b in zip("0123456789.,", "０１２３４５６７８９．，")}
                    ).replace(",", "")
                ),
                why,
            )
        )
    return out


GLOSSARY = (
    "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
    "二、其他收入：指单位取得的除上述收入以外的各项收入，主要是存款利息收入等。",
    "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
)


def flatten(doc, tabs):
    """The printed column set, as rules_s35g prints its finals: s34c_lib builds 基本支出 over 合计 | 人员经费 | 公用经费;
    these reports print 基本支出 as ONE column in the 一般公共预算 table (决算数 over 小计 | 基本支出 | 项目支出) and, in plain
    text, in the 支出决算表 too. Dropping columns after build() keeps every relation s34c_lib re-added."""
    from s34c_lib import EXP, GB

    spec = {GB: ("决算数", "基本支出")}
    if not doc["file"].endswith(".layout.txt"):
        spec[EXP] = ("基本支出",)
    for t in tabs:
        if t.key not in spec or t.kind != "coded":
            continue
        keep = [j for j, c in enumerate(t.cols) if c.key not in ("personnel", "public_funds")]
        t.cols = [t.cols[j] for j in keep]
        for c in t.cols:
            if c.key == "basic":
                c.head = spec[t.key]
        for r in t.rows:
            r["cells"] = [r["cells"][j] for j in keep]
    return tabs
