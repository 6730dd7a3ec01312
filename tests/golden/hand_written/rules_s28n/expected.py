"""What the warehouse must show for the seven reports of rules_s28n, typed by hand from the documents
(amounts in 元: the documents print 万元 with two decimals; rates as fractions, 6 decimals).

Units: A = 九江市柴桑区司法局 (部门), B = 九江市柴桑区档案馆 (单位), C = 九江市柴桑区统计局 (部门).
Documents: n1 A 2024 budget, n2 A 2024 final, n3 B 2023 final, n4 B 2024 budget, n5 B 2024 final,
n6 C 2024 budget, n7 C 2024 final (planted misstatements).

B spends 事业收入 beside its 一般公共预算 money (2012604 档案馆: 12.00 万元 in 2023, 10.00 in 2024; 10.00 in
the 2024 budget). Its final accounts restate the 年初预算 and state the execution of 一般公共预算财政拨款支出
only (the national template), so within a final account the actual set against that budget is the
一般公共预算 one (n3: 290.00 万元, 201 244.40; n5: 305.00, 201 257.30), and the restated 年初预算 equals the
budget report's 一般公共预算支出表 (n4: 295.00, 201 248.00), not its all-funds 支出总表 (305.00, 201 258.00).
Across documents (budget report vs final account) both sides are all-funds main tables.
"""

A, B, C = "九江市柴桑区司法局", "九江市柴桑区档案馆", "九江市柴桑区统计局"
N1, N2, N3, N4, N5, N6, N7 = (
    "n1_sifa_2024_budget.txt",
    "n2_sifa_2024_final.txt",
    "n3_dangan_2023_final.txt",
    "n4_dangan_2024_budget.txt",
    "n5_dangan_2024_final.txt",
    "n6_tongji_2024_budget.txt",
    "n7_tongji_2024_final_planted.txt",
)
W, X = "within_final_account", "across_documents"
GB, ALL = "general_budget", "all_sources"  # fund_basis / funding_source

