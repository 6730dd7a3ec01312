"""Expected readings of the rules_s32c inputs: seven WHOLE reports drawn as multi-page PDFs (four 部门预算, three
部门决算; province-years no earlier set used: 吉林2023, 江西2022, 青海2023, 甘肃2024 budgets; 内蒙古2023, 黑龙江2024,
海南2023 final accounts), each a cover, a 目录, a 说明 with figures, its tables and a 名词解释 (gen.py draws them).

Shapes attacked (thin or absent in rules_s27*…s31*; the note of each input says which it carries):
- header cells spanning two or three rows under merged group cells: 基本支出 over [小计 |] 人员经费 | 公用经费 in the
  部门支出总表 and the 一般公共预算支出表 (小计 in B1, B4; under a 'YYYY年预算数' group: three rows; B1, B2, B4), 本年支出 over 合计 |
  基本支出 (人员经费 | 公用经费) | 项目支出 (B3), a final's 一般公共预算财政拨款收入支出决算表 with 本年支出 over 小计 |
  基本支出 (人员经费 | 公用经费) | 项目支出 between 年初 and 年末结转和结余 (F1, F2), a “三公”经费预算数 group over its
  items over 小计 | 购置 | 运行 (B1–B4), a final's 三公 with 预算数 / 决算数 over the items (F1) or under each item
  (F2), a 项目 group over split 类 | 款 | 项 code columns (F1) — drawn with full grids (B1, B4, F1), horizontal rules
  only (under every row: B2; at the top, under the header cells and at the bottom only: F2), and no rules (B3, F3);
- a budget's 项目支出表 (科目编码 | 科目名称 | 项目名称 | 合计 | 一般公共预算拨款 | 政府性基金预算拨款 [| 事业 / 其他收入]) and
  its 项目支出预算明细表 (functional code × [government economic code ×] departmental economic code × project name ×
  amount) with project names, and long functional / economic names, wrapped inside their cells over two or three
  lines, set at the cell's centre (B1, B2, B4) or its top (B3); in B1 the detail table's functional and project
  cells are merged over the lines of one project (the name printed once, centred across its lines);
- landscape pages (wide tables, the detail tables) among portrait ones; tables continued on the next page under
  their repeated header (the detail tables, F1's 支出决算表 and 一般公共预算表); page-number footers '第 3 页'
  (B1, B4, F1), '- 3 -' (B2, F2, F3), '第 3 页 共 24 页' (B3);
- figures in 元 with thousands separators in columns barely wider than their widest figure (a right-aligned figure
  ends 2 points before the next column's widest figure begins: B2, B4, F2), proportional digits (B4);
- negative figures in a final's 年末结转和结余: a 项 and its 款 negative under a positive 类 (F1, 一般公共预算表), '-12.50' (2013802) with the whole column negative down to 合计 and the 收支总表 / 财政拨款总表 年末 rows (F2), the
  政府性基金 table's (F3);
- a 收支总表 drawn as two separate grids side by side (收入: 项目 | 金额, 支出: 项目 | 金额), aligned row by row (B1's
  部门收支总表 and 财政拨款收支总表, B4's 财政拨款收支总表 with four expenditure columns, F1's 收入支出决算总表), or unruled with each half's rows spread over the same
  height, so the halves' rows stand at two different pitches (B3, F3).

The figures are typed below per report (s32c_lib's docstring: leaves 'code key=value …', the 一般公共预算 基本支出 by
economic 款 (30101 and 30201 are the rests of 人员经费 and 公用经费), the 三公 (出国, 购置, 运行, 接待), the projects
with their economic lines). s32c_lib.build() sums every printed table from them; gen.py draws those strings and the
expectations below are read from them, never from the parser's output. s32c_lib.identities() (run at import)
re-adds every printed table from its printed strings (row relations, 类 = Σ 款 = Σ 项, 合计 = Σ 类, both sides of
the two-sided tables, 收支总表 = 支出表 = 收入表, 财政拨款总表 = 一般公共预算表 / 基金表 by 类, basic = 基本支出表,
年末 carry-overs across tables, 项目支出表 = 明细表 by project, = the project columns), so a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {column[@phase]:
value as printed}[, subject name])])], only_tables; a value ending in "?" is a zero printed (loading it as zero or
not at all is fine); blank cells have no expectation. Keys as rules_s31g_data.py, and: 部门支出总表 / 一般公共预算支出表
with 基本支出 split: total, basic (its 小计), personnel, public_funds, project; the final 一般公共预算 收入支出 form:
carryover_begin, income, total, personnel, public_funds, project, carryover_end; 三公 items as rows: the item's
label with "<item>@budget" and "<item>". Per input also lines (the 项目支出预算明细表 as rules_s28h_data.py types them:
(functional code, name, government economic code, name, departmental economic code, name, project, type, amount))
and claims (the 说明's: (kind, code, {figure: value in 万元 as printed})) — check.py reviews both."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s32c_lib import (  # noqa: E402
    EB,
    EXP,
    FS,
    GB,
    GF,
    INC,
    IS,
    LI,
    PROJ,
    SC,
    SG,
    build,
    expectations,
    identities,
    line_expectations,
    narrative,
)

DOCS = {}

# =============================================================================================== budgets
DOCS["b1_jilin_chuanying_nyncj_2023_budget.pdf"] = dict(
    note="吉林2023 部门预算 (万元), full grid: 部门收支总表 and 财政拨款收支总表 as two separate grids side by side (收入 | "
    "支出, each its own 项目 / 金额 columns, rows aligned); 部门支出总表 with 基本支出 over 小计 | 人员经费 | 公用经费; "
    "一般公共预算支出表 under a '2023年预算数' group (three header rows); 三公 under a “三公”经费预算数 group (three "
    "rows); 项目支出表 and 项目支出预算明细表 on landscape pages, project names wrapped over 2-3 lines at the cell's centre, "
    "the detail table's functional and project cells merged over the lines of one project and continued on the next "
    "page under its repeated header; a 政府性基金 project (2120814); 事业收入; '第 3 页' footers",
    kind="budget",
    org="吉林市船营区农业农村局",
    procurement="236.50",
    cars=3,
    year=2023,
    unit="万元",
    other="事业收入",
    leaves="""
