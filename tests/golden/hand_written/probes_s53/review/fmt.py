"""Format hand-typed probe rows into pdftotext -layout-like text (only spacing; names and figures are typed
in each probe's spec below, nothing is computed from the parser). Spec line forms:
  code|piece|total|basic|project     a table line (any field may be empty; piece may start with spaces =
                                     display columns of indent inside the name cell)
  !raw text                          copied as is
Columns: code at 0, names from display column 10, figures right-aligned ending at columns 42, 56, 70
(the i1 template); a REMARK field (6th) is set from column 72."""

import sys
import unicodedata


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad_to(s, col):
    return s + " " * max(0, col - dw(s))


def line(spec, name_col=10, ends=(42, 56, 70)):
    if spec.startswith("!"):
        return spec[1:]
    f = spec.split("|")
    f += [""] * (6 - len(f))
    code, piece, *figs = f[:5]
    remark = f[5]
    s = code
    if piece:
        s = pad_to(s, name_col) + piece
    for fig, end in zip(figs, ends):
        if fig:
            s = pad_to(s, end - dw(fig)) if dw(s) < end - dw(fig) else s + "  "
            s += fig
    if remark:
        s = pad_to(s, 72) + remark
    return s.rstrip()


HEAD = """某某市测试局

2024年部门预算

                                    第1页
表3

                          某某市测试局2024年一般公共预算支出表
编制单位：某某市测试局                                           单位：万元

科目编码      科目名称                  合计        基本支出      项目支出
"""


def doc(body, head=HEAD, foot="\n                                    第2页\n"):
    return head + "\n" + "\n".join(line(l) for l in body.strip("\n").split("\n")) + "\n" + foot


if __name__ == "__main__":
    print(doc(open(sys.argv[1]).read()), end="")
