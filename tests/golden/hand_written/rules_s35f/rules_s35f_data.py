"""Expected readings of the rules_s35f inputs: eight WHOLE reports (four 部门预算, four 部门决算) as the text an OCR engine
gives of a SCANNED report (Tesseract / PaddleOCR / a scanned PDF's text layer): four plain texts (.txt, a row's words on
one line, blank cells dropped) and four texts with positions kept (.layout.txt, each word at the character index of its
column, as pdftotext -layout prints). Each is a cover, a 目录, a 说明 with figures, every table of its template and a
名词解释, printed by rules_s33c's printer (s35f_print.py) from rules_s33c's builder (s35f_lib.py), then the errors OCR
really makes planted by s35f_lib.ocr(), kept rare (8-16 a document) so that a reader can still use the document.

Shapes attacked (documents; every document carries several):
- digits misread inside figures: O / o for 0 (all), l for 1 (all), S for 5 (b1, f1, f3, f4), B for 8 (all);
- separators misread: a comma read as a point (1.463.57 b1; 5.640.000.00 b2; 221.180.00 f2; 4,799.702.00 f3), a point read
  as a comma (10,50 b1; 45,000,00 b2; 3,939,99 b3 说明; 7,72 f1; 2,755,91 f4), as a space (1,250,000 00 f2; 238 00 f4),
  or lost (8600 b1; 3,600,00000 and 196820000 b3; 72158 b4; 2960 f1; 1,264,24000 f3), a space inside (1 062,400.00 b2;
  269 .64 b4);
- a minus sign lost (14.40 for -14.40) and doubled (--14.40) on a negative 收入决算表 row (f1: 2100409, its 结转 used);
- two cells run together (1,260,000.001,260,000.00 b3; 16,800.0016,800.00 f3), a cell dropped (b2, b4, f2, f4 layout);
- 科目编码 misread (2O80505, 2080S06 b1; 2296O02 b2; 213O119, 2130l26 b3; 3O109, 210ll01 b4; 21011O2 f1; 22l0201, 2146O f2;
  301O8, 2O40605 f3; 21369O2, 2l369 f4) or split by a space (2082 001 b2; 2100 717 f1);
- CJK misreads: 收人 for 收入 (b1, b3, f1, f2, f3), 年未 for 年末 (f1), 拔款 for 拨款 (b2, f1), 木年 for 本年 (b4), 基木支出
  (b1, f4), 合汁 for 合计 (b2, f2, f3 headers; f2's 本年支出合汁 label), 人员经货 (b4), 支岀 (f1), 结佘 (f4), 万兀 (b2 说明);
- table lines: vertical rulings read as "|" (plain: every cell between bars, blank cells as "| |"; layout: a bar at every
  column boundary) in b1 (三公, 政府性基金), b2 (基本支出表), b3 (三公), b4 (收支总表, 一般公共预算支出表), f1 (三公), f2
  (收入决算表), f3 (三公, 一般公共预算支出表), f4 (支出决算表); horizontal rulings read as a line of "一" after the header
  and every 4th row (one table in each document, two in f4);
- page furniture: footers 第l2页 / 第S页 / ~ S ~ (and "~ 6 ~" footers in b2), junk lines at pages' tops (·, ’ ，, 。, |, 一).

Expectations (../review_check.py's format, read from the printed strings, never from the parser): every figure printed
CLEANLY is expected as printed, under its table, code, row label and column; a row whose CODE was misread or split is
still expected under its true code (the code column holds digits only; the codes around it confirm it), a row whose LABEL
was misread is expected under the label as printed, a column whose HEADER was misread keeps its key; a figure the OCR
corrupted (every "cell" error below, listed in each note and in MARKED) is a dash cell (its true value + "?": not loading
it is fine, loading its true value is fine, loading any other value is WRONG); a 说明 claim whose figure was misread is
left out of the claims (recording it with the misread figure is SPURIOUS); a claim whose words only were misread (万兀,
收人合计) is still expected. Keys as rules_s33c (summary rows by their whole printed label: income "income", expenditure
"expenditure", the 财政拨款总表's funds expenditure_general_public / …). The builder's identities re-add every printed
table at import BEFORE the errors are planted (the clean tables add up; the errors are the only break)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s35f_lib import make, s33c_lib  # noqa: E402
from s33c_lib import EB, EXP, FS, GB, GF, INC, IS, SG  # noqa: E402

s33c_lib.FUNC.update(
    {
        "2200104": "自然资源规划及管理",
        "2200112": "自然资源调查与确权登记",
        "2130106": "科技转化与推广服务",
        "2130119": "防灾救灾",
        "2130126": "农村社会事业",
        "21001": "卫生健康管理事务",
        "2100101": "行政运行",
        "21004": "公共卫生",
        "2100401": "疾病预防控制机构",
        "2100408": "基本公共卫生服务",
        "2100409": "重大公共卫生服务",
        "21007": "计划生育事务",
        "2100717": "计划生育服务",
        "2040605": "普法宣传",
        "2040607": "法律援助",
    }
)

DOCS = {}

DOCS["b1_hubei_xianan_zrzyj_2025_budget.txt"] = dict(
    note="plain OCR 湖北2025 部门预算 (万元): digits misread in figures (5S8.72, l42.50, 1,25l.99, B.80), a comma for a point (10,50), a lost decimal point (8600), points for commas (1.463.57); codes 2O80505 / 2080S06; header 基木支出; label 收人; 说明 total 1,463.S7; 第l2页; 三公 and 政府性基金 tables printed between bars (| |: blank cells visible); 一一一 ruling lines in the 一般公共预算支出表",
    kind="budget",
    org="咸宁市咸安区自然资源和规划局",
    year=2025,
    unit="万元",
    date="2025年2月",
    n_units=2,
    profile="负责全区自然资源调查监测评价、国土空间规划、耕地保护、不动产登记和地质灾害防治工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        footer="第{n}页",
        bars=(
            SG,
            GF,
        ),
        rules=(GB,),
        junk={3: "·", 9: "’ ，"},
    ),
    leaves="""
