"""The rules_s36c reports: rules_s33c's builder (../rules_s33c/s33c_lib.py, imported, not copied) builds the ordinary
tables of the template and the 说明 from the typed figures; matrices() here adds the tables whose COLUMNS are
classes of the other classification, built from the same typed cross of functional 项 x economic 款:
- "fx": rows = functional codes (类 / 款 / 项), columns = 合计 | economic 类 (departmental 301 302 303 310 312, or
  governmental 501 502 503 505 509), of the 一般公共预算 basic money ("basic"), of every fund's project money ("proj")
  or of both ("all");
- "ef": rows = departmental economic codes (类 301 / 款 30101), columns = 合计 | functional 类 (201 208 210 221 …), of
  the 一般公共预算 basic money.
Header styles: "name" (工资福利支出), "code" (301工资福利支出 in one cell), "split" (301 above 工资福利支出, two header
rows). Expected column keys: econ_<code> for an economic class, func_<code> for a functional 类, total for 合计.
check_matrices() re-adds every matrix both ways (row total = Σ columns, parent row = Σ its children, 合计 row = Σ 类)
and against the ordinary tables (基本支出表 by 类, 一般公共预算支出表 basic, 支出表 total / project), so a typo fails
at import. Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_lib  # noqa: E402
from s33c_lib import ECON, EXP, FUNC, GB, Z, Col, Tab, build, d, fmt, identities, want  # noqa: E402

GOV = {
    "501": "机关工资福利支出",
    "502": "机关商品和服务支出",
    "503": "机关资本性支出（一）",
    "505": "对事业单位经常性补助",
    "509": "对个人和家庭的补助",
}
ECON.update(
    {"30111": "公务员医疗补助缴费", "30399": "其他对个人和家庭的补助", "31007": "信息网络及软件购置更新"}
)
FUNC.update(
    {
        "2070104": "图书馆",
        "2140112": "公路运输管理",
        "2140199": "其他公路水路运输支出",
        "20113": "商贸事务",
        "2011301": "行政运行",
        "2011308": "招商引资",
        "2011350": "事业运行",
        "2011399": "其他商贸事务支出",
        "20703": "体育",
        "2070308": "群众体育",
        "2040650": "事业运行",
        "2101103": "公务员医疗补助",
        "20501": "教育管理事务",
        "2050101": "行政运行",
        "20502": "普通教育",
        "2050299": "其他普通教育支出",
        "20507": "特殊教育",
        "2050701": "特殊学校教育",
        "21001": "卫生健康管理事务",
        "2100101": "行政运行",
        "21004": "公共卫生",
        "2100401": "疾病预防控制机构",
        "2100409": "重大公共卫生服务",
        "20811": "残疾人事业",
        "2081107": "残疾人生活和护理补贴",
    }
)


def parse_cross(spec: str) -> dict:
    return {k: d(v) for k, v in (p.split("=") for p in spec.split())}


def prepare(doc):
    """s33c's leaves and econ from the typed cross: basic {leaf: "款=amount …"} (一般公共预算 basic money),
    proj {leaf: "fund=amount … / class=amount …"} (project money by fund, then by economic 类)."""
    basic = {leaf: parse_cross(s) for leaf, s in doc["basic"].items()}
    pfund, pcls = {}, {}
    for leaf, s in doc.get("proj", {}).items():
        a, b = s.split("/")
        pfund[leaf], pcls[leaf] = parse_cross(a), parse_cross(b)
        assert sum(pfund[leaf].values()) == sum(pcls[leaf].values()), (doc["org"], leaf)
    lines = []
    for leaf in sorted(set(basic) | set(pfund)):
        assert leaf in FUNC and leaf[:5] in FUNC and leaf[:3] in FUNC, leaf
        b = basic.get(leaf, {})
        pe = sum((v for k, v in b.items() if k[:3] in ("301", "303")), Z)
        pu = sum((v for k, v in b.items() if k[:3] not in ("301", "303")), Z)
        parts = [f"gp_pe={pe}"] if pe else []
        parts += [f"gp_pu={pu}"] if pu else []
        parts += [f"{f}_p={v}" for f, v in pfund.get(leaf, {}).items()]
        parts += doc.get("carry", {}).get(leaf, "").split()
        lines.append(" ".join([leaf, *parts]))
    doc["leaves"] = "\n".join(lines)
    econ = {}
    for b in basic.values():
        for k, v in b.items():
            assert k in ECON and k[:3] in ECON, k
            econ[k] = econ.get(k, Z) + v
    doc["econ"] = {k: str(v) for k, v in econ.items() if k not in ("30101", "30201")}
    doc["_cross"] = (basic, pcls, econ)


def gov_class(doc, leaf, k):
    """The governmental class of a departmental 款 on a functional 项: a 事业 unit's wages and goods are 505."""
    c = k[:3]
    if c == "303":
        return "509"
    if leaf in doc.get("shiye", ()):
        assert c in ("301", "302"), (leaf, k)
        return "505"
    return {"301": "501", "302": "502", "310": "503"}[c]


