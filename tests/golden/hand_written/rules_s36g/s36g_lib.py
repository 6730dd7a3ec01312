"""The rules_s36g reports (乡镇人民政府 / 街道办事处 budgets and final accounts): rules_s33i's builder
(../rules_s33i/s33i_lib.py, imported, not copied) builds and re-adds every table of the template from the typed
figures; this module adds the township's codes (FUNC) and the tables a township prints beside the template:
- 机关运行经费 (科目编码 | 科目名称 | 机关运行经费支出, or a final's 年初预算数 | 决算数), key "total" (as rules_s35a);
- 政府采购 (budget: 合计 / categories / items, only 合计 and the categories expected, as rules_s35a; final: 合计 / 一、货物
  / 二、工程 / 三、服务 with 合同数（份） | 采购金额);
- a 转移支付 table to the villages (项目名称 | 科目编码 | 科目名称 | 金额: 村级组织运转经费, 村干部报酬 … per village), its
  rows expected (code, project name, {"total"}, subject name) as rules_s27c; re-added against the 支出表's 项;
- debt tables (地方政府一般 / 专项债务余额情况表, 一般债务还本付息情况表): rows by words, years inside the labels
  ("一、2023年末一般债务余额"), NO table key: not loaded (only_tables), re-added (年末 = 年初 + 新增 - 偿还; 还本 / 付息 /
  发行费用 = the 231 / 232 / 233 leaves);
- long 科目名称 cut over lines of doc["wrap"]["n"] characters, the figures on line fl (t.wrap, as s33i's project
  table prints its names: 0 the first line, 1 the second, 0.5 in the PDF half-way);
- page breaks every doc["page_rows"] rows in the long coded tables (t.breaks, printed by s36g_print.py).
Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33i"))
import s33i_lib as L  # noqa: E402
from s33i_lib import ECON, EXP, GB, GF, INC, Col, Tab, d, want  # noqa: E402

Z = L.Z
OC, PROC, TR = "operating_costs", "procurement", "transfer"
DEBT = "-debt"  # no table key: must not load

L.CN += ["十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五"]
L.FUNC.update(
    {
        "20101": "人大事务",
        "2010101": "行政运行",
        "2010104": "人大会议",
        "2010108": "代表工作",
        "2010302": "一般行政管理事务",
        "2010399": "其他政府办公厅（室）及相关机构事务支出",
        "20106": "财政事务",
        "2010601": "行政运行",
        "2010650": "事业运行",
        "20111": "纪检监察事务",
        "2011101": "行政运行",
        "20131": "党委办公厅（室）及相关机构事务",
        "2013101": "行政运行",
        "2013102": "一般行政管理事务",
        "20132": "组织事务",
        "2013202": "一般行政管理事务",
        "2013299": "其他组织事务支出",
        "20133": "宣传事务",
        "2013302": "一般行政管理事务",
        "203": "国防支出",
        "20306": "国防动员",
        "2030601": "兵役征集",
        "2030607": "民兵",
        "20499": "其他公共安全支出",
        "2049999": "其他公共安全支出",
        "20599": "其他教育支出",
        "2059999": "其他教育支出",
        "20607": "科学技术普及",
        "2060702": "科普活动",
        "20703": "体育",
        "2070308": "群众体育",
        "20801": "人力资源和社会保障管理事务",
        "2080199": "其他人力资源和社会保障管理事务支出",
        "2080805": "义务兵优待",
        "20811": "残疾人事业",
        "2081107": "残疾人生活和护理补贴",
        "2081902": "农村最低生活保障金支出",
        "20828": "退役军人管理事务",
        "2082804": "拥军优属",
        "21007": "计划生育事务",
        "2100717": "计划生育服务",
        "2100410": "突发公共卫生事件应急处理",
        "2110301": "大气",
        "21104": "自然生态保护",
        "2110402": "农村环境保护",
        "2120199": "其他城乡社区管理事务支出",
        "21203": "城乡社区公共设施",
        "2120399": "其他城乡社区公共设施支出",
        "21205": "城乡社区环境卫生",
        "2120501": "城乡社区环境卫生",
        "2120804": "农村基础设施建设支出",
        "2120899": "其他国有土地使用权出让收入安排的支出",
        "2130106": "科技转化与推广服务",
        "2130126": "农村社会事业",
        "2130199": "其他农业农村支出",
        "21302": "林业和草原",
        "2130209": "森林生态效益补偿",
        "2130234": "林业草原防灾减灾",
        "2130306": "水利工程运行与维护",
        "2130314": "防汛",
        "21305": "巩固脱贫攻坚成果衔接乡村振兴",
        "2130504": "农村基础设施建设",
        "2130599": "其他巩固脱贫攻坚成果衔接乡村振兴支出",
        "21307": "农村综合改革",
        "2130701": "对村级公益事业建设的补助",
        "2130705": "对村民委员会和村党支部的补助",
        "2130706": "对村集体经济组织的补助",
        "21308": "普惠金融发展支出",
        "2130803": "农业保险保费补贴",
        "2140199": "其他公路水路运输支出",
        "215": "资源勘探工业信息等支出",
        "21508": "支持中小企业发展和管理支出",
        "2150899": "其他支持中小企业发展和管理支出",
        "216": "商业服务业等支出",
        "21602": "商业流通事务",
        "2160299": "其他商业流通事务支出",
        "2200150": "事业运行",
        "22101": "保障性安居工程支出",
        "2210105": "农村危房改造",
        "2210108": "老旧小区改造",
        "22407": "自然灾害救灾及恢复重建支出",
        "2240703": "自然灾害救灾补助",
        "227": "预备费",
        "2296002": "用于社会福利的彩票公益金支出",
        "22999": "其他支出",
        "2299999": "其他支出",
        "230": "转移性支出",
        "23006": "上解支出",
        "2300602": "专项上解支出",
        "231": "债务还本支出",
        "23103": "地方政府一般债务还本支出",
        "2310301": "地方政府一般债券还本支出",
        "232": "债务付息支出",
        "23203": "地方政府一般债务付息支出",
        "2320301": "地方政府一般债券付息支出",
        "23204": "地方政府专项债务付息支出",
        "2320411": "国有土地使用权出让金债务付息支出",
        "233": "债务发行费用支出",
        "23303": "地方政府一般债务发行费用支出",
        "234": "抗疫特别国债安排的支出",
        "23401": "基础设施建设",
        "2340101": "公共卫生体系建设",
        "23402": "抗疫相关支出",
        "2340205": "困难群众基本生活补助",
    }
)


def cut(text, n):
    """Pieces of at most n characters."""
    return [text[i : i + n] for i in range(0, len(text), n)]


def fmt(x, z=""):
    return L.fmt(x, z)


def free(key, title, unit, cols, rows, exp):
    tcols = [Col(h if isinstance(h, tuple) else (h,), k, ky) for h, k, ky in cols]
    return Tab(key, title, unit, tcols, rows, exp, kind="free")


# --------------------------------------------------------------------------------------------- extra tables
def oc_table(doc, z):
    """机关运行经费: items {econ 款: amount} (budget) or {econ 款: (年初预算, 决算)} (final)."""
    sp = doc["ops"]
    final = doc["kind"] == "final_account"
    items = sp["items"]
    if not final:
        tot = sum(d(x) for x in items.values())
        rows = [["", "合计", fmt(tot, z)], ["302", ECON["302"], fmt(tot, z)]]
        rows += [[k, ECON[k], fmt(d(x), z)] for k, x in items.items()]
        cols = [
            ("科目编码", "code", None),
            ("科目名称", "name", None),
            ("机关运行经费支出", "money", "total"),
        ]
        exp = [(r[0] or None, r[1], {"total": want(r[2])}) for r in rows]
        return free(OC, sp["title"], doc["unit"], cols, rows, exp), tot
    b = sum(d(x[0]) for x in items.values())
    a = sum(d(x[1]) for x in items.values())
    rows = [["", "合计", fmt(b, z), fmt(a, z)], ["302", ECON["302"], fmt(b, z), fmt(a, z)]]
    rows += [[k, ECON[k], fmt(d(x[0]), z), fmt(d(x[1]), z)] for k, x in items.items()]
    cols = [("科目编码", "code", None), ("科目名称", "name", None)]
    cols += [("年初预算数", "money", "total@budget"), ("决算数", "money", "total")]
    exp = [(r[0] or None, r[1], {"total@budget": want(r[2]), "total": want(r[3])}) for r in rows]
    return free(OC, sp["title"], doc["unit"], cols, rows, exp), a


def proc_table(doc, z):
    sp = doc["proc"]
    u = doc["unit"]
    if doc["kind"] != "final_account":  # categories [(一、货物, [(项目, 品目, amount)])]
        rows, total, n = [], Z, 0
        for cat, items in sp["cats"]:
            s = sum((d(a) for *_x, a in items), Z)
            total += s
            rows.append(["", cat, "", fmt(s, z)])
            for name, item, a in items:
                n += 1
                rows.append([str(n), name, item, fmt(d(a), z)])
        rows.insert(0, ["", "合计", "", fmt(total, z)])
        cols = [("序号", "rowno", None), ("采购项目名称", "name", None), ("采购品目", "text", None)]
        cols += [("采购预算金额", "money", "total")]
        exp = [(None, r[1], {"total": want(r[3])}) for r in rows if not r[0]]
        return free(PROC, sp["title"], u, cols, rows, exp), total
    cats = sp["cats"]  # [(label, contracts, amount)]
    tot = sum(d(a) for _l, _n, a in cats)
    rows = [["合计", str(sum(int(n) for _l, n, _a in cats)), fmt(tot, z)]]
    rows += [[lab, n, fmt(d(a), z)] for lab, n, a in cats]
    cols = [("项目", "name", None), ("合同数（份）", "rowno", None), ("采购金额", "money", "total")]
    exp = [(None, r[0], {"total": want(r[2])}) for r in rows]
    return free(PROC, sp["title"], u, cols, rows, exp), tot


def transfer_table(doc, z):
    """[(village, code, project, amount)] grouped by village: 项目名称 | 科目编码 | 科目名称 | 金额; 合计 first."""
    sp = doc["transfer"]
    rows, exp, tot = [], [], Z
    for code, proj, a in sp["rows"]:
        rows.append([proj, code, L.FUNC[code], fmt(d(a), z)])
        exp.append((code, proj, {"total": want(rows[-1][3])}, L.FUNC[code]))
        tot += d(a)
    rows.insert(0, ["合计", "", "", fmt(tot, z)])
    exp.insert(0, (None, "合计", {"total": want(rows[0][3])}))
    cols = [("项目名称", "name", None), ("科目编码", "code", None), ("科目名称", "text", None)]
    cols += [("金额", "money", "total")]
    t = free(TR, sp["title"], doc["unit"], cols, rows, exp)
    t.name_col = 0
    return t


def debt_tables(doc, m, z):
    """地方政府债务 tables, rows by words (must not load): balance per kind, and 还本付息."""
    sp = doc["debt"]
    y = doc["year"]
    final = doc["kind"] == "final_account"
    head = "执行数" if final else "预算数"
    out = []
    for kind, bal in sp["balance"].items():  # kind 一般 / 专项: (年初余额, 限额, 新增)
        begin, limit, new = (d(x) for x in bal)
        repay = m.t(code="2310301") if kind == "一般" else d(sp.get("zx_repay", "0"))
        end = begin + new - repay
        assert end <= limit, (doc["org"], kind)
        rows = [
            [f"一、{y - 1}年末{kind}债务余额", fmt(begin, z)],
            [f"二、{y}年{kind}债务限额", fmt(limit, z)],
            [f"三、{y}年新增{kind}债务", fmt(new, z)],
            [f"四、{y}年偿还{kind}债务本金", fmt(repay, z)],
            [f"五、{y}年末{kind}债务余额", fmt(end, z)],
        ]
        cols = [("项目", "name", None), (head, "money", None)]
        out.append(free(DEBT, f"地方政府{kind}债务余额情况表", doc["unit"], cols, rows, []))
    if sp.get("service"):
        rb = m.t(code="2310301")
        ri = m.t(code="23203")
        rf = m.t(code="23303")
        rz = m.t(code="23204")
        rows = [["合计", fmt(rb + ri + rf + rz, z)], ["一、一般债务还本", fmt(rb, z)]]
        rows += [["二、一般债务付息", fmt(ri, z)], ["三、一般债务发行费用", fmt(rf, z)]]
        if rz:
            rows += [["四、专项债务付息", fmt(rz, z)]]
        cols = [("项目", "name", None), (head, "money", None)]
        out.append(free(DEBT, sp["service"], doc["unit"], cols, rows, []))
    return out


# --------------------------------------------------------------------------------------------- build
def build(doc):
    tabs, info = L.build(doc)
    L.identities(doc["file"], doc, tabs, info)
    m = info["m"]
    z = doc["style"].get("zero", "")
    extra = []
    claims = []
    if doc.get("ops"):
        t, ops = oc_table(doc, z)
        extra.append(t)
        info["ops"] = ops
    if doc.get("proc"):
        t, proc = proc_table(doc, z)
        extra.append(t)
        info["proc"] = proc
    if doc.get("transfer"):
        t = transfer_table(doc, z)
        extra.append(t)
    if doc.get("debt"):
        extra += debt_tables(doc, m, z)
    # the extra tables go after the 三公 / 政府性基金 tables (before a final's 国有资本 table)
    pos = next(i for i, t in enumerate(tabs) if t.key == GF) + 1
    tabs[pos:pos] = extra
    readd(doc, tabs, m)
    wrap = doc.get("wrap")
    for t in tabs:  # a long 科目名称 over two or three lines, the figures on line fl (0 the first)
        if wrap and t.key in (INC, EXP, GB, GF) and t.kind == "coded":
            t.name_col = 1
            for i, r in enumerate(t.rows):
                pieces = cut(r[1], wrap["n"])
                if len(pieces) > 1:
                    t.wrap[i] = (pieces, min(wrap["fl"], len(pieces) - 1) if wrap["fl"] >= 1 else wrap["fl"])
    rows = doc.get("page_rows")
    for t in tabs:
        if rows and t.key in (INC, EXP, GB, GF) and t.kind == "coded" and len(t.rows) > rows:
            t.breaks = list(range(rows, len(t.rows), rows))
    return tabs, info, claims


def readd(doc, tabs, m):
    """Re-add the extra tables from their printed strings."""

    def v(s):
        return d(s) if s else Z

    for t in tabs:
        if t.key == OC:
            for j in range(2, len(t.cols)):
                assert v(t.rows[0][j]) == v(t.rows[1][j]) == sum(v(r[j]) for r in t.rows[2:]), doc["file"]
        if t.key == PROC and doc["kind"] != "final_account":
            cats = [r for r in t.rows[1:] if not r[0]]
            assert v(t.rows[0][3]) == sum(v(r[3]) for r in cats), doc["file"]
            items = [r for r in t.rows if r[0]]
            assert v(t.rows[0][3]) == sum(v(r[3]) for r in items), doc["file"]
        if t.key == PROC and doc["kind"] == "final_account":
            assert v(t.rows[0][2]) == sum(v(r[2]) for r in t.rows[1:]), doc["file"]
            assert int(t.rows[0][1]) == sum(int(r[1]) for r in t.rows[1:]), doc["file"]
        if t.key == TR:
            assert v(t.rows[0][3]) == sum(v(r[3]) for r in t.rows[1:]), doc["file"]
            for code in {r[1] for r in t.rows[1:]}:  # the villages' transfers = the 项's project money
                assert sum(v(r[3]) for r in t.rows[1:] if r[1] == code) == m.t(kinds="p", code=code), (
                    doc["file"],
                    code,
                )
        if t.key == DEBT and t.title.endswith("余额情况表"):
            x = [v(r[1]) for r in t.rows]
            assert x[4] == x[0] + x[2] - x[3] and x[4] <= x[1], doc["file"]
        if t.key == DEBT and not t.title.endswith("余额情况表"):
            assert v(t.rows[0][1]) == sum(v(r[1]) for r in t.rows[1:]), doc["file"]
            assert v(t.rows[1][1]) == m.t(code="231"), doc["file"]
            assert v(t.rows[2][1]) == m.t(code="23203"), doc["file"]


def expectations(tabs):
    return L.expectations([t for t in tabs if t.key != DEBT])


def narrative(doc, tabs, info):
    """rules_s33i's 说明, plus paragraphs on 机关运行经费, 政府采购 and the debt (before the 名词解释)."""
    out, claims = L.narrative(doc, tabs, info)
    u, y = doc["unit"], doc["year"]
    final = doc["kind"] == "final_account"

    def W(x):  # noqa: N802
        return L.wan(x, u)

    add, not_claims = [], []
    if "ops" in info:
        add.append(("（一）机关运行经费", True))
        verb = "支出" if final else "预算安排"
        add.append(
            (
                f"{y}年度本单位机关运行经费{verb}{W(info['ops'])}万元，主要用于办公费、印刷费、水电费、差旅费、"
                "公务用车运行维护费等日常公用经费支出。",
                False,
            )
        )
        claims.append(("operating_costs", None, {"amount": W(info["ops"]).replace(",", "")}))
    if "proc" in info:
        add.append(("（二）政府采购情况", True))
        if final:
            add.append(
                (
                    f"{y}年度本单位政府采购支出总额{W(info['proc'])}万元，其中：政府采购货物支出、工程支出和服务支出"
                    "详见政府采购情况表。",
                    False,
                )
            )
        else:
            add.append((f"{y}年度本单位政府采购预算总额{W(info['proc'])}万元。", False))
        claims.append(("procurement_total", None, {"amount": W(info["proc"]).replace(",", "")}))
    if doc.get("debt"):
        sp = doc["debt"]
        begin = d(sp["balance"]["一般"][0])
        add.append(("（三）政府债务情况", True))
        add.append(
            (
                f"截至{y - 1}年末，本级政府一般债务余额{W(begin)}万元，全部为{sp['purpose']}，"
                f"债务还本付息资金已足额纳入{y}年度预算。",
                False,
            )
        )
        not_claims.append((f"一般债务余额{W(begin)}", W(begin).replace(",", ""), "a debt balance, no claim"))
    if add:
        i = next(i for i, (text, h) in enumerate(out) if h and text.startswith("第四部分"))
        out[i:i] = [("其他重要事项的情况说明", True)] + add
    return out, claims, not_claims
