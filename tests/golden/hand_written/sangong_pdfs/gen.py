"""Draw the 三公 / 机关运行经费 / 政府采购 PDFs of a review and write their expected amounts (typed in this script). Kept to show how the PDFs were made; not run by the tests (needs reportlab and the WenQuanYi font)."""

import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "wqy"
P, L = A4, landscape(A4)
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)


class Doc:
    def __init__(self, name, cover):
        self.name = name
        self.c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=P)
        self.page = 1
        self.size = P
        c = self.c
        c.setFont(F, 22)
        c.drawCentredString(P[0] / 2, P[1] * 0.6, cover)
        c.setFont(F, 12)
        c.drawCentredString(P[0] / 2, P[1] * 0.6 - 40, "（公开）")

    def new_page(self, size):
        self.c.setFont(F, 9)
        self.c.drawCentredString(self.size[0] / 2, 28, f"- {self.page} -")
        self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)

    def title(self, text, unit, y=None, left=None, size=15):
        c = self.c
        y = y if y is not None else self.size[1] - 60
        c.setFont(F, size)
        c.drawCentredString(self.size[0] / 2, y, text)
        c.setFont(F, 9)
        if left:
            c.drawString(50, y - 24, left)
        c.drawRightString(self.size[0] - 50, y - 24, unit)
        return y - 34

    def text(self, x, y, s, size=10):
        self.c.setFont(F, size)
        self.c.drawString(x, y, s)

    def finish(self):
        self.new_page(P)
        self.c.save()


def table(
    doc, x, y, widths, header, nhead, body, ruled=True, hh=18, rh=18, size=9, label_cols=1, aligns=None
):
    """header: (row, col, rowspan, colspan, text with \\n for lines). body: list of lists of cell strings."""
    c = doc.c
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setLineWidth(0.6)
    for r, col, rs, cs, text in header:
        x0, x1 = xs[col], xs[col + cs]
        y0 = y - r * hh
        y1 = y - (r + rs) * hh
        if ruled:
            c.rect(x0, y1, x1 - x0, y0 - y1)
        lines = text.split("\n")
        c.setFont(F, size)
        mid = (y0 + y1) / 2
        n = len(lines)
        for i, ln in enumerate(lines):
            yy = mid + (n - 1) * (size + 1) / 2 - i * (size + 1) - size / 3
            c.drawCentredString((x0 + x1) / 2, yy, ln)
    ytop = y - nhead * hh
    for i, row in enumerate(body):
        y0 = ytop - i * rh
        y1 = y0 - rh
        for j, cell in enumerate(row):
            x0, x1 = xs[j], xs[j + 1]
            if ruled:
                c.rect(x0, y1, x1 - x0, rh)
            if cell is None or cell == "":
                continue
            c.setFont(F, size)
            yy = (y0 + y1) / 2 - size / 3
            al = aligns[j] if aligns else ("L" if j < label_cols else "R")
            if al == "L":
                c.drawString(x0 + 3, yy, cell)
            elif al == "C":
                c.drawCentredString((x0 + x1) / 2, yy, cell)
            else:
                c.drawRightString(x1 - 3, yy, cell)
    return ytop - len(body) * rh


SG_HEAD_6 = [  # one block of six columns starting at col 0, rows 0..2 (3 header rows)
    (0, 0, 3, 1, "合计"),
    (0, 1, 3, 1, "因公出国\n（境）费"),
    (0, 2, 1, 3, "公务用车购置及运行维护费"),
    (1, 2, 2, 1, "小计"),
    (1, 3, 2, 1, "公务用车\n购置费"),
    (1, 4, 2, 1, "公务用车\n运行维护费"),
    (0, 5, 3, 1, "公务接待费"),
]


def shift(cells, dr, dc):
    return [(r + dr, c + dc, rs, cs, t) for (r, c, rs, cs, t) in cells]


