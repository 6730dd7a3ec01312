"""Hand-typed expectations for plain_summaries/*.txt: two-sided summaries (收支总表, 财政拨款收支总表) and
their 收入表 / 支出表 as pdftotext without -layout prints them (a row per line, blank cells dropped): 行次,
年初预算数 | 决算数 and 上年 | 本年预算数 on each side, fund columns, wrapped labels, 结转 lines.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_plain_summaries.py [-v] [doc]"""

import sys
import re
from decimal import Decimal as D
from pathlib import Path
from dagster_project.parser import parse_document

DOCS = Path(__file__).parent / "plain_summaries"
VERBOSE = "-v" in sys.argv
A, B = "actual", "budget"
W = lambda s: (D(s.replace(",", "")) * 10000).quantize(D("0.01"))  # 万元
Y = lambda s: D(s.replace(",", "")).quantize(D("0.01"))  # 元
EXP = {}  # doc -> list of (table, row, col, phase, yuan)
SCOPE = {}  # doc -> tables checked


def add(doc, t, row, cols, vals, phase, conv):
    for c, v in zip(cols, vals):
        if v is not None:
            EXP.setdefault(doc, []).append((t, row, c, phase, conv(v)))


# ---------------- d1: final, summary with 年初预算数 | 决算数 on each side (万元)
d = "d1_final_twocols.txt"
S = "income_expenditure_summary"
SCOPE[d] = [S, "income_by_function", "expenditure_by_function"]
for row, b, a in [
    ("一、一般公共预算财政拨款收入", "1200.00", "1350.50"),
    ("四、上级补助收入", None, "50.00"),
    ("五、事业收入", "80.00", "80.00"),
    ("八、其他收入", "10.00", "12.20"),
    ("本年收入合计", "1290.00", "1492.70"),
    ("年初结转和结余", "20.00", "35.10"),
    ("总计", "1310.00", "1527.80"),
]:
    add(d, S, row, ["income"], [b], B, W)
    add(d, S, row, ["income"], [a], A, W)
for row, b, a in [
    ("一、一般公共服务支出", "900.00", "1010.30"),
    ("八、社会保障和就业支出", "150.00", "165.40"),
    ("九、卫生健康支出", "60.00", "58.10"),
    ("十二、农林水支出", None, "24.00"),
    ("十九、住房保障支出", "80.00", "54.40"),
    ("本年支出合计", "1190.00", "1312.20"),
    ("年末结转和结余", "120.00", "215.60"),
    ("总计", "1310.00", "1527.80"),
]:
    add(d, S, row, ["expenditure"], [b], B, W)
    add(d, S, row, ["expenditure"], [a], A, W)
IC = ["total", "fiscal_appropriation", "upper_grant", "business", "other_income"]
# 收入决算表: columns pinned by the summary's income items (决算数): 财政拨款 1350.50, 上级补助 50, 事业 80, 其他 12.20
for row, v in [
    ("合计", ["1492.70", "1350.50", "50.00", "80.00", "12.20"]),
    ("201", ["1124.80", "982.60", "50.00", "80.00", "12.20"]),
    ("20105", ["1124.80", "982.60", "50.00", "80.00", "12.20"]),
    ("2010501", ["900.30", "900.30"]),
    ("2010505", ["142.20", None, "50.00", "80.00", "12.20"]),
    ("2010550", ["82.30", "82.30"]),
    ("208", ["165.40", "165.40"]),
    ("20805", ["165.40", "165.40"]),
    ("2080505", ["165.40", "165.40"]),
    ("210", ["58.10", "58.10"]),
    ("21011", ["58.10", "58.10"]),
    ("2101101", ["58.10", "58.10"]),
    ("221", ["54.40", "54.40"]),
    ("22102", ["54.40", "54.40"]),
    ("2210201", ["54.40", "54.40"]),
    ("213", ["90.00", "90.00"]),
    ("21301", ["90.00", "90.00"]),
    ("2130199", ["90.00", "90.00"]),
]:
    add(d, "income_by_function", row, IC, v, A, W)