2130101 pe=386.42 pu=58.60
2130104 pe=512.80 pu=64.35 oe=18.00 ou=6.40
2080505 pe=98.64
2080506 pe=49.32
2101101 pe=24.18
2101102 pe=28.06
2210201 pe=88.76
""",
    econ={
        "30102": "218.40",
        "30103": "46.20",
        "30107": "186.50",
        "30108": "98.64",
        "30109": "49.32",
        "30110": "52.24",
        "30112": "6.84",
        "30113": "88.76",
        "30199": "12.60",
        "30305": "4.80",
        "30205": "3.20",
        "30206": "12.40",
        "30207": "4.60",
        "30211": "6.80",
        "30213": "8.20",
        "30217": "1.20",
        "30228": "18.64",
        "30229": "9.40",
        "30231": "7.60",
        "30239": "32.40",
        "30299": "4.30",
    },
    sangong=("0", "0", "7.60", "1.20"),
    projects=[
        (
            "船营区2023年高标准农田建设项目前期勘察设计及监理服务费",
            "2130153",
            "gp",
            [("30227", "186.00"), ("30226", "24.50")],
        ),
        (
            "农作物重大病虫害统防统治及绿色防控技术推广示范",
            "2130108",
            "gp",
            [("30218", "42.60"), ("30227", "35.00")],
        ),
        (
            "基层农技推广体系改革与建设补助项目",
            "2130106",
            "gp",
            [("30216", "12.80"), ("30218", "26.40"), ("30226", "9.60")],
        ),
        ("黑土地保护性耕作及秸秆综合利用补贴资金", "2130135", "gp", [("30227", "128.00")]),
        (
            "农业生产发展资金（耕地地力保护补贴配套）",
            "2130122",
            "gp",
            [("30299", "65.00"), ("31003", "8.40")],
        ),
        ("国有土地使用权出让收入安排农田水利设施建设", "2120814", "gf", [("31005", "150.00")]),
        ("农业技术推广站农产品质量安全检测", "2130104", "ot", [("30218", "15.00")]),
        (
            "2023年农业综合行政执法能力提升及农资打假专项行动经费",
            "2130102",
            "gp",
            [("30227", "18.60"), ("30211", "6.40"), ("30202", "2.80")],
        ),
        (
            "农产品质量安全例行监测及承诺达标合格证推行",
            "2130109",
            "gp",
            [("30218", "16.50"), ("30227", "12.00")],
        ),
        (
            "乡村振兴农村人居环境整治提升（厕所革命后续管护）",
            "2130126",
            "gp",
            [("30227", "46.80"), ("30213", "12.20")],
        ),
    ],
    style=dict(
        rules="grid",
        codes="one",
        page_no="di",
        halves={IS: "aligned", FS: "aligned"},
        basic_sub=True,
        gb_top=True,
        sg_group=True,
        valign="centre",
        sname_chars=6,
        pname_chars=9,
        ename_chars=6,
        lines_merge=True,
        landscape=[PROJ, LI],
        zero="",
    ),
)

DOCS["b2_jiangxi_lianxi_slj_2022_budget.pdf"] = dict(
    note="江西2022 部门预算 in 元, horizontal rules only (the top, under every header cell across its own columns, "
    "under every row), codes split in 类 | 款 | 项 columns, figures in columns barely wider than their widest figure "
    "(3 points between neighbouring figures), 8pt; 部门支出总表 with 基本支出 over 人员经费 | 公用经费; 一般公共预算支出表 "
    "under a '2022年预算数' group (three header rows); 三公 under a group; 项目支出预算明细表 with 政府预算 and 部门预算 "
    "economic codes, project and economic names wrapped at the cell's centre, on landscape pages; zeros printed "
    "0.00; '- 3 -' footers",
    kind="budget",
    org="九江市濂溪区水利局",
    procurement="4,386,000.00",
    cars=4,
    year=2022,
    unit="元",
    other=None,
    leaves="""
