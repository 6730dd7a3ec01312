"""Expected readings of the rules_s31i inputs: ten WHOLE reports, five 部门预算 and five 部门决算, from provinces the
earlier sets did not use (湖北, 安徽, 贵州, 山西, 黑龙江 budgets; 福建, 河北, 江西, 青海, 西藏 final accounts; 2020–2025),
six as plain pdftotext text and four as pdftotext -layout (.layout.txt).

Shapes attacked, each in two documents or more: the 合计 row last (b1, b5, f3); tables listing 类 and 项 rows
only, no 款 (b3, f1, f4); code and name in one cell, "2010101行政运行" (b2, b4, f5); the 项目 header over three
lines (项目 / 功能分类科目编码 科目名称 / 类 款 项: f1, f2, f4); 预算数 printed under each of 合计 / 基本支出 /
项目支出 (b1, b4, b5); a budget 收支总表 whose expenditure side lists 基本支出 / 项目支出 (b1, b3); a 收入决算表
with 财政拨款收入 as 一般公共预算财政拨款 | 政府性基金预算财政拨款 (f2, f3, f5: f5's 政府性基金 column empty); a
支出决算表 with 上缴上级支出 / 经营支出 figures on one 项 (f1, f4); a 上年预算数 column in the 一般公共预算支出表
(b2, b4); the 三公 table with 预算数 / 决算数 as rows (f2, f5); the 基本支出表 as one list (人员经费合计, 301, 303,
公用经费合计, 302: b3, f1, f3); thousands separators in some tables only (b2, b4, b5, f4); a page break between
a table's title and its header (b3, b5, f2, f5).

The figures are typed below per report: its functional 项 leaves ("code key=value …"; budget keys
<source>_<b|p> with source co 上年结转 / gp 一般公共预算 / gf 政府性基金 / oth 其他收入 and b 基本 / p 项目; final
keys gp_b gp_p gf_b gf_p (fiscal spending), nf_b nf_p (other money), ru 上缴上级支出, op 经营支出, and the income
i_gp i_gf i_up i_biz i_op i_oth), the 一般公共预算 基本支出 by economic 款, the 三公 (出国, 购置, 运行, 接待), a
final's 年初结转和结余 (begin, of which fiscal begin_gp). s31i_lib.build sums every printed table from them, gen.py
prints those Table objects, the expectations are read from them (never from the parser's output).

_identities() (run at import) re-adds every printed table from its printed strings: row total = Σ parts, 类 = Σ
款 = Σ 项 (类 = Σ 项 where no 款 is printed), 合计 = Σ 类 per column, the economic table's 类 = Σ 款, 人员经费 +
公用经费 = 合计 (人员经费合计 = 301 + 303 in a one-list table), 一般公共预算 basic total = 基本支出表 合计, 收支总表
本年收入合计 = Σ income items and = 收入表 合计, its expenditure = 支出表 合计 (by 类 or by 基本 / 项目), 总计 both
sides equal, 年初 + 收入 − 支出 = 年末 (and per fund in the 财政拨款总表), 三公 合计 = 出国 + 车 + 接待, 车 = 购置 +
运行. So a typo fails at import.

Format as ../review_check.py. A value ending in "?" is a zero printed 0.00; a blank cell has no expectation;
上年预算数 (a comparison column) has none either: a figure loaded from it is SPURIOUS."""

from __future__ import annotations

from decimal import Decimal as D

from s31i_lib import Fmt, build, expectations

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
    out = {
        "SC": f"本单位{y}年度没有国有资本经营预算财政拨款支出，故本表为空。",
    }
    if not gf:
        out["GF"] = (
            f"本单位{y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空。"
        )
    return out


DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 湖北
DOCS.append(
    dict(
        file="b1_hubei_fancheng_swj_2024_budget.txt",
        note="plain 湖北2024 部门预算: 部门收支总表 whose expenditure side lists 一、基本支出 / 二、项目支出 / 三、事业单位"
        "经营支出 … (no 类), every coded table's 合计 row last, the 支出总表 and 一般公共预算支出表 printing 预算数 "
        "under each of 合计 / 基本支出 / 项目支出, 上年结转 and 其他收入 columns in the 收入总表",
        kind="budget",
        mode="plain",
        org="襄阳市樊城区商务局",
        year=2024,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        total_last=True,
        ies_kinds=True,
        sub=("EXP", "GB"),
        labels=[f"表{i}" for i in range(1, 10)],
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "oth"],
        empty=dict(
            GF="本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            SC="本部门2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        ),
        leaves=[
            "2011301 gp_b=486.52",
            "2011308 gp_p=120.00 co_p=30.00",
            "2160299 gp_p=85.00 oth_p=12.00",
            "2080501 gp_b=16.80",
            "2080505 gp_b=58.24",
            "2080506 gp_b=23.30",
            "2101101 gp_b=30.12",
            "2210201 gp_b=43.68",
        ],
        econ={
            "30101": "142.30",
            "30102": "96.40",
            "30103": "18.20",
            "30107": "88.60",
            "30108": "58.24",
            "30109": "23.30",
            "30110": "30.12",
            "30112": "3.10",
            "30113": "43.68",
            "30199": "4.50",
            "30302": "16.80",
            "30201": "12.60",
            "30205": "1.20",
            "30206": "6.80",
            "30207": "2.40",
            "30211": "8.50",
            "30213": "5.30",
            "30217": "2.80",
            "30228": "7.26",
            "30229": "3.60",
            "30231": "9.60",
            "30239": "38.40",
            "30299": "34.96",
        },
        sangong=("0", "0", "9.60", "2.80"),
    )
)

# ------------------------------------------------------------------------------------------------ b2 安徽
DOCS.append(
    dict(
        file="b2_anhui_jinghu_nyslj_2022_budget.layout.txt",
        note='layout 安徽2022 部门预算 (…预算总表 / …预算表 titles): code and name in one cell ("2130101行政运行", '
        '"30101基本工资") under 功能分类科目 / 经济分类科目, a 上年预算数 column before 合计 | 基本支出 | 项目支出 in the '
        "一般公共预算支出预算表, figures with thousands separators except the 基本支出表 and 三公 table, 政府性基金 "
        "(2120804) in its own table and the 财政拨款收支总表",
        kind="budget",
        mode="layout",
        org="芜湖市镜湖区农业农村水利局",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"GBB": Fmt(WAN, sep=False), "SG": Fmt(WAN, sep=False, zero="0.00")},
        glued=True,
        name_width=34,
        prior={
            "2130101": "1198.20",
            "2130108": "80.00",
            "2130135": "380.00",
            "2130504": "300.00",
            "2080502": "24.10",
            "2080505": "136.80",
            "2080506": "54.72",
            "2101101": "58.90",
            "2101102": "12.30",
            "2210201": "94.60",
        },
        labels=[f"{c}、" for c in "一二三四五六七八九"],
        label_inline=True,
        titles=dict(
            IES="部门收支预算总表",
            INC="部门收入预算总表",
            EXP="部门支出预算总表",
            FS="财政拨款收支预算总表",
            GB="一般公共预算支出预算表",
            GBB="一般公共预算基本支出预算表",
            SG="一般公共预算“三公”经费支出预算表",
            GF="政府性基金预算支出预算表",
            SC="国有资本经营预算支出预算表",
        ),
        inc_src=["gp", "gf"],
        empty=dict(SC="本部门2022年无国有资本经营预算支出，此表无数据。"),
        leaves=[
            "2130101 gp_b=1236.48",
            "2130108 gp_p=86.00",
            "2130135 gp_p=420.00",
            "2130504 gp_p=265.50",
            "2080502 gp_b=22.40",
            "2080505 gp_b=142.16",
            "2080506 gp_b=56.86",
            "2101101 gp_b=61.32",
            "2101102 gp_b=12.84",
            "2210201 gp_b=98.70",
            "2120804 gf_p=360.00",
        ],
        econ={
            "30101": "356.40",
            "30102": "412.60",
            "30103": "58.30",
            "30107": "228.50",
            "30108": "142.16",
            "30109": "56.86",
            "30110": "61.32",
            "30111": "12.84",
            "30112": "8.20",
            "30113": "98.70",
            "30199": "16.40",
            "30302": "22.40",
            "30305": "6.50",
            "30201": "18.40",
            "30205": "2.60",
            "30206": "12.30",
            "30207": "4.80",
            "30211": "16.20",
            "30213": "9.40",
            "30217": "3.20",
            "30228": "14.52",
            "30231": "12.80",
            "30239": "55.36",
        },
        sangong=("0", "0", "12.80", "3.20"),
    )
)

