"""Expected readings of the rules_s27b inputs, typed by hand from the inputs (never from the parser).

Format as rules_s26_data.py: per input a note (what it attacks), kind ("budget" / "final_account"), tables:
dict(table, unit, rows=[(code, name, {column[@phase]: value as printed})]); "*" any row label; a value
ending in "?" a dash / blank cell (not loading it is fine). not_loaded: figures that must not be loaded.
The attack: the 三公 rule reading a 小计 header cell with no group label over it as the vehicle subtotal
when the next two columns are 购置费 and 运行费 (sangong.py `_subtotal_item`)."""

T, B, P = "total", "basic", "project"
EXP = "expenditure_by_function"
SG = "sangong"
SG_KEYS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def sg(*values, phase=None, keys=SG_KEYS):
    """The 三公 figures of one phase, in the order 合计, 出国, 车 (小计), 购置, 运行, 接待; None = not printed."""
    at = f"@{phase}" if phase else ""
    return {f"{k}{at}": v for k, v in zip(keys, values, strict=True) if v is not None}


def tbp(total, basic=None, project=None):
    cols = {T: total}
    if basic is not None:
        cols[B] = basic
    if project is not None:
        cols[P] = project
    return cols


# The layout 支出总表 / 支出决算表 every layout input prints before its 三公 table (万元).
EXPENDITURE = dict(
    table=EXP,
    unit="万元",
    rows=[
        (None, "合计", tbp("1,285.00", "840.00", "445.00")),
        ("208", "社会保障和就业支出", tbp("96.00", "96.00")),
        ("20805", "行政事业单位养老支出", tbp("96.00", "96.00")),
        ("2080505", "机关事业单位基本养老保险缴费支出", tbp("96.00", "96.00")),
        ("213", "农林水支出", tbp("1,189.00", "744.00", "445.00")),
        ("21303", "水利", tbp("1,189.00", "744.00", "445.00")),
        ("2130301", "行政运行", tbp("744.00", "744.00")),
        ("2130306", "水利工程运行与维护", tbp("320.00", None, "320.00")),
        ("2130311", "水资源节约管理与保护", tbp("125.00", None, "125.00")),
    ],
)
# In a final account the same figures are the actual (决算数) of its 支出决算表: same columns, own phase.


def sangong(unit, *rows):
    return dict(table=SG, unit=unit, rows=list(rows))


