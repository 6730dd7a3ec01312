"""Expected readings of the rules_s34b inputs: eight WHOLE reports (four 部门预算 2024-2026, four 部门决算 2021-2024),
each a cover, a 目录, a 部门概况, a 说明 with figures, every table of its template and a 名词解释, written by gen.py from
the figures typed below (s34b_lib sums every printed cell from the typed leaves; the expectations are read from those
printed strings, never from the parser's output). Six are plain pdftotext text (.txt: one table row a line, blank
cells DROPPED, so a row prints fewer figures than the table has columns and the identities must place them), two
are pdftotext -layout text (.layout.txt: the control, where each figure stands under its column).

Theme: COLUMN ASSIGNMENT by identities, the solver's hard cases.

Shapes attacked (documents):
- rounding (万元 from 元 leaves with cents, every cell rounded on its own, half up): rows whose total − Σ printed
  parts is ±0.01 (t1, t4: 2-part rows) and ±0.02 (t1: 3-part rows of the 部门收入总表 一般公共预算 + 事业 + 其他,
  of the 一般公共预算支出表 人员经费 + 公用经费 + 项目支出), 类 ≠ Σ 款 and 合计 ≠ Σ 类 by 0.01 / 0.02 (t1, t4; the
  list is in GAPS below, computed at import from the printed strings); the 元 documents (t3, t5) hold every
  identity exactly.
- two parts equal: 基本 = 项目 / 公用经费 = 项目支出 (t1 2130135 under 合计 | 人员经费 | 公用经费 | 项目支出: the
  pair fits 人员+公用, 人员+项目 or 公用+项目 by the row alone), 财政拨款 = 事业收入 (t5 2100302 under seven
  columns), 基本 = 项目 (t6 2080208, t4 2130306, l1 / l2 the same rows with positions);
- a part equal to the total (all in one column): nearly every row of every table; a 项 of 事业收入 only in the
  收入决算表 (t5 2100201) whose column only the family sums give;
- a printed 0.00 beside blanks: t3's 部门支出总表 prints 0.00 in 项目支出 on every 项 with no project money (the
  producer's formula) and leaves the other empty cells blank: "x x 0.00" under six columns, where the zero may
  stand in any column between its neighbours (expected "0.00?" in each of them: loading it nowhere, or as zero
  in one of them, is right; the non-zero figures must still be placed), and on 2100302 "x b 0.00 ox up"
  where only 项目支出 lies between 基本 and 经营 (decided); t5's 收入决算表 prints 0.00 in 其他收入 on the 项
  with no other income alike;
- a row printing only its total: t3's 一般公共预算支出表 prints its 类 and 款 rows with the 合计 cell only (the
  producer fills the split on the 项 rows and on 合计): their blank 基本 / 项目 cells are no zeros (their 项
  carry the split), so the family sums hold 项 -> 合计 and the 类 / 款 rows have a total only;
- decided only across tables: t4's 一般公共预算财政拨款支出决算表 prints 2130310 水土保持 and 2130314 防汛 as
  "50.00 50.00" each under 合计 | 基本支出 | 项目支出 in one 款 (either way round by the table alone); the
  支出决算表 prints 2130314 as "80.00 50.00 30.00" (30.00 of 事业收入 project money) which fixes 2130310 there as
  项目支出, and the same code and total (50.00) pins it in the 一般公共预算 table, and 2130314 follows;
  t4's 收入决算表 合计 row "T 财政拨款 上级补助 事业 其他" under seven columns, every 项 printing two or three
  figures, is placed only by the 收入支出决算总表's income items (the 合计 row pinned by the 收支总表; 上级补助
  32.00 on 2130304 and 事业 30.00 on 2130314 differ, so the two rows cannot swap: a first draft with 30.00 on both
  was a true ambiguity, said by the parser, and was changed);
- deliberately AMBIGUOUS rows (expected under a key "basic|project" that names no column: loading the figure
  under either column is WRONG, not loading it with a diagnostic naming the row is SAID):
  * t2 2079999 其他文化旅游体育与传媒支出 (类 207 / 款 20799) and 2299999 其他支出 (类 229 / 款 22999), 50.00 each,
    all 一般公共预算, in the 部门支出总表 AND the 一般公共预算支出表 (合计 | 基本支出 | 项目支出): each prints
    "50.00 50.00" on its 项, 款 and 类 rows; the 合计 row's 基本 and 项目 hold with 2079999 = 项目 and 2299999 =
    基本 (the truth) or the other way round; no other table states a split by function (the 基本支出表 is by
    economic code, the 财政拨款收支总表 by 类 and fund, the 说明 only totals); both subjects are "其他…支出",
    which can be either a unit's running cost or a project: a human cannot decide either.
  * t6 2129999 其他城乡社区支出 (类 212 / 款 21299) and 2299999 其他支出 (类 229 / 款 22999), 50.00 each, all 一般
    公共预算, in the 支出决算表 (six columns) and the 一般公共预算财政拨款支出决算表: the same swap, each the only
    项 of its 类, unresolved by any table (a first draft put the pair under 208, where 208's other 款 fix it: a
    parser reading it was right, so the pair was moved to a 类 of its own).
- rows where NOTHING fits (misprints; expected: the total under "total", the misprinted figure under
  "basic|project" or "fiscal_appropriation|upper_grant": any loading of it is WRONG, a diagnostic naming the row
  is SAID):
  * t2 部门支出总表 2080501 行政单位离退休 printed "86.40 84.60" (the 一般公共预算支出表 prints "86.40 86.40"): a
    total and one part that differ, under 合计 | 基本 | 项目, so no column holds 84.60 by the identities. Its
    siblings (2080505 / 2080506 / 2080599, "x x") stay decidable by a human: their 款 20805 prints no 项目支出, so
    every child's 项目支出 is zero (expected as 基本支出: a parser that says them ambiguous because the family
    no longer adds up has let one misprint spoil its neighbours);
  * t6 收入决算表 2081002 老年福利 printed "126.80 128.60" (the 支出决算表's 2081002 is 126.80): total and part differ.
    Its sibling 2081004 殡葬 "51.00 48.60 2.40" stays decidable by a human: the 款 20810 prints 财政拨款 and 其他收入
    only (上级补助 blank), so 48.60 / 2.40 are 财政拨款 / 其他收入 (expected so).
- controls with positions: l1 (budget, the t2 rows without the misprint), l2 (final, t4's cross-table rows and
  t6's equal parts): every figure under the column it stands in, the "50.00 50.00" rows too (expected true).

Claims: the 说明's totals (total_income_expenditure; finals also total_income, total_expenditure, execution of the
一般公共预算 and sangong_execution), checked by check.py as rules_s33i's.

Format as ../review_check.py: per input note, kind, tables=[dict(table, unit, rows=[(code, name, {column: value
as printed})])], only_tables, claims. A printed 0.00 is "0.00?" (in every column it may stand in); blank cells have
no expectation. _identities() (run at import) re-adds every printed table: row total = Σ parts, 类 = Σ 款 = Σ 项,
合计 = Σ 类 per column to the printed rounding (misprinted rows asserted NOT to add up), the 收支总表's income items
= the 收入表's 合计 by column, its 类 = the 支出表's 类, 本年合计 and 总计 both sides, the 财政拨款收支总表's 类 = the
一般公共预算表's 类, the 基本支出表 total = the 一般公共预算 basic total, 三公 合计 = Σ items."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s34b_lib import build, check_coded, expectations, gaps, num, render  # noqa: E402

AMB = "basic|project"

COMMON_MORE = [
    (
        "机关运行经费情况说明",
        "本部门机关运行经费主要用于保障机关日常运转，包括办公费、水电费、差旅费、维修（护）费、公务用车运行维护费等，"
        "严格执行过紧日子要求，从严从紧控制一般性支出。",
    ),
    (
        "政府采购情况说明",
        "本部门严格执行政府采购制度，采购项目均按规定纳入政府采购预算，依法采用公开招标、竞争性磋商、"
        "询价等方式组织实施，进一步提高采购透明度和资金使用效益。",
    ),
    (
        "国有资产占用情况说明",
        "截至上年末，本部门共有车辆3辆，其中：一般公务用车1辆、执法执勤用车2辆；无单价100万元以上专用设备。",
    ),
    (
        "预算绩效管理情况说明",
        "本部门按要求对项目支出全面编制绩效目标，做到项目支出绩效目标全覆盖，绩效目标与预算同步"
        "申报、同步审核、同步批复、同步公开，并对重点项目开展绩效运行监控，确保年度绩效目标如期实现。",
    ),
]

DOCS = {}

# ------------------------------------------------------------------------------------------------ t1
DOCS["t1_zhejiang_lanxi_nyncj_2025_budget.txt"] = dict(
    note="plain 浙江2025 部门预算 (万元 from 元 leaves with cents): rounding ±0.01 / ±0.02 on rows, 类 and 合计; "
    "一般公共预算支出表 合计 | 人员经费 | 公用经费 | 项目支出 with 2130135 公用 = 项目 (38.64 each)",
    kind="budget",
    fmt="txt",
    unit="万元",
    org="兰溪市农业农村局",
    who="部门",
    year=2025,
    date="2025年2月",
    profile="贯彻落实党中央关于“三农”工作的方针政策，统筹研究和组织实施全市“三农”工作发展战略、中长期规划和重大"
    "政策；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农田建设、耕地质量管理、农业生态"
    "资源保护和农业科技推广工作；负责巩固拓展脱贫攻坚成果同乡村振兴有效衔接有关工作。",
    units="纳入本部门2025年度预算编制范围的单位共3个，包括局机关、兰溪市农业技术推广中心和兰溪市农业综合执法队。",
    why_total="收支总预算比上年增加，主要原因是农田建设和农业生产发展项目资金增加。",
    inc_cols=["cb", "gp", "biz", "oth"],
    exp_cols=["basic", "project"],
    gb_cols=["pe", "pu", "project"],
    leaves="""
