"""Expected readings of the rules_s35g inputs: eight WHOLE reports (four 部门预算, four 部门决算, 2022-2026, eight
provinces) as PLAIN pdftotext text (.txt, no -layout: a row a line or a cell a line, blank cells dropped, "\\f" between
pages, "- n -" / "第 n 页" footers), whose long tables run over 2-4 PAGES: the plain counterpart of rules_s35d (layout
and PDF). Each: a cover, a 目录, a 说明 with claims, the nine tables of its template, a 名词解释. The documents, the Tab
strings and the 说明 are rules_s34c's (s34c_lib.build / narrative / expectations, imported, as rules_s35d does): the
figures are typed here per functional 项 in s34c_lib's leaf format, s34c_lib sums and re-adds every printed table at
import (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, the summaries against the detail tables, 基本支出表 = the
一般公共预算 basic, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, and the grand totals typed by hand below as
check_grand / check_gp), so a typo fails at import. s35g_print.py prints them, paging the tables listed in each
document's "pages" (its docstring gives the page spec).

Shapes attacked (documents):
- a long 支出表 / 支出决算表 / 收入表 / 一般公共预算 table / 基本支出表 over 2-4 pages with its header printed again on each
  page (b1 支出总表 3 pages, b4 支出总表 3, f1 支出决算表 4, f4 支出决算表 3, …), and NOT again (b1 收入总表 p2, b3 收入总表
  p3, b4 支出总表 p3, f1 一般公共预算 p3, f3 一般公共预算 p3);
- the marks on a later page: "续表" (b1, b2 基本支出表, f1, f3), "部门支出总表（续）" / "…决算表（续）" (b2, b4, f1, f4), "部门
  支出总表（续表）" (b3), the title, 编制单位 and 单位 again with no 续 (b1 支出总表 p3, f1 支出决算表 p4, f4 支出决算表 p3),
  nothing (b1 收入总表, b3 收入总表 p2, f2);
- a later page's header cut otherwise: "基本支出" one cell on page 1, "基本" / "支出" on page 2, "事业单位经营支出" one
  cell then "事业单" / "位经营" / "支出" (b1 支出总表 p2, b4 支出总表 p2), "对附属单位补助支出" as "对附属" / "单位补" / "助支出"
  (f1 支出决算表 p2, f4 p2 in row mode: the pieces of a header row side by side line by line), "年初预算数" as "年初预" /
  "算数" (f2 一般公共预算 p2);
- a later page whose header is printed a cell a line while page 1 printed it a row a line (b1 支出总表 p2, b1 一般公共预算
  p2, f1 支出决算表 p2, f4 收入决算表 p2), and the reverse (b2 一般公共预算 p2, f2 一般公共预算 p2, f4 支出决算表 p2);
- a table printed a CELL a line (code, name, each figure on its own line), blank lines between the cells as
  js_jcy_2019_dept_budget.txt pages 16-17 print (b2 基本支出表, f3 一般公共预算) or none (b3 收入总表, f2 支出决算表);
- a page break inside a name: "21208 国有土地使用权出让收入安排的" / footer / page break / header again / "支出 860.00 …"
  (the figures with the second piece: b1 支出总表, b4 收入总表; with the first: f3 支出决算表), "2100410 突发公共卫生" /
  … / "事件应急处理" (b3 收入总表 cell a line, figures first; f2 收入决算表, figures first);
- a 类 whose 款 continue on the next page (b1 212 / 21208 / 2120804, b2, b4 212, f1 205, f3 213), a 款 whose 项 continue
  (b1 21301, f2 21004);
- a 合计 printed again: "本页合计" at a page's foot (b2 支出总表 both pages, f2 一般公共预算 page 1, f4 收入决算表 both
  pages: the sum of the page's 项 rows, NO figure of the table: loading it is SPURIOUS) and the 合计 row printed again
  after the last row, the same figures (b3 支出总表, b4 支出总表, f3 支出决算表: loading it twice is SPURIOUS);
- the finals' 一般公共预算财政拨款支出决算表 with 年初预算数 (小计 | 基本支出 | 项目支出) | 决算数 (小计 | 基本支出 (合计 | 人员经费
  | 公用经费) | 项目支出) over 2-3 pages (f1 3 pages, f2 2, f3 3 a cell a line, f4 2).
- 万元 (b1, b3, f1, f3) and 元 (b2, b4, f2, f4) documents.

Expectations: every figure of every money table (s34c_lib.expectations: blank cells none; 三公 one row "*", 0.00
printed as "0.00?"), the 说明's claims as rules_s34c reviews them (check.py copied from rules_s35d)."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules_s34c"))
from s34c_lib import EB, EXP, GB, GF, INC, build, expectations, narrative  # noqa: E402

HW = {"基本支出": 2, "事业单位经营支出": 3}
DOCS = []

# ------------------------------------------------------------------------------------------------ b1 万元
DOCS.append(
    dict(
        file="b1_henan_zhongmou_nyncj_2025_budget.txt",
        note="plain 河南2025 部门预算 (万元): 部门支出总表 3 pages: page 1's header a row a line, page 2 under 续表 a cell a "
        "line cut '基本' / '支出', '事业单' / '位经营' / '支出', page 3 under the title again; '21208 国有土地使用权出让收入安排的' / "
        "page break / '支出 640.00 …'; 部门收入总表 2 pages, page 2 without the header; 一般公共预算支出表 2 pages, page 2 "
        "under 续表 a cell a line",
        kind="budget",
        org="中牟县农业农村局",
        year=2025,
        unit="万元",
        date="2025年2月",
        n_units=6,
        units="局机关、县农业技术推广中心、县农机服务中心、县动物疫病预防控制中心、县农村经营管理站、县植保植检站",
        profile="负责全县农业农村发展规划、粮食和重要农产品生产、高标准农田建设、农业技术推广、动物防疫和农村集体经济管理工作。",
        style=dict(labels="code1", hmode="row", unit_group=False, label="表{n}", footer="- {n} -"),
        leaves="""
