with source as (
    select * from {{ landing_source('report_tables') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(table_key as varchar) as table_key,
    cast(table_title as varchar) as table_title,
    cast(table_label as varchar) as table_label,
    cast(amount_unit as varchar) as amount_unit,
    cast(title_line as bigint) as title_line,
    cast(last_line as bigint) as last_line,
    cast(is_empty as boolean) as is_empty,
    cast(empty_reason as varchar) as empty_reason,
    cast(row_count as integer) as row_count
from source
