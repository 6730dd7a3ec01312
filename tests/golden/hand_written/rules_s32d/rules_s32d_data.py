"""Expected readings of the rules_s32d inputs: nine WHOLE reports as PLAIN pdftotext text (no -layout) of PDFs whose
tables are drawn row by row, so that pdftotext gives one cell a line, the rows one after another, blank cells
dropped (as /work/shared/corpus/real/js_jcy_2017_dept_budget.txt and js_jcy_2019_dept_budget.txt print their
收支总表, 收入总表, 支出总表, 财政拨款收支总表, 基本支出表 and 三公 table): five 部门预算 and four 部门决算 of
2019–2025, of province-years and units the earlier sets did not use (河南2020 文化广电和旅游局, 山东2019 医疗保障局,
黑龙江2025 应急管理局, 新疆2022 农业农村局, 重庆2020 规划和自然资源局 budgets; 山西2022 民政局, 甘肃2021 水务局,
天津2020 教育局, 宁夏2024 住房和城乡建设局 final accounts). rules_s32a did 2015–2018 in the cell form (older
templates, no 国有资本经营); this set takes the 2019+ templates and the shapes below.

Shapes attacked (documents):
- gaps: an empty line after every cell (b1, f1, f3, as js_jcy_2019), after every row only (b3, b5), none (b2, b4,
  f2, f4); the two pieces of a wrapped name always on consecutive lines (one text block), also where cells are
  separated by empty lines;
- the two-sided 部门收支总表 / 收入支出决算总表 and 财政拨款收支总表 one cell a line:
  without 行次 (b1, b2, b4, b5, f2, f4) and with 行次 on both sides (b3 a budget, f1, f3), an item without a figure
  printing its label alone (its 行次 too where printed: b3, f1, f3), the template's empty lines printing their 行次
  alone (f3 only); the whole 类 list on the expenditure side with figures on a few (b1 and f4 both summaries, b4 and
  f1 the 收支总表), or only the 类 with money (b2, b3, b5, f2, f3);
  a budget's ends 本年收入合计 | 本年支出合计, 上年结转 | 年末结转 (b1), 上年结转结余 | 年末结转结余 (b2), 当年收入
  小计 | 当年支出小计, 上年结转资金 | 结转下年资金, 收入合计 | 支出合计 (b4, as js_jcy prints them), 收入总计 |
  支出总计; the income side as js_jcy's 一、财政拨款 (a group figure) / 1.一般公共预算 / 2.政府性基金预算 /
  二、财政专户管理资金 / 三、其他资金 (b4); the 财政拨款收支总表's income side 一、本年收入 / (一)… / 二、上年结转
  / (一)… with the same item label twice (b1, b5), its right side with 合计 | 一般公共预算 | 政府性基金预算 |
  国有资本经营预算 (a 类 of both funds printing three figures: b5 212; a 类 of one fund two equal figures: b1 229
  政府性基金 only, every other 类 一般公共预算 only);
  a final account's 使用非财政拨款结余 | 结余分配 (label alone: f1, f2, f4; with figures: f3), 年初结转和结余 |
  年末结转和结余, and the 财政拨款总表's 年初财政拨款结转和结余 with its three fund lines | 年末财政拨款结转和结余
  with four figures;
- coded tables one cell a line: 元 with two decimals (b2, f2, f3), 万元 with two decimals and separators (b1, b5, f1),
  without separators (b3, f4), 万元 integers (b4: 2130104 事业运行's figure is 213 and 2130705's is 208, figures equal
  to 类 codes, the next line a code again); names wrapped over two lines at 9–12 characters, the tail on the line
  after the head (all) or after the row's figures (b4: the figures set on the middle of a two-line cell); the 合计
  row first (b1, b3, b4, b5, f1, f2) or last (b2, f3, f4); 收入表 with 上年结转 | 一般公共预算 | 政府性基金 | 国有资本
  | 财政专户 | 事业收入 | 事业单位经营收入 | 上级补助 | 附属单位上缴 | 其他收入 columns mostly blank (b1, b3, b4, b5);
  zeros printed 0.00 (b2: every cell of the summaries and of the 收入 / 支出 / 一般公共预算 tables) beside zeros
  left blank (all others); a table longer than 30 rows running on after the page's footer with no header again
  (b2 基本支出表: its 合计 row, the last, alone on the next page; b5 基本支出表; f1, f3, f4 收入决算表 and 支出决算表;
  f3 一般公共预算 and 基本支出 tables);
- the 一般公共预算基本支出表 by departmental economic codes (301 …) as one list (b1, b2, b3, b5, f3 合计 last) or as
  blocks side by side printed row by row (two blocks f1, three blocks f2 and f4: 人员经费 | 公用经费 302 | 公用经费
  310 / 399), and by government economic codes (501 机关工资福利支出 … 505 对事业单位经常性补助, its 50501 人员 |
  50502 公用: b4);
- a final account's 政府性基金预算财政拨款收入支出决算表 (年初结转和结余 | 本年收入 | 本年支出 小计 基本支出 项目支出 |
  年末结转和结余) one cell a line, 基本支出 always blank, 年初 / 年末 blank on some rows (f1, f2, f3, f4);
- 三公 tables one cell a line: a budget's row of six figures (b1 zeros 0.00, b4 integers with zeros 0, b5 blanks
  dropped: five figures for six columns), items in rows with 预算数 (b2), js_jcy_2019's 合计 | “三公”经费 小计 … |
  会议费 | 培训费 (b3); a final's 预算数 then 决算数 in one row of twelve (f1), items in rows 预算数 | 决算数 (f2, f4: f4's
  公务用车购置费 with 决算数 only, its column told by 车 = 购置 + 运行), interleaved per item 预算数 决算数 (f3);
- labels and units: "单位：" naming the organisation with "金额单位：万元" (b4), the unit line before the organisation
  (f3), 2019 functional names (b2: 20805 行政事业单位离退休, 2080501 归口管理的行政单位离退休);
- 国有资本经营 tables empty in words (all nine), 政府性基金 budget tables empty in words (b2, b3, b4).

The figures are typed below per report (s32d_lib.py's docstring names the keys): its functional 项 leaves, the
一般公共预算 基本支出 by economic 款, the 三公 (出国, 购置, 运行, 接待), a final's carry-overs. s32d_lib.build sums every
printed table from them, gen.py prints those very Table objects, and the expectations are read from them (never
from the parser's output). _identities() (run at import) re-adds every printed table from its printed strings: row
total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类 per column, economic 类 = Σ 款, 人员经费 + 公用经费 = 合计, the
一般公共预算 basic total = the 基本支出表 合计, 收支总表 本年收入合计 = Σ income items = the 收入表's columns, its 类 =
the 支出表's 类, 总计 both sides equal, 年初 + 收入 + 使用非财政拨款结余 − 支出 − 结余分配 = 年末 (and per fund in the
财政拨款总表), 财政拨款总表 类 = 一般公共预算表 类 (+ 上年结转) + 政府性基金表 类, the 政府性基金 flow (年初 + 收入 − 支出
= 年末, 支出 = 基本 + 项目), 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, 运行 / 接待 = 30231 / 30217 (or 50208 /
50206), the stated narrative figures (claims) = the tables. So a typo fails at import.

Format as ../review_check.py: per input a note, kind, tables=[dict(table, unit, rows=[(code, name, {col: value})])],
only_tables; plus claims (kind, figures) checked by check.py. A value ending in "?" is a zero printed 0.00 / 0
(loading it as zero or not at all is fine); a blank cell has no expectation (a figure loaded there is SPURIOUS).
行次 numbers and page numbers are no figures. A label printed twice on one side (b1, b5 财政拨款收支总表) is
expected twice, each with its own figure.

Keys: income_expenditure_summary (income side "income", expenditure side "expenditure", rows by printed name);
fiscal_summary (income "income"; expenditure / expenditure_general_public / expenditure_government_fund /
expenditure_state_capital); income_by_function (budget: total, carryover_begin, general_public, government_fund,
state_capital, fiscal_special_account, business, operating_income, upper_grant, affiliated_remit, other_income;
final: total, fiscal_appropriation, upper_grant, business, operating_income, affiliated_remit, other_income);
expenditure_by_function (total, basic, project, remit_upper, operating, subsidy_affiliated);
general_budget_by_function (total, basic, project); general_budget_basic_by_economic (list: total / personnel /
public_funds; blocks: each code "total", 人员经费合计 / 公用经费合计 "total"); sangong (total, outbound, vehicle,
vehicle_purchase, vehicle_operation, reception, b3 also table_total (the 合计 over 三公 + 会议费 + 培训费), meeting, training; a final's 预算数 "@budget";
one row: the row "*"; items in rows: the item's printed label); government_fund (budget total / basic / project;
final carryover_begin, income, total, basic, project, carryover_end); state_capital (empty)."""

