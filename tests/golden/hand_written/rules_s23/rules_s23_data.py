"""Expected readings of the rules_s23 inputs, typed by hand from the inputs (gen.py writes them).

Per input: note (what it attacks), table (table_key), unit (the printed unit of the values below), amounts
{(code or row label, column_key, phase): value as printed, in that unit}. A value "0" is a cell printed blank
or with a mark for nothing: reading it as 0 or not reading it are both right. or_said: column keys whose
figures may instead be left out under a warn diagnostic of the table; ignore: column keys whose figures may
be loaded or not; false: check names of warn diagnostics that, said of this input, are false; claims:
(claim_kind, name the claim's name must contain, amount as printed, stated rate as a fraction)."""

GB = "general_budget_by_function"
PROJ = "project_expenditure"


def budget(rows):
    """{(row, column): value} of a budget's table: every figure of phase budget."""
    return {(row, col, "budget"): v for (row, col), v in rows.items()}


# The standard table (万元): 合计 = 201 + 208 + 221; 201 = 20138 = 2013801 + 2013804 + 2013812; blanks "0".
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
    ("2013801", "project"): "0",
    ("2013804", "total"): "1100.00",
    ("2013804", "basic"): "0",
    ("2013804", "project"): "1100.00",
    ("2013812", "total"): "1400.00",
    ("2013812", "basic"): "0",
    ("2013812", "project"): "1400.00",
    ("208", "total"): "560.00",
    ("208", "basic"): "560.00",
    ("208", "project"): "0",
    ("20805", "total"): "560.00",
    ("20805", "basic"): "560.00",
    ("20805", "project"): "0",
    ("2080505", "total"): "560.00",
    ("2080505", "basic"): "560.00",
    ("2080505", "project"): "0",
    ("221", "total"): "340.00",
    ("221", "basic"): "340.00",
    ("221", "project"): "0",
    ("22102", "total"): "340.00",
    ("22102", "basic"): "340.00",
    ("22102", "project"): "0",
    ("2210201", "total"): "340.00",
    ("2210201", "basic"): "340.00",
    ("2210201", "project"): "0",
}

# p10: a refund of -12.50 booked in basic against 2013899, 12.50 more in 2013812's basic; a 4th unnamed
# column printing 0.00 everywhere.
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
    ("2013801", "project"): "0",
    ("2013804", "total"): "1100.00",
    ("2013804", "basic"): "0",
    ("2013804", "project"): "1100.00",
    ("2013812", "total"): "1400.00",
    ("2013812", "basic"): "12.50",
    ("2013812", "project"): "1387.50",
    ("2013899", "total"): "-12.50",
    ("2013899", "basic"): "-12.50",
    ("2013899", "project"): "0",
    ("208", "total"): "560.00",
    ("208", "basic"): "560.00",
    ("208", "project"): "0",
    ("20805", "total"): "560.00",
    ("20805", "basic"): "560.00",
    ("20805", "project"): "0",
    ("2080505", "total"): "560.00",
    ("2080505", "basic"): "560.00",
    ("2080505", "project"): "0",
    ("221", "total"): "340.00",
    ("221", "basic"): "340.00",
    ("221", "project"): "0",
    ("22102", "total"): "340.00",
    ("22102", "basic"): "340.00",
    ("22102", "project"): "0",
    ("2210201", "total"): "340.00",
    ("2210201", "basic"): "340.00",
    ("2210201", "project"): "0",
}

# The project table (万元): 合计 = Σ projects in every column; total = 一般公共预算 + 上年结转 + 其他收入.
PROJECTS = {
    ("国土空间总体规划编制项目", "total"): "865.00",
    ("国土空间总体规划编制项目", "general_public"): "745.00",
    ("国土空间总体规划编制项目", "carryover_begin"): "120.00",
    ("国土空间总体规划编制项目", "other_income"): "0",
    ("耕地保护专项经费", "total"): "820.50",
    ("耕地保护专项经费", "general_public"): "720.50",
    ("耕地保护专项经费", "carryover_begin"): "0",
    ("耕地保护专项经费", "other_income"): "100.00",
    ("不动产登记平台运维", "total"): "600.00",
    ("不动产登记平台运维", "general_public"): "600.00",
    ("不动产登记平台运维", "carryover_begin"): "0",
    ("不动产登记平台运维", "other_income"): "0",
    ("事业单位专项业务经费", "total"): "15.00",
    ("事业单位专项业务经费", "general_public"): "15.00",
    ("事业单位专项业务经费", "carryover_begin"): "0",
    ("事业单位专项业务经费", "other_income"): "0",
    ("合计", "total"): "2300.50",
    ("合计", "general_public"): "2080.50",
    ("合计", "carryover_begin"): "120.00",
    ("合计", "other_income"): "100.00",
}

