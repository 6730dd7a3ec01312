"""Expected readings of the rules_s34c inputs: eight WHOLE reports (four 部门预算, four 部门决算) whose WIDE tables stand
under MULTI-LEVEL headers as pdftotext -layout prints them (five .layout.txt: each word at the CHARACTER index of its
column, a CJK character one column) or as PDFs draw them (three, drawn with rules_s33c/minipdf.py), each a cover, a
目录, a 说明 with figures, the nine tables of its template and a 名词解释. Typed here, built by s34c_lib and printed by
gen.py (s34c_print.py) from the same Tab strings the expectations are read from; never from the parser's output.

Shapes attacked (documents):
- three-level headers: 部门支出总表 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 (小计 | 一般公共预算 | 政府性基金 |
  财政专户 | 单位资金) | 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出 (b1 layout, b3 PDF: 12 money columns), 基本支出
  (小计 | 人员经费 | 公用经费) (b2, b4, f2, f3), 基本支出 (人员经费 | 公用经费) WITHOUT its 小计 (f1, f4); 部门收入总表 合计 |
  上年结转结余 | 一般公共预算拨款收入 | 政府性基金 | 国有资本经营 | 财政专户管理资金收入 | 单位资金 (小计 | 事业收入 | 事业单位
  经营收入 | 上级补助收入 | 附属单位上缴收入 | 其他收入) (b1, b2, b3: 12 money columns) or flat (b4 2023: 11 columns);
  收入决算表 本年收入合计 | 财政拨款收入 (小计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款) | 上级补助收入 | 事业收入 (小计 |
  其中：教育收费) | 经营收入 | 附属单位上缴收入 | 其他收入 (f1: 10 columns), 事业收入 (小计 | 其中：教育收费) alone (f3),
  财政拨款收入 group alone (f2); 一般公共预算财政拨款支出决算表 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出
  (合计 | 人员经费 | 公用经费) | 项目支出) (f3, f4: four header levels, two phases), 合计 | 基本支出 (合计 | 人员经费 |
  公用经费) | 项目支出 (f1, f2); 三公 年初预算数 | 决算数 over 合计 | 出国 |
  公务用车购置及运行费 (小计 | 购置费 | 运行费) | 接待 (all finals: 12 columns, three levels); 项目 over 科目编码 / 科目名称
  (b2, f2, f4);
- header words wrapped over 2-4 lines inside narrow merged cells (every layout; "一般公共预算拨款收入" in a 9-character
  column prints 3 lines), columns 1 space apart (gap 1: b1, b2, b4, f4) so that 元 figures ("186,420,000.00") nearly
  touch;
- 科目编码 split: 科目编码 over 类 | 款 | 项 with each row printing its parts in three columns ("205  02  03": b1 layout, b3
  PDF), the header 类 款 项 over ONE column printing "205 02 03" (f1, f3);
- a table too wide for one page printed as two parts: left columns on one page, the rest on the next with the code and
  name columns repeated (b2 部门收入总表 layout, f2 收入决算表 PDF under "续表"), or NOT repeated, the second part's rows by
  position only, a row without figures there an empty line (b4 部门收入总表 layout, f4 支出决算表 layout);
- long subject names pushing into the first figure column ("机关事业单位基本养老保险缴费支出 1,386.48": b1, f4 layout; b3
  PDF drawn over the cell's border), names wrapped to a second line: figures beside the first piece (b2 layout, f3 PDF),
  on a line between the pieces (f1 layout), code and figures on a line and the whole name below (b4 layout), figures
  centred in a two-line cell (f2 PDF);
- 元 (b2, b4, f2, f4) and 万元 documents; 合计 first (all but f2: last).

Expectations: every figure of every money table (s34c_lib.expectations), blank cells none; 三公 one row "*" (0.00
printed: "0.00?"). Keys as rules_s33a / rules_s32c: 部门收入总表 total, carryover_begin, general_public,
government_fund, fiscal_special_account, unit_funds (单位资金's 小计), business, operating_income, upper_grant,
affiliated_remit, other_income; 支出表 total, basic (基本支出's 小计), personnel, public_funds, project (项目支出's 小计),
and under 项目支出 the funds' keys general_public / government_fund / fiscal_special_account / unit_funds (a reviewer's
choice: the vocabulary has no fund-of-a-kind key, the lowest header cell names the column), operating, remit_upper,
subsidy_affiliated; 收入决算表 total, fiscal_appropriation (财政拨款's 小计), general_public, government_fund, upper_grant,
business (事业收入's 小计), operating_income, affiliated_remit, other_income. The 其中：教育收费 figures (a part of
事业收入; no key in the vocabulary, rules_s28i's 其中：政府购买服务 alike) are NOT expected: loading them is SPURIOUS
(not_loaded lists them). Claims as rules_s33c (check.py copied from rules_s33i)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s34c_lib import build, expectations, narrative, not_loaded  # noqa: E402

DOCS = []

# ------------------------------------------------------------------------------------------------ b1
DOCS.append(
    dict(
        file="b1_henan_xinzheng_jyj_2025_budget.layout.txt",
        note="layout 河南2025 部门预算 (万元): 部门收入总表 12 money columns (单位资金 over 小计 + five parts), 部门支出总表 12 "
        "(基本支出 and 项目支出 groups with 小计, 项目支出's funds), headers wrapped over 2-4 lines, columns 1 space apart, "
        "科目编码 over 类 | 款 | 项 printing '205  02  03', long names pushing into the 合计 column",
        kind="budget",
        org="新郑市教育局",
        year=2025,
        unit="万元",
        date="2025年2月",
        n_units=46,
        units="局机关及所属中小学、幼儿园、职业中专等45个单位",
        profile="贯彻执行国家教育方针政策，统筹管理全市学前教育、义务教育、高中阶段教育和职业教育，负责学校经费和国有资产管理。",
        style=dict(
            labels="code3",
            project_funds=True,
            gap=1,
            name_w=6,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
        ),
        leaves="""
