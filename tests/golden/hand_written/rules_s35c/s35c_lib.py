"""Build the rules_s35c documents' tables from the data (rules_s35c_data.py): a department of 8-20 units, each unit's
figures per functional 项 (personnel / public / project, by fund), summed into every printed table; the printed strings
are what gen.py prints and what the expectations and the identities (run at import) are read from."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

Z = D(0)
C = D("0.01")
IS, INC, EXP, EXP2, FS = (
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "expenditure_by_function_2",
    "fiscal_summary",
)
GB, EB, SG, GF, PJ, PR = (
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
    "project_expenditure",
    "procurement",
)
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"]

# 2020s functional classification (支出功能分类): code name, one a line
FUNC_TEXT = """
201 一般公共服务支出
20103 政府办公厅（室）及相关机构事务
2010301 行政运行
2010302 一般行政管理事务
2010350 事业运行
2010399 其他政府办公厅（室）及相关机构事务支出
20105 统计信息事务
2010507 专项普查活动
20106 财政事务
2010601 行政运行
2010650 事业运行
20129 群众团体事务
2012901 行政运行
205 教育支出
20503 职业教育
2050302 中等职业教育
2050305 高等职业教育
20508 进修及培训
2050802 干部教育
2050803 培训支出
206 科学技术支出
20603 应用研究
2060301 机构运行
2060302 社会公益研究
20604 技术研究与开发
2060499 其他技术研究与开发支出
207 文化旅游体育与传媒支出
20701 文化和旅游
2070109 群众文化
2070111 文化创作与保护
208 社会保障和就业支出
20805 行政事业单位养老支出
2080501 行政单位离退休
2080502 事业单位离退休
2080505 机关事业单位基本养老保险缴费支出
2080506 机关事业单位职业年金缴费支出
2080599 其他行政事业单位养老支出
20808 抚恤
2080801 死亡抚恤
20899 其他社会保障和就业支出
2089999 其他社会保障和就业支出
210 卫生健康支出
21001 卫生健康管理事务
2100101 行政运行
2100102 一般行政管理事务
2100199 其他卫生健康管理事务支出
21002 公立医院
2100201 综合医院
2100202 中医（民族）医院
2100206 妇幼保健医院
2100299 其他公立医院支出
21004 公共卫生
2100401 疾病预防控制机构
2100402 卫生监督机构
2100403 妇幼保健机构
2100408 基本公共卫生服务
2100409 重大公共卫生服务
2100410 突发公共卫生事件应急处理
21007 计划生育事务
2100717 计划生育服务
21011 行政事业单位医疗
2101101 行政单位医疗
2101102 事业单位医疗
2101103 公务员医疗补助
2101199 其他行政事业单位医疗支出
211 节能环保支出
21101 环境保护管理事务
2110199 其他环境保护管理事务支出
21104 自然生态保护
2110402 农村环境保护
212 城乡社区支出
21208 国有土地使用权出让收入安排的支出
2120801 征地和拆迁补偿支出
2120803 城市建设支出
213 农林水支出
21301 农业农村
2130101 行政运行
2130104 事业运行
2130106 科技转化与推广服务
2130108 病虫害控制
2130109 农产品质量安全
2130122 农业生产发展
2130135 农业生态资源保护
21302 林业和草原
2130204 事业机构
2130205 森林资源培育
2130207 森林资源管理
2130209 森林生态效益补偿
2130234 林业草原防灾减灾
21303 水利
2130301 行政运行
2130304 水利行业业务管理
2130305 水利工程建设
2130306 水利工程运行与维护
2130310 水土保持
2130311 水资源节约管理与保护
2130314 防汛
2130316 农村水利
2130321 大中型水库移民后期扶持专项支出
2130335 农村人畜饮水
2130399 其他水利支出
21305 巩固脱贫攻坚成果衔接乡村振兴
2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出
214 交通运输支出
21401 公路水路运输
2140101 行政运行
2140104 公路建设
2140106 公路养护
2140199 其他公路水路运输支出
220 自然资源海洋气象等支出
22001 自然资源事务
2200101 行政运行
2200104 自然资源规划及管理
2200106 自然资源利用与保护
2200109 自然资源调查与确权登记
2200112 地质矿产资源与环境调查
2200113 地质勘查与矿产资源管理
2200150 事业运行
2200199 其他自然资源事务支出
221 住房保障支出
22102 住房改革支出
2210201 住房公积金
2210202 提租补贴
2210203 购房补贴
224 灾害防治及应急管理支出
22401 应急管理事务
2240106 安全监管
22406 自然灾害防治
2240601 地质灾害防治
2240602 森林草原防灾减灾
22407 自然灾害救灾及恢复重建支出
2240703 自然灾害救灾补助
229 其他支出
22960 彩票公益金安排的支出
2296002 用于社会福利的彩票公益金支出
2296004 用于教育事业的彩票公益金支出
2296006 用于残疾人事业的彩票公益金支出
"""
FUNC = dict(line.split(" ", 1) for line in FUNC_TEXT.strip().splitlines())
GF_CLASSES = ("212", "229")  # 政府性基金 only (project spending)

ECON_TEXT = """
301 工资福利支出
30101 基本工资 12
30102 津贴补贴 14
30103 奖金 6
30107 绩效工资 16
30108 机关事业单位基本养老保险缴费 9
30109 职业年金缴费 4
30110 职工基本医疗保险缴费 5
30112 其他社会保障缴费 1
30113 住房公积金 7
30199 其他工资福利支出 3
302 商品和服务支出
30201 办公费 6
30202 印刷费 2
30205 水费 1
30206 电费 3
30207 邮电费 2
30211 差旅费 5
30213 维修（护）费 4
30215 会议费 1
30216 培训费 2
30217 公务接待费 1
30226 劳务费 4
30228 工会经费 3
30229 福利费 2
30231 公务用车运行维护费 3
30239 其他交通费用 5
30299 其他商品和服务支出 4
303 对个人和家庭的补助
30302 退休费 6
30305 生活补助 1
30309 奖励金 1
310 资本性支出
31002 办公设备购置 2
"""
ECON, EWEIGHT = {}, {}
for _line in ECON_TEXT.strip().splitlines():
    _p = _line.split()
    ECON[_p[0]] = _p[1]
    if len(_p) > 2:
        EWEIGHT[_p[0]] = int(_p[2])
PERSONNEL_CODES = ("301", "303")


def fmt(v: D, sep=True) -> str:
    v = v.quantize(C, ROUND_HALF_UP)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def wan(v: D, unit: str) -> D:
    return (v / 10000 if unit == "元" else v).quantize(C, ROUND_HALF_UP)


@dataclass
class Row:
    cells: list
    role: str = "code"  # total | code | unit | ucode | proj | cat | item | two | plain
    code: str | None = None
    name: str = ""
    unit: str | None = None  # the unit a unit's row belongs to
    wrap: list | None = None  # the name as printed over several lines (layout / pdf / plain)


@dataclass
class Tab:
    key: str
    title: str
    unit: str
    heads: list  # header texts, one per column ("\n" inside: a header printed over lines)
    kinds: list  # code | name | text | money
    keys: list  # column key per money column (None for others)
    rows: list = field(default_factory=list)
    kind: str = "coded"  # coded | units | two | sangong | econ | proj | procurement
    widths: list | None = None


def split_cents(total: D, weights: dict) -> dict:
    """total split by integer weights in cents; the rest on the largest weight."""
    s = sum(weights.values())
    out = {k: (total * w / s).quantize(C, ROUND_HALF_UP) for k, w in weights.items()}
    big = max(weights, key=weights.get)
    out[big] += total - sum(out.values())
    return out


def leaves_of(doc):
    return [c for c in FUNC if len(c) == 7 and c[:3] in doc["classes"] and c not in doc.get("skip", ())]


def make_entries(doc):
    """Per unit, per 项: pe / pu (basic, 一般公共预算 or 事业收入) and p (project) with its fund: deterministic from
    the doc's seed (the typed data: the seed, the units, the 项, the scale)."""
    rnd = random.Random(doc["seed"])
    leaves = leaves_of(doc)
    scale = D(doc["scale"])
    units = doc["units"]
    per_unit = {u[0]: {} for u in units}
    always = [c for c in ("2080505", "2080506", "2210201") if c in leaves]
    # every leaf is somebody's: spread them over the units, then each unit a few more
    for i, code in enumerate(leaves):
        u = units[i % len(units)][0] if i >= len(units) else units[i][0]
        per_unit[u][code] = None
    for u, *_ in units:
        for code in always + rnd.sample(leaves, min(len(leaves), doc.get("extra", 3))):
            per_unit[u][code] = None
    out = {}
    for idx, (u, *_r) in enumerate(units):
        ent = {}
        biz = idx % 4 == 3  # some 事业单位 pay part of their spending from 事业收入
        for code in sorted(per_unit[u]):
            gf = code[:3] in GF_CLASSES
            admin_leaf = code.startswith(("20805", "21011", "22102"))
            e = {}
            if not gf:
                pe = D(rnd.randint(400, 9000)) * scale / 100
                pu = D(rnd.randint(50, 2500)) * scale / 100 if not admin_leaf else Z
                e["pe"] = pe
                if pu:
                    e["pu"] = pu
                if biz and not admin_leaf and rnd.random() < 0.5:
                    e["pe_src"] = "biz"
            if gf or (not admin_leaf and rnd.random() < 0.62):
                p = D(rnd.randint(300, 60000)) * scale / 100
                e["p"] = p
                e["p_src"] = "gf" if gf else ("oth" if rnd.random() < 0.1 else "gp")
            ent[code] = e
        out[u] = ent
    return out


