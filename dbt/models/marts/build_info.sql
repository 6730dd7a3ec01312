-- One row describing the build this warehouse file came from, so a reader can tell what it is looking at.
-- The run's values are rendered when the model runs, not when dbt parses it (execute is false then): each
-- build has its own, and a value read while parsing would make every build re-parse this model.
{%- set run_id, fingerprint = "manual", "manual" %}
{%- if execute %}
    {%- set run_id = var("dagster_run_id", env_var("BUDGET_DAGSTER_RUN_ID", "manual")) %}
    {%- set fingerprint = env_var("BUDGET_INPUTS_FINGERPRINT", "manual") %}
{%- endif %}
select
    cast(current_timestamp as timestamp with time zone) as published_at,
    cast('{{ run_id }}' as varchar) as dagster_run_id,
    cast('{{ fingerprint }}' as varchar) as inputs_fingerprint,
    cast(count(*) as integer) as document_count,
    cast(count(*) filter (where parse_status = 'parsed') as integer) as parsed_document_count,
    cast(max(parser_version) as varchar) as parser_version
from {{ ref('stg_landing__documents') }}
