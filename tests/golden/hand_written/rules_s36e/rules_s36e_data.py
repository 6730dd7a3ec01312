"""Expected readings of the rules_s36e inputs: six WHOLE reports as PDFs (three 部门预算, three 部门决算, 2021-2026, six
provinces; 万元 and 元) drawn as Chinese office software really draws them: WPS (fake bold, letter-spaced names, grey
header cells), Word with CJK fonts (kerned names, zebra rows, rules as filled rectangles, the header written after
the rows) and report servers (text written column by column, names clipped at their cell's edge, superscript note
marks, pages scaled by a cm matrix or turned by /Rotate 90). Each: a cover, a 目录, a 说明 with claims, the nine
tables of its template (every one, with figures), a 名词解释.

The documents, the Tab strings and the 说明 are rules_s34c's (s34c_lib.build / narrative / expectations, imported):
the figures are typed here per functional 项 in s34c_lib's leaf format, s34c_lib sums and re-adds every printed table
at import (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, the summaries against the detail tables, 基本支出表 =
the 一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, and the grand totals typed by hand below as
check_grand / check_gp), so a typo fails at import. s36e_print.py draws them (with rules_s35d's s35d_print.Pdf, which
builds on rules_s34c's s34c_print.Pdf and rules_s33c's minipdf.py: imported); doc["draw"][table key] (or "*": every
table) says what each table's drawing does (its docstring lists the keys).

Shapes attacked (documents):
- fake bold, the second copy 0.25-0.5 pt off: every title (b1; f1 also 0.3 pt up); the header cells, each copy right
  after its cell (f1, f3) or all the copies after the whole header (b1: the second pass WPS writes); the 合计 / 总计
  rows, each copy right after its cell (b1 0.4 pt, f3 0.25 pt) or the copies after the row's cells (f1 0.5 pt); one
  figure of a 项 row drawn twice (b1 一般公共预算支出表 2070109 项目支出, f1 收入决算表 2050202 财政拨款收入);
- character spacing: names placed a character at a time with gaps (b1 部门支出总表 2.5 pt, f1 支出决算表 3 pt, ruled),
  names spread over their whole cell (distributed alignment: b3 一般公共预算支出表, horizontal rules only), names kerned
  by one TJ (b2 部门收入总表 -180/1000 em; f2 一般公共预算财政拨款支出决算表 -220, horizontal rules only), figures drawn
  digit by digit (b3 部门收入总表 0.4 pt apart, f2 支出决算表 0.8 pt), figures set with Tc (b2 一般公共预算基本支出表
  1.2 pt);
- cells shaded with filled rectangles: grey headers (b1, f1, f3), zebra rows under full grids (b2, f3) and under
  horizontal rules only (b3: every table, the 收支总表 halves too), underlines under the 合计 figures (b1 single, f1
  double), every rule a thin filled rectangle (b2 ruled, f2 horizontal rules only);
- text written in another order than it reads: the header after the body rows (b2, f2), every body cell column by
  column top to bottom (b3, f3); every name longer than its cell drawn whole under a clip path of the cell, its
  hidden end under the next column's figure (b3, f3, every coded table); superscript note marks after a name (b3
  部门支出总表 2100409, 一般公共预算支出表 2100717; f3 支出决算表 2120399, 一般公共预算 table 2210108) and after a header
  cell (b3 部门支出总表 / f3 一般公共预算 table 项目支出), with a 注 line under the table;
- a page whose whole content is drawn under a cm matrix of 0.8 (b2 部门支出总表, f2 一般公共预算财政拨款支出决算表) and a
  landscape table on a portrait MediaBox turned by /Rotate 90 (b3 部门收入总表, f3 支出决算表).
Producers named in the PDFs' /Producer: WPS Office (b1, f1), Microsoft Word (b2, f2), FineReport (b3, f3).

Expectations: every figure of every money table (s34c_lib.expectations: blank cells none; 三公 one row "*", 0.00 printed
as "0.00?"), the 说明's claims as rules_s34c reviews them (check.py copied from rules_s35d)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules_s34c"))
from s34c_lib import EB, EXP, GB, INC, build, expectations, narrative  # noqa: E402

DOCS = []

# ------------------------------------------------------------------------------------------------ b1 WPS 万元
DOCS.append(
    dict(
        file="b1_zhejiang_yinzhou_wglj_2022_budget.pdf",
        note="PDF 浙江2022 部门预算 (万元), WPS: titles fake bold, header cells fake bold with all the copies after the "
        "header (a second pass) and grey, 合计 rows fake bold 0.4 pt, single underlines under the 合计 figures, 部门支出总表 "
        "names a character at a time 2.5 pt apart, one 一般公共预算支出表 figure drawn twice",
        kind="budget",
        org="宁波市鄞州区文化广电旅游局",
        year=2022,
        unit="万元",
        date="2022年2月",
        n_units=5,
        units="局机关、区图书馆、区文化馆、区博物馆、区文化市场综合行政执法队",
        profile="负责全区文化、广播电视和旅游事业发展，管理公共图书馆、文化馆和博物馆，承担文物保护和文化旅游市场监管工作。",
        style=dict(labels="code1", name_w=14, wrap="overflow", label="表{n}", footer="第 {n} 页", font=7.5),
        leaves="""