2200101 gp_pe=486.32 gp_pu=72.40
2200104 gp_p=86.00
2200106 gp_p=315.00 cof_p=24.60
2200112 gp_p=142.50
2120803 gf_p=180.00
2080505 gp_pe=58.36 biz_pe=4.12
2080506 gp_pe=23.34
2101101 gp_pe=26.85
2210201 gp_pe=41.22 biz_pe=2.86
""",
    econ={
        "30102": "138.50",
        "30103": "42.16",
        "30107": "96.80",
        "30108": "58.36",
        "30109": "23.34",
        "30110": "26.85",
        "30113": "41.22",
        "30302": "6.40",
        "30205": "2.60",
        "30206": "8.80",
        "30211": "10.50",
        "30217": "1.80",
        "30228": "7.90",
        "30231": "9.60",
    },
    sangong=("0", "0", "9.60", "1.80"),
    ocr=[
        ("cell", EXP, "2200101", "total", "558.72", "5S8.72"),
        ("cell", INC, "2200112", "total", "142.50", "l42.50"),
        ("cell", GB, "", "total", "1,251.99", "1,25l.99"),
        ("cell", EB, "30206", "total", "8.80", "B.80"),
        ("cell", EB, "30211", "public_funds", "10.50", "10,50"),
        ("cell", INC, "2200104", "general_public", "86.00", "8600"),
        ("cell", IS, "本年支出合计", "expenditure", "1,463.57", "1.463.57"),
        ("name", IS, "一、一般公共预算拨款收入", "一、一般公共预算拨款收人"),
        ("code", GB, "2080505", "2O80505"),
        ("code", EXP, "2080506", "2080S06"),
        ("head", EXP, "基本支出", "基木支出"),
        ("narr", "收支预算总计1,463.57万元", "收支预算总计1,463.S7万元", "total_income_expenditure"),
        ("post", "第12页", "第l2页"),
    ],
)

DOCS["b2_jiangxi_xinjian_mzj_2024_budget.layout.txt"] = dict(
    note="layout OCR 江西2024 部门预算 (元): 12,68O,000.00, 5,180,000.0O, 4B,300.00, 27,O68,714.80, points for commas (5.640.000.00), a point for the cents' point read as a comma (45,000,00), a space inside (1 062,400.00), the 基本支出 cell of 2080201 dropped; codes '2082 001' (split) / 2296O02; header 合汁 (一般公共预算支出表); label 拔款; 说明 564.B7 and 万兀; footer '~ S ~'; the 基本支出表 between bars; 一一一 ruling lines in the 收入总表",
    kind="budget",
    org="南昌市新建区民政局",
    year=2024,
    unit="元",
    date="2024年2月",
    n_units=3,
    profile="负责全区社会救助、养老服务、儿童福利、殡葬管理、社区治理和社会组织登记管理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        footer="~ {n} ~",
        bars=(EB,),
        rules=(INC,),
        junk={4: "                    ·", 10: "  一"},
    ),
    leaves="""
