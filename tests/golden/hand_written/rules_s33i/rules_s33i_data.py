"""Expected readings of the rules_s33i inputs: eight WHOLE reports (five 部门预算, three 部门决算) whose 项目支出 table
(项目支出预算表 / 项目支出决算表 / 部门项目支出预算表) is printed in the shapes real provinces print it, 2019-2026: three plain
pdftotext texts (.txt), three pdftotext -layout texts (.layout.txt: each word at the CHARACTER index of its column, a
CJK character one column), two PDFs (drawn with minipdf.py, copied from rules_s33c), each a cover, a 目录, a 说明 with
figures, every table of its template (s33i_lib: rules_s33c's builder, copied, plus the project table) and 名词解释.

Shapes attacked (documents):
- projects grouped under 类 headings printing no figure: "一、专项业务类" / "二、运转类" (t1 plain, l2 layout),
  "（一）运转类" / "（二）特定目标类" (l1 layout); under 类 headings PRINTING the sums of their projects (p2 PDF: expected
  as rows of their own, as rules_s28j's 一级 rows); under the units' names printing no figure (t2 plain);
- 一级项目 rows printing the sums of their 二级 projects, in the 项目名称 column (t3 plain), and a 一级项目 COLUMN beside
  the 二级项目 column, the 一级 name printed on its group's first row only (p1 PDF);
- 功能科目编码 with 科目名称 before the project's name (t1, l2: the subject_name expected), 功能科目编码 after the name (l1,
  p1), no code at all (t2, t3, l3, p2);
- 项目编码 columns of alphanumeric codes ("14010519T000000001126" t3, "440604251A0000000321" l1, "37030320Y00000416"
  p2) before the name; text columns 实施年限 / 是否政府采购 / 项目类别 BEFORE the money (l3, t3's 实施年限), 资金来源 / 备注
  AFTER it (l1, t3's 备注);
- names of one, two or three lines: the figures beside the first piece (the name running on below), the middle piece
  (around), the last piece (wrapped above), or on a line of their own below the whole name (t1 "教育信息化/平台运维");
  in the PDFs the figures drawn at the first line or half-way between two lines (p1);
- money columns 合计 | 一般公共预算 | 政府性基金 | 财政专户 | 单位资金 (t1; 财政专户 printed, blank in every row), 合计 |
  一般公共预算 | 政府性基金 (l1), 合计 | 一般公共预算 | 财政专户 | 单位资金 (l3), 合计 | 财政拨款 | 其他资金 (t3, p1);
  finals' 年初预算数 | 决算数 blocks: 合计 | 财政拨款 | 其他资金 each (t2, 元), 合计 | 财政拨款 then 合计 | 财政拨款 | 其他资金
  (l2), one column each (p2, 元); a project with a 年初预算 and no 决算 (t2: its 决算 cells blank);
- 合计 first (t1, t3, l1, l2, p1) or last (t2, l3, p2); 元 (t2, l3, p2) and 万元 documents.

Column keys: 合计 "total", 一般公共预算 "general_public", 政府性基金 "government_fund", 财政拨款 "fiscal_appropriation",
财政专户 "fiscal_special_account", 单位资金 "unit_funds"; 其他资金 (the money not appropriated: 事业收入 + 其他收入,
what the 2024 templates call 单位资金) is typed "unit_funds" too (the vocabulary has no entry for it: a reviewer's
choice). A final's 年初预算数 block is "<key>@budget". A project row is expected under its name as printed, its pieces
joined; with its 功能科目编码 where a code column is printed (its 科目名称 as subject_name where that is printed too);
heading rows printing no figure have no expectation; the 一级 / 类 rows printing sums are rows of their own.

The figures are typed below per report: leaves = the 基本支出 by functional 项 and fund (s33i_lib / rules_s33c's
docstring), proj rows = each project's money by fund (y<fund>: its 年初预算), which s33i_lib adds into the functional
tables, so the 支出表's 项目支出 is the project table's 合计 by construction. identities() re-adds every printed table
(rows, 类 = Σ 款 = Σ 项, 合计, summaries both sides, the project table: row total = Σ parts per phase, 合计 = Σ projects,
each sum row = Σ its projects, its 决算 合计 = the 支出表's 项目支出), so a typo fails at import. The 说明's claims as
rules_s33c's (check.py copied)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s33i_lib import build, expectations, identities, narrative  # noqa: E402

DOCS = {}

# ------------------------------------------------------------------------------------------------- t1
DOCS["t1_henan_zhongyuan_jyj_2024_budget.txt"] = dict(
    note="plain 河南2024 部门预算 (万元): 项目支出预算表 功能科目编码 | 科目名称 | 项目名称 | 合计 | 一般公共预算 | 政府性基金 | "
    "财政专户 (blank) | 单位资金, projects under '一、专项业务类' / '二、运转类' headings, names of 1-3 lines (figures beside "
    "the first, middle, last piece, or on a line of their own below the name), 合计 first",
    kind="budget",
    org="郑州市中原区教育局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=4,
    profile="负责全区学前教育、义务教育的统筹规划和管理，组织实施教育督导评估，推进教育信息化和学生资助工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="- {n} -"),
    leaves="""
