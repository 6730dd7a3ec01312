"""Writes the seven reports of rules_s28n from the leaf figures typed below (万元).

Tables are summed here from the leaves so that every identity holds except the misstatements planted on
purpose (PLANTED, C's 2024 final account only); the narratives are typed by hand, figures included.
The expectations (expected.py) are typed by hand from the documents, not computed from this file.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s28n/gen.py
"""

from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent

FUNC = {
    "201": "一般公共服务支出",
    "20105": "统计信息事务",
    "2010501": "行政运行",
    "2010502": "一般行政管理事务",
    "2010507": "专项普查活动",
    "2010508": "统计抽样调查",
    "20126": "档案事务",
    "2012604": "档案馆",
    "2012699": "其他档案事务支出",
    "204": "公共安全支出",
    "20406": "司法",
    "2040601": "行政运行",
    "2040604": "基层司法业务",
    "2040605": "普法宣传",
    "2040607": "法律援助",
    "2040610": "社区矫正",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
}
ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30110": "职工基本医疗保险缴费",
    "30113": "住房公积金",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30217": "公务接待费",
    "30228": "工会经费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30305": "生活补助",
}
CN_NUM = "一二三四五六七八九十"


def d(x):
    return D(str(x))


def fmt(x):
    return f"{d(x):,.2f}"


# leaves: code -> (basic from 一般公共预算, project from 一般公共预算, basic from 事业收入)
DOCS = {}


def add(key, **kw):
    DOCS[key] = kw


def tree(leaves, part):
    """code -> amount for 类, 款, 项 from the leaves; part(leaf tuple) -> amount."""
    out = {}
    for code, vals in leaves.items():
        for c in (code[:3], code[:5], code):
            out[c] = out.get(c, D(0)) + part(vals)
    return out


def ordered_codes(leaves):
    codes = []
    for code in leaves:
        for c in (code[:3], code[:5], code):
            if c not in codes:
                codes.append(c)
    return codes


def classes(leaves):
    return [c for c in ordered_codes(leaves) if len(c) == 3]


def gb(v):
    return v[0] + v[1]


def allf(v):
    return v[0] + v[1] + v[2]


def basic_all(v):
    return v[0] + v[2]


def project(v):
    return v[1]


def other(v):
    return v[2]


def override(doc, table, key, cells):
    return doc.get("planted", {}).get((table, key), cells)


def cover_and_toc(doc):
    unit, year, kind, scope = doc["unit"], doc["year"], doc["kind"], doc["scope"]
    word = "预算" if kind == "budget" else "决算"
    out = [unit, f"{year}年度{scope}{word}" if kind == "final" else f"{year}年{scope}{word}", ""]
    if doc.get("supervisor"):
        out += [f"主管部门：{doc['supervisor']}", ""]
    out += [doc["date"], ""]
    return out


