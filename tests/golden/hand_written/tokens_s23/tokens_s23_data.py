"""Expected amounts of the tokens_s23 inputs, typed by hand from the inputs (gen.py writes them).

Per input: table (table_key), unit (the printed unit of the values below), amounts {(code or row label,
column_key): value as printed, in that unit}. A value "0" is a cell printed with a mark for nothing: reading
it as 0 or not reading it are both right. ignore: column keys whose figures may be loaded or not (columns
comparing with another year). or_said: the row keys whose figures may instead be left out with a warn
diagnostic (a reading the text cannot decide)."""

GB = "general_budget_by_function"

# The standard table (万元): 合计 = 201 + 208 + 221; 201 = 20138 = 2013801 + 2013804 + 2013812.
BASE = {
    ("合计", "total"): "8640.00",
    ("合计", "basic"): "6140.00",
    ("合计", "project"): "2500.00",
    ("201", "total"): "7740.00",
    ("201", "basic"): "5240.00",
    ("201", "project"): "2500.00",
    ("20138", "total"): "7740.00",
    ("20138", "basic"): "5240.00",
    ("20138", "project"): "2500.00",
    ("2013801", "total"): "5240.00",
    ("2013801", "basic"): "5240.00",
    ("2013804", "total"): "1100.00",
    ("2013804", "project"): "1100.00",
    ("2013812", "total"): "1400.00",
    ("2013812", "project"): "1400.00",
    ("208", "total"): "560.00",
    ("208", "basic"): "560.00",
    ("20805", "total"): "560.00",
    ("20805", "basic"): "560.00",
    ("2080505", "total"): "560.00",
    ("2080505", "basic"): "560.00",
    ("221", "total"): "340.00",
    ("221", "basic"): "340.00",
    ("22102", "total"): "340.00",
    ("22102", "basic"): "340.00",
    ("2210201", "total"): "340.00",
    ("2210201", "basic"): "340.00",
}

# The table with a negative 项 2013899 of -12.50 (项目支出): 合计 8,627.50 = 6,140.00 + 2,487.50.
NEG = {
    ("合计", "total"): "8627.50",
    ("合计", "basic"): "6140.00",
    ("合计", "project"): "2487.50",
    ("201", "total"): "7727.50",
    ("201", "basic"): "5240.00",
    ("201", "project"): "2487.50",
    ("20138", "total"): "7727.50",
    ("20138", "basic"): "5240.00",
    ("20138", "project"): "2487.50",
    ("2013801", "total"): "5240.00",
    ("2013801", "basic"): "5240.00",
    ("2013804", "total"): "1100.00",
    ("2013804", "project"): "1100.00",
    ("2013812", "total"): "1400.00",
    ("2013812", "project"): "1400.00",
    ("2013899", "total"): "-12.50",
    ("2013899", "project"): "-12.50",
    ("208", "total"): "560.00",
    ("208", "basic"): "560.00",
    ("20805", "total"): "560.00",
    ("20805", "basic"): "560.00",
    ("2080505", "total"): "560.00",
    ("2080505", "basic"): "560.00",
    ("221", "total"): "340.00",
    ("221", "basic"): "340.00",
    ("22102", "total"): "340.00",
    ("22102", "basic"): "340.00",
    ("2210201", "total"): "340.00",
    ("2210201", "basic"): "340.00",
}

# Every empty cell of the standard table printed with a mark (— - －－ 0 0.00 —— － / *).
ZEROS = {
    ("2013801", "project"): "0",
    ("2013804", "basic"): "0",
    ("2013812", "basic"): "0",
    ("208", "project"): "0",
    ("20805", "project"): "0",
    ("2080505", "project"): "0",
    ("221", "project"): "0",
    ("22102", "project"): "0",
    ("2210201", "project"): "0",
}

# 元 without decimals: 合计 23456780 = 20456780 + 2000000 + 1000000 = 21056780 + 2400000.
YUAN_INT = {
    ("合计", "total"): "23456780",
    ("合计", "basic"): "21056780",
    ("合计", "project"): "2400000",
    ("201", "total"): "20456780",
    ("201", "basic"): "18056780",
    ("201", "project"): "2400000",
    ("20138", "total"): "20456780",
    ("20138", "basic"): "18056780",
    ("20138", "project"): "2400000",
    ("2013801", "total"): "18056780",
    ("2013801", "basic"): "18056780",
    ("2013804", "total"): "2400000",
    ("2013804", "project"): "2400000",
    ("208", "total"): "2000000",
    ("208", "basic"): "2000000",
    ("20805", "total"): "2000000",
    ("20805", "basic"): "2000000",
    ("2080505", "total"): "2000000",
    ("2080505", "basic"): "2000000",
    ("221", "total"): "1000000",
    ("221", "basic"): "1000000",
    ("22102", "total"): "1000000",
    ("22102", "basic"): "1000000",
    ("2210201", "total"): "1000000",
    ("2210201", "basic"): "1000000",
}

