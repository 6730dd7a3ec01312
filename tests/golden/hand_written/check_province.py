"""Compare parse_document output with the values typed into province_2023_budget.txt (typed by hand here).
Run from the repository: .venv/bin/python tests/golden/hand_written/check_province.py"""

from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document

DOC = Path(__file__).with_name("province_2023_budget.txt")
r = parse_document(DOC.read_text().encode(), "province_2023_budget.txt", "d")
W = D(10000)


def d(s):
    return D(s.replace(",", "")) * W  # every table and the narrative are in 万元


E = []  # (table_key, ident, allowed column keys or None, amount 万元 as typed)

# 一、收支预算总表 (label rows)
for lab, v in [
    ("财政拨款", "21,526.87"),
    ("一般公共预算", "21,526.87"),
    ("基本支出", "15,235.37"),
    ("项目支出", "9,847.80"),
    ("其他资金", "2,956.30"),
    ("事业收入", "2,380.00"),
    ("事业单位经营收入", "420.00"),
    ("其他收入", "156.30"),
    ("社会保障和就业支出", "1,792.48"),
    ("卫生健康支出", "684.25"),
    ("节能环保支出", "20,906.80"),
    ("住房保障支出", "1,699.64"),
    ("当年收入小计", "24,483.17"),
    ("当年支出小计", "25,083.17"),
    ("上年结转", "600.00"),
    ("收入合计", "25,083.17"),
    ("支出合计", "25,083.17"),
]:
    E.append(("income_expenditure_summary", "L:" + lab, None, v))

# 三、支出预算总表: code -> (total, basic, project)
FUNC = {
    "TOTAL": ("25083.17", "15235.37", "9847.80"),
    "208": ("1792.48", "1792.48", None),
    "20805": ("1792.48", "1792.48", None),
    "2080501": ("312.40", "312.40", None),
    "2080505": ("986.72", "986.72", None),
    "2080506": ("493.36", "493.36", None),
    "210": ("684.25", "684.25", None),
    "21011": ("684.25", "684.25", None),
    "2101101": ("268.35", "268.35", None),
    "2101102": ("415.90", "415.90", None),
    "211": ("20906.80", "11059.00", "9847.80"),
    "21101": ("10102.17", "6842.17", "3260.00"),
    "2110101": ("6842.17", "6842.17", None),
    "2110102": ("3260.00", None, "3260.00"),
    "21102": ("8954.63", "4216.83", "4737.80"),
    "2110299": ("8954.63", "4216.83", "4737.80"),
    "21103": ("1850.00", None, "1850.00"),
    "2110301": ("1850.00", None, "1850.00"),
    "221": ("1699.64", "1699.64", None),
    "22102": ("1699.64", "1699.64", None),
    "2210201": ("1128.64", "1128.64", None),
    "2210202": ("356.20", "356.20", None),
    "2210203": ("214.80", "214.80", None),
}
# 七、一般公共预算支出预算表 (and 五、财政拨款支出预算表 = its total column), where it differs
GB = {
    "TOTAL": ("21,526.87", "15,079.07", "6,447.80"),
    "211": ("17,350.50", "10,902.70", "6,447.80"),
    "21101": ("9,945.87", "6,685.87", "3,260.00"),
    "2110101": ("6,685.87", "6,685.87", None),
    "21102": ("6,154.63", "4,216.83", "1,937.80"),
    "2110299": ("6,154.63", "4,216.83", "1,937.80"),
    "21103": ("1,250.00", None, "1,250.00"),
    "2110301": ("1,250.00", None, "1,250.00"),
}
# 二、收入预算总表: the non-fiscal columns, where printed
INC = {
    "TOTAL": {
        "business": "2380.00",
        "operating_income": "420.00",
        "other_income": "156.30",
        "carryover_begin": "600.00",
    },
    "211": {
        "business": "2380.00",
        "operating_income": "420.00",
        "other_income": "156.30",
        "carryover_begin": "600.00",
    },
    "21101": {"other_income": "156.30"},
    "2110101": {"other_income": "156.30"},
    "21102": {"business": "2380.00", "operating_income": "420.00"},
    "2110299": {"business": "2380.00", "operating_income": "420.00"},
    "21103": {"carryover_begin": "600.00"},
    "2110301": {"carryover_begin": "600.00"},
}
for code, (t, b, p) in FUNC.items():
    for col, v in (("total", t), ("basic", b), ("project", p)):
        if v:
            E.append(("expenditure_by_function", code, {col}, v))
    gt, gb, gp = GB.get(code, (t, b, p))
    for col, v in (("total", gt), ("basic", gb), ("project", gp)):
        if v:
            E.append(("general_budget_by_function", code, {col}, v))
    E.append(("fiscal_by_function", code, {"total", "amount"}, gt))
    E.append(("income_by_function", code, {"total"}, t))
    E.append(("income_by_function", code, {"fiscal_appropriation", "general_public"}, gt))
    for col, v in INC.get(code, {}).items():
        E.append(("income_by_function", code, {col}, v))