# ---------------------------------------------------------------- D1: budget, ruled, one row; 机关运行 by code; 采购
def d1():
    d = Doc("d1_budget_ruled", "某某县市场监督管理局2025年部门预算")
    d.new_page(P)
    y = d.title("一般公共预算“三公”经费支出预算表", "单位：万元", left="部门名称：某某县市场监督管理局")
    table(d, 50, y, [80] * 6, SG_HEAD_6, 3, [["25.60", "3.00", "18.60", "", "18.60", "4.00"]], label_cols=0)
    d.new_page(P)
    y = d.title("一般公共预算机关运行经费支出预算表", "单位：元", left="部门名称：某某县市场监督管理局")
    head = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "机关运行经费支出")]
    body = [
        ["", "合计", "1,234,567.89"],
        ["302", "商品和服务支出", "1,134,567.89"],
        ["30201", "办公费", "300,000.00"],
        ["30211", "差旅费", "134,567.89"],
        ["30231", "公务用车运行维护费", "700,000.00"],
        ["310", "资本性支出", "100,000.00"],
        ["31002", "办公设备购置", "100,000.00"],
    ]
    table(d, 60, y, [90, 200, 160], head, 1, body, label_cols=2)
    d.new_page(P)
    y = d.title("政府采购支出预算表", "单位：万元", left="部门名称：某某县市场监督管理局")
    head = [
        (0, 0, 1, 1, "采购品目大类"),
        (0, 1, 1, 1, "专项名称"),
        (0, 2, 1, 1, "采购物品名称"),
        (0, 3, 1, 1, "采购组织形式"),
        (0, 4, 1, 1, "总计"),
    ]
    body = [
        ["合  计", "", "", "", "156.80"],
        ["一、货物", "", "", "", "46.80"],
        ["", "办公设备购置", "台式计算机", "政府集中采购", "16.80"],
        ["", "办公设备购置", "复印机", "政府集中采购", "30.00"],
        ["二、工程", "", "", "", "50.00"],
        ["", "办公楼维修", "房屋修缮", "分散采购", "50.00"],
        ["三、服务", "", "", "", "60.00"],
        ["", "物业管理", "物业管理服务", "分散采购", "60.00"],
    ]
    table(d, 40, y, [90, 110, 110, 100, 90], head, 1, body, label_cols=4)
    d.finish()
    return {
        ("sangong", "total", "budget"): "256000.00",
        ("sangong", "outbound", "budget"): "30000.00",
        ("sangong", "vehicle", "budget"): "186000.00",
        ("sangong", "vehicle_operation", "budget"): "186000.00",
        ("sangong", "reception", "budget"): "40000.00",
        ("operating_costs", "合计", "total", "budget"): "1234567.89",
        ("operating_costs", "302", "total", "budget"): "1134567.89",
        ("operating_costs", "30201", "total", "budget"): "300000.00",
        ("operating_costs", "30211", "total", "budget"): "134567.89",
        ("operating_costs", "30231", "total", "budget"): "700000.00",
        ("operating_costs", "310", "total", "budget"): "100000.00",
        ("operating_costs", "31002", "total", "budget"): "100000.00",
        ("procurement", "合计", "total", "budget"): "1568000.00",
        ("procurement", "货物", "total", "budget"): "468000.00",
        ("procurement", "工程", "total", "budget"): "500000.00",
        ("procurement", "服务", "total", "budget"): "600000.00",
    }


