"""What the warehouse must show for the nine reports of rules_s29a, typed by hand from the documents
(amounts in 元; 万元 figures of a narrative times 10,000; rates as fractions, 6 decimals).

The rule under review: within one final account, the execution claims are checked against the table of the
money the narrative names (一般公共预算财政拨款支出 -> general_budget, 财政拨款支出 -> fiscal, 本年支出 / 支出合计
-> all_sources), and the restated 年初预算 against the budget report's figure of the same money. The
expectations below are what a demanding analyst reads off the documents, not what that rule's fallbacks give:

  p2 names 财政拨款支出 and prints no 财政拨款支出决算表, but its 财政拨款收入支出决算表 prints 财政拨款 by 类 and in
     total (合计 column), and its 一般公共预算 + 政府性基金 tables add up to it by code: the actuals are those,
     never the 支出决算表's (which holds 事业收入). Its budget report p1 prints no 财政拨款支出表 by function,
     but its 财政拨款收支总体情况表 prints the 财政拨款 budget by 类 and in total: the restated 年初预算 is that.
  q2's 一般公共预算财政拨款支出决算表 is printed in two phases (年初预算数 | 决算数 小计 基本支出 项目支出); the same
     一般公共预算 actuals by 类 and in total are printed in its 财政拨款收入支出决算总表 (一般公共预算财政拨款 column).
  r1 restates 一般公共预算 类 without their whole, and its 政府性基金 section states the 政府性基金 whole: the 类
     are 一般公共预算 money (general_budget), the 政府性基金 whole is no whole of them.
  r3 states two wholes: 本年支出 (all sources, 三、支出决算情况说明) and 一般公共预算财政拨款支出 (五、…具体情况)
     with its 类: the 类 and the 一般公共预算 whole are general_budget money.

Units: P 北京市丰台区文化和旅游局, Q 岳阳市农业科学研究所, R 常州市武进区城市管理局, S 武汉市江岸区疾病预防控制中心.
"""

P, Q, R, S = (
    "北京市丰台区文化和旅游局",
    "岳阳市农业科学研究所",
    "常州市武进区城市管理局",
    "武汉市江岸区疾病预防控制中心",
)
P1, P2, P3 = (
    "p1_fengtai_wenlv_2022_budget.txt",
    "p2_fengtai_wenlv_2022_final.txt",
    "p3_fengtai_wenlv_2023_final.txt",
)
Q1, Q2 = "q1_yueyang_nks_2024_budget.txt", "q2_yueyang_nks_2024_final.txt"
R1, R2, R3 = "r1_wujin_cgj_2021_final.txt", "r2_wujin_cgj_2022_budget.txt", "r3_wujin_cgj_2022_final.txt"
S1 = "s1_jiangan_cdc_2023_final.txt"
W, X = "within_final_account", "across_documents"
GB, FI, ALL = "general_budget", "fiscal", "all_sources"


def sangong(unit, year, rows):
    """rows: (item, budget, actual, rate, stated) for the six 三公 items of a final account's table."""
    return [(unit, year, W, "sangong", item, None, b, a, r, s) for item, b, a, r, s in rows]