def leaf_sum(entries, units=None):
    """Per 项: dict total / basic / project / gp / gp_basic / gp_project / gf / pe / pu / biz / oth / gp_pe / gp_pu."""
    out = {}
    for u, ent in entries.items():
        if units is not None and u not in units:
            continue
        for code, e in ent.items():
            s = out.setdefault(
                code,
                {
                    k: Z
                    for k in [
                        "total",
                        "basic",
                        "project",
                        "gp",
                        "gp_basic",
                        "gp_project",
                        "gf",
                        "pe",
                        "pu",
                        "biz",
                        "oth",
                        "gp_pe",
                        "gp_pu",
                    ]
                },
            )
            pe, pu, p = e.get("pe", Z), e.get("pu", Z), e.get("p", Z)
            s["pe"] += pe
            s["pu"] += pu
            s["basic"] += pe + pu
            s["project"] += p
            s["total"] += pe + pu + p
            if e.get("pe_src") == "biz":
                s["biz"] += pe
            else:
                s["gp"] += pe + pu
                s["gp_basic"] += pe + pu
                s["gp_pe"] += pe
                s["gp_pu"] += pu
            if e.get("pe_src") == "biz":
                s["gp"] += pu
                s["gp_basic"] += pu
                s["gp_pu"] += pu
            src = e.get("p_src")
            if src == "gp":
                s["gp"] += p
                s["gp_project"] += p
            elif src == "gf":
                s["gf"] += p
            elif src == "oth":
                s["oth"] += p
    return out


