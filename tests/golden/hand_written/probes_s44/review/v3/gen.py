"""Review v3 (session 44) probes: layouts where the session's rules (tables.py column_key_of_cells group rule,
_groups_over_blocks like_only, __init__.py _one_figure_per_cell neither-kept, columns.py set_comparison_apart
plain block) could LOSE or MISREAD the report's own figures. Drawn with MiniCanvas (grid, from ../v2/gen.py),
then `pdftotext -layout` and plain `pdftotext`. Run: /work/w44/.venv/bin/python gen.py [name ...]

A probe: pages, each (cols, header, rows, with_title); cols (kind 'L'/'N', width); header cells (l0, l1, c0,
c1, text); rows (one string per column). EXPECTED[name]: {(row id, column_key, phase): "amount"} typed from
what is drawn (row id: subject code, else the row label), or None (only listed, judged by hand).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "rules_s27e"))
from minipdf import MiniCanvas  # noqa: E402

A4L = (841.8898, 595.2756)
A3L = (1190.55, 841.89)
B24 = "某某县财政局2024年部门预算"
F24 = "某某县财政局2024年度部门决算"

PROBES = {}
EXPECTED = {}


def probe(name, head, table_no, title, pages, expected, **kw):
    PROBES[name] = (head, table_no, title, pages, kw)
    EXPECTED[name] = expected


def draw(name, head, table_no, title, pages, *, size=A4L, ruled=False, font=8, unit="单位：元"):
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=size, producer="probes_s44 review v3")
    width = size[0]
    for pno, (cols, header, rows, with_title) in enumerate(pages):
        c.setFont("F", font)
        y = size[1] - 40
        if pno == 0:
            c.drawString(40, y, head)
            y -= 30
        if with_title:
            c.drawString(40, y, table_no)
            c.drawCentredString(width / 2, y - 18, title if with_title is True else with_title)
            c.drawString(40, y - 36, "编制单位：某某县财政局")
            c.drawString(width - 120, y - 36, unit)
            y -= 56
        xs = [40]
        for _k, w in cols:
            xs.append(xs[-1] + w)
        lh = font + 6
        top = y + lh - 2
        band = lambda l, top=top, lh=lh: (top - l * lh, top - (l + 1) * lh)  # noqa: E731
        nhl = (max(h[1] for h in header) + 1) if header else 0
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
        body_top = band(nhl - 1)[1] if header else top
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
        c.drawString(width / 2 - 20, 30, f"第 {5 + pno} 页")
        c.showPage()
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", path, path[:-4] + ".plain.txt"], check=True)


def exp(rows, cols_keys, phase, id_col=0, label_col=1):
    """figures expected: column index -> column_key, row id = its code (else its label)."""
    out = {}
    for row in rows:
        rid = row[id_col] or row[label_col]
        for k, key in cols_keys.items():
            if k < len(row) and row[k]:
                out[(rid, key, phase)] = row[k].replace(",", "")
    return out


# ------------------------------------------------------------------ functional rows (一般公共预算支出表)
# code, name, own 合计 | 基本 | 项目, prior 合计, change
FN = [
    ("", "合计", "2,700,000.00", "2,100,000.00", "600,000.00", "2,500,000.00", "200,000.00"),
    ("210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00", "2,500,000.00", "200,000.00"),
    ("21004", "公共卫生", "2,700,000.00", "2,100,000.00", "600,000.00", "2,500,000.00", "200,000.00"),
    ("2100402", "卫生监督机构", "1,400,000.00", "1,400,000.00", "", "1,300,000.00", "100,000.00"),
    ("2100403", "妇幼保健机构", "1,300,000.00", "700,000.00", "600,000.00", "1,200,000.00", "100,000.00"),
]
T_GB = "一般公共预算支出表"
FN_COLS = [("L", 70), ("L", 130), ("N", 90), ("N", 90), ("N", 90), ("N", 90), ("N", 90)]


def fn_header(prior="上年预算数", own="本年预算数", change="增减额", prior_first=True):
    h = [(0, 1, 0, 0, "科目编码"), (0, 1, 1, 1, "科目名称")]
    if prior_first:
        h += [(0, 1, 2, 2, prior), (0, 0, 3, 5, own)]
        h += [(1, 1, 3, 3, "合计"), (1, 1, 4, 4, "基本支出"), (1, 1, 5, 5, "项目支出")]
    else:
        h += [(0, 0, 2, 4, own), (0, 1, 5, 5, prior)]
        h += [(1, 1, 2, 2, "合计"), (1, 1, 3, 3, "基本支出"), (1, 1, 4, 4, "项目支出")]
    h += [(0, 1, 6, 6, change)]
    return h


def fn_rows(rows, prior_first=True):
    out = []
    for code, name, t, b, p, pr, ch in rows:
        out.append([code, name, pr, t, b, p, ch] if prior_first else [code, name, t, b, p, pr, ch])
    return out


def fn_exp(rows, prior_first=True, phase="budget"):
    keys = {3: "total", 4: "basic", 5: "project"} if prior_first else {2: "total", 3: "basic", 4: "project"}
    return exp(rows, keys, phase)


# R3-1: the table printed over two pages, the header again on the second, the 合计 row printed again at
# the foot of the last page (same figures); the row 21004 printed again at the top of page 2 (same figures)
r = fn_rows(FN)
probe(
    "d01_gb_two_pages_total_again",
    B24,
    "表3",
    T_GB,
    [(FN_COLS, fn_header(), r[:4], True), (FN_COLS, fn_header(), [r[2], r[4], r[0]], False)],
    fn_exp(r),
)
# R3-2: the same, the 合计 at the foot of page 1 a page subtotal ("合计" of the page's rows: 4,100,000 —
# no: the page's class row already) -- a page-foot 合计 printing the same figures but the 增减 differently
# rounded (a real typo-like case): 合计's 增减 200,000.00 on top, 200,000.00 again: no clash expected.
# R3-3: a wide table printed in two parts: page 1 its own columns, page 2 the comparison columns with the
# codes again (own first, comparison after: the first figure of each cell the report's own).
P1_COLS = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100)]
P2_COLS = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100)]
p1h = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 0, 2, 4, "本年预算数"),
    (1, 1, 2, 2, "合计"),
    (1, 1, 3, 3, "基本支出"),
    (1, 1, 4, 4, "项目支出"),
]
p2h = [
    (0, 0, 0, 0, "科目编码"),
    (0, 0, 1, 1, "科目名称"),
    (0, 0, 2, 2, "上年预算数"),
    (0, 0, 3, 3, "增减额"),
    (0, 0, 4, 4, "增减率（%）"),
]
RATE = ["8.00", "8.00", "8.00", "7.69", "8.33"]
own_rows = [[c, n, t, b, p] for c, n, t, b, p, _pr, _ch in FN]
cmp_rows = [[c, n, pr, ch, RATE[i]] for i, (c, n, _t, _b, _p, pr, ch) in enumerate(FN)]
probe(
    "d02_gb_two_parts_own_then_comparison",
    B24,
    "表3",
    T_GB,
    [(P1_COLS, p1h, own_rows, True), (P2_COLS, p2h, cmp_rows, "一般公共预算支出表（续）")],
    exp(own_rows, {2: "total", 3: "basic", 4: "project"}, "budget"),
)
# R3-4: two parts, the comparison part's header on one line "上年预算数 | 合计 | 增减额" (its own 合计 column
# printed again for reference): a figure for 合计 twice, the same.
p2h_b = [
    (0, 0, 0, 0, "科目编码"),
    (0, 0, 1, 1, "科目名称"),
    (0, 0, 2, 2, "上年预算数"),
    (0, 0, 3, 3, "本年预算数"),
    (0, 0, 4, 4, "增减额"),
]
cmp_rows_b = [[c, n, pr, t, ch] for (c, n, t, _b, _p, pr, ch) in FN]
probe(
    "d03_gb_two_parts_total_again",
    B24,
    "表3",
    T_GB,
    [(P1_COLS, p1h, own_rows, True), (P2_COLS, p2h_b, cmp_rows_b, "一般公共预算支出表（续）")],
    exp(own_rows, {2: "total", 3: "basic", 4: "project"}, "budget"),
)

# ------------------------------------------------------------------ two-sided summaries
# 部门收支总表 whose two sides print the same labels (合计 / 总计 / 上年结转 : 结转下年), 本年 | 上年 columns
SUM_COLS = [("L", 150), ("N", 90), ("N", 90), ("L", 150), ("N", 90), ("N", 90)]
sh = [
    (0, 0, 0, 2, "收    入"),
    (0, 0, 3, 5, "支    出"),
    (1, 1, 0, 0, "项    目"),
    (1, 1, 1, 1, "本年预算数"),
    (1, 1, 2, 2, "上年预算数"),
    (1, 1, 3, 3, "项    目"),
    (1, 1, 4, 4, "本年预算数"),
    (1, 1, 5, 5, "上年预算数"),
]
srows = [
    [
        "一、一般公共预算拨款收入",
        "5,000,000.00",
        "4,600,000.00",
        "一、一般公共服务支出",
        "3,000,000.00",
        "2,700,000.00",
    ],
    [
        "二、政府性基金预算拨款收入",
        "1,000,000.00",
        "900,000.00",
        "二、卫生健康支出",
        "3,500,000.00",
        "3,100,000.00",
    ],
    ["三、事业收入", "500,000.00", "450,000.00", "三、住房保障支出", "300,000.00", "300,000.00"],
    ["合计", "6,500,000.00", "5,950,000.00", "合计", "6,800,000.00", "6,100,000.00"],
    ["上年结转", "300,000.00", "150,000.00", "结转下年", "", ""],
    ["总计", "6,800,000.00", "6,100,000.00", "总计", "6,800,000.00", "6,100,000.00"],
]
probe("s01_sum_same_labels_both_sides", B24, "表1", "部门收支总表", [(SUM_COLS, sh, srows, True)], None)
# the same, own columns after the 上年 ones
sh2 = [
    (a, b, c_, d, {"本年预算数": "上年预算数", "上年预算数": "本年预算数"}.get(t, t)) for a, b, c_, d, t in sh
]
srows2 = [[r_[0], r_[2], r_[1], r_[3], r_[5], r_[4]] for r_ in srows]
probe("s02_sum_same_labels_prior_first", B24, "表1", "部门收支总表", [(SUM_COLS, sh2, srows2, True)], None)

# 财政拨款收支总表: 收入 side one column (预算数), 支出 side groups of FUNDS over like leaves 小计|基本支出|项目支出
FS_COLS = [
    ("L", 120),
    ("N", 70),
    ("L", 110),
    ("N", 66),
    ("N", 66),
    ("N", 66),
    ("N", 66),
    ("N", 66),
    ("N", 66),
    ("N", 66),
]
fh = [
    (0, 0, 0, 1, "收    入"),
    (0, 0, 2, 9, "支    出"),
    (1, 2, 0, 0, "项    目"),
    (1, 2, 1, 1, "预算数"),
    (1, 2, 2, 2, "项    目"),
    (1, 2, 3, 3, "合计"),
    (1, 1, 4, 6, "一般公共预算"),
    (1, 1, 7, 9, "政府性基金预算"),
    (2, 2, 4, 4, "小计"),
    (2, 2, 5, 5, "基本支出"),
    (2, 2, 6, 6, "项目支出"),
    (2, 2, 7, 7, "小计"),
    (2, 2, 8, 8, "基本支出"),
    (2, 2, 9, 9, "项目支出"),
]
frows = [
    [
        "一、一般公共预算拨款",
        "5,000,000.00",
        "一、一般公共服务支出",
        "3,000,000.00",
        "3,000,000.00",
        "2,400,000.00",
        "600,000.00",
        "",
        "",
        "",
    ],
    [
        "二、政府性基金预算拨款",
        "1,000,000.00",
        "二、卫生健康支出",
        "2,000,000.00",
        "2,000,000.00",
        "1,500,000.00",
        "500,000.00",
        "",
        "",
        "",
    ],
    ["", "", "三、城乡社区支出", "1,000,000.00", "", "", "", "1,000,000.00", "", "1,000,000.00"],
    [
        "收入合计",
        "6,000,000.00",
        "支出合计",
        "6,000,000.00",
        "5,000,000.00",
        "3,900,000.00",
        "1,100,000.00",
        "1,000,000.00",
        "",
        "1,000,000.00",
    ],
]
probe(
    "f01_fsum_fund_groups_after_income_col",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS, fh, frows, True)],
    None,
    size=A3L,
)
# the same, the 收入 side printing 本年预算数 | 上年预算数 (a comparison named: rule 3 applies to the table)
FS_COLS2 = [("L", 120), ("N", 70), ("N", 70), ("L", 110), *[("N", 66)] * 7]
fh2 = [
    (0, 0, 0, 2, "收    入"),
    (0, 0, 3, 10, "支    出"),
    (1, 2, 0, 0, "项    目"),
    (1, 2, 1, 1, "本年预算数"),
    (1, 2, 2, 2, "上年预算数"),
    (1, 2, 3, 3, "项    目"),
    (1, 2, 4, 4, "合计"),
    (1, 1, 5, 7, "一般公共预算"),
    (1, 1, 8, 10, "政府性基金预算"),
    (2, 2, 5, 5, "小计"),
    (2, 2, 6, 6, "基本支出"),
    (2, 2, 7, 7, "项目支出"),
    (2, 2, 8, 8, "小计"),
    (2, 2, 9, 9, "基本支出"),
    (2, 2, 10, 10, "项目支出"),
]
INC_PRIOR = ["4,600,000.00", "900,000.00", "", "5,500,000.00"]
frows2 = [[r_[0], r_[1], INC_PRIOR[i], *r_[2:]] for i, r_ in enumerate(frows)]
probe(
    "f02_fsum_fund_groups_income_prior_col",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS2, fh2, frows2, True)],
    None,
    size=A3L,
)
probe(
    "f03_fsum_fund_groups_income_prior_col_ruled",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS2, fh2, frows2, True)],
    None,
    size=A3L,
    ruled=True,
)
# three funds, no 合计 column on the 支出 side
FS_COLS3 = [("L", 120), ("N", 70), ("L", 110), *[("N", 62)] * 9]
fh3 = [
    (0, 0, 0, 1, "收    入"),
    (0, 0, 2, 11, "支    出"),
    (1, 2, 0, 0, "项    目"),
    (1, 2, 1, 1, "预算数"),
    (1, 2, 2, 2, "项    目"),
    (1, 1, 3, 5, "一般公共预算"),
    (1, 1, 6, 8, "政府性基金预算"),
    (1, 1, 9, 11, "国有资本经营预算"),
    *[
        (2, 2, 3 + 3 * g + k, 3 + 3 * g + k, n)
        for g in range(3)
        for k, n in enumerate(("小计", "基本支出", "项目支出"))
    ],
]
frows3 = [
    [
        "一、一般公共预算拨款",
        "5,000,000.00",
        "一、一般公共服务支出",
        "3,000,000.00",
        "2,400,000.00",
        "600,000.00",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "二、政府性基金预算拨款",
        "1,000,000.00",
        "二、卫生健康支出",
        "2,000,000.00",
        "1,500,000.00",
        "500,000.00",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "三、国有资本经营预算拨款",
        "200,000.00",
        "三、城乡社区支出",
        "",
        "",
        "",
        "1,000,000.00",
        "",
        "1,000,000.00",
        "",
        "",
        "",
    ],
    ["", "", "四、资源勘探工业信息等支出", "", "", "", "", "", "", "200,000.00", "", "200,000.00"],
    [
        "收入合计",
        "6,200,000.00",
        "支出合计",
        "5,000,000.00",
        "3,900,000.00",
        "1,100,000.00",
        "1,000,000.00",
        "",
        "1,000,000.00",
        "200,000.00",
        "",
        "200,000.00",
    ],
]
probe(
    "f04_fsum_three_funds_no_total",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS3, fh3, frows3, True)],
    None,
    size=A3L,
)
# final account: 收入 side 决算数; 支出 side funds over 小计|基本支出|项目支出
fh5 = [(a, b, c_, d, "决算数" if t == "预算数" else t) for a, b, c_, d, t in fh]
probe(
    "f05_fsum_final_fund_groups",
    F24,
    "表5",
    "财政拨款收入支出决算总表",
    [(FS_COLS, fh5, frows, True)],
    None,
    size=A3L,
)

# ------------------------------------------------------------------ 部门收入总表: 上年结转 | 本年收入 over like leaves
IN_COLS = [("L", 70), ("L", 120), *[("N", 80)] * 7]
ih = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "合计"),
    (0, 0, 3, 5, "上年结转"),
    (0, 0, 6, 8, "本年收入"),
    *[
        (1, 1, 3 + 3 * g + k, 3 + 3 * g + k, n)
        for g in range(2)
        for k, n in enumerate(("小计", "一般公共预算", "政府性基金"))
    ],
]
irows = [
    [
        "",
        "合计",
        "3,000,000.00",
        "300,000.00",
        "200,000.00",
        "100,000.00",
        "2,700,000.00",
        "2,500,000.00",
        "200,000.00",
    ],
    [
        "210",
        "卫生健康支出",
        "3,000,000.00",
        "300,000.00",
        "200,000.00",
        "100,000.00",
        "2,700,000.00",
        "2,500,000.00",
        "200,000.00",
    ],
    [
        "21004",
        "公共卫生",
        "3,000,000.00",
        "300,000.00",
        "200,000.00",
        "100,000.00",
        "2,700,000.00",
        "2,500,000.00",
        "200,000.00",
    ],
]
probe(
    "i01_income_carryover_and_year_like_blocks",
    B24,
    "表2",
    "部门收入总表",
    [(IN_COLS, ih, irows, True)],
    None,
)
# the same beside a 上年预算数 column (the header names another year: rules 3 and 4 apply)
IN_COLS2 = [("L", 70), ("L", 120), ("N", 80), *[("N", 80)] * 7]
ih2 = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "上年预算数"),
    (0, 1, 3, 3, "合计"),
    (0, 0, 4, 6, "上年结转"),
    (0, 0, 7, 9, "本年收入"),
    *[
        (1, 1, 4 + 3 * g + k, 4 + 3 * g + k, n)
        for g in range(2)
        for k, n in enumerate(("小计", "一般公共预算", "政府性基金"))
    ],
]
irows2 = [[r_[0], r_[1], "2,800,000.00", *r_[2:]] for r_ in irows]
probe(
    "i02_income_carryover_like_blocks_prior_col",
    B24,
    "表2",
    "部门收入总表",
    [(IN_COLS2, ih2, irows2, True)],
    None,
)

# ------------------------------------------------------------------ plain text: own names repeated + 上年 / 增减
# 一般公共预算支出表: 上年预算数 | 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 | 增减额
GB2_COLS = [("L", 70), ("L", 110), *[("N", 80)] * 7]
gh = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "上年预算数"),
    (0, 1, 3, 3, "合计"),
    (0, 0, 4, 6, "基本支出"),
    (1, 1, 4, 4, "小计"),
    (1, 1, 5, 5, "人员经费"),
    (1, 1, 6, 6, "公用经费"),
    (0, 1, 7, 7, "项目支出"),
    (0, 1, 8, 8, "增减额"),
]
grows = [
    [
        "",
        "合计",
        "2,500,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "1,800,000.00",
        "300,000.00",
        "600,000.00",
        "200,000.00",
    ],
    [
        "210",
        "卫生健康支出",
        "2,500,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "1,800,000.00",
        "300,000.00",
        "600,000.00",
        "200,000.00",
    ],
    [
        "21004",
        "公共卫生",
        "2,500,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "1,800,000.00",
        "300,000.00",
        "600,000.00",
        "200,000.00",
    ],
    [
        "2100402",
        "卫生监督机构",
        "1,300,000.00",
        "1,400,000.00",
        "1,400,000.00",
        "1,200,000.00",
        "200,000.00",
        "",
        "100,000.00",
    ],
    [
        "2100403",
        "妇幼保健机构",
        "1,200,000.00",
        "1,300,000.00",
        "700,000.00",
        "600,000.00",
        "100,000.00",
        "600,000.00",
        "100,000.00",
    ],
]
probe("t01_gb_basic_subtotal_prior_change", B24, "表3", T_GB, [(GB2_COLS, gh, grows, True)], None)
# 财政拨款支出表: 合计 | 一般公共预算 (基本支出 | 项目支出) | 政府性基金 (基本支出 | 项目支出) | 上年预算数
FB_COLS = [("L", 70), ("L", 110), *[("N", 80)] * 6]
bh = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "合计"),
    (0, 0, 3, 4, "一般公共预算"),
    (0, 0, 5, 6, "政府性基金预算"),
    (1, 1, 3, 3, "基本支出"),
    (1, 1, 4, 4, "项目支出"),
    (1, 1, 5, 5, "基本支出"),
    (1, 1, 6, 6, "项目支出"),
    (0, 1, 7, 7, "上年预算数"),
]
brows = [
    ["", "合计", "3,700,000.00", "2,100,000.00", "600,000.00", "", "1,000,000.00", "3,400,000.00"],
    ["210", "卫生健康支出", "2,700,000.00", "2,100,000.00", "600,000.00", "", "", "2,500,000.00"],
    ["21004", "公共卫生", "2,700,000.00", "2,100,000.00", "600,000.00", "", "", "2,500,000.00"],
    ["2100402", "卫生监督机构", "1,400,000.00", "1,400,000.00", "", "", "", "1,300,000.00"],
    ["2100403", "妇幼保健机构", "1,300,000.00", "700,000.00", "600,000.00", "", "", "1,200,000.00"],
    ["212", "城乡社区支出", "1,000,000.00", "", "", "", "1,000,000.00", "900,000.00"],
    ["21208", "国有土地使用权出让收入安排的支出", "1,000,000.00", "", "", "", "1,000,000.00", "900,000.00"],
    ["2120803", "城市建设支出", "1,000,000.00", "", "", "", "1,000,000.00", "900,000.00"],
]
probe(
    "t02_fiscal_funds_basic_twice_prior", B24, "表4", "财政拨款支出预算表", [(FB_COLS, bh, brows, True)], None
)
# the same with no 上年 column (control)
bh0 = [h for h in bh if h[4] != "上年预算数"]
probe(
    "t03_fiscal_funds_basic_twice_control",
    B24,
    "表4",
    "财政拨款支出预算表",
    [(FB_COLS[:-1], bh0, [r_[:-1] for r_ in brows], True)],
    None,
)
# 一般公共预算支出表 with a 增减 column whose header wraps ("比上年" / "增减") and 合计 printed twice (合计 | 本年合计)
probe(
    "t04_gb_own_then_prior_own_first",
    B24,
    "表3",
    T_GB,
    [(FN_COLS, fn_header(prior_first=False), fn_rows(FN, False), True)],
    fn_exp(fn_rows(FN, False), False),
)


# ------------------------------------------------------------------ rule 1: group cells that are the report's own
def one_group(group, leaves=("小计", "基本支出", "项目支出")):
    return [
        (0, 1, 0, 0, "科目编码"),
        (0, 1, 1, 1, "科目名称"),
        (0, 0, 2, 4, group),
        *[(1, 1, 2 + k, 2 + k, n) for k, n in enumerate(leaves)],
    ]


G_COLS = [("L", 70), ("L", 130), ("N", 100), ("N", 100), ("N", 100)]
grows1 = [[c, n, t, b, p] for c, n, t, b, p, _pr, _ch in FN]
for nm, head, grp, phase, title in [
    ("y01_group_2024_yiban", B24, "2024年一般公共预算", "budget", T_GB),
    ("y02_group_benniandu", B24, "本年度预算数", "budget", T_GB),
    ("y03_group_quannian", F24, "全年预算数", "budget", "一般公共预算财政拨款支出决算表"),
    ("y04_group_2024_niandu_jue", F24, "2024年度决算数", "actual", "一般公共预算财政拨款支出决算表"),
    ("y05_group_2024_budget_in_final", F24, "2024年预算数", "budget", "一般公共预算财政拨款支出决算表"),
    ("y06_group_yiqian_niandu", B24, "以前年度结转和本年预算", "budget", T_GB),
    ("y07_group_2024_yusuan_zhixing", F24, "2024年预算执行", "actual", "一般公共预算财政拨款支出决算表"),
]:
    probe(
        nm,
        head,
        "表3",
        title,
        [(G_COLS, one_group(grp), grows1, True)],
        exp(grows1, {2: "total", 3: "basic", 4: "project"}, phase),
    )

# ------------------------------------------------------------------ rule 3 on fund-grouped summaries (after f02)
# f06: f02 with rows spending from both funds (each such row's 合计 ≠ its 一般公共预算 小计)
frows6 = [
    [
        "一、一般公共预算拨款",
        "5,000,000.00",
        "4,600,000.00",
        "一、一般公共服务支出",
        "3,000,000.00",
        "3,000,000.00",
        "2,400,000.00",
        "600,000.00",
        "",
        "",
        "",
    ],
    [
        "二、政府性基金预算拨款",
        "1,000,000.00",
        "900,000.00",
        "二、卫生健康支出",
        "2,400,000.00",
        "2,000,000.00",
        "1,500,000.00",
        "500,000.00",
        "400,000.00",
        "",
        "400,000.00",
    ],
    ["", "", "", "三、城乡社区支出", "600,000.00", "", "", "", "600,000.00", "", "600,000.00"],
    [
        "收入合计",
        "6,000,000.00",
        "5,500,000.00",
        "支出合计",
        "6,000,000.00",
        "5,000,000.00",
        "3,900,000.00",
        "1,100,000.00",
        "1,000,000.00",
        "",
        "1,000,000.00",
    ],
]
probe(
    "f06_fsum_fund_groups_mixed_rows_prior_col",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS2, fh2, frows6, True)],
    None,
    size=A3L,
)
# f07: f06 without the 上年预算数 column (control: rule 3 does not apply)
frows7 = [[r_[0], r_[1], *r_[3:]] for r_ in frows6]
probe(
    "f07_fsum_fund_groups_mixed_rows_control",
    B24,
    "表5",
    "财政拨款收支总表",
    [(FS_COLS, fh, frows7, True)],
    None,
    size=A3L,
)
# f08: a final account: 收入 side 年初预算数 | 决算数 (no comparison); 支出 side 决算数 funds groups; one
# 上年决算数 column at the far right of the 支出 side
FS_COLS8 = [("L", 120), ("N", 70), ("L", 110), *[("N", 62)] * 8]
fh8 = [
    (0, 0, 0, 1, "收    入"),
    (0, 0, 2, 10, "支    出"),
    (1, 2, 0, 0, "项    目"),
    (1, 2, 1, 1, "决算数"),
    (1, 2, 2, 2, "项    目"),
    (1, 2, 3, 3, "合计"),
    (1, 1, 4, 6, "一般公共预算"),
    (1, 1, 7, 9, "政府性基金预算"),
    (2, 2, 4, 4, "小计"),
    (2, 2, 5, 5, "基本支出"),
    (2, 2, 6, 6, "项目支出"),
    (2, 2, 7, 7, "小计"),
    (2, 2, 8, 8, "基本支出"),
    (2, 2, 9, 9, "项目支出"),
    (1, 2, 10, 10, "上年决算数"),
]
PRIOR8 = ["2,800,000.00", "2,200,000.00", "500,000.00", "5,500,000.00"]
frows8 = [[*r_, PRIOR8[i]] for i, r_ in enumerate(frows7)]
probe(
    "f08_fsum_final_fund_groups_prior_col_right",
    F24,
    "表5",
    "财政拨款收入支出决算总表",
    [(FS_COLS8, fh8, frows8, True)],
    None,
    size=A3L,
)
# t05: 财政拨款支出预算表 with fund groups over 小计 | 基本支出 | 项目支出, rows from both funds, 上年预算数 last
FB5_COLS = [("L", 60), ("L", 100), *[("N", 72)] * 8]
bh5 = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "合计"),
    (0, 0, 3, 5, "一般公共预算"),
    (0, 0, 6, 8, "政府性基金预算"),
    *[
        (1, 1, 3 + 3 * g + k, 3 + 3 * g + k, n)
        for g in range(2)
        for k, n in enumerate(("小计", "基本支出", "项目支出"))
    ],
    (0, 1, 9, 9, "上年预算数"),
]
brows5 = [
    [
        "",
        "合计",
        "3,700,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "600,000.00",
        "1,000,000.00",
        "",
        "1,000,000.00",
        "3,400,000.00",
    ],
    [
        "210",
        "卫生健康支出",
        "3,100,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "600,000.00",
        "400,000.00",
        "",
        "400,000.00",
        "2,800,000.00",
    ],
    [
        "21004",
        "公共卫生",
        "3,100,000.00",
        "2,700,000.00",
        "2,100,000.00",
        "600,000.00",
        "400,000.00",
        "",
        "400,000.00",
        "2,800,000.00",
    ],
    [
        "2100402",
        "卫生监督机构",
        "1,400,000.00",
        "1,400,000.00",
        "1,400,000.00",
        "",
        "",
        "",
        "",
        "1,300,000.00",
    ],
    [
        "2100403",
        "妇幼保健机构",
        "1,700,000.00",
        "1,300,000.00",
        "700,000.00",
        "600,000.00",
        "400,000.00",
        "",
        "400,000.00",
        "1,500,000.00",
    ],
    ["212", "城乡社区支出", "600,000.00", "", "", "", "600,000.00", "", "600,000.00", "600,000.00"],
    [
        "21208",
        "国有土地使用权出让收入安排的支出",
        "600,000.00",
        "",
        "",
        "",
        "600,000.00",
        "",
        "600,000.00",
        "600,000.00",
    ],
]
probe(
    "t05_fiscal_fund_groups_subtotal_prior",
    B24,
    "表4",
    "财政拨款支出预算表",
    [(FB5_COLS, bh5, brows5, True)],
    None,
    size=A3L,
)
bh6 = [h for h in bh5 if h[4] != "上年预算数"]
probe(
    "t06_fiscal_fund_groups_subtotal_control",
    B24,
    "表4",
    "财政拨款支出预算表",
    [(FB5_COLS[:-1], bh6, [r_[:-1] for r_ in brows5], True)],
    None,
    size=A3L,
)

# ------------------------------------------------------------------ rule 4 more (plain text)
# t07: 合计 printed twice (the row total, and 基本支出's 合计 over 人员经费 | 公用经费), 上年预算数 last
GB7_COLS = [("L", 70), ("L", 110), *[("N", 80)] * 6]
gh7 = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "合计"),
    (0, 0, 3, 5, "基本支出"),
    (1, 1, 3, 3, "合计"),
    (1, 1, 4, 4, "人员经费"),
    (1, 1, 5, 5, "公用经费"),
    (0, 1, 6, 6, "项目支出"),
    (0, 1, 7, 7, "上年预算数"),
]
grows7 = [[*r_[:2], *r_[3:8], r_[2]] for r_ in grows]
probe("t07_gb_total_twice_prior_last", B24, "表3", T_GB, [(GB7_COLS, gh7, grows7, True)], None)
# t08: t02 (基本支出 | 项目支出 under two funds) with 增减额 instead of 上年预算数 (rule 4 needs a prior column)
bh8 = [(a, b, c_, d, "增减额" if t == "上年预算数" else t) for a, b, c_, d, t in bh]
CH8 = [
    "300,000.00",
    "200,000.00",
    "200,000.00",
    "100,000.00",
    "100,000.00",
    "100,000.00",
    "100,000.00",
    "100,000.00",
]
brows8 = [[*r_[:-1], CH8[i]] for i, r_ in enumerate(brows)]
probe(
    "t08_fiscal_funds_basic_twice_change",
    B24,
    "表4",
    "财政拨款支出预算表",
    [(FB_COLS, bh8, brows8, True)],
    None,
)
# t09: t02 with 上年预算数 first
bh9 = [
    (0, 1, 0, 0, "科目编码"),
    (0, 1, 1, 1, "科目名称"),
    (0, 1, 2, 2, "上年预算数"),
    (0, 1, 3, 3, "合计"),
    (0, 0, 4, 5, "一般公共预算"),
    (0, 0, 6, 7, "政府性基金预算"),
    (1, 1, 4, 4, "基本支出"),
    (1, 1, 5, 5, "项目支出"),
    (1, 1, 6, 6, "基本支出"),
    (1, 1, 7, 7, "项目支出"),
]
brows9 = [[r_[0], r_[1], r_[7], *r_[2:7]] for r_ in brows]
probe(
    "t09_fiscal_funds_basic_twice_prior_first",
    B24,
    "表4",
    "财政拨款支出预算表",
    [(FB_COLS, bh9, brows9, True)],
    None,
)


if __name__ == "__main__":
    only = sys.argv[1:]
    for name, (head, tno, title, pages, kw) in PROBES.items():
        if not only or name in only:
            draw(name, head, tno, title, pages, **kw)
