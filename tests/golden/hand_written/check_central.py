"""Compare parse_document output with the values typed BY HAND into central_2025_budget.txt
(国家档案局 2025年部门预算, central-department style, hand-written for this review).
Run:  PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_central.py

Expectations (decided before looking at parser output):
- every 2025 money cell is expected, in 元, under its table/row/column;
- 2024年执行数 / 2024年预算数 / 增减额 cells are OPTIONAL: acceptable only if loaded under a column key
  that is not one of the table's 2025 keys and whose label says it is 2024 / 执行数 / 增减; loaded as a
  2025 column they are WRONG (a 2024 figure read as a 2025 one);
- 增减% cells are never money: any amount loaded from them is a defect.
"""

from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document

DOC = Path(__file__).with_name("central_2025_budget.txt")
r = parse_document(DOC.read_text().encode(), "central_2025_budget.txt", "central")
W = D(10000)


def w(s):  # 万元 as printed -> 元
    return D(str(s).replace(",", "")) * W


def y(s):  # 元 as printed
    return D(str(s).replace(",", ""))


E = []  # (table_key, ident, allowed column keys or None, value in 元)

# ---------------- 表一 部门收支总表 (label rows)
for lab, v in [
    ("一般公共预算拨款收入", "16,432.40"),
    ("事业收入", "320.00"),
    ("其他收入", "85.00"),
    ("一般公共服务支出", "11,966.71"),
    ("教育支出", "128.50"),
    ("科学技术支出", "2,390.84"),
    ("社会保障和就业支出", "1,309.99"),
    ("卫生健康支出", "400.61"),
    ("住房保障支出", "790.75"),
    ("本年收入合计", "16,837.40"),
    ("本年支出合计", "16,987.40"),
    ("上年结转", "150.00"),
    ("收入总计", "16,987.40"),
    ("支出总计", "16,987.40"),
]:
    E.append(("income_expenditure_summary", "L:" + lab, None, w(v)))

# ---------------- 表二 收入总表 / 表三 支出总表 (department: all funds), typed from the document
# code: (total, basic, project)  [表三]
DEPT = {
    "TOTAL": ("16,987.40", "10,174.10", "6,813.30"),
    "201": ("11,966.71", "6,024.91", "5,941.80"),
    "20126": ("11,966.71", "6,024.91", "5,941.80"),
    "2012601": ("3,286.54", "3,286.54", None),
    "2012602": ("1,245.60", None, "1,245.60"),
    "2012604": ("6,388.37", "2,738.37", "3,650.00"),
    "2012699": ("1,046.20", None, "1,046.20"),
    "205": ("128.50", None, "128.50"),
    "20508": ("128.50", None, "128.50"),
    "2050803": ("128.50", None, "128.50"),
    "206": ("2,390.84", "1,647.84", "743.00"),
    "20603": ("2,390.84", "1,647.84", "743.00"),
    "2060301": ("1,647.84", "1,647.84", None),
    "2060302": ("743.00", None, "743.00"),
    "208": ("1,309.99", "1,309.99", None),
    "20805": ("1,309.99", "1,309.99", None),
    "2080501": ("412.36", "412.36", None),
    "2080505": ("598.42", "598.42", None),
    "2080506": ("299.21", "299.21", None),
    "210": ("400.61", "400.61", None),
    "21011": ("400.61", "400.61", None),
    "2101101": ("186.53", "186.53", None),
    "2101102": ("214.08", "214.08", None),
    "221": ("790.75", "790.75", None),
    "22102": ("790.75", "790.75", None),
    "2210201": ("672.15", "672.15", None),
    "2210202": ("118.60", "118.60", None),
}
# 表二: code: {column: value}; total as 表三's total
INC = {
    "TOTAL": {
        "carryover_begin": "150.00",
        "general_public": "16,432.40",
        "business": "320.00",
        "other_income": "85.00",
    },
    "201": {"carryover_begin": "150.00", "general_public": "11,496.71", "business": "320.00"},
    "20126": {"carryover_begin": "150.00", "general_public": "11,496.71", "business": "320.00"},
    "2012601": {"general_public": "3,286.54"},
    "2012602": {"general_public": "1,245.60"},
    "2012604": {"general_public": "6,068.37", "business": "320.00"},
    "2012699": {"carryover_begin": "150.00", "general_public": "896.20"},
    "205": {"general_public": "128.50"},
    "20508": {"general_public": "128.50"},
    "2050803": {"general_public": "128.50"},
    "206": {"general_public": "2,305.84", "other_income": "85.00"},
    "20603": {"general_public": "2,305.84", "other_income": "85.00"},
    "2060301": {"general_public": "1,562.84", "other_income": "85.00"},
    "2060302": {"general_public": "743.00"},
    "208": {"general_public": "1,309.99"},
    "20805": {"general_public": "1,309.99"},
    "2080501": {"general_public": "412.36"},
    "2080505": {"general_public": "598.42"},
    "2080506": {"general_public": "299.21"},
    "210": {"general_public": "400.61"},
    "21011": {"general_public": "400.61"},
    "2101101": {"general_public": "186.53"},
    "2101102": {"general_public": "214.08"},
    "221": {"general_public": "790.75"},
    "22102": {"general_public": "790.75"},
    "2210201": {"general_public": "672.15"},
    "2210202": {"general_public": "118.60"},
}
for code, (t, b, p) in DEPT.items():
    for col, v in (("total", t), ("basic", b), ("project", p)):
        if v:
            E.append(("expenditure_by_function", code, {col}, w(v)))
    E.append(("income_by_function", code, {"total"}, w(t)))
    for col, v in INC[code].items():
        cols = {col, "fiscal_appropriation"} if col == "general_public" else {col}
        E.append(("income_by_function", code, cols, w(v)))