from __future__ import annotations

from decimal import Decimal as D

from s32d_lib import ECON, FUNC, FUNC_2019, GECON, CLASSES, Fmt, build, expectations

WAN, YUAN = "万元", "元"
KEYS = ["IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF", "SC"]

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
INC_ALL = [
    ("合计", "total", None),
    ("上年结转", "carryover_begin", "co"),
    ("一般公共预算拨款收入", "general_public", "gp"),
    ("政府性基金预算拨款收入", "government_fund", "gf"),
    ("国有资本经营预算拨款收入", "state_capital", "sc"),
    ("财政专户管理资金收入", "fiscal_special_account", "sa"),
    ("事业收入", "business", "biz"),
    ("事业单位经营收入", "operating_income", "op"),
    ("上级补助收入", "upper_grant", "up"),
    ("附属单位上缴收入", "affiliated_remit", "aff"),
    ("其他收入", "other_income", "oth"),
]
EXP_BUDGET = [
    ("合计", "total", None),
    ("基本支出", "basic", "b"),
    ("项目支出", "project", "p"),
    ("上缴上级支出", "remit_upper", "r"),
    ("事业单位经营支出", "operating", "o"),
    ("对附属单位补助支出", "subsidy_affiliated", "s"),
]
IES_LEFT_2020 = [
    ("一、一般公共预算拨款收入", "gp"),
    ("二、政府性基金预算拨款收入", "gf"),
    ("三、国有资本经营预算拨款收入", "sc"),
    ("四、财政专户管理资金收入", "sa"),
    ("五、事业收入", "biz"),
    ("六、事业单位经营收入", "op"),
    ("七、上级补助收入", "up"),
    ("八、附属单位上缴收入", "aff"),
    ("九、其他收入", "oth"),
]
FINAL_INC = [
    ("本年收入合计", "total", None),
    ("财政拨款收入", "fiscal_appropriation", "i_gp+i_gf+i_sc"),
    ("上级补助收入", "upper_grant", "i_up"),
    ("事业收入", "business", "i_biz"),
    ("经营收入", "operating_income", "i_op"),
    ("附属单位上缴收入", "affiliated_remit", "i_aff"),
    ("其他收入", "other_income", "i_oth"),
]
FINAL_EXP = [
    ("本年支出合计", "total", None),
    ("基本支出", "basic", "b"),
    ("项目支出", "project", "p"),
    ("上缴上级支出", "remit_upper", "r"),
    ("经营支出", "operating", "o"),
    ("对附属单位补助支出", "subsidy_affiliated", "s"),
]
FINAL_IES_LEFT = [
    ("一、一般公共预算财政拨款收入", "i_gp"),
    ("二、政府性基金预算财政拨款收入", "i_gf"),
    ("三、国有资本经营预算财政拨款收入", "i_sc"),
    ("四、上级补助收入", "i_up"),
    ("五、事业收入", "i_biz"),
    ("六、经营收入", "i_op"),
    ("七、附属单位上缴收入", "i_aff"),
    ("八、其他收入", "i_oth"),
]
FINAL_IES_ENDS = [
    ("本年收入合计", "=inc"),
    ("使用非财政拨款结余", "=use"),
    ("年初结转和结余", "=begin"),
    ("总计", "=all"),
]
FINAL_IES_RIGHT_ENDS = [
    ("本年支出合计", "=exp"),
    ("结余分配", "=dist"),
    ("年末结转和结余", "=end"),
    ("总计", "=out"),
]
FINAL_FS_LEFT = (
    [
        ("一、一般公共预算财政拨款", "gp"),
        ("二、政府性基金预算财政拨款", "gf"),
        ("三、国有资本经营预算财政拨款", "sc"),
    ],
    [
        ("本年收入合计", "=inc"),
        ("年初财政拨款结转和结余", "=begin"),
        ("一般公共预算财政拨款", "bgp"),
        ("政府性基金预算财政拨款", "bgf"),
        ("国有资本经营预算财政拨款", "bsc"),
        ("总计", "=all"),
    ],
)
FINAL_FS_RIGHT_ENDS = [
    ("本年支出合计", "=exp"),
    ("年末财政拨款结转和结余", "=end"),
    ("", None),
    ("", None),
    ("", None),
    ("总计", "=out"),
]


def econ(s: str) -> dict:
    p = s.split()
    return dict(zip(p[0::2], p[1::2], strict=True))


DOCS: list[dict] = []

# ------------------------------------------------------------------------------------------------ b1 河南 2020
DOCS.append(
    dict(
        file="b1_henan_xigong_wglj_2020_budget.txt",
        note="cell 河南2020 部门预算 of a 区 文化广电和旅游局 in 万元 (separators, two decimals), an empty line after every "
        "cell (js_jcy_2019), header words broken after six characters; 部门收支总表 and 财政拨款收支总表 with the whole "
        "类 list (二十四 lines, figures on four or five), income items 一 … 九 with figures on three (the rest labels "
        "alone), ends 本年收入合计 | 本年支出合计, 上年结转 | 年末结转 (no figure), 收入总计 | 支出总计; the 财政拨款总表's "
        "income side 一、本年收入 / （一）… （三） / 二、上年结转 / （一）… (the same labels twice) and its 229 其他支出 "
        "line two equal figures (政府性基金 only); 收入总表 with eleven columns mostly blank, 上年结转 on 2070108 / "
        "2070204 and 其他收入 on 2070109; names wrapped after 12 characters; 三公 one row with 0.00 zeros",
        kind="budget",
        org="洛阳市西工区文化广电和旅游局",
        year=2020,
        gap="cell",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        names=FUNC,
        econ_names=ECON,
        titles=BUDGET_TITLES,
        labels=[f"附表{i}" for i in range(1, 10)],
        head_width=6,
        name_width=12,
        label_width=14,
        footer="{n}",
        whole_classes=True,
        ies_left=(IES_LEFT_2020, [("本年收入合计", "=inc"), ("上年结转", "co"), ("收入总计", "=all")]),
        ies_right_ends=[("本年支出合计", "=spent"), ("年末结转", "0"), ("支出总计", "=spent")],
        fs_left=(
            [
                ("一、本年收入", "=fin"),
                ("（一）一般公共预算拨款", "gp"),
                ("（二）政府性基金预算拨款", "gf"),
                ("（三）国有资本经营预算拨款", "sc"),
                ("二、上年结转", "co"),
                ("（一）一般公共预算拨款", "co"),
                ("（二）政府性基金预算拨款", "0"),
                ("（三）国有资本经营预算拨款", "0"),
            ],
            [("收入总计", "=all")],
        ),
        fs_right_ends=[("支出总计", "=all")],
        inc_cols=INC_ALL,
        exp_cols=EXP_BUDGET,
        leaves=[
            "2070101 gp_b=486.32",
            "2070102 gp_p=65.00",
            "2070104 gp_b=128.46 gp_p=42.00",
            "2070108 gp_p=96.50 co_p=30.00",
            "2070109 gp_b=156.28 gp_p=38.00 oth_b=12.60",
            "2070112 gp_p=54.00",
            "2070199 gp_p=120.00",
            "2070204 gp_p=85.00 co_p=46.50",
            "2070308 gp_p=28.00",
            "2070899 gp_p=18.60",
            "2080505 gp_b=98.64",
            "2080506 gp_b=39.46",
            "2101101 gp_b=28.35",
            "2101102 gp_b=22.18",
            "2210201 gp_b=76.52",
            "2296003 gf_p=60.00",
        ],
        econ=econ(
            "30101 268.40 30102 156.32 30103 22.36 30107 98.50 30108 98.64 30109 39.46 30110 50.53 30112 6.82 "
            "30113 76.52 30199 12.00 30201 18.60 30205 3.20 30206 12.40 30207 4.60 30209 16.80 30211 6.50 "
            "30213 8.60 30217 2.40 30228 12.36 30229 8.20 30231 5.60 30239 24.80 30299 45.80 30302 32.60 "
            "30305 4.20"
        ),
        sg="row6",
        sangong=("0", "0", "5.60", "2.40"),
        empty=dict(SC="本部门2020年无国有资本经营预算拨款安排的支出，故本表为空。"),
        claims=[("total_income_expenditure", {"amount": "1732.41"})],
        op_costs="118.56",
    )
)

