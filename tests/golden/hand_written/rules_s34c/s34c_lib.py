"""Tables, 说明 and expectations of the rules_s34c reports (wide tables under multi-level headers). Everything printed
is built here from the figures typed in rules_s34c_data.py; nothing reads the parser.

Money is typed per functional 项 ("leaves", in the unit of the report):
- a budget's leaves: "<source>_<kind>" with source gp 一般公共预算, gf 政府性基金, sp 财政专户, biz 事业收入, op 事业单位
  经营收入, up 上级补助收入, aff 附属单位上缴收入, oth 其他收入, co 上年结转结余 (一般公共预算 money carried over) and kind
  pe 人员经费, pu 公用经费, p 项目支出, ox 事业单位经营支出, rm 上缴上级支出, sb 对附属单位补助支出;
- a final account's leaves: income i_gp, i_gf, i_up, i_biz (事业收入), i_edu (其中：教育收费, a part of i_biz), i_op,
  i_aff, i_oth; spending gp_pe gp_pu gp_p (一般公共预算 money), gf_p, nf_pe nf_pu nf_p (other money), ox, rm, sb;
  yb_b / yb_p: the 年初预算 of the 一般公共预算 basic / project spending;
- econ: the 一般公共预算 基本支出 by economic 款; 30101 and 30201 are the rests of 人员经费 (301 + 303) and 公用经费
  (302 + 310), so the 基本支出表 adds up to the gp basic money by construction (a negative rest fails).

Every printed table is a Tab of printed strings; its expectations are read from those strings (Tab.exp) and identities()
re-adds those strings (row relations, 类 = Σ 款 = Σ 项, 合计 = Σ 类, both sides of the summaries, across tables, and
the totals typed by hand in the data), so a typo in the data fails at import."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

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
EGP, EGF = "expenditure_general_public", "expenditure_government_fund"
CN = "一二三四五六七八九十"

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20503": "职业教育",
    "2050302": "中等职业教育",
    "20509": "教育费附加安排的支出",
    "2050901": "农村中小学校舍建设",
    "2050999": "其他教育费附加安排的支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070107": "艺术表演团体",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "2070112": "文化和旅游市场管理",
    "20702": "文物",
    "2070204": "文物保护",
    "2070205": "博物馆",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21002": "公立医院",
    "2100201": "综合医院",
    "2100202": "中医（民族）医院",
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
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120106": "工程建设管理",
    "2120199": "其他城乡社区管理事务支出",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "2120804": "农村基础设施建设支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130135": "农业资源保护修复与利用",
    "2130153": "农田建设",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "221": "住房保障支出",
    "22101": "保障性安居工程支出",
    "2210105": "农村危房改造",
    "2210108": "老旧小区改造",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "2296004": "用于教育事业的彩票公益金支出",
    "2296006": "用于残疾人事业的彩票公益金支出",
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
    "30215": "会议费",
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
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
}


def d(s) -> D:
    return D(str(s).replace(",", "")) if s not in (None, "") else Z


def fmt(v: D, sep=True) -> str:
    v = v.quantize(D("0.01"), ROUND_HALF_UP)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


@dataclass
class Col:
    head: tuple  # the header path, top to bottom
    key: str | None = None  # the column key (money columns)
    kind: str = "money"  # code | c1 | c2 | c3 | name | money | lname | rname


@dataclass
class Tab:
    key: str
    title: str
    unit: str
    cols: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # dict(code, name, cells: [str per col])
    kind: str = "coded"  # coded | two | one | empty
    empty: str = ""
    opt: dict = field(default_factory=dict)  # printing: split, repeat, cont, landscape, wrap, name_w, ...

    def money(self):
        return [(j, c) for j, c in enumerate(self.cols) if c.kind == "money"]

    def exp(self):
        if self.kind == "empty":
            return []
        out = []
        if self.kind == "two":
            for side in ("L", "R"):
                for r in self.rows:
                    name = r.get(side)
                    figs = {
                        c.key: r["cells"][j]
                        for j, c in enumerate(self.cols)
                        if c.kind == "money" and c.head[0] == side and r["cells"][j]
                    }
                    if name and figs:
                        out.append((None, name, {k.split("|")[-1]: v for k, v in figs.items()}))
            return out
        for r in self.rows:
            figs = {c.key: r["cells"][j] for j, c in self.money() if r["cells"][j]}
            if figs:
                out.append((r["code"], r["name"], figs))
        return out


# ------------------------------------------------------------------------------------------------ functional rows
def leaves_of(text):
    out = {}
    for line in text.strip().splitlines():
        code, *kv = line.split()
        assert code in FUNC and len(code) == 7, code
        out[code] = {k: d(v) for k, v in (x.split("=") for x in kv)}
    return out


def func_rows(leaves, fn, total_first=True):
    """合计, then 类 / 款 / 项 rows: (code, name, {key: D}); a row whose figures are all zero is left out."""
    vals = {c: fn(m) for c, m in leaves.items()}
    vals = {c: v for c, v in vals.items() if any(v.values())}
    keys = sorted({k for v in vals.values() for k in v})

    def add(codes):
        return {k: sum((vals[c].get(k, Z) for c in codes), Z) for k in keys}

    rows = []
    for lei in sorted({c[:3] for c in vals}):
        rows.append((lei, FUNC[lei], add([c for c in vals if c[:3] == lei])))
        for kuan in sorted({c[:5] for c in vals if c[:3] == lei}):
            rows.append((kuan, FUNC[kuan], add([c for c in vals if c[:5] == kuan])))
            for xiang in sorted(c for c in vals if c[:5] == kuan):
                rows.append((xiang, FUNC[xiang], dict(vals[xiang])))
    tot = (None, "合计", add(list(vals)))
    return [tot, *rows] if total_first else [*rows, tot]


def label_cols(style):
    """The code and name columns of a coded table, by the document's style."""
    lab = style.get("labels", "code1")
    top = ("项目",) if style.get("item_group") else ()
    if lab == "code3":
        return [
            Col((*top, "科目编码", "类"), None, "c1"),
            Col((*top, "科目编码", "款"), None, "c2"),
            Col((*top, "科目编码", "项"), None, "c3"),
            Col((*top, "科目名称"), None, "name"),
        ]
    if lab == "code3in1":
        return [Col((*top, "科目编码", "类  款  项"), None, "code"), Col((*top, "科目名称"), None, "name")]
    return [Col((*top, "科目编码"), None, "code"), Col((*top, "科目名称"), None, "name")]


