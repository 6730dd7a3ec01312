"""Expected readings of the rules_s31e inputs: ten reports whose structure is harder than one unit's nine
tables (部门 reports printing every table for the department and again for each unit, a 单位构成 list, two
reports in one file, 上年结转 / 财政专户 / 事业收入 columns mostly blank, 政府采购 / 绩效目标 / 政府购买服务
tables, final accounts with 机关运行经费, 政府采购情况, 国有资产占用 and 项目支出绩效自评 tables).

The money is typed below per unit as functional 项 (leaves) split (gp_b, gp_p, gf_p, ot_b, ot_p) (s31e_lib.py),
with each unit's 基本支出 economic items, 三公 figures, procurement items, self-evaluation funds rows; s31e_build.py
sums the tables from them and gen.py prints the very Tab objects the expectations are read from (never the
parser's output). _identities() re-adds every printed table from its printed strings at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables; plus meta (unit_name, doc_kind, fiscal_year, scope: checked by check.py) and claims
(project_execution: (project, budget, actual, rate %, unit)). A second table of one kind gets the key suffix _2,
_3 … in document order (parser/__init__.py). A second report in the file (another body's, or the same body's
other year) is, by the parser's documented behaviour (metadata.second_report_at), not read: its tables are not
expected, any figure loaded from it is SPURIOUS. Tables without money (绩效目标, 政府购买服务) are expected
present with no figure; 国有资产占用情况表 (counts and 原值) has no table key: nothing of it may be loaded.
"""

from __future__ import annotations

from decimal import Decimal as D

from s31e_build import (
    EXP,
    GB,
    INC,
    OC,
    PERF,
    PROC,
    PS,
    SG,
    Money,
    add_econ,
    basic_econ,
    econ_of,
    expenditure,
    general,
    income,
    income_final,
    sangong,
    summary,
    text_table,
)
from s31e_lib import ECON, Tab, expect, fmt, identities

WAN, YUAN = "万元", "元"


def cover(org, year, kind="部门预算"):
    return [org, f"{year}年{kind}", ""]


def proc_table(title, unit, cats, f=fmt, **kw):
    """政府采购预算表: cats = [(category, [(item, measure, qty, amount)])]; 合计 first."""
    rows = []
    total = D(0)
    for cat, items in cats:
        s = sum((D(a) for *_, a in items), D(0))
        total += s
        rows.append((cat, "", "", f(s)))
        rows += [(n, ms, q, f(D(a))) for n, ms, q, a in items]
    return Tab(PROC, title, unit, "proc", rows=[("合计", "", "", f(total)), *rows], **kw)


def selfeval(title, org, projects, layout, year):
    """项目支出绩效自评表 blocks: (name, 年初预算数, 全年预算数, 全年执行数, 执行率 as printed, 分值, 得分,
    indicators [(一级, 二级, 三级, 指标值, 完成值, 分值, 得分)])."""
    lines = [f"（{year}年度）"]
    claims = []
    for name, initial, full, actual, rate, weight, points, inds in projects:
        cells = ["年度资金总额", initial, full, actual, weight, rate, points]
        if layout:
            lines += [
                " " + "项目名称".ljust(16) + name,
                " " + "主管部门".ljust(16) + org.ljust(30) + "实施单位".ljust(10) + org,
                " "
                + "项目资金（万元）".ljust(16)
                + "".join(
                    h.rjust(12) for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                ),
                " " + "".ljust(16) + cells[0].ljust(10) + "".join(c.rjust(12) for c in cells[1:]),
                " "
                + "".ljust(16)
                + "其中：当年财政拨款".ljust(10)
                + "".join(c.rjust(12) for c in (initial, full, actual, "—", "—", "—")),
                " " + "".ljust(16) + "上年结转资金".ljust(10) + "".join("—".rjust(12) for _ in range(6)),
            ]
        else:
            lines += [
                f"项目名称 {name}",
                f"主管部门 {org} 实施单位 {org}",
                "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
                " ".join(c for c in cells if c),
                " ".join(c for c in ("其中：当年财政拨款", initial, full, actual, "—", "—", "—") if c),
                "上年结转资金 — — — — — —",
            ]
        lines += [
            "年度总体目标 预期目标 实际完成情况",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        ]
        for ind in inds:
            lines.append((" " if layout else "") + " ".join(ind))
        budget = full or initial
        claims.append((name, budget, actual, rate.rstrip("%"), WAN))
    return Tab(PERF, title, WAN, "selfeval", lines=lines, claims=claims)


