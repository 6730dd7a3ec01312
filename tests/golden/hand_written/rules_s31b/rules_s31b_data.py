"""Expected readings of the rules_s31b inputs: eight whole 部门预算 / 单位预算 reports, each in the template and
wording of another province (江苏, 湖南, 福建, 云南, 河北, 广西, 重庆, 天津), five as plain pdftotext text (no
-layout: blank cells dropped, wrapped names, \\f page breaks with "- n -" footers), three as pdftotext -layout.

The figures are typed below per report as its functional 项 (leaves) split by source and kind (s31b_lib.py),
its 基本支出 by economic 款, its 三公, projects and procurement; s31b_build.py sums every table from them and
gen.py prints the very Table objects the expectations below are read from (never the parser's output).
_identities() re-adds every printed table from its printed strings (row total = Σ parts, 类 = Σ 款 = Σ 项,
合计 = Σ 类, two-sided totals, 三公 合计 = 出国 + 车, 车 = 购置 + 运行, cross-table: 收支总表 = 支出表 合计, 一般公共
预算支出表 basic = 基本支出表 合计, 财政拨款总表 类 = 一般公共预算 + 基金 类), so a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables. A value ending in "?" prints 0.00 (loading it as zero or not at all is fine); a blank cell has no
expectation (a figure loaded there is SPURIOUS). 上年执行数 / 增减额 / 增减% (d03) are comparison columns
(vocabulary COMPARISON_COLUMNS): not the report's own, no expectation, loaded = SPURIOUS. 行次 / 栏次 none are
printed. Narrative figures are claims (not checked here); planted misstatements are listed in the notes.
"""

from __future__ import annotations

from decimal import Decimal as D

from s31b_build import E, EGF, EGP, ESC, KEYS, I, build
from s31b_lib import FUNC, Fmt

WAN = "万元"

# ------------------------------------------------------------------------------------------------ the reports

DOCS = []