2070101 gp_pe=412.36 gp_pu=68.40
2070104 gp_pe=286.50 gp_pu=46.20 gp_p=132.00
2070107 gp_p=88.00
2070109 gp_pe=164.28 gp_pu=32.60 gp_p=246.80 biz_pu=24.00
2070111 gp_p=76.50
2070112 gp_p=52.30 co_p=18.00
2070204 gp_p=318.00
2070205 gp_pe=126.40 gp_pu=28.60 gp_p=96.00 oth_p=12.50
2080502 gp_pe=48.60
2080505 gp_pe=98.46
2080506 gp_pe=39.38
2101101 gp_pe=26.40
2101102 gp_pe=34.80
2210201 gp_pe=88.70
2296003 gf_p=60.00
""",
        econ={
            "30102": "286.40",
            "30103": "68.20",
            "30107": "312.50",
            "30108": "98.46",
            "30109": "39.38",
            "30110": "61.20",
            "30113": "88.70",
            "30199": "12.40",
            "30302": "48.60",
            "30205": "4.20",
            "30206": "16.80",
            "30207": "3.60",
            "30211": "6.40",
            "30213": "22.80",
            "30216": "4.60",
            "30217": "1.80",
            "30228": "15.62",
            "30231": "6.00",
            "31002": "8.50",
        },
        sangong=("0.00", "0.00", "6.00", "1.80"),
        check_grand="2625.78",
        check_gp="2511.28",
        draw={
            "*": dict(
                producer="WPS Office",
                bold=(0.3, 0),
                bold_head=0.3,
                shade_head=0.85,
                bold_total=0.4,
                underline=1,
            ),
            EXP: dict(name_mode="chars", name_gap=2.5, name_w=21),
            GB: dict(twice={("2070109", "project"): 0.3}),
        },
    )
)

# ------------------------------------------------------------------------------------------------ b2 Word 元
DOCS.append(
    dict(
        file="b2_hebei_qiaoxi_nyncj_2024_budget.pdf",
        note="PDF 河北2024 部门预算 (元), Word with CJK fonts: zebra rows, every rule a thin filled rectangle, the header "
        "written after the rows, 部门收入总表 names kerned by TJ (-180), 一般公共预算基本支出表 figures set with Tc 1.2 pt, "
        "部门支出总表 on a page scaled by cm 0.8",
        kind="budget",
        org="石家庄市桥西区农业农村局",
        year=2024,
        unit="元",
        date="2024年1月",
        n_units=3,
        units="局机关、区农业技术推广站、区动物疫病预防控制中心",
        profile="负责全区农业农村发展规划、粮食和重要农产品生产、农业技术推广、动物防疫检疫和农村集体经济管理工作。",
        style=dict(labels="code1", name_w=15, wrap="overflow", label="表{n}", footer="- {n} -", font=7.5),
        leaves="""