2050101 gp_pe=486.20 gp_pu=68.40
2050199 gp_p=126.00
2050201 gp_pe=1268.36 gp_pu=142.80 gp_p=360.00 biz_p=85.00
2050202 gp_pe=6842.18 gp_pu=726.40 gp_p=1180.00 oth_pu=26.50
2050203 gp_pe=4936.72 gp_pu=528.60 gp_p=860.00 gf_p=420.00
2050204 gp_pe=2416.90 gp_pu=286.20 sp_pu=640.00 sp_p=320.00 biz_pu=96.00 op_ox=58.00 biz_rm=12.00
2050302 gp_pe=1032.40 gp_pu=118.60 sp_p=186.00 biz_p=42.50 up_p=30.00 aff_sb=18.00
2080505 gp_pe=1386.48 biz_pe=12.60
2080506 gp_pe=554.59
2101102 gp_pe=512.30
2210201 gp_pe=1398.20 biz_pe=10.40
2296004 gf_p=280.00
""",
        econ={
            "30102": "2860.00",
            "30103": "1240.00",
            "30107": "5680.00",
            "30108": "1386.48",
            "30109": "554.59",
            "30110": "512.30",
            "30113": "1398.20",
            "30199": "86.40",
            "30305": "42.60",
            "30205": "186.00",
            "30206": "412.00",
            "30211": "96.00",
            "30213": "268.00",
            "30216": "74.00",
            "30228": "236.00",
            "30231": "12.60",
            "31002": "120.00",
        },
        sangong=("0.00", "0.00", "12.60", "6.40"),
        check_grand="27468.33",
        check_gp="25231.33",
    )
)

# ------------------------------------------------------------------------------------------------ b2
DOCS.append(
    dict(
        file="b2_jiangsu_kunshan_wjw_2024_budget.layout.txt",
        note="layout 江苏2024 部门预算 (元): 部门收入总表 too wide, printed as TWO parts — 项目 (科目编码 | 科目名称) | 合计 | 上年结转 "
        "| 一般公共预算 | 政府性基金 | 国有资本经营 | 财政专户 on one page, 项目 repeated | 单位资金 (小计 + five parts) on the next; "
        "元 figures up to 14 characters one space apart; 部门支出总表 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 | 经营 | 上缴 "
        "| 对附属; names wrapped with the figures beside the first piece",
        kind="budget",
        org="昆山市卫生健康委员会",
        year=2024,
        unit="元",
        date="2024年2月",
        n_units=6,
        units="委机关、市第一人民医院、市中医医院、市疾病预防控制中心等6个单位",
        profile="组织拟订全市卫生健康事业发展规划，统筹医疗卫生资源配置，负责疾病预防控制、医政医管、基层卫生和计划生育服务管理。",
        style=dict(
            labels="code1",
            item_group=True,
            gap=1,
            name_w=8,
            wrap="first",
            label="表{n}",
            inc_opt=dict(split=6, repeat=True, cont_unit=True),
        ),
        leaves="""
