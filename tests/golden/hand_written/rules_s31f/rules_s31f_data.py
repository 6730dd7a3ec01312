"""Expected readings of the rules_s31f inputs: ten WHOLE reports, five 部门预算 / 单位预算 and five 部门决算 / 单位决算,
from provinces and templates rules_s31a / rules_s31b did not use (北京 部门收支总体情况表, 上海 部门财务收支预算总表 with
一般公共预算支出功能分类预算表 and 一般公共预算基本支出部门预算经济分类预算表, 新疆, 内蒙古, 吉林, 天津, 重庆, 广西, 海南,
宁夏; 2019–2025), six as plain pdftotext text and four as pdftotext -layout (.layout.txt).

The figures are typed below per report: its functional 项 leaves ("code key=value …"; budget keys
<source>_<b|p> with source co 上年结转 / gp 一般公共预算 / gf 政府性基金 / biz 事业收入 / oth 其他收入 and b 基本 / p 项目;
final keys gp_b gp_p (一般公共预算 spent), nf_b nf_p (spent from other money), i_gp i_biz i_oth i_up (income)), the
一般公共预算 基本支出 by economic 款, the 三公 (出国, 购置, 运行, 接待), a final's 年初结转和结余. s31f_lib.build sums
every printed table from them (类 = Σ 款 = Σ 项, 合计 = Σ 类), gen.py prints those very Table objects, and the
expectations below are read from them (never from the parser's output).

_identities() (run at import) re-adds every printed table from its printed strings: row total = Σ parts, 类 = Σ 款
= Σ 项, 合计 = Σ 类 per column, 人员经费 + 公用经费 = 合计 and each economic 类 = Σ 款, the 一般公共预算 basic total = the
基本支出表 合计, 收支总表 本年收入合计 = Σ income items and = the 收入表 合计, its 类 = the 支出表 类, 总计 both sides
equal, 年初结转 + 收入 − 支出 = 年末结转 (and per fund in the 财政拨款总表), 财政拨款总表 类 = 一般公共预算表 类 +
政府性基金表 类, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行. So a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables. A value ending in "?" is a zero printed as 0 / 0.00 / - (loading it as zero or not at all is fine); a
blank cell has no expectation (a figure loaded there is SPURIOUS). Comparison columns (上年执行数 / 上年决算数 /
增减额 / 增减率: vocabulary COMPARISON_COLUMNS) are not the report's own: no expectation, loaded = SPURIOUS."""

from __future__ import annotations

from decimal import Decimal as D

from s31f_lib import Fmt, Table, add_compare, build, expectations, prior_rollup

WAN, YUAN = "万元", "元"
BUDGET_KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]

DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 北京
DOCS.append(
    dict(
        file="b1_beijing_fengtai_sfj_2024_budget.txt",
        note="plain 北京2024 部门预算: 部门收支总体情况表 (income side nine lines, expenditure side five: the two sides "
        "of unequal length, 上年结转结余 / 结转下年 rows, blank zeros), 部门收入情况表 with a 上年结转 column and an 其他收入 "
        "column, 部门支出情况表 with the row 2040604 基层司法业务 split by a page break (code and name at the foot, figures "
        "at the top of the next page under the repeated title and header), names wrapped after 12 characters with "
        "the figures on the last line, 221 住房保障 a 类 with one 款 and one 项, 政府性基金 / 国有资本 empty in words",
        kind="budget",
        mode="plain",
        org="北京市丰台区司法局",
        year=2024,
        fmt=Fmt(WAN, zero=""),
        footer="第 {n} 页",
        wrap=(12, "last"),
        breaks={"expenditure_by_function": (4, True)},
        inc_src=["co", "gp", "oth"],
        labels=[f"表{i}" for i in range(1, 10)],
        titles=dict(
            IES="部门收支总体情况表",
            INC="部门收入情况表",
            EXP="部门支出情况表",
            FS="财政拨款收支总体情况表",
            GB="一般公共预算财政拨款支出情况表",
            GBB="一般公共预算财政拨款基本支出情况表",
            SG="一般公共预算“三公”经费财政拨款支出情况表",
            GF="政府性基金预算财政拨款支出情况表",
            SC="国有资本经营预算财政拨款支出情况表",
        ),
        empty=dict(
            GF="本部门2024年无政府性基金预算财政拨款支出，故本表为空。",
            SC="本部门2024年无国有资本经营预算财政拨款支出，故本表为空。",
        ),
        leaves=[
            "2040601 gp_b=1286.40",
            "2040604 gp_p=215.00 co_p=36.50 oth_p=20.00",
            "2040610 gp_p=88.60",
            "2080501 gp_b=42.18",
            "2080505 gp_b=152.30",
            "2080506 gp_b=60.92",
            "2101101 gp_b=78.45",
            "2101103 gp_b=24.30",
            "2210201 gp_b=114.20",
        ],
        econ={
            "30101": "312.60",
            "30102": "417.09",
            "30103": "46.20",
            "30107": "198.30",
            "30108": "152.30",
            "30109": "60.92",
            "30110": "78.45",
            "30111": "24.30",
            "30112": "6.80",
            "30113": "114.20",
            "30199": "12.40",
            "30201": "28.60",
            "30205": "3.20",
            "30206": "14.80",
            "30207": "6.30",
            "30211": "12.50",
            "30213": "18.40",
            "30217": "3.60",
            "30226": "45.20",
            "30228": "22.36",
            "30229": "10.20",
            "30231": "16.80",
            "30239": "64.30",
            "30299": "38.15",
            "30302": "42.18",
            "30305": "8.60",
        },
        sangong=("0", "0", "16.80", "3.60"),
    )
)

