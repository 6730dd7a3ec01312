"""Expected readings of the rules_s23c inputs, typed by hand from the inputs (gen.py writes them).

Per input: note (what it attacks) and one of
- meta: the document fields expected (unit_name compared with brackets folded to half-width);
- claims: (claim_kind, name the subject must contain, current figure 万元 or None, change 万元 or None)."""


def meta(note, **fields):
    return {"note": note, "meta": fields}


def claims(note, *items):
    return {"note": note, "claims": list(items)}


EXPECTED = {
    "m01_scope_bracket_line_above_year.txt": meta(
        "metadata: '（单位）' after the name on its own line, '2024年度决算' on the next",
        doc_kind="final_account",
        scope="unit",
        unit_name="南阳市卫生健康委员会",
        fiscal_year=2024,
        city="南阳市",
        district=None,
    ),
    "m02_note_not_listed.txt": meta(
        "metadata: a note '（公示稿）' after the name, not one of the listed notes",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市水利局",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m03_other_name_then_level.txt": meta(
        "metadata: '…档案馆（…史志办）（本级）': the other name not stripped before the region is read",
        doc_kind="final_account",
        unit_name="南阳市档案馆（南阳市史志办）（本级）",
        fiscal_year=2024,
        province=None,
        city="南阳市",
        district=None,
    ),
    "m04_year_first_then_other_name.txt": meta(
        "metadata: '（2024年度）…档案馆（…史志办）部门决算': the year's closing bracket before the name",
        doc_kind="final_account",
        scope="department",
        unit_name="南阳市档案馆（南阳市史志办）",
        fiscal_year=2024,
        city="南阳市",
        district=None,
    ),
    "m05_scope_bracket_before_kind.txt": meta(
        "metadata: '南阳市水利局（单位）决算' / '（2024年度）': the scope word in brackets, kind-alone path",
        doc_kind="final_account",
        scope="unit",
        unit_name="南阳市水利局",
        fiscal_year=2024,
        city="南阳市",
    ),
    "m06_other_name_then_year_bracket.txt": meta(
        "metadata (control): '…档案馆（…史志办）（2024年）部门预算'",
        doc_kind="budget",
        scope="department",
        unit_name="南阳市档案馆（南阳市史志办）",
        fiscal_year=2024,
        city="南阳市",
        district=None,
    ),
    "m07_organ_level_bracket.txt": meta(
        "metadata: '南阳市财政局（机关本级）2024年度部门决算': the organ's level as usually printed",
        doc_kind="final_account",
        unit_name="南阳市财政局（机关本级）",
        fiscal_year=2024,
        city="南阳市",
    ),
    "n01_figure_split_at_page_ends.txt": claims(
        "narrative: one statement in two sections, each broken at a page's end inside its figure ('35' / '.60万元')",
        ("year_on_year", "机关运行经费", "35.60", "-2.40"),
        ("operating_costs", "", "35.60", None),
    ),
    "n02_footer_slash_page_number.txt": claims(
        "narrative: a running footer with its page as '2/3', '3/3', inside a sentence over a break",
        ("year_on_year", "一般公共预算财政拨款支出", "5250.00", "250.00"),
    ),
    "n03_pieces_differing_in_year.txt": claims(
        "narrative: page-end pieces '2024年度…决算为' and '2023年度…决算为' equal once numbers are dropped",
        ("year_on_year", "一般公共预算财政拨款支出", "5250.00", "250.00"),
    ),
}