2130101 gp_pe=3864250.00 gp_pu=586400.00
2130104 gp_pe=2486300.00 gp_pu=364800.00 biz_pu=126000.00
2130106 gp_p=846000.00
2130108 gp_p=524600.00 sp_p=86000.00
2130122 gp_p=4628000.00 co_p=520000.00
2130135 gp_p=1264800.00
2130153 gp_p=6480000.00
2130705 gp_p=1836500.00
2120804 gf_p=3200000.00
2080505 gp_pe=864236.00 biz_pe=42600.00
2080506 gp_pe=345694.00
2080801 gp_pe=64800.00
2101101 gp_pe=286400.00
2101103 gp_pe=96500.00
2210201 gp_pe=768300.00
""",
        econ={
            "30102": "1864000.00",
            "30103": "486200.00",
            "30107": "2146800.00",
            "30108": "864236.00",
            "30109": "345694.00",
            "30110": "382900.00",
            "30113": "768300.00",
            "30199": "64200.00",
            "30305": "64800.00",
            "30205": "18600.00",
            "30206": "86400.00",
            "30207": "24800.00",
            "30211": "64200.00",
            "30213": "126400.00",
            "30216": "32600.00",
            "30217": "12000.00",
            "30228": "104620.00",
            "30231": "96000.00",
            "31002": "48000.00",
        },
        sangong=("0.00", "0.00", "96000.00", "12000.00"),
        check_grand="29282180.00",
        check_gp="25307580.00",
        draw={
            "*": dict(producer="Microsoft® Word 2016", zebra=0.92, fill_rules=0.4, head_last=True),
            INC: dict(name_mode="kern", kern=-180),
            EB: dict(fig_mode="tc", fig_tc=1.2, pad=24),
            EXP: dict(scale=0.8),
        },
    )
)

# ------------------------------------------------------------------------------------------------ b3 report server 万元
DOCS.append(
    dict(
        file="b3_fujian_siming_wjj_2026_budget.pdf",
        note="PDF 福建2026 部门预算 (万元), a report server: horizontal rules only with zebra rows (every table), body cells "
        "written column by column, names clipped at their cell's edge, superscript note marks after two names and a "
        "header cell with a 注, 一般公共预算支出表 names spread over their cell (distributed alignment), 部门收入总表 on a "
        "/Rotate 90 page with its figures drawn digit by digit",
        kind="budget",
        org="厦门市思明区卫生健康局",
        year=2026,
        unit="万元",
        date="2026年1月",
        n_units=4,
        units="局机关、区疾病预防控制中心、区妇幼保健院、区卫生健康综合执法大队",
        profile="统筹规划全区卫生健康资源配置，负责疾病预防控制、妇幼健康、基层卫生、计划生育服务和卫生健康监督执法工作。",
        style=dict(
            labels="code1",
            name_w=9,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
            font=7.5,
            hrules_only=True,
        ),
        leaves="""
