"""Expected narrative claims of the rules_s31d inputs (gen.py writes them), typed by hand from the data the
documents are written from, never from the parser.

Per input: note (what it attacks), unit (the 说明's: "万元" or "元"), claims, not_claims.
- claims, in document order: (kind, code, name, fund_scope, figures). kind: a Claim.claim_kind. code: the
  functional code of the item's 类/款/项 chain or printed beside its name (None for a whole). name: a piece
  the recorded subject_name must keep (brackets folded to half width; None: not checked). fund_scope: for
  execution claims only. figures as printed (unit of the input): budget / actual (execution,
  sangong_execution), amount (totals, operating_costs, procurement_total, year_on_year's current figure),
  change (signed, 0 for 持平) and prior (year_on_year, only where stated), rate in percent (signed for a
  change). A figure not given must be None.
- What is a claim: 收入总计 / 支出总计 / 收、支总计 (one total_income_expenditure per stated total); 本年收入合计
  / 本年支出合计 (total_income / total_expenditure); 财政拨款收入（支出）总计, 财政拨款收支总预算
  (fiscal_total_income_expenditure); every money figure stated with its change against last year
  (year_on_year); in a final account, every 年初预算 vs 决算 statement (execution, or sangong_execution for the
  三公 whole and items, also the actual with its rate alone); 机关运行经费 (operating_costs: a budget's
  budgeted figure, a final account's actual); the 政府采购 total (procurement_total).
- Not claims: shares, amounts stated without any change in a budget, counts (cars, people, projects,
  batches), a unit price threshold (50万元以上), the 中小企业 share of procurement, 绩效 funds, last year's
  execution told in a budget, an earlier year's total or 三公 figures told for comparison, an adjusted
  (调整后 / 全年) budget, a change against the 年初预算 (not a year-on-year change).
- not_claims: (a piece of the sentence, a figure it prints, why): a recorded claim left unpaired whose
  sentence holds the piece and that carries the figure is UNEXPECTED.

Planted misstatements (a stated figure that disagrees with its table) are typed as stated: the claim records
what the document says (each document's gen.py comment names them)."""

GB = "general_budget"
TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
PENSION = "机关事业单位基本养老保险缴费支出"
OCCUPATIONAL = "机关事业单位职业年金缴费支出"
OUT = "因公出国(境)费"
CAR = "公务用车购置及运行费"
CAR_M = "公务用车购置及运行维护费"
BUY = "公务用车购置费"
RUN = "公务用车运行费"
RUN_M = "公务用车运行维护费"
RECEPTION = "公务接待费"


def total(kind, amount):
    return (kind, None, None, None, {"amount": amount})


def yoy(name, amount, change, rate=None, prior=None, code=None):
    return (
        "year_on_year",
        code,
        name,
        None,
        {"amount": amount, "change": change, "rate": rate, "prior": prior},
    )


def ex(code, name, budget, actual, rate=None, scope=GB):
    return ("execution", code, name, scope, {"budget": budget, "actual": actual, "rate": rate})


def sg(name, budget=None, actual=None, rate=None):
    return ("sangong_execution", None, name, None, {"budget": budget, "actual": actual, "rate": rate})


def ops(amount):
    return total("operating_costs", amount)


def proc(amount):
    return total("procurement_total", amount)


def nc(piece, figure, why):
    return (piece, figure, why)


