# Writes the probe texts: each cell a line, blank lines between, as pdftotext (no -layout) prints a drawn
# table whose cells it sets apart (the real sh_putuo_sfj_2026_dept_budget.txt's 支出预算总表 is the model).
head = [
    "某某区某某局2024年部门预算",
    "",
    "2024年部门支出预算总表",
    "编制部门：某某区某某局",
    "单位：元",
    "项目",
    "功能分类科目编码",
    "类",
    "款",
    "功能分类科目名称",
    "项",
    "201",
    "支出预算",
    "合计",
    "基本支出",
    "项目支出",
]
rows_201 = [
    "一般公共服务支出",
    "3000000.00",
    "2000000.00",
    "1000000.00",
    "人大事务",
    "3000000.00",
    "2000000.00",
    "1000000.00",
    "201",
    "01",
    "201",
    "01",
    "01",
    "行政运行",
    "2000000.00",
    "2000000.00",
    "0.00",
    "201",
    "01",
    "04",
    "人大会议",
    "1000000.00",
    "0.00",
    "1000000.00",
]
rows_208 = [
    "社会保障和就业支出",
    "500000.00",
    "500000.00",
    "0.00",
    "行政事业单位养老支出",
    "500000.00",
    "500000.00",
    "0.00",
    "208",
    "208",
    "05",
    "208",
    "05",
    "05",
    "机关事业单位基本养老保险缴",
    "费支出",
    "500000.00",
    "500000.00",
    "0.00",
]
page2 = [
    "\f项目",
    "功能分类科目编码",
    "类",
    "款",
    "221",
    "221",
    "02",
    "221",
    "02",
    "功能分类科目名称",
    "项",
    "01",
    "支出预算",
    "合计",
    "基本支出",
    "项目支出",
]
rows_221 = [
    "住房保障支出",
    "600000.00",
    "600000.00",
    "0.00",
    "住房改革支出",
    "600000.00",
    "600000.00",
    "0.00",
    "住房公积金",
    "400000.00",
    "400000.00",
    "0.00",
    "221",
    "02",
    "03",
    "购房补贴",
    "200000.00",
    "200000.00",
    "0.00",
    "4100000.00",
    "3100000.00",
    "1000000.00",
    "合计",
]
tail = ["\f2024年部门财政拨款收支预算总表"]


def write(name, cells):
    with open(name, "w", encoding="utf-8") as f:
        f.write("\n\n".join(cells) + "\n")


base = head + rows_201 + rows_208 + page2 + rows_221 + tail
write("p01_streams_expenditure_table.txt", base)
# p02: 行政运行's 项目支出 cell left blank (no 0.00): 35 figures, not 3 a row
p02 = list(base)
i = p02.index("行政运行")
del p02[i + 3]
write("p02_streams_blank_cell.txt", p02)
# p03: the header's words out of order: 项目支出 before 基本支出
p03 = list(base)
i = p03.index("基本支出")
p03[i], p03[i + 1] = "项目支出", "基本支出"
write("p03_streams_header_out_of_order.txt", p03)
# p04: 人大会议's name not printed
write("p04_streams_name_missing.txt", [c for c in base if c != "人大会议"])
# p05: 人大会议's code parts printed before 行政运行's (codes out of classification order)
p05 = list(base)
i = p05.index("行政运行")
k = p05.index("04", i)
p05[i - 1], p05[k] = "04", "01"
write("p05_streams_codes_out_of_order.txt", p05)