2130101 gp.pe=6842317.46 gp.pu=923468.37 gp.pj=386215.28
2130104 gp.pe=3126400.00 gp.pu=418245.00 biz.pu=216345.00 biz.pj=85000.00 oth.pu=18445.00 cb.pj=36545.00
2130106 gp.pj=1263855.00 biz.pj=142355.00 oth.pj=27355.00 cb.pj=24655.00
2130108 gp.pj=863425.45 cb.pj=126535.65
2130122 gp.pj=4826315.45 cb.pj=364825.35
2130135 gp.pu=386412.50 gp.pj=386412.50
2130153 gp.pj=6328145.35
2130599 gp.pj=945265.45
2139999 gp.pj=286415.35
2080505 gp.pe=1036842.37
2080506 gp.pe=414736.95
2101101 gp.pe=286125.45
2101102 gp.pe=174318.35
2210201 gp.pe=1104268.56
""",
    econ={
        "30102": "2386415.35",
        "30103": "512385.45",
        "30107": "3418265.25",
        "30108": "1036842.37",
        "30109": "414736.95",
        "30110": "460443.80",
        "30113": "1104268.56",
        "30302": "168235.45",
        "30205": "42315.35",
        "30206": "186425.45",
        "30211": "63285.35",
        "30213": "92415.45",
        "30217": "28435.25",
        "30228": "132845.45",
        "30231": "86325.35",
        "31002": "120000.00",
    },
    sangong=("0", "0", "86325.35", "28435.25"),
    more=COMMON_MORE,
)

# ------------------------------------------------------------------------------------------------ t2
DOCS["t2_hunan_yuhua_sfj_2024_budget.txt"] = dict(
    note="plain 湖南2024 部门预算 (万元): AMBIGUOUS swap 2079999 / 2299999 (50.00 each, 基本 or 项目 either way) in "
    "the 支出总表 and the 一般公共预算支出表; MISPRINT 支出总表 2080501 '86.40 84.60' whose siblings stay decidable",
    kind="budget",
    fmt="txt",
    unit="万元",
    org="长沙市雨花区司法局",
    who="部门",
    year=2024,
    date="2024年2月",
    profile="负责拟订全区法治建设规划和政策措施，统筹推进全面依法治区工作；负责全区普法宣传和依法治理工作；负责"
    "指导管理人民调解、人民陪审员和人民监督员选任管理工作；负责社区矫正工作；负责全区公共法律服务体系建设，"
    "指导监督律师、公证、法律援助、司法鉴定和基层法律服务工作；负责行政复议和行政应诉工作。",
    units="纳入本部门2024年度预算编制范围的单位共1个，为区司法局本级，下设司法所8个。",
    why_total="收支总预算比上年增加，主要原因是公共法律服务体系建设和社区矫正项目经费增加。",
    inc_cols=["gp", "oth"],
    exp_cols=["basic", "project"],
    gb_cols=["basic", "project"],
    leaves="""
