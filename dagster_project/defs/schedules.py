"""The nightly run: every night at 02:00 Asia/Shanghai, land new or changed reports and rebuild the
warehouse. Stopped by default; turn it on in the UI (Automation) with `dagster-daemon` running."""

import dagster as dg

warehouse_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Parse raw/ (new and changed documents only), land Parquet, dbt build the warehouse.",
)

nightly_schedule = dg.ScheduleDefinition(
    name="nightly_warehouse_build",
    job=warehouse_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)

defs = dg.Definitions(jobs=[warehouse_job], schedules=[nightly_schedule])