def head_of(code, name, style):
    if style == "name":
        return (name,)
    if style == "code":
        return (f"{code}{name}",)
    return (code, name)


def fx_table(doc, spec, z):
    basic, pcls, _econ = doc["_cross"]
    src, classes = spec["source"], spec["classes"]
    gov = classes[0].startswith("5")
    cell = {}  # leaf -> {class: amount}
    if src in ("basic", "all"):
        for leaf, b in basic.items():
            for k, v in b.items():
                c = gov_class(doc, leaf, k) if gov else k[:3]
                cell.setdefault(leaf, {})[c] = cell.get(leaf, {}).get(c, Z) + v
    if src in ("proj", "all"):
        for leaf, p in pcls.items():
            for c, v in p.items():
                cell.setdefault(leaf, {})[c] = cell.get(leaf, {}).get(c, Z) + v
    for leaf in cell:
        assert set(cell[leaf]) <= set(classes), (doc["org"], spec["title"], leaf, cell[leaf])
    names = GOV if gov else ECON

    def values(code):
        per = [sum((x.get(c, Z) for leaf, x in cell.items() if leaf.startswith(code)), Z) for c in classes]
        return [sum(per, Z), *per]

    codes = sorted({leaf[:n] for leaf in cell for n in (3, 5, 7) if values(leaf)[0]})
    cols = [Col(("合计",), "money", "total")]
    cols += [Col(head_of(c, names[c], spec["head"]), "money", f"econ_{c}") for c in classes]
    t = s33c_lib.coded_table(
        spec["key"],
        spec["title"],
        doc["unit"],
        None,
        cols,
        values,
        z,
        codes,
        total_last=spec.get("last", False),
    )
    t.landscape = len(cols) > 5
    t.src = src
    return t


def ef_table(doc, spec, z):
    basic, _pcls, econ = doc["_cross"]
    classes = sorted({leaf[:3] for leaf in basic})

    def values(code):
        per = [
            sum(
                (v for leaf, b in basic.items() if leaf[:3] == c for k, v in b.items() if k.startswith(code)),
                Z,
            )
            for c in classes
        ]
        return [sum(per, Z), *per]

    codes = sorted(set(econ) | {k[:3] for k in econ})
    rows = [["", "合计", *(fmt(x, z) for x in values(""))]]
    rows += [[c, ECON[c], *(fmt(x, z) for x in values(c))] for c in codes]
    cols = [Col(("部门经济分类科目编码",), "code"), Col(("部门经济分类科目名称",), "name")]
    cols += [Col(("合计",), "money", "total")]
    cols += [Col(head_of(c, FUNC[c], spec["head"]), "money", f"func_{c}") for c in classes]
    exp = []
    for r in rows:
        vals = {c.key: want(r[j]) for j, c in enumerate(cols) if c.key and want(r[j])}
        exp.append((r[0] or None, r[1], vals))
    t = Tab(spec["key"], spec["title"], doc["unit"], cols, rows, exp, kind="mxe", landscape=len(cols) > 6)
    t.src = "ef"
    return t


def matrices(doc, tabs):
    """Insert the doc's matrices in order after the 基本支出表 (or at the end: spec "end")."""
    z = doc["style"].get("zero", "")
    at = next(i for i, x in enumerate(tabs) if x.kind == "econ") + 1
    for spec in doc["mx"]:
        t = fx_table(doc, spec, z) if spec["shape"] == "fx" else ef_table(doc, spec, z)
        if spec.get("end"):
            tabs.append(t)
        else:
            tabs.insert(at, t)
            at += 1
    return tabs


def _v(s):
    return d(s) if s else Z