# ------------------------------------------------------------------------------------------------ b2 上海
DOCS.append(
    dict(
        file="b2_shanghai_changning_dag_2023_unit_budget.layout.txt",
        note="layout 上海2023 单位预算 of an archive whose spending is all 基本支出 (项目支出 column printed but empty "
        "throughout), 上海 titles (部门财务收支预算总表, 部门收入预算总表, 部门支出预算总表, 财政拨款收支预算总表, "
        "一般公共预算支出功能分类预算表, 一般公共预算基本支出部门预算经济分类预算表), 事业收入 beside 一般公共预算, "
        "blank zeros in the main tables but the 三公 table all zeros printed 0, 221 one 款 one 项",
        kind="budget",
        mode="layout",
        org="上海市长宁区档案馆",
        year=2023,
        fmt=Fmt(WAN, zero=""),
        fmts={"SG": Fmt(WAN, zero="0")},
        org_line="单位名称：{org}",
        unit_word="单位：{u}",
        footer="",
        wrap=(0, "last"),
        name_width=36,
        inc_src=["gp", "biz"],
        labels=[""] * 9,
        titles=dict(
            IES="2023年部门财务收支预算总表",
            INC="2023年部门收入预算总表",
            EXP="2023年部门支出预算总表",
            FS="2023年财政拨款收支预算总表",
            GB="2023年一般公共预算支出功能分类预算表",
            GBB="2023年一般公共预算基本支出部门预算经济分类预算表",
            SG="2023年一般公共预算“三公”经费支出预算表",
            GF="2023年政府性基金预算支出功能分类预算表",
            SC="2023年国有资本经营预算支出功能分类预算表",
        ),
        empty=dict(GF="本单位无政府性基金预算支出。", SC="本单位无国有资本经营预算支出。"),
        leaves=[
            "2012604 gp_b=386.52 biz_b=12.00",
            "2080502 gp_b=18.40",
            "2080505 gp_b=48.36",
            "2080506 gp_b=19.34",
            "2101102 gp_b=26.88",
            "2210201 gp_b=36.72",
        ],
        econ={
            "30101": "98.40",
            "30102": "36.20",
            "30103": "33.80",
            "30107": "142.60",
            "30108": "48.36",
            "30109": "19.34",
            "30110": "26.88",
            "30112": "3.20",
            "30113": "36.72",
            "30199": "8.50",
            "30201": "12.40",
            "30205": "1.80",
            "30206": "9.60",
            "30207": "2.40",
            "30211": "1.20",
            "30213": "8.60",
            "30228": "6.12",
            "30229": "2.80",
            "30299": "18.90",
            "30302": "18.40",
        },
        sangong=("0", "0", "0", "0"),
    )
)