# p09: 住房 rows of 201 (integer, a 类 code's shape): 合计 8501 = 7740 + 560 + 201 = 6001 + 2500.
MIXED = {
    ("合计", "total"): "8501",
    ("合计", "basic"): "6001",
    ("合计", "project"): "2500",
    ("201", "total"): "7740",
    ("201", "basic"): "5240",
    ("201", "project"): "2500",
    ("20138", "total"): "7740",
    ("20138", "basic"): "5240",
    ("20138", "project"): "2500",
    ("2013801", "total"): "5240",
    ("2013801", "basic"): "5240",
    ("2013804", "total"): "1100",
    ("2013804", "project"): "1100",
    ("2013812", "total"): "1400",
    ("2013812", "project"): "1400",
    ("208", "total"): "560",
    ("208", "basic"): "560",
    ("20805", "total"): "560",
    ("20805", "basic"): "560",
    ("2080505", "total"): "560",
    ("2080505", "basic"): "560",
    ("221", "total"): "201",
    ("221", "basic"): "201",
    ("22102", "total"): "201",
    ("22102", "basic"): "201",
    ("2210201", "total"): "201",
    ("2210201", "basic"): "201",
}

# 本年预算数 only (上年预算数 and 增减% / 增减额 compare with another year); a table's only own column is its
# total column (columns.plain_columns: "金额 / 预算数 over a table's only figures is its total column").
THIS_YEAR = {
    ("合计", "total"): "8640.00",
    ("201", "total"): "7740.00",
    ("20138", "total"): "7740.00",
    ("2013801", "total"): "5240.00",
    ("2013804", "total"): "1100.00",
    ("2013812", "total"): "1400.00",
    ("208", "total"): "560.00",
    ("20805", "total"): "560.00",
    ("2080505", "total"): "560.00",
    ("221", "total"): "340.00",
    ("22102", "total"): "340.00",
    ("2210201", "total"): "340.00",
}

SUMMARY = {
    ("一、一般公共预算财政拨款收入", "income"): "8100.00",
    ("五、事业收入", "income"): "500.00",
    ("八、其他收入", "income"): "40.00",
    ("本年收入合计", "income"): "8640.00",
    ("年初结转和结余", "income"): "25.00",
    ("总计", "income"): "8665.00",
    ("一、一般公共服务支出", "expenditure"): "7740.00",
    ("八、社会保障和就业支出", "expenditure"): "560.00",
    ("十、住房保障支出", "expenditure"): "340.00",
    ("本年支出合计", "expenditure"): "8640.00",
    ("年末结转和结余", "expenditure"): "25.00",
    ("总计", "expenditure"): "8665.00",
}

# p29: 元 integers; 其他收入 is 36 元 (beside 行次 8).
SUMMARY_YUAN = {
    ("一、一般公共预算财政拨款收入", "income"): "81000000",
    ("五、事业收入", "income"): "5000000",
    ("八、其他收入", "income"): "36",
    ("本年收入合计", "income"): "86000036",
    ("年初结转和结余", "income"): "250000",
    ("总计", "income"): "86250036",
    ("一、一般公共服务支出", "expenditure"): "77400036",
    ("八、社会保障和就业支出", "expenditure"): "5600000",
    ("十、住房保障支出", "expenditure"): "3000000",
    ("本年支出合计", "expenditure"): "86000036",
    ("年末结转和结余", "expenditure"): "250000",
    ("总计", "expenditure"): "86250036",
}

COMPARISON = ("prior_year", "change", "change_rate")


def e(amounts, table=GB, unit="万元", ignore=(), or_said=(), note=""):
    return dict(table=table, unit=unit, amounts=amounts, ignore=ignore, or_said=or_said, note=note)