# ------------------------------------------------------------------------------------------------ b2 山东 2019
DOCS.append(
    dict(
        file="b2_shandong_tianqiao_ybj_2019_budget.txt",
        note="cell 山东2019 部门预算 of a 区 医疗保障局 (new in 2019) in 元 with separators, no empty lines, 2019 names "
        "(20805 行政事业单位离退休, 2080501 归口管理的行政单位离退休), 部门收支总表 with 单位资金 in the income items, the "
        "类 with money only, ends 上年结转结余 | 年末结转结余; zeros printed 0.00 in every table (the summaries' empty "
        "items too); the 合计 rows LAST in every coded table; names wrapped after 10 characters; 三公 items in rows "
        "(项目 | 预算数) with 其中：（1）公务用车购置费; 政府性基金 empty in words",
        kind="budget",
        org="济南市天桥区医疗保障局",
        year=2019,
        gap="none",
        fmt=Fmt(YUAN, zero="0.00"),
        names=FUNC_2019,
        econ_names=ECON,
        titles={k: f"{v}" for k, v in BUDGET_TITLES.items()},
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        label_sep="：",
        name_width=10,
        label_width=12,
        footer="- {n} -",
        total_last=True,
        econ_total_last=True,
        ies_left=(
            [
                ("一、一般公共预算拨款", "gp"),
                ("二、政府性基金预算拨款", "gf"),
                ("三、国有资本经营预算拨款", "sc"),
                ("四、财政专户管理资金", "sa"),
                ("五、单位资金", "biz+op+up+aff+oth"),
            ],
            [("本年收入合计", "=inc"), ("上年结转结余", "co"), ("收入总计", "=all")],
        ),
        ies_right_ends=[("本年支出合计", "=spent"), ("年末结转结余", "0"), ("支出总计", "=spent")],
        fs_left=(
            [
                ("一、一般公共预算拨款", "gp"),
                ("二、政府性基金预算拨款", "gf"),
                ("三、国有资本经营预算拨款", "sc"),
                ("四、上年结转", "co"),
            ],
            [("收入总计", "=all")],
        ),
        fs_right_ends=[("年末结转", "0"), ("支出总计", "=all")],
        inc_cols=[
            ("合计", "total", None),
            ("上年结转", "carryover_begin", "co"),
            ("一般公共预算拨款", "general_public", "gp"),
            ("政府性基金预算拨款", "government_fund", "gf"),
            ("财政专户管理资金", "fiscal_special_account", "sa"),
            ("事业收入", "business", "biz"),
            ("其他收入", "other_income", "oth"),
        ],
        exp_cols=EXP_BUDGET[:3],
        leaves=[
            "2101501 gp_b=5,826,413.52",
            "2101502 gp_p=860,000.00",
            "2101504 gp_p=1,250,000.00",
            "2101505 gp_p=420,000.00",
            "2101506 gp_b=3,286,420.16 gp_p=680,000.00",
            "2101201 gp_p=12,560,000.00",
            "2101299 gp_p=1,800,000.00",
            "2101101 gp_b=412,650.40",
            "2080501 gp_b=186,400.00",
            "2080505 gp_b=1,128,640.32",
            "2080506 gp_b=564,320.16",
            "2210201 gp_b=846,480.24",
        ],
        econ=econ(
            "30101 2,864,520.00 30102 1,986,430.00 30103 486,200.00 30107 1,452,360.00 30108 1,128,640.32 "
            "30109 564,320.16 30110 412,650.40 30112 86,420.00 30113 846,480.24 30199 96,000.00 30201 186,000.00 "
            "30205 12,600.00 30206 98,400.00 30207 46,800.00 30209 168,000.00 30211 56,000.00 30213 64,000.00 "
            "30215 18,000.00 30216 42,000.00 30217 15,000.00 30226 320,000.00 30228 124,560.00 30229 86,420.00 "
            "30231 36,000.00 30239 286,400.00 30299 580,723.68 30302 186,400.00"
        ),
        sg="rows1",
        sangong=("0", "0", "36,000.00", "15,000.00"),
        empty=dict(
            GF="本部门2019年没有使用政府性基金预算拨款安排的支出，本表无数据。",
            SC="本部门2019年没有使用国有资本经营预算拨款安排的支出，本表无数据。",
        ),
        claims=[("total_income_expenditure", {"amount": "29821324.80"})],
        op_costs="1,986,723.68",
    )
)

# ------------------------------------------------------------------------------------------------ b3 黑龙江 2025
DOCS.append(
    dict(
        file="b3_heilongjiang_dongan_yjglj_2025_budget.txt",
        note="cell 黑龙江2025 部门预算 of a 区 应急管理局 in 万元 without separators, an empty line after every row (not "
        "between its cells); 部门收支总表 and 财政拨款收支总表 of a budget WITH 行次 on both sides (项目 | 行次 | 预算数), "
        "every income item printing its 行次 (the ones without a figure their label and 行次 only), the right side the "
        "类 with money; 三公 as js_jcy_2019's 一般公共预算“三公”经费、会议费、培训费支出预算表 (合计 | “三公”经费 小计 | "
        "因公出国（境）费 | 公务用车购置及运行费 小计 购置费 运行费 | 公务接待费 | 会议费 | 培训费), zeros 0.00; 224 灾害"
        "防治及应急管理支出 with 2240703 自然灾害救灾补助; names wrapped after 9 characters; 30208 取暖费",
        kind="budget",
        org="牡丹江市东安区应急管理局",
        year=2025,
        gap="row",
        fmt=Fmt(WAN, sep=False),
        sg_fmt=Fmt(WAN, sep=False, zero="0.00"),
        names=FUNC,
        econ_names=ECON,
        titles=dict(BUDGET_TITLES, SG="一般公共预算“三公”经费、会议费、培训费支出预算表"),
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        head_width=7,
        name_width=9,
        label_width=11,
        footer="第{n}页",
        ies_rowno=True,
        ies_heads=(["预算数"], ["预算数"]),
        ies_left=(IES_LEFT_2020, [("本年收入合计", "=inc"), ("上年结转结余", "co"), ("收入总计", "=all")]),
        ies_right_ends=[("本年支出合计", "=spent"), ("年末结转结余", "0"), ("支出总计", "=spent")],
        fs_left=(
            [
                ("一、一般公共预算拨款收入", "gp"),
                ("二、政府性基金预算拨款收入", "gf"),
                ("三、国有资本经营预算拨款收入", "sc"),
            ],
            [("本年收入合计", "=fin"), ("上年结转结余", "co"), ("收入总计", "=all")],
        ),
        fs_right_ends=[("本年支出合计", "=all"), ("年末结转结余", "0"), ("支出总计", "=all")],
        inc_cols=INC_ALL[:5] + INC_ALL[6:7] + INC_ALL[10:],
        exp_cols=EXP_BUDGET[:3],
        leaves=[
            "2240101 gp_b=412.36",
            "2240102 gp_p=36.00",
            "2240106 gp_p=58.50",
            "2240108 gp_p=120.00",
            "2240109 gp_p=45.80",
            "2240150 gp_b=186.42",
            "2240199 gp_p=22.00",
            "2240703 gp_p=150.00",
            "2080505 gp_b=68.24",
            "2080506 gp_b=27.30",
            "2101101 gp_b=20.46",
            "2101102 gp_b=9.38",
            "2210201 gp_b=51.18",
        ],
        econ=econ(
            "30101 196.20 30102 108.64 30103 16.35 30107 72.40 30108 68.24 30109 27.30 30110 29.84 30112 3.26 "
            "30113 51.18 30199 4.00 30201 12.50 30205 1.80 30206 9.60 30207 3.40 30208 28.60 30211 6.20 "
            "30213 5.80 30215 2.00 30216 3.50 30217 1.50 30228 8.26 30229 5.40 30231 7.20 30239 14.60 "
            "30299 85.17 30305 2.40"
        ),
        sg="meet",
        sangong=("0", "0", "7.20", "1.50"),
        meeting_training=("2.00", "3.50"),
        empty=dict(
            GF="本部门2025年无政府性基金预算拨款安排的支出，此表为空。",
            SC="本部门2025年无国有资本经营预算拨款安排的支出，此表为空。",
        ),
        claims=[("total_income_expenditure", {"amount": "1207.64"})],
        op_costs="114.26",
    )
)

