"""Write a Jiangsu-plain (one cell a line) coded table, on pages as pdftotext prints them (form feeds, a page
number at each page's foot)."""


def fmt(v):
    if isinstance(v, str):
        return v
    return f"{v:,.2f}"


def table(
    cover,
    title,
    header_lines,
    rows,
    unit="单位：万元",
    dept="部门名称：江苏省某某厅",
    tail=("公开 09 表", "一般公共预算“三公”经费支出预算表", "此表无数据"),
    split_at=None,
    note=None,
):
    pages = [[cover, "", "目录", "", "1"]]
    body = [title, dept, unit, ""]
    for h in header_lines:
        body += [h, ""]
    for n, (code, name, figs) in enumerate(rows):
        if split_at is not None and n == split_at:
            pages.append(body + [str(len(pages) + 1)])
            body = []
        if code:
            body += [code, ""]
        if name:
            body += [name, ""]
        for f in figs:
            body += [fmt(f), ""]
    if note:
        body += [note, ""]
    pages.append(body + [str(len(pages) + 1)])
    pages.append(list(tail) + ["", str(len(pages) + 1)])
    return "\f".join("\n".join(p) + "\n" for p in pages)