def code_cells(code, lab):
    if code is None:
        return ["", "", ""] if lab == "code3" else [""]
    parts = [code[:3], code[3:5], code[5:7]]
    if lab == "code3":
        return [p for p in parts]
    if lab == "code3in1":
        return [" ".join(p for p in parts if p)]
    return [code]


def coded_tab(key, title, unit, style, money_cols, rows, sep, **opt):
    lab = style.get("labels", "code1")
    cols = label_cols(style) + money_cols
    out = []
    for code, name, vals in rows:
        cells = code_cells(code, lab) + [name if code else "合计"]
        cells += [fmt(vals.get(c.key, Z), sep) if vals.get(c.key, Z) else "" for c in money_cols]
        out.append(dict(code=code, name=name, cells=cells))
    return Tab(key, title, unit, cols, out, opt=opt)


def two_tab(key, title, unit, left, right, lcols, rcols, sep, **opt):
    """A two-sided table: left [(name, D or None)], right [(name, {key: D})]; lcols: [(head, key)]."""
    cols = [Col(("L", *lcols[0]), None, "lname")] + [Col(("L", h), "L|" + k) for h, k in lcols[1:]]
    cols += [Col(("R", *rcols[0]), None, "rname")] + [Col(("R", h), "R|" + k) for h, k in rcols[1:]]
    rows = []
    for i in range(max(len(left), len(right))):
        ln, lv = left[i] if i < len(left) else (None, None)
        rn, rv = right[i] if i < len(right) else (None, {})
        cells = [ln or "", fmt(lv, sep) if lv else ""]
        cells += [rn or ""] + [fmt(rv.get(k), sep) if rv.get(k) else "" for _h, k in rcols[1:]]
        rows.append(dict(L=ln, R=rn, cells=cells))
    return Tab(key, title, unit, cols, rows, kind="two", opt=opt)


def sg_tab(title, unit, budget, actual, sep, zero="0.00"):
    """三公: one row; budget (and for a final account actual): (出国, 购置, 运行, 接待)."""
    items = [
        (("合计",), "total"),
        (("因公出国（境）费",), "outbound"),
        (("公务用车购置及运行费", "小计"), "vehicle"),
        (("公务用车购置及运行费", "公务用车购置费"), "vehicle_purchase"),
        (("公务用车购置及运行费", "公务用车运行费"), "vehicle_operation"),
        (("公务接待费",), "reception"),
    ]

    def six(v):
        o, p, r, a = (d(x) for x in v)
        return [o + p + r + a, o, p + r, p, r, a]

    cols, cells = [], []
    blocks = [("年初预算数", "@budget", budget), ("决算数", "", actual)] if actual else [(None, "", budget)]
    for group, suffix, vals in blocks:
        for (h, k), v in zip(items, six(vals)):
            cols.append(Col(((group,) if group else ()) + h, k + suffix))
            cells.append(fmt(v, sep) if v else zero)
    return Tab(SG, title, unit, cols, [dict(code=None, name="*", cells=cells)], kind="one")


# ------------------------------------------------------------------------------------------------ building
def s(leaf, *keys):
    return sum((leaf.get(k, Z) for k in keys), Z)


BSRC = ("gp", "gf", "sp", "biz", "op", "up", "aff", "oth", "co")
BKIND = ("pe", "pu", "p", "ox", "rm", "sb")
UNIT_SRC = ("biz", "op", "up", "aff", "oth")


def bsum(leaf, srcs=BSRC, kinds=BKIND):
    return sum((leaf.get(f"{a}_{b}", Z) for a in srcs for b in kinds), Z)


def econ_rows(doc, personnel, public):
    econ = {k: d(v) for k, v in doc["econ"].items()}
    econ["30101"] = personnel - sum((v for k, v in econ.items() if k[:3] in ("301", "303")), Z)
    econ["30201"] = public - sum((v for k, v in econ.items() if k[:3] in ("302", "310")), Z)
    assert econ["30101"] > 0 and econ["30201"] > 0, (doc["file"], econ["30101"], econ["30201"])
    rows = [(None, "合计", {"total": personnel + public, "personnel": personnel, "public_funds": public})]
    for lei in sorted({k[:3] for k in econ}):
        key = "personnel" if lei in ("301", "303") else "public_funds"
        tot = sum((v for k, v in econ.items() if k[:3] == lei), Z)
        rows.append((lei, ECON[lei], {"total": tot, key: tot}))
        for k in sorted(x for x in econ if x[:3] == lei):
            rows.append((k, ECON[k], {"total": econ[k], key: econ[k]}))
    return rows


