with source as (
    select * from {{ landing_source('diagnostics') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(source_file as varchar) as source_file,
    cast(severity as varchar) as severity,
    cast(check_name as varchar) as check_name,
    cast(table_key as varchar) as table_key,
    cast(source_line as bigint) as source_line,
    cast(expected as varchar) as expected,
    cast(observed as varchar) as observed,
    cast(message as varchar) as message
from source
