"""Expected readings of the rules_s33g inputs: eight WHOLE reports, all PDFs (four 部门预算 2022/2024/2025/2026, four
部门决算 2021/2023/2024/2025), each a cover, a 目录, a 说明 with figures, every table of its template and a 名词解释,
drawn the ways real producers draw them and the earlier PDF sets (rules_s31c, s31g, s31j, s32c, s33a) did not.
gen.py draws them with s33g_print.py / minipdf.py (copied from rules_s33c and extended, not imported).

Shapes attacked (documents):
- landscape table pages as a WIDE MediaBox (842 x 595: b1 every table, b4 / f2 / f4 the summaries) and as a PORTRAIT
  MediaBox turned by /Rotate 90, the content drawn through a "0 1 -1 0 595 0 cm" turn (b2 the summaries, 收入表 and
  支出表; f1 the summaries; f3 every table);
- a table running over THREE pages at fixed rows, its header repeated on each page, with a running header
  ("<单位><年>年度部门预算公开表（续）" and the table's label) and the page number ("第 N 页") drawn INSIDE the table's
  frame (one outer rectangle around the running header, the table and a page-number strip), no page footer
  (b2 部门支出总表, 24 rows; f2 支出决算表, 26 rows; every other table of b2 / f2 with figures framed the same way, b2's
  收入总表 running on to a second page by itself);
- header boxes of several rows with merged cells: 项目 over 科目编码 | 科目名称 (item_head: b1, b4, f1, f2);
  基本支出 over 小计 | 人员经费 | 公用经费 (exp_split: b1, b4, f1, f2); the 2024 收入总表 as 本年收入 over
  一般公共预算拨款收入 | 政府性基金预算拨款收入 | 单位资金, 单位资金 over 事业收入 | 其他收入 (three header rows; b1, b2, b4);
- header cells in a SMALLER font than the body (b1 7pt / 9pt, b4 6.5 / 8.5, f1 7 / 9, f3 7 / 9);
- every glyph its own Tm + Tj (b3 and f3, the whole document);
- negative figures: "-12.00" (f1 2040699 其他司法支出 项目支出 -12.00; f4 2130199 其他农业农村支出 -6.35) and in
  parentheses "(26,800.00)" (f2 2081099 其他社会福利支出, 元): refunds of earlier years' money, so the 项, and in f2 /
  f4 the 款 above it, print negative figures in the 收入表, 支出表, 一般公共预算支出表;
- 万元 and 元 tables in ONE document: b4 (typed in 万元) prints the 收支总表, 收入表, 支出表, 财政拨款收支总表 and
  一般公共预算支出表 in 元, the 基本支出表, 三公 and 政府性基金 (empty) in 万元, the 说明 in 万元; f4 (万元) prints the
  基本支出表 and the 三公 table in 元;
- a table split into two HALVES side by side on one landscape page (the columns repeated, rows 1..h left, h+1..n
  right): b3 部门支出总表 and 一般公共预算支出表, f4 支出决算表 and 一般公共预算财政拨款支出决算表;
- figures right-aligned with thousands separators everywhere ("29,866,150.00").

The figures are typed below per report (s33g_lib's docstring: functional 项 leaves by fund and kind, the 一般公共预算
基本支出 by economic 款, 三公); s33g_lib.build() sums every printed table from them, identities() (run at import,
BEFORE finish() rescales the 元 tables of a 万元 document by an exact × 10000) re-adds every printed table (row total
= Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, each summary side, 合计 = Σ funds, 收支总表 = 支出表 = 收入表, 一般公共预算
basic = 基本支出表, 三公 合计 = parts), so a typo fails at import. Expectations are read from the printed strings.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {column[@phase]:
value as printed, negatives with a minus whatever the print})])], only_tables, claims (the 说明's: (kind, code,
{figure: value in 万元}), reviewed by check.py as rules_s33c's). Summary rows by their whole printed label; a final's
三公 预算数 "<col>@budget". A blank cell has no expectation."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s33g_lib import build, expectations, finish, identities, narrative  # noqa: E402

DOCS = {}

DOCS["b1_xinjiang_tianshan_wjw_2026_budget.pdf"] = dict(
    note="PDF 新疆2026 部门预算 (万元): every table page a WIDE MediaBox (842 x 595); header boxes of two and three rows "
    "with merged cells (项目 over 科目编码 | 科目名称; 基本支出 over 小计 | 人员经费 | 公用经费; 本年收入 > 单位资金 > 事业收入 | "
    "其他收入); header 7pt, body 9pt",
    kind="budget",
    org="乌鲁木齐市天山区卫生健康委员会",
    year=2026,
    unit="万元",
    date="2026年1月",
    n_units=4,
    profile="负责全区医疗卫生服务体系建设、基本公共卫生服务、疾病预防控制、妇幼健康和卫生应急管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        land="wide",
        land_tabs="all",
        item_head=True,
        exp_split=True,
        inc_nested=True,
        font=9,
        head_font=7,
        footer="- {n} -",
    ),
    leaves="""
