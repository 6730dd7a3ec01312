"""Expected (rules_s31f_data.py, typed by hand) vs what the parser gives, per input (../review_check.py).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s31f/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser, e.g. the code before the session.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402
from rules_s31f_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def check(name, exp):
    # (the figures read exactly matched first: a figure left unread does not take another's reading of
    # the same value, a 三公 total read for sure beside a vehicle figure said)
    return review_check.check_exact_first(HERE, name, exp)


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