# (unit, year, basis, item_kind, item, fund_basis, budget, actual, rate, stated)
EXECUTION = [
    # ---- P 2022, within p2: 财政拨款 named; 年初预算 as restated (万元), actual = 财政拨款 (财政拨款收入支出决算表 合计)
    (P, 2022, W, "total", "total", FI, 27218000, 28124286.57, 1.033297, 1.0333),
    (P, 2022, W, "functional_class", "207", FI, 21889300, 22756036.57, 1.039596, 1.0396),
    (P, 2022, W, "functional_class", "208", FI, 2138400, 2172480, 1.015937, 1.0159),
    (P, 2022, W, "functional_class", "210", FI, 901800, 913130, 1.012564, 1.0125),
    (P, 2022, W, "functional_class", "221", FI, 1688500, 1702640, 1.008374, 1.0084),
    (P, 2022, W, "functional_class", "229", FI, 600000, 580000, 0.966667, 0.9667),
    *sangong(
        P,
        2022,
        [
            ("total", 98000, 87900, 0.896939, 0.8969),
            ("outbound", 0, 0, None, None),
            ("vehicle", 86000, 79360, 0.922791, None),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 86000, 79360, 0.922791, None),
            ("reception", 12000, 8540, 0.711667, None),
        ],
    ),
    # ---- P 2022, p1 against p2 (all sources, main tables)
    (P, 2022, X, "total", "total", ALL, 27987970.24, 28922986.57, 1.033408, None),
    (P, 2022, X, "functional_class", "207", ALL, 22659250.24, 23554736.57, 1.039520, None),
    (P, 2022, X, "functional_class", "208", ALL, 2138400, 2172480, 1.015937, None),
    (P, 2022, X, "functional_class", "210", ALL, 901800, 913130, 1.012564, None),
    (P, 2022, X, "functional_class", "221", ALL, 1688520, 1702640, 1.008362, None),
    (P, 2022, X, "functional_class", "229", ALL, 600000, 580000, 0.966667, None),
    (P, 2022, X, "functional_subject", "20701", ALL, 18359250.24, 18968736.57, 1.033198, None),
    (P, 2022, X, "functional_subject", "20709", ALL, 4300000, 4586000, 1.066512, None),
    (P, 2022, X, "functional_subject", "20805", ALL, 2138400, 2172480, 1.015937, None),
    (P, 2022, X, "functional_subject", "21011", ALL, 901800, 913130, 1.012564, None),
    (P, 2022, X, "functional_subject", "22102", ALL, 1688520, 1702640, 1.008362, None),
    (P, 2022, X, "functional_subject", "22960", ALL, 600000, 580000, 0.966667, None),
    # P 2022, general_budget: p1 l.154-174 表五 一般公共预算财政拨款支出情况表 (元, 合计 column) vs p2 l.196-227
    # 公开05表 一般公共预算财政拨款收入支出决算表 (元). p2's table is the 收入支出 form (年初结转和结余 | 本年收入 |
    # 本年支出 小计 基本支出 项目支出 | 年末结转和结余): its row total is 本年支出 小计 (the 2nd figure printed on the
    # code rows, where the blank 年初/年末 cells are left out; 本年收入 equals it on every row). 20709 and 229/22960
    # are 政府性基金 money, in neither 一般公共预算 table: no general_budget row for them.
    (P, 2022, X, "total", "total", GB, 22317970.24, 22958286.57, 1.028691, None),
    (P, 2022, X, "functional_class", "207", GB, 17589250.24, 18170036.57, 1.033019, None),
    (P, 2022, X, "functional_class", "208", GB, 2138400, 2172480, 1.015937, None),
    (P, 2022, X, "functional_class", "210", GB, 901800, 913130, 1.012564, None),
    (P, 2022, X, "functional_class", "221", GB, 1688520, 1702640, 1.008362, None),
    (P, 2022, X, "functional_subject", "20701", GB, 17589250.24, 18170036.57, 1.033019, None),
    (P, 2022, X, "functional_subject", "20805", GB, 2138400, 2172480, 1.015937, None),
    (P, 2022, X, "functional_subject", "21011", GB, 901800, 913130, 1.012564, None),
    (P, 2022, X, "functional_subject", "22102", GB, 1688520, 1702640, 1.008362, None),
    # ---- P 2023, within p3: 财政拨款 named, 财政拨款支出决算表 printed; 210's stated actual is PLANTED (91.32 vs 93.82)
    (P, 2023, W, "total", "total", FI, 27950000, 28463113.92, 1.018358, 1.0184),
    (P, 2023, W, "functional_class", "207", FI, 22500000, 22905833.92, 1.018037, 1.0180),
    (P, 2023, W, "functional_class", "208", FI, 2180000, 2223840, 1.020110, 1.0201),
    (P, 2023, W, "functional_class", "210", FI, 950000, 938160, 0.987537, 0.9876),
    (P, 2023, W, "functional_class", "221", FI, 1720000, 1745280, 1.014698, 1.0147),
    (P, 2023, W, "functional_class", "229", FI, 600000, 650000, 1.083333, 1.0833),
    (P, 2023, W, "functional_subject", "2070901", FI, 1800000, 1925000, 1.069444, 1.0694),
    *sangong(
        P,
        2023,
        [
            ("total", 98000, 90400, 0.922449, 0.9224),
            ("outbound", 0, 0, None, None),
            ("vehicle", 86000, 81240, 0.944651, None),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 86000, 81240, 0.944651, None),
            ("reception", 12000, 9160, 0.763333, None),
        ],
    ),
    # ---- Q 2024, within q2: 一般公共预算 named; 208's restated 年初预算 is PLANTED (64.23; q1 prints 61.23)
    (Q, 2024, W, "total", "total", GB, 6794900, 7235100, 1.064784, 1.0648),
    (Q, 2024, W, "functional_class", "213", GB, 5435700, 5851600, 1.076513, 1.0765),
    (Q, 2024, W, "functional_class", "208", GB, 642300, 624800, 0.972754, 0.9728),
    (Q, 2024, W, "functional_class", "210", GB, 287700, 291500, 1.013208, 1.0132),
    (Q, 2024, W, "functional_class", "221", GB, 459300, 467200, 1.017200, 1.0172),
    *sangong(
        Q,
        2024,
        [
            ("total", 63000, 56800, 0.901587, 0.9016),
            ("outbound", 0, 0, None, None),
            ("vehicle", 48000, 45600, 0.95, 0.95),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 48000, 45600, 0.95, None),
            ("reception", 15000, 11200, 0.746667, 0.7467),
        ],
    ),
    # ---- Q 2024, q1 (元) against q2 (万元), all sources: 206 (事业收入 only) included
    (Q, 2024, X, "total", "total", ALL, 7944938.02, 8421100, 1.059933, None),
    (Q, 2024, X, "functional_class", "206", ALL, 850000, 912000, 1.072941, None),
    (Q, 2024, X, "functional_class", "208", ALL, 612345.60, 624800, 1.020339, None),
    (Q, 2024, X, "functional_class", "210", ALL, 287654.88, 291500, 1.013367, None),
    (Q, 2024, X, "functional_class", "213", ALL, 5735678.34, 6125600, 1.067982, None),
    (Q, 2024, X, "functional_class", "221", ALL, 459259.20, 467200, 1.017290, None),
    (Q, 2024, X, "functional_subject", "20603", ALL, 850000, 912000, 1.072941, None),
    (Q, 2024, X, "functional_subject", "20805", ALL, 612345.60, 624800, 1.020339, None),
    (Q, 2024, X, "functional_subject", "21011", ALL, 287654.88, 291500, 1.013367, None),
    (Q, 2024, X, "functional_subject", "21301", ALL, 5735678.34, 6125600, 1.067982, None),
    (Q, 2024, X, "functional_subject", "22102", ALL, 459259.20, 467200, 1.017290, None),
    # Q 2024, general_budget: q1 l.117-133 表5 一般公共预算支出表 (元, 合计 column) vs q2 l.111-129 公开05表
    # 一般公共预算财政拨款支出决算表 (万元). q2's table has two phases (年初预算数 | 决算数 小计 基本支出 项目支出): the
    # 决算数 小计 is read (its 年初预算数 column, e.g. 合计 679.50, is not used; budget = q1's own figures). 206/20603
    # is 事业收入 only, in neither table: no general_budget row. Cross-check: q2's 财政拨款收入支出决算总表 (l.101-106,
    # 一般公共预算财政拨款 column) prints the same 类 and whole.
    (Q, 2024, X, "total", "total", GB, 6794938.02, 7235100, 1.064778, None),
    (Q, 2024, X, "functional_class", "208", GB, 612345.60, 624800, 1.020339, None),
    (Q, 2024, X, "functional_class", "210", GB, 287654.88, 291500, 1.013367, None),
    (Q, 2024, X, "functional_class", "213", GB, 5435678.34, 5851600, 1.076517, None),
    (Q, 2024, X, "functional_class", "221", GB, 459259.20, 467200, 1.017290, None),
    (Q, 2024, X, "functional_subject", "20805", GB, 612345.60, 624800, 1.020339, None),
    (Q, 2024, X, "functional_subject", "21011", GB, 287654.88, 291500, 1.013367, None),
    (Q, 2024, X, "functional_subject", "21301", GB, 5435678.34, 5851600, 1.076517, None),
    (Q, 2024, X, "functional_subject", "22102", GB, 459259.20, 467200, 1.017290, None),
    # ---- R 2021, within r1: 一般公共预算 类 (no whole of theirs stated)
    (R, 2021, W, "functional_class", "212", GB, 43800000, 44922600, 1.025630, 1.0256),
    (R, 2021, W, "functional_class", "208", GB, 2100000, 2142000, 1.02, 1.02),
    (R, 2021, W, "functional_class", "210", GB, 600000, 582600, 0.971, 0.9710),
    (R, 2021, W, "functional_class", "221", GB, 1250000, 1265400, 1.012320, 1.0123),
    *sangong(
        R,
        2021,
        [
            ("total", 450000, 409500, 0.91, 0.91),
            ("outbound", 0, 0, None, None),
            ("vehicle", 420000, 386000, 0.919048, None),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 420000, 386000, 0.919048, None),
            ("reception", 30000, 23500, 0.783333, None),
        ],
    ),
    # Added after the review, by the maintainer, read off the documents: each money a narrative states its
    # whole of is a row of its own (the key of a row includes fund_basis).
    # r1 l.226-227: 政府性基金预算财政拨款支出 年初预算 1,600.00, 决算 1,850.00 万元, 115.63%; its table (l.177)
    # prints 本年支出 1,850.00.
    (R, 2021, W, "total", "total", "government_fund", 16000000, 18500000, 1.15625, 1.1563),
    # r3 l.200: 本年支出 年初预算 7,092.00, 决算 7,466.30 万元, 105.28%; the 支出决算表 prints 7,466.30 (l.42).
    (R, 2022, W, "total", "total", ALL, 70920000, 74663000, 1.052778, 1.0528),
    # ---- R 2022, within r3: the 一般公共预算 whole and 类
    (R, 2022, W, "total", "total", GB, 50420000, 51580000, 1.023007, 1.0230),
    (R, 2022, W, "functional_class", "212", GB, 46300000, 47396500, 1.023683, 1.0237),
    (R, 2022, W, "functional_class", "208", GB, 2220000, 2251800, 1.014324, 1.0143),
    (R, 2022, W, "functional_class", "210", GB, 600000, 613800, 1.023, 1.0230),
    (R, 2022, W, "functional_class", "221", GB, 1300000, 1317900, 1.013769, 1.0138),
    *sangong(
        R,
        2022,
        [
            ("total", 430000, 416000, 0.967442, 0.9674),
            ("outbound", 0, 0, None, None),
            ("vehicle", 400000, 391200, 0.978, None),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 400000, 391200, 0.978, None),
            ("reception", 30000, 24800, 0.826667, None),
        ],
    ),
    # ---- R 2022, r2 against r3 (all sources)
    (R, 2022, X, "total", "total", ALL, 70920000, 74663000, 1.052778, None),
    (R, 2022, X, "functional_class", "212", ALL, 66800000, 70479500, 1.055082, None),
    (R, 2022, X, "functional_class", "208", ALL, 2220000, 2251800, 1.014324, None),
    (R, 2022, X, "functional_class", "210", ALL, 600000, 613800, 1.023, None),
    (R, 2022, X, "functional_class", "221", ALL, 1300000, 1317900, 1.013769, None),
    (R, 2022, X, "functional_subject", "21201", ALL, 16800000, 17140500, 1.020268, None),
    (R, 2022, X, "functional_subject", "21205", ALL, 30000000, 30739000, 1.024633, None),
    (R, 2022, X, "functional_subject", "21208", ALL, 20000000, 22600000, 1.13, None),
    (R, 2022, X, "functional_subject", "20805", ALL, 2220000, 2251800, 1.014324, None),
    (R, 2022, X, "functional_subject", "21011", ALL, 600000, 613800, 1.023, None),
    (R, 2022, X, "functional_subject", "22102", ALL, 1300000, 1317900, 1.013769, None),
    # R 2022, general_budget: r2 l.119-139 表5 一般公共预算支出表 (万元, 合计 column) vs r3 l.112-132 公开05表
    # 一般公共预算财政拨款支出决算表 (万元, 本年支出合计 column). 21208 is 政府性基金 money (r2 表8, r3 公开08表), in
    # neither 一般公共预算 table: no general_budget row; 21205 excludes the 其他收入 (50.00 budget, 48.30 actual).
    (R, 2022, X, "total", "total", GB, 50420000, 51580000, 1.023007, None),
    (R, 2022, X, "functional_class", "212", GB, 46300000, 47396500, 1.023683, None),
    (R, 2022, X, "functional_class", "208", GB, 2220000, 2251800, 1.014324, None),
    (R, 2022, X, "functional_class", "210", GB, 600000, 613800, 1.023, None),
    (R, 2022, X, "functional_class", "221", GB, 1300000, 1317900, 1.013769, None),
    (R, 2022, X, "functional_subject", "21201", GB, 16800000, 17140500, 1.020268, None),
    (R, 2022, X, "functional_subject", "21205", GB, 29500000, 30256000, 1.025627, None),
    (R, 2022, X, "functional_subject", "20805", GB, 2220000, 2251800, 1.014324, None),
    (R, 2022, X, "functional_subject", "21011", GB, 600000, 613800, 1.023, None),
    (R, 2022, X, "functional_subject", "22102", GB, 1300000, 1317900, 1.013769, None),
    # ---- S 2023, within s1: 支出合计 named (all sources)
    (S, 2023, W, "total", "total", ALL, 15000000, 15358821.27, 1.023921, 1.0239),
    (S, 2023, W, "functional_class", "210", ALL, 12800000, 13110321.27, 1.024244, 1.0242),
    (S, 2023, W, "functional_class", "208", ALL, 1450000, 1479600, 1.020414, 1.0204),
    (S, 2023, W, "functional_class", "221", ALL, 750000, 768900, 1.0252, 1.0252),
    *sangong(
        S,
        2023,
        [
            ("total", 38000, 33070, 0.870263, 0.8711),
            ("outbound", 0, 0, None, None),
            ("vehicle", 30000, 27650, 0.921667, None),
            ("vehicle_purchase", 0, 0, None, None),
            ("vehicle_operation", 30000, 27650, 0.921667, None),
            ("reception", 8000, 5420, 0.6775, None),
        ],
    ),
]