EXPECTED = {
    "d01_beijing_haidian_cgw_2024_budget.txt": dict(
        note="北京2024 部门预算: 收支预算总计 with its change, then the 2023 total in its own sentence; 财政拨款收支总预算 "
        "比2023年; 比2023年执行数; chained 项 '2024年预算数为…'; 与上年持平; a page turning between two items (running "
        "header); 三公 items with and without their rate; last year's 三公 execution told; planted: 行政运行 1,280.50 "
        "(table 1,208.50)",
        unit="万元",
        claims=[
            total(TIE, "2680.40"),
            yoy(None, "2680.40", "126.40", "4.95"),
            total(TI, "2600.40"),
            total(TE, "2680.40"),
            total(FT, "2620.40"),
            yoy("财政拨款", "2620.40", "100.40", "3.98"),
            yoy("一般公共预算", "2540.40", "60.40", "2.44"),
            yoy("行政运行", "1280.50", "45.50", "3.68", code="2120101"),
            yoy("城管执法", "620.00", "80.00", "14.81", code="2120104"),
            yoy("其他城乡社区管理事务支出", "230.40", "-19.60", "-7.84", code="2120199"),
            yoy(PENSION, "168.20", "0", code="2080505"),
            yoy(OCCUPATIONAL, "84.10", "2.10", "2.56", code="2080506"),
            yoy("行政单位医疗", "96.30", "3.30", "3.55", code="2101101"),
            yoy("住房公积金", "132.90", "5.90", "4.65", code="2210201"),
            yoy("三公", "18.60", "-1.40", "-7.00"),
            yoy(OUT, "0", "0"),
            yoy(RECEPTION, "2.60", "-0.40", "-13.33"),
            yoy(CAR, "16.00", "-1.00", "-5.88"),
            yoy(BUY, "0", "0"),
            yoy(RUN, "16.00", "-1.00", "-5.88"),
            ops("186.30"),
            yoy("机关运行经费", "186.30", "-6.20", "-3.22"),
            proc("420.00"),
        ],
        not_claims=[
            nc("2023年收支预算总计为2,554.00", "2554.00", "the year before's total, stated for comparison"),
            nc("实际支出17.85", "17.85", "last year's 三公 execution told in a budget report"),
            nc("实际支出17.85", "20.00", "last year's 三公 budget told in a budget report"),
            nc("预留政府采购项目预算金额336.00", "336.00", "the share reserved for small firms"),
            nc("涉及财政拨款资金850.40", "850.40", "绩效 funds"),
            nc("单位价值50万元以上", "50", "a unit price threshold"),
            nc("共有车辆12辆", "12", "a count of cars"),
        ],
    ),
    "d02_shanghai_jingan_tycg_2023_unit_budget.txt": dict(
        note="上海2023 单位预算: 收入预算总计 / 支出预算总计 and 财政拨款收入 / 支出预算总计 stated apart; income and spending "
        "parts with their change against 2022; quoted chains “…（项）”科目 with an amount and no change (no claim), one "
        "with its change; 三公 change with no rate; planted: 住房公积金 64.20 (table 62.40)",
        unit="万元",
        claims=[
            total(TIE, "1536.80"),
            total(TIE, "1536.80"),
            yoy("财政拨款收入", "1386.80", "56.80", "4.27"),
            yoy("事业收入", "150.00", "-10.00", "-6.25"),
            yoy("基本支出", "1036.80", "26.80", "2.65"),
            yoy("项目支出", "500.00", "20.00", "4.17"),
            total(FT, "1386.80"),
            total(FT, "1386.80"),
            yoy("一般公共预算", "1386.80", "56.80", "4.27"),
            yoy("住房公积金", "64.20", "4.20", "7.00", code="2210201"),
            yoy("三公", "2.80", "-0.20"),
            yoy(RECEPTION, "2.80", "-0.20"),
            proc("286.00"),
        ],
        not_claims=[
            nc("科目1,020.00", "1020.00", "an item's budget stated with no change"),
            nc("其他体育支出(项)”科目150.00", "150.00", "an item's budget stated with no change"),
            nc("涉及项目预算资金350.00", "350.00", "绩效 funds"),
            nc("设备8台", "8", "a count of equipment"),
        ],
    ),
    "d03_guangdong_longgang_jyj_2025_budget.txt": dict(
        note="广东2025 部门预算: 收入预算 / 支出预算 with no 总计 (no total claim); 基本 / 项目 with share then change; 类 "
        "amounts 'X（类）…万元，占…%，比上年增加…'; items by a glued code '1.2050101行政运行：2025年预算数为…'; 三公 "
        "numbered items with 其中 purchase / running; planted: 社会保障和就业支出（类）1,240.00 (table 1,420.00)",
        unit="万元",
        claims=[
            yoy("收入预算", "31800.60", "1200.60", "3.92"),
            yoy("基本支出", "25050.60", "650.60", "2.67"),
            yoy("项目支出", "6750.00", "550.00", "8.87"),
            total(FT, "31800.60"),
            yoy("教育支出", "29400.60", "1100.60", "3.89", code="205"),
            yoy("社会保障和就业支出", "1240.00", "60.00", "4.41", code="208"),
            yoy("住房保障支出", "980.00", "40.00", "4.26", code="221"),
            yoy("行政运行", "1850.60", "50.60", "2.81", code="2050101"),
            yoy("小学教育", "16000.00", "600.00", "3.90", code="2050202"),
            yoy("初中教育", "10300.00", "400.00", "4.04", code="2050203"),
            yoy("其他普通教育支出", "1250.00", "50.00", "4.17", code="2050299"),
            yoy("三公", "38.50", "-3.50", "-8.33"),
            yoy(OUT, "0", "0"),
            yoy(CAR_M, "30.00", "-2.00", "-6.25"),
            yoy(BUY, "0", "0"),
            yoy(RUN_M, "30.00", "-2.00", "-6.25"),
            yoy(RECEPTION, "8.50", "-1.50", "-15.00"),
            ops("412.30"),
            yoy("机关运行经费", "412.30", "-12.70", "-2.99"),
            proc("2860.00"),
        ],
        not_claims=[
            nc("预留政府采购项目预算金额2,288.00", "2288.00", "the share reserved for small firms"),
            nc("涉及预算资金6,750.00", "6750.00", "绩效 funds"),
            nc("18辆公务用车", "18", "a count of cars"),
            nc("接待60批次", "60", "a count of receptions"),
        ],
    ),
    "d04_zhejiang_yinzhou_nyncj_2022_budget.txt": dict(
        note="浙江2022 部门预算: 收入、支出预算总计均为…，与上年相比收、支预算总计各增加…; coded chains '农林水支出（213类）"
        "农业农村（01款）行政运行（01项）'; 三公 items with no change; 2021 execution told in the budget; 机关运行经费 with "
        "no change; planted: 事业运行 401.00 (table 410.00)",
        unit="万元",
        claims=[
            total(TIE, "5630.00"),
            yoy(None, "5630.00", "230.00", "4.26"),
            total(TI, "5480.00"),
            total(TE, "5630.00"),
            total(FT, "5630.00"),
            yoy("财政拨款", "5630.00", "230.00"),
            yoy("一般公共预算", "5330.00", "200.00", "3.90"),
            yoy("行政运行", "1020.00", "20.00", "2.00", code="2130101"),
            yoy("事业运行", "401.00", "0", code="2130104"),
            yoy("农业生产发展", "2900.00", "250.00", "9.43", code="2130122"),
            yoy("农村社会事业", "600.00", "-80.00", "-11.76", code="2130126"),
            yoy(PENSION, "170.00", "5.00", "3.03", code="2080505"),
            yoy("行政单位医疗", "100.00", "0", code="2101101"),
            yoy("住房公积金", "130.00", "5.00", "4.00", code="2210201"),
            yoy("三公", "12.40", "-0.60", "-4.62"),
            ops("156.80"),
            proc("1380.00"),
        ],
        not_claims=[
            nc("年初预算为5,130.00", "5102.60", "last year's execution told in a budget report"),
            nc("年初预算为5,130.00", "5130.00", "last year's execution told in a budget report"),
            nc("实际支出11.25", "11.25", "last year's 三公 actual told in a budget report"),
            nc("公务用车运行维护费9.40", "9.40", "a 三公 item's budget stated with no change"),
            nc("涉及资金3,500.00", "3500.00", "绩效 funds"),
        ],
    ),
    "d05_sichuan_wuhou_cdc_2021_unit_budget.txt": dict(
        note="四川2021 单位预算: 收入、支出预算总计…，与2020年相比，…各增加; 财政拨款收入支出预算总计 与2020年相比增加; "
        "一般公共预算当年拨款 比2020年预算; 与2020年预算持平; a page turning inside an item's sentence; 三公 持平 with "
        "items stated without change; planted: 疾病预防控制机构 1,253.60 (table 1,235.60)",
        unit="万元",
        claims=[
            total(TIE, "2145.60"),
            yoy(None, "2145.60", "105.60", "5.18"),
            total(TI, "2095.60"),
            total(TE, "2145.60"),
            total(FT, "1945.60"),
            yoy("财政拨款", "1945.60", "85.60", "4.60"),
            yoy("当年拨款", "1895.60", "75.60", "4.15"),
            yoy("疾病预防控制机构", "1253.60", "35.60", "2.97", code="2100401"),
            yoy("重大公共卫生服务", "450.00", "50.00", "12.50", code="2100409"),
            yoy(PENSION, "86.70", "-3.30", "-3.67", code="2080505"),
            yoy(OCCUPATIONAL, "43.30", "0", code="2080506"),
            yoy("住房公积金", "80.00", "-6.70", "-7.73", code="2210201"),
            yoy("三公", "6.00", "0"),
            proc("436.00"),
        ],
        not_claims=[
            nc("卫生健康支出1,685.60", "1685.60", "a 类's amount with its share, no change"),
            nc("涉及一般公共预算当年拨款450.00", "450.00", "绩效 funds"),
            nc("公务用车购置及运行费4.50", "4.50", "a 三公 item's budget stated with no change"),
            nc("拟新购置车辆1辆", "1", "a count of cars"),
        ],
    ),
    "d06_gansu_chengguan_mzj_2020_budget.txt": dict(
        note="甘肃2020 部门预算 in 元: 收入预算总计 / 支出预算总计 then one change; the 2019 total stated; items numbered "
        "'1.行政运行（2080201）5,230,000.00元，比上年增加…'; 三公 items with a change and no rate; planted: "
        "基层政权建设和社区治理 3,060,000.00 (table 3,600,000.00)",
        unit="元",
        claims=[
            total(TIE, "36452300.00"),
            total(TIE, "36452300.00"),
            yoy(None, "36452300.00", "1452300.00", "4.15"),
            total(TI, "36452300.00"),
            total(TE, "36452300.00"),
            total(FT, "36452300.00"),
            yoy("行政运行", "5230000.00", "130000.00", "2.55", code="2080201"),
            yoy("基层政权建设和社区治理", "3060000.00", "60000.00", "2.00", code="2080208"),
            yoy("老年福利", "16200000.00", "200000.00", "1.25", code="2081002"),
            yoy("临时救助支出", "8000000.00", "500000.00", "6.67", code="2082001"),
            yoy(PENSION, "1200000.00", "0", code="2080505"),
            yoy("住房公积金", "2222300.00", "22300.00", "1.01", code="2210201"),
            yoy("三公", "186000.00", "-14000.00", "-7.00"),
            yoy(RECEPTION, "36000.00", "-4000.00"),
            yoy(RUN_M, "150000.00", "-10000.00"),
            yoy(OUT, "0", "0"),
            ops("652300.00"),
            yoy("机关运行经费", "652300.00", "12300.00", "1.92"),
            proc("1280000.00"),
        ],
        not_claims=[
            nc("2019年本部门收入预算总计35,000,000.00", "35000000.00", "the year before's total"),
            nc("困难群众12,000人次", "12000", "a count of people"),
            nc("公务用车2辆", "2", "a count of cars"),
        ],
    ),
    "d07_jiangsu_gusu_zjj_2023_final.txt": dict(
        note="江苏2023 部门决算, national template: 收、支总计 and 财政拨款收、支总计 各增加; the 一般公共预算 whole and its 项 "
        "'（类）…（款）…（项）。年初预算为…'; 三公 items with the actual first ('支出决算为…，年初预算为…'); 授予中小企业 "
        "and 小微企业 amounts; running header; planted: 工程建设管理 支出决算为650.00 (table 560.00)",
        unit="万元",
        claims=[
            total(TIE, "4860.00"),
            yoy(None, "4860.00", "360.00", "8.00"),
            total(TI, "4780.00"),
            total(TE, "4700.00"),
            total(FT, "4660.00"),
            yoy("财政拨款", "4660.00", "300.00", "6.88"),
            yoy("一般公共预算", "4400.00", "280.00", "6.80"),
            ex(None, "一般公共预算", "4150.00", "4400.00", "106.02"),
            ex("2120101", "行政运行", "1450.00", "1520.00", "104.83"),
            ex("2120106", "工程建设管理", "600.00", "650.00", "93.33"),
            ex("2120399", "其他城乡社区公共设施支出", "1600.00", "1840.00", "115"),
            ex("2080505", PENSION, "180.00", "186.00", "103.33"),
            ex("2080506", OCCUPATIONAL, "90.00", "94.00", "104.44"),
            ex("2210201", "住房公积金", "230.00", "200.00", "86.96"),
            sg("三公", "26.00", "21.80", "83.85"),
            sg(CAR_M, "19.00", "16.60", "87.37"),
            sg(RECEPTION, "7.00", "5.20", "74.29"),
            ops("245.60"),
            yoy("机关运行经费", "245.60", "-8.40", "-3.31"),
            proc("1960.00"),
        ],
        not_claims=[
            nc("城乡社区支出(类)3,920.00", "3920.00", "a 类's actual with its share"),
            nc("授予中小企业合同金额1,720.00", "1720.00", "the share awarded to small firms"),
            nc("授予小微企业合同金额1,100.00", "1100.00", "the share awarded to micro firms"),
            nc("共涉及项目12个", "2400.00", "绩效 funds"),
            nc("公务用车5辆", "5", "a count of cars"),
            nc("26批次", "26", "a count of receptions"),
        ],
    ),
    "d08_shandong_shinan_scjgj_2021_final.txt": dict(
        note="山东2021 部门决算: 收入总计 / 支出总计 apart, 财政拨款收入总计 / 支出总计 apart; '2021年度收入合计' / "
        "'2021年度支出合计'; glued codes '1.2013801行政运行：年初预算为…'; 与年初预算持平; a 全年预算 passed over; 三公 "
        "change in the next sentence; 三公 items with the actual and rate only ('决算为0万元' / '决算8.16万元'); planted: "
        "行政运行's rate 108.21% (the figures give 102.81%)",
        unit="万元",
        claims=[
            total(TIE, "3620.50"),
            total(TIE, "3620.50"),
            yoy(None, "3620.50", "-120.50", "-3.22"),
            total(TI, "3560.50"),
            total(TE, "3540.50"),
            total(FT, "3620.50"),
            total(FT, "3620.50"),
            yoy("财政拨款", "3620.50", "-120.50", "-3.22"),
            yoy("一般公共预算", "3540.50", "-80.50", "-2.22"),
            ex(None, "一般公共预算", "3420.00", "3540.50", "103.52"),
            ex("2013801", "行政运行", "2150.00", "2210.50", "108.21"),
            ex("2013804", "市场主体管理", "120.00", "96.00", "80"),
            ex("2013812", "药品事务", "80.00", "80.00"),
            ex("2013816", "食品安全监管", "420.00", "484.00", "115.24"),
            ex("2080505", PENSION, "300.00", "310.00", "103.33"),
            ex("2101101", "行政单位医疗", "100.00", "110.00", "110"),
            ex("2210201", "住房公积金", "250.00", "250.00", "100"),
            sg("三公", "15.00", "12.36", "82.40"),
            yoy("三公", "12.36", "-1.24", "-9.12"),
            sg(OUT, actual="0", rate="0"),
            sg(CAR_M, actual="8.16", rate="81.60"),
            sg(RECEPTION, actual="4.20", rate="84.00"),
            ops("186.40"),
            yoy("机关运行经费", "186.40", "6.40", "3.56"),
            proc("452.00"),
        ],
        not_claims=[
            nc("全年预算为500.00", "500.00", "an adjusted (全年) budget"),
            nc("授予中小企业合同金额398.00", "398.00", "the share awarded to small firms"),
            nc("涉及资金660.00", "660.00", "绩效 funds"),
            nc("共有车辆14辆", "14", "a count of cars"),
        ],
    ),
    "d09_henan_jinshui_wjw_2022_final.txt": dict(
        note="河南2022 部门决算: the whole with the actual first and '决算数为年初预算数的…%'; items '1.行政运行（2100101）："
        "年初预算为…，决算数为…'; 与年初预算持平; 超出 / 低于年初预算的原因; a page turning inside a rate's words; 三公 "
        "actual first then its change, items in one sentence; 机关运行经费 with a change against the budget; planted: "
        "综合医院 决算数为3,465.00 (table 3,456.00)",
        unit="万元",
        claims=[
            total(TIE, "8240.60"),
            yoy(None, "8240.60", "640.60", "8.43"),
            total(TI, "8120.60"),
            total(TE, "8060.60"),
            total(FT, "7940.60"),
            yoy("财政拨款", "7940.60", "540.60", "7.31"),
            yoy("一般公共预算", "7760.60", "560.60", "7.79"),
            ex(None, "一般公共预算", "7300.00", "7760.60", "106.31"),
            ex("2100101", "行政运行", "820.00", "860.60", "104.95"),
            ex("2100201", "综合医院", "3200.00", "3465.00", "108"),
            ex("2100408", "基本公共卫生服务", "1800.00", "1800.00"),
            ex("2100409", "重大公共卫生服务", "900.00", "1144.00", "127.11"),
            ex("2100717", "计划生育服务", "180.00", "150.00", "83.33"),
            ex("2080505", PENSION, "150.00", "150.00"),
            ex("2210201", "住房公积金", "250.00", "200.00", "80"),
            sg("三公", "10.00", "8.40", "84"),
            yoy("三公", "8.40", "-1.10", "-11.58"),
            sg(OUT, "0", "0"),
            sg(CAR_M, "7.00", "6.30", "90"),
            sg(RECEPTION, "3.00", "2.10", "70"),
            ops("130.40"),
            proc("3280.00"),
        ],
        not_claims=[
            nc("比年初预算减少9.60", "9.60", "a change against the budget, not against last year"),
            nc("人员经费1,080.20", "1080.20", "a part of the basic spending"),
            nc("授予中小企业合同金额2,950.00", "2950.00", "the share awarded to small firms"),
            nc("涉及资金6,550.00", "6550.00", "绩效 funds"),
            nc("共有车辆3辆", "3", "a count of cars"),
        ],
    ),
    "d10_hubei_jiangan_jyj_2020_final.txt": dict(
        note="湖北2020 部门决算: 收入总计 / 支出总计; a 项 with an 调整后预算 and its rate against it; 与年初预算持平; 三公 "
        "execution and change in one sentence, then the 2019 三公 budget and actual for comparison; items numbered "
        "'（一）…'; running header with a space; planted: 行政运行's rate 140.08% (figures give 104.08%), 公务接待费 "
        "支出决算为1.62 (table 1.26)",
        unit="万元",
        claims=[
            total(TIE, "24680.00"),
            total(TIE, "24680.00"),
            yoy(None, "24680.00", "1680.00", "7.30"),
            total(TI, "24480.00"),
            total(TE, "24380.00"),
            total(FT, "24180.00"),
            yoy("财政拨款", "24180.00", "1580.00", "6.99"),
            yoy("一般公共预算", "23580.00", "1380.00", "6.22"),
            ex(None, "一般公共预算", "22900.00", "23580.00", "102.97"),
            ex("2050101", "行政运行", "980.00", "1020.00", "140.08"),
            ex("2050201", "学前教育", "2600.00", "2880.00"),
            ex("2050202", "小学教育", "9800.00", "10120.00", "103.27"),
            ex("2050203", "初中教育", "6300.00", "6300.00"),
            ex("2050999", "其他教育费附加安排的支出", "1200.00", "1160.00", "96.67"),
            ex("2080505", PENSION, "1220.00", "1300.00", "106.56"),
            ex("2210201", "住房公积金", "800.00", "800.00", "100"),
            sg("三公", "9.00", "5.46", "60.67"),
            yoy("三公", "5.46", "-2.34", "-30.00"),
            sg(OUT, "0", "0"),
            sg(CAR_M, "6.00", "4.20", "70"),
            sg(RECEPTION, "3.00", "1.62", "42"),
            ops("480.00"),
            yoy("机关运行经费", "480.00", "20.00", "4.35"),
            proc("5600.00"),
        ],
        not_claims=[
            nc("调整后预算为2,900.00", "2900.00", "an adjusted budget"),
            nc("2019年度“三公”经费财政拨款年初预算为10.00", "7.80", "the year before's 三公, for comparison"),
            nc(
                "2019年度“三公”经费财政拨款年初预算为10.00", "10.00", "the year before's 三公, for comparison"
            ),
            nc("授予中小企业合同金额4,900.00", "4900.00", "the share awarded to small firms"),
            nc("共有车辆4辆", "4", "a count of cars"),
        ],
    ),
    "d11_hunan_yuelu_dag_2024_unit_final.txt": dict(
        note="湖南2024 单位决算: 收、支总计均为…; items run in after a colon, unnumbered, five in one paragraph "
        "('…（项）：年初预算392.00万元，支出决算398.48万元'); 超出 / 低于年初预算的原因; 三公 actual and rate only then its "
        "change; a 绩效自评 project's 执行数 / 执行率; planted: 档案馆 支出决算102.00 (table 120.00)",
        unit="万元",
        claims=[
            total(TIE, "612.48"),
            yoy(None, "612.48", "-25.52", "-4.00"),
            total(TI, "600.48"),
            total(TE, "605.28"),
            total(FT, "612.48"),
            yoy("一般公共预算", "605.28", "-30.72", "-4.83"),
            ex(None, "一般公共预算", "610.80", "605.28", "99.10"),
            ex("2012601", "行政运行", "392.00", "398.48", "101.65"),
            ex("2012604", "档案馆", "130.00", "102.00", "92.31"),
            ex("2080505", PENSION, "40.80", "40.80"),
            ex("2101101", "行政单位医疗", "16.00", "16.00"),
            ex("2210201", "住房公积金", "32.00", "30.00", "93.75"),
            sg("三公", actual="1.20", rate="60"),
            yoy("三公", "1.20", "-0.30", "-20.00"),
            sg(RECEPTION, actual="1.20", rate="60"),
            ops("52.48"),
            proc("86.00"),
        ],
        not_claims=[
            nc("执行数120.00", "120.00", "a 绩效自评 project's execution (no 类/款/项)"),
            nc("执行数120.00", "130.00", "a 绩效自评 project's budget (no 类/款/项)"),
            nc("比年初预算减少3.52", "3.52", "a change against the budget"),
            nc("授予中小企业合同金额86.00", "86.00", "the share awarded to small firms"),
        ],
    ),
    "d12_heilongjiang_daoli_sfj_2019_final.txt": dict(
        note="黑龙江2019 部门决算 in 元: six items run on after '主要用于以下方面：' joined by '；', each with the actual "
        "first; 2018 total stated; 三公 actual and rate only with its change, items in one sentence ('决算为…元，完成年初"
        "预算的…%'); planted: 公务用车购置及运行维护费 64,820.00 (table 68,420.00)",
        unit="元",
        claims=[
            total(TIE, "12856430.25"),
            total(TIE, "12856430.25"),
            yoy(None, "12856430.25", "856430.25", "7.14"),
            total(TI, "12806430.25"),
            total(TE, "12756430.25"),
            total(FT, "12856430.25"),
            yoy("一般公共预算", "12756430.25", "756430.25", "6.30"),
            ex(None, "一般公共预算", "12300000.00", "12756430.25", "103.71"),
            ex("2040601", "行政运行", "6600000.00", "6856430.25", "103.89"),
            ex("2040604", "基层司法业务", "1000000.00", "1200000.00", "120.00"),
            ex("2040605", "普法宣传", "800000.00", "800000.00"),
            ex("2040610", "社区矫正", "1700000.00", "1500000.00", "88.24"),
            ex("2080505", PENSION, "1000000.00", "1100000.00", "110.00"),
            ex("2210201", "住房公积金", "1200000.00", "1300000.00", "108.33"),
            sg("三公", actual="86420.00", rate="72.02"),
            yoy("三公", "86420.00", "-13580.00", "-13.58"),
            sg(CAR_M, actual="64820.00", rate="76.02"),
            sg(RECEPTION, actual="18000.00", rate="60.00"),
            ops("1056430.25"),
            yoy("机关运行经费", "1056430.25", "-43569.75", "-3.96"),
            proc("1860000.00"),
        ],
        not_claims=[
            nc("2018年度本部门支出合计为12,000,000.00", "12000000.00", "the year before's total"),
            nc("授予中小企业合同金额1,860,000.00", "1860000.00", "the share awarded to small firms"),
            nc("共有车辆6辆", "6", "a count of cars"),
        ],
    ),
}
