"""Tables, identities, 说明 and expectations of the rules_s41c reports (other provinces' 部门预算 / 部门决算 in the
Ministry of Finance's standard 9-table set). Everything printed is built here from the figures typed in
rules_s41c_data.py; nothing reads the parser. The names of codes are rules_s34c's lists (../rules_s34c/s34c_lib.py,
imported) with this set's codes added.

Money is typed per functional 项 ("leaves", in the report's unit), "code key=amount …":
- budget: gp_pe / gp_pu / gp_p (一般公共预算 人员经费 / 公用经费 / 项目), gf_p (政府性基金 项目), sp_p (财政专户 项目),
  biz_pe / biz_p (事业收入), oth_p (其他收入);
- final: gp_pe / gp_pu / gp_p, gf_p, oth_pe / oth_p (spending by fund and kind); yb (年初预算 of the 一般公共预算
  money); igp / igf / ioth (the income of the 项 by fund, when it is not the spending: carry-overs, a negative 其他收入).
econ: the 一般公共预算 基本支出 by economic 款 (30101 / 30201 are the rests of 人员经费 / 公用经费, computed).

identities() re-adds every printed table from its printed strings (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类,
both sides' 总计, across tables: 支出表 合计 = 收支总表 本年支出合计, 一般公共预算支出表 = 财政拨款总表's 一般公共预算
column per 类, 基本支出表 = 一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), so a typo fails at import."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s34c"))
from s34c_lib import ECON, FUNC  # noqa: E402

Z = D(0)
IS, INC, EXP, FS = (
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "fiscal_summary",
)
GB, EB, SG, GF, SC = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "state_capital",
)
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"
CN = "一二三四五六七八九十"
CNL = [*CN, "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]

FUNC.update(
    {
        "20104": "发展与改革事务",
        "2010401": "行政运行",
        "2010402": "一般行政管理事务",
        "2010404": "战略规划与实施",
        "2010408": "物价管理",
        "2010450": "事业运行",
        "2010499": "其他发展与改革事务支出",
        "20105": "统计信息事务",
        "2010599": "其他统计信息事务支出",
        "2010302": "一般行政管理事务",
        "2010350": "事业运行",
        "2010399": "其他政府办公厅（室）及相关机构事务支出",
        "20132": "组织事务",
        "2013299": "其他组织事务支出",
        "20129": "群众团体事务",
        "2012999": "其他群众团体事务支出",
        "20806": "企业改革补助",
        "2080599": "其他行政事业单位养老支出",
        "20802": "民政管理事务",
        "2080208": "基层政权建设和社区治理",
        "20810": "社会福利",
        "2081002": "老年福利",
        "20811": "残疾人事业",
        "2081107": "残疾人生活和护理补贴",
        "20828": "退役军人管理事务",
        "2082801": "行政运行",
        "2082804": "拥军优属",
        "2082850": "事业运行",
        "2082899": "其他退役军人事务管理支出",
        "2080801": "死亡抚恤",
        "2080802": "伤残抚恤",
        "2080803": "在乡复员、退伍军人生活补助",
        "2080805": "义务兵优待",
        "2080201": "行政运行",
        "2080202": "一般行政管理事务",
        "2080299": "其他民政管理事务支出",
        "20819": "最低生活保障",
        "2081901": "城市最低生活保障金支出",
        "2081902": "农村最低生活保障金支出",
        "20820": "临时救助",
        "2082001": "临时救助支出",
        "20821": "特困人员救助供养",
        "2082102": "农村特困人员救助供养支出",
        "2080899": "其他优抚支出",
        "20899": "其他社会保障和就业支出",
        "2089999": "其他社会保障和就业支出",
        "21004": "公共卫生",
        "2100408": "基本公共卫生服务",
        "21003": "基层医疗卫生机构",
        "2100302": "乡镇卫生院",
        "2120102": "一般行政管理事务",
        "2120106": "工程建设管理",
        "2120108": "城市规划与管理",
        "21202": "城乡社区规划与管理",
        "2120201": "城乡社区规划与管理",
        "21205": "城乡社区环境卫生",
        "2120501": "城乡社区环境卫生",
        "2120399": "其他城乡社区公共设施支出",
        "2120801": "征地和拆迁补偿支出",
        "2120810": "棚户区改造支出",
        "2120899": "其他国有土地使用权出让收入安排的支出",
        "21299": "其他城乡社区支出",
        "2129999": "其他城乡社区支出",
        "2130102": "一般行政管理事务",
        "2130109": "农产品质量安全",
        "2130110": "执法监管",
        "2130126": "农村社会事业",
        "2130199": "其他农业农村支出",
        "21303": "水利",
        "2130305": "水利工程建设",
        "2130314": "防汛",
        "21305": "巩固脱贫攻坚成果衔接乡村振兴",
        "2130504": "农村基础设施建设",
        "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
        "2130701": "对村级公益事业建设的补助",
        "2130705": "对村民委员会和村党支部的补助",
        "221": "住房保障支出",
        "22101": "保障性安居工程支出",
        "2210103": "棚户区改造",
        "2210108": "老旧小区改造",
        "22102": "住房改革支出",
        "2210201": "住房公积金",
        "2210203": "购房补贴",
        "224": "灾害防治及应急管理支出",
        "22401": "应急管理事务",
        "2240106": "安全监管",
        "22406": "自然灾害防治",
        "2240601": "地质灾害防治",
        "229": "其他支出",
        "22960": "彩票公益金安排的支出",
        "2296002": "用于社会福利的彩票公益金支出",
        "2296003": "用于体育事业的彩票公益金支出",
        "2296004": "用于教育事业的彩票公益金支出",
        "22999": "其他支出",
        "2299999": "其他支出",
        "215": "资源勘探工业信息等支出",
        "21508": "支持中小企业发展和管理支出",
        "2150805": "中小企业发展专项",
        "2150899": "其他支持中小企业发展和管理支出",
        "216": "商业服务业等支出",
        "21602": "商业流通事务",
        "2160299": "其他商业流通事务支出",
        "2101101": "行政单位医疗",
        "2101102": "事业单位医疗",
        "2101103": "公务员医疗补助",
        "2101199": "其他行政事业单位医疗支出",
        "2080505": "机关事业单位基本养老保险缴费支出",
        "2080506": "机关事业单位职业年金缴费支出",
    }
)
ECON.update(
    {
        "30104": "其他社会保障缴费",
        "30111": "公务员医疗补助缴费",
        "30202": "印刷费",
        "30209": "物业管理费",
        "30214": "租赁费",
        "30226": "劳务费",
        "30227": "委托业务费",
        "30304": "抚恤金",
        "30307": "医疗费补助",
        "30399": "其他对个人和家庭的补助",
        "30302": "退休费",
        "312": "对企业补助",
    }
)


def d(s) -> D:
    return D(str(s).replace(",", "")) if s not in (None, "") else Z


def fmt(v: D, sep=True, zero="") -> str:
    if v == 0:
        return zero
    v = v.quantize(D("0.01"), ROUND_HALF_UP)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def wan(v: D, unit: str) -> D:
    """A figure in 万元 as the 说明 prints it (two decimals)."""
    return (v / 10000 if unit == "元" else v).quantize(D("0.01"), ROUND_HALF_UP)


def want(c):
    """A printed cell as expected: a zero cell is a dash (loading 0 or nothing both fine)."""
    return c + "?" if d(c) == 0 else c


def rate(a, b) -> D:
    return (a / b * 100).quantize(D("0.01"), ROUND_HALF_UP)


@dataclass
class Tab:
    key: str
    title: str
    unit: str
    heads: list = field(default_factory=list)  # per column: "name" or "group/sub"
    keys: list = field(default_factory=list)  # per column: None (label) or the column key
    rows: list = field(default_factory=list)  # dict(code, name, level, cells)
    kind: str = "coded"  # coded | two | one | empty | blocks
    empty: str = ""  # the words an empty table prints
    exp: list = field(default_factory=list)
    widths: list = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ leaves
def leaves_of(text):
    out = {}
    for line in text.strip().splitlines():
        code, *kv = line.split()
        assert code in FUNC and len(code) == 7, code
        assert code[:5] in FUNC and code[:3] in FUNC, code
        out[code] = {k: d(v) for k, v in (x.split("=") for x in kv)}
    return out


def S(m, *keys):
    return sum((m.get(k, Z) for k in keys), Z)


def func_rows(L, fn):
    """(code, name, level, {key: D}) for 类 / 款 / 项 and the 合计 (level 0) LAST; all-zero rows left out."""
    vals = {c: fn(m) for c, m in L.items()}
    vals = {c: v for c, v in vals.items() if any(v.values())}
    keys = sorted({k for v in vals.values() for k in v})

    def add(codes):
        return {k: sum((vals[c].get(k, Z) for c in codes), Z) for k in keys}

    rows = []
    for lei in sorted({c[:3] for c in vals}):
        rows.append((lei, FUNC[lei], 1, add([c for c in vals if c[:3] == lei])))
        for kuan in sorted({c[:5] for c in vals if c[:3] == lei}):
            rows.append((kuan, FUNC[kuan], 2, add([c for c in vals if c[:5] == kuan])))
            for x in sorted(c for c in vals if c[:5] == kuan):
                rows.append((x, FUNC[x], 3, dict(vals[x])))
    rows.append((None, "合计", 0, add(list(vals))))
    return rows


def coded(key, title, doc, cols, rows, *, empty_zero=""):
    """cols: [(head, key)] money columns; rows from func_rows (or econ rows). Label columns by doc style codes:
    "one" (科目编码 | 科目名称) or "split" (类 | 款 | 项 | 科目名称)."""
    st = doc["style"]
    split = st.get("codes") == "split"
    lab_heads = (
        ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称"] if split else ["科目编码", "科目名称"]
    )
    if key == EB:
        lab_heads = ["科目编码", "科目名称"]
        split = False
    t = Tab(
        key,
        title,
        doc["unit"],
        lab_heads + [h for h, _ in cols],
        [None] * len(lab_heads) + [k for _, k in cols],
    )
    sep = st.get("sep", True)
    first = [r for r in rows if r[2] == 0] if st.get("total_first") else []
    body = [r for r in rows if r[2] != 0]
    last = [] if st.get("total_first") else [r for r in rows if r[2] == 0]
    for code, name, level, vals in first + body + last:
        if code is None:
            lab = ["合计", "", "", ""] if split else ["合计", ""]
            lab = lab[: len(lab_heads)]
        elif split:
            lab = [code[:3], code[3:5], code[5:7], name]
            if level == 1 and st.get("lei_nocode"):
                lab = ["", "", "", name]
        else:
            lab = [code, name]
            if level == 1 and st.get("lei_nocode") and key != EB:
                lab = ["", name]
        cells = lab + [fmt(vals.get(k, Z), sep, empty_zero) for _, k in cols]
        t.rows.append(dict(code=code, name=name, level=level, cells=cells))
        figs = {k: want(c) for (_, k), c in zip(cols, cells[len(lab_heads) :]) if c and k}
        if figs:
            t.exp.append((code, name if code else "合计", figs))
    return t


def two(key, title, doc, left, right, lhead, rheads, *, rowno=False, zero=""):
    """left [(label, D or None)], right [(label, {key: D})]; rheads [(head, key)]."""
    sep = doc["style"].get("sep", True)
    heads = ["收入/项目"] + (["收入/行次"] if rowno else []) + [f"收入/{lhead[0]}"]
    heads += ["支出/项目"] + (["支出/行次"] if rowno else []) + [f"支出/{h}" for h, _ in rheads]
    keys = [None] + ([None] if rowno else []) + ["income"]
    keys += [None] + ([None] if rowno else []) + [k for _, k in rheads]
    t = Tab(key, title, doc["unit"], heads, keys, kind="two")
    n = max(len(left), len(right))
    for i in range(n):
        ln, lv = left[i] if i < len(left) else ("", None)
        rn, rv = right[i] if i < len(right) else ("", {})
        cells = [ln] + ([str(i + 1)] if rowno and ln else [""] if rowno else [])
        cells += [fmt(lv, sep, zero) if lv is not None else ""]
        cells += [rn] + ([str(n + i + 1)] if rowno and rn else [""] if rowno else [])
        cells += [fmt(rv.get(k, Z), sep, zero) if rv else "" for _, k in rheads]
        t.rows.append(dict(code=None, name=None, level=-1, cells=cells))
        if ln and cells[1 + rowno]:
            t.exp.append((None, ln, {"income": want(cells[1 + rowno])}))
        if rn and rv:
            base = 3 + 2 * rowno
            figs = {k: want(cells[base + j]) for j, (_, k) in enumerate(rheads) if cells[base + j]}
            if figs:
                t.exp.append((None, rn, figs))
    return t


def pairs(t, doc, L):
    """The 收支总表 as FOUR column pairs: 收入 | 支出（按功能分类） | 支出（按经济分类） | 支出（按支出性质）: the economic
    side = the basic money's economic 类 (the 基本支出表's) + the project money's (doc["proj_econ"]), the nature side
    基本支出 / 项目支出; each pair a 项目 | 预算数 column; the 合计 rows on the function pair only."""
    sep = doc["style"].get("sep", True)
    t.heads = ["收入/项目", "收入/预算数", "支出（按功能分类）/项目", "支出（按功能分类）/预算数"]
    t.heads += [
        "支出（按经济分类）/项目",
        "支出（按经济分类）/预算数",
        "支出（按支出性质）/项目",
        "支出（按支出性质）/预算数",
    ]
    t.keys = [None, "income", None, "expenditure", None, "expenditure", None, "expenditure"]
    pe = sum((S(m, "gp_pe", "biz_pe") for m in L.values()), Z)
    pu = sum((S(m, "gp_pu") for m in L.values()), Z)
    proj = sum((S(m, "gp_p", "gf_p", "sp_p", "biz_p", "oth_p") for m in L.values()), Z)
    e = {k: d(v) for k, v in doc["econ"].items()}
    by = {}
    for k, v in e.items():
        by[k[:3]] = by.get(k[:3], Z) + v
    by["301"] = by.get("301", Z) + pe - sum((v for k, v in e.items() if k[:3] in ("301", "303")), Z)
    by["302"] = by.get("302", Z) + pu - sum((v for k, v in e.items() if k[:3] in ("302", "310")), Z)
    pj = {k: d(v) for k, v in doc["proj_econ"].items()}
    assert sum(pj.values(), Z) == proj, (doc["stem"], proj)
    for k, v in pj.items():
        by[k] = by.get(k, Z) + v
    econ = [(f"{CN[i]}、{ECON[k]}", v) for i, (k, v) in enumerate(sorted(by.items()))]
    nature = [("一、基本支出", pe + pu), ("二、项目支出", proj)]
    assert sum((v for _, v in econ), Z) == pe + pu + proj == sum((v for _, v in nature), Z), doc["stem"]
    exp = [x for x in t.exp if x[2].get("income")]
    exp += [x for x in t.exp if not x[2].get("income")]
    for i, r in enumerate(t.rows):
        en = econ[i] if i < len(econ) else ("", None)
        na = nature[i] if i < len(nature) else ("", None)
        r["cells"] += [en[0], fmt(en[1], sep) if en[1] else "", na[0], fmt(na[1], sep) if na[1] else ""]
    for lab, v in econ + nature:
        exp.append((None, lab, {"expenditure": fmt(v, sep)}))
    t.exp = exp


def econ_rows(doc, pe, pu):
    e = {k: d(v) for k, v in doc["econ"].items()}
    e["30101"] = pe - sum((v for k, v in e.items() if k[:3] in ("301", "303")), Z)
    e["30201"] = pu - sum((v for k, v in e.items() if k[:3] in ("302", "310")), Z)
    assert e["30101"] > 0 and e["30201"] > 0, (doc["stem"], e["30101"], e["30201"])
    rows = []
    for lei in sorted({k[:3] for k in e}):
        kk = "personnel" if lei in ("301", "303") else "public_funds"
        tot = sum((v for k, v in e.items() if k[:3] == lei), Z)
        rows.append((lei, ECON[lei], 1, {"total": tot, kk: tot}))
        for k in sorted(x for x in e if x[:3] == lei):
            rows.append((k, ECON[k], 2, {"total": e[k], kk: e[k]}))
    rows.append((None, "合计", 0, {"total": pe + pu, "personnel": pe, "public_funds": pu}))
    return rows, e


def sg_tab(doc, title):
    sep, u = doc["style"].get("sep", True), doc["unit"]
    zero = doc["style"].get("sg_zero", "0.00")
    names = [
        ("合计", "total"),
        ("因公出国（境）费", "outbound"),
        ("公务用车购置及运行费", "vehicle"),
        ("公务用车购置费", "vehicle_purchase"),
        ("公务用车运行费", "vehicle_operation"),
        ("公务接待费", "reception"),
    ]

    def six(v):
        o, p, r, a = (d(x) for x in v)
        return [o + p + r + a, o, p + r, p, r, a]

    if doc["kind"] == "budget":
        blocks = [("", "", doc["sangong"])]
    else:
        blocks = [("预算数/", "@budget", doc["sangong_budget"]), ("决算数/", "", doc["sangong"])]
    t = Tab(SG, title, u, kind="one")
    cells, figs = [], {}
    for g, suf, vals in blocks:
        for (h, k), v in zip(names, six(vals)):
            t.heads.append(g + h)
            t.keys.append(k + suf)
            c = fmt(v, sep, zero)
            cells.append(c)
            figs[k + suf] = c + "?" if d(c or "0") == 0 else c
    t.rows.append(dict(code=None, name="*", level=-1, cells=cells))
    t.exp.append((None, "*", figs))
    return t


def empty_tab(key, title, doc, words):
    return Tab(key, title, doc["unit"], kind="empty", empty=words)


# ------------------------------------------------------------------------------------------------ budget
def build_budget(doc):
    st = doc["style"]
    L = leaves_of(doc["leaves"])
    tot = lambda *k: sum((S(m, *k) for m in L.values()), Z)  # noqa: E731
    gp, gf, sp = tot("gp_pe", "gp_pu", "gp_p"), tot("gf_p"), tot("sp_p")
    biz, oth = tot("biz_pe", "biz_p"), tot("oth_p")
    grand = gp + gf + sp + biz + oth
    T = doc.setdefault("titles", {})
    tabs = []
    # 收支总表
    left = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", None),
        ("四、财政专户管理资金收入", sp),
        ("五、事业收入", biz),
        ("六、事业单位经营收入", None),
        ("七、上级补助收入", None),
        ("八、附属单位上缴收入", None),
        ("九、其他收入", oth),
    ]
    by_lei = {}
    for c, m in L.items():
        by_lei[c[:3]] = by_lei.get(c[:3], Z) + S(m, *m.keys())
    right = [
        (f"{CNL[i]}、{FUNC[k]}" if st.get("is_num", True) else FUNC[k], {"expenditure": v})
        for i, (k, v) in enumerate(sorted(by_lei.items()))
    ]
    pad = max(0, len(right) - len(left))
    left += [("", None)] * pad
    right += [("", {})] * max(0, len(left) - len(right))
    left += [("本年收入合计", grand), ("上年结转结余", None), ("收入总计", grand)]
    right += [
        ("本年支出合计", {"expenditure": grand}),
        ("结转下年", {}),
        ("支出总计", {"expenditure": grand}),
    ]
    t = two(IS, T.get(IS, "部门收支总表"), doc, left, right, ("预算数",), [("预算数", "expenditure")])
    if st.get("is_pairs"):
        pairs(t, doc, L)
    tabs.append(t)
    # 收入总表
    icols = [("合计", "total"), ("一般公共预算拨款收入", "general_public")]
    if gf:
        icols.append(("政府性基金预算拨款收入", "government_fund"))
    icols.append(("国有资本经营预算拨款收入", "state_capital"))
    if sp:
        icols.append(("财政专户管理资金收入", "fiscal_special_account"))
    icols += [("事业收入", "business"), ("其他收入", "other_income")]
    rows = func_rows(
        L,
        lambda m: {
            "total": S(m, *m.keys()),
            "general_public": S(m, "gp_pe", "gp_pu", "gp_p"),
            "government_fund": S(m, "gf_p"),
            "fiscal_special_account": S(m, "sp_p"),
            "business": S(m, "biz_pe", "biz_p"),
            "other_income": S(m, "oth_p"),
        },
    )
    tabs.append(coded(INC, T.get(INC, "部门收入总表"), doc, icols, rows))
    # 支出总表
    ecols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    if st.get("exp_pp"):
        ecols = [("合计", "total"), ("基本支出/人员经费", "personnel"), ("基本支出/公用经费", "public_funds")]
        ecols += [("项目支出", "project")]

    def efn(m, funds=None):
        ks = [k for k in m if funds is None or k.split("_")[0] in funds]
        return {
            "total": S(m, *ks),
            "basic": S(m, *[k for k in ks if k.endswith(("_pe", "_pu"))]),
            "personnel": S(m, *[k for k in ks if k.endswith("_pe")]),
            "public_funds": S(m, *[k for k in ks if k.endswith("_pu")]),
            "project": S(m, *[k for k in ks if k.endswith("_p")]),
        }

    tabs.append(coded(EXP, T.get(EXP, "部门支出总表"), doc, ecols, func_rows(L, efn)))
    # 财政拨款收支总表
    fleft = [
        ("一、一般公共预算拨款收入", gp),
        ("二、政府性基金预算拨款收入", gf),
        ("三、国有资本经营预算拨款收入", None),
    ]
    fl = {}
    for c, m in L.items():
        a = fl.setdefault(c[:3], [Z, Z])
        a[0] += S(m, "gp_pe", "gp_pu", "gp_p")
        a[1] += S(m, "gf_p")
    fright = [
        (
            f"{CNL[i]}、{FUNC[k]}" if st.get("is_num", True) else FUNC[k],
            {"expenditure": a + b, EGP: a, EGF: b},
        )
        for i, (k, (a, b)) in enumerate(sorted((k, v) for k, v in fl.items() if any(v)))
    ]
    fleft += [("", None)] * max(0, len(fright) - len(fleft))
    fright += [("", {})] * max(0, len(fleft) - len(fright))
    ft = {"expenditure": gp + gf, EGP: gp, EGF: gf}
    fleft += [("本年收入合计", gp + gf), ("上年结转", None), ("收入总计", gp + gf)]
    fright += [("本年支出合计", ft), ("结转下年", {}), ("支出总计", ft)]
    rh = [("合计", "expenditure"), ("一般公共预算", EGP), ("政府性基金预算", EGF), ("国有资本经营预算", ESC)]
    tabs.append(two(FS, T.get(FS, "财政拨款收支总表"), doc, fleft, fright, ("预算数",), rh))
    # 一般公共预算支出表
    gcols = [("合计", "total"), ("基本支出/小计", "basic"), ("基本支出/人员经费", "personnel")]
    gcols += [("基本支出/公用经费", "public_funds"), ("项目支出", "project")]
    if st.get("gb_plain"):
        gcols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    tabs.append(
        coded(GB, T.get(GB, "一般公共预算支出表"), doc, gcols, func_rows(L, lambda m: efn(m, ("gp",))))
    )
    # 基本支出表
    pe, pu = tot("gp_pe"), tot("gp_pu")
    erows, econ = econ_rows(doc, pe, pu)
    eb_cols = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]
    tabs.append(coded(EB, T.get(EB, "一般公共预算基本支出表"), doc, eb_cols, erows))
    tabs.append(sg_tab(doc, T.get(SG, "一般公共预算“三公”经费支出表")))
    # 政府性基金 / 国有资本经营
    if gf:
        gfc = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
        tabs.append(
            coded(GF, T.get(GF, "政府性基金预算支出表"), doc, gfc, func_rows(L, lambda m: efn(m, ("gf",))))
        )
    else:
        tabs.append(empty_tab(GF, T.get(GF, "政府性基金预算支出表"), doc, doc["empty"][GF]))
    tabs.append(empty_tab(SC, T.get(SC, "国有资本经营预算支出表"), doc, doc["empty"][SC]))
    info = dict(
        L=L, grand=grand, gp=gp, gf=gf, sp=sp, biz=biz, oth=oth, pe=pe, pu=pu, econ=econ, by_lei=by_lei
    )
    info["basic"] = tot("gp_pe", "gp_pu", "biz_pe")
    info["project"] = grand - info["basic"]
    return tabs, info


# ------------------------------------------------------------------------------------------------ final
def build_final(doc):
    st = doc["style"]
    L = leaves_of(doc["leaves"])
    for m in L.values():
        m.setdefault("igp", S(m, "gp_pe", "gp_pu", "gp_p"))
        m.setdefault("igf", S(m, "gf_p"))
        m.setdefault("ioth", S(m, "oth_pe", "oth_p"))
    tot = lambda *k: sum((S(m, *k) for m in L.values()), Z)  # noqa: E731
    SPEND = ("gp_pe", "gp_pu", "gp_p", "gf_p", "oth_pe", "oth_p")
    igp, igf, ioth = tot("igp"), tot("igf"), tot("ioth")
    inc = igp + igf + ioth
    spend = tot(*SPEND)
    cb, cbf = d(doc["cb"]), d(doc["cb_fiscal"])
    ce = inc + cb - spend
    gp, gf = tot("gp_pe", "gp_pu", "gp_p"), tot("gf_p")
    gcb = tot("gcb")  # 政府性基金 年初结转
    cef_gp, cef_gf = igp + cbf - gp, igf + gcb - gf
    cef = cef_gp + cef_gf
    assert cb >= cbf + gcb and min(ce, cef_gp, cef_gf) >= 0 and cef <= ce, (doc["stem"], ce, cef)
    T = doc.setdefault("titles", {})
    rowno = st.get("rowno", False)
    zero = st.get("zero", "")
    tabs = []
    left = [
        ("一、一般公共预算财政拨款收入", igp),
        ("二、政府性基金预算财政拨款收入", igf),
        ("三、国有资本经营预算财政拨款收入", Z if zero else None),
        ("四、上级补助收入", Z if zero else None),
        ("五、事业收入", Z if zero else None),
        ("六、经营收入", Z if zero else None),
        ("七、附属单位上缴收入", Z if zero else None),
        ("八、其他收入", ioth),
    ]
    by_lei = {}
    for c, m in L.items():
        by_lei[c[:3]] = by_lei.get(c[:3], Z) + S(m, *SPEND)
    right = [(f"{CNL[i]}、{FUNC[k]}", {"expenditure": v}) for i, (k, v) in enumerate(sorted(by_lei.items()))]
    left += [("", None)] * max(0, len(right) - len(left))
    right += [("", {})] * max(0, len(left) - len(right))
    left += [("本年收入合计", inc), ("使用非财政拨款结余", None), ("年初结转和结余", cb), ("总计", inc + cb)]
    right += [
        ("本年支出合计", {"expenditure": spend}),
        ("结余分配", {}),
        ("年末结转和结余", {"expenditure": ce}),
        ("总计", {"expenditure": inc + cb}),
    ]
    tabs.append(
        two(
            IS,
            T.get(IS, "收入支出决算总表"),
            doc,
            left,
            right,
            ("金额",),
            [("金额", "expenditure")],
            rowno=rowno,
            zero=zero,
        )
    )
    # 收入决算表
    icols = [
        ("本年收入合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("其他收入", "other_income"),
    ]
    rows = func_rows(
        L,
        lambda m: {
            "total": S(m, "igp", "igf", "ioth"),
            "fiscal_appropriation": S(m, "igp", "igf"),
            "other_income": S(m, "ioth"),
        },
    )
    tabs.append(coded(INC, T.get(INC, "收入决算表"), doc, icols, rows))

    def efn(m, funds=None):
        ks = [k for k in SPEND if funds is None or k.split("_")[0] in funds]
        return {
            "total": S(m, *ks),
            "basic": S(m, *[k for k in ks if k.endswith(("_pe", "_pu"))]),
            "personnel": S(m, *[k for k in ks if k.endswith("_pe")]),
            "public_funds": S(m, *[k for k in ks if k.endswith("_pu")]),
            "project": S(m, *[k for k in ks if k.endswith("_p")]),
        }

    ecols = [("本年支出合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    tabs.append(coded(EXP, T.get(EXP, "支出决算表"), doc, ecols, func_rows(L, efn)))
    # 财政拨款收入支出决算总表
    fleft = [("一、一般公共预算财政拨款", igp), ("二、政府性基金预算财政拨款", igf)]
    fleft.append(("三、国有资本经营预算财政拨款", Z if zero else None))
    fl = {}
    for c, m in L.items():
        a = fl.setdefault(c[:3], [Z, Z])
        a[0] += S(m, "gp_pe", "gp_pu", "gp_p")
        a[1] += S(m, "gf_p")
    fright = [
        (f"{CNL[i]}、{FUNC[k]}", {"expenditure": a + b, EGP: a, EGF: b})
        for i, (k, (a, b)) in enumerate(sorted((k, v) for k, v in fl.items() if any(v)))
    ]
    fleft += [("", None)] * max(0, len(fright) - len(fleft))
    fright += [("", {})] * max(0, len(fleft) - len(fright))
    ft = {"expenditure": gp + gf, EGP: gp, EGF: gf}
    fleft += [
        ("本年收入合计", igp + igf),
        ("年初财政拨款结转和结余", cbf + gcb),
        ("总计", igp + igf + cbf + gcb),
    ]
    fe = {"expenditure": cef, EGP: cef_gp, EGF: cef_gf}
    fright += [
        ("本年支出合计", ft),
        ("年末财政拨款结转和结余", fe),
        ("总计", {k: ft[k] + fe.get(k, Z) for k in ft}),
    ]
    rh = [("合计", "expenditure"), ("一般公共预算财政拨款", EGP), ("政府性基金预算财政拨款", EGF)]
    tabs.append(
        two(
            FS,
            T.get(FS, "财政拨款收入支出决算总表"),
            doc,
            fleft,
            fright,
            ("金额",),
            rh,
            rowno=rowno,
            zero=zero,
        )
    )
    # 一般公共预算财政拨款支出决算表
    gcols = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    tabs.append(
        coded(
            GB,
            T.get(GB, "一般公共预算财政拨款支出决算表"),
            doc,
            gcols,
            func_rows(L, lambda m: efn(m, ("gp",))),
        )
    )
    # 基本支出决算表: two blocks 人员经费 | 公用经费 side by side
    pe, pu = tot("gp_pe"), tot("gp_pu")
    erows, econ = econ_rows(doc, pe, pu)
    sep = st.get("sep", True)
    pers = [(c, n, v["total"]) for c, n, lv, v in erows if c and c[:3] in ("301", "303")]
    pub = [(c, n, v["total"]) for c, n, lv, v in erows if c and c[:3] not in ("301", "303")]
    n = max(len(pers), len(pub))
    pers += [("", "", None)] * (n - len(pers))
    pub += [("", "", None)] * (n - len(pub))
    t = Tab(EB, T.get(EB, "一般公共预算财政拨款基本支出决算表"), doc["unit"], kind="blocks")
    t.heads = [
        "人员经费/科目编码",
        "人员经费/科目名称",
        "人员经费/决算数",
        "公用经费/科目编码",
        "公用经费/科目名称",
        "公用经费/决算数",
    ]
    t.keys = [None, None, "total", None, None, "total"]
    for (c1, n1, v1), (c2, n2, v2) in zip(pers, pub):
        cells = [c1, n1, fmt(v1, sep) if v1 else "", c2, n2, fmt(v2, sep) if v2 else ""]
        t.rows.append(dict(code=None, name=None, level=-1, cells=cells))
    t.rows.append(
        dict(
            code=None,
            name=None,
            level=-1,
            cells=["人员经费合计", "", fmt(pe, sep), "公用经费合计", "", fmt(pu, sep)],
        )
    )
    for c, nm, v in [x for x in pers if x[0]] + [x for x in pub if x[0]]:
        t.exp.append((c, nm, {"total": fmt(v, sep)}))
    t.exp += [
        (None, "人员经费合计", {"total": fmt(pe, sep)}),
        (None, "公用经费合计", {"total": fmt(pu, sep)}),
    ]
    tabs.append(t)
    tabs.append(sg_tab(doc, T.get(SG, "财政拨款“三公”经费支出决算表")))
    gft = T.get(GF, "政府性基金预算财政拨款收入支出决算表")
    if gf:
        gcols = [("年初结转和结余", "carryover_begin"), ("本年收入", "income"), ("本年支出/合计", "total")]
        gcols += [("本年支出/项目支出", "project"), ("年末结转和结余", "carryover_end")]

        def gfn(m):
            g = S(m, "gf_p")
            return {
                "carryover_begin": S(m, "gcb"),
                "income": S(m, "igf"),
                "total": g,
                "project": g,
                "carryover_end": S(m, "gcb", "igf") - g,
            }

        t = coded(GF, gft, doc, gcols, func_rows(L, gfn))
        for r in t.rows:
            v = [
                d(r["cells"][t.keys.index(k)])
                for k in ("carryover_begin", "income", "total", "carryover_end")
            ]
            assert v[3] == v[0] + v[1] - v[2], (doc["stem"], r)
        tabs.append(t)
    else:
        tabs.append(empty_tab(GF, gft, doc, doc["empty"][GF]))
    tabs.append(empty_tab(SC, T.get(SC, "国有资本经营预算财政拨款支出决算表"), doc, doc["empty"][SC]))
    info = dict(
        L=L, grand=inc + cb, inc=inc, spend=spend, gp=gp, igp=igp, ioth=ioth, cb=cb, ce=ce, pe=pe, pu=pu
    )
    info.update(
        econ=econ, by_lei=by_lei, basic=tot("gp_pe", "gp_pu", "oth_pe"), project=tot("gp_p", "gf_p", "oth_p")
    )
    info["fiscal_total"] = igp + igf + cbf + gcb
    info.update(gf=gf, igf=igf, gcb=gcb, cef_gf=cef_gf)
    info["yb"] = tot("yb")
    return tabs, info


# ------------------------------------------------------------------------------------------------ identities
def identities(doc, tabs):
    """Re-add every printed table from its printed strings."""
    by = {t.key: t for t in tabs}
    name = doc["stem"]

    def col(t, key):
        return t.keys.index(key)

    for t in tabs:
        if t.kind == "coded":
            mj = [j for j, k in enumerate(t.keys) if k]
            v = lambda r, j: d(r["cells"][j])  # noqa: E731
            parts = {
                "total": ["basic", "project"]
                if "basic" in t.keys
                else ["personnel", "public_funds", "project"],
                "basic": ["personnel", "public_funds"],
            }
            if t.key == INC:
                parts["total"] = [k for k in t.keys if k and k != "total"]
            if t.key == EB:
                parts["total"] = ["personnel", "public_funds"]
            for r in t.rows:
                for whole, ps in parts.items():
                    ps = [p for p in ps if p in t.keys]
                    if whole in t.keys and ps:
                        assert v(r, col(t, whole)) == sum((v(r, col(t, p)) for p in ps), Z), (name, t.key, r)
            rows = [r for r in t.rows if r["code"]]
            tot = next(r for r in t.rows if r["code"] is None)
            for j in mj:
                top = [r for r in rows if r["level"] == 1]
                assert v(tot, j) == sum((v(r, j) for r in top), Z), (name, t.key, j)
                for r in rows:
                    kids = [
                        x for x in rows if x["level"] == r["level"] + 1 and x["code"].startswith(r["code"])
                    ]
                    if kids:
                        assert v(r, j) == sum((v(x, j) for x in kids), Z), (name, t.key, r["code"], j)
    total = lambda t, k: d(next(r for r in t.rows if r["code"] is None)["cells"][col(t, k)])  # noqa: E731

    def side(t, label, key):
        j = col(t, key)
        lab = 0 if key == "income" else t.keys.index(None, 2)
        return d(next(r for r in t.rows if r["cells"][lab] == label)["cells"][j])

    final = doc["kind"] == "final_account"
    is_, fs = by[IS], by[FS]
    tl = "总计" if final else "收入总计"
    tr = "总计" if final else "支出总计"
    assert side(is_, tl, "income") == side(is_, tr, "expenditure"), name
    assert side(is_, "本年支出合计", "expenditure") == total(by[EXP], "total"), name
    assert side(is_, "本年收入合计", "income") == total(by[INC], "total"), name
    assert side(fs, "本年支出合计", EGP) == total(by[GB], "total"), name
    assert side(fs, "本年支出合计", "expenditure") == side(fs, "本年支出合计", EGP) + side(
        fs, "本年支出合计", EGF
    ), name
    rl = fs.keys.index(None, 2)
    for r in by[GB].rows:
        if r["code"] and r["level"] == 1:
            lab = next(x["cells"][rl] for x in fs.rows if x["cells"][rl].endswith(r["name"]))
            assert side(fs, lab, EGP) == d(r["cells"][col(by[GB], "total")]), (name, lab)
    gb_basic = total(by[GB], "basic")
    eb = by[EB]
    if eb.kind == "coded":
        assert total(eb, "total") == gb_basic, name
    else:
        last = eb.rows[-1]["cells"]
        assert d(last[2]) + d(last[5]) == gb_basic, name
        assert d(last[2]) == sum((d(r["cells"][2]) for r in eb.rows[:-1] if len(r["cells"][0]) == 3), Z), name
        assert d(last[5]) == sum((d(r["cells"][5]) for r in eb.rows[:-1] if len(r["cells"][3]) == 3), Z), name
    sg = [d(x) for x in by[SG].rows[0]["cells"]]
    for o in range(0, len(sg), 6):
        a = sg[o : o + 6]
        assert a[0] == a[1] + a[2] + a[5] and a[2] == a[3] + a[4], (name, a)


def expectations(tabs):
    return [dict(table=t.key, unit=t.unit, rows=t.exp, empty=t.kind == "empty") for t in tabs]


def build(doc):
    tabs, info = (build_final if doc["kind"] == "final_account" else build_budget)(doc)
    identities(doc, tabs)
    return tabs, info
