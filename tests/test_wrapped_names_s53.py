"""Session 53: subject names wrapped in a tall cell of `pdftotext -layout` text, their pieces set above, on
and below their code's line, told apart where a piece between two rows could end the name above or begin
the next. Expected names are typed from reading the texts (line numbers in the comments); the first four
tests failed before the session's change, the last one guards a shape a first version of it broke."""

import json
from pathlib import Path

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"


def _names(folder: str, name: str, table_key: str | None = None) -> dict[str, str]:
    """The name each subject code is read with, in one table (or in any, the last read)."""
    result = parse_document((HAND_WRITTEN / folder / name).read_bytes(), name)
    return {
        a.subject_code: a.subject_name
        for a in result.amounts
        if a.subject_code and table_key in (None, a.table_key)
    }


# The national names of the subjects these tables print (政府收支分类科目, 支出功能分类).
EXPECTED = {
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出",
    "2120802": "土地开发支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
}


def test_names_indented_by_level_on_their_first_line_only():
    # rules_s42c yc1 (枝江市自然资源和规划局 2022 部门预算), 部门收入总表, lines 140-170: an 8-em name
    # cell, each name indented by its level on its first line only (full-width spaces), its code and
    # figures centred: "      机关事业单位" (a 项's first piece, 6 characters yet filling the cell) /
    # "2080505 基本养老保险缴费 98.36 …" / "支出". It had been read as the end of 20805's name ("行政事业
    # 单位养老支出机关事业单位"), and likewise "国有土地使用权" as 212's, "其他国有土地" as 2120802's, "排的
    # 支出" as 220's.
    names = _names(
        "rules_s42c", "yc1_hubei_zhijiang_zrzygh_2022_dept_budget.layout.txt", "income_by_function"
    )
    assert {code: names[code] for code in EXPECTED} == EXPECTED


def test_a_narrow_piece_ends_the_name_above_and_a_full_one_begins_the_next():
    # rules_s42b b2 (江苏省住房和城乡建设厅 2022 部门预算), 部门收入预算总表, lines 234-240: "其他政府性
    # 基金及" / "22904 对应专项债务收入 1,860.00" / "安排的支出" / "其他政府性基金安" / "2290401 1,860.00" /
    # "排的支出". "安排的支出", short of the cell's edge, ends 22904's name; "其他政府性基金安", filling it,
    # begins 2290401's (whose line prints no name). It had been read as 2290401's first piece.
    names = _names("rules_s42b", "b2_jiangsu_zfcxjst_2022_dept_budget.layout.txt", "income_by_function")
    assert names["22904"] == "其他政府性基金及对应专项债务收入安排的支出"
    assert names["2290401"] == "其他政府性基金安排的支出"


def test_a_hand_typed_table_indenting_first_lines_only():
    # probes_s53/i1 (typed for this session): the yc1 shape with other figures, every kind of piece: a 类 of
    # two lines around its nameless code line (208), a 款 indented one em (20805), a 项 of three lines
    # (2080505), a one-line 项 filling its cell exactly (2120802 土地开发支出) before a 项 whose first piece
    # (其他国有土地, indented) is above its line.
    names = _names(
        "probes_s53", "i1_first_line_indented_names_budget.layout.txt", "general_budget_by_function"
    )
    assert names == {code: name for code, name in EXPECTED.items() if code != "2120801"}


def test_a_hand_typed_table_indenting_every_line_of_a_name():
    # probes_s53/i2: the same table with each name indented on every line (a cell's indent format): a
    # continuation line is indented too, so indentation no longer tells a first piece; the table's names
    # centred on nameless code lines (208, 20805, 220: a piece filling the cell above, its end below) do:
    # a name going on below its code's line began above it, and a row whose name began above its line
    # ends as many pieces below it (2120899: "其他国有土地" / "使用权出让收" / "入安排的支出", then 220's
    # "自然资源海洋气象", both filling the cell).
    names = _names(
        "probes_s53", "i2_every_line_indented_names_budget.layout.txt", "general_budget_by_function"
    )
    assert names == {code: name for code, name in EXPECTED.items() if code != "2120801"}


def test_names_hanging_below_their_code_line_are_left_as_they_were():
    # probes_s42/review/v5 m5: figures at the top of fixed-height rows, names below their code's line
    # ("2080505 机关事业单位基本" / "养老保险缴费支出", "210" / "卫生健康支出"): nameless code lines between
    # lone pieces, yet no name begins above its line. A first version of the change took them as centred
    # and moved "养老保险缴费支出" to 2080506, "让收入安排的支出" to 2120801. (Its names split across the
    # page's foot and the repeated header, 2080506 / 210 and 2120899 / 221, stay wrong as before: FINDINGS.md
    # of probes_s42/review/v5.)
    names = _names(
        "probes_s42/review/v5",
        "m5_fixed_height_rows_figures_top_names_centred_budget.layout.txt",
        "income_by_function",
    )
    assert names["2080505"] == "机关事业单位基本养老保险缴费支出"
    assert names["21208"] == "国有土地使用权出让收入安排的支出"
    assert names["2120801"] == "征地和拆迁补偿支出"
    assert names["2101101"] == "行政单位医疗"