2100101 gp_pe=6843260.00 gp_pu=1126400.00
2100199 gp_p=2860000.00 co_p=420000.00
2100201 gp_pe=18426300.00 gp_pu=1380000.00 gp_p=12600000.00 biz_pe=186420000.00 biz_pu=94860500.00 biz_p=8600000.00 op_ox=3260000.00 oth_pu=1842300.00 biz_sb=2400000.00 aff_pu=680000.00
2100202 gp_pe=8642180.00 gp_pu=624000.00 gp_p=3800000.00 biz_pe=72460000.00 biz_pu=38420600.00 up_p=1200000.00 biz_rm=860000.00
2100401 gp_pe=5284600.00 gp_pu=462000.00 gp_p=2460000.00 biz_pu=1860000.00
2100408 gp_p=48620000.00
2100409 gp_p=6240000.00 co_p=1260000.00
2100717 gp_p=3486000.00
2080505 gp_pe=4612836.00 biz_pe=16842600.00
2080506 gp_pe=1845134.40
2101102 gp_pe=2386400.00 biz_pe=8426000.00
2210201 gp_pe=4862300.00 biz_pe=12684000.00
""",
        econ={
            "30102": "12860000.00",
            "30103": "4260000.00",
            "30107": "14820000.00",
            "30108": "4612836.00",
            "30109": "1845134.40",
            "30110": "2386400.00",
            "30113": "4862300.00",
            "30112": "186400.00",
            "30302": "640000.00",
            "30205": "186000.00",
            "30206": "426000.00",
            "30207": "98000.00",
            "30211": "286000.00",
            "30213": "420000.00",
            "30215": "64000.00",
            "30216": "126000.00",
            "30217": "42000.00",
            "30228": "612000.00",
            "30231": "186000.00",
            "31002": "360000.00",
        },
        sangong=("0.00", "0.00", "186000.00", "42000.00"),
        check_grand="589057410.40",
        check_gp="136561410.40",
    )
)

# ------------------------------------------------------------------------------------------------ b3
DOCS.append(
    dict(
        file="b3_sichuan_pidu_nyncj_2026_budget.pdf",
        note="PDF 四川2026 部门预算 (万元), landscape 部门收入总表 (12 money columns, 单位资金 over six) and 部门支出总表 (12: 基本支出 "
        "and 项目支出 groups with 小计, 项目支出 by fund), header words wrapped over up to 4 lines in narrow cells, 科目编码 over "
        "类 | 款 | 项 cells, long names drawn past their cell's border into the 合计 cell",
        kind="budget",
        org="成都市郫都区农业农村局",
        year=2026,
        unit="万元",
        date="2026年2月",
        n_units=3,
        units="局机关、区农业技术推广服务中心、区农村经营管理服务中心",
        profile="负责全区农业农村发展规划、农业生产和农田建设、农业技术推广、农村集体经济和农村综合改革工作。",
        style=dict(
            labels="code3",
            project_funds=True,
            name_w=13,
            wrap="overflow",
            font=7,
            pad=14,
            label="表{n}",
            inc_opt=dict(landscape=True),
            exp_opt=dict(landscape=True),
        ),
        leaves="""
