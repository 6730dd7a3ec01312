"""Expected outputs of the rules_s22 inputs, typed by hand from the inputs (gen.py writes them).
claims: kind -> list in document order of (code or None, name that the claim's name must contain, fields);
  code None = no code expected (a claim given some other code is WRONG); fields in 万元 / percent.
amounts: {(row code or label, column_key): 万元}; SAID = a diagnostic and nothing loaded is right;
  OR_SAID = the amounts, or a diagnostic and nothing loaded."""

CLAIM_KINDS = (
    "execution",
    "sangong_execution",
    "fiscal_total_income_expenditure",
    "year_on_year",
    "project_execution",
)


def x(b=None, a=None, rate=None, amount=None):
    return dict(budget=b, actual=a, rate=rate, amount=amount)


EXPECTED = {
    # rule 4: a document number's 208 is no code of the item (the tables print 208)
    "n01_doc_number_glued.txt": dict(
        claims={
            "execution": [
                ("2013801", "行政运行", x("5300.00", "5240.00", "98.87")),
                ("2013804", "市场主体管理", x("900.00", "1100.00", "122.22")),
            ]
        }
    ),
    # rule 4: "208人次，" in the previous item's sentence is no code of the next item
    "n02_count_glued_same_sentence.txt": dict(
        claims={
            "execution": [
                ("2013801", "行政运行", x("5300.00", "5240.00", "98.87")),
                ("2013804", "市场主体管理", x("900.00", "1100.00", "122.22")),
            ]
        }
    ),
    # rule 4: a year / a hotline in brackets are no codes
    "n03_bracket_year_phone.txt": dict(
        claims={
            "execution": [
                ("2013812", "质量基础", x("1200.00", "1400.00", "116.67")),
                (None, "计量检定服务", x("900.00", "1100.00", "122.22")),
                (None, "投诉举报热线", x("300.00", "280.00", "93.33")),
            ]
        }
    ),
    # rule 4: a glued code the tables do not print gives none
    "n04_glued_code_not_printed.txt": dict(
        claims={
            "execution": [
                (None, "机关事业单位职业年金缴费支出", x("200.00", "210.00", "105")),
                ("2080505", "机关事业单位基本养老保险缴费支出", x("500.00", "560.00", "112")),
            ]
        }
    ),
    # rule 4: a rate of the 全年 budget is not the rate of the 年初 budget stated (5240/5000 = 104.8%)
    "n05_rate_full_year_vs_initial.txt": dict(
        claims={"execution": [("2013801", "行政运行", x("5000.00", "5240.00", None))]}
    ),
    # rule 4: shares (占本年支出合计的, 占全年支出的, 占“三公”经费的) are no completion rates
    "n06_share_rates.txt": dict(
        claims={
            "execution": [(None, "一般公共预算财政拨款支出", x("8200.00", "8640.00", None))],
            "sangong_execution": [],
        }
    ),
    # rule 4: a change against the budget is no year-on-year change
    "n07_sangong_change_vs_budget.txt": dict(
        claims={
            "sangong_execution": [
                (None, "三公", x(None, "31.28", "69.51")),
                (None, "公务接待费", x(None, "6.60", "132")),
            ],
            "year_on_year": [],
        }
    ),
    # rule 4: 政府性基金预算财政拨款收入、支出决算总计 is a fund's part, not the fiscal total
    "n08_fund_part_total.txt": dict(
        claims={"fiscal_total_income_expenditure": [(None, "", x(amount="8640.00"))]}
    ),
    "n09_new_rate_wordings.txt": dict(
        claims={
            "execution": [
                ("2013801", "行政运行", x("5300.00", "5240.00", "98.87")),
                ("2013804", "市场主体管理", x("900.00", "1100.00", "122.22")),
            ],
            "sangong_execution": [(None, "三公", x("45.00", "31.28", "69.51"))],
        }
    ),
    # rule 5: a project's name holding 整体, then a 部门名称 line: the project's claim
    "p01_project_name_zhengti.txt": dict(
        claims={"project_execution": [(None, "老旧小区整体改造工程", x("1100.00", "1050.00", "95.45"))]}
    ),
    "p02_unit_name_after_whole_table.txt": dict(
        claims={
            "project_execution": [
                (None, "山西省某某监督管理局部门整体支出", x("8750.00", "8690.50", "99.32")),
                (None, "计量标准建设", x("320.00", "300.00", "93.75")),
            ]
        }
    ),
    "p03_broken_header_plain.txt": dict(
        claims={"project_execution": [(None, "市场主体登记服务保障", x("1100.00", "1050.00", "95.45"))]}
    ),
    "p04_broken_word_not_column.txt": dict(
        claims={"project_execution": [(None, "市场主体登记服务保障", x("1100.00", "1050.00", "95.45"))]}
    ),
    "p05_unit_line_after_row.txt": dict(
        claims={"project_execution": [(None, "市场主体登记服务保障", x("1100.00", "1050.00", "95.45"))]}
    ),
    # rule 3, plain text: the vehicle group's name alone above "合计 因公出国 公务接待费"
    "s01_lone_two_orders_differ.txt": dict(amounts="SAID"),  # two places add up, with different figures
    "s02_lone_reception_only.txt": dict(
        amounts={  # two places add up, with the same figures
            ("合计", "total"): "6.00",
            ("因公出国（境）费", "outbound"): "0.00",
            ("公务用车购置及运行费", "vehicle"): "0.00",
            ("公务用车购置费", "vehicle_purchase"): "0.00",
            ("公务用车运行费", "vehicle_operation"): "0.00",
            ("公务接待费", "reception"): "6.00",
        }
    ),
    # true order 合计 出国 车(小计 购置 运行) 接待, 合计 misprinted (43 printed 38): said, or as printed
    "s03_lone_misprint_coincidence.txt": dict(
        or_said=True,
        amounts={
            ("合计", "total"): "38.00",
            ("因公出国（境）费", "outbound"): "20.00",
            ("公务用车购置及运行费", "vehicle"): "15.00",
            ("公务用车购置费", "vehicle_purchase"): "5.00",
            ("公务用车运行费", "vehicle_operation"): "10.00",
            ("公务接待费", "reception"): "8.00",
        },
    ),
    "s04_lone_blank_dropped.txt": dict(amounts="SAID"),  # 18.00 购置 or 运行: open
    "s05_lone_plain_right.txt": dict(
        amounts={
            ("合计", "total"): "40.00",
            ("因公出国（境）费", "outbound"): "12.00",
            ("公务用车购置及运行费", "vehicle"): "21.50",
            ("公务用车购置费", "vehicle_purchase"): "3.50",
            ("公务用车运行费", "vehicle_operation"): "18.00",
            ("公务接待费", "reception"): "6.50",
        }
    ),
}