2040601 gp.pe=6860000 gp.pu=1180000
2040604 gp.pj=1265000
2040605 gp.pj=486000
2040607 gp.pj=1328000 oth.pj=60000
2040610 gp.pj=642000
2079999 gp.pj=500000
2080501 gp.pe=864000
2080505 gp.pe=1026400
2080506 gp.pe=410600
2080599 gp.pe=1200000
2101101 gp.pe=468000
2210201 gp.pe=823000
2299999 gp.pe=500000
""",
    econ={
        "30102": "1862000",
        "30103": "420000",
        "30107": "1650000",
        "30108": "1026400",
        "30109": "410600",
        "30110": "468000",
        "30113": "823000",
        "30199": "500000",
        "30302": "864000",
        "30305": "1200000",
        "30205": "36000",
        "30206": "124000",
        "30211": "86000",
        "30213": "92000",
        "30217": "32000",
        "30228": "108000",
        "30231": "124000",
    },
    sangong=("0", "0", "124000", "32000"),
    special={
        "expenditure_by_function": {
            k: {"basic": AMB, "project": AMB} for k in ("207", "20799", "2079999", "229", "22999", "2299999")
        },
        "general_budget_by_function": {
            k: {"basic": AMB, "project": AMB} for k in ("207", "20799", "2079999", "229", "22999", "2299999")
        },
    },
    misprint={"expenditure_by_function": {"2080501": {"basic": ("84.60", AMB)}}},
    more=COMMON_MORE,
)

# ------------------------------------------------------------------------------------------------ t3
DOCS["t3_sichuan_pidu_wjj_2026_budget.txt"] = dict(
    note="plain 四川2026 部门预算 (元, exact): 收支总表 with 五、单位资金; 部门收入总表 of ten columns whose 合计 the "
    "收支总表 pins; 部门支出总表 of six columns printing 0.00 in 项目支出 beside blanks; 一般公共预算支出表 with "
    "类 / 款 rows printing their 合计 only",
    kind="budget",
    fmt="txt",
    unit="元",
    org="成都市郫都区卫生健康局",
    who="部门",
    year=2026,
    date="2026年2月",
    template="2024",
    profile="贯彻执行国家卫生健康工作方针政策和法律法规，拟订全区卫生健康事业发展规划并组织实施；统筹规划全区卫生健康"
    "资源配置，指导区域卫生健康规划的编制和实施；负责疾病预防控制、基本公共卫生服务和重大公共卫生服务项目的组织实施；"
    "指导镇（街道）卫生院和社区卫生服务中心的业务工作；负责计划生育管理和服务工作。",
    units="纳入本部门2026年度预算编制范围的单位共4个，包括局机关、区疾病预防控制中心、区中医医院和团结街道社区卫生服务中心。",
    why_total="收支总预算比上年增加，主要原因是基本公共卫生服务补助标准提高。",
    inc_cols=["cb", "gp", "gf", "sa", "biz", "op", "ug", "ar", "oth"],
    exp_cols=["basic", "project", "ox", "up", "sub"],
    gb_cols=["basic", "project"],
    exp_opts=dict(zero_cols=("project",)),
    gb_opts=dict(total_only=("类", "款")),
    leaves="""
