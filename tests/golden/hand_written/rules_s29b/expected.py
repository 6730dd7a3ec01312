"""Expected execution claims of the rules_s29b inputs (gen.py writes them), typed by hand from the documents
as printed, never from the parser.

Per input: note (what it attacks), claims, not_claims.
- claims: every budget-versus-actual sentence of the 说明 that must be an 'execution' claim, in document
  order: (code, budget, actual, fund_scope, name_piece, why), figures in 万元 as printed. code: the
  functional code its 类/款/项 chain names (None for a whole). fund_scope: the money it speaks of, decided as a
  demanding analyst would (the why says on what evidence: the words, the heading, the whole stated before it,
  the table whose row the stated actual equals). name_piece: a piece the recorded subject must keep (None:
  not checked).
- not_claims: sentences that state a budget and an actual but must NOT be recorded as an execution claim
  compared with this report's tables: (budget, actual, why).

None and 'general_budget' are one for the warehouse (claim_fund_basis: coalesce(fund_scope,
'general_budget')): a recorded None where general_budget is expected is OK (printed "OK≡"), never the other
way round."""

GB, GF, SC, FI, ALL = "general_budget", "government_fund", "state_capital", "fiscal", "all_sources"
NON_FISCAL = "(none: no table prints it)"


def w(budget, actual, scope, name=None, why=""):
    return (None, budget, actual, scope, name, why)


def c(code, budget, actual, scope, why=""):
    return (code, budget, actual, scope, None, why)


