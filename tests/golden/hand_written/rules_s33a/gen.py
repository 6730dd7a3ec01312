"""Write the rules_s33a inputs (rules_s33a_data.py): four reports as pdftotext -layout text, four as PDFs, from the
very Tab strings the expectations are read from (s33a_lib.build; s33a_print draws them). Nothing here reads the
parser. Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules_s33a_data import BUILT  # noqa: E402
from s33a_lib import narrative  # noqa: E402
from s33a_print import write_pdf, write_text  # noqa: E402

for name, (doc, m, e, tabs) in BUILT.items():
    text, _claims = narrative(doc, m, e, tabs)
    path = os.path.join(HERE, name)
    (write_pdf if doc["fmt"] == "pdf" else write_text)(path, doc, tabs, text)
    print(name, os.path.getsize(path))