# ---------------- 表四 财政拨款收支总表 (label rows; 支出 rows print 合计 and 一般公共预算: both expected)
for lab, vals in [
    ("本年收入", ["16,432.40"]),
    ("一般公共预算拨款", ["16,432.40"]),
    ("本年支出", ["16,432.40", "16,432.40"]),
    ("一般公共服务支出", ["11,496.71", "11,496.71"]),
    ("教育支出", ["128.50", "128.50"]),
    ("科学技术支出", ["2,305.84", "2,305.84"]),
    ("社会保障和就业支出", ["1,309.99", "1,309.99"]),
    ("卫生健康支出", ["400.61", "400.61"]),
    ("住房保障支出", ["790.75", "790.75"]),
    ("收入总计", ["16,432.40"]),
    ("支出总计", ["16,432.40", "16,432.40"]),
]:
    for v in vals:
        E.append(("fiscal_summary", "L:" + lab, None, w(v)))

# ---------------- 表五 一般公共预算财政拨款支出表: code: (2024执行, 2025合计, 基本, 项目, 增减额, 增减%)
GB = {
    "TOTAL": ("16,212.20", "16,432.40", "9,769.10", "6,663.30", "220.20", "1.36"),
    "201": ("11,360.93", "11,496.71", "5,704.91", "5,791.80", "135.78", "1.20"),
    "20126": ("11,360.93", "11,496.71", "5,704.91", "5,791.80", "135.78", "1.20"),
    "2012601": ("3,402.18", "3,286.54", "3,286.54", None, "-115.64", "-3.40"),
    "2012602": ("1,180.00", "1,245.60", None, "1,245.60", "65.60", "5.56"),
    "2012604": ("5,726.45", "6,068.37", "2,418.37", "3,650.00", "341.92", "5.97"),
    "2012699": ("1,052.30", "896.20", None, "896.20", "-156.10", "-14.83"),
    "205": ("142.80", "128.50", None, "128.50", "-14.30", "-10.01"),
    "20508": ("142.80", "128.50", None, "128.50", "-14.30", "-10.01"),
    "2050803": ("142.80", "128.50", None, "128.50", "-14.30", "-10.01"),
    "206": ("2,248.26", "2,305.84", "1,562.84", "743.00", "57.58", "2.56"),
    "20603": ("2,188.26", "2,305.84", "1,562.84", "743.00", "117.58", "5.37"),
    "2060301": ("1,498.26", "1,562.84", "1,562.84", None, "64.58", "4.31"),
    "2060302": ("690.00", "743.00", None, "743.00", "53.00", "7.68"),
    "20699": ("60.00", None, None, None, "-60.00", "-100.00"),
    "2069999": ("60.00", None, None, None, "-60.00", "-100.00"),
    "208": ("1,301.22", "1,309.99", "1,309.99", None, "8.77", "0.67"),
    "20805": ("1,301.22", "1,309.99", "1,309.99", None, "8.77", "0.67"),
    "2080501": ("435.90", "412.36", "412.36", None, "-23.54", "-5.40"),
    "2080505": ("576.88", "598.42", "598.42", None, "21.54", "3.73"),
    "2080506": ("288.44", "299.21", "299.21", None, "10.77", "3.73"),
    "210": ("384.99", "400.61", "400.61", None, "15.62", "4.06"),
    "21011": ("384.99", "400.61", "400.61", None, "15.62", "4.06"),
    "2101101": ("179.62", "186.53", "186.53", None, "6.91", "3.85"),
    "2101102": ("205.37", "214.08", "214.08", None, "8.71", "4.24"),
    "221": ("774.00", "790.75", "790.75", None, "16.75", "2.16"),
    "22102": ("774.00", "790.75", "790.75", None, "16.75", "2.16"),
    "2210201": ("655.40", "672.15", "672.15", None, "16.75", "2.56"),
    "2210202": ("118.60", "118.60", "118.60", None, "0.00", "0.00"),
}
OPTIONAL = []  # (table_key, ident, value 元, what) : acceptable only under a non-2025 column key
PERCENT = []  # (table_key, ident, printed percentage) : must never be loaded as money
for code, (e24, t, b, p, ch, pct) in GB.items():
    for col, v in (("total", t), ("basic", b), ("project", p)):
        if v:
            E.append(("general_budget_by_function", code, {col}, w(v)))
    OPTIONAL.append(("general_budget_by_function", code, w(e24), "2024年执行数"))
    OPTIONAL.append(("general_budget_by_function", code, w(ch), "增减额"))
    PERCENT.append(("general_budget_by_function", code, pct))

