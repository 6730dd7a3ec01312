"""Expected narrative claims of the rules_s28l inputs (15 BUDGET reports, gen.py writes them), typed by hand
from the sentences as printed, never from the parser.

Per input: note (what it attacks), unit (the 说明's: "万元" or "元"), claims, traps, warns.
- claims: (kind, code, name, figures) in document order. kind is a Claim.claim_kind. code: the functional
  code of the item's 类/款/项 chain (or the code printed beside its name) when the document's table prints
  it, else None (a claim with a code where none is expected is WRONG). name: a piece the claim's
  subject_name must contain (brackets folded to half width), None for the report's totals (any name).
  figures: amount (this year's budget figure) / prior (last year's, only where the statement gives it) /
  change in the unit, rate in percent (signed: -2.93 for 下降2.93%); a figure not given must be None.
- A budget's 说明 claims: the totals (收入总计 / 支出总计 / 收入、支出预算总计 → total_income_expenditure, one
  claim per stated total; 2025年收入合计 / 支出合计 → total_income / total_expenditure; 财政拨款收入（支出）
  预算总计, 财政拨款收、支总预算 → fiscal_total_income_expenditure), 机关运行经费 (operating_costs), 政府采购
  预算总额 (procurement_total), and every figure stated with a change against last year (year_on_year, 持平 =
  change 0). A figure stated alone with a share (一般公共预算拨款收入X万元，占Y%) is no claim; nor are 收入预算X
  万元 / 收入预算合计 (a Guangdong / Jiangsu total, no 总计 and not the 本年收入合计; since session 36 the 总计
  where its parts name 上年结转, l04; since session 38 the 本年收入合计 / 本年支出合计 where the parts listed
  after its 其中 add up to it and none is carried over: "本部门2025年支出预算合计2,520.00万元，其中：基本支出
  1,660.00万元…；项目支出860.00万元…", l02, l04, l05), counts and 绩效 funds.
- traps: figures printed in the 说明 that are no claim's (a count, a share, a year, a phone number, a
  document number, a date, a percentage-point change, last year's total): an unexpected claim carrying one
  is SPURIOUS.
- warns: the narrative diagnostics a planted misstatement must raise (check_name, times).

A stated figure that disagrees with another (a planted misstatement) is still typed as stated: the claim
records what the document says."""


def c(kind, code=None, name=None, **figures):
    return (kind, code, name, figures)


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
PENSION = "机关事业单位基本养老保险缴费支出"
OCCUPATIONAL = "机关事业单位职业年金缴费支出"
YEARLY = "一般公共预算当年拨款"
OUT = "因公出国(境)费"
CAR = "公务用车购置及运行费"
CAR_M = "公务用车购置及运行维护费"
BUY = "公务用车购置费"
RUN = "公务用车运行费"
RUN_M = "公务用车运行维护费"
RECEPTION = "公务接待费"


def traps(**kinds):
    """{value as printed: what it is}; kinds: what=[values]."""
    return {v: what for what, values in kinds.items() for v in values}


