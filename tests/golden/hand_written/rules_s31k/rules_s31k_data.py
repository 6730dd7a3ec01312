"""Expected readings of the rules_s31k inputs: eight WHOLE reports as pdftotext -layout text, four 部门预算 and
four 部门决算, of province-years the earlier sets did not use (甘肃2023, 浙江2020, 山东2024, 湖南2021 budgets;
四川2023, 云南2020, 广东2021, 陕西2019 final accounts).

Shapes attacked, each in two documents or more: a later page of a table whose value columns stand 2-3
characters right of the first page's, with or without the header again under 续表 (b1, b3, f1, f3); 基本支出
centred over 人员经费 | 公用经费 in the 基本支出表's header, 合计 and the code / name headers on the line between
the group and its sub-labels (b1, b2, f1, f2); a final's 三公 header with 年初预算数 / 决算数 centred over six
columns each (f1-f4); the 三公 items over two lines ("因公出国" / "（境）费") with the vehicle group centred over
小计 | 购置费 | 运行费 (all eight); names wrapped at six or seven characters, the code and figures on the middle
line of three (b2, b4, f2, f3); 元 figures wider than their narrow columns' centred header words, reaching
left under the gap (b3, f3); a 收支总表 with a label column of 8 characters whose long labels push their figure and
the right side's label (b1, b4, f1, f2, f3); a 科目名称 column of 44 characters (b3, f4); zero cells printed 0.00 in some
columns and blank in others (b2, b4, f1, f4); the 合计 row's label centred across the code and name columns
(b4, f2, f3).

The figures are typed below per report as in rules_s31i (leaves by source and kind, 基本支出 by economic 款,
三公 (出国, 购置, 运行, 接待), a final's begin / begin_gp); s31k_lib.build sums every printed table from them, gen.py
prints those Table objects, the expectations are read from them (never from the parser's output).
_identities() (run at import) re-adds every printed table from its printed strings (as rules_s31i). Format as
../review_check.py. A value ending in "?" is a zero printed 0.00; a blank cell has no expectation."""

from __future__ import annotations

from decimal import Decimal as D

from s31k_lib import Fmt, build, expectations

WAN, YUAN = "万元", "元"
KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]

BUDGET_TITLES = dict(
    IES="部门收支总表",
    INC="部门收入总表",
    EXP="部门支出总表",
    FS="财政拨款收支总表",
    GB="一般公共预算支出表",
    GBB="一般公共预算基本支出表",
    SG="一般公共预算“三公”经费支出表",
    GF="政府性基金预算支出表",
    SC="国有资本经营预算支出表",
)
FINAL_TITLES = dict(
    IES="收入支出决算总表",
    INC="收入决算表",
    EXP="支出决算表",
    FS="财政拨款收入支出决算总表",
    GB="一般公共预算财政拨款支出决算表",
    GBB="一般公共预算财政拨款基本支出决算表",
    SG="一般公共预算财政拨款“三公”经费支出决算表",
    GF="政府性基金预算财政拨款收入支出决算表",
    SC="国有资本经营预算财政拨款支出决算表",
)


def final_empty(y: int, gf: bool) -> dict:
    out = {"SC": f"本单位{y}年度没有国有资本经营预算财政拨款支出，故本表为空。"}
    if not gf:
        out["GF"] = (
            f"本单位{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空。"
        )
    return out


def budget_empty(y: int, gf: bool) -> dict:
    out = {"SC": f"本部门{y}年没有使用国有资本经营预算拨款安排的支出，此表无数据。"}
    if not gf:
        out["GF"] = f"本部门{y}年没有使用政府性基金预算拨款安排的支出，此表无数据。"
    return out


DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 甘肃
DOCS.append(
    dict(
        file="b1_gansu_chengguan_wlj_2023_budget.layout.txt",
        note="layout 甘肃2023 部门预算: the 部门支出总表 and 一般公共预算支出表 continued on a second page whose value "
        "columns stand 2 characters right (header again under 续表), 基本支出 centred over 人员经费 | 公用经费, a "
        "收支总表 with an 8-character label column (a long label pushes its figure and the right side's label), 三公 items over two lines",
        kind="budget",
        mode="layout",
        org="兰州市城关区文化和旅游局",
        year=2023,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        split={"expenditure_by_function": (6, 2, True), "general_budget_by_function": (6, 2, True)},
        gbb_group=True,
        ies_lw=8,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "gf"],
        empty=budget_empty(2023, True),
        leaves=[
            "2070101 gp_b=562.84",
            "2070108 gp_p=96.00",
            "2070109 gp_p=58.40 co_p=12.00",
            "2070111 gp_p=132.50",
            "2070199 gp_p=45.00",
            "2080505 gp_b=68.72",
            "2080506 gp_b=27.49",
            "2101101 gp_b=32.16",
            "2101103 gp_b=8.04",
            "2210201 gp_b=51.53",
            "2296003 gf_p=80.00",
        ],
        econ={
            "30101": "168.20",
            "30102": "126.40",
            "30103": "22.60",
            "30107": "104.80",
            "30108": "68.72",
            "30109": "27.49",
            "30110": "32.16",
            "30111": "8.04",
            "30112": "4.20",
            "30113": "51.53",
            "30302": "18.60",
            "30201": "16.40",
            "30205": "2.10",
            "30206": "9.80",
            "30207": "3.60",
            "30211": "12.20",
            "30213": "6.40",
            "30217": "3.50",
            "30228": "8.42",
            "30231": "8.00",
            "30239": "47.62",
        },
        sangong=("0", "0", "8.00", "3.50"),
    )
)

# ------------------------------------------------------------------------------------------------ b2 浙江
DOCS.append(
    dict(
        file="b2_zhejiang_lucheng_rlsbj_2020_budget.layout.txt",
        note="layout 浙江2020 部门预算: names wrapped at six characters (code and figures on the middle line of "
        "three), 基本支出 centred over 人员经费 | 公用经费, the 收入总表's 政府性基金 and 事业收入 zero cells printed "
        "0.00 beside blank 上年结转 / 其他收入 cells, the 支出总表's zero 项目支出 printed 0.00",
        kind="budget",
        mode="layout",
        org="温州市鹿城区人力资源和社会保障局",
        year=2020,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        zcols={"INC": ("government_fund", "business"), "EXP": ("project",)},
        wrap=6,
        name_width=14,
        gbb_group=True,
        labels=[f"{c}、" for c in "一二三四五六七八九"],
        label_inline=True,
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "gf", "biz", "oth"],
        empty=budget_empty(2020, False),
        leaves=[
            "2080101 gp_b=824.36",
            "2080105 gp_p=118.00",
            "2080106 gp_p=236.50 oth_p=20.00",
            "2080109 gp_b=312.48 co_p=15.60",
            "2080505 gp_b=126.40",
            "2080506 gp_b=50.56",
            "2101101 gp_b=48.72",
            "2101103 gp_b=14.16",
            "2210201 gp_b=94.80",
        ],
        econ={
            "30101": "386.50",
            "30102": "286.40",
            "30103": "46.20",
            "30107": "242.60",
            "30108": "126.40",
            "30109": "50.56",
            "30110": "48.72",
            "30111": "14.16",
            "30112": "9.30",
            "30113": "94.80",
            "30199": "12.40",
            "30302": "26.80",
            "30201": "28.60",
            "30205": "3.20",
            "30206": "14.60",
            "30207": "6.40",
            "30211": "18.30",
            "30213": "12.50",
            "30217": "4.80",
            "30228": "19.86",
            "30231": "11.20",
            "30299": "7.18",
        },
        sangong=("6.00", "0", "11.20", "4.80"),
    )
)

# ------------------------------------------------------------------------------------------------ b3 山东
DOCS.append(
    dict(
        file="b3_shandong_lixia_nyncj_2024_budget.layout.txt",
        note='layout 山东2024 部门预算 in 元: columns 10 characters wide whose figures ("5,623,480.00") reach left of '
        "their centred header words, a 科目名称 column of 44 characters, the 一般公共预算支出表 continued on a page "
        "whose value columns stand 3 characters right (no header again)",
        kind="budget",
        mode="layout",
        org="济南市历下区农业农村局",
        year=2024,
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        vw=10,
        gap=3,
        sg_vw=12,
        name_width=44,
        split={"general_budget_by_function": (5, 3, False)},
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "biz"],
        empty=budget_empty(2024, False),
        leaves=[
            "2130101 gp_b=5623480.00",
            "2130104 gp_b=1862350.00 biz_b=240000.00",
            "2130108 gp_p=860000.00",
            "2130135 gp_p=3250000.00 co_p=420000.00",
            "2080505 gp_b=896420.00",
            "2080506 gp_b=358568.00",
            "2101101 gp_b=312640.00",
            "2101102 gp_b=98760.00",
            "2210201 gp_b=672960.00",
        ],
        econ={
            "30101": "2356800.00",
            "30102": "2364200.00",
            "30103": "312600.00",
            "30107": "1426800.00",
            "30108": "896420.00",
            "30109": "358568.00",
            "30110": "312640.00",
            "30111": "98760.00",
            "30112": "64800.00",
            "30113": "672960.00",
            "30302": "186000.00",
            "30201": "124600.00",
            "30205": "18600.00",
            "30206": "86400.00",
            "30207": "32800.00",
            "30211": "96500.00",
            "30213": "64200.00",
            "30217": "28000.00",
            "30228": "95400.00",
            "30231": "96000.00",
            "30239": "132130.00",
        },
        sangong=("0", "0", "96000.00", "28000.00"),
    )
)