def final_tables(doc):
    L, _eco, sg, unit = doc["leaves"], doc["econ"], doc["sangong"], doc["unit"]
    codes = ordered_codes(L)
    t_all, t_gb = tree(L, allf), tree(L, gb)
    t_basic, t_proj, t_other = tree(L, basic_all), tree(L, project), tree(L, other)
    t_gb_basic = tree(L, lambda v: v[0])
    tot_all = sum(allf(v) for v in L.values())
    tot_gb = sum(gb(v) for v in L.values())
    tot_other = sum(other(v) for v in L.values())
    tot_basic = sum(basic_all(v) for v in L.values())
    tot_proj = sum(project(v) for v in L.values())
    tot_gb_basic = sum(v[0] for v in L.values())
    z = "0.00"
    out = []
    # 1 收入支出决算总表
    out += [
        "收入支出决算总表",
        "公开01表",
        f"编制单位：{unit} 单位：万元",
        "收入 支出",
        "项目 金额 项目 金额",
    ]
    left = [
        ("一、一般公共预算财政拨款收入", tot_gb),
        ("二、政府性基金预算财政拨款收入", 0),
        ("三、国有资本经营预算财政拨款收入", 0),
        ("四、上级补助收入", 0),
        ("五、事业收入", tot_other),
        ("六、经营收入", 0),
        ("七、附属单位上缴收入", 0),
        ("八、其他收入", 0),
    ]
    right = [(f"{CN_NUM[i]}、{FUNC[c]}", t_all[c]) for i, c in enumerate(classes(L))]
    for i in range(max(len(left), len(right))):
        cells = []
        if i < len(left):
            cells += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            cells += [right[i][0], fmt(right[i][1])]
        out.append(" ".join(cells))
    row = override(doc, "summary", "本年支出合计", fmt(tot_all))
    out += [
        f"本年收入合计 {fmt(tot_all)} 本年支出合计 {row}",
        f"使用非财政拨款结余 {z} 结余分配 {z}",
        f"年初结转和结余 {z} 年末结转和结余 {z}",
        f"总计 {fmt(tot_all)} 总计 {fmt(tot_all)}",
        "注：本表反映部门本年度的总收支和年末结转结余情况。",
        "",
    ]
    # 2 收入决算表
    out += [
        "收入决算表",
        "公开02表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入",
        f"合计 {fmt(tot_all)} {fmt(tot_gb)} {z} {fmt(tot_other)} {z} {z} {z}",
    ]
    for c in codes:
        out.append(f"{c} {FUNC[c]} {fmt(t_all[c])} {fmt(t_gb[c])} {z} {fmt(t_other[c])} {z} {z} {z}")
    out += ["注：本表反映部门本年度取得的各项收入情况。", ""]
    # 3 支出决算表
    out += [
        "支出决算表",
        "公开03表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出",
        f"合计 {fmt(tot_all)} {fmt(tot_basic)} {fmt(tot_proj)} {z} {z} {z}",
    ]
    for c in codes:
        cells = override(doc, "expenditure", c, f"{fmt(t_all[c])} {fmt(t_basic[c])} {fmt(t_proj[c])}")
        out.append(f"{c} {FUNC[c]} {cells} {z} {z} {z}")
    out += ["注：本表反映部门本年度各项支出情况。", ""]
    # 4 财政拨款收入支出决算总表
    out += [
        "财政拨款收入支出决算总表",
        "公开04表",
        f"编制单位：{unit} 单位：万元",
        "收入 支出",
        "项目 金额 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款",
    ]
    left = [
        ("一、一般公共预算财政拨款", tot_gb),
        ("二、政府性基金预算财政拨款", 0),
        ("三、国有资本经营预算财政拨款", 0),
    ]
    right = [(f"{CN_NUM[i]}、{FUNC[c]}", t_gb[c]) for i, c in enumerate(classes(L))]
    for i in range(max(len(left), len(right))):
        cells = []
        if i < len(left):
            cells += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            cells += [right[i][0], fmt(right[i][1]), fmt(right[i][1]), z, z]
        out.append(" ".join(cells))
    out += [
        f"本年收入合计 {fmt(tot_gb)} 本年支出合计 {fmt(tot_gb)} {fmt(tot_gb)} {z} {z}",
        f"年初财政拨款结转和结余 {z} 年末财政拨款结转和结余 {z} {z} {z} {z}",
        f"总计 {fmt(tot_gb)} 总计 {fmt(tot_gb)} {fmt(tot_gb)} {z} {z}",
        "注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。",
        "",
    ]
    # 5 一般公共预算财政拨款支出决算表
    out += [
        "一般公共预算财政拨款支出决算表",
        "公开05表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 本年支出合计 基本支出 项目支出",
        f"合计 {fmt(tot_gb)} {fmt(tot_gb_basic)} {fmt(tot_proj)}",
    ]
    for c in codes:
        out.append(f"{c} {FUNC[c]} {fmt(t_gb[c])} {fmt(t_gb_basic[c])} {fmt(t_proj[c])}")
    out += ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", ""]
    # 6 一般公共预算财政拨款基本支出决算表
    out += economic_table(doc, "一般公共预算财政拨款基本支出决算表", "公开06表", "本年基本支出", tot_gb_basic)
    out += ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", ""]
    # 7 三公
    b, a = sg["budget"], sg["actual"]
    out += [
        "财政拨款“三公”经费支出决算表",
        "公开07表",
        f"编制单位：{unit} 单位：万元",
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费",
        "预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数",
    ]
    cells = []
    for x, y in zip(sangong_row(b), sangong_row(a)):
        cells += [fmt(x), fmt(y)]
    out += [
        " ".join(cells),
        "注：本表反映部门本年度“三公”经费支出预算及决算情况。预算数为“三公”经费年初预算数。",
        "",
    ]
    # 8, 9 empty
    out += [
        "政府性基金预算财政拨款收入支出决算表",
        "公开08表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 年初结转和结余 本年收入 本年支出 年末结转和结余",
        f"注：本部门{doc['year']}年度无政府性基金预算财政拨款收入和支出，故本表无数据。",
        "",
        "国有资本经营预算财政拨款支出决算表",
        "公开09表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 本年支出合计 基本支出 项目支出",
        f"注：本部门{doc['year']}年度无国有资本经营预算财政拨款支出，故本表无数据。",
        "",
    ]
    # self-check of the hand-typed totals
    assert tot_all == d(doc["check"]["total"]), (doc["unit"], tot_all)
    assert tot_gb == d(doc["check"]["gb"]), (doc["unit"], tot_gb)
    return out


