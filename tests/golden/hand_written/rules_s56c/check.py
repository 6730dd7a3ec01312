"""Expected (rules_s56c_data.py, typed by hand) vs what the parser gives, per input: the table figures as
../review_check.py reviews them (check_exact_first) plus the 说明's claims (review_check.claims_review), and besides,
as ../rules_s38b/check.py does (imported, used for every input): the claims stating a rate and no amount checked by
the rate, each table's is_empty and the document's doc_kind / scope / fiscal_year / unit_name.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s56c/check.py [-v] [file …]
(PARSER_ROOT=/some/checkout runs it against another checkout of the parser.)"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import review_check  # noqa: E402

sys.modules.pop("rules_s56c_data", None)
from rules_s56c_data import EXPECTED  # noqa: E402

_spec = importlib.util.spec_from_file_location("s38b_check", HERE.parent / "rules_s38b" / "check.py")
s38b_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s38b_check)
s38b_check.HERE = HERE  # its check() reads the inputs from its HERE: ours

ORDER = review_check.ORDER


def check(name, exp):
    """rules_s38b's check: figures, claims (those stating a rate only checked by it), each table's is_empty, the
    document's doc_kind / scope / fiscal_year / unit_name."""
    return s38b_check.check(name, exp)


if __name__ == "__main__":
    review_check.main(HERE, EXPECTED, check)
