"""Expected readings of the rules_s35d inputs: eight WHOLE reports (four 部门预算, four 部门决算, 2022-2026, eight
provinces) whose long tables run over 2-4 PAGES, EACH PAGE SETTING ITS OWN COLUMN WIDTHS, as Word / WPS / Excel
auto-fit exports print them and pdftotext -layout lays each page out anew (js_jcy_2019_dept_budget.layout.txt page 18:
the 基本支出表 goes on without its header, its 金额 column 6 characters left of page 17's; sh_putuo_czj_2024_final
page 10: the 支出决算表's rows go on without the header, the figures where their own widths put them). Four pdftotext
-layout texts (.layout.txt: each word at the CHARACTER index of its column, a CJK character one column), four PDFs
(ruled grids drawn with ../rules_s33c/minipdf.py). Each: a cover, a 目录, a 说明 with claims, the nine tables of its
template, a 名词解释. The documents, the Tab strings and the 说明 are rules_s34c's (s34c_lib.build / narrative /
expectations, imported): the figures are typed here per functional 项 in s34c_lib's leaf format, s34c_lib sums and
re-adds every printed table at import (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, the summaries against the
detail tables, 基本支出表 = the 一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, and the grand
totals typed by hand below as check_grand / check_gp), so a typo fails at import. s35d_print.py prints them, paging
the tables listed in each document's "pages" (its docstring gives the page spec).

Shapes attacked (documents):
- a coded table over 2-4 pages, each page's columns fitted to ITS rows and spec: the name column fitted to the
  page's longest name (a page of short names moves every money column 6-12 characters left), money columns wider or
  narrower by 1-4 spaces, a page set in by a left margin, one money column pushed right by 6-8 (b1 部门支出总表 3
  pages, b2 部门支出总表 3, f1 支出决算表 4 pages, f2 收入决算表 / 支出决算表); in the PDFs the same in points
  (10-60 pt: dx, pads; a name column fitted to its page: b3, b4, f3, f4);
- the header on a later page: repeated with no mark (b1 收入总表, f1 收入决算表), under "续表" (b1, b3, f1, f4), under
  the title again with "（续）" (b2, b4, f2), NOT repeated, the rows going on at their own widths (b2 收入总表 and
  基本支出表, b3 基本支出表, b4 一般公共预算支出表, f1 一般公共预算 page 3, f4 一般公共预算);
- a header wrapped otherwise on a later page: "基本支出" / "项目支出" / "人员经费" on one line on page 1, "基本" /
  "支出" over two lines on page 2 (b1 一般公共预算支出表, f1 一般公共预算财政拨款支出决算表 with its 年初预算数 | 决算数
  blocks, f2 支出决算表);
- a page whose last column is cut narrower, its figures one space or none from the column before (b2 一般公共预算支出表
  page 2, f2 一般公共预算 page 2; in PDF: b4 支出总表 page 2, f3 一般公共预算 page 3);
- the final accounts' 一般公共预算财政拨款支出决算表 with 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出
  (合计 | 人员经费 | 公用经费) | 项目支出) blocks over 2-3 pages (f1 layout 3 pages, f2 layout 2, f3 PDF 3, f4 PDF 2);
- a landscape page among portrait pages (b3 支出总表 page 2, f3 一般公共预算 page 2: a landscape MediaBox) and a
  landscape page kept in a portrait MediaBox turned by /Rotate 90 (b4 支出总表 page 2, f4 支出决算表 page 2);
- 万元 (b1, b3, f1, f3) and 元 (b2, b4, f2, f4; gap 1: 元 figures nearly touch) documents.

Expectations: every figure of every money table (s34c_lib.expectations: blank cells none; 三公 one row "*", 0.00
printed as "0.00?"), the 说明's claims as rules_s34c reviews them (check.py copied from it)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules_s34c"))
from s34c_lib import EB, EXP, GB, INC, build, expectations, narrative  # noqa: E402

DOCS = []

# ------------------------------------------------------------------------------------------------ b1 layout 万元
DOCS.append(
    dict(
        file="b1_shandong_tengzhou_nyncj_2025_budget.layout.txt",
        note="layout 山东2025 部门预算 (万元): 部门支出总表 3 pages under 续表, page 2's money columns 8-10 characters left "
        "(short names), page 3's 2-6 right; 部门收入总表 2 pages, the header repeated with no mark, columns narrower; "
        "一般公共预算支出表 2 pages, page 2's header wrapped '基本' / '支出'",
        kind="budget",
        org="滕州市农业农村局",
        year=2025,
        unit="万元",
        date="2025年2月",
        n_units=5,
        units="局机关、市农业技术推广中心、市农机服务中心、市畜牧兽医服务中心、市农村经营管理服务中心",
        profile="负责全市农业农村发展规划、粮食和重要农产品生产、农田建设、农业技术推广、动物防疫和农村集体经济管理工作。",
        style=dict(labels="code1", gap=2, name_w=16, wrap="overflow", label="表{n}", footer="- {n} -"),
        leaves="""