# 支出决算表 prints 5 part columns, blank dropped: only totals are determined (上缴上级 etc. could hold the parts)
for row, v in [
    ("合计", "1312.20"),
    ("201", "1010.30"),
    ("20105", "1010.30"),
    ("2010501", "870.60"),
    ("2010505", "139.70"),
    ("208", "165.40"),
    ("20805", "165.40"),
    ("2080505", "165.40"),
    ("210", "58.10"),
    ("21011", "58.10"),
    ("2101101", "58.10"),
    ("213", "24.00"),
    ("21301", "24.00"),
    ("2130199", "24.00"),
    ("221", "54.40"),
    ("22102", "54.40"),
    ("2210201", "54.40"),
]:
    add(d, "expenditure_by_function", row, ["total"], [v], A, W)
EXTRA_OK = {}  # doc -> set of (table,row,col) that may be loaded beyond expectations without being wrong (none)

# ---------------- d2: budget, summary with 2024年预算数 | 2025年预算数 (元): only 2025 is this report's
d = "d2_budget_prevyear.txt"
SCOPE[d] = [S, "expenditure_by_function"]
for row, v in [
    ("一、一般公共预算拨款收入", "9,120,000.00"),
    ("二、政府性基金预算拨款收入", "300,000.00"),
    ("四、事业收入", "150,000.00"),
    ("本年收入合计", "9,570,000.00"),
    ("收入总计", "9,570,000.00"),
]:
    add(d, S, row, ["income"], [v], B, Y)
for row, v in [
    ("一、一般公共服务支出", "6,450,000.00"),
    ("二、社会保障和就业支出", "1,310,000.00"),
    ("三、卫生健康支出", "540,000.00"),
    ("四、城乡社区支出", "300,000.00"),
    ("五、住房保障支出", "970,000.00"),
    ("本年支出合计", "9,570,000.00"),
    ("支出总计", "9,570,000.00"),
]:
    add(d, S, row, ["expenditure"], [v], B, Y)
EC = ["total", "basic", "project"]
for row, v in [
    ("合计", ["9,570,000.00", "7,920,000.00", "1,650,000.00"]),
    ("201", ["6,450,000.00", "5,100,000.00", "1,350,000.00"]),
    ("20138", ["6,450,000.00", "5,100,000.00", "1,350,000.00"]),
    ("2013801", ["5,100,000.00", "5,100,000.00"]),
    ("2013804", ["1,350,000.00", None, "1,350,000.00"]),
    ("208", ["1,310,000.00", "1,310,000.00"]),
    ("20805", ["1,310,000.00", "1,310,000.00"]),
    ("2080505", ["870,000.00", "870,000.00"]),
    ("2080506", ["440,000.00", "440,000.00"]),
    ("210", ["540,000.00", "540,000.00"]),
    ("21011", ["540,000.00", "540,000.00"]),
    ("2101101", ["540,000.00", "540,000.00"]),
    ("212", ["300,000.00", None, "300,000.00"]),
    ("21208", ["300,000.00", None, "300,000.00"]),
    ("2120899", ["300,000.00", None, "300,000.00"]),
    ("221", ["970,000.00", "970,000.00"]),
    ("22102", ["970,000.00", "970,000.00"]),
    ("2210201", ["970,000.00", "970,000.00"]),
]:
    add(d, "expenditure_by_function", row, EC, v, B, Y)

# ---------------- d3: final, national template with 行次 (万元)
d = "d3_final_rownum.txt"
SCOPE[d] = [S]
for row, v in [
    ("一、一般公共预算财政拨款收入", "2032.13"),
    ("二、政府性基金预算财政拨款收入", "120.00"),
    ("五、事业收入", "0.00"),
    ("八、其他收入", "45.30"),
    ("本年收入合计", "2197.43"),
    ("年初结转和结余", "60.00"),
    ("总计", "2257.43"),
]:
    add(d, S, row, ["income"], [v], A, W)