2080201 gp_pe=3864250.00 gp_pu=586300.00
2080208 gp_p=1250000.00
2081002 gp_p=4860000.00 cof_p=320000.00
2081004 gp_p=780000.00 oth_p=45000.00
2081901 gp_p=12680000.00
2082001 gp_p=1530000.00
2296002 gf_p=2150000.00
2080505 gp_pe=468512.00
2080506 gp_pe=187404.80
2101101 gp_pe=215830.00
2210201 gp_pe=326418.00
""",
    econ={
        "30102": "1062400.00",
        "30103": "386250.00",
        "30107": "824600.00",
        "30108": "468512.00",
        "30109": "187404.80",
        "30110": "215830.00",
        "30113": "326418.00",
        "30302": "58200.00",
        "30205": "18600.00",
        "30206": "64200.00",
        "30211": "72500.00",
        "30217": "12000.00",
        "30228": "48300.00",
        "30231": "36000.00",
        "31002": "45000.00",
    },
    sangong=("0", "0", "36000.00", "12000.00"),
    ocr=[
        ("cell", EXP, "2081901", "project", "12,680,000.00", "12,68O,000.00"),
        ("cell", INC, "2081002", "total", "5,180,000.00", "5,180,000.0O"),
        ("cell", GB, "20810", "total", "5,640,000.00", "5.640.000.00"),
        ("cell", EB, "30102", "personnel", "1,062,400.00", "1 062,400.00"),
        ("cell", EB, "30228", "total", "48,300.00", "4B,300.00"),
        ("cell", FS, "本年支出合计", "expenditure_general_public", "27,068,714.80", "27,O68,714.80"),
        ("cell", EXP, "2080201", "basic", "4,450,550.00", ""),
        ("cell", IS, "六、其他收入", "income", "45,000.00", "45,000,00"),
        ("name", FS, "二、政府性基金预算拨款收入", "二、政府性基金预算拔款收入"),
        ("code", INC, "2082001", "2082 001"),
        ("code", EXP, "2296002", "2296O02"),
        ("head", GB, "合计", "合汁"),
        ("narr", "基本支出564.87万元", "基本支出564.B7万元", None),
        ("narr", "收支预算总计2,926.37万元", "收支预算总计2,926.37万兀", None),
        ("post", "~ 5 ~", "~ S ~"),
    ],
)

DOCS["b3_henan_zhongmou_nyncj_2026_budget.txt"] = dict(
    note="plain OCR 河南2026 部门预算 (元): l8,500,000.00, 49B,500.00, 556,18O.00, a lost point (3,600,00000; 196820000, a clean-looking integer), two cells run together (1,260,000.001,260,000.00); codes 213O119 / 2130l26; header 事业收人; label 本年收人合计; 说明 3,939,99; the 三公 table between bars (its blank cells '| |'); 一一一 ruling lines in the 支出总表",
    kind="budget",
    org="中牟县农业农村局",
    year=2026,
    unit="元",
    date="2026年1月",
    n_units=4,
    profile="负责全县乡村振兴、粮食和重要农产品稳产保供、高标准农田建设、农业技术推广和农村人居环境整治工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        template="2024",
        num="cn",
        footer="- {n} -",
        bars=(SG,),
        rules=(EXP,),
        junk={5: "。", 8: "- ·"},
    ),
    leaves="""