def rollup(ls):
    """Sums per 类 / 款 / 项 code (and "" the total)."""
    out = {}
    for code, s in ls.items():
        for k in (code[:3], code[:5], code, ""):
            t = out.setdefault(k, {x: Z for x in s})
            for x, v in s.items():
                t[x] += v
    return out


def coded_rows(roll, cols, pred=lambda s: True, total_label="合计", total_first=True, levels=(3, 5, 7)):
    """Rows 类 / 款 / 项 (and the total) whose figures are cols [(key, field)] of the rollup, blank when zero."""
    codes = sorted(c for c in roll if c and len(c) in levels and pred(roll[c]))

    def cells(s):
        return [fmt(s[f]) if s[f] else "" for _k, f in cols]

    rows = [Row([c, FUNC[c]] + cells(roll[c]), "code", c, FUNC[c]) for c in codes]
    tot = Row(["", total_label] + cells(roll[""]), "total", None, total_label)
    return [tot] + rows if total_first else rows + [tot]


# ---------------------------------------------------------------------------------------------- build
def build(doc):
    u = doc["unit"]
    final = doc["kind"] == "final_account"
    ent = make_entries(doc)
    ls = leaf_sum(ent)
    roll = rollup(ls)
    R = roll[""]
    tabs = []
    info = {"roll": roll}
    T = doc["titles"]
    gp_leaves = {c: s for c, s in ls.items() if s["gp"]}
    gproll = rollup(gp_leaves)

    # ---- 收支总表 (two-sided)
    income_items = [
        ("一般公共预算拨款收入" if not final else "财政拨款收入", R["gp"] + R["gf"] if final else R["gp"])
    ]
    if not final:
        income_items.append(("政府性基金预算拨款收入", R["gf"]))
    extra = (
        D(doc.get("final_extra", "0")) if final else Z
    )  # a final's income above its spending (to 年末结转)
    co0 = D(doc.get("carry_begin", "0")) if final else Z
    income_items.append(("事业收入", R["biz"] + (extra if final else Z)))
    income_items.append(("其他收入", R["oth"]))
    income = sum((v for _n, v in income_items), Z)
    spend = R["total"]
    co1 = co0 + income - spend
    left = [(f"{CN[i]}、{n}", v) for i, (n, v) in enumerate(income_items)]
    cls = sorted(c for c in roll if len(c) == 3)
    right = [(f"{CN[i]}、{FUNC[c]}", roll[c]["total"]) for i, c in enumerate(cls)]
    rows = []
    for i in range(max(len(left), len(right))):
        ll, lv = left[i] if i < len(left) else ("", None)
        rl, rv = right[i] if i < len(right) else ("", None)
        rows.append(Row([ll, fmt(lv) if lv else "", rl, fmt(rv) if rv else ""], "two"))
    rows.append(Row(["本年收入合计", fmt(income), "本年支出合计", fmt(spend)], "two"))
    if final:
        rows.append(Row(["年初结转和结余", fmt(co0), "年末结转和结余", fmt(co1)], "two"))
    grand = income + co0
    rows.append(Row(["收入总计", fmt(grand), "支出总计", fmt(spend + co1)], "two"))
    head = ["收入", "金额", "支出", "金额"] if not final else ["项目", "决算数", "项目", "决算数"]
    tabs.append(
        Tab(
            IS,
            T["IS"],
            u,
            head,
            ["name", "money", "name", "money"],
            [None, "income", None, "expenditure"],
            rows,
            "two",
        )
    )
    info.update(grand=grand, income=income, spend=spend, co0=co0, co1=co1, extra=extra)

    # ---- 收入总表: rows are units (合计, the department's row, one row per unit)
    fin_inc = final
    icols = (
        [
            ("total", "合计"),
            ("fiscal_appropriation", "财政拨款收入"),
            ("business", "事业收入"),
            ("other_income", "其他收入"),
        ]
        if fin_inc
        else [
            ("total", "合计"),
            ("general_public", "一般公共预算拨款收入"),
            ("government_fund", "政府性基金预算拨款收入"),
            ("business", "事业收入"),
            ("other_income", "其他收入"),
        ]
    )

    def inc_vals(s, x):
        vals = {
            "general_public": s["gp"],
            "government_fund": s["gf"],
            "fiscal_appropriation": s["gp"] + s["gf"],
            "business": s["biz"] + x,
            "other_income": s["oth"],
        }
        vals["total"] = (
            (vals["fiscal_appropriation"] if fin_inc else vals["general_public"] + vals["government_fund"])
            + vals["business"]
            + vals["other_income"]
        )
        return [fmt(vals[k]) if vals[k] else "" for k, _h in icols]

    # a final's extra income: on the units that pay from 事业收入 (first such unit takes it)
    xunit = {}
    if final and extra:
        biz_units = [uu[0] for i, uu in enumerate(doc["units"]) if i % 4 == 3] or [doc["units"][0][0]]
        xunit[biz_units[0]] = extra
    rows = [Row(["", "合计"] + inc_vals(R, extra), "total", None, "合计")]
    rows.append(
        Row([doc["dept_code"], doc["org"]] + inc_vals(R, extra), "unit", None, doc["org"], doc["org"])
    )
    for code, name, *_x in doc["units"]:
        s = rollup(leaf_sum(ent, {code}))[""]
        rows.append(Row([code, name] + inc_vals(s, xunit.get(code, Z)), "unit", None, name, name))
    tabs.append(
        Tab(
            INC,
            T["INC"],
            u,
            ["单位编码", "单位名称"] + [h for _k, h in icols],
            ["code", "name"] + ["money"] * len(icols),
            [None, None] + [k for k, _h in icols],
            rows,
            "units",
        )
    )

    # ---- 支出总表 by code (long)
    ecols = [("total", "total"), ("basic", "basic"), ("project", "project")]
    heads = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    tabs.append(
        Tab(
            EXP,
            T["EXP"],
            u,
            heads,
            ["code", "name", "money", "money", "money"],
            [None, None, "total", "basic", "project"],
            coded_rows(roll, ecols),
        )
    )

    # ---- 支出总表 by unit: 合计, then per unit its row and its 类 / 款 / 项 rows; or rows are units
    rows = [Row(["", "", "", "合计"] + [fmt(R[f]) if R[f] else "" for _k, f in ecols], "total", None, "合计")]
    for code, name, *_x in doc["units"]:
        ur = rollup(leaf_sum(ent, {code}))
        rows.append(
            Row(
                [code, name, "", ""] + [fmt(ur[""][f]) if ur[""][f] else "" for _k, f in ecols],
                "unit",
                None,
                name,
                name,
            )
        )
        if doc.get("by_unit") == "blocks":
            for r in coded_rows(ur, ecols)[1:]:
                rows.append(
                    Row(["", "", r.cells[0], r.cells[1]] + r.cells[2:], "ucode", r.code, r.name, name)
                )
    if doc.get("by_unit") == "blocks":
        t = Tab(
            EXP2,
            T["EXP2"],
            u,
            ["单位编码", "单位名称", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["code", "name", "code", "name", "money", "money", "money"],
            [None, None, None, None, "total", "basic", "project"],
            rows,
            "units",
        )
    else:
        rows = [
            Row([r.cells[0], r.cells[1] or r.cells[3]] + r.cells[4:], r.role, r.code, r.name, r.unit)
            for r in rows
        ]
        t = Tab(
            EXP2,
            T["EXP2"],
            u,
            ["单位编码", "单位名称", "合计", "基本支出", "项目支出"],
            ["code", "name", "money", "money", "money"],
            [None, None, "total", "basic", "project"],
            rows,
            "units",
        )
    tabs.append(t)

    # ---- 财政拨款收支总表 (two-sided, three expenditure columns)
    fl = [("一、一般公共预算拨款", R["gp"]), ("二、政府性基金预算拨款", R["gf"])]
    fr = [
        (f"{CN[i]}、{FUNC[c]}", roll[c])
        for i, c in enumerate(c for c in cls if roll[c]["gp"] + roll[c]["gf"])
    ]
    rows = []
    for i in range(max(len(fl), len(fr))):
        ll, lv = fl[i] if i < len(fl) else ("", None)
        rl, rv = fr[i] if i < len(fr) else ("", None)
        rc = (
            [fmt(rv["gp"] + rv["gf"]), fmt(rv["gp"]) if rv["gp"] else "", fmt(rv["gf"]) if rv["gf"] else ""]
            if rv
            else ["", "", ""]
        )
        rows.append(Row([ll, fmt(lv) if lv else "", rl] + rc, "two"))
    tf = R["gp"] + R["gf"]
    rows.append(
        Row(
            ["本年收入合计", fmt(tf), "本年支出合计", fmt(tf), fmt(R["gp"]), fmt(R["gf"]) if R["gf"] else ""],
            "two",
        )
    )
    tabs.append(
        Tab(
            FS,
            T["FS"],
            u,
            ["收入", "金额", "支出", "合计", "一般公共预算", "政府性基金预算"],
            ["name", "money", "name", "money", "money", "money"],
            [
                None,
                "income",
                None,
                "expenditure",
                "expenditure_general_public",
                "expenditure_government_fund",
            ],
            rows,
            "two",
        )
    )
    info["fiscal"] = tf

    # ---- 一般公共预算支出表 by code (long)
    gcols = [("total", "gp"), ("basic", "gp_basic"), ("project", "gp_project")]
    tabs.append(
        Tab(
            GB,
            T["GB"],
            u,
            heads,
            ["code", "name", "money", "money", "money"],
            [None, None, "total", "basic", "project"],
            coded_rows(gproll, gcols),
        )
    )

    # ---- 基本支出表 by economic code
    per = split_cents(R["gp_pe"], {k: w for k, w in EWEIGHT.items() if k[:3] in PERSONNEL_CODES})
    pub = split_cents(R["gp_pu"], {k: w for k, w in EWEIGHT.items() if k[:3] not in PERSONNEL_CODES})
    ev = {**per, **pub}
    rows = [Row(["", "合计", fmt(R["gp_basic"]), fmt(R["gp_pe"]), fmt(R["gp_pu"])], "total", None, "合计")]
    for c3 in ("301", "302", "303", "310"):
        kids = [k for k in ev if k[:3] == c3]
        s = sum((ev[k] for k in kids), Z)
        isp = c3 in PERSONNEL_CODES
        rows.append(
            Row([c3, ECON[c3], fmt(s), fmt(s) if isp else "", "" if isp else fmt(s)], "code", c3, ECON[c3])
        )
        for k in kids:
            rows.append(
                Row(
                    [k, ECON[k], fmt(ev[k]), fmt(ev[k]) if isp else "", "" if isp else fmt(ev[k])],
                    "code",
                    k,
                    ECON[k],
                )
            )
    tabs.append(
        Tab(
            EB,
            T["EB"],
            u,
            ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
            ["code", "name", "money", "money", "money"],
            [None, None, "total", "personnel", "public_funds"],
            rows,
            "econ",
        )
    )
    info.update(
        gp=R["gp"], gp_basic=R["gp_basic"], gp_pe=R["gp_pe"], gp_pu=R["gp_pu"], gp_project=R["gp_project"]
    )

    # ---- 三公
    def sg6(v):
        o, b, r, rec = (D(x) for x in v)
        return [o + b + r + rec, o, b + r, b, r, rec]

    sgk = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
    sgh = [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行费小计",
        "公务用车购置费",
        "公务用车运行费",
        "公务接待费",
    ]
    vals = sg6(doc["sangong"])
    if final:
        bv = sg6(doc["sangong_budget"])
        cells = [fmt(x) for x in bv + vals]
        keys = [k + "@budget" for k in sgk] + sgk
        hh = ["年初预算数\n" + h for h in sgh] + ["决算数\n" + h for h in sgh]
    else:
        cells, keys, hh = [fmt(x) for x in vals], sgk, sgh
    tabs.append(Tab(SG, T["SG"], u, hh, ["money"] * len(cells), keys, [Row(cells, "sangong")], "sangong"))
    info["sangong"] = vals

    # ---- 政府性基金预算支出表
    gfl = {c: s for c, s in ls.items() if s["gf"]}
    fcols = [("total", "gf"), ("project", "gf")]
    tabs.append(
        Tab(
            GF,
            T["GF"],
            u,
            ["科目编码", "科目名称", "合计", "项目支出"],
            ["code", "name", "money", "money"],
            [None, None, "total", "project"],
            coded_rows(rollup(gfl), fcols) if gfl else [],
        )
    )
    info["gf"] = R["gf"]

    # ---- 项目支出表 (budget): one project per unit and 项 with project money
    if not final:
        pool = doc["projects"]
        used = {}
        rows = []
        for code, name, *_x in doc["units"]:
            for leaf, e in sorted(ent[code].items()):
                if not e.get("p"):
                    continue
                names = pool.get(leaf[:5]) or pool[leaf[:3]]
                k = used.get(leaf[:5] if leaf[:5] in pool else leaf[:3], 0)
                used[leaf[:5] if leaf[:5] in pool else leaf[:3]] = k + 1
                pn = names[k % len(names)] + ("" if k < len(names) else f"（{_x[0]}）")
                src = e["p_src"]
                rows.append(
                    Row(
                        [
                            pn,
                            name,
                            leaf,
                            fmt(e["p"]),
                            fmt(e["p"]) if src == "gp" else "",
                            fmt(e["p"]) if src == "gf" else "",
                            fmt(e["p"]) if src == "oth" else "",
                        ],
                        "proj",
                        leaf,
                        pn,
                        name,
                    )
                )
        tot = [sum((D(r.cells[j].replace(",", "")) for r in rows if r.cells[j]), Z) for j in range(3, 7)]
        assert tot[0] == R["project"], "projects = 项目支出"
        rows.insert(0, Row(["合计", "", ""] + [fmt(x) if x else "" for x in tot], "total", None, "合计"))
        tabs.append(
            Tab(
                PJ,
                T["PJ"],
                u,
                [
                    "项目名称",
                    "单位名称",
                    "功能科目编码",
                    "合计",
                    "一般公共预算拨款",
                    "政府性基金预算拨款",
                    "单位资金",
                ],
                ["name", "text", "text", "money", "money", "money", "money"],
                [None, None, None, "total", "general_public", "government_fund", "unit_funds"],
                rows,
                "proj",
            )
        )
        info["n_projects"] = len(rows) - 1

        # ---- 政府采购预算表: 合计, 一、货物 / 二、工程 / 三、服务 over their items
        rnd = random.Random(doc["seed"] + 7)
        rows, cats = [], []
        for i, (cat, items) in enumerate(doc["procurement"]):
            its = []
            for j, (item, pm, qty) in enumerate(items):
                a = D(rnd.randint(800, 40000)) * D(doc["scale"]) / 100
                un = doc["units"][(i * 7 + j) % len(doc["units"])][1]
                its.append(Row([un, item, pm, qty, fmt(a)], "item", None, item, un))
            s = sum((D(r.cells[4].replace(",", "")) for r in its), Z)
            cats.append(Row(["", f"{CN[i]}、{cat}", "", "", fmt(s)], "cat", None, f"{CN[i]}、{cat}"))
            rows += [cats[-1]] + its
        ptot = sum((D(r.cells[4].replace(",", "")) for r in cats), Z)
        rows.insert(0, Row(["", "合计", "", "", fmt(ptot)], "total", None, "合计"))
        tabs.append(
            Tab(
                PR,
                T["PR"],
                u,
                ["单位名称", "采购项目", "采购品目", "数量", "预算金额"],
                ["text", "name", "text", "text", "money"],
                [None, None, None, None, "total"],
                rows,
                "procurement",
            )
        )
        info["procurement"] = ptot
    info["ent"] = ent
    return tabs, info


# ---------------------------------------------------------------------------------------------- expectations
def want(v):
    return v if v else None


def expectations(doc, tabs):
    out = []
    for t in tabs:
        rows = []
        mon = [j for j, k in enumerate(t.kinds) if k == "money"]
        if t.kind == "two":
            for r in t.rows:
                c = r.cells
                if c[0] and c[1]:
                    rows.append((None, c[0], {"income": c[1]}))
                if c[2]:
                    w = {t.keys[j]: c[j] for j in mon[1:] if c[j]}
                    if w:
                        rows.append((None, c[2], w))
        elif t.kind == "sangong":
            rows.append(
                (None, "*", {k: (v + "?" if v == "0.00" else v) for k, v in zip(t.keys, t.rows[0].cells)})
            )
        else:
            for r in t.rows:
                if r.role in ("unit", "ucode", "item"):
                    continue
                w = {t.keys[j]: r.cells[j] for j in mon if r.cells[j]}
                if w:
                    rows.append((r.code, r.name, w))
        out.append(dict(table=t.key, unit=t.unit, rows=rows))
    out.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return out


def unit_rows(tabs):
    """(table key, unit name, rows) of the units' rows: not to be loaded, to be said."""
    out = []
    for t in tabs:
        n = {}
        for r in t.rows:
            if r.role in ("unit", "ucode"):
                n[r.unit] = n.get(r.unit, 0) + 1
        out += [(t.key, un, k) for un, k in n.items()]
    return out


def not_loaded(tabs):
    out = []
    for t in tabs:
        if t.kind == "procurement":
            out.append(
                f"{t.title} items: " + " ".join(r.cells[4] for r in t.rows if r.role == "item")[:200] + " …"
            )
    return " | ".join(out)


# ---------------------------------------------------------------------------------------------- identities
def identities(doc, tabs, info):
    """Re-add every printed table from its printed strings (a typo or a builder's slip fails at import)."""

    def v(s):
        return D(s.replace(",", "")) if s else Z

    by = {t.key: t for t in tabs}
    for t in tabs:
        mon = [j for j, k in enumerate(t.kinds) if k == "money"]
        if t.kind in ("coded", "econ", "units", "proj"):
            tot = next(r for r in t.rows if r.role == "total") if t.rows else None
            if t.kind in ("coded", "econ", "proj", "units") and tot is not None:
                for r in t.rows:  # row total = Σ parts
                    parts = [v(r.cells[j]) for j in mon]
                    if t.key in (EXP, EXP2, GB, EB):
                        assert parts[0] == parts[1] + parts[2], (t.title, r.cells)
                    if t.key == INC or t.kind == "proj":
                        assert parts[0] == sum(parts[1:], Z), (t.title, r.cells)
            if t.kind in ("coded", "econ"):
                codes = {r.code: r for r in t.rows if r.code}
                top = [c for c in codes if len(c) == 3]
                for j in mon:
                    assert sum((v(codes[c].cells[j]) for c in top), Z) == v(tot.cells[j]), (t.title, j)
                    for c in codes:
                        kids = [k for k in codes if k[: len(c)] == c and len(k) == len(c) + 2]
                        if kids:
                            assert sum((v(codes[k].cells[j]) for k in kids), Z) == v(codes[c].cells[j]), (
                                t.title,
                                c,
                            )
            if t.kind == "units":
                units = [r for r in t.rows if r.role == "unit" and r.unit != doc["org"]]
                for j in mon:
                    assert sum((v(r.cells[j]) for r in units), Z) == v(tot.cells[j]), (t.title, j)
                    for r in units:
                        kids = [
                            k for k in t.rows if k.role == "ucode" and k.unit == r.unit and len(k.code) == 3
                        ]
                        if kids:
                            assert sum((v(k.cells[j]) for k in kids), Z) == v(r.cells[j]), (t.title, r.unit)
            if t.kind == "proj":
                body = [r for r in t.rows if r.role == "proj"]
                for j in mon:
                    assert sum((v(r.cells[j]) for r in body), Z) == v(tot.cells[j]), (t.title, j)
        if t.kind == "procurement":
            cats = [i for i, r in enumerate(t.rows) if r.role == "cat"]
            assert sum((v(t.rows[i].cells[4]) for i in cats), Z) == v(t.rows[0].cells[4])
            for a, b in zip(cats, cats[1:] + [len(t.rows)]):
                assert sum((v(r.cells[4]) for r in t.rows[a + 1 : b]), Z) == v(t.rows[a].cells[4])
        if t.kind == "sangong":
            c = [v(x) for x in t.rows[0].cells]
            for k in range(0, len(c), 6):
                assert c[k] == c[k + 1] + c[k + 2] + c[k + 5] and c[k + 2] == c[k + 3] + c[k + 4], t.title
        if t.kind == "two":
            lt = [v(r.cells[1]) for r in t.rows if "、" in r.cells[0][:3]]
            rt = [v(r.cells[3]) for r in t.rows if "、" in r.cells[2][:3]]
            rows = {r.cells[0]: r for r in t.rows}
            rrows = {r.cells[2]: r for r in t.rows}
            assert sum(lt, Z) == v(rows["本年收入合计"].cells[1]), t.title
            assert sum(rt, Z) == v(rrows["本年支出合计"].cells[3]), t.title

    def tot(key, col):
        t = by[key]
        r = next(r for r in t.rows if r.role == "total")
        return v(r.cells[t.keys.index(col)])

    assert tot(EXP, "total") == tot(EXP2, "total") == info["spend"]
    assert tot(INC, "total") == info["income"]
    assert tot(GB, "basic") == tot(EB, "total")
    assert tot(GB, "total") + (tot(GF, "total") if by[GF].rows else Z) == info["fiscal"]
    if PJ in by:
        assert tot(PJ, "total") == tot(EXP, "project") and tot(PJ, "general_public") == tot(GB, "project")
    # the 收支总表's 类 = the 支出总表's 类
    ex = {r.name: v(r.cells[2]) for r in by[EXP].rows if r.code and len(r.code) == 3}
    for r in by[IS].rows:
        if "、" in r.cells[2][:3]:
            assert ex[r.cells[2].split("、", 1)[1]] == v(r.cells[3]), r.cells


# ---------------------------------------------------------------------------------------------- 说明
def narrative(doc, tabs, info):
    """[(text, is_heading)] and the claims [(kind, code, {figure: 万元 as printed})]."""
    y, org, u = doc["year"], doc["org"], doc["unit"]
    roll = info["roll"]
    final = doc["kind"] == "final_account"

    def W(x):  # noqa: N802
        return fmt(wan(x, u))

    def n(x):
        return fmt(wan(x, u), False)

    def rate(a, b):
        return str((a / b * 100).quantize(C, ROUND_HALF_UP))

    out, claims = [("第一部分 部门概况", True), ("一、主要职能", True), (doc["profile"], False)], []
    out.append(("二、部门机构设置及决算单位构成" if final else "二、部门预算单位构成", True))
    names = "、".join(x[1] for x in doc["units"])
    out.append(
        (
            f"纳入{org}{y}年度部门{'决算' if final else '预算'}编制范围的单位共{len(doc['units'])}个，包括：{names}。",
            False,
        )
    )
    rnd = random.Random(doc["seed"] + 11)
    gproll = rollup({c: s for c, s in leaf_sum(info["ent"]).items() if s["gp"]})
    if final:
        out.append((f"第二部分 {org}{y}年度部门决算情况说明", True))
        out.append(("一、收入支出决算总体情况说明", True))
        out.append((f"{y}年度收入、支出决算总计{W(info['grand'])}万元。", False))
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入决算情况说明", True))
        out.append(
            (
                f"本年收入合计{W(info['income'])}万元，其中：财政拨款收入{W(info['fiscal'])}万元，占{rate(info['fiscal'], info['income'])}%；事业收入及其他收入{W(info['income'] - info['fiscal'])}万元。",
                False,
            )
        )
        claims.append(("total_income", None, {"amount": n(info["income"])}))
        out.append(("三、支出决算情况说明", True))
        out.append(
            (
                f"本年支出合计{W(info['spend'])}万元，其中：基本支出{W(roll['']['basic'])}万元，占{rate(roll['']['basic'], info['spend'])}%；项目支出{W(roll['']['project'])}万元，占{rate(roll['']['project'], info['spend'])}%。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、一般公共预算财政拨款支出决算情况说明", True))
        gp = info["gp"]
        bud_total = Z
        paras = []
        cls = sorted(c for c in gproll if len(c) == 3)
        big = sorted((c for c in gproll if len(c) == 7), key=lambda c: -gproll[c]["gp"])[
            : doc.get("big_items", 5)
        ]
        budgets = {}
        for c in cls + big:
            a = wan(gproll[c]["gp"], u)
            budgets[c] = (a * D(rnd.randint(850, 1120)) / 1000).quantize(C, ROUND_HALF_UP)
        for i, c in enumerate(cls):
            a, b = wan(gproll[c]["gp"], u), budgets[c]
            word = "大" if a > b else "小"
            why = "年中追加了项目资金" if a > b else "项目按实际进度支付、厉行节约"
            paras.append(
                (
                    f"（{CN[i]}）{FUNC[c]}（类）。年初预算为{fmt(b)}万元，支出决算为{fmt(a)}万元，完成年初预算的{rate(a, b)}%，决算数{word}于年初预算数的主要原因是{why}。",
                    False,
                )
            )
            claims.append(
                ("execution", c, {"budget": fmt(b, False), "actual": fmt(a, False), "rate": rate(a, b)})
            )
            bud_total += b
        out.append(
            (
                f"{y}年度一般公共预算财政拨款支出年初预算为{fmt(bud_total)}万元，支出决算为{W(gp)}万元，完成年初预算的{rate(wan(gp, u), bud_total)}%。其中：",
                False,
            )
        )
        claims.append(
            (
                "execution",
                None,
                {"budget": fmt(bud_total, False), "actual": n(gp), "rate": rate(wan(gp, u), bud_total)},
            )
        )
        out += paras
        out.append(("其中，支出较大的项级科目：", False))
        for i, c in enumerate(big):
            a, b = wan(gproll[c]["gp"], u), budgets[c]
            out.append(
                (
                    f"{i + 1}.{FUNC[c[:3]]}（类）{FUNC[c[:5]]}（款）{FUNC[c]}（项）。年初预算为{fmt(b)}万元，支出决算为{fmt(a)}万元，完成年初预算的{rate(a, b)}%。",
                    False,
                )
            )
            claims.append(
                ("execution", c, {"budget": fmt(b, False), "actual": fmt(a, False), "rate": rate(a, b)})
            )
        out.append(("五、一般公共预算财政拨款基本支出决算情况说明", True))
        out.append(
            (
                f"{y}年度一般公共预算财政拨款基本支出{W(info['gp_basic'])}万元，其中：人员经费{W(info['gp_pe'])}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金、退休费等；公用经费{W(info['gp_pu'])}万元，主要包括办公费、印刷费、水电费、差旅费、维修（护）费、工会经费、公务用车运行维护费等。",
                False,
            )
        )
        sb, sa = sum(D(x) for x in doc["sangong_budget"]), sum(D(x) for x in doc["sangong"])
        out.append(("六、“三公”经费财政拨款支出决算情况说明", True))
        out.append(
            (
                f"{y}年度“三公”经费财政拨款支出年初预算为{fmt(wan(sb, u))}万元，支出决算为{fmt(wan(sa, u))}万元，完成年初预算的{rate(sa, sb)}%。决算数小于年初预算数的主要原因是严格落实过紧日子要求，压减公务活动支出。",
                False,
            )
        )
        claims.append(
            (
                "sangong_execution",
                None,
                {"budget": fmt(wan(sb, u), False), "actual": fmt(wan(sa, u), False), "rate": rate(sa, sb)},
            )
        )
        out.append(("七、政府性基金预算财政拨款收入支出决算情况说明", True))
        out.append(
            (
                f"{y}年度政府性基金预算财政拨款支出{W(info['gf'])}万元，全部为项目支出。"
                if info["gf"]
                else f"{org}{y}年度无政府性基金预算财政拨款收入支出。",
                False,
            )
        )
    else:
        out.append((f"第二部分 {org}{y}年部门预算情况说明", True))
        out.append(("一、收支预算总体情况说明", True))
        out.append(
            (
                f"按照综合预算的原则，{org}所有收入和支出均纳入部门预算管理。{y}年收入、支出预算总计{W(info['grand'])}万元。",
                False,
            )
        )
        claims.append(("total_income_expenditure", None, {"amount": n(info["grand"])}))
        out.append(("二、收入预算情况说明", True))
        out.append(
            (
                f"{y}年本部门收入预算合计{W(info['income'])}万元，其中：一般公共预算拨款收入{W(info['gp'])}万元，政府性基金预算拨款收入{W(info['gf'])}万元，事业收入及其他收入{W(info['income'] - info['gp'] - info['gf'])}万元。",
                False,
            )
        )
        # (a budget's 收入预算合计 / 支出预算合计 is the 部门收入总表's / 支出总表's 合计, which may hold 上年结转;
        # since session 38 the parser claims the 本年收入合计 / 本年支出合计 where the parts listed after 其中
        # add up to it and none is carried over, as here: 一般公共预算 + 政府性基金 + 事业收入及其他收入, and
        # 基本支出 + 项目支出; the summary's 本年收入合计 and 本年支出合计 equal them, no 上年结转 printed)
        claims.append(("total_income", None, {"amount": n(info["income"])}))
        out.append(("三、支出预算情况说明", True))
        out.append(
            (
                f"{y}年本部门支出预算合计{W(info['spend'])}万元，其中：基本支出{W(roll['']['basic'])}万元，占{rate(roll['']['basic'], info['spend'])}%；项目支出{W(roll['']['project'])}万元，占{rate(roll['']['project'], info['spend'])}%。",
                False,
            )
        )
        claims.append(("total_expenditure", None, {"amount": n(info["spend"])}))
        out.append(("四、一般公共预算支出预算情况说明", True))
        cls = sorted(c for c in gproll if len(c) == 3)
        big = sorted((c for c in gproll if len(c) == 7), key=lambda c: -gproll[c]["gp"])[
            : doc.get("big_items", 5)
        ]
        out.append((f"{y}年一般公共预算支出{W(info['gp'])}万元，主要用于以下方面：", False))
        for i, c in enumerate(cls):
            a = wan(gproll[c]["gp"], u)
            out.append(
                (
                    f"（{CN[i]}）{FUNC[c]}（类）{fmt(a)}万元，占{rate(a, wan(info['gp'], u))}%，主要用于本部门及所属单位履行职能的相关支出。",
                    False,
                )
            )
        out.append(("其中，预算较大的项级科目：", False))
        for i, c in enumerate(big):
            a = wan(gproll[c]["gp"], u)
            out.append((f"{i + 1}.{FUNC[c]}（项）{fmt(a)}万元，主要用于{FUNC[c[:5]]}方面的支出。", False))
        out.append(("五、一般公共预算基本支出预算情况说明", True))
        out.append(
            (
                f"{y}年一般公共预算基本支出{W(info['gp_basic'])}万元，其中：人员经费{W(info['gp_pe'])}万元，公用经费{W(info['gp_pu'])}万元。",
                False,
            )
        )
        sv = [D(x) for x in doc["sangong"]]
        out.append(("六、“三公”经费预算情况说明", True))
        out.append(
            (
                f"{y}年“三公”经费预算{fmt(wan(sum(sv), u))}万元，其中：因公出国（境）费{fmt(wan(sv[0], u))}万元，公务用车购置及运行费{fmt(wan(sv[1] + sv[2], u))}万元，公务接待费{fmt(wan(sv[3], u))}万元。",
                False,
            )
        )
        out.append(("七、政府采购预算情况说明", True))
        out.append(
            (
                f"{y}年本部门政府采购预算总额{W(info['procurement'])}万元，其中：货物类、工程类和服务类采购均按规定编制。",
                False,
            )
        )
        claims.append(("procurement_total", None, {"amount": n(info["procurement"])}))
        out.append(("八、项目支出预算情况说明", True))
        out.append(
            (
                f"{y}年本部门安排项目支出{W(roll['']['project'])}万元，共{info['n_projects']}个项目，详见部门项目支出预算表。",
                False,
            )
        )
    out.append(("第三部分 名词解释", True))
    for t in (
        "一、财政拨款收入：指本级财政当年拨付的资金。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。",
        "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "五、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
        "六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
    ):
        out.append((t, False))
    return out, claims
