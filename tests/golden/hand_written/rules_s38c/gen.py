"""Write the rules_s38c inputs: each report of rules_s38c_data.DOCS as a PDF (s38c_print.py), then the real
pdftotext's plain and -layout texts of it. Run: /work/main/.venv/bin/python gen.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rules_s38c_data as R  # noqa: E402
import s38c_print  # noqa: E402

for name, (tabs, paras, fr) in R.BUILT.items():
    doc = R.DOCS[name]
    pdf = os.path.join(HERE, name + ".pdf")
    s38c_print.write_pdf(pdf, doc, tabs, paras, fr, R.GLOSSARY)
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".txt")], check=True)
    subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", pdf, os.path.join(HERE, name + ".layout.txt")], check=True
    )
    print("wrote", name)
