"""Write the r6 probes (positions: PDFs via pdfdraw.py on rules_s33i's minipdf, layout text via lay.py).
Every figure below is typed by hand; rows add up (row total = parts; 类 = Σ 款 = Σ 项; 合计 = Σ 类).
Run from /work/main: .venv/bin/python tests/golden/hand_written/probes_s37/r6/gen.py"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# (check.py imports the typed rows from here with R6_NO_WRITE set: nothing is drawn or written then)
WRITE = not os.environ.get("R6_NO_WRITE")
from lay import line as L  # noqa: E402
from pdfdraw import Doc as _Doc  # noqa: E402


class _Nothing:
    def __getattr__(self, _name):
        return lambda *a, **k: None


def Doc(path):  # noqa: N802
    return _Doc(path) if WRITE else _Nothing()


def _write(path, text):
    if WRITE:
        path.write_text(text, encoding="utf-8")


# --- the 一般公共预算支出表 of a 2024 budget (万元): total = basic + project ------------------------------
GB_ROWS = [
    ["", "合计", "1,250.00", "850.00", "400.00"],
    ["201", "一般公共服务支出", "900.00", "700.00", "200.00"],
    ["20103", "政府办公厅（室）及相关机构事务", "900.00", "700.00", "200.00"],
    ["2010301", "行政运行", "700.00", "700.00", ""],
    ["2010302", "一般行政管理事务", "200.00", "", "200.00"],
    ["208", "社会保障和就业支出", "350.00", "150.00", "200.00"],
    ["20805", "行政事业单位养老支出", "150.00", "150.00", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "150.00", "150.00", ""],
    ["20899", "其他社会保障和就业支出", "200.00", "", "200.00"],
    ["2089999", "其他社会保障和就业支出", "200.00", "", "200.00"],
]
GB_HEAD = [
    (0, 0, 1, "科目", 1),
    (0, 2, 2, "合计", 2),
    (0, 3, 3, "基本支出", 2),
    (0, 4, 4, "项目支出", 2),
    (1, 0, 0, "科目编码", 1),
    (1, 1, 1, "科目名称", 1),
]
GB_XS = [50, 110, 290, 370, 450, 530]


def gb_pdf(name, **kw):
    d = Doc(str(HERE / name))
    d.text("某某市某某区农业农村局2024年部门预算", 16, centre=True, dy=40)
    d.text("一般公共预算支出表", 14, centre=True, dy=24)
    d.text("单位名称：某某市某某区农业农村局", 9, dy=0)
    d.text("单位：万元", 9, x=480, dy=14)
    d.table(GB_XS, GB_HEAD, GB_ROWS, **kw)
    d.save()


def gb_layout(name, head, rows=GB_ROWS, ends=(58, 72, 86)):
    out = [
        L((30, "某某市某某区农业农村局2024年部门预算")),
        "",
        L((34, "一般公共预算支出表")),
        L((0, "单位名称：某某市某某区农业农村局"), (80, "单位：万元")),
        *head,
    ]
    for code, name_, *figs in rows:
        cells = [(0, code)] if code else []
        cells.append((10 if code else 22, name_))
        cells += [(end, v, "r") for end, v in zip(ends, figs) if v]
        out.append(L(*cells))
    _write(HERE / name, "\n".join(out) + "\n")


# F1: the header ruled as a grid, the body's rows ruled only at the table's sides (a); or at the sides and
# between the code, the name and the block of figures, no rule between the figure columns (b).
gb_pdf("pdf_body_frame_only.pdf", vrules="frame")
gb_pdf("pdf_body_figures_block_unruled.pdf", vrules=[0, 1, 2, 5])

# F4: header labels set with distributed alignment (pdftotext -layout: "合    计"; a PDF: each character
# its own string spread over the cell), no vertical rules.
gb_layout(
    "spread_header_total.layout.txt",
    [L((2, "科目编码"), (20, "科目名称"), (50, "合    计"), (66, "基本支出"), (80, "项目支出"))],
)
gb_pdf("pdf_spread_header_unruled.pdf", vrules="none", spread=("合计", "基本支出", "项目支出"))

# F3: 上年预算数 | 本年预算数 | 增减额 | 增减率 set tight: a change and its rate one space apart.
CH_ROWS = [
    ["", "合计", "1,330.00", "1,250.00", "-80.00", "-6.02%"],
    ["201", "一般公共服务支出", "960.00", "900.00", "-60.00", "-6.25%"],
    ["20103", "政府办公厅（室）及相关机构事务", "960.00", "900.00", "-60.00", "-6.25%"],
    ["2010301", "行政运行", "680.00", "700.00", "20.00", "2.94%"],
    ["2010302", "一般行政管理事务", "280.00", "200.00", "-80.00", "-28.57%"],
    ["208", "社会保障和就业支出", "370.00", "350.00", "-20.00", "-5.41%"],
    ["20805", "行政事业单位养老支出", "170.00", "150.00", "-20.00", "-11.76%"],
    ["2080505", "机关事业单位基本养老保险缴费支出", "170.00", "150.00", "-20.00", "-11.76%"],
    ["20899", "其他社会保障和就业支出", "200.00", "200.00", "", ""],
    ["2089999", "其他社会保障和就业支出", "200.00", "200.00", "", ""],
]
gb_layout(
    "change_rate_one_space.layout.txt",
    [
        L(
            (2, "科目编码"),
            (20, "科目名称"),
            (47, "上年预算数"),
            (57, "本年预算数"),
            (69, "增减额"),
            (76, "增减率"),
        )
    ],
    rows=CH_ROWS,
    ends=(56, 65, 73, 81),
)

# F2: a project table, its code column's label wrapped ("功能科目" / "编码") and set vertically centred in
# a header of two lines: the one-line labels stand between its two pieces.
PJ_ROWS = [
    ["合计", "", "1,411.00", "1,225.00", "186.00"],
    ["城乡居民最低生活保障金", "2081901", "1,139.00", "1,139.00", ""],
    ["一事一议财政奖补资金", "2130706", "186.00", "", "186.00"],
    ["社区养老服务设施运营补贴", "2081002", "86.00", "86.00", ""],
]
out = [
    L((26, "某某市某某区民政局2024年部门预算")),
    "",
    L((30, "项目支出预算表")),
    L((0, "单位名称：某某市某某区民政局"), (84, "单位：万元")),
    L((36, "功能科目")),
    L((8, "项目名称"), (58, "合计"), (66, "一般公共预算"), (80, "政府性基金")),
    L((38, "编码")),
]
for name_, code, *figs in PJ_ROWS:
    cells = [(0, name_)] + ([(34, code)] if code else [])
    cells += [(end, v, "r") for end, v in zip((62, 76, 90), figs) if v]
    out.append(L(*cells))
_write(HERE / "project_code_label_wrapped.layout.txt", "\n".join(out) + "\n")
d = Doc(str(HERE / "pdf_project_code_label_wrapped.pdf"))
d.text("某某市某某区民政局2024年部门预算", 16, centre=True, dy=40)
d.text("项目支出预算表", 14, centre=True, dy=24)
d.text("单位名称：某某市某某区民政局", 9, dy=0)
d.text("单位：万元", 9, x=480, dy=14)
d.table(
    [30, 200, 320, 380, 440, 500],
    [
        (0, 0, 0, "项目名称", 2),
        (0, 1, 1, "功能科目\n编码", 2),
        (0, 2, 2, "合计", 2),
        (0, 3, 3, "一般公共预算", 2),
        (0, 4, 4, "政府性基金", 2),
    ],
    [r for r in PJ_ROWS],
    vrules="none",
    kinds="ttmmm",
)
d.save()

# F5: a final account's phase blocks, no rules: "年初预算" (without 数) and "决算数" over 小计 | 基本支出 | 项目支出.
PH_ROWS = [
    ["", "合计", "1,200.00", "820.00", "380.00", "1,250.00", "850.00", "400.00"],
    ["201", "一般公共服务支出", "880.00", "680.00", "200.00", "900.00", "700.00", "200.00"],
    ["20103", "政府办公厅（室）及相关机构事务", "880.00", "680.00", "200.00", "900.00", "700.00", "200.00"],
    ["2010301", "行政运行", "680.00", "680.00", "", "700.00", "700.00", ""],
    ["2010302", "一般行政管理事务", "200.00", "", "200.00", "200.00", "", "200.00"],
    ["208", "社会保障和就业支出", "320.00", "140.00", "180.00", "350.00", "150.00", "200.00"],
    ["20805", "行政事业单位养老支出", "140.00", "140.00", "", "150.00", "150.00", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "140.00", "140.00", "", "150.00", "150.00", ""],
    ["20899", "其他社会保障和就业支出", "180.00", "", "180.00", "200.00", "", "200.00"],
    ["2089999", "其他社会保障和就业支出", "180.00", "", "180.00", "200.00", "", "200.00"],
]
for name_, (budget, actual) in (
    ("phase_groups_nianchu_yusuan.layout.txt", ("年初预算", "决算数")),
    ("phase_groups_zhixingshu.layout.txt", ("年初预算数", "执行数")),
):
    out = [
        L((30, "某某市某某区农业农村局2023年度部门决算")),
        "",
        L((36, "一般公共预算财政拨款支出决算表")),
        L((0, "部门：某某市某某区农业农村局"), (110, "金额单位：万元")),
        L((70, budget, "c"), (108, actual, "c")),
        L(
            (2, "科目编码"),
            (20, "科目名称"),
            (54, "小计"),
            (64, "基本支出"),
            (76, "项目支出"),
            (92, "小计"),
            (102, "基本支出"),
            (114, "项目支出"),
        ),
    ]
    for code, n, *figs in PH_ROWS:
        cells = [(0, code)] if code else []
        cells.append((10 if code else 22, n))
        cells += [(end, v, "r") for end, v in zip((58, 70, 82, 96, 108, 120), figs) if v]
        out.append(L(*cells))
    _write(HERE / name_, "\n".join(out) + "\n")

# F6: a header of two lines in one band ruled above and below only (no vertical rules, no rule between the
# group label and its columns; the body's rows ruled under each row): (a) 收入总表, 财政拨款收入 over
# 一般公共预算 | 政府性基金; (b) 一般公共预算支出表, 基本支出 over 小计 | 人员经费 | 公用经费.
INC_ROWS = [
    ["", "合计", "3,032.29", "2,846.29", "186.00", "", ""],
    ["208", "社会保障和就业支出", "2,773.59", "2,773.59", "", "", ""],
    ["20802", "民政管理事务", "606.10", "606.10", "", "", ""],
    ["2080201", "行政运行", "606.10", "606.10", "", "", ""],
    ["20819", "最低生活保障", "2,167.49", "2,167.49", "", "", ""],
    ["2081901", "城市最低生活保障金支出", "2,167.49", "2,167.49", "", "", ""],
    ["229", "其他支出", "258.70", "72.70", "186.00", "", ""],
    ["22960", "彩票公益金安排的支出", "186.00", "", "186.00", "", ""],
    ["2296002", "用于社会福利的彩票公益金支出", "186.00", "", "186.00", "", ""],
    ["22999", "其他支出", "72.70", "72.70", "", "", ""],
    ["2299999", "其他支出", "72.70", "72.70", "", "", ""],
]
d = Doc(str(HERE / "pdf_header_band_group_merged_income.pdf"))
d.text("某某市某某区民政局2024年部门预算", 16, centre=True, dy=40)
d.text("部门收入总表", 14, centre=True, dy=24)
d.text("单位名称：某某市某某区民政局", 9, dy=0)
d.text("单位：万元", 9, x=480, dy=14)
d.table(
    [30, 80, 220, 290, 360, 430, 490, 550],
    [
        (0, 0, 0, "科目编码", 2),
        (0, 1, 1, "科目名称", 2),
        (0, 2, 2, "合计", 2),
        (0, 3, 4, "财政拨款收入", 1),
        (1, 3, 3, "一般公共预算", 1),
        (1, 4, 4, "政府性基金", 1),
        (0, 5, 5, "事业收入", 2),
        (0, 6, 6, "其他收入", 2),
    ],
    INC_ROWS,
    vrules="none",
    head_rules=True,
    kinds="ttmmmmm",
)
d.save()
GB5_ROWS = [
    ["", "合计", "1,250.00", "850.00", "780.00", "70.00", "400.00"],
    ["201", "一般公共服务支出", "900.00", "700.00", "640.00", "60.00", "200.00"],
    ["20103", "政府办公厅（室）及相关机构事务", "900.00", "700.00", "640.00", "60.00", "200.00"],
    ["2010301", "行政运行", "700.00", "700.00", "640.00", "60.00", ""],
    ["2010302", "一般行政管理事务", "200.00", "", "", "", "200.00"],
    ["208", "社会保障和就业支出", "350.00", "150.00", "140.00", "10.00", "200.00"],
    ["20805", "行政事业单位养老支出", "150.00", "150.00", "140.00", "10.00", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "150.00", "150.00", "140.00", "10.00", ""],
    ["20899", "其他社会保障和就业支出", "200.00", "", "", "", "200.00"],
    ["2089999", "其他社会保障和就业支出", "200.00", "", "", "", "200.00"],
]
d = Doc(str(HERE / "pdf_header_band_group_merged_basic.pdf"))
d.text("某某市某某区农业农村局2024年部门预算", 16, centre=True, dy=40)
d.text("一般公共预算支出表", 14, centre=True, dy=24)
d.text("单位名称：某某市某某区农业农村局", 9, dy=0)
d.text("单位：万元", 9, x=480, dy=14)
d.table(
    [40, 90, 250, 310, 370, 430, 490, 550],
    [
        (0, 0, 0, "科目编码", 2),
        (0, 1, 1, "科目名称", 2),
        (0, 2, 2, "合计", 2),
        (0, 3, 5, "基本支出", 1),
        (0, 6, 6, "项目支出", 2),
        (1, 3, 3, "小计", 1),
        (1, 4, 4, "人员经费", 1),
        (1, 5, 5, "公用经费", 1),
    ],
    GB5_ROWS,
    vrules="none",
    head_rules=True,
    kinds="ttmmmmm",
)
d.save()

# F7: a ruled grid whose project names wrap over six lines in a narrow name column (5 characters a line).
TALL_NAMES = [
    "城乡居民最低生活保障金及特困人员救助供养资金（区级配套部分）",
    "村级公益事业建设一事一议财政奖补资金",
    "社区居家养老服务中心运营补贴",
]
TALL_ROWS = [
    ["合计", "", "1,411.00", "1,225.00", "186.00"],
    [TALL_NAMES[0], "2081901", "1,139.00", "1,139.00", ""],
    [TALL_NAMES[1], "2130706", "186.00", "", "186.00"],
    [TALL_NAMES[2], "2081002", "86.00", "86.00", ""],
]


def _wrap(text, n):
    return "\n".join(text[i : i + n] for i in range(0, len(text), n))


d = Doc(str(HERE / "pdf_grid_row_name_six_lines.pdf"))
d.text("某某市某某区民政局2024年部门预算", 16, centre=True, dy=40)
d.text("项目支出预算表", 14, centre=True, dy=24)
d.text("单位名称：某某市某某区民政局", 9, dy=0)
d.text("单位：万元", 9, x=400, dy=14)
d.table(
    [60, 113, 200, 280, 360, 440],
    [
        (0, 0, 0, "项目名称", 2),
        (0, 1, 1, "功能科目编码", 2),
        (0, 2, 2, "合计", 2),
        (0, 3, 3, "一般公共预算", 2),
        (0, 4, 4, "政府性基金", 2),
    ],
    [[_wrap(r[0], 5), *r[1:]] if r[1] else r for r in TALL_ROWS],
    vrules="all",
    kinds="ttmmm",
)
d.save()

if WRITE:
    print("written")