# ------------------------------------------------------------------------------------------------ b3 贵州
DOCS.append(
    dict(
        file="b3_guizhou_huichuan_lyj_2023_budget.txt",
        note="plain 贵州2023 部门预算: tables listing 类 and 项 rows only (no 款), 部门收支总表's expenditure side by "
        "基本支出 / 项目支出, the 一般公共预算基本支出表 as one list (人员经费合计, 301 …, 303 …, 公用经费合计, 302 …) "
        "with one 预算数 column, the 部门支出总表's title and unit line at the foot of a page and its header atop "
        "the next",
        kind="budget",
        mode="plain",
        org="遵义市汇川区林业局",
        year=2023,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        no_kuan=True,
        ies_kinds=True,
        econ_block=True,
        econ_head="预算数",
        title_break=("expenditure_by_function",),
        footer="第{n}页",
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        titles=dict(BUDGET_TITLES, GB="一般公共预算财政拨款支出表", GBB="一般公共预算财政拨款基本支出表"),
        inc_src=["co", "gp"],
        empty=dict(
            GF="本部门2023年无政府性基金预算拨款安排的支出，本表无数据。",
            SC="本部门2023年无国有资本经营预算拨款安排的支出，本表无数据。",
        ),
        leaves=[
            "2130201 gp_b=512.36",
            "2130207 gp_p=68.00",
            "2130211 gp_p=45.60",
            "2130234 gp_p=132.00 co_p=18.50",
            "2080505 gp_b=61.28",
            "2080506 gp_b=24.51",
            "2080801 gp_b=8.40",
            "2101101 gp_b=27.65",
            "2210201 gp_b=46.00",
        ],
        econ={
            "30101": "168.20",
            "30102": "124.80",
            "30103": "14.60",
            "30107": "92.40",
            "30108": "61.28",
            "30109": "24.51",
            "30110": "27.65",
            "30112": "3.42",
            "30113": "46.00",
            "30199": "5.80",
            "30304": "8.40",
            "30201": "9.80",
            "30205": "1.40",
            "30206": "4.60",
            "30207": "2.20",
            "30211": "12.40",
            "30213": "6.50",
            "30217": "1.80",
            "30228": "6.93",
            "30229": "3.20",
            "30231": "8.40",
            "30239": "45.91",
        },
        sangong=("0", "0", "8.40", "1.80"),
    )
)

