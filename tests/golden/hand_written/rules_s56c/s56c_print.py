"""Draw a rules_s56c report as a PDF: ../rules_s56b/s56b_print.py's write_pdf (imported; on ../rules_s56,
../rules_s55, ../rules_s42c, ../rules_s41c printers and ../rules_s33c/minipdf.py), unchanged."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s56b"))
from s56b_print import write_pdf  # noqa: E402,F401
