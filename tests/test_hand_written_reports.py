"""Two complete reports written by hand in the seeds' formats, as plain pdftotext prints them (the seeds
themselves are not in this repository): a Wuhan-style 2020 final account (the national 9-table template:
two-sided 表1 and 表4 with 行次, 表6 in three blocks, a 12-column 三公 table, 公开0N表 form numbers, 栏次
rows) and a Xicheng-style 2021 budget (表一–表十三: 表六 with two economic code systems, 表九 detail lines,
empty tables that say so). Their expected values were typed while writing them, in tests/golden/hand_written/
check_*.py (also runnable on their own, printing every difference).

Every expected amount is read, in its column, and nothing else: the 收入表's parts, which its own identities
leave open, placed by the 收支总表's income items; Wuhan's 12-column 三公 table (预算数 | 决算数 over two
halves, each vehicle group's 小计 / 购置费 / 运行费 printed after both) and Xicheng's (a group line with its
phase over the items)."""

import contextlib
import io
import runpy
from decimal import Decimal

from dagster_project.parser import parse_document

from .conftest import PROJECT_ROOT

FOLDER = PROJECT_ROOT / "tests" / "golden" / "hand_written"


def _run(script: str) -> dict:
    with contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(FOLDER / script))


def _review(script: str) -> tuple[dict, dict[str, str]]:
    """A review folder's check run on every input: its namespace, and each input's status."""
    checked = _run(script)
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        rows, diagnostics = checked["check"](name, expected)
        # An internal error is caught per table and said, but it is a parser bug all the same: none may occur.
        said = getattr(diagnostics, "diagnostics", diagnostics)  # (some checks give the whole result)
        assert [d for d in said if "parser_exception" in str(d)] == [], name
        worst[name] = _worst(rows, checked["ORDER"])
    return checked, worst


def _worst(rows: list, order) -> str:
    """An input's status in a review's check: the worst of its rows' (statuses in ``order``), else OK."""
    return next((status for status in order if any(row[0] == status for row in rows)), "OK")


def test_the_wuhan_style_final_account():
    checked = _run("check_wuhan.py")
    assert checked["wrong"] == []
    assert checked["spurious"] == []
    assert checked["matched"] == 185  # of 185
    assert checked["missing"] == []
    assert checked["cmiss"] == []  # all 25 claims
    document = checked["r"].document
    assert (document.doc_kind, document.unit_name, document.fiscal_year, document.district) == (
        "final_account",
        "武汉市江岸区统计局",
        2020,
        "江岸区",
    )
    assert [t.table_key for t in checked["r"].tables if t.is_empty] == ["government_fund", "state_capital"]


def test_the_xicheng_style_budget():
    checked = _run("check_xicheng.py")
    assert checked["stats"]["wrong"] == 0
    assert checked["stats"]["spurious"] == 0
    assert checked["stats"]["matched"] == 184  # of 184
    assert checked["stats"]["missing"] == 0
    assert checked["cmiss"] == []  # all 15 claims
    assert checked["m"] == 28  # of 29 detail lines: 2080505's wrapped names are read as its project's
    document = checked["r"].document
    assert (document.doc_kind, document.unit_name, document.fiscal_year, document.district) == (
        "budget",
        "北京市西城区文化和旅游局",
        2021,
        "西城区",
    )


def test_a_county_budget_with_fund_money():
    """四川省南充市营山县教育局 2022 (cover in Chinese numerals, narrative before the tables, a 三公 title
    wrapped over two lines, a non-empty 政府性基金 table under a group header; the 财政拨款收支总表's parts
    placed by its column totals, the 项目支出表's fund split by its 合计 row, a project name wrapped inside
    its brackets)."""
    checked = _run("check_county.py")
    assert checked["stats"] == {"expected": 281, "matched": 281, "missing": 0, "wrong": 0, "spurious": 0}
    assert checked["cmiss"] == []  # all 21 claims


def test_a_units_final_account_with_several_income_sources():
    """上海市普陀区中医医院 2023 单位决算 (事业收入, 经营收入, 经营支出; a figure run on to a line of its
    own in the 收入表; Shanghai's 三公 header with 预算数 决算数 under all items; two evaluated projects)."""
    checked = _run("check_unit.py")
    assert checked["wrong"] == []
    assert checked["n_sp"] == 0
    assert checked["matched"] == 215  # of 215
    assert checked["cmiss"] == []
    # every claim with its subject, a project name wrapped onto the next line too (重大公共卫生服务 / 项目)
    assert checked["loose"] == []


def test_a_provincial_budget_consolidating_units():
    """浙江省生态环境厅 2023 (tables numbered 一、 as Jiangsu prints them, a 收支预算总表 listing 类 and
    支出用途 side by side, 事业 / 经营 / 其他 income and 上年结转, a 机关运行经费 table under
    机关运行经费支出, figures with and without separators, a 三公 table of integers)."""
    checked = _run("check_province.py")
    assert checked["stats"] == {"expected": 342, "matched": 342, "missing": 0, "wrong": 0, "spurious": 0}
    assert checked["cmiss"] == []  # all 30 claims


def test_a_beijing_district_final_account_with_flow_tables():
    """北京市朝阳区园林绿化局 2022 (收入支出决算表 and 财政拨款收入支出决算表 titled without 总表;
    一般公共预算 and 政府性基金 tables as flows 年初结转 | 本年收入 | 本年支出 | 年末结转, whose rows alone
    fit several placements once blanks are dropped: the column sums of parents and children settle them)."""
    checked = _run("check_bj_final.py")
    assert checked["wrong"] == []
    assert checked["missing"] == []
    assert checked["matched"] == 239  # of 239
    assert checked["missing_amb"] == []
    assert checked["cmiss"] == []  # all 25 claims
    document = checked["r"].document
    assert (document.main_table_key, document.total_expenditure_yuan) == (
        "expenditure_by_function",
        Decimal("93457142.48"),
    )


def test_a_guangdong_county_level_final_account():
    """英德市农业农村局 2023: titles with the unit and year in front, 金额单位,
    上缴上级 / 经营 / 对附属单位补助 columns, 决算数 printed once over the
    财政拨款总表's fund columns, 收、支总计均为 and 财政拨款收、支总计,
    三公 items headed "1.因公出国（境）费。", and the 三公 year-on-year change
    said at the end of its budget-versus-actual sentence."""
    checked = _run("check_gd.py")
    assert (checked["matched"], checked["wrong"], checked["missing"]) == (210, [], [])
    assert checked["cmiss"] == []
    assert checked["loose"] == []  # all 28 claims with their subjects


def test_a_hunan_units_budget_with_a_treasury_held_fund():
    """长沙市第一中学 2024 单位预算 (表1-1 … labels, 财政专户管理资金收入 beside 一般公共预算, a table of a
    kind not read between the others, 绩效目标 figures that are not money). The 三公 table and the 收入总表
    (by 单位编码, session 32) print a 合计 row and the unit's own row repeating it: the 合计 row is loaded,
    the unit's row is not, and that is said."""
    checked = _run("check_hn.py")
    assert checked["stats"] == {"expected": 172, "matched": 166, "missing": 6, "wrong": 0, "spurious": 0}
    missing = [p for p in checked["problems"] if p.startswith("MISSING")]
    assert all(p.split()[1] == "sangong" for p in missing)
    # not in silence: the unit's rows are named, with their figures
    said = [d for d in checked["r"].diagnostics if d.check_name == "unit_rows_not_loaded"]
    assert sorted((d.severity, d.table_key, d.observed) for d in said) == [
        ("info", "income_by_function", "8,478.84 6,842.34 1,280.00 356.50"),
        ("info", "sangong", "6.10 0.00 3.60 0.00 3.60 2.50"),
    ]
    assert checked["cmiss"] == []  # all 19 claims


def test_a_layout_text_final_account_in_yuan():
    """郑州市统计局 2024 部门决算 as `pdftotext -layout` prints it (columns of spaces, 元 with separators,
    form feeds and page numbers). Its review found three layout-text defects, each pinned here: a table
    continued on the next page under its repeated title (after a blank line) is one table; 一般公共预算
    over 财政拨款 is that fund's column; a 三公 header whose 预算数 / 决算数 stand narrow over their halves
    and whose 购置费 / 运行费 line spans the vehicle columns only, above a bare column-number line."""
    checked = _run("check_zz_layout.py")
    assert (checked["matched"], checked["wrong"], checked["missing"], checked["n_sp"]) == (233, [], [], 0)
    assert checked["cmiss"] == [] and checked["loose"] == []  # all 25 claims
    result = checked["r"]
    assert [t.table_key for t in result.tables][:3] == [
        "income_expenditure_summary",
        "income_by_function",
        "expenditure_by_function",
    ]
    assert not any(t.table_key.endswith("_2") for t in result.tables)
    sangong = {(a.column_key, a.phase): a.amount_yuan for a in result.amounts if a.table_key == "sangong"}
    assert sangong == {
        ("total", "budget"): Decimal("186000.00"),
        ("outbound", "budget"): Decimal("0.00"),
        ("vehicle", "budget"): Decimal("150000.00"),
        ("vehicle_purchase", "budget"): Decimal("0.00"),
        ("vehicle_operation", "budget"): Decimal("150000.00"),
        ("reception", "budget"): Decimal("36000.00"),
        ("total", "actual"): Decimal("158436.40"),
        ("vehicle", "actual"): Decimal("132618.40"),
        ("vehicle_operation", "actual"): Decimal("132618.40"),
        ("reception", "actual"): Decimal("25818.00"),
    }
    assert not [d for d in result.diagnostics if d.table_key == "sangong"]  # "1 2 … 12" is no row
    fiscal = {
        a.row_label: a.column_key
        for a in result.amounts
        if a.table_key == "fiscal_summary"
        and a.amount_yuan == Decimal("33800020.48")
        and a.column_key != "expenditure"
    }
    assert fiscal == {"一、一般公共服务支出": "expenditure_general_public"}


def test_a_central_departments_budget_comparing_with_last_years_execution():
    """国家档案局 2025 部门预算 in the central departments' style: the 一般公共预算支出表 prints 2024年执行数,
    the 2025 columns and 增减额 / 增减% (a percentage after each row's figures); a 三公 table with 2024's
    block beside 2025's; a 项目支出表 in 元 with names wrapped over lines; "比2024年执行数" in the
    narrative. No 2024 figure or percentage is loaded as a 2025 amount. A claim on a 项 whose row prints no
    2025 figure keeps its code (it had none before). The 收入总表, eight fund columns and a 上年结转 column
    with blank cells dropped, is read whole since session 28 (39 figures were said, not read): its 合计 row
    (16,987.40, the 收入总计) is pinned by the 收支总表's income items with their 上年结转 (150.00), where
    the pin had been keyed by the 本年收入合计 (16,837.40) alone."""
    checked = _run("check_central.py")
    stats = checked["stats"]
    assert (stats["matched"], stats["wrong"], stats["spurious"]) == (314, 0, 0)  # of 314
    assert stats["prior_or_change_as_2025"] == stats["percent_as_money"] == 0
    assert [p for p in checked["problems"] if p.split()[0] == "MISSING"] == []
    assert not [d for d in checked["r"].diagnostics if d.table_key == "income_by_function"]
    assert checked["cmiss"] == []  # of 32 claims


def test_a_pdf_drawn_by_hand_and_its_pdftotext_renditions():
    """昆明市市场监督管理局 2023 部门决算 as a real PDF (drawn with reportlab from the typed figures,
    km_gen.py): ruled tables, one table without rules (wide columns, names centred, figures right-aligned,
    so no figure meets its column's name), a 公开05表 form number and a 栏次 row under the header, names
    wrapped in their cells, a table over a page break. Its `pdftotext -layout` text pushes a figure
    against the next block's code ("12.85 30216", "120.3030205") and prints two 三公 names one space
    apart; its plain text prints "- 12 -" footers mid-page and an empty table's 栏次 a number per line.
    The PDF and the layout text read every amount; the plain text, whose codes stand apart from their
    rows, refuses its coded tables (each said) and loads nothing wrong."""
    checked = _run("check_km.py")
    results = checked["results"]
    for name in ("km_2023_final.pdf", "km_2023_final.layout.txt"):
        stats = results[name]
        assert (stats["matched"], stats["wrong"], stats["missing"], stats["spurious"]) == (237, 0, 0, 0), name
        assert (stats["claims"], stats["claims_missing"], stats["tables_ok"]) == (27, 0, True), name
    plain = results["km_2023_final.txt"]
    assert (plain["wrong"], plain["spurious"], plain["claims"], plain["tables_ok"]) == (0, 0, 27, True)
    assert plain["matched"] == 45


def test_a_chongqing_final_accounts_narrative():
    """重庆市綦江区机关事务管理局 2024 部门决算: a long narrative in the wordings of
    its region (政府办公厅（室） in 类/款/项 chains, rates without 的, the actual
    before the budget, 决算总计, changes against the budget beside changes
    against last year, 基本持平, 亿元, figures that are counts or dates). Of the
    32 claims the reviewer typed, two are their own readings of what a sentence
    implies (a budget worked out from a change against it): those are not read."""
    checked = _run("check_cq.py")["main"]()
    assert (len(checked["matched"]), checked["wrong"], checked["unexpected"]) == (30, [], [])
    assert all(expected["doubt"] for expected in checked["missing"])


def test_a_budget_drawn_as_a_pdf_with_detail_lines():
    """北京市朝阳区统计局 2024 部门预算 as a real PDF (drawn with reportlab, cy_gen.py): the Xicheng-style 13
    tables, 表六 with both economic codes, 表九's 12 detail lines in 元 over two pages with names wrapped
    inside ruled cells 30pt tall (taller than five lines of text: such a row was read as two, and half
    the project names went to the wrong line), an unruled table, landscape pages, 绩效 targets that are no
    money. The PDF reads every amount, detail line and claim. Its layout text: no wrong figure (4 事业收入
    figures under a header whose wrapped cells stack two sources are said, not placed), every detail
    line with its names (a name wrapped above and below its coded line, the repeated header); its plain
    text (a cell per line) refuses what it cannot place and loads no wrong figure."""
    results = _run("check_cy.py")["results"]
    pdf = results["pdf"]
    assert (pdf["amounts"]["matched"], pdf["amounts"]["wrong"], pdf["amounts"]["spurious"]) == (269, 0, 0)
    assert (pdf["lines"]["matched"], pdf["lines"]["spurious"], pdf["claims"]["matched"]) == (12, 0, 16)
    assert pdf["wrong_names"] == 0 and not pdf["result"].diagnostics
    layout, plain = results["layout"], results["text"]
    assert (layout["amounts"]["matched"], layout["amounts"]["wrong"], layout["amounts"]["spurious"]) == (
        265,
        0,
        0,
    )
    assert (layout["lines"]["matched"], layout["lines"]["spurious"]) == (12, 0)
    assert plain["amounts"]["wrong"] == 0 and plain["claims"]["matched"] == 16


def test_a_final_account_with_fund_flows_drawn_as_a_pdf():
    """成都市武侯区住房和城乡建设局 2023 部门决算 as a real PDF (wh_gen.py): 政府性基金
    and 国有资本经营 money, the 一般公共预算 and 政府性基金 收入支出 flow tables
    (年初 + 收入 - 支出 = 年末), one of them without vertical rules. A flow table
    opens with 年初结转, not a 合计: its 小计 column, whose name stands centred away
    from the right-aligned figures, lost its 21 figures (the nearest-name rule
    kept only tables opening with a 合计); drawn with horizontal rules only, a
    fund table whose 基本支出 column no row prints lost the other two. Both PDFs
    and the layout text read all 358 amounts; the plain text (a cell per line)
    refuses what it cannot place."""
    results = _run("check_wh.py")["results"]
    for name in ("wh_2023_final.pdf", "wh_2023_final_hrules.pdf", "wh_2023_final.layout.txt"):
        stats = results[name]
        assert (stats["matched"], stats["wrong"], stats["missing"], stats["spurious"]) == (358, 0, 0, 0), name
        assert (stats["claims"], stats["unexpected"], stats["tables_ok"]) == (27, 0, True), name
    plain = results["wh_2023_final.txt"]
    assert (plain["wrong"], plain["spurious"]) == (0, 0)


def test_the_pdf_drawn_by_hand_with_its_producer_quirks():
    """The Yunnan final account's PDF drawn again with a quirk of real producers (km_gen.py, QUIRK=…):
    its landscape tables stored as portrait pages with /Rotate 90 (every table was lost: the characters
    came in the page's own, unturned space), and its labels set with distributed alignment ("合    计",
    "行    次": the glyphs of one line were ordered by their rounded tops, so 行次 came out 次行, and 32 row
    numbers were loaded as amounts beside wrong cells). The unruled table's distributed headers were unread
    there (its 49 figures said, not placed); since session 37 a label spread over its cell, its characters
    apart ("合  计", "基 本 支 出"), is one label where together they make a column's (22 still said)."""
    checked = _run("check_km.py")
    folder = FOLDER
    _head, _out, rotated = checked["check"](
        "rotated", (folder / "km_2023_final_rotated.pdf").read_bytes(), "r.pdf"
    )
    assert (rotated["matched"], rotated["wrong"], rotated["spurious"], rotated["claims"]) == (237, 0, 0, 27)
    _head, _out, spaced = checked["check"](
        "spaced", (folder / "km_2023_final_spaced.pdf").read_bytes(), "s.pdf"
    )
    assert (spaced["matched"], spaced["wrong"], spaced["spurious"], spaced["missing"]) == (215, 0, 0, 22)
    # A watermark ("内部资料", 54pt, diagonal) across the table pages: its glyphs stretched the lines they
    # touched over several rows (125 amounts lost silently, 13 read under labels run together).
    pdf = (folder / "km_2023_final_watermark.pdf").read_bytes()
    _head, _out, marked = checked["check"]("watermark", pdf, "w.pdf")
    assert (marked["matched"], marked["wrong"], marked["spurious"], marked["claims"]) == (237, 0, 0, 27)
    # Each glyph drawn alone, the digits of figures 2.5pt apart ("2 , 8 6 8 . 5 7"): the digits were read as
    # figures of their own (27 cells wrong, 52 spurious, and the unruled table's rows all lost).
    # The landscape tables drawn turned on portrait pages without /Rotate (every glyph at 270°): every
    # table was lost (the contents named them missing).
    pdf = (folder / "km_2023_final_turned.pdf").read_bytes()
    _head, _out, turned = checked["check"]("turned", pdf, "u.pdf")
    assert (turned["matched"], turned["wrong"], turned["spurious"], turned["claims"]) == (237, 0, 0, 27)
    # 表2 drawn with an outer frame only, no inner rules: each row was one cell (55 figures said, not read).
    pdf = (folder / "km_2023_final_frame.pdf").read_bytes()
    _head, _out, framed = checked["check"]("frame", pdf, "f.pdf")
    assert (framed["matched"], framed["wrong"], framed["spurious"]) == (237, 0, 0)
    pdf = (folder / "km_2023_final_tracked.pdf").read_bytes()
    _head, _out, tracked = checked["check"]("tracked", pdf, "t.pdf")
    assert (tracked["matched"], tracked["wrong"], tracked["spurious"], tracked["claims"]) == (237, 0, 0, 27)


def test_two_sided_summaries_drawn_as_pdfs_the_ways_provinces_draw_them():
    """Fourteen PDFs of 收支总表 / 财政拨款收支总表 (summaries/gen*.py): ruled, unruled, rules under rows
    only; 行次 and rows printing only 行次; labels wrapped over two or three lines, centred or top-aligned;
    年初预算数 | 决算数, 上年 | 本年预算数 and 2024年 | 2025年预算数 on each side; short figures under a group
    label (财政拨款支出 over 合计 | 一般公共预算 | …); continued on a second page. All 423 amounts typed from
    the drawings are read. When the review drew them, 17 were loaded under the wrong side or column, or a
    label cut, without a word: an income figure under the second of two income columns read as expenditure
    (the side split at the first header right of 年初预算数), short 合计 figures keyed to the group label,
    the first row's wrapped label taken into the header, a label's third piece and pieces of the two sides
    printed a little apart lost."""
    checked = _run("check_summaries.py")
    results = {
        name: (n, ok, wrong, missing, spurious)
        for name, n, ok, wrong, missing, spurious, _d in checked["RESULTS"]
    }
    assert len(results) == 14
    assert sum(n for n, *_rest in results.values()) == 423
    assert {name: rest for name, (_n, *rest) in results.items() if rest[1:] != [0, 0, 0]} == {}
    # The same drawings through `pdftotext -layout` (summaries/*.layout.txt): none wrong, none spurious;
    # 409 of 423 read (were 384, with 23 under the wrong side, column or label): the tables continued on a
    # second page lose some rows there, each said.
    layout = {name: counts for name, *counts in checked["RESULTS_LAYOUT"]}
    assert sum(c[1] for c in layout.values()) == 409
    assert {name: c for name, c in layout.items() if c[2] or c[4]} == {}
    assert all(c[5] for c in layout.values() if c[3])  # what is missing is said


def test_two_sided_summaries_in_plain_text_the_ways_provinces_print_them():
    """Nine plain texts (pdftotext without -layout: a row per line, blank cells dropped) of 收支总表 /
    财政拨款收支总表 with their 收入表 / 支出表: 行次, 年初预算数 | 决算数 and 上年 | 本年预算数 on each side
    (header cells on one line or one per line), fund columns with some parts blank, a label wrapped onto a
    line of its own, an income 结转 printed blank beside the expenditure one. All 353 amounts typed from them
    are read. When the review wrote them, 290 were: the 年初预算 and last year's figures were loaded as the
    report's own (26 cells wrong, the 收入表 then left open: 28 lost), a 结转下年 figure was loaded as income,
    and fund parts the column sums place were only said."""
    checked = _run("check_plain_summaries.py")
    results = checked["RESULTS"]
    assert len(results) == 9
    assert sum(r["expected"] for r in results.values()) == 353
    assert {doc: r for doc, r in results.items() if r["matched"] != r["expected"]} == {}


def test_coded_tables_drawn_as_pdfs_the_ways_provinces_draw_them():
    """Eight PDFs of 支出表, 收入表, 一般公共预算支出表 and 基本支出表 by economic code
    (expenditure_pdfs/gen.py): ruled, unruled, horizontal rules only; codes in one column or in 类 | 款 |
    项 columns with the parents left blank; names wrapped in tall cells and indented by level; tables
    running over pages with and without their header; wide columns whose short names are centred over
    right-aligned figures; two or three economic blocks side by side. All 922 amounts are read. When the
    review drew them, 715 were: a row's figures paired with the next row's code (rules under each row
    only, names wrapped), a figure under the next column (经营 | 对附属 names centred far apart), rows of
    款 | 项 parts loaded under no code, or lost with a diagnostic though the drawing tells (the parts'
    columns tell their levels; a 合计 column no header name overlaps), and a page number drawn inside a
    ruled cell beside a figure ("-8-" beside d3's 221 total) lost that figure silently."""
    checked = _run("check_expenditure_pdfs.py")
    results = {name: counts for name, *counts in checked["summary"]}
    assert len(results) == 8
    assert sum(counts[0] for counts in results.values()) == 922
    # (expected, matched, wrong, missing, spurious) of the documents not read whole
    assert {name: c for name, c in results.items() if c[1] != c[0] or c[2] or c[4]} == {}
    # Through `pdftotext -layout` (expenditure_pdfs/*.layout.txt): 915 of 922, none wrong (were 815 with
    # 10 wrong and 22 spurious: a tall row's code took the next row's figures, a 合计 figure went under
    # 基本支出, an empty cell's dash glued to the next block's code).
    layout = {name: counts for name, *counts in checked["summary_layout"]}
    assert sum(c[1] for c in layout.values()) == 915
    assert [c[2] for c in layout.values()] == [0] * 8
    assert [c[4] for c in layout.values()] == [0] * 8


