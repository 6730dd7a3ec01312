"""Expected readings of the rules_s36c inputs: eight WHOLE reports (five 部门预算, three 部门决算, 2020-2026, 万元 and 元)
that print, besides the ordinary tables of their template, MATRICES: tables whose COLUMNS are the classes of the other
classification. Three plain pdftotext texts (.txt: one header cell a line, a row's cells on one line with its blank
cells dropped, and in a matrix most cells are blank), three pdftotext -layout texts (.layout.txt: each word at the
CHARACTER index of its column, a CJK character one column), two PDFs (rules_s33c's printer and minipdf, full grid).
Each: a cover, a 目录, 说明 with claims, every ordinary table of the template (rules_s33c's builder, imported), the
matrices (s36c_lib.py), 名词解释.

Shapes attacked (documents):
- rows = functional codes (类 / 款 / 项), columns = 合计 | departmental economic 类 of the 一般公共预算 basic money:
  工资福利支出 | 商品和服务支出 | 对个人和家庭的补助 | 资本性支出 (Hunan's 一般公共预算基本支出表): header names only (t1),
  "301工资福利支出" in one cell (t3 合计 row LAST, p1), "301" above "工资福利支出" in two header rows (l1);
- the same with the GOVERNMENTAL classes 机关工资福利支出 | 机关商品和服务支出 | 机关资本性支出（一） | 对事业单位经常性补助 |
  对个人和家庭的补助 (a 事业 unit's 项, 事业运行 / 公路运输管理 / 特殊学校教育 / 疾病预防控制机构, goes to 505): names only
  (t2), "501机关工资福利支出" (l2), "501" above the name (p2);
- rows = functional codes, columns = economic 类 of ALL the money (basic of 一般公共预算 + projects of every fund: 部门支出
  总表（按经济分类）/ 支出决算表（按经济分类）, t2, l3), and of the PROJECT money only (项目支出表（按经济分类）: t1, l1, p2),
  with a template column no money falls in (对企业补助, all blank: t1, l1, l3, p2);
- TRANSPOSED: rows = departmental economic codes (301 / 30101 …), columns = 合计 | functional 类 (201 一般公共服务支出 |
  208 社会保障和就业支出 | 210 卫生健康支出 | 221 住房保障支出): "201一般公共服务支出" in one cell (t3), 类 names only (l2,
  p1), code above name (l3).
In plain text a matrix row prints 2 or 3 figures of 5-6 columns (2080505 prints its total and its 工资福利支出 only), so
its columns are only decided by the identities: row total = Σ columns, parent = Σ children in every column, 合计 = Σ 类,
and across tables (the 基本支出表 by economic 类, the 一般公共预算支出表's basic, the 支出表's total / project). Every plain
matrix has ONE placement the identities allow (counted by enumerating each row's placements under the tree sums), but
t1's 项目支出表（按经济分类）: its 对企业补助 column is blank throughout, so its 合计 row prints 4 of 5 parts and 4 placements
fit (every row of it is ambiguous): the input's fault, a diagnostic (SAID) is the right reading there.

Typed here per document: the 一般公共预算 basic money as a cross functional 项 x economic 款 (basic), the project money
by fund and by economic 类 (proj), a final's 结转 (carry), 三公. s33c_lib builds the ordinary tables from them (its 30101
/ 30201 rests are asserted equal to the cross's), s36c_lib the matrices; both re-add every printed table at import.

Keys: the ordinary tables as rules_s33c. Matrices: a matrix is keyed by its title as the vocabulary keys titles (a
second table of a kind gets "_2"); its columns: "total" (合计) and, the key this set proposes since the parser has no
column key for a class (no earlier set has economic classes as columns): econ_<class code> for an economic class,
printed with or without its code (工资福利支出 = econ_301, 对个人和家庭的补助 = econ_303 among departmental classes and
econ_509 among governmental ones), func_<类 code> for a functional 类 (卫生健康支出 = func_210). Rows by code, as the
ordinary tables. A blank cell has no expectation. Claims as rules_s33c (check.py copied)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s36c_lib import make, narrative, s33c_lib  # noqa: E402

EBK = "general_budget_basic_by_economic"
DEPT = ("301", "302", "303", "310")
GOVC = ("501", "502", "503", "505", "509")
DOCS = {}

DOCS["t1_hunan_furong_wlj_2023_budget.txt"] = dict(
    note="plain 湖南2023 部门预算 (元): 一般公共预算基本支出表 by functional row x 工资福利支出 | 商品和服务支出 | 对个人和家庭的"
    "补助 | 资本性支出 (names only); 项目支出表（按经济分类）functional rows x 商品和服务支出 | 对个人和家庭的补助 | 资本性支出 | "
    "对企业补助 (blank column: the plain rows fit 4 placements, every one ambiguous), every fund",
    kind="budget",
    org="长沙市芙蓉区文化旅游体育局",
    year=2023,
    unit="元",
    date="2023年3月",
    n_units=2,
    profile="负责全区文化、旅游、体育事业的发展规划、公共文化服务体系建设、文物保护和文化市场管理。",
    style=dict(summary="two", fiscal="two4", label="公开{nn}表", footer="第{n}页"),
    basic={
        "2070101": "30101=1286400.00 30102=624000.00 30103=312500.00 30107=486000.00 30199=36200.00 30201=48600.00 "
        "30205=12000.00 30206=36800.00 30207=9600.00 30211=28000.00 30213=32000.00 30217=15000.00 30228=41200.00 "
        "30231=48000.00 30299=26400.00 31002=30000.00",
        "2070104": "30101=356800.00 30102=142000.00 30107=128600.00 30201=12400.00 30206=24800.00 30228=11200.00",
        "2080501": "30302=96000.00 30305=24000.00",
        "2080502": "30302=68400.00",
        "2080505": "30108=412368.00",
        "2080506": "30109=164947.20",
        "2101101": "30110=186520.00",
        "2101102": "30110=42680.00",
        "2210201": "30113=247360.00",
    },
    proj={
        "2070308": "gp=265000.00 / 302=185000.00 303=80000.00",
        "2070109": "gp=820000.00 / 302=560000.00 303=180000.00 310=80000.00",
        "2070111": "gp=460000.00 / 302=460000.00",
        "2070204": "gp=1200000.00 oth=80000.00 / 302=380000.00 310=900000.00",
        "2296003": "gf=350000.00 / 302=350000.00",
    },
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=DEPT,
            head="name",
            key=f"{EBK}_2",
            title="一般公共预算基本支出表（按经济分类）",
        ),
        dict(
            shape="fx",
            source="proj",
            classes=("302", "303", "310", "312"),
            head="name",
            key="expenditure_by_economic",
            title="项目支出表（按经济分类）",
            end=True,
        ),
    ],
    sangong=("0", "0", "48000.00", "15000.00"),
)

DOCS["t2_henan_jinshui_jtysj_2021_final.txt"] = dict(
    note="plain 河南2021 部门决算 (万元): 一般公共预算财政拨款基本支出决算表（按政府预算经济分类）functional rows x 机关工资福利"
    "支出 | 机关商品和服务支出 | 机关资本性支出（一） | 对事业单位经常性补助 | 对个人和家庭的补助 (names only; 2140112, "
    "2080502, 2101102 事业 项: 505 / 509); 支出决算表（按部门预算经济分类）functional rows x 301 | 302 | 303 | 310 | 312 of all the money",
    kind="final_account",
    org="郑州市金水区交通运输局",
    year=2021,
    unit="万元",
    date="2022年8月",
    n_units=2,
    profile="负责辖区公路建设与养护、道路运输管理、交通运输安全监管和城市道路配套设施建设。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="- {n} -"),
    basic={
        "2140101": "30101=186.40 30102=96.80 30103=42.60 30107=78.50 30199=6.20 30201=8.60 30206=9.40 30211=6.80 "
        "30213=12.50 30217=1.86 30228=7.90 30231=10.40 30299=5.20 31002=4.80",
        "2140112": "30101=124.60 30102=58.30 30107=52.40 30201=4.20 30206=6.70 30228=4.60 30299=3.10",
        "2080501": "30302=18.60",
        "2080502": "30302=9.80",
        "2080505": "30108=58.34",
        "2080506": "30109=23.34",
        "2101101": "30110=26.10",
        "2101102": "30110=11.46",
        "2210201": "30113=38.90",
    },
    shiye=("2140112", "2080502", "2101102"),
    proj={
        "2140106": "gp=420.00 / 302=185.00 310=235.00",
        "2140199": "gp=36.50 oth=4.00 / 302=20.50 312=20.00",
    },
    carry={"2140106": "cb=30.00 ce=12.00"},
    gp_budget="1480.00",
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=GOVC,
            head="name",
            key=f"{EBK}_2",
            title="一般公共预算财政拨款基本支出决算表（按政府预算经济分类）",
        ),
        dict(
            shape="fx",
            source="all",
            classes=(*DEPT, "312"),
            head="name",
            key="expenditure_by_economic",
            title="支出决算表（按部门预算经济分类）",
            end=True,
        ),
    ],
    sangong_budget=("0", "0", "12.00", "2.50"),
    sangong=("0", "0", "10.40", "1.86"),
)

DOCS["t3_guangdong_yuexiu_swj_2025_budget.txt"] = dict(
    note="plain 广东2025 部门预算 (万元): TRANSPOSED 一般公共预算基本支出表（按功能分类）economic rows (301 / 30101 …) x 合计 | "
    "201一般公共服务支出 | 208… | 210… | 221… (code and name in one header cell); 基本支出预算表（按经济分类）functional rows x "
    "301工资福利支出 | 302… | 303… | 310… with its 合计 row LAST",
    kind="budget",
    org="广州市越秀区商务局",
    year=2025,
    unit="万元",
    date="2025年1月",
    n_units=1,
    profile="负责全区商贸流通、招商引资、对外经济合作、电子商务发展和消费促进工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="- {n} -"),
    basic={
        "2011301": "30101=268.40 30102=142.60 30103=58.20 30107=96.40 30199=8.60 30201=12.80 30205=1.60 30206=8.20 "
        "30207=3.40 30211=9.60 30215=4.20 30216=3.80 30217=2.40 30228=11.30 30231=7.20 30299=6.80 31002=5.60",
        "2011350": "30101=86.20 30102=38.40 30107=32.60 30201=3.80 30206=2.60 30228=2.90 30299=1.70",
        "2080501": "30302=22.40 30305=3.60",
        "2080505": "30108=62.18",
        "2080506": "30109=24.87",
        "2101101": "30110=28.94",
        "2101103": "30111=9.60",
        "2210201": "30113=41.25",
        "2210203": "30399=12.80",
    },
    proj={"2011308": "gp=380.00 / 302=380.00", "2011399": "gp=126.00 / 302=126.00"},
    mx=[
        dict(shape="ef", head="code", key=f"{EBK}_2", title="一般公共预算基本支出表（按功能分类）"),
        dict(
            shape="fx",
            source="basic",
            classes=DEPT,
            head="code",
            last=True,
            key="basic_by_economic",
            title="基本支出预算表（按经济分类）",
        ),
    ],
    sangong=("0", "0", "7.20", "2.40"),
)

DOCS["l1_hunan_yuhua_nyncj_2024_budget.layout.txt"] = dict(
    note="layout 湖南2024 部门预算 (元): 一般公共预算基本支出表（按功能科目和经济分类）functional rows x 301 | 302 | 303 | 310 "
    "with the code above the class name (two header rows); 项目支出预算表（按经济分类）functional rows x 302 | 303 | 310 | 312 "
    "(blank) of every fund's projects",
    kind="budget",
    org="长沙市雨花区农业农村局",
    year=2024,
    unit="元",
    date="2024年2月",
    n_units=2,
    profile="贯彻落实党中央关于“三农”工作的方针政策，统筹推进乡村振兴、粮食安全、农业技术推广和农田水利建设。",
    style=dict(
        summary="two", fiscal="two4", template="2024", num="cn", label="公开{nn}表", footer="第 {n} 页"
    ),
    basic={
        "2130101": "30101=2168400.00 30102=986200.00 30103=428600.00 30107=742800.00 30199=42600.00 30201=68400.00 "
        "30205=18600.00 30206=52400.00 30207=14800.00 30211=46200.00 30213=38600.00 30216=12400.00 30217=21600.00 "
        "30228=64800.00 30231=72000.00 30299=34600.00 31002=45000.00",
        "2130104": "30101=846200.00 30102=312400.00 30107=286400.00 30201=21600.00 30206=28400.00 30228=19600.00 "
        "30299=12800.00",
        "2080501": "30302=168000.00 30305=36000.00",
        "2080505": "30108=642368.00",
        "2080506": "30109=256947.20",
        "2101101": "30110=284160.00",
        "2210201": "30113=396480.00",
    },
    proj={
        "2130108": "gp=386500.00 / 302=286500.00 310=100000.00",
        "2130122": "gp=2150000.00 cou=58300.00 / 302=608300.00 303=1200000.00 310=400000.00",
        "2130153": "gp=6480000.00 / 310=6480000.00",
        "2136601": "gf=860000.00 / 310=860000.00",
    },
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=DEPT,
            head="split",
            key=f"{EBK}_2",
            title="一般公共预算基本支出表（按功能科目和经济分类）",
        ),
        dict(
            shape="fx",
            source="proj",
            classes=("302", "303", "310", "312"),
            head="split",
            key="expenditure_by_economic",
            title="项目支出预算表（按经济分类）",
            end=True,
        ),
    ],
    sangong=("0", "0", "72000.00", "21600.00"),
)

DOCS["l2_jiangxi_qingshanhu_sfj_2022_final.layout.txt"] = dict(
    note="layout 江西2022 部门决算 (万元): 基本支出决算表 functional rows x 501机关工资福利支出 | 502… | 503… | 505对事业单位"
    "经常性补助 | 509对个人和家庭的补助 (code and name in one header cell; 2040650 事业运行: 505); TRANSPOSED economic rows x "
    "合计 | 公共安全支出 | 社会保障和就业支出 | 卫生健康支出 | 住房保障支出 (类 names only)",
    kind="final_account",
    org="南昌市青山湖区司法局",
    year=2022,
    unit="万元",
    date="2023年9月",
    n_units=2,
    profile="负责全区法治政府建设、行政复议、公共法律服务、人民调解、社区矫正和普法依法治理工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    basic={
        "2040601": "30101=312.60 30102=168.40 30103=64.80 30107=102.30 30199=7.40 30201=10.60 30205=1.40 30206=8.30 "
        "30207=2.60 30211=7.90 30213=6.20 30217=1.20 30228=9.80 30231=6.40 30299=4.60 31002=3.80",
        "2040650": "30101=48.20 30102=21.60 30107=18.40 30201=2.30 30206=1.90 30228=1.60",
        "2080501": "30302=14.80",
        "2080505": "30108=52.46",
        "2080506": "30109=20.98",
        "2101101": "30110=23.62",
        "2210201": "30113=35.12",
    },
    shiye=("2040650",),
    proj={
        "2040604": "gp=68.60 / 302=68.60",
        "2040610": "gp=42.30 oth=3.50 / 302=35.80 303=10.00",
    },
    carry={"2040604": "cb=6.20 ce=2.10"},
    gp_budget="1010.00",
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=GOVC,
            head="code",
            key=f"{EBK}_2",
            title="一般公共预算财政拨款基本支出决算表（按政府预算经济分类）",
        ),
        dict(
            shape="ef", head="name", key=f"{EBK}_3", title="一般公共预算财政拨款基本支出决算表（按功能分类）"
        ),
    ],
    sangong_budget=("0", "0", "8.00", "1.50"),
    sangong=("0", "0", "6.40", "1.20"),
)

DOCS["l3_sichuan_wuhou_mzj_2026_budget.layout.txt"] = dict(
    note="layout 四川2026 部门预算 (元): 部门支出总表（按经济分类）functional rows x 301 | 302 | 303 | 310 | 312 (blank) of all "
    "the money (names only); TRANSPOSED 一般公共预算基本支出表（分功能科目）economic rows x 合计 | 208 | 210 | 221 (code above "
    "the 类 name)",
    kind="budget",
    org="成都市武侯区民政局",
    year=2026,
    unit="元",
    date="2026年2月",
    n_units=3,
    profile="负责全区社会救助、养老服务、社区治理、社会福利、残疾人福利、殡葬管理和社会组织登记管理工作。",
    style=dict(summary="two", fiscal="two4", template="2024", num="cn", footer="- {n} -"),
    basic={
        "2080201": "30101=2486400.00 30102=1124800.00 30103=486200.00 30107=862400.00 30199=52800.00 30201=86400.00 "
        "30205=21600.00 30206=64800.00 30207=18400.00 30211=52600.00 30213=46800.00 30217=24600.00 30228=78200.00 "
        "30231=84000.00 30299=41800.00 31002=56000.00 31007=38000.00",
        "2080501": "30302=212000.00 30305=48000.00",
        "2080505": "30108=736512.00",
        "2080506": "30109=294604.80",
        "2101101": "30110=326880.00",
        "2210201": "30113=451200.00",
    },
    proj={
        "2080208": "gp=3260000.00 / 302=1860000.00 303=1400000.00",
        "2081002": "gp=4850000.00 / 303=4850000.00",
        "2081107": "gp=1962400.00 / 303=1962400.00",
        "2296002": "gf=1200000.00 / 302=480000.00 310=720000.00",
    },
    mx=[
        dict(
            shape="fx",
            source="all",
            classes=(*DEPT, "312"),
            head="name",
            key="expenditure_by_economic",
            title="部门支出总表（按经济分类）",
        ),
        dict(shape="ef", head="split", key=f"{EBK}_2", title="一般公共预算基本支出表（分功能科目）"),
    ],
    sangong=("0", "0", "84000.00", "24600.00"),
)

DOCS["p1_zhejiang_lucheng_wsjkj_2020_budget.pdf"] = dict(
    note="PDF 浙江2020 部门预算 (万元): 一般公共预算基本支出表（按经济分类）functional rows x 301工资福利支出 | 302… | 303… | "
    "310… (code and name in one cell); TRANSPOSED 基本支出经济分类与功能分类对照表 economic rows x 合计 | 卫生健康支出 | "
    "社会保障和就业支出 … (类 names only)",
    kind="budget",
    org="温州市鹿城区卫生健康局",
    year=2020,
    unit="万元",
    date="2020年2月",
    n_units=2,
    profile="负责全区卫生健康事业发展规划、公共卫生、医疗服务、疾病预防控制和爱国卫生运动工作。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    basic={
        "2100101": "30101=186.20 30102=98.60 30103=42.40 30107=68.20 30199=4.80 30201=6.80 30206=5.20 30211=4.60 "
        "30213=3.80 30217=1.40 30228=6.10 30231=4.80 30299=3.20 31002=2.60",
        "2100401": "30101=412.60 30102=186.40 30107=168.20 30201=12.40 30205=3.60 30206=14.80 30228=12.20 30299=8.60",
        "2080501": "30302=26.40",
        "2080505": "30108=98.62",
        "2080506": "30109=39.45",
        "2101101": "30110=41.38",
        "2210201": "30113=62.74",
    },
    proj={"2100409": "gp=680.00 / 302=520.00 303=160.00"},
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=DEPT,
            head="code",
            key=f"{EBK}_2",
            title="一般公共预算基本支出表（按经济分类）",
        ),
        dict(shape="ef", head="name", key="basic_by_economic", title="基本支出经济分类与功能分类对照表"),
    ],
    sangong=("0", "0", "4.80", "1.40"),
)

DOCS["p2_hubei_jiangan_jyj_2024_final.pdf"] = dict(
    note="PDF 湖北2024 部门决算 (元): 基本支出决算表（按政府预算经济分类）functional rows x 501 | 502 | 503 | 505 | 509 (code "
    "above the name; 2050701 特殊学校教育 a 事业 项: 505); 项目支出决算表（按经济分类）functional rows x 302 | 303 | 310 | "
    "312 (blank)",
    kind="final_account",
    org="武汉市江岸区教育局",
    year=2024,
    unit="元",
    date="2025年8月",
    n_units=3,
    profile="负责全区各级各类教育的统筹规划和协调管理，推进义务教育均衡发展和特殊教育、学前教育发展。",
    style=dict(summary="two", fiscal="two4", num="cn", footer="第 {n} 页"),
    basic={
        "2050101": "30101=1642800.00 30102=824600.00 30103=368400.00 30107=586200.00 30199=32400.00 30201=42600.00 "
        "30205=9800.00 30206=28600.00 30207=8400.00 30211=24800.00 30213=18600.00 30217=9600.00 30228=38400.00 "
        "30231=36000.00 30299=21800.00 31002=26000.00",
        "2050701": "30101=1286400.00 30102=512600.00 30107=468200.00 30201=36400.00 30205=12600.00 30206=42800.00 "
        "30228=26400.00 30299=18600.00",
        "2080501": "30302=186000.00 30305=42000.00",
        "2080505": "30108=736800.00",
        "2080506": "30109=294720.00",
        "2101101": "30110=318400.00",
        "2210201": "30113=486200.00",
    },
    shiye=("2050701",),
    proj={
        "2050299": "gp=2860000.00 oth=120000.00 / 302=1680000.00 303=860000.00 310=440000.00",
        "2050701": "gp=320000.00 / 302=320000.00",
    },
    carry={"2050299": "cb=180000.00 ce=64000.00"},
    gp_budget="11600000.00",
    mx=[
        dict(
            shape="fx",
            source="basic",
            classes=GOVC,
            head="split",
            key=f"{EBK}_2",
            title="一般公共预算财政拨款基本支出决算表（按政府预算经济分类）",
        ),
        dict(
            shape="fx",
            source="proj",
            classes=("302", "303", "310", "312"),
            head="name",
            key="expenditure_by_economic",
            title="项目支出决算表（按经济分类）",
            end=True,
        ),
    ],
    sangong_budget=("0", "0", "40000.00", "12000.00"),
    sangong=("0", "0", "36000.00", "9600.00"),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info = make(_name, _doc)
    _text, _claims = narrative(_doc, _tabs, _info)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=s33c_lib.expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=_claims,
    )