def assets(title, layout):
    rows = [
        ("房屋（平方米）", "2,860.00", "1,245.30"),
        ("车辆（辆）", "6", "186.40"),
        ("其中：应急保障车辆", "4", "142.20"),
        ("单价50万元以上通用设备（台、套）", "2", "118.60"),
        ("单价100万元以上专用设备（台、套）", "1", "126.00"),
    ]
    if layout:
        lines = [" " + "项目".ljust(34) + "数量".rjust(12) + "原值".rjust(14)]
        lines += [" " + a.ljust(34) + b.rjust(12) + c.rjust(14) for a, b, c in rows]
    else:
        lines = ["项目 数量 原值"] + [" ".join(r) for r in rows]
    return Tab(None, title, WAN, "text", lines=lines)


def proc_final(title, layout, plan, real):
    """政府采购情况表 (final): units as rows, 计划 | 实际 (合计 货物 工程 服务) as columns."""
    heads = ("合计", "货物", "工程", "服务")
    rows = [("合计", plan, real)]
    cells = lambda vs: [fmt(D(v), zero="0.00") for v in [sum(D(x) for x in vs), *vs]]  # noqa: E731
    if layout:
        lines = [
            " " + "".ljust(24) + "政府采购计划金额".center(48) + "政府采购实际金额".center(48),
            " " + "单位名称".ljust(24) + "".join(h.rjust(12) for h in heads) * 2,
        ]
        lines += [" " + n.ljust(24) + "".join(c.rjust(12) for c in cells(p) + cells(r)) for n, p, r in rows]
    else:
        lines = ["单位名称 政府采购计划金额 政府采购实际金额", " ".join(heads * 2)]
        lines += [" ".join([n, *cells(p), *cells(r)]) for n, p, r in rows]
    t = Tab(PROC, title, WAN, "text", lines=lines)
    p, r = cells(plan), cells(real)
    t.kind = "sangong"  # rows typed as expectations
    t.rows = [
        (
            None,
            name,
            {"total@budget": pv + ("?" if D(pv) == 0 else ""), "total": rv + ("?" if D(rv) == 0 else "")},
        )
        for name, pv, rv in zip(heads, p, r, strict=True)
    ]
    return t


DOCS = []

# ============================================================================ e01 四川 department + units
_E01_UNITS = {
    "成都市武侯区文化广电旅游局（本级）": dict(
        leaves={
            "2070101": ("486.20", 0, 0, 0, 0),
            "2070109": (0, "120.00", 0, 0, 0),
            "2080505": ("62.40", 0, 0, 0, 0),
            "2080506": ("31.20", 0, 0, 0, 0),
            "2101101": ("24.80", 0, 0, 0, 0),
            "2210201": ("46.80", 0, 0, 0, 0),
        },
        econ={"30102": "96.50", "30107": "88.30", "30201": "12.60", "30211": "6.40", "30228": "5.90"},
    ),
    "成都市武侯区图书馆": dict(
        leaves={
            "2070104": ("212.50", "80.00", 0, 0, "15.00"),
            "2080505": ("28.60", 0, 0, 0, 0),
            "2080506": ("14.30", 0, 0, 0, 0),
            "2101102": ("11.40", 0, 0, 0, 0),
            "2210201": ("21.50", 0, 0, 0, 0),
        },
        econ={"30107": "42.60", "30201": "8.20", "30206": "9.50", "30302": "4.80"},
    ),
    "成都市武侯区文化馆": dict(
        leaves={
            "2070109": ("168.30", "95.00", 0, 0, 0),
            "2070111": (0, "40.00", 0, 0, 0),
            "2080505": ("22.40", 0, 0, 0, 0),
            "2080506": ("11.20", 0, 0, 0, 0),
            "2101102": ("9.00", 0, 0, 0, 0),
            "2210201": ("16.80", 0, 0, 0, 0),
        },
        econ={"30107": "36.40", "30201": "7.10", "30205": "1.80"},
    ),
}