2130101 gp_pe=412.36 gp_pu=62.80
2130104 gp_pe=1086.42 gp_pu=118.60 biz_pe=24.00 biz_pu=18.60
2130106 gp_p=146.00
2130108 gp_p=88.40 sp_p=12.00
2130122 gp_p=1426.00 co_p=186.00
2130135 gp_p=264.80
2130153 gp_p=1986.00
2130705 gp_p=368.50
2120804 gf_p=640.00
2080501 gp_pe=38.60
2080505 gp_pe=172.48 biz_pe=6.40
2080506 gp_pe=68.99
2101101 gp_pe=62.40
2101102 gp_pe=88.60
2210201 gp_pe=184.20 biz_pe=4.80
2210203 gp_pe=32.60
""",
        econ={
            "30102": "426.80",
            "30103": "112.40",
            "30107": "486.30",
            "30108": "172.48",
            "30109": "68.99",
            "30110": "151.00",
            "30113": "184.20",
            "30199": "12.60",
            "30302": "38.60",
            "30305": "32.60",
            "30205": "4.80",
            "30206": "16.20",
            "30207": "3.60",
            "30211": "11.40",
            "30213": "18.60",
            "30216": "6.20",
            "30217": "2.80",
            "30228": "21.74",
            "30231": "8.40",
            "30239": "36.00",
            "31002": "10.00",
        },
        sangong=("0.00", "0.00", "8.40", "2.80"),
        check_grand="7499.55",
        check_gp="6607.75",
        pages={
            EXP: [
                dict(rows=12, split=(14, "second")),
                dict(rows=8, mark="续表", unit=True, hmode="cell", hw=HW),
                dict(mark="title"),
            ],
            INC: [dict(rows=16), dict(head="none")],
            GB: [dict(rows=13), dict(mark="续表", unit=True, hmode="cell")],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b2 元
DOCS.append(
    dict(
        file="b2_hebei_yuhua_jyj_2024_budget.txt",
        note="plain 河北2024 部门预算 (元): 部门支出总表 2 pages under '部门支出总表（续）', a '本页合计' line at each page's "
        "foot; 一般公共预算支出表 2 pages, page 1's header a cell a line, page 2's a row a line cut '基本' / '支出'; "
        "一般公共预算基本支出表 2 pages printed a cell a line with blank lines between the cells, page 2 under 续表",
        kind="budget",
        org="石家庄市裕华区教育局",
        year=2024,
        unit="元",
        date="2024年2月",
        n_units=38,
        units="局机关及所属中小学、幼儿园、职业教育中心等37个单位",
        profile="贯彻执行国家教育方针政策，统筹管理全区学前教育、义务教育、高中阶段教育和职业教育，负责学校经费和教师队伍管理。",
        style=dict(labels="code1", unit_group=False, label="表{n}", footer="第 {n} 页"),
        leaves="""
