"""Expected readings of the rules_s35b inputs: eight WHOLE documents (4 部门预算, 4 部门决算; 2023-2026, eight
provinces) whose PRINT IS WRONG somewhere, as real prints are: the parser must keep every printed figure as printed
(never "correct" it from the identities) and say what does not add up, never drop a figure for it. Three plain
pdftotext texts (.txt: blank cells dropped, a header's cells one a line), three pdftotext -layout texts
(.layout.txt: each word at the CHARACTER index of its column, a CJK character one column), two PDFs (ruled grids
drawn with ../rules_s33c/minipdf.py). Each: cover, 目录, 部门概况, a 说明 (its figures are the TRUE sums, so where a
table is misprinted the narrative disagrees with it), the 9 main tables (收支总表, 收入表, 支出表, 财政拨款收支总表,
一般公共预算支出表, 基本支出表, 三公, 政府性基金 and 国有资本经营 empty in words), 名词解释.

Typed here per document: the functional 项 leaves in 元 (basic, project[, the part of project paid from 上年结转 /
其他收入]), the economic 款 (one None: the remainder), the 三公 in 万元, and the MISPRINTS (s35b_lib.apply's list:
a cell printed otherwise, a row left out at a page break, a 类's 款 left out, a row printed twice, a blank / repeated /
copied 合计). s35b_lib builds every printed string from them (万元 documents round every row from 元 on its own, as
real 万元 prints do, so 类 = Σ 款 fails by 0.01-0.02 by rounding alone); gen.py prints those strings; the
expectations are read from the same strings, never from the parser. At import s35b_lib.broken() re-adds every printed
table (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, summary items and sides, 收支总表 / 财政拨款总表 by 类 and
total against the 支出表 / 一般公共预算支出表, 收入表 = 支出表, basic across tables, 三公 合计 = 出国 + 车 + 接待, 车 =
购置 + 运行) and the data asserts that the identities it breaks are EXACTLY those listed in BROKEN (so a typo, which
breaks one more, fails at import). BROKEN[input]: "table row col: identity" per broken identity, "≈ " before those
off by at most 0.03 in a 万元 document (the printed rounding: not an error of the print, a parser must accept them),
"printed twice" / "figures blank" / "类 without 款" for the structural ones. An engineer compares them with the
parser's diagnostics (check.py -v prints, per input, which of them a warn/error diagnostic names).

Shapes attacked (documents):
- rounding only: 类 = Σ 款 / 合计 = Σ 类 / row total = Σ parts off by 0.01-0.02 (a1, a6, a7: 20701's five 项 each
  round up, the 款 prints 0.02 less than its 项; 22102 / 20805 / 212 / 301 / 302 ...), every figure expected as printed;
- a cell plainly misprinted, expected AS PRINTED: a 款 total 10.00 too high (a3 支出总表 20805 '188.12 178.12'
  with its 项 all basic, so 178.12 is basic as a human reads it; a8 一般公共预算 20138 项目支出 5,441,610.00); two
  digits swapped (a5 一般公共预算支出表 2040604 合计 1,268,500.00 beside 项目支出 1,286,500.00 — the 支出总表 prints it
  right; a1 三公 合计 16.80 for 18.60; a4 三公 决算 合计 9.07 for 9.70); a7 三公 合计 7.50 for 5.70 ... (→ 三公 合计 ≠
  出国 + 车 + 接待 in a1, a4, a7);
- a two-sided summary whose sides differ: a2 收入支出决算总表 支出 总计 14,204,860.32 vs 收入 总计 14,024,860.32 (元,
  both labelled 总计); a6 收入 本年收入合计 and 总计 2,396.37 vs 支出 2,369.37 (万元);
- a 财政拨款收支总表 whose total disagrees with the 一般公共预算支出表 合计: a5 本年支出合计 12,386,999.35 (both
  money columns) vs 12,368,999.35 (also ≠ Σ 类 and ≠ 支出总计); a8 本年支出合计 21,940,160.16 vs 21,904,160.16;
- a row printed twice at a page break (the last row of a page again at the top of the next, under the repeated
  header, same figures): a2 支出决算表 2080505 (plain 元), a5 基本支出表 30113 (layout 元), a7 支出总表 2070109 (PDF).
  EXPECTED ONCE: it is one row of the table printed twice by the typesetter (same code, same figures); a second
  loading of it is SPURIOUS (it would double the row in any sum); a diagnostic saying so is welcome;
- a row MISSING at a page break (the figures nowhere): a4 一般公共预算财政拨款支出决算表 2240108 (款 22401 ≠ Σ 项),
  a8 收入决算表 2013805 (款 20138 ≠ Σ 项): nothing expected for it, every printed row as printed;
- a 类 row whose 款 / 项 are all missing: a4 支出决算表 221 (its figures expected under 221), a7 一般公共预算支出表 221;
- a blank 合计 row (the label printed, no figures): a1 基本支出表 (plain: a lone '合计' line above '301 工资福利支出
  …' — it must not become a piece of 301's name), a6 收入决算表 (layout): nothing expected for it, a figure loaded
  there (e.g. a computed sum) is SPURIOUS;
- a 合计 row printed at the top and again at the bottom with the same figures: a3 部门收入总表 (plain), a6 支出决算表
  (layout): EXPECTED ONCE (as a row printed twice);
- a 合计 printed LAST that repeats the row above it (the typesetter copied the last row): a3 基本支出表 '合计 6.85
  6.85' under 31002 '6.85 6.85' (plain), a8 支出决算表 合计 = 2210201's figures (PDF): expected as printed under 合计.

Not reviewed here: the 说明's claims (the narrative restates the true sums; rules_s34b / s34e review claims).
Format: per input note, kind, tables (../review_check.py format; 0.00 printed as "0.00?", a blank cell no
expectation), and BROKEN as above."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s35b_lib import build  # noqa: E402

DOCS = {}

# ------------------------------------------------------------------------------------------ a1 plain 万元 budget
DOCS["a1_hubei_huangpi_jtysj_2025_budget.txt"] = dict(
    note="plain 湖北2025 部门预算 (万元 from 元 leaves): 类 = Σ 款 off by the rounding; 三公 合计 misprinted "
    "(16.80 for 18.60, two digits swapped: 合计 ≠ items); 基本支出表 合计 row with its label and blank figures",
    kind="budget",
    format="plain",
    org="武汉市黄陂区交通运输局",
    year=2025,
    unit="万元",
    zero="",
    date="2025年2月",
    duty="贯彻执行国家、省、市交通运输法律法规和方针政策，负责全区公路、水路交通运输行业管理，组织实施农村公路建设、养护和管理，"
    "负责道路运输市场监管和交通运输安全生产监督管理工作。",
    leaves={
        "2080501": ("236,845.52", "0"),
        "2080505": ("1,286,453.27", "0"),
        "2080506": ("514,581.31", "0"),
        "2101101": ("642,318.46", "0"),
        "2101103": ("128,463.69", "0"),
        "2140101": ("9,864,125.38", "386,400.00"),
        "2140104": ("0", "12,680,000.00", "2,150,000.00"),
        "2140106": ("0", "5,842,316.75"),
        "2140112": ("1,426,857.19", "264,500.00"),
        "2210201": ("1,135,742.36", "0"),
        "2210203": ("286,415.87", "0"),
    },
    econ={
        "30101": "3,425,400.00",
        "30102": "3,046,300.00",
        "30103": "612,500.00",
        "30107": "2,564,800.00",
        "30108": "1,286,453.27",
        "30109": "514,581.31",
        "30110": "642,318.46",
        "30111": "128,463.69",
        "30113": "1,135,742.36",
        "30199": "186,200.00",
        "30201": "286,400.00",
        "30205": "32,600.00",
        "30206": "118,500.00",
        "30211": "96,300.00",
        "30213": "142,800.00",
        "30217": "58,000.00",
        "30228": "186,420.00",
        "30231": "128,000.00",
        "30299": None,
        "30302": "523,261.39",
    },
    sangong=dict(budget=("0", "0", "12.80", "5.80")),
    misprints=[
        ("set", "sangong", "budget", "total", "16.80"),
        ("blank_total", "general_budget_basic_by_economic"),
    ],
)

# ------------------------------------------------------------------------------------------ a2 plain 元 final
DOCS["a2_hunan_kaifu_mzj_2024_final.txt"] = dict(
    note="plain 湖南2024 部门决算 (元, zeros 0.00): 支出决算表 row 2080505 printed twice at a page break (last row of "
    "page, again at the top of the next under the repeated header); 收入支出决算总表 支出 总计 misprinted (two digits "
    "swapped: the two sides differ)",
    kind="final_account",
    format="plain",
    org="长沙市开福区民政局",
    year=2024,
    unit="元",
    zero="0.00",
    date="2025年9月",
    duty="贯彻落实国家和省、市关于民政工作的方针政策，负责社会救助、养老服务、社区治理、社会事务和慈善事业等工作。",
    leaves={
        "2080201": ("4,862,315.20", "356,000.00"),
        "2080208": ("0", "1,250,000.00"),
        "2080501": ("628,400.00", "0"),
        "2080505": ("712,436.80", "0"),
        "2080506": ("284,974.72", "0"),
        "2080801": ("0", "186,500.00"),
        "2081002": ("0", "3,648,200.00", "420,000.00"),
        "2081004": ("0", "965,300.00"),
        "2101101": ("356,218.40", "0"),
        "2210201": ("628,915.20", "0"),
        "2210203": ("145,600.00", "0"),
    },
    econ={
        "30101": "1,986,400.00",
        "30102": "1,425,600.00",
        "30103": "263,500.00",
        "30107": "842,300.00",
        "30108": "712,436.80",
        "30109": "284,974.72",
        "30110": "356,218.40",
        "30113": "628,915.20",
        "30201": "86,400.00",
        "30205": "12,600.00",
        "30206": "46,800.00",
        "30211": "38,500.00",
        "30213": "52,000.00",
        "30217": "17,200.00",
        "30228": "78,420.00",
        "30231": "58,600.00",
        "30299": None,
        "30301": "186,000.00",
        "30302": "442,400.00",
    },
    sangong=dict(budget=("0", "0", "6.50", "2.40"), actual=("0", "0", "5.86", "1.72")),
    misprints=[
        ("split", "expenditure_by_function", "2080505", "dup"),
        ("set", "income_expenditure_summary", "总计", "expenditure", "14,204,860.32"),
    ],
)

# ------------------------------------------------------------------------------------------ a3 plain 万元 budget
DOCS["a3_jiangxi_qingshanhu_wjw_2025_budget.txt"] = dict(
    note="plain 江西2025 部门预算 (万元): 基本支出表 合计 printed LAST repeating the row above it (31002's figures); "
    "部门支出总表 款 20805 total 10.00 too high; 部门收入总表 合计 printed at the top and again at the bottom",
    kind="budget",
    format="plain",
    org="南昌市青山湖区卫生健康委员会",
    year=2025,
    unit="万元",
    zero="",
    date="2025年2月",
    duty="贯彻执行国家卫生健康工作方针政策和法律法规，统筹规划全区卫生健康资源配置，负责疾病预防控制、医疗卫生服务监管、"
    "妇幼健康、老龄健康和计划生育服务管理等工作。",
    leaves={
        "2080502": ("425,300.00", "0"),
        "2080505": ("968,500.00", "0"),
        "2080506": ("387,400.00", "0"),
        "2100101": ("5,326,400.00", "426,000.00"),
        "2100199": ("0", "1,862,350.00"),
        "2100401": ("3,862,100.00", "1,254,600.00", "320,000.00"),
        "2100409": ("0", "4,286,300.00"),
        "2100717": ("0", "1,568,420.00"),
        "2101101": ("312,500.00", "0"),
        "2101102": ("486,200.00", "0"),
        "2210201": ("1,052,900.00", "0"),
    },
    econ={
        "30101": "2,386,500.00",
        "30102": "1,642,800.00",
        "30103": "386,400.00",
        "30107": "2,486,300.00",
        "30108": "968,500.00",
        "30109": "387,400.00",
        "30110": "312,500.00",
        "30112": "486,200.00",
        "30113": "1,052,900.00",
        "30201": "126,500.00",
        "30205": "24,600.00",
        "30206": "86,300.00",
        "30211": "46,800.00",
        "30213": "68,400.00",
        "30217": "32,000.00",
        "30228": "112,600.00",
        "30231": "85,000.00",
        "30299": None,
        "30302": "425,300.00",
        "31002": "68,500.00",
    },
    sangong=dict(budget=("0", "0", "8.50", "3.20")),
    misprints=[
        ("set", "expenditure_by_function", "20805", "total", "188.12"),
        ("total_copy", "general_budget_basic_by_economic"),
        ("total_bottom", "income_by_function"),
    ],
)

# ------------------------------------------------------------------------------------------ a4 layout 万元 final
DOCS["a4_guangxi_qingxiu_yjglj_2023_final.layout.txt"] = dict(
    note="layout 广西2023 部门决算 (万元): 一般公共预算财政拨款支出决算表 row 2240108 MISSING at a page break (款 22401 ≠ Σ "
    "项); 支出决算表 类 221 printed without its 款 / 项; 三公 决算数 合计 misprinted (≠ 出国 + 车 + 接待)",
    kind="final_account",
    format="layout",
    org="南宁市青秀区应急管理局",
    year=2023,
    unit="万元",
    zero="",
    date="2024年9月",
    duty="负责全区应急管理工作，指导各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作，负责安全生产综合监督管理"
    "和工矿商贸行业安全生产监督管理工作。",
    leaves={
        "2080505": ("486,300.00", "0"),
        "2080506": ("194,500.00", "0"),
        "2101101": ("246,800.00", "0"),
        "2210201": ("438,700.00", "0"),
        "2210203": ("96,500.00", "0"),
        "2240101": ("4,126,400.00", "286,400.00"),
        "2240106": ("0", "1,658,320.00"),
        "2240108": ("0", "2,346,800.00", "380,000.00"),
        "2240109": ("0", "865,400.00"),
        "2240703": ("0", "1,426,500.00"),
    },
    econ={
        "30101": "1,286,400.00",
        "30102": "942,600.00",
        "30103": "186,300.00",
        "30107": "726,500.00",
        "30108": "486,300.00",
        "30109": "194,500.00",
        "30110": "246,800.00",
        "30113": "438,700.00",
        "30201": "68,400.00",
        "30205": "8,600.00",
        "30206": "32,500.00",
        "30211": "42,300.00",
        "30213": "36,800.00",
        "30217": "9,600.00",
        "30228": "56,420.00",
        "30231": "87,400.00",
        "30299": None,
        "30302": "96,500.00",
    },
    sangong=dict(budget=("0", "0", "9.60", "1.50"), actual=("0", "0", "8.74", "0.96")),
    misprints=[
        ("split", "general_budget_by_function", "2240106", "drop"),
        ("drop_kids", "expenditure_by_function", "221"),
        ("set", "sangong", "actual", "total", "9.07"),
    ],
)

# ------------------------------------------------------------------------------------------ a5 layout 元 budget
DOCS["a5_anhui_baohe_sfj_2026_budget.layout.txt"] = dict(
    note="layout 安徽2026 部门预算 (元; 三公 in 万元): 一般公共预算支出表 2040604 合计 with two digits swapped "
    "(1,268,500.00 for 1,286,500.00); 财政拨款收支总表 本年支出合计 misprinted (≠ Σ 类, ≠ the 一般公共预算支出表's 合计); "
    "基本支出表 row 30113 printed twice at a page break",
    kind="budget",
    format="layout",
    org="合肥市包河区司法局",
    year=2026,
    unit="元",
    zero="",
    date="2026年2月",
    duty="贯彻落实党中央关于全面依法治国的决策部署，承担全面依法治区的统筹协调，负责普法宣传、人民调解、社区矫正、"
    "公共法律服务体系建设和律师、公证、司法鉴定等法律服务行业的指导监督工作。",
    leaves={
        "2040601": ("6,842,316.00", "312,000.00"),
        "2040604": ("0", "1,286,500.00"),
        "2040605": ("0", "368,000.00"),
        "2040610": ("0", "742,600.00", "120,000.00"),
        "2040612": ("0", "526,800.00"),
        "2080505": ("812,645.12", "0"),
        "2080506": ("325,058.05", "0"),
        "2101101": ("408,261.30", "0"),
        "2210201": ("736,418.88", "0"),
        "2210202": ("128,400.00", "0"),
    },
    econ={
        "30101": "2,168,400.00",
        "30102": "1,826,500.00",
        "30103": "412,300.00",
        "30107": "1,468,200.00",
        "30108": "812,645.12",
        "30109": "325,058.05",
        "30110": "408,261.30",
        "30113": "736,418.88",
        "30201": "96,500.00",
        "30205": "12,400.00",
        "30206": "52,800.00",
        "30211": "46,200.00",
        "30213": "38,600.00",
        "30217": "26,000.00",
        "30228": "98,640.00",
        "30231": "60,000.00",
        "30299": None,
        "30302": "128,400.00",
    },
    sangong=dict(budget=("0", "0", "6.00", "2.60")),
    misprints=[
        ("set", "general_budget_by_function", "2040604", "total", "1,268,500.00"),
        ("set", "fiscal_summary", "本年支出合计", "expenditure", "12,386,999.35"),
        ("set", "fiscal_summary", "本年支出合计", "expenditure_general_public", "12,386,999.35"),
        ("split", "general_budget_basic_by_economic", "30113", "dup"),
    ],
)

# ------------------------------------------------------------------------------------------ a6 layout 万元 final
DOCS["a6_fujian_jinan_cgj_2024_final.layout.txt"] = dict(
    note="layout 福建2024 部门决算 (万元): 支出决算表 合计 printed at the top AND again at the bottom; 收入支出决算总表 "
    "收入 side 本年收入合计 and 总计 misprinted (the two sides differ); 收入决算表 合计 with its label and blank "
    "figures; rounding (类 = Σ 款 ± 0.01)",
    kind="final_account",
    format="layout",
    org="福州市晋安区城市管理局",
    year=2024,
    unit="万元",
    zero="",
    date="2025年9月",
    duty="贯彻执行城市管理方面的法律法规和政策，负责全区市容环境卫生、市政公用设施、园林绿化的监督管理，"
    "集中行使城市管理领域行政处罚权。",
    leaves={
        "2080502": ("186,300.00", "0"),
        "2080505": ("745,216.37", "0"),
        "2080506": ("298,086.55", "0"),
        "2101101": ("368,524.19", "0"),
        "2101102": ("126,813.73", "0"),
        "2120101": ("5,642,318.46", "526,400.00"),
        "2120104": ("2,186,435.27", "1,862,300.00"),
        "2120199": ("0", "2,436,815.33", "260,000.00"),
        "2120501": ("0", "8,642,157.68"),
        "2210201": ("672,314.58", "0"),
    },
    econ={
        "30101": "2,486,300.00",
        "30102": "1,986,400.00",
        "30103": "426,500.00",
        "30107": "1,862,300.00",
        "30108": "745,216.37",
        "30109": "298,086.55",
        "30110": "368,524.19",
        "30112": "126,813.73",
        "30113": "672,314.58",
        "30201": "112,600.00",
        "30205": "18,600.00",
        "30206": "76,400.00",
        "30211": "52,300.00",
        "30213": "86,500.00",
        "30217": "18,600.00",
        "30228": "98,420.00",
        "30231": "146,200.00",
        "30299": None,
        "30302": "186,300.00",
    },
    sangong=dict(budget=("0", "0", "16.00", "2.50"), actual=("0", "0", "14.62", "1.86")),
    misprints=[
        ("total_bottom", "expenditure_by_function"),
        ("set", "income_expenditure_summary", "本年收入合计", "income", "2,396.37"),
        ("set", "income_expenditure_summary", "总计", "income", "2,396.37"),
        ("blank_total", "income_by_function"),
    ],
)

# ------------------------------------------------------------------------------------------ a7 PDF 万元 budget
DOCS["a7_shaanxi_weiyang_wlj_2025_budget.pdf"] = dict(
    note="PDF 陕西2025 部门预算 (万元): 部门支出总表 row 2070109 printed twice at a page break; 一般公共预算支出表 类 221 "
    "printed without its 款 / 项; 三公 合计 misprinted; rounding (类 = Σ 款 ± 0.01-0.02)",
    kind="budget",
    format="pdf",
    org="西安市未央区文化和旅游局",
    year=2025,
    unit="万元",
    zero="",
    date="2025年2月",
    duty="贯彻落实党的文化工作方针政策，统筹规划全区文化事业、文化产业和旅游业发展，负责公共文化服务体系建设、"
    "文化和旅游市场监管、非物质文化遗产保护等工作。",
    leaves={
        "2070101": ("4,268,150.00", "216,000.00"),
        "2070104": ("1,862,450.00", "648,300.00"),
        "2070109": ("0", "1,286,450.00"),
        "2070111": ("0", "2,158,650.00", "300,000.00"),
        "2070112": ("0", "486,250.00"),
        "2080505": ("586,342.77", "0"),
        "2080506": ("234,537.11", "0"),
        "2101101": ("294,816.53", "0"),
        "2101102": ("86,427.19", "0"),
        "2210201": ("512,463.35", "0"),
        "2210203": ("126,300.00", "0"),
    },
    econ={
        "30101": "1,862,400.00",
        "30102": "1,426,300.00",
        "30103": "286,500.00",
        "30107": "1,386,200.00",
        "30108": "586,342.77",
        "30109": "234,537.11",
        "30110": "294,816.53",
        "30112": "86,427.19",
        "30113": "512,463.35",
        "30201": "86,400.00",
        "30205": "16,800.00",
        "30206": "62,400.00",
        "30211": "38,600.00",
        "30213": "42,800.00",
        "30217": "12,000.00",
        "30228": "76,420.00",
        "30231": "36,000.00",
        "30299": None,
        "30302": "126,300.00",
    },
    sangong=dict(budget=("0", "0", "4.50", "1.20")),
    misprints=[
        ("split", "expenditure_by_function", "2070109", "dup"),
        ("drop_kids", "general_budget_by_function", "221"),
        ("set", "sangong", "budget", "total", "7.50"),
    ],
)

# ------------------------------------------------------------------------------------------ a8 PDF 元 final
DOCS["a8_hebei_qiaoxi_scjgj_2023_final.pdf"] = dict(
    note="PDF 河北2023 部门决算 (元, zeros 0.00): 支出决算表 合计 printed LAST repeating the row above it; 收入决算表 "
    "row 2013805 MISSING at a page break; 财政拨款收入支出决算总表 本年支出合计 misprinted (≠ 一般公共预算 table's 合计); "
    "一般公共预算财政拨款支出决算表 款 20138 项目支出 10.00 too high",
    kind="final_account",
    format="pdf",
    org="石家庄市桥西区市场监督管理局",
    year=2023,
    unit="元",
    zero="0.00",
    date="2024年9月",
    duty="负责全区市场综合监督管理，承担市场主体登记注册、市场秩序监管执法、产品质量和食品药品安全监督管理、"
    "计量标准化和知识产权保护等工作。",
    leaves={
        "2013801": ("12,468,315.20", "862,000.00"),
        "2013804": ("0", "486,500.00"),
        "2013805": ("0", "1,325,600.00"),
        "2013810": ("0", "648,300.00", "150,000.00"),
        "2013812": ("0", "412,800.00"),
        "2013816": ("0", "1,856,400.00"),
        "2080505": ("1,426,318.40", "0"),
        "2080506": ("570,527.36", "0"),
        "2101101": ("712,436.80", "0"),
        "2210201": ("1,284,962.40", "0"),
    },
    econ={
        "30101": "4,126,300.00",
        "30102": "3,286,400.00",
        "30103": "686,500.00",
        "30107": "2,864,200.00",
        "30108": "1,426,318.40",
        "30109": "570,527.36",
        "30110": "712,436.80",
        "30113": "1,284,962.40",
        "30201": "186,400.00",
        "30205": "26,800.00",
        "30206": "126,500.00",
        "30211": "86,300.00",
        "30213": "96,400.00",
        "30217": "16,800.00",
        "30228": "186,420.00",
        "30231": "168,000.00",
        "30299": None,
        "30302": "312,600.00",
    },
    sangong=dict(budget=("0", "0", "18.00", "2.00"), actual=("0", "0", "16.42", "1.38")),
    misprints=[
        ("total_copy", "expenditure_by_function"),
        ("split", "income_by_function", "2013804", "drop"),
        ("set", "fiscal_summary", "本年支出合计", "expenditure", "21,940,160.16"),
        ("set", "fiscal_summary", "本年支出合计", "expenditure_general_public", "21,940,160.16"),
        ("set", "general_budget_by_function", "20138", "project", "5,441,610.00"),
    ],
)

BROKEN = {  # per input: the identities its print breaks ('≈ ': the printed rounding only)
    "a1_hubei_huangpi_jtysj_2025_budget.txt": [
        "general_budget_basic_by_economic 合计: figures blank",  # label printed, no figures
        "sangong budget: 合计 = 出国 + 车 + 接待",  # : 16.80 vs 18.60
        "≈ expenditure_by_function 22102 basic: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ expenditure_by_function 22102 total: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ expenditure_by_function 合计 basic: = Σ children",  # 合计 / Σ 208,210,214,221: 1,552.18 vs 1,552.19
        "≈ expenditure_by_function 合计 total: = Σ children",  # 合计 / Σ 208,210,214,221: 3,469.50 vs 3,469.51
        "≈ fiscal_summary 本年支出合计 expenditure: = Σ 类",  # : 3,254.50 vs 3,254.51
        "≈ fiscal_summary 本年支出合计 expenditure_general_public: = Σ 类",  # : 3,254.50 vs 3,254.51
        "≈ general_budget_by_function 22102 basic: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ general_budget_by_function 22102 total: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ general_budget_by_function 合计 basic: = Σ children",  # 合计 / Σ 208,210,214,221: 1,552.18 vs 1,552.19
        "≈ general_budget_by_function 合计 total: = Σ children",  # 合计 / Σ 208,210,214,221: 3,254.50 vs 3,254.51
        "≈ income_by_function 22102 general_public: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ income_by_function 22102 total: = Σ children",  # 22102 / Σ 2210201,2210203: 142.22 vs 142.21
        "≈ income_by_function 合计 general_public: = Σ children",  # 合计 / Σ 208,210,214,221: 3,254.50 vs 3,254.51
        "≈ income_by_function 合计 total: = Σ children",  # 合计 / Σ 208,210,214,221: 3,469.50 vs 3,469.51
        "≈ income_expenditure_summary 本年支出合计 expenditure: = Σ 类",  # : 3,469.50 vs 3,469.51
    ],
    "a2_hunan_kaifu_mzj_2024_final.txt": [
        "expenditure_by_function 2080505: printed twice",  # at a page break, same figures
        "income_expenditure_summary 总计 = 总计: two sides",  # income / expenditure: 14,024,860.32 vs 14,204,860.32
        "income_expenditure_summary 总计: = 本年支出合计 + 结转",  # : 14,204,860.32 vs 14,024,860.32
    ],
    "a3_jiangxi_qingshanhu_wjw_2025_budget.txt": [
        "cross 一般公共预算支出表 basic = 基本支出表 合计",  # : 1,282.13 vs 6.85
        "expenditure_by_function 208 total: = Σ children",  # 208 / Σ 20805: 178.12 vs 188.12
        "expenditure_by_function 20805 total: = Σ children",  # 20805 / Σ 2080502,2080505,2080506: 188.12 vs 178.12
        "expenditure_by_function 20805 total: total = Σ parts",  # total / parts: 188.12 vs 178.12
        "general_budget_basic_by_economic 合计 personnel: = Σ children",  # 合计 / Σ 301,302,303,310: 0.00 vs 1,053.48
        "general_budget_basic_by_economic 合计 public_funds: = Σ children",  # 合计 / Σ 301,302,303,310: 6.85 vs 228.65
        "general_budget_basic_by_economic 合计 total: = Σ children",  # 合计 / Σ 301,302,303,310: 6.85 vs 1,282.13
        "income_by_function 合计: printed twice",  # same figures
    ],
    "a4_guangxi_qingxiu_yjglj_2023_final.layout.txt": [
        "expenditure_by_function 221: 类 without 款",  # no 款 / 项 printed under it
        "general_budget_by_function 22401 project: = Σ children",  # 22401 / Σ 2240101,2240106,2240109: 477.69 vs 281.01
        "general_budget_by_function 22401 total: = Σ children",  # 22401 / Σ 2240101,2240106,2240109: 890.33 vs 693.65
        "sangong actual: 合计 = 出国 + 车 + 接待",  # : 9.07 vs 9.70
    ],
    "a5_anhui_baohe_sfj_2026_budget.layout.txt": [
        "cross fiscal_summary 本年支出合计 = 一般公共预算支出表 合计",  # : 12,386,999.35 vs 12,368,999.35
        "fiscal_summary 支出总计: = 本年支出合计 + 结转",  # : 12,368,999.35 vs 12,386,999.35
        "fiscal_summary 本年支出合计 expenditure: = Σ 类",  # : 12,386,999.35 vs 12,368,999.35
        "fiscal_summary 本年支出合计 expenditure_general_public: = Σ 类",  # : 12,386,999.35 vs 12,368,999.35
        "general_budget_basic_by_economic 30113: printed twice",  # at a page break, same figures
        "general_budget_by_function 20406 total: = Σ children",  # 20406 / Σ 2040601,2040604,2040605,2040610,2040612: 9,958,216.00 vs 9,940,216.00
        "general_budget_by_function 2040604 total: total = Σ parts",  # total / parts: 1,268,500.00 vs 1,286,500.00
    ],
    "a6_fujian_jinan_cgj_2024_final.layout.txt": [
        "expenditure_by_function 合计: printed twice",  # same figures
        "income_by_function 合计: figures blank",  # label printed, no figures
        "income_expenditure_summary 总计 = 总计: two sides",  # income / expenditure: 2,396.37 vs 2,369.37
        "income_expenditure_summary 本年收入合计: = Σ income items",  # : 2,396.37 vs 2,369.37
        "≈ expenditure_by_function 212 total: = Σ children",  # 212 / Σ 21201,21205: 2,129.64 vs 2,129.65
        "≈ expenditure_by_function 212 total: total = Σ parts",  # total / parts: 2,129.64 vs 2,129.65
        "≈ expenditure_by_function 21201 basic: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 782.88 vs 782.87
        "≈ expenditure_by_function 21201 total: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 1,265.43 vs 1,265.42
        "≈ expenditure_by_function 合计 total: = Σ children",  # 合计 / Σ 208,210,212,221: 2,369.37 vs 2,369.36
        "≈ fiscal_summary 本年支出合计 expenditure: = Σ 类",  # : 2,343.37 vs 2,343.36
        "≈ fiscal_summary 本年支出合计 expenditure_general_public: = Σ 类",  # : 2,343.37 vs 2,343.36
        "≈ general_budget_basic_by_economic 301 personnel: = Σ children",  # 301 / Σ 30101,30102,30103,30107,30108,30109,30110,30112,30113: 897.25 vs 897.24
        "≈ general_budget_basic_by_economic 301 total: = Σ children",  # 301 / Σ 30101,30102,30103,30107,30108,30109,30110,30112,30113: 897.25 vs 897.24
        "≈ general_budget_basic_by_economic 302 public_funds: = Σ children",  # 302 / Σ 30201,30205,30206,30211,30213,30217,30228,30231,30299: 106.73 vs 106.72
        "≈ general_budget_basic_by_economic 302 total: = Σ children",  # 302 / Σ 30201,30205,30206,30211,30213,30217,30228,30231,30299: 106.73 vs 106.72
        "≈ general_budget_basic_by_economic 合计 total: = Σ children",  # 合计 / Σ 301,302,303: 1,022.60 vs 1,022.61
        "≈ general_budget_basic_by_economic 合计 total: total = Σ parts",  # total / parts: 1,022.60 vs 1,022.61
        "≈ general_budget_by_function 212 total: = Σ children",  # 212 / Σ 21201,21205: 2,103.64 vs 2,103.65
        "≈ general_budget_by_function 212 total: total = Σ parts",  # total / parts: 2,103.64 vs 2,103.65
        "≈ general_budget_by_function 21201 basic: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 782.88 vs 782.87
        "≈ general_budget_by_function 21201 total: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 1,239.43 vs 1,239.42
        "≈ general_budget_by_function 合计 total: = Σ children",  # 合计 / Σ 208,210,212,221: 2,343.37 vs 2,343.36
        "≈ income_by_function 212 fiscal_appropriation: = Σ children",  # 212 / Σ 21201,21205: 2,103.64 vs 2,103.65
        "≈ income_by_function 212 total: = Σ children",  # 212 / Σ 21201,21205: 2,129.64 vs 2,129.65
        "≈ income_by_function 21201 fiscal_appropriation: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 1,239.43 vs 1,239.42
        "≈ income_by_function 21201 total: = Σ children",  # 21201 / Σ 2120101,2120104,2120199: 1,265.43 vs 1,265.42
        "≈ income_expenditure_summary 本年支出合计 expenditure: = Σ 类",  # : 2,369.37 vs 2,369.36
    ],
    "a7_shaanxi_weiyang_wlj_2025_budget.pdf": [
        "expenditure_by_function 2070109: printed twice",  # at a page break, same figures
        "general_budget_by_function 221: 类 without 款",  # no 款 / 项 printed under it
        "sangong budget: 合计 = 出国 + 车 + 接待",  # : 7.50 vs 5.70
        "≈ expenditure_by_function 20701 basic: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 613.06 vs 613.07
        "≈ expenditure_by_function 20701 project: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 479.57 vs 479.58
        "≈ expenditure_by_function 20701 total: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 1,092.63 vs 1,092.65
        "≈ expenditure_by_function 20805 basic: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ expenditure_by_function 20805 total: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ expenditure_by_function 合计 total: = Σ children",  # 合计 / Σ 207,208,210,221: 1,276.71 vs 1,276.72
        "≈ expenditure_by_function 合计 total: total = Σ parts",  # total / parts: 1,276.71 vs 1,276.72
        "≈ fiscal_summary 本年支出合计 expenditure: = Σ 类",  # : 1,246.71 vs 1,246.72
        "≈ fiscal_summary 本年支出合计 expenditure_general_public: = Σ 类",  # : 1,246.71 vs 1,246.72
        "≈ general_budget_basic_by_economic 301 personnel: = Σ children",  # 301 / Σ 30101,30102,30103,30107,30108,30109,30110,30112,30113: 667.60 vs 667.59
        "≈ general_budget_basic_by_economic 301 total: = Σ children",  # 301 / Σ 30101,30102,30103,30107,30108,30109,30110,30112,30113: 667.60 vs 667.59
        "≈ general_budget_by_function 20701 basic: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 613.06 vs 613.07
        "≈ general_budget_by_function 20701 project: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 449.57 vs 449.58
        "≈ general_budget_by_function 20701 total: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 1,062.63 vs 1,062.65
        "≈ general_budget_by_function 20805 basic: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ general_budget_by_function 20805 total: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ general_budget_by_function 合计 total: = Σ children",  # 合计 / Σ 207,208,210,221: 1,246.71 vs 1,246.72
        "≈ general_budget_by_function 合计 total: total = Σ parts",  # total / parts: 1,246.71 vs 1,246.72
        "≈ income_by_function 20701 general_public: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 1,062.63 vs 1,062.65
        "≈ income_by_function 20701 total: = Σ children",  # 20701 / Σ 2070101,2070104,2070109,2070111,2070112: 1,092.63 vs 1,092.65
        "≈ income_by_function 20805 general_public: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ income_by_function 20805 total: = Σ children",  # 20805 / Σ 2080505,2080506: 82.09 vs 82.08
        "≈ income_by_function 合计 general_public: = Σ children",  # 合计 / Σ 207,208,210,221: 1,246.71 vs 1,246.72
        "≈ income_by_function 合计 total: = Σ children",  # 合计 / Σ 207,208,210,221: 1,276.71 vs 1,276.72
        "≈ income_expenditure_summary 本年支出合计 expenditure: = Σ 类",  # : 1,276.71 vs 1,276.72
    ],
    "a8_hebei_qiaoxi_scjgj_2023_final.pdf": [
        "cross fiscal_summary 本年支出合计 = 一般公共预算支出表 合计",  # : 21,940,160.16 vs 21,904,160.16
        "cross income_expenditure_summary 本年支出合计 = 支出表 合计",  # : 22,054,160.16 vs 1,284,962.40
        "cross 支出表 basic = 一般公共预算支出表 basic",  # : 1,284,962.40 vs 16,462,560.16
        "cross 收入表 合计 = 支出表 合计",  # : 22,054,160.16 vs 1,284,962.40
        "expenditure_by_function 合计 basic: = Σ children",  # 合计 / Σ 201,208,210,221: 1,284,962.40 vs 16,462,560.16
        "expenditure_by_function 合计 project: = Σ children",  # 合计 / Σ 201,208,210,221: 0.00 vs 5,591,600.00
        "expenditure_by_function 合计 total: = Σ children",  # 合计 / Σ 201,208,210,221: 1,284,962.40 vs 22,054,160.16
        "fiscal_summary 总计: = 本年支出合计 + 结转",  # : 21,904,160.16 vs 21,940,160.16
        "fiscal_summary 本年支出合计 expenditure: = Σ 类",  # : 21,940,160.16 vs 21,904,160.16
        "fiscal_summary 本年支出合计 expenditure_general_public: = Σ 类",  # : 21,940,160.16 vs 21,904,160.16
        "general_budget_by_function 201 project: = Σ children",  # 201 / Σ 20138: 5,441,600.00 vs 5,441,610.00
        "general_budget_by_function 20138 project: = Σ children",  # 20138 / Σ 2013801,2013804,2013805,2013810,2013812,2013816: 5,441,610.00 vs 5,441,600.00
        "general_budget_by_function 20138 total: total = Σ parts",  # total / parts: 17,909,915.20 vs 17,909,925.20
        "income_by_function 20138 fiscal_appropriation: = Σ children",  # 20138 / Σ 2013801,2013804,2013810,2013812,2013816: 17,909,915.20 vs 16,584,315.20
        "income_by_function 20138 total: = Σ children",  # 20138 / Σ 2013801,2013804,2013810,2013812,2013816: 18,059,915.20 vs 16,734,315.20
    ],
}

BUILT = {name: build(doc) for name, doc in DOCS.items()}
for _name, _b in BUILT.items():
    _typed, _got = set(BROKEN.get(_name, ())), set(_b["broken"])
    if os.environ.get("S35B_SHOW"):
        print(_name)
        for _k in sorted(_got):
            print(f"        {_k!r},  # {_b['broken'][_k]}")
        continue
    assert _typed == _got, (_name, "typed only", sorted(_typed - _got), "printed only", sorted(_got - _typed))

EXPECTED = {
    name: dict(
        note=doc["note"], kind=doc["kind"], tables=BUILT[name]["tables"], broken=sorted(BROKEN.get(name, ()))
    )
    for name, doc in DOCS.items()
}