# ------------------------------------------------------------------------------------------------ b4 新疆 2022
DOCS.append(
    dict(
        file="b4_xinjiang_kelamayi_nyncj_2022_budget.txt",
        note="cell 新疆2022 部门预算 of a 区 农业农村局 in 万元 INTEGERS with separators (1,350), no empty lines; the "
        "收支总表 as js_jcy prints it: income 一、财政拨款 (its figure the sum of) 1.一般公共预算 / 2.政府性基金预算, "
        "二、财政专户管理资金, 三、其他资金, ends 当年收入小计 | 当年支出小计, 上年结转资金 | 结转下年资金, 收入合计 | "
        "支出合计, the right side the whole 类 list; 单位：<organisation> with 金额单位：万元; a wrapped name's tail "
        "AFTER the row's figures (2130705 对村民委员会和村党支部 / 208 / 208 / 的补助, then the 类 row 208); figures "
        "equal to 类 codes (2130104 事业运行 213, 2130705 208); 一般公共预算基本支出表 by GOVERNMENT economic codes "
        "(501 / 50101 …, 505 对事业单位经常性补助 with 50501 人员 and 50502 公用) with 合计 last; 三公 one row of integers "
        "with zeros 0",
        kind="budget",
        org="克拉玛依市克拉玛依区农业农村局",
        year=2022,
        gap="none",
        fmt=Fmt(WAN, dp=0),
        sg_fmt=Fmt(WAN, dp=0, zero="0"),
        names=FUNC,
        econ_names=GECON,
        econ_head=["政府预算经济分类科目编码", "科目名称"],
        titles=dict(BUDGET_TITLES, GBB="一般公共预算基本支出表（按政府预算经济分类）"),
        labels=[f"公开{i:02d}表" for i in range(1, 10)],
        org_word="单位：",
        unit_word="金额单位：",
        head_width=8,
        name_width=11,
        label_width=9,
        tail_after=True,
        footer="{n}",
        whole_classes=True,
        fs_whole=False,
        econ_total_last=True,
        ies_heads=(["金额"], ["金额"]),
        ies_left=(
            [
                ("一、财政拨款", "gp+gf"),
                ("1.一般公共预算", "gp"),
                ("2.政府性基金预算", "gf"),
                ("二、财政专户管理资金", "sa"),
                ("三、其他资金", "biz+op+up+aff+oth"),
            ],
            [("当年收入小计", "=inc"), ("上年结转资金", "co"), ("收入合计", "=all")],
        ),
        ies_right_ends=[("当年支出小计", "=spent"), ("结转下年资金", "0"), ("支出合计", "=spent")],
        fs_heads=(["金额"], ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]),
        fs_left=(
            [
                ("一、一般公共预算", "gp"),
                ("二、政府性基金预算", "gf"),
                ("三、国有资本经营预算", "sc"),
                ("四、上年结转", "co"),
            ],
            [("收入合计", "=all")],
        ),
        fs_right_ends=[("支出合计", "=all")],
        inc_cols=INC_ALL[:4] + INC_ALL[5:6] + INC_ALL[10:],
        exp_cols=EXP_BUDGET[:3],
        leaves=[
            "2130101 gp_b=386",
            "2130104 gp_b=213",
            "2130106 gp_p=45",
            "2130108 gp_p=68",
            "2130119 gp_p=32",
            "2130122 gp_p=520 oth_p=36",
            "2130126 gp_p=96",
            "2130135 gp_p=74",
            "2130153 gp_p=1,350 co_p=200",
            "2130505 gp_p=680",
            "2130705 gp_p=208",
            "2080505 gp_b=62",
            "2080506 gp_b=25",
            "2101101 gp_b=18",
            "2101102 gp_b=11",
            "2210201 gp_b=47",
        ],
        econ=econ(
            "50101 320 50102 112 50103 47 50199 16 50201 22 50206 2 50208 6 50209 5 50299 19 50501 186 50502 27"
        ),
        sg="row6",
        sangong=("0", "0", "6", "2"),
        empty=dict(
            GF="本部门2022年无政府性基金预算拨款安排的支出。",
            SC="本部门2022年无国有资本经营预算拨款安排的支出。",
        ),
        claims=[("total_income_expenditure", {"amount": "4071"})],
        op_costs="54",
    )
)

