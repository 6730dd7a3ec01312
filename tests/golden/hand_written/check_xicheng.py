"""Compare parse_document output with the values typed into xicheng_2021_budget.txt (typed by hand here)."""

from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document

DOC = Path(__file__).with_name("xicheng_2021_budget.txt")
r = parse_document(open(DOC, "rb").read(), "xicheng_2021_budget.txt", "d")


def d(s):
    return D(s.replace(",", ""))


# ---------------- expected amounts: (table_key, ident, allowed column keys or None, amount)
E = []
# 表一 income_expenditure_summary: ident = label fragment
for lab, v in [
    ("一般公共预算财政拨款收入", "19,270,947.52"),
    ("其他收入", "300,000.00"),
    ("文化旅游体育与传媒支出", "15,016,014.40"),
    ("社会保障和就业支出", "2,184,518.40"),
    ("住房保障支出", "2,370,414.72"),
    ("本年收入合计", "19,570,947.52"),
    ("本年支出合计", "19,570,947.52"),
    ("收入总计", "19,570,947.52"),
    ("支出总计", "19,570,947.52"),
]:
    E.append(("income_expenditure_summary", "L:" + lab, None, v))

FUNC = {  # code: (total, basic, project) for 表三
    "TOTAL": ("19,570,947.52", "15,469,947.52", "4,101,000.00"),
    "207": ("15,016,014.40", "10,915,014.40", "4,101,000.00"),
    "20701": ("15,016,014.40", "10,915,014.40", "4,101,000.00"),
    "2070101": ("10,915,014.40", "10,915,014.40", None),
    "2070102": ("836,000.00", None, "836,000.00"),
    "2070109": ("3,265,000.00", None, "3,265,000.00"),
    "208": ("2,184,518.40", "2,184,518.40", None),
    "20805": ("2,184,518.40", "2,184,518.40", None),
    "2080501": ("456,000.00", "456,000.00", None),
    "2080505": ("1,152,345.60", "1,152,345.60", None),
    "2080506": ("576,172.80", "576,172.80", None),
    "221": ("2,370,414.72", "2,370,414.72", None),
    "22102": ("2,370,414.72", "2,370,414.72", None),
    "2210201": ("1,382,814.72", "1,382,814.72", None),
    "2210203": ("987,600.00", "987,600.00", None),
}
GB_DIFF = {
    "TOTAL": ("19,270,947.52", "15,469,947.52", "3,801,000.00"),
    "207": ("14,716,014.40", "10,915,014.40", "3,801,000.00"),
    "20701": ("14,716,014.40", "10,915,014.40", "3,801,000.00"),
    "2070109": ("2,965,000.00", None, "2,965,000.00"),
}
for code, (t, b, p) in FUNC.items():
    for col, v in (("total", t), ("basic", b), ("project", p)):
        if v:
            E.append(("expenditure_by_function", code, {col}, v))
    t5, b5, p5 = GB_DIFF.get(code, (t, b, p))
    for col, v in (("total", t5), ("basic", b5), ("project", p5)):
        if v:
            E.append(("general_budget_by_function", code, {col}, v))
    # 表二: 合计, 一般公共预算财政拨款收入, 其他收入
    other = "300,000.00" if code in ("TOTAL", "207", "20701", "2070109") else None
    fiscal = GB_DIFF.get(code, (t,))[0]
    E.append(("income_by_function", code, {"total"}, t))
    E.append(("income_by_function", code, {"fiscal_appropriation", "general_public"}, fiscal))
    if other:
        E.append(("income_by_function", code, {"other_income"}, other))

