"""Expected narrative claims of the rules_s28d inputs (15 final accounts, gen.py writes them), typed by hand
from the sentences as printed, never from the parser.

Per input: note (what it attacks), unit (the 说明's: "万元" or "元"), claims, traps, warns.
- claims: (kind, code, name, figures) in document order. kind is a Claim.claim_kind; a kind ending in "?" is
  optional (a sentence that states an actual only, which the parser need not record; if it is recorded its
  figures must be these). code: the functional code of the item's 类/款/项 chain when the document's table
  prints it, else None (a claim with a code where none is expected is WRONG). name: a piece the claim's
  subject_name must contain (brackets folded to half width), None for the report's totals (any name).
  figures: budget / actual / amount / prior / change in the unit, rate in percent (signed for a change:
  -5.99 for 下降5.99%); a figure not given must be None (the sentence does not state it).
- traps: figures printed in the 说明 that are no claim's (a count, a share, a year, a phone number, a
  document number, the prior year's total): an unexpected claim carrying one is SPURIOUS.
- warns: the narrative diagnostics a planted misstatement must raise (check_name, times).

A stated figure that disagrees with another (a planted misstatement) is still typed as stated: the claim
records what the document says."""

SHARE = "share"
COUNT = "count"


def c(kind, code=None, name=None, **figures):
    return (kind, code, name, figures)


def ex(code, name, budget, actual, rate=None):
    return c("execution", code, name, budget=budget, actual=actual, rate=rate)


def sg(name, budget=None, actual=None, rate=None, optional=False):
    return c(
        "sangong_execution" + ("?" if optional else ""), None, name, budget=budget, actual=actual, rate=rate
    )


def yoy(name, amount=None, change=None, rate=None, prior=None, code=None):
    return c("year_on_year", code, name, amount=amount, change=change, rate=rate, prior=prior)


def total(kind, amount):
    return c(kind, None, None, amount=amount)


TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
OPS = "operating_costs"
PROC = "procurement_total"
WHOLE = "一般公共预算财政拨款支出"
PENSION = "机关事业单位基本养老保险缴费支出"
CAR = "公务用车购置及运行维护费"
OUT = "因公出国(境)费"
RECEPTION = "公务接待费"


def traps(**kinds):
    """{value as printed: what it is}; kinds: what=[values]."""
    return {v: what for what, values in kinds.items() for v in values}