for row, v in [
    ("一、一般公共服务支出", "1210.00"),
    ("五、教育支出", "0.00"),
    ("七、文化旅游体育与传媒支出", "210.50"),
    ("八、社会保障和就业支出", "302.18"),
    ("九、卫生健康支出", "95.60"),
    ("十一、城乡社区支出", "120.00"),
    ("十九、住房保障支出", "100.00"),
    ("本年支出合计", "2038.28"),
    ("年末结转和结余", "219.15"),
    ("总计", "2257.43"),
]:
    add(d, S, row, ["expenditure"], [v], A, W)

# ---------------- d4: budget 财政拨款收支预算总表 with three funds (万元)
d = "d4_budget_fiscal_funds.txt"
F = "fiscal_summary"
SCOPE[d] = [F, "expenditure_by_function"]
FC = ["expenditure", "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"]
for row, v in [
    ("一、本年收入", "1530.00"),
    ("(一)一般公共预算拨款", "1300.00"),
    ("(二)政府性基金预算拨款", "200.00"),
    ("(三)国有资本经营预算拨款", "30.00"),
    ("收入总计", "1530.00"),
]:
    add(d, F, row, ["income"], [v], B, W)
for row, v in [
    ("一、本年支出", ["1530.00", "1300.00", "200.00", "30.00"]),
    ("(一)一般公共服务支出", ["800.00", "800.00"]),
    ("(二)社会保障和就业支出", ["150.00", "150.00"]),
    ("(三)城乡社区支出", ["300.00", "100.00", "200.00"]),
    ("(四)资源勘探工业信息等支出", ["30.00", None, None, "30.00"]),
    ("(五)住房保障支出", ["250.00", "250.00"]),
    ("支出总计", ["1530.00", "1300.00", "200.00", "30.00"]),
]:
    add(d, F, row, FC, v, B, W)
for row, v in [
    ("合计", ["1530.00", "1150.00", "380.00"]),
    ("201", ["800.00", "750.00", "50.00"]),
    ("20103", ["800.00", "750.00", "50.00"]),
    ("2010301", ["750.00", "750.00"]),
    ("2010350", ["50.00", None, "50.00"]),
    ("208", ["150.00", "150.00"]),
    ("20805", ["150.00", "150.00"]),
    ("2080505", ["150.00", "150.00"]),
    ("212", ["300.00", None, "300.00"]),
    ("21201", ["100.00", None, "100.00"]),
    ("2120104", ["100.00", None, "100.00"]),
    ("21208", ["200.00", None, "200.00"]),
    ("2120899", ["200.00", None, "200.00"]),
    ("215", ["30.00", None, "30.00"]),
    ("21599", ["30.00", None, "30.00"]),
    ("2159999", ["30.00", None, "30.00"]),
    ("221", ["250.00", "250.00"]),
    ("22102", ["250.00", "250.00"]),
    ("2210201", ["250.00", "250.00"]),
]:
    add(d, "expenditure_by_function", row, EC, v, B, W)

# ---------------- d5: final 财政拨款收入支出决算总表 with 行次 and fund columns (元) + 支出决算表 (合计|基本|项目)
d = "d5_final_fiscal_rownum.txt"
SCOPE[d] = [F, "expenditure_by_function"]
for row, v in [
    ("一、一般公共预算财政拨款", "45,600,000.00"),
    ("二、政府性基金预算财政拨款", "3,200,000.00"),
    ("本年收入合计", "48,800,000.00"),
    ("年初财政拨款结转和结余", "600,000.00"),
    ("一般公共预算财政拨款", "600,000.00"),
    ("总计", "49,400,000.00"),
]:
    add(d, F, row, ["income"], [v], A, Y)
for row, v in [
    ("五、教育支出", ["41,300,000.00", "38,500,000.00", "2,800,000.00"]),
    ("七、文化旅游体育与传媒支出", ["400,000.00", "400,000.00"]),
    ("八、社会保障和就业支出", ["3,900,000.00", "3,900,000.00"]),
    ("九、卫生健康支出", ["1,250,000.00", "1,250,000.00"]),
    ("十九、住房保障支出", ["1,850,000.00", "1,850,000.00"]),
    ("本年支出合计", ["48,700,000.00", "45,900,000.00", "2,800,000.00"]),
    ("年末财政拨款结转和结余", ["700,000.00", "300,000.00", "400,000.00"]),
    ("总计", ["49,400,000.00", "46,200,000.00", "3,200,000.00"]),
]:
    add(d, F, row, FC, v, A, Y)