# fact_expenditure: (source_file, phase, subject_code, expenditure_type, amount, funding_source)
FACTS = [
    (P1, "budget", "2070104", "basic", 3466800, ALL),  # 304.68 一般公共预算 + 42.00 事业收入
    (P1, "budget", "2070901", "project", 1800000, ALL),  # 政府性基金
    (P2, "actual", "2070109", "project", 3366800, ALL),
    (P2, "actual", "2070904", "project", 2830000, ALL),  # 50.00 万元 of it carried over from 2021
    (P2, "budget", "207", "unspecified", 21889300, FI),  # the 财政拨款 年初预算 p2 restates, by 类
    (P2, "budget", "229", "unspecified", 600000, FI),
    (P3, "actual", "2296010", "project", 650000, ALL),
    (P3, "budget", "207", "unspecified", 22500000, FI),
    (P3, "budget", "210", "unspecified", 950000, FI),
    (Q1, "budget", "2060399", "project", 850000, ALL),
    (Q1, "budget", "2130104", "basic", 4535678.34, ALL),
    (Q2, "actual", "2060399", "project", 912000, ALL),
    (Q2, "actual", "2130104", "basic", 4557600, ALL),
    (R1, "actual", "2120501", "project", 29060000, ALL),
    (R1, "actual", "2120803", "project", 18500000, ALL),
    (R1, "budget", "212", "unspecified", 43800000, GB),  # 一般公共预算 类 claims, no whole: they cover it
    (R2, "budget", "2120803", "project", 20000000, ALL),
    (R3, "actual", "2120501", "project", 30739000, ALL),
    (R3, "budget", "212", "unspecified", 46300000, GB),  # the 类 add up to the 一般公共预算 whole 5,042.00
    (S1, "actual", "2100401", "basic", 9888921.27, ALL),
    (S1, "actual", "2100408", "project", 2795600, ALL),
    (S1, "budget", "210", "unspecified", 12800000, ALL),
]
# sum(amount_yuan) per (document, phase). q2 has no budget facts: its 类 (682.50 with the planted 208) do not
# add up to its whole (679.49).
FACT_TOTALS = [
    (P1, "budget", 27987970.24),
    (P2, "actual", 28922986.57),
    (P2, "budget", 27218000),
    (P3, "actual", 29245413.92),
    (P3, "budget", 27950000),
    (Q1, "budget", 7944938.02),
    (Q2, "actual", 8421100),
    (R1, "actual", 67868600),
    (R1, "budget", 47750000),
    (R2, "budget", 70920000),
    (R3, "actual", 74663000),
    (R3, "budget", 50420000),
    (S1, "actual", 15358821.27),
    (S1, "budget", 15000000),
]