def _e01():
    org = "成都市武侯区文化广电旅游局"
    units = {n: Money(u["leaves"]) for n, u in _E01_UNITS.items()}
    m = Money(*(u["leaves"] for u in _E01_UNITS.values()))
    econ = add_econ(*(econ_of(u["econ"], units[n]) for n, u in _E01_UNITS.items()))
    parts = [*cover(org, 2024), "第二部分 2024年部门预算表", "一、部门汇总预算表", ""]
    parts += [
        summary(m, fmt, "事业收入", "部门收支总表", WAN, label="表1", org=f"部门：{org}  单位：万元"),
        income(
            m,
            fmt,
            "事业收入",
            ["一般公共预算", "政府性基金", "事业收入", "其他收入"],
            "部门收入总表",
            WAN,
            label="表2",
            org=f"部门：{org}  单位：万元",
        ),
        expenditure(m, fmt, "部门支出总表", WAN, label="表3", org=f"部门：{org}  单位：万元"),
        general(m, fmt, "一般公共预算支出预算表", WAN, label="表4", org=f"部门：{org}  单位：万元"),
        basic_econ(econ, fmt, "一般公共预算基本支出预算表", WAN, label="表5", org=f"部门：{org}  单位：万元"),
        sangong(("0", "0", "6.80", "3.20"), "一般公共预算“三公”经费支出预算表", WAN, False, label="表6"),
        "",
        "二、单位预算表",
    ]
    for n, (name, um) in enumerate(units.items(), 1):
        parts += [
            expenditure(um, fmt, "单位支出总表", WAN, label=f"表3-{n}", above=f"单位名称：{name}"),
            general(um, fmt, "单位一般公共预算支出预算表", WAN, label=f"表4-{n}", above=f"单位名称：{name}"),
        ]
    return dict(
        file="e01_sichuan_wuhou_wglj_2024_budget.txt",
        note="plain 四川 部门预算: 部门汇总 tables 表1–表6, then per unit (局本级, 图书馆, 文化馆) 单位支出总表 and 单位一般"
        "公共预算支出预算表 under a line '单位名称：…' above the title (keys _2 … _4 in order); 事业收入 only in the "
        "图书馆's 2070104 project (blank cells dropped in the four-source 收入总表); the unit tables' 类 / 款 "
        "repeat the summary's codes with smaller figures",
        kind="budget",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2024, scope="department"),
        parts=parts,
    )


DOCS.append(_e01())

# ============================================================================ e02 湖北 layout, unit names in titles
_E02_UNITS = {
    "武汉市江岸区应急管理局（本级）": dict(
        leaves={
            "2240101": ("645.80", 0, 0, 0, 0),
            "2240106": (0, "210.00", 0, 0, "48.50"),
            "2080505": ("78.40", 0, 0, 0, 0),
            "2080506": ("39.20", 0, 0, 0, 0),
            "2101101": ("31.60", 0, 0, 0, 0),
            "2210201": ("58.80", 0, 0, 0, 0),
        },
    ),
    "武汉市江岸区应急指挥保障中心": dict(
        leaves={
            "2240150": ("186.40", "62.00", 0, 0, "12.00"),
            "2080505": ("21.60", 0, 0, 0, 0),
            "2080506": ("10.80", 0, 0, 0, 0),
            "2101102": ("8.70", 0, 0, 0, 0),
            "2210201": ("16.20", 0, 0, 0, 0),
        },
    ),
}


def _e02():
    org = "武汉市江岸区应急管理局"
    units = {n: Money(u["leaves"]) for n, u in _E02_UNITS.items()}
    m = Money(*(u["leaves"] for u in _E02_UNITS.values()))
    cols = ["上年结转", "一般公共预算", "政府性基金", "财政专户", "事业收入", "其他收入"]
    o = f"编制部门：{org}  单位：万元"
    parts = [*cover(org, 2023), "部门汇总", ""]
    parts += [
        summary(m, fmt, "上年结转", "收支预算总表", WAN, label="表1", org=o),
        income(m, fmt, "上年结转", cols, "收入预算总表", WAN, label="表2", org=o),
        expenditure(m, fmt, "支出预算总表", WAN, label="表3", org=o),
        general(m, fmt, "一般公共预算支出表", WAN, label="表4", org=o),
        sangong(("0", "0", "9.60", "2.40"), "一般公共预算“三公”经费支出表", WAN, True, label="表5", org=o),
        "",
        "单位预算",
    ]
    for n, (name, um) in enumerate(units.items(), 1):
        uo = f"编制单位：{name}  单位：万元"
        parts += [
            income(um, fmt, "上年结转", cols, f"{name}收入预算总表", WAN, label=f"表2-{n}", org=uo),
            expenditure(um, fmt, f"{name}支出预算总表", WAN, label=f"表3-{n}", org=uo),
        ]
    return dict(
        file="e02_hubei_jiangan_yjglj_2023_budget.layout.txt",
        note="layout 湖北 部门预算: 部门汇总 then each unit's 收入 / 支出预算总表 with the unit's name in the title "
        "('武汉市江岸区应急指挥保障中心支出预算总表') and '编制单位：<unit>' (keys _2, _3); 收入预算总表 with 上年结转 | "
        "一般公共预算 | 政府性基金 | 财政专户 | 事业收入 | 其他收入, only 上年结转 (2240106, 2240150 projects) and 一般"
        "公共预算 printed; 上年结转 at the foot of the 收支总表",
        kind="budget",
        mode="layout",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2023, scope="department"),
        parts=parts,
    )


DOCS.append(_e02())