# ---------------- 表六 一般公共预算财政拨款基本支出表 (economic)
ECON = [
    ("301", "工资福利支出", "6,806.40", "personnel"),
    ("30101", "基本工资", "1,386.42", "personnel"),
    ("30102", "津贴补贴", "2,145.80", "personnel"),
    ("30103", "奖金", "118.36", "personnel"),
    ("30107", "绩效工资", "986.50", "personnel"),
    ("30108", "机关事业单位基本养老保险缴费", "598.42", "personnel"),
    ("30109", "职业年金缴费", "299.21", "personnel"),
    ("30110", "职工基本医疗保险缴费", "400.61", "personnel"),
    ("30112", "其他社会保障缴费", "42.18", "personnel"),
    ("30113", "住房公积金", "672.15", "personnel"),
    ("30199", "其他工资福利支出", "156.75", "personnel"),
    ("302", "商品和服务支出", "2,325.78", "public_funds"),
    ("30201", "办公费", "186.40", "public_funds"),
    ("30205", "水费", "42.30", "public_funds"),
    ("30206", "电费", "268.75", "public_funds"),
    ("30207", "邮电费", "96.20", "public_funds"),
    ("30209", "物业管理费", "612.80", "public_funds"),
    ("30211", "差旅费", "156.00", "public_funds"),
    ("30213", "维修（护）费", "228.64", "public_funds"),
    ("30215", "会议费", "38.00", "public_funds"),
    ("30216", "培训费", "64.50", "public_funds"),
    ("30217", "公务接待费", "8.60", "public_funds"),
    ("30226", "劳务费", "120.00", "public_funds"),
    ("30228", "工会经费", "98.36", "public_funds"),
    ("30229", "福利费", "72.15", "public_funds"),
    ("30231", "公务用车运行维护费", "36.40", "public_funds"),
    ("30239", "其他交通费用", "186.20", "public_funds"),
    ("30299", "其他商品和服务支出", "110.48", "public_funds"),
    ("303", "对个人和家庭的补助", "551.92", "personnel"),
    ("30302", "退休费", "412.36", "personnel"),
    ("30305", "生活补助", "12.40", "personnel"),
    ("30307", "医疗费补助", "8.56", "personnel"),
    ("30399", "其他对个人和家庭的补助", "118.60", "personnel"),
    ("310", "资本性支出", "85.00", "public_funds"),
    ("31002", "办公设备购置", "85.00", "public_funds"),
]
for code, name, v, col in ECON:
    E.append(("general_budget_basic_by_economic", code, {"total"}, w(v)))
    E.append(("general_budget_basic_by_economic", code, {col}, w(v)))
