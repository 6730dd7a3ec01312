"""Expected readings of the rules_s36b inputs: six WHOLE 部门决算 PDFs (2021-2025, 河北 山西 湖北 江苏 云南 辽宁; 万元
and 元) printed as the national 决算 software exports them: every table of the 9-table template with a 栏次 row under
its header and 行次 columns on both sides of the two summaries, the 科目编码 as 类 | 款 | 项 columns (all three printed
on every row as /work/shared/corpus/real/sh_putuo_czj_2024_final prints "201 06 01", or the 类 / 款 cells BLANK under
merged cells) or as one 7-digit column, landscape pages and 续表, "第 3 页 共 12 页" footers. Each: a cover, a 目录, a
说明 with claims, the nine tables, a 名词解释. The documents, the Tab strings and the 说明 are rules_s34c's (s34c_lib.build
/ narrative, imported: the figures are typed here per functional 项 in its leaf format, and it re-adds every printed
table at import: row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, both summaries against the detail tables, 基本支出表
= the 一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, the grand totals typed by hand as check_grand /
check_gp); s36b_lib.py turns those strings into the printed forms below and re-checks them (行次 without gaps, the 类
lines of the summaries = 本年支出合计, the economic blocks' 类 = Σ 款 and their totals = 人员经费 / 公用经费);
s36b_print.py draws them (rules_s33c minipdf, rules_s35d pages, imported).

Shapes attacked (documents):
- 栏次 row under every table's header ("栏次" in the name column, 1 2 … 12 in the money columns; in the 三公 table a
  bare row of 1 … 12 over its one row of figures): all six;
- 行次 columns on both sides of 收入支出决算总表 and 财政拨款收入支出决算总表: the right side numbered on from the left
  (p1 收入支出 1-12 | 13-42, p4 both, p6 收入支出) or from 1 again (p1 财政拨款, p2, p3, p5, p6 财政拨款); the whole
  template 类 list (一、一般公共服务支出 … 二十五、债务付息支出) with figures on a few (p1 both summaries, p4 both, p5
  收入支出) against only the 类 with money (p2, p3, p6);
- 科目编码 as 类 | 款 | 项 printed on every row (p1, p6), with the 类 / 款 cells blank under merged cells (p3, p4: a 项
  row prints "01" and its name only), as one 7-digit column (p2, p5);
- unit right of the title on the title's line ("金额单位：万元": p1, p4 "单位：元"), on the 编制单位 line under it (p2,
  p5), alone on a line under the title with 编制单位 under it (p3, p6);
- pages: every table on a landscape MediaBox (p2, p6), wide tables on portrait MediaBoxes turned by /Rotate 90 (p3
  收入 / 支出 / 一般公共预算 tables, p5 the summaries and 三公), portrait (p1, p4); ruled grids (p1, p3, p4, p6) and
  horizontal rules only (p2, p5); tables running over pages under "续表" with the header and 栏次 again (p2, p4, p6),
  under "（续表）" WITHOUT the header again (p3), footers "第 n 页 共 N 页" (p1, p4), "第n页/共n页" (p2), "- n -" (p3,
  p6), "n / N" (p5);
- zero cells printed "0.00" (p2, p6), "-" (p3, p5: every blank money cell of the coded tables and of the summaries' item
  rows), blank (p1, p4);
- 一般公共预算财政拨款支出决算表 as 合计 | 基本支出 | 项目支出 (p1, p4, p6), with 年初预算数 (小计 | 基本支出 | 项目支出)
  | 决算数 (小计 | 基本支出 (合计 | 人员经费 | 公用经费) | 项目支出) blocks (p2, p3, p5);
- 一般公共预算财政拨款基本支出决算表 as three economic blocks side by side (人员经费 301/303 | 公用经费 302 | 公用经费
  310: p1, p4), two (人员经费 | 公用经费: p2, p5), one list with 合计 | 人员经费 | 公用经费 (p3, p6);
- 政府性基金预算财政拨款收入支出决算表 with figures (p2, p5) or empty in words (p1, p3, p4, p6); the 国有资本经营 table
  printed as its empty template: header, 栏次 and a 合计 row with EVERY cell blank, the note "注：本部门…故本表无数据"
  under it (p1, p3, p6), or in words only (p2, p4, p5).

Expectations (s36b_lib.expect): every figure of every money table (s34c_lib.expectations; blank cells none; "0.00" and
"-" cells "0.00?"; 三公 one row "*"; the blocks per code "total", 人员经费合计 / 公用经费合计 "total"), the 说明's claims
as rules_s34c / rules_s35d review them (check.py copied from rules_s35d). 行次, 栏次 and page numbers are no figures."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules_s34c"))
import s36b_lib as X  # noqa: E402
from s34c_lib import EB, FS, FUNC, GB, IS, build, narrative  # noqa: E402

# codes these reports use that rules_s34c's list lacks (2021+ names)
FUNC.update(
    {
        "20106": "财政事务",
        "2010601": "行政运行",
        "2010602": "一般行政管理事务",
        "2010607": "信息化建设",
        "2010608": "财政委托业务支出",
        "2010650": "事业运行",
        "204": "公共安全支出",
        "20406": "司法",
        "2040601": "行政运行",
        "2040604": "基层司法业务",
        "2040605": "普法宣传",
        "2040607": "法律援助",
        "2040610": "社区矫正",
        "20802": "民政管理事务",
        "2080201": "行政运行",
        "2080208": "基层政权建设和社区治理",
        "2080299": "其他民政管理事务支出",
        "20810": "社会福利",
        "2081001": "儿童福利",
        "2081002": "老年福利",
        "20819": "最低生活保障",
        "2081901": "城市最低生活保障金支出",
        "2082001": "临时救助支出",
        "20820": "临时救助",
    }
)

DOCS = []

# ------------------------------------------------------------------------------------------------ p1 河北2021 万元
DOCS.append(
    dict(
        file="p1_hebei_xinhua_czj_2021_final.pdf",
        note="PDF 河北2021 部门决算 (万元), portrait ruled: 类 | 款 | 项 on every row, 栏次 rows, 行次 on both sides (收入支出 "
        "right side on from the left, the whole 类 list in both summaries), unit right of the title, 基本支出 three "
        "blocks, 国有资本 an empty template (合计 row all blank), '第 n 页 共 N 页'",
        kind="final_account",
        org="石家庄市新华区财政局",
        year=2021,
        unit="万元",
        date="2022年9月",
        n_units=2,
        units="局机关、区财政投资评审中心",
        profile="负责全区财政收支管理、预算编制与执行、国库集中支付、政府采购监督管理和财政投资评审工作。",
        style=dict(labels="code3", label="表{n}"),
        leaves="""
