"""Expected narrative claims of the rules_s33d inputs (gen.py writes them): eight WHOLE reports (cover, 目录,
部门职责, 说明 with claims, every table of the template, 名词解释) of 2023–2026, typed by hand from the data the
documents are written from, never from the parser.

Conventions as rules_s31l_data.py / rules_s31h_data.py / rules_s31d_data.py: per input note, unit, claims
(kind, code, name, fund_scope, figures), not_claims; figures as printed in the unit of the input (亿元 typed
converted: 5.81亿元 = 58100 万元; full-width digits typed as the numbers they print); a kind ending in "?" is
optional; a figure not stated is None (a change stated only as a percentage has change None).

Shapes attacked (phrasings NOT in rules_s31d / s31h / s31l):
- 收支总预算 / 收支总预算X亿元 (b1, b3), 收入预算总额 / 支出预算总额 (b2), 收入预算总计…较2022年预算数下降…%
  stated twice (b4), 收、支总计各增加…亿元 (f1), 收入、支出总计均为… (f3), 收、支总计均为… (f4);
  changes 较上年…增幅 / 降幅 (b1, b2), 同比增长 / 同比减少 (b2, b4, f3), 比上年预算数 (b4), 与上年相比…降幅 (f2),
  与2025年持平 / 与上年一致 / 与上年预算数相同 (b3, b4), a change stated only as a percentage (b1 政府性基金, b2,
  b3, f2, f3, f4), a one-decimal rate (b3 机关运行经费 -3.2%, f4 1.8%);
- 财政拨款收支总预算 (b1, b3), 财政拨款收入预算… / 财政拨款支出预算… stated apart (b4), 财政拨款收、支总计各增加
  (f1), 财政拨款收入X元，财政拨款支出X元，…收支总计较上年增加 (f3);
- 一般公共预算当年拨款 with its change (b1, b2, b3) then by 类 '社会保障和就业支出（类）279.60万元，较上年增加…
  ，主要原因是…' (b1, b3), 类 '比上年预算数增加…，主要原因是…' (b4), 项 by chain '（类）（款）（项）6,245,380.00元，
  比上年增加…' in 元 (b2), 项 with its code in brackets '药品事务（2013812）265.00万元，同比增加…，增幅…' (b4);
- shares and their change in 个百分点 (not claims: b1, b2, b4, f2, f4);
- final accounts: 年初预算 vs 决算 of the whole (f1..f4), per 类 (f2) and per 项 with reasons (f1..f4), an 调整预算
  between (f1 初中教育, f2 whole), the actual stated first ('支出4,476.20万元，年初预算为…', '支出决算为…，完成年初
  预算的98.23%，年初预算为…': f2, f3), 年初预算X万元，支出决算Y万元 without 为 (f3), '年初预算数为…，决算数为…，
  决算数为年初预算数的…%' (f4), a rate against the 调整预算 ('完成调整预算的98.79%': f4, typed rate None, see
  below), '决算数与年初预算数持平' (f2: an execution, no year-on-year claim), 年初预算为0万元 (f1);
- 三公 per item with 预算 / 决算 and changes (f1 '支出预算为…，决算为…，完成预算的…，比上年减少…'), actuals with
  the rate only and the changes (f2 whole, f4 each item), 年初预算 / 决算 per item without 为 (f2, f3);
- 机关运行经费 with changes (all), 政府采购 with 货物 / 工程 / 服务 split (all) and 授予中小企业 / 小微企业合同金额
  (finals), 预留 (budgets); 国有资产 car and equipment counts (all); 绩效 project counts and funds (all);
- numbers split by pdftotext: over a line ("6,420\\n.00万元" b3, "20,179\\n.40万元" f1) and over a page (footer and
  running header inside "9,85 | 0.00万元" b3, "1,12 | 0.00万元" f4); full-width digits (b3); 亿元 (b3, f1).
Documents: b1 .txt 万元, b2 .layout.txt 元, b3 .txt 万元, b4 .layout.txt 万元, f1 .txt 万元, f2 .layout.txt 万元,
f3 .txt 元, f4 .layout.txt 万元.

Decisions of this set:
- '完成调整预算的98.79%' (f4) is no completion rate of the 年初预算 the claim records: the execution is typed
  with the 年初预算 and the actual and rate None (recording 98.79 would make the warehouse compare
  3,260 / 2,500 = 130.40% with 98.79% and cry wolf).
- '决算数与年初预算数持平' (f2) is a comparison with the 年初预算, not with last year: no year_on_year claim.
- '财政拨款收入X元，财政拨款支出X元' (f3, no 总计 / 总预算, no carry-over) may be read as the 财政拨款 totals:
  optional fiscal_total_income_expenditure claims; the change after them is the year_on_year claim.
- '收支总预算2.26亿元' (b3) is a total_income_expenditure of 22,600 万元 (the table prints 22,612.60: within
  half a unit of 0.01亿元); '收、支总计各增加0.36亿元' (f1) a change of 3,600 万元.
- A final account's 三公 items '预算为0万元，决算为0万元' / '年初预算0元，决算0元' are optional
  (sangong_execution?), their '与上年持平' optional too (year_on_year?).

Every claim figure is tied to the table figure it states (AGREE below, checked at import against the tables
s33d_lib.Doc sums from the leaves); the planted misstatements are tied to a table figure they must differ from:
b1 住房保障支出（类）124.30 (table 142.30); b2 重大公共卫生服务 3,510,000.00 (3,150,000.00); b3 临时救助支出
470.00 (740.00); b4 住房保障支出（类）241.50 (214.50); f1 高中教育 决算 8,630.00 (一般公共预算 8,360.00); f2 农业
生产发展 决算 1,840.00 (1,480.00); f3 体育场馆 决算 3,210,000.00 (一般公共预算 3,120,000.00); f4 防汛 决算 582.00
(528.00)."""