for col, v in (("total", "9,769.10"), ("personnel", "7,358.32"), ("public_funds", "2,410.78")):
    E.append(("general_budget_basic_by_economic", "TOTAL", {col}, w(v)))

# ---------------- 表七 三公 (2025年预算数 expected; 2024年预算数 optional under a non-2025 key)
SG25 = [
    ("total", "90.00"),
    ("outbound", "45.00"),
    ("vehicle", "36.40"),
    ("vehicle_purchase", "0.00"),
    ("vehicle_operation", "36.40"),
    ("reception", "8.60"),
]
SG24 = [
    ("total", "128.00"),
    ("outbound", "52.00"),
    ("vehicle", "66.20"),
    ("vehicle_purchase", "28.00"),
    ("vehicle_operation", "38.20"),
    ("reception", "9.80"),
]
for col, v in SG25:
    E.append(("sangong", "ANY", {col, "grand_total"} if col == "total" else {col}, w(v)))
for col, v in SG24:
    OPTIONAL.append(("sangong", "ANY", w(v), "2024年预算数 " + col))

# ---------------- 表八 表九 empty; 表十 项目支出表 in 元
PROJ = [
    ("TOTAL", "68,133,000.00", "66,633,000.00", "1,500,000.00"),
    ("L:机关履职综合保障", "12,456,000.00", "12,456,000.00", None),
    ("L:珍贵历", "22,800,000.00", "22,800,000.00", None),
    ("L:馆藏档案安全保管", "13,700,000.00", "13,700,000.00", None),
    ("L:档案信息化建设", "10,462,000.00", "8,962,000.00", "1,500,000.00"),
    ("L:档案干部教育培训", "1,285,000.00", "1,285,000.00", None),
    ("L:档案保护技术社会公益研究", "7,430,000.00", "7,430,000.00", None),
]
for ident, t, g, c in PROJ:
    E.append(("project_expenditure", ident, {"total"}, y(t)))
    E.append(("project_expenditure", ident, {"general_public", "fiscal_appropriation"}, y(g)))
    if c:
        E.append(("project_expenditure", ident, {"carryover_begin"}, y(c)))


# ---------------- sanity of the typed values (the document's identities)
def S(xs):
    return sum(D(x.replace(",", "")) for x in xs if x)


for code, (t, b, p) in DEPT.items():
    assert S([t]) == S([b, p]), code
    assert S([t]) == S(INC[code].values()), code
for code, (e24, t, b, p, ch, pct) in GB.items():
    assert S([t]) == S([b, p]) and S([t]) - S([e24]) == S([ch]), code
    assert (S([ch]) / S([e24]) * 100).quantize(D("0.01")) == D(pct), code