2050101 gp_pe=4864200.00 gp_pu=726400.00
2050199 gp_p=1286000.00
2050201 gp_pe=8642600.00 gp_pu=1264800.00 gp_p=860000.00 biz_pu=426000.00
2050202 gp_pe=26486400.00 gp_pu=3862000.00 gp_p=2460000.00
2050203 gp_pe=18642800.00 gp_pu=2648600.00 gp_p=1864000.00 biz_p=286000.00
2050204 gp_pe=9864200.00 gp_pu=1486400.00 biz_pe=642000.00 biz_pu=1264000.00
2050302 gp_pe=3264800.00 gp_pu=486200.00 gp_p=420000.00
2050901 gp_p=2600000.00
2296004 gf_p=1200000.00
2080502 gp_pe=1264800.00
2080505 gp_pe=6486420.00 biz_pe=124000.00
2080506 gp_pe=2594568.00
2101102 gp_pe=2864200.00
2101103 gp_pe=846200.00
2210201 gp_pe=6842600.00 biz_pe=86000.00
""",
        econ={
            "30102": "18642000.00",
            "30103": "4286000.00",
            "30107": "26486000.00",
            "30108": "6486420.00",
            "30109": "2594568.00",
            "30110": "3710400.00",
            "30113": "6842600.00",
            "30199": "864200.00",
            "30302": "1264800.00",
            "30205": "486000.00",
            "30206": "1864000.00",
            "30207": "246000.00",
            "30211": "186000.00",
            "30213": "1486000.00",
            "30215": "64000.00",
            "30216": "426000.00",
            "30217": "48000.00",
            "30228": "1264000.00",
            "30229": "386000.00",
            "30231": "126000.00",
            "31002": "864000.00",
        },
        sangong=("0.00", "0.00", "126000.00", "48000.00"),
        check_grand="116656188.00",
        check_gp="112628188.00",
        pages={
            EXP: [dict(rows=15, pagesum=True), dict(mark="部门支出总表（续）", unit=True, pagesum=True)],
            GB: [
                dict(rows=14),
                dict(mark="一般公共预算支出表（续）", unit=True, hmode="row", hw={"基本支出": 2}),
            ],
            EB: [
                dict(rows=14, body="cell", blank=True),
                dict(mark="续表", unit=True, body="cell", blank=True),
            ],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b3 万元
DOCS.append(
    dict(
        file="b3_shandong_licang_wjj_2026_budget.txt",
        note="plain 山东2026 部门预算 (万元): 部门收入总表 3 pages printed a CELL a line (no blank lines), page 2's header again "
        "with no mark, page 3 without the header, '2100410' / '突发公共卫生' / figures / page break / '事件应急处理'; 部门支出总表 "
        "2 pages under '部门支出总表（续表）', the 合计 row printed again after the last row",
        kind="budget",
        org="青岛市李沧区卫生健康局",
        year=2026,
        unit="万元",
        date="2026年2月",
        n_units=5,
        units="局机关、区疾病预防控制中心、区妇幼保健计划生育服务中心、区卫生健康综合行政执法大队、区急救中心",
        profile="贯彻执行卫生健康工作方针政策，统筹全区医疗卫生资源配置，负责疾病预防控制、妇幼健康、基层卫生和卫生健康监督执法工作。",
        style=dict(labels="code1", hmode="row", unit_group=False, label="表{n}", footer="第 {n} 页"),
        leaves="""