# ------------------------------------------------------------------------------------------------ b5 重庆 2020
DOCS.append(
    dict(
        file="b5_chongqing_jiangbei_ghzyj_2020_budget.txt",
        note="cell 重庆2020 部门预算 of a 区 规划和自然资源局 in 万元 with separators, an empty line after every row; a "
        "big 政府性基金 (21208 国有土地使用权出让收入安排的支出: 2120801 / 2120802 / 2120899, a 38-character name "
        "wrapped): 212 城乡社区支出 of both funds in the 财政拨款收支总表 (26,810.00 460.00 26,350.00), the 政府性"
        "基金预算支出表 with 合计 | 基本支出 | 项目支出 and its basic column blank; 上年结转 on 2200104 and 事业收入 on "
        "2200150 in the 收入总表; the 财政拨款收支总表's income 一、本年收入 / 一般公共预算拨款收入 … / 二、上年结转 / "
        "一般公共预算拨款收入 … (the same labels twice); 三公 one row with blank cells dropped (因公出国 blank: five "
        "figures for six columns)",
        kind="budget",
        org="重庆市江北区规划和自然资源局",
        year=2020,
        gap="row",
        fmt=Fmt(WAN),
        names=FUNC,
        econ_names=ECON,
        titles=BUDGET_TITLES,
        labels=[f"表{i}" for i in range(1, 10)],
        label_inline=True,
        head_width=10,
        name_width=12,
        label_width=13,
        footer="- {n} -",
        ies_left=(IES_LEFT_2020, [("本年收入合计", "=inc"), ("上年结转", "co"), ("收入总计", "=all")]),
        ies_right_ends=[("本年支出合计", "=spent"), ("结转下年", "0"), ("支出总计", "=spent")],
        fs_left=(
            [
                ("一、本年收入", "=fin"),
                ("一般公共预算拨款收入", "gp"),
                ("政府性基金预算拨款收入", "gf"),
                ("国有资本经营预算拨款收入", "sc"),
                ("二、上年结转", "co"),
                ("一般公共预算拨款收入", "co"),
                ("政府性基金预算拨款收入", "0"),
            ],
            [("收入总计", "=all")],
        ),
        fs_right_ends=[("支出总计", "=all")],
        inc_cols=INC_ALL,
        exp_cols=EXP_BUDGET,
        leaves=[
            "2200101 gp_b=1,286.54",
            "2200102 gp_p=168.00",
            "2200104 gp_p=856.00 co_p=120.00",
            "2200106 gp_p=342.60",
            "2200150 gp_b=624.38 biz_b=86.00",
            "2200199 gp_p=95.00",
            "2120201 gp_p=460.00",
            "2120801 gf_p=18,650.00",
            "2120802 gf_p=6,420.00",
            "2120899 gf_p=1,280.00",
            "2080505 gp_b=186.52",
            "2080506 gp_b=74.61",
            "2101101 gp_b=46.28",
            "2101102 gp_b=22.40",
            "2210201 gp_b=142.36",
        ],
        econ=econ(
            "30101 586.40 30102 412.36 30103 46.20 30107 248.60 30108 186.52 30109 74.61 30110 68.68 30112 9.86 "
            "30113 142.36 30199 21.00 30201 46.80 30205 4.20 30206 28.60 30207 12.40 30209 56.00 30211 12.60 "
            "30213 24.80 30215 4.00 30216 8.60 30217 3.20 30226 86.00 30228 32.46 30229 18.20 30231 12.40 "
            "30239 62.40 30299 124.24 30302 18.60 30305 6.40 31002 24.60"
        ),
        sg="row6",
        sangong=("0", "28.00", "12.40", "3.20"),
        empty=dict(SC="本部门2020年无国有资本经营预算拨款安排的支出，本表无数据。"),
        claims=[("total_income_expenditure", {"amount": "30860.69"})],
        op_costs="509.06",
    )
)