for parent, kids in [
    ("TOTAL", ["201", "205", "206", "208", "210", "221"]),
    ("201", ["20126"]),
    ("20126", ["2012601", "2012602", "2012604", "2012699"]),
    ("206", ["20603", "20699"]),
    ("20603", ["2060301", "2060302"]),
    ("20805", ["2080501", "2080505", "2080506"]),
    ("21011", ["2101101", "2101102"]),
    ("22102", ["2210201", "2210202"]),
]:
    for i in range(5):
        assert S([GB[parent][i]]) == S([GB[k][i] for k in kids]), (parent, i)
    if parent != "206" and parent in DEPT:
        for i in range(3):
            assert S([DEPT[parent][i]]) == S([DEPT[k][i] for k in kids if k in DEPT]), (parent, i)
assert S([v for c, n, v, k in ECON if len(c) == 3]) == D("9769.10") == S([GB["TOTAL"][2]])
assert S([v for c, n, v, k in ECON if len(c) == 3 and k == "personnel"]) == D("7358.32")
for p in ("301", "302", "303", "310"):
    assert S([v for c, n, v, k in ECON if len(c) == 5 and c.startswith(p)]) == S(
        [v for c, n, v, k in ECON if c == p]
    )
assert S(["45.00", "36.40", "8.60"]) == D("90.00") and S(["52.00", "66.20", "9.80"]) == D("128.00")
assert y("66,633,000.00") == w(GB["TOTAL"][3]) and y("68,133,000.00") == w(DEPT["TOTAL"][2])
assert sum(y(g) for _i, _t, g, _c in PROJ[1:]) == y("66,633,000.00")


# ---------------- matching
def ident_ok(a, ident):
    if ident == "ANY":
        return True
    if ident == "TOTAL":
        return a.is_total_row
    if ident.startswith("L:"):
        txt = ((a.row_label or "") + "|" + (a.subject_name or "")).replace(" ", "")
        return ident[2:] in txt
    return a.subject_code == ident and not a.is_total_row


KEYS_2025 = {}
for tk, _i, cols, _v in E:
    if cols:
        KEYS_2025.setdefault(tk, set()).update(cols)

used = set()
stats = dict(expected=len(E), matched=0, missing=0, wrong=0)
problems = []
for tk, ident, cols, want in E:
    cands = [i for i, a in enumerate(r.amounts) if i not in used and a.table_key == tk and ident_ok(a, ident)]
    hit = [
        i
        for i in cands
        if r.amounts[i].amount_yuan == want and (cols is None or r.amounts[i].column_key in cols)
    ]
    if hit:
        used.add(hit[0])
        stats["matched"] += 1
        continue
    same_amt = [i for i in cands if r.amounts[i].amount_yuan == want]
    same_col = [i for i in cands if cols is None or r.amounts[i].column_key in cols]
    unit = W if tk != "project_expenditure" else 1
    if same_amt:
        i = same_amt[0]
        used.add(i)
        stats["wrong"] += 1
        a = r.amounts[i]
        problems.append(
            f"WRONG COLUMN {tk} {ident} want {cols} {want / unit}: got col={a.column_key} ({a.column_label}) line {a.source_line}"
        )
    elif same_col:
        i = same_col[0]
        used.add(i)
        stats["wrong"] += 1
        a = r.amounts[i]
        problems.append(
            f"WRONG AMOUNT {tk} {ident} {cols} want {want / unit}: got {a.amount_yuan / unit} raw={a.amount_raw} ({a.column_label}) line {a.source_line}"
        )
    else:
        stats["missing"] += 1
        problems.append(f"MISSING {tk} {ident} {cols} {want / unit}")