def sangong_row(s):
    veh = s["purchase"] + s["operation"]
    return [
        s["outbound"] + veh + s["reception"],
        s["outbound"],
        veh,
        s["purchase"],
        s["operation"],
        s["reception"],
    ]


def economic_table(doc, title, label, head, expected_total):
    eco, unit = doc["econ"], doc["unit"]
    classes_ = [c for c in eco if len(c) == 3]
    persons = sum(v for c, v in eco.items() if c in ("301", "303"))
    public = sum(v for c, v in eco.items() if c == "302")
    total = persons + public
    assert total == expected_total, (unit, total, expected_total)
    for c in classes_:
        kids = sum(v for k, v in eco.items() if len(k) == 5 and k.startswith(c))
        assert kids == eco[c], (unit, c, kids, eco[c])
    out = [
        title,
        label,
        f"编制单位：{unit} 单位：万元",
        f"科目编码 科目名称 {head}合计 人员经费 公用经费",
        f"合计 {fmt(total)} {fmt(persons)} {fmt(public)}",
    ]
    for c, v in eco.items():
        cells = f"{fmt(v)} 0.00 {fmt(v)}" if c[:3] == "302" else f"{fmt(v)} {fmt(v)} 0.00"
        cells = doc.get("planted", {}).get(("basic", c), cells)
        out.append(f"{c} {ECON[c]} {cells}")
    return out