# 四、财政拨款收支预算总表
for lab, v in [
    ("一般公共预算", "21526.87"),
    ("基本支出", "15079.07"),
    ("项目支出", "6447.80"),
    ("收入合计", "21526.87"),
    ("支出合计", "21526.87"),
]:
    E.append(("fiscal_summary", "L:" + lab, None, v))

# 六、八 economic: code, name, amount, personnel/public
ECON = [
    ("301", "工资福利支出", "11,589.40", "personnel"),
    ("30101", "基本工资", "2,156.40", "personnel"),
    ("30102", "津贴补贴", "3,387.52", "personnel"),
    ("30103", "奖金", "612.30", "personnel"),
    ("30107", "绩效工资", "1,845.60", "personnel"),
    ("30108", "机关事业单位基本养老保险缴费", "986.72", "personnel"),
    ("30109", "职业年金缴费", "493.36", "personnel"),
    ("30110", "职工基本医疗保险缴费", "684.25", "personnel"),
    ("30112", "其他社会保障缴费", "58.44", "personnel"),
    ("30113", "住房公积金", "1,128.64", "personnel"),
    ("30199", "其他工资福利支出", "236.17", "personnel"),
    ("302", "商品和服务支出", "2,486.27", "public_funds"),
    ("30201", "办公费", "312.50", "public_funds"),
    ("30205", "水费", "45.80", "public_funds"),
    ("30206", "电费", "186.40", "public_funds"),
    ("30207", "邮电费", "98.60", "public_funds"),
    ("30209", "物业管理费", "426.00", "public_funds"),
    ("30211", "差旅费", "238.00", "public_funds"),
    ("30213", "维修（护）费", "154.30", "public_funds"),
    ("30215", "会议费", "86.00", "public_funds"),
    ("30216", "培训费", "132.00", "public_funds"),
    ("30217", "公务接待费", "18.50", "public_funds"),
    ("30228", "工会经费", "168.42", "public_funds"),
    ("30229", "福利费", "96.30", "public_funds"),
    ("30231", "公务用车运行维护费", "64.80", "public_funds"),
    ("30239", "其他交通费用", "286.75", "public_funds"),
    ("30299", "其他商品和服务支出", "171.90", "public_funds"),
    ("303", "对个人和家庭的补助", "883.40", "personnel"),
    ("30302", "退休费", "280.40", "personnel"),
    ("30305", "生活补助", "32.00", "personnel"),
    ("30399", "其他对个人和家庭的补助", "571.00", "personnel"),
    ("310", "资本性支出", "120.00", "public_funds"),
    ("31002", "办公设备购置", "120.00", "public_funds"),
]
for code, name, v, col in ECON:
    E.append(("fiscal_basic_by_economic", code, {"total", "amount"}, v))
    E.append(("general_budget_basic_by_economic", code, {"total"}, v))
    E.append(("general_budget_basic_by_economic", code, {col}, v))
E.append(("fiscal_basic_by_economic", "TOTAL", {"total", "amount"}, "15,079.07"))
for col, v in (("total", "15,079.07"), ("personnel", "12,472.80"), ("public_funds", "2,606.27")):
    E.append(("general_budget_basic_by_economic", "TOTAL", {col}, v))

# 九、三公、会议费、培训费 (万元, integers printed without decimals)
for col, v in (
    ("table_total", "376.30"),
    ("total", "158.30"),
    ("outbound", "35"),
    ("vehicle", "104.80"),
    ("vehicle_purchase", "40"),
    ("vehicle_operation", "64.80"),
    ("reception", "18.50"),
    ("meeting", "86"),
    ("training", "132"),
):
    E.append(("sangong", "ANY", {col}, v))

