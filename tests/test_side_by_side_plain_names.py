"""Plain `pdftotext` text of a 基本支出表 printing its 人员经费 and 公用经费 blocks side by side (Jiangsu's
template) writes a left row's figure and the right block's next code on one line ("13,965.80 302"), then
that code's name on the next ("商品和服务支出"). The code is dropped from the left row's figures; its name is
the right block's, never a piece of the left row's name. Expected values typed from reading the texts."""

from pathlib import Path

import pytest

from dagster_project.parser import parse_document

HAND = Path(__file__).parent / "golden" / "hand_written"


def _basic_labels(path: Path) -> dict[str, tuple[str, str]]:
    result = parse_document(path.read_bytes(), path.name)
    return {
        a.subject_code: (a.row_label, a.amount_raw)
        for a in result.amounts
        if a.table_key == "general_budget_basic_by_economic" and a.subject_code
    }


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # lines 1102-1109: "301" / "工资福利支出" / the header again / "13,965.80 302" / "商品和服务支出"
        ("rules_s38d/j1_jiangsu_jcy_2018_final.txt", {"301": ("301 工资福利支出", "13,965.80")}),
        # lines 1933-1951: "30109" / "职业年金缴费" / "2,248.16 30209" / "物业管理费" / "30110" / … /
        # "30113" / "住房公积金" / "6,860.20 30213" / "维修（护）费"
        (
            "rules_s39b/b2_jiangsu_jtyst_2021_dept_budget.txt",
            {
                "30109": ("30109 职业年金缴费", "2,248.16"),
                "30110": ("30110 职工基本医疗保险缴费", "3,612.70"),
                "30113": ("30113 住房公积金", "6,860.20"),
            },
        ),
        # lines 2412-2421: "301" / "工资福利支出" / "科目编" / "决算数" / "科目名称" / "码" /
        # "23,295.50 302": the block's money column's word set between the name and its figure
        ("rules_s40b/f2_jiangsu_zrzyt_2022_final.txt", {"301": ("301 工资福利支出", "23,295.50")}),
    ],
)
def test_the_next_blocks_name_is_not_joined_to_the_row_before_its_code(document, expected):
    labels = _basic_labels(HAND / document)
    for code, (label, raw) in expected.items():
        assert labels[code] == (label, raw)


def test_a_code_whose_name_is_a_header_word_takes_no_other_rows_figure():
    """Lines 2218-2230: "30108" / "机关事业单位基本养老保险缴费" / "30109" / "决算数" / "科目编码" /
    "科目名称" / "决算数" / "1,862.77 30215": 30109 职业年金缴费 is 394.53 (its figure stands further down,
    "394.53 30211"); the 1,862.77 after the header words is not its figure. It was loaded as 30109's; now the
    row is said."""
    path = HAND / "rules_s38d/j3_jiangsu_tyj_2022_final.txt"
    labels = _basic_labels(path)
    assert labels.get("30109", ("", ""))[1] != "1,862.77"
    result = parse_document(path.read_bytes(), path.name)
    assert any(
        d.check_name == "rows_unreadable" and "30109" in (d.observed or "")
        for d in result.diagnostics
        if d.table_key == "general_budget_basic_by_economic"
    )


PROBES = HAND / "probes_s51"


@pytest.mark.parametrize(
    ("probe", "expected"),
    [
        ("q01.txt", {"301": ("301 工资福利支出", "13,965.80"), "30102": ("30102 津贴补贴", "7,876.72")}),
        # "13,965.80 302" / "商品和服务" / "支出": the next block's name wrapped over two lines
        ("q04.txt", {"301": ("301 工资福利支出", "13,965.80")}),
        ("q05.txt", {"301": ("301 工资福利支出", "13,965.80"), "30102": ("30102 津贴补贴", "7,876.72")}),
        ("q06.txt", {"301": ("301 工资福利支出", "13,965.80"), "30102": ("30102 津贴补贴", "7,876.72")}),
        ("p13.txt", {"30101": ("30101 基本工资", "400.00"), "30102": ("30102 津贴补贴", "600.00")}),
        ("p17.txt", {"30101": ("30101 基本工资", "400.00"), "30102": ("30102 津贴补贴", "600.00")}),
    ],
)
def test_review_probes_of_side_by_side_blocks(probe, expected):
    """The review's probes (probes_s51/README.md gives each one's truth)."""
    labels = _basic_labels(PROBES / probe)
    for code, (label, raw) in expected.items():
        assert labels[code] == (label, raw)


def test_the_other_blocks_name_among_header_words_after_the_first_row_is_no_block_total():
    """rules_s39b/f2 地方金融监督管理局 2023, lines 1678-1686: "301" / "工资福利支出" / "公用经费" /
    "科目编" / "决算数" / "科目名称" / "码" / "2894.45 302". Its -layout text (line 277) prints "301 工资福利
    支出 2894.45 302 商品和服务支出": 2894.45 is 301's; it had loaded as a 公用经费 block total. The
    session-40 probe of the same table headed 科目代 / 码 kept that header word in 301's name."""
    labels = _basic_labels(HAND / "rules_s39b/f2_jiangsu_jrj_2023_final.txt")
    assert labels["301"] == ("301 工资福利支出", "2894.45")
    result = parse_document((HAND / "rules_s39b/f2_jiangsu_jrj_2023_final.txt").read_bytes(), "f2.txt")
    assert not [a for a in result.amounts if a.row_label == "公用经费" and a.amount_raw == "2894.45"]
    probe = HAND / "probes_s40/review/v3/blocks_kemu_daima_header_next_codes_loaded.txt"
    assert _basic_labels(probe)["301"] == ("301 工资福利支出", "2894.45")
