"""Draw a rules_s56 report as a PDF: ../rules_s55/s55_print.py's write_pdf (imported; on ../rules_s42c/s42c_print.py,
../rules_s41c/s41c_print.py and ../rules_s33c/minipdf.py). No table shape of its own."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s55"))
from s55_print import write_pdf  # noqa: E402,F401