2010601 i_gp=1286.40 gp_pe=1046.20 gp_pu=226.80
2010602 i_gp=86.00 gp_p=84.60
2010607 i_gp=164.00 gp_p=158.40
2010608 i_gp=326.00 i_oth=12.40 gp_p=318.60 nf_p=12.40
2010650 i_gp=212.60 gp_pe=168.40 gp_pu=42.60
2080501 i_gp=46.80 gp_pe=46.80
2080505 i_gp=142.36 gp_pe=142.36
2080506 i_gp=56.94 gp_pe=56.94
2101101 i_gp=48.60 gp_pe=48.60
2101103 i_gp=18.20 gp_pe=18.20
2210201 i_gp=118.40 gp_pe=118.40
2210203 i_gp=64.80 gp_pe=64.80
""",
        cb="42.60",
        fcb="18.20",
        gp_budget="2480.00",
        econ={
            "30102": "286.40",
            "30103": "96.80",
            "30107": "312.60",
            "30108": "142.36",
            "30109": "56.94",
            "30110": "66.80",
            "30113": "118.40",
            "30199": "24.60",
            "30302": "46.80",
            "30305": "64.80",
            "30205": "6.40",
            "30206": "18.60",
            "30207": "12.80",
            "30211": "14.20",
            "30213": "26.40",
            "30216": "6.80",
            "30217": "2.60",
            "30228": "28.46",
            "30231": "8.40",
            "30239": "62.40",
            "31002": "18.60",
        },
        sangong_budget=("0.00", "0.00", "10.00", "3.00"),
        sangong=("0.00", "0.00", "8.40", "2.60"),
        check_grand="2626.10",
        check_gp="2541.70",
        shape=dict(is_rows=(1, "on"), is_full=True, fs_rows=(1, 1), fs_full=True, gb_plain=True, blocks=3),
        print=dict(
            all=dict(size="P", lanci=True, unit="title", unit_fmt="金额单位：{u}", name_w=13),
            tabs={FS: dict(size="L"), "state_capital": dict(template=True)},
            footer="第 {n} 页 共 {N} 页",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ p2 山西2022 元
DOCS.append(
    dict(
        file="p2_shanxi_yingze_mzj_2022_final.pdf",
        note="PDF 山西2022 部门决算 (元), every table landscape, horizontal rules only, 7-digit codes, zeros '0.00', 栏次 "
        "rows, 行次 both sides from 1, 一般公共预算 年初预算数 | 决算数 blocks, 基本支出 two blocks, 政府性基金 with figures, "
        "续表 with the header again",
        kind="final_account",
        org="太原市迎泽区民政局",
        year=2022,
        unit="元",
        date="2023年9月",
        n_units=3,
        units="局机关、区社会福利院、区社会救助服务中心",
        profile="负责全区社会救助、养老服务、儿童福利、社会组织管理、基层政权建设和社区治理等民政工作。",
        style=dict(labels="code1", gb_budget=True, label="表{n}"),
        leaves="""