2130301 pe=3,286,450.36 pu=486,720.50
2080505 pe=412,680.00
2080506 pe=206,340.00
2101101 pe=168,450.24
2210201 pe=352,608.00
""",
    econ={
        "30102": "1,186,400.00",
        "30103": "286,520.00",
        "30107": "864,300.00",
        "30108": "412,680.00",
        "30109": "206,340.00",
        "30110": "168,450.24",
        "30112": "28,648.36",
        "30113": "352,608.00",
        "30199": "46,200.00",
        "30205": "18,600.00",
        "30206": "56,400.00",
        "30207": "24,800.00",
        "30211": "36,500.00",
        "30213": "42,000.00",
        "30217": "8,600.00",
        "30228": "64,280.50",
        "30229": "32,400.00",
        "30231": "48,000.00",
        "30239": "112,800.00",
        "30299": "12,340.00",
    },
    sangong=("0", "0", "48,000.00", "8,600.00"),
    projects=[
        (
            "濂溪区2022年度小型水库除险加固及安全运行管护经费",
            "2130306",
            "gp",
            [("30213", "1,286,400.00"), ("30227", "420,000.00")],
        ),
        (
            "鄱阳湖区圩堤防汛抢险物资储备及应急度汛保障",
            "2130314",
            "gp",
            [("30218", "386,500.00"), ("30227", "215,000.00")],
        ),
        ("农村饮水安全工程维修养护补助", "2130316", "gp", [("30213", "968,000.00")]),
        (
            "河湖长制工作经费及河道采砂管理",
            "2130304",
            "gp",
            [("30227", "526,800.00"), ("30211", "38,600.00"), ("30202", "12,400.00")],
        ),
        ("水土保持监测及水资源节约保护管理", "2130311", "gp", [("30227", "186,000.00")]),
        ("2022年度中小河流治理工程（十里河濂溪段）建设资金", "2130305", "gp", [("31005", "2,860,000.00")]),
        (
            "濂溪区山洪灾害防治非工程措施运行维护及监测预警",
            "2130314",
            "gp",
            [("30213", "168,000.00"), ("30227", "96,500.00")],
        ),
    ],
    style=dict(
        rules="hrules_rows",
        codes="split",
        page_no="dash",
        size=8,
        pad=1.5,
        gb_top=True,
        sg_group=True,
        gov_codes=True,
        valign="centre",
        sname_chars=7,
        pname_chars=10,
        ename_chars=5,
        landscape=[PROJ, LI],
        zero="0.00",
    ),
)

DOCS["b3_qinghai_chengxi_wjj_2023_budget.pdf"] = dict(
    note="青海2023 部门预算 (万元) drawn with NO rules at all: 部门收支总表 as two unruled halves side by side, each "
    "half's rows spread over the same height (the 收入 half's nine items and three totals at one pitch, the 支出 "
    "half's four 类 and three totals at another); 部门支出总表 under 本年支出 over 合计 | 基本支出 (人员经费 | 公用经费) | "
    "项目支出 (three header rows, no rule to tell the spans); 一般公共预算支出表 under a '2023年预算数' group; 三公 "
    "under a group; 项目支出表 and 项目支出预算明细表 with project names wrapped over 2-3 lines set at the TOP of their "
    "cells (figures on the first line); 其他收入 of a 社区卫生服务中心; '第 3 页 共 24 页' footers",
    kind="budget",
    org="西宁市城西区卫生健康局",
    procurement="412.60",
    cars=3,
    year=2023,
    unit="万元",
    other="其他收入",
    leaves="""