# ------------------------------------------------------------------------------------------------ b4 湖南
DOCS.append(
    dict(
        file="b4_hunan_furong_nyncj_2021_budget.layout.txt",
        note="layout 湖南2021 部门预算: names wrapped at seven characters (figures on the middle line of three), "
        "合计 centred across the code and name columns, a 收支总表 with an 8-character label column (a long "
        "label pushes its figure and the right side's label), the 一般公共预算支出表's zero 项目支出 printed 0.00, a 政府性基金 table",
        kind="budget",
        mode="layout",
        org="长沙市芙蓉区农业农村局",
        year=2021,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        zcols={"GB": ("project",), "EXP": ("project",)},
        wrap=7,
        name_width=16,
        total_centre=True,
        ies_lw=8,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=BUDGET_TITLES,
        inc_src=["gp", "gf"],
        empty=budget_empty(2021, True),
        leaves=[
            "2130101 gp_b=468.25",
            "2130104 gp_b=212.60",
            "2130108 gp_p=54.00",
            "2130135 gp_p=186.30",
            "2120804 gf_p=240.00",
            "2080505 gp_b=72.48",
            "2080506 gp_b=28.99",
            "2080801 gp_b=6.20",
            "2101101 gp_b=26.84",
            "2101102 gp_b=11.52",
            "2210201 gp_b=54.36",
        ],
        econ={
            "30101": "186.40",
            "30102": "242.80",
            "30103": "24.60",
            "30107": "118.30",
            "30108": "72.48",
            "30109": "28.99",
            "30110": "26.84",
            "30111": "11.52",
            "30112": "5.60",
            "30113": "54.36",
            "30304": "6.20",
            "30201": "14.80",
            "30205": "2.40",
            "30206": "8.60",
            "30207": "3.20",
            "30211": "11.40",
            "30213": "7.20",
            "30217": "2.60",
            "30228": "9.46",
            "30231": "7.60",
            "30239": "35.89",
        },
        sangong=("0", "0", "7.60", "2.60"),
    )
)

# ------------------------------------------------------------------------------------------------ f1 四川
DOCS.append(
    dict(
        file="f1_sichuan_wuhou_mzj_2023_final.layout.txt",
        note="layout 四川2023 部门决算: the 支出决算表 continued on a page whose value columns stand 3 characters "
        "right (header again under 续表), 基本支出 centred over 人员经费 | 公用经费, the 收入决算表's 经营收入 and "
        "附属单位上缴收入 zeros printed 0.00 beside blank 上级补助 / 事业 / 其他 cells, a 收支总表 with an 8-character "
        "label column, 三公 under 年初预算数 / 决算数 centred over six columns each",
        kind="final_account",
        mode="layout",
        org="成都市武侯区民政局",
        year=2023,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        zcols={"INC": ("operating_income", "affiliated_remit")},
        split={"expenditure_by_function": (7, 3, True)},
        gbb_group=True,
        ies_lw=8,
        sg_vw=10,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=final_empty(2023, False),
        begin="42.60",
        begin_gp="42.60",
        leaves=[
            "2080201 gp_b=612.48 i_gp=612.48",
            "2080208 gp_p=186.00 i_gp=196.00",
            "2081002 gp_p=824.50 i_gp=824.50",
            "2080505 gp_b=88.64 i_gp=88.64",
            "2080506 gp_b=35.46 i_gp=35.46",
            "2101101 gp_b=38.92 i_gp=38.92",
            "2101103 gp_b=10.38 i_gp=10.38",
            "2210201 gp_b=66.48 i_gp=66.48",
        ],
        econ={
            "30101": "226.80",
            "30102": "98.40",
            "30103": "28.60",
            "30107": "152.30",
            "30108": "88.64",
            "30109": "35.46",
            "30110": "38.92",
            "30111": "10.38",
            "30112": "6.20",
            "30113": "66.48",
            "30302": "12.40",
            "30201": "14.60",
            "30205": "2.20",
            "30206": "9.40",
            "30207": "3.80",
            "30211": "8.60",
            "30213": "6.20",
            "30217": "1.86",
            "30228": "10.12",
            "30231": "6.42",
            "30299": "24.58",
        },
        sangong_budget=("0", "0", "8.00", "3.00"),
        sangong=("0", "0", "6.42", "1.86"),
    )
)