def build_budget(doc):
    st, u, sep = doc["style"], doc["unit"], doc["style"].get("sep", True)
    L = leaves_of(doc["leaves"])
    y = doc["year"]
    tabs = []
    # 部门收支总表
    inc_items = [
        ("一般公共预算拨款收入", ("gp",)),
        ("政府性基金预算拨款收入", ("gf",)),
        ("国有资本经营预算拨款收入", ()),
        ("财政专户管理资金收入", ("sp",)),
    ]
    unit_parts = [
        ("事业收入", ("biz",)),
        ("事业单位经营收入", ("op",)),
        ("上级补助收入", ("up",)),
        ("附属单位上缴收入", ("aff",)),
        ("其他收入", ("oth",)),
    ]
    left = [
        (f"{CN[i]}、{n}", sum((bsum(m, srcs) for m in L.values()), Z))
        for i, (n, srcs) in enumerate(inc_items)
    ]
    if st.get("unit_group", True):
        left.append(("五、单位资金", sum((bsum(m, UNIT_SRC) for m in L.values()), Z)))
        left += [
            (f"（{CN[i]}）{n}", sum((bsum(m, srcs) for m in L.values()), Z))
            for i, (n, srcs) in enumerate(unit_parts)
        ]
    else:
        left += [
            (f"{CN[i + 4]}、{n}", sum((bsum(m, srcs) for m in L.values()), Z))
            for i, (n, srcs) in enumerate(unit_parts)
        ]
    this_year = sum((bsum(m, BSRC[:-1]) for m in L.values()), Z)
    carried = sum((bsum(m, ("co",)) for m in L.values()), Z)
    grand = this_year + carried
    left += [("本年收入合计", this_year), ("上年结转结余", carried), ("收入总计", grand)]
    by_lei = {}
    for c, m in L.items():
        by_lei[c[:3]] = by_lei.get(c[:3], Z) + bsum(m)
    right = [(f"{CN[i]}、{FUNC[k]}", {"expenditure": v}) for i, (k, v) in enumerate(sorted(by_lei.items()))]
    right += [
        ("本年支出合计", {"expenditure": grand}),
        ("结转下年", {}),
        ("支出总计", {"expenditure": grand}),
    ]
    tabs.append(
        two_tab(
            IS,
            "部门收支总表",
            u,
            left,
            right,
            [("收入",), ("预算数", "income")],
            [("支出",), ("预算数", "expenditure")],
            sep,
        )
    )

    # 部门收入总表
    def inc_fn(m):
        v = {
            "total": bsum(m),
            "carryover_begin": bsum(m, ("co",)),
            "general_public": bsum(m, ("gp",)),
            "government_fund": bsum(m, ("gf",)),
            "fiscal_special_account": bsum(m, ("sp",)),
            "business": bsum(m, ("biz",)),
            "operating_income": bsum(m, ("op",)),
            "upper_grant": bsum(m, ("up",)),
            "affiliated_remit": bsum(m, ("aff",)),
            "other_income": bsum(m, ("oth",)),
        }
        if st.get("unit_group", True):
            v["unit_funds"] = bsum(m, UNIT_SRC)
        return v

    g = ("单位资金",) if st.get("unit_group", True) else ()
    inc_cols = [
        Col(("合计",), "total"),
        Col(("上年结转结余",), "carryover_begin"),
        Col(("一般公共预算拨款收入",), "general_public"),
        Col(("政府性基金预算拨款收入",), "government_fund"),
        Col(("国有资本经营预算拨款收入",), "state_capital"),
        Col(("财政专户管理资金收入",), "fiscal_special_account"),
    ]
    if g:
        inc_cols.append(Col(("单位资金", "小计"), "unit_funds"))
    inc_cols += [
        Col((*g, "事业收入"), "business"),
        Col((*g, "事业单位经营收入"), "operating_income"),
        Col((*g, "上级补助收入"), "upper_grant"),
        Col((*g, "附属单位上缴收入"), "affiliated_remit"),
        Col((*g, "其他收入"), "other_income"),
    ]
    tf = st.get("total_first", True)
    tabs.append(
        coded_tab(
            INC, "部门收入总表", u, st, inc_cols, func_rows(L, inc_fn, tf), sep, **st.get("inc_opt", {})
        )
    )
    # 部门支出总表
    split = st.get("project_funds")
    sub = st.get("basic_sub", True)

    def exp_fn(m):
        v = {
            "total": bsum(m),
            "basic": bsum(m, kinds=("pe", "pu")),
            "personnel": bsum(m, kinds=("pe",)),
            "public_funds": bsum(m, kinds=("pu",)),
            "project": bsum(m, kinds=("p",)),
            "operating": bsum(m, kinds=("ox",)),
            "remit_upper": bsum(m, kinds=("rm",)),
            "subsidy_affiliated": bsum(m, kinds=("sb",)),
        }
        if split:
            v.update(
                general_public=bsum(m, ("gp", "co"), ("p",)),
                government_fund=bsum(m, ("gf",), ("p",)),
                fiscal_special_account=bsum(m, ("sp",), ("p",)),
                unit_funds=bsum(m, UNIT_SRC, ("p",)),
            )
        if not sub:
            v.pop("basic")
        return v

    exp_cols = [Col(("合计",), "total")]
    exp_cols += [Col(("基本支出", "小计"), "basic")] if sub else []
    exp_cols += [Col(("基本支出", "人员经费"), "personnel"), Col(("基本支出", "公用经费"), "public_funds")]
    if split:
        exp_cols += [
            Col(("项目支出", "小计"), "project"),
            Col(("项目支出", "一般公共预算"), "general_public"),
            Col(("项目支出", "政府性基金"), "government_fund"),
            Col(("项目支出", "财政专户"), "fiscal_special_account"),
            Col(("项目支出", "单位资金"), "unit_funds"),
        ]
    else:
        exp_cols.append(Col(("项目支出",), "project"))
    exp_cols += [
        Col(("事业单位经营支出",), "operating"),
        Col(("上缴上级支出",), "remit_upper"),
        Col(("对附属单位补助支出",), "subsidy_affiliated"),
    ]
    tabs.append(
        coded_tab(
            EXP, "部门支出总表", u, st, exp_cols, func_rows(L, exp_fn, tf), sep, **st.get("exp_opt", {})
        )
    )
    # 财政拨款收支总表
    gp_y = sum((bsum(m, ("gp",)) for m in L.values()), Z)
    gf_y = sum((bsum(m, ("gf",)) for m in L.values()), Z)
    co_y = sum((bsum(m, ("co",)) for m in L.values()), Z)
    fleft = [
        ("一、本年收入", gp_y + gf_y),
        ("（一）一般公共预算拨款", gp_y),
        ("（二）政府性基金预算拨款", gf_y),
        ("（三）国有资本经营预算拨款", None),
        ("二、上年结转", co_y),
        ("（一）一般公共预算拨款", co_y),
        ("（二）政府性基金预算拨款", None),
        ("收入总计", gp_y + gf_y + co_y),
    ]
    fl = {}
    for c, m in L.items():
        a = fl.setdefault(c[:3], [Z, Z])
        a[0] += bsum(m, ("gp", "co"))
        a[1] += bsum(m, ("gf",))
    fright = []
    for i, (k, (a, b)) in enumerate(sorted((k, v) for k, v in fl.items() if any(v))):
        fright.append((f"{CN[i]}、{FUNC[k]}", {"expenditure": a + b, EGP: a, EGF: b}))
    tot = {"expenditure": gp_y + gf_y + co_y, EGP: gp_y + co_y, EGF: gf_y}
    fright += [("本年支出合计", tot), ("结转下年", {}), ("支出总计", tot)]
    rc = [
        ("支出",),
        ("合计", "expenditure"),
        ("一般公共预算", EGP),
        ("政府性基金预算", EGF),
        ("国有资本经营预算", ESC),
    ]
    tabs.append(two_tab(FS, "财政拨款收支总表", u, fleft, fright, [("收入",), ("预算数", "income")], rc, sep))

    # 一般公共预算支出表
    def gb_fn(m):
        return {
            "total": bsum(m, ("gp",)),
            "basic": bsum(m, ("gp",), ("pe", "pu")),
            "personnel": bsum(m, ("gp",), ("pe",)),
            "public_funds": bsum(m, ("gp",), ("pu",)),
            "project": bsum(m, ("gp",), ("p",)),
        }

    gb_cols = [
        Col(("合计",), "total"),
        Col(("基本支出", "小计"), "basic"),
        Col(("基本支出", "人员经费"), "personnel"),
        Col(("基本支出", "公用经费"), "public_funds"),
        Col(("项目支出",), "project"),
    ]
    tabs.append(coded_tab(GB, "一般公共预算支出表", u, st, gb_cols, func_rows(L, gb_fn, tf), sep))
    # 一般公共预算基本支出表
    pe = sum((bsum(m, ("gp",), ("pe",)) for m in L.values()), Z)
    pu = sum((bsum(m, ("gp",), ("pu",)) for m in L.values()), Z)
    eb_cols = [Col(("合计",), "total"), Col(("人员经费",), "personnel"), Col(("公用经费",), "public_funds")]
    est = dict(st, labels="code1")
    tabs.append(coded_tab(EB, "一般公共预算基本支出表", u, est, eb_cols, econ_rows(doc, pe, pu), sep))
    # 三公
    tabs.append(sg_tab("一般公共预算“三公”经费支出表", u, doc["sangong"], None, sep))
    # 政府性基金
    if gf_y:
        gcols = [Col(("合计",), "total"), Col(("基本支出",), "basic"), Col(("项目支出",), "project")]
        rows = func_rows(L, lambda m: {"total": bsum(m, ("gf",)), "project": bsum(m, ("gf",), ("p",))}, tf)
        tabs.append(coded_tab(GF, "政府性基金预算支出表", u, st, gcols, rows, sep))
    else:
        tabs.append(
            Tab(
                GF,
                "政府性基金预算支出表",
                u,
                kind="empty",
                empty=f"本部门{y}年无政府性基金预算支出，此表为空表。",
            )
        )
    tabs.append(
        Tab(
            SC,
            "国有资本经营预算支出表",
            u,
            kind="empty",
            empty=f"本部门{y}年无国有资本经营预算支出，此表为空表。",
        )
    )
    info = dict(
        grand=grand, L=L, gp=gp_y, gf=gf_y, basic=sum((bsum(m, kinds=("pe", "pu")) for m in L.values()), Z)
    )
    info["project"] = sum((bsum(m, kinds=("p",)) for m in L.values()), Z)
    return tabs, info