# The same in 元, integers without separators.
PROJECTS_YUAN = {
    ("国土空间总体规划编制项目", "total"): "8650000",
    ("国土空间总体规划编制项目", "general_public"): "7450000",
    ("国土空间总体规划编制项目", "carryover_begin"): "1200000",
    ("国土空间总体规划编制项目", "other_income"): "0",
    ("耕地保护专项经费", "total"): "8205000",
    ("耕地保护专项经费", "general_public"): "7205000",
    ("耕地保护专项经费", "carryover_begin"): "0",
    ("耕地保护专项经费", "other_income"): "1000000",
    ("不动产登记平台运维", "total"): "6000000",
    ("不动产登记平台运维", "general_public"): "6000000",
    ("不动产登记平台运维", "carryover_begin"): "0",
    ("不动产登记平台运维", "other_income"): "0",
    ("事业单位专项业务经费", "total"): "150000",
    ("事业单位专项业务经费", "general_public"): "150000",
    ("事业单位专项业务经费", "carryover_begin"): "0",
    ("事业单位专项业务经费", "other_income"): "0",
    ("合计", "total"): "23005000",
    ("合计", "general_public"): "20805000",
    ("合计", "carryover_begin"): "1200000",
    ("合计", "other_income"): "1000000",
}

# p13: two group rows over their projects (一 = 国土 + 耕地, 二 = 不动产 + 事业).
GROUPS = {
    **PROJECTS,
    ("一、专项业务类", "total"): "1685.50",
    ("一、专项业务类", "general_public"): "1465.50",
    ("一、专项业务类", "carryover_begin"): "120.00",
    ("一、专项业务类", "other_income"): "100.00",
    ("二、运转类", "total"): "615.00",
    ("二、运转类", "general_public"): "615.00",
    ("二、运转类", "carryover_begin"): "0",
    ("二、运转类", "other_income"): "0",
}

# The layout project tables (万元): 合计 2,360.50 = 865.00 + 820.50 + 600.00 + 15.00 + 30.00 + 20.00 + 10.00.
LAYOUT_PROJECTS = {
    ("合计", "total"): "2360.50",
    ("合计", "general_public"): "2140.50",
    ("合计", "carryover_begin"): "120.00",
    ("合计", "other_income"): "100.00",
    ("国土空间总体规划编制及实施监督评估项目", "total"): "865.00",
    ("国土空间总体规划编制及实施监督评估项目", "general_public"): "745.00",
    ("国土空间总体规划编制及实施监督评估项目", "carryover_begin"): "120.00",
    ("耕地保护与永久基本农田划定成果更新维护及监测监管专项经费", "total"): "820.50",
    ("耕地保护与永久基本农田划定成果更新维护及监测监管专项经费", "general_public"): "720.50",
    ("耕地保护与永久基本农田划定成果更新维护及监测监管专项经费", "other_income"): "100.00",
    ("不动产登记信息平台运维与历史档案数字化整理", "total"): "600.00",
    ("不动产登记信息平台运维与历史档案数字化整理", "general_public"): "600.00",
    ("事业单位专项业务经费", "total"): "15.00",
    ("事业单位专项业务经费", "general_public"): "15.00",
    ("档案数字化加工", "total"): "30.00",
    ("档案数字化加工", "general_public"): "30.00",
    ("法律顾问服务", "total"): "20.00",
    ("法律顾问服务", "general_public"): "20.00",
    ("自然资源宣传经费", "total"): "10.00",
    ("自然资源宣传经费", "general_public"): "10.00",
}

SANGONG_ROWS = (
    "合计",
    "因公出国（境）费",
    "公务用车购置及运行费",
    "公务用车购置费",
    "公务用车运行费",
    "公务接待费",
)
SANGONG_COLS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def sangong(*values):
    return {(r, c, "budget"): v for r, c, v in zip(SANGONG_ROWS, SANGONG_COLS, values, strict=True)}


# A final account's table by code: 年初预算数 (budget) and 决算数 (actual); 调整预算数 / 全年预算数 ignored.
FINAL_GB = (
    ("合计", "8000.00", "8640.00"),
    ("201", "7100.00", "7740.00"),
    ("20138", "7100.00", "7740.00"),
    ("2013801", "5000.00", "5240.00"),
    ("2013804", "900.00", "1100.00"),
    ("2013812", "1200.00", "1400.00"),
    ("208", "560.00", "560.00"),
    ("20805", "560.00", "560.00"),
    ("2080505", "560.00", "560.00"),
    ("221", "340.00", "340.00"),
    ("22102", "340.00", "340.00"),
    ("2210201", "340.00", "340.00"),
)
FINAL_GB_AMOUNTS = {
    **{(row, "total", "budget"): b for row, b, _a in FINAL_GB},
    **{(row, "total", "actual"): a for row, _b, a in FINAL_GB},
}