# optional prior-year / change cells, and percentages
optional_ok, optional_bad, pct_loaded, spurious = [], [], [], []
for i, a in enumerate(r.amounts):
    if i in used:
        continue
    opt = [o for o in OPTIONAL if o[0] == a.table_key and ident_ok(a, o[1]) and o[2] == a.amount_yuan]
    pct = [
        p
        for p in PERCENT
        if p[0] == a.table_key
        and ident_ok(a, p[1])
        and (a.amount_yuan in (D(p[2]), w(p[2])) or "%" in (a.amount_raw or ""))
    ]
    if "%" in (a.amount_raw or "") or pct:
        pct_loaded.append(a)
    elif opt:
        label = a.column_label or ""
        if a.column_key not in KEYS_2025.get(a.table_key, set()) and any(
            k in label for k in ("2024", "执行", "增减", "上年")
        ):
            optional_ok.append((a, opt[0][3]))
        else:
            optional_bad.append((a, opt[0][3]))
    else:
        spurious.append(a)
stats["spurious"] = len(spurious)
stats["prior_or_change_ok"] = len(optional_ok)
stats["prior_or_change_as_2025"] = len(optional_bad)
stats["percent_as_money"] = len(pct_loaded)
print("AMOUNTS", stats)
for p in problems:
    print("  ", p)


def show(tag, a, extra=""):
    print(
        f"   {tag}",
        a.table_key,
        a.subject_code,
        repr(a.row_label),
        a.column_key,
        repr(a.column_label),
        a.amount_raw,
        a.amount_yuan,
        "line",
        a.source_line,
        extra,
    )


for a, what in optional_bad:
    show("PRIOR/CHANGE LOADED AS 2025", a, what)
for a in pct_loaded:
    show("PERCENT AS MONEY", a)
for a in spurious:
    show("SPURIOUS", a)
for a, what in optional_ok:
    show("ok-optional", a, what)

# ---------------- claims: (kind, code, amount 万元 or None = don't care, change 万元, rate)
C = [
    ("total_income_expenditure", None, "16,987.40", None, None),
    ("year_on_year", None, "16,987.40", "224.55", "0.0134"),  # 收支总预算
    ("year_on_year", None, "16,432.40", "220.20", "0.0136"),  # 一般公共预算拨款收入
    ("year_on_year", None, "320.00", "-30.00", "-0.0857"),  # 事业收入
    ("year_on_year", None, "85.00", "0", None),  # 其他收入 持平
    ("fiscal_total_income_expenditure", None, "16,432.40", None, None),
    ("year_on_year", None, "16,432.40", "220.20", "0.0136"),  # 财政拨款收支总预算
    ("year_on_year", None, "16,432.40", "220.20", "0.0136"),  # 一般公共预算财政拨款支出
    ("year_on_year", "2012601", "3,286.54", "-115.64", "-0.0340"),
    ("year_on_year", "2012602", "1,245.60", "65.60", "0.0556"),
    ("year_on_year", "2012604", "6,068.37", "341.92", "0.0597"),
    ("year_on_year", "2012699", "896.20", "-156.10", "-0.1483"),
    ("year_on_year", "2050803", "128.50", "-14.30", "-0.1001"),
    ("year_on_year", "2060301", "1,562.84", "64.58", "0.0431"),
    ("year_on_year", "2060302", "743.00", "53.00", "0.0768"),
    ("year_on_year", "2069999", None, "-60.00", "-1.0000"),
    ("year_on_year", "2080501", "412.36", "-23.54", "-0.0540"),
    ("year_on_year", "2080505", "598.42", "21.54", "0.0373"),
    ("year_on_year", "2080506", "299.21", "10.77", "0.0373"),
    ("year_on_year", "2101101", "186.53", "6.91", "0.0385"),
    ("year_on_year", "2101102", "214.08", "8.71", "0.0424"),
    ("year_on_year", "2210201", "672.15", "16.75", "0.0256"),
    ("year_on_year", "2210202", "118.60", "0", None),
    ("year_on_year", None, "90.00", "-38.00", "-0.2969"),  # 三公
    ("year_on_year", None, "45.00", "-7.00", "-0.1346"),  # 出国
    ("year_on_year", None, "36.40", "-29.80", "-0.4502"),  # 车
    ("year_on_year", None, "0.00", "-28.00", "-1.0000"),  # 购置
    ("year_on_year", None, "36.40", "-1.80", "-0.0471"),  # 运行
    ("year_on_year", None, "8.60", "-1.20", "-0.1224"),  # 接待
    ("operating_costs", None, "1,026.35", None, None),
    ("year_on_year", None, "1,026.35", "-42.55", "-0.0398"),
    ("procurement_total", None, "2,345.60", None, None),
]


