-- One row describing the build this warehouse file came from, so a reader can tell what it is looking at.
select
    cast(current_timestamp as timestamp with time zone) as published_at,
    cast('{{ var("dagster_run_id", env_var("BUDGET_DAGSTER_RUN_ID", "manual")) }}' as varchar) as dagster_run_id,
    cast('{{ env_var("BUDGET_INPUTS_FINGERPRINT", "manual") }}' as varchar) as inputs_fingerprint,
    cast(count(*) as integer) as document_count,
    cast(count(*) filter (where parse_status = 'parsed') as integer) as parsed_document_count,
    cast(max(parser_version) as varchar) as parser_version
from {{ ref('stg_landing__documents') }}