# (unit, year, basis, item_kind, item: subject_code or sangong item_key or 'total', fund_basis, budget, actual,
#  rate, stated); fund_basis added by the maintainer after review s29a: the narratives state 一般公共预算财政拨款支出
#  and their 类 under (三)一般公共预算财政拨款支出决算具体情况 (general_budget); across documents all_sources; 三公 none
EXECUTION = [
    # A 2024, within n2: 年初预算 restated in n2's narrative, actual from its tables
    (A, 2024, W, "total", "total", GB, 9948000, 10049500, 1.010203, 1.0102),
    (A, 2024, W, "functional_class", "204", GB, 8442000, 8527000, 1.010069, 1.0101),
    (A, 2024, W, "functional_class", "208", GB, 726000, 741000, 1.020661, 1.0207),
    (A, 2024, W, "functional_class", "210", GB, 312000, 308500, 0.988782, 0.9888),
    (A, 2024, W, "functional_class", "221", GB, 468000, 473000, 1.010684, 1.0107),
    (A, 2024, W, "sangong", "total", None, 170000, 158000, 0.929412, 0.9294),
    (A, 2024, W, "sangong", "outbound", None, 0, 0, None, None),
    (A, 2024, W, "sangong", "vehicle", None, 140000, 132000, 0.942857, 0.9429),
    (A, 2024, W, "sangong", "vehicle_purchase", None, 0, 0, None, None),
    (A, 2024, W, "sangong", "vehicle_operation", None, 140000, 132000, 0.942857, 0.9429),
    (A, 2024, W, "sangong", "reception", None, 30000, 26000, 0.866667, 0.8667),
    # A 2024, n1 (budget) against n2 (final)
    (A, 2024, X, "total", "total", ALL, 9948000, 10049500, 1.010203, None),
    (A, 2024, X, "functional_class", "204", ALL, 8442000, 8527000, 1.010069, None),
    (A, 2024, X, "functional_class", "208", ALL, 726000, 741000, 1.020661, None),
    (A, 2024, X, "functional_class", "210", ALL, 312000, 308500, 0.988782, None),
    (A, 2024, X, "functional_class", "221", ALL, 468000, 473000, 1.010684, None),
    (A, 2024, X, "functional_subject", "20406", ALL, 8442000, 8527000, 1.010069, None),
    (A, 2024, X, "functional_subject", "20805", ALL, 726000, 741000, 1.020661, None),
    (A, 2024, X, "functional_subject", "21011", ALL, 312000, 308500, 0.988782, None),
    (A, 2024, X, "functional_subject", "22102", ALL, 468000, 473000, 1.010684, None),
    # A 2024, general_budget: n1 l.148-167 表5 一般公共预算支出表 (合计 column) vs n2 l.98-118 公开05表
    # 一般公共预算财政拨款支出决算表 (本年支出合计 column); both 万元. All A's money is 一般公共预算: same figures as above
    (A, 2024, X, "total", "total", GB, 9948000, 10049500, 1.010203, None),
    (A, 2024, X, "functional_class", "204", GB, 8442000, 8527000, 1.010069, None),
    (A, 2024, X, "functional_class", "208", GB, 726000, 741000, 1.020661, None),
    (A, 2024, X, "functional_class", "210", GB, 312000, 308500, 0.988782, None),
    (A, 2024, X, "functional_class", "221", GB, 468000, 473000, 1.010684, None),
    (A, 2024, X, "functional_subject", "20406", GB, 8442000, 8527000, 1.010069, None),
    (A, 2024, X, "functional_subject", "20805", GB, 726000, 741000, 1.020661, None),
    (A, 2024, X, "functional_subject", "21011", GB, 312000, 308500, 0.988782, None),
    (A, 2024, X, "functional_subject", "22102", GB, 468000, 473000, 1.010684, None),
    # B 2023, within n3 (一般公共预算 basis, see above)
    (B, 2023, W, "total", "total", GB, 2800000, 2900000, 1.035714, 1.0357),
    (B, 2023, W, "functional_class", "201", GB, 2360000, 2444000, 1.035593, 1.0356),
    (B, 2023, W, "functional_class", "208", GB, 210000, 213000, 1.014286, 1.0143),
    (B, 2023, W, "functional_class", "210", GB, 95000, 96000, 1.010526, 1.0105),
    (B, 2023, W, "functional_class", "221", GB, 135000, 147000, 1.088889, 1.0889),
    (B, 2023, W, "sangong", "total", None, 10000, 6000, 0.6, 0.60),
    (B, 2023, W, "sangong", "outbound", None, 0, 0, None, None),
    (B, 2023, W, "sangong", "vehicle", None, 0, 0, None, None),
    (B, 2023, W, "sangong", "vehicle_purchase", None, 0, 0, None, None),
    (B, 2023, W, "sangong", "vehicle_operation", None, 0, 0, None, None),
    (B, 2023, W, "sangong", "reception", None, 10000, 6000, 0.6, 0.60),
    # B 2024, within n5
    (B, 2024, W, "total", "total", GB, 2950000, 3050000, 1.033898, 1.0339),
    (B, 2024, W, "functional_class", "201", GB, 2480000, 2573000, 1.0375, 1.0375),
    (B, 2024, W, "functional_class", "208", GB, 220000, 224000, 1.018182, 1.0182),
    (B, 2024, W, "functional_class", "210", GB, 100000, 101000, 1.01, 1.01),
    (B, 2024, W, "functional_class", "221", GB, 150000, 152000, 1.013333, 1.0133),
    (B, 2024, W, "sangong", "total", None, 10000, 8000, 0.8, 0.80),
    (B, 2024, W, "sangong", "outbound", None, 0, 0, None, None),
    (B, 2024, W, "sangong", "vehicle", None, 0, 0, None, None),
    (B, 2024, W, "sangong", "vehicle_purchase", None, 0, 0, None, None),
    (B, 2024, W, "sangong", "vehicle_operation", None, 0, 0, None, None),
    (B, 2024, W, "sangong", "reception", None, 10000, 8000, 0.8, 0.80),
    # B 2024, n4 (budget, all funds) against n5 (final, all funds)
    (B, 2024, X, "total", "total", ALL, 3050000, 3150000, 1.032787, None),
    (B, 2024, X, "functional_class", "201", ALL, 2580000, 2673000, 1.036047, None),
    (B, 2024, X, "functional_class", "208", ALL, 220000, 224000, 1.018182, None),
    (B, 2024, X, "functional_class", "210", ALL, 100000, 101000, 1.01, None),
    (B, 2024, X, "functional_class", "221", ALL, 150000, 152000, 1.013333, None),
    (B, 2024, X, "functional_subject", "20126", ALL, 2580000, 2673000, 1.036047, None),
    (B, 2024, X, "functional_subject", "20805", ALL, 220000, 224000, 1.018182, None),
    (B, 2024, X, "functional_subject", "21011", ALL, 100000, 101000, 1.01, None),
    (B, 2024, X, "functional_subject", "22102", ALL, 150000, 152000, 1.013333, None),
    # B 2024, general_budget: n4 l.137-153 表5 一般公共预算支出表 (合计 column) vs n5 l.94-111 公开05表
    # 一般公共预算财政拨款支出决算表 (本年支出合计 column); both 万元. Differs from all_sources only in 201/20126 and
    # the whole (事业收入 10.00 on 2012604 left out on both sides)
    (B, 2024, X, "total", "total", GB, 2950000, 3050000, 1.033898, None),
    (B, 2024, X, "functional_class", "201", GB, 2480000, 2573000, 1.0375, None),
    (B, 2024, X, "functional_class", "208", GB, 220000, 224000, 1.018182, None),
    (B, 2024, X, "functional_class", "210", GB, 100000, 101000, 1.01, None),
    (B, 2024, X, "functional_class", "221", GB, 150000, 152000, 1.013333, None),
    (B, 2024, X, "functional_subject", "20126", GB, 2480000, 2573000, 1.0375, None),
    (B, 2024, X, "functional_subject", "20805", GB, 220000, 224000, 1.018182, None),
    (B, 2024, X, "functional_subject", "21011", GB, 100000, 101000, 1.01, None),
    (B, 2024, X, "functional_subject", "22102", GB, 150000, 152000, 1.013333, None),
    # C 2024, within n7: the document's own (misstated) 年初预算 712.00 / 612.00; 208's stated rate is planted
    (C, 2024, W, "total", "total", GB, 7120000, 7499000, 1.053230, 1.0532),
    (C, 2024, W, "functional_class", "201", GB, 6120000, 6481000, 1.058987, 1.0590),
    (C, 2024, W, "functional_class", "208", GB, 480000, 493000, 1.027083, 1.0721),
    (C, 2024, W, "functional_class", "210", GB, 205000, 201000, 0.980488, 0.9805),
    (C, 2024, W, "functional_class", "221", GB, 315000, 324000, 1.028571, 1.0286),
    (C, 2024, W, "sangong", "total", None, 110000, 101000, 0.918182, 0.9182),
    (C, 2024, W, "sangong", "outbound", None, 0, 0, None, None),
    (C, 2024, W, "sangong", "vehicle", None, 90000, 84000, 0.933333, 0.9333),
    (C, 2024, W, "sangong", "vehicle_purchase", None, 0, 0, None, None),
    (C, 2024, W, "sangong", "vehicle_operation", None, 90000, 84000, 0.933333, 0.9333),
    (C, 2024, W, "sangong", "reception", None, 20000, 17000, 0.85, 0.85),
    # C 2024, n6 against n7 (the budget report's own figures 721.00 / 621.00)
    (C, 2024, X, "total", "total", ALL, 7210000, 7499000, 1.040083, None),
    (C, 2024, X, "functional_class", "201", ALL, 6210000, 6481000, 1.043639, None),
    (C, 2024, X, "functional_class", "208", ALL, 480000, 493000, 1.027083, None),
    (C, 2024, X, "functional_class", "210", ALL, 205000, 201000, 0.980488, None),
    (C, 2024, X, "functional_class", "221", ALL, 315000, 324000, 1.028571, None),
    (C, 2024, X, "functional_subject", "20105", ALL, 6210000, 6481000, 1.043639, None),
    (C, 2024, X, "functional_subject", "20805", ALL, 480000, 493000, 1.027083, None),
    (C, 2024, X, "functional_subject", "21011", ALL, 205000, 201000, 0.980488, None),
    (C, 2024, X, "functional_subject", "22102", ALL, 315000, 324000, 1.028571, None),
    # C 2024, general_budget: n6 l.143-161 表5 一般公共预算支出表 (合计 column) vs n7 l.95-114 公开05表
    # 一般公共预算财政拨款支出决算表 (本年支出合计 column); both 万元. The tables, not n7's planted figures (收支总表
    # 本年支出合计 794.90 at l.31, narrative 年初预算 712.00 / 612.00), and n6's own 721.00 / 621.00
    (C, 2024, X, "total", "total", GB, 7210000, 7499000, 1.040083, None),
    (C, 2024, X, "functional_class", "201", GB, 6210000, 6481000, 1.043639, None),
    (C, 2024, X, "functional_class", "208", GB, 480000, 493000, 1.027083, None),
    (C, 2024, X, "functional_class", "210", GB, 205000, 201000, 0.980488, None),
    (C, 2024, X, "functional_class", "221", GB, 315000, 324000, 1.028571, None),
    (C, 2024, X, "functional_subject", "20105", GB, 6210000, 6481000, 1.043639, None),
    (C, 2024, X, "functional_subject", "20805", GB, 480000, 493000, 1.027083, None),
    (C, 2024, X, "functional_subject", "21011", GB, 205000, 201000, 0.980488, None),
    (C, 2024, X, "functional_subject", "22102", GB, 315000, 324000, 1.028571, None),
]