ESC = "expenditure_state_capital"
FIN_INC = ("i_gp", "i_gf", "i_up", "i_biz", "i_op", "i_aff", "i_oth")
FIN_EXP = ("gp_pe", "gp_pu", "gp_p", "gf_p", "nf_pe", "nf_pu", "nf_p", "ox", "rm", "sb")


def build_final(doc):
    st, u, sep = doc["style"], doc["unit"], doc["style"].get("sep", True)
    L = leaves_of(doc["leaves"])
    y = doc["year"]
    tf = st.get("total_first", True)
    T = lambda *keys: sum((s(m, *keys) for m in L.values()), Z)  # noqa: E731
    income, spend = T(*FIN_INC), T(*FIN_EXP)
    cb = d(doc["cb"])
    ce = cb + income - spend
    assert ce >= 0, (doc["file"], ce)
    tabs = []
    # 收入支出决算总表
    items = [
        ("一般公共预算财政拨款收入", "i_gp"),
        ("政府性基金预算财政拨款收入", "i_gf"),
        ("国有资本经营预算财政拨款收入", None),
        ("上级补助收入", "i_up"),
        ("事业收入", "i_biz"),
        ("经营收入", "i_op"),
        ("附属单位上缴收入", "i_aff"),
        ("其他收入", "i_oth"),
    ]
    left = [(f"{CN[i]}、{n}", T(k) if k else None) for i, (n, k) in enumerate(items)]
    left += [
        ("本年收入合计", income),
        ("使用非财政拨款结余", None),
        ("年初结转和结余", cb),
        ("总计", income + cb),
    ]
    by_lei = {}
    for c, m in L.items():
        by_lei[c[:3]] = by_lei.get(c[:3], Z) + s(m, *FIN_EXP)
    right = [
        (f"{CN[i]}、{FUNC[k]}", {"expenditure": v}) for i, (k, v) in enumerate(sorted(by_lei.items())) if v
    ]
    right += [
        ("本年支出合计", {"expenditure": spend}),
        ("结余分配", {}),
        ("年末结转和结余", {"expenditure": ce}),
        ("总计", {"expenditure": income + cb}),
    ]
    tabs.append(
        two_tab(
            IS,
            "收入支出决算总表",
            u,
            left,
            right,
            [("收入",), ("决算数", "income")],
            [("支出",), ("决算数", "expenditure")],
            sep,
        )
    )
    # 收入决算表
    fgroup, bgroup = st.get("fiscal_group", False), st.get("biz_group", False)

    def inc_fn(m):
        v = {
            "total": s(m, *FIN_INC),
            "fiscal_appropriation": s(m, "i_gp", "i_gf"),
            "upper_grant": s(m, "i_up"),
            "business": s(m, "i_biz"),
            "operating_income": s(m, "i_op"),
            "affiliated_remit": s(m, "i_aff"),
            "other_income": s(m, "i_oth"),
        }
        if fgroup:
            v.update(general_public=s(m, "i_gp"), government_fund=s(m, "i_gf"))
        if bgroup:
            v["education_fee"] = s(m, "i_edu")
        return v

    cols = [Col(("本年收入合计",), "total")]
    if fgroup:
        cols += [
            Col(("财政拨款收入", "小计"), "fiscal_appropriation"),
            Col(("财政拨款收入", "一般公共预算财政拨款"), "general_public"),
            Col(("财政拨款收入", "政府性基金预算财政拨款"), "government_fund"),
        ]
    else:
        cols.append(Col(("财政拨款收入",), "fiscal_appropriation"))
    cols.append(Col(("上级补助收入",), "upper_grant"))
    if bgroup:
        cols += [Col(("事业收入", "小计"), "business"), Col(("事业收入", "其中：教育收费"), "education_fee")]
    else:
        cols.append(Col(("事业收入",), "business"))
    cols += [
        Col(("经营收入",), "operating_income"),
        Col(("附属单位上缴收入",), "affiliated_remit"),
        Col(("其他收入",), "other_income"),
    ]
    tabs.append(
        coded_tab(INC, "收入决算表", u, st, cols, func_rows(L, inc_fn, tf), sep, **st.get("inc_opt", {}))
    )
    # 支出决算表
    sub = st.get("basic_sub", True)

    def exp_fn(m):
        v = {
            "total": s(m, *FIN_EXP),
            "basic": s(m, "gp_pe", "gp_pu", "nf_pe", "nf_pu"),
            "personnel": s(m, "gp_pe", "nf_pe"),
            "public_funds": s(m, "gp_pu", "nf_pu"),
            "project": s(m, "gp_p", "gf_p", "nf_p"),
            "remit_upper": s(m, "rm"),
            "operating": s(m, "ox"),
            "subsidy_affiliated": s(m, "sb"),
        }
        if not sub:
            v.pop("basic")
        return v

    cols = [Col(("本年支出合计",), "total")]
    cols += [Col(("基本支出", "小计"), "basic")] if sub else []
    cols += [
        Col(("基本支出", "人员经费"), "personnel"),
        Col(("基本支出", "公用经费"), "public_funds"),
        Col(("项目支出",), "project"),
        Col(("上缴上级支出",), "remit_upper"),
        Col(("经营支出",), "operating"),
        Col(("对附属单位补助支出",), "subsidy_affiliated"),
    ]
    tabs.append(
        coded_tab(EXP, "支出决算表", u, st, cols, func_rows(L, exp_fn, tf), sep, **st.get("exp_opt", {}))
    )
    # 财政拨款收入支出决算总表
    gp_i, gf_i = T("i_gp"), T("i_gf")
    gp_s, gf_s = T("gp_pe", "gp_pu", "gp_p"), T("gf_p")
    fcb = d(doc["fcb"])
    fce = fcb + gp_i - gp_s
    assert fce >= 0 and gf_i == gf_s, (doc["file"], fce, gf_i, gf_s)
    fleft = [
        ("一、一般公共预算财政拨款", gp_i),
        ("二、政府性基金预算财政拨款", gf_i),
        ("三、国有资本经营预算财政拨款", None),
        ("本年收入合计", gp_i + gf_i),
        ("年初财政拨款结转和结余", fcb),
        ("一般公共预算财政拨款", fcb),
        ("政府性基金预算财政拨款", None),
        ("总计", gp_i + gf_i + fcb),
    ]
    fl = {}
    for c, m in L.items():
        a = fl.setdefault(c[:3], [Z, Z])
        a[0] += s(m, "gp_pe", "gp_pu", "gp_p")
        a[1] += s(m, "gf_p")
    fright = []
    for i, (k, (a, b)) in enumerate(sorted((k, v) for k, v in fl.items() if any(v))):
        fright.append((f"{CN[i]}、{FUNC[k]}", {"expenditure": a + b, EGP: a, EGF: b}))
    fright += [
        ("本年支出合计", {"expenditure": gp_s + gf_s, EGP: gp_s, EGF: gf_s}),
        ("年末财政拨款结转和结余", {"expenditure": fce, EGP: fce}),
        ("总计", {"expenditure": gp_s + gf_s + fce, EGP: gp_s + fce, EGF: gf_s}),
    ]
    rc = [
        ("支出",),
        ("合计", "expenditure"),
        ("一般公共预算财政拨款", EGP),
        ("政府性基金预算财政拨款", EGF),
        ("国有资本经营预算财政拨款", ESC),
    ]
    tabs.append(
        two_tab(FS, "财政拨款收入支出决算总表", u, fleft, fright, [("收入",), ("决算数", "income")], rc, sep)
    )
    # 一般公共预算财政拨款支出决算表
    yb = st.get("gb_budget", False)

    def gb_fn(m):
        v = {
            "total": s(m, "gp_pe", "gp_pu", "gp_p"),
            "basic": s(m, "gp_pe", "gp_pu"),
            "personnel": s(m, "gp_pe"),
            "public_funds": s(m, "gp_pu"),
            "project": s(m, "gp_p"),
        }
        if yb:
            v.update(
                {
                    "total@budget": s(m, "yb_b", "yb_p"),
                    "basic@budget": s(m, "yb_b"),
                    "project@budget": s(m, "yb_p"),
                }
            )
        return v

    a = ("决算数",) if yb else ()
    cols = []
    if yb:
        cols += [
            Col(("年初预算数", "小计"), "total@budget"),
            Col(("年初预算数", "基本支出"), "basic@budget"),
            Col(("年初预算数", "项目支出"), "project@budget"),
        ]
    cols += [
        Col((*a, "小计" if yb else "合计"), "total"),
        Col((*a, "基本支出", "合计"), "basic"),
        Col((*a, "基本支出", "人员经费"), "personnel"),
        Col((*a, "基本支出", "公用经费"), "public_funds"),
        Col((*a, "项目支出"), "project"),
    ]
    tabs.append(
        coded_tab(
            GB,
            "一般公共预算财政拨款支出决算表",
            u,
            st,
            cols,
            func_rows(L, gb_fn, tf),
            sep,
            **st.get("gb_opt", {}),
        )
    )
    # 基本支出决算表
    pe, pu = T("gp_pe"), T("gp_pu")
    eb_cols = [
        Col(("决算数", "合计"), "total"),
        Col(("决算数", "人员经费"), "personnel"),
        Col(("决算数", "公用经费"), "public_funds"),
    ]
    tabs.append(
        coded_tab(
            EB,
            "一般公共预算财政拨款基本支出决算表",
            u,
            dict(st, labels="code1"),
            eb_cols,
            econ_rows(doc, pe, pu),
            sep,
        )
    )
    tabs.append(
        sg_tab("一般公共预算财政拨款“三公”经费支出决算表", u, doc["sangong_budget"], doc["sangong"], sep)
    )
    if gf_i:
        cols = [
            Col(("年初结转和结余",), "carryover_begin"),
            Col(("本年收入",), "income"),
            Col(("本年支出", "小计"), "total"),
            Col(("本年支出", "基本支出"), "basic"),
            Col(("本年支出", "项目支出"), "project"),
            Col(("年末结转和结余",), "carryover_end"),
        ]
        rows = func_rows(
            L, lambda m: {"income": s(m, "i_gf"), "total": s(m, "gf_p"), "project": s(m, "gf_p")}, tf
        )
        tabs.append(coded_tab(GF, "政府性基金预算财政拨款收入支出决算表", u, st, cols, rows, sep))
    else:
        tabs.append(
            Tab(
                GF,
                "政府性基金预算财政拨款收入支出决算表",
                u,
                kind="empty",
                empty=f"本部门{y}年度无政府性基金预算财政拨款收入支出，故本表无数据。",
            )
        )
    tabs.append(
        Tab(
            SC,
            "国有资本经营预算财政拨款收入支出决算表",
            u,
            kind="empty",
            empty=f"本部门{y}年度无国有资本经营预算财政拨款收入支出，故本表无数据。",
        )
    )
    info = dict(grand=income + cb, income=income, spend=spend, fiscal=gp_i + gf_i, gp=gp_s, gf=gf_s, L=L)
    info["basic"] = T("gp_pe", "gp_pu", "nf_pe", "nf_pu")
    info["project"] = T("gp_p", "gf_p", "nf_p")
    info["yb"] = T("yb_b", "yb_p") if yb else d(doc.get("gp_budget", 0))
    return tabs, info