import sys
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s33d_lib import Doc  # noqa: E402

GB = "general_budget"
GF = "government_fund"
TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
PENSION = "机关事业单位基本养老保险缴费支出"
OUT = "因公出国(境)费"
CAR_M = "公务用车购置及运行维护费"
BUY = "公务用车购置费"
RUN_M = "公务用车运行维护费"
RECEPTION = "公务接待费"
SHARE = "a part of a total stated with its share (占…%), no change"
PP = "a share's change in percentage points (个百分点), no money change"
PART = "a part stated with no change"
CARS = "a count of cars"
PERF = "绩效 funds"
SME = "the 中小企业 / 小微企业 part of procurement"
PROC_PART = "a part (货物 / 工程 / 服务) of the procurement total"


def total(kind, amount, name=None):
    return (kind, None, name, None, {"amount": amount})


def yoy(name, amount, change, rate=None, prior=None, code=None, kind="year_on_year"):
    return (kind, code, name, None, {"amount": amount, "change": change, "rate": rate, "prior": prior})


def ex(code, name, budget, actual, rate=None, scope=GB, kind="execution"):
    return (kind, code, name, scope, {"budget": budget, "actual": actual, "rate": rate})


def sg(name, budget=None, actual=None, rate=None, kind="sangong_execution"):
    return (kind, None, name, None, {"budget": budget, "actual": actual, "rate": rate})


def ops(amount):
    return total("operating_costs", amount)


def proc(amount):
    return total("procurement_total", amount)


def nc(piece, figure, why):
    return (piece, figure, why)


def L(code, name, basic=0, project=0, fund=0, other=0):
    return (code, name, basic, project, fund, other)


