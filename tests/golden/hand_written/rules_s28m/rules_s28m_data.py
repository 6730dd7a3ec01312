"""Expected readings of the rules_s28m inputs (the main tables drawn as PDF producers draw them: merged body
cells, glyph-by-glyph text, merged header cells, filled-rectangle rules, two tables side by side, a table
continued without its header, a landscape page among portrait ones, figures smaller than labels, a footnote
row inside the frame, white masks over rules, a thick rule above 合计, negative figures), typed by hand from
the documents as designed (gen.py draws them), never from the parser's output.

Format as rules_s28a_data.py (../review_check.py reads it): per input a note (what it attacks), kind,
tables=[dict(table, unit, rows=[(code, name, {column[@phase]: value as printed})])], only_tables, optional
not_loaded (printed numbers that must not be loaded, for the reader). A row's name is its whole printed name
(all its wrapped pieces, in order). Blank cells have no expectation (a figure read there is SPURIOUS). A figure
printed "(12.50)" is expected as -12.50.

Keys (the parser's vocabulary, vocabulary.py):
- expenditure_by_function (支出决算表): total (本年支出合计), basic, project (the other three part columns are
  blank in every input).
- general_budget_by_function (一般公共预算支出表; 一般公共预算财政拨款支出决算表, one block 本年支出 over 小计 |
  基本支出 | 项目支出, 小计 being the row total): total, basic, project; m06's 基本支出 over 小计 | 人员经费 |
  公用经费: basic (its 小计), personnel, public_funds.
- general_budget_basic_by_economic (一般公共预算基本支出表): total, personnel, public_funds; 合计 a named row.
- income_expenditure_summary: named rows, income side "income", expenditure side "expenditure".
- sangong: items as columns in one row, row "*": total, outbound, vehicle, vehicle_purchase, vehicle_operation,
  reception; "@budget" for the 预算数 block, the document's own phase (actual) for 决算数.

Rows are typed one a line: "code name figure figure …" ("." a blank cell; "合计" a named row), read by _rows().
_identities() re-adds every table (row total = Σ parts; 类 = Σ 款 = Σ 项; 合计 = Σ 类 per column; 合计 = 人员经费 +
公用经费; income items = 本年收入合计 …; 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), so a typo fails at import."""

from decimal import Decimal as D

EXP = "expenditure_by_function"
GB = "general_budget_by_function"
EB = "general_budget_basic_by_economic"
IES = "income_expenditure_summary"
SG = "sangong"
T, B, P = "total", "basic", "project"
PE, PU = "personnel", "public_funds"
I, E = "income", "expenditure"


def _rows(text, cols):
    rows = []
    for line in text.strip().splitlines():
        words = line.split()
        code = words[0] if words[0].isdigit() else None
        name = words[1] if code else words[0]
        figs = words[2:] if code else words[1:]
        assert len(figs) == len(cols), line
        values = {c: v for c, v in zip(cols, figs) if v != "."}
        rows.append((code, name, values))
    return rows


def coded(note, kind, table, text, cols=(T, B, P), unit="万元", **extra):
    return dict(
        note=note,
        kind=kind,
        tables=[dict(table=table, unit=unit, rows=_rows(text, list(cols)))],
        only_tables=[table],
        **extra,
    )


def summary(note, kind, income, expenditure):
    rows = [(None, n, {I: v}) for n, v in income] + [(None, n, {E: v}) for n, v in expenditure]
    return dict(note=note, kind=kind, tables=[dict(table=IES, unit="万元", rows=rows)], only_tables=[IES])


ECON = (T, PE, PU)