2100101 gp_pe=486.40 gp_pu=72.60
2100199 gp_p=126.00
2100201 gp_p=860.00
2100202 gp_p=420.00
2100401 gp_pe=642.80 gp_pu=96.40 gp_p=186.00 biz_pu=42.00
2100408 gp_p=1864.00
2100409 gp_p=468.00 co_p=86.00
2100410 gp_p=120.00
2100717 gp_p=286.40
2101101 gp_pe=42.80
2101102 gp_pe=86.40
2101103 gp_pe=32.60
2080505 gp_pe=124.62 biz_pe=8.40
2080506 gp_pe=49.85
2080801 gp_pe=12.60
2210201 gp_pe=128.40 biz_pe=6.20
""",
        econ={
            "30102": "312.60",
            "30103": "86.40",
            "30107": "386.20",
            "30108": "124.62",
            "30109": "49.85",
            "30110": "86.20",
            "30113": "128.40",
            "30305": "12.60",
            "30205": "4.20",
            "30206": "18.60",
            "30207": "3.40",
            "30211": "6.80",
            "30213": "22.40",
            "30216": "5.60",
            "30217": "1.60",
            "30228": "17.86",
            "30231": "6.20",
            "31002": "12.00",
        },
        sangong=("0.00", "0.00", "6.20", "1.60"),
        check_grand="6248.47",
        check_gp="6105.87",
        pages={
            INC: [
                dict(rows=10, body="cell"),
                dict(rows=9, body="cell", split=(6, "first")),
                dict(head="none", body="cell"),
            ],
            EXP: [dict(rows=14), dict(mark="部门支出总表（续表）", unit=True, again=True)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ b4 元
DOCS.append(
    dict(
        file="b4_fujian_gulou_zjj_2023_budget.txt",
        note="plain 福建2023 部门预算 (元): 部门收入总表 2 pages, '21208 国有土地使用权出让收入安排的' / page break / header again / "
        "'支出 15,800,000.00 15,800,000.00'; 部门支出总表 3 pages, page 2 under '部门支出总表（续）' cut '基本' / '支出', "
        "'事业单' / '位经营' / '支出', page 3 without the header, the 合计 row printed again at the end",
        kind="budget",
        org="福州市鼓楼区住房和城乡建设局",
        year=2023,
        unit="元",
        date="2023年2月",
        n_units=4,
        units="局机关、区住房保障服务中心、区建设工程质量安全监督站、区城市建设档案馆",
        profile="负责全区住房保障、城乡建设管理、建筑市场和工程质量安全监管、城市更新和老旧小区改造工作。",
        style=dict(labels="code1", unit_group=False, label="表{n}", footer="- {n} -"),
        leaves="""
2120101 gp_pe=5264800.00 gp_pu=846200.00
2120106 gp_p=2486000.00 oth_p=86000.00
2120199 gp_p=1642000.00
2120399 gp_p=6864200.00 co_p=860000.00
2120803 gf_p=12600000.00
2120804 gf_p=3200000.00
2210105 gp_p=1860000.00
2210108 gp_p=18642000.00
2080505 gp_pe=1846420.00
2080506 gp_pe=738568.00
2080801 gp_pe=64000.00
2101101 gp_pe=486400.00
2101103 gp_pe=186200.00
2210201 gp_pe=1864200.00
2210203 gp_pe=426000.00
""",
        econ={
            "30102": "1864000.00",
            "30103": "486000.00",
            "30107": "2286000.00",
            "30108": "1846420.00",
            "30109": "738568.00",
            "30110": "672600.00",
            "30113": "1864200.00",
            "30199": "86000.00",
            "30305": "490000.00",
            "30205": "24600.00",
            "30206": "86400.00",
            "30207": "18600.00",
            "30211": "46800.00",
            "30213": "126000.00",
            "30216": "24000.00",
            "30217": "16800.00",
            "30228": "98600.00",
            "30231": "64800.00",
            "31002": "48000.00",
        },
        sangong=("0.00", "0.00", "64800.00", "16800.00"),
        check_grand="59962988.00",
        check_gp="43216988.00",
        pages={
            INC: [dict(rows=19, split=(14, "second")), dict(mark="续表", unit=True)],
            EXP: [
                dict(rows=10),
                dict(rows=10, mark="部门支出总表（续）", unit=True, hw=HW),
                dict(head="none", again=True),
            ],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f1 万元
FIN_HW = {"基本支出": 2, "对附属单位补助支出": 3}
DOCS.append(
    dict(
        file="f1_jiangsu_wujin_jyj_2024_final.txt",
        note="plain 江苏2024 部门决算 (万元): 支出决算表 4 pages: page 1's header a row a line, page 2 under 续表 a cell a line "
        "cut '基本' / '支出', '对附属' / '单位补' / '助支出', page 3 under '支出决算表（续）', page 4 under the title again; "
        "一般公共预算财政拨款支出决算表 年初预算数 | 决算数 3 pages, page 2 under 续表, page 3 without the header",
        kind="final_account",
        org="常州市武进区教育局",
        year=2024,
        unit="万元",
        date="2025年8月",
        n_units=64,
        units="局机关及所属中小学、幼儿园、职业学校等63个单位",
        profile="负责全区各级各类教育的统筹规划和管理，负责学校经费、教师队伍建设和教育督导工作，推进教育教学改革。",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="- {n} -"),
        leaves="""