def test_final_account_narratives_in_the_wordings_of_other_provinces():
    """Three final accounts' narratives (final_claims/) in Hunan, Sichuan / Hebei and Guangxi wordings, 65
    claims typed by hand: 65 read, none wrong (47 with 9 wrong when written). Fixed: coded chains
    ("农林水支出（213类）农业农村（01款）…") and ①② numbering gave execution claims no code; a 全年
    (adjusted) budget, 会议费 / 培训费 and a 部门整体 performance figure were execution claims; a final
    account's 机关运行经费 budget was its operating_costs claim; "“三公”经费支出总计…",
    "政府采购支出总计…" and one fund's 收入支出决算总计 were the report's totals; "比上年的2,100.00万元
    增加…" and "政府采购合同金额共计" gave none; "收入总计和支出总计各增加…" after 收入总计 and 支出总计
    stated alike had no current figure; a 三公 item's "与上年持平" after its budget and actual was named
    "支出决算" (session 28: a phase word alone names no subject; the sentence's does); a whole stated as
    actual and rate without a budget gave none (session 41); a project's self-evaluation told in the 说明
    ("校舍维修项目全年预算数…，执行数…，执行率100%") gave none (session 52). The sentences the check flags are
    each a right claim's (the same figure)."""
    checked = _run("check_final_claims.py")
    counts = {
        doc: (c["expected"], c["matched"], c["wrong"], c["missing"], c["unexpected"])
        for doc, c in checked["RESULTS"].items()
    }
    assert counts == {
        "hunan_2024_final.txt": (20, 20, 0, 0, 0),
        "sichuan_2024_final.txt": (22, 22, 0, 0, 1),
        "guangxi_2024_final.txt": (24, 24, 0, 0, 0),
    }


def test_三公_tables_drawn_as_pdfs_the_ways_provinces_draw_them():
    """Eleven PDFs of 三公 / 机关运行经费 / 政府采购 tables (sangong_pdfs/gen.py) and their pdftotext -layout
    texts: one-row budgets, 12-column 预算数 | 决算数 blocks in both orders, 预算数 | 决算数 under each item,
    the national template's items as rows with 栏次 and a 统计数 block of counts beside them, year blocks.
    The items-as-rows template is read whole now (its 栏次 were taken for figures, every row refused; with
    the counts block beside it every money figure was lost, the diagnostics naming only the counts).
    A header cell naming the 三公 whole on a line above the 合计 column's is the items' title, not the total's
    column: d3's 决算 figure under it alone was loaded as the 三公 total (now said). Known and left (the
    closing note): other tables the drawings place are said (year blocks, a blank 三公 table, columns the
    header misaligns; d3's and d11's layout texts). Fixed in session 28: d8's layout text loaded the
    vehicle 小计 (15.06, under a 小计 that stands right over it) as 因公出国 (blank in the report), whose
    name only stands near it a line above: 出国 has no columns under it, so a 小计 over it is not its.
    And d3's PDF (预算数 | 决算数 under each item, no rules, each name centred over its pair and narrower
    than it) loaded 6 of 12 figures, one of them wrong (the 购置费's 18.00 as the vehicle subtotal): the
    items standing over no other item's name are now the pairs' items left to right (all 12 right). d11's
    PDF, the same header ruled, read its 小计 as the 三公 subtotal (the vehicle group's name stands over
    购置费 only), so 合计 became the table's total and the rest was said: a 小计 whose next columns, each
    past its other phase's, are 购置费 and 运行费 under the vehicle group's name is the vehicle subtotal."""
    checked = _run("check_sangong_pdfs.py")
    results = {
        name: counts[:5] for name, *counts in checked["summary"]
    }  # expected, matched, wrong, missing, spurious
    assert (
        results["d4_final_items_rows.pdf"] == results["d4_final_items_rows.layout.txt"] == [11, 11, 0, 0, 0]
    )
    assert results["d9_final_items_rows_simple.pdf"] == [8, 8, 0, 0, 0]
    assert results["d9_final_items_rows_simple.layout.txt"] == [8, 8, 0, 0, 0]
    assert results["d8_final_reversed.layout.txt"] == results["d8_final_reversed.pdf"] == [8, 8, 0, 0, 0]
    assert results["d3_final_interleaved_unruled.pdf"] == [16, 16, 0, 0, 0]
    assert results["d11_variants.pdf"] == [23, 23, 0, 0, 0]
    assert {name: c[2] for name, c in results.items() if c[2]} == {}  # nothing wrong
    # of 244 (11 PDFs and their texts); 171 until d2's 机关运行经费 row (one named row, its figure printed
    # with decimals, no 合计) was no longer taken for the header; 173 until d3's and d11's PDFs were read;
    # 192 until d6's 机关运行经费 合计 under "2024年预算数 2025年预算数 增减额" was read, 194 until d10's
    # layout text's rows under 上年 | 本年 | 增减额 | 增减率 were (session 33: the rate column no figure's);
    # 207 since d6's 三公 (a 2024年预算数 block beside 2025年预算数) is read, the earlier block left out
    assert sum(c[1] for c in results.values()) == 207


def test_pdf_rules_on_inputs_built_to_make_them_misfire():
    """Sixteen one-table PDFs (pdf_rules/gen.py, expected amounts typed there) each built to make one of
    the PDF rules misfire. None loads a wrong figure. Fixed: two whole figures set tight in narrow unruled
    cells ("12500000" "10000000") were joined as one spaced-out figure (1,250,000,010,000,000.00 yuan);
    figures under a header cell left blank, or under a column the header does not name, took a
    neighbour's name and shifted the columns (now: a table whose rows' parts miss their totals on most
    rows loads the totals only, `columns_misread`); rows printing 款 | 项 parts before any 类 row were
    dropped with the header, silently (now said, `code_parts_alone`); rules under every second row merged
    two rows (all said, none read; now two lines each printing a number in one column are two rows); a
    page whose rotated notes outnumber its upright table was read turned, the table lost (now the digits
    decide the page's turn, and glyphs turned otherwise are left out); a table with an outer frame only
    was one ruled cell a row wide (every row refused; now fewer than three rules part no cells)."""
    import json

    folder = FOLDER / "pdf_rules"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    counts = {}
    for name, cells in expected.items():
        result = parse_document((folder / f"{name}.pdf").read_bytes(), f"{name}.pdf")
        got = {}
        for a in result.amounts:
            key = f"{a.table_key}|{a.subject_code or a.row_label}|{a.column_key}|{a.phase}"
            if a.table_key == "general_budget_basic_by_economic":  # written ECON|code|yuan there
                key = f"ECON|{a.subject_code}|{int(a.amount_yuan)}"
            got.setdefault(key, a.amount_yuan)
        matched = sum(1 for key, value in cells.items() if got.get(key) == Decimal(value))
        wrong = sum(1 for key, value in cells.items() if key in got and got[key] != Decimal(value))
        spurious = sum(1 for key, value in got.items() if key not in cells and value != 0)
        said = {d.check_name for d in result.diagnostics if d.severity == "warn"} | {
            d.check_name for d in result.diagnostics if d.check_name == "no_tables"
        }
        counts[name] = (len(cells), matched, wrong, spurious, said)
    assert {name: c[2:4] for name, c in counts.items() if c[2] or c[3]} == {}
    assert counts["r1d_tight_int_yuan"][:2] == (30, 30)
    for name in ("r5a_headerless_last_column", "r5b_blank_header_middle", "r6a_blank_col_plus_extra"):
        assert "columns_misread" in counts[name][4], name
    assert "code_parts_alone" in counts["r7b_first_row_kuan"][4]
    # read whole: all but those whose parts are said
    whole = {name for name, c in counts.items() if c[0] == c[1]}
    assert whole >= {
        "r1b_frame_only_int_yuan",
        "r1a_unruled_int_yuan",
        "r1d_tight_int_yuan",
        "r1e_tight_int_yuan_grid",
        "r2a_side_label",
        "r2b_rotated_notes_upright_table",
        "r2c_mostly_rotated_notes",
        "r3a_rules_every_two_rows",
        "r3b_rules_every_three_rows",
        "r4_negative_eight",
        "r7a_mixed_parts",
    }


def test_budgets_exported_from_word_as_pdfs_and_their_layout_texts():
    """Four budgets as Word / WPS export them (word_pdfs/gen.py): labels drawn a character per run or in
    two runs split mid-word, rules drawn as thin filled rectangles, headers merged over two or three rows,
    shaded header cells, tables over pages with their header repeated, empty 政府性基金 tables that say
    so. Every one of their 1,479 amounts is read, from the PDFs and from their `pdftotext -layout` texts.
    When the review drew them, B's 一般公共预算支出表 (基本支出 over 小计 | 人员经费 | 公用经费 beside a 合计
    column) lost 59 figures, two total columns; in the layout texts 301's 人员经费 figures were loaded under
    the group label 本年一般公共预算基本支出 (A, C: 11 each, silently) and the 三公 tables' figures went
    under the wrong items (因公出国（境）费's name, estimated two columns a character, reached over the
    vehicle group's 小计 below and was taken for a group label: A's 12.00 loaded as the vehicle total,
    silently) or were lost."""
    checked = _run("word_pdfs/check.py")
    documents = ["A", "B", "C", "D", "A2", "A3", "m1", "m2"]
    results = [checked["run"](d, suffix) for suffix in (".pdf", ".layout.txt") for d in documents]
    # (name, expected, right, wrong, missed, spurious, zeros, warnings)
    assert sum(r[1] for r in results[:6]) == 1479
    assert [r[0] for r in results if r[2] != r[1] or r[3] or r[5]] == []
    # The one-table 三公 texts, a dozen lines, are taken for layout text by their cells' wide runs of spaces
    # (four lines of them in a short text), so the vehicle group's name is placed by its position over its
    # 小计 | 购置 | 运行 columns. Read as plain text (as they were before session 26) the group's name stood
    # on a line of its own above the other items, and m3a's and m3c's rows, a vehicle part blank, left
    # 购置 or 运行 open (said, not loaded). Their PDFs and their layout texts are read whole.
    for d in ("m3a", "m3b", "m3c"):
        for suffix in (".pdf", ".layout.txt"):
            read = checked["run"](d, suffix)
            assert read[2:6] == (read[1], 0, 0, 0), (d, suffix)


def test_final_accounts_of_six_more_provinces_with_their_self_evaluations():
    """Jiangxi, Shanxi, Inner Mongolia, Xinjiang, Tianjin and Heilongjiang final accounts
    (selfeval_claims/): 128 narrative claims and 17 self-evaluated projects typed by the review. When it
    wrote them, 111 claims and 10 projects came out right. Of the 4 claims not right now, 1 is a change
    stated after the figure's own sentence with no budget beside that figure ("“三公”经费支出比2023年度
    减少…" after "决算数为8.65万元，比年初预算减少3.35万元": the change is right, the current figure left
    empty; 3 more like it were fixed in session 28: the figure an earlier sentence of the item states for
    the same subject, beside its budget) and 3 are sentences against a 调整 / 全年 budget, which are not
    compared (the tables print the 年初 budget). Since session 28 one of those 3 (tianjin: "年初预算为
    1,150.00万元，全年预算数为1,130.00万元，支出决算为1,117.62万元，完成全年预算的98.90%") is claimed with
    its 年初 budget and actual, without the rate (stated against the 全年 budget), as review s28d types
    such sentences; this check typed it with the 全年 budget, so it counts it wrong[adj]."""
    checked = _run("selfeval_claims/check_selfeval_claims.py")
    claims = {"right": 0, "wrong": 0, "missed": 0, "spurious": 0, "adj_missed": 0}
    selfeval = {"right": 0, "wrong": 0, "missed": 0, "spurious": 0}
    for doc in checked["CLAIMS"]:
        text = (FOLDER / "selfeval_claims" / doc).read_text(encoding="utf-8")
        result = parse_document(text.encode("utf-8"), doc)
        counted, _lines = checked["check_claims"](doc, result)
        for key in claims:
            claims[key] += counted[key]
        counted, _lines = checked["check_selfeval"](doc, result)
        for key in selfeval:
            selfeval[key] += counted[key]
        assert checked["check_perf_amounts"](result, text.split("\n")) == []  # no score loaded as money
    assert claims == {"right": 124, "wrong": 2, "missed": 2, "spurious": 0, "adj_missed": 2}
    assert selfeval == {"right": 17, "wrong": 0, "missed": 0, "spurious": 0}


def test_inputs_built_to_make_this_sessions_rules_misfire():
    """22 inputs against the rules added for the Word-export and six-province reviews (rules_s22/). When
    the review wrote them, 4 were read silently wrong by the new rules: a 小计 under 本年财政拨款支出 (the
    group's own subtotal) taken for 基本支出's; "〔2024〕208号文件" and "培训干部208人次" giving an item the
    code 208; a 完成全年预算的 rate kept with a 年初 budget; a project named 老旧小区整体改造工程 renamed as
    the department's whole. A row printing 接待费 alone under the lone vehicle line was refused though every
    place read it alike. Items headed "1.行政运行：" or "2.计量检定服务（2024）：" had no subject name.

    Left: s03, a misprinted 合计 under the lone vehicle line that adds up, by coincidence, under another
    place of the group (loaded wrong); l02 is said, not loaded (the 小计 is 本年财政拨款支出's, a column the
    header does not otherwise name). l03 (基本支出 a column of its own beside 其中 over 人员 | 公用), said
    as plain text, is read whole since its dozen lines are taken for the layout text they are (session 26)."""
    checked = _run("rules_s22/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        result = parse_document((FOLDER / "rules_s22" / name).read_bytes(), name)
        rows = []
        if "claims" in expected:
            kinds = checked["CLAIM_KINDS"]
            rows += checked["check_claims"](
                expected["claims"], [c for c in result.claims if c.claim_kind in kinds]
            )
        if "amounts" in expected:
            rows += checked["check_amounts"](
                expected["amounts"],
                result.amounts,
                result.diagnostics,
                expected.get("or_said", False),
                expected.get("ignore_columns", ()),
            )
        worst[name] = _worst(rows, ("WRONG", "SPURIOUS", "LOST"))
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "s03_lone_misprint_coincidence.txt": "WRONG",
        "l02_subtotal_is_this_year_total.layout.txt": "LOST",
    }


def test_final_accounts_exported_from_excel_as_pdfs():
    """Three final accounts as Excel exports print them (excel_finals/gen.py): every cell its own text
    object, rules drawn cell edge by cell edge, "0.00" in empty cells of some tables and blanks in others,
    a "-12.50", tables over two pages with and without the header repeated, 行次 columns and a 栏次 row,
    元 in B. B's 一般公共预算财政拨款支出决算表 prints 年初预算数 | 调整预算数 | 决算数 (合计 | 基本 | 项目):
    when the review drew it, 调整预算数 was taken for a second 预算数 column and the table's 63 figures
    were lost (said, 20 warnings); now the 年初 budget and the actual are read and 调整预算数, a budget of
    another kind, is not loaded and said so, as another year's columns are.

    Left: A's `pdftotext -layout` text wraps the 国有资本经营预算财政拨款 header over two lines, and its 29
    printed zeros under that column are not read (nothing non-zero is lost)."""
    checked = _run("excel_finals/check.py")
    results = {(d, suffix): checked["run"](d, suffix) for d in "ABC" for suffix in (".pdf", ".layout.txt")}
    # (name, expected, right, wrong, missed, missed printed zeros, spurious, warnings)
    assert sum(results[d, ".pdf"][1] for d in "ABC") == 976
    for (d, suffix), (_, expected, right, wrong, missed, missed_zeros, spurious, warnings) in results.items():
        assert (wrong, missed, spurious, warnings) == (0, 0, 0, 0), (d, suffix)
        assert right == expected - (29 if (d, suffix) == ("A", ".layout.txt") else 0), (d, suffix)
        assert missed_zeros == (29 if (d, suffix) == ("A", ".layout.txt") else 0), (d, suffix)
    for suffix in (".pdf", ".layout.txt"):
        name = checked["DT"].DOCS["B"]["name"] + suffix
        result = parse_document((FOLDER / "excel_finals" / name).read_bytes(), name)
        said = [
            x
            for x in result.diagnostics
            if x.check_name == "comparison_columns_not_loaded" and x.table_key.startswith("general_budget")
        ]
        assert len(said) == 1 and "调整预算数" in said[0].message, suffix
        assert not [a for a in result.amounts if a.column_key == "budget_adjusted"]


def test_budgets_exported_from_excel_as_pdfs_the_ways_other_provinces_print_them():
    """Three 2025 budgets as Excel exports of other provinces print them (budget_excel/gen.py): Zhejiang's,
    Jiangsu's (codes in 类 | 款 | 项 columns, "0.00" for nothing, 合计 last, 元, a table over two pages
    without its header repeated) and Sichuan's ("-" for nothing, names indented with full-width spaces,
    nested summaries), with their `pdftotext -layout` texts. When the review drew them, B's 项目支出预算表
    (named rows, 合计 last) was taken whole for its header: 13 figures and 17 printed zeros lost without a
    word; the layout texts joined each wrapped project name's tail (printed under its figures) to the next
    project's name (20 rows under the wrong name); a "-" one space before a summary label went into the
    label; B's layout 三公 table, 因公出国（境）费's estimated width reaching over the vehicle group's 小计
    (taken for 出国's), was refused (6 figures for 5 columns; 4 figures and 2 printed zeros said)."""
    checked = _run("budget_excel/check.py")
    results = {(d, suffix): checked["run"](d, suffix) for d in "ABC" for suffix in (".pdf", ".layout.txt")}
    # (name, expected, right, wrong, missed, missed printed zeros, spurious, warnings)
    assert sum(results[d, ".pdf"][1] for d in "ABC") == 953
    for key, (_, expected, right, wrong, missed, missed_zeros, spurious, warnings) in results.items():
        assert (right, wrong, missed, missed_zeros, spurious, warnings) == (expected, 0, 0, 0, 0, 0), key
    # Plain `pdftotext` prints these drawings a cell per line, often out of row order: mostly said, not
    # read. Its project tables' header words (合计, 其他收入 on lines of their own) were taken for rows (B, C:
    # 6 figures wrong, 7 spurious); now said. Left: A's 220 row, its first two figures printed before its
    # code, loads its third as its total.
    plain = {d: checked["run"](d, ".plain.txt") for d in "ABC"}
    assert {d: (r[3], r[6]) for d, r in plain.items()} == {"A": (1, 0), "B": (0, 0), "C": (0, 0)}


def test_number_and_code_tokens_built_to_be_misread():
    """36 small tables (tokens_s23/) printing amounts and codes the ways reports do: negatives as -12.50,
    －12.50, (12.50), △12.50; nothing as —, -, /, *, 0; full-width digits; footnote marks after figures
    ("1,100.00①", "340.00*", "1,400.00 ②"); 行次 and 栏次 numbers; codes spaced, dashed, bracketed, glued to
    their names; 增减% columns printed "8.0 %" or "８．０％"; 元 integers shaped like codes; the unit line
    after a header printed a cell per line. When the review wrote them, a dash in an empty cell of a
    layout table crashed the whole document (3 inputs); "/" or "*" for nothing, △ negatives, footnote
    marks and unrecognised percentages lost rows without a word (the figures read into the name); a unit
    line after a 9-line header loaded 万元 figures as 元; a figure printed "7 740.00" loaded its "7".

    Left, said: a space as thousands separator (p08), 增减% columns whose figures two readings place
    alike (p17, p18). Left wrong: p25, a name wrapped inside a figure ("…缴费支 560.0" / "出 0 560.00")
    gives a spurious row '出'. Whole since session 31: p26, a header 2023年预算数 | 2024年预算数 | 增减额
    (the earlier year's column is the comparison's)."""
    checked = _run("tokens_s23/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        rows = checked["check"](name, expected)
        worst[name] = _worst(rows, checked["ORDER"])
    assert len(worst) == 36
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "p06_empty_slash_star.txt": "SAID",  # "*" is as often a footnote's mark: no empty cell's
        "p08_thousands_cjk_comma_and_space.txt": "SAID",
        "p17_percent_column.txt": "SAID",
        "p18_percent_negative.txt": "SAID",
        "p25_number_wrapped.txt": "SPURIOUS",
    }


def test_inputs_built_to_make_the_token_and_table_rules_misfire():
    """23 inputs against the rules of the two reviews above (rules_s23/). When the review wrote them, "*"
    read as an empty cell took a footnote's place ("质量基础 * 1,400.00 1,400.00" loaded 0.00 as the
    total: 2 inputs wrong); project names holding figures ("高标准农田建设1.25万亩") were said to print
    figures the reader cannot take; a note "（单位：万元）" within the longer head loaded a 元 table's
    figures 10,000 times over; tables of named rows printing "-", "0" or 元 integers lost their rows to the
    header without a word (3 inputs); a negative total was refused; a plain summary printing 年初预算数 |
    调整预算数 | 决算数 whole was refused, said to drop blank cells.

    Since: ▲/△ before a change in a narrative sentence (p07: "增加▲3.20万元", "减少△120.00万元") is read,
    the word giving the sign; a summary label printed "— 其中：…" loses its dash, an indent mark (l18); a
    wrapped project name in layout text under a group's heading or above a note is joined whole (l15, l16);
    a "/" in a 备注 column the header names after the money is the remark's empty mark, not a zero of
    the money's (p03, read whole since session 25: its rows printed 4 figures under 3 columns, and only
    the totals were loaded). Session 30: in a table printing no 类 row, a code whose parent is not printed
    is a child of the 合计 (projects by their subjects' codes, tables of 款 or 项 only), so the 合计's
    columns place the coded projects' single parts (p08 whole: 900.00 = 300.00 + 220.00 + 80.00 + 300.00).
    Left: one beside a project printing its name only keeps the old joining (l17: figures right, the names
    run into their neighbours'); and, said: "*" or "/" where it
    cannot be told, the 三公 row with a footnote,
    年初 | 调整 | 决算 in a coded plain table (p20), 全年预算数 (p22)."""
    checked = _run("rules_s23/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        rows = checked["check"](name, expected)
        worst[name] = _worst(rows, checked["ORDER"])
    assert len(worst) == 23
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "p02_star_footnote_after_figures.txt": "SAID",
        "p05_sangong_star_footnote.txt": "SAID",
        "l17_block_then_name_only.layout.txt": "SPURIOUS",
        "p20_final_functional_adjusted.txt": "SAID",
        "p22_final_functional_fullyear.txt": "SAID",
    }


def test_narratives_of_reports_drawn_as_pdfs_over_pages():
    """Four reports drawn as PDFs (narrative_pdfs/gen.py), their narratives justified across the page so
    lines break inside phrases and figures ("下降11.0" / "6%"), a running header ("某某局2024年度部门决算")
    and a page number atop every page after the first, one sentence of each across a page break; 64
    claims typed by hand, read from the PDFs, their `pdftotext -layout` and plain texts. When the review
    drew them, each rendition read 59: the running header inside a sentence across a page break cost a
    claim its figure, its rate, its 项's code or the whole claim (4), and "收入总计…，支出总计…。…收入总计和
    支出总计各减少…" had no current figure."""
    checked = _run("narrative_pdfs/check.py")
    totals: dict[str, dict[str, int]] = {}
    for doc in checked["CLAIMS"]:
        for rendition, suffix in checked["RENDITIONS"]:
            result = parse_document((FOLDER / "narrative_pdfs" / (doc + suffix)).read_bytes(), doc + suffix)
            counts, _out = checked["check"](doc, result)
            for key, value in counts.items():
                totals.setdefault(rendition, {}).setdefault(key, 0)
                totals[rendition][key] += value
    assert totals == {
        rendition: {"right": 65, "wrong": 0, "missed": 0, "spurious": 0}
        for rendition in ("pdf", "layout", "plain")
    }