# ------------------------------------------------------------------------------------------------ f1 山西 2022
DOCS.append(
    dict(
        file="f1_shanxi_luzhou_mzj_2022_final.txt",
        note="cell 山西2022 部门决算 of a 区 民政局 in 万元 with separators, an empty line after every cell; 收入支出决算总表 "
        "and 财政拨款收入支出决算总表 WITH 行次 on both sides (left 1 …, right on from the left's last), every item "
        "printing its 行次 (those without a figure label and 行次 only: 三、国有资本经营 … 七、附属单位上缴收入, "
        "使用非财政拨款结余, 结余分配), the 收支总表's right side the whole 类 list (二十四 lines, figures on 208 210 221 "
        "229); the 财政拨款总表 with 年初财政拨款结转和结余 and its fund lines | 年末财政拨款结转和结余 with three figures; "
        "政府性基金 收入支出 table (2081002 老年福利 and 2296002 用于社会福利的彩票公益金支出, 年初 12.00 / 38.00, 年末 "
        "42.00 / 24.00); 基本支出决算表 as two blocks printed row by row; 三公 one row of twelve (预算数 then 决算数) "
        "with 0.00 zeros",
        kind="final_account",
        org="长治市潞州区民政局",
        year=2022,
        gap="cell",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        names=FUNC,
        econ_names=ECON,
        titles=FINAL_TITLES,
        labels=[f"公开{i:02d}表" for i in range(1, 10)],
        head_width=8,
        name_width=12,
        label_width=14,
        footer="{n}",
        rowno=True,
        whole_classes=True,
        fs_whole=False,
        ies_left=(FINAL_IES_LEFT, FINAL_IES_ENDS),
        ies_right_ends=FINAL_IES_RIGHT_ENDS,
        fs_left=FINAL_FS_LEFT,
        fs_right_ends=FINAL_FS_RIGHT_ENDS,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        leaves=[
            "2080201 gp_b=426.38 i_gp=426.38",
            "2080202 gp_p=58.60 i_gp=58.60",
            "2080208 gp_p=312.40 i_gp=330.00",
            "2080299 gp_p=46.20 i_gp=46.20",
            "2080505 gp_b=96.52 i_gp=96.52",
            "2080506 gp_b=38.61 i_gp=38.61",
            "2081001 gp_p=186.40 i_gp=186.40",
            "2081002 gp_p=624.80 gf_p=150.00 i_gp=624.80 i_gf=180.00 bgf=12.00",
            "2081004 gp_p=85.00 i_gp=85.00",
            "2081005 gp_b=268.46 nf_b=32.50 i_gp=268.46 i_oth=32.50",
            "2081901 gp_p=3,286.50 i_gp=3,286.50",
            "2081902 gp_p=4,862.30 i_gp=4,862.30",
            "2082001 gp_p=426.00 i_gp=380.70",
            "2082101 gp_p=368.20 i_gp=368.20",
            "2082102 gp_p=1,124.60 i_gp=1,124.60",
            "2101101 gp_b=24.36 i_gp=24.36",
            "2101102 gp_b=12.48 i_gp=12.48",
            "2210201 gp_b=64.28 i_gp=64.28",
            "2296002 gf_p=210.00 i_gf=196.00 bgf=38.00",
        ],
        begin="103.50",
        begin_gp="45.30",
        econ_blocks=2,
        econ=econ(
            "30101 236.40 30102 148.62 30103 18.30 30107 86.40 30108 96.52 30109 38.61 30110 36.84 30112 4.26 "
            "30113 64.28 30199 9.50 30302 48.60 30305 3.80 30201 14.20 30205 2.60 30206 8.40 30207 3.60 "
            "30209 12.00 30211 4.80 30213 6.20 30217 2.86 30228 9.84 30229 6.60 30231 5.42 30239 18.40 "
            "30299 37.24 31002 6.80"
        ),
        sg="row12",
        sangong_budget=("0", "0", "6.00", "3.50"),
        sangong=("0", "0", "5.42", "2.86"),
        gb_budget="11,760.00",
        empty=dict(
            SC="本部门2022年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。"
        ),
        claims=[
            ("total_income_expenditure", {"amount": "12796.39"}),
            ("execution", {"budget": "11760.00", "actual": "12312.09", "rate": "104.69"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f2 甘肃 2021
DOCS.append(
    dict(
        file="f2_gansu_maiji_swj_2021_final.txt",
        note="cell 甘肃2021 部门决算 of a 区 水务局 in 元 with separators, no empty lines; 收入支出决算总表 WITHOUT 行次, "
        "every income item printed (those without a figure their label alone), the right side the 类 with money, "
        "使用非财政拨款结余 and 结余分配 labels alone; 政府性基金 收入支出 table with 21366 大中型水库库区基金安排的支出 "
        "(2136601 年初 480,000.00, 年末 280,000.00; 2136602 no 年初 / 年末); 事业收入 on 2130350; 基本支出决算表 as THREE "
        "blocks (人员经费 | 公用经费 302 | 公用经费 310 / 399) printed row by row; 三公 items in rows 项目 | 预算数 | "
        "决算数 (出国 and 购置 rows their labels alone); names wrapped after 11 characters",
        kind="final_account",
        org="天水市麦积区水务局",
        year=2021,
        gap="none",
        fmt=Fmt(YUAN),
        names=FUNC,
        econ_names=ECON,
        titles=FINAL_TITLES,
        labels=[f"表{i}" for i in range(1, 10)],
        head_width=9,
        name_width=11,
        label_width=13,
        footer="- {n} -",
        ies_left=(FINAL_IES_LEFT, FINAL_IES_ENDS),
        ies_right_ends=FINAL_IES_RIGHT_ENDS,
        fs_left=FINAL_FS_LEFT,
        fs_right_ends=FINAL_FS_RIGHT_ENDS,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        leaves=[
            "2130301 gp_b=3,862,415.36 i_gp=3,862,415.36",
            "2130304 gp_p=486,000.00 i_gp=486,000.00",
            "2130305 gp_p=12,650,000.00 i_gp=11,800,000.00",
            "2130306 gp_p=1,320,000.00 i_gp=1,450,000.00",
            "2130310 gp_p=2,160,000.00 i_gp=2,160,000.00",
            "2130314 gp_p=865,400.00 i_gp=865,400.00",
            "2130350 gp_b=2,146,382.50 nf_b=386,520.00 i_gp=2,146,382.50 i_biz=412,600.00",
            "2130399 gp_p=356,000.00 i_gp=356,000.00",
            "2136601 gf_p=2,800,000.00 i_gf=2,600,000.00 bgf=480,000.00",
            "2136602 gf_p=650,000.00 i_gf=650,000.00",
            "2080505 gp_b=612,450.24 i_gp=612,450.24",
            "2080506 gp_b=244,980.10 i_gp=244,980.10",
            "2101101 gp_b=168,230.00 i_gp=168,230.00",
            "2101102 gp_b=96,410.00 i_gp=96,410.00",
            "2210201 gp_b=436,820.00 i_gp=436,820.00",
        ],
        begin="1,392,400.00",
        begin_gp="850,000.00",
        econ_blocks=3,
        econ=econ(
            "30101 1,864,320.00 30102 1,246,810.00 30103 156,200.00 30107 846,300.00 30108 612,450.24 "
            "30109 244,980.10 30110 264,640.00 30112 32,480.00 30113 436,820.00 30199 54,000.00 30302 186,400.00 "
            "30305 24,600.00 30309 12,000.00 30201 124,600.00 30205 18,400.00 30206 86,200.00 30207 32,600.00 "
            "30208 168,400.00 30211 64,200.00 30213 96,400.00 30217 8,460.00 30226 126,000.00 30228 86,420.00 "
            "30229 46,800.00 30231 42,650.00 30239 186,000.00 30299 416,657.86 31002 46,800.00 31007 28,600.00 "
            "39999 6,500.00"
        ),
        sg="rows2",
        sangong_budget=("0", "0", "48,000.00", "12,000.00"),
        sangong=("0", "0", "42,650.00", "8,460.00"),
        gb_budget="24,650,000.00",
        empty=dict(SC="本单位2021年度无国有资本经营预算财政拨款支出，本表为空表。"),
        claims=[
            ("total_income_expenditure", {"amount": "29740088.20"}),
            ("execution", {"budget": "24650000.00", "actual": "25405088.20", "rate": "103.06"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f3 天津 2020
DOCS.append(
    dict(
        file="f3_tianjin_nankai_jyj_2020_final.txt",
        note="cell 天津2020 部门决算 of a 区 教育局 (its schools: 事业收入, 其他收入) in 元 with separators and 10-digit "
        "figures (1,306,300,107.87), an empty line after every cell, the unit line ABOVE the organisation; 收入支出"
        "决算总表 and 财政拨款收入支出决算总表 with 行次 on both sides and the template's empty lines printing their 行次 "
        "alone, 使用非财政拨款结余 380,000.00 and 结余分配 125,600.00 with figures; 2080501 行政单位离退休 / 2080502 "
        "事业单位离退休, 2050999 其他教育费附加安排的支出; 基本支出决算表 as one list (合计 | 人员经费 | 公用经费) with the "
        "合计 row LAST, the coded tables' 合计 rows last; 政府性基金 2296004 用于教育事业的彩票公益金支出 (年初 450,000.00 "
        "carried to 年末 untouched); 三公 one row of twelve interleaved per item (预算数 决算数 | 预算数 决算数 …) with 0.00 "
        "zeros",
        kind="final_account",
        org="天津市南开区教育局",
        year=2020,
        gap="cell",
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        names=FUNC,
        econ_names=ECON,
        titles=FINAL_TITLES,
        labels=[f"表{c}" for c in "一二三四五六七八九"],
        label_inline=True,
        org_word="部门：",
        unit_first=True,
        head_width=8,
        name_width=12,
        label_width=15,
        footer="第 {n} 页",
        rowno=True,
        filler=True,
        total_last=True,
        econ_total_last=True,
        ies_left=(FINAL_IES_LEFT, FINAL_IES_ENDS),
        ies_right_ends=FINAL_IES_RIGHT_ENDS,
        fs_left=FINAL_FS_LEFT,
        fs_right_ends=FINAL_FS_RIGHT_ENDS,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        leaves=[
            "2050101 gp_b=18,654,326.40 i_gp=18,654,326.40",
            "2050102 gp_p=2,860,000.00 i_gp=2,860,000.00",
            "2050199 gp_p=1,450,000.00 i_gp=1,450,000.00",
            "2050201 gp_b=86,452,310.26 gp_p=12,600,000.00 nf_b=8,645,200.00 i_gp=99,052,310.26 i_biz=9,126,400.00",
            "2050202 gp_b=462,318,654.82 gp_p=36,500,000.00 nf_b=3,264,100.00 i_gp=498,818,654.82 i_oth=3,512,000.00",
            "2050203 gp_b=286,415,327.64 gp_p=24,800,000.00 nf_p=1,860,000.00 i_gp=311,215,327.64",
            "2050204 gp_b=168,624,510.38 gp_p=18,400,000.00 nf_b=12,460,000.00 i_gp=187,024,510.38 "
            "i_biz=13,250,000.00",
            "2050299 gp_p=8,650,000.00 i_gp=8,650,000.00",
            "2050701 gp_b=12,486,320.50 i_gp=12,486,320.50",
            "2050801 gp_b=6,842,150.00 gp_p=1,200,000.00 i_gp=8,042,150.00",
            "2050999 gp_p=32,600,000.00 i_gp=30,000,000.00",
            "2080501 gp_b=1,864,520.00 i_gp=1,864,520.00",
            "2080502 gp_b=56,428,613.20 i_gp=56,428,613.20",
            "2080505 gp_b=68,452,160.48 i_gp=68,452,160.48",
            "2080506 gp_b=27,380,864.19 i_gp=27,380,864.19",
            "2101101 gp_b=1,246,300.00 i_gp=1,246,300.00",
            "2101102 gp_b=42,364,810.00 i_gp=42,364,810.00",
            "2210201 gp_b=54,862,140.00 i_gp=54,862,140.00",
            "2210202 gp_b=8,642,300.00 i_gp=8,642,300.00",
            "2210203 gp_b=3,264,800.00 i_gp=3,264,800.00",
            "2296004 gf_p=3,600,000.00 i_gf=3,600,000.00 bgf=450,000.00",
        ],
        begin="4,610,000.00",
        begin_gp="2,600,000.00",
        use="380,000.00",
        dist="125,600.00",
        econ=econ(
            "30101 312,648,200.00 30102 186,452,300.00 30103 24,862,100.00 30107 286,415,600.00 "
            "30108 68,452,160.48 30109 27,380,864.19 30110 43,611,110.00 30112 6,842,300.00 30113 54,862,140.00 "
            "30199 12,460,000.00 30301 1,246,520.00 30302 57,046,613.20 30304 618,000.00 30305 2,460,000.00 "
            "30201 8,642,300.00 30205 4,268,400.00 30206 18,642,000.00 30207 3,264,800.00 30208 36,480,000.00 "
            "30209 24,860,000.00 30211 1,864,000.00 30213 26,480,000.00 30215 286,000.00 30216 3,864,000.00 "
            "30217 48,600.00 30226 12,460,000.00 30228 16,842,000.00 30229 8,642,000.00 30231 186,400.00 "
            "30239 42,860,000.00 30299 149,700.00 31002 6,842,000.00 31003 4,260,000.00"
        ),
        sg="inter12",
        sangong_budget=("0", "0", "200,000.00", "60,000.00"),
        sangong=("0", "0", "186,400.00", "48,600.00"),
        gb_budget="1,388,000,000.00",
        empty=dict(SC="本部门2020年度无国有资本经营预算财政拨款支出，故本表无数据。"),
        claims=[
            ("total_income_expenditure", {"amount": "1477238507.87"}),
            ("execution", {"budget": "1388000000.00", "actual": "1445360107.87", "rate": "104.13"}),
        ],
    )
)

# ------------------------------------------------------------------------------------------------ f4 宁夏 2024
DOCS.append(
    dict(
        file="f4_ningxia_xixia_zjj_2024_final.txt",
        note="cell 宁夏2024 部门决算 of a 区 住房和城乡建设局 in 万元 without separators, no empty lines; 收入支出决算总表 "
        "and 财政拨款收入支出决算总表 without 行次 with the WHOLE 类 list (二十四 lines, figures on 208 210 212 221); "
        "政府性基金 收入支出 table with 21208 城市建设支出 (年初 680.00) and 21213 城市基础设施配套费安排的支出 (no 年初), "
        "the 合计 rows LAST in every coded table; 基本支出决算表 as three blocks; 三公 items in rows 预算数 | 决算数 with "
        "blank cells dropped: 公务用车购置费 决算数 only (26.80, no budget), 因公出国 label alone; names wrapped after 10 "
        "characters",
        kind="final_account",
        org="银川市西夏区住房和城乡建设局",
        year=2024,
        gap="none",
        fmt=Fmt(WAN, sep=False),
        names=FUNC,
        econ_names=ECON,
        titles=FINAL_TITLES,
        labels=[f"附表{i}" for i in range(1, 10)],
        head_width=7,
        name_width=10,
        label_width=12,
        footer="{n}",
        whole_classes=True,
        total_last=True,
        ies_left=(FINAL_IES_LEFT, FINAL_IES_ENDS),
        ies_right_ends=FINAL_IES_RIGHT_ENDS,
        fs_left=FINAL_FS_LEFT,
        fs_right_ends=FINAL_FS_RIGHT_ENDS,
        inc_cols=FINAL_INC,
        exp_cols=FINAL_EXP,
        leaves=[
            "2120101 gp_b=568.42 i_gp=568.42",
            "2120102 gp_p=86.00 i_gp=86.00",
            "2120104 gp_p=245.60 i_gp=245.60",
            "2120106 gp_b=186.34 gp_p=126.80 i_gp=313.14",
            "2120199 gp_p=64.50 i_gp=64.50",
            "2120303 gp_p=1860.00 i_gp=1620.00",
            "2120399 gp_p=325.00 i_gp=325.00",
            "2120501 gp_p=1246.80 nf_p=86.00 i_gp=1246.80 i_oth=86.00",
            "2120803 gf_p=3650.00 i_gf=3200.00 bgf=680.00",
            "2121301 gf_p=1280.00 i_gf=1420.00",
            "2121399 gf_p=96.00 i_gf=96.00",
            "2210105 gp_p=186.00 i_gp=186.00",
            "2210108 gp_p=2460.00 i_gp=2460.00",
            "2210201 gp_b=98.64 i_gp=98.64",
            "2080505 gp_b=112.36 i_gp=112.36",
            "2080506 gp_b=44.94 i_gp=44.94",
            "2101101 gp_b=31.28 i_gp=31.28",
            "2101102 gp_b=18.76 i_gp=18.76",
        ],
        begin="932.40",
        begin_gp="240.00",
        econ_blocks=3,
        econ=econ(
            "30101 236.40 30102 182.36 30103 24.80 30107 132.60 30108 112.36 30109 44.94 30110 50.04 30112 5.86 "
            "30113 98.64 30199 8.00 30302 16.80 30305 3.60 30201 16.40 30205 2.80 30206 10.60 30207 4.20 "
            "30209 18.60 30211 5.60 30213 8.40 30217 2.35 30228 11.46 30229 7.20 30231 15.62 30239 22.80 "
            "30299 9.71 31002 8.60"
        ),
        sg="rows2",
        sangong_budget=("0", "0", "18.00", "4.00"),
        sangong=("0", "26.80", "15.62", "2.35"),
        gb_budget="7200.00",
        empty=dict(SC="本部门2024年度无国有资本经营预算财政拨款支出，本表无数据。"),
        claims=[
            ("total_income_expenditure", {"amount": "13155.84"}),
            ("execution", {"budget": "7200.00", "actual": "7661.44", "rate": "106.41"}),
        ],
    )
)

BUILT = {doc["file"]: (doc, build(doc)) for doc in DOCS}


# ------------------------------------------------------------------------------------------------ identities


def _v(s: str) -> D:
    return D(s.replace(",", "")) if s else D(0)


def _printed(t) -> list:
    """A coded table's rows as printed, read back: (code or None, name, [values])."""
    return [(c, n, [_v(t.fmt.cell(x)) for x in vals]) for c, n, vals in t.rows]


def _tree(file, key, rows, cols) -> dict:
    """类 = Σ 款 = Σ 项, 合计 = Σ 类, per column; returns {code or '合计': values}."""
    by = {c: v for c, _, v in rows if c}
    tot = next(v for c, _, v in rows if c is None)
    for i in cols:
        for c, v in by.items():
            kids = [w[i] for k, w in by.items() if len(k) == len(c) + 2 and k.startswith(c)]
            if kids:
                assert v[i] == sum(kids, D(0)), (file, key, c, i)
        assert tot[i] == sum((v[i] for c, v in by.items() if len(c) == 3), D(0)), (file, key, "合计", i)
    return {**by, "合计": tot}


def _two(t) -> tuple[dict, dict]:
    """A two-sided table read back: {label: value} left, {label: [values]} right (a label printed twice: the
    later one with a suffix '#2')."""
    f = t.fmt
    left, right = {}, {}
    for ll, _a, lv, rl, _b, rv in t.rows:
        if ll:
            k = ll if ll not in left else ll + "#2"
            left[k] = _v(f.cell(lv[0])) if lv else None
        if rl:
            right[rl] = [_v(f.cell(x)) for x in rv] if rv else None
    return left, right


def _identities() -> None:
    for file, (doc, T) in BUILT.items():
        final = doc["kind"] == "final_account"
        trees = {}
        for k in ("INC", "EXP", "GB", "GF"):
            t = T[k]
            if not t.rows:
                continue
            rows = _printed(t)
            ti, parts = t.parts
            for c, nm, v in rows:  # row total = Σ parts
                assert v[ti] == sum((v[i] for i in parts), D(0)), (file, k, c, nm)
                if k == "GF" and final:  # 年初 + 收入 − 支出 = 年末
                    assert v[0] + v[1] - v[2] == v[5], (file, k, c)
            trees[k] = _tree(file, k, rows, range(len(rows[0][2])))
        # 基本支出表: 人员经费 + 公用经费 = 合计, 类 = Σ 款, its total = the 一般公共预算 basic
        g = T["GBB"]
        if g.kind == "blocks":
            cells = [x for r in g.rows for x in r if x]
            by = {c: _v(g.fmt.cell(v)) for c, _, v in cells if c}
            named = {n: _v(g.fmt.cell(v)) for c, n, v in cells if c is None}
            assert named["人员经费合计"] == by["301"] + by.get("303", D(0)), file
            assert named["公用经费合计"] == sum(
                (by[c] for c in by if len(c) == 3 and c not in ("301", "303")), D(0)
            )
            basic = named["人员经费合计"] + named["公用经费合计"]
            for c3 in [c for c in by if len(c) == 3]:
                assert by[c3] == sum((by[c] for c in by if len(c) == 5 and c[:3] == c3), D(0)), (file, c3)
        else:
            rows = _printed(g)
            by = {c: v for c, _, v in rows if c}
            tot = next(v for c, _, v in rows if c is None)
            for c, _, v in rows:
                assert v[0] == v[1] + v[2], (file, "GBB", c)
            for i in range(3):
                assert tot[i] == sum((by[c][i] for c in by if len(c) == 3), D(0)), (file, "GBB", i)
                for c3 in [c for c in by if len(c) == 3]:
                    assert by[c3][i] == sum((by[c][i] for c in by if len(c) == 5 and c[:3] == c3), D(0))
            basic = tot[0]
        gb = trees["GB"]["合计"]
        assert gb[1] == basic, (file, "basic", gb[1], basic)
        # 收支总表
        left, right = _two(T["IES"])
        exp_t, inc_t = trees["EXP"]["合计"], trees["INC"]["合计"]
        names = {n: c for c, n in [*CLASSES, *doc["names"].items()] if len(c) == 3}
        classes = {names[lab.split("、", 1)[1]]: v for lab, v in right.items() if "、" in lab}
        for c, v in trees["EXP"].items():
            if len(c) == 3:
                assert classes[c][0] == v[0], (file, "IES 类", c)
        assert all(v is None for c, v in classes.items() if c not in trees["EXP"]), file
        spent_lab = "本年支出合计" if "本年支出合计" in right else "当年支出小计"
        spent = right[spent_lab][0]
        assert spent == exp_t[0] == sum((v[0] for v in classes.values() if v), D(0)), file
        items, ends = doc["ies_left"]
        item_v = {lab: left[lab] or D(0) for lab, k in items if k != "gp+gf"}
        inc_lab = ends[0][0]
        assert left[inc_lab] == sum(item_v.values(), D(0)), (file, "本年收入合计")
        heads = [h for h, _ in T["INC"].cols]
        for i, (_h, _k, spec) in enumerate(doc["inc_cols"]):  # the income items = the 收入表's columns
            if not spec or spec == "co":
                continue
            want_keys = set(spec.split("+"))
            mine = [
                (lab, set(k.split("+")))
                for lab, k in items
                if lab in item_v and set(k.split("+")) <= want_keys
            ]
            if mine and set().union(*(ks for _l, ks in mine)) == want_keys:
                assert inc_t[i] == sum((item_v[lab] for lab, _ in mine), D(0)), (file, "INC col", heads[i])
        if final:
            assert left["本年收入合计"] == inc_t[0], file
            use, dist = (
                left["使用非财政拨款结余"] or D(0),
                right["结余分配"][0] if right["结余分配"] else D(0),
            )
            end = right["年末结转和结余"][0]
            assert left["年初结转和结余"] + left["本年收入合计"] + use - spent - dist == end, file
            assert left["总计"] == right["总计"][0] == left["本年收入合计"] + use + left["年初结转和结余"], (
                file
            )
            fl, fr = _two(T["FS"])
            fund = {k: fl[lab] or D(0) for lab, k in doc["fs_left"][0]}
            b = {
                "gp": fl["一般公共预算财政拨款"] or D(0),
                "gf": fl["政府性基金预算财政拨款"] or D(0),
                "sc": D(0),
            }
            assert fl["本年收入合计"] == sum(fund.values(), D(0)), file
            assert fl["年初财政拨款结转和结余"] == b["gp"] + b["gf"], file
            for j, k in enumerate(("all", "gp", "gf", "sc")):
                bj = fl["年初财政拨款结转和结余"] if k == "all" else b[k]
                ij = fl["本年收入合计"] if k == "all" else fund[k]
                e = fr["年末财政拨款结转和结余"][j]
                assert bj + ij - fr["本年支出合计"][j] == e and e >= 0, (file, "FS", k)
                assert fr["总计"][j] == fr["本年支出合计"][j] + e, (file, "FS 总计", k)
            assert fl["总计"] == fr["总计"][0] and end >= fr["年末财政拨款结转和结余"][0], file
            fsp = fr["本年支出合计"]
            if "GF" in trees:
                gft = trees["GF"]["合计"]
                assert (
                    gft[1] == fund["gf"] and gft[0] == b["gf"] and gft[5] == fr["年末财政拨款结转和结余"][2]
                ), file
            gf_spent = trees["GF"]["合计"][2] if "GF" in trees else D(0)
            gb_col, gf_col = 0, 2
        else:
            all_lab = ends[-1][0]
            tot_lab = [lab for lab, _ in doc["ies_right_ends"]][-1]
            assert (
                left[all_lab] == right[tot_lab][0] == inc_t[0] == left[inc_lab] + (left[ends[1][0]] or D(0))
            )
            fl, fr = _two(T["FS"])
            ftot = fr[doc["fs_right_ends"][-1][0]]
            assert fl[doc["fs_left"][1][-1][0]] == ftot[0] == sum(ftot[1:], D(0)), file
            fsp = ftot
            gf_spent = trees["GF"]["合计"][0] if "GF" in trees else D(0)
            gb_col, gf_col = 0, 0
        # 财政拨款总表 类 = 一般公共预算表 类 (+ 上年结转) + 政府性基金表 类
        co = {c: v[1] for c, v in trees["INC"].items()} if not final and doc["inc_cols"][1][2] == "co" else {}
        for lab, v in fr.items():
            if "、" in lab and v is not None:
                c = names[lab.split("、", 1)[1]]
                gbv = trees["GB"].get(c, [D(0)])[gb_col] + co.get(c, D(0))
                gfv = trees["GF"].get(c, [D(0)] * 6)[gf_col] if "GF" in trees else D(0)
                assert v == [gbv + gfv, gbv, gfv, D(0)], (file, lab, v)
        assert fsp[2] == gf_spent, (file, "FS vs GF")
        # 三公
        sg = T["SG"]
        if sg.kind == "sgrows":
            for i in range(len(sg.rows[0][1])):
                t_, o, car, p, r, j = (_v(sg.fmt.cell(x[1][i])) for x in sg.rows)
                assert t_ == o + car + j and car == p + r, (file, "三公")
        else:
            vals = [_v(sg.fmt.cell(x)) for x in sg.rows[0]]
            if sg.sg == "meet":
                assert vals[0] == vals[1] + vals[7] + vals[8], file
                vals = vals[1:7]
            if sg.sg == "inter12":
                vals = vals[0::2] + vals[1::2]
            for k in range(0, len(vals), 6):
                t_, o, car, p, r, j = vals[k : k + 6]
                assert t_ == o + car + j and car == p + r, (file, "三公")
        e = {c: D(v.replace(",", "")) for c, v in doc["econ"].items()}
        r_, j_ = sangong(doc["sangong"])[4:6]
        assert r_ == e.get("30231", e.get("50208")) and j_ == e.get("30217", e.get("50206")), (
            file,
            "三公 vs 302",
        )
        # the stated totals (claims) against the tables
        for kind, figs in doc["claims"]:
            if kind == "total_income_expenditure":
                want = left["总计"] if final else left[doc["ies_left"][1][-1][0]]
                assert D(figs["amount"]) == want, (file, kind, want)
            if kind == "execution":
                assert D(figs["budget"]) == _v(doc["gb_budget"]) and D(figs["actual"]) == gb[0], (
                    file,
                    kind,
                    gb[0],
                )
                rate = (gb[0] / _v(doc["gb_budget"]) * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
                assert D(figs["rate"]) == rate, (file, kind, rate)


def sangong(sg):
    o, p, r, j = (D(x.replace(",", "")) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


_identities()

EXPECTED = {}
for file, (doc, T) in BUILT.items():
    EXPECTED[file] = dict(
        note=doc["note"],
        kind=doc["kind"],
        # in the template's order; check.py matches the tables the parser read first
        tables=[expectations(T[k]) for k in KEYS],
        only_tables=[T[k].key for k in KEYS],
        claims=doc["claims"],
    )
