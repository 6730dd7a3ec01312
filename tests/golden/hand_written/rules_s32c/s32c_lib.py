"""The builder of the rules_s32c reports (rules_s32c_data.py types the figures, gen.py draws them).

build(doc) sums every printed table of one report from its typed figures and returns them as printed strings
(PT objects); gen.py draws those very strings and expectations() / line_expectations() / claims read the
expected values from them (never from the parser). identities(name, doc, tables, lines) re-adds every printed
table from its printed strings (row relations, 类 = Σ 款 = Σ 项, 合计 = Σ 类, two-sided totals, cross-table
agreements, the detail lines against the 项目支出表 and the 一般公共预算支出表), so a typo fails at import.

Leaves: one functional 项 a line, "code key=value …" (a key left out is zero). Keys:
  pe / pu / pp   一般公共预算 spent on 人员经费 / 公用经费 / projects (budgets: pp comes from the projects)
  oe / ou / op   other money (事业收入 or 其他收入) spent likewise
  fp             政府性基金 spent on projects (budgets: from the projects)
  cb / ce        a final account's 一般公共预算 年初结转和结余 / 年末结转和结余 (ce may be negative)
  fcb / fce      the same of the 政府性基金 (fce may be negative)
  bb / bp        a final account's 年初预算 of the 一般公共预算 (basic / project)
A final account's income per leaf is what it spent plus its end carry-over minus its begin carry-over.
Projects (budgets): (name, functional code, source gp|gf|ot, [(department economic code, amount), …]); each
project is one 项目支出表 row and one detail line per economic code."""

from __future__ import annotations

from decimal import Decimal as D

Z = D(0)
IS, FS, INC, EXP = (
    "income_expenditure_summary",
    "fiscal_summary",
    "income_by_function",
    "expenditure_by_function",
)
GB, EB, SG, GF, SC = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "state_capital",
)
PROJ, LI = "project_expenditure", "line_items"
I, E = "income", "expenditure"
EGP, EGF, ESC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"

FUNC = {
    "201": "一般公共服务支出",
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013802": "一般行政管理事务",
    "2013804": "市场主体管理",
    "2013805": "市场秩序执法",
    "2013812": "药品事务",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "2050299": "其他普通教育支出",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070104": "图书馆",
    "2070108": "文化活动",
    "2070109": "群众文化",
    "2070111": "文化创作与保护",
    "2070199": "其他文化和旅游支出",
    "20703": "体育",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21001": "卫生健康管理事务",
    "2100101": "行政运行",
    "2100199": "其他卫生健康管理事务支出",
    "21003": "基层医疗卫生机构",
    "2100301": "城市社区卫生机构",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "21007": "计划生育事务",
    "2100717": "计划生育服务",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120814": "农业生产发展支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130102": "一般行政管理事务",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130109": "农产品质量安全",
    "2130122": "农业生产发展",
    "2130126": "农村社会事业",
    "2130135": "农业资源保护修复与利用",
    "2130153": "农田建设",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130305": "水利工程建设",
    "2130306": "水利工程运行与维护",
    "2130311": "水资源节约管理与保护",
    "2130314": "防汛",
    "2130316": "农村水利",
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "21406": "车辆购置税支出",
    "2140601": "车辆购置税用于公路等基础设施建设支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296003": "用于体育事业的彩票公益金支出",
}

# the 类 numbered as the national 收支总表 lists them
CLASS_NO = {
    "201": "一",
    "205": "五",
    "207": "七",
    "208": "八",
    "210": "九",
    "212": "十一",
    "213": "十二",
    "214": "十三",
    "221": "十九",
    "229": "二十四",
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
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
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
    "30302": "退休费",
    "30305": "生活补助",
    "30309": "奖励金",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31005": "基础设施建设",
}
PERSONNEL = ("301", "303")
# the government economic code a departmental one falls under (政府预算支出经济分类, 2018)
GOV_OF = {
    "30201": "50201",
    "30202": "50201",
    "30211": "50201",
    "30213": "50209",
    "30215": "50202",
    "30216": "50203",
    "30218": "50204",
    "30226": "50299",
    "30227": "50205",
    "30299": "50299",
    "31002": "50306",
    "31003": "50306",
    "31005": "50302",
    "30305": "50901",
}
GOV = {
    "50201": "办公经费",
    "50202": "会议费",
    "50203": "培训费",
    "50204": "专用材料购置费",
    "50205": "委托业务费",
    "50209": "维修（护）费",
    "50299": "其他商品和服务支出",
    "50302": "基础设施建设",
    "50306": "设备购置",
    "50901": "社会福利和救助",
}
CN = "一二三四五六七八九十"
SG_KEYS = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
SG_LABELS = [
    "合计",
    "因公出国（境）费",
    "公务用车购置及运行费",
    "其中：公务用车购置费",
    "公务用车运行费",
    "公务接待费",
]


def d(s):
    return D(str(s).replace(",", "")) if s not in (None, ".", "", "-") else Z


def fmt(x, zero=""):
    return zero if x == 0 else f"{x:,.2f}"


class Money:
    KEYS = ("pe", "pu", "pp", "oe", "ou", "op", "fp", "cb", "ce", "fcb", "fce", "bb", "bp")

    def __init__(self, text, projects=()):
        self.L = {}
        for line in text.strip().splitlines():
            w = line.split()
            v = dict.fromkeys(self.KEYS, Z)
            for kv in w[1:]:
                k, x = kv.split("=")
                assert k in self.KEYS, (w[0], k)
                v[k] = d(x)
            assert w[0] not in self.L, w[0]
            self.L[w[0]] = v
        for _name, code, src, lines in projects:
            v = self.L.setdefault(code, dict.fromkeys(self.KEYS, Z))
            v[{"gp": "pp", "gf": "fp", "ot": "op"}[src]] += sum((d(a) for _e, a in lines), Z)
        self.L = dict(sorted(self.L.items()))

    def leaf(self, code, field):
        v = self.L[code]
        x = dict(v)
        x["gp_b"] = v["pe"] + v["pu"]
        x["gp"] = x["gp_b"] + v["pp"]
        x["ot_b"] = v["oe"] + v["ou"]
        x["ot"] = x["ot_b"] + v["op"]
        x["pers"] = v["pe"] + v["oe"]
        x["pub"] = v["pu"] + v["ou"]
        x["basic"] = x["gp_b"] + x["ot_b"]
        x["project"] = v["pp"] + v["fp"] + v["op"]
        x["all"] = x["basic"] + x["project"]
        x["gf"] = v["fp"]
        x["fiscal"] = x["gp"] + v["fp"]
        x["gp_in"] = x["gp"] + v["ce"] - v["cb"]
        x["gf_in"] = v["fp"] + v["fce"] - v["fcb"]
        x["fin"] = x["gp_in"] + x["gf_in"]
        x["in"] = x["fin"] + x["ot"]
        x["bud"] = v["bb"] + v["bp"]
        x["carry_b"] = v["cb"] + v["fcb"]
        x["carry_e"] = v["ce"] + v["fce"]
        return x[field]

    def t(self, field, prefix=""):
        return sum((self.leaf(c, field) for c in self.L if c.startswith(prefix)), Z)

    def codes(self, *fields):
        """类, 款, 项 in order, of the leaves with a figure in any of the fields."""
        out = set()
        for c in self.L:
            if any(self.leaf(c, f) for f in fields):
                out |= {c[:3], c[:5], c}
        return sorted(out)

    def classes(self, *fields):
        return [c for c in self.codes(*fields) if len(c) == 3]


