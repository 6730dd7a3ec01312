"""rules_s35h's builder: a 部门决算's tables (national template, 科目编码 printed as 类 | 款 | 项 columns), its 说明 and
its expectations from the figures typed in rules_s35h_data.py, as rows of printed strings (the same strings give the
documents and the expectations); identities() re-adds every printed table at import. Printing: s35h_print.py."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D(0)
CLASSES = (  # the 收入支出决算总表's 26 items (2021+ template)
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探工业信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("219", "援助其他地区支出"),
    ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("223", "国有资本经营预算支出"),
    ("224", "灾害防治及应急管理支出"),
    ("229", "其他支出"),
    ("231", "债务还本支出"),
    ("232", "债务付息支出"),
    ("234", "抗疫特别国债安排的支出"),
)
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
FUNC = dict(CLASSES)
FUNC.update(
    {
        "20103": "政府办公厅（室）及相关机构事务",
        "2010301": "行政运行",
        "2010350": "事业运行",
        "20106": "财政事务",
        "2010601": "行政运行",
        "2010602": "一般行政管理事务",
        "2010607": "信息化建设",
        "2010608": "财政委托业务支出",
        "2010650": "事业运行",
        "2010699": "其他财政事务支出",
        "20406": "司法",
        "2040601": "行政运行",
        "2040604": "基层司法业务",
        "2040605": "普法宣传",
        "2040607": "公共法律服务",
        "2040610": "社区矫正",
        "2040650": "事业运行",
        "2040699": "其他司法支出",
        "20501": "教育管理事务",
        "2050101": "行政运行",
        "2050199": "其他教育管理事务支出",
        "20502": "普通教育",
        "2050201": "学前教育",
        "2050202": "小学教育",
        "2050203": "初中教育",
        "2050299": "其他普通教育支出",
        "20802": "民政管理事务",
        "2080201": "行政运行",
        "2080208": "基层政权建设和社区治理",
        "2080299": "其他民政管理事务支出",
        "20805": "行政事业单位养老支出",
        "2080501": "行政单位离退休",
        "2080502": "事业单位离退休",
        "2080505": "机关事业单位基本养老保险缴费支出",
        "2080506": "机关事业单位职业年金缴费支出",
        "2080599": "其他行政事业单位养老支出",
        "20810": "社会福利",
        "2081002": "老年福利",
        "2081006": "养老服务",
        "20808": "抚恤",
        "2080801": "死亡抚恤",
        "21001": "卫生健康管理事务",
        "2100101": "行政运行",
        "2100199": "其他卫生健康管理事务支出",
        "21004": "公共卫生",
        "2100401": "疾病预防控制机构",
        "2100408": "基本公共卫生服务",
        "2100409": "重大公共卫生服务",
        "21011": "行政事业单位医疗",
        "2101101": "行政单位医疗",
        "2101102": "事业单位医疗",
        "2101199": "其他行政事业单位医疗支出",
        "21208": "国有土地使用权出让收入安排的支出",
        "2120804": "农村基础设施建设支出",
        "21301": "农业农村",
        "2130101": "行政运行",
        "2130104": "事业运行",
        "2130108": "病虫害控制",
        "2130122": "农业生产发展",
        "2130153": "农田建设",
        "2130199": "其他农业农村支出",
        "21366": "大中型水库库区基金安排的支出",
        "2136601": "基础设施建设和经济发展",
        "22102": "住房改革支出",
        "2210201": "住房公积金",
        "2210203": "购房补贴",
        "22301": "解决历史遗留问题及改革成本支出",
        "2230105": "国有企业退休人员社会化管理补助支出",
        "22960": "彩票公益金安排的支出",
        "2296002": "用于社会福利的彩票公益金支出",
        "2296099": "用于其他社会公益事业的彩票公益金支出",
    }
)
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
}
PERSONNEL = ("301", "303")


def d(s):
    return D(str(s).replace(",", ""))


def money(v):
    return f"{v:,.2f}"


def rnd(v, places=2):
    return v.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def rate(a, b):
    return rnd(a / b * 100)


def want(s):
    if not s or s in ("-", "—"):
        return None
    return s + "?" if d(s) == 0 else s


class Tab:
    """A printed table. cols: (kind, key) per column, kind code (a part of a code: 类 / 款 / 项), name, money, label;
    head: header rows of (text, span) cells; rows: (code, name, [cells]) with cells one per column;
    exp: review_check rows read from the cells."""

    def __init__(self, key, title, unit, cols, head, parts=0):
        self.key, self.title, self.unit, self.cols, self.head, self.parts = (
            key,
            title,
            unit,
            cols,
            head,
            parts,
        )
        self.rows, self.exp, self.empty, self.total_pos = [], [], None, "first"


def chain(codes):
    out = {}
    for code, vals in codes.items():
        for k in (code[:3], code[:5], code):
            have = out.get(k, [Z] * len(vals))
            out[k] = [a + b for a, b in zip(have, vals, strict=True)]
    return dict(sorted(out.items()))


def code_cells(code, style, parts=3):
    """The 类 / 款 / 项 cells of a code: full (every part, 普陀's), once (a parent's part printed once, on its row)."""
    segs = [code[:3], code[3:5], code[5:7]][:parts]
    n = {3: 1, 5: 2, 7: 3}[len(code)]
    cells = segs[:n] if style == "full" else [""] * (n - 1) + [segs[n - 1]]
    return cells + [""] * (parts - n)


def coded(doc, key, title, money_cols, head, rows, total, names=FUNC, parts=3, name_head="科目名称"):
    """A coded table: rows {code: [values]}, money_cols [(key, header)], total [values] of its 合计 row."""
    zero, style = doc["zero"], doc["style"]
    cols = [("code", None)] * parts + [("name", None)] + [("money", k) for k, _ in money_cols]
    t = Tab(key, title, doc["unit"], cols, head, parts)
    t.total_pos = doc.get("total_pos", "first")
    body = []
    for code, vals in rows.items():
        if not any(vals):
            continue
        s = [money(v) if v else zero for v in vals]
        body.append((code, names[code], code_cells(code, style, parts) + [names[code]] + s))
    s = [money(v) if v else zero for v in total]
    tot = (None, "合计", [""] * parts + ["合计"] + s)
    t.rows = [tot] + body if t.total_pos == "first" else body + [tot]
    for code, name, cells in t.rows:
        e = {k: want(c) for (kind, k), c in zip(cols, cells, strict=True) if kind == "money" and want(c)}
        if e:
            t.exp.append((code, name, e))
    return t


def func_head(money_heads, parts=3, label="支出功能分类科目编码"):
    """Header rows: 项目 over (科目编码 | 科目名称), then the money headers; 类 款 项 on the last row."""
    return [
        [("项目", parts + 1)] + [(h[0], h[1]) for h in money_heads[0]],
        [(label, parts), ("科目名称", 1)] + list(money_heads[1]),
        [("类", 1), ("款", 1), ("项", 1)][:parts] + [("", 1)] + [("", 1)] * sum(h[1] for h in money_heads[0]),
    ]


def build_tables(doc):
    u, _z = doc["unit"], doc["zero"]
    L = {c: [d(x) for x in v.split()] for c, v in doc["leaves"].items()}  # b p yb_b yb_p oth
    GF = {c: [d(x) for x in v.split()] for c, v in doc.get("gf", {}).items()}  # cb inc spend
    SC = {c: [d(x) for x in v.split()] for c, v in doc.get("sc", {}).items()}  # spend (=income)
    codes = sorted(set(L) | set(GF) | set(SC))
    leaf = {}
    for c in codes:
        b, p, yb, yp, oth = L.get(c, [Z] * 5)
        cb, gi, gs = GF.get(c, [Z] * 3)
        (ss,) = SC.get(c, [Z])
        leaf[c] = dict(b=b, p=p, yb=yb, yp=yp, oth=oth, cb=cb, gi=gi, gs=gs, ss=ss)
    tabs = []
    # 收入决算表
    inc = chain(
        {
            c: [
                x["b"] + x["p"] + x["gi"] + x["ss"] + x["oth"],
                x["b"] + x["p"] + x["gi"] + x["ss"],
                Z,
                Z,
                Z,
                Z,
                x["oth"],
            ]
            for c, x in leaf.items()
        }
    )
    itot = [sum((v[i] for k, v in inc.items() if len(k) == 3), Z) for i in range(7)]
    names = (
        "本年收入合计",
        "财政拨款收入",
        "上级补助收入",
        "事业收入",
        "经营收入",
        "附属单位上缴收入",
        "其他收入",
    )
    keys = (
        "total",
        "fiscal_appropriation",
        "upper_grant",
        "business",
        "operating_income",
        "affiliated_remit",
        "other_income",
    )
    head = func_head(([("", 7)], [(n, 1) for n in names]))
    head[0] = [("项目", 4)] + [("", 1)] * 7
    tabs.append(coded(doc, "income_by_function", "收入决算表", list(zip(keys, names)), head, inc, itot))
    # 支出决算表
    exp = chain(
        {
            c: [
                x["b"] + x["p"] + x["gs"] + x["ss"] + x["oth"],
                x["b"],
                x["p"] + x["gs"] + x["ss"] + x["oth"],
                Z,
                Z,
                Z,
            ]
            for c, x in leaf.items()
        }
    )
    etot = [sum((v[i] for k, v in exp.items() if len(k) == 3), Z) for i in range(6)]
    names = ("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
    keys = ("total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated")
    head = func_head(([("", 6)], [(n, 1) for n in names]))
    head[0] = [("项目", 4)] + [("", 1)] * 6
    tabs.append(coded(doc, "expenditure_by_function", "支出决算表", list(zip(keys, names)), head, exp, etot))
    # 一般公共预算财政拨款支出决算表: 年初预算数 (小计 | 基本 | 项目) | 决算数 (小计 | 基本 | 项目)
    gb = chain(
        {
            c: [x["yb"] + x["yp"], x["yb"], x["yp"], x["b"] + x["p"], x["b"], x["p"]]
            for c, x in leaf.items()
            if x["b"] or x["p"] or x["yb"] or x["yp"]
        }
    )
    gtot = [sum((v[i] for k, v in gb.items() if len(k) == 3), Z) for i in range(6)]
    mk = [
        ("total@budget", "小计"),
        ("basic@budget", "基本支出"),
        ("project@budget", "项目支出"),
        ("total", "小计"),
        ("basic", "基本支出"),
        ("project", "项目支出"),
    ]
    head = func_head(([("年初预算数", 3), ("决算数", 3)], [(n, 1) for _, n in mk]))
    tabs.append(
        coded(doc, "general_budget_by_function", "一般公共预算财政拨款支出决算表", mk, head, gb, gtot)
    )
    # 一般公共预算财政拨款基本支出决算表 by economic 类 | 款
    tb = gtot[4]
    econ = {c: d(v) for c, v in doc["econ"].items() if v is not None}
    rest = [c for c, v in doc["econ"].items() if v is None]
    econ[rest[0]] = tb - sum(econ.values(), Z)
    assert econ[rest[0]] > 0, doc["org"]
    er = {}
    for c, v in sorted(econ.items()):
        ps = c[:3] in PERSONNEL
        er[c] = [v, v if ps else Z, Z if ps else v]
    ech = {}
    for c, v in er.items():
        for k in (c[:3], c):
            ech[k] = [a + b for a, b in zip(ech.get(k, [Z] * 3), v, strict=True)]
    ech = dict(sorted(ech.items()))
    per = sum((v[1] for k, v in ech.items() if len(k) == 3), Z)
    pub = sum((v[2] for k, v in ech.items() if len(k) == 3), Z)
    mk = [("total", "合计"), ("personnel", "人员经费"), ("public_funds", "公用经费")]
    head = [
        [("项目", 3), ("决算数", 3)],
        [("经济分类科目编码", 2), ("科目名称", 1), ("合计", 1), ("人员经费", 1), ("公用经费", 1)],
        [("类", 1), ("款", 1), ("", 1), ("", 1), ("", 1), ("", 1)],
    ]
    tabs.append(
        coded(
            doc,
            "general_budget_basic_by_economic",
            "一般公共预算财政拨款基本支出决算表",
            mk,
            head,
            ech,
            [tb, per, pub],
            names=ECON,
            parts=2,
        )
    )
    # 政府性基金 / 国有资本经营: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余
    flow_keys = [
        ("carryover_begin", "年初结转和结余"),
        ("income", "本年收入"),
        ("total", "小计"),
        ("basic", "基本支出"),
        ("project", "项目支出"),
        ("carryover_end", "年末结转和结余"),
    ]
    fhead = func_head(
        (
            [("年初结转和结余", 1), ("本年收入", 1), ("本年支出", 3), ("年末结转和结余", 1)],
            [("", 1), ("", 1), ("小计", 1), ("基本支出", 1), ("项目支出", 1), ("", 1)],
        )
    )
    gf = chain(
        {
            c: [x["cb"], x["gi"], x["gs"], Z, x["gs"], x["cb"] + x["gi"] - x["gs"]]
            for c, x in leaf.items()
            if x["cb"] or x["gi"] or x["gs"]
        }
    )
    gft = [sum((v[i] for k, v in gf.items() if len(k) == 3), Z) for i in range(6)]
    t = coded(doc, "government_fund", "政府性基金预算财政拨款收入支出决算表", flow_keys, fhead, gf, gft)
    if not gf:
        t.empty = f"注：{doc['org']}{doc['year']}年度无政府性基金预算财政拨款收入、支出，故本表为空。"
        t.rows, t.exp = [], []
    gfi = dict(tabs=t, cb=gft[0], inc=gft[1], sp=gft[2], ce=gft[5])
    sc = chain({c: [x["ss"], Z, x["ss"]] for c, x in leaf.items() if x["ss"]})
    sct = [sum((v[i] for k, v in sc.items() if len(k) == 3), Z) for i in range(3)]
    if doc.get("sc_shape") == "old":  # 2021: 国有资本经营预算财政拨款支出决算表, 本年支出 合计 | 基本 | 项目
        mk = [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")]
        head = func_head(([("本年支出", 3)], [(n, 1) for _, n in mk]))
        ts = coded(doc, "state_capital", "国有资本经营预算财政拨款支出决算表", mk, head, sc, sct)
    else:
        flows = {c: [Z, v[0], v[0], Z, v[0], Z] for c, v in sc.items()}
        ts = coded(
            doc,
            "state_capital",
            "国有资本经营预算财政拨款收入支出决算表",
            flow_keys,
            fhead,
            flows,
            [Z, sct[0], sct[0], Z, sct[0], Z],
        )
    if not sc:
        ts.empty = f"注：{doc['org']}{doc['year']}年度无国有资本经营预算财政拨款支出，故本表为空。"
        ts.rows, ts.exp = [], []
    info = dict(
        inc=itot,
        exp=etot,
        gb=gtot,
        per=per,
        pub=pub,
        gf=gfi,
        sc=sct[0],
        gbchain=gb,
        classes=[(k, v) for k, v in exp.items() if len(k) == 3],
        fclasses={k: v for k, v in gb.items() if len(k) == 3},
    )
    # 收入支出决算总表
    s = Tab(
        "income_expenditure_summary",
        "收入支出决算总表",
        u,
        [("label", None), ("money", "income"), ("label", None), ("money", "expenditure")],
        [[("收入", 2), ("支出", 2)], [("项目", 1), ("决算数", 1), ("项目", 1), ("决算数", 1)]],
    )
    left = [
        ("一、一般公共预算财政拨款收入", gtot[3]),
        ("二、政府性基金预算财政拨款收入", gft[1]),
        ("三、国有资本经营预算财政拨款收入", sct[0]),
        ("四、上级补助收入", Z),
        ("五、事业收入", Z),
        ("六、经营收入", Z),
        ("七、附属单位上缴收入", Z),
        ("八、其他收入", itot[6]),
    ]
    ecls = dict(info["classes"])
    right = [(f"{CN[i]}、{n}", ecls.get(c, [Z])[0]) for i, (c, n) in enumerate(CLASSES)]
    sz = doc["zero"]
    for i in range(len(right)):
        a = left[i] if i < len(left) else ("", None)
        cells = [
            a[0],
            "" if a[1] is None else (money(a[1]) if a[1] else sz),
            right[i][0],
            money(right[i][1]) if right[i][1] else sz,
        ]
        s.rows.append((None, None, cells))
    cb, ce = gft[0], gft[5]
    for a, va, b, vb in (
        ("本年收入合计", itot[0], "本年支出合计", etot[0]),
        ("使用非财政拨款结余（含专用结余）", None, "结余分配", None),
        ("年初结转和结余", cb, "年末结转和结余", ce),
        ("总计", itot[0] + cb, "总计", etot[0] + ce),
    ):
        s.rows.append(
            (
                None,
                None,
                [
                    a,
                    "" if va is None else (money(va) if va else sz),
                    b,
                    "" if vb is None else (money(vb) if vb else sz),
                ],
            )
        )
    for _c, _n, cells in s.rows:
        for lab, v, k in ((cells[0], cells[1], "income"), (cells[2], cells[3], "expenditure")):
            if lab and want(v):
                s.exp.append((None, lab, {k: want(v)}))
    tabs.insert(0, s)
    # 财政拨款收入支出决算总表: 项目 | 决算数 | 项目 | 合计 | 一般公共预算 | 政府性基金 | 国有资本经营
    f = Tab(
        "fiscal_summary",
        "财政拨款收入支出决算总表",
        u,
        [
            ("label", None),
            ("money", "income"),
            ("label", None),
            ("money", "expenditure"),
            ("money", "expenditure_general_public"),
            ("money", "expenditure_government_fund"),
            ("money", "expenditure_state_capital"),
        ],
        [
            [("收入", 2), ("支出", 5)],
            [("项目", 1), ("决算数", 1), ("项目", 1), ("决算数", 4)],
            [
                ("", 1),
                ("", 1),
                ("", 1),
                ("小计", 1),
                ("一般公共预算财政拨款", 1),
                ("政府性基金预算财政拨款", 1),
                ("国有资本经营预算财政拨款", 1),
            ],
        ],
    )
    fl = [
        ("一、一般公共预算财政拨款", gtot[3]),
        ("二、政府性基金预算财政拨款", gft[1]),
        ("三、国有资本经营预算财政拨款", sct[0]),
    ]
    byc = {}
    for c, x in leaf.items():
        v = byc.setdefault(c[:3], [Z, Z, Z])
        v[0] += x["b"] + x["p"]
        v[1] += x["gs"]
        v[2] += x["ss"]
    fr = []
    for i, (c, n) in enumerate(CLASSES):
        if c in byc:
            g = byc[c]
            fr.append((f"{CN[i]}、{n}", [sum(g, Z)] + g))
    fmt = lambda v: money(v) if v else sz  # noqa: E731
    for i in range(max(len(fl), len(fr))):
        a = fl[i] if i < len(fl) else ("", None)
        b = fr[i] if i < len(fr) else ("", [None] * 4)
        f.rows.append(
            (
                None,
                None,
                [a[0], "" if a[1] is None else fmt(a[1]), b[0]] + ["" if v is None else fmt(v) for v in b[1]],
            )
        )
    ftot = [gtot[3] + gft[2] + sct[0], gtot[3], gft[2], sct[0]]
    for a, va, b, vb in (
        ("本年收入合计", gtot[3] + gft[1] + sct[0], "本年支出合计", ftot),
        ("年初财政拨款结转和结余", cb, "年末财政拨款结转和结余", [ce, Z, ce, Z]),
        ("总计", gtot[3] + gft[1] + sct[0] + cb, "总计", [ftot[0] + ce, gtot[3], gft[2] + ce, sct[0]]),
    ):
        f.rows.append((None, None, [a, fmt(va), b] + [fmt(v) for v in vb]))
    for _c, _n, cells in f.rows:
        if cells[0] and want(cells[1]):
            f.exp.append((None, cells[0], {"income": want(cells[1])}))
        e = {k: want(v) for (_kind, k), v in zip(f.cols[3:], cells[3:], strict=True) if want(v)}
        if cells[2] and e:
            f.exp.append((None, cells[2], e))
    tabs.insert(3, f)
    # 三公 (万元: the national template's)
    sgu = "万元"
    t3 = Tab(
        "sangong",
        "财政拨款“三公”经费支出决算表",
        sgu,
        [("money", k) for k in range(12)],
        [
            [("年初预算数", 6), ("决算数", 6)],
            [("合计", 1), ("因公出国（境）费", 1), ("公务用车购置及运行费", 3), ("公务接待费", 1)] * 2,
            [("", 1), ("", 1), ("小计", 1), ("公务用车购置费", 1), ("公务用车运行费", 1), ("", 1)] * 2,
        ],
    )
    printed, e = [], {}
    for ph in ("budget", "actual"):
        o, buy, run, rec = (d(x) for x in doc["sangong"][ph])
        vs = [o + buy + run + rec, o, buy + run, buy, run, rec]
        printed.append(vs)
        for k, v in zip(
            ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"),
            vs,
            strict=True,
        ):
            e[k + ("@budget" if ph == "budget" else "")] = want(money(v))
    t3.rows = [(None, None, [money(v) for v in printed[0] + printed[1]])]
    t3.exp = [(None, "*", e)]
    info["sangong"] = printed
    tabs.insert(6, t3)
    tabs += [t, ts]
    return tabs, info


def identities(doc, tabs, info):
    """Re-add every printed table from its printed strings."""
    by = {t.key: t for t in tabs}

    def v(s):
        return d(s) if s and s not in ("-", "—") else Z

    for t in tabs:
        if t.parts == 0 or t.empty:
            continue
        mcols = [i for i, (k, _) in enumerate(t.cols) if k == "money"]
        rows = {c: [v(cells[i]) for i in mcols] for c, _n, cells in t.rows if c}
        tot = next([v(cells[i]) for i in mcols] for c, _n, cells in t.rows if c is None)
        n = 3
        for c, vals in rows.items():
            kids = [x for k, x in rows.items() if k[: len(c)] == c and len(k) == len(c) + 2]
            if kids:
                assert [sum(col, Z) for col in zip(*kids, strict=True)] == vals, (doc["org"], t.key, c)
        top = [x for k, x in rows.items() if len(k) == n]
        assert [sum(col, Z) for col in zip(*top, strict=True)] == tot, (doc["org"], t.key, "合计")
        for c, vals in list(rows.items()) + [("合计", tot)]:
            k = [key for kind, key in t.cols if kind == "money"]
            x = dict(zip(k, vals, strict=True))
            if t.key in ("income_by_function",):
                assert x["total"] == sum((x[y] for y in k[1:]), Z), (t.key, c)
            if t.key == "expenditure_by_function":
                assert x["total"] == sum((x[y] for y in k[1:]), Z), (t.key, c)
            if t.key == "general_budget_by_function":
                assert x["total"] == x["basic"] + x["project"], (t.key, c)
                assert x["total@budget"] == x["basic@budget"] + x["project@budget"], (t.key, c)
            if t.key == "general_budget_basic_by_economic":
                assert x["total"] == x["personnel"] + x["public_funds"], (t.key, c)
            if "carryover_end" in x:
                assert x["total"] == x["basic"] + x["project"], (t.key, c)
                assert x["carryover_begin"] + x["income"] - x["total"] == x["carryover_end"], (t.key, c)
            if t.key == "state_capital" and "carryover_end" not in x:
                assert x["total"] == x["basic"] + x["project"], (t.key, c)

    # across tables (printed 合计 rows)
    def tot(key, col):
        t = by[key]
        cells = next(cells for c, _n, cells in t.rows if c is None)
        return v(cells[[k for _, k in t.cols].index(col)])

    assert tot("general_budget_by_function", "basic") == tot("general_budget_basic_by_economic", "total")
    assert tot("expenditure_by_function", "basic") == tot("general_budget_by_function", "basic")
    summ = {cells[0]: v(cells[1]) for _c, _n, cells in by["income_expenditure_summary"].rows if cells[0]}
    summ_r = {cells[2]: v(cells[3]) for _c, _n, cells in by["income_expenditure_summary"].rows}
    assert summ["本年收入合计"] == tot("income_by_function", "total")
    assert summ_r["本年支出合计"] == tot("expenditure_by_function", "total")
    items = [
        x
        for lab, x in summ.items()
        if lab[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、")
    ]
    assert sum(items, Z) == summ["本年收入合计"]
    assert sum((x for lab, x in summ_r.items() if "、" in lab), Z) == summ_r["本年支出合计"]
    assert (
        summ["总计"]
        == summ["本年收入合计"] + summ["年初结转和结余"]
        == summ_r["本年支出合计"] + summ_r["年末结转和结余"]
    )
    f = by["fiscal_summary"]
    for _c, _n, cells in f.rows:
        if cells[2]:
            assert v(cells[3]) == v(cells[4]) + v(cells[5]) + v(cells[6]), cells
    fz = {cells[2]: v(cells[4]) for _c, _n, cells in f.rows if cells[2]}
    assert fz["本年支出合计"] == tot("general_budget_by_function", "total")
    sg = [v(x) for x in by["sangong"].rows[0][2]]
    for h in (sg[:6], sg[6:]):
        assert h[0] == h[1] + h[2] + h[5] and h[2] == h[3] + h[4]


def wan(v, unit):
    return rnd(v / 10000) if unit == "元" else v


def narrative(doc, info):
    """The 说明's paragraphs and the claims they make: (kind, code, {figure: 万元 value as printed})."""
    u, yr, org = doc["unit"], doc["year"], doc["org"]
    cb, _ce = info["gf"]["cb"], info["gf"]["ce"]
    T = wan(info["inc"][0] + cb, u)
    TI, TE = wan(info["inc"][0], u), wan(info["exp"][0], u)
    FIS, OTH = wan(info["inc"][1], u), wan(info["inc"][6], u)
    B, P = wan(info["exp"][1], u), wan(info["exp"][2], u)
    GB, YB = wan(info["gb"][3], u), wan(info["gb"][0], u)
    claims, ps = [], []
    ps += [
        ("h", "一、收入支出决算总体情况说明"),
        (
            "p",
            f"{org}{yr}年度收入、支出决算总计{T:,.2f}万元。与上年相比，收入、支出总计均有所增加，主要原因是人员"
            "经费和重点项目支出增加。",
        ),
    ]
    claims.append(("total_income_expenditure", None, {"amount": f"{T:.2f}"}))
    ps += [
        ("h", "二、收入决算情况说明"),
        (
            "p",
            f"本年收入合计{TI:,.2f}万元，其中：财政拨款收入{FIS:,.2f}万元，占{rate(FIS, TI)}%；其他收入"
            f"{OTH:,.2f}万元，占{rate(OTH, TI)}%。",
        ),
    ]
    claims.append(("total_income", None, {"amount": f"{TI:.2f}"}))
    ps += [
        ("h", "三、支出决算情况说明"),
        (
            "p",
            f"本年支出合计{TE:,.2f}万元，其中：基本支出{B:,.2f}万元，占{rate(B, TE)}%；项目支出{P:,.2f}万元，"
            f"占{rate(P, TE)}%。",
        ),
    ]
    claims.append(("total_expenditure", None, {"amount": f"{TE:.2f}"}))
    FT = wan(info["inc"][1] + cb, u)
    ps += [
        ("h", "四、财政拨款收入支出决算总体情况说明"),
        ("p", f"{yr}年度财政拨款收入支出决算总计{FT:,.2f}万元。"),
    ]
    claims.append(("fiscal_total_income_expenditure", None, {"amount": f"{FT:.2f}"}))
    r0 = rate(GB, YB)
    ps += [
        ("h", "五、一般公共预算财政拨款支出决算情况说明"),
        (
            "p",
            f"{yr}年度一般公共预算财政拨款支出年初预算为{YB:,.2f}万元，支出决算为{GB:,.2f}万元，完成年初预算的{r0}%。"
            "其中：",
        ),
    ]
    claims.append(("execution", None, {"budget": f"{YB:.2f}", "actual": f"{GB:.2f}", "rate": f"{r0}"}))
    for i, code in enumerate(doc["items"]):
        vals = info["gbchain"][code]
        yb, act = wan(vals[0], u), wan(vals[3], u)
        r = rate(act, yb)
        ps.append(
            (
                "p",
                f"{i + 1}.{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）。年初预算为{yb:,.2f}万元，"
                f"支出决算为{act:,.2f}万元，完成年初预算的{r}%。",
            )
        )
        claims.append(("execution", code, {"budget": f"{yb:.2f}", "actual": f"{act:.2f}", "rate": f"{r}"}))
    per, pub = wan(info["per"], u), wan(info["pub"], u)
    ps += [
        ("h", "六、一般公共预算财政拨款基本支出决算情况说明"),
        (
            "p",
            f"{yr}年度一般公共预算财政拨款基本支出{wan(info['gb'][4], u):,.2f}万元，其中：人员经费{per:,.2f}万元，"
            "主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等；公用经费"
            f"{pub:,.2f}万元，主要包括办公费、水电费、差旅费、工会经费等。",
        ),
    ]
    sb, sa = (wan(x[0], "万元") for x in info["sangong"])
    rb, ra = (wan(x[5], "万元") for x in info["sangong"])
    rs, rr = rate(sa, sb), rate(ra, rb)
    ps += [
        ("h", "七、财政拨款“三公”经费支出决算情况说明"),
        (
            "p",
            f"{yr}年度“三公”经费财政拨款支出年初预算为{sb:,.2f}万元，支出决算为{sa:,.2f}万元，完成年初预算的{rs}%。"
            f"其中：公务接待费年初预算为{rb:,.2f}万元，支出决算为{ra:,.2f}万元，完成年初预算的{rr}%。决算数小于年初"
            "预算数的主要原因是厉行节约，严格控制公务接待标准。",
        ),
    ]
    claims.append(
        ("sangong_execution", None, {"budget": f"{sb:.2f}", "actual": f"{sa:.2f}", "rate": f"{rs}"})
    )
    claims.append(
        ("sangong_execution", None, {"budget": f"{rb:.2f}", "actual": f"{ra:.2f}", "rate": f"{rr}"})
    )
    gf = info["gf"]
    ps.append(("h", "八、政府性基金预算财政拨款收入支出决算情况说明"))
    if gf["sp"]:
        ps.append(
            (
                "p",
                f"{yr}年度政府性基金预算财政拨款年初结转和结余{wan(gf['cb'], u):,.2f}万元，本年收入"
                f"{wan(gf['inc'], u):,.2f}万元，本年支出{wan(gf['sp'], u):,.2f}万元，年末结转和结余"
                f"{wan(gf['ce'], u):,.2f}万元。",
            )
        )
    else:
        ps.append(
            (
                "p",
                f"本部门{yr}年度无政府性基金预算财政拨款收入、支出，故政府性基金预算财政拨款收入支出决算表为空表。",
            )
        )
    ps.append(("h", "九、国有资本经营预算财政拨款收入支出决算情况说明"))
    if info["sc"]:
        ps.append(
            ("p", f"{yr}年度国有资本经营预算财政拨款支出{wan(info['sc'], u):,.2f}万元，全部为项目支出。")
        )
    else:
        ps.append(
            (
                "p",
                f"本部门{yr}年度无国有资本经营预算财政拨款支出，故国有资本经营预算财政拨款收入支出决算表为空表。",
            )
        )
    ps += [
        ("h", "十、其他重要事项的情况说明"),
        (
            "p",
            f"（一）机关运行经费支出情况。{yr}年度本部门机关运行经费支出{pub:,.2f}万元，主要用于办公费、水电费、"
            "差旅费、维修（护）费等。",
        ),
        (
            "p",
            f"（二）国有资产占用情况。截至{yr}年12月31日，本部门共有车辆{doc.get('cars', 2)}辆，其中一般公务用车"
            f"{doc.get('cars', 2)}辆。",
        ),
    ]
    claims.append(("operating_costs", None, {"amount": f"{pub:.2f}"}))
    return ps, claims


GLOSSARY = (
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、其他收入：指单位取得的除上述收入以外的各项收入，主要是存款利息收入等。",
    "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
)


def build(doc):
    tabs, info = build_tables(doc)
    identities(doc, tabs, info)
    ps, claims = narrative(doc, info)
    tables = [dict(table=t.key, unit=t.unit, rows=t.exp) for t in tabs if not t.empty]
    return dict(tabs=tabs, paragraphs=ps, tables=tables, claims=claims, main_keys=sorted(t.key for t in tabs))
