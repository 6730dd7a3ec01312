"""Expected readings of the rules_s27e PDFs, typed by hand from the cells drawn (gen.py), never from the parser.

Format as rules_s27a_data.py: per input a note (what it attacks), kind, tables=[dict(table, unit, rows=[(code,
name, {column: value as printed}, subject_name)])]. A coded row's name is the project's whole name (all its
printed pieces, in order); the 4th element the subject's name. 备注 cells are loaded nowhere.

Attacked (functional.py, session 27): pieces between rows split at the last one narrower than the name column
less 2 (_place_carried, _column_width counting characters, CJK 2); all-full pieces above only where
_tails_only; only pieces in the row above's name column (_name_column_pieces); first pieces under the
header (_first_pieces_above); a code line printing no name takes the pieces above if one fills the column
(_name_above); the subject's name wrapped (_subject_name_piece). Here the text comes from PDFs: positions
in points, proportional Latin glyphs, a name shrunk to fit, a wide 备注 column, running headers."""

PROJ = "project_expenditure"
T = "total"
FA = "fiscal_appropriation"
ROAD = "公路养护"
OTHER = "其他公路水路运输支出"


def fa(v):
    return {T: v, FA: v}


def table(*rows):
    return [dict(table=PROJ, unit="万元", rows=list(rows))]


def total(v):
    return (None, "合计", fa(v))


EXPECTED = {
    "e01_control_top_unruled.pdf": dict(
        note="control: unruled, top-aligned, tails '工程' / '建设' narrow under their rows",
        kind="budget",
        tables=table(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            total("805.00"),
        ),
    ),
    "e02_shrink_to_fit_centred.pdf": dict(
        note="_column_width in characters: one name shrunk to fit its cell (6.5pt, 17 chars on one line) makes "
        "the column 34 wide; a centred row's full first piece (12 chars, 24) reads as narrow",
        kind="budget",
        tables=table(
            ("2140106", "国省干线公路安全生命防护工程（续建）", fa("300.00"), ROAD),
            ("2140106", "农村公路危旧桥梁改造加固及沿线安全隐患排查整治提升工程", fa("420.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            total("765.00"),
        ),
    ),
    "e03_wide_remark_centred.pdf": dict(
        note="_column_width: a 备注 column wider than the names', its remark wrapped onto lines of its own "
        "(23 chars) sets the width; centred rows' full heads read as narrow tails, a code line without a "
        "name fails _name_above",
        kind="budget",
        tables=table(
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路危旧桥梁改造加固及沿线安全隐患排查工程", fa("380.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            total("695.00"),
        ),
    ),
    "e04_proportional_head_centred.pdf": dict(
        note="proportional Latin glyphs (Helvetica widths): a centred row's first piece 'G318线K2156+300-K2189+600' "
        "fills 127pt of 134 but counts 25 of 28",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "G318线K2156+300-K2189+600段路面大中修及附属设施完善工程", fa("860.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            total("915.00"),
        ),
    ),
    "e05_proportional_first_row_bottom.pdf": dict(
        note="_first_pieces_above: the first row bottom-aligned, its first piece (Latin, full in points, 25) "
        "counts narrower than its piece beside the figures (13 CJK, 26)",
        kind="budget",
        tables=table(
            ("2140106", "G318线K2156+300-K2189+600段路面大中修及附属设施完善", fa("860.00"), ROAD),
            ("2140106", "农村公路危旧桥梁改造加固工程", fa("380.00"), ROAD),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            total("1250.00"),
        ),
    ),
    "e06_first_row_two_lines_centred.pdf": dict(
        note="the first row centred over two lines: its code line prints no name, one piece above it (right "
        "under the header), one below; a later row the same",
        kind="budget",
        tables=table(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            total("805.00"),
        ),
    ),
    "e07_first_row_piece_header_word.pdf": dict(
        note="_first_pieces_above: the first row bottom-aligned, its second piece prints 分类 (_HEADER_CELL_RE)",
        kind="budget",
        tables=table(
            ("2140199", "交通运输领域企业信用分类分级监管平台建设项目", fa("120.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            total("665.00"),
        ),
    ),
    "e08_two_full_lines_centred.pdf": dict(
        note="a name of two full pieces centred around its code line (20 / 18 of 20): its second piece "
        "stands in its row (the gap to the next row's piece is the row's padding), no narrow piece tells",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "农村公路危旧桥梁改造加固及安全隐患整治", fa("380.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            total("685.00"),
        ),
    ),
    "e09_top_two_pages_full_tail.pdf": dict(
        note="_tails_only: top-aligned, 合计 first; page 2 opens with the unit's name (narrow, in the name "
        "column) and the header again, read as a run 'narrow then full'; a name of two full pieces there",
        kind="budget",
        tables=table(
            total("1185.00"),
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "农村公路危旧桥梁改造加固及安全隐患整治", fa("380.00"), ROAD),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
        ),
    ),
    "e10_ascii_word_wrap_bottom.pdf": dict(
        note="bottom-aligned, a Latin word kept whole on the next line (as Word/Excel wrap): the head "
        "'干线公路养护工程' (16 of 20) stops short of the column",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "干线公路养护工程S216K10+500-K28+200段", fa("650.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            total("955.00"),
        ),
    ),
    "e11_subject_first_both_wrap_centred.pdf": dict(
        note="科目编码 | 科目名称 | 项目名称, centred: the subject's name wraps ('其他公路水路' / '运输支出') "
        "beside the project's pieces; code lines printing neither name",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140199", "交通战备经费", fa("10.00"), OTHER),
            total("315.00"),
        ),
    ),
    "e12_proportional_code_line_no_name.pdf": dict(
        note="_name_above: a code line printing no name between two pieces, the first full in points "
        "(Latin, 25 of 28) — no piece 'fills the column' in characters",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            ("2140106", "G318线K2156+300-K2189+600段路面大中修工程", fa("860.00"), ROAD),
            ("2140106", "农村公路安全生命防护工程建设", fa("500.00"), ROAD),
            total("1405.00"),
        ),
    ),
    "e13_grid_bottom_remark_total_first.pdf": dict(
        note="control (ruled grid: cells read whole): bottom-aligned, a 备注 column, 合计 first",
        kind="budget",
        tables=table(
            total("805.00"),
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
        ),
    ),
    "e14_hrules_centred_two_pages.pdf": dict(
        note="horizontal rules only, centred; a three-line row too tall for one band (read line by line); "
        "page 2: running header (unit left, title right), '表8 项目支出预算表（续）', the header again",
        kind="budget",
        tables=table(
            ("2140106", "农村公路安全生命防护工程", fa("500.00"), ROAD),
            ("2140106", "农村公路危旧桥梁改造加固及沿线安全隐患排查工程", fa("380.00"), ROAD),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            total("1185.00"),
        ),
    ),
    "e15_grid_tall_row_centred.pdf": dict(
        note="ruled grid, a five-line name centred (band too tall to be one row: read line by line), two full "
        "pieces above its code line, a full and a narrow one below",
        kind="budget",
        tables=table(
            ("2140106", "公路桥梁定期检测", fa("45.00"), ROAD),
            (
                "2140106",
                "国省干线公路安全生命防护工程及农村公路危旧桥梁改造加固和沿线安全隐患排查整治提升工程",
                fa("1200.00"),
                ROAD,
            ),
            ("2140199", "交通运输综合执法能力建设", fa("260.00"), OTHER),
            total("1505.00"),
        ),
    ),
}