class PT:
    """A printed table: key, title, unit, kind (coded / two / econ2 / sangong / sangong_rows / projcoded /
    lines / empty); heads: one header path per figure column; cols: the column key of each figure column;
    rows of printed strings; rel: row relations [(target, [(sign, column), …])] over the figure columns."""

    def __init__(self, key, title, unit, kind, heads=(), cols=(), rows=(), **kw):
        self.key, self.title, self.unit, self.kind = key, title, unit, kind
        self.heads, self.cols, self.rows = list(heads), list(cols), list(rows)
        self.rel = kw.get("rel", [])
        self.note = kw.get("note")
        self.empty_text = kw.get("empty_text")
        self.code_head = kw.get("code_head", "科目编码")
        self.name_head = kw.get("name_head", "科目名称")
        self.lead_group = kw.get("lead_group")
        self.econ = kw.get("econ", False)


def econ_full(doc, m):
    """The 一般公共预算 基本支出 by economic 款: 30101 is the rest of 人员经费, 30201 the rest of 公用经费."""
    e = {k: d(v) for k, v in doc["econ"].items()}
    pers = sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
    pub = sum((v for k, v in e.items() if k[:3] not in PERSONNEL), Z)
    e["30101"] = m.t("pe") - pers
    e["30201"] = m.t("pu") - pub
    assert e["30101"] > 0 and e["30201"] > 0, (doc["org"], e["30101"], e["30201"])
    return dict(sorted(e.items()))


def _tree(e):
    return sorted(set(e) | {k[:3] for k in e})


def split_cols(st, top, total_label="合计"):
    """Header paths, keys and relations of 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 under an optional
    top group; the 小计 only where the style asks for it."""
    g = (top,) if top else ()
    heads = [g + (total_label,)]
    keys = ["total"]
    fields = ["all"]
    if st.get("basic_sub"):
        heads += [g + ("基本支出", "小计")]
        keys += ["basic"]
        fields += ["basic"]
    heads += [g + ("基本支出", "人员经费"), g + ("基本支出", "公用经费"), g + ("项目支出",)]
    keys += ["personnel", "public_funds", "project"]
    fields += ["pers", "pub", "project"]
    if st.get("basic_sub"):
        rel = [(0, [(1, 1), (1, 4)]), (1, [(1, 2), (1, 3)])]
    else:
        rel = [(0, [(1, 1), (1, 2), (1, 3)])]
    return heads, keys, fields, rel


def two_rows(left, right):
    n = max(len(left), len(right))
    left = left + [("", [])] * (n - len(left))
    right = right + [("", [])] * (n - len(right))
    return [(a, av, b, bv) for (a, av), (b, bv) in zip(left, right)]


def sg_vals(sg):
    o, b, r, c = (d(x) for x in sg)
    return [o + b + r + c, o, b + r, b, r, c]


