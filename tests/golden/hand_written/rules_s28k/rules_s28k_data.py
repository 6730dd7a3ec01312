"""Expected readings of the rules_s28k inputs (performance tables beside the main tables), typed by hand from
the documents as gen.py prints them, never from the parser.

Per input:
- note: what it attacks; kind: 'final_account' | 'budget'.
- claims: the self-evaluation claims (claim_kind 'project_execution'), in document order:
  (project, budget, actual, rate, unit, title). project: the project's whole name as printed (all its wrapped
  pieces), or WHOLE + the department's name for a 部门整体支出绩效自评表 (the claim's subject must name the
  department and 整体). budget: the budget the printed rate is computed against (全年预算数 where printed,
  else 年初预算数), actual: 全年执行数, both as printed in the unit; rate: the 执行率 as printed, without
  its sign (its decimals are the claim's rate_decimals); title: the title of the table it stands in (a
  diagnostic naming it makes a missing claim SAID, not LOST).
- amounts: the neighbour main table's figures that must be read (table_key, column_key, phase, value,
  unit): the 三公 table before the performance tables, so a table boundary drawn wrong shows.
- not_money: every figure printed in the performance tables (funds block, indicator targets and results,
  scores): none may be loaded as an amount, nor be a claim's figure but the funds row's.

A budget's 绩效目标表 states no execution: no claim at all.
_identities() below re-checks every claim's rate against its budget and actual (to the printed decimals)
and the 三公 totals (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), so a typo here fails at import."""

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

WHOLE = "整体:"
SG_COLS = ("total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")


def sangong(budget, actual=None):
    """The 三公 table's six figures of each phase, in 万元, in the printed order 合计 / 出国 / 车小计 /
    购置 / 运行 / 接待."""
    out = [("sangong", col, "budget", v, "万元") for col, v in zip(SG_COLS, budget.split(), strict=True)]
    if actual:
        out += [("sangong", col, "actual", v, "万元") for col, v in zip(SG_COLS, actual.split(), strict=True)]
    return out


def figs(text):
    return text.split()