2100101 gp_pe=628.46 gp_pu=96.20
2100199 gp_p=142.00
2100201 gp_p=860.00
2100202 gp_p=420.00
2100401 gp_pe=1286.40 gp_pu=168.60 gp_p=236.00 biz_pu=64.80
2100408 gp_p=2864.50
2100409 gp_p=486.20 co_p=96.00
2100410 gp_p=186.00
2100717 gp_p=324.60
2080505 gp_pe=268.42 biz_pe=12.60
2080506 gp_pe=107.37
2080801 gp_pe=18.60
2101101 gp_pe=94.20
2101102 gp_pe=142.80
2210201 gp_pe=246.40 biz_pe=14.20
""",
        econ={
            "30102": "486.20",
            "30103": "168.40",
            "30107": "864.60",
            "30108": "268.42",
            "30109": "107.37",
            "30110": "237.00",
            "30113": "246.40",
            "30199": "24.60",
            "30305": "18.60",
            "30205": "8.60",
            "30206": "32.40",
            "30207": "6.80",
            "30211": "14.60",
            "30213": "28.40",
            "30215": "4.20",
            "30216": "9.60",
            "30217": "3.60",
            "30228": "36.42",
            "30231": "14.80",
            "31002": "26.00",
        },
        sangong=("0.00", "0.00", "14.80", "3.60"),
        check_grand="8764.35",
        check_gp="8576.75",
        draw={
            "*": dict(producer="FineReport", zebra=0.9, by_column=True, clip=True),
            EXP: dict(sup={"2100409": "1"}, sup_head={"project": "2"}),
            GB: dict(name_mode="spread", name_w=17, sup={"2100717": "1"}),
            INC: dict(fig_mode="digits", fig_gap=0.4, rowpad=4),
        },
        pages={INC: [dict(size="R", font=6.5)]},
    )
)

# ------------------------------------------------------------------------------------------------ f1 WPS 万元
DOCS.append(
    dict(
        file="f1_jiangxi_donghu_jyj_2021_final.pdf",
        note="PDF 江西2021 部门决算 (万元), WPS: titles fake bold 0.3 pt right and up, header cells fake bold (each copy "
        "after its cell) and grey, 合计 / 总计 rows fake bold 0.5 pt with the copies after the row's cells, double "
        "underlines under the 合计 figures, 支出决算表 names a character at a time 3 pt apart, one 收入决算表 figure drawn twice",
        kind="final_account",
        org="南昌市东湖区教育体育局",
        year=2021,
        unit="万元",
        date="2022年9月",
        n_units=36,
        units="局机关及所属中小学、幼儿园等35个单位",
        profile="负责全区各级各类教育和体育事业的统筹规划和管理，负责学校经费、教师队伍建设、教育督导和群众体育工作。",
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
2010301 i_gp=38.60 gp_pe=32.40 gp_pu=6.20 yb_b=36.00
2050101 i_gp=486.20 gp_pe=386.40 gp_pu=64.80 gp_p=32.00 yb_b=440.00 yb_p=30.00
2050199 i_gp=142.00 gp_p=138.60 yb_p=150.00
2050201 i_gp=2486.40 i_biz=486.20 gp_pe=1864.20 gp_pu=286.40 gp_p=312.00 nf_pu=386.20 nf_p=100.00 yb_b=2100.00 yb_p=300.00
2050202 i_gp=9864.20 gp_pe=8426.40 gp_pu=986.20 gp_p=426.00 yb_b=9200.00 yb_p=400.00
2050203 i_gp=6428.60 i_oth=64.80 gp_pe=5426.80 gp_pu=642.40 gp_p=346.00 nf_pu=64.80 yb_b=6000.00 yb_p=360.00
2050204 i_gp=3264.80 i_biz=1086.40 gp_pe=2642.60 gp_pu=364.20 gp_p=246.00 nf_pe=186.40 nf_pu=746.00 nf_p=154.00 yb_b=2900.00 yb_p=260.00
2050302 i_gp=1426.40 gp_pe=1186.20 gp_pu=142.60 gp_p=92.00 yb_b=1300.00 yb_p=100.00
2050901 i_gp=960.00 gp_p=946.20 yb_p=900.00
2050999 i_gp=364.00 gp_p=352.80 yb_p=380.00
2296004 i_gf=240.00 gf_p=240.00
2080502 i_gp=486.40 gp_pe=486.40 yb_b=470.00
2080505 i_gp=1742.36 gp_pe=1742.36 yb_b=1700.00
2080506 i_gp=696.94 gp_pe=696.94 yb_b=680.00
2080801 i_gp=36.20 gp_pe=36.20 yb_b=30.00
2101102 i_gp=586.40 gp_pe=586.40 yb_b=570.00
2101103 i_gp=186.20 gp_pe=186.20 yb_b=180.00
2210201 i_gp=1712.60 gp_pe=1712.60 yb_b=1680.00
2210203 i_gp=142.00 gp_pe=142.00 yb_b=140.00
""",
        cb="364.80",
        fcb="96.40",
        econ={
            "30102": "4286.00",
            "30103": "1864.00",
            "30107": "7264.00",
            "30108": "1742.36",
            "30109": "696.94",
            "30110": "786.40",
            "30113": "1712.60",
            "30199": "142.60",
            "30302": "486.40",
            "30305": "36.20",
            "30205": "186.40",
            "30206": "486.20",
            "30207": "64.80",
            "30211": "48.60",
            "30213": "364.20",
            "30216": "36.40",
            "30217": "1.80",
            "30228": "286.40",
            "30231": "6.40",
            "30239": "96.00",
            "31002": "142.00",
        },
        sangong_budget=("0.00", "0.00", "8.00", "2.50"),
        sangong=("0.00", "0.00", "6.40", "1.80"),
        check_grand="33292.50",
        check_gp="30938.50",
        draw={
            "*": dict(
                producer="WPS Office",
                bold=(0.3, 0.3),
                bold_head=0.3,
                shade_head=0.8,
                bold_total=0.5,
                bold_pass="row",
                head_pass="cell",
                underline=2,
            ),
            EXP: dict(name_mode="chars", name_gap=3.0, name_w=23),
            INC: dict(twice={("2050202", "fiscal_appropriation"): 0.3}),
        },
    )
)

