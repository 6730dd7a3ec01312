"""Expected readings of the rules_s32b inputs: nine WHOLE reports as pdftotext -layout text (.layout.txt), five
部门预算 / 单位预算 and four 部门决算, of province-years the earlier sets did not use (安徽2025, 辽宁2024, 吉林2022,
内蒙古2024, 宁夏2022 budgets; 青海2022, 黑龙江2023, 江西2022, 河南2021 final accounts), each with a cover, a 目录, a
概况, a 说明 with figures, every table of its template, and a 名词解释.

Shapes attacked (what real reports print around long tables), each in two documents or more:
- a table over two or three pages: with the header printed again under "续表" (b1; f1 with the 编制单位 line),
  under the title again with "（续）" (b2 基本支出表), under a label "表2（续）" (f4 收入决算表), under "续表1" /
  "续表2" (b4 项目支出表, 政府采购预算表), under "（续上表）" (f3 基本支出表); the header printed again with no mark
  (f1 page 3); the header NOT printed again (b1 page 3, b2 一般公共预算支出表, b4 政府采购预算表, b5, f2);
- between the pages, every page's running head (the unit's name and year: b1, f1, f2, the unit's name alone: b5,
  "部门预算公开": b4, "部门决算公开": f3, the head with the amount unit at its right: b2, f1, f2) and footer
  ("第 n 页，共 N 页": b1, f4; "- n -": b2, b3, f1; "n": b5; "第n页": b4, f3; "第 n 页": f2);
- a page break inside a wrapped name: a 2-line name whose figures stand on its first line, broken after it (b1
  2080505, f2 2080505 in the 一般公共预算财政拨款支出决算表); a two-line name centred on its row (its first piece
  above, the code and figures on a line of their own, its last piece below, as js_jcy_2019_dept_budget.layout.txt
  prints 30108), broken after its first piece (b5 2080505 in the 单位支出总表, 2080506 in the 一般公共预算支出表:
  the code and figures open the next page); a project's name broken over the pages (b1, b4); a break between a 类
  row and its 款 (b2 210 | 21001, f1 208 | 20802 in 支出决算表, b3 国有资本经营预算支出表 223 | 22301, f4 收入决算表
  215 | 21505);
- notes under tables ("注：…", "说明：本表反映…", "备注：…") carrying codes and figures that are no rows
  ("注：2080505机关事业单位基本养老保险缴费支出1,386.52万元…", "其中2230201国有经济结构调整支出含上年结转…60.00万元",
  "备注：2100403妇幼保健机构事业收入1,500,000.00元…"), over one to three lines, continuation lines opening with a
  code and ending in a figure ("2230203前瞻性战略性产业发展支出500.00万元，…": f1, f4) (all nine); a signature line
  "单位负责人： 财务负责人： 制表人：" under the final account's tables (f3);
- empty tables said several ways: the statement under the header (b1 "本单位无政府性基金预算拨款，故本表为空表。",
  b2 "本表无数据", f1), a 合计 row of "-" (b1 SC with a 说明 below, f2 SC) or 0.00 (b2 SC, f4 GF with
  "本表无数据" below), "无" with an empty 合计 and a 注 (b3 GF, Shanghai style), an empty 合计 with a 注 below
  (b5 GF, f1 SC, f3 GF and SC), a statement in brackets (b5 SC);
- tables with money: a 国有资本经营预算支出表 (b3 budget, f4 final; 223 codes, its column in the 收入 and 财政拨款
  tables), a 政府性基金 table (b4, f2), a 项目支出表 with long project names wrapped over two or three lines
  (b1, b2, b4), a 政府采购预算表 (b1 by 采购品目 | 计量单位 | 数量; b4 by 采购项目 | 采购品目 | 采购方式 with wrapped
  cells, over two pages);
- the amount unit stated only in the running head (f1 万元, b2 元, f2 元: no table prints a unit line) or only in the
  statement under 第三部分 公开表格 (b3 "说明：以下公开表格中，金额单位除注明外均为万元。"; f3 "本部分表格金额
  单位：万元" as its own line after the heading); both sentences are worded so the group-unit pattern of the
  parser (以下各表金额单位…) does not fit them: the unit must be found in the head or the section.

The figures are typed below per report as in rules_s31k (functional 项 leaves by source and kind, "code
key=value …": budget keys <source>_<b|p> with source co 上年结转 / gp 一般公共预算 / gf 政府性基金 / sc 国有资本经营
/ biz 事业收入 / oth 其他收入 and b 基本 / p 项目; final keys gp_b gp_p gf_b gf_p sc_b sc_p nf_b nf_p (spent) and
i_gp i_gf i_sc i_up i_biz i_op i_oth (income)), the 一般公共预算 基本支出 by economic 款, the 三公 (出国, 购置, 运行,
接待), a final's 年初结转和结余 (begin, of which fiscal begin_gp), projects ("code|name|source=amount …", re-added
against the leaves' project money per source at build) and procurement items. s32b_lib.build sums every printed
table from them, gen.py prints those Table objects, the expectations are read from them (never from the
parser's output). _identities() (run at import) re-adds every printed table from its printed strings: row total
= Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, economic 类 = Σ 款, 人员经费 + 公用经费 = 合计, the 一般公共预算支出表's
基本 = the 基本支出表's 合计, two-sided totals, 收支总表 = 支出表 合计, 财政拨款总表 by fund = the fund tables, 三公
合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, 三公 运行 / 接待 = 30231 / 30217, projects' 合计 = Σ projects = the
支出表's 项目 (per source), procurement 合计 = Σ categories = Σ items.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value}
[, subject name])])], only_tables; plus claims (kind, figures) checked by check.py. A value ending in "?" is a
zero printed 0.00 or "-" (loading it as zero or not at all is fine); a blank cell has no expectation. Notes,
footers, running heads, 续表 marks and signature lines hold no figure of any table: a figure loaded from one is
SPURIOUS (or WRONG where it took an expected row's place)."""

from __future__ import annotations

from decimal import Decimal as D

from s32b_lib import FUNC, Fmt, build, expectations

WAN, YUAN = "万元", "元"
KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC", "PROJ", "PROC"]