# d01 江苏 常州市新北区农业农村局 2024 部门预算 (plain)
DOCS.append(
    dict(
        file="d01_jiangsu_xinbei_nyncj_2024_budget.txt",
        note="plain, 江苏 表1–表9 (部门收支总表 … 国有资本经营预算支出表), department (局机关 + 农业技术推广中心); blank "
        "cells dropped in the nine-item 收支总表 and the six-column 收入总表 (事业收入 beside 一般公共预算); 部门支出总表 "
        "over two pages with the header repeated; long 项 names wrapped (code + first part / rest + figures); "
        "政府性基金 (2120804) printed; 国有资本 empty in words; 目录 repeats every title; 三公 one row of twelve "
        "figures, 2023年预算数 block then 2024年预算数 block (the 2023 block not the report's own)",
        mode="plain",
        province="江苏",
        org="常州市新北区农业农村局",
        year=2024,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other="事业收入",
        leaves={
            "2130101": ("862.45", 0, 0, 0, 0),
            "2130104": ("415.30", 0, 0, "36.00", 0),
            "2130106": (0, "128.00", 0, 0, "24.50"),
            "2130122": (0, "356.80", 0, 0, 0),
            "2130148": (0, "42.60", 0, 0, 0),
            "2130599": (0, "85.00", 0, 0, 0),
            "2080505": ("138.72", 0, 0, 0, 0),
            "2080506": ("69.36", 0, 0, 0, 0),
            "2101101": ("52.18", 0, 0, 0, 0),
            "2101102": ("21.64", 0, 0, 0, 0),
            "2210201": ("104.04", 0, 0, 0, 0),
            "2120804": (0, 0, "600.00", 0, 0),
        },
        econ={
            "30102": "286.40",
            "30103": "62.30",
            "30107": "198.60",
            "30199": "24.80",
            "30201": "32.00",
            "30205": "4.60",
            "30206": "18.20",
            "30207": "6.40",
            "30211": "22.50",
            "30213": "15.00",
            "30217": "6.40",
            "30228": "21.36",
            "30229": "12.80",
            "30231": "18.60",
            "30239": "36.80",
            "30299": "28.45",
            "30302": "36.20",
            "30305": "8.40",
        },
        sangong=(0, 0, "18.60", "6.40"),
        sg_prior_cols=(0, 0, "19.20", "6.40"),
        labels={
            k: f"表{i}" for i, k in enumerate(["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"], 1)
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"],
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
        inc_cols=[
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算拨款收入", "general_public"),
            ("政府性基金预算拨款收入", "government_fund"),
            ("事业收入", "business"),
            ("其他收入", "other_income"),
        ],
        wrap=(14, "A"),
        split={"EXP": 12},
        empty_text=dict(SC="本部门2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。"),
        notes=dict(IES="注：本表无数据的项目不列示。"),
        sg_label="",
        narrative_style="js",
    )
)

# d02 湖南 湘潭市岳塘区档案馆 2025 单位预算 (plain, 元)
DOCS.append(
    dict(
        file="d02_hunan_yuetang_dag_2025_unit_budget.txt",
        note="plain, 湖南 unit budget in 元 (thousands separators, every zero cell printed 0.00), 表一 … 表十 labels "
        "alone on the line above each title, '单位名称：湘潭市岳塘区档案馆 单位：元' lines; 其他收入 as the second "
        "source; 政府性基金 and 国有资本 empty in words; 项目支出绩效目标表 (performance, no money); narrative in 万元 "
        "after the tables; the 三公 table alone in 万元 ('单 位：万元', 0.80) inside a 元 report; '单 位：元' spaced; "
        "表十 项目支出表 with a document number in a project name ('湘财行指〔2024〕86号')",
        mode="plain",
        province="湖南",
        org="湘潭市岳塘区档案馆",
        year=2025,
        scope="单位",
        unit="元",
        fmt=Fmt("元", sep=True, zero="0.00"),
        other="其他收入",
        leaves={
            "2012601": ("2356842.16", 0, 0, 0, 0),
            "2012604": (0, "380000.00", 0, 0, 0),
            "2012699": (0, "126500.00", 0, 0, "45000.00"),
            "2080505": ("286417.92", 0, 0, 0, 0),
            "2080506": ("143208.96", 0, 0, 0, 0),
            "2101101": ("118352.40", 0, 0, 0, 0),
            "2210201": ("214813.44", 0, 0, 0, 0),
        },
        econ={
            "30102": "486300.00",
            "30107": "412650.00",
            "30199": "35600.00",
            "30201": "68000.00",
            "30205": "6200.00",
            "30206": "38500.00",
            "30211": "24000.00",
            "30213": "45000.00",
            "30217": "8000.00",
            "30228": "28640.00",
            "30299": "52180.00",
            "30305": "12600.00",
        },
        sangong=(0, 0, 0, "8000.00"),
        sg_unit="万元",
        projects=[
            ("数字档案馆建设（湘财行指〔2024〕86号）", "2012604", "380000.00", 0, 0),
            ("档案征集与抢救保护", "2012699", "126500.00", 0, "45000.00"),
        ],
        proj_cols=[("合计", "total"), ("一般公共预算拨款", "general_public"), ("其他收入", "other_income")],
        labels={
            k: f"表{c}\n"
            for c, k in zip(
                ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"],
                ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ", "PERF"],
            )
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ", "PERF"],
        titles=dict(
            IES="湘潭市岳塘区档案馆2025年单位收支总表",
            INC="湘潭市岳塘区档案馆2025年单位收入总表",
            EXP="湘潭市岳塘区档案馆2025年单位支出总表",
            FS="湘潭市岳塘区档案馆2025年财政拨款收支总表",
            GB="湘潭市岳塘区档案馆2025年一般公共预算支出表",
            GBB="湘潭市岳塘区档案馆2025年一般公共预算基本支出表",
            SG="湘潭市岳塘区档案馆2025年一般公共预算“三公”经费支出表",
            GF="湘潭市岳塘区档案馆2025年政府性基金预算支出表",
            SC="湘潭市岳塘区档案馆2025年国有资本经营预算支出表",
            PROJ="湘潭市岳塘区档案馆2025年项目支出表",
            PERF="湘潭市岳塘区档案馆2025年项目支出绩效目标表",
        ),
        org_line="单位名称：湘潭市岳塘区档案馆   单 位：元",
        inc_cols=[
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算拨款收入", "general_public"),
            ("政府性基金预算拨款收入", "government_fund"),
            ("事业收入", "business"),
            ("其他收入", "other_income"),
        ],
        fs_style="B",
        carry_name="上年结转",
        empty_text=dict(
            GF="注：本单位2025年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            SC="注：本单位2025年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        ),
        perf_text=[
            "项目名称 项目资金 年度目标 一级指标 二级指标 三级指标 指标值",
            "数字档案馆建设 38.00 完成馆藏档案数字化 产出指标 数量指标 档案数字化扫描量 ≥120万页",
            "质量指标 扫描图像合格率 ≥98%",
            "时效指标 完成时限 2025年12月前",
            "效益指标 社会效益指标 档案查阅利用人次 ≥1.5万人次",
            "满意度指标 服务对象满意度 查档群众满意度 ≥95%",
            "档案征集保管 17.15 做好档案接收征集 产出指标 数量指标 接收进馆档案 ≥8000卷",
        ],
        sg_label="",
        narrative_style="hn",
    )
)

# d03 福建 泉州市丰泽区文化体育和旅游局 2023 部门预算 (layout)
DOCS.append(
    dict(
        file="d03_fujian_fengze_wtlj_2023_budget.layout.txt",
        note="layout, 福建 表一 … 表九 (收支预算总表, 收入预算总表, 支出预算总表, 财政拨款收支预算总表 …); 一般公共预算"
        "支出预算表 with 2022年执行数 | 2023年预算数 (合计 基本支出 项目支出) | 增减额 | 增减% (comparison columns: "
        "not the report's own); 彩票公益金 (2296003) in 政府性基金; 事业收入 only in 2070109 项目; centred wraps; "
        "PLANTED: the narrative states the 一般公共预算 increase over 2022 as 5.12% (增加61.39 over 1,284.04 executed), the tables give 4.78%",
        mode="layout",
        province="福建",
        org="泉州市丰泽区文化体育和旅游局",
        year=2023,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other="事业收入",
        leaves={
            "2070101": ("486.20", 0, 0, 0, 0),
            "2070104": ("238.56", "60.00", 0, 0, 0),
            "2070109": (0, "145.00", 0, 0, "20.00"),
            "2070199": (0, "88.00", 0, 0, 0),
            "2070308": (0, "96.00", 0, 0, 0),
            "2080505": ("84.30", 0, 0, 0, 0),
            "2080506": ("42.15", 0, 0, 0, 0),
            "2101101": ("28.60", 0, 0, 0, 0),
            "2101102": ("14.22", 0, 0, 0, 0),
            "2210201": ("62.40", 0, 0, 0, 0),
            "2296003": (0, 0, "120.00", 0, 0),
        },
        gb_prior={
            "2070101": "462.80",
            "2070104": "285.40",
            "2070109": "132.00",
            "2070199": "95.00",
            "2070308": "88.00",
            "2080505": "80.16",
            "2080506": "40.08",
            "2101101": "27.40",
            "2101102": "13.50",
            "2210201": "59.70",
        },
        econ={
            "30102": "168.20",
            "30107": "132.50",
            "30199": "12.60",
            "30201": "18.00",
            "30206": "9.60",
            "30211": "8.50",
            "30213": "12.00",
            "30217": "3.20",
            "30228": "10.40",
            "30231": "6.80",
            "30239": "22.40",
            "30299": "14.30",
            "30302": "18.60",
        },
        sangong=(0, 0, "6.80", "3.20"),
        labels={
            k: f"表{c}"
            for c, k in zip("一二三四五六七八九", ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"])
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"],
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
        inc_cols=[
            ("合计", "total"),
            ("一般公共预算拨款", "general_public"),
            ("政府性基金预算拨款", "government_fund"),
            ("事业收入", "business"),
        ],
        wrap=(13, "centre"),
        empty_text=dict(SC="本部门2023年无国有资本经营预算支出，本表无数据。"),
        sg_label="2023年预算数",
        narrative_style="fj",
    )
)

# d04 云南 玉溪市红塔区卫生健康局 2024 部门预算 (plain)
DOCS.append(
    dict(
        file="d04_yunnan_hongta_wjj_2024_budget.txt",
        note="plain, 云南 预算公开表01 … 11 (部门财务收支预算总表, 部门收入预算表, 部门支出预算表 …, 部门项目支出预算表, "
        "项目支出绩效目标表, 部门政府采购预算表); 事业收入 basic in 2100401; '1,260.00' over a thousand; 项目 names "
        "wrapped with figures on a line of their own; 政府性基金 empty in words; 政府采购 categories as rows with item lines (台式计算机 台 40 24.00 …: no amounts) under them; a running "
        "header '玉溪市红塔区卫生健康局2024年部门预算' on top of every table page; the 三公 title wrapped over two "
        "lines ('…“三公”经费' / '支出预算表')",
        mode="plain",
        province="云南",
        org="玉溪市红塔区卫生健康局",
        year=2024,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other="事业收入",
        leaves={
            "2100101": ("512.36", 0, 0, 0, 0),
            "2100199": (0, "65.00", 0, 0, 0),
            "2100401": ("386.24", 0, 0, "45.00", 0),
            "2100408": (0, "1260.00", 0, 0, 0),
            "2100409": (0, "315.50", 0, 0, 0),
            "2100410": (0, "48.00", 0, 0, 0),
            "2100717": (0, "220.80", 0, 0, 0),
            "2101101": ("36.48", 0, 0, 0, 0),
            "2101102": ("42.16", 0, 0, 0, 0),
            "2080505": ("118.56", 0, 0, 0, 0),
            "2080506": ("59.28", 0, 0, 0, 0),
            "2210201": ("95.04", 0, 0, 0, 0),
        },
        econ={
            "30102": "215.40",
            "30107": "186.30",
            "30199": "16.20",
            "30201": "24.00",
            "30205": "3.80",
            "30206": "15.60",
            "30211": "14.00",
            "30213": "10.00",
            "30217": "4.50",
            "30228": "14.26",
            "30231": "12.00",
            "30239": "30.40",
            "30299": "18.75",
            "30305": "6.20",
        },
        sangong=(0, 0, "12.00", "4.50"),
        projects=[
            ("卫生健康信息化系统运维经费", "2100199", "65.00", 0, 0),
            ("基本公共卫生服务项目补助资金", "2100408", "1260.00", 0, 0),
            ("重大传染病防控经费", "2100409", "196.50", 0, 0),
            ("严重精神障碍患者救治救助管理经费", "2100409", "119.00", 0, 0),
            ("突发公共卫生事件应急物资储备", "2100410", "48.00", 0, 0),
            ("计划生育家庭奖励扶助资金", "2100717", "220.80", 0, 0),
        ],
        proj_cols=[("合计", "total"), ("一般公共预算", "general_public"), ("政府性基金", "government_fund")],
        proj_wrap=(12, "B"),
        procurement=[
            ("合计", "186.00"),
            ("一、货物", "126.00"),
            ("台式计算机", "24.00", "台", "40"),
            ("便携式计算机", "9.60", "台", "12"),
            ("医用冷藏箱", "92.40", "台", "30"),
            ("二、工程", "0"),
            ("三、服务", "60.00"),
            ("信息系统运维服务", "60.00", "项", "1"),
        ],
        labels={
            k: f"预算公开表{i:02d}"
            for i, k in enumerate(
                ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "PROJ", "PERF", "GF", "SC", "PROC"], 1
            )
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "PROJ", "PERF", "GF", "SC", "PROC"],
        titles=dict(
            IES="部门财务收支预算总表",
            INC="部门收入预算表",
            EXP="部门支出预算表",
            FS="财政拨款收支预算总表",
            GB="一般公共预算支出预算表（按功能科目分类）",
            GBB="一般公共预算基本支出预算表",
            SG="一般公共预算“三公”经费支出预算表",
            PROJ="部门项目支出预算表",
            PERF="项目支出绩效目标表",
            GF="政府性基金预算支出预算表",
            SC="国有资本经营预算支出预算表",
            PROC="部门政府采购预算表",
        ),
        inc_cols=[
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算", "general_public"),
            ("政府性基金预算", "government_fund"),
            ("事业收入", "business"),
            ("其他收入", "other_income"),
        ],
        wrap=(12, "A"),
        empty_text=dict(
            GF="本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
            SC="本部门2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
        ),
        perf_text=[
            "项目名称 绩效目标 一级指标 二级指标 三级指标 指标值 度量单位",
            "基本公共卫生服务项目补助资金 为辖区常住居民提供基本公共卫生服务 产出指标 数量指标",
            "65岁及以上老年人健康管理率 ≥65 %",
            "高血压患者基层规范管理服务率 ≥62 %",
            "效益指标 社会效益指标 居民健康素养水平 ≥30 %",
            "满意度指标 服务对象满意度 居民满意度 ≥90 %",
            "重大传染病防控经费 降低重大传染病发病率 产出指标 数量指标 适龄儿童免疫规划疫苗接种率 ≥90 %",
            "计划生育家庭奖励扶助资金 按时足额发放 产出指标 数量指标 奖励扶助对象 4600 人",
        ],
        sg_label="2024年预算数",
        running="玉溪市红塔区卫生健康局2024年部门预算",
        title_wrap={"SG": 20},
        narrative_style="yn",
    )
)

# d05 河北 邢台市信都区水务局 2022 部门预算 (layout)
DOCS.append(
    dict(
        file="d05_hebei_xindu_swj_2022_budget.layout.txt",
        note="layout, 河北 表一 … 表九 (部门收支总体情况表, 部门收入总体情况表, 部门支出总体情况表, 财政拨款收支总体"
        "情况表, 一般公共预算支出情况表 …); 上年结转 (150.00, 2130399) as the other source; 部门收入总体情况表 "
        "continued on a second page under '续表'; 政府性基金 (2136601) printed; top-aligned wraps; 部门支出总体情况表 codes in 类 | 款 | 项 columns ('213 03 01'); PLANTED: the "
        "narrative states 基本支出 866.84 万元, the tables print 848.84",
        mode="layout",
        province="河北",
        org="邢台市信都区水务局",
        year=2022,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other="上年结转",
        leaves={
            "2130301": ("624.18", 0, 0, 0, 0),
            "2130304": (0, "86.00", 0, 0, 0),
            "2130305": (0, "1450.00", 0, 0, 0),
            "2130311": (0, "64.50", 0, 0, 0),
            "2130399": (0, 0, 0, 0, "150.00"),
            "2136601": (0, 0, "230.00", 0, 0),
            "2080505": ("92.64", 0, 0, 0, 0),
            "2080506": ("46.32", 0, 0, 0, 0),
            "2101101": ("30.12", 0, 0, 0, 0),
            "2210201": ("55.58", 0, 0, 0, 0),
        },
        econ={
            "30102": "142.60",
            "30107": "118.40",
            "30199": "9.80",
            "30201": "16.00",
            "30206": "8.40",
            "30211": "12.00",
            "30213": "6.50",
            "30217": "2.40",
            "30228": "9.26",
            "30231": "14.50",
            "30239": "18.60",
            "30299": "10.30",
        },
        sangong=(0, 0, "14.50", "2.40"),
        labels={
            k: f"表{c}"
            for c, k in zip("一二三四五六七八九", ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"])
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"],
        titles=dict(
            IES="部门收支总体情况表",
            INC="部门收入总体情况表",
            EXP="部门支出总体情况表",
            FS="财政拨款收支总体情况表",
            GB="一般公共预算支出情况表",
            GBB="一般公共预算基本支出情况表",
            SG="一般公共预算“三公”经费支出情况表",
            GF="政府性基金预算支出情况表",
            SC="国有资本经营预算支出情况表",
        ),
        inc_cols=[
            ("合计", "total"),
            ("上年结转", "carryover_begin"),
            ("一般公共预算", "general_public"),
            ("政府性基金预算", "government_fund"),
        ],
        ies_items=[
            ("一般公共预算拨款收入", "gp"),
            ("政府性基金预算拨款收入", "gf"),
            ("国有资本经营预算拨款收入", None),
            ("事业收入", None),
            ("事业单位经营收入", None),
            ("其他收入", None),
        ],
        carry_name="上年结转",
        wrap=(14, "top"),
        split={"INC": 9},
        cont={"INC": "xubiao"},
        split_codes=["EXP"],
        empty_text=dict(SC="本部门2022年无国有资本经营预算拨款安排的支出，本表为空表。"),
        sg_label="2022年预算数",
        narrative_style="hb",
    )
)

# d06 广西 桂林市七星区教育局 2026 部门预算 (plain)
DOCS.append(
    dict(
        file="d06_guangxi_qixing_jyj_2026_budget.txt",
        note="plain, 广西 附表1-1 … 附表1-10, department (局机关 + schools), figures over a thousand with separators "
        "(4,862.35); 其他收入 basic in 2050202; 一般公共预算支出表 over two pages (header repeated); 彩票公益金 "
        "(2296004) in 政府性基金; 项目支出表 with a project name carrying '2026' and '（春季学期）'; '合  计' spaced; 部门支出总表 "
        "with 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出 all blank (dropped); a stray space inside one figure "
        "('4,862.3 5', 2050202 basic of the 一般公共预算支出表); a running header on every table page",
        mode="plain",
        province="广西",
        org="桂林市七星区教育局",
        year=2026,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other="其他收入",
        leaves={
            "2050101": ("368.42", 0, 0, 0, 0),
            "2050201": ("612.80", "145.00", 0, 0, 0),
            "2050202": ("4862.35", "520.00", 0, "36.00", 0),
            "2050203": ("3215.60", "386.40", 0, 0, 0),
            "2050299": (0, "210.00", 0, 0, 0),
            "2050803": (0, "48.60", 0, 0, 0),
            "2080505": ("1026.48", 0, 0, 0, 0),
            "2080506": ("513.24", 0, 0, 0, 0),
            "2101101": ("12.60", 0, 0, 0, 0),
            "2101102": ("428.35", 0, 0, 0, 0),
            "2210201": ("770.16", 0, 0, 0, 0),
            "2296004": (0, 0, "180.00", 0, 0),
        },
        econ={
            "30102": "1862.40",
            "30107": "2436.80",
            "30199": "126.00",
            "30201": "186.00",
            "30205": "42.60",
            "30206": "228.50",
            "30211": "64.00",
            "30213": "156.00",
            "30216": "48.00",
            "30217": "5.00",
            "30228": "176.40",
            "30231": "8.60",
            "30299": "312.45",
            "30302": "268.30",
            "30305": "42.00",
        },
        sangong=(0, 0, "8.60", "5.00"),
        projects=[
            ("学前教育发展专项资金", "2050201", "145.00", 0, 0),
            ("义务教育学校公用经费保障资金（2026年春季学期）", "2050202", "520.00", 0, 0),
            ("初中学校校舍维修改造", "2050203", "386.40", 0, 0),
            ("教育教学质量提升工程", "2050299", "210.00", 0, 0),
            ("中小学教师继续教育培训", "2050803", "48.60", 0, 0),
            ("彩票公益金资助家庭经济困难学生", "2296004", 0, "180.00", 0),
        ],
        proj_cols=[
            ("合计", "total"),
            ("一般公共预算拨款", "general_public"),
            ("政府性基金预算拨款", "government_fund"),
        ],
        proj_wrap=(16, "A"),
        labels={
            k: f"附表1-{i}"
            for i, k in enumerate(["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ"], 1)
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ"],
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
            PROJ="项目支出表",
        ),
        inc_cols=[
            ("合计", "total"),
            ("一般公共预算拨款", "general_public"),
            ("政府性基金预算拨款", "government_fund"),
            ("国有资本经营预算拨款", "state_capital"),
            ("事业收入", "business"),
            ("其他收入", "other_income"),
        ],
        total_label="合  计",
        wrap=(14, "A"),
        split={"GB": 10},
        exp_extra=True,
        stray={"GB": ("2050202", 1, "4,862.3 5")},
        running="桂林市七星区教育局2026年部门预算",
        empty_text=dict(SC="说明：本部门2026年没有使用国有资本经营预算拨款安排的支出，故本表无数据。"),
        sg_label="2026年预算数",
        narrative_style="gx",
    )
)

# d07 重庆 重庆市渝北区退役军人事务局 2023 部门预算 (plain)
DOCS.append(
    dict(
        file="d07_chongqing_yubei_tyjrswj_2023_budget.txt",
        note="plain, 重庆 order (表1 财政拨款收支总表 first, 表2 一般公共预算财政拨款支出预算表, 表3 … 基本支出预算表, "
        "表4 三公 with a 2022年预算数 row above the 2023年预算数 row, 表5 政府性基金 empty, 表6 部门收支总表, 表7 部门收入"
        "总表, 表8 部门支出总表, 表9 国有资本 empty); 一般公共预算 only; 项 '在乡复员、退伍军人生活补助' with a 、; 合计 "
        "last in the 一般公共预算 table, which prints 2022年预算数 | 2023年预算数 (合计 基本支出 项目支出) | 增减额 | "
        "增减% with blank cells dropped (the 2022 and 增减 figures are not the report's own); '1,280.00'",
        mode="plain",
        province="重庆",
        org="重庆市渝北区退役军人事务局",
        year=2023,
        scope="部门",
        unit=WAN,
        fmt=Fmt(WAN, sep=True, zero=""),
        other=None,
        leaves={
            "2080801": (0, "186.40", 0, 0, 0),
            "2080802": (0, "425.30", 0, 0, 0),
            "2080803": (0, "312.75", 0, 0, 0),
            "2080805": (0, "1280.00", 0, 0, 0),
            "2080899": (0, "96.00", 0, 0, 0),
            "2082801": ("356.82", 0, 0, 0, 0),
            "2082804": (0, "45.00", 0, 0, 0),
            "2082850": ("128.46", 0, 0, 0, 0),
            "2082899": (0, "62.00", 0, 0, 0),
            "2080505": ("52.38", 0, 0, 0, 0),
            "2080506": ("26.19", 0, 0, 0, 0),
            "2101101": ("18.40", 0, 0, 0, 0),
            "2101102": ("6.82", 0, 0, 0, 0),
            "2210201": ("38.16", 0, 0, 0, 0),
        },
        econ={
            "30102": "108.60",
            "30107": "96.40",
            "30199": "8.50",
            "30201": "12.00",
            "30206": "6.80",
            "30211": "6.00",
            "30213": "5.00",
            "30217": "2.00",
            "30228": "7.82",
            "30231": "9.60",
            "30239": "16.80",
            "30299": "8.65",
        },
        sangong=(0, 0, "9.60", "2.00"),
        sg_prior=(0, 0, "10.20", "2.60"),
        labels={
            k: f"表{i}" for i, k in enumerate(["FS", "GB", "GBB", "SG", "GF", "IES", "INC", "EXP", "SC"], 1)
        },
        order=["FS", "GB", "GBB", "SG", "GF", "IES", "INC", "EXP", "SC"],
        titles=dict(
            FS="财政拨款收支总表",
            GB="一般公共预算财政拨款支出预算表",
            GBB="一般公共预算财政拨款基本支出预算表",
            SG="一般公共预算“三公”经费支出表",
            GF="政府性基金预算支出表",
            IES="部门收支总表",
            INC="部门收入总表",
            EXP="部门支出总表",
            SC="国有资本经营预算支出表",
        ),
        inc_cols=[
            ("合计", "total"),
            ("一般公共预算", "general_public"),
            ("政府性基金预算", "government_fund"),
        ],
        ies_items=[
            ("一般公共预算拨款收入", "gp"),
            ("政府性基金预算拨款收入", "gf"),
            ("国有资本经营预算拨款收入", None),
            ("事业收入", None),
            ("事业单位经营收入", None),
            ("其他收入", None),
        ],
        gb_total_last=True,
        gb_prior={
            "2080801": "180.00",
            "2080802": "410.60",
            "2080803": "298.40",
            "2080805": "1200.00",
            "2080899": "90.00",
            "2082801": "342.15",
            "2082804": "40.00",
            "2082850": "122.30",
            "2082899": "55.00",
            "2080505": "50.12",
            "2080506": "25.06",
            "2101101": "17.60",
            "2101102": "6.50",
            "2210201": "36.48",
        },
        wrap=(14, "B"),
        empty_text=dict(
            GF="本部门2023年无政府性基金预算拨款安排的支出，故本表无数据。",
            SC="本部门2023年无国有资本经营预算拨款安排的支出，故本表无数据。",
        ),
        sg_label="2023年预算数",
        narrative_style="cq",
    )
)

# d08 天津 天津市河西区公共法律服务中心 2025 单位预算 (layout)
DOCS.append(
    dict(
        file="d08_tianjin_hexi_ggflfwzx_2025_unit_budget.layout.txt",
        note="layout, 天津 unit budget 表1 … 表10 (收支预算总表 … 项目支出预算表); 一般公共预算 only; 三公 items as rows "
        "(项目 | 预算数, zero items printed 0.00); both fund tables empty in words; 项目 name '“八五”普法宣传' with a "
        "digit; '单位名称：… 金额单位：万元' org line; 项目支出预算表 "
        "科目编码 | 科目名称 | 项目名称 | 合计 | 财政拨款",
        mode="layout",
        province="天津",
        org="天津市河西区公共法律服务中心",
        year=2025,
        scope="单位",
        unit=WAN,
        fmt=Fmt(WAN, sep=False, zero=""),
        other=None,
        leaves={
            "2040650": ("268.34", 0, 0, 0, 0),
            "2040604": (0, "36.00", 0, 0, 0),
            "2040607": (0, "128.50", 0, 0, 0),
            "2040610": (0, "42.00", 0, 0, 0),
            "2040612": (0, "24.80", 0, 0, 0),
            "2080505": ("34.16", 0, 0, 0, 0),
            "2080506": ("17.08", 0, 0, 0, 0),
            "2101102": ("12.45", 0, 0, 0, 0),
            "2210201": ("25.62", 0, 0, 0, 0),
        },
        econ={
            "30102": "52.40",
            "30107": "48.60",
            "30199": "4.20",
            "30201": "6.00",
            "30206": "3.60",
            "30211": "2.50",
            "30213": "2.00",
            "30217": "1.20",
            "30228": "4.36",
            "30239": "6.80",
            "30299": "5.40",
        },
        sangong=(0, 0, 0, "1.20"),
        sg_rows=True,
        projects=[
            ("人民调解工作经费", "2040604", "36.00", 0, 0),
            ("法律援助案件补贴", "2040607", "128.50", 0, 0),
            ("社区矫正工作经费", "2040610", "42.00", 0, 0),
            ("“八五”普法宣传", "2040612", "24.80", 0, 0),
        ],
        proj_cols=[("合计", "total"), ("财政拨款", "fiscal_appropriation")],
        proj_coded=True,
        labels={
            k: f"表{i}"
            for i, k in enumerate(["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ"], 1)
        },
        order=["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ"],
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
            PROJ="项目支出预算表",
        ),
        org_line="单位名称：天津市河西区公共法律服务中心   金额单位：万元",
        inc_cols=[
            ("合计", "total"),
            ("一般公共预算", "general_public"),
            ("政府性基金", "government_fund"),
            ("其他收入", "other_income"),
        ],
        ies_items=[
            ("一般公共预算拨款收入", "gp"),
            ("政府性基金预算拨款收入", "gf"),
            ("国有资本经营预算拨款收入", None),
            ("事业收入", None),
            ("其他收入", None),
        ],
        fs_style="B",
        wrap=(15, "top"),
        empty_text=dict(GF="本单位2025年无政府性基金预算支出。", SC="本单位2025年无国有资本经营预算支出。"),
        narrative_style="tj",
    )
)

# ------------------------------------------------------------------------------------------------ expectations

BUILT = {doc["file"]: (doc, *build(doc)) for doc in DOCS}


def want(s):
    """A printed cell as expected: blank none; a printed zero optional."""
    if not s:
        return None
    if s.replace(",", "") in ("0", "0.00", "-"):
        return "0.00?"
    return s


def expectations(doc, tables):
    specs = []
    # checked in one fixed order whatever the document's (d07 prints its 一般公共预算 table before the 收入总表
    # and 支出总表): review_check lets an expected figure take the same code's figure of another table when its
    # own table gave none, so the main tables are matched first
    fixed = ["IES", "INC", "EXP", "FS", "GBB", "PROJ", "PROC", "GF", "SC", "PERF", "GB", "SG"]
    for kind in sorted(doc["order"], key=fixed.index):
        t = tables[kind]
        rows = []
        if t.kind == "two":
            for ll, lv, rl, rv in t.rows:
                if ll and lv and want(lv[0]):
                    rows.append((None, ll, {I: want(lv[0])}))
                if rl and rv:
                    keys = [E] if kind == "IES" else [E, EGP, EGF, ESC]
                    cols = {k: want(v) for k, v in zip(keys, rv) if want(v)}
                    if cols:
                        rows.append((None, rl, cols))
        elif t.kind in ("coded", "named"):
            for code, name, vals in t.rows:
                if name in getattr(t, "items", ()):
                    continue  # a 政府采购 item line: no expected amount (loaded = SPURIOUS)
                cols = {k: want(v) for (_, k), v in zip(t.cols, vals) if k and want(v)}
                if cols:
                    label = name.replace(" ", "") if code is None else name
                    if getattr(t, "proj_coded", False) and code:  # (code, project name, cols, subject name)
                        rows.append((code, label, cols, FUNC[code]))
                    else:
                        rows.append((code, label, cols))
        elif t.kind == "sangong_row":
            if getattr(t, "cols", None):  # items as rows
                for (name, vals), key in zip(t.rows, t.sg_keys):
                    rows.append((None, name, {key: want(vals[0])}))
            else:
                name, vals = t.rows[-1]
                rows.append((None, "*", {k: want(v) for k, v in zip(t.sg_keys, vals) if k and want(v)}))
        specs.append(dict(table=t.key, unit=t.unit, rows=rows))
    # the 三公 row "*" last (it would take another table's total column first)
    specs.sort(key=lambda s: any(r[1] == "*" for r in s["rows"]))
    return specs


EXPECTED = {}
for _file, (_doc, _m, _tables, _e, _sv) in BUILT.items():
    EXPECTED[_file] = dict(
        note=_doc["note"],
        kind="budget",
        tables=expectations(_doc, _tables),
        only_tables=[KEYS[k] for k in _doc["order"]],
    )


def _identities():
    """Re-add every printed table from its printed strings."""

    def v(s):
        return D(s.replace(",", "")) if s and s != "-" else D(0)

    for file, (doc, m, tables, e, sv) in BUILT.items():
        for kind, t in tables.items():
            if t.kind == "coded" and kind != "PROJ":
                own = [i for i, (_, k) in enumerate(t.cols) if k]
                byc = {c: [v(x) for x in vals] for c, _, vals in t.rows if c}
                tot = next(vals for c, _, vals in t.rows if c is None)
                tot = [v(x) for x in tot]
                for c, vals in list(byc.items()) + [("", tot)]:
                    kids = [k for k in byc if len(k) == {"": 3, 3: 5, 5: 7}.get(len(c)) and k.startswith(c)]
                    if kind == "GBB":
                        kids = [k for k in byc if len(k) == {"": 3, 3: 5}.get(len(c), 0) and k.startswith(c)]
                    if kids:
                        for i in own:
                            assert sum(byc[k][i] for k in kids) == vals[i], (file, kind, c, i)
                    if len(own) >= 3 and kind != "INC":
                        a, b, p = own[:3]
                        assert vals[a] == vals[b] + vals[p], (file, kind, c)
                    if kind == "INC":
                        assert vals[0] == sum(vals[1:]), (file, kind, c)
            if t.kind == "two":
                lv = {ll: v(x[0]) for ll, x, _, _ in t.rows if ll and x}
                items = [x for ll, x in lv.items() if ll[1:2] == "、"]
                this = lv.get("本年收入合计") or lv.get("一、本年收入")
                if "本年收入合计" in lv:
                    assert sum(items) == lv["本年收入合计"], (file, kind)
                rv = {rl: [v(y) for y in x] for _, _, rl, x in t.rows if rl and x}
                grand = rv["支出总计"]
                assert lv["收入总计"] == grand[0], (file, kind)
                classes = [
                    x
                    for rl, x in rv.items()
                    if rl[:1] == "（"
                    or (
                        (rl[1:2] == "、" and rl[:2] != "一、")
                        or (rl.startswith("一、") and "本年支出" not in rl)
                    )
                ]
                for i in range(len(grand)):
                    assert sum(x[i] for x in classes) == grand[i], (file, kind, i)
                if len(grand) == 4:
                    assert grand[0] == grand[1] + grand[2] + grand[3], (file, kind)
                assert this is not None
        # across tables
        exp = tables["EXP"].rows
        assert v(next(x for c, _, x in exp if c is None)[0]) == v(
            next(x for ll, x, _, _ in tables["IES"].rows if ll == "收入总计")[0]
        ), file
        gb = next(x for c, _, x in tables["GB"].rows if c is None)
        gbb = next(x for c, _, x in tables["GBB"].rows if c is None)
        off = 1 if doc.get("gb_prior") else 0
        assert v(gb[off + 1]) == v(gbb[0]), file
        sgv = {k: v(x[-1][1][0] if False else "0") for k, x in ()}
        # 三公
        t = tables["SG"]
        vals = [
            v(x) for x in (t.rows[-1][1][-6:] if not getattr(t, "cols", None) else [r[1][0] for r in t.rows])
        ]
        total, out, car, buy, run, rec = vals
        assert total == out + car + rec and car == buy + run, file
        if "PROC" in tables:
            pr = tables["PROC"]
            cat = {n: v(x[-1]) for _, n, x in pr.rows}
            assert cat["合计"] == cat["一、货物"] + cat["二、工程"] + cat["三、服务"], file
            assert cat["一、货物"] == sum(v(x[-1]) for _, n, x in pr.rows[2:5]), file
        if doc.get("projects"):
            pt = tables["PROJ"]
            tot = [v(x) for x in pt.rows[0][2]]
            for i in range(len(tot)):
                assert sum(v(r[2][i]) for r in pt.rows[1:]) == tot[i], file
            assert tot[0] == m.t("project"), file
        del sgv


_identities()