# ---------------------------------------------------------------- D2: final, 12 columns 预算数 6 | 决算数 6, ruled
def d2():
    d = Doc("d2_final_12col_ruled", "某某县教育局2024年度部门决算")
    d.new_page(L)
    y = d.title("一般公共预算财政拨款“三公”经费支出决算表", "单位：万元", left="编制单位：某某县教育局")
    head = [(0, 0, 1, 6, "预算数"), (0, 6, 1, 6, "决算数")] + shift(SG_HEAD_6, 1, 0) + shift(SG_HEAD_6, 1, 6)
    body = [["12.50", "2.00", "8.00", "0.00", "8.00", "2.50", "10.37", "", "7.95", "0.00", "7.95", "2.42"]]
    table(d, 40, y, [63] * 12, head, 4, body, label_cols=0)
    y2 = y - 4 * 18 - 18 - 40
    d.text(60, y2, "注：本单位2024年度无因公出国（境）费支出。", 9)
    d.new_page(P)
    y = d.title("机关运行经费支出决算表", "单位：万元", left="编制单位：某某县教育局")
    head = [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "金额")]
    table(d, 100, y, [220, 160], head, 1, [["机关运行经费", "86.45"]], label_cols=1)
    d.finish()
    return {
        ("sangong", "total", "budget"): "125000.00",
        ("sangong", "outbound", "budget"): "20000.00",
        ("sangong", "vehicle", "budget"): "80000.00",
        ("sangong", "vehicle_purchase", "budget"): "0.00",
        ("sangong", "vehicle_operation", "budget"): "80000.00",
        ("sangong", "reception", "budget"): "25000.00",
        ("sangong", "total", "actual"): "103700.00",
        ("sangong", "vehicle", "actual"): "79500.00",
        ("sangong", "vehicle_purchase", "actual"): "0.00",
        ("sangong", "vehicle_operation", "actual"): "79500.00",
        ("sangong", "reception", "actual"): "24200.00",
        ("operating_costs", "*", "*", "actual"): "864500.00",
    }


