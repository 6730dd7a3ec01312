"""Expected readings of the rules_s35c inputs: six WHOLE reports of LARGE departments (province- and city-level, 10-18
units each): three 部门预算 and three 部门决算, two as plain pdftotext text (a1, f1), two as pdftotext -layout text (a2,
f2: each word at the CHARACTER index of its column), two as PDFs drawn with rules_s33c/minipdf.py (a3, f3). Each: a
cover, a 目录, a 说明 of several pages (per-类 and per-项 statements), every table of its template, a 名词解释; 60-150 KB
of text each (the brief's exception to the size rule).

Shapes attacked (documents):
- LONG functional tables: 部门支出总表 / 支出决算表 and 一般公共预算支出表 of 9-12 类, 25-37 款, 60-95 项 running 4-8 pages
  (every input), the header repeated on each page with no word (a1, f3), after a "续表" line (a2, f1, a3) or after the
  title again with "（续）" (f2); page footers "第 n 页" / "- n -" between; a page break inside a 类 (its 款 and 项 on
  the next page: every input); a row whose wrapped name is SPLIT by the page break (the first piece and the figures at
  the foot of one page, the rest of the name at the top of the next, under the repeated header: a2, f2, a3);
- tables by UNIT: the 收入总表 / 收入决算表 whose rows are units (合计, the department's own row "430 湖南省水利厅"
  repeating it, then one row per unit "430001 …") (all); a 支出总表（分单位） with per unit its row ("430001 湖南省
  水利厅机关" with its figures) and then its 类 / 款 / 项 rows in the same columns (a1, a2, a3, f1, f3), or rows that
  are units only (f2); units' names long enough to wrap (…水文水资源勘测中心, …地质灾害防治与应急技术中心);
- project tables of 60-110 projects (the budgets: 项目名称 | 单位名称 | 功能科目编码 | 合计 | 一般公共预算 | 政府性基金 |
  其他资金), names of 20-40 characters wrapping 2-3 lines in their cell, the same name under several units (made
  distinct by the unit's short name in brackets); a 政府采购预算表 of 30-36 items under 一、货物 / 二、工程 / 三、服务;
- a 说明 of several pages: per 类 (（一）…（类）) and per large 项 statements; in finals, 年初预算 / 支出决算 / 完成率 per
  类 and per large 项 (execution claims with their code), in budgets amounts per 类 and 项 (no claim kind: none
  expected), the totals, 政府采购预算总额, 三公 execution;
- 万元 (a1, a3, f2, f3) and 元 (a2, f1) documents; 合计 first everywhere.

What the parser must do with the units' rows (rules_s32f's rule, check.py as rules_s32f's): NOT load them (the
department's own row, a unit's row, the codes printed under a unit) and say so by a diagnostic of the table naming
units ("unit" in its check name or message). The 合计 of a table by unit is the department's and is expected.

The figures: the typed data of each document is its seed, its units (code, name, short name), its 类 (the 项 of the
catalogue in s35c_lib.FUNC_TEXT under them), its scale, 三公 figures, project names and procurement items;
s35c_lib.make_entries spreads the 项 over the units and draws each unit's amounts from the seed (deterministic), and
build() sums every printed table from them; gen.py prints those very strings and the expectations are read from them
(never from the parser's output). identities() (run at import) re-adds every printed table from its printed strings:
row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, a table by unit: 合计 = Σ units, a unit = Σ its 类, 项目 合计 = Σ
projects = 支出总表's 项目支出, 采购 合计 = Σ categories = Σ items, 三公 合计 = 出国 + 车 + 接待, 收支总表 类 = 支出总表 类,
基本支出表 合计 = 一般公共预算支出表 基本支出. Procurement items are NOT expected (the parser's design: only 合计 and the
categories): loading one is SPURIOUS. Claims as rules_s34c (check.py's claims_review)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s35c_lib import build, expectations, identities, narrative, not_loaded, unit_rows  # noqa: E402

B_TITLES = dict(
    IS="部门收支总表",
    INC="部门收入总表",
    EXP="部门支出总表",
    EXP2="部门支出总表（分单位）",
    FS="财政拨款收支总表",
    GB="一般公共预算支出表",
    EB="一般公共预算基本支出表",
    SG="一般公共预算“三公”经费支出表",
    GF="政府性基金预算支出表",
    PJ="部门项目支出预算表",
    PR="政府采购预算表",
)
F_TITLES = dict(
    IS="收入支出决算总表",
    INC="收入决算表",
    EXP="支出决算表",
    EXP2="支出决算表（分单位）",
    FS="财政拨款收入支出决算总表",
    GB="一般公共预算财政拨款支出决算表",
    EB="一般公共预算财政拨款基本支出决算表",
    SG="财政拨款“三公”经费支出决算表",
    GF="政府性基金预算财政拨款收入支出决算表",
)

PROJECTS = {
    "201": [
        "机关日常运转保障专项经费",
        "政务信息化系统运行维护及网络安全等级保护测评经费",
        "第五次全国经济普查水利专项数据采集与汇总分析工作经费",
        "档案数字化加工及档案库房改造",
    ],
    "205": [
        "水利水电职业教育实训基地建设",
        "中等职业教育国家助学金及免学费补助资金",
        "干部教育培训及专业技术人员继续教育经费",
    ],
    "206": [
        "水利科技创新重点研发项目",
        "水资源高效利用与水生态保护关键技术研究及示范推广应用",
        "科研仪器设备购置",
    ],
    "207": ["群众文化活动及水文化宣传", "水利遗产保护与水文化展陈"],
    "208": ["离退休人员活动经费", "退休干部医疗及遗属生活困难补助资金"],
    "210": ["公共卫生应急物资储备", "重大传染病防控及基本公共卫生服务项目补助资金", "卫生监督执法装备购置"],
    "211": ["农村生活污水治理及人居环境整治", "水源地环境保护"],
    "212": ["征地拆迁补偿专项资金", "城市防洪排涝设施建设"],
    "213": [
        "洞庭湖区重点垸堤防加固及蓄洪安全建设工程省级配套资金",
        "中小河流治理工程",
        "山洪灾害防治非工程措施运行维护",
        "水文监测站网运行维护",
        "大中型水库移民后期扶持项目",
        "防汛抗旱应急度汛物资储备及防汛指挥系统运行维护经费",
        "农村饮水安全巩固提升工程",
        "水土保持监测及综合治理",
        "河湖长制工作经费",
        "高标准农田建设",
        "农业科技成果转化与推广服务",
        "重大病虫害统防统治及农作物病虫害监测预警体系运行",
        "森林资源培育及国土绿化",
        "森林生态效益补偿资金",
        "林业有害生物防治及森林草原防灭火能力提升工程",
        "小型水库除险加固",
        "水资源节约管理与保护",
        "灌区续建配套与现代化改造",
    ],
    "214": ["农村公路建设补助", "国省干线公路养护"],
    "220": [
        "自然资源调查监测及确权登记",
        "国土空间规划编制",
        "地质灾害调查评价及地质环境监测预警体系建设",
        "矿产资源勘查与储量核实",
    ],
    "221": ["住房改革补贴"],
    "224": ["地质灾害防治专项资金", "安全生产监管执法", "自然灾害救灾补助资金"],
    "229": ["彩票公益金社会福利项目", "彩票公益金教育助学项目", "彩票公益金残疾人康复项目"],
}

PROCUREMENT = [
    (
        "货物",
        [
            ("台式计算机", "A02010104 台式计算机", "120台"),
            ("便携式计算机", "A02010105 便携式计算机", "60台"),
            ("激光打印机", "A02021003 A4黑白打印机", "40台"),
            ("多功能一体机", "A02021100 多功能一体机", "18台"),
            ("服务器", "A02010103 服务器", "6台"),
            ("网络交换设备", "A02010201 路由器", "12台"),
            ("水文测验仪器", "A02100500 水文仪器", "86套"),
            ("雨量监测设备", "A02100599 其他水文仪器", "240套"),
            ("无人机", "A02060100 航空器", "4架"),
            ("执法记录仪", "A02091107 视频监控设备", "50台"),
            ("办公桌椅", "A05010201 办公桌", "200套"),
            ("档案密集架", "A05010502 文件柜", "80组"),
        ],
    ),
    (
        "工程",
        [
            ("办公楼维修改造工程", "C21040000 修缮工程", "1项"),
            ("水文站房改造工程", "C21040000 修缮工程", "1项"),
            ("监测站点土建工程", "B08000000 构筑物施工", "1项"),
            ("防汛仓库维修工程", "C21040000 修缮工程", "1项"),
            ("机房改造工程", "B06040000 装修工程", "1项"),
        ],
    ),
    (
        "服务",
        [
            ("信息系统运行维护服务", "C16070000 运行维护服务", "1项"),
            ("网络安全等级保护测评服务", "C16060000 信息安全服务", "1项"),
            ("物业管理服务", "C21040000 物业管理服务", "12个月"),
            ("安保服务", "C22030000 安保服务", "12个月"),
            ("审计服务", "C23030000 审计服务", "1项"),
            ("法律服务", "C23010000 法律服务", "1项"),
            ("印刷服务", "C08140000 印刷服务", "1批"),
            ("车辆维修和保养服务", "C23120301 车辆维修和保养服务", "1项"),
            ("车辆加油服务", "C23120302 车辆加油服务", "1项"),
            ("公务用车租赁服务", "C23120200 车辆租赁服务", "1项"),
            ("会议服务", "C22010000 会议服务", "1项"),
            ("培训服务", "C22020000 培训服务", "1项"),
            ("测绘服务", "C18020000 测绘服务", "1项"),
            ("水质检测服务", "C23090000 检测服务", "1项"),
            ("规划编制服务", "C23050000 规划服务", "1项"),
            ("档案整理服务", "C23990000 其他专业服务", "1项"),
        ],
    ),
]

DOCS = []


def units(prefix, names):
    """(unit code, name, short name) from 'name|short' strings: the 机关 first as NNN001."""
    out = []
    for i, s in enumerate(names):
        name, short = s.split("|")
        out.append((f"{prefix}{i + 1:03d}", name, short))
    return out


DOCS.append(
    dict(
        file="a1_hunan_slt_2025_budget.txt",
        note="plain 湖南省水利厅 2025 部门预算 (万元), 16 units: 部门收入总表 by unit, 部门支出总表 4+ pages (header repeated, no 续表), 支出总表（分单位） blocks, 项目支出表 ~100 projects, 采购 33 items",
        kind="budget",
        org="湖南省水利厅",
        dept_code="430",
        year=2025,
        unit="万元",
        date="2025年2月",
        seed=2501,
        scale="1",
        classes=("201", "205", "206", "208", "210", "211", "213", "220", "221", "224", "229"),
        skip=("2100201", "2100202", "2100206", "2100299", "2100717", "2110199", "2130234", "2240602"),
        units=units(
            "430",
            [
                "湖南省水利厅机关|机关",
                "湖南省水文水资源勘测中心|水文中心",
                "湖南省洞庭湖水利事务中心|洞庭湖中心",
                "湖南省水利水电勘测设计规划研究总院|设计院",
                "湖南省水利水电科学研究院|水科院",
                "湖南水利水电职业技术学院|职院",
                "湖南省水利厅机关后勤服务中心|后勤中心",
                "湖南省水利工程管理局|工管局",
                "湖南省水利水电工程质量与安全监督中心站|质监站",
                "湖南省欧阳海灌区水利水电工程管理局|欧阳海局",
                "湖南省韶山灌区工程管理局|韶山灌区",
                "湖南省铁山灌区管理局|铁山灌区",
                "湖南省水利信息中心|信息中心",
                "湖南省水利厅财务审计中心|审计中心",
                "湖南省水利水电工程技术培训中心|培训中心",
                "湖南省河湖长制工作事务中心|河湖中心",
            ],
        ),
        by_unit="blocks",
        rpp=48,
        cont="",
        namew=16,
        footer="- {n} -",
        profile="贯彻落实党中央关于水利工作的方针政策和决策部署，负责保障全省水资源的合理开发利用，负责全省水利工程建设与管理，指导水资源保护、水土保持和农村水利工作，承担水旱灾害防御的相关工作。",
        sangong=("18.00", "0.00", "236.40", "42.60"),
        projects=PROJECTS,
        procurement=PROCUREMENT,
        big_items=6,
    )
)

DOCS.append(
    dict(
        file="a2_sichuan_chengdu_wjw_2024_budget.layout.txt",
        note="layout 成都市卫生健康委员会 2024 部门预算 (元), 14 units: 续表 + header on each page, a wrapped name split by the page break, 支出总表（分单位） blocks, projects wrapping 2-3 lines",
        kind="budget",
        org="成都市卫生健康委员会",
        dept_code="136",
        year=2024,
        unit="元",
        date="2024年2月",
        seed=2402,
        scale="10000",
        classes=("201", "205", "206", "208", "210", "212", "221", "224", "229"),
        skip=("2010507", "2240601", "2240703", "2296004", "2296006", "2050305"),
        units=units(
            "136",
            [
                "成都市卫生健康委员会机关|机关",
                "成都市疾病预防控制中心|市疾控",
                "成都市卫生健康监督执法支队|监督支队",
                "成都市妇女儿童中心医院|妇儿中心",
                "成都市第一人民医院|市一医院",
                "成都市第二人民医院|市二医院",
                "成都市第三人民医院|市三医院",
                "成都市中西医结合医院|中西医院",
                "成都市公共卫生临床医疗中心|公卫中心",
                "成都市急救指挥中心|急救中心",
                "成都市血液中心|血液中心",
                "成都市卫生健康信息中心|信息中心",
                "成都市卫生健康委员会机关后勤服务中心|后勤中心",
                "成都市医学信息所|信息所",
            ],
        ),
        by_unit="blocks",
        rpp=44,
        cont="续表",
        namew=14,
        split_rows=True,
        footer="第 {n} 页",
        profile="贯彻执行国家和省卫生健康工作方针政策，拟订全市卫生健康事业发展规划，统筹规划卫生健康资源配置，协调推进医药卫生体制改革，负责疾病预防控制、卫生应急和医疗机构管理工作。",
        sangong=("0.00", "0.00", "486000.00", "86000.00"),
        projects=PROJECTS,
        procurement=PROCUREMENT,
        big_items=5,
    )
)

DOCS.append(
    dict(
        file="a3_jiangxi_nynct_2026_budget.pdf",
        note="PDF 江西省农业农村厅 2026 部门预算 (万元), 18 units: ruled rows over many pages, 续表 + header, a wrapped name split by the page break, 支出总表（分单位） blocks, ~110 projects",
        kind="budget",
        org="江西省农业农村厅",
        dept_code="150",
        year=2026,
        unit="万元",
        date="2026年1月",
        seed=2603,
        scale="1",
        classes=("201", "205", "206", "208", "210", "211", "212", "213", "214", "221", "229"),
        skip=(
            "2100201",
            "2100202",
            "2100206",
            "2100299",
            "2100401",
            "2100402",
            "2100403",
            "2100408",
            "2100409",
            "2100410",
            "2100717",
        ),
        units=units(
            "150",
            [
                "江西省农业农村厅机关|机关",
                "江西省农业技术推广中心|农技中心",
                "江西省畜牧技术推广站|畜牧站",
                "江西省水产技术推广站|水产站",
                "江西省农业机械化技术推广监测站|农机站",
                "江西省农业农村厅农村合作经济指导中心|合作中心",
                "江西省农产品质量安全检测中心|质检中心",
                "江西省动物疫病预防控制中心|动疫中心",
                "江西省农业生态与资源保护站|生态站",
                "江西省农业农村信息中心|信息中心",
                "江西农业工程职业学院|农工院",
                "江西省农业科学院农业经济与信息研究所|经信所",
                "江西省农业农村厅机关服务中心|服务中心",
                "江西省种子管理站|种子站",
                "江西省植保植检局|植保局",
                "江西省农田建设管理中心|农田中心",
                "江西省乡村振兴促进中心|振兴中心",
                "江西省农业宣传教育中心|宣教中心",
            ],
        ),
        by_unit="blocks",
        rpp=40,
        cont="续表",
        namew=14,
        split_rows=True,
        footer="- {n} -",
        profile="贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全省“三农”工作战略、规划和政策，指导乡村产业发展、农田建设、农业技术推广和动植物疫病防控。",
        sangong=("12.00", "0.00", "168.50", "36.80"),
        projects=PROJECTS,
        procurement=[(c, its[:11]) for c, its in PROCUREMENT],
        big_items=6,
    )
)

DOCS.append(
    dict(
        file="f1_guangxi_lyj_2023_final.txt",
        note="plain 广西壮族自治区林业局 2023 部门决算 (元), 12 units: 收入决算表 by unit, 支出决算表 over pages under 续表, 支出决算表（分单位） blocks, per-类 and per-项 execution claims",
        kind="final_account",
        org="广西壮族自治区林业局",
        dept_code="139",
        year=2023,
        unit="元",
        date="2024年8月",
        seed=2304,
        scale="10000",
        classes=("201", "205", "206", "207", "208", "210", "213", "220", "221", "224", "229"),
        skip=(
            "2100201",
            "2100202",
            "2100206",
            "2100299",
            "2100401",
            "2100403",
            "2100408",
            "2100409",
            "2100410",
            "2130316",
            "2130321",
            "2130335",
        ),
        units=units(
            "139",
            [
                "广西壮族自治区林业局机关|机关",
                "广西壮族自治区林业科学研究院|林科院",
                "广西壮族自治区国有高峰林场|高峰林场",
                "广西壮族自治区国有七坡林场|七坡林场",
                "广西壮族自治区国有钦廉林场|钦廉林场",
                "广西壮族自治区林业勘测设计院|勘测院",
                "广西生态工程职业技术学院|生态学院",
                "广西壮族自治区森林资源与生态环境监测中心|监测中心",
                "广西壮族自治区林业有害生物防治检疫站|防检站",
                "广西壮族自治区林业局机关服务中心|服务中心",
                "广西壮族自治区野生动植物保护站|野保站",
                "广西壮族自治区林业宣传中心|宣传中心",
            ],
        ),
        by_unit="blocks",
        rpp=46,
        cont="续表",
        namew=16,
        footer="第 {n} 页",
        final_extra="3862400.00",
        carry_begin="12468300.00",
        profile="负责全区森林、湿地、荒漠和陆生野生动植物资源的监督管理，组织实施林业生态保护修复和造林绿化工作，负责森林草原防火和林业有害生物防治相关工作，指导国有林场建设和发展。",
        sangong=("0.00", "0.00", "684200.00", "96400.00"),
        sangong_budget=("0.00", "0.00", "760000.00", "120000.00"),
        big_items=6,
    )
)

DOCS.append(
    dict(
        file="f2_anhui_hefei_jyj_2024_final.layout.txt",
        note="layout 合肥市教育局 2024 部门决算 (万元), 20 units: title + （续） on each page, a wrapped name split by the page break, 支出决算表（分单位） with units as rows, execution claims per 类 and 项",
        kind="final_account",
        org="合肥市教育局",
        dept_code="113",
        year=2024,
        unit="万元",
        date="2025年8月",
        seed=2405,
        scale="1",
        classes=("201", "205", "206", "207", "208", "210", "212", "213", "221", "224", "229"),
        skip=(
            "2100201",
            "2100202",
            "2100206",
            "2100299",
            "2130101",
            "2130104",
            "2130108",
            "2130109",
            "2130122",
            "2130135",
            "2130204",
            "2130205",
            "2130207",
            "2130209",
            "2130234",
            "2130301",
            "2130304",
            "2130305",
            "2130306",
            "2130310",
            "2130311",
            "2130314",
            "2130316",
            "2130321",
            "2130335",
            "2130399",
        ),
        units=units(
            "113",
            [
                "合肥市教育局机关|机关",
                "合肥市第一中学|一中",
                "合肥市第六中学|六中",
                "合肥市第八中学|八中",
                "合肥市第一六八中学|一六八中",
                "合肥市第十中学|十中",
                "合肥市第三中学|三中",
                "合肥市第九中学|九中",
                "合肥市第十一中学|十一中",
                "合肥工业学校|工业学校",
                "合肥经贸旅游学校|经贸学校",
                "合肥市教育科学研究院|教科院",
                "合肥市电化教育馆|电教馆",
                "合肥市教育考试院|考试院",
                "合肥市学生资助管理中心|资助中心",
                "合肥市特殊教育中心|特教中心",
                "合肥幼儿师范高等专科学校|幼专",
                "合肥市青少年科技教育中心|科技中心",
                "合肥市教育局机关后勤服务中心|后勤中心",
                "合肥市教育装备与勤工俭学管理中心|装备中心",
            ],
        ),
        by_unit="rows",
        rpp=42,
        cont="title",
        namew=14,
        split_rows=True,
        footer="第 {n} 页",
        final_extra="286.40",
        carry_begin="1468.52",
        profile="贯彻执行国家教育方针政策，统筹管理全市学前教育、义务教育、高中阶段教育、职业教育和特殊教育，负责市属学校经费和国有资产管理，指导全市教育考试和学生资助工作。",
        sangong=("0.00", "0.00", "42.60", "12.80"),
        sangong_budget=("0.00", "0.00", "48.00", "16.00"),
        big_items=5,
    )
)

DOCS.append(
    dict(
        file="f3_shaanxi_zrzyt_2022_final.pdf",
        note="PDF 陕西省自然资源厅 2022 部门决算 (万元), 10 units: ruled rows over pages, header repeated without 续表, 支出决算表（分单位） blocks, execution claims per 类 and 项",
        kind="final_account",
        org="陕西省自然资源厅",
        dept_code="128",
        year=2022,
        unit="万元",
        date="2023年8月",
        seed=2206,
        scale="1",
        classes=("201", "206", "207", "208", "210", "211", "212", "213", "214", "220", "221", "224"),
        skip=(
            "2100201",
            "2100202",
            "2100206",
            "2100299",
            "2100401",
            "2100403",
            "2100408",
            "2100409",
            "2100410",
            "2130101",
            "2130104",
            "2130108",
            "2130109",
            "2130122",
            "2130135",
        ),
        units=units(
            "128",
            [
                "陕西省自然资源厅机关|机关",
                "陕西省国土资源规划与评审中心|评审中心",
                "陕西省地质环境监测总站|监测总站",
                "陕西省自然资源调查规划院|调查院",
                "陕西省不动产登记事务中心|登记中心",
                "陕西省测绘地理信息局第一测绘工程院|测绘一院",
                "陕西省自然资源厅信息中心|信息中心",
                "陕西省地质调查院|地调院",
                "陕西省土地工程建设集团技术研究院|技研院",
                "陕西省自然资源厅机关服务中心|服务中心",
            ],
        ),
        by_unit="blocks",
        rpp=40,
        cont="",
        namew=16,
        footer="- {n} -",
        final_extra="512.36",
        carry_begin="2846.18",
        profile="履行全民所有土地、矿产、森林、草原、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责，负责自然资源调查监测评价、统一确权登记、国土空间规划和地质灾害防治技术支撑工作。",
        sangong=("0.00", "0.00", "96.40", "18.60"),
        sangong_budget=("0.00", "0.00", "112.00", "24.00"),
        big_items=6,
    )
)

BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _doc["titles"] = B_TITLES if _doc["kind"] == "budget" else F_TITLES
    if _doc["kind"] != "budget":
        _doc["kind"] = "final_account"
    _tabs, _info = build(_doc)
    identities(_doc, _tabs, _info)
    _text, _claims = narrative(_doc, _tabs, _info)
    BUILT[_doc["file"]] = (_doc, _tabs, _info, _text)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_doc, _tabs),
        only_tables=None,
        not_loaded=not_loaded(_tabs),
        claims=_claims,
        unit_rows=unit_rows(_tabs),
    )
