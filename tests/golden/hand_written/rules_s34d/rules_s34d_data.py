"""Expected readings of the rules_s34d inputs: nine WHOLE documents whose point is WHICH report a document is and
WHICH tables it holds (document metadata and table detection): seven reports (four 部门预算, three 决算: 部门 and
单位), one file holding two reports, one document that is no budget report at all. Three plain pdftotext texts
(.txt), four pdftotext -layout texts (.layout.txt: each word at the character index of its column, a CJK
character one column), two PDFs (drawn with rules_s33c's minipdf.py). Each report: a cover, a 目录, 概况 and 说明
pages, every table of its template (nine), a 名词解释. gen.py prints them with s34d_print.py.

Shapes attacked (thin in rules_s23b/c, s28f, s31e, s32f and tests/test_metadata_covers.py):
- unit names with brackets naming another body: "中共宜昌市委办公室（宜昌市档案局）" (d1, a Party organ whose city
  comes from 市委), "博罗县人民政府办公室（县外事办）" (d2, a county: district 博罗县, no city printed);
- a name over two cover lines: "德阳市旌阳区孝泉镇" / "人民政府" (d4, a 乡镇: city 德阳市, district 旌阳区);
- a 单位决算 whose cover prints "单位名称：…" and "主管部门：湖南省水利厅" around the title, and a date of the next
  year ("编制日期：2024年8月"); the unit "湖南水利水电职业技术学院" prints no region word (湖南 is no 省): its
  province is read from its 主管部门 (d3; expected 湖南省, a judgement: a reader reads it so);
- fiscal years in Chinese numerals: "二〇二五年部门预算" (d1, U+3007), "二○二四年度部门决算" with the date
  "二○二五年八月" below (d2, U+25CB white circle as many producers type it);
- the year printed ONLY on the cover "2024年部门预算" (d4: its 目录, 说明 and table titles name no year; the 说明
  says 本年 / 上年);
- a final account whose 概况 and 说明 speak of the next year's budget in sentences ("2025年部门预算已于2025年2月
  公开", d2); a budget whose 说明 compares with the last final account ("比2023年度部门决算数…", d6);
- a province-level department (d5 江西省林业局: province only), a city's district (d6 雁塔区, d7 金水区, d8 建邺区);
- table labels and titles: "表1" on its own line above (d1), "表一 收入支出决算总表" (d2), titles with the unit and
  year before them "湖南水利水电职业技术学院2023年度收入支出决算总表" (d3), "附表1" above (d4), the label after the
  title "收入支出决算总表（表1）" (d5), "表1-1" … with "2025年" before the titles (d6), "一、收入支出决算总表" (d7),
  "部门公开表3" above (d8);
- a 目录 listing every table title: over TWO pages with dotted leaders and page numbers (d1), one page with dotted
  leaders and page numbers (d5, d3), over two pages with page numbers and no leaders (d7), titles only (d2, d6, d8),
  a PDF 目录 with leaders (d4): it must make no table;
- a title wrapped over two lines: "德阳市旌阳区孝泉镇人民政府财政拨款" / "收支总表" and "…一般公共预算" / "基本支出表"
  (d4 PDF), "2025年一般公共预算" / "支出表" and "…" / "基本支出表" (d6 layout);
- a title at the foot of one page, its table on the next: d4 (一般公共预算支出表, PDF), d7 (支出决算表, PDF),
  d5 (基本支出决算表, layout);
- a file holding two reports: 南京市建邺区司法局's 部门预算 then 南京市建邺区公证处's 单位预算 (d8): the first is read, the
  second said (second_report), none of its figures loaded (a figure of it loaded is SPURIOUS);
- a document that is no budget report: a 政府工作报告 excerpt (d9) with figures, a 主要指标 list and headings naming
  收入 / 支出: no table, parse_status no_tables and a diagnostic saying why.
- amount units: 万元 (d1, d2, d4, d5, d7, d8), 元 with separators (d6, its 三公 table in 万元), 元 without (d3).

Per input (the ../review_check.py format, extended by check.py): note, kind, meta (the Document fields expected;
unit_name compared with brackets folded), tables (per table key: unit, rows [(code, name, {column: value})],
empty), only_tables (in document order: check.py checks the order too), second_report (d8).

The figures are typed below per report as functional 项 leaves "code gp_b gp_p gf_p nf_b nf_p" (一般公共预算 basic /
project, 政府性基金 project, other money basic / project; "-" none), the 一般公共预算 基本支出 by economic 款 (one "*":
the rest), the 三公 items (出国, 购置, 运行, 接待). s34d_lib.build() sums every printed table from them;
s34d_lib.identities() re-adds the printed strings at import (row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类, each
summary side's items = 本年合计, both sides equal, 财政拨款 合计 = 一般公共预算 + 基金, 三公 合计 = 出国 + 车 + 接待,
车 = 购置 + 运行; across tables: 收支总表 = 收入表 = 支出表 合计, 一般公共预算支出表 basic = 基本支出表 合计, 一般公共预算
by 类 = the 财政拨款 summary's). Nothing comes from the parser."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s34d_lib import EXP, FS, GB, GBB, GF, IS, SC, SG, build, expectations, identities  # noqa: E402

B, F = "budget", "final_account"
DEP, UNIT = "department", "unit"


def meta(kind, scope, unit, year, province=None, city=None, district=None, supervisor=None, status="parsed"):
    return dict(
        doc_kind=kind,
        scope=scope,
        unit_name=unit,
        fiscal_year=year,
        province=province,
        city=city,
        district=district,
        supervising_department=supervisor,
        parse_status=status,
    )


def pct(a, b):
    return f"{(D(a) / D(b) * 100):.2f}" if b else "0.00"


def money(x, doc):
    return f"{x:,.2f}{doc['unit']}"


# ============================================================================================ narrative
def narrative(doc, info):
    """概况 and 说明 pages, the figures from the built totals (not checked: this set's theme is no claim)."""
    final = doc["kind"] == F
    y = doc["year"]
    yr = (f"{y}年度" if final else f"{y}年") if doc.get("say_year", True) else "本年"
    s = "本单位" if doc["scope"] == UNIT else "本部门"
    m = lambda x: money(x, doc)  # noqa: E731
    tot, gp, gf, nf = info["total"], info["gp"], info["gf"], info["nf"]
    basic = info["basic"]
    proj = tot - basic
    prior = D(doc["prior"])
    chg = tot - prior
    word = "增加" if chg >= 0 else "减少"
    kind = "决算" if final else "预算"
    sgv = info["sg"][-6:]
    sgb = info["sg"][:6] if final else None
    su = doc.get("sg_unit", doc["unit"])
    p0 = [
        (f"第一部分 {'单位' if doc['scope'] == UNIT else '部门'}概况", True),
        ("一、主要职能", True),
        (doc["duty"], False),
        ("二、机构设置及" + kind + "单位构成", True),
        (doc["units"], False),
        *[(x, False) for x in doc.get("extra0", ())],
    ]
    head = (
        f"第二部分 {yr}{'单位' if doc['scope'] == UNIT else '部门'}{kind}情况说明"
        if doc.get("say_year", True)
        else (f"第二部分 {'部门'}{kind}情况说明")
    )
    p1 = [
        (head, True),
        (f"一、收入支出{kind}总体情况说明", True),
        (
            f"{yr}收入总计{m(tot)}，支出总计{m(tot)}。与上年相比，收、支总计各{word}{m(abs(chg))}，"
            f"{'增长' if chg >= 0 else '下降'}{pct(abs(chg), prior)}%，主要原因是{doc['reason']}",
            False,
        ),
        (f"二、收入{kind}情况说明", True),
        (
            f"{yr}收入合计{m(tot)}，其中："
            + ("财政拨款收入" if final else "一般公共预算拨款收入")
            + f"{m(gp + gf if final else gp)}，占{pct(gp + gf if final else gp, tot)}%；"
            + ("" if final or not gf else f"政府性基金预算拨款收入{m(gf)}，占{pct(gf, tot)}%；")
            + (f"{doc.get('nf', ('其他收入',))[0]}{m(nf)}，占{pct(nf, tot)}%。" if nf else "无其他收入。"),
            False,
        ),
        (f"三、支出{kind}情况说明", True),
        (
            f"{yr}支出合计{m(tot)}，其中：基本支出{m(basic)}，占{pct(basic, tot)}%；项目支出{m(proj)}，占{pct(proj, tot)}%。",
            False,
        ),
        (f"四、财政拨款收入支出{kind}总体情况说明", True),
        (f"{yr}财政拨款收入支出总计{m(gp + gf)}，其中一般公共预算{m(gp)}，政府性基金预算{m(gf)}。", False),
        (f"五、一般公共预算财政拨款支出{kind}情况说明", True),
        (
            f"{yr}一般公共预算财政拨款支出{m(gp)}，主要用于："
            + "；".join(
                f"{n}（类）{m(v[1])}"
                for _c, n, v in [(c, doc_name(c), v) for c, _n, v in info["cats"]]
                if v[1]
            )
            + "。",
            False,
        ),
        (f"六、一般公共预算财政拨款基本支出{kind}情况说明", True),
        (
            f"{yr}一般公共预算财政拨款基本支出{m(info['per'] + info['pub'])}，其中：人员经费{m(info['per'])}，主要包括基本工资、"
            f"津贴补贴、奖金、社会保障缴费、住房公积金等；公用经费{m(info['pub'])}，主要包括办公费、水电费、差旅费、"
            "维修（护）费、公务用车运行维护费等。",
            False,
        ),
        (f"七、“三公”经费{kind}情况说明", True),
        (
            f"{yr}“三公”经费{kind}{sgv[0]:,.2f}{su}，其中：因公出国（境）费{sgv[1]:,.2f}{su}，公务用车购置及运行费"
            f"{sgv[2]:,.2f}{su}（其中公务用车购置费{sgv[3]:,.2f}{su}，公务用车运行费{sgv[4]:,.2f}{su}），公务接待费"
            f"{sgv[5]:,.2f}{su}。"
            + (f"年初预算{sgb[0]:,.2f}{su}，完成预算的{pct(sgv[0], sgb[0])}%。" if final else ""),
            False,
        ),
        (f"八、政府性基金预算财政拨款{kind}情况说明", True),
        (
            f"{yr}政府性基金预算财政拨款支出{m(gf)}，全部为项目支出。"
            if gf
            else f"{s}{yr}没有使用政府性基金预算财政拨款安排的支出。",
            False,
        ),
        ("九、其他重要事项的情况说明", True),
        (
            f"（一）机关运行经费：{yr}机关运行经费{m(info['pub'])}，用于保障机构正常运转。（二）政府采购：{doc['procure']}"
            f"（三）国有资产占用：{doc['assets']}",
            False,
        ),
        *[(x, False) for x in doc.get("extra1", ())],
    ]
    return [p0, p1]


def doc_name(code):
    from s34d_lib import FUNC

    return FUNC[code]


GLOSS_B = [
    "一、一般公共预算拨款收入：指同级财政当年拨付的资金。",
    "二、政府性基金预算拨款收入：指同级财政以政府性基金预算安排的资金。",
    "三、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "四、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "五、“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "六、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]
GLOSS_F = [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。",
    "三、其他收入：指单位取得的除上述收入以外的各项收入，主要是存款利息等。",
    "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
]


def toc(doc, part1, part2, part3):
    return [(part1, "n0"), (part2, "n1"), (part3, None), ("{tables}", None), ("第四部分 名词解释", "g")]


DOCS = {}

# ============================================================================================ d1
_d1 = dict(
    note="layout 湖北 部门预算 (万元): cover '中共宜昌市委办公室（宜昌市档案局）' / '二〇二五年部门预算' / '二〇二五年二月'; "
    "目录 over TWO pages listing every table with dotted leaders and page numbers; '表1' alone above each title; a "
    "running head '中共宜昌市委办公室（宜昌市档案局）2025年部门预算' atop every page after the cover",
    kind=B,
    scope=DEP,
    org="中共宜昌市委办公室（宜昌市档案局）",
    year=2025,
    unit="万元",
    cover=["中共宜昌市委办公室（宜昌市档案局）", "二〇二五年部门预算", "二〇二五年二月"],
    style=dict(
        label="表{n}",
        label_pos="above",
        toc_split=7,
        toc_dots=True,
        footer="- {n} -",
        running="中共宜昌市委办公室（宜昌市档案局）2025年部门预算",
    ),
    leaves="""
2012601 156.80 - - - -
2012604 - 95.00 - - -
2013101 1286.42 - - - -
2013102 - 368.50 - - -
2013150 214.36 - - - -
2080505 168.24 - - - -
2080506 84.12 - - - -
2101101 72.45 - - - -
2210201 126.18 - - - -
""",
    econ="""
30101 412.68
30102 286.34
30103 124.52
30107 498.76
30108 168.24
30109 84.12
30110 72.45
30113 126.18
30199 *
30201 38.60
30207 12.40
30211 24.80
30213 18.20
30217 6.40
30228 22.15
30231 18.60
30299 46.30
30302 62.80
""",
    sangong=("0", "0", "18.60", "6.40"),
    prior="2468.30",
    reason="档案馆数字化项目新增经费。",
    duty="中共宜昌市委办公室是市委的综合办事机构，负责市委日常运转的组织协调，承担市委文稿起草、信息综合、督促检查、机要保密等工作；"
    "宜昌市档案局与市委办公室合署办公，负责全市档案事业的统筹规划和组织协调。",
    units="纳入本部门2025年部门预算编制范围的单位共2个：中共宜昌市委办公室（宜昌市档案局）机关和宜昌市档案馆。",
    procure="2025年政府采购预算安排86.40万元，其中货物类52.40万元，服务类34.00万元。",
    assets="截至2024年12月31日，本部门共有车辆4辆，单位价值50万元以上通用设备1台。",
)
_d1["toc"] = toc(_d1, "第一部分 部门概况", "第二部分 2025年部门预算情况说明", "第三部分 2025年部门预算表")
DOCS["d1_hubei_yichang_swbgs_2025_budget.layout.txt"] = (
    _d1,
    meta(B, DEP, "中共宜昌市委办公室（宜昌市档案局）", 2025, city="宜昌市"),
)

# ============================================================================================ d2
_d2 = dict(
    note="plain 广东 部门决算 (万元): cover '博罗县人民政府办公室（县外事办）' / '二○二四年度部门决算' (U+25CB) / '二○二五年八月'; "
    "its 概况 and 说明 speak of the '2025年部门预算'; '表一 收入支出决算总表' (label before the title); 目录 titles only",
    kind=F,
    scope=DEP,
    org="博罗县人民政府办公室（县外事办）",
    year=2024,
    unit="万元",
    cover=["博罗县人民政府办公室（县外事办）", "二○二四年度部门决算", "二○二五年八月"],
    style=dict(label="表{cn}", label_pos="before", toc_pages=False, footer="{n}"),
    leaves="""
2010301 612.38 - - - -
2010302 - 186.40 - - -
2010308 - 42.60 - - -
2010350 158.72 - - 12.30 -
2080505 92.16 - - - -
2080506 46.08 - - - -
2101101 38.94 - - - -
2210201 71.52 - - - -
""",
    econ="""
30101 236.40
30102 184.62
30103 46.80
30107 98.24
30108 92.16
30109 46.08
30110 38.94
30113 71.52
30201 26.30
30211 14.86
30217 6.42
30228 12.60
30231 13.86
30299 *
30302 18.40
""",
    sangong_budget=("3.00", "0", "15.00", "8.00"),
    sangong=("0", "0", "13.86", "6.42"),
    prior="1198.62",
    reason="县政务服务热线整合后信访事务经费增加。",
    duty="博罗县人民政府办公室是县人民政府的办事机构，负责县政府日常运转的组织协调和政务服务工作；县外事办公室设在县政府办公室，"
    "负责全县外事、港澳事务的归口管理。",
    units="本部门2024年度部门决算汇总单位1个，为博罗县人民政府办公室（县外事办）本级。内设秘书股、综合股、督查股、信息股、"
    "行政审批股、外事侨务股、信访股和机关党委办公室等8个股室，核定行政编制38名、事业编制12名，年末实有人员46人。",
    extra0=(
        "（一）负责县政府会议的准备工作，协助县政府领导组织会议决定事项的实施；（二）协助县政府领导同志组织起草或审核以县政府、"
        "县政府办公室名义发布的公文；（三）研究县政府各部门和各镇人民政府请示县政府的事项，提出审核意见，报县政府领导同志审批；"
        "（四）督促检查县政府各部门和各镇人民政府对县政府公文、会议决定事项及县政府领导同志指示的执行落实情况；"
        "（五）负责全县政务公开、政府信息公开和政务服务管理工作，承担县政府门户网站的内容保障；（六）负责县政府值班工作，"
        "及时报告重要情况，协助县政府领导同志做好需由县政府处理的突发事件的应急处置工作；（七）负责全县外事、侨务、港澳事务的"
        "归口管理，承办县政府对外交往事务；（八）承办县政府交办的其他事项。",
        "本部门2025年部门预算已于2025年2月在博罗县人民政府门户网站公开，2025年部门预算安排收入1,268.40万元，"
        "较2024年年初预算增长3.20%。",
    ),
    extra1=(
        "十、关于2025年部门预算的说明：2025年部门预算按照“过紧日子”要求编制，一般公共预算拨款收入1,256.10万元。",
    ),
    procure="2024年度政府采购支出总额42.36万元，其中货物采购18.20万元，服务采购24.16万元。",
    assets="截至2024年12月31日，共有车辆3辆，其中一般公务用车2辆、其他用车1辆。",
)
_d2["toc"] = toc(_d2, "第一部分 部门概况", "第二部分 2024年度部门决算情况说明", "第三部分 2024年度部门决算表")
DOCS["d2_guangdong_boluo_zfb_2024_final.txt"] = (
    _d2,
    meta(F, DEP, "博罗县人民政府办公室（县外事办）", 2024, district="博罗县"),
)

# ============================================================================================ d3
_d3 = dict(
    note="layout 湖南 单位决算 (元, no thousands separators): cover '2023年度单位决算' / '单位名称：湖南水利水电职业技术学院' / "
    "'主管部门：湖南省水利厅' / '编制日期：2024年8月'; the unit prints no region word (province from its 主管部门); titles "
    "with the unit and year before them ('湖南水利水电职业技术学院2023年度收入支出决算总表'); 目录 one page with leaders; "
    "a running head '湖南水利水电职业技术学院2023年度单位决算' atop every page after the cover",
    kind=F,
    scope=UNIT,
    org="湖南水利水电职业技术学院",
    year=2023,
    unit="元",
    sep=False,
    nf=("事业收入", "business"),
    cover=[
        "2023年度单位决算",
        "单位名称：湖南水利水电职业技术学院",
        "主管部门：湖南省水利厅",
        "编制日期：2024年8月",
    ],
    style=dict(
        label="",
        label_pos="none",
        prefix="湖南水利水电职业技术学院2023年度",
        toc_dots=True,
        footer="第 {n} 页",
        org_line="单位名称：{org}",
        running="湖南水利水电职业技术学院2023年度单位决算",
    ),
    leaves="""
2050305 48263518.36 12860000.00 - 21436280.55 6824300.00
2050803 - 1850000.00 - - 923600.00
2080502 3126480.00 - - - -
2080505 5328640.32 - - - -
2080506 2664320.16 - - - -
2101102 2216487.40 - - - -
2210201 4120668.00 - - - -
""",
    econ="""
30101 14862340.00
30102 3286420.00
30107 22438260.50
30108 5328640.32
30109 2664320.16
30110 2216487.40
30112 386420.00
30113 4120668.00
30201 826430.00
30205 362180.00
30206 1186240.00
30211 412860.00
30213 1628400.00
30216 236800.00
30217 61238.00
30228 642360.00
30231 108652.40
30299 *
30302 2486300.00
30305 640180.00
""",
    sangong_budget=("0", "0", "120000.00", "80000.00"),
    sangong=("0", "0", "108652.40", "61238.00"),
    prior="105862430.65",
    reason="高等职业教育学生人数增加，事业收入和教学支出相应增加。",
    duty="湖南水利水电职业技术学院是湖南省水利厅主管的公办全日制普通高等职业院校，主要承担水利水电类高素质技术技能人才培养、"
    "水利行业职工培训和技术服务等职能。",
    units="本单位为湖南省水利厅所属公益二类事业单位，内设党政管理机构14个、教学院部9个，2023年末在校生11,862人。",
    procure="2023年度政府采购支出总额8,624,300.00元，其中货物采购5,862,100.00元，工程采购1,200,000.00元，服务采购1,562,200.00元。",
    assets="截至2023年12月31日，共有车辆6辆，单位价值100万元以上设备12台（套）。",
)
_d3["toc"] = [
    ("第一部分 单位概况", "n0"),
    ("第二部分 2023年度单位决算情况说明", "n1"),
    ("第三部分 2023年度单位决算表", None),
    ("{tables}", None),
    ("第四部分 名词解释", "g"),
]
DOCS["d3_hunan_sdzy_2023_unit_final.layout.txt"] = (
    _d3,
    meta(F, UNIT, "湖南水利水电职业技术学院", 2023, province="湖南省", supervisor="湖南省水利厅"),
)

# ============================================================================================ d4
_d4 = dict(
    note="PDF 四川 乡镇 部门预算 (万元): the name over two cover lines '德阳市旌阳区孝泉镇' / '人民政府', the year ONLY on the "
    "cover ('2024年部门预算'); '附表1' above the titles; two titles wrapped over two lines (财政拨款收支总表, 基本支出表, "
    "the unit's name before them); the 一般公共预算支出表's title at the foot of a page, its table on the next",
    kind=B,
    scope=DEP,
    org="德阳市旌阳区孝泉镇人民政府",
    year=2024,
    unit="万元",
    say_year=False,
    cover=["德阳市旌阳区孝泉镇", "人民政府", "2024年部门预算"],
    style=dict(
        label="附表{n}",
        label_pos="above",
        prefixes={FS: "德阳市旌阳区孝泉镇人民政府", GBB: "德阳市旌阳区孝泉镇人民政府"},
        wrap={FS: 17, GBB: 19},
        apart=(GB,),
        toc_dots=True,
        footer="第 {n} 页",
    ),
    leaves="""
2010301 486.25 - - - -
2010302 - 126.00 - - -
2080505 76.48 - - - -
2080506 38.24 - - - -
2101101 32.16 - - - -
2120399 - 85.00 - - -
2120804 - - 320.00 - -
2130104 138.62 - - - -
2130705 - 214.80 - - -
2210201 58.92 - - - -
""",
    econ="""
30101 198.42
30102 224.36
30107 92.18
30108 76.48
30109 38.24
30110 32.16
30113 58.92
30201 18.40
30211 8.60
30217 3.20
30228 9.80
30231 9.60
30299 *
30305 26.40
""",
    sangong=("0", "0", "9.60", "3.20"),
    prior="1498.26",
    reason="农村基础设施建设项目增加。",
    duty="孝泉镇人民政府负责执行本级人民代表大会的决议和上级国家行政机关的决定，管理本镇经济发展、农业农村、社会事务、"
    "乡村建设和社会治理等工作。",
    units="本部门预算为孝泉镇人民政府本级预算，下设党政综合办公室、经济发展办公室、社会事务办公室等7个内设机构。",
    procure="本年政府采购预算安排42.00万元，全部为服务类。",
    assets="截至上年末，本部门共有车辆2辆。",
)
_d4["toc"] = [
    ("第一部分 部门概况", "n0"),
    ("第二部分 部门预算情况说明", "n1"),
    ("第三部分 部门预算表", None),
    ("{tables}", None),
    ("第四部分 名词解释", "g"),
]
DOCS["d4_sichuan_jingyang_xiaoquan_2024_budget.pdf"] = (
    _d4,
    meta(B, DEP, "德阳市旌阳区孝泉镇人民政府", 2024, city="德阳市", district="旌阳区"),
)

# ============================================================================================ d5
_d5 = dict(
    note="layout 江西 province-level 部门决算 (万元): cover '江西省林业局' / '2023年度部门决算'; the label AFTER the title "
    "('收入支出决算总表（表1）'); 目录 one page with leaders and page numbers; the 基本支出决算表's title at the foot of a "
    "page, its table on the next",
    kind=F,
    scope=DEP,
    org="江西省林业局",
    year=2023,
    unit="万元",
    cover=["江西省林业局", "2023年度部门决算", "二〇二四年九月"],
    style=dict(label="（表{n}）", label_pos="after", apart=(GBB,), toc_dots=True, footer="- {n} -"),
    leaves="""
2080501 396.24 - - - -
2080505 862.40 - - - -
2080506 431.20 - - - -
2101101 186.52 - - - -
2101102 204.38 - - - -
2130201 2864.37 - - - -
2130204 4126.58 - - 386.20 -
2130205 - 12860.00 - - 420.00
2130209 - 8642.35 - - -
2130234 - 1526.80 - - -
2210201 658.90 - - - -
""",
    econ="""
30101 1686.42
30102 1462.38
30103 386.50
30107 2064.28
30108 862.40
30109 431.20
30110 390.90
30113 658.90
30199 126.40
30201 186.20
30205 42.60
30206 128.40
30211 210.46
30213 168.30
30216 62.40
30217 12.64
30228 98.60
30231 78.35
30299 *
30302 396.24
30307 46.20
31002 38.60
""",
    sangong_budget=("12.00", "30.00", "86.00", "18.00"),
    sangong=("8.46", "29.80", "78.35", "12.64"),
    prior="33864.12",
    reason="中央财政森林生态效益补偿资金和森林资源培育项目资金增加。",
    duty="江西省林业局是省政府直属机构，负责全省林业和草原及其生态保护修复的监督管理，组织林业和草原生态保护修复和造林绿化工作，"
    "负责森林、草原、湿地资源的监督管理，负责监督管理各类自然保护地。",
    units="纳入江西省林业局2023年度部门决算编制范围的二级预算单位共14个，包括局机关和所属事业单位。",
    procure="2023年度政府采购支出总额1,862.40万元，其中货物采购612.30万元，工程采购846.00万元，服务采购404.10万元。",
    assets="截至2023年12月31日，共有车辆46辆，其中执法执勤用车21辆、特种专业技术用车18辆、其他用车7辆。",
)
_d5["toc"] = toc(_d5, "第一部分 部门概况", "第二部分 2023年度部门决算情况说明", "第三部分 2023年度部门决算表")
DOCS["d5_jiangxi_lyj_2023_final.layout.txt"] = (_d5, meta(F, DEP, "江西省林业局", 2023, province="江西省"))

# ============================================================================================ d6
_d6 = dict(
    note="layout 陕西 部门预算 (元, 三公 in 万元): cover '西安市雁塔区住房和城乡建设局' / '2025年部门预算'; labels '表1-1' … with "
    "'2025年' before every title; 2 titles wrapped over two lines; its 说明 compares with '2023年度部门决算' figures; "
    "目录 titles only",
    kind=B,
    scope=DEP,
    org="西安市雁塔区住房和城乡建设局",
    year=2025,
    unit="元",
    sg_unit="万元",
    cover=["西安市雁塔区住房和城乡建设局", "2025年部门预算"],
    style=dict(
        label="表1-{n}",
        label_pos="above",
        prefix="2025年",
        wrap={GB: 11, GBB: 11},
        toc_pages=False,
        footer="- {n} -",
    ),
    leaves="""
2080505 1083264.00 - - - -
2080506 541632.00 - - - -
2101101 486240.00 - - - -
2120101 6842365.00 - - - -
2120102 - 1860000.00 - - -
2120106 - 3250000.00 - - -
2120199 - 980000.00 - - -
2120801 - - 26000000.00 - -
2210103 - 12500000.00 - - -
2210201 812448.00 - - - -
""",
    econ="""
30101 2286420.00
30102 1642380.00
30103 386240.00
30107 1486200.00
30108 1083264.00
30109 541632.00
30110 486240.00
30113 812448.00
30201 126400.00
30207 48600.00
30211 86420.00
30217 25000.00
30228 92480.00
30231 68000.00
30299 *
30302 186200.00
""",
    sangong=("0", "0", "6.80", "2.50"),
    prior="47862350.00",
    reason="棚户区改造项目和征地拆迁补偿支出增加。",
    duty="西安市雁塔区住房和城乡建设局负责全区住房保障、城乡建设、建筑市场和工程质量安全监督管理等工作。",
    units="纳入本部门2025年部门预算编制范围的单位共1个，为局机关本级。",
    extra0=("本部门2023年度部门决算已于2024年8月公开，2023年度决算支出合计48,265,310.42元。",),
    extra1=(
        "与2023年度部门决算数相比，2025年一般公共预算拨款收入较2023年度部门决算数增加2,146,820.00元，主要是棚户区改造项目增加。",
    ),
    procure="2025年政府采购预算1,260,000.00元，全部为服务类。",
    assets="截至2024年12月31日，本部门共有车辆5辆。",
)
_d6["toc"] = toc(_d6, "第一部分 部门概况", "第二部分 2025年部门预算情况说明", "第三部分 2025年部门预算表")
DOCS["d6_shaanxi_yanta_zjj_2025_budget.layout.txt"] = (
    _d6,
    meta(B, DEP, "西安市雁塔区住房和城乡建设局", 2025, city="西安市", district="雁塔区"),
)

# ============================================================================================ d7
_d7 = dict(
    note="PDF 河南 部门决算 (万元): titles '一、收入支出决算总表' (numbered 一、 on the title's line); 目录 over TWO pages with "
    "page numbers, no leaders; the 支出决算表's title at the foot of a page, its table on the next; 收入支出决算总表 with 行次",
    kind=F,
    scope=DEP,
    org="郑州市金水区市场监督管理局",
    year=2024,
    unit="万元",
    rowno=True,
    cover=["郑州市金水区市场监督管理局", "2024年度部门决算"],
    style=dict(
        label="{cn}、",
        label_pos="before",
        toc_split=6,
        toc_dots=False,
        apart=(EXP,),
        footer="第 {n} 页",
        landscape=(SG, IS, FS),
    ),
    leaves="""
2013801 3862.47 - - - -
2013802 - 426.30 - - -
2013804 - 168.00 - - -
2013805 - 512.60 - - -
2013812 - 96.40 - - -
2013816 - 738.25 - - -
2080505 486.72 - - - -
2080506 243.36 - - - -
2101101 164.85 - - - -
2210201 392.16 - - - -
""",
    econ="""
30101 1362.48
30102 986.40
30103 286.20
30107 842.36
30108 486.72
30109 243.36
30110 164.85
30113 392.16
30201 82.60
30211 46.20
30217 4.18
30228 52.40
30231 38.62
30299 *
30302 126.40
""",
    sangong_budget=("0", "0", "42.00", "6.00"),
    sangong=("0", "0", "38.62", "4.18"),
    prior="6812.40",
    reason="食品安全抽检和市场秩序执法专项经费增加。",
    duty="郑州市金水区市场监督管理局负责全区市场综合监督管理，统一登记市场主体，组织市场监管综合执法，承担食品、药品、特种设备安全监管等工作。",
    units="纳入本部门2024年度部门决算编制范围的单位共1个，为局机关本级（含17个市场监督管理所）。",
    procure="2024年度政府采购支出总额286.40万元，其中货物采购96.20万元，服务采购190.20万元。",
    assets="截至2024年12月31日，共有车辆28辆，其中执法执勤用车24辆。",
)
_d7["toc"] = toc(_d7, "第一部分 部门概况", "第二部分 2024年度部门决算情况说明", "第三部分 2024年度部门决算表")
DOCS["d7_henan_jinshui_scjgj_2024_final.pdf"] = (
    _d7,
    meta(F, DEP, "郑州市金水区市场监督管理局", 2024, city="郑州市", district="金水区"),
)

# ============================================================================================ d8
_d8 = dict(
    note="plain 江苏: 南京市建邺区司法局's 2025年部门预算 ('部门公开表1' above each title) and, after it in the same file, "
    "南京市建邺区公证处's 2025年单位预算 (cover, 目录, 说明, its nine 单位… tables): the first is read, the second said "
    "(second_report), none of its figures loaded",
    kind=B,
    scope=DEP,
    org="南京市建邺区司法局",
    year=2025,
    unit="万元",
    cover=["南京市建邺区司法局", "2025年部门预算"],
    style=dict(label="部门公开表{n}", label_pos="above", toc_pages=False, footer="- {n} -"),
    leaves="""
2040601 1126.38 - - - -
2040604 - 286.50 - - -
2040605 - 64.00 - - -
2040607 - 145.80 - - -
2040610 - 98.60 - - -
2040650 168.42 - - 86.40 -
2080505 142.56 - - - -
2080506 71.28 - - - -
2101101 58.60 - - - -
2210201 112.34 - - - -
""",
    econ="""
30101 386.40
30102 286.32
30103 96.80
30107 368.46
30108 142.56
30109 71.28
30110 58.60
30113 112.34
30201 24.60
30211 12.80
30217 3.60
30228 18.40
30231 12.80
30299 *
30302 32.60
""",
    sangong=("0", "0", "12.80", "3.60"),
    prior="2186.42",
    reason="社区矫正和公共法律服务项目经费增加。",
    duty="南京市建邺区司法局负责全区法治政府建设、行政执法监督、普法宣传、人民调解、社区矫正和公共法律服务体系建设等工作。",
    units="纳入本部门2025年部门预算编制范围的单位共2个：南京市建邺区司法局机关和南京市建邺区公证处。",
    procure="2025年政府采购预算68.00万元，其中货物类18.00万元，服务类50.00万元。",
    assets="截至2024年12月31日，本部门共有车辆3辆。",
)
_d8["toc"] = toc(_d8, "第一部分 部门概况", "第二部分 2025年部门预算情况说明", "第三部分 2025年部门预算表")
_d8b = dict(
    _d8,
    scope=UNIT,
    org="南京市建邺区公证处",
    cover=["南京市建邺区公证处", "2025年单位预算"],
    style=dict(label="单位公开表{n}", label_pos="above", toc_pages=False, footer="- {n} -"),
    leaves="""
2040650 168.42 - - 86.40 -
2080505 18.60 - - - -
2080506 9.30 - - - -
2210201 14.72 - - - -
""",
    econ="""
30101 62.40
30102 38.60
30107 42.18
30108 18.60
30109 9.30
30113 14.72
30201 4.20
30299 *
""",
    sangong=("0", "0", "0", "0.60"),
    prior="276.80",
    reason="公证业务量增加，事业收入相应增加。",
    duty="南京市建邺区公证处是南京市建邺区司法局所属公益类事业单位，依法办理公证事项，提供公证法律服务。",
    units="本单位为南京市建邺区司法局所属事业单位，内设综合科、业务科2个科室。",
    procure="2025年政府采购预算6.00万元，全部为货物类。",
    assets="截至2024年12月31日，本单位无公务用车。",
)
_d8b["toc"] = toc(_d8b, "第一部分 单位概况", "第二部分 2025年单位预算情况说明", "第三部分 2025年单位预算表")
DOCS["d8_jiangsu_jianye_sfj_2025_budget_and_unit.txt"] = (
    _d8,
    meta(B, DEP, "南京市建邺区司法局", 2025, city="南京市", district="建邺区"),
)
SECOND = {"d8_jiangsu_jianye_sfj_2025_budget_and_unit.txt": _d8b}

# ============================================================================================ d9
D9 = "d9_hubei_xiangyang_zfgzbg_2025_excerpt.txt"

# ============================================================================================ built
BUILT = {}
EXPECTED = {}
for _name, (_doc, _meta) in DOCS.items():
    _tabs, _info = build(_doc)
    identities(_name, _tabs, _info)
    _doc["narr"] = narrative(_doc, _info)
    _doc["gloss"] = GLOSS_F if _doc["kind"] == F else GLOSS_B
    _parts = [(_doc, _tabs)]
    if _name in SECOND:
        _tabs2, _info2 = build(SECOND[_name])
        identities(_name + " (second)", _tabs2, _info2)
        SECOND[_name]["narr"] = narrative(SECOND[_name], _info2)
        SECOND[_name]["gloss"] = GLOSS_B
        _parts.append((SECOND[_name], _tabs2))
    BUILT[_name] = _parts
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        meta=_meta,
        tables=expectations(_tabs),
        only_tables=[t.key for t in _tabs],
        second_report=_name in SECOND,
    )

EXPECTED[D9] = dict(
    note="plain 政府工作报告 (excerpt) of 襄阳市 with figures (GDP, 一般公共预算收入 / 支出 in 亿元, a 主要指标 list, headings naming "
    "收入 / 支出): no budget report: no table, no figure, parse_status no_tables with a no_tables diagnostic saying why",
    kind=B,
    meta=dict(doc_kind=None, scope=None, unit_name=None, parse_status="no_tables"),
    tables=[],
    only_tables=[],
    second_report=False,
    no_tables=True,
)
_ = (EXP, GF, IS, SC, SG)
