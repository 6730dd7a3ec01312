"""Expected readings of the rules_s33b inputs: nine WHOLE final accounts (部门决算 / 单位决算) of 事业单位 and small
units (疾控中心, 人民医院, 街道办事处, 农业科学研究所, 中学, 镇人民政府, 中医院, 区教育局 with its schools, 镇卫生院),
2019–2024 accounts of nine provinces, whose tables use the funds and columns a 行政单位's report leaves blank:
five as plain pdftotext text (no -layout: one table row a line, blank cells dropped, header cells one a line) and four
as pdftotext -layout text. Typed here and drawn by gen.py from these same figures (s33b_lib.build); never from the
parser's output.

Shapes attacked (documents t1…t9):
- 收入决算表 with every column printed (合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 |
  其他收入) and rows by 类/款/项 whose blank cells are dropped in plain text, so that a row of two or three figures under
  seven columns must be placed by the identities: 上级补助 + 事业 + 其他 (t1, t2, t5, t9), 经营收入 and 附属单位上缴收入
  (t4), the 财政拨款 split into 一般公共预算 / 政府性基金 / 国有资本经营 columns (nine columns: t3 plain, t7 layout),
  a 项 whose only money is 事业 / 经营 (no 财政拨款), a 住房公积金 项 with spending and no income at all (t2, t7);
- 支出决算表 with 上缴上级支出 / 经营支出 / 对附属单位补助支出 used (t4 all three, t7 经营支出, t8 上缴上级), so that
  合计 ≠ 基本 + 项目;
- 收入支出决算总表 with 行次 on both sides (t1, t4 plain; t6 layout; 栏次 line), the whole 类 list printed with figures on a
  few (t3 plain, t8 layout), income side with 使用非财政拨款结余 figures (t2, t7), 结余分配 with its items printed
  under it (交纳所得税 / 提取专用结余 / 提取职工福利基金 / 转入非财政拨款结余: t2, t4, t7), 年末结转和结余;
- 财政拨款收入支出决算总表 with 年初财政拨款结转和结余 over its fund lines and, in t3 / t6 (街道 / 镇 with 政府性基金),
  年末财政拨款结转和结余 followed by its 一般公共预算 / 政府性基金 lines (the 4-column right side);
- 政府性基金预算财政拨款收入支出决算表 in the flow form (年初结转和结余 | 本年收入 | 本年支出 小计 基本 项目 | 年末结转和结余)
  where the 年初 carry-over exceeds nothing and 支出 > 收入 (t3, t6);
- 一般公共预算财政拨款基本支出决算表 in three side-by-side blocks (人员经费 301/303 | 公用经费 302 | 公用经费 307/309/310/399)
  with 人员经费合计 / 公用经费合计 at the foot, plain (blank block cells dropped: a line can hold one, two or three blocks)
  and layout;
- the 合计 row last (t2), a table broken over a page with its title again （续） and its header (t6 收入决算表, t7 收入决算表),
  names wrapped (t2 plain at 9 characters), header cells broken mid-word in plain text (t4 at 4 characters);
- 三公 as one row of twelve (t2, t3, t5, t6, t9) or items in rows 年初预算数 | 决算数 (t1, t4, t7, t8), zeros 0.00;
- 说明: 收入支出总计, 本年收入合计 / 本年支出合计 with the part shares, 结转结余 sentences, 财政拨款收入支出决算总计, 年初预算 vs
  决算 for the 一般公共预算 total and per 类 (完成年初预算的…%), 三公 年初预算 vs 决算, 机关运行经费 stated (t3, t6) or
  "本单位为事业单位，无机关运行经费" (the others).

Format (../review_check.py): per input note, kind, tables=[dict(table, unit, rows=[(code, name, {column: value})])];
claims (kind, figures) checked by check.py. _identities() (run at import) re-adds every printed table from its printed
strings: row total = Σ parts, 类 = Σ 款 = Σ 项, 合计 = Σ 类 per column, 年初 + 收入 − 支出 = 年末 per row of the 政府性基金
table, 人员经费 + 公用经费 = the 一般公共预算 basic total, 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行, the 收支总表's income
items = the 收入决算表's 合计 columns, its 类 = the 支出决算表's 类, its two 总计 equal and = 收入 + 使用结余 + 年初 =
支出 + 结余分配 + 年末, 结余分配 = Σ its items, the 财政拨款总表 per fund and its 类 = the 一般公共预算表 + 政府性基金表. A typo fails
at import."""

import sys
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s33b_lib import Fmt, build, expectations  # noqa: E402