# ============================================================================ e03 河南 单位构成 then summary tables
_E03 = {
    "2050201": ("1,860.40", "320.00", 0, "410.00", 0),
    "2050202": ("6,842.30", "1,250.00", 0, 0, 0),
    "2050203": ("4,215.60", "680.00", 0, "286.00", 0),
    "2080505": ("1,124.50", 0, 0, 0, 0),
    "2080506": ("562.25", 0, 0, 0, 0),
    "2101102": ("438.90", 0, 0, 0, 0),
    "2210201": ("842.70", 0, 0, 0, 0),
}


def _e03():
    org = "郑州市中原区教育局"
    m = Money(_E03)
    econ = econ_of(
        {
            "30102": "3,126.40",
            "30107": "2,845.60",
            "30201": "286.30",
            "30206": "412.80",
            "30302": "186.20",
            "30305": "42.60",
        },
        m,
    )
    listing = [
        "第一部分 郑州市中原区教育局概况",
        "二、部门预算单位构成",
        "从预算单位构成看，郑州市中原区教育局部门预算包括：局机关本级预算和所属事业单位预算。纳入2024年部门预算编制范围的二级预算单位共12个，具体包括：",
        "序号 单位名称 单位性质 编制人数 实有人数",
        "1 郑州市中原区教育局机关 行政单位 32 30",
        "2 郑州市中原区第一实验幼儿园 全额事业单位 48 46",
        "3 郑州市中原区伏牛路小学 全额事业单位 126 121",
        "4 郑州市中原区育红小学 全额事业单位 98 95",
        "5 郑州市第五十二中学 全额事业单位 164 158",
        "",
    ]
    o = f"单位名称：{org}  单位：万元"
    parts = [*cover(org, 2024), *listing, "第二部分 郑州市中原区教育局2024年部门预算表", ""]
    parts += [
        summary(m, fmt, "财政专户", "部门收支总表", WAN, label="表一", org=o),
        income(
            m,
            fmt,
            "财政专户",
            ["一般公共预算", "政府性基金", "财政专户", "事业收入", "其他收入"],
            "部门收入总表",
            WAN,
            label="表二",
            org=o,
        ),
        expenditure(m, fmt, "部门支出总表", WAN, label="表三", org=o),
        general(m, fmt, "一般公共预算支出表", WAN, label="表四", org=o),
        basic_econ(econ, fmt, "一般公共预算基本支出表", WAN, label="表五", org=o),
        sangong(("0", "0", "4.20", "1.50"), "一般公共预算“三公”经费支出表", WAN, False, label="表六"),
    ]
    return dict(
        file="e03_henan_zhongyuan_jyj_2024_budget.txt",
        note="plain 河南 部门预算: '部门预算单位构成' list (序号 单位名称 单位性质 编制人数 实有人数: counts, no money) "
        "before the summary tables only; 财政专户管理资金 (tuition) the other source, basic in 2050201 / 2050203; "
        "收入总表 with five sources, three always blank (dropped); figures over a thousand",
        kind="budget",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2024, scope="department"),
        parts=parts,
    )


DOCS.append(_e03())

# ============================================================================ e04 湖南 部门预算 + 单位预算 in one file
_E04_DEPT = {
    "2080201": ("386.40", 0, 0, 0, 0),
    "2080208": (0, "145.00", 0, 0, 0),
    "2081002": ("212.60", "380.00", 0, 0, 0),
    "2081004": (0, "96.00", 0, 0, 0),
    "2080505": ("68.20", 0, 0, 0, 0),
    "2080506": ("34.10", 0, 0, 0, 0),
    "2101101": ("18.40", 0, 0, 0, 0),
    "2101102": ("9.60", 0, 0, 0, 0),
    "2210201": ("51.30", 0, 0, 0, 0),
}
_E04_UNIT = {
    "2081002": ("212.60", "380.00", 0, 0, 0),
    "2080505": ("21.80", 0, 0, 0, 0),
    "2080506": ("10.90", 0, 0, 0, 0),
    "2101102": ("9.60", 0, 0, 0, 0),
    "2210201": ("16.30", 0, 0, 0, 0),
}


