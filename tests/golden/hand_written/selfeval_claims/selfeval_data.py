"""Expected narrative claims and self-evaluation figures of six hand-written final accounts (部门决算 2024):
Jiangxi (province unit), Shanxi (province department), Inner Mongolia (city, -layout), Xinjiang (prefecture),
Tianjin district (tables before the narrative) and a Heilongjiang county (-layout, 元 self-evaluation).
Every figure below was typed by hand from the texts in this folder, never from parser output.

Claims: (kind, code, name_contains, fields[, tag]). Fields in yuan (w() for 万元) and rates as fractions (r()).
tag "adj": the sentence states its rate against a 调整预算 / 全年预算 (the document names the adjusted budget):
by domain.md that budget is the one the rate is computed against; counted apart.
tag "opt": a true statement accepted if recorded, not required.
"""

from decimal import Decimal as D

W = D(10000)


def w(x):
    return None if x is None else D(str(x)) * W


def y(x):
    return None if x is None else D(str(x))


def r(x):
    return None if x is None else D(str(x)) / 100


E = ("execution",)
T = ("total_income_expenditure", "fiscal_total_income_expenditure", "total_income", "total_expenditure")
ALL = E + T + ("procurement_total", "operating_costs", "sangong_execution", "year_on_year")
YOY = ("year_on_year",)

