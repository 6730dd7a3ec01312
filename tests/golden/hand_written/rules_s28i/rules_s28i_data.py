"""Expected readings of the rules_s28i inputs (the small tables: “三公”经费, 机关运行经费, 政府采购), typed by hand
from the documents as designed (gen.py draws them; c03, s10 and s16 are typed there as text), never from the
parser's output.

Format as rules_s28a_data.py (../review_check.py reads it): per input a note (what it attacks), kind,
tables=[dict(table, unit, rows=[(code, name, {column[@phase]: value as printed})])], only_tables, optional
not_loaded (for the reader: printed figures that must not be loaded). A value ending in "?" is a dash cell.
Blank cells have no expectation (a figure read there is SPURIOUS).

Keys (the parser's vocabulary, vocabulary.py / sangong.py / procurement.py):
- sangong: one column per item: total (合计 of the 三公), outbound, vehicle (公务用车购置及运行费, its 小计),
  vehicle_purchase, vehicle_operation, reception; phase "budget" for 预算数, the document's own otherwise.
  Items as columns in one row: the row is "*" (the parser labels such a figure by its item; listed after the
  other tables of its document, whose "total" column "*" would take first); a row per phase
  (2025年预算数 / 年初预算数 / 决算数) is named by its printed label; items as rows are named by the item's label.
- operating_costs: column "total" (one amount column); rows by economic code, or 机关运行经费 / 合计.
- procurement: column "total"; rows 合计 and the categories (一、货物 … as printed when they are rows; 货物 …
  when they are columns). A 预算数 | 执行数 table: total@budget and total (actual).

_identities() below re-adds every 三公 and 采购 figure (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行; 合计 = 货物 +
工程 + 服务), so a typo here fails at import."""

from decimal import Decimal as D

SG, OC, PR = "sangong", "operating_costs", "procurement"
SG_KEYS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def sg(*values, phase=None, keys=SG_KEYS):
    """The 三公 figures of one phase in the order 合计, 出国, 车 (小计), 购置, 运行, 接待; None = not printed."""
    at = f"@{phase}" if phase else ""
    return {f"{k}{at}": v for k, v in zip(keys, values, strict=True) if v is not None}


def tot(value, budget=None):
    cols = {"total": value}
    if budget is not None:
        cols = {"total@budget": budget, **cols}
    return cols


def item_rows(rows, phases=("budget", None)):
    """Items as rows: (label, key, budget figure, actual figure)."""
    out = []
    for label, key, *values in rows:
        cols = {}
        for phase, value in zip(phases, values, strict=True):
            if value is not None:
                cols[f"{key}@{phase}" if phase else key] = value
        out.append((None, label, cols))
    return out


