"""Expected readings of the rules_s25b PDFs, typed by hand from the figures drawn (never from the parser).
gen.py draws the PDFs from the cells below; check.py compares the parser's reading with EXPECTED.

Per input: note (what it attacks), table (expected table_key), unit (printed unit), phase (the document's
own phase, "actual" for a 决算), rows: (code, name, {column_key: value as printed}); a column key may be a
(column_key, phase) pair for a 年初预算数 column of a final account. code None for a named row; name None for
a row whose label is not checked (三公 items as rows: the item is the column). not_loaded: printed numbers
(notes, page numbers, markers) that must not be read as any amount."""

# ---- the unit's 2024 支出决算表 (万元): code, name, 合计, 基本支出, 项目支出 ("" = blank cell)
EXP = [
    ("", "合计", "1,542.75", "1,203.15", "339.60"),
    ("205", "教育支出", "1,342.75", "1,003.15", "339.60"),
    ("20501", "教育管理事务", "1,096.55", "1,003.15", "93.40"),
    ("2050101", "行政运行", "1,003.15", "1,003.15", ""),
    ("2050199", "其他教育管理事务支出", "93.40", "", "93.40"),
    ("20509", "教育费附加安排的支出", "246.20", "", "246.20"),
    ("2050999", "其他教育费附加安排的支出", "246.20", "", "246.20"),
    ("208", "社会保障和就业支出", "120.00", "120.00", ""),
    ("20805", "行政事业单位养老支出", "120.00", "120.00", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "120.00", "120.00", ""),
    ("210", "卫生健康支出", "52.00", "52.00", ""),
    ("21011", "行政事业单位医疗", "52.00", "52.00", ""),
    ("2101101", "行政单位医疗", "52.00", "52.00", ""),
    ("221", "住房保障支出", "28.00", "28.00", ""),
    ("22102", "住房改革支出", "28.00", "28.00", ""),
    ("2210201", "住房公积金", "28.00", "28.00", ""),
]