2050101 i_gp=586.40 gp_pe=468.20 gp_pu=82.60 gp_p=28.00 yb_b=540.00 yb_p=30.00
2050199 i_gp=246.00 gp_p=242.80 yb_p=220.00
2050201 i_gp=4286.20 i_biz=486.00 gp_pe=3264.80 gp_pu=486.20 gp_p=520.40 nf_pu=386.00 nf_p=100.00 yb_b=3700.00 yb_p=480.00
2050202 i_gp=16428.60 gp_pe=13864.20 gp_pu=1686.40 gp_p=846.00 yb_b=15200.00 yb_p=800.00
2050203 i_gp=10864.20 i_oth=126.40 gp_pe=9246.80 gp_pu=1084.60 gp_p=512.00 nf_pu=126.40 yb_b=10200.00 yb_p=500.00
2050204 i_gp=5642.80 i_biz=1864.20 gp_pe=4486.20 gp_pu=642.60 gp_p=486.00 nf_pe=386.00 nf_pu=1264.20 nf_p=214.00 yb_b=5000.00 yb_p=460.00
2050302 i_gp=2264.40 gp_pe=1864.20 gp_pu=246.80 gp_p=148.00 yb_b=2080.00 yb_p=160.00
2050901 i_gp=1486.00 gp_p=1472.60 yb_p=1400.00
2050999 i_gp=386.00 gp_p=380.20 yb_p=400.00
2296004 i_gf=426.00 gf_p=426.00
2080502 i_gp=864.20 gp_pe=864.20 yb_b=840.00
2080505 i_gp=2864.26 gp_pe=2864.26 yb_b=2800.00
2080506 i_gp=1145.70 gp_pe=1145.70 yb_b=1120.00
2080801 i_gp=64.80 gp_pe=64.80 yb_b=60.00
2101102 i_gp=1046.20 gp_pe=1046.20 yb_b=1000.00
2101103 i_gp=312.40 gp_pe=312.40 yb_b=300.00
2210201 i_gp=2864.60 gp_pe=2864.60 yb_b=2800.00
2210203 i_gp=246.00 gp_pe=246.00 yb_b=240.00
""",
        cb="642.80",
        fcb="186.20",
        econ={
            "30102": "8642.00",
            "30103": "3264.00",
            "30107": "12486.00",
            "30108": "2864.26",
            "30109": "1145.70",
            "30110": "1358.60",
            "30113": "2864.60",
            "30199": "246.00",
            "30302": "864.20",
            "30305": "64.80",
            "30205": "286.40",
            "30206": "864.20",
            "30207": "112.60",
            "30211": "86.40",
            "30213": "642.80",
            "30216": "64.20",
            "30217": "3.20",
            "30228": "486.40",
            "30231": "9.80",
            "30239": "164.00",
            "31002": "246.00",
        },
        sangong_budget=("0.00", "0.00", "12.00", "4.00"),
        sangong=("0.00", "0.00", "9.80", "3.20"),
        check_grand="55144.16",
        check_gp="51467.76",
        pages={
            EXP: [
                dict(rows=9, hmode="row"),
                dict(rows=8, mark="续表", unit=True, hw=FIN_HW),
                dict(rows=8, mark="支出决算表（续）", unit=True),
                dict(mark="title"),
            ],
            GB: [
                dict(rows=10),
                dict(rows=10, mark="续表", unit=True),
                dict(head="none"),
            ],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f2 元
DOCS.append(
    dict(
        file="f2_zhejiang_shangcheng_wjj_2023_final.txt",
        note="plain 浙江2023 部门决算 (元): 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 2 pages, page 1's header a cell a "
        "line with a '本页合计' line at its foot, page 2's a row a line cut '年初预' / '算数', '基本' / '支出', no mark; "
        "收入决算表 2 pages, '2100410 突发公共卫生 …figures' / page break / '事件应急处理'; 支出决算表 2 pages printed a cell a "
        "line",
        kind="final_account",
        org="杭州市上城区卫生健康局",
        year=2023,
        unit="元",
        date="2024年8月",
        n_units=7,
        units="局机关、区疾病预防控制中心、区妇幼保健院、区卫生健康监督所、区急救站、区计划生育协会、区卫生健康信息中心",
        profile="负责全区医疗卫生服务体系建设、公共卫生和疾病预防控制、妇幼健康和基层卫生健康服务管理，组织卫生健康监督执法。",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="第 {n} 页"),
        leaves="""
