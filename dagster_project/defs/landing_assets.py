"""Parsing the reports in raw/ and landing each record kind as a Parquet dataset (thin: the work is in
``dagster_project.landing`` and the parser)."""

import dagster as dg

from dagster_project import paths
from dagster_project.landing import land_documents
from dagster_project.parser.records import DATASETS

LANDING_GROUP = "landing"


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["landing", dataset],
            group_name=LANDING_GROUP,
            description=f"Parsed `{dataset}` of every report in raw/, one Parquet file per document.",
            kinds={"parquet", "python"},
        )
        for dataset in DATASETS
    ],
    can_subset=False,
)
def landed_reports(context: dg.AssetExecutionContext):
    """Parse new and changed documents of raw/ (text or PDF) and land their records as Parquet."""
    raw, landing = paths.raw_dir(), paths.landing_dir()
    summary = land_documents(raw, landing)
    for source_file, reason in summary["failures"].items():
        context.log.warning(f"{source_file}: {reason}")
    for dataset in DATASETS:
        yield dg.MaterializeResult(
            asset_key=["landing", dataset],
            metadata={
                "raw_dir": dg.MetadataValue.path(str(raw)),
                "landing_path": dg.MetadataValue.path(str(landing / dataset)),
                "documents_in_raw": summary["documents_in_raw"],
                "documents_parsed_this_run": summary["parsed"],
                "documents_unchanged": summary["unchanged"],
                "documents_removed": summary["removed"],
                "rows_written_this_run": summary["rows_written"].get(dataset, 0),
                "diagnostics_by_kind": dg.MetadataValue.json(summary["diagnostics"]),
                "parse_status": dg.MetadataValue.json(summary["statuses"]),
                "failed_documents": dg.MetadataValue.json(summary["failures"]),
            },
        )
