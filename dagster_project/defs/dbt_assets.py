"""The dbt project as Dagster assets downstream of the landed Parquet: one lineage graph from file to mart."""

import contextlib
import hashlib
import importlib.metadata
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from packaging import version

from dagster_project import paths
from dagster_project.publish import OutputUnavailable, inputs_fingerprint, publish, start_build


@contextmanager
def _dbt_core_hidden():
    """dbt-core out of sight of the imports inside (an import of dbt.version fails there).

    dagster-dbt imports dbt-core whenever it can: 1.2 s and some 900 modules at every start of a build,
    of the UI's code server and of each run worker, for two things these assets do not use: dbt's
    selection engine (they select the whole manifest, which dagster-dbt then reads from the manifest
    itself) and a dbt adapter in the Dagster process (WarehouseDbtCliResource turns it off). dbt itself
    runs in a process of its own (`budget-dbt`) either way. Without dbt-core, dagster-dbt works as where
    dbt runs from another environment, with its own copies of dbt's status and node-type names; the
    version it reads is the executable's (WarehouseDbtCliResource._cli_version)."""
    saved = sys.modules.get("dbt.version")
    sys.modules["dbt.version"] = None  # type: ignore[assignment]  (Python's mark of a module not to import)
    try:
        yield
    finally:
        if saved is None:
            del sys.modules["dbt.version"]
        else:
            sys.modules["dbt.version"] = saved


with _dbt_core_hidden():
    from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
    from dagster_dbt.errors import DagsterDbtCliRuntimeError

dbt_project = DbtProject(project_dir=paths.DBT_PROJECT_DIR, profiles_dir=paths.DBT_PROJECT_DIR)
# In development (`dagster dev`) the manifest is rebuilt when missing; `make run` prepares it beforehand.
dbt_project.prepare_if_dev()


class BudgetDbtTranslator(DagsterDbtTranslator):
    """dbt sources map onto the Parquet assets that land them: source `landing.<dataset>` is asset
    `landing/<dataset>`; models are grouped by their layer (staging, intermediate, marts)."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return dg.AssetKey(dbt_resource_props["name"])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=BudgetDbtTranslator(),
    pool="duckdb_warehouse",
)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """`dbt build` into a build file (staging views, intermediate models, contracted marts and every dbt
    test), then, only when it succeeded, publish it as the warehouse by an atomic rename."""
    build, published = paths.build_warehouse_path(), paths.warehouse_path()
    try:
        start_build(build, published)
    except OutputUnavailable as exc:
        raise dg.Failure(description=str(exc)) from exc
    # Inputs go by environment, not `--vars`: dbt re-parses the whole project whenever its vars change,
    # and the run id changes every run, while a changed env_var() re-parses only the nodes that read it.
    # A target folder of its own per warehouse (not one per run) keeps dbt's partial-parse state between
    # builds: with both, a build parses in about 0.3 s instead of 2.5 s.
    environment = {
        # dbt opens the build file as ../warehouse.duckdb from the build folder's dbt/ (see
        # dagster_project/dbt_workdir.py and paths.build_warehouse_path): the profile renders as when
        # `make manifest` parsed the project, so this build starts from that parse state instead of parsing
        # every model again.
        "BUDGET_WAREHOUSE_PATH": None,
        "BUDGET_LANDING_DIR": str(paths.landing_dir()),
        "BUDGET_DAGSTER_RUN_ID": context.run.run_id,
        # recorded in build_info: the next build with the same inputs is skipped (pipeline, schedule)
        "BUDGET_INPUTS_FINGERPRINT": inputs_fingerprint(paths.landing_dir(), paths.DBT_PROJECT_DIR),
    }
    target = _target_path(build)
    try:
        with (
            _project_root_for(build) as workdir,
            _environment(BUDGET_DBT_WORKDIR=str(workdir), **environment),
        ):
            # Unit tests check the models' SQL on fixed inputs: `make test` runs them, a nightly build over
            # new data has nothing to learn from them (dbt's own advice).
            build_args = ["build", "--exclude-resource-type", "unit_test"]
            yield from dbt.cli(build_args, context=context, target_path=target).stream()
    except DagsterDbtCliRuntimeError as exc:
        # DuckDB admits one writer. The build file is private to this run, so contention is unlikely;
        # when another process does hold it, wait and retry with growing pauses instead of failing.
        if "lock" in str(exc).lower():
            raise dg.RetryRequested(max_retries=4, seconds_to_wait=5 * 2**context.retry_number) from exc
        raise
    publish(build, published)
    with contextlib.suppress(OSError):
        build.parent.rmdir()  # the build folder, empty once its file is published
    context.log.info(f"published {published}")


def _target_path(build: Path) -> Path:
    """dbt's target folder for the builds of one warehouse file. Builds of one file never overlap (they
    would share the build file too), builds of different files (tests, benchmarks) get their own."""
    digest = hashlib.sha1(str(build).encode()).hexdigest()[:10]
    return dbt_project.project_dir / "target" / f"build-{digest}"


@contextmanager
def _project_root_for(build: Path):
    """The build folder (paths.build_warehouse_path) shaped like the project root for dbt: the build file
    `warehouse.duckdb` itself (not a link: DuckDB keeps its write-ahead log and spill files beside the
    name it opens, and `publish` must find that log beside the file), `landing`, a link to the landed
    Parquet (dbt's fixed view of its sources), and an empty `dbt/` to start dbt in, whose path is
    yielded. The link and `dbt/` are made afresh and removed after the build."""
    root = build.parent
    landing, workdir = root / "landing", root / "dbt"
    landing.unlink(missing_ok=True)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    landing.symlink_to(paths.landing_dir(), target_is_directory=True)
    try:
        yield workdir
    finally:
        landing.unlink(missing_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def _environment(**values: str | None):
    """Environment for the dbt process (its profile reads the warehouse path from it); None unsets."""
    saved = {key: os.environ.get(key) for key in values}
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class WarehouseDbtCliResource(DbtCliResource):
    """dbt from this environment, whether or not its bin/ is on PATH, without two start-up costs that
    `DbtCliResource.cli` pays on every build and this project has no use for (4 s of a 1,000-document
    build of 18 s, measured with cProfile):

    - it runs `dbt --version` in a process of its own (2 s) to learn the version of the executable,
      which here is the installed dbt-core's own;
    - it opens a dbt adapter in this process (2.3 s of imports and project loading), used only by
      `fetch_column_metadata()` and `fetch_row_counts()`, which these assets do not call.

    Both are private hooks of dagster-dbt; tests/test_dagster_pipeline.py checks that the version is the
    executable's and that a build still yields every model and check."""

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


_DBT_EXECUTABLE = Path(sys.executable).with_name("budget-dbt")
if not _DBT_EXECUTABLE.exists():
    raise RuntimeError(
        f"{_DBT_EXECUTABLE} is missing: this environment predates it; run `make env` (uv sync) to install it"
    )

defs = dg.Definitions(
    assets=[warehouse_models],
    resources={"dbt": WarehouseDbtCliResource(project_dir=dbt_project, dbt_executable=str(_DBT_EXECUTABLE))},
)
