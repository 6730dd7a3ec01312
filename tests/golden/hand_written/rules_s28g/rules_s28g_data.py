"""Expected readings of the rules_s28g inputs (the tables after the main ones: 收入决算表, the 政府性基金 fund's
收入支出决算表 and its budget twin 政府性基金预算支出表, the 国有资本经营 tables, often empty), typed by hand from
the documents as printed (gen.py draws them; the plain texts are typed there), never from the parser.

Format as rules_s28a_data.py (../review_check.py reads it): per input a note (what it attacks), kind,
tables=[dict(table, unit, rows=[(code, name, {column: value as printed})])], only_tables. A coded row's name is
its whole printed name. Blank cells have no expectation (a figure read there is SPURIOUS); 行次 and 栏次 numbers
are no figures. An empty table is expected with no rows (it must be there, and nothing read from it).

Conventions of this round (as rules_s28b):
- A value ending in "?" is a cell printing '-' or 0.00: loading it as zero or not at all is fine.
- A column key "a|b" names no column: the row's figure fits either (both placements satisfy every identity of
  the table), so the reader must say so (SAID); a figure loaded under either column is WRONG (column). Where a
  row has such a figure, its sure figures come first in its dict (so the check takes them first).

Column keys (the parser's vocabulary):
- 收入决算表 (income_by_function): total | fiscal_appropriation | upper_grant | business | operating_income |
  affiliated_remit | other_income.
- fund 收入支出决算表 (government_fund): carryover_begin | income | total (本年支出 小计) | basic | project |
  carryover_end.
- 政府性基金预算支出表 / 国有资本经营 tables (government_fund / state_capital): total | basic | project.
- 收入支出决算总表 (income_expenditure_summary): income | expenditure.

_identities() below re-adds every table's figures (row identities, 类 = Σ 款 = Σ 项, 合计 = Σ 类), so a typo
here fails at import."""

from decimal import Decimal as D

INC, GF, SC, IES = "income_by_function", "government_fund", "state_capital", "income_expenditure_summary"
T, FA, UG, BUS, OPI, AR, OI = (
    "total",
    "fiscal_appropriation",
    "upper_grant",
    "business",
    "operating_income",
    "affiliated_remit",
    "other_income",
)
CB, IN, B, P, CE = "carryover_begin", "income", "basic", "project", "carryover_end"
INCOME_COLS = (T, FA, UG, BUS, OPI, AR, OI)
FLOW_COLS = (CB, IN, T, B, P, CE)
PART_COLS = (T, B, P)


def row(code, name, keys, *values):
    """A row of figures in the columns' order; None = blank (no expectation)."""
    return (code, name, {k: v for k, v in zip(keys, values) if v is not None})


def total(keys, *values):
    return row(None, "合计", keys, *values)


def doc(note, kind, tables, only=None):
    return dict(
        note=note,
        kind=kind,
        tables=[dict(table=t, unit=u, rows=r) for t, u, r in tables],
        only_tables=only if only is not None else [t for t, _u, _r in tables],
    )


def inc(code, name, *values):
    return row(code, name, INCOME_COLS, *values)


def flow(code, name, *values):
    return row(code, name, FLOW_COLS, *values)


def part(code, name, *values):
    return row(code, name, PART_COLS, *values)


N = None