# ------------------------------------------------------------------------------------------------ identities
def identities(doc, tabs, info):
    """Re-add every printed table from its printed strings; compare with the totals typed in the data."""
    name = doc["file"]
    by = {t.key: t for t in tabs}

    def col(t, key):
        return next(j for j, c in enumerate(t.cols) if c.key == key)

    def v(t, r, key):
        j = next((j for j, c in enumerate(t.cols) if c.key == key), None)
        return d(r["cells"][j]) if j is not None else Z

    rel = {
        INC: [
            (
                "total",
                [
                    "carryover_begin",
                    "general_public",
                    "government_fund",
                    "fiscal_special_account",
                    "business",
                    "operating_income",
                    "upper_grant",
                    "affiliated_remit",
                    "other_income",
                ],
            ),
            (
                "unit_funds",
                ["business", "operating_income", "upper_grant", "affiliated_remit", "other_income"],
            ),
        ]
        if doc["kind"] == "budget"
        else [
            (
                "total",
                [
                    "fiscal_appropriation",
                    "upper_grant",
                    "business",
                    "operating_income",
                    "affiliated_remit",
                    "other_income",
                ],
            ),
            ("fiscal_appropriation", ["general_public", "government_fund"]),
        ],
        EXP: [
            (
                "total",
                ["personnel", "public_funds", "project", "operating", "remit_upper", "subsidy_affiliated"],
            ),
            ("basic", ["personnel", "public_funds"]),
            ("project", ["general_public", "government_fund", "fiscal_special_account", "unit_funds"]),
        ],
        GB: [
            ("total", ["personnel", "public_funds", "project"]),
            ("basic", ["personnel", "public_funds"]),
            ("total@budget", ["basic@budget", "project@budget"]),
        ],
        EB: [("total", ["personnel", "public_funds"])],
        GF: [("total", ["basic", "project"])],
    }
    for t in tabs:
        if t.kind != "coded":
            continue
        keys = [c.key for _j, c in t.money()]
        for r in t.rows:
            for tot, parts in rel.get(t.key, []):
                have = [p for p in parts if p in keys]
                if tot in keys and have and (t.key != EXP or tot != "project" or len(have) > 1):
                    assert v(t, r, tot) == sum(v(t, r, p) for p in have), (name, t.title, r["name"], tot)
            if t.key == INC and doc["kind"] == "final_account" and "education_fee" in keys:
                assert v(t, r, "education_fee") <= v(t, r, "business"), (name, r["name"])
        for k in keys:  # 合计 = Σ 类, 类 = Σ 款 (economic: Σ 款), 款 = Σ 项
            rows = [r for r in t.rows if r["code"]]
            tot = next(r for r in t.rows if not r["code"])
            top = [r for r in rows if len(r["code"]) == 3]
            assert v(t, tot, k) == sum(v(t, r, k) for r in top), (name, t.title, k)
            for p in rows:
                n = len(p["code"])
                kids = [r for r in rows if len(r["code"]) == n + 2 and r["code"].startswith(p["code"])]
                if kids:
                    assert v(t, p, k) == sum(v(t, r, k) for r in kids), (name, t.title, p["code"], k)

    # summaries: both sides, items, across tables
    def side(t, label, key):
        for r in t.rows:
            for sd in ("L", "R"):
                if r.get(sd) == label:
                    j = next((j for j, c in enumerate(t.cols) if c.key == f"{sd}|{key}"), None)
                    if j is not None and r["cells"][j]:
                        return d(r["cells"][j])
        return Z

    ist, inc, exp = by[IS], by[INC], by[EXP]
    tot_inc = next(r for r in inc.rows if not r["code"])
    tot_exp = next(r for r in exp.rows if not r["code"])
    budget = doc["kind"] == "budget"
    assert side(ist, "收入总计" if budget else "本年收入合计", "income") == v(inc, tot_inc, "total"), name
    assert side(ist, "本年支出合计", "expenditure") == v(exp, tot_exp, "total"), name
    for r in exp.rows:
        if r["code"] and len(r["code"]) == 3:
            lab = next(x["R"] for x in ist.rows if x.get("R") and x["R"].endswith(FUNC[r["code"]]))
            assert side(ist, lab, "expenditure") == v(exp, r, "total"), (name, lab)
    grand = side(ist, "收入总计" if doc["kind"] == "budget" else "总计", "income")
    assert (
        grand
        == side(ist, "支出总计" if doc["kind"] == "budget" else "总计", "expenditure")
        == d(doc["check_grand"])
    ), (name, grand)
    items = [x["L"] for x in ist.rows if x.get("L") and (x["L"][1] == "、" or x["L"].startswith("（"))]
    lefts = [side(ist, x, "income") for x in items if not x.startswith("五、单位资金")]
    assert sum(lefts) == side(ist, "本年收入合计", "income"), (name, lefts)
    gb, eb = by[GB], by[EB]
    tgb = next(r for r in gb.rows if not r["code"])
    teb = next(r for r in eb.rows if not r["code"])
    for k in ("total", "personnel", "public_funds"):
        assert v(gb, tgb, "basic" if k == "total" else k) == v(eb, teb, k), (name, k)
    assert v(gb, tgb, "total") == d(doc["check_gp"]), (name, v(gb, tgb, "total"))
    fs = by[FS]
    ftot = side(fs, "本年支出合计", EGP)
    carried = side(fs, "二、上年结转", "income") if doc["kind"] == "budget" else Z
    assert ftot == v(gb, tgb, "total") + carried, (name, ftot)
    for r in gb.rows:
        if r["code"] and len(r["code"]) == 3:
            lab = next(x["R"] for x in fs.rows if x.get("R") and x["R"].endswith(FUNC[r["code"]]))
            assert side(fs, lab, EGP) >= v(gb, r, "total"), (name, lab)
    if doc["kind"] == "final_account":
        assert side(fs, "总计", "income") == side(fs, "总计", "expenditure"), name
    sg = by[SG].rows[0]["cells"]
    for off in range(0, len(sg), 6):
        o = [d(x) for x in sg[off : off + 6]]
        assert o[0] == o[1] + o[2] + o[5] and o[2] == o[3] + o[4], (name, o)