2100101 gp.pe=4862350.00 gp.pu=736420.00 ar.pu=150000.00
2100199 gp.pj=1286500.00
2100202 gp.pj=1500000.00
2100302 gp.pe=8436280.00 gp.pu=1263400.00 biz.pu=12600000.00 op.ox=860000.00 biz.up=240000.00 oth.pu=36500.00 biz.sub=200000.00
2100401 gp.pe=3864200.00 gp.pu=468300.00 biz.pu=320000.00 sa.pj=180000.00
2100408 gp.pj=9865400.00 ug.pj=1200000.00
2100409 gp.pj=2365000.00
2100717 gp.pj=865000.00 cb.pj=135000.00
2101101 gp.pe=412680.00
2101102 gp.pe=986420.00
2080502 gp.pe=1286400.00
2080505 gp.pe=1862350.00
2080506 gp.pe=744940.00
2210201 gp.pe=1464800.00
2296002 gf.pj=600000.00
""",
    econ={
        "30102": "4126800.00",
        "30103": "986400.00",
        "30107": "3864200.00",
        "30108": "1862350.00",
        "30109": "744940.00",
        "30110": "1399100.00",
        "30112": "126480.00",
        "30113": "1464800.00",
        "30302": "1286400.00",
        "30205": "86400.00",
        "30206": "364200.00",
        "30211": "126800.00",
        "30213": "186400.00",
        "30217": "42000.00",
        "30226": "286400.00",
        "30228": "236500.00",
        "30231": "96000.00",
    },
    sangong=("0", "0", "96000.00", "42000.00"),
    more=COMMON_MORE,
)

# ------------------------------------------------------------------------------------------------ l1
DOCS["l1_anhui_shushan_sfj_2025_budget.layout.txt"] = dict(
    note="layout 安徽2025 部门预算 (万元), the control of t2: 2079999 / 2299999 '50.00 50.00' under their columns "
    "(项目 / 基本), 20805's 项 all 基本, 2040607 基本 = 项目 (64.00 each), positions tell",
    kind="budget",
    fmt="layout",
    unit="万元",
    org="合肥市蜀山区司法局",
    who="部门",
    year=2025,
    date="2025年1月",
    profile="负责全区法治建设的统筹协调和督促检查；负责全区普法宣传和依法治理工作；指导管理人民调解工作；负责"
    "社区矫正和安置帮教工作；负责全区公共法律服务体系建设，指导律师、公证、法律援助和基层法律服务工作；"
    "承担行政复议、行政应诉和规范性文件合法性审核工作。",
    units="纳入本部门2025年度预算编制范围的单位共1个，为区司法局本级，下设司法所10个。",
    why_total="收支总预算比上年增加，主要原因是法律援助和人民调解案件补贴增加。",
    inc_cols=["gp", "oth"],
    exp_cols=["basic", "project"],
    gb_cols=["basic", "project"],
    leaves="""
