"""Review v4 (session 44) probes: final-account (部门决算) coded tables whose header words could make rule A
(columns.py budget_only_header: every column the budget's) or rule B (other_budget_only_header: nothing
loaded) misfire on the report's own actual. Drawn with v3's MiniCanvas `draw` (PDF, then `pdftotext -layout`
and plain `pdftotext`). Run: /work/w44/.venv/bin/python gen.py [name ...]
EXPECTED[name]: {(row id, column_key, phase): amount} as drawn (row id: code, else label)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v3"))
import gen as v3  # noqa: E402

v3.HERE = HERE  # draw into this folder
F24 = "某某县财政局2024年度部门决算"
T_GB = "一般公共预算财政拨款支出决算表"
PROBES, EXPECTED = {}, {}

# code, name, budget total, actual total, basic, project
FN = [
    ("", "合计", "2,800,000.00", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("210", "卫生健康支出", "2,800,000.00", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("21004", "公共卫生", "2,800,000.00", "2,700,000.00", "2,100,000.00", "600,000.00"),
    ("2100402", "卫生监督机构", "1,450,000.00", "1,400,000.00", "1,400,000.00", ""),
    ("2100403", "妇幼保健机构", "1,350,000.00", "1,300,000.00", "700,000.00", "600,000.00"),
]
RATE = ["96.43", "96.43", "96.43", "96.55", "96.30"]


def probe(name, header, cols, rows, expected, title=T_GB, **kw):
    PROBES[name] = (F24, "表3", title, [(cols, header, rows, True)], kw)
    EXPECTED[name] = expected


def exp(rows, keys):
    out = {}
    for row in rows:
        rid = row[0] or row[1]
        for k, (key, phase) in keys.items():
            if k < len(row) and row[k]:
                out[(rid, key, phase)] = row[k].replace(",", "")
    return out


H2 = [(0, 1, 0, 0, "科目编码"), (0, 1, 1, 1, "科目名称")]
C2 = [("L", 70), ("L", 130), ("N", 100), ("N", 100)]
C3 = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100)]
C4 = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100), ("N", 100)]
r2 = [[c, n, b, t] for c, n, b, t, _x, _p in FN]  # budget | actual total
r3 = [[c, n, b, t, RATE[i]] for i, (c, n, b, t, _x, _p) in enumerate(FN)]  # + rate
r4 = [[c, n, b, t, x, p] for c, n, b, t, x, p in FN]  # budget | actual total | basic | project
E2 = {2: ("total", "budget"), 3: ("total", "actual")}
E4 = {2: ("total", "budget"), 3: ("total", "actual"), 4: ("basic", "actual"), 5: ("project", "actual")}


def one_line(*labels):
    return H2 + [(0, 1, 2 + k, 2 + k, t) for k, t in enumerate(labels)]


# --- rule A: 预算数 beside an actual column not named by 决算/执行/支出/收入/实际
probe("a01_budget_wancheng", one_line("预算数", "完成数"), C2, r2, exp(r2, E2))
probe("a02_budget_wancheng_rate", one_line("预算数", "完成数", "完成率（%）"), C3, r3, exp(r3, E2))
probe("a03_budget_benniandu_shu", one_line("本年预算数", "本年数"), C2, r2, exp(r2, E2))
probe("a04_budget_jine", one_line("预算数", "金额"), C2, r2, exp(r2, E2))
# actual block of 合计 | 基本支出 | 项目支出 with no group label over it
probe(
    "a05_budget_then_unlabelled_block",
    one_line("预算数", "合计", "基本支出", "项目支出"),
    C4,
    r4,
    exp(r4, E4),
)
# actual group label 决算数 printed stacked in a narrow cell (决 / 算 / 数), 预算数 group beside it
hA6 = H2 + [(0, 2, 2, 2, "预算数"), (0, 2, 3, 3, "决\n算\n数")]
probe("a06_budget_jue_stacked", hA6, C2, r2, exp(r2, E2))
# groups 预算数 (one column) | 本年数 over 合计|基本支出|项目支出
hA7 = H2 + [
    (0, 1, 2, 2, "预算数"),
    (0, 0, 3, 5, "本年数"),
    (1, 1, 3, 3, "合计"),
    (1, 1, 4, 4, "基本支出"),
    (1, 1, 5, 5, "项目支出"),
]
probe("a07_budget_group_bennianshu", hA7, C4, r4, exp(r4, E4))
# 2024年预算数 | 2024年数 (the year's own, actual unnamed)
probe("a08_year_budget_year_shu", one_line("2024年预算数", "2024年数"), C2, r2, exp(r2, E2))
# a fund name _FUND_NAME_RE does not strip: columns by funding source of the actual (no phase word)
C6 = [("L", 60), ("L", 110), ("N", 90), ("N", 90), ("N", 90), ("N", 90)]
rF = [[c, n, t, t, "", ""] for c, n, _b, t, _x, _p in FN]
probe(
    "a09_sources_shebao_fund",
    one_line("合计", "财政拨款", "社会保险基金预算", "其他资金"),
    C6,
    rF,
    exp(rF, {2: ("total", "actual")}),
    title="支出决算表",
)
probe(
    "a10_sources_yusuanwai",
    one_line("合计", "财政拨款", "预算外资金", "其他资金"),
    C6,
    rF,
    exp(rF, {2: ("total", "actual")}),
    title="支出决算表",
)
# 预算数 | 决算数 with 决算数 abbreviated 决 (narrow column), a one-line header
probe("a11_budget_jue_abbrev", one_line("预算数", "决"), C2, r2, exp(r2, E2))
# --- rule B: an other budget word beside an actual column unnamed as above
probe("b01_adjusted_wancheng", one_line("调整预算数", "完成数"), C2, r2, exp(r2, {3: ("total", "actual")}))
probe(
    "b02_quannian_wancheng_rate",
    one_line("全年预算数", "完成数", "完成率（%）"),
    C3,
    r3,
    exp(r3, {3: ("total", "actual")}),
)
probe(
    "b03_adjusted_then_unlabelled_block",
    one_line("调整预算数", "合计", "基本支出", "项目支出"),
    C4,
    r4,
    exp(r4, {3: ("total", "actual"), 4: ("basic", "actual"), 5: ("project", "actual")}),
)
hB4 = H2 + [(0, 2, 2, 2, "全年预算数"), (0, 2, 3, 3, "决\n算\n数")]
probe("b04_quannian_jue_stacked", hB4, C2, r2, exp(r2, {3: ("total", "actual")}))
hB5 = H2 + [
    (0, 1, 2, 2, "调整后预算数"),
    (0, 0, 3, 5, "本年数"),
    (1, 1, 3, 3, "合计"),
    (1, 1, 4, 4, "基本支出"),
    (1, 1, 5, 5, "项目支出"),
]
probe(
    "b05_adjusted_group_bennianshu",
    hB5,
    C4,
    r4,
    exp(r4, {3: ("total", "actual"), 4: ("basic", "actual"), 5: ("project", "actual")}),
)
# 上年结转 (a carry-over, not a budget) beside the actual block, 预算 only in a fund's unstripped name
probe(
    "b06_shangnian_jiezhuan_shebao",
    one_line("上年结转", "合计", "社会保险基金预算", "其他资金"),
    C6,
    [[c, n, "100,000.00", t, "", ""] for c, n, _b, t, _x, _p in FN],
    exp([[c, n, "", t] for c, n, _b, t, _x, _p in FN], {3: ("total", "actual")}),
    title="支出决算表",
)
# controls (BASE and NEW should agree): the actual named 决算数
probe("k01_control_budget_juesuan", one_line("预算数", "决算数"), C2, r2, exp(r2, E2))
probe(
    "k02_control_adjusted_juesuan",
    one_line("调整预算数", "决算数"),
    C2,
    r2,
    exp(r2, {3: ("total", "actual")}),
)

# a row-label group naming 预算 (预算科目 over 科目编码 | 科目名称), the actual 合计 | 基本支出 | 项目支出 unlabelled
C3b = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100)]
rA12 = [[c, n, t, x, p] for c, n, _b, t, x, p in FN]
hA12 = [
    (0, 0, 0, 1, "预算科目"),
    (1, 1, 0, 0, "科目编码"),
    (1, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "合计"),
    (0, 1, 3, 3, "基本支出"),
    (0, 1, 4, 4, "项目支出"),
]
probe(
    "a12_yusuan_kemu_group",
    hA12,
    C3b,
    rA12,
    exp(rA12, {2: ("total", "actual"), 3: ("basic", "actual"), 4: ("project", "actual")}),
)
# funding-source columns whose fund names wrap (一般公共 / 预算财政拨款 ...): "预算财政拨款" left unstripped
C5 = [("L", 60), ("L", 110), ("N", 90), ("N", 90), ("N", 90), ("N", 90)]
rA13 = [[c, n, t, t, "", ""] for c, n, _b, t, _x, _p in FN]
hA13 = [
    *H2,
    (0, 1, 2, 2, "合计"),
    (0, 1, 3, 3, "一般公共\n预算财政拨款"),
    (0, 1, 4, 4, "政府性基金\n预算财政拨款"),
    (0, 1, 5, 5, "国有资本经营\n预算财政拨款"),
]
probe(
    "a13_fund_names_wrapped",
    hA13,
    C5,
    rA13,
    exp(rA13, {2: ("total", "actual"), 3: ("general_budget", "actual")}),
    title="财政拨款支出决算明细表",
)
hA14 = [
    *H2,
    (0, 1, 2, 2, "合计"),
    (0, 1, 3, 3, "一般公共预算财政拨款"),
    (0, 1, 4, 4, "政府性基金预算财政拨款"),
    (0, 1, 5, 5, "国有资本经营预算财政拨款"),
]
probe(
    "a14_fund_names_control",
    hA14,
    [("L", 60), ("L", 110), ("N", 90), ("N", 120), ("N", 120), ("N", 120)],
    rA13,
    exp(rA13, {2: ("total", "actual"), 3: ("general_budget", "actual")}),
    title="财政拨款支出决算明细表",
)

if __name__ == "__main__":
    only = sys.argv[1:]
    for name, (head, tno, title, pages, kw) in PROBES.items():
        if not only or name in only:
            v3.draw(name, head, tno, title, pages, **kw)