# ------------------------------------------------------------------------------------------------ b3 新疆
DOCS.append(
    dict(
        file="b3_xinjiang_shuimogou_slj_2025_budget.layout.txt",
        note="layout 新疆2025 部门预算: 部门支出总表 and 一般公共预算支出表 print 2024年执行数 | 合计 基本支出 项目支出 | "
        "增减额 | 增减率 (negative changes -24.00, -60.00); codes under 类 | 款 | 项 columns, the 款 and 项 rows printing "
        "only their own two digits; 政府性基金 (2120803) in its own table and the 财政拨款总表; 221 one 款 one 项",
        kind="budget",
        mode="layout",
        org="乌鲁木齐市水磨沟区水利局",
        year=2025,
        fmt=Fmt(WAN, zero=""),
        footer="- {n} -",
        split_codes=True,
        wrap=(0, "last"),
        name_width=30,
        inc_src=["gp", "gf"],
        labels=[f"表{c}" for c in "一二三四五六七八九"],
        titles=dict(
            IES="部门收支总表",
            INC="部门收入总表",
            EXP="部门支出总表",
            FS="财政拨款收支总表",
            GB="一般公共预算支出表",
            GBB="一般公共预算基本支出表",
            SG="一般公共预算“三公”经费支出表",
            GF="政府性基金预算支出表",
            SC="国有资本经营预算支出表",
        ),
        empty=dict(GF="", SC="本部门2025年无国有资本经营预算支出，此表无数据。"),
        compare={
            "EXP": "2024年执行数",
            "GB": "2024年执行数",
        },
        prior={
            "EXP": {
                "2130301": "598.20",
                "2130306": "210.00",
                "2130311": "40.00",
                "2080505": "70.12",
                "2080506": "28.05",
                "2101101": "35.90",
                "2210201": "52.80",
                "2120803": "480.00",
            },
            "GB": {
                "2130301": "598.20",
                "2130306": "210.00",
                "2130311": "40.00",
                "2080505": "70.12",
                "2080506": "28.05",
                "2101101": "35.90",
                "2210201": "52.80",
            },
        },
        leaves=[
            "2130301 gp_b=612.84",
            "2130306 gp_p=186.00",
            "2130311 gp_p=45.50",
            "2080505 gp_b=72.16",
            "2080506 gp_b=28.86",
            "2101101 gp_b=36.40",
            "2210201 gp_b=54.12",
            "2120803 gf_p=420.00",
        ],
        econ={
            "30101": "186.20",
            "30102": "142.60",
            "30103": "22.40",
            "30107": "96.30",
            "30108": "72.16",
            "30109": "28.86",
            "30110": "36.40",
            "30112": "4.10",
            "30113": "54.12",
            "30199": "6.50",
            "30201": "18.60",
            "30205": "2.10",
            "30206": "8.40",
            "30207": "3.20",
            "30211": "14.80",
            "30213": "12.00",
            "30217": "2.40",
            "30228": "10.82",
            "30229": "5.40",
            "30231": "12.60",
            "30239": "38.50",
            "30299": "21.32",
            "30305": "4.60",
        },
        sangong=("0", "0", "12.60", "2.40"),
    )
)

# ------------------------------------------------------------------------------------------------ b4 内蒙古
DOCS.append(
    dict(
        file="b4_neimenggu_saihan_nmj_2021_budget.txt",
        note="plain 内蒙古2021 部门预算 in 元 printed as integers without decimals or separators (4862350), every zero "
        "cell printed '-' (收支总表, 收入表, 支出表 …), 上年结转 column and row (320000), 事业收入; names wrapped after "
        "10 characters with the figures on the first line; 221 one 款 one 项 (three identical rows)",
        kind="budget",
        mode="plain",
        org="呼和浩特市赛罕区农牧局",
        year=2021,
        fmt=Fmt(YUAN, sep=False, places=0, zero="-"),
        footer="{n}",
        wrap=(10, "first"),
        inc_src=["co", "gp", "biz"],
        labels=[f"表{i}" for i in range(1, 10)],
        titles=dict(
            IES="收支总表",
            INC="收入总表",
            EXP="支出总表",
            FS="财政拨款收支总表",
            GB="一般公共预算支出表",
            GBB="一般公共预算基本支出表",
            SG="一般公共预算“三公”经费支出表",
            GF="政府性基金预算支出表",
            SC="国有资本经营预算支出表",
        ),
        empty=dict(
            GF="呼和浩特市赛罕区农牧局2021年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            SC="呼和浩特市赛罕区农牧局2021年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        ),
        leaves=[
            "2130101 gp_b=4862350",
            "2130104 gp_b=1524680 biz_b=86000",
            "2130108 gp_p=680000",
            "2130122 gp_p=1250000 co_p=320000",
            "2080505 gp_b=625184",
            "2080506 gp_b=250074",
            "2101101 gp_b=186420",
            "2101102 gp_b=98650",
            "2210201 gp_b=468900",
        ],
        econ={
            "30101": "1862400",
            "30102": "1124600",
            "30103": "186000",
            "30107": "1386500",
            "30108": "625184",
            "30109": "250074",
            "30110": "285070",
            "30112": "42600",
            "30113": "468900",
            "30199": "56800",
            "30201": "126000",
            "30205": "18600",
            "30206": "86400",
            "30207": "32000",
            "30211": "148000",
            "30213": "96000",
            "30217": "24000",
            "30228": "84260",
            "30229": "42000",
            "30231": "86000",
            "30239": "320400",
            "30299": "168500",
            "30302": "412370",
            "30305": "83600",
        },
        sangong=("0", "0", "86000", "24000"),
    )
)

