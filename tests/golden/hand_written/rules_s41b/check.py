"""Expected (rules_s41b_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them (check_exact_first), plus the 说明's claims (review_check.claims_review).
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s41b/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s41b_data", None)
from rules_s41b_data import EXPECTED  # noqa: E402

ORDER = review_check.ORDER


def check(name, exp):
    """The figures' rows and the claims' (review_check.check_with_claims), as one input's rows."""
    return review_check.check_with_claims(HERE, name, exp)


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
