"""Draw the v4 probes as PDFs (no rules; s38b_print's page and minipdf, imported) and turn them to text with the
REAL pdftotext -layout. Each table as s38b_print.func_table draws the finals' 收入决算表: a column's name wrapped
at head_w ems and centred `off` points left of its figures' right edge, one-line names on the middle header line,
two-line names on the lines above and below it. Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "rules_s38b"))
import s38b_print as P  # noqa: E402
from s38b_print import wrap  # noqa: E402

FINAL7 = [
    "本年收入合计",
    "财政拨款收入",
    "上级补助收入",
    "事业收入",
    "经营收入",
    "附属单位上缴收入",
    "其他收入",
]
BUDGET8 = [
    "合计",
    "财政拨款收入",
    "事业收入",
    "事业单位经营收入",
    "其他收入",
    "上级补助收入",
    "附属单位上缴收入",
    "用事业基金弥补收支差额",
]


def draw(path, cover, title, heads, rights, rows, head_w, hfs, ffs, off):
    pdf = P.Pdf(path, {"pageno": True})
    pdf.page(P.PORT)
    pdf.put(P.PORT[0] / 2, 300, cover[0], 22, "c")
    pdf.put(P.PORT[0] / 2, 340, cover[1], 22, "c")
    pdf.page(P.LAND)
    pdf.put(P.LAND[0] / 2, 100, title, 16, "c")
    pdf.put(770, 134.4, "单位：万元", 10, "r")
    pdf.put(206, 168, "项目", 10, "c")
    pdf.put(128, 185.6, "支出功能分类", 10, "c")
    pdf.put(128, 202.9, "科目编码", 10, "c")
    for x, ch in ((81.7, "类"), (123, "款"), (163.6, "项")):
        pdf.put(x, 219.6, ch, 10)
    pdf.put(267.8, 194.2, "科目名称", 10, "c")
    for head, r in zip(heads, rights):
        pieces = wrap(head, head_w)
        top = 185 - 7.75 * (len(pieces) - 1)
        for i, ln in enumerate(pieces):
            pdf.put(r - off, top + 15.5 * i, ln, hfs, "c")
    yy = 246.0
    for code, name, cells in rows:
        if code:
            for x, part in zip((72.0, 123.0, 163.6), (code[:3], code[3:5], code[5:7])):
                if part:
                    pdf.put(x, yy, part, ffs)
        pdf.put(195.2 if code else 240, yy, name, 11 if code else 10.5)
        for cell, r in zip(cells, rights):
            if cell is not None:
                pdf.put(r, yy, f"{cell:,.2f}", ffs, "r")
        yy += 17.25
    pdf.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)


def rows_of(items, top):
    """合计 and the 类 / 款 rows (sums of the 项 rows), then the 项 rows; each row's total = Σ its parts."""
    n = len(items[0][2])
    sums = [round(sum((it[2][k] or 0) for it in items), 2) or None for k in range(n)]
    row = lambda code, name, parts: (code, name, [round(sum(p for p in parts if p), 2)] + parts)  # noqa: E731
    return [row(None, "合计", sums)] + [row(c, nm, sums) for c, nm in top] + [row(*it) for it in items]


R7 = [450.8, 510.1, 569.4, 626.9, 687.5, 745.9, 806.0]
P1 = [  # parts: 财政拨款, 上级补助, 事业, 经营, 附属单位上缴, 其他
    ("2080505", "机关事业单位基本养老保险缴费支出", [10269.00, None, None, None, None, None]),
    ("2100201", "综合医院", [25415.10, None, 186426.30, None, None, None]),
    ("2100202", "中医（民族）医院", [14565.60, None, 92929.30, None, None, None]),
    ("2100302", "乡镇卫生院", [75030.50, None, 43727.90, None, None, None]),
]
P1_ROWS = [
    (None, "合计", [448363.70, 125280.20, None, 323083.50, None, None, None]),
    ("208", "社会保障和就业支出", [10269.00, 10269.00, None, None, None, None, None]),
    ("20805", "行政事业单位养老支出", [10269.00, 10269.00, None, None, None, None, None]),
    ("2080505", "机关事业单位基本养老保险缴费支出", [10269.00, 10269.00, None, None, None, None, None]),
    ("210", "卫生健康支出", [438094.70, 115011.20, None, 323083.50, None, None, None]),
    ("21002", "公立医院", [319336.30, 39980.70, None, 279355.60, None, None, None]),
    ("2100201", "综合医院", [211841.40, 25415.10, None, 186426.30, None, None, None]),
    ("2100202", "中医（民族）医院", [107494.90, 14565.60, None, 92929.30, None, None, None]),
    ("21003", "基层医疗卫生机构", [118758.40, 75030.50, None, 43727.90, None, None, None]),
    ("2100302", "乡镇卫生院", [118758.40, 75030.50, None, 43727.90, None, None, None]),
]
P1B_ROWS = [
    (None, "合计", [1250.0, 1000.0, None, 250.0, None, None, None]),
    ("208", "社会保障和就业支出", [200.0, 200.0, None, None, None, None, None]),
    ("20805", "行政事业单位养老支出", [200.0, 200.0, None, None, None, None, None]),
    ("2080505", "机关事业单位基本养老保险缴费支出", [200.0, 200.0, None, None, None, None, None]),
    ("210", "卫生健康支出", [1050.0, 800.0, None, 250.0, None, None, None]),
    ("21002", "公立医院", [650.0, 400.0, None, 250.0, None, None, None]),
    ("2100201", "综合医院", [650.0, 400.0, None, 250.0, None, None, None]),
    ("21004", "公共卫生", [400.0, 400.0, None, None, None, None, None]),
    ("2100401", "疾病预防控制机构", [400.0, 400.0, None, None, None, None, None]),
]
P2_ITEMS = [  # parts: 财政拨款, 事业, 事业单位经营, 其他, 上级补助, 附属单位上缴, 用事业基金弥补收支差额
    ("2050201", "学前教育", [None, None, None, 462.80, None, 1697.40, None]),
    ("2050202", "小学教育", [3907.80, None, None, None, None, None, None]),
    ("2050203", "初中教育", [35358.30, None, None, 856.30, None, None, None]),
    ("2050204", "高中教育", [921.90, None, None, None, None, None, None]),
    ("2050205", "高等教育", [None, 6946.80, None, None, None, None, None]),
]
HEALTH = ("某区卫生健康委员会", "2020年度部门决算")
if __name__ == "__main__":
    draw(
        os.path.join(HERE, "p1_final_income_squeezed_run_business_as_upper_grant.pdf"),
        HEALTH,
        "收入决算表",
        FINAL7,
        R7,
        P1_ROWS,
        5,
        10.5,
        10.5,
        22,
    )
    draw(
        os.path.join(HERE, "p1b_final_income_squeezed_run_small_figures.pdf"),
        HEALTH,
        "收入决算表",
        FINAL7,
        R7,
        P1B_ROWS,
        5,
        11,
        9,
        25,
    )
    draw(
        os.path.join(HERE, "p2_budget_income_glued_run_other_as_affiliated.pdf"),
        ("某区教育局", "2021年度部门预算"),
        "收入预算总表",
        BUDGET8,
        [443.7, 493.1, 545.4, 599.3, 649.8, 699.7, 754.2, 803.7],
        rows_of(P2_ITEMS, [("205", "教育支出"), ("20502", "普通教育")]),
        4,
        11,
        9,
        22,
    )