def test_inputs_built_to_make_the_metadata_narrative_and_summary_rules_misfire():
    """19 inputs against this session's later rules (rules_s23b/; its scripts for the units' key, the
    landing and the dead runs print their own cases). When the review wrote them: a unit name with its
    year, a note (草案) or the scope (单位) in brackets, or alone in brackets under the title, was lost, kept
    with the note or read without its scope (two of them read right before); another name in brackets made
    a district of "档案馆(南阳市"; a running header printing its page number ("…部门决算 2") ran into a figure
    across a page break (5,250.00 read 25,250.00); the same piece of two sentences ending two pages was
    taken for a running footer and lost two claims.

    Left: c04, a 本年收入合计 among the figures of "收入总计和支出总计各增加…" leaves the claim without its
    current figure (its change kept)."""
    checked = _run("rules_s23b/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        result = parse_document((FOLDER / "rules_s23b" / name).read_bytes(), name)
        if "meta" in expected:
            rows = checked["check_meta"](expected["meta"], result.document)
        elif "claims" in expected:
            rows = checked["check_claims"](expected["claims"], result.claims)
        else:
            rows = checked["check_table"](expected, result)
        worst[name] = _worst(rows, checked["ORDER"])
    assert len(worst) == 19
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "c04_part_named_like_a_whole.txt": "LOST"
    }


def test_inputs_built_to_make_the_latest_metadata_and_running_line_rules_misfire():
    """10 inputs against the rules above (rules_s23c/; its scripts for the dead runs, the landing and the
    scope of 本级 reports print their own cases). When the review wrote them, 9 misfired: the scope in
    brackets on a cover line of its own or before a kind printed alone, a note not listed ("（公示稿）"), a
    stray closing bracket opening the name, "（机关本级）" (the name lost), a district read across two
    bracketed names; a running footer "… 2/3" ran into a figure (5,250.00 read 35,250.00); the same piece of
    two sentences ending two pages in a figure's first digits ("…支出35") was taken for a running line (a
    claim lost, another read 60.00); pieces differing only in their year ("2024年度…" / "2023年度…") were
    compared without it and removed."""
    checked = _run("rules_s23c/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        result = parse_document((FOLDER / "rules_s23c" / name).read_bytes(), name)
        if "meta" in expected:
            rows = checked["check_meta"](expected["meta"], result.document)
        else:
            rows = checked["check_claims"](expected["claims"], result.claims)
        worst[name] = _worst(rows, checked["ORDER"])
    assert len(worst) == 10
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_numbers_opening_project_names_and_codes_of_project_tables():
    """20 project and transfer tables (rules_s24/) built to make the rule on numbers opening a row misfire
    both ways: names opening with a service's number (12345, 12315, 120, 119, 110) under headers that say
    项目名称 in other words ("项 目 名 称", a spaced "2025 年预算数", a "预算年度：2025" line above, integer
    元 or 万元 figures, a 项目分类 column), and real codes under headers naming no code column (项目 alone,
    项目名称 over a 类 / 款 / 项 hierarchy, "单位名称：…" lines). Read with every leading number as a code,
    13 of them were wrong; the rule's first version (a header naming 名称 and no code column) fixed 4 and
    broke 4 coded tables. A 项目编号 column of project numbers (2025001…) was read as functional codes
    before any rule (s11): now the numbers stay in the row's label, apart from the name."""
    _checked, worst = _review("rules_s24/check.py")
    assert len(worst) == 20
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_text_inputs_built_to_make_general_rules_misfire_the_ways_other_provinces_print():
    """20 plain and layout texts (rules_s25a/, expected values typed by the reviewer): when written, 5 were
    read wrong and 2 lost without a word. A project table's 实施年限 (2024) and 项目期限 (1) columns before
    the money loaded 2024 as the total, 2,024 万元 (a13, l03); text columns after the money (资金来源, 备注)
    hid every project's figure, the rows lost to the header (a15, l05); a code line printing no name gave the
    name above it to the row above, or dropped it after the 合计 row (a14, l01: "30103 奖金" /
    "机关事业单位基本养老保险" / "30108 1,064.46" / "缴费" is how js_jcy_2019's layout prints it). Said, not
    loaded, as the rules want: percent and other years' columns the vocabulary does not know, a header broken
    over three lines, 款 / 项 rows printing their own two digits only. A 三公 table printing its items as
    columns and one row per year (2023年预算数 / 2024年预算数 / 增减额, l07) was said, not loaded, as plain
    text, and read as layout text (session 26) loaded the 增减额 row as the year's figures, the rows above
    joined to the header's names: now each row's label gives its phase and year, the report's own year's row
    is read, another year's and the difference are said. Where every name stands wholly above its code line
    (a06: "农林水支出" / "213 1,130.00 …" / "水利" / "21303 …"), the names were shifted by one row, each taken
    for the tail of the row above: a table whose code lines print no name, each after pieces of one, the last
    line a code line, gives each row the pieces above it (session 26). a10, a budget's header 2022年决算数 |
    2024年预算数, is read since session 31 (the earlier year's column is the comparison's), and a11
    (上年预算数 | 本年预算数 | 增减额 | 增减幅度（%）) since session 33 (幅度 names a change's rate). a04 (款
    / 项 rows printing their own two digits only, plain) is read since session 35: the sums tell a 款's end
    (its 项 add up to it). a03 / l04 (决算数为年初预算数的%, a share worded 为) are read since session 48."""
    _checked, worst = _review("rules_s25a/check.py")
    assert len(worst) == 20
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a12_header_three_lines.txt": "SAID",
    }


def test_pdfs_drawn_the_ways_other_producers_draw_them_session_25():
    """13 PDFs (rules_s25b/gen.py, a small PDF writer of the reviewer's: STSong-Light text, one object per
    string, rules as paths; expected values in rules_s25b_data.py). When drawn, 5 were read wrong without a
    word: a name wrapped around its centred code and figures gave its first piece to the row above (g01,
    g05); a superscript note mark (5 pt, raised) joined its figure as a third decimal (1,542.75² read
    1,542.752 万元, within the rounding the checks allow); a numbered heading on the page after the table
    ("四、…情况说明（略）") was joined to the last row's name (g06).

    And a wide sheet printed by columns (g13: page 3 repeats the title and the code and name columns beside
    three other figure columns) put page 3's 其他收入 under page 2's 上级补助收入 column and its header's
    words into the last row's name: now its rows are read under their own header, as further columns of
    the one table (a repeated title followed by a header of its own that prints the code columns).

    Left, said and not loaded: a 元 figure wrapped inside its narrow cell (g03), two tables side by side
    (g07)."""
    checked = _run("rules_s25b/check.py")
    worst = {}
    for name, expected in checked["EXPECTED"].items():
        rows, _diagnostics, _tables, _result = checked["check"](name, expected)
        worst[name] = _worst(rows, checked["ORDER"])
    assert len(worst) == 13
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "g03_figure_wraps_in_cell.pdf": "SAID",
        "g07_tables_side_by_side.pdf": "SAID",
    }


def test_inputs_built_to_make_this_sessions_rules_misfire_session_25():
    """19 texts against the rules above (rules_s25c/, each attacking one; expected values typed by the
    reviewer, who also ran them on the code before the session). When written, 4 were regressions of the
    new rules: a remark "2023 年续建" after the money loaded 2023 as 2,023 万元 (c06: the figures now end at
    the last one printing decimals; c07's bare 开工年度 2023 alike, wrong before the session too); a row's
    name tail "构" handed to the name-less row below (c11: a name's first piece fills its cell, a piece
    under half the widest is a last one; c10 alike); a second table printing the same title, by economic
    code with its own 合计, taken for further columns (c16: further columns print the first part's codes
    again; a part printing its own 合计 first is a table of its own; a 续表 page whose header is printed
    again, shortened or wrapped otherwise, is further rows with the header left out, c15, c17); a
    transfer table by 项 codes only lost its subject names (c18: a 科目名称 header without 项目名称 names
    subjects). A road's number in a project's name ("国道 210 线…" before 2140106) was taken for the code
    (c01: the longest code word wins), a "4.政府采购情况" heading joined a name (c14).

    A subject's name after a project's code wrapping onto a line of its own (c02: "…运输支" / "出") lost that
    piece; in layout text a piece standing right of the row's code is the subject name's (session 26).

    Left, wrong: a 3-line name centred on its code line's middle piece (c12); a project name's piece
    "（二）标段" after its figures (c13, lost before the session too). c16's second table, by economic code
    under a title of expenditure by function, read its figures but not its codes (some said, not loaded):
    a table whose header names 经济分类 and whose rows print economic codes only is expenditure by economic
    code (session 26)."""
    _checked, worst = _review("rules_s25c/check.py")
    assert len(worst) == 19
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "c03_integer_yuan_period.txt": "SAID",
        "c04_quantity_with_decimals.txt": "SAID",
        "c05_headcount_after_money.txt": "SAID",
        "c12_three_line_then_two_line.txt": "WRONG",
        "c13_project_name_piece_numbered.txt": "WRONG",
    }