2130101 gp_pe=612.48 gp_pu=86.20
2130104 gp_pe=926.30 gp_pu=104.60 biz_pu=38.00 op_ox=16.40
2130106 gp_p=146.00 oth_p=12.00
2130108 gp_p=88.50
2130122 gp_p=1260.00 up_p=60.00
2130135 gp_p=342.00
2130153 gp_p=2860.00
2130705 gp_p=486.40 biz_rm=6.00 aff_sb=9.60
2120804 gf_p=1850.00
2080505 gp_pe=228.64 biz_pe=4.80
2080506 gp_pe=91.46
2101101 gp_pe=56.20
2101102 gp_pe=72.36
2210201 gp_pe=198.60
""",
        econ={
            "30102": "412.00",
            "30103": "96.00",
            "30107": "486.00",
            "30108": "228.64",
            "30109": "91.46",
            "30110": "128.56",
            "30113": "198.60",
            "30199": "18.60",
            "30302": "24.00",
            "30205": "8.40",
            "30206": "22.60",
            "30211": "28.00",
            "30213": "18.00",
            "30216": "9.60",
            "30228": "32.40",
            "30231": "14.20",
            "30239": "26.00",
            "31002": "12.00",
        },
        sangong=("0.00", "0.00", "14.20", "3.80"),
        check_grand="9556.54",
        check_gp="7559.74",
    )
)

# ------------------------------------------------------------------------------------------------ b4
DOCS.append(
    dict(
        file="b4_guangdong_nanhai_zjj_2023_budget.layout.txt",
        note="layout 广东2023 部门预算 (元): 部门收入总表 flat (11 money columns: 合计 | 上年结转 | 一般公共预算 | 政府性基金 | "
        "国有资本经营 | 财政专户 | 事业收入 | 事业单位经营收入 | 上级补助 | 附属单位上缴 | 其他收入) printed as TWO parts, the second "
        "(财政专户 … 其他收入) on the next page WITHOUT the code and name columns (rows by position, an empty line for a row "
        "without figures there); columns 1 space apart; names wrapped: code and figures on a line, the whole name below",
        kind="budget",
        org="佛山市南海区住房城乡建设和水利局",
        year=2023,
        unit="元",
        date="2023年3月",
        n_units=3,
        units="局机关、区建设工程质量安全检测站、区城市建设档案馆",
        profile="负责全区住房保障、城乡建设管理、建筑市场和工程质量安全监管、城市更新和老旧小区改造工作。",
        style=dict(
            labels="code1",
            unit_group=False,
            gap=1,
            name_w=7,
            wrap="below",
            label="表{n}",
            footer="- {n} -",
            inc_opt=dict(split=5, repeat=False, cont_unit=False),
        ),
        leaves="""