2130101 gp_pe=5286430.00 gp_pu=742800.00
2130104 gp_pe=3128560.00 gp_pu=356200.00 biz_pe=412000.00 biz_pu=86500.00
2130108 gp_p=850000.00
2130106 gp_p=1260000.00
2130119 gp_p=420000.00
2130122 gp_p=3600000.00 cou_p=180000.00
2130126 gp_p=2350000.00
2130153 gp_p=18500000.00
2080505 gp_pe=842156.00 biz_pe=32960.00
2080506 gp_pe=336862.40
2101101 gp_pe=392514.00
2210201 gp_pe=598236.00 biz_pe=24720.00
""",
    econ={
        "30102": "2186300.00",
        "30103": "826540.00",
        "30107": "1968200.00",
        "30108": "842156.00",
        "30109": "336862.40",
        "30110": "392514.00",
        "30113": "598236.00",
        "30302": "125600.00",
        "30205": "36800.00",
        "30206": "128600.00",
        "30211": "156400.00",
        "30217": "24000.00",
        "30228": "96500.00",
        "30231": "84000.00",
        "31002": "68000.00",
    },
    sangong=("0", "0", "84000.00", "24000.00"),
    ocr=[
        ("cell", EXP, "2130153", "total", "18,500,000.00", "l8,500,000.00"),
        ("cell", INC, "2130104", "business", "498,500.00", "49B,500.00"),
        ("cell", GB, "2130122", "project", "3,600,000.00", "3,600,00000"),
        ("cell", EB, "30107", "total", "1,968,200.00", "196820000"),
        ("cell", IS, "（一）事业收入", "income", "556,180.00", "556,18O.00"),
        ("cell", EXP, "2130106", "total", "1,260,000.00", "1,260,000.001,260,000.00"),
        ("cell", EXP, "2130106", "project", "1,260,000.00", ""),
        ("name", IS, "本年收入合计", "本年收人合计"),
        ("code", EXP, "2130119", "213O119"),
        ("code", GB, "2130126", "2130l26"),
        ("head", INC, "事业收入", "事业收人"),
        ("narr", "收支预算总计3,939.99万元", "收支预算总计3,939,99万元", "total_income_expenditure"),
    ],
)

DOCS["b4_shandong_zhangdian_sjj_2025_budget.layout.txt"] = dict(
    note="layout OCR 山东2025 部门预算 (万元): 434.B0, l40.58, 4.6O, 72l.58, a space inside (269 .64), a lost point (72158), the 基本支出 cell of 2080506 dropped (一般公共预算支出表); codes 3O109 / 210ll01; header 人员经货; label 木年收入合计; 说明 7O9.58 and 72l.58; the 部门收支总表 and 一般公共预算支出表 between bars; 一一一 ruling lines in the 基本支出表",
    kind="budget",
    org="淄博市张店区审计局",
    year=2025,
    unit="万元",
    date="2025年2月",
    n_units=1,
    profile="负责全区财政收支、政府投资项目、经济责任和民生资金的审计监督工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        footer="- {n} -",
        bars=(
            IS,
            GB,
        ),
        rules=(EB,),
        junk={6: "  、"},
    ),
    leaves="""
2010301 gp_pe=386.54 gp_pu=48.26
2010350 gp_pe=124.18 gp_pu=16.40
2050803 gp_p=12.00
2080505 gp_pe=52.86
2080506 gp_pe=21.14
2101101 gp_pe=23.78
2210201 gp_pe=36.42
""",
    econ={
        "30102": "118.60",
        "30103": "32.48",
        "30107": "86.20",
        "30108": "52.86",
        "30109": "21.14",
        "30110": "23.78",
        "30113": "36.42",
        "30302": "3.80",
        "30205": "1.60",
        "30206": "6.40",
        "30211": "8.20",
        "30216": "4.60",
        "30217": "1.20",
        "30228": "6.10",
        "30231": "5.40",
    },
    sangong=("0", "0", "5.40", "1.20"),
    ocr=[
        ("cell", EXP, "2010301", "total", "434.80", "434.B0"),
        ("cell", GB, "2010350", "basic", "140.58", "l40.58"),
        ("cell", EB, "30101", "total", "269.64", "269 .64"),
        ("cell", EB, "30216", "total", "4.60", "4.6O"),
        ("cell", INC, "", "general_public", "721.58", "72l.58"),
        ("cell", IS, "本年支出合计", "expenditure", "721.58", "72158"),
        ("cell", GB, "2080506", "basic", "21.14", ""),
        ("name", FS, "本年收入合计", "木年收入合计"),
        ("code", EB, "30109", "3O109"),
        ("code", INC, "2101101", "210ll01"),
        ("head", EB, "人员经费", "人员经货"),
        ("narr", "基本支出709.58万元", "基本支出7O9.58万元", None),
        ("narr", "收支预算总计721.58万元", "收支预算总计72l.58万元", "total_income_expenditure"),
    ],
)

DOCS["f1_guangxi_xixiangtang_wjj_2023_final.txt"] = dict(
    note="plain OCR 广西2023 部门决算 (万元): a NEGATIVE 收入决算 row (2100409 -14.40) printed without its minus (14.40) and with it doubled (--14.40); 1,26B.50, 1,466.9O, l26.40, 4.S0, a lost point (2960), a comma for a point (三公 7,72); codes '2100 717' (split) / 21011O2; headers 财政拨款收人, 项目支岀; labels 年未结转和结余, 财政拔款; 说明 rate 1O5.02%; 第S页; the 三公 table between bars; 一一一 ruling lines in the 收入决算表",
    kind="final_account",
    org="南宁市西乡塘区卫生健康局",
    year=2023,
    unit="万元",
    date="2024年8月",
    n_units=2,
    profile="负责全区卫生健康事业发展规划、疾病预防控制、基层卫生、妇幼健康和计划生育服务管理工作。",
    style=dict(
        summary="two", fiscal="two4", num="cn", footer="第{n}页", bars=(SG,), rules=(INC,), junk={7: "|"}
    ),
    leaves="""