# =============================================================================================== budget
def build_budget(doc, m, e):
    st = doc["style"]
    u, y, z = doc["unit"], doc["year"], st.get("zero", "")
    other = doc.get("other")
    oc = {"事业收入": "business", "其他收入": "other_income", None: None}[other]

    def f(x, zero=None):
        return fmt(x, z if zero is None else zero)

    tables = []
    # ---- 部门收支总表
    items = [
        ("一、一般公共预算拨款收入", m.t("gp")),
        ("二、政府性基金预算拨款收入", m.t("gf")),
        ("三、国有资本经营预算拨款收入", Z),
        ("四、财政专户管理资金收入", Z),
        ("五、事业收入", m.t("ot") if oc == "business" else Z),
        ("六、事业单位经营收入", Z),
        ("七、上级补助收入", Z),
        ("八、附属单位上缴收入", Z),
        ("九、其他收入", m.t("ot") if oc == "other_income" else Z),
    ]
    left = [(lab, [f(v)]) for lab, v in items]
    right = [(f"{CN[i]}、{FUNC[c]}", [f(m.t("all", c))]) for i, c in enumerate(m.classes("all"))]
    rows = two_rows(left, right)
    rows += [
        ("本年收入合计", [f(m.t("all"))], "本年支出合计", [f(m.t("all"))]),
        ("上年结转结余", [f(Z)], "结转下年", [f(Z)]),
        ("收入总计", [f(m.t("all"))], "支出总计", [f(m.t("all"))]),
    ]
    tables.append(
        PT(
            IS,
            "部门收支总表",
            u,
            "two",
            heads=[("收入", "预算数"), ("支出", "预算数")],
            cols=[I, E],
            rows=rows,
        )
    )
    # ---- 部门收入总表
    inc = [
        ("合计", "total", "all"),
        ("上年结转", "carryover_begin", None),
        ("一般公共预算拨款收入", "general_public", "gp"),
        ("政府性基金预算拨款收入", "government_fund", "gf"),
        ("事业收入", "business", "ot" if oc == "business" else None),
        ("其他收入", "other_income", "ot" if oc == "other_income" else None),
    ]
    top = st.get("inc_top")
    heads = [(h,) if i == 0 or not top else (top, h) for i, (h, _k, _f) in enumerate(inc)]
    rows = [(None, "合计", [f(m.t(fl) if fl else Z) for _h, _k, fl in inc])]
    rows += [(c, FUNC[c], [f(m.t(fl, c) if fl else Z) for _h, _k, fl in inc]) for c in m.codes("all")]
    tables.append(
        PT(
            INC,
            "部门收入总表",
            u,
            "coded",
            heads=heads,
            cols=[k for _h, k, _f in inc],
            rows=rows,
            rel=[(0, [(1, i) for i in range(1, len(inc))])],
        )
    )
    # ---- 部门支出总表: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出
    heads, keys, fields, rel = split_cols(st, st.get("exp_top"))
    rows = [(None, "合计", [f(m.t(fl)) for fl in fields])]
    rows += [(c, FUNC[c], [f(m.t(fl, c)) for fl in fields]) for c in m.codes("all")]
    tables.append(PT(EXP, "部门支出总表", u, "coded", heads=heads, cols=keys, rows=rows, rel=rel))

    # ---- 财政拨款收支总表
    def four(c=""):
        return [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)]

    left = [
        ("一、一般公共预算拨款收入", [f(m.t("gp"))]),
        ("二、政府性基金预算拨款收入", [f(m.t("gf"))]),
        ("三、国有资本经营预算拨款收入", [f(Z)]),
    ]
    right = [(f"{CN[i]}、{FUNC[c]}", four(c)) for i, c in enumerate(m.classes("fiscal"))]
    rows = two_rows(left, right)
    rows += [
        ("本年收入合计", [f(m.t("fiscal"))], "本年支出合计", four()),
        ("上年结转", [f(Z)], "结转下年", [f(Z)] * 4),
        ("收入总计", [f(m.t("fiscal"))], "支出总计", four()),
    ]
    tables.append(
        PT(
            FS,
            "财政拨款收支总表",
            u,
            "two",
            heads=[
                ("收入", "预算数"),
                ("支出", "合计"),
                ("支出", "一般公共预算"),
                ("支出", "政府性基金预算"),
                ("支出", "国有资本经营预算"),
            ],
            cols=[I, E, EGP, EGF, ESC],
            rows=rows,
        )
    )
    # ---- 一般公共预算支出表 (the 一般公共预算 part of each figure)
    heads, keys, fields, rel = split_cols(st, f"{y}年预算数" if st.get("gb_top") else None)
    gpf = {"all": "gp", "basic": "gp_b", "pers": "pe", "pub": "pu", "project": "pp"}
    rows = [(None, "合计", [f(m.t(gpf[fl])) for fl in fields])]
    rows += [(c, FUNC[c], [f(m.t(gpf[fl], c)) for fl in fields]) for c in m.codes("gp")]
    tables.append(PT(GB, "一般公共预算支出表", u, "coded", heads=heads, cols=keys, rows=rows, rel=rel))
    # ---- 一般公共预算基本支出表 (by economic code)
    pers = {k: v for k, v in e.items() if k[:3] in PERSONNEL}

    def ev(c=""):
        tot = sum((v for k, v in e.items() if k.startswith(c)), Z)
        p = sum((v for k, v in pers.items() if k.startswith(c)), Z)
        return [f(tot), f(p), f(tot - p)]

    eg = st.get("eb_top", "一般公共预算基本支出")
    heads = (
        [(eg, "合计"), (eg, "人员经费"), (eg, "公用经费")]
        if eg
        else [("合计",), ("人员经费",), ("公用经费",)]
    )
    rows = [(None, "合计", ev())] + [(c, ECON[c], ev(c)) for c in _tree(e)]
    tables.append(
        PT(
            EB,
            "一般公共预算基本支出表",
            u,
            "coded",
            heads=heads,
            cols=["total", "personnel", "public_funds"],
            rows=rows,
            rel=[(0, [(1, 1), (1, 2)])],
            code_head="部门经济分类科目编码",
            name_head="部门经济分类科目名称",
            econ=True,
        )
    )
    # ---- 三公: a “三公”经费 group over its items
    sv = sg_vals(doc["sangong"])
    g = ("“三公”经费预算数",) if st.get("sg_group") else ()
    heads = [
        g + ("合计",),
        g + ("因公出国（境）费",),
        g + ("公务用车购置及运行费", "小计"),
        g + ("公务用车购置及运行费", "公务用车购置费"),
        g + ("公务用车购置及运行费", "公务用车运行费"),
        g + ("公务接待费",),
    ]
    tables.append(
        PT(
            SG,
            "一般公共预算“三公”经费支出表",
            u,
            "sangong",
            heads=heads,
            cols=list(SG_KEYS),
            rows=[[fmt(x, "0.00") for x in sv]],
        )
    )
    # ---- 政府性基金
    if m.t("gf"):
        rows = [(None, "合计", [f(m.t("gf")), f(Z), f(m.t("gf"))])]
        rows += [(c, FUNC[c], [f(m.t("gf", c)), f(Z), f(m.t("gf", c))]) for c in m.codes("gf")]
        tables.append(
            PT(
                GF,
                "政府性基金预算支出表",
                u,
                "coded",
                heads=[("本年政府性基金预算支出", h) for h in ("合计", "基本支出", "项目支出")],
                cols=["total", "basic", "project"],
                rows=rows,
                rel=[(0, [(1, 1), (1, 2)])],
            )
        )
    else:
        tables.append(
            PT(
                GF,
                "政府性基金预算支出表",
                u,
                "empty",
                empty_text=f"本部门{y}年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            )
        )
    tables.append(
        PT(
            SC,
            "国有资本经营预算支出表",
            u,
            "empty",
            empty_text=f"本部门{y}年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        )
    )
    # ---- 项目支出表: 科目编码 | 科目名称 | 项目名称 | 合计 | 一般公共预算 | 政府性基金 | other
    prs = [(n, c, src, sum((d(a) for _e, a in ls), Z)) for n, c, src, ls in doc["projects"]]
    pcols = [
        ("合计", "total"),
        ("一般公共预算拨款", "general_public"),
        ("政府性基金预算拨款", "government_fund"),
    ]
    if any(src == "ot" for _n, _c, src, _a in prs):
        pcols.append((other, oc))

    def pv(src, a):
        out = [a, a if src == "gp" else Z, a if src == "gf" else Z]
        if len(pcols) == 4:
            out.append(a if src == "ot" else Z)
        return [f(x) for x in out]

    tot = [sum((d(x) for x in col), Z) for col in zip(*[pv(s, a) for _n, _c, s, a in prs])]
    rows = [(None, "", "合计", [f(x) for x in tot])]
    rows += [(c, FUNC[c], n, pv(src, a)) for n, c, src, a in prs]
    ptop = st.get("proj_top")
    heads = [(h,) if i == 0 or not ptop else (ptop, h) for i, (h, _k) in enumerate(pcols)]
    tables.append(
        PT(
            PROJ,
            doc.get("proj_title", "项目支出表"),
            u,
            "projcoded",
            heads=heads,
            cols=[k for _h, k in pcols],
            rows=rows,
            rel=[(0, [(1, i) for i in range(1, len(pcols))])],
        )
    )
    # ---- 项目支出预算明细表: one line per project and economic code
    gov = st.get("gov_codes")
    lines = []
    for n, c, _src, ls in doc["projects"]:
        for ec, a in ls:
            g_ = GOV_OF[ec] if gov else None
            lines.append((c, FUNC[c], g_, GOV[g_] if g_ else None, ec, ECON[ec], n, fmt(d(a))))
    total = fmt(sum((d(x[-1]) for x in lines), Z))
    tables.append(PT(LI, doc.get("lines_title", "项目支出预算明细表"), u, "lines", rows=lines, note=total))
    return tables


# =============================================================================================== final
def build_final(doc, m, e):
    st = doc["style"]
    u, y, z = doc["unit"], doc["year"], st.get("zero", "")
    oc = {"事业收入": "business", "其他收入": "other_income"}[doc["other"]]

    def f(x, zero=None):
        return fmt(x, z if zero is None else zero)

    tables = []
    # ---- 收入支出决算总表
    items = [
        ("一、一般公共预算财政拨款收入", m.t("gp_in")),
        ("二、政府性基金预算财政拨款收入", m.t("gf_in")),
        ("三、国有资本经营预算财政拨款收入", Z),
        ("四、上级补助收入", Z),
        ("五、事业收入", m.t("ot") if oc == "business" else Z),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", m.t("ot") if oc == "other_income" else Z),
    ]
    left = [(lab, [f(v)]) for lab, v in items]
    right = [(f"{CLASS_NO[c]}、{FUNC[c]}", [f(m.t("all", c))]) for c in m.classes("all")]
    rows = two_rows(left, right)
    rows += [
        ("本年收入合计", [f(m.t("in"))], "本年支出合计", [f(m.t("all"))]),
        ("使用非财政拨款结余", [f(Z)], "结余分配", [f(Z)]),
        ("年初结转和结余", [f(m.t("carry_b"))], "年末结转和结余", [f(m.t("carry_e"))]),
        ("总计", [f(m.t("in") + m.t("carry_b"))], "总计", [f(m.t("all") + m.t("carry_e"))]),
    ]
    tables.append(
        PT(
            IS,
            "收入支出决算总表",
            u,
            "two",
            heads=[("收入", "金额"), ("支出", "金额")],
            cols=[I, E],
            rows=rows,
        )
    )
    # ---- 收入决算表
    inc = [
        ("本年收入合计", "total", "in"),
        ("财政拨款收入", "fiscal_appropriation", "fin"),
        ("上级补助收入", "upper_grant", None),
        ("事业收入", "business", "ot" if oc == "business" else None),
        ("经营收入", "operating_income", None),
        ("附属单位上缴收入", "affiliated_remit", None),
        ("其他收入", "other_income", "ot" if oc == "other_income" else None),
    ]
    rows = [(None, "合计", [f(m.t(fl) if fl else Z) for _h, _k, fl in inc])]
    rows += [(c, FUNC[c], [f(m.t(fl, c) if fl else Z) for _h, _k, fl in inc]) for c in m.codes("in", "all")]
    tables.append(
        PT(
            INC,
            "收入决算表",
            u,
            "coded",
            heads=[(h,) for h, _k, _f in inc],
            cols=[k for _h, k, _f in inc],
            rows=rows,
            rel=[(0, [(1, i) for i in range(1, len(inc))])],
            lead_group=st.get("lead_group"),
        )
    )
    # ---- 支出决算表
    ex = [
        ("本年支出合计", "total", "all"),
        ("基本支出", "basic", "basic"),
        ("项目支出", "project", "project"),
        ("上缴上级支出", "remit_upper", None),
        ("经营支出", "operating", None),
        ("对附属单位补助支出", "subsidy_affiliated", None),
    ]
    rows = [(None, "合计", [f(m.t(fl) if fl else Z) for _h, _k, fl in ex])]
    rows += [(c, FUNC[c], [f(m.t(fl, c) if fl else Z) for _h, _k, fl in ex]) for c in m.codes("all")]
    tables.append(
        PT(
            EXP,
            "支出决算表",
            u,
            "coded",
            heads=[(h,) for h, _k, _f in ex],
            cols=[k for _h, k, _f in ex],
            rows=rows,
            rel=[(0, [(1, i) for i in range(1, len(ex))])],
            lead_group=st.get("lead_group"),
        )
    )

    # ---- 财政拨款收入支出决算总表 (its 年末 carry-over by fund)
    def four(c=""):
        return [f(m.t("fiscal", c)), f(m.t("gp", c)), f(m.t("gf", c)), f(Z)]

    left = [
        ("一、一般公共预算财政拨款", [f(m.t("gp_in"))]),
        ("二、政府性基金预算财政拨款", [f(m.t("gf_in"))]),
        ("三、国有资本经营预算财政拨款", [f(Z)]),
    ]
    right = [(f"{CLASS_NO[c]}、{FUNC[c]}", four(c)) for c in m.classes("fiscal")]
    rows = two_rows(left, right)
    end = [f(m.t("ce") + m.t("fce")), f(m.t("ce")), f(m.t("fce")), f(Z)]
    grand = [
        f(m.t("fiscal") + m.t("ce") + m.t("fce")),
        f(m.t("gp") + m.t("ce")),
        f(m.t("gf") + m.t("fce")),
        f(Z),
    ]
    rows += [
        ("本年收入合计", [f(m.t("fin"))], "本年支出合计", four()),
        ("年初财政拨款结转和结余", [f(m.t("cb") + m.t("fcb"))], "年末财政拨款结转和结余", end),
        ("总计", [f(m.t("fin") + m.t("cb") + m.t("fcb"))], "总计", grand),
    ]
    tables.append(
        PT(
            FS,
            "财政拨款收入支出决算总表",
            u,
            "two",
            heads=[
                ("收入", "金额"),
                ("支出", "合计"),
                ("支出", "一般公共预算财政拨款"),
                ("支出", "政府性基金预算财政拨款"),
                ("支出", "国有资本经营预算财政拨款"),
            ],
            cols=[I, E, EGP, EGF, ESC],
            rows=rows,
        )
    )
    # ---- 一般公共预算财政拨款 table: the 收入支出 form (3-level header) or 年初预算数 | 决算数
    if st["gb_form"] == "flow":
        heads = [("年初结转和结余",), ("本年收入",), ("本年支出", "小计")]
        heads += [
            ("本年支出", "基本支出", "人员经费"),
            ("本年支出", "基本支出", "公用经费"),
            ("本年支出", "项目支出"),
        ]
        heads += [("年末结转和结余",)]
        keys = ["carryover_begin", I, "total", "personnel", "public_funds", "project", "carryover_end"]
        fields = ["cb", "gp_in", "gp", "pe", "pu", "pp", "ce"]
        rel = [(2, [(1, 3), (1, 4), (1, 5)]), (6, [(1, 0), (1, 1), (-1, 2)])]
        title = "一般公共预算财政拨款收入支出决算表"
        codes = m.codes("gp", "cb", "ce")
    else:
        heads = [(g, h) for g in ("年初预算数", "决算数") for h in ("合计", "基本支出", "项目支出")]
        keys = ["total@budget", "basic@budget", "project@budget", "total", "basic", "project"]
        fields = ["bud", "bb", "bp", "gp", "gp_b", "pp"]
        rel = [(0, [(1, 1), (1, 2)]), (3, [(1, 4), (1, 5)])]
        title = "一般公共预算财政拨款支出决算表"
        codes = m.codes("gp", "bud")
    rows = [(None, "合计", [f(m.t(fl)) for fl in fields])]
    rows += [(c, FUNC[c], [f(m.t(fl, c)) for fl in fields]) for c in codes]
    tables.append(
        PT(GB, title, u, "coded", heads=heads, cols=keys, rows=rows, rel=rel, lead_group=st.get("lead_group"))
    )
    # ---- 基本支出决算表
    pers = {k: v for k, v in e.items() if k[:3] in PERSONNEL}
    pub = {k: v for k, v in e.items() if k[:3] not in PERSONNEL}
    if st.get("eb_form") == "one":

        def ev(c=""):
            tot = sum((v for k, v in e.items() if k.startswith(c)), Z)
            p = sum((v for k, v in pers.items() if k.startswith(c)), Z)
            return [f(tot), f(p), f(tot - p)]

        rows = [(None, "合计", ev())] + [(c, ECON[c], ev(c)) for c in _tree(e)]
        tables.append(
            PT(
                EB,
                "一般公共预算财政拨款基本支出决算表",
                u,
                "coded",
                heads=[("决算数", "合计"), ("决算数", "人员经费"), ("决算数", "公用经费")],
                cols=["total", "personnel", "public_funds"],
                rows=rows,
                rel=[(0, [(1, 1), (1, 2)])],
                code_head="经济分类科目编码",
                name_head="经济分类科目名称",
                econ=True,
            )
        )
    else:
        pl = [(c, ECON[c], f(sum((v for k, v in pers.items() if k.startswith(c)), Z))) for c in _tree(pers)]
        ul = [(c, ECON[c], f(sum((v for k, v in pub.items() if k.startswith(c)), Z))) for c in _tree(pub)]
        n = max(len(pl), len(ul))
        pl += [("", "", "")] * (n - len(pl))
        ul += [("", "", "")] * (n - len(ul))
        rows = [a + b for a, b in zip(pl, ul)]
        rows.append(
            ("", "人员经费合计", f(sum(pers.values(), Z)), "", "公用经费合计", f(sum(pub.values(), Z)))
        )
        tables.append(PT(EB, "一般公共预算财政拨款基本支出决算表", u, "econ2", rows=rows))
    # ---- 三公
    b, a = (sg_vals(x) for x in doc["sangong"])
    sub = [
        ("合计",),
        ("因公出国（境）费",),
        ("公务用车购置及运行费", "小计"),
        ("公务用车购置及运行费", "公务用车购置费"),
        ("公务用车购置及运行费", "公务用车运行费"),
        ("公务接待费",),
    ]
    title = "一般公共预算财政拨款“三公”经费支出决算表"
    if st["sg_form"] == "rows":
        rows = [(lab, [fmt(x, "0.00"), fmt(w, "0.00")]) for lab, x, w in zip(SG_LABELS, b, a)]
        tables.append(
            PT(
                SG,
                title,
                u,
                "sangong_rows",
                heads=[("预算数",), ("决算数",)],
                cols=["@budget", ""],
                rows=rows,
            )
        )
    else:
        if st["sg_form"] == "interleaved":
            heads = [h + (p,) for h in sub for p in ("预算数", "决算数")]
            keys = [k + s for k in SG_KEYS for s in ("@budget", "")]
            vals = [x for pair in zip(b, a) for x in pair]
        else:
            heads = [(g, *h) for g in ("预算数", "决算数") for h in sub]
            keys = [f"{k}@budget" for k in SG_KEYS] + list(SG_KEYS)
            vals = b + a
        tables.append(
            PT(SG, title, u, "sangong", heads=heads, cols=keys, rows=[[fmt(x, "0.00") for x in vals]])
        )
    # ---- 政府性基金
    gt = "政府性基金预算财政拨款收入支出决算表"
    if m.t("gf") or m.t("fcb"):
        heads = [
            ("年初结转和结余",),
            ("本年收入",),
            ("本年支出", "小计"),
            ("本年支出", "基本支出"),
            ("本年支出", "项目支出"),
            ("年末结转和结余",),
        ]
        cols = ["carryover_begin", I, "total", "basic", "project", "carryover_end"]

        def fv(c=""):
            return [
                f(m.t("fcb", c)),
                f(m.t("gf_in", c)),
                f(m.t("gf", c)),
                f(Z),
                f(m.t("gf", c)),
                f(m.t("fce", c)),
            ]

        rows = [(None, "合计", fv())] + [(c, FUNC[c], fv(c)) for c in m.codes("gf", "fcb", "fce")]
        tables.append(
            PT(
                GF,
                gt,
                u,
                "coded",
                heads=heads,
                cols=cols,
                rows=rows,
                rel=[(2, [(1, 3), (1, 4)]), (5, [(1, 0), (1, 1), (-1, 2)])],
                lead_group=st.get("lead_group"),
            )
        )
    else:
        tables.append(
            PT(
                GF,
                gt,
                u,
                "empty",
                empty_text=f"本部门{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，"
                "故本表为空表。",
            )
        )
    tables.append(
        PT(
            SC,
            "国有资本经营预算财政拨款支出决算表",
            u,
            "empty",
            empty_text=f"本部门{y}年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。",
        )
    )
    return tables


def build(doc):
    m = Money(doc["leaves"], doc.get("projects", ()))
    e = econ_full(doc, m)
    tables = build_final(doc, m, e) if doc["kind"] == "final_account" else build_budget(doc, m, e)
    order = doc["style"].get("order")
    if order:
        tables.sort(key=lambda t: order.index(t.key))
    return m, tables, e


# =============================================================================================== narrative
def wan(x, unit):
    x = d(x)
    if unit == "元":
        x = x / 10000
    return f"{x:,.2f}"


def rate(a, b):
    return f"{(a * 100 / b).quantize(D('0.01'))}"


PROFILE = {
    "农业农村局": (
        "贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全区“三农”工作的发展战略、中长期规划和重大政策；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农田建设、耕地质量管理和农业技术推广工作。",
        "办公室、计划财务科、农村经济管理科、种植业管理科、农田建设管理科，下设农业技术推广站、农业综合行政执法大队",
    ),
    "水利局": (
        "负责保障水资源的合理开发利用，组织编制全区水资源规划；负责全区水利工程建设与运行管理、河湖管理和河湖长制日常工作；负责水旱灾害防御、农村水利和水土保持工作。",
        "办公室、规划建设科、河湖管理科、水旱灾害防御科，下设水利工程管理站、河道采砂管理所",
    ),
    "卫生健康局": (
        "贯彻执行国民健康政策和卫生健康法律法规，统筹规划全区卫生健康资源配置；负责疾病预防控制、基本公共卫生服务和基层医疗卫生机构的管理；负责计划生育管理和服务工作。",
        "办公室、医政医管科、基层卫生健康科、疾病预防控制科，下设疾病预防控制中心、社区卫生服务中心",
    ),
    "交通运输局": (
        "负责全区交通运输行业的规划和管理；负责农村公路的建设、养护和管理；负责道路运输市场监管和交通运输安全生产监督管理。",
        "办公室、规划建设科、运输管理科、安全监督科，下设农村公路管理站、交通运输综合行政执法大队",
    ),
    "教育局": (
        "贯彻执行国家教育方针和政策法规，统筹规划全区各级各类教育事业发展；负责学前教育、义务教育、普通高中教育和特殊教育的管理；负责教育经费的统筹管理和教师队伍建设。",
        "办公室、基础教育科、计划财务科、人事科，所属中小学、幼儿园及特殊教育学校",
    ),
    "市场监督管理局": (
        "负责全区市场综合监督管理，组织和指导市场监管综合执法工作；负责市场主体登记注册、食品安全监督管理、药品和医疗器械安全监管、质量安全监督管理和计量标准化工作。",
        "办公室、登记注册科、食品安全监管科、药品医疗器械监管科、质量监督科，下设食品药品检验检测中心",
    ),
    "旅游和文化广电体育局": (
        "贯彻执行文化、旅游、广播电视和体育工作的方针政策，统筹全区文化事业、旅游业和体育事业发展；负责公共文化服务体系建设、非物质文化遗产保护和全民健身工作。",
        "办公室、文化艺术科、旅游发展科、体育科，下设区图书馆、区文化馆、区体育中心",
    ),
}


def profile(doc):
    """The 部门概况 paragraphs (no figures but counts)."""
    org = doc["org"]
    duty, units = next(v for k, v in PROFILE.items() if org.endswith(k))
    final = doc["kind"] == "final_account"
    y = doc["year"]
    scope = f"纳入{y}年度部门决算编制范围的" if final else f"纳入{y}年部门预算编制范围的"
    return [
        ("一、部门职责", True),
        (f"{org}的主要职责是：{duty}", False),
        ("二、机构设置", True),
        (f"{org}内设{units}。{scope}单位包括本级机关及所属事业单位，均实行独立核算。", False),
    ]


def narrative(doc, m, e):
    """The 说明: [(text, is_heading)] and the claims it states [(kind, code, figures)] (figures in 万元 as
    printed). Shares (占…%) and counts are no claims."""
    y, org = doc["year"], doc["org"]
    u = doc["unit"]

    def W(x):  # noqa: N802
        return wan(x, u)

    def n(x):  # a printed 万元 figure as the claim keeps it
        return W(x).replace(",", "")

    final = doc["kind"] == "final_account"
    out, claims = [], []
    tot = m.t("all")
    if final:
        grand = m.t("in") + m.t("carry_b")
        out.append(("第一部分 部门概况", True))
        out += profile(doc)
        out.append((f"第二部分 {y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(grand)}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(grand)}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(m.t('in'))}万元，其中：财政拨款收入{W(m.t('fin'))}万元，{doc['other']}"
                f"{W(m.t('ot'))}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(m.t("in"))}))
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(tot)}万元，其中：基本支出{W(m.t('basic'))}万元，项目支出{W(m.t('project'))}万元。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(tot)}))
        if m.t("ce") < 0 or m.t("fce") < 0 or any(m.leaf(c, "ce") < 0 or m.leaf(c, "fce") < 0 for c in m.L):
            out.append(
                (
                    "年末结转和结余出现负数，主要是部分项目按合同进度先行支付、资金尚未拨付到位，由单位暂时垫付所致。",
                    False,
                )
            )
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        bud = d(doc["gp_budget"]) if doc.get("gp_budget") else m.t("bud")
        gp = m.t("gp")
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{W(bud)}万元，支出决算为{W(gp)}万元，完成年初预算的"
                f"{rate(gp, bud)}%。决算数大于年初预算数的主要原因是年中追加了项目资金。",
                False,
            )
        )
        claims.append(("execution", None, {"budget": n(bud), "actual": n(gp), "rate": rate(gp, bud)}))
        pe = sum((v for k, v in e.items() if k[:3] in PERSONNEL), Z)
        out.append(
            (
                f"一般公共预算财政拨款基本支出{W(m.t('gp_b'))}万元，其中：人员经费{W(pe)}万元，公用经费"
                f"{W(m.t('gp_b') - pe)}万元。",
                False,
            )
        )
        b, a = (sg_vals(x) for x in doc["sangong"])
        out.append(("五、“三公”经费支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费支出年初预算为{W(b[0])}万元，支出决算为{W(a[0])}万元，完成年初预算的"
                f"{rate(a[0], b[0])}%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行费支出决算为{W(a[2])}"
                f"万元；公务接待费支出决算为{W(a[5])}万元。",
                False,
            )
        )
        claims.append(
            ("sangong_execution", None, {"budget": n(b[0]), "actual": n(a[0]), "rate": rate(a[0], b[0])})
        )
        out.append(("六、政府性基金预算财政拨款收入支出决算情况说明", True))
        if m.t("gf") or m.t("fcb"):
            out.append((f"{y}年度政府性基金预算财政拨款支出{W(m.t('gf'))}万元。", False))
        else:
            out.append((f"本部门{y}年度没有政府性基金预算财政拨款收入支出。", False))
    else:
        out.append(("第一部分 部门概况", True))
        out += profile(doc)
        out.append((f"第二部分 {y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收支预算总计{W(tot)}万元。",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(tot)}))
        out.append(("二、支出预算情况说明", True))
        out.append(
            (
                f"支出预算中，基本支出{W(m.t('basic'))}万元，其中人员经费{W(m.t('pers'))}万元、公用经费"
                f"{W(m.t('pub'))}万元；项目支出{W(m.t('project'))}万元，共安排项目{len(doc['projects'])}个。",
                False,
            )
        )
        out.append(("三、一般公共预算支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算支出{W(m.t('gp'))}万元，其中：基本支出{W(m.t('gp_b'))}万元，项目支出"
                f"{W(m.t('pp'))}万元。",
                False,
            )
        )
        sv = sg_vals(doc["sangong"])
        out.append(("四、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{W(sv[0])}万元，其中：因公出国（境）费0万元，公务用车购置及运行费{W(sv[2])}万元"
                f"（公务用车运行费{W(sv[4])}万元），公务接待费{W(sv[5])}万元。",
                False,
            )
        )
        out.append(("五、政府性基金预算支出情况说明", True))
        out.append(
            (
                f"{y}年政府性基金预算支出{W(m.t('gf'))}万元，全部为项目支出。"
                if m.t("gf")
                else f"本部门{y}年无政府性基金预算支出。",
                False,
            )
        )
    ops = sum((m.leaf(c, "pu") for c in m.L if FUNC[c] == "行政运行"), Z)
    out.append(("其他重要事项的情况说明", True))
    if final:
        out.append(
            (
                f"{y}年度本部门机关运行经费支出{W(ops)}万元，主要用于办公、水电、邮电、差旅及公务用车运行等日常公用支出。",
                False,
            )
        )
        out.append(
            (
                f"{y}年度本部门政府采购支出总额{W(doc['procurement'])}万元，其中：政府采购货物支出、工程支出和服务支出按合同执行。",
                False,
            )
        )
    else:
        out.append(
            (
                f"{y}年本部门机关运行经费预算{W(ops)}万元，主要保障机关日常办公、水电、邮电、差旅及公务用车运行等支出。",
                False,
            )
        )
        out.append(
            (
                f"{y}年本部门安排政府采购预算{W(doc['procurement'])}万元，主要用于办公设备、专用材料及委托服务采购。",
                False,
            )
        )
    claims.append(("operating_costs", None, {"amount": n(ops)}))
    claims.append(("procurement_total", None, {"amount": n(d(doc["procurement"]))}))
    out.append(
        (
            f"截至{y}年12月31日，本部门共有车辆{doc.get('cars', 2)}辆，其中一般公务用车{doc.get('cars', 2)}辆；"
            "单位价值50万元以上通用设备0台（套）。",
            False,
        )
    )
    out.append(("名词解释", True))
    out.append(("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", False))
    out.append(("项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", False))
    out.append(
        (
            "一般公共预算拨款收入：指区级财政当年拨付的资金。政府性基金预算拨款收入：指区级财政当年拨付的政府性基金预算资金。",
            False,
        )
    )
    out.append(
        (
            "“三公”经费：纳入区级财政预决算管理的“三公”经费，是指用一般公共预算财政拨款安排的因公出国（境）费、公务用车"
            "购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、"
            "伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、"
            "维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
            False,
        )
    )
    out.append(
        (
            "机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、"
            "邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房"
            "物业管理费、公务用车运行维护费以及其他费用。",
            False,
        )
    )
    if final:
        out.append(
            (
                "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定"
                "继续使用的资金。",
                False,
            )
        )
    return out, claims