# p19: 财政拨款收入支出决算总表, each side 年初预算数 | 调整预算数 | 决算数.
FINAL_SUMMARY = {
    ("一、一般公共预算财政拨款", "income", "budget"): "8000.00",
    ("一、一般公共预算财政拨款", "income", "actual"): "8640.00",
    ("二、政府性基金预算财政拨款", "income", "budget"): "0.00",
    ("二、政府性基金预算财政拨款", "income", "actual"): "0.00",
    ("三、国有资本经营预算财政拨款", "income", "budget"): "0.00",
    ("三、国有资本经营预算财政拨款", "income", "actual"): "0.00",
    ("本年收入合计", "income", "budget"): "8000.00",
    ("本年收入合计", "income", "actual"): "8640.00",
    ("一、一般公共服务支出", "expenditure", "budget"): "7100.00",
    ("一、一般公共服务支出", "expenditure", "actual"): "7740.00",
    ("二、社会保障和就业支出", "expenditure", "budget"): "560.00",
    ("二、社会保障和就业支出", "expenditure", "actual"): "560.00",
    ("三、住房保障支出", "expenditure", "budget"): "340.00",
    ("三、住房保障支出", "expenditure", "actual"): "340.00",
    ("本年支出合计", "expenditure", "budget"): "8000.00",
    ("本年支出合计", "expenditure", "actual"): "8640.00",
}

# l18: 财政拨款收支预算总表 (万元); the expenditure side prints 合计 | 一般公共预算 | 政府性基金预算.
EXP3 = (
    ("一、文化旅游体育与传媒支出", "1619.11", "1619.11", "0.00"),
    ("其中：文物保护", "150.00", "150.00", "0.00"),
    ("二、社会保障和就业支出", "207.36", "207.36", "0.00"),
    ("三、卫生健康支出", "60.48", "60.48", "0.00"),
    ("四、住房保障支出", "103.68", "103.68", "0.00"),
    ("五、其他支出", "50.00", "0.00", "50.00"),
    ("本年支出合计", "2040.63", "1990.63", "50.00"),
    ("年末结转", "0.00", "0.00", "0.00"),
    ("支出总计", "2040.63", "1990.63", "50.00"),
)
FISCAL_SUMMARY = {
    ("一、一般公共预算拨款", "income", "budget"): "1990.63",
    ("二、政府性基金预算拨款", "income", "budget"): "50.00",
    ("三、国有资本经营预算拨款", "income", "budget"): "0.00",
    ("本年收入合计", "income", "budget"): "2040.63",
    ("上年结转", "income", "budget"): "0.00",
    ("收入总计", "income", "budget"): "2040.63",
    **{(row, "expenditure", "budget"): t for row, t, _g, _f in EXP3},
    **{(row, "expenditure_general_public", "budget"): g for row, _t, g, _f in EXP3},
    **{(row, "expenditure_government_fund", "budget"): f for row, _t, _g, f in EXP3},
}


def x(**kw):
    base = dict(table=GB, unit="万元", or_said=(), ignore=(), false=(), claims=())
    return {**base, **kw}


