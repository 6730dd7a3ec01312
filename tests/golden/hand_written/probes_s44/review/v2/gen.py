"""Review v2 (session 44) probes: another year's, a change's or an adjusted budget's figures beside the report's
own, in the table families other than the 一般公共预算支出表 (收支总表, 收入/支出总表, 基本支出表, 三公, 政府性基金,
国有资本经营, 项目支出, 机关运行经费, 政府采购). Each probe is a small report (first line names the unit, year and
kind) of one table drawn on a grid with MiniCanvas, then `pdftotext -layout` and plain `pdftotext` of it.
Run: /work/w44/.venv/bin/python gen.py [name ...]

A probe: columns (kind 'L' label / 'N' figures, width), header cells (l0, l1, c0, c1, text: header lines
l0..l1 and columns c0..c1, inclusive; "\n" wraps the text), body rows (one string per column), and the figures
the report's own columns should load: {(row id, column_key, phase): "amount"} (row id: the subject code, else
the row label). Every figure not in that dict is another year's, a change's, an adjustment's (or a count).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "rules_s27e"))
from minipdf import MiniCanvas  # noqa: E402

A4L = (841.8898, 595.2756)
A3L = (1190.55, 841.89)

PROBES = {}
EXPECTED = {}


def probe(name, head, table_no, title, cols, header, rows, expected, **kw):
    PROBES[name] = (head, table_no, title, cols, header, rows, kw)
    EXPECTED[name] = expected


def draw(
    name,
    head,
    table_no,
    title,
    cols,
    header,
    rows,
    *,
    size=A4L,
    ruled=False,
    font=8,
    unit="单位：元",
    unit_name="某某县财政局",
):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=size, producer="probes_s44 review v2")
    width = size[0]
    c.setFont("F", font)
    y = size[1] - 40
    c.drawString(40, y, head)
    y -= 30
    c.drawString(40, y, table_no)
    c.drawCentredString(width / 2, y - 18, title)
    c.drawString(40, y - 36, f"编制单位：{unit_name}")
    c.drawString(width - 120, y - 36, unit)
    y -= 56
    xs = [40]
    for _k, w in cols:
        xs.append(xs[-1] + w)
    lh = font + 6
    nhl = max(h[1] for h in header) + 1
    top = y + lh - 2  # top edge of the header band
    band = lambda l: (top - l * lh, top - (l + 1) * lh)  # noqa: E731
    for l0, l1, c0, c1, text in header:
        lines = text.split("\n")
        ytop, ybot = band(l0)[0], band(l1)[1]
        mid = (ytop + ybot) / 2
        n = len(lines)
        for m, t in enumerate(lines):
            ty = mid + (n - 1) * lh / 2 - m * lh - font / 3
            c.drawCentredString((xs[c0] + xs[c1 + 1]) / 2, ty, t)
        if ruled:
            c.setLineWidth(0.5)
            c.line(xs[c0], ybot, xs[c1 + 1], ybot)
            c.line(xs[c0], ytop, xs[c1 + 1], ytop)
            c.line(xs[c0], ytop, xs[c0], ybot)
            c.line(xs[c1 + 1], ytop, xs[c1 + 1], ybot)
    body_top = band(nhl - 1)[1]
    y = body_top - lh + font / 3 + 1
    for row in rows:
        for k, (kind, _w) in enumerate(cols):
            t = row[k] if k < len(row) else ""
            if not t:
                continue
            if kind == "N":
                c.drawRightString(xs[k + 1] - 3, y, t)
            else:
                c.drawString(xs[k] + 3, y, t)
        y -= lh
    bottom = y + lh - font / 3 - 1 - 3
    if ruled:
        for x in xs:
            c.line(x, body_top, x, bottom)
        yy = body_top
        for _r in rows:
            c.line(xs[0], yy, xs[-1], yy)
            yy -= lh
        c.line(xs[0], bottom, xs[-1], bottom)
    c.drawString(width / 2 - 20, 30, "第 5 页")
    c.showPage()
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", path, path[:-4] + ".plain.txt"], check=True)


B24 = "某某县财政局2024年部门预算"
F24 = "某某县财政局2024年度部门决算"


def exp(rows, ids, cols_keys, phase):
    """expected figures: for each row (its id at ids[r]), column index -> column_key."""
    out = {}
    for r, row in enumerate(rows):
        for k, key in cols_keys.items():
            if k < len(row) and row[k]:
                out[(ids[r], key, phase)] = row[k].replace(",", "")
    return out


# ---------------------------------------------------------------- 收支总表 (two-sided summaries)
# 收入 items | own | other || 支出 items | own | other
INC = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、事业收入", "", "本年收入合计"]
EXP_ = ["一、一般公共服务支出", "二、卫生健康支出", "三、住房保障支出", "", "本年支出合计"]
INC_OWN = ["5,000,000.00", "1,000,000.00", "500,000.00", "", "6,500,000.00"]
INC_OTH = ["4,600,000.00", "900,000.00", "450,000.00", "", "5,950,000.00"]
EXP_OWN = ["3,000,000.00", "3,200,000.00", "300,000.00", "", "6,500,000.00"]
EXP_OTH = ["2,700,000.00", "2,950,000.00", "300,000.00", "", "5,950,000.00"]
INC_CHG = ["400,000.00", "100,000.00", "50,000.00", "", "550,000.00"]
EXP_CHG = ["300,000.00", "250,000.00", "0.00", "", "550,000.00"]


def two_sided(own_first=True, other=(INC_OTH, EXP_OTH)):
    rows = []
    for r in range(5):
        a = [INC_OWN[r], other[0][r]] if own_first else [other[0][r], INC_OWN[r]]
        b = [EXP_OWN[r], other[1][r]] if own_first else [other[1][r], EXP_OWN[r]]
        rows.append([INC[r], *a, EXP_[r], *b])
    return rows


def summary_exp(rows, inc_col, exp_col, phase="budget", inc_key="income", exp_key="expenditure"):
    out = {}
    for row in rows:
        if row[0] and row[inc_col]:
            out[(row[0], inc_key, phase)] = row[inc_col].replace(",", "")
        if row[3] and row[exp_col]:
            out[(row[3], exp_key, phase)] = row[exp_col].replace(",", "")
    return out


SUMCOLS = [("L", 170), ("N", 90), ("N", 90), ("L", 150), ("N", 90), ("N", 90)]
T_SUM = "部门收支总表"
T_FSUM = "财政拨款收支总表"


def sum_header(own, other, own_first=True):
    a, b = (own, other) if own_first else (other, own)
    return [
        (0, 0, 0, 2, "收    入"),
        (0, 0, 3, 5, "支    出"),
        (1, 1, 0, 0, "项    目"),
        (1, 1, 1, 1, a),
        (1, 1, 2, 2, b),
        (1, 1, 3, 3, "项    目"),
        (1, 1, 4, 4, a),
        (1, 1, 5, 5, b),
    ]


r = two_sided()
probe(
    "s01_sum_year_numbered",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("2024年预算数", "2023年预算数"),
    r,
    summary_exp(r, 1, 4),
)
probe(
    "s02_sum_prior_first",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("本年预算数", "上年预算数", False),
    r2 := two_sided(False),
    summary_exp(r2, 2, 5),
)
probe(
    "s03_sum_prior_final_beside_budget",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("预算数", "上年决算数"),
    r,
    summary_exp(r, 1, 4),
)
probe(
    "s04_sum_change",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("本年预算数", "比上年增减"),
    r3 := two_sided(other=(INC_CHG, EXP_CHG)),
    summary_exp(r3, 1, 4),
)
probe(
    "s05_sum_wrapped_prior_first",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("本年\n预算数", "上年\n预算数", False),
    r2,
    summary_exp(r2, 2, 5),
)
probe(
    "s06_sum_prior_year_no_shu",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("2024年预算", "2023年执行"),
    r,
    summary_exp(r, 1, 4),
)
probe(
    "s07_sum_ruled_prior_first",
    B24,
    "表1",
    T_SUM,
    SUMCOLS,
    sum_header("本年预算数", "上年预算数", False),
    r2,
    summary_exp(r2, 2, 5),
    ruled=True,
)

# 财政拨款收支总表 whose 支出 side prints groups: 本年预算数 | 上年预算数 over 合计 | 一般公共预算 | 政府性基金
FS_INC = ["一、一般公共预算拨款", "二、政府性基金预算拨款", "", "收入合计"]
FS_EXP = ["一、一般公共服务支出", "二、卫生健康支出", "三、城乡社区支出", "支出合计"]
FS_INC_OWN = ["5,000,000.00", "1,000,000.00", "", "6,000,000.00"]
FS_INC_OTH = ["4,600,000.00", "900,000.00", "", "5,500,000.00"]
FS_OWN = [
    ("3,000,000.00", "3,000,000.00", ""),
    ("2,000,000.00", "2,000,000.00", ""),
    ("1,000,000.00", "", "1,000,000.00"),
    ("6,000,000.00", "5,000,000.00", "1,000,000.00"),
]
FS_OTH = [
    ("2,800,000.00", "2,800,000.00", ""),
    ("1,800,000.00", "1,800,000.00", ""),
    ("900,000.00", "", "900,000.00"),
    ("5,500,000.00", "4,600,000.00", "900,000.00"),
]
FSCOLS = [
    ("L", 130),
    ("N", 70),
    ("N", 70),
    ("L", 120),
    ("N", 62),
    ("N", 62),
    ("N", 62),
    ("N", 62),
    ("N", 62),
    ("N", 62),
]


def fs_rows(own_first=True):
    rows = []
    for r in range(4):
        a = [FS_INC_OWN[r], FS_INC_OTH[r]] if own_first else [FS_INC_OTH[r], FS_INC_OWN[r]]
        b = [*FS_OWN[r], *FS_OTH[r]] if own_first else [*FS_OTH[r], *FS_OWN[r]]
        rows.append([FS_INC[r], *a, FS_EXP[r], *b])
    return rows


def fs_header(own, other, own_first=True, inc_own=None, inc_other=None):
    a, b = (own, other) if own_first else (other, own)
    ia, ib = (
        ((inc_own or own), (inc_other or other)) if own_first else ((inc_other or other), (inc_own or own))
    )
    return [
        (0, 0, 0, 2, "收    入"),
        (0, 0, 3, 9, "支    出"),
        (1, 2, 0, 0, "项    目"),
        (1, 2, 1, 1, ia),
        (1, 2, 2, 2, ib),
        (1, 2, 3, 3, "项    目"),
        (1, 1, 4, 6, a),
        (1, 1, 7, 9, b),
        (2, 2, 4, 4, "合计"),
        (2, 2, 5, 5, "一般公共预算"),
        (2, 2, 6, 6, "政府性基金预算"),
        (2, 2, 7, 7, "合计"),
        (2, 2, 8, 8, "一般公共预算"),
        (2, 2, 9, 9, "政府性基金预算"),
    ]


def fs_exp(rows, own_first=True, phase="budget"):
    out = {}
    i = 1 if own_first else 2
    e = 4 if own_first else 7
    for row in rows:
        if row[0] and row[i]:
            out[(row[0], "income", phase)] = row[i].replace(",", "")
        for k, key in zip(
            (e, e + 1, e + 2), ("expenditure", "expenditure_general_public", "expenditure_government_fund")
        ):
            if row[k]:
                out[(row[3], key, phase)] = row[k].replace(",", "")
    return out


rf = fs_rows()
probe(
    "s10_fsum_groups_prior",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("本年预算数", "上年预算数"),
    rf,
    fs_exp(rf),
    size=A3L,
)
rf2 = fs_rows(False)
probe(
    "s11_fsum_groups_prior_first",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("本年预算数", "上年预算数", False),
    rf2,
    fs_exp(rf2, False),
    size=A3L,
)
probe(
    "s12_fsum_groups_year_numbered",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("2024年预算数", "2023年预算数"),
    rf,
    fs_exp(rf),
    size=A3L,
)
probe(
    "s13_fsum_groups_prior_final",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("预算数", "上年决算数"),
    rf,
    fs_exp(rf),
    size=A3L,
)
probe(
    "s14_fsum_groups_year_only_prior",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("预算数", "2023年决算数"),
    rf,
    fs_exp(rf),
    size=A3L,
)
probe(
    "s15_fsum_groups_prior_ruled",
    B24,
    "表5",
    T_FSUM,
    FSCOLS,
    fs_header("本年预算数", "上年预算数", False),
    rf2,
    fs_exp(rf2, False),
    size=A3L,
    ruled=True,
)

# final account summary: 年初预算数 | 调整预算数 | 决算数 per side (budget_adjusted never loaded)
FA_COLS = [("L", 150), ("N", 72), ("N", 72), ("N", 72), ("L", 130), ("N", 72), ("N", 72), ("N", 72)]
INC_ADJ = ["5,200,000.00", "1,050,000.00", "520,000.00", "", "6,770,000.00"]
EXP_ADJ = ["3,100,000.00", "3,350,000.00", "320,000.00", "", "6,770,000.00"]
INC_ACT = ["5,100,000.00", "1,020,000.00", "510,000.00", "", "6,630,000.00"]
EXP_ACT = ["3,050,000.00", "3,280,000.00", "300,000.00", "", "6,630,000.00"]
rfa = [
    [INC[r], INC_OWN[r], INC_ADJ[r], INC_ACT[r], EXP_[r], EXP_OWN[r], EXP_ADJ[r], EXP_ACT[r]]
    for r in range(5)
]


def fa_header(a, b, c_):
    return [
        (0, 0, 0, 3, "收    入"),
        (0, 0, 4, 7, "支    出"),
        (1, 1, 0, 0, "项    目"),
        (1, 1, 1, 1, a),
        (1, 1, 2, 2, b),
        (1, 1, 3, 3, c_),
        (1, 1, 4, 4, "项    目"),
        (1, 1, 5, 5, a),
        (1, 1, 6, 6, b),
        (1, 1, 7, 7, c_),
    ]


def fa_exp(rows, budget_col, actual_col):
    out = {}
    for row in rows:
        for side, lab, key in ((0, row[0], "income"), (4, row[4], "expenditure")):
            if lab and row[side + budget_col]:
                out[(lab, key, "budget")] = row[side + budget_col].replace(",", "")
            if lab and row[side + actual_col]:
                out[(lab, key, "actual")] = row[side + actual_col].replace(",", "")
    return out


T_FA = "收入支出决算总表"
probe(
    "s20_final_sum_adjusted",
    F24,
    "表1",
    T_FA,
    FA_COLS,
    fa_header("年初预算数", "调整预算数", "决算数"),
    rfa,
    fa_exp(rfa, 1, 3),
)
probe(
    "s21_final_sum_prior_final",
    F24,
    "表1",
    T_FA,
    FA_COLS,
    fa_header("年初预算数", "决算数", "上年决算数"),
    rfa2 := [[x[0], x[1], x[3], x[2], x[4], x[5], x[7], x[6]] for x in rfa],
    fa_exp(rfa2, 1, 2),
)
probe(
    "s22_final_sum_prior_year_numbered",
    F24,
    "表1",
    T_FA,
    FA_COLS,
    fa_header("年初预算数", "2024年决算数", "2023年决算数"),
    rfa2,
    fa_exp(rfa2, 1, 2),
)
probe(
    "s23_final_sum_adjusted_wrapped",
    F24,
    "表1",
    T_FA,
    FA_COLS,
    fa_header("年初\n预算数", "调整\n预算数", "决算数"),
    rfa,
    fa_exp(rfa, 1, 3),
)

# ---------------------------------------------------------------- coded tables (收入总表, 支出总表, 基本支出, funds)
CODES = [
    ("", "合计"),
    ("210", "卫生健康支出"),
    ("21004", "公共卫生"),
    ("2100402", "卫生监督机构"),
    ("2100403", "妇幼保健机构"),
]
IDS = [c or "合计" for c, _n in CODES]
# income sources: 合计 | 一般公共预算 | 政府性基金 | 事业收入
SRC_OWN = [("3,000,000.00", "2,400,000.00", "400,000.00", "200,000.00")] * 3 + [
    ("1,500,000.00", "1,500,000.00", "", ""),
    ("1,500,000.00", "900,000.00", "400,000.00", "200,000.00"),
]
SRC_OTH = [("2,800,000.00", "2,300,000.00", "350,000.00", "150,000.00")] * 3 + [
    ("1,450,000.00", "1,450,000.00", "", ""),
    ("1,350,000.00", "850,000.00", "350,000.00", "150,000.00"),
]
SRC_CHG = [("200,000.00", "100,000.00", "50,000.00", "50,000.00")] * 3 + [
    ("50,000.00", "50,000.00", "", ""),
    ("150,000.00", "50,000.00", "50,000.00", "50,000.00"),
]
SRC_KEYS = ("total", "general_public", "government_fund", "business")
SRC_LEAVES = ("合计", "一般公共预算", "政府性基金", "事业收入")


def coded(blocks_figs, codes=CODES):
    return [[code, nm, *[f for fig in blocks_figs for f in fig[r]]] for r, (code, nm) in enumerate(codes)]


def grouped_header(groups, leaves, code_word="科目编码", name_word="科目名称", wrap_leaves=False):
    """groups: group label per block (None: a block of one column whose label spans both lines)."""
    h = [(0, 1, 0, 0, code_word), (0, 1, 1, 1, name_word)]
    col = 2
    for g, lv in zip(groups, leaves):
        if g is None:
            h.append((0, 1, col, col, lv[0]))
            col += 1
            continue
        h.append((0, 0, col, col + len(lv) - 1, g))
        for k, t in enumerate(lv):
            h.append((1, 1, col + k, col + k, t))
        col += len(lv)
    return h


def ccols(n, w=72):
    return [("L", 60), ("L", 100)] + [("N", w)] * n


def cexp(rows, start, keys, phase, ids=IDS):
    return exp(rows, ids, {start + k: key for k, key in enumerate(keys)}, phase)


T_INC = "部门收入总表"
ri = coded([SRC_OTH, SRC_OWN])
probe(
    "c01_income_groups_prior_first",
    B24,
    "表2",
    T_INC,
    ccols(8, 66),
    grouped_header(["上年预算数", "本年预算数"], [SRC_LEAVES] * 2),
    ri,
    cexp(ri, 6, SRC_KEYS, "budget"),
)
probe(
    "c02_income_groups_years",
    B24,
    "表2",
    T_INC,
    ccols(8, 66),
    grouped_header(["2023年预算数", "2024年预算数"], [SRC_LEAVES] * 2),
    ri,
    cexp(ri, 6, SRC_KEYS, "budget"),
)
ri3 = coded([SRC_OWN, SRC_CHG])
probe(
    "c03_income_groups_change",
    B24,
    "表2",
    T_INC,
    ccols(8, 66),
    grouped_header(["本年预算数", "比上年增减"], [SRC_LEAVES] * 2),
    ri3,
    cexp(ri3, 2, SRC_KEYS, "budget"),
)
ri4 = coded([[(o[0],) for o in SRC_OTH], SRC_OWN])
probe(
    "c04_income_prior_total_column_first",
    B24,
    "表2",
    T_INC,
    ccols(5, 76),
    grouped_header([None, "本年预算数"], [("上年预算数",), SRC_LEAVES]),
    ri4,
    cexp(ri4, 3, SRC_KEYS, "budget"),
)
probe(
    "c05_income_groups_years_ruled",
    B24,
    "表2",
    T_INC,
    ccols(8, 66),
    grouped_header(["2023年预算数", "2024年预算数"], [SRC_LEAVES] * 2),
    ri,
    cexp(ri, 6, SRC_KEYS, "budget"),
    ruled=True,
)
# income: a 上年结转 group named by its year (the report's own carry-over, not another year's figures)
CARRY_OWN = [("3,300,000.00", "200,000.00", "100,000.00", "2,400,000.00", "400,000.00", "200,000.00")] * 3 + [
    ("1,600,000.00", "100,000.00", "", "1,500,000.00", "", ""),
    ("1,700,000.00", "100,000.00", "100,000.00", "900,000.00", "400,000.00", "200,000.00"),
]
rc = coded([CARRY_OWN])
probe(
    "c06_income_carryover_group_by_year",
    B24,
    "表2",
    T_INC,
    ccols(6, 80),
    [
        (0, 1, 0, 0, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 1, 2, 2, "合计"),
        (0, 0, 3, 4, "2023年结转结余"),
        (1, 1, 3, 3, "一般公共预算"),
        (1, 1, 4, 4, "政府性基金"),
        (0, 0, 5, 7, "2024年本年收入"),
        (1, 1, 5, 5, "一般公共预算"),
        (1, 1, 6, 6, "政府性基金"),
        (1, 1, 7, 7, "事业收入"),
    ],
    rc,
    None,
)

T_EXPT = "部门支出总表"
# expenditure: 合计 | 基本支出 | 项目支出 with other-year data
E_OWN = [("2,700,000.00", "2,100,000.00", "600,000.00")] * 3 + [
    ("1,400,000.00", "1,400,000.00", ""),
    ("1,300,000.00", "700,000.00", "600,000.00"),
]
E_OTH = [("2,500,000.00", "2,000,000.00", "500,000.00")] * 3 + [
    ("1,300,000.00", "1,300,000.00", ""),
    ("1,200,000.00", "700,000.00", "500,000.00"),
]
E_CHG = [("200,000.00", "100,000.00", "100,000.00")] * 3 + [
    ("100,000.00", "100,000.00", ""),
    ("100,000.00", "0.00", "100,000.00"),
]
E_RATE = [("8.00", "5.00", "20.00")] * 3 + [("7.69", "7.69", ""), ("8.33", "0.00", "20.00")]
K3 = ("total", "basic", "project")
re1 = coded([[(o[0],) for o in E_OTH], E_OWN, [(c[0],) for c in E_CHG], [(x[0],) for x in E_RATE]])
probe(
    "c10_exp_prior_col_first_change_cols",
    B24,
    "表3",
    T_EXPT,
    ccols(6, 76),
    grouped_header(
        [None, None, None, None, None, None],
        [("上年预算数",), ("合计",), ("基本支出",), ("项目支出",), ("增减额",), ("增减率",)],
    ),
    re1,
    cexp(re1, 3, K3, "budget"),
)
re2 = coded([E_OWN, [(c[0],) for c in E_CHG], [(x[0],) for x in E_RATE]])
probe(
    "c11_exp_change_group_over_leaves",
    B24,
    "表3",
    T_EXPT,
    ccols(5, 80),
    grouped_header(["本年预算数", "比上年增减"], [("合计", "基本支出", "项目支出"), ("增减额", "增减率")])[
        :-0
    ]
    if False
    else [
        (0, 1, 0, 0, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 0, 2, 4, "本年预算数"),
        (1, 1, 2, 2, "合计"),
        (1, 1, 3, 3, "基本支出"),
        (1, 1, 4, 4, "项目支出"),
        (0, 0, 5, 6, "比上年增减"),
        (1, 1, 5, 5, "金额"),
        (1, 1, 6, 6, "幅度(%)"),
    ],
    re2,
    cexp(re2, 2, K3, "budget"),
)
re3 = coded([E_OWN, E_OTH])
probe(
    "c12_exp_group_year_compare",
    B24,
    "表3",
    T_EXPT,
    ccols(6, 76),
    grouped_header(["2024年预算数", "2024年比2023年增减"], [("合计", "基本支出", "项目支出")] * 2),
    coded([E_OWN, E_CHG]),
    cexp(re3, 2, K3, "budget"),
)
probe(
    "c13_exp_group_prior_yuji",
    B24,
    "表3",
    T_EXPT,
    ccols(6, 76),
    grouped_header(["2023年预计执行数", "2024年预算数"], [("合计", "基本支出", "项目支出")] * 2),
    re4 := coded([E_OTH, E_OWN]),
    cexp(re4, 5, K3, "budget"),
)
probe(
    "c14_exp_wrapped_group_year",
    B24,
    "表3",
    T_EXPT,
    ccols(6, 76),
    [
        (0, 2, 0, 0, "科目编码"),
        (0, 2, 1, 1, "科目名称"),
        (0, 0, 2, 4, "2023年"),
        (1, 1, 2, 4, "预算数"),
        (0, 0, 5, 7, "2024年"),
        (1, 1, 5, 7, "预算数"),
        *[(2, 2, 2 + k, 2 + k, t) for k, t in enumerate(("合计", "基本支出", "项目支出") * 2)],
    ],
    re4,
    cexp(re4, 5, K3, "budget"),
)
# leaves, no groups, naming another year only by number beside an own column without a year
re5 = coded([[(o[0],) for o in E_OTH], E_OWN])
probe(
    "c15_exp_leaf_year_prior_final",
    B24,
    "表3",
    T_EXPT,
    ccols(4, 80),
    grouped_header([None] * 4, [("2023年决算数",), ("合计",), ("基本支出",), ("项目支出",)]),
    re5,
    cexp(re5, 3, K3, "budget"),
)

# ---------------------------------------------------------------- 基本支出 by economic code
ECODES = [
    ("", "合计"),
    ("301", "工资福利支出"),
    ("30101", "基本工资"),
    ("302", "商品和服务支出"),
    ("30201", "办公费"),
]
EIDS = [c or "合计" for c, _n in ECODES]
EC_OWN = [
    ("2,100,000.00", "1,800,000.00", "300,000.00"),
    ("1,800,000.00", "1,800,000.00", ""),
    ("1,800,000.00", "1,800,000.00", ""),
    ("300,000.00", "", "300,000.00"),
    ("300,000.00", "", "300,000.00"),
]
EC_OTH = [
    ("2,000,000.00", "1,720,000.00", "280,000.00"),
    ("1,720,000.00", "1,720,000.00", ""),
    ("1,720,000.00", "1,720,000.00", ""),
    ("280,000.00", "", "280,000.00"),
    ("280,000.00", "", "280,000.00"),
]
EC_ADJ = [
    ("2,150,000.00", "1,830,000.00", "320,000.00"),
    ("1,830,000.00", "1,830,000.00", ""),
    ("1,830,000.00", "1,830,000.00", ""),
    ("320,000.00", "", "320,000.00"),
    ("320,000.00", "", "320,000.00"),
]
EK = ("total", "personnel", "public_funds")
EL = ("合计", "人员经费", "公用经费")
T_BAS_F = "一般公共预算财政拨款基本支出决算表"
rb1 = coded([EC_OWN, EC_OTH], ECODES)
probe(
    "e01_basic_final_prior_group",
    F24,
    "表6",
    T_BAS_F,
    ccols(6, 76),
    grouped_header(["决算数", "上年决算数"], [EL] * 2, code_word="经济分类科目编码"),
    rb1,
    cexp(rb1, 2, EK, "actual", EIDS),
)
rb2 = coded([EC_OTH, EC_ADJ, EC_OWN], ECODES)
probe(
    "e02_basic_final_nianchu_adj_final",
    F24,
    "表6",
    T_BAS_F,
    ccols(9, 66),
    grouped_header(["年初预算数", "调整预算数", "决算数"], [EL] * 3, code_word="经济分类科目编码"),
    rb2,
    {**cexp(rb2, 2, EK, "budget", EIDS), **cexp(rb2, 8, EK, "actual", EIDS)},
)
rb3 = coded([EC_OTH, EC_OWN], ECODES)
probe(
    "e03_basic_budget_year_groups_prior_first",
    B24,
    "表6",
    "一般公共预算基本支出表",
    ccols(6, 76),
    grouped_header(["2023年预算数", "2024年预算数"], [EL] * 2, code_word="经济分类科目编码"),
    rb3,
    cexp(rb3, 5, EK, "budget", EIDS),
)
probe(
    "e04_basic_budget_year_groups_prior_first_ruled",
    B24,
    "表6",
    "一般公共预算基本支出表",
    ccols(6, 76),
    grouped_header(["上年预算数", "本年预算数"], [EL] * 2, code_word="经济分类科目编码"),
    rb3,
    cexp(rb3, 5, EK, "budget", EIDS),
    ruled=True,
)
rb5 = coded([EC_OWN, [(o[0],) for o in EC_OTH]], ECODES)
probe(
    "e05_basic_budget_leaf_year_prior_last",
    B24,
    "表6",
    "一般公共预算基本支出表",
    ccols(4, 80),
    grouped_header(
        [None] * 4, [("合计",), ("人员经费",), ("公用经费",), ("2023年预算数",)], code_word="经济分类科目编码"
    ),
    rb5,
    cexp(rb5, 2, EK, "budget", EIDS),
)

# ---------------------------------------------------------------- funds
T_GF = "政府性基金预算支出表"
GCODES = [
    ("", "合计"),
    ("212", "城乡社区支出"),
    ("21208", "国有土地使用权出让收入安排的支出"),
    ("2120801", "征地和拆迁补偿支出"),
    ("2120899", "其他国有土地使用权出让收入安排的支出"),
]
GIDS = [c or "合计" for c, _n in GCODES]
rg1 = coded([E_OTH, E_OWN], GCODES)
probe(
    "g01_govfund_final_groups_prior_first",
    F24,
    "表8",
    "政府性基金预算财政拨款支出决算表",
    ccols(6, 70),
    grouped_header(["上年决算数", "本年决算数"], [("小计", "基本支出", "项目支出")] * 2),
    rg1,
    cexp(rg1, 5, K3, "actual", GIDS),
)
rg2 = coded([[(o[0],) for o in E_OTH], [(o[0],) for o in E_OWN], [(c[0],) for c in E_CHG]], GCODES)
probe(
    "g02_govfund_leaves_prior_own_change",
    B24,
    "表8",
    T_GF,
    ccols(3, 90),
    grouped_header([None] * 3, [("上年预算数",), ("本年预算数",), ("增减额",)]),
    rg2,
    cexp(rg2, 3, ("total",), "budget", GIDS),
)
probe(
    "g03_govfund_leaves_years",
    B24,
    "表8",
    T_GF,
    ccols(3, 90),
    grouped_header([None] * 3, [("2023年预算数",), ("2024年预算数",), ("增减额",)]),
    rg2,
    cexp(rg2, 3, ("total",), "budget", GIDS),
)
SCODES = [
    ("", "合计"),
    ("223", "国有资本经营预算支出"),
    ("22301", "解决历史遗留问题及改革成本支出"),
    ("2230105", "国有企业退休人员社会化管理补助支出"),
]
SIDS = [c or "合计" for c, _n in SCODES]
rs1 = coded([[(o[0],) for o in E_OTH[:4]], [(o[0],) for o in E_OWN[:4]]], SCODES)
probe(
    "g04_statecap_leaves_yuji_and_budget",
    B24,
    "表9",
    "国有资本经营预算支出表",
    ccols(2, 100),
    grouped_header([None] * 2, [("2023年预计执行数",), ("2024年预算数",)]),
    rs1,
    cexp(rs1, 3, ("total",), "budget", SIDS),
)
probe(
    "g05_statecap_group_prior_execution",
    B24,
    "表9",
    "国有资本经营预算支出表",
    ccols(6, 76),
    grouped_header(["上年执行数", "本年预算数"], [("合计", "基本支出", "项目支出")] * 2),
    rs2 := coded([E_OTH[:4], E_OWN[:4]], SCODES),
    cexp(rs2, 5, K3, "budget", SIDS),
)

# ---------------------------------------------------------------- 项目支出表 (labelled rows)
PROJ = [("", "合计"), ("2100402", "卫生监督执法专项"), ("2100403", "妇幼保健服务项目")]
PIDS = ["合计", "卫生监督执法专项", "妇幼保健服务项目"]
P_OWN = [("600,000.00", "600,000.00", ""), ("350,000.00", "350,000.00", ""), ("250,000.00", "250,000.00", "")]
P_OTH = [("500,000.00",), ("300,000.00",), ("200,000.00",)]
rp = [[c, n, P_OTH[r][0], P_OWN[r][0], P_OWN[r][1]] for r, (c, n) in enumerate(PROJ)]
probe(
    "j01_project_prior_budget_first",
    B24,
    "表10",
    "项目支出表",
    [("L", 60), ("L", 150), ("N", 90), ("N", 90), ("N", 90)],
    [
        (0, 1, 0, 0, "科目编码"),
        (0, 1, 1, 1, "项目名称"),
        (0, 1, 2, 2, "上年预算数"),
        (0, 0, 3, 4, "本年预算数"),
        (1, 1, 3, 3, "合计"),
        (1, 1, 4, 4, "一般公共预算"),
    ],
    rp,
    None,
)

# ---------------------------------------------------------------- 三公
T_SG = "一般公共预算“三公”经费支出表"
SGCOLS = [("L", 70)] + [("N", 80)] * 6
SG_HDR = [
    (0, 2, 0, 0, "项目"),
    (0, 2, 1, 1, "合计"),
    (0, 2, 2, 2, "因公出国（境）费"),
    (0, 0, 3, 5, "公务用车购置及运行费"),
    (1, 2, 3, 3, "小计"),
    (1, 2, 4, 4, "公务用车购置费"),
    (1, 2, 5, 5, "公务用车运行费"),
    (0, 2, 6, 6, "公务接待费"),
]
rsg = [
    ["上年预算数", "300,000.00", "50,000.00", "200,000.00", "80,000.00", "120,000.00", "50,000.00"],
    ["本年预算数", "280,000.00", "40,000.00", "200,000.00", "90,000.00", "110,000.00", "40,000.00"],
    ["增减额", "-20,000.00", "-10,000.00", "0.00", "10,000.00", "-10,000.00", "-10,000.00"],
]
probe("t01_sangong_items_cols_prior_row", B24, "表7", T_SG, SGCOLS, SG_HDR, rsg, None)
SGR = [
    ("合计", "280,000.00", "300,000.00", "-20,000.00"),
    ("1.因公出国（境）费", "40,000.00", "50,000.00", "-10,000.00"),
    ("2.公务用车购置及运行费", "200,000.00", "200,000.00", "0.00"),
    ("其中：公务用车购置费", "90,000.00", "80,000.00", "10,000.00"),
    ("公务用车运行费", "110,000.00", "120,000.00", "-10,000.00"),
    ("3.公务接待费", "40,000.00", "50,000.00", "-10,000.00"),
]
probe(
    "t02_sangong_items_rows_prior_first",
    B24,
    "表7",
    T_SG,
    [("L", 150), ("N", 90), ("N", 90), ("N", 90)],
    [(0, 0, 0, 0, "项目"), (0, 0, 1, 1, "上年预算数"), (0, 0, 2, 2, "本年预算数"), (0, 0, 3, 3, "增减额")],
    [[x[0], x[2], x[1], x[3]] for x in SGR],
    None,
)
probe(
    "t03_sangong_items_rows_years",
    B24,
    "表7",
    T_SG,
    [("L", 150), ("N", 90), ("N", 90), ("N", 90)],
    [(0, 0, 0, 0, "项目"), (0, 0, 1, 1, "2023年预算数"), (0, 0, 2, 2, "2024年预算数"), (0, 0, 3, 3, "增减")],
    [[x[0], x[2], x[1], x[3]] for x in SGR],
    None,
)
probe(
    "t04_sangong_final_rows_prior_final",
    F24,
    "表7",
    "“三公”经费支出决算表",
    [("L", 150), ("N", 90), ("N", 90), ("N", 90)],
    [(0, 0, 0, 0, "项目"), (0, 0, 1, 1, "年初预算数"), (0, 0, 2, 2, "决算数"), (0, 0, 3, 3, "上年决算数")],
    [
        [x[0], x[1], x[2], y]
        for x, y in zip(
            SGR, ("260,000.00", "35,000.00", "190,000.00", "85,000.00", "105,000.00", "35,000.00")
        )
    ],
    None,
)
SGY = [(0, 2, 0, 0, "项目")]
for b, g in enumerate(("2023年预算数", "2024年预算数")):
    o = 1 + b * 5
    SGY += [
        (0, 0, o, o + 4, g),
        (1, 2, o, o, "合计"),
        (1, 2, o + 1, o + 1, "因公出国（境）费"),
        (1, 1, o + 2, o + 3, "公务用车购置及运行费"),
        (2, 2, o + 2, o + 2, "购置费"),
        (2, 2, o + 3, o + 3, "运行费"),
        (1, 2, o + 4, o + 4, "公务接待费"),
    ]
probe(
    "t05_sangong_items_cols_year_blocks",
    B24,
    "表7",
    T_SG,
    [("L", 50)] + [("N", 72)] * 10,
    SGY,
    [
        [
            "金额",
            "300,000.00",
            "50,000.00",
            "80,000.00",
            "120,000.00",
            "50,000.00",
            "280,000.00",
            "40,000.00",
            "90,000.00",
            "110,000.00",
            "40,000.00",
        ]
    ],
    None,
    size=A3L,
)

# ---------------------------------------------------------------- 机关运行经费, 政府采购
probe(
    "o01_operating_costs_prior_first",
    B24,
    "表11",
    "机关运行经费预算表",
    [("L", 60), ("L", 120), ("N", 90), ("N", 90), ("N", 90)],
    [
        (0, 0, 0, 0, "科目编码"),
        (0, 0, 1, 1, "科目名称"),
        (0, 0, 2, 2, "上年预算数"),
        (0, 0, 3, 3, "本年预算数"),
        (0, 0, 4, 4, "增减额"),
    ],
    [
        ["", "合计", "320,000.00", "300,000.00", "-20,000.00"],
        ["302", "商品和服务支出", "320,000.00", "300,000.00", "-20,000.00"],
        ["30201", "办公费", "120,000.00", "100,000.00", "-20,000.00"],
        ["30211", "差旅费", "200,000.00", "200,000.00", "0.00"],
    ],
    None,
)
probe(
    "o02_procurement_prior_first",
    B24,
    "表12",
    "政府采购预算表",
    [("L", 150), ("L", 100), ("N", 90), ("N", 90)],
    [
        (0, 0, 0, 0, "项目名称"),
        (0, 0, 1, 1, "采购品目"),
        (0, 0, 2, 2, "上年预算数"),
        (0, 0, 3, 3, "本年预算数"),
    ],
    [
        ["合计", "", "450,000.00", "500,000.00"],
        ["办公设备购置", "台式计算机", "150,000.00", "200,000.00"],
        ["物业管理服务", "物业管理服务", "300,000.00", "300,000.00"],
    ],
    None,
)


if __name__ == "__main__":
    only = sys.argv[1:]
    for name, (head, tno, title, cols, header, rows, kw) in PROBES.items():
        if not only or name in only:
            draw(name, head, tno, title, cols, header, rows, **kw)