# =============================================================================================== expectations
def want(s):
    if not s:
        return None
    if s.replace(",", "") in ("0", "0.00", "-"):
        return "0.00?"
    return s


def expectations(tables):
    specs = []
    for t in tables:
        rows = []
        if t.kind == "two":
            for ll, lv, rl, rv in t.rows:
                if ll and lv and want(lv[0]):
                    rows.append((None, ll, {t.cols[0]: want(lv[0])}))
                if rl and rv:
                    cols = {k: want(v) for k, v in zip(t.cols[1:], rv) if want(v)}
                    if cols:
                        rows.append((None, rl, cols))
        elif t.kind == "coded":
            for code, name, vals in t.rows:
                cols = {k: want(v) for k, v in zip(t.cols, vals) if k and want(v)}
                if cols:
                    rows.append((code, name, cols))
        elif t.kind == "econ2":
            for pc, pn, pv, uc, un, uv in t.rows:
                for c, n, v in ((pc, pn, pv), (uc, un, uv)):
                    if n and want(v):
                        rows.append((c or None, n, {"total": want(v)}))
        elif t.kind == "sangong":
            rows.append((None, "*", {k: want(v) for k, v in zip(t.cols, t.rows[0]) if want(v)}))
        elif t.kind == "sangong_rows":
            for (lab, vals), k in zip(t.rows, SG_KEYS):
                rows.append((None, lab, {k + s: want(v) for s, v in zip(t.cols, vals) if want(v)}))
        elif t.kind == "projcoded":
            for code, sname, n, vals in t.rows:
                cols = {k: want(v) for k, v in zip(t.cols, vals) if want(v)}
                rows.append((code, n, cols, sname) if code else (None, n, cols))
        if t.kind != "lines":
            specs.append(dict(table=t.key, unit=t.unit, rows=rows))
    # the 三公 row "*" last (it would take another table's total column first)
    specs.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return specs