# ---------------------------------------------------------------- D3: final, Shanghai interleaved, unruled
def d3():
    d = Doc("d3_final_interleaved_unruled", "上海市某某区某某局2024年度部门决算")
    d.new_page(L)
    y = d.title("财政拨款“三公”经费支出决算表", "单位：万元")
    head = [
        (0, 0, 1, 12, "财政拨款“三公”经费"),
        (1, 0, 2, 2, "合计"),
        (1, 2, 2, 2, "因公出国（境）费"),
        (1, 4, 1, 6, "公务用车购置及运行费"),
        (2, 4, 1, 2, "小计"),
        (2, 6, 1, 2, "公务用车购置费"),
        (2, 8, 1, 2, "公务用车运行费"),
        (1, 10, 2, 2, "公务接待费"),
    ]
    for k in range(6):
        head += [(3, 2 * k, 1, 1, "预算数"), (3, 2 * k + 1, 1, 1, "决算数")]
    body = [
        ["36.20", "30.15", "5.00", "4.80", "28.00", "22.90", "20.00", "18.00", "8.00", "4.90", "3.20", "2.45"]
    ]
    table(d, 40, y, [63] * 12, head, 4, body, ruled=False, label_cols=0)
    d.new_page(P)
    y = d.title("机关运行经费支出决算表", "单位：元")
    head = [(0, 0, 1, 1, "经济分类科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "决算数")]
    body = [
        ["", "合计", "523,400.00"],
        ["302", "商品和服务支出", "523,400.00"],
        ["30201", "办公费", "123,400.00"],
        ["30205", "水费", ""],
        ["30206", "电费", "400,000.00"],
    ]
    table(d, 60, y, [110, 200, 140], head, 1, body, ruled=False, label_cols=2)
    d.finish()
    return {
        ("sangong", "total", "budget"): "362000.00",
        ("sangong", "total", "actual"): "301500.00",
        ("sangong", "outbound", "budget"): "50000.00",
        ("sangong", "outbound", "actual"): "48000.00",
        ("sangong", "vehicle", "budget"): "280000.00",
        ("sangong", "vehicle", "actual"): "229000.00",
        ("sangong", "vehicle_purchase", "budget"): "200000.00",
        ("sangong", "vehicle_purchase", "actual"): "180000.00",
        ("sangong", "vehicle_operation", "budget"): "80000.00",
        ("sangong", "vehicle_operation", "actual"): "49000.00",
        ("sangong", "reception", "budget"): "32000.00",
        ("sangong", "reception", "actual"): "24500.00",
        ("operating_costs", "合计", "*", "actual"): "523400.00",
        ("operating_costs", "302", "*", "actual"): "523400.00",
        ("operating_costs", "30201", "*", "actual"): "123400.00",
        ("operating_costs", "30206", "*", "actual"): "400000.00",
    }


# ---------------------------------------------------------------- D4: national template, items as rows, 栏次
def d4():
    d = Doc("d4_final_items_rows", "某某市某某局2024年度部门决算")
    d.new_page(P)
    y = d.title("一般公共预算财政拨款“三公”经费支出决算表", "单位：万元", left="编制单位：某某市某某局")
    head = [
        (0, 0, 1, 1, "项目"),
        (0, 1, 1, 1, "栏次"),
        (0, 2, 1, 1, "预算数"),
        (0, 3, 1, 1, "决算数"),
        (0, 4, 1, 1, "项目"),
        (0, 5, 1, 1, "栏次"),
        (0, 6, 1, 1, "统计数"),
    ]
    body = [
        ["栏次", "", "1", "2", "栏次", "", "3"],
        ["合计", "1", "45.60", "40.12", "1．公务用车购置数（辆）", "7", "1"],
        ["1．因公出国（境）费", "2", "6.00", "", "2．公务用车保有量（辆）", "8", "5"],
        ["2．公务用车购置及运行维护费", "3", "32.60", "33.37", "3．国内公务接待批次（个）", "9", "38"],
        ["（1）公务用车购置费", "4", "18.00", "17.85", "  其中：外事接待批次（个）", "10", ""],
        ["（2）公务用车运行维护费", "5", "14.60", "15.52", "4．国内公务接待人次（人）", "11", "412"],
        ["3．公务接待费", "6", "7.00", "6.75", "  其中：外事接待人次（人）", "12", ""],
        ["", "", "", "", "5．国（境）外公务接待批次", "13", ""],
    ]
    table(d, 20, y, [130, 28, 55, 55, 180, 28, 55], head, 1, body, aligns=["L", "C", "R", "R", "L", "C", "R"])
    d.finish()
    return {
        ("sangong", "total", "budget"): "456000.00",
        ("sangong", "total", "actual"): "401200.00",
        ("sangong", "outbound", "budget"): "60000.00",
        ("sangong", "vehicle", "budget"): "326000.00",
        ("sangong", "vehicle", "actual"): "333700.00",
        ("sangong", "vehicle_purchase", "budget"): "180000.00",
        ("sangong", "vehicle_purchase", "actual"): "178500.00",
        ("sangong", "vehicle_operation", "budget"): "146000.00",
        ("sangong", "vehicle_operation", "actual"): "155200.00",
        ("sangong", "reception", "budget"): "70000.00",
        ("sangong", "reception", "actual"): "67500.00",
    }


# ---------------------------------------------------------------- D5: final, 三公 all blank (合计 0), unruled 12 col
def d5():
    d = Doc("d5_final_sangong_blank", "某某县档案馆2024年度部门决算")
    d.new_page(L)
    y = d.title("一般公共预算财政拨款“三公”经费支出决算表", "单位：万元", left="编制单位：某某县档案馆")
    head = [(0, 0, 1, 6, "预算数"), (0, 6, 1, 6, "决算数")] + shift(SG_HEAD_6, 1, 0) + shift(SG_HEAD_6, 1, 6)
    table(d, 40, y, [63] * 12, head, 4, [[""] * 12], ruled=True, label_cols=0)
    d.text(60, y - 5 * 18 - 30, "注：本单位2024年度无一般公共预算财政拨款“三公”经费支出，故本表为空。", 9)
    d.new_page(P)
    y = d.title("政府采购情况表", "单位：万元", left="编制单位：某某县档案馆")
    head = [
        (0, 0, 1, 1, "单位名称"),
        (0, 1, 1, 1, "合计"),
        (0, 2, 1, 1, "货物"),
        (0, 3, 1, 1, "工程"),
        (0, 4, 1, 1, "服务"),
    ]
    body = [["合计", "73.50", "23.50", "", "50.00"], ["某某县档案馆", "73.50", "23.50", "", "50.00"]]
    table(d, 50, y, [140, 90, 90, 90, 90], head, 1, body, ruled=False)
    d.finish()
    return {
        ("procurement", "合计", "total", "*"): "735000.00",
        ("procurement", "货物", "total", "*"): "235000.00",
        ("procurement", "服务", "total", "*"): "500000.00",
    }


# ---------------------------------------------------------------- D6: budget, 上年预算数 block | 本年预算数 block
def d6():
    d = Doc("d6_budget_prior_block", "某某区卫生健康委员会2025年部门预算")
    d.new_page(L)
    y = d.title("一般公共预算“三公”经费支出预算表", "单位：万元", left="编制部门：某某区卫生健康委员会")
    head = (
        [(0, 0, 1, 6, "2024年预算数"), (0, 6, 1, 6, "2025年预算数")]
        + shift(SG_HEAD_6, 1, 0)
        + shift(SG_HEAD_6, 1, 6)
    )
    body = [
        ["48.00", "10.00", "30.00", "12.00", "18.00", "8.00", "41.30", "8.00", "27.30", "", "27.30", "6.00"]
    ]
    table(d, 40, y, [63] * 12, head, 4, body, ruled=False, label_cols=0)
    d.new_page(P)
    y = d.title("机关运行经费预算表", "单位：万元", left="编制部门：某某区卫生健康委员会")
    head = [(0, 0, 1, 1, "2024年预算数"), (0, 1, 1, 1, "2025年预算数"), (0, 2, 1, 1, "增减额")]
    table(d, 80, y, [140, 140, 140], head, 1, [["310.00", "298.60", "-11.40"]], ruled=True, label_cols=0)
    d.finish()
    return {
        ("sangong", "total", "budget"): "413000.00",
        ("sangong", "outbound", "budget"): "80000.00",
        ("sangong", "vehicle", "budget"): "273000.00",
        ("sangong", "vehicle_operation", "budget"): "273000.00",
        ("sangong", "reception", "budget"): "60000.00",
        ("operating_costs", "*", "*", "budget"): "2986000.00",
    }


# ---------------------------------------------------------------- D7: budget in 元, with 会议费 培训费, 采购 by project, 元
def d7():
    d = Doc("d7_budget_yuan_meeting", "某某省某某厅2025年部门预算")
    d.new_page(L)
    y = d.title("一般公共预算“三公”经费、会议费、培训费支出预算表", "单位：元", left="部门名称：某某省某某厅")
    head = [
        (0, 0, 1, 7, "“三公”经费"),
        (0, 7, 3, 1, "会议费"),
        (0, 8, 3, 1, "培训费"),
        (1, 0, 2, 1, "合计"),
        (1, 1, 2, 1, "因公出国\n（境）费"),
        (1, 2, 1, 3, "公务用车购置及运行维护费"),
        (2, 2, 1, 1, "小计"),
        (2, 3, 1, 1, "公务用车购置费"),
        (2, 4, 1, 1, "公务用车运行维护费"),
        (1, 5, 2, 2, "公务接待费"),
    ]
    # 9 cols; reception spans 2 cols for a wide layout? keep simple: make cols 0..8 with reception at 5-6
    body = [["1,075,000", "300,000", "625,000", "250,000", "375,000", "150,000", "", "420,000", "860,000"]]
    # put reception figure in col 5 (span 5-6): draw into merged cell by placing in col 6 (right aligned)
    body = [["1,075,000", "300,000", "625,000", "250,000", "375,000", "", "150,000", "420,000", "860,000"]]
    table(d, 40, y, [80, 75, 80, 85, 95, 40, 40, 80, 80], head, 3, body, label_cols=0)
    d.new_page(P)
    y = d.title("政府采购预算表", "单位：元", left="部门名称：某某省某某厅")
    head = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "采购品目"), (0, 2, 1, 1, "数量"), (0, 3, 1, 1, "金额")]
    body = [
        ["合计", "", "", "2,350,000.00"],
        ["一、货物", "", "", "850,000.00"],
        ["信息化设备更新", "台式计算机", "50", "350,000.00"],
        ["信息化设备更新", "服务器", "2", "500,000.00"],
        ["二、工程", "", "", "0.00"],
        ["三、服务", "", "", "1,500,000.00"],
        ["2025年信息系统运维", "运行维护服务", "1", "1,500,000.00"],
    ]
    table(d, 40, y, [160, 140, 60, 140], head, 1, body, label_cols=2, aligns=["L", "L", "R", "R"])
    d.finish()
    return {
        ("sangong", "total", "budget"): "1075000.00",
        ("sangong", "outbound", "budget"): "300000.00",
        ("sangong", "vehicle", "budget"): "625000.00",
        ("sangong", "vehicle_purchase", "budget"): "250000.00",
        ("sangong", "vehicle_operation", "budget"): "375000.00",
        ("sangong", "reception", "budget"): "150000.00",
        ("sangong", "meeting", "budget"): "420000.00",
        ("sangong", "training", "budget"): "860000.00",
        ("procurement", "合计", "total", "budget"): "2350000.00",
        ("procurement", "货物", "total", "budget"): "850000.00",
        ("procurement", "工程", "total", "budget"): "0.00",
        ("procurement", "服务", "total", "budget"): "1500000.00",
    }