EXPECTED = {
    # ------------------------------------------------------------------------------------------ m01
    "m01_control_grid_expenditure.pdf": coded(
        "control: 支出决算表 (final), ruled grid of stroked lines, six part columns (last three blank), 合计 first, "
        "one-line cells, landscape",
        "final_account",
        EXP,
        """
合计 1,586.42 1,102.87 483.55
204 公共安全支出 1,312.38 828.83 483.55
20406 司法 1,312.38 828.83 483.55
2040601 行政运行 828.83 828.83 .
2040604 基层司法业务 215.60 . 215.60
2040607 法律援助 146.95 . 146.95
2040610 社区矫正 121.00 . 121.00
208 社会保障和就业支出 156.24 156.24 .
20805 行政事业单位养老支出 156.24 156.24 .
2080505 机关事业单位基本养老保险缴费支出 104.16 104.16 .
2080506 机关事业单位职业年金缴费支出 52.08 52.08 .
210 卫生健康支出 57.60 57.60 .
21011 行政事业单位医疗 57.60 57.60 .
2101101 行政单位医疗 57.60 57.60 .
221 住房保障支出 60.20 60.20 .
22102 住房改革支出 60.20 60.20 .
2210201 住房公积金 60.20 60.20 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m02
    "m02_control_grid_basic_budget.pdf": coded(
        "control: 一般公共预算基本支出表 (budget), ruled grid, 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, 合计 first",
        "budget",
        EB,
        """
合计 489.40 430.66 58.74
301 工资福利支出 412.36 412.36 .
30101 基本工资 108.24 108.24 .
30102 津贴补贴 96.60 96.60 .
30103 奖金 9.02 9.02 .
30107 绩效工资 72.18 72.18 .
30108 机关事业单位基本养老保险缴费 46.52 46.52 .
30109 职业年金缴费 23.26 23.26 .
30110 职工基本医疗保险缴费 22.14 22.14 .
30113 住房公积金 34.40 34.40 .
302 商品和服务支出 58.74 . 58.74
30201 办公费 12.60 . 12.60
30205 水费 2.40 . 2.40
30206 电费 8.80 . 8.80
30207 邮电费 3.64 . 3.64
30211 差旅费 7.50 . 7.50
30228 工会经费 8.20 . 8.20
30231 公务用车运行维护费 9.60 . 9.60
30239 其他交通费用 6.00 . 6.00
303 对个人和家庭的补助 18.30 18.30 .
30302 退休费 15.30 15.30 .
30309 奖励金 3.00 3.00 .
""",
        cols=ECON,
    ),
    # ------------------------------------------------------------------------------------------ m03
    "m03_grid_merged_split_code_cells.pdf": coded(
        "一般公共预算支出表 (budget), Excel grid, code in 类 | 款 | 项 columns: the 类 cell ('201') merged down over "
        "the 类 row and all its 款 / 项 rows, the 款 cell ('03') over the 款 row and its 项 rows, each printed once "
        "centred in its tall cell (the row rules stop at its border); 合计 first over the four code/name columns",
        "budget",
        GB,
        """
合计 1,596.57 1,216.57 380.00
201 一般公共服务支出 1,248.60 868.60 380.00
20103 政府办公厅（室）及相关机构事务 1,248.60 868.60 380.00
2010301 行政运行 868.60 868.60 .
2010302 一般行政管理事务 300.00 . 300.00
2010399 其他政府办公厅（室）及相关机构事务支出 80.00 . 80.00
208 社会保障和就业支出 186.42 186.42 .
20805 行政事业单位养老支出 186.42 186.42 .
2080505 机关事业单位基本养老保险缴费支出 124.28 124.28 .
2080506 机关事业单位职业年金缴费支出 62.14 62.14 .
210 卫生健康支出 68.35 68.35 .
21011 行政事业单位医疗 68.35 68.35 .
2101101 行政单位医疗 52.15 52.15 .
2101103 公务员医疗补助 16.20 16.20 .
221 住房保障支出 93.20 93.20 .
22102 住房改革支出 93.20 93.20 .
2210201 住房公积金 93.20 93.20 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m04
    "m04_grid_pivot_merged_name_cells.pdf": coded(
        "一般公共预算财政拨款支出决算表 (final, one block), Excel pivot layout 科目编码 | 类 | 款 | 项 (names) | 合计 | "
        "基本支出 | 项目支出: the 类 name merged down over the 类 row and its 款 and 项 rows, the 款 name over the 款 "
        "row and its 项 rows, each printed once centred in its tall cell (on a row's middle or on a hidden row "
        "border); the code printed in every row",
        "final_account",
        GB,
        """
合计 2,634.27 833.82 1,800.45
208 社会保障和就业支出 160.20 160.20 .
20805 行政事业单位养老支出 147.60 147.60 .
2080505 机关事业单位基本养老保险缴费支出 98.40 98.40 .
2080506 机关事业单位职业年金缴费支出 49.20 49.20 .
20808 抚恤 12.60 12.60 .
2080801 死亡抚恤 12.60 12.60 .
213 农林水支出 2,401.27 600.82 1,800.45
21301 农业农村 2,401.27 600.82 1,800.45
2130101 行政运行 386.52 386.52 .
2130104 事业运行 214.30 214.30 .
2130122 农业生产发展 520.00 . 520.00
2130153 农田建设 1,280.45 . 1,280.45
221 住房保障支出 72.80 72.80 .
22102 住房改革支出 72.80 72.80 .
2210201 住房公积金 72.80 72.80 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m05
    "m05_glyph_by_glyph_summary.pdf": summary(
        "部门收支总表 (budget), ruled grid, every glyph its own text object at its own position (title block and "
        "page number too), each figure's glyphs written right to left; 收入总计 / 支出总计 rows",
        "budget",
        [
            ("一、一般公共预算拨款收入", "3,862.40"),
            ("二、政府性基金预算拨款收入", "500.00"),
            ("四、财政专户管理资金收入", "268.00"),
            ("五、事业收入", "45.00"),
            ("九、其他收入", "12.60"),
            ("本年收入合计", "4,688.00"),
            ("上年结转结余", "150.00"),
            ("收入总计", "4,838.00"),
        ],
        [
            ("一、教育支出", "4,126.85"),
            ("二、社会保障和就业支出", "412.30"),
            ("三、卫生健康支出", "118.45"),
            ("四、住房保障支出", "180.40"),
            ("本年支出合计", "4,838.00"),
            ("支出总计", "4,838.00"),
        ],
    ),
    # ------------------------------------------------------------------------------------------ m06
    "m06_grid_header_merged_both_ways.pdf": coded(
        "一般公共预算支出表 (budget), header cells merged across columns and rows at once: 项目 two columns x two "
        "rows over 科目编码 | 科目名称 (printed on the third header row), 合计 and 项目支出 three rows tall, 基本支出 "
        "over 小计 | 人员经费 | 公用经费 (two rows tall each)",
        "budget",
        GB,
        """
合计 1,234.47 694.47 610.27 84.20 540.00
207 文化旅游体育与传媒支出 1,026.55 486.55 402.35 84.20 540.00
20701 文化和旅游 1,026.55 486.55 402.35 84.20 540.00
2070101 行政运行 326.75 326.75 270.15 56.60 .
2070104 图书馆 159.80 159.80 132.20 27.60 .
2070109 群众文化 120.00 . . . 120.00
2070111 文化创作与保护 420.00 . . . 420.00
208 社会保障和就业支出 138.62 138.62 138.62 . .
20805 行政事业单位养老支出 138.62 138.62 138.62 . .
2080505 机关事业单位基本养老保险缴费支出 92.40 92.40 92.40 . .
2080506 机关事业单位职业年金缴费支出 46.22 46.22 46.22 . .
221 住房保障支出 69.30 69.30 69.30 . .
22102 住房改革支出 69.30 69.30 69.30 . .
2210201 住房公积金 69.30 69.30 69.30 . .
""",
        cols=(T, B, PE, PU, P),
    ),
    # ------------------------------------------------------------------------------------------ m07
    "m07_grid_filled_rect_rules.pdf": coded(
        "一般公共预算财政拨款支出决算表 (final, 本年支出 over 小计 | 基本支出 | 项目支出), every rule a thin filled "
        "rectangle (0.6pt), one per side of every cell (Excel through a PDF printer); names wrapped in a narrow "
        "column (two lines, figures centred)",
        "final_account",
        GB,
        """
合计 650.58 372.98 277.60
208 社会保障和就业支出 54.72 54.72 .
20805 行政事业单位养老支出 54.72 54.72 .
2080505 机关事业单位基本养老保险缴费支出 36.48 36.48 .
2080506 机关事业单位职业年金缴费支出 18.24 18.24 .
210 卫生健康支出 21.36 21.36 .
21011 行政事业单位医疗 21.36 21.36 .
2101101 行政单位医疗 21.36 21.36 .
221 住房保障支出 28.50 28.50 .
22102 住房改革支出 28.50 28.50 .
2210201 住房公积金 28.50 28.50 .
224 灾害防治及应急管理支出 546.00 268.40 277.60
22401 应急管理事务 486.00 268.40 217.60
2240101 行政运行 268.40 268.40 .
2240106 安全监管 85.00 . 85.00
2240108 应急救援 132.60 . 132.60
22406 自然灾害防治 60.00 . 60.00
2240601 地质灾害防治 60.00 . 60.00
""",
    ),
    # ------------------------------------------------------------------------------------------ m08
    "m08_two_tables_side_by_side.pdf": dict(
        note="two tables side by side on one landscape sheet (two pages a sheet): 表5 一般公共预算支出表 left, 表6 "
        "一般公共预算基本支出表 right, titles, header and rows level with each other (one visual line holds a row "
        "of each), ruled grids, page numbers -7- and -8- under each",
        kind="budget",
        tables=[
            dict(
                table=GB,
                unit="万元",
                rows=_rows(
                    """
合计 565.24 445.24 120.00
208 社会保障和就业支出 505.92 385.92 120.00
20802 民政管理事务 432.48 312.48 120.00
2080201 行政运行 312.48 312.48 .
2080208 基层政权建设和社区治理 120.00 . 120.00
20805 行政事业单位养老支出 73.44 73.44 .
2080505 机关事业单位基本养老保险缴费支出 48.96 48.96 .
2080506 机关事业单位职业年金缴费支出 24.48 24.48 .
210 卫生健康支出 22.60 22.60 .
21011 行政事业单位医疗 22.60 22.60 .
2101101 行政单位医疗 22.60 22.60 .
221 住房保障支出 36.72 36.72 .
22102 住房改革支出 36.72 36.72 .
2210201 住房公积金 36.72 36.72 .
""",
                    [T, B, P],
                ),
            ),
            dict(
                table=EB,
                unit="万元",
                rows=_rows(
                    """
合计 445.24 385.76 59.48
301 工资福利支出 375.76 375.76 .
30101 基本工资 96.30 96.30 .
30102 津贴补贴 84.20 84.20 .
30107 绩效工资 62.50 62.50 .
30108 机关事业单位基本养老保险缴费 48.96 48.96 .
30109 职业年金缴费 24.48 24.48 .
30110 职工基本医疗保险缴费 22.60 22.60 .
30113 住房公积金 36.72 36.72 .
302 商品和服务支出 59.48 . 59.48
30201 办公费 14.20 . 14.20
30211 差旅费 9.80 . 9.80
30228 工会经费 7.52 . 7.52
30229 福利费 4.96 . 4.96
30239 其他交通费用 23.00 . 23.00
303 对个人和家庭的补助 10.00 10.00 .
30305 生活补助 10.00 10.00 .
""",
                    list(ECON),
                ),
            ),
        ],
        only_tables=[GB, EB],
    ),
    # ------------------------------------------------------------------------------------------ m09
    "m09_two_pages_no_header_again.pdf": coded(
        "支出决算表 (final, six part columns) over two landscape pages, rows 26pt tall: page 1 ends with the 款 "
        "21302 林业和草原, its six 项 open page 2, whose grid goes straight on (no title, no 续表, no header); a "
        "note under the table on page 2",
        "final_account",
        EXP,
        """
合计 3,084.89 884.89 2,200.00
208 社会保障和就业支出 102.10 102.10 .
20805 行政事业单位养老支出 93.60 93.60 .
2080505 机关事业单位基本养老保险缴费支出 62.40 62.40 .
2080506 机关事业单位职业年金缴费支出 31.20 31.20 .
20808 抚恤 8.50 8.50 .
2080801 死亡抚恤 8.50 8.50 .
210 卫生健康支出 30.94 30.94 .
21011 行政事业单位医疗 30.94 30.94 .
2101101 行政单位医疗 18.64 18.64 .
2101102 事业单位医疗 12.30 12.30 .
213 农林水支出 2,899.05 699.05 2,200.00
21302 林业和草原 2,899.05 699.05 2,200.00
2130201 行政运行 286.70 286.70 .
2130204 事业机构 412.35 412.35 .
2130205 森林资源培育 650.00 . 650.00
2130209 森林生态效益补偿 1,248.60 . 1,248.60
2130211 动植物保护 86.00 . 86.00
2130234 林业草原防灾减灾 215.40 . 215.40
221 住房保障支出 52.80 52.80 .
22102 住房改革支出 52.80 52.80 .
2210201 住房公积金 52.80 52.80 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m10
    "m10_landscape_page_among_portrait.pdf": summary(
        "收入支出决算总表 (final, 决算数, no 行次) on a landscape page (MediaBox 842 x 595, no /Rotate) after a "
        "portrait cover and contents page and before a portrait page of notes; ruled grid",
        "final_account",
        [
            ("一、一般公共预算财政拨款收入", "2,486.30"),
            ("五、事业收入", "36.50"),
            ("八、其他收入", "4.20"),
            ("本年收入合计", "2,527.00"),
            ("年初结转和结余", "86.40"),
            ("总计", "2,613.40"),
        ],
        [
            ("一、一般公共服务支出", "2,108.62"),
            ("八、社会保障和就业支出", "246.18"),
            ("九、卫生健康支出", "92.35"),
            ("十九、住房保障支出", "108.20"),
            ("本年支出合计", "2,555.35"),
            ("年末结转和结余", "58.05"),
            ("总计", "2,613.40"),
        ],
    ),
    # ------------------------------------------------------------------------------------------ m11
    "m11_hrules_figures_smaller_than_labels.pdf": coded(
        "一般公共预算支出表 (budget), horizontal rules only: names and header 10pt, figures and codes 7.5pt, both "
        "centred in their rows; long names wrapped over two lines in a narrow name column",
        "budget",
        GB,
        """
合计 1,438.90 932.40 506.50
208 社会保障和就业支出 126.54 126.54 .
20805 行政事业单位养老支出 126.54 126.54 .
2080505 机关事业单位基本养老保险缴费支出 84.36 84.36 .
2080506 机关事业单位职业年金缴费支出 42.18 42.18 .
210 卫生健康支出 48.00 48.00 .
21011 行政事业单位医疗 48.00 48.00 .
2101101 行政单位医疗 28.40 28.40 .
2101102 事业单位医疗 19.60 19.60 .
220 自然资源海洋气象等支出 1,187.44 680.94 506.50
22001 自然资源事务 1,187.44 680.94 506.50
2200101 行政运行 412.60 412.60 .
2200104 自然资源规划及管理 180.00 . 180.00
2200106 自然资源利用与保护 96.50 . 96.50
2200109 自然资源调查与确权登记 230.00 . 230.00
2200150 事业运行 268.34 268.34 .
221 住房保障支出 76.92 76.92 .
22102 住房改革支出 76.92 76.92 .
2210201 住房公积金 76.92 76.92 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m12
    "m12_sangong_footnote_row_inside_frame.pdf": dict(
        note="一般公共预算财政拨款“三公”经费支出决算表 (final, national form: 预算数 | 决算数 each 合计 | 因公出国（境）费 "
        "| 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费), one row of twelve figures; under it a footnote "
        "row inside the frame, merged over all twelve columns, in the table's font, wrapped over two lines, "
        "with counts (2023, 5辆, 38批次, 216人次)",
        kind="final_account",
        not_loaded="the note's 2023, 5, 38, 216",
        tables=[
            dict(
                table=SG,
                unit="万元",
                rows=[
                    (
                        None,
                        "*",
                        {
                            "total@budget": "38.00",
                            "outbound@budget": "0.00",
                            "vehicle@budget": "28.00",
                            "vehicle_purchase@budget": "0.00",
                            "vehicle_operation@budget": "28.00",
                            "reception@budget": "10.00",
                            "total": "33.46",
                            "outbound": "0.00",
                            "vehicle": "25.12",
                            "vehicle_purchase": "0.00",
                            "vehicle_operation": "25.12",
                            "reception": "8.34",
                        },
                    )
                ],
            )
        ],
        only_tables=[SG],
    ),
    # ------------------------------------------------------------------------------------------ m13
    "m13_full_grid_white_masks.pdf": coded(
        "支出决算表 (final) painted as a report generator does: every column rule and row rule drawn across the "
        "whole table, then white rectangles over the merged cells (项目 over the code and name columns, the "
        "two-row header cells, '合计' distributed over the code and name columns): the hidden rules stay in the "
        "file and cross those cells",
        "final_account",
        EXP,
        """
合计 1,611.60 1,096.60 515.00
208 社会保障和就业支出 1,466.00 951.00 515.00
20801 人力资源和社会保障管理事务 952.46 797.46 155.00
2080101 行政运行 486.30 486.30 .
2080106 就业管理事务 120.00 . 120.00
2080109 社会保险经办机构 212.46 212.46 .
2080111 公共就业服务和职业技能鉴定机构 98.70 98.70 .
2080112 劳动人事争议调解仲裁 35.00 . 35.00
20805 行政事业单位养老支出 153.54 153.54 .
2080505 机关事业单位基本养老保险缴费支出 102.36 102.36 .
2080506 机关事业单位职业年金缴费支出 51.18 51.18 .
20807 就业补助 360.00 . 360.00
2080705 公益性岗位补贴 360.00 . 360.00
210 卫生健康支出 61.00 61.00 .
21011 行政事业单位医疗 61.00 61.00 .
2101101 行政单位医疗 36.20 36.20 .
2101102 事业单位医疗 24.80 24.80 .
221 住房保障支出 84.60 84.60 .
22102 住房改革支出 84.60 84.60 .
2210201 住房公积金 84.60 84.60 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m14
    "m14_total_last_thick_rule_above.pdf": coded(
        "一般公共预算基本支出表 (budget), ruled grid, 合计 the last row with an Excel thick rule (2.25pt) above it "
        "and a double rule under it",
        "budget",
        EB,
        """
301 工资福利支出 270.66 270.66 .
30101 基本工资 62.40 62.40 .
30102 津贴补贴 58.32 58.32 .
30103 奖金 5.20 5.20 .
30107 绩效工资 40.16 40.16 .
30108 机关事业单位基本养老保险缴费 36.48 36.48 .
30109 职业年金缴费 18.24 18.24 .
30110 职工基本医疗保险缴费 21.36 21.36 .
30113 住房公积金 28.50 28.50 .
302 商品和服务支出 42.32 . 42.32
30201 办公费 9.60 . 9.60
30207 邮电费 2.72 . 2.72
30211 差旅费 6.40 . 6.40
30213 维修（护）费 3.00 . 3.00
30228 工会经费 4.60 . 4.60
30231 公务用车运行维护费 16.00 . 16.00
310 资本性支出 6.80 . 6.80
31002 办公设备购置 6.80 . 6.80
合计 319.78 270.66 49.12
""",
        cols=ECON,
    ),
    # ------------------------------------------------------------------------------------------ m15
    "m15_grid_negative_minus.pdf": coded(
        "支出决算表 (final), ruled grid: 2012699 prints -12.50 (项目支出 and 合计) and 20899 / 2089999 print -3.60 "
        "(基本支出 and 合计): prior years' spending recovered; their 款 and 类 net of them",
        "final_account",
        EXP,
        """
合计 328.86 291.36 37.50
201 一般公共服务支出 269.10 231.60 37.50
20126 档案事务 269.10 231.60 37.50
2012601 行政运行 186.40 186.40 .
2012604 档案馆 95.20 45.20 50.00
2012699 其他档案事务支出 -12.50 . -12.50
208 社会保障和就业支出 38.64 38.64 .
20805 行政事业单位养老支出 42.24 42.24 .
2080505 机关事业单位基本养老保险缴费支出 28.16 28.16 .
2080506 机关事业单位职业年金缴费支出 14.08 14.08 .
20899 其他社会保障和就业支出 -3.60 -3.60 .
2089999 其他社会保障和就业支出 -3.60 -3.60 .
221 住房保障支出 21.12 21.12 .
22102 住房改革支出 21.12 21.12 .
2210201 住房公积金 21.12 21.12 .
""",
    ),
    # ------------------------------------------------------------------------------------------ m16
    "m16_hrules_negative_parentheses.pdf": coded(
        "一般公共预算财政拨款支出决算表 (final, 本年支出 over 小计 | 基本支出 | 项目支出), horizontal rules only: "
        "2060199 and its 款 20601 print the negative 项目支出 as an accountant does, '(12.50)' (20601's 小计 "
        "155.80 below its 基本支出 168.30)",
        "final_account",
        GB,
        """
合计 448.30 220.80 227.50
206 科学技术支出 395.80 168.30 227.50
20601 科学技术管理事务 155.80 168.30 -12.50
2060101 行政运行 168.30 168.30 .
2060199 其他科学技术管理事务支出 -12.50 . -12.50
20604 技术研究与开发 240.00 . 240.00
2060499 其他技术研究与开发支出 240.00 . 240.00
208 社会保障和就业支出 33.60 33.60 .
20805 行政事业单位养老支出 33.60 33.60 .
2080505 机关事业单位基本养老保险缴费支出 22.40 22.40 .
2080506 机关事业单位职业年金缴费支出 11.20 11.20 .
221 住房保障支出 18.90 18.90 .
22102 住房改革支出 18.90 18.90 .
2210201 住房公积金 18.90 18.90 .
""",
    ),
}


# ----------------------------------------------------------------------------------------- identities
def _d(v):
    return D(v.replace(",", "")) if v is not None else D(0)


def _check_coded(rows, cols):
    by_code = {code: vals for code, _n, vals in rows if code}
    total = next(vals for code, name, vals in rows if code is None and name == "合计")
    parts = [c for c in cols if c not in (T,)]
    # m06: basic is the subtotal of personnel + public_funds, not a part of the row total beside them
    if PE in cols and B in cols:
        parts = [c for c in parts if c != B]
    for code, name, vals in rows:
        if len(parts) > 0 and T in cols:
            assert _d(vals.get(T)) == sum(_d(vals.get(c)) for c in parts), (code, name)
        if PE in cols and B in cols:
            assert _d(vals.get(B)) == _d(vals.get(PE)) + _d(vals.get(PU)), (code, name)
    for code, vals in by_code.items():
        kids = [c for c in by_code if len(c) == len(code) + 2 and c.startswith(code)]
        if kids:
            for col in cols:
                assert _d(vals.get(col)) == sum(_d(by_code[k].get(col)) for k in kids), (code, col)
    for col in cols:
        assert _d(total.get(col)) == sum(_d(v.get(col)) for c, v in by_code.items() if len(c) == 3), col


def _identities():
    for name, exp in EXPECTED.items():
        for spec in exp["tables"]:
            rows = spec["rows"]
            if spec["table"] in (EXP, GB, EB):
                cols = []
                for _c, _n, vals in rows:
                    cols += [k for k in vals if k not in cols]
                _check_coded(rows, cols)
            elif spec["table"] == IES:
                inc = {n: _d(v[I]) for _c, n, v in rows if I in v}
                exp_ = {n: _d(v[E]) for _c, n, v in rows if E in v}
                items = sum(v for n, v in inc.items() if "、" in n)
                assert items == inc["本年收入合计"], name
                carry = [v for n, v in inc.items() if "结转" in n]
                grand = next(v for n, v in inc.items() if "总计" in n)
                assert inc["本年收入合计"] + sum(carry) == grand, name
                assert sum(v for n, v in exp_.items() if "、" in n) == exp_["本年支出合计"], name
                ecarry = [v for n, v in exp_.items() if "结转" in n]
                egrand = next(v for n, v in exp_.items() if "总计" in n)
                assert exp_["本年支出合计"] + sum(ecarry) == egrand == grand, name
            elif spec["table"] == SG:
                for phase in ("@budget", ""):
                    v = {
                        k[: -len(phase)] if phase else k: _d(x)
                        for k, x in spec["rows"][0][2].items()
                        if (k.endswith(phase) if phase else "@" not in k)
                    }
                    assert v["total"] == v["outbound"] + v["vehicle"] + v["reception"], name
                    assert v["vehicle"] == v["vehicle_purchase"] + v["vehicle_operation"], name


_identities()
