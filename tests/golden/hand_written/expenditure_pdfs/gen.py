"""Draw the expenditure / income tables' PDFs of a review and write their expected amounts (JSON): the
lowest rows' figures are typed in data.py and here, their parents and row totals summed from them. Kept to
show how the PDFs were made; not run by the tests (it needs reportlab and the WenQuanYi font)."""

import json
import os
from decimal import Decimal as D

from data import NAMES, ECON_NAMES, econ_rows, econ_sum
from engine import Doc, build_rows, draw_coded_table, draw_econ_blocks

OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EXP_HEADS = [
    ("合计", "total"),
    ("基本支出", "basic"),
    ("项目支出", "project"),
    ("上缴上级支出", "remit_upper"),
    ("经营支出", "operating"),
    ("对附属单位补助支出", "subsidy_affiliated"),
]
INC_HEADS = [
    ("合计", "total"),
    ("财政拨款", "fiscal_appropriation"),
    ("上级补助收入", "upper_grant"),
    ("事业收入", "business"),
    ("经营收入", "operating_income"),
    ("附属单位上缴收入", "affiliated_remit"),
    ("其他收入", "other_income"),
]
GEN_HEADS = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]


def with_total(leaves):
    """leaves [(code, [parts...])] -> [(code, [total, parts...])], total typed as the parts' sum."""
    out = []
    for code, parts in leaves:
        s = sum((D(p) for p in parts if p is not None), D(0))
        out.append((code, [str(s)] + parts))
    return out


class Expect:
    def __init__(self, phase, unit):
        self.items = []
        self.phase = phase
        self.mult = D(10000) if unit == "万元" else D(1)

    def coded(self, table_key, rows, total, keys):
        for code, name, level, vals in rows + [total]:
            for k, v in zip(keys, vals):
                if v is not None and v != 0:
                    self.items.append(
                        [
                            table_key,
                            code or name.replace(" ", ""),
                            k,
                            self.phase,
                            str((v * self.mult).quantize(D("0.01"))),
                        ]
                    )

    def econ(self, table_key, blocks, totals, key="total"):
        for blk in blocks:
            for code, name, v in blk:
                if v is not None and D(v) != 0:
                    self.items.append(
                        [table_key, code, key, self.phase, str((D(v) * self.mult).quantize(D("0.01")))]
                    )
        for b, label, v in totals:
            self.items.append(
                [
                    table_key,
                    label.replace(" ", ""),
                    key,
                    self.phase,
                    str((D(v) * self.mult).quantize(D("0.01"))),
                ]
            )


def coded(doc, ex, table_key, title, unit, heads, leaves, **opts):
    rows, total = build_rows(with_total(leaves), NAMES, len(heads), opts.pop("total_label", "合计"))
    t = dict(title=title, unit=unit, heads=[h for h, _ in heads], rows=rows, total=total, **opts)
    draw_coded_table(doc, t)
    ex.coded(table_key, rows, total, [k for _, k in heads])


def save(name, doc, ex):
    doc.finish()
    json.dump(ex.items, open(f"{OUT}/{name}.expected.json", "w"), ensure_ascii=False, indent=0)
    print(name, len(ex.items))