# the same table in 元 (g03: figures too wide for their narrow cells wrap inside them)
EXP_YUAN = [
    ("", "合计", "15,427,500.00", "12,031,500.00", "3,396,000.00"),
    ("205", "教育支出", "13,427,500.00", "10,031,500.00", "3,396,000.00"),
    ("20501", "教育管理事务", "10,965,500.00", "10,031,500.00", "934,000.00"),
    ("2050101", "行政运行", "10,031,500.00", "10,031,500.00", ""),
    ("2050199", "其他教育管理事务支出", "934,000.00", "", "934,000.00"),
    ("20509", "教育费附加安排的支出", "2,462,000.00", "", "2,462,000.00"),
    ("2050999", "其他教育费附加安排的支出", "2,462,000.00", "", "2,462,000.00"),
    ("208", "社会保障和就业支出", "1,200,000.00", "1,200,000.00", ""),
    ("20805", "行政事业单位养老支出", "1,200,000.00", "1,200,000.00", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,200,000.00", "1,200,000.00", ""),
    ("210", "卫生健康支出", "520,000.00", "520,000.00", ""),
    ("21011", "行政事业单位医疗", "520,000.00", "520,000.00", ""),
    ("2101101", "行政单位医疗", "520,000.00", "520,000.00", ""),
    ("221", "住房保障支出", "280,000.00", "280,000.00", ""),
    ("22102", "住房改革支出", "280,000.00", "280,000.00", ""),
    ("2210201", "住房公积金", "280,000.00", "280,000.00", ""),
]

# ---- 收入决算表 (万元): code, name, 合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 其他收入
INC = [
    ("", "合计", "1,618.45", "1,488.75", "", "96.30", "", "33.40"),
    ("205", "教育支出", "1,418.45", "1,288.75", "", "96.30", "", "33.40"),
    ("20501", "教育管理事务", "1,172.25", "1,042.55", "", "96.30", "", "33.40"),
    ("2050101", "行政运行", "1,078.85", "1,003.15", "", "42.30", "", "33.40"),
    ("2050199", "其他教育管理事务支出", "93.40", "39.40", "", "54.00", "", ""),
    ("20509", "教育费附加安排的支出", "246.20", "246.20", "", "", "", ""),
    ("2050999", "其他教育费附加安排的支出", "246.20", "246.20", "", "", "", ""),
    ("208", "社会保障和就业支出", "120.00", "120.00", "", "", "", ""),
    ("20805", "行政事业单位养老支出", "120.00", "120.00", "", "", "", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "120.00", "120.00", "", "", "", ""),
    ("210", "卫生健康支出", "52.00", "52.00", "", "", "", ""),
    ("21011", "行政事业单位医疗", "52.00", "52.00", "", "", "", ""),
    ("2101101", "行政单位医疗", "52.00", "52.00", "", "", "", ""),
    ("221", "住房保障支出", "28.00", "28.00", "", "", "", ""),
    ("22102", "住房改革支出", "28.00", "28.00", "", "", "", ""),
    ("2210201", "住房公积金", "28.00", "28.00", "", "", "", ""),
]
INC_COLS = ["total", "fiscal_appropriation", "upper_grant", "business", "operating_income", "other_income"]

# ---- 一般公共预算财政拨款支出决算表 (万元), three-level header:
# 年初预算数 (合计 | 基本支出 | 项目支出) | 决算数 (合计 | 基本支出 (人员经费 | 公用经费) | 项目支出)
GB = [
    ("", "合计", "1,480.00", "1,180.00", "300.00", "1,542.75", "1,061.35", "141.80", "339.60"),
    ("205", "教育支出", "1,280.00", "980.00", "300.00", "1,342.75", "861.35", "141.80", "339.60"),
    ("20501", "教育管理事务", "1,040.00", "980.00", "60.00", "1,096.55", "861.35", "141.80", "93.40"),
    ("2050101", "行政运行", "980.00", "980.00", "", "1,003.15", "861.35", "141.80", ""),
    ("2050199", "其他教育管理事务支出", "60.00", "", "60.00", "93.40", "", "", "93.40"),
    ("20509", "教育费附加安排的支出", "240.00", "", "240.00", "246.20", "", "", "246.20"),
    ("2050999", "其他教育费附加安排的支出", "240.00", "", "240.00", "246.20", "", "", "246.20"),
    ("208", "社会保障和就业支出", "125.00", "125.00", "", "120.00", "120.00", "", ""),
    ("20805", "行政事业单位养老支出", "125.00", "125.00", "", "120.00", "120.00", "", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "125.00", "125.00", "", "120.00", "120.00", "", ""),
    ("210", "卫生健康支出", "50.00", "50.00", "", "52.00", "52.00", "", ""),
    ("21011", "行政事业单位医疗", "50.00", "50.00", "", "52.00", "52.00", "", ""),
    ("2101101", "行政单位医疗", "50.00", "50.00", "", "52.00", "52.00", "", ""),
    ("221", "住房保障支出", "25.00", "25.00", "", "28.00", "28.00", "", ""),
    ("22102", "住房改革支出", "25.00", "25.00", "", "28.00", "28.00", "", ""),
    ("2210201", "住房公积金", "25.00", "25.00", "", "28.00", "28.00", "", ""),
]
GB_COLS = [
    ("total", "budget"),
    ("basic", "budget"),
    ("project", "budget"),
    "total",
    "personnel",
    "public_funds",
    "project",
]

# ---- 三公 (items as rows: 项目 | 预算数 | 决算数) and 机关运行经费, side by side (万元)
SANGONG = [
    ("合计", "total", "24.00", "19.86"),
    ("1．因公出国（境）费", "outbound", "", ""),
    ("2．公务用车购置及运行维护费", "vehicle", "16.00", "14.56"),
    ("（1）公务用车购置费", "vehicle_purchase", "", ""),
    ("（2）公务用车运行维护费", "vehicle_operation", "16.00", "14.56"),
    ("3．公务接待费", "reception", "8.00", "5.30"),
]
OPERATING = [("机关运行经费支出", "141.80")]

FIG = ("total", "basic", "project")


def by_cols(rows, cols):
    """(code, name, {column: printed value}) for every non-blank cell of rows drawn as (code, name, *cells)."""
    out = []
    for code, name, *cells in rows:
        out.append((code or None, name, {c: v for c, v in zip(cols, cells) if v}))
    return out


def some(rows, codes):
    return [r for r in rows if r[0] in codes]


def sangong_rows():
    out = []
    for _name, item, budget, actual in SANGONG:
        cols = {}
        if budget:
            cols[(item, "budget")] = budget
        if actual:
            cols[item] = actual
        if cols:
            out.append((None, None, cols))
    return out


EXPENDITURE = "expenditure_by_function"
BASE = dict(table=EXPENDITURE, unit="万元", phase="actual")

EXPECTED = {
    "g01_one_path_grid.pdf": dict(
        BASE,
        note="whole grid stroked as ONE path (bounds = table box), long names wrapped over two lines, code "
        "and figures vertically centred between them",
        rows=by_cols(EXP, FIG),
    ),
    "g02_row_path_grid.pdf": dict(
        BASE,
        note="each row's borders (box + inner verticals) one path; long names wrapped, figures centred",
        rows=by_cols(EXP, FIG),
    ),
    "g03_figure_wraps_in_cell.pdf": dict(
        BASE,
        unit="元",
        note="元 figures too wide for narrow ruled cells wrap inside them ('10,031,500.0' / '0'), the "
        "other cells of the row vertically centred",
        rows=by_cols(EXP_YUAN, FIG),
    ),
    "g04_superscript_markers.pdf": dict(
        BASE,
        note="Word superscript note markers (5pt, raised 3.5pt) right after figures: '93.40¹', '246.20*'; "
        "a 7.5pt note under the table with 12.50万元 and 2024",
        rows=by_cols(EXP, FIG),
        not_loaded=["12.50", "1", "2"],
    ),
    "g05_fake_bold_rows.pdf": dict(
        BASE,
        note="三线表 (rules top, under header, bottom only); the 合计 and 类 rows fake-bold: drawn twice, the "
        "second copy 0.3pt right",
        rows=by_cols(EXP, FIG),
    ),
    "g06_row_split_over_pages.pdf": dict(
        BASE,
        note="grid over two pages, header repeated; row 2080505 broken by the page: code and 1st name line "
        "on page 1, the name's tail and the figures atop page 2; page footer '第 2 页 共 3 页'",
        rows=by_cols(EXP, FIG),
    ),
    "g07_tables_side_by_side.pdf": dict(
        table="sangong",
        unit="万元",
        phase="actual",
        note="表7 三公 (items as rows, 18pt rows) and 表8 机关运行经费 (one 30pt row) side by side on one "
        "page, titles on one line",
        rows=sangong_rows(),
        extra=[("operating_costs", None, "机关运行经费", {"*": "141.80"})],
    ),
    "g08_three_level_header.pdf": dict(
        BASE,
        table="general_budget_by_function",
        note="年初预算数 (合计|基本|项目) | 决算数 (合计 | 基本支出 over 人员经费|公用经费 | 项目支出): "
        "three header levels, merged cells",
        rows=by_cols(GB, GB_COLS),
    ),
    "g09_zebra_stripes.pdf": dict(
        BASE,
        note="no rules at all: light filled stripes behind every second row (a stripe's edges are its only "
        "'rules'); long names wrapped with the figures centred",
        rows=by_cols(EXP, FIG),
    ),
    "g10_note_row_running_header.pdf": dict(
        BASE,
        note="running header '某某市教育局2024年度部门决算 公开表3 第3页' above the title; a note row "
        "spanning the grid's width under 合计 rows, holding 2050199, 30.00 and 12.50",
        rows=by_cols(EXP, FIG),
        not_loaded=["30.00", "12.50", "3"],
    ),
    "g11_centred_and_right.pdf": dict(
        BASE,
        table="income_by_function",
        note="收入决算表 unruled (三线表), wide columns: 合计 figures centred, the parts right-aligned, blanks "
        "dropped (事业收入 or 其他收入 alone beside 合计)",
        rows=by_cols(INC, INC_COLS),
    ),
    "g12_rotate270_landscape.pdf": dict(
        BASE,
        note="a landscape table page stored portrait with /Rotate 270 in a portrait document (cover portrait)",
        rows=by_cols(EXP, FIG),
    ),
    "g13_wide_table_split_by_columns.pdf": dict(
        BASE,
        table="income_by_function",
        note="Excel's print of a wide sheet: 合计 | 财政拨款收入 | 上级补助收入 on page 1, 事业收入 | 经营收入 "
        "| 其他收入 on page 2, code and name columns and the title repeated (print titles)",
        rows=by_cols(INC, INC_COLS),
    ),
}