2040601 gp.pe=7420000 gp.pu=1264000
2040604 gp.pj=1486000
2040605 gp.pj=528000
2040607 gp.pu=640000 gp.pj=640000
2040610 gp.pj=726000 oth.pj=45000
2079999 gp.pj=500000
2080501 gp.pe=926000
2080505 gp.pe=1108800
2080506 gp.pe=443500
2080599 gp.pe=1200000
2101101 gp.pe=512000
2210201 gp.pe=886000
2299999 gp.pe=500000
""",
    econ={
        "30102": "1986000",
        "30103": "468000",
        "30107": "1800000",
        "30108": "1108800",
        "30109": "443500",
        "30110": "512000",
        "30113": "886000",
        "30199": "500000",
        "30302": "926000",
        "30305": "1200000",
        "30205": "42000",
        "30206": "136000",
        "30211": "96000",
        "30213": "108000",
        "30217": "36000",
        "30228": "118000",
        "30231": "136000",
    },
    sangong=("0", "0", "136000", "36000"),
    more=COMMON_MORE,
)

# ------------------------------------------------------------------------------------------------ t4
DOCS["t4_hubei_jiangxia_slj_2023_final.txt"] = dict(
    note="plain 湖北2023 部门决算 (万元 from 元 with cents): 一般公共预算财政拨款支出决算表 2130310 / 2130314 '50.00 "
    "50.00' decided only by the 支出决算表 (2130314 '80.00 50.00 30.00'); 收入决算表 合计 placed only by the 收支总表's "
    "items; rounding ±0.01",
    kind="final_account",
    fmt="txt",
    unit="万元",
    org="武汉市江夏区水利和湖泊局",
    who="部门",
    year=2023,
    date="2024年9月",
    profile="负责保障全区水资源的合理开发利用，拟订水利和湖泊保护发展规划；负责生活、生产经营和生态环境用水的统筹"
    "和保障；负责水利工程建设与运行管理；负责湖泊保护与管理；负责水土保持和农村水利工作；承担水旱灾害防御的"
    "相关工作。",
    units="纳入本部门2023年度决算编制范围的单位共3个，包括局机关、区水利工程管理站和区防汛抗旱服务中心。",
    why_total="与上年相比增加，主要原因是防汛抗旱和水利工程运行维护支出增加。",
    inc_cols=["fa", "ug", "biz", "fop", "ar", "oth"],
    exp_cols=["basic", "project", "up", "fox", "sub"],
    gb_cols=["basic", "project"],
    leaves="""
2130301 gp.pe=5864231.47 gp.pu=842316.58 in.gp=12000.00
2130304 gp.pj=1286345.35 ug.pj=320000.00
2130306 gp.pu=486345.25 gp.pj=486345.25 biz.pj=126400.00 oth.pj=18652.35
2130310 gp.pj=500000
2130314 gp.pe=500000 biz.pj=300000
2130316 gp.pj=2364826.45 in.gp=86000.00
2130335 gp.pj=968425.35
2080505 gp.pe=864253.37
2080506 gp.pe=345701.35
2101101 gp.pe=286415.45
2101102 gp.pe=126348.65
2210201 gp.pe=726354.65
""",
    begin={"gp": "386000.00", "biz": "52000.00"},
    gp_budget="15200000.00",
    econ={
        "30102": "1986345.35",
        "30103": "452865.45",
        "30107": "2186425.35",
        "30108": "864253.37",
        "30109": "345701.35",
        "30110": "412764.10",
        "30113": "726354.65",
        "30302": "186400.00",
        "30205": "36452.35",
        "30206": "126345.45",
        "30211": "48635.25",
        "30213": "186452.35",
        "30217": "18635.45",
        "30228": "86452.35",
        "30231": "68452.35",
    },
    sangong_budget=("0", "0", "80000.00", "25000.00"),
    sangong=("0", "0", "68452.35", "18635.45"),
    more=COMMON_MORE[:1] + COMMON_MORE[2:],
)

# ------------------------------------------------------------------------------------------------ t5
DOCS["t5_jiangsu_xiangcheng_wjw_2021_final.txt"] = dict(
    note="plain 江苏2021 部门决算 (元, exact): 收入决算表 seven columns, 2100302 财政拨款 = 事业收入, 2100201 事业收入 "
    "only, 0.00 printed in 其他收入 on 项 with no other income; 支出决算表 with 上缴上级 / 经营 / 对附属单位补助; 基本支出 "
    "in three blocks",
    kind="final_account",
    fmt="txt",
    unit="元",
    org="苏州市相城区卫生健康委员会",
    who="部门",
    year=2021,
    date="2022年9月",
    profile="贯彻执行国家和省市卫生健康工作方针政策，拟订全区卫生健康事业发展规划并组织实施；协调推进深化医药卫生体制"
    "改革；负责疾病预防控制和卫生应急工作；负责基层卫生健康服务体系建设；负责医疗机构和医疗服务行业管理；负责"
    "计划生育管理和服务工作。",
    units="纳入本部门2021年度决算编制范围的单位共4个，包括委机关、区人民医院、区疾病预防控制中心和黄桥街道卫生院。",
    why_total="与上年相比增加，主要原因是新冠肺炎疫情防控支出和医院业务收支增加。",
    inc_cols=["fa", "ug", "biz", "fop", "ar", "oth"],
    exp_cols=["basic", "project", "up", "fox", "sub"],
    gb_cols=["basic", "project"],
    econ_blocks=True,
    inc_opts=dict(zero_cols=("other_income",)),
    leaves="""