EXPECTED = {
    "c01_control_layout_budget_three_tables.layout.txt": dict(
        note="control: a budget's 三公 (one row), 机关运行经费 by economic code, 政府采购 categories as columns with a "
        "unit row, layout text",
        kind="budget",
        tables=[
            dict(
                table=OC,
                unit="万元",
                rows=[
                    (None, "合计", tot("96.80")),
                    ("302", "商品和服务支出", tot("96.80")),
                    ("30201", "办公费", tot("18.00")),
                    ("30205", "水费", tot("3.20")),
                    ("30206", "电费", tot("9.60")),
                    ("30211", "差旅费", tot("12.00")),
                    ("30213", "维修（护）费", tot("6.00")),
                    ("30228", "工会经费", tot("8.40")),
                    ("30229", "福利费", tot("5.60")),
                    ("30231", "公务用车运行维护费", tot("13.70")),
                    ("30239", "其他交通费用", tot("20.30")),
                ],
            ),
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("58.40")),
                    (None, "货物", tot("22.40")),
                    (None, "工程", tot("0.00")),
                    (None, "服务", tot("36.00")),
                ],
            ),
            # the 三公 last: its row "*" would take another table's total column first
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("31.20", "2.00", "21.70", "8.00", "13.70", "7.50"))],
            ),
        ],
        only_tables=[SG, OC, PR],
    ),
    "c02_control_pdf_grid_year_rows.pdf": dict(
        note="control: ruled PDF budget, 三公 rows 2024年预算数 / 2025年预算数 / 增减额 under a 项目 column; 政府采购 "
        "categories as rows with their items below",
        kind="budget",
        not_loaded="the 2024年预算数 row (26.00 1.50 17.50 6.00 11.50 7.00), the 增减额 row, the 采购 item lines "
        "(9.00 6.00 30.00)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "2025年预算数", sg("23.80", "0.00", "16.30", "4.80", "11.50", "7.50"))],
            ),
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("45.00")),
                    (None, "一、货物", tot("15.00")),
                    (None, "二、工程", tot("0.00")),
                    (None, "三、服务", tot("30.00")),
                ],
            ),
        ],
        only_tables=[SG, PR],
    ),
    "c03_control_plain_final_items_rows.txt": dict(
        note="control: plain final account, 三公 items as rows (项目 预算数 决算数, every cell printed); 机关运行经费 "
        "one figure",
        kind="final_account",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=item_rows(
                    [
                        ("合计", "total", "12.00", "10.86"),
                        ("1.因公出国（境）费", "outbound", "0.00", "0.00"),
                        ("2.公务用车购置及运行维护费", "vehicle", "8.00", "7.42"),
                        ("（1）公务用车购置费", "vehicle_purchase", "0.00", "0.00"),
                        ("（2）公务用车运行维护费", "vehicle_operation", "8.00", "7.42"),
                        ("3.公务接待费", "reception", "4.00", "3.44"),
                    ]
                ),
            ),
            dict(table=OC, unit="万元", rows=[(None, "机关运行经费", tot("64.35"))]),
        ],
        only_tables=[SG, OC],
    ),
    "s04_layout_final_no_purchase_column_zero_outbound.layout.txt": dict(
        note="layout final: 预算数 | 决算数 blocks of 合计 | 因公出国（境）费 | 公务用车运行维护费 | 公务接待费 (no vehicle "
        "group, no 购置 column), 出国 0.00 in both blocks; 合计 = 出国 + 运行 + 接待 holds in both",
        kind="final_account",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "*",
                        {
                            **sg(
                                "15.00",
                                "0.00",
                                "9.00",
                                "6.00",
                                phase="budget",
                                keys=("total", "outbound", "vehicle_operation", "reception"),
                            ),
                            **sg(
                                "13.62",
                                "0.00",
                                "8.74",
                                "4.88",
                                keys=("total", "outbound", "vehicle_operation", "reception"),
                            ),
                        },
                    )
                ],
            )
        ],
        only_tables=[SG],
    ),
    "s05_pdf_unruled_group_operation_only.pdf": dict(
        note="unruled PDF budget: the vehicle group prints 小计 | 运行费 only (no 购置 column); 出国 blank; 小计 = 运行费",
        kind="budget",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "*",
                        {
                            "total": "18.40",
                            "vehicle": "12.40",
                            "vehicle_operation": "12.40",
                            "reception": "6.00",
                        },
                    )
                ],
            )
        ],
        only_tables=[SG],
    ),
    "s06_pdf_hrules_final_all_zero.pdf": dict(
        note="PDF ruled by horizontal rules only (三线表: over and under the header, under each row; none between "
        "the vehicle group and 小计 | 购置费 | 运行维护费), final: rows 年初预算数 / 决算数 under the items, 0.00 in every "
        "column",
        kind="final_account",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (None, "年初预算数", sg("0.00", "0.00", "0.00", "0.00", "0.00", "0.00", phase="budget")),
                    (None, "决算数", sg("0.00", "0.00", "0.00", "0.00", "0.00", "0.00")),
                ],
            )
        ],
        only_tables=[SG],
    ),
    "s07_layout_yuan_sangong_in_wanyuan_report.layout.txt": dict(
        note="layout budget in 万元 (narrative, 机关运行经费, 政府采购) whose 三公 table alone is in 元 (286,000.00 …)",
        kind="budget",
        tables=[
            dict(table=OC, unit="万元", rows=[(None, "机关运行经费", tot("128.60"))]),
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("73.20")),
                    (None, "货物", tot("33.20")),
                    (None, "工程", tot("0.00")),
                    (None, "服务", tot("40.00")),
                ],
            ),
            dict(
                table=SG,
                unit="元",
                rows=[
                    (
                        None,
                        "*",
                        sg("286,000.00", "50,000.00", "180,000.00", "0.00", "180,000.00", "56,000.00"),
                    )
                ],
            ),
        ],
        only_tables=[OC, SG, PR],
    ),
    "s08_pdf_grid_item_names_without_fei.pdf": dict(
        note="ruled PDF budget: 因公出国（境）经费, 公务用车购置及运行维护费 over 小计 | 公务用车购置 | 公务用车运行维护 "
        "(购置 without 费)",
        kind="budget",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("42.00", "6.00", "28.00", "15.00", "13.00", "8.00"))],
            )
        ],
        only_tables=[SG],
    ),
    "s09_layout_unit_rows_department_total.layout.txt": dict(
        note="layout budget: a 三公 row per unit under 单位名称, 部门合计 first (the report's figures), then three "
        "units (two with blank 出国 and 购置)",
        kind="budget",
        not_loaded="the unit rows (38.20 …, 17.30 …, 8.00 …)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("63.50", "8.00", "40.50", "12.00", "28.50", "15.00"))],
            )
        ],
        only_tables=[SG],
    ),
    "s10_plain_unit_rows_department_total.txt": dict(
        note="plain budget: 部门合计 row printing every column, then the units' rows (one with blanks dropped)",
        kind="budget",
        not_loaded="the unit rows (29.40 …, 15.20 12.20 12.20 3.00)",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[(None, "*", sg("44.60", "3.00", "31.60", "10.00", "21.60", "10.00"))],
            )
        ],
        only_tables=[SG],
    ),
    "s11_layout_three_line_header_phase_top.layout.txt": dict(
        note="layout final: header over three lines, 2023年度预算数 / 2023年度决算数 at the top, the items top-aligned "
        "on the vehicle group's line, 小计 | 购置费 | 运行维护费 below; the 单位名称 cell top-aligned too (on the phase "
        "words' line); the row named by the unit",
        kind="final_account",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "*",
                        {
                            **sg("27.50", "3.00", "18.50", "0.00", "18.50", "6.00", phase="budget"),
                            **sg("24.37", "2.46", "17.12", "0.00", "17.12", "4.79"),
                        },
                    )
                ],
            )
        ],
        only_tables=[SG],
    ),
    "s12_pdf_unruled_items_rows_figures_below_labels.pdf": dict(
        note="unruled PDF final: items as rows beside a 统计数 block of counts; every row two lines tall, labels at "
        "the top, figures a line below (合计 alone on its line, its figures under it)",
        kind="final_account",
        not_loaded="the counts 1, 6, 42, 365",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=item_rows(
                    [
                        ("合计", "total", "52.80", "47.15"),
                        ("1.因公出国（境）费", "outbound", "5.00", "3.20"),
                        ("2.公务用车购置及运行维护费", "vehicle", "36.00", "34.41"),
                        ("（1）公务用车购置费", "vehicle_purchase", "20.00", "19.68"),
                        ("（2）公务用车运行维护费", "vehicle_operation", "16.00", "14.73"),
                        ("3.公务接待费", "reception", "11.80", "9.54"),
                    ]
                ),
            )
        ],
        only_tables=[SG],
    ),
    "s13_pdf_grid_procurement_budget_execution.pdf": dict(
        note="ruled PDF final: 政府采购支出情况表, categories as rows, columns 预算数 | 执行数",
        kind="final_account",
        tables=[
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("79.35", budget="86.00")),
                    (None, "一、货物", tot("24.10", budget="26.00")),
                    (None, "二、工程", tot("38.50", budget="40.00")),
                    (None, "三、服务", tot("16.75", budget="20.00")),
                ],
            )
        ],
        only_tables=[PR],
    ),
    "s14_layout_operating_costs_sentence.layout.txt": dict(
        note="layout budget: the 机关运行经费 table prints a sentence (本单位为公益二类事业单位，2025年无机关运行经费。) "
        "instead of figures, between a 三公 and a 政府采购 table printing theirs",
        kind="budget",
        not_loaded="2025 (the year in the sentence)",
        tables=[
            dict(table=OC, unit="万元", rows=[]),
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("24.00")),
                    (None, "一、货物", tot("14.00")),
                    (None, "二、工程", tot("0.00")),
                    (None, "三、服务", tot("10.00")),
                ],
            ),
            dict(
                table=SG, unit="万元", rows=[(None, "*", sg("9.60", "0.00", "6.00", "0.00", "6.00", "3.60"))]
            ),
        ],
        only_tables=[SG, OC, PR],
    ),
    "s15_layout_procurement_units_purchase_services_column.layout.txt": dict(
        note="layout budget: 政府采购 by unit rows, categories as columns, plus a 其中：政府购买服务 column (a part of "
        "服务, header wrapped over two lines) after 服务",
        kind="budget",
        not_loaded="the 其中：政府购买服务 figures (32.00 20.00 12.00: no category), the unit rows",
        tables=[
            dict(
                table=PR,
                unit="万元",
                rows=[
                    (None, "合计", tot("125.60")),
                    (None, "货物", tot("45.60")),
                    (None, "工程", tot("30.00")),
                    (None, "服务", tot("50.00")),
                ],
            )
        ],
        only_tables=[PR],
    ),
    "s16_plain_blank_purchase_open.txt": dict(
        note="plain budget: 出国 and 购置 blank, '14.50 8.50 8.50 6.00': 合计, 小计 and 接待 are sure, but whether "
        "8.50 is 购置 or 运行 the identities leave open (truth: 运行) — a diagnostic for it is the right answer; "
        "机关运行经费 one figure",
        kind="budget",
        tables=[
            dict(table=OC, unit="万元", rows=[(None, "机关运行经费", tot("45.20"))]),
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "*",
                        {
                            "total": "14.50",
                            "vehicle": "8.50",
                            "vehicle_operation": "8.50",
                            "reception": "6.00",
                        },
                    )
                ],
            ),
        ],
        only_tables=[SG, OC],
    ),
}