2080201 i_gp=3864200.00 gp_pe=3126400.00 gp_pu=642800.00 yb_b=3700000.00
2080208 i_gp=1260000.00 gp_p=1246800.00 yb_p=1200000.00
2080299 i_gp=486000.00 gp_p=472600.00 yb_p=500000.00
2081001 i_gp=642600.00 gp_p=642600.00 yb_p=600000.00
2081002 i_gp=4286400.00 i_oth=126000.00 gp_pe=1864200.00 gp_pu=386400.00 gp_p=2035800.00 nf_p=126000.00 yb_b=2200000.00 yb_p=1900000.00
2081901 i_gp=8642000.00 gp_p=8642000.00 yb_p=8000000.00
2082001 i_gp=1286400.00 gp_p=1264200.00 yb_p=1300000.00
2080505 i_gp=586420.00 gp_pe=586420.00 yb_b=560000.00
2080506 i_gp=234568.00 gp_pe=234568.00 yb_b=230000.00
2101101 i_gp=186400.00 gp_pe=186400.00 yb_b=180000.00
2210201 i_gp=386200.00 gp_pe=386200.00 yb_b=380000.00
2296006 i_gf=680000.00 gf_p=680000.00
""",
        cb="264800.00",
        fcb="86400.00",
        econ={
            "30102": "1286400.00",
            "30103": "486200.00",
            "30107": "1642800.00",
            "30108": "586420.00",
            "30109": "234568.00",
            "30110": "342600.00",
            "30113": "386200.00",
            "30199": "64200.00",
            "30305": "126000.00",
            "30205": "46200.00",
            "30206": "126400.00",
            "30207": "42600.00",
            "30211": "38600.00",
            "30213": "86400.00",
            "30216": "24600.00",
            "30217": "12400.00",
            "30228": "96400.00",
            "30231": "46800.00",
            "31002": "64000.00",
        },
        sangong_budget=("0.00", "0.00", "50000.00", "15000.00"),
        sangong=("0.00", "0.00", "46800.00", "12400.00"),
        check_grand="22931988.00",
        check_gp="21717388.00",
        shape=dict(is_rows=(1, 1), fs_rows=(1, 1), zeros="0.00", blocks=2),
        print=dict(
            all=dict(size="L", lanci=True, hrules=True, unit="under", name_w=14, font=8, rowpad=6),
            footer="第{n}页/共{N}页",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ p3 湖北2023 万元
DOCS.append(
    dict(
        file="p3_hubei_jiangxia_jyj_2023_final.pdf",
        note="PDF 湖北2023 部门决算 (万元), 类 | 款 | 项 with 类 / 款 blank under merged cells, wide tables landscape "
        "in portrait MediaBoxes turned by /Rotate 90, zeros '-', unit alone under the title, 一般公共预算 年初预算数 | 决算数, "
        "continued pages under '（续表）' without the header, 国有资本 an empty template",
        kind="final_account",
        org="武汉市江夏区教育局",
        year=2023,
        unit="万元",
        date="2024年9月",
        n_units=6,
        units="局机关、区教育招生考试中心、区第一中学、区实验小学、区职业技术学校、区机关幼儿园",
        profile="贯彻执行国家教育方针政策，统筹全区各级各类教育发展，负责学前、义务、高中和职业教育的管理与保障工作。",
        style=dict(labels="code3", gb_budget=True, label="表{n}"),
        leaves="""