2100101 gp.pe=5264386.42 gp.pu=846230.58 gp.pj=386000.00
2100201 biz.pe=38642560.36 biz.pu=24863420.18 op.ox=1264380.00 biz.up=860000.00 oth.pu=126400.00 biz.sub=1200000.00
2100302 gp.pe=1000000.00 biz.pu=1000000.00
2100401 gp.pe=3642860.24 gp.pu=486320.00 gp.pj=2864300.00 ug.pj=500000.00
2100410 gp.pj=4682300.00
2101101 gp.pe=386420.00
2101102 gp.pe=1264860.00 biz.pe=2864300.00
2080505 gp.pe=1126480.00 biz.pe=3864200.00
2080506 gp.pe=450592.00 biz.pe=1545680.00
2210201 gp.pe=926480.00 biz.pe=2463800.00 in.biz=120000.00
""",
    begin={"gp": "264380.00", "biz": "1386400.00"},
    gp_budget="25800000.00",
    econ={
        "30102": "1864200.00",
        "30103": "426400.00",
        "30107": "2986400.00",
        "30108": "1126480.00",
        "30109": "450592.00",
        "30110": "1651280.00",
        "30113": "926480.00",
        "30302": "264800.00",
        "30205": "36800.00",
        "30206": "124600.00",
        "30211": "68400.00",
        "30213": "96500.00",
        "30217": "12600.00",
        "30228": "86400.00",
        "30231": "42600.00",
        "31002": "186000.00",
    },
    sangong_budget=("0", "0", "50000.00", "20000.00"),
    sangong=("0", "0", "42600.00", "12600.00"),
    more=COMMON_MORE[:1] + COMMON_MORE[2:],
)

# ------------------------------------------------------------------------------------------------ t6
DOCS["t6_hebei_luquan_mzj_2024_final.txt"] = dict(
    note="plain 河北2024 部门决算 (万元): AMBIGUOUS swap 2089999 / 2299999 (50.00 each) in the 支出决算表 and the 一般"
    "公共预算表; MISPRINT 收入决算表 2081002 '126.80 128.60'; 2080208 基本 = 项目",
    kind="final_account",
    fmt="txt",
    unit="万元",
    org="石家庄市鹿泉区民政局",
    who="部门",
    year=2024,
    date="2025年8月",
    profile="贯彻落实国家和省市关于民政工作的方针政策和法律法规，拟订全区民政事业发展规划并组织实施；负责社会救助、"
    "最低生活保障和临时救助工作；负责基层政权建设和社区治理工作；负责养老服务体系建设和老年福利工作；负责殡葬"
    "管理和社会事务管理工作。",
    units="纳入本部门2024年度决算编制范围的单位共2个，包括局机关和区社会福利服务中心。",
    why_total="与上年相比减少，主要原因是城乡最低生活保障对象动态调整，保障金支出减少。",
    inc_cols=["fa", "ug", "biz", "fop", "ar", "oth"],
    exp_cols=["basic", "project", "up", "fox", "sub"],
    gb_cols=["basic", "project"],
    leaves="""