# ---------------------------------------------------------------- D8: final, reversed 决算数 | 预算数, items-as-rows with 上年/本年
def d8():
    d = Doc("d8_final_reversed", "某某县水利局2024年度部门决算")
    d.new_page(L)
    y = d.title("“三公”经费支出决算表", "单位：万元", left="编制单位：某某县水利局")
    head = (
        [(0, 0, 1, 6, "2024年决算数"), (0, 6, 1, 6, "2024年预算数")]
        + shift(SG_HEAD_6, 1, 0)
        + shift(SG_HEAD_6, 1, 6)
    )
    body = [["17.06", "", "15.06", "", "15.06", "2.00", "20.00", "", "17.00", "", "17.00", "3.00"]]
    table(d, 40, y, [63] * 12, head, 4, body, ruled=False, label_cols=0)
    d.new_page(P)
    y = d.title("“三公”经费支出情况表", "单位：万元", left="编制单位：某某县水利局")
    head = [
        (0, 0, 1, 1, "项目"),
        (0, 1, 1, 1, "2023年决算数"),
        (0, 2, 1, 1, "2024年预算数"),
        (0, 3, 1, 1, "2024年决算数"),
    ]
    body = [
        ["合计", "19.40", "20.00", "17.06"],
        ["因公出国（境）费", "", "", ""],
        ["公务用车购置及运行维护费", "16.90", "17.00", "15.06"],
        ["其中：公务用车购置费", "", "", ""],
        ["      公务用车运行维护费", "16.90", "17.00", "15.06"],
        ["公务接待费", "2.50", "3.00", "2.00"],
    ]
    table(d, 60, y, [170, 100, 100, 100], head, 1, body, ruled=True)
    d.finish()
    e = {
        ("sangong", "total", "budget"): "200000.00",
        ("sangong", "total", "actual"): "170600.00",
        ("sangong", "vehicle", "budget"): "170000.00",
        ("sangong", "vehicle", "actual"): "150600.00",
        ("sangong", "vehicle_operation", "budget"): "170000.00",
        ("sangong", "vehicle_operation", "actual"): "150600.00",
        ("sangong", "reception", "budget"): "30000.00",
        ("sangong", "reception", "actual"): "20000.00",
    }
    return e