2130101 gp_pe=386.42 gp_pu=58.60
2130104 gp_pe=1246.80 gp_pu=126.40 biz_pu=36.00
2130106 gp_p=186.00 sp_p=42.00
2130108 gp_p=96.50
2130122 gp_p=1860.00 co_p=240.00
2130135 gp_p=328.60
2130153 gp_p=2460.00
2130705 gp_p=412.80
2120804 gf_p=860.00
2080501 gp_pe=42.30
2080505 gp_pe=186.42 biz_pe=8.60
2080506 gp_pe=74.57
2101101 gp_pe=68.20
2101102 gp_pe=96.40
2210201 gp_pe=198.60 biz_pe=6.20
2210203 gp_pe=36.80
""",
        econ={
            "30102": "486.20",
            "30103": "126.40",
            "30107": "612.30",
            "30108": "186.42",
            "30109": "74.57",
            "30110": "164.60",
            "30113": "198.60",
            "30199": "18.60",
            "30302": "42.30",
            "30305": "36.80",
            "30205": "6.80",
            "30206": "18.40",
            "30207": "4.60",
            "30211": "12.80",
            "30213": "22.60",
            "30216": "8.40",
            "30217": "3.20",
            "30228": "24.86",
            "30231": "9.60",
            "30239": "42.80",
            "31002": "12.00",
        },
        sangong=("0.00", "0.00", "9.60", "3.20"),
        check_grand="9058.21",
        check_gp="7865.41",
        pages={
            EXP: [
                dict(rows=12),
                dict(rows=10, mark="续表", unit=True, name_x=-1),
                dict(mark="续表", unit=True, gap=2, extra={0: 4}),
            ],
            INC: [dict(rows=15), dict(gap=-1)],
            GB: [dict(rows=14, gap=2), dict(hw=2, mark="续表")],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b2 layout 元
DOCS.append(
    dict(
        file="b2_hunan_furong_wjj_2024_budget.layout.txt",
        note="layout 湖南2024 部门预算 (元, gap 1): 部门收入总表 2 pages, the header NOT repeated (page 2's rows at their own "
        "widths); 部门支出总表 3 pages under '部门支出总表（续）'; 一般公共预算支出表 2 pages under '…（续）', page 2's last column "
        "(项目支出) cut to its figures (no space before them); 一般公共预算基本支出表 2 pages without the header again",
        kind="budget",
        org="长沙市芙蓉区卫生健康局",
        year=2024,
        unit="元",
        date="2024年2月",
        n_units=4,
        units="局机关、区疾病预防控制中心、区妇幼保健计划生育服务中心、区卫生健康综合监督执法大队",
        profile="贯彻执行卫生健康工作方针政策，统筹全区医疗卫生资源配置，负责疾病预防控制、妇幼健康、基层卫生和卫生健康监督执法工作。",
        style=dict(labels="code1", gap=1, name_w=16, wrap="overflow", label="表{n}", footer="第 {n} 页"),
        leaves="""