EXPECTED = {
    "g01_control_layout_fund_flow.layout.txt": doc(
        "control: layout 政府性基金预算财政拨款收入支出决算表, national form (本年支出 over 小计 | 基本支出 | "
        "项目支出, 栏次 1-6), one code column, 合计 first, blank cells empty",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    row(None, "合计", FLOW_COLS, "165.00", "4823.50", "4891.70", N, "4891.70", "96.80"),
                    flow("212", "城乡社区支出", "165.00", "4795.50", "4863.70", N, "4863.70", "96.80"),
                    flow(
                        "21208",
                        "国有土地使用权出让收入安排的支出",
                        "120.00",
                        "4415.50",
                        "4438.70",
                        N,
                        "4438.70",
                        "96.80",
                    ),
                    flow("2120801", "征地和拆迁补偿支出", N, "1860.00", "1860.00", N, "1860.00", N),
                    flow("2120803", "城市建设支出", "120.00", "2340.50", "2398.70", N, "2398.70", "61.80"),
                    flow(
                        "2120899",
                        "其他国有土地使用权出让收入安排的支出",
                        N,
                        "215.00",
                        "180.00",
                        N,
                        "180.00",
                        "35.00",
                    ),
                    flow(
                        "21213", "城市基础设施配套费安排的支出", "45.00", "380.00", "425.00", N, "425.00", N
                    ),
                    flow("2121301", "城市公共设施", "45.00", "380.00", "425.00", N, "425.00", N),
                    flow("229", "其他支出", N, "28.00", "28.00", N, "28.00", N),
                    flow("22960", "彩票公益金安排的支出", N, "28.00", "28.00", N, "28.00", N),
                    flow("2296002", "用于社会福利的彩票公益金支出", N, "28.00", "28.00", N, "28.00", N),
                ],
            )
        ],
    ),
    "g02_control_pdf_grid_income.pdf": doc(
        "control: PDF ruled grid 收入决算表 (本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | "
        "附属单位上缴收入 | 其他收入), header cells wrapped in their boxes, 合计 first, most source cells blank",
        "final_account",
        [
            (
                INC,
                "万元",
                [
                    total(INCOME_COLS, "3286.45", "3103.05", "60.00", "85.40", N, N, "38.00"),
                    inc("208", "社会保障和就业支出", "312.60", "312.60"),
                    inc("20805", "行政事业单位养老支出", "312.60", "312.60"),
                    inc("2080505", "机关事业单位基本养老保险缴费支出", "208.40", "208.40"),
                    inc("2080506", "机关事业单位职业年金缴费支出", "104.20", "104.20"),
                    inc("210", "卫生健康支出", "96.35", "96.35"),
                    inc("21011", "行政事业单位医疗", "96.35", "96.35"),
                    inc("2101101", "行政单位医疗", "58.10", "58.10"),
                    inc("2101102", "事业单位医疗", "38.25", "38.25"),
                    inc("212", "城乡社区支出", "2744.30", "2560.90", "60.00", "85.40", N, N, "38.00"),
                    inc("21201", "城乡社区管理事务", "1904.30", "1720.90", "60.00", "85.40", N, N, "38.00"),
                    inc("2120101", "行政运行", "1126.50", "1126.50"),
                    inc("2120104", "城管执法", "655.80", "532.40", "60.00", "63.40"),
                    inc("2120199", "其他城乡社区管理事务", "122.00", "62.00", N, "22.00", N, N, "38.00"),
                    inc("21205", "城乡社区环境卫生", "840.00", "840.00"),
                    inc("2120501", "城乡社区环境卫生", "840.00", "840.00"),
                    inc("221", "住房保障支出", "133.20", "133.20"),
                    inc("22102", "住房改革支出", "133.20", "133.20"),
                    inc("2210201", "住房公积金", "133.20", "133.20"),
                ],
            )
        ],
    ),
    "g03_control_plain_budget_fund_zeros.txt": doc(
        "control: plain-text budget 政府性基金预算支出表 (本年政府性基金预算支出 over 合计 | 基本支出 | 项目支出), "
        "every cell printed (0.00 under 基本支出), 合计 first",
        "budget",
        [
            (
                GF,
                "万元",
                [
                    total(PART_COLS, "2630.00", "0.00?", "2630.00"),
                    part("212", "城乡社区支出", "2600.00", "0.00?", "2600.00"),
                    part("21208", "国有土地使用权出让收入安排的支出", "2200.00", "0.00?", "2200.00"),
                    part("2120801", "征地和拆迁补偿支出", "1500.00", "0.00?", "1500.00"),
                    part("2120803", "城市建设支出", "700.00", "0.00?", "700.00"),
                    part("21213", "城市基础设施配套费安排的支出", "400.00", "0.00?", "400.00"),
                    part("2121301", "城市公共设施", "400.00", "0.00?", "400.00"),
                    part("229", "其他支出", "30.00", "0.00?", "30.00"),
                    part("22960", "彩票公益金安排的支出", "30.00", "0.00?", "30.00"),
                    part("2296002", "用于社会福利的彩票公益金支出", "30.00", "0.00?", "30.00"),
                ],
            )
        ],
    ),
    "g04_layout_income_split_codes_total_last.layout.txt": doc(
        "layout 收入决算表, code in 类 | 款 | 项 columns (every row its whole code in parts: '212 01 06'), header "
        "cells wrapped ('本年收入'/'合计', '附属单位'/'上缴收入') beside one-line ones, 2120106 with all five "
        "non-fiscal sources and a blank 财政拨款 cell, 合计 last",
        "final_account",
        [
            (
                INC,
                "万元",
                [
                    inc("208", "社会保障和就业支出", "186.30", "186.30"),
                    inc("20805", "行政事业单位养老支出", "186.30", "186.30"),
                    inc("2080505", "机关事业单位基本养老保险缴费支出", "124.20", "124.20"),
                    inc("2080506", "机关事业单位职业年金缴费支出", "62.10", "62.10"),
                    inc("210", "卫生健康支出", "54.80", "54.80"),
                    inc("21011", "行政事业单位医疗", "54.80", "54.80"),
                    inc("2101101", "行政单位医疗", "54.80", "54.80"),
                    inc(
                        "212",
                        "城乡社区支出",
                        "1672.45",
                        "1402.45",
                        "150.00",
                        "96.00",
                        "12.00",
                        "8.00",
                        "4.00",
                    ),
                    inc(
                        "21201",
                        "城乡社区管理事务",
                        "1012.45",
                        "742.45",
                        "150.00",
                        "96.00",
                        "12.00",
                        "8.00",
                        "4.00",
                    ),
                    inc("2120101", "行政运行", "742.45", "742.45"),
                    inc("2120106", "工程建设管理", "270.00", N, "150.00", "96.00", "12.00", "8.00", "4.00"),
                    inc("21203", "城乡社区公共设施", "660.00", "660.00"),
                    inc("2120399", "其他城乡社区公共设施支出", "660.00", "660.00"),
                    inc("221", "住房保障支出", "98.60", "98.60"),
                    inc("22102", "住房改革支出", "98.60", "98.60"),
                    inc("2210201", "住房公积金", "98.60", "98.60"),
                    total(INCOME_COLS, "2012.15", "1742.15", "150.00", "96.00", "12.00", "8.00", "4.00"),
                ],
            )
        ],
    ),
    "g05_plain_income_blanks_pinned_by_summary.txt": doc(
        "plain text, blanks dropped: 收入支出决算总表 (items, no 行次) pins the 收入决算表's 合计 (1,586.40 财政拨款, "
        "36.50 事业, 12.00 其他); the column sums place every row but 2101101 / 2101102 (36.50 36.50 each: "
        "财政拨款 and 事业收入 either way round under 21011's 36.50 + 36.50: said)",
        "final_account",
        [
            (
                IES,
                "万元",
                [
                    (None, "一、一般公共预算财政拨款收入", {"income": "1586.40"}),
                    (None, "五、事业收入", {"income": "36.50"}),
                    (None, "八、其他收入", {"income": "12.00"}),
                    (None, "本年收入合计", {"income": "1634.90"}),
                    (None, "年初结转和结余", {"income": "24.60"}),
                    (None, "总计", {"income": "1659.50"}),
                    (None, "八、社会保障和就业支出", {"expenditure": "168.40"}),
                    (None, "九、卫生健康支出", {"expenditure": "73.00"}),
                    (None, "十一、城乡社区支出", {"expenditure": "1301.60"}),
                    (None, "十九、住房保障支出", {"expenditure": "97.40"}),
                    (None, "本年支出合计", {"expenditure": "1640.40"}),
                    (None, "年末结转和结余", {"expenditure": "19.10"}),
                    (None, "总计", {"expenditure": "1659.50"}),
                ],
            ),
            (
                INC,
                "万元",
                [
                    total(INCOME_COLS, "1634.90", "1586.40", N, "36.50", N, N, "12.00"),
                    inc("208", "社会保障和就业支出", "168.40", "168.40"),
                    inc("20805", "行政事业单位养老支出", "168.40", "168.40"),
                    inc("2080505", "机关事业单位基本养老保险缴费支出", "112.30", "112.30"),
                    inc("2080506", "机关事业单位职业年金缴费支出", "56.10", "56.10"),
                    inc("210", "卫生健康支出", "73.00", "36.50", N, "36.50"),
                    inc("21011", "行政事业单位医疗", "73.00", "36.50", N, "36.50"),
                    ("2101101", "行政单位医疗", {T: "36.50", f"{FA}|{BUS}": "36.50"}),
                    ("2101102", "事业单位医疗", {T: "36.50", f"{FA}|{BUS}": "36.50"}),
                    inc("212", "城乡社区支出", "1296.10", "1284.10", N, N, N, N, "12.00"),
                    inc("21201", "城乡社区管理事务", "1296.10", "1284.10", N, N, N, N, "12.00"),
                    inc("2120101", "行政运行", "865.30", "865.30"),
                    inc("2120199", "其他城乡社区管理事务", "430.80", "418.80", N, N, N, N, "12.00"),
                    inc("221", "住房保障支出", "97.40", "97.40"),
                    inc("22102", "住房改革支出", "97.40", "97.40"),
                    inc("2210201", "住房公积金", "97.40", "97.40"),
                ],
            ),
        ],
    ),
    "g06_plain_fund_flow_blanks_zero_total_first.txt": doc(
        "plain-text fund 收入支出决算表, blanks dropped, 合计 first printing all six (0.00 under 基本支出: every "
        "row's 本年支出 is 项目支出; its 年初 100.00 = 212's 85.00 + 229's 15.00); 2296002 (carried over, spent) and "
        "2296003 (received, spent) both print 15.00 15.00 15.00: which is 年初 and which 本年收入 is open (said), "
        "their 小计 / 项目支出 15.00 sure either way",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    row(None, "合计", FLOW_COLS, "100.00", "3105.00", "3150.00", "0.00?", "3150.00", "55.00"),
                    flow("212", "城乡社区支出", "85.00", "3090.00", "3120.00", N, "3120.00", "55.00"),
                    flow(
                        "21208",
                        "国有土地使用权出让收入安排的支出",
                        "85.00",
                        "2690.00",
                        "2720.00",
                        N,
                        "2720.00",
                        "55.00",
                    ),
                    flow("2120801", "征地和拆迁补偿支出", N, "1650.00", "1650.00", N, "1650.00", N),
                    flow("2120803", "城市建设支出", "85.00", "1040.00", "1070.00", N, "1070.00", "55.00"),
                    flow("21213", "城市基础设施配套费安排的支出", N, "400.00", "400.00", N, "400.00", N),
                    flow("2121301", "城市公共设施", N, "400.00", "400.00", N, "400.00", N),
                    flow("229", "其他支出", "15.00", "15.00", "30.00", N, "30.00", N),
                    flow("22960", "彩票公益金安排的支出", "15.00", "15.00", "30.00", N, "30.00", N),
                    (
                        "2296002",
                        "用于社会福利的彩票公益金支出",
                        {T: "15.00", P: "15.00", f"{CB}|{IN}": "15.00"},
                    ),
                    (
                        "2296003",
                        "用于体育事业的彩票公益金支出",
                        {T: "15.00", P: "15.00", f"{CB}|{IN}": "15.00"},
                    ),
                ],
            )
        ],
    ),
    "g07_plain_fund_flow_total_last_pins.txt": doc(
        "plain-text fund 收入支出决算表, blanks dropped, 合计 last: only the 合计 row (0.00 under 基本支出; its 年初 "
        "60.00 all 212's) places every 本年支出 under 项目支出 and 229's 20.00 20.00 20.00 as 本年收入 / 小计 / 项目支出",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    flow("212", "城乡社区支出", "60.00", "1460.00", "1480.00", N, "1480.00", "40.00"),
                    flow(
                        "21208",
                        "国有土地使用权出让收入安排的支出",
                        "60.00",
                        "1460.00",
                        "1480.00",
                        N,
                        "1480.00",
                        "40.00",
                    ),
                    flow("2120802", "土地开发支出", "60.00", "900.00", "920.00", N, "920.00", "40.00"),
                    flow("2120804", "农村基础设施建设支出", N, "560.00", "560.00", N, "560.00", N),
                    flow("229", "其他支出", N, "20.00", "20.00", N, "20.00", N),
                    flow("22960", "彩票公益金安排的支出", N, "20.00", "20.00", N, "20.00", N),
                    flow("2296004", "用于教育事业的彩票公益金支出", N, "20.00", "20.00", N, "20.00", N),
                    row(None, "合计", FLOW_COLS, "60.00", "1480.00", "1500.00", "0.00?", "1500.00", "40.00"),
                ],
            )
        ],
    ),
    "g08_layout_fund_flow_split_codes_dash_zero.layout.txt": doc(
        "layout fund 收入支出决算表, code in 类 | 款 | 项 columns ('212 08 03'), header on four lines (年初结转 / "
        "和结余 wrapped, 本年支出 over 小计 | 基本支出 | 项目支出, 类 款 项, 栏次 1-6): '-' in the empty cells of 合计 "
        "and 类 rows, 0.00 in two 项 rows' 年末, blank elsewhere",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    row(None, "合计", FLOW_COLS, "210.00", "5680.00", "5752.40", "0?", "5752.40", "137.60"),
                    flow("212", "城乡社区支出", "210.00", "5650.00", "5722.40", "0?", "5722.40", "137.60"),
                    flow(
                        "21208",
                        "国有土地使用权出让收入安排的支出",
                        "150.00",
                        "4900.00",
                        "4977.40",
                        N,
                        "4977.40",
                        "72.60",
                    ),
                    flow("2120801", "征地和拆迁补偿支出", N, "3200.00", "3200.00", N, "3200.00", "0.00?"),
                    flow("2120803", "城市建设支出", "150.00", "1450.00", "1527.40", N, "1527.40", "72.60"),
                    flow(
                        "2120899",
                        "其他国有土地使用权出让收入安排的支出",
                        N,
                        "250.00",
                        "250.00",
                        N,
                        "250.00",
                        "0.00?",
                    ),
                    flow("21214", "污水处理费安排的支出", "60.00", "750.00", "745.00", N, "745.00", "65.00"),
                    flow(
                        "2121401", "污水处理设施建设和运营", "60.00", "750.00", "745.00", N, "745.00", "65.00"
                    ),
                    flow("229", "其他支出", "0?", "30.00", "30.00", "0?", "30.00", "0?"),
                    flow("22960", "彩票公益金安排的支出", N, "30.00", "30.00", N, "30.00", N),
                    flow("2296006", "用于残疾人事业的彩票公益金支出", N, "30.00", "30.00", N, "30.00", N),
                ],
            )
        ],
    ),
    "g09_pdf_unruled_fund_flow_two_pages.pdf": doc(
        "unruled PDF fund 收入支出决算表 over two pages: page 1 ends inside 21208 (after 2120802), page 2 opens "
        "'续表7', the unit line and the three header lines again; 2121001 has the name of 2120801",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    row(None, "合计", FLOW_COLS, "48.50", "2365.00", "2301.30", N, "2301.30", "112.20"),
                    flow("212", "城乡社区支出", "48.50", "2365.00", "2301.30", N, "2301.30", "112.20"),
                    flow(
                        "21208",
                        "国有土地使用权出让收入安排的支出",
                        "48.50",
                        "1985.00",
                        "1941.30",
                        N,
                        "1941.30",
                        "92.20",
                    ),
                    flow("2120801", "征地和拆迁补偿支出", N, "1200.00", "1180.00", N, "1180.00", "20.00"),
                    flow("2120802", "土地开发支出", "48.50", "560.00", "546.30", N, "546.30", "62.20"),
                    flow(
                        "2120899",
                        "其他国有土地使用权出让收入安排的支出",
                        N,
                        "225.00",
                        "215.00",
                        N,
                        "215.00",
                        "10.00",
                    ),
                    flow("21210", "国有土地收益基金安排的支出", N, "380.00", "360.00", N, "360.00", "20.00"),
                    flow("2121001", "征地和拆迁补偿支出", N, "380.00", "360.00", N, "360.00", "20.00"),
                ],
            )
        ],
    ),
    "g10_layout_fund_empty_words_then_state_capital.layout.txt": doc(
        "layout: the fund 收入支出决算表 empty, '本表无数据' centred under its header (its note below), then on the "
        "next page 国有资本经营预算财政拨款支出决算表 (本年支出 合计 | 基本支出 | 项目支出) with 223's figures",
        "final_account",
        [
            (GF, "万元", []),
            (
                SC,
                "万元",
                [
                    total(PART_COLS, "86.40", N, "86.40"),
                    part("223", "国有资本经营预算支出", "86.40", N, "86.40"),
                    part("22301", "解决历史遗留问题及改革成本支出", "86.40", N, "86.40"),
                    part("2230105", "国有企业退休人员社会化管理补助支出", "86.40", N, "86.40"),
                ],
            ),
        ],
    ),
    "g11_pdf_grid_state_capital_zero_total_only.pdf": doc(
        "ruled PDF 国有资本经营预算财政拨款支出决算表 that is empty: only its 合计 row, 0.00 in each column, three "
        "blank ruled rows under it, and a note with the year (注：本单位2024年度无…，故本表为空。)",
        "final_account",
        [(SC, "万元", [total(PART_COLS, "0.00?", "0.00?", "0.00?")])],
    ),
    "g12_layout_budget_fund_two_pages_total_last.layout.txt": doc(
        "layout budget 政府性基金预算支出表 over two pages (page 1 ends after 2120802, page 2 opens '续表7', the unit "
        "and the header again), the wide group label 本年政府性基金预算支出 centred over 合计 | 基本支出 | 项目支出: "
        "figures of 6 characters or fewer (420.00, 80.00 …, all on page 2) right-aligned in the 合计 column stand "
        "under the group label's left end, not under '合计'; 基本支出 blank throughout, 合计 last",
        "budget",
        [
            (
                GF,
                "万元",
                [
                    part("212", "城乡社区支出", "3450.00", N, "3450.00"),
                    part("21208", "国有土地使用权出让收入安排的支出", "2950.00", N, "2950.00"),
                    part("2120801", "征地和拆迁补偿支出", "1800.00", N, "1800.00"),
                    part("2120802", "土地开发支出", "650.00", N, "650.00"),
                    part("2120803", "城市建设支出", "420.00", N, "420.00"),
                    part("2120899", "其他国有土地使用权出让收入安排的支出", "80.00", N, "80.00"),
                    part("21213", "城市基础设施配套费安排的支出", "500.00", N, "500.00"),
                    part("2121301", "城市公共设施", "320.00", N, "320.00"),
                    part("2121399", "其他城市基础设施配套费安排的支出", "180.00", N, "180.00"),
                    part("229", "其他支出", "45.00", N, "45.00"),
                    part("22960", "彩票公益金安排的支出", "45.00", N, "45.00"),
                    part("2296002", "用于社会福利的彩票公益金支出", "25.00", N, "25.00"),
                    part("2296013", "用于城乡医疗救助的彩票公益金支出", "20.00", N, "20.00"),
                    total(PART_COLS, "3495.00", N, "3495.00"),
                ],
            )
        ],
    ),
    "g13_pdf_hrules_budget_fund_split_codes_yuan.pdf": doc(
        "PDF with horizontal rules only, budget 政府性基金预算支出表 in 元 (thousands separators): code in 类 | 款 | "
        "项 columns, whole code in parts on every row ('212 14 99'), 政府性基金预算支出 over 合计 | 基本支出 | "
        "项目支出, 合计 first",
        "budget",
        [
            (
                GF,
                "元",
                [
                    total(PART_COLS, "1862500.00", N, "1862500.00"),
                    part("212", "城乡社区支出", "1812500.00", N, "1812500.00"),
                    part("21213", "城市基础设施配套费安排的支出", "1200000.00", N, "1200000.00"),
                    part("2121301", "城市公共设施", "1200000.00", N, "1200000.00"),
                    part("21214", "污水处理费安排的支出", "612500.00", N, "612500.00"),
                    part("2121401", "污水处理设施建设和运营", "450000.00", N, "450000.00"),
                    part("2121499", "其他污水处理费安排的支出", "162500.00", N, "162500.00"),
                    part("229", "其他支出", "50000.00", N, "50000.00"),
                    part("22960", "彩票公益金安排的支出", "50000.00", N, "50000.00"),
                    part("2296002", "用于社会福利的彩票公益金支出", "50000.00", N, "50000.00"),
                ],
            )
        ],
    ),
    "g14_plain_budget_fund_zero_pins_then_state_capital_words.txt": doc(
        "plain-text budget: 政府性基金预算支出表 with blanks dropped (each row 'x x') under a 合计 printing 0.00 as "
        "基本支出, which makes every row's second figure 项目支出; then 国有资本经营预算支出表, its header and one "
        "sentence with the year (本单位2025年无国有资本经营预算安排的支出，故本表为空。)",
        "budget",
        [
            (
                GF,
                "万元",
                [
                    total(PART_COLS, "1280.00", "0.00?", "1280.00"),
                    part("212", "城乡社区支出", "1250.00", N, "1250.00"),
                    part("21208", "国有土地使用权出让收入安排的支出", "1250.00", N, "1250.00"),
                    part("2120803", "城市建设支出", "900.00", N, "900.00"),
                    part("2120804", "农村基础设施建设支出", "350.00", N, "350.00"),
                    part("229", "其他支出", "30.00", N, "30.00"),
                    part("22960", "彩票公益金安排的支出", "30.00", N, "30.00"),
                    part("2296002", "用于社会福利的彩票公益金支出", "30.00", N, "30.00"),
                ],
            ),
            (SC, "万元", []),
        ],
    ),
    "g15_layout_income_two_pages_dashes.layout.txt": doc(
        "layout 收入决算表 over two pages: '-' in every empty cell of the code rows, 0.00 in the 合计 row's empty "
        "columns; page 1 ends after 2120104 (inside 212), page 2 opens '续表2', the unit and the header again; the "
        "form number 公开02表 right-aligned to the table's edge, over the last column (其他收入)",
        "final_account",
        [
            (
                INC,
                "万元",
                [
                    total(INCOME_COLS, "2458.72", "2316.52", "0.00?", "120.00", "0.00?", "0.00?", "22.20"),
                    inc("208", "社会保障和就业支出", "205.36", "205.36", "0?", "0?", "0?", "0?", "0?"),
                    inc("20805", "行政事业单位养老支出", "205.36", "205.36", "0?", "0?", "0?", "0?", "0?"),
                    inc("2080501", "行政单位离退休", "18.40", "18.40", "0?", "0?", "0?", "0?", "0?"),
                    inc(
                        "2080505",
                        "机关事业单位基本养老保险缴费支出",
                        "124.64",
                        "124.64",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                    ),
                    inc(
                        "2080506",
                        "机关事业单位职业年金缴费支出",
                        "62.32",
                        "62.32",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                    ),
                    inc("210", "卫生健康支出", "68.50", "68.50", "0?", "0?", "0?", "0?", "0?"),
                    inc("21011", "行政事业单位医疗", "68.50", "68.50", "0?", "0?", "0?", "0?", "0?"),
                    inc("2101101", "行政单位医疗", "45.20", "45.20", "0?", "0?", "0?", "0?", "0?"),
                    inc("2101102", "事业单位医疗", "23.30", "23.30", "0?", "0?", "0?", "0?", "0?"),
                    inc("212", "城乡社区支出", "2069.46", "1927.26", "0?", "120.00", "0?", "0?", "22.20"),
                    inc(
                        "21201", "城乡社区管理事务", "1389.46", "1247.26", "0?", "120.00", "0?", "0?", "22.20"
                    ),
                    inc("2120101", "行政运行", "986.26", "986.26", "0?", "0?", "0?", "0?", "0?"),
                    inc("2120104", "城管执法", "403.20", "261.00", "0?", "120.00", "0?", "0?", "22.20"),
                    inc("21203", "城乡社区公共设施", "680.00", "680.00", "0?", "0?", "0?", "0?", "0?"),
                    inc(
                        "2120399",
                        "其他城乡社区公共设施支出",
                        "680.00",
                        "680.00",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                        "0?",
                    ),
                    inc("221", "住房保障支出", "115.40", "115.40", "0?", "0?", "0?", "0?", "0?"),
                    inc("22102", "住房改革支出", "115.40", "115.40", "0?", "0?", "0?", "0?", "0?"),
                    inc("2210201", "住房公积金", "82.60", "82.60", "0?", "0?", "0?", "0?", "0?"),
                    inc("2210203", "购房补贴", "32.80", "32.80", "0?", "0?", "0?", "0?", "0?"),
                ],
            )
        ],
    ),
    "g16_pdf_grid_fund_flow_basic_wrapped_names.pdf": doc(
        "ruled PDF fund 收入支出决算表 with a 基本支出 figure (2136699: 38.60 of its 138.60) and names wrapped in a "
        "12-character name cell, rows centred (codes and figures on the middle of two name lines), 合计 first",
        "final_account",
        [
            (
                GF,
                "万元",
                [
                    row(
                        None, "合计", FLOW_COLS, "126.00", "1940.00", "1958.60", "38.60", "1920.00", "107.40"
                    ),
                    flow("208", "社会保障和就业支出", "36.00", "1380.00", "1390.00", N, "1390.00", "26.00"),
                    flow(
                        "20822",
                        "大中型水库移民后期扶持基金支出",
                        "36.00",
                        "1380.00",
                        "1390.00",
                        N,
                        "1390.00",
                        "26.00",
                    ),
                    flow("2082201", "移民补助", N, "1150.00", "1150.00", N, "1150.00", N),
                    flow(
                        "2082202", "基础设施建设和经济发展", "36.00", "230.00", "240.00", N, "240.00", "26.00"
                    ),
                    flow("213", "农林水支出", "90.00", "560.00", "568.60", "38.60", "530.00", "81.40"),
                    flow(
                        "21366",
                        "大中型水库库区基金安排的支出",
                        "90.00",
                        "560.00",
                        "568.60",
                        "38.60",
                        "530.00",
                        "81.40",
                    ),
                    flow(
                        "2136601", "基础设施建设和经济发展", "90.00", "420.00", "430.00", N, "430.00", "80.00"
                    ),
                    flow(
                        "2136699",
                        "其他大中型水库库区基金支出",
                        N,
                        "140.00",
                        "138.60",
                        "38.60",
                        "100.00",
                        "1.40",
                    ),
                ],
            )
        ],
    ),
}