def test_an_other_item_takes_the_piece_opening_with_its_other_from_above():
    # rules_s36g l2 (广州市白云区某街道 2023 部门决算), 收入决算表, lines 152-168: names wrapped upward in
    # an 8-em cell, many filling it exactly ("21201 城乡社区管理事务" / "其他城乡社区管理" / "2120199 事务
    # 支出"): a piece after a full name may end it or begin the next. A …99 item is named 其他… : the piece
    # opening so is 2120199's first, and such pieces show the table wrapping names upward, so 21208 takes
    # "国有土地使用权出" though 2120501's "城乡社区环境卫生" fills its cell. It had been read as the tails of
    # 21201, 21203, 2120501, 21208 and 21602.
    names = _names("rules_s36g", "l2_guangdong_baiyun_sylj_2023_final.layout.txt", "income_by_function")
    assert names["21201"] == "城乡社区管理事务"
    assert names["2120199"] == "其他城乡社区管理事务支出"
    assert names["2120399"] == "其他城乡社区公共设施支出"
    assert names["2120501"] == "城乡社区环境卫生"
    assert names["21208"] == "国有土地使用权出让收入安排的支出"
    assert names["2120899"] == "其他国有土地使用权出让收入安排的支出"
    assert names["2160299"] == "其他商业流通事务支出"


def test_a_hand_typed_table_of_other_items_named_above_their_line():
    # probes_s53/i3 (typed for this session): the l2 shape with other figures.
    names = _names("probes_s53", "i3_other_items_named_above_final.layout.txt", "general_budget_by_function")
    assert names == {
        "212": "城乡社区支出",
        "21201": "城乡社区管理事务",
        "2120199": "其他城乡社区管理事务支出",
        "21205": "城乡社区环境卫生",
        "2120501": "城乡社区环境卫生",
        "21208": "国有土地使用权出让收入安排的支出",
        "2120899": "其他国有土地使用权出让收入安排的支出",
        "216": "商业服务业等支出",
        "21602": "商业流通事务",
        "2160299": "其他商业流通事务支出",
    }


REVIEW = HAND_WRITTEN / "probes_s53" / "review"
# p08's remarks wrapped onto lines of their own ("补缴", "上年结转", "结转" under 备注) are glued onto the
# names beside them, before the session as after: a defect of its own, left.
_REMARKS_GLUED = {"2080505", "2080506", "21208", "2120802"}


def test_the_reviews_probes_read_their_typed_names():
    # probes_s53/review/: 13 layout texts and 2 PDFs typed by the session's review (README.md there), the
    # national names in truth.json typed by hand. Mixed tables (names centred on nameless code lines beside
    # names hanging below their code line and filling their cell exactly, p01, p06), one 项 indented on
    # every line in a table indenting first lines only (p03, p11), a tail shifted a column (p02), an
    # indented tail filling the cell before a 类 (p04): the first version of the change misplaced 8 names
    # there that had been read right before (p01 2, p03 1, p04 1, p06 4); now none.
    truth = json.loads((REVIEW / "truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 15
    for name, expected in truth.items():
        got = _names("probes_s53/review", name)
        left = _REMARKS_GLUED if name.startswith("p08_") else set()
        assert {c: got.get(c) for c in expected if c not in left} == {
            c: n for c, n in expected.items() if c not in left
        }, name


REVIEW2 = HAND_WRITTEN / "probes_s53" / "review2"
# Wrong before the session as after, silently (the second review's findings, left): the first 类 after
# the 合计 loses its first piece (o1, o3: "出"); a name filling its cell exactly keeps the next row's first
# piece where a …99 row's piece follows that row (o1); two pieces between a three-line name and 2082699,
# the …99 item not named 其他…, stay with the row above (o3).
_LEFT = {
    "o1_upward_other_kuan_xiang_229.layout.txt": {"208", "2080505", "2080506"},
    "o3_upward_exception_2082699.layout.txt": {"208", "2082602", "2082699"},
}


def test_the_second_reviews_other_item_probes_read_their_typed_names():
    # probes_s53/review2/o*: …99 items among names wrapped upward, centred on nameless code lines, hanging
    # below their code line, and 2082699 财政对其他基本养老保险基金的补助; o5 and o6 mix names wrapped upward
    # with two 16-character names hanging below their code line, which the …99 change had given the next
    # row's tail (2080505 "机关事业单位基本", 2080506 "养老保险缴费支出机关事业单位职业年金缴费支出").
    truth = json.loads((REVIEW2 / "truth.json").read_text(encoding="utf-8"))
    probes = [name for name in truth if name.startswith("o")]
    assert len(probes) == 6
    for name in probes:
        got = _names("probes_s53/review2", name)
        # (the parser records names with ASCII brackets, "政府办公厅(室)")
        expected = {
            c: n.replace("（", "(").replace("）", ")")
            for c, n in truth[name]["names"].items()
            if c not in _LEFT.get(name, set())
        }
        assert {c: got.get(c) for c in expected} == expected, name


def test_a_piece_placed_by_the_tables_habit_alone_is_said():
    # rules_s36g l2, 收入决算表 line 162: "国有土地使用权出" between "2120501 城乡社区环境卫生" (its name
    # filling its cell exactly) and "21208 让收入安排的支出". Only the table's habit of wrapping names upward
    # gives it to 21208 (rightly here): the reviews asked for such a placement to be said, not made
    # silently. The figures are not affected.
    name = "l2_guangdong_baiyun_sylj_2023_final.layout.txt"
    result = parse_document((HAND_WRITTEN / "rules_s36g" / name).read_bytes(), name)
    said = [
        d
        for d in result.diagnostics
        if d.check_name == "name_pieces_ambiguous" and d.table_key == "income_by_function"
    ]
    assert any(d.source_line == 162 and "'国有土地使用权出'" in d.message for d in said)
    assert all(d.severity == "info" for d in said)
