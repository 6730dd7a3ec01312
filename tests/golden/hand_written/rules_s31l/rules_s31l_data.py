"""Expected narrative claims of the rules_s31l inputs (gen.py writes them), typed by hand from the data the
documents are written from, never from the parser.

Conventions as rules_s31h_data.py (and rules_s31d_data.py). Per input: note (what it attacks), unit (the
figures below), claims, not_claims.
- claims, in document order: (kind, code, name, fund_scope, figures); figures as printed: budget / actual,
  amount, change (signed, 0 for 持平), prior (only where stated), rate in percent. A figure not given is None:
  "1,050.00万元（上年1,000.00万元），增长5.00%" has change None. Full-width digits and a space as thousands
  separator are typed as the numbers they print (４５７５．００ = 4575.00, "4 475.00" = 4475.00).
- Decisions of this round:
  * "超出年初预算20.00%" states the execution as 120.00% of the 年初预算: typed rate 120.00 (recording 20.00
    would say 20% was spent; recording None loses a stated, checkable figure).
  * A 类 list "类 | 年初预算 | 决算 | 完成率" inside the 说明 is typed as required execution claims (kind not
    optional): it is the author's statement of each 类's execution, one row per 类, not a reprinted table
    (rules_s31h typed such rows optional; here they are required on purpose).
  * A final account's 三公 items stated as actuals only ("其中：…费6.00万元") are sangong_execution claims with
    the actual only (the 三公 table prints each item's 决算数); items "为0" / "0万元" are optional.
  * A final account's 年初结转和结余 / 年末结转和结余 (f08) ARE claims: 收入支出决算总表 and 财政拨款收入支出决算
    总表 print both rows, and 年初结转和结余 + 本年收入合计 = 本年支出合计 + 年末结转和结余 checks them; a
    mistyped carry-over is exactly a narrative-vs-table error. The parser's Claim has no kind for them, so
    they are typed with kind "carryover" (name 年初 / 年末) and expected to come out MISSING. In a budget, 上年
    结转 with no change stays not a claim (rules_s31h), and "（含上年结转和结余）" inside a total names no figure.
  * f10's 项 paragraph under "三、财政拨款支出决算情况说明" names no money of its own: fund_scope fiscal (the
    heading's); general_budget would also be defensible (the codes are 一般公共预算's), government_fund is not.
  * 收入预算 / 支出预算 stated as the year's whole (b01, b05) are total_income / total_expenditure; their parts
    with 占…% are shares (not claims).

Planted misstatements (a stated figure that disagrees with its table) are typed as stated: b01 行政运行 402.00
(table 420.00); b02 行政运行 1 168.50 (1,186.50); b03 行政运行 608.00 (680.00); b04 行政运行 706.00 (760.00); b05
重大公共卫生服务 240.00 (420.00); f06 基层司法业务 决算 306.00 (360.00); f07 其他城乡社区公共设施支出 决算 1,880.00
(1,800.00); f08 突发公共卫生事件应急处理 决算 860.00 (680.00); f09 公路养护 决算 1 010.00 (1,100.00); f10 自然资源
规划及管理 决算 602.00 (620.00)."""

GB = "general_budget"
GF = "government_fund"
FISCAL = "fiscal"
TIE = "total_income_expenditure"
FT = "fiscal_total_income_expenditure"
TI = "total_income"
TE = "total_expenditure"
PENSION = "机关事业单位基本养老保险缴费支出"
OUT = "因公出国(境)费"
CAR = "公务用车购置及运行费"
CAR_M = "公务用车购置及运行维护费"
BUY = "公务用车购置费"
RUN_M = "公务用车运行维护费"
RECEPTION = "公务接待费"


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


SHARE = "a part of a total stated with its share (占…%), no change"
PART = "a part stated with no change"
NOCHANGE = "a 三公 item's budget with no change"