2100101 i_gp=7264800.00 gp_pe=6248600.00 gp_pu=986400.00 yb_b=7000000.00
2100199 i_gp=1642000.00 gp_p=1598600.00 yb_p=1600000.00
2100201 i_gp=5860000.00 gp_p=5860000.00 yb_p=5200000.00
2100202 i_gp=2642000.00 gp_p=2586400.00 yb_p=2600000.00
2100401 i_gp=14286400.00 i_biz=3264800.00 gp_pe=11286400.00 gp_pu=1642800.00 gp_p=1286000.00 nf_pe=1486400.00 nf_pu=1778400.00 yb_b=12600000.00 yb_p=1300000.00
2100408 i_gp=28642000.00 gp_p=28486400.00 yb_p=26000000.00
2100409 i_gp=7286400.00 gp_p=7264200.00 yb_p=7000000.00
2100410 i_gp=1864000.00 gp_p=1842600.00 yb_p=1500000.00
2100717 i_gp=4264000.00 i_oth=186400.00 gp_p=4186200.00 nf_p=186400.00 yb_p=4200000.00
2080505 i_gp=3264860.00 gp_pe=3264860.00 yb_b=3200000.00
2080506 i_gp=1305944.00 gp_pe=1305944.00 yb_b=1280000.00
2101101 i_gp=1264200.00 gp_pe=1264200.00 yb_b=1200000.00
2101102 i_gp=1686400.00 gp_pe=1686400.00 yb_b=1650000.00
2210201 i_gp=3264200.00 gp_pe=3264200.00 yb_b=3200000.00
""",
        cb="2864200.00",
        fcb="964200.00",
        econ={
            "30102": "5864000.00",
            "30103": "2864000.00",
            "30107": "5486000.00",
            "30108": "3264860.00",
            "30109": "1305944.00",
            "30110": "2950600.00",
            "30112": "142000.00",
            "30113": "3264200.00",
            "30199": "246000.00",
            "30205": "146000.00",
            "30206": "642000.00",
            "30207": "96000.00",
            "30211": "186400.00",
            "30213": "342000.00",
            "30215": "42000.00",
            "30216": "146000.00",
            "30217": "24600.00",
            "30228": "486000.00",
            "30231": "146800.00",
            "31002": "264000.00",
        },
        sangong_budget=("0.00", "0.00", "160000.00", "30000.00"),
        sangong=("0.00", "0.00", "146800.00", "24600.00"),
        check_grand="90852604.00",
        check_gp="84060204.00",
        pages={
            GB: [
                dict(rows=13, pagesum=True),
                dict(hmode="row", hw={"年初预算数": 3, "基本支出": 2}),
            ],
            INC: [dict(rows=17, split=(6, "first")), dict(mark="续表", unit=True)],
            EXP: [dict(rows=13, body="cell"), dict(mark="续表", unit=True, body="cell")],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f3 万元
DOCS.append(
    dict(
        file="f3_yunnan_wuhua_nyncj_2025_final.txt",
        note="plain 云南2025 部门决算 (万元): 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 3 pages printed a CELL a line with "
        "blank lines between the cells, page 2 under 续表, page 3 without the header; 支出决算表 2 pages, '21208 国有土地使用权"
        "出让收入安排的 360.00 360.00' / page break / '支出', the 合计 row again at the end; 基本支出决算表 2 pages under 续表",
        kind="final_account",
        org="昆明市五华区农业农村局",
        year=2025,
        unit="万元",
        date="2026年8月",
        n_units=4,
        units="局机关、区农业技术推广站、区动物疫病预防控制中心、区农村合作经济经营管理站",
        profile="负责全区农业农村发展规划、都市现代农业、农业技术推广、动物防疫、农村集体经济和农村综合改革工作。",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="- {n} -"),
        leaves="""