2050101 i_gp=486.20 gp_pe=402.60 gp_pu=78.40 yb_b=470.00
2050199 i_gp=64.00 gp_p=62.80 yb_p=60.00
2050201 i_gp=864.60 i_biz=126.40 gp_pe=628.40 gp_pu=86.20 gp_p=148.60 nf_pu=86.40 nf_p=40.00 yb_b=700.00 yb_p=150.00
2050202 i_gp=2864.20 gp_pe=2426.80 gp_pu=286.40 gp_p=146.20 yb_b=2650.00 yb_p=160.00
2050203 i_gp=1986.40 gp_pe=1642.60 gp_pu=214.80 gp_p=126.40 yb_b=1840.00 yb_p=120.00
2050204 i_gp=1264.80 i_biz=286.40 gp_pe=986.20 gp_pu=168.40 gp_p=108.60 nf_pu=186.40 nf_p=100.00 yb_b=1120.00 yb_p=100.00
2050302 i_gp=642.60 i_biz=86.20 gp_pe=486.40 gp_pu=98.60 gp_p=56.40 nf_p=86.20 yb_b=580.00 yb_p=60.00
2050901 i_gp=420.00 gp_p=418.60 yb_p=400.00
2080505 i_gp=864.26 gp_pe=864.26 yb_b=850.00
2080506 i_gp=345.70 gp_pe=345.70 yb_b=340.00
2101102 i_gp=286.40 gp_pe=286.40 yb_b=280.00
2210201 i_gp=648.60 gp_pe=648.60 yb_b=640.00
""",
        cb="126.80",
        fcb="24.60",
        econ={
            "30102": "864.20",
            "30103": "1086.40",
            "30107": "2642.80",
            "30108": "864.26",
            "30109": "345.70",
            "30110": "486.40",
            "30113": "648.60",
            "30199": "42.60",
            "30302": "126.40",
            "30305": "24.60",
            "30205": "64.80",
            "30206": "186.40",
            "30207": "24.60",
            "30211": "18.60",
            "30213": "126.40",
            "30216": "42.60",
            "30217": "1.20",
            "30228": "126.86",
            "30231": "6.40",
            "31002": "64.20",
        },
        sangong_budget=("0.00", "0.00", "8.00", "2.00"),
        sangong=("0.00", "0.00", "6.40", "1.20"),
        check_grand="11363.56",
        check_gp="10718.36",
        shape=dict(is_rows=(1, 1), fs_rows=(1, 1), zeros="-", merged=True),
        print=dict(
            all=dict(
                size="P",
                lanci=True,
                unit="own",
                unit_fmt="金额单位：{u}",
                name_w=12,
                cont="（续表）",
                repeat=False,
            ),
            tabs={
                "income_by_function": dict(size="R", rowpad=8),
                "expenditure_by_function": dict(size="R", rowpad=8),
                "general_budget_by_function": dict(size="R", font=7, rowpad=8),
                "state_capital": dict(template=True),
            },
            footer="- {n} -",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ p4 江苏2024 元
DOCS.append(
    dict(
        file="p4_jiangsu_gulou_wjw_2024_final.pdf",
        note="PDF 江苏2024 部门决算 (元), portrait ruled, 类 | 款 | 项 with 类 / 款 blank under merged cells, 行次 on from the "
        "left in both summaries with the whole 类 list (over two pages, 续表), unit right of the title, 基本支出 three "
        "blocks, 续表 with the header again",
        kind="final_account",
        org="南京市鼓楼区卫生健康委员会",
        year=2024,
        unit="元",
        date="2025年9月",
        n_units=4,
        units="委机关、区疾病预防控制中心、区卫生健康监督所、区妇幼保健所",
        profile="负责全区卫生健康事业发展规划、公共卫生和疾病预防控制、医疗机构监督管理、妇幼健康和老龄健康工作。",
        style=dict(labels="code3", label="表{n}"),
        leaves="""