2050101 gp_pe=386.40 gp_pu=52.30
2050201 gp_pe=1268.50 gp_pu=146.20 biz_pe=32.00
2050202 gp_pe=2846.72 gp_pu=318.60
2050203 gp_pe=1932.18 gp_pu=224.40
2080505 gp_pe=512.36
2080506 gp_pe=204.94
2101101 gp_pe=168.20
2210201 gp_pe=356.80
""",
    econ={
        "30102": "1860.00",
        "30103": "420.00",
        "30107": "1350.00",
        "30108": "512.36",
        "30109": "204.94",
        "30110": "168.20",
        "30113": "356.80",
        "30302": "86.00",
        "30205": "32.00",
        "30206": "96.00",
        "30211": "18.00",
        "30213": "64.00",
        "30217": "3.60",
        "30228": "72.00",
        "30231": "6.80",
    },
    sangong=("0", "0", "6.80", "3.60"),
    proj=dict(
        title="项目支出预算表",
        cols=[
            ("功能科目编码", "code"),
            ("科目名称", "subject"),
            ("项目名称", "name"),
            ("合计", "m:all"),
            ("一般公共预算", "m:gp"),
            ("政府性基金", "m:gf"),
            ("财政专户", "m:sa"),
            ("单位资金", "m:un"),
        ],
        rows=[
            ("H", "一、专项业务类"),
            ("P", "2050201", "公办幼儿园/生均公用经费/补助", "gp=186.00", {}, 1),
            ("P", "2050202", "义务教育阶段学生营养改善计划", "gp=412.50", {}, 0),
            ("P", "2050202", "城乡义务教育/公用经费保障机制/中央及省级资金", "gp=968.40", {}, 2),
            ("P", "2050203", "初中学校校舍/维修改造", "gp=320.00", {}, 0),
            ("P", "2050203", "初中学业水平考试/组织", "gp=48.60 biz=12.00", {}, 1),
            ("P", "2296004", "学生资助彩票/公益金项目", "gf=60.00", {}, 0),
            ("H", "二、运转类"),
            ("P", "2050101", "教育督导评估", "gp=36.80", {}, 0),
            ("P", "2050101", "教育信息化/平台运维", "gp=86.20", {}, 2),
            ("P", "2050201", "民办幼儿园/等级评定奖补", "gp=45.00 biz=8.50", {}, 0),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- t2
DOCS["t2_hubei_xiling_wjj_2022_final.txt"] = dict(
    note="plain 湖北2022 部门决算 (元): 项目支出决算表 项目名称 | 年初预算数 (合计 | 财政拨款 | 其他资金) | 决算数 (合计 | "
    "财政拨款 | 其他资金), projects under their units' names (no figure), one project budgeted and not spent (决算 blank), "
    "names of 1-2 lines, 合计 last",
    kind="final_account",
    org="宜昌市西陵区卫生健康局",
    year=2022,
    unit="元",
    date="2023年9月",
    n_units=3,
    profile="负责全区卫生健康事业发展规划、疾病预防控制、基本公共卫生服务、妇幼健康和医疗机构监督管理工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第{n}页"),
    leaves="""