2120101 gp_pe=8426380.00 gp_pu=1286400.00
2120104 gp_pe=3624800.00 gp_pu=486200.00 gp_p=1860000.00
2120106 gp_p=2480000.00 biz_p=1260000.00 co_p=380000.00
2120199 gp_p=960000.00 oth_p=48600.00
2120399 gp_p=5620000.00
2120803 gf_p=12800000.00
2210105 gp_p=1460000.00
2210108 gp_p=8640000.00 co_p=1200000.00
2080505 gp_pe=1512643.20 biz_pe=86400.00
2080506 gp_pe=605057.28
2101101 gp_pe=486200.00
2210201 gp_pe=1206480.00 biz_pe=64800.00
""",
        econ={
            "30102": "3286400.00",
            "30103": "1120000.00",
            "30107": "2860000.00",
            "30108": "1512643.20",
            "30109": "605057.28",
            "30110": "486200.00",
            "30113": "1206480.00",
            "30112": "86400.00",
            "30205": "42000.00",
            "30206": "168000.00",
            "30207": "36000.00",
            "30211": "126000.00",
            "30213": "96000.00",
            "30216": "48000.00",
            "30217": "24000.00",
            "30228": "186000.00",
            "30231": "96000.00",
            "31002": "120000.00",
        },
        sangong=("0.00", "0.00", "96000.00", "24000.00"),
        check_grand="54493960.48",
        check_gp="38654160.48",
    )
)

# ------------------------------------------------------------------------------------------------ f1
DOCS.append(
    dict(
        file="f1_shandong_licheng_jtj_2024_final.layout.txt",
        note="layout 山东2024 部门决算 (万元) of an 教育和体育局 with schools: 收入决算表 10 money columns — 财政拨款收入 (小计 | "
        "一般公共预算财政拨款 | 政府性基金预算财政拨款), 事业收入 (小计 | 其中：教育收费) — headers wrapped 3-4 lines; 支出决算表 "
        "基本支出 over 人员经费 | 公用经费 with no 小计, 上缴上级 / 经营 / 对附属单位补助 used; code '205 02 04' in one column "
        "under '类  款  项'; names wrapped with the figures on a line between the pieces",
        kind="final_account",
        org="济南市历城区教育和体育局",
        year=2024,
        unit="万元",
        date="2025年8月",
        n_units=52,
        units="局机关及所属中小学、幼儿园、职业中专等51个单位",
        profile="统筹全区各级各类教育和体育事业发展，负责教育经费、学校国有资产和体育设施的管理，组织开展群众体育活动。",
        style=dict(
            labels="code3in1",
            fiscal_group=True,
            biz_group=True,
            basic_sub=False,
            gap=2,
            name_w=8,
            wrap="around",
            label="表{n}",
            footer="- {n} -",
        ),
        leaves="""
2050101 i_gp=512.36 gp_pe=448.20 gp_pu=58.66
2050201 i_gp=1386.40 i_biz=126.00 i_edu=118.00 gp_pe=1062.30 gp_pu=168.40 gp_p=150.00 nf_pu=72.00 nf_p=48.00
2050202 i_gp=7246.80 i_oth=18.60 gp_pe=6180.40 gp_pu=684.20 gp_p=372.10 nf_pu=16.20
2050203 i_gp=5218.60 i_gf=360.00 gp_pe=4402.10 gp_pu=486.30 gp_p=320.00 gf_p=360.00
2050204 i_gp=2648.20 i_biz=968.40 i_edu=912.60 i_op=86.20 i_aff=24.00 gp_pe=2106.80 gp_pu=236.40 gp_p=298.00 nf_pe=120.00 nf_pu=548.60 nf_p=260.00 ox=78.40 rm=12.00 sb=30.00
2050302 i_gp=1124.60 i_biz=286.30 i_edu=262.40 i_up=40.00 gp_pe=918.40 gp_pu=106.20 gp_p=96.00 nf_pu=168.30 nf_p=150.00
2080505 i_gp=1468.52 gp_pe=1468.52
2080506 i_gp=587.41 gp_pe=587.41
2101102 i_gp=538.60 gp_pe=538.60
2210201 i_gp=1486.30 gp_pe=1486.30
2296003 i_gf=120.00 gf_p=120.00
""",
        cb="286.40",
        fcb="126.30",
        gp_budget="21600.00",
        econ={
            "30102": "3126.00",
            "30103": "1486.00",
            "30107": "5260.00",
            "30108": "1468.52",
            "30109": "587.41",
            "30110": "538.60",
            "30113": "1486.30",
            "30199": "96.20",
            "30302": "186.40",
            "30205": "146.20",
            "30206": "368.40",
            "30211": "62.30",
            "30213": "286.40",
            "30216": "46.80",
            "30228": "212.60",
            "30231": "8.60",
            "31002": "96.00",
        },
        sangong_budget=("0.00", "0.00", "9.00", "4.00"),
        sangong=("0.00", "0.00", "8.60", "2.36"),
        check_grand="24533.69",
        check_gp="22175.29",
    )
)

# ------------------------------------------------------------------------------------------------ f2
DOCS.append(
    dict(
        file="f2_hubei_xiangzhou_wjj_2023_final.pdf",
        note="PDF 湖北2023 部门决算 (元) of a 卫生健康局 with hospitals: 收入决算表 too wide, printed as TWO parts — 项目 (科目编码 | "
        "科目名称) | 本年收入合计 | 财政拨款收入 (小计 | 一般公共预算 | 政府性基金) | 上级补助收入 on one landscape page, '续表' with "
        "项目 repeated | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入 on the next; 支出决算表 landscape, 8 money columns "
        "(上缴上级 / 经营 / 对附属单位补助 used); names wrapped in two-line cells, figures centred; 合计 LAST",
        kind="final_account",
        org="襄阳市襄州区卫生健康局",
        year=2023,
        unit="元",
        date="2024年8月",
        n_units=5,
        units="局机关、区人民医院、区中医医院、区疾病预防控制中心、区妇幼保健院",
        profile="负责全区医疗卫生服务体系建设、公共卫生和疾病预防控制、基层卫生健康和妇幼健康服务管理。",
        style=dict(
            labels="code1",
            item_group=True,
            fiscal_group=True,
            total_first=False,
            name_w=8,
            wrap="around",
            font=7.5,
            label="表{n}",
            inc_opt=dict(split=5, repeat=True, cont="续表", landscape=True),
            exp_opt=dict(landscape=True),
        ),
        leaves="""