2100101 pe=468.25 pu=72.40
2100301 pe=862.40 pu=96.80 oe=120.00 ou=35.60
2100401 pe=356.72 pu=48.36
2080505 pe=186.42
2080506 pe=93.21
2101101 pe=36.48
2101102 pe=82.16
2210201 pe=168.90
""",
    econ={
        "30102": "486.60",
        "30103": "98.40",
        "30107": "412.30",
        "30108": "186.42",
        "30109": "93.21",
        "30110": "118.64",
        "30112": "12.86",
        "30113": "168.90",
        "30199": "24.50",
        "30305": "6.20",
        "30205": "6.80",
        "30206": "22.40",
        "30207": "8.60",
        "30211": "9.20",
        "30213": "12.40",
        "30217": "1.80",
        "30228": "32.46",
        "30229": "16.80",
        "30231": "9.00",
        "30239": "56.40",
        "30299": "14.20",
    },
    sangong=("0", "0", "9.00", "1.80"),
    projects=[
        (
            "城西区2023年国家基本公共卫生服务项目区级配套资金",
            "2100408",
            "gp",
            [("30227", "286.40"), ("30226", "48.00")],
        ),
        ("重大传染病防控及免疫规划冷链运转经费", "2100409", "gp", [("30218", "64.50"), ("30227", "32.00")]),
        ("计划生育家庭奖励扶助和特别扶助金", "2100717", "gp", [("30305", "126.80")]),
        (
            "卫生健康综合监督执法及医疗机构日常监管",
            "2100199",
            "gp",
            [("30211", "8.60"), ("30227", "22.40"), ("30202", "3.50")],
        ),
        ("社区卫生服务中心家庭医生签约服务绩效", "2100301", "ot", [("30226", "45.00")]),
        (
            "城西区艾滋病结核病等重大疾病防治及健康教育宣传",
            "2100409",
            "gp",
            [("30227", "18.60"), ("30202", "4.20")],
        ),
        ("基层医疗卫生机构实施国家基本药物制度补助", "2100301", "gp", [("30299", "56.00")]),
        ("老年健康服务及医养结合示范创建工作经费", "2100199", "gp", [("30227", "12.50"), ("30211", "3.20")]),
    ],
    style=dict(
        rules="none",
        codes="one",
        page_no="gong",
        halves={IS: "skew"},
        exp_top="本年支出",
        gb_top=True,
        sg_group=True,
        valign="top",
        sname_chars=7,
        pname_chars=9,
        ename_chars=6,
        landscape=[LI],
        zero="",
    ),
)

DOCS["b4_gansu_qinzhou_jtysj_2024_budget.pdf"] = dict(
    note="甘肃2024 部门预算 in 元, full grid, PROPORTIONAL digits (Helvetica widths: '1' as wide as '8', ',' and '.' "
    "narrow), figure columns barely wider than their widest figure; 财政拨款收支总表 as two separate grids side by side "
    "(收入: 项目 | 预算数; 支出: 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算); 部门支出总表 and "
    "一般公共预算支出表 with 基本支出 over 小计 | 人员经费 | 公用经费 (the latter under a '2024年预算数' group); 三公 under "
    "a group; 项目支出表 (portrait) and 项目支出预算明细表 (landscape) with names wrapped at the centre; '第 3 页' footers",
    kind="budget",
    org="天水市秦州区交通运输局",
    procurement="6,548,000.00",
    cars=5,
    year=2024,
    unit="元",
    other=None,
    leaves="""