2100101 gp_pe=3862450.00 gp_pu=684320.00
2100401 gp_pe=4218630.00 gp_pu=512840.00 biz_pe=386000.00
2080505 gp_pe=986420.00
2080506 gp_pe=394568.00
2101101 gp_pe=412360.00
2210201 gp_pe=718640.00
""",
    gp_budget="19800000.00",
    econ={
        "30102": "2486300.00",
        "30103": "684000.00",
        "30107": "2160000.00",
        "30108": "986420.00",
        "30109": "394568.00",
        "30110": "412360.00",
        "30113": "718640.00",
        "30302": "126400.00",
        "30205": "42600.00",
        "30206": "186300.00",
        "30211": "68400.00",
        "30213": "96500.00",
        "30217": "12800.00",
        "30228": "112600.00",
        "30231": "38600.00",
        "31002": "86000.00",
    },
    sangong_budget=("0", "0", "45000.00", "15000.00"),
    sangong=("0", "0", "38600.00", "12800.00"),
    proj=dict(
        title="项目支出决算表",
        total="last",
        cols=[
            ("项目名称", "name"),
            (("年初预算数", "合计"), "m:all:b"),
            (("年初预算数", "财政拨款"), "m:fa:b"),
            (("年初预算数", "其他资金"), "m:un:b"),
            (("决算数", "合计"), "m:all"),
            (("决算数", "财政拨款"), "m:fa"),
            (("决算数", "其他资金"), "m:un"),
        ],
        rows=[
            ("H", "宜昌市西陵区卫生健康局（本级）"),
            ("P", "2100408", "基本公共卫生服务项目", "gp=2865400.00 ygp=2800000.00", {}, 0),
            ("P", "2100409", "重大公共卫生服务/项目", "gp=1246800.00 ygp=1300000.00", {}, 0),
            ("P", "2100101", "家庭医生签约服务/绩效考核经费", "gp=186500.00 ygp=200000.00", {}, 1),
            ("H", "宜昌市西陵区疾病预防控制中心"),
            ("P", "2100401", "新冠肺炎疫情防控/物资储备", "gp=3864200.00 ygp=2500000.00", {}, 0),
            (
                "P",
                "2100401",
                "免疫规划冷链/设备购置",
                "gp=568000.00 oth=42000.00 ygp=600000.00 yoth=50000.00",
                {},
                0,
            ),
            ("P", "2100401", "实验室检测能力提升", "ygp=150000.00", {}, 0),
            ("H", "宜昌市西陵区妇幼保健院"),
            (
                "P",
                "2100409",
                "妇女“两癌”免费/筛查",
                "gp=356000.00 biz=48000.00 ygp=380000.00 ybiz=60000.00",
                {},
                1,
            ),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- t3
DOCS["t3_shanxi_xiaodian_nyncj_2019_budget.txt"] = dict(
    note="plain 山西2019 部门预算 (万元): 部门项目支出预算表 项目编码 (14010519T000000001126) | 项目名称 | 实施年限 | 合计 | "
    "财政拨款 | 其他资金 | 备注, 一级项目 rows printing their 二级 projects' sums, names of 1-2 lines, 合计 first",
    kind="budget",
    org="太原市小店区农业农村局",
    year=2019,
    unit="万元",
    date="2019年2月",
    n_units=2,
    profile="负责全区农业农村经济发展、耕地保护、农业技术推广、动植物疫病防控和农田基本建设工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="- {n} -"),
    leaves="""