def _e04():
    org, unit = "长沙市芙蓉区民政局", "长沙市芙蓉区社会福利院"
    m, u = Money(_E04_DEPT), Money(_E04_UNIT)
    o = f"单位：{org}  单位：万元"
    first = [
        summary(m, fmt, None, "部门收支总表", WAN, label="表一\n", org=o),
        expenditure(m, fmt, "部门支出总表", WAN, label="表三\n", org=o),
        general(m, fmt, "一般公共预算支出表", WAN, label="表四\n", org=o),
        sangong(("0", "0", "5.40", "2.10"), "一般公共预算“三公”经费支出表", WAN, False, label="表六\n"),
    ]
    uo = f"单位：{unit}  单位：万元"
    second = [
        summary(u, fmt, None, "单位收支总表", WAN, label="表一\n", org=uo),
        expenditure(u, fmt, "单位支出总表", WAN, label="表三\n", org=uo),
        general(u, fmt, "一般公共预算支出表", WAN, label="表四\n", org=uo),
        sangong(("0", "0", "0", "0.60"), "一般公共预算“三公”经费支出表", WAN, False, label="表六\n"),
    ]
    return dict(
        file="e04_hunan_furong_mzj_2025_budget_and_unit.txt",
        note="plain 湖南: the 部门预算 of 长沙市芙蓉区民政局 followed in the same file by the 单位预算 of its 社会福利院 "
        "(cover '长沙市芙蓉区社会福利院' / '2025年单位预算', same table titles, 表一 … alone on the line above each "
        "title): only the first report is read (second_report), the second's figures loaded are SPURIOUS",
        kind="budget",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2025, scope="department"),
        parts=[*cover(org, 2025), *first, "\f", *cover(unit, 2025, "单位预算"), *second],
        second_at=len(cover(org, 2025)) + len(first) + 1,
    )


DOCS.append(_e04())

# ============================================================================ e05 江苏 two years of one body
_E05_2023 = {
    "2130301": ("412.60", 0, 0, 0, 0),
    "2130304": (0, "86.00", 0, 0, 0),
    "2130306": (0, "325.40", 0, 0, 0),
    "2080505": ("48.20", 0, 0, 0, 0),
    "2080506": ("24.10", 0, 0, 0, 0),
    "2101101": ("16.90", 0, 0, 0, 0),
    "2210201": ("36.40", 0, 0, 0, 0),
}
_E05_2024 = {
    "2130301": ("428.30", 0, 0, 0, 0),
    "2130304": (0, "92.00", 0, 0, 0),
    "2130306": (0, "298.60", 0, 0, 0),
    "2130316": (0, "60.00", 0, 0, 0),
    "2080505": ("50.40", 0, 0, 0, 0),
    "2080506": ("25.20", 0, 0, 0, 0),
    "2101101": ("17.60", 0, 0, 0, 0),
    "2210201": ("38.10", 0, 0, 0, 0),
}


def _e05():
    org = "南京市鼓楼区水务局"
    a, b = Money(_E05_2023), Money(_E05_2024)
    o = f"部门名称：{org}  单位：万元"

    def tables(m, sg):
        return [
            summary(m, fmt, None, "部门收支总表", WAN, label="表1", org=o),
            expenditure(m, fmt, "部门支出总表", WAN, label="表3", org=o),
            general(m, fmt, "部门一般公共预算支出表", WAN, label="表5", org=o),
            sangong(sg, "部门一般公共预算“三公”经费支出表", WAN, True, label="表7", org=o),
        ]

    first = tables(a, ("0", "0", "3.60", "1.20"))
    return dict(
        file="e05_jiangsu_gulou_swj_2023_2024_budget.layout.txt",
        note="layout 江苏: the same body's 2023年部门预算 and, after it in the same file, its 2024年部门预算 (cover "
        "'南京市鼓楼区水务局' / '2024年部门预算', the same titles): a second report all the same; by the documented "
        "behaviour only the first (2023) is read, the 2024 figures loaded are SPURIOUS",
        kind="budget",
        mode="layout",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2023, scope="department"),
        parts=[*cover(org, 2023), *first, "\f", *cover(org, 2024), *tables(b, ("0", "0", "3.80", "1.10"))],
        second_at=len(cover(org, 2023)) + len(first) + 1,
    )


DOCS.append(_e05())

# ============================================================================ e06 广东 unit, 上年结转 + blank columns
_E06 = {
    "2012601": ("138.60", 0, 0, 0, 0),
    "2012604": ("96.40", "54.00", 0, 0, "36.80"),
    "2080505": ("18.20", 0, 0, 0, 0),
    "2080506": ("9.10", 0, 0, 0, 0),
    "2101102": ("7.30", 0, 0, 0, 0),
    "2210201": ("13.70", 0, 0, 0, 0),
}


def _e06():
    org = "佛山市顺德区档案馆"
    m = Money(_E06)
    econ = econ_of({"30102": "28.40", "30107": "31.60", "30201": "6.80", "30206": "7.20", "30228": "3.10"}, m)
    o = f"单位名称：{org}  金额单位：万元"
    cols = ["上年结转", "一般公共预算", "政府性基金", "财政专户", "事业收入", "其他收入"]
    parts = [*cover(org, 2024, "单位预算")]
    parts += [
        summary(m, fmt, "上年结转", "单位收支总表", WAN, label="表1", org=o),
        income(m, fmt, "上年结转", cols, "单位收入总表", WAN, label="表2", org=o),
        expenditure(m, fmt, "单位支出总表", WAN, label="表3", org=o),
        general(m, fmt, "一般公共预算支出表", WAN, label="表4", org=o),
        basic_econ(econ, fmt, "一般公共预算基本支出表", WAN, label="表5", org=o),
        sangong(("0", "0", "0", "0.80"), "一般公共预算“三公”经费支出表", WAN, False, label="表6"),
    ]
    return dict(
        file="e06_guangdong_shunde_dag_2024_unit_budget.txt",
        note="plain 广东 单位预算: 收入总表 with six sources after 合计 (上年结转 first), only 上年结转 (2012604 project, "
        "36.80) and 一般公共预算 printed, the four others blank (dropped): the 上年结转 figure must go to "
        "carryover_begin, not to a blank 财政专户 / 事业收入 / 其他收入; 上年结转 also a row at the 收支总表's foot",
        kind="budget",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2024, scope="unit"),
        parts=parts,
    )