# ------------------------------------------------------------------ the documents' data (tables)
DOCS = {
    "b1_shandong_licheng_jtysj_2025_budget.txt": dict(
        unit_name="济南市历城区交通运输局",
        year=2025,
        kind="budget",
        unit="万元",
        layout=False,
        leaves=[
            L("2080505", PENSION, "186.40"),
            L("2080506", "机关事业单位职业年金缴费支出", "93.20"),
            L("2101101", "行政单位医疗", "88.60"),
            L("2120804", "农村基础设施建设支出", fund="1500.00"),
            L("2140101", "行政运行", "1624.80"),
            L("2140104", "公路建设", project="3200.00"),
            L("2140106", "公路养护", project="2480.00"),
            L("2140199", "其他公路水路运输支出", project="416.50", other="120.00"),
            L("2210201", "住房公积金", "142.30"),
        ],
        sangong=("0", "0", "24.00", "3.60"),
    ),
    "b2_hunan_yuhua_wjj_2024_budget.layout.txt": dict(
        unit_name="长沙市雨花区卫生健康局",
        year=2024,
        kind="budget",
        unit="元",
        layout=True,
        leaves=[
            L("2080505", PENSION, "1856420.00"),
            L("2080506", "机关事业单位职业年金缴费支出", "928210.00"),
            L("2100101", "行政运行", "6245380.00"),
            L("2100199", "其他卫生健康管理事务支出", project="1350000.00"),
            L("2100302", "乡镇卫生院", project="4600000.00", other="800000.00"),
            L("2100408", "基本公共卫生服务", project="12480000.00"),
            L("2100409", "重大公共卫生服务", project="3150000.00"),
            L("2100717", "计划生育服务", project="860000.00"),
            L("2101101", "行政单位医疗", "712560.00"),
            L("2210201", "住房公积金", "1024300.00"),
            L("2296013", "用于城乡医疗救助的彩票公益金支出", fund="500000.00"),
        ],
        sangong=("0", "0", "96000.00", "38000.00"),
    ),
    "b3_anhui_yaohai_mzj_2026_budget.txt": dict(
        unit_name="合肥市瑶海区民政局",
        year=2026,
        kind="budget",
        unit="万元",
        layout=False,
        names={"20819": "最低生活保障", "20820": "临时救助"},
        leaves=[
            L("2080201", "行政运行", "986.40"),
            L("2080208", "基层政权建设和社区治理", project="1280.00"),
            L("2080299", "其他民政管理事务支出", project="356.00"),
            L("2080505", PENSION, "186.20"),
            L("2080506", "机关事业单位职业年金缴费支出", "93.10"),
            L("2081002", "老年福利", project="6420.00"),
            L("2081004", "殡葬", project="860.00"),
            L("2081901", "城市最低生活保障金支出", project="9850.00"),
            L("2082001", "临时救助支出", project="740.00"),
            L("2101101", "行政单位医疗", "72.30"),
            L("2210201", "住房公积金", "118.60"),
            L("2296002", "用于社会福利的彩票公益金支出", fund="1650.00"),
        ],
        sangong=("0", "0", "9.60", "1.20"),
    ),
    "b4_jiangxi_honggutan_scjgj_2023_budget.layout.txt": dict(
        unit_name="南昌市红谷滩区市场监督管理局",
        year=2023,
        kind="budget",
        unit="万元",
        layout=True,
        names={"20138": "市场监督管理事务"},
        leaves=[
            L("2013801", "行政运行", "2318.60"),
            L("2013804", "市场主体管理", project="186.00"),
            L("2013805", "市场秩序执法", project="420.00"),
            L("2013812", "药品事务", project="265.00"),
            L("2013816", "食品安全监管", project="612.00"),
            L("2013899", "其他市场监督管理事务", project="148.50"),
            L("2080505", PENSION, "302.40"),
            L("2080506", "机关事业单位职业年金缴费支出", "151.20"),
            L("2101101", "行政单位医疗", "128.80"),
            L("2210201", "住房公积金", "214.50"),
        ],
        sangong=("0", "0", "18.00", "2.50"),
    ),
    "f1_hubei_hongshan_jyj_2023_final.txt": dict(
        unit_name="武汉市洪山区教育局",
        year=2023,
        kind="final_account",
        unit="万元",
        layout=False,
        leaves=[
            L("2050101", "行政运行", "1286.40"),
            L("2050199", "其他教育管理事务支出", project="326.00"),
            L("2050201", "学前教育", project="3620.00"),
            L("2050202", "小学教育", "16480.20", "3699.20"),
            L("2050203", "初中教育", "11260.80", "2145.00"),
            L("2050204", "高中教育", "6840.00", "1520.00", other="1200.00"),
            L("2050701", "特殊学校教育", "486.00", "120.00"),
            L("2050999", "其他教育费附加安排的支出", project="1850.00"),
            L("2080505", PENSION, "2460.00"),
            L("2080506", "机关事业单位职业年金缴费支出", "1230.00"),
            L("2101102", "事业单位医疗", "1180.00"),
            L("2210201", "住房公积金", "2350.00"),
        ],
        sangong=("0", "0", "10.80", "2.65"),
        sangong_budget=("0", "0", "12.00", "4.00"),
    ),
    "f2_sichuan_chenghua_nyncj_2024_final.layout.txt": dict(
        unit_name="成都市成华区农业农村局",
        year=2024,
        kind="final_account",
        unit="万元",
        layout=True,
        leaves=[
            L("2080505", PENSION, "168.30"),
            L("2080506", "机关事业单位职业年金缴费支出", "84.20"),
            L("2101101", "行政单位医疗", "46.50"),
            L("2101102", "事业单位医疗", "22.80"),
            L("2120804", "农村基础设施建设支出", fund="2300.00"),
            L("2130101", "行政运行", "842.60"),
            L("2130104", "事业运行", "386.40"),
            L("2130108", "病虫害控制", project="126.00"),
            L("2130122", "农业生产发展", project="1480.00"),
            L("2130126", "农村社会事业", project="365.00"),
            L("2130505", "生产发展", project="240.00"),
            L("2130705", "对村民委员会和村党支部的补助", project="618.00"),
            L("2210201", "住房公积金", "96.40"),
        ],
        sangong=("0", "0", "7.36", "1.24"),
        sangong_budget=("0", "0", "8.00", "2.00"),
    ),
    "f3_zhejiang_shangcheng_wlj_2025_final.txt": dict(
        unit_name="杭州市上城区文化广电旅游体育局",
        year=2025,
        kind="final_account",
        unit="元",
        layout=False,
        names={"20703": "体育"},
        leaves=[
            L("2070101", "行政运行", "4862350.00"),
            L("2070108", "文化活动", project="2360000.00"),
            L("2070109", "群众文化", project="1845600.00"),
            L("2070111", "文化创作与保护", project="980000.00"),
            L("2070112", "文化和旅游市场管理", project="426000.00"),
            L("2070307", "体育场馆", project="3120000.00", other="500000.00"),
            L("2070308", "群众体育", project="1650000.00"),
            L("2080505", PENSION, "1124800.00"),
            L("2080506", "机关事业单位职业年金缴费支出", "562400.00"),
            L("2101101", "行政单位医疗", "425600.00"),
            L("2210201", "住房公积金", "736900.00"),
            L("2296003", "用于体育事业的彩票公益金支出", fund="860000.00"),
        ],
        sangong=("0", "0", "52860.00", "18420.00"),
        sangong_budget=("0", "0", "60000.00", "30000.00"),
    ),
    "f4_fujian_jinan_slj_2023_final.layout.txt": dict(
        unit_name="福州市晋安区水利局",
        year=2023,
        kind="final_account",
        unit="万元",
        layout=True,
        leaves=[
            L("2080505", PENSION, "62.40"),
            L("2080506", "机关事业单位职业年金缴费支出", "31.20"),
            L("2101101", "行政单位医疗", "24.80"),
            L("2120804", "农村基础设施建设支出", fund="600.00"),
            L("2130301", "行政运行", "412.60"),
            L("2130304", "水利行业业务管理", project="86.00"),
            L("2130305", "水利工程建设", project="3260.00"),
            L("2130306", "水利工程运行与维护", project="1120.00"),
            L("2130311", "水资源节约管理与保护", project="146.00"),
            L("2130314", "防汛", project="528.00"),
            L("2130335", "农村供水", project="740.00"),
            L("2210201", "住房公积金", "48.60"),
        ],
        sangong=("0", "0", "5.28", "0.92"),
        sangong_budget=("0", "0", "6.00", "1.50"),
    ),
}
TABLES = {name: Doc(spec) for name, spec in DOCS.items()}