WAN, YUAN = "万元", "元"
T_STD = dict(
    IES="收入支出决算总表",
    INC="收入决算表",
    EXP="支出决算表",
    FS="财政拨款收入支出决算总表",
    GB="一般公共预算财政拨款支出决算表",
    GBB="一般公共预算财政拨款基本支出决算表",
    SG="财政拨款“三公”经费支出决算表",
    GF="政府性基金预算财政拨款收入支出决算表",
    SC="国有资本经营预算财政拨款支出决算表",
)


def gf_empty(who, y):
    return f"{who}{y}年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。"


def sc_empty(who, y):
    return f"{who}{y}年度无国有资本经营预算财政拨款收支，故本表为空表。"


DOCS = []

# ------------------------------------------------------------------------------------------------ t1 湖北 疾控 元
DOCS.append(
    dict(
        file="t1_hubei_hongshan_cdc_2019_unit_final.txt",
        note="plain 湖北2019 区疾控中心 单位决算 in 元: 收入决算表 财政拨款 | 上级补助 | 事业 | 其他 with blanks dropped (2100409 "
        "has 财政拨款 + 上级补助 only, 2100401 three of seven); 收支总表 and 财政拨款总表 with 行次 both sides and 栏次; 2019 names "
        "(20805 行政事业单位离退休); 三公 items in rows 年初预算数 | 决算数, zeros 0.00; 事业单位 无机关运行经费",
        mode="plain",
        kind="final_account",
        scope="单位",
        year=2019,
        province="湖北省",
        org="武汉市洪山区疾病预防控制中心",
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        sg="rows2",
        hangci=True,
        names={"20805": "行政事业单位离退休"},
        labels=["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"],
        leaves=[
            "2080502 gp=138600.00 gpb=138600.00",
            "2080505 gp=912460.80 gpb=912460.80",
            "2080506 gp=364984.32 gpb=364984.32",
            "2100401 gp=8652300.00 biz=1246800.50 oth=35200.00 gpb=7012450.36 gpp=1306420.00 nb=980315.20 np=210000.00",
            "2100409 gp=1850000.00 up=620000.00 gpp=1792300.00 np=585000.00",
            "2100410 gp=300000.00 gpp=286500.00",
            "2101102 gp=420316.00 gpb=420316.00",
            "2210201 gp=684345.60 gpb=684345.60",
        ],
        begin="1210560.44",
        begin_gp="406200.00",
        econ={
            "30101": "1426380.00",
            "30102": "862450.00",
            "30107": "3156540.70",
            "30108": "912460.80",
            "30109": "364984.32",
            "30110": "420316.00",
            "30112": "38650.40",
            "30113": "684345.60",
            "30199": "120000.00",
            "30201": "86420.00",
            "30205": "12360.00",
            "30206": "96850.00",
            "30211": "45620.00",
            "30213": "38200.00",
            "30217": "6480.00",
            "30218": "682300.00",
            "30228": "52316.00",
            "30231": "45362.50",
            "30299": "120630.76",
            "30302": "138600.00",
            "30305": "36800.00",
            "31002": "185090.00",
        },
        sangong_budget=("0", "0", "48000.00", "12000.00"),
        sangong=("0", "0", "45362.50", "6480.00"),
        gb_budget={"208": "1420000.00", "210": "11500000.00", "221": "690000.00"},
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t2 四川 医院 万元
DOCS.append(
    dict(
        file="t2_sichuan_jianyang_rmyy_2021_unit_final.txt",
        note="plain 四川2021 县级人民医院 单位决算 in 万元: 事业收入 fifty times the 财政拨款; 2210201 住房公积金 spent from own "
        "funds (支出决算表 row, no 收入决算表 row); 使用非财政拨款结余（含专用结余） with a figure; 结余分配 with 提取职工福利基金 / "
        "转入非财政拨款结余 under it; the 合计 row LAST in every coded table; names wrapped at 9 characters (tail on the next "
        "line); 三公 one row of twelve with 0.00",
        mode="plain",
        kind="final_account",
        scope="单位",
        year=2021,
        province="四川省",
        org="简阳市人民医院",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        sg="row12",
        total_last=True,
        wrap=9,
        use_label="使用非财政拨款结余（含专用结余）",
        alloc_items=True,
        alloc=[("其中：提取职工福利基金", "120.00"), ("转入非财政拨款结余", "236.42")],
        use_nf="500.00",
        labels=["附表1", "附表2", "附表3", "附表4", "附表5", "附表6", "附表7", "附表8", "附表9"],
        leaves=[
            "2080505 gp=612.84 gpb=612.84",
            "2080506 gp=245.14 gpb=245.14",
            "2100201 gp=1260.00 up=180.00 biz=52846.37 oth=1105.62 gpb=860.00 gpp=420.00 nb=47612.45 np=4980.26",
            "2100408 gp=326.50 gpp=326.50",
            "2100409 gp=95.00 up=40.00 gpp=88.60 np=40.00",
            "2101102 gp=286.30 gpb=286.30",
            "2210201 nb=1236.80",
        ],
        begin="6832.15",
        begin_gp="48.20",
        econ={
            "30101": "286.40",
            "30102": "96.20",
            "30107": "312.66",
            "30108": "612.84",
            "30109": "245.14",
            "30110": "286.30",
            "30112": "18.42",
            "30201": "12.30",
            "30206": "38.60",
            "30213": "26.80",
            "30217": "3.28",
            "30218": "42.18",
            "30231": "15.62",
            "30299": "7.54",
        },
        sangong_budget=("0", "0", "18.00", "6.00"),
        sangong=("0", "0", "15.62", "3.28"),
        gb_budget={"208": "860.00", "210": "2300.00"},
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t3 浙江 街道 万元
DOCS.append(
    dict(
        file="t3_zhejiang_gongshu_xiaohe_jd_2023_final.txt",
        note="plain 浙江2023 街道办事处 部门决算 in 万元: 收入决算表 of NINE columns (一般公共预算 / 政府性基金 / 国有资本经营 财政拨款 "
        "收入 split, then 上级补助 … 其他), 2120803 政府性基金 only, 2010350 事业运行 with 其他收入; 收支总表 with the whole 类 list "
        "(figures on five); 财政拨款总表 年初 and 年末 each over its fund lines; 政府性基金 flow table (支出 > 收入, 年初结转 "
        "spent); 机关运行经费 stated",
        mode="plain",
        kind="final_account",
        scope="部门",
        year=2023,
        province="浙江省",
        org="杭州市拱墅区人民政府小河街道办事处",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        sg="row12",
        inc_split=True,
        full_classes=True,
        fs_end_split=True,
        labels=["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"],
        leaves=[
            "2010301 gp=2312.46 gpb=2312.46",
            "2010350 gp=486.20 oth=12.00 gpb=480.10 nb=12.00",
            "2010399 gp=620.00 gpp=605.35",
            "2080208 gp=1846.70 gpp=1846.70",
            "2080505 gp=318.62 gpb=318.62",
            "2080506 gp=127.45 gpb=127.45",
            "2081107 gp=96.30 gpp=96.30",
            "2101101 gp=142.18 gpb=142.18",
            "2101102 gp=38.40 gpb=38.40",
            "2120501 gp=1520.00 gpp=1498.66",
            "2120803 gf=860.00 gfp=1102.50",
            "2210201 gp=268.92 gpb=268.92",
        ],
        begin="420.60",
        begin_gp="120.60",
        begin_gf="300.00",
        gf_begin={"2120803": "300.00"},
        econ={
            "30101": "955.72",
            "30102": "612.48",
            "30103": "186.20",
            "30107": "326.40",
            "30108": "318.62",
            "30109": "127.45",
            "30110": "180.58",
            "30112": "16.24",
            "30113": "268.92",
            "30199": "96.30",
            "30201": "42.60",
            "30205": "6.80",
            "30206": "28.40",
            "30207": "12.36",
            "30211": "8.62",
            "30213": "36.20",
            "30217": "2.14",
            "30226": "186.40",
            "30228": "32.16",
            "30229": "26.80",
            "30231": "9.86",
            "30239": "112.80",
            "30299": "48.62",
            "30305": "18.60",
            "31002": "26.86",
        },
        sangong_budget=("0", "0", "12.00", "5.00"),
        sangong=("0", "0", "9.86", "2.14"),
        gb_budget={"201": "3300.00", "208": "2400.00", "210": "180.00", "212": "1600.00", "221": "270.00"},
        ops="stated",
    )
)

# ------------------------------------------------------------------------------------------------ t4 江苏 研究所 元
DOCS.append(
    dict(
        file="t4_jiangsu_wujin_nks_2020_unit_final.txt",
        note="plain 江苏2020 农业科学研究所 单位决算 in 元: 经营收入 / 附属单位上缴收入 / 其他收入 in the 收入决算表; 支出决算表 with "
        "上缴上级支出, 经营支出 and 对附属单位补助支出 (合计 ≠ 基本 + 项目); 收支总表 with 行次 and 结余分配 over 交纳所得税 / 提取专用"
        "结余 / 转入非财政拨款结余; header cells broken at four characters ('本年收入' / '合计'); 三公 items in rows",
        mode="plain",
        kind="final_account",
        scope="单位",
        year=2020,
        province="江苏省",
        org="常州市武进区农业科学研究所",
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        sg="rows2",
        hangci=True,
        hbreak=4,
        alloc_items=True,
        alloc=[
            ("其中：交纳所得税", "46553.18"),
            ("提取专用结余", "25000.00"),
            ("转入非财政拨款结余", "91648.00"),
        ],
        labels=["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"],
        leaves=[
            "2060301 gp=3268450.00 biz=412600.00 op=1865320.00 aff=300000.00 oth=46210.35 gpb=3104226.18 nb=398000.00 "
            "ope=1702118.64 ru=120000.00",
            "2060302 gp=1200000.00 up=350000.00 gpp=1163400.00 np=335000.00 sa=200000.00",
            "2080505 gp=402118.72 gpb=402118.72",
            "2080506 gp=160847.49 gpb=160847.49",
            "2101102 gp=186520.00 gpb=186520.00",
            "2130108 gp=480000.00 gpp=476850.00",
            "2130122 gp=650000.00 gpp=612300.00",
            "2210201 gp=302664.00 gpb=302664.00",
        ],
        begin="2306418.55",
        begin_gp="512300.00",
        econ={
            "30101": "812460.00",
            "30102": "386240.00",
            "30107": "1063162.40",
            "30108": "402118.72",
            "30109": "160847.49",
            "30110": "186520.00",
            "30112": "21430.60",
            "30113": "302664.00",
            "30201": "46280.00",
            "30205": "18620.00",
            "30206": "126480.00",
            "30211": "32650.00",
            "30213": "86400.00",
            "30217": "3126.00",
            "30218": "268350.00",
            "30228": "24316.00",
            "30231": "31640.00",
            "30299": "56329.18",
            "30302": "26480.00",
            "30309": "12000.00",
            "31003": "88262.00",
        },
        sangong_budget=("0", "0", "36000.00", "8000.00"),
        sangong=("0", "0", "31640.00", "3126.00"),
        gb_budget={
            "206": "5200000.00",
            "208": "570000.00",
            "210": "190000.00",
            "213": "1150000.00",
            "221": "300000.00",
        },
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t5 广东 中学 元
DOCS.append(
    dict(
        file="t5_guangdong_shunde_dlsyzx_2024_unit_final.txt",
        note="plain 广东2024 中学 单位决算 in 元 (published 2025): 收入决算表 财政拨款 | 上级补助 | 事业 | 其他, 2050203 four of seven; "
        "收支总表 no 行次; 三公 one row of twelve with 0.00 (接待 only)",
        mode="plain",
        kind="final_account",
        scope="单位",
        year=2024,
        province="广东省",
        org="佛山市顺德区大良实验中学",
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        sg="row12",
        labels=["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."],
        label_inline=True,
        leaves=[
            "2050203 gp=18642300.00 up=260000.00 biz=1386450.00 oth=92360.80 gpb=15268418.26 gpp=3124500.00 "
            "nb=1102680.00 np=418600.00",
            "2080505 gp=1986524.16 gpb=1986524.16",
            "2080506 gp=794609.66 gpb=794609.66",
            "2101102 gp=612480.00 gpb=612480.00",
            "2210201 gp=1482960.00 gpb=1482960.00",
        ],
        begin="982406.30",
        begin_gp="350000.00",
        econ={
            "30101": "4862300.00",
            "30102": "1624800.00",
            "30103": "586200.00",
            "30107": "5986420.00",
            "30108": "1986524.16",
            "30109": "794609.66",
            "30110": "612480.00",
            "30112": "86240.00",
            "30113": "1482960.00",
            "30199": "230020.00",
            "30201": "186420.00",
            "30205": "96850.00",
            "30206": "426300.00",
            "30213": "312600.00",
            "30216": "86400.00",
            "30217": "2860.00",
            "30228": "162480.00",
            "30299": "126368.26",
            "30302": "286400.00",
            "30399": "42600.00",
            "31002": "163160.00",
        },
        sangong_budget=("0", "0", "0", "5000.00"),
        sangong=("0", "0", "0", "2860.00"),
        gb_budget={"205": "22000000.00", "208": "2800000.00", "210": "620000.00", "221": "1500000.00"},
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t6 山东 镇 万元
DOCS.append(
    dict(
        file="t6_shandong_juye_dayi_zf_2022_final.layout.txt",
        note="layout 山东2022 镇人民政府 部门决算 in 万元: 收支总表 and 财政拨款总表 with 行次 both sides and 栏次; 政府性基金 2120804 "
        "(支出 > 收入, 年初结转 spent) in the flow table; 财政拨款总表 年末 over its fund lines; 收入决算表 over two pages (title "
        "（续） and header again before 213); 2130104 事业运行 with 其他收入; 机关运行经费 stated",
        mode="layout",
        kind="final_account",
        scope="部门",
        year=2022,
        province="山东省",
        org="巨野县大义镇人民政府",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        sg="row12",
        hangci=True,
        fs_end_split=True,
        breaks={"INC": "213"},
        use_label="使用非财政拨款结余（含专用结余）",
        labels=["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"],
        leaves=[
            "2010301 gp=1186.35 gpb=1186.35",
            "2010302 gp=210.00 gpp=196.48",
            "2080505 gp=162.30 gpb=162.30",
            "2080506 gp=64.92 gpb=64.92",
            "2080801 gp=18.60 gpb=18.60",
            "2101101 gp=75.40 gpb=75.40",
            "2120804 gf=620.00 gfp=705.30",
            "2130104 gp=386.25 oth=6.00 gpb=386.25 nb=6.00",
            "2130306 gp=240.00 gpp=228.20",
            "2130705 gp=512.00 gpp=512.00",
            "2210201 gp=138.50 gpb=138.50",
            "2240703 gp=45.00 gpp=45.00",
        ],
        begin="180.36",
        begin_gp="22.16",
        begin_gf="150.00",
        gf_begin={"2120804": "150.00"},
        econ={
            "30101": "386.42",
            "30102": "298.60",
            "30103": "52.36",
            "30107": "486.32",
            "30108": "162.30",
            "30109": "64.92",
            "30110": "75.40",
            "30112": "8.36",
            "30113": "138.50",
            "30201": "18.62",
            "30205": "4.80",
            "30206": "22.36",
            "30211": "6.20",
            "30213": "28.40",
            "30217": "2.86",
            "30226": "96.30",
            "30228": "16.24",
            "30231": "12.48",
            "30239": "82.60",
            "30299": "35.70",
            "30305": "12.60",
            "30304": "18.60",
            "31002": "1.38",
        },
        sangong_budget=("0", "0", "15.00", "4.00"),
        sangong=("0", "0", "12.48", "2.86"),
        gb_budget={
            "201": "1420.00",
            "208": "250.00",
            "210": "80.00",
            "213": "1150.00",
            "221": "140.00",
            "224": "30.00",
        },
        ops="stated",
    )
)

# ------------------------------------------------------------------------------------------------ t7 河南 中医院 万元
DOCS.append(
    dict(
        file="t7_henan_xuchang_zyy_2024_unit_final.layout.txt",
        note="layout 河南2024 市中医院 单位决算 in 万元: 收入决算表 of nine columns (财政拨款 split) with 经营收入; 支出决算表 with "
        "经营支出; 2210201 spent from own funds only; 使用非财政拨款结余 with a figure; 结余分配 over 交纳所得税 / 提取专用结余 / "
        "转入非财政拨款结余; 收入决算表 over two pages before 21011; 三公 items in rows",
        mode="layout",
        kind="final_account",
        scope="单位",
        year=2024,
        province="河南省",
        org="许昌市中医院",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        sg="rows2",
        inc_split=True,
        breaks={"INC": "21011"},
        alloc_items=True,
        use_nf="300.00",
        alloc=[("其中：交纳所得税", "6.89"), ("提取专用结余", "180.00"), ("转入非财政拨款结余", "420.33")],
        labels=["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"],
        leaves=[
            "2080505 gp=486.22 gpb=486.22",
            "2080506 gp=194.49 gpb=194.49",
            "2100202 gp=980.00 up=120.00 biz=38612.48 op=426.30 oth=688.15 gpb=640.00 gpp=340.00 nb=35206.72 "
            "np=3218.60 ope=398.75",
            "2100409 gp=60.00 up=25.00 gpp=58.40 np=25.00",
            "2101102 gp=215.80 gpb=215.80",
            "2101704 gp=150.00 gpp=146.20",
            "2210201 nb=862.40",
        ],
        begin="5214.62",
        begin_gp="36.50",
        econ={
            "30101": "212.36",
            "30102": "86.40",
            "30107": "268.30",
            "30108": "486.22",
            "30109": "194.49",
            "30110": "215.80",
            "30112": "12.64",
            "30201": "8.60",
            "30206": "21.30",
            "30213": "12.80",
            "30217": "1.62",
            "30231": "10.35",
            "30299": "5.63",
        },
        sangong_budget=("0", "0", "12.00", "4.00"),
        sangong=("0", "0", "10.35", "1.62"),
        gb_budget={"208": "690.00", "210": "1950.00"},
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t8 辽宁 教育局 元
DOCS.append(
    dict(
        file="t8_liaoning_huanggu_jyj_2020_final.layout.txt",
        note="layout 辽宁2020 区教育局 部门决算 (局机关 and its schools) in 元: 收入决算表 事业收入 / 其他收入 beside 财政拨款; 支出"
        "决算表 with 上缴上级支出; 收支总表 with the whole 类 list; 2050999 教育费附加; 三公 items in rows",
        mode="layout",
        kind="final_account",
        scope="部门",
        year=2020,
        province="辽宁省",
        org="沈阳市皇姑区教育局",
        fmt=Fmt(YUAN),
        sg_fmt=Fmt(YUAN, zero="0.00"),
        sg="rows2",
        full_classes=True,
        name_width=30,
        vw=15,
        labels=["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"],
        leaves=[
            "2050101 gp=3862415.20 gpb=3862415.20",
            "2050203 gp=126450380.50 biz=2860400.00 oth=412300.00 gpb=112368240.16 gpp=13620500.00 nb=2480600.00 "
            "np=650000.00 ru=120000.00",
            "2050204 gp=58216450.00 biz=4260880.00 gpb=50864112.40 gpp=7120000.00 nb=4012300.00",
            "2050999 gp=3500000.00 gpp=3426880.00",
            "2080505 gp=16826450.88 gpb=16826450.88",
            "2080506 gp=6730580.35 gpb=6730580.35",
            "2101101 gp=186320.00 gpb=186320.00",
            "2101102 gp=5840260.00 gpb=5840260.00",
            "2210201 gp=12360884.00 gpb=12360884.00",
        ],
        begin="8620415.60",
        begin_gp="2150600.00",
        econ={
            "30101": "38624800.00",
            "30102": "12865400.00",
            "30103": "3862500.00",
            "30107": "91960401.00",
            "30108": "16826450.88",
            "30109": "6730580.35",
            "30110": "6026580.00",
            "30112": "486200.00",
            "30113": "12360884.00",
            "30199": "1268400.00",
            "30201": "862400.00",
            "30205": "1286300.00",
            "30206": "3862400.00",
            "30211": "126800.00",
            "30213": "2864300.00",
            "30216": "686200.00",
            "30217": "18620.00",
            "30228": "1462300.00",
            "30231": "86420.00",
            "30299": "1136726.76",
            "30302": "3862100.00",
            "30305": "486200.00",
            "31002": "1286300.00",
        },
        sangong_budget=("0", "0", "120000.00", "30000.00"),
        sangong=("0", "0", "86420.00", "18620.00"),
        gb_budget={"205": "196000000.00", "208": "23600000.00", "210": "6000000.00", "221": "12400000.00"},
        ops="none",
    )
)

# ------------------------------------------------------------------------------------------------ t9 贵州 卫生院 万元
DOCS.append(
    dict(
        file="t9_guizhou_huaxi_qingyan_wsy_2023_unit_final.layout.txt",
        note="layout 贵州2023 镇卫生院 单位决算 in 万元: 收入决算表 财政拨款 | 上级补助 | 事业 | 其他 (2100302 four of seven); 三公 "
        "one row of twelve, 接待 only",
        mode="layout",
        kind="final_account",
        scope="单位",
        year=2023,
        province="贵州省",
        org="贵阳市花溪区青岩镇卫生院",
        fmt=Fmt(WAN),
        sg_fmt=Fmt(WAN, zero="0.00"),
        sg="row12",
        labels=["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"],
        leaves=[
            "2080505 gp=62.18 gpb=62.18",
            "2080506 gp=24.87 gpb=24.87",
            "2100302 gp=356.80 up=45.00 biz=1286.42 oth=18.30 gpb=320.16 gpp=36.00 nb=1180.35 np=48.00",
            "2100408 gp=168.40 gpp=165.92",
            "2101102 gp=28.60 gpb=28.60",
            "2210201 gp=46.30 gpb=46.30",
        ],
        begin="186.24",
        begin_gp="12.36",
        econ={
            "30101": "86.42",
            "30102": "32.60",
            "30107": "102.36",
            "30108": "62.18",
            "30109": "24.87",
            "30110": "28.60",
            "30112": "3.12",
            "30113": "46.30",
            "30201": "4.36",
            "30205": "1.26",
            "30206": "6.80",
            "30213": "5.32",
            "30217": "0.36",
            "30218": "68.30",
            "30299": "9.26",
        },
        sangong_budget=("0", "0", "0", "1.00"),
        sangong=("0", "0", "0", "0.36"),
        gb_budget={"208": "88.00", "210": "570.00", "221": "46.00"},
        ops="none",
    )
)


# ============================================================================================= built tables
def P(x):
    """A printed string back to its figure ("" is 0)."""
    return D(x.replace(",", "")) if x else D(0)


def rate(actual, budget):
    return (actual / budget * 100).quantize(D("0.01"))


def figures(doc, T):
    """The narrative's figures (gen.py prints them, the claims expect them)."""
    f = doc["fmt"]
    e = T["_e"]
    ies = {r[0]: r[1] for r in T["IES"].rows if r[0]}
    fs_total = next(r[1] for r in T["FS"].rows if r[0] == "总计")
    gb_rows = {c: v for c, _n, v in T["GB"].rows if c and len(c) == 3}
    classes = []
    for c, b in doc["gb_budget"].items():
        a = gb_rows[c][0]
        classes.append((c, D(b), a, rate(a, D(b))))
    gbb = sum((D(b) for b in doc["gb_budget"].values()), D(0))
    gba = sum((v[0] for v in gb_rows.values()), D(0))
    sgb = sum((D(x) for x in doc["sangong_budget"]), D(0))
    sga = sum((D(x) for x in doc["sangong"]), D(0))
    pers, pub = T["GBB"].totals
    return dict(
        grand=ies["总计"],
        inc=e["inc"],
        exp=e["exp"],
        end=e["end"],
        fs_total=fs_total,
        classes=classes,
        gb=(gbb, gba, rate(gba, gbb)),
        sg=(sgb, sga, rate(sga, sgb) if sgb else None),
        pers=pers,
        pub=pub,
        num=f.num,
    )


def claims_of(doc, T):
    F = figures(doc, T)
    n = F["num"]

    def m(v):
        return n(v).replace(",", "")

    out = [
        ("total_income_expenditure", {"amount": m(F["grand"])}),
        ("total_income", {"amount": m(F["inc"])}),
        ("total_expenditure", {"amount": m(F["exp"])}),
        ("fiscal_total_income_expenditure", {"amount": m(F["fs_total"])}),
        ("execution", {"budget": m(F["gb"][0]), "actual": m(F["gb"][1]), "rate": str(F["gb"][2])}),
    ]
    out += [("execution", {"budget": m(b), "actual": m(a), "rate": str(r)}) for _c, b, a, r in F["classes"]]
    if F["sg"][2] is not None:
        out.append(
            ("sangong_execution", {"budget": m(F["sg"][0]), "actual": m(F["sg"][1]), "rate": str(F["sg"][2])})
        )
    if doc["ops"] == "stated":
        out.append(("operating_costs", {"amount": m(F["pub"])}))
    return out


def _identities(doc, T):
    name = doc["file"]

    def coded_check(t, parts_of):
        rows = [(c, n, [P(t.fmt.cell(v)) for v in vals]) for c, n, vals in t.rows]
        for c, n, v in rows:
            parts_of(v, (name, t.code, c or n))
        coded_rows = [(c, v) for c, _n, v in rows if c]
        tot = next(v for c, n, v in rows if c is None)
        for i in range(len(tot)):
            assert sum((v[i] for c, v in coded_rows if len(c) == 3), D(0)) == tot[i], (name, t.code, i)
            for c, v in coded_rows:
                if len(c) < 7:
                    kids = [w[i] for k, w in coded_rows if len(k) == len(c) + 2 and k.startswith(c)]
                    assert sum(kids, D(0)) == v[i], (name, t.code, c, i)
        return tot

    def sum_parts(v, where):
        assert v[0] == sum(v[1:], D(0)), where

    inc = coded_check(T["INC"], sum_parts)
    exp = coded_check(T["EXP"], sum_parts)
    gb = coded_check(T["GB"], sum_parts)
    if T["GF"].kind == "coded":

        def flow(v, where):
            assert v[2] == v[3] + v[4] and v[0] + v[1] - v[2] == v[5], where

        gf = coded_check(T["GF"], flow)
    else:
        gf = [D(0)] * 6
    # the 收支总表 against the 收入 / 支出 tables
    f = T["IES"].fmt
    L = {r[0]: P(f.cell(r[1])) for r in T["IES"].rows if r[0]}
    R = {r[2]: P(f.cell(r[3][0])) for r in T["IES"].rows if r[2]}
    items = [
        "一、一般公共预算财政拨款收入",
        "二、政府性基金预算财政拨款收入",
        "三、国有资本经营预算财政拨款收入",
        "四、上级补助收入",
        "五、事业收入",
        "六、经营收入",
        "七、附属单位上缴收入",
        "八、其他收入",
    ]
    assert sum((L[i] for i in items), D(0)) == L["本年收入合计"] == inc[0], name
    if doc.get("inc_split"):
        assert [L[i] for i in items] == inc[1:], name
    else:
        assert [L[items[0]] + L[items[1]] + L[items[2]], *[L[i] for i in items[3:]]] == inc[1:], name
    cls = [v for k, v in R.items() if "、" in k]
    assert sum(cls, D(0)) == R["本年支出合计"] == exp[0], name
    exp_cls = {c: P(T["EXP"].fmt.cell(v[0])) for c, _n, v in T["EXP"].rows if c and len(c) == 3}
    assert sorted(v for v in cls if v) == sorted(exp_cls.values()), name
    use = P(f.cell(D(doc.get("use_nf", "0"))))
    alloc = R["结余分配"]
    assert alloc == sum((P(v.replace(",", "")) for _l, v in doc.get("alloc", [])), D(0)), name
    assert (
        L["总计"]
        == R["总计"]
        == L["本年收入合计"] + use + L["年初结转和结余"]
        == R["本年支出合计"] + alloc + R["年末结转和结余"]
    ), name
    # the 财政拨款总表 per fund against the 一般公共预算 / 政府性基金 tables
    fr = [(r[2], [P(f.cell(x)) for x in r[3]]) for r in T["FS"].rows if r[2]]
    fl = [(r[0], P(f.cell(r[1]))) for r in T["FS"].rows if r[0]]
    for lab, v in fr:
        if v and lab != "一般公共预算财政拨款" and lab != "政府性基金预算财政拨款":
            assert v[0] == v[1] + v[2] + v[3], (name, lab)
    fcls = [v for lab, v in fr if "、" in lab]
    assert sum((v[1] for v in fcls), D(0)) == gb[0] and sum((v[2] for v in fcls), D(0)) == gf[2], name
    fd = dict(fr)
    begin = dict(fl)
    assert (
        fd["总计"][1]
        == begin["一、一般公共预算财政拨款"] + begin["一般公共预算财政拨款"]
        == fd["本年支出合计"][1] + fd["年末财政拨款结转和结余"][1]
    ), name
    assert (
        fd["总计"][2]
        == begin["二、政府性基金预算财政拨款"] + begin["政府性基金预算财政拨款"]
        == fd["本年支出合计"][2] + fd["年末财政拨款结转和结余"][2]
        == gf[0] + gf[1] - gf[2] + gf[2]
    ), name
    # 基本支出表: 类 = Σ 款, 人员 + 公用 = 一般公共预算 basic
    cells = [c for r in T["GBB"].rows for c in r if c]
    for c, _n, v in cells:
        if len(c) == 3:
            assert P(f.cell(v)) == sum(
                (P(f.cell(w)) for k, _m, w in cells if len(k) == 5 and k[:3] == c), D(0)
            ), c
    pers, pub = T["GBB"].totals
    assert pers == sum((v for c, _n, v in cells if c in ("301", "303")), D(0))
    assert pers + pub == sum((v for c, _n, v in cells if len(c) == 3), D(0)) == gb[1], name
    # 三公
    sg = T["SG"]
    vals = [v for _l, vs in sg.rows for v in vs] if sg.kind == "sgrows" else sg.rows[0]
    blocks = (
        [[x[1][0] for x in sg.rows], [x[1][1] for x in sg.rows]]
        if sg.kind == "sgrows"
        else [vals[:6], vals[6:]]
    )
    for b in blocks:
        assert b[0] == b[1] + b[2] + b[5] and b[2] == b[3] + b[4], name


BUILT = {}
EXPECTED = {}
for _doc in DOCS:
    _doc.setdefault("titles", T_STD)
    _who = "本单位" if _doc["scope"] == "单位" else "本部门"
    _doc.setdefault("gf_empty", gf_empty(_who, _doc["year"]))
    _doc.setdefault("sc_empty", sc_empty(_who, _doc["year"]))
    _T = build(_doc)
    _T["SG"].fmt = _doc["sg_fmt"]
    _identities(_doc, _T)
    BUILT[_doc["file"]] = (_doc, _T)
    EXPECTED[_doc["file"]] = dict(
        note=_doc["note"],
        kind=_doc["kind"],
        tables=[
            expectations(_T[k])
            for k in ("IES", "INC", "EXP", "FS", "GB", "GBB", "SG", "GF")
            if _T[k].kind != "empty"
        ],
        claims=claims_of(_doc, _T),
    )