DOCS.append(_e06())


# ============================================================================ e07 / e08 procurement, targets, 购买服务
def _targets_whole(org, layout):
    p = " " if layout else ""
    return [
        f"{p}部门名称 {org}",
        f"{p}年度预算资金（万元） 资金总额 1,286.30 其中：财政拨款 1,286.30 其他资金 0.00",
        f"{p}年度总体目标 保障河湖长制工作落实，完成3座小型水库除险加固，城区排涝能力达到20年一遇标准。",
        f"{p}一级指标 二级指标 三级指标 指标值",
        f"{p}产出指标 数量指标 水库除险加固数量 3座",
        f"{p}产出指标 质量指标 工程验收合格率 100%",
        f"{p}产出指标 时效指标 汛前完成率 ≥95%",
        f"{p}产出指标 成本指标 单座水库加固成本 ≤85万元",
        f"{p}效益指标 社会效益指标 受益人口 ≥12000人",
        f"{p}满意度指标 服务对象满意度指标 群众满意度 ≥90%",
    ]


def _targets_projects(layout):
    p = " " if layout else ""
    return [
        f"{p}项目名称 小型水库除险加固",
        f"{p}项目资金（万元） 年度资金总额 255.00 其中：财政拨款 255.00",
        f"{p}年度目标 完成3座小型水库除险加固，2024年汛前投入使用。",
        f"{p}一级指标 二级指标 三级指标 指标值",
        f"{p}产出指标 数量指标 加固水库数量 3座",
        f"{p}产出指标 成本指标 单座加固成本 ≤85万元",
        f"{p}效益指标 可持续影响指标 工程设计使用年限 ≥30年",
        f"{p}项目名称 河湖长制工作经费",
        f"{p}项目资金（万元） 年度资金总额 48.00 其中：财政拨款 48.00",
        f"{p}一级指标 二级指标 三级指标 指标值",
        f"{p}产出指标 数量指标 巡河次数 ≥1200次",
        f"{p}产出指标 时效指标 问题整改时限 ≤15天",
        f"{p}满意度指标 服务对象满意度指标 沿河群众满意度 ≥92%",
    ]


def _services(layout):
    rows = [
        ("项目名称", "购买服务内容", "承接主体", "金额"),
        ("河道保洁服务", "城区河道日常保洁", "企业", "86.00"),
        ("水质监测服务", "断面水质第三方监测", "企业", "24.50"),
        ("合计", "", "", "110.50"),
    ]
    if layout:
        return [" " + a.ljust(16) + b.ljust(22) + c.ljust(10) + e.rjust(12) for a, b, c, e in rows]
    return [" ".join(x for x in r if x) for r in rows]


_E07 = {
    "2130301": ("512.40", 0, 0, 0, 0),
    "2130304": (0, "48.00", 0, 0, 0),
    "2130306": (0, "110.50", 0, 0, 0),
    "2130316": (0, "255.00", 0, 0, 0),
    "2080505": ("86.40", 0, 0, 0, 0),
    "2080506": ("43.20", 0, 0, 0, 0),
    "2101101": ("32.10", 0, 0, 0, 0),
    "2210201": ("64.80", 0, 0, 0, 0),
}

_PROC_CATS = [
    (
        "一、货物",
        [
            ("台式计算机", "台", "12", "7.20"),
            ("便携式计算机", "台", "4", "2.80"),
            ("复印机", "台", "2", "3.60"),
            ("水质检测仪", "套", "1", "18.50"),
        ],
    ),
    ("二、工程", [("小型水库除险加固工程", "项", "3", "255.00")]),
    ("三、服务", [("河道保洁服务", "项", "1", "86.00"), ("水质监测服务", "项", "1", "24.50")]),
]


