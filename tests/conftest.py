import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("BUDGET_CORPUS_DIR", PROJECT_ROOT.parent / "shared" / "corpus" / "real"))
GOLDEN_DIR = Path(__file__).parent / "golden" / "corpus"

requires_corpus = pytest.mark.skipif(
    not CORPUS_DIR.is_dir(),
    reason=f"the real-report corpus is not at {CORPUS_DIR} (set BUDGET_CORPUS_DIR to point at it)",
)
