"""Draw the PDFs of a review of the parser's PDF rules (each input built to make a rule misfire) and write
their expected amounts, typed by hand here (万元 figures -> yuan x10000). Kept to show how the PDFs were made;
not run by the tests (it needs reportlab and the WenQuanYi font)."""

import os, sys, json

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from decimal import Decimal as D
from eng import *
from reportlab.pdfbase import pdfmetrics

EXP = {}
P = os.path.dirname(os.path.abspath(__file__)) + "/"
TK = "expenditure_by_function"


def expect(name, body, keys, code_col=0, label_col=1, unit=D(10000), phase="actual", tk=TK, fig0=2):
    e = {}
    for row in body:
        subj = row[code_col] or row[label_col]
        for k, v in zip(keys, row[fig0:]):
            if k and v:
                e[f"{tk}|{subj}|{k}|{phase}"] = str((D(v.replace(",", "")) * unit).quantize(D("0.01")))
    EXP[name] = e


# ---------- R1a: unruled (rules under rows) table in 元, integer figures without separators, tight columns
def r1(name, rules, zero="0"):
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    fw = 44  # narrow figure columns
    xs = cols(30, [62, 120] + [fw] * 6)
    heads = [
        "科目编码",
        "科目名称",
        "合计",
        "基本支出",
        "项目支出",
        "上缴上级\n支出",
        "经营支出",
        "对附属单\n位补助支出",
    ]
    body = [
        ["", "合计", "12500000", "10000000", "2500000", zero, zero, zero],
        ["201", "一般公共服务支出", "12500000", "10000000", "2500000", zero, zero, zero],
        ["20108", "审计事务", "12500000", "10000000", "2500000", zero, zero, zero],
        ["2010801", "行政运行", "10000000", "10000000", zero, zero, zero, zero],
        ["2010804", "审计业务", "2500000", zero, "2500000", zero, zero, zero],
    ]
    table(d, xs, [heads], body, rules=rules, title="支出决算表", unit="元", size=8, header_row_h=24)
    d.save()
    keys = ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"]
    expect(name, body, keys, unit=D(1))


r1("r1a_unruled_int_yuan", "under")
r1("r1b_frame_only_int_yuan", "frame")


# R1c: economic three-block table, unruled, amounts in 元 integers, next block's code right after
def r1c():
    name = "r1c_econ_blocks"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(30, [34, 88, 44] * 3)
    heads = ["科目编码", "科目名称", "金额"] * 3
    body = [
        ["301", "工资福利支出", "830000", "302", "商品和服务支出", "170000", "310", "资本性支出", "0"],
        ["30101", "基本工资", "400000", "30201", "办公费", "50000", "31002", "办公设备购置", "0"],
        ["30102", "津贴补贴", "430000", "30211", "差旅费", "120000", "", "", ""],
    ]
    table(
        d,
        xs,
        [heads],
        body,
        rules="under",
        title="一般公共预算财政拨款基本支出决算表",
        unit="元",
        size=8,
        aligns=["L", "L", "R"] * 3,
    )
    d.save()
    e = {}
    for row in body:
        for b in range(3):
            c, n, v = row[3 * b : 3 * b + 3]
            if c:
                e[f"ECON|{c}|{v}"] = v
    EXP[name] = e


r1c()