2130101 gp_pe=326.48 gp_pu=46.20
2130104 gp_pe=218.36 gp_pu=28.40 oth_pu=3.00
2080505 gp_pe=62.86
2080506 gp_pe=25.14
2101101 gp_pe=21.60
2210201 gp_pe=43.20
""",
    econ={
        "30102": "168.00",
        "30103": "42.00",
        "30107": "96.00",
        "30108": "62.86",
        "30109": "25.14",
        "30110": "21.60",
        "30113": "43.20",
        "30302": "18.40",
        "30205": "2.80",
        "30206": "8.60",
        "30211": "6.20",
        "30217": "1.20",
        "30228": "9.60",
        "30231": "12.00",
    },
    sangong=("0", "0", "12.00", "1.20"),
    proj=dict(
        title="部门项目支出预算表",
        cols=[
            ("项目编码", "text:pc"),
            ("项目名称", "name"),
            ("实施年限", "text:yr"),
            ("合计", "m:all"),
            ("财政拨款", "m:fa"),
            ("其他资金", "m:un"),
            ("备注", "text:note"),
        ],
        rows=[
            ("L1", "农业生产发展"),
            (
                "P",
                "2130122",
                "耕地地力保护/补贴发放",
                "gp=286.40",
                {"pc": "14010519T000000001126", "yr": "2019", "note": "省级"},
                0,
            ),
            (
                "P",
                "2130122",
                "农机购置补贴",
                "gp=132.00",
                {"pc": "14010519T000000001127", "yr": "2019", "note": "中央"},
                0,
            ),
            ("L1", "动植物保护"),
            (
                "P",
                "2130108",
                "重大动物疫病/强制免疫",
                "gp=58.60 oth=4.00",
                {"pc": "14010519T000000001131", "yr": "2019-2021", "note": "区级"},
                1,
            ),
            (
                "P",
                "2130108",
                "农作物病虫害/统防统治",
                "gp=42.30",
                {"pc": "14010519T000000001132", "yr": "2019"},
                0,
            ),
            ("L1", "农田建设"),
            (
                "P",
                "2130153",
                "高标准农田建设/项目县级配套",
                "gp=360.00",
                {"pc": "14010519T000000001140", "yr": "2019-2020", "note": "配套"},
                0,
            ),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- l1
DOCS["l1_guangdong_chancheng_mzj_2025_budget.layout.txt"] = dict(
    note="layout 广东2025 部门预算 (万元): 部门项目支出预算表 项目编码 (440604251A0000000321) | 项目名称 | 功能科目编码 | 合计 | "
    "一般公共预算 | 政府性基金 | 资金来源 | 备注 (text after the money), projects under '（一）运转类' / '（二）特定目标类', "
    "names of 1-3 lines wrapped around / above their figures, 合计 first",
    kind="budget",
    org="佛山市禅城区民政局",
    year=2025,
    unit="万元",
    date="2025年1月",
    n_units=2,
    profile="负责全区社会救助、养老服务、社区治理、殡葬管理和社会福利事业的规划与实施。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="- {n} -"),
    leaves="""
2080201 gp_pe=412.60 gp_pu=58.40
2081002 gp_pe=186.30 gp_pu=24.80
2080505 gp_pe=68.42
2080506 gp_pe=27.37
2101101 gp_pe=24.10
2210201 gp_pe=48.60
""",
    econ={
        "30102": "196.00",
        "30103": "48.00",
        "30107": "126.00",
        "30108": "68.42",
        "30109": "27.37",
        "30110": "24.10",
        "30113": "48.60",
        "30302": "16.80",
        "30205": "2.60",
        "30206": "9.80",
        "30211": "4.60",
        "30217": "1.80",
        "30228": "8.20",
        "30231": "7.60",
    },
    sangong=("0", "0", "7.60", "1.80"),
    proj=dict(
        title="部门项目支出预算表",
        cols=[
            ("项目编码", "text:pc"),
            ("项目名称", "name"),
            ("功能科目编码", "code"),
            ("合计", "m:all"),
            ("一般公共预算", "m:gp"),
            ("政府性基金", "m:gf"),
            ("资金来源", "text:src"),
            ("备注", "text:note"),
        ],
        rows=[
            ("H", "（一）运转类"),
            (
                "P",
                "2080201",
                "民政业务/信息系统运维",
                "gp=38.60",
                {"pc": "440604251A0000000321", "src": "区本级财力"},
                1,
            ),
            (
                "P",
                "2081004",
                "惠民殡葬/基本服务/免费补助",
                "gp=68.20",
                {"pc": "440604251A0000000325", "src": "区本级财力"},
                1,
            ),
            ("H", "（二）特定目标类"),
            (
                "P",
                "2081901",
                "城乡居民最低/生活保障金",
                "gp=1286.40",
                {"pc": "440604252B0000000412", "src": "上级补助", "note": "含省级资金"},
                0,
            ),
            (
                "P",
                "2082001",
                "临时救助资金",
                "gp=186.00",
                {"pc": "440604252B0000000413", "src": "区本级财力"},
                0,
            ),
            (
                "P",
                "2080208",
                "社区治理/能力提升/专项经费",
                "gp=96.50",
                {"pc": "440604252B0000000418", "src": "区本级财力"},
                2,
            ),
            (
                "P",
                "2296002",
                "福彩公益金/养老服务补贴",
                "gf=186.00",
                {"pc": "440604252B0000000420", "src": "福彩公益金", "note": "政府性基金"},
                1,
            ),
            (
                "P",
                "2081002",
                "居家养老服务/补贴",
                "gp=320.00",
                {"pc": "440604252B0000000421", "src": "区本级财力"},
                0,
            ),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- l2
DOCS["l2_jiangsu_jiangning_jtysj_2023_final.layout.txt"] = dict(
    note="layout 江苏2023 部门决算 (万元): 项目支出决算表 功能科目编码 | 科目名称 | 项目名称 | 年初预算数 (合计 | 财政拨款) | "
    "决算数 (合计 | 财政拨款 | 其他资金), projects under '一、专项业务类' / '（二）运转类', names running on below their "
    "figures' line, 合计 first",
    kind="final_account",
    org="南京市江宁区交通运输局",
    year=2023,
    unit="万元",
    date="2024年9月",
    n_units=2,
    profile="负责全区公路建设养护、道路运输管理、交通安全监管和农村公路提档升级工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="- {n} -"),
    leaves="""
