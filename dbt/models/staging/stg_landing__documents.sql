with source as (
    select * from {{ landing_source('documents') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(source_file as varchar) as source_file,
    cast(content_sha256 as varchar) as content_sha256,
    cast(file_size_bytes as bigint) as file_size_bytes,
    cast(source_format as varchar) as source_format,
    cast(page_count as integer) as page_count,
    cast(doc_kind as varchar) as doc_kind,
    cast(scope as varchar) as scope,
    cast(unit_name as varchar) as unit_name,
    cast(supervising_department as varchar) as supervising_department,
    cast(fiscal_year as integer) as fiscal_year,
    cast(province as varchar) as province,
    cast(city as varchar) as city,
    cast(district as varchar) as district,
    cast(parse_status as varchar) as parse_status,
    cast(status_message as varchar) as status_message,
    cast(parser_version as varchar) as parser_version,
    cast(table_count as integer) as table_count,
    cast(main_table_key as varchar) as main_table_key,
    cast(total_expenditure_yuan as decimal(20, 2)) as total_expenditure_yuan
from source