2100101 i_gp=4862400.00 gp_pe=3864200.00 gp_pu=864200.00
2100199 i_gp=1286000.00 gp_p=1264800.00
2100401 i_gp=12864200.00 i_biz=864200.00 gp_pe=9642600.00 gp_pu=1864200.00 gp_p=1286400.00 nf_pu=464200.00 nf_p=400000.00
2100408 i_gp=8642600.00 gp_p=8642600.00
2100409 i_gp=2486400.00 gp_p=2426800.00
2100410 i_gp=864000.00 gp_p=842600.00
2100717 i_gp=1642800.00 gp_p=1642800.00
2080505 i_gp=1864268.00 gp_pe=1864268.00
2080506 i_gp=745707.00 gp_pe=745707.00
2101101 i_gp=426800.00 gp_pe=426800.00
2101102 i_gp=864200.00 gp_pe=864200.00
2210201 i_gp=1926400.00 gp_pe=1926400.00
""",
        cb="642800.00",
        fcb="128600.00",
        gp_budget="37200000.00",
        econ={
            "30102": "2864200.00",
            "30103": "1286400.00",
            "30107": "6428600.00",
            "30108": "1864268.00",
            "30109": "745707.00",
            "30110": "1291000.00",
            "30112": "86400.00",
            "30113": "1926400.00",
            "30199": "126400.00",
            "30302": "242600.00",
            "30205": "86400.00",
            "30206": "264800.00",
            "30207": "64200.00",
            "30211": "86400.00",
            "30213": "186400.00",
            "30215": "26400.00",
            "30216": "86400.00",
            "30217": "18600.00",
            "30228": "186400.00",
            "30231": "64800.00",
            "31002": "126000.00",
            "31003": "286400.00",
        },
        sangong_budget=("0.00", "0.00", "80000.00", "20000.00"),
        sangong=("0.00", "0.00", "64800.00", "18600.00"),
        check_grand="39982775.00",
        check_gp="38168575.00",
        shape=dict(
            is_rows=(1, "on"),
            is_full=True,
            fs_rows=(1, "on"),
            fs_full=True,
            merged=True,
            gb_plain=True,
            blocks=3,
        ),
        print=dict(
            all=dict(size="P", lanci=True, unit="title", name_w=12, rowpad=5),
            tabs={IS: dict(rowpad=10), FS: dict(size="L", rowpad=2)},
            footer="第 {n} 页 共 {N} 页",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ p5 云南2025 万元
DOCS.append(
    dict(
        file="p5_yunnan_panlong_nyncj_2025_final.pdf",
        note="PDF 云南2025 部门决算 (万元), horizontal rules only, 7-digit codes, zeros '-', the summaries and 三公 on "
        "/Rotate 90 pages, the whole 类 list in 收入支出决算总表, 一般公共预算 年初预算数 | 决算数, 基本支出 two blocks, "
        "政府性基金 with figures, 'n / N' footers",
        kind="final_account",
        org="昆明市盘龙区农业农村局",
        year=2025,
        unit="万元",
        date="2026年9月",
        n_units=3,
        units="局机关、区农业技术推广站、区动物疫病预防控制中心",
        profile="负责全区农业农村发展规划、粮食和重要农产品生产、农田建设、农业技术推广、动物防疫和农村改革工作。",
        style=dict(labels="code1", gb_budget=True, label="表{n}"),
        leaves="""
2130101 i_gp=486.40 gp_pe=386.20 gp_pu=86.40 yb_b=460.00
2130104 i_gp=364.20 i_biz=24.60 gp_pe=286.40 gp_pu=64.80 nf_pu=24.60 yb_b=340.00
2130106 i_gp=86.40 gp_p=84.20 yb_p=80.00
2130108 i_gp=126.00 gp_p=124.60 yb_p=120.00
2130122 i_gp=642.80 gp_p=638.40 yb_p=600.00
2130153 i_gp=1286.00 gp_p=1264.80 yb_p=1300.00
2130705 i_gp=264.60 gp_p=264.60 yb_p=260.00
2120804 i_gf=386.00 gf_p=386.00
2080505 i_gp=126.42 gp_pe=126.42 yb_b=120.00
2080506 i_gp=50.57 gp_pe=50.57 yb_b=50.00
2101101 i_gp=42.60 gp_pe=42.60 yb_b=40.00
2210201 i_gp=86.40 gp_pe=86.40 yb_b=84.00
""",
        cb="18.60",
        fcb="6.40",
        econ={
            "30102": "186.40",
            "30103": "64.20",
            "30107": "312.60",
            "30108": "126.42",
            "30109": "50.57",
            "30110": "64.80",
            "30113": "86.40",
            "30199": "8.60",
            "30205": "2.40",
            "30206": "18.60",
            "30207": "4.20",
            "30211": "12.60",
            "30213": "14.80",
            "30216": "4.60",
            "30217": "1.40",
            "30228": "12.86",
            "30231": "7.20",
            "31002": "6.40",
        },
        sangong_budget=("0.00", "0.00", "8.00", "2.00"),
        sangong=("0.00", "0.00", "7.20", "1.40"),
        check_grand="3991.59",
        check_gp="3506.39",
        shape=dict(is_rows=(1, 1), is_full=True, fs_rows=(1, 1), zeros="-", blocks=2),
        print=dict(
            all=dict(size="P", lanci=True, hrules=True, unit="under", name_w=14),
            tabs={IS: dict(size="R"), FS: dict(size="R"), "sangong": dict(size="R")},
            footer="{n} / {N}",
        ),
    )
)

# ------------------------------------------------------------------------------------------------ p6 辽宁2022 元
DOCS.append(
    dict(
        file="p6_liaoning_huanggu_sfj_2022_final.pdf",
        note="PDF 辽宁2022 部门决算 (元), every table landscape ruled, 类 | 款 | 项 on every row, zeros '0.00', unit alone "
        "under the title, 收入支出 行次 on from the left, 基本支出 one list, 国有资本 an empty template, 续表 with the "
        "header again",
        kind="final_account",
        org="沈阳市皇姑区司法局",
        year=2022,
        unit="元",
        date="2023年8月",
        n_units=2,
        units="局机关、区公共法律服务中心",
        profile="负责全区法治宣传教育、人民调解、社区矫正、法律援助、公共法律服务体系建设和基层司法所管理工作。",
        style=dict(labels="code3", label="表{n}"),
        leaves="""