for row, v in [
    ("合计", ["52,100,000.00", "38,600,000.00", "13,500,000.00"]),
    ("205", ["44,700,000.00", "31,800,000.00", "12,900,000.00"]),
    ("20501", ["3,200,000.00", "3,200,000.00"]),
    ("2050101", ["3,200,000.00", "3,200,000.00"]),
    ("20502", ["38,700,000.00", "28,600,000.00", "10,100,000.00"]),
    ("2050201", ["6,300,000.00", "4,100,000.00", "2,200,000.00"]),
    ("2050202", ["24,500,000.00", "24,500,000.00"]),
    ("2050299", ["7,900,000.00", None, "7,900,000.00"]),
    ("20509", ["2,800,000.00", None, "2,800,000.00"]),
    ("2050999", ["2,800,000.00", None, "2,800,000.00"]),
    ("207", ["400,000.00", None, "400,000.00"]),
    ("20701", ["400,000.00", None, "400,000.00"]),
    ("2070199", ["400,000.00", None, "400,000.00"]),
    ("208", ["4,300,000.00", "4,300,000.00"]),
    ("20805", ["4,300,000.00", "4,300,000.00"]),
    ("2080505", ["2,900,000.00", "2,900,000.00"]),
    ("2080506", ["1,400,000.00", "1,400,000.00"]),
    ("210", ["1,250,000.00", "1,050,000.00", "200,000.00"]),
    ("21011", ["1,050,000.00", "1,050,000.00"]),
    ("2101102", ["1,050,000.00", "1,050,000.00"]),
    ("21099", ["200,000.00", None, "200,000.00"]),
    ("2109999", ["200,000.00", None, "200,000.00"]),
    ("221", ["1,450,000.00", "1,450,000.00"]),
    ("22102", ["1,450,000.00", "1,450,000.00"]),
    ("2210201", ["1,450,000.00", "1,450,000.00"]),
]:
    add(d, "expenditure_by_function", row, EC, v, A, Y)

# ---- more expectations
# ---------------- d6: Shanghai-style budget 财务收支预算总表, sub-items "1. 一般公共预算" (元)
d = "d6_budget_sh_style.txt"
SCOPE[d] = [S]
for row, v in [
    ("一、财政拨款收入", "8,650,000.00"),
    ("1.一般公共预算", "8,650,000.00"),
    ("2.政府性基金预算", "0.00"),
    ("3.国有资本经营预算", "0.00"),
    ("三、事业单位经营收入", "0.00"),
    ("四、其他收入", "100,000.00"),
    ("收入总计", "8,750,000.00"),
]:
    add(d, S, row, ["income"], [v], B, Y)
for row, v in [
    ("一、一般公共服务支出", "6,120,000.00"),
    ("二、社会保障和就业支出", "1,030,000.00"),
    ("三、卫生健康支出", "410,000.00"),
    ("四、住房保障支出", "690,000.00"),
    ("五、文化旅游体育与传媒支出", "500,000.00"),
    ("支出总计", "8,750,000.00"),
]:
    add(d, S, row, ["expenditure"], [v], B, Y)
# ---------------- d7: final, whole 元 without decimals, 行次, small amounts (850, 90)
d = "d7_final_int_rownum.txt"
SCOPE[d] = [S]
for row, v in [
    ("一、一般公共预算财政拨款收入", "6830512"),
    ("五、事业收入", "850"),
    ("八、其他收入", "12000"),
    ("本年收入合计", "6843362"),
    ("年初结转和结余", "9000"),
    ("总计", "6852362"),
]:
    add(d, S, row, ["income"], [v], A, Y)
for row, v in [
    ("八、社会保障和就业支出", "702300"),
    ("九、卫生健康支出", "298050"),
    ("十二、农林水支出", "5560012"),
    ("十九、住房保障支出", "283000"),
    ("二十三、其他支出", "90"),
    ("本年支出合计", "6843452"),
    ("年末结转和结余", "8910"),
    ("总计", "6852362"),
]:
    add(d, S, row, ["expenditure"], [v], A, Y)
