"""Write pdftotext -layout-like text from a hand-typed .spec (spacing only; every name and figure is typed in
the spec). Spec directives:
  @ends 56 68 80 ...        right ends (display columns) of the figure columns
  @name 10                  display column where names start
  @title 一般公共预算财政拨款支出决算表 / @report 某某市测试局2024年度部门决算 / @table 表5
  H text@a-b text@c ...      a header line: each text centred over figure columns a..b (1-based), or
                             text@=N placed from display column N
  code|name|f1|f2|...        a table line (empty fields = blank cells; name may be empty)
  !raw                       raw line
"""

import sys


def dw(s):
    return len(s)  # pdftotext -layout counts every character as one column


def put(buf, col, text):
    cur = dw(buf)
    if cur < col:
        buf += " " * (col - cur)
    elif buf:
        buf += " "
    return buf + text


FW = 9


def main(path):
    ends, name_col = [], 10
    meta = {
        "title": "一般公共预算财政拨款支出决算表",
        "report": "某某市测试局2024年度部门决算",
        "table": "表5",
    }
    _out, body = [], []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("@"):
            k, _, v = raw[1:].partition(" ")
            if k == "ends":
                ends = [int(x) for x in v.split()]
            elif k == "name":
                name_col = int(v)
            else:
                meta[k] = v
            continue
        if raw.startswith("!"):
            body.append(raw[1:])
            continue
        if raw.startswith("H "):
            items = []
            for tok in raw[2:].split():
                text, _, where = tok.rpartition("@")
                if where.startswith("="):
                    items.append((int(where[1:]), text))
                    continue
                a, _, b = where.partition("-")
                a = int(a)
                b = int(b or a)
                left, right = ends[a - 1] - FW, ends[b - 1]
                items.append((round((left + right) / 2 - dw(text) / 2), text))
            s = ""
            for col, text in sorted(items):
                s = put(s, col, text)
            body.append(s)
            continue
        f = raw.split("|")
        code, name, figs = f[0], f[1], f[2:]
        s = code
        if name:
            s = put(s, name_col, name)
        for fig, end in zip(figs, ends):
            if fig.strip():
                s = put(s, end - dw(fig.strip()), fig.strip())
        body.append(s.rstrip())
    head = [
        meta["report"],
        "",
        "",
        "                                        - 5 -",
        meta["table"],
        " " * 40 + meta["title"],
        "编制单位：某某市测试局" + " " * 60 + "单位：万元",
    ]
    print("\n".join(head + body + ["", "                                        - 6 -", ""]))


if __name__ == "__main__":
    main(sys.argv[1])
