"""Write the rules_s35f inputs from rules_s35f_data.BUILT (the printed strings rules_s33c's builder summed from the
typed figures, with s35f_lib.ocr()'s OCR errors planted): .txt as OCR plain text, .layout.txt as OCR text with
positions kept (s35f_print.py, rules_s33c's printer imported). CLEAN=dir writes the same reports WITHOUT the OCR
errors to dir (to tell the OCR errors' failures from the shapes').
Run: /work/main/.venv/bin/python gen.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
clean = os.environ.get("CLEAN")
if clean:
    import rules_s35f_data as data

    for doc in data.DOCS.values():
        doc["ocr"], doc["style"] = (
            [],
            {k: v for k, v in doc["style"].items() if k not in ("bars", "rules", "junk")},
        )
    built = {n: data.make(n, d)[0] for n, d in data.DOCS.items()}
else:
    from rules_s35f_data import BUILT as built  # noqa: E402
from s35f_print import write_text  # noqa: E402

for name, (doc, tabs, _info, text) in built.items():
    path = os.path.join(clean or HERE, name)
    write_text(path, doc, tabs, text, layout=name.endswith(".layout.txt"))
    print(name, os.path.getsize(path))
