"""Writes the eight rules_s31b reports from the Table objects of rules_s31b_data.py (the figures typed there).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s31b/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s31b_data import BUILT  # noqa: E402
from s31b_build import W, pct  # noqa: E402
from s31b_lib import FUNC, Z, d, ljust, render_layout, render_plain, rjust, width  # noqa: E402

CW, NW, VW = 9, 22, 12


def split_word(h):
    if width(h) <= 6:
        return h, ""
    n = (len(h) + 1) // 2
    return h[:n], h[n:]


def headers(doc, kind, t):
    layout = doc["mode"] == "layout"
    if t.kind == "two":
        if kind == "IES":
            cols = ["项目", "预算数", "项目", "预算数"]
        else:
            cols = ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
        if not layout:
            return ["收入 支出", " ".join(cols)]
        lw, vw, rw = 20, VW, 20
        l1 = " " + ljust(" " * 14 + "收入", lw + vw + 2) + " " * 14 + "支出"
        l2 = (
            " "
            + ljust(ljust(" " * 12 + "项目", lw) + rjust("预算数", vw), lw + vw + 2)
            + ljust(" " * 12 + "项目", rw)
        )
        l2 += "".join(rjust(c, vw) for c in cols[3:]) if kind == "FS" else rjust("预算数", vw)
        return [l1, l2]
    if t.kind == "sangong_row":
        if getattr(t, "cols", None):
            return ["项目 预算数"] if not layout else [" " + ljust("项目", 36) + rjust("预算数", VW)]
        if not layout and None in t.sg_keys:
            y = doc["year"]
            one = "合计 因公出国（境）费 公务用车购置及运行费 公务接待费"
            return [f"{y - 1}年预算数 {y}年预算数", f"{one} {one}", "小计 购置费 运行费 小计 购置费 运行费"]
        if not layout:
            lead = "项目 " if t.rows[-1][0] else ""
            return [
                lead + "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
                "小计 公务用车购置费 公务用车运行维护费",
            ]
        return [
            " " + " " * (16 + VW * 2 + 13) + "公务用车购置及运行费",
            " "
            + ljust("项目", 16)
            + rjust("合计", VW)
            + rjust("因公出国（境）费", VW)
            + rjust("小计", VW)
            + rjust("购置费", VW)
            + rjust("运行维护费", VW)
            + rjust("公务接待费", VW),
        ]
    if kind == "PROC":
        return (
            ["采购项目 计量单位 数量 金额"]
            if not layout
            else [" " + ljust("采购项目", CW + NW) + rjust("金额", VW)]
        )
    if kind == "PERF":
        return []
    cols = [h for h, _ in t.cols] if t.cols else ["合计", "基本支出", "项目支出"]
    first = ["项目名称"] if kind == "PROJ" else ["科目编码", "科目名称"]
    if kind == "GBB":
        first = ["经济分类科目编码", "科目名称"]
    if not layout:
        if kind == "INC" and doc["province"] == "江苏":  # header cells broken mid-word
            tops, bots = zip(*(split_word(h) for h in cols))
            return [" ".join(first + list(tops)), " ".join(b for b in bots if b)]
        if kind == "GB" and doc.get("gb_prior"):
            y = doc["year"]
            return [
                f"科目编码 科目名称 {y - 1}年预算数 {y}年预算数 增减变化情况",
                "合计 基本支出 项目支出 增减额 增减%",
            ]
        return [" ".join(first + cols)]
    if getattr(t, "split_codes", False):
        return [" " + ljust("类   款 项", 13) + ljust("科目名称", NW) + "".join(rjust(h, VW) for h in cols)]
    if getattr(t, "proj_coded", False):
        return [
            " "
            + ljust("科目编码", CW)
            + ljust("科目名称", 14)
            + ljust("项目名称", NW + 10)
            + "".join(rjust(h, VW) for h in cols)
        ]
    if doc.get("gb_prior") and kind == "GB":
        l1 = (
            " "
            + " " * (CW + NW)
            + rjust("2022年", VW)
            + " " * VW
            + rjust("2023年预算数", VW)
            + " " * (VW * 2)
        )
        l2 = (
            " "
            + ljust("科目编码", CW)
            + ljust("科目名称", NW)
            + rjust("执行数", VW)
            + rjust("合计", VW)
            + rjust("基本支出", VW)
            + rjust("项目支出", VW)
            + rjust("增减额", VW)
            + rjust("增减%", VW)
        )
        return [l1, l2]
    tops, bots = zip(*(split_word(h) for h in cols))
    l1 = (
        " "
        + ljust(first[0], CW if kind != "PROJ" else CW + NW)
        + (ljust(first[1], NW) if kind != "PROJ" else "")
    )
    l1 += "".join(rjust(x, VW) for x in tops)
    lines = [l1]
    if any(bots):
        lines.append(" " + " " * (CW + NW) + "".join(rjust(x, VW) for x in bots))
    return lines


def narrative(doc, m, tables, e, sv):
    u, y, org = doc["unit"], doc["year"], doc["org"]
    s = doc["scope"]
    other = doc.get("other")
    fiscal = m.t("fiscal")
    ops = sum((v for k, v in e.items() if k.startswith("302")), Z)
    parts = [f"一般公共预算拨款收入{W(m.t('gp'), u)}万元"]
    if m.t("gf"):
        parts.append(f"政府性基金预算拨款收入{W(m.t('gf'), u)}万元")
    if other and m.t("ot"):
        parts.append(f"{other}{W(m.t('ot'), u)}万元")
    st = doc["narrative_style"]
    basic = m.t("basic")
    # PLANTED (hb): 基本支出 stated 18.00 万元 above the tables
    basic_said = W(basic + D(18), u) if st == "hb" else W(basic, u)
    inc_prior = {
        "js": "126.40",
        "hn": "86,420.00",
        "fj": "95.30",
        "yn": "-210.60",
        "hb": "312.00",
        "gx": "845.20",
        "cq": "128.60",
        "tj": "-18.40",
    }[st]
    delta = d(inc_prior)
    prior_total = m.t("all") - delta
    change = "增加" if delta > 0 else "减少"
    dw = W(abs(delta), u)
    rate = pct(abs(delta), prior_total)
    L = []
    L.append(f"第一部分 {org}概况")
    L.append("一、主要职能")
    L.append(
        f"{org}是{'区（县）政府工作部门' if s == '部门' else '公益一类事业单位'}，主要负责本行业领域的政策执行、"
    )
    L.append("公共服务和监督管理工作，完成上级交办的其他任务。")
    L.append("二、机构设置")
    if s == "部门":
        L.append(f"纳入{y}年部门预算编制范围的单位共2个，包括：局机关及所属事业单位1个。")
    else:
        L.append(f"本单位为独立核算的单位，内设科室4个，{y}年末在编人数38人。")
    L.append("")
    L.append(f"第二部分 {org}{y}年{s}预算情况说明")
    L.append("一、收支预算总体情况")
    L.append(
        f"{org}{y}年收入总计{W(m.t('all'), u)}万元，支出总计{W(m.t('all'), u)}万元，与上年相比收支总预算{change}"
    )
    L.append(f"{dw}万元，{'增长' if delta > 0 else '下降'}{rate}%。收入预算中：{'，'.join(parts)}。")
    L.append(
        f"支出预算中：基本支出{basic_said}万元，占{pct(basic, m.t('all'))}%；项目支出{W(m.t('project'), u)}万元，"
    )
    L.append(f"占{pct(m.t('project'), m.t('all'))}%。")
    L.append("二、财政拨款收支预算情况")
    L.append(
        f"{y}年财政拨款收支总预算{W(fiscal, u)}万元。收入包括：一般公共预算拨款{W(m.t('gp'), u)}万元"
        f"{'，政府性基金预算拨款' + W(m.t('gf'), u) + '万元' if m.t('gf') else ''}。"
    )
    L.append("三、一般公共预算拨款支出预算情况")
    if st == "fj":  # PLANTED: the increase stated 5.12%, the tables give 4.91%
        prior = sum((d(x) for x in doc["gb_prior"].values()), Z)
        L.append(
            f"{y}年一般公共预算拨款支出{W(m.t('gp'), u)}万元，比{y - 1}年执行数增加{W(m.t('gp') - prior, u)}万元，"
        )
        L.append("增长5.12%。主要原因是群众文化活动和图书馆免费开放经费增加。")
    else:
        L.append(
            f"{y}年一般公共预算拨款支出{W(m.t('gp'), u)}万元，其中：基本支出{W(m.t('gp_b'), u)}万元，项目支出"
        )
        L.append(f"{W(m.t('gp_p'), u)}万元。")
    L.append("主要用于以下方面：")
    for i, c in enumerate(m.classes("gp"), 1):
        L.append(f"{i}.{FUNC[c]}（类）{W(m.t('gp', c), u)}万元，占{pct(m.t('gp', c), m.t('gp'))}%。")
    big = max((k for k in m.L if m.t("gp", k)), key=lambda k: m.t("gp", k))
    L.append(
        f"其中{FUNC[big[:3]]}（类）{FUNC[big[:5]]}（款）{FUNC[big]}（项）{W(m.t('gp', big), u)}万元，为占比最大的项。"
    )
    L.append("四、一般公共预算基本支出预算情况")
    L.append(
        f"{y}年一般公共预算基本支出{W(m.t('gp_b'), u)}万元，其中：人员经费"
        f"{W(m.t('gp_b') - ops, u)}万元，主要包括基本工资、津贴补贴、"
    )
    L.append(
        f"绩效工资、社会保障缴费、住房公积金等；公用经费{W(ops, u)}万元，主要包括办公费、水电费、差旅费、"
    )
    L.append("维修（护）费、工会经费等。")
    L.append("五、“三公”经费预算情况")
    L.append(
        f"{y}年“三公”经费预算{W(sv['total'], u)}万元，其中：因公出国（境）费{W(sv['outbound'], u)}万元；公务用车购置及"
    )
    L.append(
        f"运行费{W(sv['vehicle'], u)}万元（其中公务用车购置费{W(sv['vehicle_purchase'], u)}万元，公务用车运行维护费"
        f"{W(sv['vehicle_operation'], u)}万元）；"
    )
    L.append(f"公务接待费{W(sv['reception'], u)}万元。")
    L.append("六、政府性基金预算支出情况")
    if m.t("gf"):
        k = next(c for c in m.L if m.t("gf", c))
        L.append(
            f"{y}年政府性基金预算拨款支出{W(m.t('gf'), u)}万元，全部为{FUNC[k]}（项），主要用于项目建设。"
        )
    else:
        L.append(f"本{'部门' if s == '部门' else '单位'}{y}年没有使用政府性基金预算拨款安排的支出。")
    L.append("七、其他重要事项的情况说明")
    L.append(f"（一）机关运行经费。{y}年机关运行经费预算{W(ops, u)}万元，主要保障机构正常运转。")
    proc = "186.00" if st == "yn" else ("0" if st in ("tj", "cq") else "48.50")
    if proc == "0":
        L.append(f"（二）政府采购情况。{y}年本{'部门' if s == '部门' else '单位'}未安排政府采购预算。")
    else:
        L.append(
            f"（二）政府采购情况。{y}年政府采购预算总额{proc}万元，其中：政府采购货物预算"
            f"{'126.00' if st == 'yn' else '20.50'}万元，政府采购服务预算{'60.00' if st == 'yn' else '28.00'}万元。"
        )
    L.append(
        "（三）国有资产占用情况。截至上年末，共有车辆2辆，其中：一般公务用车1辆、执法执勤用车1辆；单位价值"
    )
    L.append("50万元以上通用设备0台（套）。")
    L.append(
        f"（四）绩效目标设置情况。{y}年实行绩效目标管理的项目{len(doc.get('projects', [])) or 5}个，涉及一般公共预算"
    )
    L.append(f"拨款{W(m.t('gp_p'), u)}万元。")
    return L


def contents(doc, tables):
    L = [
        "目  录",
        f"第一部分 {doc['org']}概况",
        f"第二部分 {doc['year']}年{doc['scope']}预算情况说明",
        f"第三部分 {doc['year']}年{doc['scope']}预算表",
    ]
    for i, kind in enumerate(doc["order"]):
        t = tables[kind]
        lab = t.label.strip()
        L.append(f"    {lab} {t.title}" + (" …………………… " + str(10 + i) if doc["mode"] == "layout" else ""))
    return L


def write(doc, m, tables, e, sv):
    layout = doc["mode"] == "layout"
    for kind in doc.get("split_codes", []):
        tables[kind].split_codes = True
    for kind, n in doc.get("title_wrap", {}).items():
        tables[kind].title_wrap = n
    for kind, (code, i, text) in doc.get("stray", {}).items():  # a stray space inside one printed figure
        rows = tables[kind].rows
        j = next(j for j, r in enumerate(rows) if r[0] == code)
        vals = list(rows[j][2])
        assert vals[i].replace(",", "") == text.replace(",", "").replace(" ", ""), (code, vals[i], text)
        vals[i] = text
        rows[j] = (rows[j][0], rows[j][1], vals)
    for kind, t in tables.items():
        if t.header is None:
            t.header = headers(doc, kind, t)
    pages = []
    cn_year = "".join("〇一二三四五六七八九"[int(ch)] for ch in str(doc["year"] - 1))
    cover = ["", "", f"{doc['org']}", f"{doc['year']}年{doc['scope']}预算", "", f"{cn_year}年十二月"]
    if layout:
        cover = [" " * 40 + x if x else "" for x in cover]
    pages.append("\n".join(cover))
    pages.append("\n".join((" " * 4 + x) if layout else x for x in contents(doc, tables)))
    nar = narrative(doc, m, tables, e, sv)
    nar_pages = ["\n".join(nar[:20]), "\n".join(nar[20:])]
    tab_pages = []
    pno = len(pages) + len(nar_pages) + 1 if doc["narrative_style"] != "hn" else len(pages) + 1
    for kind in doc["order"]:
        t = tables[kind]
        if layout:
            if t.kind == "two":
                widths = (20, VW, 20)
            elif t.kind == "sangong_row":
                widths = (16, VW) if not getattr(t, "cols", None) else (36, VW)
            elif getattr(t, "proj_coded", False):
                widths = (CW, NW + 24, VW)
            elif kind == "PROJ":
                widths = (0, CW + NW, VW)
            elif getattr(t, "split_codes", False):
                widths = (13, NW, VW)
            else:
                widths = (CW, NW, VW)
            ps = render_layout(t, pno, widths)
        else:
            ps = render_plain(t, pno)
        if doc.get("running"):
            ps = [doc["running"] + "\n" + p for p in ps]
        tab_pages += ps
        pno += len(ps)
    head = [f"第三部分 {doc['org']}{doc['year']}年{doc['scope']}预算表"]
    tab_pages[0] = "\n".join(head) + "\n" + tab_pages[0]
    # Hunan prints the tables before the 说明
    body = tab_pages + nar_pages if doc["narrative_style"] == "hn" else nar_pages + tab_pages
    text = "\n\f".join(pages + body) + "\n\f"
    (HERE / doc["file"]).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    for file, (doc, m, tables, e, sv) in BUILT.items():
        write(doc, m, tables, e, sv)
        print("wrote", file)