def line_expectations(tables):
    t = next((t for t in tables if t.kind == "lines"), None)
    if t is None:
        return None
    return dict(
        title=t.title,
        unit=t.unit,
        lines=[(f, fn, g, gn, dc, dn, p, "project", a) for f, fn, g, gn, dc, dn, p, a in t.rows],
    )


# =============================================================================================== identities
def identities(name, doc, m, tables):
    """Re-add every printed table from its printed strings (module docstring)."""

    def v(s):
        return d(s) if s else Z

    by = {t.key: t for t in tables}
    final = doc["kind"] == "final_account"
    for t in tables:
        if t.kind in ("coded", "projcoded"):
            if t.kind == "coded":
                body = [(c, [v(x) for x in vals]) for c, _n, vals in t.rows]
            else:
                body = [(c, [v(x) for x in vals]) for c, _s, _n, vals in t.rows]
            for _c, vals in body:
                for tgt, parts in t.rel:
                    assert vals[tgt] == sum(s * vals[i] for s, i in parts), (name, t.key, _c, tgt)
            if t.kind == "coded":
                byc = dict(body)
                tot = byc[None]
                step = {0: 3, 3: 5} if t.econ else {0: 3, 3: 5, 5: 7}
                for c, vals in [*byc.items()]:
                    c = c or ""
                    kids = [k for k in byc if k and len(k) == step.get(len(c), 0) and k.startswith(c)]
                    if kids:
                        for i in range(len(vals)):
                            assert sum(byc[k][i] for k in kids) == vals[i], (name, t.key, c, i)
                assert any(len(k or "") == 3 for k in byc), (name, t.key)
                assert tot == byc[None]
            else:
                for i in range(len(body[0][1])):
                    assert sum(x[i] for _c, x in body[1:]) == body[0][1][i], (name, "proj", i)
        if t.kind == "two":
            lv = {ll: v(x[0]) for ll, x, _r, _v in t.rows if ll and x}
            rv = {rl: [v(y) for y in x] for _l, _x, rl, x in t.rows if rl and x}
            items = [x for ll, x in lv.items() if "、" in ll[:4]]
            assert sum(items) == lv["本年收入合计"], (name, t.key)
            classes = [x for rl, x in rv.items() if "、" in rl[:4]]
            for i in range(len(rv["本年支出合计"])):
                assert sum(x[i] for x in classes) == rv["本年支出合计"][i], (name, t.key, i)
            if len(rv["本年支出合计"]) == 4:
                for x in classes + [rv["本年支出合计"]]:
                    assert x[0] == x[1] + x[2] + x[3], (name, t.key)
            grand_l = lv.get("总计", lv.get("收入总计"))
            grand_r = rv.get("总计", rv.get("支出总计"))
            carry_l = sum(x for ll, x in lv.items() if "结转" in ll or "结余" in ll)
            carry_r = [
                sum(x[i] for rl, x in rv.items() if "结转" in rl or "结余" in rl) for i in range(len(grand_r))
            ]
            assert lv["本年收入合计"] + carry_l == grand_l, (name, t.key)
            for i in range(len(grand_r)):
                assert rv["本年支出合计"][i] + carry_r[i] == grand_r[i], (name, t.key, i)
            assert grand_r[0] == grand_l, (name, t.key)
        if t.kind == "econ2":
            p = {r[0]: v(r[2]) for r in t.rows if r[0]}
            q = {r[3]: v(r[5]) for r in t.rows if r[3]}
            for blk in (p, q):
                for c, x in blk.items():
                    if len(c) == 3:
                        assert x == sum(y for k, y in blk.items() if len(k) == 5 and k.startswith(c))
            last = t.rows[-1]
            assert v(last[2]) == sum(x for c, x in p.items() if len(c) == 3), name
            assert v(last[5]) == sum(x for c, x in q.items() if len(c) == 3), name
        if t.kind == "sangong":
            vals = [v(x) for x in t.rows[0]]
            # interleaved (预算数 | 决算数 under each item): every other figure; else blocks of six
            blocks = [vals[0::2], vals[1::2]] if t.cols[1] == "total" else [vals[:6], vals[6:]]
            for blk in [b for b in blocks if b]:
                tot, o, car, b_, r, c = blk
                assert tot == o + car + c and car == b_ + r, name
        if t.kind == "sangong_rows":
            for k in range(2):
                tot, o, car, b_, r, c = (v(vals[k]) for _l, vals in t.rows)
                assert tot == o + car + c and car == b_ + r, name
        if t.kind == "lines":
            tot = sum((v(x[-1]) for x in t.rows), Z)
            assert fmt(tot) == t.note, name
            proj = by[PROJ]
            per = {}
            for x in t.rows:
                per[(x[0], x[6])] = per.get((x[0], x[6]), Z) + v(x[-1])
            assert per == {(c, n): v(vals[0]) for c, _s, n, vals in proj.rows if c}, (
                name,
                "lines by project",
            )
            assert tot == v(proj.rows[0][3][0]), name

    # ---- across tables
    def total_of(key, i=0):
        return v(next(vals for c, _n, vals in by[key].rows if c is None)[i])

    def row_of(key, code):
        return [v(x) for x in next(vals for c, _n, vals in by[key].rows if c == code)]

    ies_l = {ll: v(x[0]) for ll, x, _r, _x in by[IS].rows if ll and x}
    ies_r = {rl: [v(y) for y in x] for _l, _x, rl, x in by[IS].rows if rl and x}
    assert total_of(EXP) == ies_r["本年支出合计"][0], name
    assert total_of(INC) == ies_l["本年收入合计"], name
    for c in [c for c, _n, _x in by[EXP].rows if c and len(c) == 3]:
        lab = next(rl for rl in ies_r if rl.endswith(FUNC[c]))
        assert ies_r[lab][0] == row_of(EXP, c)[0], (name, c)
    fsr = {rl: [v(y) for y in x] for _l, _x, rl, x in by[FS].rows if rl and x}
    gb = by[GB]
    act = {}
    for i, k in enumerate(gb.cols):
        act.setdefault(k, i)
    for c in [c for c, _n, _x in gb.rows if c and len(c) == 3]:
        lab = next(rl for rl in fsr if rl.endswith(FUNC[c]))
        assert fsr[lab][1] == row_of(GB, c)[act["total"]], (name, "fs gp", c)
    # the 一般公共预算 basic = the 基本支出表
    eb = by[EB]
    basic = v(eb.rows[-1][2]) + v(eb.rows[-1][5]) if eb.kind == "econ2" else total_of(EB)
    gp_basic = (
        total_of(GB, gb.cols.index("personnel")) + total_of(GB, gb.cols.index("public_funds"))
        if ("personnel" in gb.cols)
        else total_of(GB, gb.cols.index("basic"))
    )
    assert basic == gp_basic, (name, "basic")
    if by[GF].kind == "coded":
        for c in [c for c, _n, _x in by[GF].rows if c and len(c) == 3]:
            lab = next(rl for rl in fsr if rl.endswith(FUNC[c]))
            assert fsr[lab][2] == row_of(GF, c)[2 if final else 0], (name, "fs gf", c)
    if final:
        # carry-overs: the 收支总表 = the 财政拨款总表 = the fund tables
        end = fsr["年末财政拨款结转和结余"]
        assert ies_r["年末结转和结余"][0] == end[0], name
        if "carryover_end" in gb.cols:
            assert end[1] == total_of(GB, gb.cols.index("carryover_end")), name
        if by[GF].kind == "coded":
            assert end[2] == total_of(GF, 5), name
    else:
        # budgets: the 项目支出表 by source = the 一般公共预算表's and 基金表's project columns
        proj = by[PROJ]
        pt = [v(x) for x in proj.rows[0][3]]
        assert pt[1] == total_of(GB, gb.cols.index("project")), name
        assert pt[0] == total_of(EXP, by[EXP].cols.index("project")), name
    return True
