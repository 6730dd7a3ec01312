"""Compare parse_document output with the values typed into county_2022_budget.txt (typed by hand here, in 万元)."""

from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document

DOC = Path(__file__).with_name("county_2022_budget.txt")
r = parse_document(DOC.read_bytes(), "county_2022_budget.txt", "d")
W = D(10000)


def d(s):
    return D(s.replace(",", "")) * W  # 万元 -> 元


E = []  # (table_key, ident, allowed column keys or None, amount in 元)
# 表1 收支预算总表
for lab, cols, v in [
    ("一般公共预算拨款收入", {"income"}, "23,236.07"),
    ("政府性基金预算拨款收入", {"income"}, "85.00"),
    ("事业收入", {"income"}, "120.00"),
    ("教育支出", {"expenditure"}, "18,019.50"),
    ("社会保障和就业支出", {"expenditure"}, "2,763.72"),
    ("卫生健康支出", {"expenditure"}, "1,014.46"),
    ("住房保障支出", {"expenditure"}, "1,558.39"),
    ("其他支出", {"expenditure"}, "85.00"),
    ("本年收入合计", {"income"}, "23,441.07"),
    ("本年支出合计", {"expenditure"}, "23,441.07"),
    ("收入总计", {"income"}, "23,441.07"),
    ("支出总计", {"expenditure"}, "23,441.07"),
]:
    E.append(("income_expenditure_summary", "L:" + lab, cols, v))

# 支出预算总表: code -> (total, basic, project)
FUNC = {
    "TOTAL": ("23,441.07", "22,195.37", "1,245.70"),
    "205": ("18,019.50", "16,858.80", "1,160.70"),
    "20501": ("412.36", "412.36", None),
    "2050101": ("412.36", "412.36", None),
    "20502": ("17,607.14", "16,446.44", "1,160.70"),
    "2050201": ("1,442.54", "1,286.54", "156.00"),
    "2050202": ("9,566.22", "8,945.72", "620.50"),
    "2050203": ("6,598.38", "6,214.18", "384.20"),
    "208": ("2,763.72", "2,763.72", None),
    "20805": ("2,763.72", "2,763.72", None),
    "2080502": ("326.40", "326.40", None),
    "2080505": ("1,624.88", "1,624.88", None),
    "2080506": ("812.44", "812.44", None),
    "210": ("1,014.46", "1,014.46", None),
    "21011": ("1,014.46", "1,014.46", None),
    "2101101": ("28.16", "28.16", None),
    "2101102": ("986.30", "986.30", None),
    "221": ("1,558.39", "1,558.39", None),
    "22102": ("1,558.39", "1,558.39", None),
    "2210201": ("1,462.39", "1,462.39", None),
    "2210203": ("96.00", "96.00", None),
    "229": ("85.00", None, "85.00"),
    "22960": ("85.00", None, "85.00"),
    "2296004": ("85.00", None, "85.00"),
}
GP = {  # 一般公共预算支出预算表 where it differs from FUNC (no fund, no 事业收入)
    "TOTAL": ("23,236.07", "22,075.37", "1,160.70"),
    "205": ("17,899.50", "16,738.80", "1,160.70"),
    "20502": ("17,487.14", "16,326.44", "1,160.70"),
    "2050203": ("6,478.38", "6,094.18", "384.20"),
}
BUSINESS = {"TOTAL", "205", "20502", "2050203"}  # 事业收入 120.00
FUND = {"229", "22960", "2296004"}
for code, (t, b, p) in FUNC.items():
    for col, v in (("total", t), ("basic", b), ("project", p)):
        if v:
            E.append(("expenditure_by_function", code, {col}, v))
    if code not in FUND:
        t3, b3, p3 = GP.get(code, (t, b, p))
        for col, v in (("total", t3), ("basic", b3), ("project", p3)):
            if v:
                E.append(("general_budget_by_function", code, {col}, v))
    # 收入预算总表
    E.append(("income_by_function", code, {"total"}, t))
    if code == "TOTAL":
        E.append(("income_by_function", code, {"general_public"}, "23,236.07"))
        E.append(("income_by_function", code, {"government_fund"}, "85.00"))
        E.append(("income_by_function", code, {"business"}, "120.00"))
    elif code in FUND:
        E.append(("income_by_function", code, {"government_fund"}, "85.00"))
    else:
        E.append(("income_by_function", code, {"general_public"}, GP.get(code, (t,))[0]))
        if code in BUSINESS:
            E.append(("income_by_function", code, {"business"}, "120.00"))
    # 政府性基金预算支出预算表
    if code in FUND or code == "TOTAL":
        if code == "TOTAL" or code in FUND:
            E.append(("government_fund", code, {"total"}, "85.00"))
            E.append(("government_fund", code, {"project"}, "85.00"))