EXPECTED = {
    "b01_hainan_meilan_swj_2024_budget.txt": dict(
        note="海南2024 部门预算: 收入总计（含上年结转）; 收入预算…，其中：…占…%; changes with the prior in brackets "
        "'比上年（…万元）'; an item '402.00万元（上年：400.00万元），增加…'; 三公 items 为0 / with no change; planted: 行政运行 "
        "402.00 (table 420.00)",
        unit="万元",
        claims=[
            total(TIE, "2740"),
            total(TIE, "2740"),
            yoy(None, "2740", "180", "7.03", prior="2560"),
            total(TI, "2640"),
            total(TE, "2740"),
            total(FT, "2540"),
            yoy("财政拨款", "2540", "140", "5.83", prior="2400"),
            yoy("一般公共预算", "2540", "140", "5.83", prior="2400"),
            yoy("水利工程运行与维护", "1260", "80", "6.78", prior="1180", code="2130306"),
            yoy("农村供水", "700", "-60", "-7.89", prior="760", code="2130335"),
            yoy("行政运行", "402", "2", "0.50", prior="400", code="2130301"),
            yoy("三公", "12", "-1", "-7.69", prior="13"),
            ops("86"),
            yoy("机关运行经费", "86", "-4", "-4.44", prior="90"),
            proc("360"),
        ],
        not_claims=[
            nc("一般公共预算拨款2,540.00万元，占96.21%", "2540", SHARE),
            nc("其他收入100.00万元，占3.79%", "100", SHARE),
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("基本支出580.00", "580", PART),
            nc("项目支出2,160.00", "2160", PART),
            nc("因公出国(境)费为0", "0", NOCHANGE),
            nc("公务用车购置及运行费9.00", "9.00", NOCHANGE),
            nc("公务接待费3.00", "3.00", NOCHANGE),
            nc("共有车辆3辆", "3", "cars"),
        ],
    ),
    "b02_guizhou_nanming_mzj_2023_budget.txt": dict(
        note="贵州2023 部门预算: full-width digits (４５７５．００万元, ３．９８％) and a space as thousands separator "
        "(4 475.00万元) mixed; 与上年持平; 三公 items with changes, 因公出国（境）费为0; beds; planted: 行政运行 1 168.50 "
        "(table 1,186.50)",
        unit="万元",
        claims=[
            total(TIE, "4575"),
            yoy(None, "4575", "175", "3.98"),
            total(TI, "4475"),
            total(TE, "4575"),
            total(FT, "4475"),
            yoy("财政拨款", "4475", "75", "1.70"),
            yoy("老年福利", "2450", "150", "6.52", code="2081002"),
            yoy("临时救助支出", "630", "-20", "-3.08", code="2082001"),
            yoy("行政运行", "1168.50", "18.50", "1.61", code="2080201"),
            yoy(PENSION, "120.50", "0", code="2080505"),
            yoy("三公", "8.40", "-0.60", "-6.67"),
            yoy(CAR, "6.00", "-0.40"),
            yoy(RECEPTION, "2.40", "-0.20"),
            ops("132.60"),
            yoy("机关运行经费", "132.60", "2.60", "2.00"),
            proc("1260"),
        ],
        not_claims=[
            nc("养老床位2 600张", "2600", "beds"),
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("因公出国(境)费为0", "0", NOCHANGE),
        ],
    ),
    "b03_xizang_chengguan_nyncj_2022_budget.txt": dict(
        note="西藏2022 部门预算: page turns (footer, running header) between a figure and its unit ('增加130.00¶万元', "
        "'900.00¶万元'); a figure wrapped over a line ('3¶,230.00'); 较上年; 三公 items with no change; 万亩; "
        "planted: 行政运行 608.00 (table 680.00)",
        unit="万元",
        claims=[
            total(TIE, "3330"),
            yoy(None, "3330", "230", "7.42"),
            total(TI, "3230"),
            total(TE, "3330"),
            total(FT, "3230"),
            yoy("财政拨款", "3230", "130", "4.19"),
            yoy("农业生产发展", "1520", "120", "8.57", code="2130122"),
            yoy("农田建设", "900", "50", "5.88", code="2130153"),
            yoy("行政运行", "608", "-12", "-1.94", code="2130101"),
            yoy("三公", "15", "-1", "-6.25"),
            ops("98"),
            yoy("机关运行经费", "98", "-2", "-2.00"),
            proc("420"),
        ],
        not_claims=[
            nc("耕地面积12.6万亩", "12.6", "area (万亩)"),
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("因公出国(境)费为0", "0", NOCHANGE),
            nc("运行费11.00", "11.00", NOCHANGE),
            nc("公务接待费4.00", "4.00", NOCHANGE),
        ],
    ),
    "b04_shaanxi_yanta_wlj_2025_budget.txt": dict(
        note="陕西2025 部门预算: 财政拨款 (一般公共预算 + 政府性基金) beside 一般公共预算, each with its change and prior "
        "'比上年（预算数）（…万元）'; items '…（上年…万元），增长…%' (prior and rate, no change); 政府性基金 spending; 三公 "
        "items 持平 / prior in brackets; planted: 行政运行 706.00 (table 760.00)",
        unit="万元",
        claims=[
            total(TIE, "3360"),
            yoy(None, "3360", "160", "5.00", prior="3200"),
            total(TI, "3260"),
            total(TE, "3360"),
            total(FT, "3260"),
            yoy("财政拨款", "3260", "160", "5.16", prior="3100"),
            yoy("一般公共预算", "2860", "110", "4.00", prior="2750"),
            yoy("群众文化", "1050", None, "5.00", prior="1000", code="2070109"),
            yoy("群众体育", "820", None, "5.13", prior="780", code="2070308"),
            yoy("行政运行", "706", None, "0.86", prior="700", code="2070101"),
            yoy("政府性基金", "400", "50", "14.29"),
            yoy("三公", "10.50", "-0.50", "-4.55", prior="11.00"),
            yoy(OUT, "0", "0"),
            yoy(CAR, "7.50", "-0.50", prior="8.00"),
            yoy(RECEPTION, "3.00", "0"),
            ops("112"),
            yoy("机关运行经费", "112", "4", "3.70", prior="108"),
            proc("580"),
        ],
        not_claims=[
            nc("上年结转100.00", "100", "a carry-over with no change"),
            nc("其中：一般公共预算拨款2,860.00", "2860", PART),
            nc("政府性基金预算拨款400.00万元。", "400", PART),
        ],
    ),
    "b05_qinghai_chengzhong_cdc_2021_unit_budget.txt": dict(
        note="青海2021 单位预算: 收入总计（含上年结转）…，较上年; 收入预算 / 支出预算 with parts 占…%; items '1.…（code）…，"
        "较上年…'; 三公 items 为0 / no change; no 机关运行经费 (事业单位); planted: 重大公共卫生服务 240.00 (table 420.00)",
        unit="万元",
        claims=[
            total(TIE, "1880"),
            total(TIE, "1880"),
            yoy(None, "1880", "80", "4.44"),
            total(TI, "1830"),
            total(TE, "1880"),
            total(FT, "1730"),
            yoy("财政拨款", "1730", "30", "1.76"),
            yoy("疾病预防控制机构", "860", "20", "2.38", code="2100401"),
            yoy("重大公共卫生服务", "240", "-30", "-11.11", code="2100409"),
            yoy("基本公共卫生服务", "300", "40", "15.38", code="2100408"),
            yoy("三公", "6", "-0.50", "-7.69"),
            proc("260"),
        ],
        not_claims=[
            nc("一般公共预算拨款1,730.00万元，占94.54%", "1730", SHARE),
            nc("事业收入100.00万元，占5.46%", "100", SHARE),
            nc("上年结转50.00", "50", "a carry-over with no change"),
            nc("基本支出1,010.00万元，占53.72%", "1010", SHARE),
            nc("项目支出870.00万元，占46.28%", "870", SHARE),
            nc("因公出国(境)费为0", "0", NOCHANGE),
            nc("运行费4.00", "4.00", NOCHANGE),
            nc("公务接待费2.00", "2.00", NOCHANGE),
        ],
    ),
    "f06_ningxia_xingqing_sfj_2023_final.txt": dict(
        note="宁夏2023 部门决算: the subject after its figures ('年初预算为…，支出决算为…，完成年初预算…%的是行政运行"
        "（2040601）项目'; '…，支出决算数为年初预算数的…%的是…'); '超出年初预算20.00%' (= 120.00%); '预算执行率…%'; 三公 "
        "'…决算…，为年初预算…的…%' with items as actuals; planted: 基层司法业务 决算 306.00 (table 360.00)",
        unit="万元",
        claims=[
            total(TIE, "1720"),
            total(TIE, "1720"),
            yoy(None, "1720", "120", "7.50"),
            total(TI, "1680"),
            total(TE, "1650"),
            total(FT, "1690"),
            total(FT, "1690"),
            yoy("一般公共预算", "1650", "90", "5.77"),
            ex(None, None, "1600", "1650", "103.13"),
            ex("2040601", "行政运行", "900", "920", "102.22"),
            ex("2040604", "基层司法业务", "400", "306", "76.50"),
            ex("2040610", "法律援助", "150", "180", "120.00"),
            ex("2080505", PENSION, "110", "110", "100.00"),
            sg("三公", "10", "8.40", "84.00"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            sg(CAR_M, actual="6.00"),
            sg(RECEPTION, actual="2.40"),
            ops("126"),
            yoy("机关运行经费", "126", "-4", "-3.08"),
            proc("210"),
        ],
        not_claims=[],
    ),
    "f07_xinjiang_tianshan_zjj_2022_final.txt": dict(
        note="新疆2022 部门决算: a 类 list '类 | 年初预算 | 决算 | 完成率' inside the 说明; the whole and two 项 '超出年初"
        "预算…%' with reasons (一是…二是…); 三公 actual before budget, '预算执行率'; items as actuals '…费0万元；…'; prior "
        "in brackets; planted: 其他城乡社区公共设施支出 决算 1,880.00 (table 1,800.00)",
        unit="万元",
        claims=[
            total(TIE, "3620"),
            total(TIE, "3620"),
            yoy(None, "3620", "-180", "-4.74"),
            total(TI, "3560"),
            total(TE, "3540"),
            total(FT, "3600"),
            yoy("一般公共预算", "3540", "-160", "-4.32"),
            ex(None, "一般公共预算", "3300", "3540", "107.27"),
            ex("212", "城乡社区支出", "3180", "3400", "106.92"),
            ex("208", "社会保障和就业支出", "70", "80", "114.29"),
            ex("221", "住房保障支出", "50", "60", "120.00"),
            ex("2120501", "城乡社区环境卫生", "800", "960", "120.00"),
            ex("2120399", "其他城乡社区公共设施支出", "1760", "1880", "106.82"),
            sg("三公", "8", "5.80", "72.50"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            sg(CAR_M, actual="4.00"),
            sg(RECEPTION, actual="1.80"),
            ops("88"),
            yoy("机关运行经费", "88", "-4", "-4.35", prior="92"),
            proc("1460"),
        ],
        not_claims=[
            nc("授予中小企业合同金额1,200.00", "1200", "the share awarded to small firms"),
        ],
    ),
    "f08_bingtuan_shihezi_wjw_2020_final.txt": dict(
        note="兵团2020 部门决算: 年初结转和结余 / 年末结转和结余 (typed as claims of kind 'carryover', no Claim kind "
        "exists); '年初预算…，支出决算…，预算执行率…%' for the whole and its 项; 三公 items 为0 / as actuals; beds; "
        "planted: 突发公共卫生事件应急处理 决算 860.00 (table 680.00)",
        unit="万元",
        claims=[
            total(TIE, "1760"),
            total(TIE, "1760"),
            yoy(None, "1760", "260", "17.33"),
            total(TI, "1640"),
            total("carryover", "120", "年初"),
            total(TE, "1600"),
            total("carryover", "160", "年末"),
            ex(None, "一般公共预算", "1500", "1600", "106.67"),
            ex("2100101", "行政运行", "500", "520", "104.00"),
            ex("2100410", "突发公共卫生事件应急处理", "560", "860", "153.57"),
            ex("2100717", "计划生育服务", "320", "300", "93.75"),
            ex("2080505", PENSION, "70", "60", "85.71"),
            sg("三公", "12", "7.20", "60.00"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            sg(BUY, actual="0", kind="sangong_execution?"),
            sg(RUN_M, actual="5.40"),
            sg(RECEPTION, actual="1.80"),
            ops("72"),
            yoy("机关运行经费", "72", "2", "2.86"),
            proc("380"),
        ],
        not_claims=[
            nc("医疗卫生机构46个", "46", "a count of institutions"),
            nc("床位2,860张", "2860", "beds"),
        ],
    ),
    "f09_hainan_jiyang_jtj_2021_final.txt": dict(
        note="海南2021 部门决算: full-width digits and a space as thousands separator in a final account; a page turn "
        "between '支出决算为4 180.00' and '万元'; items '（一）…（code）：年初预算…，支出决算…，完成年初预算的…%'; 三公 "
        "actual, rate, then change; items as actuals '…费决算…万元'; km; planted: 公路养护 决算 1 010.00 (table 1,100.00)",
        unit="万元",
        claims=[
            total(TIE, "4260"),
            total(TIE, "4260"),
            yoy(None, "4260", "260", "6.50"),
            total(TI, "4200"),
            total(TE, "4180"),
            total(FT, "4200"),
            yoy("一般公共预算", "4180", "180", "4.50"),
            ex(None, "一般公共预算", "4000", "4180", "104.50"),
            ex("2140104", "公路建设", "2200", "2400", "109.09"),
            ex("2140106", "公路养护", "1200", "1010", "84.17"),
            ex("2140101", "行政运行", "530", "560", "105.66"),
            sg("三公", actual="6.60", rate="82.50"),
            yoy("三公", "6.60", "-0.40", "-5.71"),
            sg(CAR_M, actual="5.00"),
            sg(RECEPTION, actual="1.60"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            ops("102"),
            yoy("机关运行经费", "102", "2", "2.00"),
            proc("1320"),
        ],
        not_claims=[
            nc("公路里程286.5公里", "286.5", "kilometres"),
        ],
    ),
    "f10_guizhou_huichuan_zrzyj_2024_final.txt": dict(
        note="贵州2024 部门决算: 收入总计（含上年结转和结余）/ 支出总计（含年末结转和结余）with the prior in brackets; "
        "财政拨款 with its change and execution (超出年初预算…%), then 一般公共预算 and 政府性基金 executions; a 项 over "
        "budget with its reason; 三公 actual, budget, rate, change with prior; 机关运行经费 '（上年：…万元），增长…%'; "
        "planted: 自然资源规划及管理 决算 602.00 (table 620.00)",
        unit="万元",
        claims=[
            total(TIE, "3860"),
            total(TIE, "3860"),
            yoy(None, "3860", "360", "10.29", prior="3500"),
            total(TI, "3760"),
            total(TE, "3700"),
            total(FT, "3760"),
            total(FT, "3760"),
            yoy("财政拨款", "3700", "300", "8.82", prior="3400"),
            ex(None, "财政拨款", "3450", "3700", "107.25", scope=FISCAL),
            ex(None, "一般公共预算", "2150", "2200", "102.33"),
            ex(None, "政府性基金", "1300", "1500", "115.38", scope=GF),
            ex("2200104", "自然资源规划及管理", "500", "602", "120.40", scope=FISCAL),
            ex("2200101", "行政运行", "1000", "980", "98.00", scope=FISCAL),
            sg("三公", "12", "9", "75.00"),
            yoy("三公", "9", "-1", "-10.00", prior="10"),
            sg(OUT, actual="0", kind="sangong_execution?"),
            sg(CAR_M, actual="6.60"),
            sg(RECEPTION, actual="2.40"),
            ops("146"),
            yoy("机关运行经费", "146", None, "4.29", prior="140"),
            proc("860"),
        ],
        not_claims=[
            nc("其中：一般公共预算财政拨款支出2,200.00", "2200", PART),
            nc("政府性基金预算财政拨款支出1,500.00万元。", "1500", PART),
        ],
    ),
}