EXPECTED = {
    "p01_minus_ascii.txt": e(NEG, note="negative as -12.50"),
    "p02_minus_fullwidth.txt": e(NEG, note="negative as －12.50 (U+FF0D) and −12.50 (U+2212)"),
    "p03_minus_parenthesised.txt": e(NEG, note="negative as (12.50) and （12.50）"),
    "p04_minus_triangle.txt": e(NEG, or_said=("2013899",), note="negative as △12.50"),
    "p05_empty_dash_zero.txt": e({**BASE, **ZEROS}, note="empty cells as — - －－ 0 0.00 —— －"),
    "p06_empty_slash_star.txt": e({**BASE, **ZEROS}, note="empty cells as / and *"),
    "p07_fullwidth_digits.txt": e(BASE, note="full-width digits, commas, points, ideographic spaces"),
    "p08_thousands_cjk_comma_and_space.txt": e(
        BASE, or_said=("201", "20138", "2013801", "2013812"), note="thousands as '，' and as a space"
    ),
    "p09_decimals_mixed.txt": e(MIXED, note="no / one decimal in a 2-decimal table, amount 201"),
    "p10_footnote_marks.txt": e(BASE, note="footnote marks ① ② * after figures"),
    "p11_summary_row_numbers.txt": e(SUMMARY, table="income_expenditure_summary", note="行次 in 收支总表"),
    "p12_column_numbers.txt": e(BASE, note="栏次 1 2 3 and a bare 1 2 3 line (final account)"),
    "p13_code_spaced.txt": e(BASE, note="codes '201 38 01'"),
    "p14_code_dashed.txt": e(BASE, note="codes '201-38-01'"),
    "p15_code_bracketed.txt": e(BASE, note="codes '[2013801]', '【221】'"),
    "p16_code_glued_name.txt": e(BASE, note="codes glued to names '2013801行政运行'"),
    "p17_percent_column.txt": e(THIS_YEAR, ignore=COMPARISON, note="增减% column '8.0%' '10%' '0%'"),
    "p18_percent_negative.txt": e(THIS_YEAR, ignore=COMPARISON, note="增减% '-3.57%', '-4.1 %', '—'"),
    "p19_yuan_integers.txt": e(YUAN_INT, unit="元", note="元 integers of code shape (2400000, 2000000)"),
    "p20_unit_on_title_line.txt": e(BASE, note="单位：万元 on the title line"),
    "p21_unit_after_long_header.txt": e(BASE, note="金额单位：万元 after a 9-line header"),
    "p22_unit_parenthesised_ascii.txt": e(BASE, note="(单位:万元)"),
    "p23_unit_after_header_line.txt": e(BASE, note="单位：万元 below the header"),
    "p24_year_count_in_label.txt": e(BASE, note="'在编 3 人', '2024年…', '2024 年度', '12 个月' in labels"),
    "p25_number_wrapped.txt": e(BASE, or_said=("2080505",), note="560.0|0 split by a wrap"),
    "p26_year_named_columns.txt": e(
        THIS_YEAR, ignore=COMPARISON, note="2023年预算数 | 2024年预算数 | 增减额 header"
    ),
    "l01_layout_negative_dashes.layout.txt": e(
        {**NEG, **ZEROS, ("2013899", "basic"): "0"}, note="layout: (12.50), '-' cells"
    ),
    "l02_layout_codes_spaced_percent.layout.txt": e(
        THIS_YEAR, ignore=COMPARISON, note="layout: '201  38  01' codes, unit on title line, 增减%"
    ),
    "l03_layout_yuan_integers_footnote.layout.txt": e(
        {k: v for k, v in YUAN_INT.items()}, unit="元", note="layout: 元 integers, '2400000*'"
    ),
    "l04_layout_fullwidth.layout.txt": e(BASE, note="layout: full-width digits and codes"),
    "l05_layout_parenthesised_blank.layout.txt": e(NEG, note="layout: (12.50), blank cells"),
    "l06_layout_dash_cells_only.layout.txt": e({**BASE, **ZEROS}, note="layout: '—' in empty cells"),
    "p27_yuan_integers_wrapped.txt": e(
        YUAN_INT, unit="元", note="元 integers on a line below a wrapped name"
    ),
    "p28_percent_fullwidth.txt": e(THIS_YEAR, ignore=COMPARISON, note="增减% '８．０％', '－15.0％'"),
    "p29_summary_yuan_integers.txt": e(
        SUMMARY_YUAN, table="income_expenditure_summary", unit="元", note="行次 beside 元 integers, 36 元"
    ),
    "p30_percent_spaced.txt": e(THIS_YEAR, ignore=COMPARISON, note="增减% printed '8.0 %' (space before %)"),
}