# 表2 财政拨款收支预算总表
for lab, cols, v in [
    ("本年收入", {"income"}, "23,321.07"),
    ("一般公共预算拨款", {"income"}, "23,236.07"),
    ("政府性基金预算拨款", {"income"}, "85.00"),
    ("本年支出", {"expenditure"}, "23,321.07"),
    ("本年支出", {"expenditure_general_public"}, "23,236.07"),
    ("本年支出", {"expenditure_government_fund"}, "85.00"),
    ("教育支出", {"expenditure"}, "17,899.50"),
    ("教育支出", {"expenditure_general_public"}, "17,899.50"),
    ("社会保障和就业支出", {"expenditure"}, "2,763.72"),
    ("社会保障和就业支出", {"expenditure_general_public"}, "2,763.72"),
    ("卫生健康支出", {"expenditure"}, "1,014.46"),
    ("卫生健康支出", {"expenditure_general_public"}, "1,014.46"),
    ("住房保障支出", {"expenditure"}, "1,558.39"),
    ("住房保障支出", {"expenditure_general_public"}, "1,558.39"),
    ("其他支出", {"expenditure"}, "85.00"),
    ("其他支出", {"expenditure_government_fund"}, "85.00"),
    ("收入总计", {"income"}, "23,321.07"),
    ("支出总计", {"expenditure"}, "23,321.07"),
    ("支出总计", {"expenditure_general_public"}, "23,236.07"),
    ("支出总计", {"expenditure_government_fund"}, "85.00"),
]:
    E.append(("fiscal_summary", "L:" + lab, cols, v))

# 表3-1 一般公共预算基本支出预算表
ECON = [
    ("301", "工资福利支出", "18,513.40", "personnel"),
    ("30101", "基本工资", "5,862.40", "personnel"),
    ("30102", "津贴补贴", "2,315.76", "personnel"),
    ("30103", "奖金", "1,206.30", "personnel"),
    ("30107", "绩效工资", "4,128.52", "personnel"),
    ("30108", "机关事业单位基本养老保险缴费", "1,624.88", "personnel"),
    ("30109", "职业年金缴费", "812.44", "personnel"),
    ("30110", "职工基本医疗保险缴费", "1,014.46", "personnel"),
    ("30112", "其他社会保障缴费", "86.25", "personnel"),
    ("30113", "住房公积金", "1,462.39", "personnel"),
    ("302", "商品和服务支出", "3,056.97", "public_funds"),
    ("30201", "办公费", "486.20", "public_funds"),
    ("30205", "水费", "132.50", "public_funds"),
    ("30206", "电费", "368.40", "public_funds"),
    ("30207", "邮电费", "42.80", "public_funds"),
    ("30211", "差旅费", "96.35", "public_funds"),
    ("30213", "维修（护）费", "215.60", "public_funds"),
    ("30215", "会议费", "8.50", "public_funds"),
    ("30216", "培训费", "64.00", "public_funds"),
    ("30217", "公务接待费", "6.20", "public_funds"),
    ("30228", "工会经费", "286.42", "public_funds"),
    ("30229", "福利费", "143.21", "public_funds"),
    ("30231", "公务用车运行维护费", "18.60", "public_funds"),
    ("30239", "其他交通费用", "124.80", "public_funds"),
    ("30299", "其他商品和服务支出", "1,063.39", "public_funds"),
    ("303", "对个人和家庭的补助", "480.00", "personnel"),
    ("30302", "退休费", "326.40", "personnel"),
    ("30305", "生活补助", "45.60", "personnel"),
    ("30309", "奖励金", "12.00", "personnel"),
    ("30399", "其他对个人和家庭的补助", "96.00", "personnel"),
    ("310", "资本性支出", "25.00", "public_funds"),
    ("31002", "办公设备购置", "25.00", "public_funds"),
]
for code, name, v, col in ECON:
    E.append(("general_budget_basic_by_economic", code, {"total"}, v))
    E.append(("general_budget_basic_by_economic", code, {col}, v))