2100101 i_gp=5862400.00 gp_pe=4986300.00 gp_pu=812600.00
2100199 i_gp=1480000.00 gp_p=1386200.00
2100201 i_gp=16842600.00 i_biz=212486300.00 i_op=4860200.00 i_oth=2380600.00 i_aff=1200000.00 gp_pe=12680400.00 gp_pu=1260000.00 gp_p=2860000.00 nf_pe=118642300.00 nf_pu=86420600.00 nf_p=9860000.00 ox=4620800.00 rm=1260000.00 sb=2400000.00
2100202 i_gp=7246800.00 i_biz=86420600.00 i_up=1600000.00 gp_pe=5864200.00 gp_pu=620000.00 gp_p=760000.00 nf_pe=48620400.00 nf_pu=34862000.00 nf_p=2460000.00 sb=1200000.00
2100401 i_gp=4862300.00 i_biz=1860000.00 gp_pe=3986400.00 gp_pu=486200.00 gp_p=386000.00 nf_pu=1842600.00
2100408 i_gp=42860000.00 gp_p=42860000.00
2100410 i_gp=2640000.00 gp_p=2486300.00
2100717 i_gp=3128600.00 gp_p=3128600.00
2080505 i_gp=4286432.00 i_biz=15864200.00 gp_pe=4286432.00 nf_pe=15864200.00
2080506 i_gp=1714572.80 gp_pe=1714572.80
2101102 i_gp=2186400.00 i_biz=7864000.00 gp_pe=2186400.00 nf_pe=7864000.00
2210201 i_gp=4486200.00 i_biz=11862400.00 gp_pe=4486200.00 nf_pe=11862400.00
""",
        cb="3862400.00",
        fcb="486200.00",
        gp_budget="96800000.00",
        econ={
            "30102": "8426000.00",
            "30103": "2860000.00",
            "30107": "9640000.00",
            "30108": "4286432.00",
            "30109": "1714572.80",
            "30110": "2186400.00",
            "30113": "4486200.00",
            "30112": "142600.00",
            "30302": "486000.00",
            "30205": "62000.00",
            "30206": "186400.00",
            "30207": "42600.00",
            "30211": "126000.00",
            "30213": "286400.00",
            "30216": "68000.00",
            "30217": "18600.00",
            "30228": "246000.00",
            "30231": "126400.00",
            "31002": "146000.00",
        },
        sangong_budget=("0.00", "0.00", "140000.00", "30000.00"),
        sangong=("0.00", "0.00", "126400.00", "18600.00"),
        check_grand="447857004.80",
        check_gp="97236804.80",
    )
)

# ------------------------------------------------------------------------------------------------ f3
DOCS.append(
    dict(
        file="f3_zhejiang_nanhu_jyj_2022_final.pdf",
        note="PDF 浙江2022 部门决算 (万元) of an 教育局 with schools: 收入决算表 with 事业收入 over 小计 | 其中：教育收费; 一般公共预算"
        "财政拨款支出决算表 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出 (合计 | 人员经费 | 公用经费) | 项目支出): "
        "four header levels, two phases; code '205 02 04' in one cell under '类  款  项'; names wrapped in two-line cells with "
        "the figures at the first line; 三公 twelve columns",
        kind="final_account",
        org="嘉兴市南湖区教育局",
        year=2022,
        unit="万元",
        date="2023年9月",
        n_units=38,
        units="局机关及所属中小学、幼儿园等37个单位",
        profile="负责全区各级各类教育的统筹规划和管理，指导学校党建、教育教学改革、教师队伍建设和教育督导工作。",
        style=dict(
            labels="code3in1",
            biz_group=True,
            gb_budget=True,
            name_w=8,
            wrap="first",
            font=7.5,
            label="表{n}",
            gb_opt=dict(landscape=True),
            inc_opt=dict(landscape=True),
            exp_opt=dict(landscape=True),
        ),
        leaves="""