# ------------------------------------------------------------------------------------------------ f2 云南
DOCS.append(
    dict(
        file="f2_yunnan_wuhua_wjj_2020_final.layout.txt",
        note="layout 云南2020 部门决算: names wrapped at six characters (code and figures on the middle line of "
        "three), 合计 centred across the code and name columns, 基本支出 centred over 人员经费 | 公用经费, a 收支总表 "
        "with an 8-character label column, 三公 under 年初预算数 / 决算数, 事业收入 on 2100401",
        kind="final_account",
        mode="layout",
        org="昆明市五华区卫生健康局",
        year=2020,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        wrap=6,
        name_width=14,
        total_centre=True,
        gbb_group=True,
        ies_lw=8,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=final_empty(2020, False),
        begin="56.30",
        begin_gp="48.10",
        leaves=[
            "2100101 gp_b=536.72 i_gp=536.72",
            "2100401 gp_b=348.60 nf_b=46.20 i_gp=348.60 i_biz=52.00",
            "2100408 gp_p=1286.40 i_gp=1300.00",
            "2080505 gp_b=96.18 i_gp=96.18",
            "2080506 gp_b=38.47 i_gp=38.47",
            "2101101 gp_b=42.30 i_gp=42.30",
            "2101102 gp_b=18.64 i_gp=18.64",
            "2210201 gp_b=72.15 i_gp=72.15",
        ],
        econ={
            "30101": "286.30",
            "30102": "212.80",
            "30103": "36.40",
            "30107": "188.60",
            "30108": "96.18",
            "30109": "38.47",
            "30110": "42.30",
            "30111": "18.64",
            "30112": "7.20",
            "30113": "72.15",
            "30302": "14.60",
            "30201": "16.80",
            "30205": "3.60",
            "30206": "11.20",
            "30207": "4.10",
            "30211": "9.80",
            "30213": "8.60",
            "30217": "2.14",
            "30228": "11.60",
            "30231": "7.36",
            "30299": "64.22",
        },
        sangong_budget=("0", "0", "9.00", "3.00"),
        sangong=("0", "0", "7.36", "2.14"),
    )
)

# ------------------------------------------------------------------------------------------------ f3 广东
DOCS.append(
    dict(
        file="f3_guangdong_chancheng_scjgj_2021_final.layout.txt",
        note="layout 广东2021 部门决算 in 元: columns 10 characters wide whose figures reach left of their centred "
        "header words, names wrapped at six characters, 合计 centred across the code and name columns, the "
        "一般公共预算财政拨款支出决算表 continued on a page whose value columns stand 2 characters right (no header "
        "again), a 收支总表 with an 8-character label column (a long label pushes its figure and the right side's label), 三公 under 年初预算数 / 决算数",
        kind="final_account",
        mode="layout",
        org="佛山市禅城区市场监督管理局",
        year=2021,
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        vw=10,
        gap=3,
        sg_vw=11,
        wrap=6,
        name_width=14,
        total_centre=True,
        split={"general_budget_by_function": (7, 2, False)},
        ies_lw=8,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=final_empty(2021, False),
        begin="386420.50",
        begin_gp="312800.00",
        leaves=[
            "2013801 gp_b=9862430.56 i_gp=9862430.56",
            "2013804 gp_p=1268000.00 i_gp=1300000.00",
            "2013816 gp_p=2846300.00 i_gp=2846300.00",
            "2080505 gp_b=1426380.24 i_gp=1426380.24",
            "2080506 gp_b=570552.10 i_gp=570552.10",
            "2101101 gp_b=632480.00 i_gp=632480.00",
            "2101103 gp_b=186240.00 i_gp=186240.00",
            "2210201 gp_b=1086500.00 i_gp=1086500.00",
        ],
        econ={
            "30101": "3862400.00",
            "30102": "2986500.00",
            "30103": "486200.00",
            "30107": "1164800.00",
            "30108": "1426380.24",
            "30109": "570552.10",
            "30110": "632480.00",
            "30111": "186240.00",
            "30112": "98600.00",
            "30113": "1086500.00",
            "30302": "168000.00",
            "30201": "246300.00",
            "30205": "32600.00",
            "30206": "142800.00",
            "30207": "56400.00",
            "30211": "126800.00",
            "30213": "98600.00",
            "30217": "18620.00",
            "30228": "146300.00",
            "30231": "84260.00",
            "30299": "143250.56",
        },
        sangong_budget=("0", "0", "100000.00", "30000.00"),
        sangong=("0", "0", "84260.00", "18620.00"),
    )
)