# =============== D1: final account, 万元, one code column, grid, 栏次, total on top, 3-block econ ===========
def d1():
    name = "d1_county_czj_2024_final"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("actual", "万元")
    doc.cover("某某县财政局2024年度部门决算")
    inc = [
        ("2010601", ["1,486.20", None, None, None, None, "0.35"]),
        ("2010607", ["135.25", None, "12.00", None, None, None]),
        ("2010699", ["40.10", None, None, None, None, "6.19"]),
        ("2080501", ["84.65", None, None, None, None, None]),
        ("2080505", ["160.75", None, None, None, None, None]),
        ("2080506", ["80.38", None, None, None, None, None]),
        ("2101101", ["60.99", None, None, None, None, None]),
        ("2210201", ["187.19", None, None, None, None, None]),
        ("2210203", ["258.50", None, None, None, None, None]),
    ]
    inc = [(c, [None if v is None else v.replace(",", "") for v in vs]) for c, vs in inc]
    coded(doc, ex, "income_by_function", "收入决算表", "万元", INC_HEADS, inc, lanci=True, zero="blank")
    exp = [
        ("2010601", ["1,420.33", "66.22", None, None, None]),
        ("2010607", [None, "147.25", None, None, None]),
        ("2010699", ["12.00", "34.29", None, None, None]),
        ("2080501", ["84.65", None, None, None, None]),
        ("2080505", ["160.75", None, None, None, None]),
        ("2080506", ["80.38", None, None, None, None]),
        ("2101101", ["60.99", None, None, None, None]),
        ("2210201", ["187.19", None, None, None, None]),
        ("2210203", ["258.50", None, None, None, None]),
    ]
    exp = [(c, [None if v is None else v.replace(",", "") for v in vs]) for c, vs in exp]
    coded(doc, ex, "expenditure_by_function", "支出决算表", "万元", EXP_HEADS, exp, lanci=True, zero="blank")
    gen = [(c, vs[:2]) for c, vs in exp]
    coded(
        doc,
        ex,
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表",
        "万元",
        GEN_HEADS,
        gen,
        lanci=True,
        zero="blank",
    )
    b1 = econ_rows(
        [
            ("30101", "262.33"),
            ("30102", "842.98"),
            ("30103", None),
            ("30107", "310.00"),
            ("30108", "160.75"),
            ("30109", "80.38"),
            ("30110", "60.99"),
            ("30112", "1.61"),
            ("30113", "187.19"),
            ("30199", "91.03"),
            ("30302", "84.65"),
            ("30309", "0.31"),
        ]
    )
    b2 = econ_rows(
        [
            ("30201", "21.21"),
            ("30202", "7.61"),
            ("30207", "4.88"),
            ("30211", "1.20"),
            ("30213", "2.83"),
            ("30216", "4.05"),
            ("30228", "24.42"),
            ("30229", "42.77"),
            ("30239", "48.49"),
            ("30299", "11.53"),
        ]
    )
    b3 = econ_rows([("31002", "13.58")])
    pers = econ_sum(b1, {"301", "303"})
    pub = econ_sum(b2 + b3, {"302", "310"})
    assert D(pers) + D(pub) == D("2264.79"), (pers, pub)
    t = dict(
        title="一般公共预算财政拨款基本支出决算表",
        unit="万元",
        blocks=[b1, b2, b3],
        code_style="split",
        totals=[(0, "人员经费合计", pers), (2, "公用经费合计", pub)],
        amount_head="决算数",
        zero="blank",
    )
    draw_econ_blocks(doc, t)
    ex.econ("general_budget_basic_by_economic", t["blocks"], t["totals"])
    save(name, doc, ex)
    return pers, pub


def strip(leaves):
    return [(c, [None if v is None else v.replace(",", "") for v in vs]) for c, vs in leaves]


