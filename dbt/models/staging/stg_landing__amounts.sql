with source as (
    select * from {{ landing_source('amounts') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(table_key as varchar) as table_key,
    cast(classification as varchar) as classification,
    cast(subject_code as varchar) as subject_code,
    cast(subject_level as integer) as subject_level,
    cast(subject_name as varchar) as subject_name,
    cast(row_label as varchar) as row_label,
    cast(is_total_row as boolean) as is_total_row,
    cast(column_key as varchar) as column_key,
    cast(column_label as varchar) as column_label,
    cast(phase as varchar) as phase,
    cast(amount_yuan as decimal(20, 2)) as amount_yuan,
    cast(amount_raw as varchar) as amount_raw,
    cast(amount_unit as varchar) as amount_unit,
    cast(source_line as bigint) as source_line,
    cast(source_page as integer) as source_page,
    cast(paired_code as varchar) as paired_code,
    cast(paired_name as varchar) as paired_name,
    cast(cell_number as bigint) as cell_number
from source