def test_inputs_built_to_make_this_sessions_rules_misfire_session_26():
    """18 texts against session 26's rules (rules_s26/, expected values typed by the reviewer, who also ran
    them on the code before the session). When written, the rules misfired on 7. 三公 rows per phase: a
    全年预算数 row (the budget as adjusted) loaded as a second budget beside 年初预算数 (s03: said now,
    the budget as passed loaded); 2023年预算执行数 loaded as the budget (s04: 执行数 is the actual,
    执行率 a rate); rows "2024年“三公”经费预算数" taken for header lines and the table lost unsaid
    through its 增减额 row (s08: words between the year and 预算数 are read, and a difference row alone
    never makes a table of phase rows). Short texts: hand-typed tables parting cells by six spaces taken
    for layout text, rows refused (t01, t04, t02): a short text is layout text only where its figures
    stand in columns or its gaps are of many widths. Subject names: a remark's piece after the money
    (p01) and a running header (p05) joined to the subject's name: the piece must stand between the code
    and the row's first figure, on its page. Also read now: rows named by the year alone under
    "“三公”经费预算数" (s06), project and subject pieces on one line (p02), a code one space before its
    subject's name in layout text (p04: the codes were lost).

    A project name's piece left of the code on its own line, after a row printing its name (p03: "工程",
    dropped) is read since session 27: a piece under half the table's longest name is the row above's
    tail. And a 三公 header whose vehicle group's name is centred right of its 小计 column in layout text
    (t03: the 小计 figure was said, not loaded): a 小计 followed by 购置费 and 运行费 is the vehicle's."""
    _checked, worst = _review("rules_s26/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_inputs_built_to_make_the_sangong_vehicle_subtotal_rule_misfire_session_27():
    """18 texts against session 27's 三公 rule (rules_s27b/, expected values typed by the reviewer, who
    also ran them on the code before the rule: 4 right, 11 said, 3 wrong). A 小计 column right before the
    购置费 and 运行费 columns (either order), the vehicle group's name standing over them (wrapped or not),
    is the vehicle subtotal where no item's name stands over the 小计 itself or only a “三公”经费 group's:
    layout text centres 公务用车购置及运行费 right of it (a01, a02, a10, a11, a13, a15), and a Jiangsu-style
    “三公”经费 group over both 小计 (a05: its vehicle 小计 had been loaded as the 三公 total). A 小计
    opening a “三公”经费 group of 公务用车购置费 | 公务用车运行费 with no vehicle group is not the
    vehicle's (a06: the rule's first version loaded it so; said now, as before).

    Left: a05's and a06's 合计 is loaded as the 三公 total where it is the table's (beside 会议费 and 培训费),
    and their 三公 小计 said (older than the rule); said, not loaded: a 统计数 block of counts beside the
    money (a12), "小  计" printed spaced (a14: read since session 37, a label spread over its cell being one),
    blocks of two years' budgets (a16: read since session 42, the earlier year's block left out as
    another year's once the items' names, squeezed a character into each other, stand apart)."""
    checked, worst = _review("rules_s27b/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a12_final_counts_block.layout.txt": "SAID",
    }
    rows, _diagnostics = checked["check"](
        "a05_jiangsu_two_subtotals.layout.txt", checked["EXPECTED"]["a05_jiangsu_two_subtotals.layout.txt"]
    )
    assert not [row for row in rows if row[0] == "WRONG" and "vehicle" in str(row)]


def test_inputs_built_to_make_the_project_name_piece_rules_misfire_session_27():
    """18 texts against session 27's rules for a project's name pieces on lines of their own (rules_s27a/,
    expected values typed by the reviewer, who also ran them on the code before the session: 2 right).
    The rules' first version got 3 right and made 3 worse: the pieces between two rows were measured
    together (a03, a three-line name's two tails went to the next row), a running header atop a page in
    plain text joined a name (a10, a13), a remark's piece in plain text too (a14), a header cell's
    "（二级项目）" was taken for the first row's head (a11), names opening with digits lost the name column
    (a08), pieces before a group heading joined it (a09). Now the pieces up to the last one narrower than
    the name column are the row above's, the rest the next row's; a running header (the unit's name, the
    report's title) and a remark's going on are no name's pieces. A table printing 科目编码 | 科目名称 |
    项目名称 (a07) ran the subject's name into the label, older: the word after the code is the subject's.

    Left: a05 (a short first piece "S203线" above a row printing figures on its name's last line: taken as
    the row above's tail, the reviewer unsure), a12 (a header wrapped "项目" / "名称" over a tall first
    row, older), a18 (plain text: a first row's head under the header is the header's, as plain text
    cannot tell them apart). a16 (a project table without codes: tails opened the next rows) is read since
    session 33: a name beside its figures that fills its column goes on below."""
    _checked, worst = _review("rules_s27a/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a05_short_head_bottom_aligned.layout.txt": "WRONG",
        "a12_header_xiangmu_mingcheng_wrapped.layout.txt": "SPURIOUS",
        "a18_plain_first_row_head_above.txt": "WRONG",
    }


def test_inputs_built_to_make_the_revised_project_name_piece_rules_misfire_session_27():
    """18 texts against the name-piece rules as revised after review s27a (rules_s27c/, expected values
    typed by the reviewer, who ran them on the code before the session too: 5 right then, 3 right under
    the revision it attacked). What it found, now mended: lines that belong to no name went into names
    (a unit's group line under the header, c05; a wrapped group heading's end "目", c13); the remark rule
    reached tables without codes, whose names print above their figures (c11); a piece reading
    "2024年部门预算" mid-page was taken for a running header (c12; a final account's "2023年度决算", c09):
    a title alone, or a unit's name alone, is a page header only atop a page; a header printing the year
    first or a short unit name (c07, c08) is one there. Pieces as wide as the column: the row above's
    where the table prints names' ends below their rows and never a beginning above one (c03), else the
    next row's and said (name_pieces_ambiguous: c02, whose table shows neither).

    Left: c02 (said), c06 (a subordinate unit's line between rows joins the next row's name; it was
    dropped before the session), c10 (pieces that are the unit's name mid-page, wrong before too), c14
    (head pieces narrowed by ASCII "S203线" go to the row above), c17 (plain text: a piece after a row
    printing a remark is taken as the remark's, here the name's end). Mended after: c04 and c18 (a code
    line printing no name after its name's pieces was not read as a coded row, older)."""
    _checked, worst = _review("rules_s27c/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "c02_tail_exactly_full.layout.txt": "WRONG",
        "c06_unit_group_line_mid_table.layout.txt": "WRONG",
        "c10_piece_is_unit_name.layout.txt": "WRONG",
        "c14_transfer_town_ascii_head.layout.txt": "WRONG",
        "c17_plain_remark_symbol_and_word.txt": "WRONG",
    }


def test_inputs_built_to_make_the_subject_and_code_line_rules_misfire_session_27():
    """18 texts against session 27's column-order rules (rules_s27d/, expected values typed by the
    reviewer; all 18 wrong on the code before the session, most for one reason: a table printing
    科目编码 | 科目名称 | 项目名称 ran the subject's name into the project's). The first version of the
    code-line rule took a project's number opening a line ("2024001 县级配套资金 50.00") for a code (d18)
    and a lone heading line for a code line (d09): a line opening with a code and a name is a project's
    row only where a name filling its column is printed above it.

    Left: d02 (plain text: a subject's name with a space inside, "其他 公路水路运输支出", gives its first
    word only), d03 (plain: a row printing no subject's name gives the project's first word as one), d07
    (功能分类科目 over 编码 | 名称: the header's words on two lines are not read as that order), d10 (a
    subject's subtotal line in a project table loads as an uncoded row, as before the session), d12 (a
    code line printing code and figures only), d19 (a tall row's first pieces under both name columns on
    the line above it go to the row above)."""
    _checked, worst = _review("rules_s27d/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "d02_plain_subject_name_spaced.txt": "WRONG",
        "d03_plain_subject_name_missing.txt": "WRONG",
        "d07_layout_header_gongneng_two_lines.layout.txt": "WRONG",
        "d10_layout_subject_subtotal_after_tail.layout.txt": "WRONG",
        "d12_layout_code_line_no_subject.layout.txt": "WRONG",
        "d19_layout_subject_first_tall_row_heads_above.layout.txt": "WRONG",
    }


def test_pdfs_built_to_make_the_project_name_piece_rules_misfire_session_27():
    """15 one-table PDFs of project tables whose names wrap in their cells (rules_s27e/, drawn by the
    reviewer with rules_s25b's PDF writer, expected values typed by the reviewer; 1 right before the
    session). Widths counted in characters misjudged PDFs (Latin set proportionally, a remark column
    wider than the names): a piece's width is now measured from its position (points over the table's
    points per character), lone pieces only in the names' column, and on a PDF's page a row printing a
    piece narrower than its column has closed its name (e03, e04, e12, e15 right now).

    Left: e02 (a name shrunk to fit its cell reads as filling it), e10 (a Latin word kept whole makes a
    first piece narrow), e14 (a two-line cell merged by its rules sets the width), e06, e07, e08, e11
    (first rows centred over a code line printing no name, a header word inside a name, two full pieces
    around a code line, both names wrapping in a subject-first table). e09 (the unit's name atop page 2,
    then the header again) is whole since session 31: a header printed again after a running header is
    no name's piece."""
    _checked, worst = _review("rules_s27e/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        name: "WRONG"
        for name in (
            "e02_shrink_to_fit_centred.pdf",
            "e06_first_row_two_lines_centred.pdf",
            "e07_first_row_piece_header_word.pdf",
            "e08_two_full_lines_centred.pdf",
            "e10_ascii_word_wrap_bottom.pdf",
            "e11_subject_first_both_wrap_centred.pdf",
            "e14_hrules_centred_two_pages.pdf",
        )
    }


def test_final_account_summary_tables_built_to_misread_session_28():
    """16 收入支出决算总表 / 财政拨款收入支出决算总表 of recent final-account templates (rules_s28a/: layout
    texts, PDFs drawn by the reviewer with rules_s27e's writer, one plain text; expected values typed by
    the reviewer from the cells drawn). 13 right before the session. Fixed: figures between two lines of
    item labels (s09: the 本年 figures a line under 本年收入合计 / 本年支出合计, the blank 年初 / 年末 结转
    line under them) went to the lower line, which had no figures; now they go the way the table's other
    tall rows go (its 总计 prints its figures under its labels too). A 财政拨款收支总表 listing its 类 by
    科目编码 | 科目名称 (s14) read the codes 205 / 208 / 210 / 221 as figures (one loaded as 2,100,000 元 of
    an income item); now they are the rows' codes. In plain text the 年末结转 row's parts (s16) were summed
    with the 类 against 本年支出合计, so no placement of the 类 fitted; now the 类 are placed by 本年支出合计
    and the 结转 by 总计 = 本年支出合计 + 结转 per column."""
    _checked, worst = _review("rules_s28a/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_budget_summary_tables_built_to_misread_session_28():
    """16 部门收支总表 / 收入总表 / 支出总表 / 财政拨款收支总表 of budget templates (rules_s28b/: layout text,
    PDFs drawn by the reviewer with rules_s27e's writer, plain texts; expected values typed by the
    reviewer). 13 right before the session. Fixed: a table continued on a page whose first line is
    "续表 … 单位：万元" glued its repeated header ("支出" / "补助支出") to the page's last row's name (b04):
    a continuation mark at a page's top now keeps the header that follows it a repeated header; a plain
    收入总表 with a 上年结转 column (b14) had every part figure said, not read: the 收支总表's income items
    pin its 合计 row with their 上年结转 too (its 合计 is the 收入总计). Left as designed: b14's and b15's
    rows whose figures fit two columns are said (`ambiguous_columns`), not guessed."""
    _checked, worst = _review("rules_s28b/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b14_plain_income_blanks_pinned.txt": "SAID",
        "b15_plain_expenditure_blanks_dropped.txt": "SAID",
    }


def test_economic_basic_tables_built_to_misread_session_28():
    """16 basic-expenditure tables by economic code (rules_s28c/: the national three-block template, two
    blocks, budget tables printing 合计 | 人员经费 | 公用经费, paired departmental and governmental codes;
    layout texts, PDFs drawn by the reviewer, plain texts; values typed by the reviewer). 10 right before
    the session. Fixed: codes printed "302-01" one space after a block's figure were no new block, so each
    line was one block and every 款 of the first took the line's last figure, unsaid (c07); a block
    printing its code alone (its name wrapped above and below, its figure blank) swallowed the next
    block's code and figure (c06: 30199 given 30228's 58.62); a governmental code on a line of its own over
    the rows a merged cell spans was made the next row's code (c11); the totals' figures printed a line
    above 人员经费合计 / 公用经费合计 were said, not read (c10); names wrapped above and below their code
    line in narrow side-by-side blocks came out empty or cut (c06, c12): a piece on a line of its own goes
    with the nearest coded row of its block's column (a whole-width piece as near to a row below as to
    one above begins the lower one's name; a lone code "307" between its pieces is no page number); the
    km_2023 and wh_2023 layout texts' 30108 have their names now. Left: c15, plain text, whose pieces tell
    no column (the figures right)."""
    _checked, worst = _review("rules_s28c/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "c15_plain_three_blocks_wrapped.txt": "WRONG",
    }


def test_final_account_narratives_in_wordings_not_read_before_session_28():
    """15 final-account narratives (rules_s28d/, written by the reviewer with the claims typed by hand)
    in wordings no earlier test had: 3 right before the session. Now read: "年初预算安排…，实际支出…";
    "支出决算数…，年初预算数…" (the actual first, without 为); a 全年预算 or 年中追加/调减 between the
    budget and the actual, a remark in brackets after the budget; rates worded 支出决算为年初预算的,
    占年初预算数的, 决算完成率, 完成年初预算的比例为; "较年初预算减少…" before the rate; chains joined by
    dashes ("（类）—…（款）—…（项）"); changes worded 增支 / 减支, 和上年相比, 较去年, 比上年数, a second
    同比 before the percentage; 机关运行经费共支出, 政府采购总支出, "2024年度收入合计…". No longer
    claimed: an earlier year's totals, the 政府采购 amount granted to small firms. A running page header
    was glued to a coded row's name, which lost the claim its code. Session 29: d12's changes stated with
    no comparison phrase, last year's figure under its year ("…70.00万元，2023年度为72.00万元，减少2.00万元",
    "2023年度收入、支出决算总计1,730.00万元，增加…")."""
    _checked, worst = _review("rules_s28d/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_functional_expenditure_tables_built_to_misread_session_28():
    """16 expenditure tables by functional code (rules_s28e/: 支出决算表, the 2021+ template's
    一般公共预算财政拨款支出决算表 with 年初预算数 | 决算数 | 决算数占年初预算数的% blocks, budgets with
    上年执行数 and 增减; codes split, indented, in 类 | 款 | 项 columns; layout texts, PDFs drawn by the
    reviewer, plain texts; values typed by the reviewer). 11 right before the session. Fixed: without
    vertical rules the blocks' group labels stood over their middle columns only, so both 小计 read as one
    column and every row printing both blocks was said, not read (e05, e13: 82 and 86 figures); each label
    now spans its block where the money columns repeat one run of names under as many labels, and the
    share block's columns (…占年初预算数的%) are no money. In plain text, a row of such a table printing
    its 决算 only (its 年初 cells blank) had its first figure loaded as its 年初 budget (e15, 40.00): a
    row printing fewer figures than others under two phases' columns is said now. An outline of codes
    ("204" / "  06" / "    01") had its 款 and 项 parts taken for one column, 28 figures said (e16):
    parts stand in one column within a digit's width and a half. Session 30: the plain header's two phases
    ("年初预算数 决算数" over "小计 基本支出 项目支出" twice) are read as two blocks of three columns, each
    row placed by both blocks' identities and the column sums (e15 whole). Left: e14's two rows the
    identities leave open (said, as designed)."""
    _checked, worst = _review("rules_s28e/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "e14_plain_expenditure_six_columns_blanks.txt": "SAID",
    }


def test_fund_and_income_tables_built_to_misread_session_28():
    """16 收入决算表, 政府性基金 and 国有资本经营 tables of final accounts and budgets (rules_s28g/: flows
    年初 | 本年收入 | 本年支出 | 年末, empty tables stated in words, layout texts, PDFs drawn by the
    reviewer, plain texts; values typed by the reviewer). 11 right before the session. Fixed: a later
    page's column of short figures ("420.00" under a centred 合计, a wide 本年政府性基金预算支出 over the
    columns) missed its name and took the group's fund: its figures were loaded as government_fund, not
    total (g12); a later page's column ending where one of the header's page ends is that column. A form
    number at a table's corner ("公开02表", "部门公开表7") was a header cell, so the right-aligned 其他收入
    figures under it had no column (g15). A plain-text flow table printing its 合计 last had its 类 rows
    solved without their parent, so the whole table was said (g07), and a flow row fitting two placements
    was said whole though its 小计 and 项目支出 are placed alike in both (g06): those figures are loaded
    now, the open ones said. Left as designed: g05's and g06's figures the identities leave open."""
    _checked, worst = _review("rules_s28g/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "g05_plain_income_blanks_pinned_by_summary.txt": "SAID",
        "g06_plain_fund_flow_blanks_zero_total_first.txt": "SAID",
    }


def test_covers_titles_and_units_built_to_misread_session_28():
    """16 reports built to misread what comes before any figure (rules_s28f/: covers, tables of contents,
    titles, running headers, units; layout texts, plain texts and PDFs drawn by the reviewer, metadata,
    table keys and sample figures typed by the reviewer). 8 right before the session. Fixed: a unit's
    name set over two cover lines ("…住房保障和房屋征收" / "服务中心") was read as its last line (f05, f15);
    "附表3 支出决算表（续表）" was a second table (f06); a budget cover without a year took the year and kind
    of its table of contents' "三、2024年部门决算收支情况" (f07: a final account of 2024, its figures
    actual): the contents end the cover; a running page header naming the unit by a short name
    ("芦淞区市场监管局2024年部门预算" for 湖南省株洲市芦淞区市场监督管理局) was a second report's cover and
    cut the file there (f08: two tables lost); a table stated empty under its title alone ("…故本表为空。")
    vanished unsaid (f09); a running header naming the table ("…2023年度部门决算  表2 收入决算表") began a
    second table, read in 元 (f10: 10,000 times too small); a table printing no unit in a report whose
    every other table states 万元 was read in 元 (f12): it is read in 万元 now, said."""
    _checked, worst = _review("rules_s28f/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_budget_detail_lines_built_to_misread_session_28():
    """16 budget detail tables (rules_s28h/: 部门预算明细表 and 项目支出明细表 in plain text, layout text and
    PDFs drawn by the reviewer; every line typed by the reviewer, with the sums a 一般公共预算支出表 of the
    same document pins). 7 right before the session. Fixed: a 项's subtotal row (its code, no economic
    code, no project, the sum of the lines under it) was loaded as one more line, the lines then adding
    to twice the 合计 (h10); group headings "一、基本支出" / "二、项目支出", or a project's name with
    项目支出 and its sum, gave the lines under them no type or project (h09: basic lines read as project;
    h16); a
    project column printed before the codes swallowed the economic codes (h13); a project name's piece
    opening with a number ("2025 年第二批）") was taken for a figure and dropped (h14); codes printed
    against their names ("2130201行政运行", a layout cell "2130101 行政运行") were no codes, every line said
    (h02, h03). Whole since session 31: h08, a name centred over three lines with its middle piece on the
    codes' line (its first piece went to the line above); h05, code cells left blank for "same as above"
    (said)."""
    _checked, worst = _review("rules_s28h/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_sangong_operating_and_procurement_tables_built_to_misread_session_28():
    """16 三公, 机关运行经费 and 政府采购 tables in layouts sangong_pdfs/ has not (rules_s28i/: layout texts,
    PDFs drawn by the reviewer, plain texts; values typed by the reviewer). 7 right before the session, none
    wrong. Fixed: a final account's 三公 table printing 运行费 alone under the vehicle group (no subtotal, no
    购置费) had its true reading refused as a misread (the sums counted the missing subtotal as 0) and all 8
    figures said (s04); a header cell "公务用车购置" without 费 was read as the vehicle group (s08); a plain
    table's "部门合计" row printing every column was no total row (s10). Left, said: a three-line header in a
    PDF with horizontal rules only merged into one band (s06); a phase line holding a 单位名称 cell (s11);
    items as rows with their figures a line below their labels (s12); a procurement table with a
    其中：政府购买服务 column (s15); s16's open 购置 / 运行 (as designed). s13, a procurement table with
    预算数 | 执行数 columns, is read since session 33 (each phase's figure)."""
    _checked, worst = _review("rules_s28i/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        name: "SAID"
        for name in (
            "s06_pdf_hrules_final_all_zero.pdf",
            "s11_layout_three_line_header_phase_top.layout.txt",
            "s12_pdf_unruled_items_rows_figures_below_labels.pdf",
            "s15_layout_procurement_units_purchase_services_column.layout.txt",
            "s16_plain_blank_purchase_open.txt",
        )
    }


def test_project_expenditure_figures_built_to_misread_session_28():
    """16 项目支出表 whose figures and structure are the attack, not their names (rules_s28j/: fund columns
    with blank cells, 一级 / 二级 projects, 项目类别 and 实施年限 columns, 年初预算数 | 决算数 in final
    accounts; layout texts, PDFs drawn by the reviewer, plain texts; values typed by the reviewer). 10 right
    before the session. Fixed: a 财政拨款 group printing a 小计 of its own over 一般公共预算 | 政府性基金 had
    two total columns, so every row was said (s04, 24 figures; rules_s22 l02's 本年财政拨款支出 小计 is read
    as that group's column too); a plain final account's 年初预算数 | 决算数 read as one column had a row's
    lone 决算 figure loaded as its budget (s13): said then; since session 30 the two phases are two columns
    and the 合计 (every coded project its child where no 类 row is printed) places that figure: 年初 265.00 =
    85.00 + 120.00 + 60.00 leaves 45.80 the 决算's (s13 whole). Left: a 单位资金 column the vocabulary did not
    know (s03, said; its key unit_funds since session 33); plain 一级 rows printing sums over their 二级 rows
    (s05, said); 项目类别 and 实施年限 words glued to the labels (s06, figures right; read since session 33: a
    project's name is the words under 项目名称); s14's open placements (as designed)."""
    _checked, worst = _review("rules_s28j/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "s05_plain_level1_rows_with_sums.txt": "SAID",
        "s14_plain_two_placements_said.txt": "SAID",
    }


def test_performance_tables_built_to_misread_session_28():
    """16 reports with self-evaluation and target tables (rules_s28k/: plain texts, layout texts, PDFs
    drawn by the reviewer; claims typed by the reviewer, every indicator figure a trap). 11 right before
    the session. Fixed: self-evaluation tables titled "…中央转移支付项目绩效自评表" and "一般公共预算项目支出
    绩效自评表" were read as a transfer table and an expenditure table, 20 indicator figures and scores
    loaded as money and both claims lost (k07): a title naming 绩效 is a performance table first; a page
    footer ("- 9 -") after the funds row was read as its figure (k05); a name's piece holding 预算 or 执行
    ("…预算执行动态监控") was dropped (k09); a whole department's table naming it in its title only gave
    the claim no name (k04); "年度资金" / figures / "总额" lost the row unsaid (k08: said, its unit printed
    elsewhere; read since session 34, the unit found further down the funds block's label cell)."""
    _checked, worst = _review("rules_s28k/check.py")
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_pdf_producer_quirks_session_28():
    """16 PDFs of main tables drawn as producers draw them and earlier PDF reviews did not (rules_s28m/:
    glyph by glyph, rules as filled rectangles, white masks, headers merged both ways, a landscape page
    among portrait ones, figures smaller than labels, negatives as "-12.50" and "(12.50)", a table going
    on without its header; values typed by the reviewer). 15 read whole: the 13 read whole in session 28,
    and since then the two whose code or name cells Excel merges down over their rows in a ruled grid
    (m03: the 类 code cell over the 类 row and its 款 / 项 rows, the 款 cell over its 项 rows; m04: the 类
    and 款 name cells of a pivot layout), printed once, centred in the tall cell: the text belongs to the
    cell's top row (layout._merged_cell_runs), where it stood on whichever row was level with it (codes
    assembled from the wrong parts, 2010301's figures under 20101; names joined to their children's).
    Known and left: two tables side by side on one page are read as one (m08: 60 of 68 figures lost;
    said since session 28, `table_partly_unread`: a table placing fewer than a quarter of the figures it
    prints, nothing said why, says so)."""
    checked, worst = _review("rules_s28m/check.py")
    _rows, diagnostics = checked["check"](
        "m08_two_tables_side_by_side.pdf", checked["EXPECTED"]["m08_two_tables_side_by_side.pdf"]
    )
    assert any("table_partly_unread" in str(d) for d in diagnostics)
    assert len(worst) == 16
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "m08_two_tables_side_by_side.pdf": "WRONG"
    }


def test_budget_narratives_in_wordings_of_provinces_session_28():
    """15 budget narratives (rules_s28l/, written by the reviewer with the claims typed by hand, traps of
    shares, counts, last year's figures, dates and document numbers planted). 6 right before the session.
    Fixed: "上年结转资金预算数为60.00万元" was taken for last year's figure (上年…为), so its change had no
    current figure and a false stated_change_mismatch was raised (l02); "财政拨款支出预算总计" was no
    claim (l03, l06); "机关运行经费当年一般公共预算拨款…" and "政府采购预算共…" were none (l07); a change
    in brackets after its rate ("增长6.60%（增加301.00万元）") was lost (l09); "占比与上年持平" was a claim
    named 占比 (l12); last year's figure stated ten characters after its year was taken for this year's
    (l15, a false mismatch). Session 29: last year's figure under its year and then the change, no
    comparison phrase (l05); "增（减）0万元" (l09); several items each with its figure, "均与上年持平" (l11:
    a claim each); last year's figure inside the phrase, "与2024年部门预算收入总计1,700.00万元相比" (l15)."""
    _checked, worst = _review("rules_s28l/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_the_money_of_budget_versus_actual_claims_in_narratives_built_to_misread_it_session_29():
    """15 narratives (rules_s29b/, 14 final accounts and a budget, written by the reviewer with each claim's
    money typed by hand): 46 of 64 claims took the wrong money under the first rule (the heading's only).
    Now each claim's money is its own words' (a bracketed remark left out, the word printed first winning;
    部门支出 / 全部支出 / 非财政拨款 named), else the latest whole stated in its section, else its heading's,
    outwards, a 财政拨款 heading under a 一般公共预算 one being the latter's; headings numbered 一. / 1. /
    （1） or none, wrapped or run in, never the table of contents or a running header; a code only another
    money's table prints is that money's. Left: d07's 非财政拨款支出 is recorded (money non_fiscal, which the
    warehouse compares with no table) where the reviewer wants no claim. d13 (a budget report stating last
    year's execution) is whole since session 31: such statements tell of a closed year and are no claims."""
    _checked, worst = _review("rules_s29b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "d07_weifang_scj_2023_final.txt": "UNEXPECTED",
    }


def test_whole_final_accounts_of_eight_provinces_session_31():
    """8 whole final accounts (rules_s31a/: 广东, 浙江, 河南, 四川, 山东, 陕西, 辽宁, 贵州; 5 plain
    pdftotext, 3 layout; 2,053 figures typed by the reviewer, re-added at import). 3 whole before the
    session, 274 figures said. Fixed: the 一般公共预算财政拨款支出决算表 printed 年初预算数 | 决算数 (2021+)
    or 年初结转 | 本年收入 | 本年支出 | 年末结转 pinned no row of the 支出决算表, its pins being keyed by the
    row's first figure (g1, s4, h3, l7: the 支出决算表's parts said on every row); a 栏次 line under the two
    phases' header left that table unread (h3, l7); a fund's 收入支出 table is pinned by the
    财政拨款收支总表's flow of the fund and by the 支出决算表's parts (x6). Left: g1's three-block
    基本支出表 name tail wrapped onto a line of its own ("…基本养老保险缴" / "费"; as rules_s28c c15)."""
    _checked, worst = _review("rules_s31a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "g1_guangzhou_tianhe_scjgj_2023_final.txt": "WRONG",
    }


def test_whole_budgets_of_eight_provinces_session_31():
    """8 whole budget reports (rules_s31b/: 江苏, 湖南, 福建, 云南, 河北, 广西, 重庆, 天津; 5 plain, 3 layout;
    1,935 figures built by the reviewer from typed leaves, re-added at import). 4 whole before the
    session, now all 8. Fixed: a header row whose cells wrap line by line ("一般公共预 政府性基金预" /
    "算拨款收入 算拨款收入") lost the 一般公共预算 column (d01); a header naming two years' figures
    ("2022年预算数 2023年预算数 增减变化情况") took the earlier for the report's own (d07); the header printed
    again under a running page header was read as the last row's name (d06); a title wrapped after a form
    label ("预算公开表07 一般公共预算“三公”经费" / "支出预算表") was not joined (d04); a fund the
    财政拨款收支总表 shows nothing of still took figures in a 项目支出表 (d04)."""
    _checked, worst = _review("rules_s31b/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_whole_reports_as_pdfs_drawn_as_producers_draw_them_session_31():
    """6 whole reports as PDFs (rules_s31c/: 3 final accounts, 3 budgets; cover, 目录, 说明, every table;
    full grids, horizontal rules only, no rules; landscape pages, 续表, running headers; 1,679 figures
    typed by the reviewer, re-added at import). 3 whole before the session. Fixed: without vertical rules
    a group's label centred over its columns (基本支出 over 人员经费 | 公用经费), on their line or above them,
    was taken for a column of its own (b2, b3: every 人员经费 figure loaded as 基本支出); figures standing
    under a label over all the columns ("2023年预算数" over 合计 | 基本支出 | 项目支出) were taken for the
    合计's (b3: the rows printing 合计 and 基本支出 unread); the header printed again under 续表, its cells
    grouped into lines otherwise than on the first page, was read as the last row's name (f2); a 三公
    header's levels in one ruled band glued the vehicle group's name to 公务用车购置费 and took it for a
    column (b2). All 6 whole."""
    _checked, worst = _review("rules_s31c/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_narrative_claims_of_every_kind_as_twelve_provinces_word_them_session_31():
    """12 narratives (rules_s31d/: 6 budgets, 6 final accounts of 12 provinces; 289 claims and not-claims
    typed by the reviewer, one or two misstatements planted in each and recorded as stated). 8 whole
    before the session, now 12. Fixed: a share between a figure and its change ("基本支出…万元，占78.77%，
    比上年增加…") gave the change to the whole stated before (d03); a code in brackets right before the
    amount ("行政运行（2080201）5,230,000.00元") was no code (d06); a 三公 item's actual without 为
    ("…支出决算8.16万元，完成预算的81.60%") was lost (d08); an earlier year's 三公 budget and actual told
    for comparison was an execution claim (d10)."""
    _checked, worst = _review("rules_s31d/check.py")
    assert len(worst) == 12
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_department_reports_with_unit_sections_two_reports_and_extra_tables_session_31():
    """10 documents (rules_s31e/: a department's tables then each unit's, a report followed by another in
    one file, mostly blank source columns, 政府采购 / 绩效目标 / 购买服务 / 机关运行经费 / 国有资产 /
    绩效自评 tables; figures, metadata and project_execution claims typed by the reviewer). 7 whole before
    the session. Fixed: the same body's report of the next year after its own in one file was loaded as
    tables _2 of the first (e05: 89 figures); a final account's 政府采购情况表 printing 合计 货物 工程 服务
    under 计划 and under 实际 was not read (e09, e10). Left, said: e10's 收入决算表 in plain text with no
    收支总表 to pin its sources (the identities leave its rows open)."""
    _checked, worst = _review("rules_s31e/check.py")
    assert len(worst) == 10
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "e10_shaanxi_jintai_dag_2023_unit_final.txt": "SAID",
    }


def test_whole_reports_as_pdfs_of_excel_and_report_generators_session_31():
    """6 whole reports as PDFs (rules_s31g/: Excel exports boxing every cell with 类 cells merged down, report
    generators painting the whole grid then white masks over merged cells, rules as filled rectangles,
    watermarks, page numbers top right, figures smaller than labels, bold totals, text above or below the
    cells' centre, a 合计 row alone atop the next page; figures typed by the reviewer). 4 whole before
    the session: rules a white mask covers were read as drawn, splitting group labels (f2: the
    一般公共预算表 and 三公 unread; b3: the 基本支出表's 合计 loaded as 人员经费). Now all 6."""
    _checked, worst = _review("rules_s31g/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_whole_reports_of_ten_more_provinces_as_text_session_31():
    """10 whole reports as text (rules_s31f/: 北京, 上海, 新疆, 内蒙古, 吉林, 天津, 重庆, 广西, 海南, 宁夏; 6
    plain, 4 layout; figures typed by the reviewer). 2 whole before the session, 7 now. Fixed: a 总计 both
    sides print, alone after the expenditure side's, read as the expenditure's (f1, f3, f5); 附件N atop a page
    read as the last row's name (f3); a name's tail under a row printing its own code part (f4); an economic
    table's 款 printed as two digits under a blank 类 (b3, f4); the layout summaries' 总计 glued to an item
    printing no figure (f4); 上年决算数 before the year's 小计 taken for a group label (f5); a layout 三公
    table under 预算数 | 决算数 centred over their halves (f2). b5, plain text with 类 | 款 | 项 two-digit
    codes, is read since session 35 where one reading of the parts keeps every sum (its names' tails on the
    next line joined), its rest said. Left: b1, f1: 三公 rows whose blank zeros leave 购置费 and 运行费 open
    (said, as they must be)."""
    _checked, worst = _review("rules_s31f/check.py")
    assert len(worst) == 10
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_beijing_fengtai_sfj_2024_budget.txt": "SAID",
        "b5_jilin_nanguan_cdc_2019_unit_budget.txt": "SAID",
        "f1_tianjin_hebei_yjglj_2022_final.txt": "SAID",
    }


def test_narrative_claims_second_round_of_wordings_session_31():
    """12 more narratives (rules_s31h/: 6 budgets, 6 final accounts of 12 other provinces; 亿元 and 元
    figures, 同比, rate-only changes, 一是…二是…, （一）…, Chinese-numeral years, page breaks inside claims,
    会议费 / 培训费, approximate figures; claims typed by the reviewer, a misstatement planted in each). 4
    whole before its fixes, 8 now. Fixed: "一是…二是…" left its marker in the chain's first name, which
    then found no code (b05, f11); "（1）2080201 行政运行 985.80万元" gave no code (b06); "分别比上年减少…和…"
    made a claim of no subject (b04, f09); a comparison year in Chinese numerals ("较二〇二二年", also
    broken over a line) was no comparison (b02, f12), and a running header with it ended the 三公 table
    (f12). Left by decision: b01, f12 record a 会议费 / 培训费 year-on-year change as a claim (the corpus'
    goldens type them as claims; no table prints them, so the warehouse compares them with nothing).
    Also fixed: the prior year stated as its own clause ("上年为…，增加…", b05); a 三公 actual with a
    change against last year before its completion rate (f11)."""
    _checked, worst = _review("rules_s31h/check.py")
    assert len(worst) == 12
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b01_tianjin_hexi_wjw_2024_budget.txt": "UNEXPECTED",
        "f12_yunnan_wuhua_lyj_2018_final.txt": "UNEXPECTED",
    }


def test_whole_reports_third_round_as_text_session_31():
    """10 whole reports as text (rules_s31i/: 湖北, 安徽, 贵州, 山西, 黑龙江, 福建, 河北, 江西, 青海, 西藏; 6
    plain, 4 layout; figures typed by the reviewer). 4 whole before its fixes, 8 now. Fixed: a final
    account's 一般公共预算财政拨款 / 政府性基金预算财政拨款 columns took the budget phase from the 预算 in the
    funds' names (f2: 22 figures); a side's 总计 beside an item of the other side printing no figure was
    glued to that item ("八、其他收入 总计 1,221.66": f1-f5); "人员经费合计" as the first row of a
    one-column 基本支出表 was read as header (f3); "一般公共预算财政拨款" in one header cell made a 财政拨款
    column of its own (f3, f5); layout 预算数 printed under each of 合计 / 基本支出 / 项目支出 (every column
    read as the total, b5); a layout 三公 table under 预算数 | 决算数 centred over their halves, each half
    taking the nearer word only in its middle (f4). Left: f1, two figures under three part columns (rightly
    said)."""
    _checked, worst = _review("rules_s31i/check.py")
    assert len(worst) == 10
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "f1_fujian_jianyang_lyj_2022_final.txt": "SAID",
    }


def test_whole_reports_as_pdfs_third_round_session_31():
    """6 whole reports as PDFs (rules_s31j/: dashed grids, zebra shading, thick frames, no right border, 6pt
    tables, three-line names, per-column padding, 行次 headers turned 90°, the unit and the form number on
    the title's line; figures typed by the reviewer). 2 whole before its fixes: a title printed after
    "单位：万元" on its line was no title (f1, b1: every table unread); a 行次 header turned 90° reads "次行"
    and was no row-number header, the row numbers loaded as the amounts (f2, b2). Now all 6."""
    _checked, worst = _review("rules_s31j/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_whole_reports_as_layout_text_fourth_round_session_31():
    """8 whole reports as pdftotext -layout text (rules_s31k/: continuation pages shifted 2-3 characters,
    group labels centred over their columns, figures wider than their header words, two-line 三公 item
    headers, blank and 0.00 zero cells, 合计 centred across the code and name columns; figures typed by
    the reviewer). 4 whole before its fix. Fixed in part: a name of three lines centred on its code's line,
    after a row whose name ran on below its own line, gave its first piece to the row above (127 labels
    wrong, every figure right); session 32: after a row of one line, a lone piece above a code's line is
    that row's first where the row above's name ended on its own line (its first character would have
    fitted there: b4 "212 城乡社区支出" / "国有土地使用权" / "21208 出让收入安排的" / "支出", the last 24
    labels). The values, codes and columns were right throughout."""
    _checked, worst = _review("rules_s31k/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_narrative_claims_third_round_of_wordings_session_31():
    """10 more narratives (rules_s31l/: full-width digits, spaces as thousands separators, page turns between
    a figure and its unit, subjects after their figures, "超出年初预算…%", "（上年：…）", a 类 list in the
    text, 年初 / 年末结转和结余; claims typed by the reviewer, misstatements planted). Written at the end of
    the session: 168 of 208 lines right before, 185 now. Fixed: priors in brackets after the figure
    ("402.00万元（上年：400.00万元），增加…"); totals with "（含上年结转）"; "超出年初预算20.40%" read as a
    rate of 120.40%; a fund whole stated as a part after 其中 no longer gives its money to the items after it
    (f10). Left (the closing note lists them): subjects after the figures (no code), 三公 items stated as
    actuals alone, "为0" with no unit, the reviewer's calls on 收入预算 / 支出预算 as totals and on 结转和结余
    as claims. Session 38: "2021年收入预算1,830.00万元，其中：…" whose parts add up, none carried over, is the
    本年收入合计 (and so for 支出): b05 whole.
    Session 52: b01 (海南美兰) states its wholes at a sentence's start ("。收入预算2,640.00万元，其中：…"),
    claimed now that its parts after 其中 add up: whole."""
    _checked, worst = _review("rules_s31l/check.py")
    assert len(worst) == 10
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b04_shaanxi_yanta_wlj_2025_budget.txt": "MISSING",
        "f06_ningxia_xingqing_sfj_2023_final.txt": "WRONG",
        "f07_xinjiang_tianshan_zjj_2022_final.txt": "MISSING",
        "f08_bingtuan_shihezi_wjw_2020_final.txt": "MISSING",
        "f09_hainan_jiyang_jtj_2021_final.txt": "MISSING",
        "f10_guizhou_huichuan_zrzyj_2024_final.txt": "MISSING",
    }


def test_whole_reports_as_layout_text_across_page_breaks_session_32():
    """9 whole reports as pdftotext -layout text (rules_s32b/: tables over two and three pages, under 续表 /
    （续） / （续上表） / 表2（续） with or without the header again, page footers and running heads between
    the pages, breaks inside a wrapped name or between a 类 and its 款; notes with codes and figures under
    tables; empty tables stated five ways; 国有资本经营, 项目支出 and 政府采购 tables; the amount unit stated
    once for the section or only in the running head; 15 narrative claims; figures typed by the reviewer).
    4 whole before the session's fixes: the unit stated once for the tables that follow ("说明：以下公开表格
    中，金额单位除注明外均为万元", "本部分表格金额单位：万元"); a running head naming the report's kind only
    ("部门预算公开") or with the unit beside it; the marks "（续上表）" and "表2（续）"."""
    _checked, worst = _review("rules_s32b/check.py")
    assert len(worst) == 9
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_older_templates_and_units_with_own_revenue_as_plain_text_session_32():
    """8 whole 2015-2018 reports as plain pdftotext text (rules_s32a/: a provincial 教育厅 and 水利厅 in 元
    with 10-11 digit figures, two hospitals, a school, a college, a 街道 and a 镇; one cell a line or one row
    a line; "公共财政预算" / "公共预算" for 一般公共预算; 事业收入, 经营收入, 上级补助, 附属单位上缴,
    用事业基金弥补收支差额; 行次 on both sides; the old 功能 and economic names; figures typed by the
    reviewer). Before the session's fixes 1,506 figures OK, 200 WRONG, 685 SAID. Fixed: the former names of
    一般公共预算 in titles, columns and summary items; the column 用事业基金弥补收支差额 (business_fund); the
    summary's single item "一、财政拨款收入" pins the 收入表's 财政拨款 column; two-sided summaries printed
    one cell a line are read row by row where their sums hold; two-digit 万元 figures one a line after a name
    are no code parts. Now 2,095 OK, 1 WRONG, 290 SAID (the check matches exact readings first; recorded again
    before the fixes: 1,511 OK, 195 WRONG, 686 SAID). Left, each said: the cell-per-line 政府性基金 table of a
    final account (年初 + 收入 − 支出 = 年末), a 基本支出表 printing a class's figures after its 款 (b1),
    收入表 columns left open. The WRONG: a two-block 基本支出表's name tail ("险缴费", f1) not joined."""
    _checked, worst = _review("rules_s32a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_liaoning_jyt_2016_budget.txt": "SAID",
        "b2_shaanxi_baoji_zxyy_2015_unit_budget.txt": "SAID",
        "b3_zhejiang_xihu_beishan_jd_2017_budget.txt": "SAID",
        "f1_jilin_changchun_sygz_2017_unit_final.txt": "WRONG",
        "f4_gansu_lanzhou_dyrmyy_2015_unit_final.txt": "SAID",
    }


def test_pdfs_with_merged_header_cells_and_detail_lines_session_32():
    """7 whole reports drawn as PDFs (rules_s32c/: headers of two and three rows with merged cells, full
    grids, rules under rows only, no rules; landscape pages beside portrait ones; 项目支出 tables and
    line-item tables with names wrapped over 2-4 lines in their cells; negative 年末结转; 收支总表 halves
    drawn as two grids; figures typed by the reviewer, 33 claims). Left (pinned): a line-item cell merged
    over several detail lines gives its code, name and project to one line only (b1); name pieces above and
    below a centred code line under rules drawn per row go to the wrong row (b2); another column's wrapped
    piece joined into a project's name (b3). Fixed: figures drawn 2 points
    apart run together in the PDF's text ("20,721,946.1616,789,946.16"): set apart where two decimals each
    is the one reading (f2: 22 LOST, 42 SAID -> whole); a grid row whose names wrap over four or five lines
    is one row (b4 -> whole)."""
    _checked, worst = _review("rules_s32c/check.py")
    assert len(worst) == 7
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_jilin_chuanying_nyncj_2023_budget.pdf": "WRONG",
        "b2_jiangxi_lianxi_slj_2022_budget.pdf": "WRONG",
        "b3_qinghai_chengxi_wjj_2023_budget.pdf": "WRONG",
    }


def test_reports_printed_one_cell_a_line_session_32():
    """9 whole 2019-2025 reports as plain pdftotext text one cell a line (rules_s32d/: two-sided summaries
    with and without 行次, wrapped labels, the full 类 list, a budget's 财政拨款收支总表 repeating its income
    labels under 本年收入 and 上年结转; coded tables with blank cells dropped and 万元 integers; a final's
    政府性基金 收入支出 table; 三公 items in rows; figures typed by the reviewer, 13 claims). Before the
    session's fixes 1,823 OK, 913 SAID; now 2,551 OK, 185 SAID: the summaries are read row by row (labels
    wrapped before their figures, fund names over columns no items, a budget's 总计 its side's total where it
    prints no 本年合计, sub-items repeating under two heads, "五、单位资金" an income item); a column the
    pinned 合计 row leaves empty is empty in every row (b1, b5's 收入表 of 11 columns); a 合计 alone atop a
    page, figures after it, is the total row, not the header again (b2); 万元 integers one a line are
    figures, a figure equal to a code the table printed already too (b4). Left, said: the final's 政府性基金
    flow table, the blocks' 人员经费合计 / 公用经费合计 rows, 三公 items in rows, b4's summaries."""
    _checked, worst = _review("rules_s32d/check.py")
    assert len(worst) == 9
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b2_shandong_tianqiao_ybj_2019_budget.txt": "SAID",
        "b4_xinjiang_kelamayi_nyncj_2022_budget.txt": "SAID",
        "f2_gansu_maiji_swj_2021_final.txt": "SAID",
        "f3_tianjin_nankai_jyj_2020_final.txt": "SAID",
        "f4_ningxia_xixia_zjj_2024_final.txt": "SAID",
    }


def test_tables_printing_other_years_and_phases_beside_the_reports_own_session_32():
    """8 whole reports as -layout text whose tables print figures that are not the report's own beside its own
    (rules_s32e/: 上年预算数 / 上年执行数 | 本年 | 增减额 | 增减%, "2023年决算数 | 2024年预算数", 年初预算数 |
    调整预算数 | 决算数 | 完成率, 三公 with 上年 | 本年 per item, 政府采购 and 机关运行经费 with 预算数 |
    实际数; figures typed by the reviewer, 43 claims). Found at 1,626 OK, 600 SAID, 4 SPURIOUS, 1 WRONG.
    Fixed: a header naming two years' figures, the later the report's own, names the earlier one's columns the
    prior year's in layout text too (as plain text did), and a row printing only the other year's figure and
    the change is not the report's own total shifted (1,856 OK, 370 SAID, no SPURIOUS). Session 33: 比上年增减
    over 金额 | 幅度(%) names the change and its rate (b2's WRONG, a dropped subject's change loaded as its
    total, gone); 完成率 / 执行率 / 占调整预算数% / 调整后预算数 named; one 调整预算数 column between the 年初
    and 决算 blocks, and a share's label wrapped in its column ("决算数占调" / "整预算数%") no longer break
    the blocks' groups (f1-f3: 2,259 OK, 63 SAID in all). Then: a procurement table of 预算数 | 实际数 (or
    上年 | 本年 | 增减额) loads each phase's figure (another year's and the change not); a 三公 table of items
    as rows with a rate column (完成率) or a label wrapped "决算比上年" / "增减"; a 三公 table of three blocks
    上年决算数 | 年初预算数 | 决算数 over the items (the first another year's, solved with the rest, not
    loaded): 2,312 OK, 5 SAID. Left: b2's 三公 items as columns each over 上年预算数 | 本年预算数, f2's one
    procurement row. The closing note lists what is left (比上年增减 over 金额 | 幅度; procurement rows of two
    figures; one 调整预算数 column between the 年初 and 决算 blocks; rate columns 完成率 / 占调整预算数%)."""
    _checked, worst = _review("rules_s32e/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b2_hubei_xialu_jyj_2021_budget.layout.txt": "SAID",
        "f2_yunnan_qilin_nyncj_2022_final.layout.txt": "SAID",
    }


def test_department_reports_of_several_units_session_32():
    """8 whole 部门 reports of departments with 2-4 subordinate units (rules_s32f/: 单位构成 tables, 收入 /
    支出 tables by unit and by unit and code, "其中：<unit>" blocks after the department's rows, 三公 and
    项目支出 by unit, a 单位预算 of the 机关 appended; the reviewer's rule: units' rows are not loaded, and
    are said). Before the session 1,789 OK, 329 SPURIOUS. Fixed: a table by 单位编码, or by 单位名称 beside
    科目编码, loads its 合计 row and says its units' rows (SPURIOUS 329 -> 237). Left (the closing note):
    units' blocks after the department's rows in one table, 三公 by unit in layout text, a unit's subtotal
    rows in a 项目支出表, a unit's totals in the narrative recorded as the department's (16 WRONG), a table of
    unit names alone, and an appended 单位预算 of the same body (b3). Session 33: a unit's 单位预算 after the
    department's report (the same body's name and year, another scope on its cover) is a second report, not
    read (b3: 175 SPURIOUS); a table of units' names alone, a table printing a block per unit (a unit's row,
    its codes after it, the codes repeating), a project table's units' subtotals (each the sum of its
    projects) and a unit's totals in the narrative ("其中：…局 机关收、支总计各…") are said, not loaded: no
    WRONG, no SPURIOUS left. Session 34: the units' blocks after the department's rows in one table
    ("其中：<unit>" rows, the codes again) are set apart and said (f4 read whole)."""
    _checked, worst = _review("rules_s32f/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_hunan_zhuzhou_nyncj_2024_budget.txt": "SAID",
        "b4_jiangxi_xunyang_jytyj_2023_budget.layout.txt": "SAID",
        "f2_zhejiang_shaoxing_jtysj_2022_final.layout.txt": "SAID",
    }


def test_newer_budget_templates_and_their_rarer_tables_session_33():
    """8 whole 2024-2026 budgets, 4 as -layout text and 4 as PDFs (rules_s33a/: "表1-1
    <unit>2025年部门收支总表" titles, 附表N, 部门预算公开表06; 财政专户管理资金预算表; 单位资金 columns;
    政府购买服务 and 绩效目标 tables whose figures are texts; empty tables in many wordings; project tables
    with 项目类别 / 项目编码 / 单位名称 / 是否政府采购 text columns; figures typed by the reviewer). Found at
    2,287 OK, 35 WRONG, 59 LOST, 43 SAID: the 财政专户管理资金预算表 had no kind, so an empty 国有资本经营
    table before it took its rows as its own (b1, b7: 34 WRONG); every project row was lost without a word.
    Fixed: the table is its own kind (fiscal_special_account), 单位资金 a column (unit_funds); a 是否… column
    after the figures is text; a project's name is the words under 项目名称, not those under 项目类别 /
    单位名称 beside it; names wrapped around their figures' line, or running on below a name that fills its
    column, are read; a table of which only the total rows were read is said. Left: b2's two rows whose name
    pieces all fill the column (said as ambiguous, taken as the next row's); b5's empty table's unit, printed
    over the unit's name by the drawing (unreadable)."""
    _checked, worst = _review("rules_s33a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b2_shanxi_xiaoyi_wjj_2026_budget.layout.txt": "SPURIOUS",
        "b5_zhejiang_yuhang_scjgj_2024_budget.pdf": "WRONG",
    }


def test_final_accounts_of_public_institutions_session_33():
    """9 whole final accounts of 事业单位 and small units (rules_s33b/: schools, hospitals, 街道, 乡镇, 疾控,
    研究所; 5 plain texts, 4 layout; 收入决算表 with 上级补助 / 事业 / 经营 / 附属单位上缴 / 其他收入 printed,
    支出决算表 with 上缴上级 / 经营 / 对附属单位补助, 收支总表 with 使用非财政拨款结余 and 结余分配's items,
    财政拨款总表 with 年初 / 年末 over their fund lines; figures typed by the reviewer). Found at 1,998 of
    2,016 OK, 2 WRONG. Fixed: 结余分配's items (交纳所得税, 提取…, 转入非财政拨款结余) are the expenditure
    side's, not income (t2, t4); a fund's line printed on both sides of a plain line ("一般公共预算财政拨款
    120.60 一般公共预算财政拨款 162.69 162.69") is the expenditure side's second time, its two figures the
    total and that fund's (t3). Left: t5's 支出决算表 rows of 2 figures under 5 part columns, said (another
    table's 项目支出 is a lower bound only)."""
    _checked, worst = _review("rules_s33b/check.py")
    assert len(worst) == 9
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t5_guangdong_shunde_dlsyzx_2024_unit_final.txt": "SAID",
    }


def test_summaries_in_the_less_common_shapes_session_33():
    """8 whole reports whose 收支总表 family takes the shapes fewer provinces print (rules_s33c/: a summary
    stacked in one column pair, income items above expenditure ones; income and expenditure sides as two
    tables on two pages; 上年 | 本年 or 年初 | 调整 | 决算 on each side; 2024+ 单位资金 items; a
    财政拨款收支总表 of four expenditure columns, rows printing two of them; plain, layout and PDF; figures
    typed by the reviewer). Found at 1,936 OK, 15 WRONG, 13 LOST, 19 SPURIOUS. Fixed: a stacked summary in
    layout text or a PDF (no split between sides) tells its items' sides by what they name, as plain text does
    (its income items were loaded as expenditure); 调整预算数 in a positioned summary is another budget's, not
    loaded, and no side's start; a plain 财政拨款 summary's expenditure side printed as a 续表 below the
    income side takes that continuation's header; an item naming 单位资金 is income ("（二）单位资金结转"
    under 上年结转结余, b1); the header printed again atop a page ("项目 预算数") is no item's name (b3).
    Below a 续表 printing the expenditure side alone, every item is the expenditure side's (f1's two 总计 were
    swapped, the continuation's fund figure lost). Left: b1/b2/f1's one-row 三公 tables of dropped blanks
    (said, as the reviewer wants), f1's plain 结转 rows of a three-phase summary (said)."""
    _checked, worst = _review("rules_s33c/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_henan_xiping_nyncj_2024_budget.txt": "SAID",
        "b2_hunan_liuyang_wlj_2023_budget.txt": "SAID",
        "f1_shandong_zhangqiu_sfj_2023_final.txt": "SAID",
    }


def test_narrative_claims_of_2023_to_2026_wordings_session_33():
    """8 whole reports whose 说明 word their claims the ways 2023-2026 reports do (rules_s33d/: 比上年 /
    较上年 / 同比, 个百分点, 财政拨款收支总预算, 一般公共预算当年拨款 by 类, per-项 executions with 调整预算
    between, 亿元, full-width digits, figures split over lines and pages; 1-2 misstatements planted in each,
    recorded as stated). Found at 224 of 242 lines OK (5 WRONG, 13 MISSING), every planted misstatement
    recorded. Fixed: an execution with the year's spending first under a bare 支出
    ("…财政拨款支出4,476.20万元，年初预算为3,980.00万元，调整预算为…，完成年初预算的112.47%"), one with the
    rate between the actual and the budget, and a 三公 actual under a bare 支出 with its rate; a numbered
    heading on a line of its own ("三、一般公共预算当年拨款情况") ends there, no piece of the next item's
    subject (b4). Left (the closing note): a change whose subject restates a figure recorded without its
    amount (b2, f2, f3), totals worded 收入预算 / 支出预算 (b1, b2, b4) and 均为0 for two subjects (b4).
    Session 52: b1 (山东历城) states its wholes at a sentence's start ("。收入预算9,851.80万元，其中：…"),
    claimed now that the parts after 其中 add up (or the 收支总表 prints nothing carried over): whole."""
    _checked, worst = _review("rules_s33d/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b2_hunan_yuhua_wjj_2024_budget.layout.txt": "WRONG",
        "b4_jiangxi_honggutan_scjgj_2023_budget.layout.txt": "MISSING",
        "f2_sichuan_chenghua_nyncj_2024_final.layout.txt": "WRONG",
        "f3_zhejiang_shangcheng_wlj_2025_final.txt": "WRONG",
    }


def test_economic_classification_tables_session_33():
    """8 whole reports whose economic classification tables are the attack (rules_s33e/: 基本支出表 by
    部门经济分类 in one, two and three blocks, block totals first or last, split codes "301 01", names
    wrapped; 支出经济分类汇总表 printing both systems per row, or 政府经济分类 alone, 基本支出 over 人员 |
    公用; 项目支出 by economic class; 2018 and 2024 names; plain, one cell a line, layout, PDF; figures typed
    by the reviewer). The reviewer's layout texts placed words by display width; pdftotext -layout places them
    at the character index of their column, and the generator now does (e4-e6 regenerated; the PDFs are drawn
    from the same columns). Found at 1,842 OK, 33 WRONG, 4 LOST, 9 SPURIOUS, 40 SAID (before-output with the
    parser at the session's start). Fixed: a form number 附表N over the figure columns is no header cell; a
    table printing 项目支出 alone by economic code loads it as project; 项目支出决算表（按经济分类） with
    economic codes is by economic code, not a project table; block totals printed first ("人员经费合计 …
    公用经费合计 …") open the body; a wrapped name's piece under the first of two names (dual codes) is the
    first's. Also: a 款 row printing no figure with its code split ("301 14 医疗费") is blank, zero in its
    class's sums (it left them open, e1's 款 said); a 基本支出表's code totals pin the same totals of a table
    of all spending by economic code as basic (e1's 支出经济分类 款 rows, total and one part). One cell a line
    (e2): a block's total ("人员经费合计" / its figure) and a 三公 phase's row ("预算数" / one figure a line)
    are rows. All 8 whole (1,918 OK)."""
    _checked, worst = _review("rules_s33e/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_small_and_near_empty_reports_session_33():
    """8 whole small reports of 乡镇, 街道 and small 事业单位 (rules_s33f/: one- or two-row tables, zeros
    printed 0.00 / "-" / "—" / "0" / "无" / blank, 三公 all zero with a note, fund and project tables empty in
    every way — a header only, a header and 合计 0.00, a statement inside the table or under its title, the
    table left out with a note in the 说明 —, a department of no units, "均为0" / "与上年持平" / "无变化";
    plain, layout, PDF; figures typed by the reviewer). Found at 2,175 OK, 8 WRONG, 1 LOST: no figure misread
    or invented, every claim right; the WRONG are tables recorded not empty. Fixed: a fund's, state capital's,
    财政专户's or the projects' table printing its 合计 of zeros only is empty (its zeros kept); a table
    titled 项目 whose header names 项目名称 and prints no figure is the projects' table."""
    _checked, worst = _review("rules_s33f/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_pdfs_drawn_by_more_producers_session_33():
    """8 PDFs drawn the ways real producers draw them (rules_s33g/: wide MediaBox and /Rotate 90 landscape
    pages, every glyph its own text operator, headers of merged cells in a smaller font, a table over three
    pages with its header repeated and "第 N 页" and the running header drawn inside its frame, negatives
    "-12.00" and "(26,800.00)", 万元 and 元 tables in one document, two tables printed as halves side by side;
    figures typed by the reviewer). Found at 1,798 OK, 20 SPURIOUS, 14 LOST, 137 SAID. Fixed: "第 N 页" whose
    number a PDF draws apart from its words ("第页 8") is a page's number (it was loaded as a row: 第页 =
    8.00); a running header atop a page naming the table again ("…公开表（续）表3") is no name's piece; a
    table printed in two halves side by side (a header of 科目编码 … 项目支出 printed twice on one line) is
    read as its left halves then its right halves, each cell under its half's column. All 8 whole."""
    _checked, worst = _review("rules_s33g/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_fund_flow_tables_session_33():
    """8 whole reports whose fund flow tables are the attack (rules_s33h/: 政府性基金 / 国有资本经营 /
    一般公共预算 财政拨款收入支出决算表, 年初结转和结余 | 本年收入 | 本年支出 (合计 | 基本 | 项目) |
    年末结转和结余 by code, a budget's 上年结转 | 本年收入 | 本年支出 with no 年末; rows printing some
    columns, a fund with 年初 only, negative 年末, 合计 first or last; plain (one row a line, one cell a
    line), layout, PDF; figures typed by the reviewer, each plain row proved to fit one placement). Found at
    1,719 OK, 37 WRONG, 164 SAID: a flow row gathered from one cell a line was refused as not adding up (its
    first figure is 年初, no total); a budget's flow without 年末 was read with its 上年结转 as the rows'
    total (31 WRONG); a layout flow row printing 年初 and 年末 only was taken for a shifted total. Fixed all
    three (a budget's flow is a flow whose 年初 + 收入 = 支出): 1,901 OK, 20 SAID (one-row 三公 tables of
    dropped blanks, the input's)."""
    _checked, worst = _review("rules_s33h/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_hubei_jiangxia_zjj_2023_final.txt": "SAID",
        "t2_henan_zhongyuan_mzj_2021_final.txt": "SAID",
        "t3_sichuan_jintang_nyncj_2024_budget.txt": "SAID",
    }


def test_project_tables_in_many_shapes_session_33():
    """8 whole reports whose 项目支出 tables are the attack (rules_s33i/: with or without 功能科目编码 (before
    or after the name), 一级 / 二级 projects, projects under 类 headings or units, 项目编码 columns, 资金来源
    / 备注 / 实施年限 / 是否政府采购 columns, names of one to three lines, 年初预算数 | 决算数 blocks; figures
    typed by the reviewer). Written last in session 33 and partly fixed: a project's number (10 or more digits
    and capitals, "14010519T000000001126") is no part of its name; 一级项目, 实施年限, 是否…, 资金来源, 备注
    columns beside the name are text, not the name (1,693 OK, 22 WRONG, 34 LOST, 34 SPURIOUS, 83 SAID found).
    Session 34: 其他资金 is a column (unit_funds), the block labels 年初预算数 | 决算数 stand over unlike runs
    (合计 | 财政拨款, then 合计 | 财政拨款 | 其他资金: l2 all read); a plain header printed a cell a line
    reads its two phases (t2's figures all placed, the 150,000.00 budgeted and not spent by the column
    totals); a period of years under 实施年限 leaves the name; the pieces before a project's number begin its
    row's name unless the widths (without the number) end the name above; a unit's heading over its projects
    ends the pieces above (t3 read but for the rows the identities leave open). Left: names of three lines
    centred on the figures' line mixed with two-line ones (l3), a 功能科目编码 column after the name (p1),
    plain name pieces between rows wrapped at no one width (t1, t2: figures right, names not). Session 35:
    l1's projects, lost before (the 功能科目编码 cell just before the figures was read as one, and the
    项目编码 cell taken for the name's), are read with their codes; the names of its tall cells, whose figure
    line is the first of two lines or the last at random, are partly wrong (17 of 84 figures)."""
    _checked, worst = _review("rules_s33i/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_henan_zhongyuan_jyj_2024_budget.txt": "WRONG",
        "t2_hubei_xiling_wjj_2022_final.txt": "SPURIOUS",
        "t3_shanxi_xiaodian_nyncj_2019_budget.txt": "SAID",
        "l1_guangdong_chancheng_mzj_2025_budget.layout.txt": "WRONG",
        "l3_sichuan_jinjiang_scjgj_2026_budget.layout.txt": "SPURIOUS",
        "p1_hunan_tianxin_wlj_2021_budget.pdf": "WRONG",
    }


def test_print_noise_around_the_figures_session_34():
    """8 whole reports with the noise real PDFs' text carries (rules_s34a/: thousands separators, 元 without
    decimals, 4-decimal 万元, negative figures with a full-width minus, zero as 0 / - / — / —— / / or blank,
    单位 on the title's line, below it, "单位:元"; page numbers, running headers, watermark lines between
    rows, tables split over pages with and without 续表; footnotes with figures that are no cells; figures
    typed by the reviewer). Found at 2,606 OK, 11 WRONG, 7 LOST, 11 SPURIOUS, 111 SAID. Fixed: a watermark
    line (内部资料) is noise, not a name's end (t1, t3, p1); a slash keeping an empty cell's place before a
    summary's right-hand item (l2); header words wrapped in a narrow column ("政府性基金预算拨" / "款收入")
    joined before the columns are named (l3); a change printed before the year's columns under their group
    label in plain text ("本年预算数 / 增减额 / 合计 / 基本支出 / 项目支出") is a column, not a group over
    合计 (t1): all 8 read whole."""
    _checked, worst = _review("rules_s34a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_column_assignment_hard_cases_session_34():
    """8 whole reports attacking the solver (rules_s34b/: equal parts, a part equal to the total, 0.00 beside
    blanks, rows placed only across tables, ±0.01 / ±0.02 rounding, rows no one could place: two subjects
    alone in their 类 printing "50.00 50.00" under 合计 | 基本 | 项目, misprints; figures typed by the
    reviewer, the undecidable rows expected as said). Found at 2,014 OK, 102 SAID, nothing wrong, lost or
    spurious: every undecidable row is said. Fixed (to 2,082 OK, 34 SAID): a 三公 row several placements fit
    loads the figures placed alike in every one (合计, 小计, 接待费); a parent's blank column is zero in every
    child even where a misprinted sibling leaves the family's sums open (t6); the search over a table's
    placements goes ten times further (t3's 10-column 收入总表, solved); a row whose only open figures are
    zeros is placed and pins its code in the other tables (t3). Left: the rows no one could place and the
    misprints (said, as they must be), t3's 项 rows under 类 / 款 rows printing their total only."""
    _checked, worst = _review("rules_s34b/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_zhejiang_lanxi_nyncj_2025_budget.txt": "SAID",
        "t2_hunan_yuhua_sfj_2024_budget.txt": "SAID",
        "t3_sichuan_pidu_wjj_2026_budget.txt": "SAID",
        "t6_hebei_luquan_mzj_2024_final.txt": "SAID",
    }


def test_wide_tables_with_headers_of_several_levels_session_34():
    """8 whole reports with 10-14 money columns under headers of three and four levels (rules_s34c/: 基本支出
    over 小计 | 人员经费 | 公用经费, 单位资金 over its parts, 科目编码 over 类 | 款 | 项, header words wrapped
    over 2-4 lines in narrow columns, figures one space apart, tables printed in two parts; 5 layout texts, 3
    PDFs; figures typed by the reviewer). Found at 2,043 OK, 12 WRONG, 2 LOST, 930 SAID. Fixed: a header word
    wrapped in its column over two or three lines ("项目支" / "出", "政府性" / "基金预" / "算拨款" / "收入")
    is joined before the columns are named, and a fund's name so wrapped over 财政拨款 names that fund's
    column (f1's 财政拨款总表); the 小计 under 单位资金 or 事业收入 is that group's, also where the group's
    label is centred over its parts right of it; a table's further columns printed on the next page under a
    header of their own (code and name columns again, after "续表" or with a 合计 row of their own) are read
    as further columns of the same rows (b2, f2 read whole); a part printed without its rows' codes and names
    is said, its header words no longer glued to the last row's name (b4, f4). Left: that part's figures
    (said), 年初预算数 | 决算数 blocks under four header levels (f3, f4) (said). f1's 收入决算表, said before,
    is read since session 36 (its layout header's phase blocks). Also fixed:
    a figure glued to a long name in a PDF's cell ("…安排的支出1,850.00") is a cell of its own (b3); a joined
    header word keeps its first piece's line, and each 小计 takes the group of the label over it where a
    header has two (基本支出's, 项目支出's: b1 read whole). Session 53: f4 layout's 年初预算数 | 决算数 blocks
    (决算数 over 小计 | 基本支出 over 合计 | 人员经费 | 公用经费 | 项目支出) are read, the cut of the columns
    whose every block opens with its total (SAID 145 -> 12, the part printed apart left)."""
    _checked, worst = _review("rules_s34c/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b4_guangdong_nanhai_zjj_2023_budget.layout.txt": "SAID",
        "f3_zhejiang_nanhu_jyj_2022_final.pdf": "SAID",
        "f4_yunnan_guandu_wlj_2025_final.layout.txt": "SAID",
    }


def test_document_metadata_and_table_detection_session_34():
    """9 whole documents attacking metadata and table detection (rules_s34d/: names with bracketed aliases,
    years in Chinese numerals, the year on the cover only, regions, 表1 / 表一 / 附表1 / 表1-2 / 一、 /
    （表1） / 部门公开表3 titles, 目录 over two pages, titles wrapped or at a page's foot, two reports in one
    file, a 政府工作报告 that is no report; expected values typed by the reviewer). Found at 1,758 OK, 3
    WRONG, 3 SPURIOUS, 55 SAID. Fixed: a page's number between a title at a page's foot and its header ended
    the header (d5); a unit named without its place takes its region from its supervisor (d3); a document
    titled as another kind records no claims, unit or scope (d9)."""
    _checked, worst = _review("rules_s34d/check.py")
    assert len(worst) == 9
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_self_evaluation_tables_session_34():
    """8 whole final accounts with 项目支出绩效自评表 and 部门整体支出绩效自评表 (rules_s34e/: 年初预算数 |
    全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 or 预算数 | 执行数 | 执行率, 资金 rows, indicator blocks
    whose values are texts, names wrapped, rates "98.5%"; 3 plain, 3 layout, 2 PDFs; figures typed by the
    reviewer). Found at 2,338 OK, 3 WRONG, 31 SAID; every indicator value stays text. Fixed: a project's name
    wrapped over up to three pieces, one closing a bracket with a document number's digits ("…〔2020〕" /
    "12号）", s1, s2), its first piece above a label centred in its tall cell (s4, s6); the amount unit
    centred in the funds block's merged label cell a line or more below the 年度资金总额 row, or printed with
    a fund row beside it (s4, s5, s7, s8). Left: the 三公 tables of s4-s6, whose layout header words overlap
    one another as printed (said)."""
    _checked, worst = _review("rules_s34e/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "s4_sichuan_jinniu_sfj_2022_final.layout.txt": "SAID",
        "s5_hubei_jiangxia_nyncj_2023_final.layout.txt": "SAID",
        "s6_jiangsu_gulou_jyj_2024_final.layout.txt": "SAID",
    }


def test_older_templates_of_2014_to_2018_session_34():
    """8 whole reports of 2014-2018 (rules_s34f/: 公共财政拨款 wording, the old 收入支出决算总表 rows, the
    economic classification before 2018 (301 / 302 / 303 / 310), functional subjects of those years, 三公
    tables with 预算数 and 决算数 and count rows; figures typed by the reviewer). Found at 1,973 OK, 42 SAID,
    nothing wrong: every figure read or said. Fixed: the 收支总表's income lines pin the 收入决算表's 合计 row
    also where a 其中 line (其中：政府性基金预算拨款) stands under 一、财政拨款收入 (f1 read whole). Left
    (said): b4's project group's sum row."""
    _checked, worst = _review("rules_s34f/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b4_sichuan_jinniu_sfj_2017_budget.txt": "SAID",
    }


def test_non_money_figures_around_the_tables_session_35():
    """8 whole reports printing counts, shares, years and numbers in and around their money tables
    (rules_s35a/: 国有资产 / 人员 tables of counts, 增减% / 执行率 / 占比 columns, 实施年限 / 立项年度 /
    项目起止 cells, 序号 / 行次 / 栏次, 三公 tables with 团组数 / 人次 / 批次 / 辆 columns, 采购 合同数 and
    数量, counts in the 说明; figures typed by the reviewer). Found at 1,869 OK, 15 WRONG, 27 SPURIOUS, 26
    LOST, 79 SAID. Fixed: a row's number under 序号 is no part of its name nor of its code ("1 30201 办公费");
    立项年度 / 年度 cells beside a project's name are text, not the name; a period of months
    ("2024.01-2024.12" under 项目起止) is no two figures run together; a count column of a procurement table
    (合同数（份）, 数量) and a count under a 三公 header cell (团组数（个）, 人次, 批次, 保有量（辆）) are
    never money; a bare percentage under 占比 (the row's total over the table's) or 完成率 (决算数 over
    年初预算数) is told by that identity and set apart, also beside a final account's 年初预算数 | 决算数. An
    integer where a 三公 row's money prints decimals, in a table with count columns, is a count (l1's 购置数
    "0" was read as the vehicles' 0.00). Left: the 三公 tables with count columns (t2's plain row of 18
    figures and l1's group labels far from their sub-columns, said; p2's PDF draws figures over one another,
    "80,000.0015,000.0809,200.00", its 接待费 read as 512,400.00 with a count's digit before it, an artefact
    of the drawing)"""
    _checked, worst = _review("rules_s35a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t2_hunan_yuhua_sfj_2023_final.txt": "SAID",
        "l1_zhejiang_xiaoshan_nyncj_2025_budget.layout.txt": "SAID",
        "l3_hebei_qiaoxi_wlj_2023_final.layout.txt": "SAID",
        "p2_jilin_chaoyang_zjj_2024_final.pdf": "WRONG",
    }


def test_misprints_kept_as_printed_session_35():
    """8 whole reports with misprints (rules_s35b/: sums off by the rounding or plainly, rows printed twice or
    missing at a page break, a 类 without its 款, a summary whose sides differ, blank or repeated 合计 rows, a
    三公 合计 that is no sum; figures typed by the reviewer, BROKEN lists every identity broken). Found at
    2,107 OK, 7 WRONG, 64 SAID: every misprinted figure kept as printed, none corrected, no repeat loaded
    twice (the identities are dq_findings' to report, downstream). a4 and a6, whose layout header words
    overlap one another as printed (附属单位上缴收入 over 其他收入: a figure under both went to the first),
    read since session 36 (of two header cells overlapping a figure alike, the nearer by centre). Left:
    基本支出表s whose 合计 is blank or a copy of the row above (said)."""
    _checked, worst = _review("rules_s35b/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a1_hubei_huangpi_jtysj_2025_budget.txt": "SAID",
        "a3_jiangxi_qingshanhu_wjw_2025_budget.txt": "SAID",
        "a4_guangxi_qingxiu_yjglj_2023_final.layout.txt": "SAID",
        "a6_fujian_jinan_cgj_2024_final.layout.txt": "SAID",
    }


def test_large_departments_session_35():
    """6 whole reports of departments with 10-20 units (rules_s35c/: tables for the department and by unit,
    functional tables of 9-12 类 over several pages with and without 续表, names split by a page break, 44-76
    projects with 项目名称 | 单位名称 | 功能科目编码, a 说明 with claims per 类 and 项; figures typed by the
    reviewer). Found at 4,223 OK, 138 WRONG, 72 SPURIOUS, 74 LOST, 184 SAID. Fixed: a 功能科目编码 cell
    standing just before the figures, a bare number where the money prints decimals, is the row's code (it was
    read as money); in plain text a project row's unit word is no part of its name, nor is a piece below it
    that ends the unit's name (the unit's word fills its column, the name's does not), and a line of one piece
    per column gives the name its first; in layout text the unit column's pieces are left out of the name. A
    plain two-sided summary whose header names its sides 收入 / 支出 (no 项目) reads the expenditure side's
    columns (合计 | 一般公共预算 | 政府性基金预算; f1 read whole). Left: a1's pieces under a name and a unit
    both filling their columns (5 names)."""
    _checked, worst = _review("rules_s35c/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a1_hunan_slt_2025_budget.txt": "WRONG",
    }


def test_tables_whose_columns_move_from_page_to_page_session_35():
    """8 whole reports whose long tables set their own column widths on each page, as auto-fit exports print
    them (rules_s35d/: a later page's money columns 2-12 characters or 10-60 pt off the first page's, the
    header repeated with or without 续表 / （续） or not at all, wrapped otherwise on a later page, a last
    column cut narrow, landscape and /Rotate 90 pages among portrait ones; 4 layout texts, 4 PDFs; figures
    typed by the reviewer). Found at 2,218 OK, 257 WRONG, 517 SAID, 7 LOST, 7 SPURIOUS. Fixed: a later page
    printing the header again reads its figures under that header (before, under the first page's columns,
    moved by the page's first column: a figure a column off), its header lines cut otherwise than the first
    page's ("事业单位" / "经营支出" for "事业单" / "位经营" / "支出") are no piece of the last row's name, and
    where the page printed its title again ("…（续）") its header is kept for that page; a ruled PDF page
    printing no header has its figures moved cell by cell onto the header page's borders. Since session 36 the
    PDFs' 一般公共预算 tables whose group labels stand centred over their children are read (b3, b4, f4: a
    ruled group label spans the run it is centred over). Left (said): the 年初预算数 | 决算数 groups of layout
    text (not from the page breaks), a later page's header wrapped too narrowly to name a column ("项目" /
    "支出" a word a line: its figures said). Session 53: those blocks are read (f1 SAID 197 -> 66, f2 160 ->
    28): of the cuts of the columns each phase's label is centred over, the one whose every block opens with
    its total; f1's 续表 page under its own wrapped header is still said."""
    _checked, worst = _review("rules_s35d/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        name: "SAID"
        for name in (
            "b1_shandong_tengzhou_nyncj_2025_budget.layout.txt",
            "b2_hunan_furong_wjj_2024_budget.layout.txt",
            "f1_hubei_jiangan_jyj_2024_final.layout.txt",
            "f2_guangdong_tianhe_wjj_2023_final.layout.txt",
        )
    }


def test_two_sided_summaries_with_several_columns_per_side_session_35():
    """8 whole reports whose 部门收支总表 and 财政拨款收支总表 print several columns per side (rules_s35e/:
    the expenditure side's 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 or 小计 | 基本支出 |
    项目支出, its 类 rows printing one to three figures with blanks dropped, 上年结转 per fund, 行次 on both
    sides and a 年初预算数 | 决算数 pair per side, a side ending first, an item wrapped on one side only; 4
    plain, 2 layout, 2 PDFs; figures typed by the reviewer). Found at 1,992 OK, 6 SAID: every summary figure
    read. Said: the plain 三公 rows whose blank 购置费 leaves the vehicle subtotal under either of two
    columns."""
    _checked, worst = _review("rules_s35e/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_hubei_xiaonan_nyncj_2025_budget.txt": "SAID",
        "b2_jiangxi_qingshanhu_wjw_2024_budget.txt": "SAID",
        "f1_anhui_shushan_mzj_2023_final.txt": "SAID",
        "f2_hebei_changan_cgj_2024_final.txt": "SAID",
    }


def test_text_of_scanned_reports_session_35():
    """8 whole reports as OCR engines give scanned pages (rules_s35f/: 12-16 misreads planted in each, typed
    in the data: letters for digits in figures and codes, "1.463.57", "2,755,91", a decimal point lost, "合汁"
    / "基木支出" / "收人" in headers, ruling lines read as "一一一" or "|", "第l2页" / "~ 9 ~" footers, specks
    of marks; a corrupted figure is a dash cell: not loading it is right, another value is WRONG). Found at
    1,211 OK, 48 WRONG, 10 SPURIOUS, 16 LOST, 415 SAID. Fixed: a token shaped as a figure or a code with a
    letter for a digit or a comma for the point ("1,26B.50", "2O80505", "2,755,91") is no label text: its row
    is said (figure_unreadable), in a summary its figures after it go unlabelled; a bare integer of seven
    digits or more among figures printing separators and decimals is a lost point, said; lines of rules
    ("一一一", "|||") and specks ("’,") are noise; layout text parting its cells with bars keeps its columns
    (the bars are blanks); "~ 12 ~" and "第l2页" are page numbers. Left: shorter bare integers ("2960",
    "72158": mixed formats print them legitimately), "1.463.57" read as two figures run together, a code split
    by a space ("2100 717"), header words misread (said), claims with misread words. Session 38: "238 00
    二、卫生健康支出" (a point lost) no longer glues the 00 into the label: f4's row is said, not WRONG.
    Session 52: "1.463.57" also reads as one figure with points for its separators, so it is said
    (figure_unreadable), no longer split into 1.46 and 3.57 (b1 WRONG -> SAID); a summary now says every such
    token it meets. Session 55: "3,600,00000" (a point lost after separators) is a spoiled figure, and a line
    opening with a misread code ("2130l26 农村社会事业 …") is a row of its own, said, no piece of the name
    above: b3's 2130122 had loaded 2130126's 2,350,000.00 (WRONG -> its claim "3,939,99万元" SPURIOUS)."""
    _checked, worst = _review("rules_s35f/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_hubei_xianan_zrzyj_2025_budget.txt": "SAID",
        "b2_jiangxi_xinjian_mzj_2024_budget.layout.txt": "WRONG",
        "b3_henan_zhongmou_nyncj_2026_budget.txt": "SPURIOUS",
        "b4_shandong_zhangdian_sjj_2025_budget.layout.txt": "WRONG",
        "f1_guangxi_xixiangtang_wjj_2023_final.txt": "WRONG",
        "f2_sichuan_wenjiang_jtysj_2024_final.layout.txt": "SPURIOUS",
        "f3_hunan_lusong_sfj_2022_final.txt": "LOST",
        "f4_zhejiang_keqiao_slj_2024_final.layout.txt": "SAID",
    }


def test_plain_text_of_tables_running_over_pages_session_35():
    """8 whole reports as plain pdftotext text whose long tables run over 2-4 pages (rules_s35g/: the header
    printed again, a row a line on one page and a cell a line on the next, its words cut otherwise, with and
    without 续表 / （续） / the title again, names split by a page break, 本页合计 at a page's foot; figures
    typed by the reviewer). Found at 2,414 OK, 15 WRONG, 18 SPURIOUS, 2 LOST, 136 SAID; now 2,422 OK, 9 WRONG,
    136 SAID. Fixed: a header printed again with its words cut otherwise (words made of the header's
    characters: two or more on a line, or one between other header lines) is no piece of the last row's name,
    also where the page printed its title again; a page's subtotal (本页合计) is no row. A one-word piece
    after the header's last line is taken for a name's end wrapped across the page break ("21208
    国有土地使用权出让收入安排的" / header / "支出", f3 right), so a cut header ending in such a piece ("基本"
    / "支出" as its last line) still glues it to the row above: the 9 WRONG, names only (b2, b4, f1, f4).
    Left: f3's final-account 一般公共预算 table printed a cell a line with 年初预算数 | 决算数 blocks (said).
    """
    _checked, worst = _review("rules_s35g/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b2_hebei_yuhua_jyj_2024_budget.txt": "WRONG",
        "b4_fujian_gulou_zjj_2023_budget.txt": "WRONG",
        "f1_jiangsu_wujin_jyj_2024_final.txt": "WRONG",
        "f3_yunnan_wuhua_nyncj_2025_final.txt": "SAID",
        "f4_guangxi_xixiangtang_cgj_2022_final.txt": "WRONG",
    }


def test_final_accounts_coding_their_subjects_as_class_section_item_columns_session_35():
    """6 whole 部门决算 whose 科目编码 is printed as 类 | 款 | 项 columns, as the national template and
    sh_putuo_czj_2024_final print it (rules_s35h/: codes printed whole, "201 06 01", or once per merged cell,
    "05 …" / "01 行政运行"; the 一般公共预算 table's 年初预算数 | 决算数 blocks of 小计 | 基本支出 | 项目支出;
    tables over pages; 4 plain, 2 layout; figures typed by the reviewer). Found at 1,071 OK, 7 WRONG, 845
    SAID. Fixed: 类 / 款 / 项 under 科目编码 are label columns, so the two blocks of phases are read (plain
    text: +284 figures); codes printed once per merged cell in plain text ("05" after a 项: the next 项 or a
    new 款) are completed where the sums tell a 款's end and every identity holds under the reading (and the
    说明's （类）（款）（项） chains find them). Left: the same blocks in layout text where the phases' group
    labels stand over repeated leaves (said). Since session 36: the plain parts completed where rows added
    during the year print the 决算 block only (the rows' whole sums compared: +134), and l1's fund column of
    the 财政拨款收入支出决算总表 (two header cells over its figure alike: the nearer by centre)."""
    _checked, worst = _review("rules_s35h/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_hebei_yuhua_czj_2021_final.txt": "SAID",
        "t2_jiangxi_xinjian_nyncj_2022_final.txt": "SAID",
        "t3_gansu_qilihe_mzj_2023_final.txt": "SAID",
        "t4_guangxi_qingxiu_sfj_2024_final.txt": "SAID",
        "l1_fujian_jinan_wjj_2025_final.layout.txt": "SAID",
        "l2_heilongjiang_daoli_jyj_2023_final.layout.txt": "SAID",
    }


def test_wide_tables_printed_across_pages_by_columns_session_36():
    """8 whole reports whose wide tables (部门收入总表 of 11 money columns, 部门支出总表, 收入决算表,
    支出决算表, the 一般公共预算 table's 年初预算数 | 决算数 blocks) are printed by columns, an Excel sheet
    too wide for the page: the left columns on one page, the rest on the next, repeating the code and name
    columns, one of them or neither, under the title again, "续表" or the header alone, across then down or
    down then across (rules_s36a/: 3 plain, 3 layout, 2 PDFs; figures typed by the reviewer). Found at 2,650
    OK, 261 WRONG, 40 SPURIOUS, 124 LOST, 296 SAID; now 3,065 OK, 9 WRONG, 1 SPURIOUS, 90 LOST, 161 SAID.
    Fixed: a part printed under the title again is joined to the first by its codes also where a page number
    or the label (表3) stands between (before: a table "_2"); a part on an unmarked page whose header opens
    with 科目名称 or 科目编码 again, or one found inside the body after a 续表 or a page number, is read as
    further columns (before: its header's words glued to the last row's name, or an untitled table); a part
    printing names only is joined by its names in the first part's order, one printing codes only takes the
    first part's names; a plain header "基本支出 / 小计 / 人员经费 / 公用经费" names the 小计 基本支出's; a
    final account's table printing its 年初预算数 block alone is the budget's. Left: parts repeating neither
    codes nor names (rows by position only: t3, l2, p2, said or lost) and across-then-down parts (t3, l3)."""
    _checked, worst = _review("rules_s36a/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t3_gansu_anning_mzj_2021_final.txt": "WRONG",
        "l2_jiangsu_wujin_cgj_2023_final.layout.txt": "WRONG",
        "l3_shandong_licheng_scjgj_2026_budget.layout.txt": "WRONG",
        # (session 43: a part printing neither codes nor names is read by the rows' order where its sums hold:
        # p2's 决算数 block, "决算数" over its columns' words, before glued to the last row's name and its
        # figures dropped, and l2's 收入决算表, before said; p2's 支出决算表 208 project is left)
        "p2_fujian_licheng_wjj_2025_final.pdf": "SPURIOUS",
    }


def test_final_accounts_as_the_national_software_exports_them_session_36():
    """6 whole 部门决算 PDFs drawn as the national 决算 software exports them (rules_s36b/: 栏次 rows, 行次 on
    both sides of the summaries, 类 | 款 | 项 code columns or 7-digit codes, 金额单位 beside the title,
    landscape and /Rotate 90 pages, ruled or horizontal rules only, 续表; figures typed by the reviewer).
    Found at 2,230 OK, 7 WRONG, 226 LOST, 590 SAID; now 3,001 OK, 1 WRONG, 21 SPURIOUS, 36 LOST, 9 SAID.
    Fixed: "收入决算表 金额单位：万元" on one line was no title, so p1 gave no table at all (its 表5 title is
    drawn over its unit, a generator artefact: its rows read as part of 表4, the 21 SPURIOUS and 36 LOST); the
    年初预算数 | 决算数 table whose 决算数 基本支出 is centred over 合计 | 人员经费 | 公用经费 without
    vertical rules, its leaves on two header lines (p2, p5); ruled grids whose vertical rules run through the
    header's merged cells (基本支出 cut into three cells, its label over none of its columns' figures: p3, p4,
    p6): a ruled group label spans the run of money columns it is centred over."""
    _checked, worst = _review("rules_s36b/check.py")
    assert len(worst) == 6
    # (session 43: a title printed across its unit line is two lines, no longer one interleaving their
    # glyphs: p1's 表5 is a table of its own and reads whole, so every document reads whole)
    assert {name: status for name, status in worst.items() if status != "OK"} == {}


def test_the_narrative_of_final_accounts_in_the_wordings_real_reports_use_session_36():
    """6 whole 部门决算 whose 说明 words its claims as real reports do (rules_s36d/: per-项
    budget-versus-actual paragraphs with and without rates, chains cut by page breaks, full-width digits, 元
    inside a 万元 document, 持平, rates of 0% to 1086.42%, 调整预算 and 全年预算数 between the figures; 三公
    items, 机关运行经费, 政府采购 with its parts; sentences that must give no claim: counts of vehicles, next
    year's plans, dates; figures and claims typed by the reviewer). Found at 1,755 OK, 10 WRONG, 3 LOST; now
    1,767 OK, 1 LOST. Fixed: a 项 chain printed without its （类）（款）（项） marks (spaces, dashes, slashes,
    run together, 类 / 款 / 项 as plain words, or a 项 name the tables print under one code only) takes the
    code whose names spell it (l1, 7); "年初未安排预算，支出决算为…" is a budget of zero (t2);
    "支出决算为X元，比年初预算Y元增加Z元" names the budget (t6); a change's current figure is the subject's
    named exactly as restated (财政拨款支出, not 政府性基金预算财政拨款支出); a 三公 item headed "X：" before
    its phases names its change (t5, 2). And a second change in one sentence under one comparison phrase
    ("与2024年度相比，收入总计减少…；支出总计减少…", t5) is a claim of its own."""
    _checked, worst = _review("rules_s36d/check.py")
    assert len(worst) == 6
    assert set(worst.values()) == {"OK"}


def test_economic_classes_as_columns_session_36():
    """8 whole reports printing matrices (rules_s36c/: functional rows under economic-class columns,
    工资福利支出 | 商品和服务支出 | 对个人和家庭的补助 | 资本性支出 or the government classes 机关工资福利支出
    …, with or without their codes in the header, the code over the name; the transposed shape, economic rows
    under functional 类 columns; a 项目支出表 by economic class; besides the ordinary tables; figures typed by
    the reviewer). Found at 1,873 OK, 56 WRONG, 634 SAID; now 1,953 OK, 610 SAID. Fixed: where the title keys
    such a table as by economic code but its rows print functional codes, it is read by function (its 合计
    column was loaded without the rows' codes: the 56 WRONG). Left: the parser has no column for a
    classification's class, so the matrices' class cells are not loaded (said: unplaced_amount,
    too_many_amounts); a column key per class (econ_301, func_210) and its place in the marts would be needed.
    """
    _checked, worst = _review("rules_s36c/check.py")
    assert len(worst) == 8
    assert set(worst.values()) == {"SAID"}


def test_pdfs_as_chinese_office_software_draws_them_session_36():
    """6 whole reports as PDFs drawn the ways WPS, Word and report servers draw them (rules_s36e/: fake bold,
    a title, header or 合计 row drawn twice a fraction of a point apart, the copy drawn right after or much
    later; names letter-spaced or kerned, figures drawn digit by digit or with character spacing; grey headers
    and zebra rows as filled rectangles, rules as thin filled rectangles, underlines; the header drawn after
    the rows, cells column by column; names clipped at their cell's edge; superscript note marks; a page
    scaled by 0.8, a /Rotate 90 page; figures typed by the reviewer). Found at 1,555 OK, 24 WRONG, 3 SPURIOUS,
    17 LOST, 722 SAID; now 2,318 OK. Fixed: a glyph drawn twice a hair apart is read once (b1, f1: every
    header doubled, "科科目目编编码码"); a rectangle filled with a light tint and not stroked is a cell's
    background, its edges no rules (b3's zebra rows glued each row into one cell); a note's mark set small and
    raised after a name is no part of it; a ruled group label whose grid runs through its merged cell spans
    the run it is centred over (b1, b2's 一般公共预算支出表). And a glyph its cell's clip path hides (a long
    name cut at the cell's edge; pdfium returns it) is kept with its cell's text at the clip's edge, never
    among the next cell's figures (f3, b3: “机关事业单位基本养老保险缴14费2.支86出” read as the name and
    142.86)."""
    _checked, worst = _review("rules_s36e/check.py")
    assert len(worst) == 6
    assert set(worst.values()) == {"OK"}


def test_reports_of_public_institutions_session_36():
    """8 whole 单位预算 and 单位决算 of public institutions (rules_s36f/: schools, hospitals, centres;
    事业收入 with 其中：教育收费 / 医疗收入, 事业单位经营收入 and 经营支出, 财政专户管理资金, 上级补助,
    附属单位上缴, 用事业基金弥补收支差额, 结余分配 with its items, 年初 and 年末结转和结余 split by 基本 /
    项目 / 经营结余, negative 经营结余, 2016-2025 templates old and new; 3 plain, 3 layout, 2 PDFs; figures
    and claims typed by the reviewer). Found at 1,946 OK, 2 WRONG, 1 SPURIOUS, 1 LOST, 95 SAID. Fixed: in a
    plain two-sided summary a carry-over's split (其中：基本支出结转 / 项目支出结转和结余) is the side its
    place on the line tells (t3: read under income, 2 WRONG). Left: a plain income table with a column
    "其中：教育收费" the vocabulary names no key for (t1, columns_unknown, 53 said); a plain income table of
    12 columns whose blank cells leave too many placements for the search (t2, 36 said: the summary's blank
    items would rule columns out). Session 37: "经营结余 其他 2.60", a blank left item beside a right one, is
    two items (t3: before, glued into one label, SPURIOUS)."""
    _checked, worst = _review("rules_s36f/check.py")
    assert len(worst) == 8
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_zhejiang_yuhang_gjzx_2017_unit_budget.txt": "SAID",
        "t2_hubei_xiangyang_cdc_2025_unit_budget.txt": "SAID",
        "t3_henan_luoyang_dezz_2016_unit_final.txt": "SAID",
    }


def test_township_and_street_reports_session_36():
    """6 whole budgets and finals of townships and street offices (rules_s36g/: 12-18 类 from 201 to 233 with
    227 预备费, 230 转移性支出, 231-233 debt; 60-150 coded rows over 3-6 pages with and without the header
    again; 政府性基金 with figures (212 08, 229 60, 234 抗疫特别国债); transfers to villages, debt tables the
    parser keys no table for, a 三公 table of zeros; names wrapped in narrow columns; 3 plain, 2 layout, 1
    PDF; figures and claims typed by the reviewer). Found at 4,965 OK, 210 WRONG, 17 SAID. Fixed: in layout
    text a name of two lines whose code and figures stand on its second line takes its first piece from the
    line above where the row above's name ended on its line, where its own piece cannot open a name (及…), or
    where the table wraps its names so (l2: 210 → 66 WRONG, names only). Left: l2's pieces between two rows
    whose names both fill the column in tables without two such certain rows (names wrong, figures right); the
    plain 财政拨款收支总表's two-figure rows (t1, 14 said, though the 政府性基金 column's total rules the
    placement out); a 三公 row whose repeated figure fits two items (input's own). Session 41: the widest name
    piece no longer counts the header printed again on a later page (l2: 66 → 16 WRONG, names only). Session
    53: l2 OK: a …99 row whose line's name does not open with 其他 takes the piece above that does as its
    first ("其他城乡社区管理" / "2120199 事务支出"), and those pieces, certain, show the table wrapping its
    names upward (21208 takes "国有土地使用权出" from 2120501, whose name fills its cell exactly)."""
    _checked, worst = _review("rules_s36g/check.py")
    assert len(worst) == 6
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_hunan_liuyang_dyz_2024_budget.txt": "SAID",
        "t2_sichuan_dongpo_thjd_2022_final.txt": "SAID",
    }


def test_shanghai_district_budgets_as_real_pdftotext_prints_them_session_38():
    """6 whole Shanghai district 部门预算 / 单位预算 of 2019-2024 (rules_s38a/: 静安区教育局, 徐汇区疾控中心
    单位, 长宁区绿化市容局, 杨浦区民政局, 闵行区江川路街道 单位, 浦东新区卫健委; the nine tables of the
    sh_putuo_sfj template, 元 with the 三公 table in 万元, codes split 类 / 款 / 项, tables continued over
    pages in every style), each as a PDF laid out like the real ones and the real pdftotext's plain and
    -layout texts of it; figures and claims typed by the reviewer. Found at 6,828 OK, 37 WRONG, 5 SPURIOUS, 3
    LOST, 1,986 SAID: every PDF and four of six layout texts read without a fault. Fixed: "0 四、其他支出", a
    zero one space before the other side's numbered item, is two cells (s4 layout). Left: plain text, where
    pdftotext prints the split codes' columns apart from the names (tables said, their 说明 items without
    codes); s4 layout's tables whose merged code cells break over a page. Session 41: s5 layout's short zero,
    filed under a group label, takes the column of the figures right-aligned with it."""
    _checked, worst = _review("rules_s38a/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "s1_shanghai_jingan_jyj_2023_dept_budget.txt": "SAID",
        "s2_shanghai_xuhui_jkzx_2021_unit_budget.txt": "SAID",
        "s3_shanghai_changning_lhsrj_2024_dept_budget.txt": "WRONG",
        "s4_shanghai_yangpu_mzj_2020_dept_budget.txt": "WRONG",
        "s4_shanghai_yangpu_mzj_2020_dept_budget.layout.txt": "SAID",
        "s5_shanghai_minhang_jcljd_2019_unit_budget.txt": "SAID",  # WRONG before session 54
        "s6_shanghai_pudong_wjw_2022_dept_budget.txt": "SAID",
    }


def test_shanghai_district_finals_as_real_pdftotext_prints_them_session_38():
    """5 whole Shanghai district 部门决算 of 2019-2023 (rules_s38b/: 闵行区教育局 34 项, 杨浦区民政局,
    静安区卫健委, 浦东新区潍坊新村街道, 嘉定区绿化市容局; the sh_putuo_czj template: split codes, landscape
    wide tables, the 基本支出表 in two blocks, continuation pages without their header, the 说明's per-项
    execution sentences), each as a PDF and the real pdftotext's two texts of it. Found at 3,888 OK, 214
    WRONG, 4 SPURIOUS, 9 LOST, 2,030 SAID. Fixed: a 基本支出表 whose code lines print the figures and no name,
    each name on the line below with the right block's 款 part ("301 01 98,214.36 302 8,215.40" / "基本工资 01
    办公费"), is read in bands as when the figures stand above (m1, y2, j3 pdf and layout: 90 WRONG, 104
    SAID); a squeezed summary line's second item naming the expenditure side (年末结转和结余) or repeating
    总计 is the expenditure side's (every layout). A 三公 row of blank cells whose positions, as layout text
    squeezes them, file its figures where the table's sums fail is placed where they hold (the header's
    columns in order; y2, g5 whole, p4 said). Left: plain text (tables said); continuation pages whose columns
    pdftotext re-spaces; j3's item budgeted but not spent, whose 项 no table prints (its claim had no code;
    session 54: coded by the national 款/项 names, and the plain texts' chains alike).
    Session 40: m1 layout whole (its 收入决算表's 事业收入 figures, under "上级补助收" / "入" beside
    "事业收入", are placed by the name centred over them). Session 42: p4 layout whole (its 收入决算表's
    "附属单位上缴" / "收入" wrapped around the other names' line is one column)."""
    _checked, worst = _review("rules_s38b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "m1_shanghai_minhang_jyj_2022_final.txt": "WRONG",
        "y2_shanghai_yangpu_mzj_2020_final.txt": "WRONG",
        # j3_shanghai_jingan_wjw_2023_final.pdf: OK since session 54 (national 款/项 names)
        "j3_shanghai_jingan_wjw_2023_final.txt": "SAID",  # WRONG before session 54
        # j3_shanghai_jingan_wjw_2023_final.layout.txt: OK since session 54 (national 款/项 names)
        "p4_shanghai_pudong_wfxcjd_2021_final.txt": "SAID",  # WRONG before session 54
        "g5_shanghai_jiading_lhsrj_2019_final.txt": "SAID",  # WRONG before session 54
    }


def test_jiangsu_provincial_budgets_as_real_pdftotext_prints_them_session_38():
    """4 whole Jiangsu provincial 部门预算 (rules_s38c/: 省统计局 2016 with the old economic codes,
    省环境保护厅 2018 "公开 01 表", 省卫生健康委员会 2022, 省档案馆 2024; 9-27 项, 2-6 units), each as a PDF
    drawn like the js_jcy reports and the real pdftotext's two texts of it. Found at 2,933 OK, 47 WRONG, 18
    SPURIOUS, 40 LOST, 451 SAID. Fixed: the 收入预算总表's group column of merged cells (一般公共预算资金 /
    其他资金) names every row of its group, 小计 included (was: two rows labelled 小计);
    "本年收入预算合计…，其中：…" whose parts add up with no carry-over is the 本年收入合计 (and so for 支出);
    a 类 named in the 说明 without （类） takes its code. Left: plain text's wide tables; layout 三公 tables
    whose header pieces pdftotext sets one space apart (公务用车购置 公务用车运行) so the 三公 小计 has no
    item; 持平 typed as rate 0 by the reviewer, changed to no rate (the earlier sets' convention)."""
    _checked, worst = _review("rules_s38c/check.py")
    assert len(worst) == 12
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "j1_jiangsu_tjj_2016_dept_budget.txt": "WRONG",
        "j2_jiangsu_hbt_2018_dept_budget.txt": "WRONG",
        "j2_jiangsu_hbt_2018_dept_budget.layout.txt": "SAID",
        "j3_jiangsu_wjw_2022_dept_budget.txt": "WRONG",
        "j4_jiangsu_dag_2024_dept_budget.txt": "SAID",  # WRONG before session 55 (此表为空, page number)
    }


def test_jiangsu_provincial_finals_as_real_pdftotext_prints_them_session_38():
    """4 whole Jiangsu provincial 部门决算 (rules_s38d/: 省人民检察院 2018, 省司法厅 2020 with split codes,
    省体育局 2022 with 政府性基金 and 经营, 省气象局 2017 in 元 with the old codes), each as a PDF and the
    real pdftotext's two texts of it. Found at 4,127 OK, 71 WRONG, 3 SPURIOUS, 1 LOST, 736 SAID; every PDF
    read without a fault. Fixed: the 基本支出表's total labels wrapped around their figures' line (人员经 /
    figures / 费合计) are one label, and a header's last line finishing its own words (科目编 / 码) is no
    first name's piece (layout: 码工资福利支出, 奖励金人员经, the 人员经费合计 taken for the 三公 total).
    Left: plain text's 栏次 numbers printed a line each, tables continued on a page without their header in
    layout text (j3), the 12-column 三公 table with wrapped header cells (said). Session 39: the 栏次 numbers
    printed a line each among the header's words are no figures, a column named below the header (事业收入
    among the 合计 row's figures) is one more column, so j5's plain text has no wrong figure left (its rows
    whose lone part the plain text cannot place are said). Session 41: j3 layout's 财政拨款收入支出决算总表
    items printing every column, a short figure partly under the next column's header cell, fill the columns
    in order (its 政府性基金 cells were read twice). Session 42: the -layout finals whole (their 收入决算表's
    "附属单位上缴" / "收入", wrapped around the other names' line, one column; their summaries' pages on a
    grid of their own lined up by their 行次; the squeezed 三公 header read by its items' order). Session 52:
    j3 plain's 支出决算表 header prints "对附属单位补" / "助支出" before "经营支出" (the wrapped name's first
    line stands higher): the columns keep the templates' order, its 386.20 is 经营支出 (WRONG -> SAID)."""
    _checked, worst = _review("rules_s38d/check.py")
    assert len(worst) == 12
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "j1_jiangsu_jcy_2018_final.txt": "SAID",  # (session 51: no name takes the next block's)
        "j1_jiangsu_jcy_2018_final.layout.txt": "SAID",
        "j2_jiangsu_sft_2020_final.txt": "WRONG",
        "j2_jiangsu_sft_2020_final.layout.txt": "SAID",
        "j3_jiangsu_tyj_2022_final.txt": "SAID",
        "j5_jiangsu_qxj_2017_final.txt": "SAID",
    }


def test_shanghai_district_reports_of_other_districts_and_bureaus_session_39():
    """6 whole Shanghai district reports (rules_s39a/: 奉贤区文化和旅游局 2022 部门预算 in 元 with 13 units,
    黄浦区大同初级中学 2021 单位预算 with every 三公 item zero, 青浦区房屋管理局 2023 with 增减 sentences per
    项, 崇明区市场监督管理局 2025 with codes printed once and a page break inside a 款, 松江区体育局 2021
    部门决算 with negative 结转 and 其他收入, 金山区人社局 2024 部门决算 over three pages with and without the
    header), each as a PDF and the real pdftotext's two texts of it. Found at 6,081 OK, 67 WRONG, 1,877 SAID;
    now 6,080 OK, 64 WRONG, 1,881 SAID: every PDF read whole. Fixed: f1's plain 三公 table, whose columns came
    out one after another with their own phase rows, is said (was: three figures under the wrong items). Left:
    plain text (tables said, their 说明 items without codes); layout b4 (codes printed once over a page break:
    its 款 and 项 rows said). Session 40: layout finals' 收入决算表 where a figure stands under both
    上级补助收 / 入 and 事业收入, said before, placed by the name centred over it (f1, f2 layout whole)."""
    _checked, worst = _review("rules_s39a/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_shanghai_fengxian_whlyj_2022_dept_budget.txt": "SAID",
        "b2_shanghai_huangpu_dtcjzx_2021_unit_budget.txt": "SAID",
        # (session 50: the plain texts' tables printed as streams of codes, names and figures are read,
        # every figure right; b3 plain: 20 WRONG rows -> 15, 9 of them rows whose names could not be told
        # and 6 说明 items whose codes those names would give)
        "b3_shanghai_qingpu_fglj_2023_dept_budget.txt": "WRONG",
        "b4_shanghai_chongming_scjgj_2025_dept_budget.txt": "SAID",
        "b4_shanghai_chongming_scjgj_2025_dept_budget.layout.txt": "SAID",
        "f1_shanghai_songjiang_tyj_2021_final.txt": "SAID",  # WRONG before session 54
        "f2_shanghai_jinshan_rsj_2024_final.txt": "WRONG",
    }


def test_jiangsu_provincial_reports_of_other_departments_session_39():
    """5 whole Jiangsu provincial reports (rules_s39b/: 省民政厅 2018 部门预算 "公开 01 表" with 37 项 and 7
    units, 省交通运输厅 2021 with 政府性基金 and 国有资本经营 money and the two-block 基本支出 table,
    省文化和旅游厅 2023 with economic codes split 类 | 款, 省交通运输厅 2019 部门决算 with codes split 类 | 款
    | 项, 省地方金融监督管理局 2023 部门决算 with its funds' tables stated empty), each as a PDF and the real
    pdftotext's two texts of it. Found at 5,605 OK, 32 WRONG, 23 SPURIOUS, 11 LOST, 1,510 SAID; now 5,615 OK,
    26 WRONG, 11 SPURIOUS, 0 LOST, 1,517 SAID. Fixed: the 收入预算总表's group column names its rows though
    one group prints its 小计 alone (b1 pdf and layout: 5 LOST, 5 SPURIOUS); the rows of a page printing no
    header of its own, which pdftotext -layout lays out on a grid of its own, placed where the table's sums
    hold when their positions break them (b3 layout); a layout 三公 row whose positions leave a figure without
    a column and break the sums whatever column it takes is said (b1 layout, was one column off). Left: plain
    text (说明 items without codes, the three-block 基本支出 table whose next block's code follows a figure,
    "720.40 30201", read as a figure). f2 layout's 年末结转和结余 162.40, set under the 行次 column by a page
    on a grid of its own, is said (was dropped without a word). Session 42: the -layout finals whole (their
    收入决算表's "附属单位上缴" / "收入", wrapped around the other names' line, one column; their summaries'
    pages on a grid of their own lined up by their 行次; the squeezed 三公 header read by its items'
    order)."""
    _checked, worst = _review("rules_s39b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_jiangsu_mzt_2018_dept_budget.txt": "WRONG",
        "b1_jiangsu_mzt_2018_dept_budget.layout.txt": "SAID",
        "b2_jiangsu_jtyst_2021_dept_budget.txt": "SAID",  # (session 51: no name takes the next block's)
        "b3_jiangsu_whlyt_2023_dept_budget.txt": "SAID",
        "f1_jiangsu_jtyst_2019_final.txt": "SAID",
        "f1_jiangsu_jtyst_2019_final.layout.txt": "SAID",
        "f2_jiangsu_jrj_2023_final.txt": "SAID",  # (session 51: 301 no 公用经费 total)
    }


def test_shanghai_town_hospital_and_older_reports_session_40():
    """5 whole Shanghai reports (rules_s40a/: 嘉定区安亭镇人民政府 2024 部门预算 with large 政府性基金 money
    and the 国有资本经营 table stated empty, 虹口区江湾医院 2023 单位预算 in 元 with five income sources,
    长宁区文化局 2018 on the older template with whole codes in one column, 宝山区吴淞街道 2022 部门决算 with
    合计 printed last, 虹口区卫健委 2020 部门决算 of 12 units over three pages), each as a PDF and the real
    pdftotext's two texts of it. Found at 5,174 OK, 66 WRONG, 1,675 SAID; now 5,452 OK, 47 WRONG, 1,416 SAID.
    Fixed: o3 plain, whose 合计 label plain text sets after its figures, was said to run column by column
    (four tables); j4 layout's 三公 row placed by the 预算数 | 决算数 word over each figure (接待's 1.50 was
    under 公务用车运行费); w5 layout's 事业收入 figures (under "上级补助收" / "入" beside "事业收入") placed
    by the name centred over them, and so its 合计 on a page printing no header (was under 上级补助收入).
    Left: plain text of codes split 类 | 款 | 项 (tables said, their 说明 items without codes)."""
    _checked, worst = _review("rules_s40a/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "t1_shanghai_jiading_atz_2024_dept_budget.txt": "SAID",
        "h2_shanghai_hongkou_jwyy_2023_unit_budget.txt": "SAID",
        "o3_shanghai_changning_whj_2018_dept_budget.txt": "SAID",
        "j4_shanghai_baoshan_wsjd_2022_final.txt": "SAID",  # WRONG before session 54
        "w5_shanghai_hongkou_wjw_2020_final.txt": "WRONG",
    }


def test_jiangsu_provincial_reports_of_more_departments_session_40():
    """5 whole Jiangsu provincial reports (rules_s40b/: 省商务厅 2016 部门预算 with the old economic codes and
    一般公共预算支出 by 类 and 款 only, 省农业农村厅 2020 with tables per unit beside the tables by code,
    省市场监督管理局 2024 with project names wrapped around their figures, 省科学技术厅 2018 and 省自然资源厅
    2022 部门决算 with 类 of no 年初预算 and three fund columns), each as a PDF and the real pdftotext's two
    texts of it. Found at 6,138 OK, 46 WRONG, 23 SPURIOUS, 29 LOST, 972 SAID; now 6,208 OK, 10 WRONG, 1
    SPURIOUS, 0 LOST, 967 SAID. Fixed: "无年初预算，支出决算为…" claimed (6 LOST); b3 layout's wrapped project
    names (23 LOST, 22 SPURIOUS); f2 layout's 政府性基金 column read as the budget's in a final (26 WRONG); b2
    plain's 22301 taking 223's figures; f1 layout's 其他收入 (under "附属单位上缴" / "收入" beside "其他收入")
    placed by the name centred over it, and so the rows of its page printing no header (事业收入 was under
    上级补助收入). Left: b2 plain's per-unit table (its repeated header's 合计 takes a unit code as its
    figure); plain multi-block 基本支出. Session 42: the -layout finals whole (their 收入决算表's
    "附属单位上缴" / "收入", wrapped around the other names' line, one column; their summaries' pages on a
    grid of their own lined up by their 行次; the squeezed 三公 header read by its items' order)."""
    _checked, worst = _review("rules_s40b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_jiangsu_swt_2016_dept_budget.txt": "WRONG",
        "b2_jiangsu_nynct_2020_dept_budget.txt": "WRONG",
        "b3_jiangsu_scjgj_2024_dept_budget.txt": "SAID",
        "f1_jiangsu_kjt_2018_final.txt": "SAID",  # (session 51: no name takes the next block's)
        "f2_jiangsu_zrzyt_2022_final.txt": "WRONG",
    }


def test_shanghai_district_reports_of_more_units_session_41():
    """5 whole Shanghai reports (rules_s41a/: 闵行区水务局 2021 部门预算 with 政府性基金 and 国有资本经营
    money and pages without the header, 静安区图书馆 2025 单位预算 in 元 with tables stated empty,
    古美社区卫生服务中心 2022 单位决算 with 事业收入, 经营收入 and 用事业基金弥补收支差额, 徐汇区科委 2019
    部门决算 with a 收回 项 and 三公 rising, 宝山区交通委 2023 部门预算 of 8 units with a 项目支出预算表 of
    wrapped names), each as a PDF and the real pdftotext's two texts of it. Found at 4,827 OK, 13 WRONG, 1,310
    SAID: every PDF and -layout text exact. Fixed: d4 plain's 说明 items naming a 类 only
    ("2、科学技术支出（类）。年初预算为…") had no code where no table was read (the national classification's
    类 names give it). Left: plain text of codes split 类 | 款 | 项 (tables said, c3's 说明 items of 类/款/项
    chains without codes), e5 plain's 项目支出预算表 printed a cell a line (said)."""
    _checked, worst = _review("rules_s41a/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        # (session 50: read from the streams of its cells, every figure right; 3 rows' names untold)
        "a1_shanghai_minhang_swj_2021_dept_budget.txt": "WRONG",
        "b2_shanghai_jingan_tsg_2025_unit_budget.txt": "SAID",
        "c3_shanghai_minhang_gmsqwszx_2022_unit_final.txt": "SAID",  # WRONG before session 54
        "d4_shanghai_xuhui_kw_2019_final.txt": "SAID",
        "e5_shanghai_baoshan_jtw_2023_dept_budget.txt": "SAID",
    }


def test_jiangsu_provincial_reports_with_hospitals_session_41():
    """5 whole Jiangsu provincial reports (rules_s41b/: 省卫生和计划生育委员会 2017 部门预算 of hospitals,
    省公安厅 2021 with 财政专户 money and every 三公 item rising, 省水利厅 2025 with 政府性基金 in two 类 and
    pages without the header, 省卫生健康委员会 2019 部门决算 with 事业收入 2.46 million 万元 and
    用事业基金弥补收支差额, 省生态环境厅 2023 with a two-block 基本支出决算表), each as a PDF and the real
    pdftotext's two texts of it. Found at 5,603 OK, 29 WRONG, 2 SPURIOUS, 1,253 SAID: every PDF exact. Fixed:
    b2 plain's 一般公共预算支出预算表, whose header lost two columns' names, placed rows of two figures under
    the two it kept (项目支出 read as 基本支出, and pinned so in the 支出预算总表): rows printing more figures
    than the header names now say the table; f1 plain's 栏次 "3" among the header's words and f2 plain's page
    number after the table's note were figures; f2 plain's 说明 items naming a 类 had no code (the national
    classification's 类 names). Left: plain side-by-side 基本支出 blocks' names glued, header fragments glued
    into names, b3 plain's 收支总表 figure before a right-hand label (SPURIOUS), the 12-column 三公 决算 table
    in -layout (said), f1 layout's headerless continuation page. Session 42: the -layout finals whole (their
    收入决算表's "附属单位上缴" / "收入", wrapped around the other names' line, one column; their summaries'
    pages on a grid of their own lined up by their 行次; the squeezed 三公 header read by its items'
    order)."""
    _checked, worst = _review("rules_s41b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_jiangsu_wjw_2017_dept_budget.txt": "WRONG",
        "b2_jiangsu_gat_2021_dept_budget.txt": "SAID",
        "b3_jiangsu_slt_2025_dept_budget.txt": "SPURIOUS",
        "f1_jiangsu_wjw_2019_final.txt": "SAID",  # (session 51: no name takes the next block's)
        "f1_jiangsu_wjw_2019_final.layout.txt": "SAID",
        "f2_jiangsu_sthjt_2023_final.txt": "WRONG",
    }


def test_other_provinces_reports_drawn_as_pdfs_session_41():
    """6 whole reports of provinces beyond the corpus's (rules_s41c/: 珠海市香洲区住建局 2024 部门预算,
    蒲江县农业农村局 and 剑阁县民政局 2022 部门决算 (Sichuan), 烟台市退役军人事务局 2020 部门预算 in 元 with
    类 rows named without their code, 长沙市天心区坡子街街道 2023 部门决算, 重庆市渝中区发改委 2025 部门预算
    with a 收支总表 of four column pairs), each as a PDF and the real pdftotext's two texts of it. Found at
    3,659 OK, 56 WRONG, 27 SPURIOUS, 121 LOST, 1,486 SAID. Fixed: Sichuan's
    "…(项)：支出决算为X万元，完成预算R%" and "2022年一般公共预算支出决算数为X万元，完成预算R%" (an actual and
    its rate, no budget) gave no claim (90 LOST); sd1's 类 rows printed by their names only (the first taken
    into the header, the others without a code) take the national classification's code where their 款 rows
    below open with it; hn1 layout's 财政拨款收支总表 items printing every column fill them in order (a short
    figure was under the next column's header). Plain 基本支出 blocks whose second 科目名称 came after the
    first figure took the next block's code for a figure (s1, s2, hn1: 8 SPURIOUS each); "收入总额",
    "全部为一般公共预算拨款收入" and "财政拨款收支预算" gave no total claim. Left: g1's 收入总额 is claimed as
    total_income (its parts add up, no carry-over; the set expects total_income_expenditure, equal in such a
    budget) and its change loses the amount; 三公 决算 in -layout (said); names wrapped around a code's line
    in s2 layout; cq1's 收支总表 of four column pairs. Then: the 三公 决算 header's "公务用车购置" /
    "及运行费" is the vehicle group (s1, s2, hn1 layout: 12 said each), and s2 layout's names wrapped around
    their code's line take their first pieces (the widest piece had counted the header printed again on page
    7). Session 42: g1's change of its 收入总额, restated in the next sentence, takes the figure stated for it
    (the set's expectation of the 收入总额 mended to total_income: its parts add up to it, no carry-over, the
    本年收入合计). Session 52: the plain 人员经费合计 of s1, s2 and hn1 took the figure of a line ending with
    the other block's code ("1,341.92 302": 301's line beside 302): said, no longer loaded (hn1 WRONG -> SAID;
    s1 and s2 keep other WRONG rows)."""
    _checked, worst = _review("rules_s41c/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "g1_guangdong_xiangzhou_zjj_2024_dept_budget.txt": "SAID",
        "s1_sichuan_pujiang_nyncj_2022_final.txt": "WRONG",  # 农业生产发展: printed under 2 codes
        "s2_sichuan_jiange_mzj_2022_final.txt": "SAID",  # WRONG before session 54
        "sd1_shandong_yantai_tyjrswj_2020_dept_budget.txt": "SAID",
        "hn1_hunan_tianxin_pzjjd_2023_final.txt": "SAID",
        "cq1_chongqing_yuzhong_fgw_2025_dept_budget.pdf": "WRONG",
        "cq1_chongqing_yuzhong_fgw_2025_dept_budget.txt": "WRONG",
        "cq1_chongqing_yuzhong_fgw_2025_dept_budget.layout.txt": "WRONG",
    }


def test_shanghai_district_reports_session_42():
    """5 whole Shanghai district reports (rules_s42a/: 松江区生态环境局 2022 部门预算 with 政府性基金 and "-"
    for zero, 黄浦区复兴东路第三小学 2020 单位预算 in 元 with tables stated empty, 杨浦区绿化和市容管理局 2025
    部门预算 of 7 units whose coded tables run over three pages (the header repeated on the second, not on the
    third), 长宁区退役军人事务局 2024 部门决算 (a 类 spent with no 年初预算, one budgeted and not spent),
    虹口区欧阳路街道 2021 部门决算 with 其他收入 and 年末结转和结余), each as a PDF and the real pdftotext's
    two texts of it. Found at 6,350 OK, 47 WRONG, 4 SPURIOUS, 2 LOST, 1,635 SAID. Fixed: b2 layout's
    收入决算表 pages without the header, on a narrower grid, take the header page's columns by rank (38 said;
    its 支出决算表, whose header's names are not read as columns, stays said). e5 PDF's short project name in
    a ruled wide cell (read as a second 合计) is the row's."""
    _checked, worst = _review("rules_s42a/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "a1_shanghai_songjiang_sthjj_2022_dept_budget.txt": "WRONG",
        "c3_shanghai_huangpu_fxdlsx_2020_unit_budget.txt": "SAID",
        "e5_shanghai_yangpu_lhsrj_2025_dept_budget.txt": "SAID",
        "b2_shanghai_changning_tyjrswj_2024_final.txt": "SAID",
        "b2_shanghai_changning_tyjrswj_2024_final.layout.txt": "SAID",
        "d4_shanghai_hongkou_oylj_2021_final.txt": "SAID",  # WRONG before session 54
    }


def test_jiangsu_provincial_reports_session_42():
    """5 whole Jiangsu provincial reports (rules_s42b/: 省审计厅 2018 部门预算 with its 一般公共预算支出表 by
    款 only, 省住房和城乡建设厅 2022 with 政府性基金 in two 类 and a page break between a 款 and its first 项,
    省粮食和物资储备局 2024 with 政府性基金 stated empty, 省人力资源和社会保障厅 2020 部门决算 of 24 units
    with a negative 年初结转, 省档案馆 2024 部门决算), each as a PDF and the real pdftotext's two texts of it.
    Found at 4,131 OK, 21 WRONG, 4 SPURIOUS, 2 LOST, 946 SAID: every PDF exact. Fixed: f1 layout's 三公 row of
    blank cells under a header squeezed off its columns was loaded a column off, its sums failing (placed by
    the items' order where the sums decide); its 财政拨款收入支出决算总表's second page, on a grid of its own,
    lined up by its 行次. Session 49: b2 and f2 plain WRONG -> SAID (a 合计 printed more than once whose
    total is not the sum of the 类 rows is no longer loaded: b2's 收入预算总表 took a header-region
    8,720.00 for 69,245.12, f2's 基本支出决算表 its 人员经费合计 3,347.56). Session 53: b2 layout WRONG ->
    OK (of two name pieces between 22904 and 2290401, "安排的支出", short of the cell's edge, ends 22904's
    name and "其他政府性基金安", filling it, begins 2290401's)."""
    _checked, worst = _review("rules_s42b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "b1_jiangsu_sjt_2018_dept_budget.txt": "WRONG",
        "b1_jiangsu_sjt_2018_dept_budget.layout.txt": "SAID",
        "b2_jiangsu_zfcxjst_2022_dept_budget.txt": "SAID",
        "b3_jiangsu_lsj_2024_dept_budget.txt": "WRONG",
        "f1_jiangsu_rst_2020_final.txt": "WRONG",
        "f1_jiangsu_rst_2020_final.layout.txt": "SAID",
        "f2_jiangsu_dag_2024_final.txt": "SAID",
        "f2_jiangsu_dag_2024_final.layout.txt": "SAID",
    }


def test_other_provinces_reports_session_42():
    """6 whole reports of provinces beyond the corpus's (rules_s42c/: 宁波北仑区农业农村局 2023 部门预算 with
    last year's 三公 block, 商水县水利局 2021 部门决算 with 类 | 款 | 项 columns, 枝江市自然资源和规划局 2022
    部门预算 with names wrapped over three lines, 大塘埠镇 2024 部门决算 with 续表 pages, 雁塔区统计局 2019
    部门预算 in 元 with its 收支总表 by 经济分类, 湄潭县林业局 2020 部门决算 with sparse split codes), each as
    a PDF and the real pdftotext's two texts of it. Fixed: jx1 layout's 续表 pages on a narrower grid take the
    header page's columns by rank (8 figures loaded as 项目支出, silently). yc1 layout's first row's first
    name piece, printed on the header's last line, is its own (its names centred on their code's line: 93
    names wrong, 79 left; a rule keeping as many pieces below a line as above was taken out after review
    rounds 2-4 showed it misplacing pieces in tables mixing alignments). Session 52: nb1 and ha1 plain,
    the 基本支出表's 合计 at a page's foot with its figures set around its label, is read whole (it had the
    公用经费 figure as its total); both stay WRONG for their claims. Then: nb1's "。部门支出预算11,294.64万
    元，比2022年预算增加…" and xa1's "。支出预算总额5,752,840.00元，比上年增加…", at a sentence's start, are
    the total_expenditure where the 收支总表 prints its 本年支出合计 and 支出总计 alike (their PDF and -layout
    renditions whole; the plain ones' summaries are not read, so those stay WRONG). And gz1's projects'
    self-evaluations told in its 说明 ("森林生态效益补偿项目全年预算数560.00万元，执行数568.30万元，执行率
    101.48%") are project_execution claims (its PDF whole; its texts stay WRONG for other rows). Session
    53: yc1 layout WRONG -> OK, its names indented by level on their first line only ("　　机关事业单位", a
    项's first piece, fills its cell with 6 characters): a piece reaching the cell's right edge, or indented
    where continuation lines are not, begins a name; a table centring two-line names on nameless code lines
    ends a name below its line with as many pieces as it began above."""
    _checked, worst = _review("rules_s42c/check.py")
    assert len(worst) == 18
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "nb1_zhejiang_beilun_nyncj_2023_dept_budget.txt": "WRONG",
        "ha1_henan_shangshui_slj_2021_final.txt": "SAID",  # WRONG before session 54
        # (session 50: its plain tables are read from the streams of their cells, every figure right; the
        # names wrapped over three lines around figures are not told, and rows without one are WRONG here)
        "yc1_hubei_zhijiang_zrzygh_2022_dept_budget.txt": "WRONG",
        "jx1_jiangxi_xinfeng_dtbz_2024_final.txt": "SAID",
        "xa1_shaanxi_yanta_tjj_2019_dept_budget.txt": "WRONG",
        "gz1_guizhou_meitan_lyj_2020_final.txt": "SAID",  # WRONG before session 54
        "gz1_guizhou_meitan_lyj_2020_final.layout.txt": "WRONG",
    }


def test_reports_of_five_more_provinces_session_55():
    """5 whole reports (rules_s55/, by a review helper: 鄂托克旗教育局 2023 部门预算 (内蒙古) with 上级补助
    / 附属单位上缴 / 事业收入 figures, 巴彦县农业农村局 2022 部门决算 (黑龙江) with a 年初预算数 column,
    兴庆区市场监督管理局 2024 部门预算 (宁夏) in 元 with a 三公 table in 万元 and a 基本支出表 of 部门 and
    政府 economic codes side by side, 城中区卫生健康局 2023 部门决算 (青海) with split codes and 续表 pages
    without the header, 海淀区城市管理委员会 2024 部门预算 (北京) with 上年结转 figures), each as a PDF and
    the real pdftotext's two texts. Found at 3,184 OK, 10 WRONG, 9 LOST, 1,282 SAID (FINDINGS.md). Fixed:
    qh1 layout's 政府性基金 flow rows, the first figure set right of "本年收入" and nearer "合计" (本年支出
    over 合计 | 项目支出), are placed by the flow's identities on the printed columns, nearest their names
    (it loaded 本年收入 as 合计 and 合计 under a column "本年支出", silently); nx1's "财政拨款收支预算总额…"
    is a claim (the harness pairs it with the LOST 支出预算 claim of the same amount, so nx1 reads WRONG +
    LOST); hl1 layout's continuation page, its rows on a grid of their own, a figure between 基本支出 and
    项目支出 nearer the latter, goes where its family adds up (basic, as its 类 on the page before). Left:
    nx1 layout's wrapped dual-code rows, qh1 layout's 续表 合计 row; plain texts said. Session 56 claims
    nx1's 支出预算 after "；" (its clause before states the year's whole income) and bj1's "其中：本年收入…，
    上年结转…" (adding up to the whole before it)."""
    _checked, worst = _review("rules_s55/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "nm1_neimenggu_etuokeqi_jyj_2023_dept_budget.txt": "WRONG",
        "hl1_heilongjiang_bayan_nyncj_2022_final.txt": "SAID",
        # hl1_heilongjiang_bayan_nyncj_2022_final.layout.txt: OK since session 55 (families_repaired)
        # nx1 and bj1: WRONG (LOST claims) before session 56; the PDFs and bj1's -layout OK since
        "nx1_ningxia_xingqing_scjgj_2024_dept_budget.txt": "SAID",
        # nx1_ningxia_xingqing_scjgj_2024_dept_budget.layout.txt: OK since session 56 (its dual-code rows
        # whose names wrap around their line)
        "qh1_qinghai_chengzhong_wjj_2023_final.txt": "SAID",
        # qh1_qinghai_chengzhong_wjj_2023_final.layout.txt: WRONG before session 55, SAID before 56 (its 续表
        # 合计 row, read since by the columns its figures fill)
        "bj1_beijing_haidian_cgw_2024_dept_budget.txt": "SAID",
    }


def test_reports_of_five_more_provinces_session_56():
    """5 whole reports (rules_s56/, by a review helper): 天山区民政局 2023 部门决算 (新疆) with split
    codes, 合计 first and a 上级补助 column; 城关区农业农村局 2024 部门预算 (西藏) with sparse split codes
    and 续表 pages; 龙华区住房和城乡建设局 2022 部门决算 (海南) with a 年初预算数 block; 和平区审计局 2025
    部门预算 (天津) in 元 without separators and Tianjin's "2025年，<unit>…" 说明; 石河子市第一中学 2024
    单位预算 (兵团). Each as a PDF and the real pdftotext's two texts. Found (FINDINGS.md) at 14 WRONG and 9
    LOST, 4 of them silent wrong figures or codes, every one fixed in session 56: xz1 layout's 项 part on a
    续表 page standing where page 1's 款 parts do (22101 for 2210201); hi1 layout's 合计 alone on a page
    (事业收入 as 上级补助收入); xj1 / tj1 plain 30108's total taken from the 合计's 公用经费 (now said); xz1
    plain's "其他收入" / "续表" read as a table's title (now said); tj1's three 说明 wholes. The plain texts
    stay said (column-by-column grids)."""
    _checked, worst = _review("rules_s56/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "xj1_xinjiang_tianshan_mzj_2023_final.txt": "SAID",
        "xz1_xizang_chengguan_nyncj_2024_dept_budget.txt": "SAID",
        "hi1_hainan_longhua_zjj_2022_final.txt": "SAID",
        "tj1_tianjin_heping_sjj_2025_dept_budget.txt": "SAID",
        "bt1_bingtuan_shihezi_yizhong_2024_unit_budget.txt": "SAID",
    }


def test_reports_of_five_provinces_session_56b():
    """5 whole reports (rules_s56b/, by a review helper): 甘州区水务局 2023 部门决算 (甘肃) with 年初预算数 |
    调整预算数 | 决算数 blocks and a 三公 table with counts; 七星关区交通运输局 2024 部门预算 (贵州) with a
    项目支出表 in 元; 大理市疾病预防控制中心 2022 单位决算 (云南) with 行次 throughout; 七星区教育局 2024 部门
    预算 (广西) with 项目 and 政府采购 tables; 小店区卫生健康局 2023 部门决算 (山西) with split codes and 续表
    pages. Found (FINDINGS.md) at 18 WRONG and 15 LOST: sx1 layout's names wrapped over a 续表 page (a
    piece filling the cell, the national names say whose), gz2 / gx1's "收入预算X，支出预算X" wholes and
    gx1's "收支预算比上年…" change, gx1 plain's 政府采购 合计 among the header's words: fixed in session 56.
    Left: the 三公 tables with count columns in layout text and the plain texts (said), plain gz2 / gx1's
    wholes (no summary read to tell them)."""
    _checked, worst = _review("rules_s56b/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "gs1_gansu_ganzhou_swj_2023_final.txt": "SAID",
        "gs1_gansu_ganzhou_swj_2023_final.layout.txt": "SAID",
        "gz2_guizhou_qixingguan_jtysj_2024_dept_budget.txt": "LOST",
        "yn1_yunnan_dali_jkzx_2022_unit_final.txt": "SAID",
        "gx1_guangxi_qixing_jyj_2024_dept_budget.txt": "WRONG",
        "sx1_shanxi_xiaodian_wjj_2023_final.txt": "SAID",
        "sx1_shanxi_xiaodian_wjj_2023_final.layout.txt": "SAID",
    }


def test_reports_of_five_provinces_session_56c():
    """5 whole reports (rules_s56c/, by a review helper): 长安区住建局 2023 部门决算 (河北), 市南区司法局 2024
    部门预算 (山东) with a 三公 table printing last year's block first, 上城区民政局 2023 部门决算 (浙江),
    鼓楼区文体旅局 2024 部门预算 (福建) with a 项目支出表 of wrapped names and 其他资金, 黄陂区农业农村局 2023
    部门决算 (湖北) with split codes, 合计 first and a 三公 统计数 block. No figure loaded wrong in any
    rendition (FINDINGS.md). Left: plain sd1 / fj1's "收入预算X，支出预算X" wholes (no summary read to tell
    them), plain hb2's 说明 chain 农业农村（款）农业生产发展（项） without its code (no stored pair names it
    twice), hb2 layout's 三公 统计数 block (said)."""
    _checked, worst = _review("rules_s56c/check.py")
    assert len(worst) == 15
    assert {name: status for name, status in worst.items() if status != "OK"} == {
        "hb1_hebei_changan_zjj_2023_final.txt": "SAID",
        "sd1_shandong_shinan_sfj_2024_dept_budget.txt": "LOST",
        "zj1_zhejiang_shangcheng_mzj_2023_final.txt": "SAID",  # WRONG before national_subjects took 养老服务
        "fj1_fujian_gulou_wtlj_2024_dept_budget.txt": "LOST",
        "hb2_hubei_huangpi_nyncj_2023_final.txt": "WRONG",
        "hb2_hubei_huangpi_nyncj_2023_final.layout.txt": "SAID",
    }