# ------------------------------------------------------------------------------------------------ b4 山西
DOCS.append(
    dict(
        file="b4_shanxi_pingcheng_whlyj_2025_budget.txt",
        note='plain 山西2025 部门预算 in 元: code and name in one cell ("2070101行政运行"), 预算数 under each of '
        "合计 / 基本支出 / 项目支出 in the 部门支出总表, a 上年预算数 column in the 一般公共预算财政拨款支出表, thousands "
        "separators in the 收支总表, 收入总表 and 支出总表 only",
        kind="budget",
        mode="plain",
        org="大同市平城区文化和旅游局",
        year=2025,
        fmt=Fmt(YUAN, sep=False),
        fmts={
            "IES": Fmt(YUAN),
            "INC": Fmt(YUAN),
            "EXP": Fmt(YUAN),
            "SG": Fmt(YUAN, sep=False, zero="0.00"),
        },
        glued=True,
        sub=("EXP",),
        prior={
            "2070101": "3724800.00",
            "2070108": "800000.00",
            "2070111": "1000000.00",
            "2070112": "300000.00",
            "2080505": "452160.00",
            "2080506": "180864.00",
            "2101101": "206400.00",
            "2210201": "338900.00",
        },
        footer="- {n} -",
        labels=[f"表{i}" for i in range(1, 10)],
        titles=dict(
            IES="部门收支总表",
            INC="部门收入总表",
            EXP="部门支出总表",
            FS="财政拨款收支总表",
            GB="一般公共预算财政拨款支出表",
            GBB="一般公共预算财政拨款基本支出表",
            SG="一般公共预算财政拨款“三公”经费支出表",
            GF="政府性基金预算财政拨款支出表",
            SC="国有资本经营预算财政拨款支出表",
        ),
        inc_src=["gp", "oth"],
        empty=dict(
            GF="本部门2025年没有政府性基金预算财政拨款支出，故此表为空。",
            SC="本部门2025年没有国有资本经营预算财政拨款支出，故此表为空。",
        ),
        leaves=[
            "2070101 gp_b=3862450.00",
            "2070108 gp_p=850000.00",
            "2070111 gp_p=1200000.00 oth_p=150000.00",
            "2070112 gp_p=320000.00",
            "2080505 gp_b=468320.00",
            "2080506 gp_b=187328.00",
            "2101101 gp_b=214560.00",
            "2210201 gp_b=351240.00",
        ],
        econ={
            "30101": "1286400.00",
            "30102": "986520.00",
            "30103": "124600.00",
            "30107": "742300.00",
            "30108": "468320.00",
            "30109": "187328.00",
            "30110": "214560.00",
            "30112": "26840.00",
            "30113": "351240.00",
            "30199": "38600.00",
            "30305": "18600.00",
            "30201": "86400.00",
            "30205": "12600.00",
            "30206": "46800.00",
            "30207": "18200.00",
            "30211": "62400.00",
            "30213": "38600.00",
            "30217": "12000.00",
            "30228": "55380.00",
            "30229": "24800.00",
            "30231": "36000.00",
            "30239": "245410.00",
        },
        sangong=("0", "0", "36000.00", "12000.00"),
    )
)

# ------------------------------------------------------------------------------------------------ b5 黑龙江
DOCS.append(
    dict(
        file="b5_heilongjiang_nangang_rsj_2021_budget.layout.txt",
        note="layout 黑龙江2021 部门预算 (收支预算总表 …): every coded table's 合计 row last, 预算数 under each of 合计 / "
        "基本支出 / 项目支出 in the 支出预算总表 and 一般公共预算支出预算表, the latter's title and unit line at the foot "
        "of a page and its header atop the next, the 基本支出表 printed without thousands separators",
        kind="budget",
        mode="layout",
        org="哈尔滨市南岗区人力资源和社会保障局",
        year=2021,
        fmt=Fmt(WAN),
        fmts={"GBB": Fmt(WAN, sep=False), "SG": Fmt(WAN, zero="0.00")},
        total_last=True,
        sub=("EXP", "GB"),
        title_break=("general_budget_by_function",),
        name_width=32,
        footer="",
        labels=[f"表{i}" for i in range(1, 10)],
        titles=dict(
            IES="收支预算总表",
            INC="收入预算总表",
            EXP="支出预算总表",
            FS="财政拨款收支预算总表",
            GB="一般公共预算支出预算表",
            GBB="一般公共预算基本支出预算表",
            SG="一般公共预算“三公”经费支出预算表",
            GF="政府性基金预算支出预算表",
            SC="国有资本经营预算支出预算表",
        ),
        inc_src=["gp"],
        empty=dict(GF="本部门无政府性基金预算支出。", SC="本部门无国有资本经营预算支出。"),
        leaves=[
            "2080101 gp_b=1486.32",
            "2080109 gp_b=312.40 gp_p=46.00",
            "2080705 gp_p=1260.00",
            "2080501 gp_b=38.60",
            "2080505 gp_b=196.48",
            "2080506 gp_b=78.59",
            "2101101 gp_b=72.30",
            "2101102 gp_b=14.82",
            "2210201 gp_b=134.64",
        ],
        econ={
            "30101": "486.20",
            "30102": "568.40",
            "30103": "72.80",
            "30107": "316.50",
            "30108": "196.48",
            "30109": "78.59",
            "30110": "72.30",
            "30111": "14.82",
            "30112": "10.26",
            "30113": "134.64",
            "30199": "20.40",
            "30302": "38.60",
            "30305": "4.20",
            "30201": "42.30",
            "30205": "4.80",
            "30206": "22.60",
            "30207": "9.40",
            "30209": "36.00",
            "30211": "18.60",
            "30213": "14.20",
            "30217": "4.60",
            "30228": "25.12",
            "30229": "12.40",
            "30231": "14.40",
            "30239": "72.80",
            "30299": "42.74",
        },
        sangong=("0", "0", "14.40", "4.60"),
    )
)