CLAIMS = {
    "jiangxi_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("3412.55"))),
        ("year_on_year", None, "总计", dict(amount=w("3412.55"), change=w("215.30"), rate=r("6.73"))),
        ("total_income", None, None, dict(amount=w("3360.40"))),
        ("total_expenditure", None, None, dict(amount=w("3330.20"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("3256.40"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("3256.40"), change=w("190.20"), rate=r("6.20"))),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("3256.40"), change=w("190.20"), rate=r("6.20")),
        ),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("3100.00"), actual=w("3256.40"), rate=r("105.05")),
        ),
        ("execution", "2012601", None, dict(budget=w("1980.00"), actual=w("1970.10"), rate=r("99.5"))),
        ("execution", "2012604", None, dict(budget=w("650.00"), actual=w("800.00"), rate=r("123.08"))),
        ("execution", "2080505", None, dict(budget=w("250.00"), actual=w("260.30"), rate=r("104.12"))),
        ("execution", "2101101", None, dict(budget=w("95.00"), actual=w("96.00"), rate=r("101.05"))),
        ("execution", "2210201", None, dict(budget=w("125.00"), actual=w("130.00"), rate=r("104"))),
        ("sangong_execution", None, "三公", dict(budget=w("18.00"), actual=w("12.64"), rate=r("70.22"))),
        ("year_on_year", None, "三公", dict(amount=w("12.64"), change=w("-1.26"), rate=r("-9.06"))),
        ("sangong_execution", None, "因公出国", dict(budget=w(0), actual=w(0), rate=None)),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=w("12.00"), actual=w("9.44"), rate=r("78.67")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=w("6.00"), actual=w("3.20"), rate=r("53.33"))),
        ("operating_costs", None, None, dict(amount=w("245.90"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("245.90"), change=w("-8.10"), rate=r("-3.19"))),
        ("procurement_total", None, None, dict(amount=w("156.80"))),
    ],
    "shanxi_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("9012.35"))),  # 收入总计
        ("total_income_expenditure", None, None, dict(amount=w("9012.35"))),  # 支出总计
        ("year_on_year", None, "总计", dict(amount=w("9012.35"), change=w("-356.65"), rate=r("-3.81"))),
        ("total_income", None, None, dict(amount=w("8700.12"))),
        ("total_expenditure", None, None, dict(amount=w("8690.50"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("8640.00"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("8640.00"), change=w("-300.00"), rate=r("-3.36"))),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("8640.00"), change=w("-300.00"), rate=r("-3.36")),
        ),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("8200.00"), actual=w("8640.00"), rate=r("105.37")),
        ),
        ("execution", "2013801", None, dict(budget=w("5300.00"), actual=w("5240.00"), rate=r("98.87"))),
        ("execution", "2013804", None, dict(budget=w("900.00"), actual=w("1100.00"), rate=r("122.22"))),
        ("execution", "2013812", None, dict(budget=w("1200.00"), actual=w("1400.00"), rate=r("116.67"))),
        ("execution", "2080505", None, dict(budget=w("500.00"), actual=w("560.00"), rate=r("112"))),
        ("execution", "2210201", None, dict(budget=w("345.00"), actual=w("340.00"), rate=r("98.55")), "adj"),
        ("sangong_execution", None, "三公", dict(budget=w("45.00"), actual=w("31.28"), rate=r("69.51"))),
        ("sangong_execution", None, "因公出国", dict(budget=w("10.00"), actual=w("4.50"), rate=r("45"))),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=w("25.00"), actual=w("20.18"), rate=r("80.72")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=w("10.00"), actual=w("6.60"), rate=r("66"))),
        ("year_on_year", None, "三公", dict(amount=w("31.28"), change=w("2.08"), rate=r("7.12"))),
        ("operating_costs", None, None, dict(amount=w("600.50"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("600.50"), change=w("-20.30"), rate=r("-3.27"))),
        ("procurement_total", None, None, dict(amount=w("1326.00"))),
    ],
    "neimenggu_2024_final.layout.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("3105.20"))),
        ("total_income_expenditure", None, None, dict(amount=w("3105.20"))),
        ("year_on_year", None, "总计", dict(amount=w("3105.20"), change=w("420.15"), rate=r("15.65"))),
        ("total_income", None, None, dict(amount=w("3050.00"))),
        ("total_expenditure", None, None, dict(amount=w("3040.60"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("2986.75"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("2986.75"), change=w("380.75"), rate=r("14.61"))),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("2650.00"), actual=w("2986.75"), rate=r("112.71")),
        ),
        ("execution", "2110101", None, dict(budget=w("1500.00"), actual=w("1476.75"), rate=r("98.45"))),
        ("execution", "2110199", None, dict(budget=w(0), actual=w("400.00"), rate=None)),
        ("execution", "2110302", None, dict(budget=w("800.00"), actual=w("750.00"), rate=r("93.8"))),
        ("execution", "2080505", None, dict(budget=w("220.00"), actual=w("230.00"), rate=r("104.55"))),
        ("execution", "2210201", None, dict(budget=w("130.00"), actual=w("130.00"), rate=r("100"))),
        ("sangong_execution", None, "三公", dict(actual=w("22.16"), rate=r("73.87"))),
        ("year_on_year", None, "三公", dict(amount=w("22.16"), change=w("-3.04"), rate=r("-12.06"))),
        ("sangong_execution", None, "因公出国", dict(budget=w(0), actual=w(0), rate=r(0))),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=w("22.00"), actual=w("17.36"), rate=r("78.91")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=w("8.00"), actual=w("4.80"), rate=r("60"))),
        ("operating_costs", None, None, dict(amount=w("158.40"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("158.40"), change=w("-12.60"), rate=r("-7.37"))),
        ("procurement_total", None, None, dict(amount=w("486.20"))),
    ],
    "xinjiang_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("5610.48"))),
        ("total_income_expenditure", None, None, dict(amount=w("5610.48"))),
        ("year_on_year", None, "收入总计", dict(amount=w("5610.48"), change=w("510.48"), rate=r("10.01"))),
        ("total_income", None, None, dict(amount=w("5500.36"))),
        ("total_expenditure", None, None, dict(amount=w("5480.36"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("5420.36"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("5420.36"), change=w("420.36"), rate=r("8.41"))),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("5000.00"), actual=w("5420.36"), rate=r("108.41")),
        ),
        ("execution", "2050101", None, dict(budget=w("1800.00"), actual=w("1750.36"), rate=r("97.24"))),
        ("execution", "2050199", None, dict(budget=w("150.00"), actual=w("200.00"), rate=r("133.33"))),
        ("execution", "2050204", None, dict(budget=w("2700.00"), actual=w("3100.00"), rate=r("114.81"))),
        ("execution", "2080505", None, dict(budget=w("200.00"), actual=w("210.00"), rate=r("105"))),
        ("execution", "2101101", None, dict(budget=w("65.00"), actual=w("70.00"), rate=r("107.69"))),
        ("execution", "2210201", None, dict(budget=w("85.00"), actual=w("90.00"), rate=r("105.88"))),
        ("sangong_execution", None, "三公", dict(budget=y(265000), actual=y(198420), rate=r("74.88"))),
        ("sangong_execution", None, "因公出国", dict(budget=y(0), actual=y(0), rate=None)),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=y(185000), actual=y(146420), rate=r("79.15")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=y(80000), actual=y(52000), rate=r("65"))),
        ("year_on_year", None, "三公", dict(amount=y(198420), change=y(-21580), rate=r("-9.81"))),
        ("operating_costs", None, None, dict(amount=w("286.40"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("286.40"), change=w("16.40"), rate=r("6.07"))),
        ("procurement_total", None, None, dict(amount=w("2860.00"))),
    ],
    "tianjin_hexi_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("4305.18"))),
        ("year_on_year", None, "总计", dict(amount=w("4305.18"), change=w("305.18"), rate=r("7.63"))),
        ("total_income", None, None, dict(amount=w("4250.00"))),
        ("total_expenditure", None, None, dict(amount=w("4230.50"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("4187.62"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("4187.62"), change=w("287.62"), rate=r("7.37"))),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("4187.62"), change=w("287.62"), rate=r("7.37")),
        ),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("4260.00"), actual=w("4187.62"), rate=r("98.30")),
            "adj",
        ),
        (
            "execution",
            "2080201",
            None,
            dict(budget=w("1130.00"), actual=w("1117.62"), rate=r("98.90")),
            "adj",
        ),
        ("execution", "2080208", None, dict(budget=w("180.00"), actual=w("200.00"), rate=r("111.11"))),
        ("execution", "2080505", None, dict(budget=w("220.00"), actual=w("230.00"), rate=r("104.55"))),
        ("execution", "2081002", None, dict(budget=w("2200.00"), actual=w("2500.00"), rate=r("113.64"))),
        ("execution", "2101101", None, dict(budget=w("70.00"), actual=w("60.00"), rate=r("85.71"))),
        ("execution", "2210201", None, dict(budget=w("80.00"), actual=w("80.00"), rate=r("100"))),
        ("sangong_execution", None, "三公", dict(budget=w("15.00"), actual=w("11.26"), rate=r("75.07"))),
        ("sangong_execution", None, "因公出国", dict(budget=w(0), actual=w(0), rate=None)),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=w("10.00"), actual=w("8.06"), rate=r("80.60")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=w("5.00"), actual=w("3.20"), rate=r("64"))),
        ("year_on_year", None, "三公", dict(amount=w("11.26"), change=w("-1.04"), rate=r("-8.46"))),
        ("operating_costs", None, None, dict(amount=w("112.80"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("112.80"), change=w("4.80"), rate=r("4.44"))),
        ("procurement_total", None, None, dict(amount=w("620.00"))),
    ],
    "heilongjiang_wangkui_2024_final.layout.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("3980.20"))),
        ("year_on_year", None, "总计", dict(amount=w("3980.20"), change=w("580.20"), rate=r("17.06"))),
        ("total_income", None, None, dict(amount=w("3900.00"))),
        ("total_expenditure", None, None, dict(amount=w("3870.10"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("3812.48"))),
        ("year_on_year", None, "财政拨款", dict(amount=w("3812.48"), change=w("512.48"), rate=r("15.53"))),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("3320.00"), actual=w("3812.48"), rate=r("114.83")),
        ),
        ("execution", "2130101", None, dict(budget=w("700.00"), actual=w("682.48"), rate=r("97.5"))),
        ("execution", "2130104", None, dict(budget=w("420.00"), actual=w("430.00"), rate=r("102.38"))),
        ("execution", "2130153", None, dict(budget=w("2000.00"), actual=w("2500.00"), rate=r("125"))),
        ("execution", "2080505", None, dict(budget=w("125.00"), actual=w("130.00"), rate=r("104"))),
        ("execution", "2210201", None, dict(budget=w("75.00"), actual=w("70.00"), rate=r("93.33"))),
        ("sangong_execution", None, "三公", dict(actual=w("8.65"), rate=r("72.08"))),
        ("sangong_execution", None, "因公出国", dict(actual=w(0), rate=r(0))),
        ("sangong_execution", None, "公务用车购置及运行维护费", dict(actual=w("6.25"), rate=r("69.44"))),
        ("sangong_execution", None, "公务接待费", dict(actual=w("2.40"), rate=r("80"))),
        ("year_on_year", None, "三公", dict(amount=w("8.65"), change=w("-0.95"), rate=r("-9.9"))),
        ("operating_costs", None, None, dict(amount=w("82.36"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("82.36"), change=w("-5.20"), rate=r("-5.94"))),
        ("procurement_total", None, None, dict(amount=w("2180.50"))),
    ],
}