# fact_expenditure: (source_file, phase, subject_code, expenditure_type, amount, funding_source); the restated
# budgets of the final accounts are 一般公共预算 money (funding_source added by the maintainer after review s29a)
FACTS = [
    (N1, "budget", "2040601", "basic", 6124000, ALL),
    (N1, "budget", "2040607", "project", 485000, ALL),
    (N2, "actual", "2040601", "basic", 6281500, ALL),
    (N2, "actual", "2040610", "project", 589000, ALL),
    (N2, "budget", "204", "unspecified", 8442000, GB),  # the 年初预算 n2 restates, by 类
    (N2, "budget", "221", "unspecified", 468000, GB),
    (N3, "actual", "2012604", "basic", 1984000, ALL),  # all funds: 186.40 一般公共预算 + 12.00 事业收入
    (N4, "budget", "2012604", "basic", 1980000, ALL),  # all funds: 188.00 + 10.00
    (N5, "actual", "2012604", "basic", 2028000, ALL),  # all funds: 192.80 + 10.00
    (N5, "actual", "2012699", "project", 645000, ALL),
    (N6, "budget", "2010507", "project", 1200000, ALL),
    (N7, "actual", "2010507", "project", 1385000, ALL),
    (N7, "budget", "201", "unspecified", 6120000, GB),  # n7's own (misstated) restatement
]
# sum(amount_yuan) per (document, phase): the document's total for that phase
FACT_TOTALS = [
    (N1, "budget", 9948000),
    (N2, "actual", 10049500),
    (N2, "budget", 9948000),
    (N3, "actual", 3020000),
    (N3, "budget", 2800000),
    (N4, "budget", 3050000),
    (N5, "actual", 3150000),
    (N5, "budget", 2950000),
    (N6, "budget", 7210000),
    (N7, "actual", 7499000),
    (N7, "budget", 7120000),
]