EXPECTED = {
    "d01_control_national_wordings.txt": dict(
        note="control: the national template's wordings (all covered elsewhere), with counts and shares",
        unit="万元",
        claims=[
            total(TIE, "1352.80"),
            yoy("总计", "1352.80", "-86.20", "-5.99"),
            total(TI, "1310.40"),
            total(TE, "1318.40"),
            total(FT, "1306.40"),
            yoy("财政拨款收入、支出", "1306.40", "-80.60", "-5.81"),
            yoy(WHOLE, "1286.40", "-80.60", "-5.90"),
            ex(None, WHOLE, "1250.00", "1286.40", "102.91"),
            ex("2010501", "行政运行", "820.00", "806.40", "98.34"),
            ex("2010507", "专项普查活动", "120.00", "150.00", "125"),
            ex("2010508", "统计抽样调查", "70.00", "80.00", "114.29"),
            ex("2080505", PENSION, "145.00", "150.00", "103.45"),
            ex("2210201", "住房公积金", "95.00", "100.00", "105.26"),
            sg("三公", "18.00", "12.46", "69.22"),
            yoy("三公", "12.46", "-1.54", "-11.00"),
            sg(CAR, "12.00", "9.26", "77.17"),
            sg(RECEPTION, "6.00", "3.20", "53.33"),
            total(OPS, "88.20"),
            yoy("机关运行经费", "88.20", "-3.60", "-3.92"),
            total(PROC, "186.50"),
        ],
        traps=traps(
            share=["98.17", "1.83", "81.80", "18.20", "97.57", "80.57", "11.66", "7.77", "92.39", "85.79"],
            count=["2", "46", "318", "4", "1", "3", "50", "100"],
            year=["2023", "2024"],
        ),
    ),
    "d02_arranged_and_spent.txt": dict(
        note="年初预算安排…，实际支出…，完成年初预算的… (whole, items, 三公)",
        unit="万元",
        claims=[
            total(TIE, "892.60"),
            yoy("总计", "892.60", "42.60", "5.01"),
            total(TI, "870.00"),
            total(TE, "866.50"),
            total(FT, "870.20"),
            yoy(WHOLE, "858.00", "38.00", "4.63"),
            ex(None, WHOLE, "840.00", "858.00", "102.14"),
            ex("2040601", "行政运行", "620.00", "612.30", "98.76"),
            ex("2040604", "基层司法业务", "80.00", "85.00", "106.25"),
            ex("2040610", "社区矫正", "30.00", "40.00", "133.33"),
            ex("2080505", PENSION, "65.00", "68.20", "104.92"),
            ex("2210201", "住房公积金", "45.00", "52.50", "116.67"),
            sg("三公", "9.50", "7.84", "82.53"),
            yoy("三公", "7.84", "-0.66", "-7.76"),
            sg(OUT, "0", "0"),
            sg(CAR, "6.50", "5.64", "86.77"),
            sg(RECEPTION, "3.00", "2.20", "73.33"),
            total(OPS, "64.60"),
            yoy("机关运行经费", "64.60", "2.10", "3.36"),
            total(PROC, "48.30"),
        ],
        traps=traps(
            share=["98.62", "1.38", "85.57", "14.43", "99.02", "100"],
            count=["6", "9", "62", "22", "186", "3", "2", "1"],
            year=["2024"],
        ),
    ),
    "d03_dash_joined_chain.txt": dict(
        note="chains joined by dashes: （类）—…（款）—…（项） and （类）-…（款）-…（项）; 年初预算数为 / 决算数为",
        unit="万元",
        claims=[
            total(TIE, "668.00"),
            total(TIE, "668.00"),
            yoy("总计", "668.00", "28.00", "4.38"),
            total(TI, "660.00"),
            total(TE, "652.00"),
            total(FT, "648.00"),
            yoy("财政拨款收入支出决算总计", "648.00", "18.00", "2.86"),
            ex(None, WHOLE, "610.00", "640.00", "104.92"),
            ex("2010101", "行政运行", "430.00", "420.60", "97.81"),
            ex("2010102", "一般行政管理事务", "40.00", "38.40", "96"),
            ex("2010104", "人大会议", "50.00", "56.00", "112"),
            ex("2010108", "代表工作", "20.00", "25.00", "125"),
            ex("2080505", PENSION, "40.00", "46.80", "117"),
            ex("2101101", "行政单位医疗", "15.00", "18.20", "121.33"),
            ex("2210201", "住房公积金", "15.00", "35.00", "233.33"),
            sg("三公", "8.00", "5.60", "70"),
            sg(OUT, actual="0", optional=True),
            sg(CAR, actual="3.80", rate="76"),
            sg(RECEPTION, actual="1.80", rate="60"),
            yoy("三公", "5.60", "-0.90", "-13.85"),
            total(OPS, "42.60"),
            total(PROC, "62.00"),
        ],
        traps=traps(
            share=["96.97", "3.03", "81.69", "18.31", "100"], count=["5", "2"], year=["2023", "2024"]
        ),
    ),
    "d04_full_year_budget_between.txt": dict(
        note="年初预算为…，全年预算为…，支出决算为… (the 年初 one is the budget; a rate of the 全年 one is none); "
        "收入合计 / 支出合计 without 本年; 机关运行经费 budget and actual, then its change",
        unit="万元",
        claims=[
            total(TIE, "4520.36"),
            total(TIE, "4520.36"),
            yoy("总计", "4520.36", "-312.64", "-6.47"),
            total(TI, "4395.20"),
            total(TE, "4380.40"),
            total(FT, "4336.90"),
            yoy(WHOLE, "4290.00", "-298.00", "-6.50"),
            ex(None, WHOLE, "3980.00", "4290.00"),
            ex("2130201", "行政运行", "1200.00", "1215.40", "101.28"),
            ex("2130205", "森林资源培育", "2100.00", "2360.00"),
            ex("2130209", "森林资源管理", "460.00", "480.60", "104.48"),
            ex("2080505", PENSION, "130.00", "138.00", "106.15"),
            ex("2210201", "住房公积金", "90.00", "96.00", "106.67"),
            sg("三公", "28.00", "24.35", "86.96"),
            sg(OUT, "8.00", "6.12", "76.50"),
            sg(CAR, "16.00", "15.03", "93.94"),
            sg(RECEPTION, "4.00", "3.20", "80"),
            total(OPS, "128.90"),
            yoy("机关运行经费", "128.90", "-4.10", "-3.08"),
            total(PROC, "1860.00"),
        ],
        traps=traps(
            share=["97.61", "2.39", "35.15", "64.85", "91.51"],
            count=["3", "1", "5", "24", "198", "12", "8", "4"],
            year=["2023", "2024"],
        ),
    ),
    "d05_midyear_addition_between.txt": dict(
        note="年初预算为…，年中追加预算… / 年中调减预算…，支出决算为…; a remark in brackets after the budget "
        "(（含上年结转…）); the 三公 with its addition",
        unit="万元",
        claims=[
            total(TIE, "1536.40"),
            total(TIE, "1536.40"),
            yoy("总计", "1536.40", "96.40", "6.69"),
            total(TI, "1500.00"),
            total(TE, "1496.00"),
            total(FT, "1510.00"),
            yoy("财政拨款", "1510.00", "70.00", "4.86"),
            yoy(WHOLE, "1480.00", "60.00", "4.23"),
            ex(None, WHOLE, "1380.00", "1480.00", "107.25"),
            ex("2080101", "行政运行", "880.00", "865.20", "98.32"),
            ex("2080106", "就业管理事务", "260.00", "312.00", "120"),
            ex("2080109", "社会保险经办机构", "110.00", "128.80", "117.09"),
            ex("2080505", PENSION, "60.00", "96.00", "160"),
            ex("2210201", "住房公积金", "70.00", "78.00", "111.43"),
            sg("三公", "15.00", "16.20", "108"),
            sg(OUT, actual="4.80", rate="96"),
            sg(CAR, actual="8.60", rate="107.50"),
            sg(RECEPTION, actual="2.80", rate="140"),
            total(OPS, "76.80"),
            yoy("机关运行经费", "76.80", "-5.20", "-6.34"),
            total(PROC, "215.60"),
        ],
        traps=traps(
            share=["98.67", "1.33", "70.53", "29.47", "91.84"],
            count=["148", "35", "268", "6"],
            year=["2023", "2024"],
        ),
    ),
    "d06_actual_first_without_wei.txt": dict(
        note="the actual said first without 为: 支出决算数…，年初预算数…; coded chains (213类); full-width ％",
        unit="万元",
        claims=[
            total(TIE, "2156.30"),
            yoy("总计", "2156.30", "210.30", "10.81"),
            total(TI, "2112.00"),
            total(TE, "2104.80"),
            total(FT, "2096.00"),
            ex(None, WHOLE, "1950.00", "2080.00", "106.67"),
            ex("2130101", "行政运行", "552.00", "540.00", "97.83"),
            ex("2130104", "事业运行", "380.00", "386.50", "101.71"),
            ex("2130122", "农业生产发展", "800.00", "920.00", "115"),
            ex("2080505", PENSION, "100.00", "105.30", "105.30"),
            ex("2101101", "行政单位医疗", "45.00", "48.20", "107.11"),
            ex("2210201", "住房公积金", "73.00", "80.00", "109.59"),
            sg("三公", "12.00", "10.45", "87.08"),
            yoy("三公", "10.45", "-1.05", "-9.13"),
            sg(OUT, "0", "0"),
            sg(CAR, "9.00", "8.25", "91.67"),
            sg(RECEPTION, "3.00", "2.20", "73.33"),
            total(OPS, "97.60"),
            total(PROC, "935.20"),
        ],
        traps=traps(share=["98.48", "1.52", "56.29", "43.71", "100"], count=["2", "5", "1"], year=["2024"]),
    ),
    "d07_rate_wordings.txt": dict(
        note="completion rates worded 支出决算为年初预算的 / 支出决算数占年初预算数的 / 决算完成率为 / "
        "完成年初预算的比例为, beside covered ones",
        unit="万元",
        claims=[
            total(TIE, "2410.50"),
            yoy("总计", "2410.50", "120.50", "5.26"),
            total(TI, "2380.00"),
            total(TE, "2378.60"),
            total(FT, "2372.00"),
            yoy(WHOLE, "2361.00", "101.00", "4.47"),
            ex(None, WHOLE, "2300.00", "2361.00", "102.65"),
            ex("2013801", "行政运行", "1650.00", "1620.00", "98.18"),
            ex("2013804", "市场主体管理", "100.00", "86.00", "86"),
            ex("2013812", "质量基础", "120.00", "145.00", "120.83"),
            ex("2013816", "食品安全监管", "150.00", "210.00", "140"),
            ex("2080505", PENSION, "160.00", "168.00", "105"),
            ex("2210201", "住房公积金", "120.00", "132.00", "110"),
            sg("三公", "26.00", "19.50", "75"),
            sg(OUT, "6.00", "4.50", "75"),
            sg(CAR, "14.00", "11.20", "80"),
            sg(RECEPTION, "6.00", "3.80", "63.33"),
            total(OPS, "163.70"),
            yoy("机关运行经费", "163.70", "-8.30", "-4.83"),
            total(PROC, "386.00"),
        ],
        traps=traps(
            share=["99.20", "0.80", "81.46", "18.54", "90.67"],
            count=["22", "286", "18", "15", "3"],
            year=["2024"],
        ),
    ),
    "d08_figures_in_yuan.txt": dict(
        note="every figure of the 说明 in 元 (cents, thousands separators), the table in 元",
        unit="元",
        claims=[
            total(TIE, "6286500.00"),
            total(TIE, "6286500.00"),
            yoy("总计", "6286500.00", "-213500.00", "-3.28"),
            total(TI, "6120000.00"),
            total(TE, "6105300.00"),
            total(FT, "6168000.00"),
            yoy("财政拨款收入支出决算总计", "6168000.00", "-182000.00", "-2.87"),
            yoy(WHOLE, "6010000.00", "-190000.00", "-3.06"),
            ex(None, WHOLE, "5900000.00", "6010000.00", "101.86"),
            ex("2012601", "行政运行", "3900000.00", "3862450.20", "99.04"),
            ex("2012604", "档案馆", "1200000.00", "1250000.00", "104.17"),
            ex("2080505", PENSION, "400000.00", "412360.00", "103.09"),
            ex("2101101", "行政单位医疗", "100000.00", "186420.50", "186.42"),
            ex("2210201", "住房公积金", "300000.00", "298769.30", "99.59"),
            sg("三公", "52000.00", "38600.00", "74.23"),
            yoy("三公", "38600.00", "-6400.00", "-14.22"),
            sg(OUT, "0", "0"),
            sg(CAR, "40000.00", "32600.00", "81.50"),
            sg(RECEPTION, "12000.00", "6000.00", "50"),
            total(OPS, "438400.00"),
            yoy("机关运行经费", "438400.00", "18400.00", "4.38"),
            total(PROC, "1086000.00"),
        ],
        traps=traps(share=["98.20", "1.80", "79.53", "20.47", "100"], count=["12", "96", "1"], year=["2024"]),
    ),
    "d09_change_wordings_zengzhi_tongbi.txt": dict(
        note="year-on-year changes worded 增支 / 减支, and '减少…，同比下降…%' (a second 同比 before the rate)",
        unit="万元",
        claims=[
            total(TIE, "3265.00"),
            yoy("总计", "3265.00", "185.00", "6.01"),
            total(TI, "3180.00"),
            total(TE, "3200.00"),
            total(FT, "3165.00"),
            yoy("财政拨款收入支出决算总计", "3165.00", "-35.00", "-1.09"),
            yoy(WHOLE, "3120.00", "-80.00", "-2.50"),
            ex(None, WHOLE, "3000.00", "3120.00", "104"),
            ex("2140101", "行政运行", "1900.00", "1880.00", "98.95"),
            ex("2140106", "公路养护", "780.00", "900.00", "115.38"),
            yoy("公路养护", "900.00", "120.00", "15.38", code="2140106"),
            ex("2080505", PENSION, "200.00", "210.00", "105"),
            ex("2210201", "住房公积金", "120.00", "130.00", "108.33"),
            sg("三公", "40.00", "33.60", "84"),
            yoy("三公", "33.60", "-4.40", "-11.58"),
            sg(OUT, actual="0", optional=True),
            sg(CAR, actual="28.40", optional=True),
            sg(RECEPTION, actual="5.20", optional=True),
            total(OPS, "174.00"),
            yoy("机关运行经费", "174.00", "-6.00", "-3.33"),
            total(PROC, "1020.00"),
        ],
        traps=traps(
            share=["98.11", "1.89", "71.88", "28.13", "94.12"], count=["3", "26", "22", "4"], year=["2024"]
        ),
    ),
    "d10_operating_costs_procurement_wordings.txt": dict(
        note="机关运行经费共支出…; 政府采购总支出…; the small firms' share worded 授予中小企业政府采购合同金额…",
        unit="万元",
        claims=[
            total(TIE, "1600.00"),
            yoy("总计", "1600.00", "100.00", "6.67"),
            total(TI, "1560.00"),
            total(TE, "1552.00"),
            total(FT, "1580.00"),
            ex(None, WHOLE, "1500.00", "1540.00", "102.67"),
            ex("2050101", "行政运行", "980.00", "960.00", "97.96"),
            ex("2050102", "一般行政管理事务", "350.00", "400.00", "114.29"),
            ex("2080505", PENSION, "105.00", "110.00", "104.76"),
            ex("2210201", "住房公积金", "65.00", "70.00", "107.69"),
            sg("三公", "10.00", "8.20", "82"),
            total(OPS, "108.00"),
            yoy("机关运行经费", "108.00", "-4.00", "-3.57"),
            total(OPS, "108.00"),
            total(PROC, "326.80"),
        ],
        traps=traps(
            share=["98.72", "74.23", "25.77", "91.83", "85.68"],
            count=["2", "1", "50"],
            small_firms=["300.10", "280.00"],
            year=["2024"],
        ),
    ),
    "d11_sangong_budget_change_then_rate.txt": dict(
        note="三公 actual, its change against the budget (较年初预算减少…), 预算执行率…, then against 2023; "
        "items 因公出国（境）费用 / 公务用车购置费 / 公务用车运行维护费 with counts",
        unit="万元",
        claims=[
            total(TIE, "2780.00"),
            total(TIE, "2780.00"),
            total(TI, "2700.00"),
            total(TE, "2720.00"),
            total(FT, "2700.00"),
            ex(None, WHOLE, "2500.00", "2650.00", "106"),
            ex("2110101", "行政运行", "1680.00", "1650.00", "98.21"),
            ex("2110104", "生态环境保护宣传", "100.00", "120.00", "120"),
            ex("2110199", "其他环境保护管理事务支出", "530.00", "680.00", "128.30"),
            ex("2080505", PENSION, "190.00", "200.00", "105.26"),
            sg("三公", actual="52.40", rate="87.33"),
            yoy("三公", "52.40", "-3.10", "-5.59"),
            sg("因公出国", "6.00", "5.20", "86.67"),
            sg("公务用车购置费", "25.00", "24.80", "99.20"),
            sg("公务用车运行维护费", "20.00", "17.60", "88"),
            sg(RECEPTION, "9.00", "4.80", "53.33"),
            total(OPS, "150.00"),
            total(PROC, "560.00"),
        ],
        traps=traps(
            share=["98.15", "70.59", "29.41", "92.86"],
            count=["4", "1", "21", "32", "286", "16", "5", "100", "3"],
            year=["2023", "2024"],
        ),
    ),
    "d12_prior_year_totals_and_traps.txt": dict(
        note="the prior year's totals stated under 2023年度 (no claims of this report's totals); changes stated "
        "without a comparison phrase (2023年度为…，减少…), 较去年; a document number 〔2024〕208号 (208 is a "
        "code of the table), a hotline, a phone number, counts",
        unit="万元",
        claims=[
            total(TIE, "1850.00"),
            yoy("总计", "1850.00", "120.00", "6.94", prior="1730.00"),
            total(TI, "1800.00"),
            total(TE, "1810.00"),
            yoy("本年支出合计", "1810.00", "120.00", "7.10", prior="1690.00"),
            total(FT, "1790.00"),
            yoy("财政拨款收入支出决算总计", "1790.00", "110.00", "6.55"),
            ex(None, WHOLE, "1700.00", "1760.00", "103.53"),
            ex("2080201", "行政运行", "720.00", "700.00", "97.22"),
            ex("2081901", "城市最低生活保障金支出", "920.00", "1000.00", "108.70"),
            ex("2210201", "住房公积金", "60.00", "60.00", "100"),
            sg("三公", "6.00", "4.50", "75"),
            yoy("三公", "4.50", "-0.50", "-10"),
            total(OPS, "70.00"),
            yoy("机关运行经费", "70.00", "-2.00", prior="72.00"),
            total(PROC, "120.00"),
            yoy("政府采购", "120.00", "-30.00", prior="150.00"),
        ],
        traps=traps(
            prior_year_total=["1730.00", "1690.00"],
            share=["97.78", "2.22"],
            count=["7", "2", "2086", "3120", "15", "126", "3", "12", "5", "1"],
            document_number=["208"],
            phone=["0371", "65891234", "12345"],
            year=["2023", "2024"],
        ),
    ),
    "d13_planted_misstatements.txt": dict(
        note="planted misstatements recorded as stated: rates the budget and actual do not give (95.16% for "
        "1,240/1,180; 105.26% for 380/400; 三公 80% for 9/12), the fund's change stated twice (40.00 and 52.00), "
        "6.90% for 80/1,240, 6.25% for 4/60, 决算数小于 against a larger actual (twice)",
        unit="万元",
        claims=[
            total(TIE, "1320.00"),
            yoy("总计", "1320.00", "80.00", "6.90"),
            total(TI, "1280.00"),
            total(TE, "1290.00"),
            total(FT, "1260.00"),
            yoy("财政拨款收入支出决算总计", "1260.00", "60.00", "5.00"),
            yoy(WHOLE, "1240.00", "40.00", "3.33"),
            ex(None, WHOLE, "1180.00", "1240.00", "95.16"),
            yoy(WHOLE, "1240.00", "52.00", "4.38"),
            ex("2070101", "行政运行", "400.00", "380.00", "105.26"),
            ex("2070104", "图书馆", "260.00", "270.00", "103.85"),
            ex("2070109", "群众文化", "440.00", "500.00", "113.64"),
            ex("2080505", PENSION, "80.00", "90.00", "112.50"),
            sg("三公", "12.00", "9.00", "80"),
            yoy("三公", "9.00", "-1.00", "-10"),
            total(OPS, "64.00"),
            yoy("机关运行经费", "64.00", "4.00", "6.25"),
            total(PROC, "210.00"),
        ],
        traps=traps(share=["96.88", "61.24", "38.76", "100"], count=["2", "3"], year=["2023", "2024"]),
        warns=[("stated_change_mismatch", 2), ("comparison_word_contradicts", 2)],
    ),
    "d14_numbering_wraps_pages.txt": dict(
        note="page breaks with a running header and page numbers inside a sentence and a rate, ① and (1) "
        "numbering, a 项 on its own line, a figure broken over a line end ('16' / '0.00万元'), 和上年相比",
        unit="万元",
        claims=[
            total(TIE, "1085.60"),
            yoy("总计", "1085.60", "45.60", "4.38"),
            total(TI, "1050.00"),
            total(TE, "1060.00"),
            total(FT, "1040.00"),
            yoy("财政拨款", "1040.00", "40.00", "4.00"),
            ex(None, WHOLE, "1000.00", "1020.00", "102"),
            ex("2010801", "行政运行", "780.00", "760.00", "97.44"),
            ex("2010804", "审计业务", "130.00", "160.00", "123.08"),
            ex("2080505", PENSION, "90.00", "100.00", "111.11"),
            sg("三公", "8.00", "6.40", "80"),
            sg(OUT, "0", "0"),
            sg(CAR, "6.00", "5.00", "83.33"),
            sg(RECEPTION, "2.00", "1.40", "70"),
            total(OPS, "70.00"),
            yoy("机关运行经费", "70.00", "-2.00", "-2.78"),
            total(PROC, "96.00"),
        ],
        traps=traps(
            share=["97.14", "2.86", "84.91", "15.09", "100"],
            count=["10", "1", "3", "12", "84"],
            page_number=["4", "5", "6", "7"],
            year=["2024"],
        ),
    ),
    "d15_basic_parts_and_shares.txt": dict(
        note="人员经费 / 公用经费 with changes worded 比上年数…; shares everywhere (占X%, X个百分点); the 三公 "
        "items as shares of the 三公 total; counts of reservoirs, km, vehicles, equipment",
        unit="万元",
        claims=[
            total(TIE, "1980.00"),
            total(TI, "1940.00"),
            total(TE, "1950.00"),
            total(FT, "1920.00"),
            yoy(WHOLE, "1900.00", "-100.00", "-5.00"),
            ex(None, WHOLE, "1850.00", "1900.00", "102.70"),
            ex("2130301", "行政运行", "820.00", "800.00", "97.56"),
            ex("2130306", "水利工程运行与维护", "940.00", "1000.00", "106.38"),
            ex("2080505", PENSION, "90.00", "100.00", "111.11"),
            yoy("人员经费", "820.00", "20.00", "2.50"),
            yoy("公用经费", "80.00", "-6.00", "-6.98"),
            sg("三公", "20.00", "16.00", "80"),
            sg(OUT, actual="0", optional=True),
            sg(CAR, actual="12.00", optional=True),
            sg(RECEPTION, actual="4.00", optional=True),
            total(OPS, "80.00"),
            total(PROC, "680.00"),
        ],
        traps=traps(
            share=["97.94", "1.20", "48.72", "51.28", "2.30", "97.44", "91.11", "8.89", "75", "25", "90"],
            count=["3", "32", "46", "7", "4", "2", "1", "50", "100"],
            year=["2024"],
        ),
    ),
}
