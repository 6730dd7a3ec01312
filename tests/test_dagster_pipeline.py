"""The whole pipeline through Dagster: the definitions load as a whole, and a real run parses reports,
lands Parquet and builds the warehouse with dbt (tests included) into a temporary DuckDB file."""

import shutil
from decimal import Decimal

import dagster as dg
import duckdb
import pytest

from dagster_project.definitions import defs

from .conftest import CORPUS_DIR, requires_corpus


def test_definitions_load_as_a_whole():
    definitions = defs()
    keys = {key.to_user_string() for key in definitions.resolve_asset_graph().get_all_asset_keys()}
    for mart in (
        "fact_expenditure",
        "dim_subject_code",
        "dim_unit",
        "dim_year",
        "budget_execution",
        "dq_findings",
    ):
        assert mart in keys
    assert "landing/amounts" in keys
    schedule = definitions.resolve_schedule_def("nightly_warehouse_build")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the real-report corpus is not at {CORPUS_DIR}")
    root = tmp_path_factory.mktemp("pipeline")
    raw = root / "raw"
    raw.mkdir()
    for name in ("sh_putuo_czj_2024_final.pdf", "sh_putuo_sfj_2026_dept_budget.pdf"):
        shutil.copy(CORPUS_DIR / name, raw / name)
    (raw / "broken.pdf").write_bytes(b"not a pdf at all")
    patch = pytest.MonkeyPatch()
    patch.setenv("BUDGET_RAW_DIR", str(raw))
    patch.setenv("BUDGET_LANDING_DIR", str(root / "landing"))
    patch.setenv("BUDGET_WAREHOUSE_PATH", str(root / "warehouse.duckdb"))
    definitions = defs()
    job = definitions.resolve_implicit_global_asset_job_def()
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    yield duckdb.connect(str(root / "warehouse.duckdb"), read_only=True), result
    patch.undo()


@requires_corpus
def test_run_fills_every_mart_with_values_from_the_documents(warehouse):
    con, _result = warehouse
    units = {r[0] for r in con.execute("select unit_name from marts.dim_unit").fetchall()}
    assert {"上海市普陀区财政局", "上海市普陀区司法局"} <= units
    # 支出决算表 of the 2024 final account, typed from the document: its 项 rows print (basic + project)
    # 1511.89, 10.00, 135.25, 449.52, 84.65, 160.75, 80.38, 0.94, 60.99, 187.19, 258.50 万元, which add up
    # to 2,940.06 万元, while its 合计 row prints 2,940.05: a rounding difference of one printed step.
    actual = con.execute("""
        select sum(f.amount_yuan) from marts.fact_expenditure f
        where f.phase = 'actual' and f.source_file = 'sh_putuo_czj_2024_final.pdf'""").fetchone()[0]
    assert actual == Decimal("29400600.00")
    # 部门支出预算总表 合计 of the 2026 budget: 96,282,213.44 元.
    budget = con.execute("""
        select sum(amount_yuan) from marts.fact_expenditure
        where phase = 'budget' and source_file = 'sh_putuo_sfj_2026_dept_budget.pdf'""").fetchone()[0]
    assert budget == Decimal("96282213.44")
    # Narrative: 年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%.
    row = con.execute("""
        select budget_yuan, actual_yuan, stated_rate, rate_matches_stated from marts.budget_execution
        where item_kind = 'total' and fiscal_year = 2024""").fetchone()
    assert row[0] == Decimal("29939200.00")
    assert row[1] == Decimal("29400500.00")
    assert row[2] == Decimal("0.982")
    assert row[3] is True
    assert con.execute("select count(*) from marts.dim_year").fetchone()[0] >= 2
    assert (
        con.execute("select count(*) from marts.dim_subject_code where subject_code = '2010601'").fetchone()[
            0
        ]
        >= 1
    )


@requires_corpus
def test_a_broken_file_is_a_finding_and_does_not_stop_the_batch(warehouse):
    con, _result = warehouse
    rows = con.execute("""select check_name, message from marts.dq_findings
                          where source_file = 'broken.pdf'""").fetchall()
    assert rows, "the broken PDF must be reported"
    assert any("not a PDF" in message for _check, message in rows)