# 十一、机关运行经费
OPC = [
    ("302", "1,026.40"),
    ("30201", "126.00"),
    ("30205", "18.60"),
    ("30206", "72.40"),
    ("30207", "38.20"),
    ("30209", "186.00"),
    ("30211", "96.00"),
    ("30213", "52.30"),
    ("30215", "48.00"),
    ("30216", "56.00"),
    ("30217", "12.50"),
    ("30228", "68.40"),
    ("30229", "42.60"),
    ("30231", "38.40"),
    ("30239", "126.50"),
    ("30299", "44.50"),
]
assert sum(D(v.replace(",", "")) for c, v in OPC[1:]) == D("1026.40")
E.append(("operating_costs", "TOTAL", None, "1,026.40"))
for code, v in OPC:
    E.append(("operating_costs", code, None, v))

# 十二、政府采购 (categories as rows)
E.append(("procurement", "TOTAL", {"total"}, "1,486.50"))
E.append(("procurement", "L:货物", {"total"}, "628.50"))
E.append(("procurement", "L:工程", {"total"}, "210.00"))
E.append(("procurement", "L:服务", {"total"}, "648.00"))


# sanity of the typed values (identities)
def S(xs):
    return sum(D(x.replace(",", "")) for x in xs)


assert S([v for c, n, v, k in ECON if len(c) == 3]) == D("15079.07")
assert S([v for c, n, v, k in ECON if len(c) == 3 and k == "personnel"]) == D("12472.80")
for p in ("301", "302", "303", "310"):
    assert S([v for c, n, v, k in ECON if len(c) == 5 and c.startswith(p)]) == S(
        [v for c, n, v, k in ECON if c == p]
    ), p
for code, (t, b, p) in FUNC.items():
    assert S([t]) == S([x for x in (b, p) if x]), code
assert S([FUNC[c][0] for c in ("208", "210", "211", "221")]) == D("25083.17")


def ident_ok(a, ident):
    if ident == "ANY":
        return True
    if ident == "TOTAL":
        return a.is_total_row
    if ident.startswith("L:"):
        txt = ((a.row_label or "") + "|" + (a.subject_name or "")).replace(" ", "")
        return ident[2:] in txt
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
            f"WRONG AMOUNT {tk} {ident} {cols} want {v}: got {r.amounts[i].amount_yuan / W} line {r.amounts[i].source_line}"
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
    print(
        "   SPURIOUS",
        a.table_key,
        a.subject_code,
        repr(a.row_label),
        a.column_key,
        a.amount_raw,
        a.source_line,
    )

# names
ENAMES = {c: n for c, n, v, k in ECON}
bad = {
    (a.table_key, a.subject_code, a.subject_name)
    for a in r.amounts
    if a.classification
    and a.classification.startswith("economic")
    and a.subject_code in ENAMES
    and (a.subject_name or "").replace("(", "（").replace(")", "）") != ENAMES[a.subject_code]
}
for b in sorted(bad):
    print("   ECON NAME", b, "want", ENAMES[b[1]])