EXPECTED = {
    "l01_control_national_template.txt": dict(
        note="control: the national budget template's wordings (收入总计 / 支出总计, 收、支总计各增加, 收、支总预算, "
        "一般公共预算当年拨款 比2024年执行数, 类/款/项 2025年预算数为…, 三公 items, 机关运行经费财政拨款预算)",
        unit="万元",
        claims=[
            total(TIE, "1420.00"),
            total(TIE, "1420.00"),
            yoy("总计", "1420.00", "60.00", "4.41"),
            total(TI, "1405.00"),
            total(TE, "1420.00"),
            total(FT, "1380.00"),
            yoy("财政拨款", "1380.00", "52.00", "3.92"),
            yoy(YEARLY, "1380.00", "52.00", "3.92"),
            yoy("行政运行", "880.00", "40.00", "4.76", code="2010501"),
            yoy("专项普查活动", "150.00", "10.00", "7.14", code="2010507"),
            yoy("统计抽样调查", "80.00", "0", code="2010508"),
            yoy(PENSION, "160.00", "2.00", "1.27", code="2080505"),
            yoy("住房公积金", "110.00", "0", code="2210201"),
            yoy("三公", "12.00", "-1.50", "-11.11"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "9.00", "-1.00"),
            yoy(RECEPTION, "3.00", "-0.50"),
            total(OPS, "88.00"),
            yoy("机关运行经费", "88.00", "-4.00", "-4.35"),
            total(PROC, "186.00"),
        ],
        traps=traps(
            share=["98.22", "1.78", "82.75", "17.25", "80.43", "11.59", "7.97"],
            count=["2", "1", "3"],
            unit_price=["50"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l02_jiangsu_template.txt": dict(
        note="江苏: 收入、支出预算总计…其中（一）收入预算总计…1.财政拨款收入预算总计…（1）…; 上年结转资金预算数为… "
        "(this year's income named with 上年); （类）支出X万元 then its change; items under a 类 heading "
        "(…（款）…（项）支出…); 三公 shares then items 比上年预算…; 一般公共预算机关运行经费预算支出",
        unit="万元",
        claims=[
            total(TIE, "2520.00"),
            yoy("总计", "2520.00", "120.00", "5.00"),
            total(TIE, "2520.00"),
            total(FT, "2460.00"),
            yoy("一般公共预算收入", "2460.00", "110.00", "4.68"),
            yoy("政府性基金收入", "0", "0"),
            yoy("上年结转", "60.00", "10.00", "20.00"),
            total(TIE, "2520.00"),
            yoy("一般公共服务", "2200.00", "100.00", "4.76", code="201"),
            yoy("社会保障和就业", "180.00", "12.00", "7.14", code="208"),
            yoy("住房保障", "140.00", "8.00", "6.06", code="221"),
            yoy("基本支出", "1660.00", "50.00", "3.11"),
            yoy("项目支出", "860.00", "70.00", "8.86"),
            total(TE, "2520.00"),  # 支出预算合计2,520.00 = 基本支出1,660.00 + 项目支出860.00 (session 38)
            total(FT, "2460.00"),
            yoy("财政拨款", "2460.00", "110.00", "4.68"),
            yoy("一般公共预算财政拨款支出", "2460.00", "110.00", "4.68"),
            yoy("行政运行", "1340.00", "40.00", "3.08", code="2010101"),
            yoy("人大会议", "300.00", "20.00", "7.14", code="2010104"),
            yoy("代表工作", "200.00", "30.00", "17.65", code="2010108"),
            yoy("其他人大事务支出", "300.00", "0", code="2010199"),
            yoy(PENSION, "180.00", "12.00", "7.14", code="2080505"),
            yoy("住房公积金", "140.00", "8.00", "6.06", code="2210201"),
            yoy("三公", "20.00", "1.00", "5.26"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "14.00", "2.00", "16.67"),
            yoy(BUY, "0", "0"),
            yoy(RUN_M, "14.00", "2.00", "16.67"),
            yoy(RECEPTION, "6.00", "-1.00", "-14.29"),
            total(OPS, "140.00"),
            yoy("机关运行经费", "140.00", "-6.00", "-4.11"),
            total(PROC, "320.00"),
        ],
        traps=traps(
            share=["97.62", "2.38", "65.87", "34.13", "70.00", "30.00"],
            count=["9", "1", "2", "4", "3"],
            unit_price=["20"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l03_henan_item_budget_vs_budget.txt": dict(
        note="河南: 收入预算总计…，支出预算总计…，与2024年相比，收、支预算总计各减少…; 财政拨款收入预算总计… and "
        "财政拨款支出预算总计… (two totals, one change); items (项)2025年预算数为…，比2024年预算数减少…，下降…，主要原因是… "
        "with 政府办公厅（室）; 三公 items in one sentence",
        unit="万元",
        claims=[
            total(TIE, "3180.00"),
            total(TIE, "3180.00"),
            yoy("总计", "3180.00", "-96.00", "-2.93"),
            total(TIE, "3180.00"),
            total(TIE, "3180.00"),
            total(FT, "3050.00"),
            total(FT, "3050.00"),
            yoy("财政拨款", "3050.00", "-86.00", "-2.74"),
            yoy(YEARLY, "3050.00", "-86.00", "-2.74"),
            yoy("行政运行", "1600.00", "-60.00", "-3.61", code="2010301"),
            yoy("一般行政管理事务", "500.00", "-50.00", "-9.09", code="2010302"),
            yoy("机关服务", "400.00", "20.00", "5.26", code="2010303"),
            yoy("其他政府办公厅(室)及相关机构事务支出", "200.00", "0", code="2010399"),
            yoy(PENSION, "140.00", "3.00", "2.19", code="2080505"),
            yoy(OCCUPATIONAL, "70.00", "1.00", "1.45", code="2080506"),
            yoy("住房公积金", "140.00", "0", code="2210201"),
            yoy("三公", "26.00", "-4.00", "-13.33"),
            yoy(OUT, "0", "0"),
            yoy(BUY, "0", "0"),
            yoy(RUN, "18.00", "-2.00", "-10.00"),
            yoy(RECEPTION, "8.00", "-2.00", "-20.00"),
            total(OPS, "270.00"),
            yoy("机关运行经费", "270.00", "-10.00", "-3.57"),
            total(PROC, "420.00"),
        ],
        traps=traps(
            share=["95.91", "4.09", "73.90", "26.10", "88.52", "6.89", "4.59"],
            count=["2", "6", "1", "3", "4"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l04_sichuan_chain_then_explanation.txt": dict(
        note="四川: 收入总计…，支出总计…。与2024年相比，收、支总计各增加…; 财政拨款收入、支出预算总计…，比2024年增加…; "
        "items whose chain ends its own sentence (…（项）：主要用于…。2025年预算数为…) with 386公里 between; 公务用车购置及"
        "运行维护费; 降低; 政府采购预算安排…",
        unit="万元",
        claims=[
            total(TIE, "1806.00"),
            total(TIE, "1806.00"),
            yoy("总计", "1806.00", "86.00", "5.00"),
            # "2025年本部门收入预算1,806.00万元，其中：上年结转0万元；…": its parts name 上年结转, the 总计
            total(TIE, "1806.00"),
            total(TE, "1806.00"),  # 支出预算1,806.00 = 基本支出1,306.00 + 项目支出500.00 (session 38)
            total(FT, "1746.00"),
            yoy("财政拨款", "1746.00", "66.00", "3.93"),
            yoy(YEARLY, "1746.00", "66.00", "3.93"),
            yoy("行政运行", "866.00", "26.00", "3.10", code="2140101"),
            yoy("公路养护", "500.00", "40.00", "8.70", code="2140106"),
            yoy("公路运输管理", "200.00", "0", code="2140112"),
            yoy(PENSION, "100.00", "-2.00", "-1.96", code="2080505"),
            yoy("住房公积金", "80.00", "2.00", "2.56", code="2210201"),
            yoy("三公", "15.00", "-1.00", "-6.25"),
            yoy(OUT, "0", "0"),
            yoy(CAR_M, "12.00", "-0.50", "-4.00"),
            yoy(RECEPTION, "3.00", "-0.50", "-14.29"),
            total(OPS, "126.00"),
            yoy("机关运行经费", "126.00", "-4.00", "-3.08"),
            total(PROC, "560.00"),
        ],
        traps=traps(
            share=["96.68", "3.32", "72.31", "27.69", "89.69", "5.73", "4.58"],
            count=["6", "1", "48", "46", "386", "3", "5", "2"],
            unit_price=["50", "100"],
            year=["2024", "2025", "12"],
        ),
    ),
    "l05_prior_year_figures_stated.txt": dict(
        note="last year's figures beside this year's: 2024年…总计均为… (no claim), the prior in the phrase (比上年预算数"
        "2,080.00万元增加…, 较上年预算数350.00万元…, 比2024年预算数（147.00万元）…, 比上年的146.00万元…), before it "
        "(2024年预算数为…，比上年增加…; 上年预算数为…; 2024年当年预算执行数为…), and with no comparison phrase "
        "(…，2024年预算数为345.00万元，增加5.00万元; …总预算2,200.00万元，2024年…总预算2,080.00万元，增加…)",
        unit="万元",
        claims=[
            total(TIE, "2300.00"),
            yoy("总计", "2300.00", "150.00", "6.98"),
            yoy("一般公共预算拨款收入", "2200.00", "120.00", "5.77", prior="2080.00"),
            total(TE, "2300.00"),  # 支出预算2,300.00 = 基本支出1,500.00 + 项目支出800.00 (session 38)
            total(FT, "2200.00"),
            yoy("财政拨款", "2200.00", "120.00", "5.77", prior="2080.00"),
            yoy(YEARLY, "2200.00", "120.00", "5.77", prior="2080.00"),
            yoy("行政运行", "900.00", "40.00", "4.65", prior="860.00", code="2200101"),
            yoy("自然资源规划及管理", "400.00", "50.00", "14.29", prior="350.00", code="2200104"),
            yoy("自然资源调查与确权登记", "300.00", "20.00", "7.14", prior="280.00", code="2200109"),
            yoy("事业运行", "350.00", "5.00", "1.45", prior="345.00", code="2200150"),
            yoy(PENSION, "150.00", "3.00", "2.04", prior="147.00", code="2080505"),
            yoy("住房公积金", "100.00", "2.00", "2.04", code="2210201"),
            yoy("三公", "18.00", "-2.00", "-10.00", prior="20.00"),
            yoy(CAR, "14.00", "-1.50", "-9.68"),
            yoy(RECEPTION, "4.00", "-0.50", "-11.11"),
            total(OPS, "140.00"),
            yoy("机关运行经费", "140.00", "-6.00", "-4.11", prior="146.00"),
            total(PROC, "380.00"),
        ],
        traps=traps(
            prior_year_total=["2150.00", "2080.00", "1460.00", "350.00"],
            share=["95.65", "4.35", "65.22", "34.78"],
            count=["3", "9", "6", "1", "5"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l06_guangdong_sangong_items.txt": dict(
        note="广东: 收入预算…，比上年预算增加… and its parts; 支出预算 with 基本 / 项目 (a share, then the change); 财政拨款"
        "收入预算总计 / 财政拨款支出预算总计; 三公 numbered items 预算数为…，比上年预算数… with groups, persons, vehicles, "
        "receptions; 公务用车购置费 down 100%; 机关运行经费共计; the share reserved for small firms",
        unit="万元",
        claims=[
            yoy("收入预算", "1960.00", "110.00", "5.95"),
            yoy("财政拨款收入", "1900.00", "100.00", "5.56"),
            yoy("其他收入", "60.00", "10.00", "20.00"),
            yoy("支出预算", "1960.00", "110.00", "5.95"),
            yoy("基本支出", "1160.00", "40.00", "3.57"),
            yoy("项目支出", "800.00", "70.00", "9.59"),
            total(FT, "1900.00"),
            total(FT, "1900.00"),
            yoy("三公", "21.60", "-2.40", "-10.00"),
            yoy(OUT, "6.00", "1.00", "20.00"),
            yoy(CAR_M, "10.60", "-2.40", "-18.46"),
            yoy(BUY, "0", "-2.00", "-100.00"),
            yoy(RUN_M, "10.60", "-0.40", "-3.64"),
            yoy(RECEPTION, "5.00", "-1.00", "-16.67"),
            total(OPS, "96.00"),
            yoy("机关运行经费", "96.00", "-4.00", "-4.00"),
            total(PROC, "320.00"),
        ],
        traps=traps(
            share=["59.18", "40.82", "89.47", "6.32", "4.21", "80.00", "100"],
            small_firms=["256.00"],
            count=["11", "4", "1", "5", "6", "30", "240", "2"],
            unit_price=["50", "100"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l07_beijing_unit_budget_zhixingshu.txt": dict(
        note="北京 单位预算 (table in 元, 说明 in 万元): 收入预算总计…其中：本年收入…; 与2024年执行数相比，收入、支出预算"
        "总计各增加… after both totals; 财政拨款收支预算总计; 三公 against 2024年执行数 without a rate; 机关运行经费当年"
        "一般公共预算拨款…; 政府采购预算共…",
        unit="万元",
        claims=[
            total(TIE, "905.00"),
            total(TIE, "905.00"),
            yoy("总计", "905.00", "35.00", "4.02"),
            total(FT, "905.00"),
            yoy(YEARLY, "860.00", "20.00", "2.38"),
            yoy("档案馆", "750.00", "15.00", "2.04", code="2012604"),
            yoy(PENSION, "50.00", "3.00", "6.38", code="2080505"),
            yoy(OCCUPATIONAL, "20.00", "1.00", "5.26", code="2080506"),
            yoy("住房公积金", "40.00", "1.00", "2.56", code="2210201"),
            yoy("三公", "3.20", "0.40"),
            yoy(OUT, "0", "0"),
            yoy(BUY, "0", "0"),
            yoy(RUN, "1.80", "0.30"),
            yoy(RECEPTION, "1.40", "0.10"),
            total(OPS, "58.60"),
            yoy("机关运行经费", "58.60", "-2.40", "-3.93"),
            total(PROC, "126.00"),
        ],
        traps=traps(
            share=["100"],
            count=["5", "32", "1", "2"],
            unit_price=["50", "100"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l08_county_figures_in_yuan.txt": dict(
        note="every figure of the 说明 in 元 (cents, thousands separators), the table in 元; 收入预算总计 and 支出预算总计 "
        "each with its own change; a document number 〔2025〕3号, a phone number, 1,200批次",
        unit="元",
        claims=[
            total(TIE, "6286500.00"),
            yoy("收入预算总计", "6286500.00", "213500.00", "3.52"),
            total(TIE, "6286500.00"),
            yoy("支出预算总计", "6286500.00", "213500.00", "3.52"),
            total(TI, "6286500.00"),
            total(TE, "6286500.00"),
            total(FT, "6186500.00"),
            yoy("财政拨款", "6186500.00", "196500.00", "3.28"),
            yoy(YEARLY, "6186500.00", "196500.00", "3.28"),
            yoy("行政运行", "4466500.00", "136500.00", "3.15", code="2013801"),
            yoy("食品安全监管", "900000.00", "60000.00", "7.14", code="2013816"),
            yoy(PENSION, "520000.00", "0", code="2080505"),
            yoy("住房公积金", "300000.00", "0", code="2210201"),
            yoy("三公", "52000.00", "-6000.00", "-10.34"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "40000.00", "-4000.00", "-9.09"),
            yoy(RECEPTION, "12000.00", "-2000.00", "-14.29"),
            total(OPS, "480000.00"),
            yoy("机关运行经费", "480000.00", "-20000.00", "-4.00"),
            total(PROC, "1086000.00"),
        ],
        traps=traps(
            share=["98.41", "1.59", "84.09", "15.91"],
            count=["11", "126", "1200", "12", "10", "2"],
            document_number=["3"],
            phone=["27321186"],
            year=["2024", "2025", "31"],
        ),
    ),
    "l09_change_wordings.txt": dict(
        note="change wordings: 较上年增长X%（增加Y万元）, 下降X%（减少Y万元）, 增幅 / 降幅 / 增幅为, 同比增长 (rate only), "
        "增（减）0万元, 比上年增长X%，增加Y万元, 相较于上年, 较2024年年初预算; 提高1.2个百分点 (no claim); "
        "2025年本部门收入合计 / 支出合计",
        unit="万元",
        claims=[
            total(TIE, "4860.00"),
            total(TIE, "4860.00"),
            yoy("总计", "4860.00", "301.00", "6.60"),
            total(TI, "4860.00"),
            total(TE, "4860.00"),
            total(FT, "4860.00"),
            yoy("财政拨款", "4860.00", "301.00", "6.60"),
            yoy(YEARLY, "3860.00", "161.00", "4.35"),
            yoy("行政运行", "1360.00", rate="3.03", code="2130301"),
            yoy("水利工程运行与维护", "1800.00", "150.00", "9.09", code="2130306"),
            yoy("防汛", "400.00", "-30.00", "-6.98", code="2130314"),
            yoy(PENSION, "180.00", "0", code="2080505"),
            yoy("住房公积金", "120.00", "1.00", "0.84", code="2210201"),
            yoy("政府性基金预算拨款支出", "1000.00", "140.00", "16.28"),
            yoy("三公", "24.00", "-2.00", "-7.69"),
            yoy(CAR, "18.00", "-1.20", "-6.25"),
            yoy(RECEPTION, "6.00", "-0.80", "-11.76"),
            total(OPS, "150.00"),
            yoy("机关运行经费", "150.00", "-4.00", "-2.60"),
            total(PROC, "1260.00"),
        ],
        traps=traps(
            share=["79.42", "20.58", "34.16", "65.84"],
            points=["1.2"],
            count=["4", "38", "8", "5", "3"],
            year=["2024", "2025"],
        ),
    ),
    "l10_planted_misstatements.txt": dict(
        note="planted misstatements recorded as stated: 7.50% for 160 / 2,300; 860 − 820 ≠ 50; 减少40.00万元 with 增长"
        "8.33%; 三公 20.00% for 2 / 12 (taken on this year's 10); 2.3万名 (persons)",
        unit="万元",
        claims=[
            total(TIE, "2560.00"),
            total(TIE, "2560.00"),
            yoy("总计", "2560.00", "120.00", "4.92"),
            total(FT, "2460.00"),
            yoy("财政拨款", "2460.00", "160.00", "6.96"),
            yoy(YEARLY, "2460.00", "160.00", "7.50"),
            yoy("行政运行", "860.00", "50.00", "6.10", prior="820.00", code="2080201"),
            yoy("基层政权建设和社区治理", "300.00", "30.00", "11.11", code="2080208"),
            yoy("其他民政管理事务支出", "520.00", "-40.00", "8.33", code="2080299"),
            yoy(PENSION, "200.00", "10.00", "5.26", code="2080505"),
            yoy("老年福利", "480.00", "40.00", "9.09", code="2081002"),
            yoy("住房公积金", "100.00", "0", code="2210201"),
            yoy("三公", "10.00", "-2.00", "-20.00"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "7.00", "-1.50", "-17.65"),
            yoy(RECEPTION, "3.00", "-0.50", "-14.29"),
            total(OPS, "100.00"),
            yoy("机关运行经费", "100.00", "5.00", "5.26"),
            total(PROC, "600.00"),
        ],
        traps=traps(count=["3", "2.3", "80", "4"], year=["2024", "2025", "12", "31"]),
        warns=[("stated_change_mismatch", 4)],
    ),
    "l11_codes_in_narrative.txt": dict(
        note="codes in the 说明: (201类)(06款)(01项) chains, 类 with its code (201类) and a change, 2010605财政国库业务：, "
        "2010650 事业运行：, 信息化建设（2010607）：, a chain joined by hyphens; 部门收入预算总计…，部门支出预算总计…，"
        "均比上年…; two 三公 items 均与上年持平",
        unit="万元",
        claims=[
            total(TIE, "2000.00"),
            total(TIE, "2000.00"),
            yoy("总计", "2000.00", "80.00", "4.17"),
            total(FT, "1900.00"),
            yoy("财政拨款", "1900.00", "76.00", "4.17"),
            yoy("一般公共服务", "1700.00", "70.00", "4.29", code="201"),
            yoy("社会保障和就业", "120.00", "4.00", "3.45", code="208"),
            yoy("住房保障", "80.00", "2.00", "2.56", code="221"),
            yoy("行政运行", "900.00", "30.00", "3.45", code="2010601"),
            yoy("一般行政管理事务", "150.00", "-20.00", "-11.76", code="2010602"),
            yoy("财政国库业务", "190.00", "10.00", "5.56", code="2010605"),
            yoy("信息化建设", "260.00", "50.00", "23.81", code="2010607"),
            yoy("事业运行", "200.00", "0", code="2010650"),
            yoy(PENSION, "120.00", "4.00", "3.45", code="2080505"),
            yoy("住房公积金", "80.00", "2.00", "2.56", code="2210201"),
            yoy("三公", "8.00", "0"),
            yoy(RUN_M, "6.00", "0"),
            yoy(RECEPTION, "2.00", "0"),
            total(OPS, "110.00"),
            total(PROC, "300.00"),
        ],
        traps=traps(
            share=["95.00", "5.00"], count=["18", "2", "5", "3"], unit_price=["50"], year=["2024", "2025"]
        ),
    ),
    "l12_basic_parts_shares_points.txt": dict(
        note="一般公共预算支出 with its parts then the change; 基本支出 / 人员经费 / 公用经费 / 项目支出 each with a change "
        "and a share; share changes in 个百分点; 占比与上年持平 (a share unchanged: no claim); items "
        "（项）X万元，占…，比上年… (the share before the change)",
        unit="万元",
        claims=[
            yoy("一般公共预算支出", "2000.00", "100.00", "5.26"),
            yoy("基本支出", "1400.00", "70.00", "5.26"),
            yoy("人员经费", "1260.00", "65.00", "5.44"),
            yoy("公用经费", "140.00", "5.00", "3.70"),
            yoy("项目支出", "600.00", "30.00", "5.26"),
            yoy("行政运行", "1000.00", "40.00", "4.17", code="2050101"),
            yoy("一般行政管理事务", "200.00", "-10.00", "-4.76", code="2050102"),
            yoy("教师进修", "200.00", "20.00", "11.11", code="2050801"),
            yoy("其他教育费附加安排的支出", "400.00", "40.00", "11.11", code="2050999"),
            yoy(PENSION, "120.00", "6.00", "5.26", code="2080505"),
            yoy("住房公积金", "80.00", "4.00", "5.26", code="2210201"),
            yoy("三公", "6.00", "-1.00", "-14.29"),
            total(OPS, "140.00"),
            yoy("机关运行经费", "140.00", "5.00", "3.70"),
            total(PROC, "260.00"),
        ],
        traps=traps(
            share=["70.00", "90.00", "50.00", "10.00", "20.00", "6.00", "4.00", "66.67", "33.33", "13.00"],
            points=["0.15"],
            count=["1", "86", "42", "12", "3600", "2"],
            year=["2024", "2025", "31"],
        ),
    ),
    "l13_unit_income_sources.txt": dict(
        note="单位预算 with every income source, each a share and a change in either order; 国有资本经营预算拨款收入0万元，"
        "与上年持平; 上年结转结余 (this year's income); 政府性基金预算拨款支出 with its change; counts of students",
        unit="万元",
        claims=[
            total(TIE, "3800.00"),
            yoy("收入预算总计", "3800.00", "150.00", "4.11"),
            yoy("一般公共预算拨款收入", "2400.00", "120.00", "5.26"),
            yoy("政府性基金预算拨款收入", "300.00", "-100.00", "-25.00"),
            yoy("国有资本经营预算拨款收入", "0", "0"),
            yoy("事业收入", "800.00", "50.00", "6.67"),
            yoy("其他收入", "100.00", "0"),
            yoy("上年结转结余", "200.00", "80.00", "66.67"),
            total(TIE, "3800.00"),
            total(FT, "2700.00"),
            yoy("财政拨款", "2700.00", "20.00", "0.75"),
            yoy("中等职业教育", "2200.00", "110.00", "5.26", code="2050302"),
            yoy(PENSION, "120.00", "6.00", "5.26", code="2080505"),
            yoy("住房公积金", "80.00", "4.00", "5.26", code="2210201"),
            yoy("政府性基金预算拨款支出", "300.00", "-100.00", "-25.00"),
            yoy("三公", "5.00", "0"),
            total(PROC, "680.00"),
        ],
        traps=traps(
            share=["63.16", "7.89", "21.05", "2.63", "5.26", "68.42", "31.58"],
            count=["3200", "260", "1", "4"],
            unit_price=["50"],
            year=["2024", "2025", "12", "31"],
        ),
    ),
    "l14_pages_wraps_numbering.txt": dict(
        note="a running header and page numbers (one inside a percentage 增 / 长2.86%, one between a change and its "
        "reason), ① and （1） numbering, a chain broken after its 款, figures broken over line ends (40.0 / 0万元, "
        "1 / 0.00万元), 和上年相比",
        unit="万元",
        claims=[
            total(TIE, "1120.00"),
            total(TIE, "1120.00"),
            yoy("总计", "1120.00", "40.00", "3.70"),
            total(TI, "1120.00"),
            total(TE, "1120.00"),
            total(FT, "1080.00"),
            yoy("财政拨款", "1080.00", "30.00", "2.86"),
            yoy(YEARLY, "1080.00", "30.00", "2.86"),
            yoy("行政运行", "800.00", "20.00", "2.56", code="2010801"),
            yoy("审计业务", "180.00", "10.00", "5.88", code="2010804"),
            yoy(PENSION, "100.00", "0", code="2080505"),
            yoy("三公", "8.00", "-0.60", "-6.98"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "6.00", "-0.40", "-6.25"),
            yoy(RECEPTION, "2.00", "-0.20", "-9.09"),
            total(OPS, "80.00"),
            yoy("机关运行经费", "80.00", "-2.00", "-2.44"),
            total(PROC, "96.00"),
        ],
        traps=traps(
            share=["96.43", "3.57", "83.93", "16.07"],
            count=["10", "1", "8", "3", "12", "84"],
            page_number=["4", "5", "6", "7"],
            year=["2024", "2025", "31"],
        ),
    ),
    "l15_dates_document_numbers_prior_totals.txt": dict(
        note="dates and document numbers around the claims (〔2025〕215号 with 215 a 类 of the table, 215家, 2024—2026年, "
        "2024年10月), phone numbers; last year's totals stated as such (与2024年部门预算收入总计1,700.00万元相比…; a "
        "sentence 2024年财政拨款收、支总预算为… before 与2024年相比…; 2024年执行数为…; 2024年…政府采购预算总额为…)",
        unit="万元",
        claims=[
            total(TIE, "1760.00"),
            total(TIE, "1760.00"),
            yoy("总计", "1760.00", "60.00", "3.53", prior="1700.00"),
            total(TI, "1760.00"),
            total(TE, "1760.00"),
            total(FT, "1760.00"),
            yoy("财政拨款", "1760.00", "70.00", "4.14", prior="1690.00"),
            yoy(YEARLY, "1650.00", "70.00", "4.43", prior="1580.00"),
            yoy("行政运行", "850.00", "30.00", "3.66", code="2150501"),
            yoy("一般行政管理事务", "200.00", "20.00", "11.11", code="2150502"),
            yoy("其他工业和信息产业监管支出", "400.00", "15.00", "3.90", code="2150599"),
            yoy(PENSION, "120.00", "3.00", "2.56", code="2080505"),
            yoy("住房公积金", "80.00", "2.00", "2.56", code="2210201"),
            yoy("三公", "9.00", "-1.00", "-10.00"),
            yoy(RUN, "6.00", "-0.50", "-7.69"),
            yoy(RECEPTION, "3.00", "-0.50", "-14.29"),
            total(OPS, "200.00"),
            yoy("机关运行经费", "200.00", "8.00", "4.17"),
            total(PROC, "150.00"),
        ],
        traps=traps(
            prior_year_total=["1700.00", "1690.00", "1580.00", "120.00"],
            share=["93.75", "6.25", "59.66", "40.34"],
            document_number=["2019", "21", "215"],
            count=["8", "35", "2", "3"],
            phone=["0711", "3225678", "12345"],
            date=["16", "10", "8", "2026", "31", "12"],
            year=["2024", "2025"],
        ),
    ),
}