# ---------- R3: rules every two rows (under each pair)
def r3(name, every):
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(40, [70, 200, 120, 120, 120])
    body = [
        ["", "合计", "1,250.00", "1,000.00", "250.00"],
        ["201", "一般公共服务支出", "1,250.00", "1,000.00", "250.00"],
        ["20108", "审计事务", "1,250.00", "1,000.00", "250.00"],
        ["2010801", "行政运行", "1,000.00", "1,000.00", ""],
        ["2010804", "审计业务", "200.00", "", "200.00"],
        ["2010899", "其他审计事务支出", "50.00", "", "50.00"],
    ]
    table(
        d,
        xs,
        [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        body,
        rules="under",
        title="支出决算表",
        hrule_every=every,
        row_h=15,
    )
    d.save()
    expect(name, body, ["total", "basic", "project"])


r3("r3a_rules_every_two_rows", 2)
r3("r3b_rules_every_three_rows", 3)


# ---------- R5/R6: unruled, a column whose header is missing (备注 of figures), and a blank column
def r5(name, extra_pos):
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(30, [62, 150] + [80] * 6)
    heads = ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", ""]
    body = [
        ["", "合计", "1,250.00", "1,000.00", "250.00", "", "", "36.00"],
        ["201", "一般公共服务支出", "1,250.00", "1,000.00", "250.00", "", "", "36.00"],
        ["20108", "审计事务", "1,250.00", "1,000.00", "250.00", "", "", "36.00"],
        ["2010801", "行政运行", "1,000.00", "1,000.00", "", "", "", "12.00"],
        ["2010804", "审计业务", "250.00", "", "250.00", "", "", "24.00"],
    ]
    table(d, xs, [heads], body, rules="none", title="支出决算表")
    d.save()
    expect(name, body, ["total", "basic", "project", "remit_upper", "operating", None])


r5("r5a_headerless_last_column", 0)


def r6(name):
    # 6 named columns; 经营支出 blank throughout; an extra headerless figure column at the right
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(24, [56, 130] + [84] * 7)
    heads = [
        "科目编码",
        "科目名称",
        "合计",
        "基本支出",
        "项目支出",
        "上缴上级支出",
        "经营支出",
        "对附属单位补助支出",
        "",
    ]
    body = [
        ["", "合计", "1,300.00", "1,000.00", "250.00", "20.00", "", "30.00", "5.00"],
        ["201", "一般公共服务支出", "1,300.00", "1,000.00", "250.00", "20.00", "", "30.00", "5.00"],
        ["20108", "审计事务", "1,300.00", "1,000.00", "250.00", "20.00", "", "30.00", "5.00"],
        ["2010801", "行政运行", "1,050.00", "1,000.00", "", "20.00", "", "30.00", "5.00"],
        ["2010804", "审计业务", "250.00", "", "250.00", "", "", "", ""],
    ]
    table(d, xs, [heads], body, rules="none", title="支出决算表", size=8)
    d.save()
    expect(name, body, ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated", None])


r6("r6a_blank_col_plus_extra")


# ---------- R7: split 类|款|项 columns
def r7(name, body, rules="grid"):
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(40, [30, 30, 30, 190, 110, 110, 110])
    hdr = [
        [("科目编码", 3), ("科目名称", 1), ("合计", 1), ("基本支出", 1), ("项目支出", 1)],
        ["类", "款", "项", "", "", "", ""],
    ]
    table(
        d,
        xs,
        hdr,
        [r[1:] for r in body],
        rules=rules,
        title="支出决算表",
        aligns=["C", "C", "C", "L", "R", "R", "R"],
    )
    d.save()
    e = {}
    for r in body:
        for k, v in zip(["total", "basic", "project"], r[5:]):
            if v and r[0] != "SKIP":
                e[f"{TK}|{r[0]}|{k}|actual"] = str(D(v.replace(",", "")) * 10000)
    EXP[name] = e


# mixed: some rows print all three parts, others only their own; a 项 directly after a 类 row
r7(
    "r7a_mixed_parts",
    [
        ["合计", "", "", "", "合计", "1,430.00", "1,100.00", "330.00"],
        ["201", "201", "", "", "一般公共服务支出", "1,250.00", "1,000.00", "250.00"],
        ["20108", "201", "08", "", "审计事务", "1,250.00", "1,000.00", "250.00"],
        ["2010801", "201", "08", "01", "行政运行", "1,000.00", "1,000.00", ""],
        ["2010804", "", "", "04", "审计业务", "250.00", "", "250.00"],
        ["208", "208", "", "", "社会保障和就业支出", "180.00", "100.00", "80.00"],
        ["20805", "", "05", "", "行政事业单位养老支出", "180.00", "100.00", "80.00"],
        ["2080505", "208", "05", "05", "机关事业单位基本养老保险缴费支出", "100.00", "100.00", ""],
        ["2080506", "", "", "06", "机关事业单位职业年金缴费支出", "80.00", "", "80.00"],
    ],
)
# first data row is a 款 part (continuation page, no 类 row above); and a 项 whose 款 row is absent
r7(
    "r7b_first_row_kuan",
    [
        ["SKIP", "", "05", "", "行政事业单位养老支出", "180.00", "100.00", "80.00"],
        ["SKIP", "", "", "05", "机关事业单位基本养老保险缴费支出", "100.00", "100.00", ""],
        ["SKIP", "", "", "06", "机关事业单位职业年金缴费支出", "80.00", "", "80.00"],
        ["210", "210", "", "", "卫生健康支出", "60.00", "60.00", ""],
        ["SKIP", "", "", "01", "行政单位医疗", "60.00", "60.00", ""],
    ],
)


# ---------- R4: negative figure "-8" and page-number-like cells in a table's last row
def r4():
    name = "r4_negative_eight"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(40, [70, 200, 120, 120, 120])
    body = [
        ["", "合计", "1,242.00", "1,000.00", "242.00"],
        ["201", "一般公共服务支出", "1,242.00", "1,000.00", "242.00"],
        ["20108", "审计事务", "1,242.00", "1,000.00", "242.00"],
        ["2010801", "行政运行", "1,000.00", "1,000.00", ""],
        ["2010804", "审计业务", "250.00", "", "250.00"],
        ["2010899", "其他审计事务支出", "-8", "", "-8"],
    ]
    table(
        d,
        xs,
        [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        body,
        rules="grid",
        title="支出决算表",
    )
    d.save()
    expect(name, body, ["total", "basic", "project"])


r4()


# ---------- R2: portrait page with a rotated side label; a page of mostly rotated text with an upright table
def r2():
    name = "r2a_side_label"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page(PORT)
    xs = cols(60, [60, 150, 100, 100, 100])
    body = [
        ["", "合计", "1,250.00", "1,000.00", "250.00"],
        ["201", "一般公共服务支出", "1,250.00", "1,000.00", "250.00"],
        ["20108", "审计事务", "1,250.00", "1,000.00", "250.00"],
        ["2010801", "行政运行", "1,000.00", "1,000.00", ""],
        ["2010804", "审计业务", "250.00", "", "250.00"],
    ]
    c = d.c
    c.saveState()
    c.translate(30, 300)
    c.rotate(90)
    c.setFont(F, 10)
    c.drawString(0, 0, "某某县审计局2024年度部门决算公开材料（内部装订线）")
    c.restoreState()
    table(
        d,
        xs,
        [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        body,
        rules="grid",
        title="支出决算表",
    )
    d.save()
    expect(name, body, ["total", "basic", "project"])

    name = "r2b_rotated_notes_upright_table"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page(PORT)
    c = d.c
    y = table(
        d,
        xs,
        [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        body,
        rules="grid",
        title="支出决算表",
    )
    # a long rotated 填表说明 column down the right margin: many glyphs turned
    note = "填表说明：本表反映单位本年度各项支出情况，按支出功能分类科目的类款项级次列示，" * 6
    c.saveState()
    c.translate(560, 60)
    c.rotate(90)
    c.setFont(F, 7)
    for k in range(4):
        c.drawString(0, -k * 9, note[k * 80 : (k + 1) * 80])
    c.restoreState()
    d.save()
    expect(name, body, ["total", "basic", "project"])


r2()

json.dump(EXP, open(P + "expected.json", "w"), ensure_ascii=False, indent=1)


# ---------- R1d: unruled, figures nearly filling tight cells (Excel-style export), integer 元
def r1d(name, fw, rules="under"):
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(30, [62, 120] + [fw] * 6)
    heads = [
        "科目编码",
        "科目名称",
        "合计",
        "基本支出",
        "项目支出",
        "上缴上级\n支出",
        "经营支出",
        "对附属单\n位补助支出",
    ]
    body = [
        ["", "合计", "12500000", "10000000", "2500000", "0", "0", "0"],
        ["201", "一般公共服务支出", "12500000", "10000000", "2500000", "0", "0", "0"],
        ["20108", "审计事务", "12500000", "10000000", "2500000", "0", "0", "0"],
        ["2010801", "行政运行", "10000000", "10000000", "0", "0", "0", "0"],
        ["2010804", "审计业务", "2500000", "0", "2500000", "0", "0", "0"],
    ]
    table(d, xs, [heads], body, rules=rules, title="支出决算表", unit="元", size=8, header_row_h=24)
    d.save()
    expect(
        name, body, ["total", "basic", "project", "remit_upper", "operating", "subsidy_affiliated"], unit=D(1)
    )


r1d("r1d_tight_int_yuan", 38.5)
r1d("r1e_tight_int_yuan_grid", 38.5, "grid")
json.dump(EXP, open(P + "expected.json", "w"), ensure_ascii=False, indent=1)


# ---------- R2c: portrait page, small upright table, a long rotated 填表说明 down the margin (>80% glyphs turned)
def r2c():
    name = "r2c_mostly_rotated_notes"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page(PORT)
    xs = cols(40, [60, 130, 90, 90, 90])
    body = [
        ["", "合计", "1,250.00", "1,000.00", "250.00"],
        ["201", "一般公共服务支出", "1,250.00", "1,000.00", "250.00"],
        ["20108", "审计事务", "1,250.00", "1,000.00", "250.00"],
        ["2010801", "行政运行", "1,000.00", "1,000.00", ""],
        ["2010804", "审计业务", "250.00", "", "250.00"],
    ]
    c = d.c
    table(
        d,
        xs,
        [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
        body,
        rules="grid",
        title="支出决算表",
    )
    note = (
        "填表说明：本表反映单位本年度各项支出情况，按支出功能分类科目的类款项级次列示，基本支出指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
        * 20
    )
    c.saveState()
    c.translate(560, 40)
    c.rotate(90)
    c.setFont(F, 7)
    for k in range(14):
        c.drawString(0, -k * 9, note[k * 100 : (k + 1) * 100])
    c.restoreState()
    d.save()
    expect(name, body, ["total", "basic", "project"])


r2c()


# ---------- R5b: a middle column with its header cell blank (merged/missing), neighbour blank in some rows
def r5b():
    name = "r5b_blank_header_middle"
    d = Doc(P + name + ".pdf", "某某县审计局2024年度部门决算")
    d.new_page()
    xs = cols(30, [62, 150] + [80] * 5)
    heads = ["科目编码", "科目名称", "合计", "基本支出", "", "项目支出", "经营支出"]
    # the 3rd figure column's name is missing; its figures must not be given a neighbour's name
    body = [
        ["", "合计", "1,250.00", "1,000.00", "40.00", "250.00", ""],
        ["201", "一般公共服务支出", "1,250.00", "1,000.00", "40.00", "250.00", ""],
        ["20108", "审计事务", "1,250.00", "1,000.00", "40.00", "250.00", ""],
        ["2010801", "行政运行", "1,000.00", "1,000.00", "40.00", "", ""],
        ["2010804", "审计业务", "250.00", "", "", "250.00", ""],
    ]
    table(d, xs, [heads], body, rules="none", title="支出决算表")
    d.save()
    expect(name, body, ["total", "basic", None, "project", "operating"])


r5b()
json.dump(EXP, open(P + "expected.json", "w"), ensure_ascii=False, indent=1)