2100101 gp_pe=486.20 gp_pu=62.40
2100408 gp_p=1260.00 cof_p=86.50 biz_p=45.00 oth_p=6.00
2100409 gp_p=340.00 cou_p=12.00
2080505 gp_pe=58.34 biz_pe=12.60
2080506 gp_pe=23.34
2101101 gp_pe=26.85
2101102 biz_pe=8.40
2210201 gp_pe=40.12 biz_pe=9.80
2296002 gf_p=75.00
""",
    econ={
        "30102": "180.40",
        "30103": "46.20",
        "30107": "96.00",
        "30108": "58.34",
        "30109": "23.34",
        "30110": "26.85",
        "30113": "40.12",
        "30302": "6.80",
        "30205": "2.10",
        "30206": "6.40",
        "30211": "5.60",
        "30217": "1.20",
        "30228": "9.80",
        "30231": "4.80",
        "31002": "3.00",
    },
    sangong=("0", "0", "4.80", "1.20"),
)

DOCS["b2_ningxia_xingqing_jyj_2025_budget.pdf"] = dict(
    note="PDF 宁夏2025 部门预算 (元): landscape pages as a PORTRAIT MediaBox turned by /Rotate 90 (收支总表, 收入总表 with a "
    "three-row header, 支出总表, 财政拨款收支总表); 部门支出总表 (24 rows) run over THREE pages at rows 9 and 17, header "
    "repeated, running header and page number drawn inside the table's frame (every table framed so)",
    kind="budget",
    org="银川市兴庆区教育局",
    year=2025,
    unit="元",
    date="2025年2月",
    n_units=38,
    profile="负责全区学前教育、义务教育、普通高中教育的统筹管理，教师队伍建设、学校布局规划和教育经费管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        land="rotate",
        land_tabs=(
            "income_expenditure_summary",
            "income_by_function",
            "expenditure_by_function",
            "fiscal_summary",
        ),
        inc_nested=True,
        frame_run=True,
        breaks={"expenditure_by_function": (9, 17)},
        label="表{n}",
        footer="第 {n} 页",
    ),
    leaves="""
2050101 gp_pe=4862350.00 gp_pu=628400.00
2050201 gp_pe=8624600.00 gp_pu=1246800.00 gp_p=1850000.00
2050202 gp_pe=21468200.00 gp_pu=3264000.00 gp_p=2680000.00 biz_pu=186000.00
2050203 gp_pe=14862400.00 gp_pu=2146800.00 gp_p=1460000.00 cof_p=380000.00
2050204 gp_pe=6248600.00 gp_pu=968000.00 biz_pe=426000.00 biz_pu=312000.00
2050299 gp_p=960000.00 oth_p=48000.00
2050803 gp_p=420000.00
2080501 gp_pe=186400.00
2080505 gp_pe=6864280.00
2080506 gp_pe=2745712.00
2101101 gp_pe=486300.00
2101102 gp_pe=2864200.00
2210201 gp_pe=4826400.00 biz_pe=38400.00
""",
    econ={
        "30102": "9800000.00",
        "30103": "2400000.00",
        "30107": "14000000.00",
        "30108": "6864280.00",
        "30109": "2745712.00",
        "30110": "3350500.00",
        "30113": "4826400.00",
        "30302": "186400.00",
        "30205": "420000.00",
        "30206": "1260000.00",
        "30207": "186000.00",
        "30211": "240000.00",
        "30213": "860000.00",
        "30216": "320000.00",
        "30217": "36000.00",
        "30228": "1280000.00",
        "30229": "420000.00",
        "30231": "96000.00",
        "31002": "680000.00",
    },
    sangong=("0", "0", "96000.00", "36000.00"),
)

DOCS["b3_guizhou_nanming_zrzyj_2022_budget.pdf"] = dict(
    note="PDF 贵州2022 部门预算 (万元): EVERY glyph its own Tm + Tj (the whole document); 部门支出总表 and 一般公共预算支出表 "
    "each printed as two HALVES side by side on one landscape page (columns repeated)",
    kind="budget",
    org="贵阳市南明区自然资源局",
    year=2022,
    unit="万元",
    date="2022年2月",
    n_units=2,
    profile="负责全区自然资源调查监测评价、国土空间规划和用途管制、耕地保护、不动产登记和矿产资源管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        glyphs=True,
        halves=("expenditure_by_function", "general_budget_by_function"),
        label="附表{n}",
        footer="第 {n} 页",
    ),
    leaves="""