# =============== D2: budget, 元, split 类|款|项 codes, unruled, indented, 2 pages, 2-block econ ===========
def d2():
    name = "d2_city_sfj_2025_budget"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("budget", "元")
    doc.cover("某某市司法局2025年部门预算")
    inc = strip(
        [
            ("2040601", ["8,712,300.00", None, "3,200.00"]),
            ("2040604", ["1,250,000.00", None, None]),
            ("2040605", ["480,000.00", None, None]),
            ("2040610", ["936,500.00", "120,000.00", None]),
            ("2040612", ["310,000.00", None, None]),
            ("2040699", ["75,600.00", None, None]),
            ("2080505", ["1,021,400.00", None, None]),
            ("2080506", ["510,700.00", None, None]),
            ("2101101", ["402,300.00", None, None]),
            ("2101103", ["88,000.00", None, None]),
            ("2210201", ["1,136,900.00", None, None]),
        ]
    )
    heads = [
        ("合计", "total"),
        ("财政拨款", "fiscal_appropriation"),
        ("事业收入", "business"),
        ("其他收入", "other_income"),
    ]
    coded(
        doc,
        ex,
        "income_by_function",
        "收入预算表",
        "元",
        heads,
        inc,
        code_style="split",
        rules="none",
        indent=True,
        zero="blank",
        org="某某市司法局",
    )
    exp = strip(
        [
            ("2040601", ["8,715,500.00", None]),
            ("2040604", [None, "1,250,000.00"]),
            ("2040605", [None, "480,000.00"]),
            ("2040610", ["612,500.00", "444,000.00"]),
            ("2040612", [None, "310,000.00"]),
            ("2040699", [None, "75,600.00"]),
            ("2080505", ["1,021,400.00", None]),
            ("2080506", ["510,700.00", None]),
            ("2101101", ["402,300.00", None]),
            ("2101103", ["88,000.00", None]),
            ("2210201", ["1,136,900.00", None]),
        ]
    )
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出预算表",
        "元",
        GEN_HEADS,
        exp,
        code_style="split",
        rules="none",
        indent=True,
        zero="blank",
        per_page=12,
        repeat_header=True,
        org="某某市司法局",
    )
    gen = strip(
        [
            ("2040601", ["8,712,300.00", None]),
            ("2040604", [None, "1,250,000.00"]),
            ("2040605", [None, "480,000.00"]),
            ("2040610", ["612,500.00", "324,000.00"]),
            ("2040612", [None, "310,000.00"]),
            ("2040699", [None, "75,600.00"]),
            ("2080505", ["1,021,400.00", None]),
            ("2080506", ["510,700.00", None]),
            ("2101101", ["402,300.00", None]),
            ("2101103", ["88,000.00", None]),
            ("2210201", ["1,136,900.00", None]),
        ]
    )
    coded(
        doc,
        ex,
        "general_budget_by_function",
        "一般公共预算支出表",
        "元",
        GEN_HEADS,
        gen,
        code_style="split",
        keep_kuan=True,
        rules="horiz",
        total_pos="bottom",
        zero="0.00",
        org="某某市司法局",
    )
    # basic = 8712300+612500+1021400+510700+402300+88000+1136900 = 12484100
    b1 = econ_rows(
        [
            ("30101", "2,310,000.00"),
            ("30102", "3,910,100.00"),
            ("30103", "192,500.00"),
            ("30107", "1,180,000.00"),
            ("30108", "1,021,400.00"),
            ("30109", "510,700.00"),
            ("30110", "402,300.00"),
            ("30112", "61,200.00"),
            ("30113", "1,136,900.00"),
            ("30301", "86,000.00"),
            ("30302", "240,000.00"),
            ("30305", "12,000.00"),
        ]
    )
    b1 = [(c, n, v.replace(",", "")) for c, n, v in b1]
    b2 = econ_rows(
        [
            ("30201", "210,000.00"),
            ("30205", "18,000.00"),
            ("30206", "96,000.00"),
            ("30211", "85,000.00"),
            ("30215", "40,000.00"),
            ("30216", "60,000.00"),
            ("30217", "28,000.00"),
            ("30228", "181,200.00"),
            ("30231", "120,000.00"),
            ("30239", "562,800.00"),
            ("30299", "20,000.00"),
        ]
    )
    b2 = [(c, n, v.replace(",", "")) for c, n, v in b2]
    pers, pub = econ_sum(b1, {"301", "303"}), econ_sum(b2, {"302"})
    assert D(pers) + D(pub) == D("12484100"), (pers, pub, D(pers) + D(pub))
    t = dict(
        title="一般公共预算基本支出表",
        unit="元",
        blocks=[b1, b2],
        group_heads=["人员经费", "公用经费"],
        totals=[(0, "人员经费合计", pers), (1, "公用经费合计", pub)],
        rules="horiz",
        zero="blank",
    )
    draw_econ_blocks(doc, t)
    ex.econ("general_budget_basic_by_economic", t["blocks"], t["totals"])
    save(name, doc, ex)