# Sentences with figures that must give no claim of the kinds named (substring of the claim's sentence).
NOT_CLAIMS = {
    "jiangxi_2024_final.txt": [
        ("追加档案数字化项目经费150.00万元", ALL),
        ("人员经费2,210.50万元", ALL),
        ("单价100万元", ALL),
        ("授予中小企业合同金额156.80万元", ALL),
        ("部门整体支出全年预算数", ALL),
    ],
    "shanxi_2024_final.txt": [("人员经费5,539.50万元", ALL), ("单价50万元", ALL)],
    "neimenggu_2024_final.layout.txt": [("人员经费1,678.35万元", ALL), ("单价100万元", ALL)],
    "xinjiang_2024_final.txt": [
        ("人员经费1,833.96万元", ALL),
        ("单价50万元", ALL),
    ],
    "tianjin_hexi_2024_final.txt": [("人员经费1,374.82万元", ALL)],
    "heilongjiang_wangkui_2024_final.layout.txt": [
        ("人员经费1,230.12万元", ALL),
        ("单价100万元", ALL),
    ],
}

# Figures that no claim of the kind may carry in the field (a change against the 年初预算 is no year-on-year
# change): (kind, field, value, why).
NOT_VALUES = {
    "jiangxi_2024_final.txt": [("year_on_year", "change", w("5.90"), "比年初预算增加5.90万元")],
    "xinjiang_2024_final.txt": [("year_on_year", "change", w("-13.60"), "较年初预算减少13.60万元")],
    "heilongjiang_wangkui_2024_final.layout.txt": [
        ("year_on_year", "change", w("-7.64"), "比年初预算减少7.64万元"),
        ("year_on_year", "change", w("-3.35"), "三公 比年初预算减少3.35万元"),
    ],
}