2100101 gp_pe=5864200.00 gp_pu=946800.00
2100199 gp_p=1280000.00
2100401 gp_pe=8426300.00 gp_pu=1264800.00 gp_p=2160000.00 biz_pu=486000.00
2100408 gp_p=18642000.00
2100409 gp_p=4260000.00 co_p=860000.00
2100410 gp_p=1500000.00
2100717 gp_p=2846500.00
2100201 gp_p=6200000.00
2100202 gp_p=3400000.00
2080505 gp_pe=2386420.00 biz_pe=126400.00
2080506 gp_pe=954568.00
2080801 gp_pe=186000.00
2101101 gp_pe=842600.00
2101102 gp_pe=1264300.00
2101103 gp_pe=486200.00
2210201 gp_pe=2386400.00 biz_pe=142600.00
""",
        econ={
            "30102": "6420000.00",
            "30103": "1860000.00",
            "30107": "5240000.00",
            "30108": "2386420.00",
            "30109": "954568.00",
            "30110": "2107000.00",
            "30112": "86400.00",
            "30113": "2386400.00",
            "30199": "126000.00",
            "30302": "486200.00",
            "30305": "186000.00",
            "30205": "86000.00",
            "30206": "264000.00",
            "30207": "68000.00",
            "30211": "124000.00",
            "30213": "186000.00",
            "30215": "42000.00",
            "30216": "96000.00",
            "30217": "36000.00",
            "30228": "286000.00",
            "30231": "148000.00",
            "31002": "260000.00",
        },
        sangong=("0.00", "0.00", "148000.00", "36000.00"),
        check_grand="66912088.00",
        check_gp="65297088.00",
        pages={
            INC: [dict(rows=14), dict(head="none")],
            EXP: [
                dict(rows=12),
                dict(rows=9, mark="部门支出总表（续）", unit=True, gap=2),
                dict(mark="部门支出总表（续）", unit=True, name_x=2),
            ],
            GB: [dict(rows=12), dict(mark="一般公共预算支出表（续）", unit=True, last=0)],
            EB: [dict(rows=18), dict(head="none", gap=3)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b3 PDF 万元
DOCS.append(
    dict(
        file="b3_jiangxi_zhanggong_wglj_2026_budget.pdf",
        note="PDF 江西2026 部门预算 (万元): 部门支出总表 3 pages under 续表, page 2 a LANDSCAPE page among portrait pages (its "
        "columns wider apart), page 3 portrait with the name column narrower; 一般公共预算支出表 2 pages, page 2 moved 40 pt "
        "right; 一般公共预算基本支出表 2 pages, the header not repeated",
        kind="budget",
        org="赣州市章贡区文化广电新闻出版旅游局",
        year=2026,
        unit="万元",
        date="2026年2月",
        n_units=4,
        units="局机关、区图书馆、区文化馆、区博物馆",
        profile="负责全区文化、广电、新闻出版和旅游事业发展，管理公共图书馆、文化馆和博物馆，监管文化和旅游市场。",
        style=dict(labels="code1", name_w=14, wrap="overflow", label="表{n}", footer="第 {n} 页", font=8),
        leaves="""
2070101 gp_pe=286.40 gp_pu=42.60
2070104 gp_pe=186.20 gp_pu=36.80 gp_p=48.00
2070107 gp_p=126.00
2070109 gp_pe=142.60 gp_pu=28.40 gp_p=86.50
2070111 gp_p=62.00
2070112 gp_p=38.60 co_p=12.00
2070204 gp_p=246.00
2070205 gp_pe=98.60 gp_pu=22.40 gp_p=64.00 biz_pu=18.60
2080502 gp_pe=36.20
2080505 gp_pe=68.42
2080506 gp_pe=27.37
2101101 gp_pe=18.60
2101102 gp_pe=24.30
2210201 gp_pe=62.40
2296003 gf_p=45.00
""",
        econ={
            "30102": "186.40",
            "30103": "42.60",
            "30107": "236.20",
            "30108": "68.42",
            "30109": "27.37",
            "30110": "42.90",
            "30113": "62.40",
            "30302": "36.20",
            "30205": "3.60",
            "30206": "12.80",
            "30207": "2.40",
            "30211": "4.20",
            "30213": "18.60",
            "30216": "3.80",
            "30217": "1.20",
            "30228": "11.96",
            "30231": "4.80",
            "31002": "6.00",
        },
        sangong=("0.00", "0.00", "4.80", "1.20"),
        check_grand="1827.99",
        check_gp="1752.39",
        pages={
            EXP: [
                dict(rows=10),
                dict(rows=10, size="L", mark="续表", unit=True, pad=14),
                dict(mark="续表", unit=True, pad=-2),
            ],
            GB: [dict(rows=14), dict(dx=40, mark="续表", unit=True)],
            EB: [dict(rows=16), dict(head="none", dx=-24, pad=6)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b4 PDF 元
DOCS.append(
    dict(
        file="b4_gansu_chengguan_cgj_2023_budget.pdf",
        note="PDF 甘肃2023 部门预算 (元): 部门支出总表 2 pages, page 2 a landscape page kept in a portrait MediaBox turned by "
        "/Rotate 90, its last column cut narrow; 部门收入总表 2 pages under '部门收入总表（续）'; 一般公共预算支出表 2 pages, "
        "page 2 without the header, 30 pt left",
        kind="budget",
        org="兰州市城关区城市管理局",
        year=2023,
        unit="元",
        date="2023年2月",
        n_units=3,
        units="局机关、区城市管理综合行政执法大队、区环境卫生服务中心",
        profile="负责全区市容环境卫生、城市管理综合执法、市政公用设施运行维护和城市道路照明管理工作。",
        style=dict(labels="code1", name_w=14, wrap="overflow", label="表{n}", footer="- {n} -", font=7.5),
        leaves="""