# ------------------------------------------------------------------------------------------------ f1 福建
DOCS.append(
    dict(
        file="f1_fujian_jianyang_lyj_2022_final.txt",
        note="plain 福建2022 部门决算: tables listing 类 and 项 rows only (no 款), the 项目 header over three lines "
        "(项目 / 功能分类科目编码 科目名称 / 类 款 项), 上缴上级支出 and 经营支出 figures on 2130211 in the 支出决算表 "
        "(a unit's 经营收入 and 事业收入), the 基本支出决算表 as one list (人员经费合计 … 公用经费合计 …) with one "
        "决算数 column",
        kind="final_account",
        mode="plain",
        org="南平市建阳区林业局",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        no_kuan=True,
        header3=True,
        econ_block=True,
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        titles=FINAL_TITLES,
        empty=final_empty(2022, False),
        begin="58.20",
        begin_gp="36.80",
        leaves=[
            "2130201 gp_b=486.20 nf_b=32.40 i_gp=486.20 i_biz=32.40",
            "2130207 gp_p=126.50 i_gp=140.00",
            "2130211 gp_p=58.30 nf_p=20.00 ru=15.00 op=42.60 i_gp=58.30 i_biz=35.00 i_op=48.00",
            "2130234 gp_p=210.00 i_gp=210.00",
            "2080505 gp_b=58.96 i_gp=58.96",
            "2080506 gp_b=23.58 i_gp=23.58",
            "2101101 gp_b=26.74 i_gp=26.74",
            "2210201 gp_b=44.28 i_gp=44.28",
        ],
        econ={
            "30101": "176.40",
            "30102": "132.60",
            "30103": "16.80",
            "30107": "98.50",
            "30108": "58.96",
            "30109": "23.58",
            "30110": "26.74",
            "30112": "3.86",
            "30113": "44.28",
            "30199": "6.20",
            "30305": "2.40",
            "30201": "6.20",
            "30206": "3.80",
            "30207": "1.60",
            "30211": "8.40",
            "30213": "3.30",
            "30217": "1.20",
            "30228": "5.84",
            "30231": "6.50",
            "30299": "12.60",
        },
        sangong_budget=("0", "0", "7.00", "1.50"),
        sangong=("0", "0", "6.50", "1.20"),
    )
)

# ------------------------------------------------------------------------------------------------ f2 河北
DOCS.append(
    dict(
        file="f2_hebei_yunhe_nyncj_2023_final.layout.txt",
        note="layout 河北2023 部门决算: the 项目 header over three lines, the 收入决算表's 财政拨款收入 as 一般公共预算"
        "财政拨款 | 政府性基金预算财政拨款, the 三公 table with 预算数 / 决算数 as rows and the items as columns, the "
        "一般公共预算财政拨款支出决算表's title at the foot of a page and its header atop the next, 政府性基金 (2120804) "
        "in its own table",
        kind="final_account",
        mode="layout",
        org="沧州市运河区农业农村局",
        year=2023,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        header3=True,
        fiscal_split=True,
        sg_rows=True,
        title_break=("general_budget_by_function",),
        name_width=30,
        footer="第 {n} 页",
        labels=[f"表{i}" for i in range(1, 10)],
        titles=dict(FINAL_TITLES, GF="政府性基金预算财政拨款支出决算表"),
        empty=final_empty(2023, True),
        begin="30.80",
        begin_gp="24.60",
        leaves=[
            "2130101 gp_b=628.40 i_gp=628.40",
            "2130104 gp_b=186.20 nf_b=12.00 i_gp=186.20 i_biz=12.00",
            "2130108 gp_p=74.50 i_gp=80.00",
            "2130135 gp_p=312.00 i_gp=312.00",
            "2120804 gf_p=450.00 i_gf=450.00",
            "2080505 gp_b=84.32 i_gp=84.32",
            "2080506 gp_b=33.73 i_gp=33.73",
            "2101101 gp_b=29.18 i_gp=29.18",
            "2101102 gp_b=9.46 i_gp=9.46",
            "2210201 gp_b=62.10 i_gp=62.10",
        ],
        econ={
            "30101": "286.40",
            "30102": "214.60",
            "30103": "32.10",
            "30107": "168.30",
            "30108": "84.32",
            "30109": "33.73",
            "30110": "29.18",
            "30111": "9.46",
            "30112": "6.40",
            "30113": "62.10",
            "30199": "8.60",
            "30305": "3.60",
            "30201": "12.40",
            "30205": "1.80",
            "30206": "8.60",
            "30207": "3.20",
            "30211": "10.40",
            "30213": "6.80",
            "30217": "2.40",
            "30228": "9.30",
            "30231": "9.80",
            "30239": "29.90",
        },
        sangong_budget=("0", "0", "10.00", "3.00"),
        sangong=("0", "0", "9.80", "2.40"),
    )
)