EXPECTED = {
    "k01_control_plain_wan.txt": dict(
        note="control: plain text, one project, 万元, every column printed, right after the 三公 table",
        kind="final_account",
        claims=[("人民调解以奖代补经费", "86.00", "82.99", "96.50", "万元", "项目支出绩效自评表")],
        amounts=sangong("14.50 0.00 9.50 0.00 9.50 5.00", "11.38 0.00 8.16 0.00 8.16 3.22"),
        not_money=figs(
            "86.00 82.99 10 96.50 9.65 1500 95 1623 97.2 20.00 5 10.00 500 450 100 15.00 90 93 14.50 "
            "100.00 99.15"
        ),
    ),
    "k02_plain_two_projects_yuan_blank_initial.txt": dict(
        note="元 with separators, two projects under one title (项目名称：…), the second's 年初预算数 blank",
        kind="final_account",
        claims=[
            ("困难群众救助补助资金", "13,850,000.00", "13,462,200.00", "97.20", "元", "项目支出绩效自评表"),
            ("养老服务体系建设补助", "1,500,000.00", "1,443,000.00", "96.20", "元", "项目支出绩效自评表"),
        ],
        amounts=sangong("6.80 0.00 4.80 0.00 4.80 2.00", "5.47 0.00 4.25 0.00 4.25 1.22"),
        not_money=figs(
            "12,600,000.00 13,850,000.00 13,462,200.00 10 97.20 9.72 10126 1862 9800 1800 15 98 99.1 100 "
            "700 720 95 96.8 20 99.72 1,500,000.00 1,443,000.00 96.20 9.62 12 1500 1618 18 90 94 97.62"
        ),
    ),
    "k03_plain_rate_in_percent_header.txt": dict(
        note="执行率（%） (96.50 / 100.00 / 97.00 without the sign), a blank 年初预算数, the whole department's table",
        kind="final_account",
        claims=[
            ("耕地保护与土地整治", "356.00", "343.54", "96.50", "万元", "项目支出绩效自评表"),
            ("不动产登记服务保障", "60.00", "60.00", "100.00", "万元", "项目支出绩效自评表"),
            (WHOLE + "汉寿县自然资源局", "2,046.50", "1,985.10", "97.00", "万元", "部门整体支出绩效自评表"),
        ],
        amounts=sangong("9.20 0.00 6.00 0.00 6.00 3.20", "7.64 0.00 5.38 0.00 5.38 2.26"),
        not_money=figs(
            "320.00 356.00 343.54 10 96.50 9.65 1200 1286 20 100 15 2800 2671 58.62 58.70 90 95 99.65 "
            "60.00 100.00 10.00 26000 28315 5 3 7*24 98.6 30 29 99.00 "
            "1,860.00 2,046.50 1,985.10 97.00 9.70 1,925.10 1,262.41 722.69 1500 1632 97 81.4 96 19 98.70"
        ),
    ),
    "k04_plain_whole_named_in_title_only.txt": dict(
        note="年度资金总额： with a colon, 其他资金 with figures; the whole department's table names the "
        "department only in its title and 编制单位 line",
        kind="final_account",
        claims=[
            ("小型水库除险加固", "512.00", "497.15", "97.10", "万元", "项目支出绩效自评表"),
            (
                WHOLE + "石门县水利局",
                "3,015.00",
                "2,940.84",
                "97.54",
                "万元",
                "石门县水利局2024年度部门整体支出绩效自评表",
            ),
        ],
        amounts=sangong("11.60 0.00 7.60 0.00 7.60 4.00", "9.93 0.00 6.87 0.00 6.87 3.06"),
        not_money=figs(
            "450.00 512.00 497.15 10 97.10 9.71 420.00 482.00 467.15 30.00 6 20 100 15 85 82.9 3500 3620 "
            "90 93 99.71 2,680.00 3,015.00 2,940.84 97.54 9.75 1,180.00 1,203.00 1,196.40 1,500.00 "
            "1,812.00 1,744.44 48 52 95 12.6 92 19 98.75"
        ),
    ),
    "k05_plain_page_number_after_funds_row.txt": dict(
        note="the funds row is its page's last line: the page number (- 9 -) and the break follow it",
        kind="final_account",
        claims=[
            (
                "基层医疗卫生机构实施国家基本药物制度补助",
                "268.00",
                "259.96",
                "97.00",
                "万元",
                "项目支出绩效自评表",
            ),
            ("计划生育家庭奖励扶助", "141.20", "141.20", "100.00", "万元", "项目支出绩效自评表"),
        ],
        amounts=sangong("16.00 0.00 10.00 0.00 10.00 6.00", "13.57 0.00 9.21 0.00 9.21 4.36"),
        not_money=figs(
            "268.00 259.96 10 97.00 9.70 98 101 20 100 65 66.2 90 92.4 99.70 134.50 141.20 100.00 10.00 "
            "1700 1765 30 960 95 97"
        ),
    ),
    "k06_plain_budget_targets.txt": dict(
        note="budget: 三公 table, then 项目支出绩效目标表 (年度资金总额 500.00 / 286.00) and 部门整体支出绩效目标表",
        kind="budget",
        claims=[],
        amounts=sangong("23.40 0.00 15.80 0.00 15.80 7.60"),
        not_money=figs("500.00 3200 98 2000 100 95 286.00 8500 15 90 12,860.00 12,380.00 480.00 99.5 24"),
    ),
    "k07_plain_titles_name_transfer_and_general_budget.txt": dict(
        note="titles naming the project and its funds: …中央转移支付项目绩效自评表, 2024年度一般公共预算项目支出绩效自评表",
        kind="final_account",
        claims=[
            (
                "农村公路养护工程",
                "720.00",
                "698.40",
                "97.00",
                "万元",
                "2024年度农村公路养护中央转移支付项目绩效自评表",
            ),
            (
                "城乡客运公交一体化运营补贴",
                "300.00",
                "288.60",
                "96.20",
                "万元",
                "2024年度一般公共预算项目支出绩效自评表",
            ),
        ],
        amounts=sangong("21.00 0.00 15.00 0.00 15.00 6.00", "18.34 0.00 13.62 0.00 13.62 4.72"),
        not_money=figs(
            "640.00 720.00 698.40 10 97.00 9.70 1350 1386 20 75 78.6 15 5000 80 82.4 90 92 99.70 "
            "300.00 288.60 96.20 9.62 36 38 95 96.3 1.2 1.15 100 91.5 99.62"
        ),
    ),
    "k08_layout_label_wrapped_figures_centred.layout.txt": dict(
        note="-layout: 年度资金 / 总额 wrapped, the row's figures centred on a line between; 项目资金（万元） "
        "centred beside the 其中 rows; a second project on one line",
        kind="final_account",
        claims=[
            ("农机购置与应用补贴", "168.00", "159.60", "95.00", "万元", "项目支出绩效自评表"),
            ("动物疫病防控", "42.00", "40.32", "96.00", "万元", "项目支出绩效自评表"),
        ],
        amounts=sangong("12.00 0.00 8.00 0.00 8.00 4.00", "10.17 0.00 7.45 0.00 7.45 2.72"),
        not_money=figs(
            "150.00 168.00 159.60 10 95.00 9.50 1200 1263 20 15 1.5 1.26 85 86.3 90 95 100 99.50 "
            "42.00 40.32 96.00 9.60 180 186 30 70 82 93 99.60"
        ),
    ),
    "k09_layout_name_wrapped_ab_header.layout.txt": dict(
        note="-layout: the name wrapped in its cell (second piece 执行动态监控); 全年预算数（A） / 全年执行数（B） / "
        "执行率（B/A）; rates 96.5% and 100%",
        kind="final_account",
        claims=[
            (
                "预算管理一体化系统运行维护及预算执行动态监控",
                "260.00",
                "250.90",
                "96.5",
                "万元",
                "项目支出绩效自评表",
            ),
            ("政府采购监督管理", "80.00", "80.00", "100", "万元", "项目支出绩效自评表"),
        ],
        amounts=sangong("8.50 0.00 5.00 0.00 5.00 3.50", "6.93 0.00 4.71 0.00 4.71 2.22"),
        not_money=figs(
            "240.00 260.00 250.90 10 96.5 9.65 420 436 20 5 1.2 7*24 250.9 100 90 94 9 98.65 80.00 "
            "150 162 30 21 3 4.6 95 97"
        ),
    ),
    "k10_layout_selfeval_under_sangong_yuan_integers.layout.txt": dict(
        note="-layout: the self-evaluation's title right under the 三公 figures; 元 as integers with separators",
        kind="final_account",
        claims=[("食品安全抽检监测", "1,350,000", "1,296,000", "96.00", "元", "项目支出绩效自评表")],
        amounts=sangong("26.00 0.00 18.00 0.00 18.00 8.00", "21.47 0.00 16.35 0.00 16.35 5.12"),
        not_money=figs(
            "1,200,000 1,350,000 1,296,000 10 96.00 9.60 1800 1926 20 97 98.2 15 12 700 673 0 85 88.6 100 99.60"
        ),
    ),
    "k11_layout_header_and_row_on_two_pages.layout.txt": dict(
        note="-layout: the funds header ends page 16, the 年度资金总额 row opens page 17 under the running header",
        kind="final_account",
        claims=[
            ("森林防火能力提升", "92.00", "88.78", "96.50", "万元", "项目支出绩效自评表"),
            ("国土绿化及退化林修复", "210.00", "203.70", "97.00", "万元", "项目支出绩效自评表"),
        ],
        amounts=sangong("15.00 0.00 11.00 0.00 11.00 4.00", "12.86 0.00 10.14 0.00 10.14 2.72"),
        not_money=figs(
            "85.00 92.00 88.78 10 96.50 9.65 15 16.2 20 0.9 0.12 7*24 70.5 70.8 90 94 100 99.65 "
            "210.00 203.70 97.00 9.70 3000 3150 30 85 91 5000 5230 92"
        ),
    ),
    "k12_layout_full_year_blank_and_whole_dept.layout.txt": dict(
        note="-layout: 全年预算数 blank (年初预算数 only), dashes in the 其中 rows; the whole department's table",
        kind="final_account",
        claims=[
            ("老旧小区改造配套设施建设", "500.00", "486.20", "97.24", "万元", "项目支出绩效自评表"),
            (
                WHOLE + "澧县住房和城乡建设局",
                "3,865.00",
                "3,748.05",
                "96.97",
                "万元",
                "部门整体支出绩效自评表",
            ),
        ],
        amounts=sangong("19.00 0.00 13.00 0.00 13.00 6.00", "15.28 0.00 11.46 0.00 11.46 3.82"),
        not_money=figs(
            "500.00 486.20 10 97.24 9.72 14 20 2100 2236 100 2500 2174 95 97 90 91 19 98.72 3,420.00 "
            "3,865.00 3,748.05 96.97 9.70 3,602.05 146.00 1,948.05 1,800.00 12 12.6 80.4 96.2 92 98.70"
        ),
    ),
    "k13_pdf_grid_selfeval_under_sangong.pdf": dict(
        note="PDF grid: the self-evaluation under the 三公 table on its page, the name in a cell; a second "
        "project on the next page",
        kind="final_account",
        claims=[
            ("全民健身公共服务体系建设", "236.00", "229.63", "97.30", "万元", "项目支出绩效自评表"),
            ("旅游市场综合监管与宣传推广", "95.00", "90.25", "95.00", "万元", "项目支出绩效自评表"),
        ],
        amounts=sangong("17.50 0.00 11.50 0.00 11.50 6.00", "14.83 0.00 10.26 0.00 10.26 4.57"),
        not_money=figs(
            "210.00 236.00 229.63 10 97.30 9.73 15 16 20 14.2 7*24 95 96.4 30 100 99.73 95.00 90.25 9.50 "
            "120 134 5 8.3 90 92.5 99.50"
        ),
    ),
    "k14_pdf_funds_row_ends_page.pdf": dict(
        note="PDF grid over two pages: the first funds row ends page 12 (its page number under it); 元",
        kind="final_account",
        claims=[
            ("重大传染病防控经费", "3,120,000.00", "3,032,640.00", "97.20", "元", "项目支出绩效自评表"),
            ("基本公共卫生服务项目", "1,450,000.00", "1,392,000.00", "96.00", "元", "项目支出绩效自评表"),
        ],
        amounts=sangong("9.00 0.00 6.00 0.00 6.00 3.00", "7.41 0.00 5.58 0.00 5.58 1.83"),
        not_money=figs(
            "2,860,000.00 3,120,000.00 3,032,640.00 10 97.20 9.72 90 98.6 20 100 2 1.5 230 186 93 99.72 "
            "1,450,000.00 1,392,000.00 96.00 9.60 92.3 30 94 65 71 85 99.60"
        ),
    ),
    "k15_pdf_budget_target_tables.pdf": dict(
        note="PDF grid budget: 三公 budget table, 项目支出绩效目标表 (年度资金总额 500.00), 部门整体支出绩效目标表",
        kind="budget",
        claims=[],
        amounts=sangong("13.40 0.00 9.40 0.00 9.40 4.00"),
        not_money=figs("500.00 10000 100 2000 50 95 4,286.50 4,106.50 180.00 52.6 14 6.5 90"),
    ),
    "k16_pdf_unruled_rate_percent_yuan_blank.pdf": dict(
        note="PDF unruled: 执行率（%） (96.00 / 98.00 without the sign), 元, the first project's 年初预算数 blank",
        kind="final_account",
        claims=[
            ("退役军人服务保障体系建设", "680,000.00", "652,800.00", "96.00", "元", "项目支出绩效自评表"),
            ("优抚对象医疗保障补助", "1,386,000.00", "1,358,280.00", "98.00", "元", "项目支出绩效自评表"),
        ],
        amounts=sangong("5.00 0.00 3.00 0.00 3.00 2.00", "3.86 0.00 2.64 0.00 2.64 1.22"),
        not_money=figs(
            "680,000.00 652,800.00 10 96.00 9.60 220 226 20 15 9 100 95 97.5 30 99.60 1,260,000.00 "
            "1,386,000.00 1,358,280.00 98.00 9.80 1100 1138 1300 1194 98 99.80"
        ),
    ),
}


def num(text):
    return D(text.replace(",", ""))


def _identities():
    for name, exp in EXPECTED.items():
        for project, budget, actual, rate, _unit, _title in exp["claims"]:
            decimals = len(rate.partition(".")[2])
            computed = (num(actual) / num(budget) * 100).quantize(D(1).scaleb(-decimals), ROUND_HALF_UP)
            assert computed == num(rate), (name, project, computed, rate)
        by = {}
        for _t, col, phase, value, _u in exp["amounts"]:
            by[(col, phase)] = num(value)
        for phase in ("budget", "actual"):
            if ("total", phase) not in by:
                continue
            g = {c: by[(c, phase)] for c in SG_COLS}
            assert g["total"] == g["outbound"] + g["vehicle"] + g["reception"], (name, phase)
            assert g["vehicle"] == g["vehicle_purchase"] + g["vehicle_operation"], (name, phase)


_identities()
