"""Expected readings of the rules_s28a inputs (the two summary tables of a final account), typed by hand from
the documents as printed (gen.py draws them; s16 is typed there as text), never from the parser.

Format as rules_s27e_data.py (../review_check.py reads it): per input a note (what it attacks), kind,
tables=[dict(table, unit, rows=[(code, name, {column: value as printed})])], only_tables. A row's name is its
whole printed name (all its wrapped pieces, in order); a value ending in "?" is a dash printed in an empty cell
(not loading it is fine, loading anything but 0 is not). Blank cells have no expectation (a figure read there
is SPURIOUS). 行次 and 栏次 numbers are no figures.

Column keys (the parser's vocabulary): income side "income"; expenditure side "expenditure" (its 金额 / 决算数 /
合计) and, on the 财政拨款 table, "expenditure_general_public" | "expenditure_government_fund" |
"expenditure_state_capital" for the fund columns.

_identities() below re-adds every table's figures (income items = 本年收入合计, + carryover = 总计; 类 =
本年支出合计 per column; 合计 = Σ fund columns), so a typo here fails at import."""

from decimal import Decimal as D

IS = "income_expenditure_summary"
FS = "fiscal_summary"
I, E = "income", "expenditure"
GP, GF, SC = "expenditure_general_public", "expenditure_government_fund", "expenditure_state_capital"


def inc(name, value):
    return (None, name, {I: value})


def exp(name, value):
    return (None, name, {E: value})


def fexp(name, total, gp=None, gf=None, sc=None):
    cols = {E: total}
    for key, value in ((GP, gp), (GF, gf), (SC, sc)):
        if value is not None:
            cols[key] = value
    return (None, name, cols)


def code_exp(code, name, total, gp=None, gf=None):
    row = fexp(name, total, gp, gf)
    return (code, name, row[2])


def doc(note, table, unit, rows):
    return dict(
        note=note, kind="final_account", tables=[dict(table=table, unit=unit, rows=rows)], only_tables=[table]
    )


USE = "使用非财政拨款结余（含专用结余）"