# ------------------------------------------------------------------------------------------------ f3 江西
DOCS.append(
    dict(
        file="f3_jiangxi_zhanggong_wglj_2021_final.txt",
        note="plain 江西2021 部门决算: every coded table's 合计 row last, the 收入决算表's 财政拨款收入 as 一般公共预算"
        "财政拨款 | 政府性基金预算财政拨款 (2296003 彩票公益金 from 政府性基金), the 基本支出决算表 as one list "
        "(人员经费合计 … 公用经费合计 …, 合计 last) with one 决算数 column",
        kind="final_account",
        mode="plain",
        org="赣州市章贡区文化广电新闻出版旅游局",
        year=2021,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        total_last=True,
        fiscal_split=True,
        econ_block=True,
        footer="",
        labels=[f"附表{i}" for i in range(1, 10)],
        titles=dict(FINAL_TITLES, GF="政府性基金预算财政拨款支出决算表"),
        empty=final_empty(2021, True),
        begin="20.00",
        begin_gp="12.50",
        leaves=[
            "2070101 gp_b=562.30 i_gp=562.30",
            "2070108 gp_p=146.00 i_gp=150.00",
            "2070111 gp_p=88.40 nf_p=16.00 i_gp=88.40 i_oth=16.00",
            "2296003 gf_p=120.00 i_gf=120.00",
            "2080501 gp_b=18.90 i_gp=18.90",
            "2080505 gp_b=72.64 i_gp=72.64",
            "2080506 gp_b=29.06 i_gp=29.06",
            "2101101 gp_b=34.20 i_gp=34.20",
            "2210201 gp_b=53.40 i_gp=53.40",
        ],
        econ={
            "30101": "202.60",
            "30102": "148.30",
            "30103": "20.40",
            "30107": "116.80",
            "30108": "72.64",
            "30109": "29.06",
            "30110": "34.20",
            "30112": "4.36",
            "30113": "53.40",
            "30199": "6.80",
            "30302": "18.90",
            "30201": "8.60",
            "30205": "1.20",
            "30206": "5.40",
            "30207": "2.10",
            "30211": "6.80",
            "30213": "4.20",
            "30217": "1.60",
            "30228": "7.26",
            "30231": "4.80",
            "30299": "21.08",
        },
        sangong_budget=("0", "0", "5.00", "2.00"),
        sangong=("0", "0", "4.80", "1.60"),
    )
)