EXPECTED = {
    "d01_xiangyang_cgw_2019_final.txt": {
        "note": "湖北2019: 四、财政拨款 holds sub-sections '1.一般公共预算…' / '2.政府性基金…' (Arabic-numbered)",
        "claims": [
            w("1,180.00", "1,400.00", FI, "财政拨款", "its words; 950 + 450 = 1,400"),
            w("900.00", "950.00", GB, "一般公共预算", "its words"),
            c(
                "2120101",
                "600.00",
                "620.00",
                GB,
                "under '1.一般公共预算…', after the 一般公共预算 whole; 表5 row",
            ),
            c("2120104", "150.00", "180.00", GB, "same"),
            c("2080505", "90.00", "90.00", GB, "same"),
            c("2210201", "60.00", "60.00", GB, "same"),
            w("280.00", "450.00", GF, "政府性基金", "its words"),
            c(
                "2120803",
                "200.00",
                "300.00",
                GF,
                "under '2.政府性基金…', after the 政府性基金 whole; 表8 row only",
            ),
            c("2121301", "80.00", "150.00", GF, "same"),
        ],
    },
    "d02_mianyang_wlj_2021_final.txt": {
        "note": "四川2021: （一） run into its sentence after a colon; （二） alone on its line, its words on the next",
        "claims": [
            w("560.00", "585.00", GB, "一般公共预算", "its words"),
            c("2070101", "400.00", "410.00", GB, "under （一）一般公共预算…"),
            c("2070109", "110.00", "120.00", GB, "same"),
            c("2080505", "50.00", "55.00", GB, "same"),
            w("80.00", "100.00", GF, "政府性基金", "its words"),
            c(
                "2070701",
                "20.00",
                "30.00",
                GF,
                "under （二）政府性基金… (the heading's words on the line after its number); 表8 only",
            ),
            c("2296003", "60.00", "70.00", GF, "same"),
        ],
    },
    "d03_nanhai_zrj_2022_final.txt": {
        "note": "广东2022: a 政府性基金 项 (21208) listed as item 5 of （三）一般公共预算…具体情况 without a heading; "
        "a running header and a page turn right after 七、政府性基金… (control)",
        "claims": [
            w("1,700.00", "1,755.00", GB, "一般公共预算", "its words"),
            c("2200101", "1,200.00", "1,250.00", GB, "under （三）一般公共预算…"),
            c("2200104", "320.00", "300.00", GB, "same"),
            c("2080505", "100.00", "110.00", GB, "same"),
            c("2210201", "80.00", "95.00", GB, "same"),
            c(
                "2120801",
                "2,500.00",
                "2,600.00",
                GF,
                "DEBATABLE: under the 一般公共预算 heading, but 21208 is a 政府性基金 款: printed in 表8 only, its "
                "budget outside the stated 一般公共预算 whole (items 1-4 add up to 1,700)",
            ),
            w("2,900.00", "3,000.00", GF, "政府性基金", "its words (page turned after its heading)"),
            c("2120802", "400.00", "400.00", GF, "under 七、政府性基金…"),
        ],
    },
    "d04_wenzhou_zfj_2020_final.txt": {
        "note": "浙江2020: item 5 of the 一般公共预算 具体情况 list states the 政府性基金 whole, then its 项 after 其中",
        "claims": [
            w("1,200.00", "1,270.00", GB, "一般公共预算", "its words"),
            c("2120101", "880.00", "900.00", GB, "under （二）一般公共预算…具体情况"),
            c("2120104", "220.00", "260.00", GB, "same"),
            c("2080505", "70.00", "80.00", GB, "same"),
            c("2080506", "30.00", "30.00", GB, "same"),
            w("480.00", "540.00", GF, "政府性基金", "its words"),
            c("2121301", "450.00", "500.00", GF, "'其中：' of the 政府性基金 whole just stated; 表8 only"),
            c("2121399", "30.00", "40.00", GF, "same"),
        ],
    },
    "d05_jintan_jyj_2024_final.txt": {
        "note": "江苏2024: （三）支出决算具体情况 under 三、支出决算情况说明 (no money named); the whole (本年支出合计) "
        "stated in its sibling （一）",
        "claims": [
            w("11,000.00", "11,520.00", ALL, "本年支出", "its words"),
            c(
                "205",
                "9,400.00",
                "9,860.00",
                ALL,
                "（三） breaks down the section's whole, 本年支出合计 stated in （一）; 9,860 = 表3's 205 (表5: 8,900)",
            ),
            c("208", "1,000.00", "1,020.00", ALL, "same; 表3's 208 (表5: 1,000)"),
            c("221", "600.00", "640.00", ALL, "same; 表3's 221 (表5: 600)"),
            w("10,100.00", "10,500.00", GB, "一般公共预算", "its words"),
            c("2050202", "4,500.00", "4,700.00", GB, "under 五、一般公共预算…"),
            c("2050203", "4,050.00", "4,200.00", GB, "same"),
            c("2080505", "970.00", "1,000.00", GB, "same"),
            c("2210201", "580.00", "600.00", GB, "same"),
        ],
    },
    "d06_luoyang_ghj_2018_final.txt": {
        "note": "河南2018: wholes naming two moneys in brackets ('本年支出合计（含财政拨款和其他资金）', '财政拨款支出（含"
        "一般公共预算和政府性基金）'); a sub-heading '财政拨款支出（不含政府性基金）决算具体情况'",
        "claims": [
            w(
                "1,000.00",
                "1,015.00",
                ALL,
                None,
                "本年支出合计 (the bracket names its parts); 表3 合计 1,015",
            ),
            w("900.00", "950.00", FI, None, "财政拨款支出 (the bracket names its parts); 710 + 240 = 950"),
            w("680.00", "710.00", GB, "一般公共预算", "its words"),
            c(
                "2120101",
                "500.00",
                "520.00",
                GB,
                "under '财政拨款支出（不含政府性基金）' = 一般公共预算 here; 表5 row",
            ),
            c("2120199", "120.00", "130.00", GB, "same (表3: 195 with other funds, 表5: 130)"),
            c("2080505", "60.00", "60.00", GB, "same"),
            c("2120803", "220.00", "240.00", GF, "under （三）政府性基金…"),
        ],
    },
    "d07_weifang_scj_2023_final.txt": {
        "note": "山东2023: whole named 部门支出; 非财政拨款支出 (事业收入, no table); headings run in after a colon; "
        "a 项 of all sources under （三） after the （二） naming 财政拨款",
        "claims": [
            w(
                "2,400.00",
                "2,500.00",
                ALL,
                "部门支出",
                "部门支出 = all the department spends; 表3 合计 2,500",
            ),
            c(
                "2013812",
                "500.00",
                "550.00",
                ALL,
                "（三） of 三、支出决算情况说明 after the 部门支出 whole; 550 = 表3 row (表5: 200)",
            ),
            w("2,100.00", "2,150.00", GB, "一般公共预算", "its words"),
            c("2013801", "1,780.00", "1,800.00", GB, "under 四、一般公共预算…"),
            c("2013812", "180.00", "200.00", GB, "same"),
            c("2080505", "140.00", "150.00", GB, "same"),
        ],
        "not_claims": [
            (
                "300.00",
                "350.00",
                "非财政拨款支出 (事业收入's spending): no table of the report prints it apart; compared with the "
                "财政拨款 (or, as None, the 一般公共预算) table it is a false finding",
            ),
        ],
    },
    "d08_zhuzhou_daj_2017_final.txt": {
        "note": "湖南2017 (control): parts stated like wholes — 基本支出 / 项目支出 of all sources, 一般公共预算财政拨款基本支出",
        "claims": [
            w("580.00", "600.00", ALL, "本年支出", "its words"),
            w(
                "412.00",
                "420.00",
                ALL,
                "基本支出",
                "part of the 本年支出 whole stated before it (a part, not a whole)",
            ),
            w("168.00", "180.00", ALL, "项目支出", "same"),
            w("550.00", "570.00", GB, "一般公共预算", "its words"),
            c("2012601", "370.00", "380.00", GB, "under 五、一般公共预算…"),
            c("2012604", "140.00", "150.00", GB, "same"),
            c("2080505", "40.00", "40.00", GB, "same"),
            w("410.00", "420.00", GB, "基本支出", "its words (a part: 基本支出 only)"),
        ],
    },
    "d09_chaoyang_swj_2024_final.txt": {
        "note": "北京2024: running header '第三部分 …决算情况说明' atop every page of part three; page turns after "
        "七、政府性基金… and inside its list",
        "claims": [
            w("3,400.00", "3,520.00", GB, "一般公共预算", "its words"),
            c("2130301", "1,080.00", "1,100.00", GB, "under （三）一般公共预算…"),
            c("2130306", "2,210.00", "2,300.00", GB, "same (after a page turn)"),
            c("2080505", "110.00", "120.00", GB, "same"),
            c(
                "2120803",
                "520.00",
                "600.00",
                GF,
                "under 七、政府性基金… (a running header between); 表8 only",
            ),
            c("2120899", "180.00", "200.00", GF, "same"),
        ],
    },
    "d10_jingan_2025_final.txt": {
        "note": "上海2025: the table of contents lists the tables 一、…九、国有资本经营…; the 说明's headings are "
        "numbered '一.' (full stop), its sub-headings '（三）'",
        "claims": [
            w("1,090.00", "1,125.00", ALL, "本年支出", "its words"),
            c(
                "201",
                "870.00",
                "895.00",
                ALL,
                "'其中：' of the 本年支出合计 whole; 895 = 表3's 201 (表5: 850)",
            ),
            c("208", "70.00", "70.00", ALL, "same"),
            c("229", "150.00", "160.00", ALL, "same (表3's 229 = 表8's)"),
            w("890.00", "920.00", GB, "一般公共预算", "its words"),
            c("2013101", "630.00", "640.00", GB, "under （三）一般公共预算…"),
            c("2013105", "190.00", "210.00", GB, "same"),
            c("2080505", "70.00", "70.00", GB, "same"),
            c("2296002", "150.00", "160.00", GF, "under '四.政府性基金…'; 表8 only"),
        ],
    },
    "d11_wanzhi_zjj_2022_final.txt": {
        "note": "安徽2022: sub-heading run in after a colon, its sentence naming 政府性基金 first; a top heading "
        "wrapped '…2022年度政府性' / '基金预算…说明', its items with no whole before them",
        "claims": [
            w("1,200.00", "1,260.00", GB, "一般公共预算", "its words"),
            c(
                "2120101",
                "750.00",
                "760.00",
                GB,
                "'其中：' of the 一般公共预算 whole; under 五、一般公共预算…",
            ),
            c("2120201", "380.00", "420.00", GB, "same"),
            c("2080505", "70.00", "80.00", GB, "same"),
            c("2120803", "1,000.00", "1,150.00", GF, "under 六、…政府性/基金… (wrapped); 表8 only"),
            c("2121301", "240.00", "260.00", GF, "same"),
        ],
    },
    "d12_ganzhou_cgj_2016_final.txt": {
        "note": "江西2016: one paragraph under 四、财政拨款 enumerates its moneys inline, '一是…其中…；二是…其中…'",
        "claims": [
            w("1,000.00", "1,080.00", FI, "财政拨款", "its words"),
            w("700.00", "730.00", GB, "一般公共预算", "its words"),
            c("2120101", "450.00", "460.00", GB, "'其中：' of 一是's 一般公共预算 whole"),
            c("2120104", "250.00", "270.00", GB, "same"),
            w("300.00", "350.00", GF, "政府性基金", "its words"),
            c("2121301", "280.00", "320.00", GF, "'其中：' of 二是's 政府性基金 whole; 表8 only"),
            c("2121302", "20.00", "30.00", GF, "same"),
        ],
    },
    "d13_kunming_tjj_2025_budget.txt": {
        "note": "云南2025 budget (预算): the year before's execution stated in a final account's words",
        "claims": [],
        "not_claims": [
            (
                "1,540.00",
                "1,512.60",
                "2024's execution in the 2025 budget: no claim about this report's tables",
            ),
            ("420.00", "398.50", "same ('实际支出为…，执行率…')"),
        ],
    },
    "d14_siming_szj_2021_final.txt": {
        "note": "福建2021: （三）支出决算具体情况 (no money) after its sibling （二）政府性基金… under 四、财政拨款; an "
        "unnumbered sub-heading '政府性基金预算财政拨款支出决算具体情况' inside 五、一般公共预算…",
        "claims": [
            w("1,750.00", "1,832.00", FI, "财政拨款", "its words"),
            w("850.00", "900.00", GF, "政府性基金", "its words"),
            c(
                "212",
                "1,672.00",
                "1,750.00",
                FI,
                "（三） of 四、财政拨款 (its sibling （二） encloses nothing); 1,750 = 表5 850 + 表8 900",
            ),
            c("208", "78.00", "82.00", FI, "same"),
            w("900.00", "932.00", GB, "一般公共预算", "its words"),
            c("2120101", "690.00", "700.00", GB, "under 五、一般公共预算…"),
            c("2120201", "132.00", "150.00", GB, "same"),
            c("2080505", "58.00", "60.00", GB, "same"),
            c("2080506", "20.00", "22.00", GB, "same"),
            c("2120803", "480.00", "500.00", GF, "under the unnumbered '政府性基金…具体情况'; 表8 only"),
            c("2121301", "370.00", "400.00", GF, "same"),
        ],
    },
    "d15_yubei_mzj_2023_final.txt": {
        "note": "重庆2023: whole named 全部支出 and its 类 under 三、支出决算情况说明; '（二）财政拨款支出决算具体情况' "
        "under 四、一般公共预算…",
        "claims": [
            w("1,840.00", "1,910.00", ALL, "全部支出", "全部支出 = all sources; 表3 合计 1,910"),
            c(
                "208",
                "1,560.00",
                "1,610.00",
                ALL,
                "after the 全部支出 whole in 三、支出决算; 表3's 208 (表5: 1,370)",
            ),
            c("229", "280.00", "300.00", ALL, "same (表3's 229 = 表8's)"),
            w("1,320.00", "1,370.00", GB, "一般公共预算", "its words"),
            c(
                "2080201",
                "510.00",
                "520.00",
                GB,
                "'（二）财政拨款…' shortens its parent's money: under 四、一般公共预算…, after the 一般公共预算 whole",
            ),
            c("2080208", "160.00", "180.00", GB, "same"),
            c("2081002", "580.00", "600.00", GB, "same (表3: 840 with other funds; 表5: 600)"),
            c("2080505", "70.00", "70.00", GB, "same"),
            w("280.00", "300.00", GF, "政府性基金", "its words"),
        ],
    },
}