EXPECTED = {
    "s01_control_layout_hangci.layout.txt": doc(
        "control: national template (26 类, 行次 both sides, 栏次 line), layout text, figures apart",
        IS,
        "万元",
        [
            inc("一、一般公共预算财政拨款收入", "4286.35"),
            inc("二、政府性基金预算财政拨款收入", "320.00"),
            inc("五、事业收入", "156.40"),
            inc("八、其他收入", "12.60"),
            inc("本年收入合计", "4775.35"),
            inc(USE, "0.00"),
            inc("年初结转和结余", "218.75"),
            inc("总计", "4994.10"),
            exp("一、一般公共服务支出", "185.20"),
            exp("八、社会保障和就业支出", "402.18"),
            exp("九、卫生健康支出", "96.54"),
            exp("十一、城乡社区支出", "300.00"),
            exp("十二、农林水支出", "3520.67"),
            exp("十九、住房保障支出", "168.90"),
            exp("本年支出合计", "4673.49"),
            exp("年末结转和结余", "320.61"),
            exp("总计", "4994.10"),
        ],
    ),
    "s02_control_pdf_grid_fiscal.pdf": doc(
        "control: 财政拨款总表 ruled grid, no 行次, only the 类 with figures, fund headers wrapped in their cells",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "3457.62"),
            inc("二、政府性基金预算财政拨款", "1860.00"),
            inc("本年收入合计", "5317.62"),
            inc("年初财政拨款结转和结余", "142.90"),
            inc("一般公共预算财政拨款", "92.90"),
            inc("政府性基金预算财政拨款", "50.00"),
            inc("总计", "5460.52"),
            fexp("一、一般公共服务支出", "96.18", "96.18"),
            fexp("八、社会保障和就业支出", "412.56", "412.56"),
            fexp("九、卫生健康支出", "88.34", "88.34"),
            fexp("十一、城乡社区支出", "1780.00", gf="1780.00"),
            fexp("十八、自然资源海洋气象等支出", "2604.97", "2604.97"),
            fexp("十九、住房保障支出", "193.40", "193.40"),
            fexp("本年支出合计", "5175.45", "3395.45", "1780.00"),
            fexp("年末财政拨款结转和结余", "285.07", "155.07", "130.00"),
            fexp("总计", "5460.52", "3550.52", "1910.00"),
        ],
    ),
    "s03_layout_dash_cells.layout.txt": doc(
        "'-' in every empty amount cell, right-aligned one space before the next item's label ('- 八、…'), "
        "行次 beside it; an income row printing 行次 only",
        IS,
        "万元",
        [
            inc("一、一般公共预算财政拨款收入", "2918.44"),
            inc("二、政府性基金预算财政拨款收入", "650.00"),
            inc("三、国有资本经营预算财政拨款收入", "0?"),
            inc("四、上级补助收入", "0?"),
            inc("五、事业收入", "0?"),
            inc("六、经营收入", "0?"),
            inc("七、附属单位上缴收入", "0?"),
            inc("八、其他收入", "3.26"),
            inc("本年收入合计", "3571.70"),
            inc(USE, "0?"),
            inc("年初结转和结余", "95.30"),
            inc("总计", "3667.00"),
            exp("一、一般公共服务支出", "0?"),
            exp("七、文化旅游体育与传媒支出", "0?"),
            exp("八、社会保障和就业支出", "286.15"),
            exp("九、卫生健康支出", "74.02"),
            exp("十一、城乡社区支出", "0?"),
            exp("十二、农林水支出", "2401.56"),
            exp("十九、住房保障支出", "113.72"),
            exp("二十二、灾害防治及应急管理支出", "650.00"),
            exp("二十三、其他支出", "0?"),
            exp("本年支出合计", "3525.45"),
            exp("结余分配", "0?"),
            exp("年末结转和结余", "141.55"),
            exp("总计", "3667.00"),
        ],
    ),
    "s04_layout_fiscal_dash_zero.layout.txt": doc(
        "财政拨款总表 (行次, '栏 次' spaced): '—' in the empty fund cells, 0.00 printed in the 国有资本经营 "
        "column of the total rows and for the 国有资本经营 income lines",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "5642.80"),
            inc("二、政府性基金预算财政拨款", "1200.00"),
            inc("三、国有资本经营预算财政拨款", "0.00"),
            inc("本年收入合计", "6842.80"),
            inc("年初财政拨款结转和结余", "236.40"),
            inc("一般公共预算财政拨款", "186.40"),
            inc("政府性基金预算财政拨款", "50.00"),
            inc("国有资本经营预算财政拨款", "0.00"),
            inc("总计", "7079.20"),
            fexp("一、一般公共服务支出", "62.35", "62.35", "0?", "0?"),
            fexp("八、社会保障和就业支出", "508.62", "508.62", "0?", "0?"),
            fexp("九、卫生健康支出", "5826.13", "4676.13", "1150.00", "0?"),
            fexp("十九、住房保障支出", "244.90", "244.90", "0?", "0?"),
            fexp("本年支出合计", "6642.00", "5492.00", "1150.00", "0.00"),
            fexp("年末财政拨款结转和结余", "437.20", "337.20", "100.00", "0.00"),
            fexp("总计", "7079.20", "5829.20", "1250.00", "0.00"),
        ],
    ),
    "s05_layout_sides_flow_apart.layout.txt": doc(
        "each side a list of its own (决算数, no 行次): the expenditure side's totals right under its 3 类, "
        "beside income items 四-六; rows with only the left pair; only 总计 shares a line",
        IS,
        "万元",
        [
            inc("一、一般公共预算财政拨款收入", "1386.52"),
            inc("八、其他收入", "4.80"),
            inc("本年收入合计", "1391.32"),
            inc("年初结转和结余", "57.18"),
            inc("总计", "1448.50"),
            exp("四、公共安全支出", "1102.37"),
            exp("八、社会保障和就业支出", "168.25"),
            exp("十九、住房保障支出", "96.40"),
            exp("本年支出合计", "1367.02"),
            exp("年末结转和结余", "81.48"),
            exp("总计", "1448.50"),
        ],
    ),
    "s06_layout_fiscal_right_longer.layout.txt": doc(
        "财政拨款总表, no 行次: the expenditure side longer (4 rows with only the right-hand item), the 年初 "
        "fund lines with only the left; fund headers over two lines",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "18627.45"),
            inc("二、政府性基金预算财政拨款", "2300.00"),
            inc("本年收入合计", "20927.45"),
            inc("年初财政拨款结转和结余", "412.36"),
            inc("一般公共预算财政拨款", "362.36"),
            inc("政府性基金预算财政拨款", "50.00"),
            inc("总计", "21339.81"),
            fexp("一、一般公共服务支出", "35.60", "35.60"),
            fexp("五、教育支出", "16318.74", "14068.74", "2250.00"),
            fexp("六、科学技术支出", "12.00", "12.00"),
            fexp("七、文化旅游体育与传媒支出", "8.50", "8.50"),
            fexp("八、社会保障和就业支出", "2206.43", "2206.43"),
            fexp("九、卫生健康支出", "854.21", "854.21"),
            fexp("十九、住房保障支出", "1147.88", "1147.88"),
            fexp("本年支出合计", "20583.36", "18333.36", "2250.00"),
            fexp("年末财政拨款结转和结余", "756.45", "656.45", "100.00"),
            fexp("总计", "21339.81", "18989.81", "2350.00"),
        ],
    ),
    "s07_layout_hangci_glued_yuan.layout.txt": doc(
        "元 with thousands separators filling narrow cells: the 行次 one space before the figure "
        "('1 38,201,845.67', '31 1,208,316.40'), the figure one space before the next label",
        IS,
        "元",
        [
            inc("一、一般公共预算财政拨款收入", "38201845.67"),
            inc("二、政府性基金预算财政拨款收入", "12500000.00"),
            inc("八、其他收入", "46380.00"),
            inc("本年收入合计", "50748225.67"),
            inc("年初结转和结余", "3126904.18"),
            inc("总计", "53875129.85"),
            exp("一、一般公共服务支出", "1208316.40"),
            exp("八、社会保障和就业支出", "2964750.22"),
            exp("九、卫生健康支出", "731208.95"),
            exp("十三、交通运输支出", "44853460.87"),
            exp("十九、住房保障支出", "1102537.00"),
            exp("本年支出合计", "50860273.44"),
            exp("年末结转和结余", "3014856.41"),
            exp("总计", "53875129.85"),
        ],
    ),
    "s08_layout_wrap_one_side_centred.layout.txt": doc(
        "label cells 12 characters wide, rows centred: a name wrapped over two lines on one side only (income "
        "一/二/三 and 使用非财政拨款结余（含专用结余）, expenditure 二十二), figures on the line between the pieces",
        IS,
        "万元",
        [
            inc("一、一般公共预算财政拨款收入", "2064.93"),
            inc("四、上级补助收入", "30.00"),
            inc("八、其他收入", "1.85"),
            inc("本年收入合计", "2096.78"),
            inc(USE, "12.40"),
            inc("年初结转和结余", "88.62"),
            inc("总计", "2197.80"),
            exp("一、一般公共服务支出", "1486.20"),
            exp("八、社会保障和就业支出", "352.94"),
            exp("九、卫生健康支出", "61.37"),
            exp("十九、住房保障支出", "124.05"),
            exp("二十二、灾害防治及应急管理支出", "15.00"),
            exp("本年支出合计", "2039.56"),
            exp("年末结转和结余", "158.24"),
            exp("总计", "2197.80"),
        ],
    ),
    "s09_layout_fiscal_total_below_label.layout.txt": doc(
        "tall total rows (labels and 行次 top-aligned, figures bottom-aligned): the 本年 and 总计 figures a line "
        "below their labels; under the 本年 figures the 年初/年末 carryover line, blank (no carryover)",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "1684.27"),
            inc("本年收入合计", "1684.27"),
            inc("总计", "1684.27"),
            fexp("一、一般公共服务支出", "146.30", "146.30"),
            fexp("八、社会保障和就业支出", "1402.85", "1402.85"),
            fexp("九、卫生健康支出", "58.12", "58.12"),
            fexp("十九、住房保障支出", "77.00", "77.00"),
            fexp("本年支出合计", "1684.27", "1684.27"),
            fexp("总计", "1684.27", "1684.27"),
        ],
    ),
    "s10_layout_fiscal_two_pages_continued.layout.txt": doc(
        "财政拨款总表 of the national template over two pages: page 2 prints the title again with （续）, the unit "
        "and the whole header (栏次 included); 行次 rows beside 类 on both pages",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "6215.48"),
            inc("二、政府性基金预算财政拨款", "480.00"),
            inc("本年收入合计", "6695.48"),
            inc("年初财政拨款结转和结余", "325.60"),
            inc("一般公共预算财政拨款", "305.60"),
            inc("政府性基金预算财政拨款", "20.00"),
            inc("总计", "7021.08"),
            fexp("一、一般公共服务支出", "210.44", "210.44"),
            fexp("八、社会保障和就业支出", "4917.92", "4917.92"),
            fexp("九、卫生健康支出", "136.70", "136.70"),
            fexp("十九、住房保障支出", "284.16", "284.16"),
            fexp("二十三、其他支出", "470.00", gf="470.00"),
            fexp("本年支出合计", "6019.22", "5549.22", "470.00"),
            fexp("年末财政拨款结转和结余", "1001.86", "971.86", "30.00"),
            fexp("总计", "7021.08", "6521.08", "500.00"),
        ],
    ),
    "s11_pdf_grid_two_pages_xubiao.pdf": doc(
        "收入支出决算总表 of the national template over two ruled pages: page 2 opens with '续表1' and the "
        "header drawn again (栏次 1 / 2)",
        IS,
        "万元",
        [
            inc("一、一般公共预算财政拨款收入", "8642.15"),
            inc("二、政府性基金预算财政拨款收入", "12380.00"),
            inc("五、事业收入", "1245.60"),
            inc("六、经营收入", "86.20"),
            inc("八、其他收入", "32.45"),
            inc("本年收入合计", "22386.40"),
            inc(USE, "40.00"),
            inc("年初结转和结余", "1507.38"),
            inc("总计", "23933.78"),
            exp("一、一般公共服务支出", "318.26"),
            exp("八、社会保障和就业支出", "705.93"),
            exp("九、卫生健康支出", "142.58"),
            exp("十一、城乡社区支出", "19836.74"),
            exp("十九、住房保障支出", "1984.31"),
            exp("二十二、灾害防治及应急管理支出", "45.00"),
            exp("本年支出合计", "23032.82"),
            exp("结余分配", "12.50"),
            exp("年末结转和结余", "888.46"),
            exp("总计", "23933.78"),
        ],
    ),
    "s12_pdf_unruled_fiscal_wrap_one_side.pdf": doc(
        "财政拨款总表, unruled PDF, rows centred: names wrapped over two lines on one side only (income 一/二/三, "
        "the 国有资本经营 carryover line, expenditure 二十二), the figures on the middle line",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "4126.84"),
            inc("二、政府性基金预算财政拨款", "350.00"),
            inc("本年收入合计", "4476.84"),
            inc("年初财政拨款结转和结余", "64.20"),
            inc("一般公共预算财政拨款", "64.20"),
            inc("总计", "4541.04"),
            fexp("八、社会保障和就业支出", "386.15", "386.15"),
            fexp("九、卫生健康支出", "72.40", "72.40"),
            fexp("十二、农林水支出", "3381.57", "3031.57", "350.00"),
            fexp("十九、住房保障支出", "155.28", "155.28"),
            fexp("二十二、灾害防治及应急管理支出", "210.50", "210.50"),
            fexp("本年支出合计", "4205.90", "3855.90", "350.00"),
            fexp("年末财政拨款结转和结余", "335.14", "335.14", "0.00"),
            fexp("总计", "4541.04", "4191.04", "350.00"),
        ],
    ),
    "s13_pdf_hrules_yuan_integers_hangci.pdf": doc(
        "元 printed as integers with thousands separators beside 行次 (horizontal rules only): 八、其他收入 "
        "prints 850 beside its 行次 8",
        IS,
        "元",
        [
            inc("一、一般公共预算财政拨款收入", "3286540"),
            inc("八、其他收入", "850"),
            inc("本年收入合计", "3287390"),
            inc("年初结转和结余", "64218"),
            inc("总计", "3351608"),
            exp("一、一般公共服务支出", "2704316"),
            exp("八、社会保障和就业支出", "318702"),
            exp("九、卫生健康支出", "96455"),
            exp("十九、住房保障支出", "167930"),
            exp("本年支出合计", "3287403"),
            exp("年末结转和结余", "64205"),
            exp("总计", "3351608"),
        ],
    ),
    "s14_pdf_grid_fiscal_function_codes.pdf": doc(
        "财政拨款总表 whose expenditure side lists its 类 by functional code (支出功能分类科目编码 | 科目名称 | 合计 "
        "| funds), ruled: the codes 205/208/210/221 are the rows' codes, not figures",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "9874.36"),
            inc("二、政府性基金预算财政拨款", "600.00"),
            inc("本年收入合计", "10474.36"),
            inc("年初财政拨款结转和结余", "218.40"),
            inc("一般公共预算财政拨款", "218.40"),
            inc("总计", "10692.76"),
            code_exp("205", "教育支出", "8463.19", "7863.19", "600.00"),
            code_exp("208", "社会保障和就业支出", "1196.57", "1196.57"),
            code_exp("210", "卫生健康支出", "384.22", "384.22"),
            code_exp("221", "住房保障支出", "512.80", "512.80"),
            fexp("本年支出合计", "10556.78", "9956.78", "600.00"),
            fexp("年末财政拨款结转和结余", "135.98", "135.98"),
            fexp("总计", "10692.76", "10092.76", "600.00"),
        ],
    ),
    "s15_pdf_unruled_fiscal_numbered_carry.pdf": doc(
        "财政拨款总表 as Shanghai's 2024 template prints it (unruled, 决算数, no 行次, all 26 类): the 年初 "
        "carryover's fund lines numbered 一、二、三 like the income items, so '一、一般公共预算财政拨款' is "
        "printed twice with two figures (1,562.38 and 48.60)",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "1562.38"),
            inc("本年收入合计", "1562.38"),
            inc("年初财政拨款结转和结余", "48.60"),
            inc("一、一般公共预算财政拨款", "48.60"),
            inc("总计", "1610.98"),
            fexp("一、一般公共服务支出", "1120.45", "1120.45"),
            fexp("八、社会保障和就业支出", "214.36", "214.36"),
            fexp("九、卫生健康支出", "63.02", "63.02"),
            fexp("十九、住房保障支出", "118.75", "118.75"),
            fexp("本年支出合计", "1516.58", "1516.58"),
            fexp("年末财政拨款结转和结余", "94.40", "94.40"),
            fexp("总计", "1610.98", "1610.98"),
        ],
    ),
    "s16_plain_fiscal_carry_pinned_by_totals.txt": doc(
        "plain text 财政拨款总表, blank cells dropped: four 类 print 2 of 3 figures (placed only by the "
        "本年支出合计 column sums), and the 年末 carryover prints 2 (80.00 80.00: general budget, pinned by 总计 "
        "= 本年 + 年末 per column)",
        FS,
        "万元",
        [
            inc("一、一般公共预算财政拨款", "2745.60"),
            inc("二、政府性基金预算财政拨款", "900.00"),
            inc("本年收入合计", "3645.60"),
            inc("总计", "3645.60"),
            fexp("一、一般公共服务支出", "125.40", "125.40"),
            fexp("八、社会保障和就业支出", "263.05", "263.05"),
            fexp("十一、城乡社区支出", "2810.15", "2160.15", "650.00"),
            fexp("十三、交通运输支出", "250.00", gf="250.00"),
            fexp("十九、住房保障支出", "117.00", "117.00"),
            fexp("本年支出合计", "3565.60", "2665.60", "900.00"),
            fexp("年末财政拨款结转和结余", "80.00", "80.00"),
            fexp("总计", "3645.60", "2745.60", "900.00"),
        ],
    ),
}


