with source as (
    select * from {{ landing_source('line_items') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(table_key as varchar) as table_key,
    cast(functional_code as varchar) as functional_code,
    cast(economic_government_code as varchar) as economic_government_code,
    cast(economic_department_code as varchar) as economic_department_code,
    cast(project_name as varchar) as project_name,
    cast(expenditure_type as varchar) as expenditure_type,
    cast(amount_yuan as decimal(20, 2)) as amount_yuan,
    cast(amount_raw as varchar) as amount_raw,
    cast(amount_unit as varchar) as amount_unit,
    cast(source_line as bigint) as source_line,
    cast(source_page as integer) as source_page,
    cast(functional_name as varchar) as functional_name,
    cast(economic_government_name as varchar) as economic_government_name,
    cast(economic_department_name as varchar) as economic_department_name
from source
