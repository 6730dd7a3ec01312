"""Review v1 (session 44) probes: another year's block of columns beside the report's own.
Each probe is a small report (first line names the unit, year and kind) with one table drawn with MiniCanvas,
then `pdftotext -layout` and plain `pdftotext` of it.  Run: /work/w44/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "rules_s27e"))
from minipdf import MiniCanvas  # noqa: E402

A4L = (841.8898, 595.2756)
A3L = (1190.55, 841.89)

# rows: (code, name); figures per block kind
ROWS = [
    ("", "合计"),
    ("210", "卫生健康支出"),
    ("21004", "公共卫生"),
    ("2100402", "卫生监督机构"),
    ("2100403", "妇幼保健机构"),
]
# the report's own year (合计 | 基本支出 | 项目支出)
OWN = [
    ("2,700,000.00", "2,100,000.00", "600,000.00"),
    ("2,700,000.00", "2,100,000.00", "600,000.00"),
    ("2,700,000.00", "2,100,000.00", "600,000.00"),
    ("1,400,000.00", "1,400,000.00", ""),
    ("1,300,000.00", "700,000.00", "600,000.00"),
]
# another year (or the 年初预算 where OWN is the 决算)
OTHER = [
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("2,500,000.00", "2,000,000.00", "500,000.00"),
    ("1,300,000.00", "1,300,000.00", ""),
    ("1,200,000.00", "700,000.00", "500,000.00"),
]
# a third set (调整预算数 / 年初预算 in five-block tables)
THIRD = [
    ("2,600,000.00", "2,050,000.00", "550,000.00"),
    ("2,600,000.00", "2,050,000.00", "550,000.00"),
    ("2,600,000.00", "2,050,000.00", "550,000.00"),
    ("1,350,000.00", "1,350,000.00", ""),
    ("1,250,000.00", "700,000.00", "550,000.00"),
]
# OWN - OTHER
CHANGE = [
    ("200,000.00", "100,000.00", "100,000.00"),
    ("200,000.00", "100,000.00", "100,000.00"),
    ("200,000.00", "100,000.00", "100,000.00"),
    ("100,000.00", "100,000.00", ""),
    ("100,000.00", "0.00", "100,000.00"),
]
RATE = [
    ("8.00", "5.00", "20.00"),
    ("8.00", "5.00", "20.00"),
    ("8.00", "5.00", "20.00"),
    ("7.69", "7.69", ""),
    ("8.33", "0.00", "20.00"),
]
LEAVES = ("合计", "基本支出", "项目支出")
SUB = ("小计", "基本支出", "项目支出")

# economic rows for 基本支出 tables: (code, name) and figures 合计 | 人员经费 | 公用经费
ECON_ROWS = [
    ("", "合计"),
    ("301", "工资福利支出"),
    ("30101", "基本工资"),
    ("302", "商品和服务支出"),
    ("30201", "办公费"),
]
ECON_OWN = [
    ("2,100,000.00", "1,800,000.00", "300,000.00"),
    ("1,800,000.00", "1,800,000.00", ""),
    ("1,800,000.00", "1,800,000.00", ""),
    ("300,000.00", "", "300,000.00"),
    ("300,000.00", "", "300,000.00"),
]
ECON_OTHER = [
    ("2,000,000.00", "1,720,000.00", "280,000.00"),
    ("1,720,000.00", "1,720,000.00", ""),
    ("1,720,000.00", "1,720,000.00", ""),
    ("280,000.00", "", "280,000.00"),
    ("280,000.00", "", "280,000.00"),
]


def block(group, leaves, figures):
    """group: list of label lines (top to bottom) or None; leaves: leaf label per column (a str, or a list of
    lines for a wrapped leaf); figures: per row a tuple per column."""
    return {"group": group, "leaves": leaves, "figures": figures}


def draw(
    name,
    head,
    title,
    blocks,
    *,
    table_no="表3",
    rows=ROWS,
    size=A4L,
    ruled=False,
    col_w=None,
    font=8,
    pages=None,
    code_word="科目编码",
    name_word="科目名称",
    unit="单位：元",
    tail=None,
):
    """One table. pages: list of lists of block indexes, each page printing codes and names and those
    blocks (a table printed across pages); default all blocks on one page."""
    path = os.path.join(HERE, name + ".pdf")
    c = MiniCanvas(path, pagesize=size, producer="probes_s44 review v1")
    width = size[0]
    pages = pages or [list(range(len(blocks)))]
    for pno, page_blocks in enumerate(pages):
        c.setFont("F", font)
        y = size[1] - 40
        if pno == 0:
            c.drawString(40, y, head)
            y -= 30
            c.drawString(40, y, table_no)
            c.drawCentredString(width / 2, y - 18, title)
            c.drawString(40, y - 36, "编制单位：某某区卫生健康局")
            c.drawString(width - 120, y - 36, unit)
            y -= 56
        else:
            c.drawString(40, y, "（续表）")
            y -= 20
        ncols = sum(len(blocks[b]["leaves"]) for b in page_blocks)
        x0 = 200
        cw = col_w or min(75, (width - 40 - x0) / ncols)
        ngroup = max((len(blocks[b]["group"] or []) for b in page_blocks), default=0)
        nleaf = max(
            (len(lv) if isinstance(lv, list) else 1 for b in page_blocks for lv in blocks[b]["leaves"]),
            default=1,
        )
        lh = font + 4
        top = y
        leaf_y = y - ngroup * lh - (nleaf - 1) * lh
        c.drawString(40, leaf_y, code_word)
        c.drawString(110, leaf_y, name_word)
        x = x0
        spans = []
        for b in page_blocks:
            blk = blocks[b]
            bx0 = x
            n = len(blk["leaves"])
            if blk["group"]:
                gl = blk["group"]
                # group lines sit on the lowest group lines (a one-line group at the line just over the leaves)
                for k, text in enumerate(gl):
                    gy = top - (ngroup - len(gl) + k) * lh
                    c.drawCentredString(bx0 + n * cw / 2, gy, text)
            for k, leaf in enumerate(blk["leaves"]):
                lines = leaf if isinstance(leaf, list) else [leaf]
                for m, text in enumerate(lines):
                    ly = leaf_y + (len(lines) - 1 - m) * lh
                    c.drawCentredString(x + cw / 2, ly, text)
                spans.append((x, x + cw))
                x += cw
        if ruled:
            c.setLineWidth(0.5)
            bottom_hdr = leaf_y - 4
            c.line(36, top + lh, x, top + lh)
            c.line(36, bottom_hdr, x, bottom_hdr)
            # group underlines
            gx = x0
            for b in page_blocks:
                blk = blocks[b]
                n = len(blk["leaves"])
                if blk["group"]:
                    gy = top - (ngroup - 1) * lh - 4
                    c.line(gx, gy, gx + n * cw, gy)
                gx += n * cw
        y = leaf_y - 16
        for r, (code, nm) in enumerate(rows):
            c.drawString(40, y, code)
            c.drawString(110 if code else 120, y, nm)
            x = x0
            for b in page_blocks:
                for k in range(len(blocks[b]["leaves"])):
                    fig = blocks[b]["figures"][r][k]
                    if fig:
                        c.drawRightString(x + cw - 3, y, fig)
                    x += cw
            y -= 14
        if ruled:
            c.line(36, y + 10, x, y + 10)
            c.line(36, top + lh, 36, y + 10)
            gy = top - (ngroup - 1) * lh - 4 if ngroup else top + lh
            bounds, gx = set(), x0
            for b in page_blocks:
                bounds.add(round(gx, 2))
                gx += len(blocks[b]["leaves"]) * cw
            for a, b_ in spans:
                # (through the group row only at a block's edge: a group's cell spans its columns)
                c.line(a, top + lh if round(a, 2) in bounds else gy, a, y + 10)
            c.line(x, top + lh, x, y + 10)
            c.line(105, top + lh, 105, y + 10)
        if tail and pno == len(pages) - 1:
            c.drawString(40, y - 20, tail)
        c.drawString(width / 2 - 20, 30, f"第 {5 + pno} 页")
        c.showPage()
    c.save()
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, path[:-4] + ".layout.txt"], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", path, path[:-4] + ".plain.txt"], check=True)


BUDGET_HEAD = "某某区卫生健康局2024年部门预算"
FINAL_HEAD = "某某区卫生健康局2024年度部门决算"
T_BUDGET = "一般公共预算支出表"
T_FINAL = "一般公共预算财政拨款支出决算表"

PROBES = {}


def probe(name, *args, **kw):
    PROBES[name] = (args, kw)


# --- group labels the year-number rule does not catch ---
probe(
    "p01_budget_year_no_shu",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年预算"], LEAVES, OTHER), block(["2024年预算"], LEAVES, OWN)],
)
probe(
    "p02_final_year_no_shu",
    FINAL_HEAD,
    T_FINAL,
    [block(["2024年决算"], SUB, OWN), block(["2023年决算"], SUB, OTHER)],
)
probe(
    "p03_budget_shangniandu",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["上年度预算数"], LEAVES, OTHER), block(["本年度预算数"], LEAVES, OWN)],
)
probe(
    "p04_budget_yuji_zhixing",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年预计执行数"], LEAVES, OTHER), block(["2024年预算数"], LEAVES, OWN)],
)
probe(
    "p05_budget_exec_budget_change",
    BUDGET_HEAD,
    T_BUDGET,
    [
        block(["2023年执行数"], LEAVES, OTHER),
        block(["2024年预算数"], LEAVES, OWN),
        block(["增减额"], LEAVES, CHANGE),
    ],
)
probe(
    "p06_final_five_blocks",
    FINAL_HEAD,
    T_FINAL,
    [
        block(["年初预算数"], SUB, THIRD),
        block(["调整预算数"], SUB, THIRD),
        block(["决算数"], SUB, OWN),
        block(["上年决算数"], SUB, OTHER),
        block(["决算数比上年增减"], SUB, CHANGE),
    ],
    size=A3L,
    col_w=62,
    font=7,
)
probe(
    "p07_final_wrapped_prior_group",
    FINAL_HEAD,
    T_FINAL,
    [block(["决算数"], SUB, OWN), block(["上年", "决算数"], SUB, OTHER)],
)
probe(
    "p08_final_prior_first",
    FINAL_HEAD,
    T_FINAL,
    [block(["上年决算数"], SUB, OTHER), block(["决算数"], SUB, OWN)],
)
probe(
    "p09_final_own_column_prior",
    FINAL_HEAD,
    T_FINAL,
    [block(["决算数"], SUB, OWN), block(None, [["上年", "决算数"]], [(o[0],) for o in OTHER])],
)
probe(
    "p10_final_niandu",
    FINAL_HEAD,
    T_FINAL,
    [block(["2023年度决算数"], SUB, OTHER), block(["2024年度决算数"], SUB, OWN)],
)
probe(
    "p11_final_fullwidth_year",
    FINAL_HEAD,
    T_FINAL,
    [block(["２０２４年决算数"], SUB, OWN), block(["２０２３年决算数"], SUB, OTHER)],
)
probe(
    "p12_budget_own_year_first",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2024年预算数"], LEAVES, OWN), block(["2023年预算数"], LEAVES, OTHER)],
)
# --- the report's own year named with words the vocabulary maps to a comparison ---
probe(
    "p13_final_dangnian_zhixing",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, OTHER), block(["当年执行数"], SUB, OWN)],
)
probe(
    "p14_final_2024_zhixing",
    FINAL_HEAD,
    T_FINAL,
    [block(["2024年预算数"], SUB, OTHER), block(["2024年执行数"], SUB, OWN)],
)
probe(
    "p15_final_quannian_zhixing",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, OTHER), block(["全年执行数"], SUB, OWN)],
)
# --- other tables ---
probe(
    "p16_basic_econ_prior_budget",
    BUDGET_HEAD,
    "一般公共预算基本支出表",
    [
        block(["上年预算数"], ["合计", "人员经费", "公用经费"], ECON_OTHER),
        block(["本年预算数"], ["合计", "人员经费", "公用经费"], ECON_OWN),
    ],
    rows=ECON_ROWS,
    code_word="经济分类科目编码",
)
probe(
    "p17_gov_fund_year_blocks",
    BUDGET_HEAD,
    "政府性基金预算支出表",
    [block(["2023年预算数"], LEAVES, OTHER), block(["2024年预算数"], LEAVES, OWN)],
)
# --- ruled renditions ---
probe(
    "p18_final_prior_ruled",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, OTHER), block(["上年决算数"], SUB, THIRD)],
    ruled=True,
)
probe(
    "p19_budget_year_no_shu_ruled",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年预算"], LEAVES, OTHER), block(["2024年预算"], LEAVES, OWN)],
    ruled=True,
)
# --- a page printing only the other year's block (codes and names again) ---
probe(
    "p20_final_prior_block_next_page",
    FINAL_HEAD,
    T_FINAL,
    [block(["决算数"], SUB, OWN), block(["上年决算数"], SUB, OTHER)],
    pages=[[0], [1]],
)
probe(
    "p21_budget_prior_block_next_page",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["本年预算数"], LEAVES, OWN), block(["上年预算数"], LEAVES, OTHER)],
    pages=[[0], [1]],
)


# --- second set: the other year's block under a phase the report's own does not use (no duplicate to say) ---
probe(
    "p22_budget_prior_final_year_no_shu",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年决算"], LEAVES, OTHER), block(["2024年预算"], LEAVES, OWN)],
)
probe(
    "p23_budget_shangniandu_final",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["上年度决算数"], LEAVES, OTHER), block(["本年度预算数"], LEAVES, OWN)],
)
probe(
    "p24_final_prior_no_shu",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["决算数"], SUB, OWN), block(["上年决算"], SUB, OTHER)],
    col_w=68,
)
probe(
    "p25_budget_year_final_numbered",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年决算数"], LEAVES, OTHER), block(["2024年预算数"], LEAVES, OWN)],
)
probe(
    "p26_budget_year_final_nianchu",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["2023年决算数"], LEAVES, OTHER), block(["2024年年初预算数"], LEAVES, OWN)],
)
probe(
    "p27_final_nianchu_year_prior",
    FINAL_HEAD,
    T_FINAL,
    [block(["2024年年初预算数"], SUB, THIRD), block(["2023年决算数"], SUB, OTHER)],
)
probe(
    "p28_final_own_year_exec_prior_numbered",
    FINAL_HEAD,
    T_FINAL,
    [block(["2024年执行数"], SUB, OWN), block(["2023年执行数"], SUB, OTHER)],
)
probe(
    "p29_final_benniandu_shangnian_juesuan",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["本年决算数"], SUB, OWN), block(["上年决算数"], SUB, OTHER)],
    col_w=68,
)
probe(
    "p30_budget_zhixing_no_year",
    BUDGET_HEAD,
    T_BUDGET,
    [block(["上年执行数"], LEAVES, OTHER), block(["本年预算数"], LEAVES, OWN)],
)
probe(
    "p31_final_nianchu_shangniandu_juesuan",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["上年度决算数"], SUB, OTHER)],
)
probe(
    "p32_final_year_budget_prior_no_shu",
    FINAL_HEAD,
    T_FINAL,
    [block(["2024年预算数"], SUB, THIRD), block(["2023年决算"], SUB, OTHER)],
)
probe(
    "p33_final_nianchu_prior_numbered",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["2023年决算数"], SUB, OTHER)],
)
probe(
    "p34_final_nianchu_qunian",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["去年决算数"], SUB, OTHER)],
)
probe(
    "p35_final_jinnian_zhixing",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, OTHER), block(["今年执行数"], SUB, OWN)],
)
probe(
    "p36_final_nianchu_prior_numbered_ruled",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, THIRD), block(["2023年决算数"], SUB, OTHER)],
    ruled=True,
)
probe(
    "p37_final_dangnian_zhixing_ruled",
    FINAL_HEAD,
    T_FINAL,
    [block(["年初预算数"], SUB, OTHER), block(["当年执行数"], SUB, OWN)],
    ruled=True,
)
EXPECTED = {}


if __name__ == "__main__":
    only = sys.argv[1:]
    for name, (args, kw) in PROBES.items():
        if not only or name in only:
            draw(name, *args, **kw)