for col, v in (("total", "22,075.37"), ("personnel", "18,993.40"), ("public_funds", "3,081.97")):
    E.append(("general_budget_basic_by_economic", "TOTAL", {col}, v))
# 表3-2 三公 (万元)
for col, v in (
    ("total", "24.80"),
    ("outbound", "0.00"),
    ("vehicle", "18.60"),
    ("vehicle_purchase", "0.00"),
    ("vehicle_operation", "18.60"),
    ("reception", "6.20"),
):
    E.append(("sangong", "ANY", {col, "grand_total"} if col == "total" else {col}, v))
# 表5 项目支出预算表
E.append(("project_expenditure", "TOTAL", {"total"}, "1,245.70"))
E.append(("project_expenditure", "TOTAL", {"general_public"}, "1,160.70"))
E.append(("project_expenditure", "TOTAL", {"government_fund"}, "85.00"))
for lab, v, fund in [
    ("学前教育保教费补助", "156.00", "general_public"),
    ("义务教育阶段学校公用经费补助（小学）", "420.50", "general_public"),
    ("营山县城区小学教学设备购置项目", "200.00", "general_public"),
    ("义务教育家庭经济困难学生生活补助（初中）", "384.20", "general_public"),
    ("2022年彩票公益金助学项目", "85.00", "government_fund"),
]:
    E.append(("project_expenditure", "L:" + lab, {"total"}, v))
    E.append(("project_expenditure", "L:" + lab, {fund}, v))


def ident_ok(a, ident):
    if ident == "ANY":
        return True
    if ident == "TOTAL":
        return a.is_total_row
    if ident.startswith("L:"):
        lab = ident[2:]
        txt = ((a.row_label or "") + "|" + (a.subject_name or "")).replace("(", "（").replace(")", "）")
        return lab in txt.replace(" ", "")
    return a.subject_code == ident and not a.is_total_row


used = set()
stats = dict(expected=len(E), matched=0, missing=0, wrong=0)
problems = []
for tk, ident, cols, v in E:
    want = d(v)
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
    if same_amt:
        i = same_amt[0]
        used.add(i)
        stats["wrong"] += 1
        problems.append(
            f"WRONG COLUMN {tk} {ident} want {cols} {v}: got col={r.amounts[i].column_key} line {r.amounts[i].source_line}"
        )
    elif same_col:
        i = same_col[0]
        used.add(i)
        stats["wrong"] += 1
        problems.append(
            f"WRONG AMOUNT {tk} {ident} {cols} want {v}: got {r.amounts[i].amount_yuan} line {r.amounts[i].source_line}"
        )
    else:
        stats["missing"] += 1
        problems.append(f"MISSING {tk} {ident} {cols} {v}")
spurious = [a for i, a in enumerate(r.amounts) if i not in used]
stats["spurious"] = len(spurious)
print("AMOUNTS", stats)
for p in problems:
    print("  ", p)
for a in spurious:
    print("   SPURIOUS", a.table_key, a.subject_code, a.row_label, a.column_key, a.amount_raw, a.source_line)

# names
econ = {
    a.subject_code: a
    for a in r.amounts
    if a.table_key == "general_budget_basic_by_economic" and a.subject_code
}
for code, name, v, col in ECON:
    a = econ.get(code)
    if a and a.subject_name.replace("(", "（").replace(")", "）") != name:
        print("   ECON NAME", code, a.subject_name, "want", name)
FNAMES = {
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296004": "用于教育事业的彩票公益金支出",
}
bad = {
    (a.table_key, a.subject_code, a.subject_name)
    for a in r.amounts
    if a.classification == "functional"
    and a.subject_code in FNAMES
    and a.subject_name != FNAMES[a.subject_code]
}
for b in sorted(bad):
    print("   FUNC NAME", b, "want", FNAMES[b[1]])