2100101 gp_pe=412.60 gp_pu=58.30
2100401 gp_p=186.40
2100408 gp_p=1268.50 cb=3.20 ce=1.10
2100409 gp_p=12.00 cb=26.40
2100717 gp_p=96.80 oth_p=4.50
2101102 gp_pe=38.64
2080505 gp_pe=64.28
2080506 gp_pe=25.71
2210201 gp_pe=42.18
""",
    gp_budget="2100.00",
    econ={
        "30102": "126.40",
        "30103": "38.50",
        "30107": "92.30",
        "30108": "64.28",
        "30109": "25.71",
        "30110": "38.64",
        "30113": "42.18",
        "30302": "5.60",
        "30205": "2.10",
        "30206": "7.80",
        "30211": "9.40",
        "30217": "1.52",
        "30228": "8.60",
        "30231": "6.20",
    },
    sangong_budget=("0", "0", "7.00", "2.00"),
    sangong=("0", "0", "6.20", "1.52"),
    ocr=[
        ("cell", INC, "2100409", "total", "-14.40", "14.40"),
        ("cell", INC, "2100409", "fiscal_appropriation", "-14.40", "--14.40"),
        ("cell", EXP, "2100408", "total", "1,268.50", "1,26B.50"),
        ("cell", GB, "21004", "project", "1,466.90", "1,466.9O"),
        ("cell", EB, "30102", "total", "126.40", "l26.40"),
        ("cell", IS, "八、其他收入", "income", "4.50", "4.S0"),
        ("cell", FS, "年初财政拨款结转和结余", "income", "29.60", "2960"),
        ("cell", SG, "*", "total", "7.72", "7,72"),
        ("name", IS, "年末结转和结余", "年未结转和结余"),
        ("name", FS, "一、一般公共预算财政拨款", "一、一般公共预算财政拔款"),
        ("code", EXP, "2100717", "2100 717"),
        ("code", INC, "2101102", "21011O2"),
        ("head", INC, "财政拨款收入", "财政拨款收人"),
        ("head", GB, "项目支出", "项目支岀"),
        ("narr", "完成年初预算的105.02%", "完成年初预算的1O5.02%", "execution"),
        ("post", "第5页", "第S页"),
    ],
)

DOCS["f2_sichuan_wenjiang_jtysj_2024_final.layout.txt"] = dict(
    note="layout OCR 四川2024 部门决算 (元): 7,7B6,000.00, 3,2OO,000.00, 5,294,83O.00, 42B,760.00, 72,0OO.00, points for commas (221.180.00), the cents' point read as a space (1,250,000 00), the 政府性基金 cell of 三、交通运输支出 dropped (财政拨款总表); codes 22l0201 / 2146O; header 本年收人合汁; label 本年支出合汁; 说明 1,55l.80; the 收入决算表 between bars; 一一一 ruling lines in the 财政拨款总表",
    kind="final_account",
    org="成都市温江区交通运输局",
    year=2024,
    unit="元",
    date="2025年8月",
    n_units=2,
    profile="负责全区公路、水路交通行业管理，农村公路建设养护和道路运输安全监管工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        footer="- {n} -",
        bars=(INC,),
        rules=(FS,),
        junk={5: "    '", 11: "                                        ~"},
    ),
    leaves="""