# ------------------------------------------------------------------------------------------------ f2 Word 元
DOCS.append(
    dict(
        file="f2_shaanxi_yanta_cgj_2023_final.pdf",
        note="PDF 陕西2023 部门决算 (元), Word with CJK fonts: horizontal rules only, every rule a thin filled rectangle, "
        "the header written after the rows, 一般公共预算财政拨款支出决算表 names kerned by TJ (-220) on a page scaled by cm "
        "0.8, 支出决算表 figures drawn digit by digit 0.8 pt apart",
        kind="final_account",
        org="西安市雁塔区城市管理和综合执法局",
        year=2023,
        unit="元",
        date="2024年8月",
        n_units=4,
        units="局机关、区城市管理综合执法大队、区市政设施管理中心、区环境卫生管理中心",
        profile="负责全区市容环境卫生、城市管理综合执法、市政公用设施运行维护、城市照明和城市道路桥梁管理工作。",
        style=dict(
            labels="code1",
            gb_budget=True,
            name_w=15,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
            font=7,
            hrules_only=True,
        ),
        leaves="""
2120101 i_gp=5264800.00 gp_pe=4486200.00 gp_pu=712400.00 yb_b=5100000.00
2120104 i_gp=14862400.00 i_oth=246000.00 gp_pe=11286400.00 gp_pu=1642800.00 gp_p=1864000.00 nf_p=246000.00 yb_b=12600000.00 yb_p=2000000.00
2120106 i_gp=2186000.00 gp_p=2146800.00 yb_p=2200000.00
2120199 i_gp=3648000.00 gp_p=3586400.00 yb_p=3000000.00
2120399 i_gp=9864200.00 gp_p=9642600.00 yb_p=9000000.00
2120803 i_gf=5600000.00 gf_p=5600000.00
2080505 i_gp=1864260.00 gp_pe=1864260.00 yb_b=1800000.00
2080506 i_gp=745704.00 gp_pe=745704.00 yb_b=720000.00
2080801 i_gp=128000.00 gp_pe=128000.00 yb_b=100000.00
2101101 i_gp=986400.00 gp_pe=986400.00 yb_b=960000.00
2101103 i_gp=264800.00 gp_pe=264800.00 yb_b=260000.00
2210201 i_gp=1846200.00 gp_pe=1846200.00 yb_b=1800000.00
2210203 i_gp=386000.00 gp_pe=386000.00 yb_b=380000.00
""",
        cb="864200.00",
        fcb="246800.00",
        econ={
            "30102": "3864000.00",
            "30103": "1286400.00",
            "30107": "6420000.00",
            "30108": "1864260.00",
            "30109": "745704.00",
            "30110": "1251200.00",
            "30113": "1846200.00",
            "30199": "246000.00",
            "30305": "128000.00",
            "30205": "64800.00",
            "30206": "286400.00",
            "30207": "42600.00",
            "30211": "86400.00",
            "30213": "246800.00",
            "30216": "48600.00",
            "30217": "12600.00",
            "30228": "264800.00",
            "30231": "186400.00",
            "30239": "128000.00",
            "31002": "96000.00",
        },
        sangong_budget=("0.00", "0.00", "200000.00", "20000.00"),
        sangong=("0.00", "0.00", "186400.00", "12600.00"),
        check_grand="48756964.00",
        check_gp="41588964.00",
        draw={
            "*": dict(producer="Microsoft® Word 2019", fill_rules=0.4, head_last=True),
            GB: dict(name_mode="kern", kern=-220, scale=0.8),
            EXP: dict(fig_mode="digits", fig_gap=0.8, pad=18),
        },
    )
)