EXPECTED = {
    "p01_star_after_label.txt": x(
        note="rule 1: footnote '*' a word between a name and its figures", amounts=budget(BASE)
    ),
    "p02_star_footnote_after_figures.txt": x(
        note="rule 1: footnote '*' a word after the figures, the row's blank cell dropped",
        amounts=budget(BASE),
    ),
    "p03_remark_column_slash.txt": x(
        note="rule 1: '/' for no remark in a 备注 column; one remark a word", amounts=budget(BASE)
    ),
    "l04_layout_star_after_label.layout.txt": x(
        note="rule 1 (layout): footnote '*' a cell of its own between name and figures", amounts=budget(BASE)
    ),
    "p05_sangong_star_footnote.txt": x(
        note="rule 1: 三公 row, footnote '*' a space after 合计",
        table="sangong",
        amounts=sangong("40.00", "12.00", "21.50", "3.50", "18.00", "6.50"),
    ),
    "p06_sangong_slash.txt": x(
        note="rule 1: 三公 row, '/' for no vehicle bought",
        table="sangong",
        amounts=sangong("36.50", "12.00", "18.00", "0", "18.00", "6.50"),
    ),
    "p07_triangle_narrative.txt": x(
        note="rule 2: ▲/△ before a change in the narrative",
        amounts={(r, c, "actual"): v for (r, c), v in BASE.items()},
        claims=(
            ("year_on_year", "三公", "31.28", "0.114"),
            ("year_on_year", "一般公共预算财政拨款支出", "8640.00", "-0.014"),
        ),
    ),
    "p08_coded_project_names.txt": x(
        note="rule 3: project names holding '1.25万亩', '1:2,000', '5.12'",
        table=PROJ,
        false=("rows_unreadable",),
        amounts=budget(
            {
                ("合计", "total"): "1020.00",
                ("合计", "general_public"): "900.00",
                ("合计", "other_income"): "120.00",
                ("2130135", "total"): "300.00",
                ("2130135", "general_public"): "300.00",
                ("2200104", "total"): "220.00",
                ("2200104", "general_public"): "220.00",
                ("2070601", "total"): "80.00",
                ("2070601", "general_public"): "80.00",
                ("2013812", "total"): "420.00",
                ("2013812", "general_public"): "300.00",
                ("2013812", "other_income"): "120.00",
            }
        ),
    ),
    "p09_unit_note_in_head.txt": x(
        note="rule 4: 元 integers (header 金额（元）), a note naming 万元 within 24 lines",
        unit="元",
        amounts=budget(
            {
                (r, c): v
                for (r, c), v in {
                    ("合计", "total"): "86400000",
                    ("201", "total"): "77400000",
                    ("20138", "total"): "77400000",
                    ("2013801", "total"): "52400000",
                    ("2013804", "total"): "11000000",
                    ("2013812", "total"): "14000000",
                    ("208", "total"): "5600000",
                    ("20805", "total"): "5600000",
                    ("2080505", "total"): "5600000",
                    ("221", "total"): "3400000",
                    ("22102", "total"): "3400000",
                    ("2210201", "total"): "3400000",
                }.items()
            }
        ),
    ),
    "p10_fallback_negatives.txt": x(
        note="rule 5: 4 figures under 3 named columns, a negative total (-12.50 | -12.50 | 0.00 | 0.00)",
        or_said=("basic", "project"),
        amounts=budget(NEG),
    ),
    "p11_named_first_row_dash.txt": x(
        note="rule 6: table of named rows, every project row has a '-' cell",
        table=PROJ,
        amounts=budget(PROJECTS),
    ),
    "p12_named_integer_yuan.txt": x(
        note="rule 6: table of named rows in 元 integers, 合计 last",
        table=PROJ,
        unit="元",
        amounts=budget(PROJECTS_YUAN),
    ),
    "p13_named_group_rows.txt": x(
        note="rule 6: first body row a group label with figures", table=PROJ, amounts=budget(GROUPS)
    ),
    "p14_named_control_above_header.txt": x(
        note="rule 6: '预算控制数： 2,300.50' printed above the header",
        table=PROJ,
        ignore=("预算控制数",),
        amounts=budget(PROJECTS),
    ),
    "l15_block_group_heading.layout.txt": x(
        note="rule 7: a group heading line right above a wrapped project",
        table=PROJ,
        amounts=budget(LAYOUT_PROJECTS),
    ),
    "l16_block_note_under.layout.txt": x(
        note="rule 7: a note right under the last wrapped project",
        table=PROJ,
        amounts=budget(LAYOUT_PROJECTS),
    ),
    "l17_block_then_name_only.layout.txt": x(
        note="rule 7: a wrapped project, then a project printing its name only",
        table=PROJ,
        amounts=budget(LAYOUT_PROJECTS),
    ),
    "l18_dash_label_summary.layout.txt": x(
        note="rule 8: a label printed '— 其中：文物保护' (dash, one space)",
        table="fiscal_summary",
        false=("duplicate_cells",),
        amounts=FISCAL_SUMMARY,
    ),
    "p19_final_summary_adjusted.txt": x(
        note="rule 9: final plain summary, each side 年初预算数 | 调整预算数 | 决算数, every cell printed",
        table="fiscal_summary",
        false=("ambiguous_columns",),
        amounts=FINAL_SUMMARY,
    ),
    "p20_final_functional_adjusted.txt": x(
        note="c93b265: final plain table by code, 年初预算数 | 调整预算数 | 决算数", amounts=FINAL_GB_AMOUNTS
    ),
    "p21_named_first_row_zero.txt": x(
        note="rule 6: table of named rows, the first row prints a zero as '0'",
        table=PROJ,
        amounts=budget(PROJECTS),
    ),
    "p22_final_functional_fullyear.txt": x(
        note="c93b265: final plain table by code, 年初预算数 | 全年预算数 | 决算数", amounts=FINAL_GB_AMOUNTS
    ),
    "p23_named_hotline_digits.txt": x(
        note="rule 6: a project named '12345政务服务便民热线…' (digits of a 款 code's length)",
        table=PROJ,
        amounts=budget(
            {
                (("12345政务服务便民热线运维经费" if r == "不动产登记平台运维" else r), c): v
                for (r, c), v in PROJECTS.items()
            }
        ),
    ),
}