2140101 gp_pe=4682350.00 gp_pu=612480.00
2140106 gp_p=8650000.00 cb=1250000.00 ce=386000.00
2146001 gf_p=3200000.00
2080505 gp_pe=612840.00
2080506 gp_pe=245136.00
2101101 gp_pe=286420.00
2210201 gp_pe=428760.00 oth_pe=12600.00
""",
    gp_budget="14800000.00",
    econ={
        "30102": "1386200.00",
        "30103": "426800.00",
        "30107": "1024600.00",
        "30108": "612840.00",
        "30109": "245136.00",
        "30110": "286420.00",
        "30113": "428760.00",
        "30302": "86400.00",
        "30205": "21600.00",
        "30206": "86400.00",
        "30211": "94800.00",
        "30217": "15600.00",
        "30228": "62400.00",
        "30231": "72000.00",
        "31002": "38500.00",
    },
    sangong_budget=("0", "0", "80000.00", "20000.00"),
    sangong=("0", "0", "72000.00", "15600.00"),
    ocr=[
        ("cell", INC, "2140106", "total", "7,786,000.00", "7,7B6,000.00"),
        ("cell", EXP, "2146001", "project", "3,200,000.00", "3,2OO,000.00"),
        ("cell", GB, "2140101", "total", "5,294,830.00", "5,294,83O.00"),
        ("cell", EB, "30113", "personnel", "428,760.00", "42B,760.00"),
        ("cell", EB, "30201", "total", "221,180.00", "221.180.00"),
        ("cell", IS, "年初结转和结余", "income", "1,250,000.00", "1,250,000 00"),
        ("cell", FS, "三、交通运输支出", "expenditure_government_fund", "3,200,000.00", ""),
        ("cell", SG, "*", "vehicle_operation", "72,000.00", "72,0OO.00"),
        ("name", IS, "本年支出合计", "本年支出合汁"),
        ("code", GB, "2210201", "22l0201"),
        ("code", INC, "21460", "2146O"),
        ("head", INC, "本年收入合计", "本年收人合汁"),
        ("narr", "支出决算为1,551.80万元", "支出决算为1,55l.80万元", "execution"),
    ],
)

DOCS["f3_hunan_lusong_sfj_2022_final.txt"] = dict(
    note="plain OCR 湖南2022 部门决算 (元): 362,6OO.00, 3l6,800.00, 2S8,600.00, 4B,000.00, l8,600.00, points for commas (4,799.702.00), a lost point (1,264,24000), two cells run together (16,800.0016,800.00); codes 301O8 / 2O40605; header 合汁 (支出决算表); label 收人; 说明 收人合计 and S.78; the 三公 and 一般公共预算支出表 between bars; 一一一 ruling lines in the 基本支出表",
    kind="final_account",
    org="株洲市芦淞区司法局",
    year=2022,
    unit="元",
    date="2023年9月",
    n_units=1,
    profile="负责全区法治政府建设、人民调解、社区矫正、公共法律服务和普法依法治理工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        footer="第{n}页",
        bars=(
            SG,
            GB,
        ),
        rules=(EB,),
        junk={4: "·", 9: "'"},
    ),
    leaves="""