2050101 i_gp=468.30 gp_pe=402.16 gp_pu=62.40 yb_b=470.00
2050199 i_gp=86.00 gp_p=84.60 yb_p=80.00
2050201 i_gp=2186.40 i_biz=486.20 i_edu=452.80 gp_pe=1642.80 gp_pu=228.60 gp_p=306.00 nf_pu=312.40 nf_p=160.00 yb_b=1850.00 yb_p=280.00
2050202 i_gp=9862.30 gp_pe=8426.40 gp_pu=962.80 gp_p=468.00 yb_b=9300.00 yb_p=420.00
2050203 i_gp=6842.60 i_biz=126.00 i_edu=126.00 gp_pe=5846.20 gp_pu=642.30 gp_p=342.00 nf_pu=120.00 yb_b=6420.00 yb_p=360.00
2050204 i_gp=3286.40 i_biz=1286.60 i_edu=1186.20 i_oth=42.80 gp_pe=2642.60 gp_pu=362.40 gp_p=268.00 nf_pe=186.00 nf_pu=842.60 nf_p=286.00 yb_b=2980.00 yb_p=260.00
2050901 i_gp=1260.00 gp_p=1186.00 yb_p=1000.00
2080505 i_gp=1826.42 gp_pe=1826.42 yb_b=1800.00
2080506 i_gp=730.57 gp_pe=730.57 yb_b=720.00
2101102 i_gp=612.30 gp_pe=612.30 yb_b=600.00
2101103 i_gp=186.40 gp_pe=186.40 yb_b=180.00
2210201 i_gp=1842.60 gp_pe=1842.60 yb_b=1800.00
""",
        cb="426.80",
        fcb="142.60",
        econ={
            "30102": "4286.00",
            "30103": "1860.00",
            "30107": "7420.00",
            "30108": "1826.42",
            "30109": "730.57",
            "30110": "798.70",
            "30113": "1842.60",
            "30199": "126.40",
            "30302": "248.60",
            "30205": "186.40",
            "30206": "486.20",
            "30211": "48.60",
            "30213": "362.00",
            "30216": "42.60",
            "30228": "286.40",
            "30231": "6.80",
            "31002": "126.00",
        },
        sangong_budget=("0.00", "0.00", "8.00", "3.00"),
        sangong=("0.00", "0.00", "6.80", "1.62"),
        check_grand="31558.69",
        check_gp="29071.55",
    )
)

# ------------------------------------------------------------------------------------------------ f4
DOCS.append(
    dict(
        file="f4_yunnan_guandu_wlj_2025_final.layout.txt",
        note="layout 云南2025 部门决算 (元): 支出决算表 too wide, printed as TWO parts — 项目 (科目编码 | 科目名称) | 本年支出合计 | "
        "基本支出 (人员经费 | 公用经费, no 小计) | 项目支出 on one page, 上缴上级支出 | 经营支出 | 对附属单位补助支出 on the next "
        "WITHOUT the code and name columns (an empty line for a row without figures); 一般公共预算财政拨款支出决算表 年初预算数 | "
        "决算数 with 基本支出 (合计 | 人员经费 | 公用经费); columns 1 space apart; long names pushing into the first figure column",
        kind="final_account",
        org="昆明市官渡区文化和旅游局",
        year=2025,
        unit="元",
        date="2026年8月",
        n_units=4,
        units="局机关、区图书馆、区滇剧团、区博物馆",
        profile="负责全区文化和旅游事业、文化产业和旅游业发展，管理文物和博物馆、公共图书馆和艺术表演团体，监管文化和旅游市场。",
        style=dict(
            labels="code1",
            item_group=True,
            gb_budget=True,
            basic_sub=False,
            gap=1,
            name_w=6,
            wrap="overflow",
            label="表{n}",
            exp_opt=dict(split=4, repeat=False, cont_unit=False),
        ),
        leaves="""