2140101 pe=2,468,320.48 pu=364,850.00
2080505 pe=312,480.00
2080506 pe=156,240.00
2101101 pe=128,460.36
2210201 pe=268,944.00
""",
    econ={
        "30102": "862,400.00",
        "30103": "214,600.00",
        "30107": "684,200.00",
        "30108": "312,480.00",
        "30109": "156,240.00",
        "30110": "128,460.36",
        "30112": "22,486.48",
        "30113": "268,944.00",
        "30199": "36,800.00",
        "30205": "12,600.00",
        "30206": "38,400.00",
        "30207": "16,800.00",
        "30211": "28,600.00",
        "30213": "24,000.00",
        "30217": "6,000.00",
        "30228": "46,850.00",
        "30229": "24,000.00",
        "30231": "60,000.00",
        "30239": "78,600.00",
        "30299": "9,000.00",
    },
    sangong=("0", "0", "60,000.00", "6,000.00"),
    projects=[
        (
            "秦州区2024年农村公路养护工程（县乡道日常养护及小修保养）",
            "2140106",
            "gp",
            [("30213", "3,260,000.00"), ("30226", "186,400.00")],
        ),
        ("国道310线秦州段公路安全生命防护工程配套资金", "2140104", "gp", [("31005", "5,680,000.00")]),
        (
            "道路运输安全生产监管及超限超载治理经费",
            "2140112",
            "gp",
            [("30227", "286,500.00"), ("30211", "42,800.00")],
        ),
        ("车辆购置税收入补助地方资金农村公路建设项目", "2140601", "gp", [("31005", "12,450,000.00")]),
        ("交通运输综合行政执法装备购置", "2140199", "gp", [("31003", "368,000.00"), ("31002", "46,500.00")]),
    ],
    style=dict(
        rules="grid",
        codes="one",
        page_no="di",
        prop=True,
        size=8,
        pad=1.2,
        halves={FS: "aligned"},
        basic_sub=True,
        gb_top=True,
        sg_group=True,
        valign="centre",
        sname_chars=6,
        pname_chars=8,
        ename_chars=6,
        landscape=[LI],
        zero="",
    ),
)

# =============================================================================================== final accounts
DOCS["f1_neimenggu_kundulun_jyj_2023_final.pdf"] = dict(
    note="内蒙古2023 部门决算 (万元), full grid: 收入支出决算总表 as two separate grids side by side (rows aligned); "
    "code columns split 类 | 款 | 项 under 科目编码 under a 项目 group (three header rows on the left); "
    "一般公共预算财政拨款收入支出决算表: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 (人员经费 | 公用经费) | "
    "项目支出) | 年末结转和结余, three header rows, on a landscape page, continued under its repeated header, with a "
    "NEGATIVE 年末结转和结余 in a 项 (2050299 -12.50) and its 款 (20502 -3.90) under a positive 类; 收入决算表 and "
    "支出决算表 on landscape pages, the latter continued under its repeated header ('续表'); 三公 with 预算数 / 决算数 "
    "over the items (three rows); 事业收入 of kindergartens and high schools; '第 3 页' footers",
    kind="final_account",
    org="包头市昆都仑区教育局",
    procurement="1,286.40",
    cars=2,
    year=2023,
    unit="万元",
    other="事业收入",
    gp_budget="18,960.00",
    leaves="""
