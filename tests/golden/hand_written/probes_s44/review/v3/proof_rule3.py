"""NEW with rule 3 switched off (prints_other_columns -> False) on the §1 probes: gives BASE's amounts.
Run from /tmp: PYTHONPATH=/work/w44 /work/w44/.venv/bin/python <this file>"""

import os
import dagster_project.parser as P

HERE = os.path.dirname(os.path.abspath(__file__))
for off in (False, True):
    if off:
        P.prints_other_columns = lambda table: False
    for f in (
        "f02_fsum_fund_groups_income_prior_col.pdf",
        "f06_fsum_fund_groups_mixed_rows_prior_col.pdf",
        "f08_fsum_final_fund_groups_prior_col_right.layout.txt",
    ):
        p = os.path.join(HERE, f)
        r = P.parse_document(open(p, "rb").read(), p)
        tot = sorted((a.row_label, str(a.amount_yuan)) for a in r.amounts if a.column_key == "expenditure")
        print("rule3 off" if off else "NEW      ", f, len(r.amounts), tot)