FNAMES = {
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "211": "节能环保支出",
    "21101": "环境保护管理事务",
    "2110101": "行政运行",
    "2110102": "一般行政管理事务",
    "21102": "环境监测与监察",
    "2110299": "其他环境监测与监察支出",
    "21103": "污染防治",
    "2110301": "大气",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
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
lv = {
    (a.table_key, a.subject_code, a.subject_level)
    for a in r.amounts
    if a.classification == "functional"
    and a.subject_code
    and a.subject_level != {3: 1, 5: 2, 7: 3}[len(a.subject_code)]
}
for b in sorted(lv):
    print("   LEVEL", b)
if r.line_items:
    print("   LINE ITEMS (none expected)", len(r.line_items))

# ---------------- claims: (kind, code, amount, change, rate) in 万元; None = don't care
C = [
    ("total_income_expenditure", None, "25,083.17", None, None),
    ("year_on_year", None, "25,083.17", "1,236.45", "0.0518"),
    ("year_on_year", None, "21,526.87", "1,102.36", "0.0540"),  # 一般公共预算收入
    ("year_on_year", None, "2,380.00", "-120.00", "-0.0480"),  # 事业收入
    ("year_on_year", "208", "1,792.48", "68.20", "0.0396"),
    ("year_on_year", "210", "684.25", "22.15", "0.0335"),
    ("year_on_year", "211", "20,906.80", "1,126.30", "0.0569"),
    ("year_on_year", "221", "1,699.64", "19.80", "0.0118"),
    ("year_on_year", None, "15,235.37", "412.65", "0.0278"),  # 基本支出
    ("year_on_year", None, "9,847.80", "823.80", "0.0913"),  # 项目支出
    ("fiscal_total_income_expenditure", None, "21,526.87", None, None),
    ("year_on_year", None, "21,526.87", "1,102.36", "0.0540"),  # 财政拨款收支总计
    ("year_on_year", "2110101", "6,685.87", "215.40", "0.0333"),
    ("year_on_year", "2110102", "3,260.00", "-180.00", "-0.0523"),
    ("year_on_year", "2110299", "6,154.63", "836.46", "0.1573"),
    ("year_on_year", "2110301", "1,250.00", "0", None),
    ("year_on_year", "2080505", "986.72", "38.56", "0.0407"),
    ("year_on_year", "2210201", "1,128.64", "12.40", "0.0111"),
    ("year_on_year", None, "21,526.87", "1,102.36", "0.0540"),  # 一般公共预算支出 (七)
    ("year_on_year", None, "158.30", "44.30", "0.3886"),  # 三公
    ("year_on_year", None, "35", "15", "0.7500"),  # 出国
    ("year_on_year", None, "104.80", "31.60", "0.4317"),  # 车
    ("year_on_year", None, "40", "40", None),  # 购置
    ("year_on_year", None, "64.80", "-8.40", "-0.1148"),  # 运行
    ("year_on_year", None, "18.50", "-2.30", "-0.1106"),  # 接待
    ("year_on_year", None, "86", "-14", "-0.1400"),  # 会议费
    ("year_on_year", None, "132", "0", None),  # 培训费
    ("operating_costs", None, "1,026.40", None, None),
    ("year_on_year", None, "1,026.40", "-53.60", "-0.0496"),
    ("procurement_total", None, "1,486.50", None, None),
]
claims = list(r.claims)
cm, cmiss = 0, []


def cl_ok(c, e):
    kind, code, amt, change, rate = e
    if c.claim_kind != kind or (code is not None and c.subject_code != code) or c.amount_yuan != d(amt):
        return False
    if change is not None and c.change_yuan != d(change):
        return False
    if rate is not None and (c.stated_rate is None or c.stated_rate != D(rate)):
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
        c.amount_yuan and c.amount_yuan / W,
        c.change_yuan and c.change_yuan / W,
        c.stated_rate,
        c.source_line,
        "|",
        c.sentence[:60],
    )

doc = r.document
META = dict(
    doc_kind="budget",
    scope="department",
    unit_name="浙江省生态环境厅",
    fiscal_year=2023,
    province="浙江省",
    city=None,
    district=None,
    parse_status="parsed",
    table_count=12,
    main_table_key="expenditure_by_function",
    total_expenditure_yuan=d("25,083.17"),
)
for k, v in META.items():
    if getattr(doc, k) != v:
        print("   META", k, getattr(doc, k), "want", v)
TABLES = [
    ("income_expenditure_summary", False),
    ("income_by_function", False),
    ("expenditure_by_function", False),
    ("fiscal_summary", False),
    ("fiscal_by_function", False),
    ("fiscal_basic_by_economic", False),
    ("general_budget_by_function", False),
    ("general_budget_basic_by_economic", False),
    ("sangong", False),
    ("government_fund", True),
    ("operating_costs", False),
    ("procurement", False),
]
gt = [(t.table_key, t.is_empty) for t in r.tables]
print("TABLES ok" if gt == TABLES else f"   TABLES {gt}")
for t in r.tables:
    if t.amount_unit != "万元":
        print("   UNIT", t.table_key, t.amount_unit)
    print("   T", t.table_key, t.table_label, t.title_line, t.last_line, t.row_count, repr(t.table_title))
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
        x.message[:160],
    )