# ------------------------------------------------------------------ expected claims
EXPECTED = {
    "b1_shandong_licheng_jtysj_2025_budget.txt": dict(
        note="山东2025 部门预算 (plain, 万元): 收支总预算 比上年; 收入预算 / 支出预算 with shares and 个百分点; 财政拨款收支总预算 "
        "较上年…增幅; 一般公共预算当年拨款 比上年执行数; 类 '（类）X万元，较上年增加…，主要原因是…'; 政府性基金 同比下降…% "
        "(rate only); 三公 items with 其中 in brackets; planted: 住房保障支出（类）124.30 (table 142.30)",
        unit="万元",
        claims=[
            total(TIE, "9851.80"),
            yoy(None, "9851.80", "612.40", "6.63"),
            total(TI, "9851.80"),
            total(TE, "9851.80"),
            total(FT, "9731.80"),
            yoy("财政拨款", "9731.80", "580.00", "6.34"),
            yoy("一般公共预算", "8231.80", "430.20", "5.51"),
            yoy("社会保障和就业支出", "279.60", "8.60", "3.17", code="208"),
            yoy("卫生健康支出", "88.60", "0", code="210"),
            yoy("交通运输支出", "7721.30", "421.60", "5.78", code="214"),
            yoy("住房保障支出", "124.30", "-3.70", "-2.89", code="221"),
            yoy("政府性基金", "1500.00", None, "-25.00"),
            yoy("三公", "27.60", "-2.40", "-8.00"),
            yoy(OUT, "0", "0"),
            yoy(CAR_M, "24.00", "-2.00", "-7.69"),
            yoy(RECEPTION, "3.60", "-0.40", "-10.00"),
            ops("312.50"),
            yoy("机关运行经费", "312.50", "-18.30", "-5.53"),
            proc("3856.00"),
        ],
        not_claims=[
            nc("一般公共预算拨款收入8,231.80", "8231.80", SHARE),
            nc("比上年提高0.85个百分点", "0.85", PP),
            nc("基本支出2,135.30", "2135.30", SHARE),
            nc("政府性基金预算当年拨款1,500.00", "1500.00", PART),
            nc("政府采购货物预算156.00", "156.00", PROC_PART),
            nc("预留政府采购项目预算金额3,700.00", "3700.00", SME),
            nc("共有车辆15辆", "15", CARS),
            nc("涉及一般公共预算当年拨款6,096.50", "6096.50", PERF),
        ],
    ),
    "b2_hunan_yuhua_wjj_2024_budget.layout.txt": dict(
        note="湖南2024 部门预算 (-layout, 元): 收入预算总额 / 支出预算总额 then 收支总预算比2023年增加…，同比增长; parts with "
        "rates only; 占比较上年提高…个百分点; 财政拨款收支总预算 with its 类 (no change); 项 by chain in 元 with 比上年 / 较上年"
        "…降幅 / 与上年持平 / 同比增长 (rate only); 三公 比上年预算; planted: 重大公共卫生服务 3,510,000.00 (table 3,150,000.00)",
        unit="元",
        claims=[
            total(TI, "34506870.00"),
            total(TE, "34506870.00"),
            yoy(None, "34506870.00", "2040870.00", "6.29"),
            yoy("财政拨款收入", "33706870.00", None, "7.12"),
            yoy("事业收入", "800000.00", None, "-20.00"),
            total(FT, "33706870.00"),
            yoy("一般公共预算", "33206870.00", "2106870.00", "6.77"),
            yoy("行政运行", "6245380.00", "245380.00", "4.09", code="2100101"),
            yoy("基本公共卫生服务", "12480000.00", "1080000.00", "9.47", code="2100408"),
            yoy("重大公共卫生服务", "3510000.00", "-490000.00", "-12.25", code="2100409"),
            yoy("乡镇卫生院", "4600000.00", "0", code="2100302"),
            yoy(PENSION, "1856420.00", None, "2.56", code="2080505"),
            yoy("三公", "134000.00", "-16000.00", "-10.67"),
            yoy(OUT, "0", "0"),
            yoy(CAR_M, "96000.00", "0"),
            yoy(RECEPTION, "38000.00", "-16000.00", "-29.63"),
            ops("1068600.00"),
            yoy("机关运行经费", "1068600.00", "48600.00", "4.76"),
            proc("5860000.00"),
        ],
        not_claims=[
            nc("基本支出10,766,870.00", "10766870.00", SHARE),
            nc("提高1.5个百分点", "1.5", PP),
            nc("一般公共预算拨款33,206,870.00", "33206870.00", PART),
            nc("卫生健康支出（类）29,397,940.00", "29397940.00", PART),
            nc("货物类1,260,000.00", "1260000.00", PROC_PART),
            nc("共有车辆6辆", "6", CARS),
            nc("项目支出22,940,000.00", "22940000.00", PERF),
        ],
    ),
    "b3_anhui_yaohai_mzj_2026_budget.txt": dict(
        note="安徽2026 部门预算 (plain, 万元): 收支总预算2.26亿元 (rate only); 收入总计 / 支出总计 restated; 财政拨款收支总预算 与上年"
        "相比; full-width 一般公共预算当年拨款; 类 with share then change; 项 '（项）6,420↵.00万元' split over a line and '9,85 ¶ "
        "0.00万元' over a page; 降幅; 三公 '较2025年预算数' / '与2025年持平'; 机关运行经费 one-decimal rate; planted: 临时救助支出 "
        "470.00 (table 740.00)",
        unit="万元",
        claims=[
            total(TIE, "22600"),
            yoy(None, "22600", None, "4.18"),
            total(TIE, "22612.60"),
            total(TIE, "22612.60"),
            total(FT, "22612.60"),
            yoy("财政拨款", "22612.60", "906.60", "4.18"),
            yoy("一般公共预算", "20962.60", "1162.60", "5.87"),
            yoy("社会保障和就业支出", "20771.70", "1141.70", "5.82", code="208"),
            yoy("卫生健康支出", "72.30", "2.30", "3.29", code="210"),
            yoy("住房保障支出", "118.60", "18.60", "18.60", code="221"),
            yoy("老年福利", "6420.00", "420.00", "7.00", code="2081002"),
            yoy("城市最低生活保障金支出", "9850.00", "350.00", "3.68", code="2081901"),
            yoy("临时救助支出", "470.00", "-30.00", "-6.00", code="2082001"),
            yoy("殡葬", "860.00", "0", code="2081004"),
            yoy("政府性基金", "1650.00", "-256.00", "-13.43"),
            yoy("三公", "10.80", "-0.60", "-5.26"),
            yoy(OUT, "0", "0"),
            yoy(CAR_M, "9.60", "0"),
            yoy(RECEPTION, "1.20", "-0.60", "-33.33"),
            ops("118.75"),
            yoy("机关运行经费", "118.75", None, "-3.2"),
            proc("1245.00"),
        ],
        not_claims=[
            nc("货物类45.00", "45.00", PROC_PART),
            nc("共有车辆2辆", "2", CARS),
            nc("涉及资金21,156.00", "21156.00", PERF),
        ],
    ),
    "b4_jiangxi_honggutan_scjgj_2023_budget.layout.txt": dict(
        note="江西2023 部门预算 (-layout, 万元): 收入预算总计 / 支出预算总计 each '较2022年预算数下降…%'; 财政拨款收入预算 / 财政拨款"
        "支出预算 apart, '同比减少'; 类 '比上年预算数增加…，主要原因是…'; 项 with its code in brackets '（2013812）265.00万元，"
        "同比增加…，增幅…' / '与上年预算数相同' / share with 个百分点; 三公 '均为0，与上年一致'; planted: 住房保障支出（类）241.50 "
        "(table 214.50)",
        unit="万元",
        claims=[
            total(TIE, "4747.00"),
            yoy(None, "4747.00", None, "-2.14"),
            total(TIE, "4747.00"),
            yoy(None, "4747.00", None, "-2.14"),
            total(FT, "4747.00"),
            total(FT, "4747.00"),
            yoy("财政拨款", "4747.00", "-104.00"),
            yoy("一般公共服务支出", "3950.10", "-125.40", "-3.08", code="201"),
            yoy("社会保障和就业支出", "453.60", "12.60", "2.86", code="208"),
            yoy("卫生健康支出", "128.80", "3.80", "3.04", code="210"),
            yoy("住房保障支出", "241.50", "5.00", "2.11", code="221"),
            yoy("药品事务", "265.00", "15.00", "6.00", code="2013812"),
            yoy("食品安全监管", "612.00", "0", code="2013816"),
            yoy("三公", "20.50", "-1.50", "-6.82"),
            yoy(RUN_M, "18.00", "-1.00"),
            yoy(RECEPTION, "2.50", "-0.50"),
            yoy(OUT, "0", "0"),
            yoy(BUY, "0", "0"),
            ops("386.20"),
            yoy("机关运行经费", "386.20", "-12.8", "-3.21"),
            proc("826.50"),
        ],
        not_claims=[
            nc("行政运行（2013801）2,318.60", "2318.60", SHARE),
            nc("比上年降低1.2个百分点", "1.2", PP),
            nc("货物采购预算126.50", "126.50", PROC_PART),
            nc("共有车辆9辆", "9", CARS),
            nc("涉及资金1,631.50", "1631.50", PERF),
        ],
    ),
    "f1_hubei_hongshan_jyj_2023_final.txt": dict(
        note="湖北2023 部门决算 (plain, 万元): 收入总计 / 支出总计 5.81亿元, 收、支总计各增加0.36亿元; 本年收入合计 / 本年支出合计 with "
        "shares; 财政拨款收、支总计各增加; 类 shares (no claims); whole and 项 年初预算 vs 决算 with reasons, an 调整预算 between, "
        "'20,179↵.40万元' split over a line, 年初预算为0万元; 三公 whole and items 预算 / 决算 / 完成预算的 / 比上年; 授予中小企业合同"
        "金额; planted: 高中教育 决算 8,630.00 (一般公共预算 table 8,360.00)",
        unit="万元",
        claims=[
            total(TIE, "58100"),
            total(TIE, "58100"),
            yoy(None, "58100", "3600", "6.61"),
            total(TI, "58053.60"),
            total(TE, "58053.60"),
            total(FT, "56853.60"),
            total(FT, "56853.60"),
            yoy("财政拨款", "56853.60", "3253.60", "6.07"),
            yoy("一般公共预算", "56853.60", "3253.60", "6.07"),
            ex(None, "一般公共预算", "52460.00", "56853.60", "108.38"),
            ex("2050101", "行政运行", "1250.00", "1286.40", "102.91"),
            ex("2050202", "小学教育", "19200.00", "20179.40", "105.10"),
            ex("2050203", "初中教育", "13800.00", "13405.80", "97.14"),
            ex("2050204", "高中教育", "8000.00", "8630.00", "107.88"),
            ex("2050201", "学前教育", "3000.00", "3620.00", "120.67"),
            ex("2050999", "其他教育费附加安排的支出", "0", "1850.00"),
            sg("三公", "16.00", "13.45", "84.06"),
            yoy("三公", "13.45", "-1.05", "-7.24"),
            sg(OUT, "0", "0", kind="sangong_execution?"),
            yoy(OUT, "0", "0", kind="year_on_year?"),
            sg(BUY, "0", "0", kind="sangong_execution?"),
            sg(RUN_M, "12.00", "10.80", "90.00"),
            yoy(RUN_M, "10.80", "-0.60", "-5.26"),
            sg(RECEPTION, "4.00", "2.65", "66.25"),
            yoy(RECEPTION, "2.65", "-0.45", "-14.52"),
            ops("186.32"),
            yoy("机关运行经费", "186.32", "6.32", "3.51"),
            proc("4862.35"),
        ],
        not_claims=[
            nc("财政拨款收入56,853.60", "56853.60", SHARE),
            nc("基本支出43,573.40", "43573.40", SHARE),
            nc("教育支出（类）49,633.60", "49633.60", SHARE),
            nc("调整预算为13,500.00", "13500.00", "an adjusted budget"),
            nc("政府采购货物支出1,526.40", "1526.40", PROC_PART),
            nc("授予中小企业合同金额4,210.60", "4210.60", SME),
            nc("授予小微企业合同金额3,360.20", "3360.20", SME),
            nc("共有车辆4辆", "4", CARS),
            nc("资金13,280.20", "13280.20", PERF),
        ],
    ),
    "f2_sichuan_chenghua_nyncj_2024_final.layout.txt": dict(
        note="四川2024 部门决算 (-layout, 万元): 收入总计、支出总计 与2023年度相比…各减少; 基本支出 share 较上年提高…个百分点; the "
        "whole's actual first '支出4,476.20万元，年初预算为…，调整预算为…，完成年初预算的…，较上年减少…'; per 类 and per 项 年初预算"
        " vs 决算 with reasons; '决算数与年初预算数持平'; 政府性基金 actual first; 三公 whole actual + rate + 较上年下降…% (no "
        "budget), items '年初预算8.00万元，决算7.36万元' (no 为); 机关运行经费 与上年相比…降幅; planted: 农业生产发展 决算 1,840.00 "
        "(table 1,480.00)",
        unit="万元",
        claims=[
            total(TIE, "6776.20"),
            total(TIE, "6776.20"),
            yoy(None, "6776.20", "-523.80", "-7.18"),
            total(TI, "6776.20"),
            total(TE, "6776.20"),
            total(FT, "6776.20"),
            total(FT, "6776.20"),
            ex(None, "一般公共预算", "3980.00", "4476.20", "112.47"),
            yoy("一般公共预算", "4476.20", "-210.00", "-4.48"),
            ex("213", "农林水支出", "3560.00", "4058.00", "113.99"),
            ex("2130101", "行政运行", "830.00", "842.60", "101.52"),
            ex("2130122", "农业生产发展", "1200.00", "1840.00", "153.33"),
            ex("2130705", "对村民委员会和村党支部的补助", "618.00", "618.00"),
            ex("2130104", "事业运行", "400.00", "386.40", "96.60"),
            ex("208", "社会保障和就业支出", "250.00", "252.50", "101.00"),
            ex("210", "卫生健康支出", "70.00", "69.30", "99.00"),
            ex("221", "住房保障支出", "100.00", "96.40", "96.40"),
            ex(None, "政府性基金", "2000.00", "2300.00", "115.00", scope=GF),
            sg("三公", None, "8.60", "86.00"),
            yoy("三公", "8.60", None, "-12.24"),
            sg(OUT, "0", "0", kind="sangong_execution?"),
            sg(CAR_M, "8.00", "7.36", "92.00"),
            sg(RECEPTION, "2.00", "1.24", "62.00"),
            ops("128.60"),
            yoy("机关运行经费", "128.60", "-5.40", "-4.03"),
            proc("2655.80"),
        ],
        not_claims=[
            nc("较上年提高3.25个百分点", "3.25", PP),
            nc("调整预算为4,520.00", "4520.00", "an adjusted budget"),
            nc("政府采购工程支出2,300.00", "2300.00", PROC_PART),
            nc("授予中小企业合同金额2,655.80", "2655.80", SME),
            nc("共有车辆3辆", "3", CARS),
            nc("涉及资金5,129.00", "5129.00", PERF),
        ],
    ),
    "f3_zhejiang_shangcheng_wlj_2025_final.txt": dict(
        note="浙江2025 部门决算 (plain, 元): 收入、支出总计均为… 与2024年度相比…各增加; 本年收入合计 / 本年支出合计 比上年增长…% "
        "(rate only); 财政拨款收入 / 支出 (no 总计) then 收支总计较上年增加; 项 with code in brackets, actual first '支出决算为…，完成"
        "年初预算的…，年初预算为…' and '年初预算1,100,000.00元，支出决算…' (no 为); 三公 '年初预算…元，决算…元' whole and items, "
        "决算数较上年增加; planted: 体育场馆 决算 3,210,000.00 (一般公共预算 table 3,120,000.00)",
        unit="元",
        claims=[
            total(TIE, "19453650.00"),
            yoy(None, "19453650.00", "1253650.00", "6.89"),
            total(TI, "19453650.00"),
            yoy("本年收入", "19453650.00", None, "6.89"),
            total(TE, "19453650.00"),
            yoy("本年支出", "19453650.00", None, "6.89"),
            ("fiscal_total_income_expenditure?", None, None, None, {"amount": "18953650.00"}),
            ("fiscal_total_income_expenditure?", None, None, None, {"amount": "18953650.00"}),
            yoy("财政拨款", "18953650.00", "1153650.00", "6.48"),
            yoy("一般公共预算", "18093650.00", "1093650.00", "6.43"),
            ex(None, "一般公共预算", "17560000.00", "18093650.00", "103.04"),
            ex("2070101", "行政运行", "4950000.00", "4862350.00", "98.23"),
            ex("2070109", "群众文化", "1800000.00", "1845600.00", "102.53"),
            ex("2070307", "体育场馆", "3000000.00", "3210000.00", "107.00"),
            ex("2070108", "文化活动", "2500000.00", "2360000.00", "94.40"),
            ex("2080505", PENSION, "1100000.00", "1124800.00", "102.25"),
            ex(None, "政府性基金", "800000.00", "860000.00", "107.50", scope=GF),
            sg("三公", "90000.00", "71280.00", "79.20"),
            yoy("三公", "71280.00", "3280.00", "4.82"),
            sg(OUT, "0", "0", kind="sangong_execution?"),
            sg(CAR_M, "60000.00", "52860.00", "88.10"),
            sg(RUN_M, None, "52860.00", kind="sangong_execution?"),
            sg(RECEPTION, "30000.00", "18420.00", "61.40"),
            ops("856320.00"),
            yoy("机关运行经费", "856320.00", "-23680.00", "-2.69"),
            proc("3286500.00"),
        ],
        not_claims=[
            nc("财政拨款收入18,953,650.00元，占", "18953650.00", SHARE),
            nc("基本支出7,712,050.00", "7712050.00", SHARE),
            nc("接待国内公务来访23批次", "23", "a count of receptions"),
            nc("政府采购货物支出426,500.00", "426500.00", PROC_PART),
            nc("授予中小企业合同金额3,012,000.00", "3012000.00", SME),
            nc("100万元（含）以上设备", "1000000", "a unit price threshold"),
            nc("共有车辆2辆", "2", CARS),
            nc("项目支出11,741,600.00元纳入绩效自评", "11741600.00", PERF),
        ],
    ),
    "f4_fujian_jinan_slj_2023_final.layout.txt": dict(
        note="福建2023 部门决算 (-layout, 万元): 收、支总计均为…较上年减少…; 本年收入合计 较上年; 财政拨款支出…较上年下降…% (rate "
        "only); 类 share 占比提高…个百分点; '年初预算数为…，决算数为…，决算数为年初预算数的…%' per 项; an 调整预算数 with '完成调整"
        "预算的98.79%' (rate None); '1,12 ¶ 0.00万元' over a page; 三公 actuals with rate and change per item; 机关运行经费 "
        "one-decimal rate only; planted: 防汛 决算 582.00 (table 528.00)",
        unit="万元",
        claims=[
            total(TIE, "7059.60"),
            yoy(None, "7059.60", "-1240.40", "-14.94"),
            total(TI, "7059.60"),
            yoy("本年收入", "7059.60", "-1240.40", "-14.94"),
            total(TE, "7059.60"),
            total(FT, "7059.60"),
            total(FT, "7059.60"),
            yoy("财政拨款", "7059.60", None, "-14.94"),
            yoy("一般公共预算", "6459.60", "-1040.40", "-13.87"),
            ex(None, "一般公共预算", "5800.00", "6459.60", "111.37"),
            ex("2130305", "水利工程建设", "2500.00", "3260.00"),
            ex("2130306", "水利工程运行与维护", "1100.00", "1120.00", "101.82"),
            ex("2130314", "防汛", "500.00", "582.00", "116.40"),
            ex("2130335", "农村供水", "800.00", "740.00", "92.50"),
            ex("2130301", "行政运行", "420.00", "412.60", "98.24"),
            yoy("政府性基金", "600.00", "-200.00", "-25.00"),
            sg("三公", None, "6.20", "82.67"),
            yoy("三公", "6.20", "-0.80", "-11.43"),
            sg(OUT, None, "0", kind="sangong_execution?"),
            yoy(OUT, "0", "0", kind="year_on_year?"),
            sg(CAR_M, None, "5.28", "88.00"),
            yoy(CAR_M, "5.28", "-0.52", "-8.97"),
            sg(RECEPTION, None, "0.92", "61.33"),
            yoy(RECEPTION, "0.92", "-0.28", "-23.33"),
            ops("42.36"),
            yoy("机关运行经费", "42.36", None, "1.8"),
            proc("3868.50"),
        ],
        not_claims=[
            nc("基本支出579.60", "579.60", PART),
            nc("提高2.3个百分点", "2.3", PP),
            nc("调整预算数为3,300.00", "3300.00", "an adjusted budget"),
            nc("完成调整预算的98.79%", "98.79", "a rate against the adjusted budget"),
            nc("政府采购工程支出3,600.00", "3600.00", PROC_PART),
            nc("授予小微企业合同金额2,910.00", "2910.00", SME),
            nc("共有车辆2辆", "2", CARS),
            nc("涉及一般公共预算项目资金5,880.00", "5880.00", PERF),
        ],
    ),
}

