"""c1: review v1's c2 fund table (政府性基金预算财政拨款收入支出决算表, later pages without the header on the
same grid, different columns filled) with a 备注 column at the header's right end, blank in every row."""

from pathlib import Path

HERE = Path(__file__).parent
src = (HERE / "../v1/c2_fund_table_later_page_income_as_carryover.layout.txt").read_text(encoding="utf-8")
L = src.split("\n")
i = next(k for k, ln in enumerate(L) if "年初结转和结余" in ln and "本年收入" in ln)
L[i] = L[i] + "    备注"
(HERE / "c1_fund_table_remark_column_income_as_carryover.layout.txt").write_text(
    "\n".join(L), encoding="utf-8"
)