AGRI = strip(
    [
        ("2130101", ["612.40", None]),
        ("2130104", ["233.18", "-1.20"]),
        ("2130106", [None, "85.00"]),
        ("2130108", ["0.00", "46.75"]),
        ("2130122", [None, "1,204.36"]),
        ("2130153", [None, "3,580.00"]),
        ("2080501", ["96.20", None]),
        ("2080502", ["41.33", None]),
        ("2080505", ["101.60", None]),
        ("2080506", ["50.80", None]),
        ("2080599", ["3.12", None]),
        ("2080801", ["12.50", None]),
        ("2101101", ["38.42", None]),
        ("2101102", ["17.09", None]),
        ("2101199", ["2.40", None]),
        ("2210201", ["88.26", None]),
        ("2210202", ["14.70", None]),
    ]
)


# =============== D3: final, 万元, narrow wrapped names, horizontal rules, negative, 0.00, 3 pages no header ===
def d3():
    name = "d3_district_nyw_2024_final"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("actual", "万元")
    doc.cover("某某区农业农村委员会2024年度部门决算")
    exp = [(c, vs + [None, None, None]) for c, vs in AGRI]
    exp = [(c, vs if c != "2130104" else ["233.18", "-1.20", None, "12.60", None]) for c, vs in exp]
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出决算表",
        "万元",
        EXP_HEADS,
        exp,
        name_w=95,
        rules="horiz",
        zero="0.00",
        sep=False,
        per_page=9,
        repeat_header=False,
    )
    inc = strip(
        [
            (
                c,
                [
                    str(sum(D(v) for v in vs if v is not None)) if c != "2130104" else "240.00",
                    None,
                    None,
                    None,
                    None,
                    "4.58" if c == "2130104" else None,
                ],
            )
            for c, vs in AGRI
        ]
    )
    coded(
        doc,
        ex,
        "income_by_function",
        "收入决算表",
        "万元",
        INC_HEADS,
        inc,
        name_w=95,
        rules="horiz",
        zero="0.00",
        sep=False,
        per_page=12,
        repeat_header=True,
        valign="top",
    )
    gen = [(c, vs) for c, vs in AGRI]
    coded(
        doc,
        ex,
        "general_budget_by_function",
        "一般公共预算财政拨款支出决算表",
        "万元",
        GEN_HEADS,
        gen,
        name_w=95,
        rules="grid",
        zero="0.00",
        sep=False,
        total_pos="bottom",
    )
    save(name, doc, ex)