def budget_tables(doc):
    L, unit = doc["leaves"], doc["unit"]
    codes = ordered_codes(L)
    t_all, t_gb = tree(L, allf), tree(L, gb)
    t_basic, t_proj, t_other = tree(L, basic_all), tree(L, project), tree(L, other)
    t_gb_basic = tree(L, lambda v: v[0])
    tot_all = sum(allf(v) for v in L.values())
    tot_gb = sum(gb(v) for v in L.values())
    tot_other = sum(other(v) for v in L.values())
    tot_basic = sum(basic_all(v) for v in L.values())
    tot_proj = sum(project(v) for v in L.values())
    tot_gb_basic = sum(v[0] for v in L.values())
    z = "0.00"
    y = doc["year"]
    out = []
    out += [
        f"表1 {unit}{y}年收支预算总表",
        "",
        f"编制单位：{unit} 单位：万元",
        "收入 支出",
        "项目 预算数 项目 预算数",
    ]
    left = [
        ("一、一般公共预算拨款收入", tot_gb),
        ("二、政府性基金预算拨款收入", 0),
        ("三、国有资本经营预算拨款收入", 0),
        ("四、事业收入", tot_other),
        ("五、事业单位经营收入", 0),
        ("六、其他收入", 0),
    ]
    right = [(f"{CN_NUM[i]}、{FUNC[c]}", t_all[c]) for i, c in enumerate(classes(L))]
    for i in range(max(len(left), len(right))):
        cells = []
        if i < len(left):
            cells += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            cells += [right[i][0], fmt(right[i][1])]
        out.append(" ".join(cells))
    out += [
        f"本年收入合计 {fmt(tot_all)} 本年支出合计 {fmt(tot_all)}",
        f"上年结转 {z} 结转下年 {z}",
        f"收入总计 {fmt(tot_all)} 支出总计 {fmt(tot_all)}",
        "",
    ]
    out += [
        f"表2 {unit}{y}年收入预算总表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 合计 上年结转 一般公共预算拨款收入 政府性基金预算拨款收入 国有资本经营预算拨款收入 事业收入 事业单位经营收入 其他收入",
        f"合计 {fmt(tot_all)} {z} {fmt(tot_gb)} {z} {z} {fmt(tot_other)} {z} {z}",
    ]
    for c in codes:
        out.append(f"{c} {FUNC[c]} {fmt(t_all[c])} {z} {fmt(t_gb[c])} {z} {z} {fmt(t_other[c])} {z} {z}")
    out.append("")
    out += [
        f"表3 {unit}{y}年支出预算总表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(tot_all)} {fmt(tot_basic)} {fmt(tot_proj)}",
    ]
    for c in codes:
        out.append(f"{c} {FUNC[c]} {fmt(t_all[c])} {fmt(t_basic[c])} {fmt(t_proj[c])}")
    out.append("")
    out += [
        f"表4 {unit}{y}年财政拨款收支预算总表",
        f"编制单位：{unit} 单位：万元",
        "收入 支出",
        "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
    ]
    left = [
        ("一、一般公共预算拨款收入", tot_gb),
        ("二、政府性基金预算拨款收入", 0),
        ("三、国有资本经营预算拨款收入", 0),
    ]
    right = [(f"{CN_NUM[i]}、{FUNC[c]}", t_gb[c]) for i, c in enumerate(classes(L))]
    for i in range(max(len(left), len(right))):
        cells = []
        if i < len(left):
            cells += [left[i][0], fmt(left[i][1])]
        if i < len(right):
            cells += [right[i][0], fmt(right[i][1]), fmt(right[i][1]), z, z]
        out.append(" ".join(cells))
    out += [
        f"本年收入合计 {fmt(tot_gb)} 本年支出合计 {fmt(tot_gb)} {fmt(tot_gb)} {z} {z}",
        f"上年结转 {z} 结转下年 {z} {z} {z} {z}",
        f"收入总计 {fmt(tot_gb)} 支出总计 {fmt(tot_gb)} {fmt(tot_gb)} {z} {z}",
        "",
    ]
    out += [
        f"表5 {unit}{y}年一般公共预算支出表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"合计 {fmt(tot_gb)} {fmt(tot_gb_basic)} {fmt(tot_proj)}",
    ]
    for c in codes:
        out.append(f"{c} {FUNC[c]} {fmt(t_gb[c])} {fmt(t_gb_basic[c])} {fmt(t_proj[c])}")
    out.append("")
    out += economic_table(doc, f"表6 {unit}{y}年一般公共预算基本支出表", "", "", tot_gb_basic)
    out.append("")
    s = sangong_row(doc["sangong"]["budget"])
    out += [
        f"表7 {unit}{y}年一般公共预算“三公”经费支出表",
        f"编制单位：{unit} 单位：万元",
        "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费",
        " ".join(fmt(x) for x in s),
        "",
        f"表8 {unit}{y}年政府性基金预算支出表",
        f"编制单位：{unit} 单位：万元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        f"注：本{doc['scope']}{y}年无政府性基金预算拨款安排的支出，故本表无数据。",
        "",
    ]
    assert tot_all == d(doc["check"]["total"]), (doc["unit"], tot_all)
    assert tot_gb == d(doc["check"]["gb"]), (doc["unit"], tot_gb)
    return out


def leaves(**kw):
    return {code: tuple(d(x) for x in v) for code, v in kw.items()}


def econ(pairs):
    out = {}
    for c, v in pairs:
        out[c] = d(v)
    return out


def sangong(outbound, purchase, operation, reception):
    return dict(outbound=d(outbound), purchase=d(purchase), operation=d(operation), reception=d(reception))


from rules_s28n_docs import define  # noqa: E402  (the per-document figures and narratives)

define(add, leaves, econ, sangong)


def main():
    for key, doc in DOCS.items():
        lines = cover_and_toc(doc) + doc["front"].strip("\n").split("\n") + [""]
        if doc["kind"] == "final":
            body = final_tables(doc)
            lines += [f"第二部分 {doc['unit']}{doc['year']}年度{doc['scope']}决算表"] + body
            lines += doc["narrative"].strip("\n").split("\n")
        else:
            lines += doc["narrative"].strip("\n").split("\n")
            lines += [f"第四部分 {doc['unit']}{doc['year']}年{doc['scope']}预算表"] + budget_tables(doc)
        (HERE / f"{key}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", key)


if __name__ == "__main__":
    main()