# ---------------------------------------------------------------- D9: items as rows, one block, 栏次 row, ruled
def d9():
    d = Doc("d9_final_items_rows_simple", "某某县民政局2024年度部门决算")
    d.new_page(P)
    y = d.title("一般公共预算财政拨款“三公”经费支出决算表", "单位：万元", left="编制单位：某某县民政局")
    head = [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "栏次"), (0, 2, 1, 1, "预算数"), (0, 3, 1, 1, "决算数")]
    body = [
        ["栏次", "", "1", "2"],
        ["合计", "1", "22.00", "19.35"],
        ["1．因公出国（境）费", "2", "", ""],
        ["2．公务用车购置及运行维护费", "3", "15.00", "14.10"],
        ["（1）公务用车购置费", "4", "", ""],
        ["（2）公务用车运行维护费", "5", "15.00", "14.10"],
        ["3．公务接待费", "6", "7.00", "5.25"],
    ]
    table(d, 60, y, [200, 40, 100, 100], head, 1, body, aligns=["L", "C", "R", "R"])
    d.new_page(P)
    y = d.title(
        "一般公共预算财政拨款“三公”经费支出决算表", "单位：万元", left="编制单位：某某县民政局（下属单位）"
    )
    table(
        d,
        60,
        y,
        [200, 40, 100, 100],
        head,
        1,
        [r for r in body if r[0] != "栏次"],
        ruled=False,
        aligns=["L", "C", "R", "R"],
    )
    d.finish()
    e = {
        ("sangong", "total", "budget"): "220000.00",
        ("sangong", "total", "actual"): "193500.00",
        ("sangong", "vehicle", "budget"): "150000.00",
        ("sangong", "vehicle", "actual"): "141000.00",
        ("sangong", "vehicle_operation", "budget"): "150000.00",
        ("sangong", "vehicle_operation", "actual"): "141000.00",
        ("sangong", "reception", "budget"): "70000.00",
        ("sangong", "reception", "actual"): "52500.00",
    }
    return e