2120101 gp_pe=4862300.00 gp_pu=684200.00
2120104 gp_pe=12684200.00 gp_pu=1486400.00 gp_p=3260000.00
2120106 gp_p=1860000.00
2120199 gp_p=2486000.00 oth_p=126000.00
2120399 gp_p=8642000.00 co_p=1200000.00
2120803 gf_p=6400000.00
2120804 gf_p=2860000.00
2080505 gp_pe=2186420.00
2080506 gp_pe=874568.00
2080801 gp_pe=96000.00
2101101 gp_pe=1286400.00
2101103 gp_pe=368000.00
2210201 gp_pe=2142600.00
2210203 gp_pe=486000.00
""",
        econ={
            "30102": "4862000.00",
            "30103": "1260000.00",
            "30107": "6420000.00",
            "30108": "2186420.00",
            "30109": "874568.00",
            "30110": "1654400.00",
            "30113": "2142600.00",
            "30199": "486000.00",
            "30305": "96000.00",
            "30205": "64000.00",
            "30206": "186000.00",
            "30207": "48000.00",
            "30211": "86000.00",
            "30213": "264000.00",
            "30216": "42000.00",
            "30217": "24000.00",
            "30228": "326000.00",
            "30231": "486000.00",
            "30239": "128000.00",
            "31002": "86000.00",
        },
        sangong=("0.00", "0.00", "486000.00", "24000.00"),
        check_grand="53991088.00",
        check_gp="43405088.00",
        pages={
            EXP: [dict(rows=12), dict(size="R", mark="续表", unit=True, pad=10, last=1)],
            INC: [dict(rows=12), dict(mark="部门收入总表（续）", unit=True, pad=-2)],
            GB: [dict(rows=11), dict(head="none", dx=-30)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f1 layout 万元
DOCS.append(
    dict(
        file="f1_hubei_jiangan_jyj_2024_final.layout.txt",
        note="layout 湖北2024 部门决算 (万元): 支出决算表 4 pages under 续表, each page fitted to its own rows (name column "
        "6-10 characters narrower or wider, gaps 1-4); 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 over 3 pages: page 2's "
        "header wrapped '基本' / '支出', page 3 without the header; 收入决算表 2 pages, the header repeated with no mark",
        kind="final_account",
        org="武汉市江岸区教育局",
        year=2024,
        unit="万元",
        date="2025年9月",
        n_units=42,
        units="局机关及所属中小学、幼儿园等41个单位",
        profile="负责全区各级各类教育的统筹规划和管理，负责学校经费、教师队伍建设和教育督导工作，推进教育教学改革。",
        style=dict(
            labels="code1",
            gb_budget=True,
            gap=2,
            name_w=16,
            wrap="overflow",
            label="表{n}",
            footer="- {n} -",
        ),
        leaves="""