2040601 gp_pe=3286540.00 gp_pu=465280.00
2040604 gp_p=386000.00 cb=42000.00 ce=18600.00
2040605 gp_p=125000.00
2040607 gp_p=316800.00
2040610 gp_p=258600.00
2080505 gp_pe=416280.00
2080506 gp_pe=166512.00
2101101 gp_pe=186450.00
2210201 gp_pe=278640.00
""",
    gp_budget="5800000.00",
    econ={
        "30102": "968400.00",
        "30103": "286500.00",
        "30107": "724800.00",
        "30108": "416280.00",
        "30109": "166512.00",
        "30110": "186450.00",
        "30113": "278640.00",
        "30302": "42600.00",
        "30205": "16800.00",
        "30206": "58600.00",
        "30211": "62400.00",
        "30217": "9800.00",
        "30228": "41200.00",
        "30231": "48000.00",
    },
    sangong_budget=("0", "0", "50000.00", "12000.00"),
    sangong=("0", "0", "48000.00", "9800.00"),
    ocr=[
        ("cell", INC, "2040604", "total", "362,600.00", "362,6OO.00"),
        ("cell", EXP, "2040607", "total", "316,800.00", "3l6,800.00"),
        ("cell", EXP, "2040610", "project", "258,600.00", "2S8,600.00"),
        ("cell", GB, "", "basic", "4,799,702.00", "4,799.702.00"),
        ("cell", EB, "30231", "total", "48,000.00", "4B,000.00"),
        ("cell", EB, "30101", "personnel", "1,264,240.00", "1,264,24000"),
        ("cell", IS, "年末结转和结余", "expenditure", "18,600.00", "l8,600.00"),
        ("cell", EB, "30205", "total", "16,800.00", "16,800.0016,800.00"),
        ("cell", EB, "30205", "public_funds", "16,800.00", ""),
        ("name", IS, "一、一般公共预算财政拨款收入", "一、一般公共预算财政拨款收人"),
        ("code", EB, "30108", "301O8"),
        ("code", EXP, "2040605", "2O40605"),
        ("head", EXP, "合计", "合汁"),
        ("narr", "本年收入合计586.27万元", "本年收人合计586.27万元", None),
        ("narr", "支出决算为5.78万元", "支出决算为S.78万元", "sangong_execution"),
    ],
)

DOCS["f4_zhejiang_keqiao_slj_2024_final.layout.txt"] = dict(
    note="layout OCR 浙江2024 部门决算 (万元): 1,B60.00, 6OO.46, l26.40, BB.20, S.20, l3.04, 23B.00, a comma for a point (2,755,91), the cents' point read as a space (238 00), the 项目支出 cell of 2130311 dropped (支出决算表); codes 21369O2 / 2l369; header 基木支出; label 年初结转和结佘; 说明 2,997.7l; the 支出决算表 between bars; 一一一 ruling lines in the 一般公共预算支出表 and 收入决算表",
    kind="final_account",
    org="绍兴市柯桥区水利局",
    year=2024,
    unit="万元",
    date="2025年8月",
    n_units=3,
    profile="负责全区水资源管理、水利工程建设与运行管理、河湖长制、防汛抗旱和农村供水保障工作。",
    style=dict(
        summary="two",
        fiscal="two4",
        num="cn",
        footer="- {n} -",
        bars=(EXP,),
        rules=(
            GB,
            INC,
        ),
        junk={3: "一", 12: "  ·"},
    ),
    leaves="""
2130301 gp_pe=528.46 gp_pu=68.20 oth_pu=3.80
2130305 gp_p=1860.00 cb=42.50 ce=15.80
2130311 gp_p=126.40
2136902 gf_p=238.00
2080505 gp_pe=62.18
2080506 gp_pe=24.87
2101101 gp_pe=28.64
2210201 gp_pe=41.36
""",
    gp_budget="2600.00",
    econ={
        "30102": "152.40",
        "30103": "38.60",
        "30107": "88.20",
        "30108": "62.18",
        "30109": "24.87",
        "30110": "28.64",
        "30113": "41.36",
        "30305": "5.20",
        "30205": "3.40",
        "30206": "9.20",
        "30211": "10.60",
        "30217": "1.84",
        "30228": "9.60",
        "30231": "11.20",
        "31002": "5.80",
    },
    sangong_budget=("0", "0", "12.00", "2.00"),
    sangong=("0", "0", "11.20", "1.84"),
    ocr=[
        ("cell", EXP, "2130305", "total", "1,860.00", "1,B60.00"),
        ("cell", EXP, "21303", "basic", "600.46", "6OO.46"),
        ("cell", GB, "2130311", "total", "126.40", "l26.40"),
        ("cell", EB, "30107", "total", "88.20", "BB.20"),
        ("cell", EB, "30305", "personnel", "5.20", "S.20"),
        ("cell", FS, "总计", "expenditure_general_public", "2,755.91", "2,755,91"),
        ("cell", IS, "二、政府性基金预算财政拨款收入", "income", "238.00", "238 00"),
        ("cell", SG, "*", "total", "13.04", "l3.04"),
        ("cell", GF, "2136902", "total", "238.00", "23B.00"),
        ("cell", EXP, "2130311", "project", "126.40", ""),
        ("name", IS, "年初结转和结余", "年初结转和结佘"),
        ("code", EXP, "2136902", "21369O2"),
        ("code", GF, "21369", "2l369"),
        ("head", GB, "基本支出", "基木支出"),
        (
            "narr",
            "2024年度收入、支出决算总计2,997.71万元",
            "2024年度收入、支出决算总计2,997.7l万元",
            "total_income_expenditure",
        ),
    ],
)

BUILT = {}
EXPECTED = {}
MARKED = {}  # per input: (table, row, column, clean print, OCR print) of every figure the OCR corrupted
for _name, _doc in DOCS.items():
    BUILT[_name], EXPECTED[_name], MARKED[_name] = make(_name, _doc)