BUDGET_TITLES = dict(
    IES="部门收支总表",
    INC="部门收入总表",
    EXP="部门支出总表",
    FS="财政拨款收支总表",
    GB="一般公共预算支出表",
    GBB="一般公共预算基本支出表",
    SG="一般公共预算“三公”经费支出表",
    GF="政府性基金预算支出表",
    SC="国有资本经营预算支出表",
    PROJ="项目支出预算表",
    PROC="政府采购预算表",
)
FINAL_TITLES = dict(
    IES="收入支出决算总表",
    INC="收入决算表",
    EXP="支出决算表",
    FS="财政拨款收入支出决算总表",
    GB="一般公共预算财政拨款支出决算表",
    GBB="一般公共预算财政拨款基本支出决算表",
    SG="一般公共预算财政拨款“三公”经费支出决算表",
    GF="政府性基金预算财政拨款收入支出决算表",
    SC="国有资本经营预算财政拨款支出决算表",
)

# page-break styles (s32b_lib.Printer.cont)
XU_HEAD = dict(mark="续表", header=True)  # "续表" centred, the header again
XU_HEAD_UNIT = dict(mark="续表", header=True, unit=True)
BARE = dict()  # nothing: the rows go on under the running head
HEAD_ONLY = dict(header=True)  # the header again, no mark
TITLE_XU = dict(mark="title", header=True)  # the title again with （续）, its unit line and header


def label_xu(text: str, header: bool = True, unit: bool = False) -> dict:
    return dict(mark="label", text=text, header=header, unit=unit)


DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 安徽
DOCS.append(
    dict(
        file="b1_anhui_shushan_jtj_2025_budget.layout.txt",
        note="layout 安徽2025 部门预算: 部门支出总表 over three pages (page 2 under 续表 with the header, page 3 "
        "with no header, the break inside 2080505's two-line name after its figure line), running head "
        "'…2025年部门预算' and '第 n 页，共 N 页' between, 项目支出表 of two-line project names over two pages "
        "(a name broken by the page), 政府采购预算表, notes with codes and figures under 收入总表 / 一般公共预算"
        "支出表 / 基本支出表, 政府性基金 table empty by a statement, 国有资本经营 table a '-' 合计 with a 说明",
        kind="budget",
        org="合肥市蜀山区教育体育局",
        year=2025,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"表{i}" for i in range(1, 12)],
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "oth"],
        head="合肥市蜀山区教育体育局2025年部门预算",
        footer="第 {n} 页，共 {N} 页",
        wrap=10,
        name_width=12,
        empty={
            "GF": ("text", "本单位无政府性基金预算拨款，故本表为空表。", ""),
            "SC": ("zero", "说明：本单位2025年度无国有资本经营预算拨款安排的支出。", "-"),
        },
        leaves=[
            "2050101 gp_b=612.35",
            "2050199 gp_p=86.00",
            "2050201 gp_b=1862.40 gp_p=420.00 co_p=35.00",
            "2050202 gp_b=8624.18 gp_p=1260.00 oth_p=48.00",
            "2050203 gp_b=5136.72 gp_p=860.00",
            "2050204 gp_b=3248.90 gp_p=540.00",
            "2050801 gp_p=126.00",
            "2050803 gp_p=64.50",
            "2070307 gp_p=210.00",
            "2070308 gp_p=95.00",
            "2080505 gp_b=1386.52",
            "2080506 gp_b=554.61",
            "2101102 gp_b=698.40",
            "2101103 gp_b=42.16",
            "2210201 gp_b=1224.80",
        ],
        econ={
            "30101": "4862.30",
            "30102": "2386.50",
            "30103": "1268.40",
            "30107": "6824.60",
            "30108": "1386.52",
            "30109": "554.61",
            "30110": "698.40",
            "30111": "42.16",
            "30112": "96.30",
            "30113": "1224.80",
            "30199": "186.20",
            "30201": "186.40",
            "30205": "126.30",
            "30206": "412.60",
            "30207": "38.20",
            "30209": "360.00",
            "30211": "42.60",
            "30213": "286.40",
            "30216": "120.00",
            "30217": "6.80",
            "30228": "186.20",
            "30231": "12.60",
            "30239": "210.00",
            "30299": "424.95",
            "30302": "1286.40",
            "30305": "124.00",
            "30309": "36.80",
        },
        sangong=("0", "0", "12.60", "6.80"),
        proj_src=["gp", "co", "oth"],
        proj_wrap=14,
        proj_pw=28,
        proj_sw=26,  # the subject's names whole on their line (12 characters, 24 columns printed)
        projects=[
            "2050199|教育系统安全稳定及校园安全保障经费|gp=86.00",
            "2050201|普惠性民办幼儿园生均公用经费补助及等级幼儿园奖补资金|gp=300.00 co=35.00",
            "2050201|公办幼儿园保教人员配备及聘用人员经费补助|gp=120.00",
            "2050202|义务教育阶段学校生均公用经费（小学）|gp=780.00",
            "2050202|小学校舍维修改造及教学设施设备更新项目|gp=480.00 oth=48.00",
            "2050203|义务教育阶段学校生均公用经费（初中）|gp=560.00",
            "2050203|初中学校智慧校园建设及信息化设备购置项目|gp=300.00",
            "2050204|普通高中生均公用经费及家庭经济困难学生资助|gp=540.00",
            "2050801|中小学教师全员培训及名师工作室建设经费|gp=126.00",
            "2050803|校长及教育管理干部能力提升培训|gp=64.50",
            "2070307|区全民健身中心场馆运营维护补助|gp=210.00",
            "2070308|全民健身赛事活动及社会体育指导员培训|gp=95.00",
        ],
        proc_cols=[("采购品目", 30, None), ("计量单位", 8, None), ("数量", 8, None), ("金额", 14, None)],
        procurement=[
            (
                "一、货物",
                [
                    ("台式计算机", "台", "120", "60.00"),
                    ("交互式智能黑板", "套", "86", "301.00"),
                    ("学生课桌椅", "套", "1200", "84.00"),
                    ("图书", "册", "18000", "45.00"),
                ],
            ),
            ("二、工程", [("小学校舍维修改造工程", "项", "1", "480.00")]),
            ("三、服务", [("物业管理服务", "项", "1", "126.00"), ("校园安保服务", "项", "1", "86.00")]),
        ],
        breaks={
            "EXP": [("2050801", 0, XU_HEAD), ("2080505", 1, BARE)],
            "PROJ": [("义务教育阶段学校生均公用经费（初中）", 1, XU_HEAD)],
        },
        notes={
            "INC": ["注：本表反映部门2025年度收入预算情况，上年结转35.00万元为普惠性民办幼儿园奖补资金。"],
            "GB": [
                "注：2080505机关事业单位基本养老保险缴费支出1,386.52万元、2080506机关事业单位职业年金缴费支出554.61万元，",
                "    按在职人员缴费基数的16%和8%计提。",
            ],
            "GBB": ["注：人员经费包括301工资福利支出和303对个人和家庭的补助；公用经费为302商品和服务支出。"],
            "PROJ": [
                "说明：本表反映部门本年度项目支出预算安排情况，2050202小学教育项目含其他收入48.00万元。"
            ],
            "PROC": ["备注：本表反映部门2025年度政府采购预算，单价50万元以上的采购项目1个。"],
        },
        claims=[
            ("total_income_expenditure", {"amount": "27135.54"}),
            ("procurement_total", {"amount": "1182.00"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ b2 辽宁
DOCS.append(
    dict(
        file="b2_liaoning_zhongshan_wjj_2024_budget.layout.txt",
        note="layout 辽宁2024 部门预算 in 元, the unit only in the running head '…部门预算公开  金额单位：元' (no table "
        "prints a unit line), 一般公共预算支出表 over two pages with the header NOT printed again and the break between "
        "类 210 and 款 21001, 基本支出表 over two pages under its title again with （续）, '- n -' footers, 备注 with "
        "a code and a 元 figure under 收入总表, 说明 under 项目支出表, 政府性基金 '本表无数据', 国有资本经营 0.00 合计",
        kind="budget",
        org="大连市中山区卫生健康局",
        year=2024,
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        labels=[f"预算公开表{i}" for i in range(1, 12)],
        label_inline=True,
        titles=BUDGET_TITLES,
        inc_src=["gp", "biz"],
        head="大连市中山区卫生健康局2024年部门预算公开",
        head_unit="金额单位：元",
        footer="- {n} -",
        unit_where="head",
        org_line="部门名称：{org}",
        vw=15,
        name_width=32,
        empty={
            "GF": ("text", "本表无数据", ""),
            "SC": ("zero", "", "0.00"),
        },
        leaves=[
            "2100101 gp_b=4862350.00",
            "2100199 gp_p=386000.00",
            "2100401 gp_b=6286420.00 gp_p=1200000.00",
            "2100403 gp_b=3862150.00 biz_b=1500000.00",
            "2100408 gp_p=12680000.00",
            "2100409 gp_p=2450000.00",
            "2100717 gp_p=1326000.00",
            "2100799 gp_p=420000.00",
            "2080505 gp_b=2186400.00",
            "2080506 gp_b=874560.00",
            "2101101 gp_b=312600.00",
            "2101102 gp_b=1028600.00",
            "2210201 gp_b=1642800.00",
            "2210203 gp_b=286000.00",
        ],
        econ={
            "30101": "4286400.00",
            "30102": "3862500.00",
            "30103": "1026300.00",
            "30107": "3024800.00",
            "30108": "2186400.00",
            "30109": "874560.00",
            "30110": "1341200.00",
            "30112": "126400.00",
            "30113": "1642800.00",
            "30199": "186200.00",
            "30201": "286000.00",
            "30205": "68000.00",
            "30206": "246000.00",
            "30207": "52000.00",
            "30209": "186000.00",
            "30211": "96000.00",
            "30213": "168000.00",
            "30215": "24000.00",
            "30216": "86000.00",
            "30217": "16000.00",
            "30228": "268400.00",
            "30231": "48000.00",
            "30239": "312000.00",
            "30299": "141920.00",
            "30302": "462000.00",
            "30307": "38000.00",
            "30399": "286000.00",
        },
        sangong=("0", "0", "48000.00", "16000.00"),
        proj_src=["gp"],
        proj_wrap=13,
        proj_pw=26,
        proj_sw=26,  # the subject's names whole on their line (12 characters, 24 columns printed)
        proj_vw=15,
        projects=[
            "2100199|卫生健康综合监督执法及信息化运维经费|gp=386000.00",
            "2100401|疾病预防控制中心实验室检测能力提升项目|gp=1200000.00",
            "2100408|国家基本公共卫生服务项目区级配套资金|gp=12680000.00",
            "2100409|重大传染病防控及免疫规划专项经费|gp=2450000.00",
            "2100717|计划生育家庭奖励扶助及特别扶助资金|gp=1326000.00",
            "2100799|母婴设施建设及优生优育宣传经费|gp=420000.00",
        ],
        breaks={
            "GB": [("21001", 0, BARE)],
            "GBB": [("30201", 0, TITLE_XU)],
        },
        notes={
            "INC": [
                "备注：2100403妇幼保健机构事业收入1,500,000.00元为该机构预计取得的医疗服务收入，纳入部门预算统一管理。"
            ],
            "GB": ["说明：本表反映部门2024年一般公共预算支出安排情况。"],
            "PROJ": ["说明：本表反映2024年项目支出预算，其中2100408基本公共卫生服务人均补助标准为94元。"],
        },
        claims=[("total_income_expenditure", {"amount": "41303880.00"})],
    )
)

# ------------------------------------------------------------------------------------------------ b3 吉林
DOCS.append(
    dict(
        file="b3_jilin_chuanying_gzj_2022_budget.layout.txt",
        note="layout 吉林2022 部门预算, the unit only in '说明：以下公开表格中，金额单位除注明外均为万元。' under 第三部分 "
        "(no table prints a unit), a 国有资本经营预算支出表 with figures (223 codes), printed under the empty "
        "政府性基金 table on its page and broken after its 类 row 223, its 款 22301 atop the next page; 政府性基金 table "
        "'无' with an empty 合计 and a 注; a 注 of two numbered lines with a code and a figure under the 国有资本 table",
        kind="budget",
        org="吉林市船营区国有资产监督管理局",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"表{cn}" for cn in "一二三四五六七八九"],
        label_inline=True,
        titles=BUDGET_TITLES,
        inc_src=["gp", "sc"],
        head="",
        footer="- {n} -",
        unit_where="explain",
        explain="说明：以下公开表格中，金额单位除注明外均为万元。",
        name_width=32,
        same_page=("SC",),
        empty={
            "GF": ("none_row", "注：本部门2022年无政府性基金预算拨款安排的支出，故本表为空表。", ""),
        },
        leaves=[
            "2150701 gp_b=386.24",
            "2150702 gp_p=42.00",
            "2150799 gp_p=65.00",
            "2080505 gp_b=48.62",
            "2080506 gp_b=19.45",
            "2101101 gp_b=22.38",
            "2101103 gp_b=6.12",
            "2210201 gp_b=36.50",
            "2230105 sc_p=86.00",
            "2230107 sc_p=120.00",
            "2230201 sc_p=300.00",
            "2230299 sc_p=54.00",
            "2230301 sc_p=40.00",
        ],
        econ={
            "30101": "96.40",
            "30102": "82.30",
            "30103": "12.60",
            "30107": "68.20",
            "30108": "48.62",
            "30109": "19.45",
            "30110": "22.38",
            "30111": "6.12",
            "30112": "2.36",
            "30113": "36.50",
            "30199": "3.20",
            "30201": "8.60",
            "30205": "1.20",
            "30206": "4.80",
            "30207": "2.40",
            "30211": "3.60",
            "30213": "4.20",
            "30215": "1.50",
            "30216": "2.00",
            "30217": "1.80",
            "30228": "6.42",
            "30231": "4.50",
            "30239": "18.60",
            "30299": "13.20",
            "30302": "48.36",
        },
        sangong=("0", "0", "4.50", "1.80"),
        breaks={"SC": [("22301", 0, XU_HEAD)]},
        notes={
            "SC": [
                "注：1.国有资本经营预算支出由区财政根据区属国有企业上缴的国有资本收益安排；",
                "    2.其中2230201国有经济结构调整支出含上年结转项目资金60.00万元。",
            ],
            "FS": [
                "注：本表反映部门2022年财政拨款收支预算，国有资本经营预算拨款600.00万元全部用于项目支出。"
            ],
        },
        claims=[("total_income_expenditure", {"amount": "1226.31"})],
    )
)

# ------------------------------------------------------------------------------------------------ b4 内蒙古
DOCS.append(
    dict(
        file="b4_neimenggu_kundulun_jtj_2024_budget.layout.txt",
        note="layout 内蒙古2024 部门预算 in 元: 项目支出表 of three-line project names over two pages under '续表1' "
        "with the header again, a name broken by the page after its figure line; 政府采购预算表 by 采购项目 | 采购品目 | "
        "采购方式 | 数量 with wrapped cells over two pages under '续表2' (the header NOT again); running head "
        "'部门预算公开', '第n页' footers; a 政府性基金 table (2120804); notes with a 元 figure under 项目 and 采购 tables",
        kind="budget",
        org="包头市昆都仑区交通运输局",
        year=2024,
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        labels=[f"表{i}" for i in range(1, 12)],
        titles=BUDGET_TITLES,
        inc_src=["co", "gp", "gf"],
        head="部门预算公开",
        head_align="r",
        footer="第{n}页",
        vw=15,
        name_width=30,
        empty={"SC": ("text", "本部门2024年没有使用国有资本经营预算拨款安排的支出，此表无数据。", "")},
        leaves=[
            "2140101 gp_b=3286450.00",
            "2140104 gp_p=2600000.00",
            "2140106 gp_p=4850000.00 co_p=620000.00",
            "2140112 gp_b=1462300.00 gp_p=380000.00",
            "2140199 gp_p=960000.00",
            "2120804 gf_p=1800000.00",
            "2080505 gp_b=628400.00",
            "2080506 gp_b=251360.00",
            "2101101 gp_b=212600.00",
            "2101103 gp_b=58400.00",
            "2210201 gp_b=471300.00",
        ],
        econ={
            "30101": "1126800.00",
            "30102": "968400.00",
            "30103": "186500.00",
            "30107": "1032600.00",
            "30108": "628400.00",
            "30109": "251360.00",
            "30110": "212600.00",
            "30111": "58400.00",
            "30112": "42300.00",
            "30113": "471300.00",
            "30199": "36000.00",
            "30201": "96000.00",
            "30205": "12600.00",
            "30206": "86400.00",
            "30207": "24800.00",
            "30211": "68000.00",
            "30213": "126000.00",
            "30216": "36000.00",
            "30217": "18000.00",
            "30228": "92400.00",
            "30231": "86000.00",
            "30239": "162000.00",
            "30299": "261550.00",
            "30302": "286400.00",
        },
        sangong=("0", "0", "86000.00", "18000.00"),
        proj_src=["gp", "gf", "co"],
        proj_wrap=10,
        proj_pw=20,
        proj_sw=26,  # the subject's names whole on their line (12 characters, 24 columns printed)
        proj_vw=13,
        projects=[
            "2140104|昆都仑区2024年农村牧区公路提质改造工程（卜尔汉图镇段）|gp=1600000.00",
            "2140104|城区断头路打通及道路交通微循环改善工程|gp=1000000.00",
            "2140106|国省干线公路及农村公路日常养护和应急抢险保障经费|gp=2850000.00 co=620000.00",
            "2140106|公路桥梁定期检测及危桥加固改造项目|gp=2000000.00",
            "2140112|道路运输行业安全生产监管及信息化平台运维经费|gp=380000.00",
            "2140199|交通运输综合行政执法能力建设及执法装备购置项目|gp=960000.00",
            "2120804|土地出让收入安排的农村牧区道路基础设施建设项目|gf=1800000.00",
        ],
        proc_cols=[
            ("采购项目", 20, 10),
            ("采购品目", 16, 8),
            ("采购方式", 10, None),
            ("数量", 6, None),
            ("金额", 14, None),
        ],
        procurement=[
            (
                "一、货物",
                [
                    ("交通运输综合行政执法能力建设", "执法记录仪", "询价", "40", "128000.00"),
                    ("交通运输综合行政执法能力建设", "便携式计算机", "协议供货", "12", "96000.00"),
                    ("道路运输行业安全生产监管平台", "服务器", "竞争性磋商", "2", "186000.00"),
                ],
            ),
            (
                "二、工程",
                [
                    ("农村牧区公路提质改造工程", "公路工程施工", "公开招标", "1", "1600000.00"),
                    ("公路桥梁定期检测及危桥加固改造", "桥梁加固工程施工", "公开招标", "1", "1450000.00"),
                ],
            ),
            (
                "三、服务",
                [
                    ("公路桥梁定期检测及危桥加固改造", "工程监理服务", "竞争性磋商", "1", "86000.00"),
                    ("道路运输行业安全生产监管平台", "运行维护服务", "单一来源", "1", "194000.00"),
                ],
            ),
        ],
        breaks={
            "PROJ": [("国省干线公路及农村公路日常养护和应急抢险保障经费", 1, label_xu("续表1"))],
            "PROC": [("二、工程", 0, label_xu("续表2", header=False))],
        },
        notes={
            "PROJ": [
                "注：本表项目金额含上年结转资金620,000.00元，2120804为政府性基金预算（土地出让收入）安排。"
            ],
            "PROC": [
                "备注：1.采购方式为公开招标、竞争性磋商、询价、单一来源和协议供货；",
                "      2.公路工程施工1,600,000.00元含暂列金额80,000.00元。",
            ],
        },
        claims=[
            ("total_income_expenditure", {"amount": "17580810.00"}),
            ("procurement_total", {"amount": "3740000.00"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ b5 宁夏
DOCS.append(
    dict(
        file="b5_ningxia_jinfeng_jcjczx_2022_unit_budget.layout.txt",
        note="layout 宁夏2022 单位预算: names wrapped at eight characters and centred on their row (first piece above, "
        "code and figures on a line of their own, last piece below); 单位支出总表 and 一般公共预算支出表 broken after "
        "the first piece of 2080505's (2080506's) name, its code and figures atop the next page under the running "
        "head (the unit's name) with no header; "
        "bare page numbers; 政府性基金 table an empty 合计 with a 注 below; 国有资本经营 '（…本表为空）'",
        kind="budget",
        scope="unit",
        org="银川市金凤区综合检验检测中心",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"{c}、" for c in "一二三四五六七八九"],
        label_inline=True,
        titles=dict(BUDGET_TITLES, IES="单位收支总表", INC="单位收入总表", EXP="单位支出总表"),
        inc_src=["gp", "biz"],
        head="银川市金凤区综合检验检测中心",
        head_align="l",
        footer="{n}",
        wrap=8,
        wrap_align="between",
        name_width=10,
        empty={
            "GF": ("blank_total", "注：本单位2022年无政府性基金预算拨款收支，故此表无数据。", ""),
            "SC": ("text", "（本单位2022年无国有资本经营预算拨款安排的支出，本表为空）", ""),
        },
        leaves=[
            "2013812 gp_p=36.00",
            "2013815 gp_p=42.00",
            "2013816 gp_p=128.50 biz_p=45.00",
            "2013850 gp_b=486.32",
            "2080505 gp_b=52.16",
            "2080506 gp_b=20.86",
            "2101102 gp_b=24.90",
            "2210201 gp_b=39.12",
        ],
        econ={
            "30101": "126.40",
            "30102": "48.60",
            "30103": "10.80",
            "30107": "156.30",
            "30108": "52.16",
            "30109": "20.86",
            "30110": "24.90",
            "30112": "3.10",
            "30113": "39.12",
            "30199": "2.40",
            "30201": "6.80",
            "30202": "2.40",
            "30205": "2.60",
            "30206": "12.40",
            "30207": "1.80",
            "30211": "4.20",
            "30213": "8.60",
            "30217": "0.80",
            "30218": "36.00",
            "30226": "18.00",
            "30228": "7.46",
            "30231": "2.40",
            "30299": "22.66",
            "30302": "12.60",
        },
        sangong=("0", "0", "2.40", "0.80"),
        breaks={
            "EXP": [("2080505", 1, BARE)],
            "GB": [("2080506", 1, BARE)],
        },
        notes={
            "EXP": ["注：事业收入45.00万元为食品检验检测服务收入，用于2013816食品安全监管项目。"],
            "GBB": ["备注：30218专用材料费36.00万元为检验检测试剂及标准物质购置费用。"],
        },
        claims=[("total_income_expenditure", {"amount": "874.86"})],
    )
)

# ------------------------------------------------------------------------------------------------ f1 青海
DOCS.append(
    dict(
        file="f1_qinghai_chengxi_mzj_2022_final.layout.txt",
        note="layout 青海2022 部门决算: 支出决算表 over three pages (page 2 under 续表 with the header and its first "
        "row the 款 20802 of the 类 208 ending page 1; page 3 the header again with no mark), the unit only in the "
        "running head '…2022年度部门决算  单位：万元', '- n -' footers; notes under 收入决算表 and 基本支出决算表 "
        "with figures (a line opening '30299其他商品和服务支出13.00万元'); 政府性基金 statement under its header; 国有资本经营 an empty 合计 with '注：…本表无数据。'",
        kind="final_account",
        org="西宁市城西区民政局",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        head="西宁市城西区民政局2022年度部门决算",
        head_unit="单位：万元",
        unit_where="head",
        footer="- {n} -",
        name_width=30,
        vw=12,
        empty={
            "GF": ("text", "本单位2022年度无政府性基金预算财政拨款收入支出，故本表为空表。", ""),
            "SC": ("blank_total", "注：本单位无国有资本经营预算财政拨款支出，本表无数据。", ""),
        },
        begin="38.20",
        begin_gp="32.00",
        leaves=[
            "2080201 gp_b=486.30 i_gp=486.30",
            "2080202 gp_p=62.00 i_gp=62.00",
            "2080208 gp_p=236.40 i_gp=248.00",
            "2081001 gp_p=186.50 i_gp=186.50",
            "2081002 gp_p=1286.00 nf_p=45.00 i_gp=1286.00 i_up=45.00",
            "2081901 gp_p=1862.40 i_gp=1862.40",
            "2081902 gp_p=426.80 i_gp=426.80",
            "2082001 gp_p=320.00 i_gp=320.00",
            "2082101 gp_p=142.60 i_gp=142.60",
            "2080505 gp_b=62.48 i_gp=62.48",
            "2080506 gp_b=24.99 i_gp=24.99",
            "2101101 gp_b=28.60 i_gp=28.60",
            "2101103 gp_b=8.36 i_gp=8.36",
            "2210201 gp_b=46.85 i_gp=46.85",
        ],
        econ={
            "30101": "186.40",
            "30102": "124.60",
            "30103": "15.80",
            "30107": "98.30",
            "30108": "62.48",
            "30109": "24.99",
            "30110": "28.60",
            "30111": "8.36",
            "30112": "3.20",
            "30113": "46.85",
            "30201": "8.60",
            "30205": "1.40",
            "30206": "5.20",
            "30207": "2.10",
            "30211": "2.80",
            "30213": "3.60",
            "30217": "1.24",
            "30228": "6.86",
            "30231": "3.80",
            "30299": "13.00",
            "30302": "9.40",
        },
        sangong_budget=("0", "0", "5.00", "2.00"),
        sangong=("0", "0", "3.80", "1.24"),
        breaks={"EXP": [("20802", 0, XU_HEAD_UNIT), ("20819", 0, HEAD_ONLY)]},
        notes={
            "INC": [
                "注：本表反映部门本年度取得的各项收入情况，上级补助收入45.00万元为省级养老服务体系建设补助。"
            ],
            "GBB": [
                "注：本年度人员经费合计608.98万元，公用经费合计48.60万元；其中",
                "30299其他商品和服务支出13.00万元，主要为社区协理员工作经费。",
            ],
        },
        gb_budget="5080.00",
        claims=[
            ("total_income_expenditure", {"amount": "5275.08"}),
            ("execution", {"budget": "5080.00", "actual": "5180.28", "rate": "101.97"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f2 黑龙江
DOCS.append(
    dict(
        file="f2_heilongjiang_longsha_zjj_2023_final.layout.txt",
        note="layout 黑龙江2023 部门决算 in 元, the unit only in the running head '…2023年度部门决算  单位：元'; "
        "一般公共预算财政拨款支出决算表 over two pages with the header NOT printed again and the break inside "
        "2080505's two-line name after its figure line; a 政府性基金 table with figures (2120803) and a 注; "
        "国有资本经营 a '-' 合计 and nothing more",
        kind="final_account",
        org="齐齐哈尔市龙沙区住房和城乡建设局",
        year=2023,
        fmt=Fmt(YUAN),
        fmts={"SG": Fmt(YUAN, zero="0.00")},
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        head="齐齐哈尔市龙沙区住房和城乡建设局2023年度部门决算",
        head_unit="单位：元",
        footer="第 {n} 页",
        unit_where="head",
        org_line="编制单位：{org}",
        wrap=10,
        name_width=12,
        vw=14,
        sg_vw=11,
        empty={"SC": ("zero", "", "-")},
        begin="126480.00",
        begin_gp="126480.00",
        leaves=[
            "2080505 gp_b=682400.00 i_gp=682400.00",
            "2080506 gp_b=272960.00 i_gp=272960.00",
            "2101101 gp_b=236500.00 i_gp=236500.00",
            "2101103 gp_b=64800.00 i_gp=64800.00",
            "2120101 gp_b=3862410.36 i_gp=3862410.36",
            "2120102 gp_p=420000.00 i_gp=420000.00",
            "2120199 gp_p=286500.00 i_gp=286500.00",
            "2120303 gp_p=1250000.00 i_gp=1250000.00",
            "2120399 gp_p=3600000.00 i_gp=3800000.00",
            "2120803 gf_p=2800000.00 i_gf=2800000.00",
            "2210105 gp_p=680000.00 i_gp=680000.00",
            "2210108 gp_p=5200000.00 i_gp=5200000.00",
            "2210201 gp_b=516800.00 i_gp=516800.00",
        ],
        econ={
            "30101": "1286400.00",
            "30102": "1024600.00",
            "30103": "168300.00",
            "30107": "846200.00",
            "30108": "682400.00",
            "30109": "272960.00",
            "30110": "236500.00",
            "30111": "64800.00",
            "30112": "38600.00",
            "30113": "516800.00",
            "30201": "68400.00",
            "30205": "9600.00",
            "30206": "42800.00",
            "30207": "12600.00",
            "30208": "126000.00",
            "30211": "18600.00",
            "30213": "36800.00",
            "30217": "8460.00",
            "30228": "56300.00",
            "30231": "32600.00",
            "30299": "37550.36",
            "30302": "48600.00",
        },
        sangong_budget=("0", "0", "40000.00", "10000.00"),
        sangong=("0", "0", "32600.00", "8460.00"),
        breaks={"GB": [("2080505", 1, BARE)]},
        notes={
            "GF": [
                "注：2120803城市建设支出2,800,000.00元为国有土地使用权出让收入安排的老旧管网改造资金，",
                "    其中2023年新增债券配套800,000.00元。",
            ],
            "EXP": ["说明：本表反映部门本年度各项支出情况。"],
        },
        gb_budget="17000000.00",
        claims=[
            ("total_income_expenditure", {"amount": "20198850.36"}),
            ("execution", {"budget": "17000000.00", "actual": "17072370.36", "rate": "100.43"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f3 江西
DOCS.append(
    dict(
        file="f3_jiangxi_qingshanhu_nyncj_2022_final.layout.txt",
        note="layout 江西2022 部门决算, the unit only in '本部分表格金额单位：万元' on its own line under 第三部分 (no "
        "table prints a unit); 基本支出决算表 over two pages under '（续上表）' with the header again; running head "
        "'部门决算公开', '第n页' footers; a signature line '单位负责人： 财务负责人： 制表人：' under five tables; a "
        "注 with 三公 figures under the 三公 table; 政府性基金 and 国有资本经营 an empty 合计 with a 注",
        kind="final_account",
        org="南昌市青山湖区农业农村局",
        year=2022,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"附表{i}" for i in range(1, 10)],
        label_inline=True,
        titles=FINAL_TITLES,
        head="部门决算公开",
        head_align="r",
        footer="第{n}页",
        unit_where="explain",
        explain="本部分表格金额单位：万元",
        name_width=28,
        vw=12,
        sign="单位负责人：              财务负责人：              制表人：",
        sign_tables=("IES", "INC", "EXP", "FS", "GBB"),
        empty={
            "GF": (
                "blank_total",
                "注：本单位2022年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空。",
                "",
            ),
            "SC": ("blank_total", "注：本单位2022年度无国有资本经营预算财政拨款支出，故本表为空。", ""),
        },
        begin="64.80",
        begin_gp="64.80",
        leaves=[
            "2080505 gp_b=76.54 i_gp=76.54",
            "2080506 gp_b=30.62 i_gp=30.62",
            "2101101 gp_b=18.46 i_gp=18.46",
            "2101102 gp_b=16.28 i_gp=16.28",
            "2130101 gp_b=426.38 i_gp=426.38",
            "2130104 gp_b=318.62 i_gp=318.62",
            "2130108 gp_p=86.00 i_gp=86.00",
            "2130122 gp_p=462.50 i_gp=480.00",
            "2130126 gp_p=128.00 i_gp=128.00",
            "2130153 gp_p=1260.00 i_gp=1260.00",
            "2130505 gp_p=380.00 i_gp=380.00",
            "2210201 gp_b=58.30 i_gp=58.30",
        ],
        econ={
            "30101": "268.40",
            "30102": "126.30",
            "30103": "22.60",
            "30106": "4.80",
            "30107": "198.60",
            "30108": "76.54",
            "30109": "30.62",
            "30110": "34.74",
            "30112": "4.36",
            "30113": "58.30",
            "30114": "2.40",
            "30199": "6.80",
            "30201": "12.60",
            "30202": "2.80",
            "30205": "1.60",
            "30206": "8.40",
            "30207": "3.20",
            "30209": "6.40",
            "30211": "4.60",
            "30213": "5.80",
            "30215": "0.80",
            "30216": "1.60",
            "30217": "1.86",
            "30226": "8.00",
            "30228": "10.12",
            "30229": "2.40",
            "30231": "4.28",
            "30239": "16.80",
            "30299": "5.88",
            "30302": "12.40",
            "30305": "1.20",
        },
        sangong_budget=("0", "0", "6.00", "3.00"),
        sangong=("0", "0", "4.28", "1.86"),
        breaks={"GBB": [("30201", 0, dict(mark="（续上表）", header=True, align="l"))]},
        notes={
            "SG": [
                "注：2022年度本单位因公出国（境）费、公务用车购置费决算数均为0；公务用车运行费4.28万元，",
                "    公务接待费1.86万元，共接待14批次126人次。",
            ],
        },
        gb_budget="3180.00",
        claims=[
            ("total_income_expenditure", {"amount": "3344.00"}),
            ("execution", {"budget": "3180.00", "actual": "3261.70", "rate": "102.57"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f4 河南
DOCS.append(
    dict(
        file="f4_henan_jianxi_gxj_2021_final.layout.txt",
        note="layout 河南2021 部门决算 with 国有资本经营预算财政拨款 money (2230105, 2230203: its 收支总表 and 财政拨款"
        "总表 items, its table with a 注 of a code and a figure); 收入决算表 over two pages under '表2（续）' with the "
        "header again, the break between 类 215 and 款 21505; '第 n 页，共 N 页' footers, no running head; 政府性基金 "
        "table a 0.00 合计 with '本表无数据' below",
        kind="final_account",
        org="洛阳市涧西区工业和信息化局",
        year=2021,
        fmt=Fmt(WAN),
        fmts={"SG": Fmt(WAN, zero="0.00")},
        labels=[f"表{i}" for i in range(1, 10)],
        titles=FINAL_TITLES,
        head="",
        footer="第 {n} 页，共 {N} 页",
        unit_word="金额单位：{u}",
        name_width=28,
        vw=11,
        empty={"GF": ("zero", "本表无数据。", "0.00")},
        begin="18.50",
        begin_gp="18.50",
        leaves=[
            "2080505 gp_b=38.64 i_gp=38.64",
            "2080506 gp_b=15.46 i_gp=15.46",
            "2101101 gp_b=14.20 i_gp=14.20",
            "2150501 gp_b=312.46 i_gp=312.46",
            "2150517 gp_p=380.00 i_gp=400.00",
            "2150599 gp_p=45.00 i_gp=45.00",
            "2150805 gp_p=260.00 i_gp=260.00",
            "2210201 gp_b=26.88 i_gp=26.88",
            "2230105 sc_p=62.40 i_sc=62.40",
            "2230203 sc_p=500.00 i_sc=500.00",
        ],
        econ={
            "30101": "98.60",
            "30102": "76.40",
            "30103": "12.20",
            "30107": "84.30",
            "30108": "38.64",
            "30109": "15.46",
            "30110": "14.20",
            "30112": "1.80",
            "30113": "26.88",
            "30201": "4.60",
            "30205": "0.80",
            "30206": "3.20",
            "30207": "1.40",
            "30211": "2.20",
            "30213": "1.60",
            "30217": "0.96",
            "30228": "4.28",
            "30231": "2.64",
            "30299": "11.28",
            "30302": "6.20",
        },
        sangong_budget=("0", "0", "3.00", "1.50"),
        sangong=("0", "0", "2.64", "0.96"),
        breaks={"INC": [("21505", 0, label_xu("表2（续）", unit=True))]},
        notes={
            "SC": [
                "注：本年度国有资本经营预算财政拨款支出562.40万元，其中：",
                "2230203前瞻性战略性产业发展支出500.00万元，为区属国有企业新材料产业基金注资；",
                "2230105国有企业退休人员社会化管理补助支出62.40万元。",
            ],
            "IES": ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
        },
        gb_budget="1080.00",
        claims=[
            ("total_income_expenditure", {"amount": "1693.54"}),
            ("execution", {"budget": "1080.00", "actual": "1092.64", "rate": "101.17"}),
        ],
    )
)

for _d in DOCS:
    _d.setdefault("scope", "department")
    _d["keys"] = [
        k
        for k in KEYS
        if k in _d["titles"]
        and (k not in ("PROJ", "PROC") or _d.get({"PROJ": "projects", "PROC": "procurement"}[k]))
    ]

BUILT = {doc["file"]: (doc, build(doc)) for doc in DOCS}


# ------------------------------------------------------------------------------------------------ identities


def _v(s: str) -> D:
    s = s.replace(",", "")
    return D(s) if s not in ("", "-") else D(0)


def _printed(t) -> list:
    """The table's rows as printed strings read back into numbers."""
    keys = [k for _, k in t.cols]
    return [(c, n, [_v(t.cell(k, v)) for k, v in zip(keys, vals, strict=True)]) for c, n, vals in t.rows]


def _two(t) -> tuple[dict, dict]:
    f = t.fmt
    left = {ll: _v(f.cell(lv)) for ll, lv, _, _ in t.rows if ll}
    right = {}
    for _, _, rl, rv in t.rows:
        if rl:
            right[rl] = [_v(f.cell(x)) for x in rv] if isinstance(rv, list) else _v(f.cell(rv))
    return left, right


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        final = doc["kind"] == "final_account"
        P = {k: _printed(T[k]) for k in ("INC", "EXP", "GB", "GBB", "GF", "SC") if T[k].rows}
        for k, rows in P.items():
            if k == "GBB":
                by = {c: n[0] for c, _, n in rows if c}
                named = {n: v for c, n, v in rows if c is None}
                for c3 in [c for c in by if len(c) == 3]:
                    assert by[c3] == sum((by[c] for c in by if len(c) == 5 and c[:3] == c3), D(0)), (file, c3)
                assert named["合计"][0] == sum((by[c] for c in by if len(c) == 3), D(0)), file
                assert named["合计"][0] == named["合计"][1] + named["合计"][2], file
                for c, _, n in rows:
                    assert n[0] == n[1] + n[2], (file, c)
                continue
            for code, name, nums in rows:
                assert nums[0] == sum(nums[1:], D(0)), (file, k, code, name)
            by = {c: n for c, _, n in rows if c}
            for c in by:
                if len(c) == 7:
                    continue
                kids = [x for x in by if x.startswith(c) and len(x) == len(c) + 2]
                for i in range(len(by[c])):
                    assert by[c][i] == sum((by[x][i] for x in kids), D(0)), (file, k, c, i)
            tot = next(n for c, _, n in rows if c is None)
            for i in range(len(tot)):
                assert tot[i] == sum((by[c][i] for c in by if len(c) == 3), D(0)), (file, k, i)
        total_of = {k: next(n for c, _, n in rows if c is None) for k, rows in P.items()}
        assert total_of["GB"][1] == total_of["GBB"][0], (file, "basic")
        left, right = _two(T["IES"])
        items = [v for lab, v in left.items() if "、" in lab]
        assert left["本年收入合计"] == sum(items, D(0)), file
        spent = right["本年支出合计"]
        assert spent == total_of["EXP"][0] == sum((v for lab, v in right.items() if "、" in lab), D(0)), file
        fl, fr = _two(T["FS"])
        for lab, v in fr.items():
            assert v[0] == v[1] + v[2] + v[3] and min(v) >= 0, (file, lab)
        if final:
            assert left["本年收入合计"] == total_of["INC"][0], file
            assert left["年初结转和结余"] + left["本年收入合计"] - spent == right["年末结转和结余"], file
            assert left["总计"] == right["总计"], file
            assert right["年末结转和结余"] >= 0
            assert (
                fl["年初财政拨款结转和结余"] + fl["本年收入合计"] - fr["本年支出合计"][0]
                == fr["年末财政拨款结转和结余"][0]
            )
            assert fr["本年支出合计"][1] == total_of["GB"][0], file
            assert fl["总计"] == fr["总计"][0], file
            assert fl["一、一般公共预算财政拨款"] == left["一、一般公共预算财政拨款收入"], file
            assert fl["三、国有资本经营预算财政拨款"] == left["三、国有资本经营预算财政拨款收入"], file
            spent_by_fund = fr["本年支出合计"]
        else:
            assert left["本年收入合计"] + left["上年结转"] == total_of["INC"][0], file
            assert left["收入总计"] == right["支出总计"], file
            assert fr["支出总计"][1] == total_of["GB"][0], file
            assert fl["收入总计"] == fr["支出总计"][0], file
            spent_by_fund = fr["支出总计"]
        assert spent_by_fund[2] == (total_of["GF"][0] if "GF" in P else 0), (file, "GF")
        assert spent_by_fund[3] == (total_of["SC"][0] if "SC" in P else 0), (file, "SC")
        for k in ("GF", "SC"):
            assert (k in P) != bool(T[k].empty), (file, k, "an empty table says so, a filled one does not")
        sg = [_v(T["SG"].fmt.cell(x)) for x in T["SG"].rows[0]]
        for b in range(0, len(sg), 6):
            t, o, car, p, r, j = sg[b : b + 6]
            assert t == o + car + j and car == p + r, (file, "三公")
        assert sg[-2] == D(doc["econ"]["30231"]) and sg[-1] == D(doc["econ"]["30217"]), (file, "三公 vs 302")
        if "PROJ" in T:
            t = T["PROJ"]
            vals = [[_v(t.fmt.cell(x)) for x in r[3]] for r in t.rows]
            for i in range(len(vals[0])):
                assert vals[0][i] == sum((v[i] for v in vals[1:]), D(0)), (file, "PROJ", i)
            for v in vals:
                assert v[0] == sum(v[1:], D(0)), (file, "PROJ row")
            assert vals[0][0] == total_of["EXP"][2], (file, "PROJ = 支出表 项目")
        if "PROC" in T:
            t = T["PROC"]
            amounts = [(k, _v(t.fmt.cell(a))) for k, _c, a in t.rows]
            cats = [a for k, a in amounts if k == "cat"]
            assert amounts[0][1] == sum(cats, D(0)) == sum((a for k, a in amounts if k == "item"), D(0)), file
            at = 0
            for i, (k, a) in enumerate(amounts):
                if k == "cat":
                    j = next((n for n in range(i + 1, len(amounts)) if amounts[n][0] == "cat"), len(amounts))
                    assert a == sum((x for _k, x in amounts[i + 1 : j]), D(0)), (file, "PROC cat")
                    at += 1
        # the stated totals (claims) against the tables
        for kind, figs in doc["claims"]:
            if kind == "total_income_expenditure":
                want = left["总计"] if final else left["收入总计"]
                assert D(figs["amount"]) == want, (file, kind, want)
            if kind == "execution":
                gb_total = total_of["GB"][0]
                assert D(figs["budget"]) == D(doc["gb_budget"]) and D(figs["actual"]) == gb_total, (
                    file,
                    kind,
                )
                rate = (gb_total / D(doc["gb_budget"]) * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
                assert D(figs["rate"]) == rate, (file, kind, rate)
            if kind == "procurement_total":
                assert D(figs["amount"]) == _v(T["PROC"].fmt.cell(T["PROC"].rows[0][2])), (file, kind)
        for k, ln in doc.get("notes", {}).items():
            assert k in T, (file, k)
        # codes the notes print name codes of the report's tables
        assert all(c in FUNC or len(c) != 7 for c in [])


_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        # a table whose rows are all optional zeros last (it would take another table's 合计 first)
        tables=sorted(
            (expectations(T[k]) for k in doc["keys"]),
            key=lambda e: bool(e["rows"]) and all(v.endswith("?") for r in e["rows"] for v in r[2].values()),
        ),
        only_tables=[T[k].key for k in doc["keys"]],
        claims=doc["claims"],
    )