2010301 i_gp=42.60 gp_pe=36.40 gp_pu=6.20 yb_b=40.00
2050101 i_gp=612.40 gp_pe=486.30 gp_pu=86.20 gp_p=36.00 yb_b=560.00 yb_p=40.00
2050199 i_gp=186.00 gp_p=182.40 yb_p=160.00
2050201 i_gp=3264.80 i_biz=642.60 gp_pe=2486.20 gp_pu=368.40 gp_p=402.00 nf_pu=486.60 nf_p=126.00 yb_b=2800.00 yb_p=380.00
2050202 i_gp=12486.30 gp_pe=10642.80 gp_pu=1268.40 gp_p=560.00 yb_b=11600.00 yb_p=500.00
2050203 i_gp=8642.60 i_oth=86.40 gp_pe=7286.20 gp_pu=864.60 gp_p=486.00 nf_pu=86.40 yb_b=8000.00 yb_p=460.00
2050204 i_gp=4268.40 i_biz=1486.20 gp_pe=3486.20 gp_pu=462.40 gp_p=312.00 nf_pe=246.00 nf_pu=986.20 nf_p=254.00 yb_b=3900.00 yb_p=300.00
2050302 i_gp=1864.20 gp_pe=1486.40 gp_pu=186.80 gp_p=186.00 yb_b=1650.00 yb_p=180.00
2050901 i_gp=1260.00 gp_p=1248.60 yb_p=1200.00
2050999 i_gp=486.00 gp_p=472.80 yb_p=500.00
2296004 i_gf=320.00 gf_p=320.00
2080502 i_gp=642.80 gp_pe=642.80 yb_b=620.00
2080505 i_gp=2286.42 gp_pe=2286.42 yb_b=2240.00
2080506 i_gp=914.57 gp_pe=914.57 yb_b=900.00
2080801 i_gp=48.60 gp_pe=48.60 yb_b=40.00
2101102 i_gp=786.40 gp_pe=786.40 yb_b=760.00
2101103 i_gp=246.80 gp_pe=246.80 yb_b=240.00
2210201 i_gp=2264.80 gp_pe=2264.80 yb_b=2200.00
2210203 i_gp=186.00 gp_pe=186.00 yb_b=180.00
""",
        cb="486.20",
        fcb="126.40",
        econ={
            "30102": "5864.00",
            "30103": "2486.00",
            "30107": "9642.00",
            "30108": "2286.42",
            "30109": "914.57",
            "30110": "1033.20",
            "30113": "2264.80",
            "30199": "186.40",
            "30302": "642.80",
            "30305": "48.60",
            "30205": "246.20",
            "30206": "642.80",
            "30207": "86.40",
            "30211": "64.20",
            "30213": "486.00",
            "30216": "48.60",
            "30217": "2.40",
            "30228": "386.40",
            "30231": "8.60",
            "30239": "126.00",
            "31002": "186.00",
        },
        sangong_budget=("0.00", "0.00", "10.00", "3.00"),
        sangong=("0.00", "0.00", "8.60", "2.40"),
        check_grand="43511.09",
        check_gp="40415.69",
        pages={
            EXP: [
                dict(rows=10),
                dict(rows=10, mark="续表", unit=True, gap=2),
                dict(rows=9, mark="续表", unit=True, name_x=3, gap=-1),
                dict(mark="续表", unit=True, lead=2, extra={1: 6}),
            ],
            GB: [
                dict(rows=12),
                dict(rows=12, mark="续表", unit=True, hw=2, gap=-1),
                dict(head="none", gap=1),
            ],
            INC: [dict(rows=15), dict(gap=3)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f2 layout 元
DOCS.append(
    dict(
        file="f2_guangdong_tianhe_wjj_2023_final.layout.txt",
        note="layout 广东2023 部门决算 (元, gap 1): 收入决算表 2 pages, the header NOT repeated; 一般公共预算财政拨款支出决算表 "
        "年初预算数 | 决算数 2 pages under '…支出决算表（续）', page 2's last column cut to its figures; 支出决算表 2 pages under "
        "（续）, page 2's header wrapped '基本' / '支出' and its 项目支出 column 8 characters right",
        kind="final_account",
        org="广州市天河区卫生健康局",
        year=2023,
        unit="元",
        date="2024年9月",
        n_units=6,
        units="局机关、区疾病预防控制中心、区妇幼保健院、区卫生监督所、区急救医疗指挥中心、区计划生育协会",
        profile="负责全区医疗卫生服务体系建设、公共卫生和疾病预防控制、妇幼健康和基层卫生健康服务管理，组织卫生健康监督执法。",
        style=dict(
            labels="code1",
            gb_budget=True,
            gap=1,
            name_w=16,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
        ),
        leaves="""
