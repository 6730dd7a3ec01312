"""Parsing the reports in raw/ and landing each record kind as a Parquet dataset, one partition per
document (thin: the work is in ``dagster_project.landing`` and the parser)."""

import dagster as dg
from dagster._core.execution.context.metadata_logging import AssetMetadataHandle, OutputMetadataAccumulator

from dagster_project import paths
from dagster_project.landing import DocumentReport, land, landed_rows, missing_font_warning, plan
from dagster_project.parser.records import DATASETS
from dagster_project.parser.vocabulary import base_table_key
from dagster_project.publish import OutputUnavailable, check_output

LANDING_GROUP = "landing"
documents_partitions = dg.DynamicPartitionsDefinition(name="documents")

# The national templates: what a complete report of each kind contains (keys of parser/vocabulary.py).
_COMMON_TABLES = [
    "income_expenditure_summary",
    "income_by_function",
    "expenditure_by_function",
    "fiscal_summary",
    "general_budget_by_function",
    "general_budget_basic_by_economic",
    "sangong",
    "government_fund",
]
EXPECTED_TABLES = {"final_account": [*_COMMON_TABLES, "state_capital"], "budget": _COMMON_TABLES}


def _document_metadata(report: DocumentReport) -> dict:
    expected = EXPECTED_TABLES.get(report.doc_kind or "", [])
    found = {base_table_key(key) for key in report.tables_found}
    return {
        "source_file": dg.MetadataValue.path(str(paths.raw_dir() / report.source_file)),
        "parse_status": report.parse_status,
        "status_message": dg.MetadataValue.text(report.status_message),
        "doc_kind": report.doc_kind or "unknown",
        "amount_units": ", ".join(report.amount_units) or "none",
        "tables_found": len(report.tables_found),
        "tables_expected": len(expected),
        "expected_tables_missing": dg.MetadataValue.json([k for k in expected if k not in found]),
        "rows_per_dataset": dg.MetadataValue.json(report.rows),
        "diagnostics_by_kind": dg.MetadataValue.json(report.diagnostics),
    }


def _add_metadata_per_partition(
    context: dg.AssetExecutionContext, asset_key: dg.AssetKey, metadata: dict[str, dict]
) -> None:
    """What `context.add_asset_metadata(md, asset_key=asset_key, partition_key=p)` does, for many partitions
    at once (`metadata` by partition key). Dagster's method lists the run's partitions and copies all the
    metadata gathered so far on every call: quadratic, hours for 10,000 documents. This adds them in one
    step under the same handles, which Dagster merges into each partition's materialization."""
    step = context.get_step_execution_context()
    gathered = step._metadata_accumulator
    step._metadata_accumulator = OutputMetadataAccumulator(
        per_output_metadata={
            **gathered.per_output_metadata,
            **{AssetMetadataHandle(asset_key=asset_key, partition_key=p): md for p, md in metadata.items()},
        }
    )


DOCUMENTS = dg.AssetKey(["landing", "documents"])

# The record datasets beside landing/documents, each a Parquet dataset that dbt reads as a source. They are
# written by landed_reports, with the documents they come from, and get one materialization per landing
# run each. As partitioned outputs of the step, with a materialization per document, they made 5,000 of a
# 1,000-document landing's 6,000 events (about 2 s of a 20 s build; 20 s at 10,000), each saying only what
# landing/documents' materialization of the same document says (`rows_per_dataset`).
record_datasets = [
    dg.AssetSpec(
        ["landing", dataset],
        deps=[DOCUMENTS],
        group_name=LANDING_GROUP,
        description=(
            f"Parsed `{dataset}` of every report in raw/: Parquet bucket files by document id, written by "
            "landing/documents' step (its per-document materializations say how many rows each document "
            "has here), materialized once per landing run."
        ),
        kinds={"parquet"},
    )
    for dataset in DATASETS
    if dataset != "documents"
]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            DOCUMENTS,
            group_name=LANDING_GROUP,
            description=(
                "Every report in raw/, one partition per document: parsed, its status and diagnostics, and "
                "its records landed as Parquet (bucket files by document id) in `documents` and the record "
                "datasets landing/amounts, landing/line_items, ..."
            ),
            kinds={"parquet", "python"},
            partitions_def=documents_partitions,
        )
    ],
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
)
def landed_reports(context: dg.AssetExecutionContext):
    """Parse the run's documents (text or PDF) and land their records as Parquet. A document whose file
    is unchanged since it was landed (same content hash and parser version) is not parsed again; a
    partition whose file is gone has its landed files removed."""
    raw, landing = paths.raw_dir(), paths.landing_dir()
    try:
        check_output(landing, 16 * 2**20)
    except OutputUnavailable as exc:
        raise dg.Failure(description=str(exc)) from exc
    keys = set(context.partition_keys)
    todo = plan(raw, landing, only=keys)
    if (warning := missing_font_warning(todo.to_parse)) is not None:
        context.log.warning(warning)
    reports = land(todo.to_parse, landing, removed=todo.removed)
    failed = [r for r in reports if r.parse_status != "parsed"]
    for r in failed:
        context.log.warning(f"{r.source_file}: {r.parse_status}: {r.status_message}")
    metadata = {
        "documents_in_run": len(keys),
        "parsed_new": len(todo.new),
        "parsed_changed": len(todo.changed),
        "unchanged_skipped": len(todo.unchanged),
        "removed": len(todo.removed),
        "failed_or_without_tables": len(failed),
    }
    for spec in record_datasets:
        dataset = spec.key.path[-1]
        context.log_event(
            dg.AssetMaterialization(
                asset_key=spec.key,
                description=f"landing run {context.run.run_id} over {len(keys)} documents",
                metadata={
                    "rows_written": sum(r.rows.get(dataset, 0) for r in reports),
                    "documents_landed": len(reports),
                    "documents_removed": len(todo.removed),
                    "dagster/row_count": landed_rows(landing, dataset),
                    "landing_path": dg.MetadataValue.path(str(landing / dataset)),
                },
            )
        )
    # Each document partition's materialization says what happened to that document; the counts of the
    # run are shared by all of them.
    per_partition = {}
    for doc in todo.unchanged:
        per_partition[doc.document_id] = {
            "source_file": dg.MetadataValue.path(str(doc.path)),
            "landing": "unchanged since it was last landed (same content and parser version): not parsed",
        }
    for report in reports:
        per_partition[report.document_id] = {**_document_metadata(report), "rows_written": 1}
    _add_metadata_per_partition(context, DOCUMENTS, per_partition)
    return dg.MaterializeResult(
        metadata={**metadata, "landing_path": dg.MetadataValue.path(str(landing / "documents"))}
    )