2200101 gp_pe=412.60 gp_pu=54.80
2200106 gp_p=680.00 cof_p=45.00
2120803 gf_p=260.00
2080505 gp_pe=49.52
2080506 gp_pe=19.81
2101101 gp_pe=21.46
2210201 gp_pe=33.84
""",
    econ={
        "30102": "152.40",
        "30103": "38.60",
        "30107": "74.80",
        "30108": "49.52",
        "30109": "19.81",
        "30110": "21.46",
        "30113": "33.84",
        "30302": "5.20",
        "30205": "1.60",
        "30206": "5.20",
        "30211": "4.80",
        "30217": "0.90",
        "30228": "8.20",
        "30231": "6.40",
        "31002": "2.50",
    },
    sangong=("0", "0", "6.40", "0.90"),
)

DOCS["b4_yunnan_wuhua_scjgj_2024_budget.pdf"] = dict(
    note="PDF 云南2024 部门预算: 万元 AND 元 tables in one document (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算"
    "支出表 in 元; 基本支出表, 三公, 政府性基金 (empty) in 万元; 说明 in 万元); merged header cells (项目 over 编码 | 名称, "
    "基本支出 over 小计 | 人员经费 | 公用经费, three-row 收入总表 header); header 6.5pt, body 8.5pt; summaries on a wide "
    "MediaBox",
    kind="budget",
    org="昆明市五华区市场监督管理局",
    year=2024,
    unit="万元",
    date="2024年2月",
    n_units=2,
    profile="负责全区市场综合监督管理、市场主体登记、食品药品安全监管、特种设备安全监察和质量标准计量管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        land="wide",
        land_tabs=("income_expenditure_summary", "fiscal_summary", "income_by_function"),
        item_head=True,
        exp_split=True,
        inc_nested=True,
        font=8.5,
        head_font=6.5,
        units={
            "income_expenditure_summary": "元",
            "income_by_function": "元",
            "expenditure_by_function": "元",
            "fiscal_summary": "元",
            "general_budget_by_function": "元",
        },
        label="公开表{n}",
        footer="- {n} -",
    ),
    leaves="""
2013801 gp_pe=726.48 gp_pu=96.20
2013812 gp_p=135.00
2013816 gp_p=246.00 cof_p=32.00
2013850 gp_pe=218.64 gp_pu=26.40 biz_pe=64.00 biz_pu=18.50
2060499 biz_p=36.00 cou_p=12.40
2080505 gp_pe=112.66 biz_pe=6.84
2080506 gp_pe=45.06
2101101 gp_pe=38.24
2101102 gp_pe=12.68
2210201 gp_pe=90.12 biz_pe=5.47
""",
    econ={
        "30102": "286.40",
        "30103": "62.00",
        "30107": "148.00",
        "30108": "112.66",
        "30109": "45.06",
        "30110": "50.92",
        "30113": "90.12",
        "30302": "18.60",
        "30205": "3.60",
        "30206": "12.80",
        "30207": "4.20",
        "30211": "9.60",
        "30213": "5.80",
        "30217": "3.80",
        "30228": "14.26",
        "30231": "16.80",
        "31002": "8.60",
    },
    sangong=("0", "0", "16.80", "3.80"),
)

DOCS["f1_chongqing_yuzhong_sfj_2021_final.pdf"] = dict(
    note="PDF 重庆2021 部门决算 (万元): a NEGATIVE 项 '-12.00' (2040699 其他司法支出, 项目支出: a refund of earlier years); "
    "merged header cells (项目 over 编码 | 名称, 基本支出 over 小计 | 人员经费 | 公用经费); header 7pt, body 9pt; the two "
    "summaries on PORTRAIT pages turned by /Rotate 90",
    kind="final_account",
    org="重庆市渝中区司法局",
    year=2021,
    unit="万元",
    date="2022年9月",
    n_units=1,
    profile="负责全区法治政府建设、行政复议与应诉、公共法律服务、人民调解、社区矫正和法治宣传教育工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        land="rotate",
        land_tabs=("income_expenditure_summary", "fiscal_summary"),
        item_head=True,
        exp_split=True,
        font=9,
        head_font=7,
        footer="- {n} -",
    ),
    leaves="""