2100101 i_gp=6864200.00 gp_pe=5862400.00 gp_pu=942600.00 yb_b=6600000.00
2100199 i_gp=1486000.00 gp_p=1426800.00 yb_p=1500000.00
2100201 i_gp=4260000.00 gp_p=4260000.00 yb_p=4000000.00
2100202 i_gp=2186000.00 gp_p=2142600.00 yb_p=2200000.00
2100401 i_gp=12642800.00 i_biz=2864200.00 gp_pe=9862400.00 gp_pu=1486200.00 gp_p=1186000.00 nf_pe=1264800.00 nf_pu=1486200.00 yb_b=11000000.00 yb_p=1200000.00
2100408 i_gp=24862000.00 gp_p=24680000.00 yb_p=22000000.00
2100409 i_gp=6426000.00 gp_p=6386400.00 yb_p=6000000.00
2100410 i_gp=2860000.00 gp_p=2846200.00 yb_p=1800000.00
2100717 i_gp=3642000.00 i_oth=126400.00 gp_p=3586200.00 nf_p=126400.00 yb_p=3600000.00
2080505 i_gp=2864260.00 gp_pe=2864260.00 yb_b=2800000.00
2080506 i_gp=1145704.00 gp_pe=1145704.00 yb_b=1100000.00
2101101 i_gp=1086400.00 gp_pe=1086400.00 yb_b=1050000.00
2101102 i_gp=1486200.00 gp_pe=1486200.00 yb_b=1450000.00
2210201 i_gp=2864200.00 gp_pe=2864200.00 yb_b=2800000.00
""",
        cb="2486400.00",
        fcb="864200.00",
        econ={
            "30102": "6842000.00",
            "30103": "2186000.00",
            "30107": "5264000.00",
            "30108": "2864260.00",
            "30109": "1145704.00",
            "30110": "2572600.00",
            "30112": "126000.00",
            "30113": "2864200.00",
            "30199": "186000.00",
            "30302": "264000.00",
            "30205": "126000.00",
            "30206": "486000.00",
            "30207": "86000.00",
            "30211": "148600.00",
            "30213": "264000.00",
            "30215": "36000.00",
            "30216": "126000.00",
            "30217": "18600.00",
            "30228": "386000.00",
            "30231": "126400.00",
            "31002": "286000.00",
        },
        sangong_budget=("0.00", "0.00", "150000.00", "30000.00"),
        sangong=("0.00", "0.00", "126400.00", "18600.00"),
        check_grand="80152764.00",
        check_gp="74114564.00",
        pages={
            INC: [dict(rows=12), dict(head="none")],
            GB: [
                dict(rows=13),
                dict(mark="一般公共预算财政拨款支出决算表（续）", unit=True, last=0, name_x=-1),
            ],
            EXP: [dict(rows=12), dict(mark="支出决算表（续）", unit=True, hw=2, extra={3: 8})],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f3 PDF 万元
DOCS.append(
    dict(
        file="f3_sichuan_wuhou_nyncj_2025_final.pdf",
        note="PDF 四川2025 部门决算 (万元): 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 over 3 pages, page 2 a LANDSCAPE "
        "page among portrait pages, page 3 portrait with its last column cut narrow; 支出决算表 2 pages under 续表, page 2 "
        "50 pt right with wider columns",
        kind="final_account",
        org="成都市武侯区农业农村局",
        year=2025,
        unit="万元",
        date="2026年9月",
        n_units=3,
        units="局机关、区农业技术推广站、区农村经营管理站",
        profile="负责全区农业农村发展规划、都市现代农业、农业技术推广、农村集体经济和农村综合改革工作。",
        style=dict(
            labels="code1",
            gb_budget=True,
            name_w=14,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
            font=7,
        ),
        leaves="""