# ------------------------------------------------------------------------------------------------ f4 陕西
DOCS.append(
    dict(
        file="f4_shaanxi_weibin_jyj_2019_final.layout.txt",
        note="layout 陕西2019 部门决算 (20805 still 行政事业单位离退休): a 科目名称 column of 44 characters, the "
        "支出决算表's 上缴上级 / 经营 / 对附属单位补助 zeros printed 0.00 beside blank 项目支出 cells, 三公 under "
        "年初预算数 / 决算数 centred over six columns each, 事业收入 and 上级补助收入",
        kind="final_account",
        mode="layout",
        org="宝鸡市渭滨区教育局",
        year=2019,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        zcols={"EXP": ("remit_upper", "operating", "subsidy_affiliated")},
        func_names={"20805": "行政事业单位离退休"},
        name_width=44,
        sg_vw=10,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=final_empty(2019, False),
        begin="128.40",
        begin_gp="96.20",
        leaves=[
            "2050101 gp_b=486.30 i_gp=486.30",
            "2050202 gp_b=3862.48 gp_p=420.00 nf_p=36.00 i_gp=4282.48 i_up=36.00",
            "2050203 gp_b=2148.62 nf_b=64.50 i_gp=2148.62 i_biz=58.20",
            "2080505 gp_b=612.40 i_gp=612.40",
            "2080506 gp_b=244.96 i_gp=244.96",
            "2101102 gp_b=286.30 i_gp=286.30",
            "2210201 gp_b=458.72 i_gp=458.72",
        ],
        econ={
            "30101": "2186.40",
            "30102": "1164.30",
            "30103": "296.80",
            "30107": "2312.60",
            "30108": "612.40",
            "30109": "244.96",
            "30110": "286.30",
            "30112": "42.60",
            "30113": "458.72",
            "30302": "86.40",
            "30305": "12.80",
            "30201": "68.40",
            "30205": "24.60",
            "30206": "86.20",
            "30207": "12.40",
            "30211": "18.60",
            "30213": "46.80",
            "30217": "1.20",
            "30228": "62.30",
            "30231": "4.80",
            "30299": "70.20",
        },
        sangong_budget=("0", "0", "6.00", "2.00"),
        sangong=("0", "0", "4.80", "1.20"),
    )
)
BUILT = {doc["file"]: (doc, build(doc)) for doc in DOCS}


def _v(s: str) -> D:
    s = s.replace(",", "")
    return D(s) if s not in ("", "-") else D(0)


def _printed(t) -> list:
    """The table's rows as printed strings read back into numbers (a comparison column as None)."""
    keys = [k for _, k in t.cols]
    return [
        (c, n, [_v(t.fmt.cell(v)) if k and v is not None else None for k, v in zip(keys, vals, strict=True)])
        for c, n, vals in t.rows
    ]