def check_matrices(name, tabs):
    """Re-add each matrix both ways and against the ordinary tables."""
    by = {t.key: t for t in reversed(tabs)}  # the first table of a key
    eb = next(t for t in tabs if t.kind == "econ")
    eb_rows = {r[0]: _v(r[2]) for r in eb.rows}
    for t in tabs:
        if not hasattr(t, "src"):
            continue
        money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
        body = {r[0]: [_v(r[j]) for j in money] for r in t.rows}
        deepest = 5 if t.src == "ef" else 7
        for c, vals in body.items():
            assert vals[0] == sum(vals[1:]), (name, t.title, c)  # row total = Σ columns
            step = {0: 3, 3: 5, 5: 7}[len(c)] if len(c) < deepest else None
            kids = [k for k in body if k and len(k) == step and k.startswith(c)]
            assert bool(kids) == (step is not None), (name, t.title, c)
            for i in range(len(vals)):  # column: parent = Σ children, 合计 = Σ 类
                assert not kids or sum(body[k][i] for k in kids) == vals[i], (name, t.title, c, i)
        heads = [t.cols[j] for j in money]
        if (
            t.src == "ef"
        ):  # each column = the 一般公共预算 table's basic of that 类; each row = the 基本支出表's
            gb = {r[0]: _v(r[3]) for r in by[GB].rows}
            for i, col in enumerate(heads[1:], 1):
                assert body[""][i] == gb[col.key[5:]], (name, t.title, col.key)
            for c, vals in body.items():
                assert vals[0] == eb_rows[c], (name, t.title, c)
            continue
        ref = {"basic": (GB, 3), "all": (EXP, 2), "proj": (EXP, 4)}[t.src]
        own = {r[0]: _v(r[ref[1]]) for r in by[ref[0]].rows}
        for c, vals in body.items():
            assert vals[0] == own[c], (name, t.title, c)  # row = the ordinary table's row
        if t.src == "basic" and heads[1].key.startswith("econ_3"):
            for i, col in enumerate(heads[1:], 1):  # column = the 基本支出表's 类
                assert body[""][i] == eb_rows.get(col.key[5:], Z), (name, t.title, col.key)
    return True


def make(name, doc):
    prepare(doc)
    tabs, info = build(doc)
    identities(name, doc, tabs, info)
    assert {k: v for k, v in info["e"].items()} == doc["_cross"][2], name  # s33c's rests = the typed cross
    tabs = matrices(doc, tabs)
    check_matrices(name, tabs)
    return tabs, info


def narrative(doc, tabs, info):
    """rules_s33c's 说明, with a paragraph on the basic money by economic class (the matrices' column totals) under
    the 一般公共预算 section: no claim kind records it (no expectation)."""
    out, claims = s33c_lib.narrative(doc, tabs, info)
    basic, _pcls, econ = doc["_cross"]
    u, y = doc["unit"], doc["year"]

    def w(x):
        return s33c_lib.wan(x, u)

    cls = {}
    for k, v in econ.items():
        cls[k[:3]] = cls.get(k[:3], Z) + v
    pe = cls.get("301", Z) + cls.get("303", Z)
    total = sum(cls.values(), Z)
    parts = "，".join(f"{ECON[c]}{w(v)}万元" for c, v in sorted(cls.items()))
    text = (
        f"{y}年{'度' if doc['kind'] == 'final_account' else ''}一般公共预算基本支出{w(total)}万元，按部门预算支出经济分类："
        f"{parts}。其中，人员经费{w(pe)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
        f"职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、生活补助等；公用经费{w(total - pe)}万元，主要包括办公费、"
        "水费、电费、邮电费、差旅费、维修（护）费、公务接待费、工会经费、公务用车运行维护费、办公设备购置等。"
    )
    if any(s.get("classes", ("",))[0].startswith("5") for s in doc["mx"]):
        gov = {}
        for leaf, b in basic.items():
            for k, v in b.items():
                g = gov_class(doc, leaf, k)
                gov[g] = gov.get(g, Z) + v
        text += (
            "按政府预算支出经济分类："
            + "，".join(f"{GOV[c]}{w(v)}万元" for c, v in sorted(gov.items()))
            + "。"
        )
    at = next(i for i, (t, h) in enumerate(out) if h and "一般公共预算" in t and "三公" not in t) + 2
    out.insert(at, (text, False))
    return out, claims