def cl_ok(c, e, strict=True):
    kind, code, amt, change, rate = e
    if c.claim_kind != kind:
        return False
    if strict and code is not None and c.subject_code != code:
        return False
    if amt is not None and c.amount_yuan != w(amt):
        return False
    if change is not None and c.change_yuan != w(change):
        return False
    if rate is not None and (c.stated_rate is None or c.stated_rate != D(rate)):
        return False
    return True


claims = list(r.claims)
cm, cmiss = 0, []
for e in C:
    h = next((c for c in claims if cl_ok(c, e)), None)
    if h:
        claims.remove(h)
        cm += 1
    else:
        cmiss.append(e)
print(
    "CLAIMS expected",
    len(C),
    "matched",
    cm,
    "missing/wrong",
    len(cmiss),
    "unmatched parser claims",
    len(claims),
)
for e in cmiss:
    near = next((c for c in claims if cl_ok(c, e, strict=False)), None) or next(
        (c for c in claims if c.claim_kind == e[0] and c.subject_code == e[1] and e[1]), None
    )
    note = ""
    if near:
        note = (
            f" | nearest: code={near.subject_code} name={near.subject_name} amt={near.amount_yuan and near.amount_yuan / W}"
            f" chg={near.change_yuan and near.change_yuan / W} rate={near.stated_rate}"
        )
    print("   EXPECTED", e, note)
for c in claims:
    print(
        "   GOT",
        c.claim_kind,
        c.subject_code,
        c.subject_name,
        c.amount_yuan and c.amount_yuan / W,
        c.change_yuan and c.change_yuan / W,
        c.prior_yuan and c.prior_yuan / W,
        c.stated_rate,
        c.source_line,
        "|",
        c.sentence[:70],
    )

# ---------------- document, tables
doc = r.document
META = dict(
    doc_kind="budget",
    scope="department",
    unit_name="国家档案局",
    fiscal_year=2025,
    parse_status="parsed",
    table_count=10,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=w("16,987.40"),
)
for k, v in META.items():
    if getattr(doc, k) != v:
        print("   META", k, getattr(doc, k), "want", v)
TABLES = [
    ("income_expenditure_summary", False, "万元"),
    ("income_by_function", False, "万元"),
    ("expenditure_by_function", False, "万元"),
    ("fiscal_summary", False, "万元"),
    ("general_budget_by_function", False, "万元"),
    ("general_budget_basic_by_economic", False, "万元"),
    ("sangong", False, "万元"),
    ("government_fund", True, "万元"),
    ("state_capital", True, "万元"),
    ("project_expenditure", False, "元"),
]
gt = [(t.table_key, t.is_empty, t.amount_unit) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"   TABLES got {gt}")
for t in r.tables:
    print(
        "   T",
        t.table_key,
        t.title_line,
        t.last_line,
        t.row_count,
        t.amount_unit,
        repr(t.table_title),
        t.empty_reason or "",
    )
print("DIAGNOSTICS", len(r.diagnostics))
for x in r.diagnostics:
    print(
        "  ",
        x.severity,
        x.check_name,
        x.table_key,
        x.source_line,
        (x.observed or "")[:60],
        "|",
        x.message[:200],
    )