# The true column of each figure a "a|b" key leaves open (for _identities only; the reader cannot know it).
TRUTH = {
    ("g05", "2101101"): FA,
    ("g05", "2101102"): BUS,
    ("g06", "2296002"): CB,
    ("g06", "2296003"): IN,
}


def _identities():
    """My own check of the typed figures: row identities, parent = Σ children per column, 合计 = Σ 类."""

    def v(text):
        return D(text.rstrip("?")) if text else D(0)

    for name, exp_ in EXPECTED.items():
        for spec in exp_["tables"]:
            rows = spec["rows"]
            if not rows or spec["table"] == IES:
                continue
            table = {}
            for code, rname, cols in rows:
                resolved = {}
                for k, x in cols.items():
                    if "|" in k:
                        k = TRUTH[(name[:3], code)]
                    resolved[k] = v(x)
                table[code or "合计"] = resolved
            keys = sorted({k for r in table.values() for k in r})
            get = lambda r, k: r.get(k, D(0))  # noqa: E731
            for code, r in table.items():
                if CB in keys:  # a flow
                    assert get(r, CB) + get(r, IN) - get(r, T) == get(r, CE), (name, code)
                    assert get(r, B) + get(r, P) == get(r, T), (name, code)
                elif B in keys or P in keys:
                    assert get(r, B) + get(r, P) == get(r, T), (name, code)
                else:
                    assert sum(get(r, k) for k in INCOME_COLS[1:]) == get(r, T), (name, code)
            for code, r in table.items():
                kids = (
                    [c for c in table if c != "合计" and len(c) == 3]
                    if code == "合计"
                    else [c for c in table if c != code and c.startswith(code) and len(c) == len(code) + 2]
                )
                if not kids:
                    continue
                for k in keys:
                    assert sum(get(table[c], k) for c in kids) == get(r, k), (name, code, k)
        if name.startswith("g05"):
            s = {n: v(c.get("income") or c.get("expenditure")) for _c, n, c in exp_["tables"][0]["rows"]}
            assert (
                s["一、一般公共预算财政拨款收入"] + s["五、事业收入"] + s["八、其他收入"] == s["本年收入合计"]
            )
            assert s["本年收入合计"] + s["年初结转和结余"] == s["总计"]
            exp_rows = [c["expenditure"] for _c, n, c in exp_["tables"][0]["rows"] if "expenditure" in c]
            assert sum(map(v, exp_rows[:4])) == v(exp_rows[4]) and v(exp_rows[4]) + v(exp_rows[5]) == v(
                exp_rows[6]
            )


_identities()