# ---------------------------------------------------------------- D10: budget, unruled one row, identities open; 采购 columns full
def d10():
    d = Doc("d10_budget_unruled_open", "某某县统计局2025年部门预算")
    d.new_page(P)
    y = d.title("2025年“三公”经费预算表", "单位：万元", left="编制部门：某某县统计局")
    table(d, 50, y, [80] * 6, SG_HEAD_6, 3, [["5.00", "", "5.00", "", "5.00", ""]], ruled=False, label_cols=0)
    d.new_page(P)
    y = d.title("“三公”经费预算表", "单位：万元", left="编制部门：某某县统计局")
    head = [
        (0, 0, 1, 1, "项目"),
        (0, 1, 1, 1, "2024年预算数"),
        (0, 2, 1, 1, "2025年预算数"),
        (0, 3, 1, 1, "增减额"),
        (0, 4, 1, 1, "增减率"),
    ]
    body = [
        ["合计", "6.00", "5.00", "-1.00", "-16.67%"],
        ["因公出国（境）费", "", "", "", ""],
        ["公务用车购置及运行维护费", "5.00", "5.00", "0.00", "0.00%"],
        ["其中：公务用车购置费", "", "", "", ""],
        ["      公务用车运行维护费", "5.00", "5.00", "0.00", "0.00%"],
        ["公务接待费", "1.00", "", "-1.00", "-100.00%"],
    ]
    table(d, 40, y, [170, 90, 90, 80, 80], head, 1, body, ruled=True)
    d.new_page(P)
    y = d.title("政府采购预算表", "单位：万元", left="编制部门：某某县统计局")
    head = [
        (0, 0, 2, 1, "单位名称"),
        (0, 1, 2, 1, "合计"),
        (0, 2, 1, 3, "采购预算"),
        (1, 2, 1, 1, "货物"),
        (1, 3, 1, 1, "工程"),
        (1, 4, 1, 1, "服务"),
    ]
    body = [["合计", "31.00", "11.00", "0.00", "20.00"], ["某某县统计局", "31.00", "11.00", "0.00", "20.00"]]
    table(d, 50, y, [140, 90, 90, 90, 90], head, 2, body, ruled=True)
    d.finish()
    return {
        ("sangong", "total", "budget"): "50000.00",
        ("sangong", "vehicle", "budget"): "50000.00",
        ("sangong", "vehicle_operation", "budget"): "50000.00",
        ("procurement", "合计", "total", "*"): "310000.00",
        ("procurement", "货物", "total", "*"): "110000.00",
        ("procurement", "工程", "total", "*"): "0.00",
        ("procurement", "服务", "total", "*"): "200000.00",
    }


