"""Expected readings of the rules_s34a inputs: eight WHOLE reports (four 部门预算, four 部门决算; three plain pdftotext
texts .txt, three pdftotext -layout texts .layout.txt, two PDFs), each a cover, a 目录, a 说明 with figures, every
table of its template and 名词解释 (rules_s33c's builder, imported: s34a_lib.py), printed with the PRINT NOISE real
PDFs turned to text show around the figures (s34a_print.py, rules_s33c's printer imported).

Shapes attacked (documents):
- number forms: thousands separators in 万元 ("12,486.72": t1, l2, l3, p2) and in 元 with decimals ("8,624,365.42": p1);
  no separators ("30993478.00" 元: l1; "486.3125" 万元: t3); 元 figures WITHOUT decimals ("4,862,300": t2, every
  table); 万元 with FOUR decimals (t3); negative figures: a final's 年末结转和结余 and 年末财政拨款结转和结余 below zero
  ("－134,400" full-width minus, t2; "-16.50", l2), and a 比上年增减 column of the 一般公共预算支出表 with negative
  changes ("-52.00" t1 beside zeros printed "-"; "－51.40" full-width, l3) - the 上年 / 增减 columns are NOT the
  report's own (no expectation: a figure loaded from them is SPURIOUS); zero printed "-" (t1, p2), "0" (t2), "——" (t3),
  "0.00" (l1), "/" (l2), "—" (l3), blank (p1); full-width digits in a 说明 sentence holding a claim ("２０２５年收支预算
  总计４９，９７６．３５万元" t1; t2's 本年支出合计 sentence);
- the amount unit: "单位:万元" with an ASCII colon on its own line below 编制单位 (t1), "金额单位：元" (t2), "单位：万元" centred
  on the line below the title (t3), at the right end of the title line (l1 "单位：元", p1 "单位:元"), alone at the right
  on the line above the header with 编制单位 on the line before (l2), "金额单位：万元" (l3, p2); one document whose tables
  mix units: l2 (万元) prints its 基本支出表 and 三公 table in 元;
- page furniture inside tables: page numbers "- 12 -" (t1, l3), "第3页 共25页" (t2, l2, p2), "第 3 页" (t3, l1, p1);
  a running header (the unit's name and the report's title) atop every page after the 目录 (all but l2), so inside
  every table split over two pages; tables split over pages with their header repeated: without a label (t1 支出总表,
  l1 基本支出表), under "续表" (t2 收入决算表, l2 一般公共预算财政拨款支出决算表, l3 部门支出总表, p1 部门收入总表),
  under the title again with "（续）" (t3 支出决算表, l1 部门收入总表, p2 支出决算表); a watermark word alone on a line
  between two rows ("内部资料": t1 收入表 / 一般公共预算支出表, t3 收支总表 / 基本支出表, l3, p1; "公开": t2 支出表 / 收支总表,
  l1, p2 一般公共预算表 / 财政拨款收支总表);
- footnotes under tables: "注：本表反映…", "注：1.… / 2.…", "备注：…其中：…万元" whose figures are no cells (some equal
  to a cell of the table above: t2's 1,500,000, l1's 186000.00 and 386000.00; one naming the 年末 deficit's cause with
  its figure: t2, l2).

The figures are typed below per report as rules_s33c's (s33c_lib's docstring): leaves = functional 项 -> money by
fund and kind (cb / ce: a final's 年初 / 年末 财政拨款结转和结余), econ = the 一般公共预算 基本支出 by economic 款 (30101
and 30201 the rests), 三公, a final's gp_budget and sangong_budget; cmp = the 上年预算数 by 项 of the 一般公共预算支出表.
s33c_lib.build() sums every printed table from them and s33c_lib.identities() re-adds every printed table at import
(row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, both summaries' sides, across tables); s34a_lib re-adds the
comparison block (增减 = 本年 - 上年 per row, 类 = Σ 款 = Σ 项 in both) and the tables printed in 元 (x 10000 exactly).
The expected values are the builder's strings (separators, decimals), never the parser's: a figure printed "4,862,300"
is expected "4,862,300.00", a zero printed "-" / "0" / "——" / "/" / "—" is expected "0.00?" (not loading it is OK),
a blank cell has no expectation. Format as ../review_check.py; claims as rules_s33c's (check.py copied)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s34a_lib import make, s33c_lib  # noqa: E402

EXP, INC, GB, EB, SG, IS, FS = (
    s33c_lib.EXP,
    s33c_lib.INC,
    s33c_lib.GB,
    s33c_lib.EB,
    s33c_lib.SG,
    s33c_lib.IS,
    s33c_lib.FS,
)
# education codes the builder's list lacks (2020s classification)
s33c_lib.FUNC.update(
    {
        "20501": "教育管理事务",
        "2050101": "行政运行",
        "20502": "普通教育",
        "2050201": "学前教育",
        "2050202": "小学教育",
        "2050203": "初中教育",
        "2050204": "高中教育",
        "2050299": "其他普通教育支出",
        "20507": "特殊教育",
        "2050701": "特殊学校教育",
    }
)

GLOSSARY = [
    (
        "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
        False,
    ),
    (
        "八、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金，以及项目已完成或受政策变化等因素影响"
        "终止的资金。",
        False,
    ),
    (
        "九、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定"
        "继续使用的资金。",
        False,
    ),
]


def later(text, final=False):
    """Figure-free paragraphs placed before 名词解释 (the 说明's other matters, numbered on from its last item)."""
    a, b = ("七", "八") if final else ("六", "七")
    return [
        (f"{a}、国有资产占用情况", True),
        (text, False),
        (f"{b}、预算绩效管理情况", True),
        (
            "根据预算绩效管理要求，本部门组织对项目支出开展绩效目标管理，绩效目标随部门预算同步编报、同步审核、同步批复，"
            "并按规定向社会公开。",
            False,
        ),
    ]


DOCS = {}

# ------------------------------------------------------------------------------------------------- t1
DOCS["t1_henan_erqi_jyj_2025_budget.txt"] = dict(
    note="plain 河南2025 部门预算 (万元 with separators): zero '-', 一般公共预算支出表 with 上年预算数 | 本年预算数 | 增减额 "
    "(negative '-52.00', beside '-' for nothing), unit '单位:万元' (ASCII colon), running header, '- n -', 支出总表 split (header again, no label), "
    "'内部资料' between rows, footnotes with 其中 figures, full-width digits in the total's sentence",
    kind="budget",
    org="郑州市二七区教育局",
    year=2025,
    unit="万元",
    date="2025年2月",
    n_units=46,
    profile="负责全区学前教育、义务教育的统筹规划和管理，组织实施教育督导评估，负责中小学校舍安全、学生资助和教师队伍建设"
    "工作，指导全区教育信息化建设。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", zero="0.00"),
    noise=dict(
        zero="-",
        running="郑州市二七区教育局2025年部门预算",
        footer="- {n} -",
        unit_word="单位:{u}",
        breaks={EXP: (12, "")},
        watermark=("内部资料", {INC: 9, GB: 14}),
        notes={
            GB: ["注：本表反映2025年一般公共预算财政拨款支出情况，“上年预算数”为2024年年初预算数。"],
            SG: [
                "备注：2025年“三公”经费预算中，公务用车运行费其中：燃油费5.40万元，维修费3.80万元，保险费2.20万元；",
                "公务接待费按不超过上年标准安排。",
            ],
            EXP: [
                "注：1.本表含纳入部门预算编制范围的局机关及所属学校共46个单位。",
                "2.项目支出其中：上年结转安排230.00万元。",
            ],
        },
    ),
    leaves="""
2050101 gp_pe=612.40 gp_pu=86.30
2050201 gp_pe=3862.15 gp_pu=412.60 biz_pe=56.00 gp_p=1280.00
2050202 gp_pe=12486.72 gp_pu=1364.80 gp_p=2650.00 oth_p=120.00
2050203 gp_pe=8632.48 gp_pu=986.20 gp_p=1845.60 cof_p=230.00
2050204 gp_pe=4862.30 gp_pu=512.40 gp_p=860.00
2050299 gp_p=468.00
2050701 gp_pe=486.20 gp_pu=68.40
2080501 gp_pe=186.20
2080502 gp_pe=242.60
2080505 gp_pe=2864.36
2080506 gp_pe=1145.74
2101102 gp_pe=1268.40
2210201 gp_pe=2386.50
""",
    econ={
        "30102": "6840.00",
        "30103": "1260.00",
        "30107": "9680.00",
        "30108": "2864.36",
        "30109": "1145.74",
        "30110": "1268.40",
        "30113": "2386.50",
        "30302": "186.20",
        "30305": "42.00",
        "30205": "186.00",
        "30206": "624.00",
        "30211": "48.60",
        "30213": "420.00",
        "30216": "96.00",
        "30217": "4.80",
        "30228": "468.00",
        "30231": "12.60",
        "31002": "120.00",
    },
    sangong=("0", "0", "12.60", "4.80"),
    cmp=dict(
        heads=("上年预算数", "本年预算数", "增减额"),
        prior={
            "2050101": "680.50",
            "2050201": "5320.40",
            "2050202": "16280.30",
            "2050203": "11240.60",
            "2050204": "4620.80",
            "2050299": "520.00",
            "2050701": "580.00",
            "2080501": "192.40",
            "2080502": "236.40",
            "2080505": "2790.12",
            "2080506": "1116.05",
            "2101102": "1240.80",
            "2210201": "2318.60",
        },
    ),
    fw_sentence="收支预算总计",
    more_text=[
        (
            "第二部分",
            [
                ("三、机构设置", True),
                (
                    "本部门内设办公室、人事科、计划财务科、基础教育科、学前教育科、安全稳定科、教育督导室、学生资助管理中心等机构，所属单位包括区属中小学、幼儿园、教师发展中心和教育信息化服务中心。部门预算包括局机关本级预算和所属各单位预算。",
                    False,
                ),
            ],
        ),
        (
            "第四部分 名词解释",
            later("本部门所属学校校舍、教学仪器设备等国有资产按规定管理，资产配置严格执行相关标准。"),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- t2
DOCS["t2_hubei_qiaokou_mzj_2023_final.txt"] = dict(
    note="plain 湖北2023 部门决算 (元 integers with separators, no decimals): zero '0', 年末结转和结余 negative '－134,400' "
    "(full-width minus), '金额单位：元', running header, '第n页 共t页', 收入决算表 split under '续表', '公开' between rows, "
    "footnotes (one naming the deficit's figure, one a cell's figure), full-width digits in the 本年支出合计 sentence",
    kind="final_account",
    org="武汉市硚口区民政局",
    year=2023,
    unit="元",
    date="2024年9月",
    n_units=4,
    profile="负责全区社会救助、养老服务、社区治理、社会组织登记管理、殡葬管理和儿童福利工作，统筹推进基本民生保障。",
    style=dict(summary="two", fiscal="two4", num="cn", zero="0.00"),
    noise=dict(
        zero="0",
        int=True,
        minus="fw",
        running="武汉市硚口区民政局2023年度部门决算",
        footer="第{n}页 共{t}页",
        unit_word="金额单位：{u}",
        breaks={INC: (10, "续表")},
        watermark=("公开", {EXP: 6, IS: 4}),
        notes={
            IS: ["注：年末结转和结余为负数，系2023年度垫付养老服务补贴资金186,400元，已于2024年1月清算。"],
            FS: ["备注：政府性基金预算财政拨款其中：福利彩票公益金1,500,000元。"],
            SG: ["注：本单位2023年度无因公出国（境）费和公务用车购置费支出。"],
        },
    ),
    leaves="""
2080201 gp_pe=4862300.00 gp_pu=736400.00
2080208 gp_p=1286000.00 cb=86000.00 ce=52000.00
2081002 gp_p=3645800.00 oth_p=120000.00 ce=-186400.00
2081004 gp_p=968500.00
2080801 gp_p=286400.00
2080501 gp_pe=368200.00
2081901 gp_p=12486300.00
2082001 gp_p=1862400.00 cb=45000.00
2080505 gp_pe=1124600.00
2080506 gp_pe=449840.00
2101101 gp_pe=468200.00
2210201 gp_pe=812600.00
2296002 gf_p=1500000.00
""",
    gp_budget="28500000.00",
    econ={
        "30102": "1286400.00",
        "30103": "368000.00",
        "30107": "1062000.00",
        "30108": "1124600.00",
        "30109": "449840.00",
        "30110": "468200.00",
        "30113": "812600.00",
        "30302": "86400.00",
        "30205": "18600.00",
        "30206": "86400.00",
        "30211": "42800.00",
        "30213": "64200.00",
        "30217": "12600.00",
        "30228": "96400.00",
        "30231": "46800.00",
        "31002": "68000.00",
    },
    sangong_budget=("0", "0", "60000.00", "15000.00"),
    sangong=("0", "0", "46800.00", "12600.00"),
    fw_sentence="本年支出合计",
    more_text=[
        (
            "第二部分",
            [
                ("三、机构设置", True),
                (
                    "本部门内设办公室、社会救助科、养老服务科、基层政权和社区建设科、社会事务科、社会组织管理科等机构，所属单位包括区社会福利院、区殡葬管理所和区社会救助服务中心。部门决算包括局机关本级决算和所属单位决算。",
                    False,
                ),
            ],
        ),
        (
            "第四部分 名词解释",
            later("本部门资产主要为办公用房、养老服务设施和办公设备，资产管理按规定执行。", final=True),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- t3
DOCS["t3_guizhou_huaxi_swj_2024_final.txt"] = dict(
    note="plain 贵州2024 部门决算 (万元, FOUR decimals, no separators): zero '——', unit '单位：万元' centred below the "
    "title, running header, '第 n 页', 支出决算表 split under its title again with '（续）', '内部资料' between rows, "
    "footnotes with 其中 figures",
    kind="final_account",
    org="贵阳市花溪区水务管理局",
    year=2024,
    unit="万元",
    date="2025年9月",
    n_units=2,
    profile="负责全区水资源管理、水利工程建设与运行管理、河湖长制工作、农村供水保障和水土保持监督管理工作。",
    dec4=True,
    style=dict(summary="two", fiscal="two4", num="cn", zero="0.00"),
    noise=dict(
        zero="——",
        sep=False,
        running="贵阳市花溪区水务管理局2024年度部门决算",
        footer="第 {n} 页",
        unit_pos="below_title",
        breaks={EXP: (8, "（续）")},
        watermark=("内部资料", {EB: 10, IS: 5}),
        notes={
            SG: ["备注：公务用车运行费其中：燃油费2.1500万元，维修（护）费1.8600万元。"],
            GB: ["注：本表金额单位为万元，保留四位小数。"],
        },
    ),
    leaves="""
2130301 gp_pe=486.3125 gp_pu=72.4860
2130305 gp_p=1268.4500 cb=46.2000 ce=18.6450
2130311 gp_p=86.2400
2136601 gf_p=320.0000
2080501 gp_pe=12.4860
2080505 gp_pe=58.6240
2080506 gp_pe=23.4496
2080801 gp_pe=3.2000
2101101 gp_pe=24.8650
2210201 gp_pe=41.2380
""",
    gp_budget="1980.0000",
    econ={
        "30102": "128.6000",
        "30103": "32.4000",
        "30107": "96.2800",
        "30108": "58.6240",
        "30109": "23.4496",
        "30110": "24.8650",
        "30113": "41.2380",
        "30302": "6.4200",
        "30205": "2.3600",
        "30206": "8.6400",
        "30211": "6.1250",
        "30213": "12.4000",
        "30217": "1.2860",
        "30228": "8.4000",
        "30231": "5.6000",
    },
    sangong_budget=("0", "0", "6.0000", "1.5000"),
    sangong=("0", "0", "5.6000", "1.2860"),
    more_text=[
        (
            "第二部分",
            [
                ("三、机构设置", True),
                (
                    "本部门内设办公室、规划计划科、水资源管理科、河湖管理科、建设与运行管理科、农村水利水保科等机构，所属单位为区水利工程管理站。部门决算包括局机关本级决算和所属单位决算。",
                    False,
                ),
            ],
        ),
        (
            "第四部分 名词解释",
            later(
                "本部门资产主要为水利工程设施、监测设备和办公设备，资产配置和处置按规定履行审批程序。",
                final=True,
            ),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- l1
DOCS["l1_shanghai_hongkou_scjgj_2025_budget.layout.txt"] = dict(
    note="layout 上海2025 部门预算 (元, no separators, '0.00' for nothing): unit '单位：元' at the right end of the "
    "title line, running header, '第 n 页', 部门收入总表 split under its title with '（续）', 基本支出表 split with its header "
    "only, '公开' between rows, footnotes",
    kind="budget",
    org="上海市虹口区市场监督管理局",
    year=2025,
    unit="元",
    date="2025年2月",
    n_units=2,
    profile="负责全区市场综合监督管理，统一登记市场主体，组织实施质量强区战略、食品安全监管、药品零售和医疗器械使用环节"
    "质量监管，组织查处价格收费违法违规行为和不正当竞争行为。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", zero="0.00"),
    noise=dict(
        sep=False,
        running="上海市虹口区市场监督管理局2025年部门预算",
        footer="第 {n} 页",
        unit_pos="title_right",
        breaks={INC: (9, "（续）"), EB: (6, "")},
        watermark=("公开", {EXP: 5, EB: 9}),
        notes={
            EB: [
                "注：人员经费包括工资福利支出和对个人和家庭的补助；公用经费包括商品和服务支出和资本性支出。"
            ],
            INC: [
                "注：1.上年结转结余186000.00元为食品安全监管项目结转资金；",
                "2.事业收入386000.00元为所属检测所技术服务收入。",
            ],
            SG: ["备注：公务接待费其中：外事接待费12000.00元。"],
        },
    ),
    leaves="""
2013801 gp_pe=18624350.00 gp_pu=2486420.00
2013812 gp_p=1268400.00
2013816 gp_p=3486250.00 cof_p=186000.00
2013850 gp_pe=4862180.00 gp_pu=624380.00 biz_pe=386000.00
2080505 gp_pe=2864120.00
2080506 gp_pe=1145648.00
2101101 gp_pe=1024360.00
2101102 gp_pe=286420.00
2210201 gp_pe=2186400.00
""",
    econ={
        "30102": "6842000.00",
        "30103": "1286400.00",
        "30107": "4862000.00",
        "30108": "2864120.00",
        "30109": "1145648.00",
        "30110": "1310780.00",
        "30113": "2186400.00",
        "30302": "386400.00",
        "30205": "86400.00",
        "30206": "642000.00",
        "30211": "186400.00",
        "30213": "248600.00",
        "30215": "86000.00",
        "30216": "124000.00",
        "30217": "48600.00",
        "30228": "468200.00",
        "30231": "186000.00",
        "31002": "286000.00",
    },
    sangong=("0", "0", "186000.00", "48600.00"),
    more_text=[
        (
            "第四部分 名词解释",
            later("本部门国有资产主要为执法装备、检验检测设备和办公设备，按规定实行动态管理。"),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- l2
DOCS["l2_jiangsu_qinhuai_wlj_2024_final.layout.txt"] = dict(
    note="layout 江苏2024 部门决算 (万元 with separators) whose 基本支出表 and 三公 table are in 元: zero '/', 年末结转和结余 "
    "negative '-16.50', unit alone at the right above the header (编制单位 on the line before), '第n页 共t页', no running "
    "header, 一般公共预算财政拨款支出决算表 split under '续表', footnotes",
    kind="final_account",
    org="南京市秦淮区文化和旅游局",
    year=2024,
    unit="万元",
    date="2025年8月",
    n_units=3,
    profile="负责全区文化、旅游和文物事业发展，组织实施公共文化服务体系建设、文物保护利用、旅游市场监管和文化市场综合"
    "执法工作。",
    style=dict(summary="two", fiscal="two4", num="cn", zero="0.00"),
    rescale=[((EB, SG), "元", 10000)],
    noise=dict(
        zero="/",
        footer="第{n}页 共{t}页",
        unit_pos="above_header",
        breaks={GB: (5, "续表")},
        notes={
            IS: ["注：年末结转和结余中，群众文化项目垫付资金形成负结余24.60万元。"],
            SG: ["注：本表金额单位为元。"],
        },
    ),
    leaves="""
2070101 gp_pe=1286.42 gp_pu=186.36
2070109 gp_p=468.50 oth_p=12.00 cb=12.40 ce=-24.60
2070111 gp_p=286.00
2070204 gp_p=1862.40 cb=36.00 ce=8.10
2080505 gp_pe=168.42
2080506 gp_pe=67.37
2101101 gp_pe=52.48
2210201 gp_pe=124.60
""",
    gp_budget="4200.00",
    econ={
        "30102": "286.40",
        "30103": "68.20",
        "30107": "312.60",
        "30108": "168.42",
        "30109": "67.37",
        "30110": "52.48",
        "30113": "124.60",
        "30302": "18.60",
        "30205": "3.60",
        "30206": "18.40",
        "30211": "8.60",
        "30213": "16.20",
        "30217": "2.36",
        "30228": "18.60",
        "30231": "7.80",
        "31002": "12.00",
    },
    sangong_budget=("0", "0", "9.00", "3.00"),
    sangong=("0", "0", "7.80", "2.36"),
    more_text=[
        (
            "第四部分 名词解释",
            later(
                "本部门资产主要为文物保护设施、公共文化场馆设备和办公设备，资产管理按规定执行。", final=True
            ),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- l3
DOCS["l3_guangdong_conghua_nyncj_2026_budget.layout.txt"] = dict(
    note="layout 广东2026 部门预算 (万元 with separators): 一般公共预算支出表 with 2025年预算数 | 2026年预算数 | 比上年增减 "
    "(a negative with a full-width minus '－51.40'), zero '—', '金额单位：万元', running header, '- n -', 部门支出总表 split "
    "under '续表', '内部资料' between rows, footnotes",
    kind="budget",
    org="广州市从化区农业农村局",
    year=2026,
    unit="万元",
    date="2026年2月",
    n_units=3,
    profile="负责统筹推进全区乡村振兴、农业产业发展、耕地保护和高标准农田建设、动植物疫病防控、农村人居环境整治工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", zero="0.00"),
    noise=dict(
        zero="—",
        minus="fw",
        running="广州市从化区农业农村局2026年部门预算",
        footer="- {n} -",
        unit_word="金额单位：{u}",
        breaks={EXP: (10, "续表")},
        watermark=("内部资料", {INC: 7}),
        notes={
            GB: ["注：“比上年增减”为2026年预算数与2025年预算数之差，负数表示减少。"],
            INC: ["备注：政府性基金预算拨款收入其中：大中型水库移民后期扶持基金240.00万元。"],
        },
    ),
    leaves="""
2130101 gp_pe=682.46 gp_pu=96.38
2130104 gp_pe=1246.80 gp_pu=168.42 biz_pe=36.00
2130108 gp_p=186.00
2130122 gp_p=1468.60 oth_p=24.00
2130153 gp_p=862.40 cof_p=120.00
2136601 gf_p=240.00
2080505 gp_pe=186.24
2080506 gp_pe=74.50
2101101 gp_pe=48.62
2101102 gp_pe=86.40
2210201 gp_pe=162.30
""",
    econ={
        "30102": "486.20",
        "30103": "124.60",
        "30107": "486.40",
        "30108": "186.24",
        "30109": "74.50",
        "30110": "135.02",
        "30113": "162.30",
        "30302": "42.60",
        "30205": "6.40",
        "30206": "28.60",
        "30211": "12.80",
        "30213": "18.60",
        "30217": "3.20",
        "30228": "24.80",
        "30231": "12.00",
        "31002": "36.00",
    },
    sangong=("0", "0", "12.00", "3.20"),
    cmp=dict(
        heads=("2025年预算数", "2026年预算数", "比上年增减"),
        prior={
            "2130101": "702.18",
            "2130104": "1286.40",
            "2130108": "160.00",
            "2130122": "1520.00",
            "2130153": "780.00",
            "2080505": "178.60",
            "2080506": "71.44",
            "2101101": "46.80",
            "2101102": "82.60",
            "2210201": "158.20",
        },
    ),
    more_text=[
        (
            "第四部分 名词解释",
            later("本部门资产主要为农业执法装备、动物防疫设备和办公设备，资产配置按标准执行。"),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- p1
DOCS["p1_zhejiang_shangyu_zrzyj_2025_budget.pdf"] = dict(
    note="PDF 浙江2025 部门预算 (元 with separators and decimals '8,624,365.42'): zero blank, unit '单位:元' (ASCII "
    "colon) at the right end of the title line, running header, '第 n 页', 部门收入总表 split under '续表', '内部资料' "
    "between rows, footnotes with 其中 figures",
    kind="budget",
    org="绍兴市上虞区自然资源和规划局",
    year=2025,
    unit="元",
    date="2025年2月",
    n_units=2,
    profile="负责全区自然资源调查监测评价、国土空间规划编制和实施监督、耕地保护、不动产统一登记和土地征收储备工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn"),
    noise=dict(
        running="绍兴市上虞区自然资源和规划局2025年部门预算",
        footer="第 {n} 页",
        unit_pos="title_right",
        unit_word="单位:{u}",
        breaks={INC: (8, "续表")},
        watermark=("内部资料", {EXP: 4}),
        notes={
            INC: ["注：政府性基金预算拨款收入其中：国有土地使用权出让收入12,500,000.00元。"],
            SG: ["备注：公务用车运行费其中：燃油费32,000.00元。"],
        },
    ),
    leaves="""
2200101 gp_pe=8624365.42 gp_pu=1286430.58
2200106 gp_p=4862500.00 oth_p=120000.00
2120803 gf_p=12500000.00
2080505 gp_pe=1286432.16
2080506 gp_pe=514572.86
2101101 gp_pe=468236.40
2210201 gp_pe=986420.00
""",
    econ={
        "30102": "2486300.00",
        "30103": "624000.00",
        "30107": "1862400.00",
        "30108": "1286432.16",
        "30109": "514572.86",
        "30110": "468236.40",
        "30113": "986420.00",
        "30302": "124600.00",
        "30205": "28600.00",
        "30206": "186400.00",
        "30211": "86400.00",
        "30213": "124800.00",
        "30217": "36200.00",
        "30228": "168420.00",
        "30231": "96000.00",
        "31002": "124000.00",
    },
    sangong=("0", "0", "96000.00", "36200.00"),
    more_text=[
        (
            "第四部分 名词解释",
            later("本部门资产主要为测绘仪器、不动产登记设备和办公设备，资产配置按规定执行。"),
        ),
    ],
)

# ------------------------------------------------------------------------------------------------- p2
DOCS["p2_shandong_laishan_yjj_2023_final.pdf"] = dict(
    note="PDF 山东2023 部门决算 (万元 with separators): zero '-', '金额单位：万元', running header, '第n页 共t页', 支出决算表 "
    "split under its title with '（续）', '公开' between rows, footnotes with 其中 figures",
    kind="final_account",
    org="烟台市莱山区应急管理局",
    year=2023,
    unit="万元",
    date="2024年9月",
    n_units=1,
    profile="负责全区应急管理、安全生产综合监督管理、防灾减灾救灾、森林防灭火和应急救援队伍建设工作。",
    style=dict(summary="two", fiscal="two4", num="cn", zero="0.00"),
    noise=dict(
        zero="-",
        running="烟台市莱山区应急管理局2023年度部门决算",
        footer="第{n}页 共{t}页",
        unit_word="金额单位：{u}",
        breaks={EXP: (7, "（续）")},
        watermark=("公开", {GB: 3, FS: 2}),
        notes={
            EXP: [
                "注：本表反映部门本年度各项支出情况。",
                "备注：项目支出其中：安全生产专项整治经费186.50万元。",
            ],
            SG: ["注：2023年度本部门无因公出国（境）费和公务用车购置费支出。"],
        },
    ),
    leaves="""
2240101 gp_pe=486.32 gp_pu=68.45
2240106 gp_p=286.50 cb=12.00 ce=6.40
2080505 gp_pe=62.48
2080506 gp_pe=24.99
2101101 gp_pe=18.64
2210201 gp_pe=42.36
""",
    gp_budget="960.00",
    econ={
        "30102": "126.40",
        "30103": "32.60",
        "30107": "86.20",
        "30108": "62.48",
        "30109": "24.99",
        "30110": "18.64",
        "30113": "42.36",
        "30302": "4.20",
        "30205": "1.80",
        "30206": "7.60",
        "30211": "6.40",
        "30213": "8.20",
        "30217": "1.46",
        "30228": "7.20",
        "30231": "6.00",
    },
    sangong_budget=("0", "0", "7.00", "2.00"),
    sangong=("0", "0", "6.00", "1.46"),
    more_text=[
        (
            "第四部分 名词解释",
            later("本部门资产主要为应急救援装备、监测预警设备和办公设备，资产管理按规定执行。", final=True),
        ),
    ],
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info, _text, _exp = make(_name, _doc)
    _text += GLOSSARY
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = _exp