def _special_budget(org, layout, year):
    m = Money(_E07)
    o = f"部门名称：{org}  单位：万元"
    return [
        expenditure(m, fmt, "部门支出总表", WAN, label="表3", org=o),
        general(m, fmt, "一般公共预算支出表", WAN, label="表4", org=o),
        sangong(("0", "0", "4.80", "1.60"), "一般公共预算“三公”经费支出表", WAN, layout, label="表6", org=o),
        proc_table("政府采购预算表", WAN, _PROC_CATS, label="表8", org=o),
        text_table(PERF, "部门整体支出绩效目标表", WAN, _targets_whole(org, layout), label="表9", org=o),
        text_table(PERF, "项目支出绩效目标表", WAN, _targets_projects(layout), label="表10", org=o),
        text_table(PS, "政府购买服务预算表", WAN, _services(layout), label="表11", org=o),
    ]


def _e07():
    org = "昆明市五华区水务局"
    return dict(
        file="e07_yunnan_wuhua_swj_2024_budget.txt",
        note="plain 云南 部门预算: 政府采购预算表 (采购品目 | 计量单位 | 数量 | 金额: categories with item lines whose "
        "counts and amounts are no expected figures), 部门整体支出绩效目标表 and 项目支出绩效目标表 (indicators '≤85万元', "
        "'3座', '≥12000人', 年度资金总额 255.00: text, no money), 政府购买服务预算表 (no amounts by the parser's rule)",
        kind="budget",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2024, scope="department"),
        parts=[*cover(org, 2024), *_special_budget(org, False, 2024)],
    )


def _e08():
    org = "杭州市上城区林业水利局"
    return dict(
        file="e08_zhejiang_shangcheng_lsj_2024_budget.layout.txt",
        note="layout 浙江 部门预算: the tables of e07 as pdftotext -layout prints them (procurement items with 计量单位 "
        "and 数量 columns, 绩效目标 tables, 政府购买服务 with a 合计)",
        kind="budget",
        mode="layout",
        meta=dict(unit_name=org, doc_kind="budget", fiscal_year=2024, scope="department"),
        parts=[*cover(org, 2024), *_special_budget(org, True, 2024)],
    )


DOCS += [_e07(), _e08()]

# ============================================================================ e09 / e10 final accounts
_E09 = {
    "2240101": ("586.30", 0, 0, 0, 0),
    "2240106": (0, "232.10", 0, 0, 0),
    "2240150": ("142.80", "58.40", 0, "12.60", 0),
    "2080505": ("74.20", 0, 0, 0, 0),
    "2080506": ("37.10", 0, 0, 0, 0),
    "2101101": ("28.60", 0, 0, 0, 0),
    "2210201": ("55.70", 0, 0, 0, 0),
}

_IND = [
    ("产出指标", "数量指标", "储备物资种类", "≥15类", "16类", "20", "20"),
    ("产出指标", "质量指标", "物资完好率", "≥95%", "98%", "15", "15"),
    ("产出指标", "时效指标", "应急响应时间", "≤2小时", "1.5小时", "15", "15"),
    ("效益指标", "社会效益指标", "群众满意度", "≥90%", "93%", "10", "10"),
]


def _oc(title, layout, org):
    econ = {
        "30201": "21.30",
        "30205": "2.40",
        "30206": "8.60",
        "30211": "6.20",
        "30217": "2.10",
        "30228": "9.80",
        "30231": "7.40",
        "30299": "12.60",
    }
    total = sum(D(v) for v in econ.values())
    rows = [(None, "合计", [fmt(total)]), ("302", ECON["302"], [fmt(total)])]
    rows += [(k, ECON[k], [fmt(D(v))]) for k, v in econ.items()]
    return Tab(OC, title, WAN, "coded", [("合计", "total")], rows, hier="econ", org=org)


def _final(org, layout, year, sg_vals, projects, units_word):
    m = Money(_E09)
    o = f"{units_word}：{org}  单位：万元"
    return [
        income_final(m, fmt, "事业收入", "收入决算表", WAN, label="公开02表", org=o),
        expenditure(m, fmt, "支出决算表", WAN, label="公开03表", org=o),
        sangong(sg_vals, "一般公共预算财政拨款“三公”经费支出决算表", WAN, layout, label="公开07表", org=o),
        _oc("机关运行经费支出表", layout, o),
        proc_final("政府采购情况表", layout, ("86.40", "0", "32.00"), ("82.15", "0", "30.60")),
        assets("国有资产占用情况表", layout),
        selfeval("项目支出绩效自评表", org, projects, layout, year),
    ]


_E09_PROJECTS = [
    ("应急救援物资储备", "120.00", "120.00", "114.60", "95.50%", "10", "9.55", _IND),
    ("安全生产执法检查", "80.00", "86.00", "84.28", "98.00%", "10", "9.80", _IND[1:3]),
]
_E10_PROJECTS = [
    ("档案数字化加工", "60.00", "60.00", "57.60", "96.00%", "10", "9.60", _IND[:2]),
    ("馆藏档案抢救保护", "35.00", "", "33.25", "95.00%", "10", "9.50", _IND[2:]),
    ("档案信息化系统运维", "18.00", "18.00", "18.00", "100.00%", "10", "10.00", _IND[3:]),
]