2050101 pe=486.36 pu=92.40
2050102 pp=126.80 cb=18.00 ce=6.20
2050201 pe=1,286.40 pu=186.30 pp=242.60 oe=168.40 ou=42.60
2050202 pe=4,862.56 pu=642.80 pp=586.40 cb=20.00 ce=8.60
2050203 pe=3,264.18 pu=468.36 pp=312.50
2050204 pe=1,826.40 pu=286.50 pp=168.30 oe=246.80 ou=86.20 op=45.00
2050299 pp=96.40 cb=45.00 ce=-12.50
2050701 pe=386.20 pu=64.80
2080501 pe=68.40
2080505 pe=1,468.62
2080506 pe=734.31
2101101 pe=42.60
2101102 pe=486.36
2210201 pe=1,102.80
""",
    econ={
        "30102": "2,486.40",
        "30103": "642.30",
        "30107": "3,864.50",
        "30108": "1,468.62",
        "30109": "734.31",
        "30110": "528.96",
        "30112": "86.42",
        "30113": "1,102.80",
        "30199": "186.40",
        "30302": "68.40",
        "30305": "24.60",
        "30205": "86.40",
        "30206": "286.50",
        "30207": "42.60",
        "30211": "18.40",
        "30213": "312.60",
        "30217": "2.60",
        "30228": "268.42",
        "30229": "96.80",
        "30231": "12.40",
        "30239": "186.40",
        "30299": "124.36",
        "31002": "68.50",
    },
    sangong=(("0", "0", "14.00", "3.00"), ("0", "0", "12.40", "2.60")),
    style=dict(
        rules="grid",
        codes="split",
        lead_group="项目",
        page_no="di",
        halves={IS: "aligned"},
        gb_form="flow",
        sg_form="grouped",
        xubiao=True,
        landscape=[INC, EXP, GB],
        zero="",
    ),
)

DOCS["f2_heilongjiang_daowai_scjgj_2024_final.pdf"] = dict(
    note="黑龙江2024 部门决算 in 元, horizontal rules only at the top, under each header cell (a group's rule spanning "
    "its own columns), under the header and at the bottom (no rule between body rows), 8pt figures in columns barely "
    "wider than their widest figure; 一般公共预算财政拨款收入支出决算表 with 本年支出 over 小计 | 基本支出 (人员经费 | "
    "公用经费) | 项目支出 (three header rows) and NEGATIVE 年末结转和结余 ('-12.50' of 2013802, -46,250.00 of 2013816, so "
    "the 款, 类 and 合计 negative too), the 财政拨款收入支出决算总表's and 收入支出决算总表's 年末 rows negative; 基本支出表 "
    "in one block (决算数 over 合计 | 人员经费 | 公用经费); 三公 with 预算数 | 决算数 under each item (24 header cells in "
    "three rows); 其他收入; '- 3 -' footers",
    kind="final_account",
    org="哈尔滨市道外区市场监督管理局",
    procurement="1,846,200.00",
    cars=6,
    year=2024,
    unit="元",
    other="其他收入",
    gp_budget="19,420,000.00",
    leaves="""