2070101 i_gp=4862300.00 gp_pe=4126480.00 gp_pu=628600.00 yb_b=4800000.00
2070104 i_gp=2486200.00 i_oth=42600.00 gp_pe=1862400.00 gp_pu=386200.00 gp_p=186000.00 nf_pu=42600.00 yb_b=2200000.00 yb_p=200000.00
2070107 i_gp=3862400.00 i_biz=1286400.00 i_op=2486300.00 gp_pe=2864300.00 gp_pu=286400.00 gp_p=620000.00 nf_pe=486200.00 nf_pu=612800.00 ox=2286400.00 rm=120000.00 sb=186000.00 yb_b=3100000.00 yb_p=600000.00
2070109 i_gp=1860000.00 gp_p=1826400.00 yb_p=1600000.00
2070111 i_gp=960000.00 gp_p=948600.00 yb_p=1000000.00
2070112 i_gp=686000.00 gp_p=642300.00 yb_p=700000.00
2070204 i_gp=2460000.00 i_up=800000.00 gp_p=2386200.00 nf_p=800000.00 yb_p=2000000.00
2070205 i_gp=1862400.00 i_biz=386200.00 gp_pe=1426800.00 gp_pu=286300.00 gp_p=120000.00 nf_pu=362400.00 yb_b=1700000.00 yb_p=120000.00
2080505 i_gp=1486240.00 gp_pe=1486240.00 yb_b=1480000.00
2080506 i_gp=594496.00 gp_pe=594496.00 yb_b=590000.00
2101101 i_gp=486200.00 gp_pe=486200.00 yb_b=480000.00
2101102 i_gp=362400.00 gp_pe=362400.00 yb_b=360000.00
2210201 i_gp=1286400.00 gp_pe=1286400.00 yb_b=1260000.00
""",
        cb="428600.00",
        fcb="186000.00",
        econ={
            "30102": "2460000.00",
            "30103": "860000.00",
            "30107": "3120000.00",
            "30108": "1486240.00",
            "30109": "594496.00",
            "30110": "848600.00",
            "30113": "1286400.00",
            "30112": "64200.00",
            "30302": "286000.00",
            "30205": "36000.00",
            "30206": "142000.00",
            "30207": "28600.00",
            "30211": "86000.00",
            "30213": "126000.00",
            "30216": "32000.00",
            "30217": "12600.00",
            "30228": "168000.00",
            "30231": "48600.00",
            "31002": "96000.00",
        },
        sangong_budget=("0.00", "0.00", "60000.00", "20000.00"),
        sangong=("0.00", "0.00", "48600.00", "12600.00"),
        check_grand="28685136.00",
        check_gp="22812716.00",
    )
)

BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _tabs, _info = build(_doc)
    _text, _claims = narrative(_doc, _info)
    BUILT[_doc["file"]] = (_doc, _tabs, _info, _text)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_doc, _tabs),
        claims=_claims,
        not_loaded=", ".join(not_loaded(_tabs)) or None,
    )