def _e09():
    org = "遵义市红花岗区应急管理局"
    return dict(
        file="e09_guizhou_honghuagang_yjj_2023_final.layout.txt",
        note="layout 贵州 部门决算: 收入决算表 / 支出决算表 / 三公, then 机关运行经费支出表 (economic codes), 政府采购情况表 "
        "(one 合计 row, 计划金额 | 实际金额 each 合计 货物 工程 服务), 国有资产占用情况表 (数量 and 原值 in 万元, no "
        "table key: nothing of it is an amount, it must not be read into the table above), 项目支出绩效自评表 "
        "(two projects, 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分)",
        kind="final_account",
        mode="layout",
        meta=dict(unit_name=org, doc_kind="final_account", fiscal_year=2023, scope="department"),
        parts=[
            *cover(org, 2023, "部门决算"),
            *_final(org, True, 2023, ("0", "0", "8.65", "2.30"), _E09_PROJECTS, "编制部门"),
        ],
    )


def _e10():
    org = "宝鸡市金台区档案馆"
    return dict(
        file="e10_shaanxi_jintai_dag_2023_unit_final.txt",
        note="plain 陕西 单位决算: the special tables of e09 as plain text (blank cells dropped: the 政府采购情况表's 工程 "
        "columns print 0.00), 自评表 of three projects, one with its 全年预算数 cell blank (dropped: the budget is then "
        "the 年初预算数 35.00, 33.25 / 35.00 = 95.00%)",
        kind="final_account",
        mode="plain",
        meta=dict(unit_name=org, doc_kind="final_account", fiscal_year=2023, scope="unit"),
        parts=[
            *cover(org, 2023, "单位决算"),
            *_final(org, False, 2023, ("0", "0", "0", "0.45"), _E10_PROJECTS, "单位名称"),
        ],
    )


DOCS += [_e09(), _e10()]

# ============================================================================ expectations


def _first_report(doc):
    parts = doc["parts"]
    return parts[: doc["second_at"]] if doc.get("second_at") else parts


def _expected(doc):
    specs, keys, seen = [], [], {}
    for t in _first_report(doc):
        if not isinstance(t, Tab) or t.key is None:
            continue
        seen[t.key] = seen.get(t.key, 0) + 1
        key = t.key if seen[t.key] == 1 else f"{t.key}_{seen[t.key]}"
        keys.append(key)
        spec = expect(t)
        spec["table"] = key
        specs.append(spec)
    # the 三公 row "*" after the main tables (it would take another table's total column first), the 政府采购
    # tables after it (their 合计 would take the 三公 合计 when their own is not read)
    specs.sort(key=lambda s: (s["table"].startswith(PROC), any(r[1] == "*" for r in s["rows"])))
    claims = [c for t in _first_report(doc) if isinstance(t, Tab) for c in t.claims]
    return dict(
        note=doc["note"], kind=doc["kind"], tables=specs, only_tables=keys, meta=doc["meta"], claims=claims
    )


EXPECTED = {doc["file"]: _expected(doc) for doc in DOCS}


def _identities():
    for doc in DOCS:
        for t in doc["parts"]:
            if isinstance(t, Tab):
                identities(doc["file"], t)
        for name, budget, actual, rate, _unit in EXPECTED[doc["file"]]["claims"]:
            assert (D(actual) / D(budget) * 100).quantize(D("0.01")) == D(rate), (doc["file"], name)
    # cross-table: 收支总表 支出总计 = 支出总表 合计; 一般公共预算 basic = 基本支出表 合计 (per report)
    for doc in DOCS:
        tabs = [t for t in doc["parts"] if isinstance(t, Tab)]
        for n, a in enumerate(tabs):
            b = next((x for x in tabs[n:] if x.key == EXP), None)
            if a.kind == "two" and b is not None:
                assert dict((r[2], r[3]) for r in a.rows)["支出总计"] == b.rows[0][2][0], doc["file"]
        gbs = [t for t in tabs if t.key == GB]
        ebs = [t for t in tabs if t.key == "general_budget_basic_by_economic"]
        if ebs:
            assert gbs[0].rows[0][2][1] == ebs[0].rows[0][2][0], doc["file"]
        for n, t in enumerate(tabs):
            if t.key == INC:
                e = next(x for x in tabs[n:] if x.key == EXP)
                assert t.rows[0][2][0] == e.rows[0][2][0], (doc["file"], t.title)


_identities()

__all__ = ["DOCS", "EXPECTED", "SG", "fmt"]
