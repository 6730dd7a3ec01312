"""Expected readings of the rules_s23b inputs, typed by hand from the inputs (gen.py writes them).

Per input: note (what it attacks) and one of
- meta: the document fields expected (doc_kind, scope, unit_name, fiscal_year, city, district);
- claims: (claim_kind, name the subject must contain, current figure 万元 or None, change 万元 or None);
- amounts: {(row label, column_key, phase): value 万元} of table `table`; or_said: the row labels whose
  figures may instead be left out under a warn diagnostic of the table (three columns printed without
  positions, a blank dropped)."""

FS = "fiscal_summary"
PROJ = "project_expenditure"


def meta(note, **fields):
    return {"note": note, "meta": fields}


def claims(note, *items):
    return {"note": note, "claims": list(items)}


def table(note, name, amounts, or_said=()):
    return {"note": note, "table": name, "amounts": amounts, "or_said": set(or_said)}


def summary(income, expenditure):
    """{(label, side, phase): value}: each item (label, 年初, 决算); 调整 is not checked."""
    out = {}
    for side, items in (("income", income), ("expenditure", expenditure)):
        for label, budget, actual in items:
            out[(label, side, "budget")] = budget
            out[(label, side, "actual")] = actual
    return out


S01 = summary(
    [
        ("一、一般公共预算财政拨款", "8000.00", "8640.00"),
        ("二、政府性基金预算财政拨款", "0.00", "0.00"),
        ("三、国有资本经营预算财政拨款", "0.00", "0.00"),
        ("本年收入合计", "8000.00", "8640.00"),
    ],
    [
        ("一、一般公共服务支出", "7100.00", "7740.00"),
        ("二、社会保障和就业支出", "560.00", "560.00"),
        ("三、住房保障支出", "340.00", "340.00"),
        ("本年支出合计", "8000.00", "8640.00"),
    ],
)
# s02-s04: 政府性基金 has no 年初 budget, 50.00 adjusted and spent; 国有资本 nothing ("0" = blank or mark)
S02 = summary(
    [
        ("一、一般公共预算财政拨款", "8000.00", "8640.00"),
        ("二、政府性基金预算财政拨款", "0", "50.00"),
        ("三、国有资本经营预算财政拨款", "0", "0"),
        ("本年收入合计", "8000.00", "8690.00"),
    ],
    [
        ("一、一般公共服务支出", "7100.00", "7790.00"),
        ("二、社会保障和就业支出", "560.00", "560.00"),
        ("三、住房保障支出", "340.00", "340.00"),
        ("本年支出合计", "8000.00", "8690.00"),
    ],
)
PROJECTS = {
    ("合计", "total", "budget"): "2300.50",
    ("合计", "general_public", "budget"): "2180.50",
    ("合计", "carryover_begin", "budget"): "120.00",
    ("国土空间总体规划编制及实施监督评估项目", "total", "budget"): "865.00",
    ("国土空间总体规划编制及实施监督评估项目", "general_public", "budget"): "745.00",
    ("国土空间总体规划编制及实施监督评估项目", "carryover_begin", "budget"): "120.00",
    ("耕地保护与永久基本农田划定成果更新维护及监测监管专项经费", "total", "budget"): "820.50",
    ("耕地保护与永久基本农田划定成果更新维护及监测监管专项经费", "general_public", "budget"): "820.50",
    ("不动产登记信息平台运维与历史档案数字化整理", "total", "budget"): "600.00",
    ("不动产登记信息平台运维与历史档案数字化整理", "general_public", "budget"): "600.00",
    ("事业单位专项业务经费", "total", "budget"): "15.00",
    ("事业单位专项业务经费", "general_public", "budget"): "15.00",
}
P02 = {
    (k.replace("不动产登记信息平台运维与历史档案数字化整理", "12345政务服务便民热线运维经费"), c, p): v
    for (k, c, p), v in PROJECTS.items()
}
ALL_PROJECT_ROWS = {row for row, _c, _p in PROJECTS} | {row for row, _c, _p in P02}