# ------------------------------------------------------------------ each stated figure against its table
# (document, stated figure, table key (s33d_lib.Doc.fig), planted): a stated figure equals its table figure
# (亿元 figures within half a unit of their last digit), a planted one differs from it.
AGREE = {
    "b1_shandong_licheng_jtysj_2025_budget.txt": [
        ("9851.80", "total"),
        ("9731.80", "fiscal"),
        ("8231.80", "gb"),
        ("279.60", "208:gb"),
        ("88.60", "210:gb"),
        ("7721.30", "214:gb"),
        ("124.30", "221:gb", "planted"),
        ("1500.00", "gf"),
        ("2135.30", "basic"),
        ("27.60", "sg:all"),
        ("24.00", "sg:car"),
        ("3.60", "sg:rec"),
        ("0", "sg:out"),
    ],
    "b2_hunan_yuhua_wjj_2024_budget.layout.txt": [
        ("34506870.00", "total"),
        ("33706870.00", "fiscal"),
        ("800000.00", "other"),
        ("33206870.00", "gb"),
        ("29397940.00", "210:gb"),
        ("6245380.00", "2100101:gb"),
        ("12480000.00", "2100408:gb"),
        ("3510000.00", "2100409:gb", "planted"),
        ("4600000.00", "2100302:gb"),
        ("1856420.00", "2080505:gb"),
        ("10766870.00", "basic"),
        ("23740000.00", "project"),
        ("134000.00", "sg:all"),
        ("96000.00", "sg:car"),
        ("38000.00", "sg:rec"),
    ],
    "b3_anhui_yaohai_mzj_2026_budget.txt": [
        ("22612.60", "total"),
        ("22612.60", "fiscal"),
        ("20962.60", "gb"),
        ("20771.70", "208:gb"),
        ("72.30", "210:gb"),
        ("118.60", "221:gb"),
        ("6420.00", "2081002"),
        ("9850.00", "2081901"),
        ("470.00", "2082001", "planted"),
        ("860.00", "2081004"),
        ("1650.00", "gf"),
        ("10.80", "sg:all"),
        ("9.60", "sg:car"),
        ("1.20", "sg:rec"),
        ("21156.00", "project"),
    ],
    "b4_jiangxi_honggutan_scjgj_2023_budget.layout.txt": [
        ("4747.00", "total"),
        ("4747.00", "fiscal"),
        ("3950.10", "201:gb"),
        ("453.60", "208:gb"),
        ("128.80", "210:gb"),
        ("241.50", "221:gb", "planted"),
        ("2318.60", "2013801"),
        ("265.00", "2013812"),
        ("612.00", "2013816"),
        ("20.50", "sg:all"),
        ("18.00", "sg:run"),
        ("2.50", "sg:rec"),
        ("1631.50", "gb_project"),
    ],
    "f1_hubei_hongshan_jyj_2023_final.txt": [
        ("58053.60", "total"),
        ("56853.60", "fiscal"),
        ("56853.60", "gb"),
        ("43573.40", "basic"),
        ("14480.20", "project"),
        ("49633.60", "205:gb"),
        ("3690.00", "208:gb"),
        ("1180.00", "210:gb"),
        ("2350.00", "221:gb"),
        ("1286.40", "2050101:gb"),
        ("20179.40", "2050202:gb"),
        ("13405.80", "2050203:gb"),
        ("8630.00", "2050204:gb", "planted"),
        ("3620.00", "2050201:gb"),
        ("1850.00", "2050999:gb"),
        ("16.00", "sgb:all"),
        ("13.45", "sg:all"),
        ("12.00", "sgb:run"),
        ("10.80", "sg:run"),
        ("4.00", "sgb:rec"),
        ("2.65", "sg:rec"),
        ("13280.20", "gb_project"),
        ("36588.20", "personnel"),
        ("6985.20", "public"),
    ],
    "f2_sichuan_chenghua_nyncj_2024_final.layout.txt": [
        ("6776.20", "total"),
        ("6776.20", "fiscal"),
        ("1647.20", "basic"),
        ("5129.00", "project"),
        ("4476.20", "gb"),
        ("4058.00", "213:gb"),
        ("842.60", "2130101"),
        ("1840.00", "2130122", "planted"),
        ("618.00", "2130705"),
        ("386.40", "2130104"),
        ("252.50", "208"),
        ("69.30", "210"),
        ("96.40", "221"),
        ("2300.00", "gf"),
        ("8.60", "sg:all"),
        ("8.00", "sgb:car"),
        ("7.36", "sg:car"),
        ("2.00", "sgb:rec"),
        ("1.24", "sg:rec"),
    ],
    "f3_zhejiang_shangcheng_wlj_2025_final.txt": [
        ("19453650.00", "total"),
        ("18953650.00", "fiscal"),
        ("500000.00", "other"),
        ("7712050.00", "basic"),
        ("11741600.00", "project"),
        ("18093650.00", "gb"),
        ("4862350.00", "2070101:gb"),
        ("1845600.00", "2070109:gb"),
        ("3210000.00", "2070307:gb", "planted"),
        ("2360000.00", "2070108:gb"),
        ("1124800.00", "2080505:gb"),
        ("860000.00", "gf"),
        ("90000.00", "sgb:all"),
        ("71280.00", "sg:all"),
        ("60000.00", "sgb:car"),
        ("52860.00", "sg:car"),
        ("52860.00", "sg:run"),
        ("30000.00", "sgb:rec"),
        ("18420.00", "sg:rec"),
    ],
    "f4_fujian_jinan_slj_2023_final.layout.txt": [
        ("7059.60", "total"),
        ("7059.60", "fiscal"),
        ("579.60", "basic"),
        ("6480.00", "project"),
        ("6459.60", "gb"),
        ("6292.60", "213:gb"),
        ("3260.00", "2130305"),
        ("1120.00", "2130306"),
        ("582.00", "2130314", "planted"),
        ("740.00", "2130335"),
        ("412.60", "2130301"),
        ("600.00", "gf"),
        ("6.20", "sg:all"),
        ("5.28", "sg:car"),
        ("0.92", "sg:rec"),
        ("7.50", "sgb:all"),
        ("6.00", "sgb:car"),
        ("1.50", "sgb:rec"),
        ("5880.00", "gb_project"),
    ],
}
for _name, _pairs in AGREE.items():
    _doc = TABLES[_name]
    for _stated, _key, *_planted in _pairs:
        _table = _doc.fig(_key)
        assert (D(_stated) != _table) if _planted else (D(_stated) == _table), (_name, _stated, _key, _table)
# the 亿元 totals within half a unit of 0.01亿元 (50 万元)
assert abs(TABLES["b3_anhui_yaohai_mzj_2026_budget.txt"].total - D("22600")) <= 50
assert abs(TABLES["f1_hubei_hongshan_jyj_2023_final.txt"].total - D("58100")) <= 50
# every claim of a final account's execution rate re-computes from its figures (a stated rate, to 0.01)
for _name, _exp in EXPECTED.items():
    for _kind, _code, _nm, _scope, _f in _exp["claims"]:
        if _kind.rstrip("?") in ("execution", "sangong_execution") and _f.get("rate") and _f.get("budget"):
            _r = D(_f["actual"]) / D(_f["budget"]) * 100
            assert abs(_r - D(_f["rate"])) < D("0.006"), (_name, _nm, _r, _f)
        if _kind.rstrip("?") == "year_on_year" and _f.get("rate") and _f.get("change"):
            _prior = D(_f["amount"]) - D(_f["change"])
            _r = D(_f["change"]) / _prior * 100
            assert abs(_r - D(_f["rate"])) < D("0.006"), (_name, _nm, _r, _f)