# ------------------------------------------------------------------------------------------------ b5 吉林
DOCS.append(
    dict(
        file="b5_jilin_nanguan_cdc_2019_unit_budget.txt",
        note="plain 吉林2019 单位预算 of a 疾控中心: codes under 类 | 款 | 项 columns in plain text (the 款 and 项 rows "
        "print only their two digits: '04 公共卫生', '01 疾病预防控制机构'), every zero printed 0.00, the 支出表's row "
        "2080506 split by a page break with NO repeated header (figures alone at the top of the next page), names "
        "wrapped after 12 characters with the figures on the first line, 事业收入",
        kind="budget",
        mode="plain",
        org="长春市南关区疾病预防控制中心",
        year=2019,
        fmt=Fmt(WAN, zero="0.00"),
        footer="- {n} -",
        split_codes=True,
        wrap=(12, "first"),
        breaks={"expenditure_by_function": (5, False)},
        inc_src=["gp", "biz"],
        labels=[f"附表{i}" for i in range(1, 10)],
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
        empty=dict(GF="本单位无此项。", SC="本单位无此项。"),
        leaves=[
            "2100401 gp_b=742.36 gp_p=85.00 biz_b=46.20",
            "2100408 gp_p=126.80",
            "2080502 gp_b=38.64",
            "2080505 gp_b=88.20",
            "2080506 gp_b=35.28",
            "2101102 gp_b=41.52",
            "2210201 gp_b=66.15",
        ],
        econ={
            "30101": "168.40",
            "30102": "62.30",
            "30107": "286.50",
            "30108": "88.20",
            "30109": "35.28",
            "30110": "41.52",
            "30112": "3.60",
            "30113": "66.15",
            "30199": "12.80",
            "30201": "18.20",
            "30202": "6.40",
            "30205": "3.60",
            "30206": "22.80",
            "30207": "4.80",
            "30211": "9.60",
            "30213": "16.50",
            "30217": "1.20",
            "30228": "9.72",
            "30231": "6.80",
            "30239": "42.60",
            "30299": "56.54",
            "30302": "38.64",
            "30305": "10.00",
        },
        sangong=("0", "0", "6.80", "1.20"),
    )
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

# ------------------------------------------------------------------------------------------------ f1 天津
DOCS.append(
    dict(
        file="f1_tianjin_hebei_yjglj_2022_final.txt",
        note="plain 天津2022 部门决算: 收入支出决算总表 with the income side's twelve lines against the expenditure side's "
        "eight (年初结转和结余 45.00 / 年末结转和结余 16.70), zeros printed 0.00 in the two summaries and blank in the "
        "coded tables; a negative actual '-12.50' (2101103 公务员医疗补助 收回, in 收入 / 支出 / 一般公共预算 tables "
        "and 30111 of the 基本支出表); the 支出决算表 row 2080505 split by a page break under a repeated header",
        kind="final_account",
        mode="plain",
        org="天津市河北区应急管理局",
        year=2022,
        fmt=Fmt(WAN, zero=""),
        fmts={"IES": Fmt(WAN, zero="0.00"), "FS": Fmt(WAN, zero="0.00")},
        footer="- {n} -",
        wrap=(14, "last"),
        breaks={"expenditure_by_function": (3, True)},
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=dict(
            GF="本部门2022年度无政府性基金预算财政拨款收支，故本表为空。",
            SC="本部门2022年度无国有资本经营预算财政拨款支出，故本表为空。",
        ),
        begin="45.00",
        leaves=[
            "2240101 gp_b=1126.48 i_gp=1126.48",
            "2240106 gp_p=268.30 i_gp=240.00",
            "2080505 gp_b=118.62 i_gp=118.62",
            "2080506 gp_b=47.45 i_gp=47.45",
            "2101101 gp_b=56.30 i_gp=56.30",
            "2101103 gp_b=-12.50 i_gp=-12.50",
            "2210201 gp_b=89.70 i_gp=89.70",
        ],
        econ={
            "30101": "286.40",
            "30102": "312.80",
            "30103": "38.60",
            "30107": "224.50",
            "30108": "118.62",
            "30109": "47.45",
            "30110": "56.30",
            "30111": "-12.50",
            "30112": "4.60",
            "30113": "89.70",
            "30199": "9.80",
            "30201": "26.40",
            "30205": "2.80",
            "30206": "16.20",
            "30207": "5.60",
            "30211": "12.30",
            "30213": "14.60",
            "30215": "3.20",
            "30216": "6.80",
            "30217": "2.38",
            "30228": "17.35",
            "30229": "8.60",
            "30231": "15.62",
            "30239": "58.40",
            "30299": "42.08",
            "30305": "17.45",
        },
        sangong_budget=("0", "0", "18.00", "5.00"),
        sangong=("0", "0", "15.62", "2.38"),
    )
)

# ------------------------------------------------------------------------------------------------ f2 重庆
DOCS.append(
    dict(
        file="f2_chongqing_nanan_wlw_2023_final.layout.txt",
        note="layout 重庆2023 部门决算: zeros printed as a bare 0 in the two summaries and the 三公 table, blank in the "
        "coded tables; 其他收入 of 40.00 spent as 项目支出 outside the 财政拨款; 年初结转和结余 22.80 / 年末 40.20; long "
        "names wrapped after 13 characters with the figures on the last line; 221 one 款 one 项",
        kind="final_account",
        mode="layout",
        org="重庆市南岸区文化旅游委员会",
        year=2023,
        fmt=Fmt(WAN, zero=""),
        fmts={"IES": Fmt(WAN, zero="0"), "FS": Fmt(WAN, zero="0"), "SG": Fmt(WAN, zero="0")},
        footer="{n}",
        wrap=(13, "last"),
        name_width=28,
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=dict(
            GF="注：本部门2023年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。",
            SC="注：本部门2023年度无国有资本经营预算财政拨款支出，故本表无数据。",
        ),
        begin="22.80",
        leaves=[
            "2070101 gp_b=856.24 i_gp=856.24",
            "2070109 gp_p=312.60 i_gp=330.00",
            "2070199 gp_p=146.00 nf_p=40.00 i_gp=146.00 i_oth=40.00",
            "2070308 gp_p=88.50 i_gp=88.50",
            "2080505 gp_b=96.40 i_gp=96.40",
            "2080506 gp_b=38.56 i_gp=38.56",
            "2101101 gp_b=44.28 i_gp=44.28",
            "2210201 gp_b=72.30 i_gp=72.30",
        ],
        econ={
            "30101": "212.60",
            "30102": "186.40",
            "30103": "26.80",
            "30107": "168.90",
            "30108": "96.40",
            "30109": "38.56",
            "30110": "44.28",
            "30112": "3.20",
            "30113": "72.30",
            "30199": "8.60",
            "30201": "22.40",
            "30205": "2.60",
            "30206": "18.40",
            "30207": "4.20",
            "30211": "10.80",
            "30213": "12.60",
            "30217": "2.14",
            "30226": "36.00",
            "30228": "13.18",
            "30229": "6.40",
            "30231": "7.86",
            "30239": "48.20",
            "30299": "38.96",
            "31002": "26.00",
        },
        sangong_budget=("0", "0", "9.00", "4.00"),
        sangong=("0", "0", "7.86", "2.14"),
    )
)

# ------------------------------------------------------------------------------------------------ f3 广西
DOCS.append(
    dict(
        file="f3_guangxi_qingxiu_jgswzx_2020_unit_final.txt",
        note="plain 广西2020 单位决算 in 元 (separators, decimals) of a service centre whose spending is all 基本支出 "
        "(项目支出 blank in every row, 年初 and 年末结转 0.00), 事业收入 120,000.00 beside 财政拨款; zeros 0.00 in the "
        "summaries, blank in the coded tables; names wrapped after 11 characters with the figures on the first line; "
        "三公 only 接待",
        kind="final_account",
        mode="plain",
        org="南宁市青秀区机关事务服务中心",
        year=2020,
        fmt=Fmt(YUAN, zero=""),
        fmts={"IES": Fmt(YUAN, zero="0.00"), "FS": Fmt(YUAN, zero="0.00"), "SG": Fmt(YUAN, zero="0.00")},
        footer="— {n} —",
        wrap=(11, "first"),
        labels=[f"附件{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        org_line="单位名称：{org}",
        empty=dict(
            GF="本单位2020年度无政府性基金预算财政拨款收支。",
            SC="本单位2020年度无国有资本经营预算财政拨款支出。",
        ),
        begin="0",
        leaves=[
            "2010350 gp_b=2864315.62 i_gp=2864315.62 nf_b=120000.00 i_biz=120000.00",
            "2080502 gp_b=156480.00 i_gp=156480.00",
            "2080505 gp_b=318624.48 i_gp=318624.48",
            "2080506 gp_b=127449.79 i_gp=127449.79",
            "2101102 gp_b=142086.30 i_gp=142086.30",
            "2210201 gp_b=239436.00 i_gp=239436.00",
        ],
        econ={
            "30101": "726480.00",
            "30102": "412360.00",
            "30103": "86200.00",
            "30107": "968540.00",
            "30108": "318624.48",
            "30109": "127449.79",
            "30110": "142086.30",
            "30112": "12860.00",
            "30113": "239436.00",
            "30199": "24600.00",
            "30201": "86420.00",
            "30205": "12600.00",
            "30206": "96800.00",
            "30207": "18400.00",
            "30211": "24650.00",
            "30213": "68200.00",
            "30217": "8460.00",
            "30226": "126000.00",
            "30228": "48215.42",
            "30229": "24000.00",
            "30299": "112530.20",
            "30302": "156480.00",
            "30305": "7000.00",
        },
        sangong_budget=("0", "0", "0", "12000.00"),
        sangong=("0", "0", "0", "8460.00"),
    )
)

# ------------------------------------------------------------------------------------------------ f4 海南
DOCS.append(
    dict(
        file="f4_hainan_meilan_mzj_2024_final.layout.txt",
        note="layout 海南2024 部门决算: codes under 类 | 款 | 项 columns (款 and 项 rows print their two digits only), a "
        "negative actual printed in parentheses '(6.80)' (2080801 死亡抚恤 收回, in 收入 / 支出 / 一般公共预算 tables "
        "and 30304 of the 基本支出表), 年初结转和结余 60.00 / 年末 93.80, names wrapped after 12 characters with the "
        "figures on the first line, zeros blank everywhere but the 三公 table (0.00)",
        kind="final_account",
        mode="layout",
        org="海口市美兰区民政局",
        year=2024,
        fmt=Fmt(WAN, zero="", neg="()"),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        footer="第{n}页",
        split_codes=True,
        wrap=(12, "first"),
        name_width=26,
        labels=[f"公开表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=dict(
            GF="本部门2024年度无政府性基金预算财政拨款收入支出。",
            SC="本部门2024年度无国有资本经营预算财政拨款支出。",
        ),
        begin="60.00",
        leaves=[
            "2080201 gp_b=945.36 i_gp=945.36",
            "2080208 gp_p=268.00 i_gp=268.00",
            "2081002 gp_p=1486.20 i_gp=1520.00",
            "2081004 gp_p=96.00 i_gp=96.00",
            "2080505 gp_b=102.54 i_gp=102.54",
            "2080506 gp_b=41.02 i_gp=41.02",
            "2080801 gp_b=-6.80 i_gp=-6.80",
            "2101101 gp_b=48.60 i_gp=48.60",
            "2210201 gp_b=76.90 i_gp=76.90",
        ],
        econ={
            "30101": "236.80",
            "30102": "198.60",
            "30103": "30.20",
            "30107": "186.40",
            "30108": "102.54",
            "30109": "41.02",
            "30110": "48.60",
            "30112": "4.30",
            "30113": "76.90",
            "30199": "10.60",
            "30201": "24.60",
            "30205": "3.20",
            "30206": "18.60",
            "30207": "6.40",
            "30211": "16.80",
            "30213": "14.20",
            "30217": "1.55",
            "30228": "14.76",
            "30229": "7.20",
            "30231": "10.45",
            "30239": "52.80",
            "30299": "46.32",
            "30304": "-6.80",
            "30305": "61.58",
        },
        sangong_budget=("0", "0", "12.00", "3.00"),
        sangong=("0", "0", "10.45", "1.55"),
    )
)

# ------------------------------------------------------------------------------------------------ f5 宁夏
DOCS.append(
    dict(
        file="f5_ningxia_xingqing_jyj_2025_final.txt",
        note="plain 宁夏2025 部门决算 (published 2026) of an education bureau, figures over a thousand with separators: "
        "the 一般公共预算财政拨款支出决算表 prints 上年决算数 | 小计 基本支出 项目支出 | 增减额 | 增减率 (comparison columns, "
        "one negative change); every zero printed 0.00; the 支出决算表 row 2050203 split by a page break with NO "
        "repeated header; 事业收入 85.00 spent as 项目支出; 年初结转和结余 120.00 / 年末 59.04",
        kind="final_account",
        mode="plain",
        org="银川市兴庆区教育局",
        year=2025,
        fmt=Fmt(WAN, zero="0.00"),
        footer="- {n} -",
        wrap=(0, "last"),
        breaks={"expenditure_by_function": (6, False)},
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        empty=dict(
            GF="本部门2025年度无政府性基金预算财政拨款收入支出，故本表无数据。",
            SC="本部门2025年度无国有资本经营预算财政拨款支出，故本表无数据。",
        ),
        compare={"GB": "上年决算数"},
        prior={
            "GB": {
                "2050101": "472.60",
                "2050202": "9518.40",
                "2050203": "6310.25",
                "2080505": "1520.36",
                "2080506": "608.14",
                "2101102": "668.90",
                "2210201": "1142.80",
            }
        },
        begin="120.00",
        leaves=[
            "2050101 gp_b=486.30 i_gp=486.30",
            "2050202 gp_b=8642.15 gp_p=1260.00 nf_p=85.00 i_gp=9902.15 i_biz=85.00",
            "2050203 gp_b=5318.46 gp_p=842.50 i_gp=6100.00",
            "2080505 gp_b=1562.88 i_gp=1562.88",
            "2080506 gp_b=625.15 i_gp=625.15",
            "2101102 gp_b=682.40 i_gp=682.40",
            "2210201 gp_b=1174.32 i_gp=1174.32",
        ],
        econ={
            "30101": "4286.40",
            "30102": "1862.50",
            "30103": "512.60",
            "30107": "4968.30",
            "30108": "1562.88",
            "30109": "625.15",
            "30110": "682.40",
            "30112": "86.20",
            "30113": "1174.32",
            "30199": "146.80",
            "30201": "186.40",
            "30205": "142.60",
            "30206": "468.20",
            "30207": "36.80",
            "30211": "42.50",
            "30213": "312.40",
            "30217": "0.80",
            "30228": "236.45",
            "30229": "98.60",
            "30231": "6.50",
            "30239": "126.00",
            "30299": "486.30",
            "30305": "186.56",
            "30309": "254.00",
        },
        sangong_budget=("0", "0", "8.00", "2.00"),
        sangong=("0", "0", "6.50", "0.80"),
    )
)


# ------------------------------------------------------------------------------------------------ built tables


def built(doc: dict) -> dict[str, Table]:
    tables = build(doc)
    for k, f in doc.get("fmts", {}).items():
        tables[k].fmt = f
    for k, label in doc.get("compare", {}).items():
        add_compare(tables[k], prior_rollup(doc["prior"][k]), label)
    return tables


BUILT = {doc["file"]: (doc, built(doc)) for doc in DOCS}


def _v(s: str) -> D:
    s = s.replace(",", "")
    if s.startswith("(") and s.endswith(")"):
        s = "-" + s[1:-1]
    return D(s) if s not in ("", "-") else D(0)


def _printed(t: Table) -> list:
    """The table's rows as printed strings read back into numbers."""
    out = []
    for code, name, vals in t.rows:
        nums = [None if isinstance(v, str) else (_v(t.fmt.cell(v)) if v is not None else None) for v in vals]
        out.append((code, name, nums))
    return out


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        coded = {k: _printed(T[k]) for k in ("INC", "EXP", "GB", "GBB") if T[k].rows}
        for k, rows in coded.items():
            keys = [c for _, c in T[k].cols]
            own = [i for i, c in enumerate(keys) if c]
            tot_i = own[0]
            parts = own[1:]
            if k == "INC" and doc["kind"] == "budget":
                parts = own[1:]
            for code, name, nums in rows:
                assert nums[tot_i] == sum((nums[i] or 0 for i in parts), D(0)), (file, k, code, name)
            if k == "GBB":
                by = {c: n for c, _, n in rows if c}
                for c3 in {c for c in by if len(c) == 3}:
                    s = sum((by[c][0] for c in by if len(c) == 5 and c[:3] == c3), D(0))
                    assert by[c3][0] == s, (file, c3)
                assert rows[0][2][0] == sum((by[c][0] for c in by if len(c) == 3), D(0)), file
                continue
            by = {c: n for c, _, n in rows if c}
            for c in by:
                kids = [x for x in by if len(x) == len(c) + 2 and x.startswith(c)]
                if len(c) < 7:
                    for i in own:
                        assert by[c][i] == sum((by[x][i] or 0 for x in kids), D(0)), (file, k, c, i)
            tot = next(n for c, _, n in rows if c is None)
            for i in own:
                assert tot[i] == sum((by[c][i] or 0 for c in by if len(c) == 3), D(0)), (file, k, i)
        exp_t = next(n for c, _, n in coded["EXP"] if c is None)
        gb_t = next(n for c, _, n in coded["GB"] if c is None)
        off = 1 if "GB" in doc.get("compare", {}) else 0
        offe = 1 if "EXP" in doc.get("compare", {}) else 0
        assert gb_t[off + 1] == coded["GBB"][0][2][0], (file, "basic", gb_t[off + 1], coded["GBB"][0][2][0])
        # 收支总表
        f = T["IES"].fmt
        left = {ll: _v(f.cell(lv)) for ll, lv, _, _ in T["IES"].rows if ll}
        right = [(rl, _v(f.cell(rv))) for _, _, rl, rv in T["IES"].rows if rl]
        items = [v for lab, v in left.items() if "、" in lab]
        inc_label = "本年收入合计"
        assert left[inc_label] == sum(items, D(0)), file
        inc_t = next(n for c, _, n in coded["INC"] if c is None)
        assert (
            left[inc_label] + (left.get("上年结转结余", 0) if doc["kind"] == "budget" else 0) == inc_t[0]
        ), file
        cls = [v for lab, v in right if "、" in lab]
        assert sum(cls, D(0)) == exp_t[offe], (file, "classes")
        spent = dict(right)["本年支出合计"]
        assert spent == exp_t[offe], file
        if doc["kind"] == "final_account":
            end = dict(right)["年末结转和结余"]
            assert left["年初结转和结余"] + left[inc_label] - spent == end, file
            assert left["总计"] == dict(right)["总计"], file
            fl = {ll: _v(T["FS"].fmt.cell(lv)) for ll, lv, _, _ in T["FS"].rows if ll}
            fr = {rl: [_v(T["FS"].fmt.cell(x)) for x in rv] for _, _, rl, rv in T["FS"].rows if rl}
            assert (
                fl["年初财政拨款结转和结余"] + fl["本年收入合计"] - fr["本年支出合计"][0]
                == fr["年末财政拨款结转和结余"][0]
            )
            assert fr["本年支出合计"][1] == gb_t[off], file
            assert fl["总计"] == fr["总计"][0], file
            nf_inc = left["五、事业收入"] + left["八、其他收入"] + left["四、上级补助收入"]
            assert nf_inc == spent - fr["本年支出合计"][0], (file, "non-fiscal money all spent")
        else:
            assert left["收入总计"] == dict(right)["支出总计"], file
            fr = {rl: [_v(T["FS"].fmt.cell(x)) for x in rv] for _, _, rl, rv in T["FS"].rows if rl}
            assert fr["支出总计"][1] == gb_t[off], file
            for rl, v in fr.items():
                assert v[0] == v[1] + v[2] + v[3], (file, rl)
        # 三公
        sg = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0]]
        for b in range(0, len(sg), 6):
            t, o, car, p, r, j = sg[b : b + 6]
            assert t == o + car + j and car == p + r, (file, "三公")


_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=[expectations(T[k]) for k in BUDGET_KEYS],
        only_tables=[T[k].key for k in BUDGET_KEYS],
    )