2140101 gp_pe=486.30 gp_pu=72.40
2140112 gp_pe=264.80 gp_pu=38.60 oth_pu=6.00
2080505 gp_pe=82.64
2080506 gp_pe=33.06
2101101 gp_pe=28.40
2210201 gp_pe=56.20
""",
    gp_budget="7200.00",
    econ={
        "30102": "246.00",
        "30103": "62.00",
        "30107": "168.00",
        "30108": "82.64",
        "30109": "33.06",
        "30110": "28.40",
        "30113": "56.20",
        "30302": "12.60",
        "30205": "4.20",
        "30206": "12.80",
        "30211": "8.40",
        "30217": "2.60",
        "30228": "11.40",
        "30231": "16.80",
    },
    sangong_budget=("0", "0", "18.00", "3.00"),
    sangong=("0", "0", "16.80", "2.60"),
    proj=dict(
        title="项目支出决算表",
        cols=[
            ("功能科目编码", "code"),
            ("科目名称", "subject"),
            ("项目名称", "name"),
            (("年初预算数", "合计"), "m:all:b"),
            (("年初预算数", "财政拨款"), "m:fa:b"),
            (("决算数", "合计"), "m:all"),
            (("决算数", "财政拨款"), "m:fa"),
            (("决算数", "其他资金"), "m:un"),
        ],
        rows=[
            ("H", "一、专项业务类"),
            ("P", "2140106", "国省干线公路/日常养护", "gp=1860.00 ygp=1800.00", {}, 0),
            ("P", "2140106", "农村公路提档/升级改造工程", "gp=2450.00 ygp=2600.00", {}, 0),
            ("P", "2140110", "道路运输安全/监管执法装备", "gp=186.50 ygp=200.00", {}, 0),
            ("P", "2140112", "城乡公交客运/运营补贴", "gp=386.00 oth=42.00 ygp=400.00", {}, 0),
            ("H", "（二）运转类"),
            ("P", "2140101", "交通综合执法/运行保障", "gp=68.40 ygp=70.00", {}, 0),
            ("P", "2140101", "法律顾问服务", "gp=12.00 ygp=12.00", {}, 0),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- l3
DOCS["l3_sichuan_jinjiang_scjgj_2026_budget.layout.txt"] = dict(
    note="layout 四川2026 部门预算 (元): 项目支出预算表 项目类别 | 项目名称 | 实施年限 | 是否政府采购 (text BEFORE the money) "
    "| 合计 | 一般公共预算 | 财政专户 (blank) | 单位资金, names of 2-3 lines (figures beside the first, middle or last "
    "piece), 合计 last",
    kind="budget",
    org="成都市锦江区市场监督管理局",
    year=2026,
    unit="元",
    date="2026年2月",
    n_units=1,
    profile="负责全区市场主体登记、食品药品安全监管、特种设备安全监察、知识产权保护和消费者权益保护工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="第{n}页"),
    leaves="""
