"""Expected narrative claims of the rules_s31h inputs (gen.py writes them), typed by hand from the data the
documents are written from, never from the parser.

Conventions as rules_s31d_data.py. Per input: note (what it attacks), unit (the figures below: "万元" or "元";
a figure the document prints in 亿元 or in the other unit is typed converted: 1.2568亿元 = 12568 万元),
claims, not_claims.
- claims, in document order: (kind, code, name, fund_scope, figures). kind: a Claim.claim_kind; a kind
  ending in "?" is optional (a row of a table of figures printed inside the 说明: not a sentence, but if it
  is recorded it must be right). code: the functional code of the item's 类/款/项 (its 类 or 款 may be named
  only in a heading or an earlier item) or printed beside its name (None for a whole). name: a piece the
  recorded subject_name must keep (None: not checked). fund_scope: for execution claims only. Figures as
  printed: budget / actual (execution, sangong_execution), amount (totals, operating_costs,
  procurement_total, year_on_year's current figure), change (signed, 0 for 持平) and prior (year_on_year,
  only where stated), rate in percent (signed for a change). A figure not given must be None: a change
  stated as a percentage only has change None.
- What is a claim: as rules_s31d_data.py; in a final account the budget of an execution claim is the 年初预算
  (a 全年预算 printed between it and the actual is passed over).
- Not claims (besides rules_s31d's): 会议费 / 培训费 figures (no table prints them, nothing to compare);
  figures with 约 or 余 (approximate); areas (平方米, 万平方米, 万亩), people (人, 万人, 人次), cars, kilometres,
  beds; 三公 items stated with no change in a budget; a carry-over (上年结转) with no change.
- not_claims: (a piece of the sentence, a figure it prints, why).

Planted misstatements (a stated figure that disagrees with its table) are typed as stated (gen.py names them
at each document): b01 疾病预防控制机构 620.00 (table 602.00); b02 养老保险缴费 1,526,500.00 (1,562,500.00); b03
公路养护 1,450.00 (1,540.00); b04 林业和草原（款）560.00 (650.00); b05 群众文化 1,120.00 (1,210.00); b06 老年福利
3,200.00 (3,020.00); f07 自然资源规划及管理 决算 760.00 (670.00); f08 公务接待费 实际支出 5.20 (5.02); f09 公务用车
购置及运行维护费 决算 36,000.00 (38,000.00); f10 财政国库业务 决算 1,180.00 (1,108.00); f11 招商引资 决算 700.00
(770.00); f12 行政运行 决算 1,465.00 (1,456.00)."""

GB = "general_budget"
GF = "government_fund"
SC = "state_capital"
TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
PENSION = "机关事业单位基本养老保险缴费支出"
OUT = "因公出国(境)费"
CAR = "公务用车购置及运行费"
CAR_M = "公务用车购置及运行维护费"
RUN = "公务用车运行费"
RECEPTION = "公务接待费"


def total(kind, amount):
    return (kind, None, None, None, {"amount": amount})


def yoy(name, amount, change, rate=None, prior=None, code=None, kind="year_on_year"):
    return (kind, code, name, None, {"amount": amount, "change": change, "rate": rate, "prior": prior})


def row(name, amount, prior, change, rate=None, code=None):
    """A row of a table of figures inside the 说明 (optional)."""
    return yoy(name, amount, change, rate, prior, code, kind="year_on_year?")


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


MEETING = "会议费 / 培训费: no table prints it, nothing to compare"