# rules 1, 2 (layout text)
_ECON = {
    "301": ("1100.00", "1100.00", None),
    "30101": ("600.00", "600.00", None),
    "30102": ("500.00", "500.00", None),
    "302": ("200.00", None, "200.00"),
    "30201": ("120.00", None, "120.00"),
    "30211": ("80.00", None, "80.00"),
    "303": ("200.00", "200.00", None),
    "30305": ("200.00", "200.00", None),
    "合计": ("1500.00", "1300.00", "200.00"),
}
EXPECTED["l01_basic_table_subtotal_only.layout.txt"] = dict(
    amounts={
        (row, col): v
        for row, vals in _ECON.items()
        for col, v in zip(("total", "personnel", "public_funds"), vals)
        if v is not None
    }
)
# 小计 is 本年财政拨款支出's (= 人员 + 公用 + 项目), not 基本支出 (= 人员 + 公用): no 'basic' of 1,750
_L02 = {
    "合计": ("1800.00", "1300.00", "200.00", "250.00", "50.00"),
    "201": ("1800.00", "1300.00", "200.00", "250.00", "50.00"),
    "20103": ("1800.00", "1300.00", "200.00", "250.00", "50.00"),
    "2010301": ("1500.00", "1300.00", "200.00", None, None),
    "2010302": ("300.00", None, None, "250.00", "50.00"),
}
EXPECTED["l02_subtotal_is_this_year_total.layout.txt"] = dict(
    # (the 小计 under 本年财政拨款支出 is read since session 28 as that group's column, fiscal_appropriation)
    ignore_columns=("this_year_total", "fiscal_appropriation"),
    amounts={
        (row, col): v
        for row, vals in _L02.items()
        for col, v in zip(("total", "personnel", "public_funds", "project", "carryover_begin"), vals)
        if v is not None
    },
)
for _row, _basic in (("合计", "1500.00"), ("201", "1500.00"), ("20103", "1500.00"), ("2010301", "1500.00")):
    EXPECTED["l02_subtotal_is_this_year_total.layout.txt"]["amounts"][(_row, "basic")] = _basic
_L03 = {
    "合计": ("1750.00", "1500.00", "1300.00", "200.00", "250.00"),
    "201": ("1750.00", "1500.00", "1300.00", "200.00", "250.00"),
    "20103": ("1750.00", "1500.00", "1300.00", "200.00", "250.00"),
    "2010301": ("1500.00", "1500.00", "1300.00", "200.00", None),
    "2010302": ("250.00", None, None, None, "250.00"),
}
EXPECTED["l03_basic_label_is_column.layout.txt"] = dict(
    amounts={
        (row, col): v
        for row, vals in _L03.items()
        for col, v in zip(("total", "basic", "personnel", "public_funds", "project"), vals)
        if v is not None
    }
)