# =============== D4: budget, 万元, unruled, one code column, single 金额 column, econ vertical w/ 人员|公用 ====
def d4():
    name = "d4_prov_jcy_2025_budget"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("budget", "万元")
    doc.cover("某某省人民检察院2025年部门预算")
    leaves = strip(
        [
            ("2040401", ["12,268.62"]),
            ("2040402", ["2,354.40"]),
            ("2040410", ["1,185.60"]),
            ("2040450", ["315.00"]),
            ("2040499", ["469.50"]),
            ("2080502", ["400.02"]),
            ("2080505", ["1,064.46"]),
            ("2080506", ["425.79"]),
            ("2101101", ["393.61"]),
            ("2210201", ["1,442.74"]),
            ("2210203", ["1,850.00"]),
        ]
    )
    # one figure column: with_total adds the total = the one part, so drop the part
    rows, total = build_rows([(c, vs) for c, vs in leaves], NAMES, 1, "合   计")
    t = dict(
        title="一般公共预算支出预算表（功能科目）",
        unit="万元",
        heads=["金额"],
        rows=rows,
        total=total,
        rules="none",
        code_head="科目代码",
        name_head="功能科目名称",
        name_w=260,
        org="某某省人民检察院",
    )
    draw_coded_table(doc, t)
    ex.coded("general_budget_by_function", rows, total, ["total"])
    # economic vertical: code | name | 合计 | 人员经费 | 公用经费
    pers = [
        ("30101", "2,171.78"),
        ("30102", "6,372.51"),
        ("30103", "180.14"),
        ("30108", "1,064.46"),
        ("30109", "425.79"),
        ("30112", "89.55"),
        ("30113", "1,442.74"),
        ("30199", "157.97"),
        ("30301", "426.00"),
        ("30302", "1,064.45"),
        ("30309", "1.05"),
    ]
    pub = [
        ("30201", "158.00"),
        ("30205", "16.79"),
        ("30206", "354.00"),
        ("30211", "37.00"),
        ("30213", "55.00"),
        ("30228", "130.05"),
        ("30231", "237.00"),
        ("30239", "473.82"),
        ("30299", "603.56"),
    ]
    prow = econ_rows(pers)
    qrow = econ_rows(pub)
    erows = []
    for c, n, v in prow:
        erows.append((c, n, 1 if len(c) == 3 else 2, [D(v), D(v), None]))
    for c, n, v in qrow:
        erows.append((c, n, 1 if len(c) == 3 else 2, [D(v), None, D(v)]))
    erows.sort(key=lambda r: (r[0][:3], len(r[0]) > 3, r[0]))
    P = sum(D(v.replace(",", "")) for _, v in pers)
    Q = sum(D(v.replace(",", "")) for _, v in pub)
    etot = (None, "合计", 0, [P + Q, P, Q])
    t = dict(
        title="一般公共预算基本支出预算表（经济科目）",
        unit="万元",
        heads=["合计", "人员经费", "公用经费"],
        rows=erows,
        total=etot,
        rules="none",
        code_head="科目编码",
        name_w=220,
        indent=True,
        zero="blank",
    )
    draw_coded_table(doc, t)
    ex.coded("general_budget_basic_by_economic", erows, etot, ["total", "personnel", "public_funds"])
    save(name, doc, ex)


# =============== D5: final, 元, grid, every row prints 类|款|项 parts, total at bottom, tall wrapped names ====
def d5():
    name = "d5_county_wjw_2023_final"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("actual", "元")
    doc.cover("某某县卫生健康委员会2023年度部门决算")
    exp = strip(
        [
            ("2010301", ["1,842,310.55", "0.00", None, None, "23,000.00"]),
            ("2010350", ["603,200.00", "150,000.00", None, None, None]),
            ("2080501", ["210,433.10", None, None, None, None]),
            ("2080505", ["402,116.00", None, None, None, None]),
            ("2080506", ["201,058.00", None, None, None, None]),
            ("2101101", ["95,880.40", None, None, None, None]),
            ("2101103", ["30,000.00", None, None, None, None]),
            ("2210201", ["266,112.00", None, None, None, None]),
            ("2210203", ["112,500.00", None, None, None, None]),
        ]
    )
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出决算表",
        "元",
        EXP_HEADS,
        exp,
        code_style="split",
        split_blank_parent=False,
        total_pos="bottom",
        total_label="总计",
        name_w=110,
        valign="top",
        lanci=True,
        zero="blank",
        row_h=22,
    )
    inc = strip(
        [(c, [str(sum(D(x) for x in vs if x is not None)), None, None, None, None, None]) for c, vs in exp]
    )
    coded(
        doc,
        ex,
        "income_by_function",
        "收入决算表",
        "元",
        INC_HEADS,
        inc,
        code_style="split",
        split_blank_parent=False,
        total_pos="bottom",
        total_label="总计",
        name_w=110,
        lanci=True,
        zero="0.00",
    )
    save(name, doc, ex)