2013801 gp_pe=6284360.00 gp_pu=846200.00
2080505 gp_pe=924380.00
2080506 gp_pe=369752.00
2101101 gp_pe=328600.00
2210201 gp_pe=682400.00
""",
    econ={
        "30102": "1868000.00",
        "30103": "486000.00",
        "30107": "1320000.00",
        "30108": "924380.00",
        "30109": "369752.00",
        "30110": "328600.00",
        "30113": "682400.00",
        "30302": "146000.00",
        "30205": "36000.00",
        "30206": "124000.00",
        "30211": "86000.00",
        "30213": "68000.00",
        "30217": "24000.00",
        "30228": "126000.00",
        "30231": "96000.00",
    },
    sangong=("0", "0", "96000.00", "24000.00"),
    proj=dict(
        title="项目支出预算表",
        total="last",
        cols=[
            ("项目类别", "text:cat"),
            ("项目名称", "name"),
            ("实施年限", "text:yr"),
            ("是否政府采购", "text:gov"),
            ("合计", "m:all"),
            ("一般公共预算", "m:gp"),
            ("财政专户", "m:sa"),
            ("单位资金", "m:un"),
        ],
        rows=[
            (
                "P",
                "2013816",
                "食品安全/监督抽检/经费",
                "gp=1860000.00",
                {"cat": "特定目标类", "yr": "1年", "gov": "是"},
                1,
            ),
            (
                "P",
                "2013816",
                "校园食品安全/守护行动",
                "gp=420000.00",
                {"cat": "特定目标类", "yr": "1年", "gov": "否"},
                0,
            ),
            (
                "P",
                "2013812",
                "药品医疗器械/化妆品安全/风险监测",
                "gp=386000.00 oth=24000.00",
                {"cat": "特定目标类", "yr": "3年", "gov": "是"},
                2,
            ),
            (
                "P",
                "2013801",
                "特种设备安全/监察",
                "gp=268500.00",
                {"cat": "其他运转类", "yr": "1年", "gov": "否"},
                1,
            ),
            (
                "P",
                "2013801",
                "12315投诉举报/热线运行维护",
                "gp=312000.00",
                {"cat": "其他运转类", "yr": "1年", "gov": "是"},
                0,
            ),
            (
                "P",
                "2013850",
                "计量检定/设备购置",
                "gp=546000.00 biz=86000.00",
                {"cat": "特定目标类", "yr": "2年", "gov": "是"},
                1,
            ),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- p1
DOCS["p1_hunan_tianxin_wlj_2021_budget.pdf"] = dict(
    note="PDF 湖南2021 部门预算 (万元): 项目支出预算表 一级项目 (a column, its name on its group's first row only) | "
    "二级项目 | 功能科目编码 | 合计 | 财政拨款 | 其他资金, names wrapped in their cells with the figures drawn at the first "
    "line or half-way between two lines, 合计 first",
    kind="budget",
    org="长沙市天心区文化旅游体育局",
    year=2021,
    unit="万元",
    date="2021年3月",
    n_units=2,
    profile="负责全区文化事业、旅游产业、全民健身和文物保护工作，组织重大文化体育活动。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    leaves="""
