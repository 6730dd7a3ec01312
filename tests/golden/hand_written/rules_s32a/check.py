"""Expected (rules_s32a_data.py, typed by hand) vs what the parser gives, per input (../review_check.py).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32a/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s32a_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def check(name, exp):
    # (exact readings matched first: its two summaries and coded tables print the same labels)
    return review_check.check_exact_first(HERE, name, exp)


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
