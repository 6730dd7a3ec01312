"""Write the rules_s42b inputs: each report of rules_s42b_data as a PDF (s42b_print.py: rules_s38c's printer for the
budgets, rules_s38d's for the finals, both on ../rules_s33c/minipdf.py), then the REAL pdftotext's plain and -layout
texts of it (/usr/bin/pdftotext -enc UTF-8 [-layout]). Run: /work/main/.venv/bin/python gen.py [name …]"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rules_s42b_data as R  # noqa: E402
import s42b_print  # noqa: E402

for name, built in R.BUILT.items():
    if sys.argv[1:] and name not in sys.argv[1:]:
        continue
    pdf = os.path.join(HERE, name + ".pdf")
    if built[0] == "budget":
        _k, tabs, paras, fr = built
        s42b_print.write_budget(pdf, R.DOCS[name], tabs, paras, fr, R.s42b_lib.L.GLOSSARY)
    else:
        _k, doc, tabs, parts = built
        s42b_print.write_final(pdf, doc, tabs, parts)
    subprocess.run(
        ["/usr/bin/pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".txt")], check=True
    )
    subprocess.run(
        ["/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".layout.txt")],
        check=True,
    )
    print("wrote", name, os.path.getsize(pdf))