UNITS = [
    # (unit_name, scope, city, district, supervising_department, documents)
    (P, "department", "北京市", "丰台区", None, [P1, P2, P3]),
    (Q, "unit", "岳阳市", None, "岳阳市农业农村局", [Q1, Q2]),
    (R, "department", "常州市", "武进区", None, [R1, R2, R3]),
    (S, "unit", "武汉市", "江岸区", "武汉市江岸区卫生健康局", [S1]),
]

SUBJECTS = [
    ("functional", "2070901", 2022, "宣传促销", 3, "20709", "207", "文化旅游体育与传媒支出"),
    ("functional", "2296010", 2023, "用于文化事业的彩票公益金支出", 3, "22960", "229", "其他支出"),
    ("functional", "2060399", 2024, "其他应用研究支出", 3, "20603", "206", "科学技术支出"),
    ("functional", "21208", 2022, "国有土地使用权出让收入安排的支出", 2, "212", "212", "城乡社区支出"),
]

# dq_findings: exactly these (the planted misstatements and their consequences), none else for these files.
FINDINGS = [
    (
        Q2,
        "restated_budget_mismatch",
        "类 208: restated 64.23 万元, q1's 一般公共预算支出表 prints 612,345.60 元",
        {"expected": 612345.60, "observed": 642300},
    ),
    (
        Q2,
        "restated_budget_classes_incomplete",
        "the 4 类 restated sum to 682.50 万元 (208 planted), the whole is 679.49",
        {"expected": 6794900, "observed": 6825000},
    ),
    (
        P3,
        "stated_actual_vs_table",
        "类 210: stated actual 91.32 万元, the 财政拨款支出决算表 prints 938,160.00 元",
        {"expected": 938160, "observed": 913200, "table_key": "fiscal_by_function"},
    ),
]
# Session 30: q2's two-phase 一般公共预算 table (年初预算数 | 决算数 小计 基本支出 项目支出) is read (it was said
# unread, columns_unknown, accepted here until then): its 款 are compared across documents above.
OPTIONAL_FINDINGS = []