2040601 gp_pe=612.48 gp_pu=88.36
2040604 gp_p=56.20 cb=4.60 ce=1.80
2040610 gp_p=42.30 oth_p=3.60
2040699 gp_p=-12.00
2080505 gp_pe=74.56
2080506 gp_pe=29.82
2080801 gp_pe=10.80
2101101 gp_pe=32.16
2210201 gp_pe=46.72
""",
    gp_budget="1000.00",
    econ={
        "30102": "176.20",
        "30103": "42.60",
        "30107": "102.40",
        "30108": "74.56",
        "30109": "29.82",
        "30110": "32.16",
        "30113": "46.72",
        "30305": "10.80",
        "30302": "6.20",
        "30205": "2.40",
        "30206": "10.20",
        "30211": "13.60",
        "30217": "1.86",
        "30228": "11.20",
        "30231": "7.40",
        "31002": "4.20",
    },
    sangong_budget=("0", "0", "8.00", "2.50"),
    sangong=("0", "0", "7.40", "1.86"),
)

DOCS["f2_tianjin_hexi_mzj_2023_final.pdf"] = dict(
    note="PDF 天津2023 部门决算 (元): a NEGATIVE 项 in parentheses '(26,800.00)' (2081099 其他社会福利支出); 支出决算表 "
    "(26 rows) run over THREE pages at rows 9 and 18, header repeated, running header and page number drawn inside the "
    "table's frame (every table framed so); merged header cells; summaries on a wide MediaBox",
    kind="final_account",
    org="天津市河西区民政局",
    year=2023,
    unit="元",
    date="2024年9月",
    n_units=3,
    profile="负责全区社会救助、养老服务、儿童福利、社会事务、基层政权建设和社区治理、社会组织管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        neg="paren",
        land="wide",
        land_tabs=("income_expenditure_summary", "fiscal_summary"),
        item_head=True,
        exp_split=True,
        frame_run=True,
        breaks={"expenditure_by_function": (9, 18)},
        footer="第 {n} 页",
    ),
    leaves="""
2080201 gp_pe=5264800.00 gp_pu=742600.00
2080208 gp_p=1860000.00 cb=120000.00 ce=46000.00
2081002 gp_p=3460000.00
2081004 gp_p=820000.00 oth_p=36000.00
2081099 gp_p=-26800.00
2081901 gp_p=12680000.00
2082001 gp_p=1246000.00
2080501 gp_pe=286400.00
2080505 gp_pe=842600.00
2080506 gp_pe=337040.00
2101101 gp_pe=298600.00
2210201 gp_pe=486200.00
2296002 gf_p=680000.00
""",
    gp_budget="27000000.00",
    econ={
        "30102": "1480000.00",
        "30103": "360000.00",
        "30107": "860000.00",
        "30108": "842600.00",
        "30109": "337040.00",
        "30110": "298600.00",
        "30113": "486200.00",
        "30302": "286400.00",
        "30205": "18000.00",
        "30206": "62000.00",
        "30207": "24000.00",
        "30211": "38000.00",
        "30217": "14600.00",
        "30228": "96400.00",
        "30231": "52400.00",
        "31002": "46000.00",
    },
    sangong_budget=("0", "0", "60000.00", "20000.00"),
    sangong=("0", "0", "52400.00", "14600.00"),
)

DOCS["f3_guangdong_yuexiu_wglj_2024_final.pdf"] = dict(
    note="PDF 广东2024 部门决算 (万元): EVERY glyph its own Tm + Tj (the whole document); every table on a PORTRAIT page "
    "turned by /Rotate 90; header 7pt, body 9pt",
    kind="final_account",
    org="广州市越秀区文化广电旅游体育局",
    year=2024,
    unit="万元",
    date="2025年9月",
    n_units=5,
    profile="负责全区文化事业、旅游业、广播电视和体育事业的发展，公共文化服务、文物保护和文化市场综合执法工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        glyphs=True,
        land="rotate",
        land_tabs="all",
        font=9,
        head_font=7,
        footer="- {n} -",
    ),
    leaves="""