def _identities():
    """My own check of the typed figures: each table adds up as the document prints it."""

    def v(text):
        return D(text.rstrip("?")) if text else D(0)

    for name, exp_ in EXPECTED.items():
        spec = exp_["tables"][0]
        rows = spec["rows"]
        income = [(n, v(c.get(I))) for _code, n, c in rows if I in c]
        expend = [(n, c) for code, n, c in rows if E in c]
        got = {}
        for n, x in income:
            got.setdefault(n, x)  # the first printing (s15 prints 一、一般公共预算财政拨款 again under 年初)
        items = [x for n, x in got.items() if n[1:2] == "、"]
        assert sum(items) == got["本年收入合计"], name
        carry = sum((x for n, x in income if n in (USE, "年初结转和结余", "年初财政拨款结转和结余")), D(0))
        assert got["本年收入合计"] + carry == got["总计"], name
        subs = [
            x
            for n, x in income
            if n in ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
        ]
        subs += [
            x
            for n, x in income[income.index(next(i for i in income if i[0] == "本年收入合计")) :]
            if n[1:2] == "、"
        ]
        if subs:
            assert sum(subs) == got["年初财政拨款结转和结余"], name
        cols = [E, GP, GF, SC] if spec["table"] == FS else [E]
        by = {n: c for n, c in expend}
        classes = [
            c
            for n, c in expend
            if n not in ("本年支出合计", "结余分配", "年末结转和结余", "年末财政拨款结转和结余", "总计")
        ]
        for col in cols:
            assert sum(v(c.get(col)) for c in classes) == v(by["本年支出合计"].get(col)), (name, col)
            after = sum(
                v(by[n].get(col)) for n in ("结余分配", "年末结转和结余", "年末财政拨款结转和结余") if n in by
            )
            assert v(by["本年支出合计"].get(col)) + after == v(by["总计"].get(col)), (name, col)
        if spec["table"] == FS:
            for n, c in expend:
                assert v(c[E]) == v(c.get(GP)) + v(c.get(GF)) + v(c.get(SC)), (name, n)
            # fund by fund: 本年收入 + 年初 = 总计 on the expenditure side
            carried = (
                [x for n, x in income if n in ("一般公共预算财政拨款", "一、一般公共预算财政拨款")][1:]
                if name.startswith("s15")
                else [got.get("一般公共预算财政拨款", D(0))]
            )
            assert v(by["总计"].get(GP)) == got["一、一般公共预算财政拨款"] + sum(carried), name
        assert got["总计"] == v(by["总计"][E]), name


_identities()