levels = {
    (a.table_key, a.subject_code, a.subject_level)
    for a in r.amounts
    if a.classification == "functional"
    and a.subject_code
    and a.subject_level != {3: 1, 5: 2, 7: 3}[len(a.subject_code)]
}
for b in sorted(levels):
    print("   LEVEL", b)
if r.line_items:
    print("   LINE ITEMS (none expected)", len(r.line_items))

# ---------------- claims: (kind, code, amount, change, rate) in 元; None = don't care
C = [
    ("total_income_expenditure", None, d("23,441.07"), None, None),  # 收入总计
    (
        "total_income_expenditure",
        None,
        d("23,441.07"),
        None,
        None,
    ),  # 支出总计 (one claim each, as check_wuhan.py)
    ("year_on_year", None, d("23,441.07"), d("1,056.32"), D("0.0472")),
    ("fiscal_total_income_expenditure", None, d("23,321.07"), None, None),
    ("year_on_year", None, d("23,321.07"), d("1,021.45"), D("0.0458")),
    ("year_on_year", None, d("23,236.07"), d("986.45"), D("0.0443")),
    ("year_on_year", "2050101", d("412.36"), d("18.24"), D("0.0463")),
    ("year_on_year", "2050201", d("1,442.54"), d("-63.20"), D("-0.0420")),
    ("year_on_year", "2050202", d("9,566.22"), d("512.66"), D("0.0566")),
    ("year_on_year", "2050203", d("6,478.38"), d("302.14"), D("0.0489")),
    ("year_on_year", "2080505", d("1,624.88"), d("82.16"), D("0.0533")),
    ("year_on_year", "2101102", d("986.30"), D("0"), None),
    ("year_on_year", "2210201", d("1,462.39"), d("70.12"), D("0.0504")),
    ("year_on_year", None, d("24.80"), d("-3.40"), D("-0.1206")),  # 三公
    ("year_on_year", None, D("0"), D("0"), None),  # 出国
    ("year_on_year", None, d("18.60"), d("-1.90"), D("-0.0927")),  # 车
    ("year_on_year", None, d("6.20"), d("-1.50"), D("-0.1948")),  # 接待
    ("year_on_year", None, d("85.00"), d("35.00"), D("0.7000")),  # 政府性基金
    ("operating_costs", None, d("68.45"), None, None),
    ("year_on_year", None, d("68.45"), d("-2.35"), D("-0.0332")),
    ("procurement_total", None, d("225.00"), None, None),
]
claims = list(r.claims)
cm, cmiss = 0, []


def cl_ok(c, e):
    kind, code, amt, change, rate = e
    if c.claim_kind != kind or (code is not None and c.subject_code != code) or c.amount_yuan != amt:
        return False
    if change is not None and c.change_yuan != change:
        return False
    if rate is not None and (c.stated_rate is None or c.stated_rate != rate):
        return False
    return True


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
    print("   EXPECTED", e)
for c in claims:
    print(
        "   GOT",
        c.claim_kind,
        c.subject_code,
        c.subject_name,
        c.amount_yuan,
        c.prior_yuan,
        c.change_yuan,
        c.stated_rate,
        c.source_line,
        "|",
        c.sentence[:70],
    )

doc = r.document
META = dict(
    doc_kind="budget",
    scope="department",
    unit_name="四川省南充市营山县教育局",
    fiscal_year=2022,
    province="四川省",
    city="南充市",
    district="营山县",
    parse_status="parsed",
    table_count=9,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=d("23,441.07"),
)
for k, v in META.items():
    if getattr(doc, k) != v:
        print("   META", k, getattr(doc, k), "want", v)
TABLES = [
    ("income_expenditure_summary", False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    ("fiscal_summary", False),
    ("general_budget_by_function", False),
    ("general_budget_basic_by_economic", False),
    ("sangong", False),
    ("government_fund", False),
    ("project_expenditure", False),
]
gt = [(t.table_key, t.is_empty) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"   TABLES {gt}")
for t in r.tables:
    if t.amount_unit != "万元":
        print("   UNIT", t.table_key, t.amount_unit)
    print("   T", t.table_key, t.table_label, t.title_line, t.last_line, repr(t.table_title))
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
        x.message[:150],
    )