2070101 gp_pe=312.60 gp_pu=42.80
2070109 gp_pe=126.40 gp_pu=18.60 biz_pu=6.00
2080505 gp_pe=46.28
2080506 gp_pe=18.51
2101101 gp_pe=15.60
2210201 gp_pe=32.40
""",
    econ={
        "30102": "132.00",
        "30103": "36.00",
        "30107": "88.00",
        "30108": "46.28",
        "30109": "18.51",
        "30110": "15.60",
        "30113": "32.40",
        "30302": "9.60",
        "30205": "2.20",
        "30206": "6.40",
        "30211": "3.80",
        "30217": "1.40",
        "30228": "6.20",
        "30231": "4.80",
    },
    sangong=("0", "0", "4.80", "1.40"),
    proj=dict(
        title="项目支出预算表",
        cols=[
            ("一级项目", "l1"),
            ("二级项目", "name"),
            ("功能科目编码", "code"),
            ("合计", "m:all"),
            ("财政拨款", "m:fa"),
            ("其他资金", "m:un"),
        ],
        rows=[
            ("L1", "公共文化服务"),
            ("P", "2070109", "送戏下乡/文化惠民演出", "gp=86.00", {}, 0.5),
            ("P", "2070109", "社区图书馆/总分馆建设", "gp=120.00 biz=15.00", {}, 0),
            ("P", "2070111", "非遗保护传承", "gp=32.50", {}, 0),
            ("L1", "文物保护利用"),
            ("P", "2070204", "不可移动文物/修缮保护", "gp=148.60", {}, 0.5),
            ("P", "2070204", "文物安全巡查", "gp=18.00", {}, 0),
            ("L1", "全民健身"),
            ("P", "2296003", "体彩公益金/全民健身设施", "gf=65.00", {}, 0),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------- p2
DOCS["p2_shandong_zhangdian_yjj_2020_final.pdf"] = dict(
    note="PDF 山东2020 部门决算 (元): 项目支出决算表 项目编码 (37030320Y00000416) | 项目名称 | 年初预算数 | 决算数, projects "
    "under 类 headings PRINTING their projects' sums ('一、专项业务类' / '二、运转类'), names of 1-2 lines, 合计 last",
    kind="final_account",
    org="淄博市张店区应急管理局",
    year=2020,
    unit="元",
    date="2021年8月",
    n_units=1,
    profile="负责全区安全生产综合监督管理、应急救援体系建设、防汛抗旱和自然灾害防治工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    leaves="""
2240101 gp_pe=3186420.00 gp_pu=468300.00
2080505 gp_pe=412860.00
2080506 gp_pe=165144.00
2101101 gp_pe=148600.00
2210201 gp_pe=286300.00
""",
    gp_budget="7600000.00",
    econ={
        "30102": "986000.00",
        "30103": "246000.00",
        "30107": "712000.00",
        "30108": "412860.00",
        "30109": "165144.00",
        "30110": "148600.00",
        "30113": "286300.00",
        "30302": "48600.00",
        "30205": "12400.00",
        "30206": "68600.00",
        "30211": "36200.00",
        "30217": "8600.00",
        "30228": "52400.00",
        "30231": "46800.00",
    },
    sangong_budget=("0", "0", "50000.00", "10000.00"),
    sangong=("0", "0", "46800.00", "8600.00"),
    proj=dict(
        title="项目支出决算表",
        total="last",
        landscape=False,
        cols=[
            ("项目编码", "text:pc"),
            ("项目名称", "name"),
            ("年初预算数", "m:all:b"),
            ("决算数", "m:all"),
        ],
        rows=[
            ("S", "一、专项业务类"),
            (
                "P",
                "2240106",
                "安全生产/专项执法检查",
                "gp=486200.00 ygp=500000.00",
                {"pc": "37030320Y00000416"},
                0,
            ),
            (
                "P",
                "2240108",
                "应急救援队伍/建设",
                "gp=1268400.00 ygp=1200000.00",
                {"pc": "37030320Y00000417"},
                1,
            ),
            (
                "P",
                "2240109",
                "防汛抗旱物资储备",
                "gp=362800.00 ygp=400000.00",
                {"pc": "37030320Y00000421"},
                0,
            ),
            ("S", "二、运转类"),
            ("P", "2240101", "应急值守/运行保障", "gp=86400.00 ygp=90000.00", {"pc": "37030320Y00000430"}, 0),
            (
                "P",
                "2240101",
                "安全生产宣传月活动",
                "gp=42600.00 ygp=50000.00",
                {"pc": "37030320Y00000431"},
                0,
            ),
        ],
    ),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info = build(_doc)
    identities(_name, _doc, _tabs, _info)
    _text, _claims = narrative(_doc, _tabs, _info)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=_claims,
    )