2130101 i_gp=468.20 gp_pe=398.60 gp_pu=64.20 yb_b=450.00
2130104 i_gp=326.40 i_biz=48.60 gp_pe=258.40 gp_pu=56.80 nf_pu=48.60 yb_b=300.00
2130106 i_gp=146.00 gp_p=142.60 yb_p=140.00
2130108 i_gp=62.00 gp_p=58.40 yb_p=60.00
2130122 i_gp=486.00 gp_p=478.20 yb_p=400.00
2130135 i_gp=112.00 gp_p=108.60 yb_p=120.00
2130153 i_gp=864.00 gp_p=846.20 yb_p=800.00
2130705 i_gp=212.60 gp_p=212.60 yb_p=200.00
2120804 i_gf=360.00 gf_p=360.00
2080501 i_gp=28.40 gp_pe=28.40 yb_b=28.00
2080505 i_gp=78.64 gp_pe=78.64 yb_b=76.00
2080506 i_gp=31.46 gp_pe=31.46 yb_b=30.00
2101101 i_gp=28.60 gp_pe=28.60 yb_b=28.00
2101103 i_gp=9.80 gp_pe=9.80 yb_b=9.00
2210201 i_gp=72.40 gp_pe=72.40 yb_b=70.00
""",
        cb="42.60",
        fcb="16.20",
        econ={
            "30102": "186.40",
            "30103": "48.60",
            "30107": "224.80",
            "30108": "78.64",
            "30109": "31.46",
            "30110": "38.40",
            "30113": "72.40",
            "30302": "28.40",
            "30205": "3.20",
            "30206": "11.60",
            "30207": "2.40",
            "30211": "5.80",
            "30213": "14.60",
            "30216": "3.40",
            "30217": "1.20",
            "30228": "11.86",
            "30231": "4.60",
            "31002": "6.40",
        },
        sangong_budget=("0.00", "0.00", "5.00", "1.50"),
        sangong=("0.00", "0.00", "4.60", "1.20"),
        check_grand="3377.70",
        check_gp="2873.90",
        pages={
            GB: [
                dict(rows=8, body="cell", blank=True),
                dict(rows=8, mark="续表", unit=True, body="cell", blank=True),
                dict(head="none", body="cell", blank=True),
            ],
            EXP: [dict(rows=12, split=(14, "first")), dict(mark="续表", unit=True, again=True)],
            EB: [dict(rows=12), dict(mark="续表", unit=True)],
        },
    )
)

# ------------------------------------------------------------------------------------------------ f4 元
DOCS.append(
    dict(
        file="f4_guangxi_xixiangtang_cgj_2022_final.txt",
        note="plain 广西2022 部门决算 (元): 支出决算表 3 pages, page 1's header a cell a line, page 2 "
        "under '支出决算表（续）' a row a line with '基本' / '支出', '对附属' / '单位补' / '助支出' side by side, page 3 under the "
        "title again; 收入决算表 2 pages, page 1's header a row a line, page 2's a cell a line, a '本页合计' line at each "
        "page's foot; 一般公共预算财政拨款支出决算表 年初预算数 | 决算数 2 pages under '…支出决算表（续）'",
        kind="final_account",
        org="南宁市西乡塘区城市管理局",
        year=2022,
        unit="元",
        date="2023年8月",
        n_units=3,
        units="局机关、区城市管理综合执法大队、区市政设施管理所",
        profile="负责全区市容环境卫生、城市管理综合执法、市政公用设施运行维护和城市道路照明管理工作。",
        style=dict(labels="code1", gb_budget=True, label="表{n}", footer="第 {n} 页"),
        leaves="""