EXPECTED = {
    "m01_year_in_brackets.txt": meta(
        "metadata: the year in brackets after the name, the kind on the next line",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市水利局",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m02_draft_note.txt": meta(
        "metadata: a bracketed note （草案） after the name (kept as the name's own?)",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市水利局",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m03_scope_in_brackets.txt": meta(
        "metadata: the scope word in brackets after the name, '（单位）2024年度决算'",
        doc_kind="final_account",
        scope="unit",
        unit_name="南阳市卫生健康委员会",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m04_other_name_region.txt": meta(
        "metadata: a kept bracket (another name) and the region read from the name",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市档案馆(南阳市地方史志研究室)",
        fiscal_year=2024,
        city="南阳市",
        district=None,
    ),
    "m05_year_bracket_after_name.txt": meta(
        "metadata: '（2024年度）' between the name and '部门决算' on one line",
        doc_kind="final_account",
        scope="department",
        unit_name="南阳市人民政府办公室",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m06_name_in_brackets_under_title.txt": meta(
        "metadata: the unit's name alone in brackets on the line under the title",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市水利局",
        fiscal_year=2024,
        city="南阳市",
    ),
    "n01_header_with_page_number.txt": claims(
        "narrative: a running header printing its page number ('…部门决算 2') inside a sentence over a break",
        ("year_on_year", "一般公共预算财政拨款支出", "5250.00", "250.00"),
    ),
    "n02_repeated_fragment_at_page_ends.txt": claims(
        "narrative: one statement in two sections, each broken at a page's end: the same short fragment",
        ("year_on_year", "机关运行经费", "35.60", "-2.40"),
        ("operating_costs", "", "35.60", None),
    ),
    "c01_and_inside_a_subject.txt": claims(
        "changes: '社会保障和就业支出和住房保障支出各增加' (和 inside a subject), both 200.00",
        ("year_on_year", "住房保障支出", "200.00", "10.00"),
    ),
    "c02_differing_figures.txt": claims(
        "changes: '收入总计和支出总计各减少' with 1,200.00 and 1,180.00: no one current figure",
        ("year_on_year", "收入总计", None, "-50.00"),
    ),
    "c03_two_of_three_subjects.txt": claims(
        "changes: two of three subjects restated together, both 80.00",
        ("year_on_year", "事业收入", "80.00", "5.00"),
    ),
    "c04_part_named_like_a_whole.txt": claims(
        "changes: 收入总计 = 支出总计 = 1,000.00, and 本年收入合计 950.00 in the sentence",
        ("year_on_year", "收入总计", "1000.00", "20.00"),
    ),
    "c05_short_subjects.txt": claims(
        "changes: '收入和支出各增加' after 收入总计 and 支出总计 both 1,000.00",
        ("year_on_year", "收入", "1000.00", "20.00"),
    ),
    "s01_row_numbers_every_cell.txt": table(
        "summary: 行次 column, every cell printed (年初 | 调整 | 决算 each side)", FS, S01
    ),
    "s02_dash_for_blank.txt": table(
        "summary: a blank cell printed '-'",
        FS,
        S02,
        or_said={"二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"},
    ),
    "s03_row_numbers_blank_dropped.txt": table(
        "summary: 行次 column, a blank 年初 cell dropped (2 figures + the 行次)",
        FS,
        S02,
        or_said={"二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"},
    ),
    "s04_zero_for_blank.txt": table("summary: a blank cell printed '0.00'", FS, S02),
    "f01_cell_per_line_total_on_one_line.txt": table(
        "functional: cell-per-line project table, 合计 and one short project printed on one line each",
        PROJ,
        PROJECTS,
        or_said=ALL_PROJECT_ROWS,
    ),
    "f02_cell_per_line_digits_in_name.txt": table(
        "functional: cell-per-line project table, a project named '12345政务服务…' (digits like a code)",
        PROJ,
        P02,
        or_said=ALL_PROJECT_ROWS,
    ),
}