2013801 pe=8,642,380.56 pu=1,286,450.00
2013802 pp=486,200.00 cb=32,000.00 ce=-12.50
2013804 pp=268,500.00
2013805 pp=1,062,400.00 cb=120,000.00 ce=36,800.00
2013812 pp=342,600.00
2013815 pp=186,000.00
2013816 pp=1,586,300.00 ce=-46,250.00
2013850 pe=2,486,300.00 pu=386,420.00 oe=186,000.00 ou=42,600.00
2080501 pe=246,800.00
2080505 pe=1,286,450.40
2080506 pe=643,225.20
2101101 pe=386,420.00
2101103 pe=128,600.00
2210201 pe=1,068,300.00
""",
    econ={
        "30102": "3,864,200.00",
        "30103": "986,400.00",
        "30107": "2,846,300.00",
        "30108": "1,286,450.40",
        "30109": "643,225.20",
        "30110": "514,620.00",
        "30112": "96,480.56",
        "30113": "1,068,300.00",
        "30199": "168,400.00",
        "30302": "246,800.00",
        "30305": "36,000.00",
        "30202": "46,800.00",
        "30205": "28,600.00",
        "30206": "186,400.00",
        "30207": "64,200.00",
        "30211": "86,400.00",
        "30213": "126,800.00",
        "30215": "12,000.00",
        "30216": "38,600.00",
        "30217": "9,870.00",
        "30228": "196,400.00",
        "30229": "86,000.00",
        "30231": "124,000.00",
        "30239": "428,600.00",
        "30299": "42,300.00",
        "31002": "86,500.00",
    },
    sangong=(("0", "0", "130,000.00", "12,000.00"), ("0", "0", "124,000.00", "9,870.00")),
    style=dict(
        rules="hrules",
        codes="one",
        page_no="dash",
        size=8,
        pad=1.0,
        gb_form="flow",
        eb_form="one",
        sg_form="interleaved",
        zero="",
    ),
)

DOCS["f3_hainan_longhua_lwtj_2023_final.pdf"] = dict(
    note="海南2023 部门决算 (万元) drawn with NO rules: 收入支出决算总表 as two unruled halves side by side at two row "
    "pitches (the 收入 half's eight items and four bottom rows, the 支出 half's five 类 and four bottom rows spread "
    "over the same height); 收入决算表 and 支出决算表 on landscape pages; 一般公共预算财政拨款支出决算表 in the 年初预算数 "
    "| 决算数 form; 政府性基金预算财政拨款收入支出决算表 (2296003 彩票公益金) with a NEGATIVE 年末结转和结余 (-6.40) down to "
    "its 合计, and in the 财政拨款总表's 年末 row; 三公 items as rows (项目 | 预算数 | 决算数); 事业收入 of a library and "
    "a stadium; '- 3 -' footers",
    kind="final_account",
    org="海口市龙华区旅游和文化广电体育局",
    procurement="168.20",
    cars=2,
    year=2023,
    unit="万元",
    other="事业收入",
    leaves="""
2070101 pe=386.40 pu=62.30 bb=446.00
2070104 pe=126.80 pu=38.40 pp=42.60 oe=12.40 bb=160.00 bp=40.00
2070108 pp=186.50 bp=150.00
2070109 pp=96.40 op=18.60 bp=100.00
2070111 pp=64.20 bp=60.00
2070199 pp=28.60 bp=30.00
2070307 pe=86.20 pu=42.60 pp=120.00 oe=36.80 ou=8.40 bb=126.00 bp=120.00
2070308 pp=146.80 bp=140.00
2296003 fp=86.40 fcb=20.00 fce=-6.40
2080505 pe=98.46 bb=98.00
2080506 pe=49.23 bb=49.00
2101101 pe=32.80 bb=32.00
2210201 pe=76.50 bb=76.00
""",
    econ={
        "30102": "168.40",
        "30103": "42.60",
        "30107": "132.80",
        "30108": "98.46",
        "30109": "49.23",
        "30110": "38.64",
        "30112": "5.86",
        "30113": "76.50",
        "30199": "12.40",
        "30305": "3.60",
        "30205": "4.60",
        "30206": "18.40",
        "30207": "3.80",
        "30211": "5.60",
        "30213": "12.80",
        "30217": "1.40",
        "30228": "12.46",
        "30229": "6.80",
        "30231": "6.00",
        "30239": "28.60",
        "30299": "22.84",
    },
    sangong=(("0", "0", "6.50", "1.50"), ("0", "0", "6.00", "1.40")),
    style=dict(
        rules="none",
        codes="one",
        page_no="dash",
        halves={IS: "skew"},
        gb_form="ba",
        sg_form="rows",
        landscape=[INC, EXP],
        zero="",
    ),
)

# =============================================================================================== build and check
BUILT = {}
for _name, _doc in DOCS.items():
    _m, _tables, _e = build(_doc)
    identities(_name, _doc, _m, _tables)
    BUILT[_name] = (_doc, _m, _tables, _e)

EXPECTED = {
    name: dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=expectations(tables),
        only_tables=[t.key for t in tables if t.kind != "lines"]
        + ([LI] if any(t.kind == "lines" for t in tables) else []),
        lines=line_expectations(tables),
        claims=narrative(doc, m, e)[1],
        unit=doc["unit"],
    )
    for name, (doc, m, tables, e) in BUILT.items()
}

_ALL = (IS, INC, EXP, FS, GB, EB, SG, GF, SC, PROJ)
assert all(s["table"] in _ALL for x in EXPECTED.values() for s in x["tables"])