2080201 gp.pe=4268000 gp.pu=726000
2080208 gp.pu=360000 gp.pj=360000
2081002 gp.pj=1268000
2081004 gp.pj=486000 oth.pj=24000
2081901 gp.pj=8642000 ug.pj=1200000
2081902 gp.pj=12864000
2082001 gp.pj=1364000
2129999 gp.pj=500000
2080505 gp.pe=682400
2080506 gp.pe=272960
2101101 gp.pe=248600
2210201 gp.pe=512000
2299999 gp.pe=500000
""",
    begin={"gp": "124000"},
    gp_budget="31800000",
    econ={
        "30102": "1264000",
        "30103": "286000",
        "30107": "1186000",
        "30108": "682400",
        "30109": "272960",
        "30110": "248600",
        "30113": "512000",
        "30199": "500000",
        "30302": "120000",
        "30205": "24000",
        "30206": "86000",
        "30211": "42000",
        "30213": "64000",
        "30217": "12000",
        "30228": "58000",
        "30231": "46000",
    },
    sangong_budget=("0", "0", "60000", "20000"),
    sangong=("0", "0", "46000", "12000"),
    special={
        "expenditure_by_function": {
            k: {"basic": AMB, "project": AMB} for k in ("212", "21299", "2129999", "229", "22999", "2299999")
        },
        "general_budget_by_function": {
            k: {"basic": AMB, "project": AMB} for k in ("212", "21299", "2129999", "229", "22999", "2299999")
        },
    },
    misprint={
        "income_by_function": {
            "2081002": {"fiscal_appropriation": ("128.60", "fiscal_appropriation|upper_grant")}
        }
    },
    more=COMMON_MORE[:1] + COMMON_MORE[2:],
)

# ------------------------------------------------------------------------------------------------ l2
DOCS["l2_henan_jinshui_slj_2022_final.layout.txt"] = dict(
    note="layout 河南2022 部门决算 (万元), the control of t4 / t6: 2130310 / 2130314 '50.00 50.00' in the 一般公共预算 "
    "table, 2130306 基本 = 项目, the 收入决算表 合计 with 上级补助 and 事业收入, positions tell",
    kind="final_account",
    fmt="layout",
    unit="万元",
    org="郑州市金水区水利局",
    who="部门",
    year=2022,
    date="2023年8月",
    profile="负责全区水资源的统一管理和保护，组织实施最严格水资源管理制度；负责水利工程建设和运行管理；负责河湖"
    "管理和保护，落实河长制工作；负责水土保持和农村水利工作；负责城区防汛抗旱的日常工作。",
    units="纳入本部门2022年度决算编制范围的单位共2个，包括局机关和区水利工程服务中心。",
    why_total="与上年相比增加，主要原因是河道综合治理和防汛应急支出增加。",
    inc_cols=["fa", "ug", "biz", "fop", "ar", "oth"],
    exp_cols=["basic", "project", "up", "fox", "sub"],
    gb_cols=["basic", "project"],
    leaves="""
