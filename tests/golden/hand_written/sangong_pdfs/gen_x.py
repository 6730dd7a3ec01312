"""Isolation: interleaved 三公 table without the spanning 财政拨款“三公”经费 row (ruled and unruled)."""

from gen import *


def x():
    d = Doc("x_interleaved_nosuper", "某某县某某局2024年度部门决算")
    for ruled in (True, False):
        d.new_page(L)
        y = d.title("财政拨款“三公”经费支出决算表" + ("" if ruled else "（二）"), "单位：万元")
        head = [
            (0, 0, 2, 2, "合计"),
            (0, 2, 2, 2, "因公出国（境）费"),
            (0, 4, 1, 6, "公务用车购置及运行费"),
            (1, 4, 1, 2, "小计"),
            (1, 6, 1, 2, "公务用车购置费"),
            (1, 8, 1, 2, "公务用车运行费"),
            (0, 10, 2, 2, "公务接待费"),
        ]
        for k in range(6):
            head += [(2, 2 * k, 1, 1, "预算数"), (2, 2 * k + 1, 1, 1, "决算数")]
        table(
            d,
            40,
            y,
            [63] * 12,
            head,
            3,
            [
                [
                    "36.20",
                    "30.15",
                    "5.00",
                    "4.80",
                    "28.00",
                    "22.90",
                    "20.00",
                    "18.00",
                    "8.00",
                    "4.90",
                    "3.20",
                    "2.45",
                ]
            ],
            ruled=ruled,
            label_cols=0,
        )
    d.finish()


x()