2040601 i_gp=4286400.00 gp_pe=3486200.00 gp_pu=742600.00
2040604 i_gp=864200.00 gp_p=842600.00
2040605 i_gp=286400.00 gp_p=264800.00
2040607 i_gp=642800.00 i_oth=42600.00 gp_p=642800.00 nf_p=42600.00
2040610 i_gp=486200.00 gp_p=472400.00
2080501 i_gp=186400.00 gp_pe=186400.00
2080505 i_gp=468642.00 gp_pe=468642.00
2080506 i_gp=187457.00 gp_pe=187457.00
2101101 i_gp=126800.00 gp_pe=126800.00
2101103 i_gp=42600.00 gp_pe=42600.00
2210201 i_gp=386400.00 gp_pe=386400.00
""",
        cb="86400.00",
        fcb="24600.00",
        gp_budget="7800000.00",
        econ={
            "30102": "864200.00",
            "30103": "286400.00",
            "30107": "1264800.00",
            "30108": "468642.00",
            "30109": "187457.00",
            "30110": "169400.00",
            "30113": "386400.00",
            "30199": "42600.00",
            "30302": "186400.00",
            "30205": "24600.00",
            "30206": "86400.00",
            "30207": "26400.00",
            "30211": "42600.00",
            "30213": "64200.00",
            "30216": "18600.00",
            "30217": "8600.00",
            "30228": "64800.00",
            "30231": "36400.00",
            "31002": "86400.00",
        },
        sangong_budget=("0.00", "0.00", "40000.00", "10000.00"),
        sangong=("0.00", "0.00", "36400.00", "8600.00"),
        check_grand="8093299.00",
        check_gp="7849699.00",
        shape=dict(is_rows=(1, "on"), fs_rows=(1, 1), zeros="0.00", gb_plain=True),
        print=dict(
            all=dict(size="L", lanci=True, unit="own", name_w=14, rowpad=8),
            tabs={"state_capital": dict(template=True)},
            footer="- {n} -",
        ),
    )
)


def shaped(doc, tabs):
    """The printed forms (s36b_lib) of s34c_lib's tables."""
    sh = doc["shape"]
    out = []
    for t in tabs:
        if t.key in (IS, FS):
            p = "is" if t.key == IS else "fs"
            lstart, rstart = sh[f"{p}_rows"]
            t = X.summary(t, rstart=rstart, full=sh.get(f"{p}_full", False), lstart=lstart)
        if t.key == GB and sh.get("gb_plain"):
            t = X.gb_plain(t)
        if t.key == EB and sh.get("blocks"):
            t = X.blocks(t, sh["blocks"])
        if sh.get("merged") and t.kind == "coded" and t.cols[0].kind == "c1":
            t = X.merged(t)
        if sh.get("zeros") and t.kind in ("coded", "two"):
            t = X.zeros(t, sh["zeros"])
        out.append(t)
    X.check_printed(doc, out)
    return out


BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _tabs, _info = build(_doc)
    _tabs = shaped(_doc, _tabs)
    _text, _claims = narrative(_doc, _info)
    BUILT[_doc["file"]] = (_doc, _tabs, _info, _text)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=X.expect(_doc, _tabs),
        claims=_claims,
    )
