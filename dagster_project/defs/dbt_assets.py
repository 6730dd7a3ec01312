"""The dbt project as Dagster assets downstream of the landed Parquet: one lineage graph from file to mart."""

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from dagster_project import paths

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
    # DuckDB admits one writer: when another process holds the file, try again with growing pauses.
    retry_policy=dg.RetryPolicy(max_retries=3, delay=15, backoff=dg.Backoff.EXPONENTIAL),
)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """`dbt build`: staging views, intermediate models, contracted marts and every dbt test."""
    yield from dbt.cli(["build"], context=context).stream()


defs = dg.Definitions(
    assets=[warehouse_models],
    # dbt from this environment, whether or not its bin/ is on PATH.
    resources={
        "dbt": DbtCliResource(
            project_dir=dbt_project, dbt_executable=str(Path(sys.executable).with_name("dbt"))
        )
    },
)