# ---------------- d8: as d2, header cells one per line (as plain pdftotext breaks them), no years: 上年预算数 | 本年预算数
d = "d8_budget_prevyear_header_wrapped.txt"
SCOPE[d] = [S]
EXP[d] = [e for e in EXP["d2_budget_prevyear.txt"] if e[0] == S]
# ---------------- d9: final whose income item 上年结转 is blank beside the expenditure item 结转下年 (unnumbered)
d = "d9_final_carry.txt"
SCOPE[d] = [S]
for row, v in [("一、一般公共预算财政拨款收入", "500.00"), ("本年收入合计", "500.00"), ("总计", "500.00")]:
    add(d, S, row, ["income"], [v], A, W)
for row, v in [
    ("一、公共安全支出", "420.00"),
    ("二、社会保障和就业支出", "50.00"),
    ("本年支出合计", "470.00"),
    ("结转下年", "30.00"),
    ("总计", "500.00"),
]:
    add(d, S, row, ["expenditure"], [v], A, W)


norm = lambda s: re.sub(r"\s", "", (s or "")).replace("（", "(").replace("）", ")")


def key_of(a):
    return a.subject_code if a.subject_code else norm(a.row_label)


only = [a for a in sys.argv[1:] if not a.startswith("-")] if __name__ == "__main__" else []
RESULTS = {}
totals = {}
for doc in sorted(EXP):
    if only and doc not in only:
        continue
    r = parse_document((DOCS / doc).read_bytes(), doc)
    tables = SCOPE[doc]
    loaded = {}
    for a in r.amounts:
        if a.table_key not in tables:
            continue
        k = (a.table_key, key_of(a), a.column_key, a.phase)
        loaded.setdefault(k, []).append(a)
    exp = {}
    for t, row, c, ph, v in EXP[doc]:
        exp[(t, norm(row), c, ph)] = v
    matched, wrong, missing, spurious, cosmetic = [], [], [], [], []
    used = set()
    for k, v in exp.items():
        got = loaded.get(k)
        if got is None:
            # label printed differently (wrap lost)? same table/col/phase/amount with label sharing a prefix
            alt = [
                kk
                for kk, aa in loaded.items()
                if kk not in used
                and kk[0] == k[0]
                and kk[2:] == k[2:]
                and aa[0].amount_yuan == v
                and (kk[1][:5] == k[1][:5])
            ]
            if alt:
                used.add(alt[0])
                cosmetic.append((k, alt[0][1], v))
                continue
            missing.append((k, v))
            continue
        used.add(k)
        vals = [a.amount_yuan for a in got]
        if len(got) == 1 and vals[0] == v:
            matched.append(k)
        else:
            wrong.append((k, v, [(a.amount_raw, a.source_line) for a in got]))
    for kk, aa in loaded.items():
        if kk not in used:
            spurious.append((kk, [(a.amount_raw, a.source_line) for a in aa]))
    RESULTS[doc] = dict(
        expected=len(exp),
        matched=len(matched),
        cosmetic=len(cosmetic),
        wrong=len(wrong),
        missing=len(missing),
        spurious=len(spurious),
    )
    print(
        f"== {doc}: expected {len(exp)} matched {len(matched)} label-cosmetic {len(cosmetic)} wrong {len(wrong)} missing {len(missing)} spurious {len(spurious)}"
    )
    for k, v, g in wrong:
        print("  WRONG   ", k, "expected", v, "got", g)
    for kk, g in spurious:
        print("  SPURIOUS", kk, g)
    for k, lab, v in cosmetic:
        print("  LABEL   ", k, "loaded as", lab)
    if VERBOSE or len(missing) <= 40:
        for k, v in missing:
            print("  MISSING ", k, v)
    else:
        print("  MISSING ", len(missing), "e.g.", missing[:5])
    for dg in r.diagnostics:
        if dg.table_key in tables or VERBOSE:
            print("  DIAG", dg.check_name, dg.table_key, (dg.message[:230] if not VERBOSE else dg.message))
