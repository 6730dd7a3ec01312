"""Print a rules_s35h document (gen.py only): plain pdftotext text (one table row a line, blank cells dropped; the
header a row a line or a cell a line; a page ends with its footer and \\f, a table over pages prints its header
again) or pdftotext -layout text (each word at the CHARACTER index of its column, a CJK character one column).
Every printed string comes from s35h_lib's tables and paragraphs; nothing here reads the parser."""

from __future__ import annotations

import re

WRAP = 40


def wrap(text, n=WRAP):
    out = []
    while len(text) > n:
        cut = n
        while cut > 1 and re.match(r"[\d.,%]", text[cut]) and re.match(r"[\d.,]", text[cut - 1]):
            cut -= 1
        while cut < len(text) and text[cut] in "，。；、）：%":
            cut += 1
        out.append(text[:cut])
        text = text[cut:]
    return out + [text] if text else out


class Doc:
    def __init__(self, doc):
        self.doc, self.lines, self.page = doc, [], 1

    def add(self, *lines):
        self.lines += lines

    def newpage(self):
        foot = self.doc["footer"].format(n=self.page)
        self.lines += ["", foot, "\f"]
        self.page += 1

    def text(self):
        return "\n".join(self.lines).replace("\n\f\n", "\n\f") + "\n"


def widths(t):
    w = []
    for i, (kind, _k) in enumerate(t.cols):
        cells = [r[2][i] for r in t.rows]
        if kind == "code":
            w.append(max([len(c) for c in cells] + [2]) + 3)
        elif kind in ("name", "label"):
            w.append(max([len(c) for c in cells] + [8]) + 3)
        else:
            w.append(max([len(c) for c in cells] + [6]) + 3)
    return w


def head_lines_layout(t, w, indent):
    out = []
    for hrow in t.head:
        col, cells = 0, []
        for text, span in hrow:
            width = sum(w[col : col + span])
            cells.append((sum(w[:col]), width, text))
            col += span
        lines = []
        for start, width, text in cells:
            pieces = [text[i : i + max(width - 2, 2)] for i in range(0, len(text), max(width - 2, 2))] or [""]
            for j, p in enumerate(pieces):
                while len(lines) <= j:
                    lines.append("")
                at = indent + start + max((width - len(p)) // 2, 0)
                ln = lines[j]
                if len(ln) >= at:
                    ln = ln.rstrip() + " "
                    at = len(ln)
                lines[j] = ln.ljust(at) + p
        out += [ln.rstrip() for ln in lines if ln.strip()]
    return out


def row_layout(t, w, cells, indent):
    line = " " * indent
    pos = indent
    for i, ((kind, _k), c) in enumerate(zip(t.cols, cells, strict=True)):
        s = c.rjust(w[i] - 1) + " " if kind == "money" else c.ljust(w[i]) if c != "合计" else c.center(w[i])
        line = line.ljust(pos) + s
        pos += w[i]
    return line.rstrip()


def table(out, t, title, fmt):
    doc = out.doc
    indent = doc.get("indent", 0)
    out.add(title.center(60).rstrip() if fmt == "layout" else title)
    unit = f"单位：{t.unit}"
    out.add(("编制单位：" + doc["org"]).ljust(50) + unit if fmt == "layout" else "编制单位：" + doc["org"])
    if fmt != "layout":
        out.add(unit)
    if fmt == "layout":
        w = widths(t)
        head = head_lines_layout(t, w, indent)
    elif doc["header"] == "cell":
        head = [c for hrow in t.head for c, _s in hrow if c]
    else:
        head = [" ".join(c for c, _s in hrow if c) for hrow in t.head]
        head = [h for h in head if h]
    out.add(*head)
    if t.empty:
        out.add(t.empty)
        return
    per = doc["page_rows"] if t.parts else 99
    for i, (_c, _n, cells) in enumerate(t.rows):
        if i and i % per == 0:
            out.newpage()
            if doc.get("cont"):
                out.add(doc["cont"])
            out.add(*head)
        if fmt == "layout":
            out.add(row_layout(t, w, cells, indent))
        else:
            out.add(" ".join(c for c in cells if c))


def write(path, doc, built):
    fmt = doc["fmt"]
    out = Doc(doc)
    yr, org = doc["year"], doc["org"]
    out.add("", f"{org}", f"{yr}年度部门决算", "", doc["date"])
    out.newpage()
    out.add("目  录", "第一部分 部门概况", "第二部分 部门决算表")
    tabs = [t for t in built["tabs"]]
    for i, t in enumerate(tabs):
        out.add(f"    {i + 1}.{t.title}")
    out.add("第三部分 部门决算情况说明", "第四部分 名词解释")
    out.newpage()
    out.add("第一部分 部门概况", "一、主要职能")
    out.add(*wrap("  " + doc["duty"]))
    out.add(
        "二、部门决算单位构成",
        *wrap(f"  纳入{org}{yr}年度部门决算编制范围的单位共{doc.get('units', 1)}个，为{org}本级。"),
    )
    out.newpage()
    out.add(f"第二部分 {org}{yr}年度部门决算表")
    for i, t in enumerate(tabs):
        if i:
            out.newpage()
        title = t.title if not doc.get("numbered") else f"{doc['numbered'].format(n=i + 1)} {t.title}"
        table(out, t, title, fmt)
    out.newpage()
    out.add(f"第三部分 {org}{yr}年度部门决算情况说明")
    for kind, text in built["paragraphs"]:
        out.add(*(wrap(text) if kind == "h" else wrap("  " + text)))
    out.newpage()
    out.add("第四部分 名词解释", *[x for g in (wrap(s) for s in doc["glossary"]) for x in g])
    out.newpage()
    path.write_text(out.text(), encoding="utf-8")
