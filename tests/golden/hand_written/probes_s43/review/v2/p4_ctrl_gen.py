"""Control for p4_01/p4_02: the same two blocks side by side on one landscape page (v1's r2_ctrl_gen.draw),
to see how the ordinary header reading treats "决算数（上年）" / "上年实际数".
Run: /work/main/.venv/bin/python p4_ctrl_gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "v1"))
import r2_ctrl_gen  # noqa: E402

r2_ctrl_gen.HERE = HERE

if __name__ == "__main__":
    r2_ctrl_gen.draw("p4_01c_one_page_final_paren_prior", "年初预算数", "决算数（上年）")
    r2_ctrl_gen.draw("p4_02c_one_page_prior_actual", "年初预算数", "上年实际数")
