"""Parsing the reports in raw/ and landing each record kind as a Parquet dataset, one partition per
document (thin: the work is in ``dagster_project.landing`` and the parser)."""

import dagster as dg

from dagster_project import paths
from dagster_project.landing import DocumentReport, land, plan, prune
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


def _documents_table(reports: list[DocumentReport]) -> str:
    lines = ["| document | status | kind | tables | amounts | diagnostics |", "|---|---|---|---|---|---|"]
    for r in reports[:500]:
        lines.append(
            f"| {r.source_file} | {r.parse_status}: {r.status_message} | {r.doc_kind} | "
            f"{len(r.tables_found)} | {r.rows.get('amounts', 0)} | {sum(r.diagnostics.values())} |"
        )
    if len(reports) > 500:
        lines.append(f"| … {len(reports) - 500} more | | | | | |")
    return "\n".join(lines)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["landing", dataset],
            group_name=LANDING_GROUP,
            description=f"Parsed `{dataset}` of every report in raw/, one Parquet file per document.",
            kinds={"parquet", "python"},
            partitions_def=documents_partitions,
        )
        for dataset in DATASETS
    ],
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=False,
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
    prune(landing, todo.removed)
    reports = land(todo.to_parse, landing)
    failed = [r for r in reports if r.parse_status != "parsed"]
    for r in failed:
        context.log.warning(f"{r.source_file}: {r.parse_status}: {r.status_message}")
    metadata = {
        "documents_in_run": len(keys),
        "parsed_new": len(todo.new),
        "parsed_changed": len(todo.changed),
        "unchanged_skipped": len(todo.unchanged),
        "removed": len(todo.removed),
        "failed_or_without_tables": dg.MetadataValue.json({r.source_file: r.status_message for r in failed}),
        "documents": dg.MetadataValue.md(_documents_table(reports)),
    }
    if len(reports) == 1:
        metadata.update(_document_metadata(reports[0]))
    for dataset in DATASETS:
        yield dg.MaterializeResult(
            asset_key=["landing", dataset],
            metadata={
                **metadata,
                "rows_written": sum(r.rows.get(dataset, 0) for r in reports),
                "landing_path": dg.MetadataValue.path(str(landing / dataset)),
            },
        )