2120101 i_gp=4264800.00 gp_pe=3642600.00 gp_pu=586400.00 yb_b=4100000.00
2120104 i_gp=14286400.00 gp_pe=10864200.00 gp_pu=1264800.00 gp_p=2086400.00 yb_b=11800000.00 yb_p=2000000.00
2120106 i_gp=1286000.00 gp_p=1264200.00 yb_p=1300000.00
2120199 i_gp=3864200.00 i_oth=126000.00 gp_p=3842600.00 nf_p=126000.00 yb_p=3600000.00
2120399 i_gp=9642000.00 gp_p=9586400.00 yb_p=8000000.00
2120803 i_gf=5200000.00 gf_p=5200000.00
2120804 i_gf=1800000.00 gf_p=1800000.00
2080505 i_gp=1864220.00 gp_pe=1864220.00 yb_b=1800000.00
2080506 i_gp=745688.00 gp_pe=745688.00 yb_b=720000.00
2080801 i_gp=86000.00 gp_pe=86000.00 yb_b=80000.00
2101101 i_gp=864200.00 gp_pe=864200.00 yb_b=840000.00
2101103 i_gp=246000.00 gp_pe=246000.00 yb_b=240000.00
2210201 i_gp=1864200.00 gp_pe=1864200.00 yb_b=1800000.00
2210203 i_gp=386000.00 gp_pe=386000.00 yb_b=380000.00
""",
        cb="864200.00",
        fcb="246000.00",
        econ={
            "30102": "4264000.00",
            "30103": "1286000.00",
            "30107": "5864000.00",
            "30108": "1864220.00",
            "30109": "745688.00",
            "30110": "1110200.00",
            "30113": "1864200.00",
            "30199": "264000.00",
            "30305": "86000.00",
            "30205": "48600.00",
            "30206": "164000.00",
            "30207": "36400.00",
            "30211": "64200.00",
            "30213": "186000.00",
            "30216": "28600.00",
            "30217": "12400.00",
            "30228": "246000.00",
            "30231": "386000.00",
            "30239": "126000.00",
            "31002": "64000.00",
        },
        sangong_budget=("0.00", "0.00", "400000.00", "20000.00"),
        sangong=("0.00", "0.00", "386000.00", "12400.00"),
        check_grand="47389908.00",
        check_gp="39193908.00",
        pages={
            EXP: [
                dict(rows=9),
                dict(rows=9, mark="支出决算表（续）", unit=True, hmode="row", hw=FIN_HW),
                dict(mark="title"),
            ],
            INC: [dict(rows=13, hmode="row", pagesum=True), dict(mark="续表", unit=True, pagesum=True)],
            GB: [dict(rows=12), dict(mark="一般公共预算财政拨款支出决算表（续）", unit=True)],
        },
    )
)


def flatten(doc, tabs):
    """The printed column set: s34c_lib builds 基本支出 over 小计 | 人员经费 | 公用经费; these reports print 基本支出 as ONE
    column (支出表, 一般公共预算 table; a final's 决算数 over 小计 | 基本支出 | 项目支出), a budget's 政府性基金 合计 | 项目支出
    (a final's 政府性基金 table keeps 本年支出 小计 | 基本支出 | 项目支出: its rows print 小计 and 项目 only, a placement plain
    text leaves open between 基本 and 项目: said, the input's ambiguity, not the page's). Dropping
    columns after build() keeps every relation s34c_lib re-added (total = 基本 + 项目 + …)."""
    final = doc["kind"] == "final_account"
    spec = {
        EXP: ({"personnel", "public_funds"}, {"basic": ("基本支出",)}),
        GB: ({"personnel", "public_funds"}, {"basic": ("决算数", "基本支出") if final else ("基本支出",)}),
    }
    if not final:
        spec[GF] = ({"basic"}, {})
    for t in tabs:
        if t.key not in spec or t.kind != "coded":
            continue
        drop, rename = spec[t.key]
        keep = [j for j, c in enumerate(t.cols) if c.key not in drop]
        t.cols = [t.cols[j] for j in keep]
        for c in t.cols:
            c.head = rename.get(c.key, c.head)
        for r in t.rows:
            r["cells"] = [r["cells"][j] for j in keep]
    return tabs


BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _tabs, _info = build(_doc)
    flatten(_doc, _tabs)
    _text, _claims = narrative(_doc, _info)
    BUILT[_doc["file"]] = (_doc, _tabs, _info, _text)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_doc, _tabs),
        claims=_claims,
    )