def _identities():
    def v(x):
        return D(x.rstrip("?").replace(",", ""))

    for name, exp in EXPECTED.items():
        for spec in exp["tables"]:
            if spec["table"] == SG:
                by_phase = {}
                for _code, _row, cols in spec["rows"]:
                    for col, value in cols.items():
                        key, _, phase = col.partition("@")
                        by_phase.setdefault(phase, {})[key] = v(value)
                for phase, f in by_phase.items():
                    if not f:
                        continue
                    g = {k: f.get(k, D(0)) for k in SG_KEYS}
                    car = g["vehicle"] if "vehicle" in f else g["vehicle_purchase"] + g["vehicle_operation"]
                    assert g["total"] == g["outbound"] + car + g["reception"], (name, phase, f)
                    if "vehicle" in f and ({"vehicle_purchase", "vehicle_operation"} & set(f)):
                        assert g["vehicle"] == g["vehicle_purchase"] + g["vehicle_operation"], (
                            name,
                            phase,
                            f,
                        )
            if spec["table"] == PR:
                for phase in ("total@budget", "total"):
                    f = {row: v(cols[phase]) for _c, row, cols in spec["rows"] if phase in cols}
                    if f:
                        total = f.pop("合计")
                        assert total == sum(f.values()), (name, phase, total, f)


_identities()