# ---------------------------------------------------------------- D11: variants isolating causes
def d11():
    d = Doc("d11_variants", "某某县某某局2024年度部门决算")
    d.new_page(L)
    y = d.title("财政拨款“三公”经费支出决算表", "单位：万元")
    head = [
        (0, 0, 1, 12, "财政拨款“三公”经费"),
        (1, 0, 2, 2, "合计"),
        (1, 2, 2, 2, "因公出国（境）费"),
        (1, 4, 1, 6, "公务用车购置及运行费"),
        (2, 4, 1, 2, "小计"),
        (2, 6, 1, 2, "公务用车购置费"),
        (2, 8, 1, 2, "公务用车运行费"),
        (1, 10, 2, 2, "公务接待费"),
    ]
    for k in range(6):
        head += [(3, 2 * k, 1, 1, "预算数"), (3, 2 * k + 1, 1, 1, "决算数")]
    body = [
        ["36.20", "30.15", "5.00", "4.80", "28.00", "22.90", "20.00", "18.00", "8.00", "4.90", "3.20", "2.45"]
    ]
    table(d, 40, y, [63] * 12, head, 4, body, ruled=True, label_cols=0)
    d.new_page(P)
    y = d.title("“三公”经费及机关运行经费情况表", "单位：万元")
    head = [
        (0, 0, 1, 1, "项目"),
        (0, 1, 1, 1, "预算数"),
        (0, 2, 1, 1, "决算数"),
        (0, 3, 1, 1, "项目"),
        (0, 4, 1, 1, "统计数"),
    ]
    body = [
        ["合计", "45.60", "40.12", "1．公务用车购置数（辆）", "1"],
        ["1．因公出国（境）费", "6.00", "", "2．公务用车保有量（辆）", "5"],
        ["2．公务用车购置及运行维护费", "32.60", "33.37", "3．国内公务接待批次（个）", "38"],
        ["（1）公务用车购置费", "18.00", "17.85", "4．国内公务接待人次（人）", "412"],
        ["（2）公务用车运行维护费", "14.60", "15.52", "", ""],
        ["3．公务接待费", "7.00", "6.75", "", ""],
    ]
    table(d, 30, y, [150, 60, 60, 180, 60], head, 1, body, aligns=["L", "R", "R", "L", "R"])
    d.finish()
    return {
        ("sangong", "total", "budget"): "362000.00",
        ("sangong", "total", "actual"): "301500.00",
        ("sangong", "outbound", "budget"): "50000.00",
        ("sangong", "outbound", "actual"): "48000.00",
        ("sangong", "vehicle", "budget"): "280000.00",
        ("sangong", "vehicle", "actual"): "229000.00",
        ("sangong", "vehicle_purchase", "budget"): "200000.00",
        ("sangong", "vehicle_purchase", "actual"): "180000.00",
        ("sangong", "vehicle_operation", "budget"): "80000.00",
        ("sangong", "vehicle_operation", "actual"): "49000.00",
        ("sangong", "reception", "budget"): "32000.00",
        ("sangong", "reception", "actual"): "24500.00",
        ("sangong_2", "total", "budget"): "456000.00",
        ("sangong_2", "total", "actual"): "401200.00",
        ("sangong_2", "outbound", "budget"): "60000.00",
        ("sangong_2", "vehicle", "budget"): "326000.00",
        ("sangong_2", "vehicle", "actual"): "333700.00",
        ("sangong_2", "vehicle_purchase", "budget"): "180000.00",
        ("sangong_2", "vehicle_purchase", "actual"): "178500.00",
        ("sangong_2", "vehicle_operation", "budget"): "146000.00",
        ("sangong_2", "vehicle_operation", "actual"): "155200.00",
        ("sangong_2", "reception", "budget"): "70000.00",
        ("sangong_2", "reception", "actual"): "67500.00",
    }


if __name__ == "__main__":
    import json

    exp = {}
    for f in (d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11):
        e = f()
        exp[f.__name__] = {"|".join(k): v for k, v in e.items()}
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    print("ok")