# Self-evaluation figures: (project name, budget = 全年预算数, actual = 全年执行数, rate), in yuan. The
# department-wide table's name is the unit's (or says 整体): UNIT gives the unit.
UNIT = {
    "jiangxi_2024_final.txt": "江西省档案馆",
    "shanxi_2024_final.txt": "山西省市场监督管理局",
    "neimenggu_2024_final.layout.txt": "包头市生态环境局",
    "xinjiang_2024_final.txt": "昌吉回族自治州教育局",
    "tianjin_hexi_2024_final.txt": "天津市河西区民政局",
    "heilongjiang_wangkui_2024_final.layout.txt": "望奎县农业农村局",
}
WHOLE = "<部门整体>"
SELFEVAL = {
    "jiangxi_2024_final.txt": [
        ("档案数字化建设项目", w("500.00"), w("486.50"), r("97.30")),
        ("档案保护修复项目", w("320.00"), w("313.50"), r("97.97")),
        (WHOLE, w("3350.00"), w("3330.20"), r("99.41")),
    ],
    "shanxi_2024_final.txt": [
        ("市场主体登记服务保障", y(11000000), y(11000000), r("100.00")),
        ("质量基础设施建设", y(14500000), y(14000000), r("96.55")),
        (WHOLE, y(87500000), y(86905000), r("99.32")),
    ],
    "neimenggu_2024_final.layout.txt": [
        ("黄河流域水污染防治项目", w("760.00"), w("750.00"), r("98.68")),
        ("生态环境监测能力建设", w("420.00"), w("400.00"), r("95.24")),
        (WHOLE, w("3100.00"), w("3040.60"), r("98.08")),
    ],
    "xinjiang_2024_final.txt": [
        ("高中教育质量提升工程", w("3200.00"), w("3100.00"), r("96.88")),
        ("教育信息化运维", w("200.00"), w("200.00"), r("100.00")),
        (WHOLE, w("5560.00"), w("5480.36"), r("98.57")),
    ],
    "tianjin_hexi_2024_final.txt": [
        ("居家养老服务补贴", w("2520.00"), w("2500.00"), r("99.21")),
        ("社区治理能力提升", w("200.00"), w("200.00"), r("100")),
        (WHOLE, w("4320.00"), w("4230.50"), r("97.93")),
    ],
    "heilongjiang_wangkui_2024_final.layout.txt": [
        ("2024年度望奎县高标准农田建设项目", y(25600000), y(25000000), r("97.66")),
        (WHOLE, y(39500000), y(38701000), r("97.98")),
    ],
}

