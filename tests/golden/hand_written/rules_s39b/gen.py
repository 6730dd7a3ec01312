"""Write the rules_s39b inputs: each report of rules_s39b_data as a PDF (budgets: ../rules_s38c/s38c_print.py;
finals: ../rules_s38d/s38d_print.py; both on ../rules_s33c/minipdf.py), then the REAL pdftotext's plain and -layout
texts of it (/usr/bin/pdftotext -enc UTF-8 [-layout]). Run: /work/main/.venv/bin/python gen.py [name …]"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "rules_s38c"), os.path.join(HERE, "..", "rules_s38d")]
import rules_s39b_data as R  # noqa: E402
import s38c_print  # noqa: E402
import s38d_print  # noqa: E402

for name, built in R.BUILT.items():
    if sys.argv[1:] and name not in sys.argv[1:]:
        continue
    pdf = os.path.join(HERE, name + ".pdf")
    if built[0] == "budget":
        _k, tabs, paras, fr = built
        s38c_print.write_pdf(pdf, R.DOCS[name], tabs, paras, fr, R.s38c_lib.GLOSSARY)
    else:
        _k, doc, tabs, parts = built
        s38d_print.write_pdf(pdf, doc, tabs, parts)
    subprocess.run(
        ["/usr/bin/pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".txt")], check=True
    )
    subprocess.run(
        ["/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".layout.txt")],
        check=True,
    )
    print("wrote", name, os.path.getsize(pdf))