# ------------------------------------------------------------------------------------------------ f4 青海
DOCS.append(
    dict(
        file="f4_qinghai_chengzhong_zrzyj_2024_final.layout.txt",
        note="layout 青海2024 部门决算 in 元: tables listing 类 and 项 rows only (no 款), the 项目 header over three "
        "lines, 上缴上级支出 and 经营支出 figures on 2200109 (a surveying unit's 经营收入), thousands separators in "
        "the two 收支总表 and the 三公 table only",
        kind="final_account",
        mode="layout",
        org="西宁市城中区自然资源局",
        year=2024,
        fmt=Fmt(YUAN, sep=False),
        fmts={"IES": Fmt(YUAN), "FS": Fmt(YUAN), "SG": Fmt(YUAN, zero="0.00")},
        no_kuan=True,
        header3=True,
        name_width=28,
        footer="- {n} -",
        labels=[f"公开表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=final_empty(2024, False),
        begin="126500.00",
        begin_gp="48000.00",
        leaves=[
            "2200101 gp_b=2846320.50 i_gp=2846320.50",
            "2200106 gp_p=680000.00 i_gp=700000.00",
            "2200109 gp_p=425600.00 nf_p=86000.00 ru=120000.00 op=356400.00 i_gp=425600.00 i_biz=210000.00 "
            "i_op=380000.00",
            "2240601 gp_p=312000.00 i_gp=312000.00",
            "2080505 gp_b=312456.00 i_gp=312456.00",
            "2080506 gp_b=124982.40 i_gp=124982.40",
            "2101101 gp_b=146820.00 i_gp=146820.00",
            "2210201 gp_b=236410.00 i_gp=236410.00",
        ],
        econ={
            "30101": "986400.00",
            "30102": "742600.00",
            "30103": "96800.00",
            "30107": "612300.00",
            "30108": "312456.00",
            "30109": "124982.40",
            "30110": "146820.00",
            "30112": "18640.00",
            "30113": "236410.00",
            "30199": "32600.00",
            "30305": "12800.00",
            "30201": "46200.00",
            "30205": "6800.00",
            "30206": "28400.00",
            "30207": "12600.00",
            "30211": "52300.00",
            "30213": "24600.00",
            "30217": "8600.00",
            "30228": "32490.50",
            "30231": "38000.00",
            "30239": "94190.00",
        },
        sangong_budget=("0", "0", "40000.00", "10000.00"),
        sangong=("0", "0", "38000.00", "8600.00"),
    )
)

# ------------------------------------------------------------------------------------------------ f5 西藏
DOCS.append(
    dict(
        file="f5_xizang_chengguan_rsj_2020_final.txt",
        note='plain 西藏2020 部门决算: code and name in one cell ("2080101行政运行", "30101基本工资"), the '
        "收入决算表's 财政拨款收入 as 一般公共预算财政拨款 | 政府性基金预算财政拨款 (the latter empty), its title at the "
        "foot of a page and its header atop the next, the 三公 table with 预算数 / 决算数 as rows",
        kind="final_account",
        mode="plain",
        org="拉萨市城关区人力资源和社会保障局",
        year=2020,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        glued=True,
        fiscal_split=True,
        sg_rows=True,
        title_break=("income_by_function",),
        footer="第 {n} 页",
        labels=[f"表{c}" for c in "一二三四五六七八九"],
        titles=FINAL_TITLES,
        empty=final_empty(2020, False),
        begin="8.00",
        begin_gp="8.00",
        leaves=[
            "2080101 gp_b=426.80 i_gp=426.80",
            "2080109 gp_b=98.60 i_gp=98.60",
            "2080705 gp_p=386.00 i_gp=400.00",
            "2080505 gp_b=52.16 i_gp=52.16",
            "2080506 gp_b=20.86 i_gp=20.86",
            "2101101 gp_b=24.30 i_gp=24.30",
            "2210201 gp_b=38.40 i_gp=38.40",
            "2210203 gp_b=16.20 i_gp=16.20",
        ],
        econ={
            "30101": "186.40",
            "30102": "168.20",
            "30103": "18.60",
            "30107": "96.40",
            "30108": "52.16",
            "30109": "20.86",
            "30110": "24.30",
            "30112": "3.20",
            "30113": "38.40",
            "30199": "5.60",
            "30399": "16.20",
            "30201": "6.80",
            "30206": "3.60",
            "30207": "1.80",
            "30211": "9.40",
            "30213": "2.60",
            "30217": "1.40",
            "30228": "4.90",
            "30231": "5.20",
            "30299": "11.30",
        },
        sangong_budget=("0", "0", "6.00", "2.00"),
        sangong=("0", "0", "5.20", "1.40"),
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