2130301 gp.pe=4386420 gp.pu=686240
2130304 gp.pj=986400 ug.pj=260000
2130306 gp.pu=412600 gp.pj=412600 biz.pj=86400
2130310 gp.pj=500000
2130314 gp.pe=500000 biz.pj=300000
2130316 gp.pj=1864200
2080505 gp.pe=702400
2080506 gp.pe=280960
2101101 gp.pe=236800
2210201 gp.pe=586400
""",
    begin={"gp": "126000"},
    gp_budget="11200000",
    econ={
        "30102": "1586000",
        "30103": "362000",
        "30107": "1426000",
        "30108": "702400",
        "30109": "280960",
        "30110": "236800",
        "30113": "586400",
        "30302": "142000",
        "30205": "26400",
        "30206": "96400",
        "30211": "38600",
        "30213": "126400",
        "30217": "14200",
        "30228": "68400",
        "30231": "52600",
    },
    sangong_budget=("0", "0", "60000", "20000"),
    sangong=("0", "0", "52600", "14200"),
    more=COMMON_MORE[:1] + COMMON_MORE[2:],
)


# ------------------------------------------------------------------------------------------------ built
def _apply_misprints(doc, tabs):
    for t in tabs:
        for ident, cols in doc.get("misprint", {}).get(t.key, {}).items():
            r = next(r for r in t.rows if (r["code"] or r["name"]) == ident)
            for key, (printed, _exp) in cols.items():
                r["cells"][[k for k, _ in t.cols].index(key)] = printed


def _identities(doc, tabs):
    by = {t.key: t for t in tabs}
    skip = {t.key: set(doc.get("misprint", {}).get(t.key, {})) for t in tabs}
    for t in tabs:
        if t.kind == "coded":
            check_coded(t, skip[t.key])
    s = {(label, key): num(v) for label, key, v in by["income_expenditure_summary"].items}
    inc, exp = by["income_by_function"], by["expenditure_by_function"]
    final = doc["kind"] == "final_account"
    # the summary's income items = the 收入表's 合计 by column (a 财政拨款 column = the three funds' items)
    tot = dict(zip([k for k, _ in inc.cols], [num(x) for x in inc.rows[0]["cells"]]))

    summ = {label: v for (label, key), v in s.items() if key == "income"}
    assert abs(summ["本年收入合计"] - tot["total"] + tot.get("carryover_begin", 0)) <= D("0.01"), doc["org"]
    for col, v in tot.items():
        if col == "fiscal_appropriation":
            got = sum(v2 for lab, v2 in summ.items() if "财政拨款收入" in lab and lab[1] == "、")
        elif col == "carryover_begin":
            got = summ.get("上年结转结余", 0)
        elif col == "total":
            continue
        else:
            names = {
                "general_public": "一般公共预算",
                "government_fund": "政府性基金",
                "fiscal_special_account": "财政专户",
                "business": "事业收入",
                "operating_income": "经营收入",
                "upper_grant": "上级补助",
                "affiliated_remit": "附属单位上缴",
                "other_income": "其他收入",
            }[col]
            got = sum(v2 for lab, v2 in summ.items() if names in lab)
        assert got == v, (doc["org"], col, got, v)
    # its 类 = the 支出表's 类; 本年支出合计 = the 支出表's 合计; 总计 both sides
    outs = {label: v for (label, key), v in s.items() if key == "expenditure"}
    for r in exp.rows:
        if r["level"] == "类":
            assert any(lab.endswith(r["name"]) and v == num(r["cells"][0]) for lab, v in outs.items()), r[
                "code"
            ]
    assert outs["本年支出合计"] == num(exp.rows[0]["cells"][0])
    g_in = summ["总计" if final else "收入总计"]
    g_out = outs["总计" if final else "支出总计"]
    assert g_in == g_out, doc["org"]
    assert abs(g_in - summ["本年收入合计"] - summ.get("年初结转和结余", summ.get("上年结转结余", 0))) <= D(
        "0.01"
    )
    assert abs(g_out - outs["本年支出合计"] - outs.get("年末结转和结余", 0)) <= D("0.01")
    # 财政拨款收支总表's 类 = the 一般公共预算表's 类 (+ 政府性基金), 基本支出表 = the 一般公共预算 basic
    fs = {}
    for label, key, v in by["fiscal_summary"].items:
        fs[(label, key)] = num(v)
    gb = by["general_budget_by_function"]
    for r in gb.rows:
        if r["level"] == "类":
            assert any(
                lab.endswith(r["name"]) and key == "expenditure_general_public" and v == num(r["cells"][0])
                for (lab, key), v in fs.items()
            ), r["code"]
    gbt = dict(zip([k for k, _ in gb.cols], [num(x) for x in gb.rows[0]["cells"]]))
    basic = gbt.get("basic", gbt.get("personnel", 0) + gbt.get("public_funds", 0))
    assert basic == num(by["general_budget_basic_by_economic"].rows[0]["cells"][0]), doc["org"]
    sg = by["sangong"]
    if sg.rows_form:
        v = [(num(b), num(a)) for _l, b, a in sg.lines]
        for i in (0, 1):
            assert abs(v[0][i] - v[1][i] - v[2][i] - v[5][i]) <= D("0.02") and v[2][i] == v[3][i] + v[4][i]
    else:
        c = [num(x) for x in sg.cells]
        assert abs(c[0] - c[1] - c[2] - c[5]) <= D("0.02") and c[2] == c[3] + c[4]


BUILT, EXPECTED, GAPS = {}, {}, {}
for _name, _doc in DOCS.items():
    _tabs, _info = build(_doc)
    _apply_misprints(_doc, _tabs)
    _identities(_doc, _tabs)
    _text, _claims = render(_doc, _tabs, _info)
    BUILT[_name] = _text
    _special = {k: dict(v) for k, v in _doc.get("special", {}).items()}
    for _key, _rows in _doc.get("misprint", {}).items():
        for _ident, _cols in _rows.items():
            _special.setdefault(_key, {}).setdefault(_ident, {}).update(
                {c: e for c, (_p, e) in _cols.items()}
            )
    EXPECTED[_name] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        only_tables=sorted({t.key for t in _tabs}),
        tables=[
            dict(table=t.key, unit=t.unit, rows=expectations(t, _special.get(t.key)))
            for t in _tabs
            if t.kind != "empty"
        ],
        claims=_claims,
    )
    GAPS[_name] = {t.key: gaps(t) for t in _tabs if t.kind == "coded" and gaps(t)}