# ------------------------------------------------------------------------------------------------ f3 report server 万元
DOCS.append(
    dict(
        file="f3_chongqing_yubei_zjw_2025_final.pdf",
        note="PDF 重庆2025 部门决算 (万元), a report server: grey header cells fake bold, zebra rows under a full grid, "
        "合计 / 总计 rows fake bold 0.25 pt, body cells written column by column, names clipped at their cell's edge, "
        "superscript note marks after two names and a header cell with a 注, 支出决算表 on a /Rotate 90 page",
        kind="final_account",
        org="重庆市渝北区住房和城乡建设委员会",
        year=2025,
        unit="万元",
        date="2026年8月",
        n_units=3,
        units="委机关、区住房保障服务中心、区建设工程质量安全监督站",
        profile="负责全区住房保障、城乡建设管理、建筑市场和工程质量安全监管、城市更新和老旧小区改造工作。",
        style=dict(
            labels="code1",
            gb_budget=True,
            name_w=10,
            wrap="overflow",
            label="表{n}",
            footer="第 {n} 页",
            font=7,
        ),
        leaves="""
2120101 i_gp=486.42 gp_pe=412.60 gp_pu=68.40 yb_b=470.00
2120106 i_gp=264.80 i_oth=18.60 gp_p=258.40 nf_p=18.60 yb_p=260.00
2120199 i_gp=186.40 gp_p=182.60 yb_p=200.00
2120399 i_gp=864.00 gp_p=846.20 yb_p=800.00
2120804 i_gf=420.00 gf_p=420.00
2210105 i_gp=326.00 gp_p=318.40 yb_p=300.00
2210108 i_gp=1864.20 gp_p=1842.60 yb_p=1600.00
2080505 i_gp=142.86 gp_pe=142.86 yb_b=140.00
2080506 i_gp=57.14 gp_pe=57.14 yb_b=56.00
2080801 i_gp=12.60 gp_pe=12.60 yb_b=10.00
2101101 i_gp=68.40 gp_pe=68.40 yb_b=66.00
2101103 i_gp=18.60 gp_pe=18.60 yb_b=18.00
2210201 i_gp=136.20 gp_pe=136.20 yb_b=132.00
2210203 i_gp=26.40 gp_pe=26.40 yb_b=26.00
""",
        cb="64.20",
        fcb="18.60",
        econ={
            "30102": "96.40",
            "30103": "24.60",
            "30107": "148.20",
            "30108": "142.86",
            "30109": "57.14",
            "30110": "68.00",
            "30113": "136.20",
            "30199": "6.40",
            "30305": "12.60",
            "30205": "2.60",
            "30206": "8.40",
            "30207": "1.80",
            "30211": "4.60",
            "30213": "6.20",
            "30216": "1.40",
            "30217": "0.96",
            "30228": "8.60",
            "30231": "4.86",
            "31002": "4.20",
        },
        sangong_budget=("0.00", "0.00", "6.00", "1.20"),
        sangong=("0.00", "0.00", "4.86", "0.96"),
        check_grand="4956.82",
        check_gp="4391.40",
        draw={
            "*": dict(
                producer="FineReport",
                shade_head=0.82,
                bold_head=0.25,
                head_pass="cell",
                zebra=0.93,
                bold_total=0.25,
                by_column=True,
                clip=True,
            ),
            EXP: dict(sup={"2120399": "1"}, rowpad=4),
            GB: dict(sup={"2210108": "1"}, sup_head={"project": "2"}),
            EB: dict(pad=20),
        },
        pages={EXP: [dict(size="R", font=6.5)]},
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