EXPECTED = {
    "a01_group_right_of_subtotal.layout.txt": dict(
        note="the rule's own case (control): 公务用车购置及运行费 centred right of 小计, over 购置费 / 运行费; one unlabelled row",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("25.60", "3.00", "15.40", "4.00", "11.40", "7.20"))),
        ],
    ),
    "a02_group_right_year_rows.layout.txt": dict(
        note="the rule's case with rows 2023年预算数 / 2024年预算数 / 增减额 (phase rows, positioned)",
        kind="budget",
        not_loaded="the 2023年预算数 row (27.00 2.00 17.00 5.00 12.00 8.00) and 增减额 (-3.50 …)",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("23.50", "1.50", "14.80", "3.00", "11.80", "7.20"))),
        ],
    ),
    "a03_group_over_subtotal_control.layout.txt": dict(
        note="control: the vehicle group's name starts left of 小计 (stands over all three columns)",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("40.30", "6.00", "22.30", "0.00", "22.30", "12.00"))),
        ],
    ),
    "a04_reversed_operation_first.layout.txt": dict(
        note="小计 | 运行费 | 购置费 (operation before purchase), the group centred right of 小计",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        "total": "31.80",
                        "outbound": "2.50",
                        "vehicle": "20.30",
                        "vehicle_operation": "14.30",
                        "vehicle_purchase": "6.00",
                        "reception": "9.00",
                    },
                ),
            ),
        ],
    ),
    "a05_jiangsu_two_subtotals.layout.txt": dict(
        note="Jiangsu form: 合计 | “三公”经费 (小计 | 出国 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费) | 接待) | 会议费 | 培训费; “三公”经费 centred near the vehicle 小计",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        "table_total": "60.00",
                        "total": "42.50",
                        "outbound": "5.00",
                        "vehicle": "28.00",
                        "vehicle_purchase": "10.00",
                        "vehicle_operation": "18.00",
                        "reception": "9.50",
                        "meeting": "6.00",
                        "training": "11.50",
                    },
                ),
            ),
        ],
    ),
    "a06_sangong_subtotal_then_purchase.layout.txt": dict(
        note="the 三公 group's 小计 followed straight by 公务用车购置费 | 公务用车运行费 (no vehicle subtotal), then 出国 | 接待; 会议费 / 培训费 beside",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        "table_total": "42.00",
                        "total": "30.00",
                        "vehicle_purchase": "8.00",
                        "vehicle_operation": "12.00",
                        "outbound": "4.00",
                        "reception": "6.00",
                        "meeting": "5.00",
                        "training": "7.00",
                    },
                ),
            ),
        ],
    ),
    "a07_final_two_phase_blocks.layout.txt": dict(
        note="final account: 预算数 block | 决算数 block side by side, each 小计 | 购置费 | 运行费 with the group right of 小计; one unlabelled row",
        kind="final_account",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        **sg("36.00", "4.00", "22.00", "6.00", "16.00", "10.00", phase="budget"),
                        **sg("33.45", "2.15", "21.30", "5.80", "15.50", "10.00"),
                    },
                ),
            ),
        ],
    ),
    "a08_final_phase_rows.layout.txt": dict(
        note="final account, one block with the group right of 小计, rows 年初预算数 / 本年决算数",
        kind="final_account",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (None, "年初预算数", sg("19.00", "0.00", "11.00", "0.00", "11.00", "8.00", phase="budget")),
                (None, "本年决算数", sg("17.26", "0.00", "10.48", "0.00", "10.48", "6.78")),
            ),
        ],
    ),
    "a09_subtotal_blank.layout.txt": dict(
        note="the 小计 cell blank (购置 0.00 and 运行 9.00 printed); nothing may slide into the vehicle column",
        kind="budget",
        tables=[EXPENDITURE, sangong("万元", (None, "*", sg("14.00", "0.00", None, "0.00", "9.00", "5.00")))],
    ),
    "a10_subtotal_dash_labelled_row.layout.txt": dict(
        note="dashes under 出国, 小计, 购置费, 运行费; one row labelled 2024年预算数",
        kind="budget",
        tables=[EXPENDITURE, sangong("万元", (None, "*", sg("8.60", "0?", "0?", "0?", "0?", "8.60")))],
    ),
    "a11_wrapped_header_words.layout.txt": dict(
        note="header words wrapped (因公出国/（境）费, 购置/费, 运行/费, 公务接待/费), the group name wrapped too (公务用车购置/及运行费) right of 小计",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("52.70", "10.20", "30.50", "18.00", "12.50", "12.00"))),
        ],
    ),
    "a12_final_counts_block.layout.txt": dict(
        note="final account: 预算数 (4 columns) | 决算数 (小计 | 购置费 | 运行费, group right of 小计) | 统计数 counts (购置车辆数, 保有车辆数, 接待批次, 接待人次)",
        kind="final_account",
        not_loaded="the counts 0, 3, 25, 180 (vehicles, receptions: no money)",
        tables=[
            EXPENDITURE,
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        **sg(
                            "20.00",
                            "1.00",
                            "12.00",
                            "7.00",
                            phase="budget",
                            keys=("total", "outbound", "vehicle", "reception"),
                        ),
                        **sg("18.30", "0.80", "11.20", "0.00", "11.20", "6.30"),
                    },
                ),
            ),
        ],
    ),
    "a13_wide_figures_yuan.layout.txt": dict(
        note="元: figures wider than their header words (148,600.00 under 小计 reaching left), group right of 小计",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong(
                "元",
                (
                    None,
                    "*",
                    sg("236,480.00", "30,000.00", "148,600.00", "60,000.00", "88,600.00", "57,880.00"),
                ),
            ),
        ],
    ),
    "a14_subtotal_spaced_word.layout.txt": dict(
        note="'小  计' printed with two spaces inside (a justified cell), the group right of it",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("21.90", "1.20", "13.70", "2.50", "11.20", "7.00"))),
        ],
    ),
    "a15_vehicle_group_last.layout.txt": dict(
        note="control: 合计 | 出国 | 接待 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费), group right of 小计",
        kind="budget",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("33.40", "0.00", "22.00", "4.00", "18.00", "11.40"))),
        ],
    ),
    "a16_budget_two_year_blocks.layout.txt": dict(
        note="budget: 2023年预算数 block | 2024年预算数 block side by side, each 小计 | 购置费 | 运行费 (group right of 小计)",
        kind="budget",
        not_loaded="the 2023年预算数 block (29.00 3.00 18.00 5.00 13.00 8.00)",
        tables=[
            EXPENDITURE,
            sangong("万元", (None, "*", sg("26.40", "2.00", "16.90", "4.50", "12.40", "7.50"))),
        ],
    ),
    "p17_plain_nested_control.txt": dict(
        note="plain control: 合计 | 出国 | 公务用车购置及运行费 | 接待 / 小计 购置费 运行费 (no positions: identities)",
        kind="budget",
        tables=[sangong("万元", (None, "*", sg("16.80", "0.00", "10.30", "0.00", "10.30", "6.50")))],
    ),
    "p18_plain_final_two_blocks.txt": dict(
        note="plain final: 预算数 | 决算数 blocks, each with 小计 购置费 运行费 (no positions)",
        kind="final_account",
        tables=[
            sangong(
                "万元",
                (
                    None,
                    "*",
                    {
                        **sg("24.00", "2.00", "15.00", "3.00", "12.00", "7.00", phase="budget"),
                        **sg("22.64", "1.36", "14.58", "3.00", "11.58", "6.70"),
                    },
                ),
            )
        ],
    ),
}