EXPECTED = {
    "b01_tianjin_hexi_wjw_2024_budget.txt": dict(
        note="天津2024 部门预算: totals in 亿元 with the change in 万元 (同比); the 一般公共预算 whole with its rate only; "
        "items as a table inside the 说明 (单位：万元) then '（一）…（2100401）预算…万元，较上年增加…，增幅…%'; 降幅; 三公 "
        "因公出国 0 未安排; 会议费 / 培训费 with a change; 政府采购 约1.05亿元; people, m², cars; planted: "
        "疾病预防控制机构 620.00 (table 602.00)",
        unit="万元",
        claims=[
            total(TIE, "12568"),
            yoy(None, "12568", "860", "7.35"),
            total(TI, "12418"),
            total(TE, "12568"),
            total(FT, "11968"),
            yoy("财政拨款", "11968", "760", "6.78"),
            yoy("一般公共预算", "11468", None, "5.20"),
            row("行政运行", "1860", "1800", "60", "3.33", code="2100101"),
            row("基本公共卫生服务", "5200", "4800", "400", "8.33", code="2100408"),
            row("重大公共卫生服务", "2400", "2300", "100", "4.35", code="2100409"),
            yoy("疾病预防控制机构", "620", "20", "3.33", code="2100401"),
            yoy(PENSION, "386", "-14", "-3.50", code="2080505"),
            yoy("住房公积金", "302", "12", "4.14", code="2210201"),
            yoy("三公", "32.40", "-3.60", "-10.00"),
            yoy(CAR, "24.40", "-2.60", "-9.63"),
            yoy(RECEPTION, "8.00", "-1.00", "-11.11"),
            ops("320"),
            yoy("机关运行经费", "320", "-12", "-3.61"),
        ],
        not_claims=[
            nc("上年结转150.00", "150", "a carry-over with no change"),
            nc("因公出国(境)费0万元", "0", "a 三公 item's budget with no change"),
            nc("会议费预算6.00", "6.00", MEETING),
            nc("会议费预算6.00", "1.00", MEETING),
            nc("培训费预算15.00", "15.00", MEETING),
            nc("培训费预算15.00", "3.00", MEETING),
            nc("政府采购预算约1.05亿元", "10500", "approximate (约)"),
            nc("编制人数86人", "86", "people"),
            nc("办公用房面积3,260平方米", "3260", "square metres"),
            nc("共有车辆6辆", "6", "cars"),
        ],
    ),
    "b02_hebei_qiaoxi_scjgj_2023_budget.txt": dict(
        note="河北2023 部门预算 in 元 (三公 in 万元): years in Chinese numerals (二〇二三年); 收入 / 支出预算总计 较二〇二二年"
        "减少…，减少的主要原因是…; parts in 一是…二是…; items '1.行政运行（2013801）…元，同比增长2.60%' (rate only) and one "
        "with a change and no rate; planted: 养老保险缴费 1,526,500.00 (table 1,562,500.00)",
        unit="元",
        claims=[
            total(TIE, "23486500"),
            total(TIE, "23486500"),
            yoy(None, "23486500", "-1213500", "-4.91"),
            total(TI, "23086500"),
            total(TE, "23486500"),
            yoy("一般公共预算拨款收入", "22586500", "-913500"),
            yoy("其他收入", "500000", "-300000", "-37.50"),
            yoy("基本支出", "18236500", "263500", "1.47"),
            yoy("项目支出", "5250000", "-1477000", "-21.96"),
            total(FT, "22986500"),
            yoy("行政运行", "9860000", None, "2.60", code="2013801"),
            yoy("市场主体管理", "1200000", None, "-20.00", code="2013804"),
            yoy("食品安全监管", "2650000", "-350000", code="2013816"),
            yoy(PENSION, "1526500", "26500", code="2080505"),
            yoy("三公", "185000", "-15000", "-7.50"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "145000", "-10000"),
            yoy(RECEPTION, "40000", "-5000", "-11.11"),
            ops("2136500"),
            yoy("机关运行经费", "2136500", "36500", "1.74"),
            proc("3580000"),
        ],
        not_claims=[
            nc("上年结转400,000.00", "400000", "a carry-over with no change"),
            nc("在职人员68人", "68", "people"),
            nc("共有车辆5辆", "5", "cars"),
            nc("办公用房2,860平方米", "2860", "square metres"),
            nc("服务类2,800,000.00", "2800000", "a part of procurement"),
        ],
    ),
    "b03_shanxi_xiaodian_glyh_2022_unit_budget.txt": dict(
        note="山西2022 单位预算: 收入 / 支出预算总计 与上年相比增长…% (rate only); income parts （一）（二） with 政府性基金; "
        "items （一）…（四） in one paragraph, a page turning inside item （三） between 增加 and its figure; 政府性基金 "
        "spending rate only; 三公 rate only; 300余万元; km, cars; planted: 公路养护 1,450.00 (table 1,540.00)",
        unit="万元",
        claims=[
            total(TIE, "4862.30"),
            total(TIE, "4862.30"),
            yoy(None, "4862.30", None, "12.40"),
            total(TI, "4862.30"),
            yoy("一般公共预算拨款收入", "2362.30", "102.30", "4.53"),
            yoy("政府性基金预算拨款收入", "2500", "436", "21.12"),
            total(TE, "4862.30"),
            total(FT, "4862.30"),
            yoy("公路养护", "1450", "50", "3.57", code="2140106"),
            yoy("行政运行", "612.30", "32.30", "5.57", code="2140101"),
            yoy(PENSION, "180", "12", "7.14", code="2080505"),
            yoy("住房公积金", "120", "8", "7.14", code="2210201"),
            yoy("政府性基金", "2500", None, "21.12"),
            yoy("三公", "8.60", None, "-4.44"),
        ],
        not_claims=[
            nc("区管公路286公里", "286", "kilometres"),
            nc("政府采购预算300余万元", "300", "approximate (余)"),
            nc("共有车辆12辆", "12", "cars"),
            nc("公务用车购置及运行费6.60", "6.60", "a 三公 item's budget with no change"),
            nc("公务接待费2.00", "2.00", "a 三公 item's budget with no change"),
        ],
    ),
    "b04_neimenggu_saihan_nmj_2021_budget.txt": dict(
        note="内蒙古2021 部门预算: 款 and 项 under a 类 heading ('（一）农林水支出（类）' / '1.农业农村（款）…。其中：行政运行"
        "（项）…'); a 款 alone under its heading; 款 + 项 with 与上年持平; 三公 减少的主要原因 and items 与上年持平; 会议费 / "
        "培训费 分别比上年减少; people, cars, m²; planted: 林业和草原（款）560.00 (table 650.00)",
        unit="万元",
        claims=[
            total(TIE, "4180"),
            yoy(None, "4180", "130", "3.21"),
            total(TI, "4180"),
            total(TE, "4180"),
            total(FT, "4180"),
            yoy("一般公共预算", "4180", "130", "3.21"),
            yoy("农业农村", "3260", "160", "5.16", code="21301"),
            yoy("行政运行", "860", "20", "2.38", code="2130101"),
            yoy("农业生产发展", "2400", "140", "6.19", code="2130122"),
            yoy("林业和草原", "560", "-40", "-6.67", code="21302"),
            yoy("行政事业单位养老支出", "210", "10", "5.00", code="20805"),
            yoy("住房公积金", "150", "0", code="2210201"),
            yoy("三公", "14.20", "-0.80", "-5.33"),
            yoy(RECEPTION, "4.20", "-0.80", "-16.00"),
            yoy(RUN, "10.00", "0"),
            yoy(OUT, "0", "0"),
            ops("186"),
            yoy("机关运行经费", "186", "-4", "-2.11"),
            proc("620"),
        ],
        not_claims=[
            nc("会议费预算3.00", "3.00", MEETING),
            nc("会议费预算3.00", "0.50", MEETING),
            nc("会议费预算3.00", "8.50", MEETING),
            nc("会议费预算3.00", "1.00", MEETING),
            nc("在职人员42人", "42", "people"),
            nc("离退休人员18人", "18", "people"),
            nc("共有车辆4辆", "4", "cars"),
            nc("办公用房面积1,860平方米", "1860", "square metres"),
        ],
    ),
    "b05_liaoning_heping_wlj_2020_budget.txt": dict(
        note="辽宁2020 部门预算: the total with last year's figure ('上年为…，增加…，上升…%'); 上升 / 降低; items in "
        "一是…四是…, a 项 named alone under the 款 of the item before; 三公 as a table inside the 说明 (单位：万元) then "
        "减少的主要原因; 机关运行经费 上年为…; 约120万人次, m²; planted: 群众文化 1,120.00 (table 1,210.00)",
        unit="万元",
        claims=[
            total(TIE, "3264"),
            yoy(None, "3264", "144", "4.62", prior="3120"),
            total(TI, "3164"),
            total(TE, "3264"),
            yoy("基本支出", "1364", "64", "4.92"),
            yoy("项目支出", "1900", "80", "4.40"),
            total(FT, "3164"),
            yoy("财政拨款", "3164", "104", "3.40"),
            yoy("行政运行", "640", "24", "3.90", code="2070101"),
            yoy("群众文化", "1120", "60", "5.66", code="2070109"),
            yoy("文物保护", "800", "-20", "-2.44", code="2070204"),
            yoy("群众体育", "604", "40", "7.09", code="2070308"),
            row("三公", "12.60", "13.80", "-1.20"),
            row(OUT, "0", "0", "0"),
            row(RECEPTION, "2.60", "3.00", "-0.40"),
            row(CAR, "10.00", "10.80", "-0.80"),
            ops("98.60"),
            yoy("机关运行经费", "98.60", "-3.40", "-3.33", prior="102.00"),
            proc("1260"),
        ],
        not_claims=[
            nc("年接待群众约120万人次", "120", "people (万人次), approximate"),
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("共有车辆3辆", "3", "cars"),
            nc("建筑面积12,600平方米", "12600", "square metres"),
        ],
    ),
    "b06_jilin_chaoyang_mzj_2025_budget.txt": dict(
        note="吉林2025 部门预算: 收、支预算总计各减少…，降幅…%; items '（1）2080201 行政运行 985.80万元，较上年增加…' (code, "
        "space, name); a page turning between item (2)'s amount and its change; 政府性基金 spending with its change; "
        "三公 in 元 in a 万元 说明; beds, people; planted: 老年福利 3,200.00 (table 3,020.00)",
        unit="万元",
        claims=[
            total(TIE, "6935.80"),
            total(TIE, "6935.80"),
            yoy(None, "6935.80", "-264.20", "-3.67"),
            total(TI, "6835.80"),
            total(TE, "6935.80"),
            total(FT, "6835.80"),
            yoy("财政拨款", "6835.80", "-164.20", "-2.35"),
            yoy("一般公共预算", "6275.80", "-224.20", "-3.45"),
            yoy("行政运行", "985.80", "35.80", "3.77", code="2080201"),
            yoy("老年福利", "3200", "-300", "-8.57", code="2081002"),
            yoy("临时救助支出", "1400", "50", "3.70", code="2082001"),
            yoy("残疾人生活和护理补贴", "450", "0", code="2081107"),
            yoy("住房公积金", "240", "-10", "-4.00", code="2210201"),
            yoy("政府性基金", "560", "60", "12.00"),
            yoy("三公", "5.60", "-0.40", "-6.67"),
            yoy(RECEPTION, "2.00", "-0.40", "-16.67"),
            ops("168.50"),
            yoy("机关运行经费", "168.50", "-6.50", "-3.71"),
            proc("2150"),
        ],
        not_claims=[
            nc("养老机构28家", "28", "a count of homes"),
            nc("床位3,600张", "3600", "beds"),
            nc("特困供养人员1,250人", "1250", "people"),
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("公务用车购置及运行费36,000元", "3.60", "a 三公 item's budget with no change"),
            nc("服务类2,000.00", "2000", "a part of procurement"),
        ],
    ),
    "f07_anhui_shushan_zrzyj_2023_final.txt": dict(
        note="安徽2023 部门决算: execution per 款 and 项 under a 类 heading, the 类 in the heading only; '年初预算数为…，全年"
        "预算数为…，决算数为…'; 政府性基金 execution (whole and 项); 三公 whole with a 全年预算 passed over; 因公出国 0 "
        "未发生; 公务接待费 execution then 同比减少…，下降…%; 会议费 / 培训费 actual then budget; m², cars; planted: 自然资源规划及管理 决算数 760.00 (table 670.00)",
        unit="万元",
        claims=[
            total(TIE, "5286.40"),
            total(TIE, "5286.40"),
            yoy(None, "5286.40", "486.40", "10.13"),
            total(TI, "5186.40"),
            total(TE, "5236.40"),
            total(FT, "5236.40"),
            total(FT, "5236.40"),
            yoy("一般公共预算", "3236.40", "136.40", "4.40"),
            ex(None, "一般公共预算", "3120", "3236.40", "103.73"),
            ex("22001", "自然资源事务", "2400", "2496.40", "104.02"),
            ex("2200101", "行政运行", "1100", "1136.40", "103.31"),
            ex("2200104", "自然资源规划及管理", "800", "760", "95.00"),
            ex("2200109", "自然资源调查与确权登记", "500", "600", "120.00"),
            ex("20805", "行政事业单位养老支出", "420", "440", "104.76"),
            ex("2210201", "住房公积金", "300", "300", "100"),
            ex(None, "政府性基金", "1800", "2000", "111.11", scope=GF),
            ex("2120802", "土地开发支出", "1800", "2000", "111.11", scope=GF),
            sg("三公", "18", "12.60", "70.00"),
            sg(OUT, "0", "0"),
            sg(CAR_M, "12", "9.60", "80.00"),
            sg(RECEPTION, "6", "3", "50.00"),
            yoy(RECEPTION, "3", "-1", "-25.00"),
            ops("186.40"),
            yoy("机关运行经费", "186.40", "6.40", "3.56"),
            proc("1260"),
        ],
        not_claims=[
            nc("全年预算数为2,520.00", "2520", "a 全年 budget, passed over"),
            nc("全年预算数为1,150.00", "1150", "a 全年 budget, passed over"),
            nc("全年预算数为820.00", "820", "a 全年 budget, passed over"),
            nc("全年预算数为550.00", "550", "a 全年 budget, passed over"),
            nc("全年预算为16.00", "16.00", "the 三公 全年 budget, passed over (the rate is against 年初)"),
            nc("会议费支出决算2.40", "2.40", MEETING),
            nc("会议费支出决算2.40", "3.00", MEETING),
            nc("培训费支出决算5.60", "5.60", MEETING),
            nc("培训费支出决算5.60", "6.00", MEETING),
            nc("授予中小企业合同金额1,100.00", "1100", "the share awarded to small firms"),
            nc("共有车辆4辆", "4", "cars"),
            nc("面积6,200平方米", "6200", "square metres"),
        ],
    ),
    "f08_fujian_gulou_jyj_2019_final.txt": dict(
        note="福建2019 部门决算: years in Chinese numerals (二〇一九年度); the total and the 一般公共预算 whole 比上年增长…% "
        "(rate only); items in 元 in a 万元 说明 '小学教育（2050202）：年初预算…元，决算…元，执行率…%' with 一是…二是… "
        "reasons; 三公 '年初预算…，实际支出…' and '因公出国（境）费：未发生'; 机关运行经费 rate only; 万人, 万平方米; planted: "
        "公务接待费 实际支出 5.20 (table 5.02)",
        unit="万元",
        claims=[
            total(TIE, "32650.80"),
            total(TIE, "32650.80"),
            yoy(None, "32650.80", None, "6.20"),
            total(TI, "32450.80"),
            total(TE, "32350.80"),
            total(FT, "32150.80"),
            yoy("一般公共预算", "32150.80", None, "5.80"),
            ex(None, "一般公共预算", "30500", "32150.80", "105.41"),
            ex("2050202", "小学教育", "15200", "16050.80", "105.60"),
            ex("2050203", "初中教育", "9800", "10200", "104.08"),
            ex("2050101", "行政运行", "1500", "1400", "93.33"),
            ex("2080505", PENSION, "2400", "2900", "120.83"),
            ex("2210201", "住房公积金", "1600", "1600", "100.00"),
            sg("三公", "32", "25.60", "80.00"),
            yoy("三公", "25.60", None, "-8.57"),
            sg(CAR_M, "24", "20.40", "85.00"),
            sg(RECEPTION, "8", "5.20", "65.00"),
            ops("412.60"),
            yoy("机关运行经费", "412.60", None, "-2.40"),
            proc("3286"),
        ],
        not_claims=[
            nc("中小学42所", "42", "a count of schools"),
            nc("在校学生约4.2万人", "4.2", "people (万人)"),
            nc("教职工2,860人", "2860", "people"),
            nc("校舍面积38.6万平方米", "38.6", "square metres (万平方米)"),
            nc("共接待32批次", "32", "a count of receptions"),
        ],
    ),
    "f09_jiangxi_donghu_rsj_2021_final.txt": dict(
        note="江西2021 部门决算 in 元: 同比减少…，下降…%，减少的主要原因是…; items as a table inside the 说明 (单位：元: "
        "年初预算数 决算数 完成%) then reasons with no figure; 三公 actual and rate with its change, 因公出国 0 未发生; "
        "会议费 / 培训费 同比分别下降; 约1.2亿元 of loans; planted: 公务用车购置及运行维护费 36,000.00 (table 38,000.00)",
        unit="元",
        claims=[
            total(TIE, "18652400"),
            total(TIE, "18652400"),
            yoy(None, "18652400", "-1347600", "-6.74"),
            total(TI, "18452400"),
            total(TE, "18552400"),
            total(FT, "18452400"),
            yoy("财政拨款", "18452400", "-1147600", "-5.86"),
            yoy("一般公共预算", "18452400", "-1147600", "-5.86"),
            ex(None, "一般公共预算", "17800000", "18452400", "103.67"),
            ex("2080101", "行政运行", "6200000", "6452400", "104.07", kind="execution?"),
            ex("2080109", "社会保险经办机构", "3000000", "2800000", "93.33", kind="execution?"),
            ex("2080799", "其他就业补助支出", "5600000", "6200000", "110.71", kind="execution?"),
            ex("2080505", PENSION, "1800000", "1800000", "100.00", kind="execution?"),
            ex("2210201", "住房公积金", "1200000", "1200000", "100.00", kind="execution?"),
            ex(None, None, "17800000", "18452400", "103.67", kind="execution?"),
            sg("三公", actual="46800", rate="78.00"),
            yoy("三公", "46800", "-5200", "-10.00"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            sg(CAR_M, actual="36000", rate="80.00"),
            sg(RECEPTION, actual="10800", rate="72.00"),
            ops("1286400"),
            yoy("机关运行经费", "1286400", "86400", "7.20"),
            proc("2360000"),
        ],
        not_claims=[
            nc("就业困难人员1,860人次", "1860", "people"),
            nc("创业担保贷款约1.2亿元", "120000000", "approximate (约), not the unit's money"),
            nc("会议费支出12,000.00", "12000", MEETING),
            nc("会议费支出12,000.00", "35600", MEETING),
            nc("会议费支出12,000.00", "20.00", MEETING),
        ],
    ),
    "f10_guangxi_qingxiu_czj_2022_final.txt": dict(
        note="广西2022 部门决算: 收、支总计均为…，较上年增加…，增幅…%; 本年收入合计 / 本年支出合计 each with its change; the "
        "national chain items with a page turning inside '完成年¶初预算的'; 国有资本经营 execution (whole and 项); 三公 "
        "'年初预算…，决算…，预算执行率…%', items in 一是…二是…三是…; 会议费 / 培训费 in the same wording; 860余万元 / 约700万元 / 约86亿元; planted: "
        "财政国库业务 决算 1,180.00 (table 1,108.00)",
        unit="万元",
        claims=[
            total(TIE, "9864.20"),
            yoy(None, "9864.20", "564.20", "6.07"),
            total(TI, "9764.20"),
            yoy("本年收入", "9764.20", "464.20", "4.99"),
            total(TE, "9714.20"),
            yoy("本年支出", "9714.20", "514.20", "5.59"),
            total(FT, "9764.20"),
            yoy("一般公共预算", "4764.20", "264.20", "5.87"),
            ex(None, "一般公共预算", "4600", "4764.20", "103.57"),
            ex("2010601", "行政运行", "1860", "1964.20", "105.60"),
            ex("2010605", "财政国库业务", "1240", "1180", "95.16"),
            ex("2010699", "其他财政事务支出", "1000", "1120", "112.00"),
            ex("2080505", PENSION, "300", "300", "100.00"),
            ex("2210201", "住房公积金", "200", "200", "100.00"),
            ex(None, "国有资本经营", "5200", "5000", "96.15", scope=SC),
            ex("2230201", "国有经济结构调整支出", "5200", "5000", "96.15", scope=SC),
            sg("三公", "14", "9.80", "70.00"),
            sg(OUT, "0", "0"),
            sg(CAR_M, "10", "7.60", "76.00"),
            sg(RECEPTION, "4", "2.20", "55.00"),
            ops("286.40"),
            yoy("机关运行经费", "286.40", "6.40", "2.29"),
        ],
        not_claims=[
            nc("管理国有企业12户", "12", "a count of firms"),
            nc("资产总额约86亿元", "860000", "approximate (约), not the unit's money"),
            nc("会议费年初预算5.00", "5.00", MEETING),
            nc("会议费年初预算5.00", "3.60", MEETING),
            nc("培训费年初预算8.00", "8.00", MEETING),
            nc("培训费年初预算8.00", "6.40", MEETING),
            nc("政府采购支出总额860余万元", "860", "approximate (余)"),
            nc("授予中小企业合同金额约700万元", "700", "approximate (约)"),
        ],
    ),
    "f11_chongqing_yuzhong_sww_2024_final.txt": dict(
        note="重庆2024 部门决算: 收入、支出决算总计均为…，同比增加…; 本年收入合计 / 本年支出合计 同比增长…% (rate only); "
        "'年初预算为…' opening its own sentence; execution by 类 in 一是…四是…, then '其中，商贸事务（款）行政运行（项）"
        "决算…，年初预算…' and a 项 alone; 三公 items 均未发生; 培训费 with its rate; 机关运行经费 rate only; 政府采购 "
        "比上年增加约50万元 (approximate change); m² with decimals; planted: 招商引资 决算 700.00 (table 770.00)",
        unit="万元",
        claims=[
            total(TIE, "2315"),
            yoy(None, "2315", "85", "3.81"),
            total(TI, "2275"),
            yoy("本年收入", "2275", None, "2.94"),
            total(TE, "2265"),
            yoy("本年支出", "2265", None, "2.49"),
            total(FT, "2215"),
            yoy("财政拨款", "2215", "65", "3.02"),
            yoy("一般公共预算", "2215", "65", "3.02"),
            ex(None, None, "2130", "2215", "103.99"),
            ex("201", "一般公共服务支出", "1680", "1752.60", "104.32"),
            ex("208", "社会保障和就业支出", "220", "236", "107.27"),
            ex("210", "卫生健康支出", "90", "86.40", "96.00"),
            ex("221", "住房保障支出", "140", "140", "100.00"),
            ex("2011301", "行政运行", "1000", "1052.60", "105.26"),
            ex("2011308", "招商引资", "680", "700", "102.94"),
            sg("三公", actual="3.20", rate="64.00"),
            yoy("三公", "3.20", None, "-20.00"),
            sg(RECEPTION, actual="3.20", rate="64.00"),
            ops("102.40"),
            yoy("机关运行经费", "102.40", None, "2.40"),
            proc("256.80"),
        ],
        not_claims=[
            nc("编制人数38人", "38", "people"),
            nc("实有人数36人", "36", "people"),
            nc("办公用房面积1,120.50平方米", "1120.50", "square metres"),
            nc("培训费支出决算4.50", "4.50", MEETING),
            nc("培训费支出决算4.50", "75.00", MEETING),
            nc("比上年增加约50万元", "50", "an approximate (约) change: no year-on-year claim"),
        ],
    ),
    "f12_yunnan_wuhua_lyj_2018_final.txt": dict(
        note="云南2018 部门决算: years in Chinese numerals; totals in 亿元 with the change in 万元; the whole's budget and "
        "actual in 亿元; items （一）…（五） in one sentence with 增加 / 减少的主要原因; 三公 execution with its change, "
        "因公出国 年初预算为0万元，未发生支出, a page turning inside '完成年初预算的¶50.00%'; 会议费 with its change; 机关运行经费 较二〇一七年度增加; 万亩; "
        "planted: 行政运行 决算 1,465.00 (table 1,456.00)",
        unit="万元",
        claims=[
            total(TIE, "10865"),
            total(TIE, "10865"),
            yoy(None, "10865", "865", "8.65"),
            total(TI, "10665"),
            total(TE, "10565"),
            total(FT, "10565"),
            yoy("一般公共预算", "10565", "765", "7.81"),
            ex(None, "一般公共预算", "10200", "10565", "103.58"),
            ex("2130205", "森林培育", "6000", "6300", "105.00"),
            ex("2130209", "森林生态效益补偿", "2400", "2200", "91.67"),
            ex("2130201", "行政运行", "1200", "1465", "122.08"),
            ex("2080505", PENSION, "300", "300", "100.00"),
            ex("2210201", "住房公积金", "300", "300", "100.00"),
            sg("三公", "24", "15.60", "65.00"),
            yoy("三公", "15.60", "-2.40", "-13.33"),
            sg(OUT, budget="0", kind="sangong_execution?"),
            sg(CAR_M, "18", "12.60", "70.00"),
            sg(RECEPTION, "6", "3", "50.00"),
            ops("186.50"),
            yoy("机关运行经费", "186.50", "6.50", "3.61"),
            proc("1380"),
        ],
        not_claims=[
            nc("营造林约2.6万亩", "2.6", "area (万亩), approximate"),
            nc("公益林面积18.5万亩", "18.5", "area (万亩)"),
            nc("会议费支出1.80", "1.80", MEETING),
            nc("会议费支出1.80", "0.60", MEETING),
            nc("培训费支出4.20", "4.20", MEETING),
            nc("共有车辆8辆", "8", "cars"),
        ],
    ),
}