# 表四 fiscal_summary (its expenditure side's columns: expenditure = 合计, expenditure_general_public)
for lab, cols, v in [
    ("本年收入", None, "19,270,947.52"),
    ("一般公共预算财政拨款", None, "19,270,947.52"),
    ("本年支出", {"expenditure"}, "19,270,947.52"),
    ("本年支出", {"expenditure_general_public"}, "19,270,947.52"),
    ("文化旅游体育与传媒支出", {"expenditure"}, "14,716,014.40"),
    ("文化旅游体育与传媒支出", {"expenditure_general_public"}, "14,716,014.40"),
    ("社会保障和就业支出", {"expenditure"}, "2,184,518.40"),
    ("社会保障和就业支出", {"expenditure_general_public"}, "2,184,518.40"),
    ("住房保障支出", {"expenditure"}, "2,370,414.72"),
    ("住房保障支出", {"expenditure_general_public"}, "2,370,414.72"),
    ("收入总计", None, "19,270,947.52"),
    ("支出总计", {"expenditure"}, "19,270,947.52"),
    ("支出总计", {"expenditure_general_public"}, "19,270,947.52"),
]:
    E.append(("fiscal_summary", "L:" + lab, cols, v))

# 表六: dept code -> (name, gov code, gov name, amount, column)
ECON = [
    ("301", "工资福利支出", "501", "机关工资福利支出", "12,616,247.52", "personnel"),
    ("30101", "基本工资", "50101", "工资奖金津补贴", "3,256,800.00", "personnel"),
    ("30102", "津贴补贴", "50101", "工资奖金津补贴", "4,104,320.00", "personnel"),
    ("30103", "奖金", "50101", "工资奖金津补贴", "1,285,600.00", "personnel"),
    ("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "1,152,345.60", "personnel"),
    ("30109", "职业年金缴费", "50102", "社会保障缴费", "576,172.80", "personnel"),
    ("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", "648,194.40", "personnel"),
    ("30113", "住房公积金", "50103", "住房公积金", "1,382,814.72", "personnel"),
    ("30199", "其他工资福利支出", "50199", "其他工资福利支出", "210,000.00", "personnel"),
    ("302", "商品和服务支出", "502", "机关商品和服务支出", "1,410,100.00", "public_funds"),
    ("30201", "办公费", "50201", "办公经费", "285,000.00", "public_funds"),
    ("30205", "水费", "50201", "办公经费", "42,000.00", "public_funds"),
    ("30206", "电费", "50201", "办公经费", "168,000.00", "public_funds"),
    ("30211", "差旅费", "50201", "办公经费", "96,000.00", "public_funds"),
    ("30215", "会议费", "50202", "会议费", "30,000.00", "public_funds"),
    ("30216", "培训费", "50203", "培训费", "45,000.00", "public_funds"),
    ("30217", "公务接待费", "50206", "公务接待费", "12,000.00", "public_funds"),
    ("30228", "工会经费", "50299", "其他商品和服务支出", "165,900.00", "public_funds"),
    ("30229", "福利费", "50299", "其他商品和服务支出", "108,200.00", "public_funds"),
    ("30231", "公务用车运行维护费", "50208", "公务用车运行维护费", "86,000.00", "public_funds"),
    ("30239", "其他交通费用", "50299", "其他商品和服务支出", "312,000.00", "public_funds"),
    ("30299", "其他商品和服务支出", "50299", "其他商品和服务支出", "60,000.00", "public_funds"),
    ("303", "对个人和家庭的补助", "509", "对个人和家庭的补助", "1,443,600.00", "personnel"),
    ("30302", "退休费", "50905", "离退休费", "420,000.00", "personnel"),
    ("30305", "生活补助", "50901", "社会福利和救助", "36,000.00", "personnel"),
    ("30399", "其他对个人和家庭的补助", "50999", "其他对个人和家庭补助", "987,600.00", "personnel"),
]
for code, name, g, gname, v, col in ECON:
    E.append(("general_budget_basic_by_economic", code, {"total"}, v))
    E.append(("general_budget_basic_by_economic", code, {col}, v))
for col, v in (("total", "15,469,947.52"), ("personnel", "14,059,847.52"), ("public_funds", "1,410,100.00")):
    E.append(("general_budget_basic_by_economic", "TOTAL", {col}, v))
# 表十一 三公 (元)
for col, v in (
    ("total", "98,000.00"),
    ("outbound", "0.00"),
    ("vehicle", "86,000.00"),
    ("vehicle_purchase", "0.00"),
    ("vehicle_operation", "86,000.00"),
    ("reception", "12,000.00"),
):
    E.append(("sangong", "ANY", {col, "grand_total"} if col == "total" else {col}, v))
# 表十二
E.append(("procurement", "TOTAL", {"total"}, "1,145,000.00"))


def ident_ok(a, ident):
    if ident == "ANY":
        return True
    if ident == "TOTAL":
        return a.is_total_row
    if ident.startswith("L:"):
        lab = ident[2:]
        txt = (a.row_label or "") + "|" + (a.subject_name or "")
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

# names and paired codes in 表六
econ = {
    a.subject_code: a
    for a in r.amounts
    if a.table_key == "general_budget_basic_by_economic" and a.subject_code
}
for code, name, g, gname, v, col in ECON:
    a = econ.get(code)
    if a and (a.subject_name, a.paired_code, a.paired_name) != (name, g, gname):
        print(
            "   ECON NAME/PAIR",
            code,
            (a.subject_name, a.paired_code, a.paired_name),
            "want",
            (name, g, gname),
        )
# functional names
FNAMES = {
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070102": "一般行政管理事务",
    "2070109": "群众文化",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
}
bad = {
    (a.table_key, a.subject_code, a.subject_name)
    for a in r.amounts
    if a.subject_code in FNAMES
    and a.classification == "functional"
    and a.subject_name != FNAMES[a.subject_code]
}
for b in sorted(bad):
    print("   FUNC NAME", b, "want", FNAMES[b[1]])

# ---------------- line items
L = []


def li(f, g, dep, proj, typ, v):
    L.append((f, g, dep, proj, typ, d(v)))


for dep, g, v in [
    ("30101", "50101", "3,256,800.00"),
    ("30102", "50101", "4,104,320.00"),
    ("30103", "50101", "1,285,600.00"),
    ("30110", "50102", "648,194.40"),
    ("30199", "50199", "210,000.00"),
    ("30201", "50201", "285,000.00"),
    ("30205", "50201", "42,000.00"),
    ("30206", "50201", "168,000.00"),
    ("30211", "50201", "96,000.00"),
    ("30215", "50202", "30,000.00"),
    ("30216", "50203", "45,000.00"),
    ("30217", "50206", "12,000.00"),
    ("30228", "50299", "165,900.00"),
    ("30229", "50299", "108,200.00"),
    ("30231", "50208", "86,000.00"),
    ("30239", "50299", "312,000.00"),
    ("30299", "50299", "60,000.00"),
]:
    li("2070101", g, dep, None, "basic", v)
li("2070102", "50205", "30227", "2021年文化执法巡查专项经费", "project", "680,000.00")
li("2070102", "50209", "30213", "文化市场综合执法办案系统运维", "project", "156,000.00")
li("2070109", "50205", "30227", "京财科文指[2020]1889号公共文化服务体系建设补助", "project", "1,500,000.00")
li("2070109", "50205", "30227", "2021年“西城文化节”系列活动", "project", "1,260,000.00")
li("2070109", "50201", "30202", "2021年“西城文化节”系列活动", "project", "85,000.00")
li("2070109", "50306", "31002", "街道综合文化中心设备购置", "project", "420,000.00")
li("2080501", "50905", "30302", None, "basic", "420,000.00")
li("2080501", "50901", "30305", None, "basic", "36,000.00")
li("2080505", "50102", "30108", None, "basic", "1,152,345.60")
li("2080506", "50102", "30109", None, "basic", "576,172.80")
li("2210201", "50103", "30113", None, "basic", "1,382,814.72")
li("2210203", "50999", "30399", None, "basic", "987,600.00")
assert sum(x[5] for x in L) == d("19,570,947.52")
got = [
    (
        i.functional_code,
        i.economic_government_code,
        i.economic_department_code,
        i.project_name,
        i.expenditure_type,
        i.amount_yuan,
    )
    for i in r.line_items
]
rem = list(got)
m = 0
miss = []
for e in L:
    if e in rem:
        rem.remove(e)
        m += 1
    else:
        miss.append(e)
print("LINE ITEMS expected", len(L), "matched", m, "missing/wrong", len(miss), "spurious", len(rem))
for e in miss:
    print("   EXPECTED", e)
for g_ in rem:
    print("   GOT     ", g_)
LNAMES = {"2080505": ("机关事业单位基本养老保险缴费支出", "社会保障缴费", "机关事业单位基本养老保险缴费")}
for i in r.line_items:
    if (
        i.functional_code in LNAMES
        and (i.functional_name, i.economic_government_name, i.economic_department_name)
        != LNAMES[i.functional_code]
    ):
        print(
            "   LINE NAMES",
            i.functional_code,
            (i.functional_name, i.economic_government_name, i.economic_department_name),
        )

# ---------------- claims: (kind, code, amount, prior, change, rate) in 元; None = don't care
W = D(10000)
C = [
    ("total_income_expenditure", None, d("1957.09") * W, None, None, None),
    ("year_on_year", None, d("1957.09") * W, None, d("-56.47") * W, D("-0.0280")),
    ("fiscal_total_income_expenditure", None, d("1927.09") * W, None, None, None),
    ("year_on_year", None, d("1927.09") * W, None, d("-40.21") * W, D("-0.0204")),
    ("year_on_year", "2070101", d("1091.50") * W, None, d("52.30") * W, D("0.0503")),
    ("year_on_year", "2070109", d("296.50") * W, None, d("-80.00") * W, D("-0.2125")),
    ("year_on_year", "2080505", d("115.23") * W, None, d("4.53") * W, D("0.0409")),
    ("year_on_year", "2210203", d("98.76") * W, None, D("0"), None),
    ("year_on_year", None, d("9.80") * W, None, d("-1.20") * W, D("-0.1091")),  # 三公
    ("year_on_year", None, D("0"), None, D("0"), None),  # 出国
    ("year_on_year", None, d("8.60") * W, None, d("-0.80") * W, D("-0.0851")),  # 车
    ("year_on_year", None, d("1.20") * W, None, d("-0.40") * W, D("-0.2500")),  # 接待
    ("operating_costs", None, d("141.01") * W, None, None, None),
    ("year_on_year", None, d("141.01") * W, None, d("3.21") * W, D("0.0233")),
    ("procurement_total", None, d("114.50") * W, None, None, None),
]
claims = list(r.claims)
cm = 0
cmiss = []


def cl_ok(c, e):
    kind, code, amt, prior, change, rate = e
    if c.claim_kind != kind:
        return False
    if code is not None and c.subject_code != code:
        return False
    if c.amount_yuan != amt:
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
        "|",
        c.sentence[:70],
    )

# ---------------- metadata & tables
doc = r.document
META = dict(
    doc_kind="budget",
    scope="department",
    unit_name="北京市西城区文化和旅游局",
    fiscal_year=2021,
    province="北京市",
    city="北京市",
    district="西城区",
    parse_status="parsed",
    table_count=13,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=d("19,570,947.52"),
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
    ("government_fund", True),
    ("state_capital", True),
    ("line_items", False),
    ("transfer", True),
    ("sangong", False),
    ("procurement", False),
    ("performance", False),
]
gt = [(t.table_key, t.is_empty) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"   TABLES {gt}")
for t in r.tables:
    if t.amount_unit != "元":
        print("   UNIT", t.table_key, t.amount_unit)
print("DIAGNOSTICS", len(r.diagnostics))
for x in r.diagnostics:
    print("  ", x.severity, x.check_name, x.table_key, x.source_line, (x.observed or "")[:60])