def _two(t) -> tuple[dict, dict]:
    f = t.fmt
    left = {ll: _v(f.cell(lv)) for ll, lv, _, _ in t.rows if ll}
    right = {}
    for _, _, rl, rv in t.rows:
        if rl:
            right[rl] = [_v(f.cell(x)) for x in rv] if isinstance(rv, list) else _v(f.cell(rv))
    return left, right


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        final = doc["kind"] == "final_account"
        P = {k: _printed(T[k]) for k in ("INC", "EXP", "GB", "GBB", "GF") if T[k].rows}
        for k, rows in P.items():
            keys = [c for _, c in T[k].cols]
            own = [i for i, c in enumerate(keys) if c]
            tot_i, parts = own[0], own[1:]
            if k == "GBB":
                by = {c: n[tot_i] for c, _, n in rows if c}
                named = {n: v[tot_i] for c, n, v in rows if c is None}
                for c3 in [c for c in by if len(c) == 3]:
                    assert by[c3] == sum((by[c] for c in by if len(c) == 5 and c[:3] == c3), D(0)), (file, c3)
                assert named["合计"] == sum((by[c] for c in by if len(c) == 3), D(0)), file
                if doc.get("econ_block"):
                    assert named["人员经费合计"] == by["301"] + by.get("303", D(0)), file
                    assert named["合计"] == named["人员经费合计"] + named["公用经费合计"], file
                else:
                    for c, _, n in rows:
                        assert n[0] == (n[1] or 0) + (n[2] or 0), (file, c)
                continue
            for code, name, nums in rows:
                assert nums[tot_i] == sum((nums[i] or 0 for i in parts), D(0)), (file, k, code, name)
            by = {c: n for c, _, n in rows if c}
            for c in by:
                if len(c) == 7:
                    continue
                kids = [x for x in by if x.startswith(c) and len(x) == (len(c) + 2 if len(c) == 5 else 5)]
                if not kids or doc.get("no_kuan"):
                    kids = [x for x in by if x.startswith(c) and len(x) == 7]
                    assert doc.get("no_kuan") or len(c) == 5, (file, k, c)
                for i in own:
                    assert by[c][i] == sum((by[x][i] or 0 for x in kids), D(0)), (file, k, c, i)
            tot = next(n for c, _, n in rows if c is None)
            for i in own:
                assert tot[i] == sum((by[c][i] or 0 for c in by if len(c) == 3), D(0)), (file, k, i)
        total_of = {k: next(n for c, _, n in rows if c is None) for k, rows in P.items()}
        gb_off = 1 if doc.get("prior") else 0
        gbb_t = next(n for c, nm, n in P["GBB"] if nm == "合计")[0]
        assert total_of["GB"][gb_off + 1] == gbb_t, (file, "basic", total_of["GB"][gb_off + 1], gbb_t)
        left, right = _two(T["IES"])
        items = [v for lab, v in left.items() if "、" in lab]
        assert left["本年收入合计"] == sum(items, D(0)), file
        exp_t = total_of["EXP"]
        spent = right["本年支出合计"]
        assert spent == exp_t[0] == sum((v for lab, v in right.items() if "、" in lab), D(0)), file
        if final:
            assert left["本年收入合计"] == total_of["INC"][0], file
            assert left["年初结转和结余"] + left["本年收入合计"] - spent == right["年末结转和结余"], file
            assert left["总计"] == right["总计"], file
            assert right["年末结转和结余"] >= 0
            fl, fr = _two(T["FS"])
            assert (
                fl["年初财政拨款结转和结余"] + fl["本年收入合计"] - fr["本年支出合计"][0]
                == (fr["年末财政拨款结转和结余"][0])
            ), file
            for lab, v in fr.items():
                assert v[0] == v[1] + v[2] + v[3] and min(v) >= 0, (file, lab)
            assert fr["本年支出合计"][1] == total_of["GB"][0], file
            assert fl["总计"] == fr["总计"][0], file
            assert fl["一、一般公共预算财政拨款"] == left["一、一般公共预算财政拨款收入"], file
        else:
            assert left["本年收入合计"] + left["上年结转"] == total_of["INC"][0], file
            assert left["收入总计"] == right["支出总计"], file
            if doc.get("ies_kinds"):
                assert right["一、基本支出"] == exp_t[1] and right["二、项目支出"] == exp_t[2], file
            fl, fr = _two(T["FS"])
            assert fr["支出总计"][1] == total_of["GB"][gb_off], file
            assert fl["收入总计"] == fr["支出总计"][0], file
            for lab, v in fr.items():
                assert v[0] == v[1] + v[2] + v[3], (file, lab)
        if "GF" in P:
            gf_t = total_of["GF"][0]
            assert gf_t == (fr["本年支出合计"][2] if final else fr["支出总计"][2]), file
        sg = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0]]
        for b in range(0, len(sg), 6):
            t, o, car, p, r, j = sg[b : b + 6]
            assert t == o + car + j and car == p + r, (file, "三公")
        # the 三公 车 运行 actual is the 基本支出表's 30231, its 接待 the 30217
        assert sg[-2] == D(doc["econ"]["30231"]) and sg[-1] == D(doc["econ"]["30217"]), (file, "三公 vs 302")


_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=[expectations(T[k]) for k in KEYS],
        only_tables=[T[k].key for k in KEYS],
    )