def expectations(doc, tabs):
    out = []
    for t in tabs:
        if t.kind == "empty":
            continue
        rows = t.exp()
        if t.key == SG:
            rows = [(None, "*", {k: (v + "?" if d(v) == 0 else v) for k, v in rows[0][2].items()})]
        rows = [(c, n, {k: v for k, v in f.items() if k != "education_fee"}) for c, n, f in rows]
        out.append(dict(table=t.key, unit=t.unit, rows=[r for r in rows if r[2]]))
    return out


def not_loaded(tabs):
    """The figures of a 其中：教育收费 column (a part of 事业收入, no key in the vocabulary)."""
    out = []
    for t in tabs:
        for j, c in enumerate(t.cols):
            if c.key == "education_fee":
                out += [r["cells"][j] for r in t.rows if r["cells"][j]]
    return out


# ------------------------------------------------------------------------------------------------ 说明
def narrative(doc, info):
    """The 说明: [(text, is_heading)] and the claims it states [(kind, code, figures in 万元 as printed)]."""
    y, org, u = doc["year"], doc["org"], doc["unit"]

    def W(x):  # noqa: N802
        x = x / 10000 if u == "元" else x
        return fmt(x)

    def n(x):
        return W(x).replace(",", "")

    def rate(a, b):
        return str((a / b * 100).quantize(D("0.01"), ROUND_HALF_UP))

    final = doc["kind"] == "final_account"
    out, claims = [("第一部分 部门概况", True), ("一、主要职能", True), (doc["profile"], False)], []
    out.append(("二、部门决算单位构成" if final else "二、部门预算单位构成", True))
    out.append(
        (
            f"纳入本部门{y}年度{'决算' if final else '预算'}编制范围的单位共{doc['n_units']}个，包括{doc['units']}。",
            False,
        )
    )
    if final:
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(info['grand'])}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(info['income'])}万元，其中：财政拨款收入{W(info['fiscal'])}万元，其他资金"
                f"{W(info['income'] - info['fiscal'])}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(info["income"])}))
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(info['spend'])}万元，其中：基本支出{W(info['basic'])}万元，项目支出{W(info['project'])}万元，"
                f"上缴上级支出、经营支出和对附属单位补助支出{W(info['spend'] - info['basic'] - info['project'])}万元。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        bud, gp = info["yb"], info["gp"]
        why = "年中追加了项目资金" if gp > bud else "厉行节约、压减一般性支出"
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数{'大' if gp > bud else '小'}于年初预算数的主要原因是{why}。",
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        b, a = [d(x) for x in doc["sangong_budget"]], [d(x) for x in doc["sangong"]]
        out.append(("五、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(sum(b))}万元，支出决算为{W(sum(a))}万元，完成年初预算的"
                f"{rate(sum(a), sum(b))}%。其中：因公出国（境）费支出决算为{W(a[0])}万元；公务用车购置及运行费支出决算为"
                f"{W(a[1] + a[2])}万元；公务接待费支出决算为{W(a[3])}万元。",
                False,
            )
        )
        claims.append(
            (
                "sangong_execution",
                None,
                {"budget": n(sum(b)), "actual": n(sum(a)), "rate": rate(sum(a), sum(b))},
            )
        )
        out.append(("六、政府性基金预算财政拨款收入支出决算情况说明", True))
        out.append(
            (
                f"{y}年度政府性基金预算财政拨款支出{W(info['gf'])}万元，全部为项目支出。"
                if info["gf"]
                else f"本部门{y}年度没有政府性基金预算财政拨款收入支出。",
                False,
            )
        )
    else:
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(info['grand'])}万元。",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"支出预算中，基本支出{W(info['basic'])}万元，占{rate(info['basic'], info['grand'])}%；项目支出"
                f"{W(info['project'])}万元，占{rate(info['project'], info['grand'])}%。",
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (f"{y}年一般公共预算支出{W(info['gp'])}万元，主要用于保障机构运转和履行职能的重点项目。", False)
        )
        sv = [d(x) for x in doc["sangong"]]
        out.append(("四、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sum(sv))}万元，其中：因公出国（境）费{W(sv[0])}万元，公务用车购置及运行费"
                f"{W(sv[1] + sv[2])}万元（公务用车运行费{W(sv[2])}万元），公务接待费{W(sv[3])}万元。",
                False,
            )
        )
        out.append(("五、政府性基金预算支出情况说明", True))
        out.append(
            (
                f"{y}年政府性基金预算支出{W(info['gf'])}万元，全部为项目支出。"
                if info["gf"]
                else f"本部门{y}年无政府性基金预算支出。",
                False,
            )
        )
    out.append(("第四部分 名词解释", True))
    for t in (
        "一、财政拨款收入：指本级财政当年拨付的资金。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入，其中教育收费指学校按规定收取的学费、住宿费等。",
        "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
        "四、上缴上级支出：指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。",
        "五、对附属单位补助支出：指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。",
        "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "八、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    ):
        out.append((t, False))
    return out, claims


def build(doc):
    tabs, info = (build_final if doc["kind"] == "final_account" else build_budget)(doc)
    identities(doc, tabs, info)
    return tabs, info
