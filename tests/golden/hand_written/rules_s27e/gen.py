"""Draw the rules_s27e PDFs: one project table (表8 项目支出预算表) each, its project names wrapping inside
their cells, built to make the session-27 rules for name pieces (functional.py rows_of, _place_carried,
_tails_only, _column_width, _first_pieces_above, _name_above, _subject_name_piece) misfire on positioned
text. reportlab is not installed in the venv: minipdf.py is rules_s25b's minimal writer (STSong-Light, not
embedded), with optional proportional ASCII widths (Helvetica's) written to the font's /W array.
Run: /work/main/.venv/bin/python gen.py (writes the PDFs here). Expected values are typed by hand in
rules_s27e_data.py, not derived from this file."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import minipdf  # noqa: E402
from minipdf import MiniCanvas, stringWidth  # noqa: E402

LAND = (841.8898, 595.2756)


def sw(text, size):
    return stringWidth(text, None, size)


def cwrap(text, width, size):
    """Break where the next character no longer fits (CJK anywhere, as Excel and WPS do)."""
    lines, cur = [], ""
    for ch in text:
        if cur and sw(cur + ch, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + ([cur] if cur else [])


def table_pdf(
    fname,
    rows,
    *,
    order="PCS",
    rules="none",
    valign="centre",
    name_w=100,
    subj_w=110,
    size=9,
    remark_w=0,
    total=None,
    total_first=False,
    break_after=None,
    running=None,
    repeat_header=True,
    prop=False,
    cont_title=None,
):
    """rows: dicts name (str, wrapped to the column, or a list of pieces), code, subj (str or pieces), total,
    fa, remark (str, wrapped), name_size (shrink to fit: the name drawn smaller on one line)."""
    minipdf.PROP["on"] = prop
    c = MiniCanvas(os.path.join(HERE, fname), pagesize=LAND)
    W, H = LAND
    lead = size + 3
    if order == "PCS":
        spec = [
            ("name", name_w, "项目名称", "L"),
            ("code", 62, "科目编码", "C"),
            ("subj", subj_w, "科目名称", "L"),
        ]
    else:
        spec = [
            ("code", 62, "科目编码", "C"),
            ("subj", subj_w, "科目名称", "L"),
            ("name", name_w, "项目名称", "L"),
        ]
    spec += [("total", 72, "合计", "R"), ("fa", 72, "财政拨款", "R")]
    if remark_w:
        spec.append(("remark", remark_w, "备注", "L"))
    xs = [40]
    for _k, w, _h, _a in spec:
        xs.append(xs[-1] + w)

    def cell_lines(key, row, w):
        v = row.get(key)
        if v is None or v == "":
            return []
        if isinstance(v, list):
            for piece in v:
                assert sw(piece, size) <= w - 6, (fname, piece)
            return v
        if key in ("name", "subj", "remark") and not row.get("name_size"):
            return cwrap(v, w - 6, size)
        return [v]

    def hline(y):
        c.setLineWidth(0.5)
        c.line(xs[0], y, xs[-1], y)

    def header(y):
        c.setFont("F", size)
        for (k, w, h, a), x0 in zip(spec, xs):
            c.drawCentredString(x0 + w / 2, y - 14, h)
        yb = y - 20
        if rules != "none":
            hline(y)
            hline(yb)
        if rules == "grid":
            for x in xs:
                c.line(x, yb, x, y)
        return yb

    # cover line, title, unit line
    c.setFont("F", 16)
    c.drawCentredString(W / 2, H - 40, "某省某某县交通运输局")
    c.drawCentredString(W / 2, H - 62, "2024年部门预算")
    c.setFont("F", 14)
    c.drawCentredString((xs[0] + xs[-1]) / 2, H - 100, "表8 项目支出预算表")
    c.setFont("F", 9)
    c.drawRightString(xs[-1], H - 118, "单位：万元")
    y = header(H - 124)
    body = list(rows)
    if total:
        trow = {"name": "合计", "total": total, "fa": total, "_total": True}
        body = [trow] + body if total_first else body + [trow]
    for n, row in enumerate(body):
        if break_after is not None and n == break_after:
            c.showPage()
            c.setPageSize(LAND)
            c.setFont("F", 9)
            for x, align, text in running or []:
                (c.drawString if align == "L" else c.drawRightString)(x, H - 30, text)
            y = H - 50
            if cont_title:
                c.setFont("F", 12)
                c.drawCentredString((xs[0] + xs[-1]) / 2, y, cont_title)
                y -= 14
            if repeat_header:
                y = header(y)
        cells = []
        for (k, w, _h, a), x0 in zip(spec, xs):
            cells.append((k, x0, w, a, cell_lines(k, row, w)))
        nl = max([len(ls) for *_x, ls in cells] + [1])
        h = nl * lead + 6
        yb = y - h
        for k, x0, w, a, lines in cells:
            fsize = row.get("name_size") if k == "name" and row.get("name_size") else size
            va = row.get("valign", valign)
            if va == "top":
                yy = y - 3 - size
            elif va == "bottom":
                yy = yb + 4 + (len(lines) - 1) * lead
            else:
                yy = (y + yb) / 2 - size / 2 + 1.5 + (len(lines) - 1) * lead / 2
            c.setFont("F", fsize)
            for line in lines:
                if a == "L" and not row.get("_total"):
                    c.drawString(x0 + 3, yy, line)
                elif a == "R":
                    c.drawRightString(x0 + w - 3, yy, line)
                else:
                    c.drawCentredString(x0 + w / 2, yy, line)
                yy -= lead
        if rules != "none":
            hline(yb)
        if rules == "grid":
            for x in xs:
                c.line(x, yb, x, y)
        y = yb
    c.save()
    minipdf.PROP["on"] = False


ROAD, OTHER, BUILD, TRANS = "公路养护", "其他公路水路运输支出", "公路建设", "公路运输管理"


def r(name, code, subj, v, **kw):
    return dict(name=name, code=code, subj=subj, total=v, fa=v, **kw)


def main():
    # e01 control: top-aligned, unruled, tails narrow
    table_pdf(
        "e01_control_top_unruled.pdf",
        [
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
        ],
        valign="top",
        total="805.00",
    )
    # e02 shrink to fit: one long name drawn at 6.5pt on one line (wider in characters than the column)
    table_pdf(
        "e02_shrink_to_fit_centred.pdf",
        [
            r("国省干线公路安全生命防护工程（续建）", "2140106", ROAD, "300.00", name_size=6.5),
            r("农村公路危旧桥梁改造加固及沿线安全隐患排查整治提升工程", "2140106", ROAD, "420.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
        ],
        name_w=120,
        valign="centre",
        total="765.00",
    )
    # e03 a 备注 column wider than the name column, a remark wrapping onto lines of their own
    table_pdf(
        "e03_wide_remark_centred.pdf",
        [
            r("交通战备经费", "2140199", OTHER, "10.00", remark="上年结转"),
            r(
                "公路桥梁定期检测",
                "2140106",
                ROAD,
                "45.00",
                remark="省级交通专项资金，按工程进度分期拨付，年底前完成全部桥梁检测及评定工作",
            ),
            r(
                "农村公路危旧桥梁改造加固及沿线安全隐患排查工程",
                "2140106",
                ROAD,
                "380.00",
                remark="县级财政配套",
            ),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
        ],
        remark_w=220,
        valign="centre",
        total="695.00",
    )
    # e04 proportional ASCII: a three-line name centred, its first piece full in points, few characters
    table_pdf(
        "e04_proportional_head_centred.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("G318线K2156+300-K2189+600段路面大中修及附属设施完善工程", "2140106", ROAD, "860.00"),
            r("交通战备经费", "2140199", OTHER, "10.00"),
        ],
        prop=True,
        name_w=140,
        valign="centre",
        total="915.00",
    )
    # e05 proportional ASCII: the first row bottom-aligned, its first piece full in points (few characters)
    table_pdf(
        "e05_proportional_first_row_bottom.pdf",
        [
            r("G318线K2156+300-K2189+600段路面大中修及附属设施完善", "2140106", ROAD, "860.00"),
            r("农村公路危旧桥梁改造加固工程", "2140106", ROAD, "380.00"),
            r("交通战备经费", "2140199", OTHER, "10.00"),
        ],
        prop=True,
        name_w=140,
        valign="bottom",
        total="1250.00",
    )
    # e06 the first row centred over two lines: its code line prints no name (one piece above, one below)
    table_pdf(
        "e06_first_row_two_lines_centred.pdf",
        [
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
        ],
        valign="centre",
        total="805.00",
    )
    # e07 the first row bottom-aligned, a piece of its name printing a header word (分类)
    table_pdf(
        "e07_first_row_piece_header_word.pdf",
        [
            r("交通运输领域企业信用分类分级监管平台建设项目", "2140199", OTHER, "120.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00"),
        ],
        valign="bottom",
        total="665.00",
    )
    # e08 a name of exactly two full lines centred, its code line between them (the spacing tells the rows)
    table_pdf(
        "e08_two_full_lines_centred.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("农村公路危旧桥梁改造加固及安全隐患整治", "2140106", ROAD, "380.00"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
        ],
        valign="centre",
        total="685.00",
    )
    # e09 top-aligned over two pages, 合计 first; page 2 opens with the unit's name (narrow) and the header
    # again; a name of exactly two full lines on page 2
    table_pdf(
        "e09_top_two_pages_full_tail.pdf",
        [
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
            r("农村公路危旧桥梁改造加固及安全隐患整治", "2140106", ROAD, "380.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
        ],
        valign="top",
        total="1185.00",
        total_first=True,
        break_after=3,
        running=[(40, "L", "某某县交通运输局")],
    )
    # e10 Latin words unbroken (as Word and Excel wrap): a head piece short of the column, bottom-aligned
    table_pdf(
        "e10_ascii_word_wrap_bottom.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r(["干线公路养护工程", "S216K10+500-K28+200段"], "2140106", ROAD, "650.00"),
            r(["交通运输综合执法能力", "建设"], "2140199", OTHER, "260.00"),
        ],
        name_w=102,
        valign="bottom",
        total="955.00",
    )
    # e11 科目编码 | 科目名称 | 项目名称, centred, the subject's name wrapping too
    table_pdf(
        "e11_subject_first_both_wrap_centred.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("交通运输综合执法能力建设", "2140199", ["其他公路水路", "运输支出"], "260.00"),
            r("交通战备经费", "2140199", ["其他公路水路", "运输支出"], "10.00"),
        ],
        order="CSP",
        subj_w=70,
        valign="centre",
        total="315.00",
    )
    # e12 proportional ASCII, two lines centred: the code line prints no name; its first piece full in
    # points is narrow in characters
    table_pdf(
        "e12_proportional_code_line_no_name.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r("G318线K2156+300-K2189+600段路面大中修工程", "2140106", ROAD, "860.00"),
            r("农村公路安全生命防护工程建设", "2140106", ROAD, "500.00"),
        ],
        prop=True,
        name_w=140,
        valign="centre",
        total="1405.00",
    )
    # e13 ruled grid, bottom-aligned, a 备注 column, 合计 first (cells read whole)
    table_pdf(
        "e13_grid_bottom_remark_total_first.pdf",
        [
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00", remark="省级补助资金"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00", remark="县级财政安排，含执法车辆购置"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00", remark=""),
        ],
        rules="grid",
        remark_w=120,
        valign="bottom",
        total="805.00",
        total_first=True,
    )
    # e14 horizontal rules only, centred, two- and three-line names, over two pages (running header, the
    # header again, "（续）" title)
    table_pdf(
        "e14_hrules_centred_two_pages.pdf",
        [
            r("农村公路安全生命防护工程", "2140106", ROAD, "500.00"),
            r("农村公路危旧桥梁改造加固及沿线安全隐患排查工程", "2140106", ROAD, "380.00"),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
        ],
        rules="h",
        valign="centre",
        total="1185.00",
        break_after=2,
        running=[(40, "L", "某某县交通运输局"), (802, "R", "2024年部门预算")],
        cont_title="表8 项目支出预算表（续）",
    )
    # e15 ruled grid, a five-line name centred (a band too tall to be read as one row)
    table_pdf(
        "e15_grid_tall_row_centred.pdf",
        [
            r("公路桥梁定期检测", "2140106", ROAD, "45.00"),
            r(
                "国省干线公路安全生命防护工程及农村公路危旧桥梁改造加固和沿线安全隐患排查整治提升工程",
                "2140106",
                ROAD,
                "1200.00",
            ),
            r("交通运输综合执法能力建设", "2140199", OTHER, "260.00"),
        ],
        rules="grid",
        valign="centre",
        total="1505.00",
    )


if __name__ == "__main__":
    main()
