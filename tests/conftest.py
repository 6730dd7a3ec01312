import os
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("BUDGET_CORPUS_DIR", PROJECT_ROOT.parent / "shared" / "corpus" / "real"))
GOLDEN_DIR = Path(__file__).parent / "golden" / "corpus"

requires_corpus = pytest.mark.skipif(
    not CORPUS_DIR.is_dir(),
    reason=f"the real-report corpus is not at {CORPUS_DIR} (set BUDGET_CORPUS_DIR to point at it)",
)


REVISED = [
    ("96,282,213.44", "96,282,313.44"),
    ("96282213.44", "96282313.44"),
    ("87,267,272.44", "87,267,372.44"),
    ("87267272.44", "87267372.44"),
    ("70540547.00", "70540647.00"),
    ("70,540,547.00", "70,540,647.00"),
]


# One real pipeline run shared by the tests that need a built warehouse: the six real reports as a user
# downloads them, plus a broken file, parsed and built through Dagster into a temporary folder.
@pytest.fixture(scope="session")
def env(tmp_path_factory):
    from dagster_project.pipeline import build

    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the real-report corpus is not at {CORPUS_DIR}")
    root = tmp_path_factory.mktemp("pipeline")
    raw = root / "raw"
    raw.mkdir()
    for pdf in CORPUS_DIR.glob("*.pdf"):  # the six real reports, as a user downloads them
        shutil.copy(pdf, raw / pdf.name)
    (raw / "broken.pdf").write_bytes(b"not a pdf at all")
    # A second version of a budget report with different numbers (100 元 more on one line and its totals):
    # both are kept, and the conflict is a finding.
    text = (CORPUS_DIR / "sh_putuo_sfj_2026_dept_budget.layout.txt").read_text(encoding="utf-8")
    for old, new in REVISED:
        text = text.replace(old, new)
    (raw / "司法局 2026 部门预算（另一版本）.txt").write_text(text, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setenv("BUDGET_RAW_DIR", str(raw))
    patch.setenv("BUDGET_LANDING_DIR", str(root / "landing"))
    patch.setenv("BUDGET_WAREHOUSE_PATH", str(root / "warehouse.duckdb"))
    instance = dg.DagsterInstance.ephemeral()
    report = build(instance)
    assert report.success
    yield {"root": root, "raw": raw, "instance": instance, "report": report}
    patch.undo()


def query(env, sql, params=None):
    with duckdb.connect(str(env["root"] / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