2130101 i_gp=426.80 gp_pe=362.40 gp_pu=58.60 yb_b=410.00
2130104 i_gp=286.40 i_biz=42.60 gp_pe=226.80 gp_pu=48.60 nf_pu=42.60 yb_b=270.00
2130106 i_gp=126.00 gp_p=124.60 yb_p=120.00
2130108 i_gp=48.00 gp_p=46.20 yb_p=50.00
2130122 i_gp=386.00 gp_p=382.40 yb_p=300.00
2130135 i_gp=96.00 gp_p=94.80 yb_p=100.00
2130153 i_gp=642.00 gp_p=638.60 yb_p=600.00
2130705 i_gp=186.40 gp_p=186.40 yb_p=180.00
2080501 i_gp=24.60 gp_pe=24.60 yb_b=24.00
2080505 i_gp=68.42 gp_pe=68.42 yb_b=66.00
2080506 i_gp=27.37 gp_pe=27.37 yb_b=26.00
2101101 i_gp=24.80 gp_pe=24.80 yb_b=24.00
2101103 i_gp=8.60 gp_pe=8.60 yb_b=8.00
2210201 i_gp=64.20 gp_pe=64.20 yb_b=62.00
""",
        cb="36.40",
        fcb="12.60",
        econ={
            "30102": "148.60",
            "30103": "42.60",
            "30107": "186.40",
            "30108": "68.42",
            "30109": "27.37",
            "30110": "33.40",
            "30113": "64.20",
            "30302": "24.60",
            "30205": "2.40",
            "30206": "8.60",
            "30207": "1.80",
            "30211": "4.60",
            "30213": "12.40",
            "30216": "2.60",
            "30217": "0.86",
            "30228": "9.24",
            "30231": "3.20",
            "31002": "4.80",
        },
        sangong_budget=("0.00", "0.00", "4.00", "1.00"),
        sangong=("0.00", "0.00", "3.20", "0.86"),
        check_grand="2494.59",
        check_gp="2387.39",
        pages={
            GB: [
                dict(rows=9),
                dict(rows=9, size="L", mark="续表", unit=True, pad=10),
                dict(mark="续表", unit=True, last=1),
            ],
            EXP: [dict(rows=11), dict(mark="续表", unit=True, dx=50, pad=6)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f4 PDF 元
DOCS.append(
    dict(
        file="f4_anhui_jinghu_zjj_2022_final.pdf",
        note="PDF 安徽2022 部门决算 (元): 支出决算表 2 pages under 续表, page 2 a landscape page in a portrait MediaBox turned "
        "by /Rotate 90; 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 2 pages, page 2 WITHOUT the header, 20 pt left, "
        "money columns 3 pt narrower",
        kind="final_account",
        org="芜湖市镜湖区住房和城乡建设局",
        year=2022,
        unit="元",
        date="2023年9月",
        n_units=3,
        units="局机关、区住房保障服务中心、区建设工程质量安全监督站",
        profile="负责全区住房保障、城乡建设管理、建筑市场和工程质量安全监管、城市更新和老旧小区改造工作。",
        style=dict(
            labels="code1",
            gb_budget=True,
            name_w=14,
            wrap="overflow",
            label="表{n}",
            footer="- {n} -",
            font=7,
        ),
        leaves="""
2120101 i_gp=3864200.00 gp_pe=3264800.00 gp_pu=542600.00 yb_b=3700000.00
2120106 i_gp=1864000.00 i_oth=86400.00 gp_p=1842600.00 nf_p=86400.00 yb_p=1800000.00
2120199 i_gp=2486000.00 gp_p=2464200.00 yb_p=2600000.00
2120399 i_gp=6420000.00 gp_p=6386400.00 yb_p=5000000.00
2120804 i_gf=4860000.00 gf_p=4860000.00
2210105 i_gp=2860000.00 gp_p=2846200.00 yb_p=2800000.00
2210108 i_gp=12642000.00 gp_p=12486400.00 yb_p=10000000.00
2080505 i_gp=1264300.00 gp_pe=1264300.00 yb_b=1240000.00
2080506 i_gp=505720.00 gp_pe=505720.00 yb_b=500000.00
2080801 i_gp=126000.00 gp_pe=126000.00 yb_b=100000.00
2101101 i_gp=642800.00 gp_pe=642800.00 yb_b=630000.00
2101103 i_gp=186400.00 gp_pe=186400.00 yb_b=180000.00
2210201 i_gp=1286400.00 gp_pe=1286400.00 yb_b=1260000.00
2210203 i_gp=264000.00 gp_pe=264000.00 yb_b=260000.00
""",
        cb="642600.00",
        fcb="186400.00",
        econ={
            "30102": "864200.00",
            "30103": "246000.00",
            "30107": "1286400.00",
            "30108": "1264300.00",
            "30109": "505720.00",
            "30110": "829200.00",
            "30113": "1286400.00",
            "30199": "64200.00",
            "30305": "126000.00",
            "30205": "24600.00",
            "30206": "86400.00",
            "30207": "18600.00",
            "30211": "42600.00",
            "30213": "64800.00",
            "30216": "12600.00",
            "30217": "8600.00",
            "30228": "64200.00",
            "30231": "48600.00",
            "31002": "42000.00",
        },
        sangong_budget=("0.00", "0.00", "60000.00", "10000.00"),
        sangong=("0.00", "0.00", "48600.00", "8600.00"),
        check_grand="40000820.00",
        check_gp="34108820.00",
        pages={
            EXP: [dict(rows=12), dict(size="R", mark="续表", unit=True, pad=12)],
            GB: [dict(rows=12), dict(head="none", dx=-20, pad=-3)],
        },
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
    )