2070101 gp_pe=542.36 gp_pu=78.40
2070109 gp_p=168.00 biz_p=24.60 cb=10.40 ce=3.20
2070111 gp_p=86.50
2070204 gp_p=215.00 oth_p=12.00
2080505 gp_pe=66.42
2080506 gp_pe=26.57
2101101 gp_pe=28.80
2210201 gp_pe=41.64
2296003 gf_p=48.00
""",
    gp_budget="1200.00",
    econ={
        "30102": "162.40",
        "30103": "40.80",
        "30107": "98.60",
        "30108": "66.42",
        "30109": "26.57",
        "30110": "28.80",
        "30113": "41.64",
        "30302": "8.60",
        "30205": "2.40",
        "30206": "10.80",
        "30211": "9.20",
        "30217": "1.80",
        "30228": "10.60",
        "30231": "6.20",
        "31002": "5.00",
    },
    sangong_budget=("0", "0", "8.00", "2.40"),
    sangong=("0", "0", "6.20", "1.80"),
)

DOCS["f4_hunan_yuelu_nyncj_2025_final.pdf"] = dict(
    note="PDF 湖南2025 部门决算 (万元, with the 基本支出表 and 三公 in 元): 支出决算表 and 一般公共预算财政拨款支出决算表 as two "
    "HALVES side by side on one landscape page; a NEGATIVE 项 '-6.35' (2130199 其他农业农村支出); summaries wide",
    kind="final_account",
    org="长沙市岳麓区农业农村局",
    year=2025,
    unit="万元",
    date="2026年8月",
    n_units=3,
    profile="负责全区农业农村发展规划、粮食和重要农产品生产、农田建设、农业技术推广、农产品质量安全监管工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        land="wide",
        land_tabs=("income_expenditure_summary", "fiscal_summary"),
        halves=("expenditure_by_function", "general_budget_by_function"),
        units={"general_budget_basic_by_economic": "元", "sangong": "元"},
        label="表{cn}",
        footer="第 {n} 页",
    ),
    leaves="""
2130101 gp_pe=468.20 gp_pu=64.80
2130104 gp_pe=312.46 gp_pu=38.60 biz_pe=28.40 biz_pu=9.60
2130108 gp_p=52.00
2130122 gp_p=186.00 cb=22.00 ce=8.50
2130153 gp_p=420.00
2130199 gp_p=-6.35
2080505 gp_pe=96.28
2080506 gp_pe=38.51
2101101 gp_pe=41.20
2210201 gp_pe=58.86 biz_pe=2.80
2136601 gf_p=88.00
""",
    gp_budget="1700.00",
    econ={
        "30102": "286.40",
        "30103": "72.60",
        "30107": "164.20",
        "30108": "96.28",
        "30109": "38.51",
        "30110": "41.20",
        "30113": "58.86",
        "30302": "12.40",
        "30205": "3.20",
        "30206": "12.60",
        "30211": "10.40",
        "30217": "2.20",
        "30228": "14.80",
        "30231": "9.60",
        "31002": "6.00",
    },
    sangong_budget=("0", "0", "12.00", "3.00"),
    sangong=("0", "0", "9.60", "2.20"),
)

BUILT = {}
EXPECTED = {}
for _name, _doc in DOCS.items():
    _tabs, _info = build(_doc)
    identities(_name, _doc, _tabs, _info)
    _text, _claims = narrative(_doc, _tabs, _info)
    finish(_doc, _tabs)
    BUILT[_name] = (_doc, _tabs, _info, _text)
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=expectations(_tabs),
        only_tables=sorted({t.key for t in _tabs}),
        claims=_claims,
    )