# 一般公共预算财政拨款支出决算表: code -> (小计, 基本支出, 项目支出) in 万元 (None: blank cell).
FISCAL = {
    "jiangxi_2024_final.txt": {
        None: ("3256.40", "2456.40", "800.00"),
        "201": ("2770.10", "1970.10", "800.00"),
        "20126": ("2770.10", "1970.10", "800.00"),
        "2012601": ("1970.10", "1970.10", None),
        "2012604": ("800.00", None, "800.00"),
        "208": ("260.30", "260.30", None),
        "20805": ("260.30", "260.30", None),
        "2080505": ("260.30", "260.30", None),
        "210": ("96.00", "96.00", None),
        "21011": ("96.00", "96.00", None),
        "2101101": ("96.00", "96.00", None),
        "221": ("130.00", "130.00", None),
        "22102": ("130.00", "130.00", None),
        "2210201": ("130.00", "130.00", None),
    },
    "shanxi_2024_final.txt": {
        None: ("8640.00", "6140.00", "2500.00"),
        "201": ("7740.00", "5240.00", "2500.00"),
        "20138": ("7740.00", "5240.00", "2500.00"),
        "2013801": ("5240.00", "5240.00", None),
        "2013804": ("1100.00", None, "1100.00"),
        "2013812": ("1400.00", None, "1400.00"),
        "208": ("560.00", "560.00", None),
        "20805": ("560.00", "560.00", None),
        "2080505": ("560.00", "560.00", None),
        "221": ("340.00", "340.00", None),
        "22102": ("340.00", "340.00", None),
        "2210201": ("340.00", "340.00", None),
    },
    "neimenggu_2024_final.layout.txt": {
        None: ("2986.75", "1836.75", "1150.00"),
        "211": ("2626.75", "1476.75", "1150.00"),
        "21101": ("1876.75", "1476.75", "400.00"),
        "2110101": ("1476.75", "1476.75", None),
        "2110199": ("400.00", None, "400.00"),
        "21103": ("750.00", None, "750.00"),
        "2110302": ("750.00", None, "750.00"),
        "208": ("230.00", "230.00", None),
        "20805": ("230.00", "230.00", None),
        "2080505": ("230.00", "230.00", None),
        "221": ("130.00", "130.00", None),
        "22102": ("130.00", "130.00", None),
        "2210201": ("130.00", "130.00", None),
    },
    "xinjiang_2024_final.txt": {
        None: ("5420.36", "2120.36", "3300.00"),
        "205": ("5050.36", "1750.36", "3300.00"),
        "20501": ("1950.36", "1750.36", "200.00"),
        "2050101": ("1750.36", "1750.36", None),
        "2050199": ("200.00", None, "200.00"),
        "20502": ("3100.00", None, "3100.00"),
        "2050204": ("3100.00", None, "3100.00"),
        "208": ("210.00", "210.00", None),
        "20805": ("210.00", "210.00", None),
        "2080505": ("210.00", "210.00", None),
        "210": ("70.00", "70.00", None),
        "21011": ("70.00", "70.00", None),
        "2101101": ("70.00", "70.00", None),
        "221": ("90.00", "90.00", None),
        "22102": ("90.00", "90.00", None),
        "2210201": ("90.00", "90.00", None),
    },
    "tianjin_hexi_2024_final.txt": {
        None: ("4187.62", "1487.62", "2700.00"),
        "208": ("4047.62", "1347.62", "2700.00"),
        "20802": ("1317.62", "1117.62", "200.00"),
        "2080201": ("1117.62", "1117.62", None),
        "2080208": ("200.00", None, "200.00"),
        "20805": ("230.00", "230.00", None),
        "2080505": ("230.00", "230.00", None),
        "20810": ("2500.00", None, "2500.00"),
        "2081002": ("2500.00", None, "2500.00"),
        "210": ("60.00", "60.00", None),
        "21011": ("60.00", "60.00", None),
        "2101101": ("60.00", "60.00", None),
        "221": ("80.00", "80.00", None),
        "22102": ("80.00", "80.00", None),
        "2210201": ("80.00", "80.00", None),
    },
    "heilongjiang_wangkui_2024_final.layout.txt": {
        None: ("3812.48", "1312.48", "2500.00"),
        "213": ("3612.48", "1112.48", "2500.00"),
        "21301": ("3612.48", "1112.48", "2500.00"),
        "2130101": ("682.48", "682.48", None),
        "2130104": ("430.00", "430.00", None),
        "2130153": ("2500.00", None, "2500.00"),
        "208": ("130.00", "130.00", None),
        "20805": ("130.00", "130.00", None),
        "2080505": ("130.00", "130.00", None),
        "221": ("70.00", "70.00", None),
        "22102": ("70.00", "70.00", None),
        "2210201": ("70.00", "70.00", None),
    },
}

# Where the self-evaluation tables are (first line holding the marker .. end): no amount may come from there.
SELFEVAL_FROM = "绩效自评表"