# =============== D6: budget, 万元, 3-block econ unruled with dash zeros; 支出表 total on top, dash zeros ====
def d6():
    name = "d6_town_gov_2025_budget"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("budget", "万元")
    doc.cover("某某镇人民政府2025年部门预算")
    exp = strip(
        [
            ("2010301", ["356.80", "40.00"]),
            ("2010302", [None, "125.50"]),
            ("2010350", ["88.16", None]),
            ("2080505", ["45.20", None]),
            ("2080506", ["22.60", None]),
            ("2101101", ["18.90", None]),
            ("2210201", ["33.40", None]),
        ]
    )
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出预算表",
        "万元",
        GEN_HEADS,
        exp,
        zero="dash",
        rules="grid",
        indent=True,
    )
    coded(
        doc,
        ex,
        "general_budget_by_function",
        "一般公共预算支出表",
        "万元",
        GEN_HEADS,
        exp,
        zero="dash",
        rules="none",
    )
    # basic = 356.80+88.16+45.20+22.60+18.90+33.40 = 565.06
    b1 = econ_rows(
        [
            ("30101", "120.30"),
            ("30102", "156.44"),
            ("30103", "0"),
            ("30107", "95.00"),
            ("30108", "45.20"),
            ("30109", "22.60"),
            ("30110", "18.90"),
            ("30113", "33.40"),
        ]
    )
    b2 = econ_rows(
        [
            ("30201", "12.00"),
            ("30205", "1.50"),
            ("30206", "6.80"),
            ("30211", "3.00"),
            ("30228", "7.72"),
            ("30229", "4.20"),
        ]
    )
    b3 = econ_rows([("30302", "24.00"), ("30305", "2.00"), ("31002", "12.00")])
    pers = econ_sum(b1 + b3, {"301", "303"})
    pub = econ_sum(b2 + b3, {"302", "310"})
    assert D(pers) + D(pub) == D("565.06"), (pers, pub, D(pers) + D(pub))
    t = dict(
        title="一般公共预算基本支出表",
        unit="万元",
        blocks=[b1, b2, b3],
        rules="none",
        zero="dash",
        totals=[(0, "人员经费合计", pers), (2, "公用经费合计", pub)],
        amount_head="预算数",
    )
    draw_econ_blocks(doc, t)
    ex.econ("general_budget_basic_by_economic", t["blocks"], t["totals"])
    save(name, doc, ex)


# =============== D7/D8: isolate D3's causes =================================================
def d7():
    """D3's 支出决算表 with the header repeated on every page (horizontal rules, wrapped names centred)."""
    name = "d7_district_nyw_2024_final_hdr"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("actual", "万元")
    doc.cover("某某区农业农村委员会2024年度部门决算")
    exp = [(c, vs + [None, None, None]) for c, vs in AGRI]
    exp = [(c, vs if c != "2130104" else ["233.18", "-1.20", None, "12.60", None]) for c, vs in exp]
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出决算表",
        "万元",
        EXP_HEADS,
        exp,
        name_w=95,
        rules="horiz",
        zero="0.00",
        sep=False,
        per_page=9,
        repeat_header=True,
    )
    save(name, doc, ex)


def d8():
    """D3's 收入决算表 (figures at the top of tall cells) but fully ruled, one page; and 支出 with grid."""
    name = "d8_district_nyw_2024_final_grid"
    doc, ex = Doc(f"{OUT}/{name}.pdf"), Expect("actual", "万元")
    doc.cover("某某区农业农村委员会2024年度部门决算")
    inc = strip(
        [
            (
                c,
                [
                    str(sum(D(v) for v in vs if v is not None)) if c != "2130104" else "240.00",
                    None,
                    None,
                    None,
                    None,
                    "4.58" if c == "2130104" else None,
                ],
            )
            for c, vs in AGRI
        ]
    )
    coded(
        doc,
        ex,
        "income_by_function",
        "收入决算表",
        "万元",
        INC_HEADS,
        inc,
        name_w=95,
        rules="grid",
        zero="0.00",
        sep=False,
        valign="top",
        per_page=16,
    )
    exp = [(c, vs + [None, None, None]) for c, vs in AGRI]
    exp = [(c, vs if c != "2130104" else ["233.18", "-1.20", None, "12.60", None]) for c, vs in exp]
    coded(
        doc,
        ex,
        "expenditure_by_function",
        "支出决算表",
        "万元",
        EXP_HEADS,
        exp,
        name_w=95,
        rules="grid",
        zero="0.00",
        sep=False,
        per_page=16,
    )
    save(name, doc, ex)


if __name__ == "__main__":
    d7()
    d8()
    print(d1())
    d2()
    d3()
    d4()
    d5()
    d6()
