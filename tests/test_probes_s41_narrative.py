"""Session 41's narrative rules, from the review sets rules_s41a / s41b / s41c (expected values typed from the
texts as printed; each test failed before the session's change):

- an actual stated with its rate but without its budget, of a 类/款/项 chain or of the 一般公共预算 spending
  as a whole, as Sichuan's 部门决算 word it ("5.农林水支出(类)农业农村(款)行政运行(项)：支出决算为498.94万元，
  完成预算100.19%"), and a chain's actual with neither ("…(项)：支出决算为52.00万元，年初未预算，…"): an
  execution claim with no budget (rules_s41c FINDINGS #2);
- a 类 the 说明 names ("2、科学技术支出（类）。年初预算为…") in a text whose tables could not be read: its
  code from the national classification's 类 names (rules_s41a #3, rules_s41b #2)."""

from decimal import Decimal
from pathlib import Path

import pytest

from dagster_project.parser import parse_document

HAND_WRITTEN = Path(__file__).parent / "golden" / "hand_written"
WAN = Decimal(10000)


def _claims(path: Path, kind: str) -> list:
    result = parse_document(path.read_bytes(), path.name)
    return [c for c in result.claims if c.claim_kind == kind]


@pytest.mark.parametrize("extension", [".pdf", ".layout.txt"])
def test_sichuan_final_actual_and_rate_of_a_chain_without_its_budget(extension):
    path = HAND_WRITTEN / "rules_s41c" / f"s1_sichuan_pujiang_nyncj_2022_final{extension}"
    claims = {c.subject_code: c for c in _claims(path, "execution")}
    # "5.农林水支出(类)农业农村(款)行政运行(项)：支出决算为498.94万元，完成预算100.19%，决算数大于预算数的…"
    run = claims["2130101"]
    assert (run.budget_yuan, run.actual_yuan, run.stated_rate) == (
        None,
        Decimal("498.94") * WAN,
        Decimal("1.0019"),
    )
    # "1.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)：支出决算为
    # 146.28万元，完成预算97.52%" (after "…完成预算103.85%。其中：")
    pension = claims["2080505"]
    assert (pension.actual_yuan, pension.stated_rate) == (Decimal("146.28") * WAN, Decimal("0.9752"))
    # "11.农林水支出(类)农业农村(款)农村社会事业(项)：支出决算为52.00万元，年初未预算，年中追加…": the actual
    # alone
    rural = claims["2130126"]
    assert (rural.budget_yuan, rural.actual_yuan, rural.stated_rate) == (None, Decimal("52.00") * WAN, None)
    # "2022年一般公共预算支出决算数为7425.17万元，完成预算103.85%": the whole's
    whole = [c for c in claims.values() if c.subject_code is None]
    assert [
        (c.subject_name, c.actual_yuan, c.stated_rate) for c in claims.values() if c.subject_code is None
    ] == [("一般公共预算支出", Decimal("7425.17") * WAN, Decimal("1.0385"))], whole
    # sixteen 项 and the whole, each once
    assert len(_claims(path, "execution")) == 17


def test_an_actual_and_rate_after_no_chain_is_no_execution_claim():
    # a project's (no chain, not the whole): "其中：信息化建设项目支出决算为30.00万元，完成预算95.00%"
    text = (
        "某县某局2022年部门决算\n第二部分 2022年度部门决算情况说明\n"
        "其中：信息化建设项目支出决算为30.00万元，完成预算95.00%。\n"
        "2022年政府性基金预算支出决算数为120.00万元，完成预算100.00%。\n"
    )
    result = parse_document(text.encode(), "project.txt")
    assert [c for c in result.claims if c.claim_kind == "execution"] == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # "2、科学技术支出（类）。年初预算为14040.00万元，支出决算为17228.20万元，完成年初预算的122.7%。"
        ("rules_s41a/d4_shanghai_xuhui_kw_2019_final.txt", {"206": ("14040.00", "17228.20")}),
        # "4．节能环保（类）。年初预算为84,220.00万元，支出决算为86,941.00万元，…"
        ("rules_s41b/f2_jiangsu_sthjt_2023_final.txt", {"211": ("84220.00", "86941.00")}),
    ],
)
def test_class_named_in_the_narrative_of_a_text_whose_tables_are_unread(path, expected):
    claims = {c.subject_code: c for c in _claims(HAND_WRITTEN / path, "execution")}
    for code, (budget, actual) in expected.items():
        assert (claims[code].budget_yuan, claims[code].actual_yuan) == (
            Decimal(budget) * WAN,
            Decimal(actual) * WAN,
        )


def test_a_class_name_below_its_level_takes_no_national_code():
    # "其他支出" names the 类 229 and many a 款 or 项 ("其他支出(款)"): a chain opening below 类 is not the 类
    text = (
        "某县某局2022年部门决算\n第二部分 2022年度部门决算情况说明\n"
        "1.其他支出(款)。年初预算为10.00万元，支出决算为9.00万元，完成年初预算的90.00%。\n"
        "2.科学技术(类)。年初预算为20.00万元，支出决算为20.00万元，完成年初预算的100.00%。\n"
    )
    result = parse_document(text.encode(), "levels.txt")
    codes = {c.actual_yuan: c.subject_code for c in result.claims if c.claim_kind == "execution"}
    assert codes == {Decimal("9.00") * WAN: None, Decimal("20.00") * WAN: "206"}


BUDGET_HEAD = "某市某局2024年部门预算\n第二部分 2024年部门预算情况说明\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # rules_s41c g1 (Guangdong):
        # "2024年部门预算收入总额8,949.99万元，其中：一般公共预算拨款收入4,344.99万元，
        # 政府性基金预算拨款收入4,605.00万元。"
        (
            "2024年部门预算收入总额8,949.99万元，其中：一般公共预算拨款收入4,344.99万元，政府性基金预算拨款收入"
            "4,605.00万元。",
            ("total_income", Decimal("8949.99")),
        ),
        # sd1 (Shandong): "2020年收入预算2809.66万元，全部为一般公共预算拨款收入，占100.00%。"
        (
            "2024年收入预算2809.66万元，全部为一般公共预算拨款收入，占100.00%。",
            ("total_income", Decimal("2809.66")),
        ),
        # cq1 (Chongqing): "2025年财政拨款收支预算3,208.44万元，全部为一般公共预算拨款，…"
        (
            "2024年财政拨款收支预算3,208.44万元，全部为一般公共预算拨款。",
            ("fiscal_total_income_expenditure", Decimal("3208.44")),
        ),
    ],
)
def test_budget_totals_in_other_provinces_wordings(sentence, expected):
    result = parse_document((BUDGET_HEAD + sentence + "\n").encode(), "totals.txt")
    kind, amount = expected
    assert [(c.claim_kind, c.amount_yuan) for c in result.claims if c.claim_kind == kind] == [
        (kind, amount * WAN)
    ]


def test_a_total_of_income_whose_parts_are_not_stated_is_no_claim():
    # "收入总额…，较上年减少…": 收入总计 or 本年收入合计, which is not said
    text = BUDGET_HEAD + "2024年部门预算收入总额3,208.44万元，较2023年预算数减少277.76万元，下降7.97%。\n"
    result = parse_document(text.encode(), "whole.txt")
    assert not [c for c in result.claims if c.claim_kind in ("total_income", "total_income_expenditure")]