# dim_unit: one row per unit, every document of the unit joined to it
UNITS = [
    # (unit_name, scope, city, district, supervising_department, documents)
    (A, "department", "九江市", "柴桑区", None, [N1, N2]),
    (B, "unit", "九江市", "柴桑区", "中共九江市柴桑区委员会办公室", [N3, N4, N5]),
    (C, "department", "九江市", "柴桑区", None, [N6, N7]),
]

# dim_subject_code: (classification, code, year, name, level, parent, class_code, class_name)
SUBJECTS = [
    ("functional", "2040610", 2024, "社区矫正", 3, "20406", "204", "公共安全支出"),
    ("functional", "2012604", 2023, "档案馆", 3, "20126", "201", "一般公共服务支出"),
    ("functional", "20126", 2024, "档案事务", 2, "201", "201", "一般公共服务支出"),
    ("functional", "2010507", 2024, "专项普查活动", 3, "20105", "201", "一般公共服务支出"),
    ("economic_department", "30211", 2024, "差旅费", 2, "302", "302", "商品和服务支出"),
]

# dq_findings: (source_file, check_name, what, matcher) — exactly these, none for n1..n6.
# matcher: dict of column -> value the finding must carry (expected / observed in 元 as printed by the mart,
# compared numerically; 'message~' a piece of the message).
FINDINGS = [
    # P3 narrative rate: 48.00 -> 49.30 is 102.71%, stated 107.21%
    (
        N7,
        "stated_rate_mismatch",
        "208 社会保障和就业支出: stated 107.21%, 49.30/48.00 gives 102.71%",
        {"message~": "社会保障和就业支出"},
    ),
    # P2 302 商品和服务支出 119.40 vs its 款 (30211 printed 19.20): 120.40; in both printed columns
    (
        N7,
        "parent_vs_children",
        "basic table 302 = 119.40 but its 款 sum to 120.40 (合计 column)",
        {
            "table_key": "general_budget_basic_by_economic",
            "expected": 1204000,
            "observed": 1194000,
            "message~": "column total",
        },
    ),
    (
        N7,
        "parent_vs_children",
        "basic table 302 = 119.40 but its 款 sum to 120.40 (公用经费 column)",
        {
            "table_key": "general_budget_basic_by_economic",
            "expected": 1204000,
            "observed": 1194000,
            "message~": "column public_funds",
        },
    ),
    # P1 收支总表 本年支出合计 794.90 vs 支出决算表 合计 749.90
    (
        N7,
        "summary_expenditure_vs_table",
        "收支总表 本年支出合计 794.90 vs 支出决算表 合计 749.90",
        {"expected": 7499000, "observed": 7949000},
    ),
    # P4 restated 年初预算 vs n6
    (
        N7,
        "restated_budget_mismatch",
        "whole: restated 712.00, budget report 721.00",
        {"expected": 7210000, "observed": 7120000},
    ),
    (
        N7,
        "restated_budget_mismatch",
        "类 201: restated 612.00, budget report 621.00",
        {"expected": 6210000, "observed": 6120000},
    ),
]
# The same planted error P1 seen from the narrative (本年支出合计 749.90 stated vs the summary's 794.90):
# accepted if present, not required.
OPTIONAL_FINDINGS = [
    (
        N7,
        "stated_total_vs_table",
        "narrative 本年支出合计 749.90 vs 收支总表 794.90 (P1 seen again)",
        {"expected": 7949000, "observed": 7499000},
    ),
]
